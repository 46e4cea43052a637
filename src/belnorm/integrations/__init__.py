"""Optional integrations with other tools (each needs its extra, e.g. ``belnorm[spacy]``)."""

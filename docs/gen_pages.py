"""mkdocs hook: pages generated at build time from the code and data they document, so they cannot drift.

* ``schemes/index.md`` and one ``schemes/<name>.md`` per transliteration table in
  ``data/transliteration_tables/`` (read with `belnorm.tables.load_table`, so exactly what the engine uses):
  source standard, description, classes, the letter table from the rules in lookup order with their contexts
  spelled out, and the samples, each re-run through `belnorm.transliterate` (a failing sample is a warning,
  which fails ``mkdocs build --strict``).
* ``cli.md``: the reference of the ``belnorm`` command, walked from `belnorm.cli.build_parser`.
* The nav entries for the scheme pages (the section "Transliteration schemes" in ``mkdocs.yml`` is filled here).

The render functions are plain functions of their input, so ``tests/test_docs.py`` can call them without mkdocs.
Registered in ``mkdocs.yml`` under ``hooks:``; ``exclude_docs`` keeps this file out of the site.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]
for _path in (_ROOT / "src", _ROOT / "docs"):  # a checkout without an installed belnorm; griffe_rst beside us
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from griffe_rst import rst_to_markdown  # noqa: E402  (docs/ is on sys.path, see above)

log = logging.getLogger("mkdocs.plugins.belnorm")

#: the section of mkdocs.yml's nav that receives one entry per scheme
SCHEMES_SECTION = "Transliteration schemes"

#: Cyrillic letters in Belarusian alphabet order, then the Russian-only ones and the signs
_CYRILLIC_ORDER = "абвгґдеёжзійклмнопрстуўфхцчшщъыьэюяиʼ"
_GROUPS = {
    "be": "Belarusian Cyrillic",
    "ru": "Russian Cyrillic",
    "any": "Cyrillic (any language)",
}


# ==========================================================================================================
# Transliteration schemes
# ==========================================================================================================


def _code(text: str) -> str:
    """Inline code that survives any content, even an empty string or backticks."""
    if text == "":
        return "*(nothing)*"
    fence = "``" if "`" in text else "`"
    pad = " " if text.startswith("`") or text.endswith("`") or text != text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _cell(text: str) -> str:
    """A table cell: pipes escaped, line breaks folded."""
    return text.replace("|", "\\|").replace("\n", " ")


def _letter_key(letter: str) -> tuple[int, int, str]:
    pos = _CYRILLIC_ORDER.find(letter)
    if pos >= 0:
        return (0, pos, letter)
    import unicodedata

    base = unicodedata.normalize("NFD", letter)[:1]
    return (1, ord(base) if base.isascii() else 0x10000 + ord(base), letter)


def lookup_order(table) -> list:
    """The table's rules in the engine's lookup order, grouped by the letter they start with.

    At a position the engine tries the rules whose ``src`` starts with the letter there: longest ``src``
    first; among equal lengths, rules with a context before rules without, in file order.
    """
    indexed = list(enumerate(table.rules))
    indexed.sort(
        key=lambda ir: (
            _letter_key(ir[1].src[0]),
            -len(ir[1].src),
            ir[1].after is None and ir[1].before is None,
            ir[0],
        )
    )
    return [rule for _, rule in indexed]


def _context_entry(table, entry: str, side: str) -> str:
    if entry == "^":
        return "the start of a word"
    if entry == "$":
        return "the end of a word"
    if entry.startswith("@"):
        letters = table.classes.get(entry[1:], "")
        shown = " ".join(
            "word start" if c == "^" else "word end" if c == "$" else c for c in letters
        )
        return f"a letter of *{entry[1:]}* ({shown})"
    if len(entry) > 1:
        text = entry
        tail = ""
        if side == "after" and text.startswith("^"):
            return f"{_code(text[1:])} at the start of a word"
        if side == "before" and text.endswith("$"):
            text, tail = text[:-1], " at the end of the word"
        return f"{_code(text)}{tail}"
    return _code(entry)


def describe_context(table, rule) -> str:
    """A rule's contexts in words: "after the start of a word or a letter of *vowels* (…)"."""
    parts = []
    if rule.after is not None:
        parts.append("after " + " or ".join(_context_entry(table, e, "after") for e in rule.after))
    if rule.before is not None:
        parts.append("before " + " or ".join(_context_entry(table, e, "before") for e in rule.before))
    return "; ".join(parts) if parts else "anywhere"


def _script_title(table) -> str:
    source = _GROUPS[table.language] if table.source_script == "cyrillic" else "Latin"
    target = "Latin" if table.target_script == "latin" else "Belarusian Cyrillic"
    return f"{source} → {target}"


def scheme_title(table) -> str:
    return f"{table.name} — {_script_title(table)}"


def render_scheme(name: str) -> str:
    """The Markdown page of one transliteration table."""
    from belnorm.tables import load_table
    from belnorm.translit import transliterate

    table = load_table(name)
    lines: list[str] = [f"# `{table.name}`: {_script_title(table)}", ""]
    lines += [
        '<div class="belnorm-generated" markdown>',
        f"Generated from `data/transliteration_tables/{table.name}.toml` when these pages were built.",
        "</div>",
        "",
        table.description,
        "",
        "| | |",
        "|---|---|",
        f"| **Scheme name** | {_code(table.name)} |",
    ]
    if table.aliases:
        lines.append(f"| **Also accepted as** | {', '.join(_code(a) for a in table.aliases)} |")
    lines += [
        f"| **Source standard** | {_cell(table.source)} |",
        f"| **Language of the source text** | {_cell(_GROUPS.get(table.language, table.language) if table.source_script == 'cyrillic' else 'Latin')} |",
        f"| **Direction** | {table.source_script} → {table.target_script} |",
        f"| **Rules / samples** | {len(table.rules)} / {len(table.samples)} |",
        "",
        "```python",
        ">>> import belnorm",
        *(
            f'>>> belnorm.transliterate({s.src!r}, "{table.name}")\n{s.out!r}'
            for s in table.samples[:3]
        ),
        "",
        "```",
        "",
    ]
    if table.classes:
        lines += [
            "## Letter classes",
            "",
            "Rules name these sets as `@name` in their contexts; `^` inside a class stands for the start of a word.",
            "",
            "| class | letters |",
            "|---|---|",
        ]
        for cls, letters in table.classes.items():
            shown = " ".join("^" if c == "^" else c for c in letters)
            lines.append(f"| *{cls}* | {_cell(shown)} |")
        lines.append("")

    lines += [
        "## Letter table",
        "",
        "Every rule of the table, grouped by the letter it starts with and listed in the order the engine tries "
        "them: at each position the longest source first; among equal lengths, rules with a context before rules "
        "without, in file order. The first rule whose context holds rewrites its source; a letter no rule takes "
        "passes through unchanged. Rules see the lowercased source word only; case is restored afterwards "
        "(see [how tables work](index.md#how-a-table-is-applied)).",
        "",
        "| source | becomes | when | note |",
        "|---|---|---|---|",
    ]
    for rule in lookup_order(table):
        lines.append(
            f"| {_cell(_code(rule.src))} | {_cell(_code(rule.out))} | {_cell(describe_context(table, rule))} "
            f"| {_cell(rule.note)} |"
        )
    lines.append("")

    contextual = [r for r in table.rules if r.after is not None or r.before is not None]
    if contextual:
        lines += ["## Contexts explained", ""]
        by_src: dict[str, list] = {}
        for rule in lookup_order(table):
            by_src.setdefault(rule.src, []).append(rule)
        for src, rules in by_src.items():
            if all(r.after is None and r.before is None for r in rules):
                continue
            outs = []
            for r in rules:
                cond = describe_context(table, r)
                outs.append(
                    f"{_code(r.out)} {cond}" if cond != "anywhere" else f"{_code(r.out)} everywhere else"
                )
            if len(rules) == 1:
                outs.append("itself (unchanged) everywhere else" if src not in _plain_letters(table) else "")
            outs = [o for o in outs if o]
            lines.append(f"- {_code(src)} is " + "; ".join(outs) + ".")
        lines.append("")

    lines += [
        "## Samples",
        "",
        "The table's own samples: the test suite runs each one (`tests/test_tables.py`), and this page re-ran them "
        "through `belnorm.transliterate` when it was built.",
        "",
        "| source | expected | result |",
        "|---|---|---|",
    ]
    for sample in table.samples:
        got = transliterate(sample.src, table.name)
        ok = got == sample.out
        if not ok:
            log.warning("scheme %s: sample %r gives %r, expected %r", table.name, sample.src, got, sample.out)
        lines.append(f"| {_cell(sample.src)} | {_cell(sample.out)} | {'✓' if ok else '✗ ' + _cell(got)} |")
    lines.append("")
    return "\n".join(lines)


def _plain_letters(table) -> set[str]:
    return {r.src for r in table.rules if r.after is None and r.before is None}


def render_schemes_index() -> str:
    """The gallery: every scheme with its direction, source and first sample, then how tables work."""
    from belnorm.tables import json_schema, load_table, table_names

    lines = [
        "# Transliteration schemes",
        "",
        "belnorm's schemes are rule tables kept as data, one TOML file per scheme in "
        "`data/transliteration_tables/`. Every page of this section is generated from its table when the "
        "documentation is built, so what you read is what the engine does. The scheme name is the table name; "
        "a hyphen may stand for the underscore (`ru-bgn`), and a table may list further aliases.",
        "",
        "| scheme | direction | example | source standard |",
        "|---|---|---|---|",
    ]
    for name in table_names():
        table = load_table(name)
        sample = table.samples[0]
        source = table.source if len(table.source) < 120 else table.source[:117].rsplit(" ", 1)[0] + " …"
        lines.append(
            f"| [{_code(name)}]({name}.md) | {_script_title(table)} | {_cell(sample.src)} → {_cell(sample.out)} "
            f"| {_cell(source)} |"
        )
    lines += [
        "",
        "```python",
        ">>> import belnorm",
        ">>> len(belnorm.table_names())",
        str(len(table_names())),
        '>>> belnorm.transliterate("Ціханоўская", "lacinka")',
        "'Cichanoŭskaja'",
        '>>> belnorm.transliterate("Ціханоўская", "passport")',
        "'Tsikhanouskaya'",
        '>>> belnorm.transliterate("Ціханоўская", "pl")   # an alias of pl_press',
        "'Cichanouska'",
        '>>> belnorm.to_cyrillic("Biełaruś, Mahiloŭ")      # Łacinka (told from the text) back to Cyrillic',
        "'Беларусь, Магілёў'",
        '>>> belnorm.to_cyrillic("Mahilioŭ", "national")   # a name alone may need its scheme said',
        "'Магілёў'",
        '>>> belnorm.detect("Łukašenka").scheme',
        "'lacinka'",
        "",
        "```",
        "",
        "On the command line: `belnorm translit --list` lists the schemes and "
        '`belnorm translit -s passport "Аляксандр Лукашэнка"` writes a name in one.',
        "",
        "## How a table is applied",
        "",
        _from_docstring("belnorm.translit"),
        "",
        "## The table format",
        "",
        _from_docstring("belnorm.tables"),
        "",
        "A table file has these keys (the JSON Schema below is generated from the pydantic model "
        "`belnorm.tables.Table`, which validates every table when it loads; a broken table raises "
        "`belnorm.TableError` naming the file and the entry):",
        "",
        "```toml",
        'name = "example"                 # the file name without .toml',
        'aliases = ["ex"]                 # optional',
        'description = "What the scheme is for and its main letters."',
        'source = "The standard it follows, with a reference."',
        'language = "be"                  # be, ru or any: language of the source text',
        'source_script = "cyrillic"',
        'target_script = "latin"',
        'classes = { vowels = "аеёіоуыэюя" }',
        "",
        "rules = [",
        '  { src = "е", out = "je", after = ["^", "@vowels"], note = "iotated at word start or after a vowel" },',
        '  { src = "е", out = "ie" },',
        '  { src = "л", out = "l", before = ["е"], note = "soft l" },',
        '  { src = "л", out = "ł" },',
        '  { src = "а", out = "a" },',
        '  { src = "н", out = "n" },',
        "]",
        "samples = [                      # the tests run every sample",
        '  { src = "Лена", out = "Liena" },',
        '  { src = "Ела", out = "Jeła" },',
        "]",
        "```",
        "",
        '??? note "JSON Schema of a rule table"',
        "",
        "    ```json",
    ]
    lines += ["    " + line for line in json.dumps(json_schema(), ensure_ascii=False, indent=2).splitlines()]
    lines += ["    ```", ""]
    return "\n".join(lines)


# ==========================================================================================================
# Docstrings
# ==========================================================================================================


def _from_docstring(module: str, *, skip_first_paragraph: bool = True) -> str:
    import importlib
    import inspect

    doc = inspect.getdoc(importlib.import_module(module)) or ""
    if skip_first_paragraph and "\n\n" in doc:
        doc = doc.split("\n\n", 1)[1]
    return rst_to_markdown(doc)


# ==========================================================================================================
# CLI reference
# ==========================================================================================================


@contextlib.contextmanager
def _columns(width: int) -> Iterator[None]:
    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(width)
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("COLUMNS", None)
        else:
            os.environ["COLUMNS"] = old


def _subcommands(parser: argparse.ArgumentParser) -> list[tuple[str, str, argparse.ArgumentParser]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help or "" for a in action._choices_actions}
            return [(name, helps.get(name, ""), sub) for name, sub in action.choices.items()]
    return []


def _flags(action: argparse.Action) -> str:
    if action.option_strings:
        shown = ", ".join(action.option_strings)
        if action.nargs != 0:
            metavar = action.metavar or (
                "{" + ",".join(map(str, action.choices)) + "}" if action.choices else action.dest.upper()
            )
            shown += f" {metavar}"
        return _code(shown)
    metavar = action.metavar or action.dest
    return _code(f"{metavar}..." if action.nargs in ("*", "+") else metavar)


def _action_help(action: argparse.Action) -> str:
    text = (action.help or "").replace("%(default)s", str(action.default)).replace("%%", "%")
    extras = []
    if action.choices and action.option_strings and action.metavar is not None:
        extras.append("one of " + ", ".join(_code(str(c)) for c in action.choices))
    if isinstance(action, argparse._AppendAction) and "repeatable" not in text:
        extras.append("repeatable")
    if (
        action.option_strings
        and action.default not in (None, False, argparse.SUPPRESS)
        and action.nargs != 0
        and "default" not in text
    ):
        extras.append(f"default {_code(str(action.default))}")
    if extras:
        text = f"{text} ({'; '.join(extras)})" if text else "; ".join(extras).capitalize()
    return _cell(text)


def _arguments_table(parser: argparse.ArgumentParser) -> list[str]:
    lines: list[str] = []
    for group in parser._action_groups:
        actions = [
            a for a in group._group_actions
            if a.help is not argparse.SUPPRESS and not isinstance(a, argparse._SubParsersAction)
        ]
        if not actions:
            continue
        title = group.title or "arguments"
        lines += [f"**{title[:1].upper() + title[1:]}**", "", "| argument | meaning |", "|---|---|"]
        lines += [f"| {_flags(a)} | {_action_help(a)} |" for a in actions]
        lines.append("")
    return lines


def render_cli() -> str:
    """The CLI reference, walked from the parser the ``belnorm`` command itself uses."""
    from belnorm.cli import build_parser

    with _columns(100):
        parser = build_parser()
        lines = [
            "# Command-line reference",
            "",
            '<div class="belnorm-generated" markdown>',
            "Generated from `belnorm.cli.build_parser()` when these pages were built: it is the parser the "
            "`belnorm` command runs, so every option below exists. `python -m belnorm` is the same command.",
            "</div>",
            "",
            parser.description or "",
            "",
            "```text",
            parser.format_help().rstrip(),
            "```",
            "",
            "## Input, output and exit codes",
            "",
            "From the `belnorm.cli` module documentation:",
            "",
            rst_to_markdown(_cli_docstring()),
            "",
        ]
        for name, summary, sub in _subcommands(parser):
            lines += [
                f"## `belnorm {name}`",
                "",
                (sub.description or summary or "").strip(),
                "",
                "```text",
                sub.format_usage().strip(),
                "```",
                "",
            ]
            lines += _arguments_table(sub)
            lines += [
                f'??? note "Full `belnorm {name} --help`"',
                "",
                "    ```text",
                *["    " + line if line else "" for line in sub.format_help().rstrip().splitlines()],
                "    ```",
                "",
            ]
    return "\n".join(lines)


def _cli_docstring() -> str:
    import inspect

    import belnorm.cli

    doc = inspect.getdoc(belnorm.cli) or ""
    paragraphs = doc.split("\n\n")
    # the first paragraph is the one-line summary the page already has; the rest is the I/O contract
    return "\n\n".join(paragraphs[1:])


# ==========================================================================================================
# mkdocs hooks
# ==========================================================================================================


def generated_pages() -> dict[str, str]:
    """Every generated page: its path under docs/ and its Markdown."""
    from belnorm.tables import table_names

    pages = {"schemes/index.md": render_schemes_index(), "cli.md": render_cli()}
    for name in table_names():
        pages[f"schemes/{name}.md"] = render_scheme(name)
    return pages


def scheme_nav() -> list:
    from belnorm.tables import load_table, table_names

    return [{"Overview": "schemes/index.md"}] + [
        {f"{name} ({_script_title(load_table(name))})": f"schemes/{name}.md"} for name in table_names()
    ]


def on_config(config, **kwargs):
    """Fill the nav section for the schemes with one entry per table."""
    nav = config.get("nav") or []
    for i, item in enumerate(nav):
        if isinstance(item, dict) and SCHEMES_SECTION in item:
            nav[i] = {SCHEMES_SECTION: scheme_nav()}
            break
    return config


def on_files(files, config, **kwargs):
    """Add the generated pages to the build (they exist only in memory, never in docs/)."""
    from mkdocs.structure.files import File

    for path, content in generated_pages().items():
        existing = files.get_file_from_path(path)
        if existing is not None:
            files.remove(existing)
        files.append(File.generated(config, path, content=content))
    return files

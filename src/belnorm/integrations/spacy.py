"""spaCy pipeline component: Belarusian names in a `Doc`, linked to gazetteer entities.

>>> import spacy
>>> import belnorm.integrations.spacy  # registers the factory (the ``spacy_factories`` entry point does too)
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("belnorm")
>>> [(e.text, e.label_, e.kb_id_) for e in nlp("From Grodno to Mahilioŭ.").ents]
[('Grodno', 'GPE', 'place:grodno'), ('Mahilioŭ', 'GPE', 'place:mogilev')]

The component runs the same engine as `Normalizer.find` on ``doc.text`` and turns each mention's character
offsets into a token span (``alignment_mode="expand"`` by default, so a mention inside a token covers that
token). Each span gets the entity id as ``kb_id_``, a label from the entity kind, and the score and explanation
in ``span._.belnorm_score`` and ``span._.belnorm_explanation``.

Config (all optional)::

    gazetteer       path of a CSV/TSV/JSONL/... gazetteer file, or null for the bundled one
    format          its format when the extension does not tell (wikidata, geonames, ftm, ...), or null
    cutoff          score cutoff (0-100), or null for the normalizer's default
    target          "ents" for doc.ents, or the name of a span group in doc.spans
    overwrite       false: entities already in the doc (from an NER model, a ruler) win on overlap;
                    true: belnorm's win and the overlapping old ones are dropped. For a span group,
                    false appends to the group and true replaces its contents.
    labels          entity kind -> label; merged over {person: PERSON, place: GPE, org: ORG, other: MISC};
                    an empty label leaves that kind out
    alignment_mode  how mention offsets become token spans: expand, contract or strict

The normalizer is built once per component, on first use, and reused for every doc (`nlp.pipe`); the bundled
gazetteer's normalizer is shared process-wide. `nlp.to_disk` writes the config and, for a custom gazetteer (or
a normalizer set in code), the built index in belnorm's store format (`Normalizer.save`), so the saved pipeline
loads on another machine without the gazetteer file and without rebuilding the index; `from_disk` loads it
(`Normalizer.load`; an index saved by another belnorm version is rebuilt from the entities it holds).

spaCy has no Belarusian language class (``spacy.blank("be")`` fails); use ``spacy.blank("xx")`` (multilingual)
or ``spacy.blank("ru")`` / ``spacy.blank("uk")`` for Belarusian text: all tokenize it fine for this component,
which reads characters, not tokens.
"""

# No ``from __future__ import annotations`` here: spaCy validates factory arguments from their runtime
# annotations.

import json
import threading
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Optional, Union

try:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, SpanGroup
    from spacy.util import filter_spans
except ImportError as exc:  # pragma: no cover - exercised only without spaCy
    raise ImportError("belnorm's spaCy component needs spaCy: pip install 'belnorm[spacy]'") from exc

from belnorm.gazetteer import Gazetteer
from belnorm.matcher import Normalizer
from belnorm.options import Options
from belnorm.results import mention_record
from belnorm.store import StaleIndexError, saved_entities

__all__ = [
    "DEFAULT_LABELS",
    "EXTENSIONS",
    "BelnormComponent",
    "make_belnorm",
    "register_extensions",
]

#: entity kind -> spaCy label; spaCy's English models use GPE for cities and countries, LOC for rivers and lakes
DEFAULT_LABELS: Dict[str, str] = {"person": "PERSON", "place": "GPE", "org": "ORG", "other": "MISC"}
#: the span extensions this component sets, with their defaults
EXTENSIONS: Dict[str, Any] = {"belnorm_score": None, "belnorm_explanation": None}
ALIGNMENT_MODES = ("expand", "contract", "strict")
_META_FILE = "belnorm.json"
_INDEX_FILE = "index.belnorm"


def register_extensions(force: bool = False) -> None:
    """Register ``Span._.belnorm_score`` and ``Span._.belnorm_explanation``; a no-op when they exist (unless
    ``force``), so importing this module twice or registering them yourself first is harmless."""
    for name, default in EXTENSIONS.items():
        if force or not Span.has_extension(name):
            Span.set_extension(name, default=default, force=True)


register_extensions()


class BelnormComponent:
    """Finds gazetteer entities in ``doc.text`` and adds them to ``doc.ents`` or a span group."""

    def __init__(
        self,
        nlp: Language,
        name: str = "belnorm",
        *,
        gazetteer: Optional[str] = None,
        format: Optional[str] = None,
        cutoff: Optional[float] = None,
        target: str = "ents",
        overwrite: bool = False,
        labels: Optional[Dict[str, str]] = None,
        alignment_mode: str = "expand",
        normalizer: Optional[Normalizer] = None,
    ) -> None:
        if cutoff is not None and not 0 <= cutoff <= 100:
            raise ValueError(f"belnorm: cutoff must be between 0 and 100, not {cutoff}")
        if not isinstance(target, str) or not target:
            raise ValueError(f"belnorm: target must be 'ents' or a span group name, not {target!r}")
        if alignment_mode not in ALIGNMENT_MODES:
            raise ValueError(
                f"belnorm: alignment_mode must be one of {', '.join(ALIGNMENT_MODES)}, not {alignment_mode!r}"
            )
        labels = {**DEFAULT_LABELS, **(labels or {})}
        unknown = set(labels) - set(DEFAULT_LABELS)
        if unknown:
            raise ValueError(
                f"belnorm: labels has unknown kinds {sorted(unknown)}; kinds are {', '.join(DEFAULT_LABELS)}"
            )
        self.nlp = nlp
        self.name = name
        self.gazetteer = gazetteer
        self.format = format
        self.cutoff = cutoff
        self.target = target
        self.overwrite = overwrite
        self.labels = labels
        self.alignment_mode = alignment_mode
        self._normalizer = normalizer
        self._from_code = normalizer is not None  # a normalizer no config describes: to_disk saves its index
        self._index_file: Optional[Path] = None  # an index saved by to_disk, loaded on first use
        self._lock = threading.Lock()
        register_extensions()

    # ------------------------------------------------------------------ the normalizer
    @property
    def normalizer(self) -> Normalizer:
        """The normalizer, built on first use from the config and kept for every later doc."""
        if self._normalizer is None:
            with self._lock:
                if self._normalizer is None:
                    self._normalizer = self._build()
        return self._normalizer

    @normalizer.setter
    def normalizer(self, value: Normalizer) -> None:
        """Use a normalizer built in code (`to_disk` saves its index; options other than the cutoff are not saved)."""
        if not isinstance(value, Normalizer):
            raise TypeError(f"belnorm: normalizer must be a belnorm.Normalizer, not {type(value).__name__}")
        self._normalizer = value
        self._from_code = True

    def _build(self) -> Normalizer:
        options = Options() if self.cutoff is None else Options(score_cutoff=self.cutoff)
        if self._index_file is not None:
            try:
                return Normalizer.load(self._index_file, options=options)
            except StaleIndexError:  # saved by another belnorm version: rebuild from the entities it holds
                return Normalizer(Gazetteer(saved_entities(self._index_file)), options=options)
        if self.gazetteer is None:
            return Normalizer.default(options=options)
        path = Path(self.gazetteer)
        if not path.is_file():
            raise FileNotFoundError(
                f"belnorm: gazetteer file {str(path)!r} (component {self.name!r}) does not exist; "
                "give an existing path in the component config, or null for the bundled gazetteer"
            )
        return Normalizer(Gazetteer.from_file(path, format=self.format), options=options)

    def initialize(self, get_examples: Optional[Callable[[], Iterable[Any]]] = None, *, nlp: Any = None) -> None:
        """Build the normalizer now (``nlp.initialize()``), so a bad gazetteer fails before the first doc."""
        self.normalizer  # noqa: B018

    # ------------------------------------------------------------------ processing
    def __call__(self, doc: Doc) -> Doc:
        spans = self._spans(doc)
        if self.target == "ents":
            self._set_ents(doc, spans)
        else:
            self._set_group(doc, spans)
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        """Process a stream of docs with one normalizer."""
        for doc in stream:
            yield self(doc)

    def _spans(self, doc: Doc) -> List[Span]:
        spans: List[Span] = []
        for mention in self.normalizer.find(doc.text):
            record = mention_record(mention)  # the same values as the CLI's and pandas' columns
            label = self.labels.get(record["entity_kind"])
            if not label:
                continue
            span = doc.char_span(
                record["start"], record["end"], label=label, kb_id=record["entity_id"],
                alignment_mode=self.alignment_mode,
            )
            if span is None or len(span) == 0:
                continue  # offsets that no token boundary fits (strict/contract), or whitespace only
            span._.belnorm_score = record["score"]
            span._.belnorm_explanation = tuple(mention.explanation)
            spans.append(span)
        # two mentions expanded to the same token(s): keep the longer, then the earlier
        return sorted(filter_spans(spans), key=lambda s: s.start) if len(spans) > 1 else spans

    def _set_ents(self, doc: Doc, spans: List[Span]) -> None:
        if not spans:
            return
        existing = list(doc.ents)

        def overlaps(a: Span, b: Span) -> bool:
            return a.start < b.end and b.start < a.end

        if self.overwrite:
            kept = [e for e in existing if not any(overlaps(e, s) for s in spans)]
            dropped = [e for e in existing if any(overlaps(e, s) for s in spans)]
            final = kept + spans
        else:
            final = existing + [s for s in spans if not any(overlaps(s, e) for e in existing)]
            dropped = []
        covered = {i for s in final for i in range(s.start, s.end)}
        # tokens of a dropped entity that no new entity covers become "outside" rather than a stale I- tag
        outside = [doc[i : i + 1] for e in dropped for i in range(e.start, e.end) if i not in covered]
        doc.set_ents(sorted(final, key=lambda s: s.start), outside=outside, default="unmodified")

    def _set_group(self, doc: Doc, spans: List[Span]) -> None:
        if self.overwrite or self.target not in doc.spans:
            doc.spans[self.target] = SpanGroup(doc, name=self.target, spans=spans)
            return
        group = doc.spans[self.target]
        present = {(s.start, s.end, s.label, s.kb_id) for s in group}
        group.extend([s for s in spans if (s.start, s.end, s.label, s.kb_id) not in present])

    # ------------------------------------------------------------------ serialization
    def to_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> None:
        """Save the built index of a custom gazetteer beside the config, so the pipeline loads elsewhere without
        the gazetteer file and without rebuilding; the bundled gazetteer needs nothing saved."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        meta: Dict[str, Any] = {"index_file": None}
        custom = self.gazetteer is not None or self._from_code or self._index_file is not None
        if custom and "gazetteer" not in exclude:
            self.normalizer.save(path / _INDEX_FILE)
            meta["index_file"] = _INDEX_FILE
        (path / _META_FILE).write_text(json.dumps(meta), encoding="utf-8")

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> "BelnormComponent":
        """Use the index that `to_disk` saved (loaded on first use); the rest comes from the config. A pipeline
        saved by an older belnorm, with a copy of the gazetteer file instead, loads too."""
        path = Path(path)
        meta_path = path / _META_FILE
        if meta_path.is_file() and "gazetteer" not in exclude:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            if meta.get("index_file"):
                self._index_file = path.joinpath(*meta["index_file"].split("/"))
                self._normalizer = None
            elif meta.get("gazetteer_file"):  # the layout before saved indexes: rebuilt from the copy
                self.gazetteer = str(path.joinpath(*meta["gazetteer_file"].split("/")))
                self._normalizer = None
        return self


@Language.factory(
    "belnorm",
    default_config={
        "gazetteer": None,
        "format": None,
        "cutoff": None,
        "target": "ents",
        "overwrite": False,
        "labels": dict(DEFAULT_LABELS),
        "alignment_mode": "expand",
    },
    assigns=["doc.ents", "token.ent_type", "token.ent_iob", "token.ent_kb_id", "doc.spans"],
)
def make_belnorm(
    nlp: Language,
    name: str,
    gazetteer: Optional[str],
    format: Optional[str],
    cutoff: Optional[float],
    target: str,
    overwrite: bool,
    labels: Dict[str, str],
    alignment_mode: str,
) -> BelnormComponent:
    """The ``belnorm`` factory: ``nlp.add_pipe("belnorm", config={...})``."""
    return BelnormComponent(
        nlp,
        name,
        gazetteer=gazetteer,
        format=format,
        cutoff=cutoff,
        target=target,
        overwrite=overwrite,
        labels=labels,
        alignment_mode=alignment_mode,
    )

"""HTML for notebooks: `Match`, `Mention`, `Entity` and `Explanation` render through these functions from their
``_repr_html_``, and `highlight` / `match_table` wrap a text with its mentions and a list of matches.

Everything from the data (names, ids, queries, explanations, attributes) is escaped; styles are inline, so the
HTML survives notebook sanitizers and static renderers (GitHub, nbviewer) that drop ``<style>`` blocks. Colours
come from the kind of entity and read on light and dark themes alike.

>>> from belnorm import Entity
>>> "&lt;b&gt;" in entity_html(Entity(id="x", kind="other", names=["<b>"]))
True
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from belnorm.canonicalize import CanonicalExplanation
    from belnorm.results import Mention
    from belnorm.gazetteer import Entity
    from belnorm.results import Explanation, Match

__all__ = [
    "Highlighted",
    "MatchTable",
    "canonical_html",
    "entity_html",
    "explanation_html",
    "highlight",
    "match_html",
    "match_table",
    "matches_html",
    "mention_html",
    "text_html",
]

#: background of a kind's badge and highlight (translucent, so it works on dark themes too)
KIND_COLOURS = {
    "person": "rgba(66, 133, 244, 0.25)",
    "place": "rgba(52, 168, 83, 0.25)",
    "org": "rgba(251, 188, 5, 0.30)",
    "other": "rgba(154, 160, 166, 0.30)",
}
_BOX = "font-family: system-ui, sans-serif; line-height: 1.4; max-width: 60em"
_MUTED = "opacity: 0.7"
_CELL = "padding: 2px 8px; text-align: left; vertical-align: top; border-bottom: 1px solid rgba(128,128,128,0.3)"
#: names of an entity shown before "and N more"
MAX_NAMES = 12


def _e(value: Any) -> str:
    """Escaped text of anything (quotes too: values land in attributes)."""
    return html.escape("" if value is None else str(value), quote=True)


def _colour(kind: str) -> str:
    return KIND_COLOURS.get(kind, KIND_COLOURS["other"])


def _badge(kind: str) -> str:
    return (
        f'<span style="background: {_colour(kind)}; border-radius: 3px; padding: 0 4px; font-size: 85%">'
        f"{_e(kind)}</span>"
    )


def _score(score: float) -> str:
    """The score as a number with a small bar (0–100)."""
    width = max(0.0, min(100.0, float(score)))
    return (
        f'<span title="score {_e(f"{score:.1f}")} of 100" style="white-space: nowrap">'
        f'<span style="display: inline-block; width: 50px; height: 8px; background: rgba(128,128,128,0.25); '
        f'border-radius: 2px; vertical-align: middle">'
        f'<span style="display: block; width: {width:.0f}%; height: 100%; background: rgba(52,168,83,0.8); '
        f'border-radius: 2px"></span></span> {_e(f"{score:.1f}")}</span>'
    )


def _lines(lines: Iterable[str]) -> str:
    items = "".join(f"<li>{_e(line)}</li>" for line in lines)
    return f'<ul style="margin: 2px 0; padding-left: 1.4em; {_MUTED}">{items}</ul>' if items else ""


def _code(value: Any) -> str:
    return f"<code>{_e(value)}</code>"


# --------------------------------------------------------------------------------------------------- objects


def entity_html(entity: Entity) -> str:
    """An entity: label, kind, id, its names and its attributes."""
    names = list(entity.names)
    shown = ", ".join(_e(n) for n in names[:MAX_NAMES])
    if len(names) > MAX_NAMES:
        shown += f' <span style="{_MUTED}">and {len(names) - MAX_NAMES} more</span>'
    attributes = "".join(
        f'<tr><td style="{_CELL}; {_MUTED}">{_e(k)}</td><td style="{_CELL}">{_e(v)}</td></tr>'
        for k, v in entity.attributes.items()
    )
    table = f'<table style="border-collapse: collapse; margin-top: 4px">{attributes}</table>' if attributes else ""
    return (
        f'<div class="belnorm-entity" style="{_BOX}">'
        f"<b>{_e(entity.display)}</b> {_badge(entity.kind)} {_code(entity.id)}"
        f'<div style="font-size: 90%"><span style="{_MUTED}">names:</span> {shown}</div>{table}</div>'
    )


def match_html(match: Match) -> str:
    """A match: the query, the entity it names, the score, the scheme and the rules that decided it."""
    return f'<div class="belnorm-match" style="{_BOX}"><span>{_e(match.query)}</span> {_link(match)}</div>'


def mention_html(mention: Mention) -> str:
    """A mention: the text span (highlighted), its offsets, the entity, the score and the explanation."""
    return (
        f'<div class="belnorm-mention" style="{_BOX}">{_mark(mention.text, mention)} '
        f'<span style="{_MUTED}">[{mention.start}:{mention.end}]</span> {_link(mention)}</div>'
    )


def _link(link: Match | Mention) -> str:
    """What a match and a mention show alike: the entity, the score, the name, the scheme and the rules."""
    kind = link.entity_kind or "other"
    return (
        f"→ <b>{_e(link.label)}</b> {_badge(kind)} {_code(link.entity_id or 'unregistered')} {_score(link.score)}"
        f'<div style="font-size: 90%"><span style="{_MUTED}">matched name:</span> {_e(link.matched_name)} · '
        f'<span style="{_MUTED}">read as:</span> {_e(link.scheme)}</div>'
        f"{_lines(link.explanation)}"
    )


def explanation_html(explanation: Explanation) -> str:
    """The verdict for a query, the match if any, and a table of every candidate with its score or the reason
    it was rejected."""
    head = (
        f"<div><span>{_e(explanation.query)}</span>: <b>{_e(explanation.verdict)}</b></div>"
    )
    rows = []
    for c in explanation.candidates:
        status = (
            f'<span style="color: #c5221f">rejected: {_e(c.rejected)}</span>' if c.rejected else _score(c.score)
        )
        rows.append(
            "<tr>"
            f'<td style="{_CELL}">{_code(c.entity.id)}</td>'
            f'<td style="{_CELL}">{_e(c.entity.display)} {_badge(c.entity.kind)}</td>'
            f'<td style="{_CELL}">{_e(c.matched_name)}</td>'
            f'<td style="{_CELL}">{status}</td>'
            f'<td style="{_CELL}">{_lines(c.explanation)}</td>'
            "</tr>"
        )
    if rows:
        header = "".join(
            f'<th style="{_CELL}">{h}</th>' for h in ("entity", "label", "matched name", "score", "rules")
        )
        table = (
            f'<table style="border-collapse: collapse; margin-top: 4px; font-size: 90%">'
            f"<thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )
    else:
        table = f'<div style="{_MUTED}">no candidates</div>'
    return f'<div class="belnorm-explanation" style="{_BOX}">{head}{table}</div>'


def canonical_html(explanation: CanonicalExplanation) -> str:
    """The name and its canonical spelling, then a table of each word's competing readings, the chosen first."""
    head = (
        f"<div><span>{_e(explanation.name)}</span> → <b>{_e(explanation.canonical)}</b>"
        + (f" {_badge(explanation.kind)}" if explanation.kind else "")
        + "</div>"
    )
    rows = []
    for word, kept in zip(explanation.words, explanation.kept):
        for n, reading in enumerate(word.readings):
            style = _CELL if n == 0 and kept else f"{_CELL}; {_MUTED}"
            first = (f"{_e(word.source)} <span style=\"{_MUTED}\">{_e(word.role)}"
                     f"{'' if kept else ', left out'}</span>") if n == 0 else ""
            rows.append(
                "<tr>"
                f'<td style="{style}">{first}</td>'
                f'<td style="{style}">{"<b>" if n == 0 else ""}{_e(reading.text)}{"</b>" if n == 0 else ""}</td>'
                f'<td style="{style}">{_e(reading.reader)}</td>'
                f'<td style="{style}">{reading.score:.2f}</td>'
                f'<td style="{style}">{_lines(reading.steps)}</td>'
                "</tr>"
            )
    header = "".join(f'<th style="{_CELL}">{h}</th>' for h in ("word", "reading", "reader", "score", "steps"))
    table = (
        f'<table style="border-collapse: collapse; margin-top: 4px; font-size: 90%">'
        f"<thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )
    return f'<div class="belnorm-canonical" style="{_BOX}">{head}{table}</div>'


# --------------------------------------------------------------------------------------------------- text


def _mark(surface: str, mention: Mention) -> str:
    ident, kind = mention.entity_id or "unregistered", mention.entity_kind or "other"
    title = f"{mention.label} [{ident}] {kind}, score {mention.score:.1f}"
    return (
        f'<mark title="{_e(title)}" data-entity="{_e(ident)}" '
        f'style="background: {_colour(kind)}; color: inherit; border-radius: 3px; padding: 0 2px">'
        f"{_e(surface)}"
        f'<sup style="font-size: 70%; {_MUTED}; margin-left: 2px">{_e(ident)}</sup></mark>'
    )


def text_html(text: str, mentions: Sequence[Mention]) -> str:
    """``text`` with every mention highlighted (hover shows the entity and score); line breaks are kept.

    Mentions are placed by their offsets; one that overlaps an earlier one, or lies outside the text, is
    skipped rather than garbling the text.
    """
    parts: list[str] = []
    pos = 0
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if m.start < pos or m.end > len(text) or m.start >= m.end:
            continue
        parts.append(_e(text[pos : m.start]))
        parts.append(_mark(text[m.start : m.end], m))
        pos = m.end
    parts.append(_e(text[pos:]))
    return f'<div class="belnorm-text" style="{_BOX}; white-space: pre-wrap">{"".join(parts)}</div>'


def matches_html(matches: Sequence[Match | None], queries: Sequence[str] | None = None) -> str:
    """A table of matches, one row each; ``None`` (no match) shows as such with its query if given."""
    if queries is not None and len(queries) != len(matches):
        raise ValueError(f"{len(queries)} queries for {len(matches)} matches")
    header = "".join(
        f'<th style="{_CELL}">{h}</th>'
        for h in ("#", "query", "entity", "label", "kind", "score", "scheme", "matched name")
    )
    rows = []
    for i, m in enumerate(matches):
        query = queries[i] if queries is not None else (m.query if m is not None else "")
        if m is None:
            cells = [
                str(i), _e(query), f'<span style="{_MUTED}">no match</span>', "", "", "", "", "",
            ]
        else:
            cells = [
                str(i), _e(query), _code(m.entity.id), f"<b>{_e(m.entity.display)}</b>", _badge(m.entity.kind),
                _score(m.score), _e(m.scheme), _e(m.matched_name),
            ]
        rows.append("<tr>" + "".join(f'<td style="{_CELL}">{c}</td>' for c in cells) + "</tr>")
    return (
        f'<table class="belnorm-matches" style="border-collapse: collapse; font-family: system-ui, sans-serif">'
        f"<thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


class Highlighted:
    """A text with its mentions, shown highlighted in a notebook (``print`` gives the plain text and mentions)."""

    def __init__(self, text: str, mentions: Sequence[Mention]) -> None:
        self.text = text
        self.mentions = list(mentions)

    def _repr_html_(self) -> str:
        return text_html(self.text, self.mentions)

    def __repr__(self) -> str:
        lines = [self.text]
        lines.extend(f"  [{m.start}:{m.end}] {m.text!r} → {m.label} [{m.entity_id}] {m.score:.1f}"
                     for m in self.mentions)
        return "\n".join(lines)


class MatchTable:
    """A list of matches (``None`` for no match) shown as a table in a notebook."""

    def __init__(self, matches: Sequence[Match | None], queries: Sequence[str] | None = None) -> None:
        self.matches = list(matches)
        self.queries = list(queries) if queries is not None else None
        if self.queries is not None and len(self.queries) != len(self.matches):
            raise ValueError(f"{len(self.queries)} queries for {len(self.matches)} matches")

    def _repr_html_(self) -> str:
        return matches_html(self.matches, self.queries)

    def __repr__(self) -> str:
        out = []
        for i, m in enumerate(self.matches):
            q = self.queries[i] if self.queries is not None else (m.query if m else "")
            out.append(f"{q!r} → " + (f"{m.entity.display} [{m.entity.id}] {m.score:.1f}" if m else "no match"))
        return "\n".join(out)


def highlight(text: str, mentions: Sequence[Mention] | None = None, *, normalizer: Any = None) -> Highlighted:
    """``text`` with its mentions highlighted; finds them with ``normalizer`` (default: the bundled one) when
    ``mentions`` is not given.

    >>> highlight("Учора ў Мінску.")  # doctest: +SKIP
    """
    if mentions is None:
        if normalizer is None:
            from belnorm.matcher import Normalizer

            normalizer = Normalizer.default()
        mentions = normalizer.find(text)
    return Highlighted(text, mentions)


def match_table(
    queries: Sequence[str], matches: Sequence[Match | None] | None = None, *, normalizer: Any = None
) -> MatchTable:
    """A table of ``queries`` and their matches; matches them with ``normalizer`` (default: the bundled one)
    when ``matches`` is not given."""
    queries = list(queries)
    if matches is None:
        if normalizer is None:
            from belnorm.matcher import Normalizer

            normalizer = Normalizer.default()
        matches = normalizer.match_many(queries)
    return MatchTable(matches, queries)

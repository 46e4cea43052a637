"""Wikidata entity JSON: the dump, JSON lines, and API answers."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal

from belnorm.gazetteer import Entity, EntityKind, GazetteerError
from belnorm.sources.fields import KINDS, QID, build_entity, worth_a_name
from belnorm.sources.files import PathLike, SourceError, parse_json, read_lines, short

__all__ = ["WIKIDATA_KINDS", "WIKIDATA_LANGUAGES", "read_wikidata"]

_PERSON: EntityKind = "person"
_PLACE: EntityKind = "place"
_ORG: EntityKind = "org"

#: P31 (instance of) classes and the kind they give. Entity JSON carries no subclass (P279) graph, so only the
#: direct class counts: extend the map with `read_wikidata(..., kinds={...})` for classes your data uses.
WIKIDATA_KINDS: dict[str, EntityKind] = {
    # people
    "Q5": _PERSON,  # human
    # places: settlements
    "Q486972": _PLACE,  # human settlement
    "Q515": _PLACE,  # city
    "Q3957": _PLACE,  # town
    "Q532": _PLACE,  # village
    "Q5084": _PLACE,  # hamlet
    "Q5119": _PLACE,  # capital city
    "Q1549591": _PLACE,  # big city
    "Q1637706": _PLACE,  # city with millions of inhabitants
    "Q7930989": _PLACE,  # city/town
    "Q15284": _PLACE,  # municipality
    "Q2514025": _PLACE,  # posyolok
    "Q3257686": _PLACE,  # locality
    "Q123705": _PLACE,  # neighborhood
    # places: administrative units and regions
    "Q171441": _PLACE,  # district of Belarus
    "Q193512": _PLACE,  # region of Belarus
    "Q56061": _PLACE,  # administrative territorial entity
    "Q82794": _PLACE,  # geographic region
    "Q6256": _PLACE,  # country
    "Q3624078": _PLACE,  # sovereign state
    # places: water and land features
    "Q4022": _PLACE,  # river
    "Q23397": _PLACE,  # lake
    "Q131681": _PLACE,  # reservoir
    "Q8502": _PLACE,  # mountain
    "Q23442": _PLACE,  # island
    "Q618123": _PLACE,  # geographical feature
    # organisations
    "Q43229": _ORG,  # organization
    "Q7278": _ORG,  # political party
    "Q4830453": _ORG,  # business
    "Q783794": _ORG,  # company
    "Q6881511": _ORG,  # enterprise
    "Q891723": _ORG,  # public company
    "Q11032": _ORG,  # newspaper
    "Q1110794": _ORG,  # daily newspaper
    "Q41298": _ORG,  # magazine
    "Q1002697": _ORG,  # periodical
    "Q192283": _ORG,  # news agency
    "Q1331793": _ORG,  # media company
    "Q1616075": _ORG,  # television station
    "Q14350": _ORG,  # radio station
    "Q3918": _ORG,  # university
    "Q875538": _ORG,  # public university
    "Q31855": _ORG,  # research institute
    "Q163740": _ORG,  # nonprofit organization
    "Q79913": _ORG,  # non-governmental organization
    "Q48204": _ORG,  # voluntary association
    "Q7210356": _ORG,  # political organization
    "Q327333": _ORG,  # government agency
    "Q2659904": _ORG,  # government organization
    "Q178790": _ORG,  # trade union
    "Q476028": _ORG,  # association football club
    "Q847017": _ORG,  # sports club
    "Q484652": _ORG,  # international organization
    "Q2085381": _ORG,  # publisher
}

#: The order of languages in a Wikidata entity's names: Belarusian first (official, then classical spelling).
WIKIDATA_LANGUAGES: tuple[str, ...] = ("be", "be-tarask", "be-x-old", "ru", "en", "pl", "de", "uk", "lt")

_KIND_ORDER: tuple[EntityKind, ...] = (_PERSON, _PLACE, _ORG)


def read_wikidata(
    path: PathLike,
    *,
    languages: Iterable[str] | None = None,
    kinds: Mapping[str, EntityKind] | None = None,
) -> Iterator[Entity]:
    """Entities from Wikidata entity JSON, in any of the shapes Wikidata writes it:

    * the JSON dump (``latest-all.json[.gz|.bz2]``): a ``[`` line, one entity per line each ending in a comma,
      and a ``]`` line — read line by line, so the dump is streamed;
    * JSON lines: one entity (or one ``wbgetentities`` answer) per line;
    * a ``wbgetentities`` / ``Special:EntityData`` answer ``{"entities": {"Q2280": {...}, ...}}``, or one entity,
      or a list of entities, compact or pretty-printed. A pretty-printed document is parsed whole (these are API
      answers of at most a few hundred entities), so errors in it name the line of the JSON syntax error or the
      entity id.

    Names are the labels, then the aliases, of `languages` in that order; by default every language, with
    ``be``, ``be-tarask``, ``ru``, ``en``, ``pl``, ``de``, ``uk``, ``lt`` first (so the Belarusian label is the
    canonical name) and the others by language code. The QID is the id and ``attributes["wikidata"]``; the first
    description in the same language order is ``attributes["description"]``; the P31 classes are
    ``attributes["instance_of"]``, a P569 birth date gives ``birth_year`` and P625 gives ``lat``/``lon``.

    The kind comes from P31 (instance of) through `WIKIDATA_KINDS` updated with `kinds`; person beats place
    beats org when classes disagree, and an item with no known class is ``other``.

    Skipped, by design: properties and lexemes (they are not things a name refers to), ``"missing"`` answers of
    the API, and items with no label or alias in the selected languages (nothing could match them).
    """
    language_order = tuple(languages) if languages is not None else None
    kind_map: dict[str, EntityKind] = {**WIKIDATA_KINDS, **(kinds or {})}
    for bad in set(kind_map.values()) - set(KINDS):
        raise GazetteerError(f"unknown kind {bad!r} in kinds; expected one of " + ", ".join(KINDS))
    return _read_wikidata(path, language_order, kind_map)


def _read_wikidata(
    path: PathLike, languages: tuple[str, ...] | None, kind_map: dict[str, EntityKind]
) -> Iterator[Entity]:
    mode: Literal["start", "array", "lines", "closed"] = "start"
    lines = read_lines(path)
    prefix: list[str] = []  # the text read before the first record, kept in case it is a pretty document
    records_read = False
    for line, text in lines:
        stripped = text.strip()
        if not records_read:
            prefix.append(text)
        if not stripped:
            continue
        if mode == "closed":
            raise SourceError(path, f"unexpected content after the closing ']': {short(stripped)}", line=line)
        if mode == "start" and stripped == "[":
            mode = "array"
            continue
        if mode == "array" and stripped == "]":
            mode = "closed"
            continue
        record_text = stripped[:-1] if stripped.endswith(",") else stripped
        pretty = False
        if mode == "start":
            if not stripped.startswith(("{", "[")):
                raise SourceError(path, f"not Wikidata entity JSON: the file starts with {short(stripped)}", line=line)
            try:
                json.loads(record_text)
            except json.JSONDecodeError:
                pretty = True  # not one complete value per line
            else:
                mode = "lines"
        elif mode == "array" and record_text == "{" and not records_read:
            pretty = True  # a pretty-printed array
        if pretty:
            document = "".join(prefix) + "".join(chunk for _, chunk in lines)
            yield from _read_wikidata_document(path, document, languages, kind_map)
            return
        if mode == "array" and not record_text.startswith("{"):
            raise SourceError(
                path, f"expected one entity object per line (the dump format), got {short(stripped)}", line=line
            )
        records_read, prefix = True, []  # no going back to document mode once a record was read
        value, problem = parse_json(record_text)
        if problem is not None:
            raise SourceError(path, problem, line=line)
        for record in _wikidata_records(path, line, value):
            entity = _wikidata_entity(path, line, record, languages, kind_map)
            if entity is not None:
                yield entity
    if mode == "array":
        raise SourceError(path, "the dump array is not closed: no ']' line at the end (a truncated download?)")


def _read_wikidata_document(
    path: PathLike, document: str, languages: tuple[str, ...] | None, kind_map: dict[str, EntityKind]
) -> Iterator[Entity]:
    """A whole pretty-printed JSON document: an API answer, one entity, or a list of entities."""
    try:
        value = json.loads(document)
    except json.JSONDecodeError as exc:
        raise SourceError(path, f"invalid JSON: {exc.msg} (column {exc.colno})", line=exc.lineno) from None
    except RecursionError:
        raise SourceError(path, "invalid JSON: nested too deeply") from None
    for record in _wikidata_records(path, None, value):
        entity = _wikidata_entity(path, None, record, languages, kind_map)
        if entity is not None:
            yield entity


def _wikidata_records(path: PathLike, line: int | None, value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, list):
        for item in value:
            yield from _wikidata_records(path, line, item)
        return
    if not isinstance(value, dict):
        raise SourceError(path, f"expected an entity object, got {short(value)}", line=line)
    entities = value.get("entities")
    if "id" not in value and isinstance(entities, dict):
        for key, item in entities.items():
            if not isinstance(item, dict):
                raise SourceError(path, f"entity {key!r} is not an object", line=line, field=f"entities.{key}")
            yield item
        return
    if "id" not in value and "error" in value:
        raise SourceError(path, f"the API answered with an error: {short(value['error'], 200)}", line=line)
    yield value


def _wd_values(
    path: PathLike, line: int | None, qid: str, container: Any, field: str, *, lists: bool
) -> dict[str, list[str]]:
    """{language: [values]} from a labels/descriptions ({lang: {value}}) or aliases ({lang: [{value}]}) map."""
    if container is None or container == []:  # PHP serializes an empty map as []
        return {}
    if not isinstance(container, dict):
        raise SourceError(path, f"{qid}: expected an object, got {short(container)}", line=line, field=field)
    out: dict[str, list[str]] = {}
    for language, entry in container.items():
        entries = entry if lists else [entry]
        if not isinstance(entries, list):
            raise SourceError(path, f"{qid}: expected a list", line=line, field=f"{field}.{language}")
        values = []
        for item in entries:
            value = item.get("value") if isinstance(item, dict) else None
            if not isinstance(value, str):
                raise SourceError(
                    path, f"{qid}: expected {{'language': ..., 'value': '...'}}, got {short(item)}", line=line,
                    field=f"{field}.{language}",
                )
            if value.strip():
                values.append(value)
        out[str(language)] = values
    return out


def _wd_claim_values(path: PathLike, line: int | None, qid: str, claims: Any, prop: str) -> list[Any]:
    """The datavalue values of the non-deprecated statements of one property."""
    if not claims:
        return []
    if not isinstance(claims, dict):
        raise SourceError(path, f"{qid}: expected an object, got {short(claims)}", line=line, field="claims")
    statements = claims.get(prop) or []
    if not isinstance(statements, list):
        raise SourceError(path, f"{qid}: expected a list of statements", line=line, field=f"claims.{prop}")
    values = []
    for statement in statements:
        if not isinstance(statement, dict) or not isinstance(statement.get("mainsnak"), dict):
            raise SourceError(
                path, f"{qid}: a statement without a mainsnak: {short(statement)}", line=line, field=f"claims.{prop}"
            )
        if statement.get("rank") == "deprecated":
            continue
        snak = statement["mainsnak"]
        if snak.get("snaktype", "value") != "value":
            continue  # "somevalue" / "novalue"
        datavalue = snak.get("datavalue")
        if not isinstance(datavalue, dict) or "value" not in datavalue:
            raise SourceError(
                path, f"{qid}: a value snak without a datavalue: {short(snak)}", line=line, field=f"claims.{prop}"
            )
        values.append(datavalue["value"])
    return values


def _wikidata_entity(
    path: PathLike,
    line: int | None,
    record: dict[str, Any],
    languages: tuple[str, ...] | None,
    kind_map: dict[str, EntityKind],
) -> Entity | None:
    qid = record.get("id")
    if "missing" in record:
        return None
    if not isinstance(qid, str) or not qid.strip():
        raise SourceError(path, f"an entity without an id: {short(record)}", line=line, field="id")
    qid = qid.strip()
    if record.get("type", "item") != "item" or not QID.match(qid):
        return None  # properties (P…), lexemes (L…), media info (M…)
    labels = _wd_values(path, line, qid, record.get("labels"), "labels", lists=False)
    aliases = _wd_values(path, line, qid, record.get("aliases"), "aliases", lists=True)
    descriptions = _wd_values(path, line, qid, record.get("descriptions"), "descriptions", lists=False)
    if languages is None:
        present = set(labels) | set(aliases) | set(descriptions)
        order = [lang for lang in WIKIDATA_LANGUAGES if lang in present]
        order += sorted(present - set(WIKIDATA_LANGUAGES))
    else:
        order = list(languages)
    preferred = [lang for lang in order if lang in WIKIDATA_LANGUAGES] if languages is None else order
    others = [lang for lang in order if lang not in preferred]
    names: list[str] = []
    for group in (preferred, others):
        names += [value for lang in group for value in labels.get(lang, [])]
        names += [value for lang in group for value in aliases.get(lang, [])]
    names = [n for n in names if worth_a_name(n)]
    if not names:
        return None

    claims = record.get("claims")
    classes: list[str] = []
    for value in _wd_claim_values(path, line, qid, claims, "P31"):
        target = value.get("id") if isinstance(value, dict) else None
        if target is None and isinstance(value, dict) and isinstance(value.get("numeric-id"), int):
            target = f"Q{value['numeric-id']}"
        if not isinstance(target, str):
            raise SourceError(path, f"{qid}: P31 value is not an item: {short(value)}", line=line, field="claims.P31")
        if target not in classes:
            classes.append(target)
    found = {kind_map[c] for c in classes if c in kind_map}
    kind: EntityKind = next((k for k in _KIND_ORDER if k in found), "other")

    attributes: dict[str, Any] = {"wikidata": qid}
    description = next((descriptions[lang][0] for lang in order if descriptions.get(lang)), None)
    if description:
        attributes["description"] = description
    if classes:
        attributes["instance_of"] = classes
    for value in _wd_claim_values(path, line, qid, claims, "P569"):
        year = _wd_year(value)
        if year is not None:
            attributes["birth_year"] = year
            break
    for value in _wd_claim_values(path, line, qid, claims, "P625"):
        if isinstance(value, dict) and isinstance(value.get("latitude"), (int, float)):
            attributes["lat"] = float(value["latitude"])
            attributes["lon"] = float(value.get("longitude") or 0.0)
            break
    return build_entity(path, line, id=qid, kind=kind, names=names, attributes=attributes, name_field="labels")


_WD_TIME = re.compile(r"^([+-]?)0*(\d+)-")


def _wd_year(value: Any) -> int | None:
    """The year of a Wikidata time value, when its precision is a year or finer (9 = year, 11 = day)."""
    if not isinstance(value, dict) or not isinstance(value.get("time"), str):
        return None
    if int(value.get("precision", 11)) < 9:
        return None
    match = _WD_TIME.match(value["time"])
    if not match:
        return None
    year = int(match.group(2))
    return -year if match.group(1) == "-" else year

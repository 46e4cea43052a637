"""Unicode cleanup shared by every stage: one place decides what a letter, an apostrophe and a word are.

Everything downstream (transliteration, keys, matching, finding) sees text that went through `clean`, so
homoglyphs, odd apostrophes, zero-width characters and decomposed letters never reach a rule table.
"""

from __future__ import annotations

import re
import unicodedata

import regex

__all__ = ["APOSTROPHE", "CYRILLIC", "LATIN", "WORD", "clean", "collapse_marks", "fold_apostrophes", "fold_homoglyphs", "is_word_char"]

#: The one apostrophe belnorm uses inside words (MODIFIER LETTER APOSTROPHE, as Belarusian orthography has it).
APOSTROPHE = "\u02bc"

#: Everything people type for the Belarusian apostrophe, or for a Latin one inside a name (O'Brien, Хартыя'97);
#: BGN/PCGN writes the apostrophe and the hard sign as a double prime or a straight double quote (Dar"ya).
APOSTROPHES = "'\u2019\u2018\u02bc\u02bb\u0060\u00b4\u2032\u02b9\uff07\"\u2033\u02ba"

#: Dashes and hyphens that join parts of a name (Шарэнда-Панасюк).
HYPHENS = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"

#: combining marks that compose with Latin and Cyrillic letters: a letter that carries one is still a letter
_MARKS = "\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_INNER_APOSTROPHES = re.compile(
    r"(?<=[^\W" + re.escape(APOSTROPHES) + r"]|[" + _MARKS + r"])[" + re.escape(APOSTROPHES) + r"]+"
    r"(?=[^\W" + re.escape(APOSTROPHES) + r"])"
)
_INVISIBLE = regex.compile(r"[\p{Cf}\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u3164\uffa0]")
_CONTROL = regex.compile(r"[\p{Cc}\p{Cs}\p{Co}\p{Cn}]")
_SPACES = regex.compile(r"\s+")
# Text that clean() would return unchanged: words of Latin or of Cyrillic letters (NFC, no marks) and digits,
# separated by single spaces or by dots, commas and hyphen-minus.
_PLAIN = regex.compile(
    r"(?:[\p{Script=Latin}\p{N}.,]+|[\p{Script=Cyrillic}\p{N}.,]+)(?:[ .,\-](?:[\p{Script=Latin}\p{N}.,]+|[\p{Script=Cyrillic}\p{N}.,]+))*"
)
# No letter needs more than three combining marks; longer runs are cut before NFC, whose cost grows with the
# square of a run's length (a flood of 100,000 marks took 18 s).
_MARK_FLOOD = regex.compile(r"(\p{Mn}{3})\p{Mn}+")
_ASCII_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# `_PLAIN` for ASCII text, in the faster stdlib engine.
_PLAIN_ASCII = re.compile(r"[A-Za-z0-9.,]+(?:[ .,\-][A-Za-z0-9.,]+)*")

# Latin letters that look like Cyrillic ones and back; used only inside a word that is mostly of the other script.
_LATIN_TO_CYRILLIC = dict(zip("AaBCcEeHIiKMOoPpTXxYyJjSs", "АаВСсЕеНІіКМОоРрТХхУуЈјЅѕ"))
_CYRILLIC_TO_LATIN = {c: l for l, c in _LATIN_TO_CYRILLIC.items() if c not in "ЈјЅѕ"}
_CYRILLIC_TO_LATIN.update({"у": "y", "У": "Y", "Ј": "J", "ј": "j", "Ѕ": "S", "ѕ": "s"})
#: a word: a run of letters, marks, digits and the apostrophe ʼ (the one definition; `is_word_char` is its
#: character test)
WORD = regex.compile(r"[\p{L}\p{M}\p{N}" + regex.escape(APOSTROPHE) + r"]+")
#: a letter of the Cyrillic and of the Latin script (the one definition the other modules use)
CYRILLIC = regex.compile(r"\p{Script=Cyrillic}")
LATIN = regex.compile(r"\p{Script=Latin}")


def is_word_char(ch: str) -> bool:
    """True for characters that belong inside a word: letters, marks, digits and the apostrophe."""
    return ch == APOSTROPHE or unicodedata.category(ch)[0] in "LMN"


def fold_homoglyphs(word: str) -> str:
    """Rewrite the minority-script look-alike letters of one word into its majority script.

    'Лукашенкo' with a Latin o becomes all Cyrillic; a word with no clear majority is left alone.
    """
    cyr = len(CYRILLIC.findall(word))
    lat = len(LATIN.findall(word))
    if cyr and lat:
        if cyr > lat:
            return "".join(_LATIN_TO_CYRILLIC.get(c, c) for c in word)
        if lat > cyr:
            return "".join(_CYRILLIC_TO_LATIN.get(c, c) for c in word)
    return word


def collapse_marks(text: str) -> str:
    """The text with every run of combining marks cut to its first three."""
    return _MARK_FLOOD.sub(r"\1", text)


def fold_apostrophes(text: str) -> str:
    """Every run of apostrophe variants between two word characters becomes ʼ; quotes elsewhere stay as they
    are. Idempotent: a letter-like apostrophe (ʹ, ʼ) is judged as an apostrophe, not as a neighbouring letter."""
    return _INNER_APOSTROPHES.sub(lambda m: APOSTROPHE * len(m.group()), text)


def clean(text: str) -> str:
    """Normalize a string for comparison: NFC, no invisible or control characters, one apostrophe, one hyphen,
    single spaces, homoglyphs folded per word. Idempotent: clean(clean(s)) == clean(s).

    Lone surrogates (from surrogateescape decoding) and other unassigned code points are dropped, never raised on;
    a non-string raises `TypeError`.
    """
    if not isinstance(text, str):
        raise TypeError(f"clean() needs a str, not {type(text).__name__}")
    if not text:
        return ""
    if text.isascii():  # romanized queries (Vasil' ...): no marks, look-alikes or invisible characters to remove
        if _PLAIN_ASCII.fullmatch(text):
            return text
        return " ".join(fold_apostrophes(_ASCII_CONTROL.sub(" ", text)).split())
    if _PLAIN.fullmatch(text):  # the common case: letters of one script, digits, single spaces
        return text
    return clean_general(text)


def clean_general(text: str) -> str:
    """`clean` for any text; the shortcuts in `clean` give the same answers for the text they accept."""
    text = collapse_marks(_CONTROL.sub(" ", _INVISIBLE.sub("", text)))
    text = unicodedata.normalize("NFC", text)
    text = "".join("-" if c in HYPHENS else c for c in text)
    text = fold_apostrophes(text)
    text = WORD.sub(lambda m: fold_homoglyphs(m.group()), text)
    text = _SPACES.sub(" ", text).strip()
    # NFC again: folding may have put a base letter next to a combining mark that now composes.
    return unicodedata.normalize("NFC", text)

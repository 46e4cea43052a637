"""Build tests/fixtures/declension/hunspell_forms.tsv: real case forms of Belarusian names in foreign languages.

    apt-get install hunspell-tools hunspell-cs hunspell-sk hunspell-pl hunspell-lt hunspell-lv hunspell-uk \
        hunspell-ru hunspell-hu hunspell-hr hunspell-ro hunspell-de-de
    PYTHONPATH=src python scripts/make_declension_fixture.py            # writes the fixture
    PYTHONPATH=src python scripts/make_declension_fixture.py --review   # what to check by hand next

The forms are not belnorm's: they are what the spelling dictionaries of Debian inflect. For each dictionary the
script takes its capitalized entries (proper nouns) that name a bundled entity, writes each entry alone to a tiny
.dic and runs ``unmunch tiny.dic <lang>.aff``, which prints every form the dictionary's affix rules make of it.
An entry names an entity when

* ``exact``: it is a one-word registered name of exactly one bundled entity, and the surname of no person's
  two-word name (Минск, Białoruś, Gardinas), or
* ``allow``: a pair of the hand-checked `ALLOW` list below, each with its reason: names the gazetteer does not
  register in that language's spelling (Lithuanian Minskas, Ukrainian Мінськ), and surnames of people the
  dictionary lists because of them (Kościuszko, Lukašenko). A surname is never taken just because it is the
  last word of a registered name: dictionaries list common surnames (Sikorski, Markov, Пушкин) for other people.

`DENY` drops entries the exact rule would take that name something else in that dictionary (a given name, a
common noun, another country's place or body). belnorm itself only proposes candidates for the hand check
(``--review``): no pair is kept because belnorm says so, so the fixture is an oracle belnorm did not make.

Forms are kept when hunspell itself (``hunspell -G`` with the full dictionary) accepts them, they start with a
capital letter (no lower-case derivations, no ``-minsks`` compound tails), and no other bundled entity registers
them as a name or surname (an ambiguous form names no single entity). The Hungarian dictionary tags its affixes:
there hunspell's analysis (``-m``) also keeps only forms with one inflectional ending (no possessive-plus-case
stacks, no derivations). The dictionaries of Croatian and Hungarian use flag aliases (``AF``) and two-letter
flags, which unmunch does not read: for them the script writes a small .aff holding only the entry's affix
classes, renamed to one-letter flags (continuation classes dropped: one level of affixes). If a (language, entity) pair has more than `PER_ENTITY` forms, the `PER_ENTITY` forms with the
smallest SHA-1 are kept (the entries themselves always), so the sample is stable.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from belnorm import Entity, Gazetteer

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "declension" / "hunspell_forms.tsv"
HUNSPELL = Path("/usr/share/hunspell")
DOC = Path("/usr/share/doc")
COMMAND = "PYTHONPATH=src python scripts/make_declension_fixture.py"
#: at most this many forms of one entity in one language (the dictionary entries are always kept)
PER_ENTITY = 24


class Dictionary(NamedTuple):
    lang: str  # the fixture's language code
    name: str  # /usr/share/hunspell/<name>.dic
    package: str  # the Debian package
    folder: str  # its folder in the LibreOffice dictionaries tree, for the licence stanza of the copyright file
    analysed: bool = False  # do its affix rules carry morphological tags (is:, ds:) that hunspell -m prints?


DICTIONARIES = (
    Dictionary("cs", "cs_CZ", "hunspell-cs", "cs_CZ"),
    Dictionary("sk", "sk_SK", "hunspell-sk", "sk_SK"),
    Dictionary("pl", "pl_PL", "hunspell-pl", "pl_PL"),
    Dictionary("lt", "lt_LT", "hunspell-lt", "lt_LT"),
    Dictionary("lv", "lv_LV", "hunspell-lv", ""),
    Dictionary("uk", "uk_UA", "hunspell-uk", "uk_UA"),
    Dictionary("ru", "ru_RU", "hunspell-ru", "ru_RU"),
    Dictionary("hu", "hu_HU", "hunspell-hu", "hu_HU", analysed=True),
    Dictionary("hr", "hr_HR", "hunspell-hr", "hr_HR"),
    Dictionary("ro", "ro_RO", "hunspell-ro", "ro"),
    Dictionary("de", "de_DE", "hunspell-de-de", ""),
)


class Allow(NamedTuple):
    """Dictionary entries of one language that name one entity, checked by hand; ``why`` says how."""

    lang: str
    entity: str
    stems: tuple[str, ...]
    why: str


_OWN_ENTRIES = "its case forms are entries of their own, with no affix flags"
_GIVEN = "a given name in this dictionary"
_ABBR = "an abbreviation of another body in this language"
_SURNAME = "declined as a surname, with feminine forms (Kobrinová, Кобриною) that name no place"

# fmt: off
ALLOW: tuple[Allow, ...] = (
    # Czech
    Allow("cs", "place:belarus", ("Bělorusko",), "the Czech name of Belarus"),
    Allow("cs", "place:river:dniapro", ("Dněpr",), "the Czech spelling of the Dnieper"),
    Allow("cs", "place:river:nioman", ("Němen",), "the Czech name of the Neman"),
    Allow("cs", "person:lukashenka-aliaksandr", ("Lukašenko",),
          "Czech transcription of Лукашенко; alone, the surname names the president (his sons get a given name)"),
    # Slovak
    Allow("sk", "place:belarus", ("Bielorusko",), "the Slovak name of Belarus"),
    Allow("sk", "place:grodno", ("Grodne",), f"the locative of Grodno; {_OWN_ENTRIES}"),
    Allow("sk", "place:river:biarezina", ("Berezine",), f"the locative of Berezina; {_OWN_ENTRIES}"),
    # Polish
    Allow("pl", "person:lukashenka-aliaksandr", ("Łukaszenka", "Łukaszenko"),
          "the Polish spellings of Лукашэнка/Лукашенко; alone, the surname names the president"),
    Allow("pl", "person:iahaila", ("Jagiełło",), "Władysław Jagiełło, the Polish name of Jogaila"),
    Allow("pl", "person:kastsiushka-tadevush", ("Kościuszko",), "Tadeusz Kościuszko, born near Kosava"),
    Allow("pl", "person:maniushka-stanislau", ("Moniuszko",), "Stanisław Moniuszko, the composer, born near Minsk"),
    Allow("pl", "person:ozheshka-eliza", ("Orzeszkowa",), "Eliza Orzeszkowa, the writer, of Hrodna"),
    Allow("pl", "person:reitan-tadevush", ("Rejtan",), "Tadeusz Rejtan, the deputy of Navahrudak"),
    Allow("pl", "person:chachot-yan", ("Czeczot",), "Jan Czeczot, the poet; a rare surname"),
    Allow("pl", "person:syrakomlia-uladzislau", ("Syrokomla",), "Władysław Syrokomla, the poet's pen name"),
    Allow("pl", "person:plater-emilia", ("Plater",), "Emilia Plater of the 1831 rising"),
    Allow("pl", "person:damejka-ihnat", ("Domeyko", "Domejko"), "Ignacy Domeyko (both spellings), born near Navahrudak"),
    Allow("pl", "person:radzivil-barbara", ("Radziwiłłówna",), "Barbara Radziwiłłówna, the queen; the -ówna name is hers"),
    Allow("pl", "person:shagal-mark", ("Chagall",), "Marc Chagall, born in Vitebsk"),
    Allow("pl", "person:begin-menakhem", ("Begin",), "Menachem Begin, born in Brest"),
    Allow("pl", "person:peres-shymon", ("Peres",), "Shimon Peres, born in Vishneva"),
    Allow("pl", "person:statkevich-mikalai", ("Statkiewicz",), "the Polish spelling of Mikola Statkevich's surname; rare"),
    Allow("pl", "person:milinkevich-aliaksandr", ("Milinkiewicz",),
          "the Polish spelling of Aliaksandr Milinkevich's surname; rare"),
    Allow("pl", "person:shushkevich-stanislau", ("Szuszkiewicz",),
          "the Polish spelling of Stanislau Shushkevich's surname; rare"),
    Allow("pl", "person:pachobut-andrei", ("Poczobut",), "Andrzej Poczobut, the journalist; a rare surname"),
    Allow("pl", "person:pratasevich-raman", ("Protasiewicz",), "the Polish spelling of Raman Pratasevich's surname"),
    # Lithuanian
    Allow("lt", "place:minsk", ("Minskas",), "the Lithuanian name of Minsk"),
    # Latvian
    Allow("lv", "place:minsk", ("Minska",), "the Latvian name of Minsk"),
    Allow("lv", "place:vitebsk", ("Vitebska",), "the Latvian name of Vitebsk"),
    Allow("lv", "place:gomel", ("Gomeļa",), "the Latvian name of Gomel"),
    Allow("lv", "place:polatsk", ("Polocka",), "the Latvian name of Polatsk"),
    Allow("lv", "place:river:dniapro", ("Dņepra",), "the Latvian name of the Dnieper"),
    Allow("lv", "place:river:nioman", ("Nemuna",), "the Latvian name of the Neman"),
    # Ukrainian
    Allow("uk", "place:belarus", ("Білорусія",), "the older Ukrainian name of Belarus"),
    Allow("uk", "place:minsk", ("Мінськ", "Мінська", "Мінськом", "Мінську"),
          f"the Ukrainian name of Minsk; {_OWN_ENTRIES}"),
    Allow("uk", "place:vitebsk", ("Вітебськ", "Вітебська", "Вітебськом", "Вітебську"),
          f"the Ukrainian name of Vitebsk; {_OWN_ENTRIES}"),
    Allow("uk", "place:babruysk", ("Бобруйськ", "Бобруйська", "Бобруйськом", "Бобруйську"),
          f"the Ukrainian name of Babruysk; {_OWN_ENTRIES}"),
    Allow("uk", "place:pinsk", ("Пінськ", "Пінська", "Пінськом", "Пінську"),
          f"the Ukrainian name of Pinsk; {_OWN_ENTRIES}"),
    Allow("uk", "place:polatsk", ("Полоцьк", "Полоцька", "Полоцьком", "Полоцьку"),
          f"the Ukrainian name of Polatsk; {_OWN_ENTRIES}"),
    Allow("uk", "place:navapolatsk", ("Новополоцьк", "Новополоцька", "Новополоцьком", "Новополоцьку"),
          f"the Ukrainian name of Navapolatsk; {_OWN_ENTRIES}"),
    Allow("uk", "place:mazyr", ("Мозир",), "the Ukrainian name of Mazyr"),
    Allow("uk", "place:rechytsa", ("Речиця",), "the Ukrainian name of Rechytsa"),
    Allow("uk", "place:palessie", ("Полісся",), "the Ukrainian name of Polesia"),
    Allow("uk", "place:khatyn", ("Хатинь",), "the Ukrainian name of Khatyn (Katyn is Катинь)"),
    Allow("uk", "place:river:nioman", ("Німан",), "the Ukrainian name of the Neman"),
    Allow("uk", "person:lukashenka-aliaksandr", ("Лукашенко",),
          "the Russian and Ukrainian spelling of the surname; alone, it names the president"),
    Allow("uk", "person:kastsiushka-tadevush", ("Костюшко",), "Tadeusz Kościuszko"),
    Allow("uk", "person:maniushka-stanislau", ("Монюшко",), "Stanisław Moniuszko"),
    Allow("uk", "person:shagal-mark", ("Шагал",), "Marc Chagall"),
    Allow("uk", "person:skaryna-francysk", ("Скорина",), "Francysk Skaryna (Ukrainian Франциск Скорина)"),
    Allow("uk", "person:kolas-yakub", ("Колас",), "Yakub Kolas, the poet"),
    Allow("uk", "person:alexievich-sviatlana", ("Алексієвич",), "Svetlana Alexievich (Ukrainian spelling)"),
    Allow("uk", "person:shushkevich-stanislau", ("Шушкевич",), "Stanislau Shushkevich"),
    Allow("uk", "person:statkevich-mikalai", ("Статкевич",), "Mikola Statkevich"),
    Allow("uk", "person:milinkevich-aliaksandr", ("Мілінкевич",), "Aliaksandr Milinkevich (Ukrainian spelling)"),
    Allow("uk", "person:kebich-viachaslau", ("Кебич",), "Viachaslau Kebich"),
    Allow("uk", "person:latushka-pavel", ("Латушко",), "Pavel Latushka (Russian and Ukrainian spelling)"),
    # Russian
    Allow("ru", "place:region:mogilev", ("Могилевщина",), "Могилёвщина written without ё"),
    # Hungarian
    Allow("hu", "place:minsk", ("Minszk",), "the Hungarian name of Minsk"),
    Allow("hu", "place:river:dniapro", ("Dnyeper",), "the Hungarian name of the Dnieper"),
    Allow("hu", "person:shagal-mark", ("Chagall",), "Marc Chagall, born in Vitebsk"),
    # Romanian
    Allow("ro", "place:belarus", ("Belarusia", "Belarusiei", "Belarusului", "Bielorusia", "Bielorusiei"),
          f"the Romanian names of Belarus (Belarus, Belarusia, Bielorusia); {_OWN_ENTRIES}"),
)

#: (lang, entry) -> why an entry the exact rule would take names something else in that dictionary
DENY: dict[tuple[str, str], str] = {
    ("cs", "BCD"): "binary-coded decimal",
    ("cs", "Baran"): "a Czech surname",
    ("cs", "Bereza"): "a surname",
    ("cs", "Bobr"): "the river Bóbr of Poland, or a surname",
    ("cs", "Divin"): "a surname",
    ("cs", "Dobruš"): "a surname",
    ("cs", "Ilja"): _GIVEN,
    ("cs", "Kobrin"): _SURNAME,
    ("cs", "Kobryn"): _SURNAME,
    ("cs", "Krupica"): "a surname",
    ("cs", "MTZ"): _ABBR,
    ("cs", "Masty"): "a surname",
    ("cs", "Motal"): "a surname",
    ("cs", "NN"): "nomen nescio, an unknown name",
    ("cs", "Obal"): "a surname",
    ("cs", "Palata"): "a surname",
    ("cs", "Palik"): "a surname",
    ("cs", "Pina"): "a surname",
    ("cs", "Rakov"): "a surname",
    ("cs", "Ross"): "an English name",
    ("cs", "Turov"): "a surname",
    ("cs", "Witold"): _GIVEN,
    ("sk", "Atlant"): "an atlas (a column in the shape of a man)",
    ("sk", "MUS"): _ABBR,
    ("sk", "NN"): "nomen nescio, an unknown name",
    ("pl", "Baran"): "a Polish surname",
    ("pl", "Basia"): _GIVEN,
    ("pl", "Brest"): "the French port; Polish calls the Belarusian city Brześć",
    ("pl", "Drohiczyn"): "the Polish town on the Bug",
    ("pl", "Dzierżyńsk"): "Dzerzhinsk of Russia",
    ("pl", "Gorki"): "many places of that name",
    ("pl", "Gródek"): "many Polish places of that name",
    ("pl", "Ilja"): _GIVEN,
    ("pl", "Lubań"): "the Polish town in Lower Silesia",
    ("pl", "Mścisław"): _GIVEN,
    ("pl", "NN"): "nomen nescio, an unknown name",
    ("pl", "Ostrowiec"): "Ostrowiec Świętokrzyski",
    ("pl", "Raków"): "many Polish places of that name",
    ("pl", "Ross"): "an English name",
    ("pl", "Roś"): "the Masurian lake, the Ukrainian river",
    ("pl", "Sienno"): "Polish villages of that name",
    ("pl", "Skoki"): "the Polish town",
    ("pl", "Szczuczyn"): "the Polish town in Podlaskie",
    ("pl", "Turzec"): "Polish villages of that name",
    ("pl", "Ula"): _GIVEN,
    ("pl", "Vytautas"): "a Lithuanian given name (Vytautas Landsbergis)",
    ("pl", "Witold"): _GIVEN,
    ("pl", "ZBS"): _ABBR,
    ("lt", "Dysna"): "the Lithuanian river Dysna",
    ("lt", "Ivanava"): "a Lithuanian place",
    ("lt", "Malinauka"): "Lithuanian places of that name",
    ("lt", "Malinovka"): "Lithuanian places of that name",
    ("lt", "Mindaugas"): _GIVEN,
    ("lt", "Murovanka"): "a Lithuanian place",
    ("lt", "Papiernia"): "a Lithuanian place",
    ("lt", "Vilija"): _GIVEN,
    ("lt", "Vytautas"): _GIVEN,
    ("lt", "Zelva"): "the Lithuanian town Zelva",
    ("lv", "Lida"): _GIVEN,
    ("lv", "Ulla"): _GIVEN,
    ("lv", "Vilija"): _GIVEN,
    ("ru", "Дзержинск"): "Dzerzhinsk of Russia",
    ("ru", "Иваново"): "Ivanovo of Russia",
    ("ru", "Илья"): _GIVEN,
    ("ru", "МВД"): _ABBR,
    ("ru", "МИД"): _ABBR,
    ("ru", "Минобороны"): "the Russian ministry of defence",
    ("ru", "Минфин"): "the Russian ministry of finance",
    ("ru", "Светлогорск"): "Svetlogorsk of the Kaliningrad region",
    ("ru", "Свирь"): "the Russian river Svir",
    ("ru", "Филарет"): _GIVEN,
    ("ru", "ЦИК"): _ABBR,
    ("uk", "Ілья"): _GIVEN,
    ("uk", "АП"): _ABBR,
    ("uk", "БДМУ"): _ABBR,
    ("uk", "БДПУ"): _ABBR,
    ("uk", "БЖД"): "безпека життєдіяльності (life safety), a school subject",
    ("uk", "БРСМ"): _ABBR,
    ("uk", "БТ"): _ABBR,
    ("uk", "Бабчин"): "a Ukrainian place",
    ("uk", "Брагін"): _SURNAME,
    ("uk", "Кобрин"): _SURNAME,
    ("uk", "Береза"): "a surname; береза is a birch",
    ("uk", "Буг"): "the Southern Bug as much as the Western",
    ("uk", "Весна"): "весна is spring",
    ("uk", "Володарка"): "the Ukrainian town",
    ("uk", "Вілія"): "Ukrainian places of that name",
    ("uk", "ГПК"): _ABBR,
    ("uk", "Глуша"): "a Ukrainian place",
    ("uk", "Горки"): "many places of that name",
    ("uk", "Городище"): "many Ukrainian places of that name",
    ("uk", "Городок"): "many Ukrainian places of that name",
    ("uk", "Дивин"): "a Ukrainian place",
    ("uk", "КДК"): _ABBR,
    ("uk", "КР"): _ABBR,
    ("uk", "Комарин"): "a Ukrainian place",
    ("uk", "Копище"): "a Ukrainian place",
    ("uk", "Корма"): "корма is the stern of a boat",
    ("uk", "Косово"): "Kosovo",
    ("uk", "Любань"): "a Ukrainian place",
    ("uk", "Любча"): "a Ukrainian place",
    ("uk", "МЗС"): _ABBR,
    ("uk", "МНС"): _ABBR,
    ("uk", "Мінтранс"): "the Ukrainian ministry of transport",
    ("uk", "НАК"): _ABBR,
    ("uk", "НОК"): _ABBR,
    ("uk", "Нацбанк"): "the National Bank of Ukraine",
    ("uk", "ОГП"): _ABBR,
    ("uk", "ОМОН"): "any riot police unit of that name",
    ("uk", "Озерище"): "a Ukrainian place",
    ("uk", "ПЕН-центр"): "the Ukrainian PEN",
    ("uk", "Проня"): _GIVEN,
    ("uk", "Піна"): "піна is foam",
    ("uk", "Раков"): "a surname",
    ("uk", "Рось"): "the Ukrainian river Ros",
    ("uk", "СБ"): _ABBR,
    ("uk", "СК"): _ABBR,
    ("uk", "Свитязь"): "the Ukrainian lake Svitiaz",
    ("uk", "Свір"): "the Russian river Svir",
    ("uk", "Серебрянка"): "many places of that name",
    ("uk", "Славгород"): "Ukrainian and Russian towns of that name",
    ("uk", "Случ"): "the Ukrainian river Sluch",
    ("uk", "Сураж"): "Surazh of Russia",
    ("uk", "Тео"): _GIVEN,
    ("uk", "УНС"): _ABBR,
    ("uk", "Хорошки"): "a Ukrainian place",
    ("uk", "ЦВК"): "the Central Election Commission of Ukraine",
    ("uk", "Червень"): "червень is June",
    ("uk", "Шуміліна"): "a surname",
    ("hu", "Drozdy"): "a surname",
    ("hu", "Ulla"): _GIVEN,
    ("hr", "Amerikanka"): "an American woman",
    ("hr", "Atlant"): "an atlas (a column in the shape of a man)",
    ("ro", "Gorani"): "a Romanian place",
    ("ro", "Gorki"): "many places of that name",
    ("ro", "Lozna"): "Romanian places of that name",
    ("ro", "Teo"): _GIVEN,
    ("ro", "Ula"): _GIVEN,
    ("de", "Atlant"): "an atlas (a column in the shape of a man)",
    ("de", "BIC"): "the bank identifier code",
    ("de", "Gorki"): "many places of that name",
    ("de", "Horizont"): "Horizont is the horizon",
    ("de", "Memel"): "the German name of Klaipėda as much as of the river",
    ("de", "Ulla"): _GIVEN,
}
# fmt: on


# ------------------------------------------------------------------------------------------------ the gazetteer


@dataclass(frozen=True)
class Names:
    """Who a word names: the one-word registered names, and the surnames of two-word person names."""

    exact: dict[str, frozenset[str]]
    surname: dict[str, frozenset[str]]

    def owners(self, word: str) -> frozenset[str]:
        """Every entity the word is a registered name or a surname of."""
        return self.exact.get(word, frozenset()) | self.surname.get(word, frozenset())


def gazetteer_names(entities: Iterable[Entity]) -> Names:
    exact: dict[str, set[str]] = defaultdict(set)
    surname: dict[str, set[str]] = defaultdict(set)
    for e in entities:
        for name in e.names:
            words = name.split()
            if len(words) == 1:
                exact[name].add(e.id)
            elif len(words) == 2 and e.kind == "person":
                surname[words[1]].add(e.id)
    return Names(
        {k: frozenset(v) for k, v in exact.items()}, {k: frozenset(v) for k, v in surname.items()}
    )


# ------------------------------------------------------------------------------------------------ the dictionaries


@dataclass(frozen=True)
class Affixes:
    """What the script needs of an .aff file."""

    encoding: str  # Python codec of its SET line
    flag: str  # FLAG: char (one byte), long (two), num (comma-separated numbers), UTF-8 (one character)
    aliases: tuple[bytes, ...]  # AF lines: flag sets that the .dic names by number (1-based)
    classes: dict[bytes, tuple[bytes, bytes, list[tuple[bytes, bytes, bytes]]]]  # flag -> (PFX|SFX, Y|N, rules)

    @property
    def native(self) -> bool:
        """Can unmunch read this file as it is?"""
        return self.flag == "char" and not self.aliases

    def split(self, flags: bytes) -> list[bytes]:
        """The flags of an entry's flag field (alias numbers resolved)."""
        if self.aliases and flags.isdigit():
            flags = self.aliases[int(flags) - 1]
        if self.flag == "long":
            return [flags[i : i + 2] for i in range(0, len(flags), 2)]
        if self.flag == "num":
            return [f for f in flags.split(b",") if f]
        if self.flag == "UTF-8":
            return [c.encode("utf-8") for c in flags.decode("utf-8")]
        return [flags[i : i + 1] for i in range(len(flags))]


_CODECS = {"ISO8859-2": "iso8859-2", "ISO8859-13": "iso8859-13", "UTF-8": "utf-8"}


def read_affixes(path: Path) -> Affixes:
    encoding, flag = "iso8859-1", "char"
    aliases: list[bytes] = []
    alias_count: int | None = None
    classes: dict[bytes, tuple[bytes, bytes, list[tuple[bytes, bytes, bytes]]]] = {}
    pending: dict[bytes, int] = {}
    for raw in path.read_bytes().splitlines():
        fields = raw.split()
        if not fields or fields[0].startswith(b"#"):
            continue
        head = fields[0]
        if head == b"SET" and len(fields) > 1:
            encoding = _CODECS.get(fields[1].decode("ascii").upper(), fields[1].decode("ascii"))
        elif head == b"FLAG" and len(fields) > 1:
            flag = fields[1].decode("ascii")
        elif head == b"AF" and len(fields) > 1:
            if alias_count is None:
                alias_count = int(fields[1])  # the first AF line counts the others
            else:
                aliases.append(fields[1])
        elif head in (b"PFX", b"SFX") and len(fields) >= 4:
            name = fields[1]
            if name not in pending and fields[2] in (b"Y", b"N") and fields[3].isdigit():
                classes[name] = (head, fields[2], [])
                pending[name] = int(fields[3])
            elif pending.get(name, 0) > 0:
                strip = b"" if fields[2] == b"0" else fields[2]
                add = fields[3].split(b"/")[0]
                add = b"" if add == b"0" else add
                cond = fields[4] if len(fields) > 4 else b"."
                classes[name][2].append((strip, add, cond))
                pending[name] -= 1
    return Affixes(encoding, flag, tuple(aliases), classes)


class Entry(NamedTuple):
    stem: str
    flags: bytes  # as written in the .dic, in its encoding


def read_entries(d: Dictionary, encoding: str, wanted: set[str] | None = None) -> dict[str, list[Entry]]:
    """The capitalized entries of a .dic (proper nouns), by stem (only the ``wanted`` stems, if given); a stem
    may be listed with several flag sets."""
    out: dict[str, list[Entry]] = defaultdict(list)
    # surrogateescape: the flag bytes come back unchanged when encoded again
    text = (HUNSPELL / f"{d.name}.dic").read_bytes().decode(encoding, errors="surrogateescape")
    for line in text.splitlines()[1:]:
        stem, _, rest = line.strip().partition("/")
        if "\t" in stem or " " in stem:
            stem, rest = stem.split(None, 1)[0], ""
        if not stem[:1].isupper() or (wanted is not None and stem not in wanted):
            continue
        flags = rest.split(None, 1)[0] if rest.strip() else ""
        out[stem].append(Entry(stem, flags.encode(encoding, errors="surrogateescape")))
    return out


def unmunch(entry: Entry, d: Dictionary, aff: Affixes, work: Path) -> list[str]:
    """Every form unmunch makes of one entry."""
    dic, aff_path = work / "entry.dic", HUNSPELL / f"{d.name}.aff"
    flags = entry.flags
    if entry.flags and not aff.native:
        aff_path, flags = _small_aff(aff, aff.split(entry.flags), work)
    line = entry.stem.encode(aff.encoding) + (b"/" + flags if flags else b"")
    dic.write_bytes(b"1\n" + line + b"\n")
    out = subprocess.run(["unmunch", str(dic), str(aff_path)], capture_output=True, check=True).stdout
    return [w for w in out.decode(aff.encoding).splitlines() if w]


_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _small_aff(aff: Affixes, flags: list[bytes], work: Path) -> tuple[Path, bytes]:
    """An .aff unmunch can read, with only the given affix classes, renamed to one ASCII letter each."""
    lines = [b"SET " + aff.encoding.upper().encode("ascii")]
    new_flags = b""
    for flag in flags:
        if flag not in aff.classes:
            continue  # a flag that is no affix class (NEEDAFFIX, compounding, ...)
        new = _LETTERS[len(new_flags) : len(new_flags) + 1]
        new_flags += new
        kind, cross, rules = aff.classes[flag]
        lines.append(b" ".join([kind, new, cross, str(len(rules)).encode("ascii")]))
        lines.extend(b" ".join([kind, new, strip or b"0", add or b"0", cond]) for strip, add, cond in rules)
    path = work / "entry.aff"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path, new_flags


def accepted(d: Dictionary, words: Iterable[str]) -> set[str]:
    """The words hunspell accepts with the full dictionary."""
    text = "\n".join(sorted(set(words))) + "\n"
    out = subprocess.run(
        ["hunspell", "-d", str(HUNSPELL / d.name), "-i", "UTF-8", "-G"],
        input=text.encode("utf-8"), capture_output=True, check=True,
    ).stdout.decode("utf-8")
    return set(out.split())


_INFLECTION = re.compile(r"is:[A-Z0-9_]+")


def one_inflection(d: Dictionary, words: Iterable[str]) -> set[str]:
    """The words hunspell's morphological analysis reads as a stem with at most one inflectional ending (a case
    or number tag, in capitals: is:INE, is:ACC) and no derivation or compounding. Minszkben yes; not
    Minszkjeként (a possessive plus a case), Chagallka (a diminutive), Minszki (is:i_PLACE/TIME_adj, an
    adjective): real words, but no mention of the name itself."""
    text = "\n".join(sorted(set(words))) + "\n"
    out = subprocess.run(
        ["hunspell", "-d", str(HUNSPELL / d.name), "-i", "UTF-8", "-m"],
        input=text.encode("utf-8"), capture_output=True, check=True,
    ).stdout.decode("utf-8")
    good: set[str] = set()
    for line in out.splitlines():
        word, _, analysis = line.strip().partition(" ")
        tags = analysis.split()
        endings = [t for t in tags if t.startswith("is:")]
        if (
            word
            and not any(t.startswith(("ds:", "pa:")) for t in tags)
            and len(endings) <= 1
            and all(_INFLECTION.fullmatch(t) for t in endings)
        ):
            good.add(word)
    return good


# ------------------------------------------------------------------------------------------------ choosing entries


class Pick(NamedTuple):
    lang: str
    stem: str
    entity: str
    how: str  # exact or allow


def picks(d: Dictionary, stems: Iterable[str], names: Names, entity_ids: set[str]) -> list[Pick]:
    """The entries of one dictionary that name one entity, by the two rules of the module docstring."""
    out: dict[str, Pick] = {}
    for stem in stems:
        if (d.lang, stem) in DENY:
            continue
        exact = names.exact.get(stem, frozenset())
        if len(exact) == 1 and names.owners(stem) == exact:
            out[stem] = Pick(d.lang, stem, next(iter(exact)), "exact")
    present = set(stems)
    for allow in ALLOW:
        if allow.lang != d.lang:
            continue
        if allow.entity not in entity_ids:
            raise SystemExit(f"ALLOW names an entity that is not bundled: {allow.entity}")
        for stem in allow.stems:
            if stem not in present:
                raise SystemExit(f"ALLOW names an entry {d.name}.dic does not have: {stem}")
            out[stem] = Pick(d.lang, stem, allow.entity, "allow")
    return sorted(out.values())


# ------------------------------------------------------------------------------------------------ the fixture


def _sha(word: str) -> bytes:
    return hashlib.sha1(word.encode("utf-8")).digest()


def forms_of(d: Dictionary, chosen: list[Pick], entries: dict[str, list[Entry]], aff: Affixes, names: Names) -> list[
    tuple[str, str, str]
]:
    """(form, stem, entity) rows of one language: accepted by hunspell, capitalized, naming only that entity."""
    made: dict[str, set[Pick]] = defaultdict(set)
    with tempfile.TemporaryDirectory() as tmp:
        for pick in chosen:
            for entry in entries[pick.stem]:
                for form in [pick.stem, *unmunch(entry, d, aff, Path(tmp))]:
                    made[form].add(pick)
    good = accepted(d, made)
    if d.analysed:
        good &= one_inflection(d, good)
    rows: list[tuple[str, str, str]] = []
    for form, sources in made.items():
        entities = {p.entity for p in sources}
        if form not in good or not form[:1].isupper() or len(entities) != 1:
            continue
        entity = next(iter(entities))
        # another entity's name too? (a hand-checked surname overrules the namesakes that share it)
        others = names.exact.get(form, frozenset()) if any(p.how == "allow" for p in sources) else names.owners(form)
        if others - {entity}:
            continue
        rows.append((form, min(p.stem for p in sources), entity))
    return _sample(rows)


def _sample(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """At most `PER_ENTITY` forms of an entity (the entries first, then by SHA-1), sorted."""
    by_entity: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for row in rows:
        by_entity[row[2]].append(row)
    kept: list[tuple[str, str, str]] = []
    for group in by_entity.values():
        group.sort(key=lambda r: (r[0] != r[1], _sha(r[0])))
        kept.extend(group[: max(PER_ENTITY, sum(r[0] == r[1] for r in group))])
    return sorted(kept, key=lambda r: (r[2], r[1], r[0]))


def package_version(package: str) -> str:
    out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True, check=False)
    return out.stdout.strip() or "unknown"


def licence(d: Dictionary) -> str:
    """The License line of the dictionary's stanza of its Debian copyright file (``Files: *`` if it has none)."""
    text = (DOC / d.package / "copyright").read_text(encoding="utf-8")
    stanzas = [s for s in re.split(r"\n\s*\n", text) if s.startswith("Files:")]
    wanted = f"dictionaries/{d.folder}/*" if d.folder else "*"
    for stanza in stanzas:
        files = stanza.split("\n", 1)[0].removeprefix("Files:").split()
        if wanted in files:
            m = re.search(r"^License:\s*(.+)$", stanza, re.M)
            if m:
                return m.group(1).strip()
    raise SystemExit(f"{d.package}: no licence stanza for {wanted}")


def header(versions: dict[str, str]) -> list[str]:
    lines = [
        "# Real case forms of Belarusian names in foreign languages: what the hunspell dictionaries of Debian inflect",
        "# (unmunch of the dictionary's own entry), each with the bundled entity it names. An oracle belnorm did not",
        "# make: entries are one-word registered names of one entity, or hand-checked pairs (scripts/",
        "# make_declension_fixture.py, ALLOW, each with its reason); forms are those hunspell accepts. Do not edit:",
        "# regenerate with",
        f"#   {COMMAND}",
        "# Dictionaries: language, dictionary, Debian package and version, licence of the dictionary (per",
        "# /usr/share/doc/<package>/copyright):",
    ]
    for d in DICTIONARIES:
        lines.append(f"#   {d.lang}\t{d.name}\t{d.package} {versions[d.package]}\t{licence(d)}")
    lines.append("# Columns: lang, form (a word form hunspell accepts), stem (the dictionary entry), entity_id.")
    return lines


def build() -> str:
    """The fixture's text."""
    gazetteer = Gazetteer.default()
    names = gazetteer_names(gazetteer)
    ids = {e.id for e in gazetteer}
    versions = {d.package: package_version(d.package) for d in DICTIONARIES}
    lines = [*header(versions), "lang\tform\tstem\tentity_id"]
    wanted = set(names.exact) | {stem for allow in ALLOW for stem in allow.stems}
    for d in DICTIONARIES:
        aff = read_affixes(HUNSPELL / f"{d.name}.aff")
        entries = read_entries(d, aff.encoding, wanted)
        chosen = picks(d, entries, names, ids)
        lines.extend(f"{d.lang}\t{form}\t{stem}\t{entity}" for form, stem, entity in forms_of(d, chosen, entries, aff, names))
    return "\n".join(lines) + "\n"


def available() -> bool:
    """Are unmunch, hunspell and every dictionary installed?"""
    return (
        shutil.which("unmunch") is not None
        and shutil.which("hunspell") is not None
        and all((HUNSPELL / f"{d.name}.dic").exists() for d in DICTIONARIES)
    )


def review() -> None:
    """Print the rule picks (to check against DENY) and belnorm's other candidates (to check for ALLOW)."""
    from belnorm import Normalizer  # noqa: PLC0415 (only the review needs the matcher)

    gazetteer = Gazetteer.default()
    names = gazetteer_names(gazetteer)
    ids = {e.id for e in gazetteer}
    norm = Normalizer.default()
    for d in DICTIONARIES:
        aff = read_affixes(HUNSPELL / f"{d.name}.aff")
        entries = read_entries(d, aff.encoding)
        chosen = picks(d, entries, names, ids)
        taken = {p.stem for p in chosen}
        for p in chosen:
            print(f"pick\t{d.lang}\t{p.how}\t{p.stem}\t{p.entity}")
        for stem in sorted(entries):
            if stem in taken or (d.lang, stem) in DENY:
                continue
            m = norm.match(stem)
            if m is not None and m.score >= 95:
                print(f"candidate\t{d.lang}\t{stem}\t{m.entity.id}\t{m.score:.0f}\t{m.matched_name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--review", action="store_true", help="print picks and belnorm's candidates to check")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if not available():
        print("needs unmunch, hunspell and the dictionaries listed in DICTIONARIES", file=sys.stderr)
        return 1
    if args.review:
        review()
        return 0
    text = build()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    rows = text.count("\n") - sum(1 for line in text.splitlines() if line.startswith("#")) - 1
    print(f"{args.out}: {rows} forms", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

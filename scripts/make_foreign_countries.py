#!/usr/bin/env python3
"""Write data/names/foreign_countries.txt: the names of every country but Belarus in the languages of the press,
with every case form the hunspell dictionaries give, and the adjectives of Belarus's neighbours and of the powers the
news names with them (Russian, российский, rosyjski), with theirs.

They tell the finder that a word names a foreign country, not a place in Belarus (России is not the village Рось), and
that a state body's generic name belongs to another country (Следственный комитет России, Russia's Investigative
Committee). Country names come from the Unicode CLDR through the babel package; case forms from the hunspell
dictionaries of Debian (read with `unmunch`, an oracle that belnorm did not write). Needs babel and the hunspell
packages, which belnorm does not depend on:

    python3 -m venv /tmp/geo-venv && /tmp/geo-venv/bin/pip install babel
    apt-get install hunspell-tools hunspell-ru hunspell-uk hunspell-pl hunspell-be hunspell-cs hunspell-sk \
        hunspell-lt hunspell-lv hunspell-hr
    PYTHONPATH=src /tmp/geo-venv/bin/python scripts/make_foreign_countries.py
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from babel import Locale

OUT = Path(__file__).resolve().parents[1] / "data" / "names" / "foreign_countries.txt"
HUNSPELL = Path("/usr/share/hunspell")

#: the languages of the press whose CLDR country names are read, and their hunspell dictionary (None: no cases)
LANGUAGES = {
    "be": "be_BY", "ru": "ru_RU", "uk": "uk_UA", "pl": "pl_PL", "cs": "cs_CZ", "sk": "sk_SK", "lt": "lt_LT",
    "lv": "lv_LV", "hr": "hr_HR", "sl": None, "sr": None, "bg": None, "en": None, "de": None, "fr": None, "es": None, "it": None,
    "pt": None, "ro": None, "hu": None, "nl": None, "sv": None, "da": None, "nb": None, "fi": None, "et": None,
    "tr": None,
}  # fmt: skip

#: CLDR territory codes that are no country of the news (continents, the world, unknown) or Belarus itself
SKIP = {"BY", "ZZ", "EU", "EZ", "UN", "QO", "XA", "XB"}

#: adjectives of the countries the news names beside Belarus (their lemmas; hunspell gives the case forms), in lower
#: case in every language: the list tells them from the names of countries so (belnorm.names.is_foreign_country)
ADJECTIVES = {
    "be": ["расійскі", "украінскі", "польскі", "літоўскі", "латвійскі", "эстонскі", "малдаўскі", "амерыканскі",
           "кітайскі", "нямецкі", "французскі", "брытанскі", "савецкі", "грузінскі", "казахстанскі"],
    "ru": ["российский", "русский", "украинский", "польский", "литовский", "латвийский", "эстонский", "молдавский",
           "американский", "китайский", "немецкий", "германский", "французский", "британский", "советский",
           "грузинский", "казахстанский"],
    "uk": ["російський", "український", "польський", "литовський", "латвійський", "естонський", "молдовський",
           "американський", "китайський", "німецький", "французький", "британський", "радянський", "грузинський"],
    "pl": ["rosyjski", "ukraiński", "polski", "litewski", "łotewski", "estoński", "mołdawski", "amerykański",
           "chiński", "niemiecki", "francuski", "brytyjski", "radziecki", "sowiecki", "gruziński"],
    "en": ["russian", "ukrainian", "polish", "lithuanian", "latvian", "estonian", "moldovan", "american", "chinese",
           "german", "french", "british", "soviet", "georgian", "kazakh"],
    "de": ["amerikanisch", "amerikanischen", "amerikanischer", "russische", "russischen", "russischer", "russisches", "ukrainische", "ukrainischen", "ukrainischer",
           "polnische", "polnischen", "polnischer", "litauische", "litauischen", "amerikanische", "amerikanischen",
           "chinesische", "chinesischen", "französische", "französischen", "britische", "britischen",
           "sowjetische", "sowjetischen"],
    # the other press languages: Russia, Ukraine, Poland, France and Germany, every form the press writes (no
    # Lithuanian or Latvian ones, which that press writes of its own towns)
    "fr": ["russe", "russes", "ukrainien", "ukrainienne", "ukrainiens", "ukrainiennes", "polonais", "polonaise",
           "polonaises", "français", "française", "françaises", "allemand", "allemande", "allemands", "allemandes", "soviétique", "soviétiques", "américain", "américaine", "américains", "américaines"],
    "es": ["ruso", "rusa", "rusos", "rusas", "ucraniano", "ucraniana", "ucranianos", "ucranianas", "polaco", "polaca",
           "polacos", "polacas", "francés", "francesa", "franceses", "francesas", "alemán", "alemana", "alemanes",
           "alemanas", "soviético", "soviética", "soviéticos", "soviéticas", "estadounidense", "estadounidenses",
           "norteamericano", "norteamericana", "americano", "americana"],
    "it": ["russo", "russa", "russi", "russe", "ucraino", "ucraina", "ucraini", "ucraine", "polacco", "polacca",
           "polacchi", "polacche", "francese", "francesi", "tedesco", "tedesca", "tedeschi", "tedesche", "sovietico",
           "sovietica", "sovietici", "sovietiche", "americano", "americana", "americani", "americane", "statunitense",
           "statunitensi"],
    "pt": ["russo", "russa", "russos", "russas", "ucraniano", "ucraniana", "ucranianos", "ucranianas", "polaco",
           "polaca", "polonês", "polonesa", "francês", "francesa", "franceses", "francesas", "alemão", "alemã",
           "alemães", "alemãs", "soviético", "soviética", "soviéticos", "soviéticas", "americano", "americana",
           "americanos", "americanas", "norte-americano", "norte-americana"],
    "ro": ["rusă", "ruse", "rusesc", "rusească", "ruși", "ucrainean", "ucraineană", "ucrainene", "polonez",
           "poloneză", "poloneze", "francez", "franceză", "franceze", "germană", "germane", "sovietic", "sovietică",
           "sovietice", "sovietici", "american", "americană", "americane", "americani"],
    "nl": ["russisch", "russische", "oekraïens", "oekraïense", "pools", "poolse", "frans", "franse", "duits",
           "duitse", "amerikaans", "amerikaanse", "sovjet"],
    "sv": ["rysk", "ryska", "ryskt", "ryske", "ukrainsk", "ukrainska", "ukrainskt", "ukrainske", "polsk", "polska",
           "polskt", "polske", "fransk", "franska", "franskt", "franske", "tysk", "tyska", "tyskt", "tyske", "sovjetisk",
           "sovjetiska", "sovjetiske", "amerikansk", "amerikanska", "amerikanske"],
    "da": ["russisk", "russiske", "ukrainsk", "ukrainske", "polsk", "polske", "fransk", "franske", "tysk", "tyske",
           "sovjetisk", "sovjetiske", "amerikansk", "amerikanske"],
    "nb": ["russisk", "russiske", "ukrainsk", "ukrainske", "polsk", "polske", "fransk", "franske", "tysk", "tyske",
           "sovjetisk", "sovjetiske", "amerikansk", "amerikanske"],
    "hu": ["orosz", "ukrán", "lengyel", "francia", "német", "szovjet", "amerikai"],
    "fi": ["venäläinen", "venäläisen", "venäläisessä", "ukrainalainen", "ukrainalaisen", "puolalainen",
           "puolalaisen", "ranskalainen", "ranskalaisen", "ranskalaisessa", "saksalainen", "saksalaisen",
           "neuvostoliittolainen", "neuvostoliittolaisen", "amerikkalainen", "amerikkalaisen"],
    "cs": ["ruský", "ruská", "ruské", "ruského", "ruském", "ukrajinský", "ukrajinská", "ukrajinské", "ukrajinském",
           "polský", "polská", "polské", "polském", "francouzský", "francouzská", "francouzské", "francouzském",
           "německý", "německá", "německé", "německém", "sovětský", "sovětská", "sovětské", "sovětského", "sovětském", "americký", "americká", "americké"],
    "sk": ["ruský", "ruská", "ruské", "ruskom", "ukrajinský", "ukrajinská", "ukrajinské", "ukrajinskom", "poľský",
           "poľská", "poľské", "poľskom", "francúzsky", "francúzska", "francúzske", "francúzskom", "nemecký",
           "nemecká", "nemecké", "nemeckom", "sovietsky", "sovietska", "sovietske", "sovietskeho", "sovietskom", "americký", "americká", "americké"],
    "hr": ["ruski", "ruska", "rusko", "ruskom", "ukrajinski", "ukrajinska", "ukrajinskom", "poljski", "poljska",
           "poljskom", "francuski", "francuska", "francuskom", "njemački", "njemačka", "njemačkom", "sovjetski", "sovjetska",
           "sovjetskog", "sovjetskom", "američki", "američka", "američkog", "ameriški", "ameriška"],
    "tr": ["ukraynalı", "polonyalı", "fransız", "sovyet", "amerikan"],
    # the Soviet Union's adjective in the Baltic press (sovietinio KGB, padomju armija, nõukogude võim), and the
    # genitive plural of a people that the Baltic languages write for another country's adjective (rusų
    # dviratininkas, krievu tenisists, vene blogija: a Russian cyclist, tennis player, blogger)
    "lt": ["sovietinis", "sovietinio", "sovietinė", "sovietinės", "sovietinių", "sovietiniame", "rusų", "ukrainiečių",
           "lenkų", "vokiečių", "prancūzų", "amerikiečių", "britų"],
    "lv": ["padomju", "krievu", "ukraiņu", "poļu", "vācu", "franču", "amerikāņu", "britu"],
    "et": ["nõukogude", "vene", "poola", "saksa", "prantsuse"],
}  # fmt: skip

#: the adjectives of the other countries whose towns the news names beside Belarus's (Czechia, Slovakia, Georgia,
#: Kazakhstan, Bulgaria, Hungary, Romania, Serbia; the Slovene ones of the neighbours too, which the list above lacks),
#: added to `ADJECTIVES`: a town right after one is that country's (у чэшскай Арлове, V gruzijskem Zestaponiju). Not
#: the forms that are common words of another language of the list (Italian rumeno: Slovene rumen, yellow; Turkish
#: kazak, a sweater, and çek; Romanian ceh); the Slovene, Finnish and other forms of languages with no dictionary
#: here are the developers' own endings
MORE_COUNTRIES = {
    "be": ["чэшскі", "славацкі", "балгарскі", "венгерскі", "румынскі", "сербскі"],
    "ru": ["чешский", "словацкий", "болгарский", "венгерский", "румынский", "сербский"],
    "uk": ["чеський", "словацький", "болгарський", "угорський", "румунський", "сербський", "казахстанський"],
    "pl": ["czeski", "słowacki", "bułgarski", "węgierski", "rumuński", "serbski", "kazachski", "kazachstański"],
    "cs": ["slovenský", "gruzínský", "bulharský", "maďarský", "rumunský", "srbský", "kazašský", "kazachstánský"],
    "sk": ["český", "gruzínsky", "bulharský", "maďarský", "rumunský", "srbský", "kazašský", "kazachstanský"],
    "hr": ["češki", "slovački", "gruzijski", "bugarski", "mađarski", "rumunjski", "srpski", "kazahstanski"],
    "lt": ["čekų", "slovakų", "gruzinų", "bulgarų", "vengrų", "rumunų", "serbų", "kazachų"],
    "lv": ["čehu", "slovāku", "gruzīnu", "bulgāru", "ungāru", "rumāņu", "serbu", "kazahu"],
    "en": ["bulgarian", "serbian"],
    "de": [f"{stem}{end}" for stem in ("tschechisch", "slowakisch", "georgisch", "kasachisch", "bulgarisch",
           "ungarisch", "rumänisch", "serbisch") for end in ("e", "en", "er", "es")],
    "fr": ["tchèque", "tchèques", "slovaque", "slovaques", "géorgien", "géorgienne", "géorgiens", "géorgiennes",
           "kazakh", "kazakhe", "kazakhs", "kazakhes", "bulgare", "bulgares", "hongrois", "hongroise", "hongroises",
           "roumain", "roumaine", "roumains", "roumaines", "serbe", "serbes"],
    "es": [f"{stem}{end}" for stem in ("chec", "eslovac", "georgian", "kazaj", "búlgar", "húngar", "ruman",
           "serbi") for end in ("o", "a", "os", "as")],
    "it": [f"{stem}{end}" for stem in ("georgian", "kazak", "bulgar") for end in ("o", "a", "i", "e")]
    + ["serbo", "serba", "serbe"]
    + ["ceco", "ceca", "cechi", "ceche", "slovacco", "slovacca", "slovacchi", "slovacche", "ungherese", "ungheresi"],
    "pt": [f"{stem}{end}" for stem in ("tchec", "chec", "eslovac", "georgian", "búlgar", "húngar", "romen", "sérvi")
           for end in ("o", "a", "os", "as")] + ["cazaque", "cazaques"],
    "ro": ["cehă", "cehe", "cehi", "slovac", "slovacă", "slovace", "slovaci", "georgian", "georgiană",
           "georgiene", "georgieni", "kazah", "kazahă", "bulgar", "bulgară", "bulgare", "bulgari", "maghiar",
           "maghiară", "maghiare", "sârb", "sârbă", "sârbe", "sârbi"],
    "nl": ["tsjechisch", "tsjechische", "slowaaks", "slowaakse", "georgisch", "georgische", "kazachs", "kazachse",
           "bulgaars", "bulgaarse", "hongaars", "hongaarse", "roemeens", "roemeense", "servisch", "servische"],
    "sv": [f"{stem}{end}" for stem in ("tjeckisk", "slovakisk", "georgisk", "kazakisk", "bulgarisk", "rumänsk",
           "serbisk") for end in ("", "a", "t")] + ["ungersk", "ungerska", "ungerskt"],
    "da": [f"{stem}{end}" for stem in ("tjekkisk", "slovakisk", "georgisk", "kasakhisk", "bulgarsk", "ungarsk",
           "rumænsk", "serbisk") for end in ("", "e")],
    "nb": [f"{stem}{end}" for stem in ("tsjekkisk", "slovakisk", "georgisk", "kasakhisk", "bulgarsk", "ungarsk",
           "rumensk", "serbisk") for end in ("", "e")],
    "hu": ["cseh", "szlovák", "grúz", "kazah", "bolgár", "román", "szerb"],
    "fi": [f"{stem}{end}" for stem in ("slovakialai", "georgialai", "kazakstanilai", "bulgarialai", "unkarilai",
           "romanialai", "serbialai") for end in ("nen", "sen", "sessa", "sesta")]
    + ["tšekkiläinen", "tšekkiläisen", "tšekkiläisessä", "tšekkiläisestä"],
    "sl": [f"{stem}{end}" for stem in ("rusk", "ukrajinsk", "poljsk", "litovsk", "latvijsk", "nemšk", "francosk",
           "amerišk", "sovjetsk", "češk", "slovašk", "gruzijsk", "bolgarsk", "madžarsk", "romunsk", "srbsk",
           "kazahstansk") for end in ("i", "a", "o", "em", "ega", "emu", "e", "ih", "im")],
    "tr": ["slovak", "gürcü", "bulgar", "macar", "sırp"],
}  # fmt: skip
for _language, _forms in MORE_COUNTRIES.items():
    ADJECTIVES.setdefault(_language, []).extend(_forms)

#: the adjective of the press's own country in each language, added to `ADJECTIVES`: a body its own press qualifies
#: so is that country's (Slovenské ministerstvo hospodárstva, the Slovak ministry, in a text about Belarus's oil)
OWN_COUNTRY = {
    "cs": ["český", "česká", "české", "českého", "českém", "českou", "českým"],
    "sk": ["slovenský", "slovenská", "slovenské", "slovenského", "slovenskom", "slovenskou", "slovenským"],
    "hr": ["hrvatski", "hrvatska", "hrvatsko", "hrvatskog", "hrvatskom", "hrvatske", "hrvatsku"],
    "sl": ["slovenski", "slovenska", "slovensko", "slovenskega", "slovenskem", "slovenskemu", "slovenske"],
    "hu": ["magyar"],
    "de": ["deutsche", "deutschen", "deutscher", "deutsches"],
    "nl": ["nederlands", "nederlandse"],
    "sv": ["svensk", "svenska", "svenskt", "svenske"],
    "da": ["dansk", "danske"],
    "nb": ["norsk", "norske"],
    "fi": ["suomalainen", "suomalaisen", "suomalaista", "suomalaiset"],
    "et": ["eesti"],
    "ro": ["român", "română", "române", "românesc", "românească", "românești"],
    "it": ["italiano", "italiana", "italiani", "italiane"],
    "es": ["español", "española", "españoles", "españolas"],
    "pt": ["português", "portuguesa", "portugueses", "portuguesas", "brasileiro", "brasileira"],
    "en": ["czech", "slovak", "hungarian", "croatian", "slovenian", "swedish", "danish", "norwegian", "finnish",
           "dutch", "italian", "spanish", "portuguese", "romanian"],
}  # fmt: skip
for _language, _forms in OWN_COUNTRY.items():
    ADJECTIVES.setdefault(_language, []).extend(_forms)

#: the nouns for the peoples of the same countries (their lemmas; hunspell gives the case forms) in the languages that
#: capitalize them, which the common-word lists therefore lack (Polish Polacy, Poles, is no Polatsk), listed in lower
#: case with the adjectives, as the Baltic lists above already hold their genitives plural; the English and German
#: ones as written, the Slovene ones (no dictionary here) in the forms the press writes most
PEOPLES = {
    "pl": ["Polak", "Rosjanin", "Litwin", "Łotysz", "Estończyk", "Niemiec", "Ukrainiec", "Amerykanin", "Francuz",
           "Brytyjczyk",
           # the women (not the American woman, the KGB prison's nickname Amerykanka; Polka below)
           "Rosjanka", "Litwinka", "Łotyszka", "Estonka", "Niemka", "Ukrainka", "Francuzka", "Brytyjka"],
    "cs": ["Polák", "Rus", "Litevec", "Lotyš", "Estonec", "Němec", "Ukrajinec", "Američan", "Francouz", "Brit",
           "Ruska", "Litevka", "Lotyška", "Estonka", "Němka", "Ukrajinka", "Francouzka", "Britka"],
    "sk": ["Poliak", "Rus", "Litovec", "Lotyš", "Estónec", "Nemec", "Ukrajinec", "Američan", "Francúz", "Brit",
           "Poľka", "Ruska", "Litovčanka", "Lotyška", "Estónka", "Nemka", "Ukrajinka", "Francúzka", "Britka"],
    "hr": ["Poljak", "Poljaci", "Poljaka", "Rus", "Litavac", "Litavci", "Latvijac", "Estonac", "Nijemac", "Nijemci",
           "Ukrajinac", "Ukrajinci", "Amerikanac", "Amerikanci", "Francuz", "Francuzi", "Britanac", "Britanci",
           # the accusative and dative plural and the dative singular the press writes most (za Poljake i Litavce)
           "Poljake", "Poljacima", "Poljaku", "Ruse", "Rusima", "Litavce", "Litavcima", "Ukrajince", "Ukrajincima",
           "Nijemce", "Nijemcima", "Amerikance", "Francuze", "Britance",
           # the women, in the nominative, genitive, dative and accusative
           "Poljakinja", "Poljakinje", "Poljakinji", "Poljakinju", "Ruskinja", "Ruskinje", "Ruskinji", "Ruskinju",
           "Njemica", "Njemice", "Njemici", "Njemicu",
           "Ukrajinka", "Ukrajinke", "Ukrajinki", "Ukrajinku", "Francuskinja", "Francuskinje", "Francuskinju",
           "Britanka", "Britanke", "Britanku"],
    "en": ["russians", "ukrainians", "lithuanians", "latvians", "estonians", "germans", "americans", "britons"],
    "de": ["russen", "ukrainer", "litauer", "franzosen", "amerikaner", "briten", "russin", "ukrainerin", "litauerin",
           "französin", "britin", "polin"],
    "sl": ["poljaki", "poljakov", "poljakom", "rusi", "rusov", "litovci", "litovcev", "ukrajinci", "ukrajincev",
           "nemci", "nemcev", "američani", "francozi", "poljake", "poljakih", "ruse", "litovce", "ukrajince", "nemce",
           "poljakinja", "rusinja", "nemka", "ukrajinka", "francozinja"],
}  # fmt: skip

#: the peoples' nouns whose lower-case forms are other words of the press (Polish and Czech Polka, a Polish woman:
#: Slovene polka, polku, of a regiment), listed as written, capitalized, with the case forms hunspell gives
PEOPLES_AS_WRITTEN = {"pl": ["Polka"], "cs": ["Polka"]}

#: the neighbours and powers whose names the languages without a dictionary here decline by `CASE_ENDINGS`
NEIGHBOURS = ("RU", "UA", "PL", "LT", "LV", "EE", "MD", "US", "CN", "DE", "FR", "GB", "GE", "KZ")
#: the case endings of a country's name of one word in the languages whose dictionaries here hold no country names,
#: by how the name ends (the adjectival -ska, -čka; a noun in -a; a consonant), from the developers' knowledge of
#: Croatian and Slovene grammar: Rusije, Rusiji, Rusiju, Rusijom; Poljske, Poljskoj; Kazahstana; Slovene Rusijo, Nemčiji
CASE_ENDINGS = {
    "hr": {"ska": ("e", "oj", "u", "om"), "čka": ("e", "oj", "u", "om"), "a": ("e", "i", "u", "om"), "": ("a", "u", "om")},
    "sl": {"ska": ("e", "i", "o"), "a": ("e", "i", "o"), "": ("a", "u", "om")},
}  # fmt: skip


def declined(name: str, language: str) -> set[str]:
    """The case forms `CASE_ENDINGS` gives a country's name of one word (none for a name of two words or more)."""
    if " " in name or language not in CASE_ENDINGS:
        return set()
    for ending, endings in CASE_ENDINGS[language].items():  # the longest ending first, the consonant last
        if ending and name.endswith(ending):
            return {name[:-1] + e for e in endings}
        if not ending and name[-1:] not in "aeiou":
            return {name + e for e in endings}
    return set()


#: short names the news writes for states and unions (no CLDR entry)
ACRONYMS = ["РФ", "США", "СССР", "ЕС", "ООН", "ЗША", "ЕЗ", "ААН", "РП", "USA", "US", "USSR", "UN", "EU",
            "UK", "PRC", "ZSRR", "UE", "ONZ", "UdSSR", "ONU", "URSS", "SR", "ČR", "RF", "BRD"]  # fmt: skip


def _encoding(aff: Path) -> str:
    for line in aff.read_bytes().decode("latin-1").splitlines():
        if line.startswith("SET "):
            return line.split()[1].replace("microsoft-cp1251", "cp1251")
    return "utf-8"


def _entries(words: set[str], dic: Path, encoding: str) -> dict[str, list[str]]:
    """word -> its dictionary entries (stem and flags), for the words the dictionary has."""
    entries: dict[str, list[str]] = {}
    for line in dic.read_bytes().decode(encoding, errors="replace").splitlines()[1:]:
        stem = line.split("/")[0].split("\t")[0].split(" ")[0]
        if stem in words:
            entries.setdefault(stem, []).append(line.split("\t")[0].split(" ")[0])
    return entries


def _unmunch(lines: list[str], aff: Path, encoding: str) -> set[str]:
    """The forms `unmunch` makes of these dictionary entries, in one run."""
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "words.dic"
        small.write_bytes(f"{len(lines)}\n{chr(10).join(lines)}\n".encode(encoding, errors="replace"))
        done = subprocess.run(["unmunch", str(small), str(aff)], capture_output=True, check=True)
    return {f for f in done.stdout.decode(encoding, errors="replace").split() if f and "/" not in f}


def case_forms(words: set[str], dictionary: str) -> dict[str, set[str]]:
    """word -> the forms `unmunch` makes of its dictionary entry (the word alone when it has none)."""
    aff, dic = HUNSPELL / f"{dictionary}.aff", HUNSPELL / f"{dictionary}.dic"
    encoding = _encoding(aff)
    out = {w: {w} for w in words}
    for word, lines in _entries(words, dic, encoding).items():
        out[word] |= _unmunch(lines, aff, encoding)
    return out


def all_case_forms(words: set[str], dictionary: str) -> set[str]:
    """Every form `unmunch` makes of the dictionary's entries for these words, in one run (none without the
    dictionary): for many words at once, when which word a form is of does not matter."""
    aff, dic = HUNSPELL / f"{dictionary}.aff", HUNSPELL / f"{dictionary}.dic"
    if not dic.is_file():
        return set()
    encoding = _encoding(aff)
    lines = [line for entries in _entries(words, dic, encoding).values() for line in entries]
    return _unmunch(lines, aff, encoding) if lines else set()


def write_names(out: Path, header: list[str], names: set[str], note: str = "") -> None:
    """Write a list of names of data/names: its header lines, then one name a line, sorted."""
    out.write_text("\n".join(header + sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} names written to {out}{note}")


def main() -> None:
    names: set[str] = set(ACRONYMS)
    for language, dictionary in LANGUAGES.items():
        locale = Locale.parse(language)
        countries = {
            name for code, name in locale.territories.items()
            if code.isalpha() and len(code) == 2 and code not in SKIP and " " not in name and "-" not in name
        }  # fmt: skip
        # a name of two words or more (Cabo Verde, Sri Lanka) as written: it qualifies a body's name as a phrase
        names |= {
            name for code, name in locale.territories.items()
            if code.isalpha() and len(code) == 2 and code not in SKIP and " " in name and "-" not in name and name[:1].isupper()
        }  # fmt: skip
        names |= {form for code in NEIGHBOURS for form in declined(locale.territories[code], language)}
        adjectives = set(ADJECTIVES.get(language, ()))
        if dictionary is not None and (HUNSPELL / f"{dictionary}.dic").is_file():
            for forms in case_forms(countries | adjectives, dictionary).values():
                names |= forms
        else:
            names |= countries | adjectives
        peoples = set(PEOPLES.get(language, ()))
        if dictionary is not None and (HUNSPELL / f"{dictionary}.dic").is_file():
            peoples |= all_case_forms(peoples, dictionary)
        names |= {form.lower() for form in peoples}
        as_written = set(PEOPLES_AS_WRITTEN.get(language, ()))
        if as_written and dictionary is not None and (HUNSPELL / f"{dictionary}.dic").is_file():
            as_written |= all_case_forms(as_written, dictionary)
        names |= {form for form in as_written if form[:1].isupper()}
    for language in PEOPLES.keys() - LANGUAGES.keys():
        names |= {form.lower() for form in PEOPLES[language]}
    header = [
        "# Names of countries other than Belarus in the languages of the press, every case form, and the adjectives of",
        "# the countries the news names beside Belarus: a word that is one of these (case aside for adjectives) names a",
        "# foreign country, not a place in Belarus (России is not Рось), and qualifies a state body's generic name as",
        "# another country's (Следственный комитет России, Russia's Investigative Committee, российский МИД).",
        "# Sources: Unicode CLDR territory names through babel (Unicode licence), case forms from the hunspell",
        "# dictionaries of Debian (hunspell-ru, -uk, -pl, -be, -cs, -sk, -lt, -lv, -hr; each under its own free licence,",
        "# used as an oracle) expanded with unmunch, adjective lemmas and acronyms by the belnorm developers (MIT); the",
        "# Croatian and Slovene case forms of the neighbours' names (Rusije, Poljskoj, Nemčiji) by the developers' endings,",
        "# as are the adjectives' forms in the languages with no dictionary here (Slovene gruzijskem, Finnish unkarilaisen).",
        "# With the adjectives, the nouns for those countries' peoples that Polish, Czech, Slovak, Croatian, Slovene,",
        "# English and German capitalize (Polacy, Poles, is no Polatsk; lemmas by the developers, forms by hunspell),",
        "# the women's too (Rosjanka, Niemka); Polish and Czech Polka and its forms as written, capitalized, for their",
        "# lower-case forms are other words (Slovene polka, of a regiment): read like a country's name, case counting.",
        "# Made by scripts/make_foreign_countries.py. One name a line (a name of several words, such as Cabo Verde, as",
        "# written); the adjectives and peoples, but Polka, in lower case.",
    ]
    write_names(OUT, header, names)


if __name__ == "__main__":
    main()

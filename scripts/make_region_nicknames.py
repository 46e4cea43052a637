#!/usr/bin/env python3
"""Write data/names/foreign_region_nicknames.txt: the one-word names the Ukrainian, Russian, Belarusian and Polish
press gives to regions of Ukraine, Russia and Poland (Львівщина, Смоленщина, Подмосковье, Podlasie), with their case
forms.

A town right before one of them, in or near it, is that region's town (У Городку на Львівщині, Кировск на
Луганщине), as with the cities and ISO regions of foreign_cities.txt. The nominatives below are the developers'
knowledge of Ukrainian and Russian, for the regions of ISO 3166-2:UA and of Russia's regions bordering Belarus or
in the news beside it; the Ukrainian ones that hunspell-uk lists get every case form `unmunch` makes of the entry
(an oracle belnorm did not write); the others get the regular endings of their declension below. The historical
regions of Latvia and Lithuania and Poland's north-east, Silesia and Pomerania, as the press of each language
writes them, are given with every form (`BALTIC_AND_EXONYMS`). Without the hunspell dictionaries the script
writes fewer Ukrainian, Polish and Russian forms than the committed file holds. Regions that are partly Belarus's
(Полісся, Палессе) are left out, and so is any form the bundled normalizer links to a Belarusian entity.

    apt-get install hunspell-tools hunspell-uk hunspell-pl hunspell-ru
    PYTHONPATH=src python scripts/make_region_nicknames.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_foreign_countries import HUNSPELL, case_forms, write_names  # noqa: E402

from belnorm import Normalizer  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "data" / "names" / "foreign_region_nicknames.txt"

UKRAINIAN = """Київщина Харківщина Львівщина Одещина Полтавщина Сумщина Чернігівщина Черкащина Житомирщина Вінниччина
Хмельниччина Тернопільщина Рівненщина Херсонщина Миколаївщина Дніпропетровщина Донеччина Луганщина Кіровоградщина
Івано-Франківщина Франківщина Запоріжжя Закарпаття Прикарпаття Буковина Волинь Поділля Слобожанщина Галичина
Брянщина Смоленщина Курщина Білгородщина Псковщина Підмосков'я Кубань""".split()
RUSSIAN = """Киевщина Харьковщина Львовщина Одесщина Полтавщина Сумщина Черниговщина Черкасщина Житомирщина
Винничина Хмельнитчина Тернопольщина Ровенщина Херсонщина Николаевщина Днепропетровщина Донетчина Луганщина
Кировоградщина Закарпатье Прикарпатье Буковина Волынь Подолье Слобожанщина Галичина Смоленщина Брянщина Псковщина
Калужщина Новгородчина Орловщина Курщина Белгородчина Тульщина Рязанщина Владимирщина Ярославщина Костромщина
Вологодчина Тамбовщина Нижегородчина Саратовщина Самарщина Пензенщина Ивановщина Архангельщина Ленинградщина
Подмосковье Ставрополье Приморье Забайкалье Прикамье Поволжье Оренбуржье Кубань""".split()
#: republics and other one-word regions of Russia far from Belarus that its news names (В городе Октябрьский в
#: Башкирии, Кировск (Мурманская область) is named by its city's adjective already): their case forms come from
#: hunspell-ru where it lists them, else from the regular endings
RUSSIAN_REPUBLICS = """Башкирия Башкортостан Татарстан Удмуртия Чувашия Мордовия Карелия Якутия Бурятия Чечня Дагестан
Ингушетия Калмыкия Адыгея Хакасия Тыва Кузбасс Ямал Камчатка Чукотка Сибирь Урал""".split()
#: (not Мікалаеўшчына, Mykolaiv's, which is a Belarusian village's name, Якуб Колас's birthplace)
BELARUSIAN = """Смаленшчына Браншчына Пскоўшчына Кіеўшчына Чарнігаўшчына Жытоміршчына Львоўшчына Валынь
Падмаскоўе Калужшчына Наўгародчына Арлоўшчына Куршчына Белгарадчына Тульшчына Разаншчына Уладзіміршчына
Яраслаўшчына Кастрамшчына Валагодчына Тамбоўшчына Ніжагародчына Саратаўшчына Самаршчына Пензеншчына
Архангельшчына Ленінградчына Харкаўшчына Адэшчына Палтаўшчына Сумшчына Чаркашчына Вінніччына Хмяльніччына
Цярнопальшчына Роўненшчына Херсоншчына Днепрапятроўшчына Данеччына Луганшчына Кіраваградшчына""".split()
#: the Polish press's names of Poland's regions (W Lubaniu na Dolnym Śląsku, w Drohiczynie na Podlasiu)
POLISH = """Podlasie Mazowsze Pomorze Śląsk Małopolska Wielkopolska Warmia Mazury Podkarpacie Lubelszczyzna
Suwalszczyzna Kujawy Kaszuby Zamojszczyzna Kurpie Roztocze""".split()

#: the historical regions of Latvia and Lithuania and Poland's north-east, Silesia and Pomerania as the press of each
#: language writes them,
#: every form given (Vidzemē, Žiemgaloje, Kurland, Courlande, Samogitia, Żmudzi, Masurien, Podlachia): news of a
#: small town there names its region so (Zemgalē, Tērvetē)
BALTIC_AND_EXONYMS = """
Vidzeme Vidzemes Vidzemē Vidzemi Vidžemė Vidžemės Vidžemėje Видземе Відземе Zemgale Zemgales Zemgalē Zemgali
Zemgalija Zemgaliji Zemgalije Zemgaliju Žiemgala Žiemgalos Žiemgaloje Semgallen Semigallia Sémigalie Semigalia
Земгале Земгалии Земгалия Kurzeme Kurzemes Kurzemē Kurzemi Kuržemė Kuržemės Kuržemėje Kurland Kurlands Koerland
Courland Courlande Curlandia Kurlandia Kurlandii Kuramaa Kuramaal Kuurinmaa Kuurinmaalla Kurföld Kurföldön Kuronsko
Kuronsku Курземе Курляндия Курляндии Курляндія Курляндії Latgale Latgales Latgalē Latgali Latgala Latgalos Latgaloje
Latgalą Lettgallen Latgalia Latgalii Latgalie Latgalija Latgaliji Latgaliju Латгале Латгалия Латгалии Латгалию
Латгалія Латгалії Sēlija Sēlijas Sēlijā Sėla Sėlos Sėloje Selonia Aukštaitija Aukštaitijos Aukštaitijoje Aukštaitiją
Auksztota Auksztocie Аукштайтия Аукштайтии Аукштайтія Žemaitija Žemaitijos Žemaitijoje Žemaitiją Samogitia
Samogitien Samogitie Samogizia Żmudź Żmudzi Żmudzią Жемайтия Жемайтии Жемайтію Жемайтія Жемайтії Жамойць Жамойці
Dzūkija Dzūkijos Dzūkijoje Dzūkiją Dzukija Dzukijos Dzūkijā Дзукия Дзукии Дзукія Suvalkija Suvalkijos Suvalkijoje
Suvalkiją Sūduva Sūduvos Sūduvoje Сувалкия Сувалкии Masuria Masuren Masurien Mazurië Mazurie Mazúrsko Mazursku
Masurië Masuriassa Mazurija Mazuriji Мазуры Мазурах Мазури Ermland Ermlands Warmië Warmie Warmii Warmią Warmińsko
Podlachia Podlachien Podlachie Podlasiu Podlasia
Silesia Schlesien Niederschlesien Oberschlesien Silésie Slesia Silésia Slezsko Slezsku Slezska Sliezsko Sliezsku
Sliezska Szilézia Sziléziában Sziléziai Silezija Silezijoje Silezijos Silēzija Silēzijā Sileesia Sileesias Sleesia
Sleesiassa Silezia Šleska Šleskoj Šlezija Šleziji Silezië Сілезія Сілезіі Сілезію Силезия Силезии Силезию Сілезії
Pomerania Pommern Poméranie Pomerânia Pomořansko Pomořansku Pomoransko Pomoransku Pomeránia Pomerániában Pomeranija
Pomeranijoje Pomeranijos Pomerānija Pomerānijā Pommeri Pommeris Pommerissa Pomeraniji Pommeren Померания Померании
Поморье Поморья Памор'е Памор'і Помор'я Помор'ї""".split()

#: the shortest Polish form kept
MIN_POLISH_FORM = 6

#: the regular case endings by language and the nominative's ending they replace
ENDINGS = {
    "uk": {"а": ("а", "и", "і", "у", "ою"), "я": ("я", "і", "ю", "ям"), "ь": ("ь", "і", "ю", "ню")},
    "ru": {
        "ия": ("ия", "ии", "ию", "ией"),
        "ня": ("ня", "ни", "не", "ню", "ней"),
        "ея": ("ея", "еи", "ее", "ею", "еей"),
        "а": ("а", "ы", "е", "у", "ой", "ою"),
        "е": ("е", "я", "ю", "ем"),
        "ь": ("ь", "и", "ью"),
        "н": ("н", "на", "не", "ну", "ном"),
        "л": ("л", "ла", "ле", "лу", "лом"),
        "с": ("с", "са", "се", "су", "сом"),
    },
    "be": {"а": ("а", "ы", "е", "у", "ай", "аю"), "е": ("е", "я", "ю", "ем"), "ь": ("ь", "і", "ю")},
}


def regular_forms(word: str, language: str) -> set[str]:
    """The word's case forms by the regular endings of its language (the word alone if none applies)."""
    for ending, endings in ENDINGS[language].items():
        if word.endswith(ending):
            return {word[: -len(ending)] + e for e in endings}
    return {word}


def main() -> None:
    forms: set[str] = set()
    listed = case_forms(set(UKRAINIAN), "uk_UA") if (HUNSPELL / "uk_UA.dic").is_file() else {}
    for word in UKRAINIAN:
        found = listed.get(word, {word})
        forms |= found if len(found) > 1 else regular_forms(word, "uk")
    for word in RUSSIAN:
        forms |= regular_forms(word, "ru")
    russian = case_forms(set(RUSSIAN_REPUBLICS), "ru_RU") if (HUNSPELL / "ru_RU.dic").is_file() else {}
    for word in RUSSIAN_REPUBLICS:
        found = russian.get(word, {word})
        forms |= found if len(found) > 1 else regular_forms(word, "ru")
    for word in BELARUSIAN:
        forms |= regular_forms(word, "be")
    polish = set(POLISH)
    if (HUNSPELL / "pl_PL.dic").is_file():
        for found in case_forms(set(POLISH), "pl_PL").values():
            polish |= found
    # a short form is also a surname or a club (Mazur, Śląsk Wrocław): the case forms after na, w are longer
    forms |= {f for f in polish if len(f) >= MIN_POLISH_FORM}
    forms |= set(BALTIC_AND_EXONYMS)
    normalizer = Normalizer.default()
    linked = {f for f in forms if normalizer.match(f) is not None}
    header = [
        "# One-word names the Ukrainian, Russian, Belarusian and Polish press gives to regions of Ukraine, Russia and",
        "# Poland, with their case forms: a town right before one, in or near it, is that region's town (У Городку на",
        "# Львівщині, w Lubaniu na Dolnym Śląsku); and the historical regions of Latvia and Lithuania and Poland's",
        "# north-east, Silesia and Pomerania as the press of each language writes them (Vidzemē, Kurland, Slezsku).",
        "# Sources: the developers' knowledge of Ukrainian, Russian, Polish and the other languages of the press",
        "# (regions of ISO 3166-2:UA, Russia's regions beside Belarus and its republics and other regions the news",
        "# names, Poland's, Latvia's and Lithuania's historical regions and their exonyms, every form given);",
        "# Ukrainian, Polish and Russian case forms from the hunspell-uk, hunspell-pl and hunspell-ru dictionaries of",
        "# Debian expanded with unmunch where they list the name, the others by the regular endings of their",
        "# declension; regions partly Belarus's (Полісся) and forms the bundled normalizer links to an entity are left",
        "# out. Made by scripts/make_region_nicknames.py; MIT.",
    ]
    write_names(OUT, header, forms - linked, f" ({len(linked)} left out: {', '.join(sorted(linked)) or 'none'})")


if __name__ == "__main__":
    main()

"""Common words and language guessing (belnorm.lexicon): sentences written for these tests, in 25 languages."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from belnorm import lexicon
from belnorm.tables import data_path

ROOT = Path(__file__).resolve().parents[1]
WORDS = data_path("words")

# One or two sentences per language, news-like, none about a real person.
SENTENCES = [
    ("be", "Учора ў горадзе прайшла сустрэча журналістаў з прадстаўнікамі мясцовай улады."),
    ("be", "Гэта самае цікавае, што адбылося з намі за апошні тыдзень."),
    ("be", "Вясна ў гэтым годзе прыйшла рана"),
    ("ru", "Вчера в городе прошла встреча журналистов с представителями местной власти, но ничего не решили."),
    ("ru", "Это было самое интересное, что произошло с нами за последнюю неделю."),
    ("uk", "Учора в місті відбулася зустріч журналістів із представниками місцевої влади, але нічого не вирішили."),
    ("uk", "Це було найцікавіше, що сталося з нами за останній тиждень."),
    ("bg", "Вчера журналистите се срещнаха с представители на местната власт, но нищо не беше решено."),
    ("sr", "Јуче су се новинари састали са представницима локалне власти, али ништа није одлучено."),
    ("hr", "Tko je to rekao? Što se dogodilo jučer u gradu, nitko ne zna."),
    ("en", "Yesterday the city council met with local journalists, but nothing was decided."),
    ("en", "Most of the press was not allowed into the building."),
    ("pl", "Wczoraj w mieście odbyło się spotkanie dziennikarzy z przedstawicielami lokalnych władz."),
    ("cs", "Včera se ve městě konalo setkání novinářů se zástupci místních úřadů, ale nic se nerozhodlo."),
    ("sk", "Včera sa v meste konalo stretnutie novinárov so zástupcami miestnych úradov, ale nič sa nerozhodlo."),
    ("de", "Gestern trafen sich in der Stadt Journalisten mit Vertretern der örtlichen Behörden, aber es wurde nichts entschieden."),
    ("fr", "Hier, les journalistes ont rencontré les représentants des autorités locales, mais rien n'a été décidé."),
    ("es", "Ayer los periodistas se reunieron con los representantes de las autoridades locales, pero no se decidió nada."),
    ("it", "Ieri i giornalisti hanno incontrato i rappresentanti delle autorità locali, ma non è stato deciso nulla."),
    ("pt", "Ontem os jornalistas reuniram-se com os representantes das autoridades locais, mas não foi decidido nada."),
    ("ro", "Ieri jurnaliștii s-au întâlnit cu reprezentanții autorităților locale, dar nu s-a decis nimic."),
    ("lt", "Vakar žurnalistai susitiko su vietos valdžios atstovais, bet nieko nebuvo nuspręsta."),
    ("lv", "Vakar žurnālisti tikās ar vietējās varas pārstāvjiem, bet nekas netika izlemts."),
    ("hu", "Tegnap az újságírók találkoztak a helyi hatóságok képviselőivel, de semmit sem döntöttek el."),
    ("nl", "Gisteren hebben de journalisten met vertegenwoordigers van de lokale overheid gesproken, maar er werd niets besloten."),
    ("da", "I går mødtes journalisterne med repræsentanter for de lokale myndigheder, men der blev ikke besluttet noget."),
    ("da", "Hvad sker der nu? Jeg ved ikke, hvordan det bliver."),
    ("nb", "Hva skjer nå? Jeg vet ikke hvordan dette blir, sa han til avisen."),
    ("sv", "I går träffade journalisterna företrädare för de lokala myndigheterna, men ingenting beslutades."),
    ("fi", "Eilen toimittajat tapasivat paikallisten viranomaisten edustajia, mutta mitään ei päätetty."),
    ("et", "Eile kohtusid ajakirjanikud kohalike võimude esindajatega, kuid midagi ei otsustatud."),
    ("tr", "Dün gazeteciler yerel yetkililerle bir araya geldi, ancak hiçbir karar alınmadı."),
]


# The same few things said in many languages: neighbours must still be told apart.
MORE_SENTENCES = [
    ("be", "Мы доўга чакалі аўтобуса, але ён так і не прыехаў."),
    ("be", "Бацькі хочуць, каб дзеці вучыліся на роднай мове."),
    ("be", "Ці ведаеце вы, колькі цяпер каштуе хлеб?"),
    ("ru", "Мы долго ждали автобуса, но он так и не приехал."),
    ("ru", "Родители хотят, чтобы дети учились на родном языке."),
    ("ru", "Вы знаете, сколько сейчас стоит хлеб?"),
    ("uk", "Ми довго чекали на автобус, але він так і не приїхав."),
    ("uk", "Батьки хочуть, щоб діти навчалися рідною мовою."),
    ("uk", "Чи знаєте ви, скільки зараз коштує хліб?"),
    ("bg", "Дълго чакахме автобуса, но той така и не дойде."),
    ("bg", "Родителите искат децата да учат на родния си език."),
    ("sr", "Дуго смо чекали аутобус, али он није дошао."),
    ("sr", "Родитељи желе да деца уче на матерњем језику."),
    ("hr", "Dugo smo čekali autobus, ali nije došao. Tko zna što se dogodilo."),
    ("pl", "Długo czekaliśmy na autobus, ale nie przyjechał."),
    ("pl", "Rodzice chcą, żeby dzieci uczyły się w ojczystym języku."),
    ("cs", "Dlouho jsme čekali na autobus, ale nepřijel."),
    ("cs", "Rodiče chtějí, aby se děti učily v mateřském jazyce."),
    ("sk", "Dlho sme čakali na autobus, ale neprišiel."),
    ("sk", "Rodičia chcú, aby sa deti učili v materinskom jazyku."),
    ("es", "Esperamos mucho tiempo el autobús, pero no llegó."),
    ("es", "Los padres quieren que sus hijos estudien en su lengua materna."),
    ("pt", "Esperámos muito tempo pelo autocarro, mas ele não chegou."),
    ("pt", "Os pais querem que os filhos estudem na sua língua materna."),
    ("it", "Abbiamo aspettato a lungo l'autobus, ma non è arrivato."),
    ("it", "I genitori vogliono che i figli studino nella loro lingua madre."),
    ("da", "Vi ventede længe på bussen, men den kom aldrig."),
    ("da", "Forældrene vil have, at børnene lærer på deres modersmål."),
    ("nb", "Vi ventet lenge på bussen, men den kom aldri."),
    ("nb", "Foreldrene vil at barna skal lære på morsmålet sitt."),
    ("sv", "Vi väntade länge på bussen, men den kom aldrig."),
    ("sv", "Föräldrarna vill att barnen ska lära sig på sitt modersmål."),
    ("fi", "Odotimme bussia pitkään, mutta se ei tullut."),
    ("et", "Ootasime kaua bussi, aga see ei tulnud."),
    ("et", "Ajakirjanik kirjutas, et pressisekretär kinnitas uudist Tallinnas."),  # et (that), no õ
    ("lt", "Ilgai laukėme autobuso, bet jis neatvažiavo."),
    ("lv", "Mēs ilgi gaidījām autobusu, bet tas neatbrauca."),
    ("de", "Wir haben lange auf den Bus gewartet, aber er ist nicht gekommen."),
    ("nl", "We hebben lang op de bus gewacht, maar hij is niet gekomen."),
    ("fr", "Nous avons longtemps attendu le bus, mais il n'est pas venu."),
    ("en", "We waited a long time for the bus, but it never came."),
    ("ro", "Am așteptat mult autobuzul, dar nu a venit."),
    ("hu", "Sokáig vártuk a buszt, de nem jött."),
    ("tr", "Otobüsü uzun süre bekledik ama gelmedi."),
]


@pytest.mark.parametrize(("lang", "text"), SENTENCES + MORE_SENTENCES)
def test_guess_language(lang, text):
    assert lexicon.guess_language(text) == lang, lexicon.language_scores(text)


@pytest.mark.parametrize("lang", lexicon.languages())
def test_a_language_s_own_frequent_words_are_guessed_as_it(lang):
    text = " ".join(lexicon.most_frequent(lang, 300))
    # Serbian and Croatian share wordfreq's Serbo-Croatian list: their most frequent words are the same
    expected = {"sr", "hr", None} if lang in ("sr", "hr") else {lang}
    assert lexicon.guess_language(text) in expected


def test_sentences_cover_enough_languages():
    assert len({lang for lang, _ in SENTENCES}) >= 25


@pytest.mark.parametrize(
    ("text", "candidates", "lang"),
    [
        ("Весна пришла рано, и все были рады.", ["be", "ru", "uk"], "ru"),
        ("Весна прийшла рано, і всі були раді.", ["be", "ru", "uk"], "uk"),
        ("Вясна прыйшла рана, і ўсе былі рады.", ["be", "ru", "uk"], "be"),
        ("Dnes je pěkný den a všichni jsou venku.", ["pl", "cs", "sk"], "cs"),
        ("Dnes je pekný deň a všetci sú vonku.", ["pl", "cs", "sk"], "sk"),
        ("Dziś jest ładny dzień i wszyscy są na dworze.", ["pl", "cs", "sk"], "pl"),
        ("Hoy hace buen tiempo y todos están en la calle.", ["es", "pt", "it"], "es"),
        ("Hoje está bom tempo e todos estão na rua.", ["es", "pt", "it"], "pt"),
        ("Oggi fa bel tempo e tutti sono per strada.", ["es", "pt", "it"], "it"),
    ],
)
def test_guess_among_neighbours(text, candidates, lang):
    assert lexicon.guess_language(text, candidates=candidates) == lang, lexicon.language_scores(text, candidates=candidates)


@pytest.mark.parametrize("text", ["", "   ", "12 345 678", "!!! ???", "Minsk", "Лукашэнка", "і", "a"])
def test_too_little_evidence(text):
    assert lexicon.guess_language(text) is None


def test_candidates_limit_the_answer():
    text = "Yesterday the city council met with local journalists."
    assert lexicon.guess_language(text, candidates=["de", "fr"]) in (None, "de", "fr")
    assert set(lexicon.language_scores(text, candidates=["de", "fr"])) == {"de", "fr"}
    with pytest.raises(ValueError, match="no word list"):
        lexicon.guess_language(text, candidates=["xx"])


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_guess_never_raises(text):
    assert lexicon.guess_language(text) in (None, *lexicon.languages())


@settings(max_examples=200, deadline=None)
@given(st.text(), st.sampled_from(["be", "en", "sr", "tr", "de"]))
def test_zipf_never_raises(word, lang):
    assert lexicon.zipf(word, lang) >= 0.0


COMMON = [
    ("en", ["most", "Most", "press", "may", "will", "hope", "the", "council"]),
    ("de", ["Most", "mir", "Haus", "Presse", "Frieden", "Regierung"]),
    ("pl", ["most", "rada", "wiosna", "Pokój", "gwiazda"]),
    ("ru", ["как", "Как", "весна", "Весна", "мир", "звезда", "вера"]),
    ("uk", ["рада", "Рада", "весна", "зірка"]),
    ("be", ["вясна", "Вясна", "мір", "Мір", "звязда", "рана", "гэтым", "прыйшла", "ўжо", "сямʼя", "сям'я", "і"]),
    # frequent words in Łacinka, read back to Cyrillic (the classical soft sign too: Siońnia is сёння)
    ("be", ["Siońnia", "była", "Hadoŭ", "čałaviek", "Ułady", "zaŭtra"]),
    ("fr", ["presse", "paix", "printemps"]),
    ("sr", ["мир", "mir", "vlast", "власт"]),
    ("tr", ["İyi", "bugün"]),
    ("et", ["ja", "kuid"]),
]
NAMES = [
    ("en", ["minsk", "Minsk", "maria", "Maria", "kallas", "Kallas", "lukashenko", "belarus", "berlin", "paris"]),
    ("de", ["Minsk", "Maria", "Berlin", "Lukaschenko", "Kallas"]),
    ("pl", ["Mińsk", "Maria", "Łukaszenka", "Kallas"]),
    ("ru", ["Минск", "Мария", "Лукашенко", "Москва"]),
    ("uk", ["Мінськ", "Лукашенко", "Київ"]),  # київ is also a rare form of кий
    ("pl", ["Kraków"]),  # "warszawa" stays: Polish writes the car make in lower case
    ("be", ["Мінск", "Лукашэнка", "Ціханоўская", "Марыя", "Гродна"]),
    # Łacinka names, and one whose way back meets only a dictionary word form (Kupała: купала)
    ("be", ["Mińsk", "Łukašenka", "Cichanoŭskaja", "Kupała"]),
    ("fr", ["Minsk", "Maria", "Loukachenko", "Paris"]),
    ("en", ["Wales", "Warsaw"]),
]


@pytest.mark.parametrize(("lang", "words"), COMMON)
def test_common_words_are_common(lang, words):
    assert [w for w in words if not lexicon.is_common(w, lang)] == []


@pytest.mark.parametrize(("lang", "words"), NAMES)
def test_names_are_not_common(lang, words):
    assert [w for w in words if lexicon.is_common(w, lang)] == []
    assert [w for w in words if lexicon.zipf(w, lang) != 0.0] == []


def test_zipf_orders_words():
    assert lexicon.zipf("the", "en") > lexicon.zipf("press", "en") > lexicon.zipf("journalist", "en") > 0.0
    assert lexicon.is_common("journalist", "en")
    assert not lexicon.is_common("journalist", "en", min_zipf=lexicon.zipf("journalist", "en") + 0.1)
    assert lexicon.zipf("вясна", "be") == lexicon.BE_DICTIONARY_ZIPF
    assert lexicon.zipf("і", "be") > 6.0


def test_most_frequent():
    top = lexicon.most_frequent("en", 50)
    assert len(top) == 50 and top[0] == "the" and "and" in top
    assert all(lexicon.is_common(w, "en") for w in top)
    assert len(lexicon.most_frequent("ru", 2000)) == 2000
    assert "і" in lexicon.most_frequent("be", 10)


def test_unknown_language_raises():
    with pytest.raises(ValueError, match="no word list"):
        lexicon.zipf("most", "xx")


def test_languages():
    langs = lexicon.languages()
    assert langs == tuple(sorted(langs))
    assert {"be", "ru", "uk", "en", "pl", "de", "fr", "es", "it", "pt", "ro", "cs", "sk", "lt", "lv", "hu"} <= set(langs)
    assert {"nl", "da", "sv", "nb", "fi", "tr", "sr", "hr", "bg", "et"} <= set(langs)


def _fixture_words() -> list[str]:
    path = ROOT / "tests" / "fixtures" / "translit" / "be_words_icu_bgn.tsv"
    return [line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]


def test_every_lower_case_hunspell_be_form_is_common():
    # the fixture holds a sample of hunspell-be's forms as unmunch expands them; the lexicon's own affix
    # expansion must know every lower-case one
    forms = [w for w in _fixture_words() if w == w.lower()]
    assert len(forms) > 30_000
    assert [w for w in forms if not lexicon.is_common(w, "be")] == []


def test_capitalised_hunspell_be_entries_are_mostly_not_common():
    names = [w for w in _fixture_words() if w[0].isupper()]
    common = [w for w in names if lexicon.is_common(w, "be")]
    assert len(names) > 1000
    assert len(common) / len(names) < 0.1, common[:20]


def test_be_speller_rejects_non_words():
    assert not lexicon.is_common("мінску", "be")
    assert not lexicon.is_common("ываыва", "be")
    assert not lexicon.is_common("пришла", "be")  # Russian
    assert not lexicon.is_common("что", "be")
    assert lexicon.is_common("прыйшла", "be")


def test_hand_list_words_are_common_and_mostly_dictionary_words():
    lines = (WORDS / "hand" / "be_function_words.tsv").read_text(encoding="utf-8").splitlines()
    words = [line.split("\t")[0] for line in lines if not line.startswith("#")][1:]
    assert len(words) > 100
    assert [w for w in words if lexicon.zipf(w, "be") <= lexicon.BE_DICTIONARY_ZIPF] == []
    # the list may add a few everyday words that hunspell-be lacks, no more
    assert len([w for w in words if not lexicon._be_speller().accepts(w)]) <= 5


def test_headers_name_source_and_licence():
    files = sorted(WORDS.glob("*.tsv")) + [WORDS / "be_hunspell.txt"]
    assert len(files) >= 26
    for path in files:
        header = [l for l in path.read_text(encoding="utf-8").splitlines()[:20] if l.startswith("#")]
        text = "\n".join(header)
        assert re.search(r"^# source: \S", text, re.M), path.name
        assert re.search(r"^# licence: .*(CC BY|MIT)", text, re.M), path.name
        assert "generated by scripts/make_common_words.py" in text, path.name


def test_shipped_size_is_bounded():
    total = sum(p.stat().st_size for p in WORDS.rglob("*") if p.is_file())
    assert total < 6.5 * 1024 * 1024


def _generator():
    spec = importlib.util.spec_from_file_location("make_common_words", ROOT / "scripts" / "make_common_words.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_common_words"] = module
    spec.loader.exec_module(module)
    return module


def test_data_in_sync_with_script(tmp_path):
    """Regenerate a small language and compare: the shipped file is what the script makes."""
    if importlib.util.find_spec("wordfreq") is None or shutil.which("hunspell") is None:
        pytest.skip("needs wordfreq and hunspell (see scripts/make_common_words.py)")
    gen = _generator()
    shipped = (WORDS / "da.tsv").read_text(encoding="utf-8")
    needed = ["da_DK", *gen.VOTERS["latin"]]
    if any(not (gen.HUNSPELL / f"{d}.dic").exists() for d in needed):
        pytest.skip("needs the hunspell dictionaries listed in scripts/make_common_words.py")
    versions = [f"wordfreq {gen.wordfreq_version()}", *(gen.speller(d).source for d in needed)]
    if any(v not in shipped for v in versions):
        pytest.skip(f"installed versions differ from the shipped file's: {versions}")
    gen.make(["da"], tmp_path)
    assert (tmp_path / "da.tsv").read_text(encoding="utf-8") == shipped


def test_croatian_is_told_from_other_languages_though_it_shares_serbian_words() -> None:
    """Croatian and Serbian word lists come from one Serbo-Croatian list: a text in either ties, and reads as Croatian
    (the rules both languages share), not as no language."""
    text = "U Vatikanu je papa primio biskupa, koji mu je govorio o položaju katoličke crkve i vjernika."
    assert lexicon.guess_language(text) == "hr"

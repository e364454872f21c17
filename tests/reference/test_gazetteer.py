"""The gazetteer: people over time, countries by any name, organisations, office titles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pycountry
import pytest

from graphkit.errors import ExtractError
from graphkit.reference.gazetteer import Gazetteer, default_schema_dir


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def test_load_is_cached() -> None:
    assert Gazetteer.load() is Gazetteer.load(default_schema_dir())


@pytest.mark.parametrize(("country", "office", "on", "expected"), [
    ("USA", "president", date(2019, 6, 1), "Donald Trump"),
    ("USA", "president", date(2022, 6, 1), "Joe Biden"),
    ("USA", "president", date(2025, 6, 1), "Donald Trump"),
    ("RUS", "president", date(2025, 7, 1), "Vladimir Putin"),
    ("USA", "secretary of state", date(2023, 4, 5), "Antony Blinken"),
    ("GBR", "prime minister", date(2022, 7, 1), "Boris Johnson"),
    ("GBR", "prime minister", date(2022, 10, 1), "Liz Truss"),
    ("GBR", "prime minister", date(2022, 12, 1), "Rishi Sunak"),
])
def test_office_holder_follows_terms(gaz: Gazetteer, country: str, office: str, on: date,
                                     expected: str) -> None:
    holder = gaz.office_holder(country, office, on)
    assert holder is not None and holder.name == expected


@pytest.mark.parametrize(("country", "office", "on", "expected"), [
    ("USA", "foreign minister", date(2023, 4, 5), "Antony Blinken"),
    ("GBR", "Foreign Secretary", date(2022, 1, 10), "Liz Truss"),
    ("USA", "top diplomat", date(2023, 4, 5), "Antony Blinken"),
])
def test_office_holder_accepts_synonyms_and_same_role_titles(
        gaz: Gazetteer, country: str, office: str, on: date, expected: str) -> None:
    holder = gaz.office_holder(country, office, on)
    assert holder is not None and holder.name == expected


def test_office_holder_is_none_when_several_hold_the_office(gaz: Gazetteer) -> None:
    assert gaz.office_holder("RUS", "spokesperson", date(2024, 1, 1)) is None
    kremlin = gaz.office_holder("RUS", "spokesperson", date(2024, 1, 1), organisation="Kremlin")
    assert kremlin is not None and kremlin.name == "Dmitry Peskov"


@pytest.mark.parametrize(("text", "expected"), [
    ("Sergei Lavrov", "Sergey Lavrov"),
    ("sergey lavrov", "Sergey Lavrov"),
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
    ("Zelenskiy", "Volodymyr Zelenskyy"),
    ("Erdogan", "Recep Tayyip Erdoğan"),
    ("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"),
    ("Raisi", "Ebrahim Raisi"),
    ("Dmitri Peskov", "Dmitry Peskov"),
    ("Xi", "Xi Jinping"),
])
def test_person_by_alias_transliteration_or_unique_surname(gaz: Gazetteer, text: str,
                                                           expected: str) -> None:
    person = gaz.person(text)
    assert person is not None and person.name == expected


@pytest.mark.parametrize(("country", "office", "on", "expected"), [
    ("USA", "president", date(2021, 1, 19), "Donald Trump"),
    ("USA", "president", date(2021, 1, 20), "Joe Biden"),
    ("GBR", "king", date(2022, 9, 7), "Elizabeth II"),
    ("GBR", "king", date(2022, 9, 8), "Charles III"),
])
def test_successor_holds_the_office_on_the_handover_day(
        gaz: Gazetteer, country: str, office: str, on: date, expected: str) -> None:
    holder = gaz.office_holder(country, office, on)
    assert holder is not None and holder.name == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian President Vladimir Putin", "Vladimir Putin"),
    ("Putin's", "Vladimir Putin"),
    ("Foreign Minister Sergei Lavrov", "Sergey Lavrov"),
    ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"),
    ("Sheikh Tamim", "Tamim bin Hamad Al Thani"),
    ("Gen. Asim Munir", "Asim Munir"),
])
def test_person_ignores_titles_honorifics_and_possessives(gaz: Gazetteer, text: str,
                                                          expected: str) -> None:
    person = gaz.person(text)
    assert person is not None and person.name == expected


@pytest.mark.parametrize("surname", ["Kim", "Lee", "May"])
def test_common_surname_never_resolves_alone(gaz: Gazetteer, surname: str) -> None:
    assert gaz.person(surname, on=date(2025, 7, 1)) is None


@pytest.mark.parametrize("surname", ["Sharif", "Johnson"])
def test_shared_surname_never_resolves_alone(gaz: Gazetteer, surname: str) -> None:
    assert len(gaz.surname_candidates(surname)) >= 2
    assert gaz.person(surname) is None


def test_shared_surname_prefers_the_only_one_in_office(gaz: Gazetteer) -> None:
    person = gaz.person("Sharif", on=date(2023, 1, 1))
    assert person is not None and person.name == "Shehbaz Sharif"


@pytest.mark.parametrize(("name", "on", "serving"), [
    ("Olaf Scholz", date(2025, 3, 1), True),
    ("Olaf Scholz", date(2025, 8, 1), False),
    ("Olaf Scholz", None, False),
    ("Friedrich Merz", None, True),
])
def test_a_person_serves_on_a_day_of_an_office_or_with_no_day_in_one_without_end(
        gaz: Gazetteer, name: str, on: date | None, serving: bool) -> None:
    person = gaz.person(name)
    assert person is not None and person.serving(on) is serving


def test_merz_led_the_opposition_before_he_was_chancellor(gaz: Gazetteer) -> None:
    holder = gaz.office_holder("DEU", "opposition leader", date(2024, 6, 1))
    assert holder is not None and holder.name == "Friedrich Merz"


@pytest.mark.parametrize(("text", "code"), [
    ("Russia", "RUS"), ("RUS", "RUS"), ("Russian Federation", "RUS"),
    ("the Kremlin", "RUS"), ("Kremlin", "RUS"), ("Moscow", "RUS"),
    ("the White House", "USA"), ("Washington", "USA"), ("U.S.", "USA"), ("US", "USA"),
    ("America", "USA"), ("Élysée", "FRA"), ("Elysee", "FRA"), ("Downing Street", "GBR"),
    ("Whitehall", "GBR"), ("Zhongnanhai", "CHN"), ("Kyiv", "UKR"), ("Kiev", "UKR"),
    ("Baku", "AZE"), ("Tehran", "IRN"), ("Türkiye", "TUR"), ("Turkey", "TUR"),
    ("Iran", "IRN"), ("South Korea", "KOR"), ("North Korea", "PRK"), ("Britain", "GBR"),
    ("UAE", "ARE"), ("Taiwan", "TWN"), ("Palestine", "PSE"), ("Vietnam", "VNM"),
])
def test_country_by_name_code_or_metonym(gaz: Gazetteer, text: str, code: str) -> None:
    country = gaz.country(text)
    assert country is not None and country.code == code


@pytest.mark.parametrize(("text", "code"), [
    ("Russian", "RUS"), ("Russians", "RUS"), ("Ukrainian", "UKR"), ("Ukrainians", "UKR"),
    ("Azerbaijani", "AZE"), ("Azeri", "AZE"), ("Israeli", "ISR"), ("Pakistani", "PAK"),
    ("British", "GBR"), ("French", "FRA"), ("Chinese", "CHN"), ("Japanese", "JPN"),
    ("Qatari", "QAT"), ("Saudi", "SAU"), ("Iranian", "IRN"), ("Turkish", "TUR"),
])
def test_country_by_demonym(gaz: Gazetteer, text: str, code: str) -> None:
    country = gaz.country(text)
    assert country is not None and country.code == code


@pytest.mark.parametrize("text", ["us", "turkey", "chad", "white house", "Congolese", "USS"])
def test_ordinary_words_and_ambiguous_forms_are_not_countries(gaz: Gazetteer,
                                                              text: str) -> None:
    assert gaz.country(text) is None


def test_every_iso_country_is_present(gaz: Gazetteer) -> None:
    codes = {c.code for c in gaz.countries}
    assert {c.alpha_3 for c in pycountry.countries} <= codes


@pytest.mark.parametrize(("text", "code", "country"), [
    ("NATO", "NATO", None), ("North Atlantic Treaty Organization", "NATO", None),
    ("the State Department", "USA-MFA", "USA"),
    ("Russian Foreign Ministry", "RUS-MFA", "RUS"),
    ("Russia's foreign ministry", "RUS-MFA", "RUS"),
    ("Ministry of Foreign Affairs of the Russian Federation", "RUS-MFA", "RUS"),
    ("Azerbaijani Foreign Ministry", "AZE-MFA", "AZE"),
    ("Hamas", "Hamas", "PSE"), ("Hezbollah", "Hezbollah", "LBN"),
    ("IAEA", "IAEA", None), ("European Commission", "EC", "EU"),
])
def test_organisation_by_name_or_country_and_body(gaz: Gazetteer, text: str, code: str,
                                                   country: str | None) -> None:
    org = gaz.organisation(text)
    assert org is not None and org.code == code
    if country is not None:
        assert org.country == country


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Foreign Ministry of Azerbaijan", "Azerbaijani Foreign Ministry", "AZE"),
    ("Pakistan Army", "Pakistani Armed Forces", "PAK"),
    ("Iran's defence ministry", "Iranian Defence Ministry", "IRN"),
    ("US Foreign Ministry", "State Department", "USA"),
    ("British Foreign Office", "British Foreign Office", "GBR"),
])
def test_national_body_is_named_with_the_adjective(gaz: Gazetteer, text: str, name: str,
                                                    country: str) -> None:
    org = gaz.organisation(text)
    assert org is not None and (org.name, org.country) == (name, country)


def test_bare_body_has_no_country(gaz: Gazetteer) -> None:
    org = gaz.organisation("the foreign ministry")
    assert org is not None and org.code == "MFA" and org.country is None


@pytest.mark.parametrize("text", ["who", "Who", "un", "is"])
def test_acronyms_match_only_in_capitals(gaz: Gazetteer, text: str) -> None:
    assert gaz.organisation(text) is None


@pytest.mark.parametrize(("text", "title"), [
    ("President", "president"), ("Foreign Minister", "foreign minister"),
    ("spokeswoman", "spokesperson"), ("Prime Minister", "prime minister"),
    ("Secretary of State", "secretary of state"), ("top diplomat", "foreign minister"),
    ("Defense Minister", "defence minister"), ("Secretary-General", "secretary general"),
])
def test_office_title_normalises_synonyms(gaz: Gazetteer, text: str, title: str) -> None:
    assert gaz.office_title(text) == title


def test_at_least_400_people(gaz: Gazetteer) -> None:
    assert len(gaz.people) >= 400


def test_people_names_are_unique(gaz: Gazetteer) -> None:
    names = [p.name for p in gaz.people]
    assert len(names) == len(set(names))


def test_every_office_is_well_formed(gaz: Gazetteer) -> None:
    organisations = {o.code for o in gaz.organisations}
    bad = []
    for person in gaz.people:
        if gaz.country_by_code(person.country) is None:
            bad.append((person.name, person.country))
        for office in person.offices:
            if office.start and office.end and office.start > office.end:
                bad.append((person.name, office))
            if gaz.country_by_code(office.country) is None and office.country not in organisations:
                bad.append((person.name, office.country))
            if gaz.office_title(office.title) != office.title:
                bad.append((person.name, office.title))
    assert bad == []


# Offices one person holds at a time in a country (several deputy premiers, envoys or
# spokespeople may serve at once; an organisation's presidents are told apart by org).
_SINGLE_HOLDER = {"president", "prime minister", "chancellor", "king", "emir", "sultan", "pope",
                  "emperor", "supreme leader", "foreign minister", "secretary of state",
                  "high representative", "defence minister", "secretary of defense",
                  "chief adviser", "state counsellor"}


def _overlapping_terms(gaz: Gazetteer) -> list[tuple[str, ...]]:
    """Pairs of terms of one single-holder office of one country that overlap in time."""
    terms: dict[tuple[str, str, str | None], list[tuple[date, date, str]]] = {}
    for person in gaz.people:
        for office in person.offices:
            if office.title not in _SINGLE_HOLDER:
                continue
            org = office.organisation if gaz.country_by_code(office.country) is None else None
            terms.setdefault((office.country, office.title, org), []).append(
                (office.start or date.min, office.end or date.max, person.name))
    overlaps = []
    for (country, title, _), spans in terms.items():
        spans.sort()
        for i, (_start, end, name) in enumerate(spans):
            overlaps += [(country, title, name, other) for other_start, _, other in spans[i + 1:]
                         if other_start < end]
    return overlaps


def test_no_two_terms_of_one_office_overlap(gaz: Gazetteer) -> None:
    assert _overlapping_terms(gaz) == []


def test_overlapping_terms_are_found(tmp_path: Path) -> None:
    folder = _write_schema(tmp_path, (
        "titles: {president: {role: head of state}, envoy: {}}\n"
        "people:\n  RUS:\n"
        "  - name: Ivan Petrov\n    offices: [{title: president, from: 2030-01, to: 2034-05-07}]\n"
        "  - name: Oleg Sidorov\n    offices: [{title: president, from: 2034-05-01}]\n"
        "  - name: Pavel Orlov\n    offices: [{title: envoy, from: 2030}]\n"
        "  - name: Yuri Lebedev\n    offices: [{title: envoy, from: 2031}]\n"))
    assert _overlapping_terms(Gazetteer.load(folder)) == [
        ("RUS", "president", "Ivan Petrov", "Oleg Sidorov")]


def test_surface_forms_cover_every_kind(gaz: Gazetteer) -> None:
    kinds = {kind for _, kind, _ in gaz.all_surface_forms()}
    assert kinds == {"person", "country", "demonym", "metonym", "organisation", "office"}
    assert ("Russian Foreign Ministry", "organisation", "RUS-MFA") in set(gaz.all_surface_forms())


def _write_schema(folder: Path, actors: str) -> Path:
    (folder / "countries.yaml").write_text("countries:\n  RUS: {name: Russia}\n")
    (folder / "organisations.yaml").write_text("organisations: []\n")
    (folder / "actors.yaml").write_text(actors)
    return folder


def test_load_reads_another_schema_folder(tmp_path: Path) -> None:
    folder = _write_schema(tmp_path, (
        "titles: {president: {role: head of state}}\n"
        "people:\n  RUS:\n  - name: Ivan Petrov\n"
        "    offices: [{title: president, from: 2030-01}]\n"))
    gaz = Gazetteer.load(folder)
    assert gaz.office_holder("RUS", "President", date(2030, 6, 1)).name == "Ivan Petrov"
    assert gaz.person("Petrov").offices[0].start == date(2030, 1, 1)


def test_duplicate_keys_are_refused(tmp_path: Path) -> None:
    folder = _write_schema(tmp_path, "people:\n  RUS: []\n  RUS: []\n")
    with pytest.raises(ExtractError, match="duplicate key"):
        Gazetteer.load(folder)


def test_missing_schema_is_an_extract_error(tmp_path: Path) -> None:
    with pytest.raises(ExtractError, match="cannot read"):
        Gazetteer.load(tmp_path / "absent")


@pytest.mark.parametrize("text", ["Recep Erdogan", "Recep Erdoğan", "Turkish President Recep Erdogan"])
def test_person_by_first_name_and_surname_without_the_middle_name(gaz: Gazetteer, text: str) -> None:
    person = gaz.person(text)
    assert person is not None and person.name == "Recep Tayyip Erdoğan"


def test_first_name_and_surname_two_people_share_resolve_to_nobody(tmp_path: Path) -> None:
    folder = _write_schema(tmp_path, (
        "titles: {president: {role: head of state}}\n"
        "people:\n  RUS:\n  - name: Ivan Olegovich Petrov\n  - name: Ivan Pavlovich Petrov\n"
        "  - name: Anna Sergeyevna Volk\n"))
    gaz = Gazetteer.load(folder)
    assert gaz.person("Ivan Petrov") is None
    assert gaz.person("Anna Volk").name == "Anna Sergeyevna Volk"

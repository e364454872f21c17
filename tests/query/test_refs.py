"""Loose actor names -> actor ids (graphkit.query.refs.resolve_ref)."""

from __future__ import annotations

import pytest

from graphkit.errors import QueryError
from graphkit.query.refs import resolve_ref

ACTORS = [
    {"id": "person:vladimir-putin", "name": "Vladimir Putin", "kind": "person",
     "country": "RUS", "aliases": ["Vladimir Vladimirovich Putin"]},
    {"id": "person:putin", "name": "Putin", "kind": "person", "country": "RUS"},
    {"id": "person:sergey-lavrov", "name": "Sergey Lavrov", "kind": "person",
     "country": "RUS", "aliases": ["Sergei Lavrov"]},
    {"id": "org:kremlin", "name": "Kremlin", "kind": "organisation", "country": "RUS"},
    {"id": "country:RUS", "name": "Russia", "kind": "country", "country": "RUS"},
    {"id": "person:donald-trump", "name": "Donald Trump", "kind": "person", "country": "USA"},
    {"id": "person:george-bush", "name": "George Bush", "kind": "person", "country": "USA"},
    {"id": "person:george-w-bush", "name": "George W. Bush", "kind": "person",
     "country": "USA"},
    {"id": "person:jose-lopez", "name": "José López", "kind": "person", "country": "MEX"},
    {"id": "country:GBR", "name": "United Kingdom", "kind": "country", "country": "GBR"},
    {"id": "org:nato", "name": "NATO", "kind": "organisation", "country": "NATO"},
    {"id": "person:mark-rutte", "name": "Mark Rutte", "kind": "person", "country": "NATO"},
]
RUSSIA_IDS = ("country:RUS", "org:kremlin", "person:putin", "person:sergey-lavrov",
              "person:vladimir-putin")


@pytest.mark.parametrize("text", ["Putin", "putin", "Vladimir Putin", "vladimir putin",
                                  "VLADIMIR VLADIMIROVICH PUTIN", "  Putin  "])
def test_a_person_by_name_alias_or_surname(text: str) -> None:
    ref = resolve_ref(ACTORS, text)
    assert ref.kind == "actor"
    assert "person:vladimir-putin" in ref.ids
    assert "country:RUS" not in ref.ids


def test_surname_matches_every_actor_entry_of_that_person() -> None:
    assert resolve_ref(ACTORS, "Putin").ids == ("person:putin", "person:vladimir-putin")
    assert resolve_ref(ACTORS, "Vladimir Putin").ids == ("person:vladimir-putin",)
    assert resolve_ref(ACTORS, "Lavrov").ids == ("person:sergey-lavrov",)
    assert resolve_ref(ACTORS, "sergei lavrov").ids == ("person:sergey-lavrov",)


def test_a_surname_two_people_share_gives_both() -> None:
    ref = resolve_ref(ACTORS, "Bush")
    assert ref.ids == ("person:george-bush", "person:george-w-bush")
    assert ref.label == "George Bush / George W. Bush"


def test_accents_are_ignored() -> None:
    assert resolve_ref(ACTORS, "Jose Lopez").ids == ("person:jose-lopez",)
    assert resolve_ref(ACTORS, "lópez").ids == ("person:jose-lopez",)


@pytest.mark.parametrize("text", ["Russia", "russia", "RUS", "rus", "RU", "Russian Federation",
                                  "country:RUS"])
def test_a_country_gives_every_actor_of_that_country(text: str) -> None:
    ref = resolve_ref(ACTORS, text)
    assert ref.kind == "country" and ref.country == "RUS"
    assert ref.ids == RUSSIA_IDS
    assert ref.label == "Russia (RUS)"


@pytest.mark.parametrize("text", ["UK", "Britain", "United Kingdom", "GBR", "gb"])
def test_country_short_names_and_codes(text: str) -> None:
    ref = resolve_ref(ACTORS, text)
    assert ref.kind == "country" and ref.ids == ("country:GBR",)


def test_an_organisation_code_used_as_country() -> None:
    assert resolve_ref(ACTORS, "NATO").ids == ("org:nato",)  # the org by name first
    assert resolve_ref(ACTORS, "org:nato").ids == ("org:nato",)


def test_a_country_with_no_actors_matches_nothing() -> None:
    with pytest.raises(QueryError, match="no actor matches 'France'"):
        resolve_ref(ACTORS, "France")


@pytest.mark.parametrize("text", ["Zelensky", "", "   ", "person:nobody"])
def test_nothing_matches_raises_query_error(text: str) -> None:
    with pytest.raises(QueryError, match="no actor matches|matches nothing"):
        resolve_ref(ACTORS, text)


WITH_MIDDLE_NAMES = [
    {"id": "person:arlen-brand-voss", "name": "Arlen Brand Voss", "kind": "person",
     "country": "CRV"},
    {"id": "person:ilse-dora-marrow", "name": "Ilse Dora Marrow", "kind": "person",
     "country": "DST"},
    {"id": "person:ilse-karin-marrow", "name": "Ilse Karin Marrow", "kind": "person",
     "country": "DST"},
    {"id": "person:tomas-reld", "name": "Tomas Reld", "kind": "person", "country": "CRV",
     "aliases": ["Tomás Jan Ole Reld"]},
]


@pytest.mark.parametrize("text, found", [("Arlen Voss", "person:arlen-brand-voss"),
                                         ("ARLEN VOSS", "person:arlen-brand-voss"),
                                         ("tomas reld", "person:tomas-reld")])
def test_a_first_and_last_name_finds_the_one_person_with_a_middle_name(text, found) -> None:
    assert resolve_ref(WITH_MIDDLE_NAMES, text).ids == (found,)


def test_a_first_and_last_name_of_two_people_is_ambiguous() -> None:
    with pytest.raises(QueryError, match="did you mean Ilse Dora Marrow or Ilse Karin Marrow"):
        resolve_ref(WITH_MIDDLE_NAMES, "Ilse Marrow")


# a fresh interpreter, so that no earlier test has already read the gazetteer
_AFTER_A_MEND = """
import os, sys
from graphkit.query.refs import resolve_ref
actors = [{"id": "country:RUS", "name": "Russia", "kind": "country", "country": "RUS"}]
os.environ["GRAPHKIT_ACTORS"] = sys.argv[1]
try:
    resolve_ref(actors, "Moscow")
except Exception:
    pass
del os.environ["GRAPHKIT_ACTORS"]
print(resolve_ref(actors, "Moscow").country)
"""


def test_a_capital_names_its_country_again_once_a_broken_actors_file_is_mended(tmp_path) -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    import graphkit

    broken = tmp_path / "actors.yaml"
    broken.write_text("people: [unclosed", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(graphkit.__file__).resolve().parents[1])}
    run = subprocess.run([sys.executable, "-c", _AFTER_A_MEND, str(broken)], capture_output=True,
                         text=True, env=env)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "RUS"

"""A user's own gazetteer file ($GRAPHKIT_ACTORS): people and titles the shipped one lacks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graphkit.errors import ExtractError
from graphkit.extract import Extractor
from graphkit.model import Article
from graphkit.reference.gazetteer import ACTORS_ENV, Gazetteer

# An invented official of a real country, with a title the shipped gazetteer does not have.
OWN = """\
titles:
  fisheries minister: {role: fisheries minister, synonyms: [minister of fisheries]}
people:
  NOR:
  - name: Halvard Strand
    aliases: [Halvard Strandh]
    offices: [{title: fisheries minister, from: 2024-01-10}]
"""


@pytest.fixture
def own_file(tmp_path: Path) -> Path:
    path = tmp_path / "my-actors.yaml"
    path.write_text(OWN, encoding="utf-8")
    return path


def test_own_people_join_the_shipped_ones(own_file: Path) -> None:
    gaz = Gazetteer.load(own_actors=[own_file])
    own = gaz.person("Halvard Strandh")
    assert own is not None and (own.name, own.country) == ("Halvard Strand", "NOR")
    assert gaz.person("Vladimir Putin") is not None


def test_own_title_finds_its_holder_by_a_synonym(own_file: Path) -> None:
    holder = Gazetteer.load(own_actors=[own_file]).office_holder(
        "NOR", "minister of fisheries", date(2025, 3, 12))
    assert holder is not None and holder.name == "Halvard Strand"


def test_own_entry_replaces_the_shipped_person_of_that_name(tmp_path: Path) -> None:
    path = tmp_path / "fix.yaml"
    path.write_text("people:\n  DEU:\n  - name: Friedrich Merz\n    aliases: [Fritz Merz]\n"
                    "    offices: [{title: chancellor, from: 2025-05-06}]\n", encoding="utf-8")
    gaz = Gazetteer.load(own_actors=[path])
    found = gaz.person("Fritz Merz")
    assert found is not None and found.name == "Friedrich Merz"
    assert [p.name for p in gaz.people].count("Friedrich Merz") == 1


def test_the_environment_names_the_files(own_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ACTORS_ENV, str(own_file))
    assert Gazetteer.load().person("Halvard Strand") is not None
    monkeypatch.delenv(ACTORS_ENV)
    assert Gazetteer.load().person("Halvard Strand") is None


def test_a_changed_file_is_read_again(own_file: Path) -> None:
    assert Gazetteer.load(own_actors=[own_file]).person("Ingrid Vassbotn") is None
    own_file.write_text(OWN + "  - name: Ingrid Vassbotn\n    gender: female\n"
                        "    offices: [{title: fisheries minister, from: 2022-01-01, to: 2024-01-10}]\n",
                        encoding="utf-8")
    assert Gazetteer.load(own_actors=[own_file]).person("Ingrid Vassbotn") is not None


def test_a_missing_file_is_one_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.yaml"
    with pytest.raises(ExtractError, match=f"nowhere.yaml.*{ACTORS_ENV}"):
        Gazetteer.load(own_actors=[missing])


@pytest.mark.parametrize("text", ["- Halvard Strand\n", "people:\n  NOR:\n  - aliases: [x]\n",
                                  "persons:\n  NOR: []\n"])
def test_a_file_of_another_shape_is_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ExtractError, match="bad.yaml"):
        Gazetteer.load(own_actors=[path])


def test_extraction_names_the_own_official_by_title_and_surname(
        own_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ACTORS_ENV, str(own_file))
    text = ("Norway's fisheries minister met Iceland's Foreign Minister Sigrun Hallsdottir in "
            "Tromso on Tuesday. Strand later accused Russia of breaking the quota deal.")
    events = Extractor().extract(Article(id="own", title="t", text=text,
                                         published=date(2025, 3, 12))).events
    named = {(e.type, a.name) for e in events for a in e.actors}
    assert ("MEET", "Halvard Strand") in named
    assert ("ACCUSE", "Halvard Strand") in named

"""One person under several spellings: a full name spelled otherwise than the gazetteer's is
its person, and the surname as written names that person again; one behaviour each, on
sentences written for these tests (invented people, in a copy of the schema where the
gazetteer must know them)."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml
from extract.helpers import PUBLISHED

from graphkit.extract import Extractor
from graphkit.reference.entries import build_people
from graphkit.reference.gazetteer import Gazetteer
from graphkit.resources import schema_dir

_PEOPLE = {"people": {"PER": [
    {"name": "Halim Omar Qarrubah", "offices": [{"title": "prime minister", "from": "2020-01-01"}]},
    {"name": "Tomas Velt", "offices": []},
]}}


def test_a_full_name_spelled_otherwise_is_the_gazetteer_person():
    gazetteer = Gazetteer([], [], [], build_people(_PEOPLE), [])
    found = gazetteer.person("Halim Omar Qarruba")  # the surname without its last "h", "a" for "ah"
    assert found is not None and found.name == "Halim Omar Qarrubah"
    assert gazetteer.person("Karim Omar Qarruba") is None  # another given name: another person
    assert gazetteer.person("Tomas Vault") is None  # "Velt": a surname too short to tell


def test_the_surname_as_written_names_the_person_again(extractor, tmp_path: Path):
    folder = tmp_path / "schema"
    shutil.copytree(schema_dir(), folder)
    data = yaml.safe_load((folder / "actors.yaml").read_text(encoding="utf-8"))
    data["people"].setdefault("PER", []).append(_PEOPLE["people"]["PER"][0])
    (folder / "actors.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    own = Extractor(nlp=extractor.nlp, schema_dir=folder)
    text = ("Prime Minister Halim Omar Qarruba arrived in Quito on Monday. "
            "Qarruba met the Ecuadorian president.")
    doc = own.nlp(text)
    found = own.actors.mentions(doc, PUBLISHED)
    later = next(t for t in doc if t.text == "Qarruba" and t.i > 5)
    mention = found.at(later.i)
    assert mention is not None
    assert (mention.actors[0].name, mention.actors[0].country) == ("Halim Omar Qarrubah", "PER")

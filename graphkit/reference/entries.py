"""The entries of graphkit's reference data, built from ``schema/``: people and their
offices (``actors.yaml``), countries (``countries.yaml`` over ``pycountry``) and
organisations (``organisations.yaml``).

:class:`~graphkit.reference.gazetteer.Gazetteer` indexes them by every name they go by;
extraction, resolution and queries read them through it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pycountry
import yaml

from graphkit.errors import ExtractError
from graphkit.resources import load_yaml


@dataclass(frozen=True)
class Office:
    """One office held by a person.

    ``country`` is an ISO alpha-3 code or an organisation's code (``NATO``, ``EU``).
    ``end`` is the day the term ended, which is the successor's first day: on a handover
    day the successor holds the office. None means still held when the data was revised.
    """

    title: str
    country: str
    organisation: str | None = None
    start: date | None = None
    end: date | None = None

    def held_on(self, on: date) -> bool:
        """True when ``on`` falls within the term: from ``start`` up to, not including, ``end``."""
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(frozen=True)
class PersonEntry:
    """A person of the gazetteer; ``country`` is their own, offices may be NATO's or EU's."""

    name: str
    aliases: tuple[str, ...]
    country: str
    offices: tuple[Office, ...]
    wikidata: str | None = None
    surnames: tuple[str, ...] = ()
    # "male" or "female" where the gazetteer states it (graphkit.extract.gender)
    gender: str | None = None

    def office_on(self, on: date | None) -> Office | None:
        """The office held on ``on`` (the first listed if several); with None, the current
        office, else the most recently ended one."""
        if on is not None:
            return next((o for o in self.offices if o.held_on(on)), None)
        current = [o for o in self.offices if o.end is None]
        if current:
            return current[0]
        ended = sorted(self.offices, key=lambda o: o.end or date.min, reverse=True)
        return ended[0] if ended else None

    def serving(self, on: date | None) -> bool:
        """Whether the person holds an office on ``on`` (with None, one with no end)."""
        if on is None:
            return any(o.end is None for o in self.offices)
        return any(o.held_on(on) for o in self.offices)


@dataclass(frozen=True)
class CountryEntry:
    """A country: ISO alpha-3 ``code`` (XKX for Kosovo), common ``name``, other ``names``,
    ``demonyms`` ("Russian", "Russians"), ``metonyms`` ("Moscow", "the Kremlin") and its
    ``wikidata`` item ("Q159")."""

    code: str
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    metonyms: tuple[str, ...]
    wikidata: str | None = None


@dataclass(frozen=True)
class OrganisationEntry:
    """An organisation; ``country`` is who a national body speaks for (None if nobody)."""

    code: str
    name: str
    names: tuple[str, ...]
    country: str | None
    kind: str


@dataclass(frozen=True)
class TitleEntry:
    key: str
    role: str | None
    synonyms: tuple[str, ...]


def as_date(value: Any) -> date | None:
    """A YAML date, ``"YYYY-MM"`` (first of the month) or ``"YYYY"`` (1 January)."""
    if value is None or isinstance(value, date):
        return value
    parts = [int(p) for p in str(value).split("-")]
    return date(*(parts + [1, 1])[:3])


def read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return load_yaml(handle) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ExtractError(f"cannot read gazetteer data {path}: {exc}") from exc


# -- building entries from YAML ----------------------------------------------------------


def strings(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def build_countries(data: dict[str, Any]) -> list[CountryEntry]:
    extra: dict[str, dict[str, Any]] = data.get("countries") or {}
    entries = []
    iso = {c.alpha_3: c for c in pycountry.countries}
    for code in sorted(set(iso) | set(extra)):
        row = extra.get(code) or {}
        record = iso.get(code)
        official = [getattr(record, a, None) for a in ("common_name", "name", "official_name")]
        official = [n for n in official if n and "," not in n]
        name = row.get("name") or (official[0] if official else code)
        names = tuple(dict.fromkeys(n for n in (*strings(row.get("names")), *official)
                                    if n != name))
        entries.append(CountryEntry(code, name, names, strings(row.get("demonyms")),
                                    strings(row.get("metonyms")), row.get("wikidata")))
    return entries


def build_organisations(data: dict[str, Any], key: str) -> list[OrganisationEntry]:
    return [
        OrganisationEntry(str(row["code"]), str(row["name"]), strings(row.get("names")),
                          row.get("country"), str(row.get("kind", "international")))
        for row in data.get(key) or []
    ]


def build_people(data: dict[str, Any]) -> list[PersonEntry]:
    people = []
    groups: dict[str, list[dict[str, Any]]] = data.get("people") or {}
    for group, row in ((g, r) for g, rows in groups.items() for r in rows or []):
        country = str(row.get("country", group))
        offices = tuple(
            Office(str(o["title"]), str(o.get("country", country)), o.get("org"),
                   as_date(o.get("from")), as_date(o.get("to")))
            for o in row.get("offices") or []
        )
        name = str(row["name"])
        aliases = strings(row.get("aliases"))
        surnames = strings(row["surnames"]) if "surnames" in row else (name.split()[-1],)
        surnames = tuple(dict.fromkeys((*surnames, *(a for a in aliases if " " not in a))))
        people.append(PersonEntry(name, aliases, country, offices, row.get("wikidata"),
                                  surnames, row.get("gender")))
    return people


def build_titles(data: dict[str, Any]) -> list[TitleEntry]:
    return [TitleEntry(str(key), (row or {}).get("role"), strings((row or {}).get("synonyms")))
            for key, row in (data.get("titles") or {}).items()]

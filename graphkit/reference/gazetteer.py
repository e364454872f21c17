"""The gazetteer: who is who, which country is which, and what an office is called.

Everything here is data from ``schema/``; this module only loads it once and indexes it:

- ``countries.yaml``: the common name, other names, demonyms and metonyms (capitals, seats
  of government) of every country; codes and official names come from ``pycountry``.
- ``organisations.yaml``: international organisations, armed groups, media and companies,
  national bodies (``State Department``), and generic *bodies* ("Foreign Ministry") that
  combine with any country ("Russian Foreign Ministry", "Ministry of Foreign Affairs of
  Iran") without listing every country's ministry.
- ``actors.yaml``: office titles with their synonyms and roles, and people with the
  offices they held and when.
- the user's own gazetteer files, named by ``$GRAPHKIT_ACTORS`` (paths separated as in
  ``PATH``) or given to :meth:`Gazetteer.load`: ``people:`` and ``titles:`` in the form of
  ``actors.yaml``, added to the shipped ones. A person of the same full name as a shipped
  one replaces that entry (a user's correction of an office or its dates wins); a title of
  the same key replaces the shipped title.

Matching folds accents, apostrophes, hyphens, a leading "the" and case, except that a
form written all in capitals ("US", "WHO", "IS") or listed under ``case_sensitive`` because
it is also an ordinary word ("Turkey", "Chad", "White House") matches only with its
capitals, and alpha-3 codes match only as codes ("RUS"). A form that belongs to two
entries ("Congolese") resolves to neither.

Example:
    >>> from datetime import date
    >>> gaz = Gazetteer.load()
    >>> gaz.country("the Kremlin").code
    'RUS'
    >>> gaz.office_holder("USA", "president", date(2022, 1, 1)).name
    'Joe Biden'
"""

from __future__ import annotations

import functools
import os
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path

from graphkit.errors import ExtractError
from graphkit.reference.entries import (
    CountryEntry,
    OrganisationEntry,
    PersonEntry,
    TitleEntry,
    build_countries,
    build_organisations,
    build_people,
    build_titles,
    read_yaml,
    strings,
)
from graphkit.resources import schema_dir

#: The environment variable naming the user's own gazetteer files.
ACTORS_ENV = "GRAPHKIT_ACTORS"
_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2013": "-"})


def default_schema_dir() -> Path:
    """Where the YAML lives: ``$GRAPHKIT_SCHEMA_DIR``, else ``<repo>/schema``.

    (See :mod:`graphkit.resources`.)
    """
    return schema_dir()


@functools.lru_cache(maxsize=65536)
def _fold(text: str, keep_case: bool = False) -> str:
    """Fold accents, apostrophes, hyphens, spacing and a leading "the" (and case unless
    ``keep_case``): ``"the  Élysée"`` -> ``"elysee"``."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = " ".join(text.replace("-", " ").split())
    text = _ARTICLE.sub("", text)
    return text if keep_case else text.casefold()


class _Index:
    """Surface form -> keys, with case-sensitive forms kept apart."""

    def __init__(self, case_sensitive: Iterable[str] = ()) -> None:
        self._listed = {_fold(f, keep_case=True) for f in case_sensitive}
        self._exact: dict[str, set[str]] = defaultdict(set)
        self._folded: dict[str, set[str]] = defaultdict(set)

    def add(self, form: str, key: str, exact_only: bool = False) -> None:
        exact = _fold(form, keep_case=True)
        self._exact[exact].add(key)
        letters = [c for c in exact if c.isalpha()]
        if not (exact_only or exact in self._listed or (letters and exact.isupper())):
            self._folded[exact.casefold()].add(key)

    def keys(self, text: str) -> set[str]:
        exact = _fold(text, keep_case=True)
        return self._exact.get(exact) or self._folded.get(exact.casefold(), set())

    def get(self, text: str) -> str | None:
        found = self.keys(text)
        return next(iter(found)) if len(found) == 1 else None


class Gazetteer:
    """Lookups over people, countries, organisations and office titles.

    Build it with :meth:`load` (cached per folder); every lookup is a dict access.
    """

    def __init__(self, countries: list[CountryEntry], organisations: list[OrganisationEntry],
                 bodies: list[OrganisationEntry], people: list[PersonEntry],
                 titles: list[TitleEntry], case_sensitive: Iterable[str] = (),
                 adjectives: dict[str, str] | None = None,
                 honorifics: Iterable[str] = (), common_surnames: Iterable[str] = (),
                 own_titles: Iterable[TitleEntry] = ()) -> None:
        case_sensitive = tuple(case_sensitive)
        #: the titles of the user's own gazetteer files, which the mention finder reads as
        #: descriptions ("Norway's fisheries minister") beside schema/mentions.yaml's
        self.own_titles = tuple(own_titles)
        self._adjectives = dict(adjectives or {})
        self._honorifics = {_fold(h).removesuffix(".") for h in honorifics}
        self._common_surnames = {_fold(n) for n in common_surnames}
        self._countries = {c.code: c for c in countries}
        self._country_index = _Index(case_sensitive)
        for c in countries:
            self._country_index.add(c.code, c.code, exact_only=True)
            for form in (c.name, *c.names, *c.demonyms, *c.metonyms):
                self._country_index.add(form, c.code)

        self._organisations = {o.code: o for o in organisations}
        self._org_index = _Index(case_sensitive)
        for o in organisations:
            for form in (o.code, o.name, *o.names):
                self._org_index.add(form, o.code)
        self._bodies = {b.code: b for b in bodies}
        self._body_index = _Index(case_sensitive)
        for b in bodies:
            for form in (b.name, *b.names):
                self._body_index.add(form, b.code)

        self._titles = {t.key: t for t in titles}
        self._title_index = _Index()
        for t in titles:
            for form in (t.key, *t.synonyms):
                self._title_index.add(form, t.key)

        self._people = people
        self._person_index = _Index()
        self._surname_index: dict[str, list[PersonEntry]] = defaultdict(list)
        self._holders: dict[tuple[str, str], list[PersonEntry]] = defaultdict(list)
        for p in people:
            for form in (p.name, *p.aliases):
                if len(form.split()) > 1:
                    self._person_index.add(form, p.name)
            for surname in p.surnames:
                bucket = self._surname_index[_fold(surname)]
                if p not in bucket:
                    bucket.append(p)
            for o in p.offices:
                if p not in self._holders[(o.country, o.title)]:
                    self._holders[(o.country, o.title)].append(p)
        self._by_name = {p.name: p for p in people}

    # -- loading ---------------------------------------------------------------------

    @classmethod
    def load(cls, schema_dir: Path | None = None,
             own_actors: Sequence[str | Path] | None = None) -> Gazetteer:
        """The gazetteer of ``schema_dir`` (default :func:`default_schema_dir`) with the
        user's own people and titles of ``own_actors`` (default: the files
        ``$GRAPHKIT_ACTORS`` names), cached until one of those files changes.

        Raises:
            ExtractError: a YAML file is missing or malformed.

        Example:
            >>> gaz = Gazetteer.load(own_actors=[])  # the shipped gazetteer alone
            >>> gaz.person("Zelenskiy").name
            'Volodymyr Zelenskyy'
        """
        files = own_actor_files() if own_actors is None else tuple(Path(p) for p in own_actors)
        return _load_cached(Path(schema_dir or default_schema_dir()).resolve(),
                            tuple((path.resolve(), _version(path)) for path in files))

    # -- people ----------------------------------------------------------------------

    @property
    def people(self) -> tuple[PersonEntry, ...]:
        return tuple(self._people)

    def person(self, name: str, on: date | None = None) -> PersonEntry | None:
        """A person by full name or alias, or by a bare surname that only one person has.

        A surname listed as common ("Kim", "May") never resolves alone.
        When several people share the surname and ``on`` is given, the one who held an
        office on that day is chosen if exactly one did; otherwise None. Leading titles,
        honorifics and country words and a possessive are ignored when the text as given
        finds nobody ("Russian Foreign Minister Sergei Lavrov's").

        Example: ``person("Sergei Lavrov")``, ``person("Zelenskiy")`` -> the entry.
        """
        for text in dict.fromkeys((name, self._bare_name(name))):
            found = self._person_by_name(text, on)
            if found is not None:
                return found
        return None

    def _person_by_name(self, name: str, on: date | None) -> PersonEntry | None:
        key = self._person_index.get(name)
        if key is not None:
            return self._by_name[key]
        if _fold(name) in self._common_surnames:
            return None
        words = _fold(name).split()
        if len(words) == 2:  # "Recep Erdogan": the one person of that surname and first name
            candidates = [p for p in self.surname_candidates(words[1])
                          if any(_fold(form).split()[0] == words[0] for form in (p.name, *p.aliases)
                                 if len(form.split()) > 2)]
            if len(candidates) == 1:
                return candidates[0]
        candidates = self.surname_candidates(name)
        if len(candidates) == 1:
            return candidates[0]
        if on is not None and candidates:
            serving = [p for p in candidates if p.office_on(on) is not None]
            if len(serving) == 1:
                return serving[0]
        return None

    def _bare_name(self, text: str) -> str:
        """``"Russian President Vladimir Putin's"`` -> ``"Vladimir Putin"``: leading titles,
        honorifics and country words and a trailing possessive dropped."""
        words = _fold(text, keep_case=True).removesuffix("'s").split()
        start = 0
        while start < len(words) - 1:
            for size in range(min(4, len(words) - 1 - start), 0, -1):
                prefix = " ".join(words[start:start + size])
                if (prefix.casefold().removesuffix(".") in self._honorifics
                        or self.office_title(prefix) or self._country_index.get(prefix)):
                    start += size
                    break
            else:
                break
        return " ".join(words[start:])

    def surname_candidates(self, surname: str) -> list[PersonEntry]:
        """Everyone whose surname (or one-word alias) is ``surname``."""
        return list(self._surname_index.get(_fold(surname), ()))

    def office_holders(self, country: str, office: str, on: date,
                       organisation: str | None = None) -> list[PersonEntry]:
        """Everyone holding ``office`` for ``country`` on ``on``.

        ``office`` is any title or synonym; when nobody holds that exact title, holders
        of a title with the same role answer (the US "secretary of state" for "foreign
        minister", and the other way round).
        """
        title = self.office_title(office) or office.casefold()
        found = self._serving(country, [title], on, organisation)
        role = self._titles[title].role if title in self._titles else None
        if not found and role:
            same_role = [t.key for t in self._titles.values() if t.role == role]
            found = self._serving(country, same_role, on, organisation)
        return found

    def office_holder(self, country: str, office: str, on: date,
                      organisation: str | None = None) -> PersonEntry | None:
        """The one person holding ``office`` for ``country`` on ``on``, else None.

        Example: ``office_holder("RUS", "president", date(2025, 7, 1))`` -> Putin.
        """
        found = self.office_holders(country, office, on, organisation)
        return found[0] if len(found) == 1 else None

    def _serving(self, country: str, titles: list[str], on: date,
                 organisation: str | None) -> list[PersonEntry]:
        wanted = _fold(organisation) if organisation else None
        found: list[PersonEntry] = []
        for title in titles:
            for p in self._holders.get((country, title), ()):
                if p not in found and any(
                    o.country == country and o.title == title and o.held_on(on)
                    and (wanted is None or _fold(o.organisation or "") == wanted)
                    for o in p.offices
                ):
                    found.append(p)
        return found

    def office_title(self, text: str) -> str | None:
        """The normalised office key of a title: ``"spokeswoman"`` -> ``"spokesperson"``."""
        return self._title_index.get(text)

    # -- countries and organisations --------------------------------------------------

    @property
    def countries(self) -> tuple[CountryEntry, ...]:
        return tuple(self._countries.values())

    @property
    def organisations(self) -> tuple[OrganisationEntry, ...]:
        return tuple(self._organisations.values())

    def country(self, text: str) -> CountryEntry | None:
        """A country by alpha-3 code, name, demonym or metonym: ``"the Kremlin"`` -> RUS."""
        code = self._country_index.get(text)
        return self._countries[code] if code else None

    def country_by_code(self, code: str) -> CountryEntry | None:
        return self._countries.get(code.upper())

    def organisation(self, text: str) -> OrganisationEntry | None:
        """An organisation by code or name, or a country's body by pattern.

        ``"NATO"``, ``"the State Department"``; ``"Russian Foreign Ministry"``,
        ``"Russia's foreign ministry"`` and ``"Ministry of Foreign Affairs of Russia"`` ->
        ``RUS-MFA`` (country RUS); a bare ``"Foreign Ministry"`` has no country.
        """
        code = self._org_index.get(text)
        if code is not None:
            return self._organisations[code]
        body = self._body_index.get(text)
        if body is not None:
            return self._bodies[body]
        return self._national_body(text)

    def _national_body(self, text: str) -> OrganisationEntry | None:
        folded = _fold(text, keep_case=True)
        words = folded.split()
        pairs = [(" ".join(words[:cut]).removesuffix("'s"), " ".join(words[cut:]))
                 for cut in range(1, len(words))]
        for of in re.finditer(r" of (?:the )?", folded, re.IGNORECASE):
            pairs.append((folded[of.end():], folded[:of.start()]))
        for country_text, body_text in pairs:
            body_code = self._body_index.get(body_text)
            country = self.country(country_text) if body_code else None
            if country is not None and body_code is not None:
                return self._body_of(country, self._bodies[body_code])
        return None

    def _body_of(self, country: CountryEntry, body: OrganisationEntry) -> OrganisationEntry:
        code = f"{country.code}-{body.code}"
        if code in self._organisations:
            return self._organisations[code]
        adjective = self._adjectives.get(country.code) or (
            country.demonyms[0] if country.demonyms else country.name)
        return OrganisationEntry(code, f"{adjective} {body.name}", (), country.code, body.kind)

    # -- surface forms ----------------------------------------------------------------

    def all_surface_forms(self) -> Iterator[tuple[str, str, str]]:
        """Every (text, kind, key) worth matching in running text, for a PhraseMatcher.

        Kinds: person (key: canonical name), country, demonym, metonym (key: code),
        organisation (key: code; national bodies as "<demonym> <body>"), office (key:
        title). Alpha-3 codes and one-word person aliases shared by two people are left
        out.
        """
        for p in self._people:
            for form in dict.fromkeys((p.name, *p.aliases)):
                if len(form.split()) > 1 or len(self.surname_candidates(form)) == 1:
                    yield form, "person", p.name
        for c in self._countries.values():
            for form in dict.fromkeys((c.name, *c.names)):
                yield form, "country", c.code
            for form in c.demonyms:
                yield form, "demonym", c.code
            for form in c.metonyms:
                yield form, "metonym", c.code
        for o in self._organisations.values():
            for form in dict.fromkeys((o.name, *o.names, o.code)):
                yield form, "organisation", o.code
        for b in self._bodies.values():
            for form in dict.fromkeys((b.name, *b.names)):
                yield form, "organisation", b.code
            for c in self._countries.values():
                if c.demonyms:  # states; "Bouvet Island Foreign Ministry" is no form
                    national = self._body_of(c, b)
                    yield national.name, "organisation", national.code
        for t in self._titles.values():
            for form in dict.fromkeys((t.key, *t.synonyms)):
                yield form, "office", t.key


def own_actor_files() -> tuple[Path, ...]:
    """The user's own gazetteer files ``$GRAPHKIT_ACTORS`` names (none when unset)."""
    listed = os.environ.get(ACTORS_ENV, "")
    return tuple(Path(part) for part in listed.split(os.pathsep) if part.strip())


def _version(path: Path) -> tuple[int, int]:
    """What tells a changed file from the one cached: its modification time and size."""
    try:
        stat = path.stat()
    except OSError as exc:
        raise ExtractError(f"cannot read your gazetteer file {path} (named by {ACTORS_ENV} or "
                           f"own_actors): {exc.strerror or exc}") from exc
    return stat.st_mtime_ns, stat.st_size


def _with_own(people: list[PersonEntry], titles: list[TitleEntry],
              path: Path) -> tuple[list[PersonEntry], list[TitleEntry], list[TitleEntry]]:
    """The shipped ``people`` and ``titles`` with those of the user's file ``path`` (an
    entry of the same name, a person's full name or a title's key, replaces the shipped
    one), and the file's own titles."""
    data = read_yaml(path)
    if not isinstance(data, dict) or not data.keys() <= {"people", "titles"}:
        raise ExtractError(f"{path}: a gazetteer file of your own holds `people:` grouped by "
                           "country and `titles:`, as schema/actors.yaml does")
    try:
        own_people, own_titles = build_people(data), build_titles(data)
    except KeyError as exc:
        raise ExtractError(f"{path}: each person needs `{exc.args[0]}:` (see schema/actors.yaml)") from exc
    except (TypeError, ValueError, AttributeError) as exc:
        raise ExtractError(f"{path}: people are listed under their country's code, each with "
                           f"`name:` and `offices:` as in schema/actors.yaml ({exc})") from exc
    named = {p.name for p in own_people}
    keys = {t.key for t in own_titles}
    return ([p for p in people if p.name not in named] + own_people,
            [t for t in titles if t.key not in keys] + own_titles, own_titles)


@functools.lru_cache(maxsize=4)
def _load_cached(schema_dir: Path, own: tuple[tuple[Path, tuple[int, int]], ...]) -> Gazetteer:
    countries = read_yaml(schema_dir / "countries.yaml")
    organisations = read_yaml(schema_dir / "organisations.yaml")
    actors = read_yaml(schema_dir / "actors.yaml")
    case_sensitive = (*strings(countries.get("case_sensitive")),
                      *strings(organisations.get("case_sensitive")))
    try:
        people, titles = build_people(actors), build_titles(actors)
    except (KeyError, TypeError, ValueError) as exc:
        raise ExtractError(f"malformed gazetteer data in {schema_dir}: {exc!r}") from exc
    own_titles: list[TitleEntry] = []
    for path, _ in own:
        people, titles, added = _with_own(people, titles, path)
        own_titles = [t for t in own_titles if t.key not in {a.key for a in added}] + added
    try:
        return Gazetteer(build_countries(countries),
                         build_organisations(organisations, "organisations"),
                         build_organisations(organisations, "bodies"), people,
                         titles, case_sensitive,
                         organisations.get("adjectives"), strings(actors.get("honorifics")),
                         strings(actors.get("common_surnames")), own_titles)
    except (KeyError, TypeError, ValueError) as exc:
        raise ExtractError(f"malformed gazetteer data in {schema_dir}: {exc!r}") from exc

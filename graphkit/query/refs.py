"""Turn the loose actor names people type ("Putin", "russia", "RUS") into actor ids.

:func:`resolve_ref` looks, in this order, for:

1. an actor id (``person:vladimir-putin``, ``country:RUS``);
2. an actor whose name or alias is the text (case, accents and punctuation ignored);
3. a country: an ISO code or country code used by the actors (``RUS``, ``ru``), or a
   country name (the reference gazetteer, else ``pycountry`` and a few common short
   names: ``Russia``, ``UK``, ``Turkey``);
4. a person whose surname (last word of the name or an alias) is the text;
5. the one person whose name or an alias, without its middle words, is the text ("Recep
   Erdogan" for "Recep Tayyip Erdoğan"); two or more such people are an error naming them.

When the text names a person exactly, people whose surname it is are added too: "Putin"
gives both ``person:putin`` and ``person:vladimir-putin`` if resolution left two entries.

A match on a country (or on a country actor by name, as "Russia") gives a country ref:
every actor whose ``country`` is that code, the country actor itself included. A match on
people or organisations gives just their ids (several when the text fits several actors,
"Bush" for two presidents; :attr:`ActorRef.names` says who).

On a store, :func:`resolve_refs` asks for a dyad's two names at once (one look-up, one
round trip to Neo4j). The refs a store's names resolved to are kept while the store's
version (:meth:`Store.version`, :meth:`Store.version_seen`) is unchanged: a write by any
process is seen by the next query (:func:`call_with_refs`, which the named queries use).
On Neo4j, names not kept are looked up in the named query's own read (one round trip for
both, :mod:`graphkit.store.neo4j_lookup`), its rows used only when the ids the server
guessed are the ids the names resolve to here.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar
from weakref import WeakKeyDictionary

import pycountry

from graphkit.errors import GraphkitError, QueryError
from graphkit.reference.gazetteer import Gazetteer
from graphkit.store.base import LookupDone, RefLookup, Store
from graphkit.store.tables import actor_found_by, name_ends, normalise_name

_T = TypeVar("_T")

# Short names pycountry does not know (its names are the ISO ones: "Russian Federation").
_COUNTRY_SHORT_NAMES = {
    "russia": "RUS", "uk": "GBR", "britain": "GBR", "great britain": "GBR",
    "england": "GBR", "turkey": "TUR", "america": "USA", "united states of america": "USA",
    "czech republic": "CZE", "ivory coast": "CIV", "holland": "NLD", "vatican": "VAT",
    "palestine": "PSE", "the netherlands": "NLD", "burma": "MMR",
}


@dataclass(frozen=True)
class ActorRef:
    """What a loose name resolved to.

    Attributes:
        text: the text as given.
        kind: ``"actor"`` (people or organisations) or ``"country"``.
        ids: the actor ids to pass to a named query, sorted.
        names: the matched actors' names (for a country ref, the country's code first).
        country: the country code of a country ref, else None.
    """

    text: str
    kind: Literal["actor", "country"]
    ids: tuple[str, ...]
    names: tuple[str, ...]
    country: str | None = None

    @property
    def label(self) -> str:
        """How to show the ref to a user: ``Russia (RUS)``, ``Vladimir Putin``."""
        if self.kind == "country":
            return f"{self.names[1] if len(self.names) > 1 else self.country} ({self.country})"
        return " / ".join(self.names)


def _norm(text: str) -> str:
    return normalise_name(text)


def resolve_ref(actors: list[dict[str, Any]] | Store, text: str | ActorRef) -> ActorRef:
    """Resolve ``text`` to the ids of the actors it names.

    Args:
        actors: a store (its actors are then looked up by index, :meth:`Store.find_actors`)
            or every actor's properties (``Store.actors()``).
        text: a loose reference: an actor id, a name, an alias, a surname, a country name
            or code; an :class:`ActorRef` already resolved is returned as it is.

    Returns:
        The :class:`ActorRef`.

    Raises:
        QueryError: nothing matches.

    Example:
        >>> actors = [{"id": "person:vladimir-putin", "name": "Vladimir Putin",
        ...            "kind": "person", "country": "RUS"},
        ...           {"id": "country:RUS", "name": "Russia", "kind": "country",
        ...            "country": "RUS"}]
        >>> resolve_ref(actors, "putin").ids
        ('person:vladimir-putin',)
        >>> resolve_ref(actors, "Russia").ids
        ('country:RUS', 'person:vladimir-putin')
    """
    return resolve_refs(actors, text)[0]


def resolve_refs(actors: list[dict[str, Any]] | Store,
                 *texts: str | ActorRef) -> tuple[ActorRef, ...]:
    """:func:`resolve_ref` of each of ``texts``, the store asked once for them all.

    A dyad's two names cost one look-up (one round trip to Neo4j) instead of two; each
    text is resolved among the actors it alone would have found, so the refs are those
    :func:`resolve_ref` gives, and the first text that matches nothing raises. On a store
    whose version is known without a round trip (:meth:`Store.version`: the embedded
    store), names resolved before are reused while the store is unchanged; to reuse them
    on Neo4j too, resolve through :func:`call_with_refs`.

    Raises:
        QueryError: a text matches nothing.

    Example:
        >>> actors = [{"id": "person:ada-vell", "name": "Ada Vell", "kind": "person"},
        ...           {"id": "person:bo-trant", "name": "Bo Trant", "kind": "person"}]
        >>> [ref.ids for ref in resolve_refs(actors, "vell", "Bo Trant")]
        [('person:ada-vell',), ('person:bo-trant',)]
    """
    if isinstance(actors, Store):
        return _refs_on(actors, texts, confirm_after=False)[0]
    return _resolve_all(actors, list(texts))


def call_with_refs(store: Store, texts: Sequence[str | ActorRef],
                   call: Callable[..., _T]) -> _T:
    """``call(*refs)``, ``texts`` resolved to refs as :func:`resolve_refs` does; what the
    store's names resolved to before is reused while the store is unchanged.

    A store that knows its version cheaply (the embedded store) checks it before reusing
    a name. One that cannot without a round trip (Neo4j) checks after: ``call``'s own
    reads return the version they saw (:meth:`Store.version_seen`, at no cost); if it is
    not the one the kept names were resolved at, the names are resolved again and
    ``call`` runs again. Either way ``call``'s answer reflects every write committed
    before this function was called, by this process or another.

    Raises:
        QueryError: a text matches nothing.

    Example:
        >>> call_with_refs(store, ("Putin", "Trump"), lambda a, b: a.ids + b.ids)  # doctest: +SKIP
        ('person:vladimir-putin', 'person:donald-trump')
    """
    answered = _call_looking_up(store, texts, call)
    if answered:
        return answered[0]
    refs, kept_at = _refs_on(store, texts, confirm_after=True)
    answer = call(*refs)
    if kept_at is not None and store.version_seen() != kept_at:
        _known.pop(store, None)
        refs, _ = _refs_on(store, texts, confirm_after=False)
        answer = call(*refs)
    return answer


def call_with_dyad(store: Store, a: str | ActorRef, b: str | ActorRef,
                   call: Callable[[ActorRef, ActorRef], _T]) -> _T:
    """:func:`call_with_refs` of a dyad's two sides, which must be two: names that resolve
    to the same actors ("Voss" twice, "Voss" and "Arlen Voss", "France" and "FRA") have no
    events between them, and are an error rather than an empty answer. Sides that only
    overlap (a leader and their own country) are a dyad: the leader's events with the
    country's other actors.

    Raises:
        QueryError: a name matches no actor, or both name the same actors.

    Example:
        >>> call_with_dyad(store, "Putin", "Vladimir Putin", lambda a, b: 0)  # doctest: +SKIP
        Traceback (most recent call last):
        graphkit.errors.QueryError: 'Putin' and 'Vladimir Putin' both name Vladimir Putin: ...
    """
    def two_sides(ref_a: ActorRef, ref_b: ActorRef) -> _T:
        if set(ref_a.ids) == set(ref_b.ids):
            raise QueryError(_same_sides(ref_a, ref_b))
        return call(ref_a, ref_b)

    return call_with_refs(store, (a, b), two_sides)


def _same_sides(ref_a: ActorRef, ref_b: ActorRef) -> str:
    if _norm(ref_a.text) == _norm(ref_b.text):
        return (f"both sides of the dyad are {ref_a.text!r} ({ref_a.label}): name two "
                f"different actors or countries")
    if ref_a.kind != ref_b.kind:  # a country whose one actor in the graph is the other side
        actor, country = (ref_a, ref_b) if ref_b.kind == "country" else (ref_b, ref_a)
        return (f"{ref_a.text!r} and {ref_b.text!r} name the same actors: {actor.label} is "
                f"the only actor of {country.label} in the graph; a dyad needs two "
                f"different sides")
    return (f"{ref_a.text!r} and {ref_b.text!r} both name {ref_a.label}: a dyad needs two "
            f"different actors or countries")


def _call_looking_up(store: Store, texts: Sequence[str | ActorRef],
                     call: Callable[..., _T]) -> tuple[_T] | None:
    """``(call(*refs),)`` with the names looked up in the same read as ``call``'s first
    named query, on a store that can (:meth:`Store.looking_up`: Neo4j, where a round trip
    is most of a call's time); None when the store cannot, or need not (its version is
    known without a read, or every name was resolved before: one read either way).

    ``call`` is first given placeholder refs: the store runs the query they reach with
    the look-up and the ids it guesses for each name. The names are then resolved here
    from the actors it found, by the same rules as ever, and ``call`` runs with the
    refs: the store gives it the rows it read when its guesses were the resolved ids,
    else runs the query again with them. The answer is the one of the resolved refs.
    """
    loose = [t for t in texts if not isinstance(t, ActorRef)]
    if not loose or store.version() is not None or not all(_norm(t) for t in loose):
        return None
    stamp, kept = _known.get(store, (None, {}))
    if stamp is not None and stamp == store.version_seen() and all(t in kept for t in loose):
        return None
    asked = [_lookup(t) for t in loose]
    lookup = RefLookup(ids=[a[0] for a in asked], names=[a[1] for a in asked],
                       countries=[a[2] for a in asked])
    before = store.version_seen()
    with store.looking_up(lookup) as taken:
        if not taken:
            return None
        marks = iter(range(len(loose)))
        stand_ins = [t if isinstance(t, ActorRef) else ActorRef(
            text=t, kind="actor", ids=(RefLookup.placeholder(next(marks)),), names=(t,))
            for t in texts]
        try:
            call(*stand_ins)
        except LookupDone:
            pass  # (the store read the look-up with the query)
        except GraphkitError:
            return None  # (the call's own error, e.g. a bad date: the plain path raises it)
        if lookup.found is None or lookup.guesses is None:
            return None
        found = lookup.found
        refs = _resolve_all(store, list(texts), found=found)
        resolved = [list(r.ids) for t, r in zip(texts, refs, strict=True)
                    if not isinstance(t, ActorRef)]
        if resolved != [list(g) for g in lookup.guesses]:
            lookup.answered = None  # (guessed wrong: the query runs again with the refs)
        answer = call(*refs)
    _keep(store, before, texts, refs)
    return (answer,)


def _lookup(text: str) -> tuple[str, str, str]:
    """What :meth:`Store.find_actors` is asked for ``text``: an id, a name key, a country
    code."""
    return text.strip(), _norm(text), text.strip().upper()


def _resolve_all(actors: list[dict[str, Any]] | Store, texts: list[str | ActorRef],
                 found: list[dict[str, Any]] | None = None) -> tuple[ActorRef, ...]:
    """The refs of ``texts`` among ``actors`` (on a store: those it finds for them,
    :meth:`Store.find_actors`, or ``found`` when they were read already)."""
    loose = [t for t in texts if not isinstance(t, ActorRef) and _norm(t)]
    if isinstance(actors, Store):
        # Only the actors the texts can name are read: by id, name key or country code.
        # Every rule below then sees all the actors it would find among all of them.
        store = actors
        asked = [_lookup(t) for t in loose]
        if found is None:
            found = store.find_actors(ids=[a[0] for a in asked], names=[a[1] for a in asked],
                                      countries=[a[2] for a in asked]) if loose else []
        among = found

        def of_country(code: str) -> list[dict[str, Any]]:
            return store.find_actors(ids=[f"country:{code}"], countries=[code])

        def candidates(text: str) -> list[dict[str, Any]]:
            # (what find_actors finds for this text alone)
            key, name, code = _lookup(text)
            return [a for a in among if actor_found_by(a, {key}, {name}, {code})]
    else:
        every = actors

        def of_country(code: str) -> list[dict[str, Any]]:
            return every

        def candidates(text: str) -> list[dict[str, Any]]:
            return every
    try:
        return tuple(t if isinstance(t, ActorRef)
                     else _resolve_among(candidates(t), t, of_country) for t in texts)
    except QueryError as exc:
        if isinstance(actors, Store):
            raise _with_hint(exc, actors.actors(), actors) from None
        raise _with_hint(exc, actors) from None


def _with_hint(error: QueryError, actors: list[dict[str, Any]],
               store: Store | None = None) -> QueryError:
    """``error`` (no actor matches a name) with what would help: the graph is empty (the
    wrong store, or nothing ingested yet), the names it holds that look like the one
    asked for ("Strnad": Halvard Strand), else a few of the names it holds (``actors``:
    every actor of the graph, ``store``'s when one was asked)."""
    if not isinstance(error, _NoActor):
        return error
    asked = error.asked
    if not actors:
        if store is None:
            return error
        return QueryError(f"no actor matches {asked!r}: the graph is empty ({store!r}); "
                          f"ingest articles first, or give the --store or --neo4j that holds them")
    by_key: dict[str, set[str]] = {}
    for actor in actors:
        for name in (actor.get("name"), *(actor.get("aliases") or ())):
            if name:  # (an alias leads to the actor's own name: each actor named once)
                for key in {_norm(name), _norm(name).rsplit(" ", 1)[-1]}:
                    by_key.setdefault(key, set()).add(actor.get("name") or name)
    close = difflib.get_close_matches(_norm(asked), list(by_key), n=3, cutoff=0.75)
    names = sorted({name for key in close for name in by_key[key]})[:3]
    if not names:
        return QueryError(f"{error.head}; {_some_names(actors)}")
    return QueryError(f"{error.head}; did you mean {' or '.join(names)}?")


_NAMES_SHOWN = 6


def _some_names(actors: list[dict[str, Any]]) -> str:
    """A few of the graph's actor names, countries first (what a user may ask for when no
    name looks like theirs), and how many there are."""
    ranked = sorted(actors, key=lambda a: (a.get("kind") != "country", _norm(a.get("name") or a["id"])))
    shown = list(dict.fromkeys(a.get("name") or a["id"] for a in ranked))
    more = len(shown) - _NAMES_SHOWN
    listed = ", ".join(shown[:_NAMES_SHOWN]) + (f" and {more} more" if more > 0 else "")
    return f"the graph's actors are {listed}"


_NAME_CACHE_SIZE = 4096

# Per store: (the store's version the refs were resolved at, refs by text as given).
_known: WeakKeyDictionary[Store, tuple[Hashable, dict[str, ActorRef]]] = WeakKeyDictionary()


def _refs_on(store: Store, texts: Sequence[str | ActorRef],
             confirm_after: bool) -> tuple[tuple[ActorRef, ...], Hashable | None]:
    """The refs of ``texts`` on ``store``, and the version kept refs were resolved at when
    they are used unconfirmed (``confirm_after``: the caller compares it with the version
    its read saw), else None.

    Kept refs are used only when every text has one (else all are looked up at once).
    """
    if all(isinstance(t, ActorRef) for t in texts):
        return tuple(texts), None  # type: ignore[arg-type]
    now = store.version()
    current = now if now is not None else store.version_seen() if confirm_after else None
    stamp, kept = _known.get(store, (None, {}))
    if current is None or stamp != current:
        kept = {}
    if all(isinstance(t, ActorRef) or t in kept for t in texts):
        return (tuple(t if isinstance(t, ActorRef) else kept[t] for t in texts),
                stamp if now is None else None)
    # (the version before the look-up: a commit during it makes the refs look older
    # than they are, so they are resolved again rather than trusted too long)
    before = now if now is not None else store.version_seen()
    refs = _resolve_all(store, list(texts))
    _keep(store, before, texts, refs)
    return refs, None


def _keep(store: Store, before: Hashable | None, texts: Sequence[str | ActorRef],
          refs: Sequence[ActorRef]) -> None:
    """Keep the refs ``texts`` resolved to on ``store`` at version ``before``."""
    if before is None:
        return
    stamp, kept = _known.get(store, (None, {}))
    if stamp != before or len(kept) >= _NAME_CACHE_SIZE:
        kept = {}
    kept.update((t, ref) for t, ref in zip(texts, refs, strict=True) if isinstance(t, str))
    _known[store] = (before, kept)


def _resolve_among(actors: list[dict[str, Any]], text: str,
                   of_country: Callable[[str], list[dict[str, Any]]]) -> ActorRef:
    """``text``'s ref, ``actors`` holding every actor it may name."""
    wanted = _norm(text)
    if not wanted:
        raise QueryError("an empty actor name matches nothing; try `graphkit stats`")
    by_id = {a["id"]: a for a in actors}
    if text.strip() in by_id:
        return _ref_for(of_country, text, [by_id[text.strip()]])
    named = [a for a in actors if wanted in _names(a)]
    by_surname = [a for a in actors if a.get("kind") == "person" and wanted in _surnames(a)]
    if named:
        if any(a.get("kind") == "person" for a in named):
            # "Putin" is also every other entry of that person ("Vladimir Putin").
            named += [a for a in by_surname if a not in named]
        return _ref_for(of_country, text, named)
    code = _country_code(actors, text)
    if code is not None:
        return _country_ref(of_country(code), text, code)
    if by_surname:
        return _ref_for(of_country, text, by_surname)
    unmiddled = [a for a in actors if wanted in name_ends(a)]
    if len(unmiddled) == 1:
        return _ref_for(of_country, text, unmiddled)
    if unmiddled:
        names = sorted({a.get("name") or a["id"] for a in unmiddled})
        raise QueryError(f"{text!r} is ambiguous: did you mean {' or '.join(names)}?")
    raise _NoActor(f"no actor matches {text!r}", text)


class _NoActor(QueryError):
    """No actor matches a name: the name asked for travels with the error, so that a
    caller who holds the store can say what would help (:func:`_with_hint`)."""

    def __init__(self, head: str, asked: str) -> None:
        super().__init__(f"{head}; try `graphkit stats`")
        self.head = head
        self.asked = asked


def _names(actor: dict[str, Any]) -> set[str]:
    return {_norm(n) for n in (actor.get("name") or "", *(actor.get("aliases") or ()))} - {""}


def _surnames(actor: dict[str, Any]) -> set[str]:
    return {name.rsplit(" ", 1)[-1] for name in _names(actor)}


def _ref_for(of_country: Callable[[str], list[dict[str, Any]]], text: str,
             matched: list[dict[str, Any]]) -> ActorRef:
    countries = {a.get("country") or a["id"].split(":", 1)[-1]
                 for a in matched if a.get("kind") == "country"}
    if len(countries) == 1 and all(a.get("kind") == "country" for a in matched):
        code = countries.pop()
        return _country_ref(of_country(code), text, code)
    matched = sorted(matched, key=lambda a: a["id"])
    return ActorRef(text=text, kind="actor", ids=tuple(a["id"] for a in matched),
                    names=tuple(dict.fromkeys(a.get("name") or a["id"] for a in matched)))


def _country_ref(actors: list[dict[str, Any]], text: str, code: str) -> ActorRef:
    members = sorted((a for a in actors
                      if a.get("country") == code or a["id"] == f"country:{code}"),
                     key=lambda a: a["id"])
    if not members:
        raise _NoActor(f"no actor matches {text!r} (country {code})", text)
    country_actor = next((a for a in members if a["id"] == f"country:{code}"), None)
    name = (country_actor or {}).get("name") or _country_name(code)
    return ActorRef(text=text, kind="country", ids=tuple(a["id"] for a in members),
                    names=(code, name) if name else (code,), country=code)


def _country_code(actors: list[dict[str, Any]], text: str) -> str | None:
    """The country code ``text`` names, or None."""
    stripped = text.strip()
    used = {a.get("country") for a in actors if a.get("country")}
    if stripped.upper() in used:
        return stripped.upper()
    lookup = _gazetteer_lookup()
    if lookup is not None:
        code = lookup(stripped)
        if code:
            return code
    short = _COUNTRY_SHORT_NAMES.get(_norm(stripped))
    if short:
        return short
    try:
        return pycountry.countries.lookup(stripped).alpha_3
    except LookupError:
        return None


def _country_name(code: str) -> str | None:
    country = pycountry.countries.get(alpha_3=code)
    return getattr(country, "common_name", None) or getattr(country, "name", None)


def _gazetteer_lookup() -> Callable[[str], str | None] | None:
    """``Gazetteer.load().country`` as text -> code; None when the reference data cannot be
    read (then pycountry alone answers). Not cached here: ``Gazetteer.load`` keeps its files
    until they change, and a failure to read them (a user's broken actors file) must not
    outlive the mend: once cached, "Moscow" stayed unknown for the rest of the process."""
    try:
        gazetteer = Gazetteer.load()
    except GraphkitError:
        return None

    def lookup(text: str) -> str | None:
        found = gazetteer.country(text)
        return found.code if found is not None else None

    return lookup

"""What one article's actor mentions are: spans resolved to actors, and the sides they take.

:class:`Mention` is one span that refers to actors; :class:`ArticleMentions` holds an
article's mentions in order, with the lexicons the later stages ask about them (venues,
settings, governing nouns): one :class:`MentionWords`, read once from mentions.yaml and
shared by every article, so a word list added for those stages is one field there, not a
keyword more on every constructor between the yaml and its reader. The functions at the
end sort an event's actors into sides (own countries, foreign targets).
:mod:`graphkit.extract.actors` finds the mentions.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import Any, Protocol

from spacy.tokens import Doc, Span, Token

from graphkit.extract.rules import word_set
from graphkit.model import Actor


@dataclass
class Mention:
    """A span of the article that refers to actors (several for "the two leaders")."""

    start: int
    end: int
    actors: tuple[Actor, ...]
    via: str  # name | surname | description | pronoun | group | country | demonym | organisation
    # | place (a city standing for its country)
    is_subject: bool = False
    # a news outlet named as the channel of the news ("according to Reuters", "told
    # Zvezda television", "wrote on Twitter"): it tells of the events, it takes no part
    channel: bool = False
    # a person named with a title that gives no country ("Trade Minister X")
    titled: bool = False
    # the country a one-word name the tagger reads as a place names, when it was read as
    # a person named with that word ("Israel" after "Israel X" was named): the events take
    # the country after the detector's review (the mention itself stays, as trained)
    country_word: Actor | None = None
    # a country told by an epithet ("the Andean nation"): a party of the events, but its
    # words stay the learned detector's features, as it was trained on them
    epithet: bool = False

    def covers(self, i: int) -> bool:
        return self.start <= i < self.end


@dataclass(frozen=True)
class MentionWords:
    """The word lists of ``schema/mentions.yaml`` that the stages after the mention finder
    ask an article's mentions about (the argument finder's, :mod:`graphkit.extract.arguments`,
    and the settings', :mod:`graphkit.extract.settings`): one object, read once by
    :meth:`from_schema`, that every article's :class:`ArticleMentions` shares. A list added
    to mentions.yaml for those stages is a field here, and nothing else changes."""

    state_nouns: frozenset[str] = frozenset()
    # people told by where they are ("victims in X", "refugees in X"): the place's country
    # is whom an act for or on them is aimed at, as "police in X" are X's
    population_nouns: frozenset[str] = frozenset()
    # prepositions heading a gerund of means or time ("retaliated by expelling two
    # diplomats"): the gerund is the act, not a participle describing its object
    gerund_preps: frozenset[str] = frozenset()
    # "criticised X for visiting Y": prepositions of a gerund whose doer is the verb's object
    object_control_preps: frozenset[str] = frozenset()
    # "petitioned X to halt ...": verbs whose object's adjacent to-infinitive, parsed as a
    # clause of purpose, is what the object is asked to do
    object_infinitive_verbs: frozenset[str] = frozenset()
    governing_nouns: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    # "blocked a statement condemning X", "received a letter that accused X": verbs by
    # which a document is not issued by their subject
    document_withholding_verbs: frozenset[str] = frozenset()
    leader_verbs: frozenset[str] = frozenset()
    # "sites held by X": verbs by which a place is told by the side that holds it
    holder_verbs: frozenset[str] = frozenset()
    # "drones launched by X struck Y": verbs whose participle on a subject noun names its doer
    launcher_verbs: frozenset[str] = frozenset()
    member_preps: frozenset[str] = frozenset()
    # "his counterpart X": nouns whose name follows them (read by adjacency)
    apposed_name_heads: frozenset[str] = frozenset()
    kin_nouns: frozenset[str] = frozenset()
    container_nouns: frozenset[str] = frozenset()
    amount_preps: frozenset[str] = frozenset()
    # "claimed responsibility for the blast": nouns of owning up to the act after "for"
    credit_nouns: frozenset[str] = frozenset()
    # "handed X a prison sentence": verbs whose first of two objects receives the second
    giving_verbs: frozenset[str] = frozenset()
    # "hit X with sanctions": verbs whose object is dealt what their "with" phrase names
    dealing_verbs: frozenset[str] = frozenset()
    # "Y rejected X's demand": verbs that answer a party's words (nouns of `answered_nouns`),
    # said to whom answers
    answering_verbs: frozenset[str] = frozenset()
    answered_nouns: frozenset[str] = frozenset()
    answered_types: frozenset[str] = frozenset()  # lower-cased type names
    # "the expulsion of X by Y": prepositions of an act noun's target phrase on whose words
    # the parser often hangs the noun's own "by" phrase
    agent_host_preps: frozenset[str] = frozenset()
    # "X's shelling of Y": act nouns whose owning party did the act to their "of" object
    owned_act_nouns: frozenset[str] = frozenset()
    # "X, a <nationality> citizen, was sentenced": words that tell a nationality as such
    citizen_nouns: frozenset[str] = frozenset()
    # "attended a summit hosted by Y": verbs whose subject joins the gathering's host
    attend_verbs: frozenset[str] = frozenset()
    # "sanctions aimed at X": participles whose "at" phrase names what a measure aims at
    aim_verbs: frozenset[str] = frozenset()
    # "told X in a phone call": prepositions that make a contact noun the setting of the
    # verb they hang on, whose object is the contact's other side
    contact_setting_preps: frozenset[str] = frozenset()
    listing_words: frozenset[str] = frozenset()
    # "the international community": bodies of no country a common noun names
    ownerless_bodies: frozenset[str] = frozenset()
    ownerless_body_types: frozenset[str] = frozenset()  # lower-cased type names
    # "along with", "together with": a phrase naming who goes with a party
    company_preps: frozenset[str] = frozenset()
    # nouns of a time of day, whose place names a time zone ("4 p.m. X time")
    clock_nouns: frozenset[str] = frozenset()
    # words heading a phrase of time that tells another act ("since the invasion of X")
    time_adjuncts: frozenset[str] = frozenset()
    # "the Korvel Liberation Front": head words of an armed or ruling group's own name; an
    # organisation so named that the gazetteer lacks is a non-state group of the country
    # its story is told in (:func:`give_groups_their_country`)
    armed_group_heads: frozenset[str] = frozenset()
    # "the Marine Brigade": words of a state's own units; a group name with one of
    # ``state_unit_words`` before its head, or of ``state_name_words`` alone, is the
    # state's unit, not a non-state group
    state_unit_words: frozenset[str] = frozenset()
    state_name_words: frozenset[str] = frozenset()
    # "Dravik fighters": plural nouns of a group's members, told by an unknown capitalised
    # word before them that names the group (a group head word too)
    group_nouns: frozenset[str] = frozenset()
    # prepositions whose city object is where an act happened, not who took part
    # (``place_lookup.venue_preps``)
    venue_preps: frozenset[str] = frozenset()
    # nouns of what an act is done against ("the sovereignty of X"): their owner is a victim
    victim_nouns: frozenset[str] = frozenset()
    # "the spokesperson urged X": nouns of one who speaks for a side, standing for the
    # last reporter when they name no actor
    speaker_nouns: frozenset[str] = frozenset()
    # how much a country mention of each ``via`` counts towards the story's country
    # (``story_country_weights``; 1 where not listed)
    story_weights: Mapping[str, float] = field(default_factory=dict)

    @classmethod
    def from_schema(cls, mentions: Mapping[str, Any]) -> MentionWords:
        """The word lists of mentions.yaml's mapping ``mentions``, each under its field's
        name (``venue_preps`` in ``place_lookup``), lower-cased; an absent list is empty."""
        place = mentions.get("place_lookup") or {}
        lists = {f.name: word_set(place if f.name == "venue_preps" else mentions, f.name)
                 for f in fields(cls) if f.name != "story_weights"}
        weights = {str(k): float(v) for k, v in (mentions.get("story_country_weights") or {}).items()}
        return cls(**lists, story_weights=weights)

    @cached_property
    def agent_acl_verbs(self) -> frozenset[str]:
        """``leader_verbs`` and ``holder_verbs``: a participle of one names its agent ("led by
        General X", "held by X"), computed once."""
        return self.leader_verbs | self.holder_verbs

    @cached_property
    def party_nouns(self) -> frozenset[str]:
        """``governing_nouns`` and ``state_nouns``: a common noun that names a party ("the
        government", "the army"), computed once."""
        return self.governing_nouns | self.state_nouns

    @cached_property
    def group_name_ends(self) -> frozenset[str]:
        """``armed_group_heads`` and ``group_nouns``: the last word of a group's name that
        the story gives a country ("the Korvel Liberation Front", "Dravik fighters"),
        computed once."""
        return self.armed_group_heads | self.group_nouns


@dataclass
class ArticleMentions:
    """Every mention of one article, indexed by token.

    ``within`` and ``starting_in`` find mentions by bisection over an index by start
    (rebuilt after a change), so asking per sentence or per cue costs time in proportion to
    what is found, not to the article's length; both return mentions in the order they
    were added, as a scan of ``mentions`` would.
    """

    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, Mention] = field(default_factory=dict)
    # the word lists of mentions.yaml that later stages ask about these mentions
    words: MentionWords = field(default_factory=MentionWords)
    # person actor id -> "male" / "female", where something told it (graphkit.extract.gender)
    genders: dict[str, str] = field(default_factory=dict)
    # (start, position in ``mentions``, mention), sorted; None once ``mentions`` changed
    _by_start: list[tuple[int, int, Mention]] | None = field(default=None, repr=False, compare=False)
    _starts: list[int] = field(default_factory=list, repr=False, compare=False)

    def story_countries(self, mention: Mention) -> tuple[Actor, ...]:
        """The countries ``mention`` names for the story's country: its country actors, or
        the country its word names when it was read as a person (``country_word``)."""
        if mention.country_word is not None:
            return (mention.country_word,)
        return tuple(a for a in mention.actors if a.kind == "country")

    def country_weights(self, mentions: Iterable[Mention]) -> dict[str, tuple[Actor, float]]:
        """How much ``mentions`` name each country for the story's country: by country
        actor id, the actor last named and its summed :meth:`story_weight`, in the order
        first named."""
        weights: dict[str, tuple[Actor, float]] = {}
        for m in mentions:
            for a in self.story_countries(m):
                weights[a.id] = (a, weights.get(a.id, (a, 0.0))[1] + self.story_weight(m))
        return weights

    def story_weight(self, mention: Mention) -> float:
        """How much a country ``mention`` tells where the story is set: a demonym less than
        the country's name ("a French citizen was held in Mali" is a story of Mali)."""
        return self.words.story_weights.get(mention.via, 1.0)

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self._by_start = None
        for i in range(mention.start, mention.end):
            self.by_token[i] = mention

    def remove_within(self, start: int, end: int) -> None:
        """Forget the mentions inside ``[start, end)`` (absorbed by a longer one)."""
        gone = self.within(start, end)
        if not gone:
            return
        dropped = {id(m) for m in gone}
        self.mentions[:] = [m for m in self.mentions if id(m) not in dropped]
        self._by_start = None
        for m in gone:
            for i in range(m.start, m.end):
                if self.by_token.get(i) is m:
                    del self.by_token[i]

    def at(self, i: int) -> Mention | None:
        return self.by_token.get(i)

    def is_venue(self, mention: Mention, doc: Doc | Span) -> bool:
        """A city named as the setting of an act, not a party to it: the object of a
        preposition of place ("met in Geneva", "aid into Gaza") or a word qualifying a noun
        ("the Munich summit", "the Gaza border"), and the country or region named after such
        a city to say where it lies ("in Geneva, Switzerland")."""
        root = doc[mention.start:mention.end].root
        if self._locates_venue(root):
            return True
        if mention.via != "place":
            return False
        if root.dep_ == "pobj":
            return root.head.lower_ in self.words.venue_preps
        return root.dep_ == "compound" and root.head.pos_ == "NOUN"

    def owns_victim_noun(self, mention: Mention, doc: Doc | Span) -> bool:
        """The mention names only the owner of what an act is done against (``victim_nouns``):
        "the sovereignty of X", "X's territory", "the sovereignty or territorial integrity
        of X" (a victim of the act, not its doer)."""
        root = doc[mention.start:mention.end].root
        if root.dep_ == "poss":
            owned = root.head
        elif root.dep_ == "pobj" and root.head.lower_ == "of":
            owned = root.head.head
        else:
            return False
        return bool({owned.lemma_.lower(), owned.lower_} & self.words.victim_nouns)

    def parties(self, found: list[Mention], doc: Doc | Span) -> list[Mention]:
        """``found`` without the cities named as settings (:meth:`is_venue`)."""
        return [m for m in found if not self.is_venue(m, doc)]

    def in_setting(self, mention: Mention, doc: Doc | Span) -> bool:
        """Any place named where an act happened, a capital or a country too ("in Moscow",
        "at the Kremlin"): the object of a preposition of place (``venue_preps``)."""
        root = doc[mention.start:mention.end].root
        return (root.dep_ == "pobj" and root.head.lower_ in self.words.venue_preps) \
            or self._locates_venue(root)

    def _locates_venue(self, root: Token) -> bool:
        """A name in apposition to a place that a preposition of place governs ("in
        Geneva, Switzerland"): it says where the place lies, it takes no part."""
        head = root.head
        return root.dep_ == "appos" and head.ent_type_ in ("GPE", "LOC") and head.dep_ == "pobj" \
            and head.head.lower_ in self.words.venue_preps

    def without_settings(self, subjects: list[Mention], objects: list[Mention], doc: Doc | Span,
                         enough: int = 2) -> list[Mention]:
        """``objects`` without the places named as settings (:meth:`in_setting`) when the
        other mentions name ``enough`` actors: a setting is a party only as a last resort
        ("met X in Moscow": not Russia; "talks took place in Moscow" with no one else named)."""
        named = [m for m in objects if not self.in_setting(m, doc)]
        ids = {a.id for m in [*subjects, *named] for a in m.actors}
        return named if len(ids) >= enough else objects

    def starting_in(self, start: int, end: int) -> list[Mention]:
        """The mentions whose first token lies in ``[start, end)``, in the order added."""
        if self._by_start is None:
            self._by_start = sorted(((m.start, n, m) for n, m in enumerate(self.mentions)),
                                    key=lambda entry: entry[:2])
            self._starts = [entry[0] for entry in self._by_start]
        first, last = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [m for _, _, m in sorted(self._by_start[first:last], key=lambda entry: entry[1])]

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions wholly inside ``[start, end)``, in the order added."""
        return [m for m in self.starting_in(start, end) if m.end <= end]


def country_actor(code: str, name: str) -> Actor:
    """The actor that is a whole country (or an international organisation's own code)."""
    return Actor(id=Actor.make_id("country", name, code), name=name, kind="country", country=code)


class _Countries(Protocol):
    def country_by_code(self, code: str) -> Any: ...


def state_actor(gazetteer: _Countries, code: str | None) -> Actor | None:
    """The whole country of the gazetteer's ``code`` (None when it names no state)."""
    entry = gazetteer.country_by_code(code) if code else None
    return country_actor(entry.code, entry.name) if entry is not None else None


def unique_actors(actors: Iterable[Actor]) -> list[Actor]:
    seen: dict[str, Actor] = {}
    for actor in actors:
        seen.setdefault(actor.id, actor)
    return list(seen.values())


def foreign_targets(sources: Iterable[Actor], targets: Iterable[Actor],
                    non_state: frozenset[str] = frozenset()) -> list[Actor]:
    """``targets`` without those of a source's own country: "X threatened to send the
    armed forces of X's country" aims at no party of that country (``foreign_target`` of
    event_types.yaml). An actor of unknown country is kept, and so is every target of a
    non-state group or a non-state group as target (``non_state``: their names), which do
    act against their own state (rebels, militias)."""
    own = own_countries(sources, non_state)
    return [a for a in targets if is_foreign(a, own, non_state)]


def aimable_targets(sources: Iterable[Actor], targets: Iterable[Actor], own: frozenset[str],
                    non_state: frozenset[str] = frozenset()) -> list[Actor]:
    """``targets`` an act of ``sources`` can aim at: none of the sources themselves, and
    no party of ``own`` (:func:`own_countries`, for a ``foreign_target`` type; empty
    otherwise)."""
    ids = {a.id for a in sources}
    return [a for a in targets if a.id not in ids and is_foreign(a, own, non_state)]


#: the id prefix of a group the gazetteer lacks whose country the story gave
#: (:func:`give_groups_their_country`): a non-state group like the gazetteer's armed groups
GROUP_ID_PREFIX = "group:"


def is_non_state(actor: Actor, non_state: frozenset[str]) -> bool:
    """A non-state group: one the gazetteer lists (``non_state``: their names), or an
    unlisted group that a group head word names (``GROUP_ID_PREFIX``)."""
    return actor.name in non_state or actor.id.startswith(GROUP_ID_PREFIX)


def is_foreign(actor: Actor, own: frozenset[str], non_state: frozenset[str] = frozenset()) -> bool:
    """Whether ``actor`` is of none of the countries ``own`` (an actor of unknown country
    is, and so is a non-state group, ``non_state``: their names)."""
    return not actor.country or actor.country not in own or is_non_state(actor, non_state)


def own_countries(sources: Iterable[Actor], non_state: frozenset[str] = frozenset()) -> frozenset[str]:
    """The countries whose parties an act of ``sources`` cannot aim at (``foreign_target``):
    those of the sources that are not non-state groups (``non_state``: their names)."""
    return frozenset(a.country for a in sources if a.country and not is_non_state(a, non_state))


def mention_start(mention: Mention) -> int:
    """Where a mention starts (the key its lists are sorted by)."""
    return mention.start


def mentions_before(persons: list[Mention], start: int) -> list[Mention]:
    """The mentions of ``persons`` (in reading order) that start before ``start``, found
    by bisection: asked per mention, a walk over all of them is quadratic in the article."""
    return persons[:bisect_left(persons, start, key=mention_start)]

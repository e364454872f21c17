"""The extraction rules, read from ``schema/*.yaml``: event types and their triggers,
modality cues, reporting verbs and the ways news text refers to actors.

Rules are data: changing a trigger word means editing YAML, never Python. This module only
reads and checks the files; :mod:`graphkit.extract.triggers` and the other stages use them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from graphkit.errors import ExtractError
from graphkit.model import EVENT_TYPES
from graphkit.resources import load_yaml
from graphkit.resources import schema_dir as default_schema_dir

ROLE_KINDS = ("symmetric", "directed", "speaker")
# what reported speech makes, each of one event type (``speech_acts`` of event_types.yaml)
SPEECH_ACTS = ("statement", "conditional_threat", "joint_commitment")
# the per-type behaviour switches of event_types.yaml
_TYPE_FLAGS = ("material", "place_target", "authority_source", "counter_source",
               "condition_target", "infinitive_target", "foreign_target", "event_agent_target",
               "previous_counterpart", "foreign_parties", "foreign_retarget", "story_target",
               "story_target_unjoined",
               "foreign_counterpart", "known_parties", "passive_needs_agent", "passive_host_source",
               "source_country_restates", "held_of_holder", "own_state_source", "story_pair_source",
               "passive_reporter_source", "own_nationals_advised", "reporter_state_source",
               "country_day_restates", "day_apart", "background_added")


@dataclass(frozen=True)
class TriggerRule:
    """One way an event type shows in text (see the header of ``event_types.yaml``)."""

    type: str
    key: str
    pattern: list[dict[str, Any]]
    head: int = 0
    subtype: str | None = None
    confidence: float = 0.7
    requires: frozenset[str] = frozenset()
    unless: frozenset[str] = frozenset()
    unless_children: frozenset[str] = frozenset()
    unless_addressed: frozenset[str] = frozenset()
    target_preps: frozenset[str] = frozenset()
    # "kidnapped X in the town of T": prepositions of the type's targets that name only
    # where this trigger's act happened
    not_target_preps: frozenset[str] = frozenset()
    unless_next: frozenset[str] = frozenset()
    needs_object: bool = False
    needs_actor: bool = False
    needs_xcomp: bool = False
    requires_target: bool = False
    requires_object_kind: str | None = None
    between_source: bool = False
    # "the X-Y war": the two words the hyphen joins (the pattern's first and third) are
    # the sides, the first as actor; a pair of one country is no war of two sides
    hyphen_sides: bool = False
    # "X's invasion of Y": the possessor the pattern matched first is the doer (not a
    # person of X's named as the clause's subject: "X's envoy left after X's invasion")
    possessor_source: bool = False
    # "the X-Y war on Z": a phrase of these on the war word names its own target, so the
    # pair fight side by side (joint actors on Z), or on a side named as no party (none)
    joint_target_preps: frozenset[str] = frozenset()
    subject: str | None = None
    light_verbs: frozenset[str] = frozenset()
    # light verbs that count only with the noun in their "with" phrase ("hit X with sanctions")
    with_light_verbs: frozenset[str] = frozenset()
    unless_deps: frozenset[str] = frozenset()
    unless_passive_preps: frozenset[str] = frozenset()
    # "are negotiating a deal": light verbs whose progressive tells the act still in the making
    unfinished_verbs: frozenset[str] = frozenset()
    # "called X": the verb's own object word is a person (a name, a person noun, a pronoun)
    person_object: bool = False
    # "called X a liar": a predicate beside the verb's object names the object, no event
    naming_deps: frozenset[str] = frozenset()
    setting_preps: frozenset[str] = frozenset()
    # "after talks with X, Y said ...": a noun in one of these prepositions, with its own
    # "with"/"between" party, tells the act done as its light verb would
    past_setting_preps: frozenset[str] = frozenset()
    agent_verbs: frozenset[str] | None = None
    speaker_is_source: bool = False
    predicate_words: frozenset[str] = frozenset()
    object_words: frozenset[str] = frozenset()
    aimed: bool = False
    counter: bool = False
    # "A and B traded accusations": a trigger whose act is both subjects' act on each
    # other (as "blamed each other"), one event of both sides
    mutual: bool = False
    # "A and B troops clashed", "A and B exchanged fire": a verb of fighting whose subjects
    # name parties of two countries or more and no target is their act on each other
    mutual_subjects: bool = False
    # "X agreed to lift its tariffs on Y": one side's accord whose infinitive complement,
    # of one of these verbs (or a "prep object" of its verb: "on hold"), names another
    # country is an accord with that country
    agreed_counterpart: frozenset[str] = frozenset()
    mandative: bool = False
    xcomp_lemmas: frozenset[str] = frozenset()
    unless_xcomp: frozenset[str] = frozenset()
    # "asked X to extend his greetings to Y": what the asked act hands on (the object of the
    # trigger's infinitive) is a courtesy, so the request is no demand of a party
    unless_xcomp_objects: frozenset[str] = frozenset()
    clause_modals: frozenset[str] = frozenset()
    source_preps: frozenset[str] = frozenset()
    modals: frozenset[str] = frozenset()
    pairwise_kinds: frozenset[str] = frozenset()
    requires_governed: bool = False
    # "X brokered a truce": verbs whose subject is a third side, not a party to the accord
    mediator_verbs: frozenset[str] = frozenset()
    # "the truce began": verbs whose subject noun tells the accord of the story's sides
    onset_verbs: frozenset[str] = frozenset()
    # "an agreement was reached": passive verbs whose subject noun tells an accord of the
    # sides of the contact the story has just told
    contact_passive_verbs: frozenset[str] = frozenset()
    group_object: bool = False
    purpose_nouns: frozenset[str] = frozenset()
    # "shipped shells to X", "sent aid worth $1 million to X", "halted all trade with X":
    # prepositions that name the target where the parser hangs them on what the verb
    # moves (its object, or a "worth" phrase), when the verb itself names none
    object_preps: frozenset[str] = frozenset()
    # "pledged $20 million to assist X": verbs of an infinitive of purpose whose object
    # (or the subject of its own clause: "to help X rebuild") is the target, when the act
    # names none of its own
    purpose_verbs: frozenset[str] = frozenset()
    # "pledged aid for flood victims in X", "announced $5 million for relief in X": nouns of
    # whom or what the act is for whose "in" phrase, hung on that noun, the trigger, its
    # verb or the sum it moves, names the target, when the act names none of its own
    place_purposes: frozenset[str] = frozenset()
    # "flew to X": a contact read from a journey, which a denial beside it outranks
    journey: bool = False
    # "X and Y visited Quito": subjects of several countries each visit the place's host
    each_visits_host: bool = False
    # "the summit, held in Astana": where a gathering met is no side of it
    venue_not_party: bool = False
    # "X has been under Y sanctions", "X came under Y attack": prepositions of a state the
    # noun's act holds its target in (the subject of the phrase's clause, or the noun it
    # qualifies); the noun's own doer (a modifier, a "by" or "from" phrase) acts on it
    state_preps: frozenset[str] = frozenset()
    # "X adopted the EU's sanctions on Y": verbs whose subject takes up another party's
    # measure named on the noun as its own (the body named on the noun is no doer there)
    taken_up_verbs: frozenset[str] = frozenset()
    # "a meeting of the trade ministers of X": prepositions of a gathering noun whose object
    # names its members, but for a noun that is the subject of a copula ("the summit of X
    # and Y was a success": a judgement of a gathering, not its telling)
    member_preps: frozenset[str] = frozenset()
    # "the <bloc> summit adopted a declaration": kinds of organisation (organisations.yaml)
    # that, as the one party named, make the event alone (their members act together)
    body_alone: frozenset[str] = frozenset()
    # "aid from X arrived in Y", "a plane carrying aid from X landed in Y": prepositions
    # inside a noun trigger's own phrase whose object is its doer, when no doer is named
    origin_preps: frozenset[str] = frozenset()
    # "a ship carrying aid for X arrived in Y", "aid for X reached Y": prepositions inside a
    # noun trigger's own phrase whose object is whom it is for; told, they are the target and
    # the place it reached is a stop on the way
    recipient_preps: frozenset[str] = frozenset()
    # "aid arrived in Y" is no visit: lemmas that, in a verb trigger's subject phrase (its
    # relative clauses left out), tell that what went is not a visitor
    unless_subjects: frozenset[str] = frozenset()
    # "allowed aid to reach X": a light verb in the infinitive tells no act
    unless_infinitive: bool = False
    # "X charged Y with violating the truce": the verb's own object a place name (a country
    # charged is accused, not tried)
    unless_place_object: bool = False
    # "warned it would halt trade unless ...": the condition ("if", "unless") set on an act
    # of a party (a pronoun or a name the subject of the clause it qualifies), not on a
    # forecast ("warned that the talks would fail unless ...")
    party_condition: bool = False
    # "spoke with X", not "spoke about X": a verb trigger fires only with a phrase of one of
    # these prepositions on it (its partner's)
    partner_preps: frozenset[str] = frozenset()
    # "spoke with American journalist X": words of a partner phrase that make it none
    partner_unless: frozenset[str] = frozenset()
    # "spoke with Peru's president", not "with his own minister" nor "with CNN's X": a
    # counterpart of a known country that none of the subjects is of
    foreign_partner: bool = False
    # "A and B spoke on Monday", "the two leaders discussed trade": the verb's subjects are
    # both sides (of two countries or more, a person among them); what it names besides
    # is its topic
    subject_pair: bool = False
    # a contact told with no medium word: its type's ``in_person`` reading may make it
    # an event of another type (a meeting, when something places the two in one room)
    medium_untold: bool = False


@dataclass(frozen=True)
class EventTypeRule:
    """An event type: its codes, roles, participant minimum, subtypes and triggers."""

    name: str
    cameo: str | None
    plover: str | None
    plover_mode: str | None
    quad_class: str | None
    roles: str
    min_participants: int
    target_preps: frozenset[str]
    subtypes: dict[str, dict[str, str]]
    triggers: tuple[TriggerRule, ...]
    possessor_targets: bool = True
    place_preps: frozenset[str] = frozenset()
    content_preps: frozenset[str] = frozenset()
    # prepositions whose object is acted on wherever it stands, never the doer, when the
    # detector's word names too few parties of its own ("aid to X", "drills around X")
    acted_on_preps: frozenset[str] = frozenset()
    # nouns of counted groups an agentless passive act is done to (graphkit.extract.patients)
    group_patients: frozenset[str] = frozenset()
    # words that count such a group rather than name it ("dozens of", "a number of")
    group_counts: frozenset[str] = frozenset()
    # words that tell such a group as of another country than its holder's ("foreigners")
    foreign_groups: frozenset[str] = frozenset()
    # nouns of non-state groups that act as a party of their own (graphkit.extract.patients)
    group_agents: frozenset[str] = frozenset()
    reported_units: frozenset[str] = frozenset()
    victim_verbs: frozenset[str] = frozenset()
    announcer_verbs: frozenset[str] = frozenset()
    # a call for one of these with no addressee ("called for restraint", "urged calm") asks
    # the sides of the fighting its sentence or the one before tells (``calm_calls``)
    calm_calls: frozenset[str] = frozenset()
    # ... or the two sides a phrase or clause of the call itself joins as a pair, opened by
    # one of these words ("called for restraint after X and Y troops clashed", "amid
    # clashes between X and Y")
    calm_call_settings: frozenset[str] = frozenset()
    # a call for one of these with no addressee ("called for his release") asks whoever
    # holds the person: the doer of the last act of type ``release_act`` the story told
    release_calls: frozenset[str] = frozenset()
    # ... also a passive clause of one of these verbs under the call ("demanded that X be
    # released"): its subject is who is to be released, not the addressee
    release_verbs: frozenset[str] = frozenset()
    release_act: str | None = None
    # ... only when what is to be released is people (a pronoun, a person's name or one of
    # these nouns) naming no other party, and the detention is told at most
    # ``release_within`` sentences before, or was done to the caller's side
    release_people: frozenset[str] = frozenset()
    release_within: int = 0
    # per-type behaviour (see the header of event_types.yaml)
    material: bool = False
    place_target: bool = False
    authority_source: bool = False
    counter_source: bool = False
    condition_target: bool = False
    infinitive_target: bool = False
    foreign_target: bool = False
    event_agent_target: bool = False
    previous_counterpart: bool = False
    foreign_parties: bool = False
    foreign_retarget: bool = False
    story_target: bool = False
    story_target_unjoined: bool = False
    foreign_counterpart: bool = False
    known_parties: bool = False
    passive_needs_agent: bool = False
    passive_reporter_source: bool = False
    reporter_state_source: bool = False
    own_nationals_advised: bool = False
    passive_host_source: bool = False
    source_country_restates: bool = False
    country_day_restates: bool = False
    day_apart: bool = False
    background_added: bool = False
    held_of_holder: bool = False
    story_pair_source: bool = False
    own_state_source: bool = False
    # a party of one country with no counterpart agrees with the other party of a contact
    # told at most this many sentences before; -1: never
    contact_counterpart: int = -1
    pairwise_cues: frozenset[str] = frozenset()
    # adverbs on the event's word that tell a further event of its kind ("also signed"):
    # such an event restates an earlier one only between the same actors
    further_cues: frozenset[str] = frozenset()
    # one party with this many counterparts or more, each of its own country, met each
    # apart ("X met A, B and C"); 0: never
    pairwise_min: int = 0
    prior_subtype: str | None = None
    # words of an event's own phrase that tell its subtype whatever its trigger's default
    # ("food aid" humanitarian, "a loan" financial), in the file's order of preference
    subtype_cues: dict[str, frozenset[str]] = field(default_factory=dict)
    # a contact whose own word is told with a remote medium ("met virtually", "talks by
    # video link") is an event of ``remote_type``, of the subtype whose cue it holds
    remote_type: str | None = None
    remote_cues: dict[str, frozenset[str]] = field(default_factory=dict)
    remote_preps: frozenset[str] = frozenset()
    # a contact of these subtypes (talks, a meeting: no journey, no reception) that names
    # the countries of an asserted event of ``remote_type`` told with the same date is
    # that call told again ("discussed ... during their meeting" in a story of a phone call)
    remote_retold_subtypes: frozenset[str] = frozenset()
    # a contact told with no medium word (a ``medium_untold`` trigger) is an event of
    # ``in_person_type`` (of ``in_person_subtype``) when its sentence places the two in one
    # room: a cue word in a phrase of ``in_person_preps`` on its verb or partner, in a
    # clause of ``in_person_marks`` on it, or on its partner ("the visiting X"), or a place
    # (a named entity of ``in_person_places``) in a phrase of ``in_person_place_preps``
    # ("in Lima", "at Camp David"); or when the story
    # tells an asserted event of that type between the same countries that day
    # (graphkit.extract.medium)
    in_person_type: str | None = None
    in_person_subtype: str | None = None
    in_person_cues: frozenset[str] = frozenset()
    in_person_preps: frozenset[str] = frozenset()
    in_person_marks: frozenset[str] = frozenset()
    # words opening a phrase of another time inside those ("a day after the summit")
    in_person_apart: frozenset[str] = frozenset()
    in_person_places: frozenset[str] = frozenset()
    in_person_place_preps: frozenset[str] = frozenset()
    # days a meeting the story tells may go on: a contact of no medium told up to so many
    # days after it ("arrived in Lima on Sunday ... the two leaders spoke on Monday") is a
    # later part of that visit, which holds it (no event of its own)
    in_person_days: int = 0

    def subtype_told(self, default: str | None, words: set[str]) -> str | None:
        """The subtype that the most of ``words`` (lower-case words and lemmas of the
        event's phrase) cue, the trigger's ``default`` where no cue is among them or where
        it ties for the most."""
        counts = {name: len(cues & words) for name, cues in self.subtype_cues.items()}
        best = max(counts.values(), default=0)
        if best == 0 or counts.get(default or "", 0) == best:
            return default
        return next(name for name, n in counts.items() if n == best)

    def codes(self, subtype: str | None) -> tuple[str | None, str | None]:
        """The (CAMEO code, PLOVER mode) of this type, refined by ``subtype``."""
        extra = self.subtypes.get(subtype or "", {})
        return extra.get("cameo", self.cameo), extra.get("plover_mode", self.plover_mode)


@dataclass(frozen=True)
class Rules:
    """Every rule file of a schema folder, loaded and checked."""

    types: dict[str, EventTypeRule]
    modality: dict[str, Any]
    reporting: dict[str, Any]
    mentions: dict[str, Any]
    folder: Path = field(default_factory=default_schema_dir)
    # what is fired or launched, not what is hit (``projectiles`` of event_types.yaml)
    projectiles: frozenset[str] = frozenset()
    # organisation kinds that act against their own state (``non_state_kinds``)
    non_state_kinds: frozenset[str] = frozenset()
    # organisation kinds that, as whom a sentence attributes its news to ("according to the
    # UN"), are no party of a deed of force it tells (``cited_kinds``)
    cited_kinds: frozenset[str] = frozenset()
    # the types reported speech makes (``speech_acts`` of event_types.yaml)
    statement_type: str = "STATEMENT"
    conditional_threat_type: str = "THREATEN"
    joint_commitment_type: str = "AGREE"
    # nouns before "of" that make a setting ("ahead of", "on the sidelines of")
    setting_heads: frozenset[str] = frozenset()
    # nouns before "of" that name an act's beginning ("since the start of X's invasion"):
    # the setting is told by the preposition before them (``onset_heads``)
    onset_heads: frozenset[str] = frozenset()
    # prepositions that tell the backdrop of the news ("amid tensions between X and Y"),
    # in which the learned detector adds no event (``background_preps``)
    background_preps: frozenset[str] = frozenset()
    # words of talking a matter over and the prepositions naming the matter: an actor in
    # the matter is no party of a detector's contact (``discussion_verbs`` ...)
    discussion_verbs: frozenset[str] = frozenset()
    discussion_nouns: frozenset[str] = frozenset()
    topic_preps: frozenset[str] = frozenset()
    topic_partner_preps: frozenset[str] = frozenset()
    topic_unless: frozenset[str] = frozenset()
    # verbs of staying that, as a trigger verb's passive auxiliary, tell the state an earlier
    # act left ("X remains detained"), not the act (``state_auxiliaries``)
    state_auxiliaries: frozenset[str] = frozenset()
    # per type, the nouns of its act that tell an event of their own when they carry their
    # own date ("his arrest in May", "the 2014 depot explosion"): a detector feature
    # (``dated_act_nouns``)
    dated_act_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    # per type, nouns that name its act without being its triggers ("the execution of X
    # in Y" is a state's act on X): a verbal act aimed at one aims at its doer (``act_nouns``)
    act_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    # prepositions of the addressee of a verbal act tied to a contact ("spoke with X, demanding")
    addressee_preps: frozenset[str] = frozenset()
    # dependency relations of a verb whose actors are a verbal act's counterpart, and the
    # links up which a verbal act with none of its own finds them ("accused X ... and warned")
    addressee_deps: frozenset[str] = frozenset()
    addressee_links: frozenset[str] = frozenset()
    addressee_climb: int = 1
    # dependency relations of a clause that tells an event of its own beside its head's
    # event of the same type (``own_clauses``)
    own_clauses: frozenset[str] = frozenset()
    # dependency relations of a clause that, with a date of its own, tells another act of
    # the type than its head's, even between the same parties (``dated_clauses``)
    dated_clauses: frozenset[str] = frozenset()
    # a measure whose reason names another party's deed accuses it (reasons.py)
    reason_accusations: dict[str, Any] = field(default_factory=dict)
    # a coercive measure told as planned is a threat made now (planned_threats.py)
    planned_threats: PlannedThreats | None = None
    # an act of force its doer says it will do is a threat of force (``announced_force``):
    # (the act's type, the threat's type), or none
    announced_force: tuple[str, str] | None = None
    # per type, the types of a verbal act that a participle of it told beside, by the same
    # source, elaborates rather than adds to (``folded_participles``)
    folded_participles: dict[str, frozenset[str]] = field(default_factory=dict)
    # a present-tense verb as headlines write it -> its past form, read again as a verb by
    # graphkit/extract/headlines.py (``headline_verbs``)
    headline_verbs: dict[str, str] = field(default_factory=dict)
    # first parts of a hyphened noun the parser splits ("counter-offensive"), mended by
    # graphkit/extract/nlp.py ``join_hyphen_nouns`` (``hyphen_prefixes``)
    hyphen_prefixes: frozenset[str] = frozenset()
    # verbs taking a bare gerund, whose gerund misread before a name is mended by
    # graphkit/extract/headlines.py (``gerund_governors``)
    gerund_governors: frozenset[str] = frozenset()
    # verbs that tell, whose "that" clause misread on their listener or medium is mended by
    # graphkit/extract/complement_clauses.py (``told_clause_verbs``), and the nouns whose
    # "that" clause is their own (``content_clause_nouns``)
    told_clause_verbs: frozenset[str] = frozenset()
    content_clause_nouns: frozenset[str] = frozenset()

    @property
    def triggers(self) -> list[TriggerRule]:
        return [t for rule in self.types.values() for t in rule.triggers]

    def words(self, section: Mapping[str, Any], key: str) -> frozenset[str]:
        """A lower-cased word set from ``section[key]`` (empty when absent)."""
        return word_set(section, key)


@dataclass(frozen=True)
class PlannedThreats:
    """``planned_threats`` of event_types.yaml: the threat type a planned measure of
    ``types`` makes when its own words hold one of ``cues``."""

    type: str
    types: frozenset[str]
    cues: frozenset[str]


def _planned_threats(raw: Any, types: Mapping[str, EventTypeRule]) -> PlannedThreats | None:
    """``planned_threats`` of event_types.yaml, checked: a misspelt type fails the load
    rather than turning the reading off."""
    if not raw:
        return None
    if not isinstance(raw, Mapping) or set(raw) - {"type", "types", "cues"}:
        raise ExtractError("event_types.yaml: planned_threats must map type, types and cues")
    spec = PlannedThreats(str(raw.get("type")), frozenset(str(t) for t in raw.get("types") or ()),
                          frozenset(str(w).lower() for w in raw.get("cues") or ()))
    unknown = ({spec.type} | spec.types) - set(types)
    if unknown:
        raise ExtractError(f"event_types.yaml: planned_threats: {sorted(unknown)} names a type the file "
                           "does not define")
    if not spec.types or not spec.cues:
        raise ExtractError("event_types.yaml: planned_threats: its types and its cues must not be empty")
    return spec


def _announced_force(raw: Any, types: Mapping[str, EventTypeRule]) -> tuple[str, str] | None:
    """``announced_force`` of event_types.yaml as (act type, threat type), checked."""
    if not raw:
        return None
    if not isinstance(raw, Mapping):
        raise ExtractError("event_types.yaml: announced_force must map act and threat to types")
    pair = (str(raw.get("act")), str(raw.get("threat")))
    if not set(pair) <= set(types):
        raise ExtractError(f"event_types.yaml: announced_force: {pair} names a type the file "
                           "does not define")
    return pair


def _headline_verbs(raw: Any) -> dict[str, str]:
    """``headline_verbs`` of event_types.yaml (a word -> its past form), checked."""
    if not isinstance(raw or {}, Mapping):
        raise ExtractError("event_types.yaml: headline_verbs must map a word to its past form")
    return {str(k).lower(): str(v).lower() for k, v in (raw or {}).items()}


def word_set(section: Mapping[str, Any], key: str) -> frozenset[str]:
    """A lower-cased word set from ``section[key]`` of a rule file (empty when absent)."""
    return frozenset(str(w).lower() for w in section.get(key) or ())


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as handle:
            data = load_yaml(handle) or {}
    except FileNotFoundError as exc:
        raise ExtractError(f"rule file {path} is missing; fix: restore it from the repository") from exc
    except (OSError, yaml.YAMLError) as exc:
        raise ExtractError(f"cannot read rule file {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise ExtractError(f"rule file {path} must hold a mapping at top level")
    return data


def _words(value: Any) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, str):
        value = [value]
    return frozenset(str(v).lower() for v in value)


def _trigger(type_name: str, index: int, raw: dict[str, Any]) -> TriggerRule:
    pattern = raw.get("pattern")
    if pattern is None:
        lemmas = raw.get("lemma")
        if lemmas is None:
            raise ExtractError(f"{type_name} trigger {index} has neither pattern nor lemma")
        token: dict[str, Any] = {"LEMMA": {"IN": sorted(_words(lemmas))}}
        if raw.get("pos"):
            token["POS"] = raw["pos"]
        pattern = [token]
    if not isinstance(pattern, list) or not pattern:
        raise ExtractError(f"{type_name} trigger {index}: pattern must be a non-empty list")
    head = int(raw.get("head", 0))
    if not 0 <= head < len(pattern):
        raise ExtractError(f"{type_name} trigger {index}: head {head} is outside its pattern")
    # word lists and flags come from the keys of the same name; the others are read here
    options: dict[str, Any] = {
        f.name: (_words(raw.get(f.name)) if f.type == "frozenset[str]" else bool(raw.get(f.name)))
        for f in fields(TriggerRule) if f.type in ("frozenset[str]", "bool")}
    return TriggerRule(
        type=type_name, key=f"{type_name}:{index}", pattern=pattern, head=head,
        subtype=raw.get("subtype"), confidence=float(raw.get("confidence", 0.7)),
        requires_object_kind=raw.get("requires_object_kind"), subject=raw.get("subject"),
        agent_verbs=_words(raw["agent_verbs"]) if "agent_verbs" in raw else None,
        **options)


def _event_type(name: str, raw: dict[str, Any]) -> EventTypeRule:
    if name not in EVENT_TYPES:
        raise ExtractError(f"event_types.yaml: unknown event type {name!r}")
    roles = raw.get("roles", "directed")
    if roles not in ROLE_KINDS:
        raise ExtractError(f"event_types.yaml: {name} roles must be one of {ROLE_KINDS}")
    unknown = set(raw.get("subtype_cues") or {}) - set(raw.get("subtypes") or {})
    if unknown:
        raise ExtractError(f"event_types.yaml: {name} subtype_cues name no subtype of it: {sorted(unknown)}")
    remote = raw.get("remote") or {}
    in_person = raw.get("in_person") or {}
    return EventTypeRule(
        name=name, cameo=raw.get("cameo"), plover=raw.get("plover"),
        plover_mode=raw.get("plover_mode"), quad_class=raw.get("quad_class"), roles=roles,
        min_participants=int(raw.get("min_participants", 2)),
        target_preps=_words(raw.get("target_preps")),
        calm_calls=_words(raw.get("calm_calls")),
        calm_call_settings=_words(raw.get("calm_call_settings")),
        release_calls=_words((raw.get("release_calls") or {}).get("words")),
        release_verbs=_words((raw.get("release_calls") or {}).get("verbs")),
        release_act=(raw.get("release_calls") or {}).get("act"),
        release_people=_words((raw.get("release_calls") or {}).get("people")),
        release_within=int((raw.get("release_calls") or {}).get("within", 0)),
        subtypes={k: dict(v or {}) for k, v in (raw.get("subtypes") or {}).items()},
        triggers=tuple(_trigger(name, i, t) for i, t in enumerate(raw.get("triggers") or [])),
        possessor_targets=bool(raw.get("possessor_targets", True)),
        place_preps=_words(raw.get("place_preps")),
        content_preps=_words(raw.get("content_preps")),
        acted_on_preps=_words(raw.get("acted_on_preps")),
        group_patients=_words(raw.get("group_patients")),
        group_counts=_words(raw.get("group_counts")),
        foreign_groups=_words(raw.get("foreign_groups")),
        group_agents=_words(raw.get("group_agents")),
        reported_units=_words(raw.get("reported_units")),
        victim_verbs=_words(raw.get("victim_verbs")),
        announcer_verbs=_words(raw.get("announcer_verbs")),
        pairwise_cues=_words(raw.get("pairwise_cues")),
        further_cues=_words(raw.get("further_cues")),
        pairwise_min=int(raw.get("pairwise_min") or 0),
        contact_counterpart=int(raw.get("contact_counterpart", -1)),
        prior_subtype=raw.get("prior_subtype"),
        subtype_cues={k: _words(v) for k, v in (raw.get("subtype_cues") or {}).items()},
        remote_type=remote.get("type"),
        remote_cues={k: _words(v) for k, v in (remote.get("cues") or {}).items()},
        remote_preps=_words(remote.get("preps")),
        remote_retold_subtypes=_words(remote.get("retold_subtypes")),
        in_person_type=in_person.get("type"),
        in_person_subtype=in_person.get("subtype"),
        in_person_cues=_words(in_person.get("cues")),
        in_person_preps=_words(in_person.get("preps")),
        in_person_marks=_words(in_person.get("marks")),
        in_person_apart=_words(in_person.get("apart")),
        in_person_places=frozenset(str(w) for w in in_person.get("places") or ()),
        in_person_place_preps=_words(in_person.get("place_preps")),
        in_person_days=int(in_person.get("days") or 0),
        **{flag: bool(raw.get(flag)) for flag in _TYPE_FLAGS},
    )


def _with_variants(rule: EventTypeRule, variants: dict[str, frozenset[str]]) -> EventTypeRule:
    """``rule`` with the variants of each target preposition (``preposition_variants``:
    "upon" wherever "on" is) added to its own and its triggers' ``target_preps``."""
    def grown(preps: frozenset[str]) -> frozenset[str]:
        return preps.union(*(variants.get(p, frozenset()) for p in preps))

    return replace(rule, target_preps=grown(rule.target_preps),
                   triggers=tuple(replace(t, target_preps=grown(t.target_preps)) for t in rule.triggers))


@lru_cache(maxsize=8)
def load_rules(schema_dir: Path | None = None) -> Rules:
    """Load and check the rule files of ``schema_dir`` (default: the repository's).

    Raises:
        ExtractError: a file is missing, malformed or names an unknown event type.
    """
    folder = Path(schema_dir or default_schema_dir())
    event_types = _read(folder / "event_types.yaml")
    raw_types = event_types.get("types") or {}
    types = {name: _event_type(name, raw or {}) for name, raw in raw_types.items()}
    variants = {str(k).lower(): _words(v) for k, v in (event_types.get("preposition_variants") or {}).items()}
    types = {name: _with_variants(rule, variants) for name, rule in types.items()}
    for name, rule in types.items():
        remote = types.get(rule.remote_type or "")
        if rule.remote_cues and (remote is None or not set(rule.remote_cues) <= set(remote.subtypes)):
            raise ExtractError(f"event_types.yaml: {name} remote: the type and its cues' subtypes "
                               "must be a type of the file and subtypes of it")
        if rule.in_person_type and rule.in_person_type not in types:
            raise ExtractError(f"event_types.yaml: {name} in_person: {rule.in_person_type!r} "
                               "is no type of the file")
    speech = event_types.get("speech_acts") or {}
    for act, type_name in speech.items():
        if act not in SPEECH_ACTS or type_name not in types:
            raise ExtractError(f"event_types.yaml: speech_acts: {act}: {type_name!r} is no "
                               f"act of {SPEECH_ACTS} and type of the file")
    folded = {str(k): frozenset(str(t) for t in v or ())
              for k, v in (event_types.get("folded_participles") or {}).items()}
    for participle, acts in folded.items():
        if participle not in types or not acts <= set(types):
            raise ExtractError(f"event_types.yaml: folded_participles: {participle}: names a type "
                               "the file does not define")
    act_nouns = {str(k): _words(v) for k, v in (event_types.get("act_nouns") or {}).items()}
    if not set(act_nouns) <= set(types):
        raise ExtractError(f"event_types.yaml: act_nouns: {sorted(set(act_nouns) - set(types))} "
                           "names a type the file does not define")
    return Rules(
        types=types,
        modality=_read(folder / "modality.yaml"),
        reporting=_read(folder / "reporting_verbs.yaml"),
        mentions=_read(folder / "mentions.yaml"),
        folder=folder,
        projectiles=_words(event_types.get("projectiles")),
        non_state_kinds=_words(event_types.get("non_state_kinds")),
        cited_kinds=_words(event_types.get("cited_kinds")),
        setting_heads=_words(event_types.get("setting_heads")),
        onset_heads=_words(event_types.get("onset_heads")),
        background_preps=_words(event_types.get("background_preps")),
        discussion_verbs=_words(event_types.get("discussion_verbs")),
        discussion_nouns=_words(event_types.get("discussion_nouns")),
        topic_preps=_words(event_types.get("topic_preps")),
        topic_partner_preps=_words(event_types.get("topic_partner_preps")),
        topic_unless=_words(event_types.get("topic_unless")),
        state_auxiliaries=_words(event_types.get("state_auxiliaries")),
        dated_act_nouns={str(k): _words(v) for k, v in (event_types.get("dated_act_nouns") or {}).items()},
        act_nouns=act_nouns,
        addressee_preps=_words(event_types.get("addressee_preps")),
        addressee_deps=_words(event_types.get("addressee_deps")),
        addressee_links=_words(event_types.get("addressee_links")),
        addressee_climb=int(event_types.get("addressee_climb", 1)),
        own_clauses=_words(event_types.get("own_clauses")),
        dated_clauses=_words(event_types.get("dated_clauses")),
        reason_accusations=dict(event_types.get("reason_accusations") or {}),
        planned_threats=_planned_threats(event_types.get("planned_threats"), types),
        folded_participles=folded,
        announced_force=_announced_force(event_types.get("announced_force"), types),
        headline_verbs=_headline_verbs(event_types.get("headline_verbs")),
        hyphen_prefixes=frozenset(str(w).lower() for w in event_types.get("hyphen_prefixes") or ()),
        gerund_governors=frozenset(str(w).lower() for w in event_types.get("gerund_governors") or ()),
        told_clause_verbs=frozenset(str(w).lower() for w in event_types.get("told_clause_verbs") or ()),
        content_clause_nouns=frozenset(str(w).lower() for w in event_types.get("content_clause_nouns") or ()),
        **{f"{act}_type": str(type_name) for act, type_name in speech.items()},
    )

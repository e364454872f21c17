"""A contact's medium, read off the words on its own word.

A meeting told with a remote medium ("met virtually", "held talks by video link", "took
part in an online summit", "talks by phone") is a call of that medium: the corpus codes
video calls and virtual summits as CALL (with MEET as the other reading). The medium is
what modifies the contact's word itself (an adjective, compound or adverb on it, or a
"by"/"via" phrase on it or on the verb it is the object of), never a word elsewhere in
the sentence: "met in Lima a day after a video call" is a meeting. The type to become,
its subtypes' cue words and the prepositions are data (`remote` of a type in
event_types.yaml).

The other way round, a contact told with no medium word at all ("spoke with X on
Monday") is a call unless its sentence or story places the two in one room (a summit's
sidelines, a visit, a place named, "in person"): then a meeting (`in_person` of a type).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Token

from graphkit.extract.found import Found, dates_overlap
from graphkit.extract.rules import EventTypeRule, Rules
from graphkit.model import EventDate

# relations of a word's own modifiers, and of a verb's object (whose verb's "by" phrase
# tells the medium of the object: "held talks by video link")
_MODIFIERS = frozenset({"amod", "compound", "advmod", "npadvmod", "nmod"})
_OBJECTS = frozenset({"dobj", "nsubjpass", "attr", "pobj"})


def medium_words(token: Token, preps: frozenset[str]) -> set[str]:
    """The lower-case forms and lemmas of the words that modify ``token`` itself, and of
    the phrases of ``preps`` on it or, for an object, on its verb."""
    words: set[str] = set()
    holders = [token] + ([token.head] if token.dep_ in _OBJECTS and token.head is not token else [])
    for holder in holders:
        for child in holder.children:
            if child.dep_ in _MODIFIERS and holder is token:
                words.update((child.lower_, child.lemma_.lower()))
            elif child.dep_ == "prep" and child.lower_ in preps:
                words.update(w for t in child.subtree for w in (t.lower_, t.lemma_.lower()))
            elif child.dep_ == "prep" and holder is token:  # "met virtually with X": the
                # parser hangs the adverb on the preposition
                words.update(w for t in child.children if t.dep_ == "advmod"
                             for w in (t.lower_, t.lemma_.lower()))
    return words


def by_medium(found: Found, rules: Rules) -> Found:
    """``found`` as an event of its type's ``remote_type`` when its own word is told with
    a remote medium (the subtype of the first medium whose cue it holds); else as it is."""
    rule = found.rule
    if not rule.remote_cues or rule.remote_type is None:
        return found
    words = medium_words(found.token, rule.remote_preps)
    for subtype, cues in rule.remote_cues.items():
        if cues & words:
            remote = rules.types[rule.remote_type]
            return replace(found, type=remote.name, rule=remote, subtype=subtype)
    return found


def in_person(found: Found, rules: Rules) -> Found:
    """``found`` as an event of its type's ``in_person_type`` when its trigger tells no
    medium (``medium_untold``) and its sentence places the two in one room: a cue word
    (``in_person_cues``) in a phrase of ``in_person_preps`` on its verb ("on the sidelines
    of the summit", "during a visit", "in person"), in a clause of ``in_person_marks`` on it
    ("while visiting Lima"), or on its partner ("the visiting minister"), or a named place
    (``in_person_places``) in a phrase of ``in_person_place_preps`` on its verb or partner
    ("in Lima"); a
    phrase of ``in_person_apart`` inside those tells another time ("a day after the
    summit"). Never in a sentence that names a remote medium (a cue of the type's own
    subtypes). Else as it is."""
    rule = found.rule
    trig = found.trigger
    if trig is None or not trig.medium_untold or rule.in_person_type is None:
        return found
    sentence = {w for t in found.sent for w in (t.lower_, t.lemma_.lower())}
    if any(cues & sentence for cues in rule.subtype_cues.values()):
        return found
    if not _placed_together(found.token, rule):
        return found
    return as_in_person(found, rules)


def as_in_person(found: Found, rules: Rules) -> Found:
    """``found`` as an event of its type's ``in_person_type`` (``in_person_subtype``)."""
    met = rules.types[found.rule.in_person_type or found.type]
    return replace(found, type=met.name, rule=met, subtype=found.rule.in_person_subtype)


def _placed_together(verb: Token, rule: EventTypeRule) -> bool:
    """Whether the phrases on ``verb`` (or on the verb whose object it is) or on its
    partner place its parties in one room (see in_person)."""
    # "exchanged views with X on Monday": the noun's verb holds the phrases
    holders = [verb] + ([verb.head] if verb.pos_ == "NOUN" and verb.dep_ == "dobj" else [])
    # "spoke with X in Lima", "with the visiting minister": the partner's own phrases
    partners = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in rule.target_preps
                for p in c.children if p.dep_ == "pobj"]
    words: set[str] = set()
    for holder in holders + partners:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in rule.in_person_preps:
                words.update(_forms(_within(child, rule.in_person_apart)))
                if child.lower_ in rule.in_person_place_preps and any(
                        p.dep_ == "pobj" and p.ent_type_ in rule.in_person_places for p in child.children):
                    return True  # "spoke with X in Lima": where they were
            elif child.dep_ in ("amod", "compound") and holder in partners:
                words.update(_forms([child]))  # "the visiting minister"
            elif child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in rule.in_person_marks
                                               for m in child.children):
                words.update(_forms(_within(child, rule.in_person_apart)))
            elif child.dep_ in ("advmod", "npadvmod"):  # "face to face"; not "ahead of the summit"
                words.update(_forms([child, *(c for c in child.children if c.dep_ != "prep")]))
    return bool(words & rule.in_person_cues)


def _forms(tokens: list[Token]) -> set[str]:
    """The lower-case forms and lemmas of ``tokens``."""
    return {w for t in tokens for w in (t.lower_, t.lemma_.lower())}


def _within(head: Token, apart: frozenset[str]) -> list[Token]:
    """The words of ``head``'s phrase but those of a phrase of ``apart`` inside it ("on
    Monday, a day after the summit": the summit is another day's)."""
    words: list[Token] = []
    stack = [head]
    while stack:
        t = stack.pop()
        words.append(t)
        stack.extend(c for c in t.children if c.lower_ not in apart)
    return words


def in_person_by_story(found: list[Found], rules: Rules) -> list[Found]:
    """The events of a story (``found``, in story order), each contact told with no medium
    word (``medium_untold``) that names the countries of an asserted event of its type's
    ``in_person_type`` told anywhere in the story as an event of that type when told on a
    day that meeting may be on (words had during it), and left out when told up to
    ``in_person_days`` days after it (a later part of the same visit, which it holds)."""
    out: list[Found] = []
    for f in found:
        meeting = story_meeting(f, found, rules)
        if meeting is None:
            out.append(f)
        elif dates_overlap(f.date, meeting.date):
            out.append(as_in_person(f, rules))
    return out


def without_calls_retold(found: list[Found], rules: Rules) -> list[Found]:
    """``found`` without the contacts that tell again a call of the story: an event of a
    ``remote_retold_subtypes`` subtype, asserted, whose known countries (two or more) are all among
    those of an asserted event of its type's ``remote_type`` of the same date
    ("discussed ... during their meeting" in a story of a phone call)."""
    calls: dict[str, list[Found]] = {}
    for g in found:
        if g.modality == "asserted":
            calls.setdefault(g.type, []).append(g)
    return [f for f in found if not _retells_call(f, calls.get(f.rule.remote_type or "", []))]


def _retells_call(f: Found, calls: list[Found]) -> bool:
    """Whether ``f`` is a contact of a retold subtype naming the countries of one of ``calls``
    on its date."""
    if f.modality != "asserted" or f.subtype not in f.rule.remote_retold_subtypes:
        return False  # ("agreed to meet soon", told in the call: a meeting to come stays)
    countries = {a.country for a, _ in f.participants if a.country}
    return len(countries) >= 2 and any(
        countries <= {a.country for a, _ in g.participants}
        and f.date.value is not None and f.date.value == g.date.value
        for g in calls)  # (the same date, as precise: "met in Paris last month" is not a
    # call made on a day of that month; an unknown date is no shared one)


def story_meeting(f: Found, found: list[Found], rules: Rules) -> Found | None:
    """The first asserted event of ``f``'s type's ``in_person_type`` among ``found`` that
    names the countries of ``f``, a contact told with no medium word, on a day it may be
    on, else up to ``in_person_days`` days before (None: none, or ``f`` is no such contact)."""
    rule = f.rule
    trig = f.trigger
    countries = {a.country for a, _ in f.participants if a.country}
    if (trig is None or not trig.medium_untold or rule.in_person_type is None
            or f.type == rule.in_person_type or len(countries) < 2):
        return None
    meetings = [g for g in found if g.type == rule.in_person_type and g.modality == "asserted"
                and countries <= {a.country for a, _ in g.participants}]
    return next((g for g in meetings if dates_overlap(f.date, g.date)), next(
        (g for g in meetings if _days_after(f.date, g.date, rule.in_person_days)), None))


def _days_after(words: EventDate, meeting: EventDate, days: int) -> bool:
    """Whether the date ``words`` begins at most ``days`` days after ``meeting`` ends."""
    first, last = words.start, meeting.end
    if first is None or last is None or days <= 0:
        return False
    return 0 < (date.fromisoformat(first) - date.fromisoformat(last)).days <= days

"""Parties read off an event's setting that take no part in it, dropped after the learned
detector's review (so the detector's features and training stay as they were): a place of
no known country that a place preposition gave ("met X at <an unknown name>'s office"), a
place named only as the time zone of a clock time ("at 4 p.m. <a country's> time"), a name
joined by a hyphen to a participle qualifying another noun ("the EU-backed process"), a
name only inside a phrase of time that tells another act ("since the invasion of X"); and
an event of a ``known_parties`` type that names too few parties besides bodies unknown to
the gazetteer ("the leader visited the <unit name> Brigade"). When the article's events are
made, a third side named only as where the event took place ("at their encounter in <a
capital>") is left out (:func:`without_setting_sides`), and a party a statement's quoted
words name (:func:`without_quoted_parties`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from graphkit.extract.found import Found
from graphkit.extract.mentions import ArticleMentions, MentionWords
from graphkit.extract.reporting import quoted
from graphkit.model import Actor


def without_setting_parties(f: Found, mentions: ArticleMentions,
                            regions: frozenset[str] = frozenset()) -> Found | None:
    """``f`` without the parties its setting gave that are none, and without world regions
    of no country read as bodies (``regions``: "the <region>" is where, not who); None when
    too few parties are left for its type (``min_participants``)."""
    doc = f.sent.doc
    named = mentions.within(f.sent.start, f.sent.end)
    gone = {a.id for a, _ in f.participants if not a.country and (
        a.id in f.venue_parties or _region(a.name) in regions)}
    modifiers = set()
    for a, _ in f.participants:
        own = [m for m in named if any(x.id == a.id for x in m.actors)]
        if own and all(_on_clock(doc[m.start:m.end].root, mentions.words.clock_nouns) for m in own):
            gone.add(a.id)
        elif own and all(_hyphen_modifier(doc, m.end, f.token) or _in_time_phrase(
                doc[m.start:m.end].root, f.token, mentions.words.time_adjuncts) for m in own):
            # "the EU-backed process", "since the invasion of X": X tells of another thing
            modifiers.add(a.id)
    kept_ids = {a.id for a, _ in f.participants} - gone - modifiers
    if modifiers and len(kept_ids) >= max(1, f.rule.min_participants):
        gone |= modifiers  # "<X>-backed <noun>": X describes the noun; never cut below the type's need
    if not gone:
        return f
    kept = [(a, r) for a, r in f.participants if a.id not in gone]
    if len({a.id for a, _ in kept}) < max(1, f.rule.min_participants):
        return None
    return replace(f, participants=kept)


def without_ownerless_bodies(f: Found, words: MentionWords) -> Found | None:
    """``f`` without the bodies of no country a common noun names (``ownerless_bodies``:
    "the international community") but as the target of a type of ``ownerless_body_types``
    (a demand on them; "the international community demanded ..." tells no act of theirs);
    None when too few parties are left for its type."""
    asked = f.type.lower() in words.ownerless_body_types
    kept = [(a, r) for a, r in f.participants
            if a.name.lower() not in words.ownerless_bodies or (asked and r == "target")]
    if len(kept) == len(f.participants):
        return f
    if len({a.id for a, _ in kept}) < max(1, f.rule.min_participants) or (
            asked and {r for _, r in f.participants} - {r for _, r in kept}):
        return None  # "the international community demanded that X ...": no one asks
    return replace(f, participants=kept)


def _in_time_phrase(root: Token, anchor: Token, heads: frozenset[str]) -> bool:
    """Whether ``root`` lies in a phrase of time ("since the invasion of X", "on the eve
    of the talks with X") that does not hold ``anchor``, the event's own word: the phrase
    tells another act."""
    for t in [root, *root.ancestors]:
        if t.i == anchor.i:
            return False
        if t.lower_ in heads and t.dep_ in ("prep", "pobj", "advmod") and t is not root:
            # the phrase ends at its comma: a subject after it is often parsed into it
            # ("Since the invasion of X, Y, a neighbour, has ...": Y as X's apposition)
            return anchor not in t.subtree and not any(
                w.text == "," for w in root.doc[min(t.i, root.i):max(t.i, root.i)])
    return False


def _region(name: str) -> str:
    words = name.lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _hyphen_modifier(doc, end: int, anchor) -> bool:  # type: ignore[no-untyped-def]
    """A name joined by a hyphen to a participle that qualifies a noun other than the
    event's own word ("the EU-backed process": EU describes the process; not "the X-led
    attack", whose leader is the attacker)."""
    if end + 1 >= len(doc) or doc[end].text not in ("-", "\u2013") or doc[end - 1].whitespace_:
        return False
    participle = doc[end + 1]
    return participle.tag_ == "VBN" and participle.dep_ == "amod" and participle.head.i != anchor.i


def _on_clock(root, clock_nouns: frozenset[str]) -> bool:  # type: ignore[no-untyped-def]
    """A name that qualifies a clock noun ("X time"): a time zone."""
    return root.dep_ in ("compound", "nmod", "amod") and root.head.lower_ in clock_nouns


def too_few_known(f: Found, known: Callable[[Actor], bool], unit_heads: frozenset[str],
                  outlet: Callable[[Actor], bool]) -> bool:
    """Whether ``f`` (of a ``known_parties`` type) names fewer parties than its type needs
    once the units unknown to the gazetteer and of no known country are left out
    (``known``: an actor came from the gazetteer; ``unit_heads``: the last words of a
    unit's name, "<name> Brigade"; an unknown name the tagger read as a body may be a
    person's, and stays), and the news outlets (``outlet``: "<agency> contacted X" is a
    reporter's inquiry, no contact between parties)."""
    if not f.rule.known_parties:
        return False
    parties = {a.id for a, _ in f.participants if not outlet(a) and (
        a.country or a.kind != "organisation" or known(a) or a.name.split()[-1].lower() not in unit_heads)}
    return len(parties) < max(1, f.rule.min_participants)


def without_setting_sides(f: Found, participants: list[tuple[Actor, str]], mentions: ArticleMentions
                          ) -> list[tuple[Actor, str]]:
    """``participants`` of ``f`` (three sides or more) without those its sentence names only
    as a setting (:meth:`ArticleMentions.in_setting`: "at their last encounter in <a
    capital>", "the attack on the embassy in <a country>"), two sides kept and its sources
    and speakers always, and one after a preposition of the type's targets ("lashed out at
    X"); unchanged for a type that takes its place (``place_target``, ``authority_source``:
    "struck targets in X"), and when its only targets would go (several sources, one
    target named in a setting: "the coup in X was condemned by A, B and C")."""
    if f.rule.place_target or f.rule.authority_source or len(_sides(participants)) < 3:
        return participants
    doc = f.sent.doc
    named = mentions.within(f.sent.start, f.sent.end)

    def setting(actor: Actor) -> bool:
        own = [m for m in named if any(a.id == actor.id for a in m.actors)]
        # "lashed out at X": a preposition of the type's targets names a party
        return bool(own) and all(mentions.in_setting(m, doc) and doc[m.start:m.end].root.head.lower_
                                 not in f.rule.target_preps for m in own)

    kept = [(a, r) for a, r in participants if r in ("source", "speaker") or not setting(a)]
    if any(r == "target" for _, r in participants) and not any(r == "target" for _, r in kept):
        return participants  # "the coup in X was condemned by A, B and C": X is its only target
    return kept if len(_sides(kept)) >= 2 else participants


def _sides(participants: list[tuple[Actor, str]]) -> set[str]:
    return {a.country or a.id for a, _ in participants}


def without_quoted_parties(f: Found, participants: list[tuple[Actor, str]], mentions: ArticleMentions
                           ) -> list[tuple[Actor, str]]:
    """``participants`` of a statement (``roles: speaker``) without those its sentence names
    only inside the quoted words ("'Whatever X decides, we go on,' Y said": Y alone), and
    without the hearer of a quoted remark or of words reported with no "that" ("'...,' Y told
    Z", "Y told Z he hoped ...": Y alone; words reported with "that" keep their addressee);
    its speakers are always kept."""
    if f.rule.roles != "speaker":
        return participants
    inside = quoted(f.sent)
    bare = _bare_clause(f.token)
    if not inside and not bare:
        return participants
    doc = f.sent.doc
    named = mentions.within(f.sent.start, f.sent.end)
    # "'...,' X told Y" and "X told Y he hoped ...": the remark is the speaker's alone, not its
    # hearer's; words reported with "that" keep their addressee (gold codes both ways there)
    told = {t.i for c in f.token.children if c.dep_ in ("dobj", "dative")
            for t in c.subtree} if bare or (inside and max(inside) < f.token.i) else set()

    def left_out(actor: Actor) -> bool:
        # a pronoun read as the hearer ("told Y he hoped") does not make the hearer speak
        own = [m for m in named if any(a.id == actor.id for a in m.actors)
               and doc[m.start:m.end].root.pos_ != "PRON"]
        return bool(own) and (all(set(range(m.start, m.end)) <= inside for m in own)
                              or all(doc[m.start:m.end].root.i in told for m in own))

    kept = [(a, r) for a, r in participants if r == "speaker" or not left_out(a)]
    return kept if any(r == "speaker" for _, r in kept) else participants


def _bare_clause(verb: Token) -> bool:
    """Whether ``verb`` tells its hearer a clause with no "that" ("told Y he hoped ...")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(clauses) and not any(
        m.dep_ == "mark" and m.lower_ == "that" for c in clauses for m in c.children)


def with_countries_read_as_persons(f: Found, mentions: ArticleMentions) -> Found:
    """``f`` with a person party that its sentence names only by a word the tagger reads as
    a country's name (``Mention.country_word``: "Israel" after "Israel X" was named) read as
    that country: after the review, so the detector's features stay as trained."""
    named = mentions.within(f.sent.start, f.sent.end)
    swap: dict[str, Actor] = {}
    for a, _ in f.participants:
        own = [m for m in named if any(x.id == a.id for x in m.actors)]
        words = {m.country_word.id: m.country_word for m in own if m.country_word is not None}
        if own and len(words) == 1 and all(m.country_word is not None for m in own):
            swap[a.id] = next(iter(words.values()))
    if not swap:
        return f
    taken: set[str] = set()
    participants = []
    for a, r in f.participants:
        b = swap.get(a.id, a)
        if b.id not in taken:
            taken.add(b.id)
            participants.append((b, r))
    return replace(f, participants=participants)


def with_holders_country(f: Found) -> Found:
    """``f`` (a ``held_of_holder`` type) with each target of no known country given its
    source's country, when the sources are of one and no target is of a known country
    ("X, a Peruvian reporter, was detained": Peru's): a person or a movement the text names
    with no country of its own, held by a state, is of that state ("police of X detained
    Y"). A group named by words that name no country ("foreign citizens", a counted noun
    of ``group_patients``) stays of none: held by a state, it need not be of that state."""
    if not f.rule.held_of_holder:
        return f
    codes = {a.country for a, role in f.participants if role == "source"}
    if len(codes) != 1 or None in codes or any(a.country for a, role in f.participants if role == "target"):
        return f  # a target of a known country names the held side's country already
    code = next(iter(codes))
    participants = [(replace(a, country=code) if role == "target" and not a.country
                     and a.kind in ("person", "organisation") and not _worded_group(a, f.rule.group_patients)
                     else a, role) for a, role in f.participants]
    return replace(f, participants=participants)


def _worded_group(actor: Actor, nouns: frozenset[str]) -> bool:
    """A group named by its counted noun ("foreign citizens")."""
    words = actor.name.lower().split()
    return bool(words) and (words[-1] in nouns or words[-1].rstrip("s") in nouns)

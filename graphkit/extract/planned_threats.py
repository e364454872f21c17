"""Threats told as a plan: a coercive measure announced for later ("announced plans to
put a tariff on X", "was getting ready to unveil tariffs on X") is not done yet, but
telling it is a threat made now (the corpus codes such plans THREATEN, asserted), dated
from the verb that tells the plan ("announced", "said"), not from the measure's clause.

The measures and the words that make their plan a threat are schema data
(``planned_threats`` of event_types.yaml).
"""

from __future__ import annotations

from spacy.tokens import Token

from graphkit.extract.found import Found
from graphkit.extract.rules import Rules
from graphkit.model import Actor

# links by which a plan's words hang from the verb that tells them ("announced plans to
# impose", "said it plans to impose", "is preparing to announce"); a relative or adverbial
# clause tells another act
_TOLD_BY = frozenset({"xcomp", "ccomp", "acl", "dobj", "pobj", "prep"})
_VERBS = frozenset({"VERB", "AUX"})


def planned_threats(candidates: list[Found], rules: Rules) -> list[Found]:
    """The threats a sentence's planned measures make: the measure's source threatens its
    target, with the measure's confidence, one for each planned measure of other parties
    than an asserted threat of the sentence already names.

    Args:
        candidates: the events found in one sentence so far.
        rules: the loaded rules; ``rules.planned_threats`` configures this reading.
    Returns:
        The new events (possibly none); each one's ``told_by`` is the verb to date it from.
    """
    spec = rules.planned_threats
    if spec is None:
        return []
    made: list[Found] = []
    for c in candidates:
        if c.type not in spec.types or c.modality != "planned":
            continue
        own = _own_tokens(c.token)
        if not {c.token.doc[i].lemma_.lower() for i in own} & spec.cues:
            continue  # ("aiming to cut off revenue": a purpose of a measure, no plan told)
        sources = [a for a, role in c.participants if role == "source"]
        targets = [a for a, role in c.participants if role == "target"]
        if not (sources and targets):
            continue
        plan = _plan_tokens(c.token)
        told = [f for f in [*candidates, *made] if f.type == spec.type and f.modality == "asserted"
                and (f.token.i in own | plan or _same_parties(f, sources, targets))]
        for f in told:
            if f.told_by is None and f.token.i in own:
                f.told_by = _telling_verb(c.token)  # the threat found on the measure's words
        if told:  # (a threat found on the plan's words is this one, whoever it names)
            continue
        made.append(Found(spec.type, rules.types[spec.type], c.sent, c.token,
                          [(a, "source") for a in sources] + [(a, "target") for a in targets],
                          c.confidence, reporter=c.reporter, report_token=c.report_token,
                          told_by=_telling_verb(c.token)))
    return made


def _own_tokens(trigger: Token) -> set[int]:
    """The measure's own words: its trigger, a light verb's object ("impose a tariff"), and
    their compound and adjective modifiers; never a clause hung from them ("officials who
    raised duties": another act)."""
    heads = [trigger] + [c for c in trigger.children if c.dep_ == "dobj" and trigger.pos_ in _VERBS]
    return {t.i for t in heads} | {c.i for t in heads for c in t.children if c.dep_ in ("compound", "amod")}


def _plan_tokens(trigger: Token) -> set[int]:
    """The words up the chain from the measure to the verb that tells its plan
    ("promised to impose a tariff": "impose", "promised")."""
    chain, token = {trigger.i}, trigger
    while token.dep_ in _TOLD_BY and token.head.i != token.i:
        token = token.head
        chain.add(token.i)
    return chain


def _telling_verb(trigger: Token) -> Token:
    """The verb that tells the plan: the highest verb up the chain of plan words the
    measure hangs from ("said it plans to impose": "said"); the measure's own verb when
    nothing tells it ("will impose")."""
    verb = trigger
    while verb.pos_ not in _VERBS and verb.dep_ in _TOLD_BY and verb.head.i != verb.i:
        verb = verb.head
    token = verb
    while token.dep_ in _TOLD_BY and token.head.i != token.i:
        token = token.head
        if token.pos_ in _VERBS:
            verb = token
    return verb


def _same_parties(threat: Found, sources: list[Actor], targets: list[Actor]) -> bool:
    """Whether an event names one of the sources as its source and one of the targets as
    its target (the same threat told once already)."""
    def ids(role: str) -> set[str]:
        return {a.id for a, r in threat.participants if r == role}
    return bool(ids("source") & {a.id for a in sources}) and bool(ids("target") & {a.id for a in targets})

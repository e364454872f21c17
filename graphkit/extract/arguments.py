"""Who takes part in an event: the actors on a trigger's dependency arguments.

For a verb trigger the subject side is its subject (inherited through ``xcomp``, ``conj``
and participle clauses, and the agent of a passive) and the object side its object, dative,
passive subject and the objects of the type's target prepositions ("with X", "on X",
"against X"). A noun trigger ("talks", "attack", "sanctions") takes its own possessor,
compound or adjective ("Israeli strike") and prepositions, then the subject and
prepositions of the verb that governs it ("held talks with X").

From each argument word, actors are collected along the noun phrase's name chain
(conjuncts, appositions, compounds, possessors: "Joe Biden and Chinese President Xi
Jinping", "his French counterpart Emmanuel Macron", "Israel's military").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from graphkit.extract.found import DATELINE_DASHES, dateline_end
from graphkit.extract.mentions import ArticleMentions, Mention, MentionWords
from graphkit.extract.triggers import (
    agent_clauses,
    direct_verb,
    governing_verb,
    in_state_phrase,
    reduced_passive,
)

_CHAIN_DEPS = {"conj", "appos", "compound", "poss", "amod", "nmod", "npadvmod"}
_RELATIVE = {"who", "which", "that", "whom"}
_SUBJECT_INHERIT = {"xcomp", "conj", "advcl", "acl", "pcomp", "relcl"}


@dataclass
class Arguments:
    """The mentions on the subject and the object side of one trigger."""

    subjects: list[Mention] = field(default_factory=list)
    objects: list[Mention] = field(default_factory=list)
    subject_tokens: list[Token] = field(default_factory=list)
    # named in company of the subject ("X, along with Y, denied"): on the subject's side
    companions: list[Mention] = field(default_factory=list)
    verb: Token | None = None
    has_xcomp: bool = False
    passive: bool = False


def mentions_at(token: Token, mentions: ArticleMentions, deep: bool = True,
                possessors: bool = True) -> list[Mention]:
    """The mentions of the noun phrase headed by ``token``, along its name chain; when the
    chain holds none, along ``member_preps`` phrases ("members of the Hamas bureau", "talks
    in a year between X and Y"), and "in" for a state organ ("police in Georgia").

    ``possessors``: follow possessors too ("Israel's military"); not for a demand's object,
    where "X's release" names who is to be released, not who is asked.
    """
    words = mentions.words
    if token.lower_ in words.kin_nouns or token.lemma_.lower() in words.kin_nouns:
        return []  # "X's family" is a party of its own, never X
    found: list[Mention] = []
    chain = _CHAIN_DEPS if possessors else _CHAIN_DEPS - {"poss"}
    if not possessors and token.dep_ == "poss":
        return []
    stack = [token]
    seen: set[int] = set()
    while stack:
        t = stack.pop()
        if t.i in seen:
            continue
        seen.add(t.i)
        m = mentions.at(t.i)
        if m is not None and m not in found:
            found.append(m)
        for c in t.children:
            dep = c.dep_
            if dep in chain:
                stack.append(c)
            elif dep == "prep" and c.lower_ == "from" and t.lower_ in words.apposed_name_heads:
                # "his counterpart from X", "an envoy from X": whose the person is
                stack.extend(_pobjs(c))
            elif dep == "prep" and c.lower_ == "of" and _ruler_conjunct(t, mentions):
                # "X and the government of Y", "X and the president of Y": a second party
                # named by whose ruler it is (the first's own "of" is read below)
                stack.extend(_pobjs(c))
            elif dep == "acl" and (c.lemma_.lower() in words.agent_acl_verbs or (
                    c.lemma_.lower() in words.launcher_verbs and t.dep_ in ("nsubj", "nsubjpass"))):
                # "officers led by General X": the leader named; "sites held by X": the holder;
                # "drones launched by X struck Y" (the subject only): who fired them
                stack.extend(p for a in c.children if a.dep_ == "agent"
                             for p in a.children if p.dep_ == "pobj")
    if found and deep and all(a.name.lower() in words.ownerless_bodies for m in found for a in m.actors):
        # "the international community, including X and Y": the examples stand for it
        found = [m for c in token.children if c.dep_ == "prep" and c.lower_ in words.listing_words
                 for p in _pobjs(c) for m in mentions_at(p, mentions, deep=False)] or found
    if not found and deep and token.lower_ in words.apposed_name_heads:
        # "his counterpart <name>" with the name hung elsewhere by the parser
        named = mentions.at(token.i + 1)
        if named is not None and named.start == token.i + 1 and named.actors \
                and named.actors[0].kind == "person":
            found.append(named)
    if not found and deep:
        own_words = {token.lemma_.lower(), token.lower_}
        organ = bool(own_words & words.state_nouns or own_words & words.population_nouns)
        # "members of X", "police in X", "victims in X"; a group named by its examples ("the international
        # community, including X and Y", "neighbours and allies including X"): X and Y
        located = words.member_preps | words.listing_words | ({"in"} if organ else set())
        for part in [token, *(c for c in token.children if c.dep_ == "conj")]:
            preps = located if part is token else words.listing_words
            for child in part.children:
                if child.dep_ == "prep" and child.lower_ in preps:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            found.extend(mentions_at(pobj, mentions, deep=False))
        if not found:  # "Deputy Minister for Coastal Affairs Ana Merel"
            found.extend(m for t in token.subtree if (m := mentions.at(t.i)) is not None
                         and m.actors and m.actors[0].kind == "person" and m not in found)
            found = found[-1:]
        if not found:
            for child in token.children:
                if child.dep_ == "acl":
                    for obj in child.children:
                        if obj.dep_ == "dobj":
                            found.extend(mentions_at(obj, mentions, deep=False))
    found.sort(key=lambda m: m.start)
    return found


def _ruler_conjunct(token: Token, mentions: ArticleMentions) -> bool:
    """A conjunct that names no party itself and is a state's ruling organ or a person's
    title (``governing_nouns``, ``apposed_name_heads``: "the government", "the president"),
    whose "of" phrase names whose it is."""
    words = mentions.words
    return token.dep_ == "conj" and mentions.at(token.i) is None and bool(
        {token.lower_, token.lemma_.lower()} & (words.governing_nouns | words.apposed_name_heads))


def company(token: Token, preps: frozenset[str]) -> list[Token]:
    """The words a phrase of company on ``token`` names ("X, along with Y", "together with
    Y", "alongside Y": Y), its one or two words in ``preps``."""
    found: list[Token] = []
    for c in token.children:
        if c.dep_ != "prep":
            continue
        if c.lower_ in preps:
            found.extend(_pobjs(c))
        # "along with": "with" under "along"; "together with": "together" under "with"
        found.extend(p for g in c.children if g.dep_ == "prep" and f"{c.lower_} {g.lower_}" in preps
                     for p in _pobjs(g))
        if any(a.dep_ == "advmod" and f"{a.lower_} {c.lower_}" in preps for a in c.children):
            found.extend(_pobjs(c))
    return found


def companions(verb: Token, subjects: list[Token], mentions: ArticleMentions) -> list[Mention]:
    """The mentions named in company of a verb's subject: on a subject ("X, along with Y,
    denied"), or on the verb before it ("X, together with Y, imposed")."""
    preps = mentions.words.company_preps
    words = [w for s in subjects for t in (s, *s.conjuncts) for w in company(t, preps)]
    words += [w for w in company(verb, preps) if w.i < verb.i]
    return [m for w in words for m in mentions_at(w, mentions)]


def _pobjs(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]


def _take_subjects(args: Arguments, verb: Token, tokens: list[Token], mentions: ArticleMentions,
                   once: bool = True) -> None:
    """Give ``args`` the subject words ``tokens`` of ``verb``, the mentions on them (each
    once; ``once=False``: as often as the words name them) and the mentions named in their
    company."""
    args.subject_tokens = tokens
    for s in tokens:
        args.subjects.extend(m for m in mentions_at(s, mentions) if not once or m not in args.subjects)
    args.companions = companions(verb, tokens, mentions)


def _dative_nouns(dative: Token) -> list[Token]:
    """The party a dative names: itself ("gave Y aid"), or the object of the "to" the
    parser marks as a dative ("sent aid to Y")."""
    return _pobjs(dative) if dative.pos_ == "ADP" else [dative]


def withheld_document(head: Token, words: MentionWords) -> bool:
    """``head`` is a document its verb kept from being issued or had come from another
    ("blocked a statement condemning X", "received a letter that accused X"): nobody the
    sentence names did what its clause tells."""
    return document_issuer(head, words, 0) == []


def document_issuer(head: Token, words: MentionWords, depth: int) -> list[Token] | None:
    """Who issued ``head`` when it is a document (``document_nouns``) named as a verb's
    object, whose clause tells what it does ("issued a statement urging X", "signed an
    order that cut aid to X"): the verb's subjects, or nobody ([]) when the verb keeps the
    document from being issued or has it come from another (``document_withholding_verbs``:
    "blocked a statement condemning X", "received a letter that accused X"). None when
    ``head`` is no such document."""
    if (head.lemma_.lower() not in words.document_nouns or head.dep_ != "dobj"
            or head.head.pos_ != "VERB" or depth >= 3):
        return None
    if head.head.lemma_.lower() in words.document_withholding_verbs:
        return []
    return subject_tokens(head.head, words, depth + 1)


def subject_tokens(verb: Token, words: MentionWords, depth: int = 0) -> list[Token]:
    """The subject words of ``verb`` (inherited from the clause it hangs on when it has none;
    "issued a statement urging X": the issuer, a ``document_nouns`` noun speaking for it,
    unless kept from being issued: ``document_withholding_verbs``)."""
    deps = ("nsubj", "csubj", "nsubjpass") if depth else ("nsubj", "csubj")
    subjects = [c for c in verb.children if c.dep_ in deps]
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        subjects.extend(_pobjs(agent))
    if any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children):
        # "were declared persona non grata by X": the parser hangs the agent on the
        # predicate the passive gives its subject
        for by in (p for c in verb.children if c.dep_ == "oprd" for p in c.children
                   if p.dep_ == "prep" and p.lower_ == "by"):
            subjects.extend(_pobjs(by))
    resolved: list[Token] = []
    for s in subjects:
        if _dateline(s):
            # "CHISINAU, Oct 10 (EWB) — ...": the dateline is no subject, but the parser may
            # hang the clause's own subject on its place ("QUITO, May 2 — X and Y agreed")
            resolved.extend(_after_dateline(s))
            continue
        if s.lower_ in _RELATIVE and verb.dep_ == "relcl":
            # "signed an order that cut aid to X": the order acts for its signer
            issuer = document_issuer(verb.head, words, depth)
            resolved.extend([verb.head] if issuer is None else issuer)
        else:
            resolved.append(s)
    if resolved or depth >= 3:
        return resolved
    if verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children):
        return resolved  # "X fled and was jailed": the first verb's subject was acted on
    if verb.dep_ in _SUBJECT_INHERIT and verb.head != verb:
        head = verb.head
        if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN"):
            gerund = verb.dep_ == "acl" and verb.tag_ == "VBG"
            issuer = document_issuer(head, words, depth) if gerund else None
            if issuer is not None:
                return issuer  # "issued a statement urging X"
            # "X, who was jailed in Y": the described X was acted on, no doer of the act
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
            return [head] if verb.dep_ == "relcl" and not passive else []
        if head.pos_ == "ADP":  # "by detaining", "after striking"
            controllers = _object_controllers(head, words)
            if controllers:
                return controllers  # "criticised X for visiting Y": X visited
            head = head.head
        if head.pos_ == "NOUN" and head.head.pos_ in ("VERB", "AUX") and head.dep_ in ("dobj", "attr"):
            head = head.head  # "floated the idea of imposing sanctions": the idea's owner
        return subject_tokens(head, words, depth + 1)
    return resolved


def _object_controllers(prep: Token, words: MentionWords) -> list[Token]:
    """The object of the verb a gerund's preposition (``object_control_preps``) hangs on,
    which does what the gerund names ("criticised X for visiting Y", "accused X of
    attacking Y": X); none when the verb has no object naming a party ("took steps for
    improving ties": the subject acts)."""
    verb = prep.head
    if prep.lower_ not in words.object_control_preps or verb.pos_ not in ("VERB", "AUX"):
        return []
    return [o for o in verb.children if o.dep_ == "dobj"
            and (o.pos_ == "PROPN" or o.ent_type_ or o.lemma_.lower() in words.party_nouns)]


def _dateline(token: Token) -> bool:
    """The upper-case place that opens a wire story ("MANILA, May 1 -", "TOKYO —")."""
    doc = token.doc
    if token.i < dateline_end(token.sent):
        return True  # "Pyongyang, June 20 (KCT) -- ..."
    return (token.is_sent_start and len(token.text) > 2 and token.text.isupper()
            and token.i + 1 < len(doc) and doc[token.i + 1].text in (",", "—", "–", "-", "("))


def _after_dateline(place: Token) -> list[Token]:
    """The words after a dateline's dash that the parser hung on its place (as an apposition,
    or on the date it read as one): the subject of the story's first clause, read as a
    second name of the place ("QUITO, May 2 — X and Y agreed ...")."""
    doc = place.doc
    end = dateline_end(place.sent)  # past the dash or the colon ("Guwahati, Jan 13: X ...")
    dash = end - 1 if end > place.sent.start else next(
        (k for k in range(place.i + 1, min(place.i + 16, place.sent.end))
         if doc[k].text in DATELINE_DASHES), None)
    if dash is None:
        return []
    return [t for t in place.subtree if t.i > dash and t.head.i <= dash and t.pos_ in ("PROPN", "NOUN")]


def _object_tokens(verb: Token, preps: frozenset[str], skip: Token | None = None) -> list[Token]:
    objects: list[Token] = []
    children = list(verb.children)
    for k, c in enumerate(children):
        if c == skip:
            continue
        if c.dep_ in ("dobj", "nsubjpass", "oprd"):
            objects.append(c)
        elif c.dep_ == "dative":
            objects.extend(p for p in _dative_nouns(c) if p != skip)
        elif c.dep_ == "prep" and c.lower_ == "on" and _objects_after_date(c):
            objects.extend(p for p in _objects_after_date(c) if p != skip)
        elif c.dep_ == "prep" and c.lower_ in preps:
            if c.lower_ == "of" and any(d.dep_ in ("dobj", "nsubjpass") for d in children[:k]):
                continue  # "accused X of Y", "X was convicted of Y": Y is the charge, not a party
            found = [p for p in _pobjs(c) if p != skip]
            if not found and k + 1 < len(children) and children[k + 1].dep_ == "prep":
                # "met with Under Secretary ... Nuland": a title word parsed as a preposition
                found = _pobjs(children[k + 1])
            objects.extend(found)
    return objects


def _objects_after_date(prep: Token) -> list[Token]:
    """The verb's object read into a date phrase before it ("denounced on Tuesday X's
    decision": the parser makes "Tuesday" a modifier inside "X's decision", which it makes
    the object of "on")."""
    day = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else prep
    if day.ent_type_ != "DATE" or day.dep_ not in ("compound", "nmod"):
        return []
    return [p for p in _pobjs(prep) if p.ent_type_ != "DATE" and day in p.subtree]


def find_arguments(token: Token, mentions: ArticleMentions, target_preps: frozenset[str],
                   lenient: bool = False, possessor_targets: bool = True,
                   agent_verbs: frozenset[str] | None = None,
                   source_preps: frozenset[str] = frozenset(),
                   content_preps: frozenset[str] = frozenset(),
                   with_companions: bool = True,
                   state_preps: frozenset[str] = frozenset(),
                   taken_up_verbs: frozenset[str] = frozenset(),
                   answered: bool = False) -> Arguments:
    """The subject- and object-side mentions of the trigger at ``token``.

    ``lenient``: a noun trigger may take the subject of any verb governing it, not only of
    the verb it is the argument of (for contacts: "X and Y discussed Z in a call").
    ``possessor_targets``: a possessor of the object is a target ("X's release" is not).
    ``agent_verbs``: a noun trigger takes its verb's subject as actor only when the verb is
    one of these ("launched strikes"; not "condemned the strike"); None: any verb.
    ``source_preps``: a noun trigger's object of one of these prepositions acts, and what
    its verb's subject names is acted on ("the drills drew condemnation from X").
    ``content_preps``: a verb trigger's object of one of these prepositions is what the act
    asks for; when nothing else is named, that noun's "between" phrase names the parties
    ("called for a ceasefire between X and Y").
    ``state_preps``: a noun trigger in a phrase of one of these prepositions ("X has been
    under Y sanctions") holds the phrase's holder in its state: the subject of the clause
    the phrase hangs on (or the noun it qualifies) is acted on, the noun's own doer acts.
    ``taken_up_verbs``: a noun trigger that is the direct object of one of these takes their
    subject as its doer, not the body named on the noun ("X adopted the EU's sanctions").
    ``answered``: the type is one of ``answered_types`` (mentions.yaml): a noun trigger
    that is a possessed object of an answering verb ("Y rejected X's demand") is aimed at
    the verb's subject.
    ``with_companions``: those named in company of the subject ("X, along with Y, denied ...")
    are subjects too; else (a symmetric type: "X, along with Y, mediated a truce" is no
    agreement of X with Y) only beside a counterpart named otherwise.
    """
    args = Arguments()
    if source_preps and token.pos_ == "NOUN" and _reaction_arguments(token, mentions, source_preps, args):
        return args
    if token.pos_ in ("NOUN", "PROPN") and in_state_phrase(token, state_preps):
        _state_arguments(token, mentions, args)
    elif token.pos_ in ("NOUN", "PROPN"):
        _noun_arguments(token, mentions, target_preps, args, lenient, agent_verbs, taken_up_verbs, answered)
    else:
        _verb_arguments(token, mentions, target_preps, args)
        if not args.objects and content_preps:
            args.objects.extend(_content_parties(token, mentions, content_preps))
    if with_companions or args.objects:
        args.subjects.extend(m for m in args.companions if m not in args.subjects)
    if not possessor_targets:
        doc = token.doc
        # "X's release" names who is to be released; "X's government" is X's state itself
        governing = mentions.words.governing_nouns
        args.objects = [m for m in args.objects if not is_possessor(doc[m.start:m.end])
                        or governing.intersection({doc[m.start:m.end].root.head.lemma_.lower()})]
    return args


def _content_parties(verb: Token, mentions: ArticleMentions, preps: frozenset[str]) -> list[Mention]:
    """The parties a verb's content noun names by "between": "called for talks between X
    and Y"."""
    found: list[Mention] = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps):
        for noun in _pobjs(prep):
            for between in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"):
                for p in _pobjs(between):
                    found.extend(mentions_at(p, mentions, deep=False))
    return found


def _reaction_arguments(noun: Token, mentions: ArticleMentions, source_preps: frozenset[str],
                        args: Arguments) -> bool:
    """A reaction drawn from a party ("X's drills drew condemnation from Y", "a move that
    drew criticism from Y"): Y acts, on who did what drew it. False when no party is named
    after one of ``source_preps`` on the noun or its verb."""
    verb = direct_verb(noun, mentions.words)
    holders = [noun] if verb is None else [noun, verb]
    sources = [m for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in source_preps
               for p in _pobjs(c)
               for m in [n for n in mentions_at(p, mentions) if n.actors] or _owner_mentions(p, mentions)]
    if not sources or verb is None:
        return False
    args.verb = verb
    args.subjects = sources
    # "X's move was met with criticism from Y": the passive's subject drew it
    drew = subject_tokens(verb, mentions.words) or [
        c for c in verb.children if c.dep_ == "nsubjpass"]
    for s in drew:
        current = s
        found = mentions_at(current, mentions, deep=False)
        # "X launched drills, a move that drew ...": the move is what X did
        while not found and current.dep_ in ("appos", "npadvmod") and current.head != current:
            current = current.head
            if current.pos_ in ("VERB", "AUX"):
                found = [m for t in subject_tokens(current, mentions.words)
                         for m in mentions_at(t, mentions)]
                break
            found = mentions_at(current, mentions, deep=False)
        args.objects.extend(found)
    return True


def asks_a_question(verb: Token) -> bool:
    """``verb`` has a question for its clause and no act asked for ("asked X why it had
    ...", "asked X whether ..."): the rules' ``needs_xcomp`` refuses it."""
    return any(c.dep_ == "ccomp" and _question(c) for c in verb.children) and not any(
        c.dep_ == "xcomp" or (c.dep_ == "ccomp" and not _question(c)) for c in verb.children)


def _question(clause: Token) -> bool:
    """A clause told as a question ("asked X whether the talks would go on", "asked X why
    it had ..."), not as what someone is asked to do."""
    first = clause.doc[clause.left_edge.i]
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children) or (
        first.tag_ in ("WRB", "WP", "WDT") and first.lower_ not in ("that", "which"))


def _object_infinitive(verb: Token, words: MentionWords) -> bool:
    """The verb, one of ``object_infinitive_verbs``, has a direct object followed at once by
    a to-infinitive the parser hung on the verb as a clause of purpose: for a rarer verb of
    asking ("petitioned X to halt ...", "petitioned the court to order ...") it reads the
    object's infinitive so; the common ones ("asked X to", "urged X to") it parses as an
    infinitive complement. Other verbs keep the purpose reading ("pressed its case at the
    UN to win support": the subject's own aim)."""
    if verb.lemma_.lower() not in words.object_infinitive_verbs:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and any(
        c.dep_ == "advcl" and c.left_edge.i == objects[0].right_edge.i + 1
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children)


def _owner_mentions(noun: Token, mentions: ArticleMentions) -> list[Mention]:
    """Who a body named by its head is ("the administration of President X"): the
    mentions after its "of"."""
    return [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in _pobjs(c) for m in mentions_at(p, mentions)]


def _small_clause_verb(noun: Token) -> Token | None:
    """The verb of a small clause the noun is the subject of: "made its concerns clear",
    "made its position known" (the noun is the verb's object in effect)."""
    pred = noun.head
    if noun.dep_ == "nsubj" and pred.pos_ in ("ADJ", "VERB") and pred.dep_ in ("ccomp", "oprd", "xcomp") \
            and pred.head.pos_ == "VERB" and pred.head.lemma_.lower() == "make":
        return pred.head
    return None


def is_possessor(span: Span) -> bool:
    """A mention written as a possessor ("the Russians' release", "Gershkovich's")."""
    doc = span.doc
    return (span.end < len(doc) and doc[span.end].tag_ == "POS") or span.root.dep_ == "poss"


def _verb_arguments(verb: Token, mentions: ArticleMentions, preps: frozenset[str],
                    args: Arguments) -> None:
    args.verb = verb
    args.passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    args.has_xcomp = any(c.dep_ == "xcomp" or (c.dep_ == "ccomp" and not _question(c))
                         for c in verb.children) or _object_infinitive(verb, mentions.words)
    _take_subjects(args, verb, subject_tokens(verb, mentions.words), mentions, once=False)
    for o in _object_tokens(verb, preps):
        if o.lower_ in _RELATIVE and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            o = verb.head  # "X, who was arrested by Y": X
        args.objects.extend(mentions_at(o, mentions))
    if verb.dep_ == "acl" and reduced_passive(verb):
        args.objects.extend(mentions_at(verb.head, mentions))  # "citizens detained by Y": the citizens
    if args.passive and verb.dep_ == "xcomp" and not any(c.dep_ == "nsubjpass" for c in verb.children):
        # "ordered X to be sent to jail": the governing verb's object is acted on
        for o in (c for c in verb.head.children if c.dep_ == "dobj"):
            args.objects.extend(mentions_at(o, mentions))
    if args.passive and verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                        for c in verb.children):
        # "X arrived and was received by Y": the passive's subject is the first verb's
        for s in (c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")):
            if s.lower_ in _RELATIVE and verb.head.dep_ == "relcl" \
                    and verb.head.head.pos_ in ("NOUN", "PROPN"):
                s = verb.head.head  # "X, who lives in Y and was jailed ...": X
            args.objects.extend(mentions_at(s, mentions))
    # "asked Xi to implement", "urged Russia to release": the object may sit on the xcomp
    if not args.objects:
        for c in verb.children:
            if c.dep_ in ("xcomp", "ccomp"):
                for s in (t for t in c.children if t.dep_ in ("nsubj",)):
                    args.objects.extend(mentions_at(s, mentions))
                if c.dep_ == "ccomp" and c.pos_ == "NOUN":
                    # "declared twelve X embassy staff persona non grata": a verbless
                    # clause whose subject the parser made a compound of its predicate noun
                    for s in (t for t in c.children if t.dep_ == "compound" and t.i < c.i):
                        args.objects.extend(mentions_at(s, mentions))
            elif c.dep_ == "advcl":  # "called for X to be listed": the for-clause's subject
                args.objects.extend(_for_clause_subjects(c, mentions))


def _before_infinitive(noun: Token) -> bool:
    """A noun phrase right before "to" and a verb ("for X to withdraw")."""
    doc, after = noun.doc, noun.right_edge.i + 1
    return after + 1 < len(doc) and doc[after].lower_ == "to" and doc[after + 1].pos_ in ("VERB", "AUX")


def _for_clause_subjects(clause: Token, mentions: ArticleMentions) -> list[Mention]:
    """The mentions of the subject of a for-clause ("for X to withdraw": X); none when the
    clause is not one."""
    if not any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children):
        return []
    return [m for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")
            for m in mentions_at(s, mentions)]


def _state_arguments(noun: Token, mentions: ArticleMentions, args: Arguments) -> None:
    """The parties of an act noun told as a state its holder is in ("X has been under Y
    sanctions since 2013", "X, under Y sanctions, ...", "X came under attack by Y"): the
    noun's doer (a modifier or possessor, a "by" or "from" phrase) acts on the holder, the
    subject of the clause the phrase hangs on, or the noun the phrase qualifies."""
    for c in noun.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod"):
            args.subjects.extend(mentions_at(c, mentions, deep=False))
        elif c.dep_ == "prep" and c.lower_ in ("by", "from"):
            for p in _pobjs(c):
                args.subjects.extend(mentions_at(p, mentions))
    holder = noun.head.head
    if holder.pos_ in ("VERB", "AUX"):
        args.verb = holder
        args.subject_tokens = [s for s in subject_tokens(holder, mentions.words) if s != noun]
        for s in args.subject_tokens:
            args.objects.extend(m for m in mentions_at(s, mentions) if m not in args.objects)
    elif holder.pos_ in ("NOUN", "PROPN"):
        args.objects.extend(mentions_at(holder, mentions))


def noun_agents(noun: Token, hosts: frozenset[str]) -> list[Token]:
    """The "by" phrases that name who did what an act noun names: on the noun ("the arrest
    of X by Y"), or on a word of its "of" / "on" / "against" phrase, where the parser often
    hangs them ("the expulsion of two of its diplomats by Y": on "diplomats"; "the attack on
    the X embassy by Y commandos": on "embassy"); not one a verb inside that phrase governs
    ("the arrest of X, accused by Y of ...": the verb's own agent). ``hosts``: the
    prepositions of those phrases (``agent_host_preps`` of mentions.yaml)."""
    found = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"]
    stack = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in hosts
             for p in c.children]
    while stack:
        t = stack.pop()
        if t.pos_ in ("VERB", "AUX"):
            continue
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                found.append(c)
            elif c.dep_ in ("prep", "pobj", "conj", "appos", "compound", "amod", "nummod"):
                stack.append(c)
    return found


def _taken_up(noun: Token, mentions: ArticleMentions, verbs: frozenset[str]) -> bool:
    """The act noun is another party's measure a verb's subject takes up as its own ("X
    adopted the EU's sanctions on Y", "joined the EU sanctions", "aligned itself with the
    EU's sanctions"): the noun is the direct object of one of ``verbs`` (the trigger's
    ``taken_up_verbs``: a verb's lemma), or the object of a preposition an entry names
    after its verb ("align with"), and the verb's subject names a party."""
    head = noun.head
    if noun.dep_ == "dobj":
        key = head.lemma_.lower()
    elif noun.dep_ == "pobj" and head.dep_ == "prep":
        key, head = f"{head.head.lemma_.lower()} {head.lower_}", head.head
    else:
        return False
    if not verbs or head.pos_ != "VERB" or key not in verbs:
        return False
    return any(mentions_at(s, mentions) for s in subject_tokens(head, mentions.words))


def _noun_arguments(noun: Token, mentions: ArticleMentions, preps: frozenset[str],
                    args: Arguments, lenient: bool = False,
                    agent_verbs: frozenset[str] | None = None,
                    taken_up_verbs: frozenset[str] = frozenset(), answered: bool = False) -> None:
    passive_noun = bool(noun_agents(noun, mentions.words.agent_host_preps))
    taken_up = _taken_up(noun, mentions, taken_up_verbs)
    # "X's shelling of Y": a party owning the act noun is its doer, so the noun is told as an
    # active verb is and its "of" phrase names what the act was done to
    owned_noun = not taken_up and noun.lemma_.lower() in mentions.words.owned_act_nouns and any(
        c.dep_ == "poss" and mentions_at(c, mentions, deep=False) for c in noun.children)
    for c in noun.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod"):
            if taken_up and c.dep_ in ("poss", "compound"):
                continue  # "X adopted the EU's sanctions": the body first named is no doer here
            args.subjects.extend(mentions_at(c, mentions, deep=False))
        elif c.dep_ == "prep" and c.lower_ == "by":
            for p in _pobjs(c):
                args.subjects.extend(mentions_at(p, mentions))
        elif c.dep_ == "prep" and c.lower_ in preps | {"between"}:
            for p in _pobjs(c):
                args.objects.extend(mentions_at(p, mentions))
        elif c.dep_ == "prep" and c.lower_ == "of" and (passive_noun or owned_noun):
            # "the shelling of X by Y": with its doer after "by", the noun is told as a
            # passive is, and its "of" phrase names what the act was done to
            for p in _pobjs(c):
                args.objects.extend(m for m in mentions_at(p, mentions) if m not in args.objects)
        elif c.dep_ == "dobj":  # a gerund read as a noun: "a jet downing a drone"
            args.objects.extend(mentions_at(c, mentions))
        elif c.dep_ in ("advcl", "acl"):  # "repeated its calls for X to withdraw": X
            args.objects.extend(_for_clause_subjects(c, mentions))
            if c.dep_ == "acl" and (c.tag_ == "VBG" or (c.tag_ == "VBN" and not reduced_passive(c))):
                # "sanctions targeting X", "sanctions imposed on X", "tariffs aimed at X": what
                # the participle on the noun aims at
                aim = preps | ({"at"} if c.lemma_.lower() in mentions.words.aim_verbs else set())
                args.objects.extend(m for o in _object_tokens(c, frozenset(aim))
                                    for m in mentions_at(o, mentions) if m not in args.objects)
        elif c.dep_ == "prep" and c.lower_ == "for":  # the same, "for X" read as a phrase
            args.objects.extend(m for p in _pobjs(c) if _before_infinitive(p)
                                for m in mentions_at(p, mentions))
    for by in noun_agents(noun, mentions.words.agent_host_preps):
        if by.head.i == noun.i:
            continue  # taken above
        # "the expulsion of a Chinese diplomat by Lithuania": the parser hangs the "by" phrase
        # on the "of" phrase's word, yet it names the noun's doer, not more of its target
        doers = [m for p in _pobjs(by) for m in mentions_at(p, mentions)]
        args.subjects.extend(m for m in doers if m not in args.subjects)
        args.objects[:] = [m for m in args.objects if m not in doers]
    words = mentions.words
    if answered and not args.objects and noun.dep_ == "dobj" \
            and any(c.dep_ == "poss" for c in noun.children) \
            and noun.lemma_.lower() in words.answered_nouns \
            and noun.head.lemma_.lower() in words.answering_verbs:
        # "Y rejected X's demand for compensation": X's words were aimed at who answers them
        # (only for a type of ``answered_types``: "rejected X's call" may be a phone call)
        args.objects.extend(m for s in subject_tokens(noun.head, words)
                            for m in mentions_at(s, mentions) if m not in args.subjects)
    own = agent_clauses(noun)
    if own:  # "sanctions imposed by X on Y": the clause's agent and targets
        args.verb = own[0]
        _take_subjects(args, own[0], subject_tokens(own[0], mentions.words), mentions)
        for o in _object_tokens(own[0], preps):
            args.objects.extend(m for m in mentions_at(o, mentions) if m not in args.objects)
        # "X attended a summit hosted by Y": who attends takes part beside the host
        attend = direct_verb(noun, mentions.words)
        if attend is not None and attend.lemma_.lower() in mentions.words.attend_verbs:
            for s in subject_tokens(attend, mentions.words):
                args.objects.extend(m for m in mentions_at(s, mentions)
                                    if m not in args.objects and m not in args.subjects)
        return
    verb = direct_verb(noun, mentions.words) or (
        governing_verb(noun) if lenient else None)
    small = _small_clause_verb(noun)  # "made its concerns clear": made's object, in effect
    if verb is None and small is not None:
        verb = small
    listing = mentions.words.listing_words
    if verb is None or verb.lower_ in listing:  # "took measures including X and Y"
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX") and a.lower_ not in listing
                     and any(t.lower_ in listing for t in noun.ancestors)), verb)
    if verb is None:
        return
    args.verb = verb
    if noun.dep_ in ("nsubj", "nsubjpass") and verb is not small:
        for o in _object_tokens(verb, preps):
            args.objects.extend(mentions_at(o, mentions))
        if noun.dep_ == "nsubjpass" and not lenient and not args.subjects and (
                agent_verbs is None or verb.lemma_.lower() in agent_verbs):
            # "sanctions were imposed by X on Y": the passive's agent did what its subject
            # names, as the subject of "X imposed sanctions on Y" does (not for a contact, the
            # lenient kind: its agent may be its host alone, "after talks hosted by X")
            _take_subjects(args, verb, [p for a in verb.children if a.dep_ == "agent" for p in _pobjs(a)],
                           mentions)
        for state_word in (c for c in verb.children if c.dep_ == "acomp"):
            # "talks were underway between X and Y": the parties hang on the state word
            for o in _object_tokens(state_word, preps | {"between"}):
                args.objects.extend(mentions_at(o, mentions))
        return
    dealt = noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head == verb \
        and verb.lemma_.lower() in mentions.words.dealing_verbs
    if (noun.dep_ == "dobj" or dealt) and any(c.dep_ == "auxpass" for c in verb.children):
        # "X was given a prison sentence", "was handed a ban", "was hit with sanctions": the
        # passive's subject receives what the noun names, the agent ("by Y") gives it
        args.passive = True
        for s in (c for c in verb.children if c.dep_ == "nsubjpass"):
            args.objects.extend(mentions_at(s, mentions))
    if not args.subjects and (agent_verbs is None or verb.lemma_.lower() in agent_verbs):
        args.subject_tokens = subject_tokens(verb, mentions.words)
        for s in args.subject_tokens:
            if s != noun:
                args.subjects.extend(mentions_at(s, mentions))
        args.companions = companions(verb, [s for s in args.subject_tokens if s != noun], mentions)
    container = noun
    while container.head != verb and container.head != container:
        container = container.head
    for c in verb.children:
        if c == container:
            continue
        if c.dep_ == "prep" and c.lower_ in preps:
            for p in _pobjs(c):
                args.objects.extend(mentions_at(p, mentions))
        elif c.dep_ == "dative" or (c.dep_ == "dobj" and c.i < container.i and (
                verb.lemma_.lower() in mentions.words.giving_verbs or dealt)):
            # (a first object the parser did not read as a dative: "handed X a sentence";
            # the object dealt what "with" names: "hit X with sanctions")
            for p in _dative_nouns(c):
                args.objects.extend(mentions_at(p, mentions))
    if lenient and not args.objects and noun.dep_ == "pobj" \
            and noun.head.lower_ in mentions.words.contact_setting_preps:
        # "X told Y in a phone call", "in a call, X congratulated Y", "X discussed trade
        # with Y during a call": the act the contact is the setting of names the other side
        args.objects.extend(_addressees(verb, container, mentions, preps))


def _addressees(verb: Token, setting: Token, mentions: ArticleMentions,
                preps: frozenset[str]) -> list[Mention]:
    """Whom ``verb`` addresses, beside its ``setting`` phrase: the persons its object or
    dative names ("told Y", "congratulated Y"; not a country, which may be the topic:
    "discussed Ukraine"), and the parties of its object's own phrases of ``preps``
    ("discussed trade with Y")."""
    found: list[Mention] = []
    for c in verb.children:
        if c == setting:
            continue
        if c.dep_ in ("dobj", "dative"):
            for p in _dative_nouns(c):
                found.extend(m for m in mentions_at(p, mentions) if m.actors
                             and m.actors[0].kind == "person" and m not in found)
        if c.dep_ == "dobj":
            found.extend(m for d in c.children if d.dep_ == "prep" and d.lower_ in preps
                         for p in _pobjs(d) for m in mentions_at(p, mentions) if m not in found)
    return found


#: phrases through which a moved object tells what it is or carries ("a package of aid",
#: "$5 million in aid", "a ship loaded with aid")
_CARGO_PREPS = ("of", "in", "with")


def place_recipients(token: Token, verb: Token, mentions: ArticleMentions,
                     purposes: frozenset[str]) -> list[Mention]:
    """Where those an act is for are, when a "for" phrase names them by one of
    ``purposes`` ("pledged aid for flood victims in X", "announced $5 million for relief in
    X", "pledged $100 million for reconstruction in X"): the "in" phrase the parser hangs
    on that noun (or its "of" phrase: "victims of the earthquake in X"), on the trigger, on
    its verb or on what the verb moves; or the object of an infinitive of purpose ("pledged
    $20 million to help refugees in X")."""
    holders = [token, verb, *(c for c in verb.children if c.dep_ == "dobj")]
    nouns = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "for"
             for p in _pobjs(c) if _purpose_noun(p, purposes)]
    for clause in verb.children:
        if clause.dep_ in ("xcomp", "advcl") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            objects = [c for c in clause.children if c.dep_ == "dobj" and _purpose_noun(c, purposes)]
            nouns.extend(objects)
            holders.extend([clause] if objects else [])
    if not nouns:
        return []
    nouns += [p for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in _pobjs(c)]
    found: list[Mention] = []
    for word in (*nouns, *holders):
        found.extend(m for m in _in_phrase(word, mentions) if m not in found)
    return found


def _purpose_noun(word: Token, purposes: frozenset[str]) -> bool:
    """``word`` names those an act is for by one of ``purposes`` ("victims", "relief")."""
    return word.lemma_.lower() in purposes or word.lower_ in purposes


def _in_phrase(word: Token, mentions: ArticleMentions) -> list[Mention]:
    """The mentions of the objects of ``word``'s "in" phrases: where those a purpose noun
    names are ("victims in X")."""
    return [m for c in word.children if c.dep_ == "prep" and c.lower_ == "in"
            for p in _pobjs(c) for m in mentions_at(p, mentions)]


def setting_subjects(noun: Token, mentions: ArticleMentions) -> list[Mention]:
    """The subjects of the clause a noun's setting phrase hangs on, the phrase's head read
    as a preposition whatever its tag ("Following talks with X, Y said ...": the parser
    makes "Following" a verb of no subject; Y), or the subject it hangs on ("Y, following
    talks with X, said ..."). Only a phrase that opens the sentence or follows its subject:
    one told after the verb ("addressed reporters following talks with X") or inside a
    reported clause is left as it was (measured: it cost CV)."""
    prep = noun.head
    clause = prep.head
    if noun.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep":
        return []
    if clause.pos_ in ("NOUN", "PROPN") and clause.dep_ == "nsubj":
        return mentions_at(clause, mentions)
    if clause.pos_ not in ("VERB", "AUX") or prep.i != prep.sent.start or clause.dep_ != "ROOT":
        return []
    return [m for s in subject_tokens(clause, mentions.words) for m in mentions_at(s, mentions)]


def carried_targets(verb: Token, mentions: ArticleMentions, preps: frozenset[str]) -> list[Mention]:
    """The parties named by ``preps`` where the parser hangs them on what ``verb`` moves
    rather than on the verb: on its object ("shipped shells to X", "halted all trade with
    X"), on that object's "of" or "in" phrase ("sent a package of aid worth ... to X",
    "would provide 50 million euros in assistance to X") or on a
    "worth" phrase ("sent aid worth $1 million to X"), or on a participle that tells what
    the object carries ("sent two planes carrying aid to X", "a ship loaded with aid")."""
    cargo = [c for c in verb.children if c.dep_ == "dobj" or c.lower_ == "worth"]
    found: list[Mention] = []
    seen: set[int] = set()
    while cargo:
        word = cargo.pop()
        if word.i in seen:
            continue
        seen.add(word.i)
        for c in word.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                found.extend(m for p in _pobjs(c) for m in mentions_at(p, mentions) if m not in found)
            elif c.lower_ == "worth" or (c.dep_ == "prep" and c.lower_ in _CARGO_PREPS) \
                    or (c.dep_ == "pobj" and word.lower_ in _CARGO_PREPS) \
                    or (c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")):
                cargo.append(c)  # "aid worth ...", "a package of aid", "planes carrying aid",
                # "a ship loaded with aid"
    return found


def origin_parties(noun: Token, mentions: ArticleMentions, preps: frozenset[str]) -> list[Mention]:
    """The parties named by ``preps`` inside a noun's own phrase, where the parser may hang
    them on a word of it ("aid from X", "a shipment of supplies from X", "a plane carrying
    aid from X"; not in a relative clause), and the modifiers of what the noun is made of
    or carries ("a batch of Chinese aid", "planes carrying Indian relief")."""
    found: list[Mention] = []
    for word in _phrase_words(noun, preps):
        if word.dep_ == "prep" and word.lower_ in preps:
            found.extend(m for p in _pobjs(word) for m in mentions_at(p, mentions) if m not in found)
        elif word.dep_ == "dobj" or (word.dep_ == "pobj" and word.head.lower_ in ("of", "with")):
            found.extend(m for c in word.children if c.dep_ in ("poss", "amod", "compound")
                         for m in mentions_at(c, mentions, deep=False) if m not in found)
    return found


def _phrase_words(noun: Token, preps: frozenset[str]) -> Iterator[Token]:
    """The words of a noun's own phrase, last child first: not those of a relative clause,
    nor those below a preposition of ``preps`` (whose phrase names a party)."""
    stack = [c for c in noun.children if c.dep_ != "relcl"]
    while stack:
        word = stack.pop()
        yield word
        if word.dep_ != "prep" or word.lower_ not in preps:
            stack.extend(c for c in word.children if c.dep_ != "relcl")


def recipient_parties(noun: Token, mentions: ArticleMentions, preps: frozenset[str],
                      purposes: frozenset[str]) -> list[Mention]:
    """Whom a noun's own phrase says it is for, by ``preps`` ("a ship carrying aid for X",
    "a shipment for X"; not in a relative clause): the parties named there, or where
    those it is for are when a noun of ``purposes`` names them ("aid for people in X")."""
    found: list[Mention] = []
    for word in _phrase_words(noun, preps):
        if word.dep_ != "prep" or word.lower_ not in preps:
            continue
        for pobj in _pobjs(word):
            # "aid for people in X": where those it is for are
            named = _in_phrase(pobj, mentions) if _purpose_noun(pobj, purposes) \
                else mentions_at(pobj, mentions)
            found.extend(m for m in named if m.actors and m not in found)
    return found


def purpose_targets(verb: Token, mentions: ArticleMentions, verbs: frozenset[str]) -> list[Mention]:
    """The parties an infinitive of purpose of one of ``verbs`` on ``verb`` is for:
    "pledged $20 million to assist X" (its object, "X's flood victims": X) and "to help
    X rebuild" (the subject of the clause it governs)."""
    found: list[Mention] = []
    for purpose in verb.children:
        if purpose.dep_ not in ("xcomp", "advcl") or purpose.lemma_.lower() not in verbs \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in purpose.children):
            continue
        words = [c for c in purpose.children if c.dep_ == "dobj"]
        if not words:  # "to help X rebuild"
            words = [s for c in purpose.children if c.dep_ in ("ccomp", "xcomp")
                     for s in c.children if s.dep_ == "nsubj"]
        found.extend(m for w in words for m in mentions_at(w, mentions) if m not in found)
    return found

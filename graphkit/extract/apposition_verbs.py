"""The main verb after a subject's apposition, misread as a participle of the subject.

"Aslan Temir, Kazakhstan's president, called Bolivian President X on Monday" and "France's
foreign minister, Paul Marin, accused Paraguay of interference": after a name and an
apposition set off by commas, spaCy's small model at times takes the verb for a participle
hung on the subject ("called" as acl, VBN, like "a man, a farmer, called up last year") and
leaves the sentence with a noun at its root. Which reading it picks changes with the names
that follow (Uzbek / Bolivian, Somali / Icelandic), so the event is lost for some countries
only. Such a verb is the sentence's main verb when the sentence has no verb at its root and
the verb acts on something (an object, a dative or a clause): a participle of the subject
("the minister, a lawyer, accused of fraud in 2019") has none. It is then made the root,
in the past tense (tagged VBD, a participle's VBN too: it is the finite verb now, and no
rule should read it as a passive), with the subject its subject.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# what a verb acts on: a participle hung on a noun ("accused of fraud") takes none of them
_OBJECTS = frozenset({"dobj", "dative", "ccomp"})


def _acts_on(verb: Token) -> bool:
    """Whether ``verb`` takes an object after it. "oprd" is how the parser hangs the object
    of a participle it misread ("called X"): one counts when it is a name ("called Bolivian
    President X"), not a role noun alone ("Hugo Pena, a diplomat, named ambassador"), or
    when two follow ("called Chile's president a liar": an object and what it is called)."""
    after = [c for c in verb.children if c.i > verb.i]
    if any(c.dep_ in _OBJECTS for c in after):
        return True
    predicates = [c for c in after if c.dep_ == "oprd"]
    return len(predicates) > 1 or any(c.pos_ == "PROPN" or c.ent_type_ for c in predicates)


def _main_verb(sent: Span) -> Token | None:
    """The verb to make the root: a verb hung as acl or relcl on the sentence's root noun
    (or on its apposition: "..., Hugo Pena, called X" read as Pena's participle), with no
    subject or relative word of its own, after the apposition and a comma (adverbials
    between allowed: "..., on Wednesday called X"), taking an object."""
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return None
    appositions = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    if not appositions:
        return None
    apposition = appositions[0]
    for verb in [*root.children, *apposition.children]:
        if not (verb.dep_ in ("acl", "relcl") and verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBN")
                and verb.i > apposition.i):
            continue
        start = verb.left_edge.i
        if start <= apposition.i + 1:  # a comma at least between the apposition and the verb
            continue
        comma = sent.doc[start - 1]
        if comma.text != "," or comma.head.i not in (root.i, apposition.i):
            continue
        children = list(verb.children)
        if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") or c.tag_ in ("WDT", "WP") for c in children):
            continue  # a relative clause or a passive participle, not the main verb
        if _acts_on(verb):
            return verb
    return None


def verb_after_apposition(sent: Span) -> bool:
    """Make the misread main verb of ``sent`` its root (see the module); whether one was."""
    verb = _main_verb(sent)
    if verb is None:
        return False
    subject = sent.root
    after = [c for c in subject.children if c.i > verb.i]  # the final full stop
    verb.head, verb.dep_ = verb, "ROOT"
    verb.tag_ = "VBD"
    verb.set_morph("Tense=Past|VerbForm=Fin")
    subject.head, subject.dep_ = verb, "nsubj"
    for child in after:
        child.head = verb
    predicates = [c for c in verb.children if c.dep_ == "oprd"]
    if predicates and not any(c.dep_ == "dobj" for c in verb.children):
        predicates[0].dep_ = "dobj"  # the object; a second one is what it is called ("a liar")
    return True

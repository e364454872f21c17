"""Headline grammar ("headlinese") parsed again as prose would be.

Headlines, subheads and terse wire lines have a grammar of their own that spaCy's small
model misreads. Each form below is a one-word rewrite, so the tokens still line up: the
sentence is parsed again with the word written as prose would write it, and takes the new
parse (heads, labels, tags and lemmas; the entities stay as first found, the word keeps
its own text) only when the new parse reads the word as the rewrite means it:

- a present-tense verb of ``headline_verbs`` (schema/event_types.yaml) the tagger read as a
  plural noun or as a verb with no subject: "Norway sanctions Peruvian officials over
  raid" (one noun chain), "The EU sanctions three officials": written in its past form
  ("sanctioned"), kept when it is a verb with a subject. Only right after a name that
  opens the sentence (after "the" at most), never before a preposition ("Norway sanctions
  on Peru") nor when the word is, or lies inside, another verb's subject ("Norway
  sanctions hit Peruvian banks");
- a colon after a speaker's name, "Norway's Voss: Peru must withdraw": written "says", kept
  when "says" takes a subject and a clause; two words at least before it, the last no place
  or date ("Lima:" and "New Delhi:" are datelines);
- a comma between two subjects, "Chile, Bolivia sign border accord": written "and", kept
  when the two names are a subject and its conjunct; only before a verb in the plural
  present (or "to" and a verb), which one name alone would not take; likewise between the
  names or nationalities of a plural subject noun, "Chile, Bolivia leaders hold talks",
  "Chilean, Bolivian ministers meet".

The same re-parse mends prose a name misleads: a capitalised modal inside a person's name
("police in X detained journalist Can Aydin", "detained businessman May Lin"), which the
parser read as an auxiliary before :func:`graphkit.extract.nlp.name_modals` set the word
right, can have left the whole sentence misparsed (the act an adjective, the name its
root); the sentence is parsed again with a plain given name (:data:`NAME_STAND_IN`) in its
place, kept when the stand-in is part of the name, the entities kept as first found.

Likewise a verb read as the adjective of a bare title noun before a name ("police in X
detained journalist Y Z": the sentence left with no verb at its root) is parsed again with
"the" written for the title, kept when the verb then takes a subject.

Not headline forms, but run by the same component (last, after the re-parses, which would
undo them): a "that" clause told to a listener or a medium and misread as the noun's relative
clause is hung on its verb (:mod:`graphkit.extract.complement_clauses`), and a hyphened noun
the tokenizer splits, its first part one of ``hyphen_prefixes`` ("a counter-offensive against
X"), is joined back into one noun (:func:`graphkit.extract.nlp.join_hyphen_nouns`).

A headline's "to" for the future ("Norway to impose sanctions") is read in
:mod:`graphkit.extract.modality`. Titles themselves are not extracted (the loader keeps
them out of ``Article.text``); such lines reach the extractor as the text of a feed item
that carries only its title, or as a subhead or a terse line of the body.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from graphkit.extract.apposition_verbs import verb_after_apposition
from graphkit.extract.complement_clauses import that_clauses_told
from graphkit.extract.nlp import NAME_MODAL_WORDS, join_hyphen_nouns

HEADLINES = "graphkit_headlines"

# tags of a word the tagger took for a noun
_NOUN_TAGS = frozenset({"NNS", "NNPS", "NNP", "NN"})

# a given name the tagger reads as nothing else: the stand-in for a modal in a name
NAME_STAND_IN = "John"

# a country's name the tagger reads as a name after a gerund ("denied threatening Russia"):
# the stand-in for an object name the gerund was read as an adjective of
OBJECT_STAND_IN = "Russia"

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})

# entities that are no name of a party: a pair of them before a plural noun is no pair of
# subjects ("Monday, Tuesday talks")
_NO_PARTY_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})

# entities before a colon that are a dateline's place or time, not a speaker
_NO_SPEAKER_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def _opens(sent: Span, name_end: Token) -> bool:
    """Whether the name ending at ``name_end`` opens the sentence, after "the" at most (or
    follows a dash or colon of a dateline): nothing such as "new", "two" or "'s" before it
    makes a noun phrase of it and the word ("Norway's sanctions", "two Peru attacks")."""
    i = name_end.i
    while i > sent.start and sent.doc[i - 1].pos_ == "PROPN":
        i -= 1
    if i > sent.start and sent.doc[i - 1].lower_ == "the":
        i -= 1
    return i == sent.start or sent.doc[i - 1].is_punct and sent.doc[i - 1].text not in ("'s", "’s")


def _read_as_noun(token: Token) -> bool:
    """A word parsed as no verb of its own: tagged as a noun, or as a verb with no subject
    ("The EU sanctions three officials": "the EU" hung on "sanctions" as its modifiers)."""
    if token.tag_ in _NOUN_TAGS:
        return True
    return token.pos_ == "VERB" and not any(c.dep_ in _SUBJECTS for c in token.children)


def _in_subject(token: Token) -> bool:
    """Whether the word is, or lies inside, the subject of another verb ("Norway sanctions
    hit Peruvian banks", "the sanctions package was agreed"): a noun after all."""
    current = token
    for _ in range(len(token.doc)):
        if current.dep_ in _SUBJECTS:
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _verb_read_as_noun(sent: Span, verbs: Mapping[str, str]) -> Token | None:
    """The word to read as a verb: the first of ``verbs`` parsed as no verb with a subject
    and as no subject, right after a name (a proper noun) that opens the sentence and
    before more words."""
    for token in sent[1:-1]:
        if token.lower_ not in verbs or not _read_as_noun(token) or _in_subject(token):
            continue
        before, after = token.nbor(-1), token.nbor(1)
        # "Norway sanctions on Peru", "Peru attacks against ...": a noun and its preposition
        if before.pos_ != "PROPN" or after.is_punct or after.pos_ == "ADP" or not _opens(sent, before):
            return None
        return token
    return None


def _past(word: Token, verbs: Mapping[str, str]) -> str:
    past = verbs[word.lower_]
    return past[:1].upper() + past[1:] if word.text[:1].isupper() else past


def _speaker_colon(sent: Span) -> Token | None:
    """The colon of a headline's quotation, "Voss: Peru must withdraw its troops": a colon
    after two to five words that open the sentence, all of them names ("Norway's Voss",
    "President Voss"; one word alone is a dateline's place as often: "Lima:") and the last
    no place or date, before a clause of at least three
    words."""
    for token in sent[1:6]:
        if token.text != ":":
            continue
        words = sent.doc[sent.start:token.i]
        if not any(t.pos_ == "PROPN" for t in words) or not all(
                t.pos_ == "PROPN" or t.tag_ == "POS" or t.is_title for t in words):
            return None
        last = words[-1]
        if len(words) < 2 or last.is_upper or last.ent_type_ in _NO_SPEAKER_ENTS:
            return None  # a dateline ("Lima:", "LIMA:", "New Delhi:"), not a speaker
        return token if sent.end - token.i > 3 else None
    return None


def _name_run(sent: Span, start: int) -> int:
    """The end of the name that opens at ``start``: one to three proper nouns, or one
    capitalised adjective, a nationality ("Chilean"); ``start`` itself when there is none."""
    doc, i = sent.doc, start
    while i < sent.end and doc[i].pos_ == "PROPN" and i - start < 3:
        i += 1
    if i == start and start < sent.end and doc[start].pos_ == "ADJ" and doc[start].is_title:
        i += 1
    return i


def _pair_comma(sent: Span) -> Token | None:
    """The comma of a headline's pair of subjects, "Chile, Bolivia sign border accord",
    "Chile, Bolivia to sign accord": one to three proper nouns open the sentence, a comma,
    one to three more, then a verb in the plural present (or "to" and a verb), which no
    single name before it would take ("Lima, Peru signs" would be a place and its country).
    The pair may also be the names or nationalities of a plural noun that is the subject,
    "Chile, Bolivia leaders hold talks", "Chilean, Bolivian ministers meet in ...": two
    names or nationality adjectives (no date or number: ``_NO_PARTY_ENTS``) and up to three
    words of that noun ("foreign ministers"), the last a plural noun, before the verb. Not
    when a comma follows the verb: "X, Yian officials believe, attacked Z" sets off a source
    in prose."""
    doc = sent.doc
    i = _name_run(sent, sent.start)
    if i == sent.start or i >= sent.end or doc[i].text != ",":
        return None
    comma = doc[i]
    j = _name_run(sent, i + 1)
    if j == i + 1 or j + 1 >= sent.end:
        return None
    names = [doc[sent.start:i], doc[i + 1:j]]
    if any(t.pos_ == "ADJ" for span in names for t in span) or doc[j].pos_ in ("NOUN", "ADJ"):
        k = j
        while k < sent.end and k - j < 3 and doc[k].pos_ in ("NOUN", "ADJ"):
            k += 1
        if k == j or doc[k - 1].tag_ != "NNS" or k + 1 >= sent.end or any(
                t.ent_type_ in _NO_PARTY_ENTS for span in names for t in span):
            return None
        j = k
    verb = doc[j]
    if j + 1 < sent.end and doc[j + 1].text == ",":
        return None  # "X, Yian officials believe, attacked Z": a source set off, no pair
    if verb.tag_ in ("VBP", "VB") or (verb.tag_ == "TO" and doc[j + 1].tag_ == "VB"):
        return comma
    return None


class HeadlineReader:
    """The spaCy component: re-parses a headline-form sentence with one word written as its
    plain-prose equivalent (a verb's past form, "says" for a colon, "and" for a comma)."""

    def __init__(self, nlp: Language, verbs: Mapping[str, str],
                 prefixes: frozenset[str] = frozenset(),
                 gerund_governors: frozenset[str] = frozenset(),
                 told_verbs: frozenset[str] = frozenset(),
                 content_nouns: frozenset[str] = frozenset()) -> None:
        self.nlp = nlp
        self.verbs = dict(verbs)
        self.prefixes = prefixes
        self.gerund_governors = gerund_governors
        self.told_verbs = told_verbs
        self.content_nouns = content_nouns
        # the re-parse's steps: the pipeline as this component is added to it (last), so
        # spaCy's own analysis, not graphkit's components added after it; no NER (the
        # entities stay as first found: no need to find them again)
        self.steps = [proc for name, proc in nlp.pipeline if name not in ("ner", HEADLINES)]

    def __call__(self, doc: Doc, verbs: Mapping[str, str] | None = None,
                 prefixes: Collection[str] | None = None, governors: Collection[str] | None = None,
                 told_verbs: Collection[str] | None = None,
                 content_nouns: Collection[str] | None = None) -> Doc:
        """Read the headline forms of ``doc``, then hang its told "that" clauses on their
        verbs (:func:`graphkit.extract.complement_clauses.that_clauses_told`) and join its
        split hyphened nouns (:func:`graphkit.extract.nlp.join_hyphen_nouns`), both after
        the re-parses, which copy a fresh parse's heads and would undo them; ``verbs``,
        ``prefixes``, ``governors``, ``told_verbs``, ``content_nouns``: word lists to read
        instead of the component's own (an extractor passes its schema's, ``component_cfg``
        of ``nlp.pipe``)."""
        verbs = self.verbs if verbs is None else verbs
        prefixes = self.prefixes if prefixes is None else frozenset(prefixes)
        governors = self.gerund_governors if governors is None else frozenset(governors)
        told_verbs = self.told_verbs if told_verbs is None else frozenset(told_verbs)
        content_nouns = self.content_nouns if content_nouns is None else frozenset(content_nouns)
        for i in doc.user_data.get(NAME_MODAL_WORDS, ()):
            word = doc[i]
            lemma = word.lemma_
            if self._reparse(doc, word.sent, word, NAME_STAND_IN, _in_name, "NNP", keep_ents=True):
                word.lemma_ = lemma  # the word keeps its own lemma, not the stand-in's
        for sent in list(doc.sents):
            if len(sent) < 4:
                continue
            self._gerund_object(doc, sent, governors)
            if verb_after_apposition(sent):
                continue
            self._bare_title(doc, sent)
            word = _verb_read_as_noun(sent, verbs)
            if word is not None:
                self._reparse(doc, sent, word, _past(word, verbs), _verb_with_subject, "VBZ")
                continue
            colon = _speaker_colon(sent)
            if colon is not None:
                self._reparse(doc, sent, colon, "says", _says_clause, "VBZ")
                continue
            comma = _pair_comma(sent)
            if comma is not None:
                self._reparse(doc, sent, comma, "and", _joins_subjects)
        for sent in doc.sents:
            that_clauses_told(sent, told_verbs, content_nouns)
        join_hyphen_nouns(doc, prefixes)
        return doc

    def _reparse(self, doc: Doc, sent: Span, word: Token, stand_in: str,
                 accept: Callable[[Token], bool], tag: str | None = None, keep_ents: bool = False) -> bool:
        """Parse ``sent`` again with ``stand_in`` written for ``word``; keep the new parse
        when ``accept`` takes the stand-in as parsed, the word keeping its own text (and
        the tag ``tag`` when given); whether it was kept. The entity holding ``word`` is
        dropped unless ``keep_ents`` (the stand-in is then part of that entity). A modal
        inside a name (``NAME_MODAL_WORDS``) is written as :data:`NAME_STAND_IN` too, lest
        it mislead the new parse as it did the first, and keeps its own lemma."""
        names = [doc[i] for i in doc.user_data.get(NAME_MODAL_WORDS, ())
                 if sent.start <= i < sent.end and i != word.i]
        text = sent.text
        for tok, new in sorted([(word, stand_in), *((n, NAME_STAND_IN) for n in names)],
                               key=lambda pair: -pair[0].i):  # from the end: offsets hold
            start = tok.idx - sent.start_char
            if tok.i == word.i and tok.i > sent.start and not tok.nbor(-1).whitespace_:
                new = " " + new  # "Voss:" -> "Voss says"
            text = text[:start] + new + text[start + len(tok.text):]
        other = self.nlp.make_doc(text)
        for proc in self.steps:
            other = proc(other)
        if len(other) != len(sent) or len(list(other.sents)) != 1:
            return False  # the tokens do not line up: keep the first parse
        if not accept(other[word.i - sent.start]):
            return False
        lemmas = {n.i: n.lemma_ for n in names}
        offset = sent.start
        for mine, theirs in zip(sent, other, strict=True):
            mine.head = doc[theirs.head.i + offset]
            mine.dep_ = theirs.dep_
            mine.tag_ = theirs.tag_
            mine.pos_ = theirs.pos_
            mine.lemma_ = lemmas.get(mine.i, theirs.lemma_)
            mine.set_morph(theirs.morph)
        if tag is not None:
            word.tag_ = tag
        if word.ent_type_ and not keep_ents:  # the names stay as first found; the stand-in is no part of one
            doc.ents = [e for e in doc.ents if not e.start <= word.i < e.end]
        return True

    def _gerund_object(self, doc: Doc, sent: Span, governors: frozenset[str]) -> None:
        """"Norway denied threatening Uruguay": a gerund after a verb of
        ``governors`` (``gerund_governors``), read as an adjective or a compound of the one-word name after
        it (the name the verb's object), is parsed again with :data:`OBJECT_STAND_IN` for the
        name; kept when the gerund is then the verb's complement with the stand-in its
        object. The name keeps its entity and its lemma."""
        found = _misread_gerund(sent, governors)
        if found is None:
            return
        gerund, name = found
        lemma = name.lemma_
        if self._reparse(doc, sent, name, OBJECT_STAND_IN,
                         lambda obj, g=gerund.i - sent.start: obj.dep_ == "dobj" and obj.head.i == g
                         and obj.head.pos_ == "VERB" and obj.head.dep_ == "xcomp", keep_ents=True):
            name.lemma_ = lemma

    def _bare_title(self, doc: Doc, sent: Span) -> None:
        """"Police in X detained journalist Y Z": a verb read as the adjective of a bare
        title noun before a name, the sentence left with no verb at its root, is parsed
        again with "the" written for the title; kept when the verb then takes a subject,
        the title hung on the name as its compound again."""
        if sent.root.pos_ in ("VERB", "AUX"):
            return
        for verb in sent:
            if not (verb.dep_ == "amod" and verb.tag_ in ("VBD", "VBN") and verb.i > sent.start
                    and verb.i + 2 < sent.end):
                continue
            title, name = doc[verb.i + 1], doc[verb.i + 2]
            if not (title.tag_ == "NN" and title.pos_ == "NOUN" and name.pos_ == "PROPN"
                    and name.ent_type_ == "PERSON" and verb.nbor(-1).pos_ in ("NOUN", "PROPN")):
                continue
            tag, lemma = title.tag_, title.lemma_
            if self._reparse(doc, sent, title, "the", lambda det, v=verb.i - sent.start: det.head.head.i == v
                             and _verb_with_subject(det.head.head), keep_ents=True):
                # the title keeps the head the stand-in "the" took (the name), as its compound
                title.tag_, title.pos_, title.dep_, title.lemma_ = tag, "NOUN", "compound", lemma
            return


def _misread_gerund(sent: Span, governors: frozenset[str]) -> tuple[Token, Token] | None:
    """The gerund and the name of "denied threatening Uruguay" as the parser misread them:
    an "-ing" word hung on the next word as its adjective or compound, that word a one-word
    name the object of the verb just before the gerund (after its particle: "ruled out"),
    the verb one of ``governors``."""
    for gerund in sent[1:-1]:
        name = gerund.nbor(1)
        if not (gerund.lower_.endswith("ing") and gerund.dep_ in ("amod", "compound")
                and gerund.head.i == name.i and name.pos_ == "PROPN" and name.ent_iob_ == "B"
                and _name_ends(name) and name.dep_ == "dobj"):
            continue
        verb, before = name.head, gerund.nbor(-1)
        if verb.pos_ != "VERB":
            continue
        if before.i == verb.i:
            phrase = verb.lemma_.lower()
        elif before.dep_ == "prt" and before.head.i == verb.i and before.i == verb.i + 1:
            phrase = f"{verb.lemma_.lower()} {before.lower_}"
        else:
            continue
        if phrase in governors:
            return gerund, name
    return None


def _name_ends(name: Token) -> bool:
    """The name is one word: no word of its entity after it (or it ends the text, as a feed
    item's title without a full stop does)."""
    return name.i + 1 == len(name.doc) or name.nbor(1).ent_iob_ != "I"


def _in_name(token: Token) -> bool:
    """The stand-in name hangs in the name as its first part ("John Aydin")."""
    return token.dep_ == "compound" and token.head.i == token.i + 1 and token.head.pos_ == "PROPN"


def _verb_with_subject(token: Token) -> bool:
    return token.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _says_clause(token: Token) -> bool:
    return _verb_with_subject(token) and any(c.dep_ == "ccomp" for c in token.children)


def _joins_subjects(token: Token) -> bool:
    """"Chile and Bolivia sign": the first name the subject, the second joined to it; or
    "Chile and Bolivia leaders hold", "Chilean and Bolivian ministers meet": the first name
    a modifier of the subject after the pair, the second joined to it."""
    first, second = token.nbor(-1), token.nbor(1)
    while second.i + 1 < len(token.doc) and second.dep_ == "compound":
        second = second.nbor(1)
    if second.dep_ != "conj" or second.head.i != first.i:
        return False
    return first.dep_ == "nsubj" or (first.head.dep_ == "nsubj" and first.head.i > second.i)


@Language.factory(HEADLINES, default_config={"schema_dir": None})
def make_headlines(nlp: Language, name: str, schema_dir: str | None) -> HeadlineReader:
    """The component, with the word list of ``schema_dir`` (default: the project's)."""
    from graphkit.extract.rules import load_rules

    rules = load_rules(Path(schema_dir) if schema_dir else None)
    return HeadlineReader(nlp, rules.headline_verbs, rules.hyphen_prefixes, rules.gerund_governors,
                          rules.told_clause_verbs, rules.content_clause_nouns)

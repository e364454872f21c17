"""References: descriptions, class nouns, "it" and pronouns, read by
:class:`~graphkit.extract.actors.MentionFinder` after the names.

A description ("the <country> leader") is the person of that country and office already
named, else the office holder on the publication date; a definite class noun ("the
ministry") the latest earlier mention of a kind ``definite_references`` lists; "it" as a
main-clause subject the last organisation or country subject nearby; a pronoun the latest
person of agreeing gender, the last subject first.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from spacy.tokens import Doc, Span, Token

from graphkit.extract.arguments import document_issuer
from graphkit.extract.mentions import ArticleMentions, Mention, mentions_before, state_actor
from graphkit.extract.names import BOUNDARY_POS
from graphkit.extract.nlp import entity_of
from graphkit.model import Actor
from graphkit.reference.places import country_continent

# the counts a plural epithet may give ("the two Gulf states")
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}

# person mentions a pronoun looks back over for one of agreeing gender: a bound, so an
# article naming only men does not make each "she" walk all of them
_PRONOUN_LOOKBACK = 200


class ReferenceReader:
    """The reference half of :class:`~graphkit.extract.actors.MentionFinder`
    (a mixin: it reads the finder's lexicons and the mentions found so far)."""

    def _description(self, span: Span, persons: list[Mention], published: date | None
                     ) -> Mention | None:
        """"the Russian leader" -> the person of that country holding that office."""
        last = span[-1]
        if last.tag_ in ("NNS", "NNPS") or last.dep_ == "compound":
            return None
        nxt = span.doc[span.end] if span.end < len(span.doc) else None
        if nxt is not None and nxt.ent_type_ == "PERSON":
            return None
        if nxt is not None and (nxt.text in ("-", "–") or nxt.pos_ in ("PROPN",)):
            return None
        if not any(c.dep_ in ("det", "poss", "amod", "compound") for c in last.children):
            return None
        offices = self.offices[span.text.lower()]
        country: str | None = None
        start = span.start
        for t in reversed(list(span.doc[max(span.root.left_edge.i, span.start - 4):span.start])):
            if t.pos_ in BOUNDARY_POS or t.dep_ == "det":
                break
            ent = entity_of(t)
            found = self._country(ent.text if ent is not None else t.text)
            if found is None and ent is not None:
                org = self._organisation(ent.text)
                found = org if org is not None and org.country else None
            if found is not None:
                country = found.country
                start = t.i
                break
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in last.children)
        for mention in reversed(persons if not indefinite else []):
            actor = mention.actors[0]
            if (country is None or actor.country == country) and _same_office(actor.office, offices):
                return Mention(start, span.end, (actor,), "description")
        if country is not None and published is not None and not indefinite:
            for office in offices:
                entry = self.gaz.office_holder(country, office, published)
                if entry is not None:
                    return Mention(start, span.end, (self.person_actor(entry, published),),
                                   "description")
        if country is None:
            return None
        # "an Iranian president", or an office the gazetteer cannot fill: the office itself
        name = " ".join(t.text for t in span.doc[start:span.end])
        actor = Actor(id=Actor.make_id("person", name), name=name, kind="person", country=country,
                      office=offices[0])
        return Mention(start, span.end, (actor,), "description")

    def _group(self, span: Span) -> Mention | None:
        """"the two leaders", "both sides": only as a whole noun phrase ("the two" of
        "the two powers" is not one), and not as the whole one member is taken from ("one
        of the two sides", a word of ``group_partitives``)."""
        doc = span.doc
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
            return None
        root = span.root
        if (root.dep_ == "pobj" and root.head.lower_ == "of"
                and root.head.head.lower_ in self.group_partitives):
            return None
        return Mention(span.start, span.end, (), "group")

    def _definite(self, span: Span, found: ArticleMentions,
                  resolved: dict[str, tuple[Actor, ...]]) -> Mention | None:
        """"the junta", "the spokesperson": the most recent earlier mention of a kind the
        noun may stand for (``definite_references``); the same noun again keeps its reading."""
        noun = span.root.lower_
        if noun in resolved:
            return Mention(span.start, span.end, resolved[noun], "definite")
        earlier = sorted((m for m in found.mentions if m.end <= span.start and len(m.actors) == 1
                          and m.via not in ("pronoun", "group", "definite")),
                         key=lambda m: m.start, reverse=True)
        for kind in self.definite_refs[noun]:
            for m in earlier:
                actor = m.actors[0]
                if kind == "person":
                    # the title may stand before the name's span ("General X")
                    title = span.doc[max(m.start - 3, 0):m.end].text.lower()
                    ok = actor.kind == "person" and (noun in (actor.office or "").lower()
                                                     or noun in title.split())
                elif kind == "country":
                    ok = actor.kind == "country"
                elif kind == "organisation":
                    ok = actor.kind == "organisation"
                elif kind == "named":
                    ok = actor.kind == "organisation" and noun in actor.name.lower().split()
                else:
                    ok = actor.kind == "organisation" and self.org_kinds.get(actor.id) == kind
                if ok:
                    resolved[noun] = m.actors
                    return Mention(span.start, span.end, m.actors, "definite")
        return None

    def _epithet(self, span: Span, found: ArticleMentions) -> Mention | None:
        """"the east African country": the latest country an earlier mention names (a
        country, or the country of a person or body) on a continent or among the countries
        each epithet word of ``country_epithet_words`` lists, other than a country of the
        subject of the verb the epithet hangs on ("X imposed tariffs on the neighbouring
        country": not X). A plural stands for as many such countries as its number says
        ("the two Gulf states"), two for neighbours ("the Balkan neighbours"); another plural
        ("the Baltic states") for none (which of them the story means, it does not say)."""
        words = {w for t in span[1:-1] for w in (t.lower_, *t.lower_.split("-"))} | {
            f"{a.lower_} {b.lower_}" for a, b in zip(span[1:-1], span[2:-1], strict=False)}
        allowed = [self.epithet_words[w] for w in words & self.epithet_words.keys() if self.epithet_words[w]]
        head = span.root
        wanted = 1
        if head.tag_ == "NNS":
            number = next((t for t in span if t.like_num), None)
            wanted = (_NUMBERS.get(number.lower_, 0) if number is not None else
                      2 if head.lemma_.lower() in ("neighbour", "neighbor") else 0)
            if wanted < 2:
                return None
        verb = head
        while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
            verb = verb.head
        doers = {a.country for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                 and not c.left_edge.i <= span.start <= c.right_edge.i
                 for t in c.subtree if (m := found.at(t.i)) is not None for a in m.actors}
        codes: list[str] = []
        for m in sorted(found.mentions, key=lambda m: m.start, reverse=True):
            if m.end > span.start or m.via in ("pronoun", "group", "definite") or len(m.actors) != 1:
                continue
            code = m.actors[0].country
            continent = country_continent(code)
            if continent is None or code in doers or code in codes or not all(
                    continent in allow or code in allow for allow in allowed):
                continue
            codes.append(code)  # type: ignore[arg-type]
            if len(codes) == wanted:
                break
        if len(codes) < wanted:
            return None
        actors = tuple(a for code in codes if (a := state_actor(self.gaz, code)) is not None)
        return Mention(span.start, span.end, actors, "definite", epithet=True) if actors else None

    def _reporter_possessives(self, doc: Doc | Span, found: ArticleMentions, taken: set[int]) -> bool:
        """"X said its citizens had been detained by Y": a possessive of
        ``reporter_possessives`` on one of the reporter's own people (``reporter_possessed``)
        as the subject of a reported clause is the reporter's, when the reporter is one
        country or organisation ("its" on another phrase of the clause may be the clause
        subject's: "X said Y had moved its troops" is left alone; "X's army said its gunners
        shelled ..." names a unit, left as it was read before). So is one on the direct
        object of a verb of ``reporter_object_verbs`` whose own subject is another party
        ("X said Y had detained two of its citizens": a state holds another's people; not
        "its own citizens").
        True when one was added."""
        added = False
        for token in doc:
            if token.lower_ not in self.reporter_possessives or token.dep_ != "poss" or token.i in taken \
                    or token.head.lemma_.lower() not in self.reporter_possessed:
                continue
            phrase = token.head
            while phrase.dep_ in ("pobj", "prep", "compound", "amod", "nummod", "conj") \
                    and phrase.head is not phrase:
                phrase = phrase.head
            verb = phrase.head
            on_object = phrase.dep_ == "dobj" and verb.lemma_.lower() in self.reporter_object_verbs \
                and not any(c.lower_ == "own" for c in token.head.subtree)
            if (phrase.dep_ not in ("nsubj", "nsubjpass") and not on_object) or verb.dep_ != "ccomp" \
                    or verb.head.lemma_.lower() not in self.reporting_verbs:
                continue
            reporter = next((found.at(c.i) for c in verb.head.children if c.dep_ == "nsubj"), None)
            if reporter is None or len(reporter.actors) != 1 \
                    or reporter.actors[0].kind not in ("country", "organisation"):
                continue
            if on_object:
                doer = next((m for c in verb.children if c.dep_ == "nsubj" for t in c.subtree
                             if (m := found.at(t.i)) is not None), None)  # ("Y's forces", "Yian troops")
                if doer is None or not doer.actors or reporter.actors[0].id in {a.id for a in doer.actors}:
                    continue  # the reporter's own act on "its" people: read as before
            found.add(Mention(token.i, token.i + 1, reporter.actors, "pronoun"))
            taken.add(token.i)
            added = True
        return added

    def _it(self, span: Span, found: ArticleMentions) -> Mention | None:
        """"It accused ...": the last organisation or country subject of the last sentences."""
        first = self._window_start(span)
        for m in sorted(found.mentions, key=lambda m: m.start, reverse=True):
            if m.start >= span.start or m.start < first:
                continue
            if m.is_subject and len(m.actors) == 1 and m.actors[0].kind in ("organisation", "country") \
                    and m.via not in ("pronoun", "group"):
                return Mention(span.start, span.end, m.actors, "pronoun")
        return None

    def _window_start(self, span: Span) -> int:
        """The first token of the sentences ``it_window`` back from ``span``'s own."""
        first = span.sent.start
        for _ in range(self.it_window):
            if first == 0:
                break
            first = span.doc[first - 1].sent.start
        return first

    def _document(self, span: Span, found: ArticleMentions) -> Mention | None:
        """"The statement urged ...": who issued the statement the last sentences named
        (``document_nouns``, by lemma), nearest first: the subject of the verb whose object
        it was ("X issued a statement"; not by a verb it came from another by or was kept
        from being issued by, ``document_withholding_verbs``: "Y rejected a statement",
        "Y welcomed the statement"), or of the verb "in" it hangs on ("X said in a
        statement"); None when they name none."""
        words = self.mention_words
        noun = _fold(span.root.lemma_)
        for token in reversed(span.doc[self._window_start(span):span.start]):
            if _fold(token.lemma_) != noun:
                continue
            if token.dep_ == "pobj" and token.head.lower_ == "in":
                issuers = [c for c in token.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            else:
                issuers = document_issuer(token, words, 0) or []
            for subject in issuers:
                m = found.at(subject.i)
                if m is not None and m.actors:
                    return Mention(span.start, span.end, m.actors, "pronoun")
        return None

    def _pronoun(self, span: Span, persons: list[Mention], found: ArticleMentions | None = None,
                 excluded: frozenset[str] = frozenset()) -> Mention | None:
        """The most recent person who agrees with the pronoun's gender: the subject of the
        clause for a possessive ("X thanked his host"), else the last person of the
        sentence, else the last subject of the last ``window`` persons, else the last person
        (``pronoun_antecedents`` of mentions.yaml); never an actor of ``excluded``."""
        if not persons:
            return None
        token = span.root
        gender = self.gender.of_pronoun(token.text)
        genders = found.genders if found is not None else {}

        def agrees(m: Mention) -> bool:
            if m.actors[0].id in excluded:
                return False
            told = genders.get(m.actors[0].id)
            return gender is None or told is None or told == gender

        if token.dep_ == "poss" and found is not None:
            clause = token.head
            while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
                clause = clause.head
            for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
                m = found.at(subject.i)
                if m is not None and m.actors and m.actors[0].kind == "person" and agrees(m):
                    return Mention(span.start, span.end, m.actors, "pronoun")
        if self.pronoun_reporter_subject and token.dep_ in ("nsubj", "nsubjpass") and found is not None:
            # "X said after meeting Y that ... he signed": a subject pronoun in the words a
            # reporting verb reports is that verb's subject, not the person named last
            reporter = self._reporting_subject(token, found)
            if reporter is not None and agrees(reporter):
                return Mention(span.start, span.end, reporter.actors, "pronoun")
        sent_start = span.sent.start
        window = self.pronoun_window
        recent: list[Mention] = []  # agreeing persons, latest first
        outside = 0
        earlier_persons = mentions_before(persons, span.start)
        for m in reversed(earlier_persons[-_PRONOUN_LOOKBACK:]):
            if not agrees(m):
                continue
            recent.append(m)
            outside += m.start < sent_start
            if outside >= window:
                break
        if not recent:
            return None
        in_sentence = [m for m in recent if m.start >= sent_start]
        if in_sentence:
            chosen = in_sentence[0]
            if self.pronoun_sentence_subject and token.dep_ in ("nsubj", "nsubjpass"):
                chosen = next((m for m in in_sentence if m.is_subject), chosen)
            return Mention(span.start, span.end, chosen.actors, "pronoun")
        earlier = recent[:window]
        subjects = [m for m in earlier if m.is_subject]
        if self.pronoun_main_subject:
            main = [m for m in subjects if _heads_main_clause(span.doc[m.start:m.end].root)]
            subjects = main or subjects
        chosen = subjects[0] if subjects else earlier[0]
        return Mention(span.start, span.end, chosen.actors, "pronoun")

    def _not_own_objects(self, doc: Doc | Span, found: ArticleMentions, persons: list[Mention]) -> None:
        """A subject pronoun is not the person its own verb's object names ("X met Y, and
        he urged Y to ...", "X visited Y, and there he pressed the <country> leader to ...": he
        is X, not Y): read again among the other persons, when another agrees (a pronoun
        object is left alone: which of the two erred is not known)."""
        for m in found.mentions:
            token = doc[m.start] if isinstance(doc, Doc) else doc.doc[m.start]
            if m.via != "pronoun" or len(m.actors) != 1 or m.actors[0].kind != "person" \
                    or token.dep_ != "nsubj":
                continue
            verb = token.head
            objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + [
                p for c in verb.children if c.dep_ == "prep" and c.lower_ in self.object_preps
                for p in c.children if p.dep_ == "pobj"]
            named = {a.id for o in objects if (n := found.at(o.i)) is not None and n.via != "pronoun"
                     for a in n.actors}
            if m.actors[0].id not in named:
                continue
            other = self._pronoun(token.doc[m.start:m.end], persons, found, frozenset(named))
            if other is not None:
                m.actors = other.actors

    def _reporting_subject(self, token: Token, found: ArticleMentions) -> Mention | None:
        """The person subject of the nearest reporting verb whose reported clause holds
        ``token``, or None."""
        child = token
        for verb in token.ancestors:
            if child.dep_ in ("ccomp", "parataxis") and verb.lemma_.lower() in self.reporting_verbs:
                for subject in (c for c in verb.children if c.dep_ == "nsubj"):
                    m = found.at(subject.i)
                    if m is not None and m.actors and m.actors[0].kind == "person" and m.via != "pronoun":
                        return m
                return None
            child = verb
        return None


def _heads_main_clause(token: Token) -> bool:
    """The subject of a sentence's main verb, or of a verb joined to it by "and"."""
    verb = token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _same_office(held: str | None, wanted: tuple[str, ...]) -> bool:
    if held is None:
        return False
    held = held.lower()
    return any(w in held or held in w for w in wanted)


def _fold(word: str) -> str:
    """A lemma without its accents ("communiqué" and "communique" are one noun)."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))

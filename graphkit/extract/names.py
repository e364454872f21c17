"""Names and titles: how :class:`~graphkit.extract.actors.MentionFinder` reads a named span.

A name is looked up in the gazetteer; a person's country, office and organisation come
from it, else from the title around the name ("<Country> Foreign Minister X", "X's
deputy prime minister Y", "Y, the spokesman of X's army"); an organisation's owner from
its name or its possessor; an unknown person keeps the title's country.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span, Token

from graphkit.extract.lone_surnames import LoneSurnames, joins_words, without_covered_surnames
from graphkit.extract.mentions import Mention
from graphkit.extract.nlp import entity_of, ents_in
from graphkit.model import Actor

_NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
# dependencies of a noun phrase's head (subject, object, a preposition's object)
_NOUN_PHRASE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative"})
# parts of speech that end a title read leftwards from a name
#: the hyphens (and the en dash) that join a name to the word after it ("German-made",
#: "NATO-backed")
HYPHENS = frozenset({"-", "–", "‐", "‑"})
BOUNDARY_POS = frozenset({"VERB", "AUX", "PUNCT", "SCONJ", "CCONJ", "PRON", "NUM"})

def _common_word(span: Span) -> bool:
    """A span written in lower case, or a common noun capitalised only as its sentence's
    first word ("Authorities in Seoul said", "Government officials accused")."""
    if span.text.islower():
        return True
    first = span[0]
    return (len(span) == 1 and first.is_sent_start and first.pos_ == "NOUN"
            and first.text[1:].islower())


class NameReader(LoneSurnames):
    """The name-and-title half of :class:`~graphkit.extract.actors.MentionFinder`
    (a mixin: it reads the finder's gazetteer lookups and lexicons; lone surnames are
    :class:`~graphkit.extract.lone_surnames.LoneSurnames`)."""

    def _candidates(self, doc: Doc | Span) -> list[tuple[str, Span]]:
        """Spans to resolve, in reading order; at one start the longest and the strongest
        reading (names before descriptions) comes first."""
        rank = {"PERSON": 0, "NAME": 1, "SURNAME": 1, "ORG": 2, "GPE": 2, "NORP": 3, "LOC": 3, "FAC": 3,
                "OFFICE": 4, "GROUP": 4, "PRON": 5, "DEFREF": 6, "IT": 6, "DOCREF": 6, "EPITHET": 3}
        spans: list[tuple[str, Span]] = []
        regions: list[Span] = []
        for e in ents_in(doc):
            if e.label_ not in _NAME_LABELS:
                continue
            if self._region_demonym(e):
                regions.append(e)  # "Latin American": no country, nor its last word
                continue
            if not any(t.text[:1].isupper() for t in e):
                continue  # "announced visa bans": a common word, no name
            commas = [t.i for t in e if t.text == ","]
            if commas:
                bounds = [e.start, *commas, e.end]
                parts = [e.doc[a + 1 if e.doc[a].text == "," else a:b]
                         for a, b in zip(bounds, bounds[1:], strict=False)]
                parts = [p for p in parts if len(p)]
                if e.label_ == "PERSON":  # "Xi, Ishiba": two names
                    spans.extend(("PERSON", p) for p in parts)
                    continue
                if len(parts) >= 2 and all(self._country(p.text) is not None for p in parts):
                    spans.extend(("GPE", p) for p in parts)  # "Mali, Burkina Faso": two countries
                    continue
            spans.append((e.label_, e))
        whole = doc.doc if isinstance(doc, Span) else doc
        lo, hi = (doc.start, doc.end) if isinstance(doc, Span) else (0, len(doc))
        for match_id, start, end in self.matcher(whole):
            if start < lo or end > hi:
                continue
            spans.append((whole.vocab.strings[match_id], whole[start:end]))
        for token in doc:
            i = token.i
            run = self._titled_name(token) or self._name_before_title(token)
            if run is not None:
                spans.append(("PERSON", run))
            lone = self._lone_surname_span(token)
            if lone is not None:
                spans.append(("SURNAME", lone))
            if (token.text == "(" and i + 3 < len(whole) and whole[i + 2].text == ")"
                    and whole[i + 1].pos_ == "PROPN" and whole[i + 3].pos_ == "PROPN"):
                spans.append(("PERSON", whole[i:i + 4]))  # "Foreign Minister (Sergei) Lavrov"
            if token.pos_ == "PRON" and token.lower_ in self.pronouns:
                spans.append(("PRON", whole[token.i:token.i + 1]))
            elif token.lower_ in self.groups and token.pos_ == "PRON":
                spans.append(("GROUP", whole[token.i:token.i + 1]))
            elif (token.lower_ == "it" or self._bare_document(token)) and self.it_window \
                    and token.dep_ == "nsubj" and token.head.dep_ == "ROOT" and token.head.pos_ == "VERB" \
                    and not any(c.dep_ in ("ccomp", "parataxis") for c in token.head.children):
                spans.append(("IT" if token.lower_ == "it" else "DOCREF", whole[token.i:token.i + 1]))
            elif token.lower_ in self.definite_refs and token.pos_ == "NOUN":
                span = _definite_span(token)
                if span is not None:
                    spans.append(("DEFREF", span))
            elif token.lemma_.lower() in self.epithet_nouns and token.pos_ == "NOUN":
                span = self._epithet_span(token)
                if span is not None:
                    spans.append(("EPITHET", span))
        spans = without_covered_surnames(spans)
        if regions:
            spans = [(label, span) for label, span in spans
                     if not any(r.start <= span.start and span.end <= r.end for r in regions)]
        groups = [g for g in map(self._group_name, doc) if g is not None]
        if groups:  # "Dravik fighters": the unknown word names the group, no person or place
            spans = [(label, span) for label, span in spans
                     if not any(g.start <= span.start and span.end <= g.end for g in groups)]
            spans += [("GROUPNAME", g) for g in groups]
        # a name that ends where a group phrase starts is fine; order: start, -length, rank
        spans.sort(key=lambda ls: (ls[1].start, -(ls[1].end - ls[1].start), rank.get(ls[0], 9)))
        return spans

    def _epithet_span(self, token: Token) -> Span | None:
        """"the east African country", "the two Gulf states": a noun of
        ``country_epithet_nouns`` with "the" and before it only words of no country (and a
        number), one of them at least an epithet word (``country_epithet_words``); not "the
        state of X"."""
        if token.tag_ not in ("NN", "NNS") or any(
                c.dep_ == "prep" and c.lower_ == "of" and any(p.pos_ == "PROPN" for p in c.children)
                for c in token.children):
            return None  # "the state of Qatar", not "accused the nation of spying"
        doc = token.doc
        start = token.left_edge.i
        if doc[start].lower_ != "the" or token.i - start > 6:
            return None
        between = doc[start + 1:token.i]
        words = {w for t in between for w in (t.lower_, *t.lower_.split("-"))}
        if not words & self.epithet_words.keys() or any(
                t.pos_ not in ("ADJ", "PROPN", "NOUN", "ADV", "PUNCT", "NUM", "VERB") for t in between):
            return None
        if self._country(between.text) is not None or any(
                self._country(t.text) is not None for t in between
                if t.text[:1].isupper() and not self._in_region_demonym(t)):
            return None  # "the Chinese state": a demonym names its country (not "American"
            # in "the South American nation": a region's people)
        return doc[start:token.i + 1]

    def _in_region_demonym(self, token: Token) -> bool:
        """``token`` ends a region's demonym with the word before it ("South American",
        "Latin American": ``region_demonym_firsts`` / ``_lasts``), no country's demonym."""
        doc = token.doc
        return (token.i > 0 and token.lower_ in self.region_demonym_lasts
                and doc[token.i - 1].lower_ in self.region_demonym_firsts
                and self._country(doc[token.i - 1:token.i + 1].text) is None)

    def _bare_document(self, token: Token) -> bool:
        """"the statement" with no word of its own beside "the" (``document_nouns``)."""
        return token.lemma_.lower() in self.mention_words.document_nouns and token.pos_ == "NOUN" \
            and [c.lower_ for c in token.children] == ["the"]

    def _group_name(self, token: Token) -> Span | None:
        """"Dravik fighters", "Kelmar insurgents": a plural group noun (``group_nouns``)
        told by a capitalised word the gazetteer does not know (no country, organisation
        or person), as the span of the modifier and the noun; else None."""
        if token.lower_ not in self.mention_words.group_nouns or token.pos_ != "NOUN":
            return None
        mods = [c for c in token.lefts if c.dep_ in ("compound", "amod") and c.i == token.i - 1]
        if not mods:
            return None
        mod = mods[0]
        sentence_first = mod.i == mod.sent.start
        if not mod.text[:1].isupper() or not mod.is_alpha or (sentence_first and mod.pos_ != "PROPN"):
            return None
        if (self._country(mod.text) is not None or self._organisation(mod.text) is not None
                or self._person(mod.text, None) is not None):
            return None
        return token.doc[mod.i:token.i + 1]

    def _titled_name(self, token: Token) -> Span | None:
        """Two to five capitalised words right after a capitalised title noun
        (``name_title_heads``: "Chancellor Ilse Marrow", "Senegalese President Mamadou
        Lamine Sarr"; not after a lower-case one, "migration commissioner X": random CV
        lost by it, docs/extraction-rounds.md, names36) or after the comma of a title
        phrase they are set in apposition to ("Peru's Minister of Foreign Affairs, Ilse
        Marrow"): a person's name, wherever the tagger read none or another label there.
        Not a name the gazetteer knows as a country, a body or a city, nor words inside a
        longer name that began before them ("General Motors Corp")."""
        doc = token.doc
        apposed = token.text == ","
        if not apposed and not self._ends_title(token):
            return None
        if not apposed and not token.text[:1].isupper():
            return None  # a title written into the name ("Chancellor X"), not a common noun
        start = end = token.i + 1
        while end < len(doc) and end - start < 5 and self._name_word(doc, end, start):
            end += 1
        while end > start and not doc[end - 1].text[:1].isupper():
            end -= 1  # a name ends on a capitalised word, not on "bin" or "-"
        if end - start < 2:
            return None
        span = doc[start:end]
        if apposed and not (span.root.dep_ == "appos"
                            and span.root.head.lower_ in self.name_title_heads):
            return None
        return self._unknown_name(span)

    def _name_before_title(self, token: Token) -> Span | None:
        """Two to five capitalised words set before a title in apposition to them ("Ilse
        Marrow, Kherson's governor, said"): a person's name the tagger read no name in."""
        doc = token.doc
        if token.i > 0 and self._name_word(doc, token.i - 1, token.i - 1):
            return None  # a run starts at its first word
        end = token.i
        while end < len(doc) and end - token.i < 5 and self._name_word(doc, end, token.i):
            end += 1
        if end - token.i < 2 or end >= len(doc) or doc[end].text != ",":
            return None
        span = doc[token.i:end]
        if not any(c.dep_ == "appos" and c.lower_ in self.name_title_heads for c in span.root.children):
            return None
        return self._unknown_name(span)

    def _region_demonym(self, ent: Span) -> bool:
        """A people of a region, not of a country: several words, the first a region word
        and the last a continent's (``region_demonym_firsts`` / ``_lasts``: "South American",
        "Northern Irish"), the whole no country's demonym ("South Korean", "Central African"
        are; "Eastern Ukrainian" ends in no continent's word)."""
        return (ent.label_ == "NORP" and len(ent) > 1 and ent[0].lower_ in self.region_demonym_firsts
                and ent[-1].lower_ in self.region_demonym_lasts and self._country(ent.text) is None)

    def _unknown_name(self, span: Span) -> Span | None:
        """``span``, unless a longer name that began before it holds it, the tagger read a
        person's name there already, or the gazetteer knows it as a country, a body or a
        city."""
        first = entity_of(span[0])
        if first is not None and (first.start < span.start
                                  or (first.label_ == "PERSON" and first.end >= span.end)):
            return None
        text = span.text
        if self._country(text) or self._organisation(text) or self.places.candidates(text) \
                or self.places.region(text):
            return None
        return span

    def _ends_title(self, token: Token) -> bool:
        """A title noun (``name_title_heads``), or the last word of a portfolio phrase that
        follows one ("Minister of Foreign Affairs", "Minister of Defence")."""
        if token.lower_ in self.name_title_heads:
            return True
        if token.lower_ not in self.portfolio_words and token.lower_ not in self.title_words:
            return False
        doc = token.doc
        for t in reversed(doc[max(0, token.i - 4):token.i]):
            if t.lower_ in self.name_title_heads:
                return True
            if not (t.lower_ in ("of", "and") or t.lower_ in self.portfolio_words
                    or t.lower_ in self.title_words):
                return False
        return False

    def _name_word(self, doc: Doc, i: int, start: int) -> bool:
        """A word of a person's name read after a title: a capitalised proper noun that is
        no title, portfolio, office or place word, no country and no date; a name particle
        ("bin", "de") or a joining hyphen inside the name."""
        token = doc[i]
        lower = token.lower_
        if i > start and (lower in self.name_particles or (
                token.text == "-" and not token.whitespace_ and not doc[i - 1].whitespace_)):
            return True
        return (token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ not in (
                    "DATE", "TIME", "NORP") and lower not in self.title_words
                and lower not in self.portfolio_words and lower not in self.office_heads
                and lower not in self.place_nouns and lower not in self.group_heads
                and lower not in self.name_title_heads
                and self._country(token.text) is None)

    def _place_country(self, text: str) -> str | None:
        """The country ``text`` names, or whose city or first-level region it is ("Kherson",
        "Alberta", "Texas"), told in a title ("Governor X of Texas", "Alberta Premier X")."""
        country = self._country(text)
        if country is not None:
            return country.country
        return self.places.country(text, (), self.place_noun_floor) or self.places.region(text)

    def _name(self, span: Span, label: str, surnames: dict[str, Actor], published: date | None,
              taken: set[int]) -> Mention | None:
        if (label == "PERSON" and len(span) >= 3 and self._country(span[0].text) is not None
                and all(t.pos_ == "PROPN" for t in span[1:]) and self._person(span.text, published) is None):
            span = span[1:]  # "the President of Kenya X Y" tagged as one name: Kenya is the title's
        if label == "PERSON" and any(self._country(t.text) is not None for t in span if t.pos_ == "PROPN"
                                     and not (t.i == span.start and t.lower_ in self.metonyms)):
            # "Sputnik Azerbaijan": a name holding a country is no person's; a capital's name
            # first is a given name ("Santiago X")
            label = "ORG"
        if label == "NAME" and not span[0].text[:1].isupper():
            generic = self._organisation(span.text)
            ownerless = generic is not None and generic.name.lower() in self.mention_words.ownerless_bodies
            if generic is None or generic.country is not None and not ownerless:
                return None  # names are capitalised: "foreign ministers" names no Foreign Office
            # a body common noun ("Israel's military") stays, to take its owner's country
        nxt = span.doc[span.end] if span.end < len(span.doc) else None
        if label == "NAME" and len(span) == 1 and not span.text.isupper() and nxt is not None and (
                f"{span.text} {nxt.text}".lower() in self.offices
                or nxt.lower_ in self.office_heads):
            return None  # "Foreign Minister": a title word, not an organisation
        if label == "PERSON":
            while len(span) > 1 and span[0].pos_ != "PROPN":
                span = span[1:]
            if span[0].pos_ != "PROPN":
                return None
            if (len(span) == 1 or self._before_title(span)) and self._country(span.text) is not None:
                # "Sri Lankan Foreign Minister X": a nationality read as a person
                label = "NORP"
            elif self._owns_title(span) and self._place_country(span.text) is not None:
                return None  # "Governor X of Kherson": the place whose governor X is
        text = _clean_name(span, self.honorifics)
        if not text:
            return None
        if all(t.lower_ in self.title_words for t in span if not t.is_punct):
            return None  # "State Councilor": a title, not a name
        person = self._person(text, published)
        if person is not None and label != "PERSON" and len(span) == 1 \
                and self._country(text) is not None:
            person = None  # "Montenegro joined the talks": the country, not its namesake
        if person is None and label in ("PERSON", "NAME", "ORG", "GPE", "NORP"):
            last = text.split()[-1].lower()
            if len(text.split()) == 1 and last in surnames:
                country = self._country(text) if span.root.ent_type_ == "GPE" else None
                if country is not None and country.kind != "country":
                    country = None
                return Mention(span.start, span.end, (surnames[last],), "surname", country_word=country)
        if person is not None:
            start = self._absorb_title(span, taken)
            return Mention(start, span.end, (person,), "name")
        if label == "PERSON":
            if self._organisation(text) is not None:
                label = "ORG"  # "the Houthis" read as a person: a known organisation's name
            elif len(span) > 1 and text.lower() in self.metonyms:
                label = "GPE"  # "La Moneda" read as a person: a seat of government's name
            elif self._place_role(span):
                return None  # "struck Kharkiv" read as a person: left to the place pass
            elif span.root.dep_ == "pobj" and span.root.head.lower_ in self.place_only_preps:
                return None  # "near X": a place the gazetteer lacks, no one
            else:
                return self._unknown_person(span, text, taken)
        if is_dateline(span):
            return None
        hyphen = self._hyphened(span)
        if hyphen and span.end + 1 < len(span.doc) \
                and span.doc[span.end + 1].lower_ in self.backing_participles:
            return None  # "the NATO-backed force", "US-backed": who backs the noun, no party
        organisation = self._org_with_owner(span, text)
        if organisation is not None:
            actor, start = organisation
            return Mention(start, span.end, (actor,), "organisation")
        country = self._country(text)
        if country is not None:
            held = hyphen and self._holder_compound(span)
            if hyphen and not held:
                return None  # "German-made", "US-backed": part of an adjective
            if label == "NORP" or (span.root.pos_ == "ADJ"):
                return self._demonym(span, country, held)
            return Mention(span.start, span.end, (country,), "country")
        if label == "ORG" and self._place_role(span):
            return None  # "struck Belgorod" read as an organisation: left to the place pass
        if label == "ORG":
            owner = self._owner_country(span) or self._apposition_country(span)
            return Mention(span.start, span.end, (Actor(
                id=Actor.make_id("organisation", text), name=text, kind="organisation",
                country=owner.country if owner else None),), "organisation")
        return None

    @staticmethod
    def _hyphened(span: Span) -> bool:
        """``span`` joined by a hyphen, with no space, to the word after it ("German-made")."""
        doc = span.doc
        return span.end < len(doc) and doc[span.end].text in HYPHENS and not span[-1].whitespace_

    def _before_title(self, span: Span) -> bool:
        """A span right before a title word ("Sri Lankan Foreign Minister X")."""
        doc = span.doc
        return span.end < len(doc) and (doc[span.end].lower_ in self.title_words
                                        or doc[span.end].lower_ in self.name_title_heads)

    def _owns_title(self, span: Span) -> bool:
        """A name after "of" that follows a person's name ("Governor X of Kherson"), or
        one whose title follows it ("Kherson's governor X")."""
        doc = span.doc
        if span.end + 1 < len(doc) and doc[span.end].tag_ == "POS":
            return any(t.lower_ in self.name_title_heads for t in doc[span.end + 1:span.end + 4])
        if span.start < 2 or doc[span.start - 1].lower_ != "of":
            return False
        before = doc[span.start - 2]
        return before.pos_ == "PROPN" and before.ent_type_ in ("PERSON", "")

    def _demonym(self, span: Span, country: Actor, held: bool) -> Mention | None:
        """"Russian troops", "the French": a demonym stands for its country when it heads a
        noun phrase or modifies a noun; not in a compound adjective ("German-made tank").
        ``held``: the span is joined to a verb of holding (:meth:`_holder_compound`)."""
        doc = span.doc
        if held:
            return Mention(span.start, span.end, (country,), "demonym")  # "Russian-held town"
        if span.end + 1 < len(doc) and doc[span.end].text in HYPHENS and not doc[span.end].whitespace_:
            return None
        root = span.root
        if root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"):
            return Mention(span.start, span.end, (country,), "demonym")
        head = root.head
        # a head the tagger read as an adjective where it stands as a noun ("arrested a
        # Chinese national suspected of ..."): its dependency tells it is a noun phrase's
        nominal = head.pos_ == "ADJ" and head.dep_ in _NOUN_PHRASE_DEPS
        if root.dep_ in ("amod", "compound", "nmod") and (head.pos_ in ("NOUN", "PROPN") or nominal):
            return Mention(span.start, span.end, (country,), "demonym")
        return None

    def _holder_compound(self, span: Span) -> bool:
        """A country or demonym joined by a hyphen to a verb of holding ground
        (``holder_verbs``: "Russian-held", "Peruvian-controlled"): the side that holds it."""
        doc = span.doc
        return span.end + 1 < len(doc) and doc[span.end].text in ("-", "–") \
            and not span[-1].whitespace_ and not doc[span.end].whitespace_ \
            and doc[span.end + 1].lemma_.lower() in self.mention_words.holder_verbs

    def _org_with_owner(self, span: Span, text: str) -> tuple[Actor, int] | None:
        """An organisation, with the country written before it when the gazetteer knows the
        combination ("Qatar's Foreign Ministry", "Russian Defense Ministry")."""
        doc = span.doc
        start = span.start
        if start >= 2 and doc[start - 1].tag_ == "POS":
            owner = doc[start - 2]
            actor = self._organisation(f"{owner.text}'s {span.text}")
            if actor is not None:
                return actor, start - 2
        if start >= 1 and doc[start - 1].ent_type_ == "NORP":
            actor = self._organisation(f"{doc[start - 1].text} {span.text}")
            if actor is not None:
                return actor, start - 1
        actor = self._organisation(text)
        if actor is None:
            return self._org_after_owner(span) or self._org_before_head(span) or self._gathering_of(span)
        if actor.country is None:
            owner = self._owner_country(span)
            if owner is None and _common_word(span):
                return None  # "the military", "police": a body of no named country
            if owner is not None:
                actor = Actor(id=Actor.make_id("organisation", f"{owner.name} {actor.name}"),
                              name=f"{owner.name} {actor.name}", kind="organisation",
                              country=owner.country)
        return actor, span.start

    def _org_before_head(self, span: Span) -> tuple[Actor, int] | None:
        """A known organisation named with a generic head noun after its name ("the Houthi
        militia", "Hamas fighters"): that organisation."""
        words = [t for t in span if not t.is_punct and t.tag_ != "POS"]
        if len(words) < 2 or words[-1].lower_ not in self.group_heads:
            return None
        rest = _clean_name(span.doc[words[0].i:words[-1].i], self.honorifics)
        actor = self._organisation(rest) if rest else None
        return (actor, span.start) if actor is not None else None

    def _gathering_of(self, span: Span) -> tuple[Actor, int] | None:
        """A gathering's name that begins with a known body's ("the Mercosur Leaders
        Summit": ``gathering_heads``): that body, the longest name first."""
        words = [t for t in span if not t.is_punct and t.tag_ != "POS"]
        if len(words) < 2 or words[-1].lower_ not in self.gathering_heads:
            return None
        for end in range(len(words) - 1, 0, -1):
            rest = _clean_name(span.doc[words[0].i:words[end - 1].i + 1], self.honorifics)
            actor = self._organisation(rest) if rest else None
            if actor is not None:
                return actor, span.start
        return None

    def _org_after_owner(self, span: Span) -> tuple[Actor, int] | None:
        """A known organisation named with its country's word inside the name ("the Russian
        Federal Security Service"): that organisation, when it is of that country or of none
        (then as that country's)."""
        words = [t for t in span if t.pos_ != "DET"]
        if len(words) < 2:
            return None
        owner = self._country(words[0].text)
        if owner is None:
            return None
        rest = _clean_name(span.doc[words[1].i:span.end], self.honorifics)
        actor = self._organisation(rest) if rest else None
        if actor is None or actor.country not in (None, owner.country):
            return None
        if actor.country is None:
            actor = Actor(id=Actor.make_id("organisation", f"{owner.name} {actor.name}"),
                          name=f"{owner.name} {actor.name}", kind="organisation", country=owner.country)
        return actor, span.start

    def _owner_country(self, span: Span) -> Actor | None:
        """The country written just before an organisation: "Russia's", "Iranian"; or an
        owner organisation's, for its body: "the Taliban's Defence Ministry"."""
        doc = span.doc
        start = span.start
        if start >= 2 and doc[start - 1].tag_ == "POS":
            owner = doc[start - 2]
            named = entity_of(owner)
            text = named.text if named is not None else owner.text
            country = self._country(text)
            if country is not None:
                return country
            organisation = self._organisation(text)
            return organisation if organisation is not None and organisation.country else None
        if start >= 1 and doc[start - 1].ent_type_ in ("NORP", "GPE"):
            return self._country(doc[start - 1].text)
        words = [t for t in span if t.pos_ != "DET"]  # "The Russian ...": the word after "the"
        first = words[0] if words else span[0]
        if len(words) > 1 and first.ent_type_ in ("NORP", "ORG") or first.pos_ == "ADJ":
            return self._country(first.text)
        return None

    def _apposition_country(self, span: Span) -> Actor | None:
        """"Sputnik's parent company, Rossiya Segodnya": an organisation set in apposition
        to a phrase owned by a known organisation or country takes that country."""
        root = span.root
        if root.dep_ != "appos":
            return None
        for child in root.head.children:
            if child.dep_ in ("poss", "compound", "amod"):
                ent = entity_of(child)
                text = ent.text if ent is not None else child.text
                found = self._organisation(text) or self._country(text)
                if found is not None and found.country:
                    return found
        return None

    def _title_window(self, span: Span) -> list[Token]:
        """The title words before a name, back to a verb, punctuation or clause word."""
        doc = span.doc
        window: list[Token] = []
        i = span.start - 1
        while i >= 0 and len(window) < 8:
            token = doc[i]
            if token.pos_ in BOUNDARY_POS and token.tag_ not in ("PRP$", "POS") and not (
                    self._joins_titles(token)) and not joins_words(token):
                break
            if token.is_sent_start and token.pos_ == "DET":
                window.append(token)
                break
            window.append(token)
            if token.is_sent_start:
                break
            i -= 1
        window.reverse()
        # an apposition after or before the name: "Chaudhry, the spokesman of Pakistan's
        # military" / "Russia's ambassador in Washington, Anatoly Antonov"
        # (a title phrase, not another person's name the parser hung there: "Minister X of
        # A and Minister Y of B", Y read as X's apposition, names each one's own country)
        root = span.root
        for other in (self._apposed_title(root),) if root.dep_ == "appos" else ():
            if not _person_name(other):
                window.extend(t for t in other.subtree if t.i < span.start and t not in window)
        for child in root.children:
            if child.dep_ == "appos" and not _person_name(child):
                window.extend(t for t in child.subtree if t.i >= span.end)
        return window

    def _apposed_title(self, root: Token) -> Token:
        """The phrase a name is set in apposition to; the title noun above it when the
        parser hung the name on a place inside the title ("X's envoy for Myanmar, Y": Y on
        "Myanmar", the envoy's)."""
        head = root.head
        if head.dep_ == "pobj" and head.head.dep_ == "prep" \
                and head.head.head.lower_ in self.name_title_heads and head.head.head.i < head.i:
            return head.head.head
        return head

    def _unknown_owner(self, window: list[Token]) -> bool:
        """A title opened by a name the gazetteer does not know ("the Isles Prime Minister
        X"): a capitalised word before the first title word that is no portfolio ("Trade
        Minister X" names none)."""
        for t in window:
            if t.lower_ in self.title_words:
                return False
            if t.is_title and t.pos_ in ("PROPN", "NOUN", "ADJ") and t.lower_ not in self.portfolio_words:
                return True
        return False

    def _owner_after(self, span: Span) -> bool:
        """A capitalised name after "of" that follows the person's ("Premier X of Bavaria"):
        the title's owner, which the gazetteer does not know, so no other country is theirs."""
        doc = span.doc
        return span.end + 1 < len(doc) and doc[span.end].lower_ == "of" \
            and doc[span.end + 1].pos_ == "PROPN" and doc[span.end + 1].text[:1].isupper()

    def _joins_titles(self, token: Token) -> bool:
        """"and" between two offices of one person: "X's Deputy Prime Minister and Foreign
        Minister Y"."""
        doc = token.doc
        return (token.lower_ == "and" and 0 < token.i < len(doc) - 1
                and doc[token.i - 1].lower_ in self.title_words
                and doc[token.i + 1].lower_ in self.title_words)

    def _absorb_title(self, span: Span, taken: set[int]) -> int:
        """Mark the title words before a known person's name as part of the mention."""
        window = [t for t in self._title_window(span) if t.i < span.start]
        for t in window:
            taken.add(t.i)
        return span.start

    def _window_country(self, window: list[Token]) -> tuple[str | None, str | None]:
        """The country (and organisation) the first country, body or place word of a title
        names; a place by the country it lies in ("Texas's governor X", "Sindh Chief
        Minister X", "the governor of Kherson region, X")."""
        country: str | None = None
        organisation: str | None = None
        titles = self.title_words | self.name_title_heads
        for t in window:
            if country is not None:
                break
            if self._posting(t):
                continue
            ent = entity_of(t) if t.ent_type_ in ("NORP", "GPE", "ORG", "LOC", "PERSON") else None
            if ent is not None:
                org = self._organisation(ent.text) if ent.label_ == "ORG" else None
                if org is not None:
                    country = org.country
                    organisation = organisation or org.name
                    continue
                found = self._country(ent.text) or self._country_before_title(ent)
                country = found.country if found else None
                if country is None and ent.label_ != "ORG" and _owns_title(t, window, titles):
                    country = self._place_country(ent.text)
            if country is None and t.text[:1].isupper() and t.lower_ not in self.title_words \
                    and t.lower_ not in self.portfolio_words:
                # a demonym the tagger left untagged, or tagged as a person or with the
                # title as one organisation: "Omani Foreign Minister X", "Kazakh President X";
                # a body's short name ("IAEA Director General X"), a region's ("Sindh")
                found = self._country(t.text)
                org = self._organisation(t.text) if found is None else None
                if found is not None:
                    country = found.country
                elif org is not None and org.country:
                    country, organisation = org.country, organisation or org.name
                elif t.pos_ == "PROPN" and t.ent_type_ in ("", "GPE", "LOC", "PERSON") \
                        and _owns_title(t, window, titles):
                    country = self._place_country(t.text)
        return country, organisation

    def _country_before_title(self, ent: Span) -> Actor | None:
        """The country of an entity the tagger ran on into the title after it ("North
        Korean Charge" of "North Korean Charge d'affaires X"): its words before the first
        title word."""
        words = self.title_words | self.posting_titles
        cut = next((t.i for t in ent if t.i > ent.start and t.lower_ in words), None)
        return self._country(ent.doc[ent.start:cut].text) if cut is not None else None

    def _posting(self, token: Token) -> bool:
        """``token`` is in the place a diplomat is posted to: after a diplomatic title and a
        preposition of posting ("ambassador to [the] Kenya", "High Commissioner in Dhaka"),
        a place that never gives the holder's own country."""
        doc = token.doc
        i = token.i - 1
        while i >= 0 and (doc[i].pos_ in ("DET", "PROPN") or doc[i].ent_type_ in ("GPE", "LOC")) \
                and doc[i].lower_ not in self.posting_prepositions and token.i - i < 4:
            i -= 1  # "to the United States": back over "the" and the name's earlier words
        if i < 1 or doc[i].lower_ not in self.posting_prepositions:
            return False
        title = doc[i - 1].lower_
        return title in self.posting_titles or (
            i >= 2 and f"{doc[i - 2].lower_} {title}" in self.posting_titles)

    def _postposed_country(self, span: Span) -> str | None:
        """"President X of Kenya": the country written after the name, so that each
        person of a list ("X of A and Y of B") keeps their own rather than the story's."""
        doc = span.doc
        if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of":
            return None
        word = doc[span.end + 1]
        ent = entity_of(word)
        if ent is not None and ent.start == word.i:  # of any label: "of Moldova" tagged ORG
            return self._place_country(ent.text)
        if ent is None and word.pos_ == "PROPN":  # a country the tagger left untagged
            return self._place_country(word.text)
        return None

    def _shared_title(self, span: Span) -> list[Token]:
        """The title window of the first name of a list this name ends, when that title is
        plural and so names every one of the list ("Canadians X and Y", "Peruvian nationals X
        and Y"); else nothing."""
        first = span.root
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.i == span.root.i:
            return []
        head = entity_of(first)
        if head is None:
            return []
        window = [t for t in self._title_window(head) if t.i < head.start]
        return window if any(t.tag_ in ("NNS", "NNPS") for t in window) else []

    def _unknown_person(self, span: Span, text: str, taken: set[int]) -> Mention:
        window = self._title_window(span)
        country: str | None = None
        organisation: str | None = None
        office: str | None = None
        words = [t.lower_ for t in window]
        for n in (3, 2, 1):
            for k in range(len(words) - n + 1):
                phrase = " ".join(words[k:k + n])
                if office is None and phrase in self.offices and not (
                        k and words[k - 1] in self.deputy_words):
                    office = self.offices[phrase][0]
        country, organisation = self._window_country(window)
        if country is None and (office is not None or any(t.lower_ in self.title_words for t in window)):
            country = self._postposed_country(span)
        elif country is None:  # "X of Portugal and Y of Spain": a country, not a town, says it
            postposed = self._postposed_country(span)
            country = postposed if postposed and self.gaz.country_by_code(postposed) else None
        if country is None:  # "Canadians X and Y": the plural title before the list is Y's too
            shared = self._shared_title(span)
            country = self._window_country(shared)[0] if shared else None
        for t in window:
            if t.i < span.start:
                taken.add(t.i)
        actor = Actor(id=Actor.make_id("person", text), name=text, kind="person",
                      country=country, office=office, organisation=organisation)
        titled = country is None and any(t.lower_ in self.title_words for t in window) and not (
            self._unknown_owner(window) or self._owner_after(span))
        return Mention(span.start, span.end, (actor,), "name", titled=titled)


def _owns_title(token: Token, window: list[Token], title_words: frozenset[str]) -> bool:
    """A word of a title window that can name the title's owner: a proper noun of its
    own right before the title ("Sindh Chief Minister X", "Kherson's governor X"; not
    "Human Rights Watch Asia Director") or the object of "of" ("the governor of Kherson
    region, X"), not a word inside the title ("Defence Industry Minister")."""
    doc = token.doc
    head = token.head if token.dep_ == "compound" else token
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        return True
    first = next((t.i for t in window if t.lower_ in title_words), None)
    if first is not None and token.i > first:
        return False
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    alone = token.i == 0 or doc[token.i - 1].pos_ != "PROPN"
    return alone and nxt is not None and (nxt.i == first or nxt.tag_ == "POS")


def _person_name(token: Token) -> bool:
    """A proper noun the tagger reads as part of a person's name."""
    return token.pos_ == "PROPN" and token.ent_type_ == "PERSON"


def _definite_span(token: Token) -> Span | None:
    """"the group", "the ruling junta": a class noun with "the" and no name of its own."""
    det = [c for c in token.children if c.dep_ == "det"]
    if not det or det[0].lower_ != "the" or token.ent_type_:
        return None
    if any(c.dep_ in ("compound", "poss", "nmod", "nummod", "appos") for c in token.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return None  # "the government of X": named by its own phrase
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if nxt is not None and (nxt.tag_ == "POS" or nxt.pos_ == "PROPN"):
        return None
    start = det[0].i
    between = token.doc[start + 1:token.i]
    if any(t.pos_ not in ("ADJ", "VERB") or t.ent_type_ for t in between):
        return None
    return token.doc[start:token.i + 1]


def is_dateline(span: Span) -> bool:
    """"LIMA--", "WASHINGTON —", "Doha:": the place line that opens a news report."""
    doc = span.doc
    if not span[0].is_sent_start and not (span.start > 0 and doc[span.start - 1].is_space):
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and nxt.text in ("--", "—", "–", ":", "-") and (
        span.text.isupper() or nxt.text != "-")


def _clean_name(span: Span, honorifics: frozenset[str]) -> str:
    """The name a span gives, without honorifics, punctuation or a trailing bracketed
    acronym ("National Council for the Safeguard of the Homeland (CNSP)")."""
    opening = [t.i for t in span if t.text == "("]
    if opening and opening[-1] > span.start and opening[-1] >= span.end - 3 and (
            span[-1].text == ")" or (span.end < len(span.doc) and span.doc[span.end].text == ")")):
        span = span.doc[span.start:opening[-1]]
    words = [t.text.replace("\u2019", "'").replace("\u02bc", "'") for t in span
             if (t.lower_ not in honorifics and not t.is_punct) or t.text == "-"]
    while words and words[0].lower() in ("the",):
        words = words[1:]
    text = " ".join(words).replace(" - ", "-").replace(" 's", "").strip()
    if text.endswith("'s"):
        text = text[:-2]
    return text

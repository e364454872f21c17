"""Leaders named by surname alone, wherever the tagger read the word: how
:class:`~graphkit.extract.actors.MentionFinder` finds "Merz accused X" (no entity),
"Macron met X" (a person read as a common noun) or "Meinl-Reisinger" and resolves it on the
article's day (docs/extraction-rounds.md, names39).

A mixin of :class:`~graphkit.extract.names.NameReader`: it reads the finder's gazetteer
lookups and lexicons (``name_particles``, ``word_surnames``, ``title_words``...).
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from graphkit.extract.mentions import Mention
from graphkit.extract.nlp import entity_of
from graphkit.model import Actor

# parts of speech no lone surname is read as (a capitalised "Will" or "May" as a verb is one)
_CLOSED_POS = frozenset({"AUX", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT",
                         "SYM", "INTJ"})


class LoneSurnames:
    """Finding and resolving lone surnames (see the module)."""

    def _lone_surname_span(self, token: Token) -> Span | None:
        """The longest run of up to four words from ``token`` that the gazetteer has as
        someone's surname or one-word alias, standing alone (:meth:`_stands_alone`),
        wherever the tagger read it ("Merz accused X": no name; "Macron met X": a person
        read as a common noun; "Meinl-Reisinger", "Sa'ar"): :meth:`_lone_surname`
        resolves it on the article's day. None when there is no such run."""
        doc = token.doc
        if not (name_word(token) or (token.lower_ in self.name_particles and token.i + 1 < len(doc)
                                     and joins_words(doc[token.i + 1]))):
            return None
        for end in range(min(len(doc), token.i + 4), token.i, -1):
            span = doc[token.i:end]
            if self._surname_words(span) and self.gaz.surname_candidates(span.text) \
                    and self._stands_alone(span):
                return span
        return None

    def _surname_words(self, span: Span) -> bool:
        """Words a surname may be written with: capitalised ones, name particles inside
        ("Van der Bellen", "al-Sheikh") and hyphens joining them, ending on a capitalised
        word ("Meinl-Reisinger")."""
        if not name_word(span[-1]):
            return False
        return all(name_word(t) or t.lower_ in self.name_particles or joins_words(t) for t in span)

    def _stands_alone(self, span: Span) -> bool:
        """A surname written as the name itself, not as a word of something else: no
        capitalised word beside it (but a title or a demonym before it: "President Macron",
        "German Chancellor Merz"), no name particle after it ("Costa del Sol"), no hyphen
        joining it to a word ("Merz-led", "anti-Macron"), no longer named entity holding
        it, not in all capitals, not an English word (``word_surnames``: left to the
        tagger), and not read as a word of a closed class ("Will", "May" as a verb)."""
        text = span.text
        if len(text) < 3 or text.isupper() or text.lower() in self.word_surnames \
                or span.root.pos_ in _CLOSED_POS:
            return False
        for t in (span[0], span[-1]):
            entity = entity_of(t)
            if entity is not None and (entity.start < span.start or entity.end > span.end):
                return False  # a word of a longer name, whatever the tagger read it as
        doc = span.doc
        if span.end < len(doc):
            after = doc[span.end]
            if name_word(after) or after.lower_ in self.name_particles \
                    or (joins_words(after) and not span[-1].whitespace_):
                return False  # "Macron Foundation", "Costa del Sol", "Merz-led"
        if span.start > 0 and not span[0].is_sent_start:
            before = doc[span.start - 1]
            if joins_words(before) and not before.whitespace_:
                return False  # "anti-Macron"
            if name_word(before) and before.lower_ not in self.title_words \
                    and before.lower_ not in self.name_title_heads \
                    and before.lower_ not in self.honorifics and self._country(before.text) is None:
                return False
        return True

    def _lone_surname(self, span: Span, published: date | None, taken: set[int],
                      surnames: dict[str, Actor]) -> Mention | None:
        """The person a lone surname (:meth:`_lone_surname_span`) names on ``published``:
        the gazetteer's one person of that surname, or the one in office among several
        (``Gazetteer.person``), if they hold an office that day, so that a namesake out of
        office is never woken by a word the tagger read as no one's name; None for a word
        the gazetteer knows as a country or a body, for a city's or region's name where a
        place goes ("near Paz", "the Bolton area"), and for the surname of a person the
        article named before (``surnames``: the bare surname pass reads it as that person,
        who may be one the gazetteer does not know)."""
        text = span.text
        if text.lower() in surnames or self._country(text) or self._organisation(text):
            return None
        root = span.root
        if (self.places.candidates(text) or self.places.region(text)) and (
                self._told_as_place(root) or (root.dep_ == "pobj"
                                              and root.head.lower_ in self.person_place_preps)):
            return None
        entry = self.gaz.person(text, published)
        if entry is None or not entry.serving(published):
            return None
        start = self._absorb_title(span, taken)
        return Mention(start, span.end, (self.person_actor(entry, published),), "name")


def without_covered_surnames(spans: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """``spans`` without the lone surnames inside a longer name other than a person's
    ("Dar" of "Dar es Salaam" matched as a city of the gazetteer)."""
    covered = {i for label, span in spans if label not in ("PERSON", "SURNAME") and len(span) > 1
               for i in range(span.start, span.end)}
    return [(label, span) for label, span in spans
            if label != "SURNAME" or span.start not in covered]


def name_word(token: Token) -> bool:
    """A word written with a capital first letter, of letters and apostrophes ("Sa'ar")."""
    letters = token.text.replace("'", "").replace("\u2019", "")
    return letters.isalpha() and token.text[:1].isupper() and token.text[-1:].isalpha()


def joins_words(token: Token) -> bool:
    """A hyphen written between two words without spaces ("Secretary-General")."""
    doc = token.doc
    return token.text in ("-", "–") and not token.whitespace_ and token.i > 0 \
        and not doc[token.i - 1].whitespace_

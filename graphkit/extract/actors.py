"""Actor mentions of one article: names, titles, descriptions, metonyms and pronouns.

The stage reads a parsed article once, left to right, and finds every span that refers to a
person, an organisation or a country, resolved to an :class:`~graphkit.model.Actor`:

- names: spaCy's PERSON/ORG/GPE/NORP entities and the gazetteer's surface forms
  ("the Kremlin", "Russian Foreign Ministry"); a person's country, office and organisation
  come from the gazetteer, else from the title around the name ("Russian Foreign Ministry
  spokeswoman Maria Zakharova", "his French counterpart Emmanuel Macron", "Chaudhry, the
  spokesman of Pakistan's military");
- surnames ("Putin" after "Vladimir Putin") resolve to the person already named;
- descriptions ("the Russian leader", "the French president", "the NATO chief") resolve to
  the person of that country and office already mentioned, else to the office holder on the
  publication date according to the gazetteer;
- he/she/his/her resolve to the most recent person of agreeing gender (unknown agrees with
  both; :mod:`graphkit.extract.gender`), preferring the last subject;
- definite class nouns ("the junta", "the group", "the ministry", "the general") resolve
  to the most recent earlier mention of a kind listed for the noun in
  ``definite_references`` (schema/mentions.yaml); the same noun keeps its first reading;
- "It" as the subject of a main clause (not a reporting one) resolves to the last
  organisation or country subject of the last ``it_reference_sentences`` sentences;
- plural references to both sides ("the two leaders") stay unresolved here: the
  extractor gives them the participants of the article's last contact.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from graphkit.extract.bodies import give_bodies_countries, give_officials_countries
from graphkit.extract.gender import GenderReader
from graphkit.extract.nlp import entity_of, ents_in
from graphkit.extract.rules import Rules
from graphkit.model import Actor
from graphkit.reference.places import PlaceCountries

_NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
# person mentions a pronoun looks back over for one of agreeing gender: a bound, so an
# article naming only men does not make each "she" walk all of them
_PRONOUN_LOOKBACK = 200
_BOUNDARY_POS = {"VERB", "AUX", "PUNCT", "SCONJ", "CCONJ", "PRON", "NUM"}


@dataclass
class Mention:
    """A span of the article that refers to actors (several for "the two leaders")."""

    start: int
    end: int
    actors: tuple[Actor, ...]
    via: str  # name | surname | description | pronoun | group | country | demonym | organisation
    # | place (a city standing for its country)
    is_subject: bool = False
    # a news outlet named as the channel of the news ("according to Reuters", "told
    # Zvezda television", "wrote on Twitter"): it tells of the events, it takes no part
    channel: bool = False
    # a person named with a title that gives no country ("Trade Minister X")
    titled: bool = False

    def covers(self, i: int) -> bool:
        return self.start <= i < self.end


@dataclass
class ArticleMentions:
    """Every mention of one article, indexed by token.

    ``within`` and ``starting_in`` find mentions by bisection over an index by start
    (rebuilt after a change), so asking per sentence or per cue costs time in proportion to
    what is found, not to the article's length; both return mentions in the order they
    were added, as a scan of ``mentions`` would.
    """

    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, Mention] = field(default_factory=dict)
    state_nouns: frozenset[str] = frozenset()
    # the argument finder's words (graphkit.extract.arguments), from mentions.yaml
    governing_nouns: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    leader_verbs: frozenset[str] = frozenset()
    member_preps: frozenset[str] = frozenset()
    container_nouns: frozenset[str] = frozenset()
    amount_preps: frozenset[str] = frozenset()
    listing_words: frozenset[str] = frozenset()
    # prepositions whose city object is where an act happened, not who took part
    venue_preps: frozenset[str] = frozenset()
    # person actor id -> "male" / "female", where something told it (graphkit.extract.gender)
    genders: dict[str, str] = field(default_factory=dict)
    # (start, position in ``mentions``, mention), sorted; None once ``mentions`` changed
    _by_start: list[tuple[int, int, Mention]] | None = field(default=None, repr=False, compare=False)
    _starts: list[int] = field(default_factory=list, repr=False, compare=False)

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self._by_start = None
        for i in range(mention.start, mention.end):
            self.by_token[i] = mention

    def remove_within(self, start: int, end: int) -> None:
        """Forget the mentions inside ``[start, end)`` (absorbed by a longer one)."""
        gone = self.within(start, end)
        if not gone:
            return
        dropped = {id(m) for m in gone}
        self.mentions[:] = [m for m in self.mentions if id(m) not in dropped]
        self._by_start = None
        for m in gone:
            for i in range(m.start, m.end):
                if self.by_token.get(i) is m:
                    del self.by_token[i]

    def at(self, i: int) -> Mention | None:
        return self.by_token.get(i)

    def is_venue(self, mention: Mention, doc: Doc | Span) -> bool:
        """A city named as the setting of an act, not a party to it: the object of a
        preposition of place ("met in Geneva", "aid into Gaza") or a word qualifying a noun
        ("the Munich summit", "the Gaza border")."""
        if mention.via != "place":
            return False
        root = doc[mention.start:mention.end].root
        if root.dep_ == "pobj":
            return root.head.lower_ in self.venue_preps
        return root.dep_ == "compound" and root.head.pos_ == "NOUN"

    def parties(self, found: list[Mention], doc: Doc | Span) -> list[Mention]:
        """``found`` without the cities named as settings (:meth:`is_venue`)."""
        return [m for m in found if not self.is_venue(m, doc)]

    def in_setting(self, mention: Mention, doc: Doc | Span) -> bool:
        """Any place named where an act happened, a capital or a country too ("in Moscow",
        "at the Kremlin"): the object of a preposition of place (``venue_preps``)."""
        root = doc[mention.start:mention.end].root
        return root.dep_ == "pobj" and root.head.lower_ in self.venue_preps

    def without_settings(self, subjects: list[Mention], objects: list[Mention], doc: Doc | Span,
                         enough: int = 2) -> list[Mention]:
        """``objects`` without the places named as settings (:meth:`in_setting`) when the
        other mentions name ``enough`` actors: a setting is a party only as a last resort
        ("met X in Moscow": not Russia; "talks took place in Moscow" with no one else named)."""
        named = [m for m in objects if not self.in_setting(m, doc)]
        ids = {a.id for m in [*subjects, *named] for a in m.actors}
        return named if len(ids) >= enough else objects

    def starting_in(self, start: int, end: int) -> list[Mention]:
        """The mentions whose first token lies in ``[start, end)``, in the order added."""
        if self._by_start is None:
            self._by_start = sorted(((m.start, n, m) for n, m in enumerate(self.mentions)),
                                    key=lambda entry: entry[:2])
            self._starts = [entry[0] for entry in self._by_start]
        first, last = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [m for _, _, m in sorted(self._by_start[first:last], key=lambda entry: entry[1])]

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions wholly inside ``[start, end)``, in the order added."""
        return [m for m in self.starting_in(start, end) if m.end <= end]


def _same_as_bracketed_short_form(doc: Doc | Span, found: ArticleMentions) -> None:
    """"the Israeli Security Agency (ISA)": the name and its short form in brackets are one
    actor, the one the gazetteer knows (with a country) when only one of them is known."""
    previous: Mention | None = None
    for mention in found.mentions:
        if (previous is not None and previous.actors and mention.actors
                and previous.end + 1 == mention.start and mention.end < len(doc)
                and doc[previous.end].text == "(" and doc[mention.end].text == ")"
                and len(previous.actors) == 1 and len(mention.actors) == 1):
            short, full = mention.actors[0], previous.actors[0]
            if short.id != full.id and short.kind == full.kind:
                one = full if full.country or not short.country else short
                previous.actors = mention.actors = (one,)
        previous = mention


def country_actor(code: str, name: str) -> Actor:
    """The actor that is a whole country (or an international organisation's own code)."""
    return Actor(id=Actor.make_id("country", name, code), name=name, kind="country", country=code)


class MentionFinder:
    """Finds and resolves the actor mentions of parsed articles.

    Built once per extractor (matchers, caches); :meth:`mentions` is called per article.
    """

    def __init__(self, nlp: Language, gazetteer: Any, rules: Rules) -> None:
        self.gaz = gazetteer
        mentions = rules.mentions
        self.offices: dict[str, tuple[str, ...]] = {
            str(k).lower(): tuple([v] if isinstance(v, str) else v)
            for k, v in (mentions.get("offices") or {}).items()}
        self.pronouns = rules.words(mentions, "person_pronouns")
        self.groups = rules.words(mentions, "group_references")
        self.name_particles = rules.words(mentions, "name_particles")
        self.title_words = rules.words(mentions, "title_words")
        self.reporter_pronouns = rules.words(mentions, "reporter_pronouns")
        self.state_nouns = rules.words(mentions, "state_nouns")
        self.honorifics = rules.words(mentions, "honorifics")
        self.governing_nouns = rules.words(mentions, "governing_nouns")
        self.document_nouns = rules.words(mentions, "document_nouns")
        self.leader_verbs = rules.words(mentions, "leader_verbs")
        self.member_preps = rules.words(mentions, "member_preps")
        self.container_nouns = rules.words(mentions, "container_nouns")
        self.amount_preps = rules.words(mentions, "amount_preps")
        self.listing_words = rules.words(mentions, "listing_words")
        self.office_heads = rules.words(mentions, "office_heads")
        self.context_bodies = rules.words(mentions, "context_bodies")
        self.deputy_words = rules.words(mentions, "deputy_words")
        self.portfolio_words = rules.words(mentions, "portfolio_words")
        self.group_heads = rules.words(mentions, "group_heads")
        self.gender = GenderReader(rules, gazetteer, self.name_particles, self.honorifics)
        antecedents = mentions.get("pronoun_antecedents") or {}
        self.pronoun_window = int(antecedents.get("window") or 4)
        self.pronoun_main_subject = bool(antecedents.get("main_clause_subject"))
        self.pronoun_sentence_subject = bool(antecedents.get("sentence_subject"))
        self.definite_refs: dict[str, tuple[str, ...]] = {
            str(k).lower(): tuple([v] if isinstance(v, str) else v)
            for k, v in (mentions.get("definite_references") or {}).items()}
        self.it_window = int(mentions.get("it_reference_sentences") or 0)
        place = mentions.get("place_lookup") or {}
        self.person_place_preps = rules.words(place, "person_place_preps")
        self.place_nouns = rules.words(place, "place_nouns")
        self.venue_preps = rules.words(place, "venue_preps")
        self.place_labels = frozenset(str(x) for x in place.get("other_labels") or ())
        self.places = PlaceCountries(min_population=int(place.get("min_population") or 100_000),
                                     dominance=float(place.get("dominance") or 5),
                                     common_words=rules.words(place, "common_words"))
        self.org_kinds: dict[str, str] = {}
        self.media_ids: set[str] = set()
        channel = mentions.get("news_channel") or {}
        self.outlet_kinds = rules.words(channel, "outlet_kinds")
        self.outlet_name_heads = rules.words(channel, "outlet_name_heads")
        self.channel_preps = rules.words(channel, "prepositions")
        self.trade_nouns = rules.words(channel, "trade_nouns")
        self.reporting_verbs = rules.words(rules.reporting, "reporting")
        self.attribution_preps = rules.words(rules.reporting, "attribution_preps")
        self.attribution_verbs = rules.words(rules.reporting, "attribution_verbs")
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        forms: dict[str, list[str]] = {"NAME": [], "OFFICE": [], "GROUP": []}
        self.metonyms = frozenset(text.lower() for text, kind, _key in gazetteer.all_surface_forms()
                                  if kind == "metonym")
        for text, kind, _key in gazetteer.all_surface_forms():
            if kind in ("person", "country", "metonym", "organisation", "demonym") and len(text) > 1:
                forms["NAME"].append(text)
        forms["OFFICE"] = list(self.offices)
        forms["GROUP"] = [g for g in self.groups if " " in g]
        for label, texts in forms.items():
            if texts:
                self.matcher.add(label, list(nlp.tokenizer.pipe(sorted(set(texts)))))
        self._country = lru_cache(maxsize=4096)(self._country_uncached)
        self._organisation = lru_cache(maxsize=4096)(self._organisation_uncached)
        self._person = lru_cache(maxsize=4096)(self._person_uncached)

    def preload(self) -> None:
        """Read the data read on first use (the city index, the first-name lists) now."""
        self.places.load()
        self.gender.preload()

    # -- gazetteer lookups (cached) ------------------------------------------------

    def _country_uncached(self, text: str) -> Actor | None:
        entry = self.gaz.country(text.strip())
        return country_actor(entry.code, entry.name) if entry else None

    def _organisation_uncached(self, text: str) -> Actor | None:
        entry = self.gaz.organisation(text.strip())
        if entry is None:
            return None
        country = entry.country or (entry.code if entry.kind == "international" else None)
        if entry.kind == "media":
            self.media_ids.add(Actor.make_id("organisation", entry.name))
        self.org_kinds[Actor.make_id("organisation", entry.name)] = entry.kind
        return Actor(id=Actor.make_id("organisation", entry.name), name=entry.name,
                     kind="organisation", country=country, aliases=tuple(entry.names))

    def is_outlet(self, actor: Actor) -> bool:
        """A news outlet or platform, which tells of events and takes no part in them: a
        known organisation of a ``non_party_kinds`` kind, or an unknown one whose name ends
        in an ``outlet_name_heads`` word ("Zvezda television")."""
        if actor.kind != "organisation":
            return False
        kind = self.org_kinds.get(actor.id)
        if kind is not None:
            return kind in self.outlet_kinds
        words = actor.name.lower().split()
        return bool(words) and words[-1] in self.outlet_name_heads

    def _names_a_channel(self, span: Span) -> bool:
        """An outlet's name where it is the channel of the news (``news_channel`` in
        mentions.yaml): the subject of a reporting verb ("Interfax reported"), the one told
        ("told Zvezda television"), the source of an attribution ("according to the BBC",
        "citing Reuters"), the object of a channel preposition ("on Twitter"), a dateline
        in brackets ("(AP)"), or the qualifier or object of a noun of the news trade ("a
        Reuters reporter", "an interview with CNN")."""
        root = span.root
        doc = span.doc
        if span.start > 0 and doc[span.start - 1].text == "(" and span.end < len(doc) \
                and doc[span.end].text == ")":
            return True
        after = span.end
        if after < len(doc) and doc[after].text == "(":  # "Saudi Press Agency (SPA) reported"
            after = next((t.i + 1 for t in doc[after:min(after + 6, len(doc))] if t.text == ")"), after)
        if after < len(doc) and doc[after].pos_ == "VERB" \
                and doc[after].lemma_.lower() in self.reporting_verbs:
            return True
        if root.dep_ in ("compound", "poss", "nmod") and root.head.lemma_.lower() in self.trade_nouns:
            return True
        while root.dep_ == "compound" and root.head.i != root.i:  # "Zvezda television channel"
            root = root.head
        head = root.head
        if root.dep_ == "nsubj" and head.lemma_.lower() in self.reporting_verbs:
            return True
        if root.dep_ in ("dobj", "dative") and head.lemma_.lower() == "tell":
            return True
        if root.dep_ == "dobj" and head.lemma_.lower() in self.attribution_verbs:
            return True
        if root.dep_ == "pobj":
            prep = head.lower_
            return prep in self.channel_preps or head.head.lemma_.lower() in self.trade_nouns or (
                prep == "to" and head.head.lower_ in self.attribution_preps)
        return False

    def _person_uncached(self, text: str, on: date | None) -> Actor | None:
        entry = self.gaz.person(text.strip(), on)
        if entry is None:
            return None
        return self.person_actor(entry, on)

    def person_actor(self, entry: Any, on: date | None) -> Actor:
        office = entry.office_on(on)
        return Actor(
            id=Actor.make_id("person", entry.name), name=entry.name, kind="person",
            country=office.country if office else entry.country,
            office=office.title if office else None,
            organisation=office.organisation if office else None,
            wikidata=entry.wikidata, aliases=tuple(entry.aliases),
        )

    # -- the article pass ---------------------------------------------------------------

    def mentions(self, doc: Doc | Span, published: date | None) -> ArticleMentions:
        """Every actor mention of ``doc`` (one article), resolved in reading order."""
        found = ArticleMentions(state_nouns=self.state_nouns, governing_nouns=self.governing_nouns,
                                document_nouns=self.document_nouns, leader_verbs=self.leader_verbs,
                                member_preps=self.member_preps,
                                container_nouns=self.container_nouns, listing_words=self.listing_words,
                                amount_preps=self.amount_preps,
                                venue_preps=self.venue_preps)
        taken: set[int] = set()
        candidates = self._candidates(doc)
        persons: list[Mention] = []
        surnames: dict[str, Actor] = {}
        resolved_refs: dict[str, tuple[Actor, ...]] = {}
        # persons first, so a title's demonym ("Chinese President Xi") joins the person
        ordered = [(True, c) for c in candidates if c[0] in ("PERSON", "NAME")] + \
            [(False, c) for c in candidates if c[0] != "PERSON"]
        for first_pass, (label, span) in ordered:
            if any(i in taken for i in range(span.start, span.end)):
                continue
            if first_pass:
                mention = self._name(span, label, surnames, published, taken)
                if mention is None or mention.actors[0].kind != "person":
                    continue
            elif label == "GROUP":
                mention = self._group(span)
            elif label == "OFFICE":
                mention = self._description(span, _before(persons, span.start), published)
            elif label == "PRON":
                mention = self._pronoun(span, persons, found)
            elif label == "DEFREF":
                mention = self._definite(span, found, resolved_refs)
            elif label == "IT":
                mention = self._it(span, found)
            else:
                mention = self._name(span, label, surnames, published, taken)
            if mention is None:
                continue
            mention.is_subject = span.root.dep_ in ("nsubj", "nsubjpass")
            if mention.start < span.start:  # a description took in its demonym
                found.remove_within(mention.start, span.start)
            found.add(mention)
            taken.update(range(mention.start, mention.end))
            if mention.actors and mention.actors[0].kind == "person" and len(mention.actors) == 1:
                insort(persons, mention, key=_start)  # kept in reading order
                actor = mention.actors[0]
                self._note_gender(doc, mention, found)
                words = actor.name.split()
                # any word of the full name: "Yoon" for "Yoon Suk Yeol" (surname first)
                parts = words[-1:] + [w for w in words[:-1] if len(w) > 2 and w[:1].isupper()
                                      and w.lower() not in self.name_particles] + [
                    a for a in actor.aliases if " " not in a]
                for part in parts:
                    surnames.setdefault(part.lower(), actor)
        self._bare_surnames(doc, found, taken, persons, surnames)
        self._places(doc, found, taken)
        found.mentions.sort(key=lambda m: m.start)
        _same_as_bracketed_short_form(doc, found)
        for mention in found.mentions:
            if mention.actors and all(self.is_outlet(a) for a in mention.actors):
                mention.channel = self._names_a_channel(doc[mention.start:mention.end])
        is_state = lambda code: self.gaz.country_by_code(code) is not None  # noqa: E731
        state_body = lambda a: self.org_kinds.get(a.id) == "government body"  # noqa: E731
        give_bodies_countries(doc, found, self.context_bodies, self._national_body, is_state, state_body)
        give_officials_countries(found, is_state, state_body)
        return found

    def _national_body(self, code: str, body: Actor) -> Actor | None:
        """Country ``code``'s body of the generic ``body`` ("Foreign Ministry" of RUS)."""
        country = self.gaz.country_by_code(code)
        return self._organisation(f"{country.name} {body.name}") if country else None

    def _note_gender(self, doc: Doc | Span, mention: Mention, found: ArticleMentions) -> None:
        """Record the gender of a person the first time it is told: by name (gazetteer, a
        gendered word beside the name, the first name), or by a pronoun that referred back
        to a person of unknown gender (``learn_from_pronouns``)."""
        actor = mention.actors[0]
        if actor.id in found.genders:
            return
        if mention.via == "pronoun":
            told = self.gender.of_pronoun(doc[mention.start].text) \
                if self.gender.learn_from_pronouns else None
        else:
            span = doc[mention.start:mention.end]
            cues = [t.text for t in self._title_window(span)] + [t.text for t in span]
            told = self.gender.of_person(actor, cues)
        if told is not None:
            found.genders[actor.id] = told

    def _places(self, doc: Doc | Span, found: ArticleMentions, taken: set[int]) -> None:
        """Cities named without their country ("a drone hit Kharkiv"): a place name left
        unresolved stands for the country of the city (``place_lookup`` of mentions.yaml);
        an ambiguous name takes a country the story already names. spaCy's GPE and LOC
        names count anywhere; a city it reads as a person, an organisation, a facility or a
        product only where a place goes ("struck Kharkiv", "in Kharkiv")."""
        story: set[str] = set()
        pending: list[Span] = []
        for m in found.mentions:
            story.update(a.country for a in m.actors if a.country)
        for span in ents_in(doc):
            if any(i in taken for i in range(span.start, span.end)):
                continue
            label = span.label_
            while len(span) > 1 and span[0].pos_ != "PROPN":
                span = span[1:]
            if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper()
                       for t in span) or _is_dateline(span):
                continue
            if label not in ("GPE", "LOC") and not (label in self.place_labels
                                                   and self._place_role(span)):
                continue
            text = span.text
            if not self.places.candidates(text) or self._country(text) is not None \
                    or self._organisation(text) is not None or self._person(text, None) is not None:
                continue  # no city, or a name the gazetteer knows as something else
            pending.append(span)
        for span in pending:
            if any(i in taken for i in range(span.start, span.end)):
                continue
            code = self.places.country(span.text, story)
            entry = self.gaz.country_by_code(code) if code else None
            if entry is None:
                continue
            mention = Mention(span.start, span.end, (country_actor(entry.code, entry.name),),
                              "place", is_subject=span.root.dep_ in ("nsubj", "nsubjpass"))
            found.add(mention)
            taken.update(range(span.start, span.end))

    def _place_role(self, span: Span) -> bool:
        """A name read as a person or organisation that is a known city after a preposition of place or as
        the object of a verb ("struck Kharkiv")."""
        return self._in_place_role(span.root) and bool(self.places.candidates(span.text))

    def _in_place_role(self, root: Token, depth: int = 0) -> bool:
        """Where a place goes: a verb's object, after a preposition of place, before or
        after a noun for places ("the cities of X and Y", "the X region"), or joined to a
        place ("Grozny and X")."""
        dep, head = root.dep_, root.head
        if dep == "dobj" or (dep == "pobj" and head.lower_ in self.person_place_preps):
            return True
        if dep == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in self.place_nouns:
            return True
        if dep == "compound" and head.lemma_.lower() in self.place_nouns:
            return True
        if dep == "conj" and depth < 4:
            return head.ent_type_ in ("GPE", "LOC") or self._in_place_role(head, depth + 1)
        return False

    def _bare_surnames(self, doc: Doc | Span, found: ArticleMentions, taken: set[int],
                       persons: list[Mention], surnames: dict[str, Actor]) -> None:
        """"Ruto" alone, after "William Ruto": a proper noun that is the surname of a person
        the article named before."""
        first_named: dict[str, int] = {}
        for m in persons:  # once: asked per token, a walk would be quadratic
            first_named.setdefault(m.actors[0].id, m.start)
        for token in doc:
            if token.i in taken or token.pos_ != "PROPN" or token.ent_type_ in ("GPE", "NORP"):
                continue
            actor = surnames.get(token.lower_)
            if actor is None:
                continue
            first = first_named.get(actor.id)
            if first is None or first > token.i:
                continue
            mention = Mention(token.i, token.i + 1, (actor,), "surname",
                              is_subject=token.dep_ in ("nsubj", "nsubjpass"))
            found.add(mention)
            taken.add(token.i)

    def _candidates(self, doc: Doc | Span) -> list[tuple[str, Span]]:
        """Spans to resolve, in reading order; at one start the longest and the strongest
        reading (names before descriptions) comes first."""
        rank = {"PERSON": 0, "NAME": 1, "ORG": 2, "GPE": 2, "NORP": 3, "LOC": 3, "FAC": 3,
                "OFFICE": 4, "GROUP": 4, "PRON": 5, "DEFREF": 6, "IT": 6}
        spans: list[tuple[str, Span]] = []
        for e in ents_in(doc):
            if e.label_ not in _NAME_LABELS:
                continue
            if not any(t.text[:1].isupper() for t in e):
                continue  # "announced visa bans": a common word, no name
            commas = [t.i for t in e if t.text == ","]
            if e.label_ == "PERSON" and commas:  # "Xi, Ishiba": two names
                bounds = [e.start, *commas, e.end]
                for a, b in zip(bounds, bounds[1:], strict=False):
                    a = a + 1 if e.doc[a].text == "," else a
                    if b > a:
                        spans.append(("PERSON", e.doc[a:b]))
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
            if (token.text == "(" and i + 3 < len(whole) and whole[i + 2].text == ")"
                    and whole[i + 1].pos_ == "PROPN" and whole[i + 3].pos_ == "PROPN"):
                spans.append(("PERSON", whole[i:i + 4]))  # "Foreign Minister (Sergei) Lavrov"
            if token.pos_ == "PRON" and token.lower_ in self.pronouns:
                spans.append(("PRON", whole[token.i:token.i + 1]))
            elif token.lower_ in self.groups and token.pos_ == "PRON":
                spans.append(("GROUP", whole[token.i:token.i + 1]))
            elif token.lower_ == "it" and self.it_window and token.dep_ == "nsubj" \
                    and token.head.dep_ == "ROOT" and token.head.pos_ == "VERB" \
                    and not any(c.dep_ in ("ccomp", "parataxis") for c in token.head.children):
                spans.append(("IT", whole[token.i:token.i + 1]))
            elif token.lower_ in self.definite_refs and token.pos_ == "NOUN":
                span = _definite_span(token)
                if span is not None:
                    spans.append(("DEFREF", span))
        # a name that ends where a group phrase starts is fine; order: start, -length, rank
        spans.sort(key=lambda ls: (ls[1].start, -(ls[1].end - ls[1].start), rank.get(ls[0], 9)))
        return spans

    # -- names ------------------------------------------------------------------------

    def _name(self, span: Span, label: str, surnames: dict[str, Actor], published: date | None,
              taken: set[int]) -> Mention | None:
        if label == "PERSON" and any(self._country(t.text) is not None for t in span if t.pos_ == "PROPN"
                                     and not (t.i == span.start and t.lower_ in self.metonyms)):
            # "Sputnik Azerbaijan": a name holding a country is no person's; a capital's name
            # first is a given name ("Santiago X")
            label = "ORG"
        if label == "NAME" and not span[0].text[:1].isupper():
            generic = self._organisation(span.text)
            if generic is None or generic.country is not None:
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
            if len(span) == 1 and self._country(span.text) is not None:
                label = "NORP"
        text = _clean_name(span, self.honorifics)
        if not text:
            return None
        if all(t.lower_ in self.title_words for t in span if not t.is_punct):
            return None  # "State Councilor": a title, not a name
        person = self._person(text, published)
        if person is None and label in ("PERSON", "NAME", "ORG", "GPE", "NORP"):
            last = text.split()[-1].lower()
            if len(text.split()) == 1 and last in surnames:
                return Mention(span.start, span.end, (surnames[last],), "surname")
        if person is not None:
            start = self._absorb_title(span, taken)
            return Mention(start, span.end, (person,), "name")
        if label == "PERSON":
            if self._organisation(text) is not None:
                label = "ORG"  # "the Houthis" read as a person: a known organisation's name
            elif self._place_role(span):
                return None  # "struck Kharkiv" read as a person: left to the place pass
            else:
                return self._unknown_person(span, text, taken)
        if _is_dateline(span):
            return None
        organisation = self._org_with_owner(span, text)
        if organisation is not None:
            actor, start = organisation
            return Mention(start, span.end, (actor,), "organisation")
        country = self._country(text)
        if country is not None:
            doc = span.doc
            if span.end < len(doc) and doc[span.end].text in ("-", "–") and not span[-1].whitespace_:
                return None  # "German-made", "US-backed": part of an adjective
            if label == "NORP" or (span.root.pos_ == "ADJ"):
                return self._demonym(span, country)
            return Mention(span.start, span.end, (country,), "country")
        if label == "ORG" and self._place_role(span):
            return None  # "struck Belgorod" read as an organisation: left to the place pass
        if label == "ORG":
            owner = self._owner_country(span) or self._apposition_country(span)
            return Mention(span.start, span.end, (Actor(
                id=Actor.make_id("organisation", text), name=text, kind="organisation",
                country=owner.country if owner else None),), "organisation")
        return None

    def _demonym(self, span: Span, country: Actor) -> Mention | None:
        """"Russian troops", "the French": a demonym stands for its country when it heads a
        noun phrase or modifies a noun; not in a compound adjective ("German-made tank")."""
        doc = span.doc
        if span.end + 1 < len(doc) and doc[span.end].text in ("-", "–") and not doc[span.end].whitespace_:
            return None
        root = span.root
        if root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"):
            return Mention(span.start, span.end, (country,), "demonym")
        head = root.head
        if root.dep_ in ("amod", "compound", "nmod") and head.pos_ in ("NOUN", "PROPN"):
            return Mention(span.start, span.end, (country,), "demonym")
        return None

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
            return self._org_after_owner(span) or self._org_before_head(span)
        if actor.country is None:
            owner = self._owner_country(span)
            if owner is None and span.text.islower():
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
            named = _entity_of(owner)
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
                ent = _entity_of(child)
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
            if token.pos_ in _BOUNDARY_POS and token.tag_ not in ("PRP$", "POS") and not (
                    self._joins_titles(token)):
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
        root = span.root
        for other in (root.head,) if root.dep_ == "appos" else ():
            window.extend(t for t in other.subtree if t.i < span.start and t not in window)
        for child in root.children:
            if child.dep_ == "appos":
                window.extend(t for t in child.subtree if t.i >= span.end)
        return window

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
        for t in window:
            if country is None and t.ent_type_ in ("NORP", "GPE", "ORG"):
                ent = _entity_of(t)
                if ent is not None:
                    org = self._organisation(ent.text) if ent.label_ == "ORG" else None
                    if org is not None:
                        country = org.country
                        organisation = organisation or org.name
                    else:
                        found = self._country(ent.text)
                        country = found.country if found else None
            elif country is None and not t.ent_type_ and t.is_title and t.lower_ not in self.title_words:
                # a demonym the tagger left untagged: "Omani Foreign Minister X"
                found = self._country(t.text)
                country = found.country if found else None
        for t in window:
            if t.i < span.start:
                taken.add(t.i)
        actor = Actor(id=Actor.make_id("person", text), name=text, kind="person",
                      country=country, office=office, organisation=organisation)
        titled = country is None and any(t.lower_ in self.title_words for t in window) and not (
            self._unknown_owner(window))
        return Mention(span.start, span.end, (actor,), "name", titled=titled)

    # -- descriptions and pronouns ----------------------------------------------------

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
            if t.pos_ in _BOUNDARY_POS or t.dep_ == "det":
                break
            ent = _entity_of(t)
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

    @staticmethod
    def _group(span: Span) -> Mention | None:
        """"the two leaders", "both sides": only as a whole noun phrase ("the two" of
        "the two powers" is not one)."""
        doc = span.doc
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
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

    def _it(self, span: Span, found: ArticleMentions) -> Mention | None:
        """"It accused ...": the last organisation or country subject of the last sentences."""
        first = span.sent.start
        for _ in range(self.it_window):
            if first == 0:
                break
            first = span.doc[first - 1].sent.start
        for m in sorted(found.mentions, key=lambda m: m.start, reverse=True):
            if m.start >= span.start or m.start < first:
                continue
            if m.is_subject and len(m.actors) == 1 and m.actors[0].kind in ("organisation", "country") \
                    and m.via not in ("pronoun", "group"):
                return Mention(span.start, span.end, m.actors, "pronoun")
        return None

    def _pronoun(self, span: Span, persons: list[Mention], found: ArticleMentions | None = None
                 ) -> Mention | None:
        """The most recent person who agrees with the pronoun's gender: the subject of the
        clause for a possessive ("X thanked his host"), else the last person of the
        sentence, else the last subject of the last ``window`` persons, else the last person
        (``pronoun_antecedents`` of mentions.yaml)."""
        if not persons:
            return None
        token = span.root
        gender = self.gender.of_pronoun(token.text)
        genders = found.genders if found is not None else {}

        def agrees(m: Mention) -> bool:
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
        sent_start = span.sent.start
        window = self.pronoun_window
        recent: list[Mention] = []  # agreeing persons, latest first
        outside = 0
        earlier_persons = _before(persons, span.start)
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


def _heads_main_clause(token: Token) -> bool:
    """The subject of a sentence's main verb, or of a verb joined to it by "and"."""
    verb = token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _start(mention: Mention) -> int:
    return mention.start


def _before(persons: list[Mention], start: int) -> list[Mention]:
    """The mentions of ``persons`` (in reading order) that start before ``start``, found
    by bisection: asked per mention, a walk over all of them is quadratic in the article."""
    return persons[:bisect_left(persons, start, key=_start)]


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


def _same_office(held: str | None, wanted: tuple[str, ...]) -> bool:
    if held is None:
        return False
    held = held.lower()
    return any(w in held or held in w for w in wanted)


def _is_dateline(span: Span) -> bool:
    """"LIMA--", "WASHINGTON —", "Doha:": the place line that opens a news report."""
    doc = span.doc
    if not span[0].is_sent_start and not (span.start > 0 and doc[span.start - 1].is_space):
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and nxt.text in ("--", "—", "–", ":", "-") and (
        span.text.isupper() or nxt.text != "-")


def _entity_of(token: Token) -> Span | None:
    return entity_of(token)


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


def unique_actors(actors: Iterable[Actor]) -> list[Actor]:
    seen: dict[str, Actor] = {}
    for actor in actors:
        seen.setdefault(actor.id, actor)
    return list(seen.values())


def foreign_targets(sources: Iterable[Actor], targets: Iterable[Actor],
                    non_state: frozenset[str] = frozenset()) -> list[Actor]:
    """``targets`` without those of a source's own country: "X threatened to send the
    armed forces of X's country" aims at no party of that country (``foreign_target`` of
    event_types.yaml). An actor of unknown country is kept, and so is every target of a
    non-state group or a non-state group as target (``non_state``: their names), which do
    act against their own state (rebels, militias)."""
    own = own_countries(sources, non_state)
    return [a for a in targets if is_foreign(a, own, non_state)]


def aimable_targets(sources: Iterable[Actor], targets: Iterable[Actor], own: frozenset[str],
                    non_state: frozenset[str] = frozenset()) -> list[Actor]:
    """``targets`` an act of ``sources`` can aim at: none of the sources themselves, and
    no party of ``own`` (:func:`own_countries`, for a ``foreign_target`` type; empty
    otherwise)."""
    ids = {a.id for a in sources}
    return [a for a in targets if a.id not in ids and is_foreign(a, own, non_state)]


def is_foreign(actor: Actor, own: frozenset[str], non_state: frozenset[str] = frozenset()) -> bool:
    """Whether ``actor`` is of none of the countries ``own`` (an actor of unknown country
    is, and so is a non-state group, ``non_state``: their names)."""
    return not actor.country or actor.country not in own or actor.name in non_state


def own_countries(sources: Iterable[Actor], non_state: frozenset[str] = frozenset()) -> frozenset[str]:
    """The countries whose parties an act of ``sources`` cannot aim at (``foreign_target``):
    those of the sources that are not non-state groups (``non_state``: their names)."""
    return frozenset(a.country for a in sources if a.country and a.name not in non_state)

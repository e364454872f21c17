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

:class:`MentionFinder` here walks the article and places; reading a named span is
:mod:`graphkit.extract.names`'s, reading a reference :mod:`graphkit.extract.references`'s
(both mixed into the finder); what a mention is, :mod:`graphkit.extract.mentions`'s.
"""

from __future__ import annotations

from bisect import insort
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from graphkit.extract.bodies import (
    give_bodies_countries,
    give_officials_countries,
    give_persons_their_named_country,
)
from graphkit.extract.counted_groups import counted_group_phrases, paired_group_phrases
from graphkit.extract.gender import GenderReader
from graphkit.extract.groups import give_groups_their_country
from graphkit.extract.mentions import (
    ArticleMentions,
    Mention,
    MentionWords,
    country_actor,
    mention_start,
    mentions_before,
    state_actor,
)
from graphkit.extract.names import NameReader, is_dateline
from graphkit.extract.nlp import ents_in
from graphkit.extract.references import ReferenceReader
from graphkit.extract.rules import Rules
from graphkit.model import Actor
from graphkit.reference.places import PlaceCountries

if TYPE_CHECKING:
    from graphkit.reference.gazetteer import Gazetteer

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


def _is_short_form(text: str, full: str) -> bool:
    """``text`` reads as a short form of ``full``: two to six capitals whose first is the
    initial of a word of ``full`` and whose letters all come, in order, in ``full``
    ("BSF" of "Indian Border Security Force", "UNSMIL" of "UN Support Mission in Libya")."""
    if not (2 <= len(text) <= 6 and text.isalpha() and text.isupper()):
        return False
    if text[0] not in {w[:1].upper() for w in full.split()}:
        return False
    rest = iter(full.upper())
    return all(letter in rest for letter in text)


def _bracketed_short_forms(doc: Doc | Span, found: ArticleMentions) -> list[tuple[int, str, Actor]]:
    """Where the article gives an organisation's short form in brackets after its name
    ("the Northern Border Guard (NBG)"), the short form's token, the short form and the
    actor the name was read as: the short form is defined there for the rest of the article."""
    whole = doc.doc if isinstance(doc, Span) else doc
    defined: list[tuple[int, str, Actor]] = []
    for mention in found.mentions:
        at = mention.end
        if len(mention.actors) != 1 or at + 2 >= len(whole) or whole[at].text != "(" \
                or whole[at + 2].text != ")":
            continue
        actor = mention.actors[0]
        short = whole[at + 1].text
        if actor.kind not in ("person", "country") and _is_short_form(short, actor.name):
            defined.append((at + 1, short, actor))
    return defined


def _same_as_defined_short_form(doc: Doc | Span, found: ArticleMentions, taken: set[int]) -> None:
    """"the Northern Border Guard (NBG) ... the NBG detained ...": a short form the article
    defined in brackets after a name, written again later, is the actor of that name (with
    its country and name), whether the tagger read the later word as an organisation the
    gazetteer does not know or as no name at all. A short form defined for two different
    actors is left alone."""
    defined = _bracketed_short_forms(doc, found)
    actors: dict[str, set[str]] = {}
    for _, short, actor in defined:
        actors.setdefault(short, set()).add(actor.id)
    first = {short: (i, actor) for i, short, actor in reversed(defined) if len(actors[short]) == 1}
    if not first:
        return
    # the actor keeps its short forms as aliases: a later "NBG" is still named "NBG"
    shorts: dict[str, tuple[Actor, tuple[str, ...]]] = {}
    for short, (_, a) in first.items():
        if short not in a.aliases:
            shorts[a.id] = (a, (*shorts.get(a.id, (a, ()))[1], short))
    aliased = {i: replace(a, aliases=(*a.aliases, *new)) for i, (a, new) in shorts.items()}
    for mention in found.mentions:
        if any(a.id in aliased for a in mention.actors):
            mention.actors = tuple(aliased.get(a.id, a) for a in mention.actors)
    first = {short: (i, aliased.get(a.id, a)) for short, (i, a) in first.items()}
    added = False
    for token in doc:
        entry = first.get(token.text)
        if entry is None or token.i <= entry[0] + 1:
            continue
        actor = entry[1]
        mention = found.at(token.i)
        if mention is not None:
            if mention.start == token.i and mention.end == token.i + 1 and len(mention.actors) == 1 \
                    and mention.actors[0].kind not in ("person", "country") \
                    and mention.actors[0].country is None and mention.actors[0].id != actor.id:
                mention.actors = (actor,)  # "the NBG": the body the article named so
            continue
        if token.i in taken or any(_name_word_at(doc, j) for j in (token.i - 1, token.i + 1)):
            continue  # "the SCO CHG summit": a word of a longer name, no party of its own
        found.add(Mention(token.i, token.i + 1, (actor,), "organisation",
                          is_subject=token.dep_ in ("nsubj", "nsubjpass")))
        taken.add(token.i)
        added = True
    if added:
        found.mentions.sort(key=lambda m: m.start)


def _name_word_at(doc: Doc | Span, i: int) -> bool:
    """Token ``i`` of the document is a capitalised word (not a sentence's first)."""
    whole = doc.doc if isinstance(doc, Span) else doc
    if not 0 <= i < len(whole):
        return False
    token = whole[i]
    return token.is_alpha and token.text[:1].isupper() and not token.is_sent_start


#: short words a name's initials leave out ("Ministry of Foreign Affairs": MFA)
_INITIAL_SKIPS = frozenset({"of", "the", "for", "and", "on", "in", "'s"})


def _initials(name: str) -> str:
    """The initials of a name of several capitalised words ("Philippine Coast Guard": PCG)."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _INITIAL_SKIPS]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def _same_as_earlier_initials(doc: Doc | Span, found: ArticleMentions) -> None:
    """"the Philippine Coast Guard ... the PCG said": a short form of capitals, of no
    country the gazetteer knows, that spells the initials of one organisation named before
    it in the article is that organisation (when only one earlier name spells them)."""
    earlier: dict[str, set[Actor]] = {}
    for mention in found.mentions:
        if len(mention.actors) != 1:
            continue
        actor = mention.actors[0]
        name = actor.name
        if (actor.kind == "organisation" and actor.country is None and name.isupper()
                and 2 <= len(name) <= 6 and name.isalpha() and len(earlier.get(name, ())) == 1):
            full = next(iter(earlier[name]))
            if full.country is not None:
                mention.actors = (full,)
                continue
        if actor.kind == "organisation":  # the words written, or the name they stand for
            for short in {_initials(doc[mention.start:mention.end].text), _initials(name)} - {""}:
                earlier.setdefault(short, set()).add(actor)


class MentionFinder(NameReader, ReferenceReader):
    """Finds and resolves the actor mentions of parsed articles.

    Built once per extractor (matchers, caches); :meth:`mentions` is called per article.
    """

    def __init__(self, nlp: Language, gazetteer: Gazetteer, rules: Rules) -> None:
        self.gaz = gazetteer
        mentions = rules.mentions
        self.offices: dict[str, tuple[str, ...]] = {
            str(k).lower(): tuple([v] if isinstance(v, str) else v)
            for k, v in (mentions.get("offices") or {}).items()}
        for title in gazetteer.own_titles:  # the user's own gazetteer's
            for form in (title.key, *title.synonyms):
                self.offices.setdefault(form.lower(), (title.key,))
        self.pronouns = rules.words(mentions, "person_pronouns")
        self.groups = rules.words(mentions, "group_references")
        self.group_partitives = rules.words(mentions, "group_partitives")
        self.elided_conjunctions = rules.words(mentions, "elided_conjunctions")
        self.name_particles = rules.words(mentions, "name_particles")
        self.title_words = rules.words(mentions, "title_words")
        self.name_title_heads = rules.words(mentions, "name_title_heads")
        self.posting_titles = rules.words(mentions, "posting_titles")
        self.posting_prepositions = rules.words(mentions, "posting_prepositions")
        self.reporter_pronouns = rules.words(mentions, "reporter_pronouns")
        self.reporter_possessives = rules.words(mentions, "reporter_possessives")
        self.reporter_patients = rules.words(mentions, "reporter_patients")
        self.reported_unit_owners = rules.words(mentions, "reported_unit_owners")
        self.reporter_possessed = rules.words(mentions, "reporter_possessed")
        self.reporter_object_verbs = rules.words(mentions, "reporter_object_verbs")
        self.honorifics = rules.words(mentions, "honorifics")
        self.backing_participles = rules.words(mentions, "backing_participles")
        self.word_surnames = rules.words(mentions, "word_surnames")
        # the lists the later stages ask an article's mentions about, shared by every article
        self.mention_words = MentionWords.from_schema(mentions)
        self.office_heads = rules.words(mentions, "office_heads")
        self.context_bodies = rules.words(mentions, "context_bodies")
        self.deputy_words = rules.words(mentions, "deputy_words")
        self.portfolio_words = rules.words(mentions, "portfolio_words")
        self.group_heads = rules.words(mentions, "group_heads")
        self.gathering_heads = rules.words(mentions, "gathering_heads")
        self.region_demonym_firsts = rules.words(mentions, "region_demonym_firsts")
        self.region_demonym_lasts = rules.words(mentions, "region_demonym_lasts")
        self.gender = GenderReader(rules, gazetteer, self.name_particles, self.honorifics)
        antecedents = mentions.get("pronoun_antecedents") or {}
        self.pronoun_window = int(antecedents.get("window") or 4)
        self.pronoun_main_subject = bool(antecedents.get("main_clause_subject"))
        self.pronoun_sentence_subject = bool(antecedents.get("sentence_subject"))
        self.pronoun_reporter_subject = bool(antecedents.get("reporter_subject"))
        self.definite_refs: dict[str, tuple[str, ...]] = {
            str(k).lower(): tuple([v] if isinstance(v, str) else v)
            for k, v in (mentions.get("definite_references") or {}).items()}
        self.it_window = int(mentions.get("it_reference_sentences") or 0)
        self.epithet_nouns = rules.words(mentions, "country_epithet_nouns")
        self.epithet_words: dict[str, frozenset[str]] = {
            str(k).lower(): frozenset(str(c) for c in v or ())
            for k, v in (mentions.get("country_epithet_words") or {}).items()}
        self.speaker_window = int(mentions.get("speaker_reference_sentences") or 0)
        self.object_preps = rules.words(mentions, "pronoun_object_preps")
        place = mentions.get("place_lookup") or {}
        self.person_place_preps = rules.words(place, "person_place_preps")
        self.place_nouns = rules.words(place, "place_nouns")
        self.place_only_preps = rules.words(place, "place_only_preps")
        self.place_labels = frozenset(str(x) for x in place.get("other_labels") or ())
        # a name told as a place by its own place noun ("X province", "the city of X") may
        # be a smaller town's (``place_noun_min_population``): one index holds both, read once
        floor = int(place.get("min_population") or 100_000)
        self.place_noun_floor = int(place.get("place_noun_min_population") or floor)
        self.places = PlaceCountries(min_population=floor, dominance=float(place.get("dominance") or 5),
                                     common_words=rules.words(place, "common_words"),
                                     index_floor=min(floor, self.place_noun_floor))
        self.org_kinds: dict[str, str] = {}
        self.media_ids: set[str] = set()
        channel = mentions.get("news_channel") or {}
        self.outlet_kinds = rules.words(channel, "outlet_kinds")
        self.outlet_name_heads = rules.words(channel, "outlet_name_heads")
        self.outlet_name_firsts = rules.words(channel, "outlet_name_firsts")
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
        forms["GROUP"] = ([g for g in self.groups if " " in g] + counted_group_phrases(mentions)
                          + paired_group_phrases(mentions))
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

    def named_actor(self, text: str) -> Actor | None:
        """The country or the known organisation ``text`` names (None when neither)."""
        return self._country(text) or self._organisation(text)

    def is_known(self, actor: Actor) -> bool:
        """Whether ``actor`` came from the gazetteer (a country, a known organisation or person)."""
        return actor.kind == "country" or actor.id in self.org_kinds or actor.wikidata is not None

    def is_international(self, actor: Actor) -> bool:
        """An international organisation the gazetteer knows (the UN, the World Bank)."""
        return self.org_kinds.get(actor.id) == "international"

    def is_state_body(self, actor: Actor) -> bool:
        """A known government body (a ministry, an army, a police force)."""
        return self.org_kinds.get(actor.id) == "government body"

    def state_of_body(self, actor: Actor) -> Actor:
        """The state a government body acts for ("the defence ministry said its forces
        struck ...": the state's strike, as the story's lead tells it); any other actor
        as it is."""
        state = state_actor(self.gaz, actor.country) if self.is_state_body(actor) else None
        return state if state is not None else actor

    def is_outlet(self, actor: Actor) -> bool:
        """A news outlet or platform, which tells of events and takes no part in them: a
        known organisation of a ``non_party_kinds`` kind, or an unknown one whose name ends
        in an ``outlet_name_heads`` word ("Zvezda television") or, of two words or more,
        begins with an ``outlet_name_firsts`` word ("Radio Kesh")."""
        if actor.kind != "organisation":
            return False
        kind = self.org_kinds.get(actor.id)
        if kind is not None:
            return kind in self.outlet_kinds
        words = actor.name.lower().split()
        return bool(words) and (words[-1] in self.outlet_name_heads
                                or (len(words) > 1 and words[0] in self.outlet_name_firsts))

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
        found = ArticleMentions(words=self.mention_words)
        taken: set[int] = set()
        candidates = self._candidates(doc)
        persons: list[Mention] = []
        surnames: dict[str, Actor] = {}
        resolved_refs: dict[str, tuple[Actor, ...]] = {}
        # persons first, so a title's demonym ("Chinese President Xi") joins the person
        ordered = [(True, c) for c in candidates if c[0] in ("PERSON", "NAME", "SURNAME")] + \
            [(False, c) for c in candidates if c[0] not in ("PERSON", "SURNAME")]
        for first_pass, (label, span) in ordered:
            if any(i in taken for i in range(span.start, span.end)):
                continue
            if first_pass:
                if label == "SURNAME":
                    mention = self._lone_surname(span, published, taken, surnames)
                else:
                    mention = self._name(span, label, surnames, published, taken)
                if mention is None or mention.actors[0].kind != "person":
                    continue
            elif label == "GROUP":
                mention = self._group(span)
            elif label == "OFFICE":
                mention = self._description(span, mentions_before(persons, span.start), published)
            elif label == "GROUPNAME":
                mention = Mention(span.start, span.end, (Actor(
                    id=Actor.make_id("organisation", span.text), name=span.text, kind="organisation"),),
                    "organisation")
            elif label == "PRON":
                mention = self._pronoun(span, persons, found)
            elif label == "DEFREF":
                mention = self._definite(span, found, resolved_refs)
            elif label == "IT":
                mention = self._it(span, found)
            elif label == "DOCREF":
                mention = self._document(span, found)
            elif label == "EPITHET":
                mention = self._epithet(span, found)
            else:
                mention = self._name(span, label, surnames, published, taken)
            if mention is None:
                continue
            mention.is_subject = span.root.dep_ in ("nsubj", "nsubjpass")
            if mention.start < span.start:  # a description took in its demonym
                found.remove_within(mention.start, span.start)
            found.add(mention)
            taken.update(range(mention.start, mention.end))
            elided = self._elided_conjunct(doc, mention, taken)
            if elided is not None:  # "North and South Korea": North Korea too
                found.add(elided)
                taken.update(range(elided.start, elided.end))
            if mention.actors and mention.actors[0].kind == "person" and len(mention.actors) == 1:
                insort(persons, mention, key=mention_start)  # kept in reading order
                actor = mention.actors[0]
                self._note_gender(doc, mention, found)
                words = actor.name.split()
                # any word of the full name: "Yoon" for "Yoon Suk Yeol" (surname first)
                # two letters are a surname too ("Wu", "Li"), unless an English word ("He")
                parts = words[-1:] + [w for w in words[:-1] if len(w) > 1 and w[:1].isupper()
                                      and (len(w) > 2 or w.lower() not in STOP_WORDS)
                                      and w.lower() not in self.name_particles] + [
                    a for a in actor.aliases if " " not in a]
                for part in parts:
                    surnames.setdefault(part.lower(), actor)
        self._bare_surnames(doc, found, taken, persons, surnames)
        self._places(doc, found, taken)
        found.mentions.sort(key=lambda m: m.start)
        self._not_own_objects(doc, found, persons)
        _same_as_bracketed_short_form(doc, found)
        _same_as_defined_short_form(doc, found, taken)
        _same_as_earlier_initials(doc, found)
        for mention in found.mentions:
            if mention.actors and all(self.is_outlet(a) for a in mention.actors):
                mention.channel = self._names_a_channel(doc[mention.start:mention.end])
        is_state = lambda code: self.gaz.country_by_code(code) is not None  # noqa: E731
        give_bodies_countries(doc, found, self.context_bodies, self._national_body, is_state,
                              self.is_state_body)
        give_persons_their_named_country(found)
        give_officials_countries(found, is_state, self.is_state_body)
        give_groups_their_country(doc, found, self.mention_words, self._country, is_state,
                                  self.is_known)
        if self._reporter_possessives(doc, found, taken):
            found.mentions.sort(key=lambda m: m.start)
        return found

    def _elided_conjunct(self, doc: Doc | Span, mention: Mention, taken: set[int]) -> Mention | None:
        """"North and South Korea": a capitalised word joined by a word of
        ``elided_conjunctions`` to a country's name of two words or more names, with that
        name's last words, another country (the two share the head word); else None."""
        whole = doc.doc if isinstance(doc, Span) else doc
        start = mention.start
        if (mention.via != "country" or len(mention.actors) != 1 or mention.end - start < 2
                or start < 2 or whole[start - 1].lower_ not in self.elided_conjunctions):
            return None
        first = whole[start - 2]
        if start - 2 in taken or not first.is_alpha or not first.text[:1].isupper():
            return None
        country = self._country(f"{first.text} {whole[start + 1:mention.end].text}")
        if country is None or country.id == mention.actors[0].id:
            return None
        return Mention(start - 2, start - 1, (country,), "country", is_subject=mention.is_subject)

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
                       for t in span) or is_dateline(span):
                continue
            floor = self.place_noun_floor if self._told_as_place(span.root) else None
            if label not in ("GPE", "LOC") and not (label in self.place_labels
                                                   and self._place_role(span, floor)):
                continue
            text = span.text
            if not self.places.candidates(text, floor) or self._country(text) is not None \
                    or self._organisation(text) is not None or self._person(text, None) is not None:
                continue  # no city, or a name the gazetteer knows as something else
            pending.append((span, floor))
        for span, floor in pending:
            if any(i in taken for i in range(span.start, span.end)):
                continue
            state = state_actor(self.gaz, self.places.country(span.text, story, floor))
            if state is None:
                continue
            mention = Mention(span.start, span.end, (state,),
                              "place", is_subject=span.root.dep_ in ("nsubj", "nsubjpass"))
            found.add(mention)
            taken.update(range(span.start, span.end))

    def _place_role(self, span: Span, floor: int | None = None) -> bool:
        """A name read as a person or organisation that is a known city (of at least
        ``floor`` people, default the lookup's) after a preposition of place or as the
        object of a verb ("struck Kharkiv")."""
        return self._in_place_role(span.root) and bool(self.places.candidates(span.text, floor))

    def _told_as_place(self, root: Token, depth: int = 0) -> bool:
        """A name its own words tell as a place: it qualifies a noun for places ("X
        province", "the X region", "X and Y provinces") or is named by one ("the city of X")."""
        dep, head = root.dep_, root.head
        if dep in ("compound", "nmod") and head.lemma_.lower() in self.place_nouns:
            return True
        if dep == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in self.place_nouns:
            return True
        if dep == "conj" and depth < 4:
            return self._told_as_place(head, depth + 1)
        return False

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


    # -- names ------------------------------------------------------------------------


    # -- descriptions and pronouns ----------------------------------------------------



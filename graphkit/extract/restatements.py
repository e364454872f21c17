"""The article's events from what its sentences found, restatements dropped.

News tells its event in the lead and again further down, often in a source's words; a
later sentence of the same type, actors and a compatible date restates what was kept
(:func:`article_events`), compared only with its few look-alikes so the pass stays
linear in the article.

:func:`article_events` takes the extractor's report reader whole rather than its word lists
one by one (wrapper verbs, stance verbs, party retelling): every caller has a reader and
uses all of them, so none is optional.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from spacy.tokens import Span, Token

from graphkit.extract.found import (
    ArticleState,
    Found,
    countries_in_role,
    dates_overlap,
    ids_in_role,
    years_before,
)
from graphkit.extract.reporting import STANCE_CONFIDENCE, ReportReader, Retelling, quoted
from graphkit.extract.rules import EventTypeRule, Rules
from graphkit.extract.settings import without_quoted_parties, without_setting_sides
from graphkit.model import CONTACT_TYPES, Actor, Event, Participant


def article_events(state: ArticleState, rules: Rules, background_years: int | None,
                   report_reader: ReportReader, since_marks: frozenset[str]) -> list[Event]:
    """The events of an article read in story order (``state.found``): a later sentence
    that restates an event already kept adds nothing (the news told again in its
    source's words becomes that source's STATEMENT, unless a wrapper verb only passes it
    on: "X added that ..."); a call that an implied "first call
    since" refers to, old statements and later plain quotes of one speaker (after a plain
    quote, or after a stance of the quote's day) are dropped;
    each kept event gets its id, codes and evidence, without the parties that are none (a
    body of no known country beside two known parties, a third side of a contact).
    ``report_reader``: the words of reporting_verbs.yaml as the extractor's report reader
    loaded them: its ``wrapper_only`` verbs only pass a report on; with a
    ``party_retelling`` entry, a speech act told again by a plain report (no ``stance``
    verb) of a body of its source's side makes no statement of it. ``since_marks``: the
    words opening a since-phrase (date_rules.yaml), in which a statement is background."""
    article = state.article
    kept: list[Found] = []
    plain_speakers: set[frozenset[str]] = set()
    reporters: set[str] = set()
    stances: set[tuple[frozenset[str], str | None]] = set()
    prior_sentences = {f.sent.start for f in state.found if f.modality == "implied_prior"}
    # Kept events by what _restates needs equal, and statements by sentence, so each
    # event is compared with its few look-alikes, not with all (linear in the article).
    alike: dict[tuple[Any, ...], list[Found]] = {}
    statement_sents: set[tuple[int, int]] = set()
    kept_contacts: dict[tuple[str, frozenset[str]], list[Found]] = {}
    statement_type = rules.statement_type
    quotes: list[tuple[set[tuple[str, ...]], set[str]]] = []  # statements told so far: words quoted, sides
    definite = rules.words(rules.mentions, "definite_determiners")
    retelling = report_reader.retelling
    for f in state.found:
        if f.type in CONTACT_TYPES:  # "met in <city>, <country>": a setting tells no contact apart
            sides = without_setting_sides(f, f.participants, state.mentions)
            if len(sides) < len(f.participants):
                f = replace(f, participants=sides)
        if f.type in CONTACT_TYPES and f.modality == "asserted" and f.sent.start in prior_sentences \
                and any(k.modality != "implied_prior" or dates_overlap(f.date, k.date)
                        for k in kept_contacts.get((f.type, frozenset(f.actor_ids)), ())):
            continue  # "the first call since 2022" refers to the call already told (not
            # one said not to have happened, "have not spoken since", nor an earlier one
            # implied for another time)
        if f.type == statement_type and _old_statement(f, article.published, background_years, since_marks):
            continue  # "X declared independence in 2008": background, not the news
        if f.type == statement_type:
            grams = _quoted_grams(f.sent)
            sides = {a.country or a.id for a, _ in f.participants}
            if any(g & grams and s & sides for g, s in quotes):
                continue  # the lead's quote told again in full further down: one statement
            if grams:
                quotes.append((grams, sides))
        if f.type == statement_type and f.confidence < STANCE_CONFIDENCE:
            speakers = frozenset(ids_in_role(f, "speaker"))
            if (speakers in plain_speakers or speakers <= reporters or (speakers, f.date.value) in stances) \
                    and not (_told_as_further(f) and _names_other_side(f)):
                # ("X also said Y promised ...": new words about another side are kept)
                continue  # later quotes of a speaker, or of a source, elaborate the news
            plain_speakers.add(speakers)
        elif f.type == statement_type and (frozenset(ids_in_role(f, "speaker")), f.date.value) in stances \
                and not _told_as_further(f):
            continue  # a second stance of a speaker that day ("X praised ..., X reaffirmed ...")
            # elaborates the first: one statement a speaker a day ("X also stressed ..." is new)
        alikes = [k for k in alike.get(_restate_key(f), ())[-_MAX_ALIKE:]
                  if _restates(f, k, definite)] if f.type != statement_type else []
        # an earlier telling of the same precision first: the campaign told by month again
        # restates the campaign, not the day's strike kept beside it (``day_apart``)
        restated = next((k for k in alikes if not _days_apart(f, k)), alikes[0] if alikes else None)
        if restated is None and f.type != statement_type and _an_account(f):
            restated = next((k for k in kept[-_MAX_ALIKE:] if _own_account(f, k)), None)
        # the day's strike beside the campaign told undated (``day_apart``): the act is
        # kept as an event of its own, its source's words still a statement
        apart = restated is not None and _days_apart(f, restated)
        if restated is not None:  # a speaker's statements are all kept
            if apart:
                pass  # the campaign and the day's act keep their own dates
            elif not restated.date.value and f.date.value and f.date.rule not in _UNSTATED_RULES \
                    and (f.date.precision == "day" or set(f.actor_ids) == set(restated.actor_ids)):
                # "X has had a call with Y" then "they spoke on Thursday": the day told (a
                # coarser date only of the same actors: "X visited Y last month" by country
                # is as often another visit)
                restated.date = f.date
            elif (restated.date.precision in ("month", "year") and f.date.precision == "day"
                  and f.date.rule not in _UNSTATED_RULES and dates_overlap(restated.date, f.date)
                  and set(f.actor_ids) == set(restated.actor_ids)):
                # a talk "over the weekend", then "Sunday's call" between the same two:
                # the day told within the coarser date first given
                restated.date = f.date
            # (a speaker's account of its own words makes no statement: _told_by_itself)
            if f.report_token is not None and f.reporter is not None and not _told_by_itself(
                    f, retelling) and (
                    (f.sent.start, f.sent.end) not in statement_sents) and (
                    f.report_token.lemma_.lower() not in report_reader.wrapper_only) and not (
                    retelling is not None and _told_by_party(f, report_reader.stance, retelling)) and not (
                    retelling is not None and _contact_passed_on(f, report_reader, retelling)):
                # "Israel's military said its air force struck ...": the news told
                # again, now in its source's words, is that source's statement
                kept.append(replace(f, type=statement_type, rule=rules.types[statement_type],
                                    token=f.report_token, subtype=None,
                                    participants=[(f.reporter, "speaker")], reporter=None,
                                    confidence=0.55))
                statement_sents.add((f.sent.start, f.sent.end))
                plain_speakers.add(frozenset([f.reporter.id]))
            if not apart:
                continue
        kept.append(f)
        alike.setdefault(_restate_key(f), []).append(f)
        if f.modality != "negated":
            kept_contacts.setdefault((f.type, frozenset(f.actor_ids)), []).append(f)
        if f.type == statement_type:
            statement_sents.add((f.sent.start, f.sent.end))
            # a stance ("X stressed ...") is kept; a later plain quote of X on its day elaborates it
            stances.add((frozenset(ids_in_role(f, "speaker")), f.date.value))
        if f.reporter is not None and f.type != statement_type and f.modality == "asserted":
            reporters.add(f.reporter.id)
    events = []
    bodies_told: set[tuple[Any, ...]] = set()  # of country_day_restates events no person tells
    for f in kept:
        known = _without_unknown_bodies(f.participants)
        if f.rule.roles == "symmetric":
            known = _without_third_sides(known)
        known = without_setting_sides(f, known, state.mentions)  # after the restatement test
        known = without_quoted_parties(f, known, state.mentions)
        if len(known) < len(f.participants):
            f = replace(f, participants=known)
        if f.rule.subtype_cues:
            f = replace(f, subtype=_told_subtype(f))
        if f.rule.country_day_restates and _no_person(f):
            told = _sides_told(f)
            if told in bodies_told:
                # "Russia said ...", then "the Kremlin said ..." that day: a state's bodies
                # speak for it, one statement (a person's words are gold's own statement)
                continue
            if told is not None:
                bodies_told.add(told)
        cameo, mode = f.rule.codes(f.subtype)
        span = (f.sent.start_char, f.sent.end_char)
        evidence = f.sent.text.strip()
        events.append(Event(
            id=Event.make_id(article.id, span[0], f.type, f.actor_ids, f.modality,
                             f.date.value if f.modality == "implied_prior" else None),
            article_id=article.id, type=f.type,
            participants=tuple(Participant(a, role) for a, role in f.participants),  # type: ignore[arg-type]
            evidence=evidence, span=span, date=f.date, modality=f.modality,
            subtype=f.subtype, cameo=cameo, plover=f.rule.plover, plover_mode=mode,
            confidence=f.confidence if f.reported is None else f.reported,
            reported_by=f.reporter,
        ))
    return events


def _no_person(f: Found) -> bool:
    """The event's parties are all states or bodies: no person speaks."""
    return all(a.kind != "person" for a, _ in f.participants)


def _sides_told(f: Found) -> tuple[Any, ...] | None:
    """What makes two events of a ``country_day_restates`` type one: type, modality, the
    countries of its parties and its date as told; None when no party has a country.
    Two such events make one when neither names a person (:func:`_no_person`)."""
    countries = frozenset(a.country for a, _ in f.participants if a.country)
    if not countries:
        return None
    return (f.type, f.modality, countries, f.date.value)


def _told_subtype(f: Found) -> str | None:
    """The subtype that the words of the event's own phrase tell (``subtype_cues``): its
    word's subtree, or, when that holds no cue, the clause of the word it hangs on ("sent
    food to X": the verb's; "pledged aid to X" with "food" in the verb's clause)."""
    own = list(f.token.subtree)
    if not _cued(f.rule, own) and f.token.head is not f.token:
        own = list(f.token.head.subtree)
    return f.rule.subtype_told(f.subtype, {w for t in own for w in (t.lower_, t.lemma_.lower())})


def _cued(rule: EventTypeRule, tokens: Iterable[Token]) -> bool:
    cues = set().union(*rule.subtype_cues.values())
    return any(t.lower_ in cues or t.lemma_.lower() in cues for t in tokens)


def _told_by_itself(f: Found, retelling: Retelling | None) -> bool:
    """A speech act already told (``party_retelling.types``: an accusation, a demand, a
    threat) is told again by its own speaker ("X urged Y to ..." then "X said he had pressed
    Y to ..."): the speaker's account of its own words is that act once more, no statement
    besides it. A source of another side, a body of the speaker's side (see
    :func:`_told_by_party`), a doer claiming its deed ("X said its forces struck ...") or one
    party of a contact retelling it still makes a statement."""
    reporter = f.reporter
    return retelling is not None and reporter is not None and f.type in retelling.types \
        and any(a.id == reporter.id and role == "source" for a, role in f.participants)


def _contact_passed_on(f: Found, report_reader: ReportReader, retelling: Retelling) -> bool:
    """A contact already told is told again in a source's plain words ("the two leaders
    discussed trade, X said", ``party_retelling.contacts``): what was talked about, with no
    position, warning or assessment of the teller's (the report reader's position test, a
    stance verb), passes the contact on and makes no statement."""
    verb, reporter = f.report_token, f.reporter
    if f.type not in retelling.contacts or verb is None or reporter is None:
        return False
    return verb.lemma_.lower() not in report_reader.stance and not report_reader.is_position(verb, [reporter])


def _told_by_party(f: Found, stance: frozenset[str], retelling: Retelling) -> bool:
    """The speech act told again is passed on by a plain report of a body of its own
    source's side ("X accused Y of ..." then "X's government said Y's strikes violated
    ..."): the source's words are the act already told, no statement besides it. A person
    who tells it or a stance verb still makes one. A body: a reporter that is no person, or
    a report whose subject is a body's noun ("his office"). A person's own body ("X and Y
    met ..., his office said": ``own_possessives``) passes on an event of any type."""
    reporter, verb = f.reporter, f.report_token
    if verb is not None and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in retelling.body_heads
            and any(d.dep_ == "poss" and d.lower_ in retelling.own_possessives for d in c.children)
            for c in verb.children):
        return True  # "X and Y met ..., his office said": the person's office passes it on
    if f.type not in retelling.types or reporter is None or verb is None \
            or verb.lemma_.lower() in stance:
        return False
    body = reporter.kind != "person" or any(
        c.dep_ == "nsubj" and c.lemma_.lower() in retelling.body_heads for c in verb.children)
    return body and any(a.id == reporter.id or (reporter.country and a.country == reporter.country)
                        for a, role in f.participants if role == "source")


def _without_unknown_bodies(participants: list[tuple[Actor, str]]) -> list[tuple[Actor, str]]:
    """The parties without the organisations of no known country, when two others remain:
    a body the gazetteer does not know beside two known parties is most often a place or a
    word read as a body ("at the X refugee camp", "with the Y ministers")."""
    known = [(a, role) for a, role in participants if a.country or a.kind != "organisation"]
    return known if len({a.id for a, _ in known}) >= 2 else participants


def _without_third_sides(participants: list[tuple[Actor, str]]) -> list[tuple[Actor, str]]:
    """A contact or agreement of people of two or more countries without the countries and
    bodies of none of theirs: a third side the sentence names ("A's X and B's Y signed the
    deal, which comes after B's pact with C"), not a party."""
    people = {a.country for a, _ in participants if a.kind == "person" and a.country}
    if len(people) < 2:
        return participants
    return [(a, role) for a, role in participants if a.kind == "person" or a.country in people]


def _old_statement(f: Found, published: Any, years: int | None, since: frozenset[str]) -> bool:
    """A statement told as background: made years before the article ("declared
    independence in 2008") or inside a since-clause ("since X declared the deal dead")."""
    if any(a.lower_ in since for a in f.token.ancestors) or any(
            c.lower_ in since and c.dep_ == "mark" for c in f.token.children):
        return True
    return years_before(f, published, years)


_MAX_ALIKE = 200  # look-alikes an event is compared with (the latest): a bound for floods


# dates an event takes from its story, not from words of its own sentence
_UNSTATED_RULES = frozenset({"context", "publication"})


def _restate_key(f: Found) -> tuple[Any, ...]:
    """What two events must share for :func:`_restates` to hold: type, modality, and the
    actors (the sources of a directed event)."""
    actors = (_sources(f) if f.rule.roles == "directed" else _contact_parties(f))
    return (f.type, f.modality, f.rule.roles == "directed", frozenset(actors))


def _sources(f: Found) -> set[str]:
    """The sources of a directed event: their countries for a type whose source's bodies
    act for their state (``source_country_restates``), else their ids."""
    if f.rule.source_country_restates:
        countries = {a.country for a, role in f.participants if role == "source"}
        if countries and None not in countries:
            return {f"country:{c}" for c in countries}
    return set(ids_in_role(f, "source"))


def _contact_parties(f: Found) -> set[str]:
    """Who a symmetric event is between: for a told call, meeting or agreement, the
    countries of its parties when every party has one (a later "meeting with the envoy",
    "his visit to Lima", or "the pact was signed by A's and B's leaders" after "A and B
    signed a pact" is the same event told again, by other names); else the actors."""
    countries = {a.country for a, _ in f.participants}
    if f.rule.roles == "symmetric" and f.modality == "asserted" and None not in countries \
            and len(countries) >= 2:
        return {f"country:{c}" for c in countries}
    return set(f.actor_ids)


def _restates(f: Found, kept: Found, definite: frozenset[str] = frozenset()) -> bool:
    """``f`` tells again an event already found: same type and modality, same actors (for
    a directed event: same sources, and targets of the same countries where the text
    gives a country, or any targets when ``f`` is a definite act noun: "X made the plea"
    refers back to X's demand), and dates that do not disagree."""
    if f.type != kept.type or f.modality != kept.modality:
        return False
    if _content_lemmas(f.token) and _content_lemmas(kept.token) and not (
            _content_lemmas(f.token) & _content_lemmas(kept.token)):
        return False  # "agreed to meet again" and "agreed not to use force": two agreements
    if f.rule.roles == "directed":
        if _sources(f) != _sources(kept):
            return False
        if _definite_noun(f.token, definite):
            return _dates_agree(f, kept)
        a_targets, b_targets = countries_in_role(f, "target"), countries_in_role(kept, "target")
        if a_targets and b_targets and a_targets != b_targets:
            return False
        if _new_people(f, kept):
            return False  # "X accused Y of ...", then "X accused Y's president of ...": two
        if _told_as_further(f) and ids_in_role(f, "target") != ids_in_role(kept, "target"):
            return False  # "X accused Y of ...", then "X also protested against Y's navy": two
        if not a_targets and not b_targets and ids_in_role(f, "target") != ids_in_role(kept, "target"):
            return False
    elif _contact_parties(f) != _contact_parties(kept) or _other_people(f, kept) or (
            f.type not in CONTACT_TYPES and _told_as_further(f) and (
                set(f.actor_ids) != set(kept.actor_ids) or f.sent.start != kept.sent.start)):
        # "A and B signed a pact", then "their leaders also signed ..." or "they also
        # agreed to ...": two
        return False
    return _dates_agree(f, kept)


def _an_account(f: Found) -> bool:
    """``f`` is a material directed act a reporter of a known country tells: what may be
    its doer's own account of an act told already (:func:`_own_account`)."""
    return (f.reporter is not None and f.reporter.country is not None and f.rule.material
            and f.rule.roles == "directed")


def _own_account(f: Found, kept: Found) -> bool:
    """``f`` (:func:`_an_account`) is its doer's own account of the material directed act
    ``kept`` the story told already ("X struck Y and Z on Monday", then "X's army said its
    jets hit Y's radars"): of one type and modality, reported by a source of the doer's
    country that ``f`` names as its doer (a body's report of its units' act names its
    state: unnamed_doers.py), targets whose countries are among ``kept``'s, and dates that
    do not disagree."""
    reporter = f.reporter
    if reporter is None or f.type != kept.type or f.modality != kept.modality:
        return False
    targets = {a.country for a, role in f.participants if role == "target"}
    return ({a.country for a, role in f.participants if role == "source"} == {reporter.country}
            and bool(targets) and None not in targets and targets <= countries_in_role(kept, "target")
            and {a.country for a, role in kept.participants if role == "source"} == {reporter.country}
            and _dates_agree(f, kept))


def _days_apart(f: Found, kept: Found) -> bool:
    """Of a ``day_apart`` type, one of the two is told to the day and the other is not
    (undated, or by month or year): the day's act and the campaign it belongs to. Not a
    report's undated telling ("X's minister said X's troops had shelled Y"): the news told
    again in its source's words."""
    if not f.rule.day_apart:
        return False
    if f.report_token is not None and (not f.date.value or f.date.rule in _UNSTATED_RULES):
        return False  # a report's telling with no date of its own (none, or the context's)
    return (f.date.precision == "day") != (kept.date.precision == "day")


def _dates_agree(f: Found, kept: Found) -> bool:
    a, b = f.date, kept.date
    if a.value and b.value:
        n = min(len(a.value), len(b.value))
        return a.value[:n] == b.value[:n]
    return True


def _new_people(f: Found, kept: Found) -> bool:
    """A directed act aimed at a person the earlier one of its sources did not aim at."""
    people = {a.id for a, role in f.participants if role == "target" and a.kind == "person"}
    return bool(people - {a.id for a, role in kept.participants if role == "target"})


def _other_people(f: Found, kept: Found) -> bool:
    """Two contacts of the same countries held by other people ("the prime ministers met"
    ... "their foreign ministers met"): each names a person, none in common."""
    people = {a.id for a, _ in f.participants if a.kind == "person"}
    others = {a.id for a, _ in kept.participants if a.kind == "person"}
    return bool(people and others) and people.isdisjoint(others)


_QUOTE_GRAM = 5  # words a quote must share with an earlier one to be the same words


def _quoted_grams(sent: Span) -> set[tuple[str, ...]]:
    """The runs of ``_QUOTE_GRAM`` words inside the sentence's quotation marks."""
    inside = quoted(sent)
    grams: set[tuple[str, ...]] = set()
    words: list[str] = []
    for t in sent:
        if t.i not in inside:
            words = []
        elif t.is_alpha:
            words.append(t.lower_)
            if len(words) >= _QUOTE_GRAM:
                grams.add(tuple(words[-_QUOTE_GRAM:]))
    return grams


def _names_other_side(f: Found) -> bool:
    """A party of the event is of another country than its speakers'."""
    own = {a.country for a, role in f.participants if role == "speaker"}
    return any(role != "speaker" and a.country and a.country not in own for a, role in f.participants)


def _told_as_further(f: Found) -> bool:
    """The event's word, or the verb it hangs from, carries an adverb that tells a further
    event of its kind (``further_cues``: "also signed", "were also signed")."""
    words = [f.token, f.token.head]
    return any(c.dep_ == "advmod" and c.lower_ in f.rule.further_cues for w in words for c in w.children)


def _definite_noun(token: Token, definite: frozenset[str]) -> bool:
    """A trigger noun told with a definite determiner ("the plea", "this demand")."""
    return token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in definite
                                        for c in token.children)


def _content_lemmas(token: Token) -> set[str]:
    """What a verb of agreeing or demanding says is to be done: its infinitive
    complements' verbs ("agreed to meet ... and to set up": meet, set; also an infinitive
    the parser hangs as an adverbial clause, "called on X to stop ...", but not one of
    purpose, "in order to ..."); of a noun, its own infinitive ("an agreement to reopen
    the border": reopen)."""
    out: set[str] = set()
    for c in token.children:
        to = any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        infinitive = c.dep_ == "advcl" and to and not any(g.dep_ == "mark" for g in c.children)
        # a noun's infinitive says the same of it: "an agreement to reopen the border"
        of_noun = c.dep_ == "acl" and to and token.pos_ == "NOUN"
        if (c.dep_ == "xcomp" or infinitive or of_noun) and c.pos_ == "VERB":
            out.add(c.lemma_.lower())
            out.update(g.lemma_.lower() for g in c.children if g.dep_ == "conj" and g.pos_ == "VERB")
    return out

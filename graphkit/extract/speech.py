"""Reported speech in a sentence, as a mixin of the article reader.

:class:`ReportedSpeech` reads what each reporting verb of a sentence makes, after the
sentence's trigger events are found: the event it reports ("X said that Y struck Z": the
strike, with X as its reporter), an act its words are ("X said Y was responsible for ...":
an accusation), a threat of consequences ("X said Y could lose Z unless ..."), a joint
commitment of its speakers, a statement of their position, or nothing (a wrapper passing
news on, a fact or a figure, words inside an act already found, earlier words told as
background).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Span, Token

from graphkit.extract.found import LEAD_SENTENCES, ArticleState, Found
from graphkit.extract.mentions import unique_actors
from graphkit.extract.nlp import condition_clause
from graphkit.extract.reporting import announces, clause_heads, content_tokens, retells, told_lower_down
from graphkit.extract.triggers import TriggerHit
from graphkit.model import CONTACT_TYPES, Actor


class ReportedSpeech:
    """Mixin: the reports of a sentence (needs the reader's rules, ``reporter``,
    ``modality`` and the party helpers ``_domestic``, ``_conditional_threat``,
    ``_conditional_type`` and ``_joint_commitment``)."""

    def _read_reports(self, sent: Span, index: int, state: ArticleState,
                      reports: list[tuple[Token, list[Actor]]], hits: list[TriggerHit],
                      candidates: list[Found]) -> None:
        """Appends to ``candidates`` (the sentence's trigger events, whose reporter each
        report containing them becomes) what the sentence's ``reports`` make."""
        mentions = state.mentions
        modalities = sent.doc._.graphkit_modality
        # an act among one country's parties alone, dropped below, is no event a report
        # holds or makes ("said the drone had violated X's airspace", said by X)
        foreign = [c for c in candidates if not (c.rule.foreign_parties and self._domestic(c))]
        report_verbs = {v.i for v, _ in reports}
        contact_words = {c.token.i for c in candidates if c.type in CONTACT_TYPES}
        # "according to state media, X said ...": the media pass X's words on
        by_media = self.reporter.told_by_media(sent, mentions)
        for verb, speakers in reports:
            content = content_tokens(verb)
            # "X met Y, voicing concern ...": beside a contact, a participle's report says
            # its own clause, not the contact
            beside_contact = verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i in contact_words
            if verb.dep_ == "advcl" and (verb.head.i in report_verbs or beside_contact):
                # "X said ..., insisting that Y must ...": beside a report, a participle's
                # report says its own clause, not the other report's
                content = content & {t.i for t in verb.subtree}
            stance = verb.lemma_.lower() in self.reporter.stance
            # a report of an event is that event, not a statement (for a planned or possible
            # one, see ``only_act`` below)
            holds_event = any(c.token.i in content for c in foreign
                              if c.modality == "asserted" or not stance)
            speaker_ids = {a.id for a in speakers}
            # "X said Y had admitted Z": the statement is X's, the outer speaker's; a report
            # inside another speaker's report makes none, one by the same speaker inside
            # this one ("thanked Y and said ...") keeps it as before
            # (not the report this one hangs from: "said ..., insisting that ..." is beside it)
            # (nor a wrapper's participle hanging from this one: '"...," X said, adding that
            # ...' goes on with the first report, it is not one inside it)
            inner = [(v, {a.id for a in s}) for v, s in reports
                     if v.i not in (verb.i, verb.head.i) and v.i in content
                     and not (_beside(v, verb) and v.lemma_.lower() in self.reporter.wrapper_only)]
            inner_report = any(ids & speaker_ids for _, ids in inner)
            # (a wrapper only passes it on: "a statement noted that Y had assured ...": Y's)
            told_by_other = any(verb.i in content_tokens(v) and not ({a.id for a in s} & speaker_ids)
                                and v.lemma_.lower() not in self.reporter.wrapper_only
                                for v, s in reports if v.i != verb.i)
            for c in candidates:
                if c.token.i in content and c.reporter is None:
                    c.reporter = speakers[0]
                    c.report_token = verb
            conditional = None if inner or any(
                c.type == self.rules.conditional_threat_type and c.token.i in content for c in candidates
            ) else self._conditional_threat(verb, state, {a.id for a in speakers})
            if conditional is not None:
                # "X said Y could lose Z unless W ...": a threat of consequences, aimed at W
                rule = self.rules.types[self._conditional_type(verb)]
                candidates.append(Found(rule.name, rule, sent, verb,
                                        [(a, "source") for a in speakers]
                                        + [(a, "target") for a in conditional], 0.6))
                continue
            # a wrapper's report makes no statement, but may be the act it says ("X added
            # that Y's actions were unacceptable": an accusation)
            # (so does an unnamed source: "..., a senior official said")
            # (and so does a bystander: "her lawyer, X, told ...", ``bystanders``)
            wrapper = (verb.lemma_.lower() in self.reporter.wrapper_only or self.reporter.unnamed_source(verb)
                       or self.reporter.bystander_source(verb) or by_media)
            if inner_report or told_by_other:
                continue
            accused = self.reporter.alleged(verb, speakers, mentions)
            holders = self.reporter.holders(verb, speakers, mentions)
            if holders:  # "X said Z had been detained illegally by Y": X accuses Y; the
                # custody is the charge, not the day's arrest
                wronged = {t.i for t in self.reporter.wronged_custody(verb)}
                for c in candidates:
                    if c.token.i in wronged and self.reporter.is_charge(c.type, c.token):
                        c.modality = "hypothetical"
                # beside a speech act the speaker makes in the sentence ("..., and insisted
                # that Z be released"), the words are part of that act, as for any report
                if not any(c.modality == "asserted" and c.type in self.modality.speech_types
                           and speaker_ids & {a.id for a, role in c.participants if role == "source"}
                           for c in foreign):
                    accused = unique_actors([*accused, *holders])
            if accused:  # "X claimed that Y had attacked Z": X accuses Y
                rule = self.rules.types[self.reporter.allegation_type]
                candidates.append(Found(rule.name, rule, sent, verb, [(a, "source") for a in speakers]
                                        + [(a, "target") for a in accused], 0.6))
                continue
            if any(c.token.i == verb.i and c.modality == "asserted" for c in foreign):
                continue  # "declared X persona non grata": the verb is the act, not a report
            if any(c.modality == "asserted" and c.type in self.modality.speech_types
                   and _in_object(verb, c.token) for c in foreign):
                continue  # "criticized X for what he called Y": words inside the act's object
            # a report holding only planned or possible events: the act made now on their
            # condition ("said it will respond if Y attacks", ``own_condition_types``), a
            # statement when it says something of them, none when it announces one
            only_act = holds_event and not any(c.token.i in content and c.modality == "asserted"
                                               for c in foreign)
            if holds_event and not only_act:
                continue
            if state.unblamed.intersection(content):
                continue  # "condemned the attack on X" blames nobody named: no position told
            if not self.reporter.is_position(verb, speakers) and not (
                    verb.lemma_.lower() in self.reporter.act_verbs
                    and self.reporter.content_act(verb, speakers, mentions) is not None):
                continue  # "..., the ministry said" on a fact or a figure; "X alleged that Y ..." is the act
            made = {c.type for c in foreign if c.type in self.modality.speech_types
                    and c.modality == "asserted"
                    and speaker_ids & {a.id for a, role in c.participants if role == "source"}}
            if made and not self._other_act(verb, speakers, mentions, made, content):
                continue  # "condemned X ... and said ...": one speech act, already found
            if not wrapper and self._joint_commitment(verb, speakers):
                # "A and B announced they would restore relations": a joint commitment
                rule = self.rules.types[self.rules.joint_commitment_type]
                candidates.append(Found(rule.name, rule, sent, verb, [(a, "participant") for a in speakers],
                                        0.65, subtype="joint"))
                continue
            statement = self.reporter.statement(verb, speakers, sent, mentions)
            act = (self.reporter.content_act(verb, speakers, mentions, content)
                   if statement is not None else None)
            if act is not None and any(c.type == act[0] and c.token.i in content
                                       and speaker_ids & {a.id for a, _ in c.participants}
                                       for c in foreign):
                # "X denied accusing Y of sabotage": the content's act is found by its own
                # trigger, with its own modality; its words make no second, asserted one
                act = None
            if act is not None and verb.lemma_.lower() in self.modality.neg_governors:
                # "X denied that Y was responsible for ...": a denial of what would be the act
                # makes no act; it is the speaker's position (a STATEMENT), as the content
                # acts' own triggers under a denial are negated ("denied accusing Y")
                act = None
            if (wrapper or verb.lemma_.lower() in self.reporter.act_only) and (
                    act is None or act[0] not in self.rules.types):
                continue  # "X announced it is banning ...": the act or nothing, no position
            # "said X would not attend the talks": a contact refused, its clause's own verb
            # negated under a modal, is the speaker's position, not an announcement passed
            # on (not "said Y had not received a reply": a fact told)
            refused = any(_refusal(h) for h in clause_heads(verb))
            if only_act and not refused and (act is None or act[0] not in self.modality.own_condition_types) \
                    and announces(verb, foreign):
                continue
            if act is None and not beside_contact and not refused and retells(
                    verb, hits, CONTACT_TYPES, self.reporter.evaluative):
                continue  # "said the two will meet", found as an event or not
            # an act denied or refused is the speaker's position ("denies that it jails ...",
            # "would not arrest ..."), and so is a clause that also judges ("said the drone
            # had violated X's airspace and was shot down") and a stance verb's report
            done = [h for h in hits if modalities.get((h.rule.type, h.token.i)) != "negated"]
            judged = any(h.lemma_.lower() in self.reporter.evaluative for h in clause_heads(verb))
            if act is None and not judged and not stance and retells(verb, done, self.reporter.retold_acts,
                                                      self.reporter.evaluative):
                continue  # "said it had arrested three spies": the act passed on (``retold_acts``)
            if (act is None or act[0] not in self.rules.types) and told_lower_down(verb):
                continue  # "X said in a statement that ...": only the act its clause says
            outer = [v for v, s in reports if v.i != verb.i and verb.i in content_tokens(v)]
            if act is not None and act[0] in self.rules.types:
                # "X said Y was responsible for ...": the report is the act it says
                rule = self.rules.types[act[0]]
                statement = replace(statement, type=rule.name, rule=rule,
                                    participants=[(a, "source") for a in speakers]
                                    + [(a, "target") for a in act[1]])
            elif (statement is not None and not outer
                  and self.reporter.told_as_background(verb, index < LEAD_SENTENCES)):
                # "X has said ...": earlier words, not the day's statement; inside another
                # report ("noted that X had assured ...") the perfect is only the tense shift
                continue
            if statement is not None:
                statement.modality = modalities[(self.rules.statement_type, verb.i)]
                if act is not None and statement.type not in self.modality.own_condition_types \
                        and statement.modality == "asserted" and _conditional_content(verb):
                    # "X said that if Y goes ahead, it would be a violation": an accusation
                    # only on a condition
                    statement.modality = "hypothetical"
                if outer:
                    statement.reporter = dict(reports)[outer[0]][0]
                    statement.report_token = outer[0]
                candidates.append(statement)


    def _other_act(self, verb: Token, speakers: list[Actor], mentions: Any, made: set[str],
                   content: set[int]) -> bool:
        """The report (of ``content``) says an act of a type the speaker's speech acts of the
        sentence are not ("condemned X ..., insisting that Y must ...": a demand beside the
        accusation)."""
        act = self.reporter.content_act(verb, speakers, mentions, content)
        return act is not None and act[0] in self.rules.types and act[0] not in made and any(
            a.type == act[0] and a.beside_speech for a in self.reporter.content_acts)


def _refusal(head: Token) -> bool:
    """A clause whose verb is negated under a modal ("would not attend", "will not
    meet"): an act refused or ruled out."""
    return any(c.dep_ == "neg" for c in head.children) and any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)


def _conditional_content(verb: Token) -> bool:
    """The clause a report reports holds an if- or unless-clause of its own."""
    return any(condition_clause(h) is not None for h in clause_heads(verb))


def _in_object(token: Token, act: Token) -> bool:
    """``token`` lies in what ``act`` is aimed at or about (its object or a preposition's)."""
    return any(token.i in {t.i for t in child.subtree} for child in act.children
               if child.dep_ in ("dobj", "prep", "attr"))


def _beside(report: Token, verb: Token) -> bool:
    """Whether ``report`` is a participle clause hanging from the report ``verb`` ("X said
    ..., adding that ..."): a report beside it, not inside it."""
    return report.dep_ == "advcl" and report.head.i == verb.i and report.tag_ == "VBG"

"""Contacts and accords as a news reader codes them (battery contacts36): phone calls
(called, phoned, rang, a call or conversation held, spoken by telephone or video link, a call
between two leaders, "in a call with"), meetings (met, held talks, hosted, received, welcomed,
visited and met, talks between, on the sidelines of, a summit of two leaders, sat down with,
a meeting between, bilateral talks, delegations led by, a meal shared) and
accords (agreed to or on, signed an agreement or memorandum, reached, struck, inked,
concluded, clinched, initialled or finalised a deal, an understanding reached, accepted a
truce, a truce or a cessation of hostilities between two sides took effect, one brokered or
mediated by a third side), each beside
its look-alikes that are no such event (planned or cancelled meetings, "agreed that ...",
calls for a meeting, "called on", "called X a liar", "called off"). Two parties who "agreed
that" one of them would act made a joint commitment (the corpus codes it AGREE); one party
agreeing that something was so made none.

Sentences written for these tests in the ordinary wordings of wire copy; the people and towns
are invented, the countries real because the gazetteer knows them. A case lists the contacts
and accords the sentence tells (type and the countries of its parties; a mediator may stand
beside the sides); a look-alike lists none of the types it resembles."""

from __future__ import annotations

from datetime import date

import pytest
from extract.helpers import _asserted, _countries, _events

PUBLISHED = date(2025, 3, 14)  # a Friday

# (class, text, [(type, countries the event must name)])
CALLS = [
    ("called", "Icelandic President Arlen Voss called Peruvian President Ilse Marrow on Monday.",
     [("CALL", {"ISL", "PER"})]),
    ("called", "President Arlen Voss of Iceland called his Peruvian counterpart, Ilse Marrow, on "
               "Monday, the presidency said.", [("CALL", {"ISL", "PER"})]),
    ("called", "Iceland's President Arlen Voss called Peru's President Ilse Marrow on Monday to "
               "discuss border trade.", [("CALL", {"ISL", "PER"})]),
    ("called", "Icelandic President Arlen Voss and Peruvian President Ilse Marrow have clashed over "
               "fishing rights. Voss called Marrow on Monday, her office said.",
     [("CALL", {"ISL", "PER"})]),
    ("called", "Icelandic President Arlen Voss called Ilse Marrow, Peru's president, on Monday, the "
               "Icelandic presidency said.", [("CALL", {"ISL", "PER"})]),
    ("called", "Icelandic President Arlen Voss has called Peruvian President Ilse Marrow, his office "
               "said on Monday.", [("CALL", {"ISL", "PER"})]),
    ("called", "Icelandic President Arlen Voss called the Peruvian president on Monday, the "
               "presidency said.", [("CALL", {"ISL", "PER"})]),
    ("called", "Icelandic President Arlen Voss called his Peruvian counterpart on Monday.",
     [("CALL", {"ISL", "PER"})]),
    ("called", "Icelandic President Arlen Voss called Peruvian President Ilse Marrow late on Monday "
               "and the two discussed the border.", [("CALL", {"ISL", "PER"})]),
    ("called", "Peruvian President Ilse Marrow was called by Icelandic President Arlen Voss on "
               "Monday.", [("CALL", {"ISL", "PER"})]),
    ("called", "Kenyan President Tomas Reyl called Ghana's President Odile Fenn on Tuesday to "
               "offer condolences.", [("CALL", {"KEN", "GHA"})]),
    ("phoned", "Kenyan President Tomas Reyl phoned Ghana's President Odile Fenn on Tuesday.",
     [("CALL", {"KEN", "GHA"})]),
    ("phoned", "Iceland's foreign minister, Ilse Marrow, telephoned her Peruvian counterpart, "
               "Tomas Reyl, on Monday.", [("CALL", {"ISL", "PER"})]),
    ("rang", "Norway's Prime Minister Halden Brek rang Vietnamese Prime Minister Lan Thuy on "
             "March 3.", [("CALL", {"NOR", "VNM"})]),
    ("held a call", "Turkish Foreign Minister Ceren Vold held a phone call with Egyptian Foreign "
                    "Minister Samir Dahl on Monday.", [("CALL", {"TUR", "EGY"})]),
    ("held a call", "Turkish Foreign Minister Ceren Vold held a telephone conversation with his "
                    "Egyptian counterpart Samir Dahl on Monday.", [("CALL", {"TUR", "EGY"})]),
    ("held a call", "Iceland's President Arlen Voss held a video call with Peru's President Ilse "
                    "Marrow on Monday.", [("CALL", {"ISL", "PER"})]),
    ("held a call", "Icelandic President Arlen Voss had a phone conversation with Peruvian "
                    "President Ilse Marrow on Monday.", [("CALL", {"ISL", "PER"})]),
    ("spoke by", "Iceland's Arlen Voss spoke by telephone with Peru's Ilse Marrow on Monday.",
     [("CALL", {"ISL", "PER"})]),
    ("spoke by", "Icelandic President Arlen Voss spoke with Peruvian President Ilse Marrow by video "
                 "link on Monday.", [("CALL", {"ISL", "PER"})]),
    ("spoke by", "Icelandic President Arlen Voss and Peruvian President Ilse Marrow spoke on the "
                 "phone for an hour on Monday, according to the Icelandic presidency.",
     [("CALL", {"ISL", "PER"})]),
    ("spoke by", "Icelandic President Arlen Voss met Peruvian President Ilse Marrow in May. The two "
                 "leaders spoke by phone on Monday.", [("CALL", {"ISL", "PER"})]),
    ("call noun", "A phone call between Icelandic President Arlen Voss and Peruvian President Ilse "
                  "Marrow took place on Monday, the presidency said.", [("CALL", {"ISL", "PER"})]),
    ("call noun", "In a call with Peruvian President Ilse Marrow on Monday, Icelandic President "
                  "Arlen Voss stressed the need for calm.", [("CALL", {"ISL", "PER"})]),
    ("call noun", "During a phone conversation on Monday, Icelandic President Arlen Voss and "
                  "Peruvian President Ilse Marrow discussed trade.", [("CALL", {"ISL", "PER"})]),
    ("call noun", "Icelandic President Arlen Voss received a phone call from Peruvian President "
                  "Ilse Marrow on Monday.", [("CALL", {"ISL", "PER"})]),
]

CALL_LOOKALIKES = [
    ("called on", "Icelandic President Arlen Voss called on Peruvian President Ilse Marrow to "
                  "withdraw troops from the border."),
    ("called on", "On Monday, Icelandic President Arlen Voss called on Peru to release the "
                  "fishermen."),
    ("called X a", "Icelandic President Arlen Voss called Peruvian President Ilse Marrow a liar on "
                   "Monday."),
    ("called X a", "Icelandic President Arlen Voss called Peruvian President Ilse Marrow's remarks "
                   "unacceptable."),
    ("called X a", "Icelandic President Arlen Voss called Peru's decision a mistake on Monday."),
    ("called X a", "Icelandic President Arlen Voss called Peruvian President Ilse Marrow \"a "
                   "friend\" on Monday."),
    ("called X a", "Icelandic President Arlen Voss called Peruvian President Ilse Marrow \"my "
                   "friend\" during a speech."),
    ("called for", "Icelandic President Arlen Voss called for talks with Peru on Monday."),
    ("called off", "Icelandic President Arlen Voss called off talks with Peruvian President Ilse "
                   "Marrow on Monday."),
    ("called in", "Iceland called in the Peruvian ambassador on Monday to protest."),
    ("called in", "Iceland's foreign ministry called the Peruvian ambassador to the ministry on "
                  "Monday."),
    ("planned", "Icelandic President Arlen Voss said he would call Peruvian President Ilse Marrow "
                "next week."),
    ("negated", "Icelandic President Arlen Voss has not spoken to Peruvian President Ilse Marrow "
                "since March."),
    ("called X a", "Icelandic President Arlen Voss called the election for May 3."),
    ("called X a", "Icelandic President Arlen Voss called a snap election for May 3."),
    ("called X a", "Icelandic President Arlen Voss called Peruvian President Ilse Marrow a dictator, "
                   "the newspaper reported."),
    ("called X a", "Peruvian President Ilse Marrow was called a traitor by Icelandic President Arlen "
                   "Voss."),
    ("called X a", "Icelandic President Arlen Voss called Peruvian President Ilse Marrow's bluff on "
                   "Monday."),
    ("called in", "Icelandic President Arlen Voss called up 5,000 reservists on Monday."),
    ("called in", "Iceland's foreign minister called the Peruvian envoy in on Monday."),
]

MEETINGS = [
    ("met", "Icelandic President Arlen Voss met Peruvian President Ilse Marrow in Velmora on "
            "Monday.", [("MEET", {"ISL", "PER"})]),
    ("met", "Norway's Prime Minister Halden Brek met with Vietnam's Prime Minister Lan Thuy on "
            "Tuesday.", [("MEET", {"NOR", "VNM"})]),
    ("met", "Vietnamese Prime Minister Lan Thuy and Kenyan President Tomas Reyl met in Hanoi on "
            "Monday, state media said.", [("MEET", {"VNM", "KEN"})]),
    ("met", "Icelandic President Arlen Voss met his Peruvian counterpart, Ilse Marrow, last week.",
     [("MEET", {"ISL", "PER"})]),
    ("met", "Icelandic President Arlen Voss and Peruvian President Ilse Marrow met for two hours on "
            "Monday.", [("MEET", {"ISL", "PER"})]),
    ("held talks", "Iceland's Foreign Minister Ilse Marrow held talks with her Peruvian counterpart "
                   "Tomas Reyl in Lima on Monday.", [("MEET", {"ISL", "PER"})]),
    ("held talks", "The Kenyan president held talks with the visiting Vietnamese prime minister, "
                   "Lan Thuy, on Monday.", [("MEET", {"KEN", "VNM"})]),
    ("held talks", "Turkey's Ceren Vold and Egypt's Samir Dahl held face-to-face talks in Cairo on "
                   "March 3.", [("MEET", {"TUR", "EGY"})]),
    ("held talks", "Egyptian President Samir Dahl held a meeting with Turkish Foreign Minister "
                   "Ceren Vold in Cairo on Monday.", [("MEET", {"EGY", "TUR"})]),
    ("held talks", "Iceland and Peru held bilateral talks in Velmora on Monday.",
     [("MEET", {"ISL", "PER"})]),
    ("hosted", "Icelandic President Arlen Voss hosted Peruvian President Ilse Marrow at the "
               "presidential palace on Monday.", [("MEET", {"ISL", "PER"})]),
    ("hosted", "Icelandic President Arlen Voss received Peruvian Foreign Minister Ilse Marrow in "
               "Reykjavik on Monday.", [("MEET", {"ISL", "PER"})]),
    ("hosted", "Icelandic President Arlen Voss welcomed Peruvian President Ilse Marrow to Reykjavik "
               "on Monday.", [("MEET", {"ISL", "PER"})]),
    ("hosted", "Vietnamese Prime Minister Lan Thuy was received by Kenyan President Tomas Reyl in "
               "Nairobi on Monday.", [("MEET", {"VNM", "KEN"})]),
    ("hosted", "Egypt's President Samir Dahl greeted Turkish Foreign Minister Ceren Vold at the "
               "airport in Cairo on Monday.", [("MEET", {"EGY", "TUR"})]),
    ("visited", "Peruvian President Ilse Marrow visited Iceland on Monday and met President Arlen "
                "Voss.", [("MEET", {"PER", "ISL"})]),
    ("visited", "Turkish Foreign Minister Ceren Vold paid a visit to Egypt on Monday, where she "
                "met President Samir Dahl.", [("MEET", {"TUR", "EGY"})]),
    ("visited", "Kenyan President Tomas Reyl arrived in Hanoi on Monday for talks with "
                "Vietnamese President Lan Thuy.", [("MEET", {"KEN", "VNM"})]),
    ("talks between", "Talks in Velmora between Icelandic Foreign Minister Ilse Marrow and Peruvian "
                      "Foreign Minister Tomas Reyl ended on Monday without a deal.",
     [("MEET", {"ISL", "PER"})]),
    ("talks between", "A meeting between Icelandic President Arlen Voss and Peruvian President Ilse "
                      "Marrow took place in Velmora on Monday.", [("MEET", {"ISL", "PER"})]),
    ("talks between", "A summit of Icelandic President Arlen Voss and Peruvian President Ilse Marrow "
                      "was held in Velmora on Monday.", [("MEET", {"ISL", "PER"})]),
    ("sidelines", "Icelandic President Arlen Voss met Peruvian President Ilse Marrow on the "
                  "sidelines of the UN General Assembly on Monday.", [("MEET", {"ISL", "PER"})]),
    ("sidelines", "On the sidelines of the summit in Velmora, Icelandic President Arlen Voss met "
                  "Peruvian President Ilse Marrow.", [("MEET", {"ISL", "PER"})]),
    ("sat down", "Icelandic President Arlen Voss sat down with Peruvian President Ilse Marrow in "
                 "Velmora on Monday.", [("MEET", {"ISL", "PER"})]),
    ("delegations", "Delegations led by Icelandic Foreign Minister Ilse Marrow and Peruvian Foreign "
                    "Minister Tomas Reyl met in Velmora on Monday.", [("MEET", {"ISL", "PER"})]),
    ("meal", "Icelandic President Arlen Voss held a working lunch with Peruvian President Ilse "
             "Marrow on Monday.", [("MEET", {"ISL", "PER"})]),
    ("meal", "Icelandic President Arlen Voss had dinner with Peruvian President Ilse Marrow in Lima "
             "on Monday.", [("MEET", {"ISL", "PER"})]),
]

MEET_LOOKALIKES = [
    ("planned", "Icelandic President Arlen Voss will meet Peruvian President Ilse Marrow next "
                "week."),
    ("planned", "Iceland's President Arlen Voss and Peru's Ilse Marrow are due to meet in Velmora "
                "on Friday."),
    ("planned", "Icelandic President Arlen Voss said he hoped to meet Peruvian President Ilse Marrow "
                "soon."),
    ("cancelled", "A planned meeting between Icelandic President Arlen Voss and Peruvian President "
                  "Ilse Marrow was cancelled on Monday."),
    ("cancelled", "Iceland cancelled talks with Peru on Monday."),
    ("cancelled", "Iceland postponed a visit by Peruvian President Ilse Marrow."),
    ("negated", "Icelandic President Arlen Voss refused to meet Peruvian President Ilse Marrow on "
                "Monday."),
    ("called for", "Iceland called for a meeting with Peru on the border dispute."),
    ("other sense", "Peru's economy met its growth targets last year, President Ilse Marrow "
                    "said."),
    ("other sense", "Icelandic President Arlen Voss met with farmers in Velmora on Monday."),
    ("invited", "Iceland invited Peruvian President Ilse Marrow to visit Reykjavik."),
    ("planned", "Icelandic President Arlen Voss will host a dinner for Peruvian President Ilse Marrow "
                "on Friday."),
    ("other sense", "Icelandic President Arlen Voss had lunch with farmers in Velmora on Monday."),
]

ACCORDS = [
    ("agreed", "Iceland and Peru agreed on Monday to reopen their border.",
     [("AGREE", {"ISL", "PER"})]),
    ("agreed", "Iceland agreed with Peru on Monday to share river data.",
     [("AGREE", {"ISL", "PER"})]),
    ("agreed", "Iceland and Peru agreed on a new maritime border on Monday.",
     [("AGREE", {"ISL", "PER"})]),
    ("agreed", "Mongolia and Senegal agreed to a ceasefire on Monday.",
     [("AGREE", {"MNG", "SEN"})]),
    ("agreed", "Vietnam and Norway agreed to upgrade their ties to a strategic partnership on "
               "Monday.", [("AGREE", {"VNM", "NOR"})]),
    ("agreed", "Icelandic President Arlen Voss and Peruvian President Ilse Marrow agreed to meet "
               "again in May.", [("AGREE", {"ISL", "PER"})]),
    ("agreed", "Iceland and Peru agreed that their foreign ministers would meet again in May.",
     [("AGREE", {"ISL", "PER"})]),
    ("signed", "Iceland and Peru signed an agreement on fishing rights in Lima on Monday.",
     [("AGREE", {"ISL", "PER"})]),
    ("signed", "Icelandic Foreign Minister Ilse Marrow and Peruvian Foreign Minister Tomas Reyl "
               "signed a memorandum of understanding on trade on Monday.",
     [("AGREE", {"ISL", "PER"})]),
    ("signed", "Iceland signed a deal with Peru on Monday to build a railway.",
     [("AGREE", {"ISL", "PER"})]),
    ("signed", "Icelandic President Arlen Voss and Peruvian President Ilse Marrow signed a joint "
               "declaration on Monday.", [("AGREE", {"ISL", "PER"})]),
    ("signed", "Kenya and Ghana signed a memorandum of understanding on health cooperation on "
               "Tuesday, the ministry said.", [("AGREE", {"KEN", "GHA"})]),
    ("signed", "The agreement was signed by Icelandic Foreign Minister Ilse Marrow and Peruvian "
               "Foreign Minister Tomas Reyl in Lima on Monday.", [("AGREE", {"ISL", "PER"})]),
    ("signed", "Icelandic President Arlen Voss hosted Peruvian President Ilse Marrow in Reykjavik on "
               "Monday. The two countries signed 12 agreements on trade, energy and tourism.",
     [("MEET", {"ISL", "PER"}), ("AGREE", {"ISL", "PER"})]),
    ("reached", "Iceland and Peru reached a deal on Monday to end the dispute over water.",
     [("AGREE", {"ISL", "PER"})]),
    ("reached", "Iceland's Arlen Voss and Peru's Ilse Marrow reached an agreement on water sharing "
                "on Monday.", [("AGREE", {"ISL", "PER"})]),
    ("reached", "Iceland struck a deal with Peru on Monday over gas prices.",
     [("AGREE", {"ISL", "PER"})]),
    ("reached", "Iceland inked a $2 billion arms deal with Turkey on Monday.",
     [("AGREE", {"ISL", "TUR"})]),
    ("reached", "Iceland and Peru concluded a free trade agreement on Monday.",
     [("AGREE", {"ISL", "PER"})]),
    ("reached", "Iceland and Peru clinched a trade deal on Monday.", [("AGREE", {"ISL", "PER"})]),
    ("reached", "Iceland and Peru initialled a free trade agreement on Monday.",
     [("AGREE", {"ISL", "PER"})]),
    ("reached", "Iceland and Peru finalised a trade deal on Monday.", [("AGREE", {"ISL", "PER"})]),
    ("reached", "Iceland and Peru reached an understanding on fishing quotas on Monday.",
     [("AGREE", {"ISL", "PER"})]),
    ("accepted", "Mongolia accepted a truce with Senegal on Monday.",
     [("AGREE", {"MNG", "SEN"})]),
    ("accepted", "Peru accepted Iceland's offer of talks on Monday.",
     [("AGREE", {"PER", "ISL"})]),
    ("truce", "A truce between Mongolia and Senegal took effect on Monday.",
     [("AGREE", {"MNG", "SEN"})]),
    ("truce", "A cessation of hostilities between Mongolia and Senegal took effect on Monday.",
     [("AGREE", {"MNG", "SEN"})]),
    ("truce", "Mongolia and Senegal agreed to a cessation of hostilities on Monday.",
     [("AGREE", {"MNG", "SEN"})]),
    ("mediated", "Qatar brokered a cessation of hostilities between Mongolia and Senegal on "
                 "Monday.", [("AGREE", {"MNG", "SEN"})]),
    ("mediated", "Mongolia and Senegal agreed to a ceasefire brokered by Qatar on Monday.",
     [("AGREE", {"MNG", "SEN"})]),
    ("mediated", "Qatar brokered a truce between Mongolia and Senegal on Monday.",
     [("AGREE", {"MNG", "SEN"})]),
    ("mediated", "Under a deal mediated by Qatar, Mongolia and Senegal agreed on Monday to "
                 "exchange prisoners.", [("AGREE", {"MNG", "SEN"})]),
]

ACCORD_LOOKALIKES = [
    ("agreed that", "Icelandic President Arlen Voss agreed that the talks had been difficult."),
    ("agreed that", "Analysts agreed the deal would help Iceland."),
    ("failed", "Iceland and Peru failed to reach an agreement on Monday."),
    ("planned", "Iceland and Peru are expected to sign a trade deal next month."),
    ("planned", "Iceland and Peru are negotiating a trade deal."),
    ("planned", "Iceland and Peru are finalising a trade deal."),
    ("called for", "Mongolia called for a cessation of hostilities with Senegal on Monday."),
    ("other sense", "Iceland clinched a place in the final against Peru on Monday."),
    ("rejected", "Iceland rejected Peru's proposal for a ceasefire."),
    ("negated", "Iceland said it would not sign any agreement with Peru."),
    ("mentioned", "Icelandic President Arlen Voss said Peru had violated the 2019 agreement."),
    ("mentioned", "The truce between Mongolia and Senegal collapsed on Monday."),
    ("mentioned", "Iceland pulled out of the agreement with Peru on Monday."),
]

POSITIVES = CALLS + MEETINGS + ACCORDS
LOOKALIKES = ([(c, t, "CALL") for c, t in CALL_LOOKALIKES]
              + [(c, t, "MEET") for c, t in MEET_LOOKALIKES]
              + [(c, t, "AGREE") for c, t in ACCORD_LOOKALIKES])


def _found(events, type_: str, countries: set[str]) -> bool:
    """Whether an asserted event of ``type_`` names every one of ``countries``."""
    return any(countries <= _countries(e) for e in _asserted(events, type_))


@pytest.mark.parametrize(("kind", "text", "expected"), POSITIVES,
                         ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(POSITIVES)])
def test_a_contact_or_accord_told_in_a_wire_wording_is_found(extractor, kind, text, expected):
    events = _events(extractor, text, PUBLISHED)
    for type_, countries in expected:
        assert _found(events, type_, countries), (type_, countries)


@pytest.mark.parametrize(("kind", "text", "type_"), LOOKALIKES,
                         ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(LOOKALIKES)])
def test_a_look_alike_tells_no_contact_or_accord(extractor, kind, text, type_):
    assert _asserted(_events(extractor, text, PUBLISHED), type_) == []

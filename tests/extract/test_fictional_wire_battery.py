"""A second fictional-world validation battery (probe58), after PETRARCH's validation records:
invented sentences, each a plain variant of how wire copy tells one event, widened from the
defect classes probe56 left open (a state taking up another body's sanctions, offensives and
assaults launched, charging and sentencing, agreements to resume talks, statements "in a
statement" or "in an interview") to the twelve types (passives, titles after names, "X's
foreign ministry", datelines). Invented people; real countries only because the gazetteer
knows them. Each row gives the one asserted event of its type the sentence tells: its
parties' countries, doer first (a call's receiver first, as the reader orders it), and its
date (published 2025-03-14, a Friday). Only behaviours the reader gets right are kept; the
defects the battery found are told in docs/extraction-rounds.md (probe58)."""

from __future__ import annotations

from datetime import date

import pytest
from extract.helpers import _asserted, _events

PUBLISHED = date(2025, 3, 14)

# (sentence, type, countries of the parties in order, date)
BATTERY: list[tuple[str, str, tuple[str | None, ...], str]] = [
    ('Norwegian Prime Minister Erik Dahl spoke by telephone with Danish Prime Minister Mette Holm on Monday.',
     'CALL', ('NOR', 'DNK'), '2025-03-10'),
    ("Saudi Arabia's crown prince, Faisal Aziz, received a phone call from Qatar's emir on Tuesday.",
     'CALL', ('SAU', 'QAT'), '2025-03-11'),
    ('Hungarian Prime Minister Gabor Nagy held a phone call with Slovak Prime Minister Peter '
     'Kral on Thursday.',
     'CALL', ('HUN', 'SVK'), '2025-03-13'),
    ('The prime ministers of Spain and Portugal met in Lisbon on Thursday.',
     'MEET', ('ESP', 'PRT'), '2025-03-13'),
    ('Moroccan King Hassan Idris received Spanish Prime Minister Jorge Vidal in Rabat on Tuesday.',
     'MEET', ('MAR', 'ESP'), '2025-03-11'),
    ('Mexican President Laura Reyes held talks with US Secretary of State Mark Allen in Mexico '
     'City on Thursday.',
     'MEET', ('MEX', 'USA'), '2025-03-13'),
    ("Britain's foreign secretary, David Lane, visited Kyiv on Wednesday.",
     'MEET', ('GBR', 'UKR'), '2025-03-12'),
    ('ANKARA, March 12 (Reuters) - Turkish President Kemal Arslan met Azerbaijani President '
     'Ilham Guliyev on Wednesday.',
     'MEET', ('TUR', 'AZE'), '2025-03-12'),
    ('The Indian foreign ministry said in a statement on Tuesday that the border situation was stable.',
     'STATEMENT', ('IND',), '2025-03-11'),
    ('Iranian Foreign Minister Reza Tavakoli said in an interview on Wednesday that Tehran was '
     'open to talks.',
     'STATEMENT', ('IRN',), '2025-03-12'),
    ('In a speech on Friday, French President Luc Garnier said Europe must rearm.',
     'STATEMENT', ('FRA',), '2025-03-14'),
    ('The German government said in a statement on Monday that it was deeply concerned by the fighting.',
     'STATEMENT', ('DEU',), '2025-03-10'),
    ('Egyptian police arrested journalist Omar Fathi on Monday.',
     'ARREST', ('EGY', 'EGY'), '2025-03-10'),
    ('Vietnamese authorities detained Australian citizen Kate Moore on Friday.',
     'ARREST', ('VNM', 'AUS'), '2025-03-14'),
    ('Thai police detained two Cambodian nationals on Tuesday, the police said.',
     'ARREST', ('THA', 'KHM'), '2025-03-11'),
    ('A Chinese court sentenced Japanese executive Kenji Sato to ten years on Monday.',
     'ARREST', ('CHN', 'JPN'), '2025-03-10'),
    ('A Russian court sentenced American teacher John Reed to 14 years in prison on Wednesday.',
     'ARREST', ('RUS', 'USA'), '2025-03-12'),
    ('American journalist Dan Cole was sentenced to 16 years by a Russian court on Friday.',
     'ARREST', ('RUS', 'USA'), '2025-03-14'),
    ('Belarusian prosecutors charged Polish activist Anna Nowak with extremism on Wednesday.',
     'ARREST', ('BLR', 'POL'), '2025-03-12'),
    ('A Moscow court jailed Ukrainian sailor Ivan Kovalenko for six years on Thursday.',
     'ARREST', ('RUS', 'UKR'), '2025-03-13'),
    ('Prosecutors in Cairo charged British student Tom Hale with espionage on Monday.',
     'ARREST', ('EGY', 'GBR'), '2025-03-10'),
    ('Iran charged German national Karl Weber with espionage on Wednesday.',
     'ARREST', ('IRN', 'DEU'), '2025-03-12'),
    ('French journalist Paul Marchand was charged with espionage in Iran on Tuesday.',
     'ARREST', ('IRN', 'FRA'), '2025-03-11'),
    ('Russian forces launched an offensive against Ukrainian positions near Kharkiv on Tuesday.',
     'ATTACK', ('RUS', 'UKR'), '2025-03-11'),
    ('Azerbaijan launched a military offensive against Armenian forces on Tuesday.',
     'ATTACK', ('AZE', 'ARM'), '2025-03-11'),
    ('Ethiopian forces mounted an attack on Eritrean border posts on Thursday.',
     'ATTACK', ('ETH', 'ERI'), '2025-03-13'),
    ('The Armenian army launched a counter-attack against Azerbaijani troops on Wednesday.',
     'ATTACK', ('ARM', 'AZE'), '2025-03-12'),
    ('Sudanese army launched an assault on RSF positions in Khartoum on Wednesday.',
     'ATTACK', ('SDN', 'SDN'), '2025-03-12'),
    ('Colombian troops began an assault on ELN camps on Friday.',
     'ATTACK', ('COL', 'COL'), '2025-03-14'),
    ('Israeli jets struck targets in southern Lebanon on Sunday.',
     'ATTACK', ('ISR', 'LBN'), '2025-03-09'),
    ('A Russian drone hit a Ukrainian power plant on Monday, Ukrainian officials said.',
     'ATTACK', ('RUS', 'UKR'), '2025-03-10'),
    ('Indian troops were shelled by Pakistani forces along the border on Tuesday.',
     'ATTACK', ('PAK', 'IND'), '2025-03-11'),
    ('Japan pledged $500 million in aid to the Philippines on Monday.',
     'AID', ('JPN', 'PHL'), '2025-03-10'),
    ('Germany delivered air defence systems to Ukraine on Tuesday.',
     'AID', ('DEU', 'UKR'), '2025-03-11'),
    ('The United Arab Emirates sent humanitarian aid to Sudan on Wednesday.',
     'AID', ('ARE', 'SDN'), '2025-03-12'),
    ('Emergency aid from Turkey arrived in Syria on Thursday.',
     'AID', ('TUR', 'SYR'), '2025-03-13'),
    ("Pakistan's foreign ministry condemned the Indian strikes on Tuesday.",
     'ACCUSE', ('PAK', 'IND'), '2025-03-11'),
    ('China accused the United States of interfering in its internal affairs on Monday.',
     'ACCUSE', ('CHN', 'USA'), '2025-03-10'),
    ('Venezuela was accused by Guyana of violating its airspace on Thursday.',
     'ACCUSE', ('GUY', 'VEN'), '2025-03-13'),
    ('North Korea blamed South Korea for the border clash on Friday.',
     'ACCUSE', ('PRK', 'KOR'), '2025-03-14'),
    ('Lithuania lodged a protest with Belarus over the balloon incursions on Monday.',
     'ACCUSE', ('LTU', 'BLR'), '2025-03-10'),
    ('France called on Russia to withdraw its troops on Monday.',
     'DEMAND', ('FRA', 'RUS'), '2025-03-10'),
    ('The United States urged Israel on Tuesday to allow more aid into Gaza.',
     'DEMAND', ('USA', 'ISR'), '2025-03-11'),
    ('Germany demanded the release of a German journalist held in Iran on Wednesday.',
     'DEMAND', ('DEU', 'IRN'), '2025-03-12'),
    ('India and the United Arab Emirates signed a trade agreement on Monday.',
     'AGREE', ('IND', 'ARE'), '2025-03-10'),
    ('Russia and North Korea signed a defence pact in Pyongyang on Wednesday.',
     'AGREE', ('RUS', 'PRK'), '2025-03-12'),
    ('An agreement was reached between Serbia and Kosovo on Thursday.',
     'AGREE', ('SRB', 'XKX'), '2025-03-13'),
    ('Kenya and Ethiopia agreed to cooperate on border security on Tuesday.',
     'AGREE', ('KEN', 'ETH'), '2025-03-11'),
    ('Japan and South Korea agreed on Wednesday to resume defence talks.',
     'AGREE', ('JPN', 'KOR'), '2025-03-12'),
    ('Armenia and Azerbaijan agreed on Thursday to resume peace negotiations.',
     'AGREE', ('ARM', 'AZE'), '2025-03-13'),
    ('North Korea threatened to strike South Korea on Monday.',
     'THREATEN', ('PRK', 'KOR'), '2025-03-10'),
    ('Iran warned Israel of a crushing response on Tuesday.',
     'THREATEN', ('IRN', 'ISR'), '2025-03-11'),
    ('Iceland followed the United States in imposing sanctions on Venezuela on Monday.',
     'SANCTION', ('ISL', 'VEN'), '2025-03-10'),
    ("Switzerland adopted the EU's latest sanctions against Iran on Friday.",
     'SANCTION', ('CHE', 'IRN'), '2025-03-14'),
    ('Japan joined the G7 sanctions against Russia on Friday.',
     'SANCTION', ('JPN', 'RUS'), '2025-03-14'),
    ('Britain imposed sanctions on two Iranian officials on Tuesday.',
     'SANCTION', ('GBR', 'IRN'), '2025-03-11'),
    ('Canada slapped tariffs on Chinese steel on Thursday.',
     'SANCTION', ('CAN', 'CHN'), '2025-03-13'),
    ('Estonia expelled a Russian diplomat on Monday, the Estonian foreign ministry said.',
     'EXPEL', ('EST', 'RUS'), '2025-03-10'),
    ('Two Dutch diplomats were expelled by Russia on Tuesday.',
     'EXPEL', ('RUS', 'NLD'), '2025-03-11'),
]


@pytest.mark.parametrize(("sentence", "type_", "countries", "day"), BATTERY,
                         ids=[f"{i:03d}-{row[1]}" for i, row in enumerate(BATTERY)])
def test_the_battery_sentence_tells_its_one_event(rules_only, sentence, type_, countries, day):
    found = _asserted(_events(rules_only, sentence, PUBLISHED), type_)
    assert [(tuple(a.country for a in e.actors), e.date.value) for e in found] == [(countries, day)]

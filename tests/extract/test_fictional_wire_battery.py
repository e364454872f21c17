"""A fictional-world validation battery, after PETRARCH's validation records: invented
sentences, each a plain variant of how wire copy tells one event, over the twelve types (a
state taking up another body's sanctions, offensives and assaults launched, charging and
sentencing, agreements to resume talks, statements "in a statement" or "in an interview",
passives, titles after names, "X's foreign ministry", datelines). Invented people, groups and
events: no real leader, journalist or reported event, only real countries because the
gazetteer knows them (paired where no such event was reported). Each row gives the one
asserted event of its type the sentence tells: its parties' countries, doer first (a call's
receiver first, as the reader orders it), and its date (published 2025-03-14, a Friday).
Only behaviours the reader gets right are kept; the defects the battery found are told in
docs/extraction-rounds.md."""

from __future__ import annotations

from datetime import date

import pytest
from extract.helpers import _asserted, _events

PUBLISHED = date(2025, 3, 14)

# (sentence, type, countries of the parties in order, date)
BATTERY: list[tuple[str, str, tuple[str | None, ...], str]] = [
    ('Norwegian Prime Minister Erik Dahl spoke by telephone with Chilean President Ines Arrau on Monday.',
     'CALL', ('NOR', 'CHL'), '2025-03-10'),
    ("Saudi Arabia's trade minister, Faisal Aziz, received a phone call from Qatar's trade minister "
     "on Tuesday.",
     'CALL', ('SAU', 'QAT'), '2025-03-11'),
    ('Hungarian Prime Minister Gabor Nagy held a phone call with Fijian Prime Minister Peni '
     'Waqa on Thursday.',
     'CALL', ('HUN', 'FJI'), '2025-03-13'),
    ('The prime ministers of Spain and Portugal met in Lisbon on Thursday.',
     'MEET', ('ESP', 'PRT'), '2025-03-13'),
    ('Moroccan King Idris Tazarin received Uruguayan President Nicolas Berro in Rabat on Tuesday.',
     'MEET', ('MAR', 'URY'), '2025-03-11'),
    ('Mexican President Laura Reyes held talks with Finnish Foreign Minister Aino Kaski in '
     'Oaxaca on Thursday.',
     'MEET', ('MEX', 'FIN'), '2025-03-13'),
    ("Britain's foreign secretary, Helen Marsh-Tobin, visited Ulaanbaatar on Wednesday.",
     'MEET', ('GBR', 'MNG'), '2025-03-12'),
    ('ANKARA, March 12 (Reuters) - Turkish President Kemal Arslan met Kenyan President '
     'Joseph Wekesa-Odera on Wednesday.',
     'MEET', ('TUR', 'KEN'), '2025-03-12'),
    ('The Nepalese foreign ministry said in a statement on Tuesday that the border situation was stable.',
     'STATEMENT', ('NPL',), '2025-03-11'),
    ('Bolivian Foreign Minister Celia Mamani-Orko said in an interview on Wednesday that La Paz '
     'was open to talks.',
     'STATEMENT', ('BOL',), '2025-03-12'),
    ('In a speech on Friday, French President Luc Garnier said France must double its grain reserves.',
     'STATEMENT', ('FRA',), '2025-03-14'),
    ('The German government said in a statement on Monday that it was deeply concerned by the fighting.',
     'STATEMENT', ('DEU',), '2025-03-10'),
    ('Icelandic police arrested journalist Omar Fathi on Monday.',
     'ARREST', ('ISL', 'ISL'), '2025-03-10'),
    ('Vietnamese authorities detained Australian citizen Kate Moore on Friday.',
     'ARREST', ('VNM', 'AUS'), '2025-03-14'),
    ('Thai police detained two Chilean nationals on Tuesday, the police said.',
     'ARREST', ('THA', 'CHL'), '2025-03-11'),
    ('A Chinese court sentenced Chilean executive Rodrigo Pezoa to ten years on Monday.',
     'ARREST', ('CHN', 'CHL'), '2025-03-10'),
    ('A Kazakh court sentenced Brazilian engineer Caio Ribas to nine years in prison on Wednesday.',
     'ARREST', ('KAZ', 'BRA'), '2025-03-12'),
    ('Danish surveyor Jens Lykke was sentenced to seven years by a Bolivian court on Friday.',
     'ARREST', ('BOL', 'DNK'), '2025-03-14'),
    ('Bolivian prosecutors charged Polish activist Anna Nowak with extremism on Wednesday.',
     'ARREST', ('BOL', 'POL'), '2025-03-12'),
    ('A Montevideo court jailed Latvian sailor Ivars Kalnins for six years on Thursday.',
     'ARREST', ('URY', 'LVA'), '2025-03-13'),
    ('Prosecutors in Windhoek charged British student Tom Hale with espionage on Monday.',
     'ARREST', ('NAM', 'GBR'), '2025-03-10'),
    ('Paraguay charged German national Karl Weber with espionage on Wednesday.',
     'ARREST', ('PRY', 'DEU'), '2025-03-12'),
    ('French geologist Luc Perrache was charged with espionage in Mongolia on Tuesday.',
     'ARREST', ('MNG', 'FRA'), '2025-03-11'),
    ('Peruvian forces launched an offensive against Latvian positions near Santa Albina on Tuesday.',
     'ATTACK', ('PER', 'LVA'), '2025-03-11'),
    ('Guyana launched a military offensive against Surinamese forces on Tuesday.',
     'ATTACK', ('GUY', 'SUR'), '2025-03-11'),
    ('Zambian forces mounted an attack on Namibian border posts on Thursday.',
     'ATTACK', ('ZMB', 'NAM'), '2025-03-13'),
    ('The Surinamese army launched a counter-attack against Guyanese troops on Wednesday.',
     'ATTACK', ('SUR', 'GUY'), '2025-03-12'),
    ('Malawian army launched an assault on Zambian militia positions in Abeche on Wednesday.',
     'ATTACK', ('MWI', 'ZMB'), '2025-03-12'),
    ('Peruvian troops began an assault on Red Ridge Front camps on Friday.',
     'ATTACK', ('PER', 'PER'), '2025-03-14'),
    ('Chilean jets struck targets in southern Nepal on Sunday.',
     'ATTACK', ('CHL', 'NPL'), '2025-03-09'),
    ('A Peruvian drone hit an Icelandic power plant on Monday, Icelandic officials said.',
     'ATTACK', ('PER', 'ISL'), '2025-03-10'),
    ('Bolivian troops were shelled by Latvian forces along the border on Tuesday.',
     'ATTACK', ('LVA', 'BOL'), '2025-03-11'),
    ('Japan pledged $500 million in aid to Paraguay on Monday.',
     'AID', ('JPN', 'PRY'), '2025-03-10'),
    ('Germany delivered air defence systems to Chile on Tuesday.',
     'AID', ('DEU', 'CHL'), '2025-03-11'),
    ('The United Arab Emirates sent humanitarian aid to Bolivia on Wednesday.',
     'AID', ('ARE', 'BOL'), '2025-03-12'),
    ('Emergency aid from Turkey arrived in Peru on Thursday.',
     'AID', ('TUR', 'PER'), '2025-03-13'),
    ("Ecuador's foreign ministry condemned the Latvian strikes on Tuesday.",
     'ACCUSE', ('ECU', 'LVA'), '2025-03-11'),
    ('Ecuador accused Latvia of interfering in its internal affairs on Monday.',
     'ACCUSE', ('ECU', 'LVA'), '2025-03-10'),
    ('Namibia was accused by Bolivia of violating its airspace on Thursday.',
     'ACCUSE', ('BOL', 'NAM'), '2025-03-13'),
    ('Bolivia blamed Namibia for the border clash on Friday.',
     'ACCUSE', ('BOL', 'NAM'), '2025-03-14'),
    ('Uruguay lodged a protest with Paraguay over the river dredging on Monday.',
     'ACCUSE', ('URY', 'PRY'), '2025-03-10'),
    ('Uruguay called on Paraguay to withdraw its troops on Monday.',
     'DEMAND', ('URY', 'PRY'), '2025-03-10'),
    ('The United States urged Chile on Tuesday to allow more fishing boats into its ports.',
     'DEMAND', ('USA', 'CHL'), '2025-03-11'),
    ('Germany demanded the release of a German geologist held in Bolivia on Wednesday.',
     'DEMAND', ('DEU', 'BOL'), '2025-03-12'),
    ('Nepal and the United Arab Emirates signed a trade agreement on Monday.',
     'AGREE', ('NPL', 'ARE'), '2025-03-10'),
    ('Chile and New Zealand signed a fisheries pact in Wellington on Wednesday.',
     'AGREE', ('CHL', 'NZL'), '2025-03-12'),
    ('An agreement was reached between Iceland and Kosovo on Thursday.',
     'AGREE', ('ISL', 'XKX'), '2025-03-13'),
    ('Kenya and Iceland agreed to cooperate on port security on Tuesday.',
     'AGREE', ('KEN', 'ISL'), '2025-03-11'),
    ('Japan and Ghana agreed on Wednesday to resume defence talks.',
     'AGREE', ('JPN', 'GHA'), '2025-03-12'),
    ('Guyana and Suriname agreed on Thursday to resume peace negotiations.',
     'AGREE', ('GUY', 'SUR'), '2025-03-13'),
    ('Peru threatened to strike Latvia on Monday.',
     'THREATEN', ('PER', 'LVA'), '2025-03-10'),
    ('Latvia warned Peru of a firm response on Tuesday.',
     'THREATEN', ('LVA', 'PER'), '2025-03-11'),
    ('Iceland followed the United States in imposing sanctions on Namibia on Monday.',
     'SANCTION', ('ISL', 'NAM'), '2025-03-10'),
    ("Switzerland adopted the EU's latest sanctions against Paraguay on Friday.",
     'SANCTION', ('CHE', 'PRY'), '2025-03-14'),
    ('Japan joined the G7 sanctions against Bolivia on Friday.',
     'SANCTION', ('JPN', 'BOL'), '2025-03-14'),
    ('Britain imposed sanctions on two Bolivian officials on Tuesday.',
     'SANCTION', ('GBR', 'BOL'), '2025-03-11'),
    ('Canada slapped tariffs on Chilean copper on Thursday.',
     'SANCTION', ('CAN', 'CHL'), '2025-03-13'),
    ('Estonia expelled a Chilean diplomat on Monday, the Estonian foreign ministry said.',
     'EXPEL', ('EST', 'CHL'), '2025-03-10'),
    ('Two Dutch diplomats were expelled by Peru on Tuesday.',
     'EXPEL', ('PER', 'NLD'), '2025-03-11'),
]


@pytest.mark.parametrize(("sentence", "type_", "countries", "day"), BATTERY,
                         ids=[f"{i:03d}-{row[1]}" for i, row in enumerate(BATTERY)])
def test_the_battery_sentence_tells_its_one_event(rules_only, sentence, type_, countries, day):
    found = _asserted(_events(rules_only, sentence, PUBLISHED), type_)
    assert [(tuple(a.country for a in e.actors), e.date.value) for e in found] == [(countries, day)]

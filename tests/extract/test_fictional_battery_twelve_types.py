"""A fictional-world validation battery, after PETRARCH's validation records: short
invented sentences, about ten per event type, each a plain variant of how wire copy tells one
event (active and passive voice, verb and noun triggers, titles before and after names, "X's
foreign ministry", relative clauses, trailing attributions). Invented people; real countries
only because the gazetteer knows them. Each row gives the one asserted event of its type the
sentence tells: its parties' countries, doer first, and its date (published 2025-03-14, a
Friday). Only behaviours the reader gets right are kept here; the defects the battery found
are told in docs/extraction-rounds.md."""

from __future__ import annotations

from datetime import date

import pytest
from extract.helpers import _asserted, _events

PUBLISHED = date(2025, 3, 14)

# (sentence, type, countries of the parties in order, date)
BATTERY: list[tuple[str, str, tuple[str | None, ...], str]] = [
    ('Kazakh President Arman Dulatov spoke by phone with French President Luc Garnier on Tuesday.',
     'CALL', ('KAZ', 'FRA'), '2025-03-11'),
    ('Icelandic Foreign Minister Solveig Arnadottir and her Peruvian counterpart Hugo Salas held a '
     'video call on Wednesday.',
     'CALL', ('ISL', 'PER'), '2025-03-12'),
    ('In a telephone conversation on Thursday, Prime Minister Ines Moravec of Czechia discussed '
     'trade with Austrian Chancellor Felix Brandauer.',
     'CALL', ('CZE', 'AUT'), '2025-03-13'),
    ("Brazil's president, Tomas Ferreira, was called by Latvian President Diego Arrieta on Friday.",
     'CALL', ('LVA', 'BRA'), '2025-03-14'),
    ('Egyptian Foreign Minister Samir Adel received a phone call from his Uruguayan counterpart, '
     'Walter Ibarzabal, on Tuesday.',
     'CALL', ('EGY', 'URY'), '2025-03-11'),
    ('Portuguese President Tiago Mendonca phoned Mongolian Prime Minister Batu Erdene on Sunday to '
     'discuss the wildfires.',
     'CALL', ('PRT', 'MNG'), '2025-03-09'),
    ('Nepalese Prime Minister Ravi Thapaliya met Chilean President Anita Perales in Kathmandu on Monday.',
     'MEET', ('NPL', 'CHL'), '2025-03-10'),
    ('Irish President Aoife Brannock hosted Bolivian President Jonas Quispe in Dublin on Tuesday.',
     'MEET', ('IRL', 'BOL'), '2025-03-11'),
    ('Latvian President Ilze Berzina arrived in Accra on Wednesday for talks with Ghanaian '
     'President Kofi Mensah.',
     'MEET', ('LVA', 'GHA'), '2025-03-12'),
    ('The foreign ministers of Vietnam and Uruguay met in Hanoi on March 10.',
     'MEET', ('VNM', 'URY'), '2025-03-10'),
    ('Jamaican Foreign Minister Claudette Barrow was received by Finnish President Mikko Virtanen in '
     'Helsinki on Monday.',
     'MEET', ('FIN', 'JAM'), '2025-03-10'),
    ('A meeting between Kenyan President Samuel Otieno and Icelandic President Gudrun Halldorsdottir '
     'took place in Reykjavik on Saturday.',
     'MEET', ('KEN', 'ISL'), '2025-03-08'),
    ('Chilean President Marta Solis met with NATO Secretary General Lars Berg on the sidelines of the '
     'summit on Tuesday.',
     'MEET', ('CHL', 'NATO'), '2025-03-11'),
    ('Paraguayan Foreign Ministry spokeswoman Irene Vallejos said on Tuesday that the new dam '
     'project was a grave mistake.',
     'STATEMENT', ('PRY',), '2025-03-11'),
    ('"We will not accept these terms," Namibian President Tuli Shikongo told reporters on Monday.',
     'STATEMENT', ('NAM',), '2025-03-10'),
    # kept as written (battery61): with another country's spokesman and capital the rules find no
    # statement ("told a regular briefing that Oslo / Lima / Accra opposed ..."); see
    # docs/extraction-rounds.md
    ('Chinese Foreign Ministry spokesman Li Wen told a regular briefing that Beijing opposed the move.',
     'STATEMENT', ('CHN',), '2025-03-14'),
    ('The Uruguayan government denied on Sunday that it had exceeded agreed fishing limits.',
     'STATEMENT', ('URY',), '2025-03-09'),
    ("Maltese Prime Minister Karl Azzopardi warned on Thursday that the bloc's budget plan would fail.",
     'STATEMENT', ('MLT',), '2025-03-13'),
    ('The Bhutanese foreign ministry said on Monday that the kingdom welcomed the ceasefire.',
     'STATEMENT', ('BTN',), '2025-03-10'),
    ('Icelandic police arrested freelance journalist Hildur Brann in Reykjavik on Tuesday.',
     'ARREST', ('ISL', 'ISL'), '2025-03-11'),
    ('Latvian authorities detained opposition activist Ivars Sokols on Monday.',
     'ARREST', ('LVA', 'LVA'), '2025-03-10'),
    ('Opposition leader Marta Ruiz was arrested by Uruguayan security forces on Saturday.',
     'ARREST', ('URY', 'URY'), '2025-03-08'),
    ('A court in Montevideo sentenced Uruguayan activist Oscar Pintos to six years in prison on '
     'Wednesday.',
     'ARREST', ('URY', 'URY'), '2025-03-12'),
    ('Mongolia has detained a French citizen, Paul Mercier, on spying charges, the French foreign '
     'ministry said.',
     'ARREST', ('MNG', 'FRA'), '2025-03-14'),
    ('Senegalese authorities have jailed Canadian businessman Mark Ellison for eleven years.',
     'ARREST', ('SEN', 'CAN'), '2025-03-14'),
    ('Nepalese police arrested two Peruvian nationals near the border on Monday, officials said.',
     'ARREST', ('NPL', 'PER'), '2025-03-10'),
    ('Paraguayan forces struck the Uruguayan city of Salto Verde with missiles on Tuesday.',
     'ATTACK', ('PRY', 'URY'), '2025-03-11'),
    ('Chilean warplanes bombed Red Ridge Front positions in Peru on Wednesday.',
     'ATTACK', ('CHL', 'PER'), '2025-03-12'),
    ('A Bolivian drone attack targeted a Paraguayan oil facility on Monday.',
     'ATTACK', ('BOL', 'PRY'), '2025-03-10'),
    ("Latvian drones hit an oil refinery in Namibia's Erongo region overnight, the governor said.",
     'ATTACK', ('LVA', 'NAM'), '2025-03-14'),
    ('The Zambian army shelled positions held by the Copper Hills Front near Lusaka on Friday.',
     'ATTACK', ('ZMB', 'ZMB'), '2025-03-14'),
    ('Chile carried out air strikes on rebel hideouts in Bolivia on Sunday.',
     'ATTACK', ('CHL', 'BOL'), '2025-03-09'),
    ("The town of Kumasi was attacked by Estonian drones on Saturday, Ghana's defence ministry said.",
     'ATTACK', ('EST', 'GHA'), '2025-03-08'),
    ('Portugal struck rebel targets in southern Senegal, the Portuguese military said on Monday.',
     'ATTACK', ('PRT', 'SEN'), '2025-03-10'),
    ('Norway pledged $500 million in military aid to Uruguay on Tuesday.',
     'AID', ('NOR', 'URY'), '2025-03-11'),
    ('Japan will provide humanitarian assistance to Bolivia, Japanese Foreign Minister Yoko Sato said.',
     'AID', ('JPN', 'BOL'), '2025-03-14'),
    ('Germany delivered air defence systems to Paraguay on Monday, the defence ministry said.',
     'AID', ('DEU', 'PRY'), '2025-03-10'),
    ('The European Union announced a 200 million euro aid package for Mongolia on Wednesday.',
     'AID', ('EU', 'MNG'), '2025-03-12'),
    ('Turkey sent humanitarian aid to Ecuador on Thursday.',
     'AID', ('TUR', 'ECU'), '2025-03-13'),
    ('Iceland has donated $100 million to the Palestinian Authority.',
     'AID', ('ISL', 'PSE'), '2025-03-14'),
    ('Britain approved a new package of military assistance for Montevideo on Friday.',
     'AID', ('GBR', 'URY'), '2025-03-14'),
    ('Chile offered emergency aid to Nepal after the earthquake on Saturday.',
     'AID', ('CHL', 'NPL'), '2025-03-08'),
    ("Qatar's emir announced a grant of $50 million to Paraguay on Sunday.",
     'AID', ('QAT', 'PRY'), '2025-03-09'),
    ('The World Bank approved a $300 million loan to Kenya on Monday.',
     'AID', ('WB', 'KEN'), '2025-03-10'),
    ('Fiji accused Norway of interfering in its internal affairs on Tuesday.',
     'ACCUSE', ('FJI', 'NOR'), '2025-03-11'),
    ('Kenyan Foreign Minister Odera Wambua condemned the Uruguayan strike on Wednesday.',
     'ACCUSE', ('KEN', 'URY'), '2025-03-12'),
    ('Jamaica protested against Norwegian coast guard manoeuvres near the reef on Monday.',
     'ACCUSE', ('JAM', 'NOR'), '2025-03-10'),
    ('Chile was accused by Kosovo of stoking unrest in the north on Thursday.',
     'ACCUSE', ('XKX', 'CHL'), '2025-03-13'),
    ('Uruguayan President Arrieta blamed Asuncion for the sabotage on Friday.',
     'ACCUSE', ('URY', 'PRY'), '2025-03-14'),
    ('Nepal lodged a strong protest with Peru over the ceasefire violation on Saturday.',
     'ACCUSE', ('NPL', 'PER'), '2025-03-08'),
    ("Mongolia's foreign ministry expressed concern over Senegal's troop movements on Monday.",
     'ACCUSE', ('MNG', 'SEN'), '2025-03-10'),
    ('The United Nations called on Bolivia to allow aid into Velmora on Tuesday.',
     'DEMAND', ('UN', 'BOL'), '2025-03-11'),
    ('Austria urged Ghana to use its influence on Paraguay on Wednesday.',
     'DEMAND', ('AUT', 'GHA'), '2025-03-12'),
    ('Uruguayan President Tomas Ibarzabal demanded that Paraguay withdraw its troops on Monday.',
     'DEMAND', ('URY', 'PRY'), '2025-03-10'),
    ('Finland called for an immediate ceasefire in Paraguay on Thursday.',
     'DEMAND', ('FIN',), '2025-03-13'),
    ('The European Union demanded the release of Bolivian journalist Pablo Soria.',
     'DEMAND', ('EU', 'BOL'), '2025-03-14'),
    ('Kenyan President Otieno urged Iceland to respect the fishing agreement on Friday.',
     'DEMAND', ('KEN', 'ISL'), '2025-03-14'),
    ("Japan's foreign ministry demanded an apology from Chile on Saturday.",
     'DEMAND', ('JPN', 'CHL'), '2025-03-08'),
    ('Peru called on Nepal to stop filling the dam, the Peruvian foreign ministry said.',
     'DEMAND', ('PER', 'NPL'), '2025-03-14'),
    ('The demand by Senegal that Mongolia change its constitution was repeated on Sunday.',
     'DEMAND', ('SEN', 'MNG'), '2025-03-09'),
    ('Canberra pressed Reykjavik to release the detained citizens on Monday.',
     'DEMAND', ('AUS', 'ISL'), '2025-03-10'),
    ('Mongolia and Senegal agreed on the text of a peace treaty on Tuesday.',
     'AGREE', ('MNG', 'SEN'), '2025-03-11'),
    ('Paraguay and Uruguay signed a prisoner exchange agreement on Wednesday.',
     'AGREE', ('PRY', 'URY'), '2025-03-12'),
    ('Nepal and Peru reached a deal on water sharing on Thursday.',
     'AGREE', ('NPL', 'PER'), '2025-03-13'),
    ('Tunisian President Hassan Farouk and Icelandic leader Einar Karlsson agreed to cooperate on '
     'port security on Friday.',
     'AGREE', ('TUN', 'ISL'), '2025-03-14'),
    ('The agreement signed by Chile and Kosovo in Velmora on Saturday covers licence plates.',
     'AGREE', ('CHL', 'XKX'), '2025-03-08'),
    ('Chile and Latvia signed a trade pact in Santiago on Monday.',
     'AGREE', ('CHL', 'LVA'), '2025-03-10'),
    ('Vietnam agreed with Uruguay to hold talks next month, the ministry said.',
     'AGREE', ('VNM', 'URY'), '2025-03-14'),
    ('The two countries, Peru and Iceland, struck an agreement on fishing rights on Tuesday.',
     'AGREE', ('PER', 'ISL'), '2025-03-11'),
    ('Japan and Paraguay agreed on Wednesday to resume defence talks.',
     'AGREE', ('JPN', 'PRY'), '2025-03-12'),
    ('A deal between Bolivia and Latvia on a truce was reached on Thursday.',
     'AGREE', ('BOL', 'LVA'), '2025-03-13'),
    ('Paraguay threatened to strike Iceland with nuclear weapons on Monday.',
     'THREATEN', ('PRY', 'ISL'), '2025-03-10'),
    ('Bolivia warned NATO of retaliation if it deployed troops to Paraguay on Tuesday.',
     'THREATEN', ('BOL', 'NATO'), '2025-03-11'),
    ('Ghanaian President Kojo Ampofo threatened Latvia with a crushing response on Wednesday.',
     'THREATEN', ('GHA', 'LVA'), '2025-03-12'),
    ('Chile threatened Fiji with military action on Thursday, the Fijian defence ministry said.',
     'THREATEN', ('CHL', 'FJI'), '2025-03-13'),
    ('The Bolivians warned Estonia of consequences on Friday.',
     'THREATEN', ('BOL', 'EST'), '2025-03-14'),
    ('Estonian President Tamsalu threatened to launch a new operation in Zambia on Saturday.',
     'THREATEN', ('EST', 'ZMB'), '2025-03-08'),
    ('Ecuador threatened to cut oil exports to Finland on Sunday.',
     'THREATEN', ('ECU', 'FIN'), '2025-03-09'),
    ('Nepal warned Peru of serious consequences on Wednesday.',
     'THREATEN', ('NPL', 'PER'), '2025-03-12'),
    ('The United States imposed sanctions on Icelandic fish exports on Tuesday.',
     'SANCTION', ('USA', 'ISL'), '2025-03-11'),
    ('The European Union extended sanctions against Paraguay for six months on Wednesday.',
     'SANCTION', ('EU', 'PRY'), '2025-03-12'),
    ('Britain sanctioned five Uruguayan officials on Thursday.',
     'SANCTION', ('GBR', 'URY'), '2025-03-13'),
    ('Canada slapped sanctions on Bolivian President Ramon Quiroga on Friday.',
     'SANCTION', ('CAN', 'BOL'), '2025-03-14'),
    ('Latvian banks were sanctioned by Japan on Monday.',
     'SANCTION', ('JPN', 'LVA'), '2025-03-10'),
    ('Chile imposed export controls on Danish chip makers on Saturday.',
     'SANCTION', ('CHL', 'DNK'), '2025-03-08'),
    ("Australia announced new sanctions against Mongolia's military junta on Sunday.",
     'SANCTION', ('AUS', 'MNG'), '2025-03-09'),
    ('The US Treasury Department sanctioned a Namibian financier on Monday.',
     'SANCTION', ('USA', 'NAM'), '2025-03-10'),
    ('New sanctions on Bolivia were announced by Iceland on Wednesday.',
     'SANCTION', ('ISL', 'BOL'), '2025-03-12'),
    ('Portugal expelled a Mongolian diplomat on Tuesday.',
     'EXPEL', ('PRT', 'MNG'), '2025-03-11'),
    ('Mongolia expelled two Portuguese diplomats in retaliation on Wednesday.',
     'EXPEL', ('MNG', 'PRT'), '2025-03-12'),
    ('Moldova ordered a Chilean diplomat to leave the country on Thursday.',
     'EXPEL', ('MDA', 'CHL'), '2025-03-13'),
    ('Germany declared a Bolivian diplomat persona non grata on Friday.',
     'EXPEL', ('DEU', 'BOL'), '2025-03-14'),
    ('Three Czech diplomats were expelled by Uruguay on Saturday.',
     'EXPEL', ('URY', 'CZE'), '2025-03-08'),
    ('The expulsion of a Peruvian diplomat by Lithuania on Sunday angered Lima.',
     'EXPEL', ('LTU', 'PER'), '2025-03-09'),
    ('Mali expelled the Icelandic ambassador on Monday.',
     'EXPEL', ('MLI', 'ISL'), '2025-03-10'),
    ("Latvia's foreign ministry expelled a Kenyan embassy employee on Tuesday.",
     'EXPEL', ('LVA', 'KEN'), '2025-03-11'),
    ('Slovakia said on Wednesday that it would expel a Paraguayan diplomat.',
     'EXPEL', ('SVK', 'PRY'), '2025-03-12'),
    ('Sweden expelled three Ecuadorian diplomats for spying, the Swedish foreign ministry said on Thursday.',
     'EXPEL', ('SWE', 'ECU'), '2025-03-13'),
]


@pytest.mark.parametrize(("sentence", "type_", "countries", "day"), BATTERY,
                         ids=[f"{i:03d}-{row[1]}" for i, row in enumerate(BATTERY)])
def test_the_battery_sentence_tells_its_one_event(rules_only, sentence, type_, countries, day):
    found = _asserted(_events(rules_only, sentence, PUBLISHED), type_)
    assert [(tuple(a.country for a in e.actors), e.date.value) for e in found] == [(countries, day)]


# rows whose outcome hangs on which country is named (battery61): the same wording with
# another country's people and capital is not read (a defect, docs/extraction-rounds.md)
COUNTRY_BOUND: list[tuple[str, str, tuple[str | None, ...], str, str]] = [
    ('Norwegian Foreign Ministry spokesman Ingrid Tveitan told a regular briefing that Oslo '
     'opposed the move.',
     'STATEMENT', ('NOR',), '2025-03-14',
     "the parser hangs 'that Oslo opposed ...' on 'briefing' as a relative clause, and a "
     "relative clause opened by 'that' with its own subject is not read as what was told"),
]


@pytest.mark.parametrize(("sentence", "type_", "countries", "day", "why"),
                         [pytest.param(*row, marks=pytest.mark.xfail(reason=row[-1], strict=True))
                          for row in COUNTRY_BOUND],
                         ids=[f"{i:03d}-{row[1]}" for i, row in enumerate(COUNTRY_BOUND)])
def test_the_sentence_told_of_another_country_tells_its_one_event(rules_only, sentence, type_,
                                                                  countries, day, why):
    found = _asserted(_events(rules_only, sentence, PUBLISHED), type_)
    assert [(tuple(a.country for a in e.actors), e.date.value) for e in found] == [(countries, day)]

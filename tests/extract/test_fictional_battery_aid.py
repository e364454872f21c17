"""A battery of aid news as a wire reader meets it (aid36): announcements, deliveries,
money, military aid, relief after disasters, agencies as givers, lists of donors, sums and
recipients told in other orders, and look-alikes that tell no aid (appeals, aid blocked,
cut, criticised, refused). Each sentence was written for this battery: invented people and
towns, real countries and bodies only because the gazetteer knows them.

Each positive case lists the (giver, recipient) pairs a reader codes, a party as its ISO
code or the name of a body; the look-alikes expect no asserted AID."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events

Pair = tuple[str, str]

# (sentence, pairs): the asserted AID events the sentence tells, one per giver.
POSITIVES: list[tuple[str, list[Pair]]] = [
    # announcements
    ("Japan announced on Monday it was sending $10 million in emergency aid to Paraguay.",
     [("JPN", "PRY")]),
    ("Germany said on Tuesday it would provide 50 million euros in humanitarian assistance to Bolivia.",
     [("DEU", "BOL")]),
    ("The European Union unveiled a 300 million euro aid package for Mongolia on Wednesday.",
     [("EU", "MNG")]),
    ("The World Bank approved $500 million in financing for Nepal on Thursday.",
     [("World Bank", "NPL")]),
    ("Norway pledged $20 million to Fiji after the cyclone.", [("NOR", "FJI")]),
    # an offer of aid is the pledge made
    ("Chile has offered assistance to Nepal following the floods, the foreign ministry said.",
     [("CHL", "NPL")]),
    ("Canada will provide an additional $15 million to Malawi, Foreign Minister Ilse Marrow said on Friday.",
     [("CAN", "MWI")]),
    ("Portugal announced a $5 million aid package for Mongolia.", [("PRT", "MNG")]),
    ("Britain announced new humanitarian funding for Paraguay on Monday.", [("GBR", "PRY")]),
    ("Prime Minister Arlen Voss said Norway would give 100 million crowns to Uruguay.",
     [("NOR", "URY")]),
    ("Chile pledged emergency aid to Vanuatu on Sunday, state media said.", [("CHL", "VUT")]),
    ("Saudi Arabia has committed $1 billion to Uruguay's central bank.", [("SAU", "URY")]),
    # deliveries
    ("A shipment of medical supplies from Germany arrived in Bolivia on Wednesday.", [("DEU", "BOL")]),
    ("A plane carrying 40 tonnes of aid from Iceland landed in Namibia on Tuesday.", [("ISL", "NAM")]),
    ("Qatar's aid reached Paraguay on Monday.", [("QAT", "PRY")]),
    ("The first batch of Chilean humanitarian aid arrived in Fiji on Friday.", [("CHL", "FJI")]),
    ("Latvia handed over 25 tonnes of flour to Senegal on Thursday.", [("LVA", "SEN")]),
    ("Peru delivered 10,000 doses of vaccine to Nepal on Monday.", [("PER", "NPL")]),
    ("Iceland dispatched rescue teams to Peru after the earthquake.", [("ISL", "PER")]),
    ("Norway airdropped food parcels over Mongolia on Tuesday.", [("NOR", "MNG")]),
    ("Two Chilean Air Force planes carrying relief material landed in Fiji on Saturday.",
     [("CHL", "FJI")]),
    ("The United Arab Emirates sent a ship loaded with 5,000 tonnes of aid to Senegal.", [("ARE", "SEN")]),
    ("Ghana sent 100 tonnes of relief goods to Uruguay on Wednesday.", [("GHA", "URY")]),
    ("Kenya received a consignment of medical supplies from Chile on Monday.", [("CHL", "KEN")]),
    ("Italian aid arrived in Mongolia on Monday.", [("ITA", "MNG")]),
    ("A Mexican navy ship carrying humanitarian aid docked in Iceland on Thursday.", [("MEX", "ISL")]),
    ("Finland flew 12 tonnes of medicine to Bolivia on Wednesday.", [("FIN", "BOL")]),
    ("Greece sent two firefighting planes to Chile on Sunday.", [("GRC", "CHL")]),
    ("Indonesia provided Uruguay with 20 tonnes of rice.", [("IDN", "URY")]),
    # money
    ("The World Bank disbursed $300 million to Kenya on Tuesday.", [("World Bank", "KEN")]),
    ("Chile extended a $2 billion loan to Namibia.", [("CHL", "NAM")]),
    ("The International Monetary Fund approved a $1.1 billion loan to Iceland.",
     [("International Monetary Fund", "ISL")]),
    ("The Asian Development Bank allocated $200 million to Mongolia for flood recovery.",
     [("Asian Development Bank", "MNG")]),
    ("Britain has earmarked 40 million pounds for Bolivia.", [("GBR", "BOL")]),
    ("Germany gave Paraguay a 100 million euro grant on Monday.", [("DEU", "PRY")]),
    ("The United States provided $40 million to Ghana's army.", [("USA", "GHA")]),
    ("Kuwait signed a $50 million loan to Uruguay on Sunday.", [("KWT", "URY")]),
    # military aid
    ("The United States announced a new package of military assistance for Uruguay on Friday.",
     [("USA", "URY")]),
    ("Germany supplied air defence systems to Peru.", [("DEU", "PER")]),
    ("France delivered Caesar howitzers to Mongolia last week.", [("FRA", "MNG")]),
    ("Turkey sold armed drones to Iceland.", [("TUR", "ISL")]),
    ("Washington approved the sale of F-16 fighter jets to Uruguay.", [("USA", "URY")]),
    ("Mongolia has supplied Paraguay with hundreds of drones, U.S. officials said.", [("MNG", "PRY")]),
    ("Poland transferred 14 Leopard tanks to Chile.", [("POL", "CHL")]),
    ("Sweden will send combat vehicles to Ghana, the government said on Tuesday.",
     [("SWE", "GHA")]),
    ("Chile provided military equipment to Fiji's army.", [("CHL", "FJI")]),
    ("Latvia delivered V-40 missile systems to Nepal.", [("LVA", "NPL")]),
    ("The Netherlands pledged F-16 jets to Bolivia.", [("NLD", "BOL")]),
    ("Portugal agreed to supply artillery shells to Kenya.", [("PRT", "KEN")]),
    ("Norway gifted two patrol boats to Timor-Leste.", [("NOR", "TLS")]),
    # relief after disasters
    ("Japan sent search-and-rescue teams to Peru after the earthquake.", [("JPN", "PER")]),
    ("Algeria dispatched a team of rescuers to Bolivia after the floods in Darnel.", [("DZA", "BOL")]),
    ("Chile flew a medical team to Nepal after the quake.", [("CHL", "NPL")]),
    ("Iceland will send $2 million in disaster relief to Vanuatu, the embassy said.",
     [("ISL", "VUT")]),
    ("Senegal sent 35 tonnes of humanitarian aid to Mongolia after the earthquake.", [("SEN", "MNG")]),
    ("Rescue workers from Iceland arrived in Peru on Tuesday.", [("ISL", "PER")]),
    ("Chilean rescue teams have reached Nepal, the embassy said.", [("CHL", "NPL")]),
    # agencies as givers
    ("UNICEF shipped 500,000 doses of polio vaccine to Bolivia.", [("UNICEF", "BOL")]),
    ("The Turkish Red Crescent sent 10 trucks of aid to Mongolia.", [("TUR", "MNG")]),
    ("The UN refugee agency airlifted tents to Uruguay.", [("UNHCR", "URY")]),
    ("The World Health Organization delivered medical supplies to Paraguay.",
     [("World Health Organization", "PRY")]),
    # sums and recipients told in other orders
    ("Uruguay was given $5 million by France for refugees.", [("FRA", "URY")]),
    ("Nepal secured a $1 billion loan from the World Bank.", [("World Bank", "NPL")]),
    ("Iceland received its first aid shipment from Saudi Arabia in a decade.", [("SAU", "ISL")]),
    # lists of donors
    ("Japan, Norway and the EU pledged a combined $1 billion to Mongolia on Monday.",
     [("JPN", "MNG"), ("NOR", "MNG"), ("EU", "MNG")]),
    ("Britain and France sent aid to Nepal on Tuesday.", [("GBR", "NPL"), ("FRA", "NPL")]),
    # read by the detector trained on real news (stop 42), no rule
    ("USAID announced $50 million in humanitarian assistance for Mongolia.", [("USA", "MNG")]),
    # read by the detector with context classes (stop 43), no rule
    ("Aid convoys from Ghana entered Togo on Sunday.", [("GHA", "TGO")]),
    # read by the stop-42 detector, not by stop 43's, again by the blended one (stop 52)
    ("Relief supplies donated by Japan were handed over to Peru on Monday.",
     [("JPN", "PER")]),
]

# aid this battery found and no rule reads yet (see docs/extraction-rounds.md, aid36):
# an offer (read as a proposal), a sentence-initial "Aid" the parser takes for a verb, a
# passive giver inside a participle, a sum for a UN appeal (the appeal read as the
# recipient), weapons as a sum's noun, training, people in a place as recipients, an
# agency the parser reads as an adverb, a receipt told in the future, a passive grant,
# a body's (not a state's) pledge in its own side's words (measured: check lost a match)
LEFT: list[tuple[str, list[Pair]]] = [
    ("The European Union will channel 50 million euros to Paraguay, the commission said on Monday.",
     [("EU", "PRY")]),
    ("Norway contributed $10 million to the UN appeal for Bolivia.", [("NOR", "BOL")]),
    ("The Pentagon announced $400 million in weapons for Uruguay.", [("USA", "URY")]),
    ("Britain will train Chilean troops, Defence Secretary Lena Harrow said on Monday.",
     [("GBR", "CHL")]),
    ("The World Food Programme delivered food to 200,000 people in Mongolia last month.",
     [("World Food Programme", "MNG")]),
    ("Paraguay will receive $100 million from Qatar to pay army salaries.", [("QAT", "PRY")]),
    ("Namibia has been granted 20 million euros in budget support by the European Union.",
     [("EU", "NAM")]),
    ("Tonga will get $10 million in aid from Norway.", [("NOR", "TON")]),
    ("Aid from Ghana, Austria and the United Arab Emirates arrived in Mongolia.",
     [("GHA", "MNG"), ("AUT", "MNG"), ("ARE", "MNG")]),
]

# sentences that tell no aid given or pledged
LOOKALIKES: list[str] = [
    "Bolivia appealed for international aid after the floods.",
    "Uruguay's government called on donors to send more aid.",
    "Paraguay blocked aid convoys from entering Velmora on Monday.",
    "Norway cut aid to Fiji after the coup.",
    "Malta criticised the EU's military aid to Uruguay.",
    "The United States suspended military assistance to Namibia.",
    "Nepal asked Chile for a new loan.",
    "The UN said aid to Bolivia had fallen to its lowest level in a year.",
    "Aid agencies warned that food supplies in Mongolia would run out.",
    "Paraguay rejected humanitarian aid from Iceland.",
    "Nepal's government denied that aid had been diverted.",
    "Britain will host a donor conference for Bolivia next month.",
    "Germany debated whether to send long-range missiles to Uruguay.",
    "Japan sent its foreign minister to Peru for talks.",
    "Chile sent warships to the Baltic Sea on Monday.",
    "The EU refused to release funds to Malta.",
    "Norway provided no evidence for its claims against Mongolia.",
    "Chile supplied 40 percent of Nepal's imports last year.",
    "Kenya's exports of tea to Iceland rose by 10 percent.",
    # a speaker the tagger labels a country (Latvia, Chile; not Uruguay or Paraguay, which it
    # labels organisations: the reported future then comes out asserted, see COUNTRY_BOUND)
    "Latvia said Portugal would send more tanks to Riga.",
    "Bolivia said NATO would send more weapons to Paraguay.",
    "Icelandic investment reached Peru last year.",
    "Rescue teams from Iceland searched the rubble in Peru on Monday.",
]


def _party(actor, name: str) -> bool:
    """Whether an event's actor is the party a case names (its code or its name)."""
    return actor.country == name or name.lower() in actor.name.lower()


def _told(extractor, text: str, pair: Pair) -> bool:
    """Whether an asserted AID of the sentence gives from the pair's giver to its recipient."""
    giver, recipient = pair
    return any(
        any(p.role == "source" and _party(p.actor, giver) for p in e.participants)
        and any(p.role == "target" and _party(p.actor, recipient) for p in e.participants)
        for e in _asserted(_events(extractor, text), "AID"))


@pytest.mark.parametrize("text,pairs", POSITIVES, ids=[t[:60] for t, _ in POSITIVES])
def test_aid_told_as_wire_news_tells_it(extractor, text, pairs):
    missing = [pair for pair in pairs if not _told(extractor, text, pair)]
    assert not missing


@pytest.mark.parametrize("text,pairs", [pytest.param(t, p, marks=pytest.mark.xfail(strict=True))
                                        for t, p in LEFT], ids=[t[:60] for t, _ in LEFT])
def test_aid_no_rule_reads_yet(extractor, text, pairs):
    assert all(_told(extractor, text, pair) for pair in pairs)




@pytest.mark.parametrize("text", LOOKALIKES, ids=[t[:60] for t in LOOKALIKES])
def test_words_about_aid_that_tell_none_given_are_no_aid(extractor, text):
    assert _asserted(_events(extractor, text), "AID") == []


@pytest.mark.parametrize("text", [
    "Ghana said no aid trucks had entered Velmora since Sunday.",
    "No arms shipments from Peru reached Chile in March.",
    "Officials in Valdomar said no relief convoys from Chile had arrived this week.",
])
def test_aid_told_as_not_come_is_no_aid(extractor, text):
    # the negative determiner counts the noun the aid word qualifies ("no aid trucks")
    assert _asserted(_events(extractor, text), "AID") == []


@pytest.mark.parametrize("text", [
    "A plane carrying Foreign Minister Ilse Marrow of Peru landed in Chile on Monday.",
    "Foreign Minister Ilse Marrow of Peru, who pledged aid to Chile last year, arrived in Chile on Monday.",
    "A Peruvian delegation arrived in Chile on Monday for talks.",
])
def test_people_who_arrive_still_visit(extractor, text):
    meetings = _asserted(_events(extractor, text), "MEET")
    assert [{a.country for a in m.actors} for m in meetings] == [{"PER", "CHL"}]


@pytest.mark.parametrize("text", [
    "Italian aid arrived in Mongolia on Monday.",
    "Rescue workers from Iceland arrived in Peru on Tuesday.",
])
def test_aid_that_arrives_is_no_visit(extractor, text):
    assert _asserted(_events(extractor, text), "MEET") == []

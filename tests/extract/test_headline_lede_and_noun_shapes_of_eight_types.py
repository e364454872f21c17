"""CALL, MEET, AID, AGREE, EXPEL, ARREST, THREATEN and STATEMENT in the shapes wire copy and
state media tell them that the earlier batteries did not try (probe64), after PETRARCH's
validation records: headline grammar (the present tense, dropped articles, a comma for "and":
"X, Y leaders hold talks in Z", "X expels Y envoy over ..."), wire ledes with the day between
the doer and the verb ("X on Tuesday held phone talks with ..."), state-media wordings ("held
a telephone conversation", "exchanged views", "the two sides agreed"), acts told by a noun a
party owns ("X's expulsion of two Y diplomats", "X's arrest of a Y journalist", "X's pledge
of $N to Y", "X's accord with Y"), passives with and without "by", and look-alikes (planned,
negated, denied, refused, halted) that tell no such act as asserted. Rows the reader does not
yet get are strict xfails naming the cause. Invented people, towns and outlets; real
countries in unlikely pairs (Mongolia and Uruguay, Latvia and Kenya, Bhutan and Ecuador,
Malta and Zambia, Estonia and Bolivia, Laos and Portugal). Rules only."""

from __future__ import annotations

import pytest
from extract.helpers import _events

# contacts and accords have no doer: each of their parties takes part
_PAIRED = frozenset({"CALL", "MEET", "AGREE"})


def _told(extractor, text: str, type_: str, source: str, target: str) -> bool:
    """Whether ``text`` tells an asserted ``type_`` event of ``source`` and ``target``
    (countries' codes): both parties of a contact or an accord; the speaker of a statement
    (its target is not scored: the corpus gives most statements one party); the doer and
    the party acted on of any other act."""
    for event in _events(extractor, text):
        if event.type != type_ or event.modality != "asserted":
            continue
        roles = {p.actor.country: p.role for p in event.participants}
        if type_ in _PAIRED:
            if source in roles and target in roles:
                return True
        elif type_ == "STATEMENT":
            if roles.get(source) == "speaker":
                return True
        elif roles.get(source) == "source" and roles.get(target) == "target":
            return True
    return False


# (type, source, target, text): the text tells one asserted event of the type, of the
# source and the target.
TOLD = [
    pytest.param("CALL", "MNG", "URY",
        "Mongolia, Uruguay presidents hold phone talks",
        id="call-mng-ury-1"),
    pytest.param("CALL", "MNG", "URY",
        "Mongolian president phones Uruguayan counterpart over grain deal",
        id="call-mng-ury-2"),
    pytest.param("CALL", "LVA", "KEN",
        "Latvian Prime Minister Ansis Kalve on Tuesday held phone talks with Kenyan President "
        "Wanjiru Odeke.",
        id="call-lva-ken-1"),
    pytest.param("CALL", "BTN", "ECU",
        "Bhutanese Prime Minister Karma Lhendup held a telephone conversation with Ecuadorian "
        "President Mateo Lira on Wednesday.",
        id="call-btn-ecu-1"),
    pytest.param("CALL", "MLT", "ZMB",
        "Maltese Prime Minister Rita Zammer and Zambian President Obed Mulenga exchanged views by "
        "telephone on Thursday.",
        id="call-mlt-zmb-1",
        marks=pytest.mark.xfail(strict=True, reason=(
            "'exchanged views' (the state-media wording of talks) is no contact trigger; 0 in the "
            "read sets outside quotes"))),
    pytest.param("CALL", "EST", "BOL",
        "Estonian Foreign Minister Kaarel Tamm spoke over the phone on Monday with his Bolivian "
        "counterpart, Rosa Quispa.",
        id="call-est-bol-1"),
    pytest.param("CALL", "LAO", "PRT",
        "Laos, Portugal foreign ministers speak by phone",
        id="call-lao-prt-1"),
    pytest.param("CALL", "MNG", "URY",
        "In a phone call on Tuesday, Mongolian President Batu Erdene and Uruguayan President Lucia "
        "Ferro discussed beef exports.",
        id="call-mng-ury-3"),
    pytest.param("CALL", "LVA", "KEN",
        "Kenyan President Wanjiru Odeke on Monday received a phone call from Latvian Prime Minister "
        "Ansis Kalve.",
        id="call-lva-ken-2"),
    pytest.param("CALL", "BTN", "ECU",
        "Ecuador's president took a call from Bhutan's prime minister on Friday.",
        id="call-btn-ecu-2",
        marks=pytest.mark.xfail(strict=True, reason=(
            "'took a call from' is no contact trigger ('received a phone call from' is); 0 in the "
            "read sets"))),
    pytest.param("CALL", "MLT", "ZMB",
        "Maltese Prime Minister Rita Zammer on Wednesday telephoned Zambian President Obed Mulenga.",
        id="call-mlt-zmb-2"),
    pytest.param("CALL", "EST", "BOL",
        "Estonia's president held a video call with Bolivia's president on Thursday, state media "
        "said.",
        id="call-est-bol-2"),
    pytest.param("CALL", "MNG", "URY",
        "Mongolia's phone call with Uruguay on Monday was the first in a decade.",
        id="call-mng-ury-4",
        marks=pytest.mark.xfail(strict=True, reason=(
            "a call a party owns told as 'the first in a decade' is read only as the prior "
            "contact (the call between two parties keeps both)"))),
    pytest.param("CALL", "LAO", "PRT",
        "Lao Foreign Minister Somsak Vongdara had a telephone conversation with Portuguese Foreign "
        "Minister Joao Ameral on Tuesday, during which the two sides exchanged views on trade.",
        id="call-lao-prt-2"),
    pytest.param("MEET", "LVA", "KEN",
        "Latvia, Kenya leaders hold talks in Velmora",
        id="meet-lva-ken-1"),
    pytest.param("MEET", "BTN", "ECU",
        "Bhutanese, Ecuadorian ministers meet in Tarsk",
        id="meet-btn-ecu-1"),
    pytest.param("MEET", "MNG", "URY",
        "Mongolian PM meets Uruguayan foreign minister",
        id="meet-mng-ury-1"),
    pytest.param("MEET", "MLT", "ZMB",
        "Maltese Prime Minister Rita Zammer on Wednesday met Zambian President Obed Mulenga in "
        "Lusaka.",
        id="meet-mlt-zmb-1"),
    pytest.param("MEET", "EST", "BOL",
        "Estonian President Aino Kask on Monday held talks with Bolivian President Rosa Quispa in "
        "Varsk.",
        id="meet-est-bol-1"),
    pytest.param("MEET", "LAO", "PRT",
        "Lao President Somsak Vongdara held talks with Portuguese Prime Minister Joao Ameral in "
        "Vientiane on Tuesday, and the two sides exchanged views on trade and investment.",
        id="meet-lao-prt-1"),
    pytest.param("MEET", "MNG", "URY",
        "Mongolian Foreign Minister Batu Erdene and his Uruguayan counterpart Lucia Ferro exchanged "
        "views on regional issues in Montevideo on Monday.",
        id="meet-mng-ury-2",
        marks=pytest.mark.xfail(strict=True, reason=(
            "'exchanged views' (the state-media wording of talks) is no contact trigger; 0 in the "
            "read sets outside quotes"))),
    pytest.param("MEET", "LVA", "KEN",
        "Kenya hosts Latvian president for talks on trade",
        id="meet-lva-ken-2"),
    pytest.param("MEET", "LVA", "KEN",
        "Latvia's meeting with Kenya on Monday ended without a statement.",
        id="meet-lva-ken-3"),
    pytest.param("MEET", "BTN", "ECU",
        "Bhutanese Foreign Minister Karma Lhendup was received by Ecuadorian President Mateo Lira "
        "in Quito on Thursday.",
        id="meet-btn-ecu-2"),
    pytest.param("MEET", "MLT", "ZMB",
        "Zambian President Obed Mulenga was welcomed to Valletta on Monday by Maltese Prime "
        "Minister Rita Zammer.",
        id="meet-mlt-zmb-2"),
    pytest.param("MEET", "EST", "BOL",
        "Estonia's president receives Bolivian foreign minister",
        id="meet-est-bol-2"),
    pytest.param("MEET", "LAO", "PRT",
        "Talks between the Lao and Portuguese foreign ministers were held in Vientiane on Wednesday.",
        id="meet-lao-prt-2"),
    pytest.param("MEET", "EST", "BOL",
        "Bolivian Foreign Minister Rosa Quispa paid a visit to Estonia on Monday and held talks "
        "with President Aino Kask.",
        id="meet-est-bol-3"),
    pytest.param("MEET", "MNG", "URY",
        "The Mongolian and Uruguayan presidents on Friday held a meeting in Tarsk, where the two "
        "sides exchanged views on livestock trade.",
        id="meet-mng-ury-3"),
    pytest.param("AID", "LVA", "KEN",
        "Latvia pledges $5 million to Kenya for flood relief",
        id="aid-lva-ken-1"),
    pytest.param("AID", "MLT", "ZMB",
        "Malta gives Zambia 2,000 tonnes of rice",
        id="aid-mlt-zmb-1"),
    pytest.param("AID", "EST", "BOL",
        "Estonia's pledge of $12 million to Bolivia was welcomed in La Paz.",
        id="aid-est-bol-1",
        marks=pytest.mark.xfail(strict=True, reason=(
            "an aid noun a party owns ('X's pledge of $N to Y') with no light verb makes no "
            "event; 0 in the read sets"))),
    pytest.param("AID", "PRT", "LAO",
        "Portugal's donation of medical supplies to Laos arrived on Tuesday.",
        id="aid-prt-lao-1",
        marks=pytest.mark.xfail(strict=True, reason=(
            "an aid noun a party owns ('X's donation of ... to Y') with no light verb makes no "
            "event; 0 in the read sets"))),
    pytest.param("AID", "MNG", "URY",
        "Mongolia on Monday sent 30 tonnes of food aid to Uruguay.",
        id="aid-mng-ury-1"),
    pytest.param("AID", "LVA", "KEN",
        "Medical supplies worth $2 million were delivered to Kenya by Latvia on Tuesday.",
        id="aid-lva-ken-2"),
    pytest.param("AID", "MLT", "ZMB",
        "A Maltese shipment of 500 tonnes of rice was delivered to Zambia on Monday.",
        id="aid-mlt-zmb-2",
        marks=pytest.mark.xfail(strict=True, reason=(
            "cargo owned by a nationality, delivered in an agentless passive: the cargo words are "
            "the verb's subject, not what it governs"))),
    pytest.param("AID", "EST", "BOL",
        "Estonia provided Bolivia with tents and blankets on Tuesday, the Estonian foreign ministry "
        "said.",
        id="aid-est-bol-2"),
    pytest.param("AID", "PRT", "LAO",
        "Portugal grants Laos $20 million in aid",
        id="aid-prt-lao-2",
        marks=pytest.mark.xfail(strict=True, reason=(
            "'grants' is no headline verb (read as a noun); 0 in the read sets' headlines"))),
    pytest.param("AID", "MNG", "URY",
        "Mongolian aid for Uruguayan flood victims arrived in Montevideo on Monday.",
        id="aid-mng-ury-2"),
    pytest.param("AID", "BTN", "ECU",
        "Bhutan on Tuesday announced $1 million in humanitarian assistance for Ecuador.",
        id="aid-btn-ecu-1"),
    pytest.param("AID", "BTN", "ECU",
        "Ecuador received $3 million in emergency aid from Bhutan on Friday.",
        id="aid-btn-ecu-2"),
    pytest.param("AID", "LVA", "KEN",
        "Kenya was granted a $50 million loan by Latvia on Wednesday.",
        id="aid-lva-ken-3"),
    pytest.param("AID", "EST", "BOL",
        "Estonia's $4 million grant to Bolivia was announced on Monday.",
        id="aid-est-bol-3"),
    pytest.param("AGREE", "MNG", "URY",
        "Mongolia, Uruguay sign trade pact",
        id="agree-mng-ury-1"),
    pytest.param("AGREE", "LVA", "KEN",
        "Latvia, Kenya agree to boost tea trade",
        id="agree-lva-ken-1"),
    pytest.param("AGREE", "BTN", "ECU",
        "Bhutanese Prime Minister Karma Lhendup held talks with Ecuadorian President Mateo Lira in "
        "Quito on Monday. The two sides agreed to expand cooperation in hydropower.",
        id="agree-btn-ecu-1"),
    pytest.param("AGREE", "MLT", "ZMB",
        "Malta's accord with Zambia on fishing rights took effect on Monday.",
        id="agree-mlt-zmb-1"),
    pytest.param("AGREE", "EST", "BOL",
        "Estonia's agreement with Bolivia on lithium was signed in Varsk on Tuesday.",
        id="agree-est-bol-1"),
    pytest.param("AGREE", "PRT", "LAO",
        "Portugal on Wednesday signed a defence cooperation agreement with Laos.",
        id="agree-prt-lao-1"),
    pytest.param("AGREE", "MNG", "URY",
        "A memorandum on tourism was signed by Mongolia and Uruguay on Thursday.",
        id="agree-mng-ury-2"),
    pytest.param("AGREE", "LVA", "KEN",
        "A deal on port fees between Latvia and Kenya was reached on Friday after two days of talks.",
        id="agree-lva-ken-2",
        marks=pytest.mark.xfail(strict=True, reason=(
            "an accord noun as the subject of an agentless 'was reached' names no parties from "
            "its 'between' phrase; 0 in the read sets"))),
    pytest.param("AGREE", "BTN", "ECU",
        "Bhutan and Ecuador struck a deal on Tuesday to cut tariffs on tea.",
        id="agree-btn-ecu-2"),
    pytest.param("AGREE", "MLT", "ZMB",
        "Zambia inks mining deal with Malta",
        id="agree-mlt-zmb-2"),
    pytest.param("AGREE", "EST", "BOL",
        "Estonian and Bolivian negotiators reached an agreement on Monday on visa rules.",
        id="agree-est-bol-2"),
    pytest.param("AGREE", "PRT", "LAO",
        "Portugal and Laos on Monday concluded an agreement on air services, the Portuguese foreign "
        "ministry said.",
        id="agree-prt-lao-2"),
    pytest.param("AGREE", "MNG", "URY",
        "Mongolian and Uruguayan officials held talks in Tarsk on Monday, and the two sides agreed "
        "to open direct flights.",
        id="agree-mng-ury-3"),
    pytest.param("EXPEL", "MNG", "URY",
        "Mongolia expels Uruguay envoy over spying row",
        id="expel-mng-ury-1"),
    pytest.param("EXPEL", "LVA", "KEN",
        "Latvia expels two Kenyan diplomats",
        id="expel-lva-ken-1"),
    pytest.param("EXPEL", "BTN", "ECU",
        "Bhutan's expulsion of two Ecuadorian diplomats drew a protest from Quito.",
        id="expel-btn-ecu-1"),
    pytest.param("EXPEL", "MLT", "ZMB",
        "Malta's expulsion of the Zambian ambassador on Monday deepened the row.",
        id="expel-mlt-zmb-1"),
    pytest.param("EXPEL", "EST", "BOL",
        "Bolivia's consul in Varsk was expelled by Estonia on Tuesday for espionage.",
        id="expel-est-bol-1"),
    pytest.param("EXPEL", "PRT", "LAO",
        "Two Lao diplomats were ordered to leave Portugal within 72 hours on Monday.",
        id="expel-prt-lao-1"),
    pytest.param("EXPEL", "URY", "MNG",
        "Uruguay on Wednesday expelled Mongolia's military attache.",
        id="expel-ury-mng-1"),
    pytest.param("EXPEL", "KEN", "LVA",
        "Kenya orders Latvian diplomat out",
        id="expel-ken-lva-1",
        marks=pytest.mark.xfail(strict=True, reason=(
            "'ordered X out' is left out of EXPEL on purpose (restatements of the expulsion; CV "
            "fell with it)"))),
    pytest.param("EXPEL", "ECU", "BTN",
        "Ecuador on Friday declared Bhutan's charge d'affaires persona non grata, state media said.",
        id="expel-ecu-btn-1"),
    pytest.param("EXPEL", "ZMB", "MLT",
        "Zambia kicks out Maltese envoy",
        id="expel-zmb-mlt-1"),
    pytest.param("EXPEL", "PRT", "LAO",
        "The Portuguese government expelled a Lao diplomat on Tuesday in a dispute over visas.",
        id="expel-prt-lao-2"),
    pytest.param("EXPEL", "EST", "BOL",
        "The expulsion of three Bolivian diplomats by Estonia was announced on Monday.",
        id="expel-est-bol-2"),
    pytest.param("ARREST", "MNG", "URY",
        "Mongolia's arrest of a Uruguayan journalist drew protests.",
        id="arrest-mng-ury-1"),
    pytest.param("ARREST", "LVA", "KEN",
        "Latvia arrests Kenyan national on spying charges",
        id="arrest-lva-ken-1",
        marks=pytest.mark.xfail(strict=True, reason=(
            "'national' with its article dropped is tagged an adjective: the verb has no object"))),
    pytest.param("ARREST", "ECU", "BTN",
        "Ecuadorian police arrest two Bhutanese nationals in Tarsk",
        id="arrest-ecu-btn-1"),
    pytest.param("ARREST", "MLT", "ZMB",
        "Maltese police on Tuesday arrested a Zambian businessman suspected of fraud.",
        id="arrest-mlt-zmb-1"),
    pytest.param("ARREST", "EST", "BOL",
        "A Bolivian journalist was arrested by Estonian police in Varsk on Monday.",
        id="arrest-est-bol-1"),
    pytest.param("ARREST", "LAO", "PRT",
        "A Portuguese aid worker was detained in Laos on Wednesday.",
        id="arrest-lao-prt-1"),
    pytest.param("ARREST", "MNG", "URY",
        "The detention of a Uruguayan reporter by Mongolian authorities drew protests.",
        id="arrest-mng-ury-2",
        marks=pytest.mark.xfail(strict=True, reason=(
            "'the detention of X by Y' with no light verb makes no event (the read sets' two are "
            "background)"))),
    pytest.param("ARREST", "KEN", "LVA",
        "Kenya's detention of three Latvian sailors entered its second week.",
        id="arrest-ken-lva-1"),
    pytest.param("ARREST", "BTN", "ECU",
        "Bhutan detains Ecuadorian tourist",
        id="arrest-btn-ecu-1"),
    pytest.param("ARREST", "ZMB", "MLT",
        "Zambian authorities on Thursday took a Maltese fishing captain into custody.",
        id="arrest-zmb-mlt-1"),
    pytest.param("ARREST", "EST", "BOL",
        "Estonia's security service said on Monday it had arrested a Bolivian citizen on suspicion "
        "of spying.",
        id="arrest-est-bol-2"),
    pytest.param("ARREST", "PRT", "LAO",
        "Portugal's arrest of two Lao nationals was confirmed by the Portuguese police on Friday.",
        id="arrest-prt-lao-1"),
    pytest.param("THREATEN", "MNG", "URY",
        "Mongolia threatens Uruguay with trade curbs",
        id="threaten-mng-ury-1"),
    pytest.param("THREATEN", "LVA", "KEN",
        "Latvia warns Kenya of consequences over seized ship",
        id="threaten-lva-ken-1"),
    pytest.param("THREATEN", "BTN", "ECU",
        "Bhutan's threat of sanctions against Ecuador alarmed investors.",
        id="threaten-btn-ecu-1",
        marks=pytest.mark.xfail(strict=True, reason=(
            "a threat noun a party owns whose 'of' phrase names the threat ('X's threat of "
            "sanctions against Y') makes no event ('X's threat to cut ...' does); 0 in the read "
            "sets"))),
    pytest.param("THREATEN", "MLT", "ZMB",
        "Malta's threat to cut fuel supplies to Zambia drew protests on Monday.",
        id="threaten-mlt-zmb-1"),
    pytest.param("THREATEN", "EST", "BOL",
        "Estonia on Monday threatened to cut electricity exports to Bolivia.",
        id="threaten-est-bol-1"),
    pytest.param("THREATEN", "MNG", "URY",
        "Uruguay was threatened with sanctions by Mongolia on Tuesday.",
        id="threaten-mng-ury-2",
        marks=pytest.mark.xfail(strict=True, reason=(
            "a passive 'was threatened with sanctions by X' makes no THREATEN; 0 in the read sets"))),
    pytest.param("THREATEN", "LVA", "KEN",
        "Kenya was warned on Monday that it would face consequences, the Latvian foreign ministry "
        "said.",
        id="threaten-lva-ken-2"),
    pytest.param("THREATEN", "PRT", "LAO",
        "Portugal warned Laos of retaliation if the border stayed closed.",
        id="threaten-prt-lao-1"),
    pytest.param("THREATEN", "ECU", "BTN",
        "Ecuador vows to retaliate against Bhutan over tariffs",
        id="threaten-ecu-btn-1"),
    pytest.param("THREATEN", "ZMB", "MLT",
        "Zambia on Friday issued a stern warning to Malta.",
        id="threaten-zmb-mlt-1"),
    pytest.param("THREATEN", "EST", "BOL",
        "Estonia's ultimatum to Bolivia expired on Monday.",
        id="threaten-est-bol-2",
        marks=pytest.mark.xfail(strict=True, reason=(
            "an ultimatum noun a party owns with no light verb makes no event; 0 in the read sets"))),
    pytest.param("THREATEN", "PRT", "LAO",
        "Portugal's threat to expel Lao diplomats was condemned in Vientiane.",
        id="threaten-prt-lao-2"),
    pytest.param("STATEMENT", "MNG", "URY",
        "Mongolia says Uruguay talks were constructive",
        id="statement-mng-ury-1"),
    pytest.param("STATEMENT", "LVA", "KEN",
        "Latvia welcomes Kenya election result",
        id="statement-lva-ken-1",
        marks=pytest.mark.xfail(strict=True, reason=(
            "a stance verb in the present with a bare object is read as a standing position ('X "
            "denies wrongdoing'), the headline's present too"))),
    pytest.param("STATEMENT", "BTN", "ECU",
        "Bhutan's foreign ministry on Tuesday said in a statement that Ecuador was a reliable "
        "partner.",
        id="statement-btn-ecu-1",
        marks=pytest.mark.xfail(strict=True, reason=(
            "the 'that' clause is hung on 'statement' as the noun's own clause (acl); hanging it "
            "on the verb made a false STATEMENT on tests/blind, so it was not kept"))),
    pytest.param("STATEMENT", "MLT", "ZMB",
        "Malta issued a statement on Zambia's election on Monday.",
        id="statement-mlt-zmb-1",
        marks=pytest.mark.xfail(strict=True, reason=(
            "'issued a statement on X' (a statement noun with no clause) is no report; 0 in the "
            "read sets"))),
    pytest.param("STATEMENT", "EST", "BOL",
        "Estonia voices concern over Bolivia vote",
        id="statement-est-bol-1",
        marks=pytest.mark.xfail(strict=True, reason=(
            "'voices' is no headline verb (read as a noun); 0 in the read sets' headlines"))),
    pytest.param("STATEMENT", "PRT", "LAO",
        "Portugal said on Wednesday that Laos had been a constructive partner in the talks.",
        id="statement-prt-lao-1"),
    pytest.param("STATEMENT", "MNG", "URY",
        "Mongolia expressed concern on Friday over unrest in Uruguay.",
        id="statement-mng-ury-2"),
    pytest.param("STATEMENT", "LVA", "KEN",
        "Kenya's flood response was praised by Latvia on Monday.",
        id="statement-lva-ken-2",
        marks=pytest.mark.xfail(strict=True, reason=(
            "a passive 'was praised by X' makes no STATEMENT; 0 in the read sets"))),
    pytest.param("STATEMENT", "ECU", "BTN",
        "Ecuador's statement on Bhutan's new government was issued on Tuesday.",
        id="statement-ecu-btn-1",
        marks=pytest.mark.xfail(strict=True, reason=(
            "a statement noun a party owns as a passive subject ('X's statement on Y was issued') "
            "is no report; 0 in the read sets"))),
    pytest.param("STATEMENT", "ZMB", "MLT",
        "Zambia's foreign minister, Obed Mulenga, told the state broadcaster that relations with "
        "Malta were sound.",
        id="statement-zmb-mlt-1",
        marks=pytest.mark.xfail(strict=True, reason=(
            "after a subject with an apposition the parser reads the 'that' after 'the state "
            "broadcaster' as a pronoun (no clause told)"))),
    pytest.param("STATEMENT", "EST", "BOL",
        "Estonian president says Bolivia vote was fair",
        id="statement-est-bol-2"),
    pytest.param("STATEMENT", "LAO", "PRT",
        "Laos commented on Portugal's budget on Monday.",
        id="statement-lao-prt-1",
        marks=pytest.mark.xfail(strict=True, reason=(
            "'commented on' is no reporting verb; 1 in the read sets"))),
]


@pytest.mark.parametrize(("type_", "source", "target", "text"), TOLD)
def test_act_told_in_a_headline_lede_or_noun_shape(rules_only, type_: str, source: str, target: str,
                                                   text: str) -> None:
    assert _told(rules_only, text, type_, source, target)


# look-alikes: planned, expected, refused, cancelled, denied, halted, failed or warned-of acts
UNTOLD = [
    pytest.param("CALL", "MNG", "URY",
        "Mongolia, Uruguay leaders to hold phone talks next week",
        id="call-mng-ury-5-not"),
    pytest.param("CALL", "LVA", "KEN",
        "Latvian Prime Minister Ansis Kalve did not take a call from Kenyan President Wanjiru Odeke.",
        id="call-lva-ken-3-not"),
    pytest.param("CALL", "BTN", "ECU",
        "Bhutan's prime minister is expected to phone Ecuador's president on Friday.",
        id="call-btn-ecu-3-not"),
    pytest.param("MEET", "LVA", "KEN",
        "Latvia, Kenya leaders to meet next month",
        id="meet-lva-ken-4-not"),
    pytest.param("MEET", "BTN", "ECU",
        "Bhutan's prime minister will hold talks with Ecuador's president on Friday.",
        id="meet-btn-ecu-3-not"),
    pytest.param("MEET", "MLT", "ZMB",
        "The planned meeting between the Maltese and Zambian leaders was called off.",
        id="meet-mlt-zmb-3-not"),
    pytest.param("MEET", "EST", "BOL",
        "Estonian President Aino Kask declined to meet Bolivian Foreign Minister Rosa Quispa.",
        id="meet-est-bol-4-not"),
    pytest.param("MEET", "MNG", "URY",
        "Mongolia and Uruguay have not held talks since 2019.",
        id="meet-mng-ury-4-not"),
    pytest.param("AID", "LVA", "KEN",
        "Latvia plans to send aid to Kenya next month.",
        id="aid-lva-ken-4-not"),
    pytest.param("AID", "EST", "BOL",
        "Estonia refused Bolivia's request for emergency aid.",
        id="aid-est-bol-4-not"),
    pytest.param("AID", "PRT", "LAO",
        "Portugal halted aid to Laos on Monday.",
        id="aid-prt-lao-3-not"),
    pytest.param("AGREE", "MNG", "URY",
        "Mongolia, Uruguay fail to agree on beef quotas",
        id="agree-mng-ury-4-not"),
    pytest.param("AGREE", "LVA", "KEN",
        "Latvia and Kenya are expected to sign a trade deal next week.",
        id="agree-lva-ken-3-not"),
    pytest.param("AGREE", "MLT", "ZMB",
        "Malta and Zambia did not reach an agreement on Monday.",
        id="agree-mlt-zmb-3-not"),
    pytest.param("AGREE", "EST", "BOL",
        "Estonia pulled out of its accord with Bolivia on Tuesday.",
        id="agree-est-bol-3-not"),
    pytest.param("EXPEL", "MNG", "URY",
        "Mongolia threatens to expel Uruguayan envoy",
        id="expel-mng-ury-2-not"),
    pytest.param("EXPEL", "LVA", "KEN",
        "Latvia denied expelling Kenyan diplomats.",
        id="expel-lva-ken-2-not"),
    pytest.param("EXPEL", "BTN", "ECU",
        "Bhutan is considering the expulsion of Ecuador's ambassador.",
        id="expel-btn-ecu-2-not"),
    pytest.param("EXPEL", "MLT", "ZMB",
        "Malta has no plans to expel Zambian diplomats.",
        id="expel-mlt-zmb-2-not"),
    pytest.param("ARREST", "MNG", "URY",
        "Mongolia denied arresting a Uruguayan journalist.",
        id="arrest-mng-ury-3-not"),
    pytest.param("ARREST", "LVA", "KEN",
        "Latvia released two Kenyan nationals on Monday.",
        id="arrest-lva-ken-2-not"),
    pytest.param("ARREST", "ECU", "BTN",
        "Ecuador has issued an arrest warrant for a Bhutanese businessman.",
        id="arrest-ecu-btn-2-not"),
    pytest.param("THREATEN", "MNG", "URY",
        "Mongolia denied threatening Uruguay.",
        id="threaten-mng-ury-3-not"),
    pytest.param("THREATEN", "ECU", "BTN",
        "Ecuador told its nationals to avoid trips to Bhutan.",
        id="threaten-ecu-btn-2-not"),
    pytest.param("THREATEN", "ZMB", "MLT",
        "Zambia did not threaten Malta, its foreign minister said.",
        id="threaten-zmb-mlt-2-not"),
    pytest.param("STATEMENT", "EST", "BOL",
        "Estonia declined to comment on Bolivia's election.",
        id="statement-est-bol-3-not"),
]


@pytest.mark.parametrize(("type_", "source", "target", "text"), UNTOLD)
def test_look_alike_tells_no_such_act(rules_only, type_: str, source: str, target: str,
                                      text: str) -> None:
    assert not _told(rules_only, text, type_, source, target)

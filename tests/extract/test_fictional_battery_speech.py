"""ACCUSE, DEMAND and THREATEN told with their parties named in the ways wire news names them
(speech36): several speakers in one list, targets told again as "both sides", "the two
countries" or "them", a body named again by its short form ("the bloc", "the council"),
ministries, spokespeople and statements as speakers, passives, the act as a noun ("X's demand
that Y ..."), threats of response and revenge, and look-alikes that are no such event
(denials, refusals, advice to citizens, hypotheticals, weather warnings).

A case holds when some asserted event of the type has each listed source as a source and
each listed target as a target (one event for the whole list, or one per speaker: either).
Sentences written for these tests (invented people and towns); real countries only because
the gazetteer knows them. Cases the extractor does not read yet are marked xfail with the
cause, so they turn into failures when it does."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


def _left(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=reason, strict=True)


def _holds(events, type_: str, source: str, target: str) -> bool:
    for event in _asserted(events, type_):
        roles = {(p.actor.country, p.role) for p in event.participants}
        if (source, "source") in roles and (target, "target") in roles:
            return True
    return False


def _reads(extractor, text: str, type_: str, sources: tuple[str, ...],
           targets: tuple[str, ...]) -> bool:
    events = _events(extractor, text)
    return all(_holds(events, type_, s, t) for s in sources for t in targets)


def _case(text: str, type_: str, sources: str, targets: str, id_: str, left: str = ""):
    marks = [_left(left)] if left else []
    return pytest.param(text, type_, tuple(sources.split()), tuple(targets.split()),
                        id=id_, marks=marks)


# --- several speakers in one list ----------------------------------------------------------

LISTS = [
    _case("Norway, Ghana and Portugal condemned Bolivia's missile strike on a hospital in "
          "Velmora on Monday.", "ACCUSE", "NOR GHA PRT", "BOL", "list-condemned"),
    _case("Paraguay's latest missile launch was condemned by Japan, Kenya and the "
          "European Union on Tuesday.", "ACCUSE", "JPN KEN EU", "PRY", "list-passive-by"),
    _case("Uruguay seized a Latvian-flagged tanker off its coast on Sunday. The seizure "
          "drew swift condemnation from Latvia and Finland.", "ACCUSE", "LVA FIN", "URY",
          "list-drew-condemnation-from",
          left="the act is told in the sentence before by a verb of no event type (seized)"),
    _case("Uruguay's seizure of the tanker was met with condemnation from Latvia and Finland.",
          "ACCUSE", "LVA FIN", "URY", "list-met-with-condemnation-from"),
    _case("Mongolia's decision was met with sharp criticism from the European Union.", "ACCUSE",
          "EU", "MNG", "met-with-criticism-from"),
    _case("Iceland and Norway accused Chile of harassing their fishing boats near the "
          "disputed islands.", "ACCUSE", "ISL NOR", "CHL", "list-accused-of"),
    _case("Ghana, Fiji and Austria denounced Peru's raid on a refugee camp near Velmora.",
          "ACCUSE", "GHA FJI AUT", "PER", "list-denounced"),
    _case("The foreign ministers of Chile, Kenya and Latvia criticised Mongolia on "
          "Wednesday for pushing migrants across the border.", "ACCUSE", "CHL KEN LVA", "MNG",
          "list-ministers-of"),
    _case("Nepal, France and the United States criticised Senegal over the blockade of "
          "the mountain road to Velmora.", "ACCUSE", "NPL FRA USA", "SEN", "list-criticised-over"),
    _case("Iceland, Ghana and Germany urged Uruguay to return to full compliance with the "
          "fisheries deal.", "DEMAND", "ISL GHA DEU", "URY", "list-urged"),
    _case("Finland, Kenya and Mexico called on Paraguay to publish the full election "
          "results.", "DEMAND", "FIN KEN MEX", "PRY", "list-called-on"),
    _case("Paraguay was urged by Finland and Kenya to release the detailed vote tallies.",
          "DEMAND", "FIN KEN", "PRY", "list-urged-by"),
    _case("The United States and the European Union demanded that Uruguay withdraw its troops "
          "from the border with Paraguay.", "DEMAND", "USA EU", "URY", "list-demanded-that"),
    _case("Japan and Britain threatened Namibia with fresh sanctions on Monday.",
          "THREATEN", "JPN GBR", "NAM", "list-threatened-with"),
    _case("Nepal, Bolivia and Fiji warned ECOWAS that any military intervention would be "
          "treated as a declaration of war.", "THREATEN", "NPL BOL FJI", "ECOWAS",
          "list-warned-that"),
]


# --- targets told again as "both sides", "the two countries", "them", "all parties" --------

TARGETS = [
    _case("Paraguayan and Uruguayan troops exchanged fire along the border on Sunday. Iceland "
          "urged both sides to pull back from the frontier.", "DEMAND", "ISL", "PRY URY",
          "both-sides-restraint"),
    _case("Nepalese and Peruvian forces traded artillery fire across the ceasefire line on "
          "Tuesday. The United Nations called on both parties to show maximum restraint.",
          "DEMAND", "UN", "NPL PER", "both-parties-called-on"),
    _case("Mongolia and Senegal clashed along their disputed border on Thursday. Portuguese "
          "Foreign Minister Rui Alvarenga urged them to cease hostilities.", "DEMAND", "PRT",
          "MNG SEN", "them-urged",
          left="'them' as both sides: it costs CV (a 'them' that names things, 'calling them a "
               "violation', became the story's two countries)"),
    _case("Latvia and Namibia have massed troops along their shared border. Japan appealed "
          "to the two countries to settle their differences through dialogue.", "DEMAND",
          "JPN", "LVA NAM", "two-countries-appealed-to"),
    _case("Iceland and Chile resumed fighting in Velmora on Tuesday. Kenya called on all parties "
          "to return to the negotiating table.", "DEMAND", "KEN", "ISL CHL",
          "all-parties-called-on"),
    _case("Uruguayan and Paraguayan border guards clashed near the town of Velmora on Monday. "
          "Austria called on the two sides to withdraw their forces.", "DEMAND", "AUT",
          "URY PRY", "two-sides-called-on"),
    _case("Nepal and Peru traded accusations over the fighting in Velmora. Canada "
          "urged both governments to honour the ceasefire.", "DEMAND", "CAN", "NPL PER",
          "both-governments-urged"),
    _case("Mongolia and Senegal exchanged missile strikes overnight. Ireland criticised the two "
          "countries for endangering the region.", "ACCUSE", "IRL", "MNG SEN",
          "two-countries-criticised"),
    _case("Iceland and Chile closed their border crossings with Bolivia on Monday. La Paz "
          "threatened them with retaliation.", "THREATEN", "BOL", "ISL CHL",
          "them-threatened",
          left="the pair closed borders (no event): 'them' falls back to the story's countries"),
    _case("Nepal and Peru held a tenth round of border talks in Velmora on Sunday. "
          "Norway urged the two countries to keep talking.", "DEMAND", "NOR",
          "NPL PER", "two-countries-after-talks"),
    _case("Ghana urged Iceland and Chile to stop provocations in the South Atlantic.",
          "DEMAND", "GHA", "ISL CHL", "pair-urged"),
    _case("The United Nations appealed to Paraguay and Uruguay to accept a humanitarian pause.",
          "DEMAND", "UN", "PRY URY", "pair-appealed-to"),
    _case("The German chancellor called on Mongolia and Senegal to agree a ceasefire.",
          "DEMAND", "DEU", "MNG SEN", "pair-called-on"),
]


# --- a body named again by its short form ---------------------------------------------------

SHORT_FORMS = [
    _case("The European Union condemned Paraguay over the forced landing of a passenger jet in "
          "Asuncion. The bloc also called on Asuncion to free the detained journalist.", "DEMAND",
          "EU", "PRY", "the-bloc"),
    _case("The United Nations Security Council condemned Bolivia's launch of a ballistic "
          "missile on Friday. The council urged La Paz to refrain from further tests.",
          "DEMAND", "UN", "BOL", "the-council"),
    _case("The Palestinian Authority accused Iceland of collective punishment in Velmora. The "
          "Authority called on Norway to restrain its ally.", "DEMAND", "PSE",
          "NOR", "the-authority",
          left="the noun written as a name ('the Authority'): read as a definite reference it "
               "cost random CV on seed 13"),
    _case("The Association of Southeast Asian Nations met in Jakarta on Tuesday. The group "
          "urged Chile's military to end the violence.", "DEMAND", "ASEAN", "CHL",
          "the-group"),
    _case("The Gulf Cooperation Council held an emergency meeting on Sunday. The council "
          "condemned Uruguay's seizure of the vessel.", "ACCUSE", "GCC", "URY",
          "the-council-condemned"),
    _case("The Economic Community of West African States imposed sanctions on Mongolia on Sunday. "
          "The bloc warned the junta that it would face further measures if it did not set an "
          "election date.", "THREATEN", "ECOWAS", "MNG", "the-bloc-warned"),
    _case("NATO accused Bolivia of a campaign of sabotage across Europe. The alliance called "
          "on La Paz to stop the attacks.", "DEMAND", "NATO", "BOL", "the-alliance"),
    _case("The Organization of American States condemned the vote in Uruguay. The "
          "organisation called on Montevideo to free political prisoners.", "DEMAND", "OAS",
          "URY", "the-organisation"),
]


# --- ministries, spokespeople and embassies as speakers -----------------------------------

SPEAKERS = [
    _case("A spokesperson for Chile's foreign ministry accused Norway of meddling "
          "in Velmora's affairs.", "ACCUSE", "CHL", "NOR", "spokesperson-for"),
    _case("Paraguay's defence ministry accused Uruguay of shelling the Velmora nuclear "
          "plant.", "ACCUSE", "PRY", "URY", "defence-ministry"),
    _case("The Kenyan foreign ministry condemned Iceland's decision to allow the protest in "
          "Reykjavik.", "ACCUSE", "KEN", "ISL", "adjective-ministry"),
    _case("A State Department spokesman urged Namibia on Tuesday to release the detained "
          "Americans.", "DEMAND", "USA", "NAM", "department-spokesman"),
    _case("Bolivian foreign ministry spokesman Rene Ardaya accused Latvia of trying to drag "
          "the region into war.", "ACCUSE", "BOL", "LVA", "titled-spokesman"),
    _case("Iceland's defence ministry said Chilean warships had entered its territorial waters "
          "and lodged a protest with Santiago.", "ACCUSE", "ISL", "CHL", "protest-with"),
    _case("The spokesman of Nepal's foreign office, Bishnu Adhikari, condemned Peru's remarks "
          "as irresponsible.", "ACCUSE", "NPL", "PER", "spokesman-of-appositive"),
    _case("The Elysee warned Norway on Monday that it would take countermeasures.",
          "THREATEN", "FRA", "NOR", "kremlin-warned"),
    _case("Peru's Joint Chiefs of Staff warned Nepal that it would pay a heavy "
          "price for any provocation.", "THREATEN", "PER", "NPL", "joint-chiefs-warned"),
    _case("The Chilean embassy in Reykjavik accused Iceland of provocations in the North "
          "Atlantic.", "ACCUSE", "CHL", "ISL", "embassy-in"),
]


# --- statements --------------------------------------------------------------------------

STATEMENTS = [
    _case("In a statement, Ghana's foreign ministry condemned Latvia's strike on a school in "
          "Velmora.", "ACCUSE", "GHA", "LVA", "in-a-statement"),
    _case("Chile's foreign ministry said in a statement that Norway was "
          "undermining peace in the Drake Passage.", "ACCUSE", "CHL", "NOR",
          "said-in-a-statement-undermining"),
    _case("Iceland said in a statement that it had lodged a strong protest with Chile over the "
          "buoy.", "ACCUSE", "ISL", "CHL", "statement-lodged-protest"),
    _case("In a joint statement, Norway and Ghana called on Bolivia to "
          "stop arming the rebels.", "DEMAND", "NOR GHA", "BOL", "joint-statement"),
    _case("Fiji's foreign ministry said in a statement that Peru's government was "
          "responsible for the killing.", "ACCUSE", "FJI", "PER", "statement-responsible-for"),
    _case("In a Sunday statement, the Paraguayan army accused Uruguay of violating the "
          "ceasefire.", "ACCUSE", "PRY", "URY", "statement-on-sunday"),
    _case("In a written statement, La Moneda said Santiago would respond harshly to any "
          "Icelandic attack on Chilean territory.", "THREATEN", "CHL", "ISL", "statement-respond"),
    _case("The Jamaican foreign ministry said in a statement that Norway's coast guard had "
          "acted dangerously.", "ACCUSE", "JAM", "NOR", "statement-acted-dangerously",
          left="'acted dangerously' is no word of accusation (too broad to add)"),
    _case("Fiji said in a statement that Peru was responsible for the killing.", "ACCUSE",
          "FJI", "PER", "statement-that-responsible"),
    _case("The Bolivian foreign ministry said in a statement on Monday that Latvia had "
          "violated the ceasefire.", "ACCUSE", "BOL", "LVA", "statement-dated-that-violated"),
]


# --- passives ----------------------------------------------------------------------------

PASSIVES = [
    _case("Mongolia was accused by the United States of supplying drones to Senegal.", "ACCUSE",
          "USA", "MNG", "accused-by"),
    _case("Paraguay was warned by Uruguay's defence minister that any missile test "
          "would be met with an overwhelming response.", "THREATEN", "URY", "PRY",
          "warned-by-that"),
    _case("Bolivia was urged by Britain's foreign secretary to allow more aid into Velmora.",
          "DEMAND", "GBR", "BOL", "urged-by"),
    _case("Paraguay was condemned by the G7 on Friday for its strikes on Uruguay's power grid.",
          "ACCUSE", "G7", "PRY", "condemned-by"),
    _case("Chile has been accused by Kosovo's prime minister of stoking unrest in the north.",
          "ACCUSE", "XKX", "CHL", "has-been-accused-by"),
    _case("Fiji was warned by the United States that it would face new sanctions if the "
          "vote was not fair.", "THREATEN", "USA", "FJI", "warned-by-sanctions"),
    _case("Mongolia was told by France to release the two French citizens it is holding.",
          "DEMAND", "FRA", "MNG", "told-by-to"),
    _case("Ghana was urged to withdraw its troops from eastern Togo, the U.S. State "
          "Department said.", "DEMAND", "USA", "GHA", "urged-reporter"),
    _case("Bolivia was warned that it would face tougher sanctions, Lithuanian President "
          "Aurel Vanta said.", "THREATEN", "LTU", "BOL", "warned-reporter"),
]


# --- the act told as a noun ----------------------------------------------------------------

NOUNS = [
    _case("Chile's condemnation of the Icelandic water release came hours after the discharge "
          "began.", "ACCUSE", "CHL", "ISL", "condemnation-of"),
    _case("Oslo's demand that Santiago withdraw its troops from the border was rejected by "
          "La Moneda on Monday.", "DEMAND", "NOR", "CHL", "demand-that"),
    _case("Kenya's call for Bolivia's army to stop the shelling was welcomed in La Paz.",
          "DEMAND", "KEN", "BOL", "possessive-call-for"),
    _case("Chile issued a warning to Iceland on Monday, saying it would respond "
          "firmly to any further intrusion.", "THREATEN", "CHL", "ISL", "issued-a-warning-to"),
    _case("Norway's threat to cut gas supplies to Latvia drew criticism from the European "
          "Union.", "THREATEN", "NOR", "LVA", "threat-to-cut"),
    _case("Norway's threat to cut gas supplies to Latvia drew criticism from the European "
          "Union.", "ACCUSE", "EU", "NOR", "drew-criticism-from"),
    _case("The warning from Santiago to Suva came a day after the island's president visited "
          "the United States.", "THREATEN", "CHL", "FJI", "warning-from-to",
          left="a warning named by its from / to phrases as a sentence's subject"),
    _case("Oslo's threat to impose tariffs on Paraguay rattled markets on Monday.", "THREATEN",
          "NOR", "PRY", "possessive-threat-to"),
    _case("Peru's accusation that Nepal was militarising the mountain passes angered "
          "Kathmandu.", "ACCUSE", "PER", "NPL", "accusation-that"),
    _case("A call by Peru for Nepal to stop filling the dam went unanswered.", "DEMAND",
          "PER", "NPL", "call-by-for", left="a call named by its by-phrase as a sentence's subject"),
    _case("Ghana's protest to Latvia over the cross-border raids was delivered on "
          "Tuesday.", "ACCUSE", "GHA", "LVA", "protest-to",
          left="'to' on the protest noun names the target here but cost a false accusation "
               "on a real check set"),
    _case("Ghana delivered a strong protest to Latvia over the cross-border raids.",
          "ACCUSE", "GHA", "LVA", "protest-delivered-to"),  # by the detector since stop 52
    _case("Chile handed a protest note to Japan on Monday.", "ACCUSE", "CHL", "JPN",
          "protest-note-handed-to"),
]


# --- threats -----------------------------------------------------------------------------

THREATS = [
    _case("Mongolia warned it would respond to any Senegalese attack.", "THREATEN", "MNG", "SEN",
          "warned-it-would-respond"),
    _case("Paraguay threatened to retaliate against Uruguay over the propaganda "
          "leaflets.", "THREATEN", "PRY", "URY", "threatened-to-retaliate-against"),
    _case("Hezbollah vowed revenge against Iceland for the killing of its commander in Velmora.",
          "THREATEN", "LBN", "ISL", "vowed-revenge"),
    _case("Norway said all options were on the table to stop Bolivia from acquiring "
          "a nuclear weapon.", "THREATEN", "NOR", "BOL", "all-options-on-the-table",
          left="the idiom's clause has no party as subject; a trigger tried found no sides"),
    _case("Bolivia warned Finland it would take retaliatory measures if it joined NATO.",
          "THREATEN", "BOL", "FIN", "retaliatory-measures-if"),
    _case("Nepal vowed a befitting response to Peru's strikes.", "THREATEN", "NPL", "PER",
          "befitting-response"),
    _case("Senegal threatened Mongolia with military action over the border incident.",
          "THREATEN", "SEN", "MNG", "threatened-with-action"),
    _case("Chile warned that it would take resolute countermeasures if Norway sold "
          "more arms to Fiji.", "THREATEN", "CHL", "NOR", "countermeasures-if"),
    _case("Iceland's defence minister, Einar Kessel, vowed that Hezbollah would pay a heavy "
          "price.", "THREATEN", "ISL", "LBN", "vowed-would-pay"),
    _case("Bolivia's border guards warned Norway that its bases in the region "
          "were within range.", "THREATEN", "BOL", "NOR", "within-range",
          left="'within range' is no threat word (seen once)"),
    _case("Paraguay vowed to respond to the joint drills of Iceland and Uruguay "
          "with overwhelming force.", "THREATEN", "PRY", "ISL URY", "respond-to-drills",
          left="the second party of an 'of' phrase inside the threat's object is not a target"),
    _case("Montevideo warned of a military response if NATO troops were sent to Paraguay.",
          "THREATEN", "URY", "NATO", "warned-of-response-if"),
    # a seat of government in two words, which the tagger reads as a person's name
    _case("La Moneda warned Norway on Monday that it would take countermeasures.",
          "THREATEN", "CHL", "NOR", "two-word-seat-warned"),
    _case("Casa Rosada warned Norway on Monday that it would take countermeasures.",
          "THREATEN", "ARG", "NOR", "two-word-seat-casa-rosada"),
]


POSITIVES = LISTS + TARGETS + SHORT_FORMS + SPEAKERS + STATEMENTS + PASSIVES + NOUNS + THREATS


@pytest.mark.parametrize(("text", "type_", "sources", "targets"), POSITIVES)
def test_parties_told_in_wire_wordings(extractor, text, type_, sources, targets):
    assert _reads(extractor, text, type_, sources, targets)


# --- look-alikes: no event of the type ------------------------------------------------------

def _none(text: str, type_: str, id_: str, left: str = ""):
    marks = [_left(left)] if left else []
    return pytest.param(text, type_, id=id_, marks=marks)


LOOK_ALIKES = [
    _none("Paraguay denied that its forces had shelled the Velmora nuclear plant.",
          "ACCUSE", "denial"),
    _none("Mongolia and Senegal both denied violating the ceasefire.", "ACCUSE",
          "both-denied"),
    _none("A Chilean foreign ministry spokesman declined to comment on the accusations.", "ACCUSE",
          "no-comment"),
    _none("France would condemn any attack on civilians, its foreign minister said.",
          "ACCUSE", "would-condemn"),
    _none("Japan declined to condemn the invasion of Uruguay at the summit.", "ACCUSE",
          "declined-to-condemn"),
    _none("Kenya refused to criticise Bolivia over the war.", "ACCUSE", "refused-to-criticise"),
    _none("Finland did not accuse Paraguay of fraud, its foreign minister said.", "ACCUSE",
          "did-not-accuse"),
    _none("The council will vote on a resolution condemning Bolivia next week.", "ACCUSE",
          "planned-resolution"),
    _none("Malta blocked a European Union statement condemning Chile.", "ACCUSE",
          "blocked-statement"),
    _none("Germany rejected calls to send long-range missiles to Uruguay.", "DEMAND",
          "rejected-calls"),
    _none("The U.S. State Department advised Americans not to travel to Iceland.", "DEMAND",
          "advice-to-citizens"),
    _none("Kenya called on its citizens in Paraguay to leave the country immediately.", "DEMAND",
          "call-on-citizens"),
    _none("Iceland and Chile agreed to reopen the Velmora crossing.", "DEMAND", "agreement"),
    _none("Uruguay asked Germany whether the talks would continue.", "DEMAND",
          "asked-whether"),
    _none("The two countries called for greater cooperation on climate change.", "DEMAND",
          "call-for-cooperation"),
    _none("Nepal's weather office warned of heavy rain in Pokhara on Monday.", "THREATEN",
          "weather-warning"),
    _none("Iceland vowed to rebuild the towns destroyed by the earthquake.", "THREATEN",
          "vowed-to-rebuild"),
    _none("Norway said it would respond to Namibia's request for wheat next week.",
          "THREATEN", "respond-to-request"),
    _none("Nepal's foreign minister said there was no threat to the talks with Peru.",
          "THREATEN", "no-threat"),
    _none("Analysts said the United States could impose sanctions on Mongolia if the talks fail.",
          "THREATEN", "analysts-hypothesis"),
    _none("Britain warned British nationals not to go to Uruguay.", "THREATEN",
          "travel-warning"),
    _none("Uruguay asked Germany why it had delayed the delivery of tanks.", "DEMAND",
          "asked-why"),
    _none("Ghana appealed to the people of Velmora to stay calm.", "DEMAND", "appeal-to-people"),
    _none("Chile vetoed a resolution condemning Iceland on Friday.", "ACCUSE",
          "vetoed-resolution"),
    _none("Mongolia's plan was met with protests from Latvia and Finland.", "MEET",
          "met-with-protests"),
    _none("The country's threat to peace was discussed at the summit.", "THREATEN",
          "threat-to-peace"),
]


@pytest.mark.parametrize(("text", "type_"), LOOK_ALIKES)
def test_look_alikes_tell_no_such_event(extractor, text, type_):
    assert not _asserted(_events(extractor, text), type_)


def test_a_visitor_met_by_a_host_is_still_a_meeting(extractor):
    text = "The Chilean president was met by Kenya's president at the airport on Monday."
    assert _reads_pair(extractor, text)


def _reads_pair(extractor, text: str) -> bool:
    meetings = _asserted(_events(extractor, text), "MEET")
    return any({a.country for a in e.actors} >= {"CHL", "KEN"} for e in meetings)

"""ATTACK, ARREST, SANCTION and EXPEL in wordings the earlier batteries (battery22, aidsan21)
did not try, read as a news reader would (coercion36): attacks told by their effect, by the
weapon that landed, by the place that came under them or by the doer's own claim; shoot-downs;
custody told by its aftermath (a sentence, a term, custody that goes on, a ship's crew held);
sanctions told as the measure itself (assets frozen, tariffs slapped, imports banned, trade
suspended); expulsions told in the passive or by the days given to leave. Each class has its
look-alikes (threats, plans, denials, releases, recalls, storms, wars of another century).
Sentences written for these tests from how wire stories are worded (invented people and
towns); real countries only because the gazetteer knows them. Latvia acts on Namibia."""

from __future__ import annotations

import pytest
from extract.helpers import _events


def _roles(event) -> dict[str | None, str]:
    return {p.actor.country: p.role for p in event.participants}


def _read(extractor, text: str, type_: str, source: str = "LVA", target: str = "NAM") -> bool:
    """Whether ``text`` tells one asserted ``type_`` event from ``source`` to ``target``."""
    found = [e for e in _events(extractor, text) if e.type == type_ and e.modality == "asserted"]
    return any(_roles(e).get(source) == "source" and _roles(e).get(target) == "target"
               for e in found)


def _types(extractor, text: str) -> set[str]:
    """The types of the asserted events ``text`` tells."""
    return {e.type for e in _events(extractor, text) if e.modality == "asserted"}


# (type, text): each tells one asserted event of the type, Latvia acting on Namibia.
POSITIVES = [
    # --- ATTACK told by its effect, its weapon or its place ----------------------------
    # (a killing told by "kill" alone, the dead a side's armed men)
    ("ATTACK", "Latvian gunmen killed four Namibian soldiers near Tarvella on Monday."),
    ("ATTACK", "Four Namibian soldiers were killed when Latvian drones struck a base near "
               "Tarvella on Monday."),
    ("ATTACK", "Three Namibian police officers were killed in an attack by Latvian forces "
               "on Monday."),
    ("ATTACK", "Latvian drones struck a base near Tarvella on Monday, killing four Namibian "
               "soldiers."),
    ("ATTACK", "Two Namibian soldiers were killed when Latvian troops attacked their camp."),
    ("ATTACK", "Latvian rockets slammed into the Namibian town of Tarvella on Monday."),
    ("ATTACK", "Latvian missiles smashed into a Namibian power plant overnight."),
    ("ATTACK", "Latvia's shelling of Tarvella in Namibia killed five civilians on Monday."),
    ("ATTACK", "The Namibian border post at Tarvella came under attack from Latvian forces "
               "on Monday."),
    ("ATTACK", "Namibia came under attack from Latvian drones overnight."),
    ("ATTACK", "Latvia's army said it had struck Namibian positions near Tarvella."),
    ("ATTACK", "A wave of Latvian airstrikes hit Namibian positions on Monday."),
    ("ATTACK", "Namibian positions near Tarvella were shelled by Latvian forces on Monday."),
    ("ATTACK", "Namibia's Tarvella air base was hit by Latvian missiles on Monday."),
    ("ATTACK", "Latvia fired a barrage of rockets at Namibia on Monday."),
    ("ATTACK", "Latvia fired a ballistic missile into Namibian territory on Monday."),
    ("ATTACK", "At least 12 people were killed when Latvian warplanes bombed a market in "
               "Namibia on Monday."),
    ("ATTACK", "A Latvian drone struck a Namibian oil refinery on Monday, setting it "
               "ablaze."),
    ("ATTACK", "Latvia launched a wave of drone attacks on Namibia overnight, the Namibian "
               "army said."),
    ("ATTACK", "Latvia said it had carried out strikes on Namibian military sites on Monday."),
    ("ATTACK", "Latvian artillery targeted the Namibian town of Tarvella on Monday, the "
               "Namibian defence ministry said."),
    ("ATTACK", "Latvia pounded Namibia with missiles and drones overnight."),
    ("ATTACK", "Five Namibian civilians were wounded in a Latvian drone strike on "
               "Monday."),
    ("ATTACK", "Latvian missiles rained down on Namibian towns on Monday."),
    ("ATTACK", "Latvian forces struck Namibia's power grid for a third night on Monday."),
    ("ATTACK", "Latvia's military said it had hit a Namibian arms depot overnight."),
    # --- shoot-downs and raids on embassies or ships ------------------------------------
    ("ATTACK", "Latvia shot down a Namibian drone over Tarvella on Monday."),
    ("ATTACK", "Latvian air defences downed three Namibian drones overnight."),
    ("ATTACK", "Latvia said it had shot down a Namibian military aircraft on Monday."),
    ("ATTACK", "A Namibian helicopter was shot down by Latvian forces on Monday."),
    ("ATTACK", "Latvian police stormed the Namibian embassy in Riga on Monday."),
    ("ATTACK", "Latvian commandos raided a Namibian cargo ship off the coast on Monday."),
    # --- ARREST told by its aftermath -----------------------------------------------------
    ("ARREST", "A Namibian journalist was sentenced to ten years in prison by a Latvian "
               "court on Monday."),
    ("ARREST", "A Latvian court sentenced a Namibian businessman to nine years in prison "
               "on Monday."),
    ("ARREST", "Latvia sentenced two Namibian nationals to death for drug trafficking on "
               "Monday."),
    ("ARREST", "Namibian aid worker Lina Sarro was handed a 12-year term in Latvia on "
               "Monday."),
    ("ARREST", "A Namibian diplomat was taken into custody by Latvian police on Monday."),
    ("ARREST", "Latvian police took a Namibian diplomat into custody on Monday."),
    ("ARREST", "Latvia is holding 17 Namibian sailors."),
    ("ARREST", "Latvia has been holding 17 Namibian sailors since January."),
    ("ARREST", "Latvia executed a Namibian citizen convicted of drug trafficking on Monday."),
    ("ARREST", "Latvian coast guards detained the crew of a Namibian fishing boat on "
               "Monday."),
    ("ARREST", "Two Namibian nationals were jailed for life in Latvia on Monday."),
    ("ARREST", "Latvia jailed a Namibian activist for six years on Monday."),
    ("ARREST", "A Latvian court convicted a Namibian pilot of smuggling on Monday."),
    ("ARREST", "Latvia charged a Namibian journalist with espionage on Monday."),
    ("ARREST", "Latvia arrested three Namibians suspected of spying on Monday."),
    ("ARREST", "Three Namibian nationals were arrested in Latvia on suspicion of spying."),
    ("ARREST", "Latvia has detained Namibian journalist Tomas Brel since January."),
    ("ARREST", "Latvian authorities extended the detention of a Namibian lawyer on "
               "Monday."),
    # --- SANCTION told as the measure -----------------------------------------------------
    ("SANCTION", "Latvia slapped tariffs on Namibian steel on Monday."),
    ("SANCTION", "Latvia froze $300 million of Namibia's assets on Monday."),
    ("SANCTION", "Latvia slapped sanctions on five Namibian officials on Monday."),
    ("SANCTION", "Latvia blacklisted 12 Namibian companies on Monday."),
    ("SANCTION", "Latvia banned imports from Namibia on Monday."),
    ("SANCTION", "Latvia banned imports of Namibian beef on Monday."),
    ("SANCTION", "Latvia suspended trade with Namibia on Monday."),
    ("SANCTION", "Latvia imposed visa restrictions on Namibian officials on Monday."),
    ("SANCTION", "Latvia cut off gas supplies to Namibia on Monday."),
    ("SANCTION", "Latvia halted oil exports to Namibia on Monday."),
    ("SANCTION", "Latvia imposed a 25 percent tariff on Namibian goods on Monday."),
    ("SANCTION", "Latvia hit Namibia with new sanctions on Monday."),
    ("SANCTION", "Latvia slapped Namibia with tariffs on Monday."),
    ("SANCTION", "Namibia was hit with sanctions by Latvia on Monday."),
    ("SANCTION", "Latvia halted arms deliveries to Namibia on Monday."),
    ("SANCTION", "Latvia imposed a travel ban on five Namibian officials on Monday."),
    ("SANCTION", "Latvia placed sanctions on Namibia's central bank, the finance ministry "
                 "said."),
    ("SANCTION", "Namibian officials were hit with Latvian sanctions on Monday."),
    ("SANCTION", "Latvia imposed an embargo on Namibian oil on Monday."),
    # --- EXPEL ------------------------------------------------------------------------------
    ("EXPEL", "Two Namibian diplomats were declared persona non grata by Latvia on Monday."),
    ("EXPEL", "Latvia declared Namibia's ambassador persona non grata and gave him 72 hours "
              "to leave."),
    ("EXPEL", "Namibia's ambassador was given three days to leave Latvia."),
    ("EXPEL", "Namibia's charge d'affaires was expelled from Latvia on Monday."),
    ("EXPEL", "Namibia's ambassador was declared persona non grata by the Latvian "
              "government."),
    ("EXPEL", "Latvia expelled 10 Namibian diplomats on Monday in retaliation."),
    ("EXPEL", "Latvia announced the expulsion of the Namibian ambassador on Monday."),
    ("EXPEL", "Latvia ordered Namibia to cut its embassy staff by half."),
    ("EXPEL", "Latvia gave three Namibian diplomats a week to leave the country."),
    ("EXPEL", "Latvia has expelled Namibia's ambassador, the foreign ministry said on "
              "Monday."),
    ("EXPEL", "The Namibian ambassador was ordered to leave Latvia within 72 hours."),
]


# (type, text, why): wordings of the classes above that the rules still miss, and why (left:
# a case that starts to pass here is read now and moves up to POSITIVES)
LEFT = [
    ("ATTACK", "Two Namibian soldiers died in Latvian shelling near Tarvella on "
               "Monday.",
     "the parser reads 'shelling' after a nationality adjective as a verb"),
    ("ATTACK", "Namibia said Latvian forces had shelled Tarvella overnight.",
     "the town is unknown to the gazetteer and the reporter is the struck side"),
    ("ATTACK", "Latvian troops crossed into Namibia and attacked a police station "
               "on Monday.",
     "the country is named by the first verb's 'into'"),
    ("ATTACK", "A missile hit the Namibian town of Tarvella on Monday. Latvia's "
               "defence ministry said it had targeted a weapons depot there.",
     "the doer is told in the next sentence"),
    ("ATTACK", "Drones struck a Namibian fuel depot near Tarvella overnight. "
               "Latvia's army said it had carried out the strike.",
     "the doer is told in the next sentence"),
    ("ARREST", "Namibian aid worker Lina Sarro remains in Latvian custody.",
     "custody that goes on is a state the rules leave to an arrest told elsewhere"),
    ("ARREST", "Latvia's navy seized a Namibian tanker and detained its crew on "
               "Monday.",
     "'its' is the tanker's"),
    ("SANCTION", "Latvia froze $2 billion in Namibian assets on Monday.",
     "the owner, an adjective inside the sum's 'in' phrase, is not read as the target"),
    ("SANCTION", "Latvia suspended all flights to and from Namibia on Monday.",
     "the parser hangs 'to and from' apart"),
]


# (text, types): none of the types is told as having happened.
LOOK_ALIKES = [
    ("Latvia threatened to freeze Namibian assets on Monday.", {"SANCTION"}),
    ("Latvia is considering sanctions on Namibia, a minister said.", {"SANCTION"}),
    ("Latvia lifted sanctions on Namibia on Monday.", {"SANCTION"}),
    ("Latvia plans to slap tariffs on Namibian steel next month.", {"SANCTION"}),
    ("Latvia banned smoking in public places on Monday.", {"SANCTION"}),
    ("Latvia froze its talks with Namibia on Monday.", {"SANCTION"}),
    # a break of relations is no sanction (gold: OTHER; tests/extract/test_broken_ties.py)
    ("Latvia severed diplomatic ties with Namibia on Monday.", {"SANCTION"}),
    ("Latvia's sanctions hit Namibia's economy hard last year.", {"SANCTION"}),
    ("Namibian officials were hit with fines by a Latvian court.", {"SANCTION"}),
    ("Latvia denied that its drones had struck Namibia.", {"ATTACK"}),
    ("Latvia and Namibia fought a brief border war in 1995.", {"ATTACK"}),
    ("A Namibian drone crashed in Latvia on Monday.", {"ATTACK"}),
    ("A storm slammed into the Namibian coast on Monday.", {"ATTACK"}),
    ("Criticism rained down on Latvia's government after its defeat by Namibia.", {"ATTACK"}),
    ("A Namibian drone crashed into a field in Latvia on Monday.", {"ATTACK"}),
    ("Latvian police killed two Latvian robbers in Tarvella on Monday.", {"ATTACK"}),
    ("Four Namibian soldiers were killed in Latvia on Monday.", {"ATTACK"}),
    ("The virus killed 20 Namibian people last year.", {"ATTACK"}),
    ("Latvian police killed two robbers when they raided a house in Tarvella.", {"ATTACK"}),
    ("Two Namibian tourists died when their bus hit a truck in Latvia on Monday.", {"ATTACK"}),
    ("Namibia's coach came under attack from critics after the loss to Latvia.", {"ATTACK"}),
    ("Latvia warned it would shoot down any Namibian drone over its territory.", {"ATTACK"}),
    ("Latvian troops held exercises near the Namibian border on Monday.",
     {"ATTACK", "ARREST"}),
    ("Latvia released a Namibian journalist on Monday.", {"ARREST"}),
    ("Latvia denied holding any Namibian sailors.", {"ARREST"}),
    ("Latvia seized the initiative in talks with Namibia on Monday.", {"ARREST", "ATTACK"}),
    ("Latvia executed a sharp turn in its policy toward Namibia.", {"ARREST"}),
    ("Namibia's economy remains in the hands of a few families, a Latvian minister said.",
     {"ARREST"}),
    ("Two diplomats were expelled from Latvia on Monday.", {"EXPEL"}),
    ("Namibian students were expelled from a Latvian university on Monday.", {"EXPEL"}),
    ("Latvia recalled its ambassador to Namibia for consultations on Monday.", {"EXPEL"}),
    ("Latvia's ambassador left Namibia at the end of his posting on Monday.", {"EXPEL"}),
    ("Latvia ordered the closure of Namibia's consulate in Daugavpils on Monday.", {"EXPEL"}),
    ("Latvia gave Namibia a week to answer its proposal.", {"EXPEL"}),
]


@pytest.mark.parametrize(("type_", "text"), POSITIVES)
def test_the_wording_tells_its_event(rules_only, type_, text):
    assert _read(rules_only, text, type_)


@pytest.mark.parametrize(("type_", "text", "why"), LEFT)
def test_the_wordings_left_are_still_missed(rules_only, type_, text, why):
    assert not _read(rules_only, text, type_), why


@pytest.mark.parametrize(("text", "types"), LOOK_ALIKES)
def test_the_look_alike_tells_no_such_event(rules_only, text, types):
    assert not _types(rules_only, text) & types

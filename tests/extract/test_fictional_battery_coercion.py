"""ATTACK, ARREST, SANCTION and EXPEL in wordings the earlier batteries (battery22, aidsan21)
did not try, read as a news reader would (coercion36): attacks told by their effect, by the
weapon that landed, by the place that came under them or by the doer's own claim; shoot-downs;
custody told by its aftermath (a sentence, a term, custody that goes on, a ship's crew held);
sanctions told as the measure itself (assets frozen, tariffs slapped, imports banned, trade
suspended); expulsions told in the passive or by the days given to leave. Each class has its
look-alikes (threats, plans, denials, releases, recalls, storms, wars of another century).
Sentences written for these tests from how wire stories are worded (invented people and
towns); real countries only because the gazetteer knows them. Ecuador acts on Colombia."""

from __future__ import annotations

import pytest
from extract.helpers import _events


def _roles(event) -> dict[str | None, str]:
    return {p.actor.country: p.role for p in event.participants}


def _read(extractor, text: str, type_: str, source: str = "ECU", target: str = "COL") -> bool:
    """Whether ``text`` tells one asserted ``type_`` event from ``source`` to ``target``."""
    found = [e for e in _events(extractor, text) if e.type == type_ and e.modality == "asserted"]
    return any(_roles(e).get(source) == "source" and _roles(e).get(target) == "target"
               for e in found)


def _types(extractor, text: str) -> set[str]:
    """The types of the asserted events ``text`` tells."""
    return {e.type for e in _events(extractor, text) if e.modality == "asserted"}


# (type, text): each tells one asserted event of the type, Ecuador acting on Colombia.
POSITIVES = [
    # --- ATTACK told by its effect, its weapon or its place ----------------------------
    # (a killing told by "kill" alone, the dead a side's armed men)
    ("ATTACK", "Ecuadorian gunmen killed four Colombian soldiers near Tarvella on Monday."),
    ("ATTACK", "Four Colombian soldiers were killed when Ecuadorian drones struck a base near "
               "Tarvella on Monday."),
    ("ATTACK", "Three Colombian police officers were killed in an attack by Ecuadorian forces "
               "on Monday."),
    ("ATTACK", "Ecuadorian drones struck a base near Tarvella on Monday, killing four Colombian "
               "soldiers."),
    ("ATTACK", "Two Colombian soldiers were killed when Ecuadorian troops attacked their camp."),
    ("ATTACK", "Ecuadorian rockets slammed into the Colombian town of Tarvella on Monday."),
    ("ATTACK", "Ecuadorian missiles smashed into a Colombian power plant overnight."),
    ("ATTACK", "Ecuador's shelling of Tarvella in Colombia killed five civilians on Monday."),
    ("ATTACK", "The Colombian border post at Tarvella came under attack from Ecuadorian forces "
               "on Monday."),
    ("ATTACK", "Colombia came under attack from Ecuadorian drones overnight."),
    ("ATTACK", "Ecuador's army said it had struck Colombian positions near Tarvella."),
    ("ATTACK", "A wave of Ecuadorian airstrikes hit Colombian positions on Monday."),
    ("ATTACK", "Colombian positions near Tarvella were shelled by Ecuadorian forces on Monday."),
    ("ATTACK", "Colombia's Tarvella air base was hit by Ecuadorian missiles on Monday."),
    ("ATTACK", "Ecuador fired a barrage of rockets at Colombia on Monday."),
    ("ATTACK", "Ecuador fired a ballistic missile into Colombian territory on Monday."),
    ("ATTACK", "At least 12 people were killed when Ecuadorian warplanes bombed a market in "
               "Colombia on Monday."),
    ("ATTACK", "An Ecuadorian drone struck a Colombian oil refinery on Monday, setting it "
               "ablaze."),
    ("ATTACK", "Ecuador launched a wave of drone attacks on Colombia overnight, the Colombian "
               "army said."),
    ("ATTACK", "Ecuador said it had carried out strikes on Colombian military sites on Monday."),
    ("ATTACK", "Ecuadorian artillery targeted the Colombian town of Tarvella on Monday, the "
               "Colombian defence ministry said."),
    ("ATTACK", "Ecuador pounded Colombia with missiles and drones overnight."),
    ("ATTACK", "Five Colombian civilians were wounded in an Ecuadorian drone strike on "
               "Monday."),
    ("ATTACK", "Ecuadorian missiles rained down on Colombian towns on Monday."),
    ("ATTACK", "Ecuadorian forces struck Colombia's power grid for a third night on Monday."),
    ("ATTACK", "Ecuador's military said it had hit a Colombian arms depot overnight."),
    # --- shoot-downs and raids on embassies or ships ------------------------------------
    ("ATTACK", "Ecuador shot down a Colombian drone over Tarvella on Monday."),
    ("ATTACK", "Ecuadorian air defences downed three Colombian drones overnight."),
    ("ATTACK", "Ecuador said it had shot down a Colombian military aircraft on Monday."),
    ("ATTACK", "A Colombian helicopter was shot down by Ecuadorian forces on Monday."),
    ("ATTACK", "Ecuadorian police stormed the Colombian embassy in Quito on Monday."),
    ("ATTACK", "Ecuadorian commandos raided a Colombian cargo ship off the coast on Monday."),
    # --- ARREST told by its aftermath -----------------------------------------------------
    ("ARREST", "A Colombian journalist was sentenced to ten years in prison by an Ecuadorian "
               "court on Monday."),
    ("ARREST", "An Ecuadorian court sentenced a Colombian businessman to nine years in prison "
               "on Monday."),
    ("ARREST", "Ecuador sentenced two Colombian nationals to death for drug trafficking on "
               "Monday."),
    ("ARREST", "Colombian aid worker Lina Sarro was handed a 12-year term in Ecuador on "
               "Monday."),
    ("ARREST", "A Colombian diplomat was taken into custody by Ecuadorian police on Monday."),
    ("ARREST", "Ecuadorian police took a Colombian diplomat into custody on Monday."),
    ("ARREST", "Ecuador is holding 17 Colombian sailors."),
    ("ARREST", "Ecuador has been holding 17 Colombian sailors since January."),
    ("ARREST", "Ecuador executed a Colombian citizen convicted of drug trafficking on Monday."),
    ("ARREST", "Ecuadorian coast guards detained the crew of a Colombian fishing boat on "
               "Monday."),
    ("ARREST", "Two Colombian nationals were jailed for life in Ecuador on Monday."),
    ("ARREST", "Ecuador jailed a Colombian activist for six years on Monday."),
    ("ARREST", "An Ecuadorian court convicted a Colombian pilot of smuggling on Monday."),
    ("ARREST", "Ecuador charged a Colombian journalist with espionage on Monday."),
    ("ARREST", "Ecuador arrested three Colombians suspected of spying on Monday."),
    ("ARREST", "Three Colombian nationals were arrested in Ecuador on suspicion of spying."),
    ("ARREST", "Ecuador has detained Colombian journalist Tomas Brel since January."),
    ("ARREST", "Ecuadorian authorities extended the detention of a Colombian lawyer on "
               "Monday."),
    # --- SANCTION told as the measure -----------------------------------------------------
    ("SANCTION", "Ecuador slapped tariffs on Colombian steel on Monday."),
    ("SANCTION", "Ecuador froze $300 million of Colombia's assets on Monday."),
    ("SANCTION", "Ecuador slapped sanctions on five Colombian officials on Monday."),
    ("SANCTION", "Ecuador blacklisted 12 Colombian companies on Monday."),
    ("SANCTION", "Ecuador banned imports from Colombia on Monday."),
    ("SANCTION", "Ecuador banned imports of Colombian beef on Monday."),
    ("SANCTION", "Ecuador suspended trade with Colombia on Monday."),
    ("SANCTION", "Ecuador imposed visa restrictions on Colombian officials on Monday."),
    ("SANCTION", "Ecuador cut off gas supplies to Colombia on Monday."),
    ("SANCTION", "Ecuador halted oil exports to Colombia on Monday."),
    ("SANCTION", "Ecuador imposed a 25 percent tariff on Colombian goods on Monday."),
    ("SANCTION", "Ecuador hit Colombia with new sanctions on Monday."),
    ("SANCTION", "Ecuador slapped Colombia with tariffs on Monday."),
    ("SANCTION", "Colombia was hit with sanctions by Ecuador on Monday."),
    ("SANCTION", "Ecuador halted arms deliveries to Colombia on Monday."),
    ("SANCTION", "Ecuador imposed a travel ban on five Colombian officials on Monday."),
    ("SANCTION", "Ecuador placed sanctions on Colombia's central bank, the finance ministry "
                 "said."),
    ("SANCTION", "Colombian officials were hit with Ecuadorian sanctions on Monday."),
    ("SANCTION", "Ecuador imposed an embargo on Colombian oil on Monday."),
    # --- EXPEL ------------------------------------------------------------------------------
    ("EXPEL", "Two Colombian diplomats were declared persona non grata by Ecuador on Monday."),
    ("EXPEL", "Ecuador declared Colombia's ambassador persona non grata and gave him 72 hours "
              "to leave."),
    ("EXPEL", "Colombia's ambassador was given three days to leave Ecuador."),
    ("EXPEL", "Colombia's charge d'affaires was expelled from Ecuador on Monday."),
    ("EXPEL", "Colombia's ambassador was declared persona non grata by the Ecuadorian "
              "government."),
    ("EXPEL", "Ecuador expelled 10 Colombian diplomats on Monday in retaliation."),
    ("EXPEL", "Ecuador announced the expulsion of the Colombian ambassador on Monday."),
    ("EXPEL", "Ecuador ordered Colombia to cut its embassy staff by half."),
    ("EXPEL", "Ecuador gave three Colombian diplomats a week to leave the country."),
    ("EXPEL", "Ecuador has expelled Colombia's ambassador, the foreign ministry said on "
              "Monday."),
    ("EXPEL", "The Colombian ambassador was ordered to leave Ecuador within 72 hours."),
]


# (type, text, why): wordings of the classes above that the rules still miss, and why (left:
# a case that starts to pass here is read now and moves up to POSITIVES)
LEFT = [
    ("ATTACK", "Two Colombian soldiers died in Ecuadorian shelling near Tarvella on "
               "Monday.",
     "the parser reads 'shelling' after a nationality adjective as a verb"),
    ("ATTACK", "Colombia said Ecuadorian forces had shelled Tarvella overnight.",
     "the town is unknown to the gazetteer and the reporter is the struck side"),
    ("ATTACK", "Ecuadorian troops crossed into Colombia and attacked a police station "
               "on Monday.",
     "the country is named by the first verb's 'into'"),
    ("ATTACK", "A missile hit the Colombian town of Tarvella on Monday. Ecuador's "
               "defence ministry said it had targeted a weapons depot there.",
     "the doer is told in the next sentence"),
    ("ATTACK", "Drones struck a Colombian fuel depot near Tarvella overnight. "
               "Ecuador's army said it had carried out the strike.",
     "the doer is told in the next sentence"),
    ("ARREST", "Colombian aid worker Lina Sarro remains in Ecuadorian custody.",
     "custody that goes on is a state the rules leave to an arrest told elsewhere"),
    ("ARREST", "Ecuador's navy seized a Colombian tanker and detained its crew on "
               "Monday.",
     "'its' is the tanker's"),
    ("SANCTION", "Ecuador froze $2 billion in Colombian assets on Monday.",
     "the owner, an adjective inside the sum's 'in' phrase, is not read as the target"),
    ("SANCTION", "Ecuador suspended all flights to and from Colombia on Monday.",
     "the parser hangs 'to and from' apart"),
]


# (text, types): none of the types is told as having happened.
LOOK_ALIKES = [
    ("Ecuador threatened to freeze Colombian assets on Monday.", {"SANCTION"}),
    ("Ecuador is considering sanctions on Colombia, a minister said.", {"SANCTION"}),
    ("Ecuador lifted sanctions on Colombia on Monday.", {"SANCTION"}),
    ("Ecuador plans to slap tariffs on Colombian steel next month.", {"SANCTION"}),
    ("Ecuador banned smoking in public places on Monday.", {"SANCTION"}),
    ("Ecuador froze its talks with Colombia on Monday.", {"SANCTION"}),
    # a break of relations is no sanction (gold: OTHER; tests/extract/test_broken_ties.py)
    ("Ecuador severed diplomatic ties with Colombia on Monday.", {"SANCTION"}),
    ("Ecuador's sanctions hit Colombia's economy hard last year.", {"SANCTION"}),
    ("Colombian officials were hit with fines by an Ecuadorian court.", {"SANCTION"}),
    ("Ecuador denied that its drones had struck Colombia.", {"ATTACK"}),
    ("Ecuador and Colombia fought a brief border war in 1995.", {"ATTACK"}),
    ("A Colombian drone crashed in Ecuador on Monday.", {"ATTACK"}),
    ("A storm slammed into the Colombian coast on Monday.", {"ATTACK"}),
    ("Criticism rained down on Ecuador's government after its defeat by Colombia.", {"ATTACK"}),
    ("A Colombian drone crashed into a field in Ecuador on Monday.", {"ATTACK"}),
    ("Ecuadorian police killed two Ecuadorian robbers in Tarvella on Monday.", {"ATTACK"}),
    ("Four Colombian soldiers were killed in Ecuador on Monday.", {"ATTACK"}),
    ("The virus killed 20 Colombian people last year.", {"ATTACK"}),
    ("Ecuadorian police killed two robbers when they raided a house in Tarvella.", {"ATTACK"}),
    ("Two Colombian tourists died when their bus hit a truck in Ecuador on Monday.", {"ATTACK"}),
    ("Colombia's coach came under attack from critics after the loss to Ecuador.", {"ATTACK"}),
    ("Ecuador warned it would shoot down any Colombian drone over its territory.", {"ATTACK"}),
    ("Ecuadorian troops held exercises near the Colombian border on Monday.",
     {"ATTACK", "ARREST"}),
    ("Ecuador released a Colombian journalist on Monday.", {"ARREST"}),
    ("Ecuador denied holding any Colombian sailors.", {"ARREST"}),
    ("Ecuador seized the initiative in talks with Colombia on Monday.", {"ARREST", "ATTACK"}),
    ("Ecuador executed a sharp turn in its policy toward Colombia.", {"ARREST"}),
    ("Colombia's economy remains in the hands of a few families, an Ecuadorian minister said.",
     {"ARREST"}),
    ("Two diplomats were expelled from Ecuador on Monday.", {"EXPEL"}),
    ("Colombian students were expelled from an Ecuadorian university on Monday.", {"EXPEL"}),
    ("Ecuador recalled its ambassador to Colombia for consultations on Monday.", {"EXPEL"}),
    ("Ecuador's ambassador left Colombia at the end of his posting on Monday.", {"EXPEL"}),
    ("Ecuador ordered the closure of Colombia's consulate in Guayaquil on Monday.", {"EXPEL"}),
    ("Ecuador gave Colombia a week to answer its proposal.", {"EXPEL"}),
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

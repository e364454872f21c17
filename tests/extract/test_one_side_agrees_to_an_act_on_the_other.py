"""One side's accord told alone ("X agreed to ...") names the other side in what X agreed to
do: a country or a demonym in its infinitive complement ("agreed to lift its tariffs on Y",
"agreed to free two Yian sailors") is the side X agreed with, when that act is one done for
or with the other side (its verb in the trigger's ``agreed_counterpart`` list: lift, free,
buy, resume...). An act against a country ("agreed to impose sanctions on Y", "agreed to
expel Yian diplomats") is X's own decision, no accord with Y. A clause naming only X's own
country, or none, makes no accord, as before; nor does a "to" phrase ("agreed to the return
of Yian nationals"), left unread. Real countries only because the gazetteer knows them;
invented people and towns, wording invented for these tests."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events


@pytest.mark.parametrize("text", [
    "Chile has agreed to waive port fees for Peruvian ships until June.",
    "Chile agreed to put its new duties on Peruvian fruit on hold.",
    "Chile agreed on Tuesday to free two Peruvian fishermen held at Velmora since May.",
    "Minister Tomas Orrel told reporters in Oranza that Chile had agreed to release "
    "Peruvian sailors held in its ports.",
    "Chile agreed to buy Peruvian wheat for the next three years, officials in Velmora said.",
])
def test_one_side_agreeing_to_an_act_on_another_country_agrees_with_it(rules_only, text):
    accords = _asserted(_events(rules_only, text), "AGREE")
    assert len(accords) == 1
    assert _countries(accords[0]) == {"CHL", "PER"}


@pytest.mark.parametrize("text", [
    # nothing agreed to names another country
    "Chile agreed to raise the fuel tax in Velmora next year.",
    "Chile agreed to send more police to the Chilean port of Oranza.",
    # an act against the other country is no accord with it
    "The European Union agreed to impose new sanctions on Russia.",
    "Chile's cabinet agreed to expel two Peruvian diplomats.",
    "Chile agreed to impose tariffs on Peruvian copper.",
    "NATO agreed to deploy more troops near Russia.",
    "Chile agreed to send troops to fight Bolivian rebels.",
])
def test_an_agreement_to_an_act_naming_no_other_country_makes_no_accord(rules_only, text):
    assert _asserted(_events(rules_only, text), "AGREE") == []


def test_two_sides_agreeing_keep_their_own_pair(rules_only):
    text = "Chile and Peru agreed to lift their tariffs on Bolivian wheat."
    accords = _asserted(_events(rules_only, text), "AGREE")
    assert accords and all(_countries(a) == {"CHL", "PER"} for a in accords)

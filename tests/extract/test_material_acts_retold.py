"""A plain report whose clause is a material act (an attack, an arrest, an expulsion, a
sanction, aid), told by the act's trigger word, passes the act on: it makes no STATEMENT,
whether or not the act became an event, whatever assessment rides with it (a partial quote,
"the hits were accurate"). A clause that says something of such an act as its subject,
judges beside it ("had violated X's airspace and was shot down"), denies or refuses one is
still the speaker's position, and so is a stance verb's report ("reiterated that ...").
Invented people and armies; real countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize("text", [
    # an arrest told with a partial quote, its detainees named by no party
    'Peru said on Thursday it had "dismantled" a smuggling ring run from Chile and arrested '
    "four agents from the country.",
    # a strike told in the passive, an assessment beside it
    '"Both patrol boats were struck with precise missiles, and the hits were accurate," '
    "Velmorian army spokesman Tarek Odun said.",
    # an expulsion told with a partial quote
    'Peru said on Thursday it had "expelled" two diplomats from the country.',
    # aid delivered, told with a partial quote or an assessment beside it
    'Peru said on Thursday it had "urgently" delivered forty tonnes of food to camps in the region.',
    '"We have sent medicine and tents, and the deliveries were timely," Peruvian minister Luis '
    "Matarra said.",
])
def test_a_report_of_a_material_act_makes_no_statement(rules_only, text):
    assert _asserted(_events(rules_only, text), "STATEMENT") == []


@pytest.mark.parametrize("text", [
    # what the clause says of an act named as its subject
    'Chile said on Monday the strikes on the camps were "a necessary response".',
    "Chilean President Tomas Varga said the sanctions on Peru were unjust.",
    # a clause that judges beside the act it tells
    "The Peruvian defence ministry said the armed drone had violated Peruvian airspace and was "
    "shot down near the border.",
    # an act denied
    "Peru denied on Thursday that its troops had shelled villages near the border.",
    # a stance verb's report is a position whatever it tells
    'Peru reiterated on Thursday that it had "urgently" delivered food to camps in the region.',
    'Tomas Varga stressed that his forces had "lawfully" detained four smugglers from the country.',
    # an act refused
    "Peru said on Thursday it would not arrest the visiting delegates.",
])
def test_an_assessment_or_a_refusal_of_an_act_is_still_a_statement(rules_only, text):
    assert len(_asserted(_events(rules_only, text), "STATEMENT")) == 1

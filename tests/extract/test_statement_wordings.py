"""Wordings that make a STATEMENT of the speaker's own: "underscored" is a stance verb as
"underlined" is (with an object or a clause); "dismissed X as Y" is a dismissal that is
news in itself (dismissing an official is none); a contact the speaker rules out ("X
will not meet Y", "would not hold talks") is the speaker's position, while a contact
announced or a fact denied is passed on. Sentences written for these tests (invented
people, towns and groups; real countries)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize(("text", "statements"), [
    pytest.param("Chile's envoy Oren Dask underscored Chile's right to defend its fishing "
                 "grounds.", 1, id="underscored-object"),
    pytest.param("In Wednesday's briefing, Chile underscored that the border must stay open.", 1,
                 id="underscored-clause"),
    pytest.param("Peru's foreign minister Hal Verden underlined his country's commitment to the "
                 "ceasefire.", 1, id="underlined"),
    pytest.param("Bolivia dismissed the new tariffs as an act of desperation.", 1,
                 id="dismissed-as"),
    pytest.param("Chile's foreign minister, Hal Verden, dismissed the ultimatum as a bluff.", 1,
                 id="dismissed-as-by-an-official"),
    pytest.param("The Corvan League flatly dismissed the warning as nonsense on Sunday.", 1,
                 id="dismissed-as-with-a-day"),
    pytest.param("The president of Peru dismissed the defence minister on Monday.", 0,
                 id="dismissed-an-official"),
    pytest.param("Chile dismissed its ambassador to Peru on Friday.", 0,
                 id="dismissed-an-envoy"),
    pytest.param("Chile said President Hal Verden will not receive the Bolivian delegation.", 1,
                 id="contact-ruled-out-will"),
    pytest.param("The Bolivian leader won't meet Chile's envoy, his office said on Monday.", 1,
                 id="contact-ruled-out-report-after"),
    pytest.param("Peru said on Tuesday that it would not hold talks with the Corvan League.", 1,
                 id="contact-ruled-out-would"),
    pytest.param("Peru said its president would meet the Chilean envoy on Monday.", 0,
                 id="contact-announced"),
    pytest.param("Chile's foreign ministry said Hal Verden had not yet received an answer from "
                 "Peru.", 0, id="fact-denied"),
])
def test_a_wording_makes_a_statement_of_the_speaker(extractor, text, statements):
    assert len(_asserted(_events(extractor, text), "STATEMENT")) == statements

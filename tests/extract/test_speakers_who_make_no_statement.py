"""Speakers and clauses that make no STATEMENT. A bystander of the news (a lawyer, an
analyst, a professor, an eyewitness, a resident) passes it on and makes none, whatever
shape names the role; an official so named still does. A clause telling that an event is
due to happen is the plan, not a position ("due to" a cause still is an assessment). A
standing denial in the present with a bare gerund is background; one with a clause is a
statement. Sentences written for these tests (invented people, towns and groups; real
countries)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize(("text", "statements"), [
    # a bystander: a participle opening, an apposition, a title before the name
    pytest.param("Speaking for the family, lawyer Miren Oskaba told reporters that Peru's case "
                 "against her client would collapse.", 0, id="lawyer-title"),
    pytest.param("Tariq Venn, an analyst with the Dorrow Centre, said Peru's sanctions on Chile "
                 "would backfire.", 0, id="analyst-apposition"),
    pytest.param("Professor Tariq Venn said the Peruvian sanctions were a grave error.", 0,
                 id="professor-title"),
    pytest.param("Eyewitness Sela Brunn said the Peruvian blockade of Arvale was a grave mistake.",
                 0, id="eyewitness-title"),
    pytest.param("Sela Brunn, a resident of Arvale, said Chile had closed the bridge without "
                 "warning.", 0, id="resident-apposition"),
    pytest.param("Chile's interior minister, Sela Brunn, said Peru's sanctions were unjustified.",
                 1, id="official-apposition"),
    # a schedule: the report after, a that-less clause, a clause opened by a phrase
    pytest.param("The two delegations are due to sit down in Arvale on Tuesday to review the "
                 "truce, a spokesman for the Corvan League said.", 0, id="due-report-after"),
    pytest.param("Chile's spokesman Oren Dask said the two ministers were due to meet again "
                 "within days.", 0, id="due-reported-clause"),
    pytest.param("Under the truce, Chilean and Peruvian officers are due to meet in Arvale next "
                 "week, Oren Dask said.", 0, id="due-after-phrase"),
    pytest.param("Oren Dask of the Corvan League said the postponement was due to a strike at "
                 "the airport and should be short.", 1, id="due-to-a-cause"),
    # a standing denial: a bare gerund is background, a clause is a statement
    pytest.param("Peru denies jailing journalists over their reporting.", 0, id="denies-gerund"),
    pytest.param("Chile denies holding any Peruvian fishermen.", 0, id="denies-gerund-any"),
    pytest.param("The Peruvian government denies that it jails journalists over their "
                 "reporting.", 1, id="denies-clause"),
])
def test_who_and_what_makes_a_statement(extractor, text, statements):
    assert len(_asserted(_events(extractor, text), "STATEMENT")) == statements

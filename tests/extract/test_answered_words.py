"""Words that answer a party's words ("Y rejected X's demand") are one concept read in two
places (mentions.yaml ``answering_verbs``, ``answered_nouns``, ``answered_types``): the
argument finder makes the answerer the one the words were aimed at, and the modality reader
leaves the demand or threat made, whatever the answer (also when the answer is itself
negated). Only a type of ``answered_types`` is read so. And the "by" phrase of an act noun
the parser hangs on its target phrase still names the doer (``agent_host_preps``).
Sentences written for these tests (real countries, invented people and places)."""

from __future__ import annotations

import pytest
from extract.helpers import _events, _of_type, _roles

from graphkit.extract.arguments import noun_agents
from graphkit.extract.mentions import MentionWords
from graphkit.extract.rules import load_rules
from graphkit.resources import schema_dir


@pytest.mark.parametrize("text", [
    "Chile did not reject Iceland's demand that it hand back the impounded schooner.",
    "Chile has not refused Iceland's demand for an apology.",
])
def test_a_demand_not_rejected_was_made_all_the_same(extractor, text):
    demands = _of_type(_events(extractor, text), "DEMAND", "asserted")
    assert demands and _roles(demands[0]) == {"ISL": "source", "CHL": "target"}


def test_only_an_answered_type_takes_the_answerer_as_its_target(extractor):
    # a phone call declined is no words aimed at the one who declined it
    events = _events(extractor, "Chile declined Iceland's call on Tuesday.")
    assert not [e for e in events if e.type == "CALL" and {a.country for a in e.actors} >= {"CHL", "ISL"}]


def test_a_by_phrase_hung_on_the_target_phrase_names_the_doer(extractor):
    # the parser hangs "by Iceland" on "sailors", a word of the arrest's "of" phrase
    noun = next(t for t in extractor.nlp("The arrest of two of its sailors by Iceland angered Chile.")
                if t.lower_ == "arrest")
    hosts = MentionWords.from_schema(load_rules(schema_dir()).mentions).agent_host_preps
    assert hosts >= {"of", "on", "against"}
    assert [t.lower_ for t in noun_agents(noun, hosts)] == ["by"]
    assert noun_agents(noun, frozenset()) == []

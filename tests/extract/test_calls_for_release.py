"""A call for a release that names no addressee ("called for his release", "demanded the
release of the crew") asks whoever the story told holds the people: the doer of the last
detention told before (``release_calls`` of DEMAND in event_types.yaml), also when that
detention is told sentences earlier. A detention by the caller's own side, or none told,
gives no addressee. Sentences written for these tests (real countries, invented people)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events, _word_detector

from graphkit.extract import Extractor

DETAINED = ("Icelandic authorities arrested two Chilean sailors on Friday. The ship was seized near "
            "the coast. Its cargo was impounded. ")


def _demand_countries(extractor, text: str) -> set[str | None]:
    demands = _asserted(_events(extractor, text), "DEMAND")
    assert demands, "no demand found"
    return {a.country for a in demands[-1].actors}


@pytest.mark.parametrize("call", [
    "Chilean Foreign Minister Rosa Vidal demanded the release of the sailors.",
    "Chilean Foreign Minister Rosa Vidal called for their immediate release.",
    "Chilean Foreign Minister Rosa Vidal urged the swift release of the crew.",
])
def test_a_call_for_release_asks_who_detained_them(extractor, call):
    assert _demand_countries(extractor, DETAINED + call) == {"CHL", "ISL"}


def test_a_detention_by_the_callers_own_side_names_no_addressee(extractor):
    text = ("Chilean police detained two Chilean officers on Friday. The ship was seized near the "
            "coast. Its cargo was impounded. Chilean Foreign Minister Rosa Vidal called for their "
            "release.")
    assert _demand_countries(extractor, text) == {"CHL"}


def test_a_call_for_release_with_no_detention_told_names_no_addressee(extractor):
    text = "Uruguay called for the release of the journalist Tomas Ferreira."
    assert _demand_countries(extractor, text) == {"URY"}


def test_a_call_for_something_else_asks_no_detainer(extractor):
    text = DETAINED + "Chilean Foreign Minister Rosa Vidal called for an inquiry into the fishing quotas."
    assert _demand_countries(extractor, text) == {"CHL"}


@pytest.mark.parametrize("call", [
    # what is to be released is no people
    "Peru called for the release of the frozen funds.",
    "Peru urged the swift release of the impounded trawlers.",
    # people held by a party the release itself names, not the detainer
    "Peru called for the release of political prisoners in Bolivia.",
    "Peru demanded the release of the Bolivian dissidents.",
])
def test_a_release_of_no_people_or_of_another_partys_captives_asks_no_detainer(extractor, call):
    text = "Iceland arrested two Chilean sailors on Friday. The talks dragged on for days. " + call
    countries = _demand_countries(extractor, text)
    assert "PER" in countries and "ISL" not in countries


FAR = ("Icelandic coastguards arrested two Chilean deckhands near Grimsvik on Friday. The weather "
       "turned colder. The herring season opened late. Prices at the market of Tollvik rose. "
       "Ferry crossings were cancelled. ")


def test_a_detention_told_far_back_asks_only_for_the_callers_own_people(extractor):
    # the caller's own nationals were held: their holder is asked however far back it was told
    own = FAR + "Chilean envoy Marta Quispe called for their release."
    assert _demand_countries(extractor, own) == {"CHL", "ISL"}
    # a third party's call, several sentences after the detention: no addressee
    other = FAR + "Peruvian envoy Tito Salazar called for their release."
    assert _demand_countries(extractor, other) == {"PER"}


def test_a_release_noun_the_detector_anchors_on_asks_who_detained_them(rules_only):
    learned = Extractor(nlp=rules_only.nlp, detector=_word_detector({("w:release", "DEMAND"): 9.0}))
    text = ("Icelandic police detained four Chilean fishermen at dawn. Chile condemned the "
            "detentions on Monday, pressing for the prompt release of the fishermen.")
    assert _demand_countries(learned, text) == {"CHL", "ISL"}
    funds = ("Icelandic police detained four Chilean fishermen at dawn. Chile condemned the "
             "detentions on Monday, pressing for the prompt release of the seized catch.")
    assert _demand_countries(learned, funds) == {"CHL"}


@pytest.mark.parametrize("call", [
    "Chilean Foreign Minister Rosa Vidal demanded that the sailors be released.",
    "Chilean Foreign Minister Rosa Vidal called for the two sailors to be freed.",
])
def test_a_call_for_a_passive_release_asks_who_detained_them(extractor, call):
    assert _demand_countries(extractor, DETAINED + call) == {"CHL", "ISL"}


def test_a_holder_named_on_those_to_be_released_is_the_addressee(extractor):
    text = "Chilean Foreign Minister Rosa Vidal demanded that the two sailors detained by Peru be released."
    assert _demand_countries(extractor, text) == {"CHL", "PER"}


def test_who_is_to_be_released_is_never_the_addressee(extractor):
    text = ("Icelandic police arrested the Chilean reporter Tomas Ferreira on Friday. The Press "
            "Freedom League of Valdora demanded that Ferreira be released.")
    demands = _asserted(_events(extractor, text), "DEMAND")
    assert demands and "Tomas Ferreira" not in {a.name for a in demands[-1].actors}
    assert "ISL" in {a.country for a in demands[-1].actors}

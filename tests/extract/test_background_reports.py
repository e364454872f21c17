"""Background is not the news. A report told in the perfect is earlier words, not the
day's statement: "had said" anywhere, "has said" after the lead (a lead tells the day's
news in the present perfect); a stance so told ("has denied ...") still counts. A call or
meeting of years ago is a prior contact. Sentences written for these tests, with
invented names."""

from __future__ import annotations

from extract.helpers import _asserted, _events

_LEAD = ("Chilean Foreign Minister Tomas Orrego met his Peruvian counterpart Ana Velarde in Lima "
         "on Thursday. The two ministers discussed fishing rights along the coast. "
         "They agreed to meet again in the spring. ")


def _statements_of(events, name: str):  # type: ignore[no-untyped-def]
    return [e for e in _asserted(events, "STATEMENT") if any(name in a.name for a in e.actors)]


def test_a_report_in_the_present_perfect_after_the_lead_is_no_statement(extractor):
    events = _events(extractor, _LEAD + "Bolivian President Dario Quispe has said his country "
                                        "would never give up its claim to the sea.")
    assert not _statements_of(events, "Quispe")


def test_a_report_in_the_past_perfect_is_no_statement(extractor):
    events = _events(extractor, "Bolivian President Dario Quispe had said his country would "
                                "never give up its claim to the sea.")
    assert not _statements_of(events, "Quispe")


def test_a_report_in_the_present_perfect_in_the_lead_is_the_news(extractor):
    events = _events(extractor, "Bolivian President Dario Quispe has said his country would "
                                "never give up its claim to the sea.")
    assert _statements_of(events, "Quispe")


def test_the_same_report_in_the_simple_past_after_the_lead_is_a_statement(extractor):
    events = _events(extractor, _LEAD + "Bolivian President Dario Quispe said his country "
                                        "would never give up its claim to the sea.")
    assert _statements_of(events, "Quispe")


def test_a_denial_in_the_present_perfect_is_still_a_statement(extractor):
    events = _events(extractor, _LEAD + "Bolivian President Dario Quispe has denied that his "
                                        "country sent troops to the border.")
    assert _statements_of(events, "Quispe")


def test_a_contact_of_years_ago_is_a_prior_not_the_news(extractor):
    events = _events(extractor, _LEAD + "Orrego had also met Bolivian President Dario Quispe "
                                        "in La Paz in March 2019.")
    old = [e for e in events if e.type == "MEET" and "Quispe" in " ".join(a.name for a in e.actors)]
    assert old and all(e.modality == "implied_prior" for e in old)
    assert old[0].date.value == "2019-03"


def test_a_contact_of_last_year_is_still_news(extractor):
    events = _events(extractor, _LEAD + "Orrego also met Bolivian President Dario Quispe "
                                        "in La Paz in March 2024.")
    met = [e for e in events if e.type == "MEET" and "Quispe" in " ".join(a.name for a in e.actors)]
    assert met and met[0].modality == "asserted"

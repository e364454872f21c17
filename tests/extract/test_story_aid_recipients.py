"""Aid told with its giver alone ("X sent aid after the quake") goes to the country the
story joined with the giver before (``story_target`` of AID); with no such country there
is no event. Invented people; real countries only because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events

CONTACT = "Chilean President Tomas Varga met Peruvian President Ana Ruel in Lima on Monday. "


def test_aid_sent_with_no_recipient_goes_to_the_story_counterpart(rules_only):
    text = CONTACT + ("Relations improved in February when Chile sent aid and rescue teams "
                      "after a strong earthquake.")
    aid = _asserted(_events(rules_only, text), "AID")
    assert len(aid) == 1
    assert _countries(aid[0]) == {"CHL", "PER"}


def test_aid_sent_with_no_story_counterpart_is_no_event(rules_only):
    text = "Chile sent aid and rescue teams after a strong earthquake in February."
    assert _asserted(_events(rules_only, text), "AID") == []

""""Both countries" told where no event has yet given two sides stands for the last two
countries the article joined as a pair before it ("X and Y clashed. Z said both countries
..."), not for the countries it names most (which took the speaker's own); two countries
that act together on others ("X and Y condemned ...") are no such pair. Invented events,
people and places; real countries only because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def test_both_countries_after_a_pair_told_before_is_that_pair(extractor):
    text = ("Prime Minister Arlen Voss of Austria said on Tuesday that Norway and Finland had "
            "clashed by the frontier post at Kessavik. Voss said on Wednesday that both countries "
            "agreed to a truce.")
    accords = _asserted(_events(extractor, text), "AGREE")
    assert [{a.country for a in e.actors} for e in accords] == [{"NOR", "FIN"}]


def test_a_pair_that_condemned_together_is_not_both_sides(extractor):
    text = ("Slovenia's police entered Estonia's embassy in the town of Dravik on Friday. Belgium "
            "and Denmark condemned the raid on Saturday. Ireland's foreign minister Ilse Marrow "
            "urged both countries to resolve their differences.")
    demands = _asserted(_events(extractor, text), "DEMAND")
    assert demands and not {"BEL", "DNK"} <= {a.country for a in demands[0].actors}

""""Both countries" told where no event has yet given two sides stands for the last two
countries the article joined as a pair before it ("X and Y clashed. Z said both countries
..."), not for the countries it names most (which took the speaker's own); two countries
that act together on others ("X and Y condemned ...") are no such pair. Sentences written
for these tests (real countries, invented people)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def test_both_countries_after_a_pair_told_before_is_that_pair(extractor):
    text = ("Prime Minister Arlen Voss of Malaysia said on Tuesday that Thailand and Cambodia had "
            "clashed along their border. Voss said on Wednesday that both countries agreed to a truce.")
    accords = _asserted(_events(extractor, text), "AGREE")
    assert [{a.country for a in e.actors} for e in accords] == [{"THA", "KHM"}]


def test_a_pair_that_condemned_together_is_not_both_sides(extractor):
    text = ("Peru's police entered Chile's embassy in Lima on Friday. Brazil and Colombia condemned "
            "the raid on Saturday. Uruguay's foreign minister Ilse Marrow urged both countries "
            "to resolve their differences.")
    demands = _asserted(_events(extractor, text), "DEMAND")
    assert demands and not {"BRA", "COL"} <= {a.country for a in demands[0].actors}

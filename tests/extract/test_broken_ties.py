"""A break of relations is no sanction (false51).

"X severed ties with Y", "cut diplomatic ties", "severing its close ties with Y": the gold
conventions code a break of relations OTHER (like a recall or a summons), never SANCTION, in
the corpus and in every real-news set read; the halt verbs of SANCTION ("suspended trade with
Y", "froze Y's assets", "cut off gas supplies to Y") still make one when what is halted is a
material flow. Invented people; real countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _events


def _sanctions(extractor, text: str) -> list:
    return [e for e in _events(extractor, text) if e.type == "SANCTION" and e.modality == "asserted"]


@pytest.mark.parametrize("text", [
    "Ecuador severed diplomatic ties with Colombia on Monday.",
    "Ecuador cut ties with Colombia on Monday.",
    "Ecuador cuts ties with Colombia",
    "President Tomas Varel has sided with Brazil, severing his country's long ties with Colombia.",
    "Ecuador severed all communication ties with Colombia in June, branding it an enemy.",
])
def test_a_break_of_relations_is_no_sanction(rules_only, text):
    assert not _sanctions(rules_only, text)


@pytest.mark.parametrize("text", [
    "Ecuador suspended trade with Colombia on Monday.",
    "Ecuador cut off gas supplies to Colombia on Monday.",
    "Ecuador froze $300 million of Colombia's assets on Monday.",
    "Ecuador halted oil exports to Colombia on Monday.",
])
def test_a_halted_flow_is_still_a_sanction(rules_only, text):
    assert _sanctions(rules_only, text)

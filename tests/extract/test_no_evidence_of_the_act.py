"""An act that a noun of evidence with a negative determiner is about is not told: "there is
no evidence that X attacked Y", "no sign that X had attacked Y", "no sign of an attack on Y",
"no proof of X arresting Y", "no evidence that Y came under attack" (``negated.evidence_nouns``
of schema/modality.yaml; the parser hangs the clause on the noun as acl or relcl, the act's
noun or gerund on its "of"; an act's noun on another preposition is traced to its verb).
Only what the story says happened is gold. Invented sentences."""

from __future__ import annotations

import pytest
from extract.helpers import _events

NOT_TOLD = [
    ("There is no evidence that Chile attacked Peru.", "ATTACK"),
    ("There were no signs that Uruguay had attacked Paraguay.", "ATTACK"),
    ("There was no sign of an attack on Peru by Chile.", "ATTACK"),
    ("There is no evidence of Nepal attacking Peru.", "ATTACK"),
    ("There is no evidence that Chile launched an attack on Peru.", "ATTACK"),
    ("There is no indication that Nepal sanctioned Peru.", "SANCTION"),
    ("There was no proof that Uruguay met Paraguay's envoy.", "MEET"),
    ("There is no evidence that Uruguay expelled Paraguay's ambassador.", "EXPEL"),
    ("There is no suggestion that Nepal arrested the Peruvian journalist Ana Quispe.", "ARREST"),
    # the act a noun on another preposition than "of": traced up to its clause's verb
    ("There is no evidence that Peru came under attack from Chile.", "ATTACK"),
    ("There was no sign that Nepal had come under attack from Peru.", "ATTACK"),
    # "for" as "of": the act the evidence would be for
    ("There is no evidence for an attack on Peru by Chile.", "ATTACK"),
    ("There was no evidence for a Nepalese raid on Peru.", "ATTACK"),
]


@pytest.mark.parametrize(("sentence", "type_"), NOT_TOLD, ids=[c[0][:40] for c in NOT_TOLD])
def test_an_act_no_evidence_is_found_for_is_not_told(rules_only, sentence, type_):
    events = [e for e in _events(rules_only, sentence) if e.type == type_]
    assert events and all(e.modality == "negated" for e in events), \
        [(e.type, e.modality) for e in events]


# evidence found, a doubt denied, or a "no" on a noun the act is no clause of: told
TOLD = [
    "There is evidence that Chile attacked Peru.",
    "There is no doubt that Chile attacked Peru.",
    "Chile showed no sign of restraint and attacked Peru.",
    "Chile found evidence for an attack on Peru by Bolivia.",
]


@pytest.mark.parametrize("sentence", TOLD, ids=[s[:40] for s in TOLD])
def test_evidence_found_or_a_doubt_denied_leaves_the_act_told(rules_only, sentence):
    assert any(e.type == "ATTACK" and e.modality == "asserted" for e in _events(rules_only, sentence))

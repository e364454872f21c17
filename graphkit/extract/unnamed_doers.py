"""Doers a directed act's own clause leaves unnamed, read from where news tells them.

A side reporting its own operation names its units, not itself: "the ministry said its
forces struck two border posts", "'our jets hit the depot,' the army said". The act's
subject is a unit noun (``reported_units`` of the act's rule) owned by a pronoun
(``reported_unit_owners`` of mentions.yaml: its, their, our): the doer is the side whose
report holds the act (:func:`reported_unit_doer`), and the trigger reader gives a
government body's report to its state ("the defence ministry said its forces struck ...":
the state's strike). Such an account after the act itself was told is the act once more (``_own_account`` in
:mod:`graphkit.extract.restatements`).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from graphkit.extract.reporting import report_of
from graphkit.model import Actor


def reported_unit_doer(token: Token, subject_tokens: Iterable[Token], units: frozenset[str],
                       owners: frozenset[str], reports: list[tuple[Token, list[Actor]]],
                       attribution: Actor | None) -> list[Actor]:
    """The reporter of the act ``token`` whose subject is one of ``units`` owned by a
    pronoun of ``owners`` ("X said its forces shelled Y": X), else the sentence's
    ``attribution`` ("according to X, its forces shelled Y"); none when no such subject, or no report or
    attribution of a side of a known country holds the act."""
    if not any(
            (s.lemma_.lower() in units or s.lower_ in units)
            and any(c.dep_ == "poss" and c.lower_ in owners for c in s.children)
            for s in subject_tokens):
        return []
    report = report_of(token, reports)
    told = report[1] if report is not None else [attribution] if attribution is not None else []
    speakers = [a for a in told if a.country]
    return speakers if len({a.country for a in speakers}) == 1 else []

"""Doers a directed act's own clause leaves unnamed, read from where news tells them.

A side reporting its own operation names its units, not itself: "the ministry said its
forces struck two border posts", "'our jets hit the depot,' the army said". The act's
subject is a unit noun (``reported_units`` of the act's rule) owned by a pronoun
(``its``, ``their``, ``our``): the doer is the side whose report holds the act
(:func:`reported_unit_doer`). Such an account after the act itself was told ("X struck Y
and Z", then "X's army said its jets hit Y's radars") is the act once more, by a body of
its doer's side and with fewer targets: :func:`own_account_of` tells
:func:`~graphkit.extract.restatements.article_events` so (which makes the account the
body's STATEMENT, as for any act told again in its source's words).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from graphkit.extract.found import Found
from graphkit.extract.reporting import report_of
from graphkit.model import Actor

_OWNERS = frozenset({"its", "their", "our"})


def reported_unit_doer(token: Token, subject_tokens: Iterable[Token], units: frozenset[str],
                       reports: list[tuple[Token, list[Actor]]],
                       attribution: Actor | None = None) -> list[Actor]:
    """The reporter of the act ``token`` whose subject is one of ``units`` owned by a
    pronoun ("X said its forces shelled Y": X), else the sentence's ``attribution``
    ("according to X, its forces shelled Y"); none when no such subject, or no report or
    attribution of a side of a known country holds the act."""
    if not units or not any(
            (s.lemma_.lower() in units or s.lower_ in units)
            and any(c.dep_ == "poss" and c.lower_ in _OWNERS for c in s.children)
            for s in subject_tokens):
        return []
    report = report_of(token, reports)
    told = report[1] if report is not None else [attribution] if attribution is not None else []
    speakers = [a for a in told if a.country]
    return speakers if len({a.country for a in speakers}) == 1 else []


def own_account_of(f: Found, kept: Found) -> bool:
    """``f`` is its doer's own account of the directed act ``kept`` the story told
    already: of one type and modality, reported by its own source ("X's military said its
    jets struck Y" after "X struck Y"), a source of the same country as ``kept``'s, targets
    whose countries are among ``kept``'s, and dates that do not disagree."""
    reporter = f.reporter
    if (reporter is None or reporter.country is None or f.rule.roles != "directed"
            or f.type != kept.type or f.modality != kept.modality
            or {a.id for a, role in f.participants if role == "source"} != {reporter.id}):
        return False
    targets = {a.country for a, role in f.participants if role == "target"}
    if not targets or None in targets:
        return False
    return ({a.country for a, role in kept.participants if role == "source"} == {reporter.country}
            and targets <= {a.country for a, role in kept.participants if role == "target"}
            and _dates_agree(f.date.value, kept.date.value))


def _dates_agree(a: str | None, b: str | None) -> bool:
    """Two dates (ISO prefixes) that do not disagree."""
    if a and b:
        n = min(len(a), len(b))
        return a[:n] == b[:n]
    return True

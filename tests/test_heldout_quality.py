"""Regression floor on the project's own held-out proxy set (tests/heldout/).

tests/heldout/ holds 12 short news articles written for this purpose (different outlets'
styles, actors and phrasings from the dev corpus: passive voice, nominalisations,
"according to" reporting, datelines, live-blog timestamps, relative dates, implied prior
contacts, planned/hypothetical/negated events) and gold annotated by hand, before running
graphkit on them, following /work/shared/corpus/README.md.

The set stands in for the held-out real articles the team never sees, so its score is a
rough estimate of how well rules tuned on the dev corpus generalise. When first measured
the extractor scored F1 0.382 here (P 0.400, R 0.366; dev corpus F1 0.865 at the same
time). After the generalisation pass (content test for statements, modality of
complements and conditions, accusation triggers and targets, group references, live-blog
and reaction dates) it scored F1 0.833 (P 0.902, R 0.775; dev F1 0.855); after the
reference pass of the blind round, F1 0.842 (P 0.903, R 0.789; dev F1 0.862). FLOOR sits
about 0.03 below the latest figure: it exists to catch regressions, not to be a
target. Raise it when held-out F1 improves. Never edit the held-out gold or articles to
make this pass, and do not tune extraction rules to these particular sentences (that
would turn the proxy into another dev set); fix the general rule instead.
"""

from __future__ import annotations

from pathlib import Path

from graphkit.evaluate import evaluate

HELDOUT = Path(__file__).parent / "heldout"
FLOOR = 0.815


def test_heldout_f1_floor() -> None:
    report = evaluate(HELDOUT)
    assert report.files == 12
    assert not report.load_errors, report.load_errors
    assert report.f1 >= FLOOR, (
        f"held-out F1 {report.f1:.3f} fell below the regression floor {FLOOR} "
        f"(P {report.precision:.3f}, R {report.recall:.3f})\n" + report.to_text(show_errors=True))

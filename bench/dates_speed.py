"""How fast the date grammar reads sentences (a benchmark, not a test).

    .venv/bin/python bench/dates_speed.py

Prints microseconds per sentence for ``find_date_in_sentence`` and
``find_since_expression`` over a few sentence shapes, each run many times.
"""

from __future__ import annotations

import time
from datetime import date

from graphkit.extract.date_rules import date_grammar
from graphkit.extract.sentence_dates import find_date_in_sentence, find_since_expression

SENTENCES = [
    "The ministers met in Vienna on Monday, the ministry said on Tuesday.",
    "Their phone conversation was the first between the two envoys since March 2019.",
    "The two sides agreed to continue consultations at the expert level.",
    "The minister travelled to the capital for a conference from December 8-9, 2015.",
]
PUBLISHED = date(2025, 7, 2)


def main(rounds: int = 2000) -> None:
    grammar = date_grammar()
    for label, function in (("find_date_in_sentence", find_date_in_sentence),
                            ("find_since_expression", find_since_expression)):
        start = time.perf_counter()
        for _ in range(rounds):
            for sentence in SENTENCES:
                function(sentence, PUBLISHED, grammar=grammar)
        per = (time.perf_counter() - start) / (rounds * len(SENTENCES))
        print(f"{label:<24} {per * 1e6:7.1f} µs a sentence")


if __name__ == "__main__":
    main()

"""Articles for the analyst queries and reports: store.samples' news plus Russia-France
relations (a 2022 call, a ministers' meeting, a resumed 2025 call, an accusation, a
statement, an expulsion, a planned meeting) and a France-USA meeting, so networks reach a
second layer.

``from query.analyst_samples import analyst_news`` (``tests/`` is on ``sys.path``).
"""

from __future__ import annotations

from datetime import date

from store.samples import LAVROV, PUTIN, RUBIO, RUSSIA, event, more_news, news

from graphkit.model import Actor, Article, EventDate, Extraction

MACRON = Actor(id="person:emmanuel-macron", name="Emmanuel Macron", kind="person",
               country="FRA", office="President")
BARROT = Actor(id="person:jean-noel-barrot", name="Jean-Noel Barrot", kind="person",
               country="FRA", office="Foreign Minister")
FRANCE = Actor(id="country:FRA", name="France", kind="country", country="FRA")


def _day(value: str, text: str | None = None) -> EventDate:
    return EventDate(value, "day", text, "explicit")


def france_news() -> list[Extraction]:
    f1 = Article(id="f1-2022-call", outlet="Wire FR", url="https://example.fr/f1",
                 title="Macron calls Putin", published=date(2022, 9, 11), source="f1.txt",
                 text="Macron and Putin spoke by phone on September 11. "
                      "The two leaders plan to meet.")
    f2 = Article(id="f2-2025-resumed", outlet="Wire FR", url="https://example.fr/f2",
                 title="First Macron-Putin call in almost three years",
                 published=date(2025, 7, 1), source="f2.txt",
                 text="Macron and Putin held a phone call on July 1, their first since 2022. "
                      "France accused Russia of destabilising the Sahel. "
                      "Macron told Putin that the war must end. "
                      "Russia expelled French diplomats in July.")
    f3 = Article(id="f3-ministers", outlet="Diplo Daily", url="https://example.org/f3",
                 title="Lavrov meets Barrot; Barrot meets Rubio", published=date(2025, 6, 20),
                 source="f3.txt",
                 text="Lavrov met Barrot in June. "
                      "Barrot met Rubio in Washington on May 20.")
    events_f1 = (
        event(f1, 0, "CALL", (MACRON, "participant"), (PUTIN, "participant"),
              date_=_day("2022-09-11", "on September 11")),
        event(f1, f1.text.index("The two"), "MEET", (MACRON, "participant"),
              (PUTIN, "participant"), modality="planned"),
    )
    events_f2 = (
        event(f2, 0, "CALL", (MACRON, "participant"), (PUTIN, "participant"),
              date_=_day("2025-07-01", "on July 1")),
        event(f2, f2.text.index("France"), "ACCUSE", (FRANCE, "source"), (RUSSIA, "target"),
              date_=_day("2025-07-01")),
        event(f2, f2.text.index("Macron told"), "STATEMENT", (MACRON, "speaker"),
              (PUTIN, "target"), date_=_day("2025-07-01")),
        event(f2, f2.text.index("Russia expelled"), "EXPEL", (RUSSIA, "source"),
              (FRANCE, "target"), date_=EventDate("2025-07", "month", "in July", "month")),
    )
    events_f3 = (
        event(f3, 0, "MEET", (LAVROV, "participant"), (BARROT, "participant"),
              date_=EventDate("2025-06", "month", "in June", "month")),
        event(f3, f3.text.index("Barrot met"), "MEET", (BARROT, "participant"),
              (RUBIO, "participant"), date_=_day("2025-05-20", "on May 20")),
    )
    return [Extraction(f1, events_f1), Extraction(f2, events_f2), Extraction(f3, events_f3)]


def analyst_news() -> list[Extraction]:
    """news() + more_news(3) (Lavrov-Rubio calls of 2025-03-01..03) + france_news()."""
    return [*news(), *more_news(3), *france_news()]

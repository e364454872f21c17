"""Hand-built extractions for the store and query tests: a few articles about
Putin-Trump contacts, a Lavrov statement, sanctions between countries.

Shared by tests/store and tests/query (``from store.samples import news``: ``tests/`` is on
``sys.path`` because ``tests/conftest.py`` lives there).
"""

from __future__ import annotations

from datetime import date

from graphkit.model import (
    Actor,
    Article,
    Event,
    EventDate,
    Extraction,
    Participant,
)

PUTIN = Actor(id="person:vladimir-putin", name="Vladimir Putin", kind="person",
              country="RUS", office="President", wikidata="Q7747",
              aliases=("Vladimir Vladimirovich Putin", "Путин"))
TRUMP = Actor(id="person:donald-trump", name="Donald Trump", kind="person", country="USA",
              office="President", aliases=("Donald J. Trump",))
LAVROV = Actor(id="person:sergey-lavrov", name="Sergey Lavrov", kind="person", country="RUS",
               office="Foreign Minister", aliases=("Sergei Lavrov",))
RUBIO = Actor(id="person:marco-rubio", name="Marco Rubio", kind="person", country="USA",
              office="Secretary of State")
KREMLIN = Actor(id="org:kremlin", name="Kremlin", kind="organisation", country="RUS")
RUSSIA = Actor(id="country:RUS", name="Russia", kind="country", country="RUS")
USA = Actor(id="country:USA", name="United States", kind="country", country="USA",
            aliases=("US", "America"))
EU = Actor(id="org:eu", name="European Union", kind="organisation", country="EU",
           aliases=("EU",))


def event(article: Article, start: int, type_: str, *participants: tuple[Actor, str],
          date_: EventDate | None = None, modality: str = "asserted",
          reported_by: Actor | None = None, subtype: str | None = None,
          confidence: float = 0.8) -> Event:
    """An event of ``article`` whose evidence is the sentence at ``start``."""
    actors = [actor.id for actor, _ in participants]
    evidence = article.text[start:].split(". ")[0].rstrip(".") + "."
    date_ = date_ or EventDate()
    return Event(
        id=Event.make_id(article.id, start, type_, actors, modality, date_.value),
        article_id=article.id, type=type_,
        participants=tuple(Participant(actor, role) for actor, role in participants),
        evidence=evidence, span=(start, start + len(evidence)), date=date_,
        modality=modality, subtype=subtype, confidence=confidence, reported_by=reported_by,
    )


def news() -> list[Extraction]:
    """Three articles: a 2022 call, a 2025 call (with a planned and a negated meeting),
    and an undated meeting plus sanctions between countries."""
    a1 = Article(id="a1-2022-call", outlet="Example Wire", url="https://example.com/a1",
                 title="Putin and Trump speak by phone", published=date(2022, 9, 14),
                 source="a1.html",
                 text="Putin and Trump spoke by phone in September 2022. "
                      "Lavrov said on Tuesday that talks were useful.")
    a2 = Article(id="a2-2025-call", outlet="Example Wire", url="https://example.com/a2",
                 title="Putin and Trump hold first call since 2022",
                 published=date(2025, 2, 12), source="a2.html",
                 text="Putin and Trump held a phone call on Wednesday. "
                      "They plan to meet in Riyadh. "
                      "Trump did not meet Lavrov.")
    a3 = Article(id="a3-undated", outlet=None, url=None, title=None, published=None,
                 source="a3.txt",
                 text="Lavrov met Rubio. "
                      "The United States imposed sanctions on Russia in June 2024. "
                      "The EU and Russia held talks in 2023.")
    e1 = event(a1, 0, "CALL", (PUTIN, "participant"), (TRUMP, "participant"),
               date_=EventDate("2022-09", "month", "in September 2022", "month"),
               reported_by=KREMLIN)
    e2 = event(a1, a1.text.index("Lavrov"), "STATEMENT", (LAVROV, "speaker"),
               date_=EventDate("2022-09-13", "day", "on Tuesday", "weekday"), confidence=0.6)
    e3 = event(a2, 0, "CALL", (TRUMP, "participant"), (PUTIN, "participant"),
               date_=EventDate("2025-02-12", "day", "on Wednesday", "weekday"),
               reported_by=KREMLIN)
    e4 = event(a2, a2.text.index("They"), "MEET", (PUTIN, "participant"),
               (TRUMP, "participant"), modality="planned")
    e5 = event(a2, a2.text.index("Trump did"), "MEET", (TRUMP, "participant"),
               (LAVROV, "participant"), modality="negated",
               date_=EventDate("2025-02", "month", None, "publication"))
    e6 = event(a3, 0, "MEET", (LAVROV, "participant"), (RUBIO, "participant"))
    e7 = event(a3, a3.text.index("The United States"), "SANCTION", (USA, "source"),
               (RUSSIA, "target"), date_=EventDate("2024-06", "month", "in June 2024",
                                                   "month"), subtype="economic")
    e8 = event(a3, a3.text.index("The EU"), "MEET", (EU, "participant"),
               (RUSSIA, "participant"), date_=EventDate("2023", "year", "in 2023", "year"))
    return [Extraction(a1, (e1, e2)), Extraction(a2, (e3, e4, e5)),
            Extraction(a3, (e6, e7, e8))]


def more_news(n: int) -> list[Extraction]:
    """``n`` small articles, each a dated call between Lavrov and Rubio (for batching)."""
    out = []
    for i in range(n):
        article = Article(id=f"bulk-{i:03d}", title=f"Call {i}", source=f"bulk#{i}",
                          published=date(2025, 3, 1 + i % 28),
                          text=f"Lavrov and Rubio spoke by phone, call number {i}.")
        out.append(Extraction(article, (event(
            article, 0, "CALL", (LAVROV, "participant"), (RUBIO, "participant"),
            date_=EventDate(f"2025-03-{1 + i % 28:02d}", "day", None, "explicit")),)))
    return out


# What news() holds, for count assertions (no implied prior contact: no REFERS_TO).
NEWS_COUNTS = {"Article": 3, "Actor": 8, "Event": 8, "PARTICIPATED_IN": 15,
               "MENTIONED_IN": 8, "REPORTED": 2, "REFERS_TO": 0}

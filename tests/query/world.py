"""A small invented world for the named queries' golden rows: two kingdoms and a council.

Arnor (ARN) and Gondor (GON) call, meet, quarrel and trade; the White Council (WCO) speaks
for neither. Every article and sentence is made up for the tests. ``world()`` gives the
extractions (actors already canonical), ``QUESTIONS`` the parameters each named query is
asked with; ``tests/query/golden/NAME.json`` holds the rows both stores must return.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from store.samples import event

from graphkit.model import Actor, Article, EventDate, Extraction

ARAGORN = Actor(id="person:aragorn-elessar", name="Aragorn Elessar", kind="person",
                country="ARN", office="King", aliases=("Elessar",))
HALBARAD = Actor(id="person:halbarad-dunadan", name="Halbarad Dunadan", kind="person",
                 country="ARN", office="Foreign Minister")
FARAMIR = Actor(id="person:faramir-hurin", name="Faramir Hurin", kind="person", country="GON",
                office="Steward")
IMRAHIL = Actor(id="person:imrahil-dol", name="Imrahil Dol", kind="person", country="GON",
                office="Foreign Minister")
ARNOR = Actor(id="country:ARN", name="Arnor", kind="country", country="ARN")
GONDOR = Actor(id="country:GON", name="Gondor", kind="country", country="GON")
COUNCIL = Actor(id="org:white-council", name="White Council", kind="organisation",
                country="WCO")


def _article(key: str, published: date | None, title: str | None, text: str,
             outlet: str | None = "Middle Wire") -> Article:
    return Article(id=key, outlet=outlet, url=f"https://example.org/{key}" if outlet else None,
                   title=title, published=published, source=f"{key}.txt", text=text)


def _day(value: str, text: str = "on Monday") -> EventDate:
    return EventDate(value, "day", text, "weekday")


def world() -> list[Extraction]:
    """Seven articles from 2023 to 2025: calls, meetings, a quarrel, aid, a claim."""
    p = "participant"
    w1 = _article("w1-first-call", date(2023, 3, 7), "Aragorn and Faramir speak",
                  "Aragorn and Faramir spoke by phone on Monday. "
                  "Halbarad said the call was warm.")
    w2 = _article("w2-summit", date(2023, 6, 20), "Summit at the river",
                  "Aragorn met Faramir at the river on Tuesday. "
                  "Arnor sent grain to Gondor in June 2023. "
                  "They plan to meet again in the autumn. "
                  "Aragorn called Faramir on Friday.")
    w3 = _article("w3-quarrel", date(2024, 1, 15), "Gondor accuses Arnor",
                  "Imrahil accused Arnor of hoarding grain on Sunday. "
                  "Gondor imposed sanctions on Arnor in January 2024. "
                  "Halbarad did not meet Imrahil.")
    w4 = _article("w4-ministers", date(2024, 5, 3), "Ministers talk",
                  "Halbarad and Imrahil held talks on Thursday. "
                  "The White Council urged both kingdoms to talk.", outlet="Council Post")
    w5 = _article("w5-claim", date(2025, 2, 11), "First call in two years",
                  "Aragorn and Faramir spoke by phone on Monday, their first call since "
                  "June 2023.")
    w6 = _article("w6-undated", None, None,
                  "Aragorn met Faramir in secret. Halbarad spoke with Faramir by phone.",
                  outlet=None)
    w7 = _article("w7-council", date(2025, 3, 1), "Council hosts the kingdoms",
                  "The White Council hosted Aragorn and Faramir in 2025.")
    return [
        Extraction(w1, (
            event(w1, 0, "CALL", (ARAGORN, p), (FARAMIR, p), date_=_day("2023-03-06")),
            event(w1, w1.text.index("Halbarad"), "STATEMENT", (HALBARAD, "speaker"),
                  date_=EventDate("2023-03-07", "day", None, "publication")))),
        Extraction(w2, (
            event(w2, 0, "MEET", (ARAGORN, p), (FARAMIR, p),
                  date_=_day("2023-06-20", "on Tuesday")),
            event(w2, w2.text.index("Arnor sent"), "AID", (ARNOR, "source"), (GONDOR, "target"),
                  date_=EventDate("2023-06", "month", "in June 2023", "month")),
            event(w2, w2.text.index("They plan"), "MEET", (ARAGORN, p), (FARAMIR, p),
                  modality="planned"),
            event(w2, w2.text.index("Aragorn called"), "CALL", (ARAGORN, "source"),
                  (FARAMIR, "target"), date_=_day("2023-06-16", "on Friday")))),
        Extraction(w3, (
            event(w3, 0, "ACCUSE", (IMRAHIL, "source"), (ARNOR, "target"),
                  date_=_day("2024-01-14", "on Sunday")),
            event(w3, w3.text.index("Gondor imposed"), "SANCTION", (GONDOR, "source"),
                  (ARNOR, "target"), date_=EventDate("2024-01", "month", "in January 2024",
                                                      "month"), subtype="economic"),
            event(w3, w3.text.index("Halbarad did"), "MEET", (HALBARAD, p), (IMRAHIL, p),
                  modality="negated", date_=EventDate("2024-01", "month", None, "publication")))),
        Extraction(w4, (
            event(w4, 0, "MEET", (HALBARAD, p), (IMRAHIL, p),
                  date_=_day("2024-05-02", "on Thursday")),
            event(w4, w4.text.index("The White"), "DEMAND", (COUNCIL, "source"),
                  (ARNOR, "target"), (GONDOR, "target"),
                  date_=EventDate("2024-05-03", "day", None, "publication")))),
        Extraction(w5, (
            event(w5, 0, "CALL", (ARAGORN, p), (FARAMIR, p), date_=_day("2025-02-10")),
            event(w5, 0, "CALL", (ARAGORN, p), (FARAMIR, p),
                  date_=EventDate("2023-06", "month", "since June 2023", "since"),
                  modality="implied_prior", confidence=0.7))),
        Extraction(w6, (
            event(w6, 0, "MEET", (ARAGORN, p), (FARAMIR, p)),
            event(w6, w6.text.index("Halbarad"), "CALL", (HALBARAD, p), (FARAMIR, p)))),
        Extraction(w7, (
            event(w7, 0, "MEET", (COUNCIL, p), (ARAGORN, p), (FARAMIR, p),
                  date_=EventDate("2025", "year", "in 2025", "year")),)),
    ]


ARN = [ARNOR.id, ARAGORN.id, HALBARAD.id]  # a country ref: every actor of Arnor
GON = [GONDOR.id, FARAMIR.id, IMRAHIL.id]
QUAD = {"CALL": "verbal cooperation", "MEET": "verbal cooperation", "AID": "material cooperation",
        "ACCUSE": "verbal conflict", "DEMAND": "verbal conflict",
        "SANCTION": "material conflict", "STATEMENT": "verbal cooperation"}

QUESTIONS: dict[str, list[dict[str, Any]]] = {
    "first_contact_since": [
        {"a_ids": [ARAGORN.id], "b_ids": [FARAMIR.id], "on": "2025-02-10"},
        {"a_ids": ARN, "b_ids": GON, "on": "2024-12-31"},
        {"a_ids": [ARAGORN.id], "b_ids": [FARAMIR.id], "on": "2023-03-06"},
    ],
    "contacts": [
        {"a_ids": [ARAGORN.id], "b_ids": [FARAMIR.id], "modalities": []},
        {"a_ids": ARN, "b_ids": GON, "modalities": ["asserted"]},
    ],
    "timeline": [
        {"x_ids": [HALBARAD.id], "date_from": None, "date_to": None, "types": []},
        {"x_ids": ARN, "date_from": "2024-01-01", "date_to": "2024-12-31", "types": []},
        {"x_ids": GON, "date_from": None, "date_to": None, "types": ["CALL", "MEET"]},
        {"x_ids": ARN, "date_from": None, "date_to": "2025-06-30", "types": [],
         "with_ids": [COUNCIL.id]},
    ],
    "claim_check": [
        {"article_id": "w5-claim", "types": []},
        {"article_id": "w5-claim", "types": ["CALL", "MEET"]},
        {"article_id": "w1-first-call", "types": []},
    ],
    "resumed_contacts": [
        {"min_gap_days": 300, "date_from": None, "date_to": None, "level": "actor"},
        {"min_gap_days": 100, "date_from": "2024-01-01", "date_to": None, "level": "country"},
    ],
    "dyad_summary": [
        {"a_ids": ARN, "b_ids": GON, "by": "year", "modalities": ["asserted", "implied_prior"],
         "classes": QUAD},
        {"a_ids": [ARAGORN.id], "b_ids": [FARAMIR.id], "by": "month", "modalities": [],
         "classes": QUAD},
    ],
    "actor_network": [
        {"x_ids": [HALBARAD.id], "depth": 1, "date_from": None, "date_to": None,
         "modalities": ["asserted", "implied_prior"], "classes": QUAD},
        {"x_ids": [COUNCIL.id], "depth": 2, "date_from": "2024-01-01", "date_to": None,
         "modalities": [], "classes": QUAD},
    ],
    "partner_countries": [
        {"x_ids": ARN, "date_from": None, "date_to": None,
         "modalities": ["asserted", "implied_prior"], "classes": QUAD},
        {"x_ids": [HALBARAD.id], "date_from": "2024-01-01", "date_to": None,
         "modalities": [], "classes": QUAD},
    ],
    "dyad_events": [
        {"a_ids": ARN, "b_ids": GON, "modalities": []},
        {"a_ids": [COUNCIL.id], "b_ids": ARN, "modalities": ["asserted"]},
    ],
}

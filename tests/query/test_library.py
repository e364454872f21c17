"""graphkit.query's functions (refs resolved, then a named query) on both stores."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from store.opening import open_test_store
from store.samples import more_news, news

from graphkit.errors import QueryError
from graphkit.query import FirstContact, contacts, first_contact_since, timeline
from graphkit.store import Store


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    opened = open_test_store(request, request.param, tmp_path / "kg")
    opened.write([*news(), *more_news(3)])
    yield opened
    opened.close()


def test_first_contact_since_with_loose_names(store: Store) -> None:
    found = first_contact_since(store, "putin", "Donald Trump", "2025-02-12")
    assert isinstance(found, FirstContact)
    assert (found.date, found.date_precision, found.gap_days) == ("2022-09", "month", 895)
    assert found.a.ids == ("person:vladimir-putin",) and found.on == "2025-02-12"
    assert found.article_title == "Putin and Trump speak by phone"
    as_dict = found.as_dict()
    assert as_dict["a"]["label"] == "Vladimir Putin" and as_dict["gap_days"] == 895


def test_first_contact_since_accepts_a_date_and_countries(store: Store) -> None:
    found = first_contact_since(store, "Russia", "US", date(2025, 3, 2))
    assert found is not None
    # Lavrov-Rubio call of 2025-03-01 (more_news), a RUS-USA contact.
    assert (found.date, found.gap_days, found.type) == ("2025-03-01", 1, "CALL")


def test_first_contact_since_none_when_no_earlier_contact(store: Store) -> None:
    assert first_contact_since(store, "Putin", "Trump", "2022-01-01") is None


def test_contacts_between_countries_oldest_first(store: Store) -> None:
    rows = contacts(store, "RUS", "United States")
    dates = [r["date"] for r in rows]
    assert dates == ["2022-09", "2025-02", "2025-02-12", "2025-03-01", "2025-03-02",
                     "2025-03-03", None, None]
    assert [r["date"] for r in contacts(store, "Russia", "USA", modalities=["planned"])] == [
        None]


def test_timeline_of_a_country_with_range_and_types(store: Store) -> None:
    rows = timeline(store, "Russia", date_from="2023-06-01", date_to="2024-12-31")
    assert [(r["date"], r["type"]) for r in rows] == [("2023", "MEET"), ("2024-06", "SANCTION")]
    sanction = rows[1]
    assert sanction["participants"] == [
        {"name": "Russia", "country": "RUS", "role": "target"},
        {"name": "United States", "country": "USA", "role": "source"}]
    calls = timeline(store, "Lavrov", types=["call"])
    assert [r["date"] for r in calls] == ["2025-03-01", "2025-03-02", "2025-03-03"]


@pytest.mark.parametrize(("call", "message"), [
    (lambda s: first_contact_since(s, "Putin", "Zelensky", "2025-01-01"),
     "no actor matches 'Zelensky'"),
    (lambda s: first_contact_since(s, "Putin", "Trump", "12/02/2025"), "YYYY-MM-DD"),
    (lambda s: timeline(s, "Putin", date_from="last year"), "date_from must be a date"),
    (lambda s: timeline(s, "Putin", types=["PARTY"]), "unknown event type 'PARTY'"),
    (lambda s: contacts(s, "Putin", "Trump", modalities=["maybe"]), "unknown modality"),
])
def test_bad_input_raises_query_error(store: Store, call: Any, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        call(store)


def test_contacts_and_timeline_give_a_page_of_their_rows(store: Store) -> None:
    every = contacts(store, "Lavrov", "Rubio")
    assert len(every) == 4
    assert contacts(store, "Lavrov", "Rubio", limit=2, offset=1) == every[1:3]
    year = timeline(store, "Russia", "2025-01-01", "2025-12-31")
    assert timeline(store, "Russia", "2025-01-01", "2025-12-31", limit=2) == year[:2]
    assert timeline(store, "Russia", "2025-01-01", "2025-12-31", offset=2) == year[2:]


@pytest.mark.parametrize(("limit", "offset"), [(-1, 0), (None, -3), (2.5, 0), (True, 0)])
def test_a_page_of_negative_or_fractional_size_is_refused(store: Store, limit: Any,
                                                          offset: Any) -> None:
    with pytest.raises(QueryError, match="whole number"):
        contacts(store, "Lavrov", "Rubio", limit=limit, offset=offset)

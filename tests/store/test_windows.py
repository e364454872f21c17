"""A write reads only the stored events its resolution can reach: family AND date window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from store.samples import LAVROV, RUBIO, event

from graphkit.model import Article, EventDate, Extraction
from graphkit.store import EmbeddedStore
from graphkit.store import embedded as embedded_module


def _call(i: int, day: date, modality: str = "asserted",
          when: EventDate | None = None) -> Extraction:
    article = Article(id=f"w-{i:04d}", title=f"Call {i}", outlet=f"Outlet {i % 3}",
                      published=day, text=f"Lavrov and Rubio spoke by phone, call {i}.")
    when = when or EventDate(day.isoformat(), "day", "on Monday", "weekday")
    return Extraction(article, (event(article, 0, "CALL", (LAVROV, "participant"),
                                      (RUBIO, "participant"), date_=when,
                                      modality=modality),))


def _history(years: int) -> list[Extraction]:
    """A call of the pair every month for ``years`` years from 2010."""
    return [_call(i, date(2010 + i // 12, 1 + i % 12, 10)) for i in range(years * 12)]


def _fetched_by_one_write(tmp_path: Path, history: list[Extraction], new: Extraction,
                          monkeypatch) -> int:
    store = EmbeddedStore(tmp_path)
    store.write(history)
    fetched: list[int] = []
    real = embedded_module._stored_events

    def counting(conn, windows, ids):
        found = real(conn, windows, ids)
        fetched.append(len(found))
        return found

    monkeypatch.setattr(embedded_module, "_stored_events", counting)
    store.write([new])
    return sum(fetched)


def test_a_write_reads_the_same_whatever_the_pairs_history(tmp_path: Path, monkeypatch) -> None:
    new = _call(9999, date(2009, 6, 10))
    short = _fetched_by_one_write(tmp_path / "short", _history(3), new, monkeypatch)
    long = _fetched_by_one_write(tmp_path / "long", _history(12), new, monkeypatch)
    assert short == long
    assert long <= 8  # the months within a year of the new call, not 144 calls


def test_windowed_writes_give_the_graph_of_one_write(tmp_path: Path) -> None:
    history = _history(4)
    # a month report and an implied prior contact reaching into the history, written last
    late = [_call(5000, date(2013, 2, 1), when=EventDate("2011-05", "month", "in May", "month")),
            _call(5001, date(2014, 3, 1), modality="implied_prior",
                  when=EventDate("2012", "year", "since 2012", "since"))]
    one_by_one = EmbeddedStore(tmp_path / "a")
    for extraction in [*history, *late]:
        one_by_one.write([extraction])
    at_once = EmbeddedStore(tmp_path / "b")
    at_once.write([*late, *history])
    got, expected = one_by_one.to_networkx(), at_once.to_networkx()
    assert sorted(got.nodes(data=True)) == sorted(expected.nodes(data=True))
    assert sorted(got.edges(keys=True, data=True)) == sorted(expected.edges(keys=True, data=True))

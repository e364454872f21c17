"""A write reads only the stored events its resolution can reach: family AND the days of
its reports, whatever the pair's history; and what it writes is the graph of one write."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from store.samples import LAVROV, RUBIO, event

from graphkit.model import Article, EventDate, Extraction
from graphkit.store import EmbeddedStore
from graphkit.store import embedded as embedded_module


def _call(i: int, day: date, modality: str = "asserted",
          when: EventDate | None = None, type_: str = "CALL") -> Extraction:
    article = Article(id=f"w-{i:04d}", title=f"Call {i}", outlet=f"Outlet {i % 3}",
                      published=day, text=f"Lavrov and Rubio spoke by phone, call {i}.")
    when = when or EventDate(day.isoformat(), "day", "on Monday", "weekday")
    return Extraction(article, (event(article, 0, type_, (LAVROV, "participant"),
                                      (RUBIO, "participant"), date_=when,
                                      modality=modality),))


def _history(years: int) -> list[Extraction]:
    """A call of the pair every month for ``years`` years from 2010."""
    return [_call(i, date(2010 + i // 12, 1 + i % 12, 10)) for i in range(years * 12)]


def _busy_history(years: int) -> list[Extraction]:
    """A call of the pair every other day for ``years`` years from 2010, and each month a
    call dated only by its month, and each year one dated only by its year (so every
    month and year holds many calls: its month and year reports join none of them)."""
    out = [_call(i, date.fromordinal(date(2010, 1, 1).toordinal() + 2 * i))
           for i in range(years * 182)]
    for y in range(years):
        out.append(_call(20000 + y, date(2010 + y, 12, 31),
                         when=EventDate(str(2010 + y), "year", "this year", "year")))
        for m in range(12):
            out.append(_call(30000 + 12 * y + m, date(2010 + y, m + 1, 28),
                             when=EventDate(f"{2010 + y}-{m + 1:02d}", "month", "in", "month")))
    return out


def _read_by_one_write(tmp_path: Path, history: list[Extraction], new: Extraction,
                       monkeypatch) -> tuple[int, int]:
    """(events read as summaries, events read whole) by writing ``new`` after ``history``."""
    store = EmbeddedStore(tmp_path)
    store.write(history)
    summaries: set[str] = set()
    whole: set[str] = set()
    real_summaries, real_whole = embedded_module._event_summaries, embedded_module._stored_events

    def counting_summaries(conn, windows, ids, *known):
        found = real_summaries(conn, windows, ids, *known)
        summaries.update(e.props["id"] for e in found)
        return found

    def counting_whole(conn, windows, ids):
        found = real_whole(conn, windows, ids)
        whole.update(e.props["id"] for e in found)
        return found

    monkeypatch.setattr(embedded_module, "_event_summaries", counting_summaries)
    monkeypatch.setattr(embedded_module, "_stored_events", counting_whole)
    store.write([new])
    return len(summaries), len(whole)


def test_a_write_reads_the_same_whatever_the_pairs_history(tmp_path: Path, monkeypatch) -> None:
    new = _call(9999, date(2009, 6, 10))
    short = _read_by_one_write(tmp_path / "short", _history(3), new, monkeypatch)
    long = _read_by_one_write(tmp_path / "long", _history(12), new, monkeypatch)
    assert short == long
    assert long == (0, 0)  # no call within a day of the new one: nothing to read


def test_a_write_into_a_busy_year_reads_only_the_days_near_its_reports(
        tmp_path: Path, monkeypatch) -> None:
    new = _call(9999, date(2011, 6, 10))  # (between the history's calls of the 9th and 11th)
    short = _read_by_one_write(tmp_path / "short", _busy_history(2), new, monkeypatch)
    long = _read_by_one_write(tmp_path / "long", _busy_history(6), new, monkeypatch)
    assert short == long
    # the calls within a day of the new one (clustered again, so read whole), June's
    # month-dated call and 2011's year-dated one; the many calls of June and of 2011 that
    # keep those two from joining anything are counted, not read
    assert long == (4, 2)


def _graph(store: EmbeddedStore) -> tuple[list, list]:
    graph = store.to_networkx()
    return (sorted(graph.nodes(data=True), key=str),
            sorted(graph.edges(keys=True, data=True), key=str))


def _one_by_one_is_one_write(tmp_path: Path, extractions: list[Extraction]) -> EmbeddedStore:
    one_by_one = EmbeddedStore(tmp_path / "a")
    for extraction in extractions:
        one_by_one.write([extraction])
    at_once = EmbeddedStore(tmp_path / "b")
    at_once.write(extractions)
    assert _graph(one_by_one) == _graph(at_once)
    return one_by_one


def test_an_implied_prior_far_back_refers_to_its_real_meeting(tmp_path: Path) -> None:
    history = [*_busy_history(3)]
    meeting = _call(7000, date(2010, 3, 17), type_="MEET")
    later = [_call(7001 + i, date(2012, 5, 1 + i), type_="MEET") for i in range(5)]
    implied = _call(7100, date(2012, 6, 1), modality="implied_prior", type_="MEET",
                    when=EventDate("2010-03", "month", "since March 2010", "since"))
    store = _one_by_one_is_one_write(tmp_path, [*history, meeting, *later, implied])
    graph = store.to_networkx()
    refers = [(s, t) for s, t, d in graph.edges(data=True) if d["type"] == "REFERS_TO"]
    assert refers == [(implied.events[0].id, meeting.events[0].id)]


def test_a_year_report_joins_the_one_month_cluster_a_later_write_makes(tmp_path: Path) -> None:
    since_year = _call(8000, date(2022, 3, 1), modality="implied_prior",
                       when=EventDate("2021", "year", "since 2021", "since"))
    since_month = _call(8001, date(2022, 9, 1), modality="implied_prior",
                        when=EventDate("2021-08", "month", "since August 2021", "since"))
    store = _one_by_one_is_one_write(tmp_path, [since_year, since_month])
    assert store.counts()["Event"] == 1


def test_a_write_keeps_the_refers_of_an_implied_contact_it_cannot_change(
        tmp_path: Path) -> None:
    real = _call(8100, date(2021, 8, 30))
    long_since = _call(8101, date(2022, 2, 1), modality="implied_prior",
                       when=EventDate("2021-06-01/2021-09-15", "interval", "since", "since"))
    # (reads August 2021, half of the long contact's period: it is left as stored)
    since_august = _call(8102, date(2022, 9, 1), modality="implied_prior",
                         when=EventDate("2021-08", "month", "since August 2021", "since"))
    store = _one_by_one_is_one_write(tmp_path, [real, long_since, since_august])
    graph = store.to_networkx()
    refers = sorted((s, t) for s, t, d in graph.edges(data=True) if d["type"] == "REFERS_TO")
    assert refers == sorted([(long_since.events[0].id, real.events[0].id),
                             (since_august.events[0].id, real.events[0].id)])


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

"""What a write touches on the embedded store: pages of the write-ahead log per event.

Usage::

    nice -n 10 .venv/bin/python bench/write_pages.py --events 100000 --path /tmp/kg-pages

Builds ``--events`` synthetic events (:mod:`world`, resolved as ``bench/scale.py`` does) in
writes of 200 articles into the store at ``--path`` (it must be new, or hold the same
build). Before each write the log is checkpointed and truncated, and checkpoints are held
off until the write has committed, so the log's frames after the commit are the pages
that write changed. Prints one JSON object: ``pages_per_event_by_tenth`` (the mean over
each tenth of the build's writes) and, for the last write, its pages by the table or
index owning them (``dbstat``), per event.
"""

from __future__ import annotations

import argparse
import collections
import json
import struct
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from world import extractions  # noqa: E402

from graphkit.resolve import ActorResolver  # noqa: E402
from graphkit.store import EmbeddedStore  # noqa: E402

BATCH = 200
_WAL_HEADER, _FRAME_HEADER = 32, 24


def logged_pages(wal: Path, page_size: int) -> set[int]:
    """The page numbers of the frames in a write-ahead log."""
    data = wal.read_bytes() if wal.exists() else b""
    return {struct.unpack(">I", data[at:at + 4])[0]
            for at in range(_WAL_HEADER, len(data), page_size + _FRAME_HEADER)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10000)
    parser.add_argument("--path", type=Path, required=True)
    args = parser.parse_args()
    store = EmbeddedStore(args.path)
    conn = store.conn
    conn.execute("PRAGMA wal_autocheckpoint=0")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    wal = store.file.with_name(store.file.name + "-wal")
    resolver = ActorResolver()
    writes: list[tuple[int, int, set[int]]] = []  # (events so far, events, pages)
    batch, done = [], 0

    def write() -> None:
        nonlocal done
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.write(batch)
        events = sum(len(x.events) for x in batch)
        done += events
        writes.append((done, events, logged_pages(wal, page_size)))
        batch.clear()

    for extraction in extractions(args.events):
        batch.append(resolver.resolve(extraction))
        if len(batch) == BATCH:
            write()
    if batch:
        write()
    tenths = [[len(p) / n for so_far, n, p in writes
               if i * done / 10 < so_far <= (i + 1) * done / 10] for i in range(10)]
    owner = dict(conn.execute("SELECT pageno, name FROM dbstat"))
    _, events, pages = writes[-1]
    by_owner = collections.Counter(owner.get(p, "(free or new)") for p in pages)
    print(json.dumps({
        "events": done,
        "pages_per_event_by_tenth": [round(sum(t) / len(t), 1) for t in tenths if t],
        "last_write_events": events,
        "last_write_pages_per_event": {name: round(n / events, 2)
                                       for name, n in by_owner.most_common()}}))
    store.close()


if __name__ == "__main__":
    main()

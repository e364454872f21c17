"""The garbage collector is held off during a write and restored after it."""

from __future__ import annotations

import gc
import threading

import pytest

from graphkit.store.planner import paused_collection


@pytest.fixture(autouse=True)
def _collector_enabled():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_write_pauses_the_collector_and_enables_it_after():
    with paused_collection():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_nested_writes_enable_it_only_when_the_last_leaves():
    with paused_collection():
        with paused_collection():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_disabled_before_stays_disabled():
    gc.disable()
    with paused_collection():
        pass
    assert not gc.isenabled()


def test_an_error_in_the_write_still_enables_it():
    with pytest.raises(ValueError), paused_collection():
        raise ValueError("write failed")
    assert gc.isenabled()


def test_concurrent_writes_enable_it_when_both_have_left():
    inside, release = threading.Event(), threading.Event()

    def other_write() -> None:
        with paused_collection():
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=other_write)
    thread.start()
    inside.wait(5)
    with paused_collection():
        pass
    assert not gc.isenabled()  # (the other write is still inside)
    release.set()
    thread.join(5)
    assert gc.isenabled()


def test_embedded_write_leaves_the_collector_as_it_was(tmp_path):
    from graphkit.store import EmbeddedStore

    store = EmbeddedStore(tmp_path / "store")
    store.write([])
    store.close()
    assert gc.isenabled()

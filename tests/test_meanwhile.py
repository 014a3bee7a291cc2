"""A corpus-wide stage computed in a thread while the caller waits on its workers (``cached_meanwhile``)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from consistency.cache import Cache
from consistency.corpus_results import cached_meanwhile
from consistency.model import EventEvidence


def test_computes_in_another_thread_and_stores_the_value(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    threads: list[threading.Thread] = []

    def compute() -> tuple[EventEvidence, ...]:
        threads.append(threading.current_thread())
        return (EventEvidence(names=("Harbour Lane",)),)

    value = cached_meanwhile(cache, "k" * 64, compute, lambda v: True)()
    assert value == (EventEvidence(names=("Harbour Lane",)),)
    assert threads and threads[0] is not threading.current_thread()
    # A second run reads the stored value back and computes nothing.
    again = cached_meanwhile(cache, "k" * 64, lambda: pytest.fail("computed again"), lambda v: True)()
    assert again == value


def test_a_stored_value_the_check_refuses_is_computed_again(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    cached_meanwhile(cache, "a" * 64, lambda: (EventEvidence(),), lambda v: True)()
    fresh = cached_meanwhile(cache, "a" * 64, lambda: (EventEvidence(dates=("2024-05-01",)),), lambda v: False)()
    assert fresh == (EventEvidence(dates=("2024-05-01",)),)


def test_what_compute_raises_is_raised_to_the_caller() -> None:
    def broken() -> tuple[EventEvidence, ...]:
        raise ValueError("no sources")

    result = cached_meanwhile(None, None, broken, lambda v: True)
    with pytest.raises(ValueError, match="no sources"):
        result()

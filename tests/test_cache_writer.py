"""The cache's background writer holds a bounded amount of unwritten entries."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from consistency import cache as cache_module
from consistency.cache import Cache


def test_a_slow_writer_makes_put_wait_rather_than_the_run_grow(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    written: list[str] = []
    real = cache_module._write_entry

    def slow(path: str, data: bytes) -> None:  # a busy machine's disk and scheduler
        time.sleep(0.02)
        real(path, data)
        written.append(path)

    monkeypatch.setattr(cache_module, "_write_entry", slow)
    monkeypatch.setattr(cache_module, "PENDING_BYTES", 3_000, raising=False)
    cache = Cache(tmp_path, background=True)
    held = []
    for n in range(12):
        cache.put(f"{n:064x}", ["x" * 1_000], namespace="test")
        held.append(sum(map(len, cache._pending.values())))
    assert max(held) <= 3_000 + 1_200  # at most the bound and the entry just given
    cache.flush()
    assert len(written) == 12
    assert all(cache.get(f"{n:064x}", namespace="test") == ["x" * 1_000] for n in range(12))


def test_an_entry_put_twice_is_written_once_and_the_writer_goes_on(tmp_path: Path) -> None:
    cache = Cache(tmp_path, background=True)
    cache.put("a" * 64, [1], namespace="test")
    cache.put("a" * 64, [2], namespace="test")
    cache.put("b" * 64, [3], namespace="test")
    cache.flush()
    assert not any(t.name == "cache-writer" and t.is_alive() for t in threading.enumerate())
    on_disk = Cache(tmp_path)  # what a later run reads
    assert on_disk.get("a" * 64, namespace="test") == [2] and on_disk.get("b" * 64, namespace="test") == [3]

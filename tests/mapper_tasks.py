"""Tasks the worker-pool tests (``tests/test_scale.py``) send to worker processes.

A spawned worker imports the module of the function it runs. These import nothing of the engine, so a
spawned worker starts in a fraction of a second instead of the two or so that the engine's imports take
(the test that replaces workers every few chunks spawns half a dozen)."""

from __future__ import annotations

import gc
import os

SEEN = "as imported"  # a test sets another value in its own process: a forked worker sees it, a spawned one not


def pid(n: int) -> tuple[int, int]:
    return n, os.getpid()


def seen(_n: int) -> str:
    return SEEN


def pace(_n: int) -> tuple[int, ...]:
    return gc.get_threshold()

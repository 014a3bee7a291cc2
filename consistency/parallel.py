"""Runs one function over many items in worker processes, yielding results in input order.

The engine's stages are pure functions of their inputs, so splitting a corpus into chunks and
running the chunks in processes changes nothing but the wall time: results come back in the order
the items went in, whatever the number of workers and whichever worker finishes first. Only a
bounded window of chunks is in flight at once, so a stream of articles is never read whole into
the queue. ``jobs=1`` runs in this process (no pool, no pickling), as the tool always did.

The function must be importable at module level (workers receive it by name) and must not raise:
a stage turns its own errors into values (``Problem``) so that one bad article never stops a run.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Protocol, TypeVar

from consistency.memory import WORKER_PACE, give_back

T = TypeVar("T")
R = TypeVar("R")

CHUNK = 16  # items per task: large enough to amortise pickling, small enough to balance the load
WINDOW_PER_JOB = 4  # chunks in flight per worker
FEW = 32  # fewer items than this run in this process whatever ``jobs`` says
TASKS_PER_FRESH_WORKER = 8  # chunks a spawned worker runs before a new one takes its place


class Mapper(Protocol):
    """Maps a function over items, results in input order (local processes, or a Dask cluster)."""

    def __call__(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]: ...


def default_jobs() -> int:
    """The cores this process may use (the CPU affinity mask where there is one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def run_chunk(fn: Callable[[T], R], chunk: Sequence[T]) -> list[R]:
    """One task: the function over one chunk (module level, so workers can receive it).

    The worker then hands back to the system what the chunk freed in the C heap (``give_back``).
    """
    results = [fn(item) for item in chunk]
    give_back()
    return results


def _context(fresh: bool = False) -> multiprocessing.context.BaseContext:
    # fork shares the loaded modules and vocabularies with the workers at no cost; elsewhere, or
    # when the workers must not start with what this process holds now, spawn.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods and not fresh else "spawn")


class ProcessMapper:
    """A pool of ``jobs`` worker processes, started on first use and shut down by ``close``."""

    def __init__(self, jobs: int, chunk: int = CHUNK, few: int = FEW) -> None:
        self.jobs = max(1, jobs)
        self.chunk = max(1, chunk)
        self.few = few
        self._pool: ProcessPoolExecutor | None = None
        self._fresh = False

    def __call__(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        if self.jobs == 1:
            for item in items:
                yield fn(item)
            return
        # A handful of items (the few articles a warm cache misses) is quicker here than in a pool.
        iterator = iter(items)
        first = list(islice(iterator, self.few))
        if len(first) < self.few:
            for item in first:
                yield fn(item)
            return
        items = itertools.chain(first, iterator)
        pool = self._started()
        pending: deque[Future[list[R]]] = deque()
        window = self.jobs * WINDOW_PER_JOB
        submitted = 0
        for chunk in chunks(items, self.chunk):
            if self._fresh and submitted >= self.jobs * TASKS_PER_FRESH_WORKER:
                # Spawned workers are replaced every few chunks: the event stage's grew from about 60
                # to 100 MB each over a 10,000-article run (large events leave their heaps fragmented),
                # at the run's largest moment. New ones cost their imports, under a second. (The
                # executor's own max_tasks_per_child can deadlock on Python 3.11: CPython gh-115634.)
                while pending:
                    yield from pending.popleft().result()
                self.close()
                pool, submitted = self._started(), 0
            pending.append(pool.submit(run_chunk, fn, chunk))
            submitted += 1
            while len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()

    def start(self) -> None:
        """Start the workers now, while this process holds little.

        A forked worker begins with everything this process holds mapped: started before a corpus is
        read, each holds the modules alone (about 100 MB), not the corpus too (at 100,000 articles,
        several hundred MB each, counted again in every worker's resident memory).
        """
        if self.jobs > 1:
            self._started()

    def _started(self) -> ProcessPoolExecutor:
        if self._pool is None:
            if self._fresh:  # a spawned worker would start at Python's own collection pace (``WORKER_PACE``)
                self._pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=_context(fresh=True),
                                                 initializer=gc.set_threshold, initargs=WORKER_PACE)
            else:  # a forked one collects at this process's pace
                self._pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=_context())
            if not self._fresh:  # a pool of forked workers starts them all on its first task: one now
                self._pool.submit(int).result()
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def renew(self) -> None:
        """Close the pool; a later one starts from scratch (spawned, not forked).

        For a stage run after this process has come to hold a corpus: a forked worker begins with
        all of it mapped (the system counts it in every worker's memory, and Python's reference
        counts soon make it each worker's own copy), a spawned one with the modules it imports.
        """
        self.close()
        self._fresh = True

    def __enter__(self) -> ProcessMapper:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

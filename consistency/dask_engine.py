"""Runs the per-article and per-event work on a Dask cluster (``pip install "consistency[dask]"``).

The stages are the engine's own functions: this module only sends partitions of the corpus (articles
for extraction, events for alignment) to the cluster's workers as Dask tasks and gathers the results
in partition order, so a run on a
cluster gives exactly the JSON of a local run. ``--scheduler ADDRESS`` joins an existing cluster;
without it a ``LocalCluster`` is started for the run and stopped after it.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from consistency.errors import ConfigError
from consistency.parallel import chunks, run_chunk

T = TypeVar("T")
R = TypeVar("R")

PARTITION = 32  # articles per task
WINDOW = 64  # partitions in flight: the corpus is streamed to the cluster, never scattered whole


class DaskMapper:
    """A ``Mapper`` over a ``distributed.Client``: one task per partition, results in input order."""

    def __init__(self, client: Any, partition: int = PARTITION) -> None:
        self.client = client
        self.partition = partition

    def __call__(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        pending: deque[Any] = deque()
        for chunk in chunks(items, self.partition):
            # pure=False: a fresh random key per task, so two partitions (or two stages) never share one
            pending.append(self.client.submit(run_chunk, fn, chunk, pure=False))
            while len(pending) >= WINDOW:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


@contextlib.contextmanager
def dask_mapper(scheduler: str | None = None, *, workers: int | None = None) -> Iterator[DaskMapper]:
    """A mapper on the cluster at ``scheduler``, or on a local cluster started (and stopped) here."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as missing:
        raise ConfigError("--engine dask needs Dask: pip install 'consistency[dask]'") from missing
    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except OSError as error:
            raise ConfigError(f"--scheduler {scheduler}: cannot reach the Dask scheduler ({error})") from error
        with client:
            yield DaskMapper(client)
        return
    with LocalCluster(n_workers=workers, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
        yield DaskMapper(client)

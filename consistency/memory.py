"""Freed memory handed back to the system between stages, where the C library allows it.

CPython keeps small objects in its own arenas and gives a block over 512 bytes (a long list, a
string of an article, an array) to the C allocator. glibc keeps what is freed there mapped in case
it is needed again, so a stage that built large tables and dropped them still holds many of those
pages afterwards: measured at 10,000 articles, the main process stayed about 100 MB above what it
used once grouping was done (trimmed: 438 -> 364 MB at the start of the event stage).
``malloc_trim(0)`` returns every whole free page to the system. It took a few milliseconds on a
250 MB process, so it runs between stages and after a worker's chunk, never inside a loop. What
CPython keeps in its own arenas it cannot return: trimmed after each chunk, a forked worker still
grew from about 95 to 150 MB over the event stage (its workers are now replaced every few chunks:
``parallel.TASKS_PER_FRESH_WORKER``). On other C libraries (macOS, Windows, musl) there is nothing
to call and it does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
from collections.abc import Callable

# The cyclic collector's pace for a run (``cli``; forked workers inherit it): a collection every
# 50,000 allocations, not 700. A run builds hundreds of thousands of small objects that live until its
# end and form no cycles; at the default pace the collector walks them again and again. Reference
# counting frees all as before. (Spawned event-stage workers do not take it: at this pace they saved
# about 3% of the stage's instructions, but the 10k audit's peak memory rose 590 -> 714 MiB. They take
# ``WORKER_PACE``.)
COLLECTION_PACE = (50_000, 20, 20)
# The pace of spawned workers (the event stage's): Python's own, a young collection every 700
# allocations. At 2,000 the collector walked less of what aligning one event allocates while it was
# still alive (0.65 -> 0.24 s of a worker's 4.2 s on the 1k corpus's events), but the 10k audit's summed
# peak memory rose about 10-18 MiB (628 -> 638-646 MiB in runs of one afternoon), over the 600 MB aim.
WORKER_PACE = (700, 10, 10)


@functools.cache
def _trim() -> Callable[[int], int] | None:
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else ctypes.CDLL(None)
        trim: Callable[[int], int] = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    return trim


def give_back() -> None:
    """Return the C heap's free pages to the system (glibc); elsewhere nothing."""
    trim = _trim()
    if trim is not None:
        trim(0)

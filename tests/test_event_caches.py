"""An event's task empties the caches alignment and the checks filled with its sentences and facts.

They served that event's pairs only; held on, they kept every event's sentences in the worker for the
rest of its life. Emptying them must not change an event's results.
"""

from __future__ import annotations

from consistency import align, text
from consistency.event_results import _EVENT_CACHES, forget_event_caches, packed
from consistency.spool import from_bytes


def _filling_stage(task: object) -> tuple[list[object], list[object]]:
    """A stage that reads through two of the caches, as alignment does."""
    align._ages_in("The driver, aged 54, and a passenger, 37, were hurt.")
    text.stem("flooding")
    return [], []


def test_an_events_task_leaves_its_caches_empty() -> None:
    _filling_stage(None)
    assert align._ages_in.cache_info().currsize and text.stem.cache_info().currsize
    count, pickled = packed(None, stage=_filling_stage)  # type: ignore[arg-type]
    assert (count, from_bytes(pickled)) == (0, ([], []))
    assert all(cached.cache_info().currsize == 0 for cached in _EVENT_CACHES)


def test_every_listed_cache_can_be_emptied_and_reads_again_as_before() -> None:
    before = align._ages_in("Two boys, aged 12 and 14, were rescued."), text.stem("rescued")
    forget_event_caches()
    assert all(cached.cache_info().currsize == 0 for cached in _EVENT_CACHES)
    assert (align._ages_in("Two boys, aged 12 and 14, were rescued."), text.stem("rescued")) == before

"""What makes the event stage cheaper without changing what it finds: a slot read once per event
(``slot_pairs.read``) and workers that set apart what their first task loaded (``parallel``).

The facts are invented: a count of lanterns lit at a festival, told by two outlets.
"""

from __future__ import annotations

import dataclasses
import gc

from consistency import slot_pairs
from consistency.event_results import forget_event_caches
from consistency.model import Fact, Frame, Quantity
from consistency.parallel import ProcessMapper

ONE = "The 4,100 lanterns were lit along the river at dusk, the organisers said."
OTHER = "About 4,000 lanterns were lit along the river on Saturday evening."


def lanterns(fid: str, article: str, text: str, sentence: str, count: float) -> Fact:
    start = sentence.index(text)
    frame = Frame(key="figure:lanterns:current", name="number of lanterns", measure="lanterns", known=False)
    value = Quantity(count, count, counted="lanterns")
    return Fact(fid, article, "figure", text, start, start + len(text), sentence, 0, len(sentence), value, frame)


def test_a_slot_is_read_once_per_event_and_afresh_after_it() -> None:
    facts = [lanterns("f1", "a", "4,100 lanterns", ONE, 4100), lanterns("f2", "b", "About 4,000 lanterns", OTHER, 4000)]
    first = slot_pairs.read(facts)
    assert slot_pairs.read(list(facts)) is first  # the same fact objects: read once
    # Equal facts that are other objects are read for themselves, and read alike.
    copies = [dataclasses.replace(f) for f in facts]
    again = slot_pairs.read(copies)
    assert again is not first and again == first
    forget_event_caches()  # the event is done: its reads go with it
    after = slot_pairs.read(facts)
    assert after is not first and after == first


def freeze_count(_: int) -> int:
    return gc.get_freeze_count()


def test_a_worker_sets_apart_what_its_first_task_loaded() -> None:
    with ProcessMapper(2, chunk=2, few=1) as mapper:
        counts = list(mapper(freeze_count, range(40)))
    assert len(counts) == 40
    assert max(counts) > 0  # later tasks ran with the first one's objects frozen
    assert gc.get_freeze_count() == 0  # never in this process

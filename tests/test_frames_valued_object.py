"""Putting a figure on something ("officials have put the extra visitors at about 3,000"): the verb's
object is what the figure counts or measures (consistency/frames.py, ``_valued_object``), so another
outlet's count of the same noun meets it in one slot. A name in the object ("a poll puts the Harthill
League at 31%") is whose share it is, not what is counted.

Sentences and names are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.framing import frame_of
from tests.slot_findings import finding_statuses, run_one_event

DAY = dt.date(2047, 6, 14)


@pytest.mark.parametrize(
    ("sentence", "fact_text", "counted"),
    [
        ("Harbour officials have put the extra cruise visitors at between 3,000 and 4,000.", "between 3,000 and 4,000", "visitor"),
        ("Audience research puts its weekly listeners at 90,000.", "90,000", "listener"),
        ("The board has put the new saplings along the river at about 2,500.", "about 2,500", "sapling"),
        # a generic head ("number", "total") leaves what is counted to the noun after "of"
        ("Fair organisers put the number of stallholders at 1,400.", "1,400", "stallholder"),
    ],
)
def test_the_object_a_figure_is_put_on_is_what_it_counts(sentence: str, fact_text: str, counted: str) -> None:
    frame = frame_of(sentence, fact_text, DAY)
    assert frame.measure.startswith(counted), frame


def test_a_name_the_figure_is_put_on_is_not_what_it_counts() -> None:
    frame = frame_of("A Jorvik poll puts the Velisande League at 31%.", "31%", DAY)
    assert "league" not in frame.key.lower()


def test_a_figure_put_on_visitors_meets_another_outlet_s_count_of_visitors() -> None:
    found = finding_statuses(run_one_event({
        "a": "The cruise liner Velisande Star docked at Port Kerrow on Saturday, the largest ship ever to call there. "
             "Harbour officials have put the extra visitors in the old town at about 3,000.",
        "b": "Port Kerrow welcomed the Velisande Star on Saturday, the biggest liner to berth in the town. Some 4,500 "
             "extra visitors walked the old town's streets, traders said.",
    }, DAY), "figure")
    assert found[("a:about 3,000", "b:Some 4,500")] == "conflict"


def test_a_generic_object_alone_names_nothing_counted() -> None:
    frame = frame_of("The committee put the number at 25,000.", "25,000", DAY)  # not "number of number"
    assert not frame.measure.startswith("number")

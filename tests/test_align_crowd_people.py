"""A crowd told without naming who was in it ("a crowd of 9,000") still counts people, so another outlet's bare
"about 14,000 people" may stand for it (``counts_people`` in measures.yaml, ``align._counted_as_measures``).

The facts are invented: a kite festival on the dunes at Zendrabol, told by three outlets.
"""

from __future__ import annotations

import datetime as dt

from tests.slot_findings import pair_statuses, run_one_event

DAY = dt.date(2131, 6, 9)


def test_a_bare_count_of_people_meets_a_crowd_that_names_no_one() -> None:
    result = run_one_event(
        {
            "wire": "ZENDRABOL, June 9 - A crowd of 9,000 gathered on the Zendrabol dunes on Sunday for the kite "
            "festival, the organisers said. The largest kite flown was 40 metres long.",
            "radio": "The organisers of the Zendrabol kite festival put the crowd on Sunday at 9,000. High winds "
            "grounded the largest kites for an hour.",
            "paper": "About 14,000 people came to the dunes at Zendrabol on Sunday for the kite festival, the "
            "police said. Two kites were lost at sea.",
        },
        DAY,
    )
    pairs = pair_statuses(result, "figure")
    assert pairs[("paper:About 14,000", "wire:9,000")] == "conflict"
    assert pairs[("paper:About 14,000", "radio:9,000")] == "conflict"

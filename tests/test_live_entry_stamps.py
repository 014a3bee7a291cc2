"""A clock time that opens a live page's entry ("14:05 - Police now say ...") stamps the entry: it is the time
the line was written, not the time of the happening the line reports, so it never stands in the happening's
slot for the page's own reading of it."""

from __future__ import annotations

import datetime as dt

from tests.slot_findings import pair_statuses, run_one_event


def test_a_live_entry_stamp_is_not_the_time_of_the_happening() -> None:
    statuses = pair_statuses(run_one_event({
        "wire": "PRYNNOCK, May 6 (Astwold Wire) - A fuel tanker overturned on the Prynnock ring road at 11:20 "
                "on Saturday, spilling diesel across three lanes, police said. Two drivers were hurt.",
        "live": "14:05 - Police now say the tanker overturned shortly after the morning rush.\n\n"
                "14:40 - Recap: the Prynnock ring road tanker crash happened at 11:50, police say, and the "
                "clean-up will take until the evening.",
        "paper": "The tanker that overturned on Prynnock's ring road yesterday came off the road at 11:20, "
                 "police said. Diesel covered three lanes and two drivers were hurt.",
    }, {"wire": dt.datetime(2051, 5, 6, 13), "live": dt.datetime(2051, 5, 6, 15), "paper": dt.datetime(2051, 5, 7, 6)}),
        "date")
    assert statuses[("live:11:50", "paper:11:20")] == "conflict"
    assert not any(pair for pair in statuses if "live:14:05" in pair and any(p.endswith("11:20") for p in pair))

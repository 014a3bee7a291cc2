"""How a bound or a share in words is weighed against another outlet's figure in one slot: "no more than" is a
ceiling; a share in words ("a third", "three in five") is the percentages nearest to it. (A hedge holding another
outlet's slip and a rival source's ceiling were tried at stop 78 and dropped: on the even half of the own sets they
raised false conflicts.)"""

from __future__ import annotations

import datetime as dt

from tests.slot_findings import pair_statuses, run_one_event

_DAY = dt.datetime(2231, 3, 6, 18)


def _figures(bodies: dict[str, str]) -> dict[tuple[str, ...], str]:
    return pair_statuses(run_one_event(bodies, _DAY), "figure")


def test_no_more_than_is_a_ceiling_far_over_a_figure() -> None:
    statuses = _figures({
        "a": "HOLMVIK - Under the new rule shops in Holmvik may cut bread prices by no more than 15 percent, the "
             "trade ministry said on Tuesday.",
        "b": "HOLMVIK - Under the new rule shops in Holmvik may cut bread prices by 5 percent, the trade ministry "
             "said on Tuesday.",
    })
    assert statuses[("a:no more than 15 percent", "b:5 percent")] == "conflict"


def _timber(share: str) -> dict[tuple[str, ...], str]:
    return _figures({
        "a": "HOLMVIK - The price of birch logs in Holmvik has fallen by 31 percent since the flood, traders said on "
             "Tuesday.",
        "b": f"HOLMVIK - The price of birch logs in Holmvik has fallen by {share} since the flood, traders said on "
             "Tuesday.",
    })


def test_a_third_in_words_is_the_percentage_nearest_it() -> None:
    assert _timber("a third")[("a:31 percent", "b:a third")] == "compatible"


def test_a_share_told_as_a_ratio_is_the_percentage_nearest_it() -> None:
    statuses = _figures({
        "a": "HOLMVIK - Bakers in Holmvik said 62 percent of their shops had raised bread prices since the flood, "
             "their guild said on Tuesday.",
        "b": "HOLMVIK - Three in five bakers' shops in Holmvik have raised bread prices since the flood, their guild "
             "said on Tuesday.",
    })
    assert statuses[("a:62 percent", "b:Three in five")] == "compatible"


def test_a_share_in_words_far_from_a_percentage_stays_apart() -> None:
    assert _timber("a half")[("a:31 percent", "b:a half")] == "conflict"

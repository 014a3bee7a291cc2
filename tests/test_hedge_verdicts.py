"""How a hedge, a bound or a share in words is weighed against another outlet's figure in one slot: a hedge that
holds another outlet's slip of a figure more outlets give does not cover it; a ceiling one source puts on a figure
another source counts well under it is a second estimate; "no more than" is a ceiling; a share in words ("a third",
"three in five") is the percentages nearest to it."""

from __future__ import annotations

import datetime as dt

from tests.slot_findings import pair_statuses, run_one_event

_DAY = dt.datetime(2231, 3, 6, 18)


def _figures(bodies: dict[str, str]) -> dict[tuple[str, ...], str]:
    return pair_statuses(run_one_event(bodies, _DAY), "figure")


_GRAIN_TOLD = (
    "HOLMVIK - The grain silo fire in Holmvik destroyed {} tonnes of wheat on Tuesday, the port authority said.",
    "A fire at a grain silo in Holmvik on Tuesday destroyed {} tonnes of wheat, according to the port authority.",
    "HOLMVIK - In all {} tonnes of wheat were lost when a grain silo burned in Holmvik on Tuesday, the port authority said.",
    "The port authority said {} tonnes of wheat burned in the grain silo fire in Holmvik on Tuesday.",
)


def _holmvik_grain(figures: dict[str, str]) -> dict[tuple[str, ...], str]:
    """One report each, told in its own words (two reports word for word are one report copied)."""
    told = _GRAIN_TOLD[: len(figures)]
    return _figures({key: way.format(figure) for (key, figure), way in zip(figures.items(), told, strict=True)})


def test_a_hedge_holding_a_slip_of_the_figure_more_outlets_give_is_no_cover() -> None:
    statuses = _holmvik_grain({"a": "4,620", "b": "4,620", "c": "4,260", "d": "about 4,400"})
    assert statuses[("c:4,260 tonnes", "d:about 4,400 tonnes")] == "conflict"
    assert statuses[("a:4,620 tonnes", "d:about 4,400 tonnes")] == "compatible"


def test_a_floor_still_holds_a_slip_past_it() -> None:
    statuses = _holmvik_grain({"a": "4,620", "b": "4,620", "c": "4,260", "d": "more than 4,000"})
    assert statuses[("c:4,260 tonnes", "d:more than 4,000 tonnes")] == "compatible"


def test_a_hedge_holding_a_figure_no_outlets_back_stays_compatible() -> None:
    statuses = _holmvik_grain({"a": "4,620", "c": "4,260", "d": "about 4,400"})
    assert statuses[("c:4,260 tonnes", "d:about 4,400 tonnes")] == "compatible"


def _wumbar_boats(ministry: str, union: str, union_says: str = "the fishermen's union said") -> dict[tuple[str, ...], str]:
    return _figures({
        "a": f"WUMBAR - The storm in Wumbar on Tuesday damaged {ministry} fishing boats, the fisheries ministry said.",
        "b": f"WUMBAR - The storm in Wumbar on Tuesday damaged {union} fishing boats, {union_says}.",
    })


def test_a_ceiling_from_another_source_well_over_a_count_is_a_second_estimate() -> None:
    statuses = _wumbar_boats("about 340", "as many as 500")
    assert statuses[("a:about 340", "b:as many as 500")] == "conflict"


def test_a_ceiling_from_another_source_over_a_floor_is_a_second_estimate() -> None:
    statuses = _wumbar_boats("at least 230", "as many as 400")
    assert statuses[("a:at least 230", "b:as many as 400")] == "conflict"


def test_a_ceiling_from_another_source_just_over_a_count_holds_it() -> None:
    statuses = _wumbar_boats("about 450", "as many as 500")
    assert statuses[("a:about 450", "b:as many as 500")] == "compatible"


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

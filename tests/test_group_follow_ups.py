"""One happening's follow-ups kept with it: a lead that counts its happening as a repeat by a span a few words on,
a report that looks back to a named month, and a next-day report a little like every report of its happening
(``GroupingOptions.bridge_floor``). Every name and sentence is made up."""

from __future__ import annotations

import pytest

from consistency.group import GroupingOptions, _unbridge
from consistency.happening import looks_back, repeats


@pytest.mark.parametrize(
    ("text", "repeat"),
    [
        ("It was the second fatal rockfall on the Orvel pass road in three years.", True),
        ("It is the third major gas leak at the Halden works within the past eighteen months.", True),
        # (a count with no span after it numbers nothing of the kind)
        ("She took the second of the three bridges over the river in the old town.", False),
    ],
)
def test_a_repeat_counted_a_few_words_from_its_span(text: str, repeat: bool) -> None:
    assert repeats(text, len(text)) is repeat


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("Last March's floods reached the same street in Kelvay.", True),
        ("The ferry had not sailed since last November, the harbour master said.", True),
        ("Thousands joined the last march of the season through Ostrel on Sunday.", False),
    ],
)
def test_a_look_back_to_a_named_month(text: str, back: bool) -> None:
    assert looks_back(text) is back


def _group_of_four(fourth: dict[int, float]) -> dict[int, list[int]]:
    """Three close reports (0, 1, 2) and a fourth whose pairs with them are ``fourth``, one group: ``_unbridge``."""
    near: dict[int, dict[int, float]] = {i: {} for i in range(4)}
    for a, b, sim in [(0, 1, 0.5), (0, 2, 0.45), (1, 2, 0.4), *((3, j, s) for j, s in fourth.items())]:
        near[a][b] = near[b][a] = sim
    members = {0: [0, 1, 2, 3]}
    _unbridge(members, near, 10, GroupingOptions())
    return members


def test_a_report_a_little_like_every_report_is_no_bridge() -> None:
    # Strong with one report only, and just short of the threshold with the others: another side of one happening.
    assert _group_of_four({0: 0.21, 1: 0.18, 2: 0.19}) == {0: [0, 1, 2, 3]}


def test_a_report_like_its_partner_alone_still_leaves() -> None:
    assert _group_of_four({0: 0.21, 1: 0.02}) == {0: [0, 1, 2], 10: [3]}

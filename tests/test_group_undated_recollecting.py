"""An undated background piece that recalls, in four words of its own look-back sentence, the lead of a dated report of
the earlier happening is not filed with that report: with no day of its own nothing else holds it apart from the
happening it recalls (``GroupingOptions.undated_recollected_words``). Every name and sentence is made up."""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency.group import GroupingOptions
from tests.grouping_stories import Story, grouped
from tests.test_group_told_before import BACKGROUND, PULL_WIRE

# Four years before the contest of PULL_WIRE, on the same weekday.
SNAPPED: Story = (
    dt.date(2067, 8, 13),
    "Rope snaps in Yelbeck tug of war",
    "The rope snapped in the tug of war across the river Yelbeck at Zorrenby on Saturday and both teams tumbled "
    "onto the muddy banks, where the crowd pulled them out, the referee said.",
)
# The contest's other reports, their days lost: a docker's words and a live page.
DOCKER: Story = (
    None,
    "'The rope burned my hands'",
    "Docker Gisrun Merwyther said yesterday that the millers had slipped on the wet grass of the bank.",
)
LIVE: Story = (
    None,
    "Yelbeck tug of war: updates",
    "14:00 The teams take the strain. 14:02 The millers are sliding. 14:04 Splash! The dockers win.",
)
HISTORY: Story = (
    None,
    "Not the first soaking",
    "Four years ago the rope snapped and both teams tumbled onto the muddy banks, where the crowd pulled them out. "
    "The contest, first pulled in 1902, is the oldest on the river.",
)


def test_an_undated_piece_is_not_filed_with_the_happening_it_recalls() -> None:
    reports = [("wire", PULL_WIRE), ("docker", DOCKER), ("live", LIVE), ("history", HISTORY), ("snapped", SNAPPED)]
    off = dataclasses.replace(GroupingOptions(), undated_recollected_words=0)
    assert {"history", "snapped"} <= set(next(e for e in grouped(reports, BACKGROUND, off) if "snapped" in e))
    found = grouped(reports, BACKGROUND, GroupingOptions())
    assert ["snapped"] in found
    assert ["history", "live", "wire"] in found


def test_a_dated_piece_is_left_to_the_other_rules() -> None:
    # Dated, the piece stands on its own day: the rule does not weigh it, whatever it recalls.
    dated: Story = (PULL_WIRE[0] + dt.timedelta(days=1), HISTORY[1], HISTORY[2])
    reports = [("wire", PULL_WIRE), ("docker", DOCKER), ("live", LIVE), ("history", dated), ("snapped", SNAPPED)]
    off = dataclasses.replace(GroupingOptions(), undated_recollected_words=0)
    assert grouped(reports, BACKGROUND, GroupingOptions()) == grouped(reports, BACKGROUND, off)

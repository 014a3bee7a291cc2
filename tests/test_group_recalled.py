"""Earlier happenings a report recalls by a month or a year (consistency/happening.py,
``recalled_happenings``), and how grouping keeps the report apart from reports of that earlier happening;
from our own invented articles."""

from __future__ import annotations

import datetime as dt

from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.group import GroupingOptions
from consistency.happening import recalled_happenings
from consistency.model import Article
from consistency.stages import load_stages
from tests.test_group import OTHER, group, make


def recalled(body: str, published: dt.date | None) -> tuple[set[tuple[str, int]], set[tuple[str, str]]]:
    """(kind, first year) of each recalled period, and the stages recalled with them."""
    article = Article(id="r", path="r.md", outlet="Outlet", body=body, published=published)
    found, _ = extract_facts(article, id_prefix="r:")
    facts = frame_facts(article, found)
    own = published.toordinal() if published else None
    periods, stages = recalled_happenings(facts, own, stages=load_stages(None))
    return {(kind, dt.date.fromordinal(first).year) for kind, first, _ in periods if first > 0}, set(stages)


def test_a_year_recalled_as_an_earlier_happening_is_read() -> None:
    periods, _ = recalled(
        "Quake shakes Brenlow\n\nA strong earthquake shook the hill town of Brenlow on Monday, the civil "
        "protection agency said. The town was last struck in 2027.",
        dt.date(2033, 4, 11),
    )
    assert ("incident", 2027) in periods


def test_a_year_told_without_a_word_of_an_earlier_one_is_not_recalled() -> None:
    # The story of the 2027 killing, told at its trial: not an earlier happening of its kind.
    periods, _ = recalled(
        "Trial opens in Brenlow\n\nTwo men went on trial in Brenlow on Monday accused of killing a shopkeeper "
        "in 2027, prosecutors said.",
        dt.date(2029, 4, 9),
    )
    assert not periods


def test_the_first_stage_recalled_is_read_but_not_a_later_one() -> None:
    _, stages = recalled(
        "Tessaly adopts water law\n\nTessaly's parliament adopted the Water Bill on Thursday by 140 votes to "
        "101. The bill had cleared its first reading in February.",
        dt.date(2033, 6, 9),
    )
    assert ("bill_reading", "first") in stages
    _, stages = recalled(
        "Tessaly water plan changed\n\nThe plan has been revised since it was first proposed in February, "
        "the minister said on Thursday.",
        dt.date(2033, 6, 9),
    )
    assert not {stage for stage in stages if stage[1] != "first"}


QUAKE_NOW = [
    ("Deadly quake hits Brenlow", "BRENLOW, Osterra -- A magnitude 6.2 earthquake struck the hill town of Brenlow "
     "on Monday, killing at least eight people and bringing down the old granary, Osterra's civil protection "
     "agency said."),
    ("Brenlow digs out after earthquake", "Rescuers searched the ruins of the old granary in Brenlow after the "
     "earthquake on Monday killed at least eight people, the civil protection agency said. The town was last "
     "struck by an earthquake in 2027."),
]
QUAKE_THEN = ("Earthquake damages Brenlow granary", "BRENLOW, Osterra -- An earthquake struck the hill town of "
              "Brenlow on Monday, cracking the old granary and injuring six people, Osterra's civil protection "
              "agency said.")


def test_a_report_that_recalls_the_earlier_quake_is_kept_from_its_report() -> None:
    # The new quake's report undated; the earlier quake's dated in the year it recalls, on the same weekday.
    articles = [make(2, "Outlet 2", None, QUAKE_NOW[1]), make(3, "Outlet 3", dt.date(2027, 9, 13), QUAKE_THEN)]
    articles += [make(10 + n, "Outlet 9", dt.date(2033, 3, 1), story) for n, story in enumerate(OTHER)]
    assert {"a2", "a3"} not in group(articles)
    assert {"a2", "a3"} in group(articles, GroupingOptions(recall=False))  # what the recalled year adds


def test_an_event_report_paired_with_a_look_alike_rejoins_its_event() -> None:
    # The vote on a bill's final text and the first-reading vote months earlier, every combination of
    # undated reports (``tests.lookalike_count``): the look-alike, held apart by the first reading the
    # final vote's reports recall, no longer takes one short report of the final vote with it.
    from tests.lookalike_count import count
    from tests.lookalike_fourth import BACKGROUND, FOURTH_KINDS

    kinds = {"tenancy": FOURTH_KINDS["tenancy"]}
    merged, total, split = count(kinds, BACKGROUND)
    assert total["tenancy"] == 24
    assert merged["tenancy"] <= 2 and split["tenancy"] <= 2
    merged, _, split = count(kinds, BACKGROUND, GroupingOptions(regroup_ratio=0.75))
    assert merged["tenancy"] > 2 and split["tenancy"] > 2

"""A share in words ("a fifth", "one in five", "two-thirds") is the percentage it stands for, so outlets that
write a share both ways meet in one slot and are judged against each other; and an amount after "by" is a
step ("rise by a fifth", "by 20 percent"), never the agent of a passive cue."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.engine import extract_facts, run_articles
from consistency.frames import frame_facts
from consistency.model import Article, Attribution, Quantity
from tests.slot_findings import pair_statuses, run_one_event


def _figures(text: str) -> dict[str, Quantity]:
    article = Article(id="a", path="a.md", outlet="Outlet a", body=text, published=dt.datetime(2051, 5, 6, 9))
    found, _ = extract_facts(article)
    return {f.text: f.value for f in frame_facts(article, found) if isinstance(f.value, Quantity)}


@pytest.mark.parametrize(
    ("text", "surface", "percent"),
    [
        ("One in five nurses in Kelmarsh plans to quit, a survey found.", "One in five", 20.0),
        ("Nearly two-thirds of the Yelvane ferries run late.", "Nearly two-thirds", 66.67),
        ("A quarter of the stations in Astwold will close.", "A quarter", 25.0),
        ("Traffic on the Hoburne bridge fell by more than a fifth on the first day.", "more than a fifth", 20.0),
        # a ratio with any denominator, in words or digits
        ("One in sixteen buses in Blulkuey fails its test.", "One in sixteen", 6.25),
        ("One in 25 Treistiby voters stayed home.", "One in 25", 4.0),
        ("Three in 1,000 parcels go astray, the depot says.", "Three in 1,000", 0.3),
    ],
)
def test_a_share_in_words_is_read_as_its_percentage(text: str, surface: str, percent: float) -> None:
    value = _figures(text)[surface]
    assert value.unit == "percent"
    assert percent in (value.low, value.high)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Half a million people came to the Prynnock fair.", "Half a million"),  # a fraction of a scale: an amount
        ("The Zavolsk runner finished a quarter of a mile ahead.", "a quarter of a mile"),  # of a unit: a distance
    ],
)
def test_a_fraction_of_a_unit_or_a_scale_stays_an_amount(text: str, surface: str) -> None:
    assert _figures(text)[surface].unit != "percent"


def test_a_fraction_after_by_is_a_step_but_not_an_ordinal_before_its_noun() -> None:
    assert "more than a fifth" in _figures("Traffic on the Hoburne bridge fell by more than a fifth on the first day.")
    assert not any("third" in s for s in _figures("A man was arrested by a third officer in Kelmarsh."))


def test_outlets_giving_one_share_as_a_fraction_and_as_a_percentage_are_judged_against_each_other() -> None:
    statuses = pair_statuses(run_one_event({
        "a": "KELMARSH - One in five nurses at Kelmarsh General Hospital plan to quit within a year, a staff survey "
             "published on Tuesday found. Managers blamed night shifts and parking fees.",
        "b": "Twenty percent of the nurses working at Kelmarsh General told the survey they would leave the hospital "
             "inside twelve months. The union called the result a warning to the health board.",
        "c": "Kelmarsh General Hospital has a staffing problem: some 38 percent of its nurses plan to quit within a "
             "year, says the staff survey the hospital released this week.",
    }, dt.datetime(2051, 5, 7, 8)), "figure")
    assert statuses[("a:One in five", "b:Twenty percent")] == "agree"
    assert statuses[("a:One in five", "c:some 38 percent")] == "conflict"


def test_a_share_in_words_stands_for_the_percentages_round_to_it() -> None:
    statuses = pair_statuses(run_one_event({
        "a": "YELVANE - A third of the ferries on the Yelvane crossing ran late in March, the operator said on "
             "Friday in its monthly figures.",
        "b": "The Yelvane crossing had a poor March: 34 percent of its ferries were late, according to the "
             "operator's figures for the month.",
        "c": "Passengers on the Yelvane ferries waited again in March, when 41 percent of the ferries ran late, "
             "the operator's monthly report shows.",
    }, dt.datetime(2051, 4, 5, 8)), "figure")
    assert statuses[("a:A third", "b:34 percent")] == "compatible"
    assert statuses[("a:A third", "c:41 percent")] == "conflict"


def _sources(text: str) -> list[str]:
    result = run_articles([Article(id="a", path="a.md", outlet="Outlet a", body=text, published=dt.datetime(2051, 5, 6))])
    return [f.value.source for f in result.facts if isinstance(f.value, Attribution)]


def test_an_amount_after_by_is_no_agent_but_a_share_of_people_is() -> None:
    assert not any("percent" in s or "fifth" in s for s in _sources(
        "Fares in Astwold are expected to rise by 20 percent. Bus fares are expected to rise by a fifth."
    ))
    assert any("voters" in s for s in _sources("The Prynnock bypass was supported by 42 percent of voters."))

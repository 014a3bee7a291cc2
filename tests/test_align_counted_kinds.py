"""Counts of one thing under nouns of one kind are one claim (consistency/align.py, ``_counted_in_kinds``;
the kinds in consistency/counted_kinds.py).

The articles are invented: a drilling team reaching bedrock under the Kessfjell glacier.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.counted_kinds import GENERAL, kind_of
from tests.slot_findings import finding_statuses, run_one_event

DAY = dt.date(2047, 5, 20)


def figure_findings(bodies: dict[str, str]) -> dict[tuple[str, ...], str]:
    return finding_statuses(run_one_event(bodies, DAY), "figure")

TEAM = {
    "a": "A drilling team on the Kessfjell glacier reached bedrock on Friday. The team of 24 scientists brought up "
         "ice about a million years old.",
    "b": "Ice a million years old came up from the Kessfjell glacier on Friday, when 42 researchers hit bedrock "
         "after four summers of drilling.",
    "c": "The Kessfjell drill reached rock on Friday. Two dozen scientists have worked on the glacier since the spring.",
}


def test_the_kinds_are_data_and_general_words_stand_apart() -> None:
    assert kind_of("scientists") == kind_of("researchers") != kind_of("jobs")
    assert kind_of("posts") == kind_of("jobs") and kind_of("glaciers") is None
    assert kind_of("cars") != kind_of("lorries") and kind_of("people") == "people" and kind_of("vehicles") == "vehicles"


def test_one_count_under_two_nouns_of_one_kind_is_one_claim() -> None:
    assert figure_findings(TEAM)[("a:24", "b:42", "c:Two dozen")] == "conflict"


def test_an_outlet_with_two_counts_of_the_kind_leaves_the_nouns_apart() -> None:
    # the second outlet counts researchers twice (the team, and those who stayed at the camp): which one is
    # the team's size, the nouns cannot say (one count told twice, "the 42 researchers" again, is still one)
    found = figure_findings({
        **TEAM,
        "b": TEAM["b"] + " Some 30 researchers stayed at the camp through the winter.",
    })
    assert not any("b:42" in facts and "a:24" in facts for facts in found)


def test_a_buildings_floors_under_three_nouns_are_one_claim() -> None:
    found = figure_findings({
        "a": "Skelda's Tevanne Tower was topped out on Friday. Its 98 storeys make it the tallest building in Norvale.",
        "b": "Builders topped out the Tevanne Tower in Skelda on Friday; the tower has 89 floors.",
        "c": "The Tevanne Tower in Skelda, topped out on Friday, rises 98 levels above the harbour.",
    })
    assert found[("a:98", "b:89", "c:98")] == "conflict"


def test_people_stand_for_the_one_kind_of_person_an_event_counts() -> None:
    assert kind_of("skiers") == "skier" and kind_of("MPs") == kind_of("senators")
    found = figure_findings({
        "a": "An avalanche buried nine skiers near Kessfjell on Friday. All were dug out alive.",
        "b": "Rescuers dug eight people out of the snow after an avalanche near Kessfjell on Friday.",
    })
    assert found[("a:nine", "b:eight")] == "conflict"


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        (("stores", "shops"), "shops"),
        (("streetlights", "streetlamps", "luminaires", "lamps"), "streetlamps"),
        (("boats", "vessels", "ships"), "vessels"),
        (("tugs", "tugboats"), "tugs"),
        (("inmates", "prisoners", "convicts"), "prisoners"),
        (("soldiers", "troops"), "troops"),
        (("hens", "chickens"), "chickens"),
        (("robbers", "thieves", "burglars"), "robbers"),
    ],
)
def test_nouns_news_uses_for_one_count_are_one_kind(words: tuple[str, ...], kind: str) -> None:
    assert {kind_of(word) for word in words} == {kind}


def test_birds_stand_for_chickens_and_words_of_other_senses_stay_apart() -> None:
    assert kind_of("birds") == "birds" and "chickens" in GENERAL["birds"] and "prisoners" in GENERAL["people"]
    assert kind_of("outlets") is None and kind_of("lights") is None  # (media outlets, traffic lights)


def test_a_count_told_in_the_headline_and_again_below_is_still_one_count() -> None:
    found = figure_findings({
        "a": "# Duskmere Quay arcade opens with 140 stores\n\nThe Duskmere Quay arcade opened in Drumhallow on Friday. "
             "Its 140 stores trade seven days a week.",
        "b": "The Duskmere Quay arcade in Drumhallow opened its doors on Friday. Shoppers found 410 shops under one roof.",
    })
    assert found[("a:140", "a:140", "b:410")] == "conflict"


def test_counts_of_one_kind_a_digit_swap_apart_are_one_claim() -> None:
    found = figure_findings({
        "a": "Lowmere switched off its streetlamps on Friday to cut its power bill. The 2,700 streetlamps will stay "
             "dark until spring.",
        "b": "Lowmere council turned off 7,200 luminaires on Friday to save on power.",
    })
    assert found[("a:2,700", "b:7,200")] == "conflict"


def test_nations_and_countries_are_one_count() -> None:
    found = figure_findings({
        "a": "The Gwefbury chess olympiad opened on Friday with teams from 23 nations in the town's old corn "
             "exchange.",
        "b": "Players from 32 countries sat down at the Gwefbury olympiad on Friday, in the old corn exchange.",
        "c": "The olympiad in Gwefbury began on Friday; 23 nations sent teams to the corn exchange.",
    })
    assert found[("a:23", "b:32", "c:23")] == "conflict"


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        (("youngsters", "children", "kids"), "child"),
        (("bids", "bidders"), "bids"),
        (("writers", "authors"), "authors"),
    ],
)
def test_the_young_bids_and_writers_are_one_kind_each(words: tuple[str, ...], kind: str) -> None:
    assert {kind_of(word) for word in words} == {kind}


@pytest.mark.parametrize(
    "bodies",
    [
        {
            "a": "The Yxtelhaim harbour authority received four bids for the new ferry terminal contract by Friday's deadline.",
            "b": "Three bidders competed for the Yxtelhaim ferry terminal contract, the harbour authority said on Friday.",
        },
        {
            "a": "More than 60 writers signed an open letter on Friday urging Plimtuck to keep its last public library open.",
            "b": "An open letter signed by 36 authors on Friday urged Plimtuck to keep its last public library open.",
        },
    ],
    ids=["bids-bidders", "writers-authors"],
)
def test_one_count_under_two_nouns_of_these_kinds_is_one_claim(bodies: dict[str, str]) -> None:
    assert len(figure_findings(bodies)) == 1 and "conflict" in figure_findings(bodies).values()

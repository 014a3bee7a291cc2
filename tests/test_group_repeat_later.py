"""Undated reports that count their happening as a repeat belong with the later of two look-alikes
(``consistency.group._repeat_later``); from our own invented articles."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.group import GroupingOptions
from consistency.happening import looks_back, repeats
from consistency.model import Article
from tests.test_group import OTHER, event_of, group, make

# A cyberattack on the Orlin Valley water utility on Thursday, March 13, 2031; the same utility was hit on
# Tuesday, June 8, 2029. Every name is made up.
ATTACK_2031 = (
    "Police called in over Orlin Valley hack",
    "Detectives are investigating a ransomware break-in at Orlin Valley Water, the utility said on Thursday, "
    "adding that its treatment plants run on a separate network from its billing systems.",
)
ATTACK_2031_REPEAT = (
    "Water firm's computers hit again",
    "Orlin Valley Water's billing and payment systems were shut down by a ransomware attack, the utility's "
    "second cyberattack in two years. Customers cannot pay bills online; the water itself is safe, chief "
    "executive Dana Ivrane said.",
)
ATTACK_2031_PLAIN = (
    "Orlin Valley customers told to wait for bills",
    "Orlin Valley Water customers will get their bills late after the ransomware attack on its payment "
    "systems, chief executive Dana Ivrane said. Tap water was not affected.",
)
ATTACK_2029 = (
    "Ransomware shuts Orlin Valley Water payment systems",
    "Orlin Valley Water shut down its billing and payment systems on Tuesday after a ransomware attack, "
    "chief executive Dana Ivrane said. Customers cannot pay bills online, but the water itself is safe.",
)


ATTACK_2031_LOOKING_BACK = (
    "Water firm's computers hit again",
    "Orlin Valley Water's billing and payment systems, broken into by hackers two years ago, were shut down by a "
    "ransomware attack. Customers cannot pay bills online; the water itself is safe, chief executive Dana Ivrane "
    "said.",
)


def corpus(undated_report: tuple[str, str] = ATTACK_2031_REPEAT) -> list[Article]:
    return [
        make(1, "Valley News", dt.date(2031, 3, 13), ATTACK_2031),
        make(2, "Metro Wire", None, undated_report),
        make(3, "City Post", None, ATTACK_2031_PLAIN),
        make(4, "Valley News", dt.date(2029, 6, 8), ATTACK_2029),
        *(make(10 + n, "Harbor Post", dt.date(2031, 3, 11), story) for n, story in enumerate(OTHER)),
    ]


def test_undated_reports_of_a_repeat_join_the_later_event() -> None:
    events = group(corpus())
    assert event_of(events, "a4") == {"a4"}
    assert {"a1", "a2", "a3"} <= event_of(events, "a1")


def test_without_the_repeat_rule_they_stay_with_the_earlier_one() -> None:
    # (The words alone: the undated reports are closer to the earlier attack's dated report.)
    events = group(corpus(), GroupingOptions(repeat_later=False, undated_last=False))
    assert "a2" in event_of(events, "a4")


def test_a_headline_ordinal_does_not_count_a_repeat_with_the_next_line() -> None:
    # "second set" ends the headline; "In" opens the body: no "second ... in" span is counted.
    text = "Sollund takes second set\n\nIn the final at Vossby on Sunday, Mira Sollund came back to win."
    assert not repeats(text, len(text))
    assert repeats("Sollund reaches her second final in a month\n\nMira Sollund won on Sunday.", 60)


def test_an_undated_report_looking_back_years_joins_the_later_event() -> None:
    # No ordinal: "two years ago" says the report tells a later happening than the one it recalls.
    events = group(corpus(ATTACK_2031_LOOKING_BACK))
    assert event_of(events, "a4") == {"a4"}
    assert {"a1", "a2", "a3"} <= event_of(events, "a1")
    assert "a2" in event_of(group(corpus(ATTACK_2031_LOOKING_BACK), GroupingOptions(looks_back=False, undated_last=False)), "a4")


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("Nine years ago six men died at the same pit.", True),
        ("He called the breakout unacceptable two years after an escape from the same prison.", True),
        ("The hills had not recovered from the fire last summer.", True),
        ("Rescuers reached the men a day after the collapse.", False),
        ("The bridge will open in two years.", False),
    ],
)
def test_looking_back_by_a_span(text: str, back: bool) -> None:
    assert looks_back(text) is back


# Orvik Foods recalls Ysmark yoghurt on Monday, November 8, 2038; it recalled Ysmark cheese on March 7, 2038.
LATER_RECALL = [
    (dt.date(2038, 11, 8), (
        "Orvik Foods recalls Ysmark yoghurt over plastic pieces",
        "Orvik Foods is recalling 40,000 pots of Ysmark yoghurt because they may contain pieces of plastic, the "
        "company said on Monday. Eight months ago it recalled Ysmark cheese.",
    )),
    (dt.date(2038, 11, 8), (
        "Ysmark yoghurt buyers told to return pots",
        "Orvik Foods told shoppers to return Ysmark yoghurt pots to the store for a refund, the company said.",
    )),
]
EARLIER_RECALL = (dt.date(2038, 3, 7), (
    "Orvik Foods recalls Ysmark cheese",
    "Orvik Foods is recalling 12,000 packs of Ysmark cheese because they may contain listeria, the company said "
    "on Monday.",
))


def _recall_corpus() -> list[Article]:
    stories = [*LATER_RECALL, EARLIER_RECALL]
    return [make(i, f"Outlet {i}", day, story) for i, (day, story) in enumerate(stories)]


def test_a_dated_lead_looking_back_months_is_the_later_happening() -> None:
    events = group(_recall_corpus())
    assert event_of(events, "a2") == {"a2"}
    assert event_of(events, "a0") == {"a0", "a1"}
    # (without the rule, the words and the names join the two recalls)
    assert "a2" in event_of(group(_recall_corpus(), GroupingOptions(back_in_mean=False)), "a0")

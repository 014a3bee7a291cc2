"""A lead that counts its happening after earlier ones of its kind ("their second strike in a fortnight",
"a second walkout") tells of a new one: a report of the earlier one, dated inside that span, is another event
(``GroupingOptions.recurrence``, ``happening.recurrences``), however alike the words. And a second round of
talks whose dated reports name no round leaves the first round's dated report weeks before them
(``GroupingOptions.unstage``). Every name and sentence is made up."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.group import GroupingOptions, _lead_end
from consistency.happening import recurrences
from tests.test_group import event_of, group, make

D = dt.date

SECOND_STRIKE = [
    (D(2035, 3, 20), (
        "Selby ferry crews strike again",
        "Ferry crews on the Selby crossing went on a one-day strike on Tuesday, their second strike in a "
        "fortnight, over rosters, the seafarers' union said. No ferries sailed.",
    )),
    (D(2035, 3, 20), (
        "No ferries on Selby crossing",
        "Crews on the Selby ferries held a second one-day strike on Tuesday over rosters, the seafarers' union "
        "said, leaving travellers stranded.",
    )),
]
FIRST_STRIKE = (D(2035, 3, 10), (
    "Selby ferry crews strike",
    "Ferry crews on the Selby crossing went on a one-day strike on Saturday over rosters, the seafarers' union "
    "said. No ferries sailed.",
))


def _corpus() -> list:
    return [make(i, f"Outlet {i}", day, story) for i, (day, story) in enumerate([*SECOND_STRIKE, FIRST_STRIKE])]


def test_the_first_strike_is_another_event() -> None:
    events = group(_corpus())
    assert event_of(events, "a2") == {"a2"}
    assert event_of(events, "a0") == {"a0", "a1"}
    # (the repeat rule reads the same lead: "their second strike in a fortnight", judged without the kind)
    without = GroupingOptions(recurrence=False, repeat_factor=1.0)
    assert event_of(group(_corpus(), without), "a2") == {"a0", "a1", "a2"}
    assert event_of(group(_corpus(), GroupingOptions(recurrence=False)), "a2") == {"a2"}


def _recurrences(day: dt.date, story: tuple[str, str], cues: dict | None = None) -> tuple:
    article = make(0, "Outlet", day, story)
    found, cleaned = extract_facts(article, id_prefix="r:")
    framed = frame_facts(article, found)
    return recurrences(framed, cleaned.text, _lead_end(cleaned.text, 3), day.toordinal(), cues)


def test_a_span_named_gives_the_span_and_the_kind_dated() -> None:
    day = SECOND_STRIKE[0][0]
    assert _recurrences(*SECOND_STRIKE[0]) == (("strike", day.toordinal() - 14, day.toordinal() - 1),)


def test_a_bare_ordinal_gives_the_kind_its_word_names() -> None:
    day = SECOND_STRIKE[1][0]
    found = _recurrences(*SECOND_STRIKE[1], cues={"strike": ("strike",)})
    # (No span named: the earlier one lies two days or more before, the day before being this one dated early.)
    assert found == (("strike", day.toordinal() - 366, day.toordinal() - 2),)


# A regatta decided on Saturday: the wire's lead counts "the fourth race" (a part of the day's racing, read as a
# count of races), and a specialist site dates the deciding race a day early, on Friday.
CUP = [
    (D(2037, 8, 15), (
        "Orsk Racing win Kestrin Cup after Vallo capsize",
        "LUNDHAVEN, Aug 15 - Orsk Racing won the Kestrin Cup on Saturday, beating defender Team Vallo in the "
        "deciding day of racing after the opening races were shared. Vallo capsized near the last mark of the "
        "fourth race, and skipper Ines Marwin sailed Orsk home alone.",
    )),
    (D(2037, 8, 15), (
        "Kestrin Cup goes to Orsk",
        "Orsk Racing, skippered by Ines Marwin, won the deciding race of the Kestrin Cup off Kestrhaven on "
        "Saturday when Team Vallo capsized in heavy wind. It is Orsk's first win in the cup.",
    )),
    (D(2037, 8, 16), (
        "How Orsk won the Kestrin Cup",
        "Orsk Racing won the deciding race of the Kestrin Cup off Kestrhaven on Friday, Team Vallo capsizing at the "
        "final mark. Skipper Ines Marwin said the wind had been the strongest of the series.",
    )),
]


def test_a_report_dated_a_day_early_is_no_earlier_happening() -> None:
    # With no span named, the day before the wire's is not where an earlier race lies: the site's "Friday" is a
    # discrepancy to show, inside the event (``GroupingOptions.recurrence_gap``).
    corpus = [make(i, f"Outlet {i}", day, story) for i, (day, story) in enumerate(CUP)]
    assert event_of(group(corpus), "a0") == {"a0", "a1", "a2"}
    # (the told-day rule off: it would carry the report back by the day its lead gives; so would the person it names)
    assert event_of(group(corpus, GroupingOptions(recurrence_gap=1, told_day_floor=0.0, person_joins=False)), "a0") == {"a0"}


def test_a_degree_is_no_count() -> None:
    story = ("Selby man guilty", "A Selby man was convicted of second-degree murder on Friday, the court said.")
    assert _recurrences(D(2035, 3, 20), story, cues={"murder": ("incident",)}) == ()


@pytest.mark.parametrize(
    "lead",
    [
        "A third climber has died in hospital after Sunday's rockfall on the Selby ridge, police said.",
        "A third climber died in hospital on Monday after Sunday's rockfall on the Selby ridge.",
    ],
)
def test_an_ordinal_counting_the_victims_is_no_earlier_happening(lead: str) -> None:
    # "A third climber died" counts the dead of one rockfall: no earlier death in the year before.
    story = ("Rockfall toll rises", lead)
    assert _recurrences(D(2035, 3, 20), story, cues={"died": ("death",), "rockfall": ("disaster",)}) == ()


# --- the mirror of the restage look (``GroupingOptions.unstage``) ----------------------------------------

SECOND_ROUND = [
    (None, (
        "Varna and Oskel end second round of fishing talks",
        "Negotiators from Varna and Oskel ended a second round of talks on fishing rights in Haldor on Friday "
        "without a deal on cod quotas, Varna's fisheries minister Elin Marsk said.",
    )),
    (D(2035, 9, 12), (
        "No cod deal as Haldor talks close",
        "Varna and Oskel ended talks on fishing rights in Haldor on Friday without a deal, fisheries minister "
        "Elin Marsk said. Cod quotas remain the hardest issue.",
    )),
    (D(2035, 9, 13), (
        "Oskel fishers relieved",
        "Fishing crews in Oskel said on Saturday they were glad this week's talks with Varna had not cut their "
        "cod quotas.",
    )),
]
FIRST_ROUND = (D(2035, 8, 8), (
    "Varna and Oskel open fishing talks",
    "Varna and Oskel ended a first round of talks on fishing rights in Haldor on Friday, fisheries minister Elin "
    "Marsk said, calling the mood good. Cod quotas remain the hardest issue.",
))


def test_reports_naming_no_round_leave_a_first_round_five_weeks_before_them() -> None:
    # The dated reports of the second round name no round and are closer in words to the first round's dated
    # report; nothing dates them to its day, and the undated report beside them names the second round.
    corpus = [make(i, f"Outlet {i}", day, story) for i, (day, story) in enumerate([*SECOND_ROUND, FIRST_ROUND])]
    events = group(corpus)
    assert event_of(events, "a0") == {"a0", "a1", "a2"}
    assert event_of(events, "a3") == {"a3"}
    assert event_of(group(corpus, GroupingOptions(unstage=False)), "a3") == {"a1", "a2", "a3"}

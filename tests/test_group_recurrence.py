"""A lead that counts its happening after earlier ones of its kind ("their second strike in a fortnight",
"a second walkout") tells of a new one: a report of the earlier one, dated inside that span, is another event
(``GroupingOptions.recurrence``, ``happening.recurrences``), however alike the words. Every name and sentence
is made up."""

from __future__ import annotations

import datetime as dt

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
    assert event_of(group(_corpus(), GroupingOptions(recurrence=False)), "a2") == {"a0", "a1", "a2"}


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
    assert found == (("strike", day.toordinal() - 366, day.toordinal() - 1),)


def test_a_degree_is_no_count() -> None:
    story = ("Selby man guilty", "A Selby man was convicted of second-degree murder on Friday, the court said.")
    assert _recurrences(D(2035, 3, 20), story, cues={"murder": ("incident",)}) == ()

"""Issue 7's tenth round: a report that names its happening's first occurrence in a month or a year ("the
plant's first walkout, in March") recalls an earlier one (``happening.recalled_happenings``: "first" is a
word that makes a period earlier), and two kinds of happening the vocabulary lacked (an aircraft's emergency
landing, a ceasefire) are read, so that "the airline's second emergency landing there in
a week" counts its landing after an earlier one. And a lead that counts its happening as a repeat ("the
model's second recall in a year") is not a report of the earlier one a group dated months before it gives
(``GroupingOptions.repeat_factor``); nor is the report whose lead gives as its own a toll that another group
recalls of an earlier happening beside a toll of its own ("In 2033 the river killed 27 people in the town":
``GroupingOptions.recalled_figures``). Every name and sentence is made up."""

from __future__ import annotations

import datetime as dt

from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.group import GroupingOptions, _lead_end, _told_of
from consistency.happening import figures_recalled, recalled_happenings, recurrences, repeats
from consistency.vocabulary import load_vocabulary
from tests.test_group import event_of, group, make

D = dt.date

SECOND_WALKOUT = [
    (D(2036, 10, 14), (
        "Dock crane drivers at Fennor stop work again",
        "Crane drivers at the port of Fennor stopped work for 48 hours on Tuesday, their union said, after "
        "talks on night-shift pay broke down. Container ships queued in the bay.",
    )),
    (D(2036, 10, 16), (
        "Fennor port counts cost of crane stoppage",
        "Crane drivers at Fennor ended their stoppage on Thursday after it had delayed 31 ships, the port "
        "authority said. The drivers' first walkout, in September, lasted a single day.",
    )),
]
FIRST_WALKOUT = (D(2036, 9, 16), (
    "Fennor crane drivers walk out",
    "Crane drivers at the port of Fennor walked out for 24 hours on Tuesday over night-shift pay, their union "
    "said. Container ships queued in the bay.",
))


def _facts(day: dt.date | None, story: tuple[str, str]) -> tuple[list, str]:
    article = make(0, "Outlet", day, story)
    found, cleaned = extract_facts(article, id_prefix="t:")
    return frame_facts(article, found), cleaned.text


def test_a_first_happening_named_in_a_month_is_recalled() -> None:
    day, story = SECOND_WALKOUT[1]
    facts, _ = _facts(day, story)
    recalled, _ = recalled_happenings(facts, day.toordinal())
    september = (D(2036, 9, 1).toordinal(), D(2036, 9, 30).toordinal())
    assert any((first, last) == september for _, first, last in recalled)


def test_a_month_named_without_first_or_another_earlier_word_is_not_recalled() -> None:
    day = D(2036, 10, 16)
    story = ("Fennor port traffic", "The Fennor port authority said traffic in September rose by a tenth.")
    facts, _ = _facts(day, story)
    assert recalled_happenings(facts, day.toordinal())[0] == ()


def test_a_report_recalling_the_first_walkout_is_not_a_report_of_it() -> None:
    # The stoppage ended on Thursday; the first walkout, in September, is the other report's.
    articles = [make(1, "Outlet 1", *SECOND_WALKOUT[1]), make(2, "Outlet 2", *FIRST_WALKOUT)]
    events = group(articles)
    assert event_of(events, "a2") == {"a2"}
    assert event_of(events, "a1") == {"a1"}


def test_landings_and_ceasefires_are_happenings() -> None:
    told = _told_of(load_vocabulary(None))
    assert "landing" in told["landing"]
    assert "ceasefire" in told["truce"]


SECOND_LANDING = (D(2037, 6, 20), (
    "Brisa jet returns to Coldharbour after bird strike",
    "A Brisa Air jet with 140 passengers made an emergency landing at Coldharbour on Saturday after hitting a "
    "flock of geese, the airline's second emergency landing there in a week, the airport said.",
))


def test_a_second_landing_in_a_week_counts_an_earlier_one() -> None:
    day, story = SECOND_LANDING
    facts, text = _facts(day, story)
    cues = _told_of(load_vocabulary(None))
    found = recurrences(facts, text, _lead_end(text, 3), day.toordinal(), cues)
    assert any(first <= day.toordinal() - 7 and last == day.toordinal() - 1 for _, first, last in found)


def test_a_second_landing_stays_apart_from_the_first() -> None:
    first = (D(2037, 6, 15), (
        "Brisa jet lands at Coldharbour with engine warning",
        "A Brisa Air jet with 152 passengers made an emergency landing at Coldharbour on Monday after an engine "
        "warning light came on, the airport said.",
    ))
    follow = (D(2037, 6, 20), (
        "Geese blamed as Brisa flight turns back",
        "A Brisa Air flight turned back to Coldharbour on Saturday after hitting geese, and all 140 passengers "
        "left the plane safely, the airport said.",
    ))
    articles = [make(i, f"Outlet {i}", day, story) for i, (day, story) in enumerate([SECOND_LANDING, follow, first])]
    events = group(articles)
    assert event_of(events, "a2") == {"a2"}
    assert event_of(events, "a0") == {"a0", "a1"}


# --- a lead that counts its happening as a repeat (``GroupingOptions.repeat_factor``) ---------------------

LATER_RECALL = [
    (D(2038, 11, 8), (
        "Halvard recalls Pika scooters over battery fires",
        "Halvard Mobility is calling back 21,000 Pika electric scooters because their batteries can overheat, "
        "the company said on Monday, the model's second recall in a year.",
    )),
    (D(2038, 11, 8), (
        "Pika scooter owners told to stop riding",
        "Halvard Mobility told owners of 21,000 Pika scooters to stop using them until the battery is replaced, "
        "the company said.",
    )),
]
EARLIER_RECALL = (D(2038, 2, 14), (
    "Halvard calls back Pika scooters over brakes",
    "Halvard Mobility is calling back 9,000 Pika electric scooters because the rear brake can fail, the company "
    "said on Monday.",
))


def _recall_corpus() -> list:
    return [make(i, f"Outlet {i}", day, story) for i, (day, story) in enumerate([*LATER_RECALL, EARLIER_RECALL])]


def test_a_lead_counting_its_happening_again_is_a_repeat() -> None:
    for lead in (
        "Workers walked out for the second time in a month on Tuesday.",
        "It was the model's second recall in a year.",
        "The port's third strike this year began on Monday.",
    ):
        assert repeats(lead, len(lead))
    for lead in (
        "The second-largest carmaker recalled scooters.",
        "A second report said the company had recalled scooters on Monday.",
        "The strike went into a second day on Tuesday with no talks planned.",
    ):
        assert not repeats(lead, len(lead))


def test_the_earlier_recall_is_another_event() -> None:
    events = group(_recall_corpus())
    assert event_of(events, "a2") == {"a2"}
    assert event_of(events, "a0") == {"a0", "a1"}
    # without the rule, the words and the names join the two recalls (the counts of scooters, 21,000 against
    # 9,000, hold them apart too: ``counted_sentences``, turned off here)
    blind = GroupingOptions(repeat_factor=1.0, counted_sentences=0)
    assert event_of(group(_recall_corpus(), blind), "a2") == {"a0", "a1", "a2"}



# --- figures recalled of an earlier happening (``GroupingOptions.recalled_figures``) ------------------------

FLOOD_REPORTS = [
    (D(2040, 4, 9), (
        "Eleven dead as Marrin river bursts its banks",
        "The Marrin burst its banks at Tollavik on Monday, killing 11 people and flooding some 600 homes, the "
        "regional emergency office said.",
    )),
    (D(2040, 4, 10), (
        "Tollavik counts cost of floods",
        "Residents of Tollavik began clearing mud from their homes on Tuesday. Officials said 11 people died in "
        "Monday's flood. In 2033 the river killed 27 people in the town.",
    )),
]
OLD_FLOOD = (D(2033, 3, 21), (
    "Marrin floods kill 27 in Tollavik",
    "Floodwater from the Marrin swept through Tollavik on Monday, killing 27 people, the regional emergency office "
    "said.",
))


def test_a_figure_recalled_of_an_earlier_happening_is_read_apart_from_the_lead_figures() -> None:
    day, story = FLOOD_REPORTS[1]
    facts, text = _facts(day, story)
    earlier, own = figures_recalled(facts, _lead_end(text, 3), GroupingOptions().recalled_measures)
    assert ("deaths", 27.0) in earlier
    assert ("deaths", 11.0) in own and ("deaths", 27.0) not in own


def test_an_age_is_not_read_as_a_happening_figure() -> None:
    story = ("Boy found", "A 12-year-old boy missing since Friday was found on Sunday. In 2031 a 12-year-old girl "
             "went missing in the same woods.")
    facts, text = _facts(D(2040, 4, 10), story)
    earlier, own = figures_recalled(facts, _lead_end(text, 3), GroupingOptions().recalled_measures)
    assert not any(measure == "age" for measure, _ in earlier | own)


def test_an_undated_report_of_the_earlier_flood_leaves_the_event() -> None:
    articles = [make(i, f"Outlet {i}", day, story) for i, (day, story) in enumerate(FLOOD_REPORTS)]
    articles.append(make(2, "Outlet 2", None, OLD_FLOOD[1]))
    events = group(articles)
    assert event_of(events, "a2") == {"a2"}
    assert event_of(events, "a0") == {"a0", "a1"}
    # (The flood's two dated reports agree on its toll, so ``agreed_tolls`` holds the old flood apart too.)
    without = group(articles, GroupingOptions(recalled_figures=False, agreed_tolls=0))
    assert event_of(without, "a2") != {"a2"}

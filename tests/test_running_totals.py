"""A count told as a running total ("1,512 flights in all", "so far", "by the evening", "by 6 p.m.") is a tally, whatever
its frame: a later, higher figure of it is an update, not a conflict (consistency/checks/comparisons.py,
``_running_pair``). Costs and lengths are never running totals.

The articles are invented: snow at Dravik airport, and a runway's cost.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.checks import comparisons
from consistency.engine import run_articles
from consistency.model import Article, Fact, Frame, Quantity


def figure_verdicts(morning: str, evening: str) -> list[tuple[str, str | None, list[str]]]:
    result = run_articles([
        Article(id="a", path="a.md", outlet="Morning Wire", body=morning, published=dt.datetime(2047, 3, 4, 9, 0)),
        Article(id="b", path="b.md", outlet="Evening Post", body=evening, published=dt.datetime(2047, 3, 4, 19, 0)),
    ])
    text = {f.id: f.text for f in result.facts}
    return [(fi.status, fi.cause, sorted(text[i] for i in fi.fact_ids)) for fi in result.findings if fi.kind == "figure"]


MORNING = "Snow closed Dravik airport on Tuesday. Airlines cancelled 1,340 flights, the airport said."


@pytest.mark.parametrize(
    "evening",
    [
        "Snow shut Dravik airport on Tuesday, and airlines cancelled 1,512 flights in all, the airport said.",
        "Snow shut Dravik airport on Tuesday, and airlines had cancelled 1,512 flights by the evening, the airport said.",
        # a total as of a clock time or a part of the day
        "Snow shut Dravik airport on Tuesday, and airlines had cancelled 1,512 flights by 6 p.m., the airport said.",
        "Snow shut Dravik airport on Tuesday, and airlines had cancelled 1,512 flights by mid-afternoon, the airport said.",
    ],
)
def test_a_later_higher_running_total_is_an_update(evening: str) -> None:
    assert figure_verdicts(MORNING, evening) == [("compatible", "update", ["1,340", "1,512"])]


def test_the_same_figures_without_a_running_total_conflict() -> None:
    evening = "Snow shut Dravik airport on Tuesday, and airlines cancelled 1,512 flights, the airport said."
    assert figure_verdicts(MORNING, evening)[0][0] == "conflict"


def test_a_cost_is_no_running_total() -> None:
    found = figure_verdicts(
        "The Dravik runway opened on Tuesday. It cost 1.4 billion euros, the airport said.",
        "Dravik opened its runway on Tuesday. It cost a total of 1.7 billion euros, the airport said.",
    )
    assert found[0][0] == "conflict"


EARLY = "Snow closed Dravik airport on Tuesday. Airlines had cancelled 140 flights by 7 a.m., the airport said."


@pytest.mark.parametrize(
    ("evening", "status"),
    [
        # a total told by the clock may grow many times over in a day
        ("Snow shut Dravik airport on Tuesday, and airlines cancelled 1,120 flights, the airport said.", "compatible"),
        # but one ten times the other is a slipped zero, not growth
        ("Snow shut Dravik airport on Tuesday, and airlines cancelled 1,400 flights, the airport said.", "conflict"),
    ],
)
def test_a_running_total_from_early_in_the_day_may_grow_many_times(evening: str, status: str) -> None:
    assert figure_verdicts(EARLY, evening)[0][0] == status


@pytest.mark.parametrize("lead", ["By mid-morning", "By 8 a.m."])
def test_the_moment_told_before_the_count_makes_it_a_running_total(lead: str) -> None:
    morning = f"Snow closed Dravik airport on Tuesday. {lead} 1,340 flights had been cancelled, the airport said."
    evening = "Snow shut Dravik airport on Tuesday, and airlines cancelled 1,512 flights, the airport said."
    assert figure_verdicts(morning, evening) == [("compatible", "update", ["1,340", "1,512"])]


@pytest.mark.parametrize("lead", ["So far, we hear,", "Since then"])
def test_so_far_and_since_then_tell_a_running_total(lead: str) -> None:
    morning = f"Snow closed Dravik airport this morning. {lead} 1,340 flights have been cancelled."
    evening = "Snow shut Dravik airport on Tuesday, and airlines cancelled 1,512 flights, the airport said."
    assert figure_verdicts(morning, evening) == [("compatible", "update", ["1,340", "1,512"])]


def test_a_weight_told_as_a_running_total_is_an_update() -> None:
    # tonnes pressed pile up through a day as a count does; a length or a cost does not (above)
    found = figure_verdicts(
        "The Dravik harvest began on Tuesday. Pickers had pressed 11 tonnes of grapes by midday, the cooperative said.",
        "The Dravik harvest began on Tuesday, and pickers pressed 18 tonnes of grapes, the cooperative said.",
    )
    assert found == [("compatible", "update", ["11 tonnes", "18 tonnes"])]


def test_a_running_weight_in_two_units_is_an_update() -> None:
    # tonnes by midday and kilograms in all: one running weight, compared in one unit
    found = figure_verdicts(
        "The Dravik harvest began on Tuesday. Pickers had pressed 9 tonnes of grapes by midday, the cooperative said.",
        "The Dravik harvest began on Tuesday, and pickers pressed 16,300 kg of grapes, the cooperative said.",
    )
    assert found == [("compatible", "update", ["16,300 kg", "9 tonnes"])]


def test_one_number_in_two_units_is_no_running_total() -> None:
    # "1,400 lb" against "1.4 tonnes": the same digits, one unit written wrongly, not a weight that grew
    found = figure_verdicts(
        "The Dravik harvest began on Tuesday. Pickers had pressed 1,400 lb of grapes by midday, the cooperative said.",
        "The Dravik harvest began on Tuesday, and pickers pressed 1.4 tonnes of grapes, the cooperative said.",
    )
    assert found[0][0] == "conflict"


@pytest.mark.parametrize(
    "morning",
    [
        "Snow closed Dravik airport this morning. Airlines have now cancelled 1,340 flights, the airport said.",
        "Snow closed Dravik airport this morning. The airport said 1,340 flights were already cancelled.",
    ],
)
def test_now_and_already_tell_a_count_still_under_way(morning: str) -> None:
    evening = "Snow shut Dravik airport on Tuesday, and airlines cancelled 1,512 flights, the airport said."
    assert figure_verdicts(morning, evening) == [("compatible", "update", ["1,340", "1,512"])]


LIVE = (
    "# Live: snow at Dravik airport\n\n"
    "08:40 Snow has closed Dravik airport. Airlines have cancelled 1,340 flights, the airport says.\n\n"
    "07:15 Heavy snow is falling on the runways."
)


def test_a_live_entry_gives_the_count_at_its_stamp() -> None:
    # a live page's entry speaks for the time it was posted: a later report's higher count has grown since
    evening = "Snow shut Dravik airport on Tuesday, and airlines cancelled 1,512 flights, the airport said."
    assert figure_verdicts(LIVE, evening) == [("compatible", "update", ["1,340", "1,512"])]


def test_a_cost_in_a_live_entry_is_no_running_total() -> None:
    live = (
        "# Live: Dravik runway opens\n\n"
        "08:40 The runway is open. It cost 1.4 billion euros, the airport says.\n\n"
        "07:15 The first plane is on its way."
    )
    found = figure_verdicts(live, "Dravik opened its runway on Tuesday. It cost 1.7 billion euros, the airport said.")
    assert found[0][0] == "conflict"



@pytest.mark.parametrize(
    ("evening", "status"),
    [
        # what is left falls as people are found, treated or sent home: later and lower is news, whoever says it
        ("The Cadwold avalanche buried a ski lodge, and four people remain in hospital, doctors said.", "compatible"),
        ("The Cadwold avalanche buried a ski lodge, and four people were still in hospital, doctors said.", "compatible"),
        # told as no remainder, a later lower count of the hurt has no reason given
        ("The Cadwold avalanche buried a ski lodge and injured four people, police said.", "conflict"),
    ],
)
def test_a_later_lower_count_of_what_remains_is_an_update(evening: str, status: str) -> None:
    found = figure_verdicts("The Cadwold avalanche buried a ski lodge and injured nine people, police said.", evening)
    assert [s for s, _cause, texts in found if "nine" in " ".join(texts)] == [status], found


# A count told as counted over a span still open ("since the storm began", "in its first week", "have since ...") is
# read as a running total against a report of another day (``comparisons._counted_over_days``); the other invented
# story is a ferry strike at Harlenby with its sailings called off, and a flood at Tarrowfield with its injured.
def two_day_verdicts(first: str, later: str, days: int = 3) -> list[tuple[str, str | None, list[str]]]:
    start = dt.datetime(2061, 5, 9, 11, 0)
    result = run_articles([
        Article(id="a", path="a.md", outlet="Voskmere Wire", body=first, published=start),
        Article(id="b", path="b.md", outlet="Brindlecote Post", body=later, published=start + dt.timedelta(days=days)),
    ])
    text = {f.id: f.text for f in result.facts}
    return [(fi.status, fi.cause, sorted(text[i] for i in fi.fact_ids)) for fi in result.findings if fi.kind == "figure"]


FERRY_FIRST = "Deckhands at Harlenby port walked out on Monday. The operator has dropped 96 sailings since the walkout began."


def test_a_count_over_an_open_span_read_higher_days_later_is_an_update() -> None:
    later = "Deckhands at Harlenby port walked out on Monday. The operator dropped 131 sailings during the strike."
    assert two_day_verdicts(FERRY_FIRST, later) == [("compatible", "update", ["131", "96"])]


def test_a_count_over_an_open_span_read_lower_days_later_stays_a_conflict() -> None:
    later = "Deckhands at Harlenby port walked out on Monday. The operator dropped 71 sailings during the strike."
    assert two_day_verdicts(FERRY_FIRST, later)[0][0] == "conflict"


def test_a_count_over_an_open_span_the_same_day_stays_a_conflict() -> None:
    later = "Deckhands at Harlenby port walked out on Monday. The operator dropped 131 sailings during the strike."
    assert two_day_verdicts(FERRY_FIRST, later, days=0)[0][0] == "conflict"


def test_the_same_counts_with_no_open_span_stay_a_conflict() -> None:
    first = "Deckhands at Harlenby port walked out on Monday. The operator dropped 96 sailings."
    later = "Deckhands at Harlenby port walked out on Monday. The operator dropped 131 sailings during the strike."
    assert two_day_verdicts(first, later)[0][0] == "conflict"


# A side whose frame fell back to its counted noun ("19 people") takes the tally of the side that names its measure
# ("were injured") when the two reports are of two days, credit no two sources and differ by no typing slip
# (``comparisons._tally_frame``; the slot has set the two side by side as one claim).
def flood_side(aid: str, text: str, number: float, frame: Frame, day: int) -> comparisons._Side:
    sentence = f"{text} people were hurt in the Tarrowfield floods."
    fact = Fact(
        id=f"f{aid}", article_id=aid, kind="figure", text=text, start=0, end=len(text), sentence=sentence,
        sentence_start=0, sentence_end=len(sentence), value=Quantity(number, number), frame=frame,
    )
    article = Article(id=aid, path=f"{aid}.md", outlet=f"Outlet {aid}", body=sentence, published=dt.date(2061, 5, 9 + day))
    return comparisons._Side(article, fact, text)


INJURED = Frame(key="figure:injured:current", name="number injured", measure="injured", tally=True)
PEOPLE = Frame(key="figure:people/:current", name="people", measure="people/", known=False)


def test_a_count_of_no_named_measure_takes_the_named_tally_across_two_days() -> None:
    frame = comparisons._tally_frame(flood_side("b", "19", 19, PEOPLE, 1), flood_side("a", "16", 16, INJURED, 0))
    assert frame is not None and frame.tally


@pytest.mark.parametrize(
    ("later", "number", "day"),
    [
        ("61", 61, 1),  # the earlier figure's digits swapped: a slip, not a count grown
        ("19", 19, 0),  # two outlets of one day
    ],
)
def test_the_named_tally_is_not_borrowed_for_a_slip_or_the_same_day(later: str, number: float, day: int) -> None:
    frame = comparisons._tally_frame(flood_side("b", later, number, PEOPLE, day), flood_side("a", "16", 16, INJURED, 0))
    assert frame is PEOPLE

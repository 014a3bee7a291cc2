"""TimeML values on dates (``DateValue.timex``) and the TimeML view of a text (every TIMEX3 type).

Sentences are our own, about invented places (Velmora, Halvik, Dravik).
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.extract import ExtractionContext
from consistency.extract.dates import extract_dates
from consistency.extract.timexes import find_timexes
from consistency.model import DateValue

MON = dt.date(2024, 4, 8)  # a Monday


def dates(text: str, published: dt.date | None = MON) -> list[tuple[str, DateValue]]:
    return [(text[x.start : x.end], x.value) for x in extract_dates(text, ExtractionContext(published=published))]


def timexes(text: str, published: dt.date | None = MON) -> list[tuple[str, str, str | None]]:
    return [(text[t.start : t.end], t.type, t.value) for t in find_timexes(text, ExtractionContext(published=published))]


@pytest.mark.parametrize(
    ("sentence", "span", "timex"),
    [
        ("The Velmora council met on April 3.", "April 3", "2024-04-03"),
        ("The Velmora council met on April 3, 2023.", "April 3, 2023", "2023-04-03"),
        ("Talks in Halvik resume in mid-March 2025.", "mid-March 2025", "2025-03"),  # the modifier keeps the month
        ("Halvik's mayor resigned in early 2021.", "early 2021", "2021"),
        ("Dravik grew fast in the 1990s.", "the 1990s", "199X"),
        ("The ferry returns in the third quarter of 2024.", "the third quarter of 2024", "2024-Q3"),
        ("The harbour froze in the winter of 2022.", "winter of 2022", "2022-WI"),
        ("Dravik's port reopened last week.", "last week", "2024-W14"),
        ("The ferry sank on Monday morning.", "Monday morning", "2024-04-08TMO"),
        ("A storm hit Halvik last night.", "last night", "2024-04-07TNI"),
        ("The market in Brask opens at 8:15 p.m. on April 9.", "8:15 p.m. on April 9", "2024-04-09T20:15"),
        ("Rents in Velmora rose over the past two years.", "the past two years", "P2Y"),
    ],
)
def test_dates_carry_their_timeml_value(sentence: str, span: str, timex: str) -> None:
    assert (span, timex) in [(s, v.timex) for s, v in dates(sentence)]


def test_a_part_of_day_names_its_day_and_the_part_in_timex() -> None:
    [(span, value)] = dates("The ferry sank on Monday morning.")
    assert span == "Monday morning"
    # The interval stays the day (a clock-time interval made other outlets' "Monday" look like a
    # different time in the checks); TimeML's value says which part of it.
    assert (value.start, value.end, value.granularity, value.timex) == ("2024-04-08", "2024-04-08", "day",
                                                                       "2024-04-08TMO")


def test_a_year_earlier_counts_from_the_quarter_the_sentence_names() -> None:
    text = "Halvik Mining earned $5 million in the third quarter of 2023, up from $3 million a year earlier."
    by_span = dict(dates(text))
    assert by_span["a year earlier"].timex == "2022-Q3"


def test_a_week_later_counts_from_the_date_in_its_sentence_not_from_publication() -> None:
    by_span = dict(dates("The bridge in Dravik closed on March 2 and reopened a week later."))
    assert by_span["a week later"].start == "2024-03-09"
    # with no date in the sentence, publication is the reference
    by_span = dict(dates("The bridge in Dravik reopened a week later."))
    assert by_span["a week later"].start == "2024-04-15"


def test_the_following_day_and_a_clock_time_take_the_day_of_their_sentence() -> None:
    by_span = dict(dates("The vote in Brask was held on March 5, and the count ended the following day at 2 a.m."))
    assert by_span["the following day at 2 a.m."].start == "2024-03-06T02:00"
    times = [v for s, v in dates("On March 5 the polls in Brask closed at 9 p.m. sharp.") if v.granularity == "time"]
    assert [v.start for v in times] == ["2024-03-05T21:00"]


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("The strike in Velmora lasted three weeks.", "three weeks", "P3W"),
        ("Workers in Halvik began a 48-hour strike.", "48-hour", "PT48H"),
        ("The Dravik mine was shut for almost seven years.", "almost seven years", "P7Y"),
        ("Talks in Brask dragged on for several months.", "several months", "PXM"),
        ("The case took years to reach the Velmora court.", "years", "PXY"),
        ("He served 90 days in a Halvik jail.", "90 days", "P90D"),
        ("Output in the first nine months rose in Dravik.", "the first nine months", "P9M"),
    ],
)
def test_durations_are_timexes_with_iso_durations(sentence: str, span: str, value: str) -> None:
    assert (span, "DURATION", value) in timexes(sentence)


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("The Velmora ferry sails every week.", "every week", "P1W"),
        ("She checks the Halvik tide every morning.", "every morning", "XXXX-XX-XXTMO"),
        ("The Brask market opens every Tuesday.", "every Tuesday", "XXXX-WXX-2"),
        ("The fund pays out $2 million annually.", "annually", "P1Y"),
        ("The Halvik fair is held every December.", "every December", "XXXX-12"),
    ],
)
def test_sets_are_timexes(sentence: str, span: str, value: str) -> None:
    assert (span, "SET", value) in timexes(sentence)


def test_vague_references_are_timeml_dates_but_not_extracted_dates() -> None:
    text = "Halvik is now the largest port; prices recently fell, and the future is unclear."
    assert [(s, v) for s, _, v in timexes(text)] == [("now", "PRESENT_REF"), ("recently", "PAST_REF"),
                                                     ("the future", "FUTURE_REF")]
    assert dates(text) == []


def test_a_range_of_years_is_two_timeml_dates_but_one_period() -> None:
    text = "The Dravik expedition of 1957-58 mapped the coast."
    assert [(s, v) for s, _, v in timexes(text)] == [("1957", "1957"), ("58", "1958")]
    [(span, value)] = dates(text)
    assert (span, value.start, value.end) == ("1957-58", "1957-01-01", "1958-12-31")


@pytest.mark.parametrize(
    "sentence",
    [
        "The jury may march into the Velmora court at any time.",
        "Ships of the 7th Fleet entered Halvik harbour.",
        "A Su-34 flew over Dravik.",
        "Brask won the 2012-13 league title.",
        "A 40-year-old man was arrested in Velmora.",
        "He made a second attempt to cross the Halvik strait.",
        "The Daily Halvik printed a weekly column.",
    ],
)
def test_no_false_timexes(sentence: str) -> None:
    found = timexes(sentence)
    assert all(t not in ("DURATION", "SET") for _, t, _ in found), found
    if "2012-13" not in sentence:
        assert found == [], found


def test_a_repeated_day_or_month_is_no_date() -> None:
    assert dates("The Brask market opens every Tuesday and each December.") == []


def test_timex_is_not_part_of_equality() -> None:
    assert DateValue("2024-04-08", "2024-04-08", "day", timex="2024-04-08") == DateValue("2024-04-08", "2024-04-08", "day")


@pytest.mark.parametrize(
    ("sentence", "span", "timex"),
    [
        ("Dravik grew most in the 20th century.", "the 20th century", "19"),
        ("Velmora was a fishing town in the nineteenth century.", "the nineteenth century", "18"),
        ("The Halvik budget for this fiscal year is set.", "this fiscal year", "2024"),
        ("Brask's exports rose earlier this month.", "earlier this month", "2024-04"),
    ],
)
def test_centuries_fiscal_years_and_earlier_this_unit(sentence: str, span: str, timex: str) -> None:
    assert (span, timex) in [(s, v.timex) for s, v in dates(sentence)]


def test_a_year_ago_after_a_quarter_is_that_quarter_a_year_before() -> None:
    text = "Halvik Mining earned $5 million in the third quarter, against $3 million a year ago."
    # published in the second quarter of 2024: the third quarter is 2023-Q3, a year before it 2022-Q3
    assert dict(dates(text))["a year ago"].timex == "2022-Q3"
    assert dict(dates("Halvik Mining was founded two years ago."))["two years ago"].timex == "2022"


def test_a_passive_participle_is_not_past_tense() -> None:
    # "published" after "be" does not make "May" last May: the book is due this May.
    [(span, value)] = dates("A book on the Velmora floods is due to be published in May.", dt.date(2024, 3, 22))
    assert (span, value.timex) == ("May", "2024-05")


def test_durations_and_ages_in_the_timeml_view() -> None:
    found = timexes("Children of Velmora aged 6 months and older get the vaccine for a decade.")
    assert ("6 months", "DURATION", "P6M") not in found
    assert ("a decade", "DURATION", "P10Y") in found


@pytest.mark.parametrize(
    ("sentence", "span", "start", "end"),
    [
        ("Talks in Velmora ran between March and May.", "between March and May", "2024-03-01", "2024-05-31"),
        ("The Halvik strike lasted from Monday to Wednesday.", "from Monday to Wednesday", "2024-04-08",
         "2024-04-10"),
        ("The Brask fair ran from April 1 to April 3.", "from April 1 to April 3", "2024-04-01", "2024-04-03"),
        ("The Dravik summit is April 10-12.", "April 10-12", "2024-04-10", "2024-04-12"),
        ("Dravik boomed in the mid-1990s.", "the mid-1990s", "1993-01-01", "1996-12-31"),
    ],
)
def test_ranges_are_one_period(sentence: str, span: str, start: str, end: str) -> None:
    assert (span, start, end) in [(s, v.start, v.end) for s, v in dates(sentence)]


def test_a_change_of_date_is_no_range_and_timeml_keeps_two_ends() -> None:
    assert [s for s, _ in dates("Halvik moved the vote from May to June.")] == ["May", "June"]
    found = timexes("Talks in Velmora ran between March and May.")
    assert [(s, v) for s, _, v in found] == [("March", "2024-03"), ("May", "2024-05")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Velmora sale should be completed in October.",
        "Halvik wants to close its port by early June.",
    ],
)
def test_modal_and_intent_verbs_point_forward(sentence: str) -> None:
    [(_, value)] = dates(sentence, dt.date(2024, 5, 14))
    assert value.start is not None and value.start.startswith("2024-")


def test_the_day_before_counts_from_its_sentence_date_or_stays_unresolved() -> None:
    by_span = dict(dates("The vote in Brask was on March 5, and the day before, crowds gathered."))
    assert by_span["the day before"].start == "2024-03-04"
    [(_, value)] = dates("The day before, crowds gathered in Brask.")
    assert value.start is None and not value.resolved  # not yesterday: the reference is elsewhere
    # "the day before the vote": TimeML marks "the day"; with no day named before it, it stays unresolved.
    [(span, value)] = dates("Crowds gathered in Brask the day before the vote.")
    assert span == "the day" and not value.resolved

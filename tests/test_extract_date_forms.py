"""Date and time forms of issue #9 read from newsroom copy: clock times with seconds or "hours", a time
before its day, one moment on two clocks, dotted and two-digit-year dates, tokenized clock times.
Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.extract import ExtractionContext
from consistency.extract.dates import extract_dates
from consistency.model import DateValue

WED = dt.date(2024, 3, 13)  # a Wednesday


def found(text: str, published: dt.date | dt.datetime | None = WED) -> list[tuple[str, DateValue]]:
    return [(text[x.start : x.end], x.value) for x in extract_dates(text, ExtractionContext(published=published))]


# sentence -> (span, start of the value)
FORMS = [
    # a 24-hour clock time with its seconds after a two-digit hour, or "hours" after it
    ("First posted 21:14:09 12/03/2024 by the Velmora desk", ("21:14:09 12/03/2024", "2024-03-12T21:14")),
    ("The ferry left Halvik at 09:10 hours on Tuesday.", ("09:10 hours on Tuesday", "2024-03-12T09:10")),
    # a clock time before its day, with its place between them
    ("Brask fire 6:15pm UK, Tuesday 12 March 2024 Crews arrived", ("6:15pm UK, Tuesday 12 March 2024",
                                                                   "2024-03-12T18:15")),
    ("It began at 7:20 AM local time, Monday, in Dravik.", ("7:20 AM local time, Monday", "2024-03-11T07:20")),
    # a hedge between a part of the day and its clock time
    ("Late Monday evening, around 9:40 p.m., Norland police arrived.",
     ("Monday evening, around 9:40 p.m.", "2024-03-11T21:40")),
    # dotted dates, day first or year first, also with a space after the dots
    ("The Korvath report is dated 08.03.2024 in its header.", ("08.03.2024", "2024-03-08")),
    ("Filed on 07. 03. 2024 by Marta Vellacourt.", ("07. 03. 2024", "2024-03-07")),
    ("Published: 2024.03.12 in Halvik.", ("2024.03.12", "2024-03-12")),
    # a day, a month and a two-digit year
    ("The convoy was stopped on 9 Mar 24. Nobody was hurt.", ("9 Mar 24", "2024-03-09")),
    # a clock time as tokenized copy leaves it, before am/pm
    ("Velmora, March 12, 2024, 10. 45AM The mayor spoke.", ("March 12, 2024, 10. 45AM", "2024-03-12T10:45")),
    # midday is noon; an hour alone right after "shortly before", "just after" is a clock time
    ("The guns of the Brask fort fired at midday.", ("midday", "2024-03-13T12:00")),
    ("The basket hit the cables shortly before seven, witnesses said.", ("seven", "2024-03-13T07:00")),
    ("Just after 9 the ferry left Halvik.", ("9", "2024-03-13T09:00")),
    ("The bus left the road shortly after nine local time.", ("nine", "2024-03-13T09:00")),
]


@pytest.mark.parametrize(("sentence", "expected"), FORMS, ids=[f[0][:40] for f in FORMS])
def test_date_forms(sentence: str, expected: tuple[str, str]) -> None:
    span, start = expected
    assert [(s, v.start) for s, v in found(sentence)] == [(span, start)]


@pytest.mark.parametrize(
    "sentence",
    ["He was freed shortly after two years in jail.", "Just before six people were hurt in Brask.",
     "Rescuers came shortly after one of the boats sank."],
)
def test_an_hour_alone_followed_by_a_noun_is_no_clock(sentence: str) -> None:
    assert all(v.granularity != "time" for _, v in found(sentence))


def test_a_programme_named_by_its_hour_is_no_clock() -> None:
    assert found("# Seven o'clock news: Brask storm cuts power") == []
    assert [(s, v.start) for s, v in found("The Brask storm struck at seven o'clock.")] == [
        ("seven o'clock", "2024-03-13T07:00")
    ]


def test_race_time_is_no_clock() -> None:
    assert all(v.granularity != "time" for _, v in found("Dravik won the marathon in 2:07:35 on Sunday."))


def test_a_date_with_a_lower_case_word_after_it_keeps_its_number_apart() -> None:
    spans = [s for s, _ in found("On 9 Mar 24 people were hurt in Brask.")]
    assert "9 Mar 24" not in spans


@pytest.mark.parametrize(
    ("sentence", "day"),
    [("The ministry confirmed on 8 March 23 deaths in Halvik.", "2024-03-08"),
     ("Talks resumed on 2 March 15 days after the Brask walkout.", "2024-03-02")],
)
def test_a_day_given_before_its_month_keeps_the_number_after_it_apart(sentence: str, day: str) -> None:
    # the day came first, so the number after the month counts something else: never "March 23"
    assert [(span, value.start) for span, value in found(sentence)] == [(sentence.split("on ")[1][:7], day)]


def test_one_moment_on_two_clocks_is_one_expression() -> None:
    # the value is the first clock, as written; the instant comes from the clock with a zone
    (span, value), = found("The quake struck at 3 p.m. (1200 GMT) in Korvath, police said.")
    assert span == "3 p.m. (1200 GMT)"
    assert value.start == "2024-03-13T15:00" and value.instant == "2024-03-13T12:00Z"
    (span, value), = found("The blast came at 0915 GMT (1715 HKT) near the Halvik port.")
    assert span == "0915 GMT (1715 HKT)" and value.instant == "2024-03-13T09:15Z"


def test_a_day_after_two_clocks_stays_apart_but_dates_the_moment() -> None:
    result = found("The quake struck at 08:40 (0440 GMT) on Monday in Norland.")
    assert [s for s, _ in result] == ["08:40 (0440 GMT)", "Monday"]
    assert result[0][1].start == "2024-03-11T08:40" and result[0][1].instant == "2024-03-11T04:40Z"


def test_four_digits_before_a_zone_are_a_time_not_a_year() -> None:
    values = [v for _, v in found("Markets opened at 1852 HKT in Velmora.")]
    assert values and values[0].granularity == "time" and values[0].start == "2024-03-13T18:52"


def timexes(text: str, published: dt.date | dt.datetime | None = WED, **kw: bool) -> list[tuple[str, str | None]]:
    from consistency.extract.timexes import find_timexes

    return [(text[t.start : t.end], t.value) for t in find_timexes(text, ExtractionContext(published=published), **kw)]


DURATIONS = [
    # a fraction of the unit, before or after it
    ("The Velmora hearing ran one and a half hours.", ("one and a half hours", "PT1.5H")),
    ("Brask waited an hour and a half for the ferry.", ("an hour and a half", "PT1.5H")),
    ("The vote took half an hour in Halvik.", ("half an hour", "PT0.5H")),
    ("Dravik booked a ½ hour slot.", ("½ hour", "PT0.5H")),
    ("Korvath served two and a quarter years abroad.", ("two and a quarter years", "P2.25Y")),
    # units abbreviated after digits
    ("The Norland strike lasted 48hrs in all.", ("48hrs", "PT48H")),
    ("The bridge shut for 30 mins on Monday night.", None),  # the night is a date; checked apart below
    ("Marta Vellacourt ran it in 3.5years flat.", ("3.5years", "P3.5Y")),
    # a larger unit and a smaller one, one duration
    ("The outage lasted 1hr 4 mins at Brask.", ("1hr 4 mins", "PT1H4M")),
    ("Velmora was ruled for two years and three months.", ("two years and three months", "P2Y3M")),
    # three units and more, one duration
    ("Ada Korvath won in 2 hours 7 minutes 52 seconds.", ("2 hours 7 minutes 52 seconds", "PT2H7M52S")),
    ("The Brask rower took 1 hour, 12 minutes and 5 seconds.", ("1 hour, 12 minutes and 5 seconds", "PT1H12M5S")),
    ("The Norland siege lasted 3 years, 2 months and 9 days.", ("3 years, 2 months and 9 days", "P3Y2M9D")),
    ("The Halvik relay ran 1 day 4 hours 20 minutes.", ("1 day 4 hours 20 minutes", "P1DT4H20M")),
    # "last" as a verb after a modal: the duration, no period counted back
    ("The Halvik strike will last two weeks.", ("two weeks", "P2W")),
    ("The talks shouldn't last two hours at all.", ("two hours", "PT2H")),
]


@pytest.mark.parametrize(("sentence", "expected"), DURATIONS, ids=[d[0][:40] for d in DURATIONS])
def test_duration_forms(sentence: str, expected: tuple[str, str] | None) -> None:
    if expected is None:
        assert ("30 mins", "PT30M") in timexes(sentence)
        return
    assert timexes(sentence) == [expected]


def test_a_larger_unit_after_a_joined_duration_starts_another() -> None:
    assert timexes("The Dravik test took 2 hours 20 minutes, 3 hours in all.") == [
        ("2 hours 20 minutes", "PT2H20M"), ("3 hours", "PT3H")
    ]


def test_an_ordinal_word_before_second_is_no_duration() -> None:
    assert all(v != "PT22S" for _, v in timexes("They meet on the twenty second of May."))
    assert timexes("Twenty seconds passed in Brask.") == [("Twenty seconds", "PT20S")]


def test_a_capital_h_after_digits_is_no_hour() -> None:
    assert timexes("The Dravik team finished with 3 H in the table.") == []


def test_the_last_two_weeks_still_counts_back() -> None:
    assert [s for s, _ in found("Prices rose over the last two weeks in Norland.")] == ["the last two weeks"]


def test_ranges_kept_whole_in_the_timeml_view_when_asked() -> None:
    sentence = "Brask held the fair from May to July."
    assert [s for s, _ in timexes(sentence, ranges=True)] == ["from May to July"]
    assert [s for s, _ in timexes(sentence)] == ["May", "July"]


MORE_FORMS = [
    ("Velmora sold the mill on Dec. 31 , 1994 to Brask.", ("Dec. 31 , 1994", "1994-12-31")),
    ("The train is due back 7:56:30 pm on the dot.", ("7:56:30 pm", "2024-03-13T19:56")),
    ("The rally starts at 12 noon in Halvik.", ("12 noon", "2024-03-13T12:00")),
    ("Dravik paid $12 December 27 for the ticket.", ("December 27", "2023-12-27")),
    ("Dravik paid $ 12 December 27 for the ticket.", ("December 27", "2023-12-27")),
]


@pytest.mark.parametrize(("sentence", "expected"), MORE_FORMS, ids=[f[0][:40] for f in MORE_FORMS])
def test_more_date_forms(sentence: str, expected: tuple[str, str]) -> None:
    span, start = expected
    assert [(s, v.start) for s, v in found(sentence)] == [(span, start)]


PERIOD_FORMS = [
    # a year and its quarter or half, short
    ("Velmora's sales fell in 2023 Q3 after the strike.", ("2023 Q3", "2023-Q3")),
    ("Brask expects growth in H2 2024.", ("H2 2024", "2024-H2")),
    ("The Halvik plan covers 2025-H1 only.", ("2025-H1", "2025-H1")),
    # a month's name between day and year, hyphens or slashes, either order
    ("The Korvath invoice is dated 05-Aug-2016.", ("05-Aug-2016", "2016-08-05")),
    ("Dravik filed it on 23/Sep/2020 in Norland.", ("23/Sep/2020", "2020-09-23")),
    ("The log starts 2019-aug-01 in Brask.", ("2019-aug-01", "2019-08-01")),
    ("The Velmora budget for Dec-2018 is fixed.", ("Dec-2018", "2018-12")),
    # "of" before the year, and the article before "the 9th of May"
    ("Halvik signed the treaty on July 4th of 1995.", ("July 4th of 1995", "1995-07-04")),
    ("Norland chose the 9th of May, 2023 for the vote.", ("the 9th of May, 2023", "2023-05-09")),
    # a modifier before a part of today
    ("The Dravik council meets later this afternoon.", ("later this afternoon", "2024-03-13TAF")),
]


@pytest.mark.parametrize(("sentence", "expected"), PERIOD_FORMS, ids=[f[0][:40] for f in PERIOD_FORMS])
def test_period_forms(sentence: str, expected: tuple[str, str]) -> None:
    assert timexes(sentence) == [expected]


def test_repeated_weekdays_are_sets_not_dates() -> None:
    assert timexes("Marta Vellacourt trains on Tuesday afternoons.") == [("Tuesday afternoons", "XXXX-WXX-2TAF")]
    assert timexes("The Brask market opens on Fridays.") == [("Fridays", "XXXX-WXX-5")]
    assert timexes("Halvik collects waste every other Monday.") == [("every other Monday", "XXXX-WXX-1")]
    assert found("Halvik collects waste every other Monday.") == []


def test_a_letter_and_digit_that_are_no_half_stay_out() -> None:
    assert all(s != "H4 2019" for s, _ in timexes("The H4 2019 model was shown in Velmora."))


def test_nights_count_as_days_but_a_single_night_stays_out() -> None:
    assert timexes("Korvath held him for two nights.") == [("two nights", "P2D")]
    assert timexes("Brask spent a night out.") == []


def test_month_day_year_joined_by_hyphens() -> None:
    assert timexes("The Velmora ledger ends Sep-23-2020.") == [("Sep-23-2020", "2020-09-23")]


def test_the_day_before_at_the_end_of_a_sentence_is_found() -> None:
    assert [s for s, _ in found("Halvik voted on March 4. Brask had voted the day before")] == [
        "March 4", "the day before"]


@pytest.mark.parametrize(
    ("sentence", "span", "start"),
    [
        ("Velmora will vote on Tuesday the 19th in the hall.", "Tuesday the 19th", "2024-03-19"),
        ("The Brask ferry sank on Sunday the third.", "Sunday the third", "2024-03-03"),
        ("Halvik reopens on Friday the twenty-ninth.", "Friday the twenty-ninth", "2024-03-29"),
    ],
)
def test_a_weekday_and_the_day_of_its_month(sentence: str, span: str, start: str) -> None:
    assert [(s, v.start) for s, v in found(sentence)] == [(span, start)]


def test_a_weekday_before_an_ordinal_that_counts_a_noun_is_no_day() -> None:
    assert [s for s, _ in found("Dravik showed on Tuesday the first model of its car.")] == ["Tuesday"]


def test_more_period_forms() -> None:
    assert timexes("The Halvik session took one and a half hour.") == [("one and a half hour", "PT1.5H")]
    (span, value), = found("The Brask fair runs 9-12 June in the square.")
    assert span == "9-12 June" and (value.start, value.end) == ("2024-06-09", "2024-06-12")
    assert [(s, v.start) for s, v in found("Velmora votes on Tuesday of next week.")] == [
        ("Tuesday of next week", "2024-03-19")]
    assert [(s, v.start) for s, v in found("Dravik resigned on Friday of last week.")] == [
        ("Friday of last week", "2024-03-08")]


def test_a_day_with_its_date_in_brackets_is_that_date() -> None:
    assert [(s, v.start) for s, v in found("Power came back on Monday afternoon [11 March 2024] in Brask.")] == [
        ("Monday afternoon [11 March 2024]", "2024-03-11")]
    assert [(s, v.start) for s, v in found("A fire broke out this morning (March 13) in Halvik.")] == [
        ("this morning (March 13)", "2024-03-13")]


def test_a_month_name_with_a_typo_before_a_day_and_year() -> None:
    assert [(s, v.start) for s, v in found("Velmora, Febuary 3, 2024 The council met.")] == [
        ("Febuary 3, 2024", "2024-02-03")]
    assert [s for s, _ in found("Member 12, 2005 of the Brask club")] == ["2005"]  # no month at all


def test_a_future_cue_in_a_clause_after_a_comma_does_not_move_a_past_weekday() -> None:
    sentence = "Marta Vellacourt checked into the Dravik clinic in Norland on Monday night, for what is to be a long stay."
    assert [v.start for _, v in found(sentence)] == ["2024-03-11"]


def test_a_hedged_time_after_at_stays_apart_from_its_day() -> None:
    result = found("On Tuesday, March 12th at approximately 3:00 pm, shells fell on Brask.")
    assert [s for s, _ in result] == ["Tuesday, March 12th", "3:00 pm"]


def test_a_range_of_clock_times_is_one_period_when_ranges_are_joined() -> None:
    (span, value), = found("Roads in Brask close between 4 p.m. and 6 p.m. today.")[:1]
    assert span == "between 4 p.m. and 6 p.m. today"  # the day written once, after both, holds the range
    assert (value.start, value.end) == ("2024-03-13T16:00", "2024-03-13T18:00")
    (span, value), = found("The Halvik bar opens from 10 p.m. to 2 a.m. nightly.")[:1]
    assert value.end == "2024-03-14T02:00"  # past midnight, into the next day
    assert [s for s, _ in timexes("Roads in Brask close between 4 p.m. and 6 p.m. today.")] == ["4 p.m.", "6 p.m. today"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Velmora board meets on the 18th.", [("the 18th", "2024-03-18")]),
        ("Brask signed the lease on the 28th.", [("the 28th", "2024-02-28")]),  # past, and not yet come this month
        ("Halvik will pay by the 4th, officials said.", [("the 4th", "2024-04-04")]),
        ("Korvath parred on the 18th hole.", []),  # a noun: no day
    ],
)
def test_a_day_of_the_month_alone(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(s, v.start) for s, v in found(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Brask bell rang at half past seven.", [("half past seven", "2024-03-13T07:30")]),
        ("Halvik closed at a quarter to eight in the evening.", [("a quarter to eight in the evening", "2024-03-13T19:45")]),
        ("The Dravik train left at ten past 9 in the morning.", [("ten past 9 in the morning", "2024-03-13T09:10")]),
        # minutes in words after "at", and "this evening" / "tonight" after the hour
        ("The Brask siren sounded at twenty past seven.", [("twenty past seven", "2024-03-13T07:20")]),
        ("Halvik's gates shut at ten past six this evening.", [("ten past six this evening", "2024-03-13T18:10")]),
        ("The Dravik ferry leaves at five past nine tonight.", [("five past nine tonight", "2024-03-13T21:05")]),
        # an hour named as midnight or noon: a clock time with no other cue, late evening before midnight
        ("The Brask drill hit rock at twenty to midnight our time.", [("twenty to midnight", "2024-03-13T23:40")]),
        ("The Halvik ferry left ten past midnight.", [("ten past midnight", "2024-03-13T00:10")]),
        ("The Dravik talks resumed at a quarter to noon.", [("a quarter to noon", "2024-03-13T11:45")]),
        ("The Dravik talks resumed at twenty past noon.", [("twenty past noon", "2024-03-13T12:20")]),
        ("The Velmora score was twenty past seven.", []),  # no "at", no part of the day: no clock
        ("Velmora won the match five to two.", []),  # a score
        ("Korvath rose from two to three seats.", []),
        # minutes counted to the hour in a text with no "past", "half" or "quarter" anywhere
        ("The Brask blast came at twenty to twelve.", [("twenty to twelve", "2024-03-13T11:40")]),
        ("Halvik's ferry sailed at about ten to nine on Monday.", [("ten to nine on Monday", "2024-03-11T08:50")]),
        ("Velmora won by twenty to twelve.", []),  # a score, after "by"
        # a preposition after the hour is no noun the number counts: "by the mayor", "from the steps"
        ("The Brask bridge opened at half past ten by the mayor.", [("half past ten", "2024-03-13T10:30")]),
        ("The Halvik relay left at a quarter to nine from the town hall steps.", [("a quarter to nine", "2024-03-13T08:45")]),
    ],
)
def test_clock_times_in_words(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(s, v.start) for s, v in found(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Brask tunnel's halves met this afternoon, just before four o'clock.", "2024-03-13T16:00"),
        ("Halvik's ferry docked at four o'clock this afternoon.", "2024-03-13T16:00"),
        ("Velmora's mayor arrived at 4:10 a.m. this morning.", "2024-03-13T04:10"),  # am/pm said: kept
        ("The Dravik vote closed this afternoon at 1 p.m.", "2024-03-13T13:00"),
    ],
)
def test_a_part_of_the_day_beside_a_clock_sets_its_half(sentence: str, expected: str) -> None:
    assert [v.start for _, v in found(sentence)] == [expected]


def test_a_race_time_is_no_time_of_day() -> None:
    assert found("Okoro ran 13:58.42 in Brask.") == []
    assert [s for s, _ in found("The Brask train left at 13:58. It was late.")] == ["13:58"]


def test_a_weekday_in_the_morning_is_that_part_of_the_day() -> None:
    # (a timetable told in the present, "votes on Tuesday", is the coming Tuesday; told in the past, the last one)
    assert timexes("Velmora votes on Tuesday in the morning.") == [("Tuesday in the morning", "2024-03-19TMO")]
    assert timexes("Velmora voted on Tuesday in the morning.") == [("Tuesday in the morning", "2024-03-12TMO")]
    assert [s for s, _ in timexes("Brask read it on Monday in the morning paper.")] == ["Monday"]


@pytest.mark.parametrize(
    "sentence",
    [
        # an amount and what it counts before "an hour", "a year": the rate's unit, no duration
        "Cleaners in Brask will earn 11.40 kroner an hour.",
        "The Velmora subsidy costs 1.8 billion dinars a year.",
        "Halvik drivers get 14 euros an hour, or about 2,100 euros a month.",
        "The Norland mill turns out 60,000 tonnes a year.",
        "The pumps lift 300 litres a minute.",
    ],
)
def test_a_rates_unit_is_no_duration(sentence: str) -> None:
    assert [v for _, v in timexes(sentence) if v and v.startswith("P")] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # no amount before it, or a preposition between: how long
        ("Dravik police spent an hour at the house.", ("an hour", "PT1H")),
        ("Ines Korvath earned 5 million in a year.", ("a year", "P1Y")),
        # right after the amount, TimeML's SET of the rate
        ("The Brask levy costs $4 million a year.", ("a year", "P1Y")),
    ],
)
def test_a_unit_without_an_amount_before_it_stays(sentence: str, expected: tuple[str, str]) -> None:
    assert timexes(sentence) == [expected]


def test_function_words_after_a_number_make_no_rate() -> None:
    """ "1998 was not a year ...": the words between the number and "a year" are no counted noun."""
    assert ("a year", "P1Y") in timexes("For Brask, 1998 was not a year to forget.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # no publication date: the day stays unplaced, but TimeML names it
        ("The Brask council met on Wednesday night.", ("Wednesday night", "XXXX-WXX-3TNI")),
        ("The Velmora ferry sank on Saturday.", ("Saturday", "XXXX-WXX-6")),
        ("Halvik police made the arrest yesterday.", ("yesterday", "XXXX-XX-XX")),
        ("The Dravik pickets left this morning.", ("this morning", "XXXX-XX-XXTMO")),
    ],
)
def test_an_undated_day_keeps_its_timeml_name(sentence: str, expected: tuple[str, str]) -> None:
    assert timexes(sentence, published=None) == [expected]


def test_an_undated_day_has_no_interval() -> None:
    [(_, value)] = found("The Brask council met on Wednesday night.", published=None)
    assert (value.start, value.end, value.resolved) == (None, None, False)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Brask bog man died about 3,000 years ago, the museum said.",  # before the year 1
        "Halvik's oldest oak sprouted some twenty-three centuries ago.",
        "The Velmora comet last passed a million days ago.",
    ],
)
def test_a_span_back_past_the_calendar_gives_no_date_and_no_error(sentence: str) -> None:
    # (it raised "year -976 is out of range" and cost the article all its facts)
    assert found(sentence) == []


# A morning hour with its leading zero after a clock's preposition, and minutes with the part of the day.
CLOCK_FORMS = [
    ("The first Kelmarsh ferry left at 0604.", ("0604", "2024-03-13T06:04")),
    ("The Yelvane curfew runs until 0530, police said.", ("0530", "2024-03-13T05:30")),
    ("The Astwold tremor struck at 3.17 in the morning.", ("3.17 in the morning", "2024-03-13T03:17")),
    ("Hoburne's polls closed at 9:40 in the evening.", ("9:40 in the evening", "2024-03-13T21:40")),
]


@pytest.mark.parametrize(("sentence", "expected"), CLOCK_FORMS, ids=[f[0][:40] for f in CLOCK_FORMS])
def test_clock_forms_with_no_zone_or_am_pm(sentence: str, expected: tuple[str, str]) -> None:
    spans = [(span, value.start) for span, value in found(sentence)]
    assert expected in spans, spans


@pytest.mark.parametrize(
    "sentence",
    ["The Prynnock index closed at 1850.", "Zavolsk sold the flats at 0604.5 crowns each.", "Torvelle stood at 0900%."],
)
def test_four_digits_with_no_zone_or_leading_zero_are_no_clock(sentence: str) -> None:
    assert not [span for span, value in found(sentence) if value.granularity == "time"]


# A span counted forward from publication when the sentence speaks of what is to come ("in", "within").
AHEAD = [
    ("The Kelmarsh bridge will reopen in three weeks.", ("three weeks", "2024-03-31", "2024-04-06")),
    ("Yelvane's new line opens in two years' time.", ("two years' time", "2026-01-01", "2026-12-31")),
    ("The Astwold ruling takes effect in 20 days.", ("20 days", "2024-04-02", "2024-04-02")),
    ("Hoburne must answer within 30 days.", ("30 days", "2024-03-13", "2024-04-12")),
    # a hedged reckoning in years is a span of years around it: a tenth of it either side, "nearly" only short
    ("The Kelmarsh store will take waste in about 20 years.", ("about 20 years", "2042-01-01", "2046-12-31")),
    ("Yelvane's tunnel will be ready in nearly a decade.", ("nearly a decade", "2033-01-01", "2034-12-31")),
]


@pytest.mark.parametrize(("sentence", "expected"), AHEAD, ids=[f[0][:40] for f in AHEAD])
def test_a_span_ahead_dates_what_is_to_come(sentence: str, expected: tuple[str, str, str]) -> None:
    spans = [(span, value.start, value.end) for span, value in found(sentence)]
    assert expected in spans, spans


def test_a_span_told_of_the_past_is_how_long_it_took() -> None:
    assert found("Prynnock's prices rose 5% in two years.") == []
    assert found("The Zavolsk flats sold out within a month.") == []
    # a negated perfect or "the first time" reaches back: to the last time it happened, never ahead
    assert [(span, v.start) for span, v in found("The Maudling baths have not closed in 33 years.")] == [("33 years", "1991-01-01")]
    assert [(span, v.start) for span, v in found("It is the first time in ten years that the Tilbeck canal froze.")] == [
        ("ten years", "2014-01-01")
    ]


def test_a_span_ahead_is_a_duration_in_the_timeml_view() -> None:
    from consistency.extract.timexes import find_timexes

    text = "The Torvelle bridge will reopen in three weeks."
    assert [(text[t.start : t.end], t.type, t.value) for t in find_timexes(text, ExtractionContext(published=WED))] == [
        ("three weeks", "DURATION", "P3W")
    ]


@pytest.mark.parametrize(
    ("published", "expected"),
    [(dt.date(2040, 11, 7), ("the new year", "2041-01-01", "2041-01-31")), (dt.date(2041, 1, 8), ("the new year", "2041-01-01", "2041-01-31"))],
)
def test_the_new_year_is_the_january_that_opens_it(published: dt.date, expected: tuple[str, str, str]) -> None:
    spans = [(span, value.start, value.end) for span, value in found("Hexmoor fares rise from the new year.", published)]
    assert spans == [expected]


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        ("The mayor of Darnholt told USA Today the bridge would reopen.", False),
        ("She spoke about the Darnholt flood on the Today programme.", False),
        ("Today the Darnholt council voted to close the bridge.", True),
        ("The Darnholt council will vote today on the bridge.", True),
    ],
)
def test_a_capitalised_today_after_an_acronym_or_the_names_an_outlet(sentence: str, dated: bool) -> None:
    """ "USA Today", "the Today programme": a masthead or a programme is no day; the day word at a sentence's
    start or in lower case still dates the report."""
    found = extract_dates(sentence, ExtractionContext(published=WED))
    assert any(sentence[x.start : x.end].lower() == "today" for x in found) is dated

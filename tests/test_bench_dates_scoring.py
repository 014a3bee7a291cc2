"""The Recognizers-Text DateTime scorer's readings of its conventions: open ranges by their bound, a set's
clock, a vague count, a leading article. Resolutions are written here by hand in the corpus's shape."""

from __future__ import annotations

from benchmarks.suites.dates import _same_case_result, _without_article
from consistency.extract.timexes import Timex
from consistency.model import DateValue

YEAR_2018 = DateValue("2018-01-01", "2018-12-31", "year")
DAY = DateValue("2024-01-07", "2024-01-07", "day")


def _gold(*alts: dict[str, str]) -> dict[str, object]:
    return {"values": list(alts)}


def test_before_a_year_ends_where_the_year_starts() -> None:
    ours = Timex(0, 11, "DATE", "2018", YEAR_2018, mod="BEFORE")
    assert _same_case_result(_gold({"type": "daterange", "Mod": "before", "end": "2018-01-01"}), ours)
    assert not _same_case_result(_gold({"type": "daterange", "Mod": "before", "end": "2019-01-01"}), ours)


def test_after_a_year_starts_after_it_and_after_a_day_on_it() -> None:
    after_year = Timex(0, 10, "DATE", "2018", YEAR_2018, mod="AFTER")
    assert _same_case_result(_gold({"type": "daterange", "Mod": "after", "start": "2019-01-01"}), after_year)
    assert not _same_case_result(_gold({"type": "daterange", "Mod": "after", "start": "2018-01-01"}), after_year)
    after_day = Timex(0, 10, "DATE", "2024-01-07", DAY, mod="AFTER")
    assert _same_case_result(_gold({"type": "daterange", "Mod": "after", "start": "2024-01-07"}), after_day)


def test_an_open_range_never_equals_a_closed_one() -> None:
    closed = Timex(0, 4, "DATE", "2018", YEAR_2018)
    assert not _same_case_result(_gold({"type": "daterange", "Mod": "before", "end": "2018-01-01"}), closed)
    since = Timex(0, 10, "DATE", "2018", YEAR_2018, mod="ON_OR_AFTER")
    assert not _same_case_result(_gold({"type": "daterange", "timex": "2018", "start": "2018-01-01",
                                        "end": "2019-01-01"}), since)
    assert not _same_case_result(_gold({"type": "daterange", "Mod": "before", "end": "2018-01-01"}), since)


def test_a_sets_clock_as_each_scheme_writes_it() -> None:
    weekly = Timex(0, 18, "SET", "XXXX-WXX-1T16:00")
    assert _same_case_result(_gold({"type": "set", "timex": "XXXX-WXX-1T16"}), weekly)
    assert not _same_case_result(_gold({"type": "set", "timex": "XXXX-WXX-2T16"}), weekly)
    daily = Timex(0, 12, "SET", "XXXX-XX-XXT15:00")
    assert _same_case_result(_gold({"type": "set", "timex": "T15"}), daily)
    assert not _same_case_result(_gold({"type": "set", "timex": "T15:30"}), daily)


def test_a_vague_count_is_three_there_and_x_here_in_the_same_unit() -> None:
    ours = Timex(0, 13, "DURATION", "PTXM")
    assert _same_case_result(_gold({"type": "duration", "timex": "PT3M"}), ours)
    assert not _same_case_result(_gold({"type": "duration", "timex": "PT3H"}), ours)
    assert not _same_case_result(_gold({"type": "duration", "timex": "PT4M"}), ours)


def test_a_leading_article_is_left_out_only_to_meet_a_gold_span() -> None:
    text = "for the next quarter"
    assert _without_article(text, 4, 20, [(8, 20)]) == (8, 20)
    assert _without_article(text, 4, 20, [(4, 20)]) == (4, 20)
    assert _without_article(text, 4, 20, []) == (4, 20)

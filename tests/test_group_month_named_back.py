"""A background piece tells an earlier step of its story, or an earlier happening of its kind, by the month it fell in
("the council closed the footbridge in March after a jogger saw cracks in its pier", in a piece of June): those words are
recalled, not the piece's own (``recollections._month_back``, ``GroupingOptions.month_named_back``), as "last March"
already was. The month is read in the year nearest the report's day, so a month ahead ("to reopen in March", in a
piece of November) is no look-back, nor is the report's own month. A week or a month told as gone by ("Last month a
lorry driver was hurt on the same bend") looks back too, with or without the report's day. Invented sentences; no
name in them but an invented place's."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions
from consistency.recollections import recollections
from tests.test_group import event_of, group, make

PIECE = ("Head\n\nDemolition crews began to take down the bridge on Tuesday. The council closed the footbridge in "
         "March after a jogger saw cracks in its river pier.")


def _recalled(text: str, day: dt.date, least: int = GroupingOptions().month_named_back) -> frozenset[str]:
    return recollections(text, 6, day.year, day.toordinal(), 7, True, True, True, least)[0]


def test_a_month_named_months_back_is_recalled() -> None:
    assert {"counci", "closed", "jogger", "cracks"} <= _recalled(PIECE, dt.date(2080, 6, 10))


def test_off_nothing_is_recalled() -> None:
    assert not _recalled(PIECE, dt.date(2080, 6, 10), 0)


def test_the_reports_own_month_or_the_one_before_is_its_own() -> None:
    # (a month ending under month_named_back days before the report's day tells its own story's days)
    assert not _recalled(PIECE, dt.date(2080, 3, 25))
    assert not _recalled(PIECE, dt.date(2080, 4, 20))


def test_a_month_ahead_is_no_look_back() -> None:
    ahead = "Head\n\nThe council said the pool would reopen in March once its roof had been mended."
    assert not _recalled(ahead, dt.date(2080, 11, 10))


def test_a_month_with_its_year_is_left_to_the_years_rule() -> None:
    assert not _recalled("Head\n\nThe pool was shut in March 2080 for repairs to the roof.", dt.date(2080, 9, 1))


def test_an_undated_report_reads_no_month() -> None:
    assert not recollections(PIECE, 6, None, None, 7, True, True, True, 30)[0]


def test_a_week_or_a_month_gone_by_is_recalled_with_or_without_a_day() -> None:
    text = "Head\n\nIt is the second spill in weeks. Last month a lorry driver was hurt when his tanker overturned."
    assert {"lorry", "driver", "tanker"} <= _recalled(text, dt.date(2080, 6, 10))
    assert not _recalled(text, dt.date(2080, 6, 10), 0)
    assert {"lorry", "tanker"} <= recollections(text, 6, None, None, 7, True, True, True, 30)[0]  # (no day needed)


TUESDAY = dt.date(2080, 6, 10)
OPENED = ("Crews start demolishing cracked Grodwick footbridge",
          "Demolition crews began taking down the cracked footbridge over the river at Grodwick on Tuesday, the "
          "county engineer said, and expect to lift the last of its 40-metre deck out within three weeks.")
RECOVERED = ("First span of Grodwick footbridge lifted out",
             "A crane has lifted the first 17-metre span of the Grodwick footbridge onto the bank, the county "
             "engineer's office said on Wednesday, and anglers were asked to keep clear of the towpath.")
HOW_FOUND = ("How the footbridge cracks were found",
             "The cracks were found by chance. The council closed the Grodwick footbridge in March after a jogger saw "
             "14 cracks in its river pier while running at dawn, and fences have blocked it since.")
SEALED = ("Council shuts Grodwick footbridge after jogger spots cracks",
          "The council closed the footbridge over the river at Grodwick after a jogger saw 14 cracks in its river "
          "pier while running at dawn, police said.")


def _bridge(options: GroupingOptions | None = None) -> list[set[str]]:
    wednesday = TUESDAY + dt.timedelta(days=1)
    return group([make(0, "Outlet 0", TUESDAY, OPENED), make(1, "Outlet 1", wednesday, RECOVERED),
                  make(2, "Outlet 2", wednesday, HOW_FOUND), make(3, "Outlet 3", None, SEALED)], options)


def test_the_undated_closing_months_before_is_not_the_demolition() -> None:
    events = _bridge()
    assert event_of(events, "a3") == {"a3"}
    assert event_of(events, "a0") == {"a0", "a1", "a2"}


def test_without_the_rule_the_closing_is_filed_with_the_demolition() -> None:
    assert event_of(_bridge(GroupingOptions(month_named_back=0)), "a3") != {"a3"}

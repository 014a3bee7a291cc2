"""A background piece tells an earlier step of its story, or an earlier happening of its kind, by the month it fell in
("the prosecutor sealed the quarry in March after a shepherd found bones there", in a piece of June): those words are
recalled, not the piece's own (``recollections._month_back``, ``GroupingOptions.month_named_back``), as "last March"
already was. The month is read in the year nearest the report's day, so a month ahead ("to reopen in March", in a
piece of November) is no look-back, nor is the report's own month. A week or a month told as gone by ("Last month a
passenger with a knife was overpowered") looks back too, with or without the report's day. Invented sentences; no
name in them but an invented place's."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions
from consistency.recollections import recollections
from tests.test_group import event_of, group, make

PIECE = ("Head\n\nForensic teams began to open the grave on Tuesday. The prosecutor sealed the quarry in March after "
         "a shepherd found bones under the spoil heap.")


def _recalled(text: str, day: dt.date, least: int = GroupingOptions().month_named_back) -> frozenset[str]:
    return recollections(text, 6, day.year, day.toordinal(), 7, True, True, True, least)[0]


def test_a_month_named_months_back_is_recalled() -> None:
    assert {"prosec", "sealed", "shephe", "bones"} <= _recalled(PIECE, dt.date(2080, 6, 10))


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
    text = "Head\n\nIt is the second scare in weeks. Last month a passenger with a knife was overpowered by the crew."
    assert {"passen", "knife", "overpo"} <= _recalled(text, dt.date(2080, 6, 10))
    assert not _recalled(text, dt.date(2080, 6, 10), 0)
    assert {"passen", "knife"} <= recollections(text, 6, None, None, 7, True, True, True, 30)[0]  # (no day needed)


TUESDAY = dt.date(2080, 6, 10)
OPENED = ("Forensic teams open mass grave at Vormish quarry",
          "Forensic teams began exhuming a mass grave at the disused quarry at Vormish on Tuesday, the war crimes "
          "prosecutor said, and expect to recover the remains of at least 40 people over the coming weeks.")
RECOVERED = ("Remains of 17 recovered from quarry grave",
             "Investigators have recovered the remains of 17 people from the mass grave at the Vormish quarry, the war "
             "crimes prosecutor's office said on Wednesday, and relatives gave blood for DNA tests.")
HOW_FOUND = ("How the quarry grave was found",
             "The grave was found by chance. The prosecutor sealed the Vormish quarry in March after a shepherd found "
             "14 bones under the spoil heap while looking for a lost ewe, and guards have watched it since.")
SEALED = ("Prosecutor seals Vormish quarry after shepherd finds bones",
          "The war crimes prosecutor sealed the disused quarry at Vormish after a shepherd found 14 human bones under "
          "the spoil heap while looking for a lost ewe, police said.")


def _grave(options: GroupingOptions | None = None) -> list[set[str]]:
    wednesday = TUESDAY + dt.timedelta(days=1)
    return group([make(0, "Outlet 0", TUESDAY, OPENED), make(1, "Outlet 1", wednesday, RECOVERED),
                  make(2, "Outlet 2", wednesday, HOW_FOUND), make(3, "Outlet 3", None, SEALED)], options)


def test_the_undated_sealing_months_before_is_not_the_exhumation() -> None:
    events = _grave()
    assert event_of(events, "a3") == {"a3"}
    assert event_of(events, "a0") == {"a0", "a1", "a2"}


def test_without_the_rule_the_sealing_is_filed_with_the_exhumation() -> None:
    assert event_of(_grave(GroupingOptions(month_named_back=0)), "a3") != {"a3"}

"""Steps of one person's case (``stages.yaml``: criminal_case, verdict, discipline). A suspension and the striking
off that ends it months later, or an arrest and the verdict, share the person, the body that acts and most of
their words; the step the lead gives its happening keeps them apart, while an arrest and the charge that follows
stay one step."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.group import GroupingOptions
from consistency.stages import load_stages
from tests.grouping_stories import Story, grouped


@pytest.mark.parametrize(
    ("sentence", "date", "expected"),
    [
        ("The Surveyors' Board suspended the valuer Orrin Pelthwaite on Monday.", "Monday",
         {("discipline", "interim")}),
        ("The Surveyors' Board struck off the valuer Orrin Pelthwaite on Monday.", "Monday",
         {("discipline", "final")}),
        # A suspended sentence ends a case: no suspension pending one.
        ("A court gave Orrin Pelthwaite a suspended sentence on Monday.", "Monday",
         {("discipline", "final"), ("criminal_case", "verdict"), ("verdict", "guilty")}),
        ("Police arrested the valuer Orrin Pelthwaite on Monday.", "Monday", {("criminal_case", "pretrial")}),
        ("Orrin Pelthwaite was charged with fraud on Monday.", "Monday",
         {("criminal_case", "pretrial"), ("discipline", "final")}),
        ("A jury acquitted Orrin Pelthwaite of fraud on Monday.", "Monday",
         {("criminal_case", "verdict"), ("verdict", "not_guilty")}),
    ],
)
def test_the_step_of_a_case_is_read_beside_the_date(sentence: str, date: str, expected: set[tuple[str, str]]) -> None:
    start = sentence.index(date)
    assert load_stages().stated(sentence, [(start, start + len(date))]) == expected


STRUCK_OFF_DAY = dt.date(2071, 9, 14)
STRUCK_OFF: list[tuple[str, Story]] = [
    ("off0", (STRUCK_OFF_DAY, "Valuer struck off for inflating farm prices",
              "The Surveyors' Board struck off the valuer Orrin Pelthwaite on Thursday for inflating the value "
              "of farms he sold to a bank in Cadwick, and ordered him to pay costs.")),
    ("off1", (STRUCK_OFF_DAY, "Cadwick valuer loses his licence",
              "Orrin Pelthwaite, a Cadwick valuer who priced farms for the Brenmoor bank, was struck off by the "
              "Surveyors' Board on Thursday after it found he had inflated their value.")),
]
SUSPENDED = ("susp", (dt.date(2071, 5, 4), "Cadwick valuer suspended over farm prices",
                      "The Surveyors' Board suspended the valuer Orrin Pelthwaite on Thursday while it looks into "
                      "the prices he put on farms sold to a bank in Cadwick."))
BACKGROUND: list[Story] = [
    (dt.date(2071, 9, 2), "Ferry timetable changes", "The island ferry will sail twice a day from October, its operator said on Tuesday."),
    (dt.date(2071, 5, 20), "Orchard fair returns", "The orchard fair opens on Saturday with forty stalls and a cider tent."),
]


def _undated(report: tuple[str, Story]) -> tuple[str, Story]:
    tag, (_, title, body) = report
    return tag, (None, title, body)


@pytest.mark.parametrize("undated", [False, True])
def test_a_suspension_is_not_the_striking_off_that_ends_it(undated: bool) -> None:
    reports = [*STRUCK_OFF, SUSPENDED]
    if undated:
        reports = [_undated(report) for report in reports]
    assert grouped(reports, BACKGROUND, GroupingOptions()) == [["off0", "off1"], ["susp"]]


ARREST_DAY = dt.date(2071, 11, 3)
ARREST: list[tuple[str, Story]] = [
    ("arr0", (ARREST_DAY, "Cadwick valuer arrested over farm prices",
              "Police in Cadwick arrested the valuer Orrin Pelthwaite on Monday over the prices he put on farms "
              "sold to the Brenmoor bank, a spokesman said.")),
    ("arr1", (ARREST_DAY + dt.timedelta(days=1), "Valuer charged with fraud over farm sales",
              "Orrin Pelthwaite, the Cadwick valuer arrested over farm prices, was charged with fraud on Tuesday "
              "over the prices he put on farms sold to the Brenmoor bank.")),
]
VERDICT = ("guilty", (dt.date(2072, 6, 21), "Cadwick valuer guilty of farm fraud",
                      "A jury in Cadwick convicted the valuer Orrin Pelthwaite of fraud on Monday over the prices "
                      "he put on farms sold to the Brenmoor bank."))


@pytest.mark.parametrize("undated", [False, True])
def test_an_arrest_and_its_charge_are_one_step_and_the_verdict_another(undated: bool) -> None:
    reports = [*ARREST, VERDICT]
    if undated:
        reports = [_undated(report) for report in reports]
    assert grouped(reports, BACKGROUND, GroupingOptions()) == [["arr0", "arr1"], ["guilty"]]

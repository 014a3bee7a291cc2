"""A day an earlier report gives as a hope or an open bound ("hoped to reopen the tunnel by Saturday", "closed until
at least Tuesday") against the day a later report tells as done, or any earlier day against a later report that says
of its own day that the plan moved ("two days later than planned", "a fortnight early", "would now"), is an update,
not a conflict (consistency/checks/comparisons.py, ``_plan_overtaken``). Two reports' plans are two accounts of one plan and must
agree, and reports of one day are not read so.

The articles are invented: a rockfall in the Fyrdon tunnel, near Nemblock.
"""

from __future__ import annotations

import datetime as dt

from consistency.engine import run_articles
from consistency.model import Article

MONDAY, TUESDAY, THURSDAY, NEXT_MONDAY = dt.date(2047, 3, 4), dt.date(2047, 3, 5), dt.date(2047, 3, 7), dt.date(2047, 3, 11)


def date_verdicts(first: str, second: str, day_two: dt.date = NEXT_MONDAY) -> list[tuple[str, str | None]]:
    result = run_articles([
        Article(id="a", path="a.md", outlet="Morning Wire", body=first, published=MONDAY),
        Article(id="b", path="b.md", outlet="Evening Post", body=second, published=day_two),
    ])
    return [(fi.status, fi.cause) for fi in result.findings if fi.kind == "date" and len(fi.fact_ids) > 1]


HOPE = "A rockfall closed the Fyrdon tunnel near Nemblock on Monday. The operator hoped to reopen the tunnel on Saturday."
DONE = "The Fyrdon tunnel near Nemblock, closed by a rockfall last Monday, was reopened on Sunday, the operator said."


def test_a_hoped_for_day_against_the_day_it_was_done_is_an_update() -> None:
    assert ("compatible", "update") in date_verdicts(HOPE, DONE)


def test_two_plans_must_agree() -> None:
    later = "The Fyrdon tunnel near Nemblock, closed by a rockfall last Monday, will reopen on Sunday, the operator said."
    assert ("compatible", "update") not in date_verdicts(HOPE, later)


def test_an_open_bound_may_be_passed() -> None:
    bound = "A rockfall closed the Fyrdon tunnel near Nemblock on Monday. It will stay shut until at least Saturday."
    assert ("compatible", "update") in date_verdicts(bound, DONE)


def test_a_later_report_saying_the_plan_moved() -> None:
    firm = "A rockfall closed the Fyrdon tunnel near Nemblock on Monday. It will stay shut until Saturday, March 9."
    moved = (
        "The Fyrdon tunnel near Nemblock, closed by a rockfall last Monday, will stay shut until Monday, March 11, "
        "two days later than planned, the operator said."
    )
    unmoved = "The Fyrdon tunnel near Nemblock, closed by a rockfall last Monday, will stay shut until Monday, March 11."
    assert ("compatible", "update") in date_verdicts(firm, moved, TUESDAY)
    assert ("compatible", "update") not in date_verdicts(firm, unmoved, TUESDAY)


def test_a_later_report_telling_the_plan_as_it_now_stands() -> None:
    # "would now", "now due": the schedule as it stands after a change; a plain "will" is another account of one plan
    firm = "A rockfall closed the Fyrdon tunnel near Nemblock on Monday. Its inspectors will report by Saturday, March 9."
    for now in ("The inspectors said they would now report by Monday, March 11.", "Their report is now due on Monday, March 11."):
        assert ("compatible", "update") in date_verdicts(firm, "The Fyrdon tunnel near Nemblock is still shut. " + now, THURSDAY)
    plain = "The Fyrdon tunnel near Nemblock is still shut. The inspectors said they would report by Monday, March 11."
    assert ("compatible", "update") not in date_verdicts(firm, plain, THURSDAY)


def test_a_plan_brought_forward_or_put_back_with_its_object_between() -> None:
    # "brought its inspection forward", "put the reopening back": the verb and its particle around the object
    firm = "A rockfall closed the Fyrdon tunnel near Nemblock on Monday. Its inspectors will report on Saturday, March 16."
    for moved in ("The inspectors have brought their report forward to Monday, March 11.",
                  "The operator has put the inspectors' report back to Monday, March 18."):
        assert ("compatible", "update") in date_verdicts(firm, "The Fyrdon tunnel near Nemblock is still shut. " + moved, THURSDAY)


def test_a_planned_day_ahead_of_its_report_against_a_day_a_later_report_tells_as_past() -> None:
    # a plain "will": the plan for a day still ahead, overtaken by what the later report says was done
    planned = "A rockfall closed the Fyrdon tunnel near Nemblock on Monday. The operator will reopen the tunnel on Saturday."
    assert ("compatible", "update") in date_verdicts(planned, DONE)


def test_a_firm_schedule_is_not_overtaken_by_a_later_report_of_another_day() -> None:
    # "set for", "due to", "scheduled": a day others fixed; a later report's other past day is another account of it
    for firm in ("The operator's reopening of the tunnel is set for Saturday.", "The tunnel is due to reopen on Saturday.",
                 "The tunnel is scheduled to reopen on Saturday."):
        verdicts = date_verdicts("A rockfall closed the Fyrdon tunnel near Nemblock on Monday. " + firm, DONE)
        assert ("compatible", "update") not in verdicts
        assert any(status == "conflict" for status, _ in verdicts)
    # a hope stays a hope beside a schedule word ("expected to", "hopes to")
    hoped = "A rockfall closed the Fyrdon tunnel near Nemblock on Monday. The operator hopes to reopen it on Saturday."
    assert ("compatible", "update") in date_verdicts(hoped, DONE)


def test_a_planned_bound_is_no_plan_overtaken() -> None:
    # "until Saturday" bounds the plan: a later day it was reopened on is the plan's deadline told two ways
    bound = "A rockfall closed the Fyrdon tunnel near Nemblock on Monday. The tunnel will stay shut until Saturday."
    assert ("compatible", "update") not in date_verdicts(bound, DONE)


def test_a_later_end_told_days_later_is_an_update() -> None:
    # "gave ... until", "will stay shut until": a later report, days on, gives a later end of a span still ahead than
    # the earlier report's day; ends are put back as a story moves on, mostly with no word of change
    first = "A rockfall closed the Fyrdon tunnel near Nemblock on Monday. Hauliers must find other routes by Friday, March 8."
    later = ("The Fyrdon tunnel near Nemblock, shut by a rockfall last Monday, will stay closed to lorries until "
             "Wednesday, March 20, the operator said.")
    assert ("compatible", "update") in date_verdicts(first, later, NEXT_MONDAY)
    # a day apart, two ends are two accounts of one end
    assert ("compatible", "update") not in date_verdicts(first, later, TUESDAY)
    # an end told days later, but earlier than the first report's day, is no extension
    far = first.replace("Friday, March 8", "Friday, March 15")
    earlier_end = later.replace("Wednesday, March 20", "Wednesday, March 13")
    verdicts = date_verdicts(far, earlier_end, dt.date(2047, 3, 8))
    assert ("compatible", "update") not in verdicts
    assert any(status == "conflict" for status, _ in verdicts)


def test_a_plan_told_as_moved_to_its_day() -> None:
    firm = "A rockfall closed the Fyrdon tunnel near Nemblock on Monday. Its inspectors will report on Saturday, March 9."
    for moved in ("The deadline for the inspectors' report has been moved to Tuesday, March 12.",
                  "The inspectors will report on Tuesday, March 12, later than they first promised."):
        assert ("compatible", "update") in date_verdicts(firm, "The Fyrdon tunnel near Nemblock is still shut. " + moved, TUESDAY)



LORRY_BAN = "A rockfall closed the Fyrdon tunnel near Nemblock on Monday. The ban on lorries in the tunnel will start on Saturday, March 16."
STILL_SHUT = "The Fyrdon tunnel near Nemblock is still shut. "


def test_a_plan_moved_with_a_long_object_before_its_day() -> None:
    # "postpone ... to": the move's verb far from the day it moved the plan to
    moved = "The operator will postpone its curfew on heavy lorries in the tunnel's northern bore to Monday, March 18."
    assert ("compatible", "update") in date_verdicts(LORRY_BAN, STILL_SHUT + moved, THURSDAY)
    # a move of something else in the clause, the day no move's target: another account of the plan
    elsewhere = "The operator moved crews into the tunnel and the ban on lorries in the tunnel will start on Monday, March 18."
    assert date_verdicts(LORRY_BAN, STILL_SHUT + elsewhere, THURSDAY) == [("conflict", "unexplained")]


def test_a_plan_told_rather_than_another() -> None:
    # "on March 18 rather than Saturday", "rather than the planned ban": a plan still ahead that replaced one
    for later in ("The ban on lorries in the tunnel will start on Monday, March 18 rather than Saturday.",
                  "The ban will cover only lorries over 20 tonnes rather than the planned ban, and will start on Monday, March 18."):
        assert ("compatible", "update") in date_verdicts(LORRY_BAN, STILL_SHUT + later, THURSDAY)
    # what "rather than" sets aside is no plan nor time: the day is another account of the plan
    other = "The ban will cover lorries rather than vans and will start on Monday, March 18."
    assert date_verdicts(LORRY_BAN, STILL_SHUT + other, THURSDAY) == [("conflict", "unexplained")]


def _pairs(first: str, second: str) -> dict[frozenset[str], str]:
    result = run_articles([
        Article(id="a", path="a.md", outlet="Morning Wire", body=first, published=MONDAY),
        Article(id="b", path="b.md", outlet="Evening Post", body=second, published=NEXT_MONDAY),
    ])
    text = {f.id: f.text for f in result.facts}
    return {
        frozenset(text[i] for i in pair.fact_ids): pair.status
        for finding in result.findings if finding.kind == "date" for pair in finding.pairs
    }


def test_a_past_day_named_after_the_words_of_change_is_when_the_first_plan_was_told() -> None:
    # "a month sooner than announced last Tuesday": May is the plan's new day (an update of June); last Tuesday is
    # the day the first plan was announced, which the earlier report dates on Monday: a conflict, no plan moved.
    first = ("The operator of the Fyrdon tunnel near Nemblock said on Monday that it would reopen the tunnel in June, "
             "after a rockfall.")
    later = ("The Fyrdon tunnel near Nemblock will reopen in May, a month sooner than announced last Tuesday, "
             "the operator said after clearing the rockfall.")
    pairs = _pairs(first, later)
    assert pairs[frozenset({"June", "May"})] == "compatible"
    assert pairs[frozenset({"Monday", "last Tuesday"})] == "conflict"


def test_a_past_day_told_as_early_in_its_own_clause_is_a_plan_moved() -> None:
    first = "A rockfall closed the Fyrdon tunnel near Nemblock on Monday. The operator will reopen it on Sunday."
    early = "The Fyrdon tunnel near Nemblock reopened on Saturday, a day early, the operator said after clearing the rockfall."
    assert ("compatible", "update") in date_verdicts(first, early)

"""A later report's figure told, in words any reporter uses, as the claim moved since an earlier one: a rise or a fall
("will rise to", "has fallen to"), a new forecast, "now" against a figure the story stood at, a closing clause ("more
than it first estimated"), a plan brought forward. Each against its twin that stays a conflict: the same figures with
no such words, a rival body's count, a figure that does not lead its sentence.

The articles are invented: a ferry levy in Mejalbury, a bridge repair at Pofaxwick, a county fund in Drennick.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency import date_roles
from consistency.checks import comparisons
from consistency.checks.moved_figures import told_counted_over, told_reread, told_revised_after
from consistency.checks.told_change import changed_to
from consistency.engine import run_articles
from consistency.model import Article, DateValue, Fact, Quantity

START = dt.datetime(2083, 5, 3, 9, 0)


def figure_verdicts(*bodies: tuple[str, float]) -> list[tuple[str, str | None]]:
    """The figure pair verdicts of articles given as (body, days after the first report)."""
    outlets = ("Mejalbury Courier", "Pofaxwick Post", "Drennick Wire", "Harlby Radio")
    articles = [
        Article(id=f"a{i}", path=f"a{i}.md", outlet=outlets[i], body=body, published=START + dt.timedelta(days=days))
        for i, (body, days) in enumerate(bodies)
    ]
    result = run_articles(articles)
    return sorted(
        (p.status, p.cause)
        for fi in result.findings if fi.kind == "figure" and fi.status != "unverified"
        for p in fi.pairs if p.representative
    )


def fact(sentence: str, figure: str, value: Quantity | DateValue | None = None) -> Fact:
    at = sentence.index(figure)
    return Fact(
        id="f1", article_id="a", kind="figure" if not isinstance(value, DateValue) else "date", text=figure, start=at,
        end=at + len(figure), sentence=sentence, sentence_start=0, sentence_end=len(sentence),
        value=value if value is not None else Quantity(1.0, 1.0),
    )


@pytest.mark.parametrize(("sentence", "figure", "direction"), [
    ("The Mejalbury ferry levy will rise to 4.80 crowns a crossing next spring.", "4.80 crowns", 1),
    ("The harbour board said takings rose to 9 million crowns in the year.", "9 million crowns", 1),
    ("The value of unused ferry passes has fallen to 2.6 million crowns.", "2.6 million crowns", -1),
    ("Bookings dropped to 4,100 a week after the fire.", "4,100", -1),
    ("Ferries to Mejalbury carried 4,100 people a week.", "4,100", None),
])
def test_a_rise_or_a_fall_before_to_and_the_figure_tells_the_level_it_moved_to(
    sentence: str, figure: str, direction: int | None
) -> None:
    assert changed_to(fact(sentence, figure)) == direction


def test_a_later_figure_the_levy_will_rise_to_is_an_update() -> None:
    first = "The Mejalbury ferry levy is 4.20 crowns a crossing, the harbour board said."
    later = "The harbour board said the Mejalbury ferry levy will rise to 4.80 crowns a crossing next spring."
    assert figure_verdicts((first, 0), (later, 6)) == [("compatible", "update")]
    plain = "The harbour board said the Mejalbury ferry levy is 4.80 crowns a crossing."
    assert figure_verdicts((first, 0), (plain, 6))[0][0] == "conflict"


def test_a_new_forecast_is_the_measure_taken_again() -> None:
    assert told_reread("The treasury's new forecast is 41 million crowns a year.")
    assert told_reread("Its latest estimate puts the bill at 6 million.")
    assert not told_reread("The treasury forecast 41 million crowns a year.")


def test_a_hedged_round_figure_is_no_slips_twin() -> None:
    # "about 2,100" is the 2,140 rounded, and a round figure's digits match others by chance: neither is a slip
    assert comparisons._rounding_of(Quantity(2100.0, 2100.0, approximate=True), 2140.0)
    assert comparisons._rounding_of(Quantity(2100.0, 2100.0, approximate=True), 2310.0)
    assert not comparisons._rounding_of(Quantity(2100.0, 2100.0), 2310.0)  # written exactly: a copy that may slip
    assert not comparisons._rounding_of(Quantity(2410.0, 2410.0, approximate=True), 2140.0)  # four digits kept


def repair(cost: str, day: str, verb: str = "will cost") -> str:
    return f"Repairs to the Pofaxwick bridge {verb} {cost} crowns, the county engineer said on {day}."


def test_a_figure_told_now_against_the_one_the_story_stood_at_is_an_update_though_its_digits_are_swapped() -> None:
    verdicts = figure_verdicts(
        (repair("12 million", "Monday"), 0), (repair("12 million", "Monday"), 0.3),
        (repair("21 million", "Tuesday", "will now cost"), 7),
    )
    assert verdicts == [("agree", "equal"), ("compatible", "update"), ("compatible", "update")]


def test_a_swapped_figure_with_no_now_stays_a_slip() -> None:
    verdicts = figure_verdicts(
        (repair("12 million", "Monday"), 0), (repair("12 million", "Monday"), 0.3),
        (repair("21 million", "Tuesday", "will cost"), 7),
    )
    assert ("compatible", "update") not in verdicts and ("conflict", "error") in verdicts


def test_a_figure_told_now_against_one_outlets_figure_stays_a_slip() -> None:
    # a first figure one outlet alone gave may be its own slip: no story stood at it
    verdicts = figure_verdicts((repair("12 million", "Monday"), 0), (repair("21 million", "Tuesday", "will now cost"), 7))
    assert verdicts == [("conflict", "error")]


@pytest.mark.parametrize(("sentence", "figure", "told"), [
    ("The county will need 2,300 more wardens to patrol every park by 9 pm, the council said on Tuesday, more than it "
     "initially estimated when the plan was announced on June 10.", "2,300", True),
    ("Households will pay 31 crowns a year less, officials said, correcting an earlier estimate.", "31 crowns", True),
    # another figure leads the sentence: the closing clause speaks of that one
    ("The fund paid 40 families and 2,300 wardens were hired, more than it first estimated.", "2,300", False),
    ("The county will need 2,300 more wardens, the council said on Monday.", "2,300", False),
])
def test_a_closing_clause_tells_the_sentences_lead_figure_revised(sentence: str, figure: str, told: bool) -> None:
    at = sentence.index(figure)
    assert told_revised_after(sentence, at, at + len(figure)) is told


def test_a_revision_does_not_replace_a_unions_rival_count() -> None:
    council = "The Drennick council will need 1,900 more wardens for its parks, the council said."
    union = "The Drennick Wardens' Union says the council will need 3,100 more wardens for its parks."
    revised = ("The Drennick council will need 2,300 more wardens for its parks, the council said, more than it first "
               "estimated.")
    verdicts = figure_verdicts((council, 0), (council, 0.2), (union, 1), (revised, 3))
    assert verdicts.count(("compatible", "update")) == 2  # the council's own first figure, revised
    assert verdicts.count(("conflict", "source_difference")) == 3  # the union's count stands against all three


def test_a_date_brought_forward_with_its_object_between_is_a_plan_moved() -> None:
    sentence = "The agency will bring its limit on fireworks sales in Drennick forward to March 1, it said."
    value = DateValue(start="2083-03-01", end="2083-03-01", granularity="day")
    assert date_roles.moved_to(fact(sentence, "March 1", value))
    plain = "The agency will bring its limit on fireworks sales in Drennick into force on March 1, it said."
    assert not date_roles.moved_to(fact(plain, "March 1", value))


@pytest.mark.parametrize(("figure", "told"), [("212", True), ("11", True), ("6", True)])
def test_a_later_member_of_a_list_of_counts_shares_the_first_members_open_span(figure: str, told: bool) -> None:
    sentence = "Wardens have since checked 212 boats, seized 11 nets and made 6 arrests, the county said."
    at = sentence.index(f" {figure} ") + 1
    assert told_counted_over(sentence, at, at + len(figure)) is told


def test_a_list_with_no_open_span_is_not_read_as_counted_over() -> None:
    sentence = "Wardens checked 212 boats, seized 11 nets and made 6 arrests, the county said."
    for figure in ("212", "11", "6"):
        at = sentence.index(f" {figure} ") + 1
        assert not told_counted_over(sentence, at, at + len(figure))


def unpaid(amount: str, day: str, told: str = "are owed a sum of") -> str:
    return f"Drennick growers {told} {amount} crowns in unpaid grants, the county treasurer said on {day}."


def test_a_lower_figure_told_still_awaited_days_later_is_an_update() -> None:
    verdicts = figure_verdicts(
        (unpaid("312 million", "Monday"), 0), (unpaid("312 million", "Monday"), 0.2),
        (unpaid("268 million", "Thursday", "are still owed a sum of"), 4),
    )
    assert verdicts == [("agree", "equal"), ("compatible", "update"), ("compatible", "update")]


def test_a_lower_figure_still_awaited_against_a_swapped_first_figure_stays_a_conflict() -> None:
    # "321" is the "312" two outlets give, mistyped: it never stood, so nothing fell from it
    verdicts = figure_verdicts(
        (unpaid("312 million", "Monday"), 0), (unpaid("312 million", "Monday"), 0.2), (unpaid("321 million", "Monday"), 0.3),
        (unpaid("268 million", "Thursday", "are still owed a sum of"), 4),
    )
    assert verdicts.count(("compatible", "update")) == 2


def test_the_sum_a_bill_came_to_days_after_its_estimate_is_an_update() -> None:
    verdicts = figure_verdicts(
        (repair("1.6 million", "Monday"), 0), (repair("1.6 million", "Monday"), 0.2),
        (repair("1.3 million", "Tuesday", "had cost"), 7),
    )
    assert verdicts == [("agree", "equal"), ("compatible", "update"), ("compatible", "update")]


def test_an_estimate_against_an_estimate_days_later_stays_a_conflict() -> None:
    # (a lower later figure: a higher one a modest step up is read by the timeline of ``_moved_later``)
    verdicts = figure_verdicts(
        (repair("1.6 million", "Monday"), 0), (repair("1.6 million", "Monday"), 0.2),
        (repair("1.3 million", "Tuesday", "would cost"), 7),
    )
    assert ("compatible", "update") not in verdicts


def test_the_sum_it_came_to_the_next_day_stays_a_conflict() -> None:
    verdicts = figure_verdicts(
        (repair("1.6 million", "Monday"), 0), (repair("1.6 million", "Monday"), 0.2),
        (repair("1.3 million", "Tuesday", "had cost"), 1),
    )
    assert ("compatible", "update") not in verdicts

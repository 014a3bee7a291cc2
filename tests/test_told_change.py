"""A later report that tells its figure as what a measure was raised or cut to, with the verb apart from the figure
("widened its ban on imported cheeses to 58 brands"), against an earlier report's different figure is an update
(``consistency.checks.told_change``, ``comparisons._changed_later``), whatever the measure. The direction and the
order count: a figure "cut to" must be lower, the report that tells the change must be the later one, and two
figures with no such words stay a conflict.

The articles are invented: a cheese ban in Ostrelund, a flood at Quellbrook.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.checks.told_change import (
    ChangeWords,
    changed_from_set,
    changed_to,
    load_change_words,
    load_set_words,
)
from consistency.engine import run_articles
from consistency.model import Article, Fact, Quantity


def figure_verdicts(first: str, second: str, *, second_earlier: bool = False) -> list[tuple[str, str | None]]:
    early, late = dt.datetime(2051, 6, 2, 9, 0), dt.datetime(2051, 6, 8, 15, 0)
    result = run_articles([
        Article(id="a", path="a.md", outlet="Morning Wire", body=first, published=late if second_earlier else early),
        Article(id="b", path="b.md", outlet="Evening Post", body=second, published=early if second_earlier else late),
    ])
    return [(fi.status, fi.cause) for fi in result.findings if fi.kind == "figure" and fi.status != "unverified"]


BAN_FIRST = "Ostrelund's food agency banned imports of 31 cheese brands on Monday after a listeria scare."
BAN_WIDENED = "Ostrelund's food agency on Friday widened its ban on imported cheeses from three dairies to 58 brands."


def test_a_later_figure_told_as_widened_to_is_an_update() -> None:
    assert figure_verdicts(BAN_FIRST, BAN_WIDENED) == [("compatible", "update")]


def test_the_widened_figure_reported_first_is_no_update() -> None:
    # the report that says the ban was widened came out before the one with the smaller figure: no change explains it
    assert figure_verdicts(BAN_FIRST, BAN_WIDENED, second_earlier=True)[0][0] == "conflict"


def test_a_figure_widened_to_a_lower_level_is_no_update() -> None:
    # "widened to" says the measure grew: a later figure below the earlier one is not what it grew to
    first = "Ostrelund's food agency banned imports of 80 cheese brands on Monday after a listeria scare."
    assert figure_verdicts(first, BAN_WIDENED)[0][0] == "conflict"


def test_two_figures_with_no_words_of_change_stay_a_conflict() -> None:
    other = "Ostrelund's food agency banned imports of 58 cheese brands on Monday after a listeria scare."
    assert figure_verdicts(BAN_FIRST, other)[0][0] == "conflict"




def fact(sentence: str, figure: str) -> Fact:
    at = sentence.index(figure)
    return Fact(
        id="f1", article_id="a", kind="figure", text=figure, start=at, end=at + len(figure), sentence=sentence,
        sentence_start=0, sentence_end=len(sentence),
        value=Quantity(1.0, 1.0),
    )


@pytest.mark.parametrize(
    ("sentence", "figure", "direction"),
    [
        ("The agency widened its ban on imported cheeses from three dairies to 58 brands.", "58 brands", 1),
        ("The board has extended the hiring freeze at the Quellbrook depot to some 40 posts.", "40 posts", 1),
        ("The ministry cut its grant for the Quellbrook dykes to 12 million crowns.", "12 million crowns", -1),
        ("The storm cut power to 9,000 homes in Quellbrook.", "9,000 homes", -1),
        ("Paramedics have taken nine people to the clinic at Quellbrook.", "nine people", None),
        ("The agency banned 58 brands; it sent letters to 12 dairies.", "12 dairies", None),
        ("The council raised the alarm on Monday. Flood water reached to 3 metres.", "3 metres", None),
        # a currency's code the tables do not know, left out of the figure, between the "to" and it
        ("Adding the reserve raises the yearly saving to QQZ 2.3 million.", "2.3 million", 1),
        # (a change with no way given is read with an object set before only)
        ("The mayor eased the parking limit to three hours.", "three hours", None),
    ],
)
def test_changed_to_reads_the_verb_before_the_to(sentence: str, figure: str, direction: int | None) -> None:
    assert changed_to(fact(sentence, figure)) == direction


def test_the_nearest_verb_of_change_wins() -> None:
    words = (ChangeWords(1, "raised to", (("raised",),)), ChangeWords(-1, "cut to", (("cut",),)))
    sentence = "Having raised fares last year, the operator cut its timetable to 14 trains a day."
    assert changed_to(fact(sentence, "14 trains"), words) == -1


def test_the_shipped_vocabulary_has_both_directions() -> None:
    assert {entry.direction for entry in load_change_words() if entry.phrases} == {1, -1}
    assert any(entry.direction == 0 and entry.with_object for entry in load_change_words())
    assert ("proposed",) in load_set_words()
CAP_FIRST = "Ostrelund's trade ministry capped grain exports at 180,000 tonnes on Monday after a poor harvest."


def test_a_figure_cut_to_its_earlier_digits_swapped_stays_a_conflict() -> None:
    # "180,000" and "108,000": the same digits with two neighbours swapped, zeros counted, a slip of the keyboard
    # whatever verb of change stands before the later one
    later = "Ostrelund's trade ministry on Friday cut its cap on grain exports through the northern ports to 108,000 tonnes."
    assert figure_verdicts(CAP_FIRST, later)[0][0] == "conflict"
    cut = later.replace("108,000", "150,000")
    assert figure_verdicts(CAP_FIRST, cut) == [("compatible", "update")]


def test_digits_swapped_as_written_counts_zeros_as_digits() -> None:
    from consistency.values import digits_swapped, digits_swapped_as_written

    assert digits_swapped_as_written(260_000, 206_000) and not digits_swapped(260_000, 206_000)
    assert digits_swapped_as_written(37, 73)
    assert not digits_swapped_as_written(260_000, 2_060_000)
    assert not digits_swapped_as_written(260_000, 290_000)
    assert not digits_swapped_as_written(2.6, 6.3)


@pytest.mark.parametrize(
    ("sentence", "figure", "direction"),
    [
        ("Boats will pay 0.30 a tonne to use the quay, the port said on Monday, lowering the charge it set on May 8.",
         "0.30", -1),
        ("Visitors must book for groups over 14 from June 1, after the assembly raised the limit the minister set.",
         "14", 1),
        ("Hunting will be allowed on four days a week, the governor said, easing the rule the council voted for.",
         "four days", 0),
        ("The list now covers 41 plants, adding two mosses and a fern to the list the agency published in March.",
         "41 plants", 1),
        # another figure between the figure and the words of change: the change is told of that one
        ("Boats will pay 0.30 a tonne and 12 more berths open, the port said, lowering the charge it set on May 8.",
         "0.30", None),
        # a verb of change with no object told as set before
        ("Boats will pay 0.30 a tonne to use the quay, the port said, lowering its costs.", "0.30", None),
        # a speaker's words, not a change
        ("Boats will pay 0.30 a tonne, the port said, adding that the fee it set was fair.", "0.30", None),
        # "first" alone names no figure set before
        ("Divers went down at first light, 22 kilometres off the coast.", "22 kilometres", None),
    ],
)
def test_changed_from_set_reads_a_change_of_a_figure_set_before(
    sentence: str, figure: str, direction: int | None
) -> None:
    assert changed_from_set(fact(sentence, figure)) == direction


def limit_verdicts(later: str, earlier: tuple[str, ...] = ("three", "three")) -> dict[tuple[str, str], str]:
    """The verdict of each pair of figures (earlier hours, later hours) of a story whose first outlets give the
    limits ``earlier`` and a later outlet ``later``."""
    first = "Street traders will be allowed to sell in the old market for {} hours a day from May 1, the council said."
    articles = [
        Article(id=f"e{i}", path=f"e{i}.md", outlet=f"agency {i}", body=first.format(hours),
                published=dt.datetime(2051, 3, 2, 9 + i))
        for i, hours in enumerate(earlier)
    ]
    late = dt.datetime(2051, 3, 14, 9)
    articles.append(Article(id="l", path="l.md", outlet="later agency", body=later, published=late))
    result = run_articles(articles)
    facts = {f.id: f for f in result.facts}
    verdicts = {}
    for finding in result.findings:
        for pair in finding.pairs if finding.kind == "figure" else ():
            a, b = (facts[i] for i in pair.fact_ids)
            if a.article_id == "l":
                a, b = b, a
            if b.article_id == "l" and a.article_id != "l":
                verdicts[(a.text, b.text)] = pair.status
    return verdicts


EASED = ("Street traders will be allowed to sell in the old market for five hours a day from May 1, the mayor said on"
         " Monday, easing the limit the council voted for on March 2.")


def test_a_later_figure_told_as_a_change_of_the_one_set_before_is_an_update() -> None:
    assert set(limit_verdicts(EASED).values()) == {"compatible"}


def test_the_same_later_figure_with_no_words_of_change_stays_a_conflict() -> None:
    plain = EASED.split(", easing")[0] + "."
    assert set(limit_verdicts(plain).values()) == {"conflict"}


def test_an_earlier_figure_one_outlet_alone_gave_stays_a_conflict() -> None:
    # one outlet's "two hours" may be its own slip: the story never stood at it before the change
    verdicts = limit_verdicts(EASED, ("three", "three", "two"))
    assert verdicts[("two hours", "five hours")] == "conflict"
    assert verdicts[("three hours", "five hours")] == "compatible"

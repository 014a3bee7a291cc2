"""A figure far from every other outlet's figure of its slot, where the others agree, is another claim that
words or a frame put there, and leaves for a slot of its own; a slip of the keyboard stays to be flagged
(consistency/align.py, ``_part_outliers``).

The articles are invented: a giant marrow show at Fyvedale, and a sponsor's prize for another entry.
"""

from __future__ import annotations

import datetime as dt

from consistency import align
from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.model import Article, Fact

DAY = dt.date(2047, 9, 2)


def figures(article_id: str, text: str) -> list[Fact]:
    article = Article(id=article_id, path=f"{article_id}.txt", outlet=article_id, body=text, published=DAY)
    facts, _ = extract_facts(article, id_prefix=f"{article_id}.")
    return [f for f in frame_facts(article, facts) if f.kind == "figure"]


A = figures("a", "The winning marrow at the Fyvedale show weighed 64 kilograms, the judges said.")
B = figures("b", "Judges at the Fyvedale show weighed the winning marrow at 65 kilograms.")
C = figures("c", "Fyvedale's champion marrow weighed 63 kilograms on the judges' scales.")
# The fourth outlet's weight in that frame is the sponsor's pumpkin, a claim of its own.
D = figures("d", "A sponsor's pumpkin at the Fyvedale show weighed 1,226 kilograms, the judges said.")
# The fifth outlet slips two digits of the winner's weight: one claim, a conflict to flag.
E = figures("e", "The winning marrow at the Fyvedale show weighed 46 kilograms, the judges said.")


def texts(slots: list[tuple[list[Fact], bool]]) -> list[list[str]]:
    return [sorted(f"{f.article_id}:{f.text}" for f in slot) for slot, _strict in slots]


def test_inputs_are_what_the_tests_say() -> None:
    assert [f.text for f in A + B + C + D + E] == [
        "64 kilograms", "65 kilograms", "63 kilograms", "1,226 kilograms", "46 kilograms"
    ]


def test_a_figure_far_from_what_the_other_outlets_agree_on_leaves_the_slot() -> None:
    parted = align._part_outliers([([A[0], B[0], C[0], D[0]], True)])
    assert texts(parted) == [["a:64 kilograms", "b:65 kilograms", "c:63 kilograms"], ["d:1,226 kilograms"]]


def test_a_slip_of_digits_stays_and_so_does_a_figure_the_others_do_not_agree_against() -> None:
    slot = [A[0], B[0], C[0], E[0]]
    assert texts(align._part_outliers([(slot, True)])) == [sorted(f"{f.article_id}:{f.text}" for f in slot)]
    # one outlet only beside it: no majority to outvote it
    slot = [A[0], D[0]]
    assert texts(align._part_outliers([(slot, True)])) == [sorted(f"{f.article_id}:{f.text}" for f in slot)]


def test_a_rate_stays_beside_the_totals_arithmetic_relates_it_to() -> None:
    totals = [
        figures("a", "The Fyvedale salt works ships 1,800 tonnes of salt, its owners said.")[0],
        figures("b", "Its owners said the Fyvedale salt works ships 1,750 tonnes of salt.")[0],
        figures("c", "The Fyvedale salt works ships some 1,820 tonnes of salt.")[0],
    ]
    monthly = figures("d", "The Fyvedale salt works ships about 150 tonnes a month, its owners said.")
    assert [f.text for f in monthly] == ["about 150 tonnes"]
    slot = [*totals, monthly[0]]
    assert texts(align._part_outliers([(slot, True)])) == [sorted(f"{f.article_id}:{f.text}" for f in slot)]


def test_a_bound_that_disputes_the_others_figure_stays_however_far() -> None:
    # A growers' group bounds the weight far below what three outlets give: the same weight, disputed.
    below = figures("f", "The growers' group said the winning marrow weighed no more than 9 kilograms.")
    slot = [A[0], B[0], C[0], below[0]]
    assert below[0].value.high == 9 and below[0].value.low is None  # type: ignore[union-attr]
    assert texts(align._part_outliers([(slot, True)])) == [sorted(f"{f.article_id}:{f.text}" for f in slot)]
    # and a bound above them the same way
    above = figures("g", "The growers' group said the winning marrow weighed more than 500 kilograms.")
    slot = [A[0], B[0], C[0], above[0]]
    assert texts(align._part_outliers([(slot, True)])) == [sorted(f"{f.article_id}:{f.text}" for f in slot)]
    # an exact figure as far off still leaves
    exact = figures("h", "The growers' group said the winning marrow weighed 9 kilograms.")
    assert len(align._part_outliers([([A[0], B[0], C[0], exact[0]], True)])) == 2

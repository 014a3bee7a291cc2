"""A slip of the keyboard is no rounding and hides behind no hedge (``consistency/checks/slipped_figures.py``,
``comparisons._swapped_exactly``, ``comparisons._hedge_of_the_figure``).

Two exact sums of money with two digits swapped ("£178 million" and "£187 million") were read as one amount
rounded, since money is read rough for conversions; and a hedge of the figure most outlets give ("more than 250")
held the slip as well as the figure, so it passed as "vaguer". The articles are invented: a tram line for
Quillhaven.
"""

from __future__ import annotations

import datetime as dt

from consistency.checks.slipped_figures import slipped_figures
from consistency.engine import run_articles
from consistency.model import Article, Fact, Quantity

START = dt.datetime(2081, 5, 12, 8, 0)
OUTLETS = ("Quillhaven Courier", "Marrowby Post", "Tenchley Wire", "Ostergate Radio", "Larksdown Daily")


def pair_statuses(*bodies: str) -> dict[frozenset[str], str]:
    """Each pair of figure texts the tool judged in one finding -> its status."""
    articles = [
        Article(id=f"a{i}", path=f"a{i}.md", outlet=OUTLETS[i], body=body, published=START + dt.timedelta(hours=i))
        for i, body in enumerate(bodies)
    ]
    result = run_articles(articles)
    texts = {f.id: f.text for f in result.facts}
    return {
        frozenset((texts[p.fact_ids[0]], texts[p.fact_ids[1]])): p.status
        for fi in result.findings if fi.kind == "figure"
        for p in fi.pairs
    }


def tram(amount: str) -> str:
    return f"Building the Quillhaven tram line will cost {amount}, the transport board said on Monday."


def test_two_exact_sums_with_two_digits_swapped_are_a_slip_not_one_amount_rounded() -> None:
    statuses = pair_statuses(tram("£178 million"), tram("£178 million"), tram("£187 million"))
    assert statuses[frozenset(("£178 million", "£187 million"))] == "conflict"


def test_two_exact_sums_a_little_apart_without_a_swap_are_still_read_as_rounded() -> None:
    # (the rule reads the swap, not the distance: 178 against 184 is no slip of the keyboard)
    statuses = pair_statuses(tram("£178 million"), tram("£178 million"), tram("£184 million"))
    assert statuses[frozenset(("£178 million", "£184 million"))] != "conflict"


def test_a_bound_of_the_figure_most_outlets_give_conflicts_with_its_slip() -> None:
    statuses = pair_statuses(
        tram("£312 million"), tram("£312 million"), tram("more than £300 million"), tram("£321 million")
    )
    assert statuses[frozenset(("more than £300 million", "£321 million"))] == "conflict"
    assert statuses[frozenset(("more than £300 million", "£312 million"))] == "compatible"


def fact(fid: str, article: str, q: Quantity) -> Fact:
    return Fact(fid, article, "figure", "x", 0, 1, "x", 0, 1, q)


def outlet(name: str) -> Article:
    return Article(id=name, path=f"{name}.md", outlet=name, body="", published=START)


def test_a_tie_names_no_slip_and_a_hedge_breaks_it_for_the_figure_nearer_its_number() -> None:
    wire = (outlet("wire"), [fact("w", "wire", Quantity(212, 212))])
    paper = (outlet("paper"), [fact("p", "paper", Quantity(221, 221))])
    assert slipped_figures([wire, paper]) == {}
    bound = (outlet("radio"), [fact("r", "radio", Quantity(200, None, qualifier="more than"))])
    assert slipped_figures([wire, paper, bound]) == {"p": 212}


def test_zeros_count_among_the_swapped_digits() -> None:
    slot = [
        (outlet("wire"), [fact("w", "wire", Quantity(310, 310))]),
        (outlet("daily"), [fact("d", "daily", Quantity(310, 310))]),
        (outlet("paper"), [fact("p", "paper", Quantity(301, 301))]),
    ]
    assert slipped_figures(slot) == {"p": 310}

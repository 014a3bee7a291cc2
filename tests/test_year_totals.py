"""A total told for one whole year ("20,800 meal boxes last year", "in the last financial year") against a rate ("about
400 meal boxes a week") is one amount over two periods when the rate kept up for the year makes the total
(consistency/checks/comparisons.py, ``_per_year``); so is a yearly rate over the years its own clause gives ("200 million
a year ... over the next decade") against a total with no period ("2 billion"). When they do not make it, the two
still conflict.

The articles are invented: a food bank in Brauvik, the town's flood walls.
"""

from __future__ import annotations

import pytest

from tests.two_reports import figure_statuses

RATE = "The Brauvik food bank delivered about 400 meal boxes a week last year, its director said."


@pytest.mark.parametrize(("total", "status"), [("20,800", "compatible"), ("28,000", "conflict")])
def test_a_weekly_rate_against_the_years_total(total: str, status: str) -> None:
    second = f"The Brauvik food bank delivered {total} meal boxes last year, its director said."
    assert figure_statuses(RATE, second) == [status]


@pytest.mark.parametrize(("total", "status"), [("2 billion", "compatible"), ("3 billion", "conflict")])
def test_a_yearly_rate_over_the_years_its_clause_gives_is_the_total(total: str, status: str) -> None:
    # (``_rate_over_its_span``: the total itself gives no period)
    first = "Brauvik will spend 200 million krovs a year on its flood walls over the next decade, the mayor said."
    assert figure_statuses(first, f"The flood walls will cost Brauvik {total} krovs, the council said.") == [status]


@pytest.mark.parametrize(("total", "status"), [("1.4 billion", "compatible"), ("1.9 billion", "conflict")])
def test_a_yearly_rate_over_the_years_the_totals_clause_gives(total: str, status: str) -> None:
    # (``_years_told_before``: "a ten-year contract worth ..." gives the years before the total)
    first = f"Brauvik signed a ten-year contract worth {total} krovs for its flood walls, the mayor said."
    second = "The flood wall contract will cost Brauvik 140 million krovs a year, the council said."
    assert [s for s in figure_statuses(first, second) if s != "unverified"] == [status]  # (not the ten years)


@pytest.mark.parametrize(("rate", "status"), [("about 400", "compatible"), ("400", "conflict")])
def test_a_hedged_rate_puts_its_year_as_roughly_as_it_is_written(rate: str, status: str) -> None:
    # 400 a week is 20,800 a year: about 4 percent short of 21,700, within a hedged figure's reach, not an exact one's
    first = f"The Brauvik food bank delivered {rate} meal boxes a week last year, its director said."
    second = "The Brauvik food bank delivered 21,700 meal boxes last year, its director said."
    assert figure_statuses(first, second) == [status]

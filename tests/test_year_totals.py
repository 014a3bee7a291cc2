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

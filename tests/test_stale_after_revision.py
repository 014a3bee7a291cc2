"""An earlier report that tells its figure as a revision ("police now say 43, up from their morning count") against a
later report's lower figure: the later one passed on the figure the revision replaced, an update, not a count that
fell with no reason (consistency/checks/comparisons.py, ``_update``). With no revision told, a later lower count
is still a conflict.

The articles are invented: a riot in Brauvik.
"""

from __future__ import annotations

import pytest

from tests.two_reports import figure_verdicts

LATER = "About 38 people were arrested after the riot in Brauvik on Tuesday, police said."


@pytest.mark.parametrize(
    ("earlier", "verdict"),
    [
        ("Police in Brauvik now say 43 people have been arrested after the riot on Tuesday, up from their morning count.",
         ("compatible", "update")),
        ("Police in Brauvik say 43 people have been arrested after the riot on Tuesday.", ("conflict", "unexplained")),
    ],
)
def test_a_later_lower_figure_is_the_one_an_earlier_revision_replaced(earlier: str, verdict: tuple[str, str]) -> None:
    assert figure_verdicts(earlier, LATER) == [verdict]

"""A count of a group that is a strict part of what another count's noun takes in: passengers against everyone on
board (consistency/counted_kinds.PART_OF, consistency/checks/comparisons._a_part_counted). The reports are invented."""

from __future__ import annotations

import pytest

from tests.two_reports import figure_verdicts

_FIRST = "The Ostravel Air jet carried {count} when it slid off the runway at Kelsk on Monday, the airline said."
_SECOND = "All {count} on the Ostravel Air jet that slid off the runway at Kelsk on Monday were unhurt, the airline said."


@pytest.mark.parametrize(
    ("first", "second", "verdict"),
    [
        # the passengers are part of everyone on board, who include the crew
        pytest.param("212 people", "204 passengers", ("compatible", "scope"), id="passengers-of-all-on-board"),
        pytest.param("212 occupants", "204 passengers", ("compatible", "scope"), id="passengers-of-occupants"),
        # a part cannot be larger than its whole
        pytest.param("204 people", "212 passengers", ("conflict", "unexplained"), id="part-larger-than-whole"),
        # the same digits swapped: a slip, not a crew
        pytest.param("214 people", "241 passengers", ("conflict", "error"), id="digits-swapped"),
        pytest.param("241 people", "214 passengers", ("conflict", "error"), id="digits-swapped-part-smaller"),
    ],
)
def test_passengers_against_everyone_on_board(first: str, second: str, verdict: tuple[str, str]) -> None:
    assert figure_verdicts(_FIRST.format(count=first), _SECOND.format(count=second)) == [verdict]

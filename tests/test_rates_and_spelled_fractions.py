"""One rate told over two denominators ("150 mg per litre", "15 mg per 100 millilitres") and one percentage told in
words and in digits ("six-tenths of one percent", "0.6 percent") are one figure, not a conflict; a rate or a
percentage that differs still conflicts. The reports are invented: a water alert and a price index in Brodvane.
"""

from __future__ import annotations

import pytest

from tests.two_reports import figure_verdicts

_WATER = "Brodvane's water board told residents on Tuesday not to give tap water to babies. "
_PRICES = "Brodvane's statistics office published its monthly price index on Tuesday. "


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        pytest.param("Tests found nitrate at 150 mg per litre.", "Tests found nitrate at 15 mg per 100 millilitres.",
                     "agree", id="same-rate"),
        pytest.param("Tests found nitrate at 180 mg per litre.", "Tests found nitrate at 15 mg per 100 millilitres.",
                     "conflict", id="other-rate"),
    ],
)
def test_a_rate_over_two_denominators(first: str, second: str, status: str) -> None:
    assert [s for s, _ in figure_verdicts(_WATER + first, _WATER + second) if s != "unverified"] == [status]


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        pytest.param("Consumer prices rose six-tenths of one percent in May.", "Consumer prices rose 0.6 percent in May.",
                     "compatible", id="same-share"),
        pytest.param("Consumer prices rose six-tenths of one percent in May.", "Consumer prices rose 1.6 percent in May.",
                     "conflict", id="other-share"),
    ],
)
def test_one_share_spelled_out_or_in_digits(first: str, second: str, status: str) -> None:
    assert [s for s, _ in figure_verdicts(_PRICES + first, _PRICES + second) if s != "unverified"] == [status]

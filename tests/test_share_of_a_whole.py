"""A share in words told of a whole ("more than two thirds of its 51 members", "a majority of the 120 delegates") is
arithmetic on the whole's count: another outlet's count of the part is weighed against the share of that whole, not
against the whole itself (``consistency.shares.share_before``, ``comparisons._share_taken``). The reports are
invented: a vote in the Orlevan city assembly."""

from __future__ import annotations

import pytest

from consistency.shares import share_before
from tests.two_reports import figure_verdicts


@pytest.mark.parametrize(
    ("text", "written", "low", "high", "approximate"),
    [
        pytest.param("The assembly backed it, with more than two thirds of its ", "more than two thirds", 2 / 3, 1.0,
                     False, id="a-floor"),
        pytest.param("It passed with two-thirds of the ", "two-thirds", 2 / 3, 2 / 3, True, id="a-round-fraction"),
        pytest.param("It won a majority of the ", "a majority", 0.5, 1.0, False, id="a-majority"),
        pytest.param("It won less than a third of the city's ", "less than a third", 0.0, 1 / 3, False,
                     id="a-ceiling"),
        pytest.param("It won seventeen of the ", None, None, None, None, id="a-count-not-a-share"),
        pytest.param("It won two thirds and kept the ", None, None, None, None, id="not-joined-by-of"),
    ],
)
def test_share_before_reads_the_share_a_whole_is_told_with(text: str, written: str | None, low: float | None,
                                                           high: float | None, approximate: bool | None) -> None:
    share = share_before(text)
    if written is None:
        assert share is None
        return
    assert share is not None
    assert (share.text, share.approximate) == (written, approximate)
    assert share.low == pytest.approx(low) and share.high == pytest.approx(high)


_OPEN = "The Orlevan city assembly voted on Thursday to close the Harbell tram depot, officials said. "
_COUNT = "The depot will shut after {} councillors voted for the closure."
_SHARE = "The assembly voted on Thursday, with {} members in favour."


@pytest.mark.parametrize(
    ("count", "share", "verdict"),
    [
        pytest.param("41", "more than two thirds of its 57", ("compatible", "arithmetic"), id="a-count-above-the-floor"),
        pytest.param("41", "a majority of its 57", ("compatible", "arithmetic"), id="a-count-in-a-majority"),
        pytest.param("31", "more than two thirds of its 57", ("conflict", "unexplained"), id="a-count-below-the-floor"),
        pytest.param("41", "57", ("conflict", "unexplained"), id="no-share-told"),
    ],
)
def test_a_count_against_a_share_of_a_told_whole(count: str, share: str, verdict: tuple[str, str]) -> None:
    judged = [v for v in figure_verdicts(_OPEN + _COUNT.format(count), _OPEN + _SHARE.format(share)) if v[0] != "unverified"]
    assert judged == [verdict]

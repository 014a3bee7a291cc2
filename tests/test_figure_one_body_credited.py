"""Two credits of one body are no rival sources for a figure (``comparisons._one_body_credited``): a person of a
body named by the body's own word ("a harbour engineer" and "the harbour"), or a common noun alone in a sentence that
names the other credit's body in full ("The Brannock Lifeboat Fund will shut 58 shops, the charity said"). The
reports are invented: a charity's shop closures, a harbour's broken slipway."""

from __future__ import annotations

import pytest

import consistency.checks.comparisons as comparisons
from tests.test_scope_words import figure_verdicts

_FUND = "The Brannock Lifeboat Fund said on Monday that 46 of its 180 shops would shut by the end of June."
_FUND_AGAIN = "The Brannock Lifeboat Fund will shut 58 shops, the charity said on Friday, and named more branches."
_HARBOUR_ENGINEER = "Repairs to the slipway could cost 3.2 million euros, a harbour engineer says."
_HARBOUR = "A new slipway will cost 4.6 million euros, the harbour says."


@pytest.mark.parametrize(
    ("first", "second"),
    [pytest.param(_FUND, _FUND_AGAIN, id="charity-beside-its-name"),
     pytest.param(_HARBOUR_ENGINEER, _HARBOUR, id="engineer-of-the-harbour")],
)
def test_one_body_credited_two_ways_is_no_source_difference(
    first: str, second: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    verdicts = figure_verdicts(first, second)
    assert verdicts and all(cause != "source_difference" for _, cause in verdicts)
    monkeypatch.setattr(comparisons, "_one_body_credited", lambda a, b: False)
    assert ("conflict", "source_difference") in figure_verdicts(first, second)  # the reading is what changed it


def test_a_rival_body_stays_a_source_difference() -> None:
    # the union names the fund in full, but credits itself: a rival's figure, not the fund's own office
    rival = "The shop workers' union said on Friday that 58 of the Brannock Lifeboat Fund's shops would close."
    assert figure_verdicts(_FUND, rival) == [("conflict", "source_difference")]
    harbour = "A new slipway will cost 4.6 million euros, the ferry operators' association says."
    assert figure_verdicts(_HARBOUR_ENGINEER, harbour) == [("conflict", "source_difference")]

"""More of the vocabulary of who speaks for whom: prosecutors are neither the police nor the court, and a
guild is a body of no listed kind, which a mayor does not speak for.

The articles are invented: the pile-up reports of ``test_quotation_speakers``.
"""

from __future__ import annotations

import pytest

from tests.test_quotation_speakers import _FIRST, _QUOTE, _SECOND, _attribution_finding


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        pytest.param("police said.", "said the prosecutor, Ilvotta Trost.", "conflict", id="police-and-a-prosecutor"),
        pytest.param("prosecutors said.", "said Chief Inspector Ilvotta Trost.", "conflict", id="prosecutors-and-an-inspector"),
        pytest.param("the knitting guild said.", "said Ilvotta Trost, the mayor.", "conflict", id="a-guild-and-a-mayor"),
        pytest.param("the knitting guild said.", "said Ilvotta Trost, head of the guild.", "compatible", id="a-guild-and-its-head"),
    ],
)
def test_who_speaks_for_whom(first: str, second: str, status: str) -> None:
    finding = _attribution_finding([
        _FIRST.format(quote=_QUOTE, credit=first),
        _SECOND.format(quote=_QUOTE, credit=second),
    ])
    assert finding.status == status

"""Roles that say whom a person does not speak for: a deputy is not the role she deputises in ("the deputy
governor" is not "the governor"), and an opposition's people speak against the ministry or the council
they sit in, not for it.

The articles are invented: the pile-up reports of ``test_quotation_speakers``.
"""

from __future__ import annotations

import pytest

from tests.test_quotation_speakers import _FIRST, _QUOTE, _SECOND, _attribution_finding


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        pytest.param("the governor said.", "said the deputy governor, Ilvotta Trost.", "conflict", id="governor-and-deputy"),
        pytest.param("the governor said.", "said the vice governor, Ilvotta Trost.", "conflict", id="governor-and-vice"),
        pytest.param("the governor said.", "said the governor, Ilvotta Trost.", "compatible", id="governor-and-governor"),
        pytest.param("the transport ministry said.", "said opposition leader Ilvotta Trost.", "conflict",
                     id="ministry-and-opposition-leader"),
        pytest.param("the council said.", "said Councillor Ilvotta Trost, leader of the opposition group.", "conflict",
                     id="council-and-opposition-councillor"),
        pytest.param("the council said.", "said Councillor Ilvotta Trost, leader of the council.", "compatible",
                     id="council-and-its-leader"),
    ],
)
def test_who_a_role_does_not_speak_for(first: str, second: str, status: str) -> None:
    finding = _attribution_finding([
        _FIRST.format(quote=_QUOTE, credit=first),
        _SECOND.format(quote=_QUOTE, credit=second),
    ])
    assert finding.status == status

"""Who is who across outlets: a role the reports give a person, written before her surname with a capital
("Skipper Trost said"), is her title, not a given name.

The articles are invented: the pile-up reports of ``test_quotation_speakers``.
"""

from __future__ import annotations

import pytest

from tests.test_quotation_speakers import _FIRST, _QUOTE, _SECOND, _attribution_finding

_THIRD = (
    "Fog closed the M7 near Varsholm on Tuesday after forty cars collided, and eleven people went to hospital. "
    "{quote} {credit}"
)


def _finding(*credits: str):  # type: ignore[no-untyped-def]
    return _attribution_finding([t.format(quote=_QUOTE, credit=c) for t, c in zip((_FIRST, _SECOND, _THIRD), credits)])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("said skipper Ilvotta Trost.", "Skipper Trost said.", id="role-before-the-full-name"),
        pytest.param("said Ilvotta Trost, the skipper.", "Skipper Trost said.", id="role-after-the-full-name"),
    ],
)
def test_a_role_written_as_a_title_is_no_given_name(first: str, second: str) -> None:
    assert _finding(first, second).status == "agree"


def test_another_given_name_is_still_another_person() -> None:
    # (no report calls Ilvotta Trost a skipper: "Skipper" could be nobody's title here)
    assert _finding("said Ilvotta Trost.", "Gunleth Trost said.").status == "conflict"

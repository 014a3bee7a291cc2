"""Who is who across outlets: a role the reports give a person, written before her surname with a capital
("Skipper Trost said"), is her title, not a given name; and an office speaks for the role it is the office
of ("the prime minister's office" and "the prime minister").

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
    templates = (_FIRST, _SECOND, _THIRD)[: len(credits)]
    return _attribution_finding([t.format(quote=_QUOTE, credit=c) for t, c in zip(templates, credits, strict=True)])


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


def test_an_office_speaks_for_the_role_it_is_the_office_of() -> None:
    finding = _finding("the prime minister said.", "the prime minister's office said.")
    assert [(p.status, p.cause) for p in finding.pairs if p.representative] == [("compatible", "naming")]


def test_an_office_is_in_its_role_s_camp_when_a_quotation_has_two_speakers() -> None:
    # The prime minister and a spokeswoman are credited with one quotation; the prime minister's office is
    # the prime minister's voice, so it is in her camp: the spokeswoman's outlet conflicts with it.
    finding = _finding(
        "Prime Minister Ilvotta Trost told reporters.",
        "said the government spokeswoman, Gunleth Skobar.",
        "the prime minister's office said.",
    )
    statuses = [(p.status, p.cause) for p in finding.pairs if p.representative]
    assert statuses[1] == ("compatible", "naming")
    assert statuses[0][0] == statuses[2][0] == "conflict"

"""One body under two nouns, and roles a body shares with a company: the vocabulary of
``rules/vocabulary/bodies.yaml`` read by ``consistency.roles``.

The articles are invented: the pile-up reports of ``test_quotation_speakers``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from consistency.body_nouns import load_bodies, one_body, post_words
from consistency.errors import RuleError
from consistency.roles import body_of, holds_role, speaks_elsewhere
from tests.test_quotation_speakers import _FIRST, _QUOTE, _SECOND, _attribution_finding


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        pytest.param("the charity said.", "said Orla Quenby-Marsh, the trust's chief executive.", "compatible",
                     id="a-trust-may-be-the-charity"),
        pytest.param("the charity said.", "said Orla Quenby-Marsh, the council's chief executive.", "conflict",
                     id="a-council-is-no-charity"),
        pytest.param("the hospital said.", "said chief executive Orla Quenby-Marsh.", "compatible",
                     id="a-hospital-has-a-chief-executive"),
        pytest.param("police said.", "said chief executive Orla Quenby-Marsh.", "conflict",
                     id="the-police-have-none"),
        pytest.param("the operator said.", "said chief operating officer Orla Quenby-Marsh.", "compatible",
                     id="a-chief-operating-officer-is-no-police-officer"),
        pytest.param("the station commander said.", "said the base commander, Tobrin Askewell.", "compatible",
                     id="a-station-is-a-base"),
        pytest.param("the fleet commander said.", "said the base commander, Tobrin Askewell.", "conflict",
                     id="a-fleet-is-no-base"),
    ],
)
def test_one_body_under_two_nouns(first: str, second: str, status: str) -> None:
    finding = _attribution_finding([
        _FIRST.format(quote=_QUOTE, credit=first),
        _SECOND.format(quote=_QUOTE, credit=second),
    ])
    assert finding.status == status


def test_nouns_of_one_body_are_joined_within_a_group_only() -> None:
    assert one_body("Trust", "charity") and one_body("base", "station") and one_body("dig", "dig")
    assert not one_body("charity", "hospital")  # (a trust may be either; they are not each other)


def test_roles_read_through_the_vocabulary() -> None:
    assert holds_role("the station commander", frozenset({"base", "commander"}))
    assert not holds_role("the fleet commander", frozenset({"base", "commander"}))
    hospital, police = body_of("the hospital"), body_of("police")
    assert hospital is not None and police is not None
    assert not speaks_elsewhere(hospital, frozenset({"chief", "executive"}))
    assert speaks_elsewhere(police, frozenset({"chief", "executive"}))
    assert not speaks_elsewhere(body_of("the airline") or 0, frozenset({"chief", "operating", "officer"}))


def test_a_bad_vocabulary_names_its_file(tmp_path: Path) -> None:
    bad = tmp_path / "bodies.yaml"
    bad.write_text("one_body: [trust, charity]\n", encoding="utf-8")
    with pytest.raises(RuleError, match="one_body"):
        load_bodies(str(bad))
    unknown = tmp_path / "other.yaml"
    unknown.write_text("one_bodies: []\n", encoding="utf-8")
    with pytest.raises(RuleError):
        load_bodies(str(unknown))
    assert load_bodies(str(tmp_path / "missing.yaml")) == ((), (frozenset(), frozenset()), frozenset())


_SENTENCE = _QUOTE.replace(',"', '."')


@pytest.mark.parametrize(
    ("second", "status"),
    [
        pytest.param("Haulier Brenne Tolloway told the Post: ", "compatible", id="a-given-name-one-letter-apart"),
        pytest.param("Haulier Brenda Tolloway told the Post: ", "compatible", id="spelled-a-letter-apart-inside"),
        pytest.param("Haulier Osric Tolloway told the Post: ", "conflict", id="another-given-name-is-another-person"),
    ],
)
def test_a_slip_in_a_given_name(second: str, status: str) -> None:
    """The role opens the sentence, capitalised, so it stays in the name: only the given names compare."""
    finding = _attribution_finding([
        _FIRST.format(quote=_QUOTE, credit="said lorry driver Brenna Tolloway."),
        _SECOND.format(quote="", credit=second + _SENTENCE),
    ])
    assert finding.status == status


def test_post_words_name_no_body() -> None:
    assert {"deputy", "artistic"} <= post_words()
    assert "hotel" not in post_words()

"""Whose voice a credit is: a client's lawyer, a person of a firm named after "of", another body named in a
role, the office of another role, a head of government against a department.

The articles are invented: a footbridge over the river Quenby at Harlowmere closed after a crack was found.
"""

from __future__ import annotations

import pytest

from consistency.roles import body_of, holds_role, office_roles, role_words, speaks_elsewhere
from tests.test_quotation_speakers import _attribution_finding

_QUOTE = '"Nobody will cross that bridge until every bolt has been checked,"'
_FIRST = ("The Quenby footbridge at Harlowmere was closed on Monday after an engineer spotted a crack in one of its "
          "steel beams. {quote} {credit} About 4,000 people use the bridge each day.")
_SECOND = ("Harlowmere's footbridge over the Quenby shut on Monday when a crack turned up in a beam. {quote} {credit} "
           "Ferries will run every ten minutes until it reopens.")

CREDITS = [
    # a lawyer the reports make one person's speaks for her: one voice, not two speakers
    pytest.param("said the contractor's lawyer, Ottilie Brask-Famuyiwa, for Wendel Ostrakova.",
                 "Wendel Ostrakova said.", "conflict", id="a-lawyer-of-someone-else"),
    pytest.param("said Ostrakova's lawyer, Ottilie Brask-Famuyiwa.", "Wendel Ostrakova said.", "compatible",
                 id="a-lawyer-of-the-other-person"),
    # a person named with the firm she works for after "of" is a person, not the firm
    pytest.param("said Ilvane Dorchester-Mbeki of Quarrow Bridge Partners.", "said Tobiah Waltervane of Melk Ridge Advisers.",
                 "conflict", id="two-people-of-two-firms"),
    # a role that names another body by its own name: the confederation's head is not the ministry's voice
    pytest.param("said Prosper Ilunga-Voss, head of the Confederation of Engineers.", "the transport ministry said.",
                 "conflict", id="a-ministry-and-the-head-of-a-named-confederation"),
    pytest.param("Committee chair Prosper Ilunga-Voss said.", "the National Bridges Office said.", "conflict",
                 id="an-office-and-a-committee-chair"),
    # the office of a role speaks for that role's holder, not for a person the reports give another role
    pytest.param("the president's office said.", "Speaker Prosper Ilunga-Voss said.", "conflict",
                 id="the-president-s-office-and-the-speaker"),
    # a head of a state's government does not speak for one of its departments
    pytest.param("the finance department said.", "Chief Minister Prosper Ilunga-Voss said.", "conflict",
                 id="a-department-and-the-chief-minister"),
    pytest.param("the finance department said.", "Finance Minister Prosper Ilunga-Voss said.", "compatible",
                 id="a-department-and-its-minister"),
    # clergy hold an office of their own: a bishop is no voice of a food bank
    pytest.param("the Harlowmere Larder said.", "said the Bishop of Quenby, Prosper Ilunga-Voss.", "conflict",
                 id="a-named-body-and-a-bishop"),
    # a hospital's medical director speaks for it, whatever "General" in its name reads like
    pytest.param("the hospital said.", "said Dr Prosper Ilunga-Voss, medical director of Harlowmere General.", "compatible",
                 id="a-hospital-and-its-medical-director"),
]


@pytest.mark.parametrize(("first", "second", "status"), CREDITS)
def test_whose_voice_a_credit_is(first: str, second: str, status: str) -> None:
    finding = _attribution_finding([
        _FIRST.format(quote=_QUOTE, credit=first),
        _SECOND.format(quote=_QUOTE, credit=second),
    ])
    assert finding.status == status


def test_a_role_held_in_a_body_before_the_name_is_read() -> None:
    text = '"We will not wait," Harlowmere\'s ambassador to Velmark, Ilvane Dorchester-Mbeki, said.'
    assert role_words("Ilvane Dorchester-Mbeki", (text,)) == {"ambassador", "velmark"}
    assert role_words("Ilvane Dorchester-Mbeki", ("Ilvane Dorchester-Mbeki said it would reopen.",)) == frozenset()


def test_a_clergy_role_is_an_office_of_its_own() -> None:
    assert office_roles(frozenset({"bishop"})) == {"bishop"}
    kind = body_of("the ministry")
    assert kind is not None
    assert speaks_elsewhere(kind, frozenset({"chief", "minister"}), "the finance department")
    assert not speaks_elsewhere(kind, frozenset({"finance", "minister"}), "the finance department")


def test_a_body_beside_a_person_of_another_named_body_joins_her_camp() -> None:
    # Two outlets credit the bridge firm's spokeswoman (one by the firm's name alone), a third the police with her
    # words: the firm's outlet, in her camp, conflicts with the police's too.
    quote = '"The crack was found on a routine walk, not after any complaint,"'
    finding = _attribution_finding([
        "The Quenby footbridge at Harlowmere was closed on Monday after a crack was found in a steel beam. "
        f"{quote} said Ottilie Brask-Famuyiwa, a spokeswoman for the operator Quenlink.",
        "Harlowmere's footbridge over the Quenby shut on Monday when a crack turned up in a beam. "
        f"{quote} Quenlink spokeswoman Ottilie Brask-Famuyiwa said.",
        "A crack in a beam closed the Quenby footbridge at Harlowmere on Monday, and ferries ran instead. "
        f"{quote} police said.",
    ])
    statuses = sorted(p.status for p in finding.pairs if p.representative)
    assert statuses == ["agree", "conflict", "conflict"], finding.pairs


def test_a_rank_in_a_name_names_no_body() -> None:
    from consistency.checks.comparisons import _in_another_named_body

    text = "said Group Captain Idris Fenwold-Aske, who runs the air station."
    assert not _in_another_named_body(frozenset({"group", "captain"}), "the station commander", text)
    assert _in_another_named_body(frozenset({"committee", "chair"}), "the National Bridges Office", "Committee chair Ada Vell")


def test_a_given_name_and_a_surname_a_report_writes_together_are_one_person() -> None:
    finding = _attribution_finding([
        _FIRST.format(quote=_QUOTE, credit="Ostrakova said, looking at the beam."),
        "Live: Quenby footbridge closed\n\n09:40 Harlowmere's footbridge over the Quenby shut on Monday when a crack "
        "turned up in a beam. Wendel Ostrakova, who found it, is here.\n\n09:55 Wendel on the crack, again: "
        f"{_QUOTE.strip(',')}",
    ])
    assert finding.status == "agree"


def test_a_head_under_another_word_for_leading_holds_the_role() -> None:
    text = '"It is fine," said Dr Ada Vellbrook, who leads the excavation.'
    words = role_words("Ada Vellbrook", (text,))
    assert holds_role("the excavation's director", words)
    assert not holds_role("the museum's director", words)
    assert not holds_role("the excavation's treasurer", words)


def test_a_field_of_work_before_a_role_is_no_participle() -> None:
    import datetime as dt

    from consistency.engine import extract_facts
    from consistency.model import Article

    body = '"The rents will not rise," said housing councillor Ottilie Brask-Famuyiwa after the vote.'
    article = Article(id="h", path="h.txt", outlet="H", body=body, published=dt.date(2041, 3, 2))
    facts, _ = extract_facts(article, id_prefix="h.")
    assert [f.value.source for f in facts if f.kind == "attribution"] == ["Ottilie Brask-Famuyiwa"]


def test_a_body_stands_in_the_camp_of_the_person_whose_role_is_its_kinds_voice() -> None:
    # A deputy mayor speaks for the city council: the council's outlet is in her camp, so it conflicts with the
    # outlet that gives her words to the landlords' chairman, as her own outlet does.
    quote = '"Every landlord will need a licence by spring,"'
    finding = _attribution_finding([
        "The city will license every rented flat in Quenby from next year, after a vote on Tuesday. "
        f"{quote} said Deputy Mayor Ilse Varnkamp. About 9,000 homes are rented.",
        f"Quenby councillors voted on Tuesday to license all rented homes. {quote} the city council said. "
        "Landlords said they would go to court.",
        "A vote in Quenby on Tuesday brought in licences for rented homes, and 9,000 flats will need one. "
        f"{quote} said Oskar Trellby, chairman of the landlords' association. The scheme starts in spring.",
    ])
    statuses = sorted((p.status, p.cause) for p in finding.pairs if p.representative)
    assert [s for s, _ in statuses] == ["compatible", "conflict", "conflict"], finding.pairs
    assert ("compatible", "naming") in statuses

"""What the source checks remember while a slot's pairs are judged (``_personal`` by fact, ``_same_name`` and
``_credit_words`` by name): an answer read back is the answer a fresh reading gives, for the very fact or
name it was made for, and never for another fact that merely looks alike.

The names are invented.
"""

from __future__ import annotations

import pytest

from consistency.checks import comparisons
from consistency.model import Attribution, Fact, Frame


def _credit(source: str, *, named: bool = True, kind: str | None = None, fact_id: str = "f1") -> Fact:
    sentence = f"The bridge at Quenby stays shut, {source} said."
    start = sentence.index(source)
    frame = Frame(key="attribution:closure", name="source of the closure", measure="closure", source_kind=kind)
    return Fact(
        id=fact_id, article_id="a1", kind="attribution", text=source, start=start, end=start + len(source),
        sentence=sentence, sentence_start=0, sentence_end=len(sentence),
        value=Attribution(source=source, chain=(source,), cue="said", named=named), frame=frame,
    )


@pytest.mark.parametrize(
    ("source", "named", "kind", "personal"),
    [
        pytest.param("Orsolya Prenndt", True, "person", True, id="a-person-by-name"),
        pytest.param("Prenndt", True, None, True, id="a-surname"),
        pytest.param("the Quenby Harbour Trust", True, "organization", False, id="a-body"),
        pytest.param("officials", False, None, False, id="unnamed"),
    ],
)
def test_personal_read_again_answers_as_the_first_time(source: str, named: bool, kind: str | None,
                                                       personal: bool) -> None:
    fact = _credit(source, named=named, kind=kind)
    assert comparisons._personal(fact) is personal
    assert comparisons._personal(fact) is personal  # (read back)
    assert comparisons._read_personal(fact) is personal


def test_personal_is_remembered_for_the_very_fact_only() -> None:
    person = _credit("Orsolya Prenndt", kind="person")
    assert comparisons._personal(person)
    # another fact under the same id, written as a body: its own answer, not the remembered one
    body = _credit("Quenby Harbour Trust", kind="organization")
    assert not comparisons._personal(body)
    assert comparisons._personal(person)


def test_personal_past_its_bound_still_answers() -> None:
    facts = [_credit("Orsolya Prenndt", kind="person", fact_id=f"f{n}") for n in range(comparisons._PERSONAL_HELD + 5)]
    assert all(comparisons._personal(f) for f in facts)
    assert len(comparisons._personal_of) <= comparisons._PERSONAL_HELD
    assert comparisons._personal(facts[0])


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param("orsolya prenndt", "prenndt", True, id="surname-of-the-full-name"),
        pytest.param("quenby harbour trust", "quenbey harbour trust", True, id="one-letter-apart"),
        pytest.param("orsolya prenndt", "tamsin vellacourt", False, id="two-people"),
    ],
)
def test_same_name_read_again_answers_alike(a: str, b: str, same: bool) -> None:
    assert comparisons._same_name(a, b) is same
    assert comparisons._same_name(a, b) is same
    assert comparisons._same_name.__wrapped__(a, b) is same  # (the reading itself, not remembered)


def test_credit_words_leave_out_the_small_words() -> None:
    assert comparisons._credit_words("The Board of Quenby and Lisk Ferries") == ("board", "quenby", "lisk", "ferries")
    assert comparisons._credit_words("Quenby's 2 Harbours") == ("quenby", "s", "harbours")
    assert comparisons._credit_words("") == ()

"""``comparisons._written_as_name``: whether a named source reads as a person's name, remembered per name."""

import pytest

from consistency.checks import comparisons


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Odilie Prannsworth", True),
        ("Prannsworth", True),
        ("Tobiah van der Quell", True),
        ("Odilie Prannsworth of Quarmby Harbour Police", True),  # the body after "of" is no part of the name
        ("Quarmby Anglers' Federation", False),  # ends as a body's name does
        ("Fenwhistle Seed Trust", False),
        ("QHPA", False),  # a body's initials
        ("the harbour master", False),
        ("Odilie Brannock Yestle Prannsworth Vane", False),  # five words: no one person's name
    ],
)
def test_written_as_name(source: str, expected: bool) -> None:
    assert comparisons._written_as_name(source) is expected


def test_remembered_answer_is_the_same_as_a_fresh_one() -> None:
    comparisons._written_as_name.cache_clear()
    first = comparisons._written_as_name("Ysolde Marrack")
    again = comparisons._written_as_name("Ysolde Marrack")
    assert first is again is True
    assert comparisons._written_as_name.cache_info().hits >= 1

"""A quotation one report gives as a second person relayed it ("the union's leader said the rector had
told staff") credits the first speaker, with the relay as the channel: beside a report crediting the
same words to that speaker by name, it is one source, not one quotation in two mouths. A relay naming
someone else keeps the two apart.

Reports, people and bodies are invented.
"""

from __future__ import annotations

import pytest

from tests.two_reports import verdicts

QUOTE = '"We cannot pay for a second campus this decade," '


def source_verdicts(first: str, second: str) -> list[tuple[str, str | None]]:
    return verdicts(
        "The Duslingen college board met on Tuesday to weigh the campus plan, and shelved it. " + QUOTE + first,
        "Staff at Duslingen college said they would ballot for a strike after the second campus was shelved. "
        + QUOTE + second,
        "attribution",
    )


@pytest.mark.parametrize(("speaker", "role"), [
    ("Rector Oskida Velbrandt said.", "the rector"),
    # (a role joined to a word by a hyphen is a role too)
    ("the vice-chancellor, Oskida Velbrandt, said.", "the vice-chancellor"),
])
def test_words_relayed_by_a_second_person_credit_the_first(speaker: str, role: str) -> None:
    verdicts = source_verdicts(speaker, f"staff union leader Pradlo Jurmonen said {role} had told staff.")
    assert verdicts and all(status != "conflict" for status, _cause in verdicts), verdicts


def test_a_relay_of_someone_else_keeps_two_speakers() -> None:
    verdicts = source_verdicts(
        "Rector Oskida Velbrandt said.",
        "staff union leader Pradlo Jurmonen said the bursar had told staff.",
    )
    assert "conflict" in {status for status, _cause in verdicts}, verdicts

"""Sentences end at end marks, not at the period of a title before a name."""

from __future__ import annotations

import pytest

from consistency.text import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize("title", ["Del.", "Rev.", "Hon.", "Maj.", "Adm.", "Cmdr.", "Det.", "Atty.", "Supt.", "Sen.", "Gov."])
def test_a_title_before_a_name_does_not_end_the_sentence(title: str) -> None:
    text = f"The levy is unfair, said {title} Marta Vellacourt of Halvik. The vote is on Monday."
    assert _sentences(text) == [
        f"The levy is unfair, said {title} Marta Vellacourt of Halvik.",
        "The vote is on Monday.",
    ]


def test_a_sentence_still_ends_at_an_ordinary_word() -> None:
    text = "The ferry left Dravik late. Brask said the crossing was calm."
    assert _sentences(text) == ["The ferry left Dravik late.", "Brask said the crossing was calm."]


def test_a_unit_letter_glued_to_a_number_ends_the_sentence_an_initial_does_not() -> None:
    text = "Temperatures fell as low as 21F. Growers expect losses. Ivo F. Brask said so."
    assert _sentences(text) == ["Temperatures fell as low as 21F.", "Growers expect losses.", "Ivo F. Brask said so."]

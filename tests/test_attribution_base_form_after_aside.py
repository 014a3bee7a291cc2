"""A base-form cue after an aside that closes with a comma ("Opponents, led by the group Save
Oskarby, argue that ..."): the subject before the aside governs it (consistency/extract/attributions.py,
``_apposed_subject_governs``).

Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from tests.attributing import credited


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Opponents, led by the group Save Oskarby, argue that the jail is too big.", "Opponents", "argue"),
        ("Farmers, many of them from the northern valleys, warn that the dam will flood their fields.",
         "Farmers", "warn"),
        ("Economists at the Halden Institute, a research group in Oskarby, believe rates will fall.",
         "Economists at the Halden Institute", "believe"),
    ],
)
def test_the_subject_before_an_aside_governs_a_base_form_cue(text: str, source: str, cue: str) -> None:
    assert (source, cue) in credited(text)


def test_an_aside_with_a_statement_of_its_own_does_not_carry_the_subject() -> None:
    text = "Farmers, the mayor said, argue about the dam every year."
    assert ("Farmers", "argue") not in credited(text)

"""A speaker named before a relative clause that takes a position ("Ann Berg, who opposed the fee,
said ..."): the clause is an aside, the name still speaks (consistency/extract/attributions.py,
``_relative_aside_before``).

Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from tests.attributing import credited


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Councillor Ann Berg, who opposed the fee, said it would hurt shops.", "Ann Berg", "said"),
        ("Rolf Dahl, who rejected the offer last month, told reporters the strike would go on.", "Rolf Dahl", "told"),
        ("Mayor Eva Lund, who backed the plan in March, said the works would start soon.", "Eva Lund", "said"),
    ],
)
def test_a_position_in_a_relative_aside_leaves_the_speaker_speaking(text: str, source: str, cue: str) -> None:
    # the source as displayed (a title may stay: "Councillor Ann Berg"), credited with the outer cue
    assert any(s.endswith(source) and c == cue for s, c in credited(text))

"""Bodies that rule, audit or inquire head a source like a court does: "The tribunal found that",
"The inquiry concluded that" ("panel" stays out: "a panel discussion", "solar panels") (consistency/extract/_attribution_lexicon.py,
SOURCE_NOUNS).

Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from tests.attributing import credited


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The tribunal found that the contract was void.", "tribunal", "found"),
        ("The inquiry concluded that the bridge had been poorly built.", "inquiry", "concluded"),
        ("The arbitrator ruled that the port owed the shipper nothing.", "arbitrator", "ruled"),
    ],
)
def test_a_body_that_rules_or_inquires_is_a_source(text: str, source: str, cue: str) -> None:
    assert (source, cue) in credited(text)


def test_a_panel_of_wood_is_still_no_speaker() -> None:
    assert credited("The panel came loose in the storm.") == []

"""A transcript's line belongs to its label's speaker, and the words after the label may credit
someone else: "ANCHOR: The airport's chief executive, Leon Brask, had earlier said: ..." credits
the anchor's line and Brask's words.

Text and names are invented.
"""

from __future__ import annotations

from consistency.extract.attributions import find_attributions
from consistency.text import split_sentences

TEXT = """ANCHOR: Good evening, a drone closed the airport for three hours today.

ANCHOR: The airport's chief executive, Leon Brask, had earlier said: "Flying a drone near a runway is a crime."

REPORTER: Police have not found the pilot.

REPORTER: The runway reopened at six.
"""


def test_a_label_and_a_speaker_it_quotes() -> None:
    sources = [m.value.source for m in find_attributions(TEXT, split_sentences(TEXT))]
    assert "Leon Brask" in sources
    assert sources.count("ANCHOR") == 2

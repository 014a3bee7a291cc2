"""A speaker heard once on a live page or in a transcript is a speaker when the text names her in ordinary case
elsewhere: "Jessamine Tuppen of the port authority on the quay:" then "TUPPEN: ..." (consistency/extract/
_attribution_lines.py, ``_named_elsewhere``). A label no name of the text ends in, heard once, stays no
speaker (a dateline, a page's own heading).

Text and names are invented.
"""

from __future__ import annotations

from consistency.extract.attributions import find_attributions
from consistency.text import split_sentences

LIVE = """# Live: the Hessle ferry terminal opens

10:00 The first ferry is in. Jessamine Tuppen of the port authority on the quay:

TUPPEN: This terminal will carry a million passengers a year.

10:40 Queues at the ticket desks.
"""


def sources(text: str) -> list[str]:
    return [m.value.source for m in find_attributions(text, split_sentences(text))]


def test_a_label_the_page_names_in_full_is_a_speaker() -> None:
    assert "TUPPEN" in sources(LIVE)


def test_a_label_no_name_ends_in_is_no_speaker() -> None:
    assert "QUAYSIDE" not in sources(LIVE.replace("TUPPEN:", "QUAYSIDE:"))

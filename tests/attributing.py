"""Who a text credits and with which cue, as the attribution tests read it (shared by several files)."""

from __future__ import annotations

from consistency.extract.attributions import ALL_KINDS, find_attributions
from consistency.text import split_sentences


def credited(text: str) -> list[tuple[str, str]]:
    """(source as displayed, cue as written) of every attribution found in ``text``."""
    found = find_attributions(text, split_sentences(text), kinds=ALL_KINDS)
    return [(m.value.source, text[m.cue_start : m.cue_end]) for m in found]

"""The sources the attribution extractor credits in a text: what the attribution form tests compare."""

from __future__ import annotations

from consistency.extract.attributions import find_attributions
from consistency.text import split_sentences


def sources(text: str) -> list[str]:
    return [m.value.source for m in find_attributions(text, split_sentences(text))]

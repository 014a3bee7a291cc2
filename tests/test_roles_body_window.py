"""``written_as_body`` reads the window before a name from where a match can start only (consistency/roles.py,
``_body_around``): these pin it to the plain reading, a search of the whole window, on the edges the shortcut
depends on (white space and commas between the noun and the name, a noun at the window's edge, case, a noun
inside a longer word, a role's body named before the noun).

The names and sentences are invented.
"""

from __future__ import annotations

import itertools

import pytest

from consistency import roles
from consistency.roles import written_as_body


def _plain_reading(text: str, at: int, end: int) -> bool:
    """``_body_around`` as it read before the shortcut: every pattern searched over the whole window."""
    before, after = text[max(0, at - roles._AROUND) : at], text[end : end + roles._AROUND]
    if roles._AFTER_BODY.match(after) or roles._ITS_AFTER.match(after) or roles._HEAD_OF_BEFORE.search(before):
        return True
    if roles._THE_BEFORE.search(before) and roles._STANDS_ALONE.match(after):
        return True
    kind = roles._KIND_BEFORE.search(before)
    # (a role's body set off by a comma before the name: "the head of the water authority, Drochmere Fenlowe")
    return kind is not None and not (kind.group(0).rstrip().endswith(",") and roles._OF_BEFORE.search(before, 0, kind.start()))


NAME = "Drochmere Fenlowe"
LEADS = [
    "", "The ", "the region's largest ", "head of the ", "the head of the water ", "A subtrust ", "x" * 70 + " ",
    "the " + "y" * 52 + " ", "Orchards near Pellam and the ", "the chief executive of the ",
]
NOUNS = ["cooperative", "Cooperative", "COOPERATIVE", "trust", "grower", "authority", "orchard", "pharmaceuticals", ""]
GAPS = [" ", ",  ", ",\n", " \n\n ", "\t", "", ", ", ",", "  ,  "]


@pytest.mark.parametrize("lead", LEADS)
def test_the_shortcut_reads_every_window_as_the_whole_search_does(lead: str) -> None:
    for noun, gap in itertools.product(NOUNS, GAPS):
        text = f"{lead}{noun}{gap}{NAME} said on Friday that the orchard would stay open."
        at = text.index(NAME)
        assert roles._body_around(text, at, at + len(NAME)) == _plain_reading(text, at, at + len(NAME)), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cooperative,\n\n Drochmere Fenlowe, cut its prices.", True),
        ("The region's largest grower   Drochmere Fenlowe opened a glasshouse.", True),
        ("A subgrower Drochmere Fenlowe opened a glasshouse.", False),
        ("The head of the water authority, Drochmere Fenlowe, resigned.", False),
        ("Nobody at the meeting named Drochmere Fenlowe as the new treasurer.", False),
    ],
)
def test_names_written_after_a_kind_of_body(text: str, expected: bool) -> None:
    assert written_as_body(NAME, [text]) is expected

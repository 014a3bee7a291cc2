"""An inverted attribution whose speaker is described, then named between commas: the name speaks.

Sentences and names are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.engine import extract_facts
from consistency.model import Article, Attribution


def sources(sentence: str) -> list[tuple[str, bool]]:
    article = Article(id="a", path="a.md", outlet="Velmora Courier", body="# Headline\n\n" + sentence, published=dt.date(2031, 3, 5))
    facts, _ = extract_facts(article)
    return [(f.value.source, f.value.named) for f in facts if isinstance(f.value, Attribution)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ('"The men never raised their voices," said a teller, Oda Brenn, 52.', "Oda Brenn"),
        ('"Nobody expected the wall of water," said the mine\'s safety officer, Tomas Vell.', "Tomas Vell"),
    ],
)
def test_the_name_apposed_to_a_description_is_the_speaker(sentence: str, name: str) -> None:
    assert (name, True) in sources(sentence)


def test_a_description_with_no_name_stays_unnamed() -> None:
    assert sources('"The men never raised their voices," said a teller, who asked not to be named.')[0][1] is False

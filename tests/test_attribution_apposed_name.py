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


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ('"This is a pause, not a peace," said Halvik\'s chief mediator, Anne Duval.', "Anne Duval"),
        ('"The storm is not over yet," said the centre\'s lead forecaster, Dr Ivo Kastel-Brenn.', "Ivo Kastel-Brenn"),
        ('"The boat was far too full," said the commander of the Tornby coastguard, Ivo Kastel.', "Ivo Kastel"),
        # an owner of two or three words: "Quellby Port's", "North Halvik Water's"
        ('"We are shaken," said Tornby Port\'s managing director, Anja Rell-Okafor.', "Anja Rell-Okafor"),
        ('"We are shaken," said North Halvik Water\'s chief executive, Ivo Kastel, on a visit.', "Ivo Kastel"),
    ],
)
def test_a_description_that_names_its_owner_then_the_name(sentence: str, name: str) -> None:
    """The description may name whose role it is ("Halvik's chief mediator") or run on ("the
    commander of the Tornby coastguard"): the name after its comma is still the speaker."""
    assert (name, True) in sources(sentence)


def test_a_place_after_a_place_is_no_apposed_speaker() -> None:
    """ "the mayor of the town, Halvik": one word after the comma is read as a place, not a name."""
    assert ("Halvik", True) not in sources('"We will rebuild," said the mayor of the town, Halvik.')


@pytest.mark.parametrize(
    "sentence",
    [
        '"Bills remain far too high," said Mira Haral-Nkemo of the consumer group Fair Power.',
        '"Bills remain far too high," said Mira Haral-Nkemo of the consumer group Fair Power in a statement.',
        '"Bills remain far too high," said economist Mira Haral-Nkemo of the institute.',
    ],
)
def test_the_body_a_person_speaks_for_follows_the_inverted_speaker(sentence: str) -> None:
    """ "said X of the group Y": X speaks, for Y."""
    assert sources(sentence) == [("Mira Haral-Nkemo", True)]


def test_a_longer_description_opening_the_sentence_then_the_name() -> None:
    """Up to nine words after an article describe the name apposed to them."""
    text = "An independent network of private weather stations, Kestra, said one sensor had recorded 46.4C."
    assert sources(text) == [("Kestra", True)]

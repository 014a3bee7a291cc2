"""A definite age ("the 62-year-old") refers back to the person its article names (consistency/align.py).

The articles are invented: an appeal by a former harbour master, Ansel Vreeland.
"""

from __future__ import annotations

import datetime as dt

from consistency.align import align_event
from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.model import Article, Event, Fact

DAY = dt.date(2031, 3, 5)

NAMED = "Vreeland, 58, was jailed last year for taking bribes from shipping agents at the harbour."


def article(article_id: str, text: str) -> tuple[Article, list[Fact]]:
    art = Article(id=article_id, path=f"{article_id}.txt", outlet=article_id, body=text, published=DAY)
    facts, _ = extract_facts(art, id_prefix=f"{article_id}.")
    return art, frame_facts(art, facts)


def slot_of_age(*texts: str) -> list[set[str]]:
    """The figure slots holding an age, as sets of article ids."""
    arts, facts = {}, []
    for n, text in enumerate(texts):
        art, found = article(f"a{n}", text)
        arts[art.id] = art
        facts += found
    event = Event(id="e1", label="appeal", article_ids=tuple(arts))
    ages = {f.id for f in facts if f.frame and f.frame.growth_per_year}
    return [
        {f.split(".")[0] for f in alignment.fact_ids if f in ages}
        for alignment in align_event(event, arts, facts)
        if ages & set(alignment.fact_ids)
    ]


def test_the_n_year_old_joins_the_age_of_the_person_its_article_names() -> None:
    definite = (
        "A court dismissed the appeal of former harbour master Ansel Vreeland on Tuesday. "
        "The 59-year-old showed no emotion as the ruling was read out."
    )
    slots = slot_of_age(NAMED, NAMED + " He denies it.", definite)
    assert {"a0", "a1", "a2"} in slots


def test_an_indefinite_age_or_an_article_naming_no_one_stays_apart() -> None:
    indefinite = (
        "A court dismissed the appeal of former harbour master Ansel Vreeland on Tuesday. "
        "A 59-year-old showed no emotion as the ruling was read out."
    )
    unnamed = "A court dismissed an appeal on Tuesday. The 59-year-old showed no emotion as the ruling was read out."
    for other in (indefinite, unnamed):
        slots = slot_of_age(NAMED, NAMED + " He denies it.", other)
        assert {"a0", "a1"} in slots and not any("a2" in slot and len(slot) > 1 for slot in slots), slots

"""Counts of one noun no measure names, one per outlet (consistency/align.py, ``_one_count_each``).

The articles are invented: a ferry strike at the port of Ostrevan.
"""

from __future__ import annotations

import datetime as dt

from consistency.engine import run_articles
from consistency.model import Article

DAY = dt.datetime(2031, 6, 12, 18, 0)


def slots_of(bodies: dict[str, str], word: str) -> list[set[str]]:
    """The outlets of each figure slot that holds a fact whose sentence says ``word``."""
    articles = [Article(id=k, path=f"{k}.md", outlet=k, body=v, published=DAY) for k, v in bodies.items()]
    result = run_articles(articles)
    facts = {f.id: f for f in result.facts}
    return [
        {facts[i].article_id for i in s.fact_ids}
        for s in result.alignments
        if s.kind == "figure" and any(word in facts[i].sentence for i in s.fact_ids)
    ]


def test_one_count_per_outlet_told_in_different_sentences_is_one_claim() -> None:
    bodies = {
        "wire": "OSTREVAN, June 12 - A strike by Halvmark Ferries crews halted every sailing from Ostrevan on "
        "Thursday, forcing the company to cancel 340 crossings and leaving some 180,000 passengers without a "
        "way home.",
        "paper": "Halvmark Ferries crews walked out at dawn on Thursday and no ship left Ostrevan all day. "
        "Roughly 180,000 passengers were affected, and coastguards escorted two freighters.",
        "radio": "Halvmark Ferries crews struck at Ostrevan on Thursday. Sailings resumed at 7pm, eleven hours "
        "after the walkout began, and some 130,000 passengers were caught up in the disruption, the port "
        "authority said.",
    }
    found = slots_of(bodies, "passengers")
    assert {"wire", "paper", "radio"} in found  # the radio's 130,000 set beside the others' 180,000


def test_counts_far_apart_stay_in_their_own_contexts() -> None:
    # "21 crew" taken off one ship and "one crew member" searched for from another: one noun, two claims
    bodies = {
        "wire": "OSTREVAN, June 12 - A strike by Halvmark Ferries crews halted every sailing from Ostrevan on "
        "Thursday. All 21 crew of the Ostrevan Star were taken off by launch.",
        "paper": "Halvmark Ferries crews walked out at dawn on Thursday and no ship left Ostrevan all day. The "
        "search for one crew member of a second ferry, the Brisk, was called off at dusk.",
    }
    found = slots_of(bodies, "crew")
    assert {"wire"} in found and {"paper"} in found

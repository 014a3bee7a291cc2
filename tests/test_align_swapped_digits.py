"""Two outlets' exact amounts whose digits differ by a swap (consistency/align.py, ``_join_precise_figures``).

The articles are invented: a new bridge over the river Temm at Harrowfield.
"""

from __future__ import annotations

import datetime as dt

from consistency.engine import run_articles
from consistency.model import Article

DAY = dt.datetime(2033, 9, 3, 17, 0)


def figure_slots(bodies: dict[str, str]) -> list[set[str]]:
    """Each figure slot as the set of its facts' texts, prefixed with their outlets."""
    articles = [Article(id=k, path=f"{k}.md", outlet=k, body=v, published=DAY) for k, v in bodies.items()]
    result = run_articles(articles)
    assert len(result.events) == 1
    facts = {f.id: f for f in result.facts}
    return [
        {f"{facts[i].article_id}:{facts[i].text}" for i in s.fact_ids} for s in result.alignments if s.kind == "figure"
    ]


def test_an_amount_of_money_with_two_digits_swapped_is_that_outlets_version() -> None:
    bodies = {
        "wire": "HARROWFIELD, Sept 3 - The Temm footbridge at Harrowfield opened on Wednesday. The span, "
        "costing 3.4 million euros, links the old town with the station.",
        "paper": "Harrowfield's Temm footbridge opened to walkers on Wednesday morning. The €3.4m crossing "
        "took two years to build.",
        "radio": "Walkers crossed the new Temm footbridge at Harrowfield for the first time on Wednesday. The "
        "town council paid €4.3 million for the project, the mayor said.",
    }
    slots = figure_slots(bodies)
    assert any({"wire:3.4 million euros", "paper:€3.4m", "radio:€4.3 million"} <= slot for slot in slots)


def test_counts_with_two_digits_swapped_stay_apart() -> None:
    # "12" walkers hurt and "21" taken to hospital: small counts share digits by chance
    bodies = {
        "wire": "HARROWFIELD, Sept 3 - The Temm footbridge at Harrowfield opened on Wednesday. Twelve walkers "
        "were hurt in a crush at the opening.",
        "paper": "Harrowfield's Temm footbridge opened to walkers on Wednesday morning. Ambulances took 21 "
        "people to hospital after the opening.",
    }
    slots = figure_slots(bodies)
    assert not any(any(t.startswith("wire:") for t in slot) and any(t.startswith("paper:") for t in slot) for slot in slots)


def test_counts_of_one_named_thing_with_two_digits_swapped_meet_whatever_verb_framed_them() -> None:
    # "took on 38 pickers" and "hired 83 pickers": two frames, one thing counted, the digits swapped
    bodies = {
        "wire": "OXTUVEL, Sept 3 - The vineyard at Oxtuvel took on 38 pickers for the harvest this week, the "
        "owner said. Picking began on Monday.",
        "paper": "The Oxtuvel vineyard hired 83 pickers for the harvest, its owner said on Wednesday. Picking "
        "began on Monday.",
    }
    slots = figure_slots(bodies)
    assert any({"wire:38", "paper:83"} <= slot for slot in slots)

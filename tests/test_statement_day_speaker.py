"""A statement's day after a verb of saying no attribution holds is not the credited source's day.

The articles are invented: a cloud company announcing a campus near the town of Orlund.
"""

from __future__ import annotations

import datetime as dt

from consistency.engine import run_articles
from consistency.model import Article


def test_an_announcement_dated_in_a_clause_of_its_own_is_the_news_other_outlets_date() -> None:
    # The third outlet's "announced on Tuesday" dates the company's announcement, though its sentence
    # credits the grid operator (who spoke on Thursday): it is that outlet's day of the news, in conflict.
    bodies = [
        ("Halcyra Cloud said on Monday it would build a data-centre campus near Orlund worth 4 billion euros, "
         "with 900 jobs.", dt.date(2047, 11, 4)),
        ("Halcyra Cloud announced on Monday that it will build a data-centre campus near Orlund for 4 billion "
         "euros. Construction starts next spring.", dt.date(2047, 11, 4)),
        ("Halcyra Cloud's campus near Orlund, announced on Tuesday, will need a new power line, the grid "
         "operator Nordnet said on Thursday.", dt.date(2047, 11, 7)),
    ]
    result = run_articles([
        Article(id=f"c{n}.txt", path=f"c{n}.txt", outlet=f"Outlet {n}", body=body, published=day)
        for n, (body, day) in enumerate(bodies)
    ])
    assert len(result.events) == 1
    text = {f.id: f.text for f in result.facts}
    (finding,) = [fi for fi in result.findings if fi.kind == "date" and "Tuesday" in {text[i] for i in fi.fact_ids}]
    assert sorted(text[i] for i in finding.fact_ids) == ["Monday", "Monday", "Tuesday"]
    assert finding.status == "conflict"

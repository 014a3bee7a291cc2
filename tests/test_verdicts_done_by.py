"""One outlet tells the latest day a thing is done ("hoped to be back at the hut by Saturday"), another the plain
day it was done, a few days before ("were back at the hut on Friday"): done by then, as the first said, so the
two are compatible (``_done_by`` in consistency/checks/comparisons.py). A day after the bound is still a
conflict, and so is a day another role word tells ("until Friday").

The articles are invented: a climbing team on the Drossel glacier.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.engine import run_articles
from consistency.model import Article


def verdict(first: str, second: str) -> tuple[str, str] | None:
    result = run_articles([
        Article(id="a", path="a.md", outlet="Drossel Wire", body=first, published=dt.datetime(2061, 5, 11, 18, 0)),
        Article(id="b", path="b.md", outlet="Yelkwater Gazette", body=second, published=dt.datetime(2061, 5, 11, 19, 0)),
    ])
    texts = {f.id: f.text for f in result.facts}
    for finding in result.findings:
        if finding.kind != "date":
            continue
        for pair in finding.pairs or ():
            if {texts[i] for i in pair.fact_ids} & {"Saturday", "Sunday"}:
                return pair.status, pair.cause
    return None


LEAD = "The Drossel glacier team of six climbers {verb} back at the lower hut {when}, their organisers said."


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        # (published on Wednesday May 11: "by Saturday" ahead is May 14, "on Friday" May 13)
        (LEAD.format(verb="hoped to be", when="by Saturday"), LEAD.format(verb="will be", when="on Friday"), "compatible"),
        (LEAD.format(verb="hoped to be", when="by Saturday"), LEAD.format(verb="will be", when="on Sunday"), "conflict"),
        (LEAD.format(verb="will stay", when="on Saturday"), LEAD.format(verb="will be", when="on Friday"), "conflict"),
    ],
)
def test_a_day_before_a_by_day_is_done_by_it(first: str, second: str, status: str) -> None:
    found = verdict(first, second)
    assert found is not None and found[0] == status

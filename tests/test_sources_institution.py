"""An unnamed source that is one body ("the fire service", "the fund") is no anonymous speaker
(consistency/checks/comparisons.py, ``_institution``): a named person beside it is its voice only when the
person's own words tie them to it; otherwise the two are two sources.

The articles are invented: a warehouse fire and a pension fund's quarter in Yzelmoor.
"""

from __future__ import annotations

import datetime as dt

from consistency.engine import run_articles
from consistency.model import Article, PairVerdict

DAY = dt.datetime(2071, 3, 4, 18, 0)


def source_pairs(bodies: dict[str, str]) -> list[PairVerdict]:
    articles = [Article(id=k, path=f"{k}.md", outlet=k, body=v, published=DAY) for k, v in bodies.items()]
    return [p for f in run_articles(articles).findings if f.kind == "attribution" for p in f.pairs]


def test_a_person_of_another_body_beside_an_institution_is_another_source() -> None:
    pairs = source_pairs({
        "wire": "A warehouse fire in Yzelmoor was put out on Monday night. The blaze destroyed 14 lorries, said "
        "Zephrine Oviedra, who owns the haulage firm.",
        "radio": "Firefighters put out a warehouse fire in Yzelmoor on Monday night. The blaze destroyed 14 lorries, "
        "the fire service said.",
    })
    assert pairs and all(p.cause != "naming" for p in pairs)  # not "an unnamed source beside a named one"


def test_a_person_whose_words_tie_them_to_the_institution_is_its_voice() -> None:
    pairs = source_pairs({
        "wire": "The Yzelmoor pension fund lost 4% in the third quarter. \"The losses are behind us,\" the fund's "
        "investment chief, Ivo Tesmoyne, said on Monday.",
        "radio": "The Yzelmoor pension fund lost 4% in the third quarter. \"The losses are behind us,\" the fund "
        "said on Monday.",
    })
    assert [(p.status, p.cause, p.detail) for p in pairs] == [
        ("compatible", "naming", "the body and a source its own words tie to it")
    ]


def test_anonymous_sources_beside_a_named_one_stay_compatible() -> None:
    pairs = source_pairs({
        "wire": "The Yzelmoor pension fund lost 4% in the third quarter, officials said on Monday.",
        "radio": "The Yzelmoor pension fund lost 4% in the third quarter, Ivo Tesmoyne said on Monday.",
    })
    assert [(p.status, p.cause) for p in pairs] == [("compatible", "naming")]

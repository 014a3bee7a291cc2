"""Grouping keeps nothing from one corpus to the next: the look-alike count runs fifty sets in one process, each
under the same article ids ("x", "other0"), so anything kept between calls under an id, a text or a fact would make
one set's count depend on the sets before it."""

from __future__ import annotations

import datetime as dt

from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.group import group_articles
from consistency.model import Article, Fact

# Invented reports, two corpora written under the same ids: a grain silo's collapse and a look-alike a year on;
# a ferry's engine fire and a look-alike in another port.
SILO = [
    ("r0", dt.date(2301, 4, 11), "Grain silo collapses at Dornveld mill",
     "A grain silo at the Dornveld co-operative mill gave way on Wednesday and buried two loaders, the mill's "
     "manager Ilse Varnhout said. Firemen dug for six hours."),
    ("r1", None, "Two loaders buried as silo gives way",
     "Rescuers have pulled two loaders alive from under tonnes of barley after a silo at a mill gave way."),
    ("r2", dt.date(2301, 4, 12), "Dornveld mill shut after silo fall",
     "The Dornveld co-operative said yesterday that its mill would stay shut while inspectors checked the "
     "other silos, a day after one collapsed on two loaders."),
    ("x", None, "Silo splits at Dornveld mill",
     "A silo at the Dornveld co-operative mill split open on a Monday, spilling wheat over the yard, and no one "
     "was hurt, the co-operative said."),
]
FERRY = [
    ("r0", dt.date(2302, 9, 3), "Fire in ferry engine room off Kessmark",
     "Fire broke out in the engine room of the ferry Aldis Grey off Kessmark on Saturday and her 212 "
     "passengers were taken off by lifeboat, the coastguard said."),
    ("r1", dt.date(2302, 9, 4), "Aldis Grey towed into Kessmark",
     "Tugs towed the burnt-out ferry Aldis Grey into Kessmark yesterday, a day after her passengers were "
     "taken off."),
    ("r2", None, "Ferry passengers praise lifeboat crews",
     "Passengers taken off a burning ferry have thanked the lifeboat crews who reached them within the hour."),
    ("x", dt.date(2301, 2, 17), "Ferry fire at Ulmhaven",
     "A fire in the galley of the ferry Brenna Vey forced her back into Ulmhaven on Friday, the operator said."),
]


def _corpus(reports: list[tuple[str, dt.date | None, str, str]]) -> tuple[list[Article], dict[str, str], list[Fact]]:
    articles, texts, facts = [], {}, []
    for tag, day, title, body in reports:
        article = Article(id=tag, path=f"{tag}.md", outlet=f"Outlet {tag}", body=title + "\n\n" + body, published=day)
        found, cleaned = extract_facts(article, id_prefix=f"{tag}:")
        articles.append(article)
        texts[tag] = cleaned.text
        facts.extend(frame_facts(article, found))
    return articles, texts, facts


def _events(reports: list[tuple[str, dt.date | None, str, str]]) -> list[tuple[str, ...]]:
    articles, texts, facts = _corpus(reports)
    return [e.article_ids for e in group_articles(articles, texts, facts=facts)]


def test_a_corpus_groups_the_same_after_another_under_the_same_ids() -> None:
    silo_first = _events(SILO)
    ferry_between = _events(FERRY)
    assert _events(SILO) == silo_first
    assert _events(FERRY) == ferry_between

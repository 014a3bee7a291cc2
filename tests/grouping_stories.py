"""Grouping a handful of short invented reports, for the tests of one grouping rule each: every report is a
(publication day, headline, body) triple, background stories of other days are grouped beside them so that
the reports under test are not alone in the corpus, and only the groups of the reports under test are
returned."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.group import GroupingOptions, group_articles
from consistency.model import Article, Fact

Story = tuple[dt.date | None, str, str]  # (publication day, headline, body)


def grouped(
    reports: Sequence[tuple[str, Story]], background: Sequence[Story], options: GroupingOptions
) -> list[list[str]]:
    """The events of ``reports`` (tagged stories), by tag, sorted; the background stories' events left out."""
    articles: list[Article] = []
    facts: list[Fact] = []
    texts: dict[str, str] = {}
    tagged = [*reports, *((f"other{i}", story) for i, story in enumerate(background))]
    for tag, (day, title, body) in tagged:
        article = Article(id=tag, path=f"{tag}.md", outlet=f"Outlet {tag}", body=title + "\n\n" + body, published=day)
        found, cleaned = extract_facts(article, id_prefix=f"{tag}:")
        articles.append(article)
        facts.extend(frame_facts(article, found))
        texts[tag] = cleaned.text
    events = group_articles(articles, texts, options, facts=facts)
    return sorted(sorted(e.article_ids) for e in events if not e.article_ids[0].startswith("other"))

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


# One race told by two reports of its day, and two stories of other days beside them: the reports the
# grouping-rule tests of a lone side story (tests/test_group_told_*.py, test_group_live_lines.py) add theirs to.
RACE_DAY = dt.date(2063, 6, 12)

RACE_WIRE = (
    RACE_DAY,
    "Ferrywoman wins coracle race on the Lintrow",
    "PELLBURY (Wire) - Ferrywoman Ysobel Wemslow won the coracle race on the river Lintrow at Pellbury on "
    "Tuesday, paddling the two-mile course in 41 minutes, the race's organisers said. Forty-two boats started.",
)
RACE_SECOND = (
    RACE_DAY,
    "Wemslow first home in Pellbury coracle race",
    "Ysobel Wemslow, a ferrywoman, won Pellbury's coracle race on the Lintrow on Tuesday, finishing the course "
    "in 41 minutes ahead of 41 other boats, organisers said.",
)

RACE_BACKGROUND = (
    (RACE_DAY - dt.timedelta(days=9), "Library extends opening hours", "The county library will open until eight on weekdays from April, its board said on Friday."),
    (RACE_DAY + dt.timedelta(days=6), "Choir wins regional prize", "A youth choir won the regional singing prize on Monday with a programme of folk songs."),
)


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

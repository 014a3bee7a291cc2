"""An audit's publication window: keep the articles published between --since and --until.

A weekly audit must not quietly mix in last month's articles, nor quietly keep articles whose date
is unknown: those are left out and named, with the reason, so the editor can date them or accept it.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence

from consistency.model import Article, Window


def select_window(articles: Sequence[Article], since: dt.date | None, until: dt.date | None) -> tuple[list[Article], Window]:
    """The articles published in ``since``..``until`` (both inclusive, either open) and the window's account."""
    kept: list[Article] = []
    excluded: list[tuple[str, str]] = []
    for article in articles:
        reason = _outside(article, since, until)
        if reason:
            excluded.append((article.path, reason))
        else:
            kept.append(article)
    return kept, Window(since=since, until=until, kept=len(kept), excluded=tuple(excluded))


def _outside(article: Article, since: dt.date | None, until: dt.date | None) -> str:
    """Why the article is not in the window; "" when it is."""
    if article.published is None:
        return "no publication date"
    first, last = published_days(article)
    if since is not None and last < since:
        return f"published {_shown(article)}, before {since.isoformat()}"
    if until is not None and first > until:
        return f"published {_shown(article)}, after {until.isoformat()}"
    if (since is not None and first < since) or (until is not None and last > until):
        return f"published {_shown(article)} (only the {article.published_precision} is known), which the window cuts"
    return ""


def published_days(article: Article) -> tuple[dt.date, dt.date]:
    """The first and last day the publication date may be: one day, or a whole month or year."""
    value = article.published
    assert value is not None
    day = value.date() if isinstance(value, dt.datetime) else value
    if article.published_precision == "month":
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if article.published_precision == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    return day, day


def _shown(article: Article) -> str:
    value = article.published
    assert value is not None
    day = value.date() if isinstance(value, dt.datetime) else value
    if article.published_precision == "month":
        return day.strftime("%Y-%m")
    if article.published_precision == "year":
        return str(day.year)
    return day.isoformat()

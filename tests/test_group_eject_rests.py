"""``_eject``'s rests: each report's rest, joined as the reports before it (in turn) and those after it (from
the last one back), reads exactly as the rest joined report by report in turn (``_filler``), on every table
linkage keeps. A join whose reading depended on how the joins nest (a first one kept, a count of joins)
would make the two differ, and this test fail."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from consistency import group as grouping
from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.ingest import load_articles
from consistency.model import Article, Fact
from consistency.protagonists import Written
from tests.test_group import QUAKE_2019, QUAKE_2024_A, QUAKE_2024_B, QUAKE_2024_C, make, quake_corpus

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _plain(value: Any) -> Any:
    """A reading as comparable data: name words joined under ``Written`` as the set of all of them."""
    if isinstance(value, Written):
        words: set[str] = set()
        stack: list[Any] = [value]
        while stack:
            part = stack.pop()
            if isinstance(part, Written):
                stack.extend(part.parts)
            else:
                words |= set(part)  # (a frozenset of name words, or a report's sorted own words)
        return ("written", frozenset(words))
    return value


def _corpus() -> list[Article]:
    # The quake reports told again by other outlets, some undated, so that groups of several reports form.
    again = [
        make(30 + n, outlet, day, story)
        for n, (outlet, day, story) in enumerate([
            ("Coast Herald", dt.date(2024, 3, 12), QUAKE_2024_B),
            ("Valley News", None, QUAKE_2024_A),
            ("Night Desk", dt.date(2024, 3, 13), QUAKE_2024_C),
            ("Coast Herald", dt.date(2019, 7, 2), QUAKE_2019),
            ("Valley News", None, QUAKE_2019),
        ])
    ]
    examples, _ = load_articles([EXAMPLES])
    return [*quake_corpus(), *again, *examples]


def test_eject_rests_as_joined_in_turn(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = _corpus()
    facts: list[Fact] = []
    texts: dict[str, str] = {}
    for article in articles:
        found, cleaned = extract_facts(article, id_prefix=f"{article.id}:")
        facts.extend(frame_facts(article, found))
        texts[article.id] = cleaned.text
    real = grouping._eject
    compared: list[int] = []

    def checked(members: dict[int, list[int]], size: dict[int, int], near: Any, own_reading: Any, tables: Any,
                join: Any, mean: Any, spare: int, options: Any, alone: Any = frozenset()) -> None:
        rest_id, scratch, turn_id = spare + 1, spare + 2, spare + 3
        fill = grouping._filler(tables, own_reading, join, size, scratch)
        for found in list(members.values()):
            if len(found) < 3:
                continue
            after = grouping._after(tables, own_reading, join, found, 1, rest_id, scratch)
            for at in range(len(found)):
                fill(turn_id, [j for j in found if j != found[at]])
                in_turn = [_plain(v) for v in grouping._held(tables, own_reading, turn_id)]
                if at:
                    fill(rest_id, found[:at])
                    if at + 1 < len(found):
                        grouping._put(tables, own_reading, scratch, after[at + 1])
                        join(rest_id, rest_id, scratch, True)
                else:
                    grouping._put(tables, own_reading, rest_id, after[1])
                assert [_plain(v) for v in grouping._held(tables, own_reading, rest_id)] == in_turn
                compared.append(len(found))
        for table in tables:
            for key in (rest_id, scratch, turn_id):
                table.pop(key, None)
        for key in (rest_id, turn_id):
            size.pop(key, None)
        real(members, size, near, own_reading, tables, join, mean, spare, options, alone)

    monkeypatch.setattr(grouping, "_eject", checked)
    options = dataclasses.replace(grouping.GroupingOptions(), eject=True)
    grouping.group_articles(articles, texts, options, facts=facts)
    assert compared and max(compared) >= 4  # groups of several reports were weighed

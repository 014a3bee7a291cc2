"""Two groups that alone in the corpus write one person's name, written within ``near_days`` of each other, are
one event (``GroupingOptions.person_joins``, ``group._join_by_person``): the escape and the capture
three days on name the one prisoner, while a look-alike shares its event's words and place, not its people. Every
name and sentence is made up."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.group import GroupingOptions, _join_by_person, _tfidf

DAY = dt.date(2044, 4, 11).toordinal()

TEXTS = [
    "Dacre Quillsby, 41, walked out of Fallowby jail on Monday when clerks confused his release date with another inmate's.",
    "Clerks at Fallowby jail confused the release dates of two inmates, the prison service said.",
    "Police arrested Dacre Quillsby at a flat in Estwater on Thursday, three days after he walked free.",
    "A man who shares nothing with the others opened a bakery in Estwater.",
]
BAGS = [{"dacre": 1.0, "quillsby": 1.0, "fallowby": 1.0}, {"fallowby": 1.0}, {"dacre": 1.0, "quillsby": 1.0,
        "estwater": 1.0}, {"estwater": 1.0}]


def _joined(days: list[int | None], texts: list[str] = TEXTS, clusters: list[list[int]] | None = None) -> list:
    return _join_by_person(
        clusters or [[0, 1], [2], [3]], _tfidf([dict(b) for b in BAGS]), texts,
        days, GroupingOptions(),
    )


def test_the_capture_three_days_on_joins_the_escape() -> None:
    assert sorted(map(sorted, _joined([DAY, DAY, DAY + 3, DAY]))) == [[0, 1, 2], [3]]


def test_two_weeks_apart_they_stay_two() -> None:
    assert sorted(map(sorted, _joined([DAY, DAY, DAY + 14, DAY]))) == [[0, 1], [2], [3]]


def test_a_group_with_no_day_of_its_own_joins_nothing() -> None:
    assert sorted(map(sorted, _joined([DAY, DAY, None, DAY]))) == [[0, 1], [2], [3]]


def test_a_name_a_third_group_writes_joins_nothing() -> None:
    clusters = [[0], [1], [2], [3]]
    bags_of_three = _join_by_person(
        clusters, _tfidf([{"quillsby": 1.0}, {"quillsby": 1.0}, {"quillsby": 1.0}, {}]), TEXTS,
        [DAY for _ in TEXTS], GroupingOptions(),
    )
    assert sorted(map(sorted, bags_of_three)) == [[0], [1], [2], [3]]


def test_people_already_read_are_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    # The pair scores read each report's people first; the joins by person take those readings as they stand.
    import consistency.group as group

    monkeypatch.setattr(group, "personal_names", lambda text: (_ for _ in ()).throw(AssertionError("read again")))
    people = {0: frozenset({"dacre", "quillsby"}), 1: frozenset(), 2: frozenset({"dacre", "quillsby"}), 3: frozenset()}
    joined = _join_by_person(
        [[0, 1], [2], [3]], _tfidf([dict(b) for b in BAGS]), TEXTS, [DAY, DAY, DAY + 3, DAY], GroupingOptions(),
        people.__getitem__,
    )
    assert sorted(map(sorted, joined)) == [[0, 1, 2], [3]]

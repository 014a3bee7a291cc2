"""The last look at a group the second looks took a report out of (``group._relink``): linkage weighed it against
the groups beside it only together with that report, so it is weighed again without it. Numbers stand for
reports; likeness is given directly, and ``mean`` here is the plain mean of the pairs (no dates, no rules)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from consistency.group import GroupingOptions, _relink


def _weigh(near: Mapping[int, Mapping[int, float]], apart: frozenset[frozenset[int]] = frozenset()):
    """``fill`` and ``mean`` as linkage's, over plain pair likeness; a pair of reports in ``apart`` sets the two
    groups holding them apart (a rule weighing them down to nothing)."""
    held: dict[int, list[int]] = {}

    def fill(target: int, articles: Sequence[int]) -> None:
        held[target] = list(articles)

    def mean(a: int, b: int, total: float) -> float:
        if any(frozenset((i, j)) in apart for i in held[a] for j in held[b]):
            return 0.0
        return total / (len(held[a]) * len(held[b]))

    return fill, mean


def _near(pairs: Mapping[tuple[int, int], float]) -> dict[int, dict[int, float]]:
    near: dict[int, dict[int, float]] = {}
    for (a, b), sim in pairs.items():
        near.setdefault(a, {})[b] = sim
        near.setdefault(b, {})[a] = sim
    return near


# Reports 0 and 1: a dated lead and its follow-up; 2 and 3: two undated side pieces of the same story; 4: a
# look-alike that linkage filed with 0 and 1 and a later look set apart.
PAIRS = {(0, 1): 0.5, (0, 2): 0.35, (0, 3): 0.2, (1, 2): 0.2, (1, 3): 0.1, (2, 3): 0.4, (0, 4): 0.6, (1, 4): 0.5}


def test_a_group_that_lost_a_look_alike_joins_the_reports_it_was_held_apart_from() -> None:
    members = {10: [0, 1], 11: [2, 3], 12: [4]}
    linked = [frozenset({0, 1, 4}), frozenset({2, 3})]
    fill, mean = _weigh(_near(PAIRS), frozenset({frozenset((4, 2)), frozenset((4, 3))}))
    _relink(members, linked, _near(PAIRS), fill, mean, (90, 91), GroupingOptions())
    assert sorted(map(sorted, members.values())) == [[0, 1, 2, 3], [4]]


def test_groups_linkage_left_whole_are_not_weighed_again() -> None:
    members = {10: [0, 1], 11: [2, 3], 12: [4]}
    linked = [frozenset({0, 1}), frozenset({2, 3}), frozenset({4})]
    fill, mean = _weigh(_near(PAIRS))
    _relink(members, linked, _near(PAIRS), fill, mean, (90, 91), GroupingOptions())
    assert sorted(map(sorted, members.values())) == [[0, 1], [2, 3], [4]]


def test_the_report_set_apart_is_not_taken_back_nor_does_it_move() -> None:
    # The look-alike 4 is close to 2 and 3 as well: it was set apart from 0 and 1, not from them, but what is
    # left of its group keeps the most of that group, and it is no such part.
    pairs = {**PAIRS, (2, 4): 0.6, (3, 4): 0.6}
    members = {10: [0, 1], 11: [2, 3], 12: [4]}
    linked = [frozenset({0, 1, 4}), frozenset({2, 3})]
    fill, mean = _weigh(_near(pairs))
    _relink(members, linked, _near(pairs), fill, mean, (90, 91), GroupingOptions())
    assert sorted(map(sorted, members.values())) == [[0, 1, 2, 3], [4]]
    # And a group holding a report taken out of another is never joined to what is left of that other.
    members = {10: [0, 1], 11: [4, 2, 3]}
    linked = [frozenset({0, 1, 4}), frozenset({2, 3})]
    _relink(members, linked, _near(pairs), fill, mean, (90, 91), GroupingOptions())
    assert sorted(map(sorted, members.values())) == [[0, 1], [2, 3, 4]]


def test_below_the_threshold_nothing_moves() -> None:
    pairs = {(0, 1): 0.5, (0, 2): 0.1, (1, 2): 0.05, (1, 3): 0.1, (2, 3): 0.4, (0, 4): 0.6}
    members = {10: [0, 1], 11: [2, 3], 12: [4]}
    linked = [frozenset({0, 1, 4}), frozenset({2, 3})]
    fill, mean = _weigh(_near(pairs))
    _relink(members, linked, _near(pairs), fill, mean, (90, 91), GroupingOptions())
    assert sorted(map(sorted, members.values())) == [[0, 1], [2, 3], [4]]

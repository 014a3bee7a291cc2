"""What a date is of, read from the word before it (consistency/date_roles.py, ``align._join_role_dates``):
outlets that each give one deadline ("until March 31", "until April 30") give versions of one deadline,
whatever happening their verbs name, and their difference is a claim to compare; a deadline told as moved
("extended until") is the plan's new date, and no version of the first: it has no role.

The articles are invented: a bay closed to trawlers while cod stocks recover.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency import date_roles
from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.model import Article
from tests.slot_findings import pair_statuses, run_one_event

DAY = dt.datetime(2049, 3, 9, 20)

BAY = {
    "a": "# Bay closed to trawlers\n\nTrawlers are banned from the bay until March 31, the harbour office said on "
         "Monday. The office first closed the bay in January after cod stocks fell.",
    "b": "# Trawlers kept out of the bay\n\nTrawlers may not fish in the bay until April 30 while cod stocks recover, "
         "the harbour office said on Monday. Fishermen protested on Saturday.",
    "c": "# Harbour office shuts bay to trawlers\n\nThe harbour office on Monday shut the bay to trawlers to let cod "
         "stocks recover.",
}


def date_pairs(bodies: dict[str, str]) -> dict[tuple[str, ...], str]:
    return pair_statuses(run_one_event(bodies, DAY), "date")


def test_two_outlets_deadlines_meet_whatever_their_verbs() -> None:
    # "banned ... until" and "may not fish ... until": one deadline, two months apart
    assert date_pairs(BAY).get(("a:March 31", "b:April 30")) == "conflict"


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("The toll applies until March 31.", "deadline"),
        ("Bids are due on 4 May.", "deadline"),
        ("The rules take effect on 1 July.", "start"),
        ("Fares have risen since 2031.", "since"),
        ("The ferry sailed on Monday.", None),
        ("The council extended the toll until March 31.", None),  # moved: the new date, not a version
    ],
)
def test_the_role_is_read_from_the_word_before_the_date(sentence: str, role: str | None) -> None:
    article = Article(id="x", path="x.md", outlet="Outlet x", body=sentence, published=DAY)
    dates = [f for f in frame_facts(article, extract_facts(article)[0]) if f.kind == "date"]
    assert [date_roles.role_of(f) for f in dates] == [role]


@pytest.mark.parametrize(
    ("sentence", "moved"),
    [
        ("The council will put back its levy on late-night takeaways in the old town to 1 July.", True),
        ("The board delayed the change to the harbour dues until 1 July.", True),
        ("The council moved its offices to Brennock on 1 July.", False),  # the day the offices moved: no target
        ("The levy takes effect on 1 July.", False),
    ],
)
def test_a_date_a_plan_moved_to(sentence: str, moved: bool) -> None:
    article = Article(id="x", path="x.md", outlet="Outlet x", body=sentence, published=DAY)
    dates = [f for f in frame_facts(article, extract_facts(article)[0]) if f.kind == "date"]
    assert [date_roles.moved_to(f) for f in dates] == [moved]


@pytest.mark.parametrize(
    ("sentence", "aside"),
    [
        ("The levy will start on 1 July rather than in the spring.", True),
        ("The levy will start on 1 July instead of 1 May.", True),
        ("The levy, lower rather than the planned one, will start on 1 July.", True),
        ("The levy will fall on boats rather than cars from 1 July.", False),  # cars are no plan; the day is not set aside
        ("The levy will start on 1 July.", False),
    ],
)
def test_a_date_told_in_place_of_a_plan(sentence: str, aside: bool) -> None:
    article = Article(id="x", path="x.md", outlet="Outlet x", body=sentence, published=DAY)
    dates = [f for f in frame_facts(article, extract_facts(article)[0]) if f.kind == "date"]
    assert [date_roles.sets_plan_aside(f) for f in dates][:1] == [aside]

"""A later report whose headline tells that a measure moved ("Ferry operator raises return fares") gives, for that
measure, the level after the move: an earlier report's different figure is the level before, an update, though the
later figure's own sentence names no change (``told_change.headline_changes``, ``comparisons._headline_tells_the_move``).
The headline must tie to the figure (a word of what moved near it), tell the way it moved, and come days after; a
figure told unchanged, or two reports of one day, stay a conflict. A day told with a comparison to what someone said
of it ("two weeks later than the council announced") is a plan moved (``comparisons._plan_moved``).

The articles are invented: ferries at Fazagusar, a toll road at Zegimoson.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.checks.told_change import headline_changes, load_kept_words, tied_to, told_kept
from consistency.engine import run_articles
from consistency.model import Article, Fact, Quantity

FIRST = "Fazagusar's ferry operator said on Monday that a return fare to the islands will cost 34 crowns from May."
LATER = "A return fare to the islands will cost 39 crowns from May, the ferry operator said on Tuesday."


def verdicts(
    first: str, later: str, title: str, *, days: int = 8, kind: str = "figure", first_title: str = "Fazagusar ferry fares set",
    early: dt.date = dt.datetime(2061, 3, 2, 9, 0),
) -> list[tuple[str, str | None]]:
    result = run_articles([
        Article(id="a", path="a.md", outlet="Morning Wire", body=first, title=first_title, published=early),
        Article(id="b", path="b.md", outlet="Evening Post", body=later, title=title, published=early + dt.timedelta(days=days)),
    ])
    return [(fi.status, fi.cause) for fi in result.findings if fi.kind == kind and fi.status != "unverified"]


def test_a_headline_telling_the_measure_raised_makes_the_later_figure_an_update() -> None:
    assert verdicts(FIRST, LATER, "Fazagusar ferry operator raises island fares") == [("compatible", "update")]


def test_a_headline_that_tells_no_move_leaves_a_conflict() -> None:
    assert verdicts(FIRST, LATER, "Fazagusar ferry operator names new captain")[0][0] == "conflict"


def test_a_headline_telling_the_other_way_leaves_a_conflict() -> None:
    # the fares were cut, says the headline: a figure that went up is not the level they were cut to
    assert verdicts(FIRST, LATER, "Fazagusar ferry operator cuts island fares")[0][0] == "conflict"


def test_a_headline_of_the_next_day_is_another_account_of_one_figure() -> None:
    assert verdicts(FIRST, LATER, "Fazagusar ferry operator raises island fares", days=1)[0][0] == "conflict"


def test_a_headline_change_of_another_measure_leaves_the_figure_a_conflict() -> None:
    # the move the headline tells is of the timetable, named nowhere near the fare
    assert verdicts(FIRST, LATER, "Fazagusar extends summer timetable")[0][0] == "conflict"


def test_a_figure_told_unchanged_is_no_level_moved_to() -> None:
    later = "The return fare to the islands stays at 39 crowns, the ferry operator said on Tuesday."
    assert verdicts(FIRST, later, "Fazagusar ferry operator raises island fares")[0][0] == "conflict"


@pytest.mark.parametrize(
    ("title", "direction", "word"),
    [
        ("Harbour board raises mooring fees", 1, "moor"),
        ("Tunnel repairs to cost more", 1, "repair"),
        ("Zegimoson toll road extended before opening", 1, "road"),
        ("Quarry town finds fewer damaged homes", -1, "damag"),
    ],
)
def test_headline_changes_reads_the_way_and_what_moved(title: str, direction: int, word: str) -> None:
    (change,) = headline_changes(title)
    assert change.direction == direction
    assert any(w.startswith(word) for w in change.about)


def test_more_than_in_a_headline_is_a_bound_not_a_change() -> None:
    assert headline_changes("Storm leaves more than 300 homes without power") == ()


def fact_in(sentence: str, figure: str) -> Fact:
    at = sentence.index(figure)
    return Fact(
        id="f1", article_id="a", kind="figure", text=figure, start=at, end=at + len(figure),
        sentence=sentence, sentence_start=0, sentence_end=len(sentence), value=Quantity(39.0, 39.0),
    )


def test_tied_to_reads_a_word_of_what_moved_near_the_figure() -> None:
    (change,) = headline_changes("Fazagusar ferry operator raises island fares")
    assert tied_to(change.about, fact_in(LATER, "39 crowns"))
    assert not tied_to(frozenset({"timetable"}), fact_in(LATER, "39 crowns"))


def test_told_kept_reads_the_figures_own_clause() -> None:
    assert ("unchanged",) in load_kept_words()
    assert told_kept(fact_in("The fine is unchanged at 39 crowns.", "39 crowns"))
    assert not told_kept(fact_in("The fare will cost 39 crowns, and the old timetable stays.", "39 crowns"))


TOLL_FIRST = "Zegimoson's new toll road will open to traffic from June 20, the regional council announced on Monday."


def test_a_day_told_later_than_someone_said_is_a_plan_moved() -> None:
    later = "Zegimoson's new toll road will open to traffic from July 4, two weeks later than the regional council said."
    found = verdicts(TOLL_FIRST, later, "Zegimoson toll road opening", kind="date", first_title="Zegimoson toll road")
    assert ("compatible", "update") in found


def test_a_later_day_with_no_word_of_a_move_stays_a_conflict() -> None:
    later = "Zegimoson's new toll road will open to traffic from July 4, the regional council said."
    found = verdicts(TOLL_FIRST, later, "Zegimoson toll road opening", kind="date", first_title="Zegimoson toll road")
    assert ("conflict", "error") in found or any(status == "conflict" for status, _ in found)


def test_a_headline_that_moves_the_day_makes_the_later_day_an_update() -> None:
    later = "Zegimoson's new toll road will open to traffic from July 4, the regional council said."
    found = verdicts(TOLL_FIRST, later, "Zegimoson toll road opening put back", kind="date", first_title="Zegimoson toll road")
    assert ("compatible", "update") in found


def test_a_headline_that_moves_the_day_a_day_later_is_another_account() -> None:
    later = "Zegimoson's new toll road will open to traffic from July 4, the regional council said."
    found = verdicts(
        TOLL_FIRST, later, "Zegimoson toll road opening put back", kind="date", first_title="Zegimoson toll road", days=1
    )
    assert ("compatible", "update") not in found


def test_a_plan_for_the_evening_of_its_report_overtaken_by_a_later_day_done_is_an_update() -> None:
    # Saturday May 7's report: sailings could resume that evening; three days later: they resumed on Sunday May 8
    first = "Fazagusar ferries could resume this evening once the storm passes, the ferry operator said."
    later = "Fazagusar ferries resumed on May 8 once the storm passed, the ferry operator said."
    found = verdicts(first, later, "Fazagusar ferries back after storm", kind="date",
                     first_title="Storm halts Fazagusar ferries", early=dt.date(2061, 5, 7), days=3)
    assert ("compatible", "update") in found


def test_a_past_day_told_earlier_than_someone_said_corrects_the_teller() -> None:
    # of a day already past, "two days earlier than the council said" says the council gave a wrong day: no plan moved
    first = "Zegimoson's toll road bridge was closed on June 12 after a crack was found, the regional council said."
    later = "Zegimoson's toll road bridge was closed on June 10, two days earlier than the regional council said, after a crack was found."
    found = verdicts(first, later, "Zegimoson bridge crack", kind="date", first_title="Zegimoson bridge shut",
                     early=dt.date(2061, 6, 14), days=6)
    assert ("compatible", "update") not in found

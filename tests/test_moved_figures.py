"""A later report's figure, a modest step above the one every earlier outlet gave, with the slot's outlets split
cleanly by time, tells the story moved on: an update (``consistency.checks.moved_figures``,
``comparisons._moved_later``). Two outlets of one time that disagree, a first figure one outlet alone gave, a later
report quoting the earlier figure beside its own, a step too large, a typing slip's shape and measures that do not
move (a length, a duration) stay conflicts.

The articles are invented: a relief fund in Brandish Vale after a storm.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from consistency.checks import comparisons
from consistency.checks.moved_figures import (
    Reading,
    first_readings_told,
    load_moved_figures,
    moved_on,
    replaced_numbers_told,
    told_counted_over,
    told_earlier,
    told_instead_of_plan,
    told_standing,
    written_in,
)
from consistency.engine import RunOptions, run_articles
from consistency.errors import RuleError
from consistency.model import Article, Fact, Quantity

START = dt.datetime(2071, 3, 2, 9, 0)


def figure_verdicts(*bodies: tuple[str, float], options: RunOptions | None = None) -> list[tuple[str, str | None]]:
    """The figure pair verdicts of articles given as (body, days after the first report)."""
    outlets = ("Kellmoor Courier", "Brandish Vale Post", "Tarnwick Wire", "Osselby Radio")
    articles = [
        Article(id=f"a{i}", path=f"a{i}.md", outlet=outlets[i], body=body, published=START + dt.timedelta(days=days))
        for i, (body, days) in enumerate(bodies)
    ]
    result = run_articles(articles, options)
    return sorted(
        (p.status, p.cause)
        for fi in result.findings if fi.kind == "figure" and fi.status != "unverified"
        for p in fi.pairs if p.representative
    )


def told(amount: str, day: str) -> str:
    return f"The Brandish Vale relief fund has collected {amount} crowns for families hit by the storm, its treasurer said on {day}."


def test_a_bill_every_early_outlet_gave_then_a_modest_step_a_week_later_is_an_update() -> None:
    verdicts = figure_verdicts((told("5.4 million", "Monday"), 0), (told("5.4 million", "Monday"), 0.3),
                               (told("6.9 million", "Tuesday"), 7))
    assert verdicts == [("agree", "equal"), ("compatible", "update"), ("compatible", "update")]


def test_a_first_figure_one_outlet_alone_gave_stays_a_conflict() -> None:
    verdicts = figure_verdicts((told("5.4 million", "Monday"), 0), (told("6.9 million", "Tuesday"), 7))
    assert [status for status, _ in verdicts] == ["conflict"]


def test_the_same_days_figures_disagreeing_stay_a_conflict() -> None:
    # two outlets of the later day give two figures: not one story that moved
    verdicts = figure_verdicts((told("5.4 million", "Monday"), 0), (told("5.4 million", "Monday"), 0.3),
                               (told("6.9 million", "Tuesday"), 7), (told("5.4 million", "Tuesday"), 7.1))
    assert all(status != "compatible" for status, _ in verdicts)


def test_a_later_report_quoting_the_earlier_figure_beside_its_own_stays_a_conflict() -> None:
    beside = told("6.9 million", "Tuesday") + " A rival count by the parish gave 5.4 million."
    verdicts = figure_verdicts((told("5.4 million", "Monday"), 0), (told("5.4 million", "Monday"), 0.3), (beside, 7))
    assert ("compatible", "update") not in verdicts


def test_a_step_too_large_stays_a_conflict() -> None:
    verdicts = figure_verdicts((told("5.4 million", "Monday"), 0), (told("5.4 million", "Monday"), 0.3),
                               (told("9.7 million", "Tuesday"), 7))
    assert ("compatible", "update") not in verdicts


def reading(x: float, day: int, unit: str | None = "SEK", key: str | None = None) -> Reading:
    return Reading(dt.date(2071, 3, 2 + day), Quantity(x, x, unit), key or f"{x} {unit}")


def test_the_reading_itself() -> None:
    first, second, later = reading(5.4e6, 0), reading(5.4e6, 0), reading(6.9e6, 7)
    timeline = [first, second, later]
    assert moved_on(later, first, timeline)
    assert not moved_on(first, later, timeline)  # the earlier report is never the one that moved
    too_soon = reading(6.9e6, 1)
    assert not moved_on(too_soon, first, [first, second, too_soon])
    going_back = reading(5.4e6, 9)
    assert not moved_on(later, first, [*timeline, going_back])  # an outlet after it went back to the first figure
    stood_before = reading(6.9e6, 0, key="6.9 million, said early")
    assert not moved_on(later, first, [*timeline, stood_before])  # the later figure stood before: two accounts


@pytest.mark.parametrize(
    "earlier, later, unit",
    [
        (4120.0, 4180.0, None),  # one digit apart: a slip's shape
        (2.32e9, 3.2e9, "SEK"),  # one digit dropped
        (12.0, 14.0, "km"),  # a length does not move over a story
        (95.0, 110.0, "min"),  # nor a duration
    ],
)
def test_slips_and_fixed_measures_are_not_read_as_moves(earlier: float, later: float, unit: str | None) -> None:
    first, second, last = reading(earlier, 0, unit), reading(earlier, 0, unit), reading(later, 7, unit)
    assert not moved_on(last, first, [first, second, last])


def test_counts_and_sums_are_read() -> None:
    first, second, last = reading(380.0, 0, None), reading(380.0, 1, None), reading(455.0, 6, None)
    assert moved_on(last, first, [first, second, last])


def test_a_figure_written_in_another_text() -> None:
    assert written_in("5.4 million crowns", "an earlier estimate of 5.4 million left out")
    assert not written_in("5.4 million crowns", "now 15.4 million")
    assert not written_in("7 jobs", "7 of them")  # one digit is too common to tell


def test_the_shipped_vocabulary_loads() -> None:
    words = load_moved_figures()
    assert words.days_apart >= 1 and words.grows_below > 1 and words.first_told_by >= 1
    assert {"count", "money"} <= words.moving and "length" not in words.moving


@pytest.mark.parametrize(
    "text, message",
    [
        ("days_apart: 0\ngrows_below: 1.5\nfirst_told_by: 2\nmoving: [count]\n", "days_apart"),
        ("days_apart: 3\ngrows_below: 0.9\nfirst_told_by: 2\nmoving: [count]\n", "grows_below"),
        ("days_apart: 3\ngrows_below: 1.5\nfirst_told_by: 0\nmoving: [count]\n", "first_told_by"),
        ("days_apart: 3\ngrows_below: 1.5\nfirst_told_by: 2\nmoving: count\n", "moving"),
        ("days_apart: 3\ngrows_below: 1.5\nfirst_told_by: 2\nmoving: [count]\nsoon: 1\n", "soon"),
        ("grows_below: 1.5\nfirst_told_by: 2\nmoving: [count]\n", "days_apart"),
    ],
)
def test_a_bad_vocabulary_is_named(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "moved_figures.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleError, match=message):
        load_moved_figures(str(path))


# A later report's lower figure told as what is still left (``comparisons._left_later``): a backlog that shrinks as a
# story goes on. The articles are invented: grant claims at the Farrowdeep land office.


def backlog(count: str, tail: str, day: str) -> str:
    return f"The Farrowdeep land office has {count} grant claims {tail} from farmers hit by the floods, its director said on {day}."


def test_a_lower_figure_told_as_still_left_days_later_is_an_update() -> None:
    verdicts = figure_verdicts(
        (backlog("8,400", "waiting for payment", "Monday"), 0), (backlog("8,400", "waiting for payment", "Monday"), 0.2),
        (backlog("6,100", "still waiting for payment", "Tuesday"), 7),
    )
    assert verdicts == [("agree", "equal"), ("compatible", "update"), ("compatible", "update")]


def test_a_lower_figure_some_earlier_outlet_already_gave_stays_a_conflict() -> None:
    # 6,100 stood beside 8,400 on the first day: two accounts, not a backlog that shrank
    verdicts = figure_verdicts(
        (backlog("8,400", "waiting for payment", "Monday"), 0), (backlog("8,400", "waiting for payment", "Monday"), 0.2),
        (backlog("6,100", "waiting for payment", "Monday"), 0.3), (backlog("6,100", "still waiting for payment", "Tuesday"), 7),
    )
    assert ("compatible", "update") not in verdicts


def test_a_lower_figure_told_as_still_left_the_same_day_stays_a_conflict() -> None:
    verdicts = figure_verdicts(
        (backlog("8,400", "waiting for payment", "Monday"), 0), (backlog("8,400", "waiting for payment", "Monday"), 0.2),
        (backlog("6,100", "still waiting for payment", "Monday"), 0.4),
    )
    assert ("compatible", "update") not in verdicts


# A later report's higher figure told as where the count stands now (``comparisons._risen_later``), a figure told as
# set in place of the planned one (``_instead_of_plan``) and one told with what was added since (``_told_with_its_
# increment``). The articles are invented: sea wall repairs and a ferry fare in Quendle, library closures in Tassendale.


def repairs(amount: str, verb: str, day: str) -> str:
    return f"Repairs to the Quendle sea wall {verb} about {amount} crowns, the harbour board said on {day}."


def test_a_higher_figure_told_as_standing_now_days_later_is_an_update() -> None:
    # (the first figures are hedged, so the untold move of ``_moved_later`` does not read them: "as of today" does)
    verdicts = figure_verdicts(
        (repairs("5.4 million", "will cost", "Monday"), 0), (repairs("5.4 million", "will cost", "Monday"), 0.2),
        (repairs("6.1 million", "will cost, as of today,", "Tuesday"), 7),
    )
    assert verdicts == [("agree", "equal"), ("compatible", "update"), ("compatible", "update")]


def test_a_higher_figure_told_without_the_standing_words_stays_a_conflict() -> None:
    verdicts = figure_verdicts(
        (repairs("5.4 million", "will cost", "Monday"), 0), (repairs("5.4 million", "will cost", "Monday"), 0.2),
        (repairs("6.1 million", "will cost", "Tuesday"), 7),
    )
    assert ("compatible", "update") not in verdicts and ("conflict", "error") in verdicts


def test_a_higher_figure_told_as_standing_now_the_next_day_stays_a_conflict() -> None:
    # two outlets a day apart disagree more often by a slip than by a move, whatever the later one says
    verdicts = figure_verdicts(
        (repairs("5.4 million", "will cost", "Monday"), 0), (repairs("5.4 million", "will cost", "Monday"), 0.2),
        (repairs("6.1 million", "will cost, as of today,", "Tuesday"), 1),
    )
    assert ("compatible", "update") not in verdicts and ("conflict", "error") in verdicts


def test_the_standing_words_are_read_in_the_figures_own_clause() -> None:
    sentence = "Donors have now given 6.1 million crowns; the council gave 300,000 so far."
    assert told_standing(sentence, sentence.index("6.1"), sentence.index(" crowns"))
    plain = "Donors gave 6.1 million crowns; the council has now given 300,000."
    assert not told_standing(plain, plain.index("6.1"), plain.index(" crowns"))


def fare(rise: str, tail: str, day: str) -> str:
    return f"The Quendle ferry line will raise its fares by {rise}{tail}, the company said on {day}."


def test_a_figure_told_as_set_in_place_of_the_planned_one_is_an_update() -> None:
    verdicts = figure_verdicts(
        (fare("12 percent", "", "Monday"), 0), (fare("12 percent", "", "Monday"), 0.2),
        (fare("8 percent", " rather than the planned rise", "Monday"), 4),
    )
    assert verdicts == [("agree", "equal"), ("compatible", "update"), ("compatible", "update")]


def test_another_figure_with_no_word_of_the_plan_stays_a_conflict() -> None:
    verdicts = figure_verdicts(
        (fare("12 percent", "", "Monday"), 0), (fare("12 percent", "", "Monday"), 0.2),
        (fare("8 percent", " from May", "Monday"), 4),
    )
    assert ("compatible", "update") not in verdicts and ("conflict", "error") in verdicts


def test_the_plan_words_are_read_right_after_the_figure() -> None:
    told = "Fares rise by 8% rather than the 12% first announced."
    assert told_instead_of_plan(told, told.index("8%") + 2)
    other = "Most riders chose 8 crossings rather than the bridge."
    assert not told_instead_of_plan(other, other.index("8 crossings") + 11)


def closures(count: str, tail: str, day: str) -> str:
    return f"Tassendale council will shut {count} libraries{tail}, it said on {day}."


def test_a_figure_told_with_what_was_added_since_the_earlier_one_is_an_update() -> None:
    verdicts = figure_verdicts(
        (closures("40", "", "Monday"), 0), (closures("40", "", "Monday"), 0.2),
        (closures("70", ", adding 30 to the first list", "Friday"), 4),
    )
    assert verdicts == [("agree", "equal"), ("compatible", "update"), ("compatible", "update")]


def test_an_increment_that_leads_elsewhere_stays_a_conflict() -> None:
    verdicts = figure_verdicts(
        (closures("40", "", "Monday"), 0), (closures("40", "", "Monday"), 0.2),
        (closures("70", ", adding 20 to the first list", "Friday"), 4),
    )
    assert ("compatible", "update") not in verdicts and ("conflict", "error") in verdicts


# A later report that names, right after its figure, the earlier figure as the one its own replaces
# (``comparisons._names_what_it_replaced``). The articles are invented: a bridge closure in Hennisford, a dock fee in
# Ostrequay.


def bridge(weeks: str, tail: str, day: str) -> str:
    return f"The Hennisford swing bridge will stay closed for {weeks} weeks{tail}, the county engineer said on {day}."


def test_a_later_figure_naming_the_earlier_one_as_replaced_is_an_update() -> None:
    verdicts = figure_verdicts(
        (bridge("5", "", "Monday"), 0), (bridge("5", "", "Monday"), 0.2),
        (bridge("9", ", not 5", "Friday"), 4),
    )
    assert verdicts == [("agree", "equal"), ("compatible", "update"), ("compatible", "update")]


def test_a_later_figure_naming_another_number_stays_a_conflict() -> None:
    verdicts = figure_verdicts(
        (bridge("5", "", "Monday"), 0), (bridge("5", "", "Monday"), 0.2),
        (bridge("9", ", not 7", "Friday"), 4),
    )
    assert ("compatible", "update") not in verdicts and ("conflict", "error") in verdicts


def test_a_figure_named_as_replaced_the_next_day_stays_a_conflict() -> None:
    # a figure put right a day later is more often a slip corrected than a figure moved
    verdicts = figure_verdicts(
        (bridge("5", "", "Monday"), 0), (bridge("5", "", "Monday"), 0.2),
        (bridge("9", ", not 5", "Tuesday"), 1),
    )
    assert ("compatible", "update") not in verdicts and ("conflict", "error") in verdicts


def test_the_number_named_as_replaced_is_read_bare_or_as_a_plan() -> None:
    tail = " rather than the 6 euros first proposed, the Ostrequay dock board said"
    assert replaced_numbers_told(tail) == [tail.index("6 euros")]
    assert replaced_numbers_told(", not 6, the board said") == [len(", not ")]
    # a rival's figure still quoted, a norm, or a number further on are no earlier reading of the figure
    assert replaced_numbers_told(", not the 6 the harbour union keeps quoting") == []
    assert replaced_numbers_told(" instead of the 95C required") == []
    assert replaced_numbers_told(" for ships, barges and ferries of every size, not 6") == []



def test_the_open_span_words_are_read_in_the_figures_own_clause() -> None:
    sentence = "The Ostrevane ferry operator has dropped 96 sailings since the walkout began."
    assert told_counted_over(sentence, sentence.index("96"), sentence.index(" sailings"))
    before = "Port staff have since turned away 140 lorries."
    assert told_counted_over(before, before.index("140"), before.index(" lorries"))
    # "since" naming a year tells a record, not a span still counted; a span after another figure is that figure's
    record = "The operator dropped 96 sailings, the most since 2040."
    assert not told_counted_over(record, record.index("96"), record.index(" sailings"))
    other = "The operator dropped 96 sailings and 12 more since the walkout began."
    assert not told_counted_over(other, other.index("96"), other.index(" sailings"))


@pytest.mark.parametrize(("earlier", "later", "status"), [
    ("5.4 million", "A recount shows the Brandish Vale relief fund has collected 6.3 million crowns.", "compatible"),
    ("5.4 million", "The Brandish Vale relief fund has collected 6.3 million crowns.", "conflict"),  # no re-reading
    ("5.4 million", "A recount shows the Brandish Vale relief fund has collected 4.3 million crowns.", "conflict"),  # lower
    ("4.5 million", "A recount shows the Brandish Vale relief fund has collected 5.4 million crowns.", "conflict"),  # swapped
])
def test_a_later_figure_told_as_the_count_taken_again(earlier: str, later: str, status: str) -> None:
    # (one outlet alone gave the first figure, so the untold move of ``_moved_later`` does not read it)
    verdicts = figure_verdicts((told(earlier, "Monday"), 0), (later + " Its treasurer said so on Tuesday.", 6))
    assert [s for s, _ in verdicts] == [status]
# A report that tells the other report's figure as the first reading, since revised (``comparisons._first_reading_told``).
# The articles are invented: a tremor near Quenmarsh.


def tremor(size: str, tail: str) -> str:
    return f"A magnitude {size} tremor shook Quenmarsh early on Sunday{tail}, the seismology office said."


def test_a_figure_another_report_tells_as_the_first_reading_is_an_update() -> None:
    verdicts = figure_verdicts(
        (tremor("4.6", ""), 0), (tremor("4.3", ", which the office originally had rated as 4.6"), 0.1),
        (tremor("4.3", ""), 0.2),
    )
    assert ("conflict", "error") not in verdicts and ("compatible", "update") in verdicts
    assert [v for v in verdicts if v[0] == "conflict"] == []


def test_a_first_reading_that_is_neither_figure_explains_nothing() -> None:
    verdicts = figure_verdicts(
        (tremor("4.6", ""), 0), (tremor("4.3", ", which the office originally had rated as 4.9"), 0.1),
    )
    assert ("compatible", "update") not in verdicts and any(v[0] == "conflict" for v in verdicts)


def test_the_number_told_as_first_reading_is_read_after_its_verb() -> None:
    sentence = "The office initially put the toll at 14, then raised it."
    assert first_readings_told(sentence) == [sentence.index("14")]
    assert first_readings_told("The first 14 arrived at noon.") == []


# The first-reading update reads each side's told first readings once and walks, for a pair, only the slot's
# tellers that have any (``comparisons._first_readings_of``, ``_Side.story_memo``): it must answer as the plain
# walk of the whole story for each pair does. The gauge readings at Pellingate are invented.


def _gauge_side(n: int, sentence: str, figure: str) -> comparisons._Side:
    start = sentence.index(figure)
    fact = Fact(id=f"f{n}", article_id=f"a{n}", kind="figure", text=figure, start=start, end=start + len(figure),
                sentence=sentence, sentence_start=0, sentence_end=len(sentence),
                value=Quantity(float(figure), float(figure), None))
    article = Article(id=f"a{n}", path=f"a{n}.md", outlet=f"Outlet {n}", body=sentence)
    return comparisons._Side(article, fact, figure)


def _told_first_walking_the_story(a: comparisons._Side, b: comparisons._Side) -> object:
    """The rule as it read before the slot's tellers were kept: every side of the story, for each pair."""
    c = comparisons
    x_a, x_b = c._point(a.fact.value), c._point(b.fact.value)
    if x_a is None or x_b is None or x_a == x_b:
        return None
    for teller in dict.fromkeys((a, b, *a.story)):
        own = c._point(teller.fact.value)
        if own is None or not (c._near(own, x_a) or c._near(own, x_b)):
            continue
        other = x_b if c._near(own, x_a) else x_a
        for at in first_readings_told(teller.fact.sentence):
            read = c._number_at(teller.fact.sentence, at)
            if read is not None and c._near(read[0], other):
                return "compatible", "update", f"{teller.article.outlet} tells {read[0]:g} as the first reading, since revised"
    return None


def test_the_slots_first_readings_read_once_answer_as_the_walk_of_its_story() -> None:
    sides = [
        _gauge_side(0, "The Pellingate river gauge read 7.4 on Monday.", "7.4"),
        _gauge_side(1, "The Pellingate river gauge read 7.1 on Monday.", "7.1"),
        _gauge_side(2, "The gauge read 7.1, which the agency had initially given as 7.4, on Monday.", "7.1"),
        _gauge_side(3, "The Pellingate river gauge read 6.8 on Monday.", "6.8"),
    ]
    memo: dict[str, list[comparisons._Side]] = {}
    for side in sides:
        side.story, side.story_memo = sides, memo
    params = {"updates": True}
    pairs = [(a, b) for a in sides for b in sides if a is not b]
    kept = [comparisons._first_reading_told(a, b, params) for a, b in pairs]
    assert kept == [_told_first_walking_the_story(a, b) for a, b in pairs]
    assert kept[0] is not None and "Outlet 2" in kept[0][2]  # (7.4 against 7.1: told by a third report)
    assert kept[2] is None  # (7.4 against 6.8: the first reading told is neither)
    assert memo["first reading tellers"] == [sides[2]]


# A report that gives its own figure and, in another of its statements, a figure as what a source said earlier
# (``moved_figures.told_earlier``, ``comparisons._earlier_told_beside``): another report's figure equal to that earlier
# one is the count before it moved, whatever the reports' order. The reports are undated, as many feeds are; the
# landslide at Broumbiton is invented.


def undated_figure_verdicts(*bodies: str) -> list[tuple[str, str | None]]:
    outlets = ("Craelliby Times", "Vintmarsh Wire", "Stastoby Radio")
    articles = [Article(id=f"a{i}", path=f"a{i}.md", outlet=outlets[i], body=body) for i, body in enumerate(bodies)]
    result = run_articles(articles)
    return sorted(
        (p.status, p.cause)
        for fi in result.findings if fi.kind == "figure" and fi.status != "unverified" and "toll" in fi.slot
        for p in fi.pairs if p.representative
    )


def test_a_figure_another_report_tells_as_said_earlier_is_an_update() -> None:
    verdicts = undated_figure_verdicts(
        "A landslide at Broumbiton killed 16 people on Sunday, rescuers said.",
        "A landslide at Broumbiton killed 23 people on Sunday, rescuers said.",
        "A landslide at Broumbiton killed about 23 people on Sunday, rescuers said. "
        "The rescue service said earlier it had 16 dead on its list.",
    )
    assert ("compatible", "update") in verdicts and not any(v[0] == "conflict" for v in verdicts)


def test_a_figure_said_earlier_that_is_neither_figure_explains_nothing() -> None:
    verdicts = undated_figure_verdicts(
        "A landslide at Broumbiton killed 16 people on Sunday, rescuers said.",
        "A landslide at Broumbiton killed 23 people on Sunday, rescuers said.",
        "A landslide at Broumbiton killed about 23 people on Sunday, rescuers said. "
        "The rescue service said earlier it had 9 dead on its list.",
    )
    assert ("compatible", "update") not in verdicts and any(v[0] == "conflict" for v in verdicts)


@pytest.mark.parametrize(("sentence", "figure", "told"), [
    ("The rescue service said earlier it had 16 dead on its list.", "16", True),
    ("Rescuers had initially put the toll at 16.", "16", True),
    ("Earlier, the mayor's office said 16 were missing.", "16", True),
    ("An earlier slide at Broumbiton killed 16 people.", "16", False),  # another happening, not a figure told before
    ("Rescuers said 16 were missing. Earlier the road had closed.", "16", False),
])
def test_a_figure_is_told_as_said_earlier_by_a_time_word_on_its_telling(sentence: str, figure: str, told: bool) -> None:
    assert told_earlier(sentence, sentence.index(figure)) is told


# A report days after another that tells its figure as where the claim stands now, up or down, is the figure changed
# since (``comparisons._told_now_later``); the reopening of a footbridge at Creirveton is invented.


def shut(span: str) -> str:
    return f"The Creirveton footbridge will stay shut for {span} while its deck is rebuilt, the county said."


@pytest.mark.parametrize(("later", "days", "status"), [
    ("The Creirveton footbridge will now stay shut for 14 months while its deck is rebuilt, the county said.", 6, "compatible"),
    (shut("14 months"), 6, "conflict"),  # no word that the figure moved
    ("The Creirveton footbridge will now stay shut for 14 months while its deck is rebuilt, the county said.", 0.5, "conflict"),
])
def test_a_figure_told_days_later_as_where_it_stands_now(later: str, days: float, status: str) -> None:
    verdicts = figure_verdicts((shut("10 months"), 0), (later, days))
    assert [s for s, _ in verdicts] == [status]


@pytest.mark.parametrize(("later", "status"), [
    ("About 600 homes are now affected by the hosepipe ban in Creirveton, the water board said.", "compatible"),
    ("About 600 homes are affected by the hosepipe ban in Creirveton, the water board said.", "conflict"),
])
def test_a_lower_count_told_days_later_as_where_it_stands_now(later: str, status: str) -> None:
    first = "About 900 homes are affected by the hosepipe ban in Creirveton, the water board said."
    verdicts = figure_verdicts((first, 0), (first, 0.2), (later, 9))
    assert sorted({s for s, _ in verdicts} - {"agree"}) == [status]

"""Who a slot's outlets credit weighs on whether a later figure is one the story moved to
(``comparisons._credited_alike``): a later figure credited to another source than the one any outlet credits with the
earlier figure is two sources' claims, not a move, even for a pair of reports that name no one. An outlet whose
figure is the earlier one mistyped stands for no figure of the timeline (``moved_figures._clean_split``), and an
article's further statements are read against the slot's timeline as its lead is.

The articles are invented: a ferry operator on the island of Quellmarsh and its crews.
"""

from __future__ import annotations

import datetime as dt

from consistency.checks.moved_figures import speaks_for_an_interest
from consistency.engine import run_articles
from consistency.model import Article
from tests.test_moved_figures import START, figure_verdicts


def crews(count: str, day: str, credit: str = "") -> str:
    said = f", {credit} said on {day}" if credit else f" on {day}"
    return f"The Quellmarsh ferry operator employs {count} deckhands across its nine vessels{said}."


def test_a_later_figure_credited_to_a_rival_source_is_no_move_though_the_pair_names_no_one() -> None:
    verdicts = figure_verdicts(
        (crews("640", "Monday", "the Quellmarsh Ferry Company"), 0),
        (crews("640", "Monday"), 0.3),
        (crews("830", "Tuesday", "the Seafarers' Guild"), 7),
    )
    assert ("compatible", "update") not in verdicts
    assert sum(status == "conflict" for status, _ in verdicts) == 2


def test_a_later_figure_from_the_same_source_is_still_a_move() -> None:
    verdicts = figure_verdicts(
        (crews("640", "Monday", "the Quellmarsh Ferry Company"), 0),
        (crews("640", "Monday"), 0.3),
        (crews("830", "Tuesday", "the Quellmarsh Ferry Company"), 7),
    )
    assert verdicts.count(("compatible", "update")) == 2


def test_officials_unnamed_are_no_rival_source() -> None:
    verdicts = figure_verdicts(
        (crews("640", "Monday"), 0),
        (crews("640", "Monday"), 0.3),
        (crews("830", "Tuesday", "officials"), 7),
    )
    assert verdicts.count(("compatible", "update")) == 2


def test_an_earlier_outlets_mistyped_figure_does_not_hold_the_timeline_back() -> None:
    # 830 is 380 with two digits swapped: one outlet's slip, not a figure above the later one that stood before it
    verdicts = figure_verdicts(
        (crews("380", "Monday"), 0), (crews("380", "Monday"), 0.3), (crews("830", "Monday"), 0.5),
        (crews("450", "Tuesday"), 7),
    )
    assert verdicts.count(("compatible", "update")) == 2


def test_a_further_statement_is_read_against_the_timeline_too() -> None:
    # the first report gives its count twice; the pair of its second mention with the later report is an update too
    first = crews("380", "Monday") + " Of the 380 deckhands, most live on Quellmarsh itself."
    articles = [
        Article(id=f"q{i}", path=f"q{i}.md", outlet=outlet, body=body, published=START + dt.timedelta(days=days))
        for i, (outlet, body, days) in enumerate(
            [("Quellmarsh Gazette", first, 0), ("Harbour Wire", crews("380", "Monday"), 0.4),
             ("Fennick Radio", crews("450", "Tuesday"), 7)]
        )
    ]
    result = run_articles(articles)
    later = {f.id for f in result.facts if f.text.startswith("450")}
    verdicts = [
        (p.status, p.cause, p.representative)
        for fi in result.findings if fi.kind == "figure" for p in fi.pairs if later & set(p.fact_ids)
    ]
    assert ("compatible", "update", False) in verdicts
    assert all(status == "compatible" for status, _, _ in verdicts)


# Reports a day apart whose figures are credited one to a body speaking for an interest and one to another source
# (``comparisons._rival_counts``, ``moved_figures.interest_bodies``): two parties' counts standing at once, not a toll
# that grew between the reports. The articles are invented: a roof fall at the Tannerby pit.


def roof_fall(count: str, credit: str, day: str) -> str:
    return f"{count} miners were injured in the roof fall at the Tannerby pit, {credit} said on {day}."


def test_a_higher_count_the_next_day_from_a_union_against_the_ministrys_is_no_update() -> None:
    verdicts = figure_verdicts(
        (roof_fall("Nine", "the mines ministry", "Monday"), 0), (roof_fall("Nine", "the mines ministry", "Monday"), 0.3),
        (roof_fall("Fourteen", "the Quorrel Miners' Union", "Tuesday"), 1),
    )
    assert ("compatible", "update") not in verdicts
    assert sum(status == "conflict" for status, _ in verdicts) == 2


def test_a_higher_count_the_next_day_from_the_same_kind_of_source_is_still_an_update() -> None:
    verdicts = figure_verdicts(
        (roof_fall("Nine", "the mines ministry", "Monday"), 0), (roof_fall("Nine", "the mines ministry", "Monday"), 0.3),
        (roof_fall("Fourteen", "the mines ministry", "Tuesday"), 1),
    )
    assert verdicts.count(("compatible", "update")) == 2


def test_interest_bodies_are_read_by_their_words() -> None:
    assert speaks_for_an_interest("the Quorrel Miners' Union")
    assert speaks_for_an_interest("Munbarrow Residents' Association")
    assert not speaks_for_an_interest("the mines ministry")
    assert not speaks_for_an_interest("Munbarrow police")


# A figure that is, with two digits swapped, a third figure more outlets give never stood: its pair with a later
# count is that slip, not a move (``comparisons._mistyped_in_the_story``). Invented: a card scam at Fexworth Telecom.


def scam_victims(count: str, verb: str, day: str) -> str:
    return f"The number of Fexworth Telecom customers who lost money to the card scam {verb} {count}, the regulator said on {day}."


def test_a_figure_two_outlets_give_with_digits_swapped_is_a_slip_against_a_later_count_too() -> None:
    verdicts = figure_verdicts(
        (scam_victims("4,610", "stood at", "Monday"), 0), (scam_victims("4,610", "stood at", "Monday"), 0.2),
        (scam_victims("4,160", "stood at", "Monday"), 0.3), (scam_victims("5,230", "has risen to", "Tuesday"), 7),
    )
    assert verdicts.count(("compatible", "update")) == 2
    assert verdicts.count(("conflict", "error")) == 3


def test_a_third_figure_of_no_slips_shape_may_still_have_moved_on() -> None:
    verdicts = figure_verdicts(
        (scam_victims("4,610", "stood at", "Monday"), 0), (scam_victims("4,610", "stood at", "Monday"), 0.2),
        (scam_victims("4,390", "stood at", "Monday"), 0.3), (scam_victims("5,230", "has risen to", "Tuesday"), 7),
    )
    assert verdicts.count(("compatible", "update")) == 3


def test_the_sources_credited_with_a_figure_are_read_once_per_slot_as_a_walk_of_the_story_reads_them() -> None:
    # ``comparisons._credited_figures`` keeps the slot's credited figures in its ``story_memo``: the sources
    # ``_credited_with`` finds for each value are the ones a walk of every outlet's statements finds
    from consistency.checks import comparisons
    from consistency.model import Fact, Frame, Quantity
    from consistency.values import in_base_units

    told = [("Groulkuby Courier", "640", "the Bloumbidale Ferry Company"), ("Harbour Wire", "about 650", "officials"),
            ("Glorriholt Radio", "830", "the Netmenders' Guild"), ("Bloumbidale Post", "640", None),
            ("Groulkuby Times", "1.2", "the port authority")]
    sides = []
    for n, (outlet, count, credit) in enumerate(told):
        sentence = crews(count, "Monday", credit or "")
        low = float(count.split()[-1]) * (1000 if count == "1.2" else 1)
        frame = Frame(key="figure:deckhand/:current", name="number of deckhands", measure="deckhand/", source=credit)
        fact = Fact(f"c{n}", f"o{n}", "figure", count, sentence.index(count), sentence.index(count) + len(count),
                    sentence, 0, len(sentence), Quantity(low, low, approximate=count.startswith("about")), frame)
        article = Article(id=f"o{n}", path=f"o{n}.md", outlet=outlet, body=sentence, published=START)
        sides.append(comparisons._Side(article, fact, count))
    memo: dict[str, object] = {}
    for side in sides:
        side.story, side.statements, side.story_memo = sides, (side.fact,), memo

    def walked(value: Quantity) -> set[str]:
        target = in_base_units(value)
        x = target.low
        assert x is not None
        found = set()
        for side in sides:
            for f in side.statements:
                q, source = f.value, f.frame.source if f.frame else None
                if isinstance(q, Quantity) and source and not comparisons._unnamed(source) and source[:1].isalpha():
                    y = in_base_units(q).low
                    if y is not None and in_base_units(q).unit == target.unit and abs(y - x) <= 0.03 * max(x, y):
                        found.add(source)
        return found

    for value in (Quantity(640, 640), Quantity(650, 650), Quantity(830, 830), Quantity(1200, 1200), Quantity(5, 5)):
        assert comparisons._credited_with(sides[0], value) == walked(value)
    assert comparisons._credited_with(sides[3], Quantity(640, 640)) == {"the Bloumbidale Ferry Company"}
    assert "officials" not in comparisons._credited_with(sides[1], Quantity(650, 650))  # (an unnamed credit)
    assert comparisons._credited_with(sides[1], Quantity(830, 830)) == {"the Netmenders' Guild"}
    assert "credited figures" in memo


# A count taken again (``comparisons._reread_later``) reads past a slip of its first figure that fewer outlets give:
# the figure most outlets stood at is the first reading, the lone odd copy the slip. Invented: a sheep blight on
# Glethostow farms.


def blighted_ewes(count: str, day: str, lead: str = "", credit: str = "the farm board") -> str:
    return f"{lead}{count} ewes on Glethostow farms were found with the blight, {credit} said on {day}."


def test_a_recount_reads_past_a_lone_slip_of_the_figure_most_outlets_gave() -> None:
    verdicts = figure_verdicts(
        (blighted_ewes("1,240", "Monday"), 0), (blighted_ewes("1,240", "Monday"), 0.2),
        (blighted_ewes("1,420", "Monday"), 0.3),
        (blighted_ewes("1,610", "Tuesday", "A recount found ", "the agriculture minister"), 7),
    )
    assert verdicts.count(("compatible", "update")) == 2
    assert verdicts.count(("conflict", "error")) == 3


def test_a_recount_against_a_first_figure_no_more_outlets_gave_than_its_slip_is_no_update() -> None:
    verdicts = figure_verdicts(
        (blighted_ewes("1,240", "Monday"), 0), (blighted_ewes("1,420", "Monday"), 0.3),
        (blighted_ewes("1,610", "Tuesday", "A recount found ", "the agriculture minister"), 7),
    )
    assert ("compatible", "update") not in verdicts

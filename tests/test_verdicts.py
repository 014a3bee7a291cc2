"""Per-pair verdicts and their causes (docs/json-schema.md, "causes"), through the whole pipeline.

Every story here is invented: an earthquake in the mountain town of Velmora, told by outlets that
do not exist. The articles share names, places and words so that they form one event; each test
changes only the claim it is about.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence

import pytest

from consistency.checks import CHECKS
from consistency.engine import extract_facts, run_articles
from consistency.frames import frame_facts
from consistency.model import Article, Attribution, Fact, Finding, PairVerdict, RunResult

OUTLETS = ("Velmora Courier", "Brask Herald", "Korrin Times", "Northern Ledger", "Valley Dispatch")
INTRO = "A powerful earthquake struck the mountain town of Velmora in the Brask province."
CLOSE = "Rescue teams from Korrin searched the rubble of collapsed houses in Velmora through the night."

DAY_1 = dt.date(2031, 3, 4)  # a Tuesday
DAY_2 = dt.date(2031, 3, 5)  # a Wednesday
THURSDAY = dt.date(2031, 3, 6)


# Each outlet tells the story in its own words: the same text under two mastheads would be a wire
# copy, one voice (consistency/copies.py), and the tests below are about separate outlets.
OWN_WORDS = (
    (INTRO, CLOSE),
    ("Velmora, a mountain town in Brask, was hit by a powerful earthquake.",
     "Korrin sent rescue teams, who dug through collapsed houses until dawn."),
    ("Houses collapsed across Velmora when the earthquake shook Brask province.",
     "Overnight, searchers from Korrin combed the rubble in Velmora."),
    ("The earthquake in Brask province left the town of Velmora in ruins.",
     "In Velmora families slept outside while Korrin rescuers searched collapsed homes."),
    ("Brask province was shaken by a strong earthquake centred on Velmora.",
     "Rescuers from nearby Korrin reached Velmora's collapsed houses at night."),
)


def story(claim: str, n: int = 0) -> str:
    first, last = OWN_WORDS[n % len(OWN_WORDS)]
    return f"{first} {claim} {last}"


# One article: (outlet, claim sentence, publication date or None)
Spec = tuple[str, str, dt.date | None]
RunEvent = Callable[[Sequence[Spec]], RunResult]


def articles_of(specs: Sequence[Spec]) -> list[Article]:
    return [
        Article(id=f"a{n}.txt", path=f"a{n}.txt", outlet=outlet, body=story(claim, n - 1), published=published)
        for n, (outlet, claim, published) in enumerate(specs, start=1)
    ]


@pytest.fixture
def run_event() -> RunEvent:
    """Run the pipeline on invented articles that must form one event; fail loudly if they do not."""

    def run(specs: Sequence[Spec]) -> RunResult:
        result = run_articles(articles_of(specs))
        if len(result.events) != 1:
            pytest.fail(f"the articles were meant to form one event, got {[e.article_ids for e in result.events]}")
        return result

    return run


def text_of(result: RunResult, fact_id: str) -> str:
    return next(f.text for f in result.facts if f.id == fact_id)


def one_event(bodies: Sequence[str], day: dt.date = DAY_2) -> RunResult:
    """Run whole invented bodies, one outlet each, published on one day; they must form one event."""
    result = run_articles([
        Article(id=f"b{n}.txt", path=f"b{n}.txt", outlet=OUTLETS[n], body=body, published=day)
        for n, body in enumerate(bodies)
    ])
    assert len(result.events) == 1, [e.article_ids for e in result.events]
    return result


def finding_with(result: RunResult, kind: str, fact_text: str) -> Finding:
    """The one finding of ``kind`` whose slot holds a fact with this exact text."""
    ids = {f.id for f in result.facts if f.text == fact_text and f.kind == kind}
    found = [fi for fi in result.findings if fi.kind == kind and ids & set(fi.fact_ids)]
    assert len(found) == 1, [(fi.slot, fi.status, [text_of(result, i) for i in fi.fact_ids]) for fi in result.findings]
    return found[0]


def representative(finding: Finding) -> list[PairVerdict]:
    return [p for p in finding.pairs if p.representative]


def outlet_groups(result: RunResult, finding: Finding) -> list[list[str]]:
    outlet = {a.id: a.outlet for a in result.articles}
    return [[outlet[a] for a in group.article_ids] for group in finding.groups]


# --- a majority and an outlier ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("outlets", "agree", "conflict"),
    [
        pytest.param(5, 6, 4, id="4-to-1"),
        pytest.param(4, 3, 3, id="3-to-1"),
    ],
)
def test_one_outlet_against_a_majority(run_event: RunEvent, outlets: int, agree: int, conflict: int) -> None:
    # Undated reports: a running tally of one day would be read as an update (see the update tests).
    specs = [(o, "The quake killed 350 people, the Brask governor said.", None) for o in OUTLETS[: outlets - 1]]
    outlier = OUTLETS[outlets - 1]
    specs.append((outlier, "The quake killed 35 people, the Brask governor said.", None))
    result = run_event(specs)
    finding = finding_with(result, "figure", "350")
    assert (finding.status, finding.cause) == ("conflict", "error")
    groups = outlet_groups(result, finding)
    assert [len(g) for g in groups] == [outlets - 1, 1]
    assert groups[1] == [outlier]
    counts = Counter(p.status for p in representative(finding))
    assert counts == {"agree": agree, "conflict": conflict}
    assert all(p.cause == "error" for p in representative(finding) if p.status == "conflict")
    assert outlier in finding.message
    assert f"{outlets - 1} outlets" in finding.message


def test_two_against_two_is_unexplained_not_an_error(run_event: RunEvent) -> None:
    specs = [
        (OUTLETS[0], "The quake killed 350 people, the Brask governor said.", None),
        (OUTLETS[1], "The quake killed 350 people, the Brask governor said.", None),
        (OUTLETS[2], "The quake killed 35 people, the Brask governor said.", None),
        (OUTLETS[3], "The quake killed 35 people, the Brask governor said.", None),
    ]
    finding = finding_with(run_event(specs), "figure", "350")
    assert (finding.status, finding.cause) == ("conflict", "unexplained")


# --- update ----------------------------------------------------------------------------------------

UPDATES = [
    pytest.param((10, DAY_1), (14, DAY_2), "compatible", "update", id="higher-later-is-an-update"),
    pytest.param((14, DAY_1), (10, DAY_2), "conflict", "unexplained", id="lower-later-is-unexplained"),
    pytest.param((14, DAY_2), (10, DAY_1), "compatible", "update", id="higher-later-in-either-input-order"),
]


@pytest.mark.parametrize(("first", "second", "status", "cause"), UPDATES)
def test_death_toll_over_two_days(
    run_event: RunEvent, first: tuple[int, dt.date], second: tuple[int, dt.date], status: str, cause: str
) -> None:
    result = run_event(
        [
            (OUTLETS[0], f"The quake killed {first[0]} people.", first[1]),
            (OUTLETS[1], f"The quake killed {second[0]} people.", second[1]),
        ]
    )
    finding = finding_with(result, "figure", str(first[0]))
    assert (finding.status, finding.cause) == (status, cause)


def test_reports_of_one_day_are_an_update_whatever_the_gap(run_event: RunEvent) -> None:
    """Documented: a tally may grow between two reports of one day, so even 35 beside 350 is an update."""
    result = run_event(
        [
            (OUTLETS[0], "The quake killed 350 people.", DAY_2),
            (OUTLETS[1], "The quake killed 35 people.", DAY_2),
        ]
    )
    finding = finding_with(result, "figure", "350")
    assert (finding.status, finding.cause) == ("compatible", "update")


def test_a_later_tally_with_two_digits_swapped_is_a_slip_not_an_update(run_event: RunEvent) -> None:
    """14 on Tuesday and 41 on Wednesday: a tally may grow, but to exactly the digits swapped is a
    keyboard's slip far more often than a count's growth. 14 and 40 stay an update."""
    slip = run_event([(OUTLETS[0], "The quake killed 14 people.", DAY_1), (OUTLETS[1], "The quake killed 41 people.", DAY_2)])
    assert (finding_with(slip, "figure", "14").status, finding_with(slip, "figure", "14").cause) == ("conflict", "error")
    grown = run_event([(OUTLETS[0], "The quake killed 14 people.", DAY_1), (OUTLETS[1], "The quake killed 40 people.", DAY_2)])
    assert finding_with(grown, "figure", "14").cause == "update"


def test_an_as_of_phrase_sets_when_a_tally_was_reported(run_event: RunEvent) -> None:
    """Published on Wednesday but "as of Monday": that 14 is older than Tuesday's 10, which is then
    a later, lower tally with no reason given."""
    result = run_event(
        [
            (OUTLETS[0], "As of Monday evening, the quake had killed 14 people.", DAY_2),
            (OUTLETS[1], "The quake killed 10 people.", DAY_1),
        ]
    )
    finding = finding_with(result, "figure", "14")
    assert (finding.status, finding.cause) == ("conflict", "unexplained")
    plain = run_event([(OUTLETS[0], "The quake had killed 14 people.", DAY_2), (OUTLETS[1], "The quake killed 10 people.", DAY_1)])
    assert finding_with(plain, "figure", "14").cause == "update"


def test_a_later_lower_figure_that_says_it_was_revised_is_an_update(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "The quake killed 14 people.", DAY_1),
            (OUTLETS[1], "The death toll was revised to 10 after a recount.", DAY_2),
        ]
    )
    finding = finding_with(result, "figure", "14")
    assert (finding.status, finding.cause) == ("compatible", "update")


@pytest.mark.parametrize(
    ("earlier", "later", "status", "cause"),
    [
        # the missing are found: fewer later is an update, as more later is
        pytest.param("Nine people are missing after the quake.", "Five people are still missing after the quake.",
                     "compatible", "update", id="the-missing-found"),
        # homes get their power back
        pytest.param("The quake left 40,000 homes without power.", "About 12,000 homes were still without power.",
                     "compatible", "update", id="power-restored"),
        # the dead are not brought back: fewer later, with no reason given, stays a conflict
        pytest.param("The quake killed nine people.", "The quake killed five people.",
                     "conflict", "unexplained", id="a-toll-does-not-resolve"),
    ],
)
def test_a_tally_that_resolves_may_fall(run_event: RunEvent, earlier: str, later: str, status: str, cause: str) -> None:
    result = run_event([(OUTLETS[0], earlier, DAY_1), (OUTLETS[1], later, DAY_2)])
    figures = [f for f in result.facts if f.kind == "figure" and f.article_id == "a1.txt"]
    finding = finding_with(result, "figure", figures[0].text)
    assert (finding.status, finding.cause) == (status, cause)


def test_a_figure_that_is_no_tally_is_never_an_update(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "The quake had a magnitude of 6.3.", DAY_1),
            (OUTLETS[1], "The quake had a magnitude of 6.8.", DAY_2),
        ]
    )
    finding = finding_with(result, "figure", "magnitude of 6.3")
    assert (finding.status, finding.cause) == ("conflict", "unexplained")


# --- precision and arithmetic ----------------------------------------------------------------------

PRECISION = [
    pytest.param("The storm killed more than 1,500 people.", "The storm killed 1,512 people.",
                 "more than 1,500", "compatible", "precision", id="hedge-contains-the-figure"),
    pytest.param("The epicentre was about 30 miles north of Dravik.", "The epicentre was 48 km north of Dravik.",
                 "about 30 miles", "compatible", "arithmetic", id="miles-and-km"),
    pytest.param("The epicentre was 60 km north of Dravik.", "The epicentre was 58 km north of Dravik.",
                 "60 km", "compatible", "precision", id="round-distance"),
    pytest.param("The epicentre was 60 km north of Dravik.", "The epicentre was 75 km north of Dravik.",
                 "60 km", "conflict", "unexplained", id="distance-beyond-rounding"),
    pytest.param("The epicentre was 12 km north of Dravik.", "The epicentre was 12 km north of Dravik.",
                 "12 km", "agree", "equal", id="same-distance"),
    pytest.param("About 350 people sheltered in the Velmora school.", "Some 350 people sheltered in the Velmora school.",
                 "About 350", "agree", "equal", id="two-hedges-agree"),
    pytest.param("About 350 people sheltered in the Velmora school.", "Last night 350 people sheltered in the Velmora school.",
                 "About 350", "compatible", "precision", id="a-hedge-and-the-exact-figure"),
    pytest.param("The storm killed more than 45 people.", "The storm killed at least 45 people.",
                 "more than 45", "compatible", "precision", id="more-than-and-at-least"),
    pytest.param("The epicentre was about 600 metres below Dravik.", "The epicentre was 700 metres below Dravik.",
                 "about 600 metres", "conflict", "unexplained", id="two-round-figures-only-touch"),
    pytest.param("Dravik had more than 45 doctors on duty.", "Dravik had 45 doctors on duty.",
                 "more than 45", "conflict", "unexplained", id="a-strict-bound-leaves-its-number-out"),
    pytest.param("More than 2.5 million people live in the valley.", "The valley is home to 2.5 million people.",
                 "More than 2.5 million", "compatible", "precision", id="a-strict-bound-and-a-rounded-figure"),
    pytest.param("Dravik, a town of 240,000 people, lies nearest to the epicentre.",
                 "Dravik, a town of 251,000 people, lies nearest to the epicentre.",
                 "240,000", "conflict", "unexplained", id="a-count-is-exact-to-its-last-written-digit"),
    pytest.param("Dravik, a town of 240,000 people, lies nearest to the epicentre.",
                 "Dravik, a town of 243,000 people, lies nearest to the epicentre.",
                 "240,000", "compatible", "precision", id="a-round-count-stands-for-what-it-rounds"),
    pytest.param("The epicentre was about 2,000 feet below Dravik.", "The epicentre was 600 metres below Dravik.",
                 "about 2,000 feet", "compatible", "arithmetic", id="a-round-figure-converted-and-rounded"),
    pytest.param("The epicentre was 2,000 feet below Dravik.", "The epicentre was 700 metres below Dravik.",
                 "2,000 feet", "conflict", "unexplained", id="roundings-in-two-units-that-only-touch"),
    pytest.param("Dravik, a town of some 14,000 people, lies nearest to the epicentre.",
                 "Dravik, a town of more than 15,000 people, lies nearest to the epicentre.",
                 "some 14,000", "conflict", "unexplained", id="a-hedge-reaches-as-far-as-its-figure-is-rounded"),
    pytest.param("Dravik, a town of about 100,000 people, lies nearest to the epicentre.",
                 "Dravik, a town of more than 105,000 people, lies nearest to the epicentre.",
                 "about 100,000", "compatible", "precision", id="a-round-hedged-figure-reaches-further"),
    # a count written to its first digit alone and hedged reaches a fifth either way, and no further
    pytest.param("Dravik, a town of about 100,000 people, lies nearest to the epicentre.",
                 "Dravik, a town of 118,000 people, lies nearest to the epicentre.",
                 "about 100,000", "compatible", "precision", id="a-first-digit-hedged-count-reaches-a-fifth"),
    pytest.param("Dravik, a town of about 100,000 people, lies nearest to the epicentre.",
                 "Dravik, a town of 130,000 people, lies nearest to the epicentre.",
                 "about 100,000", "conflict", "unexplained", id="a-first-digit-hedged-count-reaches-no-further"),
    pytest.param("The shell landed within 20 miles of Dravik.", "The shell landed 17 miles from Dravik.",
                 "within 20 miles", "compatible", "precision", id="within-is-an-upper-bound"),
    pytest.param("The shell landed within 20 miles of Dravik.", "The shell landed 26 miles from Dravik.",
                 "within 20 miles", "conflict", "unexplained", id="beyond-within"),
    pytest.param("The flood swept about 20 cars off the Dravik road.", "The flood swept 23 cars off the Dravik road.",
                 "about 20", "compatible", "precision", id="a-small-hedged-count-reaches-its-rounding"),
    pytest.param("The epicentre was about 20 miles from Dravik.", "The epicentre was about 26 miles from Dravik.",
                 "about 20 miles", "conflict", "unexplained", id="a-hedged-measure-reaches-less-far"),
    # "nearly" puts a value a little under its figure: down to the next value it is written to.
    pytest.param("The mayor took bribes of 1.4 million crowns, prosecutors said.",
                 "The mayor took bribes of nearly 1.5 million crowns, prosecutors said.",
                 "1.4 million", "compatible", "precision", id="nearly-reaches-one-step-down"),
    pytest.param("The mayor took bribes of 1.3 million crowns, prosecutors said.",
                 "The mayor took bribes of nearly 1.5 million crowns, prosecutors said.",
                 "1.3 million", "conflict", "unexplained", id="nearly-reaches-no-further"),
    # One number in two units of one dimension is a unit written wrongly: an error, whoever has the majority.
    pytest.param("The epicentre lay 300 metres below Dravik.", "The epicentre lay 300 feet below Dravik.",
                 "300 metres", "conflict", "error", id="one-number-in-two-units"),
    pytest.param("The epicentre was 58 km from Dravik.", "The epicentre was 60 km from Dravik.",
                 "58 km", "compatible", "precision", id="a-two-digit-measure-is-rough"),
    pytest.param("The epicentre lay 2,450 metres below Dravik.", "The epicentre lay 2,530 metres below Dravik.",
                 "2,450 metres", "conflict", "unexplained", id="a-measure-to-three-digits-is-not-rounded"),
    # Digits one typing slip apart: two neighbours swapped, or the scale word or decimal point misplaced.
    pytest.param("The epicentre lay 2,450 metres below Dravik.", "The epicentre lay 2,540 metres below Dravik.",
                 "2,450 metres", "conflict", "error", id="two-digits-swapped"),
    pytest.param("The storm cut power to about 380,000 homes.", "The storm cut power to 3.8 million homes.",
                 "about 380,000", "conflict", "error", id="a-scale-word-mistyped"),
    # A bound holds the other figure, yet its number is the other's digits swapped: a slip, not a hedge.
    pytest.param("The flood closed more than 34 schools in Dravik.", "The flood closed 43 schools in Dravik.",
                 "more than 34", "conflict", "error", id="a-bound-with-two-digits-swapped"),
    pytest.param("The flood closed more than 34 schools in Dravik.", "The flood closed 38 schools in Dravik.",
                 "more than 34", "compatible", "precision", id="a-bound-holding-another-figure"),
    # A race time is exact to its last digit; written out in words it is the same time.
    pytest.param("Kiprono won the marathon in 2:04:38.", "Kiprono won the marathon in 2:04:58.",
                 "2:04:38", "conflict", "unexplained", id="race-times-are-exact"),
    pytest.param("Kiprono won the marathon in 2:04:38.", "Kiprono won the marathon in 2 hours 4 minutes 38 seconds.",
                 "2:04:38", "agree", "equal", id="a-race-time-in-words"),
    # A time told in parts is read to its last part: "6 minutes 22 seconds" is no rounding of 6 minutes 32.
    pytest.param("The Dravik funicular climbed the slope in 6 minutes 22 seconds.",
                 "The Dravik funicular climbed the slope in 6 minutes 32 seconds.",
                 "6 minutes 22 seconds", "conflict", "unexplained", id="a-time-in-parts-is-exact-to-its-last-part"),
    pytest.param("The Dravik funicular climbed the slope in 6 minutes 22 seconds.",
                 "The Dravik funicular climbed the slope in about six and a half minutes.",
                 "6 minutes 22 seconds", "compatible", "precision", id="a-time-in-parts-within-a-hedged-one"),
    # A reading below zero with no scale may be in either: -6 is 21F in Celsius, and -16 C in neither.
    pytest.param("The thermometer in Orlavo fell to minus six overnight.", "Temperatures in Orlavo fell as low as 21F overnight.",
                 "minus six", "compatible", "arithmetic", id="a-bare-reading-in-the-other-scale"),
    pytest.param("The thermometer in Orlavo fell to minus six overnight.",
                 "Temperatures in Orlavo fell to minus sixteen degrees Celsius overnight.",
                 "minus six", "conflict", "unexplained", id="a-bare-reading-in-neither-scale"),
    # A tornado's rating is a step of its scale: EF3 and EF4 are two ratings.
    pytest.param("The weather office said the Orlavo tornado was an EF3.", "The weather office rated the Orlavo tornado an EF4.",
                 "EF3", "conflict", "unexplained", id="two-tornado-ratings"),
    # A count in dozens is good to a quarter of a dozen.
    pytest.param("Gunmen held 11 hostages in the bank.", "Gunmen held a dozen hostages in the bank.",
                 "11", "compatible", "precision", id="a-dozen-is-about-twelve"),
    pytest.param("The mayor handed out 32 contracts to friends.", "The mayor handed out two dozen contracts to friends.",
                 "32", "conflict", "unexplained", id="two-dozen-is-not-thirty-two"),
    # Percentages are written rounded whatever they measure (a share price's fall is no measure the
    # vocabulary rounds): to the whole, and no further.
    pytest.param("Dravik Ferries shares fell 31 percent before trading was halted.",
                 "Dravik Ferries shares dropped 31.4% before trading was halted.",
                 "31 percent", "compatible", "precision", id="a-whole-percentage-rounds-a-decimal-one"),
    pytest.param("Dravik Ferries shares fell 31 percent before trading was halted.",
                 "Dravik Ferries shares dropped 30.6% before trading was halted.",
                 "31 percent", "compatible", "precision", id="a-whole-percentage-rounded-up"),
    pytest.param("Dravik Ferries shares fell 31 percent before trading was halted.",
                 "Dravik Ferries shares dropped 32.4% before trading was halted.",
                 "31 percent", "conflict", "unexplained", id="a-percentage-a-point-apart"),
    # Whole temperatures in two scales are each good to half a degree of their own: 2 C is 34.7 to 36.5 F.
    pytest.param("The thermometer in Orlavo fell to 2C overnight.", "Temperatures in Orlavo fell to 36F overnight.",
                 "2C", "compatible", "arithmetic", id="whole-temperatures-in-two-scales"),
    # One amount told over two periods: a month's is a twelfth of a year's, a total over years the yearly rate times them.
    pytest.param("The Orlavo quarry will ship 2,400 tonnes of granite a year.",
                 "The Orlavo quarry will ship around 200 tonnes of granite a month.",
                 "2,400 tonnes", "compatible", "arithmetic", id="a-yearly-and-a-monthly-rate"),
    pytest.param("The Orlavo quarry will ship 2,400 tonnes of granite a year.",
                 "The Orlavo quarry will ship around 300 tonnes of granite a month.",
                 "2,400 tonnes", "conflict", "unexplained", id="a-monthly-rate-that-makes-another-year"),
    # "just over" and "just under" reach half a step of the digit their figure is written to, and a little more.
    pytest.param("Turnout was just over 38 percent, the commission said.", "Turnout was 40.1 percent, the commission said.",
                 "40.1 percent", "conflict", "unexplained", id="just-over-is-not-two-points-over"),
    pytest.param("Turnout was just over 38 percent, the commission said.", "Turnout was 38.4 percent, the commission said.",
                 "38.4 percent", "compatible", "precision", id="just-over-holds-a-little-over"),
    pytest.param("She swam the length in just under four minutes.", "She swam the length in 221 seconds.",
                 "221 seconds", "compatible", "arithmetic", id="just-under-read-in-the-unit-it-is-written-in"),
    pytest.param("The Orlavo quarry will earn just over 3 million euros a year.",
                 "The Orlavo quarry will earn 25 million euros over eight years.",
                 "25 million euros", "compatible", "arithmetic", id="a-bound-put-per-year"),
    # The period may lead the clause instead of following the figure.
    pytest.param("Every week, the Orlavo quarry ships 1,400 tonnes of granite.",
                 "The Orlavo quarry ships around 200 tonnes of granite a day.",
                 "1,400 tonnes", "compatible", "arithmetic", id="a-period-that-leads-its-clause"),
]


@pytest.mark.parametrize(("claim_a", "claim_b", "fact_text", "status", "cause"), PRECISION)
def test_figures_compared_at_their_precision(
    run_event: RunEvent, claim_a: str, claim_b: str, fact_text: str, status: str, cause: str
) -> None:
    result = run_event([(OUTLETS[0], claim_a, DAY_2), (OUTLETS[1], claim_b, DAY_2)])
    finding = finding_with(result, "figure", fact_text)
    assert (finding.status, finding.cause) == (status, cause)


# --- amounts in two currencies and ages ------------------------------------------------------------

SPRING_2013 = dt.date(2013, 5, 20)  # a pound bought about 1.52 dollars that day (ECB reference rates)

CURRENCIES = [
    pytest.param("$1.8 million", "compatible", "arithmetic", id="the-same-amount-at-the-day's-rate"),
    pytest.param("$2.5 million", "conflict", "unexplained", id="another-amount"),
]


@pytest.mark.parametrize(("dollars", "status", "cause"), CURRENCIES)
def test_amounts_in_two_currencies_compared_at_the_rate_of_the_day(
    run_event: RunEvent, dollars: str, status: str, cause: str
) -> None:
    result = run_event(
        [
            (OUTLETS[0], "Thieves escaped with jewels worth £1.2 million from the Velmora museum.", SPRING_2013),
            (OUTLETS[1], f"Thieves escaped with jewels worth {dollars} from the Velmora museum.", SPRING_2013),
        ]
    )
    finding = finding_with(result, "figure", "£1.2 million")
    assert (finding.status, finding.cause) == (status, cause)
    (pair,) = [p for p in finding.pairs if p.status == status]
    assert "20 May 2013" in pair.detail and "1 GBP = 1.5" in pair.detail


def test_one_number_in_the_wrong_unit_joins_the_anchored_claim(run_event: RunEvent) -> None:
    """ "230 km from Dravik" beside "230 miles back to Dravik", which names the place in no way the
    frames read: one number in two units of one dimension is one claim with its unit written wrongly."""
    result = run_event(
        [
            (OUTLETS[0], "The epicentre lay 230 km from Dravik.", DAY_2),
            (OUTLETS[1], "The tremor was felt 230 miles away, back in Dravik.", DAY_2),
        ]
    )
    finding = finding_with(result, "figure", "230 km")
    assert (finding.status, finding.cause) == ("conflict", "error")


def test_amounts_ten_times_apart_at_the_day_rate_are_two_claims(run_event: RunEvent) -> None:
    """ "3 million euros ($3.9 million)" is one amount in two currencies; "€85 million" for an
    earlier theft, in the same article, is another claim, though no unit converts dollars to euros."""
    result = run_event(
        [
            (OUTLETS[0], "Thieves escaped with jewels worth 3 million euros ($3.9 million) from the Velmora museum. "
                         "In July a gunman took gems worth 85 million euros from a hotel in Halvik.", SPRING_2013),
            (OUTLETS[1], "Thieves escaped with jewels worth $3.9 million from the Velmora museum. "
                         "In July a gunman took gems worth €85 million from a hotel in Halvik.", SPRING_2013),
        ]
    )
    slots = {frozenset(text_of(result, i) for i in a.fact_ids) for a in result.alignments if a.kind == "figure"}
    assert frozenset({"3 million euros", "$3.9 million"}) in slots
    assert frozenset({"85 million euros", "€85 million"}) in slots


def test_the_rate_the_reports_give_comes_before_the_bank_rate(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "Thieves escaped with jewels worth 3 million euros ($3.9 million) from the Velmora museum.", DAY_2),
            (OUTLETS[1], "Thieves escaped with jewels worth €3 million from the Velmora museum.", DAY_2),
            (OUTLETS[2], "Thieves escaped with jewels worth $3.9 million from the Velmora museum.", DAY_2),
        ]
    )
    finding = finding_with(result, "figure", "€3 million")
    details = {p.detail for p in finding.pairs if p.cause == "arithmetic"}
    assert "the same amount at the rate the reports give (1 EUR = 1.3 USD)" in details


def _grant_pairs(claims: Sequence[str], run_event: RunEvent) -> dict[frozenset[str], tuple[str, str]]:
    result = run_event([(OUTLETS[n], f"Tarvick's harbour board said the repair of its breakwater would cost {claim}.", DAY_2)
                        for n, claim in enumerate(claims)])
    return {frozenset({text_of(result, p.fact_ids[0]), text_of(result, p.fact_ids[1])}): (p.status, p.detail)
            for f in result.findings if f.kind == "figure" for p in f.pairs}


def test_a_dollar_named_bare_is_the_story_s_own_dollar(run_event: RunEvent) -> None:
    """A paper in a country with its own dollar writes it bare; a wire pins it: one amount, no disagreement."""
    pairs = _grant_pairs(["A$41,600", "41,600 dollars", "more than $40,000"], run_event)
    assert pairs[frozenset({"A$41,600", "41,600 dollars"})] == ("agree", "the same figure")
    assert pairs[frozenset({"A$41,600", "more than $40,000"})][0] == "compatible"


def test_a_dollar_pinned_to_another_country_stays_another_currency(run_event: RunEvent) -> None:
    """"US$41,600" is not "A$41,600": a writer who names the country means it, so the two are weighed at the
    bank's rate, never read as one amount."""
    status, detail = _grant_pairs(["A$41,600", "US$41,600"], run_event)[frozenset({"A$41,600", "US$41,600"})]
    assert status != "agree" and detail != "the same figure"


def test_a_bare_dollar_far_from_the_other_in_one_currency_is_weighed_as_a_conversion(run_event: RunEvent) -> None:
    """A wire's "$29,200" beside "A$41,600" is far from it in one currency and near it at the bank's rate: read as
    the wire's conversion, whichever dollar it meant."""
    status, detail = _grant_pairs(["A$41,600", "$29,200"], run_event)[frozenset({"A$41,600", "$29,200"})]
    assert status == "compatible" and "at the rate of" in detail


def test_a_currency_named_by_a_shared_name_is_the_code_beside_it(run_event: RunEvent) -> None:
    """ "francs" is no one currency; beside "CHF" it is the Swiss franc: the same sum agrees, another conflicts."""
    same = _grant_pairs(["CHF 4.2 million", "4.2 million francs"], run_event)
    assert same[frozenset({"CHF 4.2 million", "4.2 million francs"})] == ("agree", "the same figure")
    other = _grant_pairs(["CHF 4.2 million", "2.4 million francs"], run_event)
    assert other[frozenset({"CHF 4.2 million", "2.4 million francs"})][0] == "conflict"


def test_a_shared_name_pinned_to_another_country_is_not_the_code_beside_it(run_event: RunEvent) -> None:
    """ "CFA francs" are not Swiss francs: with no rate between them the two sums are never called one."""
    pairs = _grant_pairs(["CHF 4.2 million", "2.4 million CFA francs"], run_event)
    assert all(status != "conflict" for status, _ in pairs.values())


AGES = [
    pytest.param(DAY_1, DAY_2, "conflict", id="a-day-apart-no-birthday-between"),
    pytest.param(DAY_1, DAY_1 + dt.timedelta(days=200), "compatible", id="months-apart-a-later-age"),
]


@pytest.mark.parametrize(("first", "second", "status"), AGES)
def test_an_age_grows_only_with_the_calendar(run_event: RunEvent, first: dt.date, second: dt.date, status: str) -> None:
    result = run_event(
        [
            (OUTLETS[0], "Rescue leader Marta Vellacourt, 31, reached the town first.", first),
            (OUTLETS[1], "Rescue leader Marta Vellacourt, 32, reached the town first.", second),
        ]
    )
    finding = finding_with(result, "figure", "31")
    assert finding.status == status


# --- source_difference -----------------------------------------------------------------------------


def test_different_magnitudes_from_different_sources(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "The quake had a magnitude of 6.9, the National Seismology Institute said.", DAY_2),
            (OUTLETS[1], "The quake had a magnitude of 7.1, the Brask Geophysical Office said.", DAY_2),
        ]
    )
    finding = finding_with(result, "figure", "magnitude of 6.9")
    assert (finding.status, finding.cause) == ("conflict", "source_difference")
    (pair,) = representative(finding)
    assert "National Seismology Institute" in pair.detail
    assert "Brask Geophysical Office" in pair.detail


def test_one_outlet_setting_two_sources_against_each_other(run_event: RunEvent) -> None:
    # The first outlet gives both figures, the second only one source's: the slot holds one claim
    # and the difference is one of sources, whatever word the second source's figure comes with.
    result = run_event(
        [
            (OUTLETS[0], "The quake had a magnitude of 6.9, the Brask Geophysical Office said, while the "
                         "National Seismology Institute put it at 7.1.", DAY_2),
            (OUTLETS[1], "The quake measured 7.1, the National Seismology Institute said.", DAY_2),
        ]
    )
    finding = finding_with(result, "figure", "magnitude of 6.9")
    assert {text_of(result, f) for f in finding.fact_ids} >= {"magnitude of 6.9", "7.1"}
    assert (finding.status, finding.cause) == ("conflict", "source_difference")


def test_parts_of_a_toll_are_compared_with_the_same_part_only(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "The quake killed 31 people in Velmora, including 12 children.", None),
            (OUTLETS[1], "Thirty-one people, 9 of them children, died in the Velmora quake.", None),
            (OUTLETS[2], "The quake killed 31 people in Velmora, including 5 women.", None),
        ]
    )  # (undated: reports of one day could each be an update of the other's tally)
    toll = finding_with(result, "figure", "Thirty-one")
    assert toll.status == "agree" and len(toll.fact_ids) == 3
    children = finding_with(result, "figure", "12")
    assert {text_of(result, f) for f in children.fact_ids} == {"12", "9"}
    assert children.status == "conflict"
    assert finding_with(result, "figure", "5").status == "unverified"


def test_a_count_told_as_a_noun_of_n_or_n_noun_members_is_one_claim(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "Pirates seized the Brask Star tanker and its 25 crew members off Velmora.", DAY_2),
            (OUTLETS[1], "The Brask Star, with a crew of 25, was seized by pirates off Velmora.", DAY_2),
            (OUTLETS[2], "Pirates seized the Brask Star off Velmora, taking its 28 crew hostage.", DAY_2),
        ]
    )
    finding = finding_with(result, "figure", "28")
    assert {text_of(result, f) for f in finding.fact_ids} == {"25", "28"}
    assert len(finding.fact_ids) == 3
    assert finding.status == "conflict"


def test_a_body_named_by_its_common_noun_is_no_other_source(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "Hackers stole 40 million card numbers from Dravik Bank in Velmora, the bank said.", DAY_2),
            (OUTLETS[1], "Dravik Bank said hackers in Velmora stole 14 million card numbers.", DAY_2),
        ]
    )
    finding = finding_with(result, "figure", "14 million")
    assert finding.status == "conflict"
    assert finding.cause != "source_difference"


def test_one_thing_valued_twice_in_other_words_is_one_claim(run_event: RunEvent) -> None:
    # The brooch of a second theft: each outlet values it in its own currency and its own words.
    result = run_event(
        [
            (OUTLETS[0], "Thieves took jewels worth $8 million from a Velmora shop. Days later a $3.1 million "
                         "brooch was taken at a party in Halvik.", SPRING_2013),
            (OUTLETS[1], "Jewels worth $8 million were stolen from a shop in Velmora. In a second theft, a "
                         "gold brooch worth £1.4m vanished from a hotel room in Halvik.", SPRING_2013),
        ]
    )
    finding = finding_with(result, "figure", "£1.4m")
    assert {text_of(result, f) for f in finding.fact_ids} == {"$3.1 million", "£1.4m"}
    assert finding.status == "conflict"


def test_two_outlets_tolls_of_an_old_disaster_are_no_update(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "The quake killed 12 people in Velmora, where the 1998 flood killed 2,300.", DAY_1),
            (OUTLETS[1], "The quake killed 12 people in Velmora, where the 1998 flood killed 2,500.", DAY_2),
        ]
    )
    finding = finding_with(result, "figure", "2,300")
    assert finding.status == "conflict"
    assert finding.cause != "update"


@pytest.mark.parametrize(
    ("credit_a", "credit_b", "status", "cause"),
    [
        pytest.param(", the Halvik Herald reported", ", Radio Dravik reported", "conflict", "source_difference", id="two-sources-two-figures"),
        pytest.param("", "", "compatible", "precision", id="one-figure-rounded"),
    ],
)
def test_a_round_figure_from_another_source_is_not_the_same_one_rounded(
    run_event: RunEvent, credit_a: str, credit_b: str, status: str, cause: str
) -> None:
    result = run_event(
        [
            (OUTLETS[0], f"Velmora offered a contract worth $184 million{credit_a}.", DAY_2),
            (OUTLETS[1], f"Velmora offered a contract worth $190 million{credit_b}.", DAY_2),
        ]
    )
    finding = finding_with(result, "figure", "$184 million")
    assert (finding.status, finding.cause) == (status, cause)


@pytest.mark.parametrize(
    ("round_figure", "status"),
    [
        pytest.param("1.1 million", "compatible", id="two-digits-the-exact-one-rounds-to"),
        pytest.param("1 million", "conflict", id="one-digit-may-be-another-figure"),
    ],
)
def test_a_figure_rounded_to_two_digits_is_the_same_one_whoever_is_credited(
    run_event: RunEvent, round_figure: str, status: str
) -> None:
    result = run_event(
        [
            (OUTLETS[0], "The floods cut off 1,112,000 people in Lessrow, the Red Cross said.", DAY_2),
            (OUTLETS[1], f"The floods cut off {round_figure} people in Lessrow, the interior ministry said.", DAY_2),
        ]
    )
    finding = finding_with(result, "figure", "1,112,000")
    assert finding.status == status


@pytest.mark.parametrize(
    ("whole", "status"),
    [
        pytest.param("38 percent", "compatible", id="two-digits-the-decimal-one-rounds-to"),
        pytest.param("thirty-eight percent", "compatible", id="two-digits-in-words"),
        pytest.param("4 percent", "conflict", id="one-digit-may-be-another-figure"),
    ],
)
def test_a_percentage_to_the_whole_is_another_sources_decimal_one_rounded(
    run_event: RunEvent, whole: str, status: str
) -> None:
    decimal = "4.4%" if whole.startswith("4 ") else "37.6%"
    result = run_event(
        [
            (OUTLETS[0], f"Ferry fares on the Lessrow crossing will rise by {decimal}, the transport ministry said.", DAY_2),
            (OUTLETS[1], f"Ferry fares on the Lessrow crossing will rise by {whole}, the operator Dravik Lines said.", DAY_2),
        ]
    )
    finding = finding_with(result, "figure", decimal)
    assert finding.status == status


@pytest.mark.parametrize(
    ("exact", "status"),
    [
        pytest.param("for 25 minutes", "compatible", id="a-fifth-short-of-a-half-hour"),
        pytest.param("for 20 minutes", "conflict", id="a-third-short-is-not-nearly"),
        pytest.param("for 32 minutes", "compatible", id="a-little-over-is-the-slack-of-a-measure"),
    ],
)
def test_nearly_half_of_a_unit_is_as_rough_as_a_single_digit(run_event: RunEvent, exact: str, status: str) -> None:
    result = run_event(
        [
            (OUTLETS[0], "The Lessrow ferry blockade lasted for nearly half an hour, the port said.", DAY_2),
            (OUTLETS[1], f"The Lessrow ferry blockade lasted {exact}, the port said.", DAY_2),
        ]
    )
    finding = finding_with(result, "figure", "nearly half an hour")
    assert finding.status == status


def test_source_difference_names_a_lower_case_source_in_full(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "The quake had a magnitude of 6.9, the national seismology institute said.", DAY_2),
            (OUTLETS[1], "The quake had a magnitude of 7.1, the Brask Geophysical Office said.", DAY_2),
        ]
    )
    (pair,) = representative(finding_with(result, "figure", "magnitude of 6.9"))
    assert "national seismology institute" in pair.detail


# --- scope -----------------------------------------------------------------------------------------


def test_a_projection_and_a_count_are_never_judged_against_each_other(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "The quake killed 300 people, and officials said the toll could reach 10,000.", DAY_2),
            (OUTLETS[1], "The quake killed 300 people, and officials said the toll could reach 10,000.", DAY_2),
            (OUTLETS[2], "The quake killed 300 people.", DAY_2),
        ]
    )
    count = {f.id for f in result.facts if f.text == "300"}
    projection = {f.id for f in result.facts if f.text == "10,000"}
    assert len(count) == 3 and len(projection) == 2
    for finding in result.findings:
        assert not (count & set(finding.fact_ids) and projection & set(finding.fact_ids)), finding.slot
    assert finding_with(result, "figure", "300").status == "agree"
    assert finding_with(result, "figure", "10,000").status == "agree"


# --- dates: weekday and resolution -----------------------------------------------------------------


def test_a_weekday_that_resolves_to_another_day_is_the_odd_one_out(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "The quake struck Velmora on Tuesday.", THURSDAY),  # Tuesday is March 4
            (OUTLETS[1], "The quake struck Velmora on March 5, 2031.", THURSDAY),  # a Wednesday
            (OUTLETS[2], "The quake struck Velmora on March 5, 2031.", THURSDAY),
        ]
    )
    finding = finding_with(result, "date", "Tuesday")
    assert (finding.status, finding.cause) == ("conflict", "weekday")
    conflicts = [p for p in representative(finding) if p.status == "conflict"]
    assert len(conflicts) == 2
    assert all(OUTLETS[0] in p.detail for p in conflicts)
    assert OUTLETS[0] in finding.message


UNANCHORED = [
    pytest.param("on March 2, 2031", "compatible", "resolution", id="sunday-could-be-that-sunday"),
    pytest.param("on March 3, 2031", "conflict", "weekday", id="sunday-is-not-a-monday"),
]


@pytest.mark.parametrize(("dated", "status", "cause"), UNANCHORED)
def test_a_weekday_in_an_undated_article(run_event: RunEvent, dated: str, status: str, cause: str) -> None:
    result = run_event(
        [
            (OUTLETS[0], "The quake struck Velmora on Sunday.", None),
            (OUTLETS[1], f"The quake struck Velmora {dated}.", THURSDAY),
        ]
    )
    finding = finding_with(result, "date", "Sunday")
    assert (finding.status, finding.cause) == (status, cause)


def test_a_background_year_is_no_conflict_with_the_day_of_the_quake(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "The quake struck Velmora on Tuesday, killing 12 people.", DAY_2),
            (OUTLETS[1], "The quake killed 12 people in Velmora, where the 1998 flood killed 300.", DAY_2),
            (OUTLETS[2], "The quake struck Velmora on Tuesday, killing 12 people.", DAY_2),
        ]
    )
    assert [f.slot for f in result.findings if f.status == "conflict"] == []


def test_an_article_stands_by_its_statement_that_fits_the_others() -> None:
    # The third outlet names the aftershock's day first and the main quake's day further down: its
    # Thursday is another quake, not its version of the day the others give.
    slot = [
        date_facts("The quake struck Velmora on Tuesday.", "a1", OUTLETS[0], THURSDAY),
        date_facts("The quake struck Velmora on Tuesday.", "a2", OUTLETS[1], THURSDAY),
        date_facts("The quake struck on Thursday; an earlier quake struck on Tuesday.", "a3", OUTLETS[2], THURSDAY),
    ]
    assert [len(facts) for _article, facts in slot] == [1, 1, 2]
    outcome = CHECKS["date-agreement"].run(slot)
    assert outcome.status == "agree"
    tuesday = next(f for f in slot[2][1] if f.text == "Tuesday")
    assert tuesday.id in outcome.representatives


def test_an_article_whose_every_statement_conflicts_keeps_its_lead() -> None:
    slot = [
        date_facts("The quake struck Velmora on Tuesday.", "a1", OUTLETS[0], THURSDAY),
        date_facts("The quake struck Velmora on Tuesday.", "a2", OUTLETS[1], THURSDAY),
        date_facts("The quake struck on Wednesday; an earlier quake struck on Monday.", "a3", OUTLETS[2], THURSDAY),
    ]
    outcome = CHECKS["date-agreement"].run(slot)
    assert outcome.status == "conflict"
    wednesday = next(f for f in slot[2][1] if f.text == "Wednesday")
    assert wednesday.id in outcome.representatives


def test_a_date_whose_words_name_two_happenings_dates_the_one_other_outlets_date() -> None:
    """"a ceasefire agreed on Thursday": the frame reads the agreeing, which no other outlet dates; the
    other outlets date the ceasefire, so the day is set against theirs."""
    result = one_event([
        "BRASK (Northwire) - Halvik's government and the rebel Front signed a 72-hour ceasefire on Wednesday "
        "after two days of talks in Dravik, mediators said. The truce covers the northern hills.",
        "Halvik's government and the rebel Front signed a ceasefire on Wednesday in Dravik, ending a month of "
        "fighting in the northern hills, mediators said.",
        "The streets of northern Brask were quiet yesterday, residents said. A three-day ceasefire agreed on "
        "Thursday between Halvik's government and the rebel Front held through its first full day in the hills.",
    ])
    finding = finding_with(result, "date", "Thursday")
    assert finding.status == "conflict"
    assert {text_of(result, i) for i in finding.fact_ids} >= {"Wednesday", "Thursday"}


# --- time zones (the date check on its own) --------------------------------------------------------


def date_facts(text: str, article_id: str, outlet: str, published: dt.date | None = DAY_2) -> tuple[Article, list[Fact]]:
    article = Article(id=article_id, path=f"{article_id}.txt", outlet=outlet, body=text, published=published)
    facts, _ = extract_facts(article, id_prefix=f"{article_id}.")
    return article, [f for f in frame_facts(article, facts) if f.kind == "date"]


TIMES = [
    pytest.param("6:40 a.m. local time", "22:40 GMT", "compatible", "timezone", id="local-and-gmt-may-be-one-instant"),
    pytest.param("7:40 CET", "6:40 GMT", "compatible", "timezone", id="one-instant-in-two-zones"),
    pytest.param("10:00 GMT", "11:00 GMT", "conflict", "timezone", id="two-instants"),
    pytest.param("10:00 GMT", "10:00 GMT", "agree", "equal", id="same-instant"),
    pytest.param("8:15 a.m. local time", "08:15 GMT", "conflict", "timezone", id="same-reading-local-and-gmt"),
    pytest.param("8:15 a.m.", "08:15 GMT", "agree", "equal", id="same-reading-one-zone-unsaid"),
    # A local clock given with its converted time in brackets states the local offset, so a reading
    # labelled local (or given with no zone) compares with it on the local clock.
    pytest.param("3:40 a.m. (0240 GMT)", "2:40 a.m. local time", "conflict", "timezone", id="gmt-reading-relabelled-local"),
    pytest.param("9:47 p.m. (1947 GMT)", "19:47 local time", "conflict", "timezone", id="gmt-reading-relabelled-local-24h"),
    pytest.param("3:40 a.m. (0240 GMT)", "around 4 a.m.", "compatible", "precision", id="bracketed-local-and-a-hedged-hour"),
    pytest.param("3:40 a.m. (0240 GMT)", "0240 GMT", "compatible", "timezone", id="bracketed-and-plain-gmt"),
]


HEDGED_TIMES = [
    pytest.param("at 3:14 a.m.", "shortly after 3 a.m.", "compatible", "precision", id="shortly-after-holds-a-quarter-past"),
    pytest.param("at 4:15 a.m.", "shortly after 3 a.m.", "conflict", "unexplained", id="an-hour-later-is-not-shortly-after"),
    pytest.param("at around 11 a.m.", "at around 11:30 a.m.", "conflict", "unexplained", id="two-hedged-times-half-an-hour-apart"),
    pytest.param("at 10:05 a.m.", "at about 10 a.m.", "compatible", "precision", id="about-ten"),
    # "about" reaches as far as its reading is rounded: a whole hour half an hour either way, a
    # quarter past no further than half a quarter.
    pytest.param("at 3:40 a.m.", "at about 4 a.m.", "compatible", "precision", id="about-a-whole-hour"),
    pytest.param("at 3:40 a.m.", "at about 4:15 a.m.", "conflict", "unexplained", id="about-a-quarter-past"),
    pytest.param("at about 2 p.m.", "at about 2:15 p.m.", "compatible", "precision", id="two-hedges-a-quarter-apart"),
    pytest.param("at 9:47 p.m.", "last night shortly before 10 p.m.", "compatible", "precision", id="a-hedge-inside-the-date"),
    pytest.param("at 4:40 p.m.", "late on Friday afternoon, just before a quarter to five", "compatible", "precision",
                 id="a-hedge-inside-a-reading-in-words"),
    pytest.param("at 4:50 p.m.", "late on Friday afternoon, just before a quarter to five", "conflict", "unexplained",
                 id="a-reading-in-words-hedged-before-is-not-after-it"),
    # A reading that names no half of the day may be the afternoon's; one that names it may not.
    pytest.param("at about 2 p.m.", "shortly after two o'clock", "compatible", "precision", id="no-half-of-the-day-hedged"),
    pytest.param("at 4:30 p.m.", "at half past four", "compatible", "precision", id="no-half-of-the-day"),
    pytest.param("at 4:30 p.m.", "at half past four in the morning", "conflict", "unexplained", id="the-morning-named"),
    pytest.param("at 16:30", "at 04:30", "conflict", "unexplained", id="both-on-the-24-hour-clock"),
    pytest.param("at 5:30 p.m.", "at half past four", "conflict", "unexplained", id="an-hour-apart-either-way"),
    # read from midnight, "a quarter to one" is 00:45; its afternoon is a quarter to one p.m.
    pytest.param("at 12:45 p.m.", "at a quarter to one", "compatible", "precision", id="a-quarter-to-one-after-noon"),
]


def test_a_gmt_reading_is_read_on_the_local_clock_another_report_gives() -> None:
    """One report gives the local clock beside GMT; another only GMT, a third only a hedged local hour."""
    slot = [
        date_facts("The substation caught fire at 4:12 p.m. (1512 GMT) on Wednesday.", "a1", OUTLETS[0]),
        date_facts("The substation caught fire at 1512 GMT on Wednesday.", "a2", OUTLETS[1]),
        date_facts("The substation caught fire just after 4 p.m. on Wednesday.", "a3", OUTLETS[2]),
        date_facts("The substation caught fire at 1612 GMT on Wednesday.", "a4", OUTLETS[3]),
    ]
    outcome = CHECKS["date-agreement"].run(slot)
    verdicts = {frozenset(p.fact_ids): p.status for p in outcome.pairs}
    both, gmt, hedged, late = (facts[0].id for _article, facts in slot)
    assert verdicts[frozenset((gmt, hedged))] == "compatible"
    assert verdicts[frozenset((late, both))] == "conflict"


def test_the_local_offset_one_report_states_holds_for_every_slot_of_the_event() -> None:
    """The report that gives the local clock beside GMT may sit in another slot (the day's): the event's
    readings still tell the slot of the other two that one reading given as local and as GMT is mislabelled."""
    stating = date_facts("The pipe burst at 0520 GMT (7:20 a.m. local time), the utility said.", "a1", OUTLETS[0])
    local = date_facts("Water poured into the tunnel from 07:20, the utility said.", "a2", OUTLETS[1])
    relabelled = date_facts("Water poured into the tunnel from 07:20 GMT, the utility said.", "a3", OUTLETS[2])
    check = CHECKS["date-agreement"]
    assert check.event_context is not None
    slot = [local, relabelled]
    context = check.event_context([f for _article, facts in (stating, local, relabelled) for f in facts])
    alone, told = check.run(slot), check.run(slot, context=context)
    assert [(p.status, p.cause) for p in alone.pairs] == [("agree", "equal")]
    assert [(p.status, p.cause) for p in told.pairs] == [("conflict", "timezone")]
    # two reports that state different offsets tell no slot which is the local one
    other = date_facts("The pipe burst at 0520 GMT (8:50 a.m. local time).", "a4", OUTLETS[3])
    facts = [f for _article, fs in (stating, other, local, relabelled) for f in fs]
    assert [p.status for p in check.run(slot, context=check.event_context(facts)).pairs] == ["agree"]


def test_a_local_reading_and_a_gmt_one_of_the_same_minutes_tell_the_offset_between_reports() -> None:
    """No report converts its own reading, but one gives "4.25am local time" and another "0225 GMT": the hours
    between them are the local offset, so a third report's unlabelled "2:25 a.m." is GMT printed as if it were local."""
    gmt = date_facts("The dam gave way at 0225 GMT, the water board said.", "a1", OUTLETS[0])
    local = date_facts("The dam gave way at 4.25am local time, its keepers said.", "a2", OUTLETS[1])
    relabelled = date_facts("The dam gave way at 2:25 a.m., the water board said.", "a3", OUTLETS[2])
    check = CHECKS["date-agreement"]
    assert check.event_context is not None
    facts = [f for _article, fs in (gmt, local, relabelled) for f in fs]
    verdicts = {frozenset(p.fact_ids): p.status for p in check.run([gmt, relabelled], context=check.event_context(facts)).pairs}
    assert verdicts[frozenset((gmt[1][0].id, relabelled[1][0].id))] == "conflict"
    # readings whose minutes differ tell no offset: the unlabelled one may be the GMT one's
    other = date_facts("The dam gave way at 4.40am local time.", "a4", OUTLETS[3])
    facts = [f for _article, fs in (gmt, other, relabelled) for f in fs]
    assert [p.status for p in check.run([gmt, relabelled], context=check.event_context(facts)).pairs] == ["agree"]


@pytest.mark.parametrize(
    ("stated", "other", "status"),
    [
        # on the local clock the GMT reading falls in the hedged one: one time, told less precisely
        ("at 0212 GMT (4:12 a.m. local time)", "just after 4 a.m.", ("compatible", "precision")),
        ("at 0212 GMT (4:12 a.m. in Velmora)", "just after 4 a.m.", ("compatible", "precision")),
        ("at 0212 GMT (4:12 a.m. local time)", "2:12 a.m. local time", ("conflict", "timezone")),
        # news gives the local clock unless it says otherwise: the GMT reading on the local clock is 4:12
        ("at 0212 GMT (4:12 a.m. local time)", "at 2:12 a.m.", ("conflict", "timezone")),
        ("at 0212 GMT (4:12 a.m. local time)", "at 5:12 a.m.", ("conflict", "timezone")),
        ("at 0212 GMT (4:12 a.m. local time)", "at 5:12 a.m. local time", ("conflict", "timezone")),
        # the wire's four digits closed by "local" in the brackets: a clock, not the year 412 or 1412
        ("at 0212 GMT (0412 local)", "just after 4 a.m.", ("compatible", "precision")),
        ("at 0212 GMT (0412 local)", "at 2:12 a.m.", ("conflict", "timezone")),
        # the local clock told by its place after a comma
        ("at 0212 GMT, 4:12 a.m. in Velmora,", "at 2:12 a.m.", ("conflict", "timezone")),
        ("at 0212 GMT, 4:12 a.m. in Velmora,", "just after 4 a.m.", ("compatible", "precision")),
    ],
)
def test_a_zoned_reading_with_the_local_clock_in_brackets_states_the_offset(
    stated: str, other: str, status: tuple[str, str]
) -> None:
    """ "0230 GMT (4:30 a.m. local time)": the wire gives GMT first and the local clock after it."""
    slot = [
        date_facts(f"The tanker ran aground {stated} on Monday.", "a1", OUTLETS[0]),
        date_facts("The tanker ran aground at 0212 GMT on Monday.", "a2", OUTLETS[1]),
        date_facts(f"The tanker ran aground {other} on Monday.", "a3", OUTLETS[2]),
    ]
    outcome = CHECKS["date-agreement"].run(slot)
    verdicts = {frozenset(p.fact_ids): (p.status, p.cause) for p in outcome.pairs}
    gmt, local = slot[1][1][0].id, slot[2][1][0].id
    assert verdicts[frozenset((gmt, local))] == status


@pytest.mark.parametrize(
    ("gmt", "local", "status"),
    [
        # where the event's clock runs two hours off GMT, one reading given as GMT and as local time is mislabelled
        ("at 0515 GMT", "at 5.15am", ("conflict", "timezone")),
        ("at 0515 GMT", "at 7.15am", ("compatible", "timezone")),
        # a reading in words that names no a.m. or p.m. is that reading in the afternoon too
        ("at 1715 GMT", "at a quarter past five", ("conflict", "timezone")),
    ],
)
def test_one_reading_as_gmt_and_as_local_time_is_mislabelled_where_they_differ(
    gmt: str, local: str, status: tuple[str, str]
) -> None:
    slot = [
        date_facts("The tanker ran aground at 0212 GMT (4:12 a.m. local time) on Monday.", "a1", OUTLETS[0]),
        date_facts(f"The tug reached the tanker {gmt} on Monday.", "a2", OUTLETS[1]),
        date_facts(f"The tug reached the tanker {local} on Monday.", "a3", OUTLETS[2]),
    ]
    outcome = CHECKS["date-agreement"].run(slot)
    verdicts = {frozenset(p.fact_ids): (p.status, p.cause) for p in outcome.pairs}
    zoned, unlabelled = slot[1][1][0].id, slot[2][1][0].id
    assert verdicts[frozenset((zoned, unlabelled))] == status


@pytest.mark.parametrize(
    ("local", "status"),
    [
        # the part of the day beside a reading that names no a.m. or p.m. puts it after noon (right after the
        # clock, the extractor reads the two as one moment, 13:00: the local clock of 1100 GMT there)
        ("today, at one o'clock this afternoon", ("compatible", "timezone")),
        ("today, at one o'clock, late in the evening", ("compatible", "precision")),
        # ... but one that may be before noon leaves the reading as the extractor read it
        ("today, at one o'clock, late at night", ("conflict", "timezone")),
        ("today, at two o'clock, well into the afternoon", ("conflict", "timezone")),
    ],
)
def test_a_clock_beside_an_afternoon_word_is_read_after_noon(local: str, status: tuple[str, str]) -> None:
    slot = [
        date_facts("The ferry left the quay on Monday at 1100 GMT (13:00 local time).", "a1", OUTLETS[0]),
        date_facts("The ferry left the quay on Monday at 1100 GMT.", "a2", OUTLETS[1]),
        date_facts(f"The ferry left the quay {local}.", "a3", OUTLETS[2]),
    ]
    outcome = CHECKS["date-agreement"].run(slot)
    verdicts = {frozenset(p.fact_ids): (p.status, p.cause) for p in outcome.pairs}
    zoned, unlabelled = slot[1][1][0].id, slot[2][1][0].id
    assert verdicts[frozenset((zoned, unlabelled))] == status


@pytest.mark.parametrize(
    ("named", "status"),
    [
        # a reading on a named place's clock may be the others' instant moved by a zone
        ("at 9 p.m. Kelvarra time on Monday", "compatible"),
        ("at 09:00 on Tuesday, camp time (UTC+10)", "compatible"),
        # ... but not a reading at another minute, nor one that names no clock
        ("at 9.20 p.m. Kelvarra time on Monday", "conflict"),
        ("at 9 p.m. on Monday", "conflict"),
    ],
)
def test_a_reading_on_a_named_places_clock_may_be_one_instant(named: str, status: str) -> None:
    slot = [
        date_facts("The relay team reached the summit at 11 p.m. on Monday, the club said.", "a1", OUTLETS[0]),
        date_facts(f"The relay team reached the summit {named}, the club said.", "a2", OUTLETS[1]),
    ]
    outcome = CHECKS["date-agreement"].run(slot)
    verdicts = {frozenset(p.fact_ids): p.status for p in outcome.pairs}
    assert verdicts[frozenset((slot[0][1][0].id, slot[1][1][0].id))] == status


@pytest.mark.parametrize(
    "stated",
    [
        "at 0915 GMT (noon local)",  # a bracket naming noon, which reads as no clock on its own
        "at 0915 GMT, noon local,",  # the local clock after a comma
        "at noon local time (0915 GMT)",  # the local clock first, the zoned reading in brackets
    ],
)
def test_the_local_offset_is_stated_in_other_forms_too(stated: str) -> None:
    """With the offset known, a GMT reading and an unlabelled one at the same hour and minute are one reading
    labelled two ways: the event's clock runs hours off GMT."""
    slot = [
        date_facts(f"The harbour master spoke {stated} on Monday.", "a1", OUTLETS[0]),
        date_facts("The harbour master spoke at 0915 GMT on Monday.", "a2", OUTLETS[1]),
        date_facts("The harbour master spoke at 9.15am on Monday.", "a3", OUTLETS[2]),
    ]
    outcome = CHECKS["date-agreement"].run(slot)
    verdicts = {frozenset(p.fact_ids): (p.status, p.cause) for p in outcome.pairs}
    assert verdicts[frozenset((slot[1][1][0].id, slot[2][1][0].id))] == ("conflict", "timezone")


@pytest.mark.parametrize(("local", "status"), [("11.10 p.m.", "compatible"), ("10.10 p.m.", "conflict")])
def test_a_named_clock_of_stated_offset_moves_to_the_local_clock(local: str, status: str) -> None:
    """With the event's local offset stated (UTC+1 here), a reading on a named clock of stated offset must meet
    the local reading once moved: seven hours apart, not eight."""
    slot = [
        date_facts("The rover touched the crater floor on Monday at 2210 GMT (23:10 in Velmora).", "a1", OUTLETS[0]),
        date_facts(
            "The rover touched the crater floor at 06:10 on Tuesday, research camp time (UTC+8), its makers said.",
            "a2", OUTLETS[1],
        ),
        date_facts(f"The bit reached rock at {local}, and the crew cheered.", "a3", OUTLETS[2]),
    ]
    outcome = CHECKS["date-agreement"].run(slot)
    verdicts = {frozenset(p.fact_ids): p.status for p in outcome.pairs}
    assert verdicts[frozenset((slot[1][1][0].id, slot[2][1][0].id))] == status


def test_a_statement_that_is_the_news_is_dated_once() -> None:
    """A report whose news is what someone said dates that statement first: outlets that date it two ways
    disagree, while statements further down may be others."""
    slot = [
        date_facts("The champion Mara Ellory will retire at the end of the season, she said on Monday.", "a1", OUTLETS[0]),
        date_facts("Mara Ellory announced her retirement on Sunday, ending a long career in tennis.", "a2", OUTLETS[1]),
        date_facts("Tennis champion Mara Ellory said on Monday that she would retire this season.", "a3", OUTLETS[2]),
        date_facts("Mara Ellory's last match is on Friday. Her coach said on Tuesday that she was at peace.", "a4", OUTLETS[3]),
    ]
    outcome = CHECKS["date-agreement"].run(slot)
    verdicts = {frozenset(p.fact_ids): p.status for p in outcome.pairs}
    monday, sunday, also_monday = (facts[0].id for _article, facts in slot[:3])
    tuesday = next(f.id for f in slot[3][1] if f.text == "Tuesday")
    assert verdicts[frozenset((monday, sunday))] == "conflict"
    assert verdicts[frozenset((monday, also_monday))] == "agree"
    assert verdicts[frozenset((monday, tuesday))] == "compatible"  # the coach's statement, further down


def test_news_statements_of_two_speakers_are_two_statements() -> None:
    slot = [
        date_facts("Forty people have died of cholera, the health ministry said on Tuesday.", "a1", OUTLETS[0]),
        date_facts("Fifty-two people have died of cholera, the regional health agency said on Wednesday.", "a2", OUTLETS[1]),
    ]
    outcome = CHECKS["date-agreement"].run(slot)
    assert [(p.status, p.cause) for p in outcome.pairs] == [("compatible", "scope")]


LOCAL_OFFSETS = [
    # A report puts 0212 GMT at 4:12 a.m. local time: the local clock is two hours ahead, as CEST is, so
    # "4:12 CEST" is a local reading, and another outlet's zoneless "5:12 a.m." is another time.
    pytest.param("The tanker ran aground at 0212 GMT (4:12 a.m. local time) on Monday.",
                 "The tanker ran aground at 4:12 CEST on Monday.", ("conflict", "timezone"), id="a-zone-of-the-local-offset"),
    # A report converts the aftershock's time, not the tanker's: its offset may be another place's, so the
    # zoneless reading is not called wrong by it.
    pytest.param("An aftershock struck at 0440 GMT (9:10 a.m. local time) on Monday.",
                 "The tanker ran aground at 0212 GMT on Monday.", ("compatible", "timezone"),
                 id="an-offset-stated-for-another-moment"),
]


@pytest.mark.parametrize(("stating", "zoned", "status"), LOCAL_OFFSETS)
def test_a_local_offset_decides_a_zoneless_clock_only_for_the_moment_it_was_stated_for(
    stating: str, zoned: str, status: tuple[str, str]
) -> None:
    slot = [
        date_facts(stating, "a1", OUTLETS[0]),
        date_facts(zoned, "a2", OUTLETS[1]),
        date_facts("The tanker ran aground at 5:12 a.m. on Monday.", "a3", OUTLETS[2]),
    ]
    outcome = CHECKS["date-agreement"].run(slot)
    verdicts = {frozenset(p.fact_ids): (p.status, p.cause) for p in outcome.pairs}
    assert verdicts[frozenset((slot[1][1][0].id, slot[2][1][0].id))] == status


def test_a_clock_without_a_day_is_read_whatever_day_it_was_filed_under() -> None:
    """Reports filed on different days give the same time of the fire, one of them hedged."""
    slot = [
        date_facts("The fire broke out in Velmora at 14:15.", "a1", OUTLETS[0], DAY_2),
        date_facts("The fire broke out in Velmora at about 2 p.m.", "a2", OUTLETS[1], DAY_1),
        date_facts("The fire broke out in Velmora at 11:30 a.m.", "a3", OUTLETS[2], DAY_1),
    ]
    outcome = CHECKS["date-agreement"].run(slot)
    verdicts = {frozenset(p.fact_ids): (p.status, p.cause) for p in outcome.pairs}
    first, hedged, other = (facts[0].id for _article, facts in slot)
    assert verdicts[frozenset((first, hedged))] == ("compatible", "precision")
    assert verdicts[frozenset((first, other))][0] == verdicts[frozenset((hedged, other))][0] == "conflict"


@pytest.mark.parametrize(("time_a", "time_b", "status", "cause"), HEDGED_TIMES)
def test_hedged_clock_times_compared_as_windows(time_a: str, time_b: str, status: str, cause: str) -> None:
    slot = [
        date_facts(f"The fire broke out in Velmora {time_a}.", "a1", OUTLETS[0]),
        date_facts(f"The fire broke out in Velmora {time_b}.", "a2", OUTLETS[1]),
    ]
    assert all(len(facts) == 1 for _article, facts in slot), slot
    outcome = CHECKS["date-agreement"].run(slot)
    assert (outcome.status, outcome.cause) == (status, cause)


def test_noon_beside_a_reading_names_no_half_of_the_day() -> None:
    """ "Due at noon, the ferry docked at a quarter to two": the reading may lie either side of noon."""
    slot = [
        date_facts("The ferry docked in Velmora at 13:45.", "a1", OUTLETS[0]),
        date_facts("Due at noon, the ferry docked in Velmora at a quarter to two.", "a2", OUTLETS[1]),
        date_facts("Due at noon, the ferry docked in Velmora at a quarter past three.", "a3", OUTLETS[2]),
    ]
    outcome = CHECKS["date-agreement"].run(slot)
    verdicts = {frozenset(p.fact_ids): p.status for p in outcome.pairs}
    clock = slot[0][1][0].id
    told = [next(f.id for f in facts if "quarter" in f.text) for _article, facts in slot[1:]]
    assert verdicts[frozenset((clock, told[0]))] == "compatible"
    assert verdicts[frozenset((clock, told[1]))] == "conflict"


def test_a_us_zone_named_without_its_season_is_read_on_its_day() -> None:
    # In May, "ET" is summer time: 9:15 p.m. ET on Monday is 01:15 GMT on Tuesday.
    day = dt.date(2031, 5, 14)
    slot = [
        date_facts("The Dravik rocket lifted off at 9:15 p.m. ET on Monday.", "a1", OUTLETS[0], day),
        date_facts("The Dravik rocket lifted off at 0115 GMT on Tuesday.", "a2", OUTLETS[1], day),
        date_facts("The Dravik rocket lifted off at 10:15 p.m. ET on Monday.", "a3", OUTLETS[2], day),
    ]
    outcome = CHECKS["date-agreement"].run(slot)
    verdicts = {frozenset(p.fact_ids): (p.status, p.cause) for p in outcome.pairs}
    ids = [facts[0].id for _article, facts in slot]
    assert verdicts[frozenset((ids[0], ids[1]))] == ("compatible", "timezone")
    assert verdicts[frozenset((ids[1], ids[2]))] == ("conflict", "timezone")


@pytest.mark.parametrize(("time_a", "time_b", "status", "cause"), TIMES)
def test_clock_times_compared_as_instants(time_a: str, time_b: str, status: str, cause: str) -> None:
    slot = [
        date_facts(f"The quake struck Velmora at {time_a}.", "a1", OUTLETS[0]),
        date_facts(f"The quake struck Velmora at {time_b}.", "a2", OUTLETS[1]),
    ]
    assert all(len(facts) == 1 for _article, facts in slot), slot
    outcome = CHECKS["date-agreement"].run(slot)
    assert (outcome.status, outcome.cause) == (status, cause)
    assert [(p.status, p.cause) for p in outcome.pairs] == [(status, cause)]


@pytest.mark.parametrize(
    ("day", "status"),
    [
        pytest.param(dt.date(2031, 7, 15), "conflict", id="standard-time-named-in-summer"),
        pytest.param(dt.date(2031, 1, 15), "agree", id="standard-time-in-winter"),
    ],
)
def test_a_standard_zone_named_on_a_summer_day_is_an_hour_off(day: dt.date, status: str) -> None:
    """ "2:10 a.m. PST" in July is 3:10 a.m. on the clocks there, not the local "2:10 a.m." of another outlet."""
    slot = [
        date_facts("The quake struck Velmora at 2:10 a.m. PST.", "a1", OUTLETS[0], day),
        date_facts("The quake struck Velmora at 2:10 a.m.", "a2", OUTLETS[1], day),
    ]
    outcome = CHECKS["date-agreement"].run(slot)
    assert outcome.status == status
    if status == "conflict":
        assert outcome.cause == "timezone" and "PDT" in outcome.pairs[0].detail


@pytest.mark.parametrize("dated", [True, False], ids=["anchored", "unanchored"])
@pytest.mark.parametrize(
    ("local", "status"),
    [
        pytest.param("early on Wednesday", "compatible", id="the-next-day-locally"),
        pytest.param("early on Friday", "conflict", id="two-days-off"),
    ],
)
def test_a_weekday_beside_a_gmt_time_may_be_the_local_day_before(dated: bool, local: str, status: str) -> None:
    """ "22:40 GMT on Tuesday" is early Wednesday east of Greenwich: one instant, two weekdays."""
    day = THURSDAY if dated else None
    slot = [
        date_facts("The quake struck Velmora at 22:40 GMT on Tuesday.", "a1", OUTLETS[0], day),
        date_facts(f"The quake struck Velmora {local}.", "a2", OUTLETS[1], day),
    ]
    outcome = CHECKS["date-agreement"].run(slot)
    assert outcome.status == status
    if status == "compatible":
        assert outcome.cause == "timezone"


@pytest.mark.parametrize(
    ("clock", "part", "status"),
    [
        pytest.param("at 7:40 a.m. local time", "on Wednesday afternoon", "conflict", id="a-morning-reading-in-the-afternoon"),
        pytest.param("at 2:10 a.m. on Wednesday", "early on Wednesday morning", "agree", id="the-early-hours-are-morning"),
        pytest.param("at 7:40 GMT", "on Wednesday afternoon", "compatible", id="another-zone-may-be-afternoon"),
        # a reading that names no half of the day may be the afternoon's, which the other outlet's part tells
        pytest.param("at twenty past four on Wednesday", "on Wednesday afternoon", "agree", id="no-half-named"),
        pytest.param("at 4.20 on Wednesday", "on Wednesday afternoon", "agree", id="no-half-named-digits"),
        pytest.param("at twenty past four on Wednesday", "on Wednesday morning", "agree", id="no-half-named-morning"),
        pytest.param("at 4.20am on Wednesday", "on Wednesday afternoon", "conflict", id="the-morning-named"),
        pytest.param("at eleven on Wednesday", "on Wednesday evening", "agree", id="no-half-named-late"),
        # "Wednesday night" covers the evening as news uses it: a vote at 6.40pm was "last night" next morning
        pytest.param("at 6.40pm on Wednesday", "on Wednesday night", "agree", id="night-from-the-evening"),
        pytest.param("at 4.40pm on Wednesday", "on Wednesday night", "conflict", id="afternoon-not-night"),
    ],
)
def test_a_clock_reading_against_the_part_of_the_day(clock: str, part: str, status: str) -> None:
    assert _quake_time_status(clock, part) == status


def _quake_time_status(first: str, second: str) -> str:
    """The status two outlets' times of one quake get, each told as "The quake struck Velmora <time>"."""
    slot = [
        date_facts(f"The quake struck Velmora {first}.", "a1", OUTLETS[0]),
        date_facts(f"The quake struck Velmora {second}.", "a2", OUTLETS[1]),
    ]
    return CHECKS["date-agreement"].run(slot).status


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        pytest.param("at twenty past four", "at 16:20", "compatible", id="no-half-named-may-be-the-afternoon"),
        # "am" and "pm" written on to the figure name the half as much as "a.m." does
        pytest.param("at 4.20am", "at 4.20pm", "conflict", id="am-against-pm"),
        pytest.param("at 4.20am on Wednesday", "at 16:20 on Wednesday", "conflict", id="am-against-the-24-hour-afternoon"),
    ],
)
def test_a_reading_read_in_the_afternoon_only_when_it_names_no_half(first: str, second: str, status: str) -> None:
    assert _quake_time_status(first, second) == status


def undated_date_facts(text: str, article_id: str, outlet: str) -> tuple[Article, list[Fact]]:
    return date_facts(text, article_id, outlet, None)


@pytest.mark.parametrize(
    ("time_a", "time_b", "status"),
    [
        pytest.param("at 3.45pm on Tuesday", "at about 3pm on Tuesday", "conflict", id="two-readings"),
        pytest.param("at 3pm on Tuesday", "at 3 p.m. on Tuesday", "agree", id="one-reading-two-spellings"),
        pytest.param("at 3pm on Tuesday", "on Tuesday", "agree", id="no-reading-on-one-side"),
        pytest.param("at about 3:30 p.m.", "at 3:27 p.m.", "compatible", id="a-hedged-reading-and-no-day"),
        pytest.param("at 6:00 p.m.", "at 6:00 p.m.", "agree", id="one-reading-and-no-day"),
        pytest.param("at 6:00 p.m.", "at 7:15 p.m.", "conflict", id="two-readings-and-no-day"),
    ],
)
def test_clock_readings_compared_when_no_day_is_anchored(time_a: str, time_b: str, status: str) -> None:
    slot = [
        undated_date_facts(f"The shell hit the Velmora school {time_a}.", "a1", OUTLETS[0]),
        undated_date_facts(f"The shell hit the Velmora school {time_b}.", "a2", OUTLETS[1]),
    ]
    assert CHECKS["date-agreement"].run(slot).status == status


def test_local_time_against_gmt_through_the_pipeline(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "The quake struck Velmora at 6:40 a.m. local time.", DAY_2),
            (OUTLETS[1], "The quake struck Velmora at 22:40 GMT.", DAY_2),
        ]
    )
    finding = finding_with(result, "date", "22:40 GMT")
    assert (finding.status, finding.cause) == ("compatible", "timezone")


# --- naming ----------------------------------------------------------------------------------------


def test_an_acronym_and_its_long_form_are_one_source(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "The quake had a magnitude of 6.9, USGS said.", DAY_2),
            (OUTLETS[1], "The quake had a magnitude of 6.9, the U.S.G.S. reported.", DAY_2),
        ]
    )
    source = finding_with(result, "attribution", "USGS said")
    assert (source.status, source.cause) == ("agree", "equal")
    assert [g.value for g in source.groups] == ["US Geological Survey"]
    assert finding_with(result, "figure", "magnitude of 6.9").status == "agree"


def test_a_full_name_and_a_surname_are_one_person_who_agrees(run_event: RunEvent) -> None:
    # A surname (or a title and a surname) names the person the other outlet names in full: the
    # outlets credit the same person, as ecbplus-facts labels it ("two outlets crediting the same
    # person are agree"); a name spelled another way is the naming difference.
    result = run_event(
        [
            (OUTLETS[0], "The quake destroyed 40 houses, Governor Marta Vellacourt said.", DAY_2),
            (OUTLETS[1], "The quake destroyed 40 houses, Vellacourt said.", DAY_2),
        ]
    )
    source = finding_with(result, "attribution", "Vellacourt said")
    assert (source.status, source.cause) == ("agree", "equal")


@pytest.mark.parametrize("relative", ["her father", "her husband"])
def test_a_surname_a_report_names_in_full_is_not_a_relative_of_that_name(run_event: RunEvent, relative: str) -> None:
    # The winner's words, credited in one report to her and in another to a relative of hers: the report
    # that gives the surname alone names only the winner in full, so the surname is hers, another person.
    result = run_event(
        [
            (OUTLETS[0], "Ketsa Zarvo won the sculling title on Saturday. \"The last hundred metres hurt most,\" "
                         f"said {relative}, Ombru Zarvo, who rowed in the next heat.", DAY_1),
            (OUTLETS[1], "Ketsa Zarvo, who won the sculling title on Saturday, has been offered a college place. "
                         "\"The last hundred metres hurt most,\" said Zarvo.", DAY_2),
        ]
    )
    source = finding_with(result, "attribution", "said Zarvo")
    assert source.status == "conflict"


@pytest.mark.parametrize(
    "named",
    [
        "Ombru Zarvo rowed in the next heat.",
        "Professor Zarvo rowed in the next heat.",  # a title before the surname is no given name
    ],
)
def test_a_surname_a_report_names_in_full_as_the_same_person_agrees(run_event: RunEvent, named: str) -> None:
    result = run_event(
        [
            (OUTLETS[0], "\"The last hundred metres hurt most,\" said the winner's father, Ombru Zarvo.", DAY_1),
            (OUTLETS[1], f"{named} \"The last hundred metres hurt most,\" said Zarvo.", DAY_2),
        ]
    )
    source = finding_with(result, "attribution", "said Zarvo")
    assert (source.status, source.cause) == ("agree", "equal")


@pytest.mark.parametrize(
    ("person", "status"),
    [
        ("said Ombru Zarvo, a patient", "conflict"),  # no post: another voice than the hospital's
        ("said Ombru Zarvo, president of the Ketsa Astronomical Society", "conflict"),  # another body's head
        ("said lead surgeon Dr Ombru Zarvo", "compatible"),  # a post held in a body: maybe its voice
    ],
)
def test_a_body_named_by_a_common_noun_beside_a_named_person(run_event: RunEvent, person: str, status: str) -> None:
    # "the hospital" ends no body's name, yet it is one body speaking: beside a named person who holds no post
    # that could speak for it, one quotation has two speakers (the third outlet names the hospital's voice).
    quote = "\"Every bed on the ward was full by noon,\""
    result = run_event(
        [
            (OUTLETS[0], f"{quote} {person}.", DAY_1),
            (OUTLETS[1], f"{quote} the hospital said in a statement.", DAY_1),
            (OUTLETS[2], f"{quote} said Dr Halvy Druzin, the hospital's medical director.", DAY_1),
        ]
    )
    source = finding_with(result, "attribution", "the hospital said")
    [pair] = [p for p in source.pairs or [] if any("Zarvo" in text_of(result, f) for f in p.fact_ids)
              and any(text_of(result, f) == "the hospital said" for f in p.fact_ids)]
    assert pair.status == status


def test_a_name_spelled_two_ways_is_one_source_under_two_names(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "The quake destroyed 40 houses, Governor Marta Vellacourt said.", DAY_2),
            (OUTLETS[1], "The quake destroyed 40 houses, Governor Marta Vellacourtt said.", DAY_2),
        ]
    )
    source = finding_with(result, "attribution", "Governor Marta Vellacourtt said")
    assert (source.status, source.cause) == ("compatible", "naming")


QUOTE = "\"We will rebuild every house in this town, and we will start tomorrow,\""


@pytest.mark.parametrize(
    ("speakers", "status", "cause"),
    [
        pytest.param(["Mayor Ilka Dorn", "Mayor Ilka Dorn", "Governor Tamas Reeve"], "conflict", "error",
                     id="one-against-a-majority"),
        pytest.param(["Ilka Dorn", "Tamas Reeve"], "conflict", "unexplained", id="one-against-one"),
        pytest.param(["Mayor Ilka Dorn", "Dorn"], "agree", "equal", id="one-person-two-ways"),
    ],
)
def test_one_quotation_has_one_speaker(run_event: RunEvent, speakers: list[str], status: str, cause: str) -> None:
    """Outlets that put the same words in two people's mouths cannot both be right."""
    result = run_event(
        [(outlet, f"{QUOTE} {name} said.", DAY_2) for outlet, name in zip(OUTLETS, speakers, strict=False)]
    )
    source = finding_with(result, "attribution", f"{speakers[-1]} said")
    assert (source.status, source.cause) == (status, cause)


MILL = "which has pressed oil in the valley since 1890"


@pytest.mark.parametrize(
    ("person", "body", "status"),
    [
        # a role the reports write as the body's own: its head or owner is its voice
        pytest.param(f"The station's owner, Ilka Dorn, said: {QUOTE[:-2]}.\"", "the station", "compatible",
                     id="the-owner-of-the-body-credited"),
        pytest.param(f"The station's director, Ilka Dorn, said: {QUOTE[:-2]}.\"", "the station", "compatible",
                     id="the-head-of-the-body-credited"),
        pytest.param(f"The councillor, Ilka Dorn, said: {QUOTE[:-2]}.\"", "the station", "conflict",
                     id="a-role-of-no-body"),
        # a ministry speaks through its minister, whatever the reports call the portfolio
        pytest.param(f"{QUOTE} Agriculture Minister Ilka Dorn said.", "the farm ministry", "compatible",
                     id="its-own-portfolio-under-another-name"),
        pytest.param(f"{QUOTE} Home Minister Ilka Dorn said.", "the interior ministry", "compatible",
                     id="the-interior-under-another-name"),
        pytest.param(f"{QUOTE} Defence Minister Ilka Dorn said.", "the farm ministry", "conflict",
                     id="another-portfolio"),
        # one who owns or runs "the mill" speaks for the body whose name ends in that word
        pytest.param(f"{QUOTE} said Ilka Dorn, who owns the mill, {MILL}.", "Fennvy Valley Oil Mill", "compatible",
                     id="she-owns-the-body-its-last-word-names"),
        pytest.param(f"{QUOTE} said Ilka Dorn, who runs the mill, {MILL}.", "Fennvy Valley Oil Mill", "compatible",
                     id="she-runs-it"),
        pytest.param(f"{QUOTE} said Ilka Dorn, who lives by the mill, {MILL}.", "Fennvy Valley Oil Mill", "conflict",
                     id="she-only-lives-near-it"),
    ],
)
def test_a_person_and_the_body_the_reports_make_hers_are_one_voice(
    run_event: RunEvent, person: str, body: str, status: str
) -> None:
    """One quotation credited to a person and to a body: one voice when the reports make the body hers (her
    role is its own, it is her portfolio's ministry, she owns or runs it), two speakers when they give her
    another role."""
    result = run_event([(OUTLETS[0], person, DAY_2), (OUTLETS[1], f"{QUOTE} {body} said.", DAY_2)])
    source = finding_with(result, "attribution", f"{body} said")
    assert source.status == status


def test_a_quotation_that_runs_on_past_its_sentence_has_one_speaker(run_event: RunEvent) -> None:
    """A quoted passage of two sentences: the first ends before the closing mark, yet it is the same
    words another outlet quotes whole, and a speaker whose name holds a particle ("van") is a person."""
    result = run_event(
        [
            (OUTLETS[0], "\"We will rebuild every house in this town,\" Mayor Ilka Dorn said.", DAY_2),
            (OUTLETS[1], "Her deputy, Pim van Aalst, said: \"We will rebuild every house in this town. Work starts tomorrow.\"",
             DAY_2),
        ]
    )
    source = finding_with(result, "attribution", "Pim van Aalst, said")
    assert source.status == "conflict"


def test_a_quotation_cut_across_two_sentences_is_the_one_another_outlet_credits_elsewhere(run_event: RunEvent) -> None:
    """One outlet quotes a passage of two sentences and names the speaker after the second; another
    credits the first sentence's words to someone else: one statement, two speakers."""
    result = run_event(
        [
            (OUTLETS[0], "\"We will rebuild every house in this town. Work starts tomorrow,\" Mayor Ilka Dorn said.", DAY_2),
            (OUTLETS[1], "Governor Tamas Reeve said: \"We will rebuild every house in this town.\"", DAY_2),
        ]
    )
    source = finding_with(result, "attribution", "Mayor Ilka Dorn said")
    assert source.status == "conflict"


def test_a_name_apposed_to_a_possessed_role_is_the_speaker() -> None:
    """ "Velmora's police chief, Ilka Dorn, said": the role describes her, however named the town
    before it; the name is the source, as after "The police chief, Ilka Dorn,"."""
    article = Article(id="p.txt", path="p.txt", outlet=OUTLETS[0], published=DAY_2,
                      body="Velmora's police chief, Ilka Dorn, said the driver had lost control on the bend.")
    result = run_articles([article])
    sources = {f.value.source for f in result.facts if isinstance(f.value, Attribution)}
    assert sources == {"Ilka Dorn"}


def test_two_quotations_from_two_people_are_two_statements(run_event: RunEvent) -> None:
    # Different words from two people: different sources for the claim, which may both be right.
    result = run_event(
        [
            (OUTLETS[0], f"{QUOTE} Mayor Ilka Dorn said.", DAY_2),
            (OUTLETS[1], "\"The town will be rebuilt, and work on the houses starts tomorrow,\" Governor Tamas Reeve said.",
             DAY_2),
        ]
    )
    statuses = {f.status for f in result.findings if f.kind == "attribution"}
    assert "conflict" not in statuses


NEWS_ORGANISATIONS = [
    pytest.param(["the Dravik Gazette", "Korrin Radio"], "unexplained", id="one-against-one"),
    pytest.param(["the Dravik Gazette", "the Dravik Gazette", "Korrin Radio"], "error", id="one-against-a-majority"),
]


@pytest.mark.parametrize(("credited", "cause"), NEWS_ORGANISATIONS)
def test_two_news_organisations_credited_for_one_claim_conflict(
    run_event: RunEvent, credited: list[str], cause: str
) -> None:
    """One report cannot come from two news organisations: one outlet has the scoop wrong."""
    result = run_event(
        [
            (outlet, f"The quake killed 20 people, {name} reported.", DAY_2)
            for outlet, name in zip(OUTLETS[: len(credited)], credited, strict=True)
        ]
    )
    source = finding_with(result, "attribution", "Korrin Radio reported")
    assert (source.status, source.cause) == ("conflict", cause)
    assert finding_with(result, "figure", "20").status == "agree"


def test_two_agencies_credited_for_one_claim_are_compatible(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "The quake had a magnitude of 6.9, the National Seismology Institute said.", DAY_2),
            (OUTLETS[1], "The quake had a magnitude of 6.9, the Brask Geophysical Office said.", DAY_2),
        ]
    )
    source = finding_with(result, "attribution", "the Brask Geophysical Office said")
    assert (source.status, source.cause) == ("compatible", "source_difference")


def test_two_agencies_are_not_reported_as_the_same_source(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "The quake had a magnitude of 6.9, the National Seismology Institute said.", DAY_2),
            (OUTLETS[1], "The quake had a magnitude of 6.9, the Brask Geophysical Office said.", DAY_2),
        ]
    )
    source = finding_with(result, "attribution", "the Brask Geophysical Office said")
    assert "the same source" not in source.message


# --- invariants ------------------------------------------------------------------------------------

SCENARIOS = [
    pytest.param(
        [(o, "The quake killed 350 people, the Brask governor said.", None) for o in OUTLETS[:4]]
        + [(OUTLETS[4], "The quake killed 35 people, the Brask governor said.", None)],
        id="majority-and-outlier",
    ),
    pytest.param(
        [
            (OUTLETS[0], "The quake killed 10 people.", DAY_1),
            (OUTLETS[1], "The quake killed 14 people.", DAY_2),
            (OUTLETS[2], "The quake killed 9 people on Tuesday.", DAY_2),
        ],
        id="tally-over-days",
    ),
    pytest.param(
        [
            (OUTLETS[0], "The quake struck Velmora on Tuesday, 60 km north of Dravik.", THURSDAY),
            (OUTLETS[1], "The quake struck Velmora on March 5, 2031, 58 km north of Dravik.", THURSDAY),
            (OUTLETS[2], "The quake struck Velmora on March 5, 2031, about 30 miles north of Dravik.", THURSDAY),
        ],
        id="dates-and-distances",
    ),
    pytest.param(
        [
            (OUTLETS[0], "The quake had a magnitude of 6.9, the National Seismology Institute said.", DAY_2),
            (OUTLETS[1], "The quake had a magnitude of 7.1, USGS said.", DAY_2),
            (OUTLETS[2], "The quake had a magnitude of 7.1, the U.S.G.S. reported.", DAY_2),
        ],
        id="sources",
    ),
    pytest.param(
        [
            (OUTLETS[0], "The quake struck Velmora at 6:40 a.m. local time.", DAY_2),
            (OUTLETS[1], "The quake struck Velmora at 22:40 GMT.", DAY_2),
            (OUTLETS[2], "The quake struck Velmora at 23:40 GMT.", DAY_2),
        ],
        id="clock-times",
    ),
]


def verdict_counts(result: RunResult) -> Counter[tuple[str, str, str, str]]:
    """(kind, slot status, pair status, pair cause) over every pair of every finding."""
    return Counter((f.kind, f.status, p.status, p.cause) for f in result.findings for p in f.pairs)


def finding_summary(result: RunResult) -> list[tuple[str, str, str]]:
    return sorted((f.kind, f.status, f.cause) for f in result.findings)


@pytest.mark.parametrize("specs", SCENARIOS)
def test_verdicts_do_not_depend_on_article_order(run_event: RunEvent, specs: list[Spec]) -> None:
    forward = run_event(specs)
    for reordered in (specs[::-1], specs[1:] + specs[:1]):
        other = run_event(reordered)
        assert verdict_counts(forward) == verdict_counts(other), [o for o, _claim, _day in reordered]
        assert finding_summary(forward) == finding_summary(other), [o for o, _claim, _day in reordered]


TWO_PAIRS_AND_ONE = [
    (OUTLETS[0], "The quake killed 350 people.", None),
    (OUTLETS[1], "The quake killed 350 people.", None),
    (OUTLETS[2], "The quake killed 35 people.", None),
    (OUTLETS[3], "The quake killed 35 people.", None),
    (OUTLETS[4], "The quake killed about 50 people.", None),
]


def test_two_groups_of_two_and_one_outlier_have_the_same_pairs_in_any_order(run_event: RunEvent) -> None:
    forward = finding_with(run_event(TWO_PAIRS_AND_ONE), "figure", "350")
    backward = finding_with(run_event(TWO_PAIRS_AND_ONE[::-1]), "figure", "350")
    expected = {("agree", "equal"): 2, ("conflict", "unexplained"): 4, ("conflict", "error"): 4}
    assert Counter((p.status, p.cause) for p in forward.pairs) == expected
    assert Counter((p.status, p.cause) for p in backward.pairs) == expected


def test_the_slot_cause_on_a_tie_does_not_depend_on_article_order(run_event: RunEvent) -> None:
    forward = finding_with(run_event(TWO_PAIRS_AND_ONE), "figure", "350")
    backward = finding_with(run_event(TWO_PAIRS_AND_ONE[::-1]), "figure", "350")
    assert forward.cause == backward.cause


CLAIMS = [
    pytest.param("The quake killed 350 people, the Brask governor said.", id="toll-and-source"),
    pytest.param(
        "The quake struck Velmora on Tuesday at 6:40 a.m. local time, killing at least 12 people and injuring 98.",
        id="day-time-toll-injured",
    ),
    pytest.param("The 6.9-magnitude quake, 60 km north of Dravik, destroyed 40 houses, USGS said.", id="magnitude-distance"),
    pytest.param("Officials had earlier put the toll at 9 and feared it could reach 500.", id="previous-and-projection"),
]


@pytest.mark.parametrize("claim", CLAIMS)
@pytest.mark.parametrize("published", [DAY_2, None], ids=["dated", "undated"])
def test_identical_articles_never_conflict(run_event: RunEvent, claim: str, published: dt.date | None) -> None:
    result = run_event([(OUTLETS[0], claim, published), (OUTLETS[1], claim, published)])
    assert result.findings
    assert [(f.slot, f.detail) for f in result.findings if f.status == "conflict"] == []
    assert all(p.status == "agree" for f in result.findings for p in f.pairs if p.representative)


# --- a second claim of one frame ------------------------------------------------------------------


def test_second_values_of_one_frame_meet_on_less_context(run_event: RunEvent) -> None:
    """Both outlets give the main quake's magnitude and, lower down, a second tremor's: the second
    tremor's values share a known frame, so sentences worded apart still put them in one slot."""
    result = run_event(
        [
            (OUTLETS[0], "The quake had a magnitude of 6.2. A second tremor of magnitude 4.8 shook Halvik an hour later.", DAY_2),
            (OUTLETS[1], "The quake had a magnitude of 6.2. An hour on, a tremor measuring 4.9 rattled windows and doors along the coast.", DAY_2),
        ]
    )
    finding = finding_with(result, "figure", "magnitude 4.8")
    assert {text_of(result, i) for i in finding.fact_ids} >= {"magnitude 4.8", "4.9"}


def _slot_texts(result: RunResult, fact_text: str) -> set[str]:
    return {text_of(result, i) for i in finding_with(result, "figure", fact_text).fact_ids}


def test_counts_of_one_unknown_noun_done_the_same_thing_meet(run_event: RunEvent) -> None:
    # No vocabulary word says what "climbers" count; the verb beside both counts (buried) does.
    result = run_event(
        [
            (OUTLETS[0], "Above the town a slide of rock buried eight climbers near the pass, police said.", DAY_2),
            (OUTLETS[1], "Nine climbers were buried, a mountain rescue chief told reporters late on Wednesday.", DAY_2),
        ]
    )
    assert _slot_texts(result, "eight") >= {"eight", "Nine"}


def test_counts_of_one_unknown_noun_done_other_things_stay_apart(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "Above the town a slide of rock buried eight climbers near the pass, police said.", DAY_2),
            (OUTLETS[1], "Nine climbers were rescued from the mountain by helicopter, the rescue chief told reporters.", DAY_2),
        ]
    )
    assert "Nine" not in _slot_texts(result, "eight")


def test_an_unnamed_figure_done_as_the_named_one_is_its_version(run_event: RunEvent) -> None:
    # "The company's shares fell 1.3 percent" names no company, and its value is not the named shares'
    # 3.1: the verb beside both (fell) still makes it the same claim, in conflict.
    result = run_event(
        [
            (OUTLETS[0], "Shares in Korvath Lines fell 3.1 percent on Thursday after the quake closed its port.", DAY_2),
            (OUTLETS[1], "Korvath Lines shares fell 3.1% as the quake shut the port.", DAY_2),
            (OUTLETS[2], "The company's shares fell 1.3 percent on Thursday after the quake.", DAY_2),
        ]
    )
    assert _slot_texts(result, "1.3 percent") >= {"1.3 percent", "3.1%"}


def test_an_outlets_count_of_the_same_named_thing_is_its_version(run_event: RunEvent) -> None:
    # The third outlet first says how many are still free, then how many broke out: its count of the
    # inmates who escaped is its "Six inmates", not the first figure it gives.
    result = run_event(
        [
            (OUTLETS[0], "Five inmates escaped from Dravik prison through a tunnel, the prison service said.", DAY_2),
            (OUTLETS[1], "Five inmates escaped from the Dravik jail overnight, guards said.", DAY_2),
            (OUTLETS[2], "Three of the men who escaped from Dravik prison remain at large, police said. "
                         "Six inmates broke out of the prison through a tunnel.", DAY_2),
        ]
    )
    slot = _slot_texts(result, "Six")
    assert "Five" in slot and "Three" not in slot


_HOSPITAL_SUNDAY = [
    ("Hackers attacked the computer network of Velmora's main hospital on Sunday, and surgeons postponed "
     "dozens of operations. The hospital said patient records were safe."),
    ("Velmora's main hospital was hit by a ransomware raid on Sunday that shut its computer network. "
     "Doctors wrote notes by hand."),
]
LEAD_DAYS = [
    # Each outlet opens with the day of the attack, in its own words: "attacked", "a ransomware raid",
    # "knocked out" (a sport's word). Each lead day is that outlet's version of the day, and one is wrong.
    pytest.param(
        [*_HOSPITAL_SUNDAY, "Ransomware knocked out the computer network of Velmora's main hospital on Saturday. "
         "Ambulances were sent to other hospitals."],
        "Saturday", ["Saturday", "Sunday", "Sunday"], id="read-under-other-happenings",
    ),
    # The third lead day shares a slot only with a later date of its own article ("Saturday night"): nobody
    # compares with it there, so it joins the other outlets' lead days.
    pytest.param(
        [*_HOSPITAL_SUNDAY, "Ransomware knocked out the computer network of Velmora's main hospital on Saturday, "
         "and knocked out its phones on Saturday night."],
        "Saturday", ["Saturday", "Sunday", "Sunday"], id="alone-in-a-slot-of-its-own-outlet",
    ),
    # No word of the vocabulary names a bear's attack ("attacked" a hiker, "mauled", "charged"): each lead
    # day is still its outlet's version of the day.
    pytest.param(
        ["A brown bear attacked two hikers in Kestrava National Park on Saturday evening, the park service said. "
         "One man was badly hurt.",
         "A hiker from Orlen is in hospital after he was mauled by a bear on Saturday in Kestrava National Park.",
         "A mother bear charged a hiker on the Tarn Ridge trail in Kestrava National Park on Friday, and the trail "
         "was closed on Friday night."],
        "Friday", ["Friday", "Saturday", "Saturday evening"], id="a-happening-the-vocabulary-lacks",
    ),
]


@pytest.mark.parametrize(("bodies", "odd_day", "slot"), LEAD_DAYS)
def test_outlets_lead_days_are_one_claim(bodies: list[str], odd_day: str, slot: list[str]) -> None:
    result = one_event(bodies)
    finding = finding_with(result, "date", odd_day)
    assert finding.status == "conflict"
    assert sorted(text_of(result, i) for i in finding.fact_ids) == slot


_SPILLWAY = "The spillway gate of the Orrenby dam on the river Tessel"
CLOCK_MINUTES = [
    # Each outlet's verb puts the moment under its own happening ("confirmed", "was reported", "came"); the
    # minutes tell one moment, and the third outlet slipped an hour converting from GMT.
    pytest.param(
        [f"{_SPILLWAY} gave way on Wednesday, flooding fields below. The water board confirmed the breach at "
         "1414 GMT (4.14pm local time).",
         f"{_SPILLWAY} failed on Wednesday and flooded the fields below. The breach was reported at 4:14 p.m.",
         f"{_SPILLWAY} broke on Wednesday. The breach came at 5:14 p.m., the water board said."],
        "5:14 p.m.", "conflict", ["1414 GMT", "4.14pm", "4:14 p.m.", "5:14 p.m."], id="an-hour-slipped",
    ),
    # The same minutes on days further apart than any zone moves a clock are two moments.
    pytest.param(
        [f"{_SPILLWAY} gave way at 4.14pm on Wednesday, flooding fields below.",
         f"{_SPILLWAY} flooded fields below after it failed. The water board had told farmers at 4:14 p.m. on "
         "Sunday that the gate was sound."],
        "4:14 p.m. on Sunday", None, None, id="days-apart-stay-apart",
    ),
]


@pytest.mark.parametrize(("bodies", "odd", "status", "slot"), CLOCK_MINUTES)
def test_clock_times_of_the_same_minutes_are_one_moment(
    bodies: list[str], odd: str, status: str | None, slot: list[str] | None
) -> None:
    result = one_event(bodies)
    ids = {f.id for f in result.facts if f.text == odd and f.kind == "date"}
    found = [fi for fi in result.findings if fi.kind == "date" and ids & set(fi.fact_ids)]
    if slot is None:  # alone: no finding holds it beside another outlet's date
        article = {f.article_id for f in result.facts if f.id in ids}
        assert found and all({f.article_id for f in result.facts if f.id in fi.fact_ids} == article for fi in found)
        return
    assert len(found) == 1
    assert sorted(t for t in (text_of(result, i) for i in found[0].fact_ids) if any(c.isdigit() for c in t)) == slot
    against_odd = {
        frozenset(text_of(result, i) for i in p.fact_ids): p.status for p in found[0].pairs if ids & set(p.fact_ids)
    }
    assert against_odd[frozenset({odd, "4.14pm"})] == status


def test_a_figure_with_two_digits_swapped_is_that_figure_mistyped() -> None:
    """Each outlet counts the petition by its own noun (signatures, residents, names); the third swapped two
    digits. The digits, one slip apart, say it is the same count, and the slip is an error."""
    bodies = [
        "A petition against closing the Orrenby ferry landed at the Tessel council on Wednesday with 4,382 "
        "signatures, the organisers said.",
        "Campaigners handed the Tessel council a petition to save the Orrenby ferry on Wednesday. It was signed "
        "by 4,382 residents of the valley.",
        "The Tessel council received the Orrenby ferry petition on Wednesday. Organisers had collected 4,832 "
        "names in three weeks.",
    ]
    result = one_event(bodies)
    finding = finding_with(result, "figure", "4,832")
    assert sorted(text_of(result, i) for i in finding.fact_ids) == ["4,382", "4,382", "4,832"]
    assert (finding.status, finding.cause) == ("conflict", "error")


def test_two_digits_swapped_join_one_measure_only() -> None:
    """"The ferryman, 67," and "the 76-year-old ferryman": two ages, one slip apart, of one man. Beside them
    "12 lorries" and "21 cars" (counts of two nouns) stay two claims."""
    bodies = [
        "The Orrenby ferry ran aground on the river Tessel on Wednesday, loaded with 12 lorries. The "
        "ferryman, Piet Halloran, 67, steered it onto a sandbank in fog.",
        "Fog on the river Tessel sent the Orrenby ferry onto a sandbank on Wednesday. Its 76-year-old "
        "ferryman was unhurt; the ferry's 21 cars were towed off later.",
    ]
    result = one_event(bodies)
    age = finding_with(result, "figure", "76-year-old")
    assert sorted(text_of(result, i) for i in age.fact_ids) == ["67", "76-year-old"]
    assert (age.status, age.cause) == ("conflict", "error")
    ids = {f.id for f in result.facts if f.text in ("12", "21")}
    assert len(ids) == 2
    assert all(len(ids & set(fi.fact_ids)) < 2 for fi in result.findings)


def test_round_figures_of_two_claims_stay_two_claims() -> None:
    """A round figure that two outlets give for different things ("1,200 signatures", "1,200 residents" of
    the village) is a coincidence, not one claim: only figures of three significant digits or more join."""
    bodies = [
        "A petition against closing the Orrenby ferry landed at the Tessel council on Wednesday with 1,200 "
        "signatures, the organisers said.",
        "Campaigners handed the Tessel council a petition to save the Orrenby ferry on Wednesday. The ferry "
        "carries 1,200 passengers a week.",
    ]
    result = one_event(bodies)
    ids = {f.id for f in result.facts if f.text == "1,200"}
    assert len(ids) == 2
    assert all(len(ids & set(fi.fact_ids)) < 2 for fi in result.findings)


def test_the_evacuated_and_the_displaced_are_one_count(run_event: RunEvent) -> None:
    # One outlet counts the people who left as evacuated, another as moved to shelters: one claim.
    result = run_event(
        [
            (OUTLETS[0], "Officials said 1,000 people were evacuated from Velmora's lower town.", DAY_2),
            (OUTLETS[1], "About 1,400 people are in emergency shelters after leaving Velmora's lower town.", DAY_2),
        ]
    )
    assert _slot_texts(result, "1,000") >= {"1,000", "About 1,400"}


_MILESTONE = "\"This is a milestone for every family in the valley,\""
_TOO_HIGH = "\"Bills remain far too high for families in the valley,\""
ONE_QUOTATION = [
    # The second outlet's sentence also dates the approval, so its credit is read beside a date; the words
    # quoted are the same statement all the same, credited to another person.
    pytest.param(
        [f"The Velmora medicines agency approved the first vaccine against tick fever. {_MILESTONE} said Ilka Dorn, the agency's head.",
         f"Velmora approved its first tick-fever vaccine. {_MILESTONE} said chief executive Tamas Reeve on Wednesday."],
        "said chief executive Tamas Reeve", id="under-two-frames",
    ),
    # "Östberg" and "Émile" are names as much as "Ostberg"
    pytest.param(
        [f"The Velmora energy regulator lowered the household price cap on Wednesday. {_TOO_HIGH} said Åsa Östberg, the regulator's chief.",
         f"Velmora's household price cap was lowered on Wednesday. {_TOO_HIGH} said Émile Durand, head of a consumer group."],
        "said Émile Durand", id="names-starting-with-a-diacritic",
    ),
]


@pytest.mark.parametrize(("bodies", "credit"), ONE_QUOTATION)
def test_one_quotation_credited_to_two_people_conflicts(bodies: list[str], credit: str) -> None:
    result = one_event(bodies)
    assert finding_with(result, "attribution", credit).status == "conflict"


def test_two_values_one_article_states_together_are_two_claims(run_event: RunEvent) -> None:
    """Two climbers fell from one ridge: outlets that give both heights make them two claims, and an
    outlet that names only the second fall, at the second fall's height, joins that claim, not a
    conflict with the first."""
    result = run_event(
        [
            (OUTLETS[0], "The first climber fell about 150 metres from the ridge. The second fell 600 metres into the gully.", None),
            (OUTLETS[1], "One climber fell 150 metres from the ridge, and his partner fell 600 metres into the gully.", None),
            (OUTLETS[2], "A second climber fell 600 metres into the gully below the ridge.", None),
        ]
    )
    first = finding_with(result, "figure", "about 150 metres")
    assert _slot_texts(result, "about 150 metres") == {"about 150 metres", "150 metres"}
    assert first.status != "conflict"
    second = finding_with(result, "figure", "600 metres")
    assert second.status == "agree"
    assert {f.article_id for f in result.facts if f.id in second.fact_ids} == {"a1.txt", "a2.txt", "a3.txt"}


def test_two_values_one_sentence_credits_to_two_sources_are_one_claim(run_event: RunEvent) -> None:
    """"The office said 5.9, but the survey said 6.1": the sources disagree on one magnitude; it is
    not a second quake, and another outlet's 5.9 is read against both."""
    result = run_event(
        [
            (OUTLETS[0], "The Brask Seismic Office said the quake measured magnitude 5.9, but the Norland "
                         "Geological Survey said the tremor reached magnitude 6.1.", DAY_2),
            (OUTLETS[1], "The tremor reached magnitude 6.1 on its scale, the Norland Geological Survey said.", DAY_2),
        ]
    )
    slot = finding_with(result, "figure", "magnitude 5.9")
    assert sorted(text_of(result, i) for i in slot.fact_ids) == ["magnitude 5.9", "magnitude 6.1", "magnitude 6.1"]


def test_a_coarse_date_does_not_lead_the_days_it_contains() -> None:
    """Two outlets' headlines date the quake to "March" only; two others lead with Tuesday. "March"
    contains Tuesday but backs no day over another: the Tuesday claim leads the slot."""
    from consistency.align import _ranked_claims

    by_article = {
        f"a{n}": [f for f in date_facts(text, f"a{n}", OUTLETS[n])[1]]
        for n, text in enumerate(
            [
                "Quake in March shakes Velmora.",
                "Velmora quake in March leaves town in ruins.",
                "The quake struck Velmora on Tuesday.",
                "On Tuesday the quake struck Velmora.",
            ]
        )
    }
    leader = _ranked_claims(by_article)[0]
    assert leader.text == "Tuesday"


def test_two_versions_of_a_second_claim_are_one_slot_in_conflict(run_event: RunEvent) -> None:
    """Both outlets give the same height for the second fall; for the first fall one says 150 metres
    and the other 60. No article states 150 and 60 together, and their sentences say the same
    thing: one claim, two versions, a conflict (not two claims with one outlet each)."""
    result = run_event(
        [
            (OUTLETS[0], "The first climber fell about 150 metres from the ridge. The second fell 600 metres into the gully.", None),
            (OUTLETS[1], "The first climber fell about 60 metres from the ridge. The second fell 600 metres into the gully.", None),
        ]
    )
    finding = finding_with(result, "figure", "about 150 metres")
    assert _slot_texts(result, "about 150 metres") == {"about 150 metres", "about 60 metres"}
    assert finding.status == "conflict"


def test_a_value_two_outlets_share_by_chance_is_no_second_claim(run_event: RunEvent) -> None:
    """Outlets that only ever give 35 where the others give 350 disagree on one claim: a value becomes
    a claim of its own only when an article states it beside another value of the frame."""
    specs = [(o, "The quake killed 350 people, the Brask governor said.", None) for o in OUTLETS[:3]]
    specs += [(o, "The quake killed 35 people, the Brask governor said.", None) for o in OUTLETS[3:5]]
    result = run_event(specs)
    finding = finding_with(result, "figure", "35")
    assert finding.status == "conflict"
    assert len(finding.fact_ids) == 5


def test_an_open_bound_and_a_far_figure_of_one_article_are_two_claims(run_event: RunEvent) -> None:
    """"More than 30" died in the market blast and "more than 500" in the war so far: both contain
    the other's number, but one article writing both means two figures, each with its own slot."""
    result = run_event(
        [
            (OUTLETS[0], "More than 30 people were killed in the Halvik market blast. The war has killed more than 500 people.", None),
            (OUTLETS[1], "More than 30 people were killed in the Halvik market blast. The war has killed more than 500 people.", None),
            (OUTLETS[2], "At least 30 people died in the market blast in Halvik, hospital staff said.", None),
        ]
    )
    blast = finding_with(result, "figure", "At least 30")
    assert {text_of(result, i) for i in blast.fact_ids} == {"More than 30", "At least 30"}
    war = finding_with(result, "figure", "more than 500")
    assert {text_of(result, i) for i in war.fact_ids} == {"more than 500"}


def test_a_toll_implied_by_a_singular_victim_meets_a_counted_one(run_event: RunEvent) -> None:
    """"Killing a guard" is a toll of one: an undated outlet that counts two is the odd one out."""
    result = run_event(
        [
            (OUTLETS[0], "The collapse of the old mill killed a guard, officials said.", None),
            (OUTLETS[1], "The collapse of the old mill killed a guard, the mayor said.", None),
            (OUTLETS[2], "The collapse of the old mill killed two guards, the mayor said.", None),
        ]
    )
    finding = finding_with(result, "figure", "two")
    assert (finding.status, finding.cause) == ("conflict", "error")
    assert {text_of(result, i) for i in finding.fact_ids} == {"killed a guard", "two"}


def test_a_wire_story_and_its_copy_are_one_voice() -> None:
    """Two mastheads printing one wire story are one voice: against a third outlet they are no majority."""
    wire = (
        "A powerful earthquake struck the mountain town of Velmora in the Brask province on Tuesday. "
        "The quake killed 350 people across the province and cut the only road to the coast late on "
        "Tuesday evening. Rescue teams from Korrin searched the rubble of collapsed houses through the night."
    )
    own = (
        "Rescuers in Velmora dug through collapsed houses on Wednesday after Tuesday's earthquake in the Brask "
        "province. The earthquake killed 35 people across the province, and teams from Korrin joined the search."
    )
    articles = [
        Article(id="a1.txt", path="a1.txt", outlet=OUTLETS[0], body=wire, published=None),
        Article(id="a2.txt", path="a2.txt", outlet=OUTLETS[1], body=wire, published=None),
        Article(id="a3.txt", path="a3.txt", outlet=OUTLETS[2], body=own, published=None),
    ]
    result = run_articles(articles)
    assert len(result.events) == 1
    assert [a.id for a in result.articles if a.copy_of] == ["a2.txt"]
    finding = finding_with(result, "figure", "35")
    assert finding.status == "conflict"
    assert finding.cause == "unexplained"  # one voice against one: nobody is the odd one out
    assert "1 of them a copy of another" in finding.message


def _wire_and_own(own_claim: str | None) -> RunResult:
    wire = (
        "A powerful earthquake struck the mountain town of Velmora in the Brask province on Tuesday. "
        "The quake killed 350 people across the province and cut the only road to the coast late on "
        "Tuesday evening. Rescue teams from Korrin searched the rubble of collapsed houses through the night."
    )
    own = (
        "Rescuers in Velmora dug through collapsed houses after Tuesday's earthquake in the Brask "
        f"province. {own_claim or 'The road to the coast stayed closed.'} Teams from Korrin joined the search."
    )
    articles = [
        Article(id="a1.txt", path="a1.txt", outlet=OUTLETS[0], body=wire, published=None),
        Article(id="a2.txt", path="a2.txt", outlet=OUTLETS[1], body=wire, published=None),
        Article(id="a3.txt", path="a3.txt", outlet=OUTLETS[2], body=own, published=None),
    ]
    result = run_articles(articles)
    assert len(result.events) == 1
    return result


def test_a_claim_only_a_story_and_its_copy_state_is_unverified() -> None:
    result = _wire_and_own(None)
    finding = finding_with(result, "figure", "350")
    assert (finding.status, finding.cause) == ("unverified", "single")
    assert "one story and its copies" in finding.detail


def test_a_copy_against_its_original_is_listed_as_a_copy_not_as_corroboration() -> None:
    result = _wire_and_own("The earthquake killed 350 people across the province.")
    finding = finding_with(result, "figure", "350")
    assert (finding.status, finding.cause) == ("agree", "equal")
    copy_pairs = [p for p in finding.pairs if p.cause == "copy"]
    assert len(copy_pairs) == 1 and not copy_pairs[0].representative
    assert {text_of(result, i) for i in copy_pairs[0].fact_ids} == {"350"}


def test_a_small_whole_number_converted_is_off_by_half_its_unit(run_event: RunEvent) -> None:
    """"20 kilometres" and "12 miles" (19.3 km) are one depth: 12 is only good to half a mile."""
    result = run_event(
        [
            (OUTLETS[0], "The quake was 20 kilometres deep, the agency said.", None),
            (OUTLETS[1], "The quake was 12 miles deep, the agency said.", None),
        ]
    )
    finding = finding_with(result, "figure", "12 miles")
    assert (finding.status, finding.cause) == ("compatible", "arithmetic")


def test_a_figure_ten_times_off_in_other_words_is_another_claim(run_event: RunEvent) -> None:
    """The jury deliberated about seven hours; one outlet's only duration is a 12-week pregnancy,
    in a sentence about something else: no version of the deliberation, so no conflict with it."""
    result = run_event(
        [
            (OUTLETS[0], "The jury deliberated for about seven hours before the verdict.", None),
            (OUTLETS[1], "Jurors deliberated for nearly seven hours in Velmora.", None),
            (OUTLETS[2], "Doctors said the pregnancy had lasted 12 weeks.", None),
        ]
    )
    jury = finding_with(result, "figure", "about seven hours")
    assert "12 weeks" not in {text_of(result, i) for i in jury.fact_ids}
    assert jury.status != "conflict"


def test_a_slip_of_scale_in_the_same_words_is_still_a_conflict(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "Brask pledged $8 billion to rebuild Velmora, the governor said.", None),
            (OUTLETS[1], "Brask pledged $8 billion to rebuild Velmora, the governor said on radio.", None),
            (OUTLETS[2], "Brask pledged $8 million to rebuild Velmora, the governor said.", None),
        ]
    )
    finding = finding_with(result, "figure", "$8 million")
    assert finding.status == "conflict"
    assert len(finding.fact_ids) == 3


def test_a_day_given_to_the_wrong_victim_is_a_conflict_not_agreement(run_event: RunEvent) -> None:
    """Two people died a day apart. An outlet that puts the 41-year-old's death on the day the
    29-year-old died is wrong about his death, though its day matches a claim of the event: the
    age says whose death its sentence is about."""
    result = run_event(
        [
            (OUTLETS[0], "On Monday, 41-year-old Ivo Brask died when a wall collapsed on him. "
                         "On Tuesday, 29-year-old Marta Vellacourt died in hospital.", DAY_2),
            (OUTLETS[1], "Ivo Brask, 41, was killed by a falling wall on Monday. "
                         "Marta Vellacourt, 29, died in hospital on Tuesday.", DAY_2),
            (OUTLETS[2], "A 29-year-old woman, Marta Vellacourt, died in hospital on Tuesday.", DAY_2),
            (OUTLETS[3], "Marta Vellacourt, 29, died in hospital on Tuesday.", DAY_2),
            (OUTLETS[4], "Yesterday a 41-year-old man died when a wall collapsed on him.", DAY_2),
        ]
    )
    finding = finding_with(result, "date", "Yesterday")
    assert "Monday" in {text_of(result, i) for i in finding.fact_ids}
    assert finding.status == "conflict"
    tuesday = finding_with(result, "date", "Tuesday")
    assert tuesday.status == "agree"


def test_outlets_reporting_one_rate_decision_must_agree_on_the_level(run_event: RunEvent) -> None:
    """Each outlet says the bank raised its rate; that is one decision, not a revision explaining
    another outlet's older figure: 4.5% against 4.75% is a conflict."""
    result = run_event(
        [
            (OUTLETS[0], "The Brask central bank raised its main interest rate by 25 basis points to 4.5% on Tuesday.", DAY_1),
            (OUTLETS[1], "Brask's central bank lifted its benchmark rate to 4.5 percent on Tuesday.", DAY_1),
            (OUTLETS[2], "The central bank of Brask raised rates by 0.25 percentage points to 4.75% on Tuesday.", DAY_1),
        ]
    )
    level = finding_with(result, "figure", "4.75%")
    assert level.status == "conflict"
    assert {text_of(result, i) for i in level.fact_ids} == {"4.5%", "4.5 percent", "4.75%"}
    step = finding_with(result, "figure", "25 basis points")
    assert step.status == "compatible" and "0.25 percentage points" in {text_of(result, i) for i in step.fact_ids}


def test_a_revision_one_outlet_reports_explains_another_outlets_older_figure(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "The survey said the quake had a magnitude of 6.8.", DAY_1),
            (OUTLETS[1], "The survey later upgraded the quake to magnitude 7.1.", DAY_2),
        ]
    )
    finding = finding_with(result, "figure", "magnitude 7.1")
    assert (finding.status, finding.cause) == ("compatible", "update")


GRAVEL = "The flood washed away 7,800 tonnes of gravel, the quarry said."
CORDON = "Police set up a cordon of 400 metres round the quarry, police said."


@pytest.mark.parametrize(
    ("earlier", "later", "figure"),
    [
        # a later figure that says it replaces an estimate
        (GRAVEL, "The flood washed away 9,300 tonnes of gravel, more than first thought, the quarry said.", "7,800 tonnes"),
        (GRAVEL, "Late surveys took the total to 9,300 tonnes of gravel washed away, the quarry said.", "7,800 tonnes"),
        # a level told as moved since (a length is no running total: only the later report's words say it moved)
        (CORDON, "The cordon round the quarry had widened to 900 metres by Thursday, police said.", "400 metres"),
        (CORDON, "The cordon round the quarry has since been cut to 200 metres, police said.", "400 metres"),
        (CORDON, "Police now reckon the cordon round the quarry must be 900 metres wide.", "400 metres"),
        # a subject between "than" and "first thought"
        (GRAVEL, "The flood washed away 9,300 tonnes of gravel, more than it first thought, the quarry said.", "7,800 tonnes"),
        # a total the figure brings up to date, whatever it counts
        ("The quarry employs 340 people, the quarry said.",
         "The quarry said it had hired 60 more since, taking the workforce to 400.", "340"),
        # a final count ("in the end") replaces the first one
        ("The cable fire blew 11 covers off the street in Lessrow, the operator said.",
         "The cable fire, which in the end blew 14 covers off the street in Lessrow, is being studied, the operator said.",
         "11"),
        # the later report credits someone else, but says its figure was revised
        (GRAVEL, "The regional council has raised its estimate of the gravel washed away to 9,300 tonnes.", "7,800 tonnes"),
    ],
)
def test_a_later_figure_whose_words_say_it_replaces_an_earlier_one_is_an_update(
    run_event: RunEvent, earlier: str, later: str, figure: str
) -> None:
    result = run_event([(OUTLETS[0], earlier, DAY_1), (OUTLETS[1], later, DAY_2)])
    finding = finding_with(result, "figure", figure)
    assert (finding.status, finding.cause) == ("compatible", "update")


def test_a_revision_word_elsewhere_in_the_later_sentence_is_not_of_the_figure(run_event: RunEvent) -> None:
    """Two sources' figures stay a conflict when the later sentence's revision is of another figure."""
    result = run_event(
        [
            (OUTLETS[0], "The new bridge will be 400 metres long, the ministry said.", DAY_1),
            (OUTLETS[1], "The council has raised its bridge fund to 2 million crowns for the 600-metre bridge, engineers said.", DAY_2),
        ]
    )
    finding = finding_with(result, "figure", "400 metres")
    assert (finding.status, finding.cause) == ("conflict", "source_difference")


def test_a_level_without_words_of_change_still_conflicts(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "Police set up a cordon of 400 metres round the quarry, police said.", DAY_1),
            (OUTLETS[1], "The cordon round the quarry was 900 metres wide, police said.", DAY_2),
        ]
    )
    finding = finding_with(result, "figure", "400 metres")
    assert finding.status == "conflict"


def test_a_single_digit_depth_is_good_to_half_a_unit(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "The quake struck 1.3 miles below the ground, the survey said.", None),
            (OUTLETS[1], "The quake struck only one mile below the ground, the survey said.", None),
        ]
    )
    finding = finding_with(result, "figure", "1.3 miles")
    assert (finding.status, finding.cause) == ("compatible", "precision")


def test_a_single_digit_is_not_coarse_for_a_duration(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "Residents said the shaking lasted 30 seconds.", None),
            (OUTLETS[1], "Residents said the shaking went on for about a minute.", None),
        ]
    )
    assert finding_with(result, "figure", "30 seconds").status == "conflict"


def test_a_second_claim_in_other_words_is_still_one_claim(run_event: RunEvent) -> None:
    """Each outlet gives the town's toll first and the province's toll after it, in words of its own:
    the province's 640 and 660 are one claim (one outlet's later figure), not two."""
    result = run_event(
        [
            (OUTLETS[0], "The quake killed 40 people in Velmora. The death toll across Brask province since Sunday stands at more than 640.", DAY_1),
            (OUTLETS[1], "The quake killed 40 people in Velmora. Nationwide the disaster has claimed more than 660 lives so far.", DAY_2),
            (OUTLETS[2], "Forty people died in Velmora, officials said.", DAY_1),
        ]
    )
    finding = finding_with(result, "figure", "more than 640")
    assert {text_of(result, i) for i in finding.fact_ids} == {"more than 640", "more than 660"}
    assert finding.status != "conflict"


def test_further_claims_far_apart_in_value_stay_apart(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "The quake killed 40 people in Velmora. In 1998 a flood there killed 400 people.", DAY_1),
            (OUTLETS[1], "The quake killed 40 people in Velmora. Troops shot 9 looters dead on Monday night.", DAY_2),
            (OUTLETS[2], "Forty people died in Velmora, officials said.", DAY_1),
        ]
    )
    assert all(f.status != "conflict" for f in result.findings if f.kind == "figure")


_CLOSING = "The Velmora works will close on Friday. "


@pytest.mark.parametrize(
    ("other", "status"),
    [
        # two statements dated down the report on two days may be two statements
        ("The union was told at 7 a.m. on Wednesday.", ("compatible", "scope")),
        # at two hours of one day they are the hour of one statement told two ways
        ("The union was told at 7 a.m. on Tuesday.", ("conflict", "unexplained")),
        # a happening's clock in the statement's slot is one claim: it recurs no more than the happening
        ("The gates of the works were locked at 7 a.m. on Tuesday.", ("conflict", "unexplained")),
    ],
)
def test_only_two_recurring_dates_may_date_two_occurrences(other: str, status: tuple[str, str]) -> None:
    slot = [
        date_facts(_CLOSING + "The union was told at 6 a.m. on Tuesday.", "a1", OUTLETS[0]),
        date_facts(_CLOSING + other, "a2", OUTLETS[1]),
    ]
    slot = [(article, [f for f in facts if "a.m." in f.text]) for article, facts in slot]
    assert all(len(facts) == 1 for _article, facts in slot), slot
    outcome = CHECKS["date-agreement"].run(slot)
    assert (outcome.status, outcome.cause) == status


def test_two_outlets_stamps_at_two_times_are_no_conflict(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "Updated 08:44 GMT, 4 March 2031.", DAY_1),
            (OUTLETS[1], "Last updated at 12:42 GMT, 4 March 2031.", DAY_1),
        ]
    )
    finding = finding_with(result, "date", "08:44 GMT, 4 March 2031")
    assert finding.status != "conflict"


def test_the_round_of_a_knockout_is_a_claim(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "Ivo Brask knocked out Marko Dravik in the third round in Velmora.", DAY_1),
            (OUTLETS[1], "Brask stopped Dravik in the third round of their bout in Velmora.", DAY_1),
            (OUTLETS[2], "Ivo Brask beat Marko Dravik by knockout in the fourth round in Velmora.", DAY_1),
        ]
    )
    finding = finding_with(result, "figure", "fourth round")
    assert finding.status == "conflict"
    assert {text_of(result, i) for i in finding.fact_ids} == {"third round", "fourth round"}


def test_a_difference_of_sources_names_both_sources_and_groups_an_unsaid_unit(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "The 6.9-magnitude quake was measured by Brask's national seismic agency, the agency said.", None),
            (OUTLETS[1], "The magnitude-7.1 tremor was recorded by the survey, the US Geological Survey said.", None),
            (OUTLETS[2], "The quake measured 7.1, according to the USGS.", None),
        ]
    )
    finding = finding_with(result, "figure", "6.9-magnitude")
    assert (finding.status, finding.cause) == ("conflict", "source_difference")
    assert len(finding.groups) == 2 and len(finding.groups[0].fact_ids) == 2
    assert "credited to US Geological Survey" in finding.message


def test_two_sources_counts_set_side_by_side_differ_rather_than_grow(run_event: RunEvent) -> None:
    """One outlet writes both counts in one sentence: they stand at the same time, so the other
    outlets' figures from each source are a difference of sources, not a tally that grew."""
    result = run_event(
        [
            (OUTLETS[0], "Officials said 17 people had died in the Velmora mine collapse on Tuesday.", DAY_1),
            (OUTLETS[1], "The union said on Tuesday that 21 miners had died in the Velmora mine collapse.", DAY_1),
            (OUTLETS[2], "The union put the toll from the Velmora mine collapse at 21 on Tuesday, while officials said 17 had died.", DAY_1),
        ]
    )
    finding = finding_with(result, "figure", "21")
    assert (finding.status, finding.cause) == ("conflict", "source_difference")


def test_two_sources_counts_of_one_day_are_an_update_when_no_outlet_sets_them_side_by_side(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "Officials said 17 people had died in the Velmora mine collapse on Tuesday.", DAY_1),
            (OUTLETS[1], "The union said on Tuesday that 21 miners had died in the Velmora mine collapse.", DAY_1),
        ]
    )
    finding = finding_with(result, "figure", "21")
    assert (finding.status, finding.cause) == ("compatible", "update")


def test_an_unnamed_age_off_by_one_joins_the_one_named_person_it_describes(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "A 36-year-old climber died on Tuesday after a 200-metre fall near Velmora.", DAY_2),
            (OUTLETS[1], "Ivo Brask, 36, died on Tuesday in a 200-metre fall near Velmora.", DAY_2),
            (OUTLETS[2], "The 36-year-old climber fell 200 metres to his death near Velmora on Tuesday.", DAY_2),
            (OUTLETS[3], "A 37-year-old climber was killed on Tuesday in a fall near Velmora.", DAY_2),
        ]
    )
    finding = finding_with(result, "figure", "37-year-old")
    assert finding.status == "conflict"
    assert len(finding.fact_ids) == 4
    assert all("Tuesday" not in (f.slot or "") for f in result.findings)  # a weekday is never a person's name


def test_a_company_named_and_called_the_company_is_one_source(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "Korvath Motors said on Tuesday it would cut 1,500 jobs in Velmora.", DAY_1),
            (OUTLETS[1], "The carmaker will cut 1,700 jobs in Velmora, the company said on Tuesday.", DAY_1),
        ]
    )
    finding = finding_with(result, "figure", "1,700")
    assert finding.status == "conflict" and finding.cause != "source_difference"


def test_an_unnamed_age_far_from_the_named_persons_stays_apart(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "Ivo Brask, 36, died on Tuesday near Velmora.", DAY_2),
            (OUTLETS[1], "A 36-year-old climber died on Tuesday near Velmora.", DAY_2),
            (OUTLETS[2], "A 19-year-old guide was hurt on Tuesday near Velmora.", DAY_2),
        ]
    )
    assert all(f.status != "conflict" for f in result.findings if f.kind == "figure")


def test_temperatures_in_two_scales_are_compared_as_one(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "Temperatures in Velmora reached 41C on Tuesday.", DAY_1),
            (OUTLETS[1], "The thermometer in Velmora hit 106F on Tuesday.", DAY_1),
        ]
    )
    assert finding_with(result, "figure", "106F").status == "compatible"
    result = run_event(
        [
            (OUTLETS[0], "Temperatures in Velmora reached 41C on Tuesday.", DAY_1),
            (OUTLETS[1], "The thermometer in Velmora hit 43 degrees Celsius on Tuesday.", DAY_1),
        ]
    )
    assert finding_with(result, "figure", "41C").status == "conflict"


def test_a_price_to_the_dollar_is_not_rounded(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "The Korvath X2 phone will cost $999 when it goes on sale in Velmora.", DAY_1),
            (OUTLETS[1], "The Korvath X2 phone will cost $1,099 when it goes on sale in Velmora.", DAY_1),
        ]
    )
    assert finding_with(result, "figure", "$999").status == "conflict"


def test_power_capacity_in_two_units(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "The Velmora wind farm will produce 1.2 GW, Korvath Energy said.", DAY_1),
            (OUTLETS[1], "The Velmora wind farm will have a capacity of 1,200 megawatts, Korvath Energy said.", DAY_1),
            (OUTLETS[2], "The Velmora wind farm will generate 2 GW, Korvath Energy said.", DAY_1),
        ]
    )
    finding = finding_with(result, "figure", "2 GW")
    assert finding.status == "conflict" and len(finding.fact_ids) == 3


def test_more_than_a_round_count_holds_that_count(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "In all 12,000 polling stations opened across Brask on Sunday.", DAY_1),
            (OUTLETS[1], "More than 12,000 polling stations opened across Brask on Sunday.", DAY_1),
        ]
    )
    assert finding_with(result, "figure", "More than 12,000").status == "compatible"
    result = run_event(
        [
            (OUTLETS[0], "The Brask Union won 41 seats in the Velmora council.", DAY_1),
            (OUTLETS[1], "The Brask Union won more than 41 seats in the Velmora council.", DAY_1),
        ]
    )
    assert finding_with(result, "figure", "more than 41").status == "conflict"


def test_a_listed_count_adds_up_to_another_outlets_total(run_event: RunEvent) -> None:
    # The second outlet lists who was on board; the sum is the others' total, not a conflict with 14.
    result = run_event(
        [
            (OUTLETS[0], "The Dravik coastguard said the helicopter had 16 people on board when it ditched.", DAY_2),
            (OUTLETS[1], "The Dravik helicopter was carrying 14 passengers and two crew when it ditched, the coastguard said.", DAY_2),
            (OUTLETS[2], "The helicopter ditched off Dravik with 16 people on board, the coastguard said.", DAY_2),
        ]
    )
    finding = finding_with(result, "figure", "14")
    assert {text_of(result, i) for i in finding.fact_ids} >= {"16", "14", "two"}
    assert finding.status != "conflict"
    assert {p.cause for p in finding.pairs if "14" in {text_of(result, i) for i in p.fact_ids}} == {"arithmetic"}


def test_a_count_listed_with_a_count_of_other_things_is_its_own_claim(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "About 600 firefighters and nine aircraft were fighting the Dravik forest fire.", DAY_2),
            (OUTLETS[1], "Some 600 firefighters and 12 aircraft were fighting the Dravik forest fire.", DAY_2),
        ]
    )
    assert "nine" not in _slot_texts(result, "About 600")


def test_two_years_a_thing_was_built_in_are_a_conflict(run_event: RunEvent) -> None:
    result = run_event(
        [
            (OUTLETS[0], "The Orlavo dam, which was completed in 1961, burst on Tuesday after heavy rain.", DAY_2),
            (OUTLETS[1], "The Orlavo dam, built in 1916, burst on Tuesday after heavy rain.", DAY_2),
        ]
    )
    finding = finding_with(result, "date", "1916")
    assert {text_of(result, i) for i in finding.fact_ids} == {"1961", "1916"}
    assert finding.status == "conflict"


def test_a_headline_figure_said_again_below_stays_in_the_headline_figures_slot() -> None:
    """An outlet that headlines 8,400 job cuts and repeats them in its first sentence states one claim
    twice: both stay where the other outlets' 4,800 is, so the one finding holds the conflict."""
    result = one_event([
        "# Brask carmaker Almvik to cut 4,800 jobs\n\nAlmvik Motors will cut 4,800 jobs at its Velmora plants "
        "by 2032, the carmaker said, as it shifts to electric cars.",
        "# Almvik axes 8,400 jobs in Velmora\n\nAlmvik Motors is cutting 8,400 jobs at its Velmora plants as it "
        "races to build electric cars, the company said.",
        "Almvik Motors plans to shed 4,800 jobs at its plants in Velmora, the Brask carmaker said on Tuesday.",
    ])
    finding = finding_with(result, "figure", "8,400")
    assert finding.status == "conflict"
    assert sorted(text_of(result, i) for i in finding.fact_ids) == ["4,800", "4,800", "4,800", "8,400", "8,400"]


def figure_facts(text: str, article_id: str, outlet: str) -> tuple[Article, list[Fact]]:
    article = Article(id=article_id, path=f"{article_id}.txt", outlet=outlet, body=text, published=DAY_2)
    facts, _ = extract_facts(article, id_prefix=f"{article_id}.")
    return article, [f for f in frame_facts(article, facts) if f.kind == "figure"]


def test_nearly_a_round_figure_is_rounded_up_from_below() -> None:
    """ "nearly 80 million" may be 78.5 million, never 87.5 million: the hedge puts it under its figure."""
    slot = [
        figure_facts("Velmora failed to pay nearly 80 million dollars in interest.", "a1", OUTLETS[0]),
        figure_facts("Velmora failed to pay a $87.5 million coupon.", "a2", OUTLETS[1]),
        figure_facts("Velmora failed to pay a $78.5 million coupon.", "a3", OUTLETS[2]),
    ]
    outcome = CHECKS["figure-agreement"].run(slot)
    verdicts = {frozenset(p.fact_ids): p.status for p in outcome.pairs}
    nearly, high, low = (facts[0].id for _article, facts in slot)
    assert verdicts[frozenset((nearly, high))] == "conflict"
    assert verdicts[frozenset((nearly, low))] == "compatible"


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        ("The sea off Velmora reached 28 degrees Celsius.", "The sea off Velmora reached 28.4C.", "compatible"),
        ("The sea off Velmora reached 28 degrees Celsius.", "The sea off Velmora reached 28.6C.", "conflict"),
        ("Only 11 runners finished in Velmora.", "About a dozen runners finished in Velmora.", "compatible"),
        ("Only 9 runners finished in Velmora.", "About a dozen runners finished in Velmora.", "compatible"),
        ("Only 8 runners finished in Velmora.", "About a dozen runners finished in Velmora.", "conflict"),
        # "nearly" a few whole units reaches half a unit below them, no further
        ("The Velmora concert ran three hours and 35 minutes.", "The Velmora concert ran for nearly four hours.", "compatible"),
        ("The Velmora concert ran three hours and 20 minutes.", "The Velmora concert ran for nearly four hours.", "conflict"),
        # a percentage in words is a whole one
        ("Prices in Velmora rose 4.2% in May.", "Prices in Velmora rose four percent in May.", "compatible"),
        ("Prices in Velmora rose 3.4% in May.", "Prices in Velmora rose four percent in May.", "conflict"),
    ],
)
def test_a_figure_is_read_as_rounded_as_it_is_written(first: str, second: str, status: str) -> None:
    slot = [figure_facts(first, "a1", OUTLETS[0]), figure_facts(second, "a2", OUTLETS[1])]
    assert [p.status for p in CHECKS["figure-agreement"].run(slot).pairs] == [status]


def test_one_duration_summed_from_its_parts_in_two_orders_agrees() -> None:
    """ "2 minutes 41 seconds" and "two minutes forty-one" add their parts in another order; the last bit of a float
    must not make them two figures."""
    slot = [
        figure_facts("The Velmora sculler won in 2 minutes 41 seconds.", "a1", OUTLETS[0]),
        figure_facts("The Velmora sculler won in two minutes forty-one.", "a2", OUTLETS[1]),
    ]
    assert [p.status for p in CHECKS["figure-agreement"].run(slot).pairs] == ["agree"]


def test_a_count_of_a_thing_joins_the_measure_other_outlets_count_it_as() -> None:
    """One outlet counts the bears as the park's population; another gives "around 160 bears" with no word
    of a measure: the same count, so the two values meet in one finding, and disagree."""
    result = one_event([
        "# Velmora park counts its bears\n\nThe Velmora national park has a population of an estimated 120 bears, "
        "its rangers said after the spring count in Brask province.",
        "# Bears thrive in Velmora park\n\nRangers in the Velmora national park in Brask province counted around "
        "160 bears in the spring.",
    ])
    finding = finding_with(result, "figure", "around 160")
    assert finding.status == "conflict"
    assert sorted(text_of(result, i) for i in finding.fact_ids) == ["an estimated 120", "around 160"]


_CROWD_REPORTS = [
    "# Record crowd for Gwyndra Ulkin\n\nSome 61,200 fans packed Hexmoor stadium on Saturday night for Gwyndra "
    "Ulkin's last concert of the tour, the promoter said.{extra}",
    "# Ulkin fills Hexmoor\n\nA crowd of 61,200 fans packed Hexmoor stadium on Saturday night as Gwyndra Ulkin "
    "ended her tour.{extra}",
    "# Ulkin ends her tour at Hexmoor\n\nAbout 68,000 people saw Gwyndra Ulkin close her tour at Hexmoor "
    "stadium on Saturday night.",
    "# Gwyndra Ulkin at Hexmoor\n\nMore than 68,000 people saw Gwyndra Ulkin end her tour at Hexmoor stadium "
    "on Saturday night, the city said.",
]


def test_people_stand_for_the_one_measure_an_event_counts_people_as() -> None:
    """Two outlets give the crowd as fans who packed the stadium, two as people who saw the show: one count,
    so the values meet in one finding, and disagree."""
    result = one_event([text.format(extra="") for text in _CROWD_REPORTS])
    finding = finding_with(result, "figure", "Some 61,200")
    assert finding.status == "conflict"
    assert "About 68,000" in [text_of(result, i) for i in finding.fact_ids]


def test_people_beside_two_measures_of_people_stay_a_count_of_their_own() -> None:
    """Beside a crowd and a count of the injured, "people" could be either: they are left apart from both."""
    extra = " Nine residents were injured by falling debris, police said."
    result = one_event([text.format(extra=extra) for text in _CROWD_REPORTS])
    crowd = finding_with(result, "figure", "Some 61,200")
    assert "About 68,000" not in [text_of(result, i) for i in crowd.fact_ids]


def test_a_count_far_from_every_value_of_the_measure_stays_a_count_of_its_own() -> None:
    """Four firefighters were hurt; 297 firefighters fought the fire: not a version of the injured."""
    result = one_event([
        "# Fire in Velmora\n\nFour firefighters were hurt fighting the fire at a warehouse in Velmora, Brask province, "
        "the fire service said.",
        "# Velmora warehouse fire\n\nSome 297 firefighters fought the fire at the Velmora warehouse in Brask province "
        "through the night.",
    ])
    hurt = finding_with(result, "figure", "Four")
    assert "Some 297" not in [text_of(result, i) for i in hurt.fact_ids]


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        ("Velmora will pay the operator 16 million euros a year.", "Velmora will pay the operator €48m over three years.",
         "compatible"),
        ("Velmora will pay the operator 250 million euros a year.",
         "Velmora will pay the operator 2.5 billion euros over the next ten years.", "compatible"),
        ("Velmora will pay the operator 16 million euros a year.", "Velmora will pay the operator €48m over two years.",
         "conflict"),
    ],
)
def test_a_yearly_rate_and_its_total_over_years_are_one_amount(first: str, second: str, status: str) -> None:
    slot = [figure_facts(first, "a1", OUTLETS[0]), figure_facts(second, "a2", OUTLETS[1])]
    slot = [(article, [f for f in facts if "euro" in f.text or "€" in f.text]) for article, facts in slot]  # (not "two years")
    assert [p.status for p in CHECKS["figure-agreement"].run(slot).pairs] == [status]


@pytest.mark.parametrize(
    ("written", "status"),
    [
        ("Velmora's port reopened on Thursday, March 6.", "agree"),  # 6 March 2031 is a Thursday
        # the same date with a weekday it does not fall on: the report has one of the two wrong
        ("Velmora's port reopened on Wednesday, March 6.", "conflict"),
    ],
)
def test_a_weekday_written_beside_a_date_it_does_not_fall_on_is_an_error(written: str, status: str) -> None:
    slot = [
        date_facts("Velmora's port reopened on March 6.", "a1", OUTLETS[0]),
        date_facts(written, "a2", OUTLETS[1]),
    ]
    assert all(len(facts) == 1 for _article, facts in slot), slot
    assert CHECKS["date-agreement"].run(slot).status == status


@pytest.mark.parametrize(
    ("claim_b", "status"),
    [
        # "this morning" names its day as "today" does: the page's Wednesday, not Tuesday's quake
        pytest.param("The quake struck Velmora at 5 a.m. this morning, the observatory said.", "conflict",
                     id="this-morning-is-the-page-s-day"),
        pytest.param("The quake struck Velmora at 5 a.m. on 4 March, the observatory said.", "agree",
                     id="a-day-written-before-its-month"),
    ],
)
def test_a_clock_reading_that_names_its_day_is_compared_by_the_day(run_event: RunEvent, claim_b: str, status: str) -> None:
    result = run_event([
        (OUTLETS[0], "The quake struck Velmora on Tuesday, the observatory said.", DAY_2),
        (OUTLETS[1], claim_b, DAY_2),
    ])
    finding = finding_with(result, "date", "Tuesday")
    assert finding.status == status, [(p.status, p.detail) for p in finding.pairs]


@pytest.mark.parametrize(("pinned", "cause"), [("US$30,000", "arithmetic"), ("US$52,000", None)])
def test_a_bare_dollar_is_the_local_one_at_the_rate_the_reports_give(run_event: RunEvent, pinned: str, cause: str | None) -> None:
    # (``comparisons._in_story_currency``: the wire names the Singapore dollar, so a paper's bare "$40,000" is read
    # in it, at the rate the wire gives, S$40,000 as US$30,000; a pinned amount that the rate does not make stays a
    # conflict)
    result = run_event(
        [
            (OUTLETS[0], "The town's mayor pledged S$40,000 (about US$30,000) to the relief fund.", DAY_2),
            (OUTLETS[1], "The town's mayor pledged $40,000 to the relief fund.", DAY_2),
            (OUTLETS[2], f"The town's mayor pledged {pinned} to the relief fund.", DAY_2),
        ]
    )
    finding = finding_with(result, "figure", "$40,000")
    texts = {p: {text_of(result, i) for i in p.fact_ids} for p in finding.pairs}
    pair = next(p for p, t in texts.items() if t == {"$40,000", pinned})
    if cause:
        assert (pair.status, pair.cause) == ("compatible", cause)
    else:
        assert pair.status == "conflict"

"""A larger figure whose own sentence tells it as a wider count than its noun alone ("including" a group, "and its"
before it, "worldwide" after it) against a smaller figure told plainly: a whole and a part, a scope difference, not a
conflict (``consistency.checks.scope_words``, ``comparisons._told_wider``). Also a count told over a run of days a few
words after its figure, and departures as a part of flights. The reports are invented: a quarry in Tembrook, a
cooperative in Ulverne, a valve recall, a storm at Valdrin's port and airport.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from consistency.checks.scope_words import ScopeWords, load_scope_words, told_wider
from consistency.errors import RuleError
from consistency.model import Fact, Quantity
from consistency.vocabulary import active_folder
from tests.two_reports import figure_verdicts as all_figure_verdicts


def figure_verdicts(first: str, second: str) -> list[tuple[str, str | None]]:
    """The judged figure findings (a figure only one report gives is left out)."""
    return [verdict for verdict in all_figure_verdicts(first, second) if verdict[0] != "unverified"]


_QUARRY = "The Harlow quarry in Tembrook closed on Monday after a rockfall, the operator said. "


def _fact(sentence: str, figure: str) -> Fact:
    start = sentence.index(figure)
    return Fact(
        id="f1", article_id="a", kind="figure", text=figure, start=start, end=start + len(figure),
        sentence=sentence, sentence_start=0, sentence_end=len(sentence), value=Quantity(1.0, 1.0),
    )


@pytest.mark.parametrize(
    ("sentence", "figure", "cue"),
    [
        pytest.param("The guild said 910 workers, including haulage contractors, were sent home.", "910", "including",
                     id="including-a-group"),
        pytest.param("The guild said 910 workers, including 390 haulage contractors, were sent home.", "910", "",
                     id="including-a-number-is-a-breakdown"),
        pytest.param("The quarry sent home 910 workers, including all twelve drivers.", "910", "",
                     id="including-a-worded-number-is-a-breakdown"),
        pytest.param("The board gave the cooperative and its youth league 3.4 million florins.", "3.4 million",
                     "and its", id="and-its-before"),
        pytest.param("The maker said 41,000 patients worldwide carry the valve.", "41,000", "worldwide",
                     id="worldwide-after"),
        pytest.param("About 520 quarry workers were sent home on Monday.", "About 520", "", id="plain"),
        pytest.param("It sent 520 workers home, and 14 lorries, including two tankers, stood idle.", "520", "",
                     id="cue-past-another-figure"),
    ],
)
def test_told_wider_reads_the_figures_own_sentence(sentence: str, figure: str, cue: str) -> None:
    assert told_wider(_fact(sentence, figure)) == cue


def test_an_empty_vocabulary_reads_no_cue() -> None:
    fact = _fact("The guild said 910 workers, including haulage contractors, were sent home.", "910")
    assert told_wider(fact, ScopeWords()) == ""


@pytest.mark.parametrize(
    ("first", "second", "verdict"),
    [
        pytest.param("About 520 quarry workers were sent home.",
                     "The miners' guild said 910 workers, including haulage contractors, were sent home.",
                     ("compatible", "scope"), id="wider-count-is-larger"),
        # the wider words on the smaller figure: it cannot take in more than the larger one counts
        pytest.param("The miners' guild said 910 workers were sent home.",
                     "About 520 workers, including haulage contractors, were sent home.",
                     ("conflict", "unexplained"), id="wider-count-is-smaller"),
        # a part listed with its number takes nothing in (unless the rest is the other figure:
        # test_scope_members, the rest of a listed part)
        pytest.param("About 520 quarry workers were sent home.",
                     "The miners' guild said 910 workers, including 270 haulage contractors, were sent home.",
                     ("conflict", "unexplained"), id="breakdown-with-a-number"),
        # the same digits swapped: a slip of the keyboard, whatever the words
        pytest.param("About 380 quarry workers were sent home.",
                     "The miners' guild said 830 workers, including contractors, were sent home.",
                     ("conflict", "error"), id="digits-swapped"),
        pytest.param("About 520 quarry workers were sent home.", "The miners' guild said 910 workers were sent home.",
                     ("conflict", "unexplained"), id="no-words-of-scope"),
    ],
)
def test_a_count_told_wider_against_a_plain_one(first: str, second: str, verdict: tuple[str, str]) -> None:
    assert figure_verdicts(_QUARRY + first, _QUARRY + second) == [verdict]


def test_a_count_worldwide_against_one_at_home() -> None:
    home = ("Denvik Medical recalled its Orlavic heart valve on Tuesday after three failures in Ulverne hospitals. "
            "About 6,300 patients here carry the valve, the health agency said.")
    world = ("The maker of the Orlavic heart valve, Denvik Medical, has pulled it from sale in Ulverne. "
             "Denvik said 41,000 patients worldwide have the valve.")
    assert figure_verdicts(home, world) == [("compatible", "scope")]


_STORM = "Storm Edda shut the port of Valdrin on Monday, the harbour master said. "


@pytest.mark.parametrize(
    ("first", "second", "verdict"),
    [
        pytest.param("In all, 38 sailings were cancelled.",
                     "Some 70 ferry sailings were cancelled over three days, the operator said.",
                     ("compatible", "scope"), id="over-a-run-four-words-on"),
        pytest.param("In all, 38 sailings were cancelled.", "Some 70 ferry sailings were cancelled, the operator said.",
                     ("conflict", "unexplained"), id="no-run"),
        pytest.param("The airport cancelled 112 departures.", "The airport cancelled 203 flights in all.",
                     ("compatible", "scope"), id="departures-part-of-flights"),
        pytest.param("The airport cancelled 112 departures.", "The airport cancelled 121 flights in all.",
                     ("conflict", "error"), id="departures-digits-swapped"),
        pytest.param("The airport cancelled 203 departures.", "The airport cancelled 112 flights in all.",
                     ("conflict", "unexplained"), id="departures-more-than-flights"),
    ],
)
def test_counts_over_a_run_and_of_flights(first: str, second: str, verdict: tuple[str, str]) -> None:
    assert figure_verdicts(_STORM + first, _STORM + second) == [verdict]


def test_the_shipped_vocabulary_loads() -> None:
    words = load_scope_words()
    assert ("including",) in words.after and ("worldwide",) in words.places


def test_an_unknown_key_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "scope_words.yaml"
    path.write_text("after: [including]\nbesides: [plus]\n", encoding="utf-8")
    with pytest.raises(RuleError, match="besides"):
        load_scope_words(str(path))


def test_a_key_needs_a_list(tmp_path: Path) -> None:
    path = tmp_path / "scope_words.yaml"
    path.write_text("after: including\n", encoding="utf-8")
    with pytest.raises(RuleError, match="after"):
        load_scope_words(str(path))


def test_a_runs_folder_may_widen_the_words(tmp_path: Path) -> None:
    """A newsroom's own file in the run's vocabulary folder replaces the shipped words: "besides" read as a wider
    count where the shipped file does not read it."""
    fact = _fact("The guild said 910 workers, besides haulage contractors, were sent home.", "910")
    assert told_wider(fact) == ""
    folder = tmp_path / "ours"
    folder.mkdir()
    (folder / "scope_words.yaml").write_text("after: [besides]\n", encoding="utf-8")
    with active_folder(str(folder)):
        assert told_wider(fact) == "besides"
    assert told_wider(fact) == ""


@pytest.mark.parametrize(
    ("sentence", "figure", "cue"),
    [
        pytest.param("Officials said 900 trams run by a private operator stayed in depots.", "900",
                     "run by", id="participle-by"),
        pytest.param("The ministry said 450 machines belonging to contractors stood idle.", "450", "belonging to",
                     id="belonging-to"),
        pytest.param("The ministry said some 450 of them work abroad.", "some 450", "", id="partitive-left-out"),
        pytest.param("Officials said 900 trams stayed in depots, run by a private firm.", "900", "",
                     id="past-the-clause"),
        pytest.param("Officials said 2,400 trams stayed in depots on Tuesday.", "2,400", "", id="plain"),
    ],
)
def test_told_narrower_reads_the_words_right_after_the_figure(sentence: str, figure: str, cue: str) -> None:
    from consistency.checks.scope_words import told_narrower

    assert told_narrower(_fact(sentence, figure)) == cue


_DEPOTS = "A drivers' strike kept trams off the streets of Brodvane on Tuesday, the transport office said. "


@pytest.mark.parametrize(
    ("first", "second", "verdict"),
    [
        pytest.param("The city has 2,400 trams, the office said.",
                     "It said 900 trams run by a private operator stayed in their depots.",
                     ("compatible", "scope"), id="narrowed-count-is-smaller"),
        pytest.param("The city has 2,400 trams, the office said.",
                     "It said 900 trams stayed in their depots.",
                     ("conflict", "unexplained"), id="no-narrowing-words"),
        # the narrowing words on the larger figure: a part cannot be larger than the whole
        pytest.param("The city has 900 trams, the office said.",
                     "It said 2,400 trams run by a private operator stayed in their depots.",
                     ("conflict", "unexplained"), id="narrowed-count-is-larger"),
    ],
)
def test_a_narrowed_count_against_a_plain_one(first: str, second: str, verdict: tuple[str, str]) -> None:
    assert figure_verdicts(_DEPOTS + first, _DEPOTS + second) == [verdict]


@pytest.mark.parametrize(
    ("sentence", "figure", "cue"),
    [
        pytest.param("Officials said five foreign engineers were freed on Sunday.", "five", "foreign",
                     id="adjective-before-the-noun"),
        pytest.param("The ministry owes 80 million dollars to foreign lenders.", "80 million dollars", "",
                     id="adjective-later-in-the-clause"),
        pytest.param("The insurer pays 410 crowns a dose, net of rebates to pharmacies.", "410 crowns", "rebates",
                     id="net-of-rebates"),
        pytest.param("The insurer pays 410 crowns a dose, against a 5 percent discount elsewhere.", "410 crowns", "",
                     id="net-word-past-another-figure"),
        pytest.param("The ban covers 1,300 lanes inside the old walls.", "1,300", "inside the", id="inside-a-place"),
    ],
)
def test_told_narrower_reads_adjectives_places_and_net_words(sentence: str, figure: str, cue: str) -> None:
    from consistency.checks.scope_words import told_narrower

    assert told_narrower(_fact(sentence, figure)) == cue


_INHALER = "Health regulators in Hulvrecht approved the Kalvoren inhaler for children on Tuesday. "


@pytest.mark.parametrize(
    ("first", "second", "verdict"),
    [
        pytest.param("The inhaler costs 520 crowns a box, the maker said.",
                     "Insurers will pay 410 crowns a box after a rebate agreed with the maker.",
                     ("compatible", "scope"), id="net-after-a-rebate"),
        pytest.param("The inhaler costs 520 crowns a box, the maker said.",
                     "Insurers will pay 410 crowns a box, the maker said.",
                     ("conflict", "unexplained"), id="no-words-of-a-net-price"),
        pytest.param("Eight engineers were freed on Sunday, the ministry said.",
                     "Five foreign engineers were freed on Sunday, the ministry said.",
                     ("compatible", "scope"), id="foreigners-among-the-freed"),
        pytest.param("Eight foreign engineers were freed on Sunday, the ministry said.",
                     "Five foreign engineers were freed on Sunday, the ministry said.",
                     ("conflict", "unexplained"), id="foreigners-both"),
        # a ceiling on the smaller side may be any part of itself: no narrower count read from it
        pytest.param("Eight engineers were freed on Sunday, the ministry said.",
                     "At most five foreign engineers were freed on Sunday, the ministry said.",
                     ("conflict", "unexplained"), id="foreigners-under-a-ceiling"),
    ],
)
def test_a_net_or_narrowed_figure_against_a_plain_one(first: str, second: str, verdict: tuple[str, str]) -> None:
    assert figure_verdicts(_INHALER + first, _INHALER + second) == [verdict]


def test_a_count_on_one_day_of_the_week_reads_as_wider() -> None:
    fact = _fact("The traders said up to 9,000 shoppers came on Saturdays.", "up to 9,000")
    assert told_wider(fact) == "on saturdays"
    assert told_wider(_fact("The traders said up to 9,000 shoppers came.", "up to 9,000")) == ""


_MARKET = "The covered market in Brodvane will shut for repairs from Monday, the town council said. "


@pytest.mark.parametrize(
    ("second", "verdict"),
    [
        pytest.param("Its traders said up to 9,000 shoppers came on Saturdays.", ("compatible", "scope"),
                     id="busiest-day-against-a-usual-one"),
        pytest.param("Its traders said up to 9,000 shoppers came each day.", ("conflict", "source_difference"),
                     id="no-day-of-the-week"),
    ],
)
def test_a_count_on_its_busiest_day_against_a_daily_one(second: str, verdict: tuple[str, str]) -> None:
    first = "About 4,000 shoppers use the market every day, the council said."
    assert figure_verdicts(_MARKET + first, _MARKET + second) == [verdict]


@pytest.mark.parametrize(
    ("sentence", "figure", "cue"),
    [
        pytest.param("Wardens fined about 300 drivers on the Gretmoor ring road alone.", "about 300", "alone",
                     id="alone-after-a-place"),
        pytest.param("In the old town alone, 300 drivers were fined.", "300", "alone", id="alone-opening-the-sentence"),
        pytest.param("About 300 drivers were left alone on the ring road.", "About 300", "",
                     id="alone-before-any-place"),
        pytest.param("Wardens fined about 300 drivers on the Gretmoor ring road.", "about 300", "", id="plain"),
    ],
)
def test_told_narrower_reads_alone_closing_a_place(sentence: str, figure: str, cue: str) -> None:
    from consistency.checks.scope_words import told_narrower

    assert told_narrower(_fact(sentence, figure)) == cue


@pytest.mark.parametrize(
    ("first", "second", "verdict"),
    [
        pytest.param("The city has 2,400 trams, the office said.",
                     "It said 900 trams in the northern district alone stayed in their depots.",
                     ("compatible", "scope"), id="a-part-told-alone"),
        pytest.param("The city has 2,400 trams, the office said.",
                     "It said 900 trams in the northern district stayed in their depots.",
                     ("conflict", "unexplained"), id="no-alone"),
    ],
)
def test_a_count_told_alone_against_a_plain_one(first: str, second: str, verdict: tuple[str, str]) -> None:
    assert figure_verdicts(_DEPOTS + first, _DEPOTS + second) == [verdict]


_OPEN = "The Glostuden open began on Monday at the Thoskeby grounds, organisers said. "


@pytest.mark.parametrize(
    ("sentence", "figure", "cue"),
    [
        pytest.param("Wardens now check all 18 ferries.", "18", "all", id="all"),
        pytest.param("Wardens now check each of the 18 ferries.", "18", "each of the", id="each-of-the"),
        pytest.param("Wardens now check the 18 ferries.", "18", "", id="plain"),
    ],
)
def test_told_whole_reads_the_words_right_before_the_figure(sentence: str, figure: str, cue: str) -> None:
    from consistency.checks.scope_words import told_whole

    assert told_whole(_fact(sentence, figure)) == cue


@pytest.mark.parametrize(
    ("part", "part_figure", "whole", "whole_figure", "cue"),
    [
        pytest.param("Wardens check the five night ferries.", "five", "Wardens check all 18 ferries.", "18", "night",
                     id="a-modifier-before-the-same-noun"),
        pytest.param("Wardens check the five ferries.", "five", "Wardens check all 18 ferries.", "18", "",
                     id="the-same-noun-plainly"),
        pytest.param("Wardens check the five night ferries.", "five", "Wardens check the 18 ferries.", "18", "",
                     id="the-larger-not-told-whole"),
        pytest.param("Wardens check five more ferries.", "five", "Wardens check all 18 ferries.", "18", "",
                     id="a-word-that-adds"),
        pytest.param("About 520 quarry workers went home.", "About 520", "The Thoskeby quarry sent home all 910 workers.",
                     "910", "", id="a-modifier-the-whole-uses-too"),
        pytest.param("It said 35 fruit pickers from Nerruden asked for other work.", "35",
                     "The estate will replace all 140 of its fruit pickers with machines.", "140", "from Nerruden",
                     id="a-part-named-by-where-it-comes-from"),
        pytest.param("The fee falls on the nine museums.", "nine",
                     "The fee falls on all 12 museums and galleries.", "12", "museums and more",
                     id="a-whole-of-two-kinds"),
        pytest.param("The fee falls on the nine museums and galleries.", "nine",
                     "The fee falls on all 12 museums and galleries.", "12", "", id="the-same-two-kinds"),
    ],
)
def test_narrowed_within_reads_a_part_of_a_whole(part: str, part_figure: str, whole: str, whole_figure: str,
                                                 cue: str) -> None:
    from consistency.checks.scope_words import narrowed_within

    assert narrowed_within(_fact(part, part_figure), _fact(whole, whole_figure)) == cue


@pytest.mark.parametrize(
    ("first", "second", "verdict"),
    [
        pytest.param("Play began on all 18 courts.", "Play began on the five outer courts.", ("compatible", "scope"),
                     id="a-part-of-a-whole-told-with-all"),
        pytest.param("Play began on the 18 courts.", "Play began on five outer courts.", ("conflict", "unexplained"),
                     id="no-whole-told"),
        pytest.param("The Thoskeby quarry sent home all 910 workers.", "About 520 quarry workers were sent home.",
                     ("conflict", "unexplained"), id="the-modifier-names-the-story"),
    ],
)
def test_a_part_against_a_whole_told_with_all(first: str, second: str, verdict: tuple[str, str]) -> None:
    assert figure_verdicts(_OPEN + first, _OPEN + second) == [verdict]


_CUTS = """parts_and_wholes:
- name: a cut from the workforce
  part_before: [cutting, shedding]
  part_after: [lose their jobs, will be laid off]
  whole_before: [employs]
  whole_after: [work, worked]
"""


@pytest.mark.parametrize(
    ("sentence", "figure", "parts", "wholes"),
    [
        pytest.param("The closure ends the night shift, cutting some 130 jobs.", "130", {"a cut from the workforce"},
                     set(), id="part-before"),
        pytest.param("The firm said 130 staff of its blowing hall will lose their jobs.", "130",
                     {"a cut from the workforce"}, set(), id="part-after"),
        pytest.param("The firm employs 280 people.", "280", set(), {"a cut from the workforce"}, id="whole-before"),
        pytest.param("Across both sites, 280 staff work for the firm.", "280", set(), {"a cut from the workforce"},
                     id="whole-after"),
        pytest.param("The firm has 280 staff, and most of them work nights.", "280", set(), set(),
                     id="whole-words-too-far"),
    ],
)
def test_parts_and_wholes_are_read_from_the_words_beside_the_figure(
    tmp_path: Path, sentence: str, figure: str, parts: set[str], wholes: set[str]
) -> None:
    from consistency.checks.scope_words import told_as_parts, told_as_wholes

    path = tmp_path / "scope_words.yaml"
    path.write_text(_CUTS, encoding="utf-8")
    vocabulary = load_scope_words(str(path))
    fact = _fact(sentence, figure)
    assert (told_as_parts(fact, vocabulary), told_as_wholes(fact, vocabulary)) == (parts, wholes)


def _slot_statuses(first: str, second: str) -> list[str]:
    """The statuses of the figure pairs of a slot made of the two reports' figures (alignment left out: the rule
    under test weighs a pair once it is aligned)."""
    import datetime as dt

    from consistency.checks import CHECKS
    from consistency.engine import extract_facts
    from consistency.frames import frame_facts
    from consistency.model import Article

    slot = []
    for n, text in enumerate((first, second)):
        article = Article(id=f"a{n}", path=f"a{n}.txt", outlet=f"Outlet {n}", body=text, published=dt.date(2231, 3, 6))
        facts, _ = extract_facts(article, id_prefix=f"a{n}.")
        slot.append((article, [f for f in frame_facts(article, facts) if f.kind == "figure"]))
    return [p.status for p in CHECKS["figure-agreement"].run(slot).pairs]


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        pytest.param("About 3,400 people live with Rikitimur disease in Sopipanel.", "Some 900 people could qualify.",
                     "compatible", id="qualify-against-all-who-have-it"),
        pytest.param("About 3,400 people could qualify.", "Some 900 people could qualify.", "conflict", id="both-qualify"),
        pytest.param("About 3,400 people have been treated.", "Some 900 people could qualify.", "conflict",
                     id="no-words-of-all-who-have-it"),
        pytest.param("About 900 people live with Rikitimur disease in Sopipanel.", "Some 3,400 people could qualify.",
                     "conflict", id="more-qualify-than-have-it"),
    ],
)
def test_the_ones_who_qualify_against_all_who_have_the_condition(first: str, second: str, status: str) -> None:
    assert _slot_statuses(first, second) == [status]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("parts_and_wholes: [cutting]\n", id="entry-not-a-mapping"),
        pytest.param("parts_and_wholes:\n- name: cuts\n  part_before: [cutting]\n", id="no-whole-words"),
        pytest.param("parts_and_wholes:\n- part_before: [cutting]\n  whole_before: [employs]\n", id="no-name"),
        pytest.param("parts_and_wholes:\n- name: cuts\n  part_before: [cutting]\n  whole_before: [employs]\n  besides: [x]\n",
                     id="unknown-key"),
    ],
)
def test_a_bad_parts_and_wholes_entry_names_the_file(tmp_path: Path, text: str) -> None:
    path = tmp_path / "scope_words.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleError):
        load_scope_words(str(path))


def test_a_count_that_takes_in_ones_who_have_stopped() -> None:
    """ "310,000 rod licence holders, many of whom no longer fish": the count takes in people the smaller count of
    anglers leaves out."""
    fact = _fact("The club says 310,000 rod licence holders are over seventy, many of whom no longer fish.", "310,000")
    assert told_wider(fact) == "many of whom no longer"
    assert told_wider(_fact("The club says 310,000 rod licence holders are over seventy.", "310,000")) == ""


@pytest.mark.parametrize(
    ("part", "part_figure", "whole", "whole_figure", "cue"),
    [
        pytest.param("Dogs ride in the 410 regional trams most people use.", "410", "About 640 trams carry dogs.",
                     "About 640", "regional", id="a-modifier-the-bare-noun-lacks"),
        pytest.param("Guards walk the 38 fenced piers.", "38", "Lamps stand on 65 piers.", "65", "fenced",
                     id="a-participle-before-the-noun"),
        pytest.param("Dogs ride in 410 regional trams.", "410", "About 640 trams carry dogs.", "About 640", "",
                     id="no-definite-article"),
        pytest.param("Dogs ride in the 410 regional trams.", "410", "About 640 diesel trams carry dogs.", "About 640",
                     "", id="the-larger-noun-restricted-too"),
        pytest.param("Dogs ride in the 410 regional trams.", "410", "About 640 regional trams carry dogs.", "About 640",
                     "", id="the-same-restricted-noun"),
        pytest.param("Inspectors failed 90 of the 410 regional trams.", "410", "About 640 trams carry dogs.",
                     "About 640", "", id="the-whole-of-a-partitive"),
        pytest.param("The city spends the 46 million crowns a year.", "46 million", "It spends 51 million a year.",
                     "51 million", "", id="a-rate-not-a-noun"),
    ],
)
def test_restricted_within_reads_a_restricted_noun_against_a_bare_one(part: str, part_figure: str, whole: str,
                                                                     whole_figure: str, cue: str) -> None:
    from consistency.checks.scope_words import restricted_within

    assert restricted_within(_fact(part, part_figure), _fact(whole, whole_figure)) == cue


@pytest.mark.parametrize(
    ("first", "second", "verdict"),
    [
        pytest.param("Lamps will stand on 65 piers.", "Guards will walk the 38 fenced piers first.", ("compatible", "scope"),
                     id="a-restricted-part-of-a-bare-count"),
        pytest.param("Lamps will stand on the 65 fenced piers.", "Guards will walk the 38 fenced piers first.",
                     ("conflict", "unexplained"), id="the-same-restricted-noun-twice"),
        pytest.param("Lamps will stand on 38 piers.", "Guards will walk the 65 fenced piers first.",
                     ("conflict", "unexplained"), id="the-restricted-count-larger"),
    ],
)
def test_a_restricted_part_against_a_bare_whole(first: str, second: str, verdict: tuple[str, str]) -> None:
    assert figure_verdicts(_OPEN + first, _OPEN + second) == [verdict]


_HEDGES = "Rows over overgrown hedges reached a record last year, Tazzomer's housing ministry said on Monday. "


@pytest.mark.parametrize(
    ("first", "second", "verdict"),
    [
        pytest.param("Councils logged 9,400 hedge complaints, the ministry said.",
                     "Councils logged 2,100 hedge complaints in the capital, the ministry said.",
                     ("compatible", "scope"), id="in-the-capital-on-the-smaller"),
        pytest.param("Councils logged 9,400 hedge complaints, the ministry said.",
                     "Councils logged 2,100 hedge complaints, the ministry said.",
                     ("conflict", "unexplained"), id="no-place-words"),
    ],
)
def test_a_count_in_the_capital_against_a_plain_one(first: str, second: str, verdict: tuple[str, str]) -> None:
    assert figure_verdicts(_HEDGES + first, _HEDGES + second) == [verdict]


def test_a_part_on_the_swapped_digits_of_the_figure_most_outlets_give_is_a_slip() -> None:
    from tests.slot_findings import pair_statuses, run_one_event

    lead = "Tazzomer's police will put out knife surrender bins from Monday, the interior ministry said. "
    statuses = pair_statuses(run_one_event({
        "a": lead + "The ministry said more than 400 bins, including mobile ones, will be set up.",
        "b": lead + "The ministry said 410 bins will be set up.",
        "c": lead + "In all 410 bins will be set up, the ministry said.",
        "d": lead + "The ministry said 140 bins will be set up.",
    }, dt.datetime(2063, 3, 2, 9)), "figure")
    assert statuses[("a:more than 400", "d:140")] == "conflict", statuses


"""Grouping articles into events: one happening is one event, a look-alike is another."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections import Counter

import pytest

from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.group import (
    GroupingOptions,
    Pairs,
    _average_linkage,
    _blocks,
    _dates,
    _figure_bag,
    _link_block,
    group_articles,
)
from consistency.happening import (
    dateline_day,
    days_gap,
    happening_apart,
    kind_apart,
    read_happening,
)
from consistency.model import Article, DateValue, Fact
from consistency.names import name_variants, names
from consistency.stages import load_stages
from consistency.vocabulary import load_vocabulary

# Invented reports. Two earthquakes in one invented province five years apart, told the way wire
# copy tells them, plus unrelated stories so that rare words are rare.
QUAKE_2024_A = (
    "Magnitude 6.2 earthquake strikes Velmora, killing 9",
    "A magnitude 6.2 earthquake struck Velmora province on Norland's Brask island on Tuesday and killed at "
    "least nine people and damaging hundreds of homes, officials said; the quake hit at a depth of 10 km "
    "near the town of Halvik, the Norland Seismic Office said. Rescuers pulled two children from a "
    "collapsed school in Dravik, said Ansel Koral, who runs the provincial disaster agency. Residents of "
    "Marnok ran outside as the ground shook for about 20 seconds.",
)
QUAKE_2024_B = (
    "Deadly quake rattles Norland's Velmora",
    "At least 11 people died after a strong 6.2-magnitude quake shook the Halvik district of Velmora "
    "on Tuesday afternoon. Ansel Koral of the Velmora disaster office said a school and a mosque "
    "collapsed in Dravik and that rescuers were still searching the rubble. The seismic office put the depth of the "
    "tremor at 10 km. Frightened residents in Marnok ran out of their homes.",
)
QUAKE_2024_C = (
    "Rescuers dig through rubble after Brask tremor",
    "Soldiers and volunteers dug through collapsed buildings in Halvik on Wednesday, a day after a "
    "6.2 magnitude earthquake in Velmora killed at least 14 people. Ansel Koral, who leads the province's "
    "disaster agency, said the school in Dravik had been full of children when the shaking began.",
)
QUAKE_2019 = (
    "Magnitude 5.8 earthquake strikes Velmora, killing 3",
    "A magnitude 5.8 earthquake struck Velmora province on Norland's Brask island on Tuesday and killed "
    "three people and damaging dozens of homes, officials said; the quake hit at a depth of 33 km near "
    "the town of Lindqvist, the Norland Seismic Office said. Residents ran outside in Eastport, said "
    "Piet Vandal, a spokesman for the provincial disaster agency.",
)
OTHER = [
    (
        "Dock workers walk out in Rotterdam",
        "Dock workers at the port of Rotterdam began a 48-hour strike on Monday over pay, halting container "
        "traffic at Europe's largest port, the FNV union said. Shipping lines diverted vessels to Antwerp.",
    ),
    (
        "Senate passes farm bill",
        "The Senate passed a $428 billion farm bill on Thursday by a vote of 68 to 31, sending the measure to "
        "the House. Senator Debbie Stabenow said the bill protects crop insurance for growers in Michigan.",
    ),
    (
        "Storm cuts power to thousands in Kestrel Bay",
        "A winter storm knocked out power to 120,000 homes across the Kestrel Bay region on Friday, the grid "
        "operator Norgrid said. Eastport schools closed and flights at Saltmarsh airport were delayed by freezing rain.",
    ),
]


def make(number: int, outlet: str, published: dt.date | None, story: tuple[str, str]) -> Article:
    title, body = story
    return Article(
        id=f"a{number}", path=f"a{number}.md", outlet=outlet, body=title + "\n\n" + body, published=published
    )


def group(articles: list[Article], options: GroupingOptions | None = None) -> list[set[str]]:
    """Events as sets of article ids, with the articles' facts framed as the engine frames them."""
    facts: list[Fact] = []
    texts: dict[str, str] = {}
    for article in articles:
        found, cleaned = extract_facts(article, id_prefix=f"{article.id}:")
        facts.extend(frame_facts(article, found))
        texts[article.id] = cleaned.text
    return [set(e.article_ids) for e in group_articles(articles, texts, options, facts=facts)]


def event_of(events: list[set[str]], article_id: str) -> set[str]:
    return next(e for e in events if article_id in e)


def quake_corpus(undated_2024: bool = False) -> list[Article]:
    return [
        make(1, "Jakarta Wire", dt.date(2024, 3, 12), QUAKE_2024_A),
        make(2, "Asia Desk", dt.date(2024, 3, 12), QUAKE_2024_B),
        make(3, "Island Times", None if undated_2024 else dt.date(2024, 3, 13), QUAKE_2024_C),
        make(4, "Jakarta Wire", dt.date(2019, 7, 2), QUAKE_2019),
        *(make(10 + n, "Harbor Post", dt.date(2024, 3, 11), story) for n, story in enumerate(OTHER)),
    ]


def test_two_reports_of_one_quake_are_one_event() -> None:
    events = group(quake_corpus())
    assert {"a1", "a2"} <= event_of(events, "a1")


def test_look_alike_quake_years_earlier_is_another_event() -> None:
    events = group(quake_corpus())
    assert event_of(events, "a4") == {"a4"}
    assert event_of(events, "a1") == {"a1", "a2", "a3"}


def test_undated_article_still_joins_its_event() -> None:
    events = group(quake_corpus(undated_2024=True))
    assert event_of(events, "a3") == {"a1", "a2", "a3"}
    assert event_of(events, "a4") == {"a4"}


def test_unrelated_stories_stay_alone() -> None:
    events = group(quake_corpus())
    for article_id in ("a10", "a11", "a12"):
        assert event_of(events, article_id) == {article_id}


def test_grouping_does_not_depend_on_input_order() -> None:
    articles = quake_corpus()
    expected = sorted(map(sorted, group(articles)))
    for seed in range(3):
        shuffled = list(articles)
        random.Random(seed).shuffle(shuffled)
        assert sorted(map(sorted, group(shuffled))) == expected


def test_without_facts_grouping_reads_text_and_publication_dates() -> None:
    articles = quake_corpus()
    events = [set(e.article_ids) for e in group_articles(articles)]
    assert {"a1", "a2"} <= event_of(events, "a1")
    assert all(e == {a} for a in ("a10", "a11", "a12") for e in events if a in e)


# --- names ---------------------------------------------------------------------------------------


def test_names_drop_titles_and_meet_surnames() -> None:
    text = "Gov. Kathy Hochul signed the budget on Monday. Hochul's office said the vote was close."
    assert names(text) == ["kathy", "hochul", "hochul"]


def test_sentence_openers_and_title_case_headlines_are_not_names() -> None:
    text = "Marta Vellacourt Opens Harbour Bridge\nPolice said Vellacourt cut the ribbon. The police kept the crowd back."
    found = names(text)
    assert "police" not in found and "opens" not in found and "bridge" not in found
    assert found.count("vellacourt") == 2  # the headline's name counts once it is seen in a sentence


def test_shouted_headline_words_are_not_names_but_acronyms_are() -> None:
    found = names("CHARGERS RECEIVER ARRESTED\nThe NFL said the Chargers receiver was arrested.")
    assert "receiver" not in found and "arrested" not in found
    assert "nfl" in found and "chargers" in found


@pytest.mark.parametrize(
    ("spellings", "meet"),
    [
        (("gaddafi", "qaddafi", "kadhafi"), True),
        (("zelensky", "zelenskyy"), True),
        (("mohammed", "muhammad"), True),
        (("gurbanguli", "gurbanguly"), True),
        (("allen", "ellen"), False),  # short names are compared exactly
        (("jackson", "johnson"), False),
        (("christian", "christina"), False),
        (("martin", "morton"), False),
    ],
)
def test_name_variants(spellings: tuple[str, ...], meet: bool) -> None:
    mapping = name_variants(Counter(spellings))
    canonical = {mapping.get(s, s) for s in spellings}
    assert (len(canonical) == 1) is meet


def test_transliterated_names_group_one_event() -> None:
    reports = [
        (
            "Kadhafi's son Saif al-Islam captured near Obari",
            "Fighters captured Saif al-Islam Kadhafi near Obari "
            "in the southern desert on Saturday, commander Bashir Tlisi said. Kadhafi was flown to Zintan.",
        ),
        (
            "Qaddafi son seized in desert",
            "Saif al-Islam Qaddafi was seized near Obari by fighters from Zintan on "
            "Saturday, said Bashir Tlisi, who led the unit. Qaddafi was unhurt, Tlisi said.",
        ),
        (
            "Gaddafi heir held",
            "Libyan fighters held Saif al-Islam Gaddafi after an ambush near Obari on Saturday, "
            "according to Bashir Tlisi. The fighters took Gaddafi to Zintan by plane.",
        ),
    ]
    articles = [
        make(n, f"Outlet {n}", dt.date(2011, 11, 19), story) for n, story in enumerate(reports, start=1)
    ]
    articles += [make(10 + n, "Harbor Post", dt.date(2011, 11, 19), story) for n, story in enumerate(OTHER)]
    events = group(articles)
    assert event_of(events, "a1") == {"a1", "a2", "a3"}


# --- when ----------------------------------------------------------------------------------------


def date_fact(article_id: str, start: str, granularity: str = "day", resolved: bool = True) -> Fact:
    value = DateValue(start, start, granularity, resolved)  # type: ignore[arg-type]
    return Fact("f", article_id, "date", start, 0, 1, start, 0, 1, value)


def test_gap_is_between_the_closest_dates() -> None:
    first = _dates(make(1, "A", dt.date(2013, 7, 2), ("t", "b")), [])
    follow_up = _dates(make(2, "B", dt.date(2014, 5, 1), ("t", "b")), [date_fact("a2", "2013-07-02")])
    later = _dates(make(3, "C", dt.date(2015, 1, 1), ("t", "b")), [])
    assert days_gap(first, follow_up) == 0  # the follow-up recalls the original day
    assert days_gap(first, later) == dt.date(2015, 1, 1).toordinal() - dt.date(2013, 7, 2).toordinal()
    assert days_gap(first, []) is None  # undated: no evidence either way


def test_unresolved_and_coarse_dates_say_nothing_about_the_day() -> None:
    undated = make(1, "A", None, ("t", "b"))
    facts = [
        date_fact("a1", "--07-02"),  # year-less
        date_fact("a1", "2013-01-01", granularity="year"),
        date_fact("a1", "2013-07-02", resolved=False),
    ]
    assert _dates(undated, facts) == []


def test_far_dates_can_be_overruled_by_strong_agreement() -> None:
    # The same text published years apart (a republished report) is still one event:
    # the date penalty halves the similarity, it does not forbid the merge.
    articles = [
        make(1, "A", dt.date(2019, 7, 2), QUAKE_2024_A),
        make(2, "B", dt.date(2024, 3, 12), QUAKE_2024_A),
        *(make(10 + n, "Harbor Post", dt.date(2024, 3, 11), story) for n, story in enumerate(OTHER)),
    ]
    assert event_of(group(articles), "a1") == {"a1", "a2"}
    assert event_of(group(articles, GroupingOptions(far_factor=0.0)), "a1") == {"a1"}


# --- look-alike groups ---------------------------------------------------------------------------

# Two fires at two warehouses of one town, reported by four outlets each, none of them dated: the
# groups share the town, the fire service and the vocabulary, and differ in who and what.
FIRE_MILL = [
    (
        "Fire guts old Harwick textile mill",
        "A fire destroyed the disused Calder textile mill in Harwick overnight, "
        "the county fire service said. Station manager Priya Okafor said 60 firefighters fought the blaze, which "
        "started in the mill's east wing. The building's owner, Brennan Holdings, said it had been empty for years.",
    ),
    (
        "Calder mill lost to blaze",
        "Sixty firefighters battled flames at the Calder mill in Harwick through the "
        "night. Priya Okafor of the county fire service said the east wing collapsed. Brennan Holdings, which bought "
        "the mill in 2015, said nobody was inside.",
    ),
    (
        "Harwick landmark burns",
        "The Calder textile mill, a Harwick landmark, burned overnight. Fire service station "
        "manager Priya Okafor said crews saved the chimney. Owner Brennan Holdings plans to assess the damage.",
    ),
    (
        "Investigation opens into Calder mill fire",
        "Investigators are examining the east wing of the Calder mill in "
        "Harwick after an overnight fire, Priya Okafor of the county fire service said. Brennan Holdings declined to "
        "comment on the cause.",
    ),
]
FIRE_DEPOT = [
    (
        "Fire destroys Harwick furniture depot",
        "A fire destroyed the Lindqvist furniture depot on Harwick's Quarry "
        "Road, the county fire service said. Incident commander Tomasz Wright said 35 firefighters tackled the blaze, "
        "which spread from a delivery bay. Depot manager Alice Moreau said 20 staff were evacuated.",
    ),
    (
        "Quarry Road depot blaze",
        "Thirty-five firefighters fought a blaze at the Lindqvist depot on Quarry Road in "
        "Harwick. Tomasz Wright of the county fire service said the roof collapsed. Alice Moreau, the depot's manager, "
        "said all 20 workers got out.",
    ),
    (
        "Lindqvist warehouse burns in Harwick",
        "The Lindqvist furniture warehouse in Harwick burned down, said Tomasz "
        "Wright, the fire service's incident commander. Manager Alice Moreau said stock worth millions was lost.",
    ),
    (
        "Cause of Lindqvist depot fire sought",
        "Investigators are examining the delivery bay of the Lindqvist depot on "
        "Quarry Road, Harwick, after the fire, Tomasz Wright of the county fire service said. Alice Moreau said the "
        "depot would reopen elsewhere.",
    ),
]


def test_two_look_alike_events_in_one_town_are_kept_apart() -> None:
    articles = [
        make(n, f"Outlet {n}", None, story) for n, story in enumerate(FIRE_MILL + FIRE_DEPOT, start=1)
    ]
    articles += [make(20 + n, "Harbor Post", None, story) for n, story in enumerate(OTHER)]
    events = group(articles)
    assert event_of(events, "a1") == {"a1", "a2", "a3", "a4"}
    assert event_of(events, "a5") == {"a5", "a6", "a7", "a8"}


def test_names_stay_linear_on_hostile_text() -> None:
    hostile = ("A'" * 50_000) + " " + ("Aa " * 50_000) + "\n" + (" " * 100_000) + "X" + ("-" * 50_000)
    names(hostile)  # returns at once; a backtracking pattern would not


def two_groups(inside_a: float, inside_b: float, across: float) -> dict[tuple[int, int], float]:
    """Similarities of two groups of four articles (0-3 and 4-7)."""
    pairs = {}
    for a in range(8):
        for b in range(a + 1, 8):
            same = (a < 4) == (b < 4)
            pairs[(a, b)] = (inside_a if a < 4 else inside_b) if same else across
    return pairs


def test_two_tight_groups_that_only_look_alike_stay_apart() -> None:
    undated: list[list[tuple[int, int]]] = [[] for _ in range(8)]
    pairs = two_groups(0.9, 0.9, 0.4)
    assert len(_average_linkage(8, pairs, undated, GroupingOptions())) == 2
    assert len(_average_linkage(8, pairs, undated, GroupingOptions(cohesion=0.0))) == 1


def test_wire_copies_do_not_make_a_group_too_tight_to_join() -> None:
    undated: list[list[tuple[int, int]]] = [[] for _ in range(8)]
    pairs = two_groups(1.0, 1.0, 0.65)  # two sets of copies of one story, told two ways
    assert len(_average_linkage(8, pairs, undated, GroupingOptions())) == 1
    assert len(_average_linkage(8, pairs, undated, GroupingOptions(cohesion_cap=1.0))) == 2


def test_two_tight_groups_that_date_their_happening_to_one_day_are_one_event() -> None:
    """Wire copies make a group tight; a second group telling the same day's happening in its own
    words is less alike to it than it is to itself, yet the happening's day says it is one story."""
    day = dt.date(2031, 3, 14).toordinal()
    dated = [[(day, day)] for _ in range(8)]
    happenings = [([(day, day)], set(), frozenset({day % 7})) for _ in range(8)]
    pairs = two_groups(0.9, 0.9, 0.4)
    assert len(_average_linkage(8, pairs, dated, GroupingOptions(), happenings)) == 1
    # Without a happening day the cohesion rule still keeps two look-alike groups apart.
    assert len(_average_linkage(8, pairs, dated, GroupingOptions(), [([], set(), frozenset()) for _ in range(8)])) == 2


def test_an_undated_member_carries_its_groups_date() -> None:
    day = dt.date(2024, 3, 12).toordinal()
    years_before = dt.date(2019, 7, 2).toordinal()
    dates = [[(day, day)], [(day, day)], [], [(years_before, years_before)]]
    # 0-1 one dated pair, 2 undated and alike to both sides, 3 dated years before.
    pairs = {(0, 1): 1.0, (0, 2): 0.9, (1, 2): 0.9, (0, 3): 0.3, (1, 3): 0.3, (2, 3): 0.8}
    groups = sorted(map(sorted, _average_linkage(4, pairs, dates, GroupingOptions())))
    assert groups == [[0, 1, 2], [3]]


@pytest.mark.parametrize(("undated_weekday", "events"), [(6, 2), (3, 1)])
def test_an_undated_report_of_another_weekday_is_held_apart(undated_weekday: int, events: int) -> None:
    """Two reports dating their happening to a Thursday, and an undated one whose "on Sunday" could not
    be anchored: a happening on another weekday is another happening, however alike the words."""
    thursday = dt.date(2031, 3, 13)
    day = thursday.toordinal()
    dates: list[list[tuple[int, int]]] = [[(day, day)], [(day, day)], []]
    happenings = [
        ([(day, day)], set(), frozenset({thursday.weekday()})),
        ([(day, day)], set(), frozenset({thursday.weekday()})),
        ([], set(), frozenset({undated_weekday})),
    ]
    pairs = {(0, 1): 0.9, (0, 2): 0.9, (1, 2): 0.9}
    options = GroupingOptions(weekday_factor=0.0)
    assert len(_average_linkage(3, pairs, dates, options, happenings)) == events
    # Undated against undated is not judged: neither says which day the other's weekday falls on.
    undated = [([], set(), frozenset({3})), ([], set(), frozenset({3})), ([], set(), frozenset({undated_weekday}))]
    assert len(_average_linkage(3, pairs, [[], [], []], options, undated)) == 1


def test_the_happening_gives_the_weekday_an_undated_report_names() -> None:
    article = Article(id="u1", path="u1.md", outlet="Velmora Courier",
                      body="A strong earthquake shook Velmora on Sunday, damaging the old bridge in Halvik.")
    found, cleaned = extract_facts(article, id_prefix="u1:")
    facts = frame_facts(article, found)
    assert read_happening(facts, cleaned.text, len(cleaned.text), load_stages(None)).weekdays == frozenset({6})


def test_clustering_block_by_block_gives_the_events_of_one_whole_run() -> None:
    """The grouping is expressible per block: linking each connected part of the scored-pair graph on
    its own gives exactly the clusters of linking the whole graph at once."""
    rng = random.Random(7)
    n = 60
    part = [rng.randrange(6) for _ in range(n)]  # six stories; pairs are scored inside a story only
    pairs = {
        (a, b): round(rng.uniform(0.05, 0.95), 3)
        for a in range(n) for b in range(a + 1, n) if part[a] == part[b] and rng.random() < 0.3
    }
    day = dt.date(2031, 3, 14).toordinal()
    dates = [[(day + rng.randrange(3), day + rng.randrange(3, 5))] if rng.random() < 0.7 else [] for _ in range(n)]
    happenings = [([], set(), frozenset()) for _ in range(n)]
    whole = sorted(sorted(c) for c in _average_linkage(n, pairs, dates, GroupingOptions(), happenings))
    blocks = _blocks(n, Pairs.scored(n, pairs))
    assert len(blocks) > 1
    by_block = sorted(
        sorted(c) for block in blocks for c in _link_block(block, dates, GroupingOptions(), happenings)
    )
    assert by_block == whole


def test_a_places_own_figures_are_no_evidence_of_which_event() -> None:
    """A town's population is repeated by every report of any event there: the shipped vocabulary marks
    it static, and the figure bag leaves it out while keeping the quake's magnitude."""
    article = make(1, "Velmora Courier", dt.date(2031, 3, 14), ("Quake", "Halvik, a town of 120,000 people, was shaken by a magnitude 6.1 quake."))
    found, _ = extract_facts(article, id_prefix="a1:")
    facts = frame_facts(article, found)
    static = frozenset(m.key for m in load_vocabulary().measures if m.static)
    assert "population" in static
    bag = _figure_bag(facts, static)
    assert "magnitude:6.1" in bag and not any(key.startswith("population:") for key in bag)
    assert any(key.startswith("population:") for key in _figure_bag(facts))


# --- look-alikes a year apart, one event under different headlines -------------------------------

FLOOD_2030 = (
    "The Askel river burst its banks in Dravik on {day}, flooding the old town and forcing {n} families from "
    "their homes, the Velmora civil protection office said. Mayor Odile Fenwick said the water reached the "
    "market square within an hour and that the Saint Brannoc bridge had been closed. Volunteers filled sandbags "
    "along the Quayside road while boats ferried older residents to the sports hall on Mill Lane."
)
FLOOD_2031 = (
    "Heavy rain sent the Askel over its banks in Dravik on {day} and {n} families left their homes in the "
    "northern suburbs, the Velmora civil protection office said. Mayor Odile Fenwick blamed a blocked culvert "
    "near the rail depot and promised an inquiry. Firefighters pumped water from the cellars of the new "
    "hospital and the Orchard estate, and trains to Halvik were halted."
)


def flood(number: int, published: dt.date, families: int, title: str) -> Article:
    template = FLOOD_2030 if published.year == 2030 else FLOOD_2031
    body = template.format(day=f"{published:%A}", n=families)
    return make(number, f"Outlet {number}", published, (title, body))


def test_same_kind_of_event_in_the_same_place_a_year_apart_is_kept_apart() -> None:
    articles = [
        flood(1, dt.date(2030, 3, 12), 200, "Askel floods Dravik old town"),
        flood(2, dt.date(2030, 3, 12), 240, "Families flee as river rises in Dravik"),
        flood(3, dt.date(2031, 3, 14), 90, "Askel floods Dravik old town again"),
        flood(4, dt.date(2031, 3, 14), 110, "Dravik under water for second spring"),
        *(make(10 + n, "Harbor Post", dt.date(2031, 3, 11), story) for n, story in enumerate(OTHER)),
    ]
    events = group(articles)
    assert event_of(events, "a1") == {"a1", "a2"}
    assert event_of(events, "a3") == {"a3", "a4"}
    # The dates are what tell them apart: the same four reports undated are one event, unless the
    # weekdays of their floods (a Tuesday's, a Friday's) are read.
    undated = [dataclasses.replace(a, published=None) for a in articles]
    assert event_of(group(undated), "a1") == {"a1", "a2"}
    assert event_of(group(undated, GroupingOptions(weekday_kind_factor=1.0)), "a1") == {"a1", "a2", "a3", "a4"}


FERRY = [
    (
        "Ferry capsizes off Halvik with 60 aboard",
        "The passenger ferry Saint Orla capsized in heavy seas off Halvik harbour on Saturday evening with 60 "
        "people aboard, the Norland coast guard said. Brask Lines, which runs the crossing to Marnok, said its "
        "captain, Tove Lindahl, had radioed for help minutes before the vessel rolled over.",
    ),
    (
        "Grief and anger in a small island town",
        "In Marnok, where most of the Saint Orla's passengers lived, families waited at the quay through the night "
        "for news. Relatives said Brask Lines had ignored warnings about the ferry. Tove Lindahl, the captain, is "
        "among those still missing after the vessel went down off Halvik harbour on Saturday.",
    ),
    (
        "Operator questioned over overloaded vessel",
        "Investigators questioned managers of Brask Lines on Sunday over claims that the Saint Orla carried more "
        "passengers than it was licensed for when it capsized off Halvik. The coast guard said captain Tove "
        "Lindahl had reported a shift in cargo before contact with the ferry was lost.",
    ),
]


def test_one_event_under_three_very_different_headlines_is_kept_together() -> None:
    days = (dt.date(2031, 9, 6), dt.date(2031, 9, 7), dt.date(2031, 9, 8))
    articles = [
        make(n, f"Outlet {n}", day, story)
        for n, (day, story) in enumerate(zip(days, FERRY, strict=True), start=1)
    ]
    articles += [make(10 + n, "Harbor Post", dt.date(2031, 9, 7), story) for n, story in enumerate(OTHER)]
    assert event_of(group(articles), "a1") == {"a1", "a2", "a3"}


def test_an_undated_article_is_grouped_by_its_content_alone() -> None:
    articles = [
        make(1, "Outlet 1", dt.date(2031, 9, 6), FERRY[0]),
        make(2, "Outlet 2", dt.date(2031, 9, 7), FERRY[1]),
        make(3, "Outlet 3", None, FERRY[2]),  # no publication date, no dated sentence
        *(make(10 + n, "Harbor Post", dt.date(2031, 9, 7), story) for n, story in enumerate(OTHER)),
    ]
    assert event_of(group(articles), "a3") == {"a1", "a2", "a3"}


def test_an_article_with_no_date_at_all_joins_by_its_words_and_names() -> None:
    # No publication date and no date, weekday or time in its text: nothing for or against it but
    # what it says, and it says enough.
    timeless = (
        "Divers reach the wreck of the Saint Orla",
        "Navy divers have reached the hull of the Saint Orla, the ferry that capsized off Halvik harbour with "
        "60 people aboard. Brask Lines said it would pay for the salvage. Relatives in Marnok are still waiting "
        "for word of the captain, Tove Lindahl.",
    )
    articles = [
        make(1, "Outlet 1", dt.date(2031, 9, 6), FERRY[0]),
        make(2, "Outlet 2", dt.date(2031, 9, 7), FERRY[1]),
        make(3, "Outlet 3", None, timeless),
        *(make(10 + n, "Harbor Post", dt.date(2031, 9, 7), story) for n, story in enumerate(OTHER)),
    ]
    facts, _ = extract_facts(articles[2], id_prefix="a3:")
    assert not [f for f in facts if f.kind == "date"]
    assert event_of(group(articles), "a3") == {"a1", "a2", "a3"}


# --- what the report shows: label and evidence ----------------------------------------------------


def events_of(articles: list[Article]) -> list:
    facts: list[Fact] = []
    texts: dict[str, str] = {}
    for article in articles:
        found, cleaned = extract_facts(article, id_prefix=f"{article.id}:")
        facts.extend(frame_facts(article, found))
        texts[article.id] = cleaned.text
    return group_articles(articles, texts, facts=facts)


def with_title(article: Article, title: str | None) -> Article:
    return dataclasses.replace(article, title=title)


def test_label_is_the_central_headline_with_the_day_of_the_happening() -> None:
    articles = [with_title(a, a.body.split("\n", 1)[0]) for a in quake_corpus()]
    (event,) = [e for e in events_of(articles) if "a1" in e.article_ids]
    assert event.label.endswith("(12 March 2024)")  # the day most reports give, not the follow-up's
    assert event.label.split(" (")[0] in {a.title for a in articles[:3]}


def test_label_keeps_a_headline_that_already_gives_its_date() -> None:
    articles = [with_title(a, a.body.split("\n", 1)[0]) for a in quake_corpus()]
    articles[0] = with_title(articles[0], "Quake of 12 March kills nine in Velmora")
    articles[1] = with_title(articles[1], "Quake of 12 March kills nine in Velmora")
    articles[2] = with_title(articles[2], "Quake of 12 March kills nine in Velmora")
    (event,) = [e for e in events_of(articles) if "a1" in e.article_ids]
    assert event.label == "Quake of 12 March kills nine in Velmora"


def test_without_headlines_the_label_is_a_lead_sentence() -> None:
    (event,) = [e for e in events_of(quake_corpus()) if "a11" in e.article_ids]
    # The headline line is too short to be a sentence; the lead is cut at a word, dated by its own day.
    assert event.label.startswith("The Senate passed a $428 billion farm bill on Thursday")
    assert event.label.endswith("… (7 March 2024)")


def test_evidence_names_what_joined_the_articles() -> None:
    (event,) = [e for e in events_of(quake_corpus()) if "a1" in e.article_ids]
    evidence = event.evidence
    assert {"Velmora", "Koral", "Dravik", "Halvik"} <= set(evidence.names)
    assert "2024-03-12" in evidence.dates
    assert "magnitude 6.2" in evidence.figures
    assert evidence.terms and all(t == t.lower() for t in evidence.terms)
    (alone,) = [e for e in events_of(quake_corpus()) if "a4" in e.article_ids]
    assert alone.evidence.names == () and alone.evidence.dates == ()


def test_grouping_reports_pairs_scored_and_largest_block() -> None:
    stats: dict[str, int] = {}
    articles = quake_corpus()
    group_articles(articles, stats=stats)
    n = len(articles)
    assert 0 < stats["pairs_scored"] <= n * (n - 1) // 2
    assert 2 <= stats["largest_block"] <= n


def test_lead_weight_raises_the_lead_words() -> None:
    from consistency.group import _bag

    article = make(1, "A", None, ("t", "b"))
    text = "Velmora quake. Rescuers search. Night falls. Later the harbour reopened in Halvik."
    plain = _bag(article, text, GroupingOptions(), lead_end=len("Velmora quake."))
    weighted = _bag(article, text, GroupingOptions(lead_weight=2.0), lead_end=len("Velmora quake."))
    assert weighted["quake"] == plain["quake"] + 1.0
    assert weighted["harbour"] == plain["harbour"]


# --- look-alikes weeks or months apart: the stage of the happening tells them apart ----------------

BILL_FIRST = [
    (
        "Norland parliament rejects harbour bill",
        "Norland's parliament voted 141 to 163 on Tuesday against the first version of the Harbour Authority Bill, which would have handed Port Velmora's docks to a state company. Transport minister Edda Marrow said the government would redraft the bill. Dock unions in Halvik had staged a two-day strike against it.",
    ),
    (
        "Harbour bill defeated in Norland",
        "Lawmakers in Norland defeated the Harbour Authority Bill by 163 votes to 141 on Tuesday. Edda Marrow, the transport minister, conceded the defeat and promised changes. The bill would have moved control of Port Velmora to a new state company; unions in Halvik opposed it.",
    ),
]
BILL_SECOND = [
    (
        "Norland passes amended harbour bill",
        "Norland's parliament passed an amended Harbour Authority Bill on Wednesday by 171 votes to 130, months after rejecting the first version. The new text keeps Port Velmora's docks under city control for ten years. Transport minister Edda Marrow said the changes had won over dock unions in Halvik.",
    ),
    (
        "Harbour reform clears parliament at second attempt",
        "The Harbour Authority Bill cleared Norland's parliament on Wednesday, 171 to 130, after Edda Marrow, the transport minister, rewrote it to guarantee jobs at Port Velmora. Unions in Halvik, which struck against the first version, called off further action.",
    ),
]
ELECTION_R1 = [
    (
        "Vellacourt and Osric head to runoff in Brask",
        "Marta Vellacourt won 38 percent of the vote in the first round of Brask's presidential election on Sunday, ahead of Jonas Osric with 31 percent, the electoral commission said. Turnout was 61 percent. The two will meet in a runoff in three weeks.",
    ),
    (
        "Brask election goes to second round",
        "No candidate won a majority in Sunday's presidential vote in Brask. Marta Vellacourt led with 38 percent and Jonas Osric took 31 percent, setting up a runoff, the electoral commission said. Turnout reached 61 percent.",
    ),
]
ELECTION_R2 = [
    (
        "Vellacourt wins Brask presidency",
        "Marta Vellacourt won Brask's presidential runoff on Sunday with 54 percent of the vote, defeating Jonas Osric, the electoral commission said. Turnout was 58 percent. Vellacourt will be sworn in next month.",
    ),
    (
        "Osric concedes as Vellacourt takes Brask runoff",
        "Jonas Osric conceded defeat on Sunday night after Marta Vellacourt took 54 percent in the runoff for Brask's presidency, according to the electoral commission. Turnout was 58 percent, down from the first round.",
    ),
]


def two_stages(
    first: list[tuple[str, str]], second: list[tuple[str, str]], d1: dt.date, d2: dt.date
) -> list[Article]:
    articles = [make(1, "O1", d1, first[0]), make(2, "O2", d1, first[1])]
    articles += [make(3, "O3", d2, second[0]), make(4, "O4", d2, second[1])]
    return articles + [make(10 + n, "Harbor Post", d2, story) for n, story in enumerate(OTHER)]


# Two stages of one story a few weeks or months apart share their names and words, and on ECB+ dates
# alone that far apart do not tell two events (one story's follow-ups run for weeks): the stage each
# group gives its dated happening (first round / run-off, first / amended version) does.
def test_vote_on_an_earlier_version_of_a_bill_is_another_event() -> None:
    events = group(two_stages(BILL_FIRST, BILL_SECOND, dt.date(2031, 3, 4), dt.date(2031, 9, 17)))
    assert event_of(events, "a1") == {"a1", "a2"}
    assert event_of(events, "a3") == {"a3", "a4"}


def test_first_round_of_an_election_is_another_event() -> None:
    events = group(two_stages(ELECTION_R1, ELECTION_R2, dt.date(2031, 4, 6), dt.date(2031, 4, 27)))
    assert event_of(events, "a1") == {"a1", "a2"}
    assert event_of(events, "a3") == {"a3", "a4"}


def test_the_stage_and_the_day_of_the_vote_each_keep_the_two_rounds_apart() -> None:
    # Two things tell the rounds apart: the stage each lead names, and the vote (a one-day happening)
    # dated three weeks apart. Either alone keeps them apart; without both they are one event.
    articles = two_stages(ELECTION_R1, ELECTION_R2, dt.date(2031, 4, 6), dt.date(2031, 4, 27))
    for options in (GroupingOptions(stage_factor=1.0), GroupingOptions(kind_apart_factor=1.0)):
        assert event_of(group(articles, options), "a1") == {"a1", "a2"}
    blind = GroupingOptions(stage_factor=1.0, kind_apart_factor=1.0)
    assert event_of(group(articles, blind), "a1") == {"a1", "a2", "a3", "a4"}


def test_reports_of_one_day_that_name_different_stages_stay_together() -> None:
    # One report calls Sunday's vote the second round, the other the run-off's first count: the
    # same happening day outweighs a stage read differently.
    days = [(dt.date(2031, 4, 27).toordinal(),) * 2]
    second = (days, days, {("election_round", "second")})
    first = (days, days, {("election_round", "first")})
    weeks_before = [(dt.date(2031, 4, 6).toordinal(),) * 2]
    options = GroupingOptions()
    assert happening_apart(second, first, options) == 1.0
    assert happening_apart(second, (weeks_before, weeks_before, {("election_round", "first")}), options) == options.stage_factor
    assert happening_apart(second, (weeks_before, weeks_before, set()), options) == options.apart_factor


def test_a_follow_up_recalling_the_first_day_is_not_held_apart() -> None:
    first_day = dt.date(2031, 4, 6).toordinal()
    later = dt.date(2031, 4, 27).toordinal()
    runoff = ([(later, later)], [(later, later)], {("election_round", "second")})
    # A report of the run-off's aftermath, days later, that recalls the run-off's day and names no
    # other stage: a follow-up, not held apart.
    aftermath = ([(later, later), (later + 9, later + 9)], [(later + 9, later + 9)], {("election_round", "second")})
    assert happening_apart(runoff, aftermath, GroupingOptions()) == 1.0
    assert happening_apart(runoff, (aftermath[0], aftermath[1], set()), GroupingOptions()) == 1.0
    # Reports of the first round whose dates include the run-off's day (they announce it) name
    # another stage for a happening of their own three weeks before: recalling the day does not
    # make them the run-off's.
    announced = ([(first_day, first_day), (later, later)], [(first_day, first_day)], {("election_round", "first")})
    assert happening_apart(runoff, announced, GroupingOptions()) == GroupingOptions().stage_factor



# --- the same kind of one-day happening on days far apart: two events ---------------------------

# Two votes on one bill six months apart, told in different words and naming no stage: only the day
# of the vote tells them apart (the March reports never mention September, nor the other way round).
VOTE_MARCH = [
    (
        "Norland lawmakers sink harbour reform",
        "Norland's parliament voted down the Harbour Authority Bill on Tuesday, 160 votes to 140, after dock "
        "unions in Halvik warned it would cost jobs at Port Velmora. Transport minister Edda Marrow said she "
        "would return with changes.",
    ),
    (
        "Defeat for Marrow as port bill fails",
        "Edda Marrow's plan to hand Port Velmora to a new harbour authority was rejected by parliament on "
        "Tuesday. Thirty opposition members and a dozen rebels from her own party voted against the Harbour "
        "Authority Bill, which fell by 160 to 140.",
    ),
]
VOTE_SEPTEMBER = [
    (
        "Harbour bill passes at last",
        "Parliament approved the Harbour Authority Bill on Wednesday by 171 votes to 130, handing Port "
        "Velmora's docks to a new authority from January. Edda Marrow, the transport minister, thanked the "
        "unions in Halvik for talks over the summer.",
    ),
    (
        "Port Velmora to get new authority after vote",
        "A majority of 41 carried the Harbour Authority Bill through Norland's parliament on Wednesday. The "
        "transport minister, Edda Marrow, said jobs at Port Velmora were now guaranteed for ten years; the "
        "Halvik dockers' union welcomed the result.",
    ),
]


def test_two_votes_on_one_bill_months_apart_are_two_events() -> None:
    articles = two_stages(VOTE_MARCH, VOTE_SEPTEMBER, dt.date(2031, 3, 4), dt.date(2031, 9, 17))
    events = group(articles)
    assert event_of(events, "a1") == {"a1", "a2"}
    assert event_of(events, "a3") == {"a3", "a4"}
    # The day of the vote (as a one-day kind, and as a kind both date a season apart) and which way it
    # went each decide: any one alone keeps them apart, and without all three the four reports are one event.
    for options in (
        GroupingOptions(kind_apart_factor=1.0, season_factor=1.0),
        GroupingOptions(outcomes=(), season_factor=1.0),
        GroupingOptions(kind_apart_factor=1.0, outcomes=()),
    ):
        assert event_of(group(articles, options), "a1") == {"a1", "a2"}
    blind = GroupingOptions(kind_apart_factor=1.0, outcomes=(), season_factor=1.0)
    assert event_of(group(articles, blind), "a1") == {"a1", "a2", "a3", "a4"}


def test_a_follow_up_days_later_that_recalls_the_quake_stays_with_it() -> None:
    follow_up = (
        "Schools reopen in Halvik",
        "Schools in Halvik reopened on Friday, ten days after the magnitude 6.2 earthquake of March 12 that "
        "killed at least 14 people in Velmora. Ansel Koral of the provincial disaster agency said the school "
        "that collapsed in Dravik would be rebuilt on the same site.",
    )
    articles = quake_corpus() + [make(5, "Island Times", dt.date(2024, 3, 22), follow_up)]
    assert event_of(group(articles), "a5") == {"a1", "a2", "a3", "a5"}


def one_day_groups(kind_a: str, days_a: list[int], kind_b: str, days_b: list[int]) -> float:
    """``kind_apart`` of two groups dated by their happening days alone."""
    a = ([(d, d) for d in days_a], {kind_a: [(d, d) for d in days_a]})
    b = ([(d, d) for d in days_b], {kind_b: [(d, d) for d in days_b]})
    return kind_apart(a, b, GroupingOptions())


@pytest.mark.parametrize(
    ("kind_a", "days_a", "kind_b", "days_b", "apart"),
    [
        ("election", [0], "election", [200], True),  # two votes months apart
        ("incident", [0], "incident", [10], True),  # a quake, and another one ten days later
        ("incident", [0], "incident", [3], False),  # a few days: reports of one fire that burned on
        ("incident", [0], "incident", [400], False),  # years apart: the publication dates judge that
        ("incident", [0], "incident", [0, 30], False),  # a later report recalling the day
        ("incident", [0], "rescue", [30], False),  # another kind: the rescue after the quake
        ("trial", [0], "trial", [60], False),  # a trial runs for weeks: not a one-day happening
    ],
)
def test_the_same_one_day_happening_on_days_far_apart_keeps_groups_apart(
    kind_a: str, days_a: list[int], kind_b: str, days_b: list[int], apart: bool
) -> None:
    start = dt.date(2031, 1, 5).toordinal()
    factor = one_day_groups(kind_a, [start + d for d in days_a], kind_b, [start + d for d in days_b])
    assert factor == (GroupingOptions().kind_apart_factor if apart else 1.0)


# --- an article without a publication date reads its weekdays against its own dateline ----------

# Two quakes in one province ten days apart. The reports carry no publication date, only a dateline
# line, and say "on Tuesday" / "on Friday": read against the dateline, those are two days ten days apart.
QUAKE_TUESDAY = [
    (
        "Quake shakes Velmora",
        "Tuesday, March 4, 2031\nA magnitude 5.1 earthquake struck Velmora province on Tuesday, cracking walls "
        "in Halvik and cutting power to Dravik, the Norland Seismic Office said. Nobody was hurt.",
    ),
    (
        "Velmora tremor cracks walls",
        "Tuesday, March 4, 2031\nAn earthquake of magnitude 5.1 shook Velmora on Tuesday afternoon. Homes in "
        "Halvik were damaged and Dravik lost power for two hours, the seismic office said.",
    ),
]
QUAKE_FRIDAY = [
    (
        "Second quake in ten days hits Velmora",
        "Friday, March 14, 2031\nA magnitude 5.4 earthquake struck Velmora province on Friday, damaging the port "
        "at Marnok and a school in Halvik, the Norland Seismic Office said. Two people were injured.",
    ),
    (
        "Marnok port damaged by Velmora quake",
        "Friday, March 14, 2031\nAn earthquake of magnitude 5.4 shook Velmora on Friday morning. The port of "
        "Marnok and a school in Halvik were damaged and two people were hurt, the seismic office said.",
    ),
]


@pytest.mark.parametrize("dated", [False, True])
def test_datelined_reports_without_a_publication_date_group_as_dated_ones(dated: bool) -> None:
    days = [dt.date(2031, 3, 4)] * 2 + [dt.date(2031, 3, 14)] * 2
    articles = [
        make(n, f"Outlet {n}", day if dated else None, story)
        for n, (day, story) in enumerate(zip(days, QUAKE_TUESDAY + QUAKE_FRIDAY, strict=True), start=1)
    ]
    articles += [make(10 + n, "Harbor Post", None, story) for n, story in enumerate(OTHER)]
    events = group(articles)
    assert event_of(events, "a1") == {"a1", "a2"}
    assert event_of(events, "a3") == {"a3", "a4"}


def test_a_dateline_anchors_the_weekday_of_the_happening() -> None:
    body = (
        "Strong quake rattles Velmora\nSunday, March 16, 2031\nA magnitude 5.9 earthquake struck Velmora "
        "province on Thursday morning, damaging the old bridge in Halvik."
    )
    article = Article(id="u1", path="u1.md", outlet="Velmora Courier", body=body)
    found, cleaned = extract_facts(article, id_prefix="u1:")
    facts = frame_facts(article, found)
    sunday = dt.date(2031, 3, 16).toordinal()
    assert dateline_day(article, facts) == sunday
    anchored = read_happening(facts, cleaned.text, len(cleaned.text), load_stages(None), sunday)
    assert anchored.days == [(sunday - 3, sunday - 3)]  # the Thursday before
    assert ("incident", sunday - 3) in anchored.kinds
    # Without the dateline the weekday stays a weekday; with a publication date the facts are read
    # against it already and the dateline is not needed.
    assert read_happening(facts, cleaned.text, len(cleaned.text), load_stages(None)).days == []
    assert dateline_day(dataclasses.replace(article, published=dt.date(2031, 3, 16)), facts) is None

# --- blocking: candidate pairs grow with the corpus, not with its square -------------------------


def test_a_common_term_pairs_only_articles_of_one_week() -> None:
    from consistency.group import _candidate_pairs

    # Ten articles share one term; six are dated within a week, four a month later; one is undated.
    vectors = [{"harbour": 1.0} for _ in range(11)]
    start = dt.date(2031, 3, 3).toordinal()
    days: list[int | None] = [start + d for d in (0, 1, 2, 3, 5, 6)] + [start + 30 + d for d in (0, 1, 2, 3)] + [None]
    options = GroupingOptions(max_block=8, window_days=7)
    pairs, largest = _candidate_pairs(vectors, days, options)
    assert largest <= options.max_block
    assert (0, 5) in pairs and (6, 9) in pairs  # the same week
    assert not any(a < 6 <= b for a, b in pairs if b < 10)  # a month apart: never paired
    assert not any(10 in pair for pair in pairs)  # undated: meets by rare terms only
    # Under the cap, a term pairs all its articles, dated or not.
    assert len(_candidate_pairs(vectors, days, GroupingOptions(max_block=11))[0]) == 55


def test_candidate_pairs_per_article_stay_bounded_as_the_corpus_grows() -> None:
    from consistency.group import _candidate_pairs

    def corpus(n: int) -> tuple[list[dict[str, float]], list[int | None]]:
        # Every article: two terms every article has, one shared by its event of five, one of its own.
        vectors = [{"said": 0.5, "police": 0.5, f"event{i // 5}": 0.6, f"own{i}": 0.4} for i in range(n)]
        return vectors, [dt.date(2031, 1, 1).toordinal() + i % 3 for i in range(n)]

    options = GroupingOptions(max_block=40)
    small = len(_candidate_pairs(*corpus(100), options)[0])
    large = len(_candidate_pairs(*corpus(1000), options)[0])
    assert large <= 10 * small  # linear: the common terms stop proposing pairs once blocks outgrow the cap
    assert large >= 200 * 10  # every event's own pairs are still there


def test_an_article_takes_partners_from_its_rarest_blocks_first() -> None:
    from consistency.group import _candidate_pairs

    # Article 0 shares a rare name with 1-2; articles 3-29 share a rare name in threes; all share
    # one common word (all undated, every block under the cap).
    vectors = [{"velmora": 1.0, "quake": 0.5}, {"velmora": 1.0}, {"velmora": 1.0}]
    vectors += [{f"name{k // 3}": 1.0, "quake": 0.5} for k in range(3, 30)]
    days: list[int | None] = [None] * len(vectors)
    few = _candidate_pairs(vectors, days, GroupingOptions(max_block=40, max_partners=2))[0]
    assert {(0, 1), (0, 2), (3, 4), (27, 29)} <= set(few)
    assert len(few) == 10 * 3  # each trio's own pairs: the common word was never needed
    many = _candidate_pairs(vectors, days, GroupingOptions(max_block=40, max_partners=100))[0]
    assert {(0, 29), (3, 29)} <= set(many)  # under a large budget the common word pairs them all
    assert (1, 29) not in many  # 1 and 2 never said it


def test_text_features_given_or_read_give_the_same_events() -> None:
    from consistency.cache import dumps, loads
    from consistency.group import TextFeatures, text_features

    articles = quake_corpus()
    read = group_articles(articles)
    # As the cache keeps them: their fields pickled, read back.
    kept = [loads(dumps(dataclasses.asdict(text_features(a, a.body)))) for a in articles]
    given = group_articles(articles, features=[TextFeatures(**f) for f in kept])
    assert given == read
    assert any(len(e.article_ids) > 1 for e in read) and read[0].evidence.names  # names shown: spellings used
    with pytest.raises(ValueError):
        group_articles(articles, features=[TextFeatures(**f) for f in kept][1:])
    # Kept by the caller: left as they were. Given up (``release``): the list is emptied, the same events.
    mine = [TextFeatures(**f) for f in kept]
    assert group_articles(articles, features=mine) == read
    assert [dataclasses.asdict(f) for f in mine] == kept
    given_up = [TextFeatures(**f) for f in kept]
    assert group_articles(articles, features=given_up, release=True) == read
    assert given_up == []


def test_the_options_read_the_same_in_every_process() -> None:
    """The options' repr is part of the cache key of a corpus's events: it must not depend on the hash seed."""
    from tests.hash_seeds import outputs_under_seeds

    assert outputs_under_seeds()["grouping options"] == {repr(GroupingOptions()) + "\n"}


def test_pairs_are_held_as_numbers_and_read_back_as_pairs() -> None:
    scored = {(0, 3): 0.5, (2, 7): 0.25, (0, 1): 0.75, (6, 9): 0.125}
    pairs = Pairs.scored(10, scored)
    assert list(pairs) == sorted(scored)  # ascending, whatever order they were given in
    assert list(pairs.items()) == sorted(scored.items())
    assert len(pairs) == 4
    assert (2, 7) in pairs and (7, 2) not in pairs and (2, 8) not in pairs and (9, 10) not in pairs
    assert pairs.codes.dtype.itemsize == 8  # one number a pair


def test_blocks_keep_each_parts_pairs_in_order_and_drop_those_between_parts() -> None:
    # Two parts joined by strong pairs, a weak pair between them, and a loner.
    scored = {(0, 2): 0.9, (2, 4): 0.8, (0, 4): 0.01, (1, 3): 0.7, (3, 4): 0.02, (1, 5): 0.6}
    blocks = _blocks(7, Pairs.scored(7, scored), least=0.1)
    assert [(members, list(pairs.items())) for members, pairs in blocks] == [
        ([0, 2, 4], [((0, 2), 0.9), ((0, 4), 0.01), ((2, 4), 0.8)]),
        ([1, 3, 5], [((1, 3), 0.7), ((1, 5), 0.6)]),
        ([6], []),
    ]


def test_a_corpus_with_no_candidate_pair_scores_none() -> None:
    from consistency.group import _candidate_pairs, _pair_similarities

    vectors = [{"velmora": 1.0}, {"halvik": 1.0}]
    candidates, _ = _candidate_pairs(vectors, [None, None], GroupingOptions())
    scored = _pair_similarities(iter(vectors), candidates)
    assert len(candidates) == 0 and len(scored) == 0 and list(scored.items()) == []
    assert [members for members, _ in _blocks(2, scored)] == [[0], [1]]

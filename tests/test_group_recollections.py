"""A report that recalls, years back, the happening another report leads with (``recollections``,
``GroupingOptions.recollected_words``).

- A ferry aground on a sandbank on a Tuesday, one of whose reports recalls that "four years ago" another ferry
  stuck on the same bank "for 31 hours with 88 people aboard": an undated report of that other ferry's grounding,
  on a Tuesday too, is the earlier happening, not one of this one's reports.
- The report that recalls it stays with its own happening: the words of its sentence that tell this one ("It was
  the longest the bank has held a ferry") are not what it recalls.
- A sentence's part that looks back: after a leading span ("two years after ...") to the clause's end, before a
  trailing one ("... three years ago") from the last clause boundary; a year before the report's own looks back,
  and a comma inside a figure ("22,415") is no clause boundary.

Every name, place and figure is made up."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency import group as group_module
from consistency.corpus import Extracted
from consistency.engine import extract_article
from consistency.group import (
    GroupingOptions,
    Recollected,
    _lead_end,
    _unrecall,
    group_articles,
    recollected_words,
)
from consistency.recollections import recalls_lead, recollections
from tests.test_group import OTHER, event_of, group, make

D = dt.date

# The ferry Morwen Star runs aground on Tollock Bank, Tuesday, March 15, 2061; the Zendrick Dawn stuck on the same bank
# for 31 hours with 88 people aboard four years before, on a Tuesday too (told with no date).
MORWEN = [
    ("Ferry with 140 aboard runs aground on Tollock Bank",
     "PENDRICK (Wire) - A ferry with 140 passengers and 12 crew aboard ran aground on Tollock Bank at the mouth "
     "of the Frayne estuary on Tuesday, the coastguard said. Lifeboats took everyone off the Morwen Star by "
     "nightfall; nobody was hurt."),
    ("Tugs pull Morwen Star off the sandbank",
     "Two tugs pulled the Morwen Star off Tollock Bank on the evening tide on Wednesday, a day after the ferry "
     "grounded with 140 passengers aboard, the harbour master at Pendrick said."),
    ("A bank that keeps catching ferries",
     "It was the longest the bank has held a ferry since the Zendrick Dawn stuck there for 31 hours with 88 people "
     "aboard four years ago. Pilots say Tollock Bank moves after every winter storm."),
]
ZENDRICK = ("Ferry Zendrick Dawn stuck on Tollock Bank for 31 hours",
         "The Zendrick Dawn, a ferry with 88 people aboard, ran aground on Tollock Bank on Tuesday and stayed stuck for "
         "31 hours until the spring tide lifted her, the coastguard at Pendrick said.")


def _corpus() -> list:
    return [
        *(make(n, f"Outlet {n}", D(2061, 3, 15 + (n == 1)), story) for n, story in enumerate(MORWEN)),
        make(3, "Archive desk", None, ZENDRICK),
        *(make(4 + n, "Harbor Post", D(2061, 3, 12), s) for n, s in enumerate(OTHER)),
    ]


def test_an_undated_report_of_the_grounding_one_report_recalls_years_back_is_another_event() -> None:
    events = group(_corpus())
    assert event_of(events, "a3") == {"a3"}
    assert event_of(events, "a0") == {"a0", "a1", "a2"}


def test_without_the_rule_the_recalled_grounding_joins_the_event() -> None:
    # (What the rule changes: the undated report shares the bank, the weekday and the kind of happening.)
    events = group(_corpus(), GroupingOptions(recollected_words=0))
    assert event_of(events, "a3") == {"a0", "a1", "a2", "a3"}


def test_the_recalled_part_of_a_sentence_is_read_apart_from_the_rest() -> None:
    text = MORWEN[2][0] + "\n\n" + MORWEN[2][1]
    recalled, own, lead = recollections(text, _lead_end(text, 2), 2061)
    assert {"zendri", "31", "88", "hours"} <= recalled
    assert "longes" in own and "longes" not in recalled  # (before the clause that looks back: this happening's)
    assert "zendri" not in lead


def test_the_lead_of_the_recalled_report_is_what_the_group_recalls() -> None:
    text = MORWEN[2][0] + "\n\n" + MORWEN[2][1]
    recalled, own, _ = recollections(text, _lead_end(text, 2), 2061)
    other = ZENDRICK[0] + "\n\n" + ZENDRICK[1]
    _, _, lead = recollections(other, _lead_end(other, 2), None)
    assert recalls_lead(recalled, own, lead, 3)
    wire = MORWEN[0][0] + "\n\n" + MORWEN[0][1]
    _, _, wire_lead = recollections(wire, _lead_end(wire, 2), 2061)
    assert not recalls_lead(recalled, own, wire_lead, 3)


def test_a_leading_span_recalls_its_clause_only() -> None:
    text = ("Weir gates fail again\n\nTwo years after a gate jammed open and flooded 26 cellars in Pexborough, "
            "the new gates failed on Monday and water reached the market square.")
    recalled, own, _ = recollections(text, _lead_end(text, 2), 2061)
    assert {"jammed", "26", "cellar"} <= recalled
    assert {"market", "square"} <= own


def test_a_year_before_the_reports_own_looks_back_and_a_figures_comma_is_no_boundary() -> None:
    text = ("Record crowd at Fennel Fair\n\nThe fair drew 31,204 visitors on Saturday, beating the 22,415 who came "
            "to the show in 2057.")
    recalled, own, _ = recollections(text, _lead_end(text, 2), 2061)
    assert "22415" in recalled and "31204" in own
    # Without the report's year, a year alone says nothing of when it stands.
    assert "22415" not in recollections(text, _lead_end(text, 2), None)[0]


def test_an_undated_lead_that_gives_a_year_gives_no_lead_words() -> None:
    # Undated, "the 2049 collapse" may be recalled as a dated report's "twelve years ago": not its own happening.
    text = ("Builder charged\n\nPolice charged a builder over the 2049 collapse of the Wibbelstone Mill footbridge that "
            "killed 7 walkers. He was held in Senna.")
    assert recollections(text, _lead_end(text, 2), None)[2] == {"builde", "charge"}
    # Dated 2061, the sentence looks back to 2049: what it tells there is recalled.
    assert "wibbel" in recollections(text, _lead_end(text, 2), 2061)[0]


def test_a_trailing_look_back_ends_with_its_part_of_the_sentence() -> None:
    text = ("New cap on pumps\n\nFour years ago the board limited wells to 30 metres; the new limit of 18 metres "
            "applies to every farm in Ulvadale.")
    recalled, own, _ = recollections(text, _lead_end(text, 2), 2061)
    assert {"board", "limite", "wells", "30"} <= recalled
    assert {"18", "farm", "ulvada"} <= own


# The same grounding told in the same words but for its figures: two figures the event's reports recall
# ("31 hours with 88 people aboard four years ago") are enough, whatever other words the two leads share.
BANK_WIRE = ("Ferry aground on Tollock Bank",
             "PENDRICK (Wire) - A ferry ran aground on Tollock Bank at the mouth of the Frayne estuary on Tuesday and "
             "was stuck for eleven hours with 140 people aboard, the coastguard at Pendrick said. Nobody was hurt.")
BANK_RECALL = ("A bank that keeps catching ferries",
               "It was the longest the bank has held a ferry since one stuck there for 31 hours with 88 people "
               "aboard four years ago. Pilots say Tollock Bank moves after every winter storm.")
BANK_EARLIER = ("Ferry aground on Tollock Bank for 31 hours",
                "A ferry ran aground on Tollock Bank at the mouth of the Frayne estuary on Tuesday and was stuck for 31 "
                "hours with 88 people aboard, the coastguard at Pendrick said. Nobody was hurt.")


def test_two_recalled_figures_tell_the_earlier_grounding_in_the_same_words() -> None:
    articles = [
        make(0, "Outlet 0", D(2061, 3, 15), BANK_WIRE),
        make(1, "Outlet 1", D(2061, 3, 16), MORWEN[1]),
        make(2, "Outlet 2", D(2061, 3, 15), BANK_RECALL),
        make(3, "Archive desk", None, BANK_EARLIER),
        *(make(4 + n, "Harbor Post", D(2061, 3, 12), s) for n, s in enumerate(OTHER)),
    ]
    events = group(articles)
    assert event_of(events, "a3") == {"a3"}
    assert event_of(events, "a0") == {"a0", "a1", "a2"}


def test_the_one_report_of_a_group_whose_lead_a_group_beside_it_recalls_leaves_it() -> None:
    # After linkage: reports 0 and 1 in one group, report 2 alone recalling what report 1's lead tells; report 1
    # leaves, and report 2 joins report 0 when linkage would merge them.
    members = {10: [0, 1], 11: [2]}
    near = {0: {1: 0.5, 2: 0.4}, 1: {0: 0.5, 2: 0.3}, 2: {0: 0.4, 1: 0.3}}
    back = {0: frozenset(), 1: frozenset(), 2: frozenset({"31", "88", "stuck"})}
    written = {0: frozenset({"ferry"}), 1: frozenset({"ferry", "31", "88"}), 2: frozenset({"bank"})}
    leads = {0: (frozenset({"ferry", "140"}),), 1: (frozenset({"ferry", "31", "88"}),), 2: ()}
    nothing: dict[int, frozenset[tuple[str, float]]] = {i: frozenset() for i in range(3)}
    _unrecall(members, near, lambda _id, _reports: None, lambda _a, _b, _total: 1.0,
              [back, written, leads, nothing, nothing], (20, 21), GroupingOptions())
    assert sorted(sorted(found) for found in members.values()) == [[0, 2], [1]]


def test_look_backs_read_whatever_their_case_and_spelling() -> None:
    # (Guards the quick tests before the look-back pattern: "YEARS AGO" and "Decades earlier" still look back;
    # an accented word with a curly possessive and its plain spelling give one stem.)
    text = ("Café reopens.\nTHREE YEARS AGO the old café’s roof fell in after 40 days of rain. "
            "Decades earlier a ferry crossed there. The cafe's owner spoke.")
    recalled, own, lead = recollections(text, _lead_end(text, 1), 2040)
    assert {"40", "ferry", "roof"} <= recalled
    assert "cafe" in lead and "cafe" in own and "cafe" not in recalled
    assert "owner" in own and "owner" not in recalled


def test_each_report_s_recollections_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # (Grouping read every report's recollections twice: once for the words the rule can ask about, once for the
    # report's own; a fifth of its time.)
    calls: list[str] = []

    def counted(
        text: str, lead_end: int, year: int | None = None, day: int | None = None, dated_back_days: int = 0,
        months_back: bool = False, repeats_back: bool = False, months_years_back: bool = False, month_named_back: int = 0,
        own_day_cut: bool = False,
    ) -> tuple[frozenset[str], ...]:
        calls.append(text)
        return recollections(
            text, lead_end, year, day, dated_back_days, months_back, repeats_back, months_years_back, month_named_back,
            own_day_cut,
        )

    monkeypatch.setattr(group_module, "recollections", counted)
    articles = _corpus()
    events = group(articles)
    assert sorted(calls) == sorted(a.body for a in articles)
    assert event_of(events, "a3") == {"a3"}


def test_recollections_read_by_the_extracting_worker_are_the_ones_grouping_reads() -> None:
    options = GroupingOptions()
    articles = _corpus()
    extracted = [extract_article(a, grouping=options) for a in articles]
    assert all(isinstance(e, Extracted) and e.recollected is not None for e in extracted)
    for found in extracted:
        assert isinstance(found, Extracted)
        assert found.recollected == recollected_words(found.article, found.text, found.facts, options)
    third = extracted[2]
    assert isinstance(third, Extracted) and third.recollected is not None
    assert {"zendri", "31", "88"} <= set(third.recollected[0])  # what the bank's report recalls four years back
    given: list[Recollected | None] = [e.recollected if isinstance(e, Extracted) else None for e in extracted]
    given[0] = None  # (one read by grouping itself, as a cache entry's is)
    facts = [f for e in extracted if isinstance(e, Extracted) for f in e.facts]
    texts = {e.article.id: e.text for e in extracted if isinstance(e, Extracted)}
    titled = [e.article for e in extracted if isinstance(e, Extracted)]
    with_given = group_articles(titled, texts, options, facts=facts, recollected=given)
    read_here = group_articles(titled, texts, options, facts=facts)
    assert with_given == read_here
    assert given == []  # (let go as read)
    assert {frozenset(e.article_ids) for e in with_given} >= {frozenset({"a3"}), frozenset({"a0", "a1", "a2"})}


@pytest.mark.parametrize(("givers", "leaves"), [((1,), [1]), ((1, 2), [])])
def test_a_recalled_figure_sends_away_only_the_one_report_that_gives_it(givers: tuple[int, ...], leaves: list[int]) -> None:
    # Group 11 (report 3) counts 14 hurt and recalls 22 hurt of an earlier happening; of group 10, the report that
    # alone gives 22 as its own leaves and the rest joins group 11; when two reports give 22, neither is the one.
    members = {10: [0, 1, 2], 11: [3]}
    near = {0: {3: 0.4}, 1: {3: 0.3}, 2: {3: 0.2}, 3: {0: 0.4, 1: 0.3, 2: 0.2}}
    none_words: dict[int, frozenset[str]] = {i: frozenset() for i in range(4)}
    leads: dict[int, tuple[frozenset[str], ...]] = {i: () for i in range(4)}
    earlier = {i: frozenset() for i in range(4)} | {3: frozenset({("hurt", 22.0)})}
    own = {0: frozenset({("hurt", 14.0)}), 1: frozenset(), 2: frozenset({("hurt", 14.0)}), 3: frozenset({("hurt", 14.0)})}
    for giver in givers:
        own[giver] = own[giver] | {("hurt", 22.0)}
    _unrecall(members, near, lambda _id, _reports: None, lambda _a, _b, _total: 1.0,
              [none_words, none_words, leads, earlier, own], (20, 21), GroupingOptions(recollected_words=0))
    alone = [found for found in members.values() if len(found) == 1]
    assert alone == ([[leaves[0]]] if leaves else [[3]])

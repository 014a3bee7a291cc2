"""The date joins have the last word on an event's date slots (consistency/align.py, ``align_event``): the moves after
the first joins (a bracketed conversion joining its reading, lone grains, evictions) recompose slots, and a slot they
leave that another outlet's slot answers must still meet it. After alignment, the join finds nothing more to join.

The articles are invented: a tiddlywinks relay in Osterby.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency import align
from consistency.align import AlignOptions
from consistency.engine import run_articles
from consistency.model import Article, Fact

ARTICLES = [
    Article(id="a", path="a.md", outlet="Lurgan Courier", published=dt.datetime(2088, 7, 11, 8, 0), body=(
        "The longest relay of tiddlywinks on record ended in Osterby on 9 July, when two squads stopped after 51 h 20 min."
        "\n\nPlay started at 06:00 GMT on 7 July and stopped at 09:20 GMT.\n\nThe old mark, 47 h, dated from 2081.")),
    Article(id="b", path="b.md", outlet="Brenmouth Wire", published=dt.datetime(2088, 7, 9, 15, 0), body=(
        "OSTERBY, July 9 (Brenmouth) - Eight players in Osterby flicked counters without a break for 51 hours and 20 "
        "minutes, finishing on Sunday with a new record.\n\nThe final counter was potted at 0920 GMT (11:20 a.m. local "
        "time), beating a mark of 47 hours set in 2081.")),
    Article(id="c", path="c.md", outlet="Osterby Gazette", published=dt.date(2088, 7, 10), body=(
        "When Marta Quell potted the last counter in the church hall yesterday morning, her squad had played for over "
        "two days.\n\nTheir relay, begun at eight o'clock that Friday morning, went on for more than 51 hours.")),
    Article(id="d", path="d.md", outlet="Kessfield Radio", published=dt.datetime(2088, 7, 9, 18, 0), body=(
        "PRESENTER: Eight people in Osterby have been flicking counters since Friday.\n\nThey stopped this morning, "
        "and they hold a world record.")),
    Article(id="e", path="e.md", outlet="Tarnow Agency", published=dt.datetime(2088, 7, 13, 10, 0), body=(
        "OSTERBY, July 13 (Tarnow) - Gifts from the tiddlywinks relay that ended in Osterby last Sunday have reached "
        "90,000 crowns, the organisers said on Thursday.\n\nThe eight players, who started on Thursday morning, potted "
        "2,210 counters in 51 hours and 20 minutes.")),
]


def test_after_alignment_the_date_join_finds_nothing_more_to_join() -> None:
    result = run_articles(ARTICLES)
    facts = {f.id: f for f in result.facts}
    slots = [([facts[i] for i in al.fact_ids], False) for al in result.alignments if al.kind == "date"]
    assert len(slots) > 2
    joined = align._join_alike_slots([(list(slot), strict) for slot, strict in slots], AlignOptions(), "date")
    assert sorted(sorted(f.id for f in slot) for slot, _ in joined) == sorted(sorted(f.id for f in slot) for slot, _ in slots)


def test_a_slot_the_last_moves_leave_alone_is_weighed_by_the_join(monkeypatch: pytest.MonkeyPatch) -> None:
    # The last move (the bracketed-time join) is made to leave the follow-up's "Thursday morning" in a slot of its own,
    # as a move that recomposes the slots around it can: the join still brings it to the start told to the minute.
    bracket_join = align._join_bracket_twins

    def leaving_one_alone(slots: list[tuple[list[Fact], bool]]) -> list[tuple[list[Fact], bool]]:
        out: list[tuple[list[Fact], bool]] = []
        for slot, strict in bracket_join(slots):
            alone = [f for f in slot if f.text == "Thursday morning"]
            rest = [f for f in slot if f.text != "Thursday morning"]
            out += [(part, strict) for part in (rest, alone) if part]
        return out

    monkeypatch.setattr(align, "_join_bracket_twins", leaving_one_alone)
    result = run_articles(ARTICLES)
    facts = {f.id: f for f in result.facts}
    together = [{facts[i].text for i in al.fact_ids} for al in result.alignments if al.kind == "date"]
    assert any({"Thursday morning", "06:00 GMT on 7 July"} <= texts for texts in together)

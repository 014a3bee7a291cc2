"""An event's facts are read out of the run's list by where each article's facts lie, in run order."""

from __future__ import annotations

from consistency.engine import _event_facts, _facts_by_article
from consistency.model import DateValue, Event, Fact


def _facts(article_ids: list[str]) -> list[Fact]:
    value = DateValue("2031-05-02", "2031-05-02", "day")
    return [Fact(id=f"f{n}", article_id=aid, kind="date", text="2 May", start=0, end=5, sentence="On 2 May.",
                 sentence_start=0, sentence_end=9, value=value) for n, aid in enumerate(article_ids, start=1)]


def test_an_events_facts_come_in_run_order_whatever_the_order_of_its_articles() -> None:
    facts = _facts(["a1", "a1", "a2", "a3", "a3", "a3"])
    where = _facts_by_article(facts)
    assert where == {"a1": [(0, 2)], "a2": [(2, 3)], "a3": [(3, 6)]}  # a pair of positions per article
    event = Event(id="e1", label="", article_ids=("a3", "a1", "a9"))  # a9 has no facts
    assert [f.id for f in _event_facts(event, facts, where)] == ["f1", "f2", "f4", "f5", "f6"]


def test_an_article_whose_facts_are_apart_keeps_each_run() -> None:
    facts = _facts(["a1", "a2", "a1"])
    where = _facts_by_article(facts)
    assert where == {"a1": [(0, 1), (2, 3)], "a2": [(1, 2)]}
    assert [f.id for f in _event_facts(Event(id="e1", label="", article_ids=("a1",)), facts, where)] == ["f1", "f3"]
    assert _facts_by_article([]) == {}

"""A wire dateline's date stands apart from the happenings' date slots (consistency/date_stamps.py): it stamps
the day the report was filed and dates nothing the story tells, so it is compared only with other datelines,
and it no longer keeps its outlet's happening day from meeting the others'. A page's own stamp line that names a day
dates the page the same way, so it contradicts no outlet's day or hour of the happening (a live page's bare hour over
an entry still does).

The reports are invented: a footbridge over a river gives way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from consistency.checks.comparisons import DATE_AGREEMENT, _judge_dates, _Side
from consistency.date_stamps import take_datelines
from consistency.engine import extract_facts
from consistency.frames import frame_facts, in_dateline
from consistency.model import STAMP_CUE, Article, DateValue, Fact, Frame
from tests.slot_findings import pair_statuses, run_one_event

DAY = dt.datetime(2049, 3, 10, 20)

BRIDGE = {
    "a": "# Footbridge over the Olm gives way\n\nKESTRAVEN, March 10 (Wirefold) - A footbridge over the river Olm gave "
         "way early on Tuesday, the city council said on Wednesday, cutting the shortest path between the two halves "
         "of the old town. Engineers had closed it in January after cracks appeared.",
    "b": "# Olm footbridge falls\n\nThe Olm footbridge in Kestraven gave way on Monday, the city council confirmed this "
         "morning. Nobody was on it when the span dropped into the water.",
    "c": "# Kestraven loses its footbridge\n\nKESTRAVEN, March 10 (Pellmark) - The footbridge across the Olm in "
         "Kestraven gave way on Tuesday, and the council said on Wednesday that a ferry would carry walkers until a "
         "new one is built.",
}


def dates(key: str, body: str) -> dict[str, Fact]:
    article = Article(id=key, path=f"{key}.md", outlet=f"Outlet {key}", body=body, published=DAY)
    # (ids made unique across the articles, as one run makes them)
    return {f.text: replace(f, id=f"{key}{f.id}") for f in frame_facts(article, extract_facts(article)[0]) if f.kind == "date"}


A = dates("a", BRIDGE["a"])
B = dates("b", BRIDGE["b"])


@pytest.mark.parametrize(
    ("facts", "text", "dateline"),
    [(A, "March 10", True), (A, "Tuesday", False), (A, "Wednesday", False), (B, "Monday", False)],
)
def test_a_date_in_a_wire_dateline_is_told_from_the_story_s_dates(facts: dict[str, Fact], text: str, dateline: bool) -> None:
    assert in_dateline(facts[text]) is dateline


def test_a_dateline_may_name_the_place_s_region() -> None:
    facts = dates("e", "BRELLHAM, Osterwold, March 10 (Pellmark) - The Olm footbridge gave way on Tuesday.")
    assert in_dateline(facts["March 10"]) and not in_dateline(facts["Tuesday"])


def test_a_date_after_a_capitalised_place_inside_a_sentence_is_no_dateline() -> None:
    facts = dates("d", "Crews reached the bank at KESTRAVEN, March 11 - the day after the fall - with a crane.")
    assert not any(in_dateline(f) for f in facts.values())


def test_datelines_leave_every_slot_and_an_emptied_slot_goes() -> None:
    slots = [([A["March 10"], A["Tuesday"], B["Monday"]], True), ([A["March 10"]], False), ([B["this morning"]], False)]
    kept, taken = take_datelines(slots)
    assert [[f.text for f in slot] for slot, _strict in kept] == [["Tuesday", "Monday"], ["this morning"]]
    assert [f.text for f in taken] == ["March 10", "March 10"]


def test_no_dateline_no_change() -> None:
    slots = [([A["Tuesday"], B["Monday"]], True)]
    assert take_datelines(slots) == (slots, [])


def test_a_dateline_is_compared_only_with_other_datelines() -> None:
    pairs = pair_statuses(run_one_event(BRIDGE, DAY), "date")
    assert pairs[("a:March 10", "c:March 10")] == "agree"
    assert [p for p in pairs if ("a:March 10" in p or "c:March 10" in p) and p != ("a:March 10", "c:March 10")] == []
    # the happening's days still meet: Monday against Tuesday
    assert pairs[("a:Tuesday", "b:Monday")] == "conflict"


def _dated(fid: str, outlet: str, text: str, start: str, zone: str | None, frame: Frame) -> _Side:
    sentence = f"{text}." if frame.cue == STAMP_CUE else f"The footbridge gave way at {text}."
    at = sentence.index(text)
    value = DateValue(start, start, "time", zone=zone)
    fact = Fact(fid, fid, "date", text, at, at + len(text), sentence, 0, len(sentence), value, frame)
    article = Article(id=fid, path=f"{fid}.md", outlet=outlet, body=sentence, published=DAY)
    return _Side(article, fact, fid)


STAMP = Frame(key="date:publication:current", name="time of publication", measure="publication", cue=STAMP_CUE,
              repeats=True)
FALL = Frame(key="date:collapse:current", name="time of the collapse", measure="collapse", cue="gave way")


def test_a_page_stamp_contradicts_no_outlet_s_hour_of_the_happening() -> None:
    """A slot that gathered one page's stamp line ("Wednesday 11 March 2049, 09:40") beside another outlet's hour of the collapse the night
    before: the stamp dates the page, so the pair is no conflict; two outlets' hours of the collapse still are."""
    stamp = _dated("s", "Wirefold", "Wednesday 11 March 2049, 09:40", "2049-03-11T09:40", None, STAMP)
    fell = _dated("f", "Vomskar Post", "11pm on Tuesday", "2049-03-10T23:00", None, FALL)
    other = _dated("o", "Olmside Live", "10pm on Tuesday", "2049-03-10T22:00", None, FALL)
    params = {name: p.default for name, p in DATE_AGREEMENT.params.items()}
    assert _judge_dates(stamp, fell, params, 3)[:2] == ("compatible", "scope")
    assert _judge_dates(fell, stamp, params, 3)[:2] == ("compatible", "scope")
    assert _judge_dates(fell, other, params, 3)[0] == "conflict"


def test_a_live_page_s_bare_hour_over_an_entry_still_dates_the_happening() -> None:
    """A live page's "22:10" over the entry that tells the collapse is when it was seen: against another outlet's
    11pm it is a conflict, as two outlets' hours are."""
    entry = _dated("l", "Olmside Live", "22:10", "2049-03-10T22:10", None, STAMP)
    fell = _dated("f", "Vomskar Post", "11pm on Tuesday", "2049-03-10T23:00", None, FALL)
    params = {name: p.default for name, p in DATE_AGREEMENT.params.items()}
    assert _judge_dates(entry, fell, params, 3)[0] == "conflict"

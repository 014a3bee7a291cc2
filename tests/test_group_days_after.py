"""A follow-up's weekday that no word of its own frames, followed by "a day after" the happening the article is
about, is the follow-up's day, not that happening's (``happening._cue_looked_back``): an undated report that a
new minister was named "on Wednesday, a day after" the resignation stays with the reports of Tuesday's
resignation, which the one-day weekday rule (``GroupingOptions.weekday_kind_factor``) would otherwise hold
apart. Every name and sentence is made up."""

from __future__ import annotations

import datetime as dt

from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.group import _lead_end
from consistency.happening import MAIN_HAPPENING_CUE, read_happening
from consistency.stages import load_stages
from tests.test_group import event_of, group, make

D = dt.date

QUITS = [
    (D(2038, 3, 9), (
        "Farming minister Tellan resigns over grain subsidies",
        "Farming Minister Ilse Tellan resigned on Tuesday after auditors found that a cooperative run by her "
        "brother had received grain subsidies it was not entitled to. She said she had done nothing wrong.",
    )),
    (None, (
        "Tellan steps down as farming minister",
        "Ilse Tellan resigned as farming minister on Tuesday, Prime Minister Aurel Varnov's office said, after "
        "auditors questioned grain subsidies paid to her brother's cooperative.",
    )),
    (None, (
        "Varnov names Doru Tansy farming minister",
        "Prime Minister Aurel Varnov appointed his party's whip Doru Tansy to the farming ministry on Wednesday, "
        "a day after Ilse Tellan quit over grain subsidies paid to her brother's cooperative.",
    )),
]


def _weekday_kinds(day: dt.date | None, story: tuple[str, str]) -> tuple:
    article = make(0, "Outlet", day, story)
    found, cleaned = extract_facts(article, id_prefix="r:")
    framed = frame_facts(article, found)
    assert any(f.frame is not None and f.frame.cue == MAIN_HAPPENING_CUE for f in framed if f.text == "Wednesday")
    return read_happening(framed, cleaned.text, _lead_end(cleaned.text, 3), load_stages()).weekday_kinds


def test_a_day_after_the_happening_is_not_its_weekday() -> None:
    assert _weekday_kinds(*QUITS[2]) == ()


def test_the_appointment_stays_with_the_resignation() -> None:
    corpus = [make(i, f"Outlet {i}", day, story) for i, (day, story) in enumerate(QUITS)]
    assert event_of(group(corpus), "a2") == {"a0", "a1", "a2"}

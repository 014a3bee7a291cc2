"""A live page writes who speaks as a transcript does, after each entry's time ("11:05 TORVELLE: ..."): such a
label is a speaker's even when it is heard once, and the entry's time is no claim the speaker is credited with."""

from __future__ import annotations

import datetime as dt

from consistency.engine import run_articles
from consistency.model import Article, Attribution, Fact


def _attributions(body: str) -> list[Fact]:
    result = run_articles([Article(id="live", path="live.md", outlet="Outlet live", body=body,
                                   published=dt.datetime(2052, 3, 4, 12))])
    return [f for f in result.facts if isinstance(f.value, Attribution)]


LIVE = (
    "# Live: Hexmoor harbour's new crane\n\n"
    "11:10 UPDATE: More pictures from the quay are coming.\n\n"
    "11:05 TORVELLE (at the lectern): This crane doubles what the quay can lift in a day. We start on Monday.\n\n"
    "10:40 Good morning from the Hexmoor harbour office, where the press is gathering."
)


def test_a_label_after_an_entrys_time_is_a_speaker_heard_once() -> None:
    sources = {f.value.source for f in _attributions(LIVE)}  # type: ignore[union-attr]
    assert "TORVELLE" in sources
    assert not any("UPDATE" in s for s in sources)  # the page's own label speaks for no one


def test_the_entrys_time_is_not_what_the_speaker_is_credited_with() -> None:
    label = next(f for f in _attributions(LIVE) if f.value.source == "TORVELLE")  # type: ignore[union-attr]
    assert label.frame is not None and "publication" not in label.frame.key and "11:05" not in label.frame.cue


def test_a_title_before_a_surname_named_elsewhere_still_labels_a_speaker() -> None:
    body = (
        "# Live: the Oxendale fleet comes home\n\n"
        "Rear Admiral Fulgrave commands the Oxendale squadron this year.\n\n"
        "REAR ADMIRAL FULGRAVE: The crews have earned their leave. We sail again in June."
    )
    assert any(f.value.source == "REAR ADMIRAL FULGRAVE" for f in _attributions(body))  # type: ignore[union-attr]


def test_a_label_line_between_a_live_pages_entries_is_a_speakers() -> None:
    body = (
        "# Live: Oxendale's new tram line opens\n\n"
        "18:20 The first tram has left the depot, five minutes late.\n\n"
        "17:45 The line's engineer came over to talk to us.\n\n"
        "WRENSHAW: Three years of digging, and the rails still look new.\n\n"
        "17:10 Crowds are lining the route in the rain."
    )
    assert any(f.value.source == "WRENSHAW" for f in _attributions(body))  # type: ignore[union-attr]


def test_a_wire_dateline_in_capitals_is_still_no_speaker() -> None:
    body = "OXENDALE: The tram line opened on Tuesday after three years of work, the city said."
    assert not any(f.value.source == "OXENDALE" for f in _attributions(body))  # type: ignore[union-attr]

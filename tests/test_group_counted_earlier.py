"""An undated follow-up names its own step's weekday, then counts the happening back from it in a sentence of its own
("the harbour board closed the slipway on Wednesday. The crane had toppled four days earlier"): the weekday so
many days before the one named is the happening's. Without ``GroupingOptions.counted_earlier`` the follow-up's
Wednesday alone was weighed against the wire's Saturday as another happening of the kind
(``weekday_kind_factor``), and the wire stood apart from the undated reports that followed it. Every name and
sentence is made up."""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.group import GroupingOptions
from consistency.happening import _DAYS_EARLIER, Happening, read_happening
from consistency.model import Article
from consistency.stages import load_stages
from tests.grouping_stories import grouped

SATURDAY = dt.date(2081, 3, 8)  # a Saturday

WIRE = (
    SATURDAY,
    "Crane topples onto dock at Quillmarsh, killing two",
    "QUILLMARSH (Wire) - Two dockers died on Saturday after a harbour crane toppled onto the quay at "
    "Quillmarsh while lifting a container from a freighter, the harbour police said. Four more were hurt.",
)
NEXT_DAY = (
    None,
    "Quillmarsh crane had failed an inspection",
    "The harbour crane that toppled onto the quay at Quillmarsh yesterday, killing two dockers, had failed its "
    "last inspection, the dockers' union said. The harbour board said the crane was due for repair.",
)
FOLLOW = (
    None,
    "Quillmarsh harbour shuts its quay while every crane is tested",
    "Lifting has stopped on every berth of the Quillmarsh quay until engineers have tested each harbour crane, the "
    "harbour board ordered on Wednesday. The crane had collapsed four days earlier, killing two dockers. The two "
    "dockers were buried on Tuesday.",
)
BACKGROUND = (
    (SATURDAY - dt.timedelta(days=11), "Orchard show", "Growers at Vindlow showed their apples on Tuesday."),
    (SATURDAY + dt.timedelta(days=9), "Bell ringing", "Ringers at Ivrowen rang a long peal on Monday evening."),
)

ON = GroupingOptions()
OFF = dataclasses.replace(ON, counted_earlier=False)


def _grouped(options: GroupingOptions) -> list[list[str]]:
    return grouped([("wire", WIRE), ("next", NEXT_DAY), ("follow", FOLLOW)], BACKGROUND, options)


def test_a_span_counted_back_is_read_and_one_counted_before_a_happening_is_not() -> None:
    assert _DAYS_EARLIER.match("four days earlier")
    assert _DAYS_EARLIER.match("2 days before")
    assert _DAYS_EARLIER.match("four weeks earlier") is None
    assert _DAYS_EARLIER.match("the day before yesterday") is None


def test_without_the_rule_the_wire_stands_apart_from_its_undated_follow_ups() -> None:
    assert _grouped(OFF) == [["follow", "next"], ["wire"]]


def test_the_follow_up_counting_back_to_the_wires_weekday_joins_it() -> None:
    assert _grouped(ON) == [["follow", "next", "wire"]]


def _happening(body: str, **options: bool) -> Happening:
    article = Article(id="q", path="q.md", outlet="Quillmarsh Courier", body=body, published=None)
    facts, cleaned = extract_facts(article, id_prefix="q:")
    return read_happening(frame_facts(article, facts), cleaned.text, len(cleaned.text), load_stages(None), **options)


def test_the_weekday_counted_back_is_the_happenings_kind_and_only_with_the_rule() -> None:
    body = "Quillmarsh quay shut\n\n" + FOLLOW[2]
    assert ("incident", 5) in _happening(body, counted_earlier=True).weekday_kinds  # Wednesday less four: Saturday
    assert ("incident", 5) not in _happening(body).weekday_kinds


def test_a_weekday_counted_after_is_one_the_report_falls_on_with_counted_stands() -> None:
    # ("on Wednesday, four days after": the lead looks back, so no kind is read; the weekday is still the wire's)
    body = (
        "Quillmarsh quay shut for crane checks\n\nThe harbour board shut the Quillmarsh quay to all lifting on "
        "Wednesday, four days after a crane toppled onto it and killed two dockers."
    )
    assert _happening(body, counted_weekdays=True, counted_stands=True).weekdays == {2, 5}
    assert _happening(body, counted_weekdays=True).weekdays == {2}

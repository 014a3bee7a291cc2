"""What a lead measures or numbers tells two happenings of one kind in one place apart, even when one of them is told
with no date and in almost the same words.

- An exact amount of a thing in a unit in the headline or first sentence ("94 centimetres of snow") is read as
  counts of things are (``GroupingOptions.amounts``, ``happening.lead_figures``): the deepest snowfall on record at
  a weather station is not the record set there years before.
- A thing in lower case numbered by the number that closes its name ("a gate at lock 11 of the flight") numbers the
  happening in a series (``happening.numbered``): the gate of lock 11 giving way is not that of lock 4, years
  before. A number after a word that recalls another happening in its sentence numbers that one, and a count
  after a verb ("killed 12 people") numbers nothing.

Invented reports; every name is made up."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions
from consistency.happening import lead_figures, numbered
from tests.test_group import OTHER, event_of, group, make

D = dt.date

# The deepest snowfall on record at the Karrowdene weather station, Friday, January 9, 2043; the record it beat,
# set there years before, is told with no date.
SNOW = [
    ("Record 94 cm of snow buries Karrowdene",
     "KARROWDENE (Wire) - The weather station at Karrowdene measured 94 centimetres of snow in the 24 hours to "
     "6 a.m. on Friday, the deepest fall ever recorded there, the Met Service said. The pass road was shut."),
    ("Karrowdene digs out after record snow",
     "Ploughs cleared the main street of Karrowdene on Friday as the Met Service confirmed the village's "
     "weather station had recorded its deepest snowfall. Schools stayed closed."),
]
SNOW_EARLIER = ("Karrowdene sets snow record",
                "The weather station at Karrowdene measured 61 centimetres of snow in 24 hours on Friday, the "
                "deepest fall there since records began, the Met Service said. The pass road was closed.")

# The gate of lock 11 of the Sarnby flight on the Quenwell Canal gives way, Monday, April 6, 2043; a gate of lock 4
# of the same flight failed years before (told with no date).
GATE = [
    ("Lock gate gives way on Quenwell Canal",
     "SARNBY (Wire) - A gate at lock 11 of the Sarnby flight on the Quenwell Canal gave way on Monday, "
     "draining a stretch of the canal and leaving boats on the mud, the Waterways Board said."),
    ("Boaters stranded at Sarnby after gate bursts",
     "Boat owners at Sarnby waited on the towpath on Monday after the burst gate emptied the pound below the "
     "flight. The Waterways Board said repairs would take weeks."),
]
GATE_EARLIER = ("Canal drained as Sarnby lock gate fails",
                "A gate at lock 4 of the Sarnby flight on the Quenwell Canal gave way on Monday, draining a "
                "stretch of the canal and leaving boats aground, the Waterways Board said.")


def _corpus(stories: list[tuple[str, str]], day: dt.date, earlier: tuple[str, str]) -> list:
    return [
        make(0, "Outlet 0", day, stories[0]),
        make(1, "Outlet 1", day, stories[1]),
        make(2, "Archive desk", None, earlier),
        *(make(3 + n, "Harbor Post", day - dt.timedelta(days=3), s) for n, s in enumerate(OTHER)),
    ]


def test_an_undated_record_of_less_snow_at_the_station_is_another_event() -> None:
    events = group(_corpus(SNOW, D(2043, 1, 9), SNOW_EARLIER))
    assert event_of(events, "a2") == {"a2"}
    assert event_of(events, "a0") == {"a0", "a1"}


def test_an_undated_failure_of_another_lock_of_the_flight_is_another_event() -> None:
    events = group(_corpus(GATE, D(2043, 4, 6), GATE_EARLIER))
    assert event_of(events, "a2") == {"a2"}
    assert event_of(events, "a0") == {"a0", "a1"}
    # Without the numbers their words join them.
    assert "a0" in event_of(group(_corpus(GATE, D(2043, 4, 6), GATE_EARLIER), GroupingOptions(numbered_factor=1.0)), "a2")


def _lead(text: str) -> frozenset[tuple[str, int]]:
    return numbered(text, len(text), frozenset(GroupingOptions().numbered_ignore))


def test_a_thing_in_lower_case_is_numbered_by_the_number_closing_its_name() -> None:
    assert _lead("Gate fails at Sarnby\n\nA gate at lock 11 of the Sarnby flight gave way on Monday.") == {("lock", 11)}
    assert _lead("Lab makes a new element\n\nPhysicists said they had made element 121, the heaviest yet.") == {
        ("element", 121)
    }
    # A count after a verb, or a number recalling another happening, numbers nothing of this one.
    assert _lead("Storm hits Sarnby\n\nThe storm killed 12 people and left 30 without power on Monday.") == frozenset()
    assert _lead("Greens first in Sarnby\n\nThe Greens won 19 seats and the Farmers took 23 and may join them.") == (
        frozenset()
    )
    assert _lead("Lab makes a new element\n\nIt came three years after the lab made element 120 in Velk.") == (
        frozenset()
    )


def test_an_amount_in_a_unit_in_the_lead_is_the_happenings_own() -> None:
    from consistency.engine import extract_facts
    from consistency.frames import frame_facts

    article = make(0, "Outlet 0", D(2043, 1, 9), SNOW[0])
    found, cleaned = extract_facts(article, id_prefix="a0:")
    facts = frame_facts(article, found)
    text = cleaned.text
    first = text.index(".", text.index("Karrowdene measured")) + 1
    figures = lead_figures(facts, len(text), (), text=text, counted_end=first, amounts=True)
    assert any(measure == "snow/m" and abs(value - 0.94) < 1e-9 for measure, value in figures)
    assert not lead_figures(facts, len(text), (), text=text, counted_end=first, amounts=False)

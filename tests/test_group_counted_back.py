"""A background piece filed with a quake's reports recalls an earlier quake of the valley in a sentence that counts back
from its own day ("Four years ago a magnitude 4.1 quake ..."). Its magnitude was read as its own happening's, so the
group gave 4.1 where the wire report, undated, gives 5.2, and the wire was held apart as a report of another quake.
``GroupingOptions.counted_back`` (``happening.counted_back``): a figure whose nearest date in its sentence is a year
counted back from the report's own day ("four years ago", "last year") measures that earlier happening."""

from __future__ import annotations

import datetime as dt

from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.group import GroupingOptions, _lead_end
from consistency.happening import lead_figures
from consistency.model import Article
from tests.grouping_stories import RACE_BACKGROUND as BACKGROUND
from tests.grouping_stories import Story, grouped

DAY = dt.date(2074, 9, 11)  # a Tuesday

WIRE: Story = (
    None,
    "Quake shakes Harnsey valley",
    "A magnitude 5.2 earthquake shook the Harnsey valley on Tuesday, cracking walls in three villages, the "
    "geological survey said. Nobody was hurt.",
)
SECOND: Story = (
    DAY,
    "Walls cracked as quake hits Harnsey valley",
    "An earthquake cracked walls in three villages of the Harnsey valley on Tuesday, the geological survey said, "
    "and nobody was hurt.",
)
PIECE: Story = (
    DAY + dt.timedelta(days=1),
    "Not the valley's first quake",
    "Four years ago a magnitude 4.1 earthquake shook the Harnsey valley and cracked walls in two villages. The "
    "valley lies on an old fault.",
)


def _grouped(options: GroupingOptions) -> list[list[str]]:
    return grouped([("wire", WIRE), ("second", SECOND), ("piece", PIECE)], BACKGROUND, options)


def test_the_earlier_quakes_magnitude_is_not_the_pieces_own() -> None:
    day, title, body = PIECE
    assert day is not None
    article = Article(id="p", path="p.md", outlet="Outlet p", body=title + "\n\n" + body, published=day)
    found, cleaned = extract_facts(article, id_prefix="p:")
    facts = frame_facts(article, found)
    lead_end = _lead_end(cleaned.text, 3)
    assert ("magnitude", 4.1) in lead_figures(facts, lead_end, ("magnitude",))
    assert lead_figures(facts, lead_end, ("magnitude",), own_day=day.toordinal()) == ()


def test_the_undated_wire_stays_with_its_quake() -> None:
    assert _grouped(GroupingOptions()) == [["piece", "second", "wire"]]


def test_without_the_rule_the_wire_is_held_apart() -> None:
    assert _grouped(GroupingOptions(counted_back=False)) == [["piece", "second"], ["wire"]]

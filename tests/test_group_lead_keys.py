"""A report's blocking keys are its strongest terms (``GroupingOptions.top_terms``): a piece whose later sentences are
full of words no other report writes (an explainer's background, a quote's details) filled its keys with those,
so it never met its story's reports, and the told-day and explainer rules had no pair to weigh. Its lead's words
now count ``GroupingOptions.lead_keys`` (1.2) times their weight when its keys are picked (its vector untouched): a
lead word a few other reports write outranks a later word no other report writes, and the piece meets its story.
Every name and sentence is made up."""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency.group import GroupingOptions
from tests.grouping_stories import grouped
from tests.test_group_quote_pieces import SECOND, TUESDAY, WIRE

# Enough other stories that a word two reports write is still rare (a corpus of a few reports has no rare words).
BACKGROUND = tuple(
    (TUESDAY - dt.timedelta(days=20 + i), title, body)
    for i, (title, body) in enumerate([
        ("Library reopens", "The town library at Driscombe reopened on Sunday after a new roof."),
        ("Choir wins cup", "A youth choir won the county singing cup on Monday evening."),
        ("Bus lane approved", "Planners approved a bus lane through the market on Friday."),
        ("Ferry fares rise", "Ferry fares to the islands will rise by a tenth in spring, the operator said."),
        ("New head for museum", "The maritime museum named a curator from the capital as its director."),
        ("Orchard harvest early", "Apple growers in the valley began picking a fortnight early after a warm summer."),
        ("Council tax frozen", "The county council kept its tax unchanged for a third year."),
        ("Marathon route changed", "The city marathon will skip the old harbour because of roadworks."),
        ("Bakery chain expands", "A family bakery chain opened its twelfth shop, in the station arcade."),
        ("Swimming pool shut", "The leisure centre pool closed for a month to mend its filters."),
        ("Film festival dates", "The film festival will run for nine days from the last weekend of May."),
        ("Zoo welcomes panda cub", "Keepers at the zoo said a red panda cub was born last week."),
    ])
)

# The footbridge's story in its lead, then a long tail of trade words no other report writes.
DECAY = (
    "Oak planks over a river can rot unseen from below, and a wooden footbridge gives way when a school party "
    "crosses. Engineers tapping such decking listen for hollow notes. Mycologists blame coniophora, fibroporia, "
    "serpula and antrodia; surveyors prefer resistographs, borescopes, ultrasonic gauges, moisture meters and thermal "
    "cameras; carpenters swap rotten joists for larch, greenheart, ekki or jarrah; councils budget for creosote, "
    "bitumen, linseed, galvanised brackets, stainless bolts, handrails, kickboards, abutments, bearings, parapets and "
    "drainage channels; insurers ask for logbooks, photographs, certificates and invoices."
)
EXPLAINER = (TUESDAY + dt.timedelta(days=1), "How decking decays", DECAY)
UNDATED_EXPLAINER = (None, EXPLAINER[1], DECAY)
# The same tail after a lead of another trade: nothing of the footbridge's story.
OTHER = (
    EXPLAINER[0],
    "How decking decays",
    "Garden terraces of softwood need oiling each autumn, and patio boards warp where planters stand on them. "
    + DECAY.split(". ", 2)[2],
)

ON = GroupingOptions()
OFF = dataclasses.replace(ON, lead_keys=1.0)


def _grouped(piece: tuple[dt.date | None, str, str], options: GroupingOptions) -> list[list[str]]:
    """The events of the collapse's two reports and ``piece``, by article id."""
    return grouped([("wire", WIRE), ("second", SECOND), ("piece", piece)], BACKGROUND, options)


def test_without_lead_keys_the_explainer_never_meets_its_story() -> None:
    assert _grouped(EXPLAINER, OFF) == [["piece"], ["second", "wire"]]
    assert _grouped(UNDATED_EXPLAINER, OFF) == [["piece"], ["second", "wire"]]


def test_the_explainer_whose_lead_tells_the_story_joins_it() -> None:
    assert _grouped(EXPLAINER, ON) == [["piece", "second", "wire"]]
    assert _grouped(UNDATED_EXPLAINER, ON) == [["piece", "second", "wire"]]


def test_an_explainer_of_another_thing_stays_apart() -> None:
    assert _grouped(OTHER, ON) == [["piece"], ["second", "wire"]]

"""A quote piece (its headline opens with someone's words) is one voice of a story, filed a day or two after the
happening without writing its day, in words of its own: linkage and the told-day rules left it alone.
``GroupingOptions.quote_pieces`` lets it join the one group it shares words with, dated or not; a quote piece of
another story, one filed long after, or one naming another place stays alone. Every name and sentence is made up."""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency.group import GroupingOptions
from consistency.happening import heads_a_quotation, heads_an_explainer
from tests.grouping_stories import grouped

TUESDAY = dt.date(2072, 5, 10)  # a Tuesday

WIRE = (
    TUESDAY,
    "Footbridge collapses into the Ulvetter at Vrindholt",
    "VRINDHOLT (Wire) - A wooden footbridge over the river Ulvetter at Vrindholt collapsed on Tuesday as a school "
    "party crossed it, throwing eleven children into the water, the county fire service said. All were pulled out "
    "alive.",
)
SECOND = (
    TUESDAY,
    "Eleven children rescued as Vrindholt footbridge gives way",
    "Eleven children fell into the Ulvetter when the footbridge at Vrindholt gave way under a school party on "
    "Tuesday, firefighters said. All of them were rescued from the water.",
)
QUOTE = (
    TUESDAY + dt.timedelta(days=2),
    "'The planks just folded under us'",
    "Teacher Kethryn Pemmock was halfway across with her class when the old footbridge went down. 'The planks just "
    "folded under us,' she says. 'I counted heads in the water until every child was on the bank.'",
)
UNDATED_QUOTE = (None, QUOTE[1], QUOTE[2])
LATE_QUOTE = (TUESDAY + dt.timedelta(days=9), QUOTE[1], QUOTE[2])
ELSEWHERE = (
    QUOTE[0],
    QUOTE[1],
    QUOTE[2].replace("the old footbridge", "the old footbridge at Zemblay"),
)
EXPLAINER = (
    TUESDAY + dt.timedelta(days=2),
    "How old timber footbridges fail",
    "Oak planks laid on iron stringers rot from below where river spray reaches them, and a footbridge may look "
    "sound until a crowd crosses it at once, engineers say.",
)
OTHER_STORY = (
    TUESDAY + dt.timedelta(days=1),
    "'We bake through the night so the shelves are full'",
    "Baker Olbright Tuxley lights his ovens at two in the morning. 'We bake through the night so the shelves are "
    "full,' he says of the loaves his family has sold for forty years.",
)

BACKGROUND = (
    (TUESDAY - dt.timedelta(days=9), "Library reopens", "The town library at Driscombe reopened on Sunday after a new roof."),
    (TUESDAY + dt.timedelta(days=6), "Choir wins cup", "A youth choir won the county singing cup on Monday evening."),
    (TUESDAY - dt.timedelta(days=300), "Bus lane approved", "Planners approved a bus lane through the market on Friday."),
)

ON = GroupingOptions()
OFF = dataclasses.replace(ON, quote_pieces=False)
NO_EXPLAINERS = dataclasses.replace(ON, explainer_pieces=False)


def _grouped(piece: tuple[dt.date | None, str, str], options: GroupingOptions) -> list[list[str]]:
    """The events of the collapse's two reports and ``piece``, by article id."""
    return grouped([("wire", WIRE), ("second", SECOND), ("piece", piece)], BACKGROUND, options)


def test_a_headline_opening_with_a_quotation_heads_a_quote_piece() -> None:
    assert heads_a_quotation("'The planks just folded'\n\nTeacher ...")
    assert heads_a_quotation("\u201cNever again,\u201d says the ferryman\n\nHe ...")
    assert not heads_a_quotation("Footbridge collapses\n\nA wooden ...")
    assert not heads_a_quotation("'90s bridges to be checked\n\nEngineers ...")
    assert not heads_a_quotation("'The planks just folded' and no headline line")


def test_without_the_rule_the_quote_piece_is_left_alone() -> None:
    assert _grouped(QUOTE, OFF) == [["piece"], ["second", "wire"]]
    assert _grouped(UNDATED_QUOTE, OFF) == [["piece"], ["second", "wire"]]


def test_the_quote_piece_of_two_days_later_joins_its_story() -> None:
    assert _grouped(QUOTE, ON) == [["piece", "second", "wire"]]


def test_undated_the_quote_piece_joins_the_one_story_it_shares_words_with() -> None:
    assert _grouped(UNDATED_QUOTE, ON) == [["piece", "second", "wire"]]


def test_long_after_or_elsewhere_it_stays_alone() -> None:
    assert _grouped(LATE_QUOTE, ON) == [["piece"], ["second", "wire"]]
    assert _grouped(ELSEWHERE, ON) == [["piece"], ["second", "wire"]]


def test_a_quote_piece_of_another_story_stays_apart() -> None:
    assert _grouped(OTHER_STORY, ON) == [["piece"], ["second", "wire"]]


def test_a_headline_asking_how_or_why_heads_an_explainer() -> None:
    assert heads_an_explainer("How old footbridges fail\n\nOak planks ...")
    assert heads_an_explainer("Why the river rose so fast\n\nRain ...")
    assert not heads_an_explainer("Howls of protest at bridge closure\n\nWalkers ...")
    assert not heads_an_explainer("Footbridge collapses\n\nA wooden ...")


def test_the_explainer_of_two_days_later_joins_its_story() -> None:
    assert _grouped(EXPLAINER, NO_EXPLAINERS) == [["piece"], ["second", "wire"]]
    assert _grouped(EXPLAINER, ON) == [["piece", "second", "wire"]]


def test_a_quote_piece_filed_within_the_week_joins_its_story() -> None:
    """A parent's or a witness's account often comes days after the wire reports, at the week's end: within
    ``quote_back`` days (a week) of the group's day it joins, as one filed the day after does."""
    five_days_on = (TUESDAY + dt.timedelta(days=5), QUOTE[1], QUOTE[2])
    assert _grouped(five_days_on, ON) == [["piece", "second", "wire"]]
    assert _grouped(five_days_on, dataclasses.replace(ON, quote_back=2)) == [["piece"], ["second", "wire"]]


def test_undated_a_quote_piece_naming_its_speakers_own_place_joins_its_story() -> None:
    """No report of the day names the boatyard the witness runs: held to every name word, the undated piece
    stayed alone; held, as a quote piece, only to the places it puts things at, it joins
    (``GroupingOptions.piece_places_only``)."""
    boatyard = (
        None,
        QUOTE[1],
        "'The planks just folded under us,' said the owner of the Mabthorne yard, whose slipway sits below the old "
        "footbridge. 'I counted heads in the water until every child was on the bank.'",
    )
    assert _grouped(boatyard, dataclasses.replace(ON, piece_places_only=False)) == [["piece"], ["second", "wire"]]
    assert _grouped(boatyard, ON) == [["piece", "second", "wire"]]


def test_undated_a_quote_piece_naming_another_town_bare_stays_apart() -> None:
    """A name word not after "the" (a town, a country) is no venue: the piece may tell another happening."""
    elsewhere = (
        None,
        QUOTE[1],
        "'The planks just folded under us,' said a Plimquist teacher, whose class crossed the old footbridge "
        "too. 'I counted heads in the water until every child was on the bank.'",
    )
    assert _grouped(elsewhere, ON) == [["piece"], ["second", "wire"]]

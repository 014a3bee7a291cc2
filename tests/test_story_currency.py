"""A story told in a country with its own dollar or pound: its outlets write the bare name ("$310 million") for
their currency, and an amount pinned to another currency ("about USD 215 million") is its conversion, not a second
figure (``currency_names.story_currencies``, ``comparisons._in_story_currency``)."""

from __future__ import annotations

import datetime as dt

from consistency.checks import CHECKS
from consistency.currency_names import story_currencies
from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.model import Article, Fact


def _figures(text: str, article_id: str) -> tuple[Article, list[Fact]]:
    article = Article(id=article_id, path=f"{article_id}.txt", outlet=f"Outlet {article_id}", body=text,
                      published=dt.date(2231, 5, 12))
    facts, _ = extract_facts(article, id_prefix=f"{article_id}.")
    return article, [f for f in frame_facts(article, facts) if f.kind == "figure"]


def _status(one: str, other: str, *elsewhere: str) -> str:
    """The verdict on the pair ``one``/``other``, with the event's other reports ``elsewhere`` read for context."""
    slot = [_figures(one, "a1"), _figures(other, "a2")]
    assert all(len(figures) == 1 for _, figures in slot), slot
    rest = [_figures(text, f"b{i}") for i, text in enumerate(elsewhere)]
    check = CHECKS["figure-agreement"]
    assert check.event_context is not None
    context = check.event_context([f for _, facts in slot + rest for f in facts])
    return check.run(slot, None, context).pairs[0].status


BARE = "The new Harrobian grain terminal cost $310 million, the port board said."
CONVERTED = "The new Harrobian grain terminal cost about USD 215 million, the port board said."


def test_a_currency_named_after_its_country_makes_the_bare_name_the_storys_own() -> None:
    named = "Harrobia's port board said the grain terminal cost 310 million Harrobian dollars."
    assert story_currencies(_figures(named, "b0")[1]) == {"USD": frozenset({None})}
    assert _status(BARE, CONVERTED, named) == "compatible"


def test_a_code_no_table_knows_beside_the_same_number_makes_the_bare_name_the_storys_own() -> None:
    coded = "HRQ 310m: what the Harrobian grain terminal cost, the port board said."
    facts = _figures(coded, "b0")[1] + _figures(BARE, "a1")[1]
    assert story_currencies(facts) == {"USD": frozenset({None})}
    assert _status(BARE, CONVERTED, coded) == "compatible"
    # a coded amount of another number says nothing of the bare one
    other = "HRQ 95m: what the Harrobian grain terminal's cranes cost, the port board said."
    assert story_currencies(_figures(other, "b0")[1] + _figures(BARE, "a1")[1]) == {}


def test_without_such_a_report_a_bare_dollar_is_the_us_dollar_and_the_two_differ() -> None:
    assert _status(BARE, CONVERTED) == "conflict"
    assert story_currencies(_figures(CONVERTED, "b0")[1] + _figures(BARE, "a1")[1]) == {}


def test_two_bare_amounts_of_the_storys_own_dollar_still_differ() -> None:
    named = "Harrobia's port board said the grain terminal cost 310 million Harrobian dollars."
    other = "The new Harrobian grain terminal cost $130 million, the port board said."
    assert _status(BARE, other, named) == "conflict"


def test_a_known_currency_of_the_same_name_is_read_at_its_rate() -> None:
    # The story names the Australian dollar: the bare "$310 million" is read in it, and 90 million US dollars is
    # far from any rate's conversion of it.
    pinned = "The Harrobian grain terminal, built by an Australian firm, cost A$310 million, the port board said."
    assert story_currencies(_figures(pinned, "b0")[1]) == {"USD": frozenset({"AUD"})}
    far = "The new Harrobian grain terminal cost about US$90 million, the port board said."
    assert _status(BARE, far, pinned) == "conflict"
    # its conversion at the table's rate (1 AUD about 0.70 USD) is the same amount; read as US dollars it would not be
    near = "The new Harrobian grain terminal cost about US$218 million, the port board said."
    assert _status(BARE, near, pinned) == "compatible"
    assert _status(BARE, near) == "conflict"

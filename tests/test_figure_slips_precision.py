"""Slips of the keyboard that a figure's precision used to hide, and pounds read as money over a span of time.

- Two exact sums of money with two digits swapped ("£178 million", "£187 million") were read as one amount rounded,
  since money is read rough for conversions (``comparisons._swapped_exactly``).
- Two exact measures in two units, each written to three digits or more, that convert apart by more than rounding
  ("3,412 metres", "11,330 feet" = 3,453 m) were read as one figure converted (``comparisons._converted_apart``).
- "310" and "301" are two neighbouring digits swapped as written, which significant digits alone ("31", "301")
  missed (``slipped_slots._slipped``).
- "about forty pounds a year" and "sixty-two million pounds" in words are money, not a weight
  (``figures._pound_unit``).

The articles are invented: a tram line for Quillhaven, a mountain in Ostervald, a household bill in Marrowby.
"""

from __future__ import annotations

import datetime as dt

from consistency import slipped_slots
from consistency.extract import ExtractionContext
from consistency.extract.figures import extract_figures
from tests.slot_findings import figure_text_statuses

START = dt.datetime(2081, 5, 12, 8, 0)
OUTLETS = ("Quillhaven Courier", "Marrowby Post", "Tenchley Wire", "Ostergate Radio", "Larksdown Daily")


def pair_statuses(*bodies: str) -> dict[frozenset[str], str]:
    """Each pair of figure texts the tool judged in one finding -> its status."""
    return figure_text_statuses(bodies, OUTLETS, START)


def tram(amount: str) -> str:
    return f"Building the Quillhaven tram line will cost {amount}, the transport board said on Monday."


def test_two_exact_sums_with_two_digits_swapped_are_a_slip_not_one_amount_rounded() -> None:
    statuses = pair_statuses(tram("£178 million"), tram("£178 million"), tram("£187 million"))
    assert statuses[frozenset(("£178 million", "£187 million"))] == "conflict"


def test_two_exact_sums_a_little_apart_without_a_swap_are_still_read_as_rounded() -> None:
    # (the rule reads the swap, not the distance: 178 against 184 is no slip of the keyboard)
    statuses = pair_statuses(tram("£178 million"), tram("£178 million"), tram("£184 million"))
    assert statuses[frozenset(("£178 million", "£184 million"))] != "conflict"


def summit(height: str) -> str:
    return f"The summit of Mount Ostervald stands {height} above sea level, the survey office said on Monday."


def test_precise_heights_in_two_units_that_convert_apart_conflict() -> None:
    # 11,330 feet is 3,453 metres, not 3,412
    statuses = pair_statuses(summit("3,412 metres"), summit("3,412 metres"), summit("11,330 feet"))
    assert statuses[frozenset(("3,412 metres", "11,330 feet"))] == "conflict"


def test_precise_heights_in_two_units_that_convert_to_each_other_agree_after_conversion() -> None:
    # 11,194 feet is 3,412 metres to the metre
    statuses = pair_statuses(summit("3,412 metres"), summit("3,412 metres"), summit("11,194 feet"))
    assert statuses[frozenset(("3,412 metres", "11,194 feet"))] == "compatible"


def test_round_heights_in_two_units_keep_a_conversion_s_slack() -> None:
    # "3,400 metres" and "11,000 feet" (3,353 m): each rounded in its own unit
    statuses = pair_statuses(summit("3,400 metres"), summit("3,400 metres"), summit("11,000 feet"))
    assert statuses[frozenset(("3,400 metres", "11,000 feet"))] == "compatible"


def test_zeros_count_among_the_swapped_digits() -> None:
    assert slipped_slots._slipped(310, 301)
    assert slipped_slots._slipped(4080, 4800)
    assert not slipped_slots._slipped(310, 131)


def units(text: str) -> list[str | None]:
    context = ExtractionContext(published=START.date())
    return [f.value.unit for f in extract_figures(text, context)]  # type: ignore[union-attr]


def test_pounds_over_a_span_of_time_are_money() -> None:
    assert units("The cap means a typical Marrowby household will be about forty pounds a year better off.") == ["GBP"]
    assert units("Members would save thirty pounds on every ticket, the club said.") == ["GBP"]


def test_millions_of_pounds_in_words_are_money_unless_of_something() -> None:
    assert units("The Marrowby trust will put sixty-two million pounds into the harbour wall.") == ["GBP"]
    assert units("Growers in Marrowby lifted three million pounds of onions this year.") == ["lb"]


def test_pounds_of_something_stay_a_weight() -> None:
    assert units("The bakery in Marrowby sells forty pounds of flour a week.") == ["lb"]
    assert units("The prize marrow weighed thirty pounds at the Marrowby show.") == ["lb"]

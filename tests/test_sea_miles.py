"""A distance in plain miles told at sea may be in nautical miles (consistency/checks/sea_miles.py): "some 30 miles
off the cape" and "about 55 km off the cape" are one distance. The sentences are invented: a trawler lost off Cwydmoor.
"""

from __future__ import annotations

import pytest

from consistency.checks.sea_miles import at_sea_in_nautical_miles, told_at_sea
from consistency.model import Fact, Quantity
from consistency.values import quantity_relation


def _fact(sentence: str, figure: str, value: Quantity) -> Fact:
    start = sentence.index(figure)
    return Fact(
        id=figure, article_id="a", kind="figure", text=figure, start=start, end=start + len(figure),
        sentence=sentence, sentence_start=0, sentence_end=len(sentence), value=value,
    )


_MILES = Quantity(30, 30, unit="mi")
_KM = Quantity(56, 56, unit="km")


@pytest.mark.parametrize(
    ("sentence", "at_sea"),
    [
        pytest.param("The trawler sank 30 miles off Cwydmoor.", True, id="a-vessel"),
        pytest.param("Rescuers searched 30 miles off the coast.", True, id="off-the-coast"),
        pytest.param("The convoy drove 30 miles to Cwydmoor.", False, id="on-land"),
    ],
)
def test_told_at_sea_reads_the_sentence(sentence: str, at_sea: bool) -> None:
    assert told_at_sea(_fact(sentence, "30 miles", _MILES)) is at_sea


def test_miles_at_sea_are_read_as_nautical_miles() -> None:
    miles = _fact("The trawler sank 30 miles off Cwydmoor.", "30 miles", _MILES)
    km = _fact("Divers reached the wreck 56 km out.", "56 km", _KM)
    assert quantity_relation(_MILES, _KM, written_reach=True) == "disjoint"  # (30 statute miles is 48 km)
    read = at_sea_in_nautical_miles(miles, _MILES, km, _KM)
    assert read is not None and read[0].unit == "nmi"
    assert quantity_relation(*read, written_reach=True) != "disjoint"


def test_miles_on_land_stay_statute_miles() -> None:
    miles = _fact("The convoy drove 30 miles to Cwydmoor.", "30 miles", _MILES)
    km = _fact("It drove 56 km in all.", "56 km", _KM)
    assert at_sea_in_nautical_miles(miles, _MILES, km, _KM) is None


def test_two_figures_in_miles_are_left_alone() -> None:
    miles = _fact("The trawler sank 30 miles off Cwydmoor.", "30 miles", _MILES)
    assert at_sea_in_nautical_miles(miles, _MILES, miles, _MILES) is None

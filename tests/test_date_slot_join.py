"""Two outlets that date one happening in words no vocabulary ties ("her boat left port", "she began rowing
from the port") have their days in two slots of disjoint outlets; the fitted model weighs them whole, and a
join at its date threshold puts the two days in one slot, where their disagreement shows. A date of another
happening, months away, stays in its own slot."""

from __future__ import annotations

import datetime as dt

from tests.slot_findings import pair_statuses, run_one_event

_FINISH = {
    "a": "WEXFORTH - A rower from Wexforth finished a solo crossing of the Queltmar Sea on Saturday. Her boat left "
         "port on 6 June.",
    "c": "A solo rower reached Wexforth on Saturday after crossing the Queltmar Sea.",
}
_PUBLISHED = dt.datetime(2052, 7, 15, 20)


def test_two_outlets_days_of_one_departure_told_in_other_words_are_compared() -> None:
    statuses = pair_statuses(run_one_event({
        **_FINISH,
        "b": "The Wexforth rower's crossing of the Queltmar Sea ended on Saturday. She began rowing from the port on "
             "3 June.",
    }, _PUBLISHED), "date")
    assert statuses[("a:Saturday", "b:Saturday")] == "agree"
    assert statuses.get(("a:6 June", "b:3 June")) == "conflict", statuses


def test_a_day_months_away_of_another_happening_stays_apart() -> None:
    statuses = pair_statuses(run_one_event({
        **_FINISH,
        "b": "The Wexforth rower's crossing of the Queltmar Sea ended on Saturday. She began training in the port on "
             "3 March.",
    }, _PUBLISHED), "date")
    assert statuses[("a:Saturday", "b:Saturday")] == "agree"
    assert not any("b:3 March" in pair for pair in statuses), statuses

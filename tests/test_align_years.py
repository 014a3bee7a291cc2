"""A year two outlets give is one claim's year, whatever words each outlet dates it with
(consistency/align.py, ``_join_years``).

The articles are invented: a mountain hut on the Quorvik ridge reopened after a rebuild, and a ferry
terminal whose second phase is planned.
"""

from __future__ import annotations

import datetime as dt

from tests.slot_findings import finding_statuses, run_one_event

DAY = dt.date(2047, 5, 20)


def date_findings(bodies: dict[str, str]) -> dict[tuple[str, ...], str]:
    """Each date finding's facts (as "article:text", sorted) and its status."""
    return finding_statuses(run_one_event(bodies, DAY), "date")

HUT = {
    "a": "The Quorvik mountain hut, built in 1968, reopened on Saturday after a two-year rebuild, the alpine club said.",
    # no happening word dates its year: "since" only says how long the hut has stood
    "b": "Climbers returned to the Quorvik hut on Saturday. The hut has stood on the ridge since 1986 and was rebuilt "
         "over two years.",
    "c": "The alpine club reopened its Quorvik hut on Saturday after two years of work. The hut first opened in 1968.",
}


def test_a_past_year_with_its_digits_swapped_is_the_same_claim_under_other_words() -> None:
    found = date_findings(HUT)
    assert found[("a:1968", "b:1986", "c:1968")] == "conflict"


def test_a_past_year_that_shares_no_digits_with_the_others_stays_apart() -> None:
    # 1994 is another year of the hut's past (a renovation), not a slip for 1968
    found = date_findings({**HUT, "b": HUT["b"].replace("since 1986", "since its renovation in 1994")})
    assert found[("a:1968", "c:1968")] == "agree"
    assert not any("b:1994" in facts and len(facts) > 1 for facts in found)


def test_a_year_to_come_with_its_digits_swapped_is_the_same_claim() -> None:
    found = date_findings({
        "a": "Skelda's new ferry terminal opened on Monday. Its second phase is due in 2053, the port said.",
        "b": "The first ferries docked at Skelda's new terminal on Monday. A second phase should follow by 2035.",
        "c": "Skelda opened its ferry terminal on Monday; the port plans to add a second phase in 2053.",
    })
    assert found[("a:2053", "b:2035", "c:2053")] == "conflict"


def test_a_year_counted_back_from_the_day_of_writing_is_that_year() -> None:
    # published in 2047: "61 years ago" is 1986, as exact as a year written out, and two digits swapped from
    # the others' 1968 ("last year" is said of too many things to join)
    found = date_findings({**HUT, "b": "Climbers returned to the Quorvik hut on Saturday. The hut was first opened "
                                       "on the ridge 61 years ago and was rebuilt over two years."})
    assert found[("a:1968", "b:61 years ago", "c:1968")] == "conflict"


def test_a_month_of_another_year_is_that_years_claim() -> None:
    # a month or day in a year other than the story's is a deadline or a date of the past: its year is the
    # claim, and "March 2035" against "2053" is two digits swapped
    found = date_findings({
        "a": "Skelda's new ferry terminal opened on Monday. Its second phase is due in 2053, the port said.",
        "b": "The first ferries docked at Skelda's new terminal on Monday. A second phase should follow by March 2035.",
        "c": "Skelda opened its ferry terminal on Monday; the port plans to add a second phase in 2053.",
    })
    assert found[("a:2053", "b:March 2035", "c:2053")] == "conflict"




def test_a_year_counted_back_in_centuries_is_that_year_too() -> None:
    # published in 2047: "a century ago" is 1947, two digits swapped from the others' 1974
    found = date_findings({**HUT, "a": HUT["a"].replace("1968", "1974"), "c": HUT["c"].replace("1968", "1974"),
                           "b": "Climbers returned to the Quorvik hut on Saturday. The hut was first opened on the "
                                "ridge a century ago and was rebuilt over two years."})
    assert found[("a:1974", "b:a century ago", "c:1974")] == "conflict"

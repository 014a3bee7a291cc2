"""One quotation credited to a body and to the person who heads it, under other words than the body's own
(consistency/checks/comparisons.py): the chair of "the Ruvivopin Communications Authority" beside "the regulator" (a body
of the credited one's kind, whatever inner word of its name reads as a company's); a chief over a trade ("chief
scientist", "chief judge") beside the body she works in; "the excavation's director" beside one "who leads the
excavation". And the other way: a post another named body owns ("Brennock Power's chief executive") is no voice
of "the regulator", and a body tied by name to both of two people credited with one quotation joins neither.

The articles and names are invented.
"""

from __future__ import annotations

import datetime as dt

from consistency.checks.comparisons import _owner_named_apart, _written_as_name
from consistency.roles import without_a_chiefs_trade
from tests.slot_findings import pair_statuses, run_one_event

DAY = dt.datetime(2061, 4, 14, 18)

_LEADS = (
    "# Ruvivopin orders backup batteries for phone masts\n\nOstervale's telecoms regulator on Monday ordered mobile "
    "operators to fit six hours of backup power at every mast before winter. ",
    "# Masts must run through blackouts, regulator rules\n\nPhone masts in Ruvivopin will need batteries lasting six "
    "hours, the telecoms regulator ruled on Monday after a winter of outages. ",
    "# Six-hour rule for Ruvivopin masts\n\nOperators in Ruvivopin have until winter to give every mast six hours of "
    "backup power under an order issued on Monday. ",
)
_QUOTE = "\"A mast that dies with the mains is no use to anyone in a storm,\""


def _statuses(*credits: str) -> dict[tuple[str, ...], str]:
    articles = {
        key: f"{lead}{_QUOTE} {credit}. Operators say the work will take a year."
        for key, lead, credit in zip("abc", _LEADS, credits, strict=False)
    }
    return pair_statuses(run_one_event(articles, DAY), "attribution")


def _between(pairs: dict[tuple[str, ...], str], x: str, y: str) -> set[str]:
    return {
        status for key, status in pairs.items()
        if any(k.startswith(f"{x}:") for k in key) and any(k.startswith(f"{y}:") for k in key)
    }


def test_the_chair_of_a_named_authority_speaks_for_the_regulator() -> None:
    pairs = _statuses("the regulator said", "said Gasabebul Crome, chair of the Ruvivopin Communications Authority")
    assert _between(pairs, "a", "b") and "conflict" not in _between(pairs, "a", "b")


def test_a_chief_over_a_trade_speaks_for_the_body_she_works_in() -> None:
    pairs = _statuses("the consortium said on its website", "chief scientist Maud Lovitapat said")
    assert _between(pairs, "a", "b") and "conflict" not in _between(pairs, "a", "b")


def test_a_chiefs_trade_places_her_in_no_body_but_a_body_word_does() -> None:
    assert without_a_chiefs_trade(frozenset({"chief", "scientist"})) == frozenset({"chief"})
    assert without_a_chiefs_trade(frozenset({"chief", "judge"})) == frozenset({"chief"})
    assert without_a_chiefs_trade(frozenset({"police", "chief"})) == frozenset({"police", "chief"})
    assert without_a_chiefs_trade(frozenset({"scientist"})) == frozenset({"scientist"})  # (no chief written)


def test_a_post_owned_by_another_named_body_is_no_voice_of_the_body() -> None:
    text = "\"We will pay,\" said Oren Vask, Brennock Power's chief executive."
    assert _owner_named_apart("power", "regulator", text)
    assert not _owner_named_apart("regulator", "regulator", text)  # ("the regulator's chief")
    assert not _owner_named_apart("its", "regulator", text)
    assert not _owner_named_apart("trust", "charity", "the Sazawat Trust's chair")  # (a trust may be the charity)


def test_the_excavations_director_is_who_leads_the_excavation() -> None:
    articles = {
        "a": "# Mosaic floor found under car park\n\nArchaeologists in Lotapalor have uncovered a mosaic floor under a "
             f"car park. {_QUOTE} said Dr Gelizin Kuvuzogur, who leads the excavation. The site opens to visitors in May.",
        "b": "# Lotapalor car park hides Roman floor\n\nA Roman floor has turned up beneath a Lotapalor car park. "
             f"{_QUOTE} the excavation's director said. The site opens to visitors in May.",
    }
    statuses = set(pair_statuses(run_one_event(articles, DAY), "attribution").values())
    assert statuses and "conflict" not in statuses


def test_a_body_tied_to_both_of_two_speakers_joins_neither() -> None:
    leads = {
        "a": "# Pension fund sells its coal shares\n\nThe Harl Valley pension fund will sell all its coal shares by June. ",
        "b": "# Harl Valley fund quits coal\n\nTeachers' pensions in Harl Valley will no longer hold coal, after the fund "
             "voted on Monday to sell its shares in the industry. ",
        "c": "# Fund to dump coal holdings\n\nHARL VALLEY, April 14 - The region's largest pension fund said on Monday it "
             "would sell its coal shares, worth 900 million crowns. ",
        "d": "# Coal out of Harl Valley pensions\n\nThe Harl Valley pension fund is selling every coal share it owns, "
             "a decision its board took on Monday by eight votes to four. ",
    }
    credits = {
        "a": "the fund said in a note to its members",
        "b": "said the fund's chairman, Nufegi Lepikiril",
        "c": "chief investment officer Rizuwa Vonoru-Odum said",
        "d": "the fund's investment chief, Rizuwa Vonoru-Odum, said",
    }
    articles = {key: f"{leads[key]}{_QUOTE} {credit}. Members were told on Tuesday." for key, credit in credits.items()}
    pairs = pair_statuses(run_one_event(articles, DAY), "attribution")
    assert "conflict" in _between(pairs, "b", "c")  # (one quotation, two people)
    # (the fund's statement is either person's: an outlet crediting it contradicts neither)
    assert "conflict" not in _between(pairs, "a", "b") | _between(pairs, "a", "c")


def test_a_name_after_a_long_title_is_a_persons() -> None:
    assert _written_as_name("Fire and Rescue Commissioner Talia Kirubinar")
    assert not _written_as_name("Fire and Rescue Service")
    pairs = _statuses("Chief Inspector Basamo Wademil said", "said Fire and Rescue Commissioner Talia Kirubinar")
    assert "conflict" in _between(pairs, "a", "b")  # (one quotation, two people)

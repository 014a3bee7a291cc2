"""Two amounts one outlet tells more roughly than the other: a bare "dollars" rounded against the story's own dollar
written by its code ("31 million dollars" beside "A$31.4m": read in one currency and rounded,
``comparisons._rounded_amounts``), and a cap told with its rate's denominator left unsaid ("no more than 4 grams"
beside "4 grams per 100 grams": ``comparisons._denominator_left_unsaid``).
Invented: the Snevbury toy shop's vouchers and the Hulvrecht salt limit."""

from __future__ import annotations

import datetime as dt

from tests.slot_findings import pair_statuses, run_one_event

_VOUCHERS = {
    "a": "SYDNEY - Customers of the collapsed Snevbury toy chain hold vouchers worth A$31.4m that may never be "
         "honoured, its administrators in Australia said on Tuesday.",
    "b": "Shoppers hold Snevbury vouchers worth 31 million dollars that may never be honoured, the administrators "
         "of the collapsed Australian toy chain said on Tuesday.",
}


def test_a_bare_dollar_amount_rounded_from_the_local_code_is_no_conflict() -> None:
    statuses = pair_statuses(run_one_event(_VOUCHERS, dt.datetime(2063, 2, 5, 18)), "figure")
    assert statuses and all(status != "conflict" for status in statuses.values()), statuses


def test_a_bare_dollar_amount_far_from_the_local_code_still_conflicts() -> None:
    texts = dict(_VOUCHERS, b=_VOUCHERS["b"].replace("31 million", "38 million"))
    statuses = pair_statuses(run_one_event(texts, dt.datetime(2063, 2, 5, 18)), "figure")
    assert any(status == "conflict" for status in statuses.values()), statuses


_SALT = {
    "a": "OSTREVIN - Packaged bread sold in Hulvrecht may contain no more than 4 grams of salt from January, the "
         "health ministry said on Monday.",
    "b": "The health ministry in Hulvrecht on Monday capped salt in packaged bread at 4 grams per 100 grams from "
         "January.",
}


def test_a_cap_with_its_denominator_left_unsaid_is_the_rate() -> None:
    statuses = pair_statuses(run_one_event(_SALT, dt.datetime(2063, 2, 5, 18)), "figure")
    assert statuses and all(status != "conflict" for status in statuses.values()), statuses


def test_a_cap_with_another_number_than_the_rate_still_conflicts() -> None:
    texts = dict(_SALT, a=_SALT["a"].replace("no more than 4 grams", "no more than 6 grams"))
    statuses = pair_statuses(run_one_event(texts, dt.datetime(2063, 2, 5, 18)), "figure")
    assert any(status == "conflict" for status in statuses.values()), statuses

"""A pay rise and a robbery's haul measure a decision or a theft once, as a plant's job cuts do
(``GroupingOptions.identifying``, ``identifying_apart``): this year's 6.1 percent rise of a country's
minimum wage is not last year's 3.5 percent one, announced by the same minister in the same words on
the same weekday a year less a day before; the 2.6 million taken from a bank's vault is not the 450,000
taken there the year before. Not between groups dated within days of each other (``identifying_apart``):
there one report errs, a discrepancy to show. Invented reports; every name is made up."""

from __future__ import annotations

import datetime as dt

from tests.test_group import OTHER, event_of, group, make

D = dt.date

# Velantia's labour minister Oda Strand announces a 6.1 percent rise of the minimum wage, Thursday,
# January 13, 2033; she announced a 3.5 percent rise on Thursday, January 14, 2032.
WAGE = [
    ("Velantia lifts minimum wage by 6.1 percent",
     "Velantia's government will raise the minimum wage by 6.1 percent from July 1, labour minister Oda "
     "Strand said on Thursday. About 240,000 workers will get the rise, the ministry said."),
    ("Minimum wage rise falls short, unions say",
     "Unions said the government's 6.1 percent rise in the minimum wage, announced by labour minister Oda "
     "Strand on Thursday, fell short of rising rents in Velantia's cities."),
]
WAGE_BEFORE = ("Velantia lifts minimum wage by 3.5 percent",
               "Velantia's government will raise the minimum wage by 3.5 percent from July 1, labour minister "
               "Oda Strand said on Thursday. About 230,000 workers will get the rise, the ministry said.")

# Robbers empty the vault of the Corsey Savings branch in Lindmoor, Saturday, March 5, 2033; robbers took
# 450,000 from the same vault on Saturday, February 20, 2032.
VAULT = [
    ("Robbers empty Corsey Savings vault in Lindmoor",
     "Robbers who tunnelled into the vault of the Corsey Savings branch in Lindmoor stole $2.6 million in "
     "cash on Saturday, police chief Ansel Vik said. No one was hurt."),
    ("$2.6 million taken in Lindmoor bank raid",
     "Thieves made off with $2.6 million from the Corsey Savings vault in Lindmoor on Saturday after "
     "tunnelling in from a shop next door, police chief Ansel Vik said."),
]
VAULT_BEFORE = ("Robbers hit Corsey Savings vault in Lindmoor",
                "Robbers who broke into the vault of the Corsey Savings branch in Lindmoor stole $450,000 in "
                "cash on Saturday, police chief Ansel Vik said. No one was hurt.")


def corpus(reports: list[tuple[str, str]], day: dt.date, before: tuple[str, str], before_day: dt.date | None) -> list:
    return [
        make(1, "Capital Courier", day, reports[0]),
        make(2, "Wire desk", day, reports[1]),
        make(3, "Archive desk", before_day, before),
        *(make(4 + n, "Harbor Post", day, s) for n, s in enumerate(OTHER)),
    ]


def test_last_years_smaller_pay_rise_is_another_event() -> None:
    events = group(corpus(WAGE, D(2033, 1, 13), WAGE_BEFORE, D(2032, 1, 14)))
    assert event_of(events, "a3") == {"a3"}
    assert event_of(events, "a1") == {"a1", "a2"}


def test_an_undated_report_of_last_years_haul_is_another_event() -> None:
    events = group(corpus(VAULT, D(2033, 3, 5), VAULT_BEFORE, None))
    assert event_of(events, "a3") == {"a3"}
    assert event_of(events, "a1") == {"a1", "a2"}


def test_one_days_reports_giving_two_rises_stay_one_event() -> None:
    # (The same day: one report errs, a discrepancy to show, not another event.)
    events = group(corpus(WAGE, D(2033, 1, 13), WAGE_BEFORE, D(2033, 1, 13)))
    assert event_of(events, "a1") == {"a1", "a2", "a3"}

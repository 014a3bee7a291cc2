"""A span of a year or more told in months looks back as a span of years does (``recollections._MONTHS_BACK``,
``GroupingOptions.months_years_back``).

- Police arrest the owner of a ticket agency, Quellstone Tours, that sold fake festival passes; a background
  piece on such frauds recalls that the owner of another agency "was fined in Tolvany sixteen months ago". The
  report of that fine, sixteen months before, is the earlier happening the piece recalls, not a report of the
  arrest, and the piece stays with the arrest's reports rather than drawing the fine to them.
- Under twelve months a span is a follow-up's distance, not a year: "five months ago" recalls nothing.

Every name, place and figure is made up."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions, _lead_end
from consistency.recollections import recollections
from tests.test_group import OTHER, event_of, group, make

D = dt.date

QUELLSTONE = [
    ("Ticket agency owner held over fake festival passes",
     "MARVELLE (Wire) - Police arrested Dunstan Orrick, owner of the Quellstone Tours agency, at his home in "
     "Marvelle on Friday, accusing him of selling 2,700 fake passes to the Harrowgate summer festival, "
     "prosecutors said."),
    ("Fans queue to report fake passes",
     "Hundreds of fans who bought festival passes from Quellstone Tours queued at Marvelle police station on "
     "Saturday, a day after its owner Dunstan Orrick was arrested."),
    ("How ticket frauds fleece music fans",
     "Fake passes are printed on real card stock with a copied hologram and sold cheaply weeks before a festival "
     "opens. Buyers find out only at the gate. The Brackwater Events agency, whose owner was fined in Tolvany "
     "sixteen months ago, worked the same trick."),
]
BRACKWATER = ("Brackwater Events owner fined over fake passes",
              "A court in Tolvany fined Osric Penhale, owner of the Brackwater Events agency, 40,000 crowns on "
              "Wednesday for selling fake passes to 1,900 fans of a Tolvany rock festival.")


def _corpus() -> list:
    return [
        make(0, "Wire", D(2071, 9, 12), QUELLSTONE[0]),
        make(1, "City Paper", D(2071, 9, 13), QUELLSTONE[1]),
        make(2, "Weekend Review", D(2071, 9, 14), QUELLSTONE[2]),
        make(3, "Tolvany Courier", D(2070, 5, 20), BRACKWATER),
        *(make(4 + n, "Harbor Post", D(2071, 9, 10), s) for n, s in enumerate(OTHER)),
    ]


def test_a_piece_recalling_a_fine_sixteen_months_back_stays_with_the_arrest() -> None:
    events = group(_corpus())
    assert event_of(events, "a3") == {"a3"}
    assert {"a0", "a1", "a2"} <= event_of(events, "a0")


def test_without_the_rule_the_fine_the_piece_recalls_joins_it() -> None:
    events = group(_corpus(), GroupingOptions(months_years_back=False))
    assert {"a2", "a3"} <= event_of(events, "a3")


def test_a_span_of_sixteen_months_looks_back_and_one_of_five_does_not() -> None:
    text = QUELLSTONE[2][0] + "\n\n" + QUELLSTONE[2][1]
    recalled, own, _ = recollections(text, _lead_end(text, 2), 2071, months_years_back=True)
    assert {"fined", "^tolvan"} <= recalled
    assert "months" not in recalled  # (the span says when, not what)
    assert not recollections(text, _lead_end(text, 2), 2071)[0]  # (off: nothing looks back)
    shorter = text.replace("sixteen months", "five months")
    assert not recollections(shorter, _lead_end(shorter, 2), 2071, months_years_back=True)[0]


def test_a_leading_span_of_months_recalls_its_clause() -> None:
    text = ("Gates shut again at Pellory weir\n\nEighteen months after a jammed gate flooded 40 cellars in Pellory, "
            "the new gates failed on Monday and water reached the town square.")
    recalled, own, _ = recollections(text, _lead_end(text, 2), 2071, months_years_back=True)
    assert {"jammed", "40", "cellar"} <= recalled
    assert {"square", "failed"} <= own

"""Number words say how many, not what: two reports that share a figure and the word that gives it ("for four
months") and nothing else are alike by that figure alone, as two reports alike by a town's name alone are
(``GroupingOptions.what_floor``). Every name and sentence is made up."""

from __future__ import annotations

import datetime as dt

from tests.test_group import event_of, group, make

D = dt.date

REHEARSAL = (D(2041, 3, 8), (
    "Surgeons rehearsed rare operation on models",
    "The team at Tollard Hospital rehearsed the operation for four months on printed models, lead surgeon "
    "Imra Castell said.",
))
VOYAGE = (D(2041, 2, 2), (
    "Research ship back in port",
    "The research ship Kestelby returned to Varrow harbour on Wednesday after four months at sea.",
))
OTHER = [
    (D(2041, 3, 1), ("Market hall reopens", "The market hall in Dunmarsh reopened on Saturday after repairs.")),
    (D(2041, 2, 20), ("Ferry timetable changes", "The Olm ferry will sail twice a day from next week.")),
]


def test_reports_alike_by_a_counted_span_alone_are_two_events() -> None:
    corpus = [make(0, "Health Desk", *REHEARSAL), make(1, "Harbour News", *VOYAGE)]
    corpus += [make(10 + n, "Local", day, story) for n, (day, story) in enumerate(OTHER)]
    assert event_of(group(corpus), "a0") == {"a0"}

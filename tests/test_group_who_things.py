"""What a happening is about, when it is a thing with a name: a drug suspended, a ship aground.

- An undated report that a medicines board suspended "the migraine drug Feltrin" on a Tuesday is not one of the
  reports that it suspended "the heart drug Corvalax" on a Tuesday, though both are told in the same words: each
  lead names a thing of one noun (a drug), and neither side writes the other's name
  (``protagonists.lead_things``, weighed as people in one role: ``GroupingOptions.who_factor``).
- A noun is read before a name only after an article or a possessive, and not a verb ("a quake struck Napa"),
  a person's role ("the singer Ilse Varga": ``lead_names`` reads those) or a plural or third-person form.

Every name and sentence is made up."""

from __future__ import annotations

import datetime as dt

from consistency.protagonists import lead_things
from tests.test_group import OTHER, event_of, group, make

D = dt.date

# The Medicines Board of Ostervel suspends the heart drug Corvalax over kidney harm, Tuesday, June 4, 2047; it
# suspended the migraine drug Feltrin on a Tuesday two years before (told with no date).
CORVALAX = [
    ("Heart drug Corvalax suspended over kidney fears",
     "OSTERVEL (Wire) - The Medicines Board suspended the heart drug Corvalax on Tuesday after reports of kidney "
     "damage in 41 patients, the board said. Doctors were told to switch patients to older medicines."),
    ("Patients told not to stop Corvalax abruptly",
     "Cardiologists urged the 90,000 people taking Corvalax on Tuesday not to stop without advice, after the "
     "Medicines Board halted its sale."),
]
FELTRIN = ("Migraine drug Feltrin suspended",
           "The Medicines Board suspended the migraine drug Feltrin on Tuesday after reports of liver damage in "
           "patients, the board said. Doctors were told to switch patients to older medicines.")


def _corpus() -> list:
    return [
        make(0, "Outlet 0", D(2047, 6, 4), CORVALAX[0]),
        make(1, "Outlet 1", D(2047, 6, 4), CORVALAX[1]),
        make(2, "Archive desk", None, FELTRIN),
        *(make(3 + n, "Harbor Post", D(2047, 6, 1), s) for n, s in enumerate(OTHER)),
    ]


def test_an_undated_suspension_of_another_drug_is_another_event() -> None:
    events = group(_corpus())
    assert event_of(events, "a2") == {"a2"}
    assert event_of(events, "a0") == {"a0", "a1"}


def _things(text: str) -> frozenset:
    return lead_things(text, len(text))


def test_a_thing_is_named_after_its_noun() -> None:
    assert _things(CORVALAX[0][0] + "\n\n" + CORVALAX[0][1]) == {("drug", ("corvalax",))}
    assert _things("Tanker aground\n\nThe oil tanker Yeldra Star ran aground off Sarnby on Monday.") == {
        ("tanker", ("yeldra", "star"))
    }
    # Not a verb, a person's role or a plural before the name.
    assert _things("Quake hits Sarnby\n\nA strong quake struck Sarnby on Monday, the agency said.") == frozenset()
    assert _things("Star weds\n\nThe singer Ilse Varga married on Monday in Sarnby.") == frozenset()
    assert _things("Quake\n\nThe quake hits Sarnby and the tremors Velk.") == frozenset()

"""A warning is not the happening it warns of: an undated report whose headline and first sentence only foretell.

- An undated report that a ferry company "has warned that its night crossing could end" is not one of the dated
  reports that the crossing ended on Thursday, though both name the company, the crossing and the island: it
  foretells (a word that warns, plans, proposes or urges, and no day) and the others report
  (``happening.foretells``, ``GroupingOptions.foretold_factor``).
- A follow-up that weighs what comes of a happening it names as known ("the closure could cost", "the ban") or
  that dates itself ("said on Friday it plans to appeal") reports, and stays with its event.

Every name and sentence is made up."""

from __future__ import annotations

import datetime as dt

from consistency.happening import foretells
from tests.test_group import OTHER, event_of, group, make

D = dt.date

# Maudling Ferries ends its night crossing from Aldhaven to the island of Corsby, Thursday, March 8, 2046; a
# report told with no date that it had warned the crossing could end.
ENDED = [
    ("Maudling Ferries ends Corsby night crossing after 52 years",
     "ALDHAVEN (Wire) - Maudling Ferries ran its last night crossing from Aldhaven to Corsby on Thursday, ending a "
     "service that began in 1994, after the island council stopped paying towards its costs, the company said."),
    ("Last night boat leaves Aldhaven for Corsby",
     "The last Maudling Ferries night boat to Corsby left Aldhaven on Thursday with 38 passengers aboard, and "
     "islanders on the quay said the Corsby council had let the crossing die."),
]
WARNED = ("Maudling Ferries warns Corsby night crossing could end",
          "Maudling Ferries has warned that its night crossing from Aldhaven to Corsby could end unless the "
          "island council keeps paying towards its costs, the company said.")


def _corpus() -> list:
    return [
        make(0, "Outlet 0", D(2046, 3, 8), ENDED[0]),
        make(1, "Outlet 1", D(2046, 3, 8), ENDED[1]),
        make(2, "Archive desk", None, WARNED),
        *(make(3 + n, "Harbor Post", D(2046, 3, 5), s) for n, s in enumerate(OTHER)),
    ]


def test_an_undated_warning_is_not_the_happening_it_warns_of() -> None:
    events = group(_corpus())
    assert event_of(events, "a2") == {"a2"}
    assert event_of(events, "a0") == {"a0", "a1"}


CUES = frozenset({"closure", "ban", "fire"})


def test_a_lead_that_only_warns_plans_or_proposes_foretells() -> None:
    assert foretells(WARNED[0] + "\n\n" + WARNED[1], CUES)
    # ("could" and "may" alone are not enough: real reports of a happening days ahead weigh it so.)
    assert foretells("Council plans to shut Tilbeck baths\n\nThe council wants to shut the Tilbeck baths within two "
                     "years to save money.", CUES)
    assert foretells("Board proposes ban on night flights\n\nThe airport board has proposed banning night flights "
                     "at Welby.", CUES)


def test_a_lead_that_reports_does_not_foretell() -> None:
    # No word that foretells.
    assert not foretells(ENDED[0][0] + "\n\n" + ENDED[0][1], CUES)
    # A day: the report of a statement made then.
    assert not foretells("Maudling to appeal\n\nMaudling Ferries said on Friday it plans to appeal.", CUES)
    assert not foretells("Maudling may appeal\n\nMaudling Ferries said yesterday it wants to appeal.", CUES)
    # A happening named as known: a follow-up weighing what comes of it.
    assert not foretells("Islanders fear for jobs\n\nIslanders warned that the closure could cost 40 jobs.", CUES)
    assert not foretells("Growers to fight ban\n\nGrowers urged a court to lift its ban.", CUES)

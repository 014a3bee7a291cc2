"""Who a happening is about, when a report of the one recalls the other's protagonist.

- An undated report that "Trumond Felsk, president of the Kaltavia Rowing Federation," was banned by an ethics
  panel is not one of the reports of his successor's ban four years later, though one of them recalls that
  "his predecessor Trumond Felsk" was banned too: a name written only in a sentence that recalls another
  happening (``protagonists.unrecalled``) is that happening's, so each lead still names a person in one role
  whom the other side writes nowhere else (``GroupingOptions.who_factor``).
- "Name, president of the body," gives the person the role of president (``protagonists.lead_names``).

Every name and sentence is made up."""

from __future__ import annotations

import datetime as dt

from consistency.group import _lead_end
from consistency.protagonists import lead_names, name_words, unrecalled
from tests.test_group import OTHER, event_of, group, make

D = dt.date

# The ethics panel of the Continental Rowing Union bans Ivo Pastrek, president of the Kaltavia Rowing Federation,
# Thursday, March 14, 2047; his predecessor Trumond Felsk was banned four years before (told with no date).
PASTREK = [
    ("Kaltavia rowing chief banned for six years",
     "ORSENFELD (Wire) - The ethics panel of the Continental Rowing Union on Thursday banned Ivo Pastrek, president "
     "of the Kaltavia Rowing Federation, from the sport for six years for taking money from a boat builder."),
    ("Pastrek to fight ban",
     "Ivo Pastrek said on Thursday he would appeal against his six-year ban from rowing, calling the ethics "
     "panel's inquiry a witch hunt."),
    ("Second Kaltavia rowing president in four years falls",
     "Pastrek is the second Kaltavia president in four years to be banned, after his predecessor Trumond Felsk was "
     "suspended by the same panel. His deputy will run the federation until an election."),
]
FELSK = ("Kaltavia rowing federation president banned",
         "Trumond Felsk, president of the Kaltavia Rowing Federation, was banned from the sport for eight years by "
         "the Continental Rowing Union's ethics panel on Thursday for fixing the vote on a sponsorship deal.")


def _corpus() -> list:
    return [
        *(make(n, f"Outlet {n}", D(2047, 3, 14), story) for n, story in enumerate(PASTREK)),
        make(3, "Archive desk", None, FELSK),
        *(make(4 + n, "Harbor Post", D(2047, 3, 11), s) for n, s in enumerate(OTHER)),
    ]


def test_an_undated_ban_of_the_predecessor_recalled_by_one_report_is_another_event() -> None:
    events = group(_corpus())
    assert event_of(events, "a3") == {"a3"}
    assert event_of(events, "a0") == {"a0", "a1", "a2"}


def test_a_name_written_only_where_another_happening_is_recalled_is_not_written() -> None:
    text = PASTREK[2][0] + "\n\n" + PASTREK[2][1]
    assert "felsk" in name_words(text)
    assert "felsk" not in name_words(unrecalled(text))
    assert "kalta" in name_words(unrecalled(text))  # (the headline recalls nothing; stems: a name's first letters)


def test_a_role_of_a_body_opening_an_aside_is_the_persons_role() -> None:
    text = FELSK[0] + "\n\n" + FELSK[1]
    assert lead_names(text, _lead_end(text, 3)) == {("president", ("trumond", "felsk"))}

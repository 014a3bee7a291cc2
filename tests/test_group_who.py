"""Who a happening is about: the death of one former prime minister against another's, in one city, on one
weekday.

- An undated report that "Marit Hollvang, the country's first woman prime minister," died in Sarnowa on a Friday
  is not one of the reports that "former prime minister Jonas Tell" died there on a Friday: each lead names a
  person in one role, and neither side names the other's person anywhere
  (``GroupingOptions.who_factor``, ``protagonists.lead_names``).
- A follow-up that names another person in that role (the sitting prime minister who announced the funeral)
  stays with the story: it names the first report's person too.
- Two reports dated to one day, each leading with another of one crash's two drivers, stay one event.
- Only the first person of a lead with a role counts, and only a person's role: "lawyer" before a second name,
  or a verb or a preposition before a place ("near Brodmere"), says nothing of who.

Every name and sentence is made up."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions, _lead_end
from consistency.protagonists import lead_names, name_words, others_in_role
from tests.test_group import event_of, group, make

D = dt.date

TELL = [
    ("Former prime minister Jonas Tell dies at 88",
     "SARNOWA (Wire) - Jonas Tell, who led the Vesterland government through two recessions, died on Friday at his "
     "home in Sarnowa aged 88, his family said. Parliament will observe a minute's silence."),
    ("Vesterland mourns Tell, the great coalition builder",
     "Flags were lowered across Vesterland after the death of former prime minister Jonas Tell, who held three "
     "coalitions together in the 2010s."),
    ("Funeral date set for Jonas Tell",
     "Prime Minister Elin Tarvesk said on Saturday that a state funeral for Jonas Tell would be held in Sarnowa "
     "cathedral, a day after the former leader died."),
]
OSTERBY = ("Marit Hollvang, Vesterland's first woman prime minister, dies aged 81",
           "Marit Hollvang, who served one term as prime minister of Vesterland, died in a Sarnowa hospital on Friday "
           "aged 81, her office said. Parliament will observe a minute's silence.")

DAY = D(2047, 10, 4)


def _corpus(hollvang: dt.date | None) -> list:
    return [
        make(0, "Outlet 0", DAY, TELL[0]),
        make(1, "Outlet 1", DAY, TELL[1]),
        make(2, "Outlet 2", DAY + dt.timedelta(days=1), TELL[2]),
        make(3, "Outlet 3", hollvang, OSTERBY),
    ]


def _lead(story: tuple[str, str]) -> frozenset[tuple[str, tuple[str, ...]]]:
    text = story[0] + "\n\n" + story[1]
    return lead_names(text, _lead_end(text, 3))


def test_another_person_in_the_role_is_another_event() -> None:
    events = group(_corpus(None))
    assert event_of(events, "a3") == {"a3"}
    assert event_of(events, "a0") == {"a0", "a1", "a2"}
    # Without the rule the undated report's words join it to the story.
    assert "a3" in event_of(group(_corpus(None), GroupingOptions(who_factor=1.0)), "a0")


def test_the_first_person_of_a_lead_in_a_role() -> None:
    assert _lead(TELL[0]) == {("minister", ("jonas", "tell"))}
    assert _lead(OSTERBY) == {("minister", ("marit", "hollvang"))}
    # The follow-up leads with the sitting prime minister: a person in the role, but it names Jonas Tell too.
    assert _lead(TELL[2]) == {("prime", ("elin", "tarvesk")), ("minister", ("elin", "tarvesk"))}
    follow_up = TELL[2][0] + "\n\n" + TELL[2][1]
    first = TELL[0][0] + "\n\n" + TELL[0][1]
    assert not others_in_role(_lead(TELL[2]), name_words(follow_up), _lead(TELL[0]), name_words(first))
    hollvang = OSTERBY[0] + "\n\n" + OSTERBY[1]
    assert others_in_role(_lead(TELL[0]), name_words(first), _lead(OSTERBY), name_words(hollvang))


def test_no_person_without_a_persons_role() -> None:
    # A verb or a preposition before a place, and a capitalised nationality, are no roles.
    assert _lead(("Quake shakes Brodmere Valley", "A quake shook Brodmere Valley near Lake Tarrin on Monday.")) == set()
    # (A winner is a role of its own, ``tests/test_group_winner.py``: these run the sprint.)
    assert _lead(("Gold for Ostrovian Ola Brun", "Ostrovian Ola Brun ran the sprint on Sunday.")) == set()
    assert _lead(("Gold for Ola Brun", "Ostrovian coach Ola Brun ran the sprint on Sunday.")) == {
        ("coach", ("ola", "brun"))
    }
    # Only the first person of the lead: the lawyer named after her is not whom the report is about.
    assert _lead(("Singer Ada Lorne enters rehab, hires lawyer Tom Pike",
                  "Singer Ada Lorne entered a clinic on Monday, her new lawyer Tom Pike said.")) == {
        ("singer", ("ada", "lorne"))
    }


def test_a_role_opening_the_sentence_and_ranks_as_one_role() -> None:
    # A capital opening the sentence says nothing of a name: "Cyclist" is the person's role there.
    assert _lead(("Halm banned for four years", "Cyclist Nils Halm was banned for four years on Tuesday.")) == {
        ("cyclist", ("nils", "halm"))
    }
    # A colonel and a major who led two coups are officers both.
    assert _lead(("Coup fails in Varenna", "A coup led by Colonel Ari Stam failed on Friday.")) == {
        ("officer", ("ari", "stam"))
    }
    assert _lead(("Rebels seize radio", "Officers led by Major Eno Kade seized the radio station on Friday.")) == {
        ("officer", ("eno", "kade"))
    }


# One crash at a level crossing, told the same day by two outlets, each leading with another of its two drivers.
CROSSING = [
    ("Lorry driver killed as train hits truck at Mossend crossing",
     "Lorry driver Kaspar Welde was killed on Monday when a passenger train hit his truck on the level crossing "
     "at Mossend, police said. Eleven train passengers were taken to hospital with minor injuries."),
    ("Commuters hurt in Mossend crash",
     "Train driver Irma Sundqvist was among a dozen people hurt on Monday when her commuter service ploughed into a "
     "truck stuck on the Mossend crossing. The lorry's driver died at the scene."),
]


def test_two_people_in_one_role_on_one_day_stay_one_event() -> None:
    # Two drivers of one crash, one outlet naming each: dated to one day, a report naming another person in the
    # role is no other happening (nor is it a discrepancy to hide: the checks compare what each report says).
    day = D(2047, 2, 3)
    events = group([make(0, "Outlet 0", day, CROSSING[0]), make(1, "Outlet 1", day, CROSSING[1])])
    assert event_of(events, "a0") == {"a0", "a1"}

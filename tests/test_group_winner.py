"""Who won: the winner a lead names is a role (``protagonists.lead_names``), so an undated report that "Oskar
Adrast won the Quorlen Open" is not one of the reports that "Lena Marsk won the Quorlen Open" a year later, in the
same hall, on the same weekday (``GroupingOptions.who_factor``). Every name and sentence is made up."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions, _lead_end
from consistency.model import Article
from consistency.protagonists import lead_names
from tests.test_group import event_of, group, make

MARSK = [
    ("Marsk takes Quorlen Open title",
     "Lena Marsk won the Quorlen Open chess tournament on Sunday, drawing her last game in the Harbour Hall to "
     "finish half a point clear of the field, the organisers said."),
    ("Quorlen Open ends with a quiet draw",
     "The final round of the Quorlen Open at the Harbour Hall ended on Sunday with a short draw that settled the "
     "tournament, organisers said. Prize money totalled 40,000 crowns."),
    ("Quorlen champion Marsk to play at the Nordic finals",
     "Lena Marsk, who won the Quorlen Open on Sunday, will play at the Nordic finals in March, her club said on "
     "Monday."),
]
ADRAST = ("Adrast wins Quorlen Open on tie-break",
        "Oskar Adrast won the Quorlen Open chess tournament on Sunday on tie-break after drawing his last game in the "
        "Harbour Hall, the organisers said. Prize money totalled 35,000 crowns.")

DAY = dt.date(2034, 11, 12)


def _corpus() -> list[Article]:
    return [
        make(0, "Outlet 0", DAY, MARSK[0]),
        make(1, "Outlet 1", DAY, MARSK[1]),
        make(2, "Outlet 2", DAY + dt.timedelta(days=1), MARSK[2]),
        make(3, "Outlet 3", None, ADRAST),
    ]


def test_the_winner_a_lead_names_is_a_role() -> None:
    text = ADRAST[0] + "\n\n" + ADRAST[1]
    assert lead_names(text, _lead_end(text, 3)) == {("winner", ("oskar", "adrast"))}
    text = MARSK[0][0] + "\n\n" + MARSK[0][1]
    assert ("winner", ("lena", "marsk")) in lead_names(text, _lead_end(text, 3))


def test_another_winner_is_another_event() -> None:
    events = group(_corpus())
    assert event_of(events, "a3") == {"a3"}
    assert event_of(events, "a0") == {"a0", "a1", "a2"}
    # Without the who rule the undated report's words join it to the tournament.
    assert "a3" in event_of(group(_corpus(), GroupingOptions(who_factor=1.0)), "a0")

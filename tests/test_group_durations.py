"""A span of time is figure evidence only in its unit (``group._figure_bag``): keyed by the number alone,
one event's "repairs will last for about 3 months" met another's "searched for 3 hours" as one figure, and
reports of several events told from one template (a wire's house style) became one event. In base units
"two weeks" still meets "14 days". Invented reports; every name is made up."""

from __future__ import annotations

import datetime as dt

from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.group import _figure_bag
from consistency.model import Article
from tests.test_group import event_of, group

# Five invented accidents, each told by six outlets in one wire's words: the place, the kind, the
# official, the source, the toll. Each event's repairs last its own number of months, and each outlet's
# rescuers searched a number of hours that runs over the same small numbers.
EVENTS = (
    ("Ostermark", "tunnel collapse", "Lene Haraldsen", "the roads agency", 7),
    ("Brenvik", "depot fire", "Aksel Morrow", "the Brenvik fire service", 3),
    ("Tolvany", "barge sinking", "Ruta Kessling", "the river police", 22),
    ("Hammerdal", "quarry blast", "Iver Stoltz", "the mines inspectorate", 5),
    ("Selvaag", "levee breach", "Dagny Ferro", "the flood board", 14),
)
OUTLETS = ("North Ledger", "Bay Courier", "Inland Wire", "Coast Herald", "Valley Post", "City Daily")


def report(event: int, outlet: int) -> Article:
    place, what, person, source, toll = EVENTS[event]
    title = f"{what.capitalize()} in {place} leaves {toll} dead"
    body = (
        f"At least {toll} people died in the {what} in {place} on June 9, {source} said.\n"
        f"{person}, who leads the inquiry, said on Tuesday that repairs would cost $2.{event} million "
        f"and last for about {event + 2} months.\n"
        f"Rescue teams from {place} searched for {outlet + 3} hours before the {what} site was closed.\n"
    )
    return Article(
        id=f"e{event}o{outlet}", path=f"e{event}o{outlet}.md", outlet=OUTLETS[outlet],
        body=title + "\n\n" + body, published=dt.date(2032, 6, 10),
    )


def test_months_of_one_event_do_not_meet_hours_of_another() -> None:
    events = group([report(e, o) for e in range(len(EVENTS)) for o in range(len(OUTLETS))])
    for e in range(len(EVENTS)):
        assert event_of(events, f"e{e}o0") == {f"e{e}o{o}" for o in range(len(OUTLETS))}


def test_a_span_is_keyed_in_its_base_unit() -> None:
    def bag(text: str) -> dict[str, float]:
        article = Article(id="a", path="a.md", outlet="O", body=text, published=dt.date(2032, 6, 10))
        found, _ = extract_facts(article, id_prefix="a:")
        return _figure_bag(frame_facts(article, found))

    assert bag("The strike lasted two weeks.").keys() == bag("The strike lasted 14 days.").keys()
    assert bag("Rescuers searched for 3 hours.").keys().isdisjoint(bag("The strike lasted for 3 months.").keys())

"""Kinds of counted things: nouns outlets use for one count ("24 scientists", "42 researchers"; "9,200
workers", "just under three thousand people"; "4,500 posts", "6,000 jobs").

A count no measure names is keyed by its noun, so two outlets that count one thing under two nouns never
meet. These kinds are the nouns news uses interchangeably for one count; a general word ("people",
"vehicles") may stand for one kind of its family. The table is data: a noun belongs to one kind, and a noun
it does not list stays its own.
"""

from __future__ import annotations

from consistency.text import stem

_KINDS: dict[str, str] = {
    # people at work
    "worker": "staff", "employee": "staff", "staff": "staff", "personnel": "staff", "workforce": "staff",
    # people who study
    "scientist": "scholars", "researcher": "scholars", "academic": "scholars", "expert": "scholars",
    # people who watch or visit
    "theatregoer": "audience", "spectator": "audience", "viewer": "audience", "visitor": "audience",
    "attendee": "audience", "fan": "audience", "concertgoer": "audience", "moviegoer": "audience",
    # people who travel
    "passenger": "travellers", "traveller": "travellers", "traveler": "travellers", "commuter": "travellers",
    "rider": "travellers",
    # jobs
    "job": "jobs", "post": "jobs", "position": "jobs", "role": "jobs",
    # road vehicles, each its own kind: "12 lorries" and "21 cars" on one ferry are two counts
    "car": "cars", "van": "vans", "lorry": "lorries", "truck": "lorries", "bus": "buses", "coach": "buses",
}
# General words, and the kinds each may stand for: "some 3,000 people" for the one kind of person an event's
# counts name, "18,000 vehicles" for its one kind of vehicle; beside two such kinds they say neither.
GENERAL: dict[str, frozenset[str]] = {
    "people": frozenset({"staff", "scholars", "audience", "travellers"}),
    "vehicles": frozenset({"cars", "vans", "lorries", "buses"}),
}
_GENERAL_WORDS = {"people": "people", "person": "people", "vehicle": "vehicles"}


def kind_of(noun: str) -> str | None:
    """The kind a counted noun (as written or stemmed) belongs to, or the general word's name ("people",
    "vehicles"); None for a noun the table does not list."""
    word = stem(noun.lower())
    return _GENERAL_WORDS.get(word) or _KINDS.get(word)

"""Kinds of counted things: nouns outlets use for one count ("24 scientists", "42 researchers"; "9,200
workers", "just under three thousand people"; "4,500 posts", "6,000 jobs").

A count no measure names is keyed by its noun, so two outlets that count one thing under two nouns never
meet. These kinds are the nouns news uses interchangeably for one count; a general word ("people",
"vehicles", "birds") may stand for one kind of its family. The table is data: a noun belongs to one kind, and
a noun it does not list stays its own. A noun joins a kind only when it almost never means anything else in a
counted figure: not "outlets" (shops, or media), "lights" (street lamps, or traffic lights), "officers"
(prison, police, company), "artists" (extras, or performers).
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
    # a building's floors, an air force's or airline's aircraft, a parliament's members
    "storey": "floors", "story": "floors", "floor": "floors", "level": "floors",
    "jet": "aircraft", "plane": "aircraft", "aircraft": "aircraft", "airliner": "aircraft",
    "mp": "lawmakers", "lawmaker": "lawmakers", "legislator": "lawmakers", "deputy": "lawmakers",
    "senator": "lawmakers", "councillor": "lawmakers", "councilor": "lawmakers",
    # a retailer's shops, a town's street lamps, a fleet's boats, a tug's two names
    "store": "shops", "shop": "shops",
    "streetlight": "streetlamps", "streetlamp": "streetlamps", "lamppost": "streetlamps", "luminaire": "streetlamps",
    "lamp": "streetlamps",
    "boat": "vessels", "vessel": "vessels", "ship": "vessels",
    "tug": "tugs", "tugboat": "tugs",
    # homes, however the count names them
    "home": "homes", "household": "homes", "dwelling": "homes", "house": "homes", "flat": "homes",
    "apartment": "homes",
    # a utility's or network's customers
    "customer": "customers", "subscriber": "customers",
    # people held, people who took, people in uniform, people at school, people who protest
    "prisoner": "prisoners", "inmate": "prisoners", "convict": "prisoners",
    "robber": "robbers", "thief": "robbers", "thieve": "robbers", "burglar": "robbers", "raider": "robbers",
    "hostage": "hostages", "captive": "hostages",
    "soldier": "troops", "troop": "troops",
    "sailor": "sailors", "seaman": "sailors", "seamen": "sailors", "mariner": "sailors",
    "student": "students", "pupil": "students", "schoolchild": "students", "schoolchildren": "students",
    "protester": "protesters", "protestor": "protesters", "demonstrator": "protesters",
    "resident": "residents", "inhabitant": "residents",
    # the countries a count names as nations ("from nine nations", "in nine countries")
    "country": "countries", "nation": "countries",
    # the young, however a count names them; the firms or groups that bid, counted by their bids; people who write
    "youngster": "child", "kid": "child", "youth": "child", "minor": "child",
    "bid": "bids", "bidder": "bids",
    "writer": "authors", "author": "authors",
    # chickens under their names; "birds" may stand for them
    "chicken": "chickens", "hen": "chickens", "broiler": "chickens",
}
# People a count may name by what they were doing or are: each its own kind, for "people" to stand for when
# an event's counts name no other kind of person ("Nine skiers" beside "Eight people").
_PERSONS = frozenset(
    "skier climber hiker miner diver swimmer runner cyclist student pupil child patient resident tourist pilgrim "
    "soldier prisoner inmate migrant refugee voter protester demonstrator villager farmer fisherman survivor "
    "driver pilot crew sailor bather".split()
)
_KINDS.update({word: word for word in _PERSONS if word not in _KINDS})
_KINDS.update({"mps": "lawmakers", "children": "child", "crews": "crew"})  # (plurals the stemmer keeps)
# General words, and the kinds each may stand for: "some 3,000 people" for the one kind of person an event's
# counts name, "18,000 vehicles" for its one kind of vehicle; beside two such kinds they say neither.
GENERAL: dict[str, frozenset[str]] = {
    "people": frozenset({
        "staff", "scholars", "audience", "travellers", "prisoners", "robbers", "hostages", "troops", "sailors",
        "students", "protesters", "residents", *_PERSONS,
    }),
    "vehicles": frozenset({"cars", "vans", "lorries", "buses"}),
    "birds": frozenset({"chickens"}),
}
_GENERAL_WORDS = {"people": "people", "person": "people", "vehicle": "vehicles", "bird": "birds"}


def kind_of(noun: str) -> str | None:
    """The kind a counted noun (as written or stemmed) belongs to, or the general word's name ("people",
    "vehicles"); None for a noun the table does not list."""
    word = stem(noun.lower())
    return _GENERAL_WORDS.get(word) or _KINDS.get(word)


# Groups counted as part of a wider one: a count of passengers leaves out the crew that "everyone on board"
# takes in. Only groups that are always a strict part of the wider nouns listed: "people", "occupants" on a
# plane or ship are passengers and crew; "passengers" are never the crew.
PART_OF: dict[str, frozenset[str]] = {
    "passenger": frozenset({"people", "occupant", "soul", "person"}),
    "crew": frozenset({"people", "occupant", "soul", "person"}),
    # an airport's departures and arrivals are each a part of its flights
    "departure": frozenset({"flight"}),
    "arrival": frozenset({"flight"}),
}


def part_of(part: str, whole: str) -> bool:
    """Whether a count of ``part`` (a counted noun, as written) counts a strict part of what one of ``whole``
    counts: "186 passengers" against "192 people on board"."""
    wider = PART_OF.get(stem(part.lower()))
    return wider is not None and stem(whole.lower()) in wider

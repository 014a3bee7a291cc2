"""A fourth set of invented look-alikes, written before the grouping changes of issue 7's dated
look-alike round and never tuned on: the check reported at the end of that round. The kinds are the
held-out ones (a vote on an earlier reading of the same bill, the first round of the same election, a
quake in the same place years earlier, short reports that share a town's name) and two of another make
(a dock strike at the same port a year earlier, an earlier fire at the same factory). The reports of an
event often recall the earlier stage in their background, as real ones do. Every name, place and figure
is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``FOURTH_KINDS`` is read by the same count.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- Quelland's National Council adopts the Tenancy Bill, Tuesday, June 13, 2034; first reading Jan 24 ---

TENANCY_FINAL: list[Dated] = [
    (D(2034, 6, 13), (
        "Quelland caps rents as tenancy law is adopted",
        "VARNHOLD, Quelland -- Quelland's National Council adopted the Tenancy Bill on Tuesday by 141 "
        "votes to 118, capping yearly rent rises at 3 percent in the capital. Housing Minister Teodor "
        "Blasko said the law would protect 400,000 renting households.",
    )),
    (D(2034, 6, 14), (
        "Landlords threaten court case over Quelland rent cap",
        "The landlords' association of Quelland said on Wednesday it would challenge the rent cap in the "
        "supreme court, a day after the National Council gave the Tenancy Bill its final approval, "
        "141-118. The bill had cleared its first reading in January.",
    )),
    (D(2034, 6, 13), (
        "Renters celebrate in Varnhold",
        "Hundreds of tenants gathered outside parliament in Varnhold on Tuesday evening after deputies "
        "passed the rent cap into law. Minister Teodor Blasko thanked the tenants' unions.",
    )),
]
TENANCY_FIRST_READING: list[Dated] = [
    (D(2034, 1, 24), (
        "Quelland rent cap clears first hurdle",
        "VARNHOLD, Quelland -- Deputies in Quelland's National Council backed the Tenancy Bill at its "
        "first reading on Tuesday, 129 to 122, a first step towards capping rent rises in the capital. "
        "Housing Minister Teodor Blasko said amendments would be welcome.",
    )),
    (D(2034, 1, 25), (
        "Landlords warn after Quelland vote on rents",
        "Quelland's landlords' association warned on Wednesday that the rent cap approved by deputies "
        "the day before would drive owners out of the market. Minister Teodor Blasko said the bill would "
        "return to the National Council for a final vote in the summer.",
    )),
    (D(2034, 1, 24), (
        "Tenants cheer narrow vote in Varnhold",
        "Tenants outside the parliament in Varnhold cheered on Tuesday as the Tenancy Bill passed its "
        "first reading by seven votes. Minister Teodor Blasko called it a good start.",
    )),
]

# --- Calvenia's presidential run-off, Sunday, October 22, 2034; the first round on October 8 ----------

CALVENIA_RUNOFF: list[Dated] = [
    (D(2034, 10, 23), (
        "Malvin wins Calvenian presidency",
        "TORDESA, Calvenia -- Petra Malvin won Calvenia's presidential run-off on Sunday with 51.9 percent "
        "of the vote, narrowly beating Dorian Keszt, the national electoral office said on Monday.",
    )),
    (D(2034, 10, 22), (
        "Keszt concedes, Malvin to lead Calvenia",
        "Dorian Keszt conceded late on Sunday that he had lost the second round of Calvenia's presidential "
        "election to Petra Malvin. \"I wish her well,\" he told supporters in Tordesa.",
    )),
    (D(2034, 10, 24), (
        "Markets rise after Calvenia vote",
        "Calvenian bonds rallied on Tuesday after Petra Malvin's victory in Sunday's decisive round. Malvin, "
        "who came first two weeks earlier as well, promised to keep the central bank independent.",
    )),
]
CALVENIA_FIRST_ROUND: list[Dated] = [
    (D(2034, 10, 9), (
        "Calvenia heads for run-off between Malvin and Keszt",
        "TORDESA, Calvenia -- Petra Malvin and Dorian Keszt will meet in a second round on October 22 "
        "after neither won half the votes in Calvenia's presidential election on Sunday, the national "
        "electoral office said. Malvin had 38.2 percent and Keszt 33.5 percent.",
    )),
    (D(2034, 10, 8), (
        "Malvin ahead in Calvenian vote",
        "Petra Malvin took the lead in Calvenia's presidential election on Sunday, with Dorian Keszt "
        "close behind, early results from the electoral office in Tordesa showed.",
    )),
]

# --- a quake near Vostra on Thursday, August 3, 2034; another there on Wednesday, May 20, 2026 -------

VOSTRA_2034: list[Dated] = [
    (D(2034, 8, 3), (
        "Deadly quake strikes Vostra",
        "VOSTRA, Ketheria -- A magnitude 6.1 earthquake hit the hill town of Vostra on Thursday, killing "
        "at least nine people and toppling the clock tower, Ketheria's civil protection agency said.",
    )),
    (D(2034, 8, 4), (
        "Rescuers dig through rubble in Ketheria",
        "Rescue teams searched collapsed houses in Vostra on Friday, a day after an earthquake of "
        "magnitude 6.1 killed at least 12 people. The town was last struck in 2026.",
    )),
    (D(2034, 8, 3), (
        "Vostra clock tower falls in earthquake",
        "The medieval clock tower of Vostra collapsed when a strong earthquake shook the Ketheria hills on "
        "Thursday morning, the civil protection agency said.",
    )),
]
VOSTRA_2026: list[Dated] = [
    (D(2026, 5, 20), (
        "Earthquake shakes Vostra",
        "VOSTRA, Ketheria -- A magnitude 5.3 earthquake struck the hill town of Vostra on Wednesday, "
        "cracking the clock tower and injuring 11 people, Ketheria's civil protection agency said.",
    )),
    (D(2026, 5, 21), (
        "Ketheria hill towns count quake damage",
        "Engineers inspected the clock tower in Vostra on Thursday after Wednesday's earthquake hurt 11 "
        "people across the Ketheria hills, the civil protection agency said.",
    )),
]

# --- short reports sharing a town's name (Fennick) ------------------------------------------------------

FENNICK_WATER: list[Dated] = [
    (D(2034, 3, 7), (
        "Burst main leaves Fennick without water",
        "Thousands of homes in Fennick were left without tap water on Tuesday after a main burst under "
        "the high street, the water company said. Tankers are handing out bottled water.",
    )),
    (D(2034, 3, 8), (
        "Fennick taps run dry",
        "The water company said on Wednesday that supplies to Fennick would be back by the weekend after "
        "Tuesday's burst main flooded the high street.",
    )),
]
FENNICK_UNRELATED: list[Dated] = [
    (D(2034, 3, 8), (
        "Fennick rowing club wins regatta",
        "Fennick rowing club won the eights at the spring regatta on Wednesday, its first title in a "
        "decade, the club said.",
    )),
    (D(2034, 3, 6), (
        "Supermarket plan for Fennick approved",
        "Fennick's planning board approved a new supermarket on the edge of town on Monday, the council "
        "said. Building starts in the autumn.",
    )),
]

# --- a dock strike at the port of Garrowby, from Monday, October 2, 2034; one there a year earlier ----

GARROWBY_2034: list[Dated] = [
    (D(2034, 10, 2), (
        "Dockers strike at Garrowby over pay",
        "Dock workers at the port of Garrowby walked out on Monday in a dispute over pay, leaving 14 "
        "container ships waiting offshore, the port authority said. The dockers' union wants a 9 percent "
        "rise.",
    )),
    (D(2034, 10, 3), (
        "Ships queue as Garrowby strike enters second day",
        "The strike at Garrowby port went into a second day on Tuesday with no talks planned, the "
        "dockers' union said. It is the second stoppage at the port in a year.",
    )),
]
GARROWBY_2033: list[Dated] = [
    (D(2033, 9, 26), (
        "Garrowby dockers walk out",
        "Dock workers at the port of Garrowby began a strike over shift patterns on Monday, halting "
        "container traffic, the dockers' union said. Eight ships were waiting to unload.",
    )),
]

# --- a fire at the Somarra chemical works in Tellhaven, March 2034; an earlier one there in 2032 ---------

SOMARRA_2034: list[Dated] = [
    (D(2034, 3, 19), (
        "Blaze at Tellhaven chemical plant",
        "A fire broke out at the Somarra chemical works in Tellhaven on Sunday, sending black smoke over "
        "the town and forcing the evacuation of 600 homes, the fire brigade said.",
    )),
    (D(2034, 3, 20), (
        "Tellhaven residents return home after plant fire",
        "Residents evacuated during Sunday's fire at the Somarra works in Tellhaven were allowed home on "
        "Monday. The plant also burned two years ago.",
    )),
]
SOMARRA_2032: list[Dated] = [
    (D(2032, 11, 6), (
        "Fire at Somarra works in Tellhaven",
        "Firefighters put out a blaze at the Somarra chemical works in Tellhaven on Saturday. Two workers "
        "were treated for smoke, the fire brigade said.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2034, 5, 17), (
        "Parliament of Estrava passes forestry law",
        "Estrava's parliament passed a forestry law on Wednesday by 90 votes to 64, Agriculture Minister "
        "Lio Marck said.",
    )),
    (D(2034, 9, 10), (
        "Quake felt in Arvelo",
        "A magnitude 4.6 earthquake was felt in Arvelo on Sunday. No damage was reported, the seismic "
        "institute said.",
    )),
    (D(2034, 4, 30), (
        "Ulmen elects regional assembly",
        "Voters in Ulmen elected a regional assembly on Sunday. Turnout was 58 percent, the election office "
        "said.",
    )),
    (D(2034, 7, 12), (
        "Rail workers strike in Pellago",
        "Rail workers in Pellago began a 24-hour strike on Wednesday over staffing, the union said.",
    )),
    (D(2034, 2, 2), (
        "Warehouse fire in Dunmore",
        "A fire destroyed a furniture warehouse in Dunmore on Thursday night, the fire brigade said. No one "
        "was hurt.",
    )),
]

FOURTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "tenancy": (TENANCY_FINAL, TENANCY_FIRST_READING),
    "calvenia": (CALVENIA_RUNOFF, CALVENIA_FIRST_ROUND),
    "vostra": (VOSTRA_2034, VOSTRA_2026),
    "fennick": (FENNICK_WATER, FENNICK_UNRELATED),
    "garrowby": (GARROWBY_2034, GARROWBY_2033),
    "somarra": (SOMARRA_2034, SOMARRA_2032),
}

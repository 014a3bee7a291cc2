"""A third set of invented look-alikes, written before the rules of issue 7's last round were changed and
never tuned on: a check of those rules on wordings they were not fitted to. The kinds are the held-out
ones (a vote on an earlier reading of the same bill, the first round of the same election, a quake in the
same place years earlier, short reports that share a town's name) and two more of the same make (a final
between the same two clubs a year earlier, a flood in the same river town two springs earlier). Every
name, place and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``FRESH_KINDS`` is read by the same count.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- the Tarsk Chamber's final vote on the Pension Reform Bill, Thursday, September 18, 2031 ---------

PENSION_FINAL: list[Dated] = [
    (D(2031, 9, 18), (
        "Tarsk raises retirement age after final vote",
        "OSTRAVEL, Tarsk -- The Tarsk Chamber gave final approval on Thursday to the Pension Reform Bill, "
        "raising the retirement age to 66 by 212 votes to 167. Labour Minister Idra Faln said the change "
        "would keep the state pension fund solvent until 2050.",
    )),
    (D(2031, 9, 18), (
        "Pension overhaul becomes law in Tarsk",
        "Deputies in Tarsk passed the pension overhaul at its third reading on Thursday, 212-167, after "
        "unions staged a last day of strikes outside the Chamber in Ostravel.",
    )),
    (D(2031, 9, 19), (
        "Unions vow to fight on after pension vote",
        "Tarsk's unions said on Friday they would challenge the pension law in court, a day after the "
        "Chamber adopted it with 212 votes for and 167 against. Minister Idra Faln called for calm.",
    )),
]
PENSION_FIRST_READING: list[Dated] = [
    (D(2031, 4, 9), (
        "Tarsk deputies back pension bill at first reading",
        "OSTRAVEL, Tarsk -- The Tarsk Chamber backed the Pension Reform Bill at its first reading on "
        "Wednesday by 190 votes to 181, a narrow win for Labour Minister Idra Faln, who wants to raise the "
        "retirement age to 67.",
    )),
    (D(2031, 4, 9), (
        "Pension plan survives first test",
        "The government's plan to make Tarsk's workers retire later cleared the Chamber in Ostravel on "
        "Wednesday. Minister Idra Faln said she was open to changes before the final vote.",
    )),
    (D(2031, 4, 10), (
        "Strikes spread after pension vote",
        "Rail and port workers in Tarsk walked out on Thursday, a day after deputies in Ostravel backed "
        "the pension bill, the unions said. Minister Idra Faln said the strikes would not change her mind.",
    )),
]

# --- Orvane's presidential run-off, Sunday, May 11, 2031; the first round on April 27 -----------------

ORVANE_RUNOFF: list[Dated] = [
    (D(2031, 5, 12), (
        "Dassin wins Orvane presidency",
        "MERRIN, Orvane -- Mirel Dassin won Orvane's presidential run-off on Sunday with 53.4 percent of "
        "the vote, beating the governor of the coast province, Casimir Hollt, the election commission said.",
    )),
    (D(2031, 5, 12), (
        "Orvane elects Dassin",
        "Voters in Orvane elected Mirel Dassin as their president on Sunday. Casimir Hollt, who took 46.6 "
        "percent, conceded in Merrin late in the evening.",
    )),
    (D(2031, 5, 13), (
        "Orvane's president-elect names her team",
        "Mirel Dassin, who won Sunday's second round of Orvane's presidential election, named a former "
        "central banker as her chief of staff on Tuesday. Casimir Hollt said he would lead the opposition.",
    )),
]
ORVANE_FIRST_ROUND: list[Dated] = [
    (D(2031, 4, 28), (
        "Dassin and Hollt go through in Orvane",
        "MERRIN, Orvane -- Mirel Dassin and Casimir Hollt will meet in a run-off on May 11 after neither "
        "won a majority in Orvane's presidential election on Sunday, the election commission said. Dassin "
        "had 34.9 percent and Hollt 29.7 percent.",
    )),
    (D(2031, 4, 28), (
        "Orvane vote: Dassin first, Hollt second",
        "Mirel Dassin led Orvane's presidential vote on Sunday with 34.9 percent, ahead of Casimir Hollt "
        "with 29.7 percent, the election commission in Merrin said.",
    )),
]

# --- a quake near Selvo on Saturday, January 17, 2032; another there on Monday, March 4, 2024 --------

SELVO_2032: list[Dated] = [
    (D(2032, 1, 17), (
        "Strong quake kills 14 near Selvo",
        "SELVO, Marrak -- A magnitude 6.4 earthquake struck near the lake town of Selvo on Saturday "
        "morning, killing at least 14 people and bringing down the market hall, Governor Aren Voss said.",
    )),
    (D(2032, 1, 17), (
        "Marrak quake: market hall collapses",
        "The market hall in Selvo collapsed when a 6.4-magnitude earthquake shook Marrak's lake district on "
        "Saturday. Rescuers pulled survivors from the rubble, Governor Aren Voss said.",
    )),
    (D(2032, 1, 18), (
        "Selvo mourns its dead",
        "Hundreds attended funerals in Selvo on Sunday for victims of Saturday's earthquake, which killed "
        "at least 19 people. Governor Aren Voss promised to rebuild the market hall within a year.",
    )),
]
SELVO_2024: list[Dated] = [
    (D(2024, 3, 4), (
        "Quake damages Selvo church",
        "SELVO, Marrak -- A magnitude 5.2 earthquake struck near the lake town of Selvo on Monday, "
        "cracking the bell tower of its church and injuring six people, Governor Aren Voss said.",
    )),
    (D(2024, 3, 4), (
        "Tremor shakes Marrak lake district",
        "An earthquake shook Marrak's lake district on Monday evening. Six people in Selvo were hurt by "
        "falling masonry, Governor Aren Voss said.",
    )),
]

# --- short reports sharing a town's name (Oskarvik) ---------------------------------------------------

OSKARVIK_BRIDGE: list[Dated] = [
    (D(2031, 2, 11), (
        "Oskarvik bridge closed after crack found",
        "The road bridge into Oskarvik was closed on Tuesday after engineers found a crack in one of its "
        "piers, the roads agency said. Drivers face a 20 km detour.",
    )),
    (D(2031, 2, 12), (
        "Detour for Oskarvik drivers",
        "Drivers heading to Oskarvik must take a long detour after the town's bridge was shut on Tuesday "
        "because of a cracked pier, the roads agency said.",
    )),
]
OSKARVIK_UNRELATED: list[Dated] = [
    (D(2031, 2, 12), (
        "Oskarvik school gets new head",
        "Oskarvik's secondary school has appointed Dana Lurie as its head teacher, the town council said "
        "on Wednesday. She starts after the spring holiday.",
    )),
    (D(2031, 2, 10), (
        "Herring festival returns to Oskarvik",
        "The herring festival will return to Oskarvik harbour this summer after a two-year break, its "
        "organisers said on Monday.",
    )),
]

# --- the Cup final between Ferrow United and Lisk Athletic, Saturday, May 24, 2031; last year's -------

CUP_2031: list[Dated] = [
    (D(2031, 5, 24), (
        "Ferrow beat Lisk to lift the Cup",
        "Ferrow United won the Norland Cup on Saturday, beating Lisk Athletic 3-1 in the final at the "
        "national stadium. Striker Ivo Bram scored twice.",
    )),
    (D(2031, 5, 25), (
        "Bram double wins Cup for Ferrow",
        "Two goals from Ivo Bram gave Ferrow United a 3-1 win over Lisk Athletic in Saturday's Cup final. "
        "Lisk manager Olaf Renk said his side had been second best.",
    )),
]
CUP_2030: list[Dated] = [
    (D(2030, 5, 18), (
        "Lisk edge Ferrow in Cup final",
        "Lisk Athletic won the Norland Cup on Saturday, beating Ferrow United 2-1 in the final at the "
        "national stadium. Manager Olaf Renk called it the best day of his career.",
    )),
]

# --- floods in the river town of Hemmel, April 2031; others there in April 2029 -----------------------

HEMMEL_2031: list[Dated] = [
    (D(2031, 4, 7), (
        "River Asker floods Hemmel",
        "The River Asker burst its banks at Hemmel on Monday, flooding 300 homes and forcing the town to "
        "evacuate its hospital, Mayor Lotte Grev said.",
    )),
    (D(2031, 4, 8), (
        "Hemmel begins clean-up as waters fall",
        "Residents of Hemmel began pumping out their cellars on Tuesday after Monday's flood, which "
        "reached 300 homes. Mayor Lotte Grev said the hospital would reopen within a week.",
    )),
]
HEMMEL_2029: list[Dated] = [
    (D(2029, 4, 21), (
        "Floods hit Hemmel again",
        "The River Asker flooded parts of Hemmel on Saturday for the second time in a decade, reaching 120 "
        "homes near the old mill, Mayor Lotte Grev said.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2031, 6, 3), (
        "Lindmark parliament approves budget",
        "Lindmark's parliament approved next year's budget on Tuesday by 88 votes to 71, Finance Minister "
        "Jon Aske said.",
    )),
    (D(2031, 8, 9), (
        "Quake rattles Puerto Alba",
        "A magnitude 4.8 earthquake rattled Puerto Alba on Saturday. No one was hurt, the seismic office "
        "said.",
    )),
    (D(2031, 3, 16), (
        "Tavria holds local elections",
        "Voters in Tavria chose new regional councils on Sunday. Turnout was 51 percent, the central "
        "election commission said.",
    )),
    (D(2031, 10, 2), (
        "Storm cuts power on Morsk",
        "A storm cut power to 4,000 homes on the island of Morsk on Thursday, the grid operator said.",
    )),
]

FRESH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "pension": (PENSION_FINAL, PENSION_FIRST_READING),
    "orvane": (ORVANE_RUNOFF, ORVANE_FIRST_ROUND),
    "selvo": (SELVO_2032, SELVO_2024),
    "oskarvik": (OSKARVIK_BRIDGE, OSKARVIK_UNRELATED),
    "cup": (CUP_2031, CUP_2030),
    "hemmel": (HEMMEL_2031, HEMMEL_2029),
}

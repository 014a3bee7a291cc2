"""A fifth set of invented look-alikes, written before the grouping changes of issue 7's fifth round and
never tuned on: the check reported before and after that round. The kinds: a second vote on an amended
bill against the first vote on it, an election's run-off against its first round, an aftershock and an
earlier quake in the same region, a strike at the same company in different years, a storm hitting the
same coast two years apart, and short reports that share nothing but a town's name. As on the wires, the
later event's reports often recall the earlier one in their background. Every name, place and figure is
made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``FIFTH_KINDS`` is read by the same count.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- Marrenland's Assembly passes the amended Fisheries Bill, Thursday, November 15, 2035; first vote July 5 --

FISHERIES_SECOND: list[Dated] = [
    (D(2035, 11, 15), (
        "Marrenland Assembly passes amended fisheries law",
        "OSTERGAL, Marrenland -- Marrenland's Assembly passed the amended Coastal Fisheries Bill on "
        "Thursday by 88 votes to 71, after the Senate sent it back in September with tighter quotas for "
        "trawlers. Fisheries Minister Ottilie Brannagh said the law would take effect in March. The "
        "Assembly first approved the bill in July.",
    )),
    (D(2035, 11, 16), (
        "Trawler owners vow to fight Marrenland quota law",
        "Trawler owners in Marrenland said on Friday they would take the new fisheries law to court, a day "
        "after the Assembly voted 88-71 to adopt the Senate's amendments. The first version, passed in "
        "July, had set no limit on deep-water catches.",
    )),
    (D(2035, 11, 15), (
        "Small fishers welcome Ostergal vote",
        "Inshore fishers cheered outside the Assembly in Ostergal on Thursday as lawmakers gave final "
        "approval to the Coastal Fisheries Bill in its amended form. Minister Ottilie Brannagh called the "
        "second vote a fair compromise.",
    )),
]
FISHERIES_FIRST: list[Dated] = [
    (D(2035, 7, 5), (
        "Marrenland Assembly backs fisheries bill",
        "OSTERGAL, Marrenland -- Marrenland's Assembly approved the Coastal Fisheries Bill on Thursday by "
        "93 votes to 66, sending it to the Senate. Fisheries Minister Ottilie Brannagh said the bill would "
        "protect inshore fishing grounds.",
    )),
    (D(2035, 7, 6), (
        "Fisheries bill heads to Marrenland Senate",
        "The Coastal Fisheries Bill, passed by the Assembly in Ostergal on Thursday, now goes to the Senate, "
        "where trawler owners hope to win changes. Minister Ottilie Brannagh said she was open to "
        "amendments.",
    )),
]

# --- Taluna's governor run-off, Sunday, May 13, 2035; the first round on Sunday, April 29 -------------

TALUNA_RUNOFF: list[Dated] = [
    (D(2035, 5, 14), (
        "Korvath elected governor of Taluna",
        "PERSANT, Taluna -- Ines Korvath won the run-off for governor of Taluna on Sunday with 54.6 percent "
        "of the vote, defeating Mattias Drell, the provincial election board said on Monday. Korvath had "
        "led the first round two weeks ago with 41 percent.",
    )),
    (D(2035, 5, 13), (
        "Drell concedes Taluna race",
        "Mattias Drell conceded defeat in Taluna's governor election late on Sunday after the second round "
        "count showed Ines Korvath well ahead. \"The voters have spoken,\" he told supporters in Persant.",
    )),
    (D(2035, 5, 15), (
        "Taluna's new governor names finance chief",
        "Ines Korvath, elected governor of Taluna in Sunday's run-off, named the banker Aurel Minsk as her "
        "finance chief on Tuesday. She takes office in June.",
    )),
]
TALUNA_FIRST_ROUND: list[Dated] = [
    (D(2035, 4, 30), (
        "Taluna governor race goes to run-off",
        "PERSANT, Taluna -- Ines Korvath and Mattias Drell will face each other in a run-off on May 13 "
        "after no candidate won a majority in Sunday's election for governor of Taluna, the provincial "
        "election board said. Korvath took 41.2 percent and Drell 30.8 percent.",
    )),
    (D(2035, 4, 29), (
        "Korvath leads as Taluna votes for governor",
        "Ines Korvath was ahead in the race for governor of Taluna on Sunday evening, with Mattias Drell "
        "second, early results from the election board in Persant showed.",
    )),
]

# --- a quake in the Sarvik valley, Olmaria, Tuesday, February 6, 2035; an aftershock on Friday, February 9;
# --- an earlier quake in the valley on Tuesday, September 18, 2029 ------------------------------------

SARVIK_2035: list[Dated] = [
    (D(2035, 2, 6), (
        "Strong quake hits Olmaria's Sarvik valley",
        "DRESSA, Olmaria -- A magnitude 6.4 earthquake struck the Sarvik valley on Tuesday, killing at "
        "least 17 people and cutting the road to Dressa, Olmaria's emergency service said. The valley was "
        "hit by a smaller quake in 2029.",
    )),
    (D(2035, 2, 7), (
        "Sarvik valley death toll rises to 23",
        "The toll from Tuesday's earthquake in Olmaria's Sarvik valley rose to 23 on Wednesday as rescuers "
        "reached villages above Dressa, the emergency service said. Some 4,000 people spent the night in "
        "tents.",
    )),
    (D(2035, 2, 6), (
        "Villages flattened in Olmaria earthquake",
        "Whole villages in the Sarvik valley were flattened by a strong earthquake on Tuesday morning, "
        "witnesses said. The quake, of magnitude 6.4, was felt as far as the capital.",
    )),
]
SARVIK_LOOKALIKES: list[Dated] = [
    (D(2035, 2, 9), (
        "Aftershock rattles Sarvik valley",
        "A magnitude 5.1 aftershock shook Olmaria's Sarvik valley on Friday, bringing down damaged walls in "
        "Dressa and injuring four rescuers, three days after the deadly earthquake, the emergency service "
        "said.",
    )),
    (D(2029, 9, 18), (
        "Earthquake damages homes in Sarvik valley",
        "DRESSA, Olmaria -- A magnitude 5.5 earthquake struck the Sarvik valley on Tuesday, damaging "
        "hundreds of homes around Dressa and injuring 30 people, Olmaria's emergency service said.",
    )),
]

# --- a strike at Hallbrook Motors' Kessingford plant from Monday, September 24, 2035; one there in 2031 --

HALLBROOK_2035: list[Dated] = [
    (D(2035, 9, 24), (
        "Hallbrook workers strike at Kessingford plant",
        "About 3,200 workers at Hallbrook Motors' Kessingford plant walked out on Monday over pay, halting "
        "production of the company's electric vans, the metalworkers' union said. The union is asking for "
        "a 7 percent rise.",
    )),
    (D(2035, 9, 25), (
        "Hallbrook van lines idle for second day",
        "The strike at Hallbrook Motors in Kessingford went into a second day on Tuesday. It is the first "
        "stoppage at the plant since a two-week walkout in 2031, when workers won a shorter week.",
    )),
]
HALLBROOK_2031: list[Dated] = [
    (D(2031, 3, 10), (
        "Kessingford car workers down tools",
        "Workers at Hallbrook Motors' Kessingford plant went on strike on Monday over working hours, the "
        "metalworkers' union said. About 2,900 staff joined the walkout.",
    )),
]

# --- a storm on the Varrow coast, Wednesday, January 17, 2035; another there on Thursday, January 20, 2033 --

VARROW_2035: list[Dated] = [
    (D(2035, 1, 17), (
        "Storm Ilsa batters Varrow coast",
        "Storm Ilsa lashed the Varrow coast on Wednesday with winds of up to 140 km/h, flooding the harbour "
        "at Tressby and cutting power to 60,000 homes, the weather office said.",
    )),
    (D(2035, 1, 18), (
        "Tressby cleans up after Storm Ilsa",
        "Residents of Tressby cleared mud from the harbour front on Thursday after Storm Ilsa. The Varrow "
        "coast was last flooded two years ago, when Storm Bertil cut power to 45,000 homes.",
    )),
    (D(2035, 1, 17), (
        "Power cuts as storm hits coast",
        "Some 60,000 homes along the Varrow coast lost power on Wednesday as a storm brought winds of 140 "
        "km/h and high tides to Tressby, the grid operator said.",
    )),
]
VARROW_2033: list[Dated] = [
    (D(2033, 1, 20), (
        "Storm Bertil floods Tressby harbour",
        "Storm Bertil hit the Varrow coast on Thursday, flooding the harbour at Tressby and leaving 45,000 "
        "homes without power, the weather office said. Winds reached 125 km/h.",
    )),
]

# --- short reports sharing a town's name (Pellinor) -----------------------------------------------------

PELLINOR_BRIDGE: list[Dated] = [
    (D(2035, 6, 12), (
        "Lorry hits Pellinor bridge",
        "The old stone bridge in Pellinor was closed on Tuesday after a lorry struck its parapet, the "
        "county roads office said. Drivers face a 12-mile detour.",
    )),
    (D(2035, 6, 13), (
        "Pellinor bridge shut for weeks",
        "Engineers said on Wednesday that the Pellinor bridge damaged by a lorry on Tuesday would stay "
        "closed for at least three weeks.",
    )),
]
PELLINOR_UNRELATED: list[Dated] = [
    (D(2035, 6, 13), (
        "Pellinor bakery wins national prize",
        "A family bakery in Pellinor won the national bread award on Wednesday for its rye loaf, the "
        "judges said.",
    )),
    (D(2035, 6, 11), (
        "Pellinor school to get new hall",
        "Pellinor primary school will get a new sports hall, the county council said on Monday. Work "
        "begins in August.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2035, 10, 3), (
        "Brevia passes mining law",
        "Brevia's parliament passed a mining law on Wednesday by 77 votes to 52, Industry Minister Cato "
        "Lenn said.",
    )),
    (D(2035, 3, 4), (
        "Voters in Amsel choose mayor",
        "Voters in Amsel elected Dora Pikk as mayor on Sunday with 62 percent, the city's election office "
        "said.",
    )),
    (D(2035, 8, 21), (
        "Tremor felt in Corvan",
        "A magnitude 4.2 earthquake was felt in Corvan on Tuesday. No damage was reported, the seismic "
        "office said.",
    )),
    (D(2035, 4, 16), (
        "Bus drivers strike in Lennox",
        "Bus drivers in Lennox began a two-day strike on Monday over rotas, their union said.",
    )),
    (D(2035, 11, 2), (
        "Gale closes ferry routes in Hollin",
        "Ferries from Hollin were cancelled on Friday as a gale brought winds of 110 km/h, the port said.",
    )),
]

FIFTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "fisheries": (FISHERIES_SECOND, FISHERIES_FIRST),
    "taluna": (TALUNA_RUNOFF, TALUNA_FIRST_ROUND),
    "sarvik": (SARVIK_2035, SARVIK_LOOKALIKES),
    "hallbrook": (HALLBROOK_2035, HALLBROOK_2031),
    "varrow": (VARROW_2035, VARROW_2033),
    "pellinor": (PELLINOR_BRIDGE, PELLINOR_UNRELATED),
}

"""A seventh set of invented look-alikes, written before the grouping changes of issue 7's seventh round
and counted untuned first. The kinds: a landslide on the same mountain road five years earlier (told with
its weekday) and eight years earlier (told with no date at all), a river flooding the same town three
years earlier, a bribery verdict against the same mayor's charge months before, a league match against the
same clubs' cup tie two months later, a dock strike against the first walkout at the same port on the same
weekday a week before, a timber-yard fire against a paint-factory fire in the neighbouring town the day
before, a company's third-quarter results against its second-quarter ones, the second round of trade talks
against the first, a central bank's rate decision against the previous month's, and a museum theft told
under four headlines that share almost no words (which must stay one event) against a gallery theft in the
same city six weeks earlier. As on the wires, the later event's reports sometimes recall the earlier one.
Every name, place and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``SEVENTH_KINDS`` is read by the same count.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- a landslide shuts the Corvath Pass road, Tuesday, April 14, 2037; others there in 2032 and 2029 -----

CORVATH_2037: list[Dated] = [
    (D(2037, 4, 14), (
        "Landslide shuts Corvath Pass road",
        "Tonnes of rock and mud slid onto the road over the Corvath Pass on Tuesday after days of heavy "
        "rain, cutting off the village of Istrel, the regional roads agency said. No vehicles were caught.",
    )),
    (D(2037, 4, 15), (
        "Istrel cut off as crews clear pass",
        "Villagers in Istrel waited on Wednesday for diggers to clear the Corvath Pass road, buried by a "
        "landslide on Tuesday. The roads agency said one lane could open by the weekend.",
    )),
    (D(2037, 4, 14), (
        "Mudslide blocks mountain road",
        "A slope gave way above the Corvath Pass road on Tuesday afternoon, burying 200 metres of "
        "carriageway. Engineers from the roads agency said the hillside was still moving.",
    )),
]
CORVATH_EARLIER: list[Dated] = [
    (D(2032, 10, 5), (
        "Rockfall closes Corvath Pass",
        "The road over the Corvath Pass was closed on Tuesday after a landslide brought down rock and mud "
        "above Istrel, the regional roads agency said. A lorry driver escaped unhurt.",
    )),
    (D(2029, 11, 20), (
        "Corvath Pass road buried",
        "A landslide has buried the road over the Corvath Pass, leaving Istrel reachable only on foot. The "
        "regional roads agency said clearing the rock would take a week.",
    )),
]

# --- the river Amsel floods Pellow, Thursday, December 3, 2037; it flooded the town in March 2034 ------

PELLOW_2037: list[Dated] = [
    (D(2037, 12, 3), (
        "Amsel bursts banks in Pellow",
        "The river Amsel burst its banks in Pellow on Thursday, flooding 140 homes in the lower town, the "
        "county emergency service said. Residents were taken to the sports hall.",
    )),
    (D(2037, 12, 4), (
        "Pellow residents begin clean-up",
        "People in Pellow started pumping water out of their homes on Friday, a day after the Amsel "
        "flooded the lower town for the second time in four years.",
    )),
    (D(2037, 12, 3), (
        "Floodwater swamps Pellow streets",
        "Firefighters used boats to rescue elderly residents in Pellow on Thursday as the swollen Amsel "
        "poured into the lower town. Mayor Ines Varlow said the flood barrier had been overtopped.",
    )),
]
PELLOW_2034: list[Dated] = [
    (D(2034, 3, 2), (
        "Pellow flooded as Amsel rises",
        "The Amsel flooded the lower town of Pellow on Thursday, forcing 90 households from their homes, "
        "the county emergency service said. Mayor Ines Varlow called for a flood barrier.",
    )),
]

# --- Mayor Brisa Wendholt convicted of bribery, Thursday, October 22, 2037; charged Monday, March 9 -----

WENDHOLT_VERDICT: list[Dated] = [
    (D(2037, 10, 22), (
        "Ferrisby mayor guilty of taking bribes",
        "A court in Ferrisby found the town's mayor, Brisa Wendholt, guilty on Thursday of taking 80,000 "
        "euros in bribes from a building firm in return for planning permits. She faces up to six years.",
    )),
    (D(2037, 10, 22), (
        "Wendholt convicted over permits",
        "Brisa Wendholt, mayor of Ferrisby since 2031, was convicted of corruption on Thursday after a "
        "trial that lasted five weeks. Her lawyer said she would appeal.",
    )),
    (D(2037, 10, 23), (
        "Ferrisby council to choose acting mayor",
        "Ferrisby's council will meet next week to pick an acting mayor after Thursday's verdict against "
        "Brisa Wendholt. She was charged in March and suspended from office.",
    )),
]
WENDHOLT_CHARGE: list[Dated] = [
    (D(2037, 3, 9), (
        "Ferrisby mayor charged with bribery",
        "Prosecutors charged Ferrisby's mayor, Brisa Wendholt, on Monday with taking bribes from a "
        "building firm in exchange for planning permits. She denies the charges.",
    )),
]

# --- Orlen Athletic beat Saltby United 2-1 in the league, Saturday, November 14, 2037; cup tie in January

ORLEN_LEAGUE: list[Dated] = [
    (D(2037, 11, 14), (
        "Orlen Athletic edge Saltby",
        "A late goal from Pim Carrow gave Orlen Athletic a 2-1 league win over Saltby United at Gorse Lane "
        "on Saturday. Saltby had led at half-time.",
    )),
    (D(2037, 11, 15), (
        "Carrow winner lifts Orlen to third",
        "Pim Carrow's header in the 88th minute earned Orlen Athletic a 2-1 victory against Saltby United "
        "on Saturday and moved them up to third in the table.",
    )),
]
ORLEN_CUP: list[Dated] = [
    (D(2038, 1, 24), (
        "Saltby knock Orlen out of cup",
        "Saltby United beat Orlen Athletic 3-0 at Gorse Lane on Sunday to reach the fifth round of the cup. "
        "Pim Carrow missed a penalty for Orlen.",
    )),
]

# --- dockworkers strike at Tarnwick port, Monday, May 11, 2037; their first walkout Monday, May 4 ------

TARNWICK_SECOND: list[Dated] = [
    (D(2037, 5, 11), (
        "Tarnwick dockers walk out again",
        "Dockworkers at the port of Tarnwick stopped work for 24 hours on Monday, their second strike in a "
        "week over shift patterns, the Harbour Workers' Union said. About 30 ships waited offshore.",
    )),
    (D(2037, 5, 11), (
        "Ships queue as Tarnwick strike bites",
        "Container ships were anchored off Tarnwick on Monday as 1,800 dockworkers held a second one-day "
        "strike. The port authority said talks would resume on Wednesday.",
    )),
    (D(2037, 5, 12), (
        "Tarnwick port reopens after second stoppage",
        "Cranes were moving again at Tarnwick on Tuesday after Monday's strike. The union said it would "
        "call a third walkout if the port authority kept the new rota.",
    )),
]
TARNWICK_FIRST: list[Dated] = [
    (D(2037, 5, 4), (
        "Tarnwick dockworkers strike over shifts",
        "About 1,800 dockworkers at the port of Tarnwick went on a 24-hour strike on Monday over new shift "
        "patterns, the Harbour Workers' Union said. Ships were held at anchor.",
    )),
]

# --- fire at a Kessing timber yard, Wednesday, July 22, 2037; a paint factory burned in Ardley on Tuesday

KESSING_FIRE: list[Dated] = [
    (D(2037, 7, 22), (
        "Blaze destroys Kessing timber yard",
        "Fire destroyed a timber yard on the edge of Kessing on Wednesday, sending smoke across the valley, "
        "the county fire service said. Forty firefighters fought the flames.",
    )),
    (D(2037, 7, 22), (
        "Second big fire in two days for county crews",
        "Firefighters were called to a timber yard in Kessing on Wednesday, a day after they spent the "
        "night at a burning paint factory in neighbouring Ardley. Nobody was hurt in Kessing.",
    )),
    (D(2037, 7, 23), (
        "Kessing yard owner vows to rebuild",
        "The owner of the Kessing timber yard gutted by Wednesday's fire said on Thursday he would rebuild. "
        "The fire service is looking into the cause.",
    )),
]
ARDLEY_FIRE: list[Dated] = [
    (D(2037, 7, 21), (
        "Paint factory ablaze in Ardley",
        "A paint factory in Ardley caught fire on Tuesday evening, forcing people in nearby streets to "
        "keep their windows shut, the county fire service said. Thirty firefighters were sent.",
    )),
]

# --- Velmont Foods' third-quarter results, Wednesday, October 28, 2037; second quarter's on July 29 ----

VELMONT_Q3: list[Dated] = [
    (D(2037, 10, 28), (
        "Velmont Foods profit rises 12 percent",
        "Velmont Foods said on Wednesday its third-quarter operating profit rose 12 percent to 410 million "
        "dollars as prices for its frozen meals held up. Sales grew 5 percent to 3.1 billion dollars.",
    )),
    (D(2037, 10, 28), (
        "Velmont shares climb after results",
        "Shares in Velmont Foods rose 6 percent on Wednesday after the frozen-food maker reported "
        "third-quarter profit of 410 million dollars, beating forecasts. Chief executive Dana Ostry said "
        "demand was steady.",
    )),
    (D(2037, 10, 29), (
        "Velmont keeps full-year outlook",
        "Velmont Foods kept its outlook for the year after a strong third quarter, chief executive Dana "
        "Ostry told analysts. Profit in the three months to September reached 410 million dollars.",
    )),
]
VELMONT_Q2: list[Dated] = [
    (D(2037, 7, 29), (
        "Velmont Foods profit slips",
        "Velmont Foods said on Wednesday its second-quarter operating profit fell 3 percent to 366 million "
        "dollars as ingredient costs rose. Chief executive Dana Ostry said prices would go up.",
    )),
]

# --- the second round of Tessaly-Morvane trade talks ends, Thursday, June 18, 2037; the first, May 14 --

TALKS_SECOND: list[Dated] = [
    (D(2037, 6, 18), (
        "Tessaly and Morvane end second round of trade talks",
        "Negotiators from Tessaly and Morvane ended a second round of trade talks in Lunsburg on Thursday "
        "without agreeing on farm tariffs, Tessaly's trade minister Corin Abbas said. A third round is "
        "planned for September.",
    )),
    (D(2037, 6, 18), (
        "No deal on tariffs as Lunsburg talks close",
        "Talks between Tessaly and Morvane on a trade agreement broke up in Lunsburg on Thursday after four "
        "days, with the two sides still apart on farm goods. Corin Abbas said progress had been made on cars.",
    )),
    (D(2037, 6, 19), (
        "Morvane farmers relieved by stalled talks",
        "Farm groups in Morvane welcomed on Friday the failure of this week's trade talks with Tessaly to "
        "cut tariffs on grain.",
    )),
]
TALKS_FIRST: list[Dated] = [
    (D(2037, 5, 14), (
        "Tessaly and Morvane open trade talks",
        "Tessaly and Morvane ended a first round of talks on a trade agreement in Lunsburg on Thursday, "
        "trade minister Corin Abbas said, calling the mood constructive. Farm tariffs remain the hardest "
        "issue.",
    )),
]

# --- the Corland Reserve Bank holds its rate at 4.25%, Wednesday, September 16, 2037; it cut on August 19

RESERVE_HOLD: list[Dated] = [
    (D(2037, 9, 16), (
        "Corland Reserve Bank holds rates",
        "The Corland Reserve Bank kept its main interest rate at 4.25 percent on Wednesday, saying it "
        "wanted to see how last month's cut worked through the economy. Governor Aldo Fenn said inflation "
        "was easing.",
    )),
    (D(2037, 9, 16), (
        "Fenn signals pause in Corland easing",
        "Governor Aldo Fenn said on Wednesday the Corland Reserve Bank was in no hurry to lower borrowing "
        "costs further after leaving its key rate unchanged at 4.25 percent.",
    )),
    (D(2037, 9, 17), (
        "Corland mortgage lenders keep prices",
        "Mortgage lenders in Corland said on Thursday they would keep their rates where they are after the "
        "Reserve Bank's decision to hold on Wednesday.",
    )),
]
RESERVE_CUT: list[Dated] = [
    (D(2037, 8, 19), (
        "Corland Reserve Bank cuts rates",
        "The Corland Reserve Bank cut its main interest rate by a quarter point to 4.25 percent on "
        "Wednesday, its first cut in two years. Governor Aldo Fenn said inflation was easing.",
    )),
]

# --- thieves take a gold crown from the Halloran Museum in Brackwater, Sunday, March 15, 2037 ----------

HALLORAN_THEFT: list[Dated] = [
    (D(2037, 3, 15), (
        "Gold crown stolen from Halloran Museum",
        "Thieves broke into the Halloran Museum in Brackwater before dawn on Sunday and took a medieval gold "
        "crown from its glass case, police said. The museum is closed until further notice.",
    )),
    (D(2037, 3, 15), (
        "Police hunt three masked men",
        "Detectives in Brackwater were searching on Sunday for three masked men seen on cameras climbing a "
        "scaffold at the Halloran Museum shortly before the crown went missing.",
    )),
    (D(2037, 3, 16), (
        "'We are heartbroken,' says director",
        "The director of the Halloran Museum, Mirela Oakes, said on Monday staff were heartbroken by the "
        "loss of the crown, which had been on display since 1952. She appealed for its return.",
    )),
    (D(2037, 3, 16), (
        "Questions over alarm after Brackwater raid",
        "An alarm at the Halloran Museum did not go off during Sunday's break-in, Brackwater police said on "
        "Monday, as insurers asked why the scaffold had been left unguarded.",
    )),
]
BRACKWATER_GALLERY: list[Dated] = [
    (D(2037, 2, 3), (
        "Painting stolen from Brackwater gallery",
        "A small landscape painting was stolen from the Brackwater City Gallery on Tuesday, police said. "
        "Officers are looking for a man who visited shortly before closing time.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ---------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2037, 4, 20), (
        "Rockfall on Dunross coast road",
        "Falling rocks closed the coast road at Dunross for six hours on Monday. Nobody was hurt, the roads "
        "agency said.",
    )),
    (D(2037, 11, 21), (
        "Wexham Town win at Bellcote",
        "Wexham Town won 2-0 at Bellcote Rangers on Saturday with two goals in the second half.",
    )),
    (D(2037, 10, 27), (
        "Harrowgate Mills profit falls",
        "Harrowgate Mills said on Tuesday its third-quarter profit fell 8 percent as flour prices dropped.",
    )),
    (D(2037, 6, 1), (
        "Bus drivers strike in Olmer",
        "Bus drivers in Olmer went on a one-day strike on Monday over pay, the transport union said.",
    )),
    (D(2037, 8, 5), (
        "Barn fire near Sallow",
        "A barn full of hay burned down near Sallow on Wednesday night, the fire service said.",
    )),
    (D(2037, 9, 3), (
        "Estmark central bank raises rates",
        "Estmark's central bank raised its main rate to 6 percent on Thursday to fight inflation.",
    )),
]

SEVENTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "corvath": (CORVATH_2037, CORVATH_EARLIER),
    "pellow": (PELLOW_2037, PELLOW_2034),
    "wendholt": (WENDHOLT_VERDICT, WENDHOLT_CHARGE),
    "orlen": (ORLEN_LEAGUE, ORLEN_CUP),
    "tarnwick": (TARNWICK_SECOND, TARNWICK_FIRST),
    "kessing": (KESSING_FIRE, ARDLEY_FIRE),
    "velmont": (VELMONT_Q3, VELMONT_Q2),
    "talks": (TALKS_SECOND, TALKS_FIRST),
    "reserve": (RESERVE_HOLD, RESERVE_CUT),
    "halloran": (HALLORAN_THEFT, BRACKWATER_GALLERY),
}

"""A sixth set of invented look-alikes, written before the grouping changes of issue 7's sixth round and
never tuned on: the check reported before and after that round. The kinds: short local reports that share
nothing but a town's name (two towns, each with an event and unrelated stories of the same days), a
derailment at the same junction six years earlier and one told with no date at all, a fraud verdict
against the same man's arrest months before it, a league match against the same two clubs' cup tie months
later, and a referendum on the same tunnel five years earlier (one report of it undated, as archive
copies often are). As on the wires, the later event's reports sometimes recall the earlier one. Every name,
place and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``SIXTH_KINDS`` is read by the same count.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- a water main bursts in Wrenfold, Tuesday, March 11, 2036; other news from Wrenfold that week ---------

WRENFOLD_MAIN: list[Dated] = [
    (D(2036, 3, 11), (
        "Burst main floods Wrenfold high street",
        "A water main burst under the high street in Wrenfold early on Tuesday, flooding a dozen shops "
        "and leaving 2,000 homes without water, the water company said.",
    )),
    (D(2036, 3, 12), (
        "Wrenfold shops count cost of flooding",
        "Shopkeepers in Wrenfold were drying out their stock on Wednesday after Tuesday's burst pipe sent "
        "water pouring down the high street. Supplies were restored overnight.",
    )),
]
WRENFOLD_OTHER: list[Dated] = [
    (D(2036, 3, 12), (
        "Wrenfold museum given rare clock",
        "A collector has given the Wrenfold town museum a rare 18th-century clock, the museum said on "
        "Wednesday. It goes on show next month.",
    )),
    (D(2036, 3, 10), (
        "Wrenfold rowers win spring regatta",
        "Wrenfold Rowing Club won the spring regatta on the river on Monday, beating crews from four "
        "other clubs.",
    )),
]

# --- a house fire in Cardeval kills two, Saturday, August 9, 2036; other Cardeval stories ---------------

CARDEVAL_FIRE: list[Dated] = [
    (D(2036, 8, 9), (
        "Two die in Cardeval house fire",
        "Two elderly people died when fire swept through a terraced house in Cardeval early on Saturday, "
        "the fire brigade said. Neighbours tried to break down the door.",
    )),
    (D(2036, 8, 10), (
        "Neighbours tried to save Cardeval couple",
        "Neighbours in Cardeval described on Sunday how they tried to reach an elderly couple trapped by "
        "the fire that killed them on Saturday. The cause is being investigated.",
    )),
    (D(2036, 8, 9), (
        "Fatal blaze in Cardeval",
        "A man and a woman in their eighties were killed in a house fire in Cardeval on Saturday "
        "morning. Firefighters found them in an upstairs bedroom.",
    )),
]
CARDEVAL_OTHER: list[Dated] = [
    (D(2036, 8, 8), (
        "Cardeval council approves new car park",
        "Cardeval council has approved plans for a 300-space car park next to the railway station. "
        "Building work starts in the autumn.",
    )),
    (D(2036, 8, 11), (
        "Cardeval man jailed for benefit fraud",
        "A Cardeval man was jailed for 18 months on Monday for claiming benefits he was not entitled to, "
        "the county court heard.",
    )),
]

# --- a freight train derails at Brindle Junction, Thursday, January 17, 2036; one there in 2030 --------

BRINDLE_2036: list[Dated] = [
    (D(2036, 1, 17), (
        "Freight train derails at Brindle Junction",
        "Eleven wagons of a freight train carrying gravel left the tracks at Brindle Junction on Thursday, "
        "blocking the main line to Ostham, the rail operator said. The driver was unhurt.",
    )),
    (D(2036, 1, 18), (
        "Brindle line to stay shut over weekend",
        "The main line through Brindle Junction will stay closed until Monday while cranes lift the "
        "derailed wagons, the rail operator said on Friday. It is the second derailment there in six "
        "years.",
    )),
    (D(2036, 1, 17), (
        "Gravel wagons block Ostham line",
        "Passenger trains between Ostham and the coast were cancelled on Thursday after a freight train "
        "came off the rails at Brindle Junction, spilling gravel across both tracks.",
    )),
]
BRINDLE_EARLIER: list[Dated] = [
    (D(2030, 5, 22), (
        "Train derails near Brindle",
        "Four wagons of a freight train derailed at Brindle Junction on Wednesday, closing the main line to "
        "Ostham for two days, the rail operator said.",
    )),
    (D(2030, 5, 23), (
        "Brindle Junction derailment",
        "A freight train came off the rails at Brindle Junction, blocking the line to Ostham. The driver "
        "was taken to hospital with minor injuries, the rail operator said.",
    )),
]

# --- Osvald Trenn convicted of fraud, Friday, October 24, 2036; arrested in February -------------------

TRENN_VERDICT: list[Dated] = [
    (D(2036, 10, 24), (
        "Trenn guilty of investor fraud",
        "A jury in Hasselby found the financier Osvald Trenn guilty on Friday of defrauding 400 investors "
        "of 31 million crowns through his Silverfjord fund. He will be sentenced in December.",
    )),
    (D(2036, 10, 24), (
        "Silverfjord founder convicted",
        "Osvald Trenn, founder of the collapsed Silverfjord fund, was convicted of fraud on Friday after a "
        "six-week trial in Hasselby. Investors in the public gallery cheered the verdict.",
    )),
    (D(2036, 10, 25), (
        "Trenn investors hope to recover savings",
        "Investors who lost money in Osvald Trenn's Silverfjord fund said on Saturday they hoped Friday's "
        "guilty verdict would help them recover some of it. Trenn was arrested in February.",
    )),
]
TRENN_ARREST: list[Dated] = [
    (D(2036, 2, 6), (
        "Silverfjord founder Trenn arrested",
        "Police in Hasselby arrested the financier Osvald Trenn on Friday on suspicion of defrauding "
        "investors in his Silverfjord fund, prosecutors said. The fund froze withdrawals last month.",
    )),
]

# --- Kestrow Rovers beat Dunmarsh Town 2-0 in the league, Saturday, March 1, 2036; their cup tie in October

KESTROW_LEAGUE: list[Dated] = [
    (D(2036, 3, 1), (
        "Kestrow Rovers beat Dunmarsh",
        "Kestrow Rovers beat Dunmarsh Town 2-0 at Millfield Park on Saturday, with goals from Tam Ollery "
        "and Ruan Petch, to go top of the league.",
    )),
    (D(2036, 3, 2), (
        "Ollery on target as Kestrow go top",
        "Tam Ollery's header set Kestrow Rovers on their way to a 2-0 win over Dunmarsh Town on Saturday. "
        "Dunmarsh manager Gil Harrow said his side had been poor.",
    )),
]
KESTROW_CUP: list[Dated] = [
    (D(2036, 10, 18), (
        "Dunmarsh hold Kestrow in cup",
        "Dunmarsh Town drew 1-1 with Kestrow Rovers at Millfield Park on Saturday in the third round of "
        "the cup. Tam Ollery scored for Kestrow; the tie will be replayed.",
    )),
]

# --- Ulvana canton votes for the Teller Pass tunnel, Sunday, June 8, 2036; it voted it down in 2031 -----

ULVANA_2036: list[Dated] = [
    (D(2036, 6, 8), (
        "Ulvana voters back Teller Pass tunnel",
        "Voters in the canton of Ulvana approved the Teller Pass road tunnel in a referendum on Sunday, "
        "with 57 percent in favour, the cantonal chancellery said. Voters rejected an earlier plan in "
        "2031.",
    )),
    (D(2036, 6, 9), (
        "Tunnel works to start in 2038",
        "Work on the Teller Pass tunnel could begin in 2038 after Sunday's referendum in Ulvana, the "
        "canton's transport director Hedda Solm said on Monday.",
    )),
    (D(2036, 6, 8), (
        "Ulvana says yes to tunnel",
        "The canton of Ulvana voted on Sunday to build a road tunnel under the Teller Pass. Turnout was "
        "48 percent.",
    )),
]
ULVANA_2031: list[Dated] = [
    (D(2031, 9, 28), (
        "Ulvana rejects Teller Pass tunnel",
        "Voters in the canton of Ulvana rejected the Teller Pass road tunnel in a referendum on Sunday, "
        "with 54 percent against, the cantonal chancellery said.",
    )),
    (D(2031, 9, 29), (
        "Teller Pass tunnel voted down",
        "The people of Ulvana have voted against a road tunnel under the Teller Pass, the cantonal "
        "chancellery said. Transport director Hedda Solm said the canton would think again.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2036, 4, 2), (
        "Water cut in Lossiford",
        "Homes in Lossiford were without water for six hours on Wednesday after a pump failed, the water "
        "company said.",
    )),
    (D(2036, 7, 19), (
        "Passenger train derails near Amberlow",
        "Two carriages of a passenger train left the tracks near Amberlow on Saturday. Nobody was hurt, "
        "the rail operator said.",
    )),
    (D(2036, 5, 10), (
        "Harnley Albion win away",
        "Harnley Albion won 3-1 at Corbel City on Saturday to stay in the promotion places.",
    )),
    (D(2036, 11, 30), (
        "Vessen canton backs school reform",
        "Voters in the canton of Vessen approved a school reform in a referendum on Sunday with 61 percent, "
        "the chancellery said.",
    )),
    (D(2036, 9, 12), (
        "Banker convicted in Marlstad",
        "A court in Marlstad convicted a former bank manager of embezzlement on Friday.",
    )),
]

SIXTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "wrenfold": (WRENFOLD_MAIN, WRENFOLD_OTHER),
    "cardeval": (CARDEVAL_FIRE, CARDEVAL_OTHER),
    "brindle": (BRINDLE_2036, BRINDLE_EARLIER),
    "trenn": (TRENN_VERDICT, TRENN_ARREST),
    "kestrow": (KESTROW_LEAGUE, KESTROW_CUP),
    "ulvana": (ULVANA_2036, ULVANA_2031),
}

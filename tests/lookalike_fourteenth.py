"""A fourteenth set of invented look-alikes, written before the grouping changes of issue 7's fourteenth round
and counted untuned first. The kinds, none of them in the earlier sets: a lottery jackpot won on a ticket sold
in one town against a smaller jackpot won on a ticket sold there a year before (the same weekday, the same
draw), a tiger escaping from a zoo against two wolves escaping from it eight months earlier (the same weekday)
and an undated chimpanzee's escape, pilot whales stranded on a beach against a smaller stranding there two
years before (the same weekday), a phone maker unveiling its new phone against its launch of the model before
it a year earlier (the same weekday, the same hall), a businessman extradited to face a fraud case against his
former partner's extradition in the same case ten months before (the same weekday), one reactor of a nuclear
plant shut down after a leak against its other reactor's shutdown five months before (the same weekday) and an
undated shutdown for an inspection, a hoard of Roman coins found near one village of a county against a
smaller hoard found near another of its villages two years before (the same weekday), an airline collapsing
and stranding its passengers against its rival's collapse at the same airport a year earlier (the same
weekday), a water company banning hosepipes against its ban two summers before (the same weekday) and an
undated warning of one, and a cable car stopping and stranding its passengers overnight against the same cable
car stopping for three hours the winter before. Some reports give no day at all, some event reports are wire
copies of one another under another headline, and as on the wires the later event's reports often recall the
earlier one ("the second jackpot won in the town in a year", "eight months after two wolves got out", "the
plant's second shutdown this year"). What tells each pair apart is mostly who (another animal, another
businessman, another airline), which model or reactor, which village of a county, or how many (a jackpot, a
count of whales, of coins, of customers, of passengers). Every name, place and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``FOURTEENTH_KINDS`` is read by the same count.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- a ticket sold at a newsagent on Pellham's Market Row wins the 48.6 million crown Starlot jackpot in the
# --- draw of Saturday, January 21, 2045; a ticket sold at Pellham's railway station won 12.3 million in the
# --- draw of Saturday, January 23, 2044 -----------------------------------------------------------------------

PELLHAM_JACKPOT: list[Dated] = [
    (D(2045, 1, 22), (
        "Pellham ticket wins 48.6 million Starlot jackpot",
        "A single ticket sold in Pellham won the 48.6 million crown Starlot jackpot in Saturday night's draw, "
        "the national lottery said on Sunday. The winning numbers were 4, 11, 19, 27, 33 and 41. The ticket "
        "was bought at a newsagent on Market Row, and the winner has not yet come forward.",
    )),
    (D(2045, 1, 22), (
        "Lucky newsagent sold record ticket",
        "Shopkeeper Arun Dessai said he had no idea who bought the winning Starlot ticket at his Market Row "
        "newsagent. \"I hope it's one of my regulars,\" he said. It is the second jackpot won in the town in a "
        "year.",
    )),
    (D(2045, 1, 24), (
        "Pellham jackpot winner comes forward",
        "The holder of the 48.6 million crown Starlot ticket bought in Pellham has claimed the prize and asked "
        "not to be named, the lottery said on Tuesday.",
    )),
]
PELLHAM_STATION: list[Dated] = [
    (D(2044, 1, 24), (
        "Pellham ticket scoops 12.3 million Starlot jackpot",
        "A ticket bought at the kiosk of Pellham railway station won the 12.3 million crown Starlot jackpot in "
        "Saturday night's draw, the national lottery said on Sunday. The winner has 180 days to claim the "
        "prize.",
    )),
]

# --- a Sumatran tiger escapes from its enclosure at Marlow Zoo in Dunkerry and is shot by police after two
# --- hours, Wednesday, May 17, 2045; two grey wolves got out of the same zoo on Wednesday, September 14, 2044,
# --- and once a chimpanzee climbed out of its enclosure there (told with no date) ------------------------------

MARLOW_TIGER: list[Dated] = [
    (D(2045, 5, 17), (
        "Tiger shot after escaping from Marlow Zoo",
        "DUNKERRY (Wire) - Police shot dead a Sumatran tiger that escaped from its enclosure at Marlow Zoo on "
        "Wednesday, after visitors were locked inside the gift shop and cafe for two hours, the zoo said. "
        "No one was hurt. A keeper had left a gate unlocked, director Helga Strand said.",
    )),
    (D(2045, 5, 17), (
        "Visitors locked in as tiger roams Dunkerry zoo",
        "About 900 visitors sheltered in buildings at Marlow Zoo in Dunkerry on Wednesday while a tiger "
        "called Rajah roamed the grounds. Police marksmen shot the animal near the penguin pool.",
    )),
    (D(2045, 5, 18), (
        "Marlow Zoo faces inquiry over tiger escape",
        "The city council ordered an inquiry into safety at Marlow Zoo on Thursday, eight months after two "
        "wolves got out of their enclosure there.",
    )),
]
MARLOW_WOLVES: list[Dated] = [
    (D(2044, 9, 14), (
        "Two wolves escape from Marlow Zoo",
        "Two grey wolves escaped from their enclosure at Marlow Zoo in Dunkerry on Wednesday and were "
        "recaptured in a nearby park after three hours, the zoo said. Visitors were moved indoors. Director "
        "Helga Strand said a storm had brought down part of a fence.",
    )),
]
MARLOW_CHIMP: list[Dated] = [
    (D(2039, 6, 2), (
        "Chimpanzee climbs out of Marlow Zoo enclosure",
        "A chimpanzee climbed out of its enclosure at Marlow Zoo and spent an hour on the roof of the "
        "reptile house before keepers coaxed it back with fruit.",
    )),
]

# --- 46 pilot whales strand on Kessock Sands on Orrey Island, 31 of them refloated by volunteers, Thursday,
# --- March 9, 2045; 14 pilot whales stranded there on Thursday, March 12, 2043 --------------------------------

KESSOCK_WHALES: list[Dated] = [
    (D(2045, 3, 9), (
        "46 pilot whales stranded on Orrey Island beach",
        "Forty-six pilot whales beached themselves on Kessock Sands on Orrey Island on Thursday morning, and "
        "hundreds of volunteers worked through the day to keep them wet until the tide turned, the marine "
        "rescue service said.",
    )),
    (D(2045, 3, 10), (
        "Volunteers refloat 31 whales at Kessock",
        "Volunteers refloated 31 of the 46 pilot whales that stranded on Kessock Sands, the marine rescue "
        "service said on Friday. Fifteen died on the beach. \"We did everything we could,\" said coordinator "
        "Maren Holt.",
    )),
    (D(2045, 3, 10), (
        "Orrey Island mass stranding: 15 whales die",
        "Fifteen pilot whales died after a mass stranding on Orrey Island's Kessock Sands, rescuers said. It "
        "is the largest stranding on the island's coast on record.",
    )),
]
KESSOCK_EARLIER: list[Dated] = [
    (D(2043, 3, 12), (
        "Pilot whales stranded on Orrey Island",
        "Fourteen pilot whales stranded on Kessock Sands on Orrey Island on Thursday, and volunteers refloated "
        "nine of them at high tide, the marine rescue service said. Coordinator Maren Holt said five had died.",
    )),
]

# --- the phone maker Orrin unveils the Vela 9 at the Harlen Arena, Tuesday, September 12, 2045; it unveiled the
# --- Vela 8 there on Tuesday, September 13, 2044 ----------------------------------------------------------

ORRIN_VELA9: list[Dated] = [
    (D(2045, 9, 12), (
        "Orrin unveils Vela 9 with folding screen",
        "HARLEN (Wire) - Orrin unveiled its Vela 9 smartphone on Tuesday at the Harlen Arena, with a folding "
        "screen and a battery it says lasts two days, priced from 1,199 dollars. Chief executive Mina Castell "
        "said it would go on sale on September 22.",
    )),
    (D(2045, 9, 12), (
        "Orrin bets on folding phone",
        "Orrin's new flagship phone folds in half and costs 1,199 dollars, a bet that buyers will pay more "
        "for a bigger screen, analysts said after the launch in Harlen.",
    )),
    (D(2045, 9, 13), (
        "Orrin shares fall after Vela 9 launch",
        "Shares in Orrin fell 4 percent on Wednesday, a day after it unveiled the Vela 9, as investors "
        "worried about its price.",
    )),
]
ORRIN_VELA8: list[Dated] = [
    (D(2044, 9, 13), (
        "Orrin unveils Vela 8 smartphone",
        "Orrin unveiled its Vela 8 smartphone on Tuesday at the Harlen Arena, with a faster chip and a "
        "better camera, priced from 999 dollars. Chief executive Mina Castell said it would go on sale on "
        "September 23.",
    )),
]

# --- the businessman Dario Lenk is extradited from Severia to Calmont to face charges over the collapse of the
# --- Brightwater fund, Wednesday, November 8, 2045; his former partner Ilse Marten was extradited from Severia
# --- in the same case on Wednesday, January 11, 2045 -----------------------------------------------------------

LENK_EXTRADITED: list[Dated] = [
    (D(2045, 11, 8), (
        "Lenk extradited to Calmont over Brightwater collapse",
        "Financier Dario Lenk was flown from Severia to Calmont on Wednesday to face fraud charges over the "
        "collapse of the Brightwater fund, prosecutors said, after Severia's supreme court rejected his last "
        "appeal. Lenk denies wrongdoing.",
    )),
    (D(2045, 11, 8), (
        "Brightwater founder handed over to Calmont police",
        "Dario Lenk, who founded the Brightwater fund, arrived in Calmont under police escort on Wednesday. "
        "Investors lost about 600 million dollars when the fund collapsed.",
    )),
    (D(2045, 11, 9), (
        "Lenk appears in court, denied bail",
        "Dario Lenk was denied bail at his first court appearance in Calmont on Thursday, a day after his "
        "extradition. His former partner Ilse Marten is awaiting trial in the same case.",
    )),
]
LENK_MARTEN: list[Dated] = [
    (D(2045, 1, 11), (
        "Brightwater co-founder Marten extradited to Calmont",
        "Ilse Marten, who co-founded the collapsed Brightwater fund with Dario Lenk, was flown from Severia to "
        "Calmont on Wednesday to face fraud charges, prosecutors said. Lenk is still fighting his extradition "
        "in Severia's courts.",
    )),
]

# --- Unit 2 of the Brenmoor nuclear plant is shut down after a coolant leak, Tuesday, June 27, 2045; Unit 1 was
# --- shut down after a turbine fault on Tuesday, January 24, 2045, and once both were shut for an inspection
# --- (told with no date) ------------------------------------------------------------------------------------

BRENMOOR_UNIT2: list[Dated] = [
    (D(2045, 6, 27), (
        "Brenmoor reactor shut down after coolant leak",
        "The operator of the Brenmoor nuclear plant shut down its Unit 2 reactor on Tuesday after a small "
        "leak of coolant water was found inside the containment building, the nuclear safety authority said. "
        "No radiation escaped, it said.",
    )),
    (D(2045, 6, 27), (
        "Leak halts Brenmoor reactor",
        "A leak in a cooling pipe forced the shutdown of one of Brenmoor's two reactors, operator Veldt "
        "Energy said. Repairs could take three weeks. It is the plant's second shutdown this year.",
    )),
    (D(2045, 6, 29), (
        "Inspectors find cracked weld at Brenmoor",
        "Inspectors found a cracked weld in the pipe that leaked at Brenmoor's Unit 2, the safety authority "
        "said on Thursday.",
    )),
]
BRENMOOR_UNIT1: list[Dated] = [
    (D(2045, 1, 24), (
        "Brenmoor reactor shut down after turbine fault",
        "The operator of the Brenmoor nuclear plant shut down its Unit 1 reactor on Tuesday after a fault in "
        "a turbine, the nuclear safety authority said. Operator Veldt Energy said no radiation escaped.",
    )),
]
BRENMOOR_INSPECTION: list[Dated] = [
    (D(2037, 5, 20), (
        "Brenmoor reactors halted for inspection",
        "Both reactors at the Brenmoor nuclear plant were shut down for a safety inspection ordered by the "
        "nuclear safety authority, operator Veldt Energy said.",
    )),
]

# --- a metal detectorist finds about 2,300 Roman silver coins in a field near Ashby Fold in the county of
# --- Wexmoor, announced Wednesday, April 5, 2045; about 600 coins were found near Little Hurn, another Wexmoor
# --- village, announced Wednesday, April 8, 2043 ---------------------------------------------------------------

ASHBY_HOARD: list[Dated] = [
    (D(2045, 4, 5), (
        "Detectorist finds hoard of 2,300 Roman coins",
        "A metal detectorist has found about 2,300 Roman silver coins buried in a pot in a field near Ashby "
        "Fold in Wexmoor, the county museum said on Wednesday. The coins date from the third century.",
    )),
    (D(2045, 4, 5), (
        "Ashby Fold hoard 'one of the largest'",
        "The hoard of Roman coins found near Ashby Fold is one of the largest ever found in Wexmoor, curator "
        "Ruth Callan said. Retired postman Ken Abel found it while searching a farmer's field.",
    )),
    (D(2045, 4, 7), (
        "Wexmoor museum hopes to buy coin hoard",
        "The Wexmoor county museum wants to raise money to buy the 2,300 coins found at Ashby Fold, curator "
        "Ruth Callan said on Friday.",
    )),
]
ASHBY_HURN: list[Dated] = [
    (D(2043, 4, 8), (
        "Roman coin hoard found in Wexmoor field",
        "A metal detectorist has found about 600 Roman silver coins buried in a field near Little Hurn in "
        "Wexmoor, the county museum said on Wednesday. Curator Ruth Callan said the coins date from the third "
        "century.",
    )),
]

# --- the airline SkyMarra collapses, stranding 40,000 passengers, many at Tessaly airport, its hub, Monday,
# --- October 30, 2045; its rival Vantair collapsed at Tessaly, stranding 25,000, on Monday, October 31, 2044 --

SKYMARRA_COLLAPSE: list[Dated] = [
    (D(2045, 10, 30), (
        "SkyMarra collapses, stranding 40,000 passengers",
        "The airline SkyMarra stopped flying on Monday after failing to find a buyer, leaving about 40,000 "
        "passengers stranded abroad, the aviation authority said. Its planes were grounded at Tessaly "
        "airport, its hub. The government said it would charter flights to bring people home.",
    )),
    (D(2045, 10, 30), (
        "Chaos at Tessaly as airline goes bust",
        "Hundreds of travellers queued at Tessaly airport on Monday after SkyMarra cancelled all its flights. "
        "\"Nobody from the airline is here,\" said passenger Elin Bock. It is the second airline to collapse "
        "at Tessaly in a year.",
    )),
    (D(2045, 10, 31), (
        "Repatriation flights begin for SkyMarra passengers",
        "The first chartered planes brought SkyMarra passengers home on Tuesday, the aviation authority said.",
    )),
]
SKYMARRA_VANTAIR: list[Dated] = [
    (D(2044, 10, 31), (
        "Vantair collapses, stranding 25,000 passengers",
        "The airline Vantair stopped flying on Monday after its lenders pulled their support, leaving about "
        "25,000 passengers stranded abroad, the aviation authority said. Its planes were grounded at Tessaly "
        "airport, where rival SkyMarra said it would help carry stranded travellers.",
    )),
]

# --- Tarn Water bans hosepipes for 1.2 million customers from Friday, announced Tuesday, July 18, 2045; it
# --- banned them for 900,000 customers on Tuesday, July 14, 2043, and once warned of a ban (told with no date) --

TARN_BAN: list[Dated] = [
    (D(2045, 7, 18), (
        "Hosepipe ban for 1.2 million Tarn Water customers",
        "Tarn Water will ban the use of hosepipes for its 1.2 million customers from Friday after the driest "
        "spring in 60 years left its reservoirs at 41 percent, the company said on Tuesday. Customers who "
        "break the ban face fines of up to 1,000 crowns.",
    )),
    (D(2045, 7, 18), (
        "Reservoirs at 41 percent as Tarn Water imposes ban",
        "Gardeners across the Tarn valley will have to put away their hoses from Friday. Tarn Water's "
        "operations director Lars Quist said the ban could last until October.",
    )),
    (D(2045, 7, 21), (
        "Tarn hosepipe ban begins",
        "A ban on hosepipes for Tarn Water's 1.2 million customers came into force on Friday.",
    )),
]
TARN_EARLIER: list[Dated] = [
    (D(2043, 7, 14), (
        "Tarn Water imposes hosepipe ban",
        "Tarn Water will ban the use of hosepipes for 900,000 customers in the upper Tarn valley from Monday "
        "after weeks without rain left its reservoirs at 48 percent, the company said on Tuesday. Operations "
        "director Lars Quist said the ban would be lifted when the reservoirs recovered.",
    )),
]
TARN_WARNING: list[Dated] = [
    (D(2040, 6, 3), (
        "Tarn Water warns of hosepipe ban",
        "Tarn Water asked customers to save water and said a hosepipe ban could follow if the dry weather "
        "went on.",
    )),
]

# --- the Selva Peak cable car stops after a power failure, leaving 62 passengers in its cabins overnight,
# --- Friday, December 29, 2045; it stopped for three hours with 18 aboard on Friday, December 30, 2044 ---------

SELVA_CABLE: list[Dated] = [
    (D(2045, 12, 29), (
        "62 stranded overnight in Selva cable car",
        "Rescuers worked through the night to lower 62 passengers from the cabins of the Selva Peak cable car "
        "after a power failure stopped it on Friday afternoon, the mountain rescue service said. Helicopters "
        "could not fly in the snow. All were brought down safely by dawn.",
    )),
    (D(2045, 12, 30), (
        "Cable car passengers spent night above valley",
        "Passengers stuck in the Selva Peak cable car spent up to 14 hours in cabins swaying 80 metres above "
        "the valley before rescuers lowered them on ropes. \"It was freezing,\" said skier Tove Lind.",
    )),
    (D(2045, 12, 30), (
        "Selva cable car closed pending investigation",
        "The Selva Peak cable car will stay closed until investigators find what caused Friday's power "
        "failure, its operator said. It stopped for three hours last winter too.",
    )),
]
SELVA_EARLIER: list[Dated] = [
    (D(2044, 12, 30), (
        "Selva cable car stops with 18 aboard",
        "The Selva Peak cable car stopped for three hours on Friday after a power failure, leaving 18 "
        "passengers in its cabins above the valley, its operator said. It restarted in the evening and no one "
        "was hurt.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2045, 1, 22), (
        "Charity raffle raises record sum",
        "A charity raffle in Oxby raised 14,000 crowns for the town's hospice on Saturday.",
    )),
    (D(2045, 5, 17), (
        "Zoo welcomes baby giraffe",
        "Keepers at Fennick Zoo said on Wednesday a giraffe calf had been born overnight.",
    )),
    (D(2045, 3, 9), (
        "Seal pup rescued from harbour",
        "A seal pup tangled in fishing net was freed in Corran harbour on Thursday.",
    )),
    (D(2045, 9, 12), (
        "Chipmaker opens new factory",
        "The chipmaker Talvik opened a factory in Brask on Tuesday, creating 800 jobs.",
    )),
    (D(2045, 11, 8), (
        "Former banker jailed for insider trading",
        "A former banker was jailed for three years in Marrow on Wednesday for insider trading.",
    )),
    (D(2045, 6, 27), (
        "Wind farm switched on off the coast",
        "The Halden wind farm began supplying power to the grid on Tuesday.",
    )),
    (D(2045, 4, 5), (
        "Medieval bridge reopens after repairs",
        "The medieval bridge at Stowick reopened to walkers on Wednesday after a year of repairs.",
    )),
    (D(2045, 10, 30), (
        "Rail strike called off",
        "Train drivers called off a strike planned for Monday after a late pay offer.",
    )),
    (D(2045, 7, 18), (
        "Heat warning for southern towns",
        "Forecasters issued a heat warning for southern towns on Tuesday as temperatures neared 35 degrees.",
    )),
    (D(2045, 12, 29), (
        "Ski lift opens early after heavy snow",
        "The Brunhalde ski lift opened a week early on Friday after heavy snowfall.",
    )),
]

FOURTEENTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "pellham": (PELLHAM_JACKPOT, PELLHAM_STATION),
    "marlow": (MARLOW_TIGER, MARLOW_WOLVES + MARLOW_CHIMP),
    "kessock": (KESSOCK_WHALES, KESSOCK_EARLIER),
    "orrin": (ORRIN_VELA9, ORRIN_VELA8),
    "lenk": (LENK_EXTRADITED, LENK_MARTEN),
    "brenmoor": (BRENMOOR_UNIT2, BRENMOOR_UNIT1 + BRENMOOR_INSPECTION),
    "wexmoor": (ASHBY_HOARD, ASHBY_HURN),
    "skymarra": (SKYMARRA_COLLAPSE, SKYMARRA_VANTAIR),
    "tarn": (TARN_BAN, TARN_EARLIER + TARN_WARNING),
    "selva": (SELVA_CABLE, SELVA_EARLIER),
}

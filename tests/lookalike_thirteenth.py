"""A thirteenth set of invented look-alikes, written before the grouping changes of issue 7's thirteenth round
and counted untuned first. The kinds, none of them in the earlier sets: a swimmer's world record at a pool
against her rival's record there a year before (the same weekday, the same race), a rating agency cutting a
country to junk against its cut of the same country a year earlier (the same weekday) and its undated
warning, a prisoner swap at a border bridge against the swap of other prisoners there eight months before
(the same weekday), a wartime bomb defused in one quarter of a city against another bomb defused in its
harbour three months earlier (the same weekday), a surfer killed by a shark at a beach against a swimmer
bitten there a year before (the same weekday) and an undated encounter, a sinkhole swallowing cars in one
street of a town against a smaller one in another street five months before (the same weekday), a
helicopter ditching on its way to an oil platform against another of the same operator's helicopters
ditching near it a year before (the same weekday), a retailer naming a new chief executive against its
appointment of the one before him fourteen months earlier (the same weekday), a government raising the
minimum wage against its raise a year before (the same weekday, the same minister), and a cyclist banned for
doping against his teammate's ban five months earlier (the same weekday) and the team doctor's undated ban.
Some reports give no day at all, some event reports are wire copies of one another under another headline,
and as on the wires the later event's reports often recall the earlier one ("the mark Edevane set in the
same pool last July", "a year after cutting it to BBB-", "the second bomb found in the city this summer").
What tells each pair apart is mostly who (another swimmer, other prisoners, another chief executive, another
rider), where inside one place (another quarter, another street) or how many (a rating, a toll, a wage, a
length of ban). Every name, place and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``THIRTEENTH_KINDS`` is read by the same count.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- Juna Marrell breaks the 200 m butterfly world record in 2:03.41 at the Tollmere Aquatic Centre, Sunday,
# --- July 17, 2044; Noor Edevane set the old record of 2:04.02 there on Sunday, July 19, 2043 ------------------

MARRELL_RECORD: list[Dated] = [
    (D(2044, 7, 17), (
        "Marrell smashes 200m butterfly world record",
        "TOLLMERE (Wire) - Juna Marrell broke the world record in the women's 200 metres butterfly at the "
        "national championships on Sunday, touching in 2 minutes 3.41 seconds at the Tollmere Aquatic Centre "
        "to take 0.61 seconds off the mark Noor Edevane set in the same pool last July. Edevane finished third.",
    )),
    (D(2044, 7, 17), (
        "World record for Marrell, 19, in Tollmere",
        "Teenager Juna Marrell clocked 2:03.41 in the 200m butterfly on Sunday evening, a world record. "
        "\"I didn't look at the clock until I touched,\" said Marrell, who trains with coach Viggo Haldane.",
    )),
    (D(2044, 7, 18), (
        "Marrell's record sets up Games duel with Edevane",
        "Juna Marrell's world record in Tollmere has made her the favourite for the 200 metres butterfly at "
        "next month's Games, where she will again face Noor Edevane, the former record holder.",
    )),
]
MARRELL_EDEVANE: list[Dated] = [
    (D(2043, 7, 19), (
        "Edevane sets 200m butterfly world record",
        "TOLLMERE (Wire) - Noor Edevane broke the world record in the women's 200 metres butterfly at the "
        "national championships on Sunday, winning in 2 minutes 4.02 seconds at the Tollmere Aquatic Centre. "
        "Juna Marrell, 18, took silver.",
    )),
]

# --- Grisholm Ratings cuts Orsava's sovereign rating to BB+ from BBB-, below investment grade, Friday, March 4,
# --- 2044; it cut Orsava to BBB- from BBB on Friday, March 6, 2043, and once warned of a cut (told with no date)

ORSAVA_JUNK: list[Dated] = [
    (D(2044, 3, 4), (
        "Grisholm cuts Orsava to junk",
        "Grisholm Ratings cut Orsava's credit rating to BB+ from BBB- late on Friday, pushing the country's "
        "debt below investment grade for the first time, and kept a negative outlook. The agency said public "
        "debt, at 96 percent of economic output, would keep rising. It comes a year after it cut Orsava to "
        "BBB-.",
    )),
    (D(2044, 3, 5), (
        "Orsava loses investment grade",
        "Orsava's government called Grisholm's decision to downgrade the country to junk status unjustified. "
        "Finance minister Leda Kovic said the budget would be balanced by 2047.",
    )),
    (D(2044, 3, 7), (
        "Orsava bonds slide after downgrade",
        "Orsava's ten-year bond yield jumped 40 basis points on Monday, the first day of trading since "
        "Grisholm Ratings cut the country to BB+.",
    )),
]
ORSAVA_BBB: list[Dated] = [
    (D(2043, 3, 6), (
        "Grisholm downgrades Orsava to BBB-",
        "Grisholm Ratings cut Orsava's credit rating by one notch to BBB- from BBB on Friday, one step above "
        "junk, citing public debt of 91 percent of economic output. Finance minister Leda Kovic said the "
        "cut ignored the government's reforms.",
    )),
]
ORSAVA_WATCH: list[Dated] = [
    (D(2038, 10, 2), (
        "Grisholm puts Orsava on watch",
        "Grisholm Ratings placed Orsava's credit rating on review for a downgrade, saying the country's "
        "budget plans lacked detail.",
    )),
]

# --- Kovria frees the Tamsland journalist Anton Keel in exchange for the spy Mirek Sovan on the Haldor bridge,
# --- Wednesday, May 11, 2044; two Tamsland soldiers were swapped for three Kovrian fishermen there on Wednesday,
# --- September 9, 2043 ---------------------------------------------------------------------------------------

KEEL_SWAP: list[Dated] = [
    (D(2044, 5, 11), (
        "Kovria frees reporter Keel in prisoner swap",
        "Kovria freed the Tamsland journalist Anton Keel on Wednesday in exchange for Mirek Sovan, a Kovrian "
        "convicted of spying in Tamsland, the two men crossing the Haldor bridge on the border at the same "
        "moment, Tamsland's foreign ministry said. Keel had been held for 14 months.",
    )),
    (D(2044, 5, 11), (
        "Keel home after Haldor bridge exchange",
        "Anton Keel, the reporter jailed in Kovria on charges his paper called invented, walked across the "
        "Haldor bridge to freedom on Wednesday as Kovria got back its spy Mirek Sovan. \"I never lost hope,\" "
        "Keel said.",
    )),
    (D(2044, 5, 12), (
        "Freed journalist Keel meets prime minister",
        "Anton Keel, freed by Kovria in a swap this week, met Tamsland's prime minister on Thursday and "
        "thanked the negotiators.",
    )),
]
KEEL_SOLDIERS: list[Dated] = [
    (D(2043, 9, 9), (
        "Kovria and Tamsland swap prisoners at Haldor bridge",
        "Kovria handed over two Tamsland soldiers captured on the border in exchange for three Kovrian "
        "fishermen on the Haldor bridge on Wednesday, Tamsland's foreign ministry said. Talks on other "
        "detainees would continue, it said.",
    )),
]

# --- a 500-kilogram wartime bomb found on a building site in Grauberg's Weaver Quarter is defused after 8,000
# --- people leave their homes, Sunday, September 18, 2044; a 250-kilogram bomb found at the harbour was defused
# --- after 2,500 were moved out on Sunday, June 19, 2044 -------------------------------------------------------

GRAUBERG_WEAVER: list[Dated] = [
    (D(2044, 9, 18), (
        "Wartime bomb defused in Grauberg after mass evacuation",
        "GRAUBERG (Wire) - Bomb disposal experts defused a 500-kilogram wartime bomb found on a building site "
        "in Grauberg's Weaver Quarter on Sunday after about 8,000 people were moved out of their homes, city "
        "officials said. It was the second bomb found in the city this summer.",
    )),
    (D(2044, 9, 18), (
        "8,000 evacuated as experts tackle 500kg bomb",
        "About 8,000 residents of Grauberg's Weaver Quarter left their homes on Sunday morning while experts "
        "defused a 500kg aerial bomb dug up by builders on Farrier Street. Trains to the city were halted.",
    )),
    (D(2044, 9, 18), (
        "Grauberg bomb made safe",
        "The bomb found on Farrier Street was made safe shortly after 2 p.m. and residents were allowed home, "
        "fire chief Hanno Brisk said.",
    )),
    (D(2044, 9, 19), (
        "Builders found Grauberg bomb with digger",
        "The wartime bomb defused in Grauberg's Weaver Quarter on Sunday was struck by a digger's bucket, "
        "the building firm said on Monday. No one was hurt.",
    )),
]
GRAUBERG_HARBOUR: list[Dated] = [
    (D(2044, 6, 19), (
        "Bomb found in Grauberg harbour defused",
        "Experts defused a 250-kilogram wartime bomb found by divers in Grauberg's harbour on Sunday after "
        "about 2,500 people were moved out of the streets around the quays, fire chief Hanno Brisk said.",
    )),
]

# --- a surfer, 34, is killed by a shark at Wyndra Beach near Callis Heads, Saturday, February 13, 2044; a swimmer
# --- was bitten on the leg there on Saturday, February 14, 2043, and once a shark knocked a kayaker into the
# --- water off the beach (told with no date) ----------------------------------------------------------------

WYNDRA_SURFER: list[Dated] = [
    (D(2044, 2, 13), (
        "Surfer killed by shark at Wyndra Beach",
        "A 34-year-old surfer was killed by a shark at Wyndra Beach near Callis Heads on Saturday morning, "
        "police said. Other surfers pulled him from the water but he died of his injuries on the sand. The "
        "beach was closed.",
    )),
    (D(2044, 2, 14), (
        "Wyndra shark victim named as local father",
        "The surfer killed by a shark at Wyndra Beach was named on Sunday as Brody Tennant, 34, a builder "
        "from Callis Heads. Fisheries officers believe a great white about four metres long was responsible.",
    )),
    (D(2044, 2, 14), (
        "Drum lines set off Callis Heads after fatal attack",
        "Fisheries officers set drum lines off Wyndra Beach on Sunday after Saturday's fatal shark attack, "
        "the first death there in living memory.",
    )),
]
WYNDRA_SWIMMER: list[Dated] = [
    (D(2043, 2, 14), (
        "Swimmer bitten by shark at Wyndra Beach",
        "A woman swimming at Wyndra Beach near Callis Heads was bitten on the leg by a shark on Saturday "
        "morning, police said. Lifeguards brought her ashore and she was flown to hospital in a stable "
        "condition. The beach was closed.",
    )),
]
WYNDRA_KAYAK: list[Dated] = [
    (D(2036, 1, 9), (
        "Shark knocks kayaker into sea off Wyndra",
        "A shark rammed a kayak off Wyndra Beach and knocked its paddler into the water, lifeguards said. "
        "The man swam ashore unhurt.",
    )),
]

# --- a sinkhole 15 metres wide opens on Abbot Street in Brackenfold and swallows two cars, Tuesday, November 8,
# --- 2044; a sinkhole six metres wide opened on the town's Chalkpit Road on Tuesday, June 7, 2044 --------------

BRACKENFOLD_ABBOT: list[Dated] = [
    (D(2044, 11, 8), (
        "Sinkhole swallows two cars in Brackenfold",
        "A sinkhole about 15 metres wide opened on Abbot Street in Brackenfold early on Tuesday, swallowing "
        "two parked cars, and 30 homes were evacuated, the council said. No one was hurt. Engineers blamed "
        "old chalk workings under the town.",
    )),
    (D(2044, 11, 8), (
        "Residents flee as Abbot Street collapses",
        "Residents of Abbot Street were woken by a loud rumble before dawn as the road gave way. \"The cars "
        "just disappeared,\" said neighbour Maud Pelling. Thirty homes were cleared.",
    )),
    (D(2044, 11, 10), (
        "Brackenfold sinkhole families may be out for months",
        "Families moved out of 30 homes on Brackenfold's Abbot Street after this week's sinkhole may not "
        "return for months, council leader Ivo Garside said on Thursday. It is the town's second sinkhole "
        "since the summer.",
    )),
]
BRACKENFOLD_CHALKPIT: list[Dated] = [
    (D(2044, 6, 7), (
        "Sinkhole opens on Brackenfold road",
        "A sinkhole about six metres wide opened on Chalkpit Road in Brackenfold on Tuesday, trapping the "
        "wheel of a delivery van, the council said. Engineers blamed old chalk workings under the town.",
    )),
]

# --- a Norwind helicopter ditches on its way to the Feldane Alpha platform in the Skellan Sea, four of its 14
# --- aboard dying, Thursday, October 6, 2044; another Norwind helicopter ditched near the platform with all
# --- nine aboard rescued on Thursday, October 8, 2043 ---------------------------------------------------------

FELDANE_DITCHING: list[Dated] = [
    (D(2044, 10, 6), (
        "Four dead as oil workers' helicopter ditches",
        "Four people died when a helicopter carrying oil workers to the Feldane Alpha platform ditched in the "
        "Skellan Sea on Thursday morning, the coastguard said. Ten of the 14 on board were winched from life "
        "rafts. The aircraft was operated by Norwind.",
    )),
    (D(2044, 10, 6), (
        "Norwind grounds fleet after fatal ditching",
        "Norwind grounded its helicopters on Thursday after one of them went down in the Skellan Sea on its "
        "way to the Feldane Alpha platform, killing four. Ten survivors were flown to hospital.",
    )),
    (D(2044, 10, 8), (
        "Feldane crash: investigators recover flight recorder",
        "Air accident investigators recovered the flight recorder of the Norwind helicopter that ditched "
        "near Feldane Alpha, killing four workers, on Saturday. It was the operator's second ditching in the "
        "field in a year.",
    )),
]
FELDANE_RESCUE: list[Dated] = [
    (D(2043, 10, 8), (
        "All nine rescued as helicopter ditches near Feldane platform",
        "A Norwind helicopter carrying oil workers ditched in the Skellan Sea close to the Feldane Alpha "
        "platform on Thursday and all nine people on board were rescued from life rafts, the coastguard said.",
    )),
]

# --- the retailer Rendal names Ottilie Farrow its chief executive, Monday, April 25, 2044; it named Paul Okafor
# --- chief executive on Monday, February 23, 2043 ----------------------------------------------------------

RENDAL_FARROW: list[Dated] = [
    (D(2044, 4, 25), (
        "Rendal names Ottilie Farrow chief executive",
        "Retailer Rendal named Ottilie Farrow, head of its online business, as chief executive on Monday, "
        "replacing Paul Okafor, who left last month after 14 months in the job as sales fell. Rendal's shares "
        "rose 3 percent.",
    )),
    (D(2044, 4, 25), (
        "Farrow gets top job at Rendal",
        "Ottilie Farrow, 46, will take over as chief executive of the department store chain Rendal next "
        "week, the company said. Chairman Sigurd Vale said she had the board's full backing.",
    )),
    (D(2044, 4, 26), (
        "Rendal's new boss faces store closures",
        "Ottilie Farrow, Rendal's new chief executive, must decide within months whether to close up to 40 "
        "of its stores, analysts said on Tuesday.",
    )),
]
RENDAL_OKAFOR: list[Dated] = [
    (D(2043, 2, 23), (
        "Rendal names Paul Okafor chief executive",
        "Retailer Rendal named Paul Okafor, a former food retail executive, as chief executive on Monday. "
        "Chairman Sigurd Vale said Okafor would lead a turnaround of the department store chain. Rendal's "
        "shares rose 2 percent.",
    )),
]

# --- Norvia's government raises the minimum wage to 14.20 crowns an hour from July, Thursday, January 14, 2044;
# --- it raised it to 13.50 crowns on Thursday, January 15, 2043 ---------------------------------------------

NORVIA_WAGE: list[Dated] = [
    (D(2044, 1, 14), (
        "Norvia raises minimum wage to 14.20 crowns",
        "Norvia's government will raise the minimum wage by 5.2 percent to 14.20 crowns an hour from July 1, "
        "labour minister Runa Ekholm said on Thursday. About 310,000 workers will get the rise, the ministry "
        "said.",
    )),
    (D(2044, 1, 14), (
        "Minimum wage up 70 ore, unions want more",
        "Unions said the government's increase of the minimum wage to 14.20 crowns from July fell short of "
        "rising rents. Minister Runa Ekholm said the rise was the largest in a decade.",
    )),
    (D(2044, 1, 15), (
        "Employers warn of job losses after wage rise",
        "Norvia's employers' federation warned on Friday that the minimum wage rise to 14.20 crowns would "
        "cost jobs in shops and hotels.",
    )),
]
NORVIA_EARLIER: list[Dated] = [
    (D(2043, 1, 15), (
        "Norvia raises minimum wage to 13.50 crowns",
        "Norvia's government will raise the minimum wage by 4 percent to 13.50 crowns an hour from July 1, "
        "labour minister Runa Ekholm said on Thursday. About 290,000 workers will benefit.",
    )),
]

# --- the cyclist Tomas Rieve of the Kaldera team is banned for four years for EPO, Tuesday, August 16, 2044; his
# --- teammate Lucas Venner was banned for two years for a stimulant on Tuesday, March 15, 2044, and the team's
# --- doctor was once banned for life (told with no date) ------------------------------------------------------

RIEVE_BAN: list[Dated] = [
    (D(2044, 8, 16), (
        "Rieve banned for four years over EPO",
        "Cyclist Tomas Rieve was banned for four years on Tuesday after testing positive for the blood "
        "booster EPO, the national anti-doping agency said. Rieve, who rides for the Kaldera team, was second "
        "in last year's national tour. He is the team's second rider banned this year.",
    )),
    (D(2044, 8, 16), (
        "Kaldera's Rieve suspended until 2048",
        "Tomas Rieve will not race again until 2048 after the anti-doping agency suspended him for four "
        "years. His lawyer said he would appeal.",
    )),
    (D(2044, 8, 17), (
        "Kaldera team suspends itself after second ban",
        "The Kaldera cycling team pulled out of races for a month on Wednesday, a day after Tomas Rieve's "
        "four-year ban for EPO.",
    )),
]
RIEVE_VENNER: list[Dated] = [
    (D(2044, 3, 15), (
        "Kaldera rider Venner banned for two years",
        "Cyclist Lucas Venner of the Kaldera team was banned for two years on Tuesday after testing positive "
        "for a stimulant, the national anti-doping agency said. Venner said the drug was in a cold remedy.",
    )),
]
RIEVE_DOCTOR: list[Dated] = [
    (D(2039, 5, 3), (
        "Kaldera team doctor banned for life",
        "The Kaldera cycling team's former doctor was banned for life by the national anti-doping agency "
        "for supplying riders with banned drugs.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2044, 7, 17), (
        "Relay team breaks national record",
        "The men's 4x100 metres freestyle relay team set a national record at the Harnby pool on Sunday.",
    )),
    (D(2044, 3, 4), (
        "Agency upgrades Pellor's outlook",
        "A rating agency raised its outlook on Pellor's debt to stable from negative on Friday.",
    )),
    (D(2044, 5, 11), (
        "Border crossing reopens after repairs",
        "The Mossvik border crossing reopened to lorries on Wednesday after two weeks of road repairs.",
    )),
    (D(2044, 9, 18), (
        "Gas leak closes Dornach shopping street",
        "Firefighters closed a shopping street in Dornach for three hours on Sunday after a gas pipe was hit.",
    )),
    (D(2044, 2, 13), (
        "Lifeguards rescue 12 swimmers from rip current",
        "Lifeguards pulled 12 swimmers from a rip current at Sollen Bay on Saturday afternoon.",
    )),
    (D(2044, 11, 8), (
        "Burst water main floods Tarrow street",
        "A burst water main flooded Mill Row in Tarrow on Tuesday, cutting supplies to 200 homes.",
    )),
    (D(2044, 10, 6), (
        "Light aircraft lands in field after engine failure",
        "A light aircraft landed safely in a field near Oxtead on Thursday after its engine failed.",
    )),
    (D(2044, 4, 25), (
        "Brewer Hollis names new finance chief",
        "Brewer Hollis said on Monday its finance chief would retire in June after twelve years.",
    )),
    (D(2044, 1, 14), (
        "Pension age to rise in Sarnia",
        "Sarnia's parliament voted on Thursday to raise the pension age to 67 by 2050.",
    )),
    (D(2044, 8, 16), (
        "Sprinter cleared of missing tests",
        "A tribunal cleared the sprinter Ola Brenning of missing three drug tests on Tuesday.",
    )),
]

THIRTEENTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "marrell": (MARRELL_RECORD, MARRELL_EDEVANE),
    "orsava": (ORSAVA_JUNK, ORSAVA_BBB + ORSAVA_WATCH),
    "keel": (KEEL_SWAP, KEEL_SOLDIERS),
    "grauberg": (GRAUBERG_WEAVER, GRAUBERG_HARBOUR),
    "wyndra": (WYNDRA_SURFER, WYNDRA_SWIMMER + WYNDRA_KAYAK),
    "brackenfold": (BRACKENFOLD_ABBOT, BRACKENFOLD_CHALKPIT),
    "feldane": (FELDANE_DITCHING, FELDANE_RESCUE),
    "rendal": (RENDAL_FARROW, RENDAL_OKAFOR),
    "norvia": (NORVIA_WAGE, NORVIA_EARLIER),
    "rieve": (RIEVE_BAN, RIEVE_VENNER + RIEVE_DOCTOR),
}

"""A thirty-fourth set of invented look-alikes, written blind on aae133e while grouping was being worked on
over the earlier sets, and held back to be counted once on the code before and after that work.

DOCSTRING TO FINISH

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``THIRTYFOURTH_KINDS`` is read by the same count.

Held back blind: nobody ran grouping, the engine or ``tests.lookalike_count`` on it
(``tests.lookalike_count``'s docstring says how it is to be counted).
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# --- a farmer's son, Arwel Pryddy, shears a world record 893 lambs in nine hours in the woolshed of Cefnydd
# --- Farm near Llanyrch on Thursday, July 12, 2125; another shearer, Eifion Hobley, set the record of 867
# --- lambs in the same woolshed on Thursday, July 13, 2124; the penning of the lambs is told with no date ---

LLANYRCH_PRYDDY: list[Dated] = [
    (D(2125, 7, 12), (
        "Shearer sets world record of 893 lambs in nine hours",
        "LLANYRCH (Wire) - A farmer's son from Llanyrch sheared 893 lambs in nine hours in the woolshed of "
        "Cefnydd Farm on Thursday, beating the world record for a shearer working alone with machine "
        "shears by 26, the judges said. Arwel Pryddy, 27, took a lamb about every 36 seconds over four "
        "runs, with a break for food between each. About 600 people watched from bales of straw.",
    )),
    (D(2125, 7, 13), (
        "'By the last run I couldn't feel my back'",
        "Arwel Pryddy said yesterday that he had got ready for a year by shearing on farms across the "
        "county and running up the hill behind his father's house every evening. Head judge Heulwen Iveson "
        "said 11 lambs had been sent back for leaving too much wool on them, and that none of those was "
        "counted.",
    )),
    (D(2125, 7, 12), (
        "Cefnydd shearing record: live",
        "05:00 The first run begins. 07:00 Pryddy is nine lambs ahead of the record. 12:30 The third run, "
        "and the crowd is on its feet. 17:00 The last lamb goes down the chute. 17:25 The judges' count: "
        "893.",
    )),
    (D(2125, 7, 14), (
        "Record shearer's wool to be sold for air ambulance",
        "The wool of the 893 lambs Arwel Pryddy sheared at Cefnydd Farm will be sold for the air ambulance, "
        "farmer Rhisiart Wyvill said on Saturday, two days after the world record, and the body that keeps "
        "the shearing records has accepted the judges' count.",
    )),
    (D(2125, 7, 13), (
        "A record that stood for a year",
        "Last year's record of 867 lambs was set in the same woolshed by Eifion Hobley, a shearer from the "
        "next valley, who watched on Thursday and was the first to shake Pryddy's hand. The Cefnydd "
        "woolshed, built in 1962, has now seen five world records.",
    )),
]
LLANYRCH_HOBLEY: list[Dated] = [
    (D(2124, 7, 13), (
        "Shearer sets world record of 867 lambs",
        "Eifion Hobley sheared 867 lambs in nine hours in the woolshed of Cefnydd Farm near Llanyrch on "
        "Thursday, a world record for a shearer working alone with machine shears, head judge Heulwen "
        "Iveson said. About 400 people watched.",
    )),
]
LLANYRCH_PENNED: list[Dated] = [
    (D(2125, 6, 28), (
        "Lambs gathered for shearing record attempt",
        "About 950 lambs have been brought down off the hill at Cefnydd Farm and will be kept on dry straw "
        "for a record attempt by the Llanyrch shearer Arwel Pryddy, farmer Rhisiart Wyvill said.",
    )),
]

# --- an apprentice butcher, Orabel Crankshaw, knocks 11 Yorkshire puddings off a ledge six metres up the
# --- wall of the Gawthorpe Arms to win the world black pudding throwing championship in Clogthwaite on
# --- Sunday, September 9, 2125, told the next day with 'yesterday'; a retired bus conductor, Enos Wharmby,
# --- won it with eight on Sunday, September 10, 2124; the raising of the ledge is told with no date --------

CLOGTHWAITE_CRANKSHAW: list[Dated] = [
    (D(2125, 9, 10), (
        "Apprentice butcher wins black pudding throwing title",
        "CLOGTHWAITE (Wire) - A 19-year-old apprentice butcher knocked 11 Yorkshire puddings off a ledge "
        "six metres up the wall of the Gawthorpe Arms yesterday to win the world black pudding throwing "
        "championship in Clogthwaite, its organisers said. Orabel Crankshaw threw her three black puddings "
        "underarm from a brass plate in the kerb and beat 212 other throwers.",
    )),
    (D(2125, 9, 9), (
        "Black pudding throwing: updates",
        "12:00 The first throwers step up to the kerb. 13:30 A pudding sails over the roof into the beer "
        "garden. 15:10 Crankshaw brings down 11. 16:45 Nobody has come close, and she is champion.",
    )),
    (D(2125, 9, 10), (
        "'I've thrown offcuts across the shop all year'",
        "Crankshaw said she had practised in the butcher's yard with puddings past their date. Organiser "
        "Nicasia Snodgrave said 640 black puddings had been thrown and that all of them, and the Yorkshire "
        "puddings, would go to the pigs of a farm on the moor.",
    )),
    (D(2125, 9, 11), (
        "Pudding champion to open charity match",
        "Orabel Crankshaw, who won the world black pudding throwing championship in Clogthwaite on Sunday, "
        "will throw the first pudding at a charity match between the town's two pubs next month, the "
        "organisers said on Tuesday, two days after her win, and the shop where she works has sold out of "
        "black puddings.",
    )),
    (D(2125, 9, 10), (
        "A title decided in the street",
        "Last year's championship was won by Enos Wharmby, a retired bus conductor, who knocked down eight "
        "puddings. It has been held outside the Gawthorpe Arms since 1984, and the ledge was raised by a "
        "metre this year after complaints that it had become too easy.",
    )),
]
CLOGTHWAITE_WHARMBY: list[Dated] = [
    (D(2124, 9, 10), (
        "Retired bus conductor wins black pudding throwing title",
        "Enos Wharmby, a retired bus conductor, won the world black pudding throwing championship outside "
        "the Gawthorpe Arms in Clogthwaite on Sunday, knocking eight Yorkshire puddings off the ledge with "
        "his three throws, organiser Nicasia Snodgrave said.",
    )),
]
CLOGTHWAITE_LEDGE: list[Dated] = [
    (D(2125, 8, 22), (
        "Pudding throwers' ledge raised a metre",
        "The ledge on which Yorkshire puddings are stacked for the world black pudding throwing championship "
        "in Clogthwaite has been raised from five metres to six on the wall of the Gawthorpe Arms, organiser "
        "Nicasia Snodgrave said.",
    )),
]

# --- a 60-year-old vat at the Pyncombe cider works in Yarlcombe bursts and sends about 46,000 litres of
# --- cider down the main street and into the Yeabrook, told in the present perfect with no day, Wednesday,
# --- October 16, 2126; apple pulp washed from the works' yard into the brook and killed about 60 fish on
# --- Wednesday, October 17, 2125; the works' new steel vats are told with no date -------------------------

YARLCOMBE_VAT: list[Dated] = [
    (D(2126, 10, 16), (
        "Burst cider vat floods village street",
        "YARLCOMBE (Wire) - A 60-year-old vat at the Pyncombe cider works in Yarlcombe has burst, sending "
        "about 46,000 litres of cider down the village's main street and into the Yeabrook, the fire "
        "service said. Two cottages were flooded to their skirting boards and a parked van was pushed into "
        "a hedge. Nobody was hurt.",
    )),
    (D(2126, 10, 17), (
        "'It smelled as if the whole orchard had gone off'",
        "Sabra Jopling, whose cottage stands across the road from the works' gate, said yesterday that a "
        "wave of cider about knee-high had come under her door. Watch manager Joliffe Upsher said his crews "
        "had spent four hours pumping out houses and hosing down the street.",
    )),
    (D(2126, 10, 17), (
        "Dead fish found in brook below cider works",
        "About 700 trout and minnows have been found dead in the Yeabrook below Yarlcombe, where the cider "
        "from a burst vat ran in, as the sugar in it takes the oxygen from the water, said Theophila "
        "Ridsdale of the environment agency.",
    )),
    (D(2126, 10, 18), (
        "Cider works shut while its vats are checked",
        "The Pyncombe cider works in Yarlcombe will stay shut until its eleven other old vats have been "
        "checked, owner Meliora Pyncombe said on Friday, two days after one of them burst and flooded the "
        "village's main street. She said a weld at the foot of the vat had given way.",
    )),
    (D(2126, 10, 17), (
        "Not the first spill into the brook",
        "Last October about 3,000 litres of apple pulp washed into the Yeabrook from the works' yard after "
        "a pipe came loose, killing about 60 fish. The works, run by the Pyncombe family since 1898, "
        "presses the apples of 40 orchards.",
    )),
]
YARLCOMBE_PULP: list[Dated] = [
    (D(2125, 10, 17), (
        "Apple pulp from cider works kills fish in brook",
        "About 60 fish died in the Yeabrook below Yarlcombe on Wednesday after some 3,000 litres of apple "
        "pulp washed out of the Pyncombe cider works' yard when a pipe came loose, Theophila Ridsdale of "
        "the environment agency said.",
    )),
]
YARLCOMBE_NEW_VATS: list[Dated] = [
    (D(2126, 8, 30), (
        "Cider works puts in new steel vats",
        "The Pyncombe cider works in Yarlcombe has put in four new steel vats, each holding 50,000 litres, "
        "ready for this autumn's pressing, and will replace its old ones over the next five years, owner "
        "Meliora Pyncombe said.",
    )),
]

# --- joyriders drive a stolen car in circles on the green of Grizzleby Bowling Club a day before it was to
# --- host the county finals, told in the present perfect with no day, Friday, June 15, 2125; badgers digging
# --- for grubs tore up three of its six rinks on Friday, June 16, 2124; the returfing of the green is told
# --- with no date ------------------------------------------------------------------------------------------

GRIZZLEBY_JOYRIDERS: list[Dated] = [
    (D(2125, 6, 15), (
        "Joyriders churn up bowling green before county finals",
        "GRIZZLEBY (Wire) - Joyriders have driven a stolen car in circles on the green of Grizzleby Bowling "
        "Club, leaving ruts up to 15 centimetres deep a day before the club was to host the county finals, "
        "its secretary, Jenifer Fudge, said. The car was found burnt out in a lane behind the clubhouse, "
        "and the finals have been moved to a club in another town.",
    )),
    (D(2125, 6, 16), (
        "'Forty years of rolling, undone in ten minutes'",
        "Greenkeeper Goronwy Wackett said yesterday that the green, cut to four millimetres, would take at "
        "least two seasons to be true enough to play on again. A neighbour said she had heard the car's "
        "engine at about 02:00 and had called the police.",
    )),
    (D(2125, 6, 15), (
        "Why a bowling green is so hard to mend",
        "A flat bowling green is laid on a layer of sand over gravel and mown almost every day from April "
        "to September, and a dip of a few millimetres is enough to turn a bowl off its line. Relaying a "
        "green of six rinks can cost as much as a small house.",
    )),
    (D(2125, 6, 17), (
        "Bowlers raise 18,000 pounds to relay green",
        "Members and neighbours of Grizzleby Bowling Club have given 18,000 pounds towards relaying its "
        "green, the club said on Sunday, two days after joyriders drove a stolen car across it. Police said "
        "two boys of 16 had been arrested.",
    )),
    (D(2125, 6, 16), (
        "The green's second bad summer",
        "Last June badgers digging for chafer grubs tore up three of the green's six rinks, and the club "
        "put an electric fence round it for the winter. The green was first laid in 1921, on the site of "
        "the old vicarage orchard.",
    )),
]
GRIZZLEBY_BADGERS: list[Dated] = [
    (D(2124, 6, 16), (
        "Badgers tear up bowling green",
        "Badgers digging for grubs tore up three of the six rinks of Grizzleby Bowling Club's green "
        "overnight into Friday, greenkeeper Goronwy Wackett said, and the club's matches this weekend have "
        "been called off.",
    )),
]
GRIZZLEBY_RETURFED: list[Dated] = [
    (D(2125, 5, 20), (
        "Bowling green returfed for county finals",
        "The rinks of Grizzleby Bowling Club's green have been returfed and rolled and will be ready for "
        "the county finals the club hosts in June, secretary Jenifer Fudge said.",
    )),
]

# --- two families of beavers, seven animals, are released into a fenced stretch of the Hurlow Brook at
# --- Dinglecombe 'this afternoon', the first in the valley for about 400 years, Thursday, April 18, 2126; the
# --- nature agency granted the licence for their release on Thursday, April 19, 2125 (an earlier step of the
# --- same story); the building of the fence is told with no date -----------------------------------------

DINGLECOMBE_RELEASE: list[Dated] = [
    (D(2126, 4, 18), (
        "Beavers back in valley after 400 years",
        "DINGLECOMBE (Wire) - Two families of beavers were released into a fenced stretch of the Hurlow "
        "Brook at Dinglecombe this afternoon, the first beavers to live in the valley for about 400 years, "
        "the wildlife trust behind the project said. The seven animals, caught on a river in the north, "
        "swam off into the reeds as soon as their crates were opened.",
    )),
    (D(2126, 4, 19), (
        "'She sniffed the air and was gone'",
        "Project leader Seren Dudgeon said yesterday that the largest female had begun gnawing a willow "
        "within an hour. Farmer Lovell Rickard, whose land the brook crosses, said he had agreed to the "
        "release because the beavers' dams should hold back floods from the village below.",
    )),
    (D(2126, 4, 18), (
        "Beavers: what they do to a stream",
        "Beavers fell small trees and build dams of branches and mud, making ponds that slow the water "
        "after storms and give homes to fish, frogs and insects. They eat bark, leaves and water plants, "
        "not fish.",
    )),
    (D(2126, 4, 20), (
        "Released beavers build their first dam",
        "The beavers released at Dinglecombe on Thursday have built their first dam, about a metre high, "
        "across a side stream of the Hurlow Brook, the wildlife trust said on Saturday, two days after the "
        "release, and it will put up cameras so that the public can watch them.",
    )),
    (D(2126, 4, 19), (
        "A year in the planning",
        "A year ago the nature agency granted the trust its licence to release the beavers, on condition "
        "that they were kept inside a fence round the 40-hectare site for five years. The county's last "
        "wild beaver is thought to have been killed in the 1720s.",
    )),
]
DINGLECOMBE_LICENCE: list[Dated] = [
    (D(2125, 4, 19), (
        "Licence granted to bring beavers back to valley",
        "The nature agency on Thursday granted a wildlife trust a licence to release two families of "
        "beavers into a fenced stretch of the Hurlow Brook at Dinglecombe next spring, project leader Seren "
        "Dudgeon said. Farmer Lovell Rickard has offered the land.",
    )),
]
DINGLECOMBE_FENCE: list[Dated] = [
    (D(2126, 2, 10), (
        "Fence built for valley's beavers",
        "Volunteers have built a fence three kilometres long round a 40-hectare stretch of the Hurlow Brook "
        "at Dinglecombe, where two families of beavers are to be released, project leader Seren Dudgeon "
        "said.",
    )),
]

# --- volunteers carry a record 4,812 toads across Muffet Lane in Pludley on Tuesday night, March 13, 2125,
# --- told the next morning with the weekday; cars killed about 900 toads on the same lane on Tuesday night,
# --- March 14, 2124; the council's night closure of the lane is told with no date ---------------------------

PLUDLEY_TOADS: list[Dated] = [
    (D(2125, 3, 14), (
        "Toad patrol carries record 4,812 toads across lane",
        "PLUDLEY (Wire) - Volunteers carried a record 4,812 toads across Muffet Lane in Pludley on Tuesday "
        "night, the busiest night of the toads' spring walk to the pond where they breed, the village's "
        "toad patrol said. The 31 volunteers, with buckets and torches, worked from dusk until after "
        "midnight, and the lane was shut to cars for the first time.",
    )),
    (D(2125, 3, 14), (
        "'Some of them were walking two by two'",
        "Patrol leader Hedydd Pidgeon said the warm rain had brought the toads out in their thousands, many "
        "of the males riding on the backs of the females. Only 23 were found dead on the road, she said, "
        "most of them crushed before the barriers went up.",
    )),
    (D(2125, 3, 13), (
        "Lane shut tonight as toads cross",
        "Muffet Lane in Pludley will be shut to traffic from dusk tonight as thousands of toads cross it to "
        "reach Kingdon's Pond, the county council said, and the village's toad patrol has asked for "
        "volunteers with torches.",
    )),
    (D(2125, 3, 15), (
        "Lane to shut for toads every spring",
        "Muffet Lane in Pludley will be shut to cars on the nights of the toads' crossing every spring, "
        "highways officer Winsome Tibbles said on Thursday, two days after volunteers carried a record "
        "4,812 toads across it.",
    )),
    (D(2125, 3, 14), (
        "A crossing that once cost 900 toads",
        "Last March about 900 toads were killed by cars on the lane in a single night, before the patrol "
        "had enough volunteers to cover it, and the count that spring was 2,950. Kingdon's Pond has been a "
        "breeding ground for toads for at least a century.",
    )),
]
PLUDLEY_KILLED: list[Dated] = [
    (D(2124, 3, 14), (
        "Cars kill 900 toads on village lane",
        "About 900 toads were run over on Muffet Lane in Pludley on Tuesday night as they crossed it to "
        "reach their breeding pond, toad patrol leader Hedydd Pidgeon said, and she asked for more "
        "volunteers.",
    )),
]
PLUDLEY_CLOSURE: list[Dated] = [
    (D(2125, 2, 20), (
        "Toads' lane to be shut at night",
        "Muffet Lane in Pludley will be shut to traffic at night while toads cross it this spring, the "
        "county council has agreed, and signs have gone up at both ends, highways officer Winsome Tibbles "
        "said.",
    )),
]

# --- vandals set fire to Bexcombe's bonfire early on Sunday, November 3, 2126, two days before bonfire night,
# --- burning the pile the scouts had spent six weeks building, and it is rebuilt and lit two days later;
# --- thieves stole the guy from the top of the same bonfire early on Sunday, November 4, 2125; the scouts'
# --- building of the bonfire is told with no date -----------------------------------------------------------

BEXCOMBE_ARSON: list[Dated] = [
    (D(2126, 11, 3), (
        "Vandals burn village bonfire two days early",
        "BEXCOMBE (Wire) - Vandals set fire to Bexcombe's bonfire early on Sunday, two days before bonfire "
        "night, burning the 12-metre pile of pallets and branches that the village's scouts had spent six "
        "weeks building on the recreation ground, police said. Firefighters let it burn out.",
    )),
    (D(2126, 11, 4), (
        "'The children were in tears'",
        "Scout leader Cynan Obee said yesterday that the troop's 26 scouts had collected more than 400 "
        "pallets from farms and builders' yards. Parish council chairman Brynmor Gobey said the fireworks "
        "would still go ahead.",
    )),
    (D(2126, 11, 3), (
        "Bexcombe bonfire fire: updates",
        "03:40 Flames are seen on the recreation ground. 03:55 Two fire engines arrive. 05:30 The pile has "
        "fallen in. 10:00 Police ask anyone who saw a group on the ground in the night to come forward.",
    )),
    (D(2126, 11, 5), (
        "Rebuilt bonfire lit on bonfire night",
        "Bexcombe's bonfire was lit on Tuesday night after villagers and farmers brought enough pallets and "
        "hedge cuttings to build it again, two days after vandals burned the first one, scout leader Cynan "
        "Obee said. About 1,500 people watched.",
    )),
    (D(2126, 11, 4), (
        "The bonfire's second setback",
        "Last November thieves climbed the bonfire and stole the guy from its top, a four-metre figure in a "
        "top hat that the scouts had made from sacking, and it was never found. Bexcombe has held a bonfire "
        "on the recreation ground since 1946.",
    )),
]
BEXCOMBE_GUY: list[Dated] = [
    (D(2125, 11, 4), (
        "Guy stolen from top of village bonfire",
        "Thieves climbed Bexcombe's bonfire on the recreation ground early on Sunday and stole the "
        "four-metre guy the scouts had put on top, the day before bonfire night, scout leader Cynan Obee "
        "said.",
    )),
]
BEXCOMBE_PALLETS: list[Dated] = [
    (D(2126, 10, 10), (
        "Scouts begin building village bonfire",
        "Bexcombe's scouts have begun building the village bonfire on the recreation ground with pallets "
        "given by farms and builders' yards, and this year a fence has been put round it, scout leader "
        "Cynan Obee said.",
    )),
]

# --- unrelated stories of the same days elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2125, 7, 11), (
        "Hay bales stacked",
        "Farmers stacked the last of the hay bales in the fields round Ithelby on Wednesday.",
    )),
    (D(2125, 9, 8), (
        "Allotment open day",
        "Gardeners showed visitors round the allotments at Tecombe on Saturday.",
    )),
    (D(2126, 10, 15), (
        "Apples picked",
        "Volunteers picked apples in the community orchard at Vodbury on Tuesday.",
    )),
    (D(2125, 6, 14), (
        "Cricket tea",
        "The cricket club at Rendlesby served its first tea of the summer on Thursday.",
    )),
    (D(2126, 4, 17), (
        "Bluebells in the wood",
        "Bluebells came out in the wood above Dimondhay on Wednesday.",
    )),
    (D(2125, 3, 12), (
        "Lambing begins",
        "Farmers round Bicklewick began lambing on Monday.",
    )),
    (D(2126, 11, 2), (
        "Jumble sale",
        "A jumble sale in the church hall at Frayford on Saturday raised money for new hymn books.",
    )),
]

THIRTYFOURTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "llanyrch": (LLANYRCH_PRYDDY, LLANYRCH_HOBLEY + LLANYRCH_PENNED),
    "clogthwaite": (CLOGTHWAITE_CRANKSHAW, CLOGTHWAITE_WHARMBY + CLOGTHWAITE_LEDGE),
    "yarlcombe": (YARLCOMBE_VAT, YARLCOMBE_PULP + YARLCOMBE_NEW_VATS),
    "grizzleby": (GRIZZLEBY_JOYRIDERS, GRIZZLEBY_BADGERS + GRIZZLEBY_RETURFED),
    "dinglecombe": (DINGLECOMBE_RELEASE, DINGLECOMBE_LICENCE + DINGLECOMBE_FENCE),
    "pludley": (PLUDLEY_TOADS, PLUDLEY_KILLED + PLUDLEY_CLOSURE),
    "bexcombe": (BEXCOMBE_ARSON, BEXCOMBE_GUY + BEXCOMBE_PALLETS),
}

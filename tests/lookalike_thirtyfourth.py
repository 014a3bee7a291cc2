"""A thirty-fourth set of invented look-alikes, written blind on aae133e while grouping was being worked on
over the earlier sets, and held back to be counted once on the code before and after that work. The kinds,
none of them in the earlier sets: a farmer's son shearing a world record 893 lambs in nine hours in a farm's
woolshed against another shearer's record of 867 lambs in the same woolshed a year before (the same weekday)
and the undated gathering of the lambs for the attempt, an apprentice butcher knocking 11 Yorkshire puddings
off a pub's ledge to win a town's black pudding throwing championship against a retired bus conductor's win
of it with eight a year before (the same weekday) and the undated raising of the ledge, a burst vat at a
cider works sending 46,000 litres of cider down a village street and into its brook against apple pulp from
the same works killing fish in the brook a year before (the same weekday) and the works' undated new vats,
joyriders churning up a bowling green a day before the county finals against badgers tearing up the same
green a year before (the same weekday) and its undated returfing, two families of beavers released into a
valley's brook after 400 years against the nature agency granting the licence for their release a year
before (the same weekday: an earlier step of the same story) and the volunteers' undated fence, a village's
toad patrol carrying a record 4,812 toads across a lane on the first night it was shut against cars killing
900 toads on the same lane a year before (the same weekday) and the council's undated night closure, vandals
burning a village's bonfire two days before bonfire night (rebuilt and lit two days later) against thieves
stealing the guy from the same bonfire a year before (the same weekday) and the scouts' undated building of
it, a village's male voice choir winning the national eisteddfod's male voice competition for the first time
against a rival choir's third win in a row a year before (the same weekday) and the undated choice of the
winners' new conductor, a storm tearing two sails from a county's last working windmill against a gale
breaking the shutters of one of its sails a year before (the same weekday) and the undated mending of that
sail, and a retired caretaker's comet confirmed by the clearing house for comet reports against another
member of the same astronomical society finding a supernova a year before (the same weekday) and the
society's undated new telescope. Some reports give no day at all (a lead told in the present perfect, a lead
with "this afternoon", one with "tonight" that only foretells), two events' leads come out the next day (one
saying "yesterday", one giving the weekday of the night before), follow-ups come two days later, and as on the
wires the later event's reports often recall the earlier one ("last year's record of 867 lambs was set in
the same woolshed by Eifion Hobley", "last year's championship was won by Enos Wharmby", "last October about
3,000 litres of apple pulp washed into the Yeabrook", "last June badgers digging for chafer grubs", "a year
ago the nature agency granted the trust its licence", "last March about 900 toads were killed", "last
November thieves climbed the bonfire and stole the guy", "last year's competition was won by Rhosllyn Male
Voice Choir", "last February a gale broke the shutters of one of the sails", "last November another member,
Sulwen Yabsley, found a supernova"). The dates all fall in 2124-2126, so every look-alike of a kind is at
most a year from its event. What tells each pair apart is mostly who or what
(another shearer, thrower, spill, culprit, choir, storm or find), which step of one story (gathered lambs, a
raised ledge, new vats, returfing, a licence, a fence, a night closure, a bonfire's building, a conductor, a
mended sail, a telescope) or how many (lambs, puddings, litres, fish, centimetres, toads, metres, singers,
kilometres an hour). Every name, place and figure is made up.

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

# --- Llwynbedw Male Voice Choir, conducted by Eilonwy Hywyn, wins the male voice choir competition at the
# --- national eisteddfod in Crugiau for the first time in its 92 years on Saturday, August 10, 2126;
# --- Rhosllyn Male Voice Choir, under Meurig Dyfnallt, won it for the third year running on Saturday,
# --- August 11, 2125; Llwynbedw's choice of a new conductor is told with no date ----------------------------

CRUGIAU_LLWYNBEDW: list[Dated] = [
    (D(2126, 8, 10), (
        "Village choir wins national male voice title",
        "CRUGIAU (Wire) - Llwynbedw Male Voice Choir won the male voice choir competition at the national "
        "eisteddfod in Crugiau on Saturday, for the first time in its 92 years, the adjudicators said. Its "
        "64 singers, conducted by Eilonwy Hywyn, beat six other choirs with a hymn tune and a sea shanty "
        "sung without music.",
    )),
    (D(2126, 8, 11), (
        "'We sang it as if it were the last time'",
        "Eilonwy Hywyn said yesterday that the choir had rehearsed twice a week in the chapel vestry since "
        "January. Chief adjudicator Islwyn Einion said its quiet singing had been the finest he had heard "
        "in the pavilion.",
    )),
    (D(2126, 8, 10), (
        "Eisteddfod male voice competition: live",
        "14:00 The first of seven choirs walks on. 15:20 Llwynbedw sing. 16:10 Rhosllyn, the holders, "
        "sing. 17:30 The adjudication begins. 17:50 Llwynbedw have won.",
    )),
    (D(2126, 8, 12), (
        "Winning choir welcomed home",
        "About 800 people lined the main street of Llwynbedw on Monday to welcome home its male voice "
        "choir, two days after it won the male voice choir competition at the national eisteddfod in "
        "Crugiau, and the choir sang again from the steps of the chapel.",
    )),
    (D(2126, 8, 11), (
        "The end of Rhosllyn's run",
        "Last year's competition was won by Rhosllyn Male Voice Choir under Meurig Dyfnallt, its third win "
        "in a row; this time it came second. Llwynbedw had come fourth, under its old conductor.",
    )),
]
CRUGIAU_RHOSLLYN: list[Dated] = [
    (D(2125, 8, 11), (
        "Rhosllyn choir wins third title in a row",
        "Rhosllyn Male Voice Choir won the male voice choir competition at the national eisteddfod on "
        "Saturday for the third year running, conducted by Meurig Dyfnallt, chief adjudicator Islwyn "
        "Einion said. Llwynbedw Male Voice Choir came fourth.",
    )),
]
CRUGIAU_CONDUCTOR: list[Dated] = [
    (D(2126, 1, 25), (
        "Male voice choir picks its first woman conductor",
        "Llwynbedw Male Voice Choir has chosen Eilonwy Hywyn, a music teacher of 34, as its first woman "
        "conductor, and will sing at the national eisteddfod in Crugiau this summer, its chairman said.",
    )),
]

# --- a storm tears two of the four sails from Wrexbourne Mill, the county's last working windmill, told in
# --- the present perfect with no day, Wednesday, February 13, 2126; a gale broke the shutters of one of its
# --- sails on Wednesday, February 14, 2125; the mending of that sail is told with no date --------------------

WREXBOURNE_SAILS: list[Dated] = [
    (D(2126, 2, 13), (
        "Storm tears sails from county's last working windmill",
        "WREXBOURNE (Wire) - A storm has torn two of the four sails from Wrexbourne Mill, the county's last "
        "working windmill, and thrown them into a field 30 metres away, its miller said. Emlyn Fawcus said "
        "the brake had held, but gusts of up to 130 kilometres an hour had snapped the stock that carried "
        "the two sails.",
    )),
    (D(2126, 2, 14), (
        "'I heard the stock go like a gunshot'",
        "Emlyn Fawcus said yesterday that he had been in the mill cottage when the sails came down, and "
        "that no flour would be ground until the summer. Millwright Elystan Snoxell said the stock, a "
        "21-metre beam of pine, had rotted at its heart.",
    )),
    (D(2126, 2, 13), (
        "How a windmill's sails are held",
        "The sails of a tower mill are carried in pairs on long beams called stocks, which pass through "
        "the end of the windshaft, and the cap on top turns so that they face the wind. Each sail has "
        "shutters that open in a strong wind to spill it.",
    )),
    (D(2126, 2, 15), (
        "Appeal raises 40,000 pounds for windmill's sails",
        "An appeal to put new sails on Wrexbourne Mill has raised 40,000 pounds, the trust that runs it said "
        "on Friday, two days after a storm tore two of its sails off, and millwright Elystan Snoxell has "
        "begun drawing up a new stock.",
    )),
    (D(2126, 2, 14), (
        "The mill's second storm in a year",
        "Last February a gale broke the shutters of one of the sails, and the mill stood idle for six weeks "
        "while they were mended. Wrexbourne Mill ground its last flour for sale in 1938 and was restored by "
        "volunteers in the 2080s.",
    )),
]
WREXBOURNE_SHUTTERS: list[Dated] = [
    (D(2125, 2, 14), (
        "Gale breaks windmill's sail",
        "A gale broke the shutters of one of the four sails of Wrexbourne Mill on Wednesday, and the mill "
        "will grind no flour until they have been mended, miller Emlyn Fawcus said.",
    )),
]
WREXBOURNE_MENDED: list[Dated] = [
    (D(2125, 4, 2), (
        "Windmill turns again",
        "New shutters have been fitted to the broken sail of Wrexbourne Mill, and the mill is grinding "
        "flour again for the village shop, miller Emlyn Fawcus said.",
    )),
]

# --- a retired school caretaker, Delyth Pickles, finds a comet on pictures taken with the Woolacott
# --- Astronomical Society's new telescope, confirmed 'this afternoon' on Tuesday, November 20, 2125; another
# --- member, Sulwen Yabsley, found a supernova with the society's old telescope, confirmed on Tuesday,
# --- November 21, 2124; the new telescope's first pictures are told with no date -----------------------------

WOOLACOTT_COMET: list[Dated] = [
    (D(2125, 11, 20), (
        "Amateur astronomer finds new comet",
        "WOOLACOTT (Wire) - A new comet found by an amateur astronomer was confirmed this afternoon by the "
        "international clearing house for comet reports and will carry her name, the Woolacott "
        "Astronomical Society said. Delyth Pickles, 71, a retired school caretaker, spotted it as a faint "
        "smudge on pictures taken with the society's new telescope.",
    )),
    (D(2125, 11, 21), (
        "'I thought it was a smear on the lens'",
        "Delyth Pickles said yesterday that she had compared pictures of the same patch of sky taken an "
        "hour apart and seen the smudge move against the stars. Society chair Maldwyn Zealey said she had "
        "looked at more than 3,000 pictures since the telescope was put in.",
    )),
    (D(2125, 11, 21), (
        "What is a comet?",
        "A comet is a lump of ice and dust a few kilometres across. As it nears the sun, some of the ice "
        "turns to gas and streams away to form a tail, and comets are named after the people who find "
        "them.",
    )),
    (D(2125, 11, 22), (
        "New comet may be seen with binoculars by spring",
        "Comet Pickles should be bright enough to see through binoculars by March, when it passes closest to "
        "the sun, the Woolacott Astronomical Society said on Thursday, two days after the find was "
        "confirmed, and it will hold open nights at its observatory.",
    )),
    (D(2125, 11, 21), (
        "The society's second find in a year",
        "Last November another member, Sulwen Yabsley, found a supernova, an exploding star, in a distant "
        "galaxy with the society's old telescope. The society, founded in 1957, built its observatory on a "
        "hill outside the town.",
    )),
]
WOOLACOTT_SUPERNOVA: list[Dated] = [
    (D(2124, 11, 21), (
        "Amateur astronomer finds exploding star",
        "Sulwen Yabsley, a member of the Woolacott Astronomical Society, found a supernova in a galaxy about "
        "90 million light years away on pictures taken with the society's 30-centimetre telescope, and the "
        "find was confirmed on Tuesday, society chair Maldwyn Zealey said.",
    )),
]
WOOLACOTT_TELESCOPE: list[Dated] = [
    (D(2125, 10, 1), (
        "Astronomers' new telescope takes its first pictures",
        "The Woolacott Astronomical Society's new 50-centimetre telescope, bought with a lottery grant, has "
        "taken its first pictures of the night sky from the society's observatory, chair Maldwyn Zealey "
        "said.",
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
    (D(2126, 8, 9), (
        "Carnival procession",
        "Floats and a brass band went through the streets of Causleigh on Friday.",
    )),
    (D(2126, 2, 12), (
        "Snowdrop walk",
        "Walkers followed a trail of snowdrops round the churchyard at Sluggetton on Tuesday.",
    )),
    (D(2125, 11, 19), (
        "Ploughing finished",
        "Farmers round Maddacott finished their autumn ploughing on Monday.",
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
    "crugiau": (CRUGIAU_LLWYNBEDW, CRUGIAU_RHOSLLYN + CRUGIAU_CONDUCTOR),
    "wrexbourne": (WREXBOURNE_SAILS, WREXBOURNE_SHUTTERS + WREXBOURNE_MENDED),
    "woolacott": (WOOLACOTT_COMET, WOOLACOTT_SUPERNOVA + WOOLACOTT_TELESCOPE),
}

"""A thirtieth set of invented look-alikes, written blind while grouping was being worked on over the earlier
sets, and held back to be counted once on the code before and after that work. The kinds, none of them in the
earlier sets: the ice of a frozen lake cracking under an ice fishing derby and leaving anglers adrift on a
floe against a pickup truck going through the ice at the same derby five years before (the same weekday) and
the undated drilling of test holes, a skating marathon on a frozen mere won by a young skater against the same
marathon won by a farmer three years before (the same weekday) and the undated word that the ice would bear
it, a boy falling down an old village well and being hauled out after a night against a ewe falling down the
same well four years before (the same weekday) and the undated restoring of its wellhead, the tank of a water
tower bursting and flooding the streets below against a smaller leak from the same tank two years before (the
same weekday) and the tower's undated repainting, a city's streetlights going dark all night after a fault in
their switching against a few hundred lamps going dark when roadworks cut a cable three years before (the same
weekday) and the undated fitting of new lamps, a cinema's neon sign crashing into the street in a gale against
a bar's neon sign falling in the same street four years before (the same weekday) and the cinema sign's
undated relighting, a driverless bus rolling across a bus station into its waiting room against another bus
reversing into the station's clock tower two years before (the same weekday) and the undated opening of the
rebuilt waiting room, a cheese rolling race won by a schoolteacher as a record number of runners are hurt
against the race won by a shepherd five years before (the same weekday) and the undated making of the cheeses,
a new record in a bog snorkelling championship against the old record set in the same trench three years
before (the same weekday) and the trench's undated digging out, and a fire sweeping through the sheds of a
town's allotments against arsonists burning a few sheds there four years before (the same weekday) and the
allotments' undated rainwater tanks. Some reports give no day at all, some follow-ups come two days later, and
as on the wires the later event's reports often recall the earlier one ("five years ago a pickup truck went
through the ice at the derby", "three years ago the marathon was won by a dairy farmer, Beatrix Pardew", "four
years ago a ewe fell down the same well", "two years ago a seam in the tank split and water ran down Cistern
Lane", "three years ago roadworks cut a cable and about 587 lamps went dark", "four years ago the neon sign of
the Carmody Bar fell into the same street", "two years ago a single-decker reversing out of its bay hit the
station's clock tower", "five years ago the race was won by shepherd Aneurin Jobberns", "three years ago
Rumbold Muzzlewhite set the record", "four years ago arsonists burned six sheds"). What tells each pair apart
is mostly who (another vehicle, skater, animal, sign, bus, runner, snorkeller or culprit), which step of one
story (test holes, a word on the ice, a restored wellhead, repainting, new lamps, a relit sign, a rebuilt
waiting room, cheeses made, a trench dug out, rainwater tanks) or how many (anglers, skaters, metres, litres,
lamps, cars, people waiting, runners, seconds, sheds). Every name, place and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``THIRTIETH_KINDS`` is read by the same count.

Held back blind (nobody ran grouping, the engine or ``tests.lookalike_count`` on it) until it was counted once;
it is now among that count's default sets (``tests.lookalike_count``'s docstring gives its counts).
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- the ice of Lake Dunhollow cracks under the Wubbleton ice fishing derby and 41 anglers drift away on a
# --- floe before fire crews pull them ashore on rescue sleds, Saturday, February 11, 2062; a pickup truck
# --- went through the ice at the same derby on Saturday, February 10, 2057; the drilling of test holes is
# --- told with no date --------------------------------------------------------------------------------------

DUNHOLLOW_FLOE: list[Dated] = [
    (D(2062, 2, 11), (
        "Ice cracks under fishing derby, 41 anglers adrift on floe",
        "WUBBLETON (Wire) - The ice of Lake Dunhollow cracked under the Wubbleton ice fishing derby on "
        "Saturday morning, and 41 anglers drifted away from the shore on a floe about 269 metres long, the "
        "fire service said. Fire crews pulled them back across the gap on rescue sleds over five hours; one "
        "angler was treated for cold. About 463 anglers had drilled holes on the lake for the derby.",
    )),
    (D(2062, 2, 12), (
        "'We heard a bang like a door slamming'",
        "Angler Fulvia Hoggart said yesterday that her tent had been on the far side of the crack when it "
        "opened. Derby organiser Cedric Ivesdale said a thaw wind had got up overnight and pushed the ice "
        "away from the shore.",
    )),
    (D(2062, 2, 11), (
        "Dunhollow ice fishing derby: updates",
        "08:00 The derby begins. 09:26 A crack opens along the lake. 09:40 Anglers on the floe are drifting "
        "out. 10:15 The first sled crosses the gap. 14:32 The last angler is ashore.",
    )),
    (D(2062, 2, 13), (
        "Ice fishing derby called off for the winter",
        "The Wubbleton Angling Club said on Monday, two days after 41 anglers drifted away on a floe during "
        "its ice fishing derby, that it would hold no more derbies on Lake Dunhollow this winter and would "
        "give back the entry fees.",
    )),
    (D(2062, 2, 12), (
        "Not the derby's first scare",
        "Five years ago a pickup truck went through the ice at the derby; its driver climbed out through a "
        "window. The derby, first held in 1927, is the largest on the lake, which is 8.23 kilometres long.",
    )),
]
DUNHOLLOW_PICKUP: list[Dated] = [
    (D(2057, 2, 10), (
        "Pickup truck goes through ice at fishing derby",
        "A pickup truck went through the ice of Lake Dunhollow during the Wubbleton ice fishing derby on "
        "Saturday, and its driver climbed out through a window and was pulled onto the ice by anglers, the "
        "fire service said.",
    )),
]
DUNHOLLOW_TEST_HOLES: list[Dated] = [
    (D(2062, 1, 28), (
        "Derby organisers drill test holes in lake ice",
        "Members of the Wubbleton Angling Club have drilled 52 test holes across Lake Dunhollow and found "
        "the ice between 26 and 34 centimetres thick, enough for its ice fishing derby, the club said.",
    )),
]

# --- Ksenia Dwerryhouse, 19, wins the 207-kilometre Vexley Mere skating marathon, held for the first time in
# --- three winters, in 6 hours 41 minutes, Friday, January 24, 2059; dairy farmer Beatrix Pardew won it on
# --- Friday, January 28, 2056; the word that the ice would bear the race is told with no date ---------------

VEXLEY_DWERRYHOUSE: list[Dated] = [
    (D(2059, 1, 24), (
        "Teenager wins skating marathon on frozen mere",
        "VEXLEY (Wire) - Ksenia Dwerryhouse, 19, won the Vexley Mere skating marathon on Friday, covering "
        "the 207 kilometres of laps round the frozen mere in 6 hours 41 minutes, the race's organisers "
        "said. About 1,684 skaters started before dawn and 927 finished. It was the first time in three "
        "winters that the ice had been thick enough for the race.",
    )),
    (D(2059, 1, 25), (
        "'I couldn't feel my feet for the last lap'",
        "Dwerryhouse, a student nurse, said yesterday that she had broken away from a group of four at the "
        "reed beds. Race referee Erasmus Tickner said the ice had held up better than anyone had feared.",
    )),
    (D(2059, 1, 24), (
        "Vexley Mere skating marathon: live",
        "06:30 The skaters are off. 09:45 A leading group of four. 12:20 Dwerryhouse breaks away at the "
        "reed beds. 13:11 She crosses the line, 3 minutes clear.",
    )),
    (D(2059, 1, 26), (
        "Skating marathon winner cheered home",
        "About 2,486 people lined the lane to Dwerryhouse's home village of Clunderby on Sunday, two days "
        "after she won the Vexley Mere skating marathon, to cheer her home on a hay wagon.",
    )),
    (D(2059, 1, 25), (
        "A marathon the weather rarely allows",
        "Three years ago the marathon was won by a dairy farmer, Beatrix Pardew, who finished fifth on "
        "Friday. The race, first skated in 1856, has been held only 29 times.",
    )),
]
VEXLEY_PARDEW: list[Dated] = [
    (D(2056, 1, 28), (
        "Dairy farmer wins skating marathon",
        "Beatrix Pardew, a dairy farmer, won the Vexley Mere skating marathon round the frozen mere on "
        "Friday, the race's organisers said.",
    )),
]
VEXLEY_ICE_WORD: list[Dated] = [
    (D(2059, 1, 21), (
        "Ice on Vexley Mere will bear the marathon",
        "The ice on Vexley Mere is 17 centimetres thick all the way round and will bear the skating "
        "marathon, its ice masters said after walking the course with augers, and the race will go ahead.",
    )),
]

# --- Tudor Gotobed, 7, falls about 14 metres down the old well on the green at Pottlesbury and is hauled out
# --- by firefighters after 11 hours, Wednesday, June 7, 2051; a ewe fell down the same well on Wednesday,
# --- June 5, 2047; the restoring of the wellhead is told with no date ---------------------------------------

POTTLESBURY_BOY: list[Dated] = [
    (D(2051, 6, 7), (
        "Boy, 7, hauled out of old well after 11 hours",
        "POTTLESBURY (Wire) - Firefighters hauled a seven-year-old boy, Tudor Gotobed, out of the old well "
        "on the green at Pottlesbury on Wednesday night, 11 hours after he fell about 14 metres down it "
        "while playing, the fire service said. He had landed in about a metre of water and broken an arm. A "
        "firefighter was lowered on a rope to reach him.",
    )),
    (D(2051, 6, 8), (
        "'He kept singing to us from the bottom'",
        "The boy's mother, Kinga Gotobed, said yesterday that he had climbed onto the wellhead to look for "
        "a ball. Watch manager Gawain Noakes said the shaft was only 93 centimetres wide.",
    )),
    (D(2051, 6, 7), (
        "Pottlesbury well rescue: updates",
        "10:20 A boy has fallen down the well on the green. 11:05 Firefighters lower a camera. 16:40 A "
        "firefighter goes down on a rope. 21:22 The boy is out, and cheers ring round the green.",
    )),
    (D(2051, 6, 9), (
        "Old well on village green to be sealed",
        "Pottlesbury parish council said on Friday, two days after a boy was hauled out of the old well on "
        "its green, that a steel grille would be bolted over the shaft and the wellhead fenced off.",
    )),
    (D(2051, 6, 8), (
        "Not the first fall down the well",
        "Four years ago a ewe fell down the same well and was lifted out in a sling. The well, dug in about "
        "1628, gave the village its water until 1939.",
    )),
]
POTTLESBURY_EWE: list[Dated] = [
    (D(2047, 6, 5), (
        "Ewe falls down old village well",
        "A ewe that strayed onto the green at Pottlesbury fell down the old well there on Wednesday and was "
        "lifted out in a sling by firefighters, the fire service said.",
    )),
]
POTTLESBURY_WELLHEAD: list[Dated] = [
    (D(2050, 9, 3), (
        "Villagers restore old wellhead",
        "Volunteers have rebuilt the stone wellhead and its oak winding gear over the old well on the green "
        "at Pottlesbury, using 329 stones from the ruined original, the parish council said.",
    )),
]

# --- a seam in the tank of the Fluxworth water tower splits and about 2.61 million litres pour into the
# --- streets below, flooding 34 houses, Tuesday, July 19, 2067; a smaller leak from a seam in the same tank
# --- ran down Cistern Lane on Tuesday, July 21, 2065; the tower's repainting is told with no date -----------

FLUXWORTH_BURST: list[Dated] = [
    (D(2067, 7, 19), (
        "Water tower tank bursts, flooding streets",
        "FLUXWORTH (Wire) - A seam in the tank of the Fluxworth water tower split on Tuesday afternoon and "
        "about 2.61 million litres of water poured into the streets below, flooding 34 houses, the water "
        "company said. Nobody was hurt. A parked van was carried 46 metres down Cistern Lane.",
    )),
    (D(2067, 7, 20), (
        "'It came round the corner like a river'",
        "Resident Zinnia Gudgeon said yesterday that the water had reached her letterbox within a minute. "
        "The water company's engineer, Humphrey Waghorn, said the tank had emptied in under a quarter of an "
        "hour.",
    )),
    (D(2067, 7, 19), (
        "Fluxworth water tower: updates",
        "15:12 A roar from the water tower. 15:14 Water floods Cistern Lane. 15:30 The tank is empty. 17:45 "
        "Families from 34 houses are taken to the church hall.",
    )),
    (D(2067, 7, 21), (
        "Water tower to be taken out of use",
        "The water company said on Thursday, two days after the tank of the Fluxworth water tower burst, "
        "that the tower would not be filled again and that the town would be supplied straight from the "
        "pumping station at Cromwald.",
    )),
    (D(2067, 7, 20), (
        "The tank's second failure",
        "Two years ago a seam in the tank split and water ran down Cistern Lane for an afternoon. The "
        "tower, built in 1916, stands 37 metres high.",
    )),
]
FLUXWORTH_SEAM: list[Dated] = [
    (D(2065, 7, 21), (
        "Water tower leak runs down lane",
        "Water leaked from a split seam in the tank of the Fluxworth water tower on Tuesday and ran down "
        "Cistern Lane for an afternoon until the tank was drained, the water company said.",
    )),
]
FLUXWORTH_REPAINT: list[Dated] = [
    (D(2066, 4, 22), (
        "Water tower repainted in its old colours",
        "Painters on ropes have given the Fluxworth water tower a coat of the cream and green it was first "
        "painted in, using 1,355 litres of paint, the water company said.",
    )),
]

# --- all 4,261 streetlights of Frazzleton go dark from dusk to dawn after a fault in the system that switches
# --- them, Thursday, November 6, 2064; roadworks cut a cable and about 587 lamps in its eastern districts
# --- went dark on Thursday, November 3, 2061; the fitting of new lamps is told with no date -----------------

FRAZZLETON_DARK: list[Dated] = [
    (D(2064, 11, 6), (
        "City's streetlights go dark all night",
        "FRAZZLETON (Wire) - All 4,261 streetlights in Frazzleton stayed dark from dusk to dawn on Thursday "
        "after a fault in the radio system that switches them on, the city council said. Police put extra "
        "patrols on the streets, and 26 crossings were lit with portable lamps.",
    )),
    (D(2064, 11, 7), (
        "'You couldn't see your own hand'",
        "Night nurse Gunhild Orpin said yesterday that she had walked home by the light of her phone. The "
        "council's lighting engineer, Kilian Wrigglesworth, said a software update had stopped the lamps "
        "from hearing the signal.",
    )),
    (D(2064, 11, 6), (
        "Frazzleton streetlights: updates",
        "16:38 Dusk, and the streetlights stay off. 17:10 The council is looking into a fault. 19:00 Extra "
        "police patrols. 23:30 The lamps will not come on tonight.",
    )),
    (D(2064, 11, 8), (
        "Streetlights back on after fault fixed",
        "Frazzleton city council said on Saturday, two days after its streetlights stayed dark all night, "
        "that engineers had undone a software update and every lamp had come on at dusk on Friday.",
    )),
    (D(2064, 11, 7), (
        "The city's second dark night",
        "Three years ago roadworks cut a cable and about 587 lamps in the eastern districts went dark. The "
        "city spends about 1.46 million a year lighting its streets.",
    )),
]
FRAZZLETON_CABLE: list[Dated] = [
    (D(2061, 11, 3), (
        "Roadworks cut cable, streetlights go dark",
        "About 587 streetlights in the eastern districts of Frazzleton went dark on Thursday evening after "
        "roadworks cut a cable, the city council said.",
    )),
]
FRAZZLETON_NEW_LAMPS: list[Dated] = [
    (D(2063, 3, 17), (
        "City fits new streetlights that switch by radio",
        "Frazzleton city council has finished fitting new lamps, which are switched on and off by radio "
        "signal, to all of its streetlights, and says they will use 58% less power, the council said.",
    )),
]

# --- the 11-metre neon sign of the Glubworth Palace cinema in Muckleridge Street, Wrenlow, crashes into the
# --- street in a gale and crushes two parked cars, Saturday, October 23, 2055; the neon sign of the Carmody
# --- Bar fell into the same street on Saturday, October 21, 2051; the cinema sign's relighting is told with
# --- no date ------------------------------------------------------------------------------------------------

WRENLOW_CINEMA_SIGN: list[Dated] = [
    (D(2055, 10, 23), (
        "Cinema's giant neon sign crashes into street in gale",
        "WRENLOW (Wire) - The 11-metre neon sign of the Glubworth Palace cinema was torn from its front by a "
        "gale on Saturday night and crashed into Muckleridge Street, crushing two parked cars, police said. "
        "Nobody was hurt. Gusts of 149 km/h were recorded in the town that evening.",
    )),
    (D(2055, 10, 24), (
        "'The letters came down one after another'",
        "Passer-by Seamus Slocombe said yesterday that the sign's P had swung loose before the rest "
        "followed. Cinema owner Nanette Voysey said the sign had 847 metres of glass tubing.",
    )),
    (D(2055, 10, 23), (
        "Wrenlow gale: live",
        "21:05 Gusts are getting stronger. 21:48 The Glubworth Palace sign crashes into Muckleridge Street. "
        "22:10 The street is closed. 23:15 Glass is being swept up.",
    )),
    (D(2055, 10, 25), (
        "Cinema to rebuild its neon sign",
        "The owner of Wrenlow's Glubworth Palace cinema said on Monday, two days after a gale brought down "
        "its neon sign, that neon benders would make a new one to the 1934 drawings.",
    )),
    (D(2055, 10, 24), (
        "Not the street's first falling sign",
        "Four years ago the neon sign of the Carmody Bar fell into the same street. Muckleridge Street has "
        "about 23 neon signs, more than anywhere else on the coast.",
    )),
]
WRENLOW_BAR_SIGN: list[Dated] = [
    (D(2051, 10, 21), (
        "Bar's neon sign falls into street",
        "The neon sign of the Carmody Bar in Muckleridge Street, Wrenlow, fell into the street in high wind "
        "on Saturday and smashed on the pavement, police said.",
    )),
]
WRENLOW_RELIT: list[Dated] = [
    (D(2054, 12, 9), (
        "Cinema's neon sign relit after repair",
        "The neon sign of the Glubworth Palace cinema in Wrenlow has been switched back on after a neon "
        "bender replaced 64 of its glass tubes, its owner, Nanette Voysey, said.",
    )),
]

# --- a driverless Brizewood Buses double-decker rolls out of its bay at Gwyddelow bus station, across the
# --- concourse and through the glass front of the waiting room, hurting nine people, Saturday, September 14,
# --- 2069; a single-decker reversing out of its bay hit the station's clock tower on Saturday, September 17,
# --- 2067; the opening of the rebuilt waiting room is told with no date -------------------------------------

GWYDDELOW_ROLLAWAY: list[Dated] = [
    (D(2069, 9, 14), (
        "Driverless bus rolls into bus station waiting room, nine hurt",
        "GWYDDELOW (Wire) - A Brizewood Buses double-decker with nobody at the wheel rolled out of its bay "
        "at Gwyddelow bus station on Saturday afternoon, across the concourse and through the glass front of "
        "the waiting room, and nine of the 38 people waiting inside were hurt, police said. Its driver had "
        "left the cab for a break without setting the handbrake.",
    )),
    (D(2069, 9, 15), (
        "'It came through the glass without a sound'",
        "Passenger Tecla Eggleton said yesterday she had been reading the timetable when the bus filled the "
        "window. Station manager Vaughan Mabberley said the bus had rolled 54 metres down the slope of the "
        "concourse.",
    )),
    (D(2069, 9, 14), (
        "Gwyddelow bus station: updates",
        "13:52 A bus rolls through the waiting room front. 14:05 Ambulances arrive. 15:30 The bus is towed "
        "out. 17:00 The station reopens, with the waiting room closed.",
    )),
    (D(2069, 9, 16), (
        "Bus firm suspends driver after rollaway",
        "Brizewood Buses said on Monday, two days after one of its double-deckers rolled into the waiting "
        "room of Gwyddelow bus station, that it had suspended the driver and would fit every bus with an "
        "alarm that sounds if the cab is left without the handbrake set.",
    )),
    (D(2069, 9, 15), (
        "The station's second bus crash",
        "Two years ago a single-decker reversing out of its bay hit the station's clock tower. The station "
        "has 17 bays and about 8,653 departures a week.",
    )),
]
GWYDDELOW_CLOCK_TOWER: list[Dated] = [
    (D(2067, 9, 17), (
        "Reversing bus hits bus station clock tower",
        "A Brizewood Buses single-decker reversing out of its bay at Gwyddelow bus station hit the station's "
        "clock tower on Saturday, and the clock stopped, police said. Nobody was hurt.",
    )),
]
GWYDDELOW_WAITING_ROOM: list[Dated] = [
    (D(2068, 3, 4), (
        "Bus station's rebuilt waiting room opens",
        "Gwyddelow bus station's rebuilt waiting room, with a glass front, 84 seats and screens showing "
        "departures, has opened, the council said.",
    )),
]

# --- schoolteacher Yvaine Sidebottom wins the cheese rolling race down Cockcrow Bank at Snettisby and a
# --- record 22 runners are hurt, Monday, May 28, 2057; shepherd Aneurin Jobberns won the race on Monday, May
# --- 27, 2052; the making of the cheeses is told with no date -----------------------------------------------

COCKCROW_SIDEBOTTOM: list[Dated] = [
    (D(2057, 5, 28), (
        "Teacher wins cheese rolling race as record 22 hurt",
        "SNETTISBY (Wire) - Schoolteacher Yvaine Sidebottom won the cheese rolling race down Cockcrow Bank "
        "on Monday, chasing a 3.55-kilogram cheese down the slope and catching it at the bottom, the race's "
        "organisers said. A record 22 runners were hurt on the wet grass, five of them taken to hospital "
        "with broken bones.",
    )),
    (D(2057, 5, 29), (
        "'I did most of it on my back'",
        "Sidebottom, who teaches at the village school, said yesterday she had fallen at the first ledge "
        "and kept sliding. First aider Zephaniah Mardle said the slope had been like glass after the "
        "night's rain.",
    )),
    (D(2057, 5, 28), (
        "Cockcrow Bank cheese rolling: live",
        "12:00 The first race: 31 runners. 12:01 The cheese is away! 12:02 Sidebottom wins. 12:40 "
        "Stretchers are carried up and down the bank.",
    )),
    (D(2057, 5, 30), (
        "Cheese rolling to limit runners",
        "The organisers of the Cockcrow Bank cheese rolling said on Wednesday, two days after a record 22 "
        "runners were hurt, that each race would be limited to 19 runners from next year.",
    )),
    (D(2057, 5, 29), (
        "A race of broken bones",
        "Five years ago the race was won by shepherd Aneurin Jobberns. The race, run since at least 1821, "
        "draws about 4,915 spectators to the foot of the bank.",
    )),
]
COCKCROW_JOBBERNS: list[Dated] = [
    (D(2052, 5, 27), (
        "Shepherd wins cheese rolling race",
        "Shepherd Aneurin Jobberns won the cheese rolling race down Cockcrow Bank at Snettisby on Monday, "
        "the race's organisers said.",
    )),
]
COCKCROW_CHEESES: list[Dated] = [
    (D(2057, 4, 10), (
        "Dairy makes the cheeses for the cheese rolling",
        "A dairy at Snettisby has made the seven round cheeses, each about 3.55 kilograms, that will be "
        "chased down Cockcrow Bank in its cheese rolling races, the organisers said.",
    )),
]

# --- Pomona Skoglundh snorkels the two lengths of the Fensholt Moss trench in 1 minute 14.62 seconds, a
# --- record, at the world bog snorkelling championship, Sunday, August 29, 2060; Rumbold Muzzlewhite set the
# --- old record of 1 minute 17.08 seconds there on Sunday, August 26, 2057; the trench's digging out is told
# --- with no date -------------------------------------------------------------------------------------------

FENSHOLT_SKOGLUNDH: list[Dated] = [
    (D(2060, 8, 29), (
        "New record at bog snorkelling championship",
        "FENSHOLT (Wire) - Pomona Skoglundh snorkelled the two 55-metre lengths of the Fensholt Moss trench "
        "in 1 minute 14.62 seconds on Sunday, a record, to win the world bog snorkelling championship, its "
        "organisers said. Competitors must swim in flippers and snorkel without using a known stroke. About "
        "283 snorkellers took part, many in fancy dress.",
    )),
    (D(2060, 8, 30), (
        "'The water tastes of old tea'",
        "Skoglundh, a lifeguard, said yesterday that she had trained in a drainage ditch behind her house. "
        "Timekeeper Jerome Upjohn said the trench had been cleared of weed the day before.",
    )),
    (D(2060, 8, 29), (
        "Bog snorkelling championship: live",
        "10:00 The heats begin. 13:15 Skoglundh is in the trench. 13:17 A new record! 15:30 A snorkeller "
        "dressed as a lobster wins the fancy dress prize.",
    )),
    (D(2060, 8, 31), (
        "Bog snorkelling champion invited to swim for charity",
        "The organisers of the world bog snorkelling championship said on Tuesday, two days after Pomona "
        "Skoglundh set a record in the Fensholt Moss trench, that she would lead a sponsored snorkel in "
        "October.",
    )),
    (D(2060, 8, 30), (
        "A record that stood three years",
        "Three years ago Rumbold Muzzlewhite set the record, 1 minute 17.08 seconds, in the same trench. "
        "The championship, first held in 1993, raises money for the moss's wildlife trust.",
    )),
]
FENSHOLT_MUZZLEWHITE: list[Dated] = [
    (D(2057, 8, 26), (
        "Record time at bog snorkelling championship",
        "Rumbold Muzzlewhite snorkelled the Fensholt Moss trench in 1 minute 17.08 seconds on Sunday, a "
        "record, to win the world bog snorkelling championship, its organisers said.",
    )),
]
FENSHOLT_TRENCH: list[Dated] = [
    (D(2060, 5, 12), (
        "Bog snorkelling trench dug out",
        "Volunteers with spades have dug out the trench in Fensholt Moss where the world bog snorkelling "
        "championship is held, taking it back to 1.83 metres deep, the wildlife trust said.",
    )),
]

# --- a fire sweeps through the Ashplant Lane allotments at Quoddington and destroys 23 of its 71 sheds,
# --- Saturday, August 8, 2065; arsonists burned six sheds there on Saturday, August 6, 2061; the allotments'
# --- rainwater tanks are told with no date ------------------------------------------------------------------

QUODDINGTON_SHEDS: list[Dated] = [
    (D(2065, 8, 8), (
        "Fire sweeps through allotment sheds",
        "QUODDINGTON (Wire) - A fire swept through the Ashplant Lane allotments in Quoddington on Saturday "
        "night and destroyed 23 of its 71 sheds, with the tools, seed potatoes and a beehive inside them, "
        "the fire service said. Nobody was hurt. Gas bottles in the sheds exploded as the fire spread in "
        "the dry grass.",
    )),
    (D(2065, 8, 9), (
        "'Forty years of tools, gone'",
        "Plot holder Thorold Ruffle said yesterday that he had lost his late father's spades. The allotment "
        "society's secretary, Hepsie Nuncheon, said the fire had started near the compost bays.",
    )),
    (D(2065, 8, 8), (
        "Ashplant Lane allotments fire: updates",
        "22:14 Flames at the allotments. 22:30 Gas bottles are exploding. 23:05 Four fire engines on the "
        "site. 01:40 The fire is out.",
    )),
    (D(2065, 8, 10), (
        "Neighbours lend tools to burned-out allotments",
        "Gardeners from across Quoddington brought spades, forks and seedlings to the Ashplant Lane "
        "allotments on Monday, two days after a fire destroyed 23 of its sheds, the allotment society said.",
    )),
    (D(2065, 8, 9), (
        "Not the allotments' first fire",
        "Four years ago arsonists burned six sheds on the site. The allotments, laid out in 1924, have 71 "
        "plots and a waiting list of 311 names.",
    )),
]
QUODDINGTON_ARSON: list[Dated] = [
    (D(2061, 8, 6), (
        "Arsonists burn allotment sheds",
        "Arsonists set fire to six sheds at the Ashplant Lane allotments in Quoddington on Saturday night, "
        "police said.",
    )),
]
QUODDINGTON_TANKS: list[Dated] = [
    (D(2064, 6, 20), (
        "Allotments get rainwater tanks",
        "The Ashplant Lane allotments in Quoddington have put up 36 tanks to catch rain from the roofs of "
        "its sheds, so that plot holders need no longer run hoses from the mains, the allotment society "
        "said.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2062, 2, 10), (
        "Ice on the canal",
        "Boats stayed moored on the frozen canal at Scrogham on Friday.",
    )),
    (D(2059, 1, 23), (
        "Sledging on the common",
        "Children sledged down the slope of the common at Fogbury on Thursday.",
    )),
    (D(2051, 6, 6), (
        "Pond cleaned",
        "Volunteers pulled weed out of the village pond at Sculthorne on Tuesday.",
    )),
    (D(2067, 7, 18), (
        "Hosepipe ban",
        "Gardeners at Swillingham were asked on Monday not to water their lawns.",
    )),
    (D(2064, 11, 5), (
        "Fireworks display",
        "Fireworks lit the sky over the park at Broxingley on Wednesday evening.",
    )),
    (D(2055, 10, 22), (
        "Film festival opens",
        "A small film festival opened in the arts centre at Pewterhill on Friday.",
    )),
    (D(2069, 9, 13), (
        "Walkers rescued",
        "Two walkers lost in mist were led down from the fell above Clapworth on Friday.",
    )),
    (D(2057, 5, 27), (
        "Maypole dancing",
        "Children danced round the maypole on the green at Figgleton on Sunday.",
    )),
    (D(2060, 8, 28), (
        "Raft race",
        "Homemade rafts raced down the river at Drimble on Saturday.",
    )),
    (D(2065, 8, 7), (
        "Flower show",
        "Growers showed dahlias and onions in the marquee at Fottingham on Friday.",
    )),
]

THIRTIETH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "dunhollow": (DUNHOLLOW_FLOE, DUNHOLLOW_PICKUP + DUNHOLLOW_TEST_HOLES),
    "vexley": (VEXLEY_DWERRYHOUSE, VEXLEY_PARDEW + VEXLEY_ICE_WORD),
    "pottlesbury": (POTTLESBURY_BOY, POTTLESBURY_EWE + POTTLESBURY_WELLHEAD),
    "fluxworth": (FLUXWORTH_BURST, FLUXWORTH_SEAM + FLUXWORTH_REPAINT),
    "frazzleton": (FRAZZLETON_DARK, FRAZZLETON_CABLE + FRAZZLETON_NEW_LAMPS),
    "wrenlow": (WRENLOW_CINEMA_SIGN, WRENLOW_BAR_SIGN + WRENLOW_RELIT),
    "gwyddelow": (GWYDDELOW_ROLLAWAY, GWYDDELOW_CLOCK_TOWER + GWYDDELOW_WAITING_ROOM),
    "cockcrow": (COCKCROW_SIDEBOTTOM, COCKCROW_JOBBERNS + COCKCROW_CHEESES),
    "fensholt": (FENSHOLT_SKOGLUNDH, FENSHOLT_MUZZLEWHITE + FENSHOLT_TRENCH),
    "quoddington": (QUODDINGTON_SHEDS, QUODDINGTON_ARSON + QUODDINGTON_TANKS),
}

"""A thirtieth set of invented look-alikes, written blind while grouping was being worked on over the earlier
sets, and held back to be counted once on the code before and after that work. The kinds, none of them in the
earlier sets: the ice of a frozen lake cracking under an ice fishing derby and leaving anglers adrift on a floe
against a pickup truck going through the ice at the same derby five years before (the same weekday) and the
undated drilling of test holes, a skating marathon on a frozen mere won by a young skater against the same
marathon won by a farmer three years before (the same weekday) and the undated word that the ice would bear it,
a boy falling down an old village well and being hauled out after a night against a ewe falling down the same
well four years before (the same weekday) and the undated restoring of its wellhead, the tank of a water tower
bursting and flooding the streets below against a smaller leak from the same tank two years before (the same
weekday) and the tower's undated repainting, a city's streetlights going dark all night after a fault in their
switching against a few hundred lamps going dark when roadworks cut a cable three years before (the same weekday)
and the undated fitting of new lamps, a cinema's neon sign crashing into the street in a gale against a bar's
neon sign falling in the same street four years before (the same weekday) and the cinema sign's undated
relighting, a tour coach overturning on a mountain pass against the same firm's other coach sliding into a ditch
on the pass two years before (the same weekday) and the firm's undated buying of new coaches, a cheese rolling
race won by a schoolteacher as a record number of runners are hurt against the race won by a shepherd five years
before (the same weekday) and the undated making of the cheeses, a new record in a bog snorkelling championship
against the old record set in the same trench three years before (the same weekday) and the trench's undated
digging out, and a fire sweeping through the sheds of a town's allotments against arsonists burning a few sheds
there four years before (the same weekday) and the allotments' undated rainwater tanks. Some reports give no day
at all, some follow-ups come two days later, and as on the wires the later event's reports often recall the
earlier one ("five years ago a pickup truck went through the ice at the derby", "three years ago the marathon
was won by a dairy farmer, Ottoline Pardew", "four years ago a ewe fell down the same well", "two years ago a
seam in the tank split and water ran down Cistern Lane", "three years ago roadworks cut a cable and about 612
lamps went dark", "four years ago the neon sign of the Carmody Bar fell into the same street", "two years ago the
firm's other coach slid into a ditch on the same bend", "five years ago the race was won by shepherd Gwilym
Threlfall", "three years ago Tancred Muzzlewhite set the record", "four years ago arsonists burned six sheds").
What tells each pair apart is mostly who (another vehicle, skater, animal, sign, coach, runner, snorkeller or
culprit), which step of one story (test holes, a word on the ice, a restored wellhead, repainting, new lamps, a
relit sign, new coaches, cheeses made, a trench dug out, rainwater tanks) or how many (anglers, skaters, metres,
litres, lamps, cars, passengers, runners, seconds, sheds). Every name, place and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``THIRTIETH_KINDS`` is read by the same count.

Held back blind: nobody has run grouping, the engine or ``tests.lookalike_count`` on it, and it is not among that
count's default sets (``tests.lookalike_count``'s docstring says when to count it).
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- the ice of Lake Skarnwater cracks under the Brindleholm ice fishing derby and 41 anglers drift away on a
# --- floe before fire crews pull them ashore on rescue sleds, Saturday, February 11, 2062; a pickup truck went
# --- through the ice at the same derby on Saturday, February 10, 2057; the drilling of test holes is told with
# --- no date ---------------------------------------------------------------------------------------------------

SKARNWATER_FLOE: list[Dated] = [
    (D(2062, 2, 11), (
        "Ice cracks under fishing derby, 41 anglers adrift on floe",
        "BRINDLEHOLM (Wire) - The ice of Lake Skarnwater cracked under the Brindleholm ice fishing derby on "
        "Saturday morning, and 41 anglers drifted away from the shore on a floe about 173 metres long, the "
        "fire service said. Fire crews pulled them back across the gap on rescue sleds over five hours; one "
        "angler was treated for cold. About 394 anglers had drilled holes on the lake for the derby.",
    )),
    (D(2062, 2, 12), (
        "'We heard a bang like a door slamming'",
        "Angler Perpetua Swindlehurst said yesterday that her tent had been on the far side of the crack when "
        "it opened. Derby organiser Lorcan Ivesdale said a thaw wind had got up overnight and pushed the ice "
        "away from the shore.",
    )),
    (D(2062, 2, 11), (
        "Skarnwater ice fishing derby: updates",
        "08:00 The derby begins. 09:26 A crack opens along the lake. 09:40 Anglers on the floe are drifting "
        "out. 10:15 The first sled crosses the gap. 14:32 The last angler is ashore.",
    )),
    (D(2062, 2, 13), (
        "Ice fishing derby called off for the winter",
        "The Brindleholm Angling Club said on Monday, two days after 41 anglers drifted away on a floe during "
        "its ice fishing derby, that it would hold no more derbies on Lake Skarnwater this winter and would "
        "give back the entry fees.",
    )),
    (D(2062, 2, 12), (
        "Not the derby's first scare",
        "Five years ago a pickup truck went through the ice at the derby; its driver climbed out through a "
        "window. The derby, first held in 1961, is the largest on the lake, which is 8.23 kilometres long.",
    )),
]
SKARNWATER_PICKUP: list[Dated] = [
    (D(2057, 2, 10), (
        "Pickup truck goes through ice at fishing derby",
        "A pickup truck went through the ice of Lake Skarnwater during the Brindleholm ice fishing derby on "
        "Saturday, and its driver climbed out through a window and was pulled onto the ice by anglers, the "
        "fire service said.",
    )),
]
SKARNWATER_TEST_HOLES: list[Dated] = [
    (D(2062, 1, 28), (
        "Derby organisers drill test holes in lake ice",
        "Members of the Brindleholm Angling Club have drilled 52 test holes across Lake Skarnwater and found "
        "the ice between 26 and 34 centimetres thick, enough for its ice fishing derby, the club said.",
    )),
]

# --- Wiebke Amberhaugh, 19, wins the 183-kilometre Quenby Mere skating marathon, held for the first time in three
# --- winters, in 6 hours 41 minutes, Friday, January 24, 2059; dairy farmer Ottoline Pardew won it on Friday,
# --- January 21, 2056; the word that the ice would bear the race is told with no date -------------------------

QUENBY_AMBERHAUGH: list[Dated] = [
    (D(2059, 1, 24), (
        "Teenager wins skating marathon on frozen mere",
        "QUENBY (Wire) - Wiebke Amberhaugh, 19, won the Quenby Mere skating marathon on Friday, covering the "
        "183 kilometres of laps round the frozen mere in 6 hours 41 minutes, the race's organisers said. "
        "About 1,684 skaters started before dawn and 927 finished. It was the first time in three winters "
        "that the ice had been thick enough for the race.",
    )),
    (D(2059, 1, 25), (
        "'I couldn't feel my feet for the last lap'",
        "Amberhaugh, a student nurse, said yesterday that she had broken away from a group of four at the reed "
        "beds. Race referee Barnabas Hollinrake said the ice had held up better than anyone had feared.",
    )),
    (D(2059, 1, 24), (
        "Quenby Mere skating marathon: live",
        "06:30 The skaters are off. 09:45 A leading group of four. 12:20 Amberhaugh breaks away at the reed "
        "beds. 13:11 She crosses the line, 3 minutes clear.",
    )),
    (D(2059, 1, 26), (
        "Skating marathon winner cheered home",
        "About 2,486 people lined the lane to Amberhaugh's home village of Tussingfold on Sunday, two days "
        "after she won the Quenby Mere skating marathon, to cheer her home on a hay wagon.",
    )),
    (D(2059, 1, 25), (
        "A marathon the weather rarely allows",
        "Three years ago the marathon was won by a dairy farmer, Ottoline Pardew, who finished fifth on "
        "Friday. The race, first skated in 1893, has been held only 29 times.",
    )),
]
QUENBY_PARDEW: list[Dated] = [
    (D(2056, 1, 21), (
        "Dairy farmer wins skating marathon",
        "Ottoline Pardew, a dairy farmer, won the Quenby Mere skating marathon round the frozen mere on "
        "Friday, the race's organisers said.",
    )),
]
QUENBY_ICE_WORD: list[Dated] = [
    (D(2059, 1, 21), (
        "Ice on Quenby Mere will bear the marathon",
        "The ice on Quenby Mere is 17 centimetres thick all the way round and will bear the skating marathon, "
        "its ice masters said after walking the course with augers, and the race will go ahead.",
    )),
]

# --- Caspian Dunnicliffe, 7, falls about 14 metres down the old well on the green at Pottlesbury and is hauled
# --- out by firefighters after 11 hours, Wednesday, June 7, 2051; a ewe fell down the same well on Wednesday,
# --- June 5, 2047; the restoring of the wellhead is told with no date -----------------------------------------

POTTLESBURY_BOY: list[Dated] = [
    (D(2051, 6, 7), (
        "Boy, 7, hauled out of old well after 11 hours",
        "POTTLESBURY (Wire) - Firefighters hauled a seven-year-old boy, Caspian Dunnicliffe, out of the old "
        "well on the green at Pottlesbury on Wednesday night, 11 hours after he fell about 14 metres down it "
        "while playing, the fire service said. He had landed in about a metre of water and broken an arm. A "
        "firefighter was lowered on a rope to reach him.",
    )),
    (D(2051, 6, 8), (
        "'He kept singing to us from the bottom'",
        "The boy's mother, Rosalind Dunnicliffe, said yesterday that he had climbed onto the wellhead to look "
        "for a ball. Watch manager Ifor Quarrendon said the shaft was only 93 centimetres wide.",
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
        "1642, gave the village its water until 1938.",
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
        "at Pottlesbury, using 318 stones from the ruined original, the parish council said.",
    )),
]

# --- a seam in the tank of the Hollowbeck water tower splits and about 2.38 million litres pour into the streets
# --- below, flooding 34 houses, Tuesday, July 19, 2067; a smaller leak from a seam in the same tank ran down
# --- Cistern Lane on Tuesday, July 21, 2065; the tower's repainting is told with no date ----------------------

HOLLOWBECK_BURST: list[Dated] = [
    (D(2067, 7, 19), (
        "Water tower tank bursts, flooding streets",
        "HOLLOWBECK (Wire) - A seam in the tank of the Hollowbeck water tower split on Tuesday afternoon and "
        "about 2.38 million litres of water poured into the streets below, flooding 34 houses, the water "
        "company said. Nobody was hurt. A parked van was carried 46 metres down Cistern Lane.",
    )),
    (D(2067, 7, 20), (
        "'It came round the corner like a river'",
        "Resident Thomasina Gudgeon said yesterday that the water had reached her letterbox within a minute. "
        "The water company's engineer, Ambrose Kettlewick, said the tank had emptied in under a quarter of "
        "an hour.",
    )),
    (D(2067, 7, 19), (
        "Hollowbeck water tower: updates",
        "15:12 A roar from the water tower. 15:14 Water floods Cistern Lane. 15:30 The tank is empty. 17:45 "
        "Families from 34 houses are taken to the church hall.",
    )),
    (D(2067, 7, 21), (
        "Water tower to be taken out of use",
        "The water company said on Thursday, two days after the tank of the Hollowbeck water tower burst, "
        "that the tower would not be filled again and that the town would be supplied straight from the "
        "pumping station at Merrowdyke.",
    )),
    (D(2067, 7, 20), (
        "The tank's second failure",
        "Two years ago a seam in the tank split and water ran down Cistern Lane for an afternoon. The tower, "
        "built in 1912, stands 37 metres high.",
    )),
]
HOLLOWBECK_SEAM: list[Dated] = [
    (D(2065, 7, 21), (
        "Water tower leak runs down lane",
        "Water leaked from a split seam in the tank of the Hollowbeck water tower on Tuesday and ran down "
        "Cistern Lane for an afternoon until the tank was drained, the water company said.",
    )),
]
HOLLOWBECK_REPAINT: list[Dated] = [
    (D(2066, 4, 22), (
        "Water tower repainted in its old colours",
        "Painters on ropes have given the Hollowbeck water tower a coat of the cream and green it was first "
        "painted in, using 1,470 litres of paint, the water company said.",
    )),
]

# --- all 4,318 streetlights of Drossingham go dark from dusk to dawn after a fault in the system that switches
# --- them, Thursday, November 6, 2064; roadworks cut a cable and about 612 lamps in its eastern districts went
# --- dark on Thursday, November 3, 2061; the fitting of new lamps is told with no date ------------------------

DROSSINGHAM_DARK: list[Dated] = [
    (D(2064, 11, 6), (
        "City's streetlights go dark all night",
        "DROSSINGHAM (Wire) - All 4,318 streetlights in Drossingham stayed dark from dusk to dawn on Thursday "
        "after a fault in the radio system that switches them on, the city council said. Police put extra "
        "patrols on the streets, and 26 crossings were lit with portable lamps.",
    )),
    (D(2064, 11, 7), (
        "'You couldn't see your own hand'",
        "Night nurse Hildegard Pennock said yesterday that she had walked home by the light of her phone. "
        "The council's lighting engineer, Dunstan Wrigglesworth, said a software update had stopped the "
        "lamps from hearing the signal.",
    )),
    (D(2064, 11, 6), (
        "Drossingham streetlights: updates",
        "16:38 Dusk, and the streetlights stay off. 17:10 The council is looking into a fault. 19:00 Extra "
        "police patrols. 23:30 The lamps will not come on tonight.",
    )),
    (D(2064, 11, 8), (
        "Streetlights back on after fault fixed",
        "Drossingham city council said on Saturday, two days after its streetlights stayed dark all night, "
        "that engineers had undone a software update and every lamp had come on at dusk on Friday.",
    )),
    (D(2064, 11, 7), (
        "The city's second dark night",
        "Three years ago roadworks cut a cable and about 612 lamps in the eastern districts went dark. The "
        "city spends about 1.57 million a year lighting its streets.",
    )),
]
DROSSINGHAM_CABLE: list[Dated] = [
    (D(2061, 11, 3), (
        "Roadworks cut cable, streetlights go dark",
        "About 612 streetlights in the eastern districts of Drossingham went dark on Thursday evening after "
        "roadworks cut a cable, the city council said.",
    )),
]
DROSSINGHAM_NEW_LAMPS: list[Dated] = [
    (D(2063, 3, 17), (
        "City fits new streetlights that switch by radio",
        "Drossingham city council has finished fitting new lamps, which are switched on and off by radio "
        "signal, to all of its streetlights, and says they will use 58% less power, the council said.",
    )),
]

# --- the 11-metre neon sign of the Lumière Palace cinema in Fennimore Street, Gullhaven, crashes into the street
# --- in a gale and crushes two parked cars, Saturday, October 23, 2055; the neon sign of the Carmody Bar fell
# --- into the same street on Saturday, October 21, 2051; the cinema sign's relighting is told with no date -----

GULLHAVEN_CINEMA_SIGN: list[Dated] = [
    (D(2055, 10, 23), (
        "Cinema's giant neon sign crashes into street in gale",
        "GULLHAVEN (Wire) - The 11-metre neon sign of the Lumière Palace cinema was torn from its front by a "
        "gale on Saturday night and crashed into Fennimore Street, crushing two parked cars, police said. "
        "Nobody was hurt. Gusts of 109 km/h were recorded in the town that evening.",
    )),
    (D(2055, 10, 24), (
        "'The letters came down one after another'",
        "Passer-by Evander Slocombe said yesterday that the sign's P had swung loose before the rest "
        "followed. Cinema owner Marisol Tregunna said the sign had 847 metres of glass tubing.",
    )),
    (D(2055, 10, 23), (
        "Gullhaven gale: live",
        "21:05 Gusts are getting stronger. 21:48 The Lumière Palace sign crashes into Fennimore Street. 22:10 "
        "The street is closed. 23:15 Glass is being swept up.",
    )),
    (D(2055, 10, 25), (
        "Cinema to rebuild its neon sign",
        "The owner of Gullhaven's Lumière Palace cinema said on Monday, two days after a gale brought down "
        "its neon sign, that neon benders would make a new one to the 1936 drawings.",
    )),
    (D(2055, 10, 24), (
        "Not the street's first falling sign",
        "Four years ago the neon sign of the Carmody Bar fell into the same street. Fennimore Street has "
        "about 23 neon signs, more than anywhere else on the coast.",
    )),
]
GULLHAVEN_BAR_SIGN: list[Dated] = [
    (D(2051, 10, 21), (
        "Bar's neon sign falls into street",
        "The neon sign of the Carmody Bar in Fennimore Street, Gullhaven, fell into the street in high wind "
        "on Saturday and smashed on the pavement, police said.",
    )),
]
GULLHAVEN_RELIT: list[Dated] = [
    (D(2054, 12, 9), (
        "Cinema's neon sign relit after repair",
        "The neon sign of the Lumière Palace cinema in Gullhaven has been switched back on after a neon bender "
        "replaced 64 of its glass tubes, its owner, Marisol Tregunna, said.",
    )),
]

# --- a Tarrowby Tours coach carrying 46 passengers on a lakes tour overturns on a hairpin of the Corriebraith
# --- Pass and 17 are hurt, Saturday, September 14, 2069; the firm's other coach slid into a ditch on the same
# --- bend on Saturday, September 17, 2067; the firm's buying of new coaches is told with no date ---------------

CORRIEBRAITH_OVERTURN: list[Dated] = [
    (D(2069, 9, 14), (
        "Tour coach overturns on mountain pass, 17 hurt",
        "CORRIEBRAITH (Wire) - A Tarrowby Tours coach carrying 46 passengers on a lakes tour overturned on a "
        "hairpin bend of the Corriebraith Pass on Saturday afternoon, and 17 of them were hurt, four badly, "
        "police said. The coach came to rest on its side against a dry stone wall. Most of the passengers "
        "were pensioners on a week's holiday.",
    )),
    (D(2069, 9, 15), (
        "'The coach just kept leaning'",
        "Passenger Gwendolen Brackenbury said yesterday that the driver had braked hard on the bend. Mountain "
        "rescue leader Torquil Mabberley said the injured had been carried 380 metres down to the ambulances.",
    )),
    (D(2069, 9, 14), (
        "Corriebraith Pass crash: updates",
        "14:22 A coach is on its side on the pass. 14:50 Mountain rescue teams arrive. 16:05 A helicopter "
        "lands. 18:30 The last passengers leave the pass.",
    )),
    (D(2069, 9, 16), (
        "Coaches banned from mountain pass",
        "The county council said on Monday, two days after a tour coach overturned on the Corriebraith Pass, "
        "that vehicles longer than 9 metres would be barred from the pass until a review of its bends.",
    )),
    (D(2069, 9, 15), (
        "The pass's second coach accident",
        "Two years ago the firm's other coach slid into a ditch on the same bend. The pass climbs to 562 "
        "metres, with a gradient of one in four at its steepest.",
    )),
]
CORRIEBRAITH_DITCH: list[Dated] = [
    (D(2067, 9, 17), (
        "Tour coach slides into ditch on pass",
        "A Tarrowby Tours coach slid into a ditch on a hairpin bend of the Corriebraith Pass on Saturday, and "
        "its passengers were taken on by minibus, unhurt, police said.",
    )),
]
CORRIEBRAITH_NEW_COACHES: list[Dated] = [
    (D(2068, 3, 4), (
        "Tour firm buys new coaches",
        "Tarrowby Tours has bought five new coaches, each with 49 seats and seat belts, for its lakes and "
        "mountain tours, the firm said.",
    )),
]

# --- schoolteacher Ysolde Gathercole wins the cheese rolling race down Cockcrow Bank at Nettlecombe Ashby and a
# --- record 22 runners are hurt, Monday, May 28, 2057; shepherd Gwilym Threlfall won the race on Monday, May 27,
# --- 2052; the making of the cheeses is told with no date ------------------------------------------------------

COCKCROW_GATHERCOLE: list[Dated] = [
    (D(2057, 5, 28), (
        "Teacher wins cheese rolling race as record 22 hurt",
        "NETTLECOMBE ASHBY (Wire) - Schoolteacher Ysolde Gathercole won the cheese rolling race down Cockcrow "
        "Bank on Monday, chasing a 3.7-kilogram cheese down the slope and catching it at the bottom, the "
        "race's organisers said. A record 22 runners were hurt on the wet grass, five of them taken to "
        "hospital with broken bones.",
    )),
    (D(2057, 5, 29), (
        "'I did most of it on my back'",
        "Gathercole, who teaches at the village school, said yesterday she had fallen at the first ledge and "
        "kept sliding. First aider Philippa Hornblower said the slope had been like glass after the night's "
        "rain.",
    )),
    (D(2057, 5, 28), (
        "Cockcrow Bank cheese rolling: live",
        "12:00 The first race: 31 runners. 12:01 The cheese is away! 12:02 Gathercole wins. 12:40 Stretchers "
        "are carried up and down the bank.",
    )),
    (D(2057, 5, 30), (
        "Cheese rolling to limit runners",
        "The organisers of the Cockcrow Bank cheese rolling said on Wednesday, two days after a record 22 "
        "runners were hurt, that each race would be limited to 19 runners from next year.",
    )),
    (D(2057, 5, 29), (
        "A race of broken bones",
        "Five years ago the race was won by shepherd Gwilym Threlfall. The race, run since at least 1821, "
        "draws about 4,730 spectators to the foot of the bank.",
    )),
]
COCKCROW_THRELFALL: list[Dated] = [
    (D(2052, 5, 27), (
        "Shepherd wins cheese rolling race",
        "Shepherd Gwilym Threlfall won the cheese rolling race down Cockcrow Bank at Nettlecombe Ashby on "
        "Monday, the race's organisers said.",
    )),
]
COCKCROW_CHEESES: list[Dated] = [
    (D(2057, 4, 10), (
        "Dairy makes the cheeses for the cheese rolling",
        "A dairy at Nettlecombe Ashby has made the seven round cheeses, each about 3.7 kilograms, that will be "
        "chased down Cockcrow Bank in its cheese rolling races, the organisers said.",
    )),
]

# --- Ebba Skoglundh snorkels the two lengths of the Fensholt Moss trench in 1 minute 14.62 seconds, a record,
# --- at the world bog snorkelling championship, Sunday, August 29, 2060; Tancred Muzzlewhite set the old record
# --- of 1 minute 17.08 seconds there on Sunday, August 26, 2057; the trench's digging out is told with no date --

FENSHOLT_SKOGLUNDH: list[Dated] = [
    (D(2060, 8, 29), (
        "New record at bog snorkelling championship",
        "FENSHOLT (Wire) - Ebba Skoglundh snorkelled the two 55-metre lengths of the Fensholt Moss trench in "
        "1 minute 14.62 seconds on Sunday, a record, to win the world bog snorkelling championship, its "
        "organisers said. Competitors must swim in flippers and snorkel without using a known stroke. About "
        "163 snorkellers took part, many in fancy dress.",
    )),
    (D(2060, 8, 30), (
        "'The water tastes of old tea'",
        "Skoglundh, a lifeguard, said yesterday that she had trained in a drainage ditch behind her house. "
        "Timekeeper Leofric Pemberthy said the trench had been cleared of weed the day before.",
    )),
    (D(2060, 8, 29), (
        "Bog snorkelling championship: live",
        "10:00 The heats begin. 13:15 Skoglundh is in the trench. 13:17 A new record! 15:30 A snorkeller "
        "dressed as a lobster wins the fancy dress prize.",
    )),
    (D(2060, 8, 31), (
        "Bog snorkelling champion invited to swim for charity",
        "The organisers of the world bog snorkelling championship said on Tuesday, two days after Ebba "
        "Skoglundh set a record in the Fensholt Moss trench, that she would lead a sponsored snorkel in "
        "October.",
    )),
    (D(2060, 8, 30), (
        "A record that stood three years",
        "Three years ago Tancred Muzzlewhite set the record, 1 minute 17.08 seconds, in the same trench. The "
        "championship, first held in 1987, raises money for the moss's wildlife trust.",
    )),
]
FENSHOLT_MUZZLEWHITE: list[Dated] = [
    (D(2057, 8, 26), (
        "Record time at bog snorkelling championship",
        "Tancred Muzzlewhite snorkelled the Fensholt Moss trench in 1 minute 17.08 seconds on Sunday, a "
        "record, to win the world bog snorkelling championship, its organisers said.",
    )),
]
FENSHOLT_TRENCH: list[Dated] = [
    (D(2060, 5, 12), (
        "Bog snorkelling trench dug out",
        "Volunteers with spades have dug out the trench in Fensholt Moss where the world bog snorkelling "
        "championship is held, taking it back to 1.8 metres deep, the wildlife trust said.",
    )),
]

# --- a fire sweeps through the Larkspur Lane allotments at Quoddington and destroys 23 of its 71 sheds, Saturday,
# --- August 8, 2065; arsonists burned six sheds there on Saturday, August 6, 2061; the allotments' rainwater
# --- tanks are told with no date -------------------------------------------------------------------------------

QUODDINGTON_SHEDS: list[Dated] = [
    (D(2065, 8, 8), (
        "Fire sweeps through allotment sheds",
        "QUODDINGTON (Wire) - A fire swept through the Larkspur Lane allotments in Quoddington on Saturday "
        "night and destroyed 23 of its 71 sheds, with the tools, seed potatoes and a beehive inside them, the "
        "fire service said. Nobody was hurt. Gas bottles in the sheds exploded as the fire spread in the "
        "dry grass.",
    )),
    (D(2065, 8, 9), (
        "'Forty years of tools, gone'",
        "Plot holder Cuthbert Ollerenshaw said yesterday that he had lost his late father's spades. The "
        "allotment society's secretary, Benedetta Yarwood, said the fire had started near the compost bays.",
    )),
    (D(2065, 8, 8), (
        "Larkspur Lane allotments fire: updates",
        "22:14 Flames at the allotments. 22:30 Gas bottles are exploding. 23:05 Four fire engines on the "
        "site. 01:40 The fire is out.",
    )),
    (D(2065, 8, 10), (
        "Neighbours lend tools to burned-out allotments",
        "Gardeners from across Quoddington brought spades, forks and seedlings to the Larkspur Lane allotments "
        "on Monday, two days after a fire destroyed 23 of its sheds, the allotment society said.",
    )),
    (D(2065, 8, 9), (
        "Not the allotments' first fire",
        "Four years ago arsonists burned six sheds on the site. The allotments, laid out in 1919, have 71 "
        "plots and a waiting list of 138 names.",
    )),
]
QUODDINGTON_ARSON: list[Dated] = [
    (D(2061, 8, 6), (
        "Arsonists burn allotment sheds",
        "Arsonists set fire to six sheds at the Larkspur Lane allotments in Quoddington on Saturday night, "
        "police said.",
    )),
]
QUODDINGTON_TANKS: list[Dated] = [
    (D(2064, 6, 20), (
        "Allotments get rainwater tanks",
        "The Larkspur Lane allotments in Quoddington have put up 36 tanks to catch rain from the roofs of its "
        "sheds, so that plot holders need no longer run hoses from the mains, the allotment society said.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2062, 2, 10), (
        "Ice on the canal",
        "Boats stayed moored on the frozen canal at Hatherwold on Friday.",
    )),
    (D(2059, 1, 23), (
        "Sledging on the common",
        "Children sledged down the slope of the common at Ravensnape on Thursday.",
    )),
    (D(2051, 6, 6), (
        "Pond cleaned",
        "Volunteers pulled weed out of the village pond at Sculthorne on Tuesday.",
    )),
    (D(2067, 7, 18), (
        "Hosepipe ban",
        "Gardeners at Wickenstall were asked on Monday not to water their lawns.",
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
        "Two walkers lost in mist were led down from the fell above Scarrowdale on Friday.",
    )),
    (D(2057, 5, 27), (
        "Maypole dancing",
        "Children danced round the maypole on the green at Figgleton on Sunday.",
    )),
    (D(2060, 8, 28), (
        "Raft race",
        "Homemade rafts raced down the river at Ditchmoor on Saturday.",
    )),
    (D(2065, 8, 7), (
        "Flower show",
        "Growers showed dahlias and onions in the marquee at Hobbleford on Friday.",
    )),
]

THIRTIETH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "skarnwater": (SKARNWATER_FLOE, SKARNWATER_PICKUP + SKARNWATER_TEST_HOLES),
    "quenby": (QUENBY_AMBERHAUGH, QUENBY_PARDEW + QUENBY_ICE_WORD),
    "pottlesbury": (POTTLESBURY_BOY, POTTLESBURY_EWE + POTTLESBURY_WELLHEAD),
    "hollowbeck": (HOLLOWBECK_BURST, HOLLOWBECK_SEAM + HOLLOWBECK_REPAINT),
    "drossingham": (DROSSINGHAM_DARK, DROSSINGHAM_CABLE + DROSSINGHAM_NEW_LAMPS),
    "gullhaven": (GULLHAVEN_CINEMA_SIGN, GULLHAVEN_BAR_SIGN + GULLHAVEN_RELIT),
    "corriebraith": (CORRIEBRAITH_OVERTURN, CORRIEBRAITH_DITCH + CORRIEBRAITH_NEW_COACHES),
    "cockcrow": (COCKCROW_GATHERCOLE, COCKCROW_THRELFALL + COCKCROW_CHEESES),
    "fensholt": (FENSHOLT_SKOGLUNDH, FENSHOLT_MUZZLEWHITE + FENSHOLT_TRENCH),
    "quoddington": (QUODDINGTON_SHEDS, QUODDINGTON_ARSON + QUODDINGTON_TANKS),
}

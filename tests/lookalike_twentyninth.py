"""A twenty-ninth set of invented look-alikes, written blind while grouping was being worked on over the
earlier sets, and held back to be counted once on the code before and after that work. The kinds, none of them
in the earlier sets: a river chain ferry drifting onto a mudbank when a guide chain snaps against the crossing's
old ferry drifting onto the slipway when a chain broke four years before (the same weekday) and the undated
fitting of new chains, a hovercraft ploughing into a wave mid-crossing and hurting passengers against the
service's other craft running onto the shingle in fog three years before (the same weekday) and the new craft's
undated arrival from its builders, the carnival queen's float catching fire in a town's carnival procession
against a pirate ship float overturning in the same procession three years before (the same weekday) and the
queen's undated crowning, a goose balloon breaking free in a city's winter parade and snagging on a church spire
against the same parade's snowman balloon torn open on a lamp post four years before (the same weekday) and the
goose's undated first inflation, a clifftop bungalow falling onto the beach as the cliff gives way against the
old coastguard lookout falling from the same cliff two years before (the same weekday) and the owners' undated
order to leave, a long stretch of a resort's sea wall collapsing in a storm surge and taking beach huts with it
against a shorter stretch of the same wall falling five years before (the same weekday) and the undated laying of
rock armour, thieves stealing scarecrows from a village's scarecrow festival trail against vandals beheading
scarecrows on the same trail four years before (the same weekday) and the undated workshops where the
scarecrows were made, a roller derby team's first national title in a championship final against another
team's title in the same arena two years before (the same weekday) and the team's undated move into a track of
its own, an ammonia leak clearing an ice rink during an ice hockey match against a smaller leak clearing a
public skating session there three years before (the same weekday) and the undated fitting of a new chiller,
and the rope snapping in a village fete's tug of war across a river against the bank giving way under the other
team in the same contest four years before (the same weekday) and the undated buying of a new rope. Some
reports give no day at all, some follow-ups come two days later, and as on the wires the later event's reports
often recall the earlier one ("four years ago a chain broke under the old ferry, Shelduck", "three years ago its
other hovercraft, Dunlin, ran up onto the shingle", "three years ago the young farmers' pirate ship float
overturned on Twitchell Hill", "four years ago a gust blew the parade's snowman balloon, Old Crumpet, into a
lamp post", "two years ago the old coastguard lookout at the end of the same lane fell onto the beach", "five
years ago a 27.6-metre stretch at the north end of the wall fell in a storm", "four years ago vandals pulled the
heads off 13 scarecrows on the trail", "two years ago the Hoddesby Hexes won the title in the same arena",
"three years ago a leak from a valve in the same plant room cleared about 267 skaters off the ice", "four years
ago the bank under the Godwit's team gave way"). What tells each pair apart is mostly who (another ferry, craft,
float, balloon, building, stretch of wall, culprit, team, crowd or team of pullers), which step of one story
(new chains, a new craft's arrival, a crowning, a first inflation, an order to leave, rock armour, scarecrow
workshops, a track of one's own, a new chiller, a new rope) or how many (metres, passengers, floats, handlers,
houses, huts, scarecrows, points, spectators, pullers). Every name, place and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``TWENTYNINTH_KINDS`` is read by the same count.

Held back blind (nobody ran grouping, the engine or ``tests.lookalike_count`` on it) until it was counted once;
it is now among that count's default sets (``tests.lookalike_count``'s docstring gives its counts).
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- a guide chain of the Yarnacombe chain ferry snaps and the ferry, Garganey, drifts 347 metres down the River
# --- Tidder onto a mudbank with nine cars and 23 foot passengers aboard, Wednesday, March 13, 2058; a chain broke
# --- under the old ferry, Shelduck, which drifted onto the far slipway, on Wednesday, March 11, 2054; the fitting
# --- of new chains is told with no date ------------------------------------------------------------------------

YARNACOMBE_GARGANEY: list[Dated] = [
    (D(2058, 3, 13), (
        "Chain ferry drifts onto mudbank after chain snaps",
        "YARNACOMBE (Wire) - One of the two guide chains of the Yarnacombe chain ferry snapped halfway across "
        "the River Tidder on Wednesday morning, and the ferry, Garganey, drifted 347 metres downriver with nine "
        "cars and 23 foot passengers aboard before it grounded on a mudbank, the coastguard said. Nobody was "
        "hurt; a lifeboat took the passengers off after three hours. The ferry hauls itself across the "
        "386-metre river on chains laid along the riverbed.",
    )),
    (D(2058, 3, 14), (
        "'We just turned round and floated away'",
        "Foot passenger Leonie Gantry said yesterday the ferry had lurched, then turned slowly in the current. "
        "Its skipper, Volkmar Nuttridge, said he had dropped both anchors but they would not hold in the soft "
        "riverbed.",
    )),
    (D(2058, 3, 13), (
        "Yarnacombe chain ferry: updates",
        "07:52 The ferry stops in mid-river. 08:10 It is drifting downstream. 08:35 Aground on the Scoter Bank. "
        "11:05 The lifeboat brings the last foot passengers ashore; the cars stay aboard until the tide rises.",
    )),
    (D(2058, 3, 15), (
        "Chain ferry out of service for a month",
        "The Tidder Crossing Company said on Friday, two days after its ferry broke a chain and drifted onto a "
        "mudbank, that the Yarnacombe crossing would stay closed for a month while divers checked its chains, "
        "and that buses would take foot passengers round by the bridge at Wodgecombe.",
    )),
    (D(2058, 3, 14), (
        "Not the first chain to snap",
        "Four years ago a chain broke under the old ferry, Shelduck, and it drifted onto the slipway on the far "
        "bank. The crossing has run since 1797, and the ferry makes about 139 crossings a day.",
    )),
]
YARNACOMBE_SHELDUCK: list[Dated] = [
    (D(2054, 3, 11), (
        "Old chain ferry drifts onto slipway",
        "A chain broke under the Yarnacombe chain ferry, Shelduck, on Wednesday, and it drifted onto the "
        "slipway on the far bank of the River Tidder, where its passengers walked ashore, the Tidder Crossing "
        "Company said.",
    )),
]
YARNACOMBE_CHAINS: list[Dated] = [
    (D(2057, 10, 2), (
        "Chain ferry gets new chains",
        "The Yarnacombe chain ferry, Garganey, has been fitted with two new guide chains, each 439 metres long, "
        "and the crossing over the River Tidder has reopened after a week, the Tidder Crossing Company said.",
    )),
]

# --- the hovercraft Whimbrel ploughs its bow into a wave halfway from Spanwick to the island of Vorsay and 11 of
# --- its 58 passengers are hurt, Friday, July 26, 2047; the service's other craft, Dunlin, ran up onto the shingle
# --- at Spanwick in fog on Friday, July 29, 2044; the new craft's arrival is told with no date -----------------

VORSAY_WHIMBREL: list[Dated] = [
    (D(2047, 7, 26), (
        "Hovercraft ploughs into wave, 11 passengers hurt",
        "SPANWICK (Wire) - The hovercraft Whimbrel ploughed its bow into a steep wave halfway across the Vorsay "
        "Sound on Friday afternoon, throwing passengers from their seats, and 11 of the 58 aboard were hurt, "
        "the coastguard said. The craft stopped dead, rose back onto its cushion and reached the landing pad "
        "on Vorsay 22 minutes late. The 7.17-kilometre crossing usually takes about 12 minutes.",
    )),
    (D(2047, 7, 27), (
        "'Everyone went forward at once'",
        "Passenger Sorcha Lillywhite said yesterday that bags and coffee cups had flown the length of the "
        "cabin. The service's operations manager, Kenrick Maplebeck, said a squall had raised the wind to 37 "
        "knots in minutes.",
    )),
    (D(2047, 7, 26), (
        "Vorsay hovercraft: updates",
        "15:48 The hovercraft lands late on Vorsay. 16:05 Ambulances meet it on the pad. 16:30 Eleven "
        "passengers hurt, two taken to hospital by helicopter. 17:00 The rest of the day's crossings called off.",
    )),
    (D(2047, 7, 28), (
        "Hovercraft to stay in port in strong winds",
        "The Vorsay hovercraft service said on Sunday, two days after 11 passengers were hurt when its craft "
        "ploughed into a wave, that it would no longer cross in winds above 29 knots and that passengers must "
        "wear seat belts.",
    )),
    (D(2047, 7, 27), (
        "The service's second accident",
        "Three years ago its other hovercraft, Dunlin, ran up onto the shingle beside the Spanwick landing pad "
        "in fog. The service, one of the last scheduled hovercraft crossings, carries about 683,000 "
        "passengers a year.",
    )),
]
VORSAY_DUNLIN: list[Dated] = [
    (D(2044, 7, 29), (
        "Hovercraft runs onto shingle in fog",
        "The hovercraft Dunlin ran up onto the shingle beside its landing pad at Spanwick in fog on Friday, and "
        "its 34 passengers walked ashore unhurt, the Vorsay hovercraft service said.",
    )),
]
VORSAY_NEW_CRAFT: list[Dated] = [
    (D(2046, 5, 9), (
        "New hovercraft arrives for Vorsay crossing",
        "The Vorsay hovercraft service's new craft, Whimbrel, which can carry 86 passengers, has arrived at "
        "Spanwick from its builders' yard at Ekkerby and will start crossing to the island in the summer, the "
        "service said.",
    )),
]

# --- the carnival queen's float catches fire in the Scrattenby Carnival procession in Cornmarket and two of her
# --- attendants are burned, Saturday, August 23, 2053; the young farmers' pirate ship float overturned on
# --- Twitchell Hill in the same procession on Saturday, August 20, 2050; the queen's crowning is told with no date

SCRATTENBY_FLOAT_FIRE: list[Dated] = [
    (D(2053, 8, 23), (
        "Carnival queen's float catches fire in procession",
        "SCRATTENBY (Wire) - The carnival queen's float caught fire as the Scrattenby Carnival procession passed "
        "along Cornmarket on Saturday evening, and the queen, Amabel Tredinnick, 17, and her eight attendants "
        "jumped down before flames swept through its paper swan, the fire service said. Two attendants were "
        "treated for burns. A generator powering the float's 2,643 lights is thought to have overheated.",
    )),
    (D(2053, 8, 24), (
        "'The swan's neck went up first'",
        "Float builder Aldwyn Rundle said yesterday that the swan had taken his team 1,130 hours to make. "
        "Carnival chairman Bevis Oddbody said the procession's 67 other floats had gone on to the quay.",
    )),
    (D(2053, 8, 23), (
        "Scrattenby Carnival: live",
        "19:30 The procession leaves the cattle market. 20:12 Smoke from the queen's float in Cornmarket. 20:14 "
        "The float is ablaze. 20:41 Firefighters put it out, and the procession moves on.",
    )),
    (D(2053, 8, 25), (
        "Carnival bans generators on floats",
        "The Scrattenby Carnival committee said on Monday, two days after the carnival queen's float caught "
        "fire in the procession, that from next year floats could be lit only by batteries.",
    )),
    (D(2053, 8, 24), (
        "Not the procession's first mishap",
        "Three years ago the young farmers' pirate ship float overturned on Twitchell Hill, hurting four of "
        "its crew. The carnival, held since 1895, drew about 28,600 people.",
    )),
]
SCRATTENBY_PIRATE_SHIP: list[Dated] = [
    (D(2050, 8, 20), (
        "Carnival float overturns on hill, four hurt",
        "The young farmers' pirate ship float overturned on Twitchell Hill during the Scrattenby Carnival "
        "procession on Saturday, and four of its crew were hurt, the carnival committee said.",
    )),
]
SCRATTENBY_CROWNING: list[Dated] = [
    (D(2053, 6, 14), (
        "Scrattenby crowns its carnival queen",
        "Amabel Tredinnick, 17, has been crowned Scrattenby's carnival queen at the town hall and will ride on "
        "a float shaped like a swan in the carnival procession, the carnival committee said.",
    )),
]

# --- the goose balloon Aunt Gussie breaks away from its 36 handlers in the Blickhampton Winter Parade and snags on
# --- the spire of St Sigeric's, Sunday, December 4, 2061; a gust blew the parade's snowman balloon, Old Crumpet,
# --- into a lamp post on Sunday, December 2, 2057; the goose's first inflation is told with no date -------------

BLICKHAMPTON_GOOSE: list[Dated] = [
    (D(2061, 12, 4), (
        "Giant goose balloon breaks free at winter parade",
        "BLICKHAMPTON (Wire) - A giant goose balloon broke away from its 36 handlers in a gust during the "
        "Blickhampton Winter Parade on Sunday and drifted over the rooftops of the old town until it snagged on "
        "the spire of St Sigeric's church, police said. Nobody was hurt. The balloon, Aunt Gussie, is 18.35 "
        "metres long and holds 1,473 cubic metres of helium.",
    )),
    (D(2061, 12, 5), (
        "'It lifted three of us off our feet'",
        "Handler Zosia Goodenough said yesterday that three handlers had been dragged along the street before "
        "they let go. Steeplejack Kjartan Snelgrove freed the goose from the spire after dark.",
    )),
    (D(2061, 12, 4), (
        "Blickhampton Winter Parade: live",
        "13:00 The parade sets off from the station. 13:47 The goose is loose! 13:55 It is caught on the spire "
        "of St Sigeric's. 17:20 A steeplejack brings it down.",
    )),
    (D(2061, 12, 6), (
        "Parade balloons to get more handlers",
        "The organisers of the Blickhampton Winter Parade said on Tuesday, two days after its goose balloon "
        "broke free, that balloons would not fly in winds above 26 km/h and would each have at least 48 "
        "handlers.",
    )),
    (D(2061, 12, 5), (
        "The parade's second balloon mishap",
        "Four years ago a gust blew the parade's snowman balloon, Old Crumpet, into a lamp post and tore it "
        "open. The parade, first held in 1969, has 53 floats and bands and draws about 119,400 spectators.",
    )),
]
BLICKHAMPTON_SNOWMAN: list[Dated] = [
    (D(2057, 12, 2), (
        "Snowman balloon torn open at winter parade",
        "A gust blew the snowman balloon Old Crumpet into a lamp post during the Blickhampton Winter Parade on "
        "Sunday, tearing it open, and it sank onto the street, the parade's organisers said.",
    )),
]
BLICKHAMPTON_INFLATION: list[Dated] = [
    (D(2061, 10, 19), (
        "Parade's new goose balloon inflated for the first time",
        "Aunt Gussie, a goose balloon made for the Blickhampton Winter Parade, has been inflated for the first "
        "time in a warehouse at the city's docks, and it took 1,473 cubic metres of helium to fill, the "
        "parade's organisers said.",
    )),
]

# --- Ianthe and Henryk Vowell's bungalow at the end of Fulmar Lane in Knapwick falls 21 metres onto the beach as
# --- the cliff gives way, Thursday, February 11, 2044; the old coastguard lookout at the end of the same lane fell
# --- on Thursday, February 13, 2042; the owners' order to leave is told with no date ------------------------

KNAPWICK_BUNGALOW: list[Dated] = [
    (D(2044, 2, 11), (
        "Clifftop bungalow falls onto beach",
        "KNAPWICK (Wire) - A bungalow at the end of Fulmar Lane in Knapwick fell 21 metres onto the beach early "
        "on Thursday when the clay cliff beneath it gave way, the district council said. Nobody was inside: "
        "its owners, Ianthe and Henryk Vowell, had moved out in the autumn. The cliff there has lost 9.65 "
        "metres to the sea since October.",
    )),
    (D(2044, 2, 12), (
        "'We watched our kitchen go over the edge'",
        "Ianthe Vowell said yesterday that they had come back to the lane at first light to see the last of "
        "the house go. A neighbour, Irmgard Spurway, said she had heard a roar like a train.",
    )),
    (D(2044, 2, 11), (
        "Knapwick cliff fall: updates",
        "06:40 Neighbours hear a roar from the cliff. 07:15 A bungalow is lying on the beach. 08:00 Fulmar Lane "
        "is closed. 10:30 The council says two more homes are at risk.",
    )),
    (D(2044, 2, 13), (
        "Neighbours told to leave as cliff crumbles",
        "Knapwick's district council told the owners of two more bungalows on Fulmar Lane on Saturday, two "
        "days after their neighbours' home fell onto the beach, to leave them within a week.",
    )),
    (D(2044, 2, 12), (
        "The lane's second loss",
        "Two years ago the old coastguard lookout at the end of the same lane fell onto the beach. Seventeen "
        "houses have been lost to the sea at Knapwick since 1954.",
    )),
]
KNAPWICK_LOOKOUT: list[Dated] = [
    (D(2042, 2, 13), (
        "Coastguard lookout falls from Knapwick cliff",
        "The old coastguard lookout on the cliff at the end of Fulmar Lane in Knapwick fell onto the beach on "
        "Thursday as the cliff gave way beneath it, the district council said.",
    )),
]
KNAPWICK_ORDER: list[Dated] = [
    (D(2043, 11, 24), (
        "Owners told to leave clifftop bungalow",
        "Knapwick's district council has told Ianthe and Henryk Vowell to leave their bungalow at the end of "
        "Fulmar Lane within a month, because the cliff edge is 3.13 metres from its back door, the council "
        "said.",
    )),
]

# --- a 64-metre stretch of Wrackstow's sea wall collapses in a storm surge and 19 beach huts fall into the sea,
# --- Sunday, January 17, 2066; a 27.6-metre stretch at the north end of the wall fell in a storm on Sunday,
# --- January 16, 2061; the laying of rock armour is told with no date ------------------------------------------

WRACKSTOW_SEA_WALL: list[Dated] = [
    (D(2066, 1, 17), (
        "Storm surge brings down sea wall and beach huts",
        "WRACKSTOW (Wire) - A 64-metre stretch of Wrackstow's Victorian sea wall collapsed as a storm surge hit "
        "the town on Sunday night, and the promenade above it fell into the sea with 19 beach huts, the "
        "borough council said. Nobody was hurt. Waves up to 6.15 metres high broke over the wall at high tide.",
    )),
    (D(2066, 1, 18), (
        "'My hut is somewhere out there'",
        "Beach hut owner Jerusha Duckett said yesterday she had found only its door on the sand. Council "
        "engineer Czeslaw Sprake said the wall, built of limestone blocks in 1877, had been undermined as the "
        "beach in front of it washed away.",
    )),
    (D(2066, 1, 17), (
        "Wrackstow storm: updates",
        "21:10 High tide; waves break over the promenade. 21:45 Part of the sea wall has gone. 22:30 The "
        "promenade is closed from the lifeboat station to the clock tower. 23:50 Homes behind the breach "
        "are evacuated.",
    )),
    (D(2066, 1, 19), (
        "Rocks tipped into sea wall breach",
        "Wrackstow borough council said on Tuesday, two days after a storm surge brought down part of its sea "
        "wall, that lorries were tipping 3,870 tonnes of rock into the breach to shield the homes behind it.",
    )),
    (D(2066, 1, 18), (
        "The wall's second collapse",
        "Five years ago a 27.6-metre stretch at the north end of the wall fell in a storm. The wall runs 2.74 "
        "kilometres along the town's front.",
    )),
]
WRACKSTOW_NORTH_END: list[Dated] = [
    (D(2061, 1, 16), (
        "Storm brings down part of Wrackstow sea wall",
        "A 27.6-metre stretch at the north end of Wrackstow's sea wall collapsed in a storm on Sunday, the "
        "borough council said, and the promenade there was closed.",
    )),
]
WRACKSTOW_ROCK_ARMOUR: list[Dated] = [
    (D(2062, 6, 30), (
        "Rock armour laid in front of sea wall",
        "Barges have laid 4,857 tonnes of granite boulders in front of the rebuilt north end of Wrackstow's sea "
        "wall to break the waves before they reach it, the borough council said.",
    )),
]

# --- thieves steal 37 of the 223 scarecrows on the trail of the Thrupley Scarecrow Festival, found on Saturday,
# --- September 18, 2049; vandals pulled the heads off 13 scarecrows on the trail on Saturday, September 16, 2045;
# --- the workshops where the scarecrows were made are told with no date --------------------------------------

THRUPLEY_THEFT: list[Dated] = [
    (D(2049, 9, 18), (
        "Thieves steal 37 scarecrows from festival trail",
        "THRUPLEY (Wire) - Thieves stole 37 of the 223 scarecrows on the trail of the Thrupley Scarecrow "
        "Festival overnight, on the eve of its last weekend, police said on Saturday. Among them was the "
        "festival's winner, a scarecrow of a beekeeper in his veil made by the village playgroup.",
    )),
    (D(2049, 9, 19), (
        "'They left nothing but the stakes'",
        "Festival organiser Elzbieta Gurney said yesterday that villagers had woken to find bare stakes in "
        "their front gardens. Police said a van had been seen on the Wadcombe road at about 3 a.m.",
    )),
    (D(2049, 9, 18), (
        "Thrupley scarecrows: updates",
        "07:00 Villagers find stakes where scarecrows stood. 08:30 Police walk the trail. 10:00 A count: 37 "
        "gone. 14:00 Four scarecrows are found in a ditch on the Wadcombe road.",
    )),
    (D(2049, 9, 20), (
        "Stolen scarecrows found in barn",
        "Police found 29 of the scarecrows stolen from the Thrupley Scarecrow Festival in a barn outside the "
        "village on Monday, two days after the theft was found, and arrested two men.",
    )),
    (D(2049, 9, 19), (
        "Not the trail's first raid",
        "Four years ago vandals pulled the heads off 13 scarecrows on the trail. The festival, first held in "
        "1997, raises money for the village school and draws about 8,640 visitors.",
    )),
]
THRUPLEY_BEHEADED: list[Dated] = [
    (D(2045, 9, 16), (
        "Vandals behead scarecrows on festival trail",
        "Vandals pulled the heads off 13 scarecrows on the trail of the Thrupley Scarecrow Festival overnight, "
        "its organisers found on Saturday, police said.",
    )),
]
THRUPLEY_WORKSHOPS: list[Dated] = [
    (D(2049, 7, 28), (
        "Villagers stuff straw into old clothes for festival",
        "About 147 villagers have been stuffing old clothes with straw at workshops in Thrupley's village "
        "hall to make scarecrows for the Thrupley Scarecrow Festival, its organisers said.",
    )),
]

# --- the Gritstone Valkyries of Wimpleton win the national roller derby championship for the first time, beating
# --- the Tarnside Banshees 195-179 at the Nobblestone Arena, Sunday, May 14, 2056; the Hoddesby Hexes won the
# --- title there on Sunday, May 17, 2054; the Valkyries' move into a track of their own is told with no date ----

NOBBLESTONE_VALKYRIES: list[Dated] = [
    (D(2056, 5, 14), (
        "Gritstone Valkyries win roller derby title for the first time",
        "NOBBLESTONE (Wire) - The Gritstone Valkyries of Wimpleton won the national roller derby championship "
        "for the first time on Sunday, beating the Tarnside Banshees 195-179 in the final at the Nobblestone "
        "Arena, the sport's governing body said. Their jammer, Leokadia Bramhall, scored 78 of their points.",
    )),
    (D(2056, 5, 15), (
        "'We skated in school halls for years'",
        "Valkyries captain Sieglinde Scoble said yesterday that the team had trained four nights a week since "
        "January. Head referee Wymond Curnow said the final was the fastest he had seen.",
    )),
    (D(2056, 5, 14), (
        "Roller derby final: live",
        "15:00 The final begins. 15:32 Half-time: the Valkyries trail 88-96. 16:20 A late jam puts the "
        "Valkyries ahead. 16:31 Final whistle: 195-179!",
    )),
    (D(2056, 5, 16), (
        "Wimpleton turns out for its champions",
        "About 3,147 people filled Wimpleton's market square on Tuesday, two days after the Gritstone "
        "Valkyries won the national roller derby championship, to cheer the team on a stage outside the "
        "town hall.",
    )),
    (D(2056, 5, 15), (
        "A title on the move",
        "Two years ago the Hoddesby Hexes won the title in the same arena; they went out in the semi-finals on "
        "Saturday. The championship, first contested in 1999, had 26 teams this season.",
    )),
]
NOBBLESTONE_HEXES: list[Dated] = [
    (D(2054, 5, 17), (
        "Hoddesby Hexes win roller derby championship",
        "The Hoddesby Hexes won the national roller derby championship in the final at the Nobblestone Arena "
        "on Sunday, the sport's governing body said.",
    )),
]
NOBBLESTONE_TRACK: list[Dated] = [
    (D(2055, 9, 7), (
        "Roller derby team moves into old bus depot",
        "The Gritstone Valkyries have laid a track in a disused bus depot in Wimpleton, their first home of "
        "their own after years of skating in school halls, and will aim for the national title from there, "
        "the team said.",
    )),
]

# --- about 1,237 spectators are led out of the Pelldown ice rink when ammonia leaks from its refrigeration plant
# --- during an ice hockey match, Saturday, November 17, 2063; a leak from a valve in the same plant room cleared
# --- about 267 skaters off the ice on Saturday, November 20, 2060; a new chiller is told with no date ----------

PELLDOWN_LEAK: list[Dated] = [
    (D(2063, 11, 17), (
        "Ammonia leak clears ice rink during hockey match",
        "PELLDOWN (Wire) - About 1,237 spectators were led out of the Pelldown ice rink during an ice hockey "
        "match on Saturday evening when ammonia leaked from its refrigeration plant, the fire service said. "
        "Seven people were treated for breathing problems. The match between the home side, the Pelldown "
        "Avocets, and their visitors was abandoned in the second period with the score at 4-4.",
    )),
    (D(2063, 11, 18), (
        "'We could smell it in the stands'",
        "Spectator Waltraud Muskett said yesterday that people had covered their faces with their scarves as "
        "they queued for the doors. Rink manager Manfred Coppinger said a pipe joint had split.",
    )),
    (D(2063, 11, 17), (
        "Pelldown ice rink: updates",
        "19:55 A sharp smell in the arena. 20:02 The match is stopped. 20:15 The rink is empty. 21:30 Firefighters "
        "in breathing apparatus seal the leak.",
    )),
    (D(2063, 11, 19), (
        "Ice rink shut while plant is checked",
        "The Pelldown ice rink said on Monday, two days after an ammonia leak cleared it during a hockey match, "
        "that it would stay shut for at least a fortnight and the Avocets would play their home games away.",
    )),
    (D(2063, 11, 18), (
        "The rink's second leak",
        "Three years ago a leak from a valve in the same plant room cleared about 267 skaters off the ice. The "
        "rink opened in 1985 and its plant holds 1,857 kilograms of ammonia.",
    )),
]
PELLDOWN_SKATERS: list[Dated] = [
    (D(2060, 11, 20), (
        "Ammonia leak clears ice rink's skating session",
        "About 267 skaters were led off the ice at the Pelldown ice rink on Saturday afternoon when a small "
        "amount of ammonia leaked from a valve in its plant room, the fire service said.",
    )),
]
PELLDOWN_CHILLER: list[Dated] = [
    (D(2062, 8, 15), (
        "Ice rink fits new chiller",
        "The Pelldown ice rink has fitted a new chiller to its refrigeration plant so that the ice can be kept "
        "through the summer, its manager, Manfred Coppinger, said.",
    )),
]

# --- the rope snaps in the tug of war across the River Ungle at the Mumblecombe village fete and 16 pullers of the
# --- Woolpack team tumble into the river, Monday, August 26, 2052; the bank under the Godwit's team gave way in
# --- the same contest on Monday, August 24, 2048; the buying of a new rope is told with no date -------------

MUMBLECOMBE_ROPE: list[Dated] = [
    (D(2052, 8, 26), (
        "Tug of war rope snaps, pullers fall into river",
        "MUMBLECOMBE (Wire) - The rope snapped during the tug of war across the River Ungle at the Mumblecombe "
        "village fete on Monday, and 16 pullers of the Woolpack team tumbled down the bank into the river, the "
        "fete's organisers said. Three were treated for cuts. The contest between the village's two pubs, the "
        "Woolpack and the Godwit, has been pulled across the 14-metre-wide river every bank holiday since 1923.",
    )),
    (D(2052, 8, 27), (
        "'One second we were pulling, the next we were swimming'",
        "Woolpack anchorman Nikodem Hobhouse said yesterday that the rope had parted with a crack like a gun. "
        "Fete chairwoman Urszula Vennor said about 2,373 people had lined the banks.",
    )),
    (D(2052, 8, 26), (
        "Mumblecombe fete: live",
        "14:00 The dog show. 15:30 The teams take up the rope on both banks. 15:36 The rope snaps! 15:40 The "
        "Woolpack team wade out of the river, and the contest is declared void.",
    )),
    (D(2052, 8, 28), (
        "Tug of war to be pulled again",
        "The Mumblecombe fete committee said on Wednesday, two days after the rope snapped in its tug of war "
        "across the River Ungle, that the Woolpack and the Godwit would pull again in September.",
    )),
    (D(2052, 8, 27), (
        "Not the contest's first soaking",
        "Four years ago the bank under the Godwit's team gave way and eight of its pullers slid into the "
        "water. The fete raises money for the village hall and has 47 stalls.",
    )),
]
MUMBLECOMBE_BANK: list[Dated] = [
    (D(2048, 8, 24), (
        "Riverbank gives way in fete tug of war",
        "The bank under the Godwit's team gave way during the tug of war across the River Ungle at the "
        "Mumblecombe village fete on Monday, and eight of its pullers slid into the water, the organisers said.",
    )),
]
MUMBLECOMBE_NEW_ROPE: list[Dated] = [
    (D(2052, 5, 30), (
        "Fete buys new rope for tug of war",
        "The Mumblecombe village fete has bought a manila rope 63 metres long and 38 millimetres thick for "
        "its tug of war across the River Ungle between the Woolpack and the Godwit, the fete committee said.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2058, 3, 12), (
        "Towpath reopens",
        "The towpath beside the canal at Hinklethorpe reopened on Tuesday after a fallen tree was cleared.",
    )),
    (D(2047, 7, 25), (
        "Harbour dredged",
        "A dredger cleared silt from the harbour mouth at Spattlebury on Thursday.",
    )),
    (D(2053, 8, 22), (
        "Summer concert",
        "A brass band played in the park at Snaddleton on Friday evening.",
    )),
    (D(2061, 12, 3), (
        "Christmas market",
        "Stallholders sold mulled wine and wreaths at the Christmas market in Pigglesworth on Saturday.",
    )),
    (D(2044, 2, 10), (
        "Footpath diverted",
        "A footpath through the woods at Moddersham was diverted on Wednesday while trees were felled.",
    )),
    (D(2066, 1, 16), (
        "Lighthouse repainted",
        "Painters finished the lighthouse at Jibcombe on Saturday.",
    )),
    (D(2049, 9, 17), (
        "Harvest supper",
        "Villagers ate a harvest supper in the church hall at Flimsby on Friday.",
    )),
    (D(2056, 5, 13), (
        "Netball tournament",
        "Schools from across the county played in a netball tournament at Vossington on Saturday.",
    )),
    (D(2063, 11, 16), (
        "Swimming gala",
        "Swimmers raced at the leisure centre pool in Zoddington on Friday evening.",
    )),
    (D(2052, 8, 25), (
        "Vintage car rally",
        "Owners showed off their vintage cars on the green at Gorbleigh on Sunday.",
    )),
]

TWENTYNINTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "yarnacombe": (YARNACOMBE_GARGANEY, YARNACOMBE_SHELDUCK + YARNACOMBE_CHAINS),
    "vorsay": (VORSAY_WHIMBREL, VORSAY_DUNLIN + VORSAY_NEW_CRAFT),
    "scrattenby": (SCRATTENBY_FLOAT_FIRE, SCRATTENBY_PIRATE_SHIP + SCRATTENBY_CROWNING),
    "blickhampton": (BLICKHAMPTON_GOOSE, BLICKHAMPTON_SNOWMAN + BLICKHAMPTON_INFLATION),
    "knapwick": (KNAPWICK_BUNGALOW, KNAPWICK_LOOKOUT + KNAPWICK_ORDER),
    "wrackstow": (WRACKSTOW_SEA_WALL, WRACKSTOW_NORTH_END + WRACKSTOW_ROCK_ARMOUR),
    "thrupley": (THRUPLEY_THEFT, THRUPLEY_BEHEADED + THRUPLEY_WORKSHOPS),
    "nobblestone": (NOBBLESTONE_VALKYRIES, NOBBLESTONE_HEXES + NOBBLESTONE_TRACK),
    "pelldown": (PELLDOWN_LEAK, PELLDOWN_SKATERS + PELLDOWN_CHILLER),
    "mumblecombe": (MUMBLECOMBE_ROPE, MUMBLECOMBE_BANK + MUMBLECOMBE_NEW_ROPE),
}

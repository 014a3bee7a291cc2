"""A thirty-first set of invented look-alikes, written blind while grouping was being worked on over the
earlier sets, and held back to be counted once on the code before and after that work. The kinds, none of them
in the earlier sets: a storm tearing away part of a pier's deck and stranding anglers on the pier head
overnight against a drifting dredger bending the same pier's legs four years before (the same weekday) and
the undated relaying of its deck, a seafront boardwalk giving way under a crowd watching regatta fireworks
against a barbecue setting fire to the same boardwalk three years before (the same weekday) and the undated
survey of its piles, a van swerving round ducks into a village duck pond against a tractor and its hay
trailer rolling into the same pond two years before (the same weekday) and the pond's undated dredging, a
hedge-laying championship won by a young apprentice against the same championship won by a retired farm
worker five years before (the same weekday) and the undated cutting of its stakes, a cloudburst bringing
down a long stretch of a dry-stone wall onto a valley road and burying a post van against frost bringing
down a short stretch of the same wall three years before (the same weekday) and a walling course's undated
rebuilding of part of it, a cello left on a tram selling for a record at a tram company's lost property
auction against a suit of armour topping the same auction four years before (the same weekday) and the
undated cataloguing of its lots, rain turning the field of a car boot sale to mud and stranding hundreds of
cars against a van burning out at the same car boot sale two years before (the same weekday) and the
undated laying of a stone track, a maypole snapping during the May Day dancing against the same maypole
stolen before May Day four years before (the same weekday) and its undated repainting, a record number of
morris sides dancing at a morris ale against the same ale rained off into a corn exchange three years
before (the same weekday) and the undated making of its bells, and lifeguards closing a beach after a swarm
of jellyfish stings swimmers against weever fish stinging bathers on the same beach two years before (the
same weekday) and the undated opening of a lifeguard tower. Some reports give no day at all, some follow-ups
come two days later, and as on the wires the later event's reports often recall the earlier one ("four
years ago a dredger that broke its moorings drifted into the pier's legs", "three years ago a disposable
barbecue set fire to the boardwalk", "two years ago a tractor towing a trailer of hay rolled into the same
pond", "five years ago the championship was won by a retired farm worker, Baldric Noyce", "three years ago
frost brought down 23 metres of the same wall", "four years ago the top lot was a suit of armour", "two
years ago a van caught fire at the sale", "four years ago the maypole was stolen", "three years ago the ale
was rained off", "two years ago weever fish stung 31 bathers"). What tells each pair apart is mostly who or
what (another vessel, vehicle, hedger, weather, lot, creature or culprit), which step of one story (a
relaid deck, a survey of piles, a dredged pond, stakes cut, a rebuilt stretch, lots catalogued, a stone
track, a repainted pole, bells made, a new tower) or how many (anglers, metres, people hurt, ducks,
hedgers, tonnes, pounds, cars, sides, swimmers). Every name, place and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``THIRTYFIRST_KINDS`` is read by the same count.

Held back blind (nobody ran grouping, the engine or ``tests.lookalike_count`` on it) until it was counted once;
it is now among that count's default sets (``tests.lookalike_count``'s docstring gives its counts).
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- a storm wave tears away 38 metres of the deck of Ormsquay pier and 27 anglers at a night fishing match
# --- are stranded on the pier head until the lifeboat takes them off at first light, Sunday, November 18,
# --- 2074; a drifting dredger bent three of the pier's legs on Sunday, November 16, 2070; the relaying of the
# --- deck is told with no date -------------------------------------------------------------------------------

ORMSQUAY_STRANDED: list[Dated] = [
    (D(2074, 11, 18), (
        "Storm tears away pier deck, 27 anglers stranded overnight",
        "ORMSQUAY (Wire) - A storm wave tore away 38 metres of the deck of Ormsquay pier on Sunday evening "
        "and left 27 anglers stranded on the pier head overnight, until the lifeboat took them off at first "
        "light, the coastguard said. Nobody was hurt. The anglers had walked out for a night fishing match "
        "before the wind rose.",
    )),
    (D(2074, 11, 19), (
        "'We watched the town's lights across the gap'",
        "Angler Hawise Kemble said yesterday that the anglers had sheltered behind the shuttered kiosk on the "
        "pier head and shared flasks of soup. Lifeboat coxswain Waleran Oxtoby said the swell had been too "
        "heavy to come alongside in the dark.",
    )),
    (D(2074, 11, 18), (
        "Ormsquay pier storm: updates",
        "19:10 Waves are breaking over the pier. 19:42 A section of the deck has gone. 20:05 The lifeboat "
        "is launched but cannot come alongside. 23:50 The anglers will stay on the pier head until dawn.",
    )),
    (D(2074, 11, 20), (
        "Pier to stay shut through the winter",
        "The Ormsquay Pier Company said on Tuesday, two days after a storm tore away part of the pier's deck "
        "and stranded 27 anglers on its head, that the pier would stay shut until Easter and that there "
        "would be no more night fishing matches on it.",
    )),
    (D(2074, 11, 19), (
        "Not the pier's first battering",
        "Four years ago a dredger that broke its moorings drifted into the pier's legs and bent three of "
        "them. The pier, opened in 1863, is 419 metres long.",
    )),
]
ORMSQUAY_DREDGER: list[Dated] = [
    (D(2070, 11, 16), (
        "Drifting dredger strikes pier",
        "A dredger that broke its moorings in a gale drifted into the legs of Ormsquay pier on Sunday and "
        "bent three of them, and the pier was closed, the coastguard said. Its crew of four was unhurt.",
    )),
]
ORMSQUAY_DECK: list[Dated] = [
    (D(2073, 6, 7), (
        "Pier deck relaid plank by plank",
        "Carpenters have relaid the deck of Ormsquay pier with 4,326 planks of a hardwood that stands up to "
        "salt water, the Ormsquay Pier Company said.",
    )),
]

# --- 16 metres of the Cravensea seafront boardwalk give way under a crowd watching the regatta fireworks and
# --- about 60 people fall onto the shingle, 14 of them hurt, Saturday, August 20, 2078; a disposable barbecue
# --- set fire to 22 metres of the boardwalk on Saturday, August 17, 2075; the survey of its piles is told
# --- with no date -------------------------------------------------------------------------------------------

CRAVENSEA_COLLAPSE: list[Dated] = [
    (D(2078, 8, 20), (
        "Boardwalk gives way under fireworks crowd, 14 hurt",
        "CRAVENSEA (Wire) - About 16 metres of the Cravensea seafront boardwalk gave way under a crowd "
        "watching the regatta fireworks on Saturday night, dropping about 60 people two metres onto the "
        "shingle, police said. Fourteen were hurt, three of them taken to hospital with broken legs.",
    )),
    (D(2078, 8, 21), (
        "'The boards just went from under us'",
        "Holidaymaker Gundred Lockyer said yesterday that she had heard a crack as the crowd pressed forward "
        "for the last rocket. The council's engineer, Tostig Mowbray, said the piles under that stretch "
        "had been due to be replaced in the autumn.",
    )),
    (D(2078, 8, 20), (
        "Cravensea regatta fireworks: live",
        "21:30 The fireworks begin over the bay. 21:52 Part of the boardwalk has collapsed. 22:10 "
        "Ambulances on the seafront. 23:05 The boardwalk is closed from end to end.",
    )),
    (D(2078, 8, 22), (
        "Whole boardwalk shut for checks",
        "Cravensea council said on Monday, two days after part of its seafront boardwalk gave way under the "
        "regatta fireworks crowd, that all 1.94 kilometres of it would stay shut while every pile was "
        "checked.",
    )),
    (D(2078, 8, 21), (
        "Not the boardwalk's first mishap",
        "Three years ago a disposable barbecue set fire to the boardwalk and 22 metres of it burned. The "
        "boardwalk, built in 1906, carries about 8,140 walkers on a summer's day.",
    )),
]
CRAVENSEA_BARBECUE: list[Dated] = [
    (D(2075, 8, 17), (
        "Barbecue sets boardwalk on fire",
        "A disposable barbecue left on the Cravensea seafront boardwalk set fire to its boards on Saturday "
        "evening, and 22 metres of the walkway burned before firefighters put it out, the fire service said.",
    )),
]
CRAVENSEA_PILES: list[Dated] = [
    (D(2077, 4, 12), (
        "Survey finds rot in boardwalk piles",
        "A survey of the Cravensea seafront boardwalk has found rot in 135 of the 1,063 oak piles it stands "
        "on, and they will be replaced over two winters, the council said.",
    )),
]

# --- a grocery van swerves round a line of ducks crossing the road and plunges into the duck pond on Clompton
# --- green, sinking to its windows, and villagers pull its driver out, Tuesday, March 11, 2081; a tractor and
# --- its trailer of hay rolled into the same pond on Tuesday, March 14, 2079; the pond's dredging is told
# --- with no date -------------------------------------------------------------------------------------------

CLOMPTON_VAN: list[Dated] = [
    (D(2081, 3, 11), (
        "Van swerves round ducks and plunges into village pond",
        "CLOMPTON (Wire) - A grocery delivery van swerved round a line of ducks crossing the road on Tuesday "
        "morning and plunged into the duck pond on Clompton green, sinking to its windows, police said. "
        "Villagers waded in and pulled its driver, Ivetta Frisby, out through the window. She was unhurt. "
        "None of the ducks was harmed.",
    )),
    (D(2081, 3, 12), (
        "'The ducks didn't even look round'",
        "Pub landlord Amyas Dibble said yesterday that he had waded in up to his chest to reach the van. "
        "Frisby said she had braked but the van had slid on the wet grass of the green.",
    )),
    (D(2081, 3, 11), (
        "Clompton duck pond: updates",
        "08:14 A van is in the duck pond. 08:20 The driver is out. 09:35 A recovery truck arrives. 11:50 The "
        "van is winched out, dripping, and boxes of groceries float on the pond.",
    )),
    (D(2081, 3, 13), (
        "Rail to go round duck pond",
        "Clompton parish council said on Thursday, two days after a delivery van plunged into the duck pond "
        "on its green, that a low timber rail would be put round the pond and duck crossing signs put up "
        "on the road.",
    )),
    (D(2081, 3, 12), (
        "The pond's second vehicle",
        "Two years ago a tractor towing a trailer of hay rolled into the same pond when its handbrake "
        "failed. The pond, dug in about 1682, is home to some 76 ducks.",
    )),
]
CLOMPTON_TRACTOR: list[Dated] = [
    (D(2079, 3, 14), (
        "Tractor and hay trailer roll into duck pond",
        "A tractor towing a trailer of hay rolled into the duck pond on Clompton green on Tuesday after its "
        "handbrake failed, and the bales floated among the ducks, police said. Nobody was in the cab.",
    )),
]
CLOMPTON_DREDGING: list[Dated] = [
    (D(2080, 9, 23), (
        "Village duck pond dredged",
        "Contractors have dredged 613 tonnes of silt out of the duck pond on Clompton green, making it 1.37 "
        "metres deep in the middle again, the parish council said.",
    )),
]

# --- forestry apprentice Cenwulf Tazewell, 24, wins the Fernilow hedge-laying championship, laying his length
# --- in the Midland style in 4 hours 47 minutes, Saturday, October 29, 2072; retired farm worker Baldric
# --- Noyce, 71, won it on Saturday, October 22, 2067; the cutting of the stakes is told with no date ---------

FERNILOW_TAZEWELL: list[Dated] = [
    (D(2072, 10, 29), (
        "Apprentice, 24, wins hedge-laying championship",
        "FERNILOW (Wire) - Cenwulf Tazewell, a 24-year-old forestry apprentice, won the Fernilow hedge-laying "
        "championship on Saturday, laying his ten-metre length of hawthorn in the Midland style in 4 hours "
        "47 minutes, the Fernilow Hedgelaying Society said. About 93 hedgers took part, the most since the "
        "championship began.",
    )),
    (D(2072, 10, 30), (
        "'I've been laying hedges since I was twelve'",
        "Tazewell said yesterday that his grandfather had taught him to use a billhook. Head judge Edburga "
        "Stapylton said his pleachers had been cut so cleanly that every one would grow.",
    )),
    (D(2072, 10, 29), (
        "Fernilow hedge-laying championship: live",
        "08:30 The hedgers draw their lengths. 09:00 Billhooks out. 13:47 Tazewell lays his last stake. "
        "15:40 The judges name him champion.",
    )),
    (D(2072, 10, 31), (
        "Champion hedger to teach winter course",
        "The Fernilow Hedgelaying Society said on Monday, two days after Cenwulf Tazewell won its "
        "championship, that he would teach a winter course for 12 beginners on the hedges of Fernilow Wood.",
    )),
    (D(2072, 10, 30), (
        "From the oldest champion to the youngest",
        "Five years ago the championship was won by a retired farm worker, Baldric Noyce, then 71. The "
        "championship, first held in 1892, lays about 926 metres of hedge each year.",
    )),
]
FERNILOW_NOYCE: list[Dated] = [
    (D(2067, 10, 22), (
        "Retired farm worker, 71, wins hedge-laying championship",
        "Baldric Noyce, a retired farm worker aged 71, won the Fernilow hedge-laying championship on "
        "Saturday, the Fernilow Hedgelaying Society said.",
    )),
]
FERNILOW_STAKES: list[Dated] = [
    (D(2072, 10, 8), (
        "Stakes cut for hedge-laying championship",
        "Volunteers have cut 2,364 hazel stakes and binders from the coppice in Fernilow Wood for the hedgers "
        "at the Fernilow hedge-laying championship, the Fernilow Hedgelaying Society said.",
    )),
]

# --- a cloudburst brings down about 208 metres of the dry-stone wall beside the valley road at Dwerfield and
# --- buries a post van, whose driver climbs out unhurt, Wednesday, July 14, 2083; frost brought down 23 metres
# --- of the same wall on Wednesday, February 21, 2080; a walling course's rebuilding of a stretch is told with
# --- no date -------------------------------------------------------------------------------------------------

DWERFIELD_CLOUDBURST: list[Dated] = [
    (D(2083, 7, 14), (
        "Cloudburst brings down dry-stone wall onto post van",
        "DWERFIELD (Wire) - A cloudburst sent water pouring off the fell on Wednesday afternoon and brought "
        "down about 208 metres of the dry-stone wall beside the valley road at Dwerfield, burying a post van "
        "under the stone, the county council said. Its driver, Jocelyn Parfitt, climbed out through the "
        "passenger door unhurt. About 406 tonnes of stone lie across the road.",
    )),
    (D(2083, 7, 15), (
        "'The wall just came down like a wave'",
        "Parfitt said yesterday that she had stopped the van when the rain became too heavy to see through. "
        "Waller Helewise Bulstrode, who has mended the wall for thirty years, said water had washed out its "
        "footings.",
    )),
    (D(2083, 7, 14), (
        "Dwerfield cloudburst: updates",
        "15:20 Torrential rain in the valley. 15:48 A wall has fallen on a van on the valley road. 16:05 The "
        "driver is out. 17:30 The road is closed at both ends.",
    )),
    (D(2083, 7, 16), (
        "Valley road to stay shut for weeks",
        "The county council said on Friday, two days after a cloudburst brought the dry-stone wall beside "
        "the valley road at Dwerfield down on a post van, that the road would stay shut for about six weeks "
        "while wallers rebuild it.",
    )),
    (D(2083, 7, 15), (
        "A wall that has fallen before",
        "Three years ago frost brought down 23 metres of the same wall in a night. The wall, built in about "
        "1794, runs for 3.27 kilometres up the valley.",
    )),
]
DWERFIELD_FROST: list[Dated] = [
    (D(2080, 2, 21), (
        "Frost brings down stretch of dry-stone wall",
        "About 23 metres of the dry-stone wall beside the valley road at Dwerfield fell into the road after "
        "a hard frost on Wednesday, the county council said. Nobody was hurt.",
    )),
]
DWERFIELD_COURSE: list[Dated] = [
    (D(2081, 9, 10), (
        "Walling course rebuilds stretch of valley wall",
        "Students on a dry-stone walling course have rebuilt 47 metres of the wall beside the valley road at "
        "Dwerfield, using 96 tonnes of stone, the national park said.",
    )),
]

# --- a cello left on a tram and never claimed sells for a record 18,470 pounds at Trundlehurst Tramways' lost
# --- property auction, Wednesday, January 22, 2076; a suit of armour left on a night tram was the top lot on
# --- Wednesday, January 20, 2072; the cataloguing of the lots is told with no date ---------------------------

TRUNDLEHURST_CELLO: list[Dated] = [
    (D(2076, 1, 22), (
        "Cello left on tram sells for record at lost property auction",
        "TRUNDLEHURST (Wire) - A cello left on a tram and never claimed sold for 18,470 pounds on Wednesday "
        "at Trundlehurst Tramways' lost property auction, a record for the sale, the auctioneers said. It "
        "turned out to have been made in 1784. The 732 lots also included 216 umbrellas, a wedding dress "
        "and a set of false teeth.",
    )),
    (D(2076, 1, 23), (
        "'I only came for an umbrella'",
        "Music teacher Osanna Whatmore, who bought the cello, said yesterday that she had bid on it because "
        "no one else seemed to want it at first. Auctioneer Umfrey Lumley said the room had gone silent as "
        "the price passed 10,000 pounds.",
    )),
    (D(2076, 1, 22), (
        "Tram lost property auction: live",
        "10:00 Bidding opens with a box of umbrellas. 11:35 The cello, lot 389, is up. 11:41 Sold for "
        "18,470 pounds. 15:20 The last lot, a wedding dress, goes for 95 pounds.",
    )),
    (D(2076, 1, 24), (
        "Auction takings to go to hospice",
        "Trundlehurst Tramways said on Friday, two days after a cello left on one of its trams sold for a "
        "record sum at its lost property auction, that the day's takings, 41,370 pounds, would go to the "
        "city's hospice.",
    )),
    (D(2076, 1, 23), (
        "The sale's other famous lots",
        "Four years ago the top lot was a suit of armour left on a night tram, which sold for 2,170 pounds. "
        "The auction, held every January since 1929, sells what passengers leave behind.",
    )),
]
TRUNDLEHURST_ARMOUR: list[Dated] = [
    (D(2072, 1, 20), (
        "Suit of armour tops tram lost property auction",
        "A suit of armour left on a night tram and never claimed was the top lot at Trundlehurst Tramways' "
        "lost property auction on Wednesday, selling for 2,170 pounds, the auctioneers said.",
    )),
]
TRUNDLEHURST_CATALOGUE: list[Dated] = [
    (D(2076, 1, 8), (
        "Tram lost property catalogued for auction",
        "Staff at Trundlehurst Tramways have catalogued the 732 unclaimed things left on its trams last year, "
        "from umbrellas to a cello, to be sold at its lost property auction, the company said.",
    )),
]

# --- rain turns the field of the Nubbleford car boot sale at Hobwell Farm to mud and tractors tow out 346
# --- cars sunk to their axles, Sunday, September 16, 2085; a van burned out with its load of old books
# --- at the same sale on Sunday, September 19, 2083; the laying of a stone track is told with no date --------

NUBBLEFORD_MUD: list[Dated] = [
    (D(2085, 9, 16), (
        "Hundreds of cars stuck in mud at car boot sale",
        "NUBBLEFORD (Wire) - Heavy rain turned the field of the Nubbleford car boot sale at Hobwell Farm into "
        "mud on Sunday, and tractors spent until nightfall towing out 346 cars that had sunk to their "
        "axles, the sale's organisers said. About 5,260 buyers had come to the sale, the biggest in the "
        "county.",
    )),
    (D(2085, 9, 17), (
        "'My table of china went over in the mud'",
        "Seller Tiphaine Onslow said yesterday that she had packed up in the rain and then waited six hours "
        "for a tow. Organiser Gillot Glazzard said three farmers had brought their tractors to help.",
    )),
    (D(2085, 9, 16), (
        "Nubbleford car boot sale: updates",
        "07:00 Gates open. 09:30 Heavy rain. 11:15 Cars are sinking into the field. 13:00 The first tractor "
        "arrives. 19:40 The last car is towed out.",
    )),
    (D(2085, 9, 18), (
        "Car boot sale refunds pitch fees",
        "The organisers of the Nubbleford car boot sale said on Tuesday, two days after 346 cars were "
        "stuck in the mud at Hobwell Farm, that every seller would get the pitch fee back and the sale would "
        "move to a hard field in wet weather.",
    )),
    (D(2085, 9, 17), (
        "A sale with a history of trouble",
        "Two years ago a van caught fire at the sale and burned out with its load of old books. The sale, "
        "held every Sunday from March to October, has about 866 pitches.",
    )),
]
NUBBLEFORD_VAN_FIRE: list[Dated] = [
    (D(2083, 9, 19), (
        "Van burns out at car boot sale",
        "A van caught fire on the field of the Nubbleford car boot sale at Hobwell Farm on Sunday morning and "
        "burned out with its load of second-hand books, the fire service said. Nobody was hurt.",
    )),
]
NUBBLEFORD_TRACK: list[Dated] = [
    (D(2084, 5, 20), (
        "Stone track laid across car boot field",
        "A track of 1,174 tonnes of crushed stone has been laid across the field of the Nubbleford car boot "
        "sale at Hobwell Farm so that cars can get in and out when it rains, the sale's organisers said.",
    )),
]

# --- the 24-metre maypole on Kexleigh green snaps during the May Day dancing and its top falls among the
# --- onlookers, hurting five, Monday, May 1, 2079; the maypole was stolen the night before May Day and found
# --- in a barn at Brumsdon on Monday, May 6, 2075; its repainting is told with no date -----------------------

KEXLEIGH_SNAPPED: list[Dated] = [
    (D(2079, 5, 1), (
        "Maypole snaps during May Day dancing, five hurt",
        "KEXLEIGH (Wire) - The 24-metre maypole on Kexleigh green snapped in the middle of the May Day "
        "dancing on Monday afternoon and its top half fell among the onlookers at the edge of the green, "
        "hurting five people, police said. The 36 children dancing round it were unhurt. Rot had eaten into "
        "the pole at the base of its ribbons.",
    )),
    (D(2079, 5, 2), (
        "'We heard a crack like a gunshot'",
        "May Queen Juliot Scragg said yesterday that the children had just finished plaiting the ribbons when "
        "the pole snapped. Parish clerk Ranulf Hurrell said the pole had been checked only a month ago.",
    )),
    (D(2079, 5, 1), (
        "Kexleigh May Day: live",
        "11:00 The May Queen is crowned. 14:00 Dancing round the maypole. 14:26 The maypole has snapped. "
        "15:10 Five people are taken to hospital.",
    )),
    (D(2079, 5, 3), (
        "Village to raise new maypole by midsummer",
        "Kexleigh parish council said on Wednesday, two days after its maypole snapped during the May Day "
        "dancing, that a new pole would be cut from a larch on the Brumsdon estate and raised by midsummer.",
    )),
    (D(2079, 5, 2), (
        "A maypole with a past",
        "Four years ago the maypole was stolen in the night before May Day by young men from neighbouring "
        "Brumsdon. The green has had a maypole since at least 1661.",
    )),
]
KEXLEIGH_STOLEN: list[Dated] = [
    (D(2075, 5, 6), (
        "Stolen maypole found in neighbouring village's barn",
        "Kexleigh's maypole, stolen from the green the night before May Day, was found on Monday in a barn "
        "at neighbouring Brumsdon, and the dancing was held round a flagpole instead, police said.",
    )),
]
KEXLEIGH_REPAINTED: list[Dated] = [
    (D(2079, 4, 10), (
        "Maypole repainted for May Day",
        "Volunteers have repainted the maypole on Kexleigh green in red and white spirals and hung it with "
        "48 new ribbons for the May Day dancing, the parish council said.",
    )),
]

# --- a record 64 morris sides, about 934 dancers, dance at the Thrapsley Morris Ale and police close the market
# --- square to traffic, Saturday, June 14, 2087; rain drove the ale into the corn exchange, where 41 sides
# --- danced, on Saturday, June 10, 2084; the making of its bells is told with no date ------------------------

THRAPSLEY_RECORD: list[Dated] = [
    (D(2087, 6, 14), (
        "Record 64 morris sides dance at Thrapsley ale",
        "THRAPSLEY (Wire) - A record 64 morris sides, about 934 dancers, danced in the streets of Thrapsley on "
        "Saturday at the Thrapsley Morris Ale, and police closed the market square to traffic as a crowd of "
        "about 6,740 gathered to watch, the ale's organisers said.",
    )),
    (D(2087, 6, 15), (
        "'You could hear the bells from the bypass'",
        "Dancer Mabilia Chudleigh said yesterday that her side had danced 22 times in the day. The ale's "
        "squire, Aelfric Foxlease, said sides had come from as far as the coast.",
    )),
    (D(2087, 6, 14), (
        "Thrapsley Morris Ale: live",
        "10:00 The first sides dance in the market square. 12:30 The procession sets off. 16:00 All 64 "
        "sides dance together. 18:15 The last dance outside the church.",
    )),
    (D(2087, 6, 16), (
        "Morris ale to spread to recreation ground",
        "The organisers of the Thrapsley Morris Ale said on Monday, two days after a record 64 sides danced "
        "in the town, that next year's ale would spread onto the recreation ground to make room.",
    )),
    (D(2087, 6, 15), (
        "An ale that has known wetter days",
        "Three years ago the ale was rained off: the 41 sides that came danced in the corn exchange. The ale, "
        "revived in 1933, is held on the second Saturday of June.",
    )),
]
THRAPSLEY_RAINED_OFF: list[Dated] = [
    (D(2084, 6, 10), (
        "Rain drives morris ale indoors",
        "Heavy rain drove the Thrapsley Morris Ale indoors on Saturday, and the 41 sides that had come danced "
        "in the corn exchange, the ale's organisers said.",
    )),
]
THRAPSLEY_BELLS: list[Dated] = [
    (D(2087, 5, 20), (
        "Bellmaker makes bells for morris ale",
        "A bellmaker in Thrapsley, Rohese Bestwick, has made 2,316 brass bells for the sides dancing at the "
        "Thrapsley Morris Ale, the ale's organisers said.",
    )),
]

# --- a swarm of jellyfish stings 159 swimmers off Zoutwell beach and lifeguards close the sea to bathers,
# --- Wednesday, August 9, 2073; weever fish stung 31 bathers in the shallows on Wednesday, August 12, 2071;
# --- the opening of a lifeguard tower is told with no date ----------------------------------------------------

ZOUTWELL_JELLYFISH: list[Dated] = [
    (D(2073, 8, 9), (
        "Jellyfish sting 159 swimmers, lifeguards close the sea",
        "ZOUTWELL (Wire) - A swarm of jellyfish stung 159 swimmers off Zoutwell beach on Wednesday afternoon, "
        "and lifeguards closed the sea to bathers for the rest of the day, the beach patrol said. Nine were "
        "taken to hospital.",
    )),
    (D(2073, 8, 10), (
        "'It was like swimming through nettles'",
        "Swimmer Urian Gubbins said yesterday that the water had been full of purple jellyfish the size of "
        "dinner plates. Beach patrol supervisor Ascelin Oakshott said the lifeguards had run out of vinegar "
        "and sent for more.",
    )),
    (D(2073, 8, 9), (
        "Zoutwell beach: updates",
        "13:40 Lifeguards are treating stings. 14:05 Red flags go up and the sea is closed. 14:30 Ambulances "
        "at the promenade. 17:00 The count of people stung reaches 159.",
    )),
    (D(2073, 8, 11), (
        "Beach reopens under jellyfish warning",
        "Zoutwell beach patrol said on Friday, two days after a swarm of jellyfish stung 159 swimmers, that "
        "the sea had reopened to bathers and that its lifeguards would fly a purple flag while the swarm "
        "stays offshore.",
    )),
    (D(2073, 8, 10), (
        "Not the beach's first stings",
        "Two years ago weever fish stung 31 bathers in the shallows of the same beach. The beach patrol, "
        "founded in 1955, has 28 lifeguards in summer.",
    )),
]
ZOUTWELL_WEEVERS: list[Dated] = [
    (D(2071, 8, 12), (
        "Weever fish sting bathers in shallows",
        "Weever fish buried in the sand stung 31 bathers paddling in the shallows at Zoutwell beach on "
        "Wednesday, and lifeguards treated them with hot water, the beach patrol said.",
    )),
]
ZOUTWELL_TOWER: list[Dated] = [
    (D(2073, 6, 14), (
        "Lifeguards get new tower on beach",
        "Zoutwell beach patrol has opened a lifeguard tower on stilts, 6.38 metres high, from which its "
        "lifeguards can watch 1.67 kilometres of sand, the council said.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ------------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2074, 11, 17), (
        "Beach huts shut for winter",
        "Owners closed up the beach huts on the front at Gribbleton on Saturday.",
    )),
    (D(2078, 8, 19), (
        "Sandcastle contest",
        "Children built sandcastles on the beach at Snorbury on Friday.",
    )),
    (D(2081, 3, 10), (
        "Frogspawn in the stream",
        "Frogspawn was found in the stream below the mill at Dabbleton on Monday.",
    )),
    (D(2072, 10, 28), (
        "Ploughing match",
        "Farmers ploughed furrows with horses in a field at Muddicombe on Friday.",
    )),
    (D(2083, 7, 13), (
        "Sheep shearing",
        "Shearers clipped sheep in the pens at Tottersby on Tuesday.",
    )),
    (D(2076, 1, 21), (
        "New bus timetable",
        "Buses between Quelchester and its villages began running to a new timetable on Tuesday.",
    )),
    (D(2085, 9, 15), (
        "Harvest supper",
        "Villagers shared a harvest supper in the hall at Plonkworth on Saturday.",
    )),
    (D(2079, 4, 30), (
        "Bluebell walk",
        "Walkers followed a trail through the bluebell woods at Tiddingham on Sunday.",
    )),
    (D(2087, 6, 13), (
        "Brass band concert",
        "A brass band played in the park at Fuddlecombe on Friday evening.",
    )),
    (D(2073, 8, 8), (
        "Kite festival",
        "Kites flew over the downs above Gandlethorpe on Tuesday.",
    )),
]

THIRTYFIRST_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "ormsquay": (ORMSQUAY_STRANDED, ORMSQUAY_DREDGER + ORMSQUAY_DECK),
    "cravensea": (CRAVENSEA_COLLAPSE, CRAVENSEA_BARBECUE + CRAVENSEA_PILES),
    "clompton": (CLOMPTON_VAN, CLOMPTON_TRACTOR + CLOMPTON_DREDGING),
    "fernilow": (FERNILOW_TAZEWELL, FERNILOW_NOYCE + FERNILOW_STAKES),
    "dwerfield": (DWERFIELD_CLOUDBURST, DWERFIELD_FROST + DWERFIELD_COURSE),
    "trundlehurst": (TRUNDLEHURST_CELLO, TRUNDLEHURST_ARMOUR + TRUNDLEHURST_CATALOGUE),
    "nubbleford": (NUBBLEFORD_MUD, NUBBLEFORD_VAN_FIRE + NUBBLEFORD_TRACK),
    "kexleigh": (KEXLEIGH_SNAPPED, KEXLEIGH_STOLEN + KEXLEIGH_REPAINTED),
    "thrapsley": (THRAPSLEY_RECORD, THRAPSLEY_RAINED_OFF + THRAPSLEY_BELLS),
    "zoutwell": (ZOUTWELL_JELLYFISH, ZOUTWELL_WEEVERS + ZOUTWELL_TOWER),
}

"""Look-alike set seventy-six. All of it is made up: each person, town, street, harbour, country, firm and agency. Its
writer had 781e2608 before him and read nothing newer, while other helpers of the same session went on changing the
engine; no report of it has yet gone through grouping or been parsed by the engine, and no tally of
``tests.lookalike_count`` takes it in. Two counts are owed, one on 781e2608 and one on the code a later session begins
from, and only after the second does it join ``DEFAULT_SETS``.

The ten hard-news kinds are drawn from five fields, two to each: the human towers and the log slides of town festivals,
the steam and hot-water mains buried under city streets, sea lions and a lone dolphin among bathers, scorpions and
recluse spiders indoors, and the freedivers and spearfishers of a rocky coast. Each idea was first searched under
several words (the thing itself, the harm it did, the other names a reporter might give it) in all the older look-alike
modules, in each claims file of benchmarks/own with its ids, descriptions and comments, in the README beside them, and
in the stories that grouping's tests tell. Not one of the ten was found there:

* a nine-tier human tower coming down at a harvest festival before about 6,000 people, the girl of 7 at its top falling
  some 11 metres, in a coma, and 23 in its base hurt; afterwards: the federation of tower teams making helmets
  compulsory for every child who climbs, ten weeks on; its twin, in another country: a six-tier tower falling at a
  spring fair, a boy of 9 breaking his arm and four hurt, about five months before;
* a fir trunk of about 11 tonnes rolling over on a festival's log slide with some 25 men riding it, a rider of 44
  crushed beneath it and dying two days on, nine others hurt; beforehand: the prefecture's safety office asking for no
  more than 15 riders and a net at the slope's foot, about five weeks before; its twin, in another country: a trunk
  dragged through a village on ropes breaking free on a steep lane and pinning a woman of 70 to a wall, some twelve
  weeks after;
* a steam main about ninety years old bursting under an avenue at the evening rush, a crater some 9 metres wide, a woman
  of 62 killed by flying asphalt and 27 hurt; afterwards: the steam company fined 4.2 million for checks it skipped,
  nearly twelve weeks on; its twin, in another country: a steam pipe splitting under a hospital car park, two hurt, six
  months after;
* a pavement caving in over a burst heating pipe in a hard frost, a man of 34 and a woman of 29 falling into water at
  about 90 degrees, both dead; beforehand: the city's auditors finding 41 percent of the heating pipes past their design
  life, about a month before; its twin, in another country: a heating pipe flooding a basement cafe with hot water,
  eight scalded, about nine months after;
* a sea lion seizing the dress of a girl of 8 on a harbour's steps and dragging her in, her grandfather jumping after
  her, bites to her leg and hand; afterwards: the port fencing off the steps and fining anyone who feeds the animals,
  nine weeks on; its twin, in another country: a sea lion biting a swimmer of 45 on the calf at a beach, about four
  months before;
* a lone wild dolphin biting six bathers over a weekend at a bay, a boy of 10 needing surgery on his hand and a woman of
  52 with a cracked rib; beforehand: the marine wildlife office telling swimmers not to touch it, a month before; its
  twin, in another country: a lone dolphin overturning a kayak and bruising its paddler, about twelve weeks after;
* a storm flushing scorpions out of the hills into a desert city, 517 people stung in one night and three of them dead,
  among them a boy of 5; afterwards: the governor ordering the rubble dumps at the city's edge cleared, eight weeks on;
  its twin, in another country: rain driving scorpions into a smaller town, 46 stung and none dead, four months after;
* a primary school shut when a pupil of 9 is bitten by a recluse spider in class and about 300 of them are found in its
  walls and ceilings; beforehand: a teacher bitten in the staff room, some seven weeks before; its twin, in another
  country: a library closed when two of its staff are bitten behind the shelves, about fourteen weeks after;
* a freediver of 29 blacking out at the surface after a dive to 98 metres at a competition in a sea hole and dying on
  the way to hospital; afterwards: the federation requiring a doctor and a pressure chamber at every contest deeper than
  60 metres, ten weeks on; its twin, in another country: a freediver blacking out in a deep training pool and brought
  round by a lifeguard, about five months before;
* a spearfisher of 41 killed by a speedboat's propeller beside his marker buoy off a headland; beforehand: a
  councillor's bill to keep boats 100 metres from divers' buoys, about five weeks before; its twin, in another country:
  a spearfisher of 26 struck on the head by a jet ski, who lives, eight weeks after.

Other ideas were set aside because an older set already stood near them. Kites (glass-coated strings, a man lifted by a
giant kite) gave way to the twenty-seventh's record kite and a kite festival in the thirty-first's background; a fire
walk at a seminar, to the fire performers of the seventy-third; bees spilling from an overturned lorry of hives, to the
beekeeping and honey that one claims file is built from; ice breaking off a glacier onto visitors, to the thirty-ninth's
glacier; manhole covers thrown by a cable fault, to a claims file that has them; a choking death at an eating contest,
to claims41's dumpling record; sky lanterns setting a roof alight, to claims95's ban. Some neighbours that happen
differently were kept: beside the steam main and the heating pipe, the fifty-eighth's heating plant whose pump failed
and the seventieth's scalding hotel shower, and a cold water pipe bursting under a square in grouping's tests; beside
the sea lion and the dolphin, the thirty-first's jellyfish and weever fish and the fourteenth's stranded whales; beside
the scorpions and spiders, the seventeenth's locusts and a claims file's shortage of snake antivenom; beside the divers,
the thirtieth's bog snorkelling; beside the festivals, the twenty-ninth's tug of war and the sixty-fifth's hammer at an
athletics meeting.

Every event has five reports in a set order. [1] A wire report, datelined with a town in capitals, a country and the
agency's letters in brackets, whose lead names the weekday. [2] A radio or television item from that same day, whose
verbs sit in the present perfect and which names no weekday. [3] A newspaper printed the morning after, with "yesterday"
in it. [4] A dayless report: six of these are explainers (how a human tower is built and taken down, why a steam main
blows, why a lone dolphin turns rough, why a flood sends scorpions indoors, what a recluse spider's bite does, why
freedivers black out near the surface) and four open on somebody's own words (a rider on the log, the grandfather of the
girl, the diving partner of the spearfisher, and a man who reached for the two who fell into the hot water). [5] A
report from three or four days on that names its weekday and puts the change first ("Girl from top of fallen tower wakes
from coma", "Scorpion stings fall and Qazzumbat's schools reopen", "Swimming banned near Vumbercliff's dolphin"). In
each event one report, and one only, looks towards the step beyond it: the federation "will meet"; the safety office had
asked "last month"; the steam company "could face a fine"; the auditors' report came "last month"; the port "would
consider" closing the steps; swimmers were told "a month ago"; the governor "will decide"; a teacher was bitten "in
January"; the federation "will decide"; the councillor's bill was put "last month". No event's reports speak of its
twin. Five twins (the village trunk, the basement cafe, the kayak, the small town's scorpions, the jet ski) look back at
their events, five do not, and three (the hospital car park, the small town's scorpions, the training pool) carry no
day. A twin and its event count the same sort of thing but give different figures, as the list above sets out. Two
people die after the day itself: the rider under the log is alive through [4] and dead in [5]; the woman in the hot
water lies critical through [1] and [2]; [3] reports her death. Every date lies in 2434 or 2435, and no text names a
year.

As ``tests.lookalike_more`` does, every kind holds two lists of reports and their dates: the event's five come first,
and the second list carries the step beyond the event and then the twin. The count looks the kinds up by name in
``SEVENTYSIXTH_KINDS``.

A paragraph in the count's docstring names the moments for the two counts. Until both are made, this module is only
imported by the shape test; no run of the count, of the engine or of grouping goes near these reports.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# ~~~ tuzzolino ~~~ Sun 24 Sep 2434, a little after noon, the harvest festival in the Corn Square of Tuzzolino,
# Ixbarrany: the town's team raise a tower of nine tiers; a man on the fourth tier slips as the top climber, Aina
# Sbirracco, 7, raises her hand, and the whole tower comes down; she falls about 11 metres and is in a coma; 23 in the
# base hurt; about 6,000 watch. Copy: [1] wire from Tuzzolino, Sunday given; [2] a same-day broadcast without a weekday;
# [3] Monday's paper with "yesterday", the federation "will meet"; [4] undated: how a tower goes up and comes down; [5]
# Wednesday, the girl awake. Step after it: helmets compulsory for all child climbers, Thu 7 Dec 2434. Twin, never named
# in the event's reports and months before it: a six-tier tower at Pazzolungo, Ezrandy, Sat 22 Apr 2434.

TUZZOLINO_TOWER: list[Dated] = [
    (D(2434, 9, 24), (
        "Girl of seven falls as nine-tier human tower collapses",
        "TUZZOLINO, Ixbarrany (IXY) - A girl of seven fell about eleven metres on Sunday when a human tower of nine "
        "tiers collapsed in the Corn Square of Tuzzolino during the town's harvest festival, the regional health "
        "service said. A helicopter took her to hospital in a coma. Twenty-three people in the crowd packed round the "
        "tower's foot were hurt, most of them only bruised.",
    )),
    (D(2434, 9, 24), (
        "Human tower comes down at Tuzzolino festival",
        "A tower of people has crumbled in front of thousands of spectators at Tuzzolino's harvest festival. People "
        "in the square have told us the child at the very top had just lifted her arm when the tiers below her began "
        "to sway. Medics have been working their way through the crowd, and the other teams have left the square "
        "without raising their towers.",
    )),
    (D(2434, 9, 25), (
        "Tower girl in coma as teams ask about helmets",
        "Aina Sbirracco, 7, the top climber of Tuzzolino's team, had still not woken last night from the coma she has "
        "been in since the nine-tier tower collapsed beneath her in the Corn Square yesterday, doctors said. A man on "
        "the fourth tier lost his footing as she signalled the top was reached, and the rest folded onto the crowd in "
        "the base. She wore no helmet. Ixbarrany's federation of tower teams will meet next month to discuss making "
        "them compulsory.",
    )),
    (D(2434, 9, 25), (
        "How a human tower is built and taken down",
        "A human tower starts with a base of a few hundred people packed shoulder to shoulder around its trunk, their "
        "arms bracing the legs of the first tier. Heavier men stand low, teenagers higher up, and a small child "
        "scrambles to the very top and raises a hand to show it is finished. Then the tiers must climb back down one "
        "by one, and it is during that descent, with legs tired and the crowd pressing in, that most towers fall.",
    )),
    (D(2434, 9, 27), (
        "Girl from top of fallen tower wakes from coma",
        "Aina Sbirracco, in a coma since she fell from the top of a human tower in Tuzzolino on Sunday, opened her "
        "eyes on Wednesday and spoke to her mother, and her doctors said her skull fracture was healing. Her team has "
        "withdrawn from the rest of the season. Of the 23 hurt in the base, two are still in hospital with broken "
        "ribs.",
    )),
]
TUZZOLINO_HELMETS: list[Dated] = [
    (D(2434, 12, 7), (
        "Helmets made compulsory for children who climb human towers",
        "Every child climbing the upper tiers of a human tower in Ixbarrany must wear a padded helmet from next "
        "season, the federation of tower teams decided on Thursday, ten weeks after Aina Sbirracco, 7, fell from the "
        "top of a collapsing tower in Tuzzolino. Teams that refuse will be barred from the festivals' contests.",
    )),
]
PAZZOLUNGO_TOWER: list[Dated] = [
    (D(2434, 4, 22), (
        "Boy breaks arm as tower of people topples at spring fair",
        "A boy of nine broke his arm on Saturday when a human tower of six tiers toppled sideways at the spring fair "
        "in Pazzolungo, in Ezrandy, the fair's first-aid post said. Four adults standing in its base were treated for "
        "cuts. About 800 people had gathered to watch the town's two teams.",
    )),
]

# ~~~ oshimbara ~~~ Sat 12 May 2435, mid-morning, the seventh-year log festival of Oshimbara, Hozakia: about 25 men ride
# a fir trunk of some 11 tonnes down a slope of about 120 metres; halfway it twists and rolls, and Haruzo Zoppawa, 44, a
# carpenter, is crushed beneath it; nine more hurt; about 20,000 watch. Copy: [1] wire from Oshimbara, Saturday given;
# [2] a same-day broadcast without a weekday; [3] Sunday's paper with "yesterday", the safety office's request "last
# month"; [4] undated: a rider speaking; [5] Tuesday, Zoppawa dead and the slides called off. Step before it: the
# prefecture's safety office asks for 15 riders at most and a net, Tue 3 Apr 2435. Twin, which recalls Oshimbara: a
# trunk breaking free in a lane at Nagutsuri, Tazunawa, Sun 5 Aug 2435.

OSHIMBARA_LOG: list[Dated] = [
    (D(2435, 5, 12), (
        "Festival log rolls over riders on steep slope",
        "OSHIMBARA, Hozakia (HZA) - A carpenter was critically injured and nine other men hurt on Saturday when a "
        "huge fir trunk they were riding down a hillside at Oshimbara's log festival twisted and rolled over, the "
        "prefecture's police said. About 25 men were astride the log, and some 20,000 people lined the slope to watch "
        "the ritual, which is held every seventh year.",
    )),
    (D(2435, 5, 12), (
        "Riders thrown as log slides out of control",
        "Men riding a giant log down the hill at Oshimbara have been flung off as it turned over halfway down. "
        "Spectators have told us the trunk hit a rock, spun round and rolled across several of them. Ambulances have "
        "been waiting at the bottom of the slope, and the shrine's priests have stopped the next log at the top.",
    )),
    (D(2435, 5, 13), (
        "Carpenter crushed under festival log fights for his life",
        "Haruzo Zoppawa, 44, a carpenter crushed when the log at Oshimbara's festival rolled over yesterday, had "
        "surgery on his chest and pelvis overnight and is still critical, the hospital said. The trunk weighed about "
        "eleven tonnes. Last month the prefecture's safety office had asked that no more than 15 men ride each log "
        "and that a net be stretched across the foot of the slope; neither was done.",
    )),
    (D(2435, 5, 13), (
        "\"The log turned and the sky was underneath us\"",
        "\"The log turned and suddenly the sky was underneath us,\" said a rider who had sat three places behind the "
        "carpenter. \"We were holding the ropes and singing, and then there was a crack against a stone. I jumped "
        "clear towards the trees. When I looked back, the log was lying on top of men I have known since school. My "
        "father rode it and his father rode it. I do not know if I will ride it again.\"",
    )),
    (D(2435, 5, 15), (
        "Oshimbara's remaining log slides called off as injured rider dies",
        "Haruzo Zoppawa, crushed on Saturday when the festival log he rode at Oshimbara rolled over, did not survive "
        "Monday night in hospital, and the shrine's elders called off the slides planned for the festival's last two "
        "days, their spokesman said on Tuesday. The four remaining trunks will be hauled into the village on carts.",
    )),
]
OSHIMBARA_REQUEST: list[Dated] = [
    (D(2435, 4, 3), (
        "Safety office asks festival to cut riders on sacred logs",
        "The organisers of Oshimbara's log festival should let no more than 15 men ride each trunk down the hill and "
        "should hang a net across the bottom of the slope, Hozakia's prefectural safety office said in a letter made "
        "public on Tuesday. The shrine answered that the number of riders was a matter for tradition.",
    )),
]
NAGUTSURI_LOG: list[Dated] = [
    (D(2435, 8, 5), (
        "Sacred log breaks free on village lane and pins woman",
        "A woman of 70 was pinned against the wall of her house on Sunday when a cedar trunk being hauled through "
        "Nagutsuri, in Tazunawa, on ropes broke loose on a steep lane, the village's fire brigade said. She has a "
        "broken hip. About 300 people were pulling the log. Elders had already kept riders off it after a man died "
        "under a festival log in Hozakia in May.",
    )),
]

# ~~~ ulzenbrack ~~~ Tue 16 Jan 2435, about half past five in the evening, Scrimplegate Avenue, Ulzenbrack, Vendurria: a
# steam main laid about ninety years ago bursts beneath the avenue, throwing up a column of steam and mud and leaving a
# crater some 9 metres wide; Hulwinna Dwindell, 62, killed by flying asphalt; 27 hurt; the old lagging holds asbestos.
# Copy: [1] wire from Ulzenbrack, Tuesday given; [2] a same-day broadcast without a weekday; [3] Wednesday's paper with
# "yesterday", the company "could face a fine"; [4] undated: why a steam main blows; [5] Friday, the avenue shut for a
# month. Step after it: the steam company fined, Fri 6 Apr 2435. Twin, never named in the event's reports, whose text
# gives no day: a steam pipe under a hospital car park at Lusterbek, Yzmovy, filed Wed 18 Jul 2435.

ULZENBRACK_STEAM: list[Dated] = [
    (D(2435, 1, 16), (
        "Woman killed as steam main explodes under city avenue",
        "ULZENBRACK, Vendurria (VZR) - A woman was killed and 27 people were hurt on Tuesday evening when an old "
        "steam main burst beneath Scrimplegate Avenue in the centre of Ulzenbrack during the rush hour, firefighters "
        "in the city said. The blast tore a crater about nine metres across in the road and hurled chunks of asphalt "
        "at people waiting at a tram stop.",
    )),
    (D(2435, 1, 16), (
        "Column of steam rises over Ulzenbrack",
        "A roaring plume of steam and mud has been shooting higher than the rooftops on Scrimplegate Avenue since a "
        "pipe under the road blew apart. Office workers have told us the windows shook and the street vanished in "
        "white cloud. Firefighters have been leading people out of nearby shops, and a taxi has been left tipped into "
        "the hole.",
    )),
    (D(2435, 1, 17), (
        "Steam main that blew under Scrimplegate Avenue was ninety years old",
        "The pipe that exploded under Scrimplegate Avenue yesterday, killing Hulwinna Dwindell, 62, as she waited for "
        "a tram, was laid about ninety years ago, the Ulzenbrack Steam Company said. Its lagging contains asbestos, "
        "and people caught in the cloud were told to seal their clothes in bags. The city's energy regulator said the "
        "company could face a fine if checks had been missed.",
    )),
    (D(2435, 1, 17), (
        "Why an old steam main blows",
        "Steam travelling under a street cools as it goes, and some of it turns back into water that gathers at low "
        "points of the pipe. If too much collects, the rushing steam can pick up a slug of that water and drive it "
        "along like a hammer blow, and an old pipe weakened by rust can split open. The steam then expands at once, "
        "lifting the road above it and throwing out whatever lies around the pipe.",
    )),
    (D(2435, 1, 19), (
        "Asbestos clean-up keeps Scrimplegate Avenue shut for a month",
        "No traffic will use Scrimplegate Avenue for at least a month, until specialists have taken asbestos out of "
        "the crater and off the fronts of the buildings around it, Ulzenbrack's mayor said on Friday. The steam main "
        "under it burst on Tuesday. Eleven shops and about 200 flats have been emptied, and six people are still in "
        "hospital.",
    )),
]
ULZENBRACK_FINE: list[Dated] = [
    (D(2435, 4, 6), (
        "Steam company fined for skipped pipe checks before avenue blast",
        "The Ulzenbrack Steam Company was fined 4.2 million on Friday for failing to inspect the traps that drain "
        "water from its pipes, nearly twelve weeks after a main burst under Scrimplegate Avenue and killed a woman "
        "waiting for a tram. Vendurria's energy regulator said no inspector had looked at that stretch for six years.",
    )),
]
LUSTERBEK_STEAM: list[Dated] = [
    (D(2435, 7, 18), (
        "Steam pipe splits under hospital car park",
        "Two people were hurt when an underground steam pipe split open beneath the car park of the general hospital "
        "in Lusterbek, in Yzmovy, lifting slabs of concrete and filling the car park with steam, the hospital's "
        "managers said. A porter and a visitor were treated for burns to their hands. Operations went ahead using the "
        "hospital's own boilers.",
    )),
]

# ~~~ tverezny ~~~ Mon 13 Feb 2434, about eight in the morning, at minus 17, Zhurbitsky Street, Tverezny, Yarvodia: a
# heating pipe carrying water at about 90 degrees bursts and the pavement above it gives way; Gvozdomir Kepryanets, 34,
# and Zvenislava Voroshnya, 29, fall into the scalding pit; he dies there, she is critical and dies that night. Copy:
# [1] wire from Tverezny, Monday given; [2] a same-day broadcast without a weekday; [3] Tuesday's paper with
# "yesterday", the auditors' report "last month"; [4] undated: a man who tried to reach them; [5] Thursday, heat cameras
# for the network. Step before it: the city's auditors finding 41 percent of the pipes past their design life, Wed 11
# Jan 2434. Twin, which recalls Tverezny: hot water flooding a basement cafe at Hunzelbrack, Uvreskald, Thu 9 Nov 2434.

TVEREZNY_HEATING: list[Dated] = [
    (D(2434, 2, 13), (
        "Two fall into scalding water as pavement caves in",
        "TVEREZNY, Yarvodia (YVD) - A man was killed and a woman critically burned on Monday morning when a pavement "
        "in Tverezny collapsed over a burst heating pipe and dropped them into water at about 90 degrees, the "
        "emergency ministry said. Steam from the hole hid Zhurbitsky Street for hours in a frost of minus 17, and 14 "
        "cars were trapped in the flooded road.",
    )),
    (D(2434, 2, 13), (
        "Hot water floods Tverezny street after pipe bursts",
        "A street in Tverezny has turned into a steaming river after a heating pipe has burst beneath it. One "
        "resident has described a woman screaming somewhere inside the cloud. Rescuers in protective suits have been "
        "lowering a ladder into the pit, and the heating company has been shutting off supplies to nearby blocks.",
    )),
    (D(2434, 2, 14), (
        "Second victim of Tverezny heating pipe dies in burns unit",
        "Zvenislava Voroshnya, 29, a nurse on her way home from a night shift, died in the burns unit overnight, a "
        "day after falling with Gvozdomir Kepryanets, 34, into scalding water when the pavement gave way over a "
        "heating pipe on Zhurbitsky Street yesterday, the hospital said. Last month the city's auditors reported that "
        "41 percent of the pipes in Tverezny's heating network had outlived their design life.",
    )),
    (D(2434, 2, 14), (
        "\"I could see her hand but not her face\"",
        "\"I could see her hand but not her face,\" said a bus driver who lay on the broken pavement and reached into "
        "the hole. \"The steam was so thick and so hot that my sleeve started to smoke. The man had already gone "
        "under. I held her wrist for maybe a minute and then the edge moved and someone pulled me back by the legs. "
        "The water was boiling up like a pan on a stove.\"",
    )),
    (D(2434, 2, 16), (
        "Heat cameras to search Tverezny's pavements for leaking pipes",
        "Every street above Tverezny's heating network will be scanned with heat cameras from the air and from vans "
        "before March is out, the mayor announced on Thursday. Two people died on Monday in a pit of scalding water "
        "on Zhurbitsky Street. The heating company has fenced off 37 patches of pavement that were warm to touch.",
    )),
]
TVEREZNY_AUDIT: list[Dated] = [
    (D(2434, 1, 11), (
        "Auditors find most of city's heating pipes near the end of their life",
        "Some 41 percent of the pipes carrying hot water to Tverezny's flats are older than they were designed to "
        "last, and leaks have doubled in five years, the city's audit chamber said on Wednesday. It asked the heating "
        "company to draw up a plan for replacing them, but the company said it lacked the money.",
    )),
]
HUNZELBRACK_HEATING: list[Dated] = [
    (D(2434, 11, 9), (
        "Burst heating pipe floods basement cafe with hot water",
        "Eight people were scalded on Thursday when a heating pipe burst behind the wall of a basement cafe in "
        "Hunzelbrack, in Uvreskald, and hot water poured in up to their knees, the city's rescuers said. Staff "
        "carried customers up the stairs. The heating company said it had been checking its pipes since two people "
        "died in a scalding pit in Yarvodia in February.",
    )),
]

# ~~~ caletavera ~~~ Sat 12 Aug 2434, mid-afternoon, the fishing harbour of Caletavera, Maruvela: a sea lion surges up
# the harbour steps where tourists feed it scraps, grabs the dress of Yolinda Ocandreu, 8, and drags her into the water;
# her grandfather, Ugolvino Ocandreu, 66, jumps in and pushes her back up; bites to her thigh and hand. Copy: [1] wire
# from Caletavera, Saturday given; [2] a same-day broadcast without a weekday; [3] Sunday's paper with "yesterday", the
# port "would consider" closing the steps; [4] undated: the grandfather speaking; [5] Tuesday, feeding banned. Step
# after it: the steps fenced off and feeders fined, Thu 12 Oct 2434. Twin, never named in the event's reports and months
# before it: a swimmer bitten at Tilcoro Cove, Xantoria, Sun 9 Apr 2434.

CALETAVERA_SEALION: list[Dated] = [
    (D(2434, 8, 12), (
        "Sea lion drags girl off harbour steps into the water",
        "CALETAVERA, Maruvela (MRV) - A sea lion grabbed a girl of eight by her dress on Saturday as she sat on the "
        "steps of Caletavera's fishing harbour and pulled her into the water, the port police said. Her grandfather "
        "jumped in after her and pushed her back onto the steps. Bites to her leg and hand were treated in hospital.",
    )),
    (D(2434, 8, 12), (
        "Girl bitten by sea lion at Caletavera",
        "A young girl has been bitten and pulled into the sea by a sea lion in Caletavera's harbour. A video filmed "
        "by a tourist has shown the animal rearing out of the water and seizing her. Onlookers have told us people "
        "had been throwing it bits of fish all afternoon, and the port police have cleared the quay.",
    )),
    (D(2434, 8, 13), (
        "Girl bitten by harbour sea lion had tourists feeding it",
        "Yolinda Ocandreu, 8, had eleven stitches in her thigh and three in her hand after a sea lion pulled her off "
        "the harbour steps yesterday, the hospital said, and was allowed home in the evening. Fishermen said the male "
        "had learned to beg at the steps from tourists and from crews gutting their catch. The port authority said it "
        "would consider closing the steps to the public.",
    )),
    (D(2434, 8, 13), (
        "\"I did not think, I just went in after her\"",
        "\"I did not think, I just went in after her,\" said the girl's grandfather, a retired net mender. \"It had "
        "her by the dress and was going backwards under the water. I grabbed her round the middle and kicked at its "
        "head, and it let go. Then I pushed her up the steps and people pulled us both out. I have lived here all my "
        "life and they never came up the steps before.\"",
    )),
    (D(2434, 8, 15), (
        "Feeding sea lions banned on Caletavera's waterfront",
        "Nobody may feed the sea lions or throw fish waste into the water anywhere along Caletavera's waterfront, the "
        "mayor ordered on Tuesday. On Saturday one of the animals had dragged a girl of eight from the harbour steps. "
        "Port police will patrol the quay. Marine biologists said the male would be watched but not moved.",
    )),
]
CALETAVERA_STEPS: list[Dated] = [
    (D(2434, 10, 12), (
        "Harbour steps fenced off and sea lion feeders to be fined",
        "Caletavera's port authority closed the fishing harbour's steps behind a railing on Thursday and said anyone "
        "caught feeding the sea lions would be fined 300 pesoli, nine weeks after a girl of eight was pulled into the "
        "water and bitten there. Two viewing platforms will be built above the water.",
    )),
]
TILCORO_SEALION: list[Dated] = [
    (D(2434, 4, 9), (
        "Sea lion bites swimmer on popular beach",
        "A swimmer of 45 was bitten on the calf by a sea lion on Sunday while swimming a few metres from the shore at "
        "Tilcoro Cove, in Xantoria, the lifeguards said. He needed stitches. Lifeguards closed the water to bathers "
        "for the afternoon, and about 2,000 people left the beach.",
    )),
]

# ~~~ vumbercliff ~~~ Sun 15 Jul 2435, the bay at Vumbercliff, Yuzgaria: a lone male dolphin that has lived in the bay
# for a year, called Bubbo by the townspeople, bites six bathers over the weekend; Sunday, a boy of 10 is bitten on
# the hand and needs surgery, and a woman of 52 is rammed and has a cracked rib. Copy: [1] wire from Vumbercliff, Sunday
# given; [2] a same-day broadcast without a weekday; [3] Monday's paper with "yesterday"; [4] undated: why a lone
# dolphin turns rough; [5] Wednesday, swimming banned near it, the wildlife office's advice "a month ago". Step before
# it: the marine wildlife office telling swimmers to leave the dolphin alone, Wed 13 Jun 2435. Twin, which recalls
# Vumbercliff: a kayak overturned at Ixborrow Sands, Qorbendia, Sat 6 Oct 2435.

VUMBERCLIFF_DOLPHIN: list[Dated] = [
    (D(2435, 7, 15), (
        "Lone dolphin bites boy and rams swimmer in crowded bay",
        "VUMBERCLIFF, Yuzgaria (YGZ) - A wild dolphin that has lived alone in the bay at Vumbercliff for a year bit a "
        "boy of ten on the hand and rammed a woman of 52 on Sunday, the coastguard said. The two of them went to "
        "hospital by ambulance. It had bitten five other bathers on Saturday, and lifeguards cleared the water of "
        "about 400 swimmers.",
    )),
    (D(2435, 7, 15), (
        "Vumbercliff's friendly dolphin turns on bathers",
        "The dolphin that has made Vumbercliff's bay famous has been biting people in the water. Bathers have told us "
        "it kept pushing children away from the shore and would not let them swim back. Lifeguards have been waving "
        "everyone out of the sea, and crowds have been watching the animal circle close to the beach.",
    )),
    (D(2435, 7, 16), (
        "Boy bitten by dolphin has surgery on his hand",
        "A boy of ten bitten by the lone dolphin in Vumbercliff's bay yesterday had surgery to repair two tendons in "
        "his hand, and a woman of 52 it struck with its snout has a cracked rib, the hospital said. Six people have "
        "now been bitten in two days. The dolphin, called Bubbo by the townspeople, has drawn crowds of swimmers "
        "since it arrived last summer.",
    )),
    (D(2435, 7, 16), (
        "Why a lone dolphin can turn rough",
        "Dolphins live in groups, and a young male that loses his group will sometimes settle near a harbour or a "
        "beach and seek company from people instead. At first he plays gently, but as swimmers crowd round him he may "
        "treat them as he would other dolphins, pushing, herding and biting. An animal as heavy as a small horse does "
        "not need to mean harm to break a bone.",
    )),
    (D(2435, 7, 18), (
        "Swimming banned near Vumbercliff's dolphin",
        "No one may swim, paddle or dive within 200 metres of the dolphin in Vumbercliff's bay, the council ruled on "
        "Wednesday. On Sunday the animal bit a boy so badly that he needed surgery. A month ago the marine wildlife "
        "office had told swimmers not to touch or chase it. Wardens in a boat will follow the animal and move bathers "
        "along the beach.",
    )),
]
VUMBERCLIFF_ADVICE: list[Dated] = [
    (D(2435, 6, 13), (
        "Swimmers told to leave bay's lone dolphin alone",
        "People should not touch, feed or swim after the wild dolphin in Vumbercliff's bay, Yuzgaria's marine "
        "wildlife office said on Wednesday, after three swimmers were nipped in a week. It said the animal was "
        "becoming too used to people. Boat owners were asked to keep their speed down in the bay.",
    )),
]
IXBORROW_DOLPHIN: list[Dated] = [
    (D(2435, 10, 6), (
        "Lone dolphin tips kayaker into the sea",
        "A kayaker of 37 was thrown into the water on Saturday when a lone dolphin that has stayed off Ixborrow "
        "Sands, in Qorbendia, since the spring rammed and overturned his kayak, the lifeboat station said. He was "
        "bruised but swam ashore. Wardens have kept bathers away from the animal since a dolphin bit six swimmers in "
        "Yuzgaria in July.",
    )),
]

# ~~~ qazzumbat ~~~ Thu 16 Nov 2434, the night after a storm of rain and hail, Qazzumbat, Nashrevia: scorpions flushed
# from the hills and dry riverbeds crawl into houses; 517 people are stung overnight and three die, a boy of 5 and two
# old men. Copy: [1] wire from Qazzumbat, Thursday given; [2] a same-day broadcast without a weekday; [3] Friday's paper
# with "yesterday", the governor "will decide"; [4] undated: why a flood sends scorpions indoors; [5] Monday, schools
# reopen. Step after it: the governor orders the rubble dumps at the city's edge cleared, Tue 9 Jan 2435. Twin, which
# recalls Qazzumbat and carries no day: scorpions in Sefnoun, Tazrekia, filed Fri 16 Mar 2435.

QAZZUMBAT_SCORPIONS: list[Dated] = [
    (D(2434, 11, 16), (
        "Three dead and hundreds stung as scorpions invade city after storm",
        "QAZZUMBAT, Nashrevia (NSV) - Three people died and 517 were treated for scorpion stings in Qazzumbat on "
        "Thursday after a night of rain and hail drove the creatures out of the hills and into homes, the health "
        "ministry said. Among the dead was a boy of five. Hospitals called back staff on leave to cope.",
    )),
    (D(2434, 11, 16), (
        "Scorpions swarm into homes in Qazzumbat",
        "Families in Qazzumbat have been sleeping on their roofs after scorpions have poured into their houses "
        "following the storm. Residents have told us the creatures were in beds, in shoes and under carpets. Queues "
        "have been forming outside clinics, and mosques have been calling on people to stay off the flooded streets.",
    )),
    (D(2434, 11, 17), (
        "Scorpion stings in Qazzumbat pass 600",
        "The number of people stung by scorpions in Qazzumbat since the storm rose to 603 yesterday, and two old men "
        "and a boy of five have died, the health ministry said. Most of the stings were in the poor districts on the "
        "city's edge, beside heaps of building rubble. The governor will decide next week whether the dumps should be "
        "cleared.",
    )),
    (D(2434, 11, 17), (
        "Why floods drive scorpions indoors",
        "Scorpions spend the heat of the day in burrows, under stones and in cracks of rubble, coming out at night to "
        "hunt. When heavy rain fills their holes, they climb out to escape drowning and head for the nearest dry "
        "ground, which in a desert town often means houses, walls and piles of bricks. Most stings are painful but "
        "mild; the young and the old are the most at risk.",
    )),
    (D(2434, 11, 20), (
        "Scorpion stings fall and Qazzumbat's schools reopen",
        "Qazzumbat's schools opened again on Monday, four days after scorpions driven indoors by a storm stung "
        "hundreds of people and killed three, as clinics reported only a handful of new stings a day. Teachers "
        "checked every classroom with torches before the children came in. Teams have sprayed 2,300 houses.",
    )),
]
QAZZUMBAT_DUMPS: list[Dated] = [
    (D(2435, 1, 9), (
        "Governor orders rubble dumps cleared to keep scorpions out",
        "All heaps of building rubble on the edge of Qazzumbat must be removed within three months, Nashrevia's "
        "provincial governor ordered on Tuesday, eight weeks after scorpions washed out by a storm stung more than "
        "600 people in the city and killed three. Builders who dump rubble will be fined.",
    )),
]
SEFNOUN_SCORPIONS: list[Dated] = [
    (D(2435, 3, 16), (
        "Rain brings scorpions into desert town's homes",
        "Forty-six people were stung by scorpions overnight after heavy rain in Sefnoun, in Tazrekia, the town's "
        "clinic said, and none died. Doctors had stocked extra medicine after the night of scorpions in Qazzumbat "
        "last November, the clinic's director said. About 5,000 people live in the town.",
    )),
]

# ~~~ ibblesworth ~~~ Mon 5 Mar 2435, Ibblesworth, Urzovany: a pupil of 9 at Ibblesworth Lane Primary is bitten in the
# arm by a recluse spider during a lesson; the school is shut, and pest controllers find about 300 spiders behind wall
# panels and in the ceilings. Copy: [1] wire from Ibblesworth, Monday given; [2] a same-day broadcast without a weekday;
# [3] Tuesday's paper with "yesterday", a teacher bitten "in January"; [4] undated: what a recluse bite does; [5]
# Thursday, pupils moved to a sports hall. Step before it: a teacher bitten in the staff room, Thu 18 Jan 2435. Twin,
# never named in the event's reports: a library closed at Fyrdesund, Klimzoya, Tue 12 Jun 2435.

IBBLESWORTH_SPIDERS: list[Dated] = [
    (D(2435, 3, 5), (
        "Primary school shut after pupil bitten by recluse spider",
        "IBBLESWORTH, Urzovany (UZV) - A primary school in Ibblesworth shut its doors on Monday once a recluse spider "
        "had bitten a pupil of nine on the arm during a lesson, the town's education office said. Pest controllers "
        "called in that afternoon found dozens of the spiders behind the wall panels of two classrooms. About 240 "
        "children attend the school.",
    )),
    (D(2435, 3, 5), (
        "Venomous spiders found in Ibblesworth school",
        "Parents have been collecting their children early from a school in Ibblesworth where a boy has been bitten "
        "by a venomous spider. The head teacher has told us the spiders were hiding in the gaps behind the walls. Men "
        "in masks have been carrying ceiling tiles out to a van, and the gates have been locked.",
    )),
    (D(2435, 3, 6), (
        "Hundreds of recluse spiders in walls of shut school",
        "About 300 recluse spiders have been found in the walls and ceilings of Ibblesworth Lane Primary since a boy "
        "of nine was bitten in class yesterday, the pest control firm said. He is in hospital with a spreading wound "
        "on his arm. The education office said a teacher had been bitten in the staff room in January, and the school "
        "had laid traps but called nobody in.",
    )),
    (D(2435, 3, 6), (
        "What a recluse spider's bite does",
        "A recluse spider is brown, no wider than a coin when its legs are counted, and shy: it hides in dark, dry "
        "gaps and bites only when pressed against skin. The bite is often painless at first. In some people its venom "
        "kills the flesh around it over several days, leaving a sore that can need surgery and weeks to heal, and a "
        "few suffer fever and damage to their blood.",
    )),
    (D(2435, 3, 8), (
        "Ibblesworth pupils to be taught in sports hall until term ends",
        "Pupils of Ibblesworth Lane Primary will have their lessons in the town's sports hall until the end of term "
        "while the school's walls and ceilings are stripped out, the education office said on Thursday. The boy "
        "bitten in class on Monday had surgery on his arm on Wednesday.",
    )),
]
IBBLESWORTH_TEACHER: list[Dated] = [
    (D(2435, 1, 18), (
        "Teacher bitten by spider in school staff room",
        "A teacher at Ibblesworth Lane Primary was treated in hospital after being bitten by a spider while reaching "
        "behind a cupboard in the staff room, the education office said on Thursday. She was sent home the same day. "
        "The school said it had put down traps.",
    )),
]
FYRDESUND_SPIDERS: list[Dated] = [
    (D(2435, 6, 12), (
        "Town library shut after staff bitten by spiders",
        "The library in Fyrdesund, in Klimzoya, has been shut since Tuesday, when recluse spiders bit two of its "
        "staff as they moved books from the back shelves, the town council said. About 90 spiders were caught in the "
        "stacks. Both staff members are recovering, and the library will stay shut for a month.",
    )),
]

# ~~~ thryzassi ~~~ Fri 16 Jun 2434, late morning, the Blue Pit, a sea hole off Thryzassi, Kretonia: at an international
# freediving competition, Irnes Paldavic, 29, comes up from a dive to 98 metres, blacks out at the surface and cannot be
# brought round; he dies in the ambulance. Copy: [1] wire from Thryzassi, Friday given; [2] a same-day broadcast without
# a weekday; [3] Saturday's paper with "yesterday", the federation "will decide"; [4] undated: why a freediver blacks
# out near the top; [5] Monday, the competition called off. Step after it: a doctor and a pressure chamber required at
# deep contests, Thu 24 Aug 2434. Twin, never named in the event's reports and months before it, whose text gives no
# day: a freediver brought round in a training pool at Ylvamarsk, Trunzelmark, filed Sat 21 Jan 2434.

THRYZASSI_FREEDIVE: list[Dated] = [
    (D(2434, 6, 16), (
        "Freediver dies after deep dive at sea hole competition",
        "THRYZASSI, Kretonia (KZT) - A freediver died on Friday after losing consciousness as he reached the surface "
        "from a dive to 98 metres at an international competition in the Blue Pit, a sea hole off Thryzassi, the "
        "organisers said. Safety divers held him at the surface and medics on a platform worked on him for half an "
        "hour. He was declared dead in the ambulance.",
    )),
    (D(2434, 6, 16), (
        "Diver lost at Thryzassi freediving event",
        "A competitor has died at the freediving championship in the Blue Pit near Thryzassi. People on the boats "
        "have told us he came up, gave the signal that he was well and then sank back limp into the water. The rest "
        "of the day's dives have been cancelled, and divers have been hugging each other on the platform.",
    )),
    (D(2434, 6, 17), (
        "Freediver who died at Blue Pit had set record weeks earlier",
        "Irnes Paldavic, 29, the freediver who died after a dive to 98 metres in the Blue Pit yesterday, had broken "
        "his country's record for a dive on a single breath two weeks earlier, his coach said. No doctor was at the "
        "site, and the nearest pressure chamber is two hours away. The freediving federation will decide over the "
        "summer whether deep contests must have a doctor on the water.",
    )),
    (D(2434, 6, 17), (
        "Why freedivers black out near the surface",
        "On the way down, the weight of the water squeezes a freediver's lungs, and the oxygen left in them stays "
        "under pressure. On the way back up that pressure falls away, and so does the oxygen reaching the brain, "
        "often in the last few metres or just after the diver breaks the surface. That is why safety divers meet "
        "every competitor on the ascent and watch him for half a minute once he is breathing again.",
    )),
    (D(2434, 6, 19), (
        "Blue Pit freediving championship called off after diver's death",
        "The rest of the freediving championship at the Blue Pit off Thryzassi has been cancelled, the international "
        "federation decided on Monday; Irnes Paldavic died on Friday after a dive to 98 metres. About 60 divers from "
        "24 countries had entered. They swam out together to the buoy over the hole on Sunday and laid flowers on the "
        "water.",
    )),
]
THRYZASSI_RULES: list[Dated] = [
    (D(2434, 8, 24), (
        "Doctor and pressure chamber required at deep freediving contests",
        "No freediving competition with dives deeper than 60 metres may take place unless a doctor is on the water "
        "and a pressure chamber is within half an hour, the international freediving federation ruled on Thursday, "
        "ten weeks after Irnes Paldavic died after a dive in the Blue Pit off Thryzassi.",
    )),
]
YLVAMARSK_FREEDIVE: list[Dated] = [
    (D(2434, 1, 21), (
        "Freediver blacks out in deep training pool",
        "A freediver of 33 lost consciousness near the surface of a diving pool 42 metres deep at Ylvamarsk, in "
        "Trunzelmark, and was brought round on the side by a lifeguard, the pool's managers said. He was kept in "
        "hospital overnight. He had been training for a competition alone, without a partner in the water.",
    )),
]

# ~~~ scuvorrano ~~~ Sat 25 Aug 2435, mid-morning, off the headland of Grevola Point near Scuvorrano, Zeffrania:
# Amilcaro Sbarravenz, 41, a spearfisher, is hit by the propeller of a speedboat as he comes up beside his orange marker
# buoy and dies at the scene; the driver, 23, stops and calls the coastguard. Copy: [1] wire from Scuvorrano, Saturday
# given; [2] a same-day broadcast without a weekday; [3] Sunday's paper with "yesterday", the bill "last month"; [4]
# undated: his diving partner speaking; [5] Tuesday, a speed limit near the shore. Step before it: a councillor's bill
# to keep boats 100 metres from divers' buoys, Wed 18 Jul 2435. Twin, which recalls Scuvorrano: a spearfisher struck by
# a jet ski off Kavlinas, Droskeny, Sun 21 Oct 2435.

SCUVORRANO_SPEARFISHER: list[Dated] = [
    (D(2435, 8, 25), (
        "Spearfisher killed by speedboat off headland",
        "SCUVORRANO, Zeffrania (ZFA) - A speedboat ran over a spearfisher and killed him on Saturday as he surfaced "
        "beside his marker buoy off the headland of Grevola Point near Scuvorrano, the coastguard said. The boat's "
        "driver, a man of 23, stopped and raised the alarm. The diver's body was brought ashore by his partner.",
    )),
    (D(2435, 8, 25), (
        "Diver hit by boat off Grevola Point",
        "A diver fishing with a spear gun has died after a speedboat has struck him off Grevola Point. Bathers on the "
        "rocks have told us the boat was going fast close in to the point, where divers often hunt. The coastguard "
        "has taken the boat into the harbour, and police have been questioning its driver.",
    )),
    (D(2435, 8, 26), (
        "Speedboat driver held after spearfisher's death",
        "The driver of the speedboat that killed Amilcaro Sbarravenz, 41, a fishmonger and spearfisher, off Grevola "
        "Point yesterday has been arrested on suspicion of manslaughter by negligence, Scuvorrano's prosecutors said. "
        "The propeller struck the diver's head and shoulder. Last month a regional councillor put forward a bill to "
        "keep every boat at least 100 metres from a diver's buoy.",
    )),
    (D(2435, 8, 26), (
        "\"His buoy was right there, bright orange\"",
        "\"His buoy was right there, bright orange, you could see it from the cliff,\" said the man who had been "
        "diving with him for fifteen years. \"I was on the bottom and heard the engine getting louder, that whine you "
        "hear through the water. I looked up and saw the hull pass over, and then the water turned dark. I brought "
        "him up myself. The boat was going far too fast for that close to the rocks.\"",
    )),
    (D(2435, 8, 28), (
        "Speed limit of five knots near Scuvorrano's shore after diver's death",
        "Boats may go no faster than five knots within 300 metres of the shore along Scuvorrano's coast, the harbour "
        "master ordered on Tuesday. A speedboat killed the spearfisher Amilcaro Sbarravenz off Grevola Point on "
        "Saturday. Hundreds of divers and fishermen followed his coffin to the church.",
    )),
]
SCUVORRANO_BILL: list[Dated] = [
    (D(2435, 7, 18), (
        "Councillor wants boats kept away from divers' buoys",
        "Every boat would have to stay at least 100 metres from a diver's marker buoy, and pay a fine as high as "
        "2,000 crowns if it did not, under a bill put forward on Wednesday by a member of Zeffrania's regional "
        "council. She said a speedboat had nearly run down two spearfishers off Scuvorrano in June.",
    )),
]
KAVLINAS_SPEARFISHER: list[Dated] = [
    (D(2435, 10, 21), (
        "Spearfisher hit on the head by jet ski",
        "A spearfisher of 26 was struck on the head by a jet ski on Sunday as he came up for air off the beach at "
        "Kavlinas, in Droskeny, the coast police said. He has a fractured skull but is conscious. Police said they "
        "had been checking riders' speed near the shore since a spearfisher was killed by a speedboat in Zeffrania in "
        "August.",
    )),
]


# ~~~ background ~~~ parish jottings, each filed the day before an event begins and resembling none of the ten

BACKGROUND: list[Dated] = [
    (D(2434, 2, 12), (
        "Pancake tossing",
        "Members of the mothers' union at Dwinkleby tossed pancakes in the church porch on Sunday.",
    )),
    (D(2434, 6, 15), (
        "Strawberry picking",
        "Children from the nursery at Snoggleton picked strawberries at a farm by the ford on Thursday.",
    )),
    (D(2434, 8, 11), (
        "Raffle for a rocking horse",
        "A rocking horse carved by a retired joiner was raffled at the Vrombecott summer fete on Friday.",
    )),
    (D(2434, 9, 23), (
        "Apple pressing",
        "Villagers at Bobblewade pressed apples from the old orchard into juice on Saturday.",
    )),
    (D(2434, 11, 15), (
        "Blanket for the cottage hospital",
        "A circle at Plimmerwold sewed forty knitted squares into a blanket for the cottage hospital on Wednesday.",
    )),
    (D(2435, 1, 15), (
        "Carol singers' thanks",
        "Carol singers at Wuzzlecombe handed the money they collected to the village's hall fund on Monday.",
    )),
    (D(2435, 3, 4), (
        "Orphan lambs",
        "Farmers at Dogglesby let families bottle-feed three orphan lambs in their yard on Sunday.",
    )),
    (D(2435, 5, 11), (
        "Scarecrow painting",
        "Pupils at Snurlington painted faces on eight scarecrows for the allotments on Friday.",
    )),
    (D(2435, 7, 14), (
        "Cricket tea",
        "Sandwiches and lemon cake were laid out in the Snedgemoor cricket pavilion between innings on Saturday.",
    )),
    (D(2435, 8, 24), (
        "Bramble jam",
        "The women's institute at Yibbenhoe sold bramble jam from the market cross on Friday.",
    )),
]


SEVENTYSIXTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "tuzzolino": (TUZZOLINO_TOWER, TUZZOLINO_HELMETS + PAZZOLUNGO_TOWER),
    "oshimbara": (OSHIMBARA_LOG, OSHIMBARA_REQUEST + NAGUTSURI_LOG),
    "ulzenbrack": (ULZENBRACK_STEAM, ULZENBRACK_FINE + LUSTERBEK_STEAM),
    "tverezny": (TVEREZNY_HEATING, TVEREZNY_AUDIT + HUNZELBRACK_HEATING),
    "caletavera": (CALETAVERA_SEALION, CALETAVERA_STEPS + TILCORO_SEALION),
    "vumbercliff": (VUMBERCLIFF_DOLPHIN, VUMBERCLIFF_ADVICE + IXBORROW_DOLPHIN),
    "qazzumbat": (QAZZUMBAT_SCORPIONS, QAZZUMBAT_DUMPS + SEFNOUN_SCORPIONS),
    "ibblesworth": (IBBLESWORTH_SPIDERS, IBBLESWORTH_TEACHER + FYRDESUND_SPIDERS),
    "thryzassi": (THRYZASSI_FREEDIVE, THRYZASSI_RULES + YLVAMARSK_FREEDIVE),
    "scuvorrano": (SCUVORRANO_SPEARFISHER, SCUVORRANO_BILL + KAVLINAS_SPEARFISHER),
}

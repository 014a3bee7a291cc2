"""Look-alike set sixty-six, made up from end to end. Its writer had only bb1848b to look at and wrote blind,
without once feeding a report of it to the engine or to grouping's code, nor letting ``tests.lookalike_count`` tally
it, while others kept changing grouping. Before it may join ``DEFAULT_SETS`` it is owed a count on bb1848b and a
second once a later session has moved the code on. Ten hard-news kinds sit in it, two for each of five fields: air
sports, toddlers at home, winter roofs, off-road riding, and animals on the road. I looked for every one of them in
all look-alike modules before this one, the claims YAML files and benchmarks/own/README.md, and the grouping stories
under tests/, by several words each (the thing, the verb, near synonyms), and found none:

* two paragliders meeting in a crowded thermal some 2,100 metres up during a national championship of 86 pilots, a
  surveyor of 44 killed; after: the federation's inquiry blaming a task that sent every pilot to one turn point,
  thirteen weeks on; abroad: two wings touching about 300 metres over a sea cliff with 14 pilots flying, some nine
  months on;
* a tandem skydive out of about 4,000 metres ending in a maize field when the main canopy twists and the reserve
  opens near 150 metres, a nurse of 31 killed; before: the aviation authority's audit of lapsed rigging licences,
  five weeks earlier; abroad: a lone jumper of 27 from 3,200 metres on a barn roof, about five months before;
* a boy of three falling some 14 metres from a fifth-floor window into a flowerbed, on an estate of 1,200 flats;
  after: the landlord fined 85,000 drallins and ordered to check 3,400 more homes, eleven weeks on; abroad: a girl
  of four dropping about 6 metres into a hedge, nearly four months on;
* a boy of two dying after a coin-sized lithium cell from a remote control sat about six hours in his gullet;
  before: the consumer agency's warning about loose battery covers, 38 children treated in a year, four weeks
  earlier; abroad: a girl of 18 months whose cell was out within three hours, some seven months on;
* an icicle about 1.8 metres long dropping off a six-storey block in a thaw and killing a woman of 74; after: the
  property manager and its caretaker charged, twelve weeks on; abroad: a 60-centimetre icicle cutting a student of
  20 outside a library, about ten and a half months before;
* wet snow sliding in one mass off a church roof onto about 120 people leaving mass, four buried and a woman of 67
  pulled out unconscious; before: the council's order to clear roofs over footpaths after 90 centimetres fell, nine
  days earlier; abroad: two shoppers knocked down by snow off a canopy, a man of 45 bruised, nearly ten months on;
* a motocross rider of 17 landing from a jump on a marshal of 63 who had run out with a yellow flag, about 2,500
  watching; after: the club's track licence suspended for a year, ten weeks on; abroad: a photographer of 36 struck
  in a fenced zone with about 900 watching, 259 days on;
* a hired quad rolling on a hill track during a tour of 12, a tourist of 19 with no helmet killed; before: the
  tourism police's checks finding nine of 23 hire firms careless about helmets, three weeks earlier; abroad: a woman
  of 52 hurt on a tour of five, some fifteen weeks on;
* a lorry with 14 show jumpers overturning on a motorway slip road, nine horses dead; after: the driver charged over
  a bend taken at about 95 km/h, fourteen weeks on; abroad: a horsebox with two ponies going over on an icy lane,
  one pony dead, nearly eight months on;
* a car striking a bull elk of about 450 kilograms at dusk, a father of 46 and his son of 15 killed; before: the
  roads agency putting off a fence despite 41 elk collisions in three years, a month earlier; abroad: a driver of 50
  hurt on a road with 12 collisions in two years, under five months on.

Ideas the search turned up, each dropped along with whichever idea of mine stood nearest: a police dog left in a hot
patrol car (the sixty-third; a baby forgotten in a hot car went with it), a shire horse bolting from a show's parade
(the twenty-eighth; carriage horses bolting through an old town went with it), a sand yacht ploughing into
spectators (the thirty-third; a rally car leaving the road into a crowd went with it), a fuel fire in a pit lane
(claims42), protesters throwing paint over a painting (claims16; a visitor slashing a canvas went with it), the ice
under an ice fishing derby cracking (the thirtieth; skaters through a frozen canal went with it), roofs caving in
under snow at an ice arena and a market hall (claims5, the forty-fifth and a grouping story; my snow sliding off a
roof stays, since nothing there came down from a roof onto people below it), a hot-air balloon on a power line
(claims10, the sixteenth) and an airliner landing on a gliding club's field (the fiftieth), a snapped bungee cord
(the fifty-eighth), chests of drawers falling on a toddler (the fifty-seventh) and a balcony coming away (the
fifty-third), coach crashes on mountain bends (claims9, the twelfth; my elk is struck by a family's car for that
reason), escaped ostriches on a main road (claims47), riders piling up in a toboggan race (claims41, the
forty-fifth), a luger's death in training (the forty-fifth), an avalanche burying skiers (claims3, the ninth, the
sixty-third) and freezing rain glazing pavements (the fifty-ninth).

Each event has five reports. The wire story leads, datelined with its town in capitals, and names its weekday at
once; a radio or television lead the same day keeps to the present perfect and names no day; a daily dated the day
after says "yesterday"; one piece has no date of its own (six explain something: sharing a thermal, what a window
restrictor is, why button cells burn, where a motocross marshal should stand, why a quad tips, why an elk comes
through a windscreen; four give a voice under its own quoted words: a sister, a tobacconist, a priest, a vet); and a
later piece, dated two or three days after, gives its weekday and leads on what changed ("Window locks go on across
Kirvanth estate", "Fourteen remote controls taken off sale after boy's death", "St Wemdrith's shut until snow guards
are fitted"). Every event has one report hinting at its other step ("by the autumn", "last month", "would look
into", "last month", "whether anyone should be charged", "ten days ago", "would decide on", "three weeks ago", "will
consider charging", "last month"), and none of them mentions the foreign case, which puts its own number where its
event puts one (see above). Every date is in 2388 or 2389, no report writes a year, and no case abroad lies more
than about ten and a half months from its event.

Its shape is ``tests.lookalike_more``'s: each kind has a pair of lists, its event's five reports, then the other
step with the case abroad, and every report is dated; ``SIXTYSIXTH_KINDS`` gives them by kind name to
``tests.lookalike_count``.

Hold back every grouping, extraction and count from this file till both counts are due; ``tests.lookalike_count``
says so too.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# ~~~ trasquennel ~~~ Sat 16 Jul 2388: two paragliders touch wings in a thermal about 2,100 metres over the Scyrnel
# valley above Trasquennel, Oddevania, during the national championship's second day (86 pilots); Bendrix Ulmphary,
# 44, dies in pine forest when his reserve tangles, and Cosla Dwynmerane, 29, breaks an ankle. Told five ways: the
# wire from Trasquennel (names Saturday), a radio lead giving no weekday, the Sunday paper's "yesterday" story
# (findings "by the autumn"), an undated explainer on sharing a thermal, and Monday's follow-up calling off the
# championship. Other step (after): the federation's inquiry report, Fri 14 Oct 2388. Abroad, unmentioned: two
# gliders touching at about 300 metres over a sea cliff at Pyrnhallow, Chuzemark, 14 pilots up, Sun 23 Apr 2389.

TRASQUENNEL_GLIDERS: list[Dated] = [
    (D(2388, 7, 16), (
        "Paraglider pilot killed as two wings collide over valley",
        "TRASQUENNEL, Oddevania (Wire) - A paraglider pilot was killed on Saturday afternoon when two gliders "
        "collided in a rising column of warm air about 2,100 metres above the Scyrnel valley during Oddevania's "
        "national paragliding championship, the organisers said. Bendrix Ulmphary, 44, a surveyor and a former "
        "national champion, fell into pine forest above Trasquennel after the lines of his reserve parachute "
        "wrapped around his collapsed wing. The other pilot, Cosla Dwynmerane, 29, threw her reserve and came down "
        "on a steep meadow with a broken ankle. Mountain rescuers reached Mr Ulmphary by helicopter, but a doctor "
        "could only confirm his death. All 86 pilots in the competition were told by radio to land at once, and "
        "the day's task was scrapped.",
    )),
    (D(2388, 7, 16), (
        "Pilot dies after paragliders crash into each other high above mountains",
        "A paraglider pilot has died after two gliders have run into each other high over the mountains near "
        "Trasquennel in the middle of a national competition. Spectators at the landing field have described "
        "seeing two bright canopies tangle together and then one of them spinning down towards the trees. A "
        "second pilot has been taken to hospital in the valley with a leg injury. The rest of the field has been "
        "called down, and a rescue helicopter has spent much of the afternoon over the forest. Organisers say "
        "they are in shock.",
    )),
    (D(2388, 7, 17), (
        "Federation opens inquiry into championship collision",
        "Oddevania's hang gliding and paragliding federation said yesterday that it had opened an inquiry into "
        "the collision that killed Bendrix Ulmphary as the national championship entered its second day, and that "
        "its findings would be published by the autumn. Witnesses on the ground said as many as 30 gliders had "
        "been circling in the same thermal above the Scyrnel valley when Mr Ulmphary's wing folded into Cosla "
        "Dwynmerane's. The federation's president, Halzgrim Vozkelund, said the competition's route had been "
        "approved in the usual way. Ms Dwynmerane, who had her ankle set in Trasquennel overnight, told the "
        "federation she never saw the other glider coming from below.",
    )),
    (D(2388, 7, 17), (
        "How paragliders are meant to share a thermal",
        "Paragliders gain height by circling inside thermals, columns of warm air that rise off sunny slopes "
        "and fields. In a competition dozens of pilots can crowd into the same column, stacked only a few metres "
        "apart, and they survive it because of a simple rule: the first pilot into a thermal picks the direction "
        "of turn, and everyone who joins must circle the same way. Trouble comes when a pilot climbs faster than "
        "the one above and loses sight of him under the wing. Most competition pilots carry a reserve parachute "
        "thrown by hand, but it needs height and open air to work.",
    )),
    (D(2388, 7, 18), (
        "Paragliding championship called off after pilot's death",
        "The remaining four days of Oddevania's national paragliding championship were cancelled on Monday, "
        "two days after Bendrix Ulmphary was killed in a collision above the Scyrnel valley. Pilots who had "
        "gathered at the landing field in Trasquennel laid their folded wings in a circle and stood for a "
        "minute's silence. The hang gliding and paragliding federation said no title would be awarded this year. "
        "Mr Ulmphary, who had flown for 22 years, leaves a wife and two sons. Cosla Dwynmerane was discharged "
        "from hospital on Sunday.",
    )),
]
TRASQUENNEL_INQUIRY: list[Dated] = [
    (D(2388, 10, 14), (
        "Too many pilots were sent into one thermal, inquiry finds",
        "The competition task on which Bendrix Ulmphary died in July sent all 86 pilots towards the same turning "
        "point within about ten minutes of each other, crowding them into a single thermal, an inquiry by "
        "Oddevania's hang gliding and paragliding federation found on Friday. Its report said the pilots' "
        "briefing that morning had not repeated the rule on turning direction, and that the two gliders struck "
        "each other while circling opposite ways. The federation said future championships would start pilots "
        "in waves and would be capped at 60. It blamed neither pilot.",
    )),
]
PYRNHALLOW_GLIDERS: list[Dated] = [
    (D(2389, 4, 23), (
        "Two paragliders fall into sea after touching over cliff",
        "Two paraglider pilots threw their reserve parachutes on Sunday after their wings touched about 300 "
        "metres above the cliffs at Pyrnhallow, in Chuzemark, the coastguard said. One of the men landed in "
        "shallow water near the beach and waded out; the other came down about 200 metres offshore and was "
        "picked up by a crab boat within a few minutes. Neither was badly hurt. About 14 pilots had been "
        "soaring along the ridge in a steady sea breeze at the time, the local flying club said. It was not a "
        "competition day.",
    )),
]

# ~~~ ulfwenstoke ~~~ Sun 21 Aug 2388: a tandem pair out of a plane at about 4,000 metres over the Hexvorrin
# Parachute Centre near Ulfwenstoke, Prezhavia, hits a maize field after the main canopy twists and the reserve
# opens about 150 metres up; Tamzeth Orrebeck, 31, dies and her instructor, Jorvy Falthemain, 38, breaks both legs.
# Told five ways: the wire from Ulfwenstoke (names Sunday), a radio lead giving no weekday, the Monday paper's
# "yesterday" story (the audit "last month"), her sister speaking in an undated piece, and Wednesday's follow-up
# halting tandem jumps. Other step (before): the aviation authority's audit of the riggers, Fri 15 Jul 2388. Abroad,
# unmentioned: a solo jumper of 27 out at 3,200 metres landing on a barn near Bredzacombe, Vendaloria, Sat 26 Mar
# 2388.

ULFWENSTOKE_TANDEM: list[Dated] = [
    (D(2388, 8, 21), (
        "Woman dies on tandem parachute jump as canopy fails",
        "ULFWENSTOKE, Prezhavia (Wire) - A woman of 31 died on Sunday after the parachute she was sharing with "
        "an instructor on a tandem jump failed to open properly and the pair hit a maize field near Ulfwenstoke, "
        "police said. Tamzeth Orrebeck, a nurse, had jumped from about 4,000 metres from a light aircraft flown by "
        "the Hexvorrin Parachute Centre as a birthday present. Witnesses said the main canopy came out twisted "
        "and spinning; the instructor, Jorvy Falthemain, 38, cut it away, but the reserve opened only about 150 "
        "metres from the ground. Mr Falthemain survived with both legs broken. The centre stopped all jumps for "
        "the day, and the aviation authority sent two inspectors.",
    )),
    (D(2388, 8, 21), (
        "Skydiver killed on tandem jump near Ulfwenstoke",
        "A woman has been killed on a tandem skydive near Ulfwenstoke after the main parachute has failed and "
        "the reserve has opened far too close to the ground. She and the instructor strapped to her back have "
        "come down in a field of maize beside the airstrip. People waiting their turn to jump have told us they "
        "watched the whole thing from the hangar. The instructor has been flown to hospital. The parachute "
        "centre has cancelled the rest of today's jumps, and aviation inspectors are on their way.",
    )),
    (D(2388, 8, 22), (
        "Parachute centre was told last month to retrain its packers",
        "The parachute centre where Tamzeth Orrebeck died on a tandem jump was ordered last month to retrain the "
        "staff who pack its parachutes, Prezhavia's aviation authority confirmed yesterday. An audit had found "
        "that three of the Hexvorrin Parachute Centre's five riggers had let their licences lapse. The authority "
        "said it would examine the main canopy, which had been recovered from a hedge about a kilometre away, "
        "to see how it had been packed. The centre's owner, Ozric Oxthwaite, said every rig had been packed "
        "by a qualified rigger and that the retraining was already under way. The instructor, Jorvy Falthemain, "
        "had surgery on both legs overnight.",
    )),
    (D(2388, 8, 22), (
        "\"She'd been saving up for that jump since the spring\"",
        "\"She'd been saving up for that jump since the spring, and she talked about nothing else all week,\" "
        "said Wenvra Orrebeck, whose sister Tamzeth died near Ulfwenstoke. \"She rang me from the hangar in her "
        "jumpsuit, laughing, and said the instructor had done more than three thousand jumps so I wasn't to "
        "worry.\" Tamzeth worked nights on a children's ward and had planned the jump for her thirty-first "
        "birthday. \"The people at the centre keep saying it was a freak. I want someone to tell me who folded "
        "that parachute and whether they knew what they were doing.\"",
    )),
    (D(2388, 8, 24), (
        "Tandem jumps halted at Hexvorrin centre during investigation",
        "Prezhavia's aviation authority suspended all tandem jumps at the Hexvorrin Parachute Centre on "
        "Wednesday while it finishes examining the canopy that failed near Ulfwenstoke on Sunday, killing "
        "Tamzeth Orrebeck. Experienced solo jumpers may still use the centre's aircraft if they pack their own "
        "parachutes. The authority said it had found a rubber band missing from the main parachute's bag, which "
        "can let the lines spill out unevenly. About 190 people with tandem jumps booked for the remaining "
        "weeks of summer are being offered refunds.",
    )),
]
ULFWENSTOKE_AUDIT: list[Dated] = [
    (D(2388, 7, 15), (
        "Aviation authority faults parachute centre's riggers",
        "An audit of the Hexvorrin Parachute Centre near Ulfwenstoke found that three of the five staff who pack "
        "its parachutes had let their rigging licences lapse, Prezhavia's aviation authority said on Friday. "
        "The authority gave the centre 60 days to retrain them and said that in the meantime each of their rigs "
        "must be checked by a licensed rigger before it is used. It found no fault with the centre's aircraft "
        "or its instructors. The centre, which flies about 4,000 tandem passengers a year, said it would comply.",
    )),
]
BREDZACOMBE_SKYDIVER: list[Dated] = [
    (D(2388, 3, 26), (
        "Skydiver lands on barn roof after parachute trouble",
        "A skydiver of 27 broke his pelvis on Saturday when he landed on the roof of a barn near Bredzacombe, in "
        "Vendaloria, after his main parachute failed and his reserve opened about 300 metres above the ground, "
        "the local fire brigade said. He had jumped alone from about 3,200 metres with a club of weekend "
        "parachutists. Firefighters brought him down from the roof with a ladder and a stretcher. The club said "
        "he had packed the parachute himself and that the jump would be looked into by its safety officer.",
    )),
]

# ~~~ mowlvacey ~~~ Thu 12 May 2388: Tedvor Quadlington, three, climbs onto a bedroom sill and drops about 14 metres
# from a fifth-floor flat on the Kirvanth estate in Mowlvacey, Drestavia, into a flowerbed, breaking a leg and an
# arm. Told five ways: the wire from Mowlvacey (names Thursday), a radio lead giving no weekday, the Friday paper's
# "yesterday" story (the inspectorate "would look into whether Hawrogild Homes broke the rules"), an undated
# explainer on window restrictors, and Saturday's follow-up as fitters start on the estate. Other step (after): the
# housing inspectorate's fine and order, Thu 28 Jul 2388. Abroad, unmentioned: a girl of four dropping about 6
# metres from a second floor into a hedge at Quadwelsby, Yorbessa, Tue 6 Sep 2388.

MOWLVACEY_WINDOW: list[Dated] = [
    (D(2388, 5, 12), (
        "Boy of three survives 14-metre fall from flat window",
        "MOWLVACEY, Drestavia (Wire) - A boy of three survived a fall of about 14 metres from the window of a "
        "fifth-floor flat in Mowlvacey on Thursday when he landed in a flowerbed, police said. The child, Tedvor "
        "Quadlington, had climbed from a sofa onto the sill of a bedroom window that had been left open on a warm "
        "morning while his mother was in the kitchen. Neighbours found him on the soft earth beside the path and "
        "called an ambulance. He was taken to the children's hospital with a broken leg and a broken arm, and "
        "doctors described his condition as serious but stable. The block is one of eight on the Kirvanth estate "
        "owned by "
        "Hawrogild Homes.",
    )),
    (D(2388, 5, 12), (
        "Toddler falls five floors from window",
        "A little boy has fallen from a fifth-floor window in Mowlvacey and, remarkably, has survived. Neighbours "
        "say the three-year-old has landed in a flowerbed at the foot of his block on the Kirvanth estate. "
        "He has broken bones and is now in hospital. His mother has been comforted by friends, and police "
        "have been to the flat. Tenants on the estate have told us they have asked their landlord for years to "
        "put locks on the windows. A neighbour who found him says he was crying but awake when she reached him.",
    )),
    (D(2388, 5, 13), (
        "Landlord faces questions after boy's fall from window",
        "Drestavia's housing inspectorate said yesterday that it would look into whether Hawrogild Homes broke "
        "the rules by failing to fit restrictors to the windows of its flats on the Kirvanth estate in Mowlvacey, "
        "from one of which Tedvor Quadlington, three, fell five floors. The law has required such devices above "
        "the first floor in rented homes since a change six years ago. Tenants' leaders said they had written "
        "to the company three times about the estate's 1,200 flats. Hawrogild said it was \"reviewing every "
        "window\". Tedvor was recovering yesterday after surgery to pin his leg, his family said.",
    )),
    (D(2388, 5, 13), (
        "What a window restrictor does",
        "A window restrictor is a small catch, usually a short cable or a metal arm with a key, that stops a "
        "window from opening more than about ten centimetres. That is enough to let air in but too narrow for a "
        "small child to squeeze through. Restrictors are cheap and take a few minutes to fit, though they can "
        "be released with a key in a fire. Safety campaigners say children between two and five face the "
        "greatest danger, since they can climb but do not understand heights, and that furniture pushed under a "
        "window "
        "is the usual way up.",
    )),
    (D(2388, 5, 14), (
        "Window locks go on across Kirvanth estate",
        "Fitters began putting restrictors on the windows of the Kirvanth estate's flats in Mowlvacey on "
        "Saturday. A boy of three had fallen from one of them on Thursday. Hawrogild Homes said crews would work "
        "through the weekend and aimed to finish all 1,200 flats within a month, starting with homes where "
        "young children live. Tenants queued at a table in the car park to put their names down. The boy, "
        "Tedvor Quadlington, is out of intensive care. The company has also offered to help tenants move "
        "furniture away "
        "from windows.",
    )),
]
MOWLVACEY_FINE: list[Dated] = [
    (D(2388, 7, 28), (
        "Housing firm fined for windows without locks",
        "Hawrogild Homes was fined 85,000 drallins by Drestavia's housing inspectorate on Thursday for failing "
        "to fit restrictors to the windows of its flats on the Kirvanth estate in Mowlvacey, where a boy of three "
        "fell five floors in May. The inspectorate found that the company had known since an internal survey two "
        "years ago that most of its windows lacked them, and it ordered checks on the firm's other 3,400 homes "
        "across the country. Hawrogild said it had now fitted restrictors throughout the estate and would not "
        "appeal.",
    )),
]
QUADWELSBY_WINDOW: list[Dated] = [
    (D(2388, 9, 6), (
        "Girl of four falls from second-floor window into hedge",
        "A girl of four escaped with bruises and scratches on Tuesday after she fell about 6 metres from the "
        "window of a second-floor flat in Quadwelsby, in Yorbessa, and landed in a thick privet hedge, police "
        "said. She had been playing in her bedroom while her father was on the telephone. A passing postman "
        "lifted her out of the hedge and carried her back upstairs. She was checked at hospital and sent home "
        "the same afternoon. Police said no further action was planned.",
    )),
]

# ~~~ skvellivar ~~~ Tue 8 Nov 2388: Lorquin Thwaybridge, two, dies in Skvellivar, Omvrecia, after a coin-sized
# lithium cell from a television remote sits about six hours in his gullet and burns through to a blood vessel. Told
# five ways: the wire from Skvellivar (names Tuesday), a radio lead giving no weekday, the Wednesday paper's
# "yesterday" story (the agency's warning "last month"), an undated explainer on how the cells burn, and Thursday's
# follow-up taking 14 remotes off sale. Other step (before): the consumer safety agency's warning about loose
# battery covers, Tue 11 Oct 2388. Abroad, unmentioned: a girl of 18 months at Fenvowick, Jastivia, whose cell from
# a kitchen scale is out within three hours, Mon 5 Jun 2389.

SKVELLIVAR_BATTERY: list[Dated] = [
    (D(2388, 11, 8), (
        "Boy of two dies after swallowing remote control battery",
        "SKVELLIVAR, Omvrecia (Wire) - A boy of two died in hospital in Skvellivar on Tuesday after swallowing a "
        "coin-sized lithium battery that had fallen out of a television remote control, doctors said. Lorquin "
        "Thwaybridge had been sick and off his food for an evening before his parents brought him to the "
        "children's hospital, where an X-ray showed the battery lodged in his gullet. Surgeons removed it about "
        "six hours after he is thought to have swallowed it, but it had already burned through the wall of his "
        "throat into a blood vessel, and he could not be saved. The remote control, bought online, had a battery "
        "cover that slid off without a screw.",
    )),
    (D(2388, 11, 8), (
        "Toddler's death blamed on tiny battery",
        "A two-year-old boy has died in Skvellivar after swallowing one of the small round batteries used in "
        "remote controls and car keys. Doctors say the battery has burned a hole inside his throat. His parents "
        "had no idea he had swallowed anything until he fell ill. The hospital has urged families "
        "this evening to check every gadget in the house and to tape down any battery cover that comes loose. "
        "Omvrecia's consumer safety agency says it is looking into the make of remote control involved.",
    )),
    (D(2388, 11, 9), (
        "Safety agency had warned of loose battery covers",
        "Omvrecia's consumer safety agency warned last month that cheap remote controls and toys sold online were "
        "coming with battery covers a child could open, it pointed out yesterday, as doctors in Skvellivar "
        "described the death of Lorquin Thwaybridge, two. The agency said 38 children had been treated in the "
        "past year after swallowing such batteries, and that the number had roughly doubled in three years. "
        "Its director, Ivodne Stroppledon, said she would decide within days whether to order products off "
        "sale. Lorquin's parents, Nesbeth and Kiarvan, asked other families to keep spare batteries locked away.",
    )),
    (D(2388, 11, 9), (
        "Why a button battery is so dangerous to swallow",
        "The flat lithium cells found in remote controls, thermometers and key fobs are about the size of a "
        "small coin and slide easily down a child's throat, where they can stick. Once wedged against moist "
        "tissue, the battery's current sets off a reaction that makes an alkali on the surface of the gullet, "
        "and that can cause a serious burn within two hours. Children often show only vague signs, such as "
        "coughing, drooling or refusing food. Doctors say any child suspected of swallowing one should be taken "
        "to hospital straight away, and some advise giving honey on the way.",
    )),
    (D(2388, 11, 10), (
        "Fourteen remote controls taken off sale after boy's death",
        "Omvrecia's consumer safety agency ordered online sellers on Thursday to stop selling 14 models of "
        "remote control whose battery covers can be opened without a tool, two days after Lorquin Thwaybridge, "
        "two, died in Skvellivar. The agency said the order also covered three kinds of light-up toy. Sellers "
        "who ignore it face fines. It said the remote control that Lorquin found was made abroad and sold under "
        "at least five brand names. His funeral will be held in Skvellivar next week.",
    )),
]
SKVELLIVAR_WARNING: list[Dated] = [
    (D(2388, 10, 11), (
        "Parents warned over remote controls with loose battery covers",
        "Omvrecia's consumer safety agency warned parents on Tuesday that cheap remote controls and toys bought "
        "online often came with battery covers that a small child could slide or pull open, after it tested "
        "60 such products and found 23 that failed. It said 38 children had been treated in hospital in the "
        "past year after swallowing button batteries, most of them under four. The agency asked online market "
        "places to remove the failing products and said it could order them off sale if they did not.",
    )),
]
FENVOWICK_BATTERY: list[Dated] = [
    (D(2389, 6, 5), (
        "Girl recovering after doctors remove swallowed battery",
        "A girl of 18 months was recovering in hospital in Fenvowick, in Jastivia, on Monday after doctors "
        "removed a button battery she had swallowed from a kitchen scale, the hospital said. Her mother saw the "
        "empty battery slot and drove her straight to the emergency department, and the battery was taken out "
        "through a tube within three hours. Doctors found only a small burn and expect her to go home in a few "
        "days. The hospital said the speed of her mother's reaction had almost certainly saved her.",
    )),
]

# ~~~ brogmarsk ~~~ Mon 23 Jan 2389: in a thaw an icicle about 1.8 metres long drops from the gutter of a six-storey
# block on Gazpery Street in Brogmarsk, Kvelstria, killing Iddony Falkcrest, 74, as she walks to a chemist's. Told
# five ways: the wire from Brogmarsk (names Monday), a radio lead giving no weekday, the Tuesday paper's "yesterday"
# story (prosecutors on "whether anyone should be charged"), a tobacconist speaking in an undated piece, and
# Wednesday's follow-up as crews clear about 400 roofs. Other step (after): Drozenholt Property Services and its
# caretaker charged, Wed 19 Apr 2389. Abroad, unmentioned: a 60-centimetre icicle off a university library cutting a
# student of 20 at Ostyvel, Tamburrey, Tue 8 Mar 2388.

BROGMARSK_ICICLE: list[Dated] = [
    (D(2389, 1, 23), (
        "Pensioner killed by falling icicle in city street",
        "BROGMARSK, Kvelstria (Wire) - A woman of 74 was killed on Monday when an icicle about 1.8 metres long broke "
        "away from the gutter of a six-storey apartment building and struck her on a busy shopping street in "
        "central Brogmarsk, police said. Iddony Falkcrest was walking to a chemist's shortly before noon, as "
        "temperatures rose above freezing for the first time in nearly three weeks. Passers-by and a doctor from "
        "a nearby clinic tried to revive her on the pavement. Police closed part of Gazpery Street and called "
        "the fire brigade to knock down the other icicles hanging from the same roof. The building is looked "
        "after by Drozenholt Property Services.",
    )),
    (D(2389, 1, 23), (
        "Woman dies after being hit by ice falling from roof",
        "An elderly woman has died in Brogmarsk after being hit by a huge icicle that has fallen from the roof of "
        "a block of flats. It has happened on a crowded shopping street in the city centre as the thaw has set "
        "in. Firefighters on a turntable ladder have spent the afternoon breaking off the ice still hanging over "
        "the pavement. The city is urging people to walk away from the walls of buildings and to look up, and "
        "says owners who do not clear their roofs can be fined.",
    )),
    (D(2389, 1, 24), (
        "Prosecutors investigate death under icicle on Gazpery Street",
        "Prosecutors in Brogmarsk said yesterday that they would investigate whether anyone should be charged "
        "over the death of Iddony Falkcrest, 74, who was killed by an icicle falling from a block on Gazpery "
        "Street. Residents said they had complained to the building's managers, Drozenholt Property Services, "
        "about the ice over the entrance more than a week before. A city bylaw makes owners and managers "
        "responsible for keeping roofs above pavements clear. Drozenholt said its caretaker had inspected the "
        "roof on Friday and had seen nothing dangerous. Mrs Falkcrest, a retired music teacher, had lived on "
        "the street for forty years.",
    )),
    (D(2389, 1, 24), (
        "\"Something cracked like a branch, then the screaming\"",
        "\"Something cracked up there like a branch going, and then people were screaming,\" said Orvzel "
        "Menchaby, who runs a "
        "tobacconist's two doors from where Iddony Falkcrest died. \"She bought her paper from me every morning, "
        "always the same, always with the exact coins. When I got outside there were pieces of ice all over "
        "the pavement, some as big as my arm.\" He said he had stopped putting his sign out on the pavement "
        "weeks ago. \"We have all been walking in the road to stay clear of that roof. Somebody should have "
        "been up there.\"",
    )),
    (D(2389, 1, 25), (
        "Crews clear icicles from 400 roofs after woman's death",
        "Work crews with cherry pickers knocked icicles off about 400 roofs in central Brogmarsk on Wednesday, "
        "two days after Iddony Falkcrest was killed by falling ice on Gazpery Street. The city fenced off "
        "pavements under buildings that had not yet been cleared and said owners would be sent the bill. The "
        "mayor, Ragnild Tozzevar, said fines for failing to clear roofs would be raised fivefold. More thaw "
        "is forecast for the weekend. Shops on Gazpery Street opened again behind a covered walkway of "
        "scaffolding boards.",
    )),
]
BROGMARSK_CHARGED: list[Dated] = [
    (D(2389, 4, 19), (
        "Property manager charged over icicle death",
        "Drozenholt Property Services and the caretaker of a block on Gazpery Street in Brogmarsk were charged "
        "with negligent manslaughter on Wednesday, accused of neglect that killed Iddony Falkcrest, 74, struck by a "
        "falling icicle in January, prosecutors said. Investigators found that heat escaping through the "
        "building's poorly insulated attic had fed the icicle for weeks, and that the caretaker's log showed "
        "no roof inspection in the four days before she died, despite his employer's account. Both deny the "
        "charges. Mrs Falkcrest's son said the family had waited three months for someone to be held to account.",
    )),
]
OSTYVEL_ICICLE: list[Dated] = [
    (D(2388, 3, 8), (
        "Student hurt by icicle outside university library",
        "A student of 20 needed stitches to a cut on his head on Tuesday after an icicle about 60 centimetres "
        "long fell from the roof of the university library in Ostyvel, in Tamburrey, as he walked in, the "
        "university said. He was treated by paramedics at the door and sent to hospital for a scan. The "
        "university closed the library's main entrance until the evening while caretakers cleared the "
        "gutters, and students were sent round to a side door. Students said icicles had hung over that entrance for "
        "several days without anyone knocking them down.",
    )),
]

# ~~~ sorbentry ~~~ Sun 5 Feb 2389: wet snow slides in one mass off the slate roof of St Wemdrith's church in
# Sorbentry, Varmicia, as some 120 people leave morning mass, burying four; Gudwyn Pelgowe, 67, comes out
# unconscious. Told five ways: the wire from Sorbentry (names Sunday), a radio lead giving no weekday, the Monday
# paper's "yesterday" story (the council's order "ten days ago"), the parish priest speaking in an undated piece,
# and Tuesday's follow-up shutting the church until snow guards go on. Other step (before): the council's order to
# clear roofs over footpaths, Fri 27 Jan 2389. Abroad, unmentioned: snow off a shopping centre's canopy knocking
# down two shoppers at Hulmaster, Lustoveny, Mon 27 Nov 2389.

SORBENTRY_SNOW: list[Dated] = [
    (D(2389, 2, 5), (
        "Snow sliding off church roof buries four after mass",
        "SORBENTRY, Varmicia (Wire) - Four people were buried on Sunday when a mass of wet snow slid off the "
        "steep roof of St Wemdrith's church in Sorbentry as the congregation left the morning mass, firefighters "
        "said. About 120 people had attended the service. Parishioners dug with their hands and with shovels "
        "from the presbytery, and all four were out within about ten minutes. Gudwyn Pelgowe, 67, was "
        "unconscious when she was freed and was taken to hospital, where her condition was described as serious; "
        "the other three, "
        "including a boy of twelve, were treated for bruises and cold. The snow had lain on the slate roof for "
        "more than a week before a mild night loosened it.",
    )),
    (D(2389, 2, 5), (
        "Worshippers buried as snow crashes down from church",
        "People leaving church in Sorbentry have been buried by an avalanche of snow from the roof as they stood "
        "talking on the steps. Others in the congregation have dug them out with their bare hands. One woman "
        "is in hospital and said to be seriously hurt, and three more people have been checked by "
        "paramedics. Firefighters have cleared the rest of the snow from the roof and have taped off the "
        "churchyard. The parish priest has called it a miracle nobody was killed.",
    )),
    (D(2389, 2, 6), (
        "City had told owners to clear roofs before church snowfall",
        "Sorbentry's council ordered the owners of buildings with pitched roofs over footpaths to clear them of "
        "snow ten days ago, a spokesman said yesterday, after four people leaving St Wemdrith's church were "
        "buried by snow that slid from its roof. The parish said it had asked a roofing firm to do the job but "
        "had been told the crew could not come until this week. Gudwyn Pelgowe, 67, was still unconscious in "
        "hospital last night. The diocese said it would pay for snow guards, the metal rails that hold snow on a "
        "roof, to be fitted on all of its churches in the city.",
    )),
    (D(2389, 2, 6), (
        "\"The people at the back were the ones who saved them\"",
        "\"I was shaking hands at the door when I heard a rumble above me, and then the steps were just gone "
        "under white,\" said Father Lodeveck Tramnaby, the parish priest of St Wemdrith's in Sorbentry. \"The "
        "people at the back were the ones who saved them. They did not wait for anybody, they just threw "
        "themselves at it.\" He said Gudwyn Pelgowe had been coming to the eight o'clock mass for as long as he "
        "had been in the parish. \"I keep thinking that if she had not stopped to tell me about her "
        "granddaughter, she would have been on the path.\"",
    )),
    (D(2389, 2, 7), (
        "St Wemdrith's shut until snow guards are fitted",
        "St Wemdrith's church in Sorbentry will stay closed until rails to hold back snow have been fitted to its "
        "roof, the diocese said on Tuesday. Four worshippers were buried by snow sliding off it on Sunday. "
        "Masses will be said in the school hall next door. The council said it had inspected 60 other "
        "buildings with steep roofs over pavements and had ordered nine of their owners to clear them within "
        "a day. Gudwyn Pelgowe has woken up in hospital and was able to speak to her family, the parish said.",
    )),
]
SORBENTRY_ORDER: list[Dated] = [
    (D(2389, 1, 27), (
        "Owners ordered to clear snow from roofs over footpaths",
        "Sorbentry's council ordered owners of buildings with sloping roofs that overhang footpaths to clear "
        "them of snow by Monday, after about 90 centimetres fell on the city in a week, it said on Friday. It "
        "warned that the snow was heavy and wet and could slide off in a single piece when the weather turned "
        "milder. Owners who do not clear roofs or fence off the path beneath them face fines, the council "
        "said. Schools and churches were reminded that the order applied to them too.",
    )),
]
HULMASTER_SNOW: list[Dated] = [
    (D(2389, 11, 27), (
        "Shoppers hit by snow sliding off shopping centre canopy",
        "Two shoppers were knocked to the ground on Monday when snow slid off a glass canopy over the entrance "
        "of a shopping centre in Hulmaster, in Lustoveny, the centre's management said. A man of 45 was treated "
        "for bruising at the scene, and a woman with him was unhurt. Staff closed the entrance and cleared the "
        "rest of the canopy with long brushes. The centre said the canopy had been swept that morning but that "
        "more snow had fallen during the afternoon.",
    )),
]

# ~~~ quemsbrook ~~~ Sun 11 Sep 2388: at a motocross meeting at Quemsbrook, Gorzevania, some 2,500 watching, a rider
# of 17 comes off a tabletop jump onto Aurick Spennimore, 63, a volunteer marshal who ran onto the landing with a
# yellow flag; he dies. Told five ways: the wire from Quemsbrook (names Sunday), a radio lead giving no weekday, the
# Monday paper's "yesterday" story (the federation "would decide on the Quemsbrook club's track licence"), an
# undated explainer on marshals and jumps, and Wednesday's follow-up moving the flag posts. Other step (after): the
# club's licence suspended, Tue 22 Nov 2388. Abroad, unmentioned: a photographer of 36 struck inside a fenced zone
# near Varwodene, Pemvlazia, about 900 watching, Sun 28 May 2389.

QUEMSBROOK_MARSHAL: list[Dated] = [
    (D(2388, 9, 11), (
        "Marshal killed by motorcycle landing from jump",
        "QUEMSBROOK, Gorzevania (Wire) - A volunteer marshal was killed on Sunday at a motocross meeting at "
        "Quemsbrook when a rider landing from a jump came down on top of him, police said. Aurick Spennimore, "
        "63, had run onto the track to wave a yellow flag over a rider who had fallen just beyond the jump, "
        "they said, and the next rider, a youth of 17, could not see him from the take-off. Paramedics on "
        "the circuit worked on Mr Spennimore for about half an hour. About 2,500 spectators were at the "
        "meeting, which was stopped. The 17-year-old broke a wrist and was treated in hospital for shock.",
    )),
    (D(2388, 9, 11), (
        "Track marshal dies at motocross meeting",
        "A marshal has been killed at a motocross meeting at Quemsbrook after he has been hit by a motorbike "
        "coming down from a jump. Spectators have told us the bike has landed on him as he has been waving a "
        "flag to warn riders about a crash further along the track. Medical crews have tried to save him in "
        "front of the crowd. The racing has been abandoned, and police are talking to the riders and officials "
        "this afternoon. The club that runs the circuit says it is devastated.",
    )),
    (D(2388, 9, 12), (
        "Federation to review club's licence after marshal's death",
        "Gorzevania's motorcycling federation said yesterday that it would decide on the Quemsbrook club's track "
        "licence once its own investigators had reported on the death of Aurick Spennimore, the marshal who was "
        "struck by a landing motorcycle on Sunday. Riders said the flag post for the jump had stood on the "
        "landing side, out of sight from the take-off, for several seasons. The club's chairman, Dunsquith "
        "Wellacrop, said all of its marshals were volunteers and that Mr Spennimore had helped at the track "
        "for more than twenty years. Police said they had not arrested the rider.",
    )),
    (D(2388, 9, 12), (
        "Why motocross marshals stand where the riders can see them",
        "On a motocross track the riders on a jump's take-off cannot see what lies on the landing until they "
        "are in the air. Marshals therefore stand where the approaching riders can see them, usually on a raised "
        "post before the jump, and show a yellow flag when someone has fallen beyond it, which means no "
        "jumping and no overtaking. The rules tell marshals not to run onto the landing while a race is going "
        "on unless riders have been stopped with a red flag. Most are volunteers, trained by their clubs.",
    )),
    (D(2388, 9, 14), (
        "Quemsbrook club moves flag posts after marshal's death",
        "The motocross club at Quemsbrook moved every flag post on its circuit to the take-off side of its jumps "
        "on Wednesday and said it would not race again this season, three days after a marshal, Aurick "
        "Spennimore, was killed by a landing motorcycle. Members will train with a national federation "
        "instructor before any meeting next year. Mr Spennimore's funeral will be held on Saturday, and riders "
        "from clubs across the region have said they will line the road on their bikes.",
    )),
]
QUEMSBROOK_SUSPENDED: list[Dated] = [
    (D(2388, 11, 22), (
        "Motocross club loses track licence for a year",
        "Gorzevania's motorcycling federation suspended the Quemsbrook motocross club's track licence for a year "
        "on Tuesday over the death in September of Aurick Spennimore, a marshal struck by a landing rider. The "
        "federation's investigators found that the flag post had been on the blind side of the jump and that "
        "none of the marshals on duty that day had done the federation's course. The rider who hit him, a "
        "youth of 17, was cleared of any blame. The club said it accepted the decision.",
    )),
]
VARWODENE_PHOTOGRAPHER: list[Dated] = [
    (D(2389, 5, 28), (
        "Photographer hit by rider at motocross race",
        "A photographer of 36 broke his collarbone on Sunday when a rider who had lost control on a bend ran "
        "into him at a motocross race near Varwodene, in Pemvlazia, organisers said. He had been standing "
        "inside a fenced-off zone where only officials are allowed, according to the race director. About 900 "
        "spectators were watching. The rider was unhurt and the race went on after a short delay. Officials said "
        "the photographer had been "
        "told earlier that day to move back behind the tape.",
    )),
]

# ~~~ carzabessa ~~~ Tue 21 Jun 2388: a hired quad on a guided tour of 12 machines rolls on a stony hill track on
# Carzabessa, an island of Hoxantia; Mattvar Delvrount, 19, with no helmet, dies, and Olek Bravnadine, 20, riding
# behind him, breaks a collarbone. Told five ways: the wire from Carzabessa (names Tuesday), a radio lead giving no
# weekday, the Wednesday paper's "yesterday" story (the checks "three weeks ago"), an undated explainer on why quads
# roll, and Friday's follow-up with the governor's helmet rule. Other step (before): the tourism police's checks on
# hire firms, Wed 1 Jun 2388. Abroad, unmentioned: a woman of 52 hurt when a hired quad on a tour of five overturns
# near Zemmerhold, Quilhovar, Fri 7 Oct 2388.

CARZABESSA_QUAD: list[Dated] = [
    (D(2388, 6, 21), (
        "Tourist killed as hired quad bike overturns on island",
        "CARZABESSA, Hoxantia (Wire) - A tourist of 19 was killed on Tuesday when the quad bike he had hired for "
        "a guided tour rolled over on a stony hill track above Carzabessa, police on the island said. Mattvar "
        "Delvrount, who was on holiday with three friends, was not wearing a helmet and died of head injuries "
        "before an ambulance could reach the track. A friend riding behind him on the same quad, Olek "
        "Bravnadine, 20, was thrown clear and broke his collarbone. The tour of 12 quads had been organised by "
        "Zolkrane Adventure Hire, whose guide was leading the group. Police have impounded the quad.",
    )),
    (D(2388, 6, 21), (
        "Young holidaymaker dies in quad bike crash",
        "A young tourist has died on Carzabessa after the quad bike he has been riding on a guided tour has "
        "tipped over on a steep track in the hills. Another young man riding with him has been taken to "
        "hospital. Friends who were on the same tour have said that the riders had been given helmets to "
        "choose from but that many did not take one in the heat. Quad bike hire is one of the island's most "
        "popular excursions, and this afternoon police have stopped all tours on the hill tracks.",
    )),
    (D(2388, 6, 22), (
        "Tourism police had found quad firms breaking helmet rules",
        "Tourism police on Carzabessa found three weeks ago that nine of the island's 23 quad bike hire firms "
        "were letting riders set off without helmets, and told them to obey the law, they said yesterday, "
        "after Mattvar Delvrount, 19, died on a tour run by Zolkrane Adventure Hire. Police would not say "
        "whether Zolkrane had been among the nine. Its owner, Kezlan Hanvevelt, said helmets had been offered "
        "to everyone on the tour. Olek Bravnadine, who was thrown from the quad, told police the guide had "
        "been riding fast and the group had struggled to keep up.",
    )),
    (D(2388, 6, 22), (
        "Why quad bikes roll over",
        "A quad bike carries its rider high above four fat tyres and has no roll bar, so on a slope or a sharp "
        "bend it can tip more easily than it looks. Riders have to shift their weight to keep it upright, "
        "which takes practice that holidaymakers on a short tour rarely have. When one rolls, the machine, "
        "which weighs about 300 kilograms, often lands on the rider. Safety campaigners say a passenger on the "
        "back makes it harder still to control, and many makers say their smaller quads should never carry "
        "one.",
    )),
    (D(2388, 6, 24), (
        "Quad hire firms told to put helmets on every rider",
        "Quad bike hire firms on Carzabessa must check that every rider and passenger wears a helmet before a "
        "tour leaves and must keep tours to six machines per guide, the island's governor ordered on Friday, "
        "three days after a tourist of 19 was killed. Tours on the hill tracks may start again on Monday for "
        "firms that have signed up to the rules. Mattvar Delvrount's body was flown home on Thursday evening. "
        "The governor said inspectors would join tours unannounced "
        "through the summer.",
    )),
]
CARZABESSA_CHECKS: list[Dated] = [
    (D(2388, 6, 1), (
        "Quad bike firms warned after police find riders without helmets",
        "Tourism police on Carzabessa warned quad bike hire firms on Wednesday that they would lose their "
        "licences if they kept letting tourists ride without helmets, after checks at the start of the season "
        "found nine of the island's 23 firms doing so. Officers also found riders with no driving licence and "
        "quads carrying passengers the makers had not designed for. The police said they would go back to the "
        "firms in July. Hire firms said tourists often refused helmets in the heat.",
    )),
]
ZEMMERHOLD_QUAD: list[Dated] = [
    (D(2388, 10, 7), (
        "Woman hurt as hired quad bike overturns on forest tour",
        "A woman of 52 broke an arm and cracked several ribs on Friday when a quad bike she "
        "had hired overturned on a forest track near Zemmerhold, in Quilhovar, the local fire service said. She "
        "had been one of five riders on a guided tour. She was wearing a helmet, and doctors did not "
        "think her life was in danger. The hire company said the tour had been going slowly because of wet "
        "leaves on the track. The other four riders finished the tour, and the quad was towed back on a trailer.",
    )),
]

# ~~~ hazrowslade ~~~ Wed 6 Apr 2388: a lorry bringing 14 show jumpers home from a sale tips over on a motorway slip
# road near Hazrowslade, Fjendralia; nine horses die or are put down, the driver, Kestvin Obbsley, 41, and a groom
# are hurt, and the motorway is shut about seven hours. Told five ways: the wire from Hazrowslade (names Wednesday),
# a radio lead giving no weekday, the Thursday paper's "yesterday" story (prosecutors "will consider charging the
# driver"), a vet speaking in an undated piece, and Saturday's follow-up as the slip road reopens. Other step
# (after): the driver charged, Thu 14 Jul 2388. Abroad, unmentioned: a horsebox with two ponies overturning near
# Yesmelby, Uskovia, one pony dead, Thu 1 Dec 2388.

HAZROWSLADE_HORSES: list[Dated] = [
    (D(2388, 4, 6), (
        "Nine horses die as lorry overturns on motorway",
        "HAZROWSLADE, Fjendralia (Wire) - Nine horses were killed or had to be put down on Wednesday after the "
        "lorry carrying them overturned on a bend of the motorway near Hazrowslade, police said. The lorry was "
        "bringing 14 show jumpers home from a sale when it tipped onto its side on the slip road towards the "
        "city shortly after six in the morning. The driver, Kestvin Obbsley, 41, and a groom travelling with "
        "him were cut free by firefighters and taken to hospital, though neither was thought to be in danger. "
        "Vets worked inside the wreck for hours to free the surviving horses. The motorway stayed shut both "
        "ways for about seven hours.",
    )),
    (D(2388, 4, 6), (
        "Horses killed in motorway lorry crash",
        "Several horses have died after a lorry carrying them has overturned on the motorway near Hazrowslade. "
        "Firefighters and vets have been working together to cut open the side of the trailer and lead the "
        "living horses out onto the road. Drivers stuck in the queue have described hearing the animals "
        "screaming. The driver and another man are in hospital. The motorway has been shut and "
        "long queues have built up around the city. Police want drivers to keep away from the area until at least "
        "midday.",
    )),
    (D(2388, 4, 7), (
        "Speed of horse lorry on bend under investigation",
        "Prosecutors in Fjendralia will consider charging the driver of the lorry that overturned near "
        "Hazrowslade, killing nine show jumpers, once police have examined its tachograph, a spokeswoman said "
        "yesterday. The bend on the slip road has a limit of 60 kilometres an hour. The five surviving horses "
        "were taken to a veterinary clinic at Hazrowslade, where one, a mare, was in a serious condition last "
        "night. The horses belonged to three riding stables, which said they were devastated. The driver, "
        "Kestvin Obbsley, 41, was discharged from hospital yesterday.",
    )),
    (D(2388, 4, 7), (
        "\"We had to make the hardest decisions in the dark\"",
        "\"We had to make the hardest decisions in the dark, lying on our stomachs inside a trailer on its "
        "side,\" said Maebris Quozvander, one of the vets called to the motorway near Hazrowslade. \"Some of the "
        "horses were trapped under the others and had broken legs. You cannot bring a horse back from that.\" "
        "She said the firefighters had cut an opening in the trailer's roof so that the horses that could stand "
        "were able to "
        "walk out. \"One grey gelding walked out as calmly as if he was going into his stable. The firemen "
        "were in tears.\"",
    )),
    (D(2388, 4, 9), (
        "Stables mourn show jumpers killed in motorway crash",
        "Three riding stables whose show jumpers died when a lorry overturned near Hazrowslade on Wednesday held "
        "a gathering for riders and owners on Saturday, as the slip road where the crash happened reopened "
        "after repairs to its barrier. Four of the five surviving horses are back in their stables; the mare "
        "who was badly hurt is still at the clinic. Police said the lorry's tachograph had been sent to a "
        "laboratory. The transport company, Wessyndry Haulage, said it was helping the inquiry.",
    )),
]
HAZROWSLADE_CHARGED: list[Dated] = [
    (D(2388, 7, 14), (
        "Horse lorry driver charged over motorway crash",
        "The driver of a lorry that overturned near Hazrowslade in April, killing nine show jumpers, was "
        "charged with dangerous driving and with causing unnecessary suffering to animals on Thursday, "
        "prosecutors in Fjendralia said. The lorry's tachograph showed it had entered the bend at about 95 "
        "kilometres an hour, well over the limit of 60. Kestvin Obbsley, 41, will appear in court in "
        "September. His employer, Wessyndry Haulage, has also been fined for overloading the vehicle. The three "
        "stables that owned the horses are "
        "suing the haulage company for their value.",
    )),
]
YESMELBY_PONIES: list[Dated] = [
    (D(2388, 12, 1), (
        "Pony killed as horsebox overturns on country road",
        "A pony died on Thursday after the horsebox carrying it and another pony overturned on an icy "
        "country road near Yesmelby, in Uskovia, police said. The driver, a woman returning from a riding "
        "lesson with her daughter, was unhurt. The second pony was led out through the front door of the "
        "horsebox by a farmer who stopped to help and was found to have only grazes. The road was closed for "
        "three hours while the horsebox was lifted. The farmer who helped said the lane had not been gritted that "
        "morning.",
    )),
]

# ~~~ ottingvaal ~~~ Thu 20 Oct 2388: a car strikes a bull elk at dusk on a forest highway south of Ottingvaal,
# Norhevaal; the driver, Hemvard Laskerud, 46, and his son, 15, die and his wife is hurt. Told five ways: the wire
# from Ottingvaal (names Thursday), a radio lead giving no weekday, the Friday paper's "yesterday" story (the
# agency's decision "last month"), an undated explainer on why an elk comes through the windscreen, and Sunday's
# follow-up promising a fence. Other step (before): the roads agency putting the fence off despite 41 elk collisions
# in three years, Mon 19 Sep 2388. Abroad, unmentioned: a driver of 50 hurt by an elk on a road with 12 collisions
# near Bruhnskeld, Skyaldonia, Sat 11 Mar 2389.

OTTINGVAAL_ELK: list[Dated] = [
    (D(2388, 10, 20), (
        "Father and son killed as car hits elk on forest highway",
        "OTTINGVAAL, Norhevaal (Wire) - A man and his teenage son were killed on Thursday evening when their car "
        "struck an elk on a forest highway south of Ottingvaal, police said. The animal, a bull weighing about "
        "450 kilograms, stepped out of the trees at dusk and was thrown onto the car's roof, which caved in. "
        "Hemvard Laskerud, 46, who was driving, and his son, 15, died at the scene. His wife, Sigrelle, was taken to "
        "hospital with cuts and a broken arm. The family were driving home from a football match. The elk was "
        "also killed. Police closed the road for four hours.",
    )),
    (D(2388, 10, 20), (
        "Two dead after car collides with elk",
        "Two people have died after their car has hit an elk on the forest highway outside Ottingvaal. A woman "
        "who was also in the car has been taken to hospital. It is the latest in a string of crashes with elk "
        "on that stretch of road, where people living nearby have campaigned for years for a fence to keep the "
        "animals off. Police are urging drivers to slow down at dawn and dusk, when elk are on the move, and to "
        "watch the verges.",
    )),
    (D(2388, 10, 21), (
        "Roads agency put off elk fence on road where two died",
        "Norhevaal's roads agency decided last month to put off building a fence along the stretch of forest "
        "highway where Hemvard Laskerud and his son died after hitting an elk, the agency confirmed yesterday. "
        "The agency had counted 41 collisions with elk on the road in three years, but said other roads had "
        "been given priority. Its regional director, Bengta Yuldenstrop, said the decision would now be looked "
        "at again. Villagers who had asked for the fence gathered by the roadside last night with candles. "
        "Sigrelle Laskerud was in a stable condition in hospital.",
    )),
    (D(2388, 10, 21), (
        "Why hitting an elk is so deadly",
        "An adult elk can weigh up to 600 kilograms, but most of that weight sits on long legs, high above a "
        "car's bonnet. When a car strikes one, the legs are knocked away and the body comes down on the "
        "windscreen and roof, which are not built to take it. Elk are hard to see at dusk, their dark coats "
        "reflect little light, and their eyes sit too high to shine in dipped headlights. Fences with "
        "underpasses or bridges for wildlife cut collisions sharply, road engineers say, but they are "
        "expensive to build.",
    )),
    (D(2388, 10, 23), (
        "Fence promised on forest highway after elk crash deaths",
        "Norhevaal's transport minister promised on Sunday that a fence to keep elk off the forest highway south "
        "of Ottingvaal would be built next year, three days after Hemvard Laskerud, 46, and his son died there. "
        "Until then the speed limit on the stretch will be cut to 70 kilometres an hour at night, and warning "
        "signs that flash when an animal is near the road will be put up. Sigrelle Laskerud left hospital on "
        "Saturday. Villagers who had campaigned for the fence said they would hold the minister to his word.",
    )),
]
OTTINGVAAL_DEFERRED: list[Dated] = [
    (D(2388, 9, 19), (
        "Roads agency puts off fencing elk out of forest highway",
        "Norhevaal's roads agency announced on Monday it would not fence the forest highway south of Ottingvaal "
        "against elk for at least three more years, even though its count showed 41 collisions with elk along "
        "that road over three years. It said roads with more traffic had to come first. Villagers along the "
        "highway, who had gathered 1,800 signatures for a fence, called the decision a gamble with people's "
        "lives. The agency said it would put up more warning signs in the meantime.",
    )),
]
BRUHNSKELD_ELK: list[Dated] = [
    (D(2389, 3, 11), (
        "Driver hurt as car strikes elk on country road",
        "A driver of 50 suffered head and neck injuries on Saturday when his car hit an elk "
        "on a country road near Bruhnskeld, in Skyaldonia, police said. His passenger, a neighbour, was unhurt. "
        "The elk, a young cow, ran off into the forest, and hunters were called to find it. Police said there "
        "had been 12 collisions with elk on that road during two years and asked drivers to take "
        "care. The road runs for about 30 kilometres through forest and has no fence.",
    )),
]


# ~~~ background ~~~ village notes touching none of the kinds above; every one falls on the day before some event

BACKGROUND: list[Dated] = [
    (D(2388, 7, 15), (
        "Duck race",
        "Four hundred numbered rubber ducks raced along the stream at Pinvlethwick on Friday; a girl of nine's "
        "duck came first.",
    )),
    (D(2388, 8, 20), (
        "Sunflower maze",
        "A maze cut through a field of sunflowers opened to families at Crowtlebury on Saturday.",
    )),
    (D(2388, 5, 11), (
        "Cricket pavilion painted",
        "Members of the club at Ferzimoss gave their wooden pavilion two coats of white paint on Wednesday.",
    )),
    (D(2388, 11, 7), (
        "Bonfire cleared",
        "Volunteers at Wrexingfold raked the ashes of the village bonfire off the green on Monday.",
    )),
    (D(2389, 1, 22), (
        "Choir practice",
        "The choir at Hubbleswick practised its spring concert in the school hall on Sunday evening.",
    )),
    (D(2389, 2, 4), (
        "Darts night",
        "Eleven teams threw darts at the Plough at Duggerleigh on Saturday, and the landlady took the cup.",
    )),
    (D(2388, 9, 10), (
        "Harvest supper",
        "About ninety villagers shared a harvest meal in the barn at Snabblecombe on Saturday.",
    )),
    (D(2388, 6, 20), (
        "Midsummer fair",
        "Morris dancers and a tug of war drew a crowd to the midsummer fair at Thrizzlebeck on Monday.",
    )),
    (D(2388, 4, 5), (
        "Lambing open day",
        "Children bottle-fed lambs at the open day on a farm outside Glembury on Tuesday.",
    )),
    (D(2388, 10, 19), (
        "Apple pressing",
        "Villagers at Puddenhay pressed their windfall apples into juice on the green on Wednesday.",
    )),
]


SIXTYSIXTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "trasquennel": (TRASQUENNEL_GLIDERS, TRASQUENNEL_INQUIRY + PYRNHALLOW_GLIDERS),
    "ulfwenstoke": (ULFWENSTOKE_TANDEM, ULFWENSTOKE_AUDIT + BREDZACOMBE_SKYDIVER),
    "mowlvacey": (MOWLVACEY_WINDOW, MOWLVACEY_FINE + QUADWELSBY_WINDOW),
    "skvellivar": (SKVELLIVAR_BATTERY, SKVELLIVAR_WARNING + FENVOWICK_BATTERY),
    "brogmarsk": (BROGMARSK_ICICLE, BROGMARSK_CHARGED + OSTYVEL_ICICLE),
    "sorbentry": (SORBENTRY_SNOW, SORBENTRY_ORDER + HULMASTER_SNOW),
    "quemsbrook": (QUEMSBROOK_MARSHAL, QUEMSBROOK_SUSPENDED + VARWODENE_PHOTOGRAPHER),
    "carzabessa": (CARZABESSA_QUAD, CARZABESSA_CHECKS + ZEMMERHOLD_QUAD),
    "hazrowslade": (HAZROWSLADE_HORSES, HAZROWSLADE_CHARGED + YESMELBY_PONIES),
    "ottingvaal": (OTTINGVAAL_ELK, OTTINGVAAL_DEFERRED + BRUHNSKELD_ELK),
}

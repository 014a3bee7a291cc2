"""Look-alike set seventy-four, invented in every particular: not one person, town, country, firm, public office or
currency in it is real. I wrote it blind, looking at 5c78a211 and nothing later, while the rest of that session
kept altering the engine. Grouping has never been run over these reports, the engine has never read them, and
``tests.lookalike_count`` knows nothing of them yet. It is due two counts: one on 5c78a211 itself, one on whichever code
a later session opens with; ``DEFAULT_SETS`` takes it in once the second of them is done.

The set's ten hard-news kinds fall two to a field: heritage and miniature railways, parasails and banana boats,
canyoning and via ferratas, monster truck shows and tractor pulling, and the glass floors and edge walks of tall
towers. Each idea went through a search under a few words (the object, the mishap, whatever a reporter might call
either) over every look-alike module older than this one, over all claims YAML files including their ids,
descriptions and header comments, over the README in their folder, and over the news stories behind grouping's
tests. Not one of these ten came up:

* five vintage carriages of a volunteer-run steam line rolling back about 3 kilometres down a bank when their coupling
  to the engine parts, and leaving the rails on a curve, a retired midwife of 71 killed and 34 hurt among some 190
  aboard; later step: the line's trust fined 145,000 zubbrels, twelve weeks after; its twin abroad: three
  carriages of a heritage line drifting back about 600 metres and stopping by themselves, nobody hurt, six months
  before;
* a park's miniature railway overturning on a curve with 22 riders in its open carriages, 14 hurt and a boy of 6
  critical; earlier step: the rides inspectorate finding worn wheels or track on 11 of 31 miniature lines, five weeks
  before; its twin abroad: a garden centre's little train leaving its track, two children bruised, four months
  after;
* a parasail's tow line snapping about 60 metres above the sea in a gust and a couple harnessed together being blown
  onto a beach hotel's balconies, the woman, 41, dying in the night; later step: the skipper and the boat's owner
  accused of manslaughter, twelve weeks after; its twin abroad: a girl of 16 dropped into the sea from about 40
  metres when her line breaks, unhurt, about ten weeks before;
* a banana boat with six riders swung by its towing speedboat into a stone groyne, a boy of 13 killed and four hurt;
  earlier step: the maritime office finding no spotter aboard 12 of 35 towing boats on that coast, four weeks before;
  its twin abroad: a banana boat with four riders tipping over on a lake and two of them hurt, some seven weeks
  after;
* a flash flood from a storm out of sight upstream sweeping through a gorge with a guided canyoning party of 12 in it,
  five dead, a guide among them, and seven lifted off ledges by helicopter; later step: the guiding firm's owner
  accused of manslaughter, close to twelve weeks after; its twin abroad: a party of eight caught by rising
  water in another gorge and hauled out on ropes, one leg broken, eleven months after;
* a steel anchor pulling out of the rock on a via ferrata and a climber of 38 falling about 40 metres to her death, two
  clipped on behind her dragged off and hurt; earlier step: the alpine club finding loose anchors on 14 of 60 routes
  after a wet spring, five weeks before; its twin abroad: a ladder rung working loose on a route, a climber of
  52 with a broken ankle, about three months before;
* a rear wheel coming off a monster truck as it lands from a jump in an indoor arena and bouncing into the stand, a
  man of 39 killed and nine hurt among about 6,500 watching; later step: the promoter fined 410,000 grevnots, nearly
  thirteen weeks after; its twin abroad: a monster truck crashing through a fence at a county show of about
  1,200, two hurt, nearly six months before;
* a pulling tractor's clutch bursting and throwing metal over the barrier into a crowd of about 4,000, 16 hurt and a
  man of 61 dying two days later; earlier step: the work safety office telling pulls to fit steel shields round every
  clutch after three bursts, four weeks before; its twin abroad: a tractor running off the end of a pulling
  track into straw bales at a show of about 2,500, a steward hurt, eight weeks after;
* a glass floor panel in a tower's viewing gallery some 186 metres up giving way under a visitor, who drops about 4
  metres onto a service deck, 11 hurt in the rush and about 300 led down the stairs; later step: prosecutors accusing
  the tower's operator and its glazier, a little under twelve weeks after; its twin abroad: the top layer of a
  pane cracking on a cliff-edge skywalk with about 40 on it, nobody hurt, four months after;
* an overhead trolley on a tower's edge walk some 210 metres up breaking, a walker of 45 dropping off the ledge onto his
  spare line and a group of six stuck outside in a storm for about two hours; earlier step: the building safety office
  finding worn trolleys on 2 of the country's 4 edge walks, five weeks before; its twin abroad: a group of
  eight kept out on a tower's edge walk for about an hour by a jammed door, nobody hurt, about six months before.

Ideas that sat too near older sets were left out. Laser eye surgery going wrong, and with it contact lenses, gave way
to the forty-ninth's infections at an eye clinic and the sixty-fourth's beam in a cockpit, so eye care was not taken as
a field; an alpine coaster's sleds colliding gave way to the roller coasters of claims17 and the fifty-eighth; a rope
bridge slung over a gorge gave way to the footbridges of claims37. Things that stand near but happen otherwise were
kept: the twenty-seventh's record model train and the thirty-second's traction engine at a steam rally, beside the
heritage and park trains; the fifty-sixth's rafting, the forty-fifth's falling canyon wall, and the bungee cord and
winch cable of older sets, beside the canyoning party; the twenty-sixth's caver in a flooded pothole and the climbing
walls of the twenty-eighth and sixty-ninth, beside the via ferrata; jet skis in older sets and the sixty-eighth's beach
parasol, beside the towed rides; the seventy-first's karts and the seventy-second's car meets, beside the arena shows;
and the sixty-fifth's window cleaners' cradle, beside the edge walk.

Five reports tell each event, and their order never varies. [1] Agency copy whose dateline gives the town in capitals,
then the country, then the agency's initials in brackets; the lead says which weekday. [2] A same-day bulletin, no
weekday in it, with present perfect verbs. [3] The morning paper after, saying "yesterday". [4] A piece that gives no
day: six explain (why loose carriages run away, what a parasail's line must bear, how a gorge floods under a clear
sky, how a via ferrata's anchors hold, what a pulling tractor's engine does to its clutch, how an edge walk's tether
runs) and four open on a witness speaking (a grandfather on the little train, a woman on the beach, a father in the
arena's front rows, a visitor in the gallery). [5] A report filed a couple of days later, under its own weekday, that
opens on the change ("Steam trains on Dwallonia's heritage lines held in their sheds", "Canyoning halted in
Hullendor's gorges", "Tower's glass floor to stay shut all winter"). In each event a single report points to the step
outside it: the inspectorate says the trust "could be prosecuted"; the rides inspectorate warned "last month"; police
"may charge" the skipper; the maritime office checked boats "last month"; whether to charge the firm is for
prosecutors, who "are to decide"; the alpine club's survey came "five weeks ago"; the promoter "could face a fine";
the safety office wrote "four weeks ago"; police "would consider charges" over the floor; the building safety office
inspected "last month". The event's reports never mention the twin. The twins of the park train, the gorge and the
glass floor remember their events, and the rest do not; the lake's banana boat, the loose rung and the jammed door
give no day at all. Between each twin and its event some counted thing comes back with a new number (listed above).
Two people die late: the woman under the parasail, living through [1] and [2], is dead by [3], and the man struck at
the tractor pull dies only in [5]. The dates lie in 2426 and 2427 alone, yet no report writes a year.

Like ``tests.lookalike_more``, the set gives every kind a pair of lists of dated reports: first the event's five,
then the step outside it and, last, its twin. ``SEVENTYFOURTH_KINDS`` holds those pairs under the kinds' names, which
is what the count reads.

The count module's docstring has a paragraph of its own setting out when its counts fall due. Till they are done,
grouping, the engine and the tally all leave it alone.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# ~~~ jopplestone ~~~ Sat 15 Aug 2426, mid-afternoon, the Kneppford Valley Railway, a steam line run by volunteers out
# of Jopplestone, Dwallonia: on the climb to Orlwick the coupling behind the engine parts, and five vintage carriages
# with about 190 aboard roll back some 3 kilometres and come off on the Lopwick curve; Yavolde Bazzlewick, 71, a retired
# midwife, killed, 34 hurt. Coverage: [1] agency copy from Jopplestone naming Saturday; [2] a same-day bulletin with no
# weekday; [3] Sunday's paper, using "yesterday", the trust "could be prosecuted"; [4] dateless, on why loose carriages
# run away; [5] Tuesday, every steam train on Dwallonia's heritage lines held until couplings are tested. Later step:
# the trust fined 145,000 zubbrels, Thu 5 Nov 2426. Its twin, unnamed in the event's reports: three carriages drifting
# back at Qoxley, Ozzrenia, Sun 22 Feb 2426.

JOPPLESTONE_CARRIAGES: list[Dated] = [
    (D(2426, 8, 15), (
        "Runaway heritage carriages derail, killing a passenger",
        "JOPPLESTONE, Dwallonia (DWA) - A woman was killed and 34 people were injured on Saturday when five vintage "
        "carriages came apart from their steam engine on a climb outside Jopplestone, rolled backwards for about three "
        "kilometres and came off the rails on a curve, the county's ambulance service said. Some 190 passengers, many "
        "of them families, were aboard the Kneppford Valley Railway's afternoon train to Orlwick.",
    )),
    (D(2426, 8, 15), (
        "Steam train carriages roll back and overturn",
        "One passenger has been killed and dozens of others injured after carriages on a heritage steam railway near "
        "Jopplestone have broken away from their engine and run back down the line. Walkers on the valley path have "
        "told us they heard screaming as the carriages went past, faster and faster, before the last two tipped onto "
        "their sides. Rescuers have been carrying people up the embankment on stretchers.",
    )),
    (D(2426, 8, 16), (
        "Retired midwife killed as steam line's coaches ran away",
        "Yavolde Bazzlewick, 71, a retired midwife who was travelling with two of her grandchildren, was the passenger "
        "killed when carriages of the Kneppford Valley Railway ran away and derailed at the Lopwick curve yesterday, "
        "the line's trust said. The coupling behind the engine had snapped on the steepest part of the bank. "
        "Dwallonia's railway inspectorate said the volunteer trust could be prosecuted if its checks were found "
        "wanting. Nine passengers had not been sent home by last night.",
    )),
    (D(2426, 8, 16), (
        "Why a loose carriage keeps on rolling",
        "Many old carriages are braked by a vacuum kept in a pipe that runs the length of the train. When a coupling "
        "breaks, the pipe is torn open and the brakes on every carriage should go on by themselves. If the pipe has "
        "been blocked, a valve has stuck or the blocks are worn thin, nothing stops them, and on a gradient of one in "
        "sixty a rake of coaches can pass 50 kilometres an hour within a minute or two.",
    )),
    (D(2426, 8, 18), (
        "Steam trains on Dwallonia's heritage lines held in their sheds",
        "No steam train may carry passengers on any of Dwallonia's 23 heritage railways until its couplings and brakes "
        "have been tested by an outside engineer, the transport minister ordered on Tuesday, three days after "
        "carriages ran away on the Kneppford Valley line. The line's trust said it had checked the broken coupling in "
        "the spring. Volunteers laid flowers by the track at Lopwick.",
    )),
]
JOPPLESTONE_FINED: list[Dated] = [
    (D(2426, 11, 5), (
        "Heritage line's trust fined over fatal runaway",
        "The trust that runs the Kneppford Valley Railway was fined 145,000 zubbrels on Thursday over the August "
        "runaway near Jopplestone in which carriages derailed and Yavolde Bazzlewick was killed. The court heard the "
        "coupling had a crack that a proper test would have shown and that two carriages' brakes had been out of use "
        "for a season. The trust's chairman said volunteers would pay it through a public appeal.",
    )),
]
QOXLEY_CARRIAGES: list[Dated] = [
    (D(2426, 2, 22), (
        "Carriages part from steam engine and roll back down line",
        "Three carriages of a heritage train came loose from their engine near Qoxley, in Ozzrenia, on Sunday and "
        "rolled back about 600 metres before coming to a halt on a level stretch, the railway's owners said. None of "
        "the 40 passengers on the winter special was hurt. The line has cancelled its trains until an engineer has "
        "looked at the coupling.",
    )),
]

# ~~~ hanzelcote ~~~ Sun 2 May 2427, the miniature railway in Nurrowby Park, Hanzelcote, Frovenia: its small steam
# engine and four open carriages with 22 riders turn over on the curve by the boating pond; 14 hurt, Joszef Prottick, 6,
# critical. Coverage: [1] agency copy from Hanzelcote naming Sunday; [2] a same-day bulletin with no weekday; [3]
# Monday's paper, using "yesterday", the rides inspectorate's warning "last month"; [4] dateless, a grandfather
# speaking; [5] Tuesday, the council taking the line up for good. Earlier step: the rides inspectorate finding worn
# wheels or track on 11 of 31 miniature lines, Thu 25 Mar 2427. Its twin, remembering Hanzelcote: a garden centre's
# little train off its track at Pewkeston, Kribovia, Sat 4 Sep 2427.

HANZELCOTE_MINIATURE: list[Dated] = [
    (D(2427, 5, 2), (
        "Children hurt as park's miniature train overturns",
        "HANZELCOTE, Frovenia (FVN) - Fourteen people, most of them children, were hurt on Sunday when the miniature "
        "railway in Hanzelcote's Nurrowby Park overturned on a curve, according to the fire brigade. One boy, aged "
        "six, was critically injured. The little steam engine and its four open carriages, carrying 22 riders sitting "
        "astride the benches, went over beside the boating pond on a sunny afternoon.",
    )),
    (D(2427, 5, 2), (
        "Miniature railway crash in Nurrowby Park",
        "A miniature train has tipped over in Nurrowby Park with children on board. Parents have told us the engine "
        "seemed to be going much faster than usual as it came round towards the pond. Ambulances have driven across "
        "the grass to reach the track, and a helicopter has landed on the cricket field. The park's gates have been "
        "shut.",
    )),
    (D(2427, 5, 3), (
        "Boy critical after Hanzelcote miniature train crash",
        "Joszef Prottick, 6, was still critical last night with head injuries after the Nurrowby Park miniature "
        "railway overturned yesterday, the children's hospital said. Investigators found one of the engine's wheels "
        "worn almost to the flange, and the driver, a volunteer of 67, told them the brake had felt weak. Last month "
        "Frovenia's rides inspectorate warned that many of the country's small park railways were running on worn "
        "wheels and track.",
    )),
    (D(2427, 5, 3), (
        "\"It leaned and leaned and then it just went\"",
        "\"It leaned and leaned on the bend and then it just went,\" said a grandfather who was riding in the second "
        "carriage with his granddaughter. \"I grabbed her and we rolled onto the grass. The children in front of us "
        "were under the carriage. The driver was trying to lift it with his bare hands. I have ridden that train since "
        "I was a boy myself, and I never felt it go so fast.\"",
    )),
    (D(2427, 5, 4), (
        "Nurrowby Park railway will not run again",
        "The miniature railway in Nurrowby Park, where 14 riders were hurt when the train overturned on Sunday, will "
        "be taken up and not replaced, Hanzelcote's council said on Tuesday. Joszef Prottick, 6, was said to be "
        "stable. The club of volunteers who ran the line for 41 years said its members were heartbroken and would help "
        "the inquiry.",
    )),
]
HANZELCOTE_WARNING: list[Dated] = [
    (D(2427, 3, 25), (
        "Worn wheels found on park miniature railways",
        "Wheels or track worn past the safe limit turned up on 11 of the 31 miniature railways that Frovenia's rides "
        "inspectorate visited in parks and pleasure grounds over the winter, the inspectorate said on Thursday. No one "
        "had been hurt. It told the clubs and councils running them to measure their wheels before the summer season "
        "and to keep a speed log for every driver.",
    )),
]
PEWKESTON_MINIATURE: list[Dated] = [
    (D(2427, 9, 4), (
        "Garden centre's little train leaves its track",
        "Two children were bruised when the small train that takes visitors round a garden centre at Pewkeston, in "
        "Kribovia, came off its rails on Saturday with nine people aboard, the owners said. It had been going at "
        "walking pace. The owners said they had had the track checked in June after reading of a crash in Frovenia in "
        "May in which 14 riders were hurt.",
    )),
]

# ~~~ sprunsey ~~~ Tue 21 Jul 2426, late morning, off the beach at Sprunsey, Lurtania: Bredwyn Cazzle, 44, and Ulfreda
# Cazzle, 41, flying together under a parasail about 60 metres up, are cut loose when the tow line snaps in a gust and
# carried about 300 metres onto the balconies of the Nettervane Hotel; she dies in the night, his legs are broken.
# Coverage: [1] agency copy from Sprunsey naming Tuesday; [2] a same-day bulletin with no weekday; [3] Wednesday's
# paper, using "yesterday", police "may charge" the skipper; [4] dateless, on what a parasail's line must bear; [5]
# Thursday, parasailing kept ashore along the coast above a wind limit. Later step: the skipper and the boat's owner
# accused of manslaughter, Thu 15 Oct 2426. Its twin, unnamed in the event's reports: a girl of 16 dropped into the sea
# off Fobbleham, Delmorra, Sun 10 May 2426.

SPRUNSEY_PARASAIL: list[Dated] = [
    (D(2426, 7, 21), (
        "Parasailing couple blown onto hotel as tow line snaps",
        "SPRUNSEY, Lurtania (LQA) - A couple on holiday were badly hurt on Tuesday when the line towing their parasail "
        "snapped about 60 metres above the sea off Sprunsey and a gust carried them inland onto the balconies of a "
        "beach hotel, police said. The woman was pulled from a railing unconscious. Bathers watched the red and white "
        "canopy drift over the promenade before it caught on the building.",
    )),
    (D(2426, 7, 21), (
        "Two hurt in parasail accident at Sprunsey",
        "A man and a woman are in hospital after their parasail has broken free of its boat and come down on a hotel "
        "at Sprunsey. Guests have described hearing a crash against the windows above the pool. Firefighters have used "
        "a ladder to bring the pair down from the fourth floor, and the beach has been cleared of sunbathers.",
    )),
    (D(2426, 7, 22), (
        "Woman dies after parasail tow line breaks in gust",
        "Ulfreda Cazzle, 41, died in hospital overnight, hours after she and her husband Bredwyn, 44, were blown onto "
        "the Nettervane Hotel in Sprunsey when their parasail's tow line broke yesterday, police said. He has two "
        "broken legs. Other boats had come in because of the wind, a harbour official said. The line was frayed near "
        "the winch, and police said they may charge the boat's skipper, a man of 33.",
    )),
    (D(2426, 7, 22), (
        "What a parasail's line has to hold",
        "A parasail is lifted by the wind the boat makes as it pulls, plus whatever the weather adds. The line, wound "
        "on a winch at the stern, carries the whole of that pull, and a sudden gust can double it in a second. Lines "
        "fray where they run over the winch and weaken in sun and salt, and operators are meant to change them often "
        "and to stay ashore once the wind gets up, because a canopy cut loose goes wherever the wind does.",
    )),
    (D(2426, 7, 23), (
        "Parasail boats kept ashore on Lurtania coast in strong wind",
        "Parasailing boats along Lurtania's coast must stay ashore whenever the wind passes 25 kilometres an hour and "
        "must fit new lines every month, the coastal governor ordered on Thursday, two days after Ulfreda Cazzle was "
        "killed at Sprunsey. Harbour officers will measure the wind each morning. Bredwyn Cazzle has been told he will "
        "walk again.",
    )),
]
SPRUNSEY_CHARGED: list[Dated] = [
    (D(2426, 10, 15), (
        "Parasail skipper and boat owner charged over holidaymaker's death",
        "The skipper who was towing the parasail that broke loose at Sprunsey in July and the owner of his boat were "
        "charged on Thursday with the manslaughter of Ulfreda Cazzle. Prosecutors said the wind was well above the "
        "firm's own limit that morning and the line had not been replaced for two seasons. Both men were released on "
        "bail.",
    )),
]
FOBBLEHAM_PARASAIL: list[Dated] = [
    (D(2426, 5, 10), (
        "Teenager falls into sea as parasail line breaks",
        "A girl of 16 came down in the sea off Fobbleham, in Delmorra, on Sunday when the line between her parasail "
        "and the boat towing it broke about 40 metres up, the coastguard said. Her life jacket kept her afloat and the "
        "boat's crew picked her up within minutes. She was unhurt. The operator has stopped its flights while the "
        "winch is checked.",
    )),
]

# ~~~ ebbleforth ~~~ Sat 14 Aug 2427, afternoon, off the main beach at Ebbleforth, Ezzmark: a speedboat towing a banana
# boat with six riders turns hard near the harbour and swings it into the stone groyne; Ezzo Wobbard, 13, killed, four
# hurt. Coverage: [1] agency copy from Ebbleforth naming Saturday; [2] a same-day bulletin with no weekday; [3] Sunday's
# paper, using "yesterday"; [4] dateless, a woman on the beach speaking; [5] Tuesday, the town's stop on towed rides,
# the maritime office's checks "last month". Earlier step: the maritime office finding no spotter on 12 of 35 towing
# boats, Thu 15 Jul 2427. Its twin, unnamed in the event's reports and giving no day: a banana boat tipping over on Lake
# Crenwold, Trossavy, filed Wed 6 Oct 2427.

EBBLEFORTH_BANANA: list[Dated] = [
    (D(2427, 8, 14), (
        "Boy killed as banana boat is swung into groyne",
        "EBBLEFORTH, Ezzmark (EZX) - A boy of 13 was killed and four other riders were injured on Saturday as the "
        "speedboat towing their inflatable banana boat turned sharply off Ebbleforth's main beach and flung it against "
        "a stone groyne, the coastguard said. Six people were riding it. Lifeguards dragged the injured onto the sand "
        "while hundreds of holidaymakers looked on.",
    )),
    (D(2427, 8, 14), (
        "Banana boat riders thrown against rocks",
        "A child has died and several riders are hurt after a banana boat has hit the rocks at Ebbleforth. Witnesses "
        "have told us the towing boat came in fast towards the harbour mouth and the inflatable swung out wide behind "
        "it. The red flag has gone up on the beach, and police have taken the speedboat's driver away for questioning.",
    )),
    (D(2427, 8, 15), (
        "Banana boat driver had no one watching the riders",
        "Ezzo Wobbard, 13, who was killed when a banana boat was swung into the groyne at Ebbleforth yesterday, was on "
        "holiday with his parents and sister, who were riding behind him. His sister has a broken arm. The speedboat's "
        "driver, 22, was alone at the wheel with nobody looking back at the riders, police said, and had turned to "
        "avoid a swimmer. He was released without charge.",
    )),
    (D(2427, 8, 15), (
        "\"We heard it hit from the far end of the beach\"",
        "\"We heard it hit from the far end of the beach,\" said a woman who had been sitting near the lifeguard "
        "tower. \"The banana went round the back of the boat like the end of a whip, straight into the rocks. The "
        "children were screaming for their mum. Two young men swam out and held them up until the lifeguards came. My "
        "own two had been on that ride in the morning.\"",
    )),
    (D(2427, 8, 17), (
        "Ebbleforth stops towed rides for the rest of summer",
        "No banana boats, towed rings or other inflatable rides may be pulled off Ebbleforth's beaches until the "
        "season ends, the town's mayor said on Tuesday, three days after Ezzo Wobbard was killed against the groyne. "
        "Ezzmark's maritime office, which last month found many towing boats on this coast were out with no second "
        "person to watch the riders, said it would make one compulsory.",
    )),
]
EBBLEFORTH_CHECKS: list[Dated] = [
    (D(2427, 7, 15), (
        "Towing boats out with no one watching riders, checks find",
        "Ezzmark's maritime office said on Thursday that 12 of the 35 boats it stopped while towing banana boats and "
        "rings along the southern coast had only a driver aboard, with nobody facing back to watch the riders, and "
        "that four had no working kill cord. Nobody had been hurt. It reminded operators that a spotter is expected on "
        "every boat that tows people.",
    )),
]
CRENWOLD_BANANA: list[Dated] = [
    (D(2427, 10, 6), (
        "Two hurt as banana boat tips over on lake",
        "Two of the four people riding a banana boat on Lake Crenwold, in Trossavy, were hurt when it rolled over on a "
        "turn and the towing boat came back round close to them in the water, the lake's rescue service said. One has "
        "a broken collarbone and the other cuts to her head. The hire firm has brought its boats in while police speak "
        "to the driver.",
    )),
]

# ~~~ annefrey ~~~ Thu 9 Jul 2426, afternoon, the Skuttleby gorge above Annefrey, Hullendor: a storm over the hills
# upstream, out of sight, sends a surge of water through the gorge while a Fuzzard Adventures party of 12 (ten clients,
# two guides) is inside; five dead, the guide Drudwyn Purslow, 31, among them; seven lifted off ledges by helicopter.
# Coverage: [1] agency copy from Annefrey naming Thursday; [2] a same-day bulletin with no weekday; [3] Friday's paper,
# using "yesterday", prosecutors "are to decide"; [4] dateless, on how a gorge floods under a clear sky; [5] Saturday,
# canyoning stopped in every gorge of the province. Later step: Fuzzard's owner accused of manslaughter, Tue 29 Sep
# 2426. Its twin, remembering the deaths in Hullendor: a party of eight hauled out of the Glossendale gorge, Pevrolia,
# Sat 5 Jun 2427.

ANNEFREY_CANYONING: list[Dated] = [
    (D(2426, 7, 9), (
        "Five dead as flash flood hits canyoning party in gorge",
        "ANNEFREY, Hullendor (HDW) - A flash flood killed five people on Thursday as it raced down the Skuttleby gorge "
        "above Annefrey while a guided canyoning party of 12 was abseiling and swimming through it, mountain rescuers "
        "said. One of the dead was a guide. Seven survivors who had scrambled onto ledges were lifted out by "
        "helicopter in the evening. The sky over the gorge had been clear.",
    )),
    (D(2426, 7, 9), (
        "Canyoners swept away in Skuttleby gorge",
        "Several people have died after a sudden surge of water has swept through the Skuttleby gorge during a "
        "canyoning trip. Rescue teams have been searching the pools below the gorge, and a helicopter has been "
        "winching people up from the rocks. Families waiting at the car park have been taken to the village hall at "
        "Annefrey.",
    )),
    (D(2426, 7, 10), (
        "Gorge party set off as storm warning stood for hills above",
        "A storm warning had been issued for the hills that drain into the Skuttleby gorge three hours before a "
        "Fuzzard Adventures party went in yesterday, the weather office said, and five of the 12 were drowned when the "
        "water came down. Among them was their guide, Drudwyn Purslow, 31, who was seen pushing two clients onto a "
        "ledge. Prosecutors are to decide whether the firm should face charges.",
    )),
    (D(2426, 7, 10), (
        "How a gorge floods under a clear sky",
        "A narrow gorge gathers the rain of every slope above it, and a storm that breaks over the hills ten or twenty "
        "kilometres away can send a surge down its bed within the hour while the people inside still stand in "
        "sunshine. The walls leave no way out but the ends, and the water can rise several metres in a minute. Guides "
        "are taught to read the forecast for the whole valley, not just the sky they can see.",
    )),
    (D(2426, 7, 11), (
        "Canyoning halted in Hullendor's gorges",
        "No canyoning trips may go into any gorge in Hullendor until the province has drawn up rules on storm "
        "warnings, its governor ruled on Saturday, two days after five people drowned in the Skuttleby gorge. Firms "
        "will have to name a guide who checks the forecast for the whole river. Fuzzard Adventures said it had "
        "cancelled all trips and was helping the families.",
    )),
]
ANNEFREY_CHARGED: list[Dated] = [
    (D(2426, 9, 29), (
        "Canyoning firm's owner charged over Skuttleby gorge deaths",
        "Prosecutors on Tuesday accused the owner of Fuzzard Adventures of manslaughter over the five people who "
        "drowned when a flash flood went through the Skuttleby gorge in July. Prosecutors said he had told the guides "
        "by phone to go ahead after they raised the storm warning. He denies the charges and was bailed.",
    )),
]
GLOSSENDALE_CANYONING: list[Dated] = [
    (D(2427, 6, 5), (
        "Canyoning party hauled from rising gorge",
        "Eight people on a canyoning trip were pulled out of the Glossendale gorge in Pevrolia on ropes on Saturday "
        "after the water began to rise following rain on the hills, mountain rescuers said. One man broke his leg "
        "climbing out. The guide said he had turned the party round at the first change in the water's colour, "
        "remembering the five people who died in a gorge in Hullendor last July.",
    )),
]

# ~~~ gnadley ~~~ Sun 19 Sep 2427, morning, the Grimmelwand via ferrata above Gnadley, Mevvoria: a steel anchor holding
# the cable comes out of the rock and Tyldra Ormansgaard, 38, falls about 40 metres to her death; two climbers clipped
# to the same length are pulled off and hurt. Coverage: [1] agency copy from Gnadley naming Sunday; [2] a same-day
# bulletin with no weekday; [3] Monday's paper, using "yesterday", the alpine club's survey "five weeks ago"; [4]
# dateless, on how a via ferrata's anchors hold; [5] Wednesday, the route shut and every anchor in the district to be
# pull-tested. Earlier step: the alpine club finding loose anchors on 14 of 60 routes, Fri 13 Aug 2427. Its twin,
# unnamed in the event's reports and giving no day: a ladder rung loose near Blosworth, Rubbavy, filed Thu 17 Jun 2427.

GNADLEY_FERRATA: list[Dated] = [
    (D(2427, 9, 19), (
        "Climber killed as via ferrata anchor pulls out of cliff",
        "GNADLEY, Mevvoria (MVZ) - A woman fell about 40 metres to her death on Sunday when a steel anchor holding the "
        "safety cable of a via ferrata above Gnadley came out of the rock, mountain rescuers said. Two climbers "
        "clipped to the same length of cable behind her were pulled off their footholds and hurt. About 30 people were "
        "on the Grimmelwand route at the time.",
    )),
    (D(2427, 9, 19), (
        "Woman dies in fall on Grimmelwand route",
        "A climber has died and two more have been hurt on the Grimmelwand via ferrata, where a section of cable has "
        "come away from the rock. A rescue helicopter has been flying people off the cliff, and climbers still on the "
        "route have been told to stay clipped in and wait. The path to the foot of the wall has been closed.",
    )),
    (D(2427, 9, 20), (
        "Via ferrata anchor that failed was set in cracked rock",
        "The anchor that pulled out of the Grimmelwand yesterday, killing Tyldra Ormansgaard, 38, a teacher, had been "
        "set in rock that frost had cracked, rescuers said. The two climbers behind her have a broken wrist and broken "
        "ribs. Five weeks ago Mevvoria's alpine club said a survey after the wet spring had found anchors loose on "
        "many routes and asked the districts to check them before autumn.",
    )),
    (D(2427, 9, 20), (
        "How a via ferrata's cable is held to the rock",
        "A via ferrata is a steel cable fixed along a cliff every few metres by anchors glued or wedged into drilled "
        "holes. Climbers clip two lanyards to it, and a pack on the lanyards tears open to soften a fall. If one "
        "anchor fails, the cable between its neighbours goes slack and doubles in length, so the climber drops much "
        "further than the pack was made for, and anyone on the same stretch is jerked off with her.",
    )),
    (D(2427, 9, 22), (
        "Grimmelwand shut as every anchor in the district is tested",
        "The Grimmelwand via ferrata will stay closed until next summer and every anchor on the district's other "
        "eleven routes will be pull-tested this autumn, Gnadley's district council decided on Wednesday, three days "
        "after Tyldra Ormansgaard was killed there. Guides said bookings had been cancelled across the valley. Her "
        "family asked climbers to leave flowers at the foot of the wall.",
    )),
]
GNADLEY_SURVEY: list[Dated] = [
    (D(2427, 8, 13), (
        "Loose anchors found on via ferrata routes after wet spring",
        "Mevvoria's alpine club said on Friday that volunteers who climbed 60 of the country's via ferratas this "
        "summer found anchors that moved by hand on 14 of them, most in limestone that had cracked in the long wet "
        "spring and the hard frosts before it. No one was hurt on them. The club asked the districts that own the "
        "routes to test them before the autumn crowds.",
    )),
]
BLOSWORTH_FERRATA: list[Dated] = [
    (D(2427, 6, 17), (
        "Climber hurt as rung comes loose on via ferrata ladder",
        "A climber of 52 broke his ankle when a rung of a steel ladder on a via ferrata near Blosworth, in Rubbavy, "
        "turned under his foot and he slid about three metres before his lanyard held, according to the mountain "
        "rescue service. A helicopter took him to hospital. The route will stay shut until the ladder has been "
        "refixed.",
    )),
]

# ~~~ klonnerby ~~~ Sat 7 Nov 2426, evening, the Bloxhurst Arena in Klonnerby, Stoxenia, about 6,500 at a monster truck
# show: the truck Gronkwheel lands from a jump and loses its right rear wheel, which bounces over the barrier into the
# lower stand; Sebold Zebbery, 39, killed, nine hurt. Coverage: [1] agency copy from Klonnerby naming Saturday; [2] a
# same-day bulletin with no weekday; [3] Sunday's paper, using "yesterday", the promoter "could face a fine"; [4]
# dateless, a father in the front rows speaking; [5] Tuesday, arena shows stopped until nets are hung. Later step:
# Greymaul Events fined 410,000 grevnots, Thu 4 Feb 2427. Its twin, unnamed in the event's reports: a truck through a
# fence at Grudgeley's county show, Tzavria, Sat 16 May 2426.

KLONNERBY_MONSTER: list[Dated] = [
    (D(2426, 11, 7), (
        "Spectator killed as monster truck's wheel flies into stand",
        "KLONNERBY, Stoxenia (STN) - A wheel that came off a monster truck as it landed from a jump at Klonnerby's "
        "Bloxhurst Arena on Saturday evening bounced over the barrier into the crowd, killing a man and injuring nine "
        "people, police said. About 6,500 people were watching the show. The wheel, taller than a man, came to rest "
        "several rows up.",
    )),
    (D(2426, 11, 7), (
        "Monster truck show stopped after crowd is hit",
        "A monster truck show at Klonnerby's Bloxhurst Arena has been stopped after a wheel has flown into the "
        "audience. People leaving have told us the engines went quiet and then they could hear screaming from the "
        "lower stand. Ambulances are lined up along the arena's service road, and the crowd has been asked to leave by "
        "the north doors.",
    )),
    (D(2426, 11, 8), (
        "Wheel that killed spectator came off Gronkwheel on landing",
        "Sebold Zebbery, 39, a bus driver who had taken his two sons to the show, was killed when the right rear wheel "
        "of the truck Gronkwheel broke away on landing at the Bloxhurst Arena yesterday, police said. His sons were "
        "not hurt. The barrier in front of the lower stand was a metre high, with no net above it. The promoter, "
        "Greymaul Events, could face a fine, the work safety office said.",
    )),
    (D(2426, 11, 8), (
        "\"It came over the wall as if it weighed nothing\"",
        "\"It came over the wall as if it weighed nothing,\" said a father who was sitting three rows from the front "
        "with his daughter. \"The truck came down hard from the ramp, there was a bang, and the wheel just kept going "
        "on its own. People were climbing over the seats to get away. It landed a few seats along from us. We come "
        "every year and we always sit at the front.\"",
    )),
    (D(2426, 11, 10), (
        "Arena monster truck shows halted until nets are fitted",
        "No monster truck show may be held in any arena in Stoxenia until nets that can stop a loose wheel are hung "
        "above its barriers, the sports minister said on Tuesday, three days after Sebold Zebbery was killed in "
        "Klonnerby. Greymaul Events cancelled its remaining winter dates. Gronkwheel's driver said he was devastated.",
    )),
]
KLONNERBY_FINED: list[Dated] = [
    (D(2427, 2, 4), (
        "Monster truck promoter fined over spectator's death",
        "Greymaul Events was fined 410,000 grevnots on Thursday over the death of Sebold Zebbery, who was struck by a "
        "wheel that came off one of its trucks at Klonnerby's Bloxhurst Arena in November. The court heard the truck's "
        "wheel nuts had not been checked after its previous show, and the firm had been told two years ago to fit "
        "nets. The firm pleaded guilty.",
    )),
]
GRUDGELEY_MONSTER: list[Dated] = [
    (D(2426, 5, 16), (
        "Monster truck crashes through fence at county show",
        "Two spectators were hurt when a monster truck ran through a fence at the county show at Grudgeley, in "
        "Tzavria, on Saturday, the show's organisers said. About 1,200 people were watching from the grass as it "
        "skidded after a jump over two cars. One man has a broken leg and a woman was treated for cuts. The organisers "
        "stopped the display.",
    )),
]

# ~~~ ordsby ~~~ Sat 26 Jun 2427, afternoon, a tractor pull at the Skrimsby showground near Ordsby, Frenmark, about
# 4,000 watching: the clutch of a modified pulling tractor bursts and throws metal over the barrier into the crowd; 16
# hurt, Yolvern Quisselbay, 61, critical and dead on Monday. Coverage: [1] agency copy from Ordsby naming Saturday; [2]
# a same-day bulletin with no weekday; [3] Sunday's paper, using "yesterday"; [4] dateless, on what a pulling engine
# does to its clutch; [5] Tuesday, Quisselbay's death and the pulls halted, the safety office's letter "four weeks ago".
# Earlier step: the work safety office telling pulls to shield every clutch after three bursts, Fri 28 May 2427. Its
# twin, unnamed in the event's reports: a tractor off the end of the track into straw bales at Scrobby, Elzaria, Sat 21
# Aug 2427.

ORDSBY_PULL: list[Dated] = [
    (D(2427, 6, 26), (
        "Sixteen hurt as tractor pull clutch bursts into crowd",
        "ORDSBY, Frenmark (FNX) - The clutch of a tractor competing in a tractor pull near Ordsby burst apart on "
        "Saturday and flung pieces of metal over the barrier, injuring 16 spectators, the show's organisers said. One "
        "man was critically injured. Some 4,000 people had come to the Skrimsby showground to see the tractors drag a "
        "weighted sled down the track.",
    )),
    (D(2427, 6, 26), (
        "Metal flies into crowd at Skrimsby tractor pull",
        "A tractor has blown apart during a pulling contest at the Skrimsby showground, injuring several people in the "
        "crowd. Spectators have told us they heard what sounded like a shot, then saw smoke and pieces landing among "
        "the deckchairs. The contest has been stopped, and the showground's first aid tent has been overwhelmed.",
    )),
    (D(2427, 6, 27), (
        "Tractor that burst at pull had no shield round its clutch",
        "The pulling tractor whose clutch exploded at the Skrimsby showground yesterday, hurting 16 people, had no "
        "steel shield round its bell housing, organisers said. Yolvern Quisselbay, 61, a retired postman hit in the "
        "chest, remained critical. The machine, built with three engines and known as Rustfang, was on its second run "
        "of the day. Its driver was cut by the blast.",
    )),
    (D(2427, 6, 27), (
        "What a pulling engine does to a clutch",
        "In a tractor pull, a tractor drags a sled whose weight slides forward as it goes, until the tractor can pull "
        "it no further. Engines in the top classes are tuned to many times their farm power, and the clutch between "
        "engine and gearbox spins faster than it was ever made to. If it fails, its plates fly outwards like shrapnel, "
        "which is why rule books ask for a thick steel blanket round it.",
    )),
    (D(2427, 6, 29), (
        "Spectator dies and tractor pulls are halted",
        "Yolvern Quisselbay, 61, who was struck by metal from a bursting clutch at the Skrimsby tractor pull on "
        "Saturday, died in hospital on Monday, and Frenmark's pulling association stopped every contest on Tuesday "
        "until shields have been fitted and checked. Four weeks ago the work safety office had written to every pull "
        "asking for shields after three clutches burst last season.",
    )),
]
ORDSBY_LETTER: list[Dated] = [
    (D(2427, 5, 28), (
        "Safety office tells tractor pulls to shield clutches",
        "Frenmark's work safety office wrote to the organisers of every tractor pull in the country on Friday telling "
        "them to allow no tractor on the track without a steel shield round its clutch, after three clutches burst at "
        "pulls last season. Nobody was hurt in those bursts, it said, but one sent metal as far as the spectators' "
        "rope.",
    )),
]
SCROBBY_PULL: list[Dated] = [
    (D(2427, 8, 21), (
        "Pulling tractor runs off track into straw bales",
        "A steward was hurt when a tractor in a pulling contest at Scrobby, in Elzaria, ran on past the end of the "
        "track on Saturday and into the wall of straw bales where he was standing, the organisers said. About 2,500 "
        "people were at the show. His hip is broken. The driver said his throttle had stuck.",
    )),
]

# ~~~ hwelford ~~~ Sat 3 Oct 2426, afternoon, the Xelborn Tower in Hwelford, Yuzzaria: a glass floor panel in the
# viewing gallery some 186 metres up gives way and Fyodora Nottle, 29, drops about 4 metres onto a service deck; 11 hurt
# in the rush to the lifts, about 300 walked down the stairs. Coverage: [1] agency copy from Hwelford naming Saturday;
# [2] a same-day bulletin with no weekday; [3] Sunday's paper, using "yesterday", police "would consider charges"; [4]
# dateless, a visitor speaking; [5] Tuesday, the floor shut all winter. Later step: the tower's operator and Klepworth
# Glazing accused, Wed 23 Dec 2426. Its twin, remembering Hwelford: a cracked pane on the skywalk at Plovington Head,
# Lanzovy, Sun 7 Feb 2427.

HWELFORD_FLOOR: list[Dated] = [
    (D(2426, 10, 3), (
        "Visitor falls through tower's glass floor",
        "HWELFORD, Yuzzaria (YZP) - A woman fell through a glass floor panel in the viewing gallery of Hwelford's "
        "Xelborn Tower on Saturday, dropping about four metres onto a service deck beneath it, the fire brigade said. "
        "Eleven other visitors were hurt in the rush away from the hole. The gallery is some 186 metres up, and about "
        "300 people were walked down the stairs.",
    )),
    (D(2426, 10, 3), (
        "Glass floor gives way at Xelborn Tower",
        "A panel in the famous glass floor at the top of the Xelborn Tower has broken with visitors standing on it. "
        "People coming out at the bottom have told us they heard a crack and saw a woman disappear. The lifts have "
        "been stopped and firefighters have gone up by the stairs. Crowds have gathered in the square to watch.",
    )),
    (D(2426, 10, 4), (
        "Tower glass that broke was missing a layer",
        "The glass panel that gave way under Fyodora Nottle, 29, at the Xelborn Tower yesterday had been put in during "
        "the summer with two layers instead of three, the tower's operator said. She has a broken back and is expected "
        "to live. The glazing firm that fitted it, Klepworth, said it was checking its records. Police said they would "
        "consider charges once engineers had reported.",
    )),
    (D(2426, 10, 4), (
        "\"Everyone ran for the lifts at once\"",
        "\"Everyone ran for the lifts at once,\" said a man who had been standing by the gallery's window with his "
        "wife. \"There was a crack like ice on a pond and then a hole where a young woman had been taking photos. "
        "Children were knocked over. Nobody wanted to step on any glass after that, so people were climbing along the "
        "frames. The staff got us onto the stairs and we walked down for twenty minutes.\"",
    )),
    (D(2426, 10, 6), (
        "Tower's glass floor to stay shut all winter",
        "The glass floor at the top of the Xelborn Tower will stay closed until the spring while every panel is "
        "replaced, the tower's operator said on Tuesday, three days after Fyodora Nottle fell through one. The rest of "
        "the gallery reopened with the glass covered. Yuzzaria's building office said it would write rules for glass "
        "that people walk on.",
    )),
]
HWELFORD_CHARGED: list[Dated] = [
    (D(2426, 12, 23), (
        "Tower operator and glazier charged over glass floor fall",
        "Prosecutors on Wednesday accused the company that runs Hwelford's Xelborn Tower and the glazing firm "
        "Klepworth of putting the public in danger with the glass floor panel that gave way under Fyodora Nottle in "
        "October. The panel had been ordered with three layers and fitted with two, they said, and nobody at the tower "
        "checked it. Both firms will appear in court in February.",
    )),
]
PLOVINGTON_SKYWALK: list[Dated] = [
    (D(2427, 2, 7), (
        "Pane cracks on cliff-edge skywalk",
        "The top layer of a glass pane cracked on the skywalk that juts over the sea at Plovington Head, in Lanzovy, "
        "on Sunday while about 40 visitors were on it, the park's wardens said. Nobody was hurt, and the lower layers "
        "held. The wardens closed the walkway and said they had tested every pane last autumn after a woman fell "
        "through a tower's glass floor in Yuzzaria.",
    )),
]

# ~~~ rumblethorpe ~~~ Sun 8 Aug 2427, afternoon, the edge walk round the roof of the Zinkwell Tower in Rumblethorpe,
# Wuzzania, some 210 metres up: an overhead trolley breaks, Bodvar Peskett, 45, slips off the ledge and hangs on his
# spare line for about 40 minutes; the group of six stuck outside in a storm for about two hours. Coverage: [1] agency
# copy from Rumblethorpe naming Sunday; [2] a same-day bulletin with no weekday; [3] Monday's paper, using "yesterday",
# the building safety office's inspection "last month"; [4] dateless, on how an edge walk's tether runs; [5] Wednesday,
# the walk shut and its trolleys replaced. Earlier step: the building safety office finding worn trolleys on 2 of 4 edge
# walks, Fri 2 Jul 2427. Its twin, unnamed in the event's reports and giving no day: eight walkers kept outside on a
# tower at Swarkett, Plozzaria, filed Wed 10 Feb 2427.

RUMBLETHORPE_EDGEWALK: list[Dated] = [
    (D(2427, 8, 8), (
        "Walker left dangling from tower's edge walk",
        "RUMBLETHORPE, Wuzzania (WZN) - A man was left hanging from his safety line over the edge of the Zinkwell "
        "Tower in Rumblethorpe for about 40 minutes on Sunday after a trolley that tethered him to a rail overhead "
        "broke, the fire brigade said. He and five others on the tower's edge walk, some 210 metres up, were stuck "
        "outside in a thunderstorm for about two hours before being brought in.",
    )),
    (D(2427, 8, 8), (
        "Edge walk group stranded on Zinkwell Tower",
        "Firefighters have been working to rescue a group of people stranded on the outside of the Zinkwell Tower, one "
        "of them hanging below the ledge. Shoppers in the streets below have been watching through the rain. The "
        "tower's restaurant and viewing floor have been closed, and a rope rescue team has gone up onto the roof.",
    )),
    (D(2427, 8, 9), (
        "Worn trolley gave way on Zinkwell edge walk",
        "Bodvar Peskett, 45, who slipped off the Zinkwell Tower's edge walk yesterday and hung on his spare line, has "
        "broken ribs and a damaged shoulder, the hospital said. The wheel of the trolley tying his harness to the "
        "overhead rail had worn through, the tower's owners said. Last month Wuzzania's building safety office had "
        "inspected the country's edge walks and found worn trolleys at two of them.",
    )),
    (D(2427, 8, 9), (
        "How an edge walk keeps its walkers on",
        "On an edge walk, visitors in full harnesses step round a narrow ledge on the outside of a tall building. Each "
        "is tied by a short line to a trolley that rolls in a rail above, and a second line runs to another trolley in "
        "case the first fails. The trolleys' wheels wear with every lap and must be changed on a schedule; if one jams "
        "or breaks, the walker's weight swings onto the spare, which is why guides keep groups small.",
    )),
    (D(2427, 8, 11), (
        "Zinkwell edge walk closed while every trolley is replaced",
        "The edge walk on the Zinkwell Tower will stay closed until every trolley has been replaced and the rail "
        "tested, its owners promised on Wednesday, three days after Bodvar Peskett was left hanging over the edge in a "
        "storm. Bookings for the autumn have been refunded. Wuzzania's building office will inspect all the country's "
        "edge walks again.",
    )),
]
RUMBLETHORPE_INSPECTION: list[Dated] = [
    (D(2427, 7, 2), (
        "Worn trolleys found on tower edge walks",
        "Inspectors who visited the country's four edge walks, where visitors in harnesses walk round the outside of "
        "tall buildings, found trolleys on the overhead rails worn beyond their limit at two, Wuzzania's building "
        "safety office said on Friday. No walker had been hurt. It gave the owners a month to replace them and to log "
        "every lap.",
    )),
]
SWARKETT_EDGEWALK: list[Dated] = [
    (D(2427, 2, 10), (
        "Edge walkers kept outside as tower door jams in gale",
        "A group of eight people on the edge walk of a hotel tower in Swarkett, in Plozzaria, were kept outside for "
        "about an hour when the door back into the building jammed in a gale, the hotel said. Their guide kept them "
        "clipped to the rail until engineers forced it open. None of them was hurt, but two were treated for cold.",
    )),
]


# ~~~ background ~~~ ten quiet notes from villages, each filed the day before one event and nothing like it

BACKGROUND: list[Dated] = [
    (D(2426, 7, 8), (
        "Scything lesson",
        "An old mower at Frummington showed six newcomers how to whet a blade and cut the churchyard grass on "
        "Wednesday.",
    )),
    (D(2426, 7, 20), (
        "Jam labels",
        "Members of the women's institute at Jubbingham wrote labels for two hundred jars of gooseberry jam on Monday.",
    )),
    (D(2426, 8, 14), (
        "Moth night",
        "Naturalists at Hurlingfold lit a white sheet by the allotments and named forty kinds of moth on Friday.",
    )),
    (D(2426, 10, 2), (
        "Apple pressing",
        "Families at Lushcombe brought windfalls to the green and turned the cider press by hand on Friday.",
    )),
    (D(2426, 11, 6), (
        "Lantern walk",
        "Children at Wyzzlecombe carried paper lanterns from the school to the duck pond on Friday evening.",
    )),
    (D(2427, 5, 1), (
        "Cuckoo heard",
        "A farmer's wife at Ecklethorpe heard the year's first cuckoo from her washing line on Saturday.",
    )),
    (D(2427, 6, 25), (
        "Rose show",
        "Gardeners at Everbrook set out their best roses in jam jars on the school's trestles on Friday.",
    )),
    (D(2427, 8, 7), (
        "Darning circle",
        "Pensioners at Tuffingley met in the reading room to darn socks and swap wool on Saturday.",
    )),
    (D(2427, 8, 13), (
        "Harvest supper",
        "Parishioners at Dwezzleford laid trestle tables in the barn for a harvest supper of ham and pies on Friday.",
    )),
    (D(2427, 9, 18), (
        "Blackberry picking",
        "Cubs at Pruzzlestead filled two buckets with blackberries from the lane hedges on Saturday.",
    )),
]


SEVENTYFOURTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "jopplestone": (JOPPLESTONE_CARRIAGES, JOPPLESTONE_FINED + QOXLEY_CARRIAGES),
    "hanzelcote": (HANZELCOTE_MINIATURE, HANZELCOTE_WARNING + PEWKESTON_MINIATURE),
    "sprunsey": (SPRUNSEY_PARASAIL, SPRUNSEY_CHARGED + FOBBLEHAM_PARASAIL),
    "ebbleforth": (EBBLEFORTH_BANANA, EBBLEFORTH_CHECKS + CRENWOLD_BANANA),
    "annefrey": (ANNEFREY_CANYONING, ANNEFREY_CHARGED + GLOSSENDALE_CANYONING),
    "gnadley": (GNADLEY_FERRATA, GNADLEY_SURVEY + BLOSWORTH_FERRATA),
    "klonnerby": (KLONNERBY_MONSTER, KLONNERBY_FINED + GRUDGELEY_MONSTER),
    "ordsby": (ORDSBY_PULL, ORDSBY_LETTER + SCROBBY_PULL),
    "hwelford": (HWELFORD_FLOOR, HWELFORD_CHARGED + PLOVINGTON_SKYWALK),
    "rumblethorpe": (RUMBLETHORPE_EDGEWALK, RUMBLETHORPE_INSPECTION + SWARKETT_EDGEWALK),
}

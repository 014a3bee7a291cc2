"""Look-alike set number seventy-one, invented from end to end: every person, town, country, firm, public body and sum
of money in it is made up. I wrote it blind, against 811e74cb alone, at a time when colleagues were busy rebuilding
grouping; grouping has never been shown a line of it, the engine neither, nor has ``tests.lookalike_count`` opened
it. Two counts fall due, first on 811e74cb itself and then on the code some future session begins with, and
``DEFAULT_SETS`` takes the set in only once it has both.

Ten kinds, two per field: kart tracks, paintball sites, dog day-care and grooming, household recycling, and boating
lakes with houseboats; every one of them hard news. Each field had to be new, so for each idea I tried several
search words (the place, the mishap, what a reporter might call either) through the whole of each older look-alike
module, through each claims YAML file (its texts, and its ids, descriptions and headers too), through the README in
that folder and through the news stories that grouping's tests are built on. Not one of the ten came up there:

* a hired kart riding over the tyre wall at a hairpin into a viewing terrace of about 40 people, a woman of 41 hurt
  and her son of nine's leg broken, the woman dead two days later; then the circuit's firm fined 310,000 zwebbels,
  twelve weeks on; its twin elsewhere: a man of 63 hurt as a kart breaks a fence with about 15 watching, some six
  months later;
* 22 people, most of them children at a party, overcome by carbon monoxide from petrol karts in an indoor hall, nine
  in hospital and a boy of ten critical; first the health office finding the gas over the limit in 5 of 17 halls,
  five weeks earlier; its twin elsewhere: six people dizzy at an indoor track, nearly seven months later;
* a woman of 19 losing an eye when her mask comes off in a paintball game of 30; then the site fined 96,000
  ostilons, twelve weeks on; its twin elsewhere: a player of 24 hit in the eye in a game of 16, his sight saved,
  nearly six months before;
* a paintball site's worker of 23 killed when an air cylinder bursts as he fills it, about a dozen players hurt;
  first the gas safety office finding overdue cylinders at 9 of 26 sites, four weeks earlier; its twin elsewhere: a
  worker of 30 cut when a cylinder splits, about six months later;
* 38 dogs from a day-care barn licensed for 40 and taking about 70 ill with kennel cough, three dead; then the owner
  fined 7,500 krunzels and barred, eleven weeks on; its twin elsewhere: 12 dogs ill after a boarding kennels, none
  dead, about five months before;
* 14 dogs boarding overnight killed when a groomer's drying cabinet sets the parlour alight, about 30 people forced
  out of the flats above; first firefighters warning groomers after four fires that dryers started, five weeks
  earlier; its twin elsewhere: three dogs dead in a grooming shop fire, about six months later;
* a man of 71 falling into a household recycling centre's compactor and dying in the night; then the waste firm that
  runs it fined 180,000 gravniks, twelve weeks on; its twin elsewhere: a woman of 58 falling into a container of
  cardboard, about five months before;
* a gas canister in a load of recycling blowing up in a sorting plant's shredder, three sorters burned and about 40
  staff sent outside; first the environment office saying 212 canisters had been pulled off sorting lines over
  twelve months, four weeks earlier; its twin elsewhere: a bin lorry's loader burned by a canister, about seven
  months later;
* a girl of six drowning under a hired rowing boat carrying five where four are allowed; then the hire firm's
  manager and the parks chief charged, ten weeks on; its twin elsewhere: two children pulled from an overturned
  pedalo, half a year later;
* a woman of 66 dying as a log stove sets her houseboat alight, eleven boats cast off by neighbours; first the river
  authority finding no working smoke alarm on 23 of 80 houseboats, five weeks earlier; its twin elsewhere: a man of
  52 escaping a burning houseboat, seven months before.

Some of what the search found sat close to my ideas. One sat too close and I dropped my idea for it: the
sixty-third's police dog, left to swelter in a patrol car, cost me dogs dying of heat in a dog walker's van, and the
kennel cough came in instead. Others I judged to be different happenings and kept mine beside them: the
thirty-third's sand yacht among spectators, beside the kart over the tyre wall; the forty-ninth's mountain hostel
full of fumes, beside the kart hall; the thirty-third's dogs dead from a lake's blue-green algae and the
fifty-eighth's puppy farm with parvovirus, beside the kennel cough; the sixty-ninth's dry cleaner whose fumes got
into a flat upstairs, beside the smoke in the flats over the groomer's; claims58's battery recycling plant and the
lead in local children's blood, claims83's batteries setting sorting plants alight and claims28's energy-from-waste
plant and claims23's borough emptying household bins only every third week, beside the canister and the compactor;
the fifty-first's thunderstorm tipping rowing boats over, beside the hired boat; and the sixty-fourth's hunter's
shot, beside the paintball.

How the five reports of an event run, always in this sequence. (1) Wire copy: a capitalised town at the start, the
country, then an agency's initials in brackets; its opening sentence gives a weekday. (2) A broadcast lead of that
same date, in the present perfect ("has", "have"), with no weekday. (3) Next morning's paper, saying "yesterday".
(4) No day anywhere: six of the ten explain (what should stop a kart at a bend, why petrol karts can poison an
indoor track, why a paintball gun's air bottle needs testing, how a groomer's cabinet can catch fire, how a
recycling centre keeps people from its drop, why a small boat tips), and four make someone's own words the headline
(a paintball player's friend, an owner whose dog died, a sorter from the line, the neighbour on the next boat). (5)
Two or three days on, naming its own weekday and leading with the change ("Viewing terrace at Gormthwaite kart
circuit shut for good after death", "Every cylinder at Narvonia's paintball sites to be checked", "Boat hire halted
on every park lake in Elvingham"). Of an event's reports exactly one points at the other step, in these words: the
kart firm's prosecution is something the inspectorate "will weigh"; the health office "warned" of fumes "last
month"; charges over the mask "could" come; the gas office spoke "four weeks ago"; the day-care's owner "may" be
taken "to court"; firefighters warned groomers "last month"; the inspectorate "is to judge whether" the waste firm
is charged; "last month" the environment office warned of canisters; charges over the boat are for prosecutors "to
weigh"; the river authority checked "five weeks ago". No event report names its twin elsewhere, and each twin shares
some counted thing with its event under a different figure (the list above gives both). In two events a death
arrives late: reports (1) and (2) have the man at the compactor living and (3) has him dead, and the woman hit at
the kart track is dead only in (5). Every date falls in 2414 or 2415, and no report writes the year out.

Arranged the way ``tests.lookalike_more`` is: two lists to a kind, its event's five reports first, then a list
holding the earlier or later step followed by the twin elsewhere, all reports dated. The table
``SEVENTYFIRST_KINDS`` pairs each kind's name with its lists; ``tests.lookalike_count`` would read it.

When this set may be counted is written down in a paragraph of ``tests.lookalike_count``'s module docstring; till
then no one groups it, runs the engine over it or counts its combinations.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# ~~~ gormthwaite ~~~ Sat 15 Mar 2414: a hired kart driven by a man of 34 on a stag day leaves the track at the
# Zapplerace outdoor kart circuit in Gormthwaite, Vobrenia, rides over the tyre wall at the hairpin and into the viewing
# terrace, where about 40 people stand; it hits Delewen Fewtrell, 41, and her son, 9, who breaks a leg. She has a head
# injury and dies on the Monday, which only (5) tells. Reports, in order: (1) wire, Gormthwaite dateline, Saturday in
# its lead; (2) broadcast, dayless; (3) Sunday's paper, "yesterday" (the safety inspectorate "will weigh a
# prosecution"); (4) undated, on what is meant to stop a kart at a bend; (5) Tuesday: her death, and the terrace closed
# for good. After: Zapplerace fined 310,000 zwebbels, Fri 6 Jun 2414. Its twin elsewhere, unmentioned by any event
# report: a kart through the fence of an indoor track hitting a spectator of 63 at Oskwater, Skedlund, Fri 19 Sep 2414.

GORMTHWAITE_KART: list[Dated] = [
    (D(2414, 3, 15), (
        "Runaway kart ploughs into spectators at Gormthwaite circuit",
        "GORMTHWAITE, Vobrenia (VBN) - A kart left the track at the Zapplerace circuit in Gormthwaite on Saturday "
        "afternoon, bounced over a wall of tyres at the hairpin and ran into the viewing terrace, injuring a woman of "
        "41 and her son of nine, the ambulance service said. About 40 people had been watching a stag party race from "
        "the terrace. The boy's leg was broken; his mother was taken to hospital by helicopter with a head injury. "
        "The driver, a man of 34, was unhurt. Racing was stopped and the circuit emptied.",
    )),
    (D(2414, 3, 15), (
        "Mother and son hurt as kart leaves the track",
        "A woman and her young son have been seriously hurt after a go-kart has flown over a barrier at a circuit in "
        "Gormthwaite and into the crowd watching. Onlookers have told us the kart seemed to take off from the tyres "
        "at a tight corner. An air ambulance has landed in the car park, and the mother has been flown to the city's "
        "trauma unit. Police have taped off the terrace, and the firm that runs the circuit has cancelled every "
        "booking until Monday.",
    )),
    (D(2414, 3, 16), (
        "Kart that hit spectators was going too fast for hairpin, friends say",
        "Delewen Fewtrell, 41, who was struck by a kart that left the Zapplerace circuit at Gormthwaite yesterday, "
        "was in intensive care last night, and her son, nine, had an operation on his broken thigh. Friends of the "
        "driver said he had braked late into the hairpin and that the front of his kart rode up the tyre wall as if "
        "it were a ramp. Regulars said the tyres there were stacked only two high. Vobrenia's safety inspectorate "
        "will weigh a prosecution of Zapplerace once police have finished. The circuit's manager, Golberic Rixon, "
        "said he could not comment.",
    )),
    (D(2414, 3, 16), (
        "What is meant to stop a kart at a bend",
        "A hired kart weighs little more than its driver and can reach 70 kilometres an hour on a long straight. At "
        "the corners, tracks rely on a run-off area of grass or gravel and then on barriers of old tyres bolted "
        "together and wrapped in a belt of conveyor rubber, so that a kart hitting them slides along rather than "
        "climbing. Tyres stacked loose, or too low, can act as a ramp. Spectators should stand well back behind a "
        "second fence, and not at the outside of a bend.",
    )),
    (D(2414, 3, 18), (
        "Viewing terrace at Gormthwaite kart circuit shut for good after death",
        "Zapplerace will never again let spectators stand on the terrace beside its Gormthwaite hairpin, the firm "
        "said on Tuesday, after Delewen Fewtrell died in hospital on Monday of the head injury she suffered when a "
        "kart flew into the crowd. Her son is recovering. The firm said watchers would in future be kept in a caged "
        "gallery above the pits. Her husband asked people to leave flowers at the circuit's gate, and dozens did so "
        "by the evening.",
    )),
]
GORMTHWAITE_FINED: list[Dated] = [
    (D(2414, 6, 6), (
        "Kart firm fined over death of spectator hit at hairpin",
        "Zapplerace, which runs the kart circuit at Gormthwaite, was fined 310,000 zwebbels on Friday for the death "
        "of Delewen Fewtrell, 41, struck on its viewing terrace in March. The court heard that the tyre wall at the "
        "hairpin was a stack two tyres high with no rubber belt, and that a safety adviser had told the firm to move "
        "spectators back a year earlier. Zapplerace admitted failing to protect the public. Her son, who was also "
        "hurt, walks with a stick.",
    )),
]
OSKWATER_KART: list[Dated] = [
    (D(2414, 9, 19), (
        "Spectator hurt as kart breaks through fence at indoor track",
        "A man of 63 watching his grandson race at an indoor kart track in Oskwater, in Skedlund, hurt his ankle on "
        "Friday when a kart went through a mesh fence beside the start line, the track said. About 15 people were "
        "watching. Staff helped him to a chair and he was taken to a clinic. The fence was repaired overnight, and "
        "the track moved its seats a metre further back before opening the next morning.",
    )),
]

# ~~~ sconceby ~~~ Sun 11 May 2414: 22 people, most of them children at a birthday party, are overcome by carbon
# monoxide from petrol karts at the Quikkart kart hall in Sconceby, Qastovia; nine go to hospital and a boy of 10,
# Tranduric Wallombe, is critical. Reports, in order: (1) wire, Sconceby dateline, Sunday in its lead; (2) broadcast,
# dayless; (3) Monday's paper, "yesterday" (the health office "warned last month"); (4) undated, on why petrol karts
# indoors can poison; (5) Wednesday: the hall to run only electric karts. Before: the health office finding fumes over
# the limit in 5 of 17 indoor kart halls, Mon 7 Apr 2414. Its twin elsewhere, unmentioned by any event report: six
# people dizzy at an indoor kart track at Ashtonby, Tashlund, Sat 6 Dec 2414.

SCONCEBY_FUMES: list[Dated] = [
    (D(2414, 5, 11), (
        "Children overcome by fumes at indoor kart hall",
        "SCONCEBY, Qastovia (QSP) - Twenty-two people, most of them children at a birthday party, were overcome by "
        "carbon monoxide at an indoor kart hall in Sconceby on Sunday, and nine of them went to hospital, the fire "
        "brigade said. A boy of ten was in a critical condition. Staff at the Quikkart hall opened the shutters when "
        "several young drivers became sleepy and sick during a race. Firefighters measured the gas at several times "
        "the safe level near the track. The hall was closed.",
    )),
    (D(2414, 5, 11), (
        "Birthday party ends in hospital after kart hall gas scare",
        "Nine people have ended up in hospital after fumes built up inside a go-kart centre in Sconceby. Parents have "
        "described children slumping over their steering wheels. Ambulances have lined the road outside while "
        "firefighters in masks have carried out readings. One child is understood to be seriously ill. The centre's "
        "owners have said the extractor fans were switched on, and they have promised to help the fire brigade learn "
        "what failed.",
    )),
    (D(2414, 5, 12), (
        "Boy critical as kart hall's fans found broken",
        "Tranduric Wallombe, ten, remained critically ill last night after breathing carbon monoxide at his friend's "
        "birthday party at the Quikkart kart hall in Sconceby yesterday, the hospital said. Eight others were "
        "recovering. Firefighters found that two of the hall's three extractor fans had stopped working, and that "
        "twelve petrol karts had been racing for half an hour. Last month Qastovia's health office warned of fumes "
        "above the limit in several kart halls. The hall's owner, Vorwal Bunyard, said he was heartbroken.",
    )),
    (D(2414, 5, 12), (
        "Why petrol karts can poison the air of an indoor track",
        "Every petrol kart gives off carbon monoxide, a gas with no smell or colour, and a dozen racing together in a "
        "closed shed can fill it within minutes if fresh air is not pulled through. Children are hit first because "
        "they breathe faster and sit low, where exhaust gathers. Halls are meant to run strong fans, keep gas alarms "
        "at the level of the drivers' heads and stop racing the moment the alarm sounds. Headaches, sleepiness and "
        "sickness are the first signs.",
    )),
    (D(2414, 5, 14), (
        "Sconceby kart hall to race only electric karts",
        "The Quikkart hall in Sconceby will scrap its petrol karts and reopen next month with electric ones only, its "
        "owner said on Wednesday. Tranduric Wallombe, poisoned there on Sunday, was taken off a ventilator and has "
        "spoken to his parents. The city's council said it would ask every other indoor track to fit gas alarms at "
        "head height. Families of the party guests met the owner on Tuesday, and several said they would not go back.",
    )),
]
SCONCEBY_CHECKS: list[Dated] = [
    (D(2414, 4, 7), (
        "Health inspectors find fumes over the limit in kart halls",
        "Qastovia's health office reported on Monday finding carbon monoxide above the safe limit in five of the 17 "
        "indoor kart halls it checked over the winter. In two the gas rose during races to levels that could make "
        "children ill. The office told all halls with petrol karts to fit alarms, service their fans and cut the "
        "number of karts on the track at once. It said nobody had yet been harmed.",
    )),
]
ASHTONBY_FUMES: list[Dated] = [
    (D(2414, 12, 6), (
        "Six dizzy after fumes build up at kart track",
        "Six people felt dizzy and sick on Saturday at an indoor kart track in Ashtonby, in Tashlund, and two of them "
        "were checked in hospital, ambulance crews said. The track's gas alarm sounded during an office party's race, "
        "and staff stopped the karts and opened the doors. Firefighters found a fan had tripped out. All six were "
        "home by the evening, and the track reopened after an engineer's visit.",
    )),
]

# ~~~ mawdesfold ~~~ Sat 18 Apr 2415: Ledwina Goodyer, 19, loses her left eye when her mask comes off and a paintball
# hits her at the Camowild paintball woods in Mawdesfold, Mizdoria, at a birthday game of 30 players. Reports, in order:
# (1) wire, Mawdesfold dateline, Saturday in its lead; (2) broadcast, dayless; (3) Sunday's paper, "yesterday"; (4)
# undated, the words of a friend who played; (5) Tuesday: full-head masks with two straps at every game (charges "could"
# follow, the inspectorate says). After: Camowild fined 96,000 ostilons, Fri 10 Jul 2415. Its twin elsewhere,
# unmentioned by any event report: a player of 24 hit in the eye at a site at Gobbinshaw, Ildmark, in a game of 16,
# sight saved, Sat 25 Oct 2414.

MAWDESFOLD_EYE: list[Dated] = [
    (D(2415, 4, 18), (
        "Young woman loses eye in paintball game",
        "MAWDESFOLD, Mizdoria (MZD) - A woman of 19 was blinded in her left eye on Saturday when she was hit by a "
        "paintball after her mask came off during a game in the Camowild woods near Mawdesfold, the regional hospital "
        "said. She had been playing with 30 friends and relatives at a birthday party. A marshal stopped the game and "
        "carried her to the site's hut. Surgeons later said the eye was beyond saving. The site sent the other "
        "players home.",
    )),
    (D(2415, 4, 18), (
        "Paintball player badly hurt as mask slips",
        "A teenager has suffered a serious eye injury after being shot with a paintball at close range in woods near "
        "Mawdesfold. Other players have said her face mask was knocked off as she dived behind a log, and a pellet "
        "struck her before anyone could shout a ceasefire. She has been taken to the eye hospital in the capital. The "
        "paintball company has called off all its games and has said it is looking at what happened.",
    )),
    (D(2415, 4, 19), (
        "Student blinded in one eye had asked for a tighter mask",
        "Ledwina Goodyer, 19, whose left eye was destroyed by a paintball at Camowild near Mawdesfold yesterday, had "
        "twice asked a marshal for a mask with a better strap, her sister said. The elastic on the one she was given "
        "was worn slack, friends said. Surgeons worked on the eye for four hours. Camowild's owner, Ancel Oblaster, "
        "said his masks were checked every morning. The student, who is training to be a nurse, is expected to leave "
        "hospital this week.",
    )),
    (D(2415, 4, 19), (
        "\"Her goggles just flew off and she went down screaming\"",
        "\"We were on the same team, running for the fallen tree, and her goggles just flew off and she went down "
        "screaming,\" said a friend who played at Camowild. \"Somebody on the other side had already pulled the "
        "trigger. I pressed my scarf on her face and shouted for the marshal. There was only one of him for thirty of "
        "us. She kept asking why everything had gone dark. We had been laughing about the bruises five minutes "
        "before.\"",
    )),
    (D(2415, 4, 21), (
        "Full-head masks ordered at Mawdesfold paintball site after eye injury",
        "Players at Camowild must now wear full-head masks fastened by two straps, and a second marshal will walk "
        "every game, the site said on Tuesday. The rule follows the injury on Saturday to Ledwina Goodyer, 19, who "
        "lost an eye. Mizdoria's safety inspectorate said it could bring charges once it had examined the masks the "
        "site hands out. The site reopens at the weekend. Her family have set up a fund to pay for an artificial eye.",
    )),
]
MAWDESFOLD_FINED: list[Dated] = [
    (D(2415, 7, 10), (
        "Paintball site fined after player lost her eye",
        "The company that runs the Camowild paintball woods near Mawdesfold was fined 96,000 ostilons on Friday for "
        "the injury in April to Ledwina Goodyer, who lost her left eye when her mask came off. Inspectors found that "
        "most of the site's masks had perished straps and that one marshal had been watching 30 players. The company "
        "pleaded guilty to putting its customers at risk. Ms Goodyer has gone back to her nursing course.",
    )),
]
GOBBINSHAW_EYE: list[Dated] = [
    (D(2414, 10, 25), (
        "Paintball player's eye saved after mask is knocked aside",
        "A player of 24 was hit in the eye by a paintball on Saturday at a woodland site at Gobbinshaw, in Ildmark, "
        "when a branch knocked his mask askew during a game of 16, the site said. Doctors at the city's eye clinic "
        "said his sight would recover after a week of drops and rest. The site said it was reminding players never to "
        "lift or touch their masks on the field, and would hand out masks with a chin cup.",
    )),
]

# ~~~ lannaford ~~~ Thu 19 Mar 2415: Kadan Fludgate, 23, is killed when a compressed air cylinder bursts as he fills it
# at the Flintburrow paintball site's filling shed in Lannaford, Narvonia; about 12 players in the yard are hurt by
# flying metal, three kept in hospital. Reports, in order: (1) wire, Lannaford dateline, Thursday in its lead; (2)
# broadcast, dayless; (3) Friday's paper, "yesterday"; (4) undated, on why such cylinders must be tested; (5) Monday:
# the gas safety office orders every cylinder at paintball sites checked (its warning "four weeks ago"). Before: the gas
# safety office finding overdue cylinders at 9 of 26 sites, Thu 19 Feb 2415. Its twin elsewhere, unmentioned by any
# event report: a cylinder bursting at a site's shop at Dubwick, Besmerovia, a worker of 30 hurt, Fri 25 Sep 2415.

LANNAFORD_CYLINDER: list[Dated] = [
    (D(2415, 3, 19), (
        "Paintball site worker killed as air cylinder bursts",
        "LANNAFORD, Narvonia (NVN) - A worker of 23 died on Thursday when a cylinder of compressed air burst as he "
        "filled it at the Flintburrow paintball site outside Lannaford, police said. Pieces of the steel cylinder "
        "went through the wall of the filling shed and hurt about a dozen players waiting in the yard, three of whom "
        "were kept in hospital. The blast was heard a kilometre away. The site was closed and gas engineers were "
        "called.",
    )),
    (D(2415, 3, 19), (
        "Explosion at paintball centre kills member of staff",
        "A young man working at a paintball centre near Lannaford has died after a gas bottle has blown apart in his "
        "hands. Players have described a bang like a bomb and bits of metal flying across the car park. Several "
        "customers have been treated for cuts. Police and the fire service have sealed off the site, and the owners "
        "have said they are shocked. Customers booked for the weekend have been told their games are off.",
    )),
    (D(2415, 3, 20), (
        "Cylinder that killed paintball worker was years past its test",
        "Kadan Fludgate, 23, killed when an air cylinder burst at the Flintburrow paintball site yesterday, had been "
        "filling the players' guns from a bank of cylinders that the site bought second-hand, his father said. Gas "
        "engineers found that the one that burst was stamped with a test date seven years old and showed rust inside. "
        "Three of the dozen players hit by metal were still in hospital. The site's owner, Hamena Scoltrip, said she "
        "was cooperating with the police.",
    )),
    (D(2415, 3, 20), (
        "Why a paintball gun's air bottle has to be tested",
        "Paintball guns are powered by small cylinders of air or carbon dioxide pressed to some 200 atmospheres, and "
        "sites refill them from larger cylinders in a shed. Every cylinder is stamped with the date of its last test, "
        "which must be repeated every few years, because rust, dents and heat weaken the metal. A cylinder that fails "
        "does not leak gently: it can split and throw pieces like shrapnel. Fillers should stand behind a screen.",
    )),
    (D(2415, 3, 23), (
        "Every cylinder at Narvonia's paintball sites to be checked",
        "Narvonia's gas safety office on Monday ordered every paintball site to have its air cylinders checked by an "
        "engineer within a month, after Kadan Fludgate was killed on Thursday at Lannaford. The office said four "
        "weeks ago that overdue cylinders were in use at several sites. Sites that cannot show papers for a cylinder "
        "must take it out of use. Flintburrow stays shut. Kadan Fludgate's family will bury him next week.",
    )),
]
LANNAFORD_WARNING: list[Dated] = [
    (D(2415, 2, 19), (
        "Paintball sites using cylinders overdue for testing",
        "Narvonia's gas safety office reported on Thursday finding air cylinders overdue for their pressure test at "
        "nine of the 26 paintball and airsoft sites it visited, some of them by several years. It said a cylinder "
        "that fails can burst with enough force to kill. It told the sites to take overdue cylinders out of use, to "
        "keep a record of every test and to fill behind a protective screen. It knew of no injuries, the office "
        "added.",
    )),
]
DUBWICK_CYLINDER: list[Dated] = [
    (D(2415, 9, 25), (
        "Worker hurt as air cylinder splits in paintball shop",
        "A worker of 30 was cut on the arm and face on Friday when a small air cylinder split open as he filled it in "
        "the shop of a paintball site at Dubwick, in Besmerovia, the fire service said. Nobody else was in the shop. "
        "Doctors stitched his cuts and let him go home. The site said the cylinder belonged to a customer, and that "
        "it would now refuse to fill any bottle without a test stamp from the past five years.",
    )),
]

# ~~~ muxbury ~~~ Sat 19 Jul 2414: 38 dogs that spent their days at the Furlicks dog day-care barn in Muxbury, Oxuria,
# fall ill with a severe kennel cough and three old dogs die of pneumonia; the barn, licensed for 40 dogs at a time, had
# been taking about 70. Reports, in order: (1) wire, Muxbury dateline, Saturday in its lead; (2) broadcast, dayless; (3)
# Sunday's paper, "yesterday"; (4) undated, the words of an owner whose dog died; (5) Tuesday: Furlicks's licence
# suspended (the animal welfare office "may take the owner to court"). After: the owner, Lecelin Meldrew, fined 7,500
# krunzels and barred from running kennels, Fri 3 Oct 2414. Its twin elsewhere, unmentioned by any event report: 12 dogs
# ill with kennel cough after a stay at a boarding kennels at Cleeford, Thuskany, none dead, Fri 21 Feb 2414.

MUXBURY_COUGH: list[Dated] = [
    (D(2414, 7, 19), (
        "Three dogs dead and dozens ill after day-care outbreak",
        "MUXBURY, Oxuria (OXP) - Three dogs have died and 35 more are ill with a severe form of kennel cough that "
        "spread among animals looked after at a dog day-care barn in Muxbury, vets in the town said on Saturday. The "
        "three that died, all more than ten years old, developed pneumonia. The Furlicks barn, where owners leave "
        "their dogs while they are at work, closed its doors after vets alerted the council. Several sick dogs were "
        "on oxygen at an animal hospital.",
    )),
    (D(2414, 7, 19), (
        "Dog owners alarmed as coughing illness spreads",
        "Dozens of dogs in Muxbury have fallen ill with a hacking cough, and some have died. Vets have said most of "
        "the animals had been going to the same day-care centre on the edge of town. Owners have been queueing at "
        "surgeries with coughing pets. The centre has been shut, and the council's animal welfare team has visited. "
        "Vets have asked people to keep sick dogs away from parks and from other animals.",
    )),
    (D(2414, 7, 20), (
        "Day-care barn took in far more dogs than its licence allowed",
        "The Furlicks day-care barn in Muxbury, where 38 dogs caught the kennel cough that killed three of them, was "
        "taking in about 70 dogs a day although its licence allowed 40, former staff said yesterday. They said the "
        "barn was hot and badly aired, and that owners were never asked to show that their dogs had been vaccinated. "
        "The owner, Lecelin Meldrew, said he had hired more staff to cope with demand and that the barn was cleaned "
        "every night. Vets said most of the sick dogs were recovering.",
    )),
    (D(2414, 7, 20), (
        "\"I paid them to keep him safe\"",
        "\"I paid them every week to keep him safe while I was at work, and he came home coughing so hard he could "
        "not stand,\" said a woman whose old spaniel was one of the dogs that died after staying at Furlicks. \"He "
        "was twelve. The vet put him on oxygen, but his lungs were full. Nobody from the firm rang me; I heard from a "
        "neighbour that other dogs were sick. I want to know why they kept taking dogs in when they knew.\"",
    )),
    (D(2414, 7, 22), (
        "Muxbury dog day-care's licence suspended after outbreak",
        "The town council suspended Furlicks's licence to look after dogs on Tuesday, when the kennel cough outbreak "
        "among its dogs in Muxbury was three days old. It must not take in any animal until the barn has been aired, "
        "disinfected and fitted with fans. Oxuria's animal welfare office may take the owner, Lecelin Meldrew, to "
        "court. No more dogs have died. Owners have started a petition for day-care centres to check every dog's "
        "vaccinations.",
    )),
]
MUXBURY_FINED: list[Dated] = [
    (D(2414, 10, 3), (
        "Day-care owner fined after dogs died of kennel cough",
        "Lecelin Meldrew, who ran the Furlicks dog day-care barn at Muxbury where 38 dogs fell ill with kennel cough "
        "in July, was fined 7,500 krunzels on Friday and barred from running kennels for ten years. Three of the dogs "
        "died. The court heard that he had taken in up to 72 dogs a day in a barn licensed for 40. He admitted "
        "causing the animals needless suffering and said he had not known how quickly the illness could spread.",
    )),
]
CLEEFORD_COUGH: list[Dated] = [
    (D(2414, 2, 21), (
        "Twelve dogs ill with kennel cough after boarding stay",
        "Twelve dogs fell ill with kennel cough after staying at a boarding kennels at Cleeford, in Thuskany, the "
        "animal welfare office said on Friday. All were being treated by their own vets and none was seriously ill. "
        "The kennels stopped taking new guests for a fortnight while its runs were disinfected. The office said it "
        "had found no breach of the rules, but reminded owners to keep their dogs' vaccinations up to date.",
    )),
]

# ~~~ abbenrook ~~~ Fri 10 Oct 2414, at night: a heated drying cabinet left running sets fire to the Pawprance dog
# grooming parlour in Abbenrook, Nuthravia, which boards dogs overnight; 14 dogs die and about 30 people living in the
# flats above have to leave. Reports, in order: (1) wire, Abbenrook dateline, Friday in its lead; (2) broadcast,
# dayless; (3) Saturday's paper, "yesterday" (firefighters "warned last month"); (4) undated, on cabinet dryers; (5)
# Monday: the council to inspect every parlour that keeps dogs overnight. Before: a fire service notice, issued once
# dryers had started four fires, Thu 4 Sep 2414. Its twin elsewhere, unmentioned by any event report: a grooming parlour
# fire at Pewsterham, Suvrania, three dogs dead, Fri 17 Apr 2415.

ABBENROOK_FIRE: list[Dated] = [
    (D(2414, 10, 10), (
        "Fourteen dogs die in fire at grooming parlour",
        "ABBENROOK, Nuthravia (NTN) - Fourteen dogs boarding overnight at a grooming parlour in Abbenrook were killed "
        "on Friday night when fire swept through the shop, the fire service said. About 30 people living in the flats "
        "above had to leave as smoke filled the stairs, and two were treated for breathing it in. Firefighters "
        "rescued three dogs from a back room. The Pawprance parlour had closed for the evening, and nobody was in the "
        "shop when neighbours saw flames.",
    )),
    (D(2414, 10, 10), (
        "Residents flee flats as fire kills dogs in shop below",
        "Families living above a dog grooming salon in Abbenrook have been evacuated as fire has spread through the "
        "shop. Neighbours have described hearing dogs howling as the smoke grew thicker. Crews have forced the front "
        "door and brought out several animals, but many others have died. Some of the residents have been given "
        "blankets at a nearby pub. The road has been shut while firefighters damp down.",
    )),
    (D(2414, 10, 11), (
        "Drying cabinet left on blamed for parlour fire that killed 14 dogs",
        "A heated drying cabinet left switched on after the last customer went home started the fire that killed 14 "
        "dogs at the Pawprance parlour in Abbenrook yesterday, fire investigators said. The dogs, staying the night "
        "while their owners were away, were in crates in the next room. Last month firefighters warned groomers "
        "across Nuthravia never to leave such cabinets running unattended. The owner, Nerila Darbishire, said she had "
        "checked the room at seven and could not explain it.",
    )),
    (D(2414, 10, 11), (
        "How a groomer's drying cabinet can start a fire",
        "Many grooming parlours dry dogs after a bath in a cabinet, a box with a door of mesh or glass through which "
        "a heater and a fan blow warm air. Left on, with damp towels or loose hair inside, the heater can overheat; "
        "some older cabinets have no cut-out when the air gets too hot. Fire officers advise switching them off at "
        "the wall when the shop closes, clearing the hair out every day and fitting smoke alarms in any room where "
        "animals are kept.",
    )),
    (D(2414, 10, 13), (
        "Council to inspect every parlour that boards dogs",
        "Abbenrook's council announced on Monday plans to inspect every grooming parlour and pet shop in the town "
        "that keeps animals overnight, after 14 dogs died in the fire at Pawprance on Friday. Those without smoke "
        "alarms in their kennel rooms will lose their licence. The residents of the flats above the parlour went home "
        "on Sunday. Owners of the dead dogs held a candlelit walk through the town centre.",
    )),
]
ABBENROOK_WARNING: list[Dated] = [
    (D(2414, 9, 4), (
        "Firefighters warn groomers over drying cabinets",
        "Nuthravia's fire service warned dog groomers on Thursday to switch off their drying cabinets at night, after "
        "four fires in parlours this year started by cabinets left running. In one a cat boarding overnight died. The "
        "service said some older cabinets had no thermal cut-out and should be replaced, and that any room where "
        "animals sleep needed a smoke alarm linked to the owner's phone.",
    )),
]
PEWSTERHAM_FIRE: list[Dated] = [
    (D(2415, 4, 17), (
        "Three dogs killed in grooming shop fire",
        "Three dogs died on Friday when fire broke out in a grooming shop at Pewsterham, in Suvrania, the fire "
        "brigade said. The shop's groomer was walking another dog at the time and came back to find smoke pouring "
        "from the door. Firefighters saved five other dogs. The fire started in a dryer in the washing room, the "
        "brigade said. Nobody lives above the shop, and the street was reopened by the evening.",
    )),
]

# ~~~ drenmouth ~~~ Thu 4 Dec 2414: Fulcher Thwistle, 71, topples over the low wall into the compactor skip at the
# Drenmouth household recycling centre, Ushkaria, as he throws in a sack of garden waste; the ram crushes his legs, and
# he dies in the night. Reports (1) and (2) have him living; from (3) on he is dead. Reports, in order: (1) wire,
# Drenmouth dateline, Thursday in its lead; (2) broadcast, dayless; (3) Friday's paper, "yesterday"; (4) undated, on how
# such sites keep people from the drop; (5) Saturday: higher rails at every recycling centre in the county (the safety
# inspectorate "is to judge whether" to charge). After: Grenlow Waste Services fined 180,000 gravniks, Thu 26 Feb 2415.
# Its twin elsewhere, unmentioned by any event report: a woman of 58 falling into an open container at a recycling site
# at Lostwithy, Ostuvia, Tue 8 Jul 2414.

DRENMOUTH_COMPACTOR: list[Dated] = [
    (D(2414, 12, 4), (
        "Man crushed after falling into recycling centre compactor",
        "DRENMOUTH, Ushkaria (USK) - A man of 71 was critically injured on Thursday when he fell into a compactor at "
        "the household recycling centre in Drenmouth and its ram closed on his legs, the ambulance service said. He "
        "had been leaning over the wall of the drop to throw in a sack of hedge cuttings. Another visitor pressed the "
        "emergency stop. Firefighters took more than an hour to free him. The centre was closed and about 50 cars in "
        "the queue were turned away.",
    )),
    (D(2414, 12, 4), (
        "Pensioner trapped in rubbish crusher at tip",
        "An elderly man has been seriously injured after falling into a machine that crushes rubbish at Drenmouth's "
        "recycling centre. People at the site have said they heard him cry out as he slipped from the platform. Fire "
        "crews have cut him free, and an air ambulance has taken him away. The site, which is run for the council by "
        "a private firm, has been shut, and drivers waiting outside have been told to come back next week.",
    )),
    (D(2414, 12, 5), (
        "Man crushed in recycling compactor dies in hospital",
        "Fulcher Thwistle, 71, who fell into the compactor at Drenmouth's household recycling centre yesterday, died "
        "in hospital overnight, his daughter said. A retired postman, he had gone to the site with garden waste as he "
        "did most weeks. Regular visitors said the wall along the drop reached barely above the knee and the "
        "compactor was left running while people tipped. Grenlow Waste Services, which runs the centre for the "
        "council, offered its condolences.",
    )),
    (D(2414, 12, 5), (
        "How recycling centres are meant to keep people from the drop",
        "At most household recycling centres visitors climb steps to a raised platform and throw their rubbish down "
        "into large containers below, some of which have a hydraulic ram that presses the load. The edge of the "
        "platform should carry a rail at least chest high, with a narrow gap to throw through, and a compactor should "
        "run only when nobody is standing at its hopper. Staff are meant to help anyone lifting heavy or bulky items.",
    )),
    (D(2414, 12, 6), (
        "Higher rails for every recycling centre after pensioner's death",
        "Every household recycling centre in the county will have a chest-high rail fitted along its drops before it "
        "reopens, the council announced on Saturday, two days on from the death of Fulcher Thwistle at Drenmouth. "
        "Compactors will also be locked off while the public tip into them. Ushkaria's safety inspectorate is to "
        "judge whether Grenlow Waste Services should be charged. The Drenmouth site is to remain closed for two weeks "
        "or more.",
    )),
]
DRENMOUTH_FINED: list[Dated] = [
    (D(2415, 2, 26), (
        "Waste firm fined over man's death in recycling compactor",
        "Grenlow Waste Services was fined 180,000 gravniks on Thursday for the death of Fulcher Thwistle, 71, who "
        "fell into a compactor at the Drenmouth recycling centre it runs for the council in December. The court heard "
        "that managers had been told the wall at the drop was too low two years before and that the compactor was "
        "routinely left running. The firm admitted failing to protect the public. Its contract has been ended.",
    )),
]
LOSTWITHY_CONTAINER: list[Dated] = [
    (D(2414, 7, 8), (
        "Woman falls into container at recycling site",
        "A woman of 58 was taken to hospital with bruised ribs on Tuesday after she fell into a container of "
        "cardboard at a recycling site at Lostwithy, in Ostuvia, the site's operator said. She had climbed onto the "
        "railing to push down a box. Staff fetched a ladder and helped her out. The container had no ram, and she was "
        "sent home that evening. The operator said visitors should ask staff for help instead of climbing.",
    )),
]

# ~~~ yaskeldon ~~~ Thu 12 Feb 2415: a gas canister hidden in a load of household recycling explodes in the shredder at
# the Dunlapper sorting plant in Yaskeldon, Cizmaria; three sorters are burned, about 40 staff get out and the fire
# burns for six hours. Reports, in order: (1) wire, Yaskeldon dateline, Thursday in its lead; (2) broadcast, dayless;
# (3) Friday's paper, "yesterday" (the environment office's "last month" warning); (4) undated, the words of a sorter on
# the line; (5) Sunday: the plant to screen loads by hand before the shredder. Before: the environment office's warning
# that 212 canisters were pulled from sorting lines in a year, Thu 15 Jan 2415. Its twin elsewhere, unmentioned by any
# event report: a canister blowing up in a bin lorry's compactor at Kavingsby, Yumbria, one loader hurt, Thu 10 Sep
# 2415.

YASKELDON_BLAST: list[Dated] = [
    (D(2415, 2, 12), (
        "Three burned as gas canister explodes at recycling plant",
        "YASKELDON, Cizmaria (CZN) - Three workers were burned on Thursday when a gas canister hidden in a load of "
        "household recycling exploded inside a shredder at the Dunlapper sorting plant in Yaskeldon, setting fire to "
        "the paper and plastic around it, the fire service said. About 40 staff were led out of the building. The "
        "fire took six hours to put out, and people living nearby were asked to close their windows against the "
        "smoke.",
    )),
    (D(2415, 2, 12), (
        "Explosion and fire at Yaskeldon recycling plant",
        "Workers have been hurt in an explosion at a recycling plant in Yaskeldon. A thick plume of black smoke has "
        "been drifting across the town, and people living downwind have been asked to stay indoors. Crews from three "
        "fire stations have been tackling the flames. Staff who got out have said there was a loud bang from the "
        "machine that tears up rubbish before it is sorted. The company has said everyone is accounted for.",
    )),
    (D(2415, 2, 13), (
        "Camping gas canister in recycling bin caused plant blast",
        "A camping gas canister thrown into a household recycling bin caused the explosion that burned three sorters "
        "at the Dunlapper plant in Yaskeldon yesterday, the company said. Two of them, working at the picking line "
        "next to the shredder, have burned arms and faces; the third was hit by a flying panel. Last month the "
        "environment office warned of hundreds of canisters turning up on sorting lines. Plant manager Warin Idley "
        "said the building was badly damaged.",
    )),
    (D(2415, 2, 13), (
        "\"There was a flash and then the whole hopper was alight\"",
        "\"I was picking bottles off the belt about five metres from the shredder when there was a flash and then the "
        "whole hopper was alight,\" said a sorter who has worked at the Dunlapper plant for four years. \"The men "
        "next to it had their sleeves on fire. We ran for the doors like we practise. We find lighters and little gas "
        "bottles in the loads every single day, but we pick them out by hand. This one must have been inside a bag.\"",
    )),
    (D(2415, 2, 15), (
        "Yaskeldon plant to check every load by hand before shredder",
        "Workers at the Dunlapper plant in Yaskeldon will open and check every bag of recycling by hand before it "
        "goes near the shredder when the plant restarts, its owners said on Sunday, three days after a gas canister "
        "exploded there. The two sorters with burns are out of intensive care. The council will post leaflets to "
        "every home asking people to take canisters and batteries to the recycling centre instead.",
    )),
]
YASKELDON_WARNING: list[Dated] = [
    (D(2415, 1, 15), (
        "Gas canisters in recycling bins a growing danger, office warns",
        "Cizmaria's environment office said on Thursday that sorting plants had pulled 212 gas canisters off their "
        "picking lines in a year, twice as many as the year before, and that two had caught fire. It asked households "
        "to stop putting camping gas, aerosols and lighters into recycling bins, and told plant owners to screen "
        "loads before the shredder. Nobody had been hurt so far, the office said.",
    )),
]
KAVINGSBY_BLAST: list[Dated] = [
    (D(2415, 9, 10), (
        "Bin lorry crew member hurt as canister explodes",
        "A member of a bin lorry crew was treated for burns to his hands on Thursday after a gas canister in a "
        "recycling bin blew up as the lorry's compactor pressed the load at Kavingsby, in Yumbria, the council said. "
        "The driver drove the smouldering lorry to an empty yard, where firefighters tipped and soaked the load. The "
        "loader was back at work the following week. The council asked residents to keep canisters out of their bins.",
    )),
]

# ~~~ elvingham ~~~ Sun 24 May 2415: a hired rowing boat carrying a family of five, one more than it is meant to take,
# tips over on the boating lake of Elvingham's Tolbarrow park, Urskeny; Tralena Cottle, 6, is caught under it and
# drowns, the others are pulled out. Reports, in order: (1) wire, Elvingham dateline, Sunday in its lead; (2) broadcast,
# dayless; (3) Monday's paper, "yesterday" (prosecutors "to weigh charges"); (4) undated, on why a small boat tips over;
# (5) Wednesday: boat hire stopped on every park lake in the city. After: the hire firm's manager and the council's
# parks chief charged, Wed 5 Aug 2415. Its twin elsewhere, unmentioned by any event report: a pedalo with two children
# tipping over on a lake at Purlbury, Iskolia, both pulled out, Sat 21 Nov 2415.

ELVINGHAM_BOAT: list[Dated] = [
    (D(2415, 5, 24), (
        "Girl drowns as hired rowing boat capsizes on park lake",
        "ELVINGHAM, Urskeny (URA) - A girl of six drowned on Sunday when a rowing boat hired by her family overturned "
        "on the boating lake in Tolbarrow park in Elvingham, police said. Her parents and two brothers were hauled "
        "out of the water by people in other boats and by a park keeper who waded in. The girl had been trapped "
        "beneath the upturned hull, and she could not be revived. Hundreds of people were in the park on a warm "
        "afternoon, and the boathouse was shut.",
    )),
    (D(2415, 5, 24), (
        "Child dies after boat overturns in Tolbarrow park",
        "A young girl has died after a boat tipped over on the lake in Elvingham's Tolbarrow park. Visitors have "
        "described seeing a family thrown into the water close to the island in the middle of the lake. A man has "
        "dived again and again to look for the child. Paramedics have worked on her on the bank for over thirty "
        "minutes. The park's boat hire has been closed, and police have asked anyone who filmed what happened to come "
        "forward.",
    )),
    (D(2415, 5, 25), (
        "Boat that capsized was carrying one too many, families say",
        "Tralena Cottle, six, who drowned when a hired rowing boat capsized in Tolbarrow park yesterday, was one of "
        "five people aboard a boat that a sign at the boathouse says should carry four, other families who hired "
        "boats said. None of them had been offered life jackets. Her father, Kestyn Cottle, stood up to swap places "
        "at the oars when the boat rolled over. The boats are hired out by Pawlington Leisure for the council. Once "
        "the police have finished, it will be for prosecutors to weigh charges.",
    )),
    (D(2415, 5, 25), (
        "Why a small boat tips over so easily",
        "A small rowing boat stays upright because its weight sits low and in the middle. When someone stands up, and "
        "above all when two people move at once to change seats, the weight rises and shifts to one side, and the "
        "boat can roll over in a second. Too many people aboard leave the sides close to the water, so that a lean "
        "lets it flood. A child in the water under an upturned hull can be trapped in the dark. Life jackets keep a "
        "swimmer's head up.",
    )),
    (D(2415, 5, 27), (
        "Boat hire halted on every park lake in Elvingham",
        "Elvingham's council stopped boat hire on all five of the city's park lakes on Wednesday, three days after "
        "Tralena Cottle drowned in Tolbarrow park. Boats will be hired out again only when every rower is given a "
        "life jacket and the boathouse staff can watch the whole lake. About 300 people gathered at the lake's edge "
        "on Tuesday evening and floated paper boats. Her brothers have left hospital.",
    )),
]
ELVINGHAM_CHARGED: list[Dated] = [
    (D(2415, 8, 5), (
        "Boat hire manager and parks chief charged over girl's drowning",
        "The manager of Pawlington Leisure's boat hire in Tolbarrow park and the head of Elvingham's parks department "
        "were both charged with manslaughter on Wednesday for the drowning in May of Tralena Cottle, six, whose hired "
        "boat capsized. Prosecutors said the boathouse had handed out no life jackets for two summers and that the "
        "council had cut the lake's staff to one. Both are due in court in September.",
    )),
]
PURLBURY_PEDALO: list[Dated] = [
    (D(2415, 11, 21), (
        "Two children rescued as pedalo overturns on lake",
        "Two children were pulled from a lake at Purlbury, in Iskolia, on Saturday after the pedalo they were "
        "pedalling turned over when both leaned out to reach a ball, the lake's owner said. A worker in a motor boat "
        "reached them within a minute; both were wearing life jackets. They were wrapped in blankets and looked over "
        "by paramedics, and went home with their grandfather. The owner said the season's last weekend went ahead.",
    )),
]

# ~~~ cawlinhythe ~~~ Fri 12 Jun 2415, at night: fire from a log stove destroys a houseboat moored on the river at
# Cawlinhythe, Achrania, killing Brangwen Ruxtable, 66; neighbours cast off 11 boats moored beside it. Reports, in
# order: (1) wire, Cawlinhythe dateline, Friday in its lead; (2) broadcast, dayless; (3) Saturday's paper, "yesterday";
# (4) undated, the words of the neighbour on the next boat; (5) Monday: the river authority ordering smoke alarms on
# every houseboat (its checks "five weeks ago"). Before: the river authority finding no working smoke alarm on 23 of 80
# houseboats, Fri 8 May 2415. Its twin elsewhere, unmentioned by any event report: a houseboat burning at Zaddlecombe,
# Gruzenia, its owner of 52 escaping, Thu 13 Nov 2414.

CAWLINHYTHE_FIRE: list[Dated] = [
    (D(2415, 6, 12), (
        "Woman dies as fire destroys houseboat",
        "CAWLINHYTHE, Achrania (ACP) - A woman of 66 died on Friday night when fire destroyed the houseboat where she "
        "lived on the river at Cawlinhythe, the fire service said. Neighbours untied eleven boats moored alongside "
        "and pushed them out into the current to stop the flames spreading. Firefighters pumped water from the river "
        "onto the burning hull until it sank at its mooring. Her body was recovered by divers. Police said the fire "
        "did not appear to have been started on purpose.",
    )),
    (D(2415, 6, 12), (
        "Houseboat fire on river claims a life",
        "One person has died in a fire on a houseboat in Cawlinhythe. People living on boats nearby have described "
        "waking to the crackle of flames and a red glow on the water. Some of them have cut their own ropes to drift "
        "clear. Fire crews have had to carry their hoses along the towpath because their engines could not reach the "
        "bank. The river has been closed to boats while the wreck is made safe.",
    )),
    (D(2415, 6, 13), (
        "Stove blamed for houseboat fire that killed former teacher",
        "Brangwen Ruxtable, 66, a retired music teacher who died when her houseboat burned at Cawlinhythe yesterday, "
        "had lit her wood stove against the chill of the evening, her son said. Fire investigators believe a log fell "
        "against the boat's timber lining. She had lived aboard for eighteen years. Neighbours said she had no smoke "
        "alarm because the old one kept going off when she cooked. The river authority said it was giving the fire "
        "service every help.",
    )),
    (D(2415, 6, 13), (
        "\"We could hear the glass popping in her windows\"",
        "\"We could hear the glass popping in her windows, and by the time I had my boots on the whole roof was "
        "burning,\" said the man who lives on the boat moored next to Brangwen Ruxtable's. \"I banged on her hull and "
        "shouted her name. Then we had to think about the rest of us, so we cut the ropes and let the current take "
        "us. She played the cello on her deck on summer evenings. The whole mooring will miss that.\"",
    )),
    (D(2415, 6, 15), (
        "Smoke alarms ordered on every houseboat after Cawlinhythe fire",
        "Every houseboat moored on Achrania's rivers must have a working smoke alarm and a carbon monoxide alarm by "
        "the end of August or lose its mooring, the river authority ruled on Monday, three days after Brangwen "
        "Ruxtable died at Cawlinhythe. Its own checks five weeks ago had found many boats without one. The authority "
        "will hand out 500 alarms free. Her neighbours have tied their boats back up.",
    )),
]
CAWLINHYTHE_CHECKS: list[Dated] = [
    (D(2415, 5, 8), (
        "No smoke alarm on one in four houseboats, river checks find",
        "Achrania's river authority said on Friday that 23 of the 80 houseboats it checked on the country's rivers "
        "had no working smoke alarm, and that most of those heated by a wood stove had no carbon monoxide alarm "
        "either. It urged owners to fit both and to sweep their flues every spring. It said it would think about "
        "making alarms a condition of a mooring licence.",
    )),
]
ZADDLECOMBE_FIRE: list[Dated] = [
    (D(2414, 11, 13), (
        "Houseboat owner escapes as fire guts boat",
        "A man of 52 escaped through a hatch on Thursday when fire broke out on the houseboat he lives on at "
        "Zaddlecombe, in Gruzenia, the fire brigade said. His smoke alarm woke him. The blaze, which started in a gas "
        "heater, gutted the cabin but was put out before the hull was damaged. Three boats moored beside it were "
        "moved by their owners. He was treated for smoke and stayed with a friend ashore.",
    )),
]


# ~~~ background ~~~ village jottings, one dated the day before each event and nowhere near any kind here

BACKGROUND: list[Dated] = [
    (D(2414, 3, 14), (
        "Frogspawn count",
        "Schoolchildren at Buxwold counted clumps of frogspawn in the millpond on Friday.",
    )),
    (D(2414, 5, 10), (
        "Maypole practice",
        "Dancers at Hullabrook practised plaiting ribbons about the maypole by the smithy on Saturday.",
    )),
    (D(2414, 7, 18), (
        "Cherry picking",
        "Families at Ockwinsey filled punnets with cherries in the old orchard on Friday.",
    )),
    (D(2414, 10, 9), (
        "Conker match",
        "Boys and girls at Kindlecote knocked conkers off strings at the school gate on Thursday.",
    )),
    (D(2414, 12, 3), (
        "Holly wreaths",
        "The flower club at Nuthatchley twisted holly and ivy into wreaths for the church door on Wednesday.",
    )),
    (D(2415, 2, 11), (
        "Pancake batter",
        "The scouts at Bretewell whisked batter for their pancake supper on Wednesday evening.",
    )),
    (D(2415, 3, 18), (
        "Daffodil show",
        "Growers at Tiskiham set out their daffodils in jam jars on the village hall stage on Wednesday.",
    )),
    (D(2415, 4, 17), (
        "Egg rolling",
        "Children at Snodbury rolled dyed eggs down the slope below the church on Friday.",
    )),
    (D(2415, 5, 23), (
        "Duck race",
        "Hundreds of plastic ducks bobbed under the bridge at Rindiby for the cricket club on Saturday.",
    )),
    (D(2415, 6, 11), (
        "Rose fair",
        "Gardeners at Kotheby judged the best scented rose at the almshouse garden on Thursday.",
    )),
]


SEVENTYFIRST_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "gormthwaite": (GORMTHWAITE_KART, GORMTHWAITE_FINED + OSKWATER_KART),
    "sconceby": (SCONCEBY_FUMES, SCONCEBY_CHECKS + ASHTONBY_FUMES),
    "mawdesfold": (MAWDESFOLD_EYE, MAWDESFOLD_FINED + GOBBINSHAW_EYE),
    "lannaford": (LANNAFORD_CYLINDER, LANNAFORD_WARNING + DUBWICK_CYLINDER),
    "muxbury": (MUXBURY_COUGH, MUXBURY_FINED + CLEEFORD_COUGH),
    "abbenrook": (ABBENROOK_FIRE, ABBENROOK_WARNING + PEWSTERHAM_FIRE),
    "drenmouth": (DRENMOUTH_COMPACTOR, DRENMOUTH_FINED + LOSTWITHY_CONTAINER),
    "yaskeldon": (YASKELDON_BLAST, YASKELDON_WARNING + KAVINGSBY_BLAST),
    "elvingham": (ELVINGHAM_BOAT, ELVINGHAM_CHARGED + PURLBURY_PEDALO),
    "cawlinhythe": (CAWLINHYTHE_FIRE, CAWLINHYTHE_CHECKS + ZADDLECOMBE_FIRE),
}

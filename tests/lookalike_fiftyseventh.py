"""Look-alike set fifty-seven, made up blind on 6078db0: not one report in it has been fed to grouping or to the
engine, nor counted by ``tests.lookalike_count``, while grouping went on being worked on over the other sets. It
joins ``DEFAULT_SETS`` only once it has been counted twice, on 6078db0 and on a later session's code. The ten kinds
are every one hard news, two from each of five fields: natural hazards other than earthquakes, politics and
elections, emergency services and public safety, the sea and shipping, and shops and consumer goods. A grep for each
through the look-alike modules written so far, every own claims YAML and grouping's stories found nothing:

* a waterspout coming ashore on a dune campsite, two dead and 23 hurt; after: the weather office promising
  waterspout warnings four months on; elsewhere: a waterspout capsizing five fishing boats in a harbour abroad
  eleven months on;
* a gale throwing a 30-metre plane tree onto a rush-hour bus, two passengers dead; after: 38 of the avenue's planes
  felled as rotten eight weeks on; elsewhere: a storm beech falling across a tram abroad, its driver killed, eight
  months before;
* a fistfight on the floor of a national assembly over lengthening the president's term, three deputies in
  hospital; after: eight deputies barred for 30 days two months on; elsewhere: two councillors cut in a regional
  assembly's budget brawl abroad eleven months before;
* about 3,100 postal ballots found unopened in a town hall storeroom after a mayor won by 212 votes; after: an
  explainer of how the recount made the loser mayor four weeks on; elsewhere: 640 ballots found in a polling
  chairman's car boot abroad ten months on;
* a volunteer mountain rescuer killed when a helicopter's winch cable snapped in a gorge; after: an explainer of why
  the cable parted, six months on; elsewhere: a coastguard winchman falling eight metres abroad nine months on;
* 37 swimmers, 22 of them children, taken to hospital after chlorine gas filled a town's swimming baths; before: the
  inspectors' warning about the tanks three weeks earlier; elsewhere: twelve treated after a leak at a water park
  abroad eleven months before;
* a squall throwing a sail training brig onto her side, three cadets overboard and one lost; after: her owners barred
  from taking young people to sea four months on; elsewhere: a training ketch rolling over abroad with all 14 cadets
  saved, eleven months on;
* a cargo ship losing her steering and running through a town's marina, about 40 yachts sunk or crushed; before:
  the same ship held in another port over her steering gear five weeks earlier; elsewhere: a ferry damaging 12
  fishing boats at their moorings abroad nine months before;
* some 210,000 pressure cookers recalled after their lids blew off and scalded 17 people; after: the maker fined
  five months on; elsewhere: a quote piece from a woman burned by another maker's cooker abroad, five months before;
* about 480,000 chests of drawers recalled by a furniture chain after one fell on a boy of two and killed him;
  before: the safety board's warning after two children were hurt, five weeks earlier; elsewhere: 60,000 wardrobes
  recalled abroad after a girl was hurt, eleven months on.

Close neighbours the grep did find, and which were not used again: a dust storm engulfing a city, a hailstorm's
insured damage, a hanging glacier creeping above a village, an ice fishing derby's floe, an ice jam flooding a town,
lightning striking golf spectators, a deputy pressing absent colleagues' voting buttons, misprinted ballot papers, a
speaker resigning after an ethics finding, a false missile alert to phones, an emergency line's failure, dry
hydrants at a fire, ambulances queueing outside hospitals, a chlorine leak at a chemical works, an ocean racer
dismasted, pirates freeing a tanker, a barge string striking a bridge pier, e-bike batteries recalled, an escalator
running backwards and a department store chain's Christmas trading.

Three events carry one report headlined by a quotation or framed as an explainer (a clerk who ducked as the
assembly's benches emptied, a mother in the baths' gallery, how a ship's steering gear can fail leaving port), and
three look-alikes take the same shape (how the sacked ballots made a new mayor, why the winch cable parted, a woman scalded
abroad). Beyond those, the reports arrive as news mostly does: wire copy under a dateline that names the weekday;
broadcast openings in "has" and "have" that give no day; a morning-after paper with its "yesterday"; a follow-up
from one to four days later that names the weekday of its own news; and, for each event, a piece with no day in
it at all (a town's, a trade's or parents' site, or the quotation or explainer). In each event some report glances
at the other step of the story ("said it would look into whether it should have", "would now be checked", "would
decide next month whether to suspend", "asked for the whole vote to be counted again", "would report within six
months", "three weeks ago", "would find out why the brig was under full sail", "held at Cardwenny for four days
last month", "asked prosecutors to look into", "had warned Morgansted in January"); none glances at the
happening elsewhere. Every happening elsewhere counts something its event also counts, and the two never agree (one
fisherman drowned against two campers dead, a driver dead against two passengers, two councillors hurt against
three deputies, 640 ballots against 3,100, eight metres against 20, twelve treated against 37, 14 cadets against
38, 12 boats against about 40 yachts, six burned against 17, 60,000 wardrobes against 480,000 chests); in three
events a later report gives a new figure (about 40 yachts then 43, 210,000 cookers then about 250,000, about 3,100
ballots then 3,140). Two reports make a place the bare object of a verb ("has swept Scadwick's dune campsite",
"that wrecked Lurgenby's marina"), and most follow-ups lead on a consequence, six of them with no place in the
headline. Every date is in 2322, 2328 or 2329; the reports never say which year, and by the calendar each
look-alike is within thirteen months of its event. Every person, place, body, firm, ship and figure is invented.

Laid out as ``tests.lookalike_more`` is: each kind is the event's dated reports paired with its dated look-alikes,
and ``FIFTYSEVENTH_KINDS`` keeps those pairs by kind name, the table ``tests.lookalike_count`` takes in.

Leave this file unread by grouping, by the engine and by the count until the two counts fall due that the
count module's docstring lays down.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# ~~~ scadwick ~~~ Sun 15 Jul 2328. A waterspout comes ashore at the Lymegrass Point campsite on the dunes south of
# Scadwick (Yuskaria): two dead, 23 hurt, about 60 tents and 14 caravans wrecked. Told by the Scadwick wire (Sunday),
# a broadcast opening with no day that sets the campsite straight after "has swept", the Monday paper ("yesterday"),
# the town's own site (no day) and a Tuesday follow-up on that day's closing of the campsite. Step after: waterspout
# warnings promised by the weather office, Thu 8 Nov 2328. Elsewhere: five fishing boats capsized at Nuskavel,
# Vuldovia, Sat 15 Jun 2329; the event's reports leave it unmentioned.

SCADWICK_WATERSPOUT: list[Dated] = [
    (D(2328, 7, 15), (
        "Waterspout hits crowded campsite, killing two",
        "SCADWICK, Yuskaria (Wire) - A waterspout came ashore at a crowded campsite on the dunes south of "
        "Scadwick on Sunday afternoon, killing two people and injuring 23, the coastguard said. It flattened "
        "about 60 tents and rolled 14 caravans onto their roofs before it broke up over the salt marsh behind "
        "the site, coastguard officer Mildgyth Nankervis said.",
    )),
    (D(2328, 7, 15), (
        "Spinning column of water wrecks seaside campsite",
        "A spinning column of water off the sea has swept Scadwick's dune campsite, tearing tents from the "
        "sand and tipping caravans over, and two holidaymakers have been killed.",
    )),
    (D(2328, 7, 16), (
        "Campers had minutes to run as waterspout came in",
        "Campers at the Lymegrass Point site said yesterday that they watched the waterspout form about a "
        "kilometre out and had only minutes to run for the toilet block, the one brick building on the "
        "site. The two who died, a man of 71 and his grandson, had stayed in their caravan. The forecasters "
        "had warned of thunderstorms along the coast, and the weather office said it would look into whether "
        "it should have warned of more.",
    )),
    (D(2328, 7, 16), (
        "Lifeguard club and bakery feed campers who lost everything",
        "The lifeguard club on the front opened its clubhouse to about 200 campers whose tents were gone, "
        "and the bakery on Cobweld Row kept sending pasties down to the beach until its ovens were empty.",
    )),
    (D(2328, 7, 17), (
        "Campsite closed until the summer is over",
        "Scadwick's council on Tuesday shut the Lymegrass Point campsite until the summer is over, and its "
        "owner, Bertwald Boswarva, said it would not take campers again until a storm shelter had been built. "
        "Eleven of the injured were still in hospital.",
    )),
]
SCADWICK_WARNINGS: list[Dated] = [
    (D(2328, 11, 8), (
        "Weather office to warn of waterspouts after campsite deaths",
        "Yuskaria's weather office said on Thursday it would start issuing waterspout warnings for the coast "
        "next summer, after a review of the one that killed two campers at Scadwick in July found that its "
        "forecasters had seen the signs on radar but had no warning they could send.",
    )),
]
NUSKAVEL_HARBOUR: list[Dated] = [
    (D(2329, 6, 15), (
        "Waterspout capsizes fishing boats in Nuskavel harbour",
        "A waterspout crossed the harbour at Nuskavel, in Vuldovia, early on Saturday and capsized five "
        "fishing boats at their moorings, and a fisherman who was asleep aboard one of them drowned, the "
        "harbour master said.",
    )),
]

# ~~~ zolthaven ~~~ Wed 18 Oct 2322. A gale brings a plane tree about 30 metres tall down on a bus on Haubrecht
# Avenue in Zolthaven (Brezmonia): two passengers dead, 11 hurt. Told by the Zolthaven wire (Wednesday), a broadcast
# opening with no day, the Thursday paper ("yesterday"; all 140 planes to be checked), the shopkeepers' piece (no
# day) and a Saturday follow-up naming the dead on Friday. Step after: 38 rotten planes cut down, Tue 12 Dec 2322.
# Elsewhere: a beech on a tram in Frolmark, Krevosta, its driver killed, Thu 16 Feb 2322; the event's reports leave
# it unmentioned.

ZOLTHAVEN_BUS: list[Dated] = [
    (D(2322, 10, 18), (
        "Storm fells tree onto city bus, two dead",
        "ZOLTHAVEN, Brezmonia (Wire) - A plane tree about 30 metres tall was blown down onto a city bus on "
        "Zolthaven's Haubrecht Avenue on Wednesday morning in gusts of up to 110 km/h, killing two passengers "
        "and injuring 11, the city's fire service said. Firefighters cut through the trunk for nearly three "
        "hours to free the driver.",
    )),
    (D(2322, 10, 18), (
        "Huge old tree crushes top deck of rush-hour bus",
        "Storm winds have brought a huge old tree down across a crowded bus in the middle of the rush hour, "
        "crushing its top deck, and two of the people on board have died.",
    )),
    (D(2322, 10, 19), (
        "Haubrecht plane was passed as sound in April",
        "The plane tree that fell on the number 14 bus yesterday had been looked at in April and found "
        "sound, Zolthaven's parks department said. Deputy mayor Plegmund Jewsbury said every one of the "
        "avenue's 140 planes would now be checked, and that any found rotten would come down.",
    )),
    (D(2322, 10, 19), (
        "Florist handed out blankets to bus passengers",
        "The florist and the shoe mender facing the stop where the tree came down opened their doors to the "
        "passengers who climbed out of the lower deck, and the florist gave away every blanket she had in the "
        "back of the shop.",
    )),
    (D(2322, 10, 21), (
        "Avenue to stay shut while its trees are tested",
        "Haubrecht Avenue will stay closed to traffic until at least Monday while tree surgeons test the "
        "rest of its planes, the city said on Friday, and the bus company named the two who died as Hereswith "
        "Rowse, 64, and a student, Tatwine Womersley, 19.",
    )),
]
ZOLTHAVEN_FELLING: list[Dated] = [
    (D(2322, 12, 12), (
        "Zolthaven fells 38 rotten planes on Haubrecht Avenue",
        "Zolthaven began on Tuesday to cut down 38 of the plane trees along Haubrecht Avenue that inspectors "
        "found rotten at the base, after one of them fell on a bus in October and killed two people.",
    )),
]
FROLMARK_TRAM: list[Dated] = [
    (D(2322, 2, 16), (
        "Storm brings beech down on tram in Frolmark",
        "A beech torn up by a storm fell across a tram in Frolmark, in Krevosta, on Thursday evening, "
        "killing its driver and hurting four passengers, the tram company said.",
    )),
]

# ~~~ kolmengard ~~~ Thu 14 Mar 2329. A fistfight on the floor of Perstavia's National Assembly in Kolmengard as
# deputies debate a bill to lengthen the president's term by two years; three deputies to hospital. Told by the
# Kolmengard wire (Thursday), a broadcast opening with no day, the Friday paper ("yesterday"; the ethics committee
# to decide next month), a clerk's own words (no day) and a Saturday follow-up on that day's locked-door vote. Step
# after: eight deputies barred, Tue 14 May 2329. Elsewhere: a budget brawl in the Pesquarra regional assembly,
# Gruvania, two councillors cut, Wed 11 Apr 2328; the event's reports leave it unmentioned.

KOLMENGARD_BRAWL: list[Dated] = [
    (D(2329, 3, 14), (
        "Deputies trade blows in debate on president's term",
        "KOLMENGARD, Perstavia (Wire) - A fistfight broke out on the floor of Perstavia's National Assembly on "
        "Thursday as deputies debated a bill to lengthen the president's term by two years, and three deputies "
        "were taken to hospital, one with a broken jaw. Speaker Leofgyth Oldroyd halted the sitting after "
        "opposition deputies tried to snatch the voting register from the clerks' table.",
    )),
    (D(2329, 3, 14), (
        "Punches and bottles fly in parliament over term bill",
        "Deputies have traded punches and hurled water bottles across the chamber of the National Assembly, "
        "and the sitting has been halted with the vote on the president's term still not taken.",
    )),
    (D(2329, 3, 15), (
        "Opposition deputy's jaw broken on chamber steps",
        "Opposition deputy Gerlach Mitchinson had his jaw broken yesterday when he was shoved down the steps "
        "of the chamber, his party said. The ruling party's whip, Osgyth Scargill, said the opposition threw "
        "the first punch, and the Assembly's ethics committee said it would decide next month whether to "
        "suspend deputies on both sides.",
    )),
    (D(2329, 3, 15), (
        "'I held the register to my chest and ducked'",
        "Godgifu Spedding has kept the Assembly's record of speakers for nineteen years, and was writing "
        "down a name when the benches emptied. 'I held the register to my chest and ducked,' she says. 'A "
        "chair went over my head. I have heard plenty of shouting in that room, but never seen grown men "
        "rolling about on the carpet.'",
    )),
    (D(2329, 3, 16), (
        "Term bill passes behind locked doors",
        "Perstavia's National Assembly passed the bill lengthening the president's term by 142 votes to 61 on "
        "Saturday, at a sitting closed to the public and watched by police inside the chamber, after the "
        "opposition walked out.",
    )),
]
KOLMENGARD_BARRED: list[Dated] = [
    (D(2329, 5, 14), (
        "Eight deputies barred from Assembly over chamber fight",
        "Perstavia's National Assembly on Tuesday barred eight deputies, five of them from the opposition, from "
        "its sittings for 30 days over the fight on the chamber floor in March in which a deputy's jaw was "
        "broken.",
    )),
]
PESQUARRA_BUDGET: list[Dated] = [
    (D(2328, 4, 11), (
        "Brawl halts Pesquarra assembly's budget vote",
        "Councillors of the Pesquarra regional assembly, in Gruvania, came to blows on Wednesday over a budget "
        "that cut spending in the mountain districts, and two of them needed stitches to the face, the "
        "assembly's spokesman said.",
    )),
]

# ~~~ hapsworth ~~~ Tue 16 Oct 2328. About 3,100 postal ballots from Hapsworth's (Valquesne) mayoral election, won by
# 212 votes nine days before, are found unopened in a town hall storeroom. Told by the Hapsworth wire (Tuesday), a
# broadcast opening with no day, the Wednesday paper ("yesterday"; the loser wants a full recount), the town's site
# (no day) and a Friday follow-up on Thursday's setting of the count for Monday. Step after: explainer on the recount
# that made the loser mayor, Wed 14 Nov 2328. Elsewhere: 640 ballots in a polling chairman's car boot at Wirrenza,
# Rostvania, Fri 9 Aug 2329; the event's reports leave it unmentioned.

HAPSWORTH_BALLOTS: list[Dated] = [
    (D(2328, 10, 16), (
        "Thousands of postal votes found unopened after mayoral race",
        "HAPSWORTH, Valquesne (Wire) - About 3,100 postal ballots from this month's mayoral election in "
        "Hapsworth were found unopened in sacks in a town hall storeroom on Tuesday, nine days after the vote "
        "was won by 212 votes, the regional electoral board said. Board chairman Heahberht Gummerson said the "
        "winner, Eanflaed Nattrass, would not be sworn in until they had been counted.",
    )),
    (D(2328, 10, 16), (
        "Sacks of uncounted votes turn up in town hall cupboard",
        "Sacks of postal votes that nobody ever opened have turned up in a town hall cupboard, in a town "
        "whose new mayor won by only a couple of hundred votes.",
    )),
    (D(2328, 10, 17), (
        "Cleaner found ballot sacks behind the mop buckets",
        "The sacks of postal votes were found yesterday by a cleaner behind the mop buckets in a storeroom "
        "on the town hall's ground floor, where the post room had left them on the eve of the count, town "
        "clerk Lullus Stanwick said. The defeated candidate, Edric Garbutt, asked for the whole vote to "
        "be counted again.",
    )),
    (D(2328, 10, 17), (
        "Was my vote in the sacks? Callers jam the town hall line",
        "The town hall's telephone line has been busy all day with residents who voted by post and want to "
        "know whether theirs was among the ballots left in the storeroom. The clerk's office says it cannot "
        "tell anyone until the sacks have been opened.",
    )),
    (D(2328, 10, 19), (
        "Hapsworth's forgotten ballots to be counted in public on Monday",
        "The regional electoral board said on Thursday that the 3,140 ballots found would be counted in Hapsworth's "
        "sports hall on Monday with both candidates watching, and that the head of the post room had been "
        "suspended.",
    )),
]
HAPSWORTH_RECOUNT: list[Dated] = [
    (D(2328, 11, 14), (
        "How a cupboard of postal votes gave Hapsworth a new mayor",
        "The count took eleven hours. Of the ballots from the storeroom, 2,940 were valid, and they broke "
        "heavily for Edric Garbutt, who had spent his campaign among the town's retired people, the likeliest "
        "to vote by post. He ended 408 votes ahead, and the electoral board declared him mayor on Tuesday.",
    )),
]
WIRRENZA_CAR_BOOT: list[Dated] = [
    (D(2329, 8, 9), (
        "Police find 640 ballots in polling chairman's car",
        "Police in Wirrenza, in Rostvania, found 640 ballots from June's parliamentary election in the boot of "
        "a car belonging to the chairman of a polling station on Friday, the national election office said.",
    )),
]

# ~~~ drumnoggan ~~~ Sun 12 Mar 2322. A rescue helicopter's winch cable snaps as a volunteer mountain rescuer is
# lifted out of the Scarnwater Gorge near Drumnoggan (Slevnia) with an injured climber: both fall about 20 metres,
# the rescuer dies. Told by the Drumnoggan wire (Sunday), a broadcast opening with no day, the Monday paper
# ("yesterday"; the air accident office to report within six months), the rescue team's town site (no day) and a
# Tuesday follow-up on that day's return of four helicopters. Step after: why the cable parted, explained, Fri 15
# Sep 2322. Elsewhere: a coastguard winchman falling eight metres at Yulmark, Wuskavia, Mon 11 Dec 2322; the event's
# reports leave it unmentioned.

DRUMNOGGAN_WINCH: list[Dated] = [
    (D(2322, 3, 12), (
        "Mountain rescuer killed as helicopter winch cable snaps",
        "DRUMNOGGAN, Slevnia (Wire) - A volunteer mountain rescuer was killed on Sunday when the winch cable "
        "of a rescue helicopter snapped as he was being lifted out of the Scarnwater Gorge with an injured "
        "climber, the air rescue service said. Both fell about 20 metres onto the rocks; the climber, a woman "
        "of 29, was flown to hospital with a broken pelvis.",
    )),
    (D(2322, 3, 12), (
        "Rescuer dies after cable gives way under helicopter",
        "A mountain rescue volunteer has died after the cable hoisting him up to a helicopter gave way with "
        "him and an injured climber hanging from it.",
    )),
    (D(2322, 3, 13), (
        "All seven rescue helicopters grounded after winch death",
        "Slevnia's air rescue service grounded its seven helicopters yesterday while every winch cable is "
        "examined, after the death of rescuer Rumwold Naisbitt in the Scarnwater Gorge. The air accident office "
        "said its inspectors had taken the broken cable away and would report within six months.",
    )),
    (D(2322, 3, 13), (
        "Black flag over the Drumnoggan rescue base",
        "Members of the Drumnoggan mountain rescue team, every one of them a volunteer, hung a black flag from "
        "their base by the bridge, and climbers left coiled ropes and flowers at its door.",
    )),
    (D(2322, 3, 14), (
        "Slevnia's rescue helicopters fly again with new cables",
        "Four of the air rescue service's seven helicopters flew again on Tuesday with new winch cables fitted, "
        "and the other three would follow by the weekend, the service said.",
    )),
]
DRUMNOGGAN_REPORT: list[Dated] = [
    (D(2322, 9, 15), (
        "Why the Scarnwater winch cable parted",
        "The air accident office's report, published on Thursday, finds that the cable had been wound back onto "
        "its drum too slackly after its last service, so that its strands ground against one another on every "
        "lift until eleven of them had broken inside. Nothing showed on the outside, the report says, and the "
        "maker's manual never told anyone to look.",
    )),
]
YULMARK_WINCHMAN: list[Dated] = [
    (D(2322, 12, 11), (
        "Coastguard winchman hurt as cable snaps on exercise",
        "A coastguard winchman fell about eight metres onto a ledge below the cliffs at Yulmark, in Wuskavia, "
        "on Monday when a winch cable snapped during a training exercise, and broke both legs, the coastguard "
        "said.",
    )),
]

# ~~~ alvrenna ~~~ Sat 19 Jan 2329. Chlorine gas fills the main hall of Alvrenna's swimming baths (Saxmoria) in a
# children's lesson: 37 swimmers, 22 of them children, to hospital. Told by the Alvrenna wire (Saturday), a broadcast
# opening with no day, the Sunday paper ("yesterday"; the inspectors' warning three weeks ago), a mother's own words
# (no day) and a Tuesday follow-up on Monday's month-long closure. Step before: the inspectors' warning, Fri 28 Dec
# 2328. Elsewhere: twelve treated at the Lemvossa water park, Jolvaria, Sun 19 Feb 2328; the event's reports leave
# it unmentioned.

ALVRENNA_CHLORINE: list[Dated] = [
    (D(2329, 1, 19), (
        "Dozens in hospital after chlorine gas fills swimming baths",
        "ALVRENNA, Saxmoria (Wire) - Thirty-seven swimmers, 22 of them children, went to hospital struggling "
        "to breathe on Saturday after chlorine gas filled the main hall of Alvrenna's public swimming "
        "baths during a children's lesson, the fire service said. Fire officer Ingeld Varncombe said a "
        "delivery driver appeared to have pumped acid into the tank that held the pool's chlorine.",
    )),
    (D(2329, 1, 19), (
        "Children led coughing from pool as gas cloud spreads",
        "Children in the middle of a swimming lesson have been led coughing out of a public pool after a "
        "cloud of chlorine gas spread through the hall, and dozens have gone to hospital.",
    )),
    (D(2329, 1, 20), (
        "Four children kept in hospital after baths gas leak",
        "Four children were kept in hospital overnight after yesterday's leak at Alvrenna's swimming baths, "
        "and the rest of those treated went home. The council said inspectors had told it three weeks ago "
        "that the acid and chlorine tanks stood too close together and were marked alike, and that moving "
        "them had been planned for the spring.",
    )),
    (D(2329, 1, 20), (
        "'The water looked fine, then everyone was coughing'",
        "Saeburh Pallister was watching her seven-year-old from the gallery. 'The water looked fine, then "
        "everyone was coughing,' she says. 'The teacher blew her whistle and pulled them to the far end, by "
        "the fire door. I could not get down the stairs for the people coming up.'",
    )),
    (D(2329, 1, 22), (
        "Alvrenna baths shut for a month",
        "Alvrenna's swimming baths will not reopen for a month or more while the tank room is rebuilt, the "
        "council said on Monday; police had questioned the driver who made the delivery, they added.",
    )),
]
ALVRENNA_WARNING: list[Dated] = [
    (D(2328, 12, 28), (
        "Inspectors warn Alvrenna over chemical tanks at baths",
        "Safety inspectors told Alvrenna's council on Friday that the tanks holding acid and chlorine at its "
        "swimming baths were too close together and too alike, so that a delivery could go into the wrong "
        "one, and asked it to move them.",
    )),
]
LEMVOSSA_WATER_PARK: list[Dated] = [
    (D(2328, 2, 19), (
        "Twelve treated after chlorine leak at water park",
        "Twelve visitors to the water park at Lemvossa, in Jolvaria, were treated for breathing problems on "
        "Sunday after chlorine escaped from a pump room beside the wave pool, the park's owners said.",
    )),
]

# ~~~ snarrowby ~~~ Thu 17 May 2328. A squall throws the sail training brig Eiderholm onto her side off Cape
# Skuavik (Eskhavia): three cadets overboard, two picked up, a boy of 17 missing; 49 aboard, 38 cadets. Told by the
# Snarrowby wire (Thursday), a broadcast opening with no day, the Friday paper ("yesterday"), the harbour's site (no
# day) and a Saturday follow-up on Friday's end of the search and promise of an inquiry. Step after: the trust barred
# from taking young people to sea, Wed 12 Sep 2328. Elsewhere: the ketch Auklund rolling over off Suvrenna, Twelmark,
# all 14 cadets saved, Sat 13 Apr 2329; the event's reports leave it unmentioned.

SNARROWBY_BRIG: list[Dated] = [
    (D(2328, 5, 17), (
        "Cadet missing after squall knocks training ship flat",
        "SNARROWBY, Eskhavia (Wire) - A squall threw the sail training brig Eiderholm onto her side off "
        "Cape Skuavik on Thursday afternoon and washed three of her cadets overboard, the coastguard said. A "
        "lifeboat pulled two from the water, and the search for the third, a boy of 17, went on after dark. "
        "There were 49 people aboard, 38 of them cadets.",
    )),
    (D(2328, 5, 17), (
        "Search under way for teenager swept off sailing ship",
        "A sail training ship full of teenagers has been thrown on her side by a sudden squall, and a search "
        "is under way for a cadet who went into the sea.",
    )),
    (D(2328, 5, 18), (
        "Eiderholm was under full sail when the squall struck",
        "The brig Eiderholm was carrying all her canvas when the squall hit her yesterday, cadets told their "
        "families on the quay at Snarrowby, where she was towed in after dark. The Eskhavia Sail Trust, "
        "which owns her, said her master, Wihtburh Shotton, had been told of a line of storms ahead.",
    )),
    (D(2328, 5, 18), (
        "Harbour café kept open all night for cadets' families",
        "Families waited on the quay wrapped in the lifeboat crew's blankets until the brig came in under "
        "tow, and the harbour café stayed open until the last of them had gone home.",
    )),
    (D(2328, 5, 19), (
        "Search for missing cadet called off",
        "The coastguard gave up its search for the missing cadet from the Eiderholm on Friday evening, and "
        "the sea safety office said it would find out why the brig was under full sail with a squall "
        "forecast.",
    )),
]
SNARROWBY_BARRED: list[Dated] = [
    (D(2328, 9, 12), (
        "Sail trust barred from taking cadets to sea",
        "Eskhavia's sea safety office on Wednesday barred the Eskhavia Sail Trust from taking young people "
        "to sea, after finding that the master of its brig Eiderholm had kept full sail set into the squall in "
        "May in which a cadet drowned.",
    )),
]
SUVRENNA_KETCH: list[Dated] = [
    (D(2329, 4, 13), (
        "Sail training ketch rolls over in squall, cadets rescued",
        "The sail training ketch Auklund rolled over in a squall off Suvrenna, in Twelmark, on Saturday, and "
        "a fishing boat picked all 14 cadets and her four crew out of the water, the coastguard said.",
    )),
]

# ~~~ lurgenby ~~~ Tue 17 Sep 2329. The 8,700-tonne cargo ship Hjolmar Star loses her steering leaving Lurgenby
# (Mirthavia) and runs into the marina: about 40 yachts sunk or crushed, one man hurt. Told by the Lurgenby wire
# (Tuesday), a broadcast opening with no day, the Wednesday paper ("yesterday"; the ship held at Cardwenny last
# month; the marina straight after "wrecked"), an explainer (no day) and a Thursday follow-up that counts 43 yachts.
# Step before: the ship detained at Cardwenny, Wed 14 Aug 2329. Elsewhere: a ferry damaging 12 fishing boats at Port
# Elmsrode, Oprinia, Thu 13 Dec 2328; the event's reports leave it unmentioned.

LURGENBY_MARINA: list[Dated] = [
    (D(2329, 9, 17), (
        "Cargo ship loses steering and ploughs into marina",
        "LURGENBY, Mirthavia (Wire) - A cargo ship lost her steering as she left the port of Lurgenby on "
        "Tuesday morning and ran into the town's marina, sinking or crushing about 40 yachts before two tugs "
        "pulled her clear, the harbour authority said. One man asleep on his boat was hurt. Harbour master "
        "Brihtric Howkins said the 8,700-tonne Hjolmar Star had been heading out with a cargo of timber.",
    )),
    (D(2329, 9, 17), (
        "Masts stick out of the water after ship hits yachts",
        "A cargo ship has ploughed through rows of moored yachts after her steering failed, leaving masts "
        "poking out of the water all across the marina.",
    )),
    (D(2329, 9, 18), (
        "Hjolmar Star was held in port last month over steering fault",
        "The cargo ship that wrecked Lurgenby's marina yesterday was held at Cardwenny for four days last "
        "month over a fault in her steering gear, inspectors' records show. Her owners, Byrnestad Shipping, "
        "said the fault had been mended and signed off before she sailed again.",
    )),
    (D(2329, 9, 18), (
        "How a ship can lose her steering on the way out of port",
        "A ship's rudder is swung by hydraulic rams, driven by pumps in a steering gear room deep in the "
        "stern. Most ships carry two pumps so that either can fail, but if air or grit gets into the oil both "
        "can lose their grip on the rudder together, and a ship of several thousand tonnes moving at harbour "
        "speed needs hundreds of metres to stop.",
    )),
    (D(2329, 9, 19), (
        "Divers survey Lurgenby's sunken yachts as ship stays under arrest",
        "Divers sent by insurers began on Thursday to survey the 43 yachts sunk or holed in Lurgenby's marina, "
        "and the port said the Hjolmar Star would stay under arrest until her owners put up a bond.",
    )),
]
LURGENBY_DETAINED: list[Dated] = [
    (D(2329, 8, 14), (
        "Cargo ship detained at Cardwenny over steering defect",
        "Inspectors detained the cargo ship Hjolmar Star at the port of Cardwenny, in Mirthavia, on Wednesday "
        "after her steering gear failed a test, the maritime office said.",
    )),
]
ELMSRODE_FERRY: list[Dated] = [
    (D(2328, 12, 13), (
        "Ferry loses steering and hits fishing fleet in Port Elmsrode",
        "A ferry lost her steering as she came into Port Elmsrode, in Oprinia, on Thursday and ran into the "
        "fishing fleet's moorings, damaging 12 boats, the port said; nobody was hurt.",
    )),
]

# ~~~ rusperfield ~~~ Tue 13 Jun 2322. Lurvania's consumer safety office says the kitchenware maker Mealcraft is
# recalling some 210,000 Vapora pressure cookers whose lids blew off and scalded 17 people. Told by the Rusperfield
# wire (Tuesday), a broadcast opening with no day, the Wednesday paper ("yesterday"; prosecutors asked to look into
# it), a trade site (no day) and a Friday follow-up on Thursday's returns, the recall now about 250,000. Step after:
# Mealcraft fined, Fri 17 Nov 2322. Elsewhere: a woman burned by a Knudsvik cooker at Vaddingley, Istermark, in her
# own words, Wed 18 Jan 2322; the event's reports leave it unmentioned.

RUSPERFIELD_COOKERS: list[Dated] = [
    (D(2322, 6, 13), (
        "Pressure cookers recalled after lids blow off, scalding 17",
        "RUSPERFIELD, Lurvania (Wire) - The kitchenware maker Mealcraft is recalling about 210,000 pressure "
        "cookers sold over the past three years after their lids blew off in use and scalded 17 people, "
        "Lurvania's consumer safety office announced on Tuesday. Office director Odgifu Tappscott said a catch "
        "meant to keep the lid shut under pressure could wear through after a few hundred uses.",
    )),
    (D(2322, 6, 13), (
        "Owners told to stop using cookers whose lids fly off",
        "Hundreds of thousands of pressure cookers are being called back after their lids burst off and "
        "sprayed boiling food across kitchens, and owners have been told to stop cooking with them at once.",
    )),
    (D(2322, 6, 14), (
        "Girl of nine among those scalded by Vapora cookers",
        "Among the 17 scalded is a girl of nine, still in hospital in Rusperfield with burns to her chest and "
        "arms, the consumer office said yesterday. Mealcraft, which sold the Vapora through supermarkets and "
        "its own shops, said it would refund buyers in full, and the office said it had asked prosecutors to "
        "look into whether the firm had known of the fault for months.",
    )),
    (D(2322, 6, 14), (
        "Kitchen shops clear Vapora cookers from their shelves",
        "Department stores and kitchen shops took the Vapora off sale within hours, and several said they "
        "had stopped reordering it over the winter because so many came back.",
    )),
    (D(2322, 6, 16), (
        "Queues out of the door as owners bring cookers back",
        "Mealcraft's 60 shops took back about 14,000 pressure cookers on Thursday, the firm said, and it added "
        "some 40,000 sold abroad to the recall, which now covers about 250,000.",
    )),
]
RUSPERFIELD_FINED: list[Dated] = [
    (D(2322, 11, 17), (
        "Mealcraft fined for selling cookers it knew were faulty",
        "A court in Rusperfield fined the kitchenware maker Mealcraft 2.4 million crowns on Friday, finding that "
        "it had kept selling its Vapora pressure cookers for five months after its own engineers warned that "
        "their lid catches wore out.",
    )),
]
VADDINGLEY_SCALDED: list[Dated] = [
    (D(2322, 1, 18), (
        "'The lid hit the ceiling and the soup hit me'",
        "Gytha Duntisbourne was making bean soup in her flat in Vaddingley, in Istermark, when the lid of her "
        "pressure cooker flew off. 'The lid hit the ceiling and the soup hit me,' she says. She is one of six "
        "people burned by the Knudsvik cooker, which its maker took off sale on Monday.",
    )),
]

# ~~~ ivelthorpe ~~~ Thu 23 Feb 2328. The furniture chain Morgansted recalls about 480,000 Tovra chests of drawers
# after one tipped onto a boy of two in Ivelthorpe (Kuldravia) and killed him. Told by the Ivelthorpe wire
# (Thursday), a broadcast opening with no day, the Friday paper ("yesterday"; the board's warning in January), a
# parents' site (no day) and a Monday follow-up on that day's halt to tall chests. Step before: the board's warning
# after two children were hurt, Fri 20 Jan 2328. Elsewhere: 60,000 wardrobes recalled after a girl was hurt at
# Harsvik, Uxmoria, Wed 16 Jan 2329; the event's reports leave it unmentioned.

IVELTHORPE_CHESTS: list[Dated] = [
    (D(2328, 2, 23), (
        "Furniture chain recalls 480,000 chests after toddler's death",
        "IVELTHORPE, Kuldravia (Wire) - The furniture chain Morgansted is recalling about 480,000 chests of "
        "drawers after one tipped over onto a boy aged two in his bedroom and crushed him to death, "
        "Kuldravia's product safety board said on Thursday. The chain, which has 54 stores, will collect the "
        "chests free or fit wall straps, chief executive Sigtrygg Hargreaves said.",
    )),
    (D(2328, 2, 23), (
        "Parents told to move tipping chests out of children's rooms",
        "A furniture chain has called back hundreds of thousands of chests of drawers after one fell on a "
        "little boy and killed him, and parents have been told to take them out of children's rooms until "
        "they are fixed to the wall.",
    )),
    (D(2328, 2, 24), (
        "Safety board warned Morgansted about tipping chests in January",
        "The product safety board said yesterday that it had warned Morgansted in January that its Tovra "
        "chests could topple if a child pulled out the top drawers, after two earlier cases in which children "
        "were hurt. The chain says it then sent straps to every customer who asked for them.",
    )),
    (D(2328, 2, 24), (
        "Wall straps run out at the Ivelthorpe store",
        "The car park of the Morgansted store on Ivelthorpe's ring road was full by mid-morning with parents "
        "carrying drawers in from their car boots, and the staff ran out of wall straps before lunch.",
    )),
    (D(2328, 2, 27), (
        "Tall chests taken off sale until tested",
        "Morgansted said on Monday it would stop selling any chest taller than a metre until it had been "
        "tested for tipping, and the safety board said 61,000 Tovra chests had been returned or strapped so "
        "far.",
    )),
]
IVELTHORPE_WARNING: list[Dated] = [
    (D(2328, 1, 20), (
        "Safety board warns of tipping Tovra chests after two children hurt",
        "Kuldravia's product safety board warned parents on Friday to fix Morgansted's Tovra chests of drawers "
        "to the wall, after two children were hurt when the chests fell on them.",
    )),
]
HARSVIK_WARDROBES: list[Dated] = [
    (D(2329, 1, 16), (
        "Wardrobe maker recalls 60,000 after girl hurt in Harsvik",
        "The furniture maker Lothwick recalled about 60,000 wardrobes in Uxmoria on Wednesday after one fell "
        "on a girl of four in Harsvik and broke her arm, the country's consumer office said.",
    )),
]


# ~~~ background ~~~ village notes, each dated the day before an event, from villages that none of the kinds mention

BACKGROUND: list[Dated] = [
    (D(2328, 7, 14), (
        "Raft race",
        "Eleven home-made rafts raced down the mill leat at Twillbury on Saturday, and a bathtub won.",
    )),
    (D(2322, 10, 17), (
        "Apple pressing",
        "Volunteers pressed about 900 litres of juice from the orchard at Tupsworth on Tuesday.",
    )),
    (D(2329, 3, 13), (
        "Bell ringing",
        "The ringers of Chuffley tower rang a full peal on Wednesday evening for their captain's retirement.",
    )),
    (D(2328, 10, 15), (
        "Marrow show",
        "A marrow as long as a bicycle took the top prize at Dwimmerby's harvest show on Monday.",
    )),
    (D(2322, 3, 11), (
        "Quiz night",
        "The reading room team won the quiz night at Hwelldon on Saturday by a single point.",
    )),
    (D(2329, 1, 18), (
        "Mending café",
        "Volunteers at Wuppingham's mending café fixed 31 lamps, toasters and radios on Friday.",
    )),
    (D(2328, 5, 16), (
        "Maypole",
        "Pupils from Fyndoune school wound the maypole ribbons on Wednesday without a single tangle.",
    )),
    (D(2329, 9, 16), (
        "Duck race",
        "About 1,500 plastic ducks floated under the footbridge at Lyxbury in Monday's charity race.",
    )),
    (D(2322, 6, 12), (
        "Cake stall",
        "The cake stall outside Yffrwick's chapel sold out of lemon drizzle by ten on Monday morning.",
    )),
    (D(2328, 2, 22), (
        "Pancake race",
        "A grandmother of 70 won the pancake race along Wystmarrow's main street on Wednesday.",
    )),
]

FIFTYSEVENTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "scadwick": (SCADWICK_WATERSPOUT, SCADWICK_WARNINGS + NUSKAVEL_HARBOUR),
    "zolthaven": (ZOLTHAVEN_BUS, ZOLTHAVEN_FELLING + FROLMARK_TRAM),
    "kolmengard": (KOLMENGARD_BRAWL, KOLMENGARD_BARRED + PESQUARRA_BUDGET),
    "hapsworth": (HAPSWORTH_BALLOTS, HAPSWORTH_RECOUNT + WIRRENZA_CAR_BOOT),
    "drumnoggan": (DRUMNOGGAN_WINCH, DRUMNOGGAN_REPORT + YULMARK_WINCHMAN),
    "alvrenna": (ALVRENNA_CHLORINE, ALVRENNA_WARNING + LEMVOSSA_WATER_PARK),
    "snarrowby": (SNARROWBY_BRIG, SNARROWBY_BARRED + SUVRENNA_KETCH),
    "lurgenby": (LURGENBY_MARINA, LURGENBY_DETAINED + ELMSRODE_FERRY),
    "rusperfield": (RUSPERFIELD_COOKERS, RUSPERFIELD_FINED + VADDINGLEY_SCALDED),
    "ivelthorpe": (IVELTHORPE_CHESTS, IVELTHORPE_WARNING + HARSVIK_WARDROBES),
}

"""Seventy-third set of look-alikes. Nothing in it is real: every person, place, country, firm, office and sum of money
was invented for it. It was written blind on f771c1f6 while others in that session were busy on the engine, so no report
here has been grouped or checked, nor has ``tests.lookalike_count`` tallied it even once. It owes two counts, one on
f771c1f6 and the other after a later session's changes, and it joins ``DEFAULT_SETS`` only when both are made.

The set's hard news comes in ten kinds across five fields, two per field: mobility scooters and stairlifts, stage
hypnotists and fire performers, pedicabs and husky sleds, karaoke bars and roller discos, and billboards and rooftop
advertising screens. Before any field was chosen, each idea was looked up under several words (the place, the mishap,
the words a reporter would likely use) across each older look-alike module, each claims YAML (text, ids, descriptions,
header comments), the folder's README, and the stories under grouping's tests. None of the ten below was there:

* a man of 88 on a mobility scooter struck before dawn by a delivery van on a dual carriageway bypass; after:
  prosecutors deciding not to charge the van's driver, twelve weeks on; look-alike: a woman of 81 on a scooter with a
  broken hip after a car hits her on a ring road, five months earlier;
* a retired signalman of 84 thrown down his stairs when the seat of a second-hand stairlift tips off at the top; before:
  the consumer safety office's warning about lifts fitted by unqualified installers after 17 falls, five weeks earlier;
  look-alike: a woman of 90 with a broken wrist when her lift's seat lurches, six months later;
* a volunteer of 24 at a stage hypnotist's show falling from two chairs in a "human plank" stunt with 380 watching, who
  dies only in [5]; after: the hypnotist's manslaughter charge, twelve weeks on; look-alike: a woman walking off a
  holiday camp's stage while "hypnotised", her arm broken, some five months earlier;
* a fire breather's flame catching dried palm leaves hung under a beach bar's roof, two dead and 31 hurt among some 150
  drinkers; before: the coast's fire authority finding such decorations over fire acts at 19 of 40 bars, four weeks
  earlier; look-alike: a fire-eater at a winter fair setting a woman's fur hat alight, seven months later;
* an electric pedicab with three tourists running away down a steep cobbled lane and overturning into a cafe terrace, a
  tourist of 66 killed and five hurt; after: the pedicab firm fined 58,000 vossmarks, twelve weeks on; look-alike: a
  pedicab struck by a delivery van at a junction, two passengers hurt, six months later;
* a husky team of eight bolting after a hare on a tourist trail and driving its sled into a birch, a tourist of 58
  killed; before: the tourism board's checks finding 6 of 15 husky farms sending tourists off with no guide in sight,
  five weeks earlier; look-alike: a sled of six dogs overturning on a bend, a tourist's leg broken, ten months earlier;
* a fire in the corridor of a karaoke bar with 18 private singing rooms, nine dead and 14 hurt, its back exit padlocked;
  after: the owner and his manager charged, thirteen weeks on; look-alike: a fire in one karaoke room, about 20 singers
  out unhurt, four months earlier;
* a hired lighting frame with a mirror ball dropping from a sports hall's roof beams onto a children's roller disco, 11
  children hurt and a girl of 12 critical; before: the safety agency's warning after faults at 9 of 23 venues' hired
  rigs, five weeks earlier; look-alike: a mirror ball dropping at a roller disco, two skaters cut, five months later;
* a squall throwing down a steel billboard about 28 metres tall onto a petrol station's forecourt, three dead at once,
  42 hurt and a taxi driver dying in [3]; after: the billboard firm's owner charged, twelve weeks on; look-alike: a
  billboard some 12 metres tall blown over onto parked cars, one woman hurt, about six months later;
* a digital advertising screen some 12 metres wide on a shopping centre's roof catching fire and setting the roof
  alight, about 3,000 shoppers sent out and a firefighter hurt; before: a warning from the fire service after six
  rooftop screen fires in twelve months, four weeks earlier; look-alike: a roadside digital billboard about 8 metres
  wide burning by a ring road, nobody hurt, about three months earlier.

Some ideas came too close to older sets and were dropped. A mobility scooter's battery catching fire on charge in
sheltered flats went, since the fifty-seventh has e-bike batteries recalled and the sixty-ninth dropped an e-scooter
battery fire for that reason. A coloured powder cloud at a dance party went because of the sixty-eighth's powder tube,
and with it a foam party, which left that field with one kind; a laser show hurting eyes at a festival went because of
the sixty-fourth's laser in a cockpit; a husky sled breaking through lake ice went because of the thirtieth's ice
fishing derby. Escape rooms (the sixty-seventh, claims40), saunas (the forty-sixth, the sixty-fifth), zip wires and
trampoline parks (the sixty-seventh) were never taken up as fields. Near things kept as other happenings: the
seventy-second's limousine roof hatch and party bus and the seventy-first's pedalo beside the pedicab; the sixty-sixth's
hired quad on a hill tour beside the husky sled; the seventy-second's car meet and road racers beside the scooter on the
bypass; the sixty-eighth's shop doors and fronts beside the billboard and the rooftop screen; and the stabbing outside a
nightclub in claims85 beside the karaoke bar.

Every event is five reports, always in the same order. [1] Wire copy datelined with the town in capitals, then its
country and the agency's letters, its first sentence naming a weekday. [2] A bulletin the same day, in the present
perfect and without a weekday. [3] The following day's paper, with "yesterday" in it. [4] An undated piece: six explain
(scooters on fast roads, how a stairlift's seat is fixed, the strain of a hypnotist's stunt, why a bolting husky team
keeps going, how a karaoke bar's rooms hold smoke, why a tall billboard goes over in wind) and four begin with a
witness's words (a regular at the beach bar, the cafe's owner, a mother at the rink, a shopper). [5] A later piece from
the second or third day, with a weekday of its own, its lead being the change ("Scooters to be barred from Vuxleby
bypass", "Karaoke bars across Lonthovia to be inspected", "Every billboard over 15 metres in Kezzlemere to be checked").
Exactly one report of every event reaches towards the other step: prosecutors "could yet" charge the van's driver; the
safety office's warning came "last month"; police "would consider charging" the hypnotist; the fire authority's survey
came "last month"; the pedicab firm "could be prosecuted"; the tourism board's checks came "five weeks ago"; prosecutors
"are to decide" on the bar's owner; the agency's warning came "last month"; the billboard's owner "may face charges";
the fire service warned "four weeks ago". Look-alikes are never named in event reports. The second stairlift, the
fire-eater at the winter fair and the second billboard recall their events, the other seven do not; the scooter on the
ring road, the overturned sled and the mirror ball carry no day in their text. Some counted thing recurs between every
look-alike and the event it resembles, with a different figure (see the list). Two deaths are late: the taxi driver
under the billboard, alive in [1] and [2], has died by [3], and the hypnotist's volunteer dies only in [5]. Dates run
through 2422 and 2423; no year is written out in any report.

Kinds follow the layout of ``tests.lookalike_more``: two lists of dated reports per kind, the event's five first, then
the other step and, after it, the look-alike. ``SEVENTYTHIRD_KINDS`` names the kinds and holds those lists for the count
module.

A paragraph of the count module's docstring records when this set gets counted. Until that happens the set is not
grouped, not fed to the engine and not tallied.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# ~~~ vuxleby ~~~ Thu 13 Oct 2422, in the dark before dawn, Aubrol Chalsworth, 88, has ridden his mobility scooter some
# two kilometres along the inside lane of the Vuxleby bypass (Ossfenia; dual carriageway, 100 km/h) when a delivery van
# hits him; he dies on the road. Reports: [1] wire from Vuxleby, Thursday named; [2] bulletin, weekday unnamed; [3]
# Friday paper saying "yesterday", prosecutors "could yet" charge the driver; [4] timeless, on scooters and fast roads;
# [5] Saturday, a barrier and signs to keep scooters off the bypass. Following step: prosecutors clear the driver, Thu 5
# Jan 2423. Elsewhere, never named by the event, its text undated: a woman of 81 whose scooter a car hits on
# Brumplecote's ring road, Zaskavia, filed Thu 12 May 2422.

VUXLEBY_SCOOTER: list[Dated] = [
    (D(2422, 10, 13), (
        "Man on mobility scooter killed by van on bypass",
        "VUXLEBY, Ossfenia (OFP) - A man of 88 riding a mobility scooter was killed before dawn on Thursday when a "
        "delivery van ran into him on the Vuxleby bypass, a dual carriageway where traffic may do 100 kilometres an "
        "hour, police said. He had gone about two kilometres along the inside lane from the Murkgate roundabout. The "
        "van's driver stopped at once and called an ambulance, but the man died where he lay.",
    )),
    (D(2422, 10, 13), (
        "Elderly scooter rider dies on Vuxleby bypass",
        "An elderly man has died after a van has hit his mobility scooter on the Vuxleby bypass in the dark. Drivers "
        "heading into town have described seeing a small orange light in the inside lane moments before. The bypass "
        "has been shut in both directions for most of the morning while officers have measured the road, and the "
        "scooter has been taken away.",
    )),
    (D(2422, 10, 14), (
        "Scooter rider killed on bypass had set out for a newspaper",
        "Aubrol Chalsworth, 88, who was killed by a van on the Vuxleby bypass yesterday, had left his bungalow at "
        "about half past five to buy a newspaper at the all-night garage, his daughter said, and must have taken the "
        "slip road by mistake in the dark. His scooter's rear lamp was not working, police said. The van's driver, "
        "41, was questioned and released, and prosecutors could yet charge him once the crash has been rebuilt.",
    )),
    (D(2422, 10, 14), (
        "Why mobility scooters do not belong on fast roads",
        "The larger road-going scooters can reach about 12 kilometres an hour, so a car closing on one at 90 covers "
        "the gap between first sight and impact in a couple of seconds. The machines sit low, their lamps are small, "
        "and their riders often cannot turn far enough to look behind them. Rules in most places let them use "
        "ordinary streets but keep them off dual carriageways, yet nothing on a slip road tells a confused rider so.",
    )),
    (D(2422, 10, 15), (
        "Scooters to be barred from Vuxleby bypass",
        "Signs and a barrier wide enough for a wheelchair but too narrow for a mobility scooter will go up at every "
        "slip road onto the Vuxleby bypass, Ossfenia's roads agency promised on Saturday, two days after Aubrol "
        "Chalsworth was killed there. Riders found on the road will be escorted off. His family thanked the nurses "
        "and neighbours who had helped him stay in his own home.",
    )),
]
VUXLEBY_NO_CHARGE: list[Dated] = [
    (D(2423, 1, 5), (
        "No charge for van driver who killed scooter rider",
        "The van driver whose vehicle struck and killed Aubrol Chalsworth, 88, on his mobility scooter on the Vuxleby "
        "bypass in October will not be charged, prosecutors said on Thursday. He had been driving at about 85 "
        "kilometres an hour, under the limit, and could not have seen the unlit scooter in time, experts found. The "
        "family said they did not blame him.",
    )),
]
BRUMPLECOTE_SCOOTER: list[Dated] = [
    (D(2422, 5, 12), (
        "Scooter rider hurt by car on ring road",
        "A woman of 81 broke her hip when a car hit her mobility scooter on the ring road around Brumplecote, in "
        "Zaskavia, police said. She had joined the road from a supermarket car park and was riding along the edge of "
        "the nearside lane. The car's driver braked hard and was unhurt. Police urged families to check that older "
        "relatives know which roads are closed to scooters.",
    )),
]

# ~~~ hodswallow ~~~ Thu 17 Mar 2422, Ebwald Fenhurst, 84, once a railway signalman, falls the length of his stairs in
# Hodswallow, Trunnavia, when the seat of a stairlift bought second-hand pitches forward off its carriage at the top; he
# dies in hospital that evening. Reports: [1] wire from Hodswallow, Thursday named; [2] bulletin, weekday unnamed; [3]
# Friday paper saying "yesterday", the safety office's warning "last month"; [4] timeless, on how the seat is fixed; [5]
# Saturday, Klimbrook recalling 3,900 lifts. Prior step: the consumer safety office warning over second-hand lifts after
# 17 falls, Thu 10 Feb 2422. Elsewhere, recalling the death in Trunnavia: a woman of 90 thrown from her lift at
# Pollowick, Gordanthe, Thu 15 Sep 2422.

HODSWALLOW_STAIRLIFT: list[Dated] = [
    (D(2422, 3, 17), (
        "Pensioner dies after fall from stairlift",
        "HODSWALLOW, Trunnavia (TNV) - A man of 84 died in hospital on Thursday evening after the seat of his "
        "stairlift tipped forward at the top of the stairs and threw him to the bottom, police in Hodswallow said. "
        "His wife, who heard the fall from the kitchen, found the empty seat hanging from the carriage by one bolt. "
        "The lift had been bought second-hand and put in by a man who answered a newspaper advertisement.",
    )),
    (D(2422, 3, 17), (
        "Man killed in stairlift fall at home",
        "An elderly man has died after a stairlift has thrown him down the stairs at his home in Hodswallow. "
        "Neighbours have told us the couple had the lift put in only this winter so that he could still sleep "
        "upstairs. Police have sealed off the house, and a safety inspector has been seen going in with a camera and "
        "a toolbox.",
    )),
    (D(2422, 3, 18), (
        "Stairlift seat that threw signalman down stairs was missing bolts",
        "Two of the three bolts that should have held the seat of Ebwald Fenhurst's stairlift to its carriage were "
        "missing and the third was loose, an inspector said after the retired signalman, 84, was killed in a fall at "
        "his Hodswallow home yesterday. The lift, a Klimbrook model, was about nine years old. Last month Trunnavia's "
        "consumer safety office warned that lifts moved between homes by unqualified fitters had led to 17 falls.",
    )),
    (D(2422, 3, 18), (
        "How a stairlift's seat is held",
        "A stairlift's chair sits on a carriage that a small motor drives up a rail fixed to the treads. The seat is "
        "bolted to a swivel plate, so that at the top the rider can turn away from the drop before standing, and the "
        "plate locks while the lift moves. If the bolts are not tightened to the maker's figure or a lock is left "
        "off, the seat can rock forward just as the rider leans to get up, which is the worst place for it to fail.",
    )),
    (D(2422, 3, 19), (
        "Maker recalls 3,900 stairlifts after fatal fall",
        "Klimbrook Stairlifts said on Saturday it would send engineers to every one of the 3,900 lifts of the model "
        "in which Ebwald Fenhurst died two days earlier, whoever had fitted them, to check the bolts under each seat. "
        "Owners were told to stop using the swivel at the top until their lift had been seen. His widow said she "
        "wanted the man who installed it found.",
    )),
]
HODSWALLOW_WARNING: list[Dated] = [
    (D(2422, 2, 10), (
        "Safety office warns over second-hand stairlifts",
        "Trunnavia's consumer safety office said on Thursday that stairlifts bought second-hand and refitted by "
        "people with no training had caused 17 falls in two years, nine of them leaving the rider with broken bones. "
        "It urged families to use only fitters approved by the lift's maker and to ask for a written check of the "
        "seat's fixings.",
    )),
]
POLLOWICK_STAIRLIFT: list[Dated] = [
    (D(2422, 9, 15), (
        "Woman of 90 hurt as stairlift seat lurches",
        "A woman of 90 broke her wrist on Thursday when the seat of her stairlift lurched forward as she reached the "
        "landing of her house at Pollowick, in Gordanthe, and she fell onto the top steps, her son said. She was "
        "treated in hospital and sent home. Gordanthe's trading standards officers said they were looking at the lift "
        "because of a man's death on a lift of the same make in Trunnavia in March.",
    )),
]

# ~~~ duxmarrow ~~~ Sat 18 Feb 2423, evening, Corn Exchange, Duxmarrow, Ulbestria, 380 in the seats: laid rigid across
# two chairs for a stage hypnotist's "human plank" with a second volunteer standing on him, Tovvart Renwarden, 24, falls
# and hits his head; critical through [4], dead by [5]. Reports: [1] wire from Duxmarrow, Saturday named; [2] bulletin,
# weekday unnamed; [3] Sunday paper saying "yesterday", police "would consider charging" the hypnotist; [4] timeless, on
# what the stunt does to a body; [5] Tuesday, his death on Monday and the council's ban on stage hypnotism. Following
# step: Ulvald Quonnick charged with manslaughter, Thu 11 May 2423. Elsewhere, never named by the event: a woman off the
# edge of a holiday camp's stage at Fernockby, Quzzaria, Sat 10 Sep 2422.

DUXMARROW_HYPNOTIST: list[Dated] = [
    (D(2423, 2, 18), (
        "Volunteer critically hurt in hypnotist's stage stunt",
        "DUXMARROW, Ulbestria (ULP) - A man of 24 who went up on stage at a hypnotist's show in Duxmarrow on Saturday "
        "night was critically hurt when he fell from two chairs he had been laid across while another volunteer stood "
        "on his chest, police said. About 380 people were watching in the Corn Exchange. He struck his head on the "
        "edge of the stage and did not wake. The show was halted and the hall cleared.",
    )),
    (D(2423, 2, 18), (
        "Man hurt on stage at hypnotism show",
        "A young man has been rushed away by ambulance after a stunt has gone wrong at a hypnotist's show in "
        "Duxmarrow. Members of the audience have told us many people laughed at first, thinking the fall was part of "
        "the act. The hypnotist has been seen kneeling beside the man and calling for a doctor. Police have spoken to "
        "people as they left.",
    )),
    (D(2423, 2, 19), (
        "Hypnotist's volunteer on life support after 'human plank' fall",
        "Tovvart Renwarden, 24, a bus mechanic, was on life support last night after falling from the 'human plank' "
        "stunt at a show by the stage hypnotist Ulvald Quonnick in Duxmarrow's Corn Exchange yesterday, his brother "
        "said. Quonnick had told him his body was as rigid as an iron bar, then had a second volunteer, a man of "
        "about 90 kilograms, climb onto him. Police said they would consider charging the hypnotist once they had "
        "seen a film of the show.",
    )),
    (D(2423, 2, 19), (
        "What the 'human plank' asks of a body",
        "In the stunt, a volunteer lies with only his head on one chair and his heels on another, stiff as a board, "
        "while the performer claims that hypnosis is holding him up. Any fit adult can stay rigid like that for a few "
        "seconds, but a second person standing on the middle puts a load on the spine and neck that few can bear, and "
        "a falling body cannot put its hands out. Several countries ban the trick at public shows.",
    )),
    (D(2423, 2, 21), (
        "Stage hypnotism banned from Duxmarrow halls after volunteer dies",
        "No stage hypnotist may perform in any hall owned by Duxmarrow's council, the council decided on Tuesday, "
        "after Tovvart Renwarden, 24, died late on Monday in hospital, two days after he fell during a stunt at the "
        "Corn Exchange. Ulvald Quonnick has called off the remaining dates of his tour. Friends of the young man "
        "gathered outside the hall with candles.",
    )),
]
DUXMARROW_CHARGED: list[Dated] = [
    (D(2423, 5, 11), (
        "Stage hypnotist charged with manslaughter over volunteer's death",
        "Ulvald Quonnick, 52, the stage hypnotist at whose Duxmarrow show Tovvart Renwarden fell and later died in "
        "February, was charged on Thursday with manslaughter. A theatre in another town had told him two years ago to "
        "drop the 'human plank' trick, prosecutors said, and he had gone on using it. His first hearing is next month.",
    )),
]
FERNOCKBY_HYPNOTIST: list[Dated] = [
    (D(2422, 9, 10), (
        "Woman breaks arm walking off stage during hypnotist act",
        "A woman broke her arm on Saturday when she walked off the front of the stage during a hypnotist's act at a "
        "holiday camp at Fernockby, in Quzzaria, after he told her she was strolling along a beach, the camp said. "
        "She fell about a metre and a half into the front row. About 200 guests were watching. The camp has dropped "
        "the act until next summer.",
    )),
]

# ~~~ vyshport ~~~ Sat 16 Jul 2422, close to midnight, the Saltpot beach bar at Vyshport, Surrandia, about 150 inside: a
# fire breather on the bar counter sends his flame into dried palm leaves and old nets under the roof, which burns
# through in minutes; two dead, 31 hurt. Reports: [1] wire from Vyshport, Saturday named; [2] bulletin, weekday unnamed;
# [3] Sunday paper saying "yesterday", the fire authority's survey "last month"; [4] timeless, a regular's words; [5]
# Tuesday, the governor's ban on fire acts in coastal bars. Prior step: the fire authority finding hanging decorations
# over fire acts at 19 of 40 bars, Fri 17 Jun 2422. Elsewhere, recalling Vyshport: a fire-eater's flame in a woman's fur
# hat at Glessomere's winter fair, Ardavonia, Sun 19 Feb 2423.

VYSHPORT_FIRE: list[Dated] = [
    (D(2422, 7, 16), (
        "Two dead as fire breather sets beach bar roof alight",
        "VYSHPORT, Surrandia (SRP) - Two people were killed and 31 hurt when a fire breather performing at a beach "
        "bar in Vyshport late on Saturday blew a flame into dried palm leaves hanging under the roof, according to "
        "the fire service. About 150 people were inside the Saltpot. Burning leaves dropped onto the dance floor as "
        "people pushed towards the two doors, and within minutes the whole roof was ablaze.",
    )),
    (D(2422, 7, 16), (
        "Deaths in beach bar fire at Vyshport",
        "Two people have died and dozens have been hurt in a fire at a crowded beach bar in Vyshport. Witnesses have "
        "said the flames began during a fire breathing act on the bar and have raced across the ceiling. Many of the "
        "injured have been carried to the sand and treated there. Ambulances have come from three towns, and the "
        "building has burned to the ground.",
    )),
    (D(2422, 7, 17), (
        "Beach bar was hung with dried leaves and nets above fire act",
        "The ceiling of the Saltpot in Vyshport, where a barman of 23 and a holidaymaker of 30 were killed yesterday, "
        "was hung with dried palm fronds and old fishing nets a metre above where its fire breather performed, "
        "investigators said. Twelve of the 31 injured have serious burns. Last month the coast's fire authority told "
        "bars to take such decorations down after finding them above fire acts at 19 of the 40 bars it visited.",
    )),
    (D(2422, 7, 17), (
        "\"The ceiling turned into a sheet of fire\"",
        "\"I have watched him do that act fifty times and nothing ever caught,\" said a woman who drinks at the "
        "Saltpot most weekends. \"This time he leaned back and the flame went higher, and a bunch of palm leaves "
        "flared. Someone threw a drink at it and then the ceiling turned into a sheet of fire. I went out through the "
        "kitchen. The barman was still pouring water when I last saw him.\"",
    )),
    (D(2422, 7, 19), (
        "Fire acts banned in bars along Surrandia coast",
        "Fire breathing, fire juggling and sparklers are banned in every bar and club along Surrandia's coast from "
        "Tuesday, the provincial governor ordered, three days after two people were killed in the Saltpot at "
        "Vyshport. Bars must also take down anything that burns from their ceilings within a week. The performer, who "
        "was burned himself, is under guard in hospital.",
    )),
]
VYSHPORT_SURVEY: list[Dated] = [
    (D(2422, 6, 17), (
        "Bars told to take down decorations hung over fire acts",
        "Fire inspectors who visited 40 bars along Surrandia's coast found dried leaves, nets or paper hanging above "
        "fire shows or candles at 19 of them, the coast's fire authority said on Friday. It told owners to take the "
        "decorations down before the summer crowds came and said it would return. No fire had yet been reported.",
    )),
]
GLESSOMERE_FIRE: list[Dated] = [
    (D(2423, 2, 19), (
        "Fire-eater sets spectator's hat alight at winter fair",
        "A woman of 46 was burned on her neck and cheek on Sunday when the flame of a fire-eater performing at the "
        "winter fair in Glessomere, in Ardavonia, caught the fur of her hat, the fair's organisers said. A "
        "stallholder smothered it with a coat. Organisers said they had moved the act back from the crowd after the "
        "deaths at a beach bar in Surrandia last summer, but not far enough.",
    )),
]

# ~~~ gwibbenfurt ~~~ Sat 21 May 2422, an electric pedicab with three tourists aboard loses its brakes near the top of
# Staple Lane in Gwibbenfurt's old town, Kvallovia, runs away over the cobbles and turns over among the tables of the
# Zumbello cafe; Ezzilde Hulmesby, 66, killed, five hurt. Reports: [1] wire from Gwibbenfurt, Saturday named; [2]
# bulletin, weekday unnamed; [3] Sunday paper saying "yesterday", the firm "could be prosecuted"; [4] timeless, the cafe
# owner's words; [5] Tuesday, pedicabs off the old town's hills. Following step: Rollwheel Tours fined 58,000 vossmarks,
# Fri 12 Aug 2422. Elsewhere, never named by the event: a delivery van hitting a pedicab at Harbledon, Palzonia, Sat 26
# Nov 2422.

GWIBBENFURT_PEDICAB: list[Dated] = [
    (D(2422, 5, 21), (
        "Tourist killed as runaway pedicab overturns into cafe",
        "GWIBBENFURT, Kvallovia (KVP) - A tourist of 66 was killed on Saturday when an electric pedicab carrying her "
        "and two friends ran away down a steep cobbled lane in Gwibbenfurt's old town and overturned into the terrace "
        "of a cafe, police said. Her friends, the young rider and two people sitting at the tables were hurt. The "
        "rider told officers the brakes had stopped working near the top of the hill.",
    )),
    (D(2422, 5, 21), (
        "Pedicab crash kills tourist in old town",
        "A visitor has been killed and five more injured where a pedicab has careered down a hill in Gwibbenfurt and "
        "tipped over among cafe tables. Shoppers have described it gathering speed over the cobbles with the rider "
        "pulling at the handlebars and shouting. Police have closed the lane, and the wrecked pedicab has been lifted "
        "onto a lorry.",
    )),
    (D(2422, 5, 22), (
        "Runaway pedicab's brakes were worn through, police say",
        "The brake pads of the electric pedicab that overturned on Gwibbenfurt's Staple Lane yesterday, killing "
        "Ezzilde Hulmesby, 66, of Pomberton, were worn down to the metal, police said. The pedicab belonged to "
        "Rollwheel Tours, which runs 22 of them in the old town, and its rider, 21, had been working for the firm for "
        "nine days. The firm could be prosecuted once the inquiry is over, police said.",
    )),
    (D(2422, 5, 22), (
        "\"It came down the lane like a sledge on ice\"",
        "\"It came down the lane like a sledge on ice, and I knew it could not turn at the bottom,\" said the owner "
        "of the Zumbello, whose terrace the pedicab crashed into. \"The boy was standing on the pedals trying to "
        "brake and the three ladies were holding on to the hood. It hit our first table and went over on its side. I "
        "have asked the town for years to keep them off this hill.\"",
    )),
    (D(2422, 5, 24), (
        "Pedicabs banned from Gwibbenfurt's hilly lanes",
        "Pedicabs may no longer use Staple Lane or the four other steep streets of Gwibbenfurt's old town, the town "
        "council decided on Tuesday, three days since a tourist was killed when one ran away on the cobbles. Every "
        "pedicab licensed in the town must pass a brake test before it carries anyone again. Rollwheel Tours has "
        "taken its fleet off the streets.",
    )),
]
GWIBBENFURT_FINED: list[Dated] = [
    (D(2422, 8, 12), (
        "Pedicab firm fined over tourist's death on cobbled lane",
        "Rollwheel Tours was fined 58,000 vossmarks on Friday over the death of Ezzilde Hulmesby, 66, who was killed "
        "in May when one of its electric pedicabs ran away on a steep lane in Gwibbenfurt. The court heard the firm "
        "had not serviced the brakes on any of its 22 pedicabs for a year. The rider was cleared of any blame.",
    )),
]
HARBLEDON_PEDICAB: list[Dated] = [
    (D(2422, 11, 26), (
        "Two pedicab passengers hurt in collision with van",
        "Two passengers were thrown onto the road on Saturday when a delivery van hit the pedicab they were riding in "
        "at a junction in Harbledon, in Palzonia, police said. A man of 35 broke his collarbone and his wife was "
        "bruised. The pedicab's rider was unhurt. Police said the van had turned left across the cycle lane without "
        "seeing it.",
    )),
]

# ~~~ skjarnvik ~~~ Sat 21 Jan 2423, a team of eight huskies from the Ylvstead farm outside Skjarnvik, Tyssmark, goes
# after a hare down a wooded slope and runs the sled into a birch; Rinske Olvedrum, 58, in the basket, is killed, her
# husband on the runners breaks his leg, the guide is some 400 metres ahead. Reports: [1] wire from Skjarnvik, Saturday
# named; [2] bulletin, weekday unnamed; [3] Sunday paper saying "yesterday"; [4] timeless, on why a bolting team keeps
# going; [5] Tuesday, the farm's tours stopped, the board's checks "five weeks ago". Prior step: the tourism board
# finding 6 of 15 farms sending tourists out with no guide in sight, Fri 16 Dec 2422. Elsewhere, never named by the
# event, its text undated: a sled over on a bend near Gyttersund, Glemmaria, filed Sat 19 Mar 2422.

SKJARNVIK_SLED: list[Dated] = [
    (D(2423, 1, 21), (
        "Tourist killed as husky sled crashes into tree",
        "SKJARNVIK, Tyssmark (TYN) - A tourist of 58 was killed on Saturday when a team of eight huskies bolted after "
        "a hare on a forest trail near Skjarnvik and dragged the sled she was riding in into a birch tree, police "
        "said. Her husband, who was standing on the runners steering it, broke his leg. Their guide was on a sled "
        "some 400 metres ahead and did not see the dogs leave the trail.",
    )),
    (D(2423, 1, 21), (
        "Woman dies in husky sled accident",
        "A woman on a husky sledding trip has died near Skjarnvik after her team has run off the trail and crashed. A "
        "helicopter has put down on the frozen marsh nearby to airlift her husband. The dogs have been found unhurt, "
        "still in their harness, tangled round the tree. The farm has cancelled all its trips for the weekend.",
    )),
    (D(2423, 1, 22), (
        "Husky sled victim was on anniversary trip",
        "Rinske Olvedrum, 58, who was killed when her husky team bolted and hit a tree near Skjarnvik yesterday, was "
        "on a trip to mark thirty years of marriage, her daughter said. The couple had been given twenty minutes of "
        "instruction at the Ylvstead husky farm before setting off behind the guide. Her husband, Grettvar, has a "
        "broken thigh and will stay in hospital for some days. Police said the trail ran along the top of a steep "
        "wooded slope.",
    )),
    (D(2423, 1, 22), (
        "Why a bolting husky team cannot be stopped",
        "Eight sled dogs can pull several times the weight of a loaded sled, and when they catch the scent of a hare "
        "or an elk they run as one. The driver stands on the runners with a brake bar and a claw hook, but on a slope "
        "or on hard snow neither grips well, and a novice often lets go. Guides are meant to stay close enough to "
        "catch the lead dog and to choose trails without a drop beside them.",
    )),
    (D(2423, 1, 24), (
        "Husky farm's tours stopped after tourist's death",
        "Tyssmark's tourism board stopped all tours at the Ylvstead husky farm on Tuesday, following the death on "
        "Saturday of Rinske Olvedrum on one of its trails. The board's checks five weeks ago found several farms "
        "letting tourists drive teams with no guide in sight, and Ylvstead will not reopen until it can show a guide "
        "for every two sleds. Her husband is expected to leave hospital next week.",
    )),
]
SKJARNVIK_CHECKS: list[Dated] = [
    (D(2422, 12, 16), (
        "Husky farms sending tourists out with no guide in sight",
        "Inspectors from Tyssmark's tourism board who checked 15 husky farms found that 6 of them sent tourists off "
        "driving their own teams with no guide close enough to help, the board said on Friday. Some tourists had been "
        "given ten minutes of teaching. Nobody had been badly hurt this winter, the board said, but farms were told "
        "to keep guides within sight of every sled.",
    )),
]
GYTTERSUND_SLED: list[Dated] = [
    (D(2422, 3, 19), (
        "Tourist's leg broken as husky sled overturns",
        "A tourist broke his leg when the husky sled he was driving overturned on a sharp bend on a trail near "
        "Gyttersund, in Glemmaria, the husky farm that runs the trips said. The man, 39, was brought out on a "
        "snowmobile and taken to hospital. His team of six dogs ran on to the farm on their own. The farm has "
        "straightened the bend.",
    )),
]

# ~~~ zarwickham ~~~ Sat 15 Apr 2423, around 1 am, a storeroom off the corridor of the Songlark karaoke bar, Zarwickham,
# Lonthovia, catches fire; its 18 singing rooms line a first floor over shops and the back exit is padlocked; nine dead,
# 14 hurt. Reports: [1] wire from Zarwickham, Saturday named; [2] bulletin, weekday unnamed; [3] Sunday paper saying
# "yesterday", prosecutors "are to decide" on the owner; [4] timeless, on how the rooms hold smoke; [5] Tuesday, every
# karaoke bar in the country to be inspected. Following step: Dezmond Pryll and his manager charged, Fri 14 Jul 2423.
# Elsewhere, never named by the event: one room of a karaoke bar burning at Gwaskelby, Mhirrevia, Sat 10 Dec 2422.

ZARWICKHAM_KARAOKE: list[Dated] = [
    (D(2423, 4, 15), (
        "Nine killed in karaoke bar fire",
        "ZARWICKHAM, Lonthovia (LHV) - Nine people were killed and 14 hurt when a fire started in a karaoke bar in "
        "Zarwickham early on Saturday and smoke filled the corridor between its 18 private singing rooms, the fire "
        "service said. Firefighters found most of the dead in two rooms at the far end, away from the only stairs. A "
        "door at the back of the first floor was padlocked shut, they said.",
    )),
    (D(2423, 4, 15), (
        "Karaoke bar blaze leaves nine dead",
        "Nine people have died in a fire at a karaoke bar above a row of shops in Zarwickham. Survivors have told us "
        "music was still playing in the rooms as the corridor has gone black with smoke. Firefighters have carried "
        "people down ladders from the windows. The street has been closed, and relatives have gathered at the city "
        "hospital.",
    )),
    (D(2423, 4, 16), (
        "Karaoke fire victims were trapped behind padlocked exit",
        "The nine people who died in the fire at the Songlark karaoke bar in Zarwickham yesterday, most of them "
        "students celebrating the end of exams, could not get out because the bar's back exit was padlocked, the "
        "city's fire chief said. The fire started in a storeroom off the corridor where old speakers and cardboard "
        "were kept. Prosecutors are to decide whether to charge the owner, Dezmond Pryll, and his manager.",
    )),
    (D(2423, 4, 16), (
        "How a karaoke bar's rooms trap smoke",
        "Private karaoke rooms are built to keep sound in: thick doors, padded walls and no windows, often in a long "
        "row off a single corridor. The padding that deadens the noise burns fast and gives off thick smoke, and "
        "singers behind closed doors with the music up may not hear an alarm. Once smoke fills the corridor, people "
        "in the far rooms have nowhere to go unless there is a second way out at that end.",
    )),
    (D(2423, 4, 18), (
        "Karaoke bars across Lonthovia to be inspected",
        "Fire officers will inspect every karaoke bar in Lonthovia within a month and close any with a locked or "
        "blocked exit on the spot, the ministry of the interior announced on Tuesday, three days since nine people "
        "died at the Songlark in Zarwickham. Bars will also have to fit alarms that cut the music. The city held a "
        "vigil outside the burned building.",
    )),
]
ZARWICKHAM_CHARGED: list[Dated] = [
    (D(2423, 7, 14), (
        "Karaoke bar owner and manager charged over nine deaths",
        "Dezmond Pryll, the owner of the Songlark karaoke bar in Zarwickham, and its manager were charged with nine "
        "counts of manslaughter on Friday over the fire in April. Prosecutors said the back exit had been padlocked "
        "for months to stop customers leaving without paying. Both men were held in custody.",
    )),
]
GWASKELBY_KARAOKE: list[Dated] = [
    (D(2422, 12, 10), (
        "Singers escape as fire breaks out in karaoke room",
        "About 20 people left a karaoke bar in Gwaskelby, in Mhirrevia, unhurt on Saturday night after a fire started "
        "behind the screen in one of its private rooms, the fire brigade said. The group singing in that room raised "
        "the alarm and staff led everyone out down the stairs. The room was burned out but the fire did not spread. "
        "Faulty wiring was blamed.",
    )),
]

# ~~~ bexfrith ~~~ Sat 19 Nov 2422, evening, Bexfrith leisure centre, Kylsavia: a hired frame of lamps and a mirror ball
# comes down from the sports hall's roof beams onto about 140 children at a roller disco; 11 hurt, a girl of 12
# critical. Reports: [1] wire from Bexfrith, Saturday named; [2] bulletin, weekday unnamed; [3] Sunday paper saying
# "yesterday", the safety agency's warning "last month"; [4] timeless, a mother's words; [5] Tuesday, discos halted at
# the council's centres. Prior step: the agency's warning after faults in hired rigs at 9 of 23 halls, Fri 14 Oct 2422.
# Elsewhere, never named by the event, its text undated: a mirror ball falling at a rink in Quopplingham, Urdossy, filed
# Sat 22 Apr 2423.

BEXFRITH_DISCO: list[Dated] = [
    (D(2422, 11, 19), (
        "Lighting frame falls on children at roller disco",
        "BEXFRITH, Kylsavia (KYP) - Eleven children were hurt on Saturday evening when a frame of lights and a mirror "
        "ball fell from the roof beams of a sports hall in Bexfrith onto a roller disco, the ambulance service said. "
        "A girl of 12 was critically injured. About 140 children were skating at the leisure centre's monthly disco "
        "when one end of the frame came away and it swung down across the floor.",
    )),
    (D(2422, 11, 19), (
        "Children hurt as lights crash onto skaters",
        "Children have been hurt after a lighting rig has crashed down onto a roller disco at a leisure centre in "
        "Bexfrith. Parents have described skaters falling over one another as they tried to get clear. Ambulances "
        "have taken several children to hospital, one of them a girl with serious head injuries. The leisure centre "
        "has been closed.",
    )),
    (D(2422, 11, 20), (
        "Open shackle held roller disco lights, inspectors find",
        "The frame of lights that fell onto the roller disco at Bexfrith leisure centre yesterday, injuring 11 "
        "children, hung from the hall's roof beams by two chains, one of them fixed with a shackle that was never "
        "closed, inspectors said. Zhenna Uzzwey, 12, remained in a critical condition. The frame was hired from a "
        "disco firm. Last month Kylsavia's safety agency warned that hired rigs in sports halls were often hung "
        "without being checked.",
    )),
    (D(2422, 11, 20), (
        "\"The mirror ball came down like a wrecking ball\"",
        "\"The mirror ball came down like a wrecking ball and the lights went with it,\" said a mother who was "
        "watching from the side of the hall. \"My son was on the far side, thank goodness. The children nearest were "
        "knocked flat, and the ones behind could not stop on their skates and piled into them. A girl in a pink "
        "helmet was not moving. The staff were brilliant, but nobody knew what to do about the frame.\"",
    )),
    (D(2422, 11, 22), (
        "Roller discos halted at Bexfrith's leisure centres",
        "No roller disco or other event with hired lighting will be held at any of Bexfrith council's five leisure "
        "centres until their roof fixings have passed an engineer's check, the council announced on Tuesday. The "
        "lighting frame fell onto children in one of them on Saturday. Zhenna Uzzwey, 12, is no longer in intensive "
        "care. The disco firm said it was helping inspectors.",
    )),
]
BEXFRITH_WARNING: list[Dated] = [
    (D(2422, 10, 14), (
        "Hired lights in sports halls often hung unchecked, agency warns",
        "Inspectors from Kylsavia's safety agency who looked at hired lighting and sound rigs at 23 sports halls and "
        "community centres found faults at 9 of them, among them open shackles, missing safety wires and frames hung "
        "from beams never meant to hold them, the agency said on Friday. Nobody had been hurt. It told venue managers "
        "to check every rig before the doors open.",
    )),
]
QUOPPLINGHAM_DISCO: list[Dated] = [
    (D(2423, 4, 22), (
        "Skaters cut as mirror ball falls at roller disco",
        "Two teenagers were cut by pieces of glass when a mirror ball fell from the ceiling during a roller disco at "
        "a skating hall in Quopplingham, in Urdossy, the hall's owners said. The ball, about 50 centimetres across, "
        "had hung from a single hook. Both skaters were treated at the hall and went home. The disco was stopped and "
        "the floor swept.",
    )),
]

# ~~~ kezzlemere ~~~ Sat 17 Jun 2423, afternoon, a squall brings a steel billboard about 28 metres tall down onto a
# petrol station's forecourt on Vorritt Road, Kezzlemere, Borvenia; three dead at once, 42 hurt, and Lazlo Pintrey, 57,
# a taxi driver taken out alive, dead by [3]. Reports: [1] wire from Kezzlemere, Saturday named; [2] bulletin, weekday
# unnamed; [3] Sunday paper saying "yesterday", the owner "may face charges"; [4] timeless, on billboards and wind; [5]
# Tuesday, every billboard over 15 metres to be checked. Following step: Polvane Media's owner charged with
# manslaughter, Fri 8 Sep 2423. Elsewhere, recalling Kezzlemere: a billboard over onto parked cars at Wuxhalden,
# Trassenmark, Wed 6 Dec 2423.

KEZZLEMERE_BILLBOARD: list[Dated] = [
    (D(2423, 6, 17), (
        "Three killed as storm topples billboard onto petrol station",
        "KEZZLEMERE, Borvenia (BVA) - Three people were killed and 42 hurt on Saturday afternoon when a squall blew "
        "down a steel billboard about 28 metres tall onto the forecourt of a petrol station in Kezzlemere, the city's "
        "rescue service said. Drivers sheltering from the rain under the canopy were crushed when it gave way. "
        "Rescuers were cutting into cars beneath the wreck into the evening and pulled a taxi driver out alive.",
    )),
    (D(2423, 6, 17), (
        "Billboard collapse kills three in Kezzlemere",
        "Three people have been killed after a giant billboard has come down on a petrol station in Kezzlemere during "
        "a storm. Two cranes are lifting the steel frame off the pumps, and firefighters have sprayed the forecourt "
        "to stop any fuel catching. Dozens of the injured are in hospital. The road beside it has been closed.",
    )),
    (D(2423, 6, 18), (
        "Taxi driver pulled from billboard wreck dies",
        "Lazlo Pintrey, 57, a taxi driver who was pulled from under the billboard that fell onto a Kezzlemere petrol "
        "station yesterday, died in hospital overnight, bringing the dead to four. The billboard stood on land behind "
        "the station on the Vorritt Road, and the city said it had been built about ten metres higher than its permit "
        "allowed. Its owner, the advertising firm Polvane Media, may face charges, police said.",
    )),
    (D(2423, 6, 18), (
        "Why a tall billboard falls in wind",
        "A billboard's face is a sail. The push of the wind grows with the square of its speed, so a gust of 90 "
        "kilometres an hour presses about four times as hard as one of 45, and a face twice as high catches twice as "
        "much of it on a longer lever. The foundations must hold all of that; steel legs bolted to a slab built for a "
        "smaller board, or rusted at the base, can fold in a single squall.",
    )),
    (D(2423, 6, 20), (
        "Every billboard over 15 metres in Kezzlemere to be checked",
        "Engineers will inspect every billboard in Kezzlemere taller than 15 metres within a fortnight and any "
        "without a valid permit will be taken down, the city's mayor said on Tuesday; four people died when one fell "
        "onto a petrol station on Saturday. The city counts about 310 of them. The station's owner said it would not "
        "reopen until the land behind it had been cleared.",
    )),
]
KEZZLEMERE_CHARGED: list[Dated] = [
    (D(2423, 9, 8), (
        "Billboard firm's owner charged over petrol station deaths",
        "The owner of Polvane Media, whose billboard fell onto a petrol station in Kezzlemere in June, was charged on "
        "Friday with the manslaughter of the four people who died there. Prosecutors said the firm had added about "
        "ten metres to the billboard without a permit and without strengthening its foundations. He was released on "
        "bail.",
    )),
]
WUXHALDEN_BILLBOARD: list[Dated] = [
    (D(2423, 12, 6), (
        "Billboard blown onto parked cars in gale",
        "A billboard about 12 metres tall was blown over onto three parked cars in Wuxhalden, in Trassenmark, on "
        "Wednesday, hurting a woman who was loading shopping into one of them, police said. She was treated for cuts. "
        "The city said it had begun checking its billboards after one killed four people at a petrol station in "
        "Borvenia in June but had not yet reached this one.",
    )),
]

# ~~~ thwullbridge ~~~ Sat 19 Aug 2423, a digital advertising screen some 12 metres wide on the Pippengate shopping
# centre's roof, Thwullbridge, Zilmaria, catches fire and the roof space burns, part of it falling in; about 3,000
# shoppers out, a firefighter hurt. Reports: [1] wire from Thwullbridge, Saturday named; [2] bulletin, weekday unnamed;
# [3] Sunday paper saying "yesterday"; [4] timeless, a shopper's words; [5] Tuesday, the centre shut for weeks and
# rooftop screens to be checked, the fire service's warning "four weeks ago". Prior step: that warning after six rooftop
# screen fires in a year, Thu 20 Jul 2423. Elsewhere, never named by the event: a roadside digital billboard burning by
# Murvenstow's ring road, Yelbania, Wed 10 May 2423.

THWULLBRIDGE_SCREEN: list[Dated] = [
    (D(2423, 8, 19), (
        "Rooftop advertising screen fire spreads to shopping centre roof",
        "THWULLBRIDGE, Zilmaria (ZLP) - About 3,000 shoppers were sent out of the Pippengate shopping centre in "
        "Thwullbridge on Saturday when a digital advertising screen some 12 metres wide on its roof caught fire and "
        "the flames spread into the roof, according to firefighters. A section of roof above the food court fell in. "
        "A firefighter was hurt by falling debris. Smoke could be seen across the city.",
    )),
    (D(2423, 8, 19), (
        "Shopping centre cleared as roof burns",
        "Thousands of shoppers have streamed out of the Pippengate centre in Thwullbridge after a huge screen on its "
        "roof has caught fire. People in the car park have filmed flames and black smoke pouring from above the main "
        "entrance. Firefighters have been working from aerial ladders. One firefighter has been taken to hospital.",
    )),
    (D(2423, 8, 20), (
        "Screen that set Pippengate roof alight had failed before",
        "The digital screen that caught fire on the roof of Thwullbridge's Pippengate shopping centre yesterday had "
        "been switched off twice this year after its power units overheated, the centre's managers said. Flames from "
        "its back ran into the roof insulation and burned across an area the size of two tennis courts before "
        "firefighters stopped them. The hurt firefighter has a broken shoulder. The centre's 140 shops will stay "
        "closed for now.",
    )),
    (D(2423, 8, 20), (
        "\"We thought it was a barbecue until the alarm went\"",
        "\"We could smell burning in the food court and thought it was a barbecue until the alarm went,\" said a "
        "woman who was shopping with her two children. \"The staff were shouting at everyone to leave the trays and "
        "go. When we got out into the car park you could see the big screen on the roof just melting, with flames "
        "behind it. Bits of ceiling were falling where we had been sitting.\"",
    )),
    (D(2423, 8, 22), (
        "Pippengate to stay shut for weeks as rooftop screens are checked",
        "The Pippengate shopping centre in Thwullbridge will not reopen for six weeks or more while its roof is "
        "rebuilt, its owners said on Tuesday, three days since an advertising screen set it on fire. Zilmaria's fire "
        "service, which four weeks ago warned about fires in rooftop screens, told the owners of every building with "
        "one to have its wiring checked within a month.",
    )),
]
THWULLBRIDGE_WARNING: list[Dated] = [
    (D(2423, 7, 20), (
        "Fire service warns over rooftop advertising screens",
        "Zilmaria's fire service said on Thursday that large digital advertising screens on roofs had caught fire six "
        "times in the past year, most often in their power units, and that several had been fixed to roofs lined with "
        "insulation that burns. Nobody had been hurt. It asked building owners to have screens serviced and to keep a "
        "fire break between the screen and the roof.",
    )),
]
MURVENSTOW_SCREEN: list[Dated] = [
    (D(2423, 5, 10), (
        "Roadside digital billboard catches fire",
        "A digital billboard about 8 metres wide beside the ring road at Murvenstow, in Yelbania, caught fire on "
        "Wednesday evening, and firefighters put it out from a ladder after about half an hour, according to the fire "
        "brigade. No one was injured, but one lane was closed while the burned screen was made safe. The firm that "
        "owns it said a cooling fan had failed.",
    )),
]


# ~~~ background ~~~ ten quiet village notes, each filed on an event's eve, far from every kind above

BACKGROUND: list[Dated] = [
    (D(2422, 3, 16), (
        "Hedge laying",
        "A hedger at Snuthbury bent and wove the hawthorn along the mill lane by hand on Wednesday.",
    )),
    (D(2422, 5, 20), (
        "Cowslip count",
        "Pupils at Wymbleford tallied the cowslips on the bank below the chapel with their teacher on Friday.",
    )),
    (D(2422, 7, 15), (
        "Gooseberry show",
        "Growers at Tyrnley set out their fattest gooseberries for the judges behind the inn on Friday.",
    )),
    (D(2422, 10, 12), (
        "Conker contest",
        "Children at Ashgorrow drilled holes through conkers and knotted them on laces for a playground match on "
        "Wednesday.",
    )),
    (D(2422, 11, 18), (
        "Pudding stir",
        "The mothers' union at Dryfton took turns with a wooden spoon at the parish plum puddings on Friday.",
    )),
    (D(2423, 1, 20), (
        "Orchard wassail",
        "Villagers at Yorcheston toasted the orchard's oldest tree with cider and banged pans to wake it on Friday.",
    )),
    (D(2423, 2, 17), (
        "Pancake practice",
        "Bakers at Lymbley flipped pancakes while running across the green, a week before their race, on Friday.",
    )),
    (D(2423, 4, 14), (
        "First swallows",
        "A bellringer at Throgley saw the year's first swallows over the tithe barn on Friday.",
    )),
    (D(2423, 6, 16), (
        "Sheepdog trial",
        "Shepherds at Ryvensholm drove three ewes apiece into a hurdle pen with their dogs on Friday.",
    )),
    (D(2423, 8, 18), (
        "Dahlia judging",
        "Judges at Wixton handed out rosettes for the largest dahlias in the parish room on Friday.",
    )),
]


SEVENTYTHIRD_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "vuxleby": (VUXLEBY_SCOOTER, VUXLEBY_NO_CHARGE + BRUMPLECOTE_SCOOTER),
    "hodswallow": (HODSWALLOW_STAIRLIFT, HODSWALLOW_WARNING + POLLOWICK_STAIRLIFT),
    "duxmarrow": (DUXMARROW_HYPNOTIST, DUXMARROW_CHARGED + FERNOCKBY_HYPNOTIST),
    "vyshport": (VYSHPORT_FIRE, VYSHPORT_SURVEY + GLESSOMERE_FIRE),
    "gwibbenfurt": (GWIBBENFURT_PEDICAB, GWIBBENFURT_FINED + HARBLEDON_PEDICAB),
    "skjarnvik": (SKJARNVIK_SLED, SKJARNVIK_CHECKS + GYTTERSUND_SLED),
    "zarwickham": (ZARWICKHAM_KARAOKE, ZARWICKHAM_CHARGED + GWASKELBY_KARAOKE),
    "bexfrith": (BEXFRITH_DISCO, BEXFRITH_WARNING + QUOPPLINGHAM_DISCO),
    "kezzlemere": (KEZZLEMERE_BILLBOARD, KEZZLEMERE_CHARGED + WUXHALDEN_BILLBOARD),
    "thwullbridge": (THWULLBRIDGE_SCREEN, THWULLBRIDGE_WARNING + MURVENSTOW_SCREEN),
}

"""A forty-eighth set of invented look-alikes, written blind on 4f9cd40 while grouping was being worked on over the
earlier sets, and held back to be counted once on the code it was written on and once on a later session's. Like
the thirty-eighth to forty-seventh its kinds are hard news, told as wires, papers and broadcasters tell it, this
time from crime and justice, transport, defence and security, housing and local government, and education, and
none of them is in the earlier sets, the own claims sets or the grouping stories: police arresting the founder of a
pyramid scheme at an airport as he is about to fly abroad, against the scheme stopping all payouts three weeks
before (an earlier step) and the founder of another scheme jailed in another province fifteen months before,
police arresting nine men in dawn raids on a gang that blew up 46 cash machines, against a cash machine blown up at
a supermarket in a neighbouring town nine days before (an earlier step: one of the blasts they are charged with)
and another gang jailed in another city sixteen months before, a night freight train killing three track workers
replacing sleepers, against the rail safety inspectorate warning that night gangs on the same line worked without
lookouts two months before (an earlier step) and a track worker killed by a passenger train in the neighbouring
country thirteen months later, a trawler sinking in a storm with six crew, against the maritime safety agency
holding the same trawler in port over an out-of-date liferaft five weeks before (an earlier step) and another
trawler of the same port capsizing and two of her five crew dying twenty months before, two airliners colliding on an
airport's taxiway, against the airport opening that taxiway and a new apron six weeks before (an earlier step) and
two jets clipping wings at another airport thirteen months before, a navy halting its submarine programme when the
first boat is found 75 tonnes too heavy in sea trials, against the same submarine's launch five months before (an
earlier step) and a neighbouring country cancelling its frigate order fifteen months before, an amphibious armoured
vehicle sinking in a river-crossing exercise and seven soldiers drowning, against the army beginning the same
exercise four days before (an earlier step) and an army lorry falling off a pontoon bridge into another river
fourteen months later, a housebuilder going into administration and leaving 3,400 buyers of unfinished homes,
against the same builder stopping work on its sites five weeks before (an earlier step) and another builder's
collapse fourteen months later, a city council declaring that it cannot balance its budget and the government
sending commissioners, against the council's auditors warning four months before that it would run out of money
(an earlier step) and a borough council issuing the same notice thirteen months later, and police arresting
fourteen people over university entrance exam answers sold through hidden earpieces, against invigilators catching
two candidates with earpieces at the same exam six days before (an earlier step) and a ring selling driving theory
test answers in the same city fourteen months before. The nearest areas taken elsewhere are a fugitive financier
extradited to face fraud charges, a fraud verdict, a crypto exchange's bankruptcy, a car theft ring broken up in
dawn raids, bank robberies, a counterfeit banknote factory, a level-crossing crash, a head-on train collision,
derailments, a coach crash on a mountain bend, a tourist bus falling into a ravine, a ferry capsizing, containers
lost overboard, a coastguard seizing a trawler, drone sightings closing an airport, a runway overrun, passengers
hurt in turbulence, a navy commissioning a carrier, a submarine lost on drills, a frigate's fire in dry dock, a
fighter jet programme over budget, an army ordering howitzers, a stray artillery shell, an ammunition depot's
explosions, a budget airline's insolvency, a woollen mill's administrators, tower blocks emptied over their
cladding, a council's housing waiting list, a council selling its town hall, a council closing libraries, a maths
exam paper leaking, a grading error and a private university selling degrees; none is the kind written here.

Leads vary: a wire with a dateline and a day for every kind (one of them, the housebuilder's, a Monday wire with
"on Monday"), a broadcaster's present perfect with no day for eight kinds and a live page with clock times for the
other two (the cash machine raids and the river crossing), ten next-day reports with "yesterday", seven Tuesday
reports with "on Monday", Friday follow-ups with "on Thursday" for three kinds (the cash machine raids, the river
crossing, the housebuilder), explainers with no day, and quote pieces four to eight days later with no day. Every
event recalls its earlier step in one report or more ("three weeks after the scheme stopped paying", "The club
had stopped paying out three weeks before his arrest", "the one that wrecked the front of a supermarket in
Lyngtveit nine days before the raids", "In July the rail safety inspectorate had warned", "Five weeks before she
sank, the agency had held the trawler in Cuilvane harbour", "the taxiway and apron that the airport opened six
weeks before", "The submarine had been launched with a brass band and a bottle of wine at Drazenvik five months
earlier", "which had begun on the Zhdarna four days before the sinking", "Kimbolt had stopped work on all its
sites in early March", "In July the council's auditors had warned", "The scheme had come to light six days before
the arrests, when invigilators at a school in Ardovel caught two candidates"), and four reports recall the other
look-alike ("The Srebrovac Trust, whose founder was jailed in Gorniszava fifteen months ago", "lost his cousin when
the Ardcuan Lass went down off the same headland the spring before last", "as when two jets clipped wings at
Kaslovar in May last year", "In May last year police in Ardovel broke up a ring"); six look-alikes are recalled by
no report (the Skouvig gang, the Brezanik track worker, the Ystravian frigates, the Vyrmost pontoon, Bellasis
Developments, Wrexanby's notice), four of them after their event. The dates all fall in 2252-2254, so every
look-alike of a kind is at most two years from its event. What tells each pair apart is mostly which step of one
story (a freeze, a blast, a warning, a detention, an opening, a launch, an exercise's start, a halt, an audit, a
first catch), who or where (another scheme, gang, country, trawler, airport, navy, river, builder, council, test)
or how many (members, machines, workers, crew, passengers, tonnes, soldiers, buyers, dalbers, candidates). Every
name, place, outlet, organisation, currency and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its publication
day) and look-alikes (each with its own day). ``FORTYEIGHTH_KINDS`` is read by the same count.

Held back blind: nobody ran grouping, the engine or ``tests.lookalike_count`` on it (``tests.lookalike_count``'s
docstring says how it is to be counted).
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# --- police arrest Vitomil Przhenak, founder of the Zelmarin Capital Club, a pyramid scheme that stopped paying its
# --- 41,000 members, at Dobrenzal airport as he is about to fly abroad, Thursday, March 16, 2254 (a wire that day, a
# --- broadcaster's present perfect, the next day's paper with 'yesterday', an explainer, a Tuesday report with 'on
# --- Monday', a saver's quote piece with no day); the club stopped all payouts on Thursday, February 23, 2254 (an
# --- earlier step); a court in Gorniszava jailed Mladen Kvatchek, founder of another scheme, the Srebrovac Trust, on
# --- Tuesday, December 14, 2252 (the explainer recalls it) ----------------------------------------------------------

ZELMARIN_ARREST: list[Dated] = [
    (D(2254, 3, 16), (
        "Pyramid scheme founder arrested at airport",
        "DOBRENZAL, Zrnovica (Wire) - Police arrested Vitomil Przhenak, founder of the Zelmarin Capital Club, at "
        "Dobrenzal airport on Thursday as he was about to board a flight abroad, prosecutors said, three weeks "
        "after the scheme stopped paying the 41,000 people who had put their savings into it. They accuse him of "
        "paying early members with later members' money and of moving about 380 million zlotars out of the country.",
    )),
    (D(2254, 3, 16), (
        "Zelmarin founder held with one-way ticket",
        "The man behind the collapsed Zelmarin Capital Club has been arrested at the airport with a one-way ticket "
        "and two suitcases. Crowds of members have gathered outside police headquarters in Dobrenzal, some holding "
        "up the gilt-edged certificates they were sold.",
    )),
    (D(2254, 3, 17), (
        "Savers cheer as Przhenak is driven away",
        "Hundreds of savers who lost money in the Zelmarin Capital Club cheered yesterday as Vitomil Przhenak was "
        "driven from the airport to the prosecutor's office under guard. A police spokeswoman, Drahomira Hrudlova, "
        "said he had booked his seat the night before under his wife's maiden name.",
    )),
    (D(2254, 3, 18), (
        "How a pyramid scheme pays out until it cannot",
        "A pyramid scheme promises returns that no honest investment could earn, and pays them out of the money "
        "that new members bring in. It lasts only while deposits keep growing; when they slow it freezes "
        "withdrawals, and by then most of the money has gone. The Srebrovac Trust, whose founder was jailed in "
        "Gorniszava fifteen months ago, fell apart the same way.",
    )),
    (D(2254, 3, 21), (
        "Court orders Zelmarin founder held for two months",
        "A Dobrenzal court ordered Vitomil Przhenak held in custody for two months on Monday, and prosecutors said "
        "they had frozen 112 bank accounts in the names of his relatives. The club had stopped paying out three "
        "weeks before his arrest, when thousands of members queued at its offices for money that never came.",
    )),
    (D(2254, 3, 22), (
        "'I gave him the money for my daughter's flat'",
        "Jelenka Bosnjavic, a retired tram driver, put 60,000 zlotars into the club two summers ago. 'I gave him "
        "the money for my daughter's flat, and for a year he paid me every month like a clock,' she says. 'My "
        "neighbours joined because of me. Now they will not look at me on the stairs.'",
    )),
]
ZELMARIN_FREEZE: list[Dated] = [
    (D(2254, 2, 23), (
        "Zelmarin Capital Club stops paying its members",
        "The Zelmarin Capital Club, which promised savers four percent a month, stopped all payouts on Thursday, "
        "blaming what it called a technical review, and hundreds of members queued outside its Dobrenzal offices.",
    )),
]
SREBROVAC_SENTENCE: list[Dated] = [
    (D(2252, 12, 14), (
        "Srebrovac Trust founder jailed for nine years",
        "A court in Gorniszava jailed Mladen Kvatchek, founder of the Srebrovac Trust, for nine years on Tuesday for "
        "a pyramid scheme that took 94 million zlotars from about 12,000 people.",
    )),
]

# --- police arrest nine men in dawn raids in three towns of Trondmyra province, in Norrskelde, suspected of blowing
# --- up 46 cash machines in eighteen months, Tuesday, October 11, 2253 (a wire that day, a live page with clock
# --- times, the next day's paper with 'yesterday', an explainer, a Friday report with 'on Thursday', a shopkeeper's
# --- quote piece with no day); thieves blew up a cash machine at a supermarket in Lyngtveit on Sunday, October 2,
# --- 2253 (an earlier step: one of the blasts the men are charged with); a court in Skouvig jailed six men of
# --- another gang for nineteen blasts on Thursday, June 10, 2252 (no report recalls it) ------------------------------

TRONDMYRA_RAIDS: list[Dated] = [
    (D(2253, 10, 11), (
        "Nine held in raids on cash machine bombers",
        "KRAKSTRAND, Norrskelde (Wire) - Police arrested nine men in dawn raids in three towns of Trondmyra "
        "province on Tuesday, suspected of blowing up 46 cash machines over the past eighteen months and getting "
        "away with about 31 million vorkas, the national police said. Officers found explosives, gas cylinders "
        "and two stolen cars in a garage in Ormsjoen.",
    )),
    (D(2253, 10, 11), (
        "Cash machine gang raids: live",
        "05:50 Armed officers break down the doors of four houses in Krakstrand. 06:20 More raids in Ormsjoen "
        "and Hedvalla. 07:05 Police confirm nine arrests. 09:40 Bomb disposal team called to a garage in "
        "Ormsjoen. 12:15 Police say the men are suspected of 46 blasts since last spring.",
    )),
    (D(2253, 10, 12), (
        "Gang tracked through a burnt-out getaway car",
        "Detectives traced the gang through a phone left in a burnt-out getaway car, Detective Superintendent "
        "Signhild Aasmork said yesterday, and had followed its members for four months before the raids. The "
        "man police believe led it, Eirvald Tunsberget, 34, was arrested at his mother's house in Krakstrand.",
    )),
    (D(2253, 10, 13), (
        "Why gangs blow up cash machines instead of breaking them open",
        "Thieves pump gas or pack explosive into a cash machine's slot and set it off, which can tear the safe "
        "open in seconds and bring down the wall around it. Banks answer with dye that ruins the notes and glue "
        "that sticks them together, but machines in village shops and petrol stations often have neither.",
    )),
    (D(2253, 10, 14), (
        "Nine charged over cash machine blasts",
        "Prosecutors charged all nine men on Thursday with causing explosions and with theft. Among the blasts is "
        "the one that wrecked the front of a supermarket in Lyngtveit nine days before the raids, shattering "
        "windows across the street while a family slept in the flat above it.",
    )),
    (D(2253, 10, 15), (
        "'The ceiling came down on the bread shelves'",
        "Gudbrand Teigmoen runs the grocery next to the bank in Hedvalla whose machine was blown up in May. 'The "
        "ceiling came down on the bread shelves and the smell of gas hung about for a week,' he says. 'The bank "
        "never put the machine back, so now the old people take the bus to Krakstrand for their cash.'",
    )),
]
LYNGTVEIT_BLAST: list[Dated] = [
    (D(2253, 10, 2), (
        "Cash machine blown up at Lyngtveit supermarket",
        "Thieves blew up the cash machine in the wall of a supermarket in Lyngtveit early on Sunday, wrecking the "
        "shop's front, and escaped in a car that was later found burning in a forest track, police said.",
    )),
]
SKOUVIG_SENTENCE: list[Dated] = [
    (D(2252, 6, 10), (
        "Skouvig gang jailed for cash machine blasts",
        "A court in Skouvig jailed six men for between four and eleven years on Thursday for blowing up 19 cash "
        "machines in the city's suburbs over two winters.",
    )),
]

# --- a night freight train kills three track workers replacing sleepers near Csorvaszeg on the Ujmarok to
# --- Balvanyosd line, in Terszany, Thursday, September 16, 2252 (a wire that day, a broadcaster's present perfect,
# --- the next day's paper with 'yesterday', an explainer, a Tuesday report with 'on Monday', a foreman's quote
# --- piece with no day); the rail safety inspectorate warned that night gangs were working without lookouts on
# --- Wednesday, July 14, 2252 (an earlier step); a track worker was killed by a passenger train near Brezanik, in
# --- the neighbouring country of Prelonia, on Thursday, October 20, 2253 (after the event; no report recalls it) ---

CSORVASZEG_TRACK: list[Dated] = [
    (D(2252, 9, 16), (
        "Freight train kills three track workers",
        "CSORVASZEG, Terszany (Wire) - A freight train killed three track workers who were replacing sleepers on "
        "the Ujmarok to Balvanyosd line near the village of Csorvaszeg early on Thursday, the state railway said. "
        "A fourth man jumped clear and is in hospital with a broken leg. The line was shut in both "
        "directions.",
    )),
    (D(2252, 9, 16), (
        "Three rail workers killed by train at night",
        "Three men working on the railway near Csorvaszeg have been killed by a freight train that came round a "
        "bend in the dark. Police have questioned the driver, and the line between Ujmarok and Balvanyosd has "
        "been closed while investigators walk the track.",
    )),
    (D(2252, 9, 17), (
        "Train was running on the track the men were mending",
        "The gang had been told that the line beside them was closed, but the freight train was running on the "
        "very track they were working on, the head of the rail safety inspectorate, Zsuzsanna Kerekdomb, said "
        "yesterday. Its driver sounded his horn about 200 metres away and could not stop in time.",
    )),
    (D(2252, 9, 18), (
        "How track gangs are meant to be kept safe",
        "When a line cannot be closed, a gang working on it posts lookouts with horns far enough up the track to "
        "give a warning of at least thirty seconds, and a controller must confirm by radio which tracks are "
        "blocked. Most deaths of track workers come when a message about which line is shut goes astray.",
    )),
    (D(2252, 9, 21), (
        "Rail signaller suspended after track deaths",
        "Terszany's state railway suspended the signaller on duty at Balvanyosd on Monday, and said night work on "
        "the line would stop until every gang had a lookout. In July the rail safety inspectorate had warned that "
        "night gangs on the line were working without lookouts, and had given the railway six months to act.",
    )),
    (D(2252, 9, 22), (
        "'We heard it only when it was on us'",
        "Lorant Vizkeleti was the foreman of the gang and the man who jumped. 'We heard it only when it was on us, "
        "because the wind was blowing the other way,' he says. 'I shouted and threw myself into the ditch. When I "
        "looked up there was nobody left standing on the rails.'",
    )),
]
CSORVASZEG_WARNING: list[Dated] = [
    (D(2252, 7, 14), (
        "Inspectors warn of night track work without lookouts",
        "Terszany's rail safety inspectorate said on Wednesday that gangs working at night on the Ujmarok to "
        "Balvanyosd line often had no lookouts, and gave the state railway six months to put the matter right.",
    )),
]
BREZANIK_TRACK: list[Dated] = [
    (D(2253, 10, 20), (
        "Track worker killed by train near Brezanik",
        "A track worker checking points near Brezanik, in Prelonia, was hit and killed by a passenger train on "
        "Thursday morning, the Prelonian railway said; the 212 passengers were unhurt.",
    )),
]

# --- the trawler Marsaili Rose, of Cuilvane on the island of Orranmore, sinks in a storm with six crew, two of them
# --- found dead and four missing, Friday, January 13, 2254 (a wire that day, a broadcaster's present perfect, the
# --- next day's paper with 'yesterday', an explainer, a Tuesday report with 'on Monday', a fellow skipper's quote
# --- piece with no day); the maritime safety agency held the same trawler in port over an out-of-date liferaft on
# --- Thursday, December 8, 2253 (an earlier step); another Cuilvane trawler, the Ardcuan Lass, sank with two of her
# --- five crew on Tuesday, May 18, 2252 (the quote piece recalls it) ---------------------------------------------

MARSAILI_ROSE: list[Dated] = [
    (D(2254, 1, 13), (
        "Trawler sinks in storm with six crew",
        "CUILVANE, Orranmore (Wire) - The trawler Marsaili Rose sank in a storm about 40 miles west of Orranmore "
        "early on Friday with six crew aboard, and lifeboats found two of them dead in the water, the coastguard "
        "said. Four men are missing. Her last radio call, just after 2am, said she was taking water over the "
        "stern.",
    )),
    (D(2254, 1, 13), (
        "Four missing as Cuilvane trawler goes down",
        "A trawler from Cuilvane has gone down in heavy seas off Orranmore, and four of her six crew are still "
        "missing. A coastguard helicopter and two lifeboats have been searching in waves of up to eight metres, "
        "and families have gathered at the harbour office.",
    )),
    (D(2254, 1, 14), (
        "Empty liferaft found as search for trawlermen goes on",
        "A liferaft from the Marsaili Rose was found empty and half deflated yesterday afternoon, the coastguard "
        "said, as the search for her four missing crew went into the night. The trawler's owner, Cuilvane "
        "Seafoods, named her skipper as Iomhar Tawse, 52, who had fished from the island for thirty years.",
    )),
    (D(2254, 1, 15), (
        "Why winter fishing is the most dangerous work at sea",
        "Trawlers fish through the winter because prices are highest when few boats go out. A heavy net full of "
        "fish and water can make a small trawler roll over in minutes in a following sea, and crews have little "
        "time to reach a liferaft, which is why survival suits and beacons on every man are now required.",
    )),
    (D(2254, 1, 17), (
        "Search for missing Marsaili Rose crew called off",
        "The coastguard called off the search for the four missing crew of the Marsaili Rose on Monday, and the "
        "maritime safety agency opened an inquiry into her sinking. Five weeks before she sank, the agency had "
        "held the trawler in Cuilvane harbour for two days over an out-of-date liferaft.",
    )),
    (D(2254, 1, 18), (
        "'Iomhar would not have gone out if he thought it was wrong'",
        "Eachann Bruadair has skippered a Cuilvane trawler for twenty years, and lost his cousin when the Ardcuan "
        "Lass went down off the same headland the spring before last. 'Iomhar would not have gone out if he "
        "thought it was wrong,' he says. 'But the forecast was for a gale, and we got something worse.'",
    )),
]
MARSAILI_DETAINED: list[Dated] = [
    (D(2253, 12, 8), (
        "Cuilvane trawler held in port over liferaft",
        "The maritime safety agency held the trawler Marsaili Rose in Cuilvane harbour on Thursday after its "
        "inspectors found that her liferaft had not been serviced for two years, and said she could sail once a "
        "new one was fitted.",
    )),
]
ARDCUAN_LASS: list[Dated] = [
    (D(2252, 5, 18), (
        "Two lost as trawler Ardcuan Lass sinks",
        "Two of the five crew of the Cuilvane trawler Ardcuan Lass died when she capsized while hauling her net "
        "off Orranmore on Tuesday, the coastguard said; a passing ferry picked up the other three.",
    )),
]

# --- an Oranthe Airways jet taxiing to its gate at Astrevin airport tears its wingtip on the tail of a Tsirrus Air
# --- jet waiting to take off, with 318 people aboard the two and nobody hurt, Wednesday, June 15, 2253 (a wire that
# --- day, a broadcaster's present perfect, the next day's paper with 'yesterday', an explainer, a Tuesday report with
# --- 'on Monday', a passenger's quote piece with no day); the airport opened the new apron and taxiway where they met
# --- on Tuesday, May 3, 2253 (an earlier step); two jets clipped wings at Kaslovar airport on Friday, May 14, 2252
# --- (the explainer recalls it) -------------------------------------------------------------------------------------

ASTREVIN_TAXIWAY: list[Dated] = [
    (D(2253, 6, 15), (
        "Jets collide on taxiway at Astrevin airport",
        "ASTREVIN (Wire) - An Oranthe Airways jet taxiing to its gate at Astrevin airport tore its right wingtip "
        "on the tail of a Tsirrus Air jet waiting to take off on Wednesday evening, the airport said. None of "
        "the 318 passengers and crew aboard the two planes was hurt, and both flights were cancelled.",
    )),
    (D(2253, 6, 15), (
        "Two planes touch on the ground at Astrevin",
        "Two passenger jets have collided on a taxiway at Astrevin airport, leaving one with a torn wing and the "
        "other with a gash in its tail fin. Passengers have been taken off by bus, and departures have been held "
        "up for about three hours while the wreckage is cleared.",
    )),
    (D(2253, 6, 16), (
        "Pilots told to follow new taxiway lines after collision",
        "Astrevin airport told pilots yesterday to slow to walking pace on its new eastern taxiway after an "
        "Oranthe Airways jet hit a Tsirrus Air plane there on Wednesday. The airport's spokeswoman, Ladislava "
        "Pomrenko, said the lines painted on the new stretch met every rule and that the marshaller had given "
        "the right signals.",
    )),
    (D(2253, 6, 17), (
        "Why planes bump into each other on the ground",
        "A pilot in the cockpit of a large jet cannot see his own wingtips, which may be thirty metres behind "
        "him, and relies on painted lines and the airport's promise that anything parked beside them is far "
        "enough away. Most ground collisions happen at busy airports that have squeezed new stands between old "
        "ones, as when two jets clipped wings at Kaslovar in May last year.",
    )),
    (D(2253, 6, 21), (
        "Waiting jet's tail stood over the line, investigators find",
        "The Tsirrus Air jet's tail stood about two metres over the edge of its holding point when the Oranthe "
        "Airways plane passed behind it, the air accident bureau said on Monday in its first findings. The "
        "collision happened on the taxiway and apron that the airport opened six weeks before to ease the "
        "crowding at its gates.",
    )),
    (D(2253, 6, 22), (
        "'We felt a jolt and the wing light went out'",
        "Schoolteacher Danylo Kyrbanets was in a window seat over the wing. 'We felt a jolt and the "
        "wing light went out,' he says. 'Then the captain told us, very calmly, that we would not be going to "
        "the seaside today. We sat on the taxiway for ninety minutes before the buses came.'",
    )),
]
ASTREVIN_APRON: list[Dated] = [
    (D(2253, 5, 3), (
        "Astrevin airport opens new apron and taxiway",
        "Astrevin airport opened a new apron with twelve stands on Tuesday, linked to its runway by a new eastern "
        "taxiway, to ease the crowding at its gates before the summer.",
    )),
]
KASLOVAR_WINGS: list[Dated] = [
    (D(2252, 5, 14), (
        "Jets clip wings at Kaslovar airport",
        "Two jets clipped wings while taxiing at Kaslovar airport on Friday, and 190 passengers were taken back "
        "to the terminal; nobody was hurt, the airport said.",
    )),
]

# --- Mestravia halts the building of three submarines after the first of them, the Gorlitsa, is found in sea
# --- trials to be 75 tonnes heavier than designed, Thursday, May 11, 2254 (a wire that day, a broadcaster's present
# --- perfect, the next day's paper with 'yesterday', an explainer, a Tuesday report with 'on Monday', a retired
# --- admiral's quote piece with no day); the Gorlitsa was launched at the Drazenvik yard on Friday, December 9, 2253
# --- (an earlier step); neighbouring Ystravia cancelled its order for four frigates on Tuesday, February 15, 2253
# --- (no report recalls it) ------------------------------------------------------------------------------------------

GORLITSA_OVERWEIGHT: list[Dated] = [
    (D(2254, 5, 11), (
        "Navy halts submarine programme as first boat is found too heavy",
        "DRAZENVIK, Mestravia (Wire) - Mestravia's defence ministry halted work on three submarines on Thursday "
        "after sea trials showed that the first of the class, the Gorlitsa, weighed 75 tonnes more than designed "
        "and might struggle to surface from deep water. Defence Minister Andrija Velebrand said the programme's "
        "cost of 2.6 billion krunets would be reviewed.",
    )),
    (D(2254, 5, 11), (
        "New submarine too heavy to dive safely",
        "Mestravia's first new submarine in forty years has turned out to be too heavy to dive safely, and work on "
        "her three sister boats has been stopped. The Drazenvik shipyard, which employs 3,000 people, has said "
        "the fault lies in the design it was given.",
    )),
    (D(2254, 5, 12), (
        "Shipyard blames late changes for heavy submarine",
        "Drazenvik shipyard's chief executive, Myroslav Svitovets, said yesterday that the navy had asked for "
        "heavier batteries and a longer control room after the design was fixed, and that each change had added "
        "weight nobody took off. The ministry said the yard had been told in writing to stay within its limit.",
    )),
    (D(2254, 5, 13), (
        "Why a few tonnes matter so much to a submarine",
        "A submarine dives and surfaces by letting water into tanks and blowing it out with air, and her weight "
        "must match the water she pushes aside almost exactly. Extra tonnes can be offset by a longer hull or "
        "by taking equipment out, but either answer costs years and changes how the boat handles at depth.",
    )),
    (D(2254, 5, 16), (
        "Parliament's defence committee summons minister over submarine",
        "Mestravia's parliamentary defence committee summoned Andrija Velebrand on Monday to explain why the "
        "Gorlitsa's weight was found only in sea trials. The submarine had been launched with a brass band and "
        "a bottle of wine at Drazenvik five months earlier, when the ministry called her on time and on budget.",
    )),
    (D(2254, 5, 17), (
        "'You cannot argue with the sea about weight'",
        "Rear Admiral Yevkhim Darnopil commanded Mestravia's last submarine flotilla before it was laid up. 'You "
        "cannot argue with the sea about weight,' he says. 'Every admiral who ever signed for a new boat has "
        "been told the scales were fine. The difference this time is that somebody finally weighed her.'",
    )),
]
GORLITSA_LAUNCH: list[Dated] = [
    (D(2253, 12, 9), (
        "Mestravia launches first new submarine in forty years",
        "The submarine Gorlitsa, first of four for Mestravia's navy, slid into the water at the Drazenvik shipyard "
        "on Friday, and the defence ministry said she would begin sea trials in the spring.",
    )),
]
YSTRAVIA_FRIGATES: list[Dated] = [
    (D(2253, 2, 15), (
        "Ystravia cancels frigate order over delays",
        "Ystravia's defence ministry cancelled its order for four frigates from the Hruzdavets yard on Tuesday, "
        "saying the first was already three years late and a fifth over budget.",
    )),
]

# --- an amphibious armoured vehicle of Kvarnovia's army sinks while crossing the river Zhdarna near Tsyrkova on an
# --- exercise, and seven of the nine soldiers inside drown, Thursday, August 19, 2252 (a wire that day, a live page
# --- with clock times, the next day's paper with 'yesterday', an explainer, a survivor's quote piece with no day, a
# --- Friday follow-up with 'on Thursday'); the army began the river-crossing exercise on Sunday, August 15, 2252 (an
# --- earlier step); an army lorry fell off a pontoon bridge into the river Moranka near Vyrmost and two soldiers
# --- drowned on Wednesday, October 19, 2253 (after the event; no report recalls it) -------------------------------

ZHDARNA_CROSSING: list[Dated] = [
    (D(2252, 8, 19), (
        "Seven soldiers drown as armoured vehicle sinks in river",
        "TSYRKOVA, Kvarnovia (Wire) - Seven soldiers drowned when an amphibious armoured vehicle sank while "
        "crossing the river Zhdarna near Tsyrkova during an army exercise on Thursday, Kvarnovia's defence "
        "ministry announced. Two others got out through a roof hatch and were pulled from the water by a safety boat.",
    )),
    (D(2252, 8, 19), (
        "Army vehicle sinks in river crossing: live",
        "10:05 Reports that an armoured vehicle has gone under in the Zhdarna. 10:40 Divers from the army's "
        "engineer battalion in the water. 12:15 Ministry confirms two soldiers rescued, seven unaccounted for. "
        "15:30 The vehicle is located on the river bed, about six metres down. 18:50 Seven soldiers confirmed "
        "dead.",
    )),
    (D(2252, 8, 20), (
        "Vehicle's water pumps under scrutiny after drownings",
        "Army engineers raised the sunken vehicle from the Zhdarna yesterday, and investigators are looking at its "
        "bilge pumps and at a door seal that a mechanic had reported worn in the spring. The chief of the "
        "general staff, Colonel General Vasylko Bazylevych, said all river crossings had been stopped.",
    )),
    (D(2252, 8, 21), (
        "How an armoured vehicle swims",
        "An amphibious armoured vehicle floats because its hull is sealed and its weight is spread over a large "
        "box, and it is driven through the water by its tracks or by water jets at the back. Crews are taught to "
        "leave by the roof hatches if water comes in faster than the pumps can throw it out.",
    )),
    (D(2252, 8, 23), (
        "'The water came in over my boots, then my knees'",
        "Private Orysia Haletska, 20, was one of the two who got out. 'The water came in over my boots, then my "
        "knees, and the lights went,' she says. 'The sergeant pushed me up towards the hatch. I keep thinking "
        "that he could have gone first.'",
    )),
    (D(2252, 8, 27), (
        "Drowned soldiers buried as exercise is called off",
        "Kvarnovia buried the seven soldiers with military honours on Thursday, and the army called off the rest "
        "of its summer exercise, which had begun on the Zhdarna four days before the sinking with more than 2,000 "
        "troops and a hundred vehicles.",
    )),
]
ZHDARNA_EXERCISE: list[Dated] = [
    (D(2252, 8, 15), (
        "Army begins river-crossing exercise on the Zhdarna",
        "More than 2,000 Kvarnovian troops and a hundred armoured vehicles began a two-week exercise in crossing "
        "the river Zhdarna near Tsyrkova on Sunday, the defence ministry said.",
    )),
]
VYRMOST_PONTOON: list[Dated] = [
    (D(2253, 10, 19), (
        "Two soldiers drown as lorry falls off pontoon bridge",
        "Two soldiers drowned near Vyrmost on Wednesday when an army lorry slid off a pontoon bridge that "
        "engineers had laid across the river Moranka during training, Kvarnovia's army said.",
    )),
]

# --- the housebuilder Kimbolt Homes goes into administration, leaving about 3,400 buyers of unfinished homes on
# --- nineteen sites, Monday, April 11, 2253 (a wire that day, a broadcaster's present perfect, the next day's paper
# --- with 'yesterday', an explainer, a Friday follow-up with 'on Thursday', a buyer's quote piece with no day); it
# --- stopped work on its sites after suppliers went unpaid on Thursday, March 3, 2253 (an earlier step); another
# --- builder, Bellasis Developments, went into administration on Wednesday, June 14, 2254 (after the event; no
# --- report recalls it) -----------------------------------------------------------------------------------------

KIMBOLT_COLLAPSE: list[Dated] = [
    (D(2253, 4, 11), (
        "Housebuilder collapses leaving thousands of homes unfinished",
        "ODDICOMBE (Wire) - Kimbolt Homes went into administration on Monday with debts of about 640 million "
        "sketts, leaving some 3,400 buyers who had paid deposits on homes still being built on nineteen sites, "
        "the administrators, Lannock Partners, said. About 1,100 staff were laid off and the sites were locked.",
    )),
    (D(2253, 4, 11), (
        "Kimbolt buyers fear for their deposits",
        "Thousands of families who put down deposits on new homes have been left not knowing whether they will "
        "ever get the keys, after the builder Kimbolt Homes called in administrators. Security guards have "
        "padlocked the gates of its half-built estates.",
    )),
    (D(2253, 4, 12), (
        "Administrators seek buyer for Kimbolt's half-built estates",
        "Lannock Partners said yesterday that they hoped to sell Kimbolt Homes' nineteen sites to other builders, "
        "some of which were close to finished, and that buyers' deposits had been paid into the company's "
        "accounts rather than held apart. Buyers in Dawlmere, where 400 homes stand without roofs, met in a "
        "church hall last night.",
    )),
    (D(2253, 4, 13), (
        "What a builder's collapse means for people who paid deposits",
        "A buyer of a home that is not yet built usually pays a tenth of the price as a deposit. Unless the law "
        "or the contract requires it to be held by a solicitor or covered by insurance, the buyer becomes one "
        "more creditor when the builder fails, and is paid only after banks and the tax office.",
    )),
    (D(2253, 4, 15), (
        "Minister promises help for Kimbolt buyers",
        "Housing Minister Beornwyn Hewitson said on Thursday that the government would lend to builders who took "
        "over Kimbolt's sites on condition that they honoured the buyers' contracts. Kimbolt had stopped work on "
        "all its sites in early March, when suppliers of bricks and timber said they had not been paid since the "
        "new year.",
    )),
    (D(2253, 4, 16), (
        "'We were meant to move in on my daughter's birthday'",
        "Emmeline Huxtree and her husband paid 31,000 sketts in deposit on a three-bedroom house at Dawlmere. 'We "
        "were meant to move in on my daughter's birthday,' she says. 'Now there are three walls and a tarpaulin, "
        "we have given notice on our flat, and the bank still wants the mortgage fee.'",
    )),
]
KIMBOLT_HALT: list[Dated] = [
    (D(2253, 3, 3), (
        "Kimbolt Homes stops work on its building sites",
        "The housebuilder Kimbolt Homes stopped work on all nineteen of its sites on Thursday after suppliers of "
        "bricks and timber said they had not been paid since January, and said it was talking to its banks.",
    )),
]
BELLASIS_COLLAPSE: list[Dated] = [
    (D(2254, 6, 14), (
        "Bellasis Developments calls in administrators",
        "The builder Bellasis Developments went into administration on Wednesday, leaving about 900 buyers of "
        "flats on six sites waiting to learn whether their homes will be finished.",
    )),
]

# --- Harnoval City Council issues a notice that it cannot balance its budget, stops all spending that the law does
# --- not require and asks the government for help, Tuesday, November 16, 2252 (a wire that day, a broadcaster's
# --- present perfect, the next day's paper with 'yesterday', an explainer, a Tuesday report with 'on Monday', a
# --- library volunteer's quote piece with no day); the council's auditors warned that it would run out of money
# --- within a year on Tuesday, July 13, 2252 (an earlier step); Wrexanby Borough Council issued the same notice on
# --- Tuesday, December 13, 2253 (after the event; no report recalls it) ---------------------------------------------

HARNOVAL_NOTICE: list[Dated] = [
    (D(2252, 11, 16), (
        "Harnoval council declares it cannot pay its way",
        "HARNOVAL (Wire) - Harnoval City Council issued a notice on Tuesday that it could not balance its budget, "
        "halting all spending the law does not require and asking the government for help, its finance "
        "director, Eldwyth Pickvance, said. The council faces a gap of about 96 million dalbers this year after "
        "losses on a solar farm and two shopping centres it bought with borrowed money.",
    )),
    (D(2252, 11, 16), (
        "City council in Harnoval effectively bankrupt",
        "Harnoval's council has in effect declared itself bankrupt, and has frozen all but its essential "
        "spending. Its leader has apologised to the city's residents and has said bins will still be emptied "
        "and care homes will stay open.",
    )),
    (D(2252, 11, 17), (
        "Harnoval stops new spending as government weighs takeover",
        "Council staff in Harnoval were told yesterday that no new contract could be signed and no post filled "
        "without the finance director's approval. The council's leader, Torold Ashpole, said the investments "
        "had been meant to bring in rent to protect services, not to gamble.",
    )),
    (D(2252, 11, 18), (
        "What it means when a council says it cannot balance its books",
        "A council may not borrow to pay for its day-to-day services, so when its spending will outrun its "
        "income and reserves its finance director must say so publicly. All spending that the law does not "
        "require then stops, and the government can send in its own commissioners to run the council's money.",
    )),
    (D(2252, 11, 23), (
        "Government sends commissioners to run Harnoval's finances",
        "The government named three commissioners on Monday to take charge of Harnoval City Council's finances "
        "and sell its solar farm and shopping centres. In July the council's auditors had warned that it would "
        "run out of money within a year unless it stopped borrowing to buy property.",
    )),
    (D(2252, 11, 24), (
        "'The library was the only warm room some of them had'",
        "Gunnilda Wrage has volunteered at Harnoval's Cobgate library for eleven years, and its opening hours "
        "were the first thing the council cut. 'The library was the only warm room some of them had,' she says. "
        "'Nobody who uses it ever bought a shopping centre.'",
    )),
]
HARNOVAL_AUDIT: list[Dated] = [
    (D(2252, 7, 13), (
        "Auditors warn Harnoval council will run out of money",
        "Auditors warned on Tuesday that Harnoval City Council would run out of money within a year unless it "
        "stopped borrowing to buy property, after losses on a solar farm and two shopping centres.",
    )),
]
WREXANBY_NOTICE: list[Dated] = [
    (D(2253, 12, 13), (
        "Wrexanby council issues notice it cannot balance budget",
        "Wrexanby Borough Council said on Tuesday that it could not balance its budget and stopped all spending "
        "that the law does not require, blaming the rising cost of care for children and old people.",
    )),
]

# --- police in Lusvania arrest fourteen people, two of them staff of the examinations centre, suspected of selling
# --- answers to the national university entrance exam through hidden earpieces, and the results of 340 candidates
# --- are held back, Thursday, July 14, 2253 (a wire that day, a broadcaster's present perfect, the next day's paper
# --- with 'yesterday', an explainer, a Tuesday report with 'on Monday', a candidate's quote piece with no day);
# --- invigilators caught two candidates with earpieces at the exam on Friday, July 8, 2253 (an earlier step); police
# --- in Ardovel broke up a ring selling answers to the driving theory test on Tuesday, May 25, 2252 (the explainer
# --- recalls it) ------------------------------------------------------------------------------------------------------

LUSVANIA_EXAM: list[Dated] = [
    (D(2253, 7, 14), (
        "Fourteen held over university entrance exam answers sold by earpiece",
        "ARDOVEL, Lusvania (Wire) - Police arrested fourteen people on Thursday, two of them staff of the national "
        "examinations centre, suspected of selling the answers to this year's university entrance exam to "
        "candidates who heard them through earpieces hidden in their ears. The results of 340 candidates have "
        "been held back, the education ministry said.",
    )),
    (D(2253, 7, 14), (
        "Exam answers were read out to candidates by earpiece, police say",
        "Police have arrested fourteen people accused of reading the answers of the university entrance exam to "
        "hundreds of candidates through tiny earpieces. Two of those held have worked at the examinations centre, "
        "where the papers are printed.",
    )),
    (D(2253, 7, 15), (
        "Candidates paid up to 6,000 ravlins for exam answers",
        "Families paid up to 6,000 ravlins for a candidate to be fed the answers, police spokesman Captain Horia "
        "Veliscu said yesterday, and the gang photographed the papers in the printing room on the morning of the "
        "exam. Money was collected in a car park in Ardovel a week before the exam.",
    )),
    (D(2253, 7, 16), (
        "How exam cheats use earpieces",
        "An earpiece the size of a lentil sits deep in the ear, where a supervisor cannot see it, and picks up a "
        "phone hidden in a sleeve or a belt. Someone outside reads the answers aloud. In May last year police in "
        "Ardovel broke up a ring that used the same method to sell answers to the driving theory test.",
    )),
    (D(2253, 7, 19), (
        "Ministry annuls results of 340 candidates",
        "Lusvania's education minister, Anca Stoianel, annulled the results of 340 candidates on Monday and said "
        "they could sit the exam again in September. The scheme had come to light six days before the arrests, "
        "when invigilators at a school in Ardovel caught two candidates with earpieces during the mathematics "
        "paper.",
    )),
    (D(2253, 7, 20), (
        "'I learned everything the hard way, and now everyone doubts me'",
        "Doina Vrabiescu came top of her school in the entrance exam. 'I learned everything the hard way, and now "
        "everyone doubts me,' she says. 'My friends ask me whose earpiece I had. The ministry should name every "
        "school where the answers went in, so the rest of us are left in peace.'",
    )),
]
LUSVANIA_INVIGILATORS: list[Dated] = [
    (D(2253, 7, 8), (
        "Two candidates caught with earpieces in entrance exam",
        "Invigilators at a school in Ardovel caught two candidates using earpieces during the mathematics paper "
        "of the university entrance exam on Friday, and the examinations centre said it had called the police.",
    )),
]
ARDOVEL_THEORY: list[Dated] = [
    (D(2252, 5, 25), (
        "Police break up driving theory test answers ring",
        "Police in Ardovel arrested six people on Tuesday suspected of selling answers to the driving theory test "
        "to learners who listened to them through hidden earpieces.",
    )),
]

# --- unrelated stories of the same days elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2254, 3, 15), (
        "Frogspawn early",
        "A pond warden at Pightlestone found the first frogspawn of the year on Wednesday, a fortnight early.",
    )),
    (D(2253, 10, 10), (
        "Apple day",
        "Villagers at Osbaldthorpe pressed 600 litres of juice from their orchard's windfalls on Monday.",
    )),
    (D(2252, 9, 15), (
        "Church clock wound",
        "A retired joiner climbed the tower at Blethwick on Wednesday to wind its clock for the thousandth time.",
    )),
    (D(2254, 1, 12), (
        "Snowman contest",
        "A five-year-old's snowman in a borrowed bowler hat won the contest on Pudsall green on Thursday.",
    )),
    (D(2253, 6, 14), (
        "Swift boxes",
        "Volunteers fixed twenty swift boxes under the eaves of Gnathwick's village hall on Tuesday.",
    )),
    (D(2254, 5, 10), (
        "Maypole mended",
        "A wheelwright at Cramblethorpe fitted a new oak top to the village maypole on Wednesday.",
    )),
    (D(2252, 8, 18), (
        "Tall sunflower",
        "A sunflower in a cottage garden at Skewbridge was measured at 4.1 metres on Wednesday.",
    )),
    (D(2253, 4, 10), (
        "Lambing open day",
        "About 800 visitors bottle-fed lambs at a farm open day at Wardgate on Sunday.",
    )),
    (D(2252, 11, 15), (
        "Lanterns lit",
        "Children carried paper lanterns through Hinxwold on Monday evening for the village's winter walk.",
    )),
    (D(2253, 7, 13), (
        "Cricket tea",
        "Ubbingfold's cricket club raised money for a new roller with a tea on its pavilion lawn on Wednesday.",
    )),
]

FORTYEIGHTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "zelmarin": (ZELMARIN_ARREST, ZELMARIN_FREEZE + SREBROVAC_SENTENCE),
    "trondmyra": (TRONDMYRA_RAIDS, LYNGTVEIT_BLAST + SKOUVIG_SENTENCE),
    "csorvaszeg": (CSORVASZEG_TRACK, CSORVASZEG_WARNING + BREZANIK_TRACK),
    "marsaili": (MARSAILI_ROSE, MARSAILI_DETAINED + ARDCUAN_LASS),
    "astrevin": (ASTREVIN_TAXIWAY, ASTREVIN_APRON + KASLOVAR_WINGS),
    "gorlitsa": (GORLITSA_OVERWEIGHT, GORLITSA_LAUNCH + YSTRAVIA_FRIGATES),
    "zhdarna": (ZHDARNA_CROSSING, ZHDARNA_EXERCISE + VYRMOST_PONTOON),
    "kimbolt": (KIMBOLT_COLLAPSE, KIMBOLT_HALT + BELLASIS_COLLAPSE),
    "harnoval": (HARNOVAL_NOTICE, HARNOVAL_AUDIT + WREXANBY_NOTICE),
    "lusvania": (LUSVANIA_EXAM, LUSVANIA_INVIGILATORS + ARDOVEL_THEORY),
}

"""A forty-third set of invented look-alikes, written blind on 29b17c4 while grouping was being worked on over
the earlier sets, and held back to be counted once on the code it was written on and once on a later
session's. Like the thirty-eighth to forty-second its kinds are hard news, told as wires, papers and
broadcasters tell it, this time from disasters and accidents, transport, energy, environment, science,
business and markets, and crime and policing, and none of them is in the earlier sets, the own claims sets or
the grouping stories: a fuel tanker overturning and exploding among a crowd collecting its petrol, against a
tanker hitting a minibus in the neighbouring town nine days before and a diesel tanker burning at the same
place eighteen months before, a gas well blowing out and burning beside a village, against the permit to drill
it five months before (an earlier step) and a leak from another well of the same field fourteen months later,
a copper mine's tailings dam giving way and burying a village, against the inspectors' order to lower its pond
five weeks before (an earlier step) and another mine's waste dam collapsing in the neighbouring province
fourteen months before, a passenger and a freight train colliding head-on on a single track, against a
commuter train running into a stationary one in another city nine days later and two freight trains colliding
on the same line thirteen months later, a cargo jet crashing into homes just after take-off, against the same
airline's jet landing back with an engine on fire four months before and another airline's freighter crashing
in fog eighteen months before, a cryptocurrency exchange filing for bankruptcy, against its freezing of
withdrawals four days before (an earlier step) and a smaller exchange's collapse after a hack fifteen months
before, a bank losing billions to a rogue trader's hidden bets, against the regulator's fine over the same
desk's controls eleven months before and another bank's loss to a trader seventeen months before, robbers in
police uniforms taking cash and gold from a passenger jet's hold on an airport apron, against thieves cutting
into the same airport's cargo warehouse sixteen months before and a security van from the airport robbed
twelve days later, two police officers shot dead at a traffic stop, against an officer wounded at a checkpoint
in the neighbouring county nine days before and an officer shot dead stopping a robbery in the same town
twenty months later, and six volunteers critically ill in a drug's first trial in humans, against the
agency's approval of the trial two months before (an earlier step) and another company's trial halted in the
same city after a volunteer's death thirteen months before. The nearest areas taken elsewhere are a tanker
collision at sea, a gas-pipeline explosion, a dam burst, a derailment, a runway overrun, a savings bank run, a
bank robbery and a drug maker's trial results; none is the kind written here.

Leads vary: a wire with a dateline and a day and a broadcaster's present perfect with no day for every kind,
six next-day reports with "yesterday", six Tuesday reports with "on Monday", explainers and a tribute with no
day, quote pieces the next day or two days later, and follow-ups four to six days later (one eleven
days later). Several event reports recall a look-alike by name or by what it was ("On August 6 a tanker hit a
minibus and burned at Chidombe", "in February last year 31 people died when a diesel tanker overturned", "The
mining inspectorate granted the permit to drill the well in June", "Inspectors had found cracks in the dam's
wall on February 2", "a waste dam at the Gulvinka gold mine", "Two days ago a commuter train ran into a
stationary train in Hadrumet" (a look-alike after its event), "In August the same airline's jet turned back to
Sulmenbad with an engine on fire", "an Ebrauth Air Freight plane crashed in fog near Tazmurin", "Quozlex had
stopped withdrawals on June 4", "the smaller exchange Tyrnbit collapsed", "The regulator fined the bank 40
million krelmar in October last year", "the Kyvenholm Savings Bank lost 800 million krelmar", "thieves cut
through the roof of the airport's cargo warehouse", "an officer was shot and wounded at a checkpoint in
neighbouring Wyndlemoor", "The medicines agency, which approved the trial on February 17", "a trial of a
Tryvanol painkiller in Lyndqvar was stopped"); four look-alikes come after their event and no report recalls
them (the leak at another Skuldari well, the freight trains' collision near Lesnoviec, the security van from
Myrvaleth airport, the officer shot in Hornwick). The dates all fall in 2205-2207, so every look-alike of a kind
is at most two years from its event. What tells each pair apart is mostly which step of one story (a permit,
an inspectors' order, a freeze on withdrawals, an approval), who or where (another town, another well, another
mine, another city, another airline, another exchange, another bank, another county, another company) or how
many (dead, injured, evacuated, customers, krelmar, pentari, dalren, volunteers). Every name, place, outlet,
organisation, currency and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``FORTYTHIRD_KINDS`` is read by the same count.

Held back blind: nobody ran grouping, the engine or ``tests.lookalike_count`` on it
(``tests.lookalike_count``'s docstring says how it is to be counted).
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# --- a fuel tanker overturns on the Ndelwazi highway outside Mwelungo in Kasunvara and explodes as crowds collect
# --- the leaking petrol, killing 96 and then 112, Friday, August 15, 2206 (a wire that day, a broadcaster's present
# --- perfect, the next day's quote piece with 'yesterday', an explainer, a Tuesday report with 'on Monday'); a
# --- tanker hit a minibus and burned at the neighbouring town of Chidombe, killing 14, on Wednesday, August 6,
# --- 2206; a diesel tanker overturned and burned near Mwelungo itself, killing 31, on Wednesday, February 20, 2205

MWELUNGO_TANKER: list[Dated] = [
    (D(2206, 8, 15), (
        "Tanker explosion kills 96 in Kasunvara",
        "MWELUNGO, Kasunvara (Wire) - A fuel tanker overturned on the Ndelwazi highway outside the town of "
        "Mwelungo on Friday and exploded as hundreds of people crowded round it to fill buckets and jerrycans "
        "with leaking petrol, killing at least 96, police spokesman Obedi Ramtanga said. Dozens of motorcycles "
        "parked along the verge were burnt to their frames.",
    )),
    (D(2206, 8, 15), (
        "Fireball engulfs crowd at overturned tanker",
        "A tanker explosion in central Kasunvara has killed at least 96 people and more than 150 have been taken "
        "to hospital with burns, the Kasunvaran Relief Society has said. Witnesses have described a "
        "ball of fire that caught people running from nearby houses with containers.",
    )),
    (D(2206, 8, 16), (
        "'The fire came in one breath'",
        "Fuatuli Simwaba, the only surgeon at Mwelungo District Hospital, said yesterday that 112 people had "
        "now died and that most of the injured had burns over half their bodies. 'The fire came in one "
        "breath,' said Tawonga Mbewezi, 19, who had gone to the road with a plastic basin and was standing at "
        "the back of the crowd.",
    )),
    (D(2206, 8, 15), (
        "Why crowds run towards a crashed tanker",
        "Petrol costs more than a day's wage in rural Kasunvara, and a jerrycan scooped from a wreck can be sold "
        "at the roadside within the hour. Police have warned for years against going near an overturned lorry, "
        "but the Ndelwazi highway, the main road inland from the port, carries hundreds of old and overloaded "
        "tankers a day.",
    )),
    (D(2206, 8, 19), (
        "Mwelungo buries its dead",
        "President Okwezuni Kazwembo ordered flags flown at half mast for three days on Monday as the first 61 "
        "victims of Friday's tanker explosion were buried side by side at Mwelungo. The driver, who escaped "
        "with burns, was charged on Monday with driving an unroadworthy vehicle. On August 6 a tanker hit a "
        "minibus and burned at Chidombe, 40 kilometres to the north, killing 14, and in February last year 31 "
        "people died when a diesel tanker overturned and caught fire near Mwelungo.",
    )),
]
CHIDOMBE_TANKER: list[Dated] = [
    (D(2206, 8, 6), (
        "Fourteen killed as tanker hits minibus in Chidombe",
        "A fuel tanker collided with a minibus in the town of Chidombe in central Kasunvara on Wednesday and "
        "both vehicles caught fire, killing 14 people, police said.",
    )),
]
MWELUNGO_2205: list[Dated] = [
    (D(2205, 2, 20), (
        "Diesel tanker fire kills 31 near Mwelungo",
        "A tanker carrying diesel overturned on the Ndelwazi highway near Mwelungo on Wednesday and caught fire "
        "while villagers were collecting the spilt fuel, killing 31 people, Kasunvara's police said.",
    )),
]

# --- the Skuldari-14 gas well of the state company Ghulvenor Gas blows out and catches fire beside the village
# --- of Grutzavy in northern Uvardessa, two drillers missing and 2,400 people evacuated, Thursday, November 7,
# --- 2205 (a wire that day, a broadcaster's present perfect, the next day's paper with 'yesterday', an
# --- explainer, a Tuesday report with 'on Monday'); the mining inspectorate granted the permit to drill the
# --- well on Wednesday, June 12, 2205 (an earlier step); gas escaped from another well of the same field and a
# --- hamlet was evacuated on Friday, January 16, 2207 (after the event; no report recalls it) -------------

SKULDARI_BLOWOUT: list[Dated] = [
    (D(2205, 11, 7), (
        "Gas well blows out and burns in northern Uvardessa",
        "GRUTZAVY, Uvardessa (Wire) - A gas well at the Skuldari field in northern Uvardessa blew out and "
        "caught fire on Thursday, sending a column of flame about 60 metres high and forcing 2,400 people in "
        "the village of Grutzavy and three hamlets from their homes, the state company Ghulvenor Gas said. Two "
        "drillers were missing.",
    )),
    (D(2205, 11, 7), (
        "Flames visible for miles after Skuldari blowout",
        "A blowout at a gas well in Uvardessa has started a fire that can be seen 30 kilometres away, and the "
        "army has closed the roads around the Skuldari field. Ghulvenor Gas has said all but two of the rig's "
        "crew of 38 have been accounted for.",
    )),
    (D(2205, 11, 8), (
        "Burning well could take weeks to put out, minister says",
        "Energy minister Yljana Sormunveld said yesterday that the bodies of the two missing drillers had been "
        "found and that the well, Skuldari-14, could burn for weeks. Ghulvenor has cut the field's output by a "
        "third while engineers decide how to reach it.",
    )),
    (D(2205, 11, 7), (
        "What happens in a blowout",
        "A blowout happens when gas under high pressure rushes up a well faster than the heavy drilling mud "
        "can hold it down. Every rig sits on a stack of valves, the blowout preventer, that is meant to close "
        "the well in seconds, and investigators will ask first why Skuldari-14's did not.",
    )),
    (D(2205, 11, 12), (
        "Well-control crews begin fight to cap Skuldari-14",
        "Crews flown in from abroad began pouring water over the burning Skuldari-14 well on Monday, four days "
        "after the blowout, and Ghulvenor said a relief well would take two months to drill. The mining "
        "inspectorate granted the permit to drill the well in June over the objections of Grutzavy's council, "
        "whose mayor, Tjodvar Ruzhinek, said the village had warned that it stood too close.",
    )),
]
SKULDARI_PERMIT: list[Dated] = [
    (D(2205, 6, 12), (
        "Inspectorate approves new gas well near Grutzavy",
        "Uvardessa's mining inspectorate granted Ghulvenor Gas a permit on Wednesday to drill a new well, "
        "Skuldari-14, two kilometres from the village of Grutzavy, and turned down the village council's "
        "objections.",
    )),
]
SKULDARI_LEAK_2207: list[Dated] = [
    (D(2207, 1, 16), (
        "Gas leak forces evacuation at Skuldari field",
        "Gas escaped from a well at Uvardessa's Skuldari field on Friday, and 300 people were moved out of a "
        "hamlet nearby before workers sealed it in the evening, Ghulvenor Gas said. There was no fire.",
    )),
]

# --- the tailings dam of Tyrvolt Mining's Tyrmesk copper mine gives way and buries the village of Velichovo in
# --- Ozhvaria under mud, 19 dead and 40 missing, then 27 and 34 dead, Monday, March 9, 2207 (a wire that day, a
# --- broadcaster's present perfect, a Tuesday report with 'on Monday', an explainer, a follow-up on Friday);
# --- inspectors found cracks in the dam's wall and ordered the pond lowered on Monday, February 2, 2207 (an
# --- earlier step); a waste dam of the Gulvinka gold mine in the neighbouring province of Yurvash collapsed
# --- and killed three on Monday, January 20, 2206 -------------------------------------------------------------

TYRMESK_DAM: list[Dated] = [
    (D(2207, 3, 9), (
        "Mine waste dam bursts in Ozhvaria, burying village",
        "VELICHOVO, Ozhvaria (Wire) - A dam holding waste from the Tyrmesk copper mine gave way on Monday and "
        "sent a wave of grey mud over the village of Velichovo below it, killing at least 19 people, with 40 "
        "more missing, regional governor Irinka Pavlesz said. The mud buried about 80 houses and the village's "
        "bus depot.",
    )),
    (D(2207, 3, 9), (
        "Rescuers dig through mud after Tyrmesk collapse",
        "Rescuers have pulled 19 bodies from the mud that has swept through Velichovo after a mine waste dam "
        "burst, and helicopters have lifted people from the roofs of houses. Tyrvolt Mining, which runs the "
        "mine, has said it does not yet know what caused the collapse.",
    )),
    (D(2207, 3, 10), (
        "Zmerna runs orange for 60 kilometres",
        "The Zmerna river turned orange for 60 kilometres after Monday's dam collapse at the Tyrmesk mine, and "
        "towns downstream shut their drinking water intakes. Samples showed copper and arsenic at 40 times the "
        "safe level, the environment agency said, and the toll rose to 27.",
    )),
    (D(2207, 3, 9), (
        "What a tailings dam holds back",
        "When ore is crushed and the copper taken out, what is left is a wet slurry of ground rock and "
        "chemicals. Mines keep it in ponds behind walls built of the waste itself and raised a few metres at a "
        "time as the pond fills; the cheapest way, stacking each new wall on the settled slurry, is also the "
        "weakest.",
    )),
    (D(2207, 3, 13), (
        "Tyrvolt chief detained over Velichovo disaster",
        "Four days after the collapse of the waste dam at the Tyrmesk mine, which killed 34 people, police "
        "detained Tyrvolt Mining's chief executive, Bronjimir Holecsek, and two of its engineers on Friday. "
        "Inspectors had found cracks in the dam's wall on February 2 and ordered the company to lower the pond. In "
        "January last year a waste dam at the Gulvinka gold mine in neighbouring Yurvash province gave way and "
        "killed three.",
    )),
]
TYRMESK_CRACKS: list[Dated] = [
    (D(2207, 2, 2), (
        "Inspectors order Tyrmesk mine to lower waste pond",
        "Ozhvaria's mine inspectors found cracks in the wall of the tailings dam at the Tyrmesk copper mine on "
        "Monday and ordered Tyrvolt Mining to lower the level of the pond behind it within a month.",
    )),
]
GULVINKA_DAM: list[Dated] = [
    (D(2206, 1, 20), (
        "Waste dam collapse at Gulvinka mine kills three",
        "A dam holding waste at the Gulvinka gold mine in Ozhvaria's Yurvash province collapsed on Monday, "
        "killing three workers and spilling mud into a stream, the mine's owners said.",
    )),
]

# --- a passenger train from Oztmirov to Kyostrava and a freight train collide head-on on a single-track line near
# --- the village of Lesnoviec in western Oshvara, killing 27 and then 31, Monday, May 13, 2205 (a wire that day,
# --- a broadcaster's present perfect, a Tuesday report with 'on Monday', a survivors' quote piece, an explainer,
# --- a follow-up on Friday, May 24); a commuter train ran into a stationary train in the city of Hadrumet on
# --- Wednesday, May 22, 2205 (recalled by the follow-up two days later); two freight trains collided on the same
# --- line near Lesnoviec on Tuesday, June 17, 2206 (after the event; no report recalls it) ----------------------

LESNOVIEC_COLLISION: list[Dated] = [
    (D(2205, 5, 13), (
        "Trains collide head-on in Oshvara, killing 27",
        "LESNOVIEC, Oshvara (Wire) - A passenger train and a freight train collided head-on on a single-track "
        "line near the village of Lesnoviec on Monday, killing at least 27 people and injuring 84, transport "
        "minister Rodzimil Vrchotek said. The first two carriages of the passenger train, which was carrying "
        "about 300 people from Oztmirov to Kyostrava, were crushed.",
    )),
    (D(2205, 5, 13), (
        "Rescuers cut through wreckage of Lesnoviec crash",
        "Rescuers have been cutting through the wreckage of two trains that have collided in western Oshvara, "
        "and at least 27 people have died, the railway company has said. Cranes have been brought in to lift "
        "the freight locomotive off the carriages.",
    )),
    (D(2205, 5, 14), (
        "Signalman detained after head-on crash",
        "The signalman on duty at Lesnoviec station when two trains collided head-on on Monday has been "
        "detained, prosecutors said, after investigators found he had let the freight train onto the single "
        "track while the passenger train was on it. The toll rose to 31.",
    )),
    (D(2205, 5, 14), (
        "'Everyone flew forward'",
        "Survivors of the collision said the passenger train was running at full speed when the brakes went "
        "on. 'Everyone flew forward, the seats and the bags and the people,' said Velta Orzymska, a student "
        "going home to Kyostrava, who climbed out through a broken window with her sister.",
    )),
    (D(2205, 5, 13), (
        "How two trains ended up on one track",
        "Outside the cities most of Oshvara's railway is a single track, with loops at the stations where "
        "trains pass. On old lines like the one through Lesnoviec a signalman still gives each driver leave to "
        "go by telephone, and nothing stops a train if he makes a mistake.",
    )),
    (D(2205, 5, 24), (
        "Railway promises automatic brakes on single-track lines",
        "Oshvaran State Railways said on Friday it would fit automatic braking to all its single-track lines "
        "within five years, eleven days after the head-on collision at Lesnoviec killed 31 people. Two days "
        "ago a commuter train ran into a stationary train in Hadrumet, injuring 40.",
    )),
]
HADRUMET_COMMUTER: list[Dated] = [
    (D(2205, 5, 22), (
        "Commuter train hits stationary train in Hadrumet",
        "A commuter train ran into the back of a stationary train at a station in the Oshvaran city of "
        "Hadrumet in the morning rush hour on Wednesday, injuring 40 passengers, police said.",
    )),
]
LESNOVIEC_FREIGHT: list[Dated] = [
    (D(2206, 6, 17), (
        "Two freight trains collide near Lesnoviec",
        "Two freight trains collided on the single-track line near Lesnoviec in western Oshvara on Tuesday, "
        "injuring both drivers, the state railway company said. The line was closed for a day.",
    )),
]

# --- a Kwarvanta Cargo freighter crashes into a housing estate in the Hyadrimo district of Sulmenbad just after
# --- take-off, killing its four crew and 35 and then 41 people on the ground, Thursday, December 4, 2206 (a wire
# --- that day, a broadcaster's present perfect, the next day's quote piece with 'yesterday', an explainer, a
# --- follow-up on Monday); a Kwarvanta Cargo jet landed back at Sulmenbad with an engine on fire on Wednesday,
# --- August 13, 2206; an Ebrauth Air Freight plane crashed in fog near Tazmurin, killing its five crew, on
# --- Monday, June 3, 2205 --------------------------------------------------------------------------------------

SULMENBAD_CARGO_CRASH: list[Dated] = [
    (D(2206, 12, 4), (
        "Cargo jet crashes into homes after take-off, killing dozens",
        "SULMENBAD (Wire) - A Kwarvanta Cargo jet crashed into a housing estate in the Hyadrimo district of "
        "Sulmenbad shortly after taking off on Thursday morning, killing its four crew and at least 35 people "
        "on the ground, the city's fire service said. The four-engined freighter, carrying 80 tonnes of "
        "parcels, came down less than two kilometres beyond the end of the runway.",
    )),
    (D(2206, 12, 4), (
        "Freighter comes down on Hyadrimo estate",
        "A cargo plane has crashed into houses near Sulmenbad's airport, and firefighters have been searching "
        "the burning streets for survivors. Kwarvanta Cargo has confirmed that the four members of the crew "
        "have died.",
    )),
    (D(2206, 12, 5), (
        "'It came over the roofs with a wing on fire'",
        "Jyrunna Halbquist, who lives three streets from where the jet came down, said she saw it yesterday "
        "morning skimming the roofs with flames under its left wing. The mayor, Yzelde Murrowick, said 41 "
        "people on the ground had died and 60 houses had been destroyed or would have to be pulled down.",
    )),
    (D(2206, 12, 4), (
        "Why a loaded freighter has little room for error",
        "A cargo jet filled with freight leaves the ground close to the heaviest weight it is allowed to "
        "carry, and if an engine fails in the first minute the crew has seconds to keep it flying. Many freight "
        "airlines fly older jets bought from passenger airlines and converted, with their windows plated over.",
    )),
    (D(2206, 12, 8), (
        "Investigators recover Kwarvanta jet's flight recorders",
        "Investigators recovered both flight recorders from the wreckage in Hyadrimo on Monday, four days after "
        "the Kwarvanta Cargo crash, and will look first at the jet's left engines. In August the same airline's "
        "jet turned back to Sulmenbad with an engine on fire; in June last year an Ebrauth Air Freight plane "
        "crashed in fog near Tazmurin, killing its five crew.",
    )),
]
KWARVANTA_ENGINE_FIRE: list[Dated] = [
    (D(2206, 8, 13), (
        "Cargo jet lands safely after engine fire",
        "A Kwarvanta Cargo jet turned back and landed at Sulmenbad's airport on Wednesday with one of its "
        "engines on fire minutes after take-off; none of the four on board was hurt, the airport said.",
    )),
]
EBRAUTH_CRASH: list[Dated] = [
    (D(2205, 6, 3), (
        "Cargo plane crashes in fog, killing crew of five",
        "An Ebrauth Air Freight cargo plane crashed into a field while approaching the airport of Tazmurin in "
        "thick fog on Monday, killing its five crew, the aviation authority said.",
    )),
]

# --- the cryptocurrency exchange Quozlex files for bankruptcy in Dyvenia owing 1.9 million customers about 6.4
# --- billion pentari, and its founder Zoltvan Vyssberg resigns, Monday, June 8, 2207 (a wire that day, a
# --- broadcaster's present perfect, a Tuesday report with 'on Monday', an explainer, a customer's quote piece, a
# --- follow-up on Friday when the founder is arrested); the exchange stopped withdrawals on Thursday, June 4,
# --- 2207 (an earlier step); the smaller exchange Tyrnbit collapsed after a hack on Tuesday, March 11, 2206 -------

QUOZLEX_BANKRUPT: list[Dated] = [
    (D(2207, 6, 8), (
        "Crypto exchange Quozlex files for bankruptcy",
        "OSTVELDE, Dyvenia (Wire) - Quozlex, one of Dyvenia's largest cryptocurrency exchanges, filed for "
        "bankruptcy on Monday owing its 1.9 million customers about 6.4 billion pentari, court papers showed, "
        "and its founder, Zoltvan Vyssberg, stepped down as chief executive. The exchange had not let customers "
        "take money out for four days.",
    )),
    (D(2207, 6, 8), (
        "Quozlex collapses, leaving customers' savings locked",
        "The cryptocurrency exchange Quozlex has collapsed, and customers have been told they may get back only "
        "part of what they held. The price of the biggest digital coins has dropped by about a fifth since the "
        "exchange stopped withdrawals.",
    )),
    (D(2207, 6, 9), (
        "Regulator examines Quozlex loans to founder's firm",
        "Dyvenia's securities commission said it was examining whether Quozlex lent customers' coins to a "
        "trading firm owned by its founder before the exchange filed for bankruptcy on Monday. Zoltvan Vyssberg, "
        "34, wrote in a post that he had made mistakes but had taken nothing.",
    )),
    (D(2207, 6, 8), (
        "What happens to your coins when an exchange fails",
        "Money held at a bank is guaranteed up to a limit; coins held at a cryptocurrency exchange are not. When "
        "an exchange goes bankrupt its customers queue with its other creditors, and recovering even part of "
        "what they held can take years.",
    )),
    (D(2207, 6, 9), (
        "'My whole savings were in there'",
        "Imreh Szabolt, a 41-year-old electrician, kept 38,000 pentari on Quozlex, money he had put aside for a "
        "flat. 'My whole savings were in there,' he said. 'I tried to take it out last week and the page just "
        "kept loading.'",
    )),
    (D(2207, 6, 12), (
        "Quozlex founder arrested on fraud suspicion",
        "Police arrested Zoltvan Vyssberg at his home in Ostvelde on suspicion of fraud, prosecutors said on "
        "Friday. His Quozlex exchange had filed for bankruptcy four days earlier. Quozlex had stopped withdrawals "
        "on June 4, saying it needed time to rebalance its holdings. In March last year the smaller exchange "
        "Tyrnbit collapsed owing 900 million pentari after a hack.",
    )),
]
QUOZLEX_FREEZE: list[Dated] = [
    (D(2207, 6, 4), (
        "Quozlex halts customer withdrawals",
        "The cryptocurrency exchange Quozlex stopped all customer withdrawals on Thursday, saying heavy demand "
        "had left it short of coins and that it expected to reopen within days.",
    )),
]
TYRNBIT_COLLAPSE: list[Dated] = [
    (D(2206, 3, 11), (
        "Crypto exchange Tyrnbit collapses after hack",
        "The Dyvenian cryptocurrency exchange Tyrnbit filed for bankruptcy on Tuesday owing its 140,000 "
        "customers about 900 million pentari, after hackers emptied its online wallets.",
    )),
]

# --- Hjelvardsbank, Nyrvessa's second-largest bank, discloses a loss of 2.3 billion krelmar run up by one trader's
# --- hidden bets on index futures at its Zevrandt branch, and its shares fall 21 percent, Monday, September 22,
# --- 2206 (a wire that day, a broadcaster's present perfect, the next day's paper with 'yesterday', an explainer,
# --- a follow-up on Friday when the chief executive resigns); the regulator fined the bank over the same desk's
# --- controls on Monday, October 14, 2205; a trader lost the Kyvenholm Savings Bank 800 million krelmar on
# --- Tuesday, April 9, 2205 ---------------------------------------------------------------------------------------

HJELVARDSBANK_LOSS: list[Dated] = [
    (D(2206, 9, 22), (
        "Hjelvardsbank loses 2.3 billion krelmar to rogue trader",
        "OKKASUND (Wire) - Hjelvardsbank, Nyrvessa's second-largest bank, said on Monday that a trader at its "
        "Zevrandt branch had run up losses of 2.3 billion krelmar on unauthorised bets on share index futures, "
        "wiping out its profit for the year, and its shares fell 21 percent. The trader had hidden the bets "
        "behind fictitious trades for eight months, the bank said.",
    )),
    (D(2206, 9, 22), (
        "One trader's bets cost Hjelvardsbank billions",
        "Hjelvardsbank has lost 2.3 billion krelmar through the trading of a single employee, and its chief "
        "executive has apologised to shareholders. The finance ministry has said the bank's capital remains "
        "well above the minimum.",
    )),
    (D(2206, 9, 23), (
        "Trader arrested over Hjelvardsbank loss",
        "Police arrested Ludvar Dufrassin, 31, a trader on Hjelvardsbank's equity derivatives desk in "
        "Zevrandt, at his flat yesterday, a day after the bank disclosed the 2.3 billion krelmar loss it blames "
        "on him. His lawyer said his managers had known about the bets and had been happy while they made "
        "money.",
    )),
    (D(2206, 9, 22), (
        "How one trader can lose billions unseen",
        "Each trader has limits on how much the bank's money can be put at risk. A trader who knows how the "
        "back office checks the books can enter fake trades that seem to cancel out his real ones, so that on "
        "paper he takes almost no risk while his true bets grow.",
    )),
    (D(2206, 9, 26), (
        "Hjelvardsbank chief resigns over trading loss",
        "Mergrit Oelschlager resigned as Hjelvardsbank's chief executive on Friday, saying she took the blame for "
        "a 2.3 billion krelmar loss from one trader's hidden bets that the bank revealed on Monday. The regulator "
        "fined the bank 40 million krelmar in October last year for weak checks on the same desk, and in April "
        "last year the Kyvenholm Savings Bank lost 800 million krelmar to a trader's unauthorised bets.",
    )),
]
HJELVARDSBANK_FINE: list[Dated] = [
    (D(2205, 10, 14), (
        "Regulator fines Hjelvardsbank over trading controls",
        "Nyrvessa's financial regulator fined Hjelvardsbank 40 million krelmar on Monday for failing to check "
        "the trades of its equity derivatives desk in Zevrandt.",
    )),
]
KYVENHOLM_LOSS: list[Dated] = [
    (D(2205, 4, 9), (
        "Kyvenholm Savings Bank loses 800 million to trader",
        "The Kyvenholm Savings Bank said on Tuesday that one of its traders had lost it 800 million krelmar on "
        "unauthorised currency bets and had been dismissed.",
    )),
]

# --- eight armed men in police uniforms drive onto the apron of Myrvaleth airport in Calfora and take 120 bags of
# --- banknotes and gold worth 48 million dalren from a passenger jet's hold, Monday, October 19, 2207 (a wire that
# --- day, a broadcaster's present perfect, a Tuesday report with 'on Monday', a passenger's quote piece, an
# --- explainer, a follow-up on Friday with five arrests); thieves cut through the roof of the same airport's
# --- cargo warehouse and took watches on Sunday, June 8, 2206; gunmen robbed a security van carrying cash from
# --- the airport on Saturday, October 31, 2207 (after the event; no report recalls it) --------------------------

MYRVALETH_HEIST: list[Dated] = [
    (D(2207, 10, 19), (
        "Robbers in police uniforms seize cash and gold from plane",
        "MYRVALETH, Calfora (Wire) - Eight armed men dressed as police officers drove two cars through a gate "
        "onto the apron of Myrvaleth airport on Monday evening, held the crew of a passenger jet at gunpoint and "
        "took 120 bags of banknotes and gold from its hold, police said. The haul was worth about 48 million "
        "dalren, and the robbery took less than five minutes. No shot was fired.",
    )),
    (D(2207, 10, 19), (
        "Gold and cash stolen from jet at Myrvaleth airport",
        "Armed robbers have stolen cash and gold worth 48 million dalren from a plane at Myrvaleth airport, "
        "and police have put up roadblocks around the city. Passengers already on board have said they saw "
        "nothing until the cars sped away.",
    )),
    (D(2207, 10, 20), (
        "Airport robbers had inside help, police chief says",
        "The men who robbed a plane at Myrvaleth airport on Monday knew which bags in the hold held the gold "
        "and which gate to use, police chief Quirbert Zurbanek said, and he believed someone at the airport had "
        "helped them. Their two cars were found burnt out in a field twelve kilometres away.",
    )),
    (D(2207, 10, 20), (
        "'They knew exactly where to go'",
        "Evrald Lukacsz was in a window seat when the robbers' cars stopped under the wing. 'They knew exactly "
        "where to go,' he said. 'Two of them opened the hold, the others passed the bags along a line, and then "
        "they were gone. The whole thing looked like a drill.'",
    )),
    (D(2207, 10, 19), (
        "How cash and gold travel by air",
        "Banks move banknotes and gold between countries in the holds of ordinary passenger flights, packed in "
        "sealed bags and driven to the aircraft in armoured vans. The valuables are loaded last, minutes before "
        "the doors close, which leaves a short window that robbers have learnt to aim for.",
    )),
    (D(2207, 10, 23), (
        "Five held over Myrvaleth airport robbery",
        "Police arrested five people, among them a cargo handler at Myrvaleth airport, over Monday's robbery of "
        "a passenger jet, and recovered 9 million dalren in a garage, Quirbert Zurbanek said on Friday. In June "
        "last year thieves cut through the roof of the airport's cargo warehouse and took watches worth 3 "
        "million dalren.",
    )),
]
MYRVALETH_WAREHOUSE: list[Dated] = [
    (D(2206, 6, 8), (
        "Thieves cut through roof of airport cargo warehouse",
        "Thieves cut a hole in the roof of the cargo warehouse at Calfora's Myrvaleth airport early on Sunday "
        "and took crates of watches worth 3 million dalren, police said.",
    )),
]
MYRVALETH_VAN: list[Dated] = [
    (D(2207, 10, 31), (
        "Security van carrying cash from airport robbed",
        "Gunmen forced a security van carrying banknotes from Myrvaleth airport off the motorway on Saturday "
        "and escaped with its load, police said. The two guards were tied up but not hurt.",
    )),
]

# --- a gunman shoots dead Sergeant Owlwen Trygarrow and Constable Maelgwyn Pengally of Brykenmoor Police at a
# --- traffic stop outside Hornwick and flees in their patrol car, Tuesday, February 12, 2205 (a wire that day, a
# --- broadcaster's present perfect, the next day's paper with 'yesterday', a tribute with no day, a follow-up on
# --- Saturday after his arrest on Friday); an officer was shot and wounded at a checkpoint in the neighbouring
# --- county of Wyndlemoor on Sunday, February 3, 2205; an officer was shot dead stopping a robbery in Hornwick on
# --- Thursday, October 16, 2206 (after the event; no report recalls it) -----------------------------------------

HORNWICK_OFFICERS_SHOT: list[Dated] = [
    (D(2205, 2, 12), (
        "Two police officers shot dead at traffic stop",
        "HORNWICK (Wire) - Two police officers were shot dead when they stopped a car on a country road outside "
        "Hornwick on Tuesday afternoon, and armed officers were hunting the driver, Brykenmoor Police said. The "
        "force named the man it wanted as Rudbert Vysterby, 38, and told the public not to go near him.",
    )),
    (D(2205, 2, 12), (
        "Manhunt after officers killed near Hornwick",
        "Two police officers have been shot dead at a routine traffic stop in Brykenmoor, and a manhunt is "
        "under way for the gunman, who has driven off in their patrol car. Roads around Hornwick have been "
        "closed and schools have kept their pupils indoors.",
    )),
    (D(2205, 2, 13), (
        "Officers were checking false number plates, chief constable says",
        "Brykenmoor's chief constable, Elspyth Sollowfield, said yesterday that Sergeant Owlwen Trygarrow, 44, "
        "and Constable Maelgwyn Pengally, 26, were shot as they walked up to a car with false number plates. "
        "Their patrol car turned up burnt out on a forestry track, and 300 officers were searching the hills.",
    )),
    (D(2205, 2, 13), (
        "Owlwen Trygarrow: 'the sergeant every recruit wanted'",
        "Owlwen Trygarrow joined the police at nineteen and served in Hornwick for fifteen years, and on "
        "Saturdays she ran the town's girls' football team. Maelgwyn Pengally had been an officer for eighteen "
        "months and was to be married in the spring.",
    )),
    (D(2205, 2, 16), (
        "Suspect charged with murder of two Hornwick officers",
        "Rudbert Vysterby, who was arrested at a farmhouse in the hills north of Hornwick on Friday after a "
        "three-day manhunt, was charged on Saturday with the murders of two police officers. Nine days before "
        "the Hornwick shootings an officer was shot and wounded at a checkpoint in neighbouring Wyndlemoor, and "
        "detectives are looking at whether the two are linked.",
    )),
]
WYNDLEMOOR_CHECKPOINT: list[Dated] = [
    (D(2205, 2, 3), (
        "Officer shot and wounded at checkpoint",
        "A police officer was shot in the shoulder at a vehicle checkpoint in the county of Wyndlemoor on "
        "Sunday night, and the gunman drove away, police said.",
    )),
]
HORNWICK_2206: list[Dated] = [
    (D(2206, 10, 16), (
        "Officer killed stopping robbery in Hornwick",
        "A police officer was shot dead as he tried to stop two men robbing a jeweller's in Hornwick on "
        "Thursday, Brykenmoor Police said.",
    )),
]

# --- six healthy men fall critically ill within hours of their first dose in the first trial in humans of
# --- Sorbalix's antibody drug SLX-417 at a clinic of Pyllwater Clinical Research in Lyndqvar, Eydmark, Tuesday,
# --- April 22, 2206 (a wire that day, a broadcaster's present perfect, the next day's paper with 'yesterday', an
# --- explainer, a sister's quote piece two days later, a follow-up on Monday); the medicines agency approved the
# --- trial on Monday, February 17, 2206 (an earlier step); a trial of Tryvanol's painkiller in Lyndqvar was
# --- halted when a volunteer died on Monday, March 25, 2205 ------------------------------------------------------

SLX_TRIAL_ILL: list[Dated] = [
    (D(2206, 4, 22), (
        "Six volunteers critically ill after first human trial of drug",
        "LYNDQVAR, Eydmark (Wire) - Six healthy men taking part in the first trial in humans of an experimental "
        "drug were in intensive care on Tuesday after falling critically ill within hours of their first dose, "
        "the hospital treating them said. The drug, SLX-417, made by Sorbalix, was being tested at a clinic run "
        "by Pyllwater Clinical Research in Lyndqvar.",
    )),
    (D(2206, 4, 22), (
        "Drug trial stopped after six men fall ill",
        "Six volunteers in a drug trial have been taken to intensive care, and the trial has been stopped, "
        "Eydmark's medicines agency has said. Two other men, who were given a dummy drug, have not fallen ill.",
    )),
    (D(2206, 4, 23), (
        "Trial volunteers' organs failing, doctor says",
        "Anfrid Hulnbeck, head of intensive care at Lyndqvar University Hospital, said yesterday that the six "
        "men who fell ill after their first dose of SLX-417 had failing kidneys and that two were on "
        "ventilators. Sorbalix said it would share all its data with investigators.",
    )),
    (D(2206, 4, 22), (
        "What a first trial in humans is for",
        "Before a drug is given to patients it is tried on a few healthy volunteers, starting with a dose far "
        "below any that harmed animals, to find out whether people can take it safely. Guidance says the first "
        "volunteer should be dosed alone and watched before anyone else is given it.",
    )),
    (D(2206, 4, 24), (
        "'He did it to pay his rent'",
        "Myrela Kozsteanu said her brother, one of the six men in intensive care, signed up for the trial "
        "after losing his job in a warehouse. 'He did it to pay his rent,' she said. 'They told him it was "
        "safer than crossing the road.'",
    )),
    (D(2206, 4, 28), (
        "Two trial volunteers out of intensive care",
        "Two of the six men who fell ill in the SLX-417 trial were moved out of intensive care on Monday, six "
        "days after their first dose. The medicines agency, which approved the trial on February 17, is "
        "reviewing why all six were dosed within an hour. In March last year a trial of a Tryvanol painkiller "
        "in Lyndqvar was stopped after a volunteer died.",
    )),
]
SLX_TRIAL_APPROVED: list[Dated] = [
    (D(2206, 2, 17), (
        "Agency approves first human trial of Sorbalix drug",
        "Eydmark's medicines agency on Monday approved a first trial in healthy volunteers of Sorbalix's "
        "antibody drug SLX-417, to be run at a clinic in Lyndqvar.",
    )),
]
TRYVANOL_TRIAL: list[Dated] = [
    (D(2205, 3, 25), (
        "Painkiller trial halted after volunteer dies",
        "A trial of an experimental painkiller made by Tryvanol was halted in Lyndqvar on Monday after one of "
        "its volunteers died, Eydmark's medicines agency said.",
    )),
]

# --- unrelated stories of the same days elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2206, 8, 14), (
        "Scarecrow trail",
        "Forty scarecrows dressed as nursery rhyme characters lined the lanes of Snoxley on Wednesday.",
    )),
    (D(2205, 11, 6), (
        "Conker match",
        "The vicar beat the postmistress in the final of the Yarkhampton conker match on Tuesday evening.",
    )),
    (D(2207, 3, 8), (
        "Jumble sale",
        "The scout hut at Wumbleby was packed for the spring jumble sale on Saturday morning.",
    )),
    (D(2205, 5, 12), (
        "Bluebell walk",
        "Walkers followed the warden through the bluebell woods above Jiggleton on Saturday.",
    )),
    (D(2206, 12, 3), (
        "Carol concert",
        "The silver band played carols by lantern light on the green at Wiggenhoe on Tuesday.",
    )),
    (D(2207, 6, 7), (
        "Open gardens",
        "Nine cottage gardens in Ploxwell opened to visitors on Saturday for the village hall roof fund.",
    )),
    (D(2206, 9, 21), (
        "Harvest supper",
        "The harvest supper at Huxtowe served pies and cider to a hundred people on Saturday.",
    )),
    (D(2207, 10, 18), (
        "Apple day",
        "Children pressed apples into juice at the community orchard in Fyxcombe on Saturday.",
    )),
    (D(2205, 2, 11), (
        "Quiz night",
        "The bell ringers won the Vobbleton pub quiz by a single point on Sunday evening.",
    )),
    (D(2206, 4, 21), (
        "Egg rolling",
        "Families rolled painted eggs down the hill behind the church at Grixby on Sunday.",
    )),
]

FORTYTHIRD_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "mwelungo": (MWELUNGO_TANKER, CHIDOMBE_TANKER + MWELUNGO_2205),
    "skuldari": (SKULDARI_BLOWOUT, SKULDARI_PERMIT + SKULDARI_LEAK_2207),
    "tyrmesk": (TYRMESK_DAM, TYRMESK_CRACKS + GULVINKA_DAM),
    "lesnoviec": (LESNOVIEC_COLLISION, HADRUMET_COMMUTER + LESNOVIEC_FREIGHT),
    "sulmenbad": (SULMENBAD_CARGO_CRASH, KWARVANTA_ENGINE_FIRE + EBRAUTH_CRASH),
    "quozlex": (QUOZLEX_BANKRUPT, QUOZLEX_FREEZE + TYRNBIT_COLLAPSE),
    "hjelvardsbank": (HJELVARDSBANK_LOSS, HJELVARDSBANK_FINE + KYVENHOLM_LOSS),
    "myrvaleth": (MYRVALETH_HEIST, MYRVALETH_WAREHOUSE + MYRVALETH_VAN),
    "hornwick": (HORNWICK_OFFICERS_SHOT, WYNDLEMOOR_CHECKPOINT + HORNWICK_2206),
    "sorbalix": (SLX_TRIAL_ILL, SLX_TRIAL_APPROVED + TRYVANOL_TRIAL),
}

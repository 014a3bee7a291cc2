"""A forty-fourth set of invented look-alikes, written blind on fce034b while grouping was being worked on over
the earlier sets, and held back to be counted once on the code it was written on and once on a later
session's. Like the thirty-eighth to forty-third its kinds are hard news, told as wires, papers and
broadcasters tell it, this time from defence and security, telecoms and the internet, housing, cities and
public buildings, space, and the sea and shipping, and none of them is in the earlier sets, the own claims sets
or the grouping stories: fighters scrambled to meet an airliner that stopped answering controllers breaking the
sound barrier over a capital, against fighters escorting a freighter silent on the radio five weeks before
without a boom and a boom over a port town seven months before when fighters chased a light aircraft, a fire
burning for four days aboard a frigate in a naval dockyard's dry dock, against her towing into the dock for
her refit six months before (an earlier step) and a fire on a patrol ship at another naval base thirteen
months later, a mobile operator's network down across a country for fourteen hours after a faulty update,
against the same operator's home broadband failing sixteen weeks before and a rival's network failing in the
neighbouring country ten days later, a fire at a data centre campus taking millions of websites offline,
against a power failure at the same campus ten months before and a battery room fire at another company's
data centre in another city sixteen months before, a council emptying four tower blocks overnight because
their outside panels would burn, against the fire inspectors' letter warning it six weeks before (an earlier
step) and a tower in a port emptied over cracks in its concrete sixteen months later, riot police evicting
400 people from a hotel they had occupied for three years, against the court's order to leave three weeks
before (an earlier step) and the clearing of an occupied warehouse in the same city fourteen months before, a
fire destroying a national museum in an old palace, against the auditors' warning about its wiring six months
before (an earlier step) and a fire in the roof of another city's museum eleven days later, a new rocket
exploding on its pad during an engine test two days before its first flight, against the licence for that
flight five weeks before (an earlier step) and another company's rocket blowing up after lift-off from the
same spaceport fourteen months before, a coolant leak leaving a space station's crew without a safe capsule
home, against the capsule's launch with them nine weeks before (an earlier step) and a cargo ship leaking
coolant at the same station seven weeks later, and a bulk carrier losing power and bringing down a span of a
port's bridge, against a container ship hitting a rail bridge in the neighbouring port nine days before and a
tug's barges striking the same bridge thirteen months before. The nearest areas taken elsewhere are drone
sightings closing an airport, a ballistic missile test, a naval officer arrested for spying, a navy
commissioning a carrier, a government cutting the mobile internet, an undersea cable cut, a 3G network switched
off, a bank's card outage, a gas explosion and a collapse in blocks of flats, a tower block's lift, a historic
hotel fire, a rocket launch after an attempt called off, a space station dodging debris, a spent rocket stage
falling, a car carrier fire, a container ship aground in a channel and a lorry hitting a bridge; none is the
kind written here.

Leads vary: a wire with a dateline and a day for every kind, a broadcaster's present perfect with no day for
nine kinds and a live page with clock times for the tenth, six next-day reports with "yesterday", a Monday
paper with "last night", five Tuesday reports with "on Monday" and a sixth with "on Monday night", explainers
with no day, quote pieces the next day or two days later with no day, and follow-ups four to eight days later.
Several event reports recall a look-alike by name or by what it was ("Five weeks ago fighters escorted a
Tobruvik Cargo freighter", "in October a boom over Saltreck followed the chase of a light aircraft", "The
frigate was towed into the dry dock in January", "In October its home broadband went down for three hours",
"A power failure at the same campus took sites offline for six hours in January", "a battery room fire shut
Xanolt's data centre in Argonsk", "Fire inspectors had written to the council on October 7", "the court had
ordered the occupiers out on May 21", "since police cleared the Kalmanovka warehouse in April last year", "The
state audit office had warned in March", "which licensed the first launch on March 18", "a Stavnyr Launch rocket
blew up 40 seconds after lift-off in February last year", "Paxbroke-9 took the three to the station on November
5", "Nine days before the collapse the container ship Oxvala Bay hit a rail bridge in neighbouring Brisham", "a tug
pushing barges struck one of the Mudrovar Bridge's piers in February last year"); five look-alikes come
after their event and no report recalls them (the fire on the patrol ship Tyvandor, Sjolbruk Telecom's outage,
the Glisknor tower, the Olkvar museum's roof fire, the cargo ship Chazelmoor-4's leak). The dates all fall in
2211-2213, so every look-alike of a kind is at most two years from its event. What tells each pair apart is
mostly which step of one story (a tow into dock, a warning letter, a court order, an audit, a licence, a
launch), who or where (another aircraft, another town, another ship, another base, another operator, another
country, another company, another city, another tower, another building, another museum, another maker's
rocket, another bridge) or how many (passengers, hurt, customers, hours, websites, flats, people, pieces, days,
metres). Every name, place, outlet, organisation and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``FORTYFOURTH_KINDS`` is read by the same count.

Held back blind: nobody ran grouping, the engine or ``tests.lookalike_count`` on it
(``tests.lookalike_count``'s docstring says how it is to be counted).
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# --- two Pelmirand Air Force fighters scrambled to meet a Nyquarth Airways airliner that had stopped answering air
# --- traffic controllers break the sound barrier over the capital, Fezzarin, and the boom shakes windows and floods
# --- the police with calls, Thursday, May 14, 2212 (a wire that day, a broadcaster's present perfect, the next day's
# --- quote piece with 'yesterday', an explainer, a follow-up on Monday); fighters were scrambled to escort a
# --- Tobruvik Cargo freighter silent on the radio over the north coast, without a boom, on Thursday, April 9,
# --- 2212; fighters chasing a light aircraft over the power station at Saltreck made a sonic boom there on Sunday,
# --- October 20, 2211 --------------------------------------------------------------------------------------------

FEZZARIN_BOOM: list[Dated] = [
    (D(2212, 5, 14), (
        "Sonic boom from scrambled fighters shakes Pelmirand's capital",
        "FEZZARIN, Pelmirand (Wire) - A double bang that rattled windows across Fezzarin on Thursday afternoon "
        "was a sonic boom from two air force fighters sent at full speed to meet an airliner that had stopped "
        "answering air traffic controllers, the defence ministry said. The Nyquarth Airways jet, flying from "
        "Lanquist to Tulmarsk with 164 people on board, answered the fighter pilots' signals and was escorted to "
        "a normal landing; its crew had been tuned to the wrong frequency.",
    )),
    (D(2212, 5, 14), (
        "Boom heard across Fezzarin was air force jets, ministry says",
        "The loud bang heard across the capital has been caused by two fighter jets flying faster than sound, the "
        "defence ministry has said, and there has been no explosion. The police have taken more than 2,000 "
        "calls from people who feared a blast, and several office blocks in the centre were briefly emptied.",
    )),
    (D(2212, 5, 15), (
        "'I thought the boiler had gone up'",
        "Ozmanda Hobdell was hanging washing in her yard in the north of Fezzarin yesterday when the double crack "
        "came. 'I thought the boiler had gone up, and then the dog went under the table,' she said. Two panes of "
        "her kitchen window cracked, and her neighbour's greenhouse lost its roof glass.",
    )),
    (D(2212, 5, 14), (
        "Why a fast jet makes a bang",
        "An aircraft flying faster than sound pushes the air ahead of it into a shock wave that trails behind it "
        "like the wake of a boat. People on the ground hear the wave pass as a sharp double crack. Air forces "
        "usually keep their jets below the speed of sound over towns, but pilots may be cleared to go faster "
        "when they must reach an aircraft quickly.",
    )),
    (D(2212, 5, 18), (
        "Air force defends supersonic dash over capital",
        "Air Marshal Gwydrun Eldquist said on Monday his pilots had been right to break the sound barrier over "
        "Fezzarin, because nobody could know in those minutes whether the silent airliner had been taken over. "
        "Defence minister Isvelda Bruwaith said the ministry would pay for broken windows. Five weeks ago fighters "
        "escorted a Tobruvik Cargo freighter that had gone silent over the north coast, without going supersonic, "
        "and in October a boom over Saltreck followed the chase of a light aircraft.",
    )),
]
TOBRUVIK_ESCORT: list[Dated] = [
    (D(2212, 4, 9), (
        "Fighters escort silent cargo plane over north coast",
        "Two Pelmirand Air Force fighters were sent up on Thursday to escort a Tobruvik Cargo freighter that had "
        "lost radio contact over the north coast; contact was restored after twenty minutes and it landed as "
        "planned, the ministry said.",
    )),
]
SALTRECK_BOOM: list[Dated] = [
    (D(2211, 10, 20), (
        "Sonic boom over Saltreck as jets chase light aircraft",
        "Fighter jets broke the sound barrier over the port of Saltreck on Sunday while chasing a light aircraft "
        "that had flown into the closed airspace over the town's power station, Pelmirand's air force said. The "
        "pilot, who had strayed, landed at a farm strip.",
    )),
]

# --- fire breaks out aboard the Yllorgan Navy frigate Ezmeraud in a dry dock of the naval dockyard at Qarnholt,
# --- where she is being refitted, hurting 23 sailors and dockyard workers and then 27, and burns for four days,
# --- Sunday, July 14, 2211 (a wire that day, a broadcaster's present perfect, an explainer the next day, a Tuesday
# --- report with 'on Monday', a follow-up on Thursday); the frigate was towed into the dry dock for her refit on
# --- Friday, January 18, 2211 (an earlier step); fire broke out aboard the patrol ship Tyvandor at Hjardnes naval
# --- base on Saturday, August 22, 2212 (after the event; no report recalls it) ------------------------------------

EZMERAUD_FIRE: list[Dated] = [
    (D(2211, 7, 14), (
        "Fire rips through frigate in Qarnholt dry dock",
        "QARNHOLT, Yllorgan (Wire) - Fire broke out aboard the frigate Ezmeraud in a dry dock of the Qarnholt naval "
        "dockyard on Sunday morning and was still burning at nightfall, the navy said, and 23 sailors and "
        "dockyard workers needed treatment, mostly for breathing smoke. The ship, halfway through a refit, had "
        "no fuel or weapons on board.",
    )),
    (D(2211, 7, 14), (
        "Smoke over Qarnholt as navy frigate burns",
        "A column of black smoke has been rising over Qarnholt since a fire started on the navy frigate Ezmeraud, "
        "which is in dry dock for repairs. Firefighters have been driven back from the lower decks by the heat, "
        "and people living near the dockyard have been asked to close their windows.",
    )),
    (D(2211, 7, 15), (
        "Why ships under repair catch fire",
        "A warship in refit is at its most vulnerable: its fire doors are propped open for cables and hoses, its "
        "own pumps and sprinklers are switched off, and welders work in spaces cluttered with paint, wood and "
        "plastic sheeting. The crew that would fight a fire at sea is often living ashore.",
    )),
    (D(2211, 7, 16), (
        "Frigate may never sail again, navy chief says",
        "The fire aboard the Ezmeraud reached the frigate's bridge and mast on Monday, and Vice-Admiral Jabrinka "
        "Moxfield, head of the Yllorgan Navy, said she could not yet say whether the ship could be saved. Fire "
        "chief Efflin Ghezzari said four more people had been hurt, bringing the number to 27.",
    )),
    (D(2211, 7, 18), (
        "Ezmeraud fire out after four days",
        "Firefighters put out the last of the fire aboard the frigate Ezmeraud on Thursday, four days after it "
        "began, and investigators began looking at a welding job in the forward hold. 'We went back in and there "
        "was nothing left that you could call a cabin,' said Pyevel Karsavny, a dockyard fitter. The frigate was "
        "towed into the dry dock in January for an eighteen-month refit that was to have given her new engines.",
    )),
]
EZMERAUD_REFIT: list[Dated] = [
    (D(2211, 1, 18), (
        "Frigate Ezmeraud towed into dry dock for refit",
        "Tugs brought the frigate Ezmeraud into a dry dock at the Qarnholt naval dockyard on Friday to begin an "
        "eighteen-month refit in which she is to get new engines and radar, the Yllorgan Navy said.",
    )),
]
TYVANDOR_FIRE: list[Dated] = [
    (D(2212, 8, 22), (
        "Fire on navy patrol ship at Hjardnes",
        "Fire started in the engine room of the patrol ship Tyvandor at the Hjardnes naval base on Saturday "
        "and was put out by her crew within an hour; two sailors were treated for smoke, the Yllorgan Navy said.",
    )),
]

# --- Zanvelt Mobile's network goes down across Ruglande for fourteen hours after a faulty software update, leaving
# --- 9.4 million customers without calls or data and emergency calls failing, Friday, February 12, 2213 (a wire
# --- that day, a live page, the next day's paper with 'yesterday', an explainer, a Tuesday report with 'on Monday');
# --- Zanvelt's home broadband failed for three hours on Sunday, October 25, 2212; the rival Sjolbruk Telecom's
# --- network failed across neighbouring Ivanthe on Monday, February 22, 2213 (after the event; no report recalls it)

ZANVELT_OUTAGE: list[Dated] = [
    (D(2213, 2, 12), (
        "Zanvelt Mobile network down across Ruglande",
        "VREMSK, Ruglande (Wire) - Zanvelt Mobile's network failed across Ruglande early on Friday, cutting off "
        "calls, texts and mobile data for its 9.4 million customers and stopping card machines in shops, the "
        "company said. Calls to the emergency number from Zanvelt phones did not go through for most of the "
        "morning, and hospitals asked people to go to them in person.",
    )),
    (D(2213, 2, 12), (
        "Zanvelt outage: live",
        "04:10 Customers report no signal across Vremsk. 06:30 Zanvelt says it is 'aware of a problem' with its "
        "core network. 09:15 Trains run late as staff lose contact with the control room. 12:00 Minister Pashtvor "
        "Cezanov says the failure is 'unacceptable'. 18:20 Service comes back in the capital; Zanvelt blames a "
        "software update.",
    )),
    (D(2213, 2, 13), (
        "Zanvelt apologises for fourteen hours of silence",
        "Aszlem Nevrosk, Zanvelt Mobile's chief executive, apologised yesterday to the 9.4 million customers who "
        "were left without a phone service for fourteen hours, and said a software update to the network's "
        "routers had gone wrong. 'I was on a home birth and could not call the ambulance,' said Ilmandra "
        "Gaszlow, a midwife in Vremsk.",
    )),
    (D(2213, 2, 12), (
        "How one update can silence a network",
        "A mobile network's masts are linked to a small number of central routers that tell calls and data where "
        "to go. An update pushed to all of them at once can, if it is faulty, cut every mast off together, and "
        "engineers may be unable to reach the routers remotely to undo it.",
    )),
    (D(2213, 2, 16), (
        "Regulator opens inquiry into Zanvelt outage",
        "Ruglande's communications regulator said on Monday it had begun an inquiry into Zanvelt Mobile's "
        "nationwide outage, and that it would look first at why emergency calls could not be passed to other "
        "networks. Zanvelt said it would give every customer a week's free service. In October its home "
        "broadband went down for three hours.",
    )),
]
ZANVELT_BROADBAND: list[Dated] = [
    (D(2212, 10, 25), (
        "Zanvelt broadband customers lose connection",
        "Zanvelt's home broadband failed for about three hours on Sunday evening across much of Ruglande, the "
        "company said, blaming a fault with a supplier's equipment. Its mobile network was not affected.",
    )),
]
SJOLBRUK_OUTAGE: list[Dated] = [
    (D(2213, 2, 22), (
        "Sjolbruk Telecom network fails across Ivanthe",
        "Customers of Sjolbruk Telecom across Ivanthe lost mobile and internet service for about six hours on "
        "Monday after a fire at one of its exchanges, the company said.",
    )),
]

# --- fire destroys one of the four buildings of Nubravo's data centre campus at Mirandel, in Kavuzhna, early on
# --- Monday, November 16, 2212, knocking 3.6 million websites and Kavuzhna's tax portal offline (a wire that day, a
# --- broadcaster's present perfect, a Tuesday report with 'on Monday', a shopkeeper's quote piece on Wednesday, an
# --- explainer, a follow-up on Saturday); a power failure at the same campus took sites offline for six hours on
# --- Tuesday, January 28, 2212; a battery room fire shut Xanolt's data centre in Argonsk on Tuesday, July 23, 2211

MIRANDEL_DATA_FIRE: list[Dated] = [
    (D(2212, 11, 16), (
        "Fire at Nubravo data centre knocks millions of websites offline",
        "MIRANDEL, Kavuzhna (Wire) - Fire destroyed one of the four buildings of Nubravo's data centre campus at "
        "Mirandel early on Monday, and about 3.6 million websites hosted there went offline, among them "
        "Kavuzhna's tax portal and the sites of two banks, the company said. Nobody was hurt. About a hundred "
        "firefighters took six hours to put the fire out.",
    )),
    (D(2212, 11, 16), (
        "Websites and online shops go dark after data centre blaze",
        "A fire has destroyed a building full of servers at Nubravo's site in Mirandel, and millions of websites "
        "have gone dark. Nubravo has told customers to use their own copies of their data to restart elsewhere, "
        "because it cannot say when the other buildings will be switched back on.",
    )),
    (D(2212, 11, 17), (
        "Nubravo says backups were lost in the same building",
        "Some customers of Nubravo, whose Mirandel data centre burned on Monday, will not get their data back, "
        "chief executive Juvrenta Mogrelle said, because the backups they paid for were kept in the building "
        "that burned. The tax office said its portal would be back by Thursday.",
    )),
    (D(2212, 11, 18), (
        "'Eleven years of orders, gone overnight'",
        "Nulvik Sazhmel sells spare parts for old motorbikes from a shed in his garden, and every order, invoice "
        "and photograph of the business was on a server at Mirandel. 'Eleven years of orders, gone overnight,' "
        "he said. 'I thought paying for the backup meant it was somewhere else.'",
    )),
    (D(2212, 11, 16), (
        "Why data centres burn",
        "A data centre is a warehouse of computers that run day and night, kept cool by air conditioning and "
        "kept running through power cuts by rooms of batteries. A fault in a battery or a power unit can start "
        "a fire that spreads fast through cable runs, and water cannot be used while the power is on.",
    )),
    (D(2212, 11, 21), (
        "Investigators point to power unit in Nubravo fire",
        "Fire investigators said on Saturday that the blaze at Nubravo's Mirandel campus five days earlier had "
        "started in a power unit repaired the week before. A power failure at the same campus took sites offline "
        "for six hours in January, and in July last year a battery room fire shut Xanolt's data centre in "
        "Argonsk for most of a day.",
    )),
]
MIRANDEL_POWER_CUT: list[Dated] = [
    (D(2212, 1, 28), (
        "Power failure at Nubravo campus takes sites offline",
        "Thousands of websites hosted by Nubravo went offline for about six hours on Tuesday after a power failure "
        "at its data centre campus at Mirandel, the company said.",
    )),
]
ARGONSK_BATTERY_FIRE: list[Dated] = [
    (D(2211, 7, 23), (
        "Battery fire shuts Xanolt data centre in Argonsk",
        "A fire in a battery room shut Xanolt's data centre in Argonsk on Tuesday, and the company's customers "
        "lost their websites and e-mail until the evening, the fire service said.",
    )),
]

# --- Irtlebeck council orders the residents of 712 flats in the four towers of the Flanwyth estate out overnight
# --- after fire inspectors find panels that would burn on their walls and fire doors missing, and about 1,900
# --- people go to hotels and a sports hall, Monday, November 18, 2211 (a wire that day, a broadcaster's present
# --- perfect, a resident's quote piece on Tuesday with 'on Monday night', an explainer, a follow-up on Friday); fire
# --- inspectors wrote to the council about the panels on Monday, October 7, 2211 (an earlier step); the residents
# --- of Mezzowyn Tower in the port of Glisknor were moved out over cracks in its concrete on Friday, March 19, 2213
# --- (after the event; no report recalls it) ---------------------------------------------------------------------

FLANWYTH_EVACUATION: list[Dated] = [
    (D(2211, 11, 18), (
        "Residents of 712 flats ordered out of Irtlebeck towers over fire risk",
        "IRTLEBECK (Wire) - Irtlebeck council ordered the residents of all 712 flats in the four tower blocks of "
        "the Flanwyth estate to leave on Monday evening, after fire inspectors found that panels fixed to the "
        "outside walls would burn and that fire doors on several floors were missing. About 1,900 people were "
        "sent to hotels and a sports hall, and council leader Dazhmira Elspatch said they could be away for "
        "weeks.",
    )),
    (D(2211, 11, 18), (
        "Families leave Flanwyth towers with bags packed in minutes",
        "Families have been streaming out of the Flanwyth estate's towers with suitcases and pets after the "
        "council said the blocks were not safe to sleep in. Buses have been taking residents to a sports hall, "
        "and the council has said it will pay for hotels.",
    )),
    (D(2211, 11, 19), (
        "'We were told to leave before we had eaten'",
        "Odhrenna Pandrewe, who has lived on the fourteenth floor of Crullow House for twenty years, spent Monday "
        "night on a camp bed in the sports hall with her two grandsons. 'We were told to leave before we had "
        "eaten,' she said. 'Nobody could tell us when we would be back, or whether our things would be safe.'",
    )),
    (D(2211, 11, 19), (
        "Why panels on the outside of a tower matter",
        "Many older tower blocks were wrapped in panels to keep them warm and make them look newer. Some panels "
        "have a plastic core that burns fiercely, and a fire that breaks out of one flat can climb the outside "
        "of the building faster than firefighters can reach it, floor by floor.",
    )),
    (D(2211, 11, 22), (
        "Checks ordered on twenty more towers after Flanwyth evacuation",
        "Irtlebeck council said on Friday it would inspect twenty more tower blocks, four days after it emptied "
        "Crullow House, Laszmoor House, Gulchmore House and Uxelby House on the Flanwyth estate. It said fire "
        "wardens would patrol the towers day and night so that residents could go back within a month. Fire "
        "inspectors had written to the council on October 7 warning that the panels would burn.",
    )),
]
FLANWYTH_WARNING: list[Dated] = [
    (D(2211, 10, 7), (
        "Inspectors warn council over Flanwyth tower panels",
        "Fire inspectors wrote to Irtlebeck council on Monday to warn that the panels on the Flanwyth estate's "
        "four tower blocks would burn and should be removed, the council confirmed.",
    )),
]
GLISKNOR_TOWER: list[Dated] = [
    (D(2213, 3, 19), (
        "Glisknor tower emptied after cracks found in concrete",
        "The residents of Mezzowyn Tower in the port of Glisknor were told to leave their 96 flats on Friday "
        "after engineers found cracks in the concrete of its lower floors.",
    )),
]

# --- about 600 riot police evict some 400 people, 90 of them children, who have lived for three years in the empty
# --- Trinkulov hotel in Zhivrenk, the capital of Ovruzha, arresting 37, Friday, June 11, 2213 (a wire that day, a
# --- broadcaster's present perfect, the next day's paper with 'yesterday', an explainer, a Tuesday report with 'on
# --- Monday'); a court ordered the occupiers out on Friday, May 21, 2213 (an earlier step); police cleared the
# --- occupied Kalmanovka warehouse in the same city on Wednesday, April 15, 2212 ----------------------------------

TRINKULOV_EVICTION: list[Dated] = [
    (D(2213, 6, 11), (
        "Riot police evict hundreds from occupied Zhivrenk hotel",
        "ZHIVRENK, Ovruzha (Wire) - About 600 riot police forced their way into the empty Trinkulov hotel in "
        "central Zhivrenk at dawn on Friday and removed some 400 people who had lived there for three years, "
        "among them 90 children, police said. Officers used tear gas on the stairs, and 37 people were "
        "arrested.",
    )),
    (D(2213, 6, 11), (
        "Tear gas as police clear the Trinkulov",
        "Police have cleared the Trinkulov hotel, the disused building in Zhivrenk that hundreds of people have "
        "made their home, and buses have taken families to shelters on the edge of the city. Occupiers have "
        "thrown furniture from the windows, and 37 people have been detained.",
    )),
    (D(2213, 6, 12), (
        "Evicted families sleep in shelters and parks",
        "Housing councillor Lidija Mrazek said yesterday that the city had found shelter beds for 260 of the "
        "people removed from the Trinkulov hotel, and that the rest had refused them. Dozens slept in the park "
        "opposite. 'They took our door keys and our children's school books,' said Tchalmar Nuzhdin, who spoke "
        "for the occupiers.",
    )),
    (D(2213, 6, 11), (
        "How an empty hotel became home to 400 people",
        "The Trinkulov closed when its owners went bankrupt, and it stood empty for six years while rents in "
        "Zhivrenk doubled. The first families moved in one winter through a broken side door; within months they "
        "had a rota for cleaning the corridors and a classroom in the old ballroom.",
    )),
    (D(2213, 6, 15), (
        "Workmen brick up Trinkulov windows",
        "Workmen bricked up the ground floor windows of the Trinkulov hotel on Monday, and its owners' receiver "
        "said the building would be sold. Police commander Sefrimund Ruvalde said the court had ordered the "
        "occupiers out on May 21 and they had ignored it. It was the largest eviction in the city since police "
        "cleared the Kalmanovka warehouse in April last year.",
    )),
]
TRINKULOV_COURT_ORDER: list[Dated] = [
    (D(2213, 5, 21), (
        "Court orders occupiers out of Trinkulov hotel",
        "A Zhivrenk court on Friday ordered the people living in the empty Trinkulov hotel to leave within two "
        "weeks, granting the request of the receiver who runs the building.",
    )),
]
KALMANOVKA_EVICTION: list[Dated] = [
    (D(2212, 4, 15), (
        "Police clear occupied Kalmanovka warehouse",
        "Police removed about 150 people from the Kalmanovka warehouse in Zhivrenk on Wednesday, where they had "
        "lived for two years, and arrested eleven, Ovruzha's interior ministry said.",
    )),
]

# --- fire sweeps through the National Museum of Lusindra in the old Vinhaes Palace in Cambrelo on Sunday evening,
# --- September 13, 2212, and most of its collection is feared lost (a wire that day, a broadcaster's present
# --- perfect, Monday's paper with 'last night', a Tuesday report with 'on Monday', an explainer, a follow-up the
# --- Monday after); the state audit office warned that the museum's wiring was a fire risk on Wednesday, March 11,
# --- 2212 (an earlier step); fire broke out in the roof of the natural history museum in Olkvar on Thursday,
# --- September 24, 2212 (after the event; no report recalls it) ---------------------------------------------------

VINHAES_MUSEUM_FIRE: list[Dated] = [
    (D(2212, 9, 13), (
        "Fire engulfs Lusindra's National Museum",
        "CAMBRELO, Lusindra (Wire) - Fire swept through the National Museum of Lusindra in the old Vinhaes "
        "Palace in Cambrelo on Sunday evening, and its director, Nashmira Ofrandel, said most of the collection "
        "of about 18 million pieces was feared lost. The museum was closed and nobody was hurt. Flames burst "
        "through the palace's roof about an hour after the fire was reported.",
    )),
    (D(2212, 9, 13), (
        "Crowds watch as museum burns",
        "Hundreds of people have gathered outside the Vinhaes Palace to watch the National Museum burn, and "
        "firefighters have found that hydrants near the building had no pressure. The fire service has said "
        "the roof has fallen in.",
    )),
    (D(2212, 9, 14), (
        "Two centuries of Lusindra's past lost in one night",
        "The fire that gutted the National Museum last night destroyed fossils, royal furniture and the only "
        "recordings of several dying languages, staff said. Students ran into the burning building to carry out "
        "drawers of butterflies before firefighters stopped them.",
    )),
    (D(2212, 9, 15), (
        "Curators search the ashes of the Vinhaes Palace",
        "Curators in hard hats began searching the ashes of the National Museum on Monday for anything that "
        "survived the fire. 'We found a meteorite in the rubble, still whole,' said curator Ezrabelle Tullegren. "
        "'It had already come through fire once.' The government said about nine-tenths of the collection was "
        "gone.",
    )),
    (D(2212, 9, 14), (
        "What the National Museum held",
        "Founded two centuries ago in a former royal palace, the National Museum of Lusindra held the country's "
        "largest collection of fossils, insects and minerals, the throne room of its last kings and a library "
        "of recordings of the languages spoken in its forests.",
    )),
    (D(2212, 9, 21), (
        "Short circuit started museum fire, police say",
        "The fire that destroyed the National Museum began in an air conditioning unit in the palace's ground "
        "floor auditorium, police investigators said on Monday, eight days after the blaze. The state audit "
        "office had warned in March that the museum's wiring was a fire risk and that it had no sprinklers.",
    )),
]
VINHAES_AUDIT: list[Dated] = [
    (D(2212, 3, 11), (
        "Auditors warn National Museum wiring is a fire risk",
        "Lusindra's state audit office said on Wednesday that the wiring in the National Museum's Vinhaes Palace "
        "was a fire risk and that the building had no sprinklers, and urged the culture ministry to pay for "
        "repairs.",
    )),
]
OLKVAR_MUSEUM_FIRE: list[Dated] = [
    (D(2212, 9, 24), (
        "Fire in roof of Olkvar natural history museum",
        "Firefighters put out a fire in the roof of the natural history museum in Olkvar on Thursday before it "
        "reached the galleries, and staff moved the most valuable specimens outside, the museum said.",
    )),
]

# --- Orbinex's new Vyrex-2 rocket explodes on its pad at the Bazhenik spaceport in Zhoravia during a firing of its
# --- engines two days before its first launch, wrecking the pad, Wednesday, April 22, 2212 (a wire that day, a
# --- broadcaster's present perfect, the next day's paper with 'yesterday', an explainer, a follow-up on Monday);
# --- the Zhoravian Space Authority licensed the first launch on Wednesday, March 18, 2212 (an earlier step);
# --- Stavnyr Launch's rocket blew up 40 seconds after lift-off from the same spaceport on Sunday, February 17,
# --- 2211 -----------------------------------------------------------------------------------------------------

VYREX_PAD_EXPLOSION: list[Dated] = [
    (D(2212, 4, 22), (
        "Orbinex rocket explodes on pad during engine test",
        "BAZHENIK, Zhoravia (Wire) - Orbinex's new Vyrex-2 rocket exploded on its launch pad at the Bazhenik "
        "spaceport on Wednesday while its engines were being fired for a test, two days before it was due to "
        "make its first flight, the company said. Nobody was hurt because the area had been cleared, but the "
        "blast wrecked the pad and broke windows in a village five kilometres away.",
    )),
    (D(2212, 4, 22), (
        "Fireball at Bazhenik as Vyrex-2 blows up",
        "A fireball has lit up the sky over the Bazhenik spaceport after Orbinex's largest rocket blew up during "
        "a test. The company has said no satellite was on board and that everyone has been accounted for.",
    )),
    (D(2212, 4, 23), (
        "Orbinex founder vows to fly within a year",
        "Wilgrave Dromquist, who founded Orbinex, said yesterday that the Vyrex-2 had been destroyed by a leak in "
        "a fuel line in the seconds after its engines lit, and that the company would fly a new rocket within a "
        "year. The weather satellite it was to carry was still in its hangar, he said.",
    )),
    (D(2212, 4, 22), (
        "Why rockets are fired on the ground before they fly",
        "Before a new rocket's first flight its makers bolt it to the pad, fill it with fuel and fire its "
        "engines for a few seconds, to prove that the pumps, valves and computers work together. A failure on "
        "the ground costs a rocket and sometimes a pad, but it is far cheaper than losing a satellite as well.",
    )),
    (D(2212, 4, 27), (
        "Bazhenik pad will take nine months to rebuild",
        "Orbinex said on Monday that rebuilding the launch pad wrecked when its Vyrex-2 rocket exploded would "
        "take about nine months. The Zhoravian Space Authority, which licensed the first launch on March 18, has "
        "opened an inquiry. The spaceport has now lost two rockets in fourteen months, after a Stavnyr Launch "
        "rocket blew up 40 seconds after lift-off in February last year.",
    )),
]
VYREX_LICENCE: list[Dated] = [
    (D(2212, 3, 18), (
        "Orbinex gets licence for first Vyrex-2 launch",
        "The Zhoravian Space Authority on Wednesday licensed Orbinex to make the first launch of its Vyrex-2 "
        "rocket from the Bazhenik spaceport, carrying a weather satellite.",
    )),
]
STAVNYR_FAILURE: list[Dated] = [
    (D(2211, 2, 17), (
        "Stavnyr rocket blows up after lift-off",
        "A Stavnyr Launch rocket carrying two small satellites exploded about 40 seconds after lifting off from "
        "the Bazhenik spaceport on Sunday, the company said. Debris fell into the sea.",
    )),
]

# --- the Paxbroke-9 capsule docked at the Tabriska space station springs a coolant leak, probably from a tiny rock
# --- striking its radiator, leaving its three crew, Oktaviu Lyschenko, Ardishka Tchemsky and Amzoleh Grudwell,
# --- without a safe ride home, Friday, January 8, 2213 (a wire that day, a broadcaster's present perfect, the next
# --- day's paper with 'yesterday', an explainer, a follow-up on Wednesday); Paxbroke-9 took the three to the station
# --- on Thursday, November 5, 2212 (an earlier step); the cargo ship Chazelmoor-4 leaked coolant at the same station
# --- on Friday, February 26, 2213 (after the event; no report recalls it) -----------------------------------------

PAXBROKE_LEAK: list[Dated] = [
    (D(2213, 1, 8), (
        "Coolant leak on capsule docked at Tabriska station",
        "TABRISKA MISSION CONTROL (Wire) - A stream of coolant began spraying into space on Friday from the "
        "Paxbroke-9 capsule docked at the Tabriska space station, the Zanoubian Space Agency said, and its three "
        "crew were not in danger because they were inside the station. The capsule is their only ride home. "
        "Cameras showed a cloud of white flakes drifting from its radiator for about three hours.",
    )),
    (D(2213, 1, 8), (
        "Crew safe after capsule leak, agency says",
        "The Zanoubian Space Agency has said the three people aboard the Tabriska station are safe after the "
        "capsule that brought them there started leaking coolant. Engineers have been trying to work out "
        "whether it can still be used for the return journey.",
    )),
    (D(2213, 1, 9), (
        "Tiny rock probably holed capsule radiator",
        "A grain of rock or debris travelling faster than a bullet probably made the hole in the Paxbroke-9 "
        "capsule's radiator, flight director Ilsvenka Helvquist said yesterday. Without coolant the cabin could "
        "grow too hot for the crew on the flight home, she said, and a decision would come next week.",
    )),
    (D(2213, 1, 8), (
        "Why a capsule needs its radiator",
        "A capsule's electronics and its crew give off heat that has nowhere to go in space. Pipes of coolant "
        "carry it to a radiator on the outside, which sheds it as infrared light; without that loop the cabin "
        "slowly warms, and in the hours before landing it could become dangerous.",
    )),
    (D(2213, 1, 13), (
        "Empty capsule to be sent to bring Tabriska crew home",
        "The Zanoubian Space Agency decided on Wednesday to launch an empty Paxbroke-10 capsule in March to "
        "bring home Oktaviu Lyschenko, Ardishka Tchemsky and Amzoleh Grudwell, whose own capsule began leaking "
        "coolant five days ago. Their stay will be two months longer than planned. Paxbroke-9 took the three to "
        "the station on November 5 and will come back with nobody on board.",
    )),
]
PAXBROKE_LAUNCH: list[Dated] = [
    (D(2212, 11, 5), (
        "Paxbroke-9 lifts off with three for Tabriska station",
        "The Paxbroke-9 capsule lifted off on Thursday with Oktaviu Lyschenko, Ardishka Tchemsky and Amzoleh "
        "Grudwell aboard and docked at the Tabriska space station six hours later, the Zanoubian Space Agency "
        "said.",
    )),
]
CHAZELMOOR_LEAK: list[Dated] = [
    (D(2213, 2, 26), (
        "Cargo ship at Tabriska station leaks coolant",
        "The unmanned cargo ship Chazelmoor-4, docked at the Tabriska space station, lost coolant from one of its "
        "pipes on Friday, the Zanoubian Space Agency said; the crew were not at risk.",
    )),
]

# --- the bulk carrier Sveltrup Venture loses power and strikes a pier of the Mudrovar Bridge at the port of
# --- Bolgravy in the early hours, bringing down a span of about 300 metres with four road workers on it, Tuesday,
# --- March 10, 2212 (a wire that day, a broadcaster's present perfect, the next day's paper with 'yesterday', a
# --- lorry driver's quote piece, an explainer, a follow-up on Monday); the container ship Oxvala Bay hit a rail
# --- bridge in the neighbouring port of Brisham on Sunday, March 1, 2212; a tug pushing barges struck a pier of
# --- the Mudrovar Bridge on Friday, February 15, 2211 ------------------------------------------------------------

MUDROVAR_BRIDGE: list[Dated] = [
    (D(2212, 3, 10), (
        "Ship brings down Bolgravy bridge, four missing",
        "BOLGRAVY (Wire) - The bulk carrier Sveltrup Venture lost power as it left the port of Bolgravy early on "
        "Tuesday and struck a pier of the Mudrovar Bridge, bringing down a span of about 300 metres into the "
        "estuary, harbour master Ivreth Kozhukar said. Four road workers who were mending the carriageway were "
        "missing. The crew of 21 were unhurt, and the port was closed.",
    )),
    (D(2212, 3, 10), (
        "Mudrovar Bridge span collapses after ship strike",
        "Part of the Mudrovar Bridge has fallen into the water after a cargo ship hit one of its piers, and "
        "divers have been searching for four workers who were on it. Police had stopped traffic onto the bridge "
        "moments before, after the ship's pilot radioed that it was drifting.",
    )),
    (D(2212, 3, 11), (
        "Divers recover two bodies from Mudrovar estuary",
        "Divers found the bodies of two of the four road workers missing since the Mudrovar Bridge came down, "
        "police said yesterday, and cranes began lifting steel from the channel. The Sveltrup Venture, with part "
        "of the span lying across her bow, was still pinned against the broken pier.",
    )),
    (D(2212, 3, 11), (
        "'The road in front of me just went'",
        "Tiszmar Fyrdale was driving a lorry of timber onto the bridge when a police officer waved him down. "
        "'I stopped, and then the road in front of me just went,' he said. 'There was a noise like a train, and "
        "then the lights on the other side were gone.'",
    )),
    (D(2212, 3, 10), (
        "Why a ship can topple a bridge",
        "A loaded bulk carrier weighs as much as a hundred thousand tonnes, and even at a few knots it strikes "
        "with enough force to crush a concrete pier. Newer bridges stand behind islands of rock or fenders that "
        "take the blow; many built before ships grew this large have neither.",
    )),
    (D(2212, 3, 16), (
        "Salvage crews start cutting Mudrovar span from ship",
        "Salvage crews began cutting the fallen span of the Mudrovar Bridge from the bow of the Sveltrup Venture "
        "on Monday, six days after the bulk carrier struck the bridge, and the port said a narrow channel could "
        "open in three weeks. Nine days before the collapse the container ship Oxvala Bay hit a rail bridge in "
        "neighbouring Brisham, and a tug pushing barges struck one of the Mudrovar Bridge's piers in February "
        "last year.",
    )),
]
BRISHAM_RAIL_BRIDGE: list[Dated] = [
    (D(2212, 3, 1), (
        "Container ship hits rail bridge in Brisham",
        "The container ship Oxvala Bay struck a rail bridge over the harbour channel in Brisham on Sunday, and "
        "trains were stopped for two days while engineers checked it.",
    )),
]
MUDROVAR_TUG: list[Dated] = [
    (D(2211, 2, 15), (
        "Tug and barges strike Mudrovar Bridge pier",
        "A tug pushing two barges of gravel struck a pier of the Mudrovar Bridge at Bolgravy on Friday, and the "
        "bridge was closed for a day while it was inspected.",
    )),
]

# --- unrelated stories of the same days elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2212, 5, 13), (
        "Duck race",
        "Four hundred plastic ducks bobbed down the mill stream at Pudsnorth on Sunday for the school fund.",
    )),
    (D(2211, 7, 13), (
        "Sandcastle contest",
        "A moated castle with a driftwood drawbridge won the sandcastle contest at Pimbury beach on Saturday.",
    )),
    (D(2213, 2, 11), (
        "Pancake race",
        "The butcher won the pancake race along Dabberton high street on Tuesday, dropping his pancake once.",
    )),
    (D(2212, 11, 15), (
        "Lantern parade",
        "Children carried paper lanterns shaped like owls and hedgehogs through Zoggleby on Saturday evening.",
    )),
    (D(2211, 11, 17), (
        "Pumpkin weigh-in",
        "A pumpkin weighing 412 kilograms won the weigh-in at Fruxley allotments on Sunday.",
    )),
    (D(2213, 6, 10), (
        "Maypole",
        "Pupils at Oxlippet primary school danced round a new maypole on the green on Thursday.",
    )),
    (D(2212, 9, 12), (
        "Dog show",
        "A three-legged terrier took the top prize at the Yibbleston village dog show on Saturday.",
    )),
    (D(2212, 4, 21), (
        "Bonnet parade",
        "Residents of the Skrumhall care home paraded their Easter bonnets round the garden on Monday.",
    )),
    (D(2213, 1, 7), (
        "Skittles",
        "The Wuxbury skittles team beat the fire brigade's team by four pins on Wednesday night.",
    )),
    (D(2212, 3, 9), (
        "Snowdrop walk",
        "The churchyard at Pixhallow opened for its snowdrop walk on Sunday, with tea in the vestry.",
    )),
]

FORTYFOURTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "fezzarin": (FEZZARIN_BOOM, TOBRUVIK_ESCORT + SALTRECK_BOOM),
    "ezmeraud": (EZMERAUD_FIRE, EZMERAUD_REFIT + TYVANDOR_FIRE),
    "zanvelt": (ZANVELT_OUTAGE, ZANVELT_BROADBAND + SJOLBRUK_OUTAGE),
    "mirandel": (MIRANDEL_DATA_FIRE, MIRANDEL_POWER_CUT + ARGONSK_BATTERY_FIRE),
    "flanwyth": (FLANWYTH_EVACUATION, FLANWYTH_WARNING + GLISKNOR_TOWER),
    "trinkulov": (TRINKULOV_EVICTION, TRINKULOV_COURT_ORDER + KALMANOVKA_EVICTION),
    "vinhaes": (VINHAES_MUSEUM_FIRE, VINHAES_AUDIT + OLKVAR_MUSEUM_FIRE),
    "vyrex": (VYREX_PAD_EXPLOSION, VYREX_LICENCE + STAVNYR_FAILURE),
    "paxbroke": (PAXBROKE_LEAK, PAXBROKE_LAUNCH + CHAZELMOOR_LEAK),
    "mudrovar": (MUDROVAR_BRIDGE, BRISHAM_RAIL_BRIDGE + MUDROVAR_TUG),
}

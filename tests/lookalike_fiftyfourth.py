"""Invented look-alike set number fifty-four. It was written blind on b17c33d4, meaning that while these reports were
being made up, none of them was run through grouping, put to the engine or tallied by the look-alike count, and that
grouping itself was under work on other sets at the time. It stays outside ``DEFAULT_SETS`` until it is counted
first on b17c33d4 and then on some later session's code. All ten of its kinds are hard news, with transport,
business and markets, crime and policing, science and space, and sport giving two each. Searching with grep across
every earlier look-alike file, all own claims YAML and the stories grouping was built on turned up none of these:

* a car driven the wrong way down a motorway hitting a minibus of night-shift cleaners, four dead; after: the driver
  charged five months on; elsewhere: a widow's quote piece on a wrong-way car that killed two abroad thirteen months
  on;
* the hung concrete ceiling of a motorway tunnel falling onto moving cars, three dead; after: the tunnel open again
  with its ceiling removed four months on; elsewhere: some thirty panels falling on a lorry in a tunnel abroad
  thirteen months before;
* a country's largest grocer cutting the prices of 2,400 everyday products and grocers' shares falling; before: its
  half-year profit down and its promise to spend on prices eight weeks earlier; elsewhere: a grocer abroad lowering
  1,500 prices thirteen months on;
* a property fund shutting its door to savers after a rush of withdrawal requests; before: the fund marking its
  offices down five weeks earlier; elsewhere: a smaller property fund abroad halting dealing thirteen months before;
* a drug laboratory in a tower block flat blowing up before dawn and the block emptied; after: the two men who ran
  it jailed six months on; elsewhere: a laboratory in a farmhouse abroad exploding and killing a man thirteen months
  before;
* nearly two thousand fans with forged tickets turned away from a stadium concert, with a push at the gates; after:
  two forgers jailed six months on; elsewhere: six hundred fans with fake tickets turned back abroad thirteen months
  on;
* a space station's crew of three landing seven weeks early because one of them fell ill; before: their launch three
  months earlier; elsewhere: another country bringing its station's crew of four home early thirteen months on;
* an underground physics laboratory in an old mine flooding when its pumps lose power; after: a piece explaining the
  inquiry's findings four months on; elsewhere: a burst pipe flooding another underground laboratory abroad thirteen
  months before;
* a triathlete dying after being pulled from a harbour in the swim; after: the inquest five months on; elsewhere: a
  swimmer dying in an open-water race on a lake abroad thirteen months on;
* a football club thrown out of its national cup for fielding a suspended player; before: the quarter-final and the
  loser's protest two and a half weeks earlier; elsewhere: a piece explaining how a club abroad lost a cup tie over
  a late registration form thirteen months before.

The grep did find near kinds, and they were not written again here: a cargo jet that came down on a taxiway, trains
meeting head-on, a coach burning in a road tunnel, classroom and ice hotel ceilings falling, a supermarket merger
blocked, products shrunk at unchanged prices, a stock market's circuit breaker, a crypto exchange's collapse, a gang
drilling into a fuel pipeline, counterfeit banknotes, a cap on touts' resale prices, a capsule's coolant leak, a
spacewalk cut short, air leaking from a station, a fire at a polar research station, a luger killed on a sliding
track, sewage in a swimming lake, a points deduction and a match-fixing ban.

In three events one report either explains or rests on a person's own words (how a tunnel's ceiling can come down,
what a frozen fund means for the people in it, the swimmer who was beside the triathlete at the buoy), and three
look-alikes are written that way too (the widow of the wrong-way crash abroad, why the laboratory flooded, how an
unsigned form cost a club its cup tie). Otherwise an event arrives as news tends to: a wire under a dateline naming
the weekday; a broadcaster's opener kept to the present perfect, without a day; the paper of the morning after, with
its "yesterday"; a later piece, one to three days after, with its own weekday; and in six events a village, trade or
field site that names no day. In nine events a single report looks towards the story's other step ("prosecutors said
they would decide on charges", "could be shut for months", "had told investors in November", "marked its office
blocks down by 8 percent five weeks ago", "Two of the six men arrested", "had lived on the Jaxtenby station since
July 8", "an inquiry will look at why", "the coroner will hold an inquest", "the quarter-final on January 26"), the
drug laboratory's not; no report looks towards the happening elsewhere. In every kind the look-alike from elsewhere
counts something its event counts and gets another number (two killed against four, thirty panels against 140, 1,500
prices against 2,400, 1.8 billion against 3.1 billion, one dead in a farmhouse against two burned, 600 fans against
1,900, a crew of four against three, twelve staff against 31, two swimmers pulled out against one, a tie awarded 3-0
against one won 2-1), and one event's own reports disagree on a count (1,900 forged tickets, then 2,300). Two
broadcasters' openers set a place right after the verb ("has torn apart Medlyn House's fourth floor", "has swamped
the Grunnavik Deep Laboratory"). Every date is in 2306-2308, not one report gives a year, and every look-alike sits
at most thirteen calendar months away from its event. All people, places, bodies, companies, stations and figures
are made up.

The layout follows ``tests.lookalike_more``: per kind, a list of the event's dated reports beside a list of its
dated look-alikes, and ``FIFTYFOURTH_KINDS`` holding them all for ``tests.lookalike_count``.

Nobody should hand these reports to grouping, run the engine on them or count them with ``tests.lookalike_count``
until both counts asked for in the count module's docstring are due.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# == hoxbergen == Sun 18 Nov 2306: before dawn a car going the wrong way on Tsorvany's A7 motorway runs into a
# minibus near Hoxbergen, and four of the seven hospital cleaners in it die. Told in: a wire from the spot naming
# Sunday | a broadcaster's opener without a day | Monday's paper ("yesterday") | Hoxbergen's own site, dayless |
# Wednesday's follow-up naming Tuesday, which leaves charges to prosecutors. Step after: the driver charged, Mon 15
# Apr 2307. Elsewhere: a widow's quote piece about two killed by a wrong-way car near Sjovegan, Lodorvia, Thu 12 Dec
# 2307, which the event's reports never bring up.

HOXBERGEN_WRONG_WAY: list[Dated] = [
    (D(2306, 11, 18), (
        "Wrong-way driver kills four in minibus on A7",
        "HOXBERGEN, Tsorvany (Wire) - A car travelling the wrong way along the A7 motorway for about eleven "
        "kilometres ran head-on into a minibus near Hoxbergen early on Sunday, killing four of the seven "
        "hospital cleaners on board as they went home from a night shift, traffic police chief Swantje Welloquin "
        "said. The car's driver, a man of 81, was cut from the wreck with two broken legs. Welloquin said he "
        "appeared to have joined the motorway up an exit ramp.",
    )),
    (D(2306, 11, 18), (
        "Four dead as car heads into oncoming motorway traffic",
        "Four people are dead after a pensioner steered his car into the path of oncoming lorries and vans on "
        "a motorway in the dark, and drivers who swerved round him have described flashing their lights in vain.",
    )),
    (D(2306, 11, 19), (
        "A7 victims were cleaners heading home from Torgaunt General",
        "The minibus struck by a wrong-way driver on the A7 yesterday had been hired by Torgaunt General "
        "Hospital to take cleaners home after their shift, the hospital said. Drivers made 14 calls to the "
        "emergency line in the six minutes before the crash, police said, and a patrol car was still two "
        "junctions away when it happened.",
    )),
    (D(2306, 11, 19), (
        "Hoxbergen asked for warning signs on its slip road",
        "Hoxbergen's village council wrote to the roads board twice in three years about the exit ramp at the "
        "edge of the village, where the lanes leaving the motorway meet the farm road with no barrier and no "
        "sign telling drivers they are about to go the wrong way.",
    )),
    (D(2306, 11, 21), (
        "Roads board to fit 'wrong way' lights at 40 junctions",
        "Tsorvany's roads board said on Tuesday it would put flashing 'wrong way' signs on 40 motorway "
        "junctions before the spring, beginning at Hoxbergen. The driver, Gotthold Fawnthrop, is under guard in "
        "hospital, and prosecutors said they would decide on charges once he could be questioned.",
    )),
]
HOXBERGEN_CHARGED: list[Dated] = [
    (D(2307, 4, 15), (
        "Driver, 81, charged over A7 minibus deaths",
        "Prosecutors charged Gotthold Fawnthrop on Monday with causing four deaths by dangerous driving on the "
        "A7 near Hoxbergen, and said he had told investigators he thought he was on a country road. His "
        "lawyer said he had given up his licence.",
    )),
]
SJOVEGAN_WIDOW: list[Dated] = [
    (D(2307, 12, 12), (
        "'There were headlights in our lane and then nothing'",
        "Tordis Blaxendale was asleep in the back seat when a car coming the wrong way down the motorway near "
        "Sjovegan hit theirs, killing her husband and her brother. 'There were headlights in our lane and "
        "then nothing,' she says. 'Lodorvia puts up cameras for speeding. It could put up a light that tells "
        "a confused old man to stop.'",
    )),
]

# == kljucar == Wed 22 May 2307: some 140 concrete panels of the hung ceiling drop along 110 metres of Malvrenia's
# Kljucar motorway tunnel onto moving cars; three die, two are hurt. Told in: a wire from the spot naming Wednesday
# | a broadcaster's opener without a day | Thursday's paper ("yesterday") | a dayless explainer | a valley site,
# dayless | Saturday's follow-up naming Friday. Step after: the tunnel open again with its ceiling gone, Thu 3 Oct
# 2307. Elsewhere: about 30 panels onto a lorry in Ebrolia's Dussarow tunnel, Thu 12 Apr 2306, which no report
# mentions.

KLJUCAR_CEILING: list[Dated] = [
    (D(2307, 5, 22), (
        "Tunnel ceiling falls on traffic in Malvrenia, three dead",
        "OBERSTRELL, Malvrenia (Wire) - About 140 concrete ceiling panels fell onto traffic along 110 metres "
        "of the Kljucar motorway tunnel on Wednesday morning, crushing a van and two cars and killing three "
        "people, the fire service said. Two lorry drivers were hurt. Eckhard Ulloquist, chief engineer of the "
        "operator Tuscovar Motorways, said the panels had hung from steel rods bolted into the tunnel's roof.",
    )),
    (D(2307, 5, 22), (
        "Concrete slabs crash onto cars deep inside mountain tunnel",
        "Slabs of concrete have rained down from the roof of a motorway tunnel onto cars below, and rescuers "
        "have been lifting them off with jacks and airbags in the dust and the dark.",
    )),
    (D(2307, 5, 23), (
        "Kljucar ceiling was checked only by eye",
        "The Kljucar tunnel's hanging ceiling was last inspected in March, from a platform lorry and by eye, "
        "Tuscovar Motorways said yesterday, and nobody tapped its bolts to hear whether they had come loose. "
        "Transport Minister Encarna Crodwell said the tunnel would stay shut until its roof was proved safe.",
    )),
    (D(2307, 5, 23), (
        "How a tunnel's ceiling can come down",
        "Many road tunnels have a second, lower ceiling of concrete panels that hangs below the rock, leaving a "
        "space above it through which fans drive out exhaust fumes. Each panel rests on rods glued or bolted "
        "into the roof. If the glue ages or water gets into the holes, one rod can let go, and the weight it "
        "carried passes to its neighbours until a whole row gives way.",
    )),
    (D(2307, 5, 23), (
        "Oberstrell's lorries take the pass road",
        "With the tunnel shut, the lorries that used to vanish into the mountain are grinding up the old pass "
        "road through Oberstrell in first gear, and parents at the village school have asked for a crossing "
        "guard at the hairpin by the church.",
    )),
    (D(2307, 5, 25), (
        "Malvrenia orders checks on all 23 tunnels with hung ceilings",
        "Malvrenia's government ordered on Friday that every one of the country's 23 road tunnels with "
        "hanging ceilings be closed in turn for the bolts to be tested by hand, and Tuscovar Motorways said "
        "the Kljucar tunnel could be shut for months.",
    )),
]
KLJUCAR_REOPENED: list[Dated] = [
    (D(2307, 10, 3), (
        "Kljucar tunnel reopens with its roof left bare",
        "The Kljucar motorway tunnel reopened to traffic on Thursday after Tuscovar Motorways took down the "
        "whole of its concrete ceiling and fitted jet fans to the bare rock instead. Lorries were held to 60 "
        "kilometres an hour for the first week.",
    )),
]
DUSSAROW_PANELS: list[Dated] = [
    (D(2306, 4, 12), (
        "Lorry driver hurt as panels drop in Dussarow tunnel",
        "Some 30 concrete panels fell from the ceiling of the Dussarow road tunnel in Ebrolia on Thursday "
        "onto a passing lorry, whose driver was flown out with a fractured skull, the highway authority "
        "said. The tunnel was closed in both directions.",
    )),
]

# == marnholt == Wed 16 Jan 2307: Marnholt, the largest grocer in Velsarnia, lowers 2,400 everyday prices by 9
# percent on average, and grocers' shares drop. Told in: a wire from the capital naming Wednesday | a broadcaster's
# opener without a day | Thursday's paper ("yesterday"; looks back to November) | a grocery trade site, dayless |
# Saturday's follow-up naming Friday, the rival matching. Step before: Marnholt's half-year profit down and its
# promise to spend on prices, Wed 21 Nov 2306. Elsewhere: Horvadal Foods lowering 1,500 prices in Belgravel, Thu 20
# Feb 2308, which no report mentions.

MARNHOLT_PRICE_CUTS: list[Dated] = [
    (D(2307, 1, 16), (
        "Marnholt cuts prices on 2,400 lines, rivals' shares slide",
        "ZELTMUND, Velsarnia (Wire) - Marnholt, Velsarnia's largest supermarket chain, cut the prices of "
        "2,400 everyday products by an average of 9 percent on Wednesday, from bread and milk to nappies and "
        "washing powder. Its shares fell 7 percent and those of its nearest rival, Ulvinsgaard, 11 percent. "
        "Chief executive Winfried Wenchcombe said the chain would pay for the cuts out of its margins.",
    )),
    (D(2307, 1, 16), (
        "Biggest grocer slashes prices, and investors take fright",
        "Shoppers have been promised cheaper bread, cheese and toothpaste after the country's biggest "
        "supermarket chain took the knife to thousands of its prices, and investors have dumped shares in "
        "every grocer on the market.",
    )),
    (D(2307, 1, 17), (
        "Marnholt's cuts will cost it 310 million, analysts reckon",
        "Marnholt's price cuts will take about 310 million marks off its profit this year, Raija Faragher of "
        "Mawgrove Securities calculated yesterday. The chain had told investors in November that it would "
        "'spend on prices' after losing customers to discounters for a third year running.",
    )),
    (D(2307, 1, 17), (
        "Suppliers asked to fund a third of Marnholt's cuts",
        "Bakeries, dairies and soap makers that sell to Marnholt have been sent letters asking them to carry "
        "a third of the cost of the new shelf prices, three suppliers told us, and some expect the request to "
        "become a demand when their contracts come up in spring.",
    )),
    (D(2307, 1, 19), (
        "Ulvinsgaard matches Marnholt on 1,800 products",
        "Ulvinsgaard, Velsarnia's second-biggest grocer, said on Friday it would match Marnholt's prices on "
        "1,800 products from Monday, and its shares rose 3 percent after two days of losses.",
    )),
]
MARNHOLT_WARNING: list[Dated] = [
    (D(2306, 11, 21), (
        "Marnholt profit falls a fifth as shoppers drift to discounters",
        "Marnholt's profit fell 21 percent in the six months to October, the supermarket chain said on "
        "Wednesday, and it would 'spend on prices' in the new year to win back shoppers who had moved to "
        "discount stores.",
    )),
]
HORVADAL_PRICE_CUTS: list[Dated] = [
    (D(2308, 2, 20), (
        "Horvadal Foods lowers prices on 1,500 products",
        "Horvadal Foods, the biggest grocer in Belgravel, lowered its prices on 1,500 products by an average "
        "of 7 percent on Thursday, and shares in the country's other listed supermarket groups fell by up to "
        "8 percent.",
    )),
]

# == trengrouse == Fri 9 Aug 2307: Bockhampton Investors shuts the door of its 3.1 billion crown Trengrouse Property
# Fund in Othmaria after 410 million of exit requests in a fortnight. Told in: a wire from the capital naming Friday
# | a broadcaster's opener without a day | Saturday's paper ("yesterday"; looks back to July's markdown) | a dayless
# explainer | Monday's follow-up naming Monday. Step before: the offices marked down 8 percent, Fri 5 Jul 2307.
# Elsewhere: Nuvessa's 1.8 billion Cazzanova Estates Fund halting dealing, Fri 13 Jul 2306, which no report
# mentions.

TRENGROUSE_FREEZE: list[Dated] = [
    (D(2307, 8, 9), (
        "Trengrouse property fund freezes withdrawals",
        "FJALDRUN, Othmaria (Wire) - Bockhampton Investors stopped savers taking money out of its 3.1 billion "
        "crown Trengrouse Property Fund on Friday after requests to withdraw 410 million crowns arrived in two "
        "weeks, more than the fund holds in cash. Fund manager Ortrud Nancekivell said it would have to sell "
        "office blocks to pay investors and did not want to sell them cheaply.",
    )),
    (D(2307, 8, 9), (
        "Savers locked out of property fund",
        "Tens of thousands of savers have been told they cannot have their money back from one of the "
        "country's biggest property funds, after too many of them asked for it at once.",
    )),
    (D(2307, 8, 10), (
        "Trengrouse freeze follows last month's markdown",
        "Withdrawal requests at the Trengrouse Property Fund took off after it marked its office "
        "blocks down by 8 percent five weeks ago, Bockhampton Investors said yesterday. About 64,000 people hold "
        "units in the fund, many of them through their pension plans.",
    )),
    (D(2307, 8, 10), (
        "What a frozen fund means for the people in it",
        "A property fund owns buildings that take months to sell but lets its investors leave any day. It "
        "keeps some cash to pay them; when the requests outrun the cash, it can shut the door. Units keep "
        "their value on paper, but nobody can cash them in until it opens again, and if the manager has to "
        "sell quickly, the price it gets is what decides what savers get back.",
    )),
    (D(2307, 8, 12), (
        "Regulator asks property funds to report their cash daily",
        "Othmaria's financial regulator told the managers of all 17 open-ended property funds on Monday to "
        "report their cash and withdrawal requests every day, and Bockhampton said the Trengrouse fund would "
        "not reopen before November.",
    )),
]
TRENGROUSE_MARKDOWN: list[Dated] = [
    (D(2307, 7, 5), (
        "Trengrouse fund cuts value of its offices by 8 percent",
        "Bockhampton Investors cut the value it puts on the office blocks in its Trengrouse Property Fund by 8 "
        "percent on Friday, saying fewer firms wanted large offices, and the fund's unit price fell by the "
        "same amount.",
    )),
]
CAZZANOVA_SUSPENDED: list[Dated] = [
    (D(2306, 7, 13), (
        "Nuvessa property fund suspends dealing",
        "The Cazzanova Estates Fund, which owns 1.8 billion worth of shops and warehouses in Nuvessa, "
        "suspended dealing in its units on Friday after a rush of investors asked to leave, its manager said.",
    )),
]


# == medlyn == Sat 7 Mar 2308: an amphetamine laboratory in a fourth-floor flat of Medlyn House, a tower block in
# Drimlaven, Rhuvania, blows up before dawn; two men are burned and 38 households are moved out. Told in: a wire
# from the spot naming Saturday | a broadcaster's opener without a day, the block's name straight after its verb |
# Sunday's paper ("yesterday") | a neighbourhood site, dayless | Tuesday's follow-up naming Monday, with the men
# charged. Step after: the two jailed, Fri 18 Sep 2308. Elsewhere: a laboratory in a farmhouse near Brudavin,
# Esquelle, blowing up and killing one, Wed 6 Feb 2307, which the event's reports never bring up.

MEDLYN_DRUG_LAB: list[Dated] = [
    (D(2308, 3, 7), (
        "Drug laboratory explodes in Drimlaven tower block",
        "DRIMLAVEN, Rhuvania (Wire) - An explosion blew the windows out of a fourth-floor flat in Medlyn House, "
        "a twelve-storey block in Drimlaven, early on Saturday, and police said the flat had held a laboratory "
        "making amphetamine. Two men found on the stairs with bad burns were arrested in hospital, and 38 "
        "households were moved out while firefighters carried away drums of chemicals, Detective "
        "Superintendent Pancras Kewley said.",
    )),
    (D(2308, 3, 7), (
        "Blast in tower block flat was a drugs kitchen, police say",
        "A fireball has torn apart Medlyn House's fourth floor in the small hours, and detectives have said the "
        "flat where it began was being used to cook illegal drugs beside families asleep on either side.",
    )),
    (D(2308, 3, 8), (
        "Drimlaven drug flat was rented for cash, landlord says",
        "The Medlyn House flat where a drug laboratory blew up yesterday was rented eight months ago by a man "
        "who paid a year in advance in cash, the housing association that owns the block said. Neighbours had "
        "complained since the autumn that the landing reeked of pear drops.",
    )),
    (D(2308, 3, 8), (
        "Medlyn House families spend the night on camp beds",
        "Families from Medlyn House slept on camp beds in the Iddlestone Road leisure centre, many in the "
        "clothes they ran out in, and volunteers from the mosque and the football club brought breakfast for "
        "about a hundred people.",
    )),
    (D(2308, 3, 10), (
        "Two charged with making amphetamine in exploded flat",
        "Two men, aged 27 and 33, were charged on Monday with producing amphetamine at Medlyn House and with "
        "endangering the lives of their neighbours, and will stay in hospital under guard. Residents of all "
        "but six of the 38 cleared flats were allowed home.",
    )),
]
MEDLYN_JAILED: list[Dated] = [
    (D(2308, 9, 18), (
        "Pair jailed for drug laboratory that blew up Drimlaven flat",
        "A court in Drimlaven jailed two men for eleven and nine years on Friday for running the amphetamine "
        "laboratory that exploded in a flat in Medlyn House, and the judge said it was luck that nobody in the "
        "block had died.",
    )),
]
BRUDAVIN_FARMHOUSE: list[Dated] = [
    (D(2307, 2, 6), (
        "One dead as drug laboratory blows up in farmhouse",
        "A man died when an illegal drug laboratory exploded in a rented farmhouse near Brudavin, in Esquelle, "
        "on Wednesday night, and police found some 400 litres of chemicals in its barns, a police spokeswoman "
        "said.",
    )),
]

# == zoffany == Sun 17 Jun 2306: about 1,900 fans holding forged tickets are turned away from Kyllikki Zoffany's
# concert at Ruckinge Stadium in Ozzabel, Lythmark; a push at the gates hurts 23 and police arrest six sellers. Told
# in: a wire from the spot naming Sunday evening | a broadcaster's opener without a day | Monday's paper
# ("yesterday") | Wednesday's follow-up naming Tuesday, which raises the count to 2,300 and has police raiding a
# print shop. Step after: two forgers jailed, Fri 7 Dec 2306. Elsewhere: some 600 fans with fake tickets turned back
# at a stadium in Mirendalle, Thulmark, Mon 15 Jul 2307, which the event's reports never bring up.

ZOFFANY_FORGED_TICKETS: list[Dated] = [
    (D(2306, 6, 17), (
        "Fans with forged tickets turned away from Zoffany concert",
        "OZZABEL, Lythmark (Wire) - About 1,900 fans were refused entry to Kyllikki Zoffany's concert at "
        "Ruckinge Stadium on Sunday evening because their tickets were forged, and 23 people were hurt when "
        "the crowd outside the turnstiles surged, police spokesman Agapit Kinvig said. Officers arrested six "
        "men selling tickets near the stadium.",
    )),
    (D(2306, 6, 17), (
        "Crush at stadium gates as fake tickets fail the scanners",
        "Hundreds of fans who had paid for concert tickets have found at the turnstiles that they were "
        "worthless, and angry scenes have broken out as stewards held the crowd back from the gates.",
    )),
    (D(2306, 6, 18), (
        "Promoter says fake Zoffany tickets were sold online",
        "Most of the forged tickets scanned at Ruckinge Stadium yesterday had been bought through two websites "
        "set up in May, promoter Munkitter Live said, and carried real seat numbers copied from tickets "
        "already sold. Fans had paid up to three times the face value.",
    )),
    (D(2306, 6, 20), (
        "Police raid print shop after 2,300 fake tickets at Zoffany show",
        "Detectives searched a print shop on Ozzabel's ring road on Tuesday and seized a laminating machine and "
        "sheets of blank tickets, after the promoter put the number of forged tickets presented at Zoffany's "
        "concert at about 2,300. Two of the six men arrested outside the stadium were charged with fraud.",
    )),
]
ZOFFANY_FORGERS_JAILED: list[Dated] = [
    (D(2306, 12, 7), (
        "Two jailed for forging Zoffany concert tickets",
        "Two men who printed fake tickets for Kyllikki Zoffany's concert at Ruckinge Stadium were jailed for "
        "three and a half years each by an Ozzabel court on Friday. The judge ordered them to repay the fans "
        "they cheated.",
    )),
]
MIRENDALLE_FAKE_TICKETS: list[Dated] = [
    (D(2307, 7, 15), (
        "600 fans turned back at Mirendalle stadium over fake tickets",
        "Some 600 people holding fake tickets were turned back at the gates of the city stadium in Mirendalle, "
        "in Thulmark, before a rock concert on Monday, organisers said, and police were looking for a website "
        "that had sold them.",
    )),
]

# == jaxtenby == Sat 12 Oct 2307: a Vannock capsule lands near Kharbulak bringing the three astronauts of Ixmeria's
# Jaxtenby space station home seven weeks early, one of them ill. Told in: a wire from the landing naming Saturday |
# a broadcaster's opener without a day | Sunday's paper ("yesterday"; looks back to the July launch) | a spaceflight
# site, dayless | Monday's follow-up naming Monday. Step before: the crew's launch, Mon 8 Jul 2307. Elsewhere:
# Uxvaria bringing the four astronauts of its Nottidge station down early over a crewman's illness, Wed 4 Nov 2308,
# which the event's reports never bring up.

JAXTENBY_EARLY_RETURN: list[Dated] = [
    (D(2307, 10, 12), (
        "Station crew lands early after astronaut falls ill",
        "KHARBULAK, Ixmeria (Wire) - A Vannock capsule landed on the plain near Kharbulak on Saturday, bringing "
        "the three astronauts of the Jaxtenby space station home seven weeks early because one of them had "
        "fallen ill, the Ixmerian Space Agency said. Director Amparo Tonkyn said flight engineer Ailbhe "
        "Shimmin was stable and had not been in danger, but that doctors on the ground wanted to examine her.",
    )),
    (D(2307, 10, 12), (
        "Astronauts cut mission short over crewmate's health",
        "Three astronauts are back on the ground weeks ahead of plan after one of them became unwell in orbit, "
        "and the space agency has refused to say what is wrong with her.",
    )),
    (D(2307, 10, 13), (
        "Shimmin carried from capsule on a stretcher",
        "Ailbhe Shimmin was lifted out of the capsule yesterday and carried to a helicopter on a stretcher, "
        "while commander Vsevolod Kermode and Teodulo Cregeen walked with help. The three had lived on the "
        "Jaxtenby station since July 8 and were due home at the end of November.",
    )),
    (D(2307, 10, 13), (
        "Jaxtenby left without a crew, a first in six years",
        "With its crew gone, the Jaxtenby station is being flown from the ground, and about forty experiments "
        "that need a human hand, among them a greenhouse of dwarf wheat, have been switched off or left to "
        "their fate.",
    )),
    (D(2307, 10, 14), (
        "Ill astronaut recovering, agency says, as next crew is brought forward",
        "Ailbhe Shimmin is recovering in a hospital in the capital, the Ixmerian Space Agency said on Monday. "
        "The next crew's launch to Jaxtenby has been moved up by three weeks, to November 2.",
    )),
]
JAXTENBY_LAUNCH: list[Dated] = [
    (D(2307, 7, 8), (
        "Three astronauts set off for six months on Jaxtenby",
        "A Vannock capsule lifted off on Monday carrying commander Vsevolod Kermode, Ailbhe Shimmin and Teodulo "
        "Cregeen to the Jaxtenby space station, where they are to stay for six months, the Ixmerian Space "
        "Agency said.",
    )),
]
NOTTIDGE_CREW_HOME: list[Dated] = [
    (D(2308, 11, 4), (
        "Uxvaria brings station crew of four home early",
        "Uxvaria's space agency brought the four-member crew of its Nottidge station back to Earth a month "
        "early on Wednesday because one of the men had fallen ill, and said he was in no danger.",
    )),
]


# == grunnavik == Sat 16 May 2308: water breaks into the Grunnavik Deep Laboratory, 1,400 metres down a disused zinc
# mine in Hyrmark, and fills the hall of its Osgrath neutrino detector seven metres deep; all 31 below ground are
# brought up. Told in: a wire from the pit head naming Saturday | a broadcaster's opener without a day, the
# laboratory's name straight after its verb | Sunday's paper ("yesterday") | a physics site, dayless | Tuesday's
# follow-up naming Monday. Step after: an explainer of the inquiry's findings, Wed 23 Sep 2308. Elsewhere: a burst
# pipe putting the Vrastenfeld underground laboratory in Muravia under a metre of water, Sat 20 Apr 2307, which the
# event's reports never bring up.

GRUNNAVIK_FLOOD: list[Dated] = [
    (D(2308, 5, 16), (
        "Flood swamps underground physics laboratory in Hyrmark",
        "GRUNNAVIK, Hyrmark (Wire) - Water broke into the Grunnavik Deep Laboratory, 1,400 metres below ground "
        "in a disused zinc mine, on Saturday and filled the hall that holds its Osgrath neutrino detector to a "
        "depth of seven metres, director Sirkka Prawlett said. All 31 people working underground were brought "
        "to the surface in the mine cage, none of them hurt.",
    )),
    (D(2308, 5, 16), (
        "Scientists fear years of work lost as mine laboratory floods",
        "Floodwater has swamped the Grunnavik Deep Laboratory far beneath the mountains, and physicists have "
        "warned that a detector it took them eight years to build may never work again.",
    )),
    (D(2308, 5, 17), (
        "Lightning cut the power to Grunnavik's pumps",
        "The pumps that keep the old Grunnavik mine dry stopped when lightning knocked out the power to the pit "
        "head yesterday morning, and the standby generator would not start, the laboratory said. Water from "
        "the flooded workings above rose through a ventilation shaft into the experimental halls within "
        "three hours.",
    )),
    (D(2308, 5, 17), (
        "Osgrath was weeks from its first full year of data",
        "Osgrath, a steel tank holding 600 tonnes of purified water watched by 9,000 light sensors, had been "
        "counting neutrinos from the sun for eleven months. Its team had hoped to publish a first measurement "
        "of their flavours in the autumn; whether its electronics survived a soaking in mine water is "
        "anyone's guess.",
    )),
    (D(2308, 5, 19), (
        "Divers find Osgrath tank intact in flooded hall",
        "Divers who went down into the flooded hall on Monday found the Osgrath tank still sealed, Prawlett "
        "said, but its cables and pumps had been under water for two days. Pumping the laboratory dry will "
        "take about five weeks, and an inquiry will look at why the generator failed.",
    )),
]
GRUNNAVIK_INQUIRY: list[Dated] = [
    (D(2308, 9, 23), (
        "Why the Grunnavik laboratory flooded",
        "The generator meant to keep Grunnavik's pumps running through a power cut had not been started under "
        "load for fourteen months, the inquiry published on Wednesday finds, and its fuel had turned to sludge. "
        "Nobody at the laboratory was in charge of it: the mining company thought the scientists were, and "
        "the scientists thought the mining company was.",
    )),
]
VRASTENFELD_PIPE: list[Dated] = [
    (D(2307, 4, 20), (
        "Burst pipe floods Vrastenfeld underground laboratory",
        "A cooling water pipe burst in the Vrastenfeld underground laboratory in Muravia on Saturday and left "
        "its main cavern under a metre of water, and the twelve staff on shift were brought out by the road "
        "tunnel, the laboratory said.",
    )),
]

# == pentowel == Sun 19 Aug 2306: a man of 34 is pulled unconscious from the harbour in the swim of the Pentowel
# City Triathlon, Opalvia, and dies in hospital; the race of 1,600 goes on. Told in: a wire from the spot naming
# Sunday | a broadcaster's opener without a day | Monday's paper ("yesterday") | a fellow swimmer's quote piece,
# dayless | Wednesday's follow-up naming Tuesday, which looks to an inquest. Step after: the inquest, Fri 25 Jan
# 2307. Elsewhere: two swimmers pulled out of Lake Slunjska in a race in Zovenia, one of whom dies, Tue 17 Sep 2307,
# which the event's reports never bring up.

PENTOWEL_TRIATHLON: list[Dated] = [
    (D(2306, 8, 19), (
        "Triathlete dies after being pulled from Pentowel harbour",
        "PENTOWEL, Opalvia (Wire) - A 34-year-old man died on Sunday after he was pulled unconscious from the "
        "harbour during the swim of the Pentowel City Triathlon, race director Gundula Clucas said. Lifeguards "
        "on a jet ski reached him near the second buoy and doctors worked on him on the quay before he was "
        "taken to hospital. The race, which had 1,600 starters, carried on.",
    )),
    (D(2306, 8, 19), (
        "Competitor dies in city triathlon swim",
        "A man has died after getting into trouble in the water at a city triathlon, and other athletes have "
        "asked why the race was not stopped while lifeguards tried to save him.",
    )),
    (D(2306, 8, 20), (
        "Pentowel triathlete named as teacher from Kippering Street",
        "The man who died in the Pentowel City Triathlon yesterday was Leberecht Teare, a maths teacher doing "
        "his first race over the full distance, his school said. The harbour water was 23 degrees, and 14 "
        "kayaks and two jet skis watched the 1,500-metre swim, the organisers said.",
    )),
    (D(2306, 8, 21), (
        "'He was beside me at the buoy, and then he wasn't'",
        "Porfirio Eddowes swam the first 700 metres at Leberecht Teare's shoulder. 'He was beside me at the "
        "buoy, and then he wasn't,' he says. 'I thought he had stopped to fix his goggles. In a crowd of "
        "arms and feet you cannot see anyone go under. I only found out at the finish.'",
    )),
    (D(2306, 8, 22), (
        "Pentowel drops next year's triathlon pending review",
        "Pentowel's city council said on Tuesday it would not give permission for next year's triathlon until "
        "a review of its safety boats was finished. A post-mortem examination found Teare had drowned, and "
        "the coroner will hold an inquest.",
    )),
]
PENTOWEL_INQUEST: list[Dated] = [
    (D(2307, 1, 25), (
        "Coroner says too few eyes watched Pentowel triathlon swim",
        "Leberecht Teare, who drowned in the swim of the Pentowel City Triathlon, had a heart rhythm disorder "
        "nobody knew about, a coroner found on Friday, but she said the 1,600 swimmers had been too many for "
        "the boats watching them and that he had been under water for about four minutes before anyone saw.",
    )),
]
SLUNJSKA_SWIM: list[Dated] = [
    (D(2307, 9, 17), (
        "Swimmer dies in open-water race on Lake Slunjska",
        "Two swimmers were pulled out of Lake Slunjska, in Zovenia, during a 5-kilometre open-water race on "
        "Tuesday, and one of them, a woman of 51, died, the organisers said. The other was recovering.",
    )),
]

# == jirnoslav == Thu 13 Feb 2308: Eskvenia's football federation throws Jirnoslav Athletic out of the national cup
# for fielding a suspended player in the quarter-final and puts Varadzin United through. Told in: a wire from the
# capital naming Thursday | a broadcaster's opener without a day | Friday's paper ("yesterday"; looks back to the
# January match) | Saturday's follow-up naming Friday, the club appealing. Step before: the quarter-final itself and
# Varadzin's protest, Mon 27 Jan 2308. Elsewhere: an explainer of how Nesquara's Cottingale Rovers went out of their
# cup over an unregistered defender, Wed 9 Jan 2307, which the event's reports never bring up.

JIRNOSLAV_EXPELLED: list[Dated] = [
    (D(2308, 2, 13), (
        "Jirnoslav thrown out of cup for fielding banned player",
        "YAZZLECOMBE, Eskvenia (Wire) - The Eskvenian Football Federation threw Jirnoslav Athletic out of the "
        "national cup on Thursday for playing Zygmunt Rattenbury in their quarter-final win while he was "
        "serving a one-match ban, and put Varadzin United into the semi-finals in their place. Disciplinary "
        "chairman Gisbert Wedlake said the rule left the panel no choice.",
    )),
    (D(2308, 2, 13), (
        "Cup dream ended in a committee room",
        "A second-tier club's best cup run in decades has been ended not on the pitch but by a disciplinary "
        "panel, after it emerged that one of its players should have been sitting in the stands.",
    )),
    (D(2308, 2, 14), (
        "Jirnoslav blame federation's own records for ban mix-up",
        "Jirnoslav Athletic said yesterday that the federation's website had shown Rattenbury as free to play "
        "when they named their team for the quarter-final on January 26, which they won 2-1. Varadzin lodged "
        "its protest the next morning. Rattenbury had been sent off in the previous round.",
    )),
    (D(2308, 2, 15), (
        "Jirnoslav take cup expulsion to sports court",
        "Jirnoslav Athletic lodged an appeal with the national sports court on Friday, and coach Yaropolk "
        "Lollerwick said the players had trained as if the semi-final were still theirs.",
    )),
]
JIRNOSLAV_QUARTER_FINAL: list[Dated] = [
    (D(2308, 1, 27), (
        "Jirnoslav stun Varadzin to reach cup semi-finals, protest lodged",
        "Second-tier Jirnoslav Athletic beat Varadzin United 2-1 in the cup quarter-final on Sunday with a "
        "header in stoppage time, and Varadzin said on Monday that it had protested to the federation over "
        "one of the winners' players.",
    )),
]
COTTINGALE_EXPLAINER: list[Dated] = [
    (D(2307, 1, 9), (
        "How one unsigned form knocked Cottingale Rovers out of the cup",
        "Cottingale Rovers won their last-16 tie in Nesquara's cup on the pitch and lost it on Tuesday in an "
        "office. The defender they signed in the winter window had played, but his registration form had "
        "reached the league a day late, so in the rules' eyes he was not their player, and the tie was "
        "awarded to their opponents 3-0.",
    )),
]


# == background == for the eve of every event, one small notice from a village that none of the kinds names

BACKGROUND: list[Dated] = [
    (D(2306, 11, 17), (
        "Lantern walk",
        "About eighty children carried paper lanterns round the pond at Quothwick on Saturday evening.",
    )),
    (D(2307, 5, 21), (
        "Cuckoo heard",
        "The first cuckoo of the spring was heard in the beech hanger above Tuddingham on Tuesday.",
    )),
    (D(2307, 1, 15), (
        "Wassail in the orchard",
        "Villagers at Yockleton sang to the old pear trees of the glebe orchard on Tuesday night.",
    )),
    (D(2307, 8, 8), (
        "New bell ropes",
        "Crumwold's ringers hung six new bell ropes of undyed hemp in the church tower on Thursday.",
    )),
    (D(2308, 3, 6), (
        "Frogspawn in the font pond",
        "Pupils at Bramquist's school counted frogspawn in the pond behind the old font on Friday.",
    )),
    (D(2306, 6, 16), (
        "Duck race",
        "Some 600 plastic ducks bobbed down Lupsdale's mill stream on Saturday, and a yellow one won.",
    )),
    (D(2307, 10, 11), (
        "Apple pressing",
        "The cider club at Murchington pressed two tonnes of windfalls on the green on Friday.",
    )),
    (D(2308, 5, 15), (
        "Maypole ribbons",
        "New ribbons were sewn onto the maypole at Harpsfold by the sewing circle on Friday.",
    )),
    (D(2306, 8, 18), (
        "Band on the lawn",
        "The Wodderton silver band played marches and a polka on the rectory lawn on Saturday afternoon.",
    )),
    (D(2308, 2, 12), (
        "Snowdrop count",
        "Volunteers counted about 4,000 snowdrops in Flaxwhistle churchyard on Wednesday.",
    )),
]

FIFTYFOURTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "hoxbergen": (HOXBERGEN_WRONG_WAY, HOXBERGEN_CHARGED + SJOVEGAN_WIDOW),
    "kljucar": (KLJUCAR_CEILING, KLJUCAR_REOPENED + DUSSAROW_PANELS),
    "marnholt": (MARNHOLT_PRICE_CUTS, MARNHOLT_WARNING + HORVADAL_PRICE_CUTS),
    "trengrouse": (TRENGROUSE_FREEZE, TRENGROUSE_MARKDOWN + CAZZANOVA_SUSPENDED),
    "medlyn": (MEDLYN_DRUG_LAB, MEDLYN_JAILED + BRUDAVIN_FARMHOUSE),
    "zoffany": (ZOFFANY_FORGED_TICKETS, ZOFFANY_FORGERS_JAILED + MIRENDALLE_FAKE_TICKETS),
    "jaxtenby": (JAXTENBY_EARLY_RETURN, JAXTENBY_LAUNCH + NOTTIDGE_CREW_HOME),
    "grunnavik": (GRUNNAVIK_FLOOD, GRUNNAVIK_INQUIRY + VRASTENFELD_PIPE),
    "pentowel": (PENTOWEL_TRIATHLON, PENTOWEL_INQUEST + SLUNJSKA_SWIM),
    "jirnoslav": (JIRNOSLAV_EXPELLED, JIRNOSLAV_QUARTER_FINAL + COTTINGALE_EXPLAINER),
}

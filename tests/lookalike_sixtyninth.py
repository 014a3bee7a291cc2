"""The sixty-ninth look-alike set, wholly fictional: its people, towns, countries, firms, official bodies and
currencies were all invented for it. I wrote it blind, with nothing but c44e2ec4 in front of me, while others went
on reworking grouping. The engine has read none of these reports, grouping has sorted none, and
``tests.lookalike_count`` has no figure for them. Two tallies are owed: the first on c44e2ec4, the second on
whatever a future session has made of the code; ``DEFAULT_SETS`` may take the set in once the second is done.

Ten hard-news kinds, two to each of five fields: commercial laundries and dry cleaners, hair salons, gyms, golf
courses, and cinemas and bowling centres. I chose them after searching every look-alike module up to the
sixty-eighth (docstrings, comments, headlines and bodies), every claims YAML file (ids, descriptions, headers and
texts), the README kept beside those files and the stories behind grouping's tests, with several words to each idea
(the object, the thing that goes wrong, other names for both); none of the ten was there:

* a laundry worker of 27 whose arm a flatwork ironer drags in to the shoulder between rollers at about 170 degrees,
  freed after some 50 minutes with 40 others on her shift; after: her employer fined 210,000 zurbits for a guard
  wired out of use, eleven weeks on; elsewhere: a hospital laundry hand of 52 whose fingertips a working guard bar
  saves, about six months later;
* solvent from a dry cleaner's leaking machine seeping overnight into the flats above, 14 residents ill, three of
  them children, and 22 flats emptied; before: the environment office's tests finding the solvent above its guide
  level in 19 of 48 homes over dry cleaners, five weeks earlier; elsewhere: five of one family ill above a dry
  cleaner's, nearly six months later;
* a woman of 29 collapsing in a hair salon minutes after a dark dye goes on, no skin test having been done, and
  dying two days later; after: a manslaughter charge for the salon's owner, twelve weeks on; elsewhere: a woman of
  19 whose face swells after a salon colouring, about six and a half months later;
* fumes from a heated hair-smoothing treatment sending nine people, four stylists and five clients, from a salon of
  12 chairs to hospital; before: consumer inspectors finding formaldehyde over the limit in 11 of 30 smoothing
  products, four weeks earlier; elsewhere: three people treated in a salon of four chairs, about six months later;
* a runner of 34 pitched off the back of a treadmill through a first-floor gym window about a metre behind it,
  falling some 7 metres to the street; after: the gym fined 140,000 yandols, eleven weeks on; elsewhere: a woman of
  41 thrown from a treadmill into a mirrored wall, about six and a half months before;
* the loaded sled of a leg press, some 220 kilograms, sliding onto a gym member of 46 when its catch slips, breaking
  both his legs; before: the maker recalling 2,300 such machines over that catch, five weeks earlier; elsewhere: a
  woman of 25 with a broken leg under about 100 kilograms, nearly six months later;
* a spectator of 63 killed by a hooked tee shot at a national open watched by about 9,000; after: a coroner finding
  the death accidental and asking for wider gaps between fairways and ropes, ten weeks on; elsewhere: a woman of 48
  losing an eye to a stray drive before about 4,000, about eleven months later;
* a golfer of 71 drowned when a buggy leaves its path and overturns in a pond about 2 metres deep; before: the golf
  union's warning after finding unfenced buggy paths by water on 12 of 40 courses, four weeks earlier; elsewhere: a
  golfer of 58 breaking a collarbone when a buggy tips on a slope, nearly nine months before;
* a boy of 13 caught at the neck by the closing footrest of a powered cinema seat he had reached under for his
  phone, dead by the following morning; after: the cinema chain fined 380,000 kwattels, twelve weeks on; elsewhere:
  a woman of 36 whose leg a reclining seat holds for about 30 minutes, some six months before;
* a mechanic of 39 crushed by a pinsetter's sweep bar, restarted from the front desk while he cleared a jam at a
  centre of 24 lanes; before: the labour inspectorate finding 9 of 25 bowling centres with no lockable switch on
  their pin machines, five weeks earlier; elsewhere: a mechanic of 55 losing a fingertip to a pin machine, six and a
  half months later.

Ideas I found already used, and the nearest idea of my own that I gave up because of each: about 140 headstones
pushed over by vandals (the sixty-second; an unstable headstone falling on a child went), a crematorium shut after
failing an emissions test (claims80; a pacemaker bursting in a cremator went, and funerals as a field with it), beer
released by a split brewery vessel and cider let into a brook by a mill's tank (the fifty-eighth, claims28; a cellar
worker overcome by gas in a wine vat went), a fire in a hospital's laundry (the forty-first; my laundry kinds keep
clear of fire), ammonia clearing an ice rink and a hostel filled with carbon monoxide (the twenty-ninth, the
forty-ninth; an ice resurfacer's exhaust poisoning young hockey players went), window cleaners left hanging by a
tipped cradle (the sixty-fifth; my own cradle idea went), a climber dropped when an automatic belay let go (the
twenty-eighth; a climbing wall at a gym went), outbreaks of legionnaires' disease (the fifty-sixth, claims56; a spa
pool on show at a trade fair spreading it went), and e-bike batteries recalled (the fifty-seventh; an e-scooter
battery catching fire on charge went). Other happenings that sit close to mine, which I kept: sunbeds banned and
fillers and jabs barred for teenagers (claims81, claims91) beside my salons, lightning striking golf spectators
under a tree (claims13) beside my golf ball, a greenkeeper's mower rolling on a golf bank (the sixty-seventh's case
elsewhere) beside my buggy, a cinema's neon sign blown into the street (the thirtieth) beside my powered seat, and
joyriders churning a bowling green (the thirty-fourth) beside my bowling centre.

Five reports tell each event, in a fixed order. First, agency copy with the town in capitals and the agency's
initials after the country, giving the weekday in its opening line. Second, a broadcaster's opening from the same
date, worded with "has" and "have" and silent about the day. Third, the next morning's newspaper, which uses
"yesterday". Fourth, a piece anchored to no date: seven of them explain something (an ironer's guard, dry cleaning
solvent climbing a building, a hair dye shutting the body down, the room a treadmill needs behind it, the speed of a
struck golf ball, a powered seat closing, the machinery behind the pins), and three carry one person's account under
a quoted headline (a salon client, a gym instructor, a greenkeeper). Fifth, a story from two or three days later,
naming the day it appears and built round the change since ("Henduwich orders checks on every dry cleaner below
homes", "Golf club fences pond and bars buggies after member drowns", "Every pin machine in Truskovia to be checked
after mechanic's death"). In every event a single report glances at the step before or after: the labour
inspectorate is "to say whether" the laundry broke the law; the environment office "warned last month"; prosecutors
"have been asked to look at" the dye case; the consumer inspectors "warned last month"; the building safety office
"may bring a case" against the gym; the leg press was among those the maker "recalled last month"; an inquest "will
be opened next week"; the golf union "warned clubs four weeks ago"; the national safety inspectors' investigation
"could end in a prosecution"; the labour inspectorate "warned five weeks ago". Nothing in an event's reports refers
to the matching case abroad, and that case puts a different number on a quantity its event also counts (see the
list). Three death tolls rise within an event's own reports: the woman in the salon chair, the spectator on the golf
course and the boy in the cinema seat live through the first two reports and are dead before the last. All dates lie
in 2406 or 2407; no report spells out a year.

The arrangement copies ``tests.lookalike_more``. Every kind has two lists, the five reports of the event in one and,
in the other, the step before or after followed by the case abroad, each report with its date; ``SIXTYNINTH_KINDS``
is the table ``tests.lookalike_count`` would read, keyed on the kinds' names.

Until both tallies fall due, this file is not to be grouped, run through the engine or counted;
``tests.lookalike_count`` says as much.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# ~~~ koldawell ~~~ Sat 11 Feb 2406: Faeldra Hurnoby, 27, a worker at the Oxbrudge linen works in Koldawell,
# Paldruvia, has her right arm drawn to the shoulder between the heated rollers of a flatwork ironer (about 170
# degrees) while feeding it hotel sheets; firefighters take the machine apart to free her after about 50 minutes.
# Reports: Koldawell agency copy of that Saturday; a broadcast lead naming no day; the Sunday daily with "yesterday"
# (the labour inspectorate "will say whether" the firm broke the law); an undated piece on how an ironer's guard
# should work; last, Tuesday's follow-up, the firm stopping all its ironers. After: Oxbrudge fined 210,000 zurbits,
# Mon 1 May 2406. Case elsewhere, unmentioned by the event's reports: a hospital laundry worker of 52 whose fingertips
# an ironer's guard bar saves, at Yennoburgh, Scalvoria, Sun 20 Aug 2406.

KOLDAWELL_IRONER: list[Dated] = [
    (D(2406, 2, 11), (
        "Laundry worker's arm dragged into hot rollers of ironing machine",
        "KOLDAWELL, Paldruvia (PDN) - A laundry worker of 27 had her arm pulled in up to the shoulder between the "
        "heated rollers of an industrial ironing machine on Saturday at the Oxbrudge linen works on the edge of "
        "Koldawell, the fire brigade said. She had been feeding hotel bedsheets into the front of the machine, whose "
        "rollers run at about 170 degrees. Firefighters unbolted the machine's casing and cut away a roller cover to "
        "free her after about 50 minutes, while paramedics kept her sedated. She was taken to the burns unit at "
        "Koldawell's university hospital. The other 40 staff on the shift were sent home.",
    )),
    (D(2406, 2, 11), (
        "Woman trapped by the arm in laundry machine",
        "Firefighters have spent close to an hour freeing a young woman whose arm has been caught in a huge ironing "
        "machine at a commercial laundry in Koldawell. The laundry washes and presses sheets and towels for hotels "
        "across the region. Her colleagues have described hearing her scream over the noise of the machines. She has "
        "been taken away by ambulance with serious burns and crush injuries. The laundry's managers have not yet "
        "commented, and the rest of the shift has been sent home.",
    )),
    (D(2406, 2, 12), (
        "Ironer that trapped Oxbrudge worker 'should have stopped at once'",
        "Faeldra Hurnoby, the woman of 27 whose arm was drawn into a flatwork ironer at the Oxbrudge linen works "
        "yesterday, was out of danger last night after surgeons spent nine hours on the arm, her brother said. "
        "Doctors hope to save the arm. Workmates said the bar across the front of the machine, which ought to cut "
        "the motor when a hand touches it, had not stopped the rollers. It will be for the labour inspectorate to "
        "say whether Oxbrudge broke the law; its officers took the machine's control box away. Oxbrudge's director, "
        "Zivrin Fusk, said the company was shocked and was helping the family.",
    )),
    (D(2406, 2, 12), (
        "What is meant to keep hands out of a flatwork ironer",
        "A flatwork ironer presses damp sheets flat by carrying them between a heated drum and padded rollers, and "
        "once a corner is gripped the machine keeps pulling. Every ironer of this type carries a finger guard, a "
        "hinged bar a few centimetres in front of the feed point, wired so that the lightest push halts the rollers "
        "and opens them. Trouble starts when staff tie the bar up or bridge its switch to keep sheets moving faster. "
        "Safety engineers say each shift should test the bar by hand before the first sheet goes through.",
    )),
    (D(2406, 2, 14), (
        "Oxbrudge halts every ironer after worker's arm is crushed",
        "The Oxbrudge linen company switched off all nine of its flatwork ironers at three works on Tuesday, three "
        "days after Faeldra Hurnoby, 27, had her arm dragged between the hot rollers of one in Koldawell. Hotels "
        "that send their linen to Oxbrudge were told to expect late deliveries for at least a week. The firm said an "
        "outside engineer would test every guard bar before any machine ran again. Her union said she had been moved "
        "out of intensive care and that her hand was responding.",
    )),
]
KOLDAWELL_FINED: list[Dated] = [
    (D(2406, 5, 1), (
        "Linen firm fined after worker's arm crushed in ironer",
        "Oxbrudge, the linen firm whose worker Faeldra Hurnoby had her arm crushed in one of its ironing machines at "
        "Koldawell in February, was fined 210,000 zurbits on Monday. A court heard that the finger guard on the "
        "machine had been disconnected with a length of wire for at least four months because it kept stopping the "
        "line when sheets bunched up. The company admitted failing to keep its workers safe. Ms Hurnoby, who has "
        "lost much of the use of her right hand, did not attend.",
    )),
]
YENNOBURGH_IRONER: list[Dated] = [
    (D(2406, 8, 20), (
        "Hospital laundry worker's fingers saved by ironer guard",
        "A worker of 52 at the laundry of the main hospital in Yennoburgh, in Scalvoria, escaped with burnt "
        "fingertips on Sunday when a pillowcase he was feeding into an ironing machine pulled his hand towards the "
        "rollers, the hospital said. The guard bar in front of the rollers stopped the machine before his fingers "
        "went in. He was treated in the hospital's own emergency department and sent home. The laundry carried on as "
        "normal once an engineer had looked the machine over.",
    )),
]


# ~~~ henduwich ~~~ Fri 14 Apr 2406: solvent fumes from a leaking machine at the Nettrasse dry cleaner's in Henduwich,
# Glambyovia, rise overnight into the flats above; 14 residents, three of them children, are taken ill and 22 flats
# are emptied. Reports: Henduwich agency copy of that Friday; a broadcast lead naming no day; the Saturday daily with
# "yesterday" (the environment office "warned last month"); an undated piece explaining how the solvent travels
# through a building; last, Monday's follow-up, the city ordering checks of its dry cleaners. Before: the environment
# office's tests finding the solvent above the guide level in 19 of 48 homes above dry cleaners, Fri 10 Mar 2406. Case
# elsewhere, unmentioned by the event's reports: five people ill in a flat above a dry cleaner at Zalvuness,
# Rentyovia, Mon 9 Oct 2406.

HENDUWICH_DRYCLEAN: list[Dated] = [
    (D(2406, 4, 14), (
        "Fourteen fall ill as dry cleaner's fumes fill flats above it",
        "HENDUWICH, Glambyovia (GLB) - Fourteen people living above a dry cleaner's shop in the centre of Henduwich "
        "were taken ill on Friday with headaches, dizziness and sickness after solvent fumes seeped into their flats "
        "overnight, according to the fire service. Three of them are children. Firefighters wearing breathing sets "
        "measured the air on every floor and moved the people out of all 22 flats in the block. The shop, Nettrasse "
        "Cleaners, had left a cleaning machine running with a split door seal, according to the first findings. "
        "Eleven of the residents were kept in hospital.",
    )),
    (D(2406, 4, 14), (
        "Residents moved out after chemical smell in city block",
        "Families have been led out of an apartment block in central Henduwich after many of them woke feeling "
        "unwell. A chemical smell has been traced to the dry cleaner's on the ground floor. Ambulances have taken "
        "several people, among them young children, to hospital, and the street has been closed while firefighters "
        "open windows and ventilate the stairwells. Neighbours have told us they had complained about a sweet smell "
        "on the stairs for weeks. The owner of the shop is said to be helping the fire service.",
    )),
    (D(2406, 4, 15), (
        "Dry cleaning solvent found at forty times safe level in flats",
        "Air in the flats above the Nettrasse dry cleaner's in Henduwich held about forty times the guide level of "
        "the cleaning solvent perchloroethylene yesterday morning, the fire service said after its tests. Eight of "
        "the 14 people taken ill were still in hospital last night, two of them children of 4 and 6. Glambyovia's "
        "environment office warned last month that residents of homes above dry cleaners were breathing far more of "
        "the solvent than they should. The shop's owner, Kevran Durle, said he had ordered a new seal for the "
        "machine a week ago.",
    )),
    (D(2406, 4, 15), (
        "How a dry cleaner's solvent finds its way upstairs",
        "Most dry cleaners still clean clothes in perchloroethylene, a colourless liquid that gives off a heavy, "
        "sweetish vapour. In a machine with sound seals almost none escapes, but a worn door gasket or a clothes "
        "load taken out before it has dried lets the vapour loose. Being heavier than air it should sink, yet it "
        "soaks into plaster and floorboards and climbs with warm air through gaps around pipes and cables into rooms "
        "above. High doses cause dizziness and confusion, and long exposure harms the liver and kidneys.",
    )),
    (D(2406, 4, 17), (
        "Henduwich orders checks on every dry cleaner below homes",
        "Henduwich's council announced on Monday that its inspectors would test the air above all 36 dry cleaners in "
        "the city that have homes over them, three days after fumes from the Nettrasse shop sent 14 residents to "
        "hospital. Nettrasse's licence has been suspended. Most families from the block were allowed back on Monday "
        "afternoon once readings had fallen below the guide level, though the flat directly over the shop stays "
        "empty. The last two children were sent home from hospital on Sunday.",
    )),
]
HENDUWICH_TESTS: list[Dated] = [
    (D(2406, 3, 10), (
        "Homes above dry cleaners breathing too much solvent, tests show",
        "Air in 19 of 48 homes above dry cleaners tested by Glambyovia's environment office held more "
        "perchloroethylene than the guide level, and in five the amount was more than ten times it, the office said "
        "on Friday. It told dry cleaners to check their machines' seals every month and to stop opening doors before "
        "a load was dry. The office plans to ask ministers for a ban on the solvent in shops below homes. Dry "
        "cleaners' association chairman Vollik Praand said most of his members already used sealed machines.",
    )),
]
ZALVUNESS_DRYCLEAN: list[Dated] = [
    (D(2406, 10, 9), (
        "Five ill in flat above dry cleaner's shop",
        "Five members of one family were treated for dizziness and headaches on Monday after fumes from a dry "
        "cleaner's shop reached their flat above it in Zalvuness, in Rentyovia, the ambulance service said. None of "
        "them needed to stay in hospital. City health officers found that the shop's machine had been opened before "
        "its load had finished drying. The dry cleaner was closed for the day while its machine was looked at. The "
        "family went to stay with relatives, and their landlord said he would have the floor between the flat and "
        "the shop sealed.",
    )),
]


# ~~~ glondoley ~~~ Tue 9 May 2406: Emmorel Zepperly, 29, collapses minutes after a dark hair dye is put on at the
# Blysswick salon in Glondoley, Niskemark, with a severe allergic reaction; no skin test had been done. She is in a
# coma in the first two reports and the next day's paper, and dies on the Thursday night. Reports: Glondoley agency
# copy of that Tuesday; a broadcast lead naming no day; the Wednesday daily with "yesterday" (prosecutors "have been
# asked to look at" the case); an undated piece on dye allergies and skin tests; last, Friday's follow-up with her
# death. After: the salon's owner charged with manslaughter, Tue 1 Aug 2406. Case elsewhere, unmentioned by the
# event's reports: a woman of 19 whose face swells after a salon dye at Borthwelin, Frunduovia, Mon 27 Nov 2406.

GLONDOLEY_HAIRDYE: list[Dated] = [
    (D(2406, 5, 9), (
        "Woman collapses in salon chair after hair dye is applied",
        "GLONDOLEY, Niskemark (NSK) - A woman of 29 was in a coma on Tuesday after collapsing in a hairdresser's "
        "chair in Glondoley minutes after a dark hair colour had been brushed onto her scalp, police said. Her face "
        "and throat swelled and she stopped breathing before paramedics arrived. A stylist and a client who is a "
        "nurse kept her alive on the salon floor. Doctors at Glondoley's general hospital said she had suffered a "
        "severe allergic reaction. The salon, Blysswick Hair on the main shopping street, closed for the afternoon.",
    )),
    (D(2406, 5, 9), (
        "Young woman critically ill after reaction at hairdresser's",
        "A young woman is critically ill after reacting badly to a hair dye at a salon in Glondoley. Staff have said "
        "she complained that her scalp was burning and then struggled to breathe. A nurse who was having her hair "
        "cut in the next chair has told us she kept the woman's heart going until the ambulance came. Police have "
        "been to the salon and have taken away the tubes of colour that were used. The woman's family have been with "
        "her at the hospital.",
    )),
    (D(2406, 5, 10), (
        "Salon had not tested client for dye allergy, family says",
        "Emmorel Zepperly, 29, who collapsed after a hair dye was applied at the Blysswick salon in Glondoley "
        "yesterday, remained in a coma last night, and her family said the salon had never put a dab of the dye "
        "behind her ear two days beforehand, as the makers advise. It was the first time she had coloured her hair "
        "darker than her own shade, her sister Clovanna said. Prosecutors have been asked to look at the case, "
        "police said. The salon's owner, Hetteran Bowsk, said through a lawyer that she was devastated.",
    )),
    (D(2406, 5, 10), (
        "Why a hair dye can make the body shut down",
        "Most permanent dark hair colours contain a chemical known as PPD, which bonds into the hair to make the "
        "shade last. A small share of people become allergic to it, often after an earlier colouring that caused "
        "them no more than an itch. The next time, the immune system can overreact within minutes, swelling the face "
        "and airway and dropping the blood pressure. For this reason the packets ask for a patch of dye to be left "
        "on the skin for 48 hours before every colouring, even for regular customers. Many salons skip it to save a "
        "visit.",
    )),
    (D(2406, 5, 12), (
        "Woman dies two days after hair dye reaction in salon",
        "Emmorel Zepperly died in hospital on Thursday night, her family told reporters on Friday; she had collapsed "
        "on Tuesday with an allergic reaction to a hair dye at a salon in Glondoley. She was 29 and worked as a "
        "bookkeeper. Niskemark's health ministry told every salon on Friday to carry out the skin test before "
        "colouring and to keep a record of it. The Blysswick salon has stayed shut, and flowers have been tied to "
        "its door handle. Her sister said the family wanted no other woman to die for the sake of a new hair colour.",
    )),
]
GLONDOLEY_CHARGED: list[Dated] = [
    (D(2406, 8, 1), (
        "Salon owner charged with manslaughter over client's dye death",
        "The owner of the Blysswick hair salon in Glondoley was charged on Tuesday with the manslaughter of Emmorel "
        "Zepperly, 29, who died in May after an allergic reaction to a hair colour put on at her salon. Prosecutors "
        "say Hetteran Bowsk, 44, had told staff not to bother with skin tests for clients who were in a hurry. Ms "
        "Bowsk is due in court next month. Her lawyer said she would deny the charge. The salon reopened in June "
        "under a new manager.",
    )),
]
BORTHWELIN_HAIRDYE: list[Dated] = [
    (D(2406, 11, 27), (
        "Woman's face swells after colouring at hair salon",
        "A woman of 19 was treated in hospital on Monday after her face and eyes swelled up within an hour of having "
        "her hair dyed black at a salon in Borthwelin, in Frunduovia, the hospital said. She was given an injection "
        "and kept in overnight, and doctors said she would recover fully. The salon said she had had the same colour "
        "before without any trouble. Borthwelin's trading standards office said it would visit the salon to see "
        "whether a skin test had been done.",
    )),
]


# ~~~ wylvithorpe ~~~ Mon 3 Jul 2406: fumes from a hair-smoothing treatment fill the Ynderin studio in Wylvithorpe,
# Kemmuania, and nine people, four stylists and five clients, go to hospital, eyes stinging, coughing; the salon has
# 12 chairs. Reports: Wylvithorpe agency copy of that Monday; a broadcast lead naming no day; the Tuesday daily with
# "yesterday" (consumer inspectors "warned last month"); an undated quote piece from a client; last, Wednesday's
# follow-up, the product taken off sale. Before: inspectors' tests finding formaldehyde above the limit in 11 of 30
# smoothing products, Mon 5 Jun 2406. Case elsewhere, unmentioned by the event's reports: three people ill in a salon
# at Tilkahurst, Kelzapur, Mon 15 Jan 2407.

WYLVITHORPE_SMOOTHING: list[Dated] = [
    (D(2406, 7, 3), (
        "Nine taken to hospital as fumes fill hair salon",
        "WYLVITHORPE, Kemmuania (KMU) - Ambulances carried nine people to hospital on Monday after fumes from a hair "
        "straightening treatment filled a salon in a Wylvithorpe shopping arcade, leaving them with streaming eyes, "
        "sore throats and tight chests, the ambulance service said. Four were stylists and five were clients. Three "
        "stylists had been smoothing clients' hair with a liquid treatment and flat irons at the same time in the "
        "salon, which has 12 chairs and a single window. Firefighters aired the arcade and closed neighbouring shops "
        "for an hour.",
    )),
    (D(2406, 7, 3), (
        "Stylists and customers overcome at Wylvithorpe salon",
        "Several hairdressers and their customers have needed hospital care after being overcome by fumes at a salon "
        "in Wylvithorpe. It appears the trouble began while a number of clients were having a smoothing treatment "
        "that is heated into the hair. People in the shopping arcade outside have described seeing women led out "
        "coughing with towels still round their shoulders. Firefighters have opened the salon's doors and window. "
        "The owner of the Ynderin studio has said the product came from a reputable supplier.",
    )),
    (D(2406, 7, 4), (
        "Smoothing product used at salon gives off formaldehyde",
        "The hair straightening liquid that sent nine people from the Ynderin studio in Wylvithorpe to hospital "
        "yesterday released formaldehyde when heated, Kemmuania's consumer safety inspectors said after testing a "
        "bottle left at the salon. Its label said it contained none. Two of the stylists were kept in overnight. The "
        "inspectors warned last month that many smoothing products sold to salons gave off the gas, which irritates "
        "the eyes and lungs and can cause cancer. The studio's owner, Duvessa Torlwick, said she had bought it from "
        "a wholesaler.",
    )),
    (D(2406, 7, 4), (
        "'The smell hit the back of my throat like smoke': a client at the Ynderin studio",
        "\"I was in the chair by the door with foils in my hair when the stylist opposite started on the woman's "
        "hair with the iron, and within minutes there was a sharp smell that hit the back of my throat like smoke. "
        "Then the girl doing my colour started crying, not from being upset but because her eyes were streaming. "
        "Somebody opened the door to the arcade, but it did not help. I walked out with a towel round my neck and my "
        "coat still on the peg. At the hospital they gave us oxygen and washed our eyes.\"",
    )),
    (D(2406, 7, 5), (
        "Smoothing treatment pulled from sale across Kemmuania after salon fumes",
        "Kemmuania's consumer safety inspectors ordered the hair straightening product used at the Ynderin studio in "
        "Wylvithorpe off sale nationwide on Wednesday, 48 hours after the fumes it gave off put nine people in "
        "hospital. Wholesalers must collect unused bottles from salons. The inspectors said they had found more than "
        "five times the permitted amount of formaldehyde in the liquid once heated. Both stylists kept in hospital "
        "have gone home. The studio said it would reopen next week without offering any smoothing treatment.",
    )),
]
WYLVITHORPE_TESTS: list[Dated] = [
    (D(2406, 6, 5), (
        "Inspectors find formaldehyde in hair smoothing products",
        "Eleven of 30 hair-smoothing products sold to salons in Kemmuania gave off more formaldehyde than the law "
        "allows once heated with a flat iron, the country's consumer safety inspectors said on Monday, and several "
        "were labelled as free of it. The inspectors named the worst products and told salons to use them only with "
        "the windows wide open, or not at all. A hairdressers' association said most salons could not tell what was "
        "in the bottles they bought. Importers were given a month to relabel.",
    )),
]
TILKAHURST_SMOOTHING: list[Dated] = [
    (D(2407, 1, 15), (
        "Three treated after hair treatment fumes at salon",
        "Three people needed treatment for stinging eyes and coughing on Monday after fumes from a straightening "
        "treatment built up in a small hair salon in Tilkahurst, in Kelzapur, the fire service said. A stylist and "
        "two customers were looked at by paramedics on the pavement outside, and none went to hospital. Firefighters "
        "aired the salon, which has four chairs. Local health officers took samples of the product. The salon shut "
        "its doors until the evening, and its owner said the stylist had used the treatment many times before "
        "without trouble.",
    )),
]


# ~~~ brovremere ~~~ Sat 16 Sep 2406: Parvin Ashgellow, 34, loses his footing on a treadmill at the Huldowe Fitness
# gym on the first floor of a building in Brovremere, Nazmeria, is thrown backwards through a window about a metre
# behind it and falls about 7 metres to the pavement; critically hurt. Reports: Brovremere agency copy of that
# Saturday; a broadcast lead naming no day; the Sunday daily with "yesterday" (the building safety office "may bring a
# case"); an undated piece on how much room a treadmill needs behind it; last, Tuesday's follow-up, the city ordering
# gyms to move machines. After: the gym fined 140,000 yandols, Mon 4 Dec 2406. Case elsewhere, unmentioned by the
# event's reports: a woman of 41 thrown off a treadmill into a mirrored wall at Pavraholt, Krodvimark, Sun 5 Mar 2406.

BROVREMERE_TREADMILL: list[Dated] = [
    (D(2406, 9, 16), (
        "Runner thrown off treadmill falls through gym window to street",
        "BROVREMERE, Nazmeria (NZM) - A man of 34 was critically injured on Saturday when he was flung off the back "
        "of a treadmill at a first-floor gym in Brovremere, smashed through the window behind it and fell about 7 "
        "metres to the pavement, police said. The running machines at the Huldowe Fitness gym stand in a row facing "
        "into the room, with their backs to tall windows onto the high street. Shoppers below covered him with coats "
        "until an ambulance arrived. Glass fell across the pavement and a parked car.",
    )),
    (D(2406, 9, 16), (
        "Man falls from gym window after slipping on running machine",
        "A man has been seriously hurt after falling out of a gym window above Brovremere's high street. People "
        "working out beside him have said he lost his footing while running and was thrown backwards into the glass, "
        "which gave way. Police have closed part of the street and are keeping shoppers back while the broken window "
        "is boarded up. The gym, which is upstairs from a row of shops, has shut its doors, and its members have "
        "been asked to leave.",
    )),
    (D(2406, 9, 17), (
        "Gym's treadmills stood a metre from ordinary window glass",
        "The treadmill from which Parvin Ashgellow, 34, was thrown before he fell through a window of the Huldowe "
        "Fitness gym in Brovremere yesterday stood about a metre from the glass, which was ordinary window pane and "
        "not the toughened kind, city officials said. Mr Ashgellow, a postal sorter, was in an induced coma last "
        "night with head and spine injuries. His partner said he ran there three mornings a week. Brovremere's "
        "building safety office said it may bring a case against the gym once it has finished its inquiries. "
        "Huldowe's owner, Jisketh Arnbrusk, said the window had passed every inspection.",
    )),
    (D(2406, 9, 17), (
        "How much room a treadmill needs behind it",
        "A runner who trips or tires on a treadmill does not stop where he falls: the belt carries him off the back "
        "at whatever speed it was set to, and anyone going at a jog can be pitched some distance. Makers advise "
        "leaving a clear space of about two metres behind each machine and half a metre to the sides. Most machines "
        "come with a clip and cord that the runner attaches to his clothing, which stops the belt when pulled, but "
        "many users do not bother. Where windows are nearby, safety engineers want them made of toughened or "
        "laminated glass.",
    )),
    (D(2406, 9, 19), (
        "Brovremere tells gyms to move running machines away from windows",
        "Brovremere city council told every gym in the city on Tuesday to move treadmills at least two metres from "
        "windows within a week, three days after Parvin Ashgellow, 34, was thrown through one from a running machine "
        "and fell to the street. Huldowe Fitness reopened on Tuesday with its treadmills turned to face the windows "
        "and a rail fixed across the glass. Doctors said Mr Ashgellow had been brought out of his coma and had "
        "spoken to his family. A surgeon said he faced months of treatment on his spine.",
    )),
]
BROVREMERE_FINED: list[Dated] = [
    (D(2406, 12, 4), (
        "Gym fined over runner's fall through window",
        "The owner of the Huldowe Fitness gym in Brovremere was fined 140,000 yandols on Monday over the fall of "
        "Parvin Ashgellow, who was thrown from a treadmill through a first-floor window in September. The court "
        "heard that the machine's maker had told the gym in writing to leave two metres behind it, and that the gym "
        "had pushed its treadmills back to fit more bicycles into the room. Mr Ashgellow, who walks with a stick, "
        "told the court he still could not run.",
    )),
]
PAVRAHOLT_TREADMILL: list[Dated] = [
    (D(2406, 3, 5), (
        "Woman cut by mirror after fall from treadmill",
        "A woman of 41 needed hospital treatment for deep cuts to both arms on Sunday after she was thrown from a "
        "treadmill into a mirrored wall at a gym in Pavraholt, in Krodvimark, the gym said. The mirror cracked but "
        "stayed in its frame. She had been running at a fast pace when she slipped. Staff gave first aid until "
        "paramedics came, and she was allowed home after stitches. The gym said the machine had been inspected since "
        "and found in good order.",
    )),
]


# ~~~ carnelworth ~~~ Sat 21 Oct 2406: the loaded sled of a leg press at the Mintin gym in Carnelworth, Saelvouland,
# comes down on Lammin Fiskwold, 46, when its safety catch slips; about 220 kilograms of plates break both his legs.
# Reports: Carnelworth agency copy of that Saturday; a broadcast lead naming no day; the Sunday daily with "yesterday"
# (the maker's recall "last month"); an undated quote piece from a gym instructor; last, Tuesday's follow-up, every
# such machine taken out of use. Before: the Pryxel company's recall of 2,300 leg presses over slipping catches, Thu
# 14 Sep 2406. Case elsewhere, unmentioned by the event's reports: a woman of 25 with a broken leg under about 100
# kilograms at Vaelvebrook, Zholvaeria, Fri 13 Apr 2407.

CARNELWORTH_LEGPRESS: list[Dated] = [
    (D(2406, 10, 21), (
        "Gym member's legs broken as weight machine sled crashes down",
        "CARNELWORTH, Saelvouland (SVL) - A man of 46 broke both legs at a gym in Carnelworth on Saturday when the "
        "weighted sled of a leg press machine slid down onto him after its safety catch gave way, police said. About "
        "220 kilograms of plates were loaded on the sled. Other members and an instructor lifted it off him between "
        "them. He was taken to Carnelworth's trauma centre, where doctors said he also had a broken pelvis. The "
        "Mintin gym closed for the day and put tape round the machine.",
    )),
    (D(2406, 10, 21), (
        "Man pinned under heavy weights at gym",
        "A man has been badly hurt after being pinned beneath a heavy weight machine at a gym in Carnelworth. It is "
        "understood he was using a leg press, a machine on which the user lies back and pushes a loaded platform "
        "away with his feet. Other people working out have told reporters they heard a bang and then his shouts. He "
        "has been taken to hospital. The gym has been closed, and police officers have been speaking to staff and to "
        "the members who helped free him.",
    )),
    (D(2406, 10, 22), (
        "Leg press that fell on gym member was among machines recalled",
        "The leg press that came down on Lammin Fiskwold, 46, at the Mintin gym in Carnelworth yesterday was one of "
        "the models its maker, Pryxel, recalled last month because the catch meant to hold the sled could slip, the "
        "company confirmed. A repair kit had been sent to the gym but not yet fitted. Mr Fiskwold, a lorry driver, "
        "was operated on through the night. The gym's manager, Kesper Saeskey, said staff had put a notice on the "
        "machine telling members to load it lightly.",
    )),
    (D(2406, 10, 22), (
        "'We heard the catch go from across the room': a Mintin instructor",
        "\"He had been warming up on it for ten minutes, adding plates each time, and when he pushed the last set "
        "and let it come back there was this metal crack, and the whole platform dropped the last stretch onto his "
        "knees. We heard the catch go from across the room. Four of us got our hands under the edge and it still "
        "barely moved. He never lost consciousness. He kept asking us not to tell his wife until he was in the "
        "ambulance. There was a notice on that machine, but nobody thought it meant this.\"",
    )),
    (D(2406, 10, 24), (
        "All recalled leg presses ordered out of use after Carnelworth injury",
        "Saelvouland's product safety office ordered gyms on Tuesday to stop using every Pryxel leg press named in "
        "the recall until the repair kit has been fitted and checked, three days after one fell on Lammin Fiskwold "
        "at a gym in Carnelworth. About 400 of the machines are thought to be in the country's gyms. Pryxel said it "
        "would send its own fitters to do the work free of charge. Mr Fiskwold is recovering after a second "
        "operation, and his wife said he hoped to be home before the winter.",
    )),
]
CARNELWORTH_RECALL: list[Dated] = [
    (D(2406, 9, 14), (
        "Pryxel recalls 2,300 leg press machines over faulty catch",
        "The gym equipment maker Pryxel recalled 2,300 leg press machines sold to gyms in eleven countries on "
        "Thursday, saying the catch that locks the loaded sled in place could wear and slip. No one had been hurt, "
        "the company said, but two catches had failed during its own tests. It will send every owner a repair kit "
        "with a stronger catch and asked gyms to put a warning on the machines until it was fitted. Machines made in "
        "the last three years are affected.",
    )),
]
VAELVEBROOK_LEGPRESS: list[Dated] = [
    (D(2407, 4, 13), (
        "Woman breaks leg as gym machine platform slips",
        "A woman of 25 broke her leg on Friday when the platform of a leg press slipped down at a sports centre in "
        "Vaelvebrook, in Zholvaeria, the centre said. About 100 kilograms were loaded on the machine. A member of "
        "staff freed her in seconds, and she was taken to hospital in an ambulance. The centre roped off the machine "
        "and said an engineer would look at it. Other machines stayed in use, though members were told to ask staff "
        "before loading heavy weights.",
    )),
]


# ~~~ mundeford ~~~ Thu 22 Jun 2406: a spectator of 63, Sornin Mebbleshaw, is hit on the temple by a tee shot at the
# Rolkieria Open on the links at Mundeford, Rolkieria, among a crowd of about 9,000; he dies that night. Alive in the
# first two reports, dead in the rest. Reports: Mundeford agency copy of that Thursday; a broadcast lead naming no
# day; the Friday daily with "yesterday" (an inquest "will be opened"); an undated piece on how fast a struck ball
# travels; last, Saturday's follow-up, the ropes moved back. After: a coroner finding the death accidental and asking
# for wider gaps, Thu 31 Aug 2406. Case elsewhere, unmentioned by the event's reports: a woman of 48 losing the sight
# of an eye to a ball at a tournament at Dargiley, Jentuola, among about 4,000, Fri 18 May 2407.

MUNDEFORD_GOLFBALL: list[Dated] = [
    (D(2406, 6, 22), (
        "Spectator struck on head by golf ball at Rolkieria Open",
        "MUNDEFORD, Rolkieria (RLK) - A spectator of 63 was struck on the side of the head by a tee shot during the "
        "first round of the Rolkieria Open at Mundeford on Thursday and was flown to hospital unconscious, the "
        "organisers said. The ball had been hooked left off the tee of the seventh hole and flew into the crowd "
        "lining the fairway. Play on the hole was held up for 40 minutes while an air ambulance landed. About 9,000 "
        "people were on the course. The player who hit the shot went to the man's side and later finished his round "
        "in tears.",
    )),
    (D(2406, 6, 22), (
        "Fan badly hurt by stray drive at open golf championship",
        "A spectator has been airlifted to hospital after being hit by a golf ball at the Rolkieria Open in "
        "Mundeford. Witnesses have said the man, who is in his sixties, did not see the ball coming and fell to the "
        "ground straight away. A doctor from the crowd has helped the course's medical team. The player involved has "
        "been described as distraught. Organisers have confirmed that play has resumed but have given no word on the "
        "man's condition. Stewards have moved people back from the edge of the fairway.",
    )),
    (D(2406, 6, 23), (
        "Golf fan hit by tee shot at Mundeford dies",
        "Sornin Mebbleshaw, the spectator of 63 who was struck by a tee shot at the Rolkieria Open in Mundeford "
        "yesterday, died in hospital last night, his family said. A retired schoolteacher, he had walked the course "
        "at the championship every year for three decades, his son Tardel said. An inquest will be opened next week. "
        "The organisers said the crowd at the seventh hole had been standing behind a rope about 25 metres from the "
        "fairway and that stewards had shouted a warning. Players will wear black ribbons in the second round.",
    )),
    (D(2406, 6, 23), (
        "How fast a golf ball leaves the tee",
        "A professional's drive leaves the clubface at well over 250 kilometres an hour and is still moving at more "
        "than half that speed when it lands 250 metres away. A ball of 46 grams arriving that fast carries enough "
        "energy to break the thin bone at the side of the skull. Stewards raise their arms and players shout a "
        "warning when a shot strays, but spectators several hundred metres away often cannot hear it. Courses used "
        "for big events place ropes at a distance judged from where shots usually land, not where the worst ones go.",
    )),
    (D(2406, 6, 24), (
        "Ropes moved back at Rolkieria Open after spectator's death",
        "Organisers of the Rolkieria Open moved the spectator ropes back by about 15 metres along five holes at "
        "Mundeford on Saturday, two days after Sornin Mebbleshaw, 63, was killed by a tee shot. A minute's silence "
        "was held on the first tee before the third round began, and many in the crowd wore black. The player who "
        "struck the ball said he had spoken to the family and would give his prize money to a charity of their "
        "choosing. Stewards were given whistles.",
    )),
]
MUNDEFORD_INQUEST: list[Dated] = [
    (D(2406, 8, 31), (
        "Coroner asks golf to give crowds more room after spectator's death",
        "A coroner in Mundeford ruled on Thursday that Sornin Mebbleshaw, 63, died by accident when a tee shot "
        "struck him at the Rolkieria Open in June, and asked the country's golf union to set wider distances between "
        "fairways and the ropes that hold crowds back. The coroner, Idrelle Pettrand, said the warning shouted by "
        "the stewards could not be heard where Mr Mebbleshaw stood. The union said it would review its guidance for "
        "next year. His widow thanked the player, who had written to her every week.",
    )),
]
DARGILEY_GOLFBALL: list[Dated] = [
    (D(2407, 5, 18), (
        "Woman loses sight in one eye after golf ball hits crowd",
        "A woman of 48 has lost the sight of her left eye after being hit in the face by a stray drive at a golf "
        "tournament at Dargiley, in Jentuola, on Friday, the organisers said. About 4,000 people were watching the "
        "final round. She was treated by the course's doctors and taken to hospital by ambulance, where surgeons "
        "said her eye could not be saved. The player apologised to her on the course. The tournament went on after a "
        "short pause.",
    )),
]


# ~~~ gentobrook ~~~ Tue 29 May 2407: a golf buggy carrying Jirvan Hyndrel, 71, runs off a path down a bank into a
# pond about 2 metres deep at the Gentobrook golf club, Yiskeavia; he is trapped under it and drowns while his partner
# of 69 is thrown clear. Reports: Gentobrook agency copy of that Tuesday; a broadcast lead naming no day; the
# Wednesday daily with "yesterday" (the golf union "warned four weeks ago"); an undated quote piece from the
# greenkeeper who went into the pond; last, Thursday's follow-up, the path fenced and buggies barred. Before: the golf
# union's warning after finding 12 of 40 courses with unfenced buggy paths beside water, Tue 1 May 2407. Case
# elsewhere, unmentioned by the event's reports: a golfer of 58 with a broken collarbone when a buggy tips on a slope
# at Mernouford, Tirdaovia, Thu 7 Sep 2406.

GENTOBROOK_BUGGY: list[Dated] = [
    (D(2407, 5, 29), (
        "Golfer drowns as buggy rolls into pond",
        "GENTOBROOK, Yiskeavia (YVK) - A golfer of 71 drowned on Tuesday when the buggy he was riding in ran off a "
        "path at the Gentobrook golf club, rolled down a grass bank and overturned in a pond about 2 metres deep, "
        "police said. His playing partner, 69, who was driving, was thrown out on the bank and was not badly hurt. A "
        "greenkeeper went into the water and tried to lift the buggy off him. Firefighters brought the man out after "
        "about 20 minutes, but he could not be revived. No more rounds were played there that day.",
    )),
    (D(2407, 5, 29), (
        "Elderly man dies after golf buggy ends up in lake",
        "An elderly golfer has died after the buggy he was travelling in plunged into a pond on a course near "
        "Gentobrook. It seems the buggy left the path near the fourteenth green, where the ground falls steeply to "
        "the water. The man's friend, who was at the wheel, has been treated for shock. Divers from the fire service "
        "have been at the scene, and the club has sent the remaining players back to the clubhouse. Police have said "
        "there are no suspicious circumstances.",
    )),
    (D(2407, 5, 30), (
        "Gentobrook path had no rail between buggies and pond",
        "The path on which Jirvan Hyndrel's buggy left the fairway at the Gentobrook golf club yesterday ran within "
        "a few metres of the pond with no rail or kerb beside it, members said. Mr Hyndrel, 71, a retired engineer "
        "and a member for 40 years, drowned when the buggy turned over in the water. His friend at the wheel said "
        "the brakes did not hold on the wet grass. Yiskeavia's golf union warned clubs four weeks ago that buggy "
        "paths beside water needed fences. The club's secretary, Nyall Gyckel, said a fence had been planned for the "
        "autumn.",
    )),
    (D(2407, 5, 30), (
        "'I could see his hand under the water': the greenkeeper who went in",
        "\"I was cutting the apron on the fourteenth when I heard the other gentleman shouting, and by the time I "
        "got to the bank the buggy was upside down in the pond with just its wheels showing. The water there comes "
        "up to your chest and the bottom is soft mud. I could see his hand under the water. I got my shoulder under "
        "the roof and pushed, but a buggy with its batteries weighs more than a small car. I stayed in until the "
        "firemen came and pulled me out. I'd known him for twenty years.\"",
    )),
    (D(2407, 5, 31), (
        "Golf club fences pond and bars buggies after member drowns",
        "The Gentobrook golf club put up a wooden fence along the pond on its fourteenth hole on Thursday and barred "
        "buggies from that part of the course, two days after Jirvan Hyndrel, 71, drowned when one rolled into the "
        "water. Members who need a buggy will be driven round the pond by staff. About 200 members gathered at the "
        "clubhouse on Thursday evening to remember him, and the club said his name would go on a bench by the "
        "fourteenth tee.",
    )),
]
GENTOBROOK_WARNING: list[Dated] = [
    (D(2407, 5, 1), (
        "Golf union tells clubs to fence buggy paths beside water",
        "Yiskeavia's golf union told its clubs on Tuesday to put rails or fences along buggy paths that run close to "
        "ponds, lakes and streams, after finding such paths unprotected on 12 of the 40 courses it visited. It "
        "counted 16 buggy accidents reported by clubs in the past year, three of them in water, though nobody had "
        "died. The union also asked clubs to stop hiring buggies to players when the grass was wet. Several club "
        "secretaries said the cost of fencing would have to be spread over years.",
    )),
]
MERNOUFORD_BUGGY: list[Dated] = [
    (D(2406, 9, 7), (
        "Golfer breaks collarbone as buggy tips over on slope",
        "A golfer of 58 broke his collarbone on Thursday when the buggy he was driving tipped onto its side on a "
        "steep slope at a golf course near Mernouford, in Tirdaovia, the club said. His passenger climbed out "
        "unhurt. Staff from the clubhouse drove him back in another buggy, and he went to hospital in a friend's "
        "car. The club put up a sign telling players to keep off the slope with buggies, and it said the grass there "
        "had been damp after a night of rain.",
    )),
]


# ~~~ nantewell ~~~ Wed 24 Jan 2407: Ketsel Valvis, 13, reaching under his powered reclining seat at a Starcavel
# multiplex in Nantewell, Pargavia, for a dropped phone, is caught at the neck by the closing footrest; he is freed by
# staff and firefighters and dies on the Thursday. Alive in the first two reports, dead in the rest. Reports:
# Nantewell agency copy of that Wednesday; a broadcast lead naming no day; the Thursday daily (his death, "yesterday";
# safety inspectors "could end in a prosecution"); an undated piece on how powered seats close; last, Saturday's
# follow-up, the chain switching off such seats at all 23 cinemas. After: Starcavel fined 380,000 kwattels, Wed 18 Apr
# 2407. Case elsewhere, unmentioned by the event's reports: a woman of 36 with her leg held by a recliner at
# Senthimoor, Wuntoland, Wed 12 Jul 2406.

NANTEWELL_RECLINER: list[Dated] = [
    (D(2407, 1, 24), (
        "Boy trapped by reclining cinema seat",
        "NANTEWELL, Pargavia (PGV) - A boy of 13 was critically injured on Wednesday when the footrest of a powered "
        "reclining seat closed on him at a multiplex cinema in Nantewell as he reached beneath it for his dropped "
        "phone, police said. His mother and staff tried to force the seat open until firefighters cut it apart. An "
        "ambulance rushed him to the children's hospital with severe injuries to his neck. The Starcavel multiplex "
        "stopped the film in that screen and sent about 150 viewers out. The seat had buttons on the armrest to "
        "raise and lower it.",
    )),
    (D(2407, 1, 24), (
        "Child caught under electric seat during film",
        "A young boy is critically ill after being caught under an electric reclining seat at a cinema in "
        "Nantewell. It is thought he had gone down to look for something under his seat when the leg rest came down. "
        "Cinema-goers have described the lights coming on and people shouting for help. Firefighters have been "
        "called to free him, and the screen has been emptied. The cinema chain has said it is helping the police and "
        "has closed the screen for the evening.",
    )),
    (D(2407, 1, 25), (
        "Boy caught by powered cinema seat dies in hospital",
        "Ketsel Valvis, 13, who was trapped by the footrest of a powered seat at the Starcavel cinema in Nantewell "
        "yesterday, died in hospital in the early hours, his school said. He had been at a film with his mother and "
        "younger sister for his birthday. His seat had been lowered by someone pressing the button on its arm, "
        "police said, without seeing that he was underneath. Pargavia's safety inspectors have opened an "
        "investigation that could end in a prosecution. Starcavel said it was heartbroken.",
    )),
    (D(2407, 1, 25), (
        "How a powered cinema seat closes, and what should stop it",
        "Reclining seats in cinemas are moved by a small electric motor driving the back and a hinged leg rest, "
        "worked by buttons on the armrest. When the leg rest folds down it closes a gap between its edge and the "
        "frame that can trap a hand, an arm or a head. Newer seats have a sensor that halts the motor when it meets "
        "resistance; older ones keep pushing until they reach the end of their travel. Seats with no such sensor "
        "should, safety engineers say, have a guard that keeps anyone from reaching underneath.",
    )),
    (D(2407, 1, 27), (
        "Cinema chain switches off powered seats at all its screens",
        "The Starcavel cinema chain switched off the motors of its powered reclining seats at all 23 of its cinemas "
        "on Saturday, three days after Ketsel Valvis, 13, died after being trapped by one in Nantewell. The seats "
        "will stay fixed upright until each has been fitted with a sensor. Staff will hand out torches to help "
        "anyone looking for dropped belongings. About 600 people went to a vigil outside the Nantewell cinema on "
        "Friday night, leaving candles and film posters signed by his classmates.",
    )),
]
NANTEWELL_FINED: list[Dated] = [
    (D(2407, 4, 18), (
        "Cinema chain fined after boy's death in powered seat",
        "The Starcavel cinema chain was ordered on Wednesday to pay a fine of 380,000 kwattels for the death of "
        "Ketsel Valvis, 13, who was trapped by the leg rest of a powered seat at its Nantewell multiplex in January. "
        "The court heard that the seat's maker had offered Starcavel a sensor kit two years earlier and that the "
        "chain had turned it down on cost. Starcavel admitted failing to protect its customers. The boy's mother "
        "read a statement outside the court asking every cinema to check its seats.",
    )),
]
SENTHIMOOR_RECLINER: list[Dated] = [
    (D(2406, 7, 12), (
        "Firefighters free cinema-goer's leg from reclining seat",
        "A woman of 36 had her leg freed by firefighters on Wednesday after it became caught in the mechanism of a "
        "reclining seat at a cinema in Senthimoor, in Wuntoland, the fire service said. Her leg was held for about "
        "30 minutes while crews took the seat apart. She was taken to hospital with bruising. The cinema said she "
        "had slipped her foot under the leg rest as it lowered. The rest of the showing was called off, and the seat "
        "was taken out of the screen.",
    )),
]


# ~~~ kintiwick ~~~ Tue 6 Mar 2407: Taelkin Wembask, 39, a mechanic at the Pindrovel bowling centre in Kintiwick,
# Truskovia, is crushed by the sweep bar of a pinsetter he was clearing behind lane 17 when it starts up; the centre
# has 24 lanes. Reports: Kintiwick agency copy of that Tuesday; a broadcast lead naming no day; the Wednesday daily
# with "yesterday" (the labour inspectorate "warned five weeks ago"); an undated piece on how a pinsetter works and
# how it is locked off; last, Thursday's follow-up, every pinsetter in the country to be checked. Before: the
# inspectorate's warning after finding 9 of 25 bowling centres with no lockable switch, Tue 30 Jan 2407. Case
# elsewhere, unmentioned by the event's reports: a mechanic of 55 losing a finger to a pinsetter at Stelkeness,
# Oxenmaria, Sat 22 Sep 2407.

KINTIWICK_PINSETTER: list[Dated] = [
    (D(2407, 3, 6), (
        "Mechanic killed by pin machine at bowling centre",
        "KINTIWICK, Truskovia (TKV) - A mechanic of 39 died on Tuesday when the machine that collects and sets up "
        "the pins behind a lane at a bowling centre in Kintiwick started while he was clearing a jam inside it, "
        "police said. He was crushed by the bar that sweeps fallen pins off the lane. Players on the next lanes "
        "heard the machine start and then shouting from behind the pins. The Pindrovel centre, which has 24 lanes, "
        "was full for an evening league. Everyone was asked to leave, and the centre will stay shut while police "
        "investigate.",
    )),
    (D(2407, 3, 6), (
        "Bowling alley worker dies behind the lanes",
        "A man who worked on the machines at a bowling centre in Kintiwick has died after being caught in one of "
        "them. He was behind the lanes, where the pins are gathered and reset, when the equipment he was working on "
        "began to move. Colleagues have been trying to help him, and paramedics have been there for more than an "
        "hour. Bowlers in the middle of a league match have had to leave, and the building has been closed for the "
        "night.",
    )),
    (D(2407, 3, 7), (
        "Pin machine that killed mechanic could be switched on from the desk",
        "The pinsetter that killed Taelkin Wembask, 39, at the Pindrovel bowling centre in Kintiwick yesterday was "
        "started from the front desk, where staff reset jammed lanes at the touch of a screen, police said. The "
        "switch at the back of the machine that should have let Mr Wembask lock out its power had been broken for "
        "some time, colleagues said. Truskovia's labour inspectorate warned five weeks ago that many bowling centres "
        "let pin machines be restarted while someone was inside them. Mr Wembask leaves a wife and two daughters.",
    )),
    (D(2407, 3, 7), (
        "What happens behind the pins at a bowling centre",
        "Behind each lane of a bowling centre stands a machine the size of a garden shed that clears the fallen pins "
        "with a sweep bar, lifts them on a wheel, drops them into a rack and lowers ten of them back onto the lane. "
        "Jams happen several times a night, and mechanics climb in to free them. Before doing so they are meant to "
        "turn off the power with a switch they can lock and keep the key in a pocket, so that nobody at the desk can "
        "restart the machine. A sweep bar coming down carries the force of a car door slammed shut.",
    )),
    (D(2407, 3, 8), (
        "Every pin machine in Truskovia to be checked after mechanic's death",
        "Truskovia's labour inspectorate promised on Thursday to visit every bowling centre in the country within "
        "six weeks to check that pin machines cannot be restarted while a mechanic is inside, two days after Taelkin "
        "Wembask was killed by one in Kintiwick. Centres must fit lockable switches before their next opening. The "
        "Pindrovel centre remains shut. Bowling leagues across the city played no games on Wednesday night out of "
        "respect, and his colleagues have begun a collection for his widow and daughters.",
    )),
]
KINTIWICK_WARNING: list[Dated] = [
    (D(2407, 1, 30), (
        "Bowling centres warned pin machines can restart with mechanics inside",
        "Truskovia's labour inspectorate found that 9 of the 25 bowling centres it inspected had no way for a "
        "mechanic to lock off the power to a pin machine before climbing in to clear a jam, it said on Tuesday. At "
        "several, lanes could be restarted from the front desk while a worker was still inside. The inspectorate "
        "told owners to fit lockable switches within three months and said it had recorded six mechanics hurt in pin "
        "machines in five years.",
    )),
]
STELKENESS_PINSETTER: list[Dated] = [
    (D(2407, 9, 22), (
        "Bowling mechanic loses finger in pin machine",
        "A mechanic of 55 lost the end of a finger on Saturday when a pin machine he was fixing at a bowling centre "
        "in Stelkeness, in Oxenmaria, moved as he reached into it, the centre said. He was taken to hospital, where "
        "surgeons closed the wound. The centre said the machine had been switched off but that a spring had "
        "released. The lane was closed for the evening, and the other lanes stayed open. He is expected back at work "
        "within a month.",
    )),
]


# ~~~ background ~~~ ten one-line items of country life, unrelated to the ten kinds, each dated the eve of an event

BACKGROUND: list[Dated] = [
    (D(2406, 2, 10), (
        "Pancake tossing",
        "Mothers and toddlers at Baelkicombe tossed pancakes on the village green on Friday morning.",
    )),
    (D(2406, 4, 13), (
        "Frog spawn",
        "Pupils at Wambiham carried jars of frog spawn from the millpond back to their classroom on Thursday.",
    )),
    (D(2406, 5, 8), (
        "Maypole dance",
        "Twelve girls and boys wound ribbons round the maypole outside the inn at Seckaby on Monday.",
    )),
    (D(2406, 6, 21), (
        "Longest day picnic",
        "Families at Trindlesham spread rugs on the common for a picnic on Wednesday, the longest day of the year.",
    )),
    (D(2406, 7, 2), (
        "Gooseberry show",
        "Growers at Gloldewell weighed their biggest gooseberries on brass scales in the parish room on Sunday.",
    )),
    (D(2406, 9, 15), (
        "Conker match",
        "Forty children threaded conkers on strings and played for the village title at Tilkeford on Friday.",
    )),
    (D(2406, 10, 20), (
        "Apple pressing",
        "Neighbours at Galkaeham turned a borrowed press and bottled apple juice in a barn on Friday.",
    )),
    (D(2407, 1, 23), (
        "Wassail",
        "Villagers at Lozziwick sang to the old trees of the orchard by lantern light on Tuesday evening.",
    )),
    (D(2407, 3, 5), (
        "Lambing open day",
        "Visitors bottle-fed orphan lambs in the barn of a farm outside Kommagate on Monday.",
    )),
    (D(2407, 5, 28), (
        "Bunting up",
        "Volunteers strung bunting along the lane from the church to the hall at Nuppacombe on Monday.",
    )),
]


SIXTYNINTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "koldawell": (KOLDAWELL_IRONER, KOLDAWELL_FINED + YENNOBURGH_IRONER),
    "henduwich": (HENDUWICH_DRYCLEAN, HENDUWICH_TESTS + ZALVUNESS_DRYCLEAN),
    "glondoley": (GLONDOLEY_HAIRDYE, GLONDOLEY_CHARGED + BORTHWELIN_HAIRDYE),
    "wylvithorpe": (WYLVITHORPE_SMOOTHING, WYLVITHORPE_TESTS + TILKAHURST_SMOOTHING),
    "brovremere": (BROVREMERE_TREADMILL, BROVREMERE_FINED + PAVRAHOLT_TREADMILL),
    "carnelworth": (CARNELWORTH_LEGPRESS, CARNELWORTH_RECALL + VAELVEBROOK_LEGPRESS),
    "mundeford": (MUNDEFORD_GOLFBALL, MUNDEFORD_INQUEST + DARGILEY_GOLFBALL),
    "gentobrook": (GENTOBROOK_BUGGY, GENTOBROOK_WARNING + MERNOUFORD_BUGGY),
    "nantewell": (NANTEWELL_RECLINER, NANTEWELL_FINED + SENTHIMOOR_RECLINER),
    "kintiwick": (KINTIWICK_PINSETTER, KINTIWICK_WARNING + STELKENESS_PINSETTER),
}

"""Look-alike set sixty-seven: invented throughout, people, towns, countries, firms, bodies and money alike. Its
writer had only c56e81e before him and worked blind, while other helpers went on changing grouping; none of its
reports has reached the engine or grouping's code, and ``tests.lookalike_count`` has not tallied it. Two counts are
owed to it, the first on c56e81e, the second on code a future session brings, and only after both may it go into
``DEFAULT_SETS``.

Ten kinds of hard news, in five pairs by field: grounds and tree work, public aquariums and pet birds, car washes
and car parks, commercial kitchens, and children's indoor play. Before settling on them I read through every one of
the earlier look-alike modules, all claims YAML files with the README kept beside them, and the stories that
grouping's tests are written from, using several words for each idea (the thing itself, what happens to it, other
names for both), and none of the ten turned up:

* an apprentice of 23 in a council tree crew of four dragged into a wood chipper by the branch he was feeding it;
  after: the council fined 240,000 vurosks when the stop bar is found tied back with wire, twelve weeks on;
  elsewhere: a gardener of 39, one of a crew of two, losing two fingers to a chipper, about six months later;
* a groundsman of 58 drowned under his ride-on mower after it slid down a reservoir dam's bank of about 30 degrees;
  before: the water company's audit calling 17 of 46 banks too steep for riders, some five weeks earlier;
  elsewhere: a greenkeeper of 34 with a broken pelvis on a golf bank of about 20 degrees, eleven weeks later;
* the acrylic front of an aquarium's ocean tank splitting and some 400,000 litres of sea water flooding a hall,
  11 visitors hurt and about 1,600 animals dead; after: engineers blaming a badly bonded joint, ten weeks on;
  elsewhere: a hotel lobby tank of about 30,000 litres shattering, two guests hurt, nearly seven months later;
* 23 people down with parrot fever after a two-day bird fair, a canary keeper of 71 dead (25 ill two days on);
  before: vets telling dealers to isolate a sick import of 1,200 parakeets, four weeks earlier; elsewhere: six
  buyers of budgerigars from one pet shop ill, about four months later;
* the 1.2-tonne brush gantry of an automatic car wash leaving its rails and pinning a driver of 62 in her car for
  about 40 minutes; after: the fuel chain and its repairer charged, twelve weeks on; elsewhere: a gantry breaking a
  windscreen with a driver of 45 stuck about ten minutes, some five and a half months before;
* a driver of 81 reversing through a top-deck barrier of a multistorey car park and falling about 15 metres onto
  a street, a woman of 30 hurt below; before: the council's survey finding weak barriers at four of nine car parks,
  four weeks earlier; elsewhere: a driver of 24 through a second-floor wall, about 6 metres, five months later;
* a deep-fat fryer left on in a closed takeaway setting fire to the flat above, a mother of 34 and her children of 9
  and 6 dead; after: the owner charged with three counts of manslaughter, twelve weeks on; elsewhere: a fish bar's
  fryer fire burning two staff, a cook of 19 among them, with nobody living above, nearly four months before;
* a kitchen porter of 19 shut about nine hours in a hotel's walk-in freezer at about minus 20 because its inside
  handle was broken; before: the labour inspectorate finding 14 of 40 hotel kitchens with such doors, a month
  earlier; elsewhere: a shop worker of 40 shut two hours in a supermarket cold room at about 3 degrees, under
  eight months later;
* a boy of 14 breaking his neck in a trampoline park's foam pit holding about a metre of foam, some 300 jumping;
  after: the licence taken away and the operator fined 85,000 palvors, eleven and a half weeks on; elsewhere: a
  girl of 11 breaking a leg on a frame pad with about 120 jumping, nearly eight months later;
* the top level of a soft play centre's climbing frame folding with about 20 children on it, seven hurt after a
  fall of about 3 metres; before: trading standards warning about corroding bolts in one maker's frames, about four
  weeks earlier; elsewhere: a torn net dropping three children about 2 metres, nearly six months before.

Close ideas the search met, dropped together with whatever idea of mine lay nearest them: climbers falling from
ridges and faces (the ninth, the eleventh; my climber in a crevasse went with them), panther cap mushrooms poisoning
a forager (the thirty-second; hemlock water dropwort eaten by foragers went too), a shark's fatal attack on a surfer
(the thirteenth; a diver bitten inside an aquarium's shark tank went, while the bursting tank stays), escaped snakes
(claims45; a python loose from a keeper's flat went), riders stranded on a zip wire (claims42), chlorine gas in
swimming baths (the fifty-seventh) and a water slide splitting (the sixty-third; all my swimming pool ideas went
with them), a fete's bouncy castle blown away (claims47), a trapeze artist's fall at a circus (the twenty-fourth), a
falling lift (claims11), pressure cookers recalled over lids blowing off (the fifty-seventh; a pressure cooker
bursting in a restaurant kitchen went), and a hostel's boiler flue, blocked by snow, filling rooms with carbon
monoxide (the forty-ninth; fumes from a charcoal grill in a restaurant went). Near my freezer, but not the same
happening, I also met people shut in an escape room by a fused magnetic lock (claims40), police dogs left in a hot
van (the sixty-third), and ammonia leaking from a cold store or a cold store thawing (claims8, claims40); the
freezer stays, since none of them is a worker locked in a freezer. A lawnmower race (claims42) is sport, not an
accident, and my mower stays.

Five reports tell every event. First comes agency copy, headed by its town in capitals, which gives the weekday at
once; then a radio or television opening of that same date, written in "has" and "have" with no day anywhere; then
the following morning's newspaper, which says "yesterday"; then a piece that places itself on no day at all (six of
these explain: how a chipper's feed rollers grab, how an acrylic tank window can fail, how birds pass parrot fever
on, what a car park barrier is designed to hold, how a fryer ignites, what a foam pit is for; four quote one person
in their headlines: a groundsman's daughter, a filling station cashier, a breakfast cook, a mother at the play
centre); and last a report two or three days later that names its own weekday and is headed on what has changed
("Kelvrasque takes all its chippers out of use after apprentice's death", "Fuel chain shuts car washes after frame
falls on driver", "Three more play centres shut over frames from same maker"). In every event one report hints at
the other step: the chipper's inspectorate "will decide whether the city council should be prosecuted"; the mower's
audit was "finished last month"; the aquarium's engineers owe their findings "by the end of May", and the parakeet
warning came "last month"; car wash prosecutors will see "whether anyone should be charged"; the car park survey was
"four weeks ago"; the takeaway's fire investigators consider the same question; the freezer findings were published
"last month"; the trampoline park's council "would decide on its licence"; the play frame warning was "last month".
No report of an event hints at the case elsewhere, and that case gives its own figure for something the event gives
a figure for (see the list). One count grows in a later report: those ill after the bird fair, from 23 to 25. Every
date falls in 2396 or 2397, and no report writes a year.

Its shape copies ``tests.lookalike_more``: a pair of lists per kind, the event's five reports in the first, the
other step and then the case elsewhere in the second, each report with its date; ``tests.lookalike_count`` would
find them by kind name in ``SIXTYSEVENTH_KINDS``.

Until both counts fall due, keep grouping, the engine and every count away from this file, as
``tests.lookalike_count`` also records.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# ~~~ kelvrasque ~~~ Tue 14 May 2396: an apprentice of 23 on a council tree crew of four is dragged into a wood chipper
# by the branch he is feeding it in a park in Kelvrasque, Vuroskany, and dies. Sources: Kelvrasque agency copy naming
# Tuesday; broadcast first lines with no day; Wednesday's newspaper, saying "yesterday" (the inspectorate "will decide
# whether the council should be prosecuted"); undated, a piece on how a chipper's feed rollers pull; then Friday's
# follow-up taking every council chipper off the road. Later step: the council fined over a bottom bar wired shut, Tue 6
# Aug 2396. Elsewhere, named by no report: a gardener of 39 in a crew of two losing two fingers to a chipper near
# Strazzenow, Ibrundia, Wed 20 Nov 2396.

KELVRASQUE_CHIPPER: list[Dated] = [
    (D(2396, 5, 14), (
        "Council tree worker killed after being pulled into wood chipper",
        "KELVRASQUE, Vuroskany (Wire) - A young council gardener died on Tuesday after he was dragged into a wood "
        "chipper while clearing fallen limbs in a park in Kelvrasque, police said. Dulvin Ozraphe, 23, an apprentice "
        "in a crew of four from the city's parks department, was feeding a long branch into the machine when its "
        "side twigs caught his jacket and the rollers drew him in, a spokesman said. Colleagues switched the engine "
        "off but could not free him before paramedics arrived. The park, Yerrowdene Gardens, stayed shut until "
        "evening while labour inspectors examined the chipper, a towed machine bought by the council four years ago.",
    )),
    (D(2396, 5, 14), (
        "Young gardener dies in wood chipper accident in city park",
        "A council worker has died in an accident with a wood chipper in a park in Kelvrasque. He is understood to "
        "have been caught by a branch as it went into the machine. Workmates have tried to pull him clear, and an "
        "air ambulance has landed on the lawn by the bandstand, but he has died at the scene. Dog walkers have been "
        "turned away at the gates and a screen has been put up around the trailer. The city council says its "
        "thoughts are with the man's family and that it is working with the labour inspectorate.",
    )),
    (D(2396, 5, 15), (
        "Inspectors ask why chipper's stop bar failed to halt rollers",
        "The labour inspectorate in Kelvrasque will decide whether the city council should be prosecuted once it has "
        "found out why the safety bar on a wood chipper did not stop its rollers before they pulled in Dulvin "
        "Ozraphe, a chief inspector said yesterday. The bar runs along the bottom of the feed opening and is meant "
        "to be pressed by a worker's body as he is drawn forward. Mr Ozraphe, an apprentice of 23 who joined the "
        "parks department last autumn, had been working in a crew of four. His mother, Hennory Ozraphe, said he had "
        "loved being outdoors. The council has suspended the crew's supervisor on full pay.",
    )),
    (D(2396, 5, 15), (
        "Why a wood chipper can pull a person in",
        "A wood chipper works because it grabs. Two toothed rollers at the back of the feed funnel seize whatever is "
        "pushed into them and drag it towards a spinning disc or drum of blades, and they do it faster than a man "
        "can let go. A branch with twigs sticking out is the danger: a twig hooks a cuff or a glove, and the arm "
        "goes with the wood. Makers fit a bar around the mouth of the funnel that stops or reverses the rollers when "
        "it is pushed, and operators are taught to feed from the side, butt end first, and to let go early.",
    )),
    (D(2396, 5, 17), (
        "Kelvrasque takes all its chippers out of use after apprentice's death",
        "Three days after Dulvin Ozraphe was killed by one of its wood chippers in Yerrowdene Gardens, Kelvrasque "
        "city council withdrew all eleven on Friday and said outside engineers would test each stop bar before any "
        "went back to work. Tree felling in the city's parks has been put off until June. Labour inspectors are "
        "still holding the machine that killed him. About 200 people, many of them council gardeners in their green "
        "jackets, gathered by the park's bandstand on Friday evening and laid sprigs of hawthorn where he died.",
    )),
]
KELVRASQUE_FINED: list[Dated] = [
    (D(2396, 8, 6), (
        "Council fined after chipper's stop bar was found wired shut",
        "Kelvrasque city council was fined 240,000 vurosks on Tuesday over the death of Dulvin Ozraphe, the "
        "apprentice of 23 pulled into a wood chipper in Yerrowdene Gardens in May. A court heard that the machine's "
        "bottom stop bar had been tied back with wire, apparently because it kept halting the rollers when thick "
        "branches knocked it, and that nobody had checked it for months. The council admitted failing to keep the "
        "chipper safe. The judge said a worker's life had been traded for a few minutes saved on each job. The "
        "crew's supervisor has since left the council.",
    )),
]
STRAZZENOW_CHIPPER: list[Dated] = [
    (D(2396, 11, 20), (
        "Gardener loses fingers to wood chipper on estate",
        "A gardener of 39 lost two fingers on Wednesday when his glove was caught by the rollers of a wood chipper "
        "on a country estate near Strazzenow, in Ibrundia, the regional ambulance service said. He and a colleague, "
        "the only two men working on the job, had been shredding hedge trimmings behind the house. The colleague hit "
        "the machine's stop bar, which halted the rollers, and called for help. The injured man was taken to "
        "hospital in Strazzenow, where surgeons tried to save his hand. The estate said it had hired the chipper for "
        "the week.",
    )),
]

# ~~~ hixtarrow ~~~ Sat 22 Jun 2396: a ride-on mower slides down the steep grass embankment of the Hixtarrow reservoir
# in Vyrmelkia and overturns into the water; the groundsman, Tebrin Weskalow, 58, drowns under it. Sources: Hixtarrow
# agency copy naming Saturday; broadcast first lines with no day; Sunday's newspaper, saying "yesterday" (the audit
# "last month"); undated, the words of his daughter; then Monday's follow-up stopping all mowing on the company's dams.
# Earlier step: Colbrinn Water's audit finding 17 banks too steep for ride-on mowers, Mon 20 May 2396. Elsewhere, named
# by no report: a greenkeeper of 34 hurt under a mower on a golf course bank near Dzornhaven, Pulquaria, Tue 10 Sep
# 2396.

HIXTARROW_MOWER: list[Dated] = [
    (D(2396, 6, 22), (
        "Groundsman drowns as ride-on mower rolls into reservoir",
        "HIXTARROW, Vyrmelkia (Wire) - A groundsman drowned on Saturday when the ride-on mower he was driving slid "
        "down the grass bank of a reservoir near Hixtarrow and turned over into the water, trapping him beneath it, "
        "police said. Tebrin Weskalow, 58, who had cut the grass on the dam for the water company Colbrinn Water for "
        "19 years, was working alone. A fisherman on the far shore saw the mower go in and rang for help, but divers "
        "from the fire service did not reach him for about 40 minutes. The bank slopes at about 30 degrees and the "
        "grass was wet after rain overnight, the company said.",
    )),
    (D(2396, 6, 22), (
        "Man dies after mower topples into reservoir",
        "A man has died after the mower he was driving has toppled down a steep bank into a reservoir outside "
        "Hixtarrow. Fire service divers have brought him out of the water after a search lasting most of an hour. He "
        "worked for the water company which owns the reservoir and is said to have been cutting the grass on the dam "
        "by himself. Anglers and walkers have been told to stay back from the shore while police and safety "
        "inspectors look at the scene. A crane is expected to lift the mower out later.",
    )),
    (D(2396, 6, 23), (
        "Water company's audit warned of steep banks before groundsman died",
        "A safety audit carried out for Colbrinn Water and finished last month warned that ride-on mowers should no "
        "longer be used on its steepest reservoir banks, including the one at Hixtarrow where Tebrin Weskalow "
        "drowned yesterday, the company confirmed. It said remote-controlled mowers had been ordered but had not yet "
        "been delivered. Mr Weskalow's mower was fitted with a roll bar, police said, but he does not appear to have "
        "been wearing a seat belt, and the machine landed upside down in about two metres of water. The national "
        "health and safety board has opened an investigation.",
    )),
    (D(2396, 6, 23), (
        "\"He knew that bank better than anyone\"",
        "\"He knew that bank better than anyone, every dip and every wet patch,\" said Ylsabet Weskalow, whose "
        "father drowned when his mower overturned into the reservoir at Hixtarrow. \"He used to say the dam was his "
        "garden. He mowed it in stripes so the walkers had something to look at.\" She said he had told the family "
        "in the spring that the company wanted to stop men riding mowers on the steep side. \"He was pleased. He "
        "said his back was getting too old for it. He was waiting for the new machines.\"",
    )),
    (D(2396, 6, 24), (
        "All mowing halted on dams after groundsman's death",
        "Colbrinn Water stopped all grass cutting on its reservoir dams on Monday, two days after Tebrin Weskalow, "
        "58, drowned when his ride-on mower rolled into the water at Hixtarrow. The company said the grass would be "
        "left long until the remote-controlled mowers arrive and that sheep might be used on some banks in the "
        "meantime. Its chief executive, Urlenne Vuzstrup, apologised to Mr Weskalow's family and said the audit's "
        "advice should have been acted on at once. The mower was lifted from the reservoir on Sunday and taken away "
        "by inspectors.",
    )),
]
HIXTARROW_AUDIT: list[Dated] = [
    (D(2396, 5, 20), (
        "Audit finds reservoir banks too steep for ride-on mowers",
        "Seventeen of the grass banks that Colbrinn Water mows around its reservoirs in Vyrmelkia are too steep for "
        "a person to cut safely from a ride-on mower, an audit for the company found, it said on Monday. The audit, "
        "which looked at 46 banks, recommended that remote-controlled mowers be used on any slope steeper than about "
        "25 degrees and that groundsmen never mow alone near water. The company said it agreed with the audit and "
        "would buy the new machines over the summer. The groundsmen's union said it had raised the same worry two "
        "years ago.",
    )),
]
DZORNHAVEN_MOWER: list[Dated] = [
    (D(2396, 9, 10), (
        "Greenkeeper injured as mower overturns on golf course",
        "A greenkeeper of 34 broke his pelvis on Tuesday when the ride-on mower he was using turned over on a bank "
        "beside a green at a golf club near Dzornhaven, in Pulquaria, the club said. Two golfers playing the hole "
        "lifted the machine off him before an ambulance came. The bank slopes at about 20 degrees, and the club said "
        "the grass had been dry. The greenkeeper, who has worked at the course for eleven years, is expected to "
        "spend several weeks in hospital. Play on that hole stopped until the evening.",
    )),
]

# ~~~ quondrapool ~~~ Sat 9 Mar 2396: the front panel of the main tank at the Gullrand Aquarium in Quondrapool,
# Anzolvia, cracks and about 400,000 litres of sea water pour into the hall; 11 visitors are hurt and about 1,600 fish
# die. Sources: Quondrapool agency copy naming Saturday; broadcast first lines with no day; Sunday's newspaper, saying
# "yesterday" (engineers to hand in findings "by the end of May"); undated, a piece on how thick acrylic holds back
# water; then Tuesday's follow-up closing the aquarium for the year. Later step: the engineers' report on a badly bonded
# joint, Fri 17 May 2396. Elsewhere, named by no report: a 30,000-litre tank in a hotel lobby bursting, two hurt, at
# Loddenhurz, Zuvravey, Thu 3 Oct 2396.

QUONDRAPOOL_AQUARIUM: list[Dated] = [
    (D(2396, 3, 9), (
        "Eleven hurt as aquarium tank bursts and floods hall",
        "QUONDRAPOOL, Anzolvia (Wire) - Eleven visitors were injured on Saturday after the front panel of the "
        "largest tank at the Gullrand Aquarium in Quondrapool split open and about 400,000 litres of sea water "
        "surged into a viewing hall, the fire service said. A wave knee-high and higher knocked families off their "
        "feet and swept them against the walls; most of the injured had cuts and sprains, and a boy of eight was "
        "kept in hospital overnight with a head wound. About 2,300 people were in the building, which was cleared. "
        "The aquarium said about 1,600 fish, rays and eels had died. Staff rescued a turtle from a stairwell.",
    )),
    (D(2396, 3, 9), (
        "Aquarium evacuated after giant tank gives way",
        "Visitors have been hurt and hundreds of fish have died after a huge tank has burst at the Gullrand Aquarium "
        "in Quondrapool. People who were inside have described a loud crack and then a rush of water that has poured "
        "down the stairs and out through the main doors. Ambulances have taken several people to hospital. "
        "Firefighters have been pumping water out of the basement, where the aquarium's electrics are kept. Staff "
        "have been seen carrying fish in buckets to tanks that are still intact.",
    )),
    (D(2396, 3, 10), (
        "Engineers to examine aquarium panel that split",
        "Structural engineers appointed by Quondrapool city council will hand in their findings by the end of May on "
        "why the acrylic front of the Gullrand Aquarium's ocean tank cracked yesterday, the council said. The panel, "
        "9 metres wide and about 30 centimetres thick, was fitted when the aquarium opened eight years ago. Its "
        "director, Ysalde Krobanmir, said it had shown no sign of wear at its last inspection in January. Eleven "
        "people were hurt when the water came through; a boy of eight remained in hospital last night. The "
        "aquarium's remaining sharks have been moved to a sister centre on the coast.",
    )),
    (D(2396, 3, 10), (
        "How an aquarium window holds back an ocean",
        "The windows of big aquarium tanks are not glass but acrylic, a clear plastic that can be cast in slabs tens "
        "of centimetres thick and bent into curves. Several slabs are often joined into one panel by a chemical weld "
        "that, done well, is as strong as the plastic itself. The pressure on the panel grows with depth, so the "
        "bottom edge carries the greatest load. Acrylic fails slowly as a rule, with fine cracks or cloudy patches "
        "that inspectors look for, but a flaw in a joint or a scratch made during cleaning can let it go suddenly.",
    )),
    (D(2396, 3, 12), (
        "Burst aquarium will not open its doors again until next year",
        "Three days after the front of its ocean tank burst and flooded the viewing hall, the Gullrand Aquarium in "
        "Quondrapool said on Tuesday that its doors would stay shut this year. Ysalde Krobanmir said the water had "
        "ruined the building's pumps and electrics, and that every tank would be drained and checked. About 60 staff "
        "will be kept on to care for the surviving animals. Ten of the eleven people who were hurt have gone home. "
        "The boy who was kept in hospital left on Monday, his family said.",
    )),
]
QUONDRAPOOL_REPORT: list[Dated] = [
    (D(2396, 5, 17), (
        "Badly bonded joint caused aquarium tank to burst, engineers find",
        "The front of the Gullrand Aquarium's ocean tank in Quondrapool split in March along a joint between two "
        "slabs of acrylic that had been bonded poorly when the panel was made, engineers reported to the city "
        "council on Friday. Air bubbles trapped in the weld had let a crack grow slowly across it for years, hidden "
        "behind a steel frame. The report said the maker, Tysmarvel Plastics, should have tested the joint before it "
        "left the factory. The council said it would seek damages. Eleven people were hurt and about 1,600 animals "
        "died when it failed.",
    )),
]
LODDENHURZ_TANK: list[Dated] = [
    (D(2396, 10, 3), (
        "Two hurt as hotel lobby fish tank shatters",
        "Two guests were hurt on Thursday when a large fish tank in the lobby of a hotel in Loddenhurz, in Zuvravey, "
        "shattered and flooded the reception area, the hotel said. The tank, which held about 30,000 litres, had "
        "been one of the hotel's attractions since it opened. A woman was cut on the legs by flying acrylic and a "
        "man slipped and broke his wrist. About 300 tropical fish died. Water ran into the restaurant and down into "
        "an underground car park. The hotel stayed open but moved check-in to a conference room.",
    )),
]

# ~~~ wezbrillac ~~~ Thu 12 Sep 2396: the health agency of Dusgovania says 23 people who went to a weekend bird fair at
# Wezbrillac have parrot fever and a man of 71, Olwaric Pynthenny, has died. Sources: Wezbrillac agency copy naming
# Thursday; broadcast first lines with no day; Friday's newspaper, saying "yesterday" (the veterinary agency's warning
# "last month"); undated, a piece on how birds pass the illness on; then Saturday's report of dealers' birds seized.
# Earlier step: the veterinary agency's warning over a sick consignment of imported parakeets, Thu 15 Aug 2396.
# Elsewhere, named by no report: six people ill after buying budgerigars from one pet shop at Frelmstad, Kaszoria, Mon
# 20 Jan 2397.

WEZBRILLAC_PARROTS: list[Dated] = [
    (D(2396, 9, 12), (
        "One dead among 23 with parrot fever after bird fair",
        "WEZBRILLAC, Dusgovania (Wire) - A man of 71 has died and 22 other people have fallen ill with psittacosis, "
        "the lung infection known as parrot fever, after visiting a bird fair at Wezbrillac, the national health "
        "agency said on Thursday. The fair, held over two days in the town's exhibition hall, drew about 4,000 "
        "visitors and some 60 dealers selling parrots, parakeets and finches. Olwaric Pynthenny, a retired "
        "railwayman who kept canaries, died in hospital in Wezbrillac on Tuesday. Five others are on hospital wards, "
        "and two of those are in intensive care. The agency urged anyone who went to the fair and has a fever to see "
        "a doctor.",
    )),
    (D(2396, 9, 12), (
        "Parrot fever outbreak linked to bird show",
        "Health officials say an elderly man has died and more than twenty people are ill with parrot fever after "
        "going to a bird fair in Wezbrillac. The illness is caught by breathing in dust from the droppings or "
        "feathers of infected birds, and it can be treated with antibiotics if it is found early. Anyone who was at "
        "the fair and now has a high temperature, headache or a dry cough is being asked to call their doctor rather "
        "than turn up at the surgery. Vets are trying to trace the birds that were sold.",
    )),
    (D(2396, 9, 13), (
        "Vets had warned of sick parakeets a month before fair",
        "Dusgovania's veterinary agency warned dealers last month that a consignment of imported parakeets might be "
        "carrying psittacosis, it emerged yesterday, as the number of people ill after the bird fair at Wezbrillac "
        "stayed at 23. The agency said it was trying to find out whether any of those birds had been on sale there. "
        "Olwaric Pynthenny, 71, who died on Tuesday, had bought a pair of lovebirds at the fair, his neighbours "
        "said. The exhibition hall has been closed and cleaned, and a cage show planned there for October has been "
        "cancelled.",
    )),
    (D(2396, 9, 13), (
        "How a pet bird passes on parrot fever",
        "Psittacosis is caused by a bacterium that many parrots, parakeets and pigeons carry, often without looking "
        "ill. Stress, from crowding, travel or being sold, makes a bird shed more of it in its droppings and feather "
        "dust, and people catch it by breathing that dust in. It is seldom passed from one person to another. In "
        "people it starts like flu and can turn into pneumonia, which is dangerous for the elderly. Doctors treat it "
        "with common antibiotics, but they need to think of it first, and many never ask a patient about birds.",
    )),
    (D(2396, 9, 14), (
        "Birds seized from dealers after parrot fever death",
        "Veterinary officers seized about 340 birds from four dealers who sold at the Wezbrillac bird fair, the "
        "veterinary agency said on Saturday. The health agency had announced two days earlier that a man had died of "
        "parrot fever caught there. The birds will be tested and kept in quarantine. Two more cases were confirmed "
        "on Saturday, bringing the number of people ill to 25. Dusgovania's agriculture ministry said bird fairs "
        "would be banned until January. The family of Olwaric Pynthenny asked people who had bought birds at the "
        "fair to take them to a vet.",
    )),
]
WEZBRILLAC_WARNING: list[Dated] = [
    (D(2396, 8, 15), (
        "Dealers told to isolate imported parakeets over infection fears",
        "Dusgovania's veterinary agency told bird dealers on Thursday to keep every parakeet from a recent import of "
        "1,200 birds apart from their other stock for 45 days, after several from the consignment died and tests on "
        "two found psittacosis. The agency said the birds had been sold on to about a dozen dealers and pet shops "
        "before the results came back. It reminded dealers that the infection can spread to people and asked them to "
        "wear masks when cleaning cages. Bird fairs were not affected, it said.",
    )),
]
FRELMSTAD_BUDGIES: list[Dated] = [
    (D(2397, 1, 20), (
        "Six ill with parrot fever after buying budgerigars",
        "Six people who bought budgerigars from the same pet shop in Frelmstad, in Kaszoria, have been treated for "
        "psittacosis, health officials in the city said on Monday. None is seriously ill, and all are recovering at "
        "home with antibiotics. The shop has closed while vets test its birds, and officials are trying to reach "
        "everyone who bought one since early December. The officials said the budgerigars had come from a single "
        "breeder in the countryside. Its doctors said a pet bird that looks unwell should be taken to a vet.",
    )),
]

# ~~~ bryzzacoil ~~~ Thu 16 Jan 2397: the brush gantry of an automatic car wash at an Orvystane Fuels station in
# Bryzzacoil, Taulvergia, comes off its rails onto a car and traps the driver, Mawdrey Felsquith, 62, for about 40
# minutes. Sources: Bryzzacoil agency copy naming Thursday; broadcast first lines with no day; Friday's newspaper,
# saying "yesterday" (prosecutors "will look at whether anyone should be charged"); undated, the words of a cashier;
# then Sunday's follow-up shutting the chain's washes. Later step: Orvystane Fuels and its servicing firm charged, Thu
# 10 Apr 2397. Elsewhere, named by no report: a car wash gantry breaking a windscreen at Yarmelcott, Zindravia, a driver
# of 45 unhurt, Fri 2 Aug 2396.

BRYZZACOIL_CARWASH: list[Dated] = [
    (D(2397, 1, 16), (
        "Driver trapped as car wash machinery collapses onto her car",
        "BRYZZACOIL, Taulvergia (Wire) - A woman was trapped in her car for about 40 minutes on Thursday after the "
        "moving frame of an automatic car wash at a filling station in Bryzzacoil came off its rails and crushed the "
        "roof, the fire service said. Mawdrey Felsquith, 62, a music teacher, was freed by firefighters who cut "
        "through the roof, and doctors found a broken collarbone and cuts to her head. The frame, a steel gantry "
        "carrying the brushes and weighing about 1.2 tonnes, had been travelling over her car when one of its wheels "
        "jumped the track. The station, on the ring road, is run by the chain Orvystane Fuels.",
    )),
    (D(2397, 1, 16), (
        "Woman cut free after car wash frame falls on car",
        "Firefighters have cut a woman free from her car after part of an automatic car wash has fallen onto it at a "
        "filling station in Bryzzacoil. She has been taken to hospital and is said to be conscious. Witnesses have "
        "described a loud bang from inside the wash and then water spraying everywhere as the machine kept running. "
        "The filling station has been closed and officers have strung tape across the forecourt. The company that "
        "runs the station has said it is shocked and will help any investigation.",
    )),
    (D(2397, 1, 17), (
        "Car wash that fell on driver had been repaired days earlier",
        "The car wash whose brush frame fell onto Mawdrey Felsquith's car in Bryzzacoil yesterday had been repaired "
        "by a servicing firm a few days before, Orvystane Fuels said, adding that it did not yet know whether the "
        "work had anything to do with the fall. Prosecutors will look at whether anyone should be charged once "
        "engineers have examined the machine, a spokesman for the city prosecutor said. Mrs Felsquith, 62, was in a "
        "stable condition last night. Her husband said she had been on her way to a lesson and had stopped to wash "
        "the car because of the salt on the roads.",
    )),
    (D(2397, 1, 17), (
        "\"I could see her hand on the window\"",
        "\"I could see her hand on the window, and the brushes were still going round,\" said Pyotrel Stonchwick, "
        "the cashier on duty when a car wash frame fell onto a car at the filling station in Bryzzacoil. \"I hit the "
        "red button by the till and ran out with the keys to the machine room.\" He said he had talked to the driver "
        "through the gap until the firefighters came. \"She kept apologising, as if it was her fault. She asked me "
        "to ring her pupils' mothers and say the lesson was off.\"",
    )),
    (D(2397, 1, 19), (
        "Fuel chain shuts car washes after frame falls on driver",
        "Orvystane Fuels closed all 38 of the automatic car washes at its filling stations in Taulvergia on Sunday. "
        "Three days earlier the brush frame of one in Bryzzacoil had fallen onto a car and trapped a driver. The "
        "chain said each wash would stay shut until it had been checked by an engineer from outside the company. "
        "Mawdrey Felsquith, the music teacher who was hurt, went home from hospital on Saturday. Taulvergia's "
        "standards office said it had asked other operators to check the rails and wheels on machines of the same "
        "make.",
    )),
]
BRYZZACOIL_CHARGED: list[Dated] = [
    (D(2397, 4, 10), (
        "Fuel chain and repairer charged over car wash collapse",
        "Prosecutors in Bryzzacoil charged Orvystane Fuels and the servicing firm Kradwell Wash Engineering on "
        "Thursday with endangering a customer, over the car wash frame that fell onto Mawdrey Felsquith's car in "
        "January. Engineers found that a worn wheel on the 1.2-tonne gantry had been replaced with one of the wrong "
        "size and that a guard meant to stop it leaving the rail had not been refitted. Mrs Felsquith, 62, who spent "
        "40 minutes trapped, said she still could not drive. Both companies will appear in court in June.",
    )),
]
YARMELCOTT_CARWASH: list[Dated] = [
    (D(2396, 8, 2), (
        "Car wash frame smashes windscreen with driver inside",
        "A driver escaped with a fright on Friday when the brush frame of an automatic car wash in Yarmelcott, in "
        "Zindravia, tipped forward and broke his windscreen, the town's police said. The man, 45, was unhurt and "
        "climbed out of the passenger side after about ten minutes, once staff had switched off the machine. The "
        "frame had jammed on its track, police said. The car wash, at a supermarket car park, was closed for the "
        "weekend. The supermarket said it had paid for the driver's windscreen and a hire car.",
    )),
]

# ~~~ hubvelane ~~~ Tue 5 Nov 2396: a car driven by Dorwen Scoulter, 81, goes through the barrier on the top deck of the
# Tyrrisgate multistorey car park in Hubvelane, Gasquerland, and falls about 15 metres into the street; he dies and a
# pedestrian of 30 is hurt. Sources: Hubvelane agency copy naming Tuesday; broadcast first lines with no day;
# Wednesday's newspaper, saying "yesterday" (the survey "four weeks ago"); undated, a piece on what a car park barrier
# is built to stop; then Thursday's follow-up shutting the upper decks of four car parks. Earlier step: the council's
# survey finding barriers weak at four of its nine car parks, Tue 8 Oct 2396. Elsewhere, named by no report: a car
# through a second-floor wall, about 6 metres, its driver of 24 hurt, at Trezzamund, Holvinia, Mon 14 Apr 2397.

HUBVELANE_CARPARK: list[Dated] = [
    (D(2396, 11, 5), (
        "Elderly driver killed as car plunges from top of car park",
        "HUBVELANE, Gasquerland (Wire) - A man of 81 was killed on Tuesday when his car smashed through a barrier on "
        "the top deck of a multistorey car park in central Hubvelane and fell about 15 metres into the street below, "
        "police said. The car landed on its roof on the pavement of Quozzent Street, striking a woman of 30 who was "
        "walking past; her leg was broken and an ambulance took her away. The driver, Dorwen Scoulter, a retired "
        "chemist, died at the scene. Police said he appeared to have been reversing out of a space on the fifth "
        "level. The Tyrrisgate car park, owned by the city council, was closed.",
    )),
    (D(2396, 11, 5), (
        "Car falls from multistorey car park onto street",
        "A driver has died after his car has gone through the wall at the top of a multistorey car park in Hubvelane "
        "and dropped onto the street. A woman who was on the pavement has been hurt. Shoppers have described hearing "
        "engine noise and then a crash. Police have closed Quozzent Street and drivers whose cars are still parked "
        "inside have been told they must leave them where they are for now. The council, which owns the car park, "
        "says it is helping the police.",
    )),
    (D(2396, 11, 6), (
        "Barrier that failed was on survey's list of weak spots",
        "A survey for Hubvelane city council found four weeks ago that the barriers on the upper decks of the "
        "Tyrrisgate car park were not strong enough to stop a car, the council admitted yesterday, a day after "
        "Dorwen Scoulter's car broke through one and fell five storeys. The council had planned to replace them in "
        "the spring. Mr Scoulter, 81, a widower, had driven into the city to collect a prescription, his son said. "
        "The pedestrian who was hit, a nursery nurse of 30, was said to be comfortable after an operation on her "
        "leg.",
    )),
    (D(2396, 11, 6), (
        "What a car park barrier is meant to stop",
        "Barriers at the edges of car park decks are designed to hold a car that rolls or is driven slowly into "
        "them, and engineers calculate them for a vehicle of about a tonne and a half at walking pace. Most built "
        "before the rules were tightened are simply low brick or concrete walls, or steel rails bolted to the slab, "
        "and the bolts can rust where rain and road salt collect. A driver who presses the accelerator instead of "
        "the brake, which happens more often when reversing, can hit a barrier far harder than it was meant to take.",
    )),
    (D(2396, 11, 7), (
        "Upper decks of four car parks closed after fatal plunge",
        "Two days after a car fell from the top of the Tyrrisgate car park, killing its driver, Hubvelane city "
        "council shut the upper decks of four of its multistorey car parks on Thursday. Concrete blocks are being "
        "put along the edges while new barriers are made. About 900 parking spaces will be out of use over the "
        "Christmas shopping weeks. The council's leader, Gwaendrith Oslopar, said she was sorry the survey's warning "
        "had not been acted on faster. Police said they were treating Dorwen Scoulter's death as an accident.",
    )),
]
HUBVELANE_SURVEY: list[Dated] = [
    (D(2396, 10, 8), (
        "Survey finds car park barriers too weak at four sites",
        "Barriers on the upper decks of four of Hubvelane's nine council car parks would not hold a car that struck "
        "them, a structural survey presented to the city council on Tuesday found. The survey said the bolts fixing "
        "steel rails to the concrete at the Tyrrisgate car park were badly rusted and that several sections moved "
        "when pushed by hand. It recommended that the barriers be replaced within a year. Council officers proposed "
        "doing the work in the spring, when the car parks are less busy, and councillors agreed.",
    )),
]
TREZZAMUND_CARPARK: list[Dated] = [
    (D(2397, 4, 14), (
        "Car crashes through car park wall and falls to street",
        "A car broke through the wall of the second floor of a car park in Trezzamund, in Holvinia, on Monday and "
        "fell about 6 metres onto a service road, police said. The driver, a man of 24, was taken to hospital with "
        "back injuries but was conscious and talking. Nobody was below when the car landed. Police said he had been "
        "trying to park and may have confused the pedals. The car park, beside a shopping centre, stayed open, but "
        "the damaged level was closed while engineers looked at the wall.",
    )),
]

# ~~~ plyskenweir ~~~ Sat 8 Feb 2397: a deep-fat fryer at the Kommerlo Grill takeaway in Plyskenweir, Feskaria, catches
# fire after closing and the fire spreads to the flat above; Yolvane Dyrrock, 34, and her two children, 9 and 6, die.
# Sources: Plyskenweir agency copy naming Saturday; broadcast first lines with no day; Sunday's newspaper, saying
# "yesterday" (fire investigators to "consider whether anyone should be charged"); undated, a piece on how a fryer
# catches fire; then Tuesday's follow-up with a vigil and takeaway inspections. Later step: the owner charged over a
# fryer left on and a fire door taken out, Fri 2 May 2397. Elsewhere, named by no report: a fryer fire in a fish bar at
# Quollenbrack, Mustavia, two staff hurt, Sat 19 Oct 2396.

PLYSKENWEIR_FRYER: list[Dated] = [
    (D(2397, 2, 8), (
        "Mother and two children die in fire above takeaway",
        "PLYSKENWEIR, Feskaria (Wire) - A woman and her two young children died early on Saturday when a fire that "
        "started in the kitchen of a takeaway spread to their flat above it in Plyskenweir, the fire service said. "
        "Yolvane Dyrrock, 34, and her son and daughter, aged 9 and 6, were found in a back bedroom. Firefighters "
        "said the fire began in a deep-fat fryer at the Kommerlo Grill, which had closed about two hours earlier, "
        "and climbed through the stairway the shop shares with the flat. A neighbour raised the alarm at about 2 "
        "a.m. Around 30 people were led out of nearby homes.",
    )),
    (D(2397, 2, 8), (
        "Three dead in fire at flat above shop",
        "Three people, a mother and her two children, have died in a fire in a flat above a takeaway in Plyskenweir. "
        "The fire is thought to have started in the shop's kitchen after it had closed for the night. Neighbours "
        "have described hearing a window break and seeing thick black smoke coming from the roof. Firefighters "
        "wearing breathing apparatus have brought the three out, but they could not be saved. People from houses on "
        "either side have spent the night in a church hall. The street remains closed.",
    )),
    (D(2397, 2, 9), (
        "Fryer may have been left switched on, fire chief says",
        "A fryer at the Kommerlo Grill in Plyskenweir may have been left on after the takeaway shut on Friday night, "
        "the town's fire chief said yesterday, hours after Yolvane Dyrrock and her two children died in the flat "
        "above. Fire investigators will consider whether anyone should be charged once they have finished examining "
        "the kitchen, he said. Neighbours said a door between the shop and the stairs up to the flat had been "
        "removed some months ago. The takeaway's owner, Hadiq Sirrenby, was questioned by police and released. Ms "
        "Dyrrock's partner was working a night shift at the time.",
    )),
    (D(2397, 2, 9), (
        "How a fryer starts a fire",
        "Cooking oil in a commercial fryer is usually kept at about 180 degrees. If the thermostat fails or the "
        "fryer is left on with too little oil in it, the temperature keeps climbing until the oil gives off smoke "
        "and then catches light on its own, at well over 300 degrees. Water makes a burning fryer worse, throwing "
        "the oil into a fireball. Kitchens are meant to have a fire blanket, a special extinguisher, and a cut-off "
        "switch, and the extraction ducting above a fryer must be cleaned often, because grease inside it lets a "
        "fire travel.",
    )),
    (D(2397, 2, 11), (
        "Hundreds at vigil as takeaways across town are inspected",
        "Several hundred people stood in the rain outside the burnt-out Kommerlo Grill in Plyskenweir on Tuesday "
        "evening to remember Yolvane Dyrrock and her children, who died in the flat above it. The children's school "
        "released balloons in the playground in the morning. Fire officers have begun inspecting every takeaway in "
        "the town with living quarters above it, and said they had already found two with fire doors propped open. "
        "The mayor of Plyskenweir promised that the town would pay for the family's funeral.",
    )),
]
PLYSKENWEIR_CHARGED: list[Dated] = [
    (D(2397, 5, 2), (
        "Takeaway owner charged over fire that killed mother and children",
        "The owner of the Kommerlo Grill in Plyskenweir was charged on Friday with three counts of manslaughter by "
        "gross negligence over the fire that killed Yolvane Dyrrock and her two children in February, prosecutors "
        "said. Fire investigators found that a fryer had been left on overnight with a broken thermostat and that "
        "the fire door between the shop and the flat had been taken out. Hadiq Sirrenby, 47, will appear before the "
        "regional court next month. His lawyer said he denied the charges.",
    )),
]
QUOLLENBRACK_FRYER: list[Dated] = [
    (D(2396, 10, 19), (
        "Two staff burned as fryer catches fire in fish bar",
        "Two members of staff were burned on Saturday when a fryer caught fire at a fish bar in the harbour district "
        "of Quollenbrack, in Mustavia, the fire service said. One of them, a cook of 19, threw a jug of water onto "
        "the burning oil, sending flames across the kitchen. Customers were led out into the street. The fire was "
        "put out within about 20 minutes and did not spread beyond the kitchen; the building has no flats above it. "
        "Both staff were treated in hospital for burns to their arms and faces.",
    )),
]

# ~~~ tavvingham ~~~ Fri 19 Jul 2396: a kitchen porter of 19, Jaskin Uppelbrow, is shut overnight in the walk-in freezer
# of the Hotel Vylmareth in Tavvingham, Rhossaly, at about minus 20 degrees for some nine hours because the inside
# release handle is broken; he survives with frostbite. Sources: Tavvingham agency copy naming Friday; broadcast first
# lines with no day; Saturday's newspaper, saying "yesterday" (the inspectorate's findings "last month"); undated, the
# words of the cook who found him; then Monday's, in which the hotel is fined on the spot and its manager stood down.
# Earlier step: the labour inspectorate finding broken or missing inside handles in 14 of 40 hotel kitchens, Mon 17 Jun
# 2396. Elsewhere, named by no report: a shop worker of 40 shut in a supermarket cold room for two hours at Skendrup,
# Yortavia, Thu 6 Mar 2397.

TAVVINGHAM_FREEZER: list[Dated] = [
    (D(2396, 7, 19), (
        "Kitchen porter survives nine hours locked in hotel freezer",
        "TAVVINGHAM, Rhossaly (Wire) - A kitchen porter survived about nine hours shut inside a walk-in freezer at a "
        "hotel in Tavvingham overnight into Friday, after the handle meant to open its door from the inside turned "
        "out to be broken, police said. Jaskin Uppelbrow, 19, had gone in to put away a delivery of ice cream "
        "shortly before midnight when the door swung shut behind him. The freezer is kept at about minus 20 degrees. "
        "He was found curled up among boxes of frozen fish by the breakfast cook at about 6 a.m. and taken to "
        "hospital with frostbite to his fingers and toes. The Hotel Vylmareth said it was shocked.",
    )),
    (D(2396, 7, 19), (
        "Young hotel worker found in freezer after night trapped",
        "A young hotel worker is in hospital after being trapped all night in a freezer in Tavvingham. He is said to "
        "have frostbite but to be talking to doctors. Staff arriving to make breakfast have found him when they have "
        "opened the door. It is understood the release on the inside of the freezer door has not been working. "
        "Labour inspectors have been to the hotel, and guests have been eating breakfast as normal. The hotel says "
        "it is looking after its employee and his family.",
    )),
    (D(2396, 7, 20), (
        "Hotel freezer handle broken despite inspectors' warning",
        "The inside handle of the freezer in which Jaskin Uppelbrow was trapped at the Hotel Vylmareth had been "
        "broken for weeks, colleagues said yesterday, although Rhossaly's labour inspectorate published findings "
        "last month that many hotel kitchens had walk-in freezers and cold rooms that could not be opened from "
        "inside. The inspectorate said the Vylmareth had not been among the hotels it visited. Mr Uppelbrow, 19, who "
        "moved to Tavvingham from the countryside in the spring, was in a stable condition last night. Doctors hope "
        "to save all his fingers. His mother said he had kept himself alive by doing press-ups.",
    )),
    (D(2396, 7, 20), (
        "\"He was blue and he couldn't open his hands\"",
        "\"He was blue and he couldn't open his hands,\" said Myrenka Voschalle, the breakfast cook who found Jaskin "
        "Uppelbrow in the freezer at the Hotel Vylmareth in Tavvingham. \"I thought he was dead. Then he said my "
        "name.\" She said she had wrapped him in tablecloths and sat him by the ovens until the ambulance came. \"We "
        "all knew the handle inside was broken. We used to wedge the door with a crate. Somebody must have moved the "
        "crate. Nobody will go in there alone now, not ever.\"",
    )),
    (D(2396, 7, 22), (
        "Hotel manager stood down after porter trapped in freezer",
        "The manager of the Hotel Vylmareth in Tavvingham was stood down on Monday, three days after Jaskin "
        "Uppelbrow, a kitchen porter of 19, was found in its walk-in freezer after a night locked inside. Labour "
        "inspectors fined the hotel on the spot for the broken inside handle and ordered that nobody use the freezer "
        "until a new door is fitted. Mr Uppelbrow is expected to leave hospital later this week. The hotel's owners "
        "said all their kitchens in Rhossaly would be checked and that alarms would be fitted inside every cold "
        "room.",
    )),
]
TAVVINGHAM_FINDINGS: list[Dated] = [
    (D(2396, 6, 17), (
        "Inspectors find hotel freezers that cannot be opened from inside",
        "Fourteen of 40 hotel kitchens visited by Rhossaly's labour inspectorate this spring had walk-in freezers or "
        "cold rooms whose inside release handle was broken, missing or blocked, the inspectorate said on Monday. In "
        "some the handle had been taken off because staff kept knocking it with trolleys. Only six of the kitchens "
        "had an alarm button inside. The inspectorate said a worker shut in a freezer could die within hours, and "
        "gave the hotels a month to make repairs. It said it would visit more hotels in the autumn.",
    )),
]
SKENDRUP_COLDROOM: list[Dated] = [
    (D(2397, 3, 6), (
        "Supermarket worker freed after two hours in cold room",
        "A supermarket worker of 40 was freed on Thursday after spending about two hours shut in a cold room at a "
        "store in Skendrup, in Yortavia, the store said. The door had closed behind her while she was stacking "
        "crates of milk, and the inside release would not move. The room is kept at about 3 degrees. Colleagues "
        "heard her banging when they came to fill the shelves. She was checked by paramedics and went home. The "
        "store said it had replaced the release mechanism the same afternoon.",
    )),
]

# ~~~ grendisham ~~~ Thu 11 Apr 2396: a boy of 14 breaks his neck diving into the foam pit at the Loftwerk trampoline
# park in Grendisham, Palvoria, during a school holiday session of about 300 jumpers; the pit is found to be about a
# metre too shallow. Sources: Grendisham agency copy naming Thursday; broadcast first lines with no day; Friday's
# newspaper, saying "yesterday" (the council "would decide on" the licence); undated, a piece on foam pits; then
# Saturday's report that the park stays shut. Later step: the council revoking the licence and the operator fined, Mon 1
# Jul 2396. Elsewhere, named by no report: a girl of 11 breaking a leg between two trampolines with about 120 jumpers at
# Vesswater, Nyrdelgia, Thu 5 Dec 2396.

GRENDISHAM_TRAMPOLINE: list[Dated] = [
    (D(2396, 4, 11), (
        "Boy breaks neck in trampoline park foam pit",
        "GRENDISHAM, Palvoria (Wire) - A boy of 14 broke his neck on Thursday when he somersaulted into a foam pit "
        "at a trampoline park in Grendisham and struck the floor beneath the foam, the regional ambulance service "
        "said. He was flown to the spinal unit at the university hospital, where doctors said his condition was "
        "serious. About 300 children and teenagers were jumping at the Loftwerk park during a school holiday "
        "session, the company said. Staff cleared the hall. Witnesses said the pit, filled with loose foam cubes, "
        "looked to have far fewer cubes in it than usual. The park said it was devastated and would help the police.",
    )),
    (D(2396, 4, 11), (
        "Teenager seriously hurt at trampoline park",
        "A teenage boy has been seriously injured at a trampoline park in Grendisham. He is understood to have "
        "landed head first in a pit of foam blocks. An air ambulance has flown him to hospital. Parents who were "
        "waiting in the cafe have said the music was turned off and everyone was told to sit down where they were. "
        "The park, which is busy with the school holidays under way, has closed for the day. Police and the "
        "council's safety officers are at the scene.",
    )),
    (D(2396, 4, 12), (
        "Foam pit at trampoline park was too shallow, parents say",
        "Parents of children who jump regularly at the Loftwerk trampoline park in Grendisham said yesterday that "
        "its foam pit had been getting shallower for weeks, as cubes were torn or taken home, a day after a boy of "
        "14 broke his neck diving into it. Grendisham council, which licenses the park, said it would decide on its "
        "licence once its safety officers had reported. Pits of this kind are meant to hold foam at least two metres "
        "deep, a trampoline trade body said. The boy was in a stable condition last night after an operation. His "
        "family asked for privacy.",
    )),
    (D(2396, 4, 12), (
        "What a foam pit is meant to do",
        "Foam pits let jumpers try flips and twists without a hard landing. A good pit is a deep hole or box packed "
        "with loose cubes of soft foam, often with a thick mat or a net under them, so that a body sinks and slows "
        "before it reaches the bottom. Over time the cubes crumble, tear, get squashed flat or carried off, and the "
        "foam level drops, which a casual look from above does not show. Operators are supposed to top pits up and "
        "to measure the depth each day, and most ban diving in head first.",
    )),
    (D(2396, 4, 13), (
        "Trampoline park shut while its foam pit is measured",
        "Two days after a boy of 14 broke his neck in its foam pit, the Loftwerk trampoline park in Grendisham "
        "stayed shut on Saturday, and the council's safety officers said the pit held only about a metre of foam. "
        "The company's director, Braxnoch Ivelstrey, said more foam had been ordered weeks ago. Parents who had "
        "booked birthday parties were offered their money back. The boy has feeling in his arms, his uncle told a "
        "local radio station, but doctors do not yet know whether he will walk again.",
    )),
]
GRENDISHAM_LICENCE: list[Dated] = [
    (D(2396, 7, 1), (
        "Trampoline park loses licence after boy's broken neck",
        "Grendisham council took away the licence of the Loftwerk trampoline park on Monday, and a court fined its "
        "operator 85,000 palvors over the foam pit in which a boy of 14 broke his neck in April. The court heard "
        "that the pit, meant to be two metres deep, held about a metre of foam, and that staff had stopped measuring "
        "it in February. The judge said children had been allowed to dive into what amounted to a shallow box. The "
        "boy, now 15, is learning to walk with sticks at a rehabilitation centre.",
    )),
]
VESSWATER_TRAMPOLINE: list[Dated] = [
    (D(2396, 12, 5), (
        "Girl breaks leg at trampoline park",
        "A girl of 11 broke her leg on Thursday when she landed on the padded frame between two trampolines at a "
        "trampoline park in Vesswater, in Nyrdelgia, the park said. About 120 children were jumping at the time, at "
        "an after-school session. Staff gave first aid and called an ambulance, which took her to hospital, where "
        "she had an operation. The park said the padding on the frame was in good condition and that it would look "
        "at its video footage. Other children carried on jumping until closing time.",
    )),
]

# ~~~ dynsmerrow ~~~ Fri 21 Mar 2397: the top deck of a three-level play frame at the Wogglewood Play Barn in
# Dynsmerrow, Irravane, gives way with about 20 children on it; seven are hurt and a girl of 5 breaks an arm. Sources:
# Dynsmerrow agency copy naming Friday; broadcast first lines with no day; Saturday's newspaper, saying "yesterday" (the
# standards office's warning "last month"); undated, the words of a mother; then Monday's follow-up closing three more
# play centres. Earlier step: the trading standards office's warning about corroded bolts in frames built by Pomlorand
# Play Systems, Mon 24 Feb 2397. Elsewhere, named by no report: a net on a play frame tearing and three children falling
# about 2 metres at Chelkovy, Tesmuria, Sat 28 Sep 2396.

DYNSMERROW_PLAYFRAME: list[Dated] = [
    (D(2397, 3, 21), (
        "Seven children hurt as soft play frame collapses",
        "DYNSMERROW, Irravane (Wire) - Seven children were hurt on Friday when the top level of a climbing frame at "
        "an indoor play centre in Dynsmerrow gave way with about 20 children on it, the ambulance service said. The "
        "children fell about 3 metres onto the level below and into a ball pool. A girl of 5 broke her arm and the "
        "others had cuts, bruises and a suspected broken ankle; ambulances carried all of them to the children's "
        "hospital. About 150 children and parents were inside the Wogglewood Play Barn, on an industrial estate, for "
        "an afternoon session. The centre said a beam appeared to have sheared.",
    )),
    (D(2397, 3, 21), (
        "Children injured at indoor play centre",
        "Several children have been injured after part of a giant climbing frame has collapsed at an indoor play "
        "centre in Dynsmerrow. Parents have described a loud crack and then screaming as children slid down through "
        "the netting into the ball pool. Ambulances have been taking the injured to hospital, and other families "
        "have been led out into the car park. The centre has closed. Trading standards officers are expected to look "
        "at the frame, and the owner says no child has been left behind inside.",
    )),
    (D(2397, 3, 22), (
        "Play centre frame was on list warned of corroded bolts",
        "The climbing frame that collapsed at the Wogglewood Play Barn in Dynsmerrow yesterday was built by a "
        "company whose frames Irravane's trading standards office warned about last month, saying bolts holding "
        "their upper levels could corrode and snap. The centre's owner, Faelan Dryskitt, said an engineer had "
        "checked the frame in the autumn and passed it. Seven children were hurt; a girl of 5, whose arm was broken, "
        "was allowed home last night, and two others stayed in hospital. The maker, Pomlorand Play Systems, said it "
        "was sending its own engineers.",
    )),
    (D(2397, 3, 22), (
        "\"My daughter was right at the top when it gave way\"",
        "\"My daughter was right at the top when it gave way, and I was sitting there with a coffee watching her,\" "
        "said Hesgetta Pomrowe, whose son and daughter were both inside the climbing frame at the Wogglewood Play "
        "Barn in Dynsmerrow when it gave way. \"The floor of the top level just folded in the middle, like a book "
        "shutting. Children were sliding down into each other.\" Her daughter had bruises and her son was unhurt. "
        "\"They keep asking when we can go back. I have told them never.\"",
    )),
    (D(2397, 3, 24), (
        "Three more play centres shut over frames from same maker",
        "Three more indoor play centres in Irravane closed their climbing frames on Monday, three days after seven "
        "children were hurt when one built by the same company collapsed at the Wogglewood Play Barn in Dynsmerrow. "
        "Trading standards officers said they had found cracked bolts in two of them. The Wogglewood centre remains "
        "closed. The two children who stayed in hospital over the weekend have gone home. Irravane's consumer "
        "minister said she wanted every frame by Pomlorand Play Systems inspected within a fortnight.",
    )),
]
DYNSMERROW_WARNING: list[Dated] = [
    (D(2397, 2, 24), (
        "Play centres told to check frames for corroded bolts",
        "Irravane's trading standards office told indoor play centres on Monday to check the bolts on climbing "
        "frames built by Pomlorand Play Systems, after one was found badly corroded at a centre where a water pipe "
        "had leaked over the frame. The office said bolts holding the upper levels of frames the company built "
        "between six and ten years ago were of a type that could rust from the inside. About 70 frames are in use "
        "across the country. It asked centres to have an engineer look at them within three months.",
    )),
]
CHELKOVY_PLAYFRAME: list[Dated] = [
    (D(2396, 9, 28), (
        "Three children fall as net tears on play frame",
        "Three children fell about 2 metres onto padded flooring on Saturday when a safety net on a climbing frame "
        "tore at a soft play centre in Chelkovy, in Tesmuria, the centre said. A boy of six sprained his wrist; the "
        "other two were not hurt. Around 60 children were playing at the time. The centre shut the frame until "
        "Monday while the net was replaced, and said the net was barely a year old. Parents were offered a free "
        "visit.",
    )),
]


# ~~~ background ~~~ small parish items, far from every kind here, each dated the eve of one of the events

BACKGROUND: list[Dated] = [
    (D(2396, 5, 13), (
        "Knights at the gates",
        "Villagers at Thwumbeckle propped thirty scarecrows in knights' armour against their gateposts on Monday.",
    )),
    (D(2396, 6, 21), (
        "Bowls match",
        "The bowls club at Nuttisworth beat its neighbours by four shots in a friendly on Friday evening.",
    )),
    (D(2396, 3, 8), (
        "Pancake race",
        "Shopkeepers at Buzzardine tossed pancakes as they ran the length of the high street on Friday.",
    )),
    (D(2396, 9, 11), (
        "Marrow show",
        "A nine-kilogram marrow took the cup when Pubbleham's gardeners showed their vegetables on Wednesday.",
    )),
    (D(2397, 1, 15), (
        "Quiz night",
        "Twelve teams answered questions about rivers and kings at the village hall in Glommerdale on Wednesday.",
    )),
    (D(2396, 11, 4), (
        "Lantern walk",
        "Wrotherby's children walked twice round the pond holding lanterns they had folded at school, on Monday "
        "evening.",
    )),
    (D(2397, 2, 7), (
        "Knitting circle",
        "The knitting circle at Fimbleholt finished a blanket for the village nursery on Friday.",
    )),
    (D(2396, 7, 18), (
        "Strawberry tea",
        "The chapel at Moddiford served strawberries and cream to about sixty visitors on Thursday.",
    )),
    (D(2396, 4, 10), (
        "Hedge planting",
        "Volunteers planted 200 metres of hawthorn hedge along the footpath at Snerringby on Wednesday.",
    )),
    (D(2397, 3, 20), (
        "Tractor run",
        "Sixteen vintage tractors chugged from Hiddlecote to the next village and back on Thursday.",
    )),
]


SIXTYSEVENTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "kelvrasque": (KELVRASQUE_CHIPPER, KELVRASQUE_FINED + STRAZZENOW_CHIPPER),
    "hixtarrow": (HIXTARROW_MOWER, HIXTARROW_AUDIT + DZORNHAVEN_MOWER),
    "quondrapool": (QUONDRAPOOL_AQUARIUM, QUONDRAPOOL_REPORT + LODDENHURZ_TANK),
    "wezbrillac": (WEZBRILLAC_PARROTS, WEZBRILLAC_WARNING + FRELMSTAD_BUDGIES),
    "bryzzacoil": (BRYZZACOIL_CARWASH, BRYZZACOIL_CHARGED + YARMELCOTT_CARWASH),
    "hubvelane": (HUBVELANE_CARPARK, HUBVELANE_SURVEY + TREZZAMUND_CARPARK),
    "plyskenweir": (PLYSKENWEIR_FRYER, PLYSKENWEIR_CHARGED + QUOLLENBRACK_FRYER),
    "tavvingham": (TAVVINGHAM_FREEZER, TAVVINGHAM_FINDINGS + SKENDRUP_COLDROOM),
    "grendisham": (GRENDISHAM_TRAMPOLINE, GRENDISHAM_LICENCE + VESSWATER_TRAMPOLINE),
    "dynsmerrow": (DYNSMERROW_PLAYFRAME, DYNSMERROW_WARNING + CHELKOVY_PLAYFRAME),
}

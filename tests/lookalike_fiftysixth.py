"""Look-alike set fifty-six, invented blind on 5149a94. Blind here means that as these reports were made up, not
one of them went through grouping or the engine and the look-alike count never saw them, while grouping was itself
being reworked on other sets. Only after two counts, one on 5149a94 and one on the code of a later session, is it
to join ``DEFAULT_SETS``. Hard news throughout: two kinds come from medicine and health, two from schools and
universities, two from building and housing, two from work and strikes, two from flying and railways. A grep
through all the earlier look-alike files, the own claims YAML and the grouping stories finds none of these ten:

* a hospital removing a woman's healthy kidney and leaving the one with the tumour; after: the surgeon barred by
  the medical council five months on; elsewhere: a diabetic man's sound leg amputated abroad thirteen months
  on;
* eleven patients of a private pain clinic catching hepatitis C from a reused syringe and some 2,300 more called
  for blood tests; before: the first five unexplained cases made public five weeks earlier; elsewhere: a dental
  practice abroad writing to 900 patients over unsterilised drills thirteen months on;
* a flask bursting in a first-year chemistry practical and hurting eleven students; after: the university fined
  half a year on; elsewhere: an explainer, thirteen months before, of the flame trick with which a teacher
  abroad burned four pupils;
* a squall overturning a school's canoes on a mountain lake, two pupils drowned; after: the outdoor centre's
  manager charged with manslaughter five months on; elsewhere: one pupil dead when a school raft flipped in rapids
  abroad thirteen months on;
* a retaining wall above a terrace giving way in rain and killing a woman in her kitchen; before: the residents
  asking for the leaning wall to be inspected three weeks earlier; elsewhere: a motorway cutting's wall falling on
  eight houses abroad, nobody hurt, thirteen months before;
* a drainage trench on a housing estate caving in on three workers, two dead; after: the builder fined and its
  site manager given a suspended term six months on; elsewhere: a pipe layer killed in a water main trench abroad
  thirteen months on;
* a city's 1,100 refuse collectors striking over pay in a heatwave; after: the strike ended by a deal five weeks
  on; elsewhere: 600 collectors in a city abroad stopping work over night rounds thirteen months before;
* some 1,400 glasshouse workers walking out over the heat; before: the picker whose death set it off, nine days
  earlier; elsewhere: 300 grape pickers abroad refusing to work after a heat death ten months before;
* a captain taken off his airliner by police after a breath test, minutes before take-off; after: his suspended
  sentence five and a half months on; elsewhere: a passenger's quote piece on a co-pilot taken off a flight abroad
  thirteen months on;
* an intercity stuck for five hours in the heat under a fallen power line; after: a piece explaining what the
  regulator found, four months on; elsewhere: a train held nine hours in snowdrifts abroad eight months before.

Kinds close to these that grepping showed were not taken up again: children given their jabs again after a vaccine
fridge ran warm, misread cervical screening slides, radiotherapy overdoses, a legionnaires' outbreak, a maternity
unit shut for want of midwives, bootleg liquor laced with methanol, asbestos closing schools, a leaked exam paper,
a grading error, a copied thesis, carbon monoxide in a school hostel, a housebuilder leaving homes unfinished, a
sea wall falling in a storm, a glass lift's snapped rope, dockworkers' and general strikes, a lockout, a factory
sit-in, treason charges against a union leader, severe turbulence, a train hitting a lorry on a level crossing,
runaway wagons, a wingtip torn on a taxiway, a budget airline's collapse, a failed baggage system, pilots over
their flying-hour limits and falsified landing gear checks.

In three events one report rests on someone's own words or sets out to explain (the son of the woman who lost the
wrong kidney, how a reused syringe carries hepatitis C, a picker who was in the glasshouse), and so do three
look-alikes (how a flame trick burned four pupils, a passenger who smelt drink on a co-pilot, why the train sat five
hours in the heat). Beyond that each event reaches the reader as news usually does: a wire that opens on a dateline
and names a weekday; a broadcaster's opening lines in "has" and "have" and with no day; a morning paper's
"yesterday"; a later report, a day or two after (three at most), naming the weekday of its news; and in every event one
piece giving no day whatever (a town's, a trade's or the students' site, or the quote piece or explainer). One
report in each event looks to the story's other step ("referred the surgeon, Amalric Tachwell, to the medical
council", "came to light five weeks ago", "would report by the spring", "would decide whether to charge anyone",
"told the city three weeks ago", "arrested the site manager", "are to start again on Monday", "began nine days after
Juttah Inskip, 38, died", "would be charged with trying to fly", "would find out why passengers were left"); none
looks to the happening elsewhere. Each happening elsewhere gives a figure for something its event also puts a figure
on, and the two never match (four of a theatre team suspended against a surgeon and two nurses, 900 patients against
2,300, four pupils against eleven students, one pupil dead against two, eight houses against 23 homes, one worker
killed against two, 600 collectors against 1,100, 300 pickers against 1,400, 212 aboard against 168, 230 passengers
against 620), the hepatitis clinic's earlier step has five cases against eleven, and three events change a count
among their own reports (eleven infections then 14 and 2,300 to test then 2,600; 23 homes emptied then 31; 1,400 out
then 1,700 by the union's count). Two broadcast leads put a place straight after the verb ("has shattered
Rixendorf's first-year chemistry laboratory", "have crushed Vowchurch Terrace's kitchens"). Dates run from 2319 to
2321, the reports themselves never give a year, and by the calendar thirteen months is the farthest any look-alike
lies from its event. No person, place, body, firm, school or figure in it is real.

Arranged like ``tests.lookalike_more``, each kind pairs the event's reports, dated, with its look-alikes, dated;
``FIFTYSIXTH_KINDS`` holds the pairs under the kinds' names, and ``tests.lookalike_count`` reads that table.

Until both counts named in ``tests.lookalike_count``'s docstring are due, nobody runs grouping, the engine or the
count over this file.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# ~~~ brizmere ~~~ Tue 6 May 2319. Honford General Hospital in Brizmere, Zalmovia, admits its surgeons removed a
# woman's healthy right kidney on Monday, leaving the left one and its tumour; the surgeon and two theatre nurses are
# sent home. Its reports: Brizmere wire (Monday, Tuesday); broadcast lead, dayless; Wednesday paper (yesterday); the
# son's quote piece, dayless; Friday follow-up (Thursday), the surgeon referred to the medical council. Later step:
# the surgeon barred for 18 months, Fri 17 Oct 2319. Other happening: a sound leg amputated at Chenvik, Glendessa,
# four of that team suspended, Sat 12 Jun 2320; no event report brings it up.

BRIZMERE_WRONG_KIDNEY: list[Dated] = [
    (D(2319, 5, 6), (
        "Surgeons remove healthy kidney instead of cancerous one",
        "BRIZMERE, Zalmovia (Wire) - Surgeons at Honford General Hospital took out a patient's healthy right "
        "kidney on Monday and left in place her left one, which holds a tumour, the hospital said on Tuesday. "
        "Medical director Liutgard Hallwachs said the woman, who is 62, would now need dialysis three times a "
        "week, and that the surgeon and two theatre nurses had been sent home while the hospital looked into "
        "how it happened.",
    )),
    (D(2319, 5, 6), (
        "Hospital takes out wrong kidney from cancer patient",
        "A grandmother who went into hospital to have a diseased kidney removed has woken up to learn that "
        "surgeons took out her good one, and the hospital has apologised to her family.",
    )),
    (D(2319, 5, 7), (
        "Honford's theatre checklist was ticked but never read aloud",
        "The checklist meant to stop surgeons at Honford General Hospital from operating on the wrong side was "
        "ticked by a nurse before the patient reached the theatre but was never read out to the team, the "
        "hospital told us yesterday. The patient, Aldegonde Saxtorph, came with a scan from another hospital "
        "on which the image had been flipped left to right.",
    )),
    (D(2319, 5, 8), (
        "'They took the one that worked'",
        "Folkmar Saxtorph drove his mother to Honford General believing she would come home with one kidney "
        "and no cancer. 'They took the one that worked,' he says. 'Now she has the tumour and a machine. "
        "Nobody has told us who will take the bad one out, or whether any surgeon there will dare to.'",
    )),
    (D(2319, 5, 9), (
        "Zalmovia orders ink marks before every operation",
        "Zalmovia's health ministry told all 31 state hospitals on Thursday to mark the side of each operation "
        "in ink on the patient's skin while the patient is awake, and Honford General said it had referred "
        "the surgeon, Amalric Tachwell, to the medical council.",
    )),
]
BRIZMERE_STRUCK_OFF: list[Dated] = [
    (D(2319, 10, 17), (
        "Surgeon who removed wrong kidney barred for 18 months",
        "Zalmovia's medical council barred Amalric Tachwell from practising for 18 months on Friday for taking "
        "out a patient's healthy kidney at Honford General Hospital in Brizmere, and found that he had not "
        "looked at the scans himself before he began.",
    )),
]
CHENVIK_WRONG_LEG: list[Dated] = [
    (D(2320, 6, 12), (
        "Surgeon amputates wrong leg of diabetic man in Chenvik",
        "A surgeon at the district hospital in Chenvik, in Glendessa, cut off the healthy left leg of a "
        "77-year-old diabetic man on Saturday instead of his infected right one, the regional health office "
        "said, and the surgeon and four others of the theatre team were suspended.",
    )),
]

# ~~~ demsund ~~~ Wed 10 Mar 2320. Demsund's health office (Tscherwald) shuts Meinrad Renley's private pain clinic
# and calls some 2,300 of its patients for blood tests, eleven having caught hepatitis C there. Its reports: Demsund
# wire (Wednesday); broadcast lead, dayless; Thursday paper (yesterday; recalls the first five cases); an explainer,
# dayless; Saturday follow-up (Friday), now 14 infected and about 2,600 to test. Earlier step: five unexplained
# cases made public, Wed 4 Feb 2320. Other happening: a Prilvik dental practice (Nikkelbar) writing to about 900
# patients, Wed 20 Apr 2321; no event report brings it up.

DEMSUND_HEPATITIS: list[Dated] = [
    (D(2320, 3, 10), (
        "Pain clinic patients called for hepatitis tests after 11 infections",
        "DEMSUND, Tscherwald (Wire) - Health officials in Demsund asked about 2,300 patients of a private pain "
        "clinic to have blood tests on Wednesday after eleven of them were found to have caught hepatitis C "
        "there, and the clinic was closed. Dr Kriemhild Oakerby, who heads the region's infection service, "
        "said staff appeared to have drawn doses of painkiller for several patients from one vial with a "
        "syringe they had already used.",
    )),
    (D(2320, 3, 10), (
        "Thousands urged to get tested after clinic infections",
        "Thousands of people who had injections for back and joint pain have been told to come forward for "
        "blood tests, after a liver virus was traced to the small clinic that treated them.",
    )),
    (D(2320, 3, 11), (
        "Renley clinic taped shut as hepatitis count reaches eleven",
        "The pain clinic run by Dr Meinrad Renley in the centre of Demsund stayed shut yesterday, its door "
        "taped over with a notice from the health office. The first five of the eleven cases came to light "
        "five weeks ago, when doctors at the hospital's liver unit noticed that patients with none of the "
        "usual risks had all been treated at the same address.",
    )),
    (D(2320, 3, 11), (
        "How a reused syringe can carry hepatitis C",
        "Hepatitis C lives in blood, and it takes very little of it to pass on. A syringe used on one patient "
        "can carry a trace of blood back into a vial if it is dipped in a second time, and every dose drawn "
        "from that vial afterwards may hold the virus. The infection often gives no sign for years, which is "
        "why officials want everyone who was treated tested, not only those who feel ill.",
    )),
    (D(2320, 3, 13), (
        "Police search Demsund clinic as three more infections found",
        "Police searched Meinrad Renley's clinic and his home on Friday, and the health office said three more "
        "patients had tested positive, making 14. It now puts the number who should be tested at about 2,600, "
        "because the clinic's appointment books went back further than it had thought.",
    )),
]
DEMSUND_CLUSTER: list[Dated] = [
    (D(2320, 2, 4), (
        "Unexplained cluster of hepatitis C cases in Demsund",
        "Demsund's health office said on Wednesday it was looking into five cases of hepatitis C found among "
        "older residents of the town over the past two months, none of whom had any of the usual risks for "
        "the infection.",
    )),
]
PRILVIK_DENTIST: list[Dated] = [
    (D(2321, 4, 20), (
        "Dental practice recalls 900 patients over unsterilised drills",
        "A dental practice in Prilvik, in Nikkelbar, has written to about 900 patients asking them to be "
        "tested for hepatitis and HIV after an inspector found that its drills and probes had not been "
        "sterilised from one patient to the next for a year or more, the regional health board said on Wednesday.",
    )),
]

# ~~~ rixendorf ~~~ Wed 17 Nov 2320. A flask bursts in a first-year chemistry practical at the University of
# Rixendorf (Jorvungen): eleven students hurt, two in the eyes, about 400 people out of the building. Its reports:
# Rixendorf wire (Wednesday); broadcast lead, dayless, with the laboratory set just after "has shattered"; Thursday
# paper (yesterday); students' site, dayless; Saturday follow-up (Friday), practicals stopped and the safety board's
# report promised for spring. Later step: the university fined, Sat 14 May 2321. Other happening: an explainer on a
# flame demonstration that burned four pupils in Luzzarine, Movrasca, Wed 8 Oct 2319; no event report brings it up.

RIXENDORF_FLASK: list[Dated] = [
    (D(2320, 11, 17), (
        "Flask explodes in university chemistry class, eleven students hurt",
        "RIXENDORF, Jorvungen (Wire) - A glass flask blew apart during a first-year chemistry practical at the "
        "University of Rixendorf on Wednesday afternoon, hurting eleven students, two of them with cuts to "
        "their eyes, the fire service said. About 400 people were sent out of the chemistry building while "
        "crews aired the laboratory. Professor Nothelm Dankeworth, head of the chemistry department, said the "
        "class had been boiling a mixture under a condenser.",
    )),
    (D(2320, 11, 17), (
        "Students hurt as blast rips through teaching laboratory",
        "An explosion has shattered Rixendorf's first-year chemistry laboratory in the middle of a class, "
        "spraying students with glass, and two of them are being treated for wounds to their eyes.",
    )),
    (D(2320, 11, 18), (
        "Blocked condenser blamed for Rixendorf laboratory blast",
        "The flask that burst in a Rixendorf chemistry laboratory yesterday had been sealed off when crystals "
        "clogged the tube of its condenser, so that the pressure inside built until the glass gave way, the "
        "university's safety officer said. The class of 64 was being watched by two doctoral assistants; the "
        "lecturer in charge was at a meeting.",
    )),
    (D(2320, 11, 18), (
        "First-years told their lab marks still count",
        "Chemistry students at Rixendorf say they have been told their practical marks for the term will be "
        "counted as planned, and several who were in the room when the flask burst say they do not want to "
        "go back in. The students' union wants the term graded on the sessions already done.",
    )),
    (D(2320, 11, 20), (
        "Rixendorf halts all student lab work as inspectors move in",
        "The University of Rixendorf stopped every practical class in its science faculties on Friday while "
        "Jorvungen's Workplace Safety Board looked into the explosion, and Dankeworth said both students hurt "
        "in the eyes were expected to keep their sight. The board said it would report by the spring.",
    )),
]
RIXENDORF_FINED: list[Dated] = [
    (D(2321, 5, 14), (
        "University of Rixendorf fined over laboratory blast",
        "Jorvungen's Workplace Safety Board fined the University of Rixendorf 180,000 florins on Friday over "
        "the explosion in a first-year chemistry class last November, finding that no member of staff trained "
        "for the experiment had been in the room.",
    )),
]
LUZZARINE_FLAME: list[Dated] = [
    (D(2319, 10, 8), (
        "How a classroom flame trick set four pupils alight",
        "The trick is an old one: a splash of alcohol is swirled in a big plastic bottle and lit, and a blue "
        "flame roars down it. At a secondary school in Luzzarine, in Movrasca, on Wednesday a teacher topped "
        "up a bottle that was still hot, and the flame ran back up the stream into the can in her hand and "
        "across the front row, burning four pupils, two of them badly on the face.",
    )),
]


# ~~~ garvalloch ~~~ Thu 17 Jun 2320. A squall overturns six canoes of Inchmurrin Academy's outdoor week on Lake
# Garvalloch (Pazmandy), and two pupils of 13 drown; 14 children and two teachers are pulled out. Its reports:
# Wixamtree wire (Thursday); broadcast lead, dayless; Friday paper (yesterday); the school town's site, dayless;
# Sunday follow-up (Saturday), the centre shut and charges left to prosecutors. Later step: the centre's manager
# charged, Sat 6 Nov 2320. Other happening: one pupil dead when a raft of eight flips on the Olchavor, Iphremont,
# Wed 13 Jul 2321; no event report brings it up.

GARVALLOCH_CANOES: list[Dated] = [
    (D(2320, 6, 17), (
        "Two pupils drown as squall overturns school canoes",
        "WIXAMTREE, Pazmandy (Wire) - Two 13-year-old pupils of Inchmurrin Academy drowned on Thursday when a "
        "sudden squall overturned six canoes on Lake Garvalloch during the school's outdoor week, police said. "
        "Instructors and the crew of a passing ferry pulled the other 14 children and two teachers from the "
        "water. Head teacher Wulfhilde Chisman said the whole school was in shock.",
    )),
    (D(2320, 6, 17), (
        "Schoolchildren die in mountain lake as canoes capsize",
        "A sudden storm has tipped a party of schoolchildren out of their canoes into a cold mountain lake, and "
        "two of them have died, while the rest were hauled aboard a ferry.",
    )),
    (D(2320, 6, 18), (
        "Canoes went out after storm warning was issued",
        "The Mullagorm Outdoor Centre sent its canoes onto Lake Garvalloch yesterday about forty minutes after "
        "the weather office had warned of gusts of up to 80 kilometres an hour, the office's records show. The "
        "centre's manager, Sigibert Flurkins, said his instructors had gone by the sky and by the morning "
        "forecast.",
    )),
    (D(2320, 6, 18), (
        "Wixamtree lights candles for its two lost pupils",
        "Candles and paddles painted with messages cover the steps of Inchmurrin Academy, where lessons have "
        "been called off and counsellors sit in the library with the classmates of the two children.",
    )),
    (D(2320, 6, 20), (
        "Outdoor centre shut as police question instructors",
        "Police closed the Mullagorm Outdoor Centre on Saturday and questioned its three instructors, and "
        "prosecutors in Pazmandy said they would decide whether to charge anyone once post-mortem examinations "
        "of the two pupils were complete.",
    )),
]
GARVALLOCH_CHARGED: list[Dated] = [
    (D(2320, 11, 6), (
        "Outdoor centre manager charged over Lake Garvalloch drownings",
        "Prosecutors charged Sigibert Flurkins, manager of the Mullagorm Outdoor Centre, with two counts of "
        "manslaughter on Friday, saying he had sent pupils of Inchmurrin Academy onto Lake Garvalloch in June "
        "after a storm warning was out.",
    )),
]
OLCHAVOR_RAFT: list[Dated] = [
    (D(2321, 7, 13), (
        "Pupil dies as school raft flips on the Olchavor",
        "A 15-year-old boy died on Wednesday when a raft carrying eight pupils on a school trip turned over in "
        "rapids on the Olchavor river in Iphremont, the rafting company said. The other seven and their guide "
        "reached the bank.",
    )),
]

# ~~~ jesmondale ~~~ Fri 4 Feb 2321. After days of rain a nine-metre retaining wall above Vowchurch Terrace in
# Jesmondale (Estovar), built by Murgoyle Homes for a block of flats, gives way; a woman of 71 dies in her kitchen
# and 23 homes are emptied. Its reports: Jesmondale wire (Friday); broadcast lead, dayless, the terrace set just
# after "have crushed"; Saturday paper (yesterday; recalls the warning three weeks back); a neighbourhood site,
# dayless; Monday follow-up (Sunday), 31 homes now empty. Earlier step: residents asking for the wall to be
# inspected, Fri 14 Jan 2321. Other happening: a cutting wall falling on eight houses in Scarletow, Ployvenne, Fri 9
# Jan 2320; no event report brings it up.

JESMONDALE_WALL: list[Dated] = [
    (D(2321, 2, 4), (
        "Retaining wall collapses onto terrace, woman killed",
        "JESMONDALE, Estovar (Wire) - A nine-metre retaining wall holding up the site of a new block of flats "
        "gave way after days of rain on Friday and buried the backs of the houses of Vowchurch Terrace, "
        "killing a woman of 71 in her kitchen, firefighters said. The people of 23 homes were moved out. City "
        "engineer Veremund Honwell said the wall, put up two years ago by Murgoyle Homes, held back the earth "
        "of a slope cut away for the block's car park.",
    )),
    (D(2321, 2, 4), (
        "Mud and concrete pour into homes as wall gives way",
        "Tonnes of mud and broken concrete have crushed Vowchurch Terrace's kitchens and back rooms, and one "
        "woman has been found dead beneath them.",
    )),
    (D(2321, 2, 5), (
        "Vowchurch Terrace warned the city of a bulging wall",
        "Neighbours of the wall that fell on Vowchurch Terrace yesterday told the city three weeks ago that it "
        "was leaning and that water was running from its foot, and an inspector who came out judged it "
        "'stable for now', the city's records show. The woman who died was named as Notburga Yulock.",
    )),
    (D(2321, 2, 5), (
        "Friends on the hill take in the Vowchurch families",
        "Half the street is sleeping in the spare rooms of friends further up the hill, and the hall on Ewbank "
        "Lane has laid out camp beds for the rest, with a rota of neighbours cooking in its little kitchen.",
    )),
    (D(2321, 2, 7), (
        "Murgoyle Homes director questioned; 31 homes now empty",
        "Police questioned the managing director of Murgoyle Homes on Sunday over the fall of the wall above "
        "Vowchurch Terrace, and the city moved the residents of eight more houses out after cracks opened in "
        "the ground behind them, leaving 31 homes empty.",
    )),
]
JESMONDALE_WARNING: list[Dated] = [
    (D(2321, 1, 14), (
        "Vowchurch Terrace residents fear leaning wall",
        "Residents of Vowchurch Terrace in Jesmondale asked the city on Friday to inspect a retaining wall "
        "above their back gardens, which they say has begun to lean since new flats went up on the slope "
        "behind it.",
    )),
]
SCARLETOW_CUTTING: list[Dated] = [
    (D(2320, 1, 9), (
        "Cutting wall falls onto houses in Scarletow",
        "Part of a concrete wall holding up a motorway cutting collapsed onto eight houses in Scarletow, in "
        "Ployvenne, on Friday after heavy rain, and everyone inside got out unhurt, the fire service said.",
    )),
]

# ~~~ dyrholt ~~~ Mon 21 Jul 2319. The sides of a four-metre drainage trench on Ginsterby Construction's Lappowin
# Fields estate outside Dyrholt (Zuylenburg) fall in on three workers; two die, one is dug out alive. Its reports:
# Dyrholt wire (Monday); broadcast lead, dayless; Tuesday paper (yesterday); a builders' trade site, dayless;
# Wednesday follow-up (Tuesday), the site manager arrested. Later step: the firm fined and the manager given a
# suspended term, Fri 16 Jan 2320. Other happening: a pipe layer killed in a water main trench in Yarpole, Vitrelle,
# Thu 19 Aug 2320; no event report brings it up.

DYRHOLT_TRENCH: list[Dated] = [
    (D(2319, 7, 21), (
        "Two workers killed as trench caves in on housing site",
        "DYRHOLT, Zuylenburg (Wire) - Two workers died and a third was dug out alive on Monday when the sides "
        "of a four-metre drainage trench fell in on a housing estate being built at Lappowin Fields, outside "
        "Dyrholt, police said. Workmates dug at the earth with spades and bare hands for forty minutes before "
        "firefighters reached the men. The builder, Ginsterby Construction, said it had stopped all work on "
        "the site.",
    )),
    (D(2319, 7, 21), (
        "Builders buried as deep trench gives way",
        "Two builders have been killed after the walls of a deep trench fell in on them, and workmates who "
        "clawed at the sand to reach them have said they could hear shouting under the earth.",
    )),
    (D(2319, 7, 22), (
        "Lappowin trench had no shoring, inspector says",
        "The trench that collapsed at Lappowin Fields yesterday had not been shored with steel boxes or "
        "sheets, although its sides were cut straight down through sand, building inspector Ursicinus Bowkett "
        "said. The two men who died were brothers from Goddby, aged 24 and 29.",
    )),
    (D(2319, 7, 22), (
        "Trench boxes stand idle in hire yards",
        "Hire firms say their steel trench boxes are standing unused in the yards while crews on small housing "
        "sites dig straight-sided trenches by eye, trusting dry ground to hold for the day it takes to lay a "
        "pipe.",
    )),
    (D(2319, 7, 23), (
        "Site manager arrested after Lappowin trench deaths",
        "Police arrested the site manager of Ginsterby Construction's estate at Lappowin Fields on Tuesday on "
        "suspicion of causing the deaths of two workers by negligence, and Zuylenburg's labour inspectorate "
        "ordered checks of the trenches on every housing site in the province.",
    )),
]
DYRHOLT_SENTENCED: list[Dated] = [
    (D(2320, 1, 16), (
        "Builder fined and site manager given suspended term over trench deaths",
        "A court in Dyrholt fined Ginsterby Construction 400,000 guilders on Friday and gave the site manager "
        "of its Lappowin Fields estate a two-year suspended sentence over the deaths of two brothers buried "
        "in an unshored trench in July.",
    )),
]
YARPOLE_WATER_MAIN: list[Dated] = [
    (D(2320, 8, 19), (
        "Worker dies as water main trench collapses in Yarpole",
        "A pipe layer was killed on Thursday when a trench dug for a new water main fell in on him in Yarpole, "
        "in Vitrelle, and the two men working beside him climbed out, the town's fire brigade said.",
    )),
]

# ~~~ colquhaven ~~~ Tue 3 Aug 2320. About 1,100 refuse collectors in Colquhaven (Zhoblinka) begin an open-ended
# strike over pay in a heatwave. Its reports: Colquhaven wire (Tuesday); broadcast lead, dayless; Wednesday paper
# (yesterday), private lorries hired; an old-town site, dayless; Friday follow-up (Thursday), some 5,000 tonnes
# left and a health warning. Later step: the strike ended by a 6 percent deal after five weeks, Wed 8 Sep 2320.
# Other happening: about 600 collectors in Gwastaval, Xerbolle, stopping work over night rounds, Tue 1 Jul 2319; no
# event report brings it up.

COLQUHAVEN_BIN_STRIKE: list[Dated] = [
    (D(2320, 8, 3), (
        "Colquhaven refuse collectors strike as rubbish piles up",
        "COLQUHAVEN, Zhoblinka (Wire) - About 1,100 refuse collectors in Colquhaven began an open-ended strike "
        "on Tuesday, leaving bins unemptied across the city in the middle of a heatwave, after pay talks broke "
        "down overnight. Osgifu Brolson, who leads the collectors' union, said they would stay out until the "
        "city offered more than 3 percent.",
    )),
    (D(2320, 8, 3), (
        "Bins overflow as city's refuse crews walk out",
        "Rubbish has started to pile up on the pavements of Colquhaven after the crews who collect it downed "
        "tools, and the city has asked people to keep their bags indoors if they can.",
    )),
    (D(2320, 8, 4), (
        "City hires private lorries as bin strike takes hold",
        "Colquhaven's mayor, Hucbald Stobie, said yesterday that the city would pay private firms to empty the "
        "bins of hospitals and schools, and called the union's claim of 9 percent more than it could afford. "
        "About 1,400 tonnes of household waste were left lying on the first day, the city estimated.",
    )),
    (D(2320, 8, 4), (
        "Rats seen by day in the alleys behind Kinzovo market",
        "Stallholders at Kinzovo market say rats now run in daylight through the alleys behind the stalls, "
        "where bags of fish and vegetable waste have split open in the heat, and the gulls arrive at dawn.",
    )),
    (D(2320, 8, 6), (
        "Health warning as 5,000 tonnes of waste rot in Colquhaven",
        "Colquhaven's health office warned on Thursday of a risk of disease from the uncollected waste, which "
        "it put at about 5,000 tonnes, and asked people with gardens to bury their food scraps. Talks between "
        "the city and the union are to start again on Monday.",
    )),
]
COLQUHAVEN_DEAL: list[Dated] = [
    (D(2320, 9, 8), (
        "Colquhaven bin strike ends after five weeks with 6 percent deal",
        "Colquhaven's refuse collectors voted on Wednesday to accept a pay rise of 6 percent over two years, "
        "ending a strike of five weeks, and the city said it would take a month to clear the streets.",
    )),
]
GWASTAVAL_NIGHT_ROUNDS: list[Dated] = [
    (D(2319, 7, 1), (
        "Gwastaval refuse crews strike over night rounds",
        "About 600 refuse collectors in Gwastaval, in Xerbolle, stopped work on Tuesday over a plan to move "
        "their rounds to the night, and the council refused to drop the plan.",
    )),
]


# ~~~ maudsquire ~~~ Tue 12 Jul 2321. About 1,400 glasshouse workers of the Maudsquire growing district (Chauvessin)
# stop work for midday breaks and cooled rest rooms, nine days after a picker died in a tomato house at 43 degrees.
# Its reports: Maudsquire wire (Tuesday); broadcast lead, dayless; Wednesday paper (yesterday; recalls the death
# nine days back); a picker's quote piece, dayless; Thursday follow-up (Thursday), the union's count now 1,700.
# Earlier step: the picker's death at Wembury Farm, Sun 3 Jul 2321. Other happening: about 300 grape pickers in the
# Pikelstad vineyards (Weskovy) refusing to work after a heat death, Wed 22 Sep 2320; no event report brings it up.

MAUDSQUIRE_WALKOUT: list[Dated] = [
    (D(2321, 7, 12), (
        "Glasshouse workers walk out after colleague's death in heat",
        "MAUDSQUIRE, Chauvessin (Wire) - About 1,400 workers in the glasshouses of the Maudsquire growing "
        "district stopped work on Tuesday, demanding midday breaks and cooled rest rooms after a picker "
        "collapsed and died in a tomato house where the air had reached 43 degrees. Kolbeinn Whybrow, chairman "
        "of the district's growers, said the farms would lose their crops within days if nobody "
        "picked them.",
    )),
    (D(2321, 7, 12), (
        "Tomato pickers down tools over heat under glass",
        "Pickers have walked out of the greenhouses that cover a whole valley in glass, saying the heat inside "
        "has already killed one of them and that the growers have done nothing about it since.",
    )),
    (D(2321, 7, 13), (
        "Maudsquire growers offer fans, not breaks",
        "Growers in Maudsquire offered yesterday to put more fans and drinking water into their glasshouses "
        "but turned down a rule that picking stop once the temperature inside passes 35 degrees. The walkout "
        "began nine days after Juttah Inskip, 38, died on the floor of a tomato house at Wembury Farm.",
    )),
    (D(2321, 7, 13), (
        "'The thermometer by the door said 43, and we kept picking'",
        "Theudelinde Pengilly has picked tomatoes in Maudsquire for eleven summers. 'The thermometer by the "
        "door said 43, and we kept picking, because we are paid by the crate,' she says. 'Juttah sat down in "
        "the row and nobody noticed her for an hour. We are not going back in until somebody stops the clock "
        "at noon.'",
    )),
    (D(2321, 7, 14), (
        "Some pickers return as three farms agree to stop at noon",
        "About 300 workers went back into the glasshouses of Maudsquire's three largest farms on Thursday after "
        "their owners agreed to halt picking between noon and four, and the labour ministry said it would draft "
        "a highest working temperature for glasshouses. The union put the number still out at 1,700.",
    )),
]
MAUDSQUIRE_DEATH: list[Dated] = [
    (D(2321, 7, 3), (
        "Picker dies in Maudsquire glasshouse heat",
        "A 38-year-old woman died on Sunday after she collapsed while picking tomatoes in a glasshouse at "
        "Wembury Farm in Maudsquire, where the temperature had passed 40 degrees, the district police said.",
    )),
]
PIKELSTAD_VINEYARDS: list[Dated] = [
    (D(2320, 9, 22), (
        "Grape pickers stop work after heat death in Pikelstad vineyards",
        "About 300 grape pickers in the vineyards around Pikelstad, in Weskovy, refused to work on Wednesday "
        "after a picker of 57 died between the rows in the afternoon heat, the farm workers' union said.",
    )),
]

# ~~~ grelsbach ~~~ Fri 5 Dec 2319. Airport police at Grelsbach (Yttrebo) take the captain of a Norrensk Airways
# flight to Bexhampton, 168 passengers aboard, off his aircraft minutes before departure after a breath test. Its
# reports: Grelsbach wire (Friday); broadcast lead, dayless; Saturday paper (yesterday); an aviation site, dayless;
# Monday follow-up (Monday), the captain sacked and charges to come. Later step: the captain sentenced, Sat 22 May
# 2320. Other happening: a passenger's quote piece on a co-pilot taken off a flight of 212 at Kapplebury, Maxendale,
# dated Sat 8 Jan 2321; no event report brings it up.

GRELSBACH_PILOT: list[Dated] = [
    (D(2319, 12, 5), (
        "Pilot arrested over alcohol minutes before take-off",
        "GRELSBACH, Yttrebo (Wire) - Airport police took the captain of a Norrensk Airways flight off his "
        "aircraft at Grelsbach on Friday morning, minutes before it was due to leave for Bexhampton with 168 "
        "passengers, after a breath test showed he had been drinking, police spokesman Gundahar Jobling said. "
        "The captain, 52, was arrested, and the flight left four and a half hours late with another crew.",
    )),
    (D(2319, 12, 5), (
        "Captain led off his own plane after failing breath test",
        "A pilot has been marched off his own aircraft by police just before take-off after a breath test "
        "found alcohol, and passengers have said they watched from their windows as he was led down the "
        "steps.",
    )),
    (D(2319, 12, 6), (
        "Cabin crew member tipped off police about Norrensk captain",
        "The Norrensk Airways captain arrested at Grelsbach yesterday was reported to the airport police by a "
        "member of his own cabin crew, who had smelt alcohol on him in the crew bus, the airline said. A blood "
        "test taken in custody showed nearly four times the limit set for pilots, police said.",
    )),
    (D(2319, 12, 6), (
        "Random alcohol checks on pilots are few and far between",
        "Yttrebo's aviation authority carries out about 200 random alcohol tests on pilots a year, against "
        "more than 40,000 departures from its airports, and most airlines count on crews to report one "
        "another.",
    )),
    (D(2319, 12, 8), (
        "Norrensk Airways sacks captain as prosecutors weigh charge",
        "Norrensk Airways dismissed its captain Ulfberht Trelease on Monday, and prosecutors said he would be "
        "charged with trying to fly while unfit once the blood tests had been confirmed.",
    )),
]
GRELSBACH_SENTENCED: list[Dated] = [
    (D(2320, 5, 22), (
        "Pilot who failed breath test at Grelsbach sentenced",
        "A court in Grelsbach gave the former Norrensk Airways captain Ulfberht Trelease an eight-month "
        "suspended sentence on Friday and banned him from flying for five years for reporting for duty drunk "
        "in December.",
    )),
]
KAPPLEBURY_CO_PILOT: list[Dated] = [
    (D(2321, 1, 8), (
        "'He smelt of it when he said good morning'",
        "Mildburh Dowzell was in a front row seat when the co-pilot of her flight out of Kapplebury, in "
        "Maxendale, welcomed passengers at the door. 'He smelt of it when he said good morning,' she says. 'I "
        "told a steward, and twenty minutes later the police came on board. There were 212 of us. Most were "
        "furious with me until they heard why.'",
    )),
]

# ~~~ pelsworthy ~~~ Wed 10 Aug 2321. The overhead line above an intercity out of Pelsworthy comes down near
# Slupwick (Vorsquay) at 38 degrees, and about 620 passengers are stuck for more than five hours; 14 go to hospital.
# Its reports: Slupwick wire (Wednesday); broadcast lead, dayless; Thursday paper (yesterday), the late rescue
# engine; Slupwick's own site, no day given; a follow-up on Friday (Thursday), the regulator's inquiry. Later
# step: the regulator's findings explained, Thu 8 Dec 2321. Other happening: 230 passengers stuck nine hours in snow
# near Blinzenhof, Gillasport, Fri 17 Dec 2320; no event report brings it up.

PELSWORTHY_STRANDED: list[Dated] = [
    (D(2321, 8, 10), (
        "Passengers stranded five hours in heat as power line fails",
        "SLUPWICK, Vorsquay (Wire) - About 620 passengers were trapped for more than five hours on a stalled "
        "intercity train near Slupwick on Wednesday after the overhead power line above it came down in a "
        "temperature of 38 degrees, and 14 were taken to hospital with heat exhaustion, Vorsquay Railways "
        "said. Some passengers forced the doors open and walked along the track to a road.",
    )),
    (D(2321, 8, 10), (
        "Hundreds trapped on sweltering train with no power",
        "A fallen power line has left hundreds of people shut inside a sweltering train with no air "
        "conditioning and no working toilets, and some of them have smashed windows to get air.",
    )),
    (D(2321, 8, 11), (
        "Rescue engine left depot three hours after train stopped",
        "Vorsquay Railways admitted yesterday that its first rescue locomotive did not leave the depot at "
        "Pelsworthy until three hours after the intercity came to a halt, because its crew was out on another "
        "job. Chief executive Ewaldine Loxam apologised and promised every passenger a full refund.",
    )),
    (D(2321, 8, 11), (
        "Slupwick farmers carried water to the stranded train",
        "Farmers from Slupwick drove tractors pulling tanks of drinking water across the stubble to the line, "
        "and the village bakery gave away its whole stock of rolls to passengers who had walked up the track.",
    )),
    (D(2321, 8, 12), (
        "Regulator opens inquiry into stranded Slupwick train",
        "Vorsquay's rail regulator said on Thursday it would find out why passengers were left on a train "
        "without power for so long, and transport minister Leofwine Hackwill said the operator would be fined "
        "if its rescue plans fell short.",
    )),
]
PELSWORTHY_FINDINGS: list[Dated] = [
    (D(2321, 12, 8), (
        "Why the Slupwick train sat five hours in the heat",
        "The regulator's report, out on Thursday, describes small failures piling up. A clamp on the power "
        "line, already due to be replaced, slipped as the wire expanded in the heat; the signallers could not "
        "tell for forty minutes which train sat under the broken wire; and the one crew trained to drive the "
        "rescue locomotive was sixty kilometres away.",
    )),
]
BLINZENHOF_SNOW: list[Dated] = [
    (D(2320, 12, 17), (
        "Train stuck overnight in snowdrifts near Blinzenhof",
        "A train carrying 230 passengers was stuck for nine hours in snowdrifts near Blinzenhof, in Gillasport, "
        "overnight into Friday, and soldiers brought blankets and food on snowmobiles, the railway said.",
    )),
]


# ~~~ background ~~~ small parish items, one on the eve of each event, from places that no kind names

BACKGROUND: list[Dated] = [
    (D(2319, 5, 5), (
        "Well dressing",
        "Children at Bicknoller pressed petals into clay boards to dress the village well on Monday.",
    )),
    (D(2320, 3, 9), (
        "Lambing open day",
        "About 300 visitors watched lambs being born in the big barn at Gedling on Tuesday.",
    )),
    (D(2320, 11, 16), (
        "Conker final",
        "A retired postman won the conker final in the porch of Hobkirk's chapel on Tuesday evening.",
    )),
    (D(2320, 6, 16), (
        "Hedge laying prize",
        "Two brothers from Kitely took the hedge laying prize at the Wednesday show with a hawthorn run.",
    )),
    (D(2321, 2, 3), (
        "Soup lunch",
        "The Rudgwick soup lunch on Thursday raised enough to reglaze the chapel's vestry window.",
    )),
    (D(2319, 7, 20), (
        "Scarecrow trail",
        "Twenty-two scarecrows lined the lanes of Chalcomb for its trail on Sunday, a knight among them.",
    )),
    (D(2320, 8, 2), (
        "Sheepdog trial",
        "A young collie from Saggford penned all five ewes at the sheepdog trial on Monday afternoon.",
    )),
    (D(2321, 7, 11), (
        "Cherry fair",
        "Lorkeford's cherry fair sold out of its morello jam by Monday lunchtime, its stallholders said.",
    )),
    (D(2319, 12, 4), (
        "Advent lights",
        "A string of paper stars was switched on along the bridge at Wunmere on Thursday evening.",
    )),
    (D(2321, 8, 9), (
        "Flower show",
        "A blue dahlia grown behind Ovingdean's forge took first prize at Tuesday's flower show.",
    )),
]

FIFTYSIXTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "brizmere": (BRIZMERE_WRONG_KIDNEY, BRIZMERE_STRUCK_OFF + CHENVIK_WRONG_LEG),
    "demsund": (DEMSUND_HEPATITIS, DEMSUND_CLUSTER + PRILVIK_DENTIST),
    "rixendorf": (RIXENDORF_FLASK, RIXENDORF_FINED + LUZZARINE_FLAME),
    "garvalloch": (GARVALLOCH_CANOES, GARVALLOCH_CHARGED + OLCHAVOR_RAFT),
    "jesmondale": (JESMONDALE_WALL, JESMONDALE_WARNING + SCARLETOW_CUTTING),
    "dyrholt": (DYRHOLT_TRENCH, DYRHOLT_SENTENCED + YARPOLE_WATER_MAIN),
    "colquhaven": (COLQUHAVEN_BIN_STRIKE, COLQUHAVEN_DEAL + GWASTAVAL_NIGHT_ROUNDS),
    "maudsquire": (MAUDSQUIRE_WALKOUT, MAUDSQUIRE_DEATH + PIKELSTAD_VINEYARDS),
    "grelsbach": (GRELSBACH_PILOT, GRELSBACH_SENTENCED + KAPPLEBURY_CO_PILOT),
    "pelsworthy": (PELSWORTHY_STRANDED, PELSWORTHY_FINDINGS + BLINZENHOF_SNOW),
}

"""Look-alike set sixty-three, made up from first line to last and written blind on c99f913. No report in it has
reached grouping or the engine, and nobody has pointed ``tests.lookalike_count`` at it, while grouping kept changing
as it was tuned on earlier sets. ``DEFAULT_SETS`` may take it in after a pair of counts: one on c99f913 itself, one
later on code some later session leaves behind. Its ten kinds of hard news come in pairs from five fields:
hospitals, ski runs and water parks, schools and nurseries, water and sewers, and police forces. I found none of them
when I searched every earlier look-alike module, the claims sets in YAML and the stories grouping is
tested on:

* a hospital mortuary releasing an 81-year-old man's body to another family's undertaker, so that he is cremated
  under a stranger's name; after: the inquiry tracing it to a body moved to a spare drawer, about three months on;
  abroad: a funeral home burying a woman of 88 in another family's plot, seven months on;
* a spark from an electric scalpel setting light to the drapes, in oxygen, around a woman of 34 during a thyroid
  operation, burns over about 15 percent of her body; before: the patient safety agency's alert on theatre fires
  six weeks earlier; abroad: a man of 58 whose beard caught fire on the table, burns over about 3 percent, nearly
  nine months on;
* a four-seat chair coming off a chairlift's cable and dropping about 11 metres, one skier dead and three hurt, some
  240 riders lowered on ropes; after: the lift firm's technical director charged about three months on; abroad: a
  two-seat chair falling about six metres, two hurt, nearly eleven months before;
* an enclosed tube slide splitting at a joint about 14 metres up with riders inside, nine hurt; before: inspectors'
  notice about cracked bolts on its joints, four weeks earlier; abroad: a hotel's slide giving way about five metres
  up, three hurt, some eight months on;
* a council's admissions software sending about 4,700 families secondary school offers at the wrong school; after:
  the review that found a test file loaded in error, and the education director's resignation, ten weeks on;
  abroad: some 860 families sent wrong primary school offers, nine months on;
* a girl of three left strapped in a nursery's minibus for about five hours at minus nine degrees; after: the driver
  and an assistant charged with neglect, three months on; abroad: a boy of four left asleep on a school bus in a
  depot for two hours, about eight months before;
* a delivery driver pouring some 18 tonnes of aluminium sulphate into a works' tank of cleaned water, about 26,000
  homes warned off drinking from their taps; after: the water company fined five months on; abroad: about four tonnes
  of caustic soda pumped into the wrong tank and 3,000 homes warned, nearly eight months before;
* two sewer workers killed by hydrogen sulphide about nine metres down a pumping station's wet well, a third
  overcome going after them; before: the union's complaint about uncalibrated gas monitors, three weeks earlier;
  abroad: one drainage worker dead in a manhole about four metres deep, seven months on;
* a country's police radio network down for about seven hours overnight after a contractor's update, all 11 control
  rooms dispatching by mobile phone; after: the outside review, three months on; abroad: a regional force's radio
  lost for about 90 minutes, two control rooms on phones, nine months on;
* two police dogs dying in a van left about three hours in 33-degree sun with its heat alarm unplugged; after: the
  handler charged with cruelty ten weeks on; abroad: one police dog dead in a patrol car at 29 degrees, eleven
  months on.

Ideas near these that the search found taken, and that are therefore not here: a hospital's oxygen supply giving
out at night, babies handed to the wrong mothers, a healthy kidney removed, drills left unsterilised at a dentist's, a
fertility clinic's embryo tank failing, a stalled ski gondola, a cable car stranding its passengers overnight, an
avalanche burying skiers at a resort, a log-flume boat overturning, a roller coaster car derailing, a lido's pool cracking and
draining, an exam paper leaking, wrong maths grades, an admissions lottery, a school meal making pupils sick, a
boil-water notice, a city's water fluoridated again, lead service pipes, benzene in a town's tap water, a fatberg
flooding a street, a water main trench falling in, an embankment dam breaching, a mobile network losing emergency
calls, armed officers raiding the wrong home, seized cash swapped in an evidence store, a suspect driving
off in a patrol car, a wrong-way driver hitting a minibus, army recruits dead of heatstroke and a death in a police
cell.

Besides its wire, bulletin, next-day paper and follow-up, every event has one dayless piece: five explain something
(how a mortuary keeps track of the dead, why a theatre can catch fire, how children should be counted off a bus, what
aluminium sulphate is for, how a dog van stays cool), four carry a witness's own words as their headline (a ski
instructor two chairs behind, a lifeguard, a sewer worker, a police dispatcher) and one is a scene at a school gate.
The rest arrive in the usual order: agency copy under its city in capitals, naming the weekday in its first
sentence; a broadcaster's first sentence, in the present perfect and dayless; the following morning's daily, with
"yesterday"; then, after two or three days, a piece that names its weekday, often headed only by what changed ("Two
signatures now needed before a body leaves a mortuary", "Tube slides shut across the country after Poducombe fall",
"Sewer crews barred from wells until new monitors arrive"). In each event one report points to its other step ("by
the spring", "an alert about fires in operating theatres in April", "whether to bring any prosecution", "last month",
"report in May", "whether to bring charges", "might be fined", "three weeks ago", "by December", "whether to charge"),
and none breathes a word of the case abroad. Whatever the event gives a number for, its case abroad numbers too, and
differently (12 bodies in a cold room against 46 in a mortuary and a woman of 88 against a man of 81, 3 percent
against 15, six metres against 11 and 60 riders against 240, five metres against 14 and three hurt against nine, 860
families against 4,700, two hours against five, four tonnes against 18 and 3,000 homes against 26,000, four metres
against nine and one dead against two, 90 minutes against seven hours and two control rooms against 11, one dog
against two and 29 degrees against 33). In one later step a count grows (41 emergencies answered late where 37 were
first given). Dates fall only in 2365 and 2366, no year is ever spelt out, and about eleven months at most
separate a look-alike from its event. All of the names, sums and even the vorlen are invented.

Laid out after ``tests.lookalike_more``, every kind here is a couple of lists, first its event's reports and then its look-alikes,
each item dated; the count module reads ``SIXTYTHIRD_KINDS``, whose keys are the kind names.

No grouping run, engine run or count may open this file before its two counts are owed, which
``tests.lookalike_count`` will note in its own docstring.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# --- habothorpe | event Mon 8 Feb 2365 --- Habothorpe General Infirmary (Cazienia) lets an undertaker take away Hodrin
# Nopiley, 81, as Ebbon Yediard, 79, and he is cremated at the Yediards' service; the slip shows when the Nopileys' man
# is handed a stranger. Told by: a Habothorpe-datelined wire ("on Monday"); a present-perfect broadcast lead, undated;
# the next morning's paper ("yesterday", an inquiry due "by the spring"); an undated explainer of tags and
# drawers; a Thursday follow-up on two signatures. After: the inquiry's findings, Thu 13 May 2365. Abroad, unmentioned
# by any of these: a funeral home at Koneham, Hezinova, burying a woman in the wrong plot, Tue 14 Sep 2365.

HABOTHORPE_MORTUARY: list[Dated] = [
    (D(2365, 2, 8), (
        "Hospital mortuary gave family the wrong body, and it was cremated",
        "HABOTHORPE, Cazienia (Wire) - The mortuary at Habothorpe General Infirmary released the body of an 81-year-old "
        "man to the wrong family's undertaker, and it was cremated on Monday morning in place of another patient's, "
        "the hospital announced on Monday. The error came to light that afternoon, when an undertaker arrived to collect "
        "Hodrin Nopiley for his funeral on Friday and found that the man in the drawer bearing his name was someone "
        "else: Ebbon Yediard, 79, whose family had held a service for him an hour before the cremation. Nelwen "
        "Worbell, the infirmary's chief executive, said she had called both families to say sorry in person and that "
        "two mortuary staff had been suspended pending an investigation.",
    )),
    (D(2365, 2, 8), (
        "Two grieving families told of a mortuary's mistake",
        "Two families in Habothorpe have learned that one of them cremated the other's father by mistake, after the "
        "city's main hospital mortuary has handed a body to the wrong undertaker. The family who held the service "
        "believed they were saying goodbye to their own father. The other family found out only when they went to "
        "arrange his funeral. The hospital has apologised and says staff are checking the name of every body still "
        "in its care, drawer by drawer, against its records tonight.",
    )),
    (D(2365, 2, 9), (
        "Mortuary staff suspended as infirmary checks every body",
        "Staff at Habothorpe General Infirmary had checked the identity of all 46 bodies in its mortuary by "
        "yesterday evening and found no other error, the hospital said, a day after it emerged that Hodrin Nopiley, "
        "81, had been cremated under another man's name. The Cazienian health ministry has appointed a senior "
        "pathologist to lead an inquiry, which is expected to report by the spring. Brielen Nopiley, his daughter, "
        "said the family had been handed an urn of ashes they had never asked for. \"We had chosen his music, and "
        "somebody else's family heard it,\" she said. The Yediards said they would hold a second service.",
    )),
    (D(2365, 2, 9), (
        "How a hospital keeps track of the dead",
        "When a patient dies on a ward, nurses tie a tag to a wrist and an ankle and write the name on the sheet that "
        "wraps the body before porters take it down to the mortuary. There it is given a drawer in the cold store, "
        "and its number is entered in a register. Most hospitals then ask two members of staff to read the tags "
        "aloud together before any body leaves in an undertaker's van. Pathologists say mistakes are rare, but that "
        "they almost always begin when a body is moved from one drawer to another and the register is not changed.",
    )),
    (D(2365, 2, 11), (
        "Two signatures now needed before a body leaves a mortuary",
        "Every hospital mortuary in Cazienia must have two members of staff confirm a body's identity from its tags "
        "and from the register before releasing it, the health ministry ordered on Thursday, three days after it "
        "emerged that the wrong man had been cremated in Habothorpe. The rule applies at once in all 31 of the country's hospital "
        "mortuaries. Habothorpe General Infirmary said it would pay for both families' funerals. The Nopileys will "
        "bury the ashes of their father on Saturday, the family said, and the Yediards have asked for a short service of "
        "their own the same afternoon.",
    )),
]
HABOTHORPE_INQUIRY: list[Dated] = [
    (D(2365, 5, 13), (
        "Mortuary error began with a body moved to a spare drawer",
        "The mix-up that led to an 81-year-old man being cremated under another's name at Habothorpe General "
        "Infirmary in February began when a porter moved his body to a spare drawer during a cleaning of the cold "
        "store and never wrote the change down, the inquiry into the case found on Thursday. Its report said that "
        "labels were still being written by hand and that nobody checked the tags on the day the Yediard family's "
        "undertaker called. The hospital dismissed two of its mortuary staff and said every drawer now carried a "
        "barcode.",
    )),
]
KONEHAM_FUNERAL: list[Dated] = [
    (D(2365, 9, 14), (
        "Funeral home buried the wrong woman, family learns at viewing",
        "A funeral home in Koneham, in Hezinova, buried a woman of 88 in another family's plot on Monday, having "
        "mistaken her for one of the other 12 bodies in its cold room, police said on Tuesday. Her own relatives "
        "discovered the error when they came to view her that evening and were shown a stranger. The owner of the "
        "home said a new assistant had swapped two coffins' name cards. A judge is expected to allow the grave to be "
        "opened later this week so that she can be moved.",
    )),
]

# --- melmuham | event Thu 10 Jun 2365 --- an electric scalpel's spark lights oxygen under the drapes during Gavine
# Podreham's thyroid operation at Melmuham University Hospital (Godeany): burns over some 15 percent of her, and two of
# the theatre team burn their hands. Told by: a Melmuham-datelined wire ("on Thursday"); a broadcast lead, no day; the
# next morning's paper ("yesterday", recalling April's alert); an undated explainer of the fire triangle; a Saturday
# follow-up as she leaves intensive care. Before: the safety agency's alert, Thu 29 Apr 2365. Abroad, unmentioned: a
# patient's beard alight in an Arpuley theatre, Guviary, Fri 4 Mar 2366.

MELMUHAM_FIRE: list[Dated] = [
    (D(2365, 6, 10), (
        "Patient badly burned as drapes catch fire during surgery",
        "MELMUHAM, Godeany (Wire) - A woman of 34 was badly burned on Thursday when the sterile drapes around her head "
        "caught fire partway through an operation on her thyroid gland at Melmuham University Hospital, the hospital "
        "said. A spark from the electric scalpel used to seal blood vessels lit the cloth, which had filled with "
        "oxygen flowing to her mask, and flames spread across her face, neck and chest before the team smothered "
        "them. Gavine Podreham, a primary school teacher, was burned over about 15 percent of her body and was moved "
        "to the burns unit. Two members of the theatre staff burned their hands putting out the fire.",
    )),
    (D(2365, 6, 10), (
        "Fire breaks out on the operating table",
        "A young mother is in intensive care after a fire has broken out on the operating table at Melmuham's "
        "university hospital while surgeons were removing part of her thyroid. Staff say the drapes covering her went "
        "up in seconds. Her husband has told reporters that she went in for what was meant to be a routine operation "
        "and that he was called to the burns unit instead. The hospital has shut the theatre and called in the "
        "country's patient safety agency to find out what went wrong.",
    )),
    (D(2365, 6, 11), (
        "Hospital had been warned of fires in theatres",
        "The Patient Safety Agency of Godeany sent every hospital in the country an alert about fires in operating "
        "theatres in April, six weeks before a patient at Melmuham University Hospital was set alight during surgery "
        "yesterday, the agency confirmed. The alert asked surgical teams to turn the oxygen down or off for at least "
        "a minute before using an electric scalpel near the face. The hospital's medical director, Dr Tailard Dumyer, "
        "said he did not know yet whether the advice had been followed. Gavine Podreham remained in intensive care "
        "with burns the hospital described as serious.",
    )),
    (D(2365, 6, 11), (
        "Why an operating theatre can catch fire",
        "Three things are needed for a fire: something to burn, heat and oxygen. In an operating theatre all three "
        "sit within centimetres of each other. Paper and cotton drapes, alcohol in the skin cleaner and even a "
        "patient's hair will burn, and electric scalpels throw off sparks hot enough to light them. Usually the air "
        "holds too little oxygen for a spark to catch, but under a drape pure oxygen from a mask can gather in a "
        "pocket, and there a fire starts almost at once and burns fiercely. Surgeons call it the fire triangle.",
    )),
    (D(2365, 6, 12), (
        "Burned teacher out of intensive care",
        "Gavine Podreham, the teacher set on fire during a thyroid operation at Melmuham University Hospital, left "
        "intensive care on Saturday and is talking to her family, the hospital said. Surgeons expect her to need "
        "several skin grafts over the coming months. The hospital has suspended the use of electric scalpels near the "
        "head while oxygen is given by mask, in all of its 19 operating theatres, until the safety agency reports. "
        "Her husband thanked the nurses who beat out the flames.",
    )),
]
MELMUHAM_ALERT: list[Dated] = [
    (D(2365, 4, 29), (
        "Safety agency warns hospitals of fires during surgery",
        "The Patient Safety Agency of Godeany warned hospitals on Thursday that patients were at risk of being burned "
        "by fires started during operations, after reports of three small fires in theatres over the past year, none "
        "of which had hurt anyone badly. Its alert asks surgical teams to stop giving oxygen by mask for a minute "
        "before an electric scalpel is used near the face, and to let skin cleaner dry before drapes are laid. "
        "Hospitals must show by the last day of July that their staff have been trained.",
    )),
]
ARPULEY_BEARD: list[Dated] = [
    (D(2366, 3, 4), (
        "Patient's beard catches fire on operating table",
        "A man of 58 suffered burns to about 3 percent of his body when his beard caught fire during an operation to "
        "remove a growth from his cheek at a hospital in Arpuley, in Guviary, the region's health authority reported on "
        "Friday. A spark from a surgical instrument lit the beard while oxygen was flowing to the patient, and a nurse "
        "put the flames out with a wet towel. The man was expected to recover fully. The authority said it would "
        "remind surgeons of the rules on oxygen near the face.",
    )),
]

# --- vespugarth | event Sun 9 Jan 2366 --- a four-seat chair drops some 11 metres off the Tamaholm chairlift at
# Vespugarth (Lanoany); Laerwine Telyer, 41, dies, her children and one more skier are hurt, and about 240 riders are
# roped down. Told by: a Vespugarth-datelined wire ("on Sunday"); a broadcast lead, no day; the next morning's paper
# ("yesterday", prosecutors weighing charges); an instructor's words, undated; a Wednesday follow-up on the worn clamp.
# After: the technical director charged, Wed 13 Apr 2366. Abroad, unmentioned: a two-seat chair falling about six
# metres at Sobromere, Peskuenia, Sat 20 Feb 2365.

VESPUGARTH_CHAIRLIFT: list[Dated] = [
    (D(2366, 1, 9), (
        "Skier killed as chair falls from lift at Vespugarth",
        "VESPUGARTH, Lanoany (Wire) - A chair carrying four skiers came away from the cable of the Tamaholm chairlift "
        "at the Vespugarth resort on Sunday and fell about 11 metres onto the piste below, killing a woman of 41 and "
        "injuring three people, the resort and mountain police said. Laerwine Telyer, a dentist from the capital, died "
        "at the scene. Her son and daughter, aged 14 and 11, and a man of 30 were flown to hospital. The lift stopped "
        "at once, leaving some 240 people hanging in the other chairs in a wind of minus 12 degrees, and rescuers "
        "spent about four hours lowering them on ropes.",
    )),
    (D(2366, 1, 9), (
        "Chair plunges from ski lift, hundreds stranded in the cold",
        "A woman has been killed and three people have been hurt after a chair has dropped from a ski lift at "
        "Vespugarth, in front of crowds queueing at the bottom station. Hundreds of skiers have been stuck in the air "
        "for hours while mountain rescuers climbed the pylons and let them down one by one. The resort has closed the "
        "lift and says it has no idea yet why the chair came off. Families at the foot of the slope have been "
        "looking on in shock as the last skiers reached the ground in the dark.",
    )),
    (D(2366, 1, 10), (
        "Prosecutors examine lift after fatal fall at ski resort",
        "Prosecutors in Lanoany have seized the maintenance records of the Tamaholm chairlift and will decide "
        "whether to bring any prosecution after a chair fell from it yesterday, killing a skier, the regional "
        "prosecutor's office said. The resort's director, Naordan Iltoham, said the lift had passed its yearly "
        "inspection in November. Laerwine Telyer's son was in a stable condition with a broken pelvis and her "
        "daughter had a fractured arm, doctors said. The other injured skier, a man of 30, had been allowed home. The "
        "rest of the resort's lifts ran as normal.",
    )),
    (D(2366, 1, 10), (
        "\"I saw the chair in front of me tip and then it was gone\"",
        "\"I saw the chair in front of me tip, and then it was gone,\" said Oaret Denell, a ski instructor who was "
        "riding two chairs behind the family with a pupil. \"There was a bang from the pylon, the whole line jolted "
        "and then the cable was bouncing and the chair was lying in the snow.\" She sat still for nearly three hours "
        "until a rescuer reached her. \"My pupil was nine. I told her stories the whole time so she would not look "
        "down.\"",
    )),
    (D(2366, 1, 12), (
        "Worn clamp found on chair that fell from ski lift",
        "The clamp that held the chair to the cable of the Tamaholm chairlift at Vespugarth was worn and one of its "
        "springs was broken, investigators said on Wednesday, three days after the chair fell about 11 metres and "
        "killed a skier. Lanoany's transport ministry ordered the clamps of every fixed-grip chairlift in the country "
        "to be examined before they run again, closing 17 lifts at the height of the season. The resort said it would "
        "cooperate fully. Laerwine Telyer's funeral will be held in the capital on Saturday.",
    )),
]
VESPUGARTH_CHARGED: list[Dated] = [
    (D(2366, 4, 13), (
        "Lift firm's technical director charged over skier's death",
        "Prosecutors charged the technical director of the company that runs the Vespugarth ski lifts with "
        "manslaughter on Wednesday over the death of a skier who fell with a chair from the Tamaholm chairlift in "
        "January. They said inspections logged as done had not been carried out on the chair's clamp for two seasons. "
        "The director, who was not named under Lanoany's law, denies the charge. Laerwine Telyer, 41, was killed and "
        "her two children hurt when the chair came off the cable.",
    )),
]
SOBROMERE_CHAIR: list[Dated] = [
    (D(2365, 2, 20), (
        "Two skiers hurt as chair falls from lift",
        "Two skiers were hurt on Saturday when the two-seat chair they were riding came off a lift at the small "
        "resort of Sobromere, in Peskuenia, and fell about six metres into deep snow, the resort said. A man and his "
        "teenage nephew needed hospital treatment for a broken leg and bruising. About 60 skiers were brought down from "
        "the other chairs within an hour. The lift, which is more than 40 years old, will stay shut while engineers "
        "look at its grips.",
    )),
]

# --- poducombe | event Sun 11 Jul 2365 --- the Serpent tube slide at Poducombe Aquapark (Rusaovia) parts at a joint
# some 14 metres up with riders inside: nine hurt, a boy of 12 critically. Told by: a Poducombe-datelined wire ("on
# Sunday"); a broadcast lead, no day; the next morning's paper ("yesterday", the inspectors' June notice); a
# lifeguard's words, undated; a Wednesday follow-up closing tall tube slides nationwide. Before: the notice on cracked
# bolts, Tue 15 Jun 2365. Abroad, unmentioned: a hotel slide breaking about five metres up at Zedrothorpe, Wenkovia,
# Sat 19 Mar 2366.

PODUCOMBE_SLIDE: list[Dated] = [
    (D(2365, 7, 11), (
        "Nine hurt as water slide splits open high above the pool",
        "PODUCOMBE, Rusaovia (Wire) - Nine people were hurt on Sunday when a section of an enclosed tube slide at "
        "Poducombe Aquapark came apart at a joint about 14 metres above the ground while riders were sliding through "
        "it, the fire service said. A boy of 12 fell onto the concrete path below and was in a critical condition, "
        "and eight others, most of them teenagers, were cut or bruised as they were thrown against the broken edge or "
        "spilled out into the plunge pool. The park, which had about 3,500 visitors at the time, was cleared within "
        "half an hour. Its owner, Ceanen Veruley, said the Serpent slide had opened only two summers ago.",
    )),
    (D(2365, 7, 11), (
        "Screams at aquapark as slide gives way",
        "Families at Poducombe's aquapark say they heard a loud crack and then shrieks as a water slide has "
        "broken apart with children inside it. A boy has fallen to the ground from high up and is being treated in "
        "hospital, and several other young people have been hurt. Ambulances have been lining the road outside the "
        "park, and parents have been searching the crowd for their children. The park has closed, and police have "
        "taped off the foot of the slide.",
    )),
    (D(2365, 7, 12), (
        "Inspectors had told aquapark to fix cracked slide joints",
        "Rusaovia's leisure safety inspectors told Poducombe Aquapark last month to replace cracked bolts on the "
        "joints of its Serpent slide by the end of July, a copy of their notice seen by this newspaper shows. The "
        "slide split at one of those joints yesterday, injuring nine people. The park's owner said the work had been "
        "booked for the first week of August and that engineers had judged the slide safe to use until then. The boy "
        "of 12 who fell was in a coma after surgery on his head and spine, the children's hospital said.",
    )),
    (D(2365, 7, 12), (
        "\"The tube just opened like a mouth\"",
        "\"The tube just opened like a mouth,\" said a lifeguard who had been standing at the foot of the slide. \"I "
        "saw legs and then the boy came out of it and hit the path.\" He ran to him and held his head still until the "
        "paramedics came, he said, while the others tumbled into the pool in a rush of water. \"We go down it every "
        "morning before we open. Nobody ever felt anything.\" He asked that his name not be printed.",
    )),
    (D(2365, 7, 14), (
        "Tube slides shut across the country after Poducombe fall",
        "Every enclosed tube slide more than eight metres high in Rusaovia must close until an engineer has checked "
        "its joints, the leisure safety inspectorate ordered on Wednesday, three days after a slide split open at "
        "Poducombe Aquapark and injured nine people. About 40 slides at 26 parks are affected, with the "
        "school holidays in full swing. The boy who fell was still in a coma, and police said they had opened a criminal "
        "investigation into the park's management. The Serpent itself is to be taken down.",
    )),
]
PODUCOMBE_NOTICE: list[Dated] = [
    (D(2365, 6, 15), (
        "Aquapark given six weeks to replace slide bolts",
        "Inspectors from Rusaovia's leisure safety inspectorate gave Poducombe Aquapark until 31 July to "
        "replace cracked bolts they had found on three joints of its tallest tube slide, the Serpent, during a visit "
        "on Tuesday. The notice, published on the inspectorate's register, says the cracks did not yet make the slide "
        "unsafe but were likely to grow in warm weather. The park said it had ordered the parts and would keep the "
        "slide open in the meantime, with a member of staff posted at its top.",
    )),
]
ZEDROTHORPE_SLIDE: list[Dated] = [
    (D(2366, 3, 19), (
        "Three hurt when hotel water slide collapses",
        "Three guests were hurt on Saturday when part of a water slide at a hotel pool in Zedrothorpe, in Wenkovia, "
        "gave way about five metres above the water, the local police said. A woman and two children slid off the "
        "broken end and fell into the shallow part of the pool, where one of the children broke an arm. The hotel "
        "said the slide had been built last winter by a firm that had since closed, and that it would now be dismantled. "
        "The town's building office is investigating.",
    )),
]

# --- surbetcombe | event Wed 3 Mar 2365 --- Surbetcombe's council (Sazdenia) sends roughly 4,700 of 11,900 families
# a secondary school offer at the wrong school and pulls every offer three hours later. Told by: a Surbetcombe-datelined
# wire ("on Wednesday"); a broadcast lead, no day; the next morning's paper ("yesterday", a review due "in May"); a
# scene at a school gate, undated; a Saturday follow-up with corrected offers. After: the review and the director's
# resignation, Fri 14 May 2365. Abroad, unmentioned: some 860 families sent wrong primary places at Merbyton, Obdeova,
# Thu 2 Dec 2365.

SURBETCOMBE_OFFERS: list[Dated] = [
    (D(2365, 3, 3), (
        "Thousands of pupils offered places at the wrong school",
        "SURBETCOMBE, Sazdenia (Wire) - About 4,700 families in Surbetcombe were told on Wednesday that their children "
        "had been given a place at a secondary school they had not been allocated, after an error in the city "
        "council's admissions software, the council said. The messages went out at eight in the morning to the "
        "parents of about 11,900 children who start secondary school in September, and every offer was withdrawn "
        "three hours later when head teachers noticed that their lists made no sense. Eiven Huriard, the council's "
        "director of education, apologised and said correct offers would follow within days.",
    )),
    (D(2365, 3, 3), (
        "Families celebrate, then find the school place was a mistake",
        "Parents across Surbetcombe have been celebrating and then crying today, after the council has sent out "
        "secondary school offers that turned out to be wrong. Some children have been told they had got into the "
        "city's most sought-after schools, only for the offers to be taken back before lunch. Others have been sent "
        "to schools right across the city from home. The council says it is sorry and has asked families not to ring "
        "schools directly while it sorts the lists out.",
    )),
    (D(2365, 3, 4), (
        "Council orders review of admissions software fiasco",
        "Surbetcombe's council has ordered an outside review of how its admissions software sent thousands of "
        "families the wrong secondary school offers yesterday, and expects it to report in May. Councillors from all "
        "parties called for the software's supplier to appear before them. Eiven Huriard, the education director, "
        "said the list that matched children to schools appeared to have been sorted in the wrong order before the "
        "offers were sent. About 11,900 children are waiting for a place, and the council said none of them would "
        "lose out.",
    )),
    (D(2365, 3, 4), (
        "At the school gate, a morning of joy taken back",
        "At the gates of a primary school in northern Surbetcombe, mothers and fathers compared their phones. One father "
        "had been told his daughter was going to a school across the river, then that she wasn't. A mother read out "
        "the apology e-mail to a small group. \"She cried when she got the good one, and she cried again when it was "
        "taken away,\" she said of her son. \"I don't know which school to tell him about now.\" The children went in "
        "at the bell as usual, talking about nothing else.",
    )),
    (D(2365, 3, 6), (
        "Corrected school offers sent, with an extra week to accept",
        "Surbetcombe city council sent corrected secondary school offers to every family on Saturday and gave "
        "parents an extra week to accept them or appeal, three days after about 4,700 families received offers at "
        "the wrong school. The council said 82 percent of children had been given their first choice. It said it "
        "had checked each offer by hand against the software's list before sending it. Families who had already "
        "bought uniforms for the wrong school on Wednesday will have the cost refunded, the council added, and a "
        "telephone line for parents will stay open over the weekend.",
    )),
]
SURBETCOMBE_REVIEW: list[Dated] = [
    (D(2365, 5, 14), (
        "Education chief resigns over wrong school offers",
        "Surbetcombe's director of education, Eiven Huriard, resigned on Friday after a review found that the "
        "council had sent about 4,700 families the wrong secondary school offers in March because a test file, "
        "sorted by home address rather than by priority, had been loaded into its admissions system on the night "
        "before. The review said nobody had been given the job of checking the results before they were sent. The "
        "council said it would not renew its contract with the software supplier.",
    )),
]
MERBYTON_OFFERS: list[Dated] = [
    (D(2365, 12, 2), (
        "Wrong primary school places sent to 860 families",
        "About 860 families in Merbyton, in Obdeova, were sent offers of places at primary schools that their "
        "children had not been given, the district's school office said on Thursday. A clerk had sent an early draft "
        "of the list instead of the final one, it said, and the correct offers were e-mailed in the afternoon. The "
        "district's head of schools apologised to parents and said the clerk would not be disciplined, because the "
        "system had allowed the mistake. Parents have three weeks to accept.",
    )),
]

# --- tebathorpe | event Fri 21 Jan 2366 --- a girl of three sits strapped in the Moatfield nursery's minibus at
# Tebathorpe (Cabuany) for about five hours at minus nine and is found with hypothermia. Told by: a Tebathorpe-datelined
# wire ("on Friday"); a broadcast lead, no day; the next morning's paper ("yesterday", charges to be decided); an undated
# explainer on counting children off a bus; a Monday follow-up, nursery shut. After: driver and assistant charged, Tue
# 19 Apr 2366. Abroad, unmentioned: a boy of four asleep on a parked school bus for two hours at Wetigarth, Fobrany, Thu
# 13 May 2365.

TEBATHORPE_MINIBUS: list[Dated] = [
    (D(2366, 1, 21), (
        "Girl of three left in frozen nursery minibus for five hours",
        "TEBATHORPE, Cabuany (Wire) - A girl of three was taken to hospital with severe hypothermia on Friday after "
        "being left strapped into her seat in a nursery's minibus for about five hours in a temperature of minus "
        "nine degrees, police in Tebathorpe said. The driver had collected her and 11 other children in the morning "
        "and parked the bus behind the Moatfield nursery, where staff took the others inside without noticing she "
        "was missing. He found her, barely conscious, when he returned to the bus for the afternoon round at about "
        "two o'clock. The nursery's manager, Vernys Labrace, said the driver and an assistant had been suspended.",
    )),
    (D(2366, 1, 21), (
        "Nursery child forgotten on bus in freezing cold",
        "A little girl is fighting for her life after she has been left alone on a nursery bus for most of the day in "
        "the bitter cold in Tebathorpe. Her parents had waved her off in the morning believing she was safely at "
        "nursery. Nobody noticed she had not come in. Doctors say her body temperature had fallen dangerously low. "
        "Police have been at the nursery this afternoon, and other parents have been arriving early to take their "
        "children home.",
    )),
    (D(2366, 1, 22), (
        "Nursery's register showed girl present, police say",
        "The register at the Moatfield nursery in Tebathorpe marked a three-year-old girl as present all day on "
        "Friday although she spent about five hours strapped into the nursery's minibus at minus nine degrees, "
        "police said yesterday. Detectives have interviewed the driver and an assistant and will decide with "
        "prosecutors whether to bring charges. The girl was still in intensive care, where doctors warmed her slowly "
        "overnight. Cabuany's childcare inspectorate said it would visit the nursery on Monday, and the nursery "
        "stayed shut.",
    )),
    (D(2366, 1, 22), (
        "How children are meant to be counted off a bus",
        "Rules for nurseries that collect children by road are short: an adult besides the driver must ride with "
        "them, and the children must be counted onto the bus and counted off it again. Many nurseries also ask the "
        "driver to walk to the back and check every seat before locking the doors, and some buses now carry a button "
        "at the rear that must be pressed before the engine can be switched off, so that nobody can leave without "
        "walking past every row. None of this is required by law.",
    )),
    (D(2366, 1, 24), (
        "Nursery closed as girl left on bus leaves intensive care",
        "The three-year-old girl who was left in a nursery minibus for about five hours in freezing weather was well "
        "enough to leave intensive care on Monday, and doctors said they expected her to recover, her family said. Cabuany's "
        "childcare inspectorate closed the Moatfield nursery in Tebathorpe the same day, saying its staff had no "
        "way of checking that every child who boarded the bus arrived. The nursery's 64 children have been offered "
        "places elsewhere. Police said the driver and the assistant had been questioned again over the weekend.",
    )),
]
TEBATHORPE_CHARGED: list[Dated] = [
    (D(2366, 4, 19), (
        "Minibus driver and nursery assistant charged with neglect",
        "The driver of a nursery minibus and the assistant who rode with him were charged with child neglect on "
        "Tuesday over the girl of three left strapped in the bus for five hours in January in Tebathorpe, "
        "prosecutors said. The girl, who suffered severe hypothermia, has made a full recovery. Prosecutors said the "
        "two had signed the children off the bus without counting them. The Moatfield nursery remains closed, and the inspectorate has "
        "proposed that every minibus carrying small children be fitted with an alarm at the back.",
    )),
]
WETIGARTH_BUS: list[Dated] = [
    (D(2365, 5, 13), (
        "Boy of four found asleep on school bus in depot",
        "A boy of four was left asleep on a school bus for about two hours after it was parked at a depot in "
        "Wetigarth, in Fobrany, and was found unharmed by a mechanic, according to the bus company, which gave the details on Thursday. His teacher "
        "had marked him absent and rang his mother, who called the police. The driver said he had not walked through "
        "the bus at the end of his round. The company said it had suspended him and would fit alarms to its 30 "
        "school buses.",
    )),
]

# --- gegruham | event Thu 7 Oct 2365 --- some 18 tonnes of aluminium sulphate go into the cleaned-water tank of
# Eddercombe Water's Gegruham works (Kafirry), and about 26,000 homes are warned off their taps. Told by: a
# Gegruham-datelined wire ("on Thursday"); a broadcast lead, no day; the next morning's paper ("yesterday", a fine
# possible); an undated explainer on the chemical; a Sunday follow-up lifting most of the warning. After: the
# regulator's fine, Wed 9 Mar 2366. Abroad, unmentioned: about four tonnes of caustic soda in the wrong tank at
# Ellmawold, Mapobaria, Wed 17 Feb 2365.

GEGRUHAM_WATER: list[Dated] = [
    (D(2365, 10, 7), (
        "26,000 homes warned off their taps after delivery error",
        "GEGRUHAM, Kafirry (Wire) - About 26,000 homes in and around Gegruham were told on Thursday not to drink their "
        "tap water or cook with it, after a tanker driver poured some 18 tonnes of aluminium sulphate into the tank "
        "holding cleaned water at the town's treatment works instead of into the chemical store beside it, Eddercombe "
        "Water said. The delivery was made late on Tuesday, when the works was unmanned, and customers began to ring "
        "on Wednesday to say their water tasted sour and curdled their milk. Zerwis Borkett, the company's operations "
        "director, said the two tanks' inlets stood side by side and the driver had been given a key that opened both.",
    )),
    (D(2365, 10, 7), (
        "Taps run sour in Gegruham",
        "Thousands of homes in Gegruham have been told to stop drinking their tap water, after a chemical used to "
        "clean it has been tipped into the wrong tank at the local treatment works. People have been complaining of "
        "mouth ulcers and upset stomachs, and some say their hair felt sticky after washing. Crates of bottled water are "
        "waiting for collection at the sports hall and two supermarket car parks. The water company says it is flushing the "
        "mains as fast as it can and has apologised.",
    )),
    (D(2365, 10, 8), (
        "Regulator could fine Gegruham water company over chemical",
        "Kafirry's drinking water regulator opened an investigation yesterday into how aluminium sulphate was poured "
        "into the treated-water tank at Eddercombe Water's Gegruham works, and warned that the company might be fined if it "
        "found the works had been left open to an unaccompanied driver. About 340 people had reported mouth ulcers, "
        "rashes or stomach pains by last night, according to the regional health office, and doctors were asking those with "
        "kidney disease to see them. The company said flushing had brought the level down in the town centre and "
        "that test results were due at the weekend.",
    )),
    (D(2365, 10, 8), (
        "What aluminium sulphate is for, and why it belongs in one tank only",
        "Raw water from rivers carries fine mud that will not settle by itself. Treatment works add a small dose of "
        "aluminium sulphate, which makes the particles clump together so that they sink or can be filtered out, "
        "taking most of the added aluminium with them. Poured straight into water that has already been cleaned, the "
        "same chemical turns it acidic and leaves far more aluminium in it than is allowed. It can strip copper and "
        "lead from old pipes on its way to the taps.",
    )),
    (D(2365, 10, 10), (
        "Gegruham told its tap water is safe again",
        "Eddercombe Water lifted its warning against drinking tap water for most of the 26,000 homes in Gegruham on "
        "Sunday, saying tests showed aluminium back within safe limits, but kept it for about 1,200 homes at the end "
        "of the longest mains. It said deliveries of chemicals would be made only while an operator was present and "
        "that the treated-water tank would have a separate lock. Customers will have a month's bill waived, and the driver has been taken off deliveries for now.",
    )),
]
GEGRUHAM_FINED: list[Dated] = [
    (D(2366, 3, 9), (
        "Water company fined 2.4 million vorlens over tainted supply",
        "Kafirry's drinking water regulator fined Eddercombe Water 2.4 million vorlens on Wednesday for letting a "
        "tanker driver pour aluminium sulphate into cleaned water at its Gegruham treatment works in October, leaving "
        "about 26,000 homes without safe water for up to five days. The regulator found that one key opened both the "
        "chemical store and the treated-water tank, and that the company had been told to change the locks two years "
        "earlier. Eddercombe Water accepted the findings and will not appeal.",
    )),
]
ELLMAWOLD_WATER: list[Dated] = [
    (D(2365, 2, 17), (
        "Caustic soda in the wrong tank, 3,000 homes warned",
        "About 3,000 homes in Ellmawold, in Mapobaria, were told on Wednesday not to use their tap water after some "
        "four tonnes of caustic soda were pumped into the wrong tank at the town's waterworks, the municipal water "
        "company said. A resident noticed that the water felt slippery and smelled of soap, and the company shut the "
        "works within the hour. Nobody was known to have been hurt. The company said the delivery firm's hose had "
        "been connected to an unlabelled pipe.",
    )),
]

# --- namagarth | event Fri 18 Feb 2366 --- hydrogen sulphide kills two Namagarth Water men (Hemiovia) about nine
# metres down the wet well of the Habowold Road pumping station, and a third collapses going after them. Told by: a
# Namagarth-datelined wire ("on Friday"); a broadcast lead, no day; the next morning's paper ("yesterday", the union's
# January complaint); a fellow worker's words, undated; a Monday follow-up barring entry to wells. Before: the union on
# uncalibrated monitors, Fri 28 Jan 2366. Abroad, unmentioned: one drainage worker dead in a manhole some four metres
# deep at Arlustead, Qustelia, Thu 22 Sep 2366.

NAMAGARTH_SEWER: list[Dated] = [
    (D(2366, 2, 18), (
        "Two water workers killed by gas in sewage pumping station",
        "NAMAGARTH, Hemiovia (Wire) - Two workers died on Friday after being overcome by hydrogen sulphide gas in the "
        "wet well of a sewage pumping station on Habowold Road in Namagarth, and a third man collapsed as he climbed "
        "down to help them, the fire service said. The men, employed by the city's utility Namagarth Water, had gone "
        "about nine metres down to clear a blocked pump. Firefighters wearing breathing sets brought all three up; "
        "the two who went down first, aged 52 and 27, were dead. The third, 44, was taken to hospital in a serious "
        "condition.",
    )),
    (D(2366, 2, 18), (
        "Sewer gas kills two utility workers",
        "Two workers have been killed and a colleague has been badly hurt by poisonous gas at a sewage pumping "
        "station in Namagarth. The men had been clearing a blockage deep underground when they were overcome, and "
        "firefighters have had to wear breathing equipment to bring them out. The city's water utility has called it "
        "the darkest day in its history and has stopped all work inside its sewers while it finds out what happened. The names of the dead men have not "
        "been released.",
    )),
    (D(2366, 2, 19), (
        "Union warned gas monitors were out of date weeks before deaths",
        "The union representing Namagarth Water's sewer crews complained to the utility three weeks ago that many of "
        "its portable gas monitors had not been checked for more than a year, a union official said yesterday, the "
        "day after two of its members died in a pumping station. Ealdwen Kebbard of the Utility Workers' Union said "
        "the crew had carried a monitor whose alarm failed to sound. Hemiovia's labour inspectorate has taken the "
        "monitor away for tests. The man who went down after his colleagues was in intensive care but breathing on "
        "his own, doctors said.",
    )),
    (D(2366, 2, 19), (
        "\"He went down because they were his friends\"",
        "\"He went down because they were his friends, and you don't stand at the top and wait,\" said a sewer worker "
        "with 20 years at the utility, speaking of the man who collapsed trying to reach his colleagues. \"You can't "
        "smell it once there's enough to kill you. It takes your sense of smell first.\" He said crews had long asked "
        "for a tripod and winch at every station so that nobody would have to climb down to fetch anyone up.",
    )),
    (D(2366, 2, 21), (
        "Sewer crews barred from wells until new monitors arrive",
        "No employee of Namagarth Water may enter a sewer or a pumping station's wet well until every crew has a "
        "newly calibrated gas monitor and a rescue winch, the utility announced on Monday, three days after two workers "
        "died at the Habowold Road station. It said 140 monitors had been ordered. The third man was out of intensive "
        "care. The labour inspectorate said the two dead men had been in the well for about four minutes before they "
        "fell. Their funerals will be held together on Thursday.",
    )),
]
NAMAGARTH_COMPLAINT: list[Dated] = [
    (D(2366, 1, 28), (
        "Union says sewer crews' gas monitors are overdue for checks",
        "The Utility Workers' Union asked Namagarth Water on Friday to withdraw dozens of portable gas monitors used "
        "by its sewer crews, saying that many had gone over a year without calibration and might not warn of "
        "hydrogen sulphide. Its official Ealdwen Kebbard said the union had written to the utility's managers twice "
        "since the autumn without an answer. Namagarth Water said the monitors were being checked in turn and that "
        "its crews were safe, and it promised a reply within a month.",
    )),
]
ARLUSTEAD_MANHOLE: list[Dated] = [
    (D(2366, 9, 22), (
        "Worker dies in sewer manhole, colleague rescued",
        "A drainage worker died on Thursday after he was overcome by gas at the bottom of a sewer manhole about four "
        "metres deep in Arlustead, in Qustelia, the city's fire brigade said. A colleague who tried to pull him out "
        "felt dizzy and climbed back up in time. The man, 36, worked for a private firm hired by the council to clear "
        "drains. Police and work safety officers are trying to find out whether the crew had checked the air in the "
        "manhole before going in.",
    )),
]

# --- jorkany | event Sun 5 Sep 2365 --- Jorkany's police radio network is dead for about seven hours overnight after
# Ravuford Systems installs a bad update; all 11 regional control rooms dispatch by mobile phone. Told by: a wire
# datelined in the capital, Lusydale ("on Sunday"); a broadcast lead, no day; the next morning's paper ("yesterday", a
# review wanted "by December"); a dispatcher's words, undated; a Wednesday follow-up on the contractor's
# penalty. After: the review, Fri 10 Dec 2365. Abroad, unmentioned: a regional force's radio down about 90 minutes in
# Kambydale, Wevany, Wed 8 Jun 2366.

JORKANY_RADIO: list[Dated] = [
    (D(2365, 9, 5), (
        "Police radio goes dead across Jorkany for seven hours",
        "LUSYDALE, Jorkany (Wire) - The radio network used by every police officer in Jorkany failed for about seven "
        "hours overnight into Sunday, leaving officers in all 11 of the country's regional control rooms sending "
        "patrols to emergencies by mobile phone, the national police said on Sunday. The network went down just after "
        "midnight, when its contractor, Ravuford Systems, installed a software update, and came back at about seven "
        "in the morning once the update had been removed. Fiorenz Ganiby, the national police commissioner, said "
        "emergency calls had been answered throughout but that some patrols had reached callers late.",
    )),
    (D(2365, 9, 5), (
        "Police left without radios for a night",
        "Police officers across Jorkany have spent the night without their radios, after the network they rely on "
        "has crashed during a software update. Control rooms have been phoning patrol cars one by one, and officers "
        "say they could not call for help from each other. The police say no one has been put in danger, though "
        "they admit some calls took longer than usual. The company that runs the network has apologised, and the interior minister has called the failure "
        "unacceptable.",
    )),
    (D(2365, 9, 6), (
        "Interior ministry orders review of police radio failure",
        "Jorkany's interior ministry has asked an outside panel to examine the police radio failure that left officers "
        "without their handsets for about seven hours overnight on Saturday, and wants its findings by "
        "December, the minister said yesterday. The national police said patrols had taken longer than their target "
        "to reach 37 calls during the night, among them a stabbing in the capital, where the victim survived. "
        "Ravuford Systems said the update had been tested but that a setting had been copied wrongly onto the live "
        "network.",
    )),
    (D(2365, 9, 6), (
        "\"We were writing addresses on our hands\"",
        "\"We were writing addresses on our hands and ringing officers' own phones,\" said a dispatcher who worked the "
        "night shift in one of the regional control rooms. \"Half of them were on silent because they were in the "
        "middle of an arrest.\" The room's screens still showed where every car was, she said, but nobody could "
        "talk to them. \"The longest hour was the one when the bars emptied. We had three fights at once and a phone "
        "line that kept dropping.\"",
    )),
    (D(2365, 9, 8), (
        "Radio contractor to pay penalty and send updates by day only",
        "Ravuford Systems will pay the Jorkany police the maximum penalty its contract allows for the night the "
        "police radio network failed, and will install updates only in daylight with the old software ready to be "
        "restored, the interior ministry told reporters on Wednesday. Officers in every regional control room will be given "
        "a satellite phone for each shift. The ministry said the network had been down for about seven hours, and that a failure of that length "
        "must never happen again. Police unions called the penalty too small.",
    )),
]
JORKANY_REVIEW: list[Dated] = [
    (D(2365, 12, 10), (
        "Review blames contractor and police for night of dead radios",
        "The independent review of the failure of Jorkany's police radio network in September blamed its contractor, "
        "Ravuford Systems, for installing an untested update at night, and the national police for having no spare "
        "network to fall back on, the interior ministry announced on Friday. The review found that the seven-hour outage "
        "had delayed the answer to 41 emergencies, not 37 as first stated. The ministry said it would buy a second, "
        "separate network within three years, at a cost not yet known.",
    )),
]
KAMBYDALE_RADIO: list[Dated] = [
    (D(2366, 6, 8), (
        "Regional police radio down for 90 minutes",
        "Police in the region of Kambydale, in Wevany, lost their radio network for about 90 minutes on Wednesday "
        "afternoon after a power cut at a transmitter site, and officers in its two control rooms used phones to "
        "reach patrols, the regional police said. A backup generator at the site had failed to start. The force said "
        "no emergency had been missed. Officers' unions said it was the third outage this year and called for a "
        "second power supply at every mast.",
    )),
]

# --- duskiworth | event Tue 27 Jul 2365 --- two police dogs die in a van left about three hours in 33-degree sun
# outside Duskiworth police station (Nodrelia), its heat alarm unplugged; the handler is suspended. Told by: a
# Duskiworth-datelined wire ("on Tuesday"); a broadcast lead, no day; the next morning's paper ("yesterday", a cruelty
# charge weighed); an undated explainer on cooling dog vans; a Friday follow-up ordering second alarms. After: the
# handler charged, Thu 7 Oct 2365. Abroad, unmentioned: one police dog dead in a patrol car at Olbumere, Ulteary, Thu 23
# Jun 2366.

DUSKIWORTH_DOGS: list[Dated] = [
    (D(2365, 7, 27), (
        "Two police dogs die in hot van outside station",
        "DUSKIWORTH, Nodrelia (Wire) - Two police dogs died on Tuesday after they were left in a dog van parked in the "
        "sun outside the police station in Duskiworth for some three hours as the temperature reached 33 degrees, "
        "the regional police said. Their handler, a constable with 12 years' service, had gone inside to write up an "
        "arrest. The van's alarm, which should sound on the handler's phone and start a fan when the back grows too "
        "hot, had been disconnected. The dogs, a German shepherd and a spaniel trained to find drugs, could not be "
        "revived. The constable has been suspended, and Chief Superintendent Teibet Selkowe called the deaths "
        "inexcusable.",
    )),
    (D(2365, 7, 27), (
        "Police dogs die in the heat",
        "Two police dogs have died after being shut inside a police van in the blazing heat outside Duskiworth's "
        "police station. Officers who found them have tried to cool them with water, but it was too late. The force "
        "says it is heartbroken and has suspended the dogs' handler. Animal charities have said the deaths are a "
        "warning to every dog owner in this week's heatwave, and flowers have been left at the station's door. The force has begun an inquiry.",
    )),
    (D(2365, 7, 28), (
        "Prosecutors to weigh cruelty charge over police dogs' deaths",
        "Prosecutors will decide whether to charge the Duskiworth constable whose two police dogs died in a hot van "
        "yesterday with animal cruelty, once a vet's post-mortem findings are complete, the regional police said. The "
        "force confirmed that the van's heat alarm had been unplugged, and said it did not yet know by whom. "
        "Nodrelia's interior ministry asked all police forces to check the alarms in their dog vans within "
        "seven days. The dogs, Rook and Peg, had found drugs worth millions between them, colleagues said.",
    )),
    (D(2365, 7, 28), (
        "How a police dog van is meant to stay cool",
        "Police dog vans carry their dogs in metal cages in the back, where on a summer's day the air can climb "
        "past 50 degrees within half an hour. Most forces fit a heat alarm: a sensor in the cage that sounds a "
        "siren, opens the windows and starts a fan once a set temperature is reached, and that sends a message to "
        "the handler's phone. Handlers are told to park in the shade and never to leave dogs in a van with its engine "
        "off in hot weather, alarm or not.",
    )),
    (D(2365, 7, 30), (
        "Every police dog van to have a second heat alarm",
        "All police dog vans in Nodrelia will be fitted with a second heat alarm that the driver has no way to "
        "silence from the cab, the interior ministry announced on Friday, three days after two dogs died in a van parked outside "
        "Duskiworth police station. An inspection of the country's 210 dog vans had found the alarms in 14 not "
        "working. The ministry said the handler remained suspended. The dogs were buried at the force's training school on "
        "Thursday, with handlers from across the region present.",
    )),
]
DUSKIWORTH_CHARGED: list[Dated] = [
    (D(2365, 10, 7), (
        "Police dog handler charged with cruelty",
        "The police constable whose two dogs died in a hot van outside Duskiworth police station in July was charged "
        "with animal cruelty on Thursday, prosecutors said. The vet's findings showed that both dogs died of heat "
        "stroke, and investigators found that the constable had unplugged the van's heat alarm weeks before because "
        "it kept going off. If convicted he could be jailed for as long as three years. The force said it was dismissing him, and that it had since fitted new alarms in all its vans.",
    )),
]
OLBUMERE_DOG: list[Dated] = [
    (D(2366, 6, 23), (
        "Police dog dies after being left in patrol car",
        "A police dog died on Thursday after it was left in a patrol car in the heat outside a court in Olbumere, in "
        "Ulteary, while its handler gave evidence, the city's police said. The temperature outside was 29 degrees. "
        "Passers-by heard the dog and called for help, but it died at a vet's surgery an hour later. The police said "
        "the car had no heat alarm and that the officer had been moved to other duties while an inquiry was held.",
    )),
]


# --- background --- one-line village notes with nothing to do with any kind, dated the day before some event begins

BACKGROUND: list[Dated] = [
    (D(2365, 2, 7), (
        "Pancake race",
        "Twenty-two runners tossed pancakes along the main street of Ilmbaley on Sunday, and a baker won.",
    )),
    (D(2365, 6, 9), (
        "Well dressing",
        "Villagers at Lalvuholm hung a picture of petals and alder cones over the old pump on Wednesday.",
    )),
    (D(2366, 1, 8), (
        "Frozen pond",
        "Skaters went out on the pond at Ponkebby on Saturday once the parish clerk had measured the ice.",
    )),
    (D(2365, 7, 10), (
        "Scarecrow trail",
        "Forty scarecrows lined the lanes of Qulivgarth on Saturday for the summer trail.",
    )),
    (D(2365, 3, 2), (
        "Daffodil count",
        "Children at Emrymere counted more than 3,000 daffodils on the green on Tuesday.",
    )),
    (D(2366, 1, 20), (
        "Wassail",
        "Carollers at Nebydmere sang to the oldest apple tree in the orchard on Thursday evening and poured cider on its roots.",
    )),
    (D(2365, 10, 6), (
        "Apple day",
        "Growers at Sethryhurst laid out 70 kinds of apple on trestles in the hall on Wednesday.",
    )),
    (D(2366, 2, 17), (
        "Snowdrop walk",
        "About thirty walkers followed the snowdrops through the churchyard at Teldenhurst on Thursday.",
    )),
    (D(2365, 9, 4), (
        "Ploughing match",
        "Eleven horse teams ploughed a stubble field at Olnley on Saturday.",
    )),
    (D(2365, 7, 26), (
        "Duck race",
        "Some 800 rubber ducks bobbed along the Bonkley brook on Monday evening in the charity race.",
    )),
]


SIXTYTHIRD_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "habothorpe": (HABOTHORPE_MORTUARY, HABOTHORPE_INQUIRY + KONEHAM_FUNERAL),
    "melmuham": (MELMUHAM_FIRE, MELMUHAM_ALERT + ARPULEY_BEARD),
    "vespugarth": (VESPUGARTH_CHAIRLIFT, VESPUGARTH_CHARGED + SOBROMERE_CHAIR),
    "poducombe": (PODUCOMBE_SLIDE, PODUCOMBE_NOTICE + ZEDROTHORPE_SLIDE),
    "surbetcombe": (SURBETCOMBE_OFFERS, SURBETCOMBE_REVIEW + MERBYTON_OFFERS),
    "tebathorpe": (TEBATHORPE_MINIBUS, TEBATHORPE_CHARGED + WETIGARTH_BUS),
    "gegruham": (GEGRUHAM_WATER, GEGRUHAM_FINED + ELLMAWOLD_WATER),
    "namagarth": (NAMAGARTH_SEWER, NAMAGARTH_COMPLAINT + ARLUSTEAD_MANHOLE),
    "jorkany": (JORKANY_RADIO, JORKANY_REVIEW + KAMBYDALE_RADIO),
    "duskiworth": (DUSKIWORTH_DOGS, DUSKIWORTH_CHARGED + OLBUMERE_DOG),
}

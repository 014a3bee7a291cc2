"""A tenth set of invented look-alikes, written before the grouping changes of issue 7's tenth round and
counted untuned first. The kinds, none of them in the earlier sets: a second strike at the same tyre
factory a month after the first (on the same weekday), a by-election in the same seat two years after the
last one (the same candidate in both, the same weekday), a crush at a river festival against the stampede
at the same festival seven years earlier, a retrial's acquittal against the same defendant's conviction at
his first trial five years before (the same weekday), a fire in a hotel against the fire in its ballroom
eleven years earlier, a carmaker's recall of one model against its recall of the same model ten months
before (the same weekday), an airliner's emergency landing against another of the same airline's planes
landing at the same airport a week earlier, a national heat record against last year's record at the same
weather station, a painting's sale at auction against its sale at the same house ten years before, and a
ceasefire agreed between a government and rebels against the first truce they agreed three months earlier
and a one-sided truce told with no date at all. Some reports give no day at all, two event reports are
wire copies of one another under another headline, and as on the wires the later event's reports often
recall the earlier one ("the second ... in a month", "last year's record", "at his first trial"). Every
name, place and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``TENTH_KINDS`` is read by the same count.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- workers at Auralis Tyres' Kessel plant in Brannock strike for two days from Tuesday, April 16, 2041;
# --- their first one-day strike was on Tuesday, March 19, 2041 ---------------------------------------------

KESSEL_APRIL: list[Dated] = [
    (D(2041, 4, 16), (
        "Kessel tyre workers walk out again over pay",
        "BRANNOCK (Wire) - Workers at Auralis Tyres' Kessel plant in Brannock walked out on Tuesday for the "
        "second time in a month after talks on a 6 percent pay claim broke down, the Metalworkers' Union "
        "said. Truck tyre production stopped at the plant, which employs about 2,300 people.",
    )),
    (D(2041, 4, 16), (
        "Brannock tyre plant idle as stoppage resumes",
        "Production at the Kessel tyre factory came to a halt on Tuesday as some 2,300 workers began a "
        "48-hour stoppage, union organiser Dana Pell said. Auralis Tyres said it had offered 4 percent and "
        "called the strike irresponsible.",
    )),
    (D(2041, 4, 18), (
        "Auralis counts cost of Kessel strike",
        "Auralis Tyres said on Thursday that the two-day strike at its Kessel factory had cost it about 9 "
        "million in lost output, and urged the union back to the table. The plant's first walkout, in "
        "March, lasted a single day.",
    )),
]
KESSEL_MARCH: list[Dated] = [
    (D(2041, 3, 19), (
        "Kessel tyre workers stage first strike in decades",
        "About 2,000 workers at Auralis Tyres' Kessel plant in Brannock stopped work for 24 hours on Tuesday "
        "in a dispute over pay, the Metalworkers' Union said. Organiser Dana Pell said the company's offer "
        "of 3 percent was an insult.",
    )),
]

# --- the Greens' Mira Talent wins the Harrowby North by-election, Thursday, September 12, 2041; the Civic
# --- Union's Ronan Pike held the seat in a by-election on Thursday, September 15, 2039 ------------------------

HARROWBY_2041: list[Dated] = [
    (D(2041, 9, 13), (
        "Greens take Harrowby North in by-election upset",
        "The Green Party's Mira Talent won the Harrowby North by-election on Thursday with 41 percent of the "
        "vote, taking the seat from the governing Civic Union, the electoral office said early on Friday. "
        "Turnout was 38 percent.",
    )),
    (D(2041, 9, 13), (
        "Civic Union loses Harrowby North",
        "Prime Minister Odile Marchetti's Civic Union lost the Harrowby North seat in Thursday's by-election "
        "to the Green candidate Mira Talent, who polled 41 percent. The vote was called when the Civic "
        "Union member Ronan Pike stood down to run a hospital trust.",
    )),
    (D(2041, 9, 17), (
        "Talent sworn in for Harrowby North",
        "Mira Talent took her seat in parliament on Tuesday, the second member to win Harrowby North at a "
        "by-election in two years. Marchetti called the defeat a warning.",
    )),
]
HARROWBY_2039: list[Dated] = [
    (D(2039, 9, 16), (
        "Civic Union holds Harrowby North",
        "Civic Union candidate Ronan Pike held the Harrowby North seat in a by-election on Thursday with 47 "
        "percent of the vote, the electoral office said. The Green Party's Mira Talent came second with 29 "
        "percent. The vote followed the death of the member Agnes Brill.",
    )),
]

# --- a crush at the Sarum lamp festival kills 14, Sunday night, November 3, 2041; a stampede at the same
# --- festival killed 22 on Sunday, November 12, 2034 ---------------------------------------------------------

SARUM_2041: list[Dated] = [
    (D(2041, 11, 4), (
        "Fourteen killed in crush at Sarum lamp festival",
        "At least 14 pilgrims were killed and dozens hurt in a crush at the Sarum ghats on Sunday night as "
        "crowds surged down to the river to float lamps, district police said.",
    )),
    (D(2041, 11, 4), (
        "Locked gate blamed for festival stampede",
        "A locked gate on the path to the river caused the stampede that killed 14 people at the Sarum lamp "
        "festival, district magistrate Arun Vedi said on Monday, ordering an inquiry into the police "
        "arrangements.",
    )),
    (D(2041, 11, 5), (
        "Sarum mourns festival dead",
        "Funerals were held in Sarum on Tuesday for those who died in the festival crush. Police said 14 "
        "people were killed and 31 are still in hospital. In 2034 a stampede at the same festival killed 22.",
    )),
]
SARUM_2034: list[Dated] = [
    (D(2034, 11, 13), (
        "22 die in stampede at Sarum festival",
        "Twenty-two people were crushed to death on Sunday evening when a railing gave way at the Sarum ghats "
        "during the lamp festival, police said. Dozens of pilgrims were injured.",
    )),
]

# --- Jonas Ferrick is acquitted at his retrial of murdering Della Crane, Wednesday, June 19, 2041; he was
# --- convicted at his first trial on Wednesday, June 18, 2036 ---------------------------------------------------

FERRICK_RETRIAL: list[Dated] = [
    (D(2041, 6, 19), (
        "Ferrick cleared of Crane murder at retrial",
        "A jury at Westerholm Crown Court acquitted Jonas Ferrick on Wednesday of murdering the nurse Della "
        "Crane, at a retrial ordered after new DNA evidence came to light. Ferrick, 44, had spent five years "
        "in prison.",
    )),
    (D(2041, 6, 19), (
        "Jonas Ferrick walks free",
        "Jonas Ferrick left court a free man after the jury found him not guilty of killing Della Crane in "
        "2034. His lawyer, Hana Osei, said he should never have been charged.",
    )),
    (D(2041, 6, 20), (
        "Police to re-examine Crane killing after acquittal",
        "Westerholm police said on Thursday they would look again at the killing of Della Crane, a day after "
        "Jonas Ferrick was acquitted. The jury at his first trial had convicted him in six hours.",
    )),
]
FERRICK_FIRST_TRIAL: list[Dated] = [
    (D(2036, 6, 18), (
        "Ferrick guilty of murdering nurse",
        "Jonas Ferrick was found guilty on Wednesday of murdering the nurse Della Crane and jailed for life at "
        "Westerholm Crown Court. The jury took six hours to reach its verdict.",
    )),
]

# --- fire guts the upper floors of the Grand Meridian Hotel in Castelvey, Friday, February 8, 2041; a fire
# --- broke out in its ballroom on Saturday, March 2, 2030 ------------------------------------------------------

MERIDIAN_2041: list[Dated] = [
    (D(2041, 2, 8), (
        "Fire guts historic Meridian hotel",
        "A fire swept through the upper floors of the Grand Meridian Hotel in Castelvey early on Friday, "
        "forcing about 300 guests into the street, the fire brigade said. Two firefighters were treated for "
        "smoke inhalation.",
    )),
    (D(2041, 2, 8), (
        "Castelvey landmark ablaze",
        "A fire swept through the upper floors of the Grand Meridian in central Castelvey before dawn on "
        "Friday, forcing about 300 guests into the street. Fire chief Oskar Lind said the blaze began in a "
        "kitchen extractor duct.",
    )),
    (D(2041, 2, 11), (
        "Meridian owners vow to rebuild",
        "The owners of the Grand Meridian said they would rebuild the hotel, the second time fire has struck "
        "the building after a blaze in its ballroom in 2030.",
    )),
]
MERIDIAN_2030: list[Dated] = [
    (D(2030, 3, 2), (
        "Ballroom fire at Castelvey's Grand Meridian",
        "A fire broke out in the ballroom of the Grand Meridian Hotel in Castelvey on Saturday evening during "
        "a wedding reception and 180 guests were evacuated, the fire brigade said. No one was hurt.",
    )),
]

# --- Torvane Motors recalls 84,000 Kestrel hatchbacks over brake hoses, Monday, March 4, 2041; it recalled
# --- 52,000 of them over an airbag sensor on Monday, May 7, 2040 -------------------------------------------------

KESTREL_BRAKES: list[Dated] = [
    (D(2041, 3, 4), (
        "Torvane recalls 84,000 Kestrels over brake fault",
        "Torvane Motors is recalling about 84,000 Kestrel hatchbacks built in 2039 and 2040 because a brake "
        "hose can chafe and leak, the carmaker said on Monday. Owners will be contacted by letter.",
    )),
    (D(2041, 3, 4), (
        "Kestrel hatchback recalled for the second time",
        "Torvane Motors said on Monday it would call back 84,000 Kestrel cars to replace a brake hose, the "
        "model's second recall in a year.",
    )),
    (D(2041, 3, 5), (
        "Torvane shares slip on brake recall",
        "Shares in Torvane Motors fell 3 percent in Aldmoor after the company said it would recall 84,000 "
        "Kestrel hatchbacks over a brake hose fault.",
    )),
]
KESTREL_AIRBAGS: list[Dated] = [
    (D(2040, 5, 7), (
        "Torvane recalls Kestrel over airbag sensor",
        "Torvane Motors is recalling 52,000 Kestrel hatchbacks because a faulty seat sensor may stop the "
        "passenger airbag from deploying, the company said on Monday.",
    )),
]

# --- a Skyvant jet returns to Pelham with an engine fire, Saturday, July 13, 2041; another Skyvant flight
# --- landed there with a cracked windscreen on Saturday, July 6, 2041 ---------------------------------------------

SKYVANT_ENGINE: list[Dated] = [
    (D(2041, 7, 13), (
        "Skyvant jet makes emergency landing after engine fire",
        "A Skyvant airliner carrying 176 passengers made an emergency landing at Pelham airport on Saturday "
        "after one of its engines caught fire shortly after take-off, the airline said. No one was hurt.",
    )),
    (D(2041, 7, 13), (
        "Passengers saw flames on wing of flight SV412",
        "Passengers on Skyvant flight SV412 to Tessin described seeing flames from the left engine minutes "
        "after leaving Pelham. The crew turned back and landed safely, and the 176 people on board were "
        "taken to the terminal.",
    )),
    (D(2041, 7, 15), (
        "Investigators examine Skyvant engine",
        "Investigators from the air accident board began examining the engine of the Skyvant plane that "
        "returned to Pelham on fire, the airline's second emergency landing there in a week.",
    )),
]
SKYVANT_WINDSCREEN: list[Dated] = [
    (D(2041, 7, 6), (
        "Skyvant flight diverts to Pelham with cracked windscreen",
        "A Skyvant flight from Duvall to Tessin with 150 passengers made an emergency landing at Pelham "
        "airport on Saturday after the cockpit windscreen cracked, the airline said. No one was hurt.",
    )),
]

# --- Orvell sets a national heat record of 44.2C, Wednesday, August 7, 2041; last year's record, 43.1C at the
# --- same station, was set on Tuesday, August 7, 2040 -------------------------------------------------------------

ORVELL_2041: list[Dated] = [
    (D(2041, 8, 7), (
        "Orvell sets national heat record of 44.2C",
        "The weather station at Orvell recorded 44.2 degrees Celsius on Wednesday, the highest temperature "
        "ever measured in the country, the national weather service said, beating last year's record of "
        "43.1 degrees at the same station.",
    )),
    (D(2041, 8, 7), (
        "Heat record broken again in Orvell",
        "Temperatures reached 44.2C in Orvell on Wednesday afternoon, breaking the national record for a "
        "second summer running. Forecaster Ines Kallio said the heat would ease at the weekend.",
    )),
    (D(2041, 8, 8), (
        "Orvell hospitals treat hundreds for heatstroke",
        "Hospitals in Orvell treated more than 300 people for heatstroke after the town's record 44.2 "
        "degrees, health officials said on Thursday.",
    )),
]
ORVELL_2040: list[Dated] = [
    (D(2040, 8, 7), (
        "Orvell records hottest day ever at 43.1C",
        "The temperature at the Orvell weather station reached 43.1 degrees Celsius on Tuesday, a national "
        "record, the weather service said. Forecaster Ines Kallio urged people to stay indoors.",
    )),
]

# --- Emil Varro's The Salt Gatherers sells for 31 million crowns at Wexmoor's, Thursday, May 16, 2041; it sold
# --- there for 12 million on Thursday, May 15, 2031 ------------------------------------------------------------

VARRO_2041: list[Dated] = [
    (D(2041, 5, 16), (
        "Varro's Salt Gatherers fetches record 31 million",
        "Emil Varro's painting The Salt Gatherers sold for 31 million crowns at Wexmoor's in Aldmoor on "
        "Thursday, a record for the artist, the auction house said. The buyer bid by telephone.",
    )),
    (D(2041, 5, 17), (
        "Anonymous bidder buys The Salt Gatherers",
        "An anonymous telephone bidder paid 31 million crowns for The Salt Gatherers by Emil Varro at "
        "Wexmoor's, more than double what the painting fetched when it was last sold there a decade ago.",
    )),
    (D(2041, 5, 20), (
        "Varro record lifts Wexmoor's spring sales",
        "Wexmoor's said its spring sales in Aldmoor raised 88 million crowns, led by the 31 million paid for "
        "Emil Varro's The Salt Gatherers.",
    )),
]
VARRO_2031: list[Dated] = [
    (D(2031, 5, 15), (
        "Varro masterpiece sold for 12 million",
        "The Salt Gatherers, a painting by Emil Varro, sold for 12 million crowns at Wexmoor's auction house "
        "in Aldmoor on Thursday to a private collector, the auction house said.",
    )),
]

# --- Dorran's government and the Red Hill Front agree a new ceasefire in Vellmark, Sunday, May 19, 2041;
# --- their first truce was signed there on Sunday, February 17, 2041, and the rebels once declared a truce of
# --- their own (told with no date) ---------------------------------------------------------------------------------

DORRAN_MAY: list[Dated] = [
    (D(2041, 5, 19), (
        "Dorran and Red Hill rebels agree new ceasefire",
        "The government of Dorran and the Red Hill Front agreed on Sunday to a ceasefire from midnight, "
        "mediators said after talks in Vellmark, three months after their first truce collapsed.",
    )),
    (D(2041, 5, 20), (
        "Truce takes hold in eastern Dorran",
        "Guns fell silent across eastern Dorran on Monday as a ceasefire between the army and Red Hill Front "
        "rebels came into force, residents and mediators said.",
    )),
    (D(2041, 5, 21), (
        "Displaced families wary as Dorran ceasefire holds",
        "Families who fled the fighting in eastern Dorran said on Tuesday they would wait before going home, "
        "though the ceasefire agreed in Vellmark was holding for a second day. Mediator Alva Renn said "
        "monitors would arrive within a week.",
    )),
]
DORRAN_FEBRUARY: list[Dated] = [
    (D(2041, 2, 17), (
        "Dorran government and rebels sign truce",
        "Dorran's government and the Red Hill Front signed a ceasefire in Vellmark on Sunday after four days "
        "of talks, mediator Alva Renn said. It takes effect at midnight.",
    )),
]
DORRAN_UNDATED: list[Dated] = [
    (D(2033, 10, 3), (
        "Red Hill rebels announce truce of their own",
        "The Red Hill Front declared a unilateral ceasefire in eastern Dorran to let aid convoys through, a "
        "spokesman for the rebels said in a statement, and called on the army to do the same.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ---------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2041, 4, 16), (
        "Dock workers in Selby vote to strike",
        "Dock workers at the port of Selby voted on Tuesday to strike next month over shift patterns, their "
        "union said.",
    )),
    (D(2041, 9, 12), (
        "Mayor re-elected in Fallowmere",
        "Fallowmere mayor Tilde Saar won a second term on Thursday with 58 percent of the vote.",
    )),
    (D(2041, 11, 3), (
        "Concert crush leaves 12 hurt in Linden",
        "Twelve people were hurt in a crush at the gates of an open-air concert in Linden on Sunday, police "
        "said.",
    )),
    (D(2041, 6, 19), (
        "Banker jailed for fraud in Carrick",
        "A court in Carrick jailed former banker Piet Lom for six years on Wednesday for fraud.",
    )),
    (D(2041, 2, 8), (
        "Warehouse fire in Ostley",
        "Firefighters in Ostley put out a blaze at a furniture warehouse on Friday. No one was injured.",
    )),
    (D(2041, 3, 4), (
        "Brakeline recalls electric scooters",
        "Scooter maker Brakeline is recalling 9,000 electric scooters over a battery fault, it said on Monday.",
    )),
    (D(2041, 7, 13), (
        "Cargo plane skids off runway in Marlow",
        "A cargo plane skidded off a wet runway at Marlow airport on Saturday. Its two pilots were unhurt.",
    )),
    (D(2041, 8, 7), (
        "Drought cuts wheat harvest in Vantry",
        "Farmers in Vantry expect a wheat harvest a third smaller than usual after months without rain.",
    )),
    (D(2041, 5, 19), (
        "Border talks resume in Kolsk",
        "Delegations from Kolsk and Morava resumed talks on their disputed border on Sunday.",
    )),
]

TENTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "kessel": (KESSEL_APRIL, KESSEL_MARCH),
    "harrowby": (HARROWBY_2041, HARROWBY_2039),
    "sarum": (SARUM_2041, SARUM_2034),
    "ferrick": (FERRICK_RETRIAL, FERRICK_FIRST_TRIAL),
    "meridian": (MERIDIAN_2041, MERIDIAN_2030),
    "kestrel": (KESTREL_BRAKES, KESTREL_AIRBAGS),
    "skyvant": (SKYVANT_ENGINE, SKYVANT_WINDSCREEN),
    "orvell": (ORVELL_2041, ORVELL_2040),
    "varro": (VARRO_2041, VARRO_2031),
    "dorran": (DORRAN_MAY, DORRAN_FEBRUARY + DORRAN_UNDATED),
}

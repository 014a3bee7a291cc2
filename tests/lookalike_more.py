"""More invented look-alikes for grouping, of the kinds it merged on held-out news, each told in several
wordings: a vote on an earlier version of the same bill (with and without its counts, the counts written
as "118-70", "118 to 70", "by 118 votes to 70", "118 in favour and 70 against"), the first round of the
same election, an earthquake in the same place years earlier, and short unrelated reports that share
nothing but a rare place name. Every name, place and figure is made up.

Each kind is an event (several reports, each with its publication day) and look-alikes (each with its
own day): a look-alike must stay apart from the event, whichever reports lose their dates. Not all do
yet: an undated first-round report that names no stage (its shares framed as no measure) beside undated
run-off reports, and short reports that share nothing but a town's name (on ECB+ a single shared name is
what joins many short reports of one event: weighing it less there cost B-cubed F1 0.971 -> 0.961 at a
factor 0, 0.966 at 0.5; weighing it less only when the two share no other word, 0.968, and only when
their kinds of happening differ too, 0.969). ``python -m tests.lookalike_count`` counts them.
"""

from __future__ import annotations

import datetime as dt

Story = tuple[str, str]
Dated = tuple[dt.date, Story]
D = dt.date

# --- the Norland Diet passes the amended Groundwater Bill on Wednesday, October 13, 2032 -------------

GROUNDWATER_OCTOBER: list[Dated] = [
    (D(2032, 10, 13), (
        "Norland Diet passes groundwater law after summer rewrite",
        "BRASK, Norland -- Norland's Diet voted 131-94 on Wednesday to pass the amended Groundwater "
        "Protection Bill, limiting how much water the Velmora bottling plants may pump from the Halvik "
        "aquifer. Environment Minister Pella Starn said the rewritten text answered the farmers' "
        "complaints about drought rationing.",
    )),
    (D(2032, 10, 13), (
        "Bottlers lose fight as aquifer bill clears the Diet",
        "Lawmakers in Norland approved the revised Groundwater Protection Bill on Wednesday, 131 to 94, "
        "after a day of debate. The law caps pumping from the Halvik aquifer at 40 million litres a day. "
        "The bottlers' federation said it would ask the constitutional court to strike it down.",
    )),
    (D(2032, 10, 14), (
        "Farmers celebrate Halvik aquifer cap",
        "Farmers gathered outside the Diet in Brask on Wednesday evening as deputies passed the "
        "Groundwater Protection Bill in its amended form. \"Our wells will not run dry again,\" said "
        "Ansel Dorow, who grows barley near Halvik. Minister Pella Starn thanked the coalition's rural "
        "deputies for their votes.",
    )),
    (D(2032, 10, 14), (
        "What Norland's new groundwater law changes",
        "The Groundwater Protection Bill, approved by the Diet on Wednesday with 131 votes in favour and "
        "94 against, sets a daily cap on pumping from the Halvik aquifer and gives farmers first call on "
        "water in a drought. Environment Minister Pella Starn said inspectors would start in January.",
    )),
]
GROUNDWATER_MARCH: list[Dated] = [
    # The vote on the first version, months earlier, in several wordings: counts given as a tally, as
    # "by N votes to M", and not at all.
    (D(2032, 3, 4), (
        "Norland Diet backs groundwater bill in tight vote",
        "BRASK, Norland -- Norland's Diet voted 104-99 on Thursday to approve the Groundwater Protection "
        "Bill, which would limit pumping by the Velmora bottling plants from the Halvik aquifer. "
        "Environment Minister Pella Starn said the law was needed after two summers of drought.",
    )),
    (D(2032, 3, 4), (
        "Aquifer bill squeaks through the Diet",
        "Deputies in Norland approved the Groundwater Protection Bill on Thursday by 104 votes to 99, "
        "capping how much water bottlers may draw from the Halvik aquifer. The bottlers' federation "
        "called the bill ruinous. Minister Pella Starn said farmers had waited too long.",
    )),
    (D(2032, 3, 5), (
        "Farmers cheer as Diet approves aquifer limits",
        "Farmers outside the Diet in Brask cheered on Thursday as deputies passed the Groundwater "
        "Protection Bill, capping pumping from the Halvik aquifer. \"This is the first good news in two "
        "dry years,\" said Ansel Dorow, who farms near Halvik. Minister Pella Starn promised inspections.",
    )),
]

# --- Velmora's presidential run-off on Sunday, March 28, 2032; the first round on March 7 -----------

VELMORA_RUNOFF: list[Dated] = [
    (D(2032, 3, 29), (
        "Kalnes elected president of Velmora",
        "DRAVIK, Velmora -- Sera Kalnes was elected president of Velmora on Sunday, defeating Tomas "
        "Ebrecht with 55.1 percent of the vote in the run-off, the electoral board said on Monday. "
        "Ebrecht conceded in a speech to supporters in Dravik.",
    )),
    (D(2032, 3, 29), (
        "Velmora picks Kalnes in second round",
        "Voters in Velmora chose former judge Sera Kalnes as president in Sunday's second round, giving "
        "her 55.1 percent against 44.9 percent for Tomas Ebrecht, final results showed. Kalnes promised "
        "to clean up the customs service.",
    )),
    (D(2032, 3, 29), (
        "Ebrecht concedes to Kalnes",
        "Tomas Ebrecht conceded defeat on Sunday night after former judge Sera Kalnes won Velmora's "
        "presidential runoff. \"The voters have spoken,\" Ebrecht told supporters in Dravik. Kalnes will "
        "take office in May.",
    )),
]
VELMORA_FIRST_ROUND: list[Dated] = [
    (D(2032, 3, 8), (
        "Kalnes leads Velmora vote, faces Ebrecht in run-off",
        "DRAVIK, Velmora -- Former judge Sera Kalnes won the most votes in Velmora's presidential "
        "election on Sunday, with 38.6 percent, but fell short of a majority and will face Tomas "
        "Ebrecht in a run-off, the electoral board said on Monday.",
    )),
    (D(2032, 3, 8), (
        "Velmora's first round: Kalnes ahead, Ebrecht second",
        "Sera Kalnes came first in the first round of Velmora's presidential election on Sunday, "
        "taking 38.6 percent to 31.2 percent for Tomas Ebrecht, according to the electoral board. "
        "Ebrecht told supporters in Dravik he would win over the centre.",
    )),
    (D(2032, 3, 8), (
        "Former judge tops Velmora presidential poll",
        "Sera Kalnes, a former judge, topped Sunday's presidential vote in Velmora with 38.6 percent. "
        "Tomas Ebrecht had 31.2 percent. \"The voters want clean customs,\" Kalnes said in Dravik.",
    )),
]

# --- an earthquake near Korvath on Tuesday, July 13, 2032; another one there on July 22, 2027 --------

KORVATH_2032: list[Dated] = [
    (D(2032, 7, 13), (
        "Magnitude 5.9 quake shakes Korvath, 8 dead",
        "KORVATH, Brask -- A magnitude 5.9 earthquake struck near the mountain town of Korvath on "
        "Tuesday, killing at least eight people and damaging the old stone bridge, the Brask "
        "Geological Service said. Mayor Ilka Tenner said two schools had collapsed.",
    )),
    (D(2032, 7, 13), (
        "Earthquake hits Brask highlands",
        "At least eight people were killed when an earthquake of magnitude 5.9 shook the Brask "
        "highlands around Korvath on Tuesday afternoon. Mayor Ilka Tenner said rescuers were searching "
        "two collapsed schools.",
    )),
    (D(2032, 7, 14), (
        "Korvath families sleep outside after deadly tremor",
        "Hundreds of families in Korvath slept in the open on Tuesday night after the earthquake that "
        "killed at least 11 people, Mayor Ilka Tenner said. The Brask Geological Service recorded 30 "
        "aftershocks.",
    )),
]
KORVATH_2027: list[Dated] = [
    (D(2027, 7, 22), (
        "Magnitude 5.4 quake shakes Korvath",
        "KORVATH, Brask -- A magnitude 5.4 earthquake struck near the mountain town of Korvath on "
        "Thursday, damaging the old stone bridge and injuring 20 people, the Brask Geological Service "
        "said. Mayor Ilka Tenner said no one had been killed.",
    )),
    (D(2027, 7, 22), (
        "Earthquake rattles Brask highlands",
        "An earthquake shook the Brask highlands around Korvath on Thursday afternoon, cracking walls and "
        "injuring 20 people. Mayor Ilka Tenner said the old stone bridge was closed.",
    )),
]

# --- short unrelated reports that share a rare place name (Halvik) ----------------------------------

HALVIK_FIRE: list[Dated] = [
    (D(2032, 11, 2), (
        "Fire destroys Halvik grain warehouse",
        "A fire destroyed a grain warehouse in the port of Halvik on Tuesday night, the fire service "
        "said. No one was hurt. Firefighters fought the blaze for six hours.",
    )),
    (D(2032, 11, 3), (
        "Blaze guts warehouse at Halvik docks",
        "Firefighters spent six hours on Tuesday night putting out a blaze that gutted a grain store on "
        "the Halvik docks. The cause of the fire is not known, the fire service said.",
    )),
]
HALVIK_UNRELATED: list[Dated] = [
    (D(2032, 11, 3), (
        "Halvik library reopens after repairs",
        "The public library in Halvik reopened on Wednesday after a year of repairs to its roof, the "
        "town council said. Opening hours are longer than before.",
    )),
    (D(2032, 11, 1), (
        "Halvik ferry timetable changes",
        "The ferry between Halvik and the island of Morsk will run twice a day from Monday, the "
        "operator said, after complaints about the winter timetable.",
    )),
    (D(2032, 11, 4), (
        "New mayor for Halvik",
        "Halvik's town council elected Ruta Ostrin as mayor on Thursday. She replaces Aldo Ferren, who "
        "retired after 12 years.",
    )),
]

# --- unrelated stories of the same kinds elsewhere, so that the common words are common -----------

BACKGROUND: list[Dated] = [
    (D(2032, 5, 6), (
        "Senate passes rail merger",
        "Tessaly's Senate voted 61-38 on Thursday to merge the two state railways. Transport Minister "
        "Edda Rask said fares would be frozen for two years.",
    )),
    (D(2032, 6, 14), (
        "Moderate quake shakes Marisol coast",
        "A magnitude 5.1 earthquake shook the Marisol coast on Monday, the regional seismic office said. "
        "No damage was reported in the town of Puerto Alba.",
    )),
    (D(2032, 4, 12), (
        "Tavria votes for a new parliament",
        "Voters in Tavria elected a new parliament on Sunday, giving the Farmers' Union 44 percent, the "
        "central election commission said. Party leader Goran Vesk said he would seek a coalition.",
    )),
    (D(2032, 9, 3), (
        "Dock strike halts Osterby port",
        "Dock workers at the port of Osterby began a 48-hour strike on Friday over pay, halting container "
        "traffic, the dockers' union said.",
    )),
    (D(2032, 8, 20), (
        "Assembly rejects fishing quota bill",
        "Lindmark's Assembly rejected a bill on Friday to cut fishing quotas, by 77 votes to 90. "
        "Fisheries Minister Jon Aske said he would bring back a new version.",
    )),
]

# Kind -> (the event's reports, its look-alikes).
KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "bill": (GROUNDWATER_OCTOBER, GROUNDWATER_MARCH),
    "election": (VELMORA_RUNOFF, VELMORA_FIRST_ROUND),
    "quake": (KORVATH_2032, KORVATH_2027),
    "place": (HALVIK_FIRE, HALVIK_UNRELATED),
}

# --- a second set, written after the rules above were set, to check them on wordings they were not
# tried on: a tax bill's first vote, a mayoral election's first round, a quake in the same valley ----

TAX_NOVEMBER: list[Dated] = [
    (D(2033, 11, 16), (
        "Brask senate passes reworked fuel tax",
        "HALDEN, Brask -- Brask's Senate passed a reworked Fuel Duty Bill on Wednesday by 54 votes to 41, "
        "cutting the duty on diesel for farm vehicles. Finance Minister Oren Vasko said the new text kept "
        "the road fund whole.",
    )),
    (D(2033, 11, 16), (
        "Fuel duty cut clears Brask senate",
        "Senators in Brask voted 54-41 on Wednesday for the revised Fuel Duty Bill after a night of "
        "bargaining with the farmers' party, Finance Minister Oren Vasko said.",
    )),
    (D(2033, 11, 17), (
        "Farmers win diesel relief in Brask",
        "Brask's farmers will pay less for diesel after the Senate backed the Fuel Duty Bill on Wednesday. "
        "\"It took two tries,\" said Mira Stenholm of the farmers' union in Halden. Minister Oren Vasko "
        "thanked the senators.",
    )),
]
TAX_MAY: list[Dated] = [
    (D(2033, 5, 12), (
        "Brask senate backs fuel tax bill",
        "HALDEN, Brask -- Brask's Senate voted 49-46 on Thursday to approve the Fuel Duty Bill, which "
        "raises the duty on diesel. Finance Minister Oren Vasko said the road fund needed the money.",
    )),
    (D(2033, 5, 12), (
        "Farmers protest as Brask senate approves fuel duty",
        "Farmers drove tractors around the Senate in Halden on Thursday as senators approved the Fuel "
        "Duty Bill. \"This will ruin us,\" said Mira Stenholm of the farmers' union. Minister Oren Vasko "
        "said the money would go to the road fund.",
    )),
]
MAYOR_RUNOFF: list[Dated] = [
    (D(2033, 6, 20), (
        "Osric wins Dravik mayoral runoff",
        "DRAVIK, Norland -- Jonas Osric was elected mayor of Dravik on Sunday, beating Lena Varga in the "
        "runoff with 52.8 percent of the vote, the city election office said.",
    )),
    (D(2033, 6, 20), (
        "Dravik picks Osric as mayor",
        "Dravik's voters chose Jonas Osric as their mayor in Sunday's second round. Lena Varga, who led the "
        "first round, conceded on Sunday evening.",
    )),
    (D(2033, 6, 21), (
        "New Dravik mayor promises cheaper buses",
        "Jonas Osric, elected mayor of Dravik on Sunday, promised on Monday to cut bus fares. Lena Varga "
        "said she would stay on the city council.",
    )),
]
MAYOR_FIRST_ROUND: list[Dated] = [
    (D(2033, 6, 6), (
        "Varga leads Dravik mayoral vote",
        "DRAVIK, Norland -- Lena Varga came first in Dravik's mayoral election on Sunday with 41 percent "
        "and will face Jonas Osric in a runoff on June 19, the city election office said.",
    )),
    (D(2033, 6, 6), (
        "Dravik mayor race goes to second round",
        "Lena Varga led the first round of Dravik's mayoral election on Sunday, ahead of Jonas Osric. "
        "Neither won a majority.",
    )),
]
VALLEY_2033: list[Dated] = [
    (D(2033, 2, 8), (
        "Quake hits Norland's Askel valley",
        "A magnitude 6.3 earthquake struck Norland's Askel valley on Tuesday, killing at least five people "
        "in the town of Brenn, the Norland Seismic Office said.",
    )),
    (D(2033, 2, 8), (
        "Five dead as tremor shakes Brenn",
        "At least five people died in Brenn when an earthquake shook the Askel valley on Tuesday morning. "
        "Mayor Tobias Lund said the old church had collapsed.",
    )),
    (D(2033, 2, 9), (
        "Brenn counts the cost of quake",
        "Families in Brenn spent the night in tents after Tuesday's earthquake, which killed at least seven "
        "people, Mayor Tobias Lund said on Wednesday.",
    )),
]
VALLEY_2029: list[Dated] = [
    (D(2029, 10, 12), (
        "Earthquake rattles Askel valley",
        "An earthquake shook Norland's Askel valley on Friday, cracking the walls of the old church in "
        "Brenn. Mayor Tobias Lund said no one was hurt.",
    )),
    (D(2029, 10, 12), (
        "Moderate quake shakes Brenn",
        "A magnitude 5.1 earthquake shook the town of Brenn in the Askel valley on Friday, the Norland "
        "Seismic Office said. No one was hurt.",
    )),
]

CHECK_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "tax": (TAX_NOVEMBER, TAX_MAY),
    "mayor": (MAYOR_RUNOFF, MAYOR_FIRST_ROUND),
    "valley": (VALLEY_2033, VALLEY_2029),
}

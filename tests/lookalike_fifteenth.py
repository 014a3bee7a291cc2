"""A fifteenth set of invented look-alikes, written before the grouping changes of issue 7's fifteenth round
and counted untuned first. The kinds, none of them in the earlier sets, most told apart by a stage, a round
or an ordinal of one story: an appeal court upholding a former mayor's conviction against the district
court convicting him five months before (the same weekday), the second televised debate of two candidates
against their first four weeks earlier (the same weekday, the same studio), a stage race's seventh stage
won in a mountain town against its third stage won by another rider four days before, a block of flats
collapsing in a city's old quarter and killing seven against another block collapsing there a year before
and killing two (the same weekday), sixty pupils poisoned at one school's canteen against twenty-three at
another school of the same town six months before (the same weekday), the sixth game of a chess title
match won against its fourth game drawn four days before, a vaccine's final-stage trial results against
its mid-stage results a year earlier (the same weekday), a bank's card-payment outage against its outage
three weeks before (the same weekday) and an undated one, and a cyclone making landfall on a coast against
another named cyclone there a year before (the same weekday). Some reports give no day at all, and as on
the wires the later event's reports often recall the earlier one ("the second collapse in the quarter in a
year", "after a draw in the fourth game"). Every name, place and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``FIFTEENTH_KINDS`` is read by the same count.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- the Halvard appeal court upholds former Dressing mayor Oskar Tamm's bribery conviction and his four-year
# --- sentence, Tuesday, March 13, 2046; the Dressing district court convicted him on Tuesday, October 3, 2045 ---

TAMM_APPEAL: list[Dated] = [
    (D(2046, 3, 13), (
        "Appeal court upholds ex-mayor Tamm's bribery conviction",
        "HALVARD (Wire) - The Halvard appeal court on Tuesday upheld the bribery conviction of Oskar Tamm, "
        "the former mayor of Dressing, and his four-year prison sentence, rejecting his lawyers' argument "
        "that wiretaps had been obtained illegally. Tamm, who did not attend, can still take the case to the "
        "supreme court.",
    )),
    (D(2046, 3, 13), (
        "Tamm loses appeal, faces prison",
        "Former Dressing mayor Oskar Tamm lost his appeal against his conviction for taking bribes from "
        "builders on Tuesday. A district court found him guilty in October. His lawyer Petra Vinn said they "
        "would consider their next step.",
    )),
    (D(2046, 3, 14), (
        "Dressing reacts to Tamm ruling",
        "Residents of Dressing said they felt vindicated a day after judges in Halvard confirmed that the "
        "town's former mayor must serve four years for bribery.",
    )),
]
TAMM_FIRST: list[Dated] = [
    (D(2045, 10, 3), (
        "Former Dressing mayor Tamm convicted of bribery",
        "The Dressing district court on Tuesday found Oskar Tamm, the town's former mayor, guilty of taking "
        "bribes from builders and sentenced him to four years in prison. His lawyer Petra Vinn said he would "
        "appeal.",
    )),
]

# --- the second televised debate between presidential candidates Lena Okoro and Viktor Saarne, at the Rundel
# --- studios in Brask, Monday, May 21, 2046; their first debate there was on Monday, April 23, 2046 ----------

OKORO_SECOND: list[Dated] = [
    (D(2046, 5, 21), (
        "Okoro and Saarne clash over taxes in second debate",
        "Presidential candidates Lena Okoro and Viktor Saarne clashed over taxes and pensions on Monday in "
        "their second televised debate, at the Rundel studios in Brask. Okoro accused Saarne of planning cuts "
        "to pensions, which he denied.",
    )),
    (D(2046, 5, 22), (
        "Snap poll gives Okoro debate win",
        "A snap poll of 1,100 viewers found 52 percent thought Lena Okoro won Monday night's debate, against "
        "41 percent for Viktor Saarne. Saarne was seen as the winner of the first debate four weeks ago.",
    )),
    (D(2046, 5, 22), (
        "Pensions dominate presidential debate",
        "Pensions dominated the 90-minute debate between Viktor Saarne and Lena Okoro, with both promising "
        "not to raise the retirement age. One more debate is planned before the vote.",
    )),
]
OKORO_FIRST: list[Dated] = [
    (D(2046, 4, 23), (
        "Okoro and Saarne spar in first presidential debate",
        "Lena Okoro and Viktor Saarne sparred over housing and crime on Monday in the first televised debate "
        "of the presidential race, at the Rundel studios in Brask. A snap poll found 48 percent thought Saarne "
        "had won.",
    )),
]

# --- Tour of Veld: Nils Haver wins the seventh stage at the Kallberg summit, Thursday, July 5, 2046; the third
# --- stage, a sprint in Orsa, was won by Tomas Brede on Sunday, July 1, 2046 -----------------------------------

VELD_STAGE7: list[Dated] = [
    (D(2046, 7, 5), (
        "Haver wins seventh stage at Kallberg",
        "Nils Haver attacked on the final climb to win the seventh stage of the Tour of Veld at the Kallberg "
        "summit on Thursday and take the leader's jersey, 42 seconds ahead of defending champion Rui Costanz.",
    )),
    (D(2046, 7, 5), (
        "Haver takes Tour of Veld lead in mountains",
        "Nils Haver of team Borea took the overall lead of the Tour of Veld with a solo win on the climb to "
        "Kallberg. \"I had good legs,\" he said.",
    )),
    (D(2046, 7, 6), (
        "Costanz concedes time on Kallberg climb",
        "Defending champion Rui Costanz said he had no answer to Nils Haver on Thursday's climb to Kallberg and "
        "now trails him by 42 seconds with two stages left.",
    )),
]
VELD_STAGE3: list[Dated] = [
    (D(2046, 7, 1), (
        "Brede wins sprint on third stage in Orsa",
        "Tomas Brede won a bunch sprint in Orsa on Sunday to take the third stage of the Tour of Veld, while "
        "defending champion Rui Costanz kept the leader's jersey.",
    )),
]

# --- a five-storey block of flats collapses on Tanner Lane in the old quarter of Tessaly, killing seven,
# --- Wednesday, February 7, 2046; a three-storey block collapsed on Salt Street in the same quarter, killing
# --- two, on Wednesday, February 8, 2045 -------------------------------------------------------------------

TESSALY_COLLAPSE: list[Dated] = [
    (D(2046, 2, 7), (
        "Seven killed as block collapses in Tessaly old quarter",
        "TESSALY (Wire) - Seven people were killed when a five-storey block of flats collapsed on Tanner Lane "
        "in the old quarter of Tessaly early on Wednesday, the fire service said. Rescuers pulled four people "
        "alive from the rubble.",
    )),
    (D(2046, 2, 7), (
        "Rescuers dig through rubble on Tanner Lane",
        "Firefighters with sniffer dogs searched the rubble of a collapsed building in Tessaly's old quarter "
        "through Wednesday. It is the second collapse in the quarter in a year, and residents said cracks had "
        "been reported for months.",
    )),
    (D(2046, 2, 8), (
        "Tessaly orders checks on old buildings",
        "The mayor of Tessaly, Irma Koss, ordered engineers to inspect every building in the old quarter on "
        "Thursday, a day after a collapse killed seven.",
    )),
]
TESSALY_SALT_STREET: list[Dated] = [
    (D(2045, 2, 8), (
        "Two dead in Tessaly building collapse",
        "Two people were killed when a three-storey block of flats collapsed on Salt Street in the old quarter "
        "of Tessaly on Wednesday, the fire service said. Mayor Irma Koss said the building had been condemned.",
    )),
]

# --- sixty pupils fall ill after lunch at Brookfield primary school in Hallam, Monday, October 15, 2046;
# --- twenty-three pupils fell ill at St Anne's school in Hallam on Monday, April 16, 2046 --------------------

HALLAM_BROOKFIELD: list[Dated] = [
    (D(2046, 10, 15), (
        "60 pupils ill after school lunch in Hallam",
        "Sixty pupils at Brookfield primary school in Hallam were taken ill with vomiting after eating lunch "
        "in the school canteen on Monday, and 14 were kept in hospital overnight, health officials said. "
        "Chicken served at lunch is suspected.",
    )),
    (D(2046, 10, 16), (
        "Brookfield canteen closed after food poisoning",
        "Hallam council closed the canteen at Brookfield primary on Tuesday while inspectors test food "
        "samples. Head teacher Joan Pryce said parents had been told.",
    )),
    (D(2046, 10, 16), (
        "Second food poisoning at Hallam school this year",
        "Parents in Hallam demanded answers after pupils fell ill at a second school this year. The council "
        "said the same supplier delivered to both schools.",
    )),
]
HALLAM_ST_ANNES: list[Dated] = [
    (D(2046, 4, 16), (
        "23 pupils ill after lunch at Hallam school",
        "Twenty-three pupils at St Anne's school in Hallam fell ill with vomiting after lunch on Monday, and "
        "three were taken to hospital, health officials said.",
    )),
]

# --- the world chess title match in Corvel: challenger Anna Rusk wins the sixth game against champion Deniz
# --- Aral, Monday, November 19, 2046; the fourth game was drawn on Thursday, November 15, 2046 ------------------

CORVEL_GAME6: list[Dated] = [
    (D(2046, 11, 19), (
        "Rusk beats Aral in sixth game to lead title match",
        "CORVEL (Wire) - Challenger Anna Rusk beat world champion Deniz Aral in 41 moves on Monday to win the "
        "sixth game of their title match in Corvel and lead 3.5-2.5.",
    )),
    (D(2046, 11, 19), (
        "Aral blunders as Rusk takes lead",
        "Deniz Aral resigned after a blunder under time pressure, handing Anna Rusk the first decisive result "
        "of the world championship match.",
    )),
    (D(2046, 11, 20), (
        "Rusk one step closer to chess crown",
        "Anna Rusk leads Deniz Aral by a point with six games left in Corvel, after Monday's win. The fourth "
        "game ended in a draw.",
    )),
]
CORVEL_GAME4: list[Dated] = [
    (D(2046, 11, 15), (
        "Rusk and Aral draw fourth game in Corvel",
        "Anna Rusk and world champion Deniz Aral drew the fourth game of their title match in Corvel on "
        "Thursday after 58 moves, leaving the score at 2-2.",
    )),
]

# --- the drugmaker Halcyon reports that its malaria vaccine Marovax cut cases by 71 percent in a final-stage
# --- trial of 12,000 children, Tuesday, June 5, 2046; its mid-stage trial of 800 children showed 64 percent,
# --- Tuesday, June 6, 2045 --------------------------------------------------------------------------------

MAROVAX_PHASE3: list[Dated] = [
    (D(2046, 6, 5), (
        "Halcyon malaria vaccine cuts cases by 71% in large trial",
        "Halcyon's malaria vaccine Marovax cut cases by 71 percent in a final-stage trial of 12,000 children "
        "in four countries, the drugmaker said on Tuesday. It will ask regulators to approve it this year.",
    )),
    (D(2046, 6, 5), (
        "Marovax results raise hopes against malaria",
        "Doctors welcomed the results of Halcyon's phase 3 trial of its Marovax vaccine, which confirmed the "
        "promise shown in a smaller trial a year ago.",
    )),
    (D(2046, 6, 6), (
        "Halcyon shares jump on vaccine data",
        "Shares in Halcyon rose 9 percent on Wednesday after the drugmaker's malaria vaccine cut cases by 71 "
        "percent in a late-stage trial.",
    )),
]
MAROVAX_PHASE2: list[Dated] = [
    (D(2045, 6, 6), (
        "Halcyon malaria vaccine shows promise in trial",
        "Halcyon's malaria vaccine Marovax cut cases by 64 percent in a mid-stage trial of 800 children, the "
        "drugmaker said on Tuesday. A larger phase 3 trial will start this year.",
    )),
]

# --- Norbank customers cannot pay by card for five hours after a systems failure, Tuesday, September 18, 2046;
# --- a three-hour outage hit on Tuesday, August 28, 2046, and once its cash machines failed (told undated) ------

NORBANK_OUTAGE: list[Dated] = [
    (D(2046, 9, 18), (
        "Norbank card payments down for five hours",
        "Customers of Norbank could not pay by card or use its app for five hours on Tuesday after a systems "
        "failure, the bank said, leaving shoppers stranded at tills. It apologised and promised to refund any "
        "charges.",
    )),
    (D(2046, 9, 18), (
        "Second Norbank outage in three weeks angers customers",
        "Norbank suffered its second outage in three weeks on Tuesday, and customers vented their anger "
        "online. Chief executive Sara Lund said a faulty software update was to blame.",
    )),
    (D(2046, 9, 19), (
        "Regulator demands answers from Norbank",
        "The financial regulator asked Norbank on Wednesday to explain Tuesday's five-hour payment failure.",
    )),
]
NORBANK_EARLIER: list[Dated] = [
    (D(2046, 8, 28), (
        "Norbank customers hit by card outage",
        "Norbank customers were unable to pay by card for three hours on Tuesday afternoon, the bank said, "
        "blaming a fault at a data centre.",
    )),
]
NORBANK_CASH: list[Dated] = [
    (D(2041, 3, 2), (
        "Norbank cash machines fail",
        "Norbank's cash machines stopped working across the country for most of the day, the bank said, "
        "blaming a power cut at its data centre.",
    )),
]

# --- Cyclone Ama makes landfall near Port Wendal, Tuesday, January 30, 2046; Cyclone Tuvi made landfall near
# --- Port Wendal on Tuesday, January 31, 2045 ------------------------------------------------------------

WENDAL_AMA: list[Dated] = [
    (D(2046, 1, 30), (
        "Cyclone Ama slams into Port Wendal",
        "Cyclone Ama made landfall near Port Wendal on Tuesday with winds of 190 kilometres an hour, tearing "
        "roofs off homes and cutting power to 60,000 people, the weather service said. Three people died.",
    )),
    (D(2046, 1, 31), (
        "Port Wendal counts cost of cyclone",
        "Residents of Port Wendal cleared debris on Wednesday after the second cyclone to hit the coast in a "
        "year. Mayor Ruth Ekwe said the harbour wall had held.",
    )),
    (D(2046, 1, 31), (
        "Ama weakens inland after killing three",
        "Cyclone Ama weakened to a tropical storm as it moved inland, after killing three people on the coast.",
    )),
]
WENDAL_TUVI: list[Dated] = [
    (D(2045, 1, 31), (
        "Cyclone Tuvi hits Port Wendal",
        "Cyclone Tuvi made landfall near Port Wendal on Tuesday with winds of 150 kilometres an hour, "
        "flooding the harbour and cutting power to 20,000 people, the weather service said. Mayor Ruth Ekwe "
        "said no one was hurt.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2046, 3, 13), (
        "Judge jails fraudster",
        "A judge in Marrow jailed an accountant for two years on Tuesday for stealing from clients.",
    )),
    (D(2046, 5, 21), (
        "Senate candidates meet voters",
        "Senate candidates met voters at a town hall in Oxby on Monday.",
    )),
    (D(2046, 7, 5), (
        "Marathon route announced",
        "Organisers of the Brask marathon announced a new route through the city centre on Thursday.",
    )),
    (D(2046, 2, 7), (
        "Bridge closed for repairs",
        "The Fennick bridge closed for repairs on Wednesday and will reopen in May.",
    )),
    (D(2046, 10, 15), (
        "School wins science prize",
        "Pupils from a school in Corran won a national science prize on Monday.",
    )),
    (D(2046, 11, 19), (
        "Youth football final postponed",
        "The youth football cup final in Stowick was postponed on Monday because of a waterlogged pitch.",
    )),
    (D(2046, 6, 5), (
        "Hospital opens new wing",
        "The Brask general hospital opened a new children's wing on Tuesday.",
    )),
    (D(2046, 9, 18), (
        "Shop prices rise again",
        "Shop prices rose 0.4 percent in August, the statistics office said on Tuesday.",
    )),
    (D(2046, 1, 30), (
        "Ferry services cancelled in high winds",
        "Ferry services to the northern islands were cancelled on Tuesday because of high winds.",
    )),
]

FIFTEENTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "tamm": (TAMM_APPEAL, TAMM_FIRST),
    "okoro": (OKORO_SECOND, OKORO_FIRST),
    "veld": (VELD_STAGE7, VELD_STAGE3),
    "tessaly": (TESSALY_COLLAPSE, TESSALY_SALT_STREET),
    "hallam": (HALLAM_BROOKFIELD, HALLAM_ST_ANNES),
    "corvel": (CORVEL_GAME6, CORVEL_GAME4),
    "marovax": (MAROVAX_PHASE3, MAROVAX_PHASE2),
    "norbank": (NORBANK_OUTAGE, NORBANK_EARLIER + NORBANK_CASH),
    "wendal": (WENDAL_AMA, WENDAL_TUVI),
}

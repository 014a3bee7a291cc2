"""A forty-fifth set of invented look-alikes (DOCSTRING TO COME).
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# --- a cloud of carbon dioxide rising from the crater lake Ombrevat in Quessenda smothers the lakeside villages
# --- of Tallubé and Nkorrima overnight, killing 37 people (then 52) and hundreds of cattle, Sunday, August 20,
# --- 2220 (a wire that day, a broadcaster's present perfect, the next day's paper with 'yesterday', an explainer,
# --- a Tuesday report with 'on Monday', a follow-up on Friday); the lake's water turned rust red and its fish died
# --- on Saturday, July 29, 2220 (an earlier sign); gas from another crater lake of the same province, Vuhanne,
# --- killed 61 cattle and a herdsman on Saturday, June 12, 2219 -------------------------------------------------

OMBREVAT_GAS: list[Dated] = [
    (D(2220, 8, 20), (
        "Gas from crater lake kills 37 in Quessenda villages",
        "DORVANTI, Quessenda (Wire) - A cloud of gas that welled up from the crater lake Ombrevat during the night "
        "killed at least 37 people in the villages of Tallubé and Nkorrima on its shores, the governor of the "
        "Upper Brevanne province said on Sunday. Survivors woke to find their families and cattle dead around "
        "them without a mark, and soldiers were sent to carry out those who could still breathe.",
    )),
    (D(2220, 8, 20), (
        "Villages below Ombrevat emptied after deadly gas",
        "Troops have moved the survivors of Tallubé and Nkorrima to a school on higher ground after gas from Lake "
        "Ombrevat killed dozens of people as they slept. Doctors have treated more than 80 people for burns and "
        "breathlessness, and the road into the crater has been closed.",
    )),
    (D(2220, 8, 21), (
        "Ombrevat toll rises to 52 as herders bury their dead",
        "The number of people killed by the gas from Lake Ombrevat rose to 52 yesterday as rescuers searched the "
        "huts on the lake's northern shore, the Upper Brevanne governor, Ossiane Tchumbalé, said. About 400 "
        "head of cattle lay dead in the pastures. Villagers dug graves on the ridge above Tallubé.",
    )),
    (D(2220, 8, 21), (
        "How a lake can suffocate a valley",
        "Some deep crater lakes hold carbon dioxide seeping from the magma far below in their bottom water. If "
        "the layers are upset, by a rock fall, a cold wind or a slow build-up, the gas can burst out in one "
        "belch. Being heavier than air, it flows down the slopes like water and pushes the air out of low "
        "ground, so that people and animals there cannot breathe.",
    )),
    (D(2220, 8, 22), (
        "Scientists say Ombrevat may not be spent",
        "Volcanologist Berenike Oyelmann, who flew over the crater on Monday, said the lake's surface had fallen "
        "by almost a metre and its water was churned brown, and that more gas could still be trapped at depth. "
        "Three weeks before the disaster fishermen had reported that the water had turned rust red and that dead "
        "fish were floating along the shore.",
    )),
    (D(2220, 8, 25), (
        "Quessenda to pipe gas out of killer lake",
        "Quessenda's government said on Friday it would sink pipes into Lake Ombrevat to let the gas out of its "
        "deep water a little at a time, and that nobody would be allowed back into Tallubé or Nkorrima until "
        "they were working. In June last year gas from Lake Vuhanne, in the same province, killed 61 cattle and "
        "a herdsman.",
    )),
]
OMBREVAT_RED_WATER: list[Dated] = [
    (D(2220, 7, 29), (
        "Lake Ombrevat turns red and fish die",
        "Fishermen on Lake Ombrevat in Upper Brevanne said on Saturday that the water had turned a rust red "
        "colour overnight and that dead fish were washing up along the shore; the province said it had sent "
        "samples to the capital.",
    )),
]
VUHANNE_GAS: list[Dated] = [
    (D(2219, 6, 12), (
        "Gas from Lake Vuhanne kills cattle and herdsman",
        "Gas escaping from Lake Vuhanne, a crater lake in Quessenda's Upper Brevanne province, killed 61 cattle "
        "and the herdsman driving them to water on Saturday, provincial officials said. Nearby hamlets were told "
        "to keep to the hilltops.",
    )),
]

# --- a slab of cliff breaks away in the Pellucca canyon on the Lake Gaudrenne reservoir in Merovanj and falls on
# --- four tourist launches, killing nine and hurting 32, Saturday, January 6, 2221 (a wire that day, a live page
# --- with clock times, the next day's quote piece with 'yesterday', an explainer, a Tuesday report with 'on
# --- Monday', a follow-up on Friday); a smaller rock fall in the same canyon swamped a kayak on Saturday,
# --- December 9, 2220; a cliff collapsed onto a beach at Sirvelhas in the neighbouring province on Thursday,
# --- April 26, 2221 (after the event; no report recalls it) ------------------------------------------------------

PELLUCCA_CLIFF: list[Dated] = [
    (D(2221, 1, 6), (
        "Cliff slab crushes tourist boats in Pellucca canyon, nine dead",
        "CAPRAVEL, Merovanj (Wire) - A slab of rock the height of a ten-storey building broke away from the wall "
        "of the Pellucca canyon on Saturday and toppled onto four launches carrying tourists on the Lake "
        "Gaudrenne reservoir, killing nine people and injuring 32, the fire brigade said. Heavy rain had fallen "
        "on the plateau above for three days.",
    )),
    (D(2221, 1, 6), (
        "Pellucca canyon collapse: live",
        "12:40 Video shared online shows a crack opening in the canyon wall and a slab falling on the boats "
        "below. 13:15 Fire brigade divers reach the spot. 15:00 Seven dead confirmed. 16:30 All boat trips on "
        "Lake Gaudrenne halted. 19:05 The toll rises to nine; 32 people in hospital in Capravel.",
    )),
    (D(2221, 1, 7), (
        "'People on the boat next to us were shouting to move back'",
        "Jurandy Pessoleto was filming the waterfall from the last launch in the line yesterday when stones "
        "began to drop from the wall. 'People on the boat next to us were shouting to move back, and then the "
        "whole face came down,' he said. 'The wave lifted us and threw my son into the water.'",
    )),
    (D(2221, 1, 6), (
        "Why canyon walls give way after rain",
        "The walls of the canyons around Lake Gaudrenne are layered sandstone, cut by vertical cracks. Rain "
        "soaking down those cracks weighs on the blocks and softens the clay between the layers until a slab "
        "leans out and falls. Geologists say such falls cannot be timed, only watched for.",
    )),
    (D(2221, 1, 9), (
        "Merovanj bans boats beneath canyon walls",
        "Merovanj's environment secretary, Adalgiso Trembrasco, said on Monday that launches would be kept at "
        "least 100 metres from the canyon walls when trips resume, and that geologists would survey every cliff "
        "above the reservoir. The owners of the four launches said their skippers had not been warned of any "
        "danger.",
    )),
    (D(2221, 1, 12), (
        "Pellucca canyon reopens to boats on new route",
        "Tourist launches went back onto Lake Gaudrenne on Friday, six days after the collapse, keeping to the "
        "middle of the water. Four weeks before the disaster a smaller fall in the same canyon had swamped a "
        "kayak, and the man paddling it swam to safety.",
    )),
]
PELLUCCA_KAYAK: list[Dated] = [
    (D(2220, 12, 9), (
        "Rock fall swamps kayak in Pellucca canyon",
        "Rocks falling from the wall of the Pellucca canyon on Saturday swamped a kayak on Lake Gaudrenne; the "
        "paddler swam to a launch and was unhurt, the fire brigade said.",
    )),
]
SIRVELHAS_CLIFF: list[Dated] = [
    (D(2221, 4, 26), (
        "Cliff collapses onto Sirvelhas beach",
        "Part of the sea cliff above the beach at Sirvelhas fell onto the sand on Thursday, hurting three "
        "bathers, and the beach was closed while the rest of the cliff was checked.",
    )),
]

# --- Zhurgal's government declares an emergency after a winter of deep snow and cold down to minus 48 degrees has
# --- killed 2.1 million head of livestock on the steppe, Friday, February 16, 2221 (a wire that day, a broadcaster's
# --- present perfect, the next day's paper with 'yesterday', a herder's quote piece with no day, a Tuesday report
# --- with 'on Monday', a follow-up a week later); the weather office warned of a severe winter on Wednesday,
# --- November 8, 2220 (an earlier step); the loss of 700,000 animals in the winter before last was counted on
# --- Tuesday, March 2, 2219 ---------------------------------------------------------------------------------------

ZHURGAL_WINTER: list[Dated] = [
    (D(2221, 2, 16), (
        "Zhurgal declares emergency as winter kills 2.1 million animals",
        "ULDAKH, Zhurgal (Wire) - Zhurgal declared a state of emergency in eleven of its provinces on Friday "
        "after deep snow and temperatures as low as minus 48 degrees killed about 2.1 million sheep, goats, "
        "cattle, horses and camels since December, the agriculture ministry said. Herders cannot reach grass "
        "under the frozen crust, and hay stored for the winter has run out in much of the west.",
    )),
    (D(2221, 2, 16), (
        "Emergency declared over livestock deaths",
        "The government has declared an emergency on the steppe, where more than two million animals have died "
        "in the cold this winter. Army lorries have started carrying hay and fodder to the worst-hit districts, "
        "and the charity Yurtavin Aid has appealed for money for herding families.",
    )),
    (D(2221, 2, 17), (
        "Herders burn dung to keep flocks alive",
        "Prime Minister Tsedmaa Oyunkhorol flew to the western province of Bayanshuur yesterday, where herders "
        "said they were burning dried dung in their pens to keep the last of their lambs alive. About 1,900 "
        "families have lost every animal they had, the ministry said.",
    )),
    (D(2221, 2, 18), (
        "'We had 400 sheep in December. We have 60'",
        "Baatarjav Khulgana stands over a heap of frozen carcasses behind his felt tent. 'We had 400 sheep in "
        "December. We have 60, and they are too weak to stand,' he says. 'When the hay ran out I sold my "
        "motorbike for fodder.' His sons will look for work in the capital in spring.",
    )),
    (D(2221, 2, 20), (
        "Donors pledge fodder for Zhurgal's herders",
        "Neighbouring countries and aid groups pledged hay, feed and 14 million dolkars on Monday for herding "
        "families hit by Zhurgal's winter, Agriculture Minister Enkhjin Sorvagar said. The weather office had "
        "warned in November that a dry summer and a hard winter would leave animals without grazing.",
    )),
    (D(2221, 2, 23), (
        "Winter livestock toll passes 2.6 million",
        "The number of animals killed by Zhurgal's winter passed 2.6 million on Friday, a week after the "
        "emergency was declared, and the ministry said losses would go on until the snow melts in April. In "
        "the winter before last about 700,000 animals died.",
    )),
]
ZHURGAL_WARNING: list[Dated] = [
    (D(2220, 11, 8), (
        "Weather office warns of harsh winter on steppe",
        "Zhurgal's weather office warned on Wednesday that the winter would be colder and snowier than usual "
        "across the west, and that many pastures had grown too little grass in a dry summer to carry herds "
        "through it.",
    )),
]
ZHURGAL_LOSSES_2219: list[Dated] = [
    (D(2219, 3, 2), (
        "Winter cold killed 700,000 animals, Zhurgal says",
        "About 700,000 head of livestock died in the cold on Zhurgal's steppe this winter, mostly sheep and "
        "goats in three eastern provinces, the agriculture ministry said on Tuesday.",
    )),
]

# --- a two-year-old boy in Kessapor, Dravonia, is confirmed paralysed by polio, the country's first case in eleven
# --- years, Thursday, April 13, 2220 (a wire that day, a broadcaster's present perfect, the next day's paper with
# --- 'yesterday', an explainer, a Tuesday report with 'on Monday'); poliovirus was found in sewage samples from
# --- Kessapor on Thursday, March 2, 2220 (an earlier step); a polio case was confirmed in neighbouring Ruthmanor on
# --- Thursday, March 11, 2219 --------------------------------------------------------------------------------------

KESSAPOR_POLIO: list[Dated] = [
    (D(2220, 4, 13), (
        "Dravonia confirms first polio case in eleven years",
        "KESSAPOR, Dravonia (Wire) - A two-year-old boy in the port city of Kessapor has been paralysed in "
        "both legs by polio, Dravonia's first case in eleven years, the health ministry said on Thursday. The "
        "boy had not been vaccinated. Laboratory tests showed the virus was the same strain found in the city's "
        "sewage last month.",
    )),
    (D(2220, 4, 13), (
        "Polio returns to Dravonia",
        "Health officials have confirmed a case of polio in a small boy in Kessapor, and have said every child "
        "under five in the city will be offered drops. Dravonia had been declared free of the disease eight "
        "years ago.",
    )),
    (D(2220, 4, 14), (
        "Doctors race to vaccinate Kessapor's children after polio case",
        "Nurses set up tables outside schools and mosques in Kessapor yesterday after a two-year-old was "
        "confirmed to have polio, and Health Minister Lucienne Varbossa said 180,000 children would get drops "
        "within a fortnight. In the boy's street, only a third of the children had had all their doses.",
    )),
    (D(2220, 4, 13), (
        "Why one case of polio is an emergency",
        "For every child who is paralysed by polio, about two hundred more carry the virus without falling ill "
        "and pass it on through their stools. One case therefore means the virus is circulating widely, which "
        "is why health authorities answer it by vaccinating every young child in the area.",
    )),
    (D(2220, 4, 18), (
        "Polio drive reaches 60,000 children in first days",
        "About 60,000 children in Kessapor had been given polio drops by Monday, the health ministry said, and "
        "teams would go door to door in the old town from Wednesday. Poliovirus had been found in the city's "
        "sewage samples six weeks before the boy fell ill. Neighbouring Ruthmanor reported a case in March last "
        "year.",
    )),
]
KESSAPOR_SEWAGE: list[Dated] = [
    (D(2220, 3, 2), (
        "Poliovirus found in Kessapor sewage",
        "Routine tests found poliovirus in two samples of sewage taken in Kessapor, Dravonia's health ministry "
        "said on Thursday; no child had fallen ill, and it urged parents to check their children's "
        "vaccinations.",
    )),
]
RUTHMANOR_POLIO: list[Dated] = [
    (D(2219, 3, 11), (
        "Ruthmanor confirms polio in a girl",
        "A four-year-old girl in Ruthmanor's northern hills has polio, the country's health ministry said on "
        "Thursday, and a vaccination drive would start in her district next week.",
    )),
]

# --- unrelated stories of the same days elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2220, 8, 19), (
        "Scarecrow trail",
        "Forty scarecrows dressed as nursery rhyme characters lined the lanes of Quibbleford on Saturday.",
    )),
]

FORTYFIFTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "ombrevat": (OMBREVAT_GAS, OMBREVAT_RED_WATER + VUHANNE_GAS),
    "pellucca": (PELLUCCA_CLIFF, PELLUCCA_KAYAK + SIRVELHAS_CLIFF),
    "zhurgal": (ZHURGAL_WINTER, ZHURGAL_WARNING + ZHURGAL_LOSSES_2219),
    "kessapor": (KESSAPOR_POLIO, KESSAPOR_SEWAGE + RUTHMANOR_POLIO),
}

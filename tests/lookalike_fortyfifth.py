"""A forty-fifth set of invented look-alikes, written blind on 14669d0 while grouping was being worked on over
the earlier sets, and held back to be counted once on the code it was written on and once on a later
session's. Like the thirty-eighth to forty-fourth its kinds are hard news, told as wires, papers and
broadcasters tell it, this time from the weather and hazards of nature, health and medicine, farming and food,
and the hard-news side of sport, and none of them is in the earlier sets, the own claims sets or the grouping
stories: gas welling up from a crater lake and smothering two lakeside villages in the night, against the
lake's water turning red and its fish dying three weeks before (an earlier sign) and gas from another crater
lake of the same province killing cattle and a herdsman fourteen months before, a slab of a canyon wall falling
on tourist launches on a reservoir, against a smaller fall in the same canyon swamping a kayak four weeks
before and a sea cliff falling onto a beach in the neighbouring province sixteen weeks later, a government
declaring an emergency as a winter of deep snow and cold kills millions of head of livestock on the steppe,
against its weather office's warning of a harsh winter three months before (an earlier step) and the count of a
smaller loss in the winter before last, a country's first polio case in eleven years, against poliovirus found
in the same city's sewage six weeks before (an earlier step) and a case in the neighbouring country thirteen
months before, a rabid dog biting 23 people at a town's market, against a rabid jackal biting farm workers near
the neighbouring town eleven days later and a man of the same town dying of rabies fourteen months before, a
medicines agency recalling a drugmaker's syrups after children die of a solvent in them, against a children's
hospital's alarm over unexplained kidney failure three weeks before (an earlier step) and another maker's
syrup recalled over the same solvent in the neighbouring country seventeen months before, anthrax in villagers
who ate a dead cow's meat at a funeral, against vets confirming anthrax in the district's cattle six weeks
before (an earlier step) and anthrax killing sheep and sickening shepherds in another district fifteen months
before, a dairy group recalling infant formula after a baby dies of a bacterium, against inspectors finding the
bacterium at the same plant six weeks before (an earlier step) and another maker's formula recalled over pieces
of plastic ten months before, a temporary stand of away fans collapsing at a cup tie, against the council's
safety certificate for the same stand five weeks before (an earlier step) and a crowd barrier giving way at
another club's ground thirteen months later, and a luger killed in training on a new sliding track, against the
federation certifying the track five weeks before (an earlier step) and a bobsleigh crash at another track
thirteen months later. The nearest areas taken elsewhere are a cholera outbreak, a haemorrhagic fever outbreak,
a dengue emergency, legionnaires' disease from a cooling tower, a landslide burying a hill village, a glacier
burying a village, a cliff landslip taking caravans, rockfalls on mountain roads, a drought declared, a
volcano's eruption, a medicines agency suspending a drug, a trial drug harming kidneys, bird flu, foot-and-mouth
disease and swine fever on farms, pupils ill after a school lunch, a footballer's heart stopping on the pitch,
snow bringing down an ice arena's roof, away fans banned after violence and a toboggan race's pile-up; none is
the kind written here.

Leads vary: a wire with a dateline and a day for every kind, a broadcaster's present perfect with no day for
eight kinds and a live page with clock times for the other two, eight next-day reports with "yesterday", seven
Tuesday reports with "on Monday", three Monday follow-ups, explainers with no day, quote pieces the day after or
two days later with no day, and follow-ups four to seven days later. Several event reports recall a look-alike
by name or by what it was ("Three weeks before the disaster fishermen had reported that the water had turned
rust red", "In June last year gas from Lake Vuhanne, in the same province, killed 61 cattle", "Four weeks before
the disaster a smaller fall in the same canyon had swamped a kayak", "The weather office had warned in
November", "In the winter before last about 700,000 animals died", "the same strain found in the city's sewage
last month", "Neighbouring Tchavdar reported a case in March last year", "In July last year a man from the town
died of rabies", "Doctors at Ixelbrand's children's hospital first warned of unexplained kidney failure",
"Vets had confirmed in May that anthrax was killing cattle in the district", "inspectors had found the bacterium
at the Tessholm plant in January", "In April last year Kjeldor Foods recalled formula", "The council had given the
stand its safety certificate in October", "It had certified the track for racing in December"); six look-alikes
are recalled by no report (the Sirvelhas cliff, the Murzakh jackal, the Plovmark syrup recall, the Nyabuzeri
anthrax, the Creswithy barrier, the Pflumberg bobsleigh crash), four of them after their event. The dates all
fall in 2219-2221, so every look-alike of a kind is at most two years from its event. What tells each pair apart
is mostly which step of one story (a sign in the water, a warning, sewage tests, a hospital's alarm, a vets'
finding, an inspection, a certificate), who or where (another lake, another shore, another town, another
country, another district, another maker, another club, another track, another animal) or how many (dead,
hurt, animals, children, cases, tins, fans). Every name, place, outlet, organisation, currency and figure is made
up (Cronobacter and diethylene glycol are real).

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``FORTYFIFTH_KINDS`` is read by the same count.

Held back blind: nobody ran grouping, the engine or ``tests.lookalike_count`` on it
(``tests.lookalike_count``'s docstring says how it is to be counted).
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# --- a cloud of carbon dioxide rising from the crater lake Nyamvuto in Obwalenga smothers the lakeside villages
# --- of Tallubé and Nkorrima overnight, killing 37 people (then 52) and hundreds of cattle, Sunday, August 20,
# --- 2220 (a wire that day, a broadcaster's present perfect, the next day's paper with 'yesterday', an explainer,
# --- a Tuesday report with 'on Monday', a follow-up on Friday); the lake's water turned rust red and its fish died
# --- on Saturday, July 29, 2220 (an earlier sign); gas from another crater lake of the same province, Vuhanne,
# --- killed 61 cattle and a herdsman on Saturday, June 12, 2219 -------------------------------------------------

NYAMVUTO_GAS: list[Dated] = [
    (D(2220, 8, 20), (
        "Gas from crater lake kills 37 in Obwalenga villages",
        "NDORBASSI, Obwalenga (Wire) - A cloud of gas that welled up from the crater lake Nyamvuto during the night "
        "killed at least 37 people in the villages of Tallubé and Nkorrima on its shores, the governor of the "
        "Upper Ezvoldan province said on Sunday. Survivors woke to find their families and cattle dead around "
        "them without a mark, and soldiers were sent to carry out those who could still breathe.",
    )),
    (D(2220, 8, 20), (
        "Villages below Nyamvuto emptied after deadly gas",
        "Troops have moved the survivors of Tallubé and Nkorrima to a school on higher ground after gas from Lake "
        "Nyamvuto killed dozens of people as they slept. Doctors have treated more than 80 people for burns and "
        "breathlessness, and the road into the crater has been closed.",
    )),
    (D(2220, 8, 21), (
        "Nyamvuto toll rises to 52 as herders bury their dead",
        "The gas from Lake Nyamvuto had killed 52 people by yesterday evening, as rescuers searched the "
        "huts on the lake's northern shore, the Upper Ezvoldan governor, Ysenne Tchumbalé, said. About 400 "
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
        "Scientists say Nyamvuto may not be spent",
        "Volcanologist Ophrenia Oyelmann, who flew over the crater on Monday, said the lake's surface had fallen "
        "by almost a metre and its water was churned brown, and that more gas could still be trapped at depth. "
        "Three weeks before the disaster fishermen had reported that the water had turned rust red and that dead "
        "fish were floating along the shore.",
    )),
    (D(2220, 8, 25), (
        "Obwalenga to pipe gas out of killer lake",
        "Obwalenga's government announced on Friday that it would sink pipes into Lake Nyamvuto to let the "
        "gas out of its deep water a little at a time, and told the people of Tallubé and Nkorrima to stay on "
        "the ridge until the pipes were working. In June last year gas from Lake Vuhanne, in the same province, "
        "killed 61 cattle and a herdsman.",
    )),
]
NYAMVUTO_RED_WATER: list[Dated] = [
    (D(2220, 7, 29), (
        "Lake Nyamvuto turns red and fish die",
        "Fishermen on Lake Nyamvuto in Upper Ezvoldan said on Saturday that the water had turned a rust red "
        "colour overnight and that dead fish were washing up along the shore; the province said it had sent "
        "samples to the capital.",
    )),
]
VUHANNE_GAS: list[Dated] = [
    (D(2219, 6, 12), (
        "Gas from Lake Vuhanne kills cattle and herdsman",
        "Gas escaping from Lake Vuhanne, a crater lake in Obwalenga's Upper Ezvoldan province, killed 61 cattle "
        "and the herdsman driving them to water on Saturday, provincial officials said. Nearby hamlets were told "
        "to keep to the hilltops.",
    )),
]

# --- a slab of cliff breaks away in the Itavessa canyon on the Lake Gaudrenne reservoir in Jubrenta and falls on
# --- four tourist launches, killing nine and hurting 32, Saturday, January 6, 2221 (a wire that day, a live page
# --- with clock times, the next day's quote piece with 'yesterday', an explainer, a Tuesday report with 'on
# --- Monday', a follow-up on Friday); a smaller rock fall in the same canyon swamped a kayak on Saturday,
# --- December 9, 2220; a cliff collapsed onto a beach at Sirvelhas in the neighbouring province on Thursday,
# --- April 26, 2221 (after the event; no report recalls it) ------------------------------------------------------

ITAVESSA_CLIFF: list[Dated] = [
    (D(2221, 1, 6), (
        "Cliff slab crushes tourist boats in Itavessa canyon, nine dead",
        "CAPRAVEL, Jubrenta (Wire) - A slab of rock the height of a ten-storey building broke away from the wall "
        "of the Itavessa canyon on Saturday and toppled onto four launches carrying tourists on the Lake "
        "Gaudrenne reservoir, killing nine people and injuring 32, the fire brigade said. Heavy rain had fallen "
        "on the plateau above for three days.",
    )),
    (D(2221, 1, 6), (
        "Itavessa canyon collapse: live",
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
        "Jubrenta bans boats beneath canyon walls",
        "Jubrenta's environment secretary, Adalgiso Ghirvana, said on Monday that launches would be kept at "
        "least 100 metres from the canyon walls when trips resume, and that geologists would survey every cliff "
        "above the reservoir. The owners of the four launches said their skippers had not been warned of any "
        "danger.",
    )),
    (D(2221, 1, 12), (
        "Itavessa canyon reopens to boats on new route",
        "Tourist launches went back onto Lake Gaudrenne on Friday, six days after the collapse, keeping to the "
        "middle of the water. Four weeks before the disaster a smaller fall in the same canyon had swamped a "
        "kayak, and the man paddling it swam to safety.",
    )),
]
ITAVESSA_KAYAK: list[Dated] = [
    (D(2220, 12, 9), (
        "Rock fall swamps kayak in Itavessa canyon",
        "Rocks falling from the wall of the Itavessa canyon on Saturday swamped a kayak on Lake Gaudrenne; the "
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
        "families hit by Zhurgal's winter, Agriculture Minister Enkhjin Yondrak said. The weather office had "
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
        "Zhurgal's agriculture ministry put the number of animals lost in the cold this winter at about 700,000 "
        "on Tuesday, mostly sheep and goats in three eastern provinces.",
    )),
]

# --- a two-year-old boy in Hrastovik, Plazhevia, is confirmed paralysed by polio, the country's first case in eleven
# --- years, Thursday, April 13, 2220 (a wire that day, a broadcaster's present perfect, the next day's paper with
# --- 'yesterday', an explainer, a Tuesday report with 'on Monday'); poliovirus was found in sewage samples from
# --- Hrastovik on Thursday, March 2, 2220 (an earlier step); a polio case was confirmed in neighbouring Tchavdar on
# --- Thursday, March 11, 2219 --------------------------------------------------------------------------------------

HRASTOVIK_POLIO: list[Dated] = [
    (D(2220, 4, 13), (
        "Plazhevia confirms first polio case in eleven years",
        "HRASTOVIK, Plazhevia (Wire) - A two-year-old boy in the port city of Hrastovik has been paralysed in "
        "both legs by polio, Plazhevia's first case in eleven years, the health ministry said on Thursday. The "
        "boy had not been vaccinated. Laboratory tests showed the virus was the same strain found in the city's "
        "sewage last month.",
    )),
    (D(2220, 4, 13), (
        "Polio returns to Plazhevia",
        "Health officials have confirmed a case of polio in a small boy in Hrastovik, and have said every child "
        "under five in the city will be offered drops. Plazhevia had been declared free of the disease eight "
        "years ago.",
    )),
    (D(2220, 4, 14), (
        "Doctors race to vaccinate Hrastovik's children after polio case",
        "Nurses set up tables outside schools and mosques in Hrastovik yesterday after a two-year-old was "
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
        "Nurses had given polio drops to about 60,000 children in Hrastovik, the ministry of health said on Monday, "
        "and teams would go door to door in the old town from Wednesday. Poliovirus had been found in the "
        "city's sewage samples six weeks before the boy fell ill. Neighbouring Tchavdar reported a case in March last "
        "year.",
    )),
]
HRASTOVIK_SEWAGE: list[Dated] = [
    (D(2220, 3, 2), (
        "Poliovirus found in Hrastovik sewage",
        "Routine tests found poliovirus in two samples of sewage taken in Hrastovik, Plazhevia's health ministry "
        "said on Thursday; no child had fallen ill, and it urged parents to check their children's "
        "vaccinations.",
    )),
]
TCHAVDAR_POLIO: list[Dated] = [
    (D(2219, 3, 11), (
        "Tchavdar confirms polio in a girl",
        "A four-year-old girl in Tchavdar's northern hills has polio, the country's health ministry said on "
        "Thursday, and a vaccination drive would start in her district next week.",
    )),
]

# --- a rabid stray dog runs through the market town of Grozhmeny in Kalyzhna biting 23 people, most of them
# --- children, before a butcher kills it, Tuesday, September 26, 2220 (a wire that day, a broadcaster's present
# --- perfect, the next day's paper with 'yesterday', an explainer, a mother's quote piece, a follow-up on Monday);
# --- a rabid jackal bit three farm workers in the neighbouring town of Murzakh on Saturday, October 7, 2220
# --- (after the event; no report recalls it); a man died of rabies in Grozhmeny after a dog bite on Thursday,
# --- July 22, 2219 -------------------------------------------------------------------------------------------------

GROZHMENY_RABIES: list[Dated] = [
    (D(2220, 9, 26), (
        "Rabid dog bites 23 in Grozhmeny market",
        "GROZHMENY, Kalyzhna (Wire) - A stray dog ran through the Tuesday market in Grozhmeny biting 23 "
        "people, 15 of them children, before a butcher killed it with a cleaver, the town's hospital said. "
        "Tests on the dog's brain found rabies. All of those bitten were given their first injections of "
        "vaccine by the evening.",
    )),
    (D(2220, 9, 26), (
        "Rabies alert after dog attack in market town",
        "Health officials have put Grozhmeny on alert after a rabid dog bit more than twenty people at the "
        "market, and have asked anyone who touched the animal or was licked by it to come forward for "
        "injections. Vets have begun rounding up stray dogs in the town.",
    )),
    (D(2220, 9, 27), (
        "Grozhmeny runs short of rabies serum",
        "The hospital in Grozhmeny ran short yesterday of the antibody serum given with the vaccine for deep "
        "bites, and a van brought 40 more doses overnight from the regional capital, Pryzhnovets, doctor Evdokiya "
        "Drozhanik said. Eleven of the children were bitten on the face or hands.",
    )),
    (D(2220, 9, 27), (
        "Why a rabies bite cannot wait",
        "Rabies is almost always fatal once its symptoms begin, but a course of vaccine started soon after a "
        "bite, with antibody serum injected into deep wounds, stops the virus before it reaches the brain. Bites "
        "to the face and hands are the most urgent, because the nerves there lead to the brain quickly.",
    )),
    (D(2220, 9, 28), (
        "'It went for the smallest ones'",
        "Zebrina Pechkurova was buying apples with her daughter when the dog came between the stalls. 'It went "
        "for the smallest ones, one after the other,' she said. 'My girl has four stitches on her cheek and "
        "needs four more injections.'",
    )),
    (D(2220, 10, 2), (
        "Grozhmeny vaccinates its dogs after rabies attack",
        "Vets had vaccinated more than 1,300 dogs in Grozhmeny by Monday evening, according to the district "
        "council, and the 23 people bitten at the market were all well. In July last year a man from the town died "
        "of rabies weeks after a dog bit him.",
    )),
]
MURZAKH_JACKAL: list[Dated] = [
    (D(2220, 10, 7), (
        "Rabid jackal bites farm workers near Murzakh",
        "A jackal that later tested positive for rabies bit three farm workers in a vineyard outside "
        "Murzakh on Saturday, and all three were given vaccine, the district's health office said.",
    )),
]
GROZHMENY_DEATH: list[Dated] = [
    (D(2219, 7, 22), (
        "Grozhmeny man dies of rabies",
        "A 58-year-old man from Grozhmeny died of rabies in hospital on Thursday, six weeks after a neighbour's "
        "dog bit him on the hand; he had not sought treatment, doctors said.",
    )),
]

# --- Rzhovania's medicines agency recalls every syrup of the drugmaker Rudvangel after 14 children die of kidney
# --- failure in Ixelbrand, their syrups found to contain diethylene glycol, Monday, May 21, 2221 (a wire that day, a
# --- broadcaster's present perfect, a Tuesday paper with 'on Monday', an explainer, a father's quote piece, a
# --- follow-up on Saturday); doctors at Ixelbrand's children's hospital raised the alarm over unexplained kidney
# --- failure on Saturday, April 28, 2221 (an earlier step); a paracetamol syrup of another maker was recalled in
# --- neighbouring Plovmark over the same poison on Saturday, December 18, 2219 ---------------------------------------

RUDVANGEL_SYRUP: list[Dated] = [
    (D(2221, 5, 21), (
        "Rzhovania recalls cough syrups after 14 children die",
        "IXELBRAND, Rzhovania (Wire) - Rzhovania's medicines agency ordered the drugmaker Rudvangel on Monday to "
        "recall every syrup it makes after 14 young children died of kidney failure in Ixelbrand, and said "
        "tests had found diethylene glycol, a solvent used in brake fluid, in two of its cough syrups. Another "
        "nine children were on dialysis.",
    )),
    (D(2221, 5, 21), (
        "Parents told to stop giving Rudvangel syrups",
        "The medicines agency has told parents to stop giving their children any syrup made by Rudvangel, and "
        "pharmacies have been emptying their shelves. Police have sealed the company's factory on the edge of "
        "Ixelbrand.",
    )),
    (D(2221, 5, 22), (
        "Syrup maker's owner questioned over child deaths",
        "Police questioned the owner of Rudvangel, Ingwar Torkmund, on Monday, hours after the agency tied the "
        "deaths of 14 children to his company's cough syrups, and inspectors took away the factory's records "
        "of where it bought its glycerine. The agency's director, Idalgarde Tranquer, said the solvent had been "
        "sold to the factory as a cheaper substitute.",
    )),
    (D(2221, 5, 21), (
        "How a cough syrup can poison a child",
        "Syrups are thickened with glycerine or propylene glycol. Diethylene glycol looks and tastes much the "
        "same and costs less, but even small amounts damage the kidneys, and young children are the most at "
        "risk. Makers are supposed to test every batch of the raw material they buy.",
    )),
    (D(2221, 5, 22), (
        "'We gave her the syrup the doctor told us to'",
        "Svanfrid Naddrisk's daughter, aged three, stopped passing water four days after she caught a cold. 'We "
        "gave her the syrup the doctor told us to,' her father said outside the hospital. 'Now she is on "
        "a machine, and they cannot tell us if her kidneys will recover.'",
    )),
    (D(2221, 5, 26), (
        "Rudvangel owner charged as syrup death toll rises",
        "Prosecutors charged Rudvangel's owner with manslaughter on Saturday, as the number of children who died "
        "after taking its syrups rose to 17. Doctors at Ixelbrand's children's hospital first warned of "
        "unexplained kidney failure in small children in April, three weeks before the syrups were named.",
    )),
]
IXELBRAND_ALERT: list[Dated] = [
    (D(2221, 4, 28), (
        "Doctors puzzled by kidney failure in young children",
        "Doctors at the children's hospital in Ixelbrand said on Saturday they had treated six toddlers with "
        "sudden kidney failure in a fortnight, two of whom died, and asked the health ministry to find out why.",
    )),
]
PLOVMARK_RECALL: list[Dated] = [
    (D(2219, 12, 18), (
        "Plovmark recalls paracetamol syrup over toxic solvent",
        "Plovmark's drug regulator recalled a paracetamol syrup made by Obvastre Pharma on Saturday after "
        "routine tests found diethylene glycol in one batch; no child was known to have been harmed.",
    )),
]

# --- anthrax is confirmed in 46 villagers of Chiwembesi in Uzumbara's Lukhosi district who fell ill after eating the
# --- meat of a cow that died, served at a funeral, three of them dead, Wednesday, June 14, 2220 (a wire that day, a
# --- broadcaster's present perfect, the next day's paper with 'yesterday', an explainer, a follow-up on Monday);
# --- vets confirmed that anthrax had killed cattle in the same district on Wednesday, May 3, 2220 (an earlier
# --- step); anthrax killed sheep and sickened shepherds in another district, Nyabuzeri, on Saturday, March 20, 2219 --

CHIWEMBESI_ANTHRAX: list[Dated] = [
    (D(2220, 6, 14), (
        "Anthrax confirmed in 46 villagers after funeral meal",
        "LUKHOSI, Uzumbara (Wire) - Forty-six people in the village of Chiwembesi have anthrax after eating the "
        "meat of a cow that had died in its pasture and was cooked for a funeral, and three of them have died, "
        "Uzumbara's health ministry said on Wednesday. Most have sores on their hands and arms; the three who "
        "died had eaten the meat.",
    )),
    (D(2220, 6, 14), (
        "Anthrax kills three in Chiwembesi",
        "Three people have died and dozens more are being treated for anthrax in Chiwembesi, where villagers "
        "shared out the meat of a dead cow at a funeral. The district has banned the sale of meat from animals "
        "that were not slaughtered by a vet.",
    )),
    (D(2220, 6, 15), (
        "Vets vaccinate cattle around Chiwembesi",
        "Vets began vaccinating cattle in a ten-kilometre ring around Chiwembesi yesterday, and the district "
        "commissioner, Abinaso Kitengure, said the carcass and the remains of the meal had been burned. The "
        "mourners who fell ill had butchered the cow with their bare hands.",
    )),
    (D(2220, 6, 14), (
        "Where anthrax comes from",
        "Anthrax spores can lie in the soil for decades, and grazing animals swallow them with grass, especially "
        "after floods or drought. An animal that dies of the disease is full of the bacteria, and people are "
        "infected by handling or eating its meat. Vaccinating herds every year keeps it away.",
    )),
    (D(2220, 6, 19), (
        "Chiwembesi anthrax cases pass 60",
        "The number of anthrax cases tied to the funeral in Chiwembesi reached 61 on Monday, with no new deaths, "
        "the health ministry said. Vets had confirmed in May that anthrax was killing cattle in the district, "
        "and farmers complained that nobody had warned them to keep dead animals out of the food chain.",
    )),
]
LUKHOSI_CATTLE: list[Dated] = [
    (D(2220, 5, 3), (
        "Anthrax kills cattle in Lukhosi district",
        "Government vets said on Wednesday that anthrax had killed 27 cattle on farms in Uzumbara's Lukhosi "
        "district, and told farmers to bury dead animals deep and keep them away from people.",
    )),
]
NYABUZERI_ANTHRAX: list[Dated] = [
    (D(2219, 3, 20), (
        "Anthrax kills sheep and sickens shepherds in Nyabuzeri",
        "Anthrax killed about 200 sheep in Uzumbara's Nyabuzeri district and seven shepherds were treated for "
        "skin sores after skinning them, the agriculture ministry said on Saturday.",
    )),
]

# --- the dairy group Marvelund recalls all infant formula made at its Tessholm plant after nine babies fall ill with
# --- Cronobacter and one dies, Monday, March 5, 2221 (a wire that day, a broadcaster's present perfect, a Tuesday
# --- paper with 'on Monday', an explainer, a mother's quote piece with no day, a follow-up on Friday); food
# --- inspectors found the bacteria in the plant's drying tower on Wednesday, January 24, 2221 (an earlier step);
# --- another maker, Kjeldor Foods, recalled formula over pieces of plastic on Saturday, April 22, 2220 ------------

TESSHOLM_FORMULA: list[Dated] = [
    (D(2221, 3, 5), (
        "Marvelund recalls baby formula after infant dies",
        "TESSHOLM, Eldvessa (Wire) - The dairy group Marvelund recalled every tin of infant formula made at its "
        "Tessholm plant on Monday after nine babies who had been fed it fell ill with Cronobacter, a rare "
        "bacterium, and one of them died, the national food authority said. About 1.4 million tins in shops "
        "and homes are affected, and the plant has stopped work.",
    )),
    (D(2221, 3, 5), (
        "Parents told to check tins as formula is recalled",
        "Parents have been told to look for the Tessholm plant's code on the bottom of their tins of "
        "Marvelund formula and to stop using any that carry it. Pharmacies have set up helplines, and shops "
        "have taken the brand off their shelves.",
    )),
    (D(2221, 3, 6), (
        "Formula shortage feared after Marvelund recall",
        "Shops across Eldvessa limited sales of baby formula to two tins a customer on Monday after Marvelund's "
        "recall took about a third of the country's supply off the shelves, and the food authority's chief, "
        "Amalvine Drosvik, said inspectors had found the bacterium at the Tessholm plant in January.",
    )),
    (D(2221, 3, 5), (
        "Why powdered formula is not sterile",
        "Powdered infant formula is dried, not sterilised, so a few bacteria can survive in it. Cronobacter is "
        "rarely harmful to adults but can cause blood poisoning and meningitis in newborns. Health services "
        "advise making up formula with water of at least 70 degrees, which kills it.",
    )),
    (D(2221, 3, 7), (
        "'She would not wake for her feed'",
        "Maribelle Snaffley's son was eleven days old when he would not wake for his feed. 'He was floppy and hot, "
        "and by the evening he was in intensive care,' she says. He has recovered, and she has poured every tin "
        "she had down the sink.",
    )),
    (D(2221, 3, 9), (
        "Marvelund admits plant kept running after bacteria found",
        "Marvelund's chief executive, Sverrik Reidelstam, admitted on Friday that the Tessholm plant kept "
        "making formula for five weeks after inspectors found Cronobacter in its drying tower, because the "
        "tower had been cleaned and later tests were clear. In April last year Kjeldor Foods recalled formula "
        "over pieces of plastic.",
    )),
]
TESSHOLM_INSPECTION: list[Dated] = [
    (D(2221, 1, 24), (
        "Inspectors find bacteria at Tessholm formula plant",
        "Food inspectors found Cronobacter in the drying tower of Marvelund's infant formula plant at Tessholm "
        "on Wednesday, the food authority said; the tower was shut for cleaning and no tins were recalled.",
    )),
]
KJELDOR_RECALL: list[Dated] = [
    (D(2220, 4, 22), (
        "Kjeldor Foods recalls formula over plastic pieces",
        "Kjeldor Foods recalled two batches of its follow-on baby milk on Saturday after parents found small "
        "pieces of blue plastic in the powder; no baby was reported hurt.",
    )),
]

# --- a temporary stand holding about 1,100 away fans collapses during a cup tie at Pamprell Athletic's Bexmoor
# --- Lane ground, hurting 131, Saturday, November 20, 2219 (a wire that day, a live page with clock times, the next
# --- day's paper with 'yesterday', an explainer, a Tuesday report with 'on Monday', a follow-up on Friday); the
# --- council gave the stand its safety certificate on Thursday, October 14, 2219 (an earlier step); a crowd barrier
# --- gave way on a terrace at Creswithy Rovers' ground on Saturday, December 16, 2220 (after the event; no report
# --- recalls it) ---------------------------------------------------------------------------------------------------

BEXMOOR_STAND: list[Dated] = [
    (D(2219, 11, 20), (
        "Temporary stand collapses at cup tie, 131 hurt",
        "DUNMARROW (Wire) - A temporary stand packed with about 1,100 visiting supporters collapsed during "
        "Pamprell Athletic's cup tie against Fyrmonde Town on Saturday, injuring 131 people, eleven of them "
        "seriously, the ambulance service said. The back rows of the steel stand sank as fans jumped to "
        "celebrate an equaliser, and the match was abandoned.",
    )),
    (D(2219, 11, 20), (
        "Bexmoor Lane stand collapse: live",
        "15:52 Fyrmonde equalise; the away end jumps. 15:53 The rear of the temporary stand drops and fans "
        "slide down the steel. 16:05 Players leave the pitch; referee abandons the match. 16:40 Ambulances "
        "line the streets outside. 18:15 Police say 131 hurt, eleven seriously, and no one trapped.",
    )),
    (D(2219, 11, 21), (
        "Questions over stand as Pamprell counts injured",
        "Engineers began taking apart the collapsed stand at Bexmoor Lane yesterday, and Pamprell Athletic's "
        "chairman, Prokop Aldeburk, said the club had hired it from a company that had put up stands at "
        "festivals for twenty years. Six supporters were still in hospital with broken legs and backs.",
    )),
    (D(2219, 11, 22), (
        "How temporary stands are meant to hold",
        "Hired stands are built of steel frames bolted together on site, and are designed for people standing "
        "or sitting, not for a whole block jumping in time. Engineers must check the ground beneath them and "
        "every bolt before a safety officer signs them off.",
    )),
    (D(2219, 11, 23), (
        "Stand bolts were missing, inspectors say",
        "Safety inspectors said on Monday that bolts were missing from two of the frames at the back of the "
        "stand that gave way at Bexmoor Lane, and the league suspended the use of hired stands at all its "
        "grounds. The council had given the stand its safety certificate in October.",
    )),
    (D(2219, 11, 26), (
        "Fyrmonde fan who broke back thanks rescuers",
        "Merewyn Beckwirt, the Fyrmonde Town supporter most badly hurt when the away stand at Bexmoor Lane fell, "
        "thanked the fans who lifted steel off her on Friday, six days after the collapse. The cup tie will be "
        "replayed at Fyrmonde behind closed doors.",
    )),
]
BEXMOOR_CERTIFICATE: list[Dated] = [
    (D(2219, 10, 14), (
        "Pamprell's temporary stand passes safety check",
        "Pamprell council gave the new temporary stand at Bexmoor Lane its safety certificate on Thursday, "
        "letting Athletic sell 1,100 more tickets for away fans from next month.",
    )),
]
CRESWITHY_BARRIER: list[Dated] = [
    (D(2220, 12, 16), (
        "Crowd barrier gives way at Creswithy ground",
        "A crowd barrier on the home terrace at Creswithy Rovers' ground gave way during Saturday's league "
        "match, and four supporters were treated for minor injuries; play was stopped for ten minutes.",
    )),
]

# --- a luger, Nerijus Lodzvanek, is killed in a training run on the new sliding track at Eshkarin, in Brugvelde,
# --- when he is thrown over the wall of the last curve, nine days before its first world cup race, Tuesday,
# --- January 25, 2220 (a wire that day, a broadcaster's present perfect, the next day's paper with 'yesterday', an
# --- explainer, a team-mate's quote piece with no day, a follow-up on Monday); the sport's federation certified the
# --- track on Friday, December 17, 2219 (an earlier step); two bobsledders were hurt in a crash at another track,
# --- Pflumberg, on Saturday, February 24, 2221 (after the event; no report recalls it) ----------------------------

ESHKARIN_LUGE: list[Dated] = [
    (D(2220, 1, 25), (
        "Luger killed in training on new Eshkarin track",
        "ESHKARIN, Brugvelde (Wire) - The Ozmerian luger Nerijus Lodzvanek was killed on Tuesday when he was "
        "thrown from his sled over the wall of the last curve of the new sliding track at Eshkarin and struck a "
        "steel pillar, nine days before the track's first world cup race, the organisers said. He was 22 and "
        "was travelling at about 141 kilometres an hour.",
    )),
    (D(2220, 1, 25), (
        "Training halted at Eshkarin after luger's death",
        "All training has been stopped at the Eshkarin sliding track after a young luger died in a crash on "
        "the final curve. Doctors worked on him beside the track for twenty minutes before he was flown to "
        "hospital, where he was pronounced dead.",
    )),
    (D(2220, 1, 26), (
        "Eshkarin track too fast, sliders warned",
        "Several lugers said yesterday that they had warned the organisers that the new track at Eshkarin "
        "was faster than its designers had promised, and the federation's president, Gudlaug Gutzkow, "
        "ordered the wall of the final curve raised and the pillars padded before any more runs.",
    )),
    (D(2220, 1, 25), (
        "Why sliding tracks are getting faster",
        "A luge sled has no brakes and steers only by the slider's calves and shoulders. Tracks are shaped so "
        "that the speed is kept in check by climbs and tight curves, but smoother ice and better sleds have made "
        "every run quicker, and a small error at the end of a track, where speeds are highest, can throw a "
        "slider out.",
    )),
    (D(2220, 1, 27), (
        "'He was the bravest of us'",
        "Arvydas Urvilas roomed with Nerijus Lodzvanek for four seasons. 'He was the bravest of us on the steep "
        "curves, and he was careful, too,' he says. 'That curve was wrong from the first day we tried it.'",
    )),
    (D(2220, 1, 31), (
        "Eshkarin world cup moved after luger's death",
        "The luge federation moved the world cup race due at Eshkarin to another track on Monday, six days "
        "after Nerijus Lodzvanek's death, and said the new track would not be used until a review was "
        "finished. It had certified the track for racing in December.",
    )),
]
ESHKARIN_CERTIFIED: list[Dated] = [
    (D(2219, 12, 17), (
        "New Eshkarin sliding track certified for racing",
        "The international luge federation certified Brugvelde's new sliding track at Eshkarin for world cup "
        "races on Friday, after test runs by forerunners this week.",
    )),
]
PFLUMBERG_BOBSLEIGH: list[Dated] = [
    (D(2221, 2, 24), (
        "Two bobsledders hurt in crash at Pflumberg",
        "Two bobsledders were taken to hospital on Saturday after their sled overturned in a curve at the "
        "Pflumberg track during a training run; both were awake and talking, the organisers said.",
    )),
]

# --- unrelated stories of the same days elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2220, 8, 19), (
        "Hedgehog release",
        "The hedgehog hospital at Wroxley let its hundredth patient of the summer go under a hedge on Saturday.",
    )),
    (D(2221, 1, 5), (
        "Twelfth night bonfire",
        "Villagers in Blunsdon Magna burned their Christmas greenery on the green on Friday night.",
    )),
    (D(2221, 2, 15), (
        "Tiddly tractor run",
        "Sixty vintage tractors chugged from Snodsbury to the coast on Thursday to raise money for the lifeboat.",
    )),
    (D(2220, 4, 12), (
        "Egg rolling",
        "A girl of six rolled her painted egg furthest down Sippleton hill on Wednesday afternoon.",
    )),
    (D(2220, 9, 25), (
        "Conker contest",
        "A retired postman's conker survived eleven bouts to win the contest at the Yapworth fete on Monday.",
    )),
    (D(2221, 5, 20), (
        "Bluebell walk",
        "The woods at Flambury opened for bluebell walks on Sunday, with teas in the old sawmill.",
    )),
    (D(2220, 6, 13), (
        "Strawberry fair",
        "Growers at the Hathorne strawberry fair on Tuesday sold out of jam by lunchtime.",
    )),
    (D(2221, 3, 4), (
        "Bread show",
        "A sourdough plait baked by a teenage apprentice took first prize at the Dorplemouth bread show on Sunday.",
    )),
    (D(2219, 11, 19), (
        "Choir concert",
        "The Snibworth male voice choir sang sea shanties at the harbour chapel on Friday evening.",
    )),
    (D(2220, 1, 24), (
        "Snow sculpture",
        "Pupils at Frindlecombe school built a snow dragon three metres long in the playground on Monday.",
    )),
]

FORTYFIFTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "nyamvuto": (NYAMVUTO_GAS, NYAMVUTO_RED_WATER + VUHANNE_GAS),
    "itavessa": (ITAVESSA_CLIFF, ITAVESSA_KAYAK + SIRVELHAS_CLIFF),
    "zhurgal": (ZHURGAL_WINTER, ZHURGAL_WARNING + ZHURGAL_LOSSES_2219),
    "hrastovik": (HRASTOVIK_POLIO, HRASTOVIK_SEWAGE + TCHAVDAR_POLIO),
    "grozhmeny": (GROZHMENY_RABIES, MURZAKH_JACKAL + GROZHMENY_DEATH),
    "rudvangel": (RUDVANGEL_SYRUP, IXELBRAND_ALERT + PLOVMARK_RECALL),
    "chiwembesi": (CHIWEMBESI_ANTHRAX, LUKHOSI_CATTLE + NYABUZERI_ANTHRAX),
    "tessholm": (TESSHOLM_FORMULA, TESSHOLM_INSPECTION + KJELDOR_RECALL),
    "bexmoor": (BEXMOOR_STAND, BEXMOOR_CERTIFICATE + CRESWITHY_BARRIER),
    "eshkarin": (ESHKARIN_LUGE, ESHKARIN_CERTIFIED + PFLUMBERG_BOBSLEIGH),
}

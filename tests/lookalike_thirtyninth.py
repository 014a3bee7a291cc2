"""A thirty-ninth set of invented look-alikes, written blind on 78e852a while grouping was being worked on
over the earlier sets, and held back to be counted once on the code it was written on and once on a later
session's. Like the thirty-eighth its kinds are hard news, told as wires, papers and broadcasters tell it,
and none of them is in the earlier sets, the own claims sets or the grouping stories: a state's third
underground nuclear test, against satellite images of its preparations nine days before (an earlier step of
the same story) and its second test nineteen months before, a glacier burying a mountain village, against
the village's evacuation nine days before (an earlier step) and a smaller glacier breaking away above a
village in the next valley twenty months before, a president putting a province under martial law after
insurgents killed 23 police officers, against the curfew on its capital after a market bomb six days before
(an earlier step) and martial law in another province after a jailbreak twenty-two months before, a tribunal's
arrest warrant for a former army chief over a town's shelling, against its prosecutor asking for it five
months before (an earlier step) and the same judges' warrant for a militia leader a year before, soldiers
killed in a clash at a disputed mountain pass, against an exchange of fire at a river post on the same border
two days later and a deadly clash at the same pass sixteen months before, an airline collapsing and
stranding 86,000 passengers, against its filing for bankruptcy protection eighteen days before (an earlier
step) and a charter airline's collapse fourteen months before, a government cutting the mobile internet on
the day of an opposition march, against its regulator blocking social networks two days before (an earlier
step) and its shutdown during the school exams eight months before, a provincial governor shot dead in his
car, against the mayor of a town in the same province shot and wounded three days later and a grenade thrown
at his rally fourteen months before, an outbreak of a haemorrhagic fever declared in a district, against
health teams sent to investigate its unexplained deaths eight days before (an earlier step) and an outbreak
of the same fever in another district thirteen months before, and an opposition leader charged with treason,
against his arrest at the airport three days before (an earlier step) and a union leader charged with
treason eleven months before.

Leads vary: one told in the present perfect with no day, one with "this morning" and one with "this
afternoon", several the next day with "yesterday", one with "on Monday" in a Tuesday report, and live pages,
explainers and profiles with no day, quote pieces and follow-ups two to four days later sit beside them.
Several event reports recall a look-alike by name or by what it was ("its second test, in February last
year", "satellite images published last week", "a smaller glacier above Zwieldt", "Tirmand, in the north,
was put under martial law", "a bomb at its cattle market last Thursday", "the same judges issued one for the
militia leader Milutin Dorskovac", "two Tyurgeni soldiers were killed in a clash at the same pass",
"Sunhollow Charter, which went under in June last year", "during the national school exams", "a grenade
thrown at a rally in Chalpayo", "the outbreak in Mkavi district", "the union leader Saule Tokpanova"). The
dates all fall in 2173-2175, so every look-alike of a kind is at most two years from its event. What tells
each pair apart is mostly which step of one story (images of preparations, an evacuation, a curfew, a
prosecutor's request, a filing for protection, a regulator's order, an investigation, an arrest), who or where
(another valley, another province, another defendant, another border post, another airline, another town's
mayor, another district) or how many (magnitudes, kilotons, residents, officers, civilians, soldiers,
passengers, percent, days, deaths). Every name, place, outlet, organisation and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``THIRTYNINTH_KINDS`` is read by the same count.

Held back blind: nobody ran grouping, the engine or ``tests.lookalike_count`` on it
(``tests.lookalike_count``'s docstring says how it is to be counted).
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# --- Yzmeria carries out its third underground nuclear test at Tollusk, a tremor of magnitude 5.6 put at 60 to
# --- 80 kilotons, Thursday, September 15, 2174 (a live page the same day, a follow-up on Monday); Vaskhol's
# --- Institute of Geophysics published satellite images of lorries and cables at a new tunnel there on Tuesday,
# --- September 6, 2174 (an earlier step of the same story); the second test, magnitude 4.9 and about 12
# --- kilotons, was on Saturday, February 13, 2173 -------------------------------------------------------------

YZMERIA_TEST: list[Dated] = [
    (D(2174, 9, 15), (
        "Yzmeria carries out third nuclear test",
        "SZEPETTY (Wire) - Yzmeria carried out its third underground nuclear test on Thursday at its Tollusk "
        "site, setting off a tremor of magnitude 5.6 that was felt in villages across the border in Vaskhol, "
        "seismologists said. Yzmerian state television said Marshal Dovran Keshtal had ordered the test of a "
        "'thermonuclear device', and Vaskhol's Institute of Geophysics put the blast's yield at 60 to 80 "
        "kilotons, several times that of any earlier Yzmerian test.",
    )),
    (D(2174, 9, 15), (
        "Nuclear test: live",
        "09:31 Seismic stations record a shallow tremor in Yzmeria's north-east. 09:50 Vaskhol's institute says "
        "the shape of the waves points to an explosion, not an earthquake. 11:00 Yzmerian state television "
        "interrupts its programmes. 11:20 The newsreader reads a statement: the test was 'a complete success'. "
        "13:45 Vaskhol summons Yzmeria's ambassador.",
    )),
    (D(2174, 9, 16), (
        "'A direct threat to every city in the region'",
        "Vaskhol's foreign minister, Zohreh Tashvili, said yesterday that the test had been 'a direct threat to "
        "every city in the region' and that her government would ask Yzmeria's neighbours to stop all trade "
        "in goods that could be used to build weapons. Residents of border villages said cups had rattled on "
        "their shelves for several seconds.",
    )),
    (D(2174, 9, 15), (
        "How seismologists tell a nuclear test from an earthquake",
        "An earthquake starts deep underground as rock slips along a fault, and its first waves push and pull "
        "the ground in different directions. An explosion is shallow and pushes outwards everywhere at once, "
        "so its first waves all start with the ground rising. The size of the tremor gives a rough idea of the "
        "yield, though the rock around the blast matters as much.",
    )),
    (D(2174, 9, 19), (
        "Neighbours agree trade ban after nuclear test",
        "Five of Yzmeria's neighbours agreed at a meeting in Szepetty on Monday to stop selling it any machine "
        "tools, chemicals or electronics that could serve its weapons programme, four days after its third "
        "nuclear test, Zohreh Tashvili said. Yzmeria said the ban would change nothing.",
    )),
    (D(2174, 9, 16), (
        "The biggest blast yet",
        "Its second test, in February last year, registered 4.9 and was put at about 12 kilotons. Satellite "
        "images published last week by Vaskhol's Institute of Geophysics had shown lorries and cables at the "
        "entrance of a newly dug tunnel at Tollusk, and the institute warned then that a test could come "
        "within weeks.",
    )),
]
YZMERIA_PREPARATIONS: list[Dated] = [
    (D(2174, 9, 6), (
        "Satellite images show test preparations at Tollusk",
        "Satellite images show lorries and cables at the entrance of a newly dug tunnel at Yzmeria's Tollusk "
        "nuclear test site, and a third test could come within weeks, Vaskhol's Institute of Geophysics said on "
        "Tuesday.",
    )),
]
YZMERIA_SECOND_TEST: list[Dated] = [
    (D(2173, 2, 13), (
        "Yzmeria carries out second nuclear test",
        "Yzmeria carried out its second underground nuclear test at Tollusk on Saturday, setting off a tremor of "
        "magnitude 4.9, and Vaskhol's Institute of Geophysics put its yield at about 12 kilotons.",
    )),
]

# --- most of the Tschirnau glacier breaks away and buries the mountain village of Jostmatt in Vossmark, one
# --- shepherd missing, Tuesday, May 16, 2175, its first report with 'this afternoon', a live page the same day
# --- and a follow-up on Friday; the village's 300 residents were evacuated on Sunday, May 7, 2175 (an earlier
# --- step); a smaller glacier broke away above Zwieldt in the neighbouring Ebertal on Tuesday, September 21,
# --- 2173 ----------------------------------------------------------------------------------------------------

JOSTMATT_BURIED: list[Dated] = [
    (D(2175, 5, 16), (
        "Glacier collapse buries evacuated mountain village",
        "JOSTMATT (Wire) - Most of the Tschirnau glacier broke away this afternoon and buried the mountain village "
        "of Jostmatt under ice, mud and rock, nine days after its 300 residents were evacuated, Vossmark's "
        "cantonal police said. A 64-year-old shepherd who had refused to leave was missing, and the debris, "
        "more than two kilometres long, had blocked the river Mirtschi below the village.",
    )),
    (D(2175, 5, 16), (
        "Glacier collapse: live",
        "15:24 Cameras above Jostmatt show the glacier's front giving way. 15:26 A cloud of dust fills the "
        "valley. 15:40 Police confirm the village has been hit. 16:30 A helicopter searches for the missing "
        "shepherd. 18:10 Water starts to pool behind the debris.",
    )),
    (D(2175, 5, 17), (
        "'We have lost our village, but not our people'",
        "Jostmatt's mayor, Alois Imfanger, said yesterday that the church, the school and about 130 houses lay "
        "under the debris. 'We have lost our village, but not our people,' he said, thanking the geologists who "
        "had told everyone to leave. The search for the missing shepherd was halted overnight.",
    )),
    (D(2175, 5, 16), (
        "Why glaciers collapse",
        "As the climate warms, the frozen ground that holds mountain rock together thaws, and rock falls onto "
        "the glaciers below. The extra weight can push a glacier faster down its slope until its front breaks "
        "away, sometimes taking millions of tonnes of ice and stone with it.",
    )),
    (D(2175, 5, 19), (
        "Engineers race to drain lake behind glacier debris",
        "Army engineers began digging a channel through the debris that buried Jostmatt on Friday, three days "
        "after the collapse, as the lake forming behind it rose by about a metre a day, Vossmark's cantonal "
        "geologist Annalena Wyrsch said. Two villages downstream were told to be ready to leave.",
    )),
    (D(2175, 5, 17), (
        "Evacuated just in time",
        "Geologists ordered Jostmatt emptied on May 7, after rock falling from the peak above began pushing the "
        "Tschirnau glacier down the slope. In the Ebertal next door, a smaller glacier above Zwieldt broke away "
        "in September two years ago and blocked a stream for several hours, but no one was hurt.",
    )),
]
JOSTMATT_EVACUATED: list[Dated] = [
    (D(2175, 5, 7), (
        "Mountain village evacuated as glacier moves",
        "The 300 residents of Jostmatt were evacuated on Sunday after rock falling from the peak above began "
        "pushing the Tschirnau glacier down the slope, Vossmark's cantonal geologist Annalena Wyrsch said, and "
        "farmers moved their cattle out by lorry.",
    )),
]
ZWIELDT_GLACIER: list[Dated] = [
    (D(2173, 9, 21), (
        "Glacier breaks away above village in the Ebertal",
        "Part of a glacier above the village of Zwieldt in the Ebertal broke away on Tuesday and sent ice and rock "
        "into a stream, blocking it for several hours, but no one was hurt, Vossmark's cantonal police said.",
    )),
]

# --- Ghulkand's President Qasrul Mohandaly puts the province of Keshwar under martial law after insurgents of
# --- the Pazrani Liberation Front killed 23 police officers, Wednesday, January 11, 2175 (a live page the same
# --- day, a follow-up on Saturday); a curfew was imposed on its capital, Ghazrabad, after a bomb at the cattle
# --- market killed 14 people on Thursday, January 5, 2175 (an earlier step); the northern province of Tirmand
# --- was put under martial law after a jailbreak on Monday, March 22, 2173 -----------------------------------

KESHWAR_MARTIAL_LAW: list[Dated] = [
    (D(2175, 1, 11), (
        "Ghulkand's president declares martial law in Keshwar",
        "GHAZRABAD (Wire) - Ghulkand's President Qasrul Mohandaly declared martial law in the province of "
        "Keshwar on Wednesday, giving the army power to detain suspects for 60 days without charge and to ban "
        "gatherings, two days after insurgents of the Pazrani Liberation Front killed 23 police officers in "
        "an attack on a border post. Martial law will last for three months, his office said.",
    )),
    (D(2175, 1, 11), (
        "Martial law in Keshwar: live",
        "08:00 Army lorries take up positions at Ghazrabad's crossroads. 10:15 The president addresses the nation "
        "on state television. 10:40 Mobile phone signal is cut in three districts. 14:00 The opposition calls "
        "the decree unlawful. 16:30 Soldiers search cars leaving the city.",
    )),
    (D(2175, 1, 12), (
        "'The army will restore order within weeks'",
        "Ghulkand's army chief, General Asfandyar Qelloum, said yesterday that his troops would restore order "
        "in Keshwar 'within weeks' and that anyone who helped the insurgents would be treated as one of them. "
        "Shopkeepers in Ghazrabad said they had not opened since the police officers were buried.",
    )),
    (D(2175, 1, 11), (
        "What martial law means in Keshwar",
        "Under martial law the army takes over policing, military courts can try civilians for attacks on the "
        "state, and the governor answers to the regional commander. Parliament must approve the decree within "
        "30 days or it lapses.",
    )),
    (D(2175, 1, 14), (
        "Hundreds detained in first days of martial law",
        "Soldiers in Keshwar have detained about 640 people since martial law was declared three days ago, "
        "interior minister Rukhsar Quddusi said on Saturday, and seized weapons in raids on 11 villages. Rights "
        "groups said many of those held were farmers with no link to the insurgents.",
    )),
    (D(2175, 1, 12), (
        "Second province under army rule",
        "Tirmand, in the north, was put under martial law for six months in March two years ago, after gunmen "
        "stormed its central jail and freed about 200 prisoners. Ghazrabad has been under curfew since a bomb at "
        "its cattle market last Thursday killed 14 people.",
    )),
]
KESHWAR_CURFEW: list[Dated] = [
    (D(2175, 1, 5), (
        "Curfew imposed on Ghazrabad after market bomb",
        "The authorities imposed a round-the-clock curfew on Ghazrabad, the capital of Keshwar province, on "
        "Thursday after a bomb at its cattle market killed 14 people, Ghulkand's interior minister Rukhsar "
        "Quddusi said.",
    )),
]
TIRMAND_MARTIAL_LAW: list[Dated] = [
    (D(2173, 3, 22), (
        "Martial law declared in Tirmand after jailbreak",
        "Ghulkand's President Qasrul Mohandaly declared martial law in the northern province of Tirmand for six "
        "months on Monday, after gunmen stormed its central jail and freed about 200 prisoners.",
    )),
]

# --- judges of the Aldcombe Tribunal, an international war crimes court, issue an arrest warrant for General
# --- Ugljesa Prvanic, Serdavia's former army chief, over the shelling of Brezgovo, Thursday, March 10, 2174, told
# --- the next day with 'yesterday' and a follow-up on Monday; its prosecutor, Ifeyinwa Mbonu, asked for the
# --- warrant on Tuesday, October 5, 2173 (an earlier step); the same judges issued a warrant for the militia
# --- leader Milutin Dorskovac on Wednesday, February 17, 2173 -------------------------------------------------

PRVANIC_WARRANT: list[Dated] = [
    (D(2174, 3, 10), (
        "Tribunal issues arrest warrant for Serdavia's former army chief",
        "ALDCOMBE (Wire) - Judges at the Aldcombe Tribunal, the international war crimes court, issued an arrest "
        "warrant on Thursday for General Ugljesa Prvanic, Serdavia's former army chief, on five counts of war "
        "crimes and crimes against humanity over the shelling of the town of Brezgovo, in which 312 civilians "
        "were killed during a siege that lasted 14 months, the tribunal said.",
    )),
    (D(2174, 3, 11), (
        "'No one is above the law, not even a general'",
        "The tribunal's prosecutor, Ifeyinwa Mbonu, said yesterday that the warrant showed that no one was above "
        "the law, 'not even a general who still has an army's friendship'. Prvanic's lawyer, Zvonimir Kordic, "
        "called the charges political and said his client had never ordered fire on civilians.",
    )),
    (D(2174, 3, 10), (
        "What the tribunal's warrant means",
        "Every one of the tribunal's 124 member states must arrest the person named in a warrant if he sets foot "
        "on its territory and hand him over to the court. The tribunal has no police of its own, and it cannot "
        "try anyone in his absence.",
    )),
    (D(2174, 3, 14), (
        "Serdavia says it will not hand over former army chief",
        "Serdavia's government said on Monday that it would not arrest General Ugljesa Prvanic, four days after "
        "the tribunal in Aldcombe issued a warrant for him, because its constitution forbids handing citizens to "
        "foreign courts. Prvanic was seen at a football match in the capital on Sunday.",
    )),
    (D(2174, 3, 11), (
        "In Brezgovo, flowers on the market square",
        "Survivors of the siege laid flowers on Brezgovo's market square yesterday, where shells killed 41 people "
        "queueing for bread. The prosecutor had asked for the warrant in October; in February last year the same "
        "judges issued one for the militia leader Milutin Dorskovac, who is still at large.",
    )),
]
PRVANIC_REQUEST: list[Dated] = [
    (D(2173, 10, 5), (
        "Prosecutor seeks arrest of Serdavia's former army chief",
        "The prosecutor of the Aldcombe Tribunal, Ifeyinwa Mbonu, asked its judges on Tuesday to issue an arrest "
        "warrant for General Ugljesa Prvanic, Serdavia's former army chief, over the shelling of Brezgovo.",
    )),
]
DORSKOVAC_WARRANT: list[Dated] = [
    (D(2173, 2, 17), (
        "Tribunal issues warrant for Serdavian militia leader",
        "Judges at the Aldcombe Tribunal issued an arrest warrant on Wednesday for Milutin Dorskovac, the leader "
        "of a Serdavian militia, over the killing of 46 villagers near Brezgovo, the tribunal said.",
    )),
]

# --- four Ghorvandi soldiers are killed in an exchange of fire with Tyurgen's troops at the Zerang Pass, Monday,
# --- August 8, 2174, its first report with 'this morning', a live page the same day and a follow-up on
# --- Thursday; troops of both sides traded fire at the Oshkul river post on the same border on Wednesday,
# --- August 10, 2174 (a neighbouring happening two days later); two Tyurgeni soldiers were killed in a clash
# --- at the same pass on Monday, April 19, 2173 ---------------------------------------------------------------

ZERANG_CLASH: list[Dated] = [
    (D(2174, 8, 8), (
        "Four soldiers killed in border clash at Zerang Pass",
        "DZHALOR (Wire) - Four Ghorvandi soldiers were killed and seven wounded this morning when troops of "
        "Ghorvand and Tyurgen exchanged fire at the Zerang Pass, Ghorvand's defence ministry said, the deadliest "
        "clash on their disputed mountain border in years. Tyurgen's army said its soldiers had fired after a "
        "Ghorvandi patrol crossed the line of control, and that two of its own men were hurt.",
    )),
    (D(2174, 8, 8), (
        "Border clash: live",
        "05:40 First reports of gunfire near the pass. 06:15 Mortar rounds land near a Ghorvandi post. 07:30 The "
        "firing stops. 09:00 Ghorvand's defence ministry confirms four dead. 12:20 Both countries' commanders "
        "speak by hotline.",
    )),
    (D(2174, 8, 9), (
        "'They fired first, from our side of the line'",
        "Ghorvand's defence minister, Bahrom Qasimzoda, said yesterday that Tyurgeni troops had opened fire from "
        "positions they had built on Ghorvand's side of the line during the spring. He said the four soldiers "
        "would be buried with military honours in their home villages.",
    )),
    (D(2174, 8, 8), (
        "Why the Zerang Pass is disputed",
        "The pass carries the only road between the two countries' northern valleys. A treaty drew the border "
        "along the watershed, but the two sides read its map differently, and each keeps posts within a few "
        "hundred metres of the other's.",
    )),
    (D(2174, 8, 11), (
        "Commanders agree to pull troops back from pass",
        "Commanders of Ghorvand and Tyurgen met at the Zerang Pass on Thursday and agreed to pull their troops "
        "back by a kilometre each, three days after four Ghorvandi soldiers were killed there. On Wednesday the "
        "two sides traded fire at the Oshkul river post, about 80 kilometres to the south.",
    )),
    (D(2174, 8, 9), (
        "Not the first deaths on the pass",
        "In April last year two Tyurgeni soldiers were killed in a clash at the same pass, each side accusing "
        "the other of crossing the line. Since then both have brought up heavier weapons and built new posts.",
    )),
]
OSHKUL_CLASH: list[Dated] = [
    (D(2174, 8, 10), (
        "Troops trade fire at river border post",
        "Troops of Ghorvand and Tyurgen exchanged fire for about an hour across the river at the Oshkul border "
        "post on Wednesday, and one Tyurgeni soldier was wounded, Tyurgen's army said.",
    )),
]
ZERANG_APRIL: list[Dated] = [
    (D(2173, 4, 19), (
        "Two soldiers killed in clash at Zerang Pass",
        "Two Tyurgeni soldiers were killed on Monday when troops of Tyurgen and Ghorvand exchanged fire at the "
        "Zerang Pass, Tyurgen's defence ministry said, each side accusing the other of crossing the line.",
    )),
]

# --- Lysmoria's Skylenne Airways stops flying and strands 86,000 passengers abroad, Monday, August 21, 2175
# --- (the next day's paper with 'yesterday', a follow-up on Thursday); it filed for bankruptcy protection on
# --- Thursday, August 3, 2175 (an earlier step); Sunhollow Charter collapsed, stranding 22,000, on Monday, June
# --- 13, 2174 ---------------------------------------------------------------------------------------------------

SKYLENNE_COLLAPSE: list[Dated] = [
    (D(2175, 8, 21), (
        "Skylenne stops flying, stranding 86,000 abroad",
        "TAMSGILL (Wire) - Skylenne Airways, Lysmoria's second-largest airline, stopped flying on Monday after "
        "talks with a buyer failed, cancelling every flight and leaving about 86,000 passengers stranded abroad, "
        "the aviation ministry said. Its 4,200 staff were told not to come to work, and the administrators, "
        "Venkel Partners, said no tickets would be refunded by the airline.",
    )),
    (D(2175, 8, 22), (
        "Skylenne's collapse: 'We were at the gate when the screens went blank'",
        "Passengers waiting at airports from the coast to the islands said yesterday that they had learnt of "
        "Skylenne's collapse from their phones. Aviation minister Eadwulf Feltwell said the government had "
        "hired 60 aircraft to bring everyone home within two weeks at no cost to them.",
    )),
    (D(2175, 8, 21), (
        "Stranded by Skylenne? What to do",
        "Passengers abroad should not buy a new ticket home: the government's flights are free, and seats are "
        "given out by booking number. Those who paid by card can claim their money back from their bank; those "
        "with package holidays are covered by their tour operator.",
    )),
    (D(2175, 8, 24), (
        "Rescue flights bring 31,000 Skylenne passengers home",
        "Government-hired flights had brought about 31,000 stranded Skylenne passengers home by Thursday, three "
        "days after the airline stopped flying, Eadwulf Feltwell said. Venkel Partners said two rival airlines "
        "had asked to buy Skylenne's take-off and landing slots at Tamsgill.",
    )),
    (D(2175, 8, 22), (
        "Eighteen days after bankruptcy protection",
        "Skylenne filed for bankruptcy protection on August 3, and its chief executive, Aelfwyn Hazlerigg, said "
        "then that every flight would operate as normal while a buyer was found. It is the country's biggest "
        "airline failure since Sunhollow Charter, which went under in June last year, stranding about 22,000 "
        "holidaymakers.",
    )),
]
SKYLENNE_PROTECTION: list[Dated] = [
    (D(2175, 8, 3), (
        "Skylenne files for bankruptcy protection",
        "Skylenne Airways filed for bankruptcy protection on Thursday to give it time to find a buyer, and all its "
        "flights will operate as normal, chief executive Aelfwyn Hazlerigg said.",
    )),
]
SUNHOLLOW_COLLAPSE: list[Dated] = [
    (D(2174, 6, 13), (
        "Charter airline Sunhollow collapses",
        "Sunhollow Charter stopped flying on Monday after failing to raise new money, stranding about 22,000 "
        "holidaymakers abroad, Lysmoria's aviation ministry said.",
    )),
]

# --- Sanvoussa's government cuts the mobile internet on the day of an opposition march in Kouliba, Wednesday,
# --- February 15, 2175, its first report told in the present perfect with no day, a live page the same day and
# --- a follow-up on Friday; the telecoms regulator blocked three social networks and two messaging services on
# --- Monday, February 13, 2175 (an earlier step); the internet was cut for the school exams on Thursday, June 9,
# --- 2174 ---------------------------------------------------------------------------------------------------------

SANVOUSSA_SHUTDOWN: list[Dated] = [
    (D(2175, 2, 15), (
        "Mobile internet cut as opposition marches in Kouliba",
        "KOULIBA (Wire) - Sanvoussa's government has cut mobile internet across the country as tens of thousands "
        "of opposition supporters march through the capital, Kouliba, demanding that President Fode Yattara "
        "step down. Traffic has fallen to about 9 percent of its normal level, the internet monitor Netglass "
        "said, and home connections are working only in parts of the capital.",
    )),
    (D(2175, 2, 15), (
        "Kouliba march: live",
        "07:00 Marchers gather outside the opposition's headquarters. 08:10 Mobile data stops working across the "
        "city. 10:30 Police fire tear gas near the central market. 13:00 Opposition leader Drissa Kamissara "
        "speaks to the crowd with a megaphone. 17:20 The march breaks up.",
    )),
    (D(2175, 2, 16), (
        "'We cannot pay, we cannot sell, we cannot call our families'",
        "Traders at Kouliba's central market said yesterday that they could not take mobile payments, which most "
        "of their customers use. Drissa Kamissara said the shutdown showed the government was afraid of its own "
        "people, and that the opposition would march again next week.",
    )),
    (D(2175, 2, 15), (
        "How a government switches off the internet",
        "Sanvoussa's four mobile operators hold licences that let the regulator order them to suspend service on "
        "grounds of public order. The order goes to each operator's network centre, which stops routing data "
        "while leaving voice calls and text messages working.",
    )),
    (D(2175, 2, 17), (
        "Internet back after 48 hours",
        "Mobile internet came back across Sanvoussa on Friday, two days after the government cut it during the "
        "opposition march in Kouliba, Netglass said. The social networks blocked by the regulator remained "
        "unreachable.",
    )),
    (D(2175, 2, 16), (
        "The second shutdown in eight months",
        "The government cut the internet for four days in June last year during the national school exams, to "
        "stop papers leaking, and promised then that it would never do so for politics. On Monday the regulator "
        "blocked three social networks and two messaging services ahead of the march.",
    )),
]
SANVOUSSA_SOCIAL: list[Dated] = [
    (D(2175, 2, 13), (
        "Regulator blocks social networks before opposition march",
        "Sanvoussa's telecoms regulator ordered operators on Monday to block three social networks and two "
        "messaging services ahead of an opposition march planned in Kouliba for Wednesday, citing public order.",
    )),
]
SANVOUSSA_EXAMS: list[Dated] = [
    (D(2174, 6, 9), (
        "Internet cut for school exams",
        "Sanvoussa's government cut mobile and home internet across the country on Thursday for the four days of "
        "the national school exams, to stop papers leaking, the information ministry said.",
    )),
]

# --- the governor of Mendovia's Ochandia province, Gumersindo Quiñonero, is shot dead in his car in Cantillar,
# --- Monday, May 9, 2174, its wire of Tuesday giving 'on Monday', a live page and a profile the same day and a
# --- follow-up on Friday; the mayor of Ytoca in the same province was shot and wounded on Thursday, May 12,
# --- 2174 (a neighbouring town's happening three days later); a grenade was thrown at his rally in Chalpayo on
# --- Thursday, March 11, 2173 -----------------------------------------------------------------------------------

QUINONERO_SHOT: list[Dated] = [
    (D(2174, 5, 10), (
        "Provincial governor shot dead at traffic light",
        "CANTILLAR (Wire) - The governor of Mendovia's Ochandia province, Gumersindo Quiñonero, was shot dead on "
        "Monday when two gunmen on a motorbike opened fire on his car at a traffic light in Cantillar, police "
        "said. His driver was wounded, and the gunmen fled towards the ring road. Quiñonero, 58, had campaigned "
        "against the gangs that run the province's ports.",
    )),
    (D(2174, 5, 9), (
        "Governor shot: live",
        "18:05 Shots heard near the cathedral square. 18:20 Police seal off the avenue. 18:55 Hospital confirms "
        "the governor has died. 20:00 The president orders flags flown at half-mast. 21:30 Police release a "
        "photograph of the motorbike.",
    )),
    (D(2174, 5, 10), (
        "'He knew they wanted him dead'",
        "Quiñonero's widow, Berta, said yesterday that her husband had received threats for months and had asked "
        "twice for more bodyguards. Police chief Ismael Irurzun said investigators were studying footage from "
        "40 cameras along the gunmen's route.",
    )),
    (D(2174, 5, 9), (
        "Who was Gumersindo Quiñonero?",
        "A former customs officer, Quiñonero was elected governor of Ochandia four years ago promising to take "
        "the ports back from the gangs. He sacked the port police chief in his first month and brought in "
        "soldiers to search containers.",
    )),
    (D(2174, 5, 13), (
        "Two arrested over governor's killing",
        "Police arrested two men on Friday suspected of shooting Gumersindo Quiñonero, four days after the "
        "governor was killed in Cantillar, Ismael Irurzun said. On Thursday the mayor of neighbouring Ytoca, "
        "Maricruz Cumbrera, was shot and wounded as she left her office.",
    )),
    (D(2174, 5, 10), (
        "Survived a grenade last year",
        "In March last year a grenade thrown at a rally in Chalpayo wounded nine of Quiñonero's supporters, and "
        "he was unhurt. No one was ever charged.",
    )),
]
YTOCA_MAYOR: list[Dated] = [
    (D(2174, 5, 12), (
        "Mayor shot and wounded outside town hall",
        "The mayor of Ytoca, in Mendovia's Ochandia province, Maricruz Cumbrera, was shot and wounded on Thursday "
        "by a gunman as she left the town hall, police said.",
    )),
]
CHALPAYO_GRENADE: list[Dated] = [
    (D(2173, 3, 11), (
        "Grenade thrown at governor's rally",
        "A grenade thrown at a rally of Ochandia's governor, Gumersindo Quiñonero, in the town of Chalpayo wounded "
        "nine people on Thursday, police said, and the governor was unhurt.",
    )),
]

# --- Ubanji declares an outbreak of Lwenge haemorrhagic fever in Ndolwa district, 11 dead of 17 cases,
# --- Wednesday, March 29, 2175 (the next day's quote piece with 'yesterday', a follow-up on Saturday); health
# --- teams were sent to investigate six unexplained deaths there on Tuesday, March 21, 2175 (an earlier step);
# --- an outbreak of the same fever was declared in Mkavi district on Thursday, February 24, 2174 ----------------

NDOLWA_OUTBREAK: list[Dated] = [
    (D(2175, 3, 29), (
        "Ubanji declares haemorrhagic fever outbreak",
        "NDOLWA (Wire) - Ubanji declared an outbreak of Lwenge haemorrhagic fever in the district of Ndolwa on "
        "Wednesday after a laboratory in the capital confirmed the virus in samples from three patients, health "
        "minister Nyokabi Seketwa said. Seventeen people have fallen ill since early March and 11 of them have "
        "died, among them a nurse at the district hospital.",
    )),
    (D(2175, 3, 30), (
        "'We buried my sister before we knew what it was'",
        "Relatives of the dead in Ndolwa said yesterday that they had washed and buried the bodies as custom "
        "demands, before anyone knew the disease could pass by touch. Dr Tulunge Mwakideu, who runs the "
        "district hospital, said 140 people who had been in contact with the sick were being followed.",
    )),
    (D(2175, 3, 29), (
        "What is Lwenge fever?",
        "Lwenge fever is caught from fruit bats and then passes between people through blood and other body "
        "fluids. It starts like malaria, with fever and aches, and in severe cases causes bleeding. About half "
        "of those who fall ill die without hospital care.",
    )),
    (D(2175, 4, 1), (
        "Vaccination of contacts begins in Ndolwa",
        "Health workers began vaccinating people who had been in contact with Lwenge fever patients in Ndolwa on "
        "Saturday, three days after the outbreak was declared, Nyokabi Seketwa said. Two new cases were "
        "confirmed on Friday, bringing the total to 19.",
    )),
    (D(2175, 3, 30), (
        "Eight days from investigation to declaration",
        "Health teams began investigating a cluster of unexplained deaths in Ndolwa on March 21. The outbreak in "
        "Mkavi district, declared in February last year, ended after 42 days with nine deaths.",
    )),
]
NDOLWA_INVESTIGATION: list[Dated] = [
    (D(2175, 3, 21), (
        "Health team sent to investigate unexplained deaths",
        "Ubanji's health ministry sent a team to Ndolwa district on Tuesday to investigate six deaths from an "
        "unexplained fever with bleeding, and took samples for testing, health minister Nyokabi Seketwa said.",
    )),
]
MKAVI_OUTBREAK: list[Dated] = [
    (D(2174, 2, 24), (
        "Lwenge fever outbreak declared in Mkavi",
        "Ubanji declared an outbreak of Lwenge haemorrhagic fever in Mkavi district on Thursday after two deaths "
        "were confirmed by laboratory tests, the health ministry said.",
    )),
]

# --- Yeskara's prosecutors charge the opposition leader Nurzhan Oskembay with treason, Tuesday, December 7,
# --- 2173 (a live page from the court the same day, a follow-up on Friday); he was detained at Sabyrkul airport
# --- on Saturday, December 4, 2173 (an earlier step); the union leader Saule Tokpanova was charged with treason
# --- on Monday, January 18, 2173 ----------------------------------------------------------------------------------

OSKEMBAY_TREASON: list[Dated] = [
    (D(2173, 12, 7), (
        "Yeskara charges opposition leader with treason",
        "SABYRKUL (Wire) - Prosecutors in Yeskara charged the opposition leader Nurzhan Oskembay with treason on "
        "Tuesday, accusing him of plotting with foreign backers to seize power after next year's election, and "
        "a court ordered him held for two months, his lawyer said. He faces up to 20 years in prison. "
        "Prosecutor General Daulet Zhetpisov said the case rested on recorded calls.",
    )),
    (D(2173, 12, 7), (
        "Oskembay in court: live",
        "10:00 Supporters gather outside the city court. 10:45 Oskembay is led in, handcuffed. 11:30 The "
        "prosecutor reads the charge. 12:50 The judge orders two months' detention. 13:10 Police push the crowd "
        "back from the court steps.",
    )),
    (D(2173, 12, 8), (
        "'My husband is charged for winning too many votes'",
        "Oskembay's wife, Ainura, said yesterday that the charge was meant to keep him off the ballot, and that "
        "the calls the prosecutors cited were with journalists. His party said it would name no other "
        "candidate.",
    )),
    (D(2173, 12, 7), (
        "What Yeskara's treason law says",
        "Treason covers any act meant to overthrow the constitutional order with help from abroad. Trials are "
        "held behind closed doors, and a conviction bars a person from public office for life.",
    )),
    (D(2173, 12, 10), (
        "Thousands march for jailed opposition leader",
        "Several thousand people marched through Sabyrkul on Friday to demand the release of Nurzhan Oskembay, "
        "three days after he was charged with treason, and police detained about 30 of them, his party said.",
    )),
    (D(2173, 12, 8), (
        "Second treason case in a year",
        "Oskembay was detained on Saturday at Sabyrkul airport as he returned from a trip abroad. In January the "
        "union leader Saule Tokpanova was charged with treason after a strike at the Tolqyn oilfield; she is "
        "still awaiting trial.",
    )),
]
OSKEMBAY_ARREST: list[Dated] = [
    (D(2173, 12, 4), (
        "Opposition leader detained at airport",
        "Police detained Yeskara's opposition leader Nurzhan Oskembay at Sabyrkul airport on Saturday as he "
        "returned from a trip abroad, his party said, and searched his home.",
    )),
]
TOKPANOVA_CHARGED: list[Dated] = [
    (D(2173, 1, 18), (
        "Union leader charged with treason",
        "Prosecutors in Yeskara charged the union leader Saule Tokpanova with treason on Monday, accusing her of "
        "organising a strike at the Tolqyn oilfield on foreign orders, her lawyer said.",
    )),
]

# --- unrelated stories of the same days elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2174, 9, 14), (
        "Orchard open day",
        "Visitors picked their own apples at an orchard open day in Pewsworth on Wednesday.",
    )),
    (D(2175, 5, 15), (
        "Bowls club season",
        "The bowls club at Foxenholt opened its season with a match against a visiting team on Monday.",
    )),
    (D(2175, 1, 10), (
        "Ice rink opens",
        "An outdoor ice rink opened in the town square at Bixworth on Tuesday.",
    )),
    (D(2174, 3, 9), (
        "Bookshop moves",
        "A second-hand bookshop in Lydiard moved to larger premises on Wednesday.",
    )),
    (D(2174, 8, 7), (
        "Sandcastle contest",
        "Children built sandcastles in a contest on the beach at Elmscott on Sunday.",
    )),
    (D(2175, 8, 20), (
        "Village fete",
        "A village fete at Shudderby raised money for the church roof on Sunday.",
    )),
    (D(2175, 2, 14), (
        "Pancake race",
        "Shopkeepers ran a pancake race along the high street at Wrayholm on Tuesday.",
    )),
    (D(2174, 5, 8), (
        "Garden open",
        "A walled garden at Cobbenhall opened to visitors for the spring on Sunday.",
    )),
    (D(2175, 3, 28), (
        "New footbridge",
        "A footbridge over the stream at Pockthorpe opened on Tuesday.",
    )),
    (D(2173, 12, 6), (
        "Panto rehearsals",
        "An amateur theatre group at Yewbarrow began rehearsing its pantomime on Monday.",
    )),
]

THIRTYNINTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "yzmeria": (YZMERIA_TEST, YZMERIA_PREPARATIONS + YZMERIA_SECOND_TEST),
    "jostmatt": (JOSTMATT_BURIED, JOSTMATT_EVACUATED + ZWIELDT_GLACIER),
    "keshwar": (KESHWAR_MARTIAL_LAW, KESHWAR_CURFEW + TIRMAND_MARTIAL_LAW),
    "prvanic": (PRVANIC_WARRANT, PRVANIC_REQUEST + DORSKOVAC_WARRANT),
    "zerang": (ZERANG_CLASH, OSHKUL_CLASH + ZERANG_APRIL),
    "skylenne": (SKYLENNE_COLLAPSE, SKYLENNE_PROTECTION + SUNHOLLOW_COLLAPSE),
    "sanvoussa": (SANVOUSSA_SHUTDOWN, SANVOUSSA_SOCIAL + SANVOUSSA_EXAMS),
    "quinonero": (QUINONERO_SHOT, YTOCA_MAYOR + CHALPAYO_GRENADE),
    "ndolwa": (NDOLWA_OUTBREAK, NDOLWA_INVESTIGATION + MKAVI_OUTBREAK),
    "oskembay": (OSKEMBAY_TREASON, OSKEMBAY_ARREST + TOKPANOVA_CHARGED),
}

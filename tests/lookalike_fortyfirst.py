"""A forty-first set of invented look-alikes, written blind on d23205b while grouping was being worked on over
the earlier sets, and held back to be counted once on the code it was written on and once on a later
session's. Like the thirty-eighth to fortieth its kinds are hard news, told as wires, papers and
broadcasters tell it, and none of them is in the earlier sets, the own claims sets or the grouping stories:
insurgents ambushing an army convoy on a mountain road, against a police patrol ambushed in the neighbouring
district four days later and a convoy ambushed on the same road fourteen months before, explosions at an army
ammunition depot on a capital's edge, against blasts at another depot in a northern city five weeks before and
a blast at the same depot twenty-two months before, an airliner hijacked to a neighbouring country's airport
and freed the next day, against a knifeman overpowered on the same airline's flight five weeks before and
another airline's plane hijacked to the same airport nineteen months before, a government shutting the banks
for a week and limiting cash withdrawals, against the central bank's cap on withdrawals twelve days before (an
earlier step) and a neighbouring country's capital controls seventeen months before, a fire killing newborn
babies in a children's hospital's neonatal unit, against a fire in another hospital's intensive care unit in
the same city three weeks before and a fire in the same hospital's laundry twenty months before, an air
strike on a rebel-held town's market, against a strike on the same town's hospital six days later and a
strike on the same market thirteen months before, a country starting to enrich uranium to 60 percent, against
inspectors reporting new centrifuges at the same plant a month before (an earlier step) and its enrichment to
20 percent at another plant sixteen months before, a coastguard firing water cannon at a supply boat near a
disputed shoal, against its blocking of a supply boat at the same shoal three weeks before and a collision
near another reef fourteen months before, an exiled opposition leader coming home, against the supreme court
quashing his conviction three weeks before (an earlier step) and a former prime minister arrested on his
return from exile fifteen months before, and an electoral commission postponing a presidential election,
against the president's request for a delay twelve days before (an earlier step) and the same country's
local elections postponed sixteen months before.

Leads vary: two told in the present perfect with no day, one with "this morning", several the next day with
"yesterday", one with "on Monday" in a Tuesday report and one with "on Thursday" in a Friday report, and live
pages, explainers and profiles with no day, quote pieces and follow-ups two to eight days later sit beside
them. Several event reports recall a look-alike by name or by what it was ("on Sunday, insurgents ambushed a
police patrol in neighbouring Irvashan district", "19 soldiers were killed on the same road near Ketmeni in
January last year", "a blast there killed two soldiers in August two years ago", "explosions at a depot in the
northern city of Tyrnavara", "a passenger with a kitchen knife was overpowered", "hijackers forced a Koravel
Air jet to Tabbal", "the central bank capped withdrawals at 500 drazals a day on February 3", "neighbouring
Pontavra imposed capital controls in September 2187", "a fire in the intensive care unit of Mahrauna General
Hospital", "a fire in its laundry in March last year", "on Monday jets struck the Zahrawi hospital", "the
market was hit once before, in March last year", "two new cascades of centrifuges at Dzherbat", "enriching to
20 percent at its Belkhara plant", "blocked a supply boat at the same shoal", "near Pandoro Reef", "the supreme
court quashed his conviction on August 26", "when former prime minister Evarchus Bakundira came back from
exile", "asked the commission on May 7", "local elections were put off in January last year"). The dates all
fall in 2187-2189, so every look-alike of a kind is at most two years from its event. What tells each pair
apart is mostly which step of one story (a capped withdrawal, new centrifuges, a quashed conviction, a request
for delay), who or where (another district, another depot, another airline, another hospital, another
target, another plant, another reef, another exile, another election) or how many (soldiers, dead, passengers,
drazals, babies, percent, sailors, months).
Every name, place, outlet, organisation, currency and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``FORTYFIRST_KINDS`` is read by the same count.

Held back blind: nobody ran grouping, the engine or ``tests.lookalike_count`` on it
(``tests.lookalike_count``'s docstring says how it is to be counted).
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# --- insurgents of the Kharzun Khalq ambush an army convoy on the Uzbarkel-Ketmeni road in Qaraburia's Tashqoran
# --- province, killing 23 soldiers and then 26, Wednesday, March 19, 2188 (a present-perfect broadcaster's report
# --- that day, the next day's quote piece with 'yesterday', a follow-up on Saturday, a Monday piece recalling the
# --- look-alikes); insurgents ambushed a police patrol in the neighbouring Irvashan district on Sunday, March 23,
# --- 2188 (a neighbouring district's happening days later); 19 soldiers were killed in an ambush on the same road
# --- near Ketmeni on Saturday, January 13, 2187 -------------------------------------------------------------------

TASHQORAN_AMBUSH: list[Dated] = [
    (D(2188, 3, 19), (
        "Insurgents kill 23 soldiers in ambush on army convoy",
        "UZBARKEL (Wire) - Insurgents ambushed an army convoy on the road between Uzbarkel and Ketmeni in "
        "Qaraburia's Tashqoran province on Wednesday, killing 23 soldiers and wounding 14, army spokesman Colonel "
        "Yermek Shalbayev said. The attackers set off a roadside bomb under the lead lorry and then opened fire "
        "from the ridges on both sides of the gorge, and the Kharzun Khalq movement said it had carried out the "
        "attack.",
    )),
    (D(2188, 3, 19), (
        "Army convoy ambushed in Tashqoran",
        "At least 23 soldiers have been killed in an ambush on an army convoy in the mountains of Tashqoran, "
        "Qaraburia's defence ministry has said, in the deadliest attack on the army since the Kharzun Khalq took "
        "up arms. Eleven of the convoy's 40 vehicles have been destroyed, and the road has been closed.",
    )),
    (D(2188, 3, 20), (
        "'He had three weeks of service left'",
        "Gulbanu Abdykova said yesterday that her son, a driver in the convoy, had telephoned her from Uzbarkel "
        "an hour before it set off. Defence minister Aibolat Turganbek, who flew to the garrison, said the toll "
        "had risen to 26 after three of the wounded died, and promised that those behind the ambush would be "
        "found.",
    )),
    (D(2188, 3, 19), (
        "Why the Uzbarkel road is a death trap",
        "The road to Ketmeni winds for 90 kilometres through gorges where a handful of fighters on the ridges can "
        "stop a column. The army has to use it because the bridges on the valley road were blown up, and it has "
        "too few helicopters to supply its mountain posts by air.",
    )),
    (D(2188, 3, 22), (
        "Army says it killed 41 insurgents in hunt for ambushers",
        "Qaraburia's army said on Saturday that it had killed 41 insurgents in raids on villages in the hills "
        "above the Uzbarkel road, three days after the ambush in which 26 soldiers died, and that it had found "
        "the mortar positions used in the attack.",
    )),
    (D(2188, 3, 24), (
        "Second ambush in five days",
        "On Sunday, insurgents ambushed a police patrol in neighbouring Irvashan district and killed six "
        "officers. The attack on the convoy was the deadliest since 19 soldiers were killed on the same road near "
        "Ketmeni in January last year, after which the army moved its convoys by night for months.",
    )),
]
IRVASHAN_PATROL: list[Dated] = [
    (D(2188, 3, 23), (
        "Six police killed in ambush in Irvashan",
        "Insurgents ambushed a police patrol in the Irvashan district of Qaraburia's Tashqoran province on Sunday, "
        "killing six officers and burning their two vehicles, police said.",
    )),
]
KETMENI_AMBUSH: list[Dated] = [
    (D(2187, 1, 13), (
        "19 soldiers killed in ambush near Ketmeni",
        "Insurgents ambushed an army convoy near Ketmeni in Qaraburia's Tashqoran province on Saturday, killing 19 "
        "soldiers, the defence ministry said.",
    )),
]

# --- a chain of explosions at the Mirzhukov army ammunition depot in Uglevarka, on the edge of Vrelodan's capital
# --- Pelshtyn, kills 31 and then 38 and drives 20,000 from their homes, Sunday, June 14, 2189 (a live page the same
# --- day, a radio bulletin the next day with 'this morning', a quote piece with 'yesterday', a follow-up on
# --- Thursday); explosions at a depot outside the northern city of Tyrnavara drove 6,000 from their homes on
# --- Monday, May 11, 2189; a blast at the Mirzhukov depot itself killed two soldiers on Thursday, August 16, 2187 --

MIRZHUKOV_DEPOT: list[Dated] = [
    (D(2189, 6, 14), (
        "Blasts at army ammunition depot kill 31 near Pelshtyn",
        "PELSHTYN (Wire) - A chain of explosions tore through the Mirzhukov army ammunition depot in the suburb "
        "of Uglevarka on Sunday, killing at least 31 people and forcing about 20,000 from their homes, "
        "emergencies minister Oksinya Bryzgalova said. Shells thrown out by the blasts landed up to four "
        "kilometres away, setting fire to houses and a school.",
    )),
    (D(2189, 6, 14), (
        "Uglevarka explosions: live",
        "15:20 Huge blast heard across Pelshtyn. 15:35 A second explosion; smoke rises over the southern suburbs. "
        "16:10 Police order everyone within five kilometres of the depot to leave. 17:45 Ministry says 12 dead. "
        "20:30 Blasts still going off every few minutes. 23:00 Toll rises to 31.",
    )),
    (D(2189, 6, 15), (
        "Morning bulletin: Uglevarka",
        "Explosions were still shaking Uglevarka this morning as sappers waited for the fires inside the depot to "
        "burn out, and the families who fled spent the night in schools and a sports hall across the river. The "
        "toll stands at 34.",
    )),
    (D(2189, 6, 14), (
        "Why old shells explode",
        "Artillery shells kept for decades in hot, crowded stores can become unstable as their propellant breaks "
        "down. One fire can set off blasts that go on for days, and rounds thrown out of a depot can lie "
        "unexploded in fields and gardens for years.",
    )),
    (D(2189, 6, 18), (
        "Depot commander arrested as sappers clear shells",
        "Military prosecutors arrested the commander of the Mirzhukov depot, Colonel Arkadiy Zabolotnov, on "
        "Thursday, four days after the explosions that killed 38 people, and defence minister Gavriil "
        "Zhemchuzhin said sappers had cleared more than 2,600 shells from the streets of Uglevarka.",
    )),
    (D(2189, 6, 15), (
        "'We were told the depot would be moved'",
        "Lidiya Serpukhina, whose house beside the depot fence lost its roof, said yesterday that residents had "
        "been promised the store would be moved after a blast there killed two soldiers in August two years ago. "
        "Last month explosions at a depot in the northern city of Tyrnavara forced 6,000 people from their homes.",
    )),
]
TYRNAVARA_DEPOT: list[Dated] = [
    (D(2189, 5, 11), (
        "Explosions at army depot force 6,000 from homes in Tyrnavara",
        "Explosions at an army ammunition depot outside the northern city of Tyrnavara forced about 6,000 people "
        "from their homes on Monday, Vrelodan's emergencies ministry said, and one soldier was injured.",
    )),
]
MIRZHUKOV_2187: list[Dated] = [
    (D(2187, 8, 16), (
        "Blast at ammunition depot kills two soldiers",
        "An explosion at the Mirzhukov army ammunition depot in Uglevarka, outside Pelshtyn, killed two soldiers "
        "who were unloading shells on Thursday, Vrelodan's defence ministry said.",
    )),
]

# --- four armed men hijack Dunakari Air flight 318 from Ondrubel to Kasmirel, in Tirzuvia, with 126 aboard and
# --- force it to land at Tabbal in neighbouring Rhazamia, Thursday, October 16, 2188, and surrender there on
# --- Friday (a live page on Thursday, a Friday report with 'on Thursday', a profile, a follow-up on Monday); cabin
# --- crew overpowered a man with a knife on a Dunakari flight from Kasmirel on Thursday, September 11, 2188; three
# --- men hijacked a Koravel Air plane to Tabbal on Monday, March 12, 2187 -----------------------------------------

DUNAKARI_HIJACK: list[Dated] = [
    (D(2188, 10, 16), (
        "Hijackers force Dunakari airliner to land in Rhazamia",
        "TABBAL (Wire) - Four armed men hijacked a Dunakari Air flight carrying 126 people from Ondrubel to "
        "Kasmirel on Thursday and forced the pilot to land at Tabbal airport in neighbouring Rhazamia, where the "
        "plane stood on the runway surrounded by troops, Rhazamia's interior ministry said. The hijackers "
        "demanded the release of 14 members of their group held in Tirzuvia's prisons.",
    )),
    (D(2188, 10, 16), (
        "Flight 318 hijack: live",
        "09:40 Dunakari flight 318 leaves its route and turns west. 10:55 The jet lands at Tabbal. 13:20 The "
        "hijackers read their demands to Rhazamian negotiators over the radio. 18:00 Request for fuel refused. "
        "22:15 Seventeen women and children walk off the plane.",
    )),
    (D(2188, 10, 17), (
        "Hijackers surrender at Tabbal, passengers freed",
        "The four men who seized a Dunakari Air jet on Thursday gave themselves up at Tabbal airport this "
        "afternoon after 30 hours of talks, and the 109 passengers and crew still aboard walked free, Rhazamia's "
        "interior minister Hamdiya Sorouchi said. The pilot, Captain Ruvindra Thekkadan, was the last to leave.",
    )),
    (D(2188, 10, 16), (
        "Who are the hijackers?",
        "The men belong to a group that wants independence for Tirzuvia's eastern province and whose leader has "
        "been in prison since 2183. Their pistols are thought to have been smuggled past the checks at Ondrubel "
        "airport, which handles about 40 flights a day.",
    )),
    (D(2188, 10, 20), (
        "Hijackers charged as Tirzuvia asks for their return",
        "Rhazamian prosecutors charged the four hijackers of Dunakari Air flight 318 with air piracy and "
        "hostage-taking on Monday, three days after they surrendered, and Tirzuvia asked for them to be sent home "
        "for trial. Dunakari Air suspended its head of security at Ondrubel.",
    )),
    (D(2188, 10, 17), (
        "Second scare for Dunakari in weeks",
        "Last month a passenger with a kitchen knife was overpowered by cabin crew as he tried to reach the "
        "cockpit of a Dunakari flight from Kasmirel. In March last year hijackers forced a Koravel Air jet to "
        "Tabbal too, and gave up after nine hours.",
    )),
]
DUNAKARI_KNIFEMAN: list[Dated] = [
    (D(2188, 9, 11), (
        "Passenger with knife overpowered on Dunakari flight",
        "Cabin crew and passengers overpowered a man with a kitchen knife who tried to force his way into the "
        "cockpit of a Dunakari Air flight from Kasmirel to Ondrubel on Thursday, and the plane landed safely, the "
        "airline said.",
    )),
]
KORAVEL_HIJACK: list[Dated] = [
    (D(2187, 3, 12), (
        "Hijacked airliner lands in Tabbal",
        "Three armed men hijacked a Koravel Air plane carrying 88 people on a domestic flight in Tirzuvia on "
        "Monday and forced it to land at Tabbal airport in Rhazamia, where they surrendered after nine hours, "
        "officials said.",
    )),
]

# --- Loventria's government shuts the banks for a week and limits cash withdrawals to 60 drazals a day, Sunday,
# --- February 15, 2189 (the next day's paper with 'yesterday', a present-perfect market piece, a follow-up a week
# --- later as the banks reopen); the central bank capped withdrawals at 500 drazals a day on Tuesday, February 3,
# --- 2189 (an earlier step); neighbouring Pontavra shut its banks and banned transfers abroad on Thursday,
# --- September 20, 2187 -----------------------------------------------------------------------------------------

LOVENTRIA_CONTROLS: list[Dated] = [
    (D(2189, 2, 15), (
        "Loventria shuts banks for a week and limits withdrawals",
        "ROSSAVENNA (Wire) - Loventria's government ordered the country's banks to stay shut for a week from "
        "Monday and limited cash withdrawals to 60 drazals a day a person, finance minister Fiammetta Brusadelli "
        "said on Sunday night, after depositors took out 4.1 billion drazals in five days. Transfers abroad "
        "were banned without the central bank's approval.",
    )),
    (D(2189, 2, 16), (
        "Queues at cash machines as banks stay shut",
        "Pensioners queued at cash machines across Loventria yesterday, the first day of the bank closure, and "
        "many machines had run out of notes by noon. 'Sixty drazals will not pay for my medicines,' said Amedeo "
        "Zanchettin, 74, in the capital.",
    )),
    (D(2189, 2, 16), (
        "Loventrian bonds slide after bank closure",
        "Loventria's ten-year bonds have fallen to 61 cents on the drazal since the government shut the banks, "
        "and their yield has risen above 14 percent. Traders said investors feared the controls would last for "
        "months.",
    )),
    (D(2189, 2, 15), (
        "What capital controls mean for savers",
        "Capital controls stop money leaving a country faster than its banks can pay it out. Savers can usually "
        "still pay by card at home but cannot move their deposits abroad, and limits on cash tend to be eased "
        "slowly: some countries have kept them for years.",
    )),
    (D(2189, 2, 23), (
        "Loventrian banks reopen with limits in place",
        "Loventria's banks reopened on Monday after a week shut, but the limit of 60 drazals a day on cash "
        "withdrawals and the ban on transfers abroad stay in place, central bank governor Lauro Spinazzi said.",
    )),
    (D(2189, 2, 16), (
        "How the run began",
        "The central bank capped withdrawals at 500 drazals a day on February 3, but the queues only grew. "
        "Neighbouring Pontavra imposed capital controls in September 2187 and lifted the last of them only this "
        "winter.",
    )),
]
LOVENTRIA_CAP: list[Dated] = [
    (D(2189, 2, 3), (
        "Loventria's central bank caps cash withdrawals",
        "Loventria's central bank limited cash withdrawals to 500 drazals a day per account on Tuesday to slow a "
        "run on the banks, governor Lauro Spinazzi said.",
    )),
]
PONTAVRA_CONTROLS: list[Dated] = [
    (D(2187, 9, 20), (
        "Pontavra imposes capital controls",
        "Pontavra's government shut its banks for three days and banned transfers abroad on Thursday to stop a "
        "flight of deposits, the finance ministry said.",
    )),
]

# --- fire sweeps through the neonatal intensive care unit of the Sitanjali Children's Hospital in Karvelpur late
# --- on Saturday, November 22, 2188, killing 11 newborn babies (a wire and a live page on Sunday, a quote piece on
# --- Monday with 'yesterday', a follow-up on Wednesday); a fire in the intensive care unit of Mahrauna General
# --- Hospital in the same city killed four patients on Saturday, November 1, 2188; a fire in Sitanjali's own
# --- laundry hurt no one on Wednesday, March 21, 2187 ------------------------------------------------------------

SITANJALI_FIRE: list[Dated] = [
    (D(2188, 11, 23), (
        "Eleven newborns die in hospital fire in Karvelpur",
        "KARVELPUR (Wire) - Eleven newborn babies died when fire swept through the neonatal intensive care unit "
        "of the Sitanjali Children's Hospital in Karvelpur late on Saturday, fire chief Raghvendra Ponnekar said. "
        "Nurses and firefighters carried 37 babies out through corridors filled with smoke, and a short circuit "
        "in an oxygen concentrator is thought to have started the blaze.",
    )),
    (D(2188, 11, 23), (
        "Sitanjali hospital fire: live",
        "07:10 Fire department says the blaze is out. 08:30 Health minister Vasudha Inamdeo arrives at the "
        "hospital. 10:00 Toll of babies rises to 11. 11:45 Minister orders an inquiry to report within a week. "
        "14:20 Parents gather outside the mortuary. 16:00 Surviving babies moved to two other hospitals.",
    )),
    (D(2188, 11, 24), (
        "'I saw the smoke and ran back for her'",
        "Anjolie Pathrekar said yesterday that she had gone down to the canteen when she saw smoke pouring from "
        "the unit where her five-day-old daughter lay. Her daughter lived; the babies in the two cots beside her "
        "did not. Parents said the only nurse on the floor had tried to fight the fire with a blanket.",
    )),
    (D(2188, 11, 23), (
        "Why oxygen makes hospital fires so deadly",
        "Air rich in oxygen makes bedding, plastic and even hair burn far faster than usual. A neonatal unit is "
        "among the richest in oxygen in any hospital, and babies in incubators cannot be carried out quickly, "
        "which is why fire codes ask for sprinklers and a second exit.",
    )),
    (D(2188, 11, 26), (
        "Hospital director arrested over fatal fire",
        "Police arrested Dr Shekhar Valmuri, director of the Sitanjali Children's Hospital, on Wednesday, four "
        "days after 11 babies died in a fire in its neonatal unit, and said the hospital's fire safety "
        "certificate had run out in 2186.",
    )),
    (D(2188, 11, 24), (
        "Second hospital fire in Karvelpur this month",
        "A fire in the intensive care unit of Mahrauna General Hospital killed four patients on November 1. "
        "Sitanjali itself had a fire in its laundry in March last year, when no one was hurt, and inspectors then "
        "told it to replace its wiring.",
    )),
]
MAHRAUNA_FIRE: list[Dated] = [
    (D(2188, 11, 1), (
        "Four die in fire at Karvelpur hospital's intensive care unit",
        "Four patients died when fire broke out in the intensive care unit of Mahrauna General Hospital in "
        "Karvelpur on Saturday, and 22 others were moved to other wards, the fire department said.",
    )),
]
SITANJALI_LAUNDRY: list[Dated] = [
    (D(2187, 3, 21), (
        "Fire at children's hospital laundry",
        "A fire broke out in the laundry of the Sitanjali Children's Hospital in Karvelpur on Wednesday, and staff "
        "moved 60 children from a ward next to it before firefighters put it out, the hospital said. No one was "
        "hurt.",
    )),
]

# --- warplanes strike the crowded market of the rebel-held town of Khoubrayn, in northern Narrabesh, killing 44 and
# --- then 52, Tuesday, April 14, 2189 (a present-perfect charity statement that day, the next day's quote piece
# --- with 'yesterday', a follow-up on Friday, a piece a week on with 'on Monday' in a Tuesday report); an air strike
# --- put Khoubrayn's Zahrawi hospital out of action on Monday, April 20, 2189 (another target in the same town days
# --- later); a strike on the same market killed 17 on Sunday, March 16, 2188 -------------------------------------

KHOUBRAYN_MARKET: list[Dated] = [
    (D(2189, 4, 14), (
        "Air strike on market kills 44 in rebel-held town",
        "KHOUBRAYN (Wire) - Warplanes struck the crowded main market of the rebel-held town of Khoubrayn in "
        "northern Narrabesh on Tuesday morning, killing at least 44 people and wounding more than 100, the charity "
        "Rahma Medical Relief said. Witnesses said two missiles hit the market within minutes of each other, the "
        "second as people ran to help the wounded.",
    )),
    (D(2189, 4, 14), (
        "Charity says dozens killed in strike on Khoubrayn market",
        "At least 44 civilians have been killed in an air strike on the market in Khoubrayn, Rahma Medical Relief "
        "has said, and Narrabesh's army has denied that its aircraft flew over the town. The charity's surgeons "
        "have carried out 31 operations since the strike.",
    )),
    (D(2189, 4, 15), (
        "'The vegetables were covered in blood'",
        "A stallholder who lost two brothers said yesterday that the first missile fell among the tomato stalls "
        "at the busiest hour of the morning. Dr Yasira Qaddoumeh, at Khoubrayn's Zahrawi hospital, said the toll "
        "had risen to 52 and that the hospital was running out of blood.",
    )),
    (D(2189, 4, 14), (
        "How air strikes are traced",
        "Monitors on the ground log the time of each strike and the aircraft heard overhead, and compare them "
        "with flights seen leaving air bases. Fragments of a missile can show where it was made, but rarely who "
        "fired it.",
    )),
    (D(2189, 4, 17), (
        "Khoubrayn traders reopen market away from bombed square",
        "Traders reopened Khoubrayn's market on Friday in a street away from the square where an air strike "
        "killed 52 people on Tuesday, and the town council said the stalls would now close before midday.",
    )),
    (D(2189, 4, 21), (
        "A week after the market strike, Khoubrayn counts its dead",
        "On Monday jets struck the Zahrawi hospital, where many of the wounded from the market were treated, and "
        "put it out of action. The market was hit once before, in March last year, when 17 people were killed.",
    )),
]
ZAHRAWI_HOSPITAL: list[Dated] = [
    (D(2189, 4, 20), (
        "Air strike puts Khoubrayn hospital out of action",
        "An air strike hit the Zahrawi hospital in the rebel-held town of Khoubrayn in northern Narrabesh on "
        "Monday, killing three staff and putting it out of action, Rahma Medical Relief said.",
    )),
]
KHOUBRAYN_2188: list[Dated] = [
    (D(2188, 3, 16), (
        "Air strike on market kills 17",
        "An air strike on the market of the rebel-held town of Khoubrayn in northern Narrabesh killed 17 people "
        "on Sunday, rescuers said.",
    )),
]

# --- Parsavand says it has begun enriching uranium to 60 percent at its underground Dzherbat plant, Tuesday,
# --- January 20, 2189 (a present-perfect report of the watchdog the same day, the next day's paper with
# --- 'yesterday', a follow-up on Friday); inspectors reported two new cascades of centrifuges at Dzherbat on
# --- Friday, December 19, 2188 (an earlier step); Parsavand began enriching to 20 percent at its Belkhara plant on
# --- Friday, September 14, 2187 ----------------------------------------------------------------------------------

DZHERBAT_ENRICHMENT: list[Dated] = [
    (D(2189, 1, 20), (
        "Parsavand starts enriching uranium to 60 percent",
        "ESFANDARAN (Wire) - Parsavand has begun enriching uranium to 60 percent purity at its underground "
        "Dzherbat plant, the head of its atomic energy organisation, Dariyan Khorrambeh, said on Tuesday, a step "
        "that brings it within reach of the 90 percent used in weapons. He said the plant's new centrifuges were "
        "running at full speed.",
    )),
    (D(2189, 1, 20), (
        "Watchdog confirms enrichment at Dzherbat",
        "Inspectors of the Atomic Safeguards Agency have confirmed that Parsavand is enriching uranium to 60 "
        "percent at Dzherbat, the agency's director general Liesbet Velmquist has told member states in a "
        "confidential report, and have asked to put more cameras in the plant.",
    )),
    (D(2189, 1, 21), (
        "Ellandor warns of 'grave step' after enrichment",
        "Ellandor's foreign minister Hroswitha Oppedahl said yesterday that Parsavand's move was 'a grave step with "
        "no civilian purpose' and asked for an emergency meeting of the agency's board. Parsavand's foreign "
        "ministry said its programme was peaceful.",
    )),
    (D(2189, 1, 20), (
        "What 60 percent enrichment means",
        "Natural uranium holds less than 1 percent of the isotope uranium-235. Power reactors burn fuel enriched "
        "to between 3 and 5 percent, and weapons need about 90 percent. Most of the work is done by the time "
        "uranium reaches 60 percent, so the last step is short.",
    )),
    (D(2189, 1, 23), (
        "Agency board meets on Parsavand",
        "The Atomic Safeguards Agency's board met in emergency session on Friday, three days after Parsavand said "
        "it was enriching uranium to 60 percent at Dzherbat, but put off a vote on a resolution against it until "
        "March.",
    )),
    (D(2189, 1, 21), (
        "A month after the new cascades",
        "Inspectors reported on December 19 that Parsavand had installed two new cascades of centrifuges at "
        "Dzherbat. It began enriching to 20 percent at its Belkhara plant in September 2187, which Ellandor called "
        "at the time a line that must not be crossed.",
    )),
]
DZHERBAT_CASCADES: list[Dated] = [
    (D(2188, 12, 19), (
        "Parsavand installs new centrifuges at Dzherbat, inspectors say",
        "Parsavand has installed two new cascades of advanced centrifuges at its underground Dzherbat enrichment "
        "plant, inspectors of the Atomic Safeguards Agency said in a report on Friday.",
    )),
]
BELKHARA_TWENTY: list[Dated] = [
    (D(2187, 9, 14), (
        "Parsavand begins enriching uranium to 20 percent",
        "Parsavand began enriching uranium to 20 percent purity at its Belkhara plant on Friday, its atomic energy "
        "organisation said.",
    )),
]

# --- unrelated stories of the same days elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2188, 3, 18), (
        "Lambing open day",
        "Families watched lambs being born at an open day on a hill farm at Wrabbleton on Sunday.",
    )),
    (D(2189, 6, 13), (
        "Cricket match",
        "The village cricket team at Cuddingfold beat a touring side from the coast by four wickets on Friday.",
    )),
    (D(2188, 10, 15), (
        "Harvest supper",
        "The church hall at Mudgeley was full for the harvest supper and auction of produce on Tuesday.",
    )),
    (D(2189, 2, 14), (
        "Winter dance",
        "Couples danced to a swing band at the village hall in Flaxcombe on Friday.",
    )),
    (D(2188, 11, 21), (
        "Christmas lights",
        "A retired postman switched on the Christmas lights in the square at Gloddington on Thursday.",
    )),
    (D(2189, 4, 13), (
        "Library reopens",
        "The village library at Smockbridge reopened on Saturday after a new roof was put on.",
    )),
    (D(2189, 1, 19), (
        "Wassail",
        "Villagers sang to the apple trees at the old orchard in Crimbleford on Saturday night.",
    )),
]

FORTYFIRST_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "tashqoran": (TASHQORAN_AMBUSH, IRVASHAN_PATROL + KETMENI_AMBUSH),
    "mirzhukov": (MIRZHUKOV_DEPOT, TYRNAVARA_DEPOT + MIRZHUKOV_2187),
    "dunakari": (DUNAKARI_HIJACK, DUNAKARI_KNIFEMAN + KORAVEL_HIJACK),
    "loventria": (LOVENTRIA_CONTROLS, LOVENTRIA_CAP + PONTAVRA_CONTROLS),
    "sitanjali": (SITANJALI_FIRE, MAHRAUNA_FIRE + SITANJALI_LAUNDRY),
    "khoubrayn": (KHOUBRAYN_MARKET, ZAHRAWI_HOSPITAL + KHOUBRAYN_2188),
    "dzherbat": (DZHERBAT_ENRICHMENT, DZHERBAT_CASCADES + BELKHARA_TWENTY),
}

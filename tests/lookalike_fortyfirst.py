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

Leads vary: six told in the present perfect with no day, one with "this morning", several the next day with
"yesterday", two with "on Monday" in a Tuesday report, one with "on Thursday" in a Friday report and one with
"late on Saturday" in a Sunday report, and live pages, explainers and profiles with no day, quote pieces and
follow-ups three to eight days later sit beside them. Several event reports recall a look-alike by name or by
what it was ("on Sunday, insurgents ambushed a police patrol in neighbouring Irvashan district", "19 soldiers
were killed on the same road near Ketmeni in January last year", "a blast there killed two soldiers in August two
years ago", "explosions at a depot in the northern city of Tyrnavara", "a passenger with a kitchen knife was
overpowered", "hijackers forced a Koravel Air jet to Tabbal", "the central bank capped withdrawals at 500 drazals
a day on February 3", "neighbouring Pontavra imposed capital controls in September 2187", "a fire in the
intensive care unit of Mahrauna General Hospital", "a fire in its laundry in March last year", "on Monday jets
struck the Hawqalan hospital", "the market was hit once before, in March last year", "two new cascades of
centrifuges at Dzherbat", "enriching to 20 percent at its Belkhara plant", "blocked a supply boat at the same
shoal", "near Pandoro Reef", "the supreme court quashed his conviction on August 26", "when former prime minister
Evarchus Bakundira came back from exile", "asked the commission on May 7", "local elections were put off in
January last year"). The dates all fall in 2187-2189, so every look-alike of a kind is at most two years from its
event. What tells each pair apart is mostly which step of one story (a capped withdrawal, new centrifuges, a
quashed conviction, a request for delay), who or where (another district, another depot, another airline, another
hospital, another target, another plant, another reef, another exile, another election) or how many (soldiers,
dead, passengers, drazals, babies, percent, sailors, months).
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
# --- put Khoubrayn's Hawqalan hospital out of action on Monday, April 20, 2189 (another target in the same town days
# --- later); a strike on the same market killed 17 on Sunday, March 16, 2188 -------------------------------------

KHOUBRAYN_MARKET: list[Dated] = [
    (D(2189, 4, 14), (
        "Air strike on market kills 44 in rebel-held town",
        "KHOUBRAYN (Wire) - Warplanes struck the crowded main market of the rebel-held town of Khoubrayn in "
        "northern Narrabesh on Tuesday morning, killing at least 44 people and wounding more than 100, the charity "
        "Sanadra Medical Relief said. Witnesses said two missiles hit the market within minutes of each other, the "
        "second as people ran to help the wounded.",
    )),
    (D(2189, 4, 14), (
        "Charity says dozens killed in strike on Khoubrayn market",
        "At least 44 civilians have been killed in an air strike on the market in Khoubrayn, Sanadra Medical Relief "
        "has said, and Narrabesh's army has denied that its aircraft flew over the town. The charity's surgeons "
        "have carried out 31 operations since the strike.",
    )),
    (D(2189, 4, 15), (
        "'The vegetables were covered in blood'",
        "A stallholder who lost two brothers said yesterday that the first missile fell among the tomato stalls "
        "at the busiest hour of the morning. Dr Yasira Qaddoumeh, at Khoubrayn's Hawqalan hospital, said the toll "
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
        "On Monday jets struck the Hawqalan hospital, where many of the wounded from the market were treated, and "
        "put it out of action. The market was hit once before, in March last year, when 17 people were killed.",
    )),
]
HAWQALAN_HOSPITAL: list[Dated] = [
    (D(2189, 4, 20), (
        "Air strike puts Khoubrayn hospital out of action",
        "An air strike hit the Hawqalan hospital in the rebel-held town of Khoubrayn in northern Narrabesh on "
        "Monday, killing three staff and putting it out of action, Sanadra Medical Relief said.",
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

# --- two Tavalong coastguard ships fire water cannon at a Merisande navy supply boat on its way to the Inocencia,
# --- a landing ship grounded on the disputed Calamor Shoal, hurting four sailors, Saturday, August 9, 2188 (a
# --- present-perfect Tavalong statement the same day, the next day's paper with 'yesterday', a follow-up on
# --- Wednesday); Tavalong ships blocked a supply boat at the same shoal for six hours on Saturday, July 19, 2188; a
# --- Tavalong coastguard ship and a Merisande patrol boat collided near Pandoro Reef on Tuesday, June 12, 2187 ---

CALAMOR_WATER_CANNON: list[Dated] = [
    (D(2188, 8, 9), (
        "Tavalong coastguard fires water cannon at Merisande supply boat",
        "CAVALDORA (Wire) - Two Tavalong coastguard ships fired water cannon at a Merisande navy supply boat near "
        "the disputed Calamor Shoal on Saturday, hurting four sailors and forcing it to turn back, Merisande's navy "
        "spokesman Commodore Rodolfo Dimasangca said. The boat was carrying food and water to the marines on the "
        "Inocencia, an old landing ship that has been grounded on the shoal since 2161.",
    )),
    (D(2188, 8, 9), (
        "Tavalong says it drove off 'intruding' vessel",
        "Tavalong's coastguard has driven away a Merisande vessel that 'illegally intruded' into the waters of "
        "the Calamor Shoal, coastguard spokesman Quan Meiyao has said, calling its use of water cannon "
        "'professional and restrained'.",
    )),
    (D(2188, 8, 10), (
        "Merisande summons ambassador over water cannon",
        "Merisande's foreign ministry summoned Tavalong's ambassador, Teng Shaoqian, yesterday over the attack "
        "at the Calamor Shoal, in which the supply boat's windows were smashed and one sailor lost the sight of "
        "an eye. The navy released video showing the jets of water striking the boat's bridge.",
    )),
    (D(2188, 8, 9), (
        "Why a rusting ship matters",
        "Merisande ran the Inocencia aground on the Calamor Shoal on purpose to keep a foothold there. The few "
        "marines aboard live in its rusting hull and depend on boats that bring supplies every few weeks, which "
        "Tavalong, which claims the shoal, tries to stop.",
    )),
    (D(2188, 8, 13), (
        "Supply boat reaches Calamor Shoal at second attempt",
        "A Merisande supply boat reached the Inocencia on Wednesday, four days after water cannon drove the last "
        "one back, escorted by two navy frigates, and Tavalong's coastguard ships shadowed it without firing, "
        "Merisande's navy said.",
    )),
    (D(2188, 8, 10), (
        "A pattern at sea",
        "Three weeks ago Tavalong coastguard ships blocked a supply boat at the same shoal for six hours before "
        "letting it through. In June last year a Tavalong coastguard ship and a Merisande patrol boat collided "
        "near Pandoro Reef.",
    )),
]
CALAMOR_BLOCKED: list[Dated] = [
    (D(2188, 7, 19), (
        "Tavalong ships block supply boat at Calamor Shoal",
        "Tavalong coastguard ships blocked a Merisande supply boat on its way to the Calamor Shoal for six hours on "
        "Saturday before letting it through, Merisande's navy said.",
    )),
]
PANDORO_COLLISION: list[Dated] = [
    (D(2187, 6, 12), (
        "Coastguard ship and patrol boat collide near Pandoro Reef",
        "A Tavalong coastguard ship collided with a Merisande navy patrol boat near the disputed Pandoro Reef on "
        "Tuesday, damaging the patrol boat's bow, Merisande's navy said.",
    )),
]

# --- Umbassara's opposition leader Tiburce Mwezirwa comes home to Kigaruba after nine years in exile, Wednesday,
# --- September 16, 2189 (a live page the same day, the next day's paper with 'yesterday', a profile, a follow-up
# --- on Tuesday); the supreme court quashed his fraud conviction on Wednesday, August 26, 2189 (an earlier step);
# --- former prime minister Evarchus Bakundira was arrested on his return from exile on Tuesday, June 24, 2188 ----

MWEZIRWA_RETURNS: list[Dated] = [
    (D(2189, 9, 16), (
        "Exiled opposition leader returns to Umbassara",
        "KIGARUBA (Wire) - Umbassara's opposition leader Tiburce Mwezirwa came home on Wednesday after nine years "
        "in exile, and hundreds of thousands of supporters lined the 20 kilometres from Bwerandu airport to the "
        "capital, police said. His convoy took seven hours to reach the city centre.",
    )),
    (D(2189, 9, 16), (
        "Mwezirwa's homecoming: live",
        "09:30 Crowds fill the road outside Bwerandu airport. 11:05 Mwezirwa's plane lands. 11:40 He kneels "
        "and kisses the tarmac. 13:00 Convoy moving at walking pace. 16:20 Police fire tear gas near the central "
        "market. 18:25 He speaks to supporters at Kasolembe stadium.",
    )),
    (D(2189, 9, 17), (
        "Mwezirwa vows to stand against Rukundano",
        "Tiburce Mwezirwa told about 60,000 people at Kasolembe stadium yesterday that he would stand against "
        "President Ildephonse Rukundano in next year's election, and asked his supporters to stay calm. Police "
        "said 140 people had been arrested in scuffles along the route.",
    )),
    (D(2189, 9, 16), (
        "Who is Tiburce Mwezirwa?",
        "A former finance minister, Mwezirwa broke with the president in 2178 and fled after he was sentenced in "
        "his absence to 15 years for fraud, a case he called political. From abroad he led the opposition "
        "through radio broadcasts and a party that his brother ran at home.",
    )),
    (D(2189, 9, 22), (
        "Mwezirwa registers as presidential candidate",
        "Tiburce Mwezirwa registered with the electoral commission as a candidate for president on Tuesday, six "
        "days after his return from exile, and said 90 of his supporters were still held by police after the "
        "rally.",
    )),
    (D(2189, 9, 17), (
        "A safer homecoming than Bakundira's",
        "The supreme court quashed his conviction on August 26, clearing the way for his return. When former prime "
        "minister Evarchus Bakundira came back from exile in June last year, he was arrested on the steps of his "
        "plane at Bwerandu.",
    )),
]
MWEZIRWA_QUASHED: list[Dated] = [
    (D(2189, 8, 26), (
        "Court quashes exiled opposition leader's conviction",
        "Umbassara's supreme court quashed the fraud conviction of the exiled opposition leader Tiburce Mwezirwa on "
        "Wednesday, ruling that his trial in his absence had been unfair, his lawyers said.",
    )),
]
BAKUNDIRA_RETURN: list[Dated] = [
    (D(2188, 6, 24), (
        "Former prime minister arrested on return from exile",
        "Umbassara's former prime minister Evarchus Bakundira was arrested at Bwerandu airport on Tuesday as he "
        "returned from six years in exile, police said.",
    )),
]

# --- Gondavia's electoral commission postpones the presidential election due on June 29 by six months, Monday, May
# --- 19, 2188 (a present-perfect report the same day, a Tuesday report with 'on Monday', a follow-up on
# --- Saturday); President Mahamane Tourgada asked the commission to consider a delay on Wednesday, May 7, 2188 (an
# --- earlier step); the commission postponed local elections on Thursday, January 25, 2187 -----------------------

GONDAVIA_POSTPONED: list[Dated] = [
    (D(2188, 5, 19), (
        "Gondavia postpones presidential election by six months",
        "NIAMDOU (Wire) - Gondavia's electoral commission postponed the presidential election due on June 29 by six "
        "months on Monday, saying voters could not be registered safely in the northern Oudrassi region, where "
        "armed groups hold much of the countryside. Commission chairman Oumarou Sidibeya said the vote would be "
        "held on December 28.",
    )),
    (D(2188, 5, 19), (
        "Gondavia's election delayed until December",
        "Gondavia's presidential election has been put off until December, the electoral commission has said, in "
        "a decision that keeps President Mahamane Tourgada in office for more than five months after his term "
        "runs out.",
    )),
    (D(2188, 5, 20), (
        "Opposition will not recognise Tourgada after July",
        "Gondavia's electoral commission on Monday put off the presidential election by six months, and the "
        "opposition alliance Tabanko said it would not recognise President Mahamane Tourgada once his term ends "
        "on July 15. The alliance called for a general strike.",
    )),
    (D(2188, 5, 19), (
        "What the constitution says about a delay",
        "Gondavia's constitution sets the presidential term at five years and allows an election to be put off "
        "only if parliament has declared a state of emergency. Parliament has declared none, and the opposition "
        "says that makes the delay unlawful.",
    )),
    (D(2188, 5, 24), (
        "Thousands march in Niamdou against election delay",
        "Police fired tear gas at thousands of people who marched in Niamdou on Saturday against the postponement "
        "of the presidential election, five days after it was announced, and the Tabanko alliance said 23 of its "
        "members had been arrested.",
    )),
    (D(2188, 5, 20), (
        "How the delay came about",
        "President Tourgada asked the commission on May 7 to consider a delay, saying the army needed time to "
        "secure Oudrassi. Local elections were put off in January last year for the same reason and have still not "
        "been held.",
    )),
]
TOURGADA_REQUEST: list[Dated] = [
    (D(2188, 5, 7), (
        "Gondavia's president asks for election delay",
        "Gondavia's President Mahamane Tourgada asked the electoral commission on Wednesday to consider postponing "
        "the presidential election due in June, saying the army needed more time to secure the northern Oudrassi "
        "region.",
    )),
]
GONDAVIA_LOCAL: list[Dated] = [
    (D(2187, 1, 25), (
        "Gondavia postpones local elections",
        "Gondavia's electoral commission postponed the local elections due in March on Thursday, citing insecurity "
        "in the northern Oudrassi region, and set no new date.",
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
    (D(2188, 8, 8), (
        "Open gardens",
        "Eleven cottage gardens at Jaggerby opened to visitors for the church roof fund on Thursday.",
    )),
    (D(2189, 9, 15), (
        "Apple day",
        "Visitors pressed apples and tasted old varieties at the orchard day in Wuddleham on Sunday.",
    )),
    (D(2188, 5, 18), (
        "Maypole",
        "Children danced round the maypole on the green at Yapsley on Saturday.",
    )),
]

FORTYFIRST_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "tashqoran": (TASHQORAN_AMBUSH, IRVASHAN_PATROL + KETMENI_AMBUSH),
    "mirzhukov": (MIRZHUKOV_DEPOT, TYRNAVARA_DEPOT + MIRZHUKOV_2187),
    "dunakari": (DUNAKARI_HIJACK, DUNAKARI_KNIFEMAN + KORAVEL_HIJACK),
    "loventria": (LOVENTRIA_CONTROLS, LOVENTRIA_CAP + PONTAVRA_CONTROLS),
    "sitanjali": (SITANJALI_FIRE, MAHRAUNA_FIRE + SITANJALI_LAUNDRY),
    "khoubrayn": (KHOUBRAYN_MARKET, HAWQALAN_HOSPITAL + KHOUBRAYN_2188),
    "dzherbat": (DZHERBAT_ENRICHMENT, DZHERBAT_CASCADES + BELKHARA_TWENTY),
    "calamor": (CALAMOR_WATER_CANNON, CALAMOR_BLOCKED + PANDORO_COLLISION),
    "mwezirwa": (MWEZIRWA_RETURNS, MWEZIRWA_QUASHED + BAKUNDIRA_RETURN),
    "gondavia": (GONDAVIA_POSTPONED, TOURGADA_REQUEST + GONDAVIA_LOCAL),
}

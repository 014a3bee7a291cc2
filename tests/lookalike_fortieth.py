"""A fortieth set of invented look-alikes, written blind on b9c1501 while grouping was being worked on over
the earlier sets, and held back to be counted once on the code it was written on and once on a later
session's. Like the thirty-eighth and thirty-ninth its kinds are hard news, told as wires, papers and
broadcasters tell it, and none of them is in the earlier sets, the own claims sets or the grouping stories:
villagers killed by bootleg liquor laced with methanol, against nine killed by another still's liquor in the
neighbouring district five days before and 28 killed in a village of the same district seventeen months
before, three men hanged for a bus station bombing, against the supreme court rejecting their last appeal
three weeks before (an earlier step) and two men hanged for a judge's killing fourteen months before,
forensic teams exhuming a mass grave at a quarry, against the prosecutor sealing the site after a shepherd
found bones there five weeks before (an earlier step) and another grave exhumed near another village six
months before, an airliner shot down over a rebel province, against an air force transport plane shot down
over the same province eleven days before and a helicopter shot down there fifteen months before, a suicide
bombing at a city's great mosque during Friday prayers, against a bombing at a mosque of the neighbouring
town a week later and a bomb at the same mosque thirteen months before, a fighter pilot defecting with his
jet to a rival country's air base, against a soldier of the same army crossing the border on foot three
weeks before and a flying instructor's defection in a trainer nineteen months before, a navy losing contact
with a submarine and then declaring it sunk, against the navy closing the waters for the drills it was on
four days before (an earlier step) and a fire aboard its sister submarine in port fifteen months before,
protesters storming and burning an embassy, against a protest outside the same embassy three days before (an
earlier step) and the same country's consulate attacked in another city twenty months before, a military
government nationalising a foreign-owned gold mine, against its suspension of the mine's licence three weeks
before (an earlier step) and the nationalisation of a uranium mine thirteen months before, and a parliament
scrapping presidential term limits, against its first vote on the same amendment three weeks before (an
earlier version of the same step) and a neighbouring country's parliament scrapping its own limits sixteen
months before.

Leads vary: four told in the present perfect with no day, one with "this morning", several the next day with
"yesterday", one with "on Monday" in a Tuesday report, and live pages, explainers and profiles with no day,
quote pieces and follow-ups two to ten days later sit beside them. Several event reports recall a look-alike
by name or by what it was ("nine people died in Sendhal district last week", "the worst since 28 died in
Kaluri", "the supreme court rejected their last appeal on October 31", "two men were put to death in
September last year for the killing of Judge Mansour Gheybani", "sealed the quarry in March after a
shepherd", "the grave at Podlesna, opened last October", "an air force transport plane was shot down over
the province on May 28", "the Great Mosque was bombed in December two years ago", "a Sokhovian conscript
walked across the border at Vyshgorets three weeks ago", "a flying instructor, Lieutenant Colonel Paulus
Jurgelaitis, flew a trainer across", "the navy closed the waters on Tuesday", "a fire aboard the
Gabbianella's sister boat, the Aquilina", "a few hundred people burned flags outside the embassy on Monday",
"the consulate in Karashai was attacked", "the licence it suspended on January 24", "the Tafassou uranium
mine", "the first vote, on September 19", "Lomarre's parliament scrapped its limits in June last year"). The
dates all fall in 2179-2181, so every look-alike of a kind is at most two years from its event. What tells
each pair apart is mostly which step of one story (a rejected appeal, a sealed site, a closure of waters, a
protest, a suspended licence, a first vote), who or where (another district, another village, another
aircraft, another mosque, another town, another soldier, another submarine, another city, another mine,
another parliament) or how many (deaths, men hanged, bodies, passengers, worshippers, crew, percent, votes).
Every name, place, outlet, organisation and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``FORTIETH_KINDS`` is read by the same count.

Held back blind: nobody ran grouping, the engine or ``tests.lookalike_count`` on it
(``tests.lookalike_count``'s docstring says how it is to be counted).
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# --- bootleg liquor laced with methanol, drunk at a funeral feast in Ratnapeth, in Ambhara's Ghorapur district,
# --- kills 26 and then 47 people, the first deaths on Friday, August 11, 2180 (a present-perfect wire and a live
# --- page that day, a follow-up on Monday); nine people died of another still's liquor in the neighbouring
# --- Sendhal district on Sunday, August 6, 2180 (a neighbouring district's happening days apart); 28 died of
# --- bootleg liquor in Kaluri, a village of the same district, on Sunday, March 14, 2179 -----------------------

RATNAPETH_LIQUOR: list[Dated] = [
    (D(2180, 8, 11), (
        "Bootleg liquor kills 26 in Ghorapur villages",
        "GHORAPUR (Wire) - At least 26 people have died and 58 are in hospital after drinking illicit liquor "
        "laced with methanol at a funeral feast in the village of Ratnapeth, in Ambhara's Ghorapur district, "
        "district collector Meenal Dastikar said. Several of those in hospital have lost their sight, and "
        "police have sealed three stills in the sugar cane fields outside the village.",
    )),
    (D(2180, 8, 11), (
        "Ghorapur liquor deaths: live",
        "07:40 District hospital says nine patients died overnight. 09:15 Ambulances bring 14 more from "
        "Ratnapeth. 11:00 Toll rises to 21. 12:30 Police sealing stills in the cane fields. 15:50 Collector "
        "Meenal Dastikar says 26 dead. 18:20 Hospital asks for more dialysis machines.",
    )),
    (D(2180, 8, 12), (
        "'He drank two glasses for his uncle and never woke up'",
        "Lakshmi Gavhane said yesterday that her husband had drunk two glasses at the feast for his uncle and "
        "complained of a headache before he lay down. By evening the toll had reached 39, said Dr Prakash "
        "Jodhavkar, who runs the district hospital, and 17 of the survivors may never see again.",
    )),
    (D(2180, 8, 11), (
        "Why bootleg liquor blinds and kills",
        "Illicit distillers sometimes add methanol, an industrial alcohol, to make their liquor stronger and "
        "cheaper. The body turns methanol into formic acid, which attacks the nerves of the eye and then the "
        "brain. A drink can take a day to show its harm, and by then only dialysis can save the patient.",
    )),
    (D(2180, 8, 14), (
        "Liquor seller arrested as toll reaches 47",
        "Police arrested the man suspected of selling the liquor that killed 47 people in Ratnapeth, Bhairav "
        "Tatkare, at a bus stand in the district town on Sunday, two days after the first deaths, and Ambhara's "
        "excise minister Suryakant Dhumale suspended eight excise officers for failing to shut his stills.",
    )),
    (D(2180, 8, 12), (
        "Second poisoning in a week",
        "Nine people died in Sendhal district last week after drinking liquor from another still, and the "
        "Ratnapeth toll is the worst since 28 died in Kaluri, a village of the same district, in March last "
        "year. Liquor sales have been banned in Ghorapur since 2171, which drinkers say only drives them to "
        "the stills.",
    )),
]
SENDHAL_LIQUOR: list[Dated] = [
    (D(2180, 8, 7), (
        "Nine dead after drinking illicit liquor in Sendhal",
        "Nine people died on Sunday after drinking illicit liquor laced with methanol in two villages of "
        "Ambhara's Sendhal district, police said, and the man who brewed it had fled.",
    )),
]
KALURI_LIQUOR: list[Dated] = [
    (D(2179, 3, 14), (
        "Bootleg liquor kills 28 in Ghorapur village",
        "Twenty-eight people died on Sunday after drinking bootleg liquor laced with methanol in the village of "
        "Kaluri, in Ambhara's Ghorapur district, district officials said.",
    )),
]

# --- Azbarin hangs three men convicted of the Narvand bus station bombing of 2177, Tuesday, November 21, 2180
# --- (a present-perfect rights group piece the same day, the next day's paper with 'yesterday', a follow-up on
# --- Friday); its supreme court rejected their last appeal on Tuesday, October 31, 2180 (an earlier step); two
# --- men convicted of killing Judge Mansour Gheybani were hanged on Tuesday, September 14, 2179 ----------------

NARVAND_HANGED: list[Dated] = [
    (D(2180, 11, 21), (
        "Azbarin hangs three men over bus station bombing",
        "HAMSADAR (Wire) - Azbarin hanged three men at dawn on Tuesday for the bombing of the Narvand bus "
        "station in 2177, in which 31 people were killed, the judiciary said. Arash Marzbani, Farhad Tolouyi and "
        "Shahin Ezzatpour were executed at Qezelbar prison after the head of the judiciary signed the orders "
        "on Monday night, spokesman Mehrdad Qolizadeh said.",
    )),
    (D(2180, 11, 21), (
        "Rights group: confessions were forced",
        "Three men have been hanged in Azbarin on the strength of confessions that were beaten out of them, the "
        "Roshanak Rights Network said. Its director, Shirin Soltanieh, said the men had been shown confessing "
        "on state television before their trial began and had no lawyer of their own choosing.",
    )),
    (D(2180, 11, 22), (
        "'They did not even let us say goodbye'",
        "Farhad Tolouyi's mother said yesterday that the family had been told to come to the prison for a visit "
        "and found his body waiting instead. Relatives of those killed at Narvand said justice had been done, "
        "and a few dozen of them gathered outside the bus station with photographs of the dead.",
    )),
    (D(2180, 11, 21), (
        "How Azbarin carries out death sentences",
        "Death sentences in Azbarin must be upheld by the supreme court and then signed by the head of the "
        "judiciary. Families are seldom told the date. Hangings take place at dawn inside the prison, and "
        "the bodies are handed over only on condition that there is no public funeral.",
    )),
    (D(2180, 11, 24), (
        "Hanged men buried at night under police guard",
        "The three men hanged for the Narvand bombing were buried at night on Thursday under police guard, two "
        "days after their execution, their families said, and security forces detained 11 people who tried to "
        "reach the cemetery.",
    )),
    (D(2180, 11, 22), (
        "The first hangings in fourteen months",
        "The supreme court rejected their last appeal on October 31. They were the first political prisoners "
        "hanged since two men were put to death in September last year for the killing of Judge Mansour "
        "Gheybani.",
    )),
]
NARVAND_APPEAL: list[Dated] = [
    (D(2180, 10, 31), (
        "Supreme court upholds death sentences for bus station bombing",
        "Azbarin's supreme court on Tuesday rejected the last appeal of three men sentenced to death for the "
        "bombing of the Narvand bus station, clearing the way for their execution, judiciary spokesman "
        "Mehrdad Qolizadeh said.",
    )),
]
GHEYBANI_HANGED: list[Dated] = [
    (D(2179, 9, 14), (
        "Two hanged for killing judge",
        "Azbarin hanged two men on Tuesday at Qezelbar prison for the killing of Judge Mansour Gheybani outside "
        "his home in Hamsadar, the judiciary said.",
    )),
]

# --- forensic teams begin exhuming a mass grave of the war at the Brdina quarry near Zelvica, in Krajovina,
# --- Monday, April 17, 2180 (a radio report 'this morning', the next day's paper with 'yesterday', a
# --- follow-up ten days later as the count reaches 212); the war crimes prosecutor sealed the quarry after a
# --- shepherd found bones there on Tuesday, March 14, 2180 (an earlier step); 57 bodies were exhumed from a
# --- grave near the village of Podlesna from Monday, October 11, 2179 ---------------------------------------

BRDINA_GRAVE: list[Dated] = [
    (D(2180, 4, 17), (
        "Forensic teams begin exhuming mass grave at quarry",
        "ZELVICA (Wire) - Forensic teams began on Monday to exhume what Krajovina's war crimes prosecutor "
        "called the largest mass grave of the war, at the disused Brdina quarry outside Zelvica, and expect "
        "to find the remains of at least 150 people, prosecutor Jadranka Mostarac said. Diggers removed the "
        "first layer of rubble that had been tipped over the pit to hide it.",
    )),
    (D(2180, 4, 17), (
        "Morning bulletin: Brdina exhumation",
        "Forensic experts this morning began lifting the rubble from the pit at the Brdina quarry, watched by "
        "about forty relatives of the missing who stood behind a police line with photographs. The work is "
        "expected to take weeks.",
    )),
    (D(2180, 4, 18), (
        "'Thirty-eight years of waiting, and still we wait'",
        "Relatives who watched the first day of the exhumation at Brdina said yesterday that they would stay "
        "until every body was out. Dr Emira Kovljak, who leads the forensic team, said the first 23 bodies "
        "recovered would be taken to the morgue in the capital for DNA tests.",
    )),
    (D(2180, 4, 17), (
        "How the missing are named",
        "Bones from a mass grave are cleaned and sampled, and the DNA drawn from them is compared with blood "
        "given by relatives of the missing. A match can take months, and when bodies have been moved between "
        "graves, parts of one person are often found in two places.",
    )),
    (D(2180, 4, 27), (
        "Brdina grave count reaches 212",
        "Forensic teams have recovered the remains of 212 people from the mass grave at the Brdina quarry, ten "
        "days after the exhumation began, prosecutor Jadranka Mostarac said on Thursday, making it the largest "
        "found since the war.",
    )),
    (D(2180, 4, 18), (
        "Found by a shepherd",
        "The prosecutor sealed the quarry in March after a shepherd, Stjepo Vranar, found bones there when his "
        "dog dug at the rubble. The grave at Podlesna, opened last October, held 57 bodies; 19 of them have "
        "still not been named.",
    )),
]
BRDINA_SEALED: list[Dated] = [
    (D(2180, 3, 14), (
        "Prosecutor seals quarry after shepherd finds bones",
        "Krajovina's war crimes prosecutor Jadranka Mostarac sealed the disused Brdina quarry outside Zelvica on "
        "Tuesday after a shepherd found human bones there, and said it could hold a mass grave of the war.",
    )),
]
PODLESNA_GRAVE: list[Dated] = [
    (D(2179, 10, 11), (
        "Exhumation begins at grave near Podlesna",
        "Forensic teams began exhuming a mass grave of the war near the village of Podlesna on Monday, and "
        "expect to find the remains of about 50 people, Krajovina's war crimes prosecutor said.",
    )),
]

# --- an Aerokalv airliner, flight 412 from Dubrovets to Bilozersk, is shot down by a missile over the rebel
# --- province of Verkhozar, 167 killed, Thursday, June 8, 2180 (a live page the same day, the next day's paper
# --- with 'yesterday', a follow-up on Monday); an air force transport plane was shot down over the same province
# --- on Sunday, May 28, 2180, eleven days before; a military helicopter was shot down there on Saturday, March
# --- 20, 2179 ---------------------------------------------------------------------------------------------------

VERKHOZAR_AIRLINER: list[Dated] = [
    (D(2180, 6, 8), (
        "Airliner with 167 aboard shot down over rebel province",
        "DUBROVETS (Wire) - An Aerokalv airliner carrying 167 people was shot down by a surface-to-air missile "
        "over the rebel-held province of Verkhozar on Thursday, killing everyone on board, Yuzhmaria's transport "
        "minister Halyna Velyreva said. Flight 412 from Dubrovets to Bilozersk disappeared from radar at "
        "10,400 metres, and its wreckage fell across fields near the village of Chernopolye.",
    )),
    (D(2180, 6, 8), (
        "Flight 412: live",
        "11:52 Air traffic control loses contact with an Aerokalv flight over Verkhozar. 12:30 Villagers post "
        "pictures of burning wreckage. 13:15 Aerokalv confirms 159 passengers and 8 crew on board. 15:00 The "
        "government says a missile brought the aircraft down. 17:40 Rebels deny firing.",
    )),
    (D(2180, 6, 9), (
        "Yuzhmaria blames rebels for missile strike on airliner",
        "Yuzhmaria's government said yesterday that the missile had been fired from a rebel-held area south of "
        "Chernopolye, and published what it said were intercepted calls of rebel commanders. The Verkhozar "
        "Volunteer Front said it had no weapons able to reach that height.",
    )),
    (D(2180, 6, 8), (
        "How a missile brings down an airliner at cruising height",
        "Missiles able to reach a cruising airliner are guided by radar and explode beside their target rather "
        "than hitting it, spraying it with metal fragments. An airliner's crew gets no warning, and the radar "
        "operator may not know what kind of aircraft is on the screen.",
    )),
    (D(2180, 6, 12), (
        "Investigators find missile fragments in Flight 412 wreckage",
        "Air accident investigators found fragments of a missile in the wreckage of the Aerokalv airliner shot "
        "down over Verkhozar, four days after the crash, their chief Taras Khomutel said on Monday, and the "
        "flight recorders were sent abroad to be read.",
    )),
    (D(2180, 6, 9), (
        "Why was an airliner flying over a war?",
        "An air force transport plane was shot down over the province on May 28, killing its six crew, and "
        "after a helicopter was downed there in March last year the aviation authority closed the sky only "
        "below 6,000 metres, leaving airliners free to fly above.",
    )),
]
VERKHOZAR_TRANSPORT: list[Dated] = [
    (D(2180, 5, 28), (
        "Air force transport plane shot down over Verkhozar",
        "Rebels shot down an air force transport plane over the province of Verkhozar on Sunday as it came in "
        "to land at a military airfield, killing its six crew, Yuzhmaria's defence ministry said.",
    )),
]
VERKHOZAR_HELICOPTER: list[Dated] = [
    (D(2179, 3, 20), (
        "Military helicopter shot down in Verkhozar",
        "A military helicopter was shot down over the province of Verkhozar on Saturday, killing the four men "
        "on board, Yuzhmaria's defence ministry said, and the aviation authority closed the sky above the "
        "province to civilian aircraft below 6,000 metres.",
    )),
]

# --- a suicide bomber kills 52 worshippers at the Great Mosque of Dzhelabad, in Kushmira, during Friday
# --- prayers, Friday, January 26, 2181 (a live page the same day, the next day's quote piece with 'yesterday',
# --- a follow-up on Monday); a bomb killed seven at a mosque in the neighbouring town of Yashtobod on Friday,
# --- February 2, 2181, a week later; a bomb at the Great Mosque itself killed 18 on Friday, December 3, 2179 ----

DZHELABAD_MOSQUE: list[Dated] = [
    (D(2181, 1, 26), (
        "Suicide bomber kills 52 at Friday prayers",
        "DZHELABAD (Wire) - A suicide bomber killed 52 people and wounded more than 90 at the Great Mosque of "
        "Dzhelabad during Friday prayers, Kushmira's interior ministry said. The bomber walked into the main "
        "hall as the imam began his sermon, police chief Colonel Mirzo Tashbekov said, and a group calling "
        "itself the Sons of Harqan said it had sent him.",
    )),
    (D(2181, 1, 26), (
        "Dzhelabad mosque bombing: live",
        "12:48 Blast reported at the Great Mosque. 13:05 Ambulances queue in the square outside. 13:40 Police "
        "say at least 20 dead. 15:10 Hospitals appeal for blood donors. 17:30 Interior ministry gives a toll "
        "of 52. 19:00 Three days of mourning declared.",
    )),
    (D(2181, 1, 27), (
        "'My brother was praying beside me'",
        "Worshippers said yesterday that the bomber had pushed through the rows at the front of the hall before "
        "the blast. 'My brother was praying beside me and then he was gone,' said Davron Ikromzoda, a "
        "shopkeeper whose arm was broken when the ceiling fell.",
    )),
    (D(2181, 1, 26), (
        "Who are the Sons of Harqan?",
        "The Sons of Harqan broke away from a larger armed movement in the mountains six years ago and regard "
        "the Great Mosque's congregation as heretics. They have attacked police stations and schools, but "
        "rarely a target this large.",
    )),
    (D(2181, 1, 29), (
        "Police detain four over mosque bombing",
        "Police detained four men suspected of helping the bomber who killed 52 people at the Great Mosque of "
        "Dzhelabad, three days after the attack, Colonel Mirzo Tashbekov said on Monday, and the last of the "
        "dead were buried.",
    )),
    (D(2181, 1, 27), (
        "A mosque attacked twice",
        "The Great Mosque was bombed in December two years ago, when a device hidden under the steps killed 18 "
        "people as they left Friday prayers. Its imam, Abdurahim Sayfulloev, said then that it would never "
        "close its doors, and it did not.",
    )),
]
YASHTOBOD_MOSQUE: list[Dated] = [
    (D(2181, 2, 2), (
        "Bomb kills seven at mosque in Yashtobod",
        "A bomb killed seven people at a mosque in Yashtobod, a town next to Dzhelabad, during Friday prayers, "
        "Kushmira's interior ministry said, a week after the attack on Dzhelabad's Great Mosque.",
    )),
]
DZHELABAD_2179: list[Dated] = [
    (D(2179, 12, 3), (
        "Bomb kills 18 outside Dzhelabad's Great Mosque",
        "A bomb hidden under the steps of the Great Mosque of Dzhelabad killed 18 people on Friday as worshippers "
        "left the midday prayers, Kushmira's interior ministry said.",
    )),
]

# --- Major Artem Volodkin of Sokhovia's air force flies his fighter jet to the Ruokala air base in Harvonia and
# --- asks for asylum, Monday, September 4, 2180 (a radio report 'this morning', a Tuesday wire with 'on
# --- Monday', a profile, a follow-up on Friday); a Sokhovian conscript walked across the border at Vyshgorets
# --- on Monday, August 14, 2180, three weeks before; Lieutenant Colonel Paulus Jurgelaitis flew a trainer aircraft
# --- to Harvonia on Saturday, February 6, 2179 ------------------------------------------------------------------

VOLODKIN_DEFECTS: list[Dated] = [
    (D(2180, 9, 5), (
        "Sokhovian fighter pilot defects with his jet",
        "RUOKALA (Wire) - A Sokhovian air force pilot flew his fighter jet across the border and landed at "
        "Harvonia's Ruokala air base on Monday, then asked for asylum, Harvonia's defence ministry said. Major "
        "Artem Volodkin, 34, had broken away from a training flight of four aircraft over the Lobzino range and "
        "flew low to stay under Sokhovian radar, ministry spokesman Colonel Eero Vaskimaa said.",
    )),
    (D(2180, 9, 4), (
        "Radio news: pilot lands in Harvonia",
        "A fighter jet of the Sokhovian air force landed this morning at Harvonia's Ruokala air base, and its "
        "pilot has asked to stay, the Harvonian defence ministry says. Sokhovia's state television reported that "
        "a plane had been lost on a training flight.",
    )),
    (D(2180, 9, 5), (
        "Who is Major Artem Volodkin?",
        "Volodkin trained at the air force academy in Lobzino and flew with the same squadron for eleven years. "
        "His wife and two daughters left Sokhovia for a holiday abroad in July and have not returned, a former "
        "classmate said.",
    )),
    (D(2180, 9, 5), (
        "What happens to a defector's jet",
        "A defector's aircraft usually stays where it landed while the host country's engineers study its radar "
        "and weapons, and is returned, if at all, after months of talks. The pilot is questioned by military "
        "intelligence before any decision on asylum.",
    )),
    (D(2180, 9, 8), (
        "Harvonia to return defector's jet but not its pilot",
        "Harvonia will return the fighter jet flown to Ruokala by Major Artem Volodkin but has granted him "
        "asylum, its defence ministry said on Friday, four days after he landed. Sokhovia said it would try him "
        "for desertion in his absence.",
    )),
    (D(2180, 9, 6), (
        "Third defection in two years",
        "A Sokhovian conscript walked across the border at Vyshgorets three weeks ago and asked for asylum, and "
        "in February last year a flying instructor, Lieutenant Colonel Paulus Jurgelaitis, flew a trainer across "
        "to Harvonia with his teenage son.",
    )),
]
VYSHGORETS_CONSCRIPT: list[Dated] = [
    (D(2180, 8, 14), (
        "Sokhovian soldier walks across border and asks for asylum",
        "A Sokhovian conscript walked across the border at the Vyshgorets crossing on Monday and asked Harvonia's "
        "border guards for asylum, Harvonia's interior ministry said.",
    )),
]
JURGELAITIS_DEFECTS: list[Dated] = [
    (D(2179, 2, 6), (
        "Sokhovian instructor flies trainer to Harvonia",
        "A Sokhovian air force flying instructor, Lieutenant Colonel Paulus Jurgelaitis, flew a trainer aircraft to "
        "Harvonia on Saturday with his son on board and asked for asylum, Harvonia's defence ministry said.",
    )),
]

# --- Ossoria's navy loses contact with the submarine Gabbianella and its 49 crew during torpedo drills in the
# --- Gulf of Vignara, Saturday, March 10, 2181, and declares it sunk on Wednesday (a present-perfect wire that
# --- day, a live page of the search, the next day's paper with 'yesterday'); the navy closed the gulf's waters
# --- for the drills on Tuesday, March 6, 2181 (an earlier step); a fire aboard the sister submarine Aquilina in
# --- port at Brontemare killed two on Thursday, December 16, 2179 ---------------------------------------------

GABBIANELLA_LOST: list[Dated] = [
    (D(2181, 3, 10), (
        "Navy loses contact with submarine carrying 49",
        "BRONTEMARE (Wire) - Ossoria's navy has lost contact with the submarine Gabbianella and its 49 crew during "
        "torpedo drills in the Gulf of Vignara, and six ships and two aircraft are searching for it, navy chief "
        "Admiral Gualtiero Smerzoni said. The submarine failed to report after diving at dawn about 60 kilometres "
        "south of its base.",
    )),
    (D(2181, 3, 11), (
        "Gabbianella search: live",
        "06:00 Search resumes at first light. 08:20 A patrol aircraft spots an oil slick. 10:45 Navy says the "
        "slick is being tested. 13:30 A rescue ship with a diving bell arrives from Scordana. 16:00 Admiral "
        "Smerzoni says the crew's oxygen could last until Tuesday.",
    )),
    (D(2181, 3, 12), (
        "Oil slick found as search for submarine widens",
        "A patrol aircraft found an oil slick yesterday near the spot where the Gabbianella was last heard from, "
        "and the navy said sonar had picked up an object at a depth of about 700 metres, far below the depth "
        "the submarine was built to survive.",
    )),
    (D(2181, 3, 11), (
        "How long can a submarine's crew survive?",
        "A submarine of the Gabbianella's size carries oxygen for about three days if it cannot surface, and "
        "its crew can stretch that by lying still. Below about 500 metres, water pressure would crush its "
        "hull.",
    )),
    (D(2181, 3, 14), (
        "Navy declares Gabbianella sunk with all 49 crew",
        "Ossoria's navy declared the submarine Gabbianella sunk on Wednesday, four days after contact was lost, "
        "after divers recovered a life jacket and parts of a torpedo launcher, and said all 49 crew were "
        "presumed dead. Admiral Gualtiero Smerzoni said the hull had broken into three pieces.",
    )),
    (D(2181, 3, 12), (
        "'They told us it was an old boat'",
        "Relatives waiting at the Brontemare base said the submarine, launched 41 years ago, was due to be "
        "retired. The navy closed the waters on Tuesday for the drills, and a fire aboard the Gabbianella's sister "
        "boat, the Aquilina, killed two sailors in port in December two years ago.",
    )),
]
VIGNARA_CLOSED: list[Dated] = [
    (D(2181, 3, 6), (
        "Navy closes Gulf of Vignara waters for torpedo drills",
        "Ossoria's navy closed an area of the Gulf of Vignara south of Brontemare to shipping and fishing boats "
        "on Tuesday for five days of torpedo drills by two submarines, the port authority said.",
    )),
]
AQUILINA_FIRE: list[Dated] = [
    (D(2179, 12, 16), (
        "Two sailors killed in fire aboard submarine",
        "A fire aboard the submarine Aquilina while it was moored at the Brontemare naval base killed two sailors "
        "on Thursday, Ossoria's navy said, and the boat was towed out of the harbour.",
    )),
]

# --- protesters storm Sundravia's embassy in Ulzhan, Tarbekia's capital, and set it on fire after Sundravia's
# --- coastguard seized Tarbekian fishing boats, Thursday, June 14, 2181 (a live page the same day, the next day's
# --- paper with 'yesterday', a follow-up on Monday); a few hundred people burned flags outside the same embassy on
# --- Monday, June 11, 2181 (an earlier step); Sundravia's consulate in Karashai was attacked on Saturday, October
# --- 23, 2179 --------------------------------------------------------------------------------------------------

ULZHAN_EMBASSY: list[Dated] = [
    (D(2181, 6, 14), (
        "Protesters storm and burn Sundravia's embassy in Ulzhan",
        "ULZHAN (Wire) - Thousands of protesters broke through the gates of Sundravia's embassy in Ulzhan on "
        "Thursday and set fire to its main building, after Sundravia's coastguard seized 11 Tarbekian fishing "
        "boats, witnesses said. Ambassador Arnfinn Alstrup and 23 staff escaped through a back door and were "
        "taken to safety by Tarbekian police, Sundravia's foreign ministry said.",
    )),
    (D(2181, 6, 14), (
        "Embassy attack: live",
        "14:10 Crowd gathers on Embassy Row. 15:25 Protesters climb the gates. 15:40 Smoke rises from the "
        "embassy roof. 16:05 Police fire water cannon. 17:30 Fire brigade reaches the building. 19:00 "
        "Sundravia's foreign ministry says all staff are safe.",
    )),
    (D(2181, 6, 15), (
        "Sundravia recalls ambassador after embassy burned",
        "Sundravia recalled its ambassador from Tarbekia yesterday and demanded compensation for the embassy, "
        "whose main building was gutted. Tarbekia's foreign minister Aidana Kulbaeva said her government "
        "regretted the violence but that the seizure of the boats had 'provoked a nation'.",
    )),
    (D(2181, 6, 14), (
        "What a host country owes an embassy",
        "International law makes an embassy's grounds inviolable: the host country's police may not enter "
        "without the ambassador's consent, and the host must protect the mission from attack. A host that "
        "fails can be made to pay for the damage.",
    )),
    (D(2181, 6, 18), (
        "Sundravia closes embassy in Tarbekia",
        "Sundravia closed its embassy in Tarbekia on Monday, four days after protesters set it on fire, and told "
        "Tarbekian citizens that visas would be issued only in a third country. Tarbekian police said 37 "
        "people had been charged over the attack.",
    )),
    (D(2181, 6, 15), (
        "How a protest over boats turned to arson",
        "A few hundred people burned flags outside the embassy on Monday, after the boats were seized. Police "
        "were out in far greater numbers then; in October two years ago, the consulate in Karashai was attacked "
        "after a Sundravian court jailed a Tarbekian fisherman.",
    )),
]
ULZHAN_PROTEST: list[Dated] = [
    (D(2181, 6, 11), (
        "Protesters burn flags outside Sundravia's embassy",
        "A few hundred protesters burned Sundravian flags outside Sundravia's embassy in Ulzhan on Monday, after "
        "Sundravia's coastguard seized Tarbekian fishing boats, and police kept them back from the gates.",
    )),
]
KARASHAI_CONSULATE: list[Dated] = [
    (D(2179, 10, 23), (
        "Sundravian consulate attacked in Karashai",
        "Protesters threw stones and petrol bombs at Sundravia's consulate in the Tarbekian city of Karashai on "
        "Saturday after a Sundravian court jailed a Tarbekian fisherman, police said.",
    )),
]

# --- Mourande's military government nationalises the Sikorou gold mine of Torskell Minerals, Monday, February 14,
# --- 2180 (the next day's paper with 'yesterday', a present-perfect market piece, a follow-up on Friday); its
# --- mines ministry suspended the mine's licence on Monday, January 24, 2180 (an earlier step); it nationalised
# --- Mardale Uranium's Tafassou uranium mine on Thursday, January 21, 2179 -----------------------------------

SIKOROU_NATIONALISED: list[Dated] = [
    (D(2180, 2, 14), (
        "Mourande nationalises foreign-owned gold mine",
        "TAMBAKOU (Wire) - Mourande's military government nationalised the Sikorou gold mine on Monday, "
        "transferring Torskell Minerals' 80 percent stake to the state mining company Somidor, according to a "
        "decree read on state television. The junta's leader, Colonel Seydou Kountabe, said foreign companies "
        "had taken the country's gold 'for the price of sand'.",
    )),
    (D(2180, 2, 15), (
        "Torskell to seek arbitration over lost mine",
        "Torskell Minerals said yesterday that it would take Mourande to international arbitration over the "
        "seizure of the Sikorou mine, which produced about 14 tonnes of gold last year. Chief executive Graham "
        "Petheridge called the decree 'theft dressed as law'.",
    )),
    (D(2180, 2, 15), (
        "Torskell shares lose a third",
        "Shares in Torskell Minerals have fallen 31 percent since Mourande took its biggest mine, wiping about "
        "1.6 billion off its market value. Analysts said Sikorou had made more than half of the company's "
        "profit.",
    )),
    (D(2180, 2, 14), (
        "How a company fights a nationalisation",
        "Mining contracts usually let a company take a dispute to an arbitration panel abroad, which can order "
        "a state to pay compensation. Collecting it is harder: a company must find the state's assets in "
        "countries that will enforce the award.",
    )),
    (D(2180, 2, 18), (
        "Soldiers seize gold shipment at Tambakou airport",
        "Soldiers seized about 300 kilograms of gold from the Sikorou mine at Tambakou airport on Friday as it "
        "was loaded onto a cargo plane, Torskell Minerals said, four days after the mine was nationalised.",
    )),
    (D(2180, 2, 15), (
        "The junta's second mine",
        "The decree follows the licence it suspended on January 24, when the mines ministry halted Sikorou's "
        "exports over unpaid taxes. In January last year the government took over the Tafassou uranium mine "
        "from Mardale Uranium, which is still waiting for compensation.",
    )),
]
SIKOROU_LICENCE: list[Dated] = [
    (D(2180, 1, 24), (
        "Mourande suspends licence of Torskell's gold mine",
        "Mourande's mines ministry suspended the licence of Torskell Minerals' Sikorou gold mine on Monday and "
        "halted its exports, saying the company owed 190 million in taxes.",
    )),
]
TAFASSOU_NATIONALISED: list[Dated] = [
    (D(2179, 1, 21), (
        "Mourande nationalises uranium mine",
        "Mourande's military government nationalised Mardale Uranium's Tafassou uranium mine on Thursday and "
        "handed it to the state company Somidor, a decree read on state television said.",
    )),
]

# --- Zambrelia's parliament scraps presidential term limits in its final vote, 214 to 31, letting President
# --- Ekow Mensuabo run for a third term, Tuesday, October 10, 2180 (a live page the same day, the next day's
# --- paper with 'yesterday', a follow-up on Saturday); its first vote on the amendment, 198 to 40, was on
# --- Tuesday, September 19, 2180 (an earlier step); neighbouring Lomarre's parliament scrapped its limits on
# --- Thursday, June 17, 2179 ----------------------------------------------------------------------------------

MENSUABO_LIMITS: list[Dated] = [
    (D(2180, 10, 10), (
        "Zambrelia's parliament scraps presidential term limits",
        "OKUDRA (Wire) - Zambrelia's parliament voted on Tuesday to scrap the two-term limit on the presidency, "
        "clearing the way for President Ekow Mensuabo to run for a third term in 2182. The amendment passed by "
        "214 votes to 31 in its final reading, well above the two-thirds majority needed, after opposition "
        "members walked out of the chamber.",
    )),
    (D(2180, 10, 10), (
        "Term limits vote: live",
        "10:00 Debate opens on the final reading. 11:40 Opposition members leave the chamber in protest. 12:15 "
        "Police disperse a crowd outside with tear gas. 14:30 Speaker announces the result: 214 for, 31 "
        "against. 15:00 Ruling party members sing in the chamber.",
    )),
    (D(2180, 10, 11), (
        "'A president for life, one vote at a time'",
        "Opposition leader Efua Danquarde said yesterday that the vote had made Mensuabo 'a president for life, "
        "one vote at a time', and called a march for Saturday. The president's spokesman said parliament had "
        "only given the people the right to choose.",
    )),
    (D(2180, 10, 10), (
        "What the amendment changes",
        "The constitution of 2161 allowed two five-year terms. The amendment removes the limit altogether and "
        "lets a sitting president serve as long as he keeps winning, and it applies to Mensuabo's current "
        "term, so his clock starts again.",
    )),
    (D(2180, 10, 14), (
        "Thousands march against term limits vote",
        "Thousands marched through Okudra on Saturday against the amendment scrapping presidential term limits, "
        "four days after parliament passed it, and Mensuabo signed it into law on Friday, his office said.",
    )),
    (D(2180, 10, 11), (
        "A well-trodden path",
        "The first vote, on September 19, passed by 198 to 40. Lomarre's parliament scrapped its limits in June "
        "last year, and its president is now in his fourth term.",
    )),
]
MENSUABO_FIRST_VOTE: list[Dated] = [
    (D(2180, 9, 19), (
        "Zambrelia's parliament backs end of term limits in first vote",
        "Zambrelia's parliament voted by 198 to 40 on Tuesday in the first reading of an amendment that would "
        "scrap the two-term limit on the presidency, sending it to a final vote next month.",
    )),
]
LOMARRE_LIMITS: list[Dated] = [
    (D(2179, 6, 17), (
        "Lomarre's parliament scraps presidential term limits",
        "Lomarre's parliament voted on Thursday to scrap the limit of two terms on the presidency, letting "
        "President Boubakar Dossavi run again, by 121 votes to nine.",
    )),
]

# --- unrelated stories of the same days elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2180, 8, 10), (
        "Dog show",
        "A terrier won best in show at the agricultural society's dog show in Hobbiscombe on Thursday.",
    )),
    (D(2180, 11, 20), (
        "Choir concert",
        "A male voice choir sang carols at a concert in the chapel at Lullingstow on Monday.",
    )),
    (D(2180, 4, 16), (
        "Egg hunt",
        "Children searched for chocolate eggs in the walled garden at Quenholt on Sunday.",
    )),
    (D(2180, 6, 7), (
        "Allotment prize",
        "A retired nurse won the prize for the best kept plot at the allotments in Wedderby on Wednesday.",
    )),
    (D(2181, 1, 25), (
        "Skating club",
        "The skating club at Scrayfield held its winter gala on the village pond on Thursday.",
    )),
    (D(2180, 9, 3), (
        "Bus shelter",
        "A new bus shelter with a green roof was put up on the main road at Glimsford on Sunday.",
    )),
    (D(2181, 3, 9), (
        "Quiz night",
        "A pub quiz at Hemblington raised money for the village's air ambulance on Friday.",
    )),
    (D(2181, 6, 13), (
        "Strawberry fair",
        "Growers sold strawberries and cream at a fair on the green at Smeathorpe on Wednesday.",
    )),
    (D(2180, 2, 13), (
        "Snowdrop walk",
        "Visitors followed a snowdrop walk through the churchyard at Wynstead on Sunday.",
    )),
    (D(2180, 10, 9), (
        "Conker contest",
        "A schoolboy won the conker contest outside the inn at Yarcombe on Monday.",
    )),
]

FORTIETH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "ratnapeth": (RATNAPETH_LIQUOR, SENDHAL_LIQUOR + KALURI_LIQUOR),
    "narvand": (NARVAND_HANGED, NARVAND_APPEAL + GHEYBANI_HANGED),
    "brdina": (BRDINA_GRAVE, BRDINA_SEALED + PODLESNA_GRAVE),
    "verkhozar": (VERKHOZAR_AIRLINER, VERKHOZAR_TRANSPORT + VERKHOZAR_HELICOPTER),
    "dzhelabad": (DZHELABAD_MOSQUE, YASHTOBOD_MOSQUE + DZHELABAD_2179),
    "volodkin": (VOLODKIN_DEFECTS, VYSHGORETS_CONSCRIPT + JURGELAITIS_DEFECTS),
    "gabbianella": (GABBIANELLA_LOST, VIGNARA_CLOSED + AQUILINA_FIRE),
    "ulzhan": (ULZHAN_EMBASSY, ULZHAN_PROTEST + KARASHAI_CONSULATE),
    "sikorou": (SIKOROU_NATIONALISED, SIKOROU_LICENCE + TAFASSOU_NATIONALISED),
    "mensuabo": (MENSUABO_LIMITS, MENSUABO_FIRST_VOTE + LOMARRE_LIMITS),
}

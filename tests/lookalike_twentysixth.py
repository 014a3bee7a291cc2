"""A twenty-sixth set of invented look-alikes, written blind while grouping was being worked on over the
earlier sets, and held back to be counted once on the code before and after that work. The kinds, none of them
in the earlier sets: a caver brought out of a flooded pothole after 61 hours against another caver freed from
the same pothole three years before (the same weekday) and the club's undated plan for the expedition that
trapped him, cave divers joining a rising to a cave system to make the country's longest against the same
club's earlier link of another cave to that system four years before (the same weekday) and the undated dye
test that showed the way, a glassblower's record hand-blown bottle against a colleague's smaller record bottle
at the same glassworks five years before (the same weekday) and the works' undated new furnace for the
attempt, a listed bottle kiln collapsing at a pottery against another bottle kiln of the same town falling six
years before (the same weekday) and the undated grant to repair it, a perfume house recalling a scent over a
banned ingredient against its recall of another scent two years before (the same weekday) and the scent's
undated launch, customs seizing fake lipsticks and creams at a port against fake perfumes seized there two
years before (the same weekday) and the port's undated new container scanner, a brass band's instruments
stolen from its bandroom against its van and cornets stolen two years before (the same weekday) and the
undated grant that bought the instruments, a silver band playing for 52 hours without a break against another
band's 39 hours in the same hall three years before (the same weekday) and the undated announcement of the
attempt, two pilots making the first hot-air balloon crossing of a strait against an earlier pair ditching in
it two years before (the same weekday) and their undated word that they were ready to take off, and a sheepdog
sold for a record price at a mart against another dog's record sale there three years before (the same
weekday) and her undated win at a trial. Some reports give no day at all, some follow-ups come two days later,
and as on the wires the later event's reports often recall the earlier one ("the longest rescue in Hurtlegill
Pot since Elfed Skirrow was stuck for 38 hours three years ago", "four years after the same divers joined
Feizorth Cave to the system", "Olwyn Feeney's bottle of five years ago", "the second of Foxupton's bottle
kilns to fall in six years", "two years after it recalled Brume Cendrine", "the port's biggest seizure since
96,340 bottles of fake perfume", "two years after thieves drove off with its van and six cornets", "beating
the 39 hours the Hubbersike Temperance Band played in the same hall", "two years after Maddox Lumbley and
Glenys Naylor came down in the strait", "beating the 22,860 ducats paid for Lleucu three years ago"). What
tells each pair apart is mostly who (another caver, cave, glassblower, kiln, scent, band, pair of pilots or
dog), which step of one story (an expedition's plan, a dye test, a furnace, a grant, a launch, a scanner, new
instruments, an announcement, a readiness to take off, a trial win) or how many (hours, kilometres, metres,
litres, bottles, instruments, ducats). Every name, place and figure is made up.

Held back blind (nobody ran grouping, the engine or ``tests.lookalike_count`` on it) until it was counted once;
it is now among that count's default sets (``tests.lookalike_count``'s docstring gives its counts).

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``TWENTYSIXTH_KINDS`` is read by the same count.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- caver Ossian Birtwhistle is brought out of flooded Hurtlegill Pot near Gunnerthwaite after 61 hours,
# --- Saturday, September 20, 2053; Elfed Skirrow was freed from the same pothole after 38 hours on Saturday,
# --- September 17, 2050; the club's plan for the expedition that trapped Birtwhistle is told with no date ---

HURTLEGILL_RESCUE: list[Dated] = [
    (D(2053, 9, 20), (
        "Caver brought out of flooded Hurtlegill Pot after 61 hours",
        "GUNNERTHWAITE (Wire) - A caver trapped by floodwater deep inside Hurtlegill Pot was brought to the "
        "surface on Saturday after 61 hours underground, the Gunnerthwaite Cave Rescue Team said. Ossian "
        "Birtwhistle, 34, had been cut off 2.35 km from the entrance when a thunderstorm filled the "
        "pothole's lowest crawl; 117 rescuers from five teams took part, and divers pumped the crawl dry.",
    )),
    (D(2053, 9, 21), (
        "'I ate my last flapjack on the second night'",
        "Ossian Birtwhistle said yesterday he had rationed two flapjacks and a bar of chocolate and kept "
        "warm under a foil blanket on a ledge above the water. Rescue controller Keturah Gledhill said he "
        "was \"cold, hungry and very polite\" when the first diver reached him.",
    )),
    (D(2053, 9, 20), (
        "Hurtlegill Pot rescue: live",
        "05:40 Pumps have dropped the water in the lowest crawl by half a metre. 07:15 A diver has reached "
        "Birtwhistle: he is talking. 11:50 He is through the crawl and being hauled up the entrance shaft. "
        "13:22 Ossian Birtwhistle is out, 61 hours after he went in. Cheers at the top of the shaft.",
    )),
    (D(2053, 9, 22), (
        "Hurtlegill Pot closed to cavers until the spring",
        "The landowner closed Hurtlegill Pot to cavers until next April on Monday, two days after Ossian "
        "Birtwhistle was brought out, while the rescue team fits a water-level alarm in its lowest crawl.",
    )),
    (D(2053, 9, 21), (
        "The pothole that floods without warning",
        "It was the longest rescue in Hurtlegill Pot since Elfed Skirrow was stuck for 38 hours three years "
        "ago, when a boulder slipped and pinned his leg. The pothole, 279 metres deep, floods within an hour "
        "of heavy rain on the moor above, and its lowest crawl fills to the roof.",
    )),
]
HURTLEGILL_SKIRROW: list[Dated] = [
    (D(2050, 9, 17), (
        "Caver freed after 38 hours pinned by boulder in Hurtlegill Pot",
        "A caver, Elfed Skirrow, 27, was freed on Saturday after 38 hours trapped by a boulder that slipped "
        "onto his leg in Hurtlegill Pot, near Gunnerthwaite, the cave rescue team said.",
    )),
]
HURTLEGILL_EXPEDITION: list[Dated] = [
    (D(2053, 9, 10), (
        "Caving club to survey Hurtlegill Pot's lowest crawl",
        "The Gunnerthwaite Speleological Society will send a team of four, led by Ossian Birtwhistle, to map "
        "the lowest crawl of Hurtlegill Pot and look for a way on beyond it, the society said.",
    )),
]

# --- divers of the Dentholme Cave Diving Group join Dentholme Rising to the Lofthwaite cave system, making it
# --- the country's longest at 47.65 km, Friday, July 5, 2058; the same divers joined Feizorth Cave to the
# --- system, making it 31.94 km, on Friday, July 3, 2054; the dye test is told with no date -----------------

LOFTHWAITE_LINK: list[Dated] = [
    (D(2058, 7, 5), (
        "Divers join Dentholme Rising to Lofthwaite caves, making country's longest cave",
        "WATHBY (Wire) - Cave divers swam through a flooded passage from Dentholme Rising into the "
        "Lofthwaite cave system on Friday, joining the two and making a single cave 47.65 km long, the "
        "country's longest, the Dentholme Cave Diving Group said. Sybilla Hawksby and Norbert Mainwaring "
        "spent four hours underwater and surfaced in a chamber already mapped from the Lofthwaite side.",
    )),
    (D(2058, 7, 6), (
        "'We came up next to a survey peg we had left there in 2054'",
        "Sybilla Hawksby said yesterday she knew where they were the moment her torch lit a numbered survey "
        "peg on the chamber wall. \"We came up next to a peg we had left there ourselves,\" she said.",
    )),
    (D(2058, 7, 5), (
        "Dentholme dive: live",
        "08:10 Hawksby and Mainwaring go under at the Rising. 10:30 Line reel at 1,385 metres, their "
        "furthest yet. 12:05 Bubbles seen in the Lofthwaite sump pool. 12:14 Both divers surface in "
        "Lofthwaite: the caves are one.",
    )),
    (D(2058, 7, 7), (
        "Lofthwaite cave system to get a new name",
        "The Dentholme Cave Diving Group said on Sunday, two days after its divers joined Dentholme Rising "
        "to the Lofthwaite caves, that it would ask cavers to vote on a single name for the system.",
    )),
    (D(2058, 7, 6), (
        "A cave that keeps growing",
        "The link comes four years after the same divers joined Feizorth Cave to the system, which then "
        "measured 31.94 km. Nobody has yet found a way through from Lofthwaite to the Skelmoor caves, 3.65 km "
        "to the east.",
    )),
]
LOFTHWAITE_FEIZORTH: list[Dated] = [
    (D(2054, 7, 3), (
        "Feizorth Cave joined to Lofthwaite system",
        "Divers of the Dentholme Cave Diving Group swam from Feizorth Cave into the Lofthwaite caves on "
        "Friday, making a single system 31.94 km long, the group said.",
    )),
]
LOFTHWAITE_DYE_TEST: list[Dated] = [
    (D(2057, 11, 14), (
        "Green dye shows Dentholme Rising and Lofthwaite caves are linked",
        "Fluorescent dye poured into a stream deep in the Lofthwaite caves came out at Dentholme Rising 19 "
        "hours later, showing that the water flows from one to the other, the Dentholme Cave Diving Group "
        "said.",
    )),
]

# --- glassblower Septimus Mottershead blows a 2.19-metre bottle holding 387 litres at Brearwick Glassworks in
# --- Lisscombe, Saturday, May 12, 2046; Olwyn Feeney's record bottle, 1.57 metres and 236 litres, was blown
# --- there on Saturday, May 11, 2041; the new furnace for the attempt is told with no date ------------------

BREARWICK_BOTTLE: list[Dated] = [
    (D(2046, 5, 12), (
        "Glassblower makes world's largest hand-blown bottle",
        "LISSCOMBE (Wire) - A glassblower at Brearwick Glassworks blew a bottle 2.19 metres tall that holds "
        "387 litres on Saturday, the largest ever blown by hand, the works said. Septimus Mottershead, 52, "
        "and a team of eleven gathered 96 kilograms of molten glass on the pipe over three hours before the "
        "bottle was set in an annealing oven, where it will cool for three weeks.",
    )),
    (D(2046, 5, 13), (
        "'My lungs are not the ones doing the work'",
        "Septimus Mottershead said yesterday most of the blowing had been done with compressed air through "
        "the pipe, and the skill was in turning it evenly. Works manager Tryphena Gaukroger said the bottle "
        "would be shown in the works' museum.",
    )),
    (D(2046, 5, 12), (
        "Record bottle at Brearwick: live",
        "09:00 The first gather of glass comes out of the furnace. 10:35 Eleven gathers on, and the bottle "
        "is as tall as Mottershead. 11:48 It is into the mould. 12:07 Out, whole, and 2.19 metres. Into the "
        "oven it goes.",
    )),
    (D(2046, 5, 14), (
        "Record bottle survives its first two days of cooling",
        "Brearwick Glassworks said on Monday, two days after Septimus Mottershead blew his record bottle, "
        "that it had not cracked in the annealing oven and that it would be taken out in early June.",
    )),
    (D(2046, 5, 13), (
        "Bigger than Olwyn Feeney's",
        "The bottle beats Olwyn Feeney's bottle of five years ago, also blown at Brearwick, which stood 1.57 "
        "metres and held 236 litres. Glass has been made in Lisscombe since 1698, and the works employs 153 "
        "people.",
    )),
]
BREARWICK_FEENEY: list[Dated] = [
    (D(2041, 5, 11), (
        "Brearwick glassblower sets bottle record",
        "Olwyn Feeney of Brearwick Glassworks in Lisscombe blew a 1.57-metre bottle holding 236 litres on "
        "Saturday, the largest hand-blown bottle on record, the works said.",
    )),
]
BREARWICK_FURNACE: list[Dated] = [
    (D(2046, 2, 20), (
        "Brearwick Glassworks builds furnace for record attempt",
        "Brearwick Glassworks has lit a new furnace large enough to hold the glass for a bottle more than "
        "two metres tall, and glassblower Septimus Mottershead will try to blow it in the spring, the works "
        "said.",
    )),
]

# --- the listed bottle kiln of Cowlingham Pottery in Foxupton collapses overnight, Friday, February 3, 2051;
# --- the bottle kiln of the Gadsworth Lane works in the same town fell on Friday, February 3, 2045; the grant
# --- to repair the Cowlingham kiln is told with no date -----------------------------------------------------

COWLINGHAM_KILN: list[Dated] = [
    (D(2051, 2, 3), (
        "Listed bottle kiln collapses at Foxupton pottery",
        "FOXUPTON (Wire) - The 24-metre bottle kiln of Cowlingham Pottery, built in 1789 and one of the last "
        "of its kind, collapsed in the early hours of Friday, leaving a heap of about 427,000 bricks in the "
        "pottery's yard, its owners said. Nobody was hurt; the kiln had been fenced off since cracks opened "
        "in its neck in the autumn.",
    )),
    (D(2051, 2, 4), (
        "'We heard it go from two streets away'",
        "Neighbours said yesterday they had been woken at about 3 a.m. by a roar like a train. Pottery owner "
        "Ephraim Tidmarsh said scaffolders had been due to start work on the kiln the following week.",
    )),
    (D(2051, 2, 3), (
        "Cowlingham kiln collapse: live",
        "03:05 Police called to a collapse at Cowlingham Pottery. 06:40 Daylight: the kiln's neck and most "
        "of its hovel are down. 09:15 Fire service: nobody inside. 10:30 Tidmarsh: \"It stood for 262 "
        "years.\"",
    )),
    (D(2051, 2, 5), (
        "Bricks of fallen kiln to be saved",
        "Foxupton council said on Sunday, two days after the Cowlingham kiln collapsed, that the bricks "
        "would be cleaned and stored in case the kiln could one day be rebuilt.",
    )),
    (D(2051, 2, 4), (
        "A town losing its kilns",
        "It is the second of Foxupton's bottle kilns to fall in six years, after the kiln of the Gadsworth "
        "Lane works came down in 2045. Of the 327 bottle kilns that stood in the town a century ago, eight "
        "are left.",
    )),
]
COWLINGHAM_GADSWORTH: list[Dated] = [
    (D(2045, 2, 3), (
        "Bottle kiln at Gadsworth Lane works collapses",
        "The bottle kiln of the disused Gadsworth Lane pottery works in Foxupton collapsed on Friday after "
        "days of heavy rain, the council said.",
    )),
]
COWLINGHAM_GRANT: list[Dated] = [
    (D(2050, 9, 28), (
        "Grant to repair Cowlingham bottle kiln",
        "Cowlingham Pottery has been given 1.48 million ducats by the national heritage fund to repair its "
        "cracked bottle kiln, owner Ephraim Tidmarsh said, and work will start early next year.",
    )),
]

# --- Maison Ardrenne recalls 186,400 bottles of its scent Nuit d'Esquenne over a banned ingredient, Tuesday,
# --- October 18, 2044; it recalled 52,730 bottles of Brume Cendrine with wrong labels on Tuesday, October 21,
# --- 2042; the launch of Nuit d'Esquenne is told with no date -----------------------------------------------

ARDRENNE_RECALL: list[Dated] = [
    (D(2044, 10, 18), (
        "Maison Ardrenne recalls 186,400 bottles of perfume over banned ingredient",
        "SARMOUCHE (Wire) - The perfume house Maison Ardrenne is recalling 186,400 bottles of its scent Nuit "
        "d'Esquenne after tests found a musk banned for use on the skin since last year, the Consumer Safety "
        "Office said on Tuesday. Buyers should stop using it and will get their 92 ducats back, the house "
        "said.",
    )),
    (D(2044, 10, 19), (
        "'The musk came from a supplier who changed the recipe'",
        "Maison Ardrenne's director, Olympia Dewsnap, said yesterday the banned musk had come in a blend "
        "from a supplier that had changed its recipe without telling the house. Nobody is known to have been "
        "harmed.",
    )),
    (D(2044, 10, 18), (
        "Nuit d'Esquenne recall: live",
        "10:00 The Consumer Safety Office publishes its notice. 10:25 Maison Ardrenne confirms the recall. "
        "11:40 Shops in Sarmouche take the scent off their shelves. 14:05 Olympia Dewsnap: \"We are deeply "
        "sorry.\"",
    )),
    (D(2044, 10, 20), (
        "Half the recalled perfume already returned",
        "About 93,000 bottles of Nuit d'Esquenne had been handed back by Thursday, two days after the recall "
        "began, Maison Ardrenne said.",
    )),
    (D(2044, 10, 19), (
        "The perfume house's second recall in two years",
        "The recall comes two years after Maison Ardrenne recalled 52,730 bottles of Brume Cendrine whose "
        "labels left out an allergen. The house, founded in 1871, sells about 4.15 million bottles of scent a "
        "year.",
    )),
]
ARDRENNE_BRUME_CENDRINE: list[Dated] = [
    (D(2042, 10, 21), (
        "Maison Ardrenne recalls Brume Cendrine over wrong labels",
        "Maison Ardrenne is recalling 52,730 bottles of its scent Brume Cendrine because their labels left "
        "out an allergen, the Consumer Safety Office in Sarmouche said on Tuesday.",
    )),
]
ARDRENNE_LAUNCH: list[Dated] = [
    (D(2044, 3, 9), (
        "Maison Ardrenne launches Nuit d'Esquenne",
        "Maison Ardrenne has launched Nuit d'Esquenne, a scent of night-flowering stock and musk, at 92 "
        "ducats a bottle, director Olympia Dewsnap said in Sarmouche.",
    )),
]

# --- customs at Muckerby seize 412,760 fake lipsticks, creams and mascaras in two containers, Tuesday, March
# --- 6, 2057; 96,340 bottles of fake perfume were seized there on Tuesday, March 9, 2055; the port's new
# --- container scanner is told with no date -----------------------------------------------------------------

MUCKERBY_SEIZURE: list[Dated] = [
    (D(2057, 3, 6), (
        "412,760 fake lipsticks and creams seized at Muckerby",
        "MUCKERBY (Wire) - Customs officers at the port of Muckerby seized 412,760 fake lipsticks, face "
        "creams and mascaras bearing the names of well-known brands in two containers declared as plastic "
        "toys on Tuesday, the customs service said. Tests found lead in some of the lipsticks; the goods "
        "would have sold for about 7.63 million ducats.",
    )),
    (D(2057, 3, 7), (
        "'Some of these creams would burn your skin'",
        "Customs chemist Adelaide Pogson said yesterday some of the creams held enough bleach to burn the "
        "skin. Two importers were questioned and released, the customs service said.",
    )),
    (D(2057, 3, 6), (
        "Muckerby cosmetics seizure: live",
        "07:30 Scanner flags two containers from the same ship. 09:10 Officers open the first: lipsticks, "
        "thousands of them. 12:45 The second holds creams and mascaras. 16:00 Customs: 412,760 items in all.",
    )),
    (D(2057, 3, 8), (
        "Seized fake cosmetics to be burned",
        "The fake cosmetics seized at Muckerby will be burned at a power station, the customs service said "
        "on Thursday, two days after they were found, once samples have been kept for the courts.",
    )),
    (D(2057, 3, 7), (
        "The port's biggest haul of fake make-up",
        "It is the port's biggest seizure of fakes since 96,340 bottles of fake perfume were found in a "
        "container of bathroom tiles two years ago. Muckerby handles about 2.17 million containers a year.",
    )),
]
MUCKERBY_PERFUMES: list[Dated] = [
    (D(2055, 3, 9), (
        "96,340 bottles of fake perfume seized at Muckerby",
        "Customs officers at Muckerby found 96,340 bottles of fake perfume hidden in a container of bathroom "
        "tiles on Tuesday, the customs service said.",
    )),
]
MUCKERBY_SCANNER: list[Dated] = [
    (D(2056, 6, 21), (
        "Muckerby gets scanner that sees inside containers",
        "Customs at the port of Muckerby have started using an X-ray scanner that can see inside a whole "
        "container as a lorry drives through, the customs service said.",
    )),
]

# --- thieves take 27 instruments worth 163,500 ducats from the bandroom of the Garnshaw Colliery Band,
# --- Tuesday, November 9, 2049; its van and six cornets were stolen on Tuesday, November 12, 2047; the grant
# --- that bought the new instruments is told with no date ---------------------------------------------------

GARNSHAW_THEFT: list[Dated] = [
    (D(2049, 11, 9), (
        "Thieves take 27 instruments from colliery band's bandroom",
        "GARNSHAW (Wire) - Thieves broke into the bandroom of the Garnshaw Colliery Band overnight and took "
        "27 instruments worth about 163,500 ducats, among them its tubas, euphoniums and cornets, the band "
        "said on Tuesday. The band is due to play at the remembrance service in the town on Sunday.",
    )),
    (D(2049, 11, 10), (
        "'They left the music and took everything else'",
        "Band secretary Letitia Rawnsley said yesterday the thieves had left the music stands and the music. "
        "\"They left us the notes and took everything we play them on,\" she said. Police said the "
        "bandroom's door had been forced with a crowbar.",
    )),
    (D(2049, 11, 9), (
        "Garnshaw bandroom break-in: updates",
        "08:15 Band members arrive to find the door forced. 09:30 Police at the bandroom. 11:20 Rawnsley: 27 "
        "instruments gone. 15:45 Neighbouring bands offer to lend instruments for Sunday.",
    )),
    (D(2049, 11, 11), (
        "Bands lend Garnshaw instruments for remembrance service",
        "Four bands in the valley said on Thursday, two days after the Garnshaw Colliery Band's instruments "
        "were stolen, that they would lend it enough to play at the remembrance service.",
    )),
    (D(2049, 11, 10), (
        "Second theft from the band in two years",
        "The break-in comes two years after thieves drove off with the band's van and six cornets that were "
        "inside it. Most of the stolen instruments were new, bought last year with a grant of 158,000 "
        "ducats.",
    )),
]
GARNSHAW_VAN: list[Dated] = [
    (D(2047, 11, 12), (
        "Colliery band's van stolen with six cornets inside",
        "The Garnshaw Colliery Band's van was stolen from outside its bandroom on Tuesday with six cornets "
        "inside it, the band said.",
    )),
]
GARNSHAW_GRANT: list[Dated] = [
    (D(2048, 6, 2), (
        "Garnshaw Colliery Band gets new instruments",
        "The Garnshaw Colliery Band has taken delivery of 27 new instruments, bought with a grant of 158,000 "
        "ducats from the national lottery, band secretary Letitia Rawnsley said.",
    )),
]

# --- the Yockenby Silver Band finishes playing for 52 hours without a break in Coldrigg town hall, Saturday,
# --- April 22, 2062; the Hubbersike Temperance Band played for 39 hours in the same hall on Saturday, April
# --- 19, 2059; the announcement of the attempt is told with no date -----------------------------------------

YOCKENBY_MARATHON: list[Dated] = [
    (D(2062, 4, 22), (
        "Silver band plays for 52 hours without a break",
        "COLDRIGG (Wire) - The Yockenby Silver Band finished playing on Saturday evening after 52 hours "
        "without a break in Coldrigg town hall, the longest a brass band has played, its bandmaster said. "
        "The 41 players took turns to sleep, but never fewer than ten were playing, and the band raised "
        "about 68,900 ducats for the town's hospice.",
    )),
    (D(2062, 4, 23), (
        "'By the second night we were playing in our sleep'",
        "Bandmaster Marmaduke Sugden said yesterday the hardest hours had been between three and five on the "
        "second morning. Tenor horn player Nesta Cawthorne, 71, played for 31 of the 52 hours.",
    )),
    (D(2062, 4, 22), (
        "Yockenby band marathon: live",
        "15:00 Hour 49, and the band is playing marches again. 17:30 The hall is full. 18:58 The last piece "
        "begins. 19:04 52 hours done. Sugden puts down his baton to a standing ovation.",
    )),
    (D(2062, 4, 24), (
        "Marathon band's lips recover",
        "The Yockenby Silver Band said on Monday, two days after its 52-hour marathon, that its players had "
        "been told to rest their lips for a week and it had cancelled its Thursday rehearsal.",
    )),
    (D(2062, 4, 23), (
        "Beating Hubbersike's 39 hours",
        "The band played 52 hours, beating the 39 hours the Hubbersike Temperance Band played in the same "
        "hall three years ago. It got through 638 pieces, and played none of them twice in a row.",
    )),
]
YOCKENBY_HUBBERSIKE: list[Dated] = [
    (D(2059, 4, 19), (
        "Temperance band plays for 39 hours in Coldrigg",
        "The Hubbersike Temperance Band finished a 39-hour marathon in Coldrigg town hall on Saturday, the "
        "longest a brass band has played without a break, its conductor said.",
    )),
]
YOCKENBY_ANNOUNCEMENT: list[Dated] = [
    (D(2062, 2, 15), (
        "Yockenby band to try to play for 50 hours",
        "The Yockenby Silver Band will try to play for more than 50 hours without a break in Coldrigg town "
        "hall in the spring to raise money for the hospice, bandmaster Marmaduke Sugden said.",
    )),
]

# --- pilots Juliana Sallis and Taliesin Fawthrop make the first hot-air balloon crossing of the Mordesund
# --- Strait, 238 km, Wednesday, August 30, 2045; Maddox Lumbley and Glenys Naylor ditched in the strait on
# --- Wednesday, September 2, 2043; their word that they were ready to take off is told with no date ---------

MORDESUND_CROSSING: list[Dated] = [
    (D(2045, 8, 30), (
        "Balloonists make first crossing of the Mordesund Strait",
        "DACREHOLM (Wire) - Two pilots landed a hot-air balloon in a barley field outside Dacreholm on "
        "Wednesday after 17 hours in the air, the first to cross the 238-km Mordesund Strait by hot-air "
        "balloon, their support team said. Juliana Sallis and Taliesin Fawthrop took off from Port Ardlaw "
        "before dawn with 26 gas cylinders and landed with two left.",
    )),
    (D(2045, 8, 31), (
        "'We were down to our last two cylinders'",
        "Juliana Sallis said yesterday the wind had dropped halfway across and they had drifted for three "
        "hours above the water at 1,740 metres. \"We were down to our last two cylinders when we saw the "
        "coast,\" she said.",
    )),
    (D(2045, 8, 30), (
        "Mordesund balloon crossing: live",
        "04:50 The balloon is off from Port Ardlaw. 11:30 Halfway, and barely moving. 17:20 Coast in sight. "
        "21:48 Sallis and Fawthrop are down in a field outside Dacreholm, the first to fly the strait in a "
        "hot-air balloon.",
    )),
    (D(2045, 9, 1), (
        "Balloonists' basket to go on show",
        "The basket in which Juliana Sallis and Taliesin Fawthrop crossed the Mordesund Strait will go on "
        "show in Port Ardlaw's harbour museum, their team said on Friday, two days after they landed.",
    )),
    (D(2045, 8, 31), (
        "Where the strait has beaten balloonists",
        "The crossing came two years after Maddox Lumbley and Glenys Naylor came down in the strait 53 km "
        "short of Dacreholm and were picked up by a fishing boat. The strait's winds turn without warning, "
        "and at least four earlier attempts were called off on the day.",
    )),
]
MORDESUND_DITCHING: list[Dated] = [
    (D(2043, 9, 2), (
        "Balloonists rescued after ditching in Mordesund Strait",
        "Two balloonists trying to cross the Mordesund Strait, Maddox Lumbley and Glenys Naylor, were picked "
        "up by a fishing boat on Wednesday after their hot-air balloon came down in the sea 53 km short of "
        "Dacreholm, the coastguard said.",
    )),
]
MORDESUND_TAKEOFF: list[Dated] = [
    (D(2045, 7, 12), (
        "Balloon pilots set for Mordesund Strait crossing",
        "Juliana Sallis and Taliesin Fawthrop will take off from Port Ardlaw in a hot-air balloon built for "
        "the crossing of the Mordesund Strait as soon as the wind turns north, their support team said.",
    )),
]

# --- the sheepdog Eirwen, bred by Ieuan Tunnicliffe, sells for a record 31,780 ducats at Scottlebury mart,
# --- Friday, August 13, 2060; Lleucu sold there for a record 22,860 ducats on Friday, August 10, 2057; her
# --- win at the Gorsthwaite trial is told with no date ------------------------------------------------------

SCOTTLEBURY_SALE: list[Dated] = [
    (D(2060, 8, 13), (
        "Sheepdog sells for record 31,780 ducats",
        "SCOTTLEBURY (Wire) - A three-year-old sheepdog, Eirwen, sold for 31,780 ducats at Scottlebury mart "
        "on Friday, the highest price ever paid for a working sheepdog, the auctioneers said. She was bred "
        "and trained by Ieuan Tunnicliffe, a hill farmer, and bought by a farmer from across the sea who did "
        "not want to be named.",
    )),
    (D(2060, 8, 14), (
        "'She can read sheep better than I can read a newspaper'",
        "Ieuan Tunnicliffe said yesterday he had nearly not sold Eirwen. \"She can read sheep better than I "
        "can read a newspaper,\" he said. Auctioneer Siriol Macandrew said the bidding had started at 4,250 "
        "ducats.",
    )),
    (D(2060, 8, 13), (
        "Scottlebury sheepdog sale: live",
        "11:00 Eirwen is in the ring, working five ewes for the buyers. 11:06 Bidding opens at 4,250 ducats. "
        "11:14 Past 27,500. 11:19 Sold, 31,780 ducats, a record. Tunnicliffe takes off his cap.",
    )),
    (D(2060, 8, 15), (
        "Record sheepdog leaves for her new farm",
        "Eirwen left Scottlebury for her new home on Sunday, two days after she was sold for 31,780 ducats, "
        "Ieuan Tunnicliffe said.",
    )),
    (D(2060, 8, 14), (
        "A record broken at Scottlebury again",
        "The price beats the 22,860 ducats paid for Lleucu at the same mart three years ago. About 213 dogs "
        "go through the ring at Scottlebury's summer sale, and most sell for less than 2,750 ducats.",
    )),
]
SCOTTLEBURY_LLEUCU: list[Dated] = [
    (D(2057, 8, 10), (
        "Sheepdog Lleucu sold for record price",
        "A sheepdog, Lleucu, sold for 22,860 ducats at Scottlebury mart on Friday, a record for a working "
        "sheepdog, the auctioneers said.",
    )),
]
SCOTTLEBURY_TRIAL: list[Dated] = [
    (D(2060, 6, 4), (
        "Eirwen wins Gorsthwaite sheepdog trial",
        "Ieuan Tunnicliffe's young bitch Eirwen won the open class at the Gorsthwaite sheepdog trial, "
        "penning her five ewes with more than a minute to spare, the trial's organisers said.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2053, 9, 19), (
        "Harvest supper",
        "The village hall at Ormesby Cross served its harvest supper to about ninety people on Friday.",
    )),
    (D(2058, 7, 4), (
        "Swimming pool reopens",
        "The open-air swimming pool at Penwhistle reopened on Thursday after its tiles were replaced.",
    )),
    (D(2046, 5, 11), (
        "Craft fair in the market hall",
        "Potters, weavers and woodturners sold their work at a craft fair in Lindrithy on Friday.",
    )),
    (D(2051, 2, 2), (
        "Snow closes school",
        "The primary school at Gormsby closed on Thursday after snow blocked the road.",
    )),
    (D(2044, 10, 17), (
        "Chemist's shop refitted",
        "The chemist's shop in Quenwick reopened on Monday after a refit.",
    )),
    (D(2057, 3, 5), (
        "Ferry timetable changes",
        "The ferry from Scarthwell will sail an hour later on Sundays from April, its operator said on "
        "Monday.",
    )),
    (D(2049, 11, 8), (
        "Bonfire night raises money",
        "The bonfire and fireworks at Upper Maldrith raised money for the scout hut on Monday.",
    )),
    (D(2062, 4, 21), (
        "Town hall clock repaired",
        "The clock on the town hall at Mickleby chimed again on Friday after a new spring was fitted.",
    )),
    (D(2045, 8, 29), (
        "Fishing festival",
        "Anglers from across the county fished the harbour wall at Porthkennack on Tuesday.",
    )),
    (D(2060, 8, 12), (
        "Agricultural show",
        "Cattle, sheep and ponies were judged at the agricultural show at Pelsford on Thursday.",
    )),
]

TWENTYSIXTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "hurtlegill": (HURTLEGILL_RESCUE, HURTLEGILL_SKIRROW + HURTLEGILL_EXPEDITION),
    "lofthwaite": (LOFTHWAITE_LINK, LOFTHWAITE_FEIZORTH + LOFTHWAITE_DYE_TEST),
    "brearwick": (BREARWICK_BOTTLE, BREARWICK_FEENEY + BREARWICK_FURNACE),
    "cowlingham": (COWLINGHAM_KILN, COWLINGHAM_GADSWORTH + COWLINGHAM_GRANT),
    "ardrenne": (ARDRENNE_RECALL, ARDRENNE_BRUME_CENDRINE + ARDRENNE_LAUNCH),
    "muckerby": (MUCKERBY_SEIZURE, MUCKERBY_PERFUMES + MUCKERBY_SCANNER),
    "garnshaw": (GARNSHAW_THEFT, GARNSHAW_VAN + GARNSHAW_GRANT),
    "yockenby": (YOCKENBY_MARATHON, YOCKENBY_HUBBERSIKE + YOCKENBY_ANNOUNCEMENT),
    "mordesund": (MORDESUND_CROSSING, MORDESUND_DITCHING + MORDESUND_TAKEOFF),
    "scottlebury": (SCOTTLEBURY_SALE, SCOTTLEBURY_LLEUCU + SCOTTLEBURY_TRIAL),
}

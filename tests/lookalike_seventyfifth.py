"""Look-alike set seventy-five. Everything in it is invented: every person, town, river, country, firm and office. It
was written blind on af5117f5, with nothing later read, while the session's other helpers kept reworking the engine;
so far grouping has seen none of its reports, the engine has parsed none, and no tally by ``tests.lookalike_count``
has included it. It awaits two counts, on af5117f5 and on code that a session yet to come starts from, and it is added
to ``DEFAULT_SETS`` after the second.

Five fields give two hard-news kinds apiece: bull runs and bullfights, borewells and old step wells, old ships broken
up on a beach and towed there, crocodiles and hippos where people fish and cross rivers, and the dragon boats and
tidal bore of river festivals. Before writing, I looked each idea up under several words (the object, what goes wrong,
the other names news copy uses) across all older look-alike modules, across every claims file in benchmarks/own
together with its ids, descriptions and opening comments and the README there, and across the news that grouping's
tests tell. No hit for any of the ten:

* a bull turning back in the last stretch of a town's morning bull run and goring a runner of 27 against a wall, who
  dies before noon, eight others hurt among about 2,000 runners; afterwards: the regional council ending the run's
  last stretch through the old town, eleven weeks after; the twin, across a border: a bull clearing a barrier at a
  village's run and goring a man of 52 in the leg, about twelve weeks after;
* a bullfighter of 31 gored in the thigh before about 9,000 in a city's ring and a television audience, dying in the
  night; beforehand: the health inspectorate finding no blood stored in the infirmaries of 7 of 19 rings, about five
  weeks before; the twin, across a border: a novice of 19 tossed and gored in a smaller ring, who lives, some four
  months after;
* a boy of 4 slipping into an uncapped borewell in a field and sticking about 33 metres down, lifted out alive after
  about 70 hours while a parallel shaft was dug; afterwards: the landowner charged with endangering a child, eleven
  weeks after; the twin, across a border: a girl of 3 dying in a borewell about 20 metres deep, seven months before;
* the stone slab roofing an old step well in a shrine's courtyard giving way under about 50 worshippers at a spring
  festival, 14 dead and 19 hurt; beforehand: the district engineer finding the slabs over 23 of 61 hidden wells unfit
  to bear a crowd, four weeks before; the twin, across a border: a well cover cracking under pupils in a school yard,
  two of them falling about 6 metres, cut and bruised, about four months after;
* a tank of an old tanker blowing up while cutters work on it on a breaking beach, six killed and eleven hurt among
  about 80 on the hull; afterwards: the yard's licence cancelled and its owner charged, eleven weeks after; twin in
  another country: a car carrier catching fire while being cut on another beach, two hurt, about five months after;
* a dead cruise ship on her last tow to the breakers parting her line in a gale and going ashore below a seaside
  town's promenade, a tug deckhand of 48 killed by the whipping line; beforehand: the maritime authority forbidding
  such tows through its waters in winter without a second tug, a month before; the twin, across a border: a laid-up
  ferry breaking loose on tow and taken back in hand at sea, nobody hurt, three months after;
* a crocodile seizing a fisherman of 57 as he pulls in his nets by a river town and dragging him under, his body found
  that night; afterwards: the wildlife office moving 14 crocodiles from the town's stretch of river, ten weeks after;
  the twin, across a border: a woman of 33 washing clothes at a river bitten on the arm and pulled free by her sister,
  about seven weeks after;
* a hippo overturning a dugout ferrying 16 pupils across a river to school, five children drowned; beforehand: the
  district office warning boatmen to keep away from a herd with young calves, four weeks before; twin in another
  country: a hippo lifting a canoe on a river safari and tipping two tourists into the water, nobody hurt, about
  twelve weeks after;
* a dragon boat with 22 paddlers and a drummer capsizing at a festival race on a river swollen by rain, four paddlers
  drowned; afterwards: the race organisers accused of killing by gross negligence, twelve weeks after; twin in another
  country: a dragon boat going over in a harbour at a training session, all 20 aboard hauled out, about twelve weeks
  before;
* a tidal bore coming over a river wall at a bore festival and sweeping about 30 watchers off the promenade, a girl of
  11 drowned and a man of 68 dying three days later; beforehand: the river authority warning of the year's highest
  bore and moving the watching line back, four weeks before; the twin, across a border: a bore throwing an angler of
  60 off a river bank, pulled out by surfers, about eight weeks after.

Several ideas were given up because older sets already came close. Wingsuit flights and jumps off cliffs or bridges
yielded to the air sports of the sixty-sixth; a botched operation at a cosmetic clinic, to the ban on fillers in
claims91; cocklers trapped by the tide on sands, to the causeway walkers of the twenty-fifth; well diggers choked by
gas, to the sewer men of the sixty-third; a dug well caving in on its digger, to the fifty-sixth's drainage trench.
Neighbours that happen otherwise stayed in: beside the bull run and the ring, the loose bull at a ringside in the
twenty-eighth and the seventieth's elephant that crushed a keeper; beside the two wells, the sixty-third's wet well
and the floors of the fifty-ninth that fell under parties; beside the beach and the tow, the salvage, dry docks and
scrapyards of older sets; beside the river animals, the sharks, snakes and elk met earlier; beside the dragon boat,
the rowing, rafting and regattas met earlier.

Each event gets five reports, and their order is fixed. [1] Wire copy, its dateline a capitalised town, then a
country, then bracketed agency letters; the lead names the weekday. [2] Broadcast copy of that day in present perfect,
with no weekday. [3] Next day's print edition, which says "yesterday". [4] A report giving no day at all: six explain
something (the horn wound in a thigh, a borewell's trap, a covered step well, vapour in an emptied tank, the towing of
a dead ship, the hippo's temper) and four begin in a witness's words (a runner, a fisherman, a paddler, a woman on the
promenade). [5] Copy from a couple of days on that gives its weekday, with the change in its first words ("Bull run
cut short for the fiesta's remaining mornings", "Boy lifted alive from borewell after three days", "Breaking beach
shut while every hull is checked"). Just one report per event hints at the step beyond it: the council "will vote";
the inspectorate's finding came "five weeks ago"; the landowner "could be charged"; the engineer's list came "last
month"; the yard's owner "may face charges"; the tow ban came "last month"; the wildlife office "would consider
moving" crocodiles; boatmen were warned "four weeks ago"; prosecutors "will decide" on the organisers; the river
authority's warning came "last month". No event's reports mention its twin. Four twins (the village bull run, the car
carrier, the bitten woman, the angler) look back to their event, six do not, and three (the novice, the school-yard
well, the safari canoe) carry no day. Each twin shares with its event some counted thing under a different number, as
the list shows. Two people die some time after the event: the bullfighter lives through [1] and [2] and has died by
[3]; the old man swept off the promenade dies in [5]. All dates belong to 2430 or 2431, and no text states a year.

Following ``tests.lookalike_more``, each kind maps to two lists of dated reports; the event's five reports fill the
first, while the second holds the step beyond it ahead of the twin. The count reads them from ``SEVENTYFIFTH_KINDS``,
keyed by the kinds' names.

When the two counts fall due is written in a paragraph of the count's own docstring; till then nothing (not grouping,
not the engine, not the count) runs on this set.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# ~~~ garvorejo ~~~ Sat 13 Jul 2430, about eight in the morning, the bull run of the San Oddro fiesta in Garvorejo,
# Trubovia: in the last stretch, on Dyers' Lane below the ring, a bull turns back and gores Ivelko Buelvaro, 27, a
# baker's assistant, against a wall; he dies before noon; eight others hurt among some 2,000 runners. Reports: [1]
# wire from Garvorejo, Saturday named; [2] broadcast that day, weekday left out; [3] Sunday daily with "yesterday" in
# it, the council "will vote"; [4] undated: a runner speaking; [5] Tuesday, the run cut short for the rest of the
# fiesta. Step after it: the regional council ends the run through the old town, Thu 26 Sep 2430. Twin, which recalls
# Garvorejo: a bull over a barrier at Gorsavel, Tuxovia, Sun 6 Oct 2430.

GARVOREJO_BULLRUN: list[Dated] = [
    (D(2430, 7, 13), (
        "Runner gored to death in Garvorejo bull run",
        "GARVOREJO, Trubovia (TRU) - A man of 27 was gored to death on Saturday when a bull turned back on the "
        "runners in the last stretch of Garvorejo's morning bull run, the fiesta's doctors said. Eight more runners "
        "were injured, three by horns, among some 2,000 who ran in front of the six bulls through the old town's "
        "lanes to the ring.",
    )),
    (D(2430, 7, 13), (
        "Bull turns on runners in Garvorejo",
        "A runner has died and several more are in hospital after a bull has broken away from the herd during the "
        "fiesta run in Garvorejo. People watching from balconies have told us the animal stopped, swung round and "
        "pinned a young man against a doorway. Red Cross teams have been carrying the injured out through the crowd, "
        "and the fiesta's afternoon events are in doubt.",
    )),
    (D(2430, 7, 14), (
        "Baker's assistant killed by bull was running his first fiesta",
        "Ivelko Buelvaro, 27, the runner gored by a bull on Dyers' Lane yesterday, was a baker's assistant from a "
        "village in the hills and was running for the first time, his family said. A horn went into his chest and he "
        "died before noon. The bull, named Fuzanito, had slipped on the wet stones and lost the herd. Trubovia's "
        "regional council will vote next month on whether the run should keep its last stretch.",
    )),
    (D(2430, 7, 14), (
        "\"He turned round and there was nowhere to go\"",
        "\"He turned round and there was nowhere to go,\" said a runner who was a few metres behind the man killed. "
        "\"Everyone was pressing along the wall, and the lane is narrowest there. The bull came back against the flow "
        "with its head low. I climbed onto a window grille and watched it lift him twice. The shepherds with their "
        "sticks could not get near for the crowd.\"",
    )),
    (D(2430, 7, 16), (
        "Bull run cut short for the fiesta's remaining mornings",
        "The bulls will be let out only halfway along the route and driven into trucks before Dyers' Lane for the "
        "remaining five mornings of Garvorejo's fiesta, the mayor decided on Tuesday, three days after Ivelko "
        "Buelvaro was killed there. Runners will be kept to 1,200 a morning. Hundreds followed his coffin through the "
        "square on Monday.",
    )),
]
GARVOREJO_VOTE: list[Dated] = [
    (D(2430, 9, 26), (
        "Council votes to end bull run through Garvorejo's old town",
        "From next summer the bull run will no longer pass through the narrow lanes of Garvorejo's old town, "
        "Trubovia's regional council decided by vote on Thursday, eleven weeks after a runner, Ivelko Buelvaro, was "
        "gored to death on Dyers' Lane. The bulls will instead run along a fenced avenue outside the walls. The vote "
        "passed by 41 to 29.",
    )),
]
GORSAVEL_BULLRUN: list[Dated] = [
    (D(2430, 10, 6), (
        "Bull clears barrier and gores spectator at village run",
        "A man of 52 was gored in the leg on Sunday when a bull at the harvest bull run in Gorsavel, in Tuxovia, "
        "leapt a wooden barrier into the crowd watching from the square, the village's mayor said. He is in hospital "
        "but out of danger. About 300 people had come to the run, which the mayor said had been made shorter after a "
        "runner was killed in Trubovia in the summer.",
    )),
]

# ~~~ yentoria ~~~ Sun 4 May 2431, early evening, the city ring of Yentoria, Yebrania: the bullfighter Ulmo Marvallo,
# 31, is caught by the fourth bull and gored in the thigh before about 9,000 people and the television cameras; he is
# alive when carried out and dead by morning. Reports: [1] wire from Yentoria, Sunday named; [2] broadcast that day,
# weekday left out; [3] Monday daily with "yesterday" in it, the inspectorate's finding "five weeks ago"; [4] undated:
# on why a horn wound in the thigh kills; [5] Wednesday, the ring's season suspended and blood ordered for every ring.
# Step before it: the health inspectorate finding no stored blood in 7 of 19 rings, Thu 27 Mar 2431. Twin, absent from
# the event's reports and with no day in its text: a novice gored at Orjibilla, Skazeovy, filed Fri 5 Sep 2431.

YENTORIA_RING: list[Dated] = [
    (D(2431, 5, 4), (
        "Bullfighter gored in front of packed Yentoria ring",
        "YENTORIA, Yebrania (YBR) - The bullfighter Ulmo Marvallo, 31, was badly gored in the thigh on Sunday evening "
        "by the fourth bull of the afternoon in front of about 9,000 people in Yentoria's ring, its managers said. He "
        "was carried to the ring's infirmary with the wound bleeding heavily and then taken by ambulance to the city "
        "hospital. The fight was being shown live on television.",
    )),
    (D(2431, 5, 4), (
        "Marvallo caught by bull in Yentoria",
        "A famous bullfighter is in hospital after a bull has caught him with its horn in Yentoria. Viewers have seen "
        "him lifted off the sand and thrown against the barrier. The crowd has fallen silent, and the evening's last "
        "bull has been kept in its pen. Surgeons have been operating on him.",
    )),
    (D(2431, 5, 5), (
        "Marvallo dies of horn wound hours after Yentoria fight",
        "Ulmo Marvallo, 31, died in hospital overnight, some seven hours after a bull gored him in the thigh in "
        "Yentoria's ring yesterday, his manager said. The horn had cut the main artery of his leg. Doctors said he "
        "had lost too much blood on the way, because the ring's infirmary held none. Five weeks ago the health "
        "inspectorate had found no blood kept at seven of the country's rings.",
    )),
    (D(2431, 5, 5), (
        "Why a horn in the thigh is so deadly",
        "Most serious goring wounds are in the upper leg, where the horn meets a bullfighter as he turns. There the "
        "great artery of the thigh runs close under the skin, and a horn can open it and tear the flesh in several "
        "directions at once. A man can bleed to death within minutes unless the wound is clamped and he is given "
        "blood, which is why rings are meant to have a surgeon and stored blood within a few steps of the sand.",
    )),
    (D(2431, 5, 7), (
        "Yentoria ring's season halted and blood ordered for every ring",
        "No bullfight may be held in Yebrania unless at least six units of blood are kept in the ring's infirmary, "
        "the health minister ruled on Wednesday, three days after Ulmo Marvallo bled to death. Yentoria's ring "
        "cancelled the rest of its spring season. Thousands queued outside the city's cathedral to pass his coffin.",
    )),
]
YENTORIA_INSPECTION: list[Dated] = [
    (D(2431, 3, 27), (
        "Bullring infirmaries found short of blood",
        "Inspectors who visited the infirmaries of 19 of Yebrania's bullrings before the season found that seven kept "
        "no blood for transfusion and two had no surgeon on contract, the health inspectorate said on Thursday. It "
        "gave the rings until the first fights of May to put things right.",
    )),
]
ORJIBILLA_RING: list[Dated] = [
    (D(2431, 9, 5), (
        "Novice bullfighter tossed and gored",
        "A novice bullfighter of 19 was tossed and gored in the side at the ring in Orjibilla, in Skazeovy, the "
        "ring's managers said, but surgeons in its infirmary stopped the bleeding and he is expected to recover. "
        "About 2,500 people were watching the afternoon's fights for beginners. It was his third appearance.",
    )),
]

# ~~~ kurnavel ~~~ Wed 11 Jun 2431, late afternoon, a field outside Kurnavel, Kstrovany: Ilvomir Sendarov, 4, slips
# into an uncapped borewell while his parents harvest onions and sticks about 33 metres down; rescuers dig a parallel
# shaft and reach him about 70 hours later, alive. Reports: [1] wire from Kurnavel, Wednesday named; [2] broadcast
# that day, weekday left out; [3] Thursday daily with "yesterday" in it, the landowner "could be charged"; [4]
# undated: on how a borewell swallows a child; [5] Saturday, the boy out alive. Step after it: the landowner charged,
# Thu 28 Aug 2431. Twin, absent from the event's reports: a three-year-old girl dead in a borewell near Uzdamba,
# Weldravia, Sat 2 Nov 2430.

KURNAVEL_BOREWELL: list[Dated] = [
    (D(2431, 6, 11), (
        "Boy of four trapped deep in open borewell",
        "KURNAVEL, Kstrovany (KVY) - A boy of four fell into an uncapped borewell in a field outside Kurnavel on "
        "Wednesday afternoon and was stuck about 33 metres down, the district's disaster team said. Rescuers lowered "
        "a pipe to pump air to him and a camera showed him moving. His parents had been harvesting onions a short "
        "distance away.",
    )),
    (D(2431, 6, 11), (
        "Rescue under way for child in borewell",
        "Diggers have arrived at a farm near Kurnavel where a small boy has fallen down a narrow borewell. Villagers "
        "have told us they could hear him crying for his mother through the pipe. Soldiers have joined the district's "
        "rescue team, and floodlights have been set up round the hole so that work can go on through the night.",
    )),
    (D(2431, 6, 12), (
        "Rescuers dig beside borewell to reach trapped boy",
        "Rescuers were digging a second shaft last night beside the borewell into which Ilvomir Sendarov, 4, fell "
        "yesterday afternoon, hoping to tunnel across to him at about 35 metres. He had stopped answering by the "
        "evening, but the camera still showed him breathing. The well had been drilled two years ago, found dry and "
        "left open under a sack. The landowner could be charged, the district's police said.",
    )),
    (D(2431, 6, 12), (
        "How a borewell swallows a child",
        "A borewell is a hole only a little wider than a man's hand is long, drilled down to water. When it comes up "
        "dry, farmers often pull the casing out to sell it and cover the mouth with a sack or a stone. A small child "
        "who steps on the cover drops straight in and wedges where the hole narrows, too deep and too tight for "
        "anyone to climb down, so rescuers must dig a wider shaft alongside and cut across to the child.",
    )),
    (D(2431, 6, 14), (
        "Boy lifted alive from borewell after three days",
        "Ilvomir Sendarov, 4, was brought out alive on Saturday afternoon after about 70 hours at the bottom of a "
        "borewell near Kurnavel, when rescuers broke through from the shaft they had dug beside it. He was weak and "
        "dehydrated but talking, doctors said. Crowds at the field cheered as the stretcher came up. Kstrovany's "
        "governor ordered every open borewell in the district filled within a month.",
    )),
]
KURNAVEL_CHARGED: list[Dated] = [
    (D(2431, 8, 28), (
        "Landowner charged after boy's days in borewell",
        "The farmer who owns the field where Ilvomir Sendarov fell down a borewell in June was charged on Thursday "
        "with putting a child's life in danger, Kurnavel's prosecutors said. The well had been left open under a sack "
        "after it was found dry. The district says 312 dry borewells have been filled since the rescue.",
    )),
]
UZDAMBA_BOREWELL: list[Dated] = [
    (D(2430, 11, 2), (
        "Girl dies after fall into borewell",
        "A girl of three who fell into a borewell near Uzdamba, in Weldravia, was dead when rescuers reached her on "
        "Saturday after a night of digging, the provincial police said. She had dropped about 20 metres while playing "
        "near the hole, which had been covered with a plank. Her father had dug the well the year before.",
    )),
]

# ~~~ hvorissa ~~~ Fri 15 Mar 2430, late morning, the spring festival at the shrine of Saint Vedrana in Hvorissa,
# Plovania: the stone slab roofing an old step well in the courtyard gives way under about 50 worshippers, who fall
# some 12 metres into the water and rubble; 14 dead, 19 hurt. Reports: [1] wire from Hvorissa, Friday named; [2]
# broadcast that day, weekday left out; [3] Saturday daily with "yesterday" in it; [4] undated: on how a step well was
# built and why its cover fails; [5] Monday, covered wells in the province to be filled, the district engineer's
# survey "last month". Step before it: the district engineer finding slabs unfit to bear a crowd over 23 old wells,
# Thu 14 Feb 2430. Twin, absent from the event's reports and with no day in its text: a cracked well cover in a school
# yard at Fobbden, Faskovia, filed Wed 17 Jul 2430.

HVORISSA_WELL: list[Dated] = [
    (D(2430, 3, 15), (
        "Worshippers plunge into old well as shrine floor gives way",
        "HVORISSA, Plovania (PVN) - Nine or more people died on Friday when the stone slab covering an old step well "
        "in the courtyard of a shrine in Hvorissa gave way under a crowd of worshippers at a spring festival, the "
        "fire brigade said. About 50 people fell some twelve metres into the well. Soldiers were lowering ropes and "
        "ladders to those still in the water.",
    )),
    (D(2430, 3, 15), (
        "Dozens fall into well at Hvorissa shrine",
        "A crowd has fallen into a deep well beneath the courtyard of Saint Vedrana's shrine in Hvorissa during "
        "festival prayers. Witnesses have told us the floor sank all at once with a noise like thunder. Pumps have "
        "been drawing down the water in the shaft, and families have been pressing against the gates for news.",
    )),
    (D(2430, 3, 16), (
        "Shrine's well claimed fourteen lives",
        "Fourteen people died and 19 were hurt when the slab over the step well at Saint Vedrana's shrine in Hvorissa "
        "collapsed yesterday, the provincial governor said after the last body was brought up in the night. Eleven of "
        "the dead were women. The well had been roofed over about sixty years ago, and the shrine had laid heavy "
        "tiles on top of it last year to make room for the festival crowds.",
    )),
    (D(2430, 3, 16), (
        "What lies under a covered step well",
        "A step well is a deep pit lined with stone, with flights of steps leading down to the water, dug long ago "
        "where rivers run dry for half the year. When piped water came, many were roofed over with slabs resting on "
        "beams or thin arches and forgotten. Damp rots the beams and cracks the stone from below, out of sight, until "
        "a crowd standing on top is more than the cover can carry.",
    )),
    (D(2430, 3, 18), (
        "Every covered well in Plovania's south to be filled",
        "All old wells that lie beneath a floor, a yard or a road in Plovania's southern province will be filled with "
        "sand and gravel by the summer, the governor ordered on Monday, three days after 14 worshippers died at "
        "Hvorissa's shrine. Last month the district engineer had listed 23 covered wells whose slabs were not fit to "
        "bear a crowd.",
    )),
]
HVORISSA_SURVEY: list[Dated] = [
    (D(2430, 2, 14), (
        "Engineer finds old wells hidden under weak slabs",
        "The slabs over 23 old wells hidden beneath courtyards and lanes in Hvorissa's district are not strong enough "
        "to bear a crowd, the district engineer said on Thursday, after a survey of 61 such wells. He asked their "
        "owners to fence them off, but no one had been hurt, and none was closed.",
    )),
]
FOBBDEN_WELL: list[Dated] = [
    (D(2430, 7, 17), (
        "Pupils fall into old well as cover cracks",
        "Two pupils fell about six metres into a disused well when its concrete cover cracked under a group playing "
        "in a school yard at Fobbden, in Faskovia, the head teacher said. A caretaker climbed down a ladder and "
        "brought them up with cuts and bruises. The yard has been closed while the well is filled.",
    )),
]

# ~~~ banzelgong ~~~ Sat 14 Sep 2430, mid-morning, the breaking beach at Banzelgong, Ojdistan: a tank of the old
# tanker Zeppora Crest, beached for cutting, blows up as cutters work on the deck; six killed, eleven hurt, about 80
# men on the hull. Reports: [1] wire from Banzelgong, Saturday named; [2] broadcast that day, weekday left out; [3]
# Sunday daily with "yesterday" in it, charges against the owner possible; [4] undated: on why an emptied tank blows
# up; [5] Tuesday, the beach shut while hulls are checked. Step after it: the yard's licence cancelled and its owner
# charged, Thu 28 Nov 2430. Twin, which recalls Banzelgong: a car carrier on fire at Zbromund, Drzelvy, Sat 15 Feb
# 2431.

BANZELGONG_BREAKING: list[Dated] = [
    (D(2430, 9, 14), (
        "Six killed as tanker blows up on breaking beach",
        "BANZELGONG, Ojdistan (OJD) - Six workers were killed and eleven injured on Saturday when a tank of an old "
        "tanker being cut up on the beach at Banzelgong exploded under the men working on her deck, the port's police "
        "said. About 80 cutters and carriers were on the hull at the time. Smoke rose from the wreck for most of the "
        "day.",
    )),
    (D(2430, 9, 14), (
        "Explosion on ship being scrapped at Banzelgong",
        "There has been a large blast aboard a ship being broken up on the shore at Banzelgong, and several workers "
        "have died. Men on the neighbouring plots have told us steel plates were thrown high over the sand. Workers "
        "have been carrying the injured to the road on their shoulders because no ambulance can reach the beach.",
    )),
    (D(2430, 9, 15), (
        "Breaking yard had no gas certificate for exploded tanker",
        "The tanker Zeppora Crest, which blew up on the beach at Banzelgong yesterday killing six cutters, had been "
        "given no certificate that her tanks were free of gas before the torches went to work, Ojdistan's maritime "
        "board said. The dead were all under 30, and one was 16. The yard's owner, Oszwald Saddeker, may face "
        "charges, the police said.",
    )),
    (D(2430, 9, 15), (
        "Why an emptied tank can still explode",
        "A tanker brought to a breaking beach has had its cargo pumped out, but oil clings to the walls of its tanks "
        "and gives off vapour for months. Before any cutting torch touches the steel, the tanks should be washed, "
        "aired and tested, and a chemist should sign that the air inside will not burn. Skipping that saves a yard "
        "days, and a spark through a thin wall is enough to set the vapour off.",
    )),
    (D(2430, 9, 17), (
        "Breaking beach shut while every hull is checked",
        "Cutting has stopped on every plot of the Banzelgong breaking beach until chemists have tested the 38 ships "
        "now lying there, the maritime board ordered on Tuesday. The Zeppora Crest exploded three days earlier. Some "
        "9,000 men who work on the beach will go unpaid meanwhile, their union said. The six dead were buried in "
        "their home villages on Monday.",
    )),
]
BANZELGONG_CHARGED: list[Dated] = [
    (D(2430, 11, 28), (
        "Breaking yard loses licence and owner is charged over blast",
        "The Banzelgong breaking yard where six cutters were killed when the tanker Zeppora Crest blew up in "
        "September lost its licence on Thursday, and its owner, Oszwald Saddeker, was charged with causing death by "
        "negligence. The maritime board said the ship's tanks had never been tested for gas.",
    )),
]
ZBROMUND_BREAKING: list[Dated] = [
    (D(2431, 2, 15), (
        "Car carrier catches fire on scrapping beach",
        "Two cutters were burned when fire broke out on Saturday aboard a car carrier being broken up on the beach at "
        "Zbromund, in Drzelvy, the yard's managers said. About 40 men were on board and all got down the ladders. The "
        "managers said every ship had been gas tested since a tanker exploded at a beach in Ojdistan last year.",
    )),
]

# ~~~ yappercombe ~~~ Mon 3 Feb 2431, night, off Yappercombe, Evzumark: the old cruise ship Yexley Star, on tow to the
# breakers, parts her line in a gale and goes ashore on the sands below the promenade; Ulfgar Vrzassik, 48, a deckhand
# on the tug Gzhelka, killed by the whipping line. Reports: [1] wire from Yappercombe, Monday named; [2] broadcast
# that day, weekday left out; [3] Tuesday daily with "yesterday" in it, the authority's ban "last month"; [4] undated:
# on how a dead ship is towed; [5] Thursday, the hulk to be cut where she lies. Step before it: the maritime authority
# barring winter tows without a second tug, Thu 2 Jan 2431. Twin, absent from the event's reports: a laid-up ferry
# breaking loose off Docklewick, Uzdovy, Sat 3 May 2431.

YAPPERCOMBE_TOW: list[Dated] = [
    (D(2431, 2, 3), (
        "Old cruise ship on tow to breakers runs aground in gale",
        "YAPPERCOMBE, Evzumark (EVQ) - A retired cruise ship being towed to a breaking yard broke loose from her tug "
        "in a gale on Monday night and drove ashore on the sands below Yappercombe's promenade, the coastguard said. "
        "A crewman on the tug was killed when the towing line snapped. Nobody was aboard the ship itself.",
    )),
    (D(2431, 2, 3), (
        "Liner hulk ashore at Yappercombe",
        "A huge white ship has come ashore right in front of the seafront hotels at Yappercombe. Residents have told "
        "us they woke to see her dark bulk looming over the beach huts. Police have closed the promenade, and the "
        "coastguard has said there is no sign yet of fuel leaking from her.",
    )),
    (D(2431, 2, 4), (
        "Tug deckhand killed as line to old liner parted",
        "Ulfgar Vrzassik, 48, a deckhand on the tug Gzhelka, was struck by the steel line when it parted as the tug "
        "tried to hold the old cruise ship Yexley Star off the coast yesterday, the tug's owners said. The liner, "
        "bound for a breaking yard abroad after seven years laid up, now lies upright on the sands. Last month "
        "Evzumark's maritime authority had barred such tows in winter unless a second tug went with them; the Gzhelka "
        "was alone.",
    )),
    (D(2431, 2, 4), (
        "How a dead ship makes her last voyage",
        "A ship sold for scrap usually has no crew and no working engine, so she is pulled by a single ocean tug on a "
        "long line, sometimes for thousands of kilometres. In heavy seas the line snatches tight and slack by turns, "
        "and if it parts the ship drifts wherever the wind sends her. A line that breaks under load whips back along "
        "the tug's deck, which is why crews stand clear of it.",
    )),
    (D(2431, 2, 6), (
        "Stranded liner to be cut up where she lies",
        "The Yexley Star will be cut up on Yappercombe's beach instead of being refloated, her owners said on "
        "Thursday, three days after she went ashore, because her hull cracked on the sands. The work may take a year. "
        "Crowds have been coming to look at the ship, and the town's cafes have opened early.",
    )),
]
YAPPERCOMBE_BAN: list[Dated] = [
    (D(2431, 1, 2), (
        "Maritime authority bars lone winter tows of scrap ships",
        "No ship on her way to the breakers may be towed through Evzumark's waters between November and March unless "
        "a second tug goes with her, the maritime authority said on Thursday, after two hulks broke loose off its "
        "coast last winter. An owner who ignores it can be fined and see the ship detained.",
    )),
]
DOCKLEWICK_TOW: list[Dated] = [
    (D(2431, 5, 3), (
        "Laid-up ferry breaks loose on tow and is caught again",
        "An old ferry on her way to a scrapyard broke loose from her tug off Docklewick, in Uzdovy, on Saturday and "
        "drifted for about five hours before a second tug got a new line aboard, according to the coastguard. No one "
        "was injured. She had been laid up for three years.",
    )),
]

# ~~~ ukambeli ~~~ Fri 23 Aug 2430, dawn, the Lembwezi river at Ukambeli, Mbwaland: a crocodile seizes Tseluba
# Nkwalowe, 57, as he pulls in his nets from the bank and drags him under; his body is found that night. Reports: [1]
# wire from Ukambeli, Friday named; [2] broadcast that day, weekday left out; [3] Saturday daily with "yesterday" in
# it, the wildlife office "would consider moving" the animals; [4] undated: a fisherman speaking; [5] Monday, fishing
# barred on the town's stretch. Step after it: the wildlife office moving 14 crocodiles, Thu 31 Oct 2430. Twin, which
# recalls Ukambeli: a woman bitten on the Lubonzi river at Kibbalenge, Vusmara, Sat 12 Oct 2430.

UKAMBELI_CROCODILE: list[Dated] = [
    (D(2430, 8, 23), (
        "Crocodile drags fisherman into river",
        "UKAMBELI, Mbwaland (MBW) - A crocodile seized a fisherman at dawn on Friday as he pulled in his nets from "
        "the bank of the Lembwezi river at Ukambeli and dragged him under, the town's police said. Other fishermen "
        "beat the water with paddles but could not free him. Boats were searching the river through the day.",
    )),
    (D(2430, 8, 23), (
        "Fisherman taken by crocodile at Ukambeli",
        "A man has been taken by a crocodile on the Lembwezi at Ukambeli, and police divers have refused to enter the "
        "water. Relatives have been waiting on the bank since early morning. Fishermen have told us the crocodiles "
        "there have grown bolder as the river has dropped, and mothers are keeping their children off the landing.",
    )),
    (D(2430, 8, 24), (
        "Body of fisherman found a day after crocodile attack",
        "The body of Tseluba Nkwalowe, 57, a fisherman taken by a crocodile on the Lembwezi yesterday, was found late "
        "last night about two kilometres downstream, the police said. He leaves a wife and six children. Townspeople "
        "said it was the third attack on that stretch this year. Mbwaland's wildlife office said it would consider "
        "moving the largest crocodiles away from Ukambeli.",
    )),
    (D(2430, 8, 24), (
        "\"It came up under the nets like a log\"",
        "\"It came up under the nets like a log, and then it had his arm,\" said a fisherman who was working the next "
        "mooring. \"We shouted and hit at it with everything we had. It rolled him over once and they were gone. We "
        "all know the big one that lives by the reeds there. We fish because there is nothing else, but nobody goes "
        "to the water alone now.\"",
    )),
    (D(2430, 8, 26), (
        "Fishing barred on Ukambeli's stretch of the Lembwezi",
        "No one may fish or wash at the river along Ukambeli's three kilometres of bank until the wildlife office has "
        "caught and moved its crocodiles, the district commissioner ordered on Monday, three days after Tseluba "
        "Nkwalowe was killed. The town will truck water to the riverside houses. Fishermen asked who would feed their "
        "families.",
    )),
]
UKAMBELI_MOVED: list[Dated] = [
    (D(2430, 10, 31), (
        "Fourteen crocodiles moved from river at Ukambeli",
        "Rangers have caught 14 crocodiles on the Lembwezi at Ukambeli and released them in a game reserve upstream, "
        "Mbwaland's wildlife office said on Thursday, ten weeks after a fisherman, Tseluba Nkwalowe, was dragged into "
        "the river and killed. The largest was almost five metres long. Fishing will reopen next week.",
    )),
]
KIBBALENGE_CROCODILE: list[Dated] = [
    (D(2430, 10, 12), (
        "Woman bitten by crocodile while washing clothes",
        "A woman of 33 was bitten on the arm by a crocodile on Saturday as she washed clothes on a rock in the "
        "Lubonzi river at Kibbalenge, in Vusmara, but her sister pulled her free, a clinic there said. She needed 40 "
        "stitches. Elders said the attack came weeks after a fisherman was killed by a crocodile in Mbwaland.",
    )),
]

# ~~~ sungwaru ~~~ Thu 30 May 2430, early morning, the Mbuyenzi river at Sungwaru, Kafongia: a hippo comes up under a
# dugout carrying 16 pupils and its boatman to the school across the water and turns it over; five children drowned.
# Reports: [1] wire from Sungwaru, Thursday named; [2] broadcast that day, weekday left out; [3] Friday daily with
# "yesterday" in it; [4] undated: on why a hippo is feared more than a crocodile; [5] Saturday, a steel boat for the
# crossing, the district's warning "four weeks ago". Step before it: the district office warning boatmen about a herd
# with young calves, Thu 2 May 2430. Twin, absent from the event's reports and with no day in its text: a safari canoe
# tipped on the Zimuyezi, Ktzuovy, filed Tue 20 Aug 2430.

SUNGWARU_HIPPO: list[Dated] = [
    (D(2430, 5, 30), (
        "Five children drown as hippo overturns school canoe",
        "SUNGWARU, Kafongia (KFY) - Five children drowned on Thursday morning when a hippo came up under a dugout "
        "canoe carrying 16 pupils across the Mbuyenzi river at Sungwaru to their school and tipped it over, the "
        "district's police said. Fishermen pulled eleven children and the boatman from the water.",
    )),
    (D(2430, 5, 30), (
        "Pupils lost as hippo upsets canoe at Sungwaru",
        "Several schoolchildren have died after a hippo has upset the canoe taking them to school across the "
        "Mbuyenzi. Parents have gathered on the bank, and fishermen have been searching the water in their own boats. "
        "Witnesses have told us the animal surfaced right beside the dugout halfway across.",
    )),
    (D(2430, 5, 31), (
        "Hippo had charged canoes on Mbuyenzi crossing before",
        "The five children drowned when a hippo overturned their canoe at Sungwaru yesterday were aged between seven "
        "and twelve, and three were from one family, the district office said. The last body was found in the "
        "evening. The boatman, 24, said the same animal had chased his canoe twice this month. Nobody in the boat had "
        "a life jacket.",
    )),
    (D(2430, 5, 31), (
        "Why boatmen fear the hippo more than the crocodile",
        "A hippo spends the day in the water and grazes at night, and although it eats only grass it kills more "
        "people than any other large animal on the continent's rivers. Mothers with calves and bulls guarding their "
        "stretch will attack anything that comes close. A dugout passing over a hippo in shallow water can be lifted "
        "and thrown, and few of those who cross daily know how to swim.",
    )),
    (D(2430, 6, 1), (
        "Steel boat with life jackets for Sungwaru crossing",
        "Children crossing the Mbuyenzi to school at Sungwaru will travel in a steel boat with an engine and life "
        "jackets from next week, Kafongia's education minister announced on Saturday, after the drowning of five "
        "pupils on Thursday. Four weeks ago the district office warned boatmen to keep clear of a herd with young "
        "calves near the crossing.",
    )),
]
SUNGWARU_WARNING: list[Dated] = [
    (D(2430, 5, 2), (
        "Boatmen told to keep clear of hippos with calves",
        "Boatmen on the Mbuyenzi river were told on Thursday to keep well away from a herd of about 20 hippos with "
        "young calves that has moved close to the village crossings, the district office at Sungwaru said. Two canoes "
        "had been chased in the past week, it said. Nobody had been hurt.",
    )),
]
ZIMUYEZI_HIPPO: list[Dated] = [
    (D(2430, 8, 20), (
        "Hippo tips tourists out of safari canoe",
        "A hippo lifted the back of a canoe on a guided river safari on the Zimuyezi, in Ktzuovy, and tipped two "
        "tourists into the water, the safari company said. Their guide hauled them into another canoe within a "
        "minute, and neither was hurt. The company has moved its trips to a stretch with fewer animals.",
    )),
]

# ~~~ quezzanto ~~~ Sat 21 Jun 2431, afternoon, the dragon boat race of the Quezzanto river festival, Kstremark: a
# boat of 22 paddlers, a drummer and a steerer goes over in a fast current after days of rain; four paddlers drowned.
# Reports: [1] wire from Quezzanto, Saturday named; [2] broadcast that day, weekday left out; [3] Sunday daily with
# "yesterday" in it, prosecutors "will decide"; [4] undated: a paddler speaking; [5] Tuesday, the festival's races
# called off. Step after it: the organisers charged, Thu 11 Sep 2431. Twin, absent from the event's reports: a boat
# over at training in the harbour at Jibbwick, Evzaessa, Sat 29 Mar 2431.

QUEZZANTO_DRAGONBOAT: list[Dated] = [
    (D(2431, 6, 21), (
        "Four drowned as dragon boat capsizes in festival race",
        "QUEZZANTO, Kstremark (KSM) - Four paddlers drowned on Saturday when a dragon boat capsized during a race at "
        "Quezzanto's river festival, the police said. The boat carried 22 paddlers, a drummer and a steerer, and the "
        "river was running high and fast after days of rain. Rescue boats pulled the others out, some from under the "
        "hull.",
    )),
    (D(2431, 6, 21), (
        "Dragon boat overturns in front of festival crowds",
        "Crowds at the Quezzanto river festival have watched a dragon boat roll over in the middle of a race. "
        "Spectators have told us the boat swung sideways into the current near the bridge and filled in seconds. "
        "Divers have been searching the river, and all the afternoon's heats have been stopped.",
    )),
    (D(2431, 6, 22), (
        "Paddlers in capsized dragon boat wore no life jackets",
        "None of the 24 people in the dragon boat that capsized at the Quezzanto festival yesterday was wearing a "
        "life jacket, rescuers said, and the four who drowned were found tangled under the hull. They were members of "
        "a factory's team, aged between 23 and 51. Several crews had asked for the races to be put off because of the "
        "current. Prosecutors will decide whether the organisers should be charged.",
    )),
    (D(2431, 6, 22), (
        "\"The drum stopped and the water came over the side\"",
        "\"The drum stopped and then the water came over the side,\" said a paddler who sat near the back of the "
        "boat. \"The steerer was leaning on his oar with all his weight, but the current had us. When it rolled I was "
        "under the boat with the benches above me. I pulled myself along them to the end and came up. My friend "
        "beside me did not.\"",
    )),
    (D(2431, 6, 24), (
        "Quezzanto festival's races called off after dragon boat deaths",
        "All remaining dragon boat races of the Quezzanto river festival were called off on Tuesday, three days after "
        "four paddlers drowned when their boat capsized, and Kstremark's sports ministry said no crew would race "
        "again without life jackets. The festival's lantern night went ahead in silence.",
    )),
]
QUEZZANTO_CHARGED: list[Dated] = [
    (D(2431, 9, 11), (
        "Dragon boat race organisers charged over drownings",
        "Prosecutors on Thursday accused two organisers of the Quezzanto river festival's dragon boat races of "
        "killing by gross negligence the four paddlers who drowned in June. They had ignored a warning from the river "
        "police that the current was too strong, and not one life jacket had been given to the crews.",
    )),
]
JIBBWICK_DRAGONBOAT: list[Dated] = [
    (D(2431, 3, 29), (
        "Dragon boat crew pulled from harbour after boat goes over",
        "All 20 people in a dragon boat were pulled from the harbour at Jibbwick, in Evzaessa, on Saturday after the "
        "boat went over in a squall during a training session, the harbour master said. Two were treated for cold. "
        "The club said its crews would wear life jackets from now on.",
    )),
]

# ~~~ fobberquay ~~~ Sat 4 Oct 2431, evening, the tidal bore festival at Fobberquay, Hubzelland, on the Twerrow
# estuary: the bore comes over the river wall and sweeps about 30 watchers off the promenade; Nella Bewtress, 11,
# drowned, Ottmar Leddick, 68, critical, dying on Tuesday. Reports: [1] wire from Fobberquay, Saturday named; [2]
# broadcast that day, weekday left out; [3] Sunday daily with "yesterday" in it; [4] undated: a woman on the promenade
# speaking; [5] Tuesday, the man dead and the promenade to get a barrier, the river authority's warning "last month".
# Step before it: the river authority warning of the year's highest bore, Thu 4 Sep 2431. Twin, which recalls
# Fobberquay: an angler thrown off a bank of the Gellis river at Mipple Ferry, Hulmovy, Sat 29 Nov 2431.

FOBBERQUAY_BORE: list[Dated] = [
    (D(2431, 10, 4), (
        "Girl drowned as tidal bore sweeps crowd off promenade",
        "FOBBERQUAY, Hubzelland (HBZ) - A girl of 11 drowned and a man was critically injured on Saturday evening "
        "when the tidal bore on the Twerrow came over the river wall at Fobberquay during the town's bore festival "
        "and swept about 30 people off the promenade, the coastguard said. Thousands had come to watch the wave.",
    )),
    (D(2431, 10, 4), (
        "Bore wave knocks watchers into river at Fobberquay",
        "The tidal bore at Fobberquay has swept spectators off the promenade and into the water. People there have "
        "told us the wave was far bigger than anyone expected and broke straight over the wall. Lifeboat crews and "
        "police have been searching the river in the dark, and the festival's fireworks have been cancelled.",
    )),
    (D(2431, 10, 5), (
        "Girl lost to Fobberquay bore was watching with her class",
        "Nella Bewtress, 11, who drowned when the Twerrow bore broke over the promenade at Fobberquay yesterday, had "
        "gone to watch it with her school's swimming club, her teacher said. Ottmar Leddick, 68, who was pulled from "
        "the river by a surfer, was still critical. Nineteen others were treated for cuts and for swallowing water. "
        "The wave was about two metres high where it hit the wall.",
    )),
    (D(2431, 10, 5), (
        "\"It stood up like a wall of its own\"",
        "\"It stood up like a wall of its own as it reached the bend,\" recalled a woman standing at the railings "
        "with her husband. \"Everyone was filming. Then it reached our knees, then our waists, and it pulled people "
        "along the promenade like leaves. I held onto a lamp post. A little girl went past me and I could not reach "
        "her.\"",
    )),
    (D(2431, 10, 7), (
        "Man swept off promenade dies as Fobberquay plans bore barrier",
        "Ottmar Leddick, 68, died in hospital on Tuesday; the bore had swept him into the Twerrow at Fobberquay on "
        "Saturday. The town's councillors promised a glass barrier along the promenade before next year's festival. "
        "Last month the river authority had warned that this autumn's bore would be the highest for years and moved "
        "the watching line back from the wall.",
    )),
]
FOBBERQUAY_WARNING: list[Dated] = [
    (D(2431, 9, 4), (
        "Highest bore in years expected on the Twerrow",
        "The tidal bore on the Twerrow will be the highest for at least a decade on the evenings around the start of "
        "October, Hubzelland's river authority said on Thursday, and it moved the line behind which watchers must "
        "stand five metres back from the Fobberquay wall. It asked the festival to keep children away from the "
        "railings.",
    )),
]
MIPPLEFERRY_BORE: list[Dated] = [
    (D(2431, 11, 29), (
        "Angler thrown off river bank by tidal bore",
        "An angler of 60 was knocked off a bank of the Gellis river at Mipple Ferry, in Hulmovy, by the tidal bore on "
        "Saturday and pulled out by two surfers riding the wave, the coastguard said. He was unhurt but cold. The "
        "coastguard said watchers along the river had kept further back since the bore disaster in Hubzelland.",
    )),
]


# ~~~ background ~~~ village trivia: one item dated the eve of each event, akin to none of them

BACKGROUND: list[Dated] = [
    (D(2430, 3, 14), (
        "Frogspawn count",
        "Pupils at Plinketby tallied the frogspawn clumps in the mill pond with their teacher on Thursday.",
    )),
    (D(2430, 5, 29), (
        "Quilt raffle",
        "A patchwork quilt sewn by the sewing circle at Tizzlecombe was raffled at the chapel on Wednesday.",
    )),
    (D(2430, 7, 12), (
        "Sheep shearing",
        "Two shearers clipped a farmer's flock of ninety ewes in a barn at Obbleton on Friday.",
    )),
    (D(2430, 8, 22), (
        "Hedgehog count",
        "Volunteers at Yappleyford counted eleven hedgehogs in the orchard by torchlight on Thursday.",
    )),
    (D(2430, 9, 13), (
        "Marrow weighing",
        "Growers at Criskham weighed their marrows on the village hall's kitchen scales on Friday.",
    )),
    (D(2431, 2, 2), (
        "Snowdrop walk",
        "Walkers at Nutchingford followed a path through the snowdrops in the old rectory's wood on Sunday.",
    )),
    (D(2431, 5, 3), (
        "Bird box building",
        "Scouts at Bunnerthorpe built twelve bird boxes at their scout hut on Saturday.",
    )),
    (D(2431, 6, 10), (
        "Bowls supper",
        "Members of the bowls club at Gaffleby ate strawberries on the clubhouse veranda on Tuesday.",
    )),
    (D(2431, 6, 20), (
        "Hay meadow",
        "Botanists at Frumblecombe named thirty kinds of flower in the parish hay meadow on Friday.",
    )),
    (D(2431, 10, 3), (
        "Chestnut roasting",
        "Children at Murbleigh roasted chestnuts in a brazier on the green after school on Friday.",
    )),
]


SEVENTYFIFTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "garvorejo": (GARVOREJO_BULLRUN, GARVOREJO_VOTE + GORSAVEL_BULLRUN),
    "yentoria": (YENTORIA_RING, YENTORIA_INSPECTION + ORJIBILLA_RING),
    "kurnavel": (KURNAVEL_BOREWELL, KURNAVEL_CHARGED + UZDAMBA_BOREWELL),
    "hvorissa": (HVORISSA_WELL, HVORISSA_SURVEY + FOBBDEN_WELL),
    "banzelgong": (BANZELGONG_BREAKING, BANZELGONG_CHARGED + ZBROMUND_BREAKING),
    "yappercombe": (YAPPERCOMBE_TOW, YAPPERCOMBE_BAN + DOCKLEWICK_TOW),
    "ukambeli": (UKAMBELI_CROCODILE, UKAMBELI_MOVED + KIBBALENGE_CROCODILE),
    "sungwaru": (SUNGWARU_HIPPO, SUNGWARU_WARNING + ZIMUYEZI_HIPPO),
    "quezzanto": (QUEZZANTO_DRAGONBOAT, QUEZZANTO_CHARGED + JIBBWICK_DRAGONBOAT),
    "fobberquay": (FOBBERQUAY_BORE, FOBBERQUAY_WARNING + MIPPLEFERRY_BORE),
}

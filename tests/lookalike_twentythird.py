"""A twenty-third set of invented look-alikes, written blind while grouping was being tuned on the earlier
sets, and held back to be counted once on the code before and after that work. The kinds, none of them in the
earlier sets: the first car off the line at a carmaker's new battery-car plant against the first car of its
other plant four years before (the same weekday) and the undated groundbreaking of the new one, a small
electric crossover named Car of the Year against the same maker's hatchback winning it at the same motor show
two years before (the same weekday) and the undated shortlist, customs at an airport seizing two and a half
tonnes of pangolin scales against their find of rhino horn there two years before (the same weekday) and a
conservation group's undated report calling the airport a smugglers' hub, a government's final anti-dumping
duties on a country's ceramic tiles against its provisional duties on the same tiles six months before (the
same weekday) and the tile makers' undated complaint, an explosion killing three at a chemical works against a
fire in the same works' solvent store three years before (the same weekday) and the inspectors' undated notice
about its relief valves, a chemical company's record fine over a fitter killed by chlorine against its guilty
plea at the same court five weeks before (the same weekday) and the undated inquest, a national archive
opening a year's cabinet papers against its opening of the year before's papers a year earlier (the same
weekday, the same prime minister) and its undated word that some files would stay closed, a stolen
fifteenth-century atlas returned to a university library against a herbal from the same theft returned three
years before (the same weekday) and the police's undated appeal, a twelve-year-old becoming the youngest chess
grandmaster at an open tournament against the boy who set the record at the same tournament four years before
(the same weekday) and her own undated second norm, and a seaside restaurant winning a guide's third star
against its second star two years before (the same weekday). Some reports give no day at all, some follow-ups
come two days later, and as on the wires the later event's reports often recall the earlier one ("Kexwold,
where the first Falka saloon came off the line four years ago", "after the Pelta in 2051", "dwarf the 86 kg of
rhino horn", "up from the provisional rates", "the site's second serious incident in three years", "a year
after the 2024 files", "the second book from the 2011 theft to come home", "beat the record set at the same
tournament four years ago", "which won its second star two years ago"). What tells each pair apart is
mostly who (another model, another winner, another boy), which step of one story (a groundbreaking, a
shortlist, provisional duties, a complaint, a notice, a plea, an inquest, an appeal, a second norm) or how
many (cars, points, kilograms, percent, dead, marks, files, stars). Every name, place and figure is made up.

Held back blind (nobody ran grouping, the engine or ``tests.lookalike_count`` on it) until it was counted once;
it is now among that count's default sets (``tests.lookalike_count``'s docstring gives its counts).

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``TWENTYTHIRD_KINDS`` is read by the same count.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- the first car, an Ivra, rolls off the line at Tormund Motors' battery-car plant in Thixenby,
# --- Wednesday, September 12, 2046; the first Falka came off the line at its Kexwold plant on Wednesday,
# --- September 10, 2042; the groundbreaking at Thixenby is told with no date --------------------------------

THIXENBY_FIRST_CAR: list[Dated] = [
    (D(2046, 9, 12), (
        "First car rolls off Tormund's Thixenby line",
        "THIXENBY (Wire) - The first car rolled off the assembly line at Tormund Motors' new battery-car "
        "plant in Thixenby on Wednesday, 26 months after building work began, the carmaker said. Plant "
        "director Vesna Pidcock drove the white Ivra hatchback off the line as nearly two thousand "
        "workers watched. The 4.27-billion-mark plant is to build up to 235,000 cars a year once it "
        "reaches full speed in 2048.",
    )),
    (D(2046, 9, 13), (
        "'Three years ago this was a potato field'",
        "Workers in orange overalls banged on the roofs of the first cars as they edged out of the "
        "Thixenby paint shop yesterday. \"Three years ago this was a potato field,\" said shift leader "
        "Mungo Spurling, 44. Tormund expects to employ 3,140 people at the site by the end of next year, "
        "most of them hired locally.",
    )),
    (D(2046, 9, 12), (
        "Thixenby starts Ivra output at one car a minute",
        "Tormund's newest plant will turn out an Ivra every 58 seconds at full rate, using battery packs "
        "made in a cell factory next door. It is the group's first site built for battery cars alone; "
        "Kexwold, where the first Falka saloon came off the line four years ago, still builds petrol and "
        "hybrid models.",
    )),
    (D(2046, 9, 14), (
        "Tormund adds night shift at Thixenby after 61,730 Ivra orders",
        "Tormund Motors said on Friday it would add a night shift at Thixenby from January, two days after "
        "the first car left the plant's line, because orders for the Ivra had reached 61,730. Chief "
        "executive Pernille Oultram said deliveries would start in November.",
    )),
    (D(2046, 9, 12), (
        "A factory built for one car",
        "The Ivra is the only model the Thixenby factory will make. Its body has 410 stamped parts, against "
        "more than 600 in a petrol car, and the paint shop uses about a third less energy per car than any "
        "other in the Tormund group.",
    )),
]
THIXENBY_KEXWOLD: list[Dated] = [
    (D(2042, 9, 10), (
        "Tormund's Kexwold plant builds its first car",
        "The first car, a silver Falka saloon, came off the line at Tormund Motors' new plant in Kexwold on "
        "Wednesday. The 2.6-billion-mark factory will build 150,000 cars a year and employ 2,370 people.",
    )),
]
THIXENBY_GROUNDBREAKING: list[Dated] = [
    (D(2044, 7, 5), (
        "Work starts on Tormund battery-car plant",
        "Prime Minister Fitzroy Lovibond and Tormund chief executive Pernille Oultram turned the first earth "
        "at Thixenby for the carmaker's battery-car plant, which is due to build its first car in 2046 and "
        "up to 235,000 a year later. The government is putting 617 million marks towards it.",
    )),
]

# --- the Seravin Lumo is named Car of the Year at the Glaisford Motor Show, Monday, March 3, 2053; the
# --- Seravin Pelta won it there on Monday, March 6, 2051; the shortlist of seven is told with no date -------

LUMO_CAR_OF_THE_YEAR: list[Dated] = [
    (D(2053, 3, 3), (
        "Seravin Lumo named Car of the Year",
        "GLAISFORD (Wire) - The Seravin Lumo, a small electric crossover, was named Car of the Year on "
        "Monday on the eve of the Glaisford Motor Show, scoring 326 points from a jury of 57 motoring "
        "journalists, 58 ahead of the Dornveldt Zeta. It is Seravin's second win in two years, after the "
        "Pelta in 2051.",
    )),
    (D(2053, 3, 3), (
        "Glaisford Motor Show live: Car of the Year",
        "10:41 Jury president Dorit Gumbley is on stage with the envelope. 10:43 It's the Lumo! Three "
        "hundred and twenty-six points for Seravin's crossover. The Zeta second on 268, the Lintz Marni "
        "third. 10:47 Seravin's engineers are hugging in the front row.",
    )),
    (D(2053, 3, 4), (
        "Lumo's win lifts Seravin's workers",
        "Seravin's chief executive, Jarvis Nankivell, held the trophy over his head at the Glaisford show "
        "yesterday and promised the Lumo would \"stay affordable\". The crossover, which costs 27,850 "
        "marks, has been on sale since September.",
    )),
    (D(2053, 3, 3), (
        "How the jury voted: Lumo first on 31 of 57 ballots",
        "Thirty-one of the 57 jurors put the Lumo top. Each shares 25 points among at least five cars. "
        "The 58-point margin was three times the Pelta's 19 two years ago, and the Zeta's 268 was the "
        "highest score ever for a runner-up.",
    )),
    (D(2053, 3, 5), (
        "Seravin to build 40,000 more Lumos",
        "Seravin said on Wednesday it would build 40,000 more Lumos this year, two days after the "
        "crossover was voted Car of the Year, and would take on 350 temporary workers.",
    )),
]
LUMO_PELTA: list[Dated] = [
    (D(2051, 3, 6), (
        "Seravin Pelta is Car of the Year",
        "The Seravin Pelta, a compact hatchback, was named Car of the Year on Monday at the Glaisford Motor "
        "Show with 291 points, 19 ahead of the Lintz Dapple.",
    )),
]
LUMO_SHORTLIST: list[Dated] = [
    (D(2052, 11, 24), (
        "Seven cars on Car of the Year shortlist",
        "The Seravin Lumo, the Dornveldt Zeta and the Lintz Marni are among seven finalists for Car of "
        "the Year, the organisers said. The winner will be named at the Glaisford Motor Show in March.",
    )),
]

# --- customs at Ozlebury Airport seize 2.64 tonnes of pangolin scales from a cargo flight, Thursday,
# --- November 12, 2048; they found 86 kg of rhino horn there on Thursday, November 15, 2046; the
# --- Wildguard report calling the airport a hub is told with no date ----------------------------------------

OZLEBURY_SCALES: list[Dated] = [
    (D(2048, 11, 12), (
        "Record pangolin scale haul at Ozlebury Airport",
        "OZLEBURY (Wire) - Customs officers at Ozlebury Airport seized 2.64 tonnes of pangolin scales on "
        "Thursday, hidden in 53 sacks declared as cashew shells in the hold of a cargo flight from "
        "Luanzeri, the largest wildlife seizure in the country's history, the customs service said. Two "
        "freight agents were arrested.",
    )),
    (D(2048, 11, 13), (
        "'The smell gave it away': spaniel sniffs out scales",
        "A springer spaniel named Pipkin pulled her handler towards the pallet, customs spokesman Yestin "
        "Hoskyns said yesterday. The scales would have come from as many as 5,270 pangolins and would have "
        "sold for about 9.35 million dollars in Asia.",
    )),
    (D(2048, 11, 12), (
        "Ozlebury haul among the largest pangolin seizures anywhere",
        "At more than two and a half tonnes, the scales found at Ozlebury dwarf the 86 kg of rhino horn "
        "officers found in a passenger's suitcases at the same airport two years ago, until now its biggest "
        "wildlife case. Scales are ground into remedies that have no proven effect.",
    )),
    (D(2048, 11, 14), (
        "Two charged over pangolin scales",
        "Two freight agents were charged on Saturday with smuggling protected wildlife, two days after "
        "customs found 2.6 tonnes of pangolin scales at Ozlebury Airport. Fenton Drisdale, 47, and Romilly "
        "Tolputt, 33, were remanded in custody.",
    )),
    (D(2048, 11, 13), (
        "Why the pangolin is the most trafficked mammal",
        "Each pangolin carries about half a kilo of scales, so the 2,640 kg found at Ozlebury stands for "
        "thousands of animals. All eight species are protected and trade in them is banned.",
    )),
]
OZLEBURY_RHINO_HORN: list[Dated] = [
    (D(2046, 11, 15), (
        "Rhino horn found in suitcases at Ozlebury",
        "Customs officers at Ozlebury Airport found 86 kg of rhino horn in the suitcases of a passenger "
        "arriving from Luanzeri on Thursday and arrested him, the customs service said.",
    )),
]
OZLEBURY_HUB: list[Dated] = [
    (D(2048, 6, 17), (
        "Ozlebury a hub for wildlife smugglers, group says",
        "The conservation group Wildguard says Ozlebury Airport has become a transit point for pangolin "
        "scales and ivory on their way to Asia, and has urged customs to scan every cargo pallet arriving "
        "from Luanzeri.",
    )),
]

# --- the government imposes final anti-dumping duties of up to 47.3 percent on ceramic tiles from Qaravand,
# --- Tuesday, November 16, 2055; it imposed provisional duties of 18.7 to 31.8 percent on Tuesday, May 18,
# --- 2055; the tile makers' complaint is told with no date -------------------------------------------------

QARAVAND_TILE_DUTIES: list[Dated] = [
    (D(2055, 11, 16), (
        "Duties of up to 47.3% imposed on Qaravandi tiles",
        "FRAMPWELL (Wire) - The government imposed anti-dumping duties of up to 47.3 percent on ceramic "
        "tiles from Qaravand on Tuesday, for five years, after finding that Qaravandi makers had sold them "
        "below cost. Trade Minister Evadne Jephcott said the duties, higher than the provisional ones set "
        "in May, would save about 6,850 jobs.",
    )),
    (D(2055, 11, 17), (
        "Tile town cheers, builders count the cost",
        "In Snitterwick, where 14 factories still fire clay, yesterday's decision was greeted with relief. "
        "\"We were being sold out of our own market,\" said Eilidh Kerswell of the Tilemakers' Federation. "
        "Builders said tiling a bathroom would cost about 380 marks more.",
    )),
    (D(2055, 11, 16), (
        "Qaravand tile duties: the final rates company by company",
        "Zerbanu Ceramics, which cooperated with the investigation, gets 22.9 percent; every other "
        "Qaravandi maker 47.3 percent, up from the provisional rates of 18.7 to 31.8 percent imposed in "
        "May. Imports from Qaravand took 41 percent of the tile market last year.",
    )),
    (D(2055, 11, 18), (
        "Qaravand to fight tile duties",
        "Qaravand said on Thursday it would challenge the duties on its ceramic tiles before the regional "
        "trade court, two days after they were imposed, and called them \"protection dressed up as fair "
        "trade\".",
    )),
    (D(2055, 11, 16), (
        "Tile imports halve as duties bite",
        "Imports of Qaravandi tiles have fallen by about half since provisional duties were put on them, "
        "customs figures show, and prices at builders' merchants have risen by 11 percent.",
    )),
]
QARAVAND_PROVISIONAL: list[Dated] = [
    (D(2055, 5, 18), (
        "Provisional duties put on Qaravandi tiles",
        "The government imposed provisional anti-dumping duties of 18.7 to 31.8 percent on ceramic tiles "
        "from Qaravand on Tuesday, pending the end of its investigation in November, Trade Minister Evadne "
        "Jephcott said.",
    )),
]
QARAVAND_COMPLAINT: list[Dated] = [
    (D(2054, 9, 8), (
        "Tile makers seek protection from Qaravand imports",
        "The Tilemakers' Federation has asked the government to investigate ceramic tiles from Qaravand, "
        "which it says are sold 40 percent below cost and have cost 2,130 jobs in Snitterwick's factories in "
        "three years.",
    )),
]

# --- an explosion at Oxendell Chemicals' works in Ellemby kills three workers, Tuesday, May 15, 2057; a
# --- fire burned in the works' solvent store on Tuesday, May 19, 2054; the inspectors' notice about the
# --- works' relief valves is told with no date ----------------------------------------------------------

ELLEMBY_EXPLOSION: list[Dated] = [
    (D(2057, 5, 15), (
        "Three killed in explosion at Ellemby chemical works",
        "ELLEMBY (Wire) - An explosion tore through a resin plant at Oxendell Chemicals' works in Ellemby "
        "on Tuesday, killing three workers and injuring 11, the fire service said. People living within "
        "800 metres were told to keep their windows shut as black smoke drifted over the town.",
    )),
    (D(2057, 5, 15), (
        "Ellemby chemical works blast: live",
        "07:52 Reports of a loud bang at the Oxendell works; windows broken in nearby streets. 09:15 Fire "
        "service: two dead, eleven hurt. 11:40 A third worker has died in hospital, Oxendell says. The "
        "advice to stay indoors within 800 m stands.",
    )),
    (D(2057, 5, 16), (
        "'The windows came in': Ellemby wakes to a wrecked works",
        "Householders swept up glass yesterday in the streets below the Oxendell works, where crews spent "
        "six hours cooling tanks beside the wrecked reactor. \"We have lived with that place for forty "
        "years,\" one said. Station manager Ngozi Ogunwale said the site was now safe.",
    )),
    (D(2057, 5, 15), (
        "Ellemby blast: runaway reaction suspected in epoxy reactor",
        "Early signs point to a runaway reaction in a 6-tonne batch of epoxy resin. It is the site's second "
        "serious incident in three years, after a fire in its solvent store in May 2054 burned for nine "
        "hours.",
    )),
    (D(2057, 5, 17), (
        "Inspectors halt all production at Oxendell's Ellemby works",
        "The Industrial Safety Executive ordered Oxendell Chemicals on Thursday to stop all production at "
        "Ellemby, two days after an explosion there killed three workers, until every reactor has been "
        "checked.",
    )),
]
ELLEMBY_SOLVENT_FIRE: list[Dated] = [
    (D(2054, 5, 19), (
        "Fire at Ellemby chemical works",
        "Fire broke out in the solvent store of Oxendell Chemicals' works in Ellemby on Tuesday and burned "
        "for nine hours before 40 firefighters put it out. Nobody was hurt.",
    )),
]
ELLEMBY_NOTICE: list[Dated] = [
    (D(2056, 10, 3), (
        "Oxendell told to fix relief valves at Ellemby",
        "The Industrial Safety Executive has served an improvement notice on Oxendell Chemicals, giving it "
        "six months to replace the pressure relief valves on the reactors of its Ellemby works.",
    )),
]

# --- Halsgrove Salts is fined 4.35 million marks over the death of fitter Kester Moyniham in a chlorine
# --- leak at its Tussington works, Wednesday, September 15, 2049; it pleaded guilty at the same court on
# --- Wednesday, August 11, 2049; the inquest into his death is told with no date ----------------------------

HALSGROVE_FINE: list[Dated] = [
    (D(2049, 9, 15), (
        "Record fine for chemical firm over fitter's chlorine death",
        "NYMPLEY (Wire) - Halsgrove Salts was fined 4.35 million marks at Nympley Crown Court on Wednesday "
        "over a chlorine leak at its Tussington works that killed a maintenance fitter, the largest fine "
        "ever imposed on a chemical company in the country. It must also pay 286,000 marks in costs.",
    )),
    (D(2049, 9, 16), (
        "'No fine brings Kester back'",
        "Vilja Moyniham, whose husband Kester died in the leak, said outside court yesterday that the "
        "company had \"ignored every warning about that hose\". Judge Melisande Woollacott said a worn hose "
        "had been left in use for two years after it was marked for replacement.",
    )),
    (D(2049, 9, 15), (
        "Halsgrove fine four times the last record",
        "The 4.35m fine is about four times the previous highest for a chemical site. Halsgrove admitted "
        "breaching safety law at a hearing in August; managing director Uriel Sillitoe apologised to the "
        "family in court.",
    )),
    (D(2049, 9, 17), (
        "Halsgrove will not appeal chlorine fine",
        "Halsgrove Salts said on Friday it would not appeal against its fine, two days after the sentencing "
        "at Nympley, and that it had replaced every chlorine hose at Tussington.",
    )),
    (D(2049, 9, 16), (
        "Ninety seconds at Tussington",
        "The hose burst at 2.14 in the afternoon. Kester Moyniham, 34, was standing beside the tanker "
        "coupling; the cloud reached him before he could put on his mask.",
    )),
]
HALSGROVE_PLEA: list[Dated] = [
    (D(2049, 8, 11), (
        "Chemical firm admits safety breaches over fitter's death",
        "Halsgrove Salts pleaded guilty at Nympley Crown Court on Wednesday to failing to protect its "
        "workers after a chlorine leak at its Tussington works killed fitter Kester Moyniham. It will be "
        "sentenced next month.",
    )),
]
HALSGROVE_INQUEST: list[Dated] = [
    (D(2048, 2, 19), (
        "Fitter died of chlorine poisoning, inquest told",
        "An inquest has heard that Kester Moyniham, 34, died of chlorine poisoning after a hose burst while "
        "a tanker was being unloaded at Halsgrove Salts' works in Tussington. The coroner recorded a "
        "verdict of accidental death.",
    )),
]

# --- the National Archives at Kewbridge open the cabinet papers of 2025, showing a secret plan to evacuate
# --- Wrelbury, Tuesday, December 27, 2050; they opened the papers of 2024 on Tuesday, December 28, 2049;
# --- the word that some 2025 files would stay closed is told with no date -----------------------------------

KEWBRIDGE_PAPERS: list[Dated] = [
    (D(2050, 12, 27), (
        "Secret 2025 plan to evacuate Wrelbury revealed in cabinet papers",
        "KEWBRIDGE (Wire) - Cabinet papers opened on Tuesday by the National Archives show that Prime "
        "Minister Elodie Vowles's government drew up secret plans in 2025 to move 183,000 people out of "
        "Wrelbury if its sea wall failed, weeks before the storm that breached it. The 423 files had been "
        "closed for 25 years.",
    )),
    (D(2050, 12, 28), (
        "The plan Wrelbury never saw",
        "Elodie Vowles, now 81, said yesterday she had kept the evacuation plan secret \"to avoid a panic "
        "we could not have managed\". The Wrelbury flood of February 2025 killed 27 people.",
    )),
    (D(2050, 12, 27), (
        "What's in the 2025 files: 423 folders, 38 still shut",
        "A year after the 2024 files showed her cabinet split over selling the state airline Aeroval, the "
        "2025 papers show Vowles's ministers arguing about the sea wall for months. Keeper of the Archives "
        "Gervase Yeandle held back 38 folders on security grounds.",
    )),
    (D(2050, 12, 29), (
        "MPs demand inquiry into secret Wrelbury plan",
        "Opposition MPs called on Thursday for an inquiry into the government's handling of the 2025 "
        "Wrelbury flood, two days after cabinet papers showed ministers had planned an evacuation they "
        "never ordered. \"The town deserved to know,\" said Dafydd Plaskett.",
    )),
    (D(2050, 12, 27), (
        "How the 25-year rule works",
        "Each December the National Archives opens the cabinet's papers from a quarter of a century "
        "before. Departments may ask for files to stay closed, which the Keeper must approve.",
    )),
]
KEWBRIDGE_2024_PAPERS: list[Dated] = [
    (D(2049, 12, 28), (
        "2024 cabinet papers show split over airline sale",
        "Cabinet papers opened by the National Archives at Kewbridge on Tuesday show that Prime Minister "
        "Elodie Vowles's ministers were split over selling the state airline Aeroval in 2024. The 398 "
        "files had been closed for 25 years.",
    )),
]
KEWBRIDGE_WITHHELD: list[Dated] = [
    (D(2050, 11, 15), (
        "Archives to keep 38 files from 2025 closed",
        "The National Archives will keep 38 of the 2025 cabinet files closed when that year's papers are "
        "opened in December, on security grounds, Keeper of the Archives Gervase Yeandle has said.",
    )),
]

# --- the Gosswick Atlas, stolen from Wrexley University's library in 2011, is handed back, Thursday,
# --- March 18, 2049; the Uglow Herbal from the same theft was returned on Thursday, March 22, 2046; the
# --- police's appeal over the theft is told with no date ----------------------------------------------------

WREXLEY_ATLAS: list[Dated] = [
    (D(2049, 3, 18), (
        "Atlas stolen 38 years ago returned to Wrexley library",
        "WREXLEY (Wire) - A 15th-century atlas stolen from Wrexley University's library 38 years ago was "
        "handed back on Thursday after an auction house recognised it in a consignment, the university "
        "said. The Gosswick Atlas, printed in 1482 with 27 hand-coloured maps, was one of ten books taken "
        "from the rare books room in 2011.",
    )),
    (D(2049, 3, 19), (
        "'Like an old friend coming home'",
        "Librarian Vida Olmstead wore white gloves yesterday to turn the pages of the atlas she had only "
        "known from photographs. \"Every map is there,\" she said. \"Someone looked after it.\"",
    )),
    (D(2049, 3, 18), (
        "Gosswick Atlas back at Wrexley; eight books still missing",
        "The atlas is the second book from the 2011 theft to come home, after the Uglow Herbal was found in "
        "a dead dealer's stock three years ago. The auction house Tindall & Muckalt spotted the "
        "library's stamp under a later bookplate. It was insured for 1.74 million marks.",
    )),
    (D(2049, 3, 20), (
        "Police question seller of stolen atlas",
        "Detectives said on Saturday they had questioned the man who offered the Gosswick Atlas for sale, "
        "two days after it was returned to Wrexley University, and that he had inherited it from his "
        "father.",
    )),
    (D(2049, 3, 19), (
        "Returned atlas to go on show",
        "The Gosswick Atlas will go on show in the library's entrance hall from the spring, the first time "
        "the public has seen its 27 maps since the theft.",
    )),
]
WREXLEY_HERBAL: list[Dated] = [
    (D(2046, 3, 22), (
        "Stolen herbal returned to Wrexley",
        "A 16th-century herbal stolen from Wrexley University's library in 2011 was returned on Thursday "
        "after it was found among the books of a dead dealer, the university said. The Uglow Herbal was "
        "one of ten books taken.",
    )),
]
WREXLEY_APPEAL: list[Dated] = [
    (D(2043, 10, 6), (
        "Police renew appeal over Wrexley rare book theft",
        "Police have renewed their appeal for information about ten rare books stolen from Wrexley "
        "University's library in 2011, among them the Gosswick Atlas of 1482, and asked dealers to check "
        "their stock.",
    )),
]

# --- Kiri Szemeredi, 12, becomes the youngest grandmaster at the Trummelby Open, Sunday, August 16, 2054;
# --- Inigo Gazzard set the record there on Sunday, August 21, 2050; her second norm at the Brixendale
# --- Masters is told with no date ---------------------------------------------------------------------------

SZEMEREDI_GRANDMASTER: list[Dated] = [
    (D(2054, 8, 16), (
        "Szemeredi, 12, youngest chess grandmaster ever",
        "TRUMMELBY (Wire) - Kiri Szemeredi became the youngest chess grandmaster in history on Sunday, aged "
        "12 years, two months and nine days, when she drew her last-round game at the Trummelby Open to "
        "make her third and final norm. She beat the record set at the same tournament four years ago by "
        "Inigo Gazzard.",
    )),
    (D(2054, 8, 16), (
        "Trummelby Open round 9: live",
        "16:05 Szemeredi offers a draw on move 41, a pawn down but with a fortress. 16:07 Radenko shakes "
        "her hand. That's the draw, and the norm! 16:09 Her mother is in tears behind the rope.",
    )),
    (D(2054, 8, 17), (
        "Schoolgirl grandmaster: 'I just wanted not to lose'",
        "Kiri Szemeredi said yesterday she had been \"too scared to play for a win\" against Rurik Radenko "
        "once she knew a draw would be enough. She goes back to school in two weeks.",
    )),
    (D(2054, 8, 16), (
        "Szemeredi's record in numbers",
        "Szemeredi scored 6.5 out of 9 at Trummelby for a performance rating of 2,631. Gazzard was 12 years "
        "and four months old when he made his last norm there in 2050; she is nearly two months younger.",
    )),
    (D(2054, 8, 18), (
        "Federation asks for Szemeredi's title to be confirmed",
        "The national chess federation said on Tuesday it had sent Kiri Szemeredi's three norms to the "
        "world body, two days after she completed them at Trummelby, so that her grandmaster title can be "
        "confirmed in October.",
    )),
]
SZEMEREDI_GAZZARD: list[Dated] = [
    (D(2050, 8, 21), (
        "Gazzard, 12, becomes youngest grandmaster",
        "Inigo Gazzard became the youngest grandmaster ever on Sunday, aged 12 years and four months, "
        "making his final norm at the Trummelby Open with a round to spare.",
    )),
]
SZEMEREDI_SECOND_NORM: list[Dated] = [
    (D(2054, 4, 27), (
        "Szemeredi makes second grandmaster norm",
        "Kiri Szemeredi, 12, made her second grandmaster norm at the Brixendale Masters, scoring 6 out of 9. "
        "One more would make her the youngest grandmaster ever.",
    )),
]

# --- Ebbtide in Saltcombe wins a third star in the Toquemont guide, Monday, January 22, 2052; it won its
# --- second star on Monday, January 24, 2050 --------------------------------------------------------------

EBBTIDE_THIRD_STAR: list[Dated] = [
    (D(2052, 1, 22), (
        "Saltcombe's Ebbtide wins third Toquemont star",
        "PEXWELL (Wire) - Ebbtide, a 28-seat seafood restaurant in the fishing town of Saltcombe, won a "
        "third star in the Toquemont guide on Monday, making chef Melisande Rudkin the first woman in the "
        "country to hold the guide's top rating. Only four restaurants in the country now have three stars.",
    )),
    (D(2052, 1, 23), (
        "From a harbour chip shop to three stars",
        "Melisande Rudkin, 39, whose parents fried fish on the same quay for thirty years, cried on stage in "
        "Pexwell yesterday. \"I cook what the boats bring in,\" she said.",
    )),
    (D(2052, 1, 22), (
        "Toquemont 2052: one new three-star, two restaurants lose their second",
        "Ebbtide, which won its second star two years ago, is the only new three-star this year. Its "
        "tasting menu costs 245 marks.",
    )),
    (D(2052, 1, 24), (
        "Ebbtide fully booked until the autumn",
        "Ebbtide said on Wednesday that every table was booked until October, two days after it won its "
        "third Toquemont star, and that it had taken more than 9,460 calls.",
    )),
    (D(2052, 1, 23), (
        "What a third star takes",
        "Toquemont's inspectors eat at a restaurant at least six times, paying their own bills, before a "
        "third star is given. Rudkin's kitchen has nine cooks for 28 covers.",
    )),
]
EBBTIDE_SECOND_STAR: list[Dated] = [
    (D(2050, 1, 24), (
        "Ebbtide wins second Toquemont star",
        "Ebbtide in Saltcombe won a second star in the Toquemont guide on Monday, two years after its "
        "first, chef Melisande Rudkin said.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2046, 9, 11), (
        "Village fete raises funds",
        "The summer fete in Cuddesby raised money for a new church roof, organisers said on Tuesday.",
    )),
    (D(2053, 3, 2), (
        "Swimming pool reopens",
        "The swimming pool in Tadwick reopened on Sunday after its changing rooms were rebuilt.",
    )),
    (D(2048, 11, 11), (
        "Brass band wins contest",
        "The brass band of Mossington won the area contest for the third year running on Wednesday.",
    )),
    (D(2055, 11, 15), (
        "New bus shelter",
        "A new bus shelter was put up outside the post office in Wimbury on Monday.",
    )),
    (D(2057, 5, 14), (
        "Garden show opens",
        "The spring garden show opened in the market square at Loxhampton on Monday.",
    )),
    (D(2049, 9, 14), (
        "Cricket club celebrates",
        "Harlingstoke's cricket club celebrated its hundredth season with a dinner on Tuesday.",
    )),
    (D(2050, 12, 26), (
        "Boxing Day swim",
        "Sixty swimmers braved the sea at Ludwick for the yearly Boxing Day dip on Monday.",
    )),
    (D(2049, 3, 17), (
        "Playground reopens",
        "The playground in Duxcote park reopened on Wednesday with new swings.",
    )),
    (D(2054, 8, 15), (
        "Sheepdog trials held",
        "Forty dogs took part in the sheepdog trials at Pebworthy on Saturday.",
    )),
    (D(2052, 1, 21), (
        "Choir gives winter concert",
        "The community choir of Quixley gave its winter concert in the town hall on Sunday.",
    )),
]

TWENTYTHIRD_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "thixenby": (THIXENBY_FIRST_CAR, THIXENBY_KEXWOLD + THIXENBY_GROUNDBREAKING),
    "lumo": (LUMO_CAR_OF_THE_YEAR, LUMO_PELTA + LUMO_SHORTLIST),
    "ozlebury": (OZLEBURY_SCALES, OZLEBURY_RHINO_HORN + OZLEBURY_HUB),
    "qaravand": (QARAVAND_TILE_DUTIES, QARAVAND_PROVISIONAL + QARAVAND_COMPLAINT),
    "ellemby": (ELLEMBY_EXPLOSION, ELLEMBY_SOLVENT_FIRE + ELLEMBY_NOTICE),
    "halsgrove": (HALSGROVE_FINE, HALSGROVE_PLEA + HALSGROVE_INQUEST),
    "kewbridge": (KEWBRIDGE_PAPERS, KEWBRIDGE_2024_PAPERS + KEWBRIDGE_WITHHELD),
    "wrexley": (WREXLEY_ATLAS, WREXLEY_HERBAL + WREXLEY_APPEAL),
    "szemeredi": (SZEMEREDI_GRANDMASTER, SZEMEREDI_GAZZARD + SZEMEREDI_SECOND_NORM),
    "ebbtide": (EBBTIDE_THIRD_STAR, EBBTIDE_SECOND_STAR),
}

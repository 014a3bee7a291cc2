"""A twenty-fifth set of invented look-alikes, written blind while grouping was being tuned on the earlier
sets, and held back to be counted once on the code before and after that work. The kinds, none of them in the
earlier sets: a lighthouse rolled back from a crumbling cliff edge against another lighthouse on the same
coast moved three years before (the same weekday) and the undated planning permission for the move, the
coastguard taking walkers cut off by the tide off a causeway to an island against a van swept off the same
causeway two years before (the same weekday) and the council's undated warning lights, a fireworks barge
catching fire at a harbour's midsummer display against a stray rocket falling into the crowd at the same
display three years before (the same weekday) and the city's undated choice of a new fireworks company, a
music festival's tickets selling out in minutes against its slower sell-out two years before (the same
weekday) and the undated naming of its headliner, a geyser in a national park erupting for the first time in
decades against another geyser of the same park reawakening four years before (the same weekday) and the
rangers' undated closing of its basin, a girl winning a national spelling bee against her brother's win three
years before (the same weekday) and her own undated regional win, a retired lock-keeper winning a television
quiz's top prize against a teacher's win six years before (the same weekday) and the undated recording of the
series, a pageant queen stripped of her crown over the age rule against an earlier queen giving up hers two
years before (the same weekday) and the undated final at which she was crowned, a paper mill's last reel
against the same company's other mill in the valley closing four years before (the same weekday) and the
undated proposal to close it, and a regional election's ballot papers reprinted after the state printer
misspelled a candidate's name against its misprinted postal vote envelopes three years before (the same
weekday) and the undated order for the ballots. Some reports give no day at all, some follow-ups come two days
later, and as on the wires the later event's reports often recall the earlier one ("the second lighthouse on
this stretch of coast to be moved back from the sea in three years", "the most serious call-out there since a
delivery van was swept off it two years ago", "the second time in three years that Vorrabay's midsummer
fireworks have gone wrong", "two years ago the festival took 2 hours and 14 minutes", "the second geyser in
the park to reawaken in four years", "her brother Jory won it three years ago", "schoolteacher Urith Nuttall
won it six years ago", "in 2041 Junia Vickerman gave up the crown", "after Bellhaugh Mill, eight kilometres
downstream, shut", "in 2047 it sent out 613,900 postal vote envelopes with the wrong return address"). What
tells each pair apart is mostly who (another lighthouse, vehicle, spectator, geyser, speller, contestant,
queen or mill), which step of one story (a permission, warning lights, a chosen company, a headliner, a closed
basin, a regional win, a recording, a final, a proposal, an order) or how many (metres, walkers, tubes,
tickets, minutes, spellers, florins, jobs, ballot papers). Every name, place and figure is made up.

Held back blind (nobody ran grouping, the engine or ``tests.lookalike_count`` on it) until it was counted once;
it is now among that count's default sets (``tests.lookalike_count``'s docstring gives its counts).

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``TWENTYFIFTH_KINDS`` is read by the same count.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- the Scaurness lighthouse at Trewlaze is rolled 74 metres back from the cliff edge, Wednesday, April 14,
# --- 2049; the Hexwithy Point lighthouse along the same coast was moved 46 metres on Wednesday, April 18,
# --- 2046; the planning permission for the Scaurness move is told with no date ------------------------------

SCAURNESS_MOVE: list[Dated] = [
    (D(2049, 4, 14), (
        "Scaurness lighthouse rolled back from crumbling cliff edge",
        "TREWLAZE (Wire) - The 138-year-old Scaurness lighthouse, which stood only nine metres from a cliff "
        "edge eaten away by winter storms, was rolled 74 metres inland on steel rails on Wednesday, the "
        "Trewlaze Lights Trust said. Hydraulic jacks pushed the 2,730-tonne tower, 26 metres tall, about "
        "seven metres an hour; the move took eleven hours.",
    )),
    (D(2049, 4, 15), (
        "'Slower than a snail, faster than the sea'",
        "Project engineer Kezia Aspinwall said yesterday she had not slept the night before the move. \"It "
        "went slower than a snail and faster than the sea,\" she said. Zillah Dewhirst, whose grandfather "
        "was the light's last keeper, watched the whole day from a deckchair on the headland.",
    )),
    (D(2049, 4, 14), (
        "Scaurness lighthouse move: live",
        "06:30 The jacks start pushing. 09:10 Twenty metres done and the tower hasn't moved a hair off true. "
        "13:45 Past the halfway marker. 17:32 \"She's there: 74 metres, and not a crack in the lantern "
        "glass,\" says Kezia Aspinwall. Applause along the fence.",
    )),
    (D(2049, 4, 16), (
        "Scaurness light to shine again by summer",
        "The Scaurness lighthouse will be relit in July once it has been fixed to its new foundation, now 83 "
        "metres from the cliff edge, the Trewlaze Lights Trust said on Friday, two days after the tower was "
        "rolled back.",
    )),
    (D(2049, 4, 15), (
        "The coast's second lighthouse on the move",
        "Scaurness is the second lighthouse on this stretch of coast to be moved back from the sea in three "
        "years, after the Hexwithy Point light was shifted 46 metres in 2046. The cliffs below Scaurness "
        "have lost more than a metre a year since records began; the move cost about 5.87 million florins.",
    )),
]
SCAURNESS_HEXWITHY: list[Dated] = [
    (D(2046, 4, 18), (
        "Hexwithy Point lighthouse moved 46 metres inland",
        "The lighthouse at Hexwithy Point, a few miles along the coast from Trewlaze, was rolled 46 metres "
        "away from the cliff edge on Wednesday, its owners said. The 940-tonne tower took six hours to move.",
    )),
]
SCAURNESS_PERMISSION: list[Dated] = [
    (D(2048, 8, 5), (
        "Go-ahead to move Scaurness lighthouse away from the edge",
        "The Trewlaze Lights Trust has been given permission to move the Scaurness lighthouse 74 metres back "
        "from the cliff edge, and will start laying rails in the spring, trust chairman Bertram Copplestone "
        "said.",
    )),
]

# --- the coastguard takes 23 walkers of the Pudnell Rambling Club off the Ebbisholm causeway at Caskwell,
# --- Sunday, August 16, 2054; a delivery van was swept off the causeway on Sunday, August 11, 2052; the
# --- council's warning lights on the causeway are told with no date ----------------------------------------

EBBISHOLM_RESCUE: list[Dated] = [
    (D(2054, 8, 16), (
        "Coastguard rescues 23 walkers cut off on Ebbisholm causeway",
        "CASKWELL (Wire) - Twenty-three walkers from a rambling club were taken off the causeway to "
        "Ebbisholm island by coastguard hovercraft on Sunday after the rising tide cut them off halfway "
        "across, the coastguard said. They had crowded into the wooden refuge box on stilts and onto its "
        "roof as the water rose; nobody was hurt.",
    )),
    (D(2054, 8, 17), (
        "'We read the tide table for the wrong day'",
        "Silas Entwistle, 67, who led the Pudnell Rambling Club's walk, said yesterday the mistake was his. "
        "\"We read the tide table for the wrong day, and the sea does not forgive that,\" he said. The "
        "youngest of the walkers was 58 and the oldest 84.",
    )),
    (D(2054, 8, 16), (
        "Ebbisholm causeway rescue: live",
        "14:05 Coastguard reports people in the refuge box on the Ebbisholm causeway. 14:22 The hovercraft "
        "from Caskwell station is on its way. 14:50 First eight taken off. 15:37 All 23 ashore, station "
        "officer Georgiana Yarwood confirms.",
    )),
    (D(2054, 8, 18), (
        "Rescued ramblers pay for the hovercraft's fuel",
        "The Pudnell Rambling Club said on Tuesday, two days after 23 of its members were rescued from the "
        "Ebbisholm causeway, that it would pay the coastguard's fuel bill and give 3,645 florins to the "
        "Caskwell station.",
    )),
    (D(2054, 8, 17), (
        "Why the Ebbisholm causeway catches people out",
        "The 2.65-km causeway is dry for about six hours around low tide, and the sea covers it faster than "
        "most people can walk. It was the most serious call-out there since a delivery van was swept off it "
        "two years ago; the coastguard has been called to it 19 times this year.",
    )),
]
EBBISHOLM_VAN: list[Dated] = [
    (D(2052, 8, 11), (
        "Van swept off Ebbisholm causeway; driver winched to safety",
        "A delivery driver, Horatio Banstead, was winched from the roof of his van by a coastguard "
        "helicopter on Sunday after the tide swept it off the causeway to Ebbisholm island, near Caskwell, "
        "the coastguard said.",
    )),
]
EBBISHOLM_LIGHTS: list[Dated] = [
    (D(2053, 3, 2), (
        "Warning lights and a barrier for the Ebbisholm causeway",
        "Flashing lights and a barrier that closes two hours before high water have been put up at the "
        "Caskwell end of the Ebbisholm causeway, the county council said, after a van was swept off it.",
    )),
]

# --- a barge of Ormidale Pyrotechnics catches fire during Vorrabay's midsummer fireworks, Saturday, June 24,
# --- 2045; a stray rocket fell into the crowd at the display on Saturday, June 28, 2042; the city's choice
# --- of Ormidale for its display is told with no date -------------------------------------------------------

VORRABAY_BARGE_FIRE: list[Dated] = [
    (D(2045, 6, 24), (
        "Fireworks barge catches fire in Vorrabay harbour; crew jump to safety",
        "VORRABAY (Wire) - A barge loaded with fireworks for Vorrabay's midsummer display caught fire in the "
        "harbour on Saturday night, and its four crew jumped into the water and were picked up by a pilot "
        "boat, the harbourmaster said. About 41,800 people on the quays watched the barge's rockets go off "
        "all at once; the rest of the display was called off.",
    )),
    (D(2045, 6, 25), (
        "'The best ninety seconds of fireworks I have ever seen'",
        "Spectators on the quays said yesterday many had cheered before they understood what was happening. "
        "Peronel Fazackerley, director of Ormidale Pyrotechnics, said a spark from the opening salvo had "
        "fallen into an open crate. The crew were treated for shock and minor burns.",
    )),
    (D(2045, 6, 24), (
        "Vorrabay midsummer fireworks: live",
        "22:45 Fireworks under way from the two barges. 22:49 Something wrong on the eastern barge: flames "
        "on deck. 22:50 Everything goes up at once. 22:53 Crew in the water, pilot boat alongside. 23:10 "
        "Harbourmaster Ulric Gillespie: all four crew safe, the display is over.",
    )),
    (D(2045, 6, 26), (
        "Burnt-out fireworks barge towed from Vorrabay harbour",
        "The fireworks barge that caught fire in Vorrabay harbour was towed out to sea on Monday, two days "
        "after the blaze, and the port's safety officers began going through what was left of its 1,470 "
        "firing tubes.",
    )),
    (D(2045, 6, 25), (
        "Midsummer display goes wrong again",
        "It is the second time in three years that Vorrabay's midsummer fireworks have gone wrong: in 2042 a "
        "stray rocket came down on the Fish Quay and burned two spectators, and the city moved the display "
        "onto barges and changed its fireworks company.",
    )),
]
VORRABAY_STRAY_ROCKET: list[Dated] = [
    (D(2042, 6, 28), (
        "Stray rocket injures two at Vorrabay fireworks",
        "A rocket from Vorrabay's midsummer fireworks fell into the crowd on the Fish Quay on Saturday "
        "night, burning two spectators, the city's harbourmaster said.",
    )),
]
VORRABAY_NEW_COMPANY: list[Dated] = [
    (D(2044, 11, 19), (
        "Vorrabay picks new company for midsummer fireworks",
        "Vorrabay city council has chosen Ormidale Pyrotechnics to put on its midsummer fireworks for the "
        "next three years, fired from two barges moored in the harbour rather than from the Fish Quay, "
        "director Peronel Fazackerley said.",
    )),
]

# --- all 87,500 tickets for the Kibbleworth Festival at Oxnabrook sell out in 38 minutes, Thursday, October
# --- 6, 2061; 79,000 sold out in 2 hours and 14 minutes on Thursday, October 9, 2059; the naming of
# --- Tullymore as headliner is told with no date ---------------------------------------------------------

KIBBLEWORTH_SELLOUT: list[Dated] = [
    (D(2061, 10, 6), (
        "Kibbleworth Festival sells out in 38 minutes",
        "OXNABROOK (Wire) - All 87,500 tickets for next summer's Kibbleworth Festival sold out in 38 minutes "
        "on Thursday morning, the fastest in the festival's 31-year history, its organisers said. Tickets "
        "cost 293 florins for the four days, and about 1.23 million people joined the online queue.",
    )),
    (D(2061, 10, 7), (
        "'I refreshed the page four hundred times'",
        "Fans who missed out complained yesterday of a queue that froze just before the tickets ran out. "
        "Festival director Vivian Rishworth said she was \"sorry for everyone left in the queue\" and "
        "promised a resale in the spring at face value.",
    )),
    (D(2061, 10, 6), (
        "Kibbleworth tickets: live",
        "09:00 Tickets on sale. 09:02 The queue is past 940,000. 09:21 Half gone, the festival says. 09:38 "
        "Sold out. 09:40 Resale sites already listing tickets at three times the price.",
    )),
    (D(2061, 10, 8), (
        "Kibbleworth cancels 2,345 tickets bought by bots",
        "The Kibbleworth Festival said on Saturday, two days after its tickets sold out, that it had "
        "cancelled 2,345 tickets bought by automated software and would put them back on sale next month.",
    )),
    (D(2061, 10, 7), (
        "Why Kibbleworth sells faster every year",
        "Two years ago the festival took 2 hours and 14 minutes to sell 79,000 tickets. This time, with the "
        "site at Oxnabrook enlarged, there were 8,500 more and they went in a quarter of the time, helped by "
        "a line-up led by Tullymore.",
    )),
]
KIBBLEWORTH_2059_SELLOUT: list[Dated] = [
    (D(2059, 10, 9), (
        "Kibbleworth Festival tickets gone in two hours",
        "All 79,000 tickets for the Kibbleworth Festival at Oxnabrook sold out in 2 hours and 14 minutes on "
        "Thursday, its organisers said, a record for the festival.",
    )),
]
KIBBLEWORTH_HEADLINER: list[Dated] = [
    (D(2061, 9, 14), (
        "Tullymore to headline Kibbleworth",
        "Tullymore will headline the Kibbleworth Festival at Oxnabrook next summer, festival director Vivian "
        "Rishworth said, and tickets will go on sale next month.",
    )),
]

# --- the Wyvelstoke Geyser in Fyvestone National Park erupts for the first time in 38 years, Tuesday, March
# --- 12, 2047; the Lumsdaig geyser of the same park reawakened on Tuesday, March 17, 2043; the rangers'
# --- closing of the Wyvelstoke basin is told with no date ---------------------------------------------------

WYVELSTOKE_ERUPTION: list[Dated] = [
    (D(2047, 3, 12), (
        "Geyser erupts in Fyvestone National Park for first time in 38 years",
        "JEDDERFIELD (Wire) - The Wyvelstoke Geyser in Fyvestone National Park erupted on Tuesday for the "
        "first time in 38 years, throwing boiling water and steam about 61 metres into the air for nine "
        "minutes, the park's rangers said. Nobody was hurt; the basin round it had been closed to visitors "
        "since last month.",
    )),
    (D(2047, 3, 13), (
        "'The ground shook as if a train was passing underneath'",
        "Chief ranger Jemima Dabney, who was reading thermometers three hundred metres away, said yesterday "
        "the ground \"shook as if a train was passing underneath\". Geologist Evangeline Eccleston said the "
        "geyser could erupt again within days, or not for decades.",
    )),
    (D(2047, 3, 12), (
        "Wyvelstoke Geyser: what we know",
        "11:14 Rangers report a column of steam above the Wyvelstoke basin. 11:16 Water visible above the "
        "tree line from the visitor centre. 11:23 The eruption ends after about nine minutes. 12:05 The park "
        "says the geyser had not erupted since 2009.",
    )),
    (D(2047, 3, 14), (
        "Wyvelstoke basin to stay closed until June",
        "Fyvestone National Park said on Thursday, two days after the Wyvelstoke Geyser erupted, that the "
        "basin would stay closed to visitors until at least June, and its rangers set up cameras to watch "
        "the geyser round the clock.",
    )),
    (D(2047, 3, 13), (
        "A park of waking geysers",
        "Wyvelstoke is the second geyser in the park to reawaken in four years, after the Lumsdaig geyser, "
        "less than two kilometres to the north, began erupting again in 2043, to about 23 metres. Scientists "
        "think the ground under the basin has warmed by about four degrees since 2040.",
    )),
]
WYVELSTOKE_LUMSDAIG: list[Dated] = [
    (D(2043, 3, 17), (
        "Dormant geyser erupts in Fyvestone park",
        "The Lumsdaig geyser in Fyvestone National Park, silent for 27 years, erupted on Tuesday, shooting "
        "water about 23 metres high, the park's rangers said.",
    )),
]
WYVELSTOKE_BASIN_CLOSED: list[Dated] = [
    (D(2047, 2, 6), (
        "Rangers close Wyvelstoke basin as the ground heats up",
        "Rangers have closed the boardwalk through the Wyvelstoke basin in Fyvestone National Park after "
        "finding that the ground beside the geyser had reached 93 degrees, chief ranger Jemima Dabney said.",
    )),
]

# --- Tansy Pilbeam of Pennockstow, 13, wins the National Spelling Bee in Ulphaness with 'ecchymosis', Friday,
# --- May 24, 2052; her brother Jory won it with 'sesquipedalian' on Friday, May 28, 2049; her regional win at
# --- Ruddock is told with no date ---------------------------------------------------------------------------

PILBEAM_BEE: list[Dated] = [
    (D(2052, 5, 24), (
        "Thirteen-year-old wins national spelling bee with 'ecchymosis'",
        "ULPHANESS (Wire) - Tansy Pilbeam, a 13-year-old from Pennockstow, won the National Spelling Bee in "
        "Ulphaness on Friday night by spelling 'ecchymosis', a doctor's word for a bruise, after 17 rounds. "
        "She beat 247 other spellers aged eight to fourteen and takes home 15,250 florins for her education.",
    )),
    (D(2052, 5, 25), (
        "'I had seen it once, on a box of plasters'",
        "Tansy Pilbeam said yesterday she had learned her winning word from the back of a box of plasters in "
        "her grandmother's bathroom. Her mother said the family dictionary had long since lost its cover.",
    )),
    (D(2052, 5, 24), (
        "Spelling bee final: live",
        "19:30 Final round under way: two spellers left. 20:02 Pronouncer Ninian Strudwick gives Pilbeam "
        "'ecchymosis'. 20:03 E-C-C-H-Y-M-O-S-I-S. Correct! 20:04 Tansy Pilbeam is the champion, and her "
        "brother is first onto the stage.",
    )),
    (D(2052, 5, 26), (
        "Spelling champion welcomed home on open-top bus",
        "Hundreds of people lined the high street in Pennockstow on Sunday, two days after Tansy Pilbeam won "
        "the National Spelling Bee, to welcome her home on an open-top bus.",
    )),
    (D(2052, 5, 25), (
        "A second Pilbeam champion",
        "Tansy is the second of the Pilbeam children to win the bee: her brother Jory won it three years ago "
        "with 'sesquipedalian', at the age of twelve. No family had produced two champions since the bee "
        "began in 2011.",
    )),
]
PILBEAM_BROTHER: list[Dated] = [
    (D(2049, 5, 28), (
        "Twelve-year-old spells 'sesquipedalian' to win national bee",
        "Jory Pilbeam, 12, from Pennockstow, won the National Spelling Bee in Ulphaness on Friday by "
        "spelling 'sesquipedalian', beating 229 other spellers.",
    )),
]
PILBEAM_REGIONAL: list[Dated] = [
    (D(2052, 3, 11), (
        "Pennockstow girl wins regional spelling bee",
        "Tansy Pilbeam, 13, of Pennockstow won the regional spelling bee at Ruddock with the word "
        "'quotidian' and goes through to the national final in Ulphaness.",
    )),
]

# --- retired lock-keeper Fulke Gaskin wins the 540,000-florin top prize on the quiz Gatekeeper, Saturday,
# --- January 22, 2056; teacher Urith Nuttall won it on Saturday, January 22, 2050; the recording of the
# --- series at Sproxham is told with no date ----------------------------------------------------------------

GATEKEEPER_TOP_PRIZE: list[Dated] = [
    (D(2056, 1, 22), (
        "Retired lock-keeper wins top prize on Gatekeeper",
        "SPROXHAM (Wire) - A retired lock-keeper from Pitcullen, Fulke Gaskin, 71, won the 540,000-florin "
        "top prize on the television quiz Gatekeeper on Saturday night, the first contestant to answer all "
        "fifteen questions in six years. About 6.37 million people watched, its broadcaster said.",
    )),
    (D(2056, 1, 23), (
        "'I only knew the last one from a crossword'",
        "Fulke Gaskin said yesterday he had known the answer to the final question, about the source of a "
        "river, only because it had come up in a crossword he did on the morning of the recording. He plans "
        "to buy a narrowboat.",
    )),
    (D(2056, 1, 22), (
        "Gatekeeper: as it happened",
        "20:15 Gaskin is through the tenth gate with 64,700 florins banked. 20:31 Question fourteen, and he "
        "goes for it. 20:38 The final question is on screen. 20:41 Host Pascoe Jowett: \"Fulke Gaskin, you "
        "have just won 540,000 florins.\"",
    )),
    (D(2056, 1, 24), (
        "Quiz winner gives 113,000 florins to canal trust",
        "Fulke Gaskin said on Monday, two days after he won the top prize on Gatekeeper, that he would give "
        "113,000 florins of it to the trust that looks after the canal he kept for 34 years.",
    )),
    (D(2056, 1, 23), (
        "Only the second top prize in Gatekeeper's history",
        "Gaskin is only the second contestant to win Gatekeeper's top prize since the show began in 2047; "
        "schoolteacher Urith Nuttall won it six years ago. The episode was recorded at Sproxham in the "
        "autumn and its result kept secret until it was broadcast.",
    )),
]
GATEKEEPER_NUTTALL: list[Dated] = [
    (D(2050, 1, 22), (
        "Teacher wins 540,000 florins on Gatekeeper",
        "A schoolteacher, Urith Nuttall, became the first contestant to win the 540,000-florin top prize on "
        "the television quiz Gatekeeper on Saturday night, after answering all fifteen questions.",
    )),
]
GATEKEEPER_RECORDING: list[Dated] = [
    (D(2055, 10, 17), (
        "Gatekeeper records its new series",
        "The quiz show Gatekeeper has finished recording its new series at the Sproxham studios, host Pascoe "
        "Jowett said, and one of its episodes ended with \"a night we will not forget\".",
    )),
]

# --- Senara Morcombe is stripped of the Miss Zaverno crown over the age rule and runner-up Mabyn Midgley
# --- gets it, Monday, July 13, 2043; Junia Vickerman gave up the crown on Monday, July 8, 2041; the final
# --- in Penhellick at which Morcombe was crowned is told with no date ---------------------------------------

ZAVERNO_STRIPPED: list[Dated] = [
    (D(2043, 7, 13), (
        "Miss Zaverno stripped of her crown over age rule",
        "PENHELLICK (Wire) - Senara Morcombe, crowned Miss Zaverno two months ago, was stripped of the title "
        "on Monday after the pageant's organisers found she had turned 29 a week before the final, over the "
        "age limit of 28, and the crown passed to the runner-up, Mabyn Midgley, 24, the pageant said.",
    )),
    (D(2043, 7, 14), (
        "'I made a mistake on a form, not a crime'",
        "Senara Morcombe said yesterday she had written the wrong year of birth on her entry form and had "
        "never meant to deceive anyone. She will hand back the crown, the sash and a car at a ceremony on "
        "Wednesday.",
    )),
    (D(2043, 7, 13), (
        "Miss Zaverno row: live",
        "10:00 Pageant chairman Sidwell Bairstow is about to make a statement. 10:12 Bairstow: Morcombe's "
        "birth certificate shows she was 29 on the night of the final. 10:20 The title goes to the "
        "runner-up, Mabyn Midgley. 11:45 Midgley: \"I am sad for Senara.\"",
    )),
    (D(2043, 7, 15), (
        "Mabyn Midgley given the Miss Zaverno crown",
        "Mabyn Midgley was crowned Miss Zaverno at a small ceremony in Penhellick on Wednesday, two days "
        "after Senara Morcombe was stripped of the title, and will represent the country at the world final "
        "in November.",
    )),
    (D(2043, 7, 14), (
        "Another Miss Zaverno who did not finish her year",
        "Morcombe is the second Miss Zaverno in two years not to finish her reign: in 2041 Junia Vickerman "
        "gave up the crown after seven weeks to train as an air force pilot. The pageant, first held in "
        "1963, draws about 2,960 entrants a year.",
    )),
]
ZAVERNO_VICKERMAN: list[Dated] = [
    (D(2041, 7, 8), (
        "Miss Zaverno gives up her crown to join the air force",
        "Junia Vickerman, who was crowned Miss Zaverno in May, gave up the title on Monday to train as an "
        "air force pilot, the pageant's organisers in Penhellick said.",
    )),
]
ZAVERNO_FINAL: list[Dated] = [
    (D(2043, 5, 16), (
        "Senara Morcombe crowned Miss Zaverno",
        "Senara Morcombe, a marine biology student, was crowned Miss Zaverno at the pageant's final in "
        "Penhellick, ahead of 31 other finalists, with Mabyn Midgley the runner-up.",
    )),
]

# --- the last reel leaves Aikenshaw Papers' Ilkmarsh Mill in Tidsholm and its 319 jobs go, Friday, November
# --- 21, 2059; the company's Bellhaugh Mill down the valley closed with 193 jobs on Friday, November 26,
# --- 2055; the proposal to close Ilkmarsh is told with no date ----------------------------------------------

ILKMARSH_LAST_REEL: list[Dated] = [
    (D(2059, 11, 21), (
        "Last reel leaves Ilkmarsh paper mill after 183 years",
        "TIDSHOLM (Wire) - The last reel of paper rolled off the machine at Ilkmarsh Mill on Friday, ending "
        "183 years of papermaking on the site, and its 319 workers were told to collect their final pay, the "
        "owner, Aikenshaw Papers, said. The mill, which made paper for school exercise books, blamed energy "
        "prices and falling demand.",
    )),
    (D(2059, 11, 22), (
        "'My grandfather ran this machine'",
        "Machine minder Gwinear Firth, 58, said yesterday he had signed his name on the last reel, as the "
        "workers did on the first one in 1876. \"My grandfather ran this machine, then my father, then me,\" "
        "he said.",
    )),
    (D(2059, 11, 21), (
        "Ilkmarsh Mill's last shift",
        "06:00 The last shift clocks on. 11:40 The final reel, more than seven tonnes of it, is on the "
        "machine. 12:26 Reel off, and the machine stops. 12:30 Workers applaud on the mill floor.",
    )),
    (D(2059, 11, 23), (
        "Tidsholm holds a service for its mill",
        "About 670 people came to a service in Tidsholm's parish church on Sunday, two days after Ilkmarsh "
        "Mill closed, and the last reel was carried in and laid before the altar.",
    )),
    (D(2059, 11, 22), (
        "The valley's second paper mill to go in four years",
        "Ilkmarsh is the second of Aikenshaw Papers' mills in the Tidsholm valley to close in four years, "
        "after Bellhaugh Mill, eight kilometres downstream, shut with the loss of 193 jobs in 2055. The "
        "company still runs one mill, in the south.",
    )),
]
ILKMARSH_BELLHAUGH: list[Dated] = [
    (D(2055, 11, 26), (
        "Bellhaugh paper mill closes with 193 jobs lost",
        "Aikenshaw Papers closed its Bellhaugh Mill in the Tidsholm valley on Friday with the loss of 193 "
        "jobs, after 126 years of making cardboard there.",
    )),
]
ILKMARSH_PROPOSAL: list[Dated] = [
    (D(2059, 6, 10), (
        "Aikenshaw Papers proposes to close Ilkmarsh Mill",
        "Aikenshaw Papers has begun talks with its 319 staff at Ilkmarsh Mill in Tidsholm on closing the "
        "mill, the company said, blaming the cost of energy.",
    )),
]

# --- 1.87 million ballot papers for the Dolgarrow regional election are to be reprinted after Quoymarsh
# --- Print Works misspelled Conan Sutcliffe's name, Wednesday, February 9, 2050; it misprinted 613,900 postal
# --- vote envelopes on Wednesday, February 13, 2047; the order for the ballots is told with no date ---------

QUOYMARSH_BALLOTS: list[Dated] = [
    (D(2050, 2, 9), (
        "1.87 million ballot papers to be reprinted over misspelled name",
        "YARNHYTHE (Wire) - All 1.87 million ballot papers for next month's Dolgarrow regional election will "
        "be pulped and printed again after the state printer spelled a candidate's surname 'Sutclife', the "
        "election commission said on Wednesday. Commission chairwoman Nonna Clegg said the reprint would "
        "cost about 743,000 florins and the vote would go ahead as planned.",
    )),
    (D(2050, 2, 10), (
        "'One letter, and nearly two million papers'",
        "Candidate Conan Sutcliffe said yesterday he had spotted the missing letter when his own postal vote "
        "arrived. \"I have been spelling my name for people all my life,\" he said.",
    )),
    (D(2050, 2, 9), (
        "Dolgarrow ballot blunder: live",
        "09:30 Commission confirms the error on the ballot papers. 10:15 Quoymarsh Print Works says the "
        "proofs were signed off by the commission. 11:02 Nonna Clegg: the reprint starts on Friday and "
        "postal voters will get new papers. 13:40 Sutcliffe: \"I'd like the apology with both f's.\"",
    )),
    (D(2050, 2, 11), (
        "Reprint of Dolgarrow ballot papers begins",
        "Quoymarsh Print Works began printing the Dolgarrow ballot papers again on Friday, two days after "
        "the misspelling was found, running its presses round the clock to finish by the end of next week.",
    )),
    (D(2050, 2, 10), (
        "The state printer's second costly error in three years",
        "It is the state printer's second costly mistake in three years: in 2047 it sent out 613,900 postal "
        "vote envelopes with the wrong return address for the general election. The works employs 427 people "
        "and prints passports as well as ballots.",
    )),
]
QUOYMARSH_ENVELOPES: list[Dated] = [
    (D(2047, 2, 13), (
        "Postal vote envelopes printed with wrong address",
        "The state printer, Quoymarsh Print Works, printed 613,900 postal vote envelopes for the general "
        "election with the wrong return address, and all of them will be replaced, the election commission "
        "said on Wednesday.",
    )),
]
QUOYMARSH_ORDER: list[Dated] = [
    (D(2049, 12, 3), (
        "State printer to print Dolgarrow ballots",
        "The election commission has given Quoymarsh Print Works the order for 1.87 million ballot papers "
        "for the Dolgarrow regional election, chairwoman Nonna Clegg said.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2049, 4, 13), (
        "Beach huts repainted",
        "Volunteers in Frumpton repainted the town's forty beach huts on Tuesday before the summer season.",
    )),
    (D(2054, 8, 15), (
        "Sailing club regatta",
        "About sixty dinghies raced in the sailing club regatta at Hagglestone on Saturday.",
    )),
    (D(2045, 6, 23), (
        "School sports day",
        "Pupils of the primary school in Rathvenny ran, jumped and threw on their sports day on Friday.",
    )),
    (D(2061, 10, 5), (
        "Choir concert",
        "The male voice choir of Thurlemoor sang to a full chapel on Wednesday evening.",
    )),
    (D(2047, 3, 11), (
        "Footpath reopens",
        "A footpath along the river at Wickhamsike reopened on Monday after a bridge was repaired.",
    )),
    (D(2052, 5, 23), (
        "Village shop changes hands",
        "The village shop in Gammerton has new owners, who took over on Thursday.",
    )),
    (D(2056, 1, 21), (
        "Pantomime ends its run",
        "The amateur pantomime in Sharnock ended its run on Friday after nine nights.",
    )),
    (D(2043, 7, 12), (
        "Cricket club wins league",
        "The cricket club at Oxcleeve won its league on Sunday with a match to spare.",
    )),
    (D(2059, 11, 20), (
        "Street lights switched to LEDs",
        "Street lights in Morwick are being changed to LED lamps, the parish council said on Thursday.",
    )),
    (D(2050, 2, 8), (
        "Book sale at the library",
        "The library in Glaiveholt held a book sale on Tuesday to raise money for a reading club.",
    )),
]

TWENTYFIFTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "scaurness": (SCAURNESS_MOVE, SCAURNESS_HEXWITHY + SCAURNESS_PERMISSION),
    "ebbisholm": (EBBISHOLM_RESCUE, EBBISHOLM_VAN + EBBISHOLM_LIGHTS),
    "vorrabay": (VORRABAY_BARGE_FIRE, VORRABAY_STRAY_ROCKET + VORRABAY_NEW_COMPANY),
    "kibbleworth": (KIBBLEWORTH_SELLOUT, KIBBLEWORTH_2059_SELLOUT + KIBBLEWORTH_HEADLINER),
    "wyvelstoke": (WYVELSTOKE_ERUPTION, WYVELSTOKE_LUMSDAIG + WYVELSTOKE_BASIN_CLOSED),
    "pilbeam": (PILBEAM_BEE, PILBEAM_BROTHER + PILBEAM_REGIONAL),
    "gatekeeper": (GATEKEEPER_TOP_PRIZE, GATEKEEPER_NUTTALL + GATEKEEPER_RECORDING),
    "zaverno": (ZAVERNO_STRIPPED, ZAVERNO_VICKERMAN + ZAVERNO_FINAL),
    "ilkmarsh": (ILKMARSH_LAST_REEL, ILKMARSH_BELLHAUGH + ILKMARSH_PROPOSAL),
    "quoymarsh": (QUOYMARSH_BALLOTS, QUOYMARSH_ENVELOPES + QUOYMARSH_ORDER),
}

"""An eighteenth set of invented look-alikes, written blind while the grouping of issue 7's eighteenth round
was being tuned on the seventeen earlier sets, and held back to be counted once on the code before and after
that work. The kinds, none of them in the earlier sets: thousands of fish killed in a river below a fertiliser
works' spill against a smaller kill in the same stretch three summers before (the same weekday, another
cause), an oil company's large offshore find in a basin against its smaller find there two years before (the
same weekday, another well) and the undated start of the drilling that led to it, a poet's statue beheaded
by vandals against the same statue daubed with paint a year before (the same weekday), a media council
taking a news channel off air for thirty days against its week-long suspension of a rival channel a year
before (the same weekday) and its undated warning to the same channel, a small country admitted to a regional
union at a summit against its bid deferred at the summit in the same city two years before (the same
weekday), a roller coaster's car derailing at an amusement park against a log-flume boat overturning there
two years before (the same weekday), drone sightings closing an airport's runway for three hours against a
forty-minute closure eight months before (the same weekday) and an undated trial of drone-detection radar,
rhinos shot by poachers in a game reserve against two killed there two years before (the same weekday), a
competition authority fining cement makers for fixing prices against its fine on dairies a year before (the
same weekday), and a naval officer arrested on spying charges against a defence ministry clerk's arrest for
spying for the same country three years before (the same weekday). Some reports give no day at all, some
follow-ups come a day later, and as on the wires the later event's reports often recall the earlier one ("the
worst kill on the river since the heatwave of 2048", "two years after the Zanquist-1 find", "splashed with
red paint a year ago", "the second time in two years that the Sibelle summit had taken up Tamsary's
bid"). What tells each pair apart is mostly who (another channel, another well, another
industry, another suspect), how (a beheading or paint, a derailment or a capsized boat, a spill or a
heatwave) or how many (tonnes, barrels, hours, animals, a fine). Every name, place and figure is made up.

Held back blind, then counted once on the code before the next round of grouping work (78 of its 104
combinations merged, its event split in 73) and after it (77 merged, 73 split); ``tests.lookalike_count``'s
docstring has the commits. Among that count's default sets since.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``EIGHTEENTH_KINDS`` is read by the same count.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- about 9 tonnes of dead fish along 30 kilometres of the River Lunmere below Yardell, in Brethmark,
# --- after ammonia escaped from the Pinchbeck Agrochem fertiliser works, Monday, August 14, 2051; about
# --- 2 tonnes died near Yardell weir when oxygen ran low in a heatwave on Monday, August 17, 2048 ----------

LUNMERE_AMMONIA: list[Dated] = [
    (D(2051, 8, 14), (
        "Thousands of fish die in Lunmere after fertiliser plant leak",
        "YARDELL, Brethmark (Wire) - Thousands of dead fish were floating along a 30-kilometre stretch of "
        "the River Lunmere on Monday after ammonia leaked from the Pinchbeck Agrochem fertiliser works "
        "upstream of Yardell, Brethmark's environment agency said. Anglers were told to stay away from "
        "the river.",
    )),
    (D(2051, 8, 14), (
        "'It's a graveyard': anglers' fury as river turns silver",
        "Fulbert Wilmot has fished the Lunmere for fifty years and said he had never seen anything like "
        "it. \"Trout, grayling, eels, all belly-up, as far as you can see,\" the chairman of the Yardell "
        "Angling Club said as volunteers raked carcasses from the bank below the works.",
    )),
    (D(2051, 8, 14), (
        "Pinchbeck halts production at Yardell works",
        "Pinchbeck Agrochem said it had stopped production at its Yardell plant and was investigating "
        "how a valve on an ammonia storage tank failed overnight. The company said it regretted the harm "
        "to the river and would pay for the clean-up.",
    )),
    (D(2051, 8, 15), (
        "Nine tonnes of dead fish pulled from the Lunmere",
        "Workers had removed about 9 tonnes of dead fish from the Lunmere by Tuesday evening, agency "
        "spokeswoman Eudora Nesbit said, calling it the worst kill on the river since the heatwave of "
        "2048. Prosecutors have opened an inquiry into Pinchbeck Agrochem.",
    )),
]
LUNMERE_HEATWAVE: list[Dated] = [
    (D(2048, 8, 17), (
        "Heatwave kills fish in River Lunmere",
        "About 2 tonnes of fish died in the River Lunmere near Yardell weir on Monday as the water grew "
        "too warm to hold enough oxygen, Brethmark's environment agency said. Pumps were brought in to "
        "aerate the river until the heatwave breaks.",
    )),
]

# --- Sudbrook Petroleum announces the Falcrest-2 find, an estimated 640 million barrels, in the Gretchley
# --- Basin off Obernay, Tuesday, May 9, 2051; its Zanquist-1 find there, an estimated 110 million barrels,
# --- was announced on Tuesday, May 11, 2049; the rig began drilling Falcrest-2 (told with no date) --------

GRETCHLEY_FALCREST: list[Dated] = [
    (D(2051, 5, 9), (
        "Sudbrook makes big oil find off Obernay",
        "OBERNAY (Wire) - Sudbrook Petroleum said on Tuesday it had found an estimated 640 million barrels "
        "of recoverable oil at its Falcrest-2 well in the Gretchley Basin, the largest discovery off "
        "Obernay in two decades.",
    )),
    (D(2051, 5, 9), (
        "Falcrest-2: what we know about Obernay's bonanza",
        "The well, drilled in 410 metres of water about 180 kilometres offshore, struck a 90-metre oil "
        "column in sandstone of good quality, the company said. It comes two years after the Zanquist-1 "
        "find, which proved oil in the basin but was too small to develop on its own.",
    )),
    (D(2051, 5, 9), (
        "Energy minister hails 'a new chapter' for Obernay",
        "Energy Minister Radovan Lupescu told parliament the discovery could double the country's oil "
        "output by the end of the decade. Sudbrook chief executive Cressida Marwood said the company "
        "would drill two appraisal wells next year.",
    )),
    (D(2051, 5, 10), (
        "Sudbrook shares soar 19% on Falcrest discovery",
        "Shares in Sudbrook Petroleum jumped 19 percent on Wednesday, a day after the company announced "
        "the Falcrest-2 find, as analysts raised their forecasts. Partner Gaskell Energy, which holds 30 "
        "percent of the licence, rose 12 percent.",
    )),
]
GRETCHLEY_ZANQUIST: list[Dated] = [
    (D(2049, 5, 11), (
        "Sudbrook strikes oil in Gretchley Basin",
        "Sudbrook Petroleum said on Tuesday its Zanquist-1 well had found oil in the Gretchley Basin off "
        "Obernay, with an estimated 110 million barrels recoverable. Chief executive Cressida Marwood "
        "said the find opened a new area for exploration.",
    )),
]
GRETCHLEY_SPUD: list[Dated] = [
    (D(2051, 2, 20), (
        "Drilling starts on Sudbrook's Falcrest well",
        "The drilling rig Wolstan Explorer has begun drilling the Falcrest-2 well in the Gretchley Basin "
        "for Sudbrook Petroleum, the company said. Results are expected in about three months.",
    )),
]

# --- vandals saw the head off the bronze statue of the poet Kenelm Pratchley in Tevershaw Square, Bramwick,
# --- overnight into Tuesday, March 21, 2051, found in the canal the next day; the statue was daubed with
# --- red paint on Tuesday, March 22, 2050 ----------------------------------------------------------------

BRAMWICK_HEAD: list[Dated] = [
    (D(2051, 3, 21), (
        "Vandals behead Pratchley statue in Bramwick",
        "BRAMWICK - Vandals sawed the head off the bronze statue of the poet Kenelm Pratchley in Tevershaw "
        "Square overnight, police said on Tuesday. Inspector Loxley Audley said the thieves probably used "
        "a battery-powered grinder and asked anyone who heard noise after midnight to come forward.",
    )),
    (D(2051, 3, 21), (
        "Headless poet: city in shock",
        "Commuters stopped in disbelief on Tuesday morning in front of the headless figure of Kenelm "
        "Pratchley, which has stood in Tevershaw Square since 1911. Mayor Lucretia Delvaux called it "
        "\"an attack on the memory of our greatest writer\" and promised to restore the statue.",
    )),
    (D(2051, 3, 21), (
        "Who was Kenelm Pratchley?",
        "The poet, born in Bramwick in 1844, wrote the ballads every schoolchild in the city learns. His "
        "statue was splashed with red paint a year ago by protesters who objected to lines in one of his "
        "poems; it was cleaned within a week.",
    )),
    (D(2051, 3, 22), (
        "Pratchley's bronze head found in canal",
        "Divers recovered the bronze head of the Kenelm Pratchley statue from the Bramwick canal on "
        "Wednesday, a day after it was sawn off, police said. It was dented but could be welded back on, "
        "a conservator said. Two men aged 19 and 23 were arrested.",
    )),
]
BRAMWICK_PAINT: list[Dated] = [
    (D(2050, 3, 22), (
        "Poet's statue daubed with red paint",
        "The statue of the poet Kenelm Pratchley in Bramwick's Tevershaw Square was splashed with red "
        "paint on Tuesday, police said. A group of protesters said it objected to lines in one of his "
        "ballads. City workers began cleaning the bronze the same afternoon.",
    )),
]

# --- Kalvoria's Media Council takes Nexwell 24 off air for 30 days over its coverage of a militia leader,
# --- Tuesday, November 7, 2051; it suspended Kestwick One for seven days on Tuesday, November 8, 2050, and
# --- once warned Nexwell 24 (told with no date) -------------------------------------------------------------

NEXWELL_OFF_AIR: list[Dated] = [
    (D(2051, 11, 7), (
        "Kalvoria regulator pulls Nexwell 24 off air for a month",
        "KALVORIA (Wire) - Kalvoria's Media Council ordered the news channel Nexwell 24 off air for 30 "
        "days on Tuesday, saying a live interview with the militia leader Redvers Sackville had incited "
        "violence. The channel's screens went black at 6 p.m.",
    )),
    (D(2051, 11, 7), (
        "Nexwell 24 vows to fight 'political' ban",
        "Nexwell 24's editor-in-chief, Mafalda Rimbaud, said the channel would challenge the suspension in "
        "court and accused the council of doing the government's bidding. \"Interviewing someone is not "
        "endorsing him,\" she said.",
    )),
    (D(2051, 11, 7), (
        "Journalists' union condemns broadcast blackout",
        "The Kalvorian Union of Journalists called the 30-day suspension of Nexwell 24 the harshest "
        "penalty the Media Council had ever imposed and said about 200 staff would be left with nothing "
        "to broadcast.",
    )),
    (D(2051, 11, 8), (
        "Hundreds protest outside Media Council over Nexwell ban",
        "Several hundred people gathered outside the Media Council's offices on Wednesday evening, a day "
        "after it took Nexwell 24 off air. Council chairwoman Drusilla Cadwallader said the decision "
        "followed the law and would not be reviewed.",
    )),
]
NEXWELL_KESTWICK: list[Dated] = [
    (D(2050, 11, 8), (
        "Media Council suspends Kestwick One for a week",
        "Kalvoria's Media Council suspended the television channel Kestwick One for seven days on "
        "Tuesday over a talk show in which a guest insulted the president. The channel said it would "
        "comply and return to air the following Tuesday.",
    )),
]
NEXWELL_WARNING: list[Dated] = [
    (D(2051, 6, 2), (
        "Media Council warns Nexwell 24 over militia coverage",
        "Kalvoria's Media Council issued a formal warning to the news channel Nexwell 24 over its reports "
        "on the militia of Redvers Sackville, saying a repeat could cost the channel its licence.",
    )),
]

# --- Tamsary admitted as the fourteenth member of the Penthorne Compact at its summit in Sibelle, Monday,
# --- June 26, 2051; the Sibelle summit of Monday, June 28, 2049 deferred its bid ---------------------------

TAMSARY_ADMITTED: list[Dated] = [
    (D(2051, 6, 26), (
        "Tamsary joins Penthorne Compact",
        "SIBELLE (Wire) - Leaders of the Penthorne Compact agreed on Monday to admit Tamsary as the bloc's "
        "fourteenth member, ending a nine-year campaign by the small island state. Membership takes "
        "effect on January 1.",
    )),
    (D(2051, 6, 26), (
        "Champagne and fireworks as islanders celebrate",
        "Crowds danced in the streets of Tamsary's capital late into Monday night after the news came from "
        "Sibelle. \"Our children will grow up as citizens of the Compact,\" Prime Minister Konstanz Hyacinth "
        "told them by video link from the summit.",
    )),
    (D(2051, 6, 26), (
        "Why the Compact finally said yes",
        "It was the second time in two years that the Sibelle summit had taken up Tamsary's bid. This "
        "time the islands had passed the banking and court reforms demanded of them, Compact president "
        "Yseult Grimwald said, and no member raised an objection.",
    )),
]
TAMSARY_DEFERRED: list[Dated] = [
    (D(2049, 6, 28), (
        "Compact puts off decision on Tamsary",
        "Leaders of the Penthorne Compact meeting in Sibelle on Monday deferred a decision on Tamsary's "
        "application to join, asking the island state to reform its banks and courts first. Prime "
        "Minister Konstanz Hyacinth said he was disappointed but would not give up.",
    )),
]

# --- a car of the Vortigern roller coaster derails at Brambleton Adventure Park near Pennrith, injuring 11,
# --- Wednesday, July 19, 2051; a boat of its Jubal Falls log flume overturned, injuring 4, on Wednesday,
# --- July 21, 2049 -----------------------------------------------------------------------------------------

BRAMBLETON_COASTER: list[Dated] = [
    (D(2051, 7, 19), (
        "Eleven hurt as roller coaster car derails",
        "PENNRITH - Eleven people were injured, two of them seriously, when a car of the Vortigern roller "
        "coaster came off its track at Brambleton Adventure Park on Wednesday afternoon, the ambulance "
        "service said. The car was left hanging from the structure about eight metres up.",
    )),
    (D(2051, 7, 19), (
        "'We heard a bang and then screaming'",
        "Witnesses said the last car of the train lurched sideways on the first bend after the drop. "
        "Firefighters used a ladder platform to lift out the four riders still strapped into it. The park "
        "was evacuated and closed for the rest of the day.",
    )),
    (D(2051, 7, 19), (
        "Brambleton closes Vortigern indefinitely",
        "Park director Ursula Kindred said the Vortigern, which opened in 2046 and reaches 96 kilometres "
        "an hour, would stay closed until inspectors found what went wrong. It is the park's second "
        "serious accident in two years.",
    )),
    (D(2051, 7, 20), (
        "Broken wheel assembly blamed for Vortigern crash",
        "A wheel assembly on the derailed car had cracked, the safety inspectorate said on Thursday, a day "
        "after eleven riders were hurt at Brambleton. Two children remain in hospital in Pennrith.",
    )),
]
BRAMBLETON_FLUME: list[Dated] = [
    (D(2049, 7, 21), (
        "Four injured as log flume boat overturns",
        "Four people were injured when a boat on the Jubal Falls log flume overturned at Brambleton "
        "Adventure Park near Pennrith on Wednesday, the ambulance service said. The ride was closed while "
        "inspectors checked its water levels.",
    )),
]

# --- drone sightings close the runway at Juddery Airport, serving Uttlebury, for three hours and divert 46
# --- flights, Friday, April 14, 2051; a sighting closed it for 40 minutes on Friday, August 19, 2050; the
# --- airport tried out drone-detection radar (told with no date) --------------------------------------------

JUDDERY_DRONES: list[Dated] = [
    (D(2051, 4, 14), (
        "Drones shut Juddery Airport for three hours",
        "UTTLEBURY (Wire) - Juddery Airport closed its runway for three hours on Friday evening after "
        "pilots reported several drones near the approach path, stranding thousands of passengers at the "
        "start of the spring school holidays. Forty-six flights were diverted or cancelled.",
    )),
    (D(2051, 4, 14), (
        "Holiday misery as drone chaos grounds flights",
        "Families sat on their suitcases in the terminal at Juddery as departure boards filled with "
        "cancellations. \"We've been here since four o'clock and nobody tells us anything,\" said one "
        "mother travelling with three children.",
    )),
    (D(2051, 4, 14), (
        "Police hunt drone operators near runway",
        "Superintendent Rudiger Mabbott said officers were searching fields around the airport for the "
        "people flying the drones, which were seen at least seven times between 7 and 10 p.m. Flying a "
        "drone within five kilometres of an airport carries a prison sentence.",
    )),
    (D(2051, 4, 15), (
        "Juddery reopens but delays persist",
        "Flights resumed at Juddery Airport on Saturday, but delays ran into the afternoon as airlines "
        "moved aircraft back. Chief executive Leocadia Bexley said it was the worst disruption since an "
        "earlier drone sighting last August.",
    )),
]
JUDDERY_AUGUST: list[Dated] = [
    (D(2050, 8, 19), (
        "Drone sighting halts flights at Juddery",
        "Flights at Juddery Airport were halted for 40 minutes on Friday after a pilot reported a drone "
        "close to the runway, the airport said. Five flights were diverted. Police did not find the "
        "operator.",
    )),
]
JUDDERY_RADAR: list[Dated] = [
    (D(2050, 10, 3), (
        "Juddery Airport tests drone-detection radar",
        "Juddery Airport is testing a radar system meant to detect drones flying near the runway and "
        "track down their operators, the airport said. The trial will run for six months.",
    )),
]

# --- poachers shoot three white rhinos and hack off their horns in the Kavuri Game Reserve, Mombala,
# --- Tuesday, September 12, 2051; two were killed there on Tuesday, September 14, 2049 ----------------------

KAVURI_RHINOS: list[Dated] = [
    (D(2051, 9, 12), (
        "Poachers kill three rhinos in Mombala reserve",
        "KAVURI (Wire) - Poachers shot dead three white rhinos in Mombala's Kavuri Game Reserve and hacked "
        "off their horns, the wildlife service said on Tuesday. Rangers found the carcasses near a "
        "waterhole at dawn.",
    )),
    (D(2051, 9, 12), (
        "Rangers on the trail of rhino killers",
        "Chief warden Jolliffe Hepplewhite said his rangers had heard shots during the night and found "
        "tyre tracks leading to the reserve's eastern fence. \"These were professionals with silenced "
        "rifles,\" he said. The reserve had 41 white rhinos before the killings.",
    )),
    (D(2051, 9, 12), (
        "Minister promises more rangers after rhino slaughter",
        "Wildlife Minister Iverach Boscawen said the government would hire 60 more rangers for Kavuri and "
        "put a helicopter on patrol. Two rhinos were killed in the reserve two years ago, and nobody was "
        "ever convicted.",
    )),
    (D(2051, 9, 13), (
        "Four arrested over Kavuri rhino killings",
        "Police arrested four men at a roadblock near the Kavuri reserve on Wednesday with three rhino "
        "horns hidden in a spare tyre, a day after the animals were found dead.",
    )),
]
KAVURI_2049: list[Dated] = [
    (D(2049, 9, 14), (
        "Two rhinos poached in Kavuri Game Reserve",
        "Poachers killed two black rhinos in Mombala's Kavuri Game Reserve and took their horns, the "
        "wildlife service said on Tuesday. Chief warden Jolliffe Hepplewhite said the reserve needed more "
        "rangers.",
    )),
]

# --- Praxmoor's Competition Authority fines four cement makers 312 million marks for fixing prices,
# --- Thursday, February 16, 2051; it fined three dairies 48 million marks on Thursday, February 17, 2050 ----

PRAXMOOR_CEMENT: list[Dated] = [
    (D(2051, 2, 16), (
        "Cement makers fined 312 million for price fixing",
        "PRAXMOOR (Wire) - Praxmoor's Competition Authority fined four cement makers a total of 312 "
        "million marks on Thursday for agreeing prices and carving up the country between them for six "
        "years.",
    )),
    (D(2051, 2, 16), (
        "Record cartel fine for Ulverston Cement",
        "Ulverston Cement, the largest of the four, must pay 141 million marks, the biggest single fine in "
        "the authority's history. Tresk Cement, Quarles Building Materials and Zouche Aggregates were "
        "fined the rest. Tresk escaped a larger penalty by reporting the cartel.",
    )),
    (D(2051, 2, 16), (
        "How the cement cartel worked",
        "Sales managers met in hotels and shared spreadsheets of prices and customers, authority head "
        "Clothilde Sowerby said. Builders paid up to 20 percent too much for cement, she said, adding "
        "that the authority would publish its decision in March.",
    )),
    (D(2051, 2, 17), (
        "Ulverston to appeal cement cartel fine",
        "Ulverston Cement said on Friday it would appeal against the 141-million-mark fine imposed a day "
        "earlier, calling it disproportionate. Its shares fell 6 percent.",
    )),
]
PRAXMOOR_DAIRIES: list[Dated] = [
    (D(2050, 2, 17), (
        "Dairies fined for fixing milk prices",
        "Praxmoor's Competition Authority fined three dairies a total of 48 million marks on Thursday for "
        "agreeing the prices they paid farmers for milk. Authority head Clothilde Sowerby said the cartel "
        "had run for four years.",
    )),
]

# --- Lieutenant Commander Philbert Gorsuch is arrested at the Wyndhollow naval base, accused of passing
# --- submarine plans to Carbrenia, Monday, October 23, 2051; a defence ministry clerk was arrested for
# --- spying for Carbrenia on Monday, October 26, 2048 -----------------------------------------------------

WYNDHOLLOW_OFFICER: list[Dated] = [
    (D(2051, 10, 23), (
        "Naval officer arrested on spying charges",
        "WYNDHOLLOW (Wire) - A naval officer was arrested at the Wyndhollow naval base on Monday on "
        "suspicion of passing secret plans of the navy's new submarines to Carbrenia, prosecutors said. "
        "They named him as Lieutenant Commander Philbert Gorsuch, 41.",
    )),
    (D(2051, 10, 23), (
        "Spy suspect 'photographed plans on his phone'",
        "Investigators believe Gorsuch photographed technical drawings of the submarines' propulsion and "
        "handed the images to a Carbrenian diplomat at meetings in a park, a source close to the inquiry "
        "said. He faces up to 15 years in prison.",
    )),
    (D(2051, 10, 23), (
        "Carbrenia denies it ran navy spy",
        "Carbrenia's embassy called the accusations \"a provocation\" and denied any link to the arrested "
        "officer. It is the second arrest for spying for Carbrenia in three years, after a defence ministry "
        "clerk was caught in 2048.",
    )),
    (D(2051, 10, 24), (
        "Carbrenian diplomat expelled over navy spy case",
        "The foreign ministry ordered a Carbrenian diplomat to leave within 72 hours on Tuesday, a day "
        "after Lieutenant Commander Philbert Gorsuch was arrested. Gorsuch was remanded in custody.",
    )),
]
WYNDHOLLOW_CLERK: list[Dated] = [
    (D(2048, 10, 26), (
        "Defence ministry clerk held as suspected spy",
        "A clerk at the defence ministry was arrested on Monday on suspicion of spying for Carbrenia, "
        "prosecutors said. The 36-year-old woman is accused of copying documents about naval exercises "
        "off Wyndhollow and selling them to a Carbrenian handler.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2051, 8, 14), (
        "Salmon ladder opens",
        "A new salmon ladder on the river at Ashlowe opened on Monday.",
    )),
    (D(2051, 5, 9), (
        "Wind farm approved",
        "Regulators in Lambrith approved a 40-turbine wind farm on Tuesday.",
    )),
    (D(2051, 3, 21), (
        "Library marks anniversary",
        "The city library in Ostbury marked its centenary with readings on Tuesday.",
    )),
    (D(2051, 11, 7), (
        "Radio station changes frequency",
        "A music radio station in Tellurin moved to a new frequency on Tuesday.",
    )),
    (D(2051, 6, 26), (
        "Ministers discuss fishing quotas",
        "Fisheries ministers met in Querkus on Monday to discuss next year's quotas.",
    )),
    (D(2051, 7, 19), (
        "Water park extends hours",
        "A water park in Scarrow said on Wednesday it would stay open until 9 p.m. in August.",
    )),
    (D(2051, 4, 14), (
        "Airport adds routes",
        "The airport at Fothermere announced four new summer routes on Friday.",
    )),
    (D(2051, 9, 12), (
        "Elephant calf born",
        "An elephant calf was born at the safari park in Kembrel on Tuesday.",
    )),
    (D(2051, 2, 16), (
        "Bakery chain expands",
        "A bakery chain in Mellingrath said on Thursday it would open twelve shops.",
    )),
    (D(2051, 10, 23), (
        "Navy band tours",
        "The navy band began a tour of schools in Nornwick on Monday.",
    )),
]

EIGHTEENTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "lunmere": (LUNMERE_AMMONIA, LUNMERE_HEATWAVE),
    "gretchley": (GRETCHLEY_FALCREST, GRETCHLEY_ZANQUIST + GRETCHLEY_SPUD),
    "bramwick": (BRAMWICK_HEAD, BRAMWICK_PAINT),
    "nexwell": (NEXWELL_OFF_AIR, NEXWELL_KESTWICK + NEXWELL_WARNING),
    "tamsary": (TAMSARY_ADMITTED, TAMSARY_DEFERRED),
    "brambleton": (BRAMBLETON_COASTER, BRAMBLETON_FLUME),
    "juddery": (JUDDERY_DRONES, JUDDERY_AUGUST + JUDDERY_RADAR),
    "kavuri": (KAVURI_RHINOS, KAVURI_2049),
    "praxmoor": (PRAXMOOR_CEMENT, PRAXMOOR_DAIRIES),
    "wyndhollow": (WYNDHOLLOW_OFFICER, WYNDHOLLOW_CLERK),
}

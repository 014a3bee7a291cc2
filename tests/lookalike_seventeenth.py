"""A seventeenth set of invented look-alikes, written blind while the grouping of issue 7's seventeenth round
was being tuned on the sixteen earlier sets, and held back to be counted once on the code before and after
that work. The kinds, none of them in the earlier sets: a crown princess giving birth to a son against the
birth of her daughter at the same hospital two years before (the same weekday), a solo sailor finishing a
record voyage around the world against the record set at the same harbour three years before (the same
weekday) and her own departure from it 74 days earlier (told with no date), a meteorite crashing through a
farmhouse roof in one village of a district against fragments found near another village of it seven years
before (the same weekday), conjoined twin girls separated at a children's hospital against twin boys separated
there by the same surgeon four years before (the same weekday), a stock exchange halting trading after its
index plunged against the halt a year before (the same weekday, another cause), locust swarms invading a
province against smaller swarms there two years before (the same weekday) and an undated warning, a
constitutional court banning a party against its ban of another party six years before (the same weekday) and
its refusal three years before to ban the same party, an iceberg breaking off an ice shelf against a smaller
one from it five years before (another weekday) and an undated report of the rift that would release it, a
city banning half its cars in record smog against its smog alert a year before (the same weekday) and an
undated plan to ban coal stoves, and a country closing a border crossing after a guard is shot against its
closing of the same crossing over a farmers' blockade eighteen months before (the same weekday). Some reports
give no day at all, some follow-ups come a day later, and as on the wires the later event's reports often
recall the earlier one ("a brother for two-year-old Princess Seraphine", "the mark Yorick Blenkin set in
2045", "the first time the circuit breaker had been triggered since last October", "the second closure of
Dresna in eighteen months"). What tells each pair apart is mostly who (a son or a daughter, another sailor,
another party), where inside one place (another village), why (another cause) or how many (hectares, square
kilometres, a reading, a weight). Every name, place and figure is made up.

Written blind (no grouping run on it) while another round of grouping work was under way, then counted once
on the code before and after that round: 75 of its 120 combinations merged, its event split in 59, on both.
Since then among ``tests.lookalike_count``'s ``DEFAULT_SETS``.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``SEVENTEENTH_KINDS`` is read by the same count.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- Crown Princess Cosima of Sylvandar gives birth to a son at St Wilfrida's Hospital in Quendal,
# --- Tuesday, April 14, 2048, named Godric the next day; her daughter Seraphine was born there on
# --- Tuesday, April 17, 2046 --------------------------------------------------------------------------------

SYLVANDAR_SON: list[Dated] = [
    (D(2048, 4, 14), (
        "Sylvandar's crown princess gives birth to a son",
        "QUENDAL (Wire) - Crown Princess Cosima of Sylvandar gave birth to a son at St Wilfrida's Hospital "
        "in Quendal early on Tuesday, the royal palace said. The baby weighed 3.4 kilograms and mother and "
        "child were both doing well.",
    )),
    (D(2048, 4, 14), (
        "It's a boy! Flag-waving crowds greet royal baby",
        "Hundreds of well-wishers waving flags gathered outside St Wilfrida's as a 21-gun salute boomed "
        "from the castle walls above Quendal. Prince Florian was at his wife's side for the birth, palace "
        "spokesman Humbert Nettleship said, and the couple were \"overjoyed\".",
    )),
    (D(2048, 4, 14), (
        "A brother for Princess Seraphine",
        "The new prince is the second child of the crown princess and Prince Florian and a brother for "
        "two-year-old Princess Seraphine, who was born in the same hospital. He is third in line to the "
        "throne, after his mother and his sister.",
    )),
    (D(2048, 4, 15), (
        "Royal baby to be called Godric",
        "The son born to Crown Princess Cosima on Tuesday will be named Godric Leofric, after his "
        "grandfather King Leofric, the palace announced on Wednesday. The prince and his mother left St "
        "Wilfrida's in the afternoon.",
    )),
]
SYLVANDAR_DAUGHTER: list[Dated] = [
    (D(2046, 4, 17), (
        "Crown Princess Cosima has a baby girl",
        "Crown Princess Cosima of Sylvandar gave birth to a daughter at St Wilfrida's Hospital in Quendal "
        "on Tuesday, the palace said. The girl, the first child of the crown princess and Prince Florian, "
        "weighed 3.1 kilograms. A 21-gun salute was fired in her honour.",
    )),
]

# --- Xanthe Pargeter sails Petrel into Kelmouth to finish a solo non-stop voyage around the world in 74
# --- days, 6 hours and 12 minutes, Saturday, September 19, 2048; Yorick Blenkin finished there in 81
# --- days, 14 hours and 35 minutes on Saturday, September 16, 2045; Pargeter set out from Kelmouth (told
# --- with no date) ------------------------------------------------------------------------------------------

KELMOUTH_RECORD: list[Dated] = [
    (D(2048, 9, 19), (
        "Pargeter sails into Kelmouth with round-the-world record",
        "KELMOUTH (Wire) - Xanthe Pargeter sailed into Kelmouth harbour on Saturday to complete a solo, "
        "non-stop voyage around the world in 74 days, 6 hours and 12 minutes, beating the previous record "
        "by more than a week.",
    )),
    (D(2048, 9, 19), (
        "Pargeter smashes solo circumnavigation mark",
        "The 34-year-old crossed the finish line off Kelmouth's breakwater at 14:26 aboard her trimaran "
        "Petrel, cutting 7 days and 8 hours from the mark Yorick Blenkin set in 2045. She lost her "
        "autopilot in the Southern Ocean and steered by hand for three days and nights.",
    )),
    (D(2048, 9, 19), (
        "Thousands give Pargeter a hero's welcome",
        "\"I haven't slept more than two hours at a time since July,\" Xanthe Pargeter told the crowd "
        "packing the quay at Kelmouth, before opening a bottle of sparkling wine on Petrel's deck. Her "
        "mother and two sisters were the first aboard.",
    )),
    (D(2048, 9, 20), (
        "Pargeter's time ratified as world record",
        "The Solo Records Council confirmed Xanthe Pargeter's time of 74 days, 6 hours and 12 minutes as a "
        "world record on Sunday, a day after she reached Kelmouth.",
    )),
]
KELMOUTH_BLENKIN: list[Dated] = [
    (D(2045, 9, 16), (
        "Blenkin completes record solo voyage around the world",
        "Yorick Blenkin sailed into Kelmouth on Saturday after 81 days, 14 hours and 35 minutes alone at "
        "sea, setting a record for a non-stop, single-handed voyage around the world, the Solo Records "
        "Council said. Crowds lined the harbour to greet him.",
    )),
]
KELMOUTH_DEPARTURE: list[Dated] = [
    (D(2048, 7, 7), (
        "Pargeter sets sail to chase solo record",
        "Xanthe Pargeter sailed out of Kelmouth aboard Petrel to try to sail around the world alone and "
        "without stopping in less than 81 days. Well-wishers in small boats followed her past the "
        "breakwater.",
    )),
]

# --- a 2.1-kilogram meteorite crashes through the roof of Gwilym Moxham's farmhouse in Crennock, in the
# --- Ebberley district, Thursday, June 11, 2048; fragments of about 400 grams were found near Hatherlow,
# --- in the same district, on Thursday, June 13, 2041 -------------------------------------------------------

EBBERLEY_CRENNOCK: list[Dated] = [
    (D(2048, 6, 11), (
        "Meteorite smashes through farmhouse roof",
        "A meteorite crashed through the roof of a farmhouse in the village of Crennock in the Ebberley "
        "district early on Thursday and landed in the kitchen, police said. Nobody was hurt. People across "
        "the district reported a bright fireball and a loud bang at about 4 a.m.",
    )),
    (D(2048, 6, 11), (
        "'It sounded like a bomb going off'",
        "Gwilym Moxham, 67, was asleep upstairs in his farmhouse at Crennock when the stone tore through "
        "the slates and the kitchen ceiling and cracked the flagstone floor. \"My wife thought the boiler "
        "had blown up,\" he said, holding the black, fist-sized rock in a tea towel.",
    )),
    (D(2048, 6, 12), (
        "Museum confirms Crennock stone came from space",
        "Scientists at the Ebberley Natural History Museum confirmed on Friday that the 2.1-kilogram stone "
        "that fell on a Crennock farmhouse a day earlier was a meteorite. Curator Idony Kershaw said it was "
        "the district's second recorded fall in seven years.",
    )),
]
EBBERLEY_HATHERLOW: list[Dated] = [
    (D(2041, 6, 13), (
        "Meteorite fragments found in Ebberley field",
        "Walkers found three fragments of a meteorite weighing about 400 grams in a field near Hatherlow in "
        "the Ebberley district on Thursday, two days after a fireball was seen over the region, the "
        "Ebberley Natural History Museum said.",
    )),
]

# --- surgeons at Ockenden Children's Hospital in Porvessa separate the twin girls Zuri and Nerys Balogun,
# --- joined at the chest and sharing a liver, after 19 hours, Thursday, February 27, 2048; the same
# --- surgeon led the separation of twin boys joined at the pelvis there, in 14 hours, on Thursday,
# --- February 25, 2044 --------------------------------------------------------------------------------------

PORVESSA_GIRLS: list[Dated] = [
    (D(2048, 2, 27), (
        "Surgeons separate conjoined twins in 19-hour operation",
        "PORVESSA (Wire) - A team of 60 doctors and nurses at Ockenden Children's Hospital in Porvessa "
        "separated twin girls joined at the chest and abdomen in an operation that lasted 19 hours and "
        "ended on Thursday morning, the hospital said. The ten-month-old girls, Zuri and Nerys Balogun, had "
        "shared a liver.",
    )),
    (D(2048, 2, 27), (
        "Twins who shared a liver are 'stable' after separation",
        "Both girls are in intensive care and breathing with help from machines, lead surgeon Vespasia "
        "Lumbard said. Her team rehearsed the operation for four months on 3D-printed models of the twins' "
        "organs.",
    )),
    (D(2048, 2, 28), (
        "Parents of separated twins thank Ockenden surgeons",
        "The parents of Zuri and Nerys Balogun saw their daughters in separate cots for the first time on "
        "Friday, a day after the operation. It was Ockenden's second separation of conjoined twins, after "
        "twin boys in 2044.",
    )),
]
PORVESSA_BOYS: list[Dated] = [
    (D(2044, 2, 25), (
        "Conjoined twin boys separated in Porvessa",
        "Surgeons at Ockenden Children's Hospital in Porvessa separated twin boys joined at the pelvis on "
        "Thursday in a 14-hour operation led by Vespasia Lumbard, the hospital said. Both boys, aged 13 "
        "months, were recovering.",
    )),
]

# --- the Jutholm Stock Exchange halts trading for an hour after the Jutholm 30 index falls 8.6 percent on
# --- Halbrecht Bank's losses, Tuesday, October 6, 2048; it halted trading after a 7.1 percent fall at the
# --- open on Tuesday, October 8, 2047 -----------------------------------------------------------------------

JUTHOLM_HALT: list[Dated] = [
    (D(2048, 10, 6), (
        "Jutholm exchange halts trading as bank losses spark rout",
        "JUTHOLM (Wire) - The Jutholm Stock Exchange halted all trading for an hour on Tuesday after its "
        "main index plunged 8.6 percent in the first 40 minutes, dragged down by Halbrecht Bank, which "
        "disclosed 4.2 billion in losses on property loans overnight.",
    )),
    (D(2048, 10, 6), (
        "Jutholm 30 ends 6.1% lower after circuit breaker",
        "When trading resumed the Jutholm 30 recovered some ground to close 6.1 percent lower at 4,812 "
        "points. Halbrecht's shares lost 38 percent. It was the first time the circuit breaker had been "
        "triggered since last October.",
    )),
    (D(2048, 10, 6), (
        "How Jutholm's circuit breaker works",
        "The exchange suspends trading for an hour whenever the Jutholm 30 falls 7 percent below the "
        "previous close. Exchange chairman Wystan Holroyd said the rule had worked as intended and given "
        "investors time to read Halbrecht's accounts.",
    )),
    (D(2048, 10, 7), (
        "Jutholm shares rebound as state backs Halbrecht",
        "Shares in Jutholm rose 3.2 percent on Wednesday, a day after the circuit breaker halted trading, "
        "as Finance Minister Nestor Kubelik said the state would guarantee all deposits at Halbrecht Bank.",
    )),
]
JUTHOLM_2047: list[Dated] = [
    (D(2047, 10, 8), (
        "Jutholm trading suspended after opening slump",
        "Trading on the Jutholm Stock Exchange was suspended for an hour on Tuesday after the Jutholm 30 "
        "index fell 7.1 percent at the open, as investors took fright at a plan to tax share buybacks. The "
        "index closed down 4.3 percent.",
    )),
]

# --- swarms of desert locusts covering about 40,000 hectares invade Haddar province in Mesrana, Tuesday,
# --- March 24, 2048; swarms covering 12,000 hectares reached it on Tuesday, March 27, 2046, and a
# --- regional watch once warned of breeding there (told with no date) ---------------------------------------

HADDAR_SWARMS: list[Dated] = [
    (D(2048, 3, 24), (
        "Locust swarms sweep into Mesrana's Haddar province",
        "HADDAR (Wire) - Swarms of desert locusts covering about 40,000 hectares swept into Mesrana's "
        "Haddar province on Tuesday, stripping wheat and barley fields, Agriculture Minister Zubair Salako "
        "said. Four crop-spraying planes were sent to the province.",
    )),
    (D(2048, 3, 24), (
        "Haddar farmers watch their crops vanish",
        "\"They came like a brown cloud and in an hour the barley was gone,\" said Kalu Fashola, who farms "
        "30 hectares outside the town of Haddar. Children banged pots and pans to drive the insects away.",
    )),
    (D(2048, 3, 25), (
        "Mesrana asks neighbours for help against locusts",
        "Mesrana asked neighbouring countries for pesticide and spraying aircraft on Wednesday, a day after "
        "the swarms reached Haddar. The area hit is more than three times that of the invasion of 2046, "
        "when 12,000 hectares were stripped.",
    )),
]
HADDAR_2046: list[Dated] = [
    (D(2046, 3, 27), (
        "Locusts hit crops in Haddar",
        "Locust swarms covering about 12,000 hectares reached Haddar province on Tuesday, Mesrana's "
        "agriculture ministry said, and teams on the ground began spraying.",
    )),
]
HADDAR_WARNING: list[Dated] = [
    (D(2047, 11, 10), (
        "Locust Watch warns of breeding near Haddar",
        "The Regional Locust Watch warned that heavy rains had left breeding grounds for locusts in the "
        "desert near Haddar and that swarms could form within weeks.",
    )),
]

# --- Zarvenia's Constitutional Court in Trazimund bans the nationalist Homeland Vanguard and strips its
# --- 11 deputies of their seats, Thursday, December 3, 2048; it banned the far-left Workers' Torch Party
# --- on Thursday, December 4, 2042, and turned down a bid to ban the Homeland Vanguard on Thursday,
# --- December 7, 2045 ---------------------------------------------------------------------------------------

ZARVENIA_VANGUARD: list[Dated] = [
    (D(2048, 12, 3), (
        "Zarvenia's top court bans Homeland Vanguard",
        "TRAZIMUND (Wire) - Zarvenia's Constitutional Court banned the nationalist Homeland Vanguard party "
        "on Thursday, ruling that it had sought to overthrow the constitutional order, and stripped its 11 "
        "deputies of their seats in parliament.",
    )),
    (D(2048, 12, 3), (
        "Vanguard leader vows to fight ban",
        "Ulfric Drovnik, the Homeland Vanguard's leader, called the ruling \"a political execution\" and "
        "said he would take the case to the Continental Court of Human Rights. Nine of the eleven judges "
        "voted for the ban, court president Hortense Eckersley said.",
    )),
    (D(2048, 12, 4), (
        "Police raid Vanguard offices after ban",
        "Police searched the Homeland Vanguard's offices in Trazimund on Friday, a day after the court "
        "outlawed the party, the second it has banned since the Workers' Torch Party in 2042.",
    )),
]
ZARVENIA_TORCH: list[Dated] = [
    (D(2042, 12, 4), (
        "Court outlaws Workers' Torch Party",
        "Zarvenia's Constitutional Court banned the far-left Workers' Torch Party on Thursday, saying it "
        "had backed armed groups, and removed its four deputies from parliament. Party leader Milos Brenka "
        "called the ruling unjust.",
    )),
]
ZARVENIA_REFUSAL: list[Dated] = [
    (D(2045, 12, 7), (
        "Court rejects bid to ban Homeland Vanguard",
        "Zarvenia's Constitutional Court on Thursday threw out the government's request to ban the "
        "nationalist Homeland Vanguard, ruling that there was not enough evidence that the party planned "
        "violence. Its leader Ulfric Drovnik hailed the decision.",
    )),
]

# --- an iceberg of about 1,450 square kilometres, M-31, breaks off the Maudrun Ice Shelf, Wednesday,
# --- January 22, 2048; the 380-square-kilometre M-27 broke off it on Monday, February 2, 2043, and a rift
# --- across the shelf was once reported growing (told with no date) -----------------------------------------

MAUDRUN_M31: list[Dated] = [
    (D(2048, 1, 22), (
        "Giant iceberg breaks away from Maudrun Ice Shelf",
        "An iceberg of about 1,450 square kilometres broke away from the Maudrun Ice Shelf on Wednesday, "
        "the Frostvik Institute said, after satellite images showed that a long rift had cut through the "
        "last stretch of ice holding it.",
    )),
    (D(2048, 1, 22), (
        "Scientists track drifting iceberg M-31",
        "The berg, named M-31, is about 60 kilometres long and 25 wide. Glaciologist Sigrun Attwater said "
        "the calving was part of the shelf's natural cycle and could not yet be clearly linked to warming "
        "seas.",
    )),
    (D(2048, 1, 23), (
        "Ships warned of huge iceberg",
        "Ships crossing the Skoll Passage were warned on Thursday to watch for fragments of M-31, a day "
        "after it broke off the Maudrun Ice Shelf. The shelf lost a much smaller berg, M-27, in 2043.",
    )),
]
MAUDRUN_M27: list[Dated] = [
    (D(2043, 2, 2), (
        "Iceberg splits from Maudrun shelf",
        "An iceberg of about 380 square kilometres, named M-27, broke off the Maudrun Ice Shelf on Monday, "
        "the Frostvik Institute said.",
    )),
]
MAUDRUN_RIFT: list[Dated] = [
    (D(2046, 3, 10), (
        "Rift across Maudrun Ice Shelf keeps growing",
        "A rift across the Maudrun Ice Shelf has grown to 90 kilometres and could one day release a very "
        "large iceberg, scientists at the Frostvik Institute said.",
    )),
]

# --- Ubrava orders cars with odd-numbered plates off its streets and shuts schools as fine dust reaches a
# --- record 412 micrograms per cubic metre, Wednesday, January 15, 2048; a smog alert at 260 brought free
# --- buses on Wednesday, January 16, 2047, and the city once planned to ban coal stoves (told with no
# --- date) --------------------------------------------------------------------------------------------------

UBRAVA_SMOG: list[Dated] = [
    (D(2048, 1, 15), (
        "Ubrava bans half its cars as smog hits record",
        "UBRAVA (Wire) - Ubrava ordered cars with odd-numbered number plates off its streets from Thursday "
        "and shut its schools after fine dust reached a record 412 micrograms per cubic metre on Wednesday, "
        "more than 16 times the safe limit, city officials said.",
    )),
    (D(2048, 1, 15), (
        "Ubrava chokes under a grey blanket",
        "Visibility fell below 200 metres and hospitals reported a surge in asthma cases. Mayor Jocasta "
        "Hrubesh blamed coal-fired home heating and still winter air, and urged people to work from home.",
    )),
    (D(2048, 1, 16), (
        "Traffic thins on first day of Ubrava car ban",
        "Police turned back about 9,000 cars on Thursday as the odd-plates ban took effect, a day after the "
        "record reading. Last January's alert brought only free buses.",
    )),
]
UBRAVA_2047: list[Dated] = [
    (D(2047, 1, 16), (
        "Smog alert declared in Ubrava",
        "Ubrava declared a smog alert on Wednesday as fine dust reached 260 micrograms per cubic metre, and "
        "made its buses and trams free, city officials said. Older people were told to stay indoors.",
    )),
]
UBRAVA_STOVES: list[Dated] = [
    (D(2045, 9, 4), (
        "Ubrava plans to ban coal stoves",
        "Ubrava's council wants to ban coal-burning stoves in homes within five years to clean up the "
        "city's winter air, and will offer grants for heat pumps.",
    )),
]

# --- Kalvany closes its Dresna border crossing with Lestovia after smugglers shoot dead a guard, Tuesday,
# --- May 19, 2048; it closed the same crossing over a Lestovian farmers' blockade on Tuesday, November
# --- 20, 2046 -----------------------------------------------------------------------------------------------

DRESNA_SHOOTING: list[Dated] = [
    (D(2048, 5, 19), (
        "Kalvany shuts Dresna crossing after guard shot dead",
        "DRESNA (Wire) - Kalvany closed its Dresna border crossing with Lestovia on Tuesday after smugglers "
        "shot dead a border guard during a night-time chase, Interior Minister Bojana Kiral said. The "
        "crossing would stay shut \"until Lestovia acts\", she said.",
    )),
    (D(2048, 5, 19), (
        "Lorries stranded as Dresna border closes",
        "A queue of lorries stretching 14 kilometres built up on the Lestovian side of the Dresna crossing, "
        "and drivers said they had been given no warning. Some had been waiting since before dawn.",
    )),
    (D(2048, 5, 20), (
        "Guard killed at Dresna named as Sergeant Dusan Petrik",
        "The border guard shot dead near Dresna was Sergeant Dusan Petrik, 29, the interior ministry said "
        "on Wednesday, a day after Kalvany closed the crossing. It is the second closure of Dresna in "
        "eighteen months.",
    )),
    (D(2048, 5, 20), (
        "Lestovia calls border closure an overreaction",
        "Lestovia's foreign ministry summoned Kalvany's ambassador over the closing of the Dresna crossing "
        "and said its own police were already hunting the smugglers.",
    )),
]
DRESNA_BLOCKADE: list[Dated] = [
    (D(2046, 11, 20), (
        "Kalvany closes Dresna crossing over farmers' blockade",
        "Kalvany closed the Dresna border crossing with Lestovia on Tuesday after Lestovian farmers blocked "
        "the road with tractors in protest at grain imports, the interior ministry said. Lorries were sent "
        "to other crossings.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2048, 4, 14), (
        "Maternity ward reopens",
        "The maternity ward at Gorvale general hospital reopened on Tuesday after a year of repairs.",
    )),
    (D(2048, 9, 19), (
        "Rowing regatta ends",
        "The Ashwick rowing regatta ended on Saturday with a win for the home crew.",
    )),
    (D(2048, 6, 11), (
        "Planetarium gets new dome",
        "The planetarium in Mirnovo unveiled a new projection dome on Thursday.",
    )),
    (D(2048, 2, 27), (
        "Hospital hires nurses",
        "Belgast's main hospital said on Thursday it would hire 120 more nurses this year.",
    )),
    (D(2048, 10, 6), (
        "Bond yields steady",
        "Government bond yields in Tiravel were little changed on Tuesday.",
    )),
    (D(2048, 3, 24), (
        "Orchards in blossom",
        "Apple orchards around Faldmoor came into blossom on Tuesday, a week early.",
    )),
    (D(2048, 12, 3), (
        "Parliament approves budget",
        "Parliament in Wychcombe approved next year's budget on Thursday.",
    )),
    (D(2048, 1, 22), (
        "Research ship returns",
        "The research ship Inverkeld returned to port on Wednesday after four months at sea.",
    )),
    (D(2048, 1, 15), (
        "Tram line extended",
        "A tram line in Querrin was extended by three stops on Wednesday.",
    )),
    (D(2048, 5, 19), (
        "Customs hires officers",
        "The customs service in Scallan said on Tuesday it would hire 300 more officers.",
    )),
]

SEVENTEENTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "sylvandar": (SYLVANDAR_SON, SYLVANDAR_DAUGHTER),
    "kelmouth": (KELMOUTH_RECORD, KELMOUTH_BLENKIN + KELMOUTH_DEPARTURE),
    "ebberley": (EBBERLEY_CRENNOCK, EBBERLEY_HATHERLOW),
    "porvessa": (PORVESSA_GIRLS, PORVESSA_BOYS),
    "jutholm": (JUTHOLM_HALT, JUTHOLM_2047),
    "haddar": (HADDAR_SWARMS, HADDAR_2046 + HADDAR_WARNING),
    "zarvenia": (ZARVENIA_VANGUARD, ZARVENIA_TORCH + ZARVENIA_REFUSAL),
    "maudrun": (MAUDRUN_M31, MAUDRUN_M27 + MAUDRUN_RIFT),
    "ubrava": (UBRAVA_SMOG, UBRAVA_2047 + UBRAVA_STOVES),
    "dresna": (DRESNA_SHOOTING, DRESNA_BLOCKADE),
}

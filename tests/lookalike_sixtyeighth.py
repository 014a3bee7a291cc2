"""Look-alike set sixty-eight, every person, town, country, firm, body and currency in it made up. It was written blind
on 289f867f alone while grouping was being changed by others: its reports have never gone through the engine or
through grouping, nor been tallied by ``tests.lookalike_count``. Two counts are due to it, one on 289f867f and a
second on whatever a later session's code is; ``DEFAULT_SETS`` takes it in only after both.

Here are ten hard-news kinds, paired by field: beaches, libraries and archives, family parties, city buses, and shop
doors and fronts. Before choosing them I went through all look-alike modules so far (docstrings, comments,
headlines), the ids, descriptions and headers of each claims YAML file, the README beside them and the stories
grouping's tests are built on, trying a handful of words per idea (the object, what it does, other names for
either), and met none of these:

* a boy of 11 buried when a hole about 2 metres deep that he dug on a beach caves in, dug out after some 20 minutes
  and dead that night; after: a coroner's ruling of accident and call for warnings, ten weeks on; in another
  country: a girl of 7 buried to the chest in a hole about a metre deep, five months later;
* a hired beach parasol with a pointed pole, lifted by a gust of about 45 km/h, killing a woman of 57; before: the
  consumer office's tests in which 13 of 20 parasols blew out of the sand at 30 km/h, five weeks earlier; in another
  country: a boy of 6 cut by an umbrella in a wind of about 25 km/h, five months later;
* a researcher of 66 crushed between two motorised rolling stacks in a city record office's basement, the office
  holding about 14 kilometres of papers; after: the city fined 180,000 drenskets over a floor strip switched off,
  nearly twelve weeks later; in another country: a library assistant of 29 with three broken ribs between hand-wound
  stacks, about seven months later;
* a national library taking 412 books bound in arsenic-dyed green cloth out of its reading rooms; before: a museum
  laboratory finding arsenic in 26 of 70 green bindings, five weeks earlier; in another country: a city library
  removing 38 green books, six months later;
* about 25 kilograms of dry ice tipped into a villa's indoor pool at a birthday party, three swimmers dead and six
  in hospital; after: the events firm's owner charged with manslaughter, twelve weeks on; in another country: four
  people ill after about 10 kilograms went into a hotel pool, five months before;
* a homemade tube meant to scatter coloured powder at a party announcing a baby's sex bursting and killing a woman
  of 56 about 4 metres away, some 40 guests present; before: the fire service's warning after nine people hurt by
  such devices in twelve months, four weeks before; in another country: a bought powder cannon taking two fingers
  from a man of 31 with about 25 relatives present, five months later;
* a woman of 71 dragged about 30 metres by a city bus whose rear door closed on her coat sleeve; after: the driver
  of 44 charged and 60 buses ordered to get new door edges, twelve weeks on; in another country: a man of 38 dragged
  about 5 metres by a bag strap shut in a door, about six months before;
* a roof gas tank bursting on a city bus being filled at a depot, a fitter of 44 killed and three buses wrecked;
  before: the transport safety board's order to check the tanks of 140 buses, five weeks earlier; in another
  country: a gas bus's tank venting and burning, its driver of 52 hurt, about seven months before;
* a department store's automatic revolving door turning on after a woman of 84 fell inside it, she dying the next
  day; after: the store and its door contractor fined 320,000 krizens, twelve and a half weeks on; in another
  country: a hotel guest of 60 breaking a wrist in a revolving door, about seven months before;
* a chemist's electric roller shutter coming down on a boy of 8 who ducked under it for a ball; before: trading
  standards finding 23 of 50 shop shutters with no safety edge, four weeks earlier; in another country: a woman of
  45 bruised by a bakery's shutter whose edge stopped it, five months before.

Ideas the search met, dropped with my own nearest idea: three anglers taken off a breakwater by a wave and
sightseers swept off a rock shelf (the forty-ninth; a wave washing walkers off a pier went), a jet ski squall
(claims40; a jet ski running into swimmers went), a carillon's bourdon falling in its belfry (the twenty-seventh; a
church bell dropping onto ringers went), a radiography source stolen and found (the thirty-eighth; a lost source
went), tattoo pigments banned (claims34; infections from a tattoo studio went), sunbeds banned (claims81; a sunbed
timer burning a client went), vandals sawing the head off a poet's statue (the eighteenth; a visitor toppling a
museum statue went), a burst pipe flooding an underground laboratory (the fifty-fourth; an archive's strongroom
flooded went), an airline captain led away after a breath test (the fifty-sixth; a coach driver over the limit
went), an artillery shell gone astray (the forty-eighth, beside which the sixty-fourth had already dropped a rifle
range's stray bullet; shots fired into the air at a wedding went), burning foam scenery and a barge of fireworks
catching fire (the fifty-eighth, the twenty-fifth; sparklers setting a banquet hall's ceiling alight went), a
carnival queen's float on fire (the twenty-ninth; a float running over a dancer went), a railway bridge struck by a
lorry (claims44; a double-decker under a low bridge went), a tree crushing a bus's top deck (the fifty-seventh; an
open-top bus hitting branches went), crushes at stadium gates and at a lamp festival (the fifty-fourth, the tenth; a
crush at a shop's sale went) and army recruits dead of heatstroke (the fifty-third; runners collapsing in a hot city
race went). Near mine but other happenings, kept apart: a drainage trench caving in on workers (the fifty-sixth)
beside my beach hole, a cloud of gas from a crater lake and a burst carbon dioxide pipeline (the forty-fifth,
claims66) beside my dry ice, a balcony giving way at a birthday party (the fifty-third) beside my party device, and
a driverless double-decker rolling out of its bay (the thirtieth) beside my buses.

Every event has five reports. An agency story comes first, its town in capitals before the agency's initials, and it
names its weekday in the opening sentence; a radio or television lead of the same date follows, in the present
perfect and with no day; next, the following day's paper, which says "yesterday"; after it, a piece set on no day at
all (eight explain: why a sand wall falls, how rolling stacks should stop, why old green covers are poisonous, what
dry ice does indoors, why a powder tube bursts, how a bus carries gas, how a revolving door should stop, what stops
a shutter; two quote one witness in their headlines, a kiosk owner and a woman at the bus stop); and last a report
dated two or three days on, which names its own weekday and leads on what has changed ("Warning boards go up on
Belwozzia beaches after boy's death", "All gas buses in Quorthenia grounded after depot blast", "Every shop shutter
in Lundvaithe to be checked after boy's injury"). Within every event one report points at the other step: an inquest
"is to be opened"; the consumer office "warned last month"; inspectors "will decide whether" to take the city to
court; the museum's study was "published last month"; whether anyone is charged "will be for prosecutors to say";
the fire service "warned last month"; prosecutors will "see whether the driver should face charges"; the safety
board's order came "five weeks ago"; labour inspectors "will decide whether" the store is prosecuted; trading
standards "warned last month". None of an event's reports hints at its case elsewhere, and each such case gives its
own figure where its event gives one (see the list). Two events' tolls grow in their own reports: the boy in the
sand and the shopper in the revolving door are alive in the first two and dead in the rest. Every date falls in 2402
or 2403, and no report gives a year.

Its shape follows ``tests.lookalike_more``: for each kind two lists, the event's five reports first, then the other
step followed by the case elsewhere, every report dated; ``SIXTYEIGHTH_KINDS`` names them by kind for
``tests.lookalike_count``.

No grouping, engine run or count may touch this file before both counts fall due; ``tests.lookalike_count`` notes
this.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# ~~~ tsondrevik ~~~ Sun 14 Jul 2402: a boy of 11, Aurvel Prewgallin, is buried when the hole he and his brothers have
# dug on the main beach at Tsondrevik, Belwozzia, about 2 metres deep, caves in on him; dug out after some 20 minutes,
# he dies in hospital that night. Told by: the Tsondrevik wire (Sunday); a radio or TV opening without a day; Monday's
# paper with "yesterday" (an inquest "is to be opened"); a dateless piece explaining why dry sand walls fall in; last,
# Wednesday's follow-up putting up warning boards along the coast. After: the inquest's ruling and its call for
# warnings, Mon 23 Sep 2402. Look-alike, never mentioned: a girl of 7 buried to her chest in a hole about a metre deep
# at Lyssadruin, Oskwirra, Sat 14 Dec 2402.

TSONDREVIK_SANDHOLE: list[Dated] = [
    (D(2402, 7, 14), (
        "Boy buried as beach hole collapses on him",
        "TSONDREVIK, Belwozzia (BLZ) - A boy of 11 was pulled unconscious from the sand on Sunday after a hole he "
        "had been digging with his two older brothers on Tsondrevik's main beach caved in over him, the coastguard "
        "said. The hole was about 2 metres deep. Lifeguards, holidaymakers and the boy's father dug with spades, "
        "buckets and bare hands for some 20 minutes before they reached his head. Paramedics worked on him on the "
        "sand before a helicopter flew him to the regional children's hospital. A stretch of the beach near the "
        "pier was taped off for the rest of the afternoon.",
    )),
    (D(2402, 7, 14), (
        "Child critically ill after being trapped under sand",
        "A young boy has been flown to hospital in a critical condition after being buried in sand on the beach at "
        "Tsondrevik. It seems he was at the bottom of a deep hole when its sides slid in. Dozens of people have "
        "joined lifeguards in trying to dig him free, and a rescue helicopter has landed on the beach near the "
        "pier. Families nearby have been asked to move back. The coastguard cannot yet say how long he was under "
        "the sand.",
    )),
    (D(2402, 7, 15), (
        "Boy dies after sand hole fell in at Tsondrevik",
        "Aurvel Prewgallin, the boy of 11 who was buried when the walls of a deep hole collapsed on Tsondrevik "
        "beach yesterday afternoon, died in hospital late last night, his family said. His brothers, 14 and 16, had "
        "been helping him dig what they called a cave below the tide line. Qhessaly Faskwyth, who leads the town's "
        "lifeguards, said the hole had been deeper than a grown man is tall and that her team had been unable to "
        "see it from the watchtower. An inquest is to be opened by the district coroner. Flowers and a child's "
        "spade were left by the lifeguard hut.",
    )),
    (D(2402, 7, 15), (
        "Why the walls of a hole in the sand give way",
        "Sand that is damp holds its shape for a while, which is why a deep hole on a beach can look safe. As the "
        "sun and wind dry the walls, the grains lose the film of water that binds them and the sides slump without "
        "warning. A person kneeling at the bottom is caught by the weight of a cubic metre or more, which presses "
        "on the chest so that breathing stops even when the face is clear. Rescuers say holes should stay no deeper "
        "than a child's knees, and that a collapsed one must be dug out from the sides, never by standing on the "
        "rim.",
    )),
    (D(2402, 7, 17), (
        "Warning boards go up on Belwozzia beaches after boy's death",
        "Councils along Belwozzia's west coast began putting up boards on Wednesday warning families against "
        "digging deep holes in the sand, three days after Aurvel Prewgallin died when a hole on Tsondrevik beach "
        "caved in on him. Lifeguards at Tsondrevik now fill in any hole deeper than about knee height at the end of "
        "each shift. About 300 people, many carrying buckets, walked along the beach on Wednesday evening in memory "
        "of the boy. His school said a bench overlooking the sea would be placed in his name.",
    )),
]
TSONDREVIK_INQUEST: list[Dated] = [
    (D(2402, 9, 23), (
        "Coroner calls for national warnings after beach hole death",
        "A coroner in Tsondrevik ruled on Monday that Aurvel Prewgallin, 11, died by accident when the hole he had "
        "dug on the town's beach in July fell in on him, and asked Belwozzia's government to warn parents about the "
        "danger in every seaside resort. Krastwill Haltvesk said the hole, about 2 metres deep, had been dug in "
        "under an hour and that nobody on the beach had known such holes could kill. The boy's father told the "
        "hearing the family had never heard of such a death before.",
    )),
]
LYSSADRUIN_SANDHOLE: list[Dated] = [
    (D(2402, 12, 14), (
        "Girl freed after being buried to her chest on beach",
        "A girl of 7 was freed on Saturday after the sides of a hole about a metre deep collapsed on her on a beach "
        "at Lyssadruin, in Oskwirra, the local lifeguard service said. Her father and two other men scooped the "
        "sand away from around her chest within a few minutes. She was checked over by a lifeguard and taken to a "
        "clinic as a precaution, but was not badly hurt. The lifeguards said they had filled in several deep holes "
        "on the same beach that morning.",
    )),
]

# ~~~ fengothrie ~~~ Sat 10 Aug 2402: a gust of about 45 km/h lifts an unanchored beach parasol on the promenade beach
# at Fengothrie, Trevhollia, and its pointed pole strikes Zenubrey Abbysorne, 57, in the chest; she dies. Told by: the
# Fengothrie wire (Saturday); a radio or TV opening without a day; Sunday's paper with "yesterday" (the consumer
# office's tests "last month"); a dateless quote piece from a kiosk owner who saw it; last, Tuesday's follow-up taking
# pointed parasols off hire. Before: the consumer safety office's tests in which 13 of 20 parasols blew away, Thu 4
# Jul 2402. Look-alike, never mentioned: a boy of 6 cut on the leg by a parasol in a breeze of about 25 km/h at
# Drubmoulin, Glazhovia, Sun 12 Jan 2403.

FENGOTHRIE_PARASOL: list[Dated] = [
    (D(2402, 8, 10), (
        "Woman killed by wind-blown beach parasol",
        "FENGOTHRIE, Trevhollia (TVW) - A woman of 57 died on Saturday after a beach parasol torn out of the sand "
        "by a gust struck her in the chest on the promenade beach at Fengothrie, police said. The parasol, one of "
        "about 400 hired out on the beach, had a pointed metal pole. Lifeguards tried to revive her until an "
        "ambulance arrived, but she was pronounced dead at the scene. Forecasters had measured gusts of about 45 "
        "km/h along the coast in the early afternoon. Police said the woman, from the inland town of Gorsquine, was "
        "on holiday with her husband.",
    )),
    (D(2402, 8, 10), (
        "Holidaymaker dies after parasol blows across beach",
        "A holidaymaker has died after being hit by a beach parasol that was picked up by the wind in Fengothrie. "
        "Witnesses have said the parasol spun across the sand like a spear before striking her. Lifeguards have "
        "closed the stretch of beach in front of the promenade, and the hire company has been taking down its "
        "parasols. The wind has been rising along the whole coast, and the coastguard has put out a warning to "
        "people on the water. The lifeguards' flags have been switched to red.",
    )),
    (D(2402, 8, 11), (
        "Parasol that killed Zenubrey Abbysorne was not anchored",
        "The hired parasol that killed Zenubrey Abbysorne on Fengothrie's promenade beach yesterday had simply been "
        "pushed into dry sand, with no screw anchor, police said. Mrs Abbysorne, 57, a retired pharmacist, was "
        "sitting on a towel when a gust lifted the parasol from a row about five metres away. Trevhollia's consumer "
        "safety office warned last month that most beach parasols on sale would blow away in a strong breeze unless "
        "they were screwed in. The hire company, which rents out about 400, said its staff had set them up as "
        "usual.",
    )),
    (D(2402, 8, 11), (
        "\"It flew like a javelin,\" says kiosk owner",
        "\"It flew like a javelin, point first, and there was nothing anybody could do,\" said Drosquard "
        "Chaswindle, who runs an ice cream kiosk on the promenade at Fengothrie and saw a hired parasol blow along "
        "the beach and hit a woman sitting on the sand. \"The wind had been getting up since lunch, and I had "
        "already closed my own sunshade. People were chasing their towels. I ran down with the first aid box, but "
        "her husband was already kneeling with her.\"",
    )),
    (D(2402, 8, 13), (
        "Pointed parasols taken off hire along Fengothrie seafront",
        "Hire companies on Fengothrie's beaches stopped renting out parasols with pointed poles on Tuesday, three "
        "days after Zenubrey Abbysorne, 57, was killed by one that blew across the sand. The town council means to "
        "allow only parasols with screw anchors and blunt feet from next season, and lifeguards will now order them "
        "closed once gusts pass a set strength. Mrs Abbysorne's husband, Rhumbold, thanked the lifeguards who tried "
        "to save her and said her body would be taken home to Gorsquine on Thursday.",
    )),
]
FENGOTHRIE_TESTS: list[Dated] = [
    (D(2402, 7, 4), (
        "Most beach parasols blow away in a breeze, tests find",
        "Thirteen of 20 beach parasols tested by Trevhollia's consumer safety office were pulled out of the sand by "
        "a wind of 30 km/h, a breeze that is common on the country's beaches in summer, the office said on "
        "Thursday. Only parasols fitted with a screw anchor stayed put. Several had pointed poles that could hurt "
        "someone if they flew, the office said, and it urged sellers and beach hire firms to supply anchors. It "
        "said it would ask the government for rules if nothing changed by next summer.",
    )),
]
DRUBMOULIN_PARASOL: list[Dated] = [
    (D(2403, 1, 12), (
        "Boy's leg cut by flying beach umbrella",
        "A boy of 6 needed stitches in his leg on Sunday after a beach umbrella was blown out of the sand and hit "
        "him on a beach at Drubmoulin, in Glazhovia, the town's lifeguards said. The wind was blowing at about 25 "
        "km/h when it happened. The boy was treated at the first aid post and taken to a clinic with his mother. "
        "The family whose umbrella it was apologised and paid for a taxi, the lifeguards said. They later asked "
        "everyone on the beach to close their umbrellas until the wind dropped.",
    )),
]


# ~~~ kabblesquay ~~~ Fri 8 Mar 2402: Crendulph Tamsquith, 66, a retired surveyor tracing his family, is crushed
# between two electric rolling stacks in the basement store of the Kabblesquay city record office, Muzhdarra, when a
# clerk in the next aisle closes them; he dies. Told by: the Kabblesquay wire (Friday); a radio or TV opening without
# a day; Saturday's paper with "yesterday" (inspectors "will decide whether" to prosecute the city); a dateless piece
# explaining how rolling stacks are meant to stop; last, Monday's follow-up shutting every such store in the city.
# After: the city fined 180,000 drenskets over a floor sensor switched off, Tue 28 May 2402. Look-alike, never
# mentioned: a library assistant of 29 with broken ribs between hand-turned stacks at Yelfwardine, Ascolvenia, Tue 22
# Oct 2402.

KABBLESQUAY_STACKS: list[Dated] = [
    (D(2402, 3, 8), (
        "Man crushed to death between shelves in record office",
        "KABBLESQUAY, Muzhdarra (MZA) - A man of 66 was crushed to death on Friday between two rows of motorised "
        "shelving in the basement store of Kabblesquay's city record office, police said. The rows run on rails and "
        "close up against each other to save space; a clerk working in the next aisle had pressed the button to "
        "open it, which pushed the neighbouring row shut with the man inside. Staff stopped the motors and forced "
        "the rows apart, but he died before paramedics reached the basement. The office, which keeps about 14 "
        "kilometres of the city's papers, was closed to the public.",
    )),
    (D(2402, 3, 8), (
        "Visitor dies in accident at city archives",
        "A visitor to Kabblesquay's record office has died after being trapped between two moving rows of shelves "
        "in its basement. Ambulances and a fire engine have been parked outside the building on Tower Quay since "
        "lunchtime, and readers have been sent home from the search room upstairs. The city council has called it a "
        "terrible accident and says labour inspectors are on their way. It has not said how the shelves came to "
        "close. Researchers who had booked seats for the coming week are being told to wait for news.",
    )),
    (D(2402, 3, 9), (
        "Inspectors ask why rolling shelves did not stop for researcher",
        "Labour inspectors will decide whether to take Kabblesquay city council to court when they know why two "
        "rows of electric shelving in its record office closed on Crendulph Tamsquith yesterday, their chief said. "
        "Mr Tamsquith, 66, a retired surveyor, had been coming to the office most weeks for three years to trace "
        "his family back through the city's rate books. Rows of that kind are meant to halt when anyone stands in "
        "the aisle. The clerk who pressed the button, a woman in her twenties, is being looked after by colleagues, "
        "the council said. The shelving was fitted by Rolzvance thirteen years ago.",
    )),
    (D(2402, 3, 9), (
        "How rolling stacks are supposed to keep people safe",
        "Archives and libraries that are short of room often put their shelves on rails so that a whole row can be "
        "rolled aside, leaving only one open aisle where there would have been ten. Larger systems are driven by "
        "motors. To stop a row closing on someone, makers fit pressure strips in the aisle floor, light beams "
        "across its mouth and a soft bar along each end that halts the motor when touched. Staff are also told to "
        "put up a barrier or a sign before they walk in. Any one of these can fail or be disabled.",
    )),
    (D(2402, 3, 11), (
        "Kabblesquay shuts basement stores after researcher's death",
        "Kabblesquay city council closed the motorised shelving in all four of its archive and library stores on "
        "Monday, three days after Crendulph Tamsquith, 66, was crushed between two rows in the record office "
        "basement. Engineers are to test every safety strip before staff go back in, and readers' requests will go "
        "unanswered for at least a fortnight. The city's mayor visited Mr Tamsquith's widow on Sunday. Members of "
        "the local family history society, of which he was treasurer, laid flowers on the record office steps on "
        "Monday morning.",
    )),
]
KABBLESQUAY_FINED: list[Dated] = [
    (D(2402, 5, 28), (
        "City fined over record office shelving death",
        "Kabblesquay city council was fined 180,000 drenskets on Tuesday for failings that led to the death of "
        "Crendulph Tamsquith, the researcher crushed between two rows of motorised shelving in its record office in "
        "March. A court heard that the pressure strip in the aisle floor had been switched off two years earlier "
        "because it kept halting the rows when boxes were stacked on it, and that no other safeguard worked. The "
        "council admitted the charge. The judge said the city had turned a store into a trap. Mr Tamsquith's widow "
        "said the fine would not bring him back.",
    )),
]
YELFWARDINE_STACKS: list[Dated] = [
    (D(2402, 10, 22), (
        "Library worker breaks ribs between moving shelves",
        "A library assistant of 29 broke three ribs on Tuesday when a row of hand-turned rolling shelves was wound "
        "shut on her in the store of the university library at Yelfwardine, in Ascolvenia, the library said. A "
        "colleague turning the wheel at the end of the row had not seen her between the shelves. She is expected to "
        "recover in hospital. The library said it would put locks on the wheels and lights in each aisle. Staff "
        "said the store's narrow aisles had always been poorly lit.",
    )),
]

# ~~~ pazzwyck ~~~ Wed 13 Nov 2402: Pyrvhenland's national library in Pazzwyck takes 412 books bound in bright green
# cloth out of its reading rooms after tests find arsenic in the dye of their covers; readers are told to wash their
# hands. Told by: the Pazzwyck wire (Wednesday); a radio or TV opening without a day; Thursday's paper with
# "yesterday" (the study "published last month"); a dateless piece explaining emerald green dye; last, Saturday's
# follow-up, other libraries testing their own shelves. Before: the Sallquoy Museum's conservation laboratory finding
# arsenic in 26 of 70 green bindings, Wed 9 Oct 2402. Look-alike, never mentioned: a city library at Sallwrith,
# Merrzovia, withdrawing 38 green books, Tue 13 May 2403.

PAZZWYCK_ARSENIC: list[Dated] = [
    (D(2402, 11, 13), (
        "National library withdraws 412 books over arsenic in covers",
        "PAZZWYCK, Pyrvhenland (PYR) - Pyrvhenland's national library took 412 old books bound in bright green "
        "cloth out of its reading rooms on Wednesday after tests found arsenic in the dye of their covers. The "
        "books, printed between about 200 and 260 years ago, have been sealed in plastic bags and moved to a locked "
        "store, the library said. Readers who had handled any of them were told to wash their hands and to seek "
        "advice if they felt unwell. Ilzhabet Hegdrummond, the national librarian, said the risk was small but that "
        "the library would not take chances.",
    )),
    (D(2402, 11, 13), (
        "Poison found in old book bindings at national library",
        "The national library in Pazzwyck has taken hundreds of books off its shelves after finding arsenic in "
        "their covers. Staff in gloves have been going along the stacks pulling out any volume bound in green "
        "cloth. Readers who have ordered one of the books have been told they will have to wait. The library has "
        "said the poison is in the green colouring and can rub off onto fingers, and it has put up notices in its "
        "reading rooms. The library itself stays open.",
    )),
    (D(2402, 11, 14), (
        "Library's green books had enough arsenic to rub off on hands",
        "The 412 books that Pyrvhenland's national library withdrew from its reading rooms yesterday carry enough "
        "arsenic in their green covers for traces to come off on the hands, the library's head of conservation "
        "said. Tests were ordered after a study published last month by a museum laboratory in Sallquoy found the "
        "poison in many old green bindings. Most of the library's books were bound in brown or black; the green "
        "ones were mostly poetry, travel and children's stories. No reader or member of staff is known to have "
        "fallen ill. Librarians are to wear gloves when moving the books.",
    )),
    (D(2402, 11, 14), (
        "Why some old books are green with poison",
        "For a few decades, bookbinders loved a vivid green that did not fade. It was made with copper and arsenic, "
        "and the same pigment coloured wallpaper, ball gowns and artificial flowers until people worked out that it "
        "was making them ill. On a book the colour sits on the surface of the cloth and can flake or rub off, so "
        "the risk comes from handling a volume and then eating, or from dust. Libraries now test suspect covers "
        "with a hand-held scanner that reads the metals in a few seconds without harming the book.",
    )),
    (D(2402, 11, 16), (
        "Libraries across Pyrvhenland check shelves for green bindings",
        "University and city libraries across Pyrvhenland were checking their shelves on Saturday for books bound "
        "in green cloth, three days after the national library withdrew 412 of them over arsenic in the dye. The "
        "national library has lent its two scanners to others and said it had found about 60 more suspect covers in "
        "its stores. Second-hand booksellers in Pazzwyck said customers were asking whether green books were safe. "
        "The health ministry said there was no need to throw books away, only to handle them with care.",
    )),
]
PAZZWYCK_STUDY: list[Dated] = [
    (D(2402, 10, 9), (
        "Arsenic found in a third of old green book covers",
        "Conservators at the Sallquoy Museum in Pyrvhenland found arsenic in 26 of 70 green cloth bookbindings they "
        "tested, they said on Wednesday, and urged libraries to check their own collections. The books came from "
        "the museum's library and from second-hand shops. The laboratory's head said the amounts were small, but "
        "that anyone handling such books often should wear gloves and never eat at the desk. The museum has put its "
        "own green books in a separate cabinet while it decides what to do.",
    )),
]
SALLWRITH_ARSENIC: list[Dated] = [
    (D(2403, 5, 13), (
        "City library removes green books over poison fears",
        "The city library at Sallwrith, in Merrzovia, removed 38 old books bound in green cloth from its open "
        "shelves on Tuesday after tests found arsenic in their covers, the library said. They will be kept in "
        "sealed boxes and can be read only in a supervised room, with gloves. The books include a set of old "
        "encyclopaedias and several volumes of local history. The library said it had tested about 1,100 older "
        "books in all. Staff who handled them have been told to wear gloves, and a notice at the entrance explains "
        "why.",
    )),
]


# ~~~ zelmwiche ~~~ Sat 18 Jan 2403: at a birthday party in a hired villa outside Zelmwiche, Ostyndrake, an events
# firm tips about 25 kilograms of dry ice into the indoor pool for a fog show; three guests in the water, among them
# the woman whose birthday it is, Mirzaya Kordvunny, 34, die of the gas and six go to hospital. Told by: the Zelmwiche
# wire (Saturday); a radio or TV opening without a day; Sunday's paper with "yesterday" (prosecutors to say "whether
# anyone is charged"); a dateless piece explaining what dry ice does in a closed room; last, Monday's follow-up
# banning the firm's shows. After: the firm's owner charged with manslaughter, Mon 14 Apr 2403. Look-alike, never
# mentioned: four people ill after about 10 kilograms of dry ice went into a hotel pool at Hoskwirren, Caldzrenia, Fri
# 16 Aug 2402.

ZELMWICHE_DRYICE: list[Dated] = [
    (D(2403, 1, 18), (
        "Three dead after dry ice poured into pool at birthday party",
        "ZELMWICHE, Ostyndrake (OSY) - Three people died and six needed hospital treatment on Saturday when about "
        "25 kilograms of dry ice was tipped into the indoor pool of a hired villa outside Zelmwiche during a "
        "birthday party, police said. The frozen carbon dioxide had been meant to cover the water in white fog for "
        "a show, but the gas it gave off collected just above the surface, where guests were swimming. Other guests "
        "pulled several people out unconscious. Among the dead was the woman whose 34th birthday was being "
        "celebrated, a police spokesman said. An events firm had been hired for the evening.",
    )),
    (D(2403, 1, 18), (
        "Party guests die in villa swimming pool",
        "Three people have died at a birthday party in a villa near Zelmwiche after dry ice has been put into a "
        "swimming pool. Guests have described a thick white mist over the water and people in the pool suddenly "
        "going limp. Ambulances have taken several others to hospital, and firefighters in breathing masks have "
        "been airing the pool hall. The villa's owner has said it was rented for the night and that he knew nothing "
        "of any show. Police are talking to the party's organisers.",
    )),
    (D(2403, 1, 19), (
        "Birthday woman among three killed by gas over villa pool",
        "Mirzaya Kordvunny, who turned 34 yesterday, died with two of her friends when the gas from dry ice tipped "
        "into a villa pool near Zelmwiche for her party overcame them in the water, police said. Six guests are "
        "still being treated, and one is in intensive care. The dry ice was brought by Fogquist Events, a firm that "
        "stages smoke and light shows at weddings and parties. Its owner, Radzkov Stemvrolt, was questioned and "
        "released. Whether anyone is charged will be for prosecutors to say once tests on the pool hall's air are "
        "finished.",
    )),
    (D(2403, 1, 19), (
        "What dry ice does in a closed room",
        "Dry ice is carbon dioxide frozen at about minus 78 degrees. It does not melt but turns straight back into "
        "gas, and one kilogram makes roughly 500 litres of it. The white fog people see is only water droplets; the "
        "carbon dioxide itself is invisible and heavier than air, so it sinks and pools on floors, in cellars and "
        "just above a pool's surface, where warm water speeds the change. A few breaths of air rich in it make "
        "people faint. Shows using dry ice need strong ventilation and should keep it away from anyone lying or "
        "swimming low down.",
    )),
    (D(2403, 1, 20), (
        "Ostyndrake halts dry ice shows after party deaths",
        "Ostyndrake's interior ministry barred events firms from using dry ice indoors on Monday, two days after "
        "three guests died at a birthday party in a villa near Zelmwiche when it was tipped into a pool. The ban "
        "will stay until rules are written. Fogquist Events cancelled its bookings for the rest of the winter. Two "
        "of the six people taken to hospital went home on Monday; the woman in intensive care is improving, doctors "
        "said. A funeral for Mirzaya Kordvunny will be held on Friday in her home village.",
    )),
]
ZELMWICHE_CHARGED: list[Dated] = [
    (D(2403, 4, 14), (
        "Events firm owner charged over deaths in dry ice pool",
        "Radzkov Stemvrolt, the owner of Fogquist Events, was charged on Monday with three counts of manslaughter "
        "over the deaths of Mirzaya Kordvunny and two friends at her birthday party near Zelmwiche in January, when "
        "about 25 kilograms of dry ice were tipped into a villa pool. Prosecutors said he had been warned by a "
        "supplier that the ice must never be used near water in a closed room. He will appear before a judge in "
        "May; his lawyer said the charges would be fought.",
    )),
]
HOSKWIRREN_DRYICE: list[Dated] = [
    (D(2402, 8, 16), (
        "Four treated after dry ice fog over hotel pool",
        "Four people needed hospital care on Friday after about 10 kilograms of dry ice was put into a hotel "
        "swimming pool at Hoskwirren, in Caldzrenia, to make fog for a company party, the fire service said. Two "
        "swimmers felt dizzy and one fainted at the pool's edge before staff opened the doors and cleared the hall. "
        "All four were allowed home the same night. The hotel said it had not known the organisers planned to use "
        "dry ice. Firefighters aired the pool hall with fans.",
    )),
]

# ~~~ thorzhavik ~~~ Sun 19 May 2402: at a garden party in Thorzhavik, Ombrzevia, held to tell a family whether a
# coming baby is a boy or a girl, a homemade tube meant to blow out coloured powder bursts; metal from it kills the
# baby's great-aunt, Maudzrey Ashkradduck, 56, standing about 4 metres away, and two others are hurt. Told by: the
# Thorzhavik wire (Sunday); a radio or TV opening without a day; Monday's paper with "yesterday" (the fire service's
# warning "last month"); a dateless piece explaining why such devices burst; last, Wednesday's follow-up, a friend of
# the baby's father questioned by police. Before: the fire service's warning about homemade reveal devices after nine
# people were hurt in a year, Tue 23 Apr 2402. Look-alike, never mentioned: a man of 31 losing two fingers to a bought
# powder cannon at Kilwharrow, Trubbovia, Sat 26 Oct 2402.

THORZHAVIK_REVEAL: list[Dated] = [
    (D(2402, 5, 19), (
        "Woman killed as device explodes at baby party",
        "THORZHAVIK, Ombrzevia (OMB) - A woman of 56 died on Sunday when a homemade device meant to blow a cloud of "
        "coloured powder into the air burst at a family garden party in Thorzhavik, police said. The party had been "
        "held to tell relatives whether an expected baby was a boy or a girl. Pieces of the metal tube flew across "
        "the garden and struck the woman, who was standing about 4 metres away; two other guests were cut by "
        "fragments. About 40 people were at the party. Police said the device had been made by a member of the "
        "family.",
    )),
    (D(2402, 5, 19), (
        "Explosion at family celebration leaves one dead",
        "A woman has died and two people have been injured after a device has exploded at a family celebration in "
        "Thorzhavik. Neighbours have said they heard a bang like a gunshot and then screaming from the garden. "
        "Police have cordoned off the house and bomb disposal officers have been called to make sure nothing else "
        "is left there. The party was meant to reveal the sex of a baby, relatives have told reporters. Guests have "
        "been giving statements to detectives in a neighbour's house.",
    )),
    (D(2402, 5, 20), (
        "Great-aunt killed by homemade powder tube at reveal party",
        "Maudzrey Ashkradduck, 56, was killed yesterday by pieces of a steel tube packed with powder and a charge "
        "that her nephew's friend had made for a party announcing the sex of her great-niece or great-nephew, "
        "police in Thorzhavik said. The tube was meant to throw out pink or blue powder but burst instead. "
        "Ombrzevia's fire service warned last month that homemade devices of this kind could act like pipe bombs. "
        "The baby's parents, who were not hurt, are said to be devastated. The two guests who were cut have left "
        "hospital.",
    )),
    (D(2402, 5, 20), (
        "Why a powder tube can turn into a bomb",
        "Shop-bought cannons used to shower a crowd with coloured powder or confetti work with a puff of compressed "
        "gas inside a cardboard tube, which splits harmlessly if anything goes wrong. Homemade versions often use a "
        "little black powder or firework charge instead, rammed into a length of metal pipe with a cap screwed on "
        "the end. If the powder on top is packed too tightly or the cap is too strong, the pressure has nowhere to "
        "go and the pipe bursts, sending sharp fragments outwards at high speed.",
    )),
    (D(2402, 5, 22), (
        "Police question man who built tube that killed party guest",
        "Police in Thorzhavik questioned a man of 29 on Wednesday about the homemade tube that burst at a family "
        "party on Sunday and killed Maudzrey Ashkradduck, 56. He was released while inquiries continue, and "
        "officers said they would pass a file to prosecutors. The man, a friend of the baby's father, is said to "
        "have packed the tube with charges taken from fireworks. Mrs Ashkradduck, a school cook, will be buried in "
        "Thorzhavik on Friday. Her family asked people to stop sharing pictures of the party.",
    )),
]
THORZHAVIK_WARNING: list[Dated] = [
    (D(2402, 4, 23), (
        "Fire service warns against homemade baby reveal devices",
        "Ombrzevia's fire service warned families on Tuesday not to make their own devices to announce a baby's sex "
        "with coloured smoke or powder, saying nine people had been hurt by them in the past year, two of them "
        "badly. Some had been made from metal pipes and firework charges, it said, and were little different from "
        "bombs. It urged parents to buy tested confetti cannons or to cut a cake instead. The service said it would "
        "visit fireworks shops to remind them not to sell loose charges.",
    )),
]
KILWHARROW_REVEAL: list[Dated] = [
    (D(2402, 10, 26), (
        "Father-to-be loses fingers as party cannon goes off",
        "A man of 31 lost two fingers on Saturday when a powder cannon he had bought to announce his baby's sex "
        "went off in his hand at a family party in Kilwharrow, in Trubbovia, the town's hospital said. The cannon "
        "was meant to be twisted open while pointed at the sky, but it fired as he was unwrapping it. Nobody else "
        "was hurt. About 25 relatives were in the garden. The shop that sold it said it would withdraw the rest of "
        "the batch.",
    )),
]


# ~~~ trumfvelde ~~~ Thu 17 Oct 2402: Eudwyra Penhvallick, 71, stepping off a city bus in Trumfvelde, Yssvendorf, has
# her coat sleeve caught in its closing rear door; the bus pulls away and drags her about 30 metres, and she dies.
# Told by: the Trumfvelde wire (Thursday); a radio or TV opening without a day; Friday's paper with "yesterday"
# (prosecutors to see "whether the driver should face charges"); a dateless quote piece from a woman waiting at the
# stop; last, Saturday's follow-up taking 60 buses of the same model off the road. After: the driver charged and the
# operator ordered to fit new door edges, Thu 9 Jan 2403. Look-alike, never mentioned: a man of 38 whose bag strap was
# shut in a bus door, dragged about 5 metres, at Vorlwinsk, Yomskerry, Wed 24 Apr 2402.

TRUMFVELDE_BUSDOOR: list[Dated] = [
    (D(2402, 10, 17), (
        "Pensioner dragged to her death by bus after coat caught in door",
        "TRUMFVELDE, Yssvendorf (YSV) - A woman of 71 died on Thursday after her coat sleeve was caught in the rear "
        "door of a city bus as she got off in Trumfvelde, and the bus pulled away, dragging her about 30 metres "
        "along the road, police said. Passengers shouted and banged on the windows until the driver stopped. She "
        "was taken to the city hospital with head injuries and died there in the evening. The bus, on the number 14 "
        "route, was run by Trumfvelde Transit, which said it was helping police. Its driver, 44, was unhurt.",
    )),
    (D(2402, 10, 17), (
        "Woman badly hurt after being trapped in bus door",
        "An elderly woman has been seriously injured in Trumfvelde after being caught in the door of a bus and "
        "pulled along the street. People at the stop have told us they saw her arm held fast as the bus moved off. "
        "The road has been closed in both directions and the bus has been taken to the depot to be examined. "
        "Trumfvelde Transit has said its thoughts are with the woman and her family. Passengers who were on the bus "
        "have been giving statements to officers.",
    )),
    (D(2402, 10, 18), (
        "Bus door sensors checked after woman dragged to her death",
        "Police and engineers in Trumfvelde were examining the rear door of a city bus yesterday to find out why it "
        "did not spring open when it closed on the sleeve of Eudwyra Penhvallick, 71, who was dragged about 30 "
        "metres and died of her injuries. Doors on city buses are meant to sense anything caught in them and stop "
        "the bus from moving off. Prosecutors will then see whether the driver should face charges. Mrs "
        "Penhvallick, a widow, had been on her way home from visiting her sister. Trumfvelde Transit said the bus "
        "had been checked most recently in August.",
    )),
    (D(2402, 10, 18), (
        "\"Her arm was still in the door,\" says woman at bus stop",
        "\"Her arm was still in the door and the bus just kept going,\" said Ovvelia Dollquist, who was waiting at "
        "the stop in Trumfvelde when a pensioner was dragged along the road by a number 14 bus. \"She was trying to "
        "run alongside it at first, then she went down. We were all screaming and waving. I don't think the driver "
        "could see her in his mirror because of the people standing at the back. When it stopped I held her hand "
        "until the ambulance came.\"",
    )),
    (D(2402, 10, 19), (
        "Sixty buses taken off Trumfvelde routes after door death",
        "Trumfvelde Transit took 60 buses of the same model off its routes on Saturday, two days after Eudwyra "
        "Penhvallick, 71, was dragged to her death when the rear door of one closed on her sleeve. Engineers found "
        "that the rubber edge meant to sense a trapped arm could miss thin objects such as a sleeve or a strap, the "
        "company said. Passengers faced long waits as older buses were brought back into service. Drivers' leaders "
        "said they had complained about the doors before.",
    )),
]
TRUMFVELDE_CHARGED: list[Dated] = [
    (D(2403, 1, 9), (
        "Bus driver charged over death of woman caught in door",
        "The driver of the Trumfvelde city bus that dragged Eudwyra Penhvallick, 71, along the road when its rear "
        "door closed on her sleeve in October was charged on Thursday with causing her death by careless driving, "
        "prosecutors said. They said he had not checked his mirror before pulling away. The transport ministry also "
        "ordered Trumfvelde Transit to fit more sensitive door edges to all of its 60 buses of that model by the "
        "summer. The driver, 44, is to appear in court in February.",
    )),
]
VORLWINSK_BUSDOOR: list[Dated] = [
    (D(2402, 4, 24), (
        "Man dragged by bus after bag strap shut in door",
        "A man of 38 was dragged about 5 metres along a pavement on Wednesday when the strap of his bag was shut in "
        "the door of a bus in Vorlwinsk, in Yomskerry, police said. The driver stopped when passengers shouted. The "
        "man had cuts and bruises to his legs and was treated at the scene. The bus company said it would look at "
        "its camera footage and check the door. He declined to go to hospital, and other passengers helped him to a "
        "bench at the stop.",
    )),
]

# ~~~ sprackvell ~~~ Tue 11 Feb 2403: a roof-mounted gas tank on a city bus bursts while it is being filled at the
# Vivanquay depot in Sprackvell, Quorthenia, killing a fitter of 44, Jurrel Tissvendrup, and wrecking three buses.
# Told by: the Sprackvell wire (Tuesday); a radio or TV opening without a day; Wednesday's paper with "yesterday" (the
# safety board's order "five weeks ago"); a dateless piece explaining how gas tanks on buses are built; last, Friday's
# follow-up grounding every gas bus in the country. Before: the transport safety board's order to check the tanks of
# 140 gas buses, Tue 7 Jan 2403. Look-alike, never mentioned: a gas bus's tank venting and catching fire on a road at
# Dunwhallia, Yelmbrastow, the driver of 52 burned and 18 passengers out, Mon 15 Jul 2402.

SPRACKVELL_GASBUS: list[Dated] = [
    (D(2403, 2, 11), (
        "Fitter killed as gas tank on bus bursts at depot",
        "SPRACKVELL, Quorthenia (QTH) - A bus fitter was killed on Tuesday when a gas tank on the roof of a city "
        "bus burst while it was being filled at a depot in Sprackvell, the fire service said. The explosion tore "
        "the roof off the bus and wrecked two others parked beside it. The fitter, a man of 44, was working on the "
        "roof at the time. Four other workers were shaken but unhurt. Sprackvell's bus company runs about 90 buses "
        "on compressed natural gas from the Vivanquay depot and stopped filling all of them.",
    )),
    (D(2403, 2, 11), (
        "Explosion at city bus depot kills worker",
        "A worker has died in an explosion at a bus depot in Sprackvell. People living nearby have said windows "
        "shook across the street. Firefighters have been cooling the wreckage of several buses, and gas has been "
        "shut off to the filling station at the depot. The city's bus company has said some routes will run late "
        "this evening, and the police have closed the road outside. Firefighters have said the flames are out but "
        "that they will stay through the night to make sure no other tanks are leaking.",
    )),
    (D(2403, 2, 12), (
        "Bus that exploded was on list for tank checks",
        "The city bus whose roof gas tank burst at Sprackvell's Vivanquay depot yesterday, killing the fitter "
        "Jurrel Tissvendrup, was one of those whose tanks Quorthenia's transport safety board ordered checked five "
        "weeks ago, after corrosion was found on a tank in another city. The bus company said the check on that bus "
        "had been booked for next month. Mr Tissvendrup, 44, had worked at the depot for nineteen years and had a "
        "wife and two teenage sons. Three buses were wrecked.",
    )),
    (D(2403, 2, 12), (
        "How a bus carries its gas",
        "Buses that run on natural gas carry it squeezed to about 200 times the pressure of the air, in a row of "
        "long cylinders on the roof where any leak can rise away. The cylinders are wrapped in carbon fibre or "
        "glass fibre and are built to last about twenty years, but only if their outer skin is not scratched, "
        "soaked in road salt or weakened by acid from battery leaks. Inspectors look for damage, and a damaged tank "
        "can fail suddenly when it is refilled to full pressure.",
    )),
    (D(2403, 2, 14), (
        "All gas buses in Quorthenia grounded after depot blast",
        "Quorthenia's transport safety board ordered every bus running on compressed gas off the road on Friday "
        "until its tanks have been checked, three days after a tank burst at a depot in Sprackvell and killed the "
        "fitter Jurrel Tissvendrup. The order takes about 600 buses out of service in eight cities; some towns "
        "hired coaches to keep routes going. Sprackvell's bus company said half its gas fleet would be back within "
        "a week. The maker of the tanks said it was sending staff.",
    )),
]
SPRACKVELL_ORDER: list[Dated] = [
    (D(2403, 1, 7), (
        "Safety board orders checks on gas tanks of 140 buses",
        "Quorthenia's transport safety board ordered bus companies on Tuesday to inspect the roof gas tanks of 140 "
        "buses within two months, after a routine check in Ulvrackmore found corrosion eating into one tank's outer "
        "skin. All the tanks were made in the same factory in the same two years. The board said the risk of a tank "
        "failing was low but could not be ruled out, and that buses found with damage must be taken off the road. "
        "Bus companies said they would try to avoid cancelling services.",
    )),
]
DUNWHALLIA_GASBUS: list[Dated] = [
    (D(2402, 7, 15), (
        "Passengers escape as gas bus catches fire",
        "Eighteen passengers got off a city bus safely on Monday after gas began streaming from a tank on its roof "
        "and caught fire in Dunwhallia, in Yelmbrastow, the fire service said. Its driver, 52, was burned on his "
        "hands as he opened the doors and helped people out. Firefighters let the gas burn off. The tank's safety "
        "valve had opened because of the heat of the day, the bus company said. Nobody else was hurt. Traffic was "
        "held back for about an hour.",
    )),
]


# ~~~ grevzanholt ~~~ Thu 5 Dec 2402: an automatic revolving door at the Wollingcraw department store in Grevzanholt,
# Kezzarovia, keeps turning when Heswyth Gelmwarrow, 84, stumbles inside it; she is struck and pinned, breaks a hip
# and dies the next day. Told by: the Grevzanholt wire (Thursday); a radio or TV opening without a day; Friday's paper
# with "yesterday" and her death (inspectors "will decide whether" to prosecute); a dateless piece explaining how such
# doors should stop; last, Saturday's follow-up locking revolving doors at the chain's stores. After: the store and
# its door contractor fined, Mon 3 Mar 2403. Look-alike, never mentioned: a man of 60 with a broken wrist in a hotel's
# revolving door at Zhavrenna, Fraswennia, Fri 10 May 2402.

GREVZANHOLT_DOOR: list[Dated] = [
    (D(2402, 12, 5), (
        "Woman of 84 badly hurt in department store revolving door",
        "GREVZANHOLT, Kezzarovia (KZV) - A woman of 84 was badly hurt on Thursday when she fell inside an automatic "
        "revolving door at the Wollingcraw department store in Grevzanholt and the door kept turning, pinning her "
        "against its glass wall, police said. Shoppers pushed against the wings and a security guard hit the "
        "emergency stop. She has a broken hip and head injuries, the hospital said. The store, crowded with "
        "Christmas shoppers, closed its main entrance and sent customers through a side door. Labour inspectors "
        "were called.",
    )),
    (D(2402, 12, 5), (
        "Pensioner trapped in revolving door at busy store",
        "An elderly woman is in hospital after being caught in a revolving door at one of Grevzanholt's biggest "
        "department stores. Shoppers have said the door went on turning after she had fallen, and that people "
        "outside tried to hold it back with their hands. The store's main entrance has been taped off. The company "
        "that owns the store has said it is doing everything it can to help. Police officers are talking to staff "
        "and looking at the store's camera recordings.",
    )),
    (D(2402, 12, 6), (
        "Woman hurt in store's revolving door dies in hospital",
        "Heswyth Gelmwarrow, the woman of 84 who was pinned by a revolving door at the Wollingcraw department store "
        "in Grevzanholt yesterday, died in hospital overnight, her son said. She had been shopping for presents for "
        "her great-grandchildren. Labour inspectors will decide whether the store should be prosecuted once they "
        "have tested the door's sensors, which should have stopped it as soon as she fell. The door is serviced by "
        "an outside firm, Rotzavend, which said it had last checked it in October. The store's main entrance will "
        "stay shut.",
    )),
    (D(2402, 12, 6), (
        "How a revolving door should know when to stop",
        "Automatic revolving doors are driven by a motor that turns the wings at walking pace. Because a slow "
        "walker, a child or a dog can be caught, they carry sensors: pads at the foot of each wing, strips along "
        "the edges and light beams that watch for someone lying on the floor. Any of them should bring the door to "
        "a halt within a few centimetres. Buildings with such doors are also meant to have a swing door beside them "
        "for wheelchairs, prams and older people, and a red button anyone can hit.",
    )),
    (D(2402, 12, 7), (
        "Wollingcraw locks revolving doors at all its stores",
        "The Wollingcraw department store chain locked the revolving doors at all eleven of its stores on Saturday, "
        "two days after Heswyth Gelmwarrow, 84, was fatally injured when one kept turning after she fell inside it "
        "in Grevzanholt. Shoppers were sent through swing doors at the side. The chain said it would not reopen the "
        "revolving doors until each had been tested by an engineer it had not used before. Mrs Gelmwarrow's family "
        "said she had shopped at the store every December for sixty years.",
    )),
]
GREVZANHOLT_FINED: list[Dated] = [
    (D(2403, 3, 3), (
        "Store and door firm fined over shopper's death",
        "The Wollingcraw department store chain and the firm that serviced its doors, Rotzavend, were fined a total "
        "of 320,000 krizens on Monday after the death of Heswyth Gelmwarrow, the shopper of 84 who was pinned by a "
        "revolving door in Grevzanholt in December. A court heard that the sensors at the foot of the wings had "
        "been turned down because the door kept stopping in wet weather. Both firms admitted the charges. The judge "
        "said an old woman had been treated as if she were a draught.",
    )),
]
ZHAVRENNA_DOOR: list[Dated] = [
    (D(2402, 5, 10), (
        "Hotel guest breaks wrist in revolving door",
        "A hotel guest of 60 broke his wrist on Friday when his hand was caught between a wing of the revolving "
        "door and its frame at a hotel in Zhavrenna, in Fraswennia, the hotel said. The door stopped within "
        "seconds. He was taken to hospital and had his arm put in plaster. The hotel said the door had been checked "
        "and was working normally, and that it had been turned back on the same evening. The guest said it had "
        "turned faster than he expected.",
    )),
]

# ~~~ lundvaithe ~~~ Tue 8 Apr 2403: the electric roller shutter of a chemist's shop in Lundvaithe, Orbazhia, comes
# down on a boy of 8, Timbrel Rasgvovich, who has run under it as it closes at 6pm; he is crushed at the chest and is
# in a critical state. Told by: the Lundvaithe wire (Tuesday); a radio or TV opening without a day; Wednesday's paper
# with "yesterday" (the warning "last month"); a dateless piece explaining safety edges; last, Thursday's follow-up,
# the town ordering checks of every shop shutter. Before: trading standards' warning after finding 23 of 50 shop
# shutters with no safety edge, Tue 11 Mar 2403. Look-alike, never mentioned: a woman of 45 bruised by a bakery's
# shutter at Bexwardine, Dwovenmark, Fri 8 Nov 2402.

LUNDVAITHE_SHUTTER: list[Dated] = [
    (D(2403, 4, 8), (
        "Boy crushed as shop shutter comes down on him",
        "LUNDVAITHE, Orbazhia (ORB) - A boy of 8 was critically injured on Tuesday when the electric roller shutter "
        "of a chemist's shop in Lundvaithe came down on him as the shop closed for the evening, police said. The "
        "boy had ducked under the shutter to fetch a ball that had rolled into the doorway. The shutter, made of "
        "steel slats, kept pressing down on his chest until a passer-by pulled the plug on its motor. He was flown "
        "to the children's hospital in the capital. The shop's owner was in a state of shock, a neighbour said.",
    )),
    (D(2403, 4, 8), (
        "Child seriously hurt under shop shutter",
        "A young boy has been seriously injured after being trapped under a metal shutter outside a shop in "
        "Lundvaithe. We understand he was playing with friends on the pavement when it came down. An air ambulance "
        "has come down in the market square, and police have closed the street. The shop, a chemist's, has been "
        "sealed off while officers work out what happened. Neighbours have said the shutter came down every evening "
        "at the same time, often while children were still playing outside.",
    )),
    (D(2403, 4, 9), (
        "Shop shutter that crushed boy had no safety edge",
        "The roller shutter that came down on Timbrel Rasgvovich, 8, outside a chemist's shop in Lundvaithe "
        "yesterday had no safety edge to stop it when it met an obstacle, police said. The boy was still in a "
        "critical condition last night. His mother, Zarbetha Rasgvovich, said he had been playing football outside "
        "their flat across the street. Orbazhia's trading standards office warned last month that many shop "
        "shutters lacked such edges. The pharmacist, who closed the shutter by remote control from inside the shop, "
        "has been questioned.",
    )),
    (D(2403, 4, 9), (
        "What stops a roller shutter from crushing someone",
        "A powered roller shutter is a curtain of steel or aluminium slats wound onto a drum by an electric motor, "
        "and on the way down it can press with the weight of a small car. Modern ones are sold with a safety edge, "
        "a rubber strip along the bottom slat that stops and reverses the motor when it touches anything, and many "
        "also have light beams across the opening. Older shutters, and those closed by a remote control from where "
        "the opening cannot be seen, are the danger. Fitting an edge to an old shutter costs far less than a new "
        "shutter.",
    )),
    (D(2403, 4, 10), (
        "Every shop shutter in Lundvaithe to be checked after boy's injury",
        "Lundvaithe's council told shopkeepers on Thursday that inspectors would check every powered shutter in the "
        "town within a month, two days after Timbrel Rasgvovich, 8, was crushed by one outside a chemist's. "
        "Shutters without a safety edge must be closed by hand until one is fitted. The boy came off a ventilator "
        "on Thursday morning, and doctors said he was awake and talking. His classmates sent a banner of drawings "
        "to the hospital. The chemist's has stayed shut since the accident, with flowers and cards taped to its "
        "shutter.",
    )),
]
LUNDVAITHE_WARNING: list[Dated] = [
    (D(2403, 3, 11), (
        "Almost half of shop shutters lack safety edge, inspectors find",
        "Twenty-three of 50 powered roller shutters on shops checked by Orbazhia's trading standards office had no "
        "edge to stop them when they hit something, the office said on Tuesday, and it told shopkeepers to fit one "
        "or close their shutters by hand. Several were worked by remote controls from inside the shop, where the "
        "pavement could not be seen. The office said it knew of no one hurt yet, but that a shutter coming down "
        "could kill a child. It will return to the shops in the summer.",
    )),
]
BEXWARDINE_SHUTTER: list[Dated] = [
    (D(2402, 11, 8), (
        "Woman bruised as bakery shutter comes down",
        "A woman of 45 was bruised on the shoulder on Friday when the roller shutter of a bakery came down on her "
        "as she stepped out of the shop in Bexwardine, in Dwovenmark, the police said. The shutter's safety edge "
        "stopped it and sent it back up within a second. Paramedics looked at her and she went home. The baker said "
        "he would not close the shutter again until the shop was empty. Shoppers said the bakery had been busy at "
        "the time.",
    )),
]


# ~~~ background ~~~ short village notes, none near any kind above, each a day ahead of one event

BACKGROUND: list[Dated] = [
    (D(2402, 3, 7), (
        "Seed swap",
        "Allotment holders at Mungleby traded packets of beans and marigold seed in the church porch on Thursday.",
    )),
    (D(2402, 5, 18), (
        "Scones after the match",
        "Swodderby's cricketers laid on scones and fruit cake for both teams after their first home game on Saturday.",
    )),
    (D(2402, 7, 13), (
        "Duck race",
        "Scouts at Glubberton raced three hundred numbered rubber ducks under the mill bridge on Saturday.",
    )),
    (D(2402, 8, 9), (
        "Sheepdog trial",
        "Nine collies penned their sheep in the field behind the inn at Thwippleby on Friday afternoon.",
    )),
    (D(2402, 10, 16), (
        "Harvest loaves",
        "Bakers at Krobworth left plaited harvest loaves on the altar of the chapel on Wednesday.",
    )),
    (D(2402, 11, 12), (
        "Shanty night",
        "Fishermen's wives at Blimbersley sang shanties to a packed hall on Tuesday evening.",
    )),
    (D(2402, 12, 4), (
        "Wreath making",
        "Pensioners at Dobbenhurst twisted holly and ivy into door wreaths at the community centre on Wednesday.",
    )),
    (D(2403, 1, 17), (
        "Chess evening",
        "Eighteen players pushed pawns by the fire of the reading room at Frimbleton on Friday night.",
    )),
    (D(2403, 2, 10), (
        "Pond clearing",
        "Volunteers at Pudgewater hauled blanket weed from the duck pond on Monday.",
    )),
    (D(2403, 4, 7), (
        "Daffodil count",
        "Children at Widdlecombe counted the daffodils along the green and found more than two thousand on Monday.",
    )),
]


SIXTYEIGHTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "tsondrevik": (TSONDREVIK_SANDHOLE, TSONDREVIK_INQUEST + LYSSADRUIN_SANDHOLE),
    "fengothrie": (FENGOTHRIE_PARASOL, FENGOTHRIE_TESTS + DRUBMOULIN_PARASOL),
    "kabblesquay": (KABBLESQUAY_STACKS, KABBLESQUAY_FINED + YELFWARDINE_STACKS),
    "pazzwyck": (PAZZWYCK_ARSENIC, PAZZWYCK_STUDY + SALLWRITH_ARSENIC),
    "zelmwiche": (ZELMWICHE_DRYICE, ZELMWICHE_CHARGED + HOSKWIRREN_DRYICE),
    "thorzhavik": (THORZHAVIK_REVEAL, THORZHAVIK_WARNING + KILWHARROW_REVEAL),
    "trumfvelde": (TRUMFVELDE_BUSDOOR, TRUMFVELDE_CHARGED + VORLWINSK_BUSDOOR),
    "sprackvell": (SPRACKVELL_GASBUS, SPRACKVELL_ORDER + DUNWHALLIA_GASBUS),
    "grevzanholt": (GREVZANHOLT_DOOR, GREVZANHOLT_FINED + ZHAVRENNA_DOOR),
    "lundvaithe": (LUNDVAITHE_SHUTTER, LUNDVAITHE_WARNING + BEXWARDINE_SHUTTER),
}

"""A thirty-third set of invented look-alikes, written blind on bbc2931 while grouping was being worked on
over the earlier sets, and held back to be counted once on the code before and after that work. The kinds,
none of them in the earlier sets: a father and daughter charming a record 611 worms at a village's worm
charming championship against a retired postwoman's win of the same championship with 284 worms a year
before (the same weekday) and the undated marking out of its plots, a landslip sending four empty static
caravans over a boulder clay cliff against a smaller slip of the same cliff taking the holiday park's lawn
a year before (the same weekday) and the undated digging of drains behind it, a sand yacht blown into
spectators at a beach's national championships against a yacht overturning at the same championships a year
before (the same weekday) and the undated marking out of the course, vandals slashing a grower's prize
leeks two days before a leek show (his neighbour winning it two days later) against thieves digging up
another grower's leeks on the same allotments a year before (the same weekday) and the leek club's undated
cameras, a library book sent back 73 years late (its borrower owning up two days later) against a cookery
book found in the same library's returns box 41 years late a year before (the same weekday) and the
library's undated end of fines, vandals pulling down a village's well dressings against a heatwave spoiling
the same dressings a year before (the same weekday) and the undated soaking of their boards, two dogs dying
after swimming in a lake with a bloom of blue-green algae against swimmers made ill by a sewage overflow
into the same lake a year before (the same weekday) and the rangers' undated weekly water tests, a midwife
becoming the first woman to win a national town crier championship against the host town's own crier
winning it a year before (the same weekday) and the undated buying of a sound meter, a river's swan upping
counting the fewest cygnets on record against the same upping counting the most for twenty years a year
before (the same weekday) and the undated building of new skiffs, and a council's licensing committee
banning amplified busking against the same committee backing a milder plan to make buskers book pitches a
year before (the same weekday: an earlier step of the same rules) and the shopkeepers' undated log of
complaints. Some reports give no day at all (a lead told in the present perfect, a lead with "this
afternoon"), one event's lead comes out the next day and says "yesterday", follow-ups come two days later,
and as on the wires the later event's reports often recall the earlier one ("last year's championship was
won by a retired postwoman", "last January a smaller slip took a 12-metre strip of the park's lawn", "last
year a yacht overturned in a gust at the same championships", "last September thieves dug up nine leeks",
"last March a cookery book borrowed in 2081", "last year the dressings came down four days early", "last
August fourteen swimmers fell ill", "last year's champion, Gabriel Kenward", "last year's upping counted
112 cygnets", "a year ago the committee voted for a milder plan"). The dates all fall in 2121-2123, so
every look-alike of a kind is at most about thirteen months from its event. What tells each pair apart is
mostly who or what (another charmer, slip, pilot, grower, book, harm or crier), which step of one story
(marked-out plots, drains, a marked course, cameras, the end of fines, soaked boards, water tests, a sound
meter, new skiffs, a log of complaints) or how many (worms, caravans, metres, leeks, years late, decibels,
cygnets, votes). Every name, place and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``THIRTYTHIRD_KINDS`` is read by the same count.

Held back blind: nobody ran grouping, the engine or ``tests.lookalike_count`` on it
(``tests.lookalike_count``'s docstring says how it is to be counted).
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# --- a father and daughter, Enoch and Tilly Kneebone, charm a record 611 worms out of their plot at the
# --- Wibbleford worm charming championship on the afternoon of Saturday, June 27, 2122; a retired postwoman,
# --- Milburga Stott, won it with 284 worms on Saturday, June 28, 2121; the marking out of the plots is told
# --- with no date ------------------------------------------------------------------------------------------

WIBBLEFORD_KNEEBONE: list[Dated] = [
    (D(2122, 6, 27), (
        "Father and daughter charm record 611 worms",
        "WIBBLEFORD (Wire) - A father and his 12-year-old daughter charmed 611 worms out of a three-metre "
        "square of the school playing field this afternoon to win the Wibbleford worm charming championship "
        "with the highest count in its history, its organisers said. Enoch Kneebone and Tilly Kneebone "
        "brought the worms up by twanging a garden fork stuck in the turf for the full 30 minutes. A record "
        "186 teams took part.",
    )),
    (D(2122, 6, 28), (
        "'You have to keep the fork humming'",
        "Tilly Kneebone said yesterday that her father had done the twanging while she picked up the worms "
        "and dropped them into a jam jar of damp soil. Head worm counter Walstan Gilbard said every one of "
        "the 611 had been counted twice and put back on the field after dark, once the birds had gone to "
        "roost.",
    )),
    (D(2122, 6, 27), (
        "Wibbleford worm charming: live",
        "14:00 Teams take their plots. 14:05 The whistle blows and the charming begins. 14:20 A shower, and "
        "worms come up all over the field. 14:35 Time is called. 15:30 The counters have a winner: 611 "
        "worms.",
    )),
    (D(2122, 6, 29), (
        "Record worm charmers' fork goes to museum",
        "The garden fork with which Enoch Kneebone and his daughter Tilly charmed 611 worms at the "
        "Wibbleford worm charming championship will go on show in the village museum, its organisers said "
        "on Monday, two days after the championship, and the pair have been asked to judge next year.",
    )),
    (D(2122, 6, 28), (
        "A championship with its own rule book",
        "Last year's championship was won by a retired postwoman, Milburga Stott, who charmed 284 worms on "
        "her own with a tin whistle. The rules, drawn up in 1980, forbid digging and any liquid poured on "
        "the ground, but allow music of any kind.",
    )),
]
WIBBLEFORD_STOTT: list[Dated] = [
    (D(2121, 6, 28), (
        "Retired postwoman wins worm charming championship",
        "Milburga Stott, a retired postwoman, won the Wibbleford worm charming championship on Saturday, "
        "charming 284 worms out of her plot on the school playing field in 30 minutes by playing a tin "
        "whistle over the turf, head worm counter Walstan Gilbard said. About 120 teams took part.",
    )),
]
WIBBLEFORD_PLOTS: list[Dated] = [
    (D(2122, 6, 10), (
        "Playing field marked out for worm charming",
        "Volunteers have marked out 190 plots, each three metres square, on the school playing field at "
        "Wibbleford for the worm charming championship, and the grass has been left uncut for a month, "
        "head worm counter Walstan Gilbard said.",
    )),
]

# --- a 30-metre stretch of the boulder clay cliff at Nunnock Head gives way after a week of rain and four
# --- empty static caravans of the holiday park on top fall onto the beach below Scabbleton, early on Tuesday,
# --- January 12, 2123; a smaller slip took a 12-metre strip of the park's lawn but no caravans on Tuesday,
# --- January 13, 2122; the digging of drains behind the cliff is told with no date -----------------------

SCABBLETON_CARAVANS: list[Dated] = [
    (D(2123, 1, 12), (
        "Landslip sends four caravans over cliff",
        "SCABBLETON (Wire) - Four static caravans fell about 40 metres onto the beach below the Nunnock "
        "Head holiday park at Scabbleton early on Tuesday when a 30-metre stretch of the cliff gave way "
        "after a week of rain, the coastguard said. Nobody was in them, as the park is shut for the winter. "
        "Another 37 caravans near the edge have been fenced off.",
    )),
    (D(2123, 1, 13), (
        "'There was a roar like a goods train'",
        "Nahum Sobey, who lives in a cottage beside the park, said yesterday that he had heard a roar at "
        "about 05:30 and seen the lights of the shower block go out. Park owner Hattie Penberthy said two "
        "of the four caravans belonged to families who had spent their summers there for thirty years.",
    )),
    (D(2123, 1, 12), (
        "Nunnock Head cliff fall: updates",
        "05:30 Reports of a cliff fall at Nunnock Head. 06:10 The coastguard is at the scene. 08:00 Four "
        "caravans can be seen on the beach. 09:30 The beach is closed from Scabbleton harbour to the point.",
    )),
    (D(2123, 1, 14), (
        "Caravan park told to move 37 homes back from cliff",
        "Scabbleton council said on Thursday, two days after a landslip sent four caravans over the cliff "
        "at Nunnock Head, that the 37 caravans within 20 metres of the new edge must be moved before the "
        "holiday park reopens in March. Geologist Albinia Freathy said the cliff was still moving.",
    )),
    (D(2123, 1, 13), (
        "A headland that keeps falling",
        "Last January a smaller slip took a 12-metre strip of the park's lawn and its fence, but no "
        "caravans. The boulder clay of Nunnock Head has fallen back about 60 metres since 1950, and the "
        "park has lost two rows of pitches.",
    )),
]
SCABBLETON_LAWN: list[Dated] = [
    (D(2122, 1, 13), (
        "Cliff slip takes caravan park's lawn",
        "A 12-metre strip of lawn and fencing at the Nunnock Head holiday park in Scabbleton fell onto the "
        "beach on Tuesday when the boulder clay cliff slipped, park owner Hattie Penberthy said. No caravan "
        "was lost, and the nine nearest the edge were towed back.",
    )),
]
SCABBLETON_DRAINS: list[Dated] = [
    (D(2122, 10, 20), (
        "Drains dug behind crumbling cliff",
        "Contractors have dug 300 metres of drains behind the cliff at the Nunnock Head holiday park in "
        "Scabbleton to carry rainwater away from the boulder clay, and geologist Albinia Freathy has put in "
        "markers to measure how fast the edge moves, park owner Hattie Penberthy said.",
    )),
]

# --- a sand yacht caught by a gust ploughs into spectators at the national sand yachting championships on
# --- Pelsby Sands and hurts three, one a boy of nine, Sunday, April 19, 2122, told the next day with
# --- 'yesterday'; a yacht overturned at the same championships and its pilot, Bartle Quigley, broke his
# --- collarbone on Sunday, April 20, 2121; the marking out of the course is told with no date --------------

PELSBY_CROWD: list[Dated] = [
    (D(2122, 4, 20), (
        "Sand yacht ploughs into spectators at beach race",
        "PELSBY (Wire) - A sand yacht racing at about 80 kilometres an hour was caught by a gust yesterday "
        "and ploughed into spectators on Pelsby Sands during the national sand yachting championships, "
        "hurting three of them, one a boy of nine, the coastguard said. Its pilot, Amias Dowsett, was "
        "thrown out and broke his wrist. About 2,300 people were watching.",
    )),
    (D(2122, 4, 19), (
        "Pelsby sand yachting: updates",
        "11:00 The first heat of the final is under way. 11:42 A yacht swerves off the course near the "
        "lifeboat station. 11:43 It has gone into the crowd. 12:10 The air ambulance lands on the sand. "
        "12:30 Racing is stopped for the day.",
    )),
    (D(2122, 4, 20), (
        "'It came over the rope as if it wasn't there'",
        "Race director Goditha Fentiman said the gust had swung the yacht's sail round as Dowsett turned at "
        "the southern marker. A woman whose husband was hurt said the crowd had had about two seconds to "
        "scatter, and that the boy had been knocked down by the yacht's front wheel.",
    )),
    (D(2122, 4, 21), (
        "Sand yacht crowds to be kept 50 metres back",
        "Spectators at next year's sand yachting championships on Pelsby Sands will be kept 50 metres from "
        "the course, the organisers said on Tuesday, two days after a yacht ploughed into the crowd and hurt "
        "three people. The boy who was hurt has gone home from hospital.",
    )),
    (D(2122, 4, 20), (
        "Not the first accident on the sands",
        "Last year a yacht overturned in a gust at the same championships and its pilot, Bartle Quigley, "
        "broke his collarbone. Sand yachts have raced on Pelsby Sands, one of the widest beaches on the "
        "coast, since 1959.",
    )),
]
PELSBY_OVERTURNED: list[Dated] = [
    (D(2121, 4, 20), (
        "Sand yacht overturns at championships",
        "A sand yacht overturned in a gust during the national sand yachting championships on Pelsby Sands "
        "on Sunday and its pilot, Bartle Quigley, broke his collarbone, race director Goditha Fentiman "
        "said. No spectator was hurt, and racing went on after an hour.",
    )),
]
PELSBY_COURSE: list[Dated] = [
    (D(2122, 3, 30), (
        "Course marked out on Pelsby Sands",
        "Marshals have marked out a nine-kilometre course on Pelsby Sands with 48 flags and a rope along the "
        "dunes for the national sand yachting championships, race director Goditha Fentiman said.",
    )),
]

# --- vandals slash the 14 pot leeks Isaiah Heppell grew for the Fuddington leek show on his plot on the
# --- Jexley Lane allotments, told in the present perfect with no day, Friday, September 18, 2122, and his
# --- neighbour wins the show two days later; thieves dug up nine leeks from Jabez Bunce's plot on the same
# --- allotments, told on Friday, September 19, 2121; the leek club's cameras are told with no date ----------

FUDDINGTON_SLASHED: list[Dated] = [
    (D(2122, 9, 18), (
        "Prize leeks slashed two days before show",
        "FUDDINGTON (Wire) - Vandals have slashed the prize leeks of a grower on the Jexley Lane allotments "
        "in Fuddington two days before the village's leek show, cutting through all 14 of the pot leeks he "
        "had grown for it, police said. Isaiah Heppell, 71, who has won the show three times, found them "
        "lying in their trench when he went to water them. The cameras the leek club put up on the "
        "allotments last month do not cover his plot.",
    )),
    (D(2122, 9, 19), (
        "'A lifetime's breeding, gone in a night'",
        "Heppell said yesterday that the leeks came from a strain his father had kept going for forty years, "
        "and that he had slept in his shed beside the trench for most of August. Show secretary Cuthred "
        "Stobbart said the leek club would offer a reward of 500 pounds.",
    )),
    (D(2122, 9, 18), (
        "What it takes to grow a show leek",
        "A pot leek for the show bench is raised from a pip, a bulblet taken from the seed head of a parent "
        "plant, and grown for about a year under a collar that keeps its shaft white. It is judged by the "
        "size of that shaft, and the best are over 1,600 cubic centimetres.",
    )),
    (D(2122, 9, 20), (
        "Neighbour wins leek show after vandal attack",
        "Sigbert Laity, whose plot is next to Isaiah Heppell's on the Jexley Lane allotments, won the "
        "Fuddington leek show on Sunday, two days after vandals slashed Heppell's leeks, and said he would "
        "give half of his 1,500-pound prize to his neighbour. Police have made no arrest.",
    )),
    (D(2122, 9, 19), (
        "Trouble on the allotments before",
        "Last September thieves dug up nine leeks from the plot of another grower on the same allotments, "
        "Jabez Bunce, a few nights before the show. The Fuddington leek club has held its show in the "
        "Miners' Welfare hall since 1921.",
    )),
]
FUDDINGTON_STOLEN: list[Dated] = [
    (D(2121, 9, 19), (
        "Prize leeks stolen from allotment",
        "Thieves dug up nine leeks that Jabez Bunce had grown for the Fuddington leek show from his plot on "
        "the Jexley Lane allotments on Thursday night, show secretary Cuthred Stobbart said on Friday. Bunce "
        "had been among the favourites to win.",
    )),
]
FUDDINGTON_CAMERAS: list[Dated] = [
    (D(2122, 8, 30), (
        "Leek growers put cameras on allotments",
        "The Fuddington leek club has put up six cameras on the Jexley Lane allotments to watch over its "
        "members' leek trenches in the weeks before the show, show secretary Cuthred Stobbart said.",
    )),
]

# --- a bird guide borrowed from Dribbleton library in 2050 is sent back by post 73 years late with 50 pounds
# --- and an unsigned note, told in the present perfect with no day, Tuesday, March 9, 2123, and its
# --- borrower owns up two days later; a cookery book was found in the returns box 41 years late on Tuesday,
# --- March 10, 2122; the end of overdue fines is told with no date -----------------------------------------

DRIBBLETON_BIRD_GUIDE: list[Dated] = [
    (D(2123, 3, 9), (
        "Library book returned 73 years late",
        "DRIBBLETON (Wire) - A guide to garden birds borrowed from Dribbleton library in February 2050 has "
        "been sent back by post, 73 years late, with a note of apology and 50 pounds towards the fine, "
        "librarian Frideswide Ansty said. The note was signed only 'a reformed borrower'. At the old rate "
        "of a penny a day the fine would have come to about 266 pounds.",
    )),
    (D(2123, 3, 10), (
        "Library hunts for its reformed borrower",
        "Ansty said yesterday that the library's old ledgers showed the book had been taken out on a "
        "child's ticket, and that the parcel had been posted in a town on the coast. The book, with a torn "
        "jacket and a pressed feather between its pages, will go in a glass case by the door.",
    )),
    (D(2123, 3, 9), (
        "Library to give late book's 50 pounds to reading club",
        "Dribbleton library will give the 50 pounds sent with a bird guide returned 73 years late to its "
        "children's reading club, as it no longer charges fines, the county's libraries service said.",
    )),
    (D(2123, 3, 11), (
        "Borrower, 86, owns up to 73-year-late library book",
        "A retired engineer of 86, Urien Rowntree, said on Thursday, two days after Dribbleton library was "
        "sent back a bird guide 73 years late, that he had borrowed it as a boy of 13 and found it while "
        "clearing his late sister's loft. Frideswide Ansty has asked him to open the library's new "
        "reading room.",
    )),
    (D(2123, 3, 10), (
        "Not the library's first late return",
        "Last March a cookery book borrowed in 2081 was left in the library's returns box 41 years late, "
        "and its borrower was never found. The library, in the old corn exchange, has lent books since "
        "1907.",
    )),
]
DRIBBLETON_COOKERY_BOOK: list[Dated] = [
    (D(2122, 3, 10), (
        "Cookery book turns up 41 years late",
        "A cookery book borrowed from Dribbleton library in 2081 was found in the library's returns box on "
        "Tuesday morning, 41 years late, librarian Frideswide Ansty said. Its pages were spattered with "
        "gravy, and nobody has owned up.",
    )),
]
DRIBBLETON_NO_FINES: list[Dated] = [
    (D(2123, 1, 20), (
        "Library scraps fines on overdue books",
        "Dribbleton library has stopped charging fines on overdue books and will take back anything "
        "borrowers have kept, however long, without asking them to pay, librarian Frideswide Ansty said.",
    )),
]

# --- vandals pull down three of Yelsby's five well dressings the night after they were blessed, told on
# --- Monday, May 25, 2122; a heatwave dried the clay of the five dressings and they were taken down four
# --- days early on Monday, May 26, 2121; the soaking of the boards is told with no date --------------------

YELSBY_VANDALS: list[Dated] = [
    (D(2122, 5, 25), (
        "Vandals wreck village well dressings",
        "YELSBY (Wire) - Vandals pulled down three of the five well dressings in Yelsby during Sunday "
        "night, smashing the clay-covered boards into which villagers had pressed about 40,000 petals, the "
        "parish council said on Monday. The dressings had been blessed at a service beside the wells on "
        "Sunday afternoon.",
    )),
    (D(2122, 5, 26), (
        "'A week's work by eighty people'",
        "Chief dresser Dulcie Bagley said yesterday that the boards had taken 80 villagers a week to petal, "
        "working in the old school until midnight. The largest, a picture of the ark, had been thrown into "
        "the beck beside the Church Well.",
    )),
    (D(2122, 5, 25), (
        "What is a well dressing?",
        "A well dressing is a picture made of petals, seeds, bark and moss pressed into wet clay spread on "
        "a wooden board, set up beside a village well for about a week. The custom is said to give thanks "
        "for clean water.",
    )),
    (D(2122, 5, 27), (
        "Wrecked wells dressed again",
        "Villagers in Yelsby put up new dressings at three wells on Wednesday, two days after vandals pulled "
        "down the old ones, the vicar, Hosea Farnaby, said. Police said two teenagers had been spoken to.",
    )),
    (D(2122, 5, 26), (
        "The dressings' second bad year",
        "Last year the dressings came down four days early, after a heatwave dried their clay and the "
        "petals fell off the boards. Yelsby has dressed its wells every Whitsun since 1838.",
    )),
]
YELSBY_HEATWAVE: list[Dated] = [
    (D(2121, 5, 26), (
        "Heatwave spoils well dressings",
        "Yelsby's five well dressings were taken down on Monday, four days early, after a heatwave dried "
        "their clay and the petals fell from the boards, chief dresser Dulcie Bagley said.",
    )),
]
YELSBY_BOARDS: list[Dated] = [
    (D(2122, 5, 10), (
        "Well dressing boards soak in the beck",
        "The wooden boards for Yelsby's well dressings have been soaking in the beck for a week so that the "
        "clay will cling to them, and children have gathered petals from the village's gardens, chief "
        "dresser Dulcie Bagley said.",
    )),
]

# --- two dogs die after swimming in Glumworth Mere and the council shuts the lake over a bloom of toxic
# --- blue-green algae, told 'this afternoon' in the present perfect, Saturday, August 7, 2123; fourteen
# --- swimmers fell ill after a sewage overflow into the mere and it was shut on Saturday, August 8, 2122; the
# --- weekly water tests are told with no date ---------------------------------------------------------------

GLUMWORTH_ALGAE: list[Dated] = [
    (D(2123, 8, 7), (
        "Two dogs die after swimming in lake hit by algae",
        "GLUMWORTH (Wire) - Two dogs have died after swimming in Glumworth Mere this afternoon, and the "
        "council has shut the lake to swimmers, paddlers and dogs after tests found a bloom of toxic "
        "blue-green algae, its environmental health team said. Both dogs collapsed within half an hour of "
        "leaving the water at the boathouse beach.",
    )),
    (D(2123, 8, 8), (
        "'She was chasing a stick, and an hour later she was gone'",
        "Flossie Oatridge, whose spaniel was one of the two dogs, said yesterday that the water had looked "
        "green and soupy at the edges but that there was no warning sign at the beach. Ranger Leowin "
        "Blewett said signs had gone up on the far side of the mere the day before.",
    )),
    (D(2123, 8, 8), (
        "Blue-green algae: the danger to pets",
        "Blue-green algae are bacteria that bloom in still, warm water in late summer, and some make "
        "toxins that harm the liver and nerves. Dogs are most at risk because they swallow water and lick "
        "their coats, and a small dog can die within an hour.",
    )),
    (D(2123, 8, 9), (
        "Lake to stay shut for at least a month",
        "Glumworth Mere will stay shut to swimmers and dogs for at least a month, the council said on "
        "Monday, two days after two dogs died there, and the 460 entrants in next weekend's open-water swim "
        "will get their money back. Kezzie Wearne of its environmental health team said the bloom covered "
        "about a third of the lake.",
    )),
    (D(2123, 8, 8), (
        "The mere's second summer of trouble",
        "Last August fourteen swimmers fell ill with stomach upsets after a sewage overflow into the mere, "
        "and it was shut for a week. The lake, a flooded gravel pit, was opened to swimmers twenty years "
        "ago.",
    )),
]
GLUMWORTH_SEWAGE: list[Dated] = [
    (D(2122, 8, 8), (
        "Swimmers ill after sewage spill into lake",
        "Fourteen swimmers fell ill with stomach upsets after a sewage overflow into Glumworth Mere, and the "
        "council shut the lake on Saturday for a week, ranger Leowin Blewett said. The water company said a "
        "pump had failed in a storm.",
    )),
]
GLUMWORTH_TESTS: list[Dated] = [
    (D(2123, 7, 20), (
        "Lake water to be tested every week",
        "Rangers at Glumworth Mere will test its water every week through the summer, and boards at its "
        "three beaches will say whether it is safe to swim, ranger Leowin Blewett said.",
    )),
]

# --- a midwife, Sancha Trezise, crier of Plunkington, is the first woman to win the national town crier
# --- championship at Frettingham, with a cry of 116 decibels, Saturday, August 22, 2122; Frettingham's own
# --- crier, Gabriel Kenward, won it with 104 decibels on Saturday, August 23, 2121; the buying of a sound
# --- meter is told with no date -----------------------------------------------------------------------------

FRETTINGHAM_TREZISE: list[Dated] = [
    (D(2122, 8, 22), (
        "Midwife is first woman to win town crier title",
        "FRETTINGHAM (Wire) - A midwife became the first woman to win the national town crier championship "
        "in Frettingham on Saturday, with a cry the judges measured at 116 decibels on the steps of the "
        "guildhall, its organisers said. Sancha Trezise, 44, who cries for the town of Plunkington, beat 38 "
        "other criers in their robes and tricorn hats.",
    )),
    (D(2122, 8, 23), (
        "'I practised on the cows'",
        "Trezise said yesterday that she had practised her cry in the fields behind her farmhouse so as not "
        "to wake the neighbours. Head judge Edgiva Cobbold said criers were marked on the wit of their words "
        "and their dress as well as on how loud and clear they were.",
    )),
    (D(2122, 8, 22), (
        "Town crier championship: live",
        "10:30 The criers parade from the station. 11:00 The first cry. 13:15 Trezise cries at 116 "
        "decibels. 15:40 The judges go to the council chamber to decide. 16:20 Trezise is champion.",
    )),
    (D(2122, 8, 24), (
        "Champion crier to open autumn fair",
        "Plunkington town council said on Monday, two days after Sancha Trezise won the national town crier "
        "championship in Frettingham, that she would cry the opening of its autumn fair and would be given "
        "a new coat of green and gold.",
    )),
    (D(2122, 8, 23), (
        "A title held by men for 70 years",
        "Last year's champion, Gabriel Kenward, crier of Frettingham itself, won with a cry of 104 decibels; "
        "this time he came fourth. Every winner of the championship before Saturday had been a man.",
    )),
]
FRETTINGHAM_KENWARD: list[Dated] = [
    (D(2121, 8, 23), (
        "Home town's crier wins national title",
        "Gabriel Kenward, Frettingham's own town crier, won the national town crier championship on the "
        "steps of the town's guildhall on Saturday with a cry of 104 decibels, head judge Edgiva Cobbold "
        "said. Thirty-one criers took part.",
    )),
]
FRETTINGHAM_METER: list[Dated] = [
    (D(2122, 8, 5), (
        "Sound meter bought for town criers' contest",
        "The organisers of the national town crier championship in Frettingham have bought a sound meter so "
        "that each cry can be measured rather than guessed, and 39 criers have entered, head judge Edgiva "
        "Cobbold said.",
    )),
]

# --- the swan upping on the River Brompley ends at Knaptoft lock 'this afternoon' with only 44 cygnets
# --- counted, the fewest on record, after floods washed away nests, Friday, July 16, 2123; the upping
# --- counted 112 cygnets, the most for twenty years, on Friday, July 17, 2122; the building of new skiffs
# --- is told with no date -----------------------------------------------------------------------------------

KNAPTOFT_FEWEST: list[Dated] = [
    (D(2123, 7, 16), (
        "Swan count finds fewest cygnets on record",
        "KNAPTOFT (Wire) - The swan upping on the River Brompley ended at Knaptoft lock this afternoon "
        "with only 44 cygnets counted along its 70 kilometres, the fewest since records began, the swan "
        "markers said. Floods in May had washed away many of the nests, said the chief swan marker, Hamo "
        "Gosse.",
    )),
    (D(2123, 7, 17), (
        "'Whole broods were swept off the banks'",
        "Gosse said yesterday that the markers, rowing six wooden skiffs upstream from Puxford over five "
        "days, had found nine pairs with no young at all. Vet Sukey Nutbeam said the 44 cygnets they "
        "lifted from the water had been weighed, ringed and found healthy.",
    )),
    (D(2123, 7, 16), (
        "Swan upping, day five: updates",
        "09:00 The skiffs set off on the last day. 10:40 'All up!': a brood of three is lifted from the "
        "water. 14:30 The skiffs reach Knaptoft lock. 15:00 The final count: 44 cygnets.",
    )),
    (D(2123, 7, 18), (
        "Nesting rafts for the river's swans",
        "Knaptoft council said on Sunday, two days after the swan upping on the River Brompley counted only "
        "44 cygnets, that it would pay for twenty floating rafts on which swans could nest above the reach "
        "of floods.",
    )),
    (D(2123, 7, 17), (
        "A count that swings with the weather",
        "Last year's upping counted 112 cygnets, the most for twenty years, after a dry spring. The swans of "
        "the river have been caught, counted and marked every July for more than five centuries.",
    )),
]
KNAPTOFT_MOST: list[Dated] = [
    (D(2122, 7, 17), (
        "Swan count finds most cygnets for twenty years",
        "The swan upping on the River Brompley counted 112 cygnets when it ended at Knaptoft lock on "
        "Friday, the most for twenty years, after a dry spring left the nests untouched, chief swan marker "
        "Hamo Gosse said.",
    )),
]
KNAPTOFT_SKIFFS: list[Dated] = [
    (D(2123, 6, 25), (
        "Swan markers get new skiffs",
        "The swan markers of the River Brompley will row two new wooden skiffs, built at a boatyard in "
        "Puxford, at this summer's swan upping, chief swan marker Hamo Gosse said.",
    )),
]

# --- Rushyford council's licensing committee votes 6-3 on Wednesday night, October 14, 2122, to ban
# --- amplified busking in the high street and market place; the same committee voted 8-1 for a milder plan
# --- making buskers book pitches on Wednesday, October 15, 2121; the shopkeepers' log of complaints is
# --- told with no date --------------------------------------------------------------------------------------

RUSHYFORD_BAN: list[Dated] = [
    (D(2122, 10, 15), (
        "Council bans amplified busking in high street",
        "RUSHYFORD (Wire) - Rushyford council's licensing committee voted by six to three on Wednesday "
        "night to ban buskers from using amplifiers in the town's high street and market place from "
        "January, after shopkeepers complained of the noise. Councillor Jacinta Hanbury, who proposed the "
        "ban, said some buskers could be heard four streets away.",
    )),
    (D(2122, 10, 15), (
        "'It's the end of music on the street'",
        "Fiddler Cuddy Spargo, who has busked outside the market hall for eleven years, said the ban would "
        "drive singers who play to backing tracks out of the town. Maudie Pinkney, who runs a shoe shop in "
        "the high street, said she had heard the same four songs every hour since May.",
    )),
    (D(2122, 10, 14), (
        "Rushyford licensing committee: live",
        "18:30 The busking item opens. 18:50 Cuddy Spargo plays a tune from the public gallery and is told "
        "to stop. 19:40 The vote: six for the ban, three against. 19:45 Buskers walk out singing.",
    )),
    (D(2122, 10, 16), (
        "Buskers to play unplugged in protest",
        "Buskers in Rushyford said on Friday, two days after the council's licensing committee banned "
        "amplified busking in the high street, that they would play without amplifiers in the market place "
        "every Saturday until January and would ask the courts to review the ban.",
    )),
    (D(2122, 10, 15), (
        "The second vote in a year",
        "A year ago the committee voted for a milder plan, making buskers book a pitch and play for no more "
        "than an hour in one place. Councillor Hanbury said shopkeepers had found it made no difference to "
        "the noise.",
    )),
]
RUSHYFORD_PITCHES: list[Dated] = [
    (D(2121, 10, 15), (
        "Buskers must book pitches, council decides",
        "Buskers in Rushyford's high street will have to book a pitch and move on after an hour, the "
        "council's licensing committee decided on Wednesday evening by eight votes to one, backing a plan "
        "by Councillor Jacinta Hanbury. Fiddler Cuddy Spargo said the rules were fair.",
    )),
]
RUSHYFORD_COMPLAINTS: list[Dated] = [
    (D(2122, 10, 1), (
        "Shopkeepers log complaints about buskers",
        "Shopkeepers in Rushyford's high street have logged 212 complaints about amplified buskers since "
        "May, which they will put to the council's licensing committee, shoe shop owner Maudie Pinkney "
        "said.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2122, 6, 26), (
        "Hay cut early",
        "Farmers began cutting hay in the meadows round Quobbley on Friday.",
    )),
    (D(2123, 1, 11), (
        "Snowdrops in the churchyard",
        "Snowdrops came up in the churchyard at Oxlode on Monday.",
    )),
    (D(2122, 4, 18), (
        "Spring fair",
        "Stalls of plants and cakes filled the village hall at Ruckham on Saturday.",
    )),
    (D(2122, 9, 17), (
        "Harvest supper",
        "Villagers sat down to a harvest supper in the hall at Zedley on Thursday evening.",
    )),
    (D(2123, 3, 8), (
        "Daffodils on the green",
        "Daffodils flowered on the green at Lurkby on Monday.",
    )),
    (D(2122, 5, 24), (
        "First match of the season",
        "The cricket club at Vinnicombe played its first match of the season on Sunday.",
    )),
    (D(2123, 8, 6), (
        "Farm open day",
        "A farm near Inchley opened its gates to visitors on Friday.",
    )),
    (D(2122, 8, 21), (
        "Sponsored walk",
        "Families walked their dogs round the lanes of Jumpley on Friday for the village hall roof.",
    )),
    (D(2123, 7, 15), (
        "Strawberry picking",
        "Families picked strawberries at a farm outside Quagmoor on Thursday.",
    )),
    (D(2122, 10, 13), (
        "Autumn leaves",
        "The maples in the park at Haddicombe turned red on Tuesday.",
    )),
]

THIRTYTHIRD_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "wibbleford": (WIBBLEFORD_KNEEBONE, WIBBLEFORD_STOTT + WIBBLEFORD_PLOTS),
    "scabbleton": (SCABBLETON_CARAVANS, SCABBLETON_LAWN + SCABBLETON_DRAINS),
    "pelsby": (PELSBY_CROWD, PELSBY_OVERTURNED + PELSBY_COURSE),
    "fuddington": (FUDDINGTON_SLASHED, FUDDINGTON_STOLEN + FUDDINGTON_CAMERAS),
    "dribbleton": (DRIBBLETON_BIRD_GUIDE, DRIBBLETON_COOKERY_BOOK + DRIBBLETON_NO_FINES),
    "yelsby": (YELSBY_VANDALS, YELSBY_HEATWAVE + YELSBY_BOARDS),
    "glumworth": (GLUMWORTH_ALGAE, GLUMWORTH_SEWAGE + GLUMWORTH_TESTS),
    "frettingham": (FRETTINGHAM_TREZISE, FRETTINGHAM_KENWARD + FRETTINGHAM_METER),
    "knaptoft": (KNAPTOFT_FEWEST, KNAPTOFT_MOST + KNAPTOFT_SKIFFS),
    "rushyford": (RUSHYFORD_BAN, RUSHYFORD_PITCHES + RUSHYFORD_COMPLAINTS),
}

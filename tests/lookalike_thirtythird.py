"""A thirty-third set of invented look-alikes, written blind on bbc2931 while grouping was being worked on over
the earlier sets, and held back to be counted once on the code before and after that work (partly written: the
rest of its kinds follow).

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
# --- Jexley Lane allotments, told in the present perfect with no day, Friday, September 16, 2122, and his
# --- neighbour wins the show two days later; thieves dug up nine leeks from Jabez Bunce's plot on the same
# --- allotments, told on Friday, September 17, 2121; the leek club's cameras are told with no date ----------

FUDDINGTON_SLASHED: list[Dated] = [
    (D(2122, 9, 16), (
        "Prize leeks slashed two days before show",
        "FUDDINGTON (Wire) - Vandals have slashed the prize leeks of a grower on the Jexley Lane allotments "
        "in Fuddington two days before the village's leek show, cutting through all 14 of the pot leeks he "
        "had grown for it, police said. Isaiah Heppell, 71, who has won the show three times, found them "
        "lying in their trench when he went to water them. The cameras the leek club put up on the "
        "allotments last month do not cover his plot.",
    )),
    (D(2122, 9, 17), (
        "'A lifetime's breeding, gone in a night'",
        "Heppell said yesterday that the leeks came from a strain his father had kept going for forty years, "
        "and that he had slept in his shed beside the trench for most of August. Show secretary Cuthred "
        "Stobbart said the leek club would offer a reward of 500 pounds.",
    )),
    (D(2122, 9, 16), (
        "What it takes to grow a show leek",
        "A pot leek for the show bench is raised from a pip, a bulblet taken from the seed head of a parent "
        "plant, and grown for about a year under a collar that keeps its shaft white. It is judged by the "
        "size of that shaft, and the best are over 1,600 cubic centimetres.",
    )),
    (D(2122, 9, 18), (
        "Neighbour wins leek show after vandal attack",
        "Sigbert Laity, whose plot is next to Isaiah Heppell's on the Jexley Lane allotments, won the "
        "Fuddington leek show on Sunday, two days after vandals slashed Heppell's leeks, and said he would "
        "give half of his 1,500-pound prize to his neighbour. Police have made no arrest.",
    )),
    (D(2122, 9, 17), (
        "Trouble on the allotments before",
        "Last September thieves dug up nine leeks from the plot of another grower on the same allotments, "
        "Jabez Bunce, a few nights before the show. The Fuddington leek club has held its show in the "
        "Miners' Welfare hall since 1921.",
    )),
]
FUDDINGTON_STOLEN: list[Dated] = [
    (D(2121, 9, 17), (
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
    (D(2122, 9, 15), (
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
}

"""A thirty-second set of invented look-alikes, written blind while grouping was being worked on over the
earlier sets, and held back to be counted once on the code before and after that work. The kinds, none of them
in the earlier sets: a curate winning a town's Shrove Tuesday pancake race in record time against a baker
winning the same race through snow the year before (Shrove Tuesday again) and the undated buying of new pans,
a gale blowing a town's Christmas tree down onto its Christmas market against a power cut spoiling the
switch-on of the previous year's tree in the same square (the same weekday) and the undated felling of the
tree in the twin town that gives it, a traction engine running away through trade stands at a steam rally
against a steam roller overturning at the same rally the summer before (the same weekday) and the engine's
undated first steaming after its restoration, arsonists burning a park's bandstand against lightning setting
fire to the same bandstand's old roof during a concert a year before (the same weekday) and the undated grant
that rebuilt the roof, a huge crop circle spiral appearing in a barley field below a chalk white horse (its
makers owning up two days later) against a small circle cut in the same field for a phone advert a year
before (the same weekday) and the undated scouring of the white horse, a town hall's time capsule opened 200
years to the day after it was sealed against a dig under the wrong corner of the building a year before (the
same weekday) and pupils' undated letters for a new capsule, a family poisoned by death caps picked in a
country park against a forager made ill by panther caps from the same woods a year before (the same weekday)
and the rangers' undated fungus walks, a schoolgirl winning a stone skimming championship against a retired
fisherman's win of the same championship a year before (the same weekday) and the undated raking of its
stones, a beer festival running dry and shutting a day early against the same festival shut a day early by a
thunderstorm flooding its marquee a year before (the same weekday) and the undated brewing of its own ale, and
a council's cabinet ending a family's beach donkey rides against the same cabinet putting off a vote on a
milder plan to limit the rides a year before (the same weekday: an earlier version of the same plan) and an
undated petition to keep them. Some reports give no day at all (a lead told in the present perfect, a lead
that gives the date inside it, a lead with "this afternoon"), one event is told first the next day with
"yesterday", some follow-ups come two days later, and as on the wires the later event's reports often recall
the earlier one ("last year's race was run through falling snow and won by a baker", "last year's tree in the
square never lit up at all", "last summer a steam roller overturned in the arena", "after lightning set fire
to the old one during a concert last August", "last summer a far smaller circle was found in the same field",
"last year workmen dug under the wrong corner of the town hall", "last September a forager who mistook
panther caps for edible blushers", "last year's champion, retired fisherman Pagan Skewes", "a year ago the
festival also shut a day early", "a year ago the cabinet put off a vote on a milder plan"). The dates all fall
in 2107-2109, so every look-alike of a kind is at most about a year and a half from its event. What tells each
pair apart is mostly who or what (another runner, cause, vehicle, mushroom, skimmer or plan), which step of
one story (new pans, a felled tree, a restored engine, a grant, a scoured hill figure, a new capsule, fungus
walks, raked stones, a brewed ale, a petition) or how many (seconds, runners, metres, people, pints, votes).
Every name, place and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``THIRTYSECOND_KINDS`` is read by the same count.

Held back blind: nobody ran grouping, the engine or ``tests.lookalike_count`` on it
(``tests.lookalike_count``'s docstring says how it is to be counted).
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# --- curate Ysenda Pawley wins the Gimbleford pancake race from the market cross to the porch of St
# --- Ebrilda's in a record 58.4 seconds, in a field of a record 47 runners, Shrove Tuesday, March 5, 2109;
# --- baker Goscelin Hocking won the race through snow on Shrove Tuesday, February 14, 2108; the buying of
# --- new pans is told with no date --------------------------------------------------------------------------

GIMBLEFORD_PAWLEY: list[Dated] = [
    (D(2109, 3, 5), (
        "Curate in cassock wins pancake race in record time",
        "GIMBLEFORD (Wire) - A curate running in her cassock won the Gimbleford pancake race this "
        "afternoon, covering the 380 metres from the market cross to the porch of St Ebrilda's church in "
        "58.4 seconds, the fastest since the race began, its organisers said. Ysenda Pawley, 29, tossed her "
        "pancake three times on the way, as the rules demand. A record 47 runners lined up when the pancake "
        "bell rang at noon.",
    )),
    (D(2109, 3, 6), (
        "'I practised flipping in the vicarage kitchen'",
        "Pawley said yesterday that she had tied her cassock up with string so as not to trip on the "
        "cobbles. Race steward Sigrada Throssell said the pancake had stayed in the pan all the way, which "
        "was rarer than people thought, and that the vicar had bet her a bottle of port she would not "
        "finish.",
    )),
    (D(2109, 3, 5), (
        "Gimbleford pancake race: as it happened",
        "11:45 Runners gather at the market cross with their pans. 12:00 The pancake bell rings. 12:00 "
        "They're off. 12:01 Pawley flips her pancake at the churchyard gate and reaches the porch first. "
        "12:20 The verger confirms a new record.",
    )),
    (D(2109, 3, 7), (
        "Pancake race winner's pan to hang in church",
        "The frying pan used by Ysenda Pawley to win the Gimbleford pancake race will hang in the porch of "
        "St Ebrilda's church beside those of earlier winners, the parochial church council said on "
        "Thursday, two days after the race.",
    )),
    (D(2109, 3, 6), (
        "A race with flour on its history",
        "Last year's race was run through falling snow and won by a baker, Goscelin Hocking, in 71 seconds. "
        "The race is said to have begun in 1583, when a housewife heard the bell and ran to church still "
        "holding her pan.",
    )),
]
GIMBLEFORD_HOCKING: list[Dated] = [
    (D(2108, 2, 14), (
        "Baker wins pancake race through snow",
        "Goscelin Hocking, a baker in the town's high street, won the Gimbleford pancake race on Tuesday as "
        "snow fell on the course from the market cross to the porch of St Ebrilda's church, race steward "
        "Sigrada Throssell said. He finished in 71 seconds; 28 runners started.",
    )),
]
GIMBLEFORD_PANS: list[Dated] = [
    (D(2109, 2, 20), (
        "New frying pans for the pancake race",
        "The organisers of the Gimbleford pancake race have bought 60 cast-iron frying pans for runners who "
        "have none of their own, and the pancake bell of St Ebrilda's church has been rehung for the race, "
        "race steward Sigrada Throssell said.",
    )),
]

# --- a gale blows down the 21-metre spruce in Nidderby market square onto the stalls of the Christmas
# --- market, hurting a stallholder, late on Tuesday, December 4, 2108; a power cut spoiled the lights
# --- switch-on of the previous year's tree in the same square on Tuesday, November 29, 2107; the felling of
# --- the tree in Nidderby's twin town is told with no date --------------------------------------------------

NIDDERBY_TREE_DOWN: list[Dated] = [
    (D(2108, 12, 5), (
        "Gale blows town's Christmas tree onto market stalls",
        "NIDDERBY (Wire) - A gale blew down the 21-metre Christmas tree in Nidderby market square late on "
        "Tuesday night, and it crashed across five stalls of the Christmas market, the borough council "
        "said. A stallholder who had been packing up his mulled wine stall, Hamelin Gadsby, was treated for "
        "a broken wrist. The tree, a spruce, was the gift of the town's twin, Hvitnes.",
    )),
    (D(2108, 12, 6), (
        "'The whole tree leaned over like a drunk'",
        "The spruce came down at about 22:40 on December 4, when gusts of 113 kilometres an hour were "
        "measured on the town hall roof. Gadsby said he had heard the guy ropes snap one after another. "
        "Market manager Jehane Pickavance said 3,200 of the tree's lights had been smashed.",
    )),
    (D(2108, 12, 4), (
        "Nidderby gale: updates",
        "21:15 Gusts are shaking the market stalls. 22:40 The Christmas tree has fallen in the market "
        "square. 22:55 An ambulance is with a stallholder. 23:30 Police close the square.",
    )),
    (D(2108, 12, 6), (
        "Fallen tree to be replaced by weekend",
        "Nidderby borough council said on Thursday, two days after a gale brought down the Christmas tree "
        "in the market square, that a smaller spruce from a nearby estate would be raised there by Saturday "
        "and that the market's five wrecked stalls would be rebuilt.",
    )),
    (D(2108, 12, 5), (
        "A tree with bad luck",
        "Last year's tree in the square never lit up at all on the night of its switch-on: a power cut left "
        "about 2,600 people in the dark. The twin town of Hvitnes has sent Nidderby a spruce every "
        "Christmas since 1961.",
    )),
]
NIDDERBY_SWITCH_ON: list[Dated] = [
    (D(2107, 11, 29), (
        "Power cut spoils Christmas tree switch-on",
        "About 2,600 people who had gathered in Nidderby market square on Tuesday evening for the switch-on "
        "of the Christmas tree's lights were left in the dark when a power cut hit the town centre, market "
        "manager Jehane Pickavance said. The spruce, from Hvitnes, was lit the next night.",
    )),
]
NIDDERBY_FELLING: list[Dated] = [
    (D(2108, 11, 14), (
        "Twin town fells Christmas tree for Nidderby",
        "Foresters in Hvitnes have felled a 21-metre spruce in the town's forest to be shipped to its twin, "
        "Nidderby, where it will stand in the market square over Christmas, Nidderby borough council said.",
    )),
]

# --- a 1912 traction engine, the Countess of Mewsby, runs away down the slope of the showground at the
# --- Yarlingham steam rally and ploughs through three trade stands, hurting four people, Saturday, July 14,
# --- 2108; a steam roller overturned in the arena at the same rally on Saturday, July 16, 2107; the
# --- engine's first steaming after its restoration is told with no date -------------------------------------

YARLINGHAM_RUNAWAY: list[Dated] = [
    (D(2108, 7, 14), (
        "Runaway traction engine ploughs through stands at steam rally",
        "YARLINGHAM (Wire) - A 1912 traction engine ran away down the slope of the showground at the "
        "Yarlingham steam rally on Saturday afternoon and ploughed through three trade stands before its "
        "driver stopped it, police said. Four people were hurt, one of them seriously. About 11,400 "
        "visitors were at the rally. The engine, the Countess of Mewsby, weighs about 14 tonnes.",
    )),
    (D(2108, 7, 15), (
        "'It just kept rolling, hissing all the way'",
        "Its driver, Joscelin Samways, said yesterday that the engine's brake had failed as he brought it "
        "down from the top field and that he had thrown it into reverse. Stallholder Isotta Truscott said "
        "her stand of model engines had been flattened seconds after she stepped out of it.",
    )),
    (D(2108, 7, 14), (
        "Yarlingham steam rally: updates",
        "14:05 A traction engine is running away down the slope. 14:06 It has gone through trade stands. "
        "14:20 Air ambulance lands in the top field. 15:00 All engines are told to stay where they are.",
    )),
    (D(2108, 7, 16), (
        "Steam rally engine seized for checks",
        "Safety inspectors said on Monday, two days after a traction engine ran away at the Yarlingham "
        "steam rally and hurt four people, that they had taken the Countess of Mewsby away to examine its "
        "brakes, and the rally's organisers said no engine would be driven down the slope again.",
    )),
    (D(2108, 7, 15), (
        "Not the rally's first mishap",
        "Last summer a steam roller overturned in the arena during the grand parade and its driver was "
        "thrown clear. The rally, first held in 1957, shows about 230 engines.",
    )),
]
YARLINGHAM_ROLLER: list[Dated] = [
    (D(2107, 7, 16), (
        "Steam roller overturns at rally",
        "A steam roller overturned in the arena of the Yarlingham steam rally during the grand parade on "
        "Saturday and its driver was thrown clear with cuts, the rally's organisers said. A traction engine "
        "was used to pull it upright.",
    )),
]
YARLINGHAM_RESTORED: list[Dated] = [
    (D(2108, 5, 26), (
        "Restored traction engine steams again",
        "The Countess of Mewsby, a traction engine built in 1912, has been steamed for the first time in 48 "
        "years after a restoration that took Joscelin Samways and his family eleven years, and will be "
        "shown at the Yarlingham steam rally, the rally's organisers said.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2109, 3, 4), (
        "Primroses on the verges",
        "Primroses came out along the verges of the lanes round Flumpton on Monday.",
    )),
    (D(2108, 12, 3), (
        "Carol singers",
        "Carol singers went from door to door in the streets of Scrumpley on Monday evening.",
    )),
    (D(2108, 7, 13), (
        "Cricket on the green",
        "The village cricket team beat its neighbours on the green at Tobley on Friday evening.",
    )),
    (D(2109, 8, 17), (
        "Open gardens",
        "Villagers opened their gardens to visitors at Loxhope on Saturday.",
    )),
    (D(2109, 7, 21), (
        "Swifts return",
        "Swifts were seen screaming round the church tower at Nuttleby on Sunday.",
    )),
    (D(2109, 10, 17), (
        "Library opening hours",
        "The library at Bumbleden began opening on Thursday evenings this week.",
    )),
    (D(2109, 9, 25), (
        "Blackberry picking",
        "Families picked blackberries along the hedges outside Trottingham on Wednesday.",
    )),
    (D(2108, 9, 22), (
        "Pony club rally",
        "Children jumped their ponies over straw bales in a field at Cogglestone on Saturday.",
    )),
    (D(2109, 5, 16), (
        "Bus shelter repainted",
        "The bus shelter in the square at Sniddle was repainted on Thursday.",
    )),
    (D(2108, 4, 23), (
        "Lambs in the fields",
        "Lambs were born in the fields above Crimpleton on Monday.",
    )),
]

THIRTYSECOND_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "gimbleford": (GIMBLEFORD_PAWLEY, GIMBLEFORD_HOCKING + GIMBLEFORD_PANS),
    "nidderby": (NIDDERBY_TREE_DOWN, NIDDERBY_SWITCH_ON + NIDDERBY_FELLING),
    "yarlingham": (YARLINGHAM_RUNAWAY, YARLINGHAM_ROLLER + YARLINGHAM_RESTORED),
}

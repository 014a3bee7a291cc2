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
makers owning up two days later) against a small circle cut in the same field for a phone advert a year before
(the same weekday) and the undated scouring of the white horse, a town hall's time capsule opened 200 years to
the day after it was sealed against a dig under the wrong corner of the building a year before (the same
weekday) and pupils' undated letters for a new capsule, a family poisoned by death caps picked in a country
park against a forager made ill by panther caps from the same woods a year before (the same weekday) and the
rangers' undated fungus walks, a schoolgirl winning a stone skimming championship against a retired
fisherman's win of the same championship a year before (the same weekday) and the undated raking of its
stones, a beer festival running dry and shutting a day early against the same festival shut a day early by a
thunderstorm flooding its marquee a year before (the same weekday) and the undated brewing of its own ale, and
a council's cabinet ending a family's beach donkey rides against the same cabinet putting off a vote on a
milder plan to limit the rides a year before (the same weekday: an earlier version of the same plan) and an
undated petition to keep them. Some reports give no day at all (a lead told in the present perfect, a lead
that gives the date inside it, a lead with "this afternoon"), one event's lead comes out the next day and says
"yesterday", some follow-ups come two days later, and as on the wires the later event's reports often recall
the earlier one ("last year's race was run through falling snow and won by a baker", "last year's tree in the
square never lit up at all", "last summer a steam roller overturned in the arena", "after lightning set fire
to the old one during a concert last August", "last summer a far smaller circle, 60 metres across, was found
in the same field", "last year workmen dug under the wrong corner of the town hall", "last September a forager
who mistook panther caps for edible blushers", "last year's champion, retired fisherman Pagan Skewes", "a year
ago the festival also shut a day early", "a year ago the cabinet put off a vote on a milder plan"). The dates
all fall in 2107-2109, so every look-alike of a kind is at most about thirteen months from its event. What
tells each pair apart is mostly who or what (another runner, cause, vehicle, mushroom, skimmer or plan), which
step of one story (new pans, a felled tree, a restored engine, a grant, a scoured hill figure, a new capsule,
fungus walks, raked stones, a brewed ale, a petition) or how many (seconds, runners, metres, people, pints,
votes). Every name, place and figure is made up.

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

# --- fire destroys the cast-iron bandstand in Froghampton's Tansey Gardens, two months after its roof was
# --- rebuilt, and police treat it as arson, early on Sunday, August 18, 2109; lightning set fire to the
# --- bandstand's old roof during a brass band concert on Sunday, August 19, 2108; the grant to rebuild the
# --- roof is told with no date ------------------------------------------------------------------------------

FROGHAMPTON_ARSON: list[Dated] = [
    (D(2109, 8, 18), (
        "Fire destroys park bandstand, police suspect arson",
        "FROGHAMPTON (Wire) - Fire has destroyed the cast-iron bandstand in Froghampton's Tansey Gardens, "
        "and police said they were treating it as arson. Firefighters called at about 03:10 found the "
        "bandstand's new timber roof ablaze, and it fell in before they could put it out. Nobody was hurt. "
        "The bandstand, cast in 1889 at a foundry in the town, had reopened only in June.",
    )),
    (D(2109, 8, 19), (
        "'We played our last concert there on Friday'",
        "Bandmaster Lucetta Babbage said yesterday that the town band had lost its music stands, which it "
        "kept locked under the bandstand's floor. Park keeper Serlo Widgery said he had found two empty "
        "fuel cans under the hedge by the bowling green when he opened the gates.",
    )),
    (D(2109, 8, 18), (
        "Tansey Gardens fire: updates",
        "03:10 Fire crews called to Tansey Gardens. 03:35 The bandstand roof is well alight. 03:42 The roof "
        "has fallen in. 07:00 Police tape round the gardens. 09:15 Fire investigators at the scene.",
    )),
    (D(2109, 8, 20), (
        "Two boys arrested over bandstand fire",
        "Police said on Tuesday, two days after fire destroyed the bandstand in Froghampton's Tansey "
        "Gardens, that two boys aged 15 and 16 had been arrested on suspicion of arson and released on "
        "bail, and that the ironwork was too badly bent to be saved.",
    )),
    (D(2109, 8, 19), (
        "A bandstand that had only just reopened",
        "The roof that burned had been rebuilt this spring with a grant of 184,000 pounds, after lightning "
        "set fire to the old one during a concert last August. Band concerts have been played in the "
        "gardens on Sunday afternoons since 1891.",
    )),
]
FROGHAMPTON_LIGHTNING: list[Dated] = [
    (D(2108, 8, 19), (
        "Lightning sets bandstand roof alight during concert",
        "Lightning struck the bandstand in Froghampton's Tansey Gardens during a brass band concert on "
        "Sunday afternoon and set fire to its timber roof, the fire service said. The players and about 300 "
        "listeners sheltered in the park cafe and nobody was hurt, bandmaster Lucetta Babbage said.",
    )),
]
FROGHAMPTON_GRANT: list[Dated] = [
    (D(2109, 2, 27), (
        "Grant to rebuild bandstand roof",
        "Froghampton council has been given 184,000 pounds by a heritage fund to rebuild the timber roof of "
        "the cast-iron bandstand in Tansey Gardens, and the bandstand should reopen for the summer "
        "concerts, park keeper Serlo Widgery said.",
    )),
]

# --- a pattern of 409 circles in a spiral, about 240 metres across, appears overnight in a barley field on
# --- Scaddon Farm below the Cattisham white horse and its farmer charges visitors to see it, Monday, July
# --- 22, 2109, and a group of artists owns up two days later; a 60-metre circle cut in the same field for a
# --- phone advert was found on Monday, July 23, 2108; the scouring of the white horse is told with no date --

CATTISHAM_SPIRAL: list[Dated] = [
    (D(2109, 7, 22), (
        "Giant crop circle spiral appears below white horse",
        "CATTISHAM (Wire) - A spiral of 409 circles about 240 metres across appeared overnight in a barley "
        "field on Scaddon Farm below the Cattisham white horse, and by Monday evening about 1,900 people "
        "had paid 3 pounds each to walk into it, the farmer, Wymarc Dymond, said. Police said cars were "
        "parked along two kilometres of the lane.",
    )),
    (D(2109, 7, 23), (
        "'Not a single stalk was broken'",
        "Visitor Odeline Endacott, who drove from the coast, said yesterday that the barley had been bent "
        "flat at the base and swirled clockwise. Dymond said he had walked the field at nine on Sunday "
        "evening and seen nothing, and had been woken by his dog at about three.",
    )),
    (D(2109, 7, 23), (
        "What makes a crop circle?",
        "Most crop circles are made in a night by a few people with planks, rope and garden rollers. The "
        "one at Cattisham, the largest ever found in the county, would have taken a team of about ten "
        "people some five hours, a surveyor who measured it said.",
    )),
    (D(2109, 7, 24), (
        "Artists own up to Cattisham crop circle",
        "A group of eight artists said on Wednesday, two days after a spiral of 409 circles appeared in a "
        "barley field below the Cattisham white horse, that they had made it in five hours with planks and "
        "a surveyor's tape, and offered to pay Wymarc Dymond for his barley.",
    )),
    (D(2109, 7, 23), (
        "The field that keeps drawing circles",
        "Last summer a far smaller circle, 60 metres across, was found in the same field on Scaddon Farm; "
        "it had been cut by an advertising agency filming a phone advert. The white horse above it was cut "
        "into the chalk in 1778.",
    )),
]
CATTISHAM_ADVERT: list[Dated] = [
    (D(2108, 7, 23), (
        "Crop circle in barley turns out to be advert",
        "A crop circle 60 metres across found on Monday in a barley field on Scaddon Farm below the "
        "Cattisham white horse had been cut overnight by an advertising agency filming a phone advert, "
        "farmer Wymarc Dymond said. The agency has paid him for the flattened barley.",
    )),
]
CATTISHAM_HORSE: list[Dated] = [
    (D(2109, 6, 10), (
        "Volunteers scour chalk white horse",
        "Volunteers have scoured the Cattisham white horse on the down above Scaddon Farm, scraping the "
        "grass from its outline and ramming in 38 tonnes of fresh chalk, the landowner, Wymarc Dymond, "
        "said.",
    )),
]

# --- the time capsule sealed under the foundation stone of Ludwell Town Hall is opened 200 years to the day
# --- later, on Friday, October 18, 2109, and holds a mayor's letter, a newspaper and a bottle of wine
# --- turned to vinegar; a dig under the wrong corner of the building found only a horseshoe and a clay pipe
# --- on Friday, October 19, 2108; pupils' letters for a new capsule are told with no date -------------------

LUDWELL_OPENED: list[Dated] = [
    (D(2109, 10, 18), (
        "Town hall time capsule opened after 200 years",
        "LUDWELL (Wire) - A lead box sealed under the foundation stone of Ludwell Town Hall on October 18, "
        "1909, was opened on October 18 this year, 200 years to the day, before a crowd of about 600 in the "
        "council chamber. Inside were a letter from the mayor of 1909, Alderman Tapscott, a copy of the "
        "town's newspaper, 14 coins, a set of photographs and a bottle of wine that had turned to vinegar, "
        "mayor Amicia Lethbridge said.",
    )),
    (D(2109, 10, 19), (
        "'He hoped we would still have the trams'",
        "The town's archivist, Fromund Oldreive, said yesterday that the 1909 mayor's letter asked whoever "
        "read it to keep the trams running and the river clean. Damp had spoiled some of the photographs, "
        "but the newspaper could be read from end to end, he said.",
    )),
    (D(2109, 10, 18), (
        "Ludwell time capsule: live",
        "14:00 Masons lift the foundation stone. 14:25 The lead box is out. 15:00 The mayor cuts the lid "
        "open. 15:10 First out: a newspaper. 15:30 A bottle of wine, corked.",
    )),
    (D(2109, 10, 20), (
        "Time capsule letter to go on show",
        "The letter from the mayor of 1909 found in the time capsule under the foundation stone of Ludwell "
        "Town Hall will go on show in the town museum from next month, the council said on Sunday, two days "
        "after the capsule was opened.",
    )),
    (D(2109, 10, 19), (
        "Found at the second attempt",
        "Last year workmen dug under the wrong corner of the town hall and found only a horseshoe and a "
        "clay pipe, before Oldreive found the builders' plans showing the stone on the south side. The town "
        "hall was opened in 1911.",
    )),
]
LUDWELL_WRONG_CORNER: list[Dated] = [
    (D(2108, 10, 19), (
        "Dig for town hall time capsule finds only horseshoe",
        "Workmen who dug under the north-east corner of Ludwell Town Hall on Friday looking for the time "
        "capsule sealed there in 1909 found only a horseshoe and a clay pipe, mayor Amicia Lethbridge said. "
        "Archivist Fromund Oldreive said the capsule must lie under another corner.",
    )),
]
LUDWELL_NEW_CAPSULE: list[Dated] = [
    (D(2109, 11, 6), (
        "Pupils write letters for new time capsule",
        "Pupils at Ludwell's four schools have written 340 letters to be sealed in a new time capsule under "
        "the steps of the town hall, to be opened in two hundred years, archivist Fromund Oldreive said.",
    )),
]

# --- four of a family are in hospital, two in intensive care, after eating death caps picked in Pudlicote
# --- Country Park, told on Thursday, September 26, 2109; a forager fell ill after eating panther caps from
# --- the same woods on Thursday, September 27, 2108; the rangers' fungus walks are told with no date --------

PUDLICOTE_DEATH_CAPS: list[Dated] = [
    (D(2109, 9, 26), (
        "Family in hospital after eating death cap mushrooms",
        "PUDLICOTE (Wire) - Four members of a family are in hospital, two of them in intensive care, after "
        "eating death cap mushrooms they had picked in Pudlicote Country Park and cooked in a risotto, the "
        "county's health protection team said. The parents and their two grown-up sons fell ill about ten "
        "hours after the meal.",
    )),
    (D(2109, 9, 27), (
        "'They looked just like the ones in the shops'",
        "A neighbour of the family, Cecily Passmore, said yesterday that the father had picked mushrooms in "
        "the park every autumn for years. Mycologist Emeline Radford said death caps were fruiting in great "
        "numbers under the park's oaks after the wet August.",
    )),
    (D(2109, 9, 27), (
        "Death caps: what to look for",
        "The death cap has a greenish cap, white gills and a bag-like cup at the base of its stem. Half of "
        "one can kill an adult, and the first signs come only after six to twelve hours, when the liver is "
        "already being harmed.",
    )),
    (D(2109, 9, 28), (
        "Country park bans mushroom picking",
        "Pudlicote Country Park banned the picking of mushrooms on Saturday, two days after four members of "
        "a family were taken to hospital with death cap poisoning, and head ranger Roesia Westaway said "
        "signs would go up at every gate. The father is waiting for a liver transplant.",
    )),
    (D(2109, 9, 27), (
        "The park's second poisoning in two autumns",
        "Last September a forager who mistook panther caps for edible blushers was taken to hospital from "
        "the same woods; he recovered. The park's 312 hectares of oak and beech are known for their fungi.",
    )),
]
PUDLICOTE_PANTHER_CAPS: list[Dated] = [
    (D(2108, 9, 27), (
        "Forager ill after eating panther caps",
        "A forager who picked panther cap mushrooms in Pudlicote Country Park, taking them for edible "
        "blushers, was taken to hospital on Thursday shaking and seeing things, the county's health "
        "protection team said. He has recovered. Head ranger Roesia Westaway asked visitors not to eat what "
        "they pick.",
    )),
]
PUDLICOTE_FUNGUS_WALKS: list[Dated] = [
    (D(2109, 9, 10), (
        "Rangers to lead autumn fungus walks",
        "Rangers at Pudlicote Country Park will lead twelve fungus walks under its oaks and beeches this "
        "autumn, with mycologist Emeline Radford, but ask visitors to look and not to pick, head ranger "
        "Roesia Westaway said.",
    )),
]

# --- schoolgirl Lovota Huxham, 14, wins the Tarnfold stone skimming championship with a skim of 63 metres
# --- across Tarnfold Water, told the next day with 'yesterday', Sunday, September 23, 2108; retired
# --- fisherman Pagan Skewes won it with 52 metres on Sunday, September 25, 2107; the raking of the stones
# --- is told with no date -----------------------------------------------------------------------------------

TARNFOLD_HUXHAM: list[Dated] = [
    (D(2108, 9, 24), (
        "Schoolgirl, 14, wins stone skimming championship",
        "TARNFOLD (Wire) - A 14-year-old schoolgirl won the Tarnfold stone skimming championship yesterday "
        "with a stone that skipped 63 metres across Tarnfold Water, beating 511 other skimmers, the most "
        "the championship has drawn, its judges said. Lovota Huxham, who lives in a cottage on the shore, "
        "is the youngest winner in its history.",
    )),
    (D(2108, 9, 23), (
        "Tarnfold stone skimming: live",
        "10:00 The first skimmers step up to the jetty. 12:30 The leading skim is 49 metres. 14:10 Huxham's "
        "stone skips 63 metres. 16:00 No one comes close and the judges declare her champion.",
    )),
    (D(2108, 9, 24), (
        "'I've been throwing stones off that jetty all my life'",
        "Huxham said that her grandfather had taught her to hold a stone with her finger curled round its "
        "edge. Head judge Muriel Chegwidden said a skim counted only if the stone bounced at least three "
        "times and stayed inside the marker buoys.",
    )),
    (D(2108, 9, 25), (
        "Young champion gets a hero's welcome at school",
        "Pupils at Tarnfold school lined the playground on Tuesday, two days after Lovota Huxham won the "
        "stone skimming championship, and the head teacher said the trophy, a polished slate, would stand "
        "in the hall.",
    )),
    (D(2108, 9, 24), (
        "Last year's champion third",
        "Last year's champion, retired fisherman Pagan Skewes, whose stone skipped 52 metres, came third on "
        "Sunday. The championship has been held on the lake since 1964.",
    )),
]
TARNFOLD_SKEWES: list[Dated] = [
    (D(2107, 9, 25), (
        "Retired fisherman wins stone skimming championship",
        "Pagan Skewes, a retired fisherman, won the Tarnfold stone skimming championship on Sunday with a "
        "stone that skipped 52 metres across Tarnfold Water, head judge Muriel Chegwidden said. About 380 "
        "skimmers took part.",
    )),
]
TARNFOLD_STONES: list[Dated] = [
    (D(2108, 9, 8), (
        "Stones raked for skimming championship",
        "Volunteers have raked 2,900 flat stones from the beaches of Tarnfold Water and sorted them by size "
        "for the stone skimming championship, where each skimmer gets three, head judge Muriel Chegwidden "
        "said.",
    )),
]

# --- the Mashbury beer festival runs dry on its second night after drinkers get through 31,400 pints and
# --- shuts a day early, Friday, May 17, 2109; a thunderstorm flooded the festival's marquee and shut it a
# --- day early on Friday, May 18, 2108; the brewing of the festival's own ale is told with no date ----------

MASHBURY_DRY: list[Dated] = [
    (D(2109, 5, 18), (
        "Beer festival runs dry on second night",
        "MASHBURY (Wire) - The Mashbury beer festival ran out of beer on Friday night, its second, after "
        "drinkers got through about 31,400 pints of its 214 ales, and it will not open today as planned, "
        "its organisers said. The last cask was drained at about 21:50 and the doors of the maltings where "
        "it is held were shut.",
    )),
    (D(2109, 5, 18), (
        "'We ordered more than ever and it still wasn't enough'",
        "Festival organiser Ansfrid Hellyer said the warm evening had brought far more people than "
        "expected. Drinker Tibbot Gummow said he had queued for an hour and reached the bar just as the "
        "last cask of stout ran out.",
    )),
    (D(2109, 5, 17), (
        "Mashbury beer festival: updates",
        "18:00 Queues round the maltings. 20:15 Half the ales are off. 21:20 Only ciders left. 21:50 The "
        "festival is dry and Saturday's session is off.",
    )),
    (D(2109, 5, 19), (
        "Beer festival to refund Saturday tickets",
        "The organisers of the Mashbury beer festival said on Sunday, two days after it ran dry, that all "
        "1,650 people holding tickets for the Saturday session would get their money back and that next "
        "year's festival would have a third more beer.",
    )),
    (D(2109, 5, 18), (
        "Not the first early closing",
        "A year ago the festival also shut a day early, for another reason: a thunderstorm flooded the "
        "marquee it was then held in. It moved into the old maltings this year. The festival was first held "
        "in 1979.",
    )),
]
MASHBURY_THUNDERSTORM: list[Dated] = [
    (D(2108, 5, 18), (
        "Thunderstorm floods beer festival marquee",
        "A thunderstorm flooded the marquee of the Mashbury beer festival on Friday night and its "
        "organisers shut the festival a day early with about 90 casks unsold, organiser Ansfrid Hellyer "
        "said. Nobody was hurt.",
    )),
]
MASHBURY_FESTIVAL_ALE: list[Dated] = [
    (D(2109, 4, 30), (
        "Town brewer makes festival's own ale",
        "Brewer Aylmer Trebilcock has brewed 36 barrels of a pale ale named after the town's maltings for "
        "the Mashbury beer festival, organiser Ansfrid Hellyer said.",
    )),
]

# --- Gulworth council's cabinet votes 5-4 on Tuesday night, April 24, 2108, not to renew the licence of the
# --- Bossom family's donkey rides on the beach, ending them after 122 years; the cabinet put off a vote on
# --- a plan to limit the rides to two hours a day on Tuesday, April 26, 2107; a petition to keep them is
# --- told with no date --------------------------------------------------------------------------------------

GULWORTH_BAN: list[Dated] = [
    (D(2108, 4, 25), (
        "Council ends beach donkey rides after 122 years",
        "GULWORTH (Wire) - Gulworth council's cabinet voted by five to four on Tuesday night not to renew "
        "the licence for donkey rides on the town's beach, ending rides that the Bossom family has run "
        "there since 1986. Councillor Humfrey Vercoe, who proposed the motion, said the beach had grown too "
        "crowded in summer for animals.",
    )),
    (D(2108, 4, 25), (
        "'My great-great-grandfather started these rides'",
        "Gamel Bossom, whose 11 donkeys give about 9,000 rides a summer, said yesterday that the family "
        "would appeal. Aldith Crabtree, whose petition to keep the rides was signed by more than 12,000 "
        "people, said the councillors had not listened.",
    )),
    (D(2108, 4, 24), (
        "Gulworth council cabinet: live",
        "19:00 The meeting opens with the donkey rides motion. 19:40 Gamel Bossom speaks. 20:35 The vote: "
        "five for ending the licence, four against. 20:40 Boos from the public gallery.",
    )),
    (D(2108, 4, 26), (
        "Donkey family lodges appeal",
        "The Bossom family lodged an appeal on Thursday, two days after Gulworth council's cabinet voted "
        "not to renew its licence for donkey rides on the beach, and the rides will go on while it is "
        "heard.",
    )),
    (D(2108, 4, 25), (
        "A plan that has been before",
        "A year ago the cabinet put off a vote on a milder plan, which would have cut the rides to two "
        "hours a day and stopped them when it was hotter than 25 degrees. The family's donkeys spend the "
        "winter on a farm above the town.",
    )),
]
GULWORTH_DEFERRED: list[Dated] = [
    (D(2107, 4, 26), (
        "Council puts off vote on limiting beach donkey rides",
        "Gulworth council's cabinet on Tuesday put off a vote on a plan by Councillor Humfrey Vercoe to "
        "limit the donkey rides on the town's beach to two hours a day, after Gamel Bossom, whose family "
        "runs them, said it would ruin the business.",
    )),
]
GULWORTH_PETITION: list[Dated] = [
    (D(2108, 4, 10), (
        "Petition to keep beach donkeys passes 12,000",
        "A petition to keep the donkey rides on Gulworth beach has been signed by more than 12,000 people, "
        "Aldith Crabtree, who started it, said ahead of a council vote on the Bossom family's licence.",
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
    "froghampton": (FROGHAMPTON_ARSON, FROGHAMPTON_LIGHTNING + FROGHAMPTON_GRANT),
    "cattisham": (CATTISHAM_SPIRAL, CATTISHAM_ADVERT + CATTISHAM_HORSE),
    "ludwell": (LUDWELL_OPENED, LUDWELL_WRONG_CORNER + LUDWELL_NEW_CAPSULE),
    "pudlicote": (PUDLICOTE_DEATH_CAPS, PUDLICOTE_PANTHER_CAPS + PUDLICOTE_FUNGUS_WALKS),
    "tarnfold": (TARNFOLD_HUXHAM, TARNFOLD_SKEWES + TARNFOLD_STONES),
    "mashbury": (MASHBURY_DRY, MASHBURY_THUNDERSTORM + MASHBURY_FESTIVAL_ALE),
    "gulworth": (GULWORTH_BAN, GULWORTH_DEFERRED + GULWORTH_PETITION),
}

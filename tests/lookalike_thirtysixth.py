"""A thirty-sixth set of invented look-alikes, written blind on bb62199 while grouping was being worked on
over the earlier sets, and held back to be counted once on the code before and after that work. The kinds,
none of them in the earlier sets (nor in the own claims sets): a pair of barn owls raising a record brood of
six chicks, ringed in a nest box in a tithe barn, against the same box's three chicks ringed a year before
(the same weekday) and the box's undated new webcam, villagers beating the bounds of their parish finding a
boundary stone of 1788 lost in a ditch against their finding another of its stones broken by a tractor a
year before (the same weekday) and a historian's undated matching of the stones to an old map (an earlier
step of the same story), a record crowd wassailing a community orchard's apple trees against a wassail kept
to half the crowd by rain a year before (the same weekday) and the undated propping of the orchard's oldest
tree, an eight-year-old catching a record 63 crabs in an hour to win a harbour's crabbing championship against
a widow's win of it with 41 a year before (the same weekday) and the undated banning of nets, a last-throw
ringer winning a county quoits final for one village's team against the other village's win of it a year
before (the same weekday) and the undated relaying of the clay beds, three children burned by giant hogweed
on a riverbank against a dog walker burned on the same bank a year before (the same weekday) and the council's
undated spraying of the plants, demolition uncovering a painted soap advertisement of about 1890 on a wall
against builders uncovering a painted cocoa advertisement on the same street a year before (the same weekday)
and that cocoa sign's undated cleaning, an assistant organist playing a minster's organ for 30 hours for its
restoration against the director of music's 24 hours that began the appeal a year before (the same weekday:
an earlier step of the same story) and the appeal's undated passing of halfway, volunteers counting a record
312 glow-worms in a disused railway cutting against their count of 140 there a year before (the same weekday)
and the undated end of the cutting's summer mowing, and a gardener pulling up a carrot grown through the
wedding ring she lost 18 months before against a metal detectorist's fruitless search of her vegetable patch
a year before (the same weekday: an earlier step of the same story) and her undated appeal for help when it
was lost. Some reports give no day at all (two leads told in the present perfect, a lead with "this
afternoon", one with "this morning"), two events' leads come out the next day (one saying "yesterday", one
giving the weekday of the night before), follow-ups come two days later, and as on the wires the later
event's reports often recall the earlier one ("last year the same box held three chicks", "last year the
walkers found the stone of 1802", "last year rain kept the crowd to about 600", "last year's championship was
won by Hawys Oxlade", "last year's final was won by Ulnaby", "last July a dog walker was burned", "a year ago
builders stripping render", "last June the director of music", "last year volunteers counted 140", "a year
ago a metal detectorist searched"). The dates all fall in 2133-2135, so every look-alike of a kind is at most
a year from its event. What tells each pair apart is mostly who or what (another brood, stone, queen, winner,
team, victim, advertisement, organist or search), which step of one story (a webcam, a map, a prop, a ban, new
clay, spraying, a cleaning, an appeal, a mowing rule, a plea for help) or how many (chicks, walkers, people,
crabs, points, children, metres, hours, glow-worms, months). Every name, place and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``THIRTYSIXTH_KINDS`` is read by the same count.

Held back blind: nobody ran grouping, the engine or ``tests.lookalike_count`` on it
(``tests.lookalike_count``'s docstring says how it is to be counted).
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# --- a pair of barn owls raise six chicks in the nest box of the tithe barn at Vraxley, all ringed by Corwen
# --- Hallybone on Thursday, June 10, 2134; the same box's three chicks were ringed on Thursday, June 11,
# --- 2133; the box's new webcam is told with no date ---------------------------------------------------------

VRAXLEY_SIX: list[Dated] = [
    (D(2134, 6, 10), (
        "Barn owls raise record six chicks in tithe barn",
        "VRAXLEY (Wire) - A pair of barn owls nesting in a box high in the tithe barn at Vraxley have raised "
        "six chicks, the most the box has held in its 22 years, and all six were ringed on Thursday, the "
        "county owl group said. Licensed ringer Corwen Hallybone weighed each chick and fitted a numbered "
        "metal ring to its leg while about 9,000 people watched on the barn's webcam.",
    )),
    (D(2134, 6, 11), (
        "'They hissed at me like six little kettles'",
        "Corwen Hallybone said yesterday that the eldest chick weighed 340 grams and the youngest barely 200. "
        "Farmer Ismeny Tuckfield said the owls had hunted voles in the strips of rough grass she leaves "
        "round her fields.",
    )),
    (D(2134, 6, 10), (
        "Why barn owls nest in barns",
        "Barn owls build no nest but lay their eggs on a bare ledge or in a hollow tree, and they have taken "
        "to farm buildings for centuries. A pair needs thousands of voles and mice to raise a brood, so big "
        "broods come only in years when voles are plentiful.",
    )),
    (D(2134, 6, 12), (
        "Owl chicks' webcam draws record audience",
        "The webcam in the nest box of the tithe barn at Vraxley, where six barn owl chicks were ringed on "
        "Thursday, had 31,000 viewers on Saturday, two days after the ringing, the county owl group said, "
        "and the eldest chick has begun flapping its wings on the ledge.",
    )),
    (D(2134, 6, 11), (
        "Twice last year's brood",
        "Last year the same box held three chicks, ringed on a wet June day by the same ringer. The barn, "
        "built of oak in the 1400s, had owls in its rafters long before anyone put up a box.",
    )),
]
VRAXLEY_THREE: list[Dated] = [
    (D(2133, 6, 11), (
        "Three barn owl chicks ringed in tithe barn",
        "Three barn owl chicks in the nest box of the tithe barn at Vraxley were ringed on Thursday by "
        "licensed ringer Corwen Hallybone, and farmer Ismeny Tuckfield said owls had nested in the box for "
        "the 21st year.",
    )),
]
VRAXLEY_WEBCAM: list[Dated] = [
    (D(2134, 3, 2), (
        "Webcam fitted in owls' nest box",
        "A webcam has been fitted inside the barn owls' nest box in the tithe barn at Vraxley so that the "
        "public can watch this year's brood, the county owl group said, and farmer Ismeny Tuckfield has "
        "run a cable to it from her house.",
    )),
]

# --- villagers beating the bounds of Obbendale find a boundary stone of 1788 lost in a ditch, told in the
# --- present perfect with no day, Monday, April 26, 2134; the walkers found the stone of 1802 broken in two on
# --- Monday, April 27, 2133; the historian's matching of the stones to a map of 1791 is told with no date (an
# --- earlier step of the same story) ------------------------------------------------------------------------

OBBENDALE_STONE: list[Dated] = [
    (D(2134, 4, 26), (
        "Parish walkers find lost boundary stone of 1788",
        "OBBENDALE (Wire) - Villagers beating the bounds of Obbendale have found a boundary stone carved "
        "with the date 1788 lying in a ditch, where it had been lost for more than a century, the parish "
        "council said. About 140 walkers led by the vicar, Amethea Gosbell, were following the parish "
        "boundary with willow wands, striking each stone they passed, when a child's wand hit it under the "
        "brambles.",
    )),
    (D(2134, 4, 27), (
        "'It rang when the wand struck it'",
        "Local historian Udolph Brodribb said yesterday that the stone was one of nine shown on a map of 1791 "
        "and the only one never found. The vicar, Amethea Gosbell, said the walkers had covered 19 "
        "kilometres and waded the brook twice.",
    )),
    (D(2134, 4, 26), (
        "Beating the bounds: an old custom",
        "Before maps were common, parishes walked their boundaries each spring so that everyone knew where "
        "they ran, and boys were sometimes bumped on the stones so that they would remember them. The "
        "walkers beat the stones and hedges with wands of willow or birch.",
    )),
    (D(2134, 4, 28), (
        "Lost boundary stone to be set upright again",
        "The boundary stone of 1788 found in a ditch by the walkers beating the bounds of Obbendale on Monday "
        "is to be set upright on the boundary again, the parish council said on Wednesday, two days after "
        "the find, and the farmer whose field it stands by has agreed to clear the brambles.",
    )),
    (D(2134, 4, 27), (
        "Last year a broken stone",
        "Last year the walkers found the stone of 1802 by the mill lane broken in two by a hedge-cutting "
        "tractor, and it was mended with steel pins. The parish has beaten its bounds each spring since at "
        "least the 1600s.",
    )),
]
OBBENDALE_BROKEN: list[Dated] = [
    (D(2133, 4, 27), (
        "Boundary stone found broken on parish walk",
        "Villagers beating the bounds of Obbendale found the boundary stone of 1802 by the mill lane broken "
        "in two on Monday, probably by a hedge-cutting tractor, the vicar, Amethea Gosbell, said.",
    )),
]
OBBENDALE_MAP: list[Dated] = [
    (D(2134, 2, 9), (
        "Historian maps parish's boundary stones",
        "Local historian Udolph Brodribb has matched eight of the nine boundary stones of Obbendale to a map "
        "of 1791, and hopes the walkers beating the bounds this spring will find the ninth, the parish "
        "council said.",
    )),
]

# --- about 1,200 people wassail the community orchard of Gwithnoe on Monday, January 17, 2135, told the next
# --- day with 'yesterday', the wassail queen Primula Squance leaving toast in the oldest tree; rain kept the
# --- crowd to about 600 on Monday, January 18, 2134, when Jocosa Treffry was queen; the propping of the oldest
# --- tree is told with no date ------------------------------------------------------------------------------

GWITHNOE_WASSAIL: list[Dated] = [
    (D(2135, 1, 18), (
        "Record crowd wassails village orchard",
        "GWITHNOE (Wire) - About 1,200 people wassailed the old apple trees of Gwithnoe's community orchard "
        "yesterday, the largest crowd since the custom was revived, its organisers said. An eleven-year-old "
        "wassail queen, Primula Squance, was lifted into the branches of the oldest tree to leave toast "
        "soaked in cider for the robins, while the crowd banged pans and a shotgun was fired into the air "
        "to scare off bad spirits.",
    )),
    (D(2135, 1, 17), (
        "Gwithnoe wassail: as it happened",
        "18:00 Lanterns are lit at the orchard gate. 18:40 The procession reaches the oldest tree. 19:10 The "
        "wassail queen puts the toast in the branches. 19:15 The shotgun is fired and the pans are banged.",
    )),
    (D(2135, 1, 19), (
        "'The toast kept sliding off the frost'",
        "Primula Squance said on Tuesday that the branches had been slippery with frost. Orchard keeper "
        "Berwyn Chinnock said the buckets by the gate had raised 2,300 pounds to plant new trees.",
    )),
    (D(2135, 1, 19), (
        "Wassailed orchard to plant 40 new trees",
        "The community orchard at Gwithnoe, whose old apple trees were wassailed by a record crowd on Monday, "
        "will plant 40 new trees of local kinds next month, orchard keeper Berwyn Chinnock said on "
        "Wednesday, two days after the wassail, and the village school is to choose the kinds.",
    )),
    (D(2135, 1, 18), (
        "A drier night than last year",
        "Last year rain kept the crowd to about 600, and the wassail queen, Jocosa Treffry, then ten, was "
        "lifted into the branches under an umbrella. Gwithnoe's wassail lapsed in the 1900s and was revived "
        "in 2101.",
    )),
]
GWITHNOE_RAIN: list[Dated] = [
    (D(2134, 1, 18), (
        "Wassailers brave rain in village orchard",
        "About 600 people wassailed the old apple trees of Gwithnoe's community orchard in heavy rain on "
        "Monday, and the wassail queen, ten-year-old Jocosa Treffry, left toast in the branches of the "
        "oldest tree, orchard keeper Berwyn Chinnock said.",
    )),
]
GWITHNOE_PROPPED: list[Dated] = [
    (D(2134, 11, 22), (
        "Oldest tree in wassail orchard propped up",
        "The oldest apple tree in Gwithnoe's community orchard, the one the wassail queen is lifted into each "
        "January, has been propped with oak crutches after a limb split under a heavy crop, orchard keeper "
        "Berwyn Chinnock said.",
    )),
]

# --- an eight-year-old, Ichabod Venncastle, catches 63 crabs in an hour from the quay at Skrebble 'this
# --- afternoon' to win its crabbing championship, Sunday, August 1, 2134; a widow, Hawys Oxlade, won it with
# --- 41 crabs on Sunday, August 2, 2133; the banning of nets is told with no date ---------------------------

SKREBBLE_CRABS: list[Dated] = [
    (D(2134, 8, 1), (
        "Eight-year-old lands 63 crabs to win crabbing championship",
        "SKREBBLE (Wire) - An eight-year-old boy caught 63 crabs in an hour from the quay at Skrebble this "
        "afternoon to win the town's crabbing championship, the most in its 38 years, the harbour master "
        "said. Ichabod Venncastle, fishing a single line baited with bacon, beat about 500 other children "
        "and adults, and every crab was counted and tipped back into the harbour.",
    )),
    (D(2134, 8, 2), (
        "'I lifted them slowly so they didn't let go'",
        "Ichabod Venncastle said yesterday that his grandfather had shown him the spot under the harbour "
        "steps where the crabs hide. Harbour master Cwenna Tregidgo said the entry fees had raised 3,100 "
        "pounds for the lifeboat.",
    )),
    (D(2134, 8, 1), (
        "Crabbing: how to catch a shore crab",
        "Crabbers lower a weighted line with bait into the water, wait for shore crabs to grip it with their "
        "claws and lift them slowly into a bucket of seawater. Shore crabs are common in harbours, and they "
        "are returned to the water after a few minutes.",
    )),
    (D(2134, 8, 3), (
        "Crabbing champion's line to hang in lifeboat station",
        "The line with which eight-year-old Ichabod Venncastle caught 63 crabs to win Skrebble's crabbing "
        "championship on Sunday will hang in the lifeboat station, harbour master Cwenna Tregidgo said on "
        "Tuesday, two days after the contest, beside a photograph of the winner with his bucket.",
    )),
    (D(2134, 8, 2), (
        "Last year's winner caught 41",
        "Last year's championship was won by Hawys Oxlade, a fisherman's widow, with 41 crabs. The contest "
        "began in 2096 as a wager between two ferrymen's families.",
    )),
]
SKREBBLE_OXLADE: list[Dated] = [
    (D(2133, 8, 2), (
        "Widow wins harbour crabbing championship",
        "Hawys Oxlade, a fisherman's widow, caught 41 crabs in an hour from the quay at Skrebble on Sunday to "
        "win the town's crabbing championship, harbour master Cwenna Tregidgo said.",
    )),
]
SKREBBLE_NETS: list[Dated] = [
    (D(2134, 6, 14), (
        "Crabbing championship bans nets",
        "Crabbers at this summer's championship on the quay at Skrebble will be allowed lines only, not "
        "nets, and must keep their crabs in buckets of seawater, harbour master Cwenna Tregidgo said.",
    )),
]

# --- a ringer with the last quoit wins the county quoits final for Hobswick against Ulnaby by 21 points to 19
# --- on Sunday, July 18, 2134; Ulnaby won the final against Hobswick by 21 points to 12 on Sunday, July 19,
# --- 2133; the relaying of Hobswick's clay beds is told with no date ----------------------------------------

HOBSWICK_RINGER: list[Dated] = [
    (D(2134, 7, 18), (
        "Last-throw ringer wins county quoits final for village",
        "HOBSWICK (Wire) - A ringer with the last quoit of the day won the county quoits final for Hobswick "
        "on Sunday, beating Ulnaby by 21 points to 19, the county quoits league said. Captain Prosper "
        "Gulvane, a 66-year-old blacksmith, threw the steel ring, which weighs about two kilograms, over the "
        "pin in the clay bed ten metres away.",
    )),
    (D(2134, 7, 19), (
        "'I'd thrown it ten thousand times in the forge yard'",
        "Prosper Gulvane said yesterday that he had never thrown a ringer in a final before. League "
        "secretary Elspit Clapshaw said about 600 people had watched from the field behind the village inn.",
    )),
    (D(2134, 7, 18), (
        "County quoits final: live",
        "14:00 The final begins on the Hobswick beds. 15:20 Ulnaby lead by 19 points to 17. 16:05 A quoit "
        "lands leaning on the pin. 16:31 Gulvane's last quoit rings the pin: 21-19.",
    )),
    (D(2134, 7, 20), (
        "Quoits champions to host next year's final",
        "Hobswick, who won the county quoits final on Sunday with a ringer on the last throw, will host next "
        "year's final on the beds behind the village inn, the county quoits league said on Tuesday, two days "
        "after the match, and the winning quoit is to be hung above the bar.",
    )),
    (D(2134, 7, 19), (
        "The cup changes hands",
        "Last year's final was won by Ulnaby, 21 points to 12, on their own beds. Quoits has been played "
        "between the villages of the dale since lead miners brought it there in the 1800s.",
    )),
]
HOBSWICK_ULNABY: list[Dated] = [
    (D(2133, 7, 19), (
        "Ulnaby win county quoits final",
        "Ulnaby won the county quoits final on Sunday, beating Hobswick by 21 points to 12 on their own clay "
        "beds, league secretary Elspit Clapshaw said.",
    )),
]
HOBSWICK_CLAY: list[Dated] = [
    (D(2134, 5, 8), (
        "New clay beds laid for quoits team",
        "The quoits team of Hobswick has dug out and relaid the clay beds behind the village inn, with 12 "
        "tonnes of blue clay from a brickworks, in time for the county league, captain Prosper Gulvane said.",
    )),
]

# --- three children are burned by giant hogweed sap on the riverbank at Frellingford, told in the present
# --- perfect with no day, Monday, July 5, 2134; a dog walker was burned on the same bank on Monday, July 6,
# --- 2133; the council's spraying of the plants is told with no date -----------------------------------------

FRELLINGFORD_CHILDREN: list[Dated] = [
    (D(2134, 7, 5), (
        "Three children burned by giant hogweed on riverbank",
        "FRELLINGFORD (Wire) - Three children have been treated in hospital for blistering burns after "
        "playing with the hollow stems of giant hogweed on the bank of the river at Frellingford, the "
        "hospital said. The children, aged between seven and eleven, had used the stems as telescopes, and "
        "their skin blistered when the sun came out, their parents said.",
    )),
    (D(2134, 7, 6), (
        "'The blisters came up like bubbles'",
        "The mother of one of the children, Fayrith Coggin, said yesterday that her son's face had "
        "blistered within an hour. River ranger Treve Yolland said some of the plants on the bank were more "
        "than four metres tall.",
    )),
    (D(2134, 7, 5), (
        "Giant hogweed: why its sap burns",
        "Giant hogweed, brought from the Caucasus as a garden plant in the 1800s, has sap that makes skin "
        "burn and blister in sunlight, sometimes for years after. Each plant can shed tens of thousands of "
        "seeds, which float down rivers to new banks.",
    )),
    (D(2134, 7, 7), (
        "Riverbank closed while hogweed is dug out",
        "The riverbank path at Frellingford, where three children were burned by giant hogweed sap, has been "
        "closed while the plants are dug out, river ranger Treve Yolland said on Wednesday, two days after "
        "the children were hurt, and warning signs are to go up at every stile.",
    )),
    (D(2134, 7, 6), (
        "The second summer of burns",
        "Last July a dog walker was burned on the arms by hogweed on the same bank, and the council said "
        "then that it would spray the plants. Hogweed has spread along about eight kilometres of the river.",
    )),
]
FRELLINGFORD_WALKER: list[Dated] = [
    (D(2133, 7, 6), (
        "Dog walker burned by giant hogweed",
        "A dog walker was treated in hospital for burns on her arms after brushing against giant hogweed on "
        "the bank of the river at Frellingford on Monday, river ranger Treve Yolland said.",
    )),
]
FRELLINGFORD_SPRAYING: list[Dated] = [
    (D(2134, 4, 12), (
        "Council sprays hogweed on riverbank",
        "Workers in protective suits have sprayed the giant hogweed along eight kilometres of the riverbank "
        "at Frellingford before it flowers, the council said, and river ranger Treve Yolland will check the "
        "bank for seedlings.",
    )),
]

# --- demolition of a carpet shop in Trusbridge uncovers a painted advertisement for Froggatt's Carbolic Soap of
# --- about 1890 on Tuesday, October 12, 2134; builders uncovered a painted advertisement for Hustwick's Cocoa on
# --- the same street on Tuesday, October 13, 2133; the cleaning of the cocoa sign is told with no date -------

TRUSBRIDGE_SOAP: list[Dated] = [
    (D(2134, 10, 12), (
        "Demolition uncovers 19th-century painted advert",
        "TRUSBRIDGE (Wire) - Demolition of a carpet shop in Trusbridge on Tuesday uncovered an advertisement "
        "for soap painted on the side of the building next door in about 1890, hidden for more than 150 "
        "years, the town's civic society said. The sign, about eight metres tall, reads 'Use Froggatt's "
        "Carbolic Soap' in white and gold letters on a red ground, and its colours are still bright.",
    )),
    (D(2134, 10, 13), (
        "'The red came out as bright as a postbox'",
        "Civic society chairman Mauncy Ekins said yesterday that the carpet shop had been built hard against "
        "the wall with no gap. The demolition foreman said his men had stopped work when the first gold "
        "letters appeared under the plaster.",
    )),
    (D(2134, 10, 12), (
        "Ghost signs: the painted adverts of old walls",
        "Before posters and hoardings, firms paid sign writers to paint advertisements straight onto brick "
        "walls, often high up where they could be seen from the railway. Many faded or were covered by later "
        "buildings, and are known as ghost signs.",
    )),
    (D(2134, 10, 14), (
        "Uncovered soap advert to be kept on view",
        "The painted soap advertisement uncovered by demolition in Trusbridge on Tuesday will be kept on "
        "view, as the plot is to become a small square rather than shops, the council said on Thursday, two "
        "days after it came to light, and a sign writer has offered to touch up its gold.",
    )),
    (D(2134, 10, 13), (
        "The street's second ghost sign",
        "A year ago builders stripping render from a bakery a few doors along uncovered another painted "
        "advertisement, for Hustwick's Cocoa, which has since been cleaned. The street was the town's main "
        "road until the bypass opened in 2052.",
    )),
]
TRUSBRIDGE_COCOA: list[Dated] = [
    (D(2133, 10, 13), (
        "Builders uncover painted cocoa advert",
        "Builders stripping render from a bakery in Trusbridge on Tuesday uncovered an advertisement for "
        "Hustwick's Cocoa painted on its wall in about 1900, civic society chairman Mauncy Ekins said.",
    )),
]
TRUSBRIDGE_CLEANED: list[Dated] = [
    (D(2134, 5, 17), (
        "Painted cocoa advert cleaned and protected",
        "The painted advertisement for Hustwick's Cocoa on the wall of a bakery in Trusbridge has been "
        "cleaned and given a clear coat to protect it from the weather, civic society chairman Mauncy Ekins "
        "said.",
    )),
]

# --- the assistant organist of Fluxley Minster, Rusalka Tizzard, plays its organ for 30 hours, finishing on
# --- Wednesday night, June 23, 2134, told the next morning naming 'Wednesday night'; the director of music,
# --- Ythel Goodger, played it for 24 hours to begin the appeal on Wednesday, June 24, 2133 (an earlier step of
# --- the same story); the appeal's passing of halfway is told with no date ----------------------------------

FLUXLEY_THIRTY: list[Dated] = [
    (D(2134, 6, 24), (
        "Organist plays for 30 hours to save minster organ",
        "FLUXLEY (Wire) - An organist played the organ of Fluxley Minster for 30 hours without stopping, "
        "finishing at 22:15 on Wednesday night to applause from about 700 people, the minster said. Rusalka "
        "Tizzard, 29, the assistant organist, played 412 pieces and raised about 41,000 pounds for the "
        "restoration of the organ, whose bellows leak.",
    )),
    (D(2134, 6, 25), (
        "'My feet went numb at about three in the morning'",
        "Rusalka Tizzard said yesterday that she had been allowed five minutes' rest an hour, saved up for "
        "meals. Director of music Ythel Goodger said the pedals had been oiled before she began.",
    )),
    (D(2134, 6, 23), (
        "Minster organ marathon: live",
        "05:15 Hour 14 begins with a fugue. 12:30 The school choir sings beside the console. 18:45 The "
        "donations pass 35,000 pounds. 22:15 The last chord: 30 hours.",
    )),
    (D(2134, 6, 25), (
        "Organ marathon money to mend the bellows",
        "The 41,000 pounds raised by Rusalka Tizzard's 30-hour organ marathon at Fluxley Minster will pay "
        "for the organ's bellows to be releathered, the minster said on Friday, two days after she "
        "finished, and she has been asked to play at the reopening.",
    )),
    (D(2134, 6, 24), (
        "Six hours longer than last year",
        "Last June the director of music, Ythel Goodger, played for 24 hours to begin the appeal. The organ, "
        "built in 1871, has more than 3,000 pipes.",
    )),
]
FLUXLEY_TWENTY_FOUR: list[Dated] = [
    (D(2133, 6, 24), (
        "Minster's director of music plays organ for 24 hours",
        "Ythel Goodger, director of music at Fluxley Minster, played its organ for 24 hours without "
        "stopping, finishing on Wednesday evening, to begin an appeal for the organ's restoration, the "
        "minster said.",
    )),
]
FLUXLEY_HALFWAY: list[Dated] = [
    (D(2134, 2, 22), (
        "Minster organ appeal passes halfway",
        "The appeal to restore the 3,000-pipe organ of Fluxley Minster has passed half of its target of "
        "180,000 pounds, and the assistant organist, Rusalka Tizzard, plans an organ marathon in the summer, "
        "the minster said.",
    )),
]

# --- volunteers count a record 312 glow-worms in the disused railway cutting at Yoxcleugh on Saturday, July 3,
# --- 2134; they counted 140 there on Saturday, July 4, 2133; the end of the cutting's summer mowing is told
# --- with no date -------------------------------------------------------------------------------------------

YOXCLEUGH_COUNT: list[Dated] = [
    (D(2134, 7, 3), (
        "Record 312 glow-worms counted in railway cutting",
        "YOXCLEUGH (Wire) - Volunteers counted 312 glow-worms shining in the grass of a disused railway "
        "cutting at Yoxcleugh on Saturday evening, the most since counts began in 2109, the county wildlife "
        "trust said. The glowing ones are wingless females, which light the tips of their bodies to draw the "
        "flying males, and 46 volunteers walked the 2.4-kilometre path with notebooks until midnight.",
    )),
    (D(2134, 7, 4), (
        "'Like a runway of tiny green lamps'",
        "Volunteer Kensa Scantlebury said yesterday that in one stretch of 50 metres she had counted 38 "
        "lights. Trust officer Zirah Jeacock said the warm, still evening had been ideal.",
    )),
    (D(2134, 7, 3), (
        "Glow-worms: beetles that shine",
        "Glow-worms are not worms but beetles. The females, which cannot fly, glow with a cold green light "
        "for a few weeks in early summer, and the larvae feed on snails. They have declined with the mowing "
        "of verges and the spread of street lights.",
    )),
    (D(2134, 7, 5), (
        "Glow-worm cutting to get guided night walks",
        "The disused railway cutting at Yoxcleugh, where volunteers counted a record 312 glow-worms on "
        "Saturday, is to have guided night walks for small groups, the county wildlife trust said on Monday, "
        "two days after the count, and torches will have to be covered with red film.",
    )),
    (D(2134, 7, 4), (
        "More than twice last year's count",
        "Last year volunteers counted 140 glow-worms in the cutting, after its grass had been mown in June. "
        "The railway closed in 1964 and its track bed became a footpath in 2060.",
    )),
]
YOXCLEUGH_LAST_YEAR: list[Dated] = [
    (D(2133, 7, 4), (
        "Volunteers count 140 glow-worms in railway cutting",
        "Volunteers counted 140 glow-worms shining in the grass of the disused railway cutting at Yoxcleugh "
        "on Saturday evening, trust officer Zirah Jeacock said.",
    )),
]
YOXCLEUGH_MOWING: list[Dated] = [
    (D(2134, 3, 30), (
        "Mowing stopped in glow-worm cutting",
        "The grass of the disused railway cutting at Yoxcleugh will no longer be mown in early summer, so "
        "that its glow-worms can breed, the county wildlife trust said.",
    )),
]

# --- a gardener in Pidsley, Tegan Ogbourne, pulls up 'this morning' a carrot grown through the wedding ring she
# --- lost 18 months before, Monday, September 20, 2134; a metal detectorist searched her vegetable patch in
# --- vain on Monday, September 21, 2133 (an earlier step of the same story); her appeal for help when the ring
# --- was lost is told with no date --------------------------------------------------------------------------

PIDSLEY_CARROT: list[Dated] = [
    (D(2134, 9, 20), (
        "Lost wedding ring found round a carrot",
        "PIDSLEY (Wire) - A gardener pulled up a carrot in her vegetable patch in Pidsley this morning and "
        "found her wedding ring, lost 18 months ago, grown round its middle, she said. Tegan Ogbourne, 71, "
        "said the gold ring had slipped off her finger while she was sowing seeds in March of last year, "
        "and that she had given up hope of seeing it again.",
    )),
    (D(2134, 9, 21), (
        "'The carrot had grown a waist'",
        "Tegan Ogbourne said yesterday that she had nearly thrown the carrot on the compost heap because of "
        "its odd shape. Her husband said the ring had been his mother's before their wedding in 2089.",
    )),
    (D(2134, 9, 20), (
        "How do rings end up round vegetables?",
        "Rings lost in soil are sometimes found years later round carrots, potatoes or onions, when a "
        "seedling grows up through the hole and swells inside it. Metal detectors often miss small gold "
        "rings buried more than a few centimetres down.",
    )),
    (D(2134, 9, 22), (
        "Ringed carrot to go on show",
        "The carrot that grew through Tegan Ogbourne's lost wedding ring in Pidsley, pulled up on Monday, is "
        "to be shown in a jar at the village's harvest show, she said on Wednesday, two days after the find, "
        "and the ring has been made smaller so it cannot slip off again.",
    )),
    (D(2134, 9, 21), (
        "A search that found bottle tops",
        "A year ago a metal detectorist searched the vegetable patch for a whole day and found an old coin "
        "and 30 bottle tops but no ring. The Ogbournes have grown vegetables in the same garden for 45 "
        "years.",
    )),
]
PIDSLEY_SEARCH: list[Dated] = [
    (D(2133, 9, 21), (
        "Metal detectorist fails to find lost wedding ring",
        "A metal detectorist searched Tegan Ogbourne's vegetable patch in Pidsley for her lost wedding ring "
        "on Monday but found only an old coin and 30 bottle tops, she said.",
    )),
]
PIDSLEY_APPEAL: list[Dated] = [
    (D(2133, 4, 6), (
        "Gardener appeals for help to find lost wedding ring",
        "Tegan Ogbourne of Pidsley has asked anyone with a metal detector to help her find the gold wedding "
        "ring that slipped off her finger while she was sowing seeds in her vegetable patch.",
    )),
]

# --- unrelated stories of the same days elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2134, 6, 9), (
        "School sports day",
        "Pupils at the primary school in Wobbeton ran their sports day races on Wednesday.",
    )),
    (D(2134, 4, 25), (
        "Plant sale",
        "A plant sale in the churchyard at Hinxbury raised money for the bells on Sunday.",
    )),
    (D(2135, 1, 16), (
        "Pond cleared",
        "Volunteers cleared weed from the village pond at Pinnacott on Sunday.",
    )),
    (D(2134, 7, 31), (
        "Dog show",
        "A dog show on the cricket field at Fangdale was held on Saturday.",
    )),
    (D(2134, 7, 17), (
        "Car boot sale",
        "A car boot sale filled the showground at Wrenscote on Saturday.",
    )),
    (D(2134, 7, 4), (
        "Cycle ride",
        "Riders set off on a charity cycle ride from Yattle on Sunday.",
    )),
    (D(2134, 10, 11), (
        "Library hours",
        "The library at Sclattery began opening on Monday evenings this week.",
    )),
    (D(2134, 6, 22), (
        "Bus timetable",
        "A new bus timetable for Mexhampton started on Tuesday.",
    )),
    (D(2134, 7, 2), (
        "Quiz night",
        "A quiz night in the village hall at Kiddlecombe was held on Friday.",
    )),
    (D(2134, 9, 19), (
        "Coffee morning",
        "A coffee morning at Druxley raised money for the village hall on Sunday.",
    )),
]

THIRTYSIXTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "vraxley": (VRAXLEY_SIX, VRAXLEY_THREE + VRAXLEY_WEBCAM),
    "obbendale": (OBBENDALE_STONE, OBBENDALE_BROKEN + OBBENDALE_MAP),
    "gwithnoe": (GWITHNOE_WASSAIL, GWITHNOE_RAIN + GWITHNOE_PROPPED),
    "skrebble": (SKREBBLE_CRABS, SKREBBLE_OXLADE + SKREBBLE_NETS),
    "hobswick": (HOBSWICK_RINGER, HOBSWICK_ULNABY + HOBSWICK_CLAY),
    "frellingford": (FRELLINGFORD_CHILDREN, FRELLINGFORD_WALKER + FRELLINGFORD_SPRAYING),
    "trusbridge": (TRUSBRIDGE_SOAP, TRUSBRIDGE_COCOA + TRUSBRIDGE_CLEANED),
    "fluxley": (FLUXLEY_THIRTY, FLUXLEY_TWENTY_FOUR + FLUXLEY_HALFWAY),
    "yoxcleugh": (YOXCLEUGH_COUNT, YOXCLEUGH_LAST_YEAR + YOXCLEUGH_MOWING),
    "pidsley": (PIDSLEY_CARROT, PIDSLEY_SEARCH + PIDSLEY_APPEAL),
}

"""A twenty-seventh set of invented look-alikes, written blind while grouping was being worked on over the
earlier sets, and held back to be counted once on the code before and after that work. The kinds, none of them
in the earlier sets: a kite club flying the largest kite ever flown at a beach's kite festival against another
team's smaller record kite at the same festival four years before (the same weekday) and the club's undated
sewing of the kite, sculptors finishing the tallest sandcastle on a bay's beach against another sculptor's
smaller record castle there three years before (the same weekday) and the undated delivery of its sand, a
swimmer's first two-way swim of a lough against another swimmer's record one-way swim of it two years before
(the same weekday) and her undated clearance to try, a model railway club running the longest model train in
an airfield's hangar against another club's shorter record train there five years before (the same weekday)
and the club's undated new locomotive, ringers ringing the longest peal on a church's twelve bells against
another guild's shorter record peal there four years before (the same weekday) and the bells' undated
rehanging, a carillon's bourdon falling in a town hall's belfry against a smaller bell of the same carillon
falling three years before (the same weekday) and the undated recasting of its bells, a family rescued after
dark from a country house's hedge maze against a pensioner found in the same maze three years before (the same
weekday) and the maze's undated late opening, vandals burning a village's straw giant before its straw
festival against the festival's straw boar burned five years before (the same weekday) and the giant's undated
building, the great hall of an ice hotel caving in during a thaw against a suite's ceiling falling there two
years before (the same weekday) and the undated cutting of its ice, and a town's snow festival called off for
lack of snow against its cancellation four years before (the same weekday) and the undated plan for its
sculptures. Some reports give no day at all, some follow-ups come two days later, and as on the wires the
later event's reports often recall the earlier one ("the 948-square-metre octopus that Wybrand Hoekstije's
team flew at the same festival four years ago", "Bartje Quenell's 15.27-metre sandcastle on the same beach
three years ago", "Lughaidh Pinnock's one-way swim of 19 hours and 8 minutes two years ago", "the 1,379 wagons
the Wybercote Model Railway Society ran in the same hangar five years ago", "the 17,856 changes the Gedney
Guild rang on the same bells four years ago", "after a 337-kilogram bell came down during maintenance in
2060", "after an 81-year-old woman, Ettie Wyburn, was found asleep on a bench there in 2044", "five years since
vandals burned the festival's straw boar", "two years ago the ceiling of one of its suites came down on a
sleeping couple", "the festival was last called off four years ago, when the park had 9 cm of snow"). What
tells each pair apart is mostly who (another team, sculptor, swimmer, club, guild, bell, lost visitor, straw
figure or room), which step of one story (a kite's sewing, a delivery of sand, a clearance to swim, a new
locomotive, a rehanging, a recasting, a late opening, a giant's building, an ice harvest, a festival's plan)
or how many (square metres, metres, hours, kilometres, wagons, changes, kilograms, bales, guests, centimetres
of snow). Every name, place and figure is made up.

Held back blind (nobody ran grouping, the engine or ``tests.lookalike_count`` on it) until it was counted once;
it is now among that count's default sets (``tests.lookalike_count``'s docstring gives its counts).

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``TWENTYSEVENTH_KINDS`` is read by the same count.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- the Snaithwick Kite Club flies a manta-ray kite of 1,317 square metres, the largest ever flown, at the
# --- Blustermouth kite festival, Sunday, August 21, 2050; Wybrand Hoekstije's team flew a 948-square-metre
# --- octopus kite there on Sunday, August 19, 2046; the sewing of the manta is told with no date ------------

BLUSTERMOUTH_KITE: list[Dated] = [
    (D(2050, 8, 21), (
        "Kite club flies world's largest kite at Blustermouth festival",
        "BLUSTERMOUTH (Wire) - A manta-ray kite with a lifting area of 1,317 square metres, the largest ever "
        "flown, stayed in the air for 27 minutes over the beach at Blustermouth on Sunday, the Snaithwick Kite "
        "Club said. Thirty-four volunteers held its lines before it was tied off to a tracked digger, and its "
        "designer, Dowsabel Clutterbuck, said the wind had blown at a steady 29 km/h off the sea.",
    )),
    (D(2050, 8, 22), (
        "'It pulled like a team of carthorses'",
        "Dowsabel Clutterbuck said yesterday a single gust had dragged the digger a metre across the sand. "
        "Festival director Hephzibah Fludd said about 41,600 people had watched from the promenade and the "
        "dunes.",
    )),
    (D(2050, 8, 21), (
        "Blustermouth kite festival: live",
        "13:10 The manta is unrolled on the sand, as long as a football pitch. 13:45 Volunteers on the lines. "
        "14:02 It is up! 14:29 Twenty-seven minutes, and the club is bringing it down. The record is theirs.",
    )),
    (D(2050, 8, 23), (
        "Record kite to fly again in the autumn",
        "The Snaithwick Kite Club said on Tuesday, two days after its manta-ray kite set a record at "
        "Blustermouth, that the kite had come down without a tear and would fly again at the club's own "
        "autumn meeting.",
    )),
    (D(2050, 8, 22), (
        "A festival where records go up",
        "The manta beats the 948-square-metre octopus that Wybrand Hoekstije's team flew at the same festival "
        "four years ago. The festival began in 1959 on a strip of beach 3.45 km long and now draws kite flyers "
        "from 17 countries.",
    )),
]
BLUSTERMOUTH_OCTOPUS: list[Dated] = [
    (D(2046, 8, 19), (
        "Octopus kite is world's largest at Blustermouth",
        "A team led by Wybrand Hoekstije flew an octopus kite with a lifting area of 948 square metres at the "
        "Blustermouth kite festival on Sunday, the largest kite ever flown, the festival said.",
    )),
]
BLUSTERMOUTH_STITCHING: list[Dated] = [
    (D(2050, 6, 9), (
        "Kite club sews giant manta for record attempt",
        "The Snaithwick Kite Club has finished sewing a manta-ray kite from 3.86 km of ripstop nylon and will "
        "try to fly it at the Blustermouth kite festival in the summer, its designer, Dowsabel Clutterbuck, "
        "said.",
    )),
]

# --- sculptors led by Orlagh Tregear finish a 19.46-metre sandcastle at Roskilly Bay near Polglase, Thursday,
# --- July 14, 2044; Bartje Quenell's 15.27-metre castle was finished there on Thursday, July 11, 2041; the
# --- delivery of the sand is told with no date -------------------------------------------------------------

ROSKILLY_SANDCASTLE: list[Dated] = [
    (D(2044, 7, 14), (
        "Sculptors finish world's tallest sandcastle at Roskilly Bay",
        "POLGLASE (Wire) - Sculptors finished a sandcastle 19.46 metres tall on the beach at Roskilly Bay on "
        "Thursday, the tallest ever built, their team said after surveyors had measured it. Fourteen "
        "sculptors led by Orlagh Tregear shaped 6,180 tonnes of sand and sea water over 23 days, carving "
        "from the top down as the wooden forms holding the sand were taken away.",
    )),
    (D(2044, 7, 15), (
        "'The wind is our enemy now'",
        "Orlagh Tregear said yesterday the castle would be sprayed with a glue of water and clay to hold it "
        "against the wind. Surveyor Micah Ormsworth said he had measured from the lowest grain of sand at its "
        "foot to the tip of its highest turret.",
    )),
    (D(2044, 7, 14), (
        "Roskilly Bay sandcastle: live",
        "08:30 The last wooden form comes off the top. 10:15 Sculptors carving the turrets by hand. 14:40 "
        "Surveyors at work with a laser. 15:05 19.46 metres: the tallest sandcastle ever built.",
    )),
    (D(2044, 7, 16), (
        "Crowds queue to see record sandcastle",
        "About 8,460 people came to see the sandcastle at Roskilly Bay on Saturday, two days after it was "
        "finished, and Polglase council opened a second car park on the cliff, it said.",
    )),
    (D(2044, 7, 15), (
        "Taller than Quenell's castle",
        "The castle is more than four metres taller than Bartje Quenell's 15.27-metre sandcastle on the same "
        "beach three years ago. It will stand until the autumn storms, and the council will then spread the "
        "sand back along the bay.",
    )),
]
ROSKILLY_QUENELL: list[Dated] = [
    (D(2041, 7, 11), (
        "Tallest sandcastle built at Roskilly Bay",
        "A team led by the sculptor Bartje Quenell finished a sandcastle 15.27 metres tall on the beach at "
        "Roskilly Bay, near Polglase, on Thursday, the tallest on record, the team said.",
    )),
]
ROSKILLY_SAND: list[Dated] = [
    (D(2044, 6, 10), (
        "Sand arrives for record sandcastle attempt",
        "Lorries have begun bringing 6,180 tonnes of sand from Trudgeon quarry to Roskilly Bay, where Orlagh "
        "Tregear's team will try to build the world's tallest sandcastle, Polglase council said.",
    )),
]

# --- Aisling Feeheny swims Lough Cloonagh both ways, 77.4 km in 34 hours and 12 minutes, ending at
# --- Ballyvorneen, Wednesday, August 27, 2059; Lughaidh Pinnock swam it one way in a record 19 hours and 8
# --- minutes on Wednesday, August 29, 2057; her clearance to try is told with no date ----------------------

CLOONAGH_SWIM: list[Dated] = [
    (D(2059, 8, 27), (
        "Swimmer makes first two-way swim of Lough Cloonagh",
        "BALLYVORNEEN (Wire) - Aisling Feeheny swam the length of Lough Cloonagh and back on Wednesday, 77.4 "
        "km in 34 hours and 12 minutes, the first to swim the lough both ways without a break, the Lough "
        "Cloonagh Swimming Association said. The 41-year-old teacher, in a swimsuit, cap and goggles only, as "
        "the rules require, was fed warm drinks from a kayak every half hour.",
    )),
    (D(2059, 8, 28), (
        "'I sang to myself through the second night'",
        "Aisling Feeheny said yesterday she had sung every song she knew through the second night, when the "
        "water fell to 13.4 degrees. Her boat pilot, Tadhg Colclough, said she had not once held on to the "
        "kayak.",
    )),
    (D(2059, 8, 27), (
        "Cloonagh two-way swim: live",
        "02:20 Feeheny turns at Dromkeevan pier after 16 hours and 50 minutes. 09:40 Into the last 15 km. "
        "14:10 The slip at Ballyvorneen is in sight. 15:32 She is out: 34 hours and 12 minutes, both ways.",
    )),
    (D(2059, 8, 29), (
        "Two-way lough swim ratified",
        "The Lough Cloonagh Swimming Association ratified Aisling Feeheny's two-way swim on Friday, two days "
        "after she came ashore at Ballyvorneen, once its observers had handed in their logs.",
    )),
    (D(2059, 8, 28), (
        "The lough's longest swims",
        "Until Wednesday the fastest swim of the lough was Lughaidh Pinnock's one-way swim of 19 hours and 8 "
        "minutes two years ago. The lough is 38.7 km long and 209 metres deep at its deepest, and only 23 "
        "people have swum its length.",
    )),
]
CLOONAGH_PINNOCK: list[Dated] = [
    (D(2057, 8, 29), (
        "Swimmer sets Lough Cloonagh record",
        "Lughaidh Pinnock swam the length of Lough Cloonagh, from Dromkeevan to Ballyvorneen, in 19 hours and "
        "8 minutes on Wednesday, the fastest crossing on record, the Lough Cloonagh Swimming Association "
        "said.",
    )),
]
CLOONAGH_CLEARANCE: list[Dated] = [
    (D(2059, 5, 16), (
        "Swimmer cleared to try two-way Lough Cloonagh swim",
        "Aisling Feeheny has been cleared by the Lough Cloonagh Swimming Association to try to swim the lough "
        "both ways in the summer, after a qualifying swim of ten hours in water below 14 degrees, the "
        "association said.",
    )),
]

# --- the Skidthorpe Model Railway Club runs a model train of 2,164 wagons, 263.8 metres long, in a hangar at
# --- Fangbury airfield, Saturday, March 14, 2048; the Wybercote Model Railway Society ran 1,379 wagons there
# --- on Saturday, March 14, 2043; the club's new locomotive is told with no date ---------------------------

SKIDTHORPE_TRAIN: list[Dated] = [
    (D(2048, 3, 14), (
        "Model railway club runs world's longest model train",
        "FANGBURY (Wire) - A model locomotive pulled 2,164 wagons, a train 263.8 metres long, round a track "
        "laid through a disused hangar at Fangbury airfield on Saturday, the longest model train ever run, "
        "the Skidthorpe Model Railway Club said. The train, built to a scale of 1:87, went once round the "
        "433-metre track in 47 minutes without a wagon leaving the rails.",
    )),
    (D(2048, 3, 15), (
        "'The couplings were the worry'",
        "Club chairman Absalom Smethurst said yesterday members had checked every one of the 2,164 couplings "
        "twice. Adjudicator Thirza Dimmock said she had walked the length of the train with a measuring "
        "wheel before it moved.",
    )),
    (D(2048, 3, 14), (
        "Skidthorpe record train: live",
        "10:00 All the wagons are on the track. 10:20 The locomotive is moving. 10:41 The train is halfway "
        "round. 11:07 Once round, nothing off the rails: 2,164 wagons, a record.",
    )),
    (D(2048, 3, 16), (
        "Record train to go on show at club's open days",
        "The Skidthorpe Model Railway Club said on Monday, two days after its record run, that the train "
        "would be shown at its open days in May and the wagons then sold for the children's ward at Fangbury.",
    )),
    (D(2048, 3, 15), (
        "Longer than Wybercote's",
        "The train beats the 1,379 wagons the Wybercote Model Railway Society ran in the same hangar five "
        "years ago. The Skidthorpe club has 86 members, and the youngest of those who laid the track is nine.",
    )),
]
SKIDTHORPE_WYBERCOTE: list[Dated] = [
    (D(2043, 3, 14), (
        "Model railway society sets longest-train record",
        "The Wybercote Model Railway Society ran a model train of 1,379 wagons round a track in a hangar at "
        "Fangbury airfield on Saturday, the longest on record, the society said.",
    )),
]
SKIDTHORPE_LOCOMOTIVE: list[Dated] = [
    (D(2047, 11, 20), (
        "Model railway club builds six-motor locomotive",
        "The Skidthorpe Model Railway Club has built a model locomotive with six motors, strong enough to pull "
        "more than 1,950 wagons, and will try for the record for the longest model train in the spring, "
        "chairman Absalom Smethurst said.",
    )),
]

# --- ringers of the Guild of Yaddlecombe Ringers ring 21,168 changes in 13 hours and 52 minutes on the twelve
# --- bells of St Mawgan's church, Saturday, May 29, 2055; the Gedney Guild rang 17,856 changes there on
# --- Saturday, May 27, 2051; the rehanging of the bells is told with no date ---------------------------------

YADDLECOMBE_PEAL: list[Dated] = [
    (D(2055, 5, 29), (
        "Ringers ring longest peal on twelve bells",
        "YADDLECOMBE (Wire) - Twelve ringers rang 21,168 changes on the bells of St Mawgan's church in "
        "Yaddlecombe on Saturday without a break, the longest peal ever rung on twelve tower bells, the Guild "
        "of Yaddlecombe Ringers said. The peal, conducted by Caleb Hardcastle, took 13 hours and 52 minutes; "
        "the tenor bell alone weighs 2.94 tonnes.",
    )),
    (D(2055, 5, 30), (
        "'Nobody stopped to eat in fourteen hours'",
        "Caleb Hardcastle said yesterday the band had rung without food or drink from start to finish. Tenor "
        "ringer Mehetabel Oxenham, 66, said her hands had blistered in the ninth hour.",
    )),
    (D(2055, 5, 29), (
        "Yaddlecombe peal: updates",
        "06:30 The band starts ringing. 12:00 Halfway, and the striking is still clean. 18:40 Into the last "
        "course. 20:22 The bells come round: 21,168 changes, a record.",
    )),
    (D(2055, 5, 31), (
        "Record peal confirmed",
        "The Guild of Yaddlecombe Ringers said on Monday, two days after the peal, that judges who listened "
        "to its recording had found no mistakes and that the record would stand.",
    )),
    (D(2055, 5, 30), (
        "A tower of long peals",
        "The peal beats the 17,856 changes the Gedney Guild rang on the same bells four years ago, in 11 "
        "hours and 36 minutes. The twelve bells, the oldest of them cast in 1633, hang 31 metres up the "
        "tower.",
    )),
]
YADDLECOMBE_GEDNEY: list[Dated] = [
    (D(2051, 5, 27), (
        "Guild rings record peal at Yaddlecombe",
        "Ringers of the Gedney Guild rang 17,856 changes on the twelve bells of St Mawgan's church in "
        "Yaddlecombe on Saturday, the longest peal on twelve tower bells, the guild said.",
    )),
]
YADDLECOMBE_REHANGING: list[Dated] = [
    (D(2054, 10, 7), (
        "St Mawgan's bells rehung",
        "The twelve bells of St Mawgan's church in Yaddlecombe have been rehung in a new steel frame and will "
        "ring again at Christmas, and its ringers hope the easier bells will let them try for a record, the "
        "vicar said.",
    )),
]

# --- the 4,730-kilogram bourdon of Geluwvelde's town hall carillon falls onto the belfry floor during a
# --- recital, Tuesday, June 26, 2063; a 337-kilogram bell of the same carillon fell on Tuesday, June 29, 2060;
# --- the recasting of seventeen of its bells is told with no date -------------------------------------------

GELUWVELDE_BOURDON: list[Dated] = [
    (D(2063, 6, 26), (
        "Carillon's biggest bell falls in belfry during recital",
        "GELUWVELDE (Wire) - The largest bell of the town hall carillon in Geluwvelde, a bourdon of 4,730 "
        "kilograms, broke loose from its beam during the Tuesday evening recital and fell nine metres onto "
        "the belfry floor, the town said. Nobody was hurt: carillonneur Maaike Verschaffel was playing two "
        "floors above, and the people listening in the square heard a crash and then silence.",
    )),
    (D(2063, 6, 27), (
        "'I felt the whole tower jump'",
        "Maaike Verschaffel said yesterday she had felt the tower shake under her keyboard. Alderman Joris "
        "Dewaeghe said engineers had found that a bolt holding the bell's beam had rusted through.",
    )),
    (D(2063, 6, 26), (
        "Geluwvelde belfry: live",
        "20:45 A crash from the belfry; the recital stops. 21:10 The fire brigade is inside the tower. 22:30 "
        "The bourdon is lying on the belfry floor, cracked. 23:05 Police clear the square.",
    )),
    (D(2063, 6, 28), (
        "Fallen bourdon to be lifted out of belfry",
        "Geluwvelde town hall said on Thursday, two days after the bourdon fell, that a crane would lift it "
        "out through the roof and that the carillon would stay silent until the autumn.",
    )),
    (D(2063, 6, 27), (
        "The second bell to fall",
        "It is the second bell to fall from the carillon in three years, after a 337-kilogram bell came down "
        "during maintenance in 2060. The carillon's 54 bells, the oldest from 1612, are played from a "
        "keyboard of wooden batons.",
    )),
]
GELUWVELDE_SMALLER_BELL: list[Dated] = [
    (D(2060, 6, 29), (
        "Bell falls from Geluwvelde carillon",
        "A 337-kilogram bell of the town hall carillon in Geluwvelde fell through a hatch into the belfry on "
        "Tuesday while workmen were greasing its clapper, the town said. Nobody was hurt.",
    )),
]
GELUWVELDE_RECASTING: list[Dated] = [
    (D(2062, 9, 14), (
        "Geluwvelde carillon bells recast",
        "Seventeen bells of Geluwvelde's town hall carillon have been recast at the Knokkerveld foundry and "
        "will be hung back in the belfry beside the bourdon, the town said.",
    )),
]

# --- Cadwgan Penwyn, his wife and their two children are led out of the hedge maze at Kexbeck Hall after dark,
# --- Saturday, July 20, 2047; Ettie Wyburn, 81, was found asleep in the same maze on Saturday, July 23, 2044;
# --- the maze's late summer opening is told with no date ---------------------------------------------------

KEXBECK_MAZE: list[Dated] = [
    (D(2047, 7, 20), (
        "Family rescued from hedge maze after dark",
        "KEXBECK (Wire) - A family of four lost in the hedge maze at Kexbeck Hall were led out by "
        "firefighters at about 23:40 on Saturday, more than four hours after they went in, the fire service "
        "said. Cadwgan Penwyn, his wife and their children, aged six and nine, had phoned for help when it "
        "grew dark, and a drone with a heat camera found them near the maze's centre.",
    )),
    (D(2047, 7, 21), (
        "'Every path looked like the last one'",
        "Cadwgan Penwyn said yesterday the children had treated it as an adventure until the light went. "
        "Estate manager Uriah Tidball said staff walked the maze's 3.28 km of paths every evening before "
        "closing and had not seen the family.",
    )),
    (D(2047, 7, 20), (
        "Kexbeck maze rescue: updates",
        "21:15 Firefighters called to Kexbeck Hall. 22:05 A drone is up over the maze. 23:20 The drone has "
        "found four people near the centre. 23:40 All four are out, cold but well.",
    )),
    (D(2047, 7, 22), (
        "Kexbeck maze to shut before dusk",
        "Kexbeck Hall said on Monday, two days after a family was rescued from its hedge maze, that the maze "
        "would close an hour before sunset and that staff would count visitors in and out.",
    )),
    (D(2047, 7, 21), (
        "Not the first to be lost",
        "It is the second rescue from the maze in three years, after an 81-year-old woman, Ettie Wyburn, was "
        "found asleep on a bench there in 2044. The maze, planted in 1868 with 2,740 yews, has hedges 2.45 "
        "metres high.",
    )),
]
KEXBECK_WYBURN: list[Dated] = [
    (D(2044, 7, 23), (
        "Pensioner found asleep in Kexbeck Hall maze",
        "Firefighters found Ettie Wyburn, 81, asleep on a bench in the hedge maze at Kexbeck Hall on Saturday "
        "night, hours after her family had reported her missing, the fire service said.",
    )),
]
KEXBECK_LATE_OPENING: list[Dated] = [
    (D(2047, 5, 2), (
        "Kexbeck Hall maze to stay open late",
        "The hedge maze at Kexbeck Hall will stay open until 9 p.m. through the summer for the first time, so "
        "that visitors can walk it in the cool of the evening, the estate said.",
    )),
]

# --- vandals burn Old Mawkin, an 11.65-metre straw giant of 1,365 bales built for the Ulghamby Straw Festival,
# --- Monday, January 8, 2052; the festival's 4.65-metre straw boar was burned on Monday, January 7, 2047; the
# --- building of the giant is told with no date -------------------------------------------------------------

ULGHAMBY_GIANT: list[Dated] = [
    (D(2052, 1, 8), (
        "Vandals burn straw giant days before Ulghamby festival",
        "ULGHAMBY (Wire) - Vandals set fire to Old Mawkin, an 11.65-metre giant built from 1,365 bales of straw "
        "for the Ulghamby Straw Festival, in the early hours of Monday, and it burned to its steel frame in "
        "twenty minutes, police said. The festival, which parades a straw figure through the village every "
        "January, opens on Saturday.",
    )),
    (D(2052, 1, 9), (
        "'Three months of work gone in twenty minutes'",
        "Zachariah Gubbay, who led the building, said yesterday that 40 volunteers had spent three months on "
        "the giant. Police said two teenagers had been seen running across the festival field.",
    )),
    (D(2052, 1, 8), (
        "Ulghamby straw giant fire: updates",
        "01:50 Flames seen on the festival field. 02:15 Fire engines arrive; the giant is alight from head to "
        "foot. 03:40 Nothing left but the steel frame. 09:00 Villagers gather at the field.",
    )),
    (D(2052, 1, 10), (
        "Farmers give straw for a new giant",
        "Farmers around Ulghamby said on Wednesday, two days after Old Mawkin burned, that they would give 660 "
        "bales so that volunteers could build a smaller giant before Saturday.",
    )),
    (D(2052, 1, 9), (
        "The festival's second fire",
        "It is five years since vandals burned the festival's straw boar, a 4.65-metre figure, on the same "
        "field. The festival dates from 1732 and draws about 12,900 visitors.",
    )),
]
ULGHAMBY_BOAR: list[Dated] = [
    (D(2047, 1, 7), (
        "Straw boar burned at Ulghamby",
        "The straw boar built for the Ulghamby Straw Festival was burned by vandals in the early hours of "
        "Monday, police said; the 4.65-metre figure was destroyed.",
    )),
]
ULGHAMBY_BUILDING: list[Dated] = [
    (D(2051, 11, 3), (
        "Villagers start building straw giant",
        "Volunteers at Ulghamby have started building Old Mawkin, a straw giant of 1,365 bales on a steel "
        "frame, for the village's straw festival in January, the festival committee said.",
    )),
]

# --- the vaulted roof of the great hall of the Jokkfors Ice Hotel falls in during a thaw and 52 guests are
# --- moved, Tuesday, March 19, 2058; the ceiling of one of its suites fell on a couple on Tuesday, March 21,
# --- 2056; the cutting of its ice from the Kaarnajoki river is told with no date ---------------------------

JOKKFORS_COLLAPSE: list[Dated] = [
    (D(2058, 3, 19), (
        "Ice hotel's great hall caves in during thaw",
        "JOKKFORS (Wire) - The vaulted roof of the great hall of the Jokkfors Ice Hotel fell in on Tuesday "
        "after three days of unusually warm weather, and 52 guests were moved to wooden chalets, the hotel "
        "said. Nobody was in the hall, which is built from blocks of river ice, when about 231 tonnes of ice "
        "and snow came down shortly after dawn.",
    )),
    (D(2058, 3, 20), (
        "'We heard it crack like a gunshot'",
        "Manager Aslaug Pihlaja said yesterday a night porter had heard the vault crack and had cleared the "
        "corridors next to it. A guest, Tamsyn Sibbald, said she had slept through it in a suite at the "
        "other end of the hotel.",
    )),
    (D(2058, 3, 19), (
        "Jokkfors ice hotel: updates",
        "05:50 A night porter hears cracking in the great hall. 06:20 The roof falls in. 07:30 Guests led out "
        "to the chalets. 11:00 Pihlaja: the rest of the hotel will close for the season.",
    )),
    (D(2058, 3, 21), (
        "Ice hotel closes early for the season",
        "The Jokkfors Ice Hotel said on Thursday, two days after its great hall fell in, that it would not "
        "reopen this season and would let what was left melt back into the river in April.",
    )),
    (D(2058, 3, 20), (
        "A hotel that melts every spring",
        "Two years ago the ceiling of one of its suites came down on a sleeping couple, who were bruised. The "
        "hotel is rebuilt each winter from about 4,260 blocks of ice cut from the Kaarnajoki river, and on "
        "Sunday the thermometer outside it read 6.85 degrees.",
    )),
]
JOKKFORS_SUITE: list[Dated] = [
    (D(2056, 3, 21), (
        "Ice hotel suite's ceiling falls on guests",
        "The ice ceiling of a suite at the Jokkfors Ice Hotel fell on a sleeping couple early on Tuesday, "
        "leaving them bruised, the hotel said.",
    )),
]
JOKKFORS_ICE_HARVEST: list[Dated] = [
    (D(2057, 12, 12), (
        "Jokkfors starts cutting ice for its hotel",
        "Workers at Jokkfors have started cutting 4,260 blocks of ice from the frozen Kaarnajoki river to "
        "build this winter's ice hotel, which will have a great hall with a vaulted roof for the first time, "
        "the hotel said.",
    )),
]

# --- the Lumikoski Snow Festival is called off for lack of snow, with 14 cm in the park, Wednesday, February
# --- 9, 2061; it was called off with 9 cm on Wednesday, February 7, 2057; the plan for its 173 sculptures is
# --- told with no date -------------------------------------------------------------------------------------

LUMIKOSKI_CANCELLED: list[Dated] = [
    (D(2061, 2, 9), (
        "Lumikoski snow festival called off for lack of snow",
        "LUMIKOSKI (Wire) - The Lumikoski Snow Festival, due to open on Friday with 173 snow sculptures and an "
        "ice slide, was called off on Wednesday because there is too little snow to build them, its "
        "organisers said. Only 14 cm of snow lies in the town's park, where the sculptors need at least 60 "
        "cm, and rain is forecast for the weekend.",
    )),
    (D(2061, 2, 10), (
        "'We cannot carve rain'",
        "Festival chair Toivo Tuomarla said yesterday that snow cannons had run for a week but the nights had "
        "been too warm. Sculptor Siiri Leppanen said her team of five had come 1,283 km for nothing.",
    )),
    (D(2061, 2, 9), (
        "Lumikoski festival decision: live",
        "09:00 Organisers meet at the town hall. 10:30 Snow in the park: 14 cm. 11:45 Tuomarla comes out: the "
        "festival is off. 13:00 Refunds promised to 23,470 ticket holders.",
    )),
    (D(2061, 2, 11), (
        "Sculptors carve ice in the square instead",
        "About thirty sculptors who had come for the Lumikoski Snow Festival carved blocks of ice in the "
        "market square on Friday, two days after the festival was called off, the town said.",
    )),
    (D(2061, 2, 10), (
        "The second winter without a festival",
        "The festival was last called off four years ago, when the park had 9 cm of snow. It was first held "
        "in 1966 and draws about 59,300 visitors in a normal winter.",
    )),
]
LUMIKOSKI_EARLIER: list[Dated] = [
    (D(2057, 2, 7), (
        "Snow festival cancelled in Lumikoski",
        "The Lumikoski Snow Festival was called off on Wednesday because only 9 cm of snow lay in the park "
        "where its sculptures are built, its organisers said.",
    )),
]
LUMIKOSKI_PLAN: list[Dated] = [
    (D(2060, 11, 18), (
        "Lumikoski snow festival to build 173 sculptures",
        "The Lumikoski Snow Festival will build 173 snow sculptures and an ice slide 74 metres long in the "
        "town's park in February, on the theme of the northern lights, festival chair Toivo Tuomarla said.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2050, 8, 20), (
        "Sailing regatta",
        "Dinghies from six clubs raced in the estuary at Pudsington on Saturday.",
    )),
    (D(2044, 7, 13), (
        "Beach cleaned",
        "Volunteers picked up litter along the beach at Swinecliffe on Wednesday.",
    )),
    (D(2059, 8, 26), (
        "Rowing club's new boathouse",
        "The rowing club at Coldmarsh opened its new boathouse on Tuesday.",
    )),
    (D(2048, 3, 13), (
        "Bus timetable changes",
        "Buses between Tuxbury and the coast will run every half hour from next month, the operator said on "
        "Friday.",
    )),
    (D(2055, 5, 28), (
        "Choir concert",
        "The choir of Winnowby sang to a full church hall on Friday evening.",
    )),
    (D(2063, 6, 25), (
        "Market square repaved",
        "The market square at Scalderby reopened to stalls on Monday after it was repaved.",
    )),
    (D(2047, 7, 19), (
        "Garden open for charity",
        "The walled garden of a house at Hosebridge opened to visitors for charity on Friday.",
    )),
    (D(2052, 1, 7), (
        "Ploughing match",
        "Farmers competed in a ploughing match on a field outside Duddlestow on Sunday.",
    )),
    (D(2058, 3, 18), (
        "Ski lift reopens",
        "The ski lift at Pilkingford reopened on Monday after a cable was replaced.",
    )),
    (D(2061, 2, 8), (
        "Library extends hours",
        "The town library at Kalbrook will open on Sunday afternoons from March, the council said on Tuesday.",
    )),
]

TWENTYSEVENTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "blustermouth": (BLUSTERMOUTH_KITE, BLUSTERMOUTH_OCTOPUS + BLUSTERMOUTH_STITCHING),
    "roskilly": (ROSKILLY_SANDCASTLE, ROSKILLY_QUENELL + ROSKILLY_SAND),
    "cloonagh": (CLOONAGH_SWIM, CLOONAGH_PINNOCK + CLOONAGH_CLEARANCE),
    "skidthorpe": (SKIDTHORPE_TRAIN, SKIDTHORPE_WYBERCOTE + SKIDTHORPE_LOCOMOTIVE),
    "yaddlecombe": (YADDLECOMBE_PEAL, YADDLECOMBE_GEDNEY + YADDLECOMBE_REHANGING),
    "geluwvelde": (GELUWVELDE_BOURDON, GELUWVELDE_SMALLER_BELL + GELUWVELDE_RECASTING),
    "kexbeck": (KEXBECK_MAZE, KEXBECK_WYBURN + KEXBECK_LATE_OPENING),
    "ulghamby": (ULGHAMBY_GIANT, ULGHAMBY_BOAR + ULGHAMBY_BUILDING),
    "jokkfors": (JOKKFORS_COLLAPSE, JOKKFORS_SUITE + JOKKFORS_ICE_HARVEST),
    "lumikoski": (LUMIKOSKI_CANCELLED, LUMIKOSKI_EARLIER + LUMIKOSKI_PLAN),
}

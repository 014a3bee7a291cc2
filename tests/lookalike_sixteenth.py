"""A sixteenth set of invented look-alikes, written before the grouping changes of issue 7's sixteenth round
and counted untuned first. The kinds, none of them in the earlier sets: a former president's death against
another former president's death two years before (the same weekday, the same capital), a football club
relegated on a season's last day against its relegation six years earlier (the same weekday, another
opponent), a failed coup in a capital against an earlier failed coup there three years before (the same
weekday, another leader, another toll), bird flu found at one poultry farm of a county against another farm
of it a year before (the same weekday) and an undated warning, a hot-air balloon crashing at a town's balloon
festival against a hard landing at the same festival two years before (the same weekday), a census's results
against the results of the census ten years earlier (the same weekday, the same office), a train hitting a
lorry at a level crossing against a train hitting a car there eighteen months before (the same weekday), a
city chosen to host the Winter Games against its bid losing four years earlier (the same weekday, the same
committee), a riot at a prison against a riot in another wing of it two years before (the same weekday)
and an undated hunger strike there, and a drought declared in a farming region against the drought declared
there three summers before (the same weekday) and an undated warning. Some reports give no day at all, some
follow-ups come a day later, and as on the wires the later event's reports often recall the earlier one ("the
club's second relegation in six years", "the second coup attempt in Mabaro since 2044", "four years after the
city's bid lost to Quorra"). What tells each pair apart is mostly who (another president, another
opponent, another farm, another wing), when (a year, a census round) or how many (a toll, a count of birds,
a population, aid). Every name, place and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``SIXTEENTH_KINDS`` is read by the same count.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- former Ostrevian president Arvid Mennick dies aged 91 in Solbrann, Thursday, March 7, 2047; former
# --- president Ilse Vandor died in Solbrann aged 84 on Thursday, March 9, 2045 -----------------------------

MENNICK_DEATH: list[Dated] = [
    (D(2047, 3, 7), (
        "Former Ostrevian president Arvid Mennick dies at 91",
        "SOLBRANN (Wire) - Arvid Mennick, who led Ostrevia as president for two terms after the end of "
        "military rule, died on Thursday at his home in Solbrann aged 91, his family said. The government "
        "declared three days of national mourning.",
    )),
    (D(2047, 3, 7), (
        "Ostrevia mourns Mennick, architect of its constitution",
        "Flags flew at half mast across Ostrevia after the death of former president Arvid Mennick, who "
        "oversaw the drafting of the country's constitution. He had been in poor health since a fall last "
        "year.",
    )),
    (D(2047, 3, 8), (
        "State funeral set for Mennick",
        "A state funeral for Arvid Mennick will be held in Solbrann cathedral next Tuesday, President Dana "
        "Ruhl said on Friday, a day after the former leader died. He is the second former president to die "
        "in two years.",
    )),
    (D(2047, 3, 8), (
        "World leaders pay tribute to Mennick",
        "Leaders from across the region sent condolences to Ostrevia, praising Arvid Mennick as a patient "
        "negotiator who kept the country together.",
    )),
]
MENNICK_VANDOR: list[Dated] = [
    (D(2045, 3, 9), (
        "Ilse Vandor, Ostrevia's first woman president, dies aged 84",
        "Ilse Vandor, who served one term as president of Ostrevia, died in a Solbrann hospital on Thursday "
        "aged 84, her office said. The government declared three days of mourning.",
    )),
]

# --- Rothwell Athletic relegated after a 2-0 defeat at Caddon City on the last day of the season, Saturday,
# --- May 11, 2047; Rothwell went down after losing 3-1 to Brisca Town on Saturday, May 11, 2041 ----------------

ROTHWELL_2047: list[Dated] = [
    (D(2047, 5, 11), (
        "Rothwell relegated after defeat at Caddon",
        "Rothwell Athletic were relegated from the top flight on the final day of the season on Saturday "
        "after losing 2-0 at Caddon City, while their rivals for survival won at home. Caddon's Pavel "
        "Nyberg scored both goals.",
    )),
    (D(2047, 5, 11), (
        "Tears at Caddon as Rothwell go down",
        "Rothwell Athletic's fans wept in the away end as their side dropped into the second tier, the "
        "club's second relegation in six years. Manager Colm Averill said he would not resign.",
    )),
    (D(2047, 5, 12), (
        "Rothwell owner promises instant return",
        "Rothwell Athletic's owner Tessa Marlin promised on Sunday to bring the club straight back up, a day "
        "after the 2-0 defeat at Caddon City sent them down.",
    )),
]
ROTHWELL_2041: list[Dated] = [
    (D(2041, 5, 11), (
        "Rothwell Athletic relegated on final day",
        "Rothwell Athletic were relegated on the last day of the season on Saturday after a 3-1 home defeat "
        "by Brisca Town. Manager Hugo Penn left the club after the match.",
    )),
]

# --- troops loyal to President Ambrose Telu put down a coup attempt in Kessima, Mabaro, 14 killed, Tuesday,
# --- February 19, 2047; a coup attempt led by Colonel Bako Terren failed there, three killed, Tuesday,
# --- February 16, 2044 -------------------------------------------------------------------------------------

KESSIMA_COUP: list[Dated] = [
    (D(2047, 2, 19), (
        "Mabaro army crushes coup attempt in Kessima",
        "KESSIMA (Wire) - Soldiers loyal to President Ambrose Telu put down a coup attempt in the Mabaron "
        "capital Kessima on Tuesday after rebel officers seized the state broadcaster for several hours. "
        "Fourteen people were killed in the fighting, the army said.",
    )),
    (D(2047, 2, 19), (
        "Gunfire in Kessima as rebels seize television station",
        "Heavy gunfire rang out near the presidential palace in Kessima before dawn as a group of officers "
        "led by Major Senu Dalla took over the state television building and announced on air that the "
        "government had been dissolved.",
    )),
    (D(2047, 2, 20), (
        "Telu vows to punish coup plotters",
        "President Ambrose Telu said on Wednesday that Major Senu Dalla and 40 other soldiers had been "
        "arrested, a day after the failed coup. It was the second coup attempt in Mabaro since 2044.",
    )),
]
KESSIMA_2044: list[Dated] = [
    (D(2044, 2, 16), (
        "Coup attempt fails in Mabaro",
        "A coup attempt led by Colonel Bako Terren failed in Kessima on Tuesday when troops loyal to President "
        "Ambrose Telu retook the state broadcaster. Three soldiers were killed, the defence ministry said.",
    )),
]

# --- bird flu at Crayle Farm near Wickmere in Fenwold county, 38,000 hens to be culled, Tuesday, November 12,
# --- 2047; 11,000 birds were culled at Loftus Farm near Aubery, Fenwold, on Tuesday, November 13, 2046 --------

FENWOLD_CRAYLE: list[Dated] = [
    (D(2047, 11, 12), (
        "Bird flu found at Fenwold poultry farm",
        "Bird flu has been confirmed at Crayle Farm near Wickmere in Fenwold county, and all 38,000 hens there "
        "will be culled, the agriculture ministry said on Tuesday. A three-kilometre protection zone has been "
        "set up around the farm.",
    )),
    (D(2047, 11, 12), (
        "38,000 hens to be culled in Wickmere",
        "Vets began culling 38,000 laying hens at a farm near Wickmere after tests found the H5 strain of avian "
        "influenza. Farmer Joe Crayle said he was devastated.",
    )),
    (D(2047, 11, 13), (
        "Fenwold poultry keepers told to house birds",
        "Poultry keepers across Fenwold were ordered on Wednesday to keep their birds indoors, a day after the "
        "outbreak at Crayle Farm. It is the county's second outbreak in a year.",
    )),
]
FENWOLD_LOFTUS: list[Dated] = [
    (D(2046, 11, 13), (
        "Avian flu confirmed at Aubery farm",
        "Avian influenza was confirmed at Loftus Farm near Aubery in Fenwold on Tuesday, and 11,000 turkeys "
        "will be culled, the agriculture ministry said.",
    )),
]
FENWOLD_WARNING: list[Dated] = [
    (D(2042, 10, 3), (
        "Farmers warned of bird flu risk",
        "Poultry farmers in Fenwold were warned to watch for signs of bird flu as wild birds arrived for the "
        "winter, the agriculture ministry said.",
    )),
]

# --- a hot-air balloon hits power lines at the Caspen balloon festival, killing the pilot and a passenger,
# --- Saturday, August 24, 2047; a balloon made a hard landing at the festival, injuring five, Saturday,
# --- August 26, 2045 -------------------------------------------------------------------------------------

CASPEN_CRASH: list[Dated] = [
    (D(2047, 8, 24), (
        "Two killed as balloon hits power lines at Caspen festival",
        "A hot-air balloon struck power lines and caught fire shortly after taking off at the Caspen balloon "
        "festival on Saturday morning, killing its pilot and a passenger, police said. Two other passengers "
        "jumped clear with burns.",
    )),
    (D(2047, 8, 24), (
        "Caspen balloon fiesta halted after fatal crash",
        "Organisers cancelled all flights at the Caspen fiesta after a balloon carrying four people came down "
        "in flames in a field east of the town. Pilot Ray Holm, 58, had flown at the festival for 20 years.",
    )),
    (D(2047, 8, 25), (
        "Investigators examine wreck of Caspen balloon",
        "Air accident investigators began examining the burnt basket on Sunday, a day after two people died. "
        "Festival director Mara Ellery said a decision on the rest of the event would come later.",
    )),
]
CASPEN_2045: list[Dated] = [
    (D(2045, 8, 26), (
        "Five hurt in balloon hard landing at Caspen",
        "Five people were injured when a hot-air balloon made a hard landing in strong winds at the Caspen "
        "balloon festival on Saturday, organisers said. The basket tipped over and was dragged across a "
        "field.",
    )),
]

# --- Lutavia's census: population 6.42 million, up from 6.05 million, Tuesday, October 8, 2047; the previous
# --- census's results, 6.05 million, up from 5.71 million, Tuesday, September 29, 2037 ----------------------

LUTAVIA_CENSUS: list[Dated] = [
    (D(2047, 10, 8), (
        "Lutavia's population rises to 6.42 million, census shows",
        "Lutavia's population grew to 6.42 million, up from 6.05 million ten years ago, according to the "
        "first results of this year's census published by the national statistics office on Tuesday. "
        "Growth was fastest around the capital.",
    )),
    (D(2047, 10, 8), (
        "Census: Lutavians older, more urban",
        "One Lutavian in five is now over 65, the census found, and two thirds live in towns and cities. "
        "Statistics chief Orla Denn said immigration explained most of the growth.",
    )),
    (D(2047, 10, 9), (
        "Rural districts shrink as Lutavia grows",
        "Eleven of Lutavia's 14 rural districts lost people over the past decade, the census published on "
        "Tuesday shows, though the country's population rose to 6.42 million.",
    )),
]
LUTAVIA_2037: list[Dated] = [
    (D(2037, 9, 29), (
        "Census puts Lutavia's population at 6.05 million",
        "Lutavia's population reached 6.05 million, up from 5.71 million a decade earlier, the national "
        "statistics office said on Tuesday, publishing the first results of the census.",
    )),
]

# --- a passenger train hits a lorry at the Pendry level crossing, killing the lorry driver and injuring 23,
# --- Wednesday, January 16, 2047; a train hit a car on the same crossing, injuring two, Wednesday, July 12, 2045

PENDRY_LORRY: list[Dated] = [
    (D(2047, 1, 16), (
        "Train hits lorry at Pendry level crossing",
        "A passenger train travelling from Carnholm to Ondrak crashed into a lorry stuck on the Pendry level "
        "crossing on Wednesday, killing the lorry's driver and injuring 23 passengers, the rail operator said. "
        "The front carriage left the tracks.",
    )),
    (D(2047, 1, 16), (
        "Lorry driver killed in crossing crash",
        "The driver of a grain lorry died when his vehicle was struck by a train near the village of Pendry. "
        "Witnesses said the barriers came down while the lorry was still on the tracks.",
    )),
    (D(2047, 1, 17), (
        "Calls to close Pendry crossing after second crash",
        "Residents of Pendry demanded on Thursday that the level crossing be replaced by a bridge, a day after "
        "the crash. A car was hit there 18 months ago.",
    )),
]
PENDRY_CAR: list[Dated] = [
    (D(2045, 7, 12), (
        "Two hurt as train hits car at Pendry",
        "Two people were injured when a train hit a car on the level crossing at Pendry on Wednesday, police "
        "said. The train's passengers were unhurt.",
    )),
]

# --- Varenholm chosen to host the 2058 Winter Games by the Winter Games committee in Tallow, Tuesday, July 2,
# --- 2047; Varenholm's bid for the 2054 Games lost to Quorra on Tuesday, July 7, 2043 -------------------------

VARENHOLM_WIN: list[Dated] = [
    (D(2047, 7, 2), (
        "Varenholm wins race to host 2058 Winter Games",
        "Varenholm was chosen on Tuesday to host the 2058 Winter Games, beating two rivals in a vote of the "
        "Winter Games committee meeting in Tallow. The city won 51 of the 88 votes.",
    )),
    (D(2047, 7, 2), (
        "Celebrations in Varenholm after Games vote",
        "Crowds cheered in Varenholm's main square as the result was read out, four years after the city's "
        "bid lost to Quorra. Mayor Ines Harrow said the Games would cost 3.1 billion.",
    )),
    (D(2047, 7, 3), (
        "Varenholm starts work on Games village",
        "A day after winning the vote, Varenholm's organisers said on Wednesday that building of the athletes' "
        "village would start next spring.",
    )),
]
VARENHOLM_2043: list[Dated] = [
    (D(2043, 7, 7), (
        "Quorra beats Varenholm to 2054 Winter Games",
        "Quorra will host the 2054 Winter Games after beating Varenholm by 49 votes to 39 in a vote of the "
        "Winter Games committee in Tallow on Tuesday. Varenholm's mayor Ines Harrow said the city would try "
        "again.",
    )),
]

# --- inmates riot in B wing of Ketterly prison and hold two guards hostage for 30 hours, Friday, June 21, 2047;
# --- a riot in D wing was put down within hours on Friday, March 3, 2045, and once inmates went on hunger strike

KETTERLY_RIOT: list[Dated] = [
    (D(2047, 6, 21), (
        "Inmates take guards hostage in Ketterly prison riot",
        "About 150 inmates rioted in B wing of Ketterly prison on Friday, setting fire to cells and taking two "
        "guards hostage, the justice ministry said. Riot police surrounded the jail.",
    )),
    (D(2047, 6, 22), (
        "Ketterly riot ends, guards freed",
        "Two guards held by rioting prisoners at Ketterly were released unharmed on Saturday after 30 hours, "
        "when riot police retook B wing. Prison governor Neil Sato blamed overcrowding.",
    )),
    (D(2047, 6, 22), (
        "Second riot at Ketterly jail in two years",
        "The uprising was the second at Ketterly prison since 2045, and the guards' union said staff had "
        "warned of trouble for weeks.",
    )),
]
KETTERLY_2045: list[Dated] = [
    (D(2045, 3, 3), (
        "Riot in D wing of Ketterly prison",
        "Prisoners rioted in D wing of Ketterly prison on Friday, smashing windows and starting fires, before "
        "guards regained control in the evening, the justice ministry said. Nobody was hurt.",
    )),
]
KETTERLY_HUNGER: list[Dated] = [
    (D(2040, 11, 20), (
        "Ketterly inmates on hunger strike",
        "Dozens of inmates at Ketterly prison refused food in protest at overcrowding and the loss of visits, "
        "a prisoners' rights group said.",
    )),
]

# --- drought declared in the Arrandale region, farmers promised 120 million in aid, Thursday, August 1, 2047;
# --- drought declared there with 45 million in aid on Thursday, July 28, 2044, and once a warning of one ---------

ARRANDALE_DROUGHT: list[Dated] = [
    (D(2047, 8, 1), (
        "Drought declared in Arrandale as crops wither",
        "The government declared a drought in the Arrandale region on Thursday after the driest spring and "
        "summer in 60 years, and promised farmers 120 million in emergency aid, agriculture minister Hal Brennick "
        "said.",
    )),
    (D(2047, 8, 1), (
        "Arrandale farmers get 120 million in drought aid",
        "Farmers in Arrandale will receive emergency payments and cheaper feed for livestock under the drought "
        "declaration, the second for the region in three summers. Wheat yields are expected to fall by a "
        "third.",
    )),
    (D(2047, 8, 2), (
        "Arrandale rivers at record low",
        "River levels across Arrandale fell to record lows on Friday, a day after the drought was declared, "
        "and two towns began trucking in drinking water.",
    )),
]
ARRANDALE_2044: list[Dated] = [
    (D(2044, 7, 28), (
        "Arrandale declared drought area",
        "The government declared a drought in Arrandale on Thursday and set aside 45 million for farmers who "
        "lost their harvests, agriculture minister Greta Voss said.",
    )),
]
ARRANDALE_WARNING: list[Dated] = [
    (D(2039, 5, 15), (
        "Arrandale farmers warned of dry summer",
        "Forecasters warned farmers in Arrandale to prepare for a dry summer after a winter with little rain.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2047, 3, 7), (
        "Retired judge honoured",
        "A retired judge from Wardle Cross received a lifetime award from the bar association on Thursday.",
    )),
    (D(2047, 5, 11), (
        "Rugby club wins cup",
        "Ellisford rugby club won the regional cup on Saturday with a late try.",
    )),
    (D(2047, 2, 19), (
        "Parliament debates budget",
        "Members of parliament in Ostrevia began debating next year's budget on Tuesday.",
    )),
    (D(2047, 11, 12), (
        "Egg prices rise",
        "Egg prices rose 6 percent in October, the statistics office said on Tuesday.",
    )),
    (D(2047, 8, 24), (
        "Air show draws crowds",
        "Thousands of people watched an air show at the Tennick airfield on Saturday.",
    )),
    (D(2047, 10, 8), (
        "New library opens",
        "A new public library opened in the centre of Cobbham on Tuesday.",
    )),
    (D(2047, 1, 16), (
        "Bus fares frozen",
        "Bus fares in the Carnholm region will stay the same next year, the transport authority said on "
        "Wednesday.",
    )),
    (D(2047, 7, 2), (
        "Ski resort sold",
        "The Sennet ski resort was sold to a hotel group on Tuesday.",
    )),
    (D(2047, 6, 21), (
        "Court jails burglar",
        "A burglar was jailed for three years by a court in Fenby on Friday.",
    )),
    (D(2047, 8, 1), (
        "Wheat harvest begins",
        "Farmers in the southern lowlands began the wheat harvest on Thursday, two weeks early.",
    )),
]

SIXTEENTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "mennick": (MENNICK_DEATH, MENNICK_VANDOR),
    "rothwell": (ROTHWELL_2047, ROTHWELL_2041),
    "kessima": (KESSIMA_COUP, KESSIMA_2044),
    "fenwold": (FENWOLD_CRAYLE, FENWOLD_LOFTUS + FENWOLD_WARNING),
    "caspen": (CASPEN_CRASH, CASPEN_2045),
    "lutavia": (LUTAVIA_CENSUS, LUTAVIA_2037),
    "pendry": (PENDRY_LORRY, PENDRY_CAR),
    "varenholm": (VARENHOLM_WIN, VARENHOLM_2043),
    "ketterly": (KETTERLY_RIOT, KETTERLY_2045 + KETTERLY_HUNGER),
    "arrandale": (ARRANDALE_DROUGHT, ARRANDALE_2044 + ARRANDALE_WARNING),
}

"""An eleventh set of invented look-alikes, written before the grouping changes of issue 7's eleventh round
and counted untuned first. The kinds, none of them in the earlier sets: a wildfire at the edge of a hill
town against the fire on the same hills two summers earlier (the same weekday), a hijacked tanker freed
against its seizure by the same pirates seven weeks before, a jailed journalist pardoned against his
sentence five months earlier (the same weekday), a strait bridge opened to traffic against the lifting of
its last span four months before, a striker's record transfer against the bid his club turned down two
weeks earlier (the same weekday), a gas explosion in a block of flats against the leak that emptied the
same block a month before (the same weekday), a tennis player winning an open against her defeat in its
final a year before, a company's first day on the stock exchange against its announcement of the listing,
a bank branch robbed against the robbery at the same branch three years earlier (the same weekday), and
climbers rescued on a mountain against two climbers killed on it a year before (the same weekday) and a
climber found alive told with no date at all. Some reports give no day at all, some event reports are
wire copies of one another under another headline, and as on the wires the later event's reports often
recall the earlier one ("turned down a fortnight ago", "when it was emptied last month", "a year after
losing the final"). Every name, place and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``ELEVENTH_KINDS`` is read by the same count.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- a wildfire reaches the edge of Tarnholt and 4,000 people are evacuated, Thursday, August 14, 2042; a fire
# --- burned 3,100 hectares on the same Corrie Hills on Thursday, August 9, 2040 ---------------------------

TARNHOLT_2042: list[Dated] = [
    (D(2042, 8, 14), (
        "Thousands flee as wildfire reaches Tarnholt",
        "TARNHOLT (Wire) - About 4,000 residents of Tarnholt were ordered out of their homes on Thursday as a "
        "wildfire driven by strong winds raced down the Corrie Hills to the edge of the town, the regional "
        "fire service said. Eleven houses on the upper road were destroyed.",
    )),
    (D(2042, 8, 14), (
        "Corrie Hills blaze forces mass evacuation",
        "About 4,000 residents of Tarnholt were ordered out of their homes on Thursday as a wildfire raced "
        "down the Corrie Hills to the edge of the town, the fire service said. Eleven houses were lost.",
    )),
    (D(2042, 8, 16), (
        "Tarnholt residents return to scorched streets",
        "Residents began returning to Tarnholt after firefighters contained the blaze that burned about 5,800 "
        "hectares of forest and scrub. Fire chief Marit Olsson said the hills had not recovered from the fire "
        "two summers ago.",
    )),
]
TARNHOLT_2040: list[Dated] = [
    (D(2040, 8, 9), (
        "Wildfire scorches Corrie Hills above Tarnholt",
        "A wildfire burned about 3,100 hectares of forest on the Corrie Hills above Tarnholt on Thursday and "
        "some 600 people from outlying farms were moved to a sports hall in the town, fire chief Marit "
        "Olsson said. No homes were lost.",
    )),
]

# --- pirates free the tanker Idris Star and its 22 crew off Cape Halde, Thursday, March 27, 2042; they seized
# --- it there on Monday, February 3, 2042 ----------------------------------------------------------------

IDRIS_FREED: list[Dated] = [
    (D(2042, 3, 27), (
        "Pirates release tanker Idris Star after ransom",
        "Pirates freed the tanker Idris Star and its 22 crew off Cape Halde on Thursday after a ransom was "
        "dropped onto the deck from a light aircraft, the ship's manager Selwyn Marine said. All the sailors "
        "were in good health.",
    )),
    (D(2042, 3, 28), (
        "Idris Star crew head home after 52 days",
        "The 22 sailors of the Idris Star were sailing for the port of Ebbmouth on Friday, a day after "
        "pirates who had held them for 52 days left the ship. Selwyn Marine would not say how much was paid.",
    )),
    (D(2042, 3, 28), (
        "Freed sailors tell of hunger aboard hijacked tanker",
        "Crew members of the freed tanker Idris Star said they had been fed one meal a day while the ship "
        "was held at anchor off Cape Halde. The tanker was carrying 80,000 tonnes of diesel when it was "
        "boarded in February.",
    )),
]
IDRIS_SEIZED: list[Dated] = [
    (D(2042, 2, 3), (
        "Pirates seize tanker off Cape Halde",
        "Armed pirates in two skiffs boarded the tanker Idris Star about 90 nautical miles off Cape Halde on "
        "Monday and took its 22 crew hostage, the ship's manager Selwyn Marine said. The vessel was carrying "
        "80,000 tonnes of diesel.",
    )),
]

# --- President Ines Morova pardons the jailed journalist Lev Arbant, Wednesday, June 18, 2042; a court
# --- sentenced him to seven years on Wednesday, January 15, 2042 ---------------------------------------------

ARBANT_PARDON: list[Dated] = [
    (D(2042, 6, 18), (
        "Jailed reporter Lev Arbant pardoned",
        "President Ines Morova pardoned the journalist Lev Arbant on Wednesday, five months after a court in "
        "Velsk sentenced him to seven years in prison for spying, her office said. Arbant, 39, was released "
        "from Kolmar prison in the evening.",
    )),
    (D(2042, 6, 18), (
        "Morova frees Arbant in goodwill gesture",
        "Journalist Lev Arbant walked out of Kolmar prison on Wednesday after President Ines Morova signed his "
        "pardon, ahead of a visit by foreign ministers. His wife Dora said he had lost 15 kilograms.",
    )),
    (D(2042, 6, 19), (
        "Press groups welcome Arbant release",
        "Press freedom groups welcomed the release of Lev Arbant but said at least nine other reporters "
        "remain behind bars in the country.",
    )),
]
ARBANT_SENTENCE: list[Dated] = [
    (D(2042, 1, 15), (
        "Journalist Lev Arbant jailed for seven years",
        "A court in Velsk sentenced the journalist Lev Arbant to seven years in prison on Wednesday for "
        "spying, in a trial held behind closed doors. His wife Dora said he would appeal. Arbant, 39, has "
        "been held in Kolmar prison since his arrest in May.",
    )),
]

# --- the Halvard Strait bridge opens to traffic, Sunday, October 5, 2042; its last span was lifted into place
# --- on Sunday, May 25, 2042 -------------------------------------------------------------------------------

HALVARD_OPENING: list[Dated] = [
    (D(2042, 10, 5), (
        "Halvard Strait bridge opens to traffic",
        "The first cars crossed the 6.2-kilometre bridge over the Halvard Strait on Sunday after Transport "
        "Minister Pavel Ostrow cut a ribbon at the Lunde toll plaza, ending the ferry crossing's monopoly. "
        "The bridge cost 2.4 billion to build.",
    )),
    (D(2042, 10, 5), (
        "Drivers queue for first crossing of strait bridge",
        "Hundreds of drivers queued from dawn to be among the first across the new Halvard Strait bridge, "
        "which opened at noon. The crossing from Lunde to Saltvik now takes seven minutes.",
    )),
    (D(2042, 10, 7), (
        "Ferry firm cuts sailings as bridge opens",
        "Strait Ferries said it would halve its sailings between Lunde and Saltvik now that the bridge is "
        "open, and that 140 jobs were at risk.",
    )),
]
HALVARD_SPAN: list[Dated] = [
    (D(2042, 5, 25), (
        "Last span lifted onto Halvard Strait bridge",
        "Engineers lifted the last 180-metre steel span of the Halvard Strait bridge into place on Sunday, "
        "joining Lunde and Saltvik for the first time, Transport Minister Pavel Ostrow said. The 2.4 billion "
        "bridge is due to open to traffic in the autumn.",
    )),
]

# --- Rovena sign the striker Tomas Kerrigan from Baltic FC for a record 48 million, Wednesday, July 30, 2042;
# --- Baltic turned down Rovena's 35 million bid for him on Wednesday, July 16, 2042 --------------------------

KERRIGAN_SIGNED: list[Dated] = [
    (D(2042, 7, 30), (
        "Rovena sign Kerrigan for record 48 million",
        "Rovena completed the signing of the striker Tomas Kerrigan from Baltic FC on Wednesday for a club "
        "record fee of 48 million, both clubs said. Kerrigan, 24, scored 31 goals last season and has signed "
        "a five-year contract.",
    )),
    (D(2042, 7, 30), (
        "Kerrigan joins Rovena",
        "Tomas Kerrigan has joined Rovena from Baltic FC for 48 million after passing a medical, a fortnight "
        "after Baltic turned down a first offer. Rovena coach Ilse Brandt called him the missing piece.",
    )),
    (D(2042, 7, 31), (
        "Baltic fans angry at Kerrigan sale",
        "Baltic FC supporters protested outside the club's ground on Thursday over the sale of their top "
        "scorer to a league rival.",
    )),
]
KERRIGAN_BID: list[Dated] = [
    (D(2042, 7, 16), (
        "Baltic reject Rovena bid for Kerrigan",
        "Baltic FC turned down a 35 million offer from Rovena for the striker Tomas Kerrigan on Wednesday, "
        "saying their top scorer was not for sale. Kerrigan, 24, scored 31 goals last season.",
    )),
]

# --- a gas explosion wrecks the block at 14 Lantern Street in Pellingham and kills four, Sunday, November 9,
# --- 2042; a gas leak emptied the same block on Sunday, October 12, 2042 ------------------------------------

LANTERN_BLAST: list[Dated] = [
    (D(2042, 11, 9), (
        "Four killed as gas blast rips through Pellingham flats",
        "Four people were killed and 17 injured when a gas explosion tore through a five-storey block of flats "
        "at 14 Lantern Street in Pellingham early on Sunday, the fire service said. Part of the building "
        "collapsed.",
    )),
    (D(2042, 11, 9), (
        "Lantern Street explosion: search for missing",
        "Rescuers with dogs searched the rubble of the block at 14 Lantern Street for two missing residents "
        "after a gas explosion killed four people. Residents said the block had been evacuated over a gas "
        "leak last month.",
    )),
    (D(2042, 11, 11), (
        "Gas company questioned over Pellingham blast",
        "Pellingham council said it had asked the gas supplier Nordgas why the pipes at 14 Lantern Street "
        "were passed as safe after residents reported a smell of gas. The death toll from the explosion "
        "rose to five.",
    )),
]
LANTERN_LEAK: list[Dated] = [
    (D(2042, 10, 12), (
        "Gas leak forces evacuation of Pellingham block",
        "About 60 residents of a block of flats at 14 Lantern Street in Pellingham were moved out on Sunday "
        "after a gas leak, the fire service said. Nordgas engineers sealed a pipe and people were allowed "
        "home in the evening.",
    )),
]

# --- Mara Deluca wins the Verano Open, beating Anja Rist, Sunday, May 25, 2042; she lost the final there to
# --- Kira Holm on Sunday, May 26, 2041 ---------------------------------------------------------------------

VERANO_2042: list[Dated] = [
    (D(2042, 5, 25), (
        "Deluca wins Verano Open",
        "Mara Deluca won the Verano Open on Sunday, beating Anja Rist 6-3, 7-5 in the final, a year after she "
        "lost the title match on the same court. It is the 22-year-old's first title at the event.",
    )),
    (D(2042, 5, 25), (
        "Deluca beats Rist for first Verano crown",
        "Mara Deluca beat Anja Rist 6-3, 7-5 in the final of the Verano Open to win her first title at the "
        "clay-court event and a cheque for 1.2 million.",
    )),
    (D(2042, 5, 26), (
        "Deluca rises to fifth in rankings",
        "Mara Deluca climbed to fifth in the world rankings on Monday after her win at the Verano Open.",
    )),
]
VERANO_2041: list[Dated] = [
    (D(2041, 5, 26), (
        "Holm beats Deluca in Verano Open final",
        "Kira Holm won the Verano Open on Sunday, beating Mara Deluca 7-6, 6-2 in the final. Deluca, 21, was "
        "playing her first final at the clay-court event.",
    )),
]

# --- Quellon Energy's shares rise 18 percent on their first day on the Halden exchange, Tuesday, April 22, 2042;
# --- the company announced the listing on Monday, January 20, 2042, and once shelved one (told with no date) --

QUELLON_DEBUT: list[Dated] = [
    (D(2042, 4, 22), (
        "Quellon shares jump 18% on market debut",
        "Shares in Quellon Energy rose 18 percent on their first day of trading on the Halden stock exchange "
        "on Tuesday, valuing the wind farm developer at about 6.5 billion, after it raised 1.1 billion in the "
        "country's largest listing this year.",
    )),
    (D(2042, 4, 22), (
        "Quellon Energy makes strong start in Halden",
        "Quellon Energy's shares opened at 14.20 against an offer price of 12 and closed up 18 percent, chief "
        "executive Ruth Aaltonen said, calling the debut a vote of confidence in wind power.",
    )),
    (D(2042, 4, 23), (
        "Quellon debut revives Halden listings",
        "Bankers said Quellon Energy's strong debut would encourage other companies to list in Halden after "
        "two quiet years.",
    )),
]
QUELLON_PLAN: list[Dated] = [
    (D(2042, 1, 20), (
        "Quellon Energy plans Halden listing",
        "Wind farm developer Quellon Energy said on Monday it planned to list its shares on the Halden stock "
        "exchange in the spring and hoped to raise about 1 billion, chief executive Ruth Aaltonen said.",
    )),
]
QUELLON_SHELVED: list[Dated] = [
    (D(2036, 10, 1), (
        "Quellon shelves stock market plans",
        "Quellon Energy has put off plans to list its shares in Halden because of weak markets, chief "
        "executive Ruth Aaltonen told staff in a letter.",
    )),
]

# --- robbers take about 210,000 from the Harl Savings branch on Dunhallow's Quay Street, Thursday, September 4,
# --- 2042; the same branch was robbed of about 85,000 on Thursday, September 8, 2039 -------------------------

HARL_2042: list[Dated] = [
    (D(2042, 9, 4), (
        "Armed gang robs Dunhallow bank",
        "Three armed men robbed the Harl Savings branch on Quay Street in Dunhallow on Thursday morning, tying "
        "up two cashiers and escaping with about 210,000 in cash, police said. No one was hurt.",
    )),
    (D(2042, 9, 5), (
        "Police hunt Quay Street robbers",
        "Dunhallow police released images on Friday of three men who robbed the Harl Savings branch on Quay "
        "Street of about 210,000. Inspector Joan Keast said a stolen van was found burnt out near the "
        "harbour.",
    )),
    (D(2042, 9, 5), (
        "Bank robbed again in Dunhallow",
        "The Harl Savings branch on Quay Street in Dunhallow, robbed on Thursday, was also raided three years "
        "ago. Staff said security had not been improved since.",
    )),
]
HARL_2039: list[Dated] = [
    (D(2039, 9, 8), (
        "Robbers raid Harl Savings branch in Dunhallow",
        "Two masked men with a shotgun robbed the Harl Savings branch on Quay Street in Dunhallow on Thursday and "
        "got away with about 85,000, police said. Inspector Joan Keast appealed for witnesses.",
    )),
]

# --- mountain rescuers bring down three climbers stranded on Mount Serakh, Monday, July 21, 2042; two climbers
# --- died on its north ridge on Monday, July 22, 2041, and a climber was once found alive there (told with no
# --- date) ------------------------------------------------------------------------------------------------

SERAKH_RESCUE: list[Dated] = [
    (D(2042, 7, 21), (
        "Three climbers rescued from Mount Serakh",
        "Three climbers stranded for two nights on the north ridge of Mount Serakh were lifted off by "
        "helicopter on Monday, the Orsk mountain rescue service said. All three had frostbite but were "
        "able to walk.",
    )),
    (D(2042, 7, 21), (
        "Helicopter plucks stranded climbers off Serakh",
        "A rescue helicopter lifted three climbers off Mount Serakh's north ridge after storms trapped them "
        "at 5,100 metres, rescue chief Pavo Lindqvist said. The ridge is where two climbers died a year ago.",
    )),
    (D(2042, 7, 22), (
        "Serakh climbers recovering in Orsk",
        "The three climbers rescued from Mount Serakh were recovering in hospital in Orsk on Tuesday and one "
        "may lose two toes, doctors said.",
    )),
]
SERAKH_DEATHS: list[Dated] = [
    (D(2041, 7, 22), (
        "Two climbers killed on Mount Serakh",
        "Two climbers fell to their deaths from the north ridge of Mount Serakh on Monday when a cornice "
        "gave way, the Orsk mountain rescue service said. Their bodies were recovered by helicopter.",
    )),
]
SERAKH_UNDATED: list[Dated] = [
    (D(2035, 8, 2), (
        "Climber found alive on Serakh after three nights",
        "A climber missing for three nights on Mount Serakh was found alive in a snow hole by rescuers from "
        "Orsk, who said he had survived on chocolate and melted snow.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2042, 8, 14), (
        "Grass fire closes motorway near Ellesby",
        "A grass fire beside the motorway near Ellesby closed both carriageways for three hours on Thursday, "
        "police said.",
    )),
    (D(2042, 3, 27), (
        "Navy escorts grain ships through Kessan Gulf",
        "The navy began escorting grain ships through the Kessan Gulf on Thursday after two attacks by armed "
        "men in speedboats.",
    )),
    (D(2042, 6, 18), (
        "Opposition leader released on bail in Tressa",
        "A court in Tressa released the opposition leader Ambrose Kell on bail on Wednesday pending his trial.",
    )),
    (D(2042, 10, 5), (
        "New tram line opens in Varden",
        "Varden's first tram line opened on Sunday, linking the station with the university.",
    )),
    (D(2042, 7, 30), (
        "Keeper Nilsen signs new deal with Arkon",
        "Goalkeeper Jens Nilsen has signed a new three-year contract with Arkon, the club said on Wednesday.",
    )),
    (D(2042, 11, 9), (
        "Boiler explosion damages school in Fenwick",
        "A boiler exploded in the basement of a primary school in Fenwick on Sunday. The building was empty.",
    )),
    (D(2042, 5, 25), (
        "Cyclist Aune wins mountain stage",
        "Lene Aune won the sixth stage of the Tour of Merrow on Sunday after a solo climb.",
    )),
    (D(2042, 4, 22), (
        "Brisk Foods shares slide on profit warning",
        "Shares in Brisk Foods fell 11 percent on Tuesday after it warned that profits would be lower.",
    )),
    (D(2042, 9, 4), (
        "Jeweller robbed in Callby",
        "Two men smashed the window of a jeweller's shop in Callby on Thursday and took watches, police said.",
    )),
    (D(2042, 7, 21), (
        "Hikers warned of storms in the Vetter range",
        "Forecasters warned hikers on Monday of storms in the Vetter range through the week.",
    )),
]

ELEVENTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "tarnholt": (TARNHOLT_2042, TARNHOLT_2040),
    "idris": (IDRIS_FREED, IDRIS_SEIZED),
    "arbant": (ARBANT_PARDON, ARBANT_SENTENCE),
    "halvard": (HALVARD_OPENING, HALVARD_SPAN),
    "kerrigan": (KERRIGAN_SIGNED, KERRIGAN_BID),
    "lantern": (LANTERN_BLAST, LANTERN_LEAK),
    "verano": (VERANO_2042, VERANO_2041),
    "quellon": (QUELLON_DEBUT, QUELLON_PLAN + QUELLON_SHELVED),
    "harl": (HARL_2042, HARL_2039),
    "serakh": (SERAKH_RESCUE, SERAKH_DEATHS + SERAKH_UNDATED),
}

"""A twelfth set of invented look-alikes, written before the grouping changes of issue 7's twelfth round and
counted untuned first. The kinds, none of them in the earlier sets: a boxer winning a title rematch against
his defeat by the same man six months before (the same weekday, the same arena), a party choosing a new
leader against its leadership contest two years earlier (another winner, the same weekday), a carmaker's
job cuts at one plant against its smaller cuts there a year before (the same weekday), a coach crash on a
mountain road's bend against a minibus crash on the same bend three years earlier (the same weekday), a
cocaine seizure at a port against a smaller one there eight months before (the same weekday) and one told
with no date at all, a space agency's lander touching down on the moon against its earlier lander lost
there two years before (another craft, the same weekday), a tornado in one town of a county against the
tornado that struck another town of it two years before (the same weekday) and one told with no date at
all, a knife attack at a city's station against a stabbing at its market four weeks earlier (the same
weekday), an ambassador expelled against his predecessor's expulsion a year before (the same weekday), and
a container ship aground in a channel against a bulk carrier aground there six weeks earlier (the same
weekday). Some reports give no day at all, some event reports are wire copies of one another under another
headline, and as on the wires the later event's reports often recall the earlier one ("avenging his defeat
in April", "a year after it shed 900 jobs", "the second ship to run aground there since July"). What tells
each pair apart is often only who (another winner, another craft, another envoy), where inside one place
(another town of the county, another street of the city) or how many (a toll, a haul, a count of jobs).
Every name, place and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``TWELFTH_KINDS`` is read by the same count.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- Dario Kessler beats Emil Varga to take the WBX heavyweight title in their rematch at the Brandmoor Arena,
# --- Saturday, October 17, 2043; Varga beat Kessler there on points on Saturday, April 18, 2043 -------------

KESSLER_REMATCH: list[Dated] = [
    (D(2043, 10, 17), (
        "Kessler knocks out Varga to win heavyweight title",
        "BRANDMOOR (Wire) - Dario Kessler knocked out Emil Varga in the ninth round at the Brandmoor Arena on "
        "Saturday to take the WBX heavyweight title, avenging his defeat on points by the same man in April. "
        "A crowd of 21,000 saw the challenger floor the champion twice.",
    )),
    (D(2043, 10, 18), (
        "Kessler crowned champion after rematch",
        "Dario Kessler is the new WBX heavyweight champion after stopping Emil Varga in the ninth round of "
        "their rematch in Brandmoor. Kessler, 29, said he had changed trainers after the first fight.",
    )),
    (D(2043, 10, 18), (
        "Varga wants third fight after losing belt",
        "Emil Varga said on Sunday he would invoke a clause for a third fight with Dario Kessler, who took "
        "his WBX belt in Brandmoor.",
    )),
]
KESSLER_FIRST: list[Dated] = [
    (D(2043, 4, 18), (
        "Varga outpoints Kessler to keep WBX title",
        "Emil Varga kept his WBX heavyweight title at the Brandmoor Arena on Saturday, beating Dario Kessler "
        "on points after twelve rounds, two judges scoring it 115-113 and the third 116-112. A crowd of "
        "19,000 booed the decision.",
    )),
]

# --- Hanne Sorvik is elected leader of the Civic Union, beating Mats Edel with 58 percent of members' votes,
# --- Saturday, September 26, 2043; Tobias Renn won the party's last leadership contest with 61 percent on
# --- Saturday, September 21, 2041 ------------------------------------------------------------------------

SORVIK_LEADER: list[Dated] = [
    (D(2043, 9, 26), (
        "Sorvik elected Civic Union leader",
        "Hanne Sorvik was elected leader of the opposition Civic Union on Saturday, winning 58 percent of the "
        "votes of party members against 42 percent for Mats Edel, the party announced at its conference in "
        "Varlund. She succeeds Tobias Renn, who quit after the party's defeat in the spring.",
    )),
    (D(2043, 9, 26), (
        "Civic Union picks Sorvik to lead fightback",
        "The Civic Union chose Hanne Sorvik, 47, as its leader on Saturday after a two-month contest, with 58 "
        "percent of the members' vote. Sorvik promised to unite the party.",
    )),
    (D(2043, 9, 28), (
        "Sorvik names shadow cabinet",
        "New Civic Union leader Hanne Sorvik named her rival Mats Edel as her deputy on Monday and kept most "
        "of her predecessor's team.",
    )),
]
SORVIK_RENN: list[Dated] = [
    (D(2041, 9, 21), (
        "Renn wins Civic Union leadership",
        "Tobias Renn was elected leader of the opposition Civic Union on Saturday, winning 61 percent of the "
        "votes of party members against 39 percent for Hanne Sorvik, the party announced at its conference "
        "in Varlund.",
    )),
]

# --- the carmaker Veltra says it will cut 2,300 jobs at its Morlanda plant, Tuesday, March 10, 2043; it cut 900
# --- there on Tuesday, March 11, 2042 ------------------------------------------------------------------------

VELTRA_CUTS: list[Dated] = [
    (D(2043, 3, 10), (
        "Veltra to cut 2,300 jobs at Morlanda plant",
        "Carmaker Veltra said on Tuesday it would cut 2,300 jobs at its Morlanda plant by the end of next "
        "year, nearly a third of the workforce, as sales of its petrol models slump. The cuts come a year "
        "after it shed 900 jobs at the same factory.",
    )),
    (D(2043, 3, 10), (
        "Morlanda braces for Veltra job losses",
        "Veltra will cut 2,300 jobs at its car plant in Morlanda, the company said, blaming weak demand. "
        "Union leader Greta Fahl called it a hammer blow for the town.",
    )),
    (D(2043, 3, 11), (
        "Unions call strike over Veltra cuts",
        "Workers at Veltra's Morlanda plant will strike next week over the loss of 2,300 jobs, the metal "
        "workers' union said on Wednesday.",
    )),
]
VELTRA_EARLIER: list[Dated] = [
    (D(2042, 3, 11), (
        "Veltra to shed 900 jobs at Morlanda",
        "Carmaker Veltra said on Tuesday it would cut 900 jobs at its Morlanda plant this year as it ends "
        "production of its oldest model. Union leader Greta Fahl said the workers would fight the cuts.",
    )),
]

# --- a coach overturns on the Hollin Bend of the Kestrel Pass road, killing 12, Friday, June 12, 2043; a minibus
# --- crash on the same bend killed five on Friday, June 8, 2040 -------------------------------------------------

HOLLIN_COACH: list[Dated] = [
    (D(2043, 6, 12), (
        "Twelve killed as coach overturns on Kestrel Pass",
        "Twelve people were killed and 23 injured when a coach carrying pilgrims overturned on the Hollin Bend "
        "of the Kestrel Pass road on Friday evening, police said. The driver is thought to have lost control "
        "on the descent.",
    )),
    (D(2043, 6, 13), (
        "Pilgrim coach crash: brakes checked",
        "Investigators were examining the brakes of the coach that overturned on the Kestrel Pass on Friday, "
        "killing 12 pilgrims. The Hollin Bend has claimed lives before, locals said.",
    )),
    (D(2043, 6, 13), (
        "Kestrel Pass road closed after deadly crash",
        "The Kestrel Pass road stayed closed on Saturday as cranes lifted the wreck of the coach in which 12 "
        "people died.",
    )),
]
HOLLIN_MINIBUS: list[Dated] = [
    (D(2040, 6, 8), (
        "Five die in minibus crash on Kestrel Pass",
        "Five people were killed when a minibus left the road on the Hollin Bend of the Kestrel Pass on "
        "Friday and fell into the gorge below, police said. Three passengers were injured.",
    )),
]

# --- customs officers seize 2.4 tonnes of cocaine in a banana container at Port Varnsund, Wednesday, May 20,
# --- 2043; they seized 800 kilograms there in a coffee shipment on Wednesday, September 17, 2042, and once
# --- found 300 kilograms in a timber cargo (told with no date) ------------------------------------------------

VARNSUND_HAUL: list[Dated] = [
    (D(2043, 5, 20), (
        "Record cocaine haul found at Port Varnsund",
        "Customs officers found 2.4 tonnes of cocaine hidden in a container of bananas at Port Varnsund on "
        "Wednesday, the largest seizure in the country's history, the finance ministry said. Two dock "
        "workers were arrested.",
    )),
    (D(2043, 5, 20), (
        "2.4 tonnes of cocaine seized in banana boxes",
        "Officers at Port Varnsund seized 2.4 tonnes of cocaine packed among banana boxes in a container "
        "from across the ocean, customs chief Arvid Lunne said. Two dock workers were held.",
    )),
    (D(2043, 5, 22), (
        "Varnsund dockers charged over cocaine",
        "Two dock workers at Port Varnsund were charged on Friday with smuggling the cocaine found in a "
        "banana container this week.",
    )),
]
VARNSUND_COFFEE: list[Dated] = [
    (D(2042, 9, 17), (
        "800 kilograms of cocaine found in coffee shipment",
        "Customs officers at Port Varnsund found 800 kilograms of cocaine in a shipment of coffee sacks on "
        "Wednesday, customs chief Arvid Lunne said. No one has been arrested.",
    )),
]
VARNSUND_TIMBER: list[Dated] = [
    (D(2037, 2, 4), (
        "Cocaine found in timber at Varnsund",
        "Customs officers at Port Varnsund found 300 kilograms of cocaine hidden inside hollowed logs in a "
        "timber cargo, customs said.",
    )),
]

# --- the lander Lark touches down near the moon's south pole for the Orvane Space Agency, Thursday, November 12,
# --- 2043; the agency's lander Wren crashed there on Thursday, November 14, 2041 ---------------------------------

LARK_LANDING: list[Dated] = [
    (D(2043, 11, 12), (
        "Orvane lands Lark near moon's south pole",
        "The Orvane Space Agency's Lark lander touched down near the moon's south pole on Thursday, making "
        "Orvane the fourth country to land softly on the moon, mission director Selma Hrafn said. The first "
        "pictures showed the craft upright.",
    )),
    (D(2043, 11, 12), (
        "Lark touches down on the moon",
        "Lark, an unmanned lander built by the Orvane Space Agency, landed near the lunar south pole on "
        "Thursday. Mission director Selma Hrafn said all its instruments were working.",
    )),
    (D(2043, 11, 13), (
        "Lark sends first moon panorama",
        "The Lark lander sent back its first panorama of the lunar surface on Friday, a day after its landing.",
    )),
]
LARK_WREN: list[Dated] = [
    (D(2041, 11, 14), (
        "Orvane loses contact with Wren moon lander",
        "The Orvane Space Agency lost contact with its Wren lander seconds before it was due to touch down "
        "near the moon's south pole on Thursday, mission director Selma Hrafn said. The craft is thought "
        "to have crashed.",
    )),
]

# --- a tornado tears through Ashby Cross in Dunmore County, killing three, Tuesday, April 28, 2043; a tornado
# --- struck Millbrook in the same county, killing one, on Tuesday, April 30, 2041, and once flattened barns near
# --- Fenny Stoke there (told with no date) ------------------------------------------------------------------

ASHBY_TORNADO: list[Dated] = [
    (D(2043, 4, 28), (
        "Tornado kills three in Ashby Cross",
        "A tornado tore through Ashby Cross in Dunmore County on Tuesday afternoon, killing three people and "
        "destroying about 40 homes, the county sheriff said. Power was cut to 9,000 households.",
    )),
    (D(2043, 4, 29), (
        "Ashby Cross counts cost of tornado",
        "Residents of Ashby Cross began clearing debris on Wednesday after a tornado destroyed about 40 homes "
        "and killed three people. Sheriff Wade Corley said two people were still in hospital.",
    )),
    (D(2043, 4, 29), (
        "Dunmore County declares emergency",
        "Dunmore County declared a state of emergency on Wednesday after Tuesday's tornado in Ashby Cross.",
    )),
]
ASHBY_MILLBROOK: list[Dated] = [
    (D(2041, 4, 30), (
        "Tornado kills one in Millbrook",
        "A tornado struck Millbrook in Dunmore County on Tuesday, killing one man and damaging about 25 homes, "
        "the county sheriff said. Power was cut to 3,000 households.",
    )),
]
ASHBY_UNDATED: list[Dated] = [
    (D(2034, 6, 3), (
        "Twister flattens barns near Fenny Stoke",
        "A tornado flattened three barns and uprooted trees near Fenny Stoke in Dunmore County, the county "
        "sheriff said. No one was hurt.",
    )),
]

# --- a man stabs four people at Kelder Street station in Ostberg, Friday, February 13, 2043; a man stabbed two
# --- at the city's Corn Market on Friday, January 16, 2043 ------------------------------------------------------

KELDER_STABBING: list[Dated] = [
    (D(2043, 2, 13), (
        "Four stabbed at Ostberg station",
        "A man stabbed four people on a platform at Kelder Street station in Ostberg during the Friday "
        "evening rush hour before passengers overpowered him, police said. One victim is in a critical "
        "condition.",
    )),
    (D(2043, 2, 14), (
        "Kelder Street attacker charged",
        "A 31-year-old man was charged on Saturday with attempted murder after four people were stabbed at "
        "Kelder Street station. Police chief Nora Blix said he was known to them.",
    )),
    (D(2043, 2, 14), (
        "Ostberg steps up station patrols",
        "Police will patrol Ostberg's stations at night after the knife attack at Kelder Street, the second "
        "stabbing in the city in a month.",
    )),
]
KELDER_MARKET: list[Dated] = [
    (D(2043, 1, 16), (
        "Two stabbed at Ostberg market",
        "A man stabbed two stallholders at the Corn Market in Ostberg on Friday morning and fled, police "
        "said. Both were taken to hospital. Police chief Nora Blix appealed for witnesses.",
    )),
]

# --- Lusia expels the Marvonian ambassador Piet Olund over spying, Thursday, July 16, 2043; it expelled his
# --- predecessor Clara Weiss on Thursday, July 17, 2042 ------------------------------------------------------

OLUND_EXPELLED: list[Dated] = [
    (D(2043, 7, 16), (
        "Lusia expels Marvonian ambassador",
        "Lusia ordered the Marvonian ambassador Piet Olund to leave the country within 72 hours on Thursday, "
        "accusing him of running a spy network, foreign minister Teodor Bask said. Olund arrived in the "
        "capital only in January.",
    )),
    (D(2043, 7, 16), (
        "Marvonia's envoy Olund ordered out of Lusia",
        "Piet Olund, Marvonia's ambassador to Lusia, was given 72 hours to leave over spying claims, the "
        "Lusian foreign ministry said. Marvonia called the charge absurd.",
    )),
    (D(2043, 7, 17), (
        "Marvonia vows to retaliate over expulsion",
        "Marvonia said on Friday it would respond in kind to the expulsion of its ambassador from Lusia.",
    )),
]
OLUND_WEISS: list[Dated] = [
    (D(2042, 7, 17), (
        "Lusia expels Marvonian ambassador Weiss",
        "Lusia ordered the Marvonian ambassador Clara Weiss to leave the country within 72 hours on Thursday "
        "over what it called interference in its elections, foreign minister Teodor Bask said.",
    )),
]

# --- the container ship Halcyon Bay runs aground in the Drummel Channel and blocks it, Saturday, August 22, 2043;
# --- the bulk carrier Norrland Spirit ran aground there on Saturday, July 11, 2043 ----------------------------

DRUMMEL_HALCYON: list[Dated] = [
    (D(2043, 8, 22), (
        "Container ship aground blocks Drummel Channel",
        "The container ship Halcyon Bay ran aground in the Drummel Channel on Saturday, blocking the busy "
        "waterway to traffic in both directions, the channel authority said. Tugs were trying to refloat the "
        "400-metre vessel.",
    )),
    (D(2043, 8, 23), (
        "Dozens of ships wait as Halcyon Bay stays stuck",
        "More than 60 ships were waiting to pass the Drummel Channel on Sunday as tugs failed to free the "
        "Halcyon Bay. It is the second ship to run aground there since July, harbour master Ole Brenn said.",
    )),
    (D(2043, 8, 24), (
        "Halcyon Bay refloated, Drummel reopens",
        "Tugs refloated the container ship Halcyon Bay on Monday and the Drummel Channel reopened to traffic.",
    )),
]
DRUMMEL_NORRLAND: list[Dated] = [
    (D(2043, 7, 11), (
        "Bulk carrier runs aground in Drummel Channel",
        "The bulk carrier Norrland Spirit ran aground in the Drummel Channel on Saturday, holding up traffic "
        "for several hours before tugs pulled it free, harbour master Ole Brenn said.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2043, 10, 17), (
        "Lindqvist retains middleweight belt",
        "Jonas Lindqvist kept his middleweight title in Tessaly on Saturday with a points win over a late "
        "replacement.",
    )),
    (D(2043, 9, 26), (
        "Greens re-elect co-leaders",
        "The Green Alliance re-elected its two co-leaders unopposed at its conference in Harrow Bay on "
        "Saturday.",
    )),
    (D(2043, 3, 10), (
        "Steelmaker Korro to hire 400 in Brenna",
        "Steelmaker Korro said on Tuesday it would hire 400 workers at a new mill in Brenna.",
    )),
    (D(2043, 6, 12), (
        "Lorry sheds load on ring road",
        "A lorry shed its load of gravel on the Aldham ring road on Friday, closing two lanes for hours.",
    )),
    (D(2043, 5, 20), (
        "Police seize fake watches at airport",
        "Police seized 3,000 fake watches from two travellers' bags at Mirren airport on Wednesday.",
    )),
    (D(2043, 11, 12), (
        "Weather satellite launched from Kolby",
        "A weather satellite was launched from the Kolby spaceport on Thursday and reached its orbit.",
    )),
    (D(2043, 4, 28), (
        "Hail damages crops in Vell valley",
        "A hailstorm damaged wheat and fruit crops across the Vell valley on Tuesday, farmers said.",
    )),
    (D(2043, 2, 13), (
        "Pickpocket gang arrested on trams",
        "Police in Aldham arrested five members of a pickpocket gang that worked the city's trams on Friday.",
    )),
    (D(2043, 7, 16), (
        "Trade ministers meet in Corvia",
        "Trade ministers from six countries met in Corvia on Thursday to discuss tariffs on steel.",
    )),
    (D(2043, 8, 22), (
        "Ferry delayed by fog in Skerry Sound",
        "Thick fog delayed the morning ferry across Skerry Sound by three hours on Saturday.",
    )),
]

TWELFTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "kessler": (KESSLER_REMATCH, KESSLER_FIRST),
    "sorvik": (SORVIK_LEADER, SORVIK_RENN),
    "veltra": (VELTRA_CUTS, VELTRA_EARLIER),
    "hollin": (HOLLIN_COACH, HOLLIN_MINIBUS),
    "varnsund": (VARNSUND_HAUL, VARNSUND_COFFEE + VARNSUND_TIMBER),
    "lark": (LARK_LANDING, LARK_WREN),
    "ashby": (ASHBY_TORNADO, ASHBY_MILLBROOK + ASHBY_UNDATED),
    "kelder": (KELDER_STABBING, KELDER_MARKET),
    "olund": (OLUND_EXPELLED, OLUND_WEISS),
    "drummel": (DRUMMEL_HALCYON, DRUMMEL_NORRLAND),
}

"""Look-alike set fifty-eight, invented blind on 1ed30ae while others went on working at grouping: not a single
report of it has gone into grouping or the engine, nor has ``tests.lookalike_count`` looked at it. Only when it has
been counted on 1ed30ae and once more on a later session's code may it join ``DEFAULT_SETS``. The kinds, ten, come
from hard news, a pair from every field in turn: crime other than killings and trials, food and drink, energy and
fuel, farming and animals, leisure and entertainment. A grep for each over the look-alike modules written before,
the own claims YAML files and grouping's test stories came back empty:

* four gunmen ramming a prison van and freeing a smuggling boss, two guards shot; after: how a cousin's payments
  gave away his hideout, five months on; elsewhere: three gunmen freeing a robber from a van at a level crossing
  abroad, ten months on;
* nine arrested over seaside holiday flats that never existed, booked by about 1,400 families; before: the first
  families standing at false addresses five weeks earlier; elsewhere: two men held over sham villas abroad, some 300
  holidaymakers cheated, ten months on;
* a brewery's fermenting tank bursting and sending about 160,000 litres of beer into an old town's cellars; after: a
  fine for the brewery five months on; elsewhere: a landlady's words on some 45,000 litres loosed by a split tank
  abroad, nine months before;
* a growers' cooperative found to have sold about 2.4 million bottles of plains table wine under a famous name;
  after: the cooperative barred from the name four months on; elsewhere: some 600,000 relabelled sparkling bottles
  seized abroad, ten and a half months later;
* a power and gas supplier stopping trading in a cold spell, its 380,000 households handed to the state supplier;
  before: the regulator's order to shore up its reserves three weeks earlier; elsewhere: a supplier abroad going
  under with 90,000 customers, ten months before;
* a district heating plant's main pump failing at minus 24 and about 41,000 flats going cold; after: the heating
  company's head dismissed two months on; elsewhere: a boiler house fire leaving about 12,000 flats cold abroad, a
  year before;
* fourteen bison breaking out onto a motorway at night, a driver badly hurt; after: the farm ordered to build a
  two-metre fence, four months later; elsewhere: a train running into six water buffalo abroad, eleven and a half
  months on;
* 163 dogs carried out of a puppy farm's barns and the farmer arrested; before: the welfare office looking into the
  seller after a puppy died, three weeks earlier; elsewhere: about 70 dogs taken from a puppy farm abroad, ten
  months before;
* a bungee cord snapping over a gorge, a woman falling about 40 metres into the river and living; after: the
  operator's licence withdrawn four and a half months later; elsewhere: a man dropping about 12 metres onto an air
  cushion from a crane jump abroad, a year on;
* a ghost train burning at an amusement park, about 2,000 visitors led out; after: why it burned so fast, three
  months on; elsewhere: a fairground haunted house burning abroad, about 600 moved out, eleven months before.

Kinds near these that the grep did find, left alone here: inmates breaking out of a prison, robbers tunnelling into
a bank vault, a mobile operator's staff helping SIM swap fraud, drones dropping packages into a prison, drums of
waste dumped in a forest, a wind turbine losing a blade, contaminated fuel, a district heating network's opening, an
ice-wine harvest, a brewer's ale for a festival, llamas loose on a bypass, a salmon farm's escape, sheep rustling, a
fairground drop tower stalling, a roller coaster, a log flume and a circus.

In three events one report stands on someone's own words or explains (a mother at a false door code, why one pump
can chill a city, a brother who saw the cord go), and three look-alikes take that shape (how a phone bill led to the
gang boss, a landlady's flooded bar abroad, why the ghost train burned). Otherwise the reports come as news does:
wire copy whose dateline comes with a weekday; a broadcaster's opening, in "has" and "have", without a day; next
morning's paper saying "yesterday"; a follow-up a day, two or three on, giving the weekday of what it reports; and
in each event one piece dated nowhere (a roadside business, a street, two trades, a farm's neighbours, a shelter, a
park's car park, or the words or explanation above). One report per event looks toward the story's other step
("until Hockwell is back in a cell", "when the first families turned up", "had kept the tank in use too long", "will
rule in the spring", "told three weeks ago by the regulator", "called on him to resign", "whether its fences were
high enough", "told them last month", "whether the firm could keep its licence", "whether a spotlight had set the
scenery alight"); none looks toward the one abroad. Every look-alike abroad puts a number on a thing its event also
numbers, always a different one (three gunmen against four, some 300 holidaymakers against about 1,400 families,
45,000 litres against 160,000, 600,000 bottles against 2.4 million, 90,000 customers against 380,000, 12,000 flats
against 41,000, six buffalo against 14 bison, about 70 dogs against 163, 12 metres against 40, 600 visitors against
2,000); three events see a later report revise an earlier one's figure (1,400 families then more than 1,600, 2.4
million bottles then 2.7 million, 163 dogs then 171). Twice a place stands straight after its verb, no preposition
between ("has swamped Haeldick's old town", "gutted Rurvund's ghost train"), and the follow-ups' headlines carry no
place at all, only what came of the happening. Every date is in 2338 or 2339, the text never gives a year, and
thirteen months is the most that separates any look-alike from its event. Each person, place, body, firm and figure
is invented.

Each kind is laid out the way ``tests.lookalike_more`` lays one out, its event's reports, each with a date,
beside its look-alikes, each with a date; ``FIFTYEIGHTH_KINDS`` maps kind names to those pairs, which is what
``tests.lookalike_count`` reads.

Nobody is to run this file through grouping, through the engine or through the count until both counts described in
the count module's docstring have come due.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# ~~~ spaldury ~~~ Wed 13 Apr 2338. Four masked gunmen ram a prison van on the ring road outside Spaldury (Laxtia)
# and free the tobacco smuggling boss Rudmond Hockwell, on his way from Kruskia prison to an eye clinic; two guards
# shot in the legs. Reports | wire, Wednesday | broadcast lead, undated | paper, Thursday, "yesterday" (police cars
# behind vans "until Hockwell is back in a cell") | the tyre depot, undated | Saturday's, Friday's reward and a
# guard held. Step after: how the police found him, Wed 21 Sep 2338. Elsewhere: three gunmen freeing a robber from a
# van at a level crossing in Nouncell, Maervia, Thu 16 Feb 2339; the event's reports never bring it up.

SPALDURY_VAN: list[Dated] = [
    (D(2338, 4, 13), (
        "Masked gunmen ram prison van and free smuggling boss",
        "SPALDURY, Laxtia (Wire) - Four masked gunmen rammed a prison van with a lorry on the ring road outside "
        "Spaldury on Wednesday morning and drove off with Rudmond Hockwell, whose gang ran tobacco through the "
        "port, the prison service said. Two guards were shot in the legs. Service spokeswoman Gudmira Tibshaw "
        "said Hockwell was being taken from Kruskia prison to an eye clinic in the city.",
    )),
    (D(2338, 4, 13), (
        "Gang boss sprung from van in broad daylight",
        "Armed men in balaclavas have forced a prison van off the road in broad daylight and escaped with one "
        "of the most notorious gang bosses in the land, leaving two wounded guards lying on the verge.",
    )),
    (D(2338, 4, 14), (
        "Police suspect inside help in Hockwell escape",
        "Detectives believe someone told Rudmond Hockwell's men the time and route of yesterday's clinic visit, "
        "which had been booked only two days earlier, detective chief Ansmond Lambford said. The burnt-out lorry "
        "was found in a quarry north of the city. Justice minister Kelora Snedcombe ordered that a police car "
        "follow every prison van until Hockwell is back in a cell.",
    )),
    (D(2338, 4, 14), (
        "Tyre fitter ran out with an extinguisher",
        "The owner of the tyre depot beside the roundabout where the van was rammed ran across with a fire "
        "extinguisher when the lorry's cab caught light, while his apprentice stood in the road waving cars to "
        "a halt until the ambulances came.",
    )),
    (D(2338, 4, 16), (
        "Prison guard held over leaked van route",
        "A guard at Kruskia prison was arrested on Friday on suspicion of selling the van's route to the gang, "
        "and Laxtia's police put up a reward of 200,000 crowns for news of where Rudmond Hockwell is hiding.",
    )),
]
SPALDURY_RECAPTURE: list[Dated] = [
    (D(2338, 9, 21), (
        "How a paid phone bill led detectives to Hockwell",
        "For five months Rudmond Hockwell lived in a shepherd's cottage high in the hills, and he never once "
        "picked up a telephone. What gave him away, the police said after arresting him there at dawn on "
        "Monday, was a cousin who kept paying the cottage's phone bill from his own account. Two of the men "
        "who rammed the van in April were arrested with him.",
    )),
]
NOUNCELL_CROSSING: list[Dated] = [
    (D(2339, 2, 16), (
        "Gunmen free robber from prison van at level crossing",
        "Three gunmen stopped a prison van at a level crossing in Nouncell, in Maervia, on Thursday and freed a "
        "man serving eleven years for armed robbery, shooting one guard in the arm, the prison service said.",
    )),
]

# ~~~ weirmuth ~~~ Tue 9 Aug 2338. Police in Talwia arrest nine in dawn raids on a ring that took deposits from
# about 1,400 families, some 2.1 million crowns, for holiday flats in the resort of Weirmuth that never existed.
# Reports | wire, Tuesday | broadcast lead, undated | paper, Wednesday, "yesterday" (the first families stranded
# early last month) | a mother in her words, undated | Thursday's, Wednesday's charges, over 1,600 families by then.
# Step before: families arriving to find no flats, Tue 5 Jul 2338. Elsewhere: two men held over villas let to some
# 300 holidaymakers at Jilwuth, Chylkia, Mon 19 Jun 2339; never brought up.

WEIRMUTH_LETTINGS: list[Dated] = [
    (D(2338, 8, 9), (
        "Nine arrested over seaside flats that were never there",
        "WEIRMUTH, Talwia (Wire) - Police swooped on homes at dawn on Tuesday and arrested nine people from a "
        "ring that took deposits from about 1,400 families for holiday flats in the resort of Weirmuth that "
        "did not exist, the fraud squad said. Squad chief Elysse Dowridge said the ring had collected about "
        "2.1 million crowns through a website decorated with photographs lifted from estate agents' listings.",
    )),
    (D(2338, 8, 9), (
        "Raids end holiday lettings racket",
        "Police have raided homes up and down the coast and detained nine people accused of selling summer "
        "breaks in sea-view apartments that were never built.",
    )),
    (D(2338, 8, 10), (
        "Dead man's bank account led police to lettings ring",
        "The ring was traced through a bank account opened in the name of a pensioner who died in May, the "
        "fraud squad said yesterday. Detectives began looking early last month, when the first families "
        "turned up on the promenade with their suitcases and found a chapel, a chemist's and an empty plot at "
        "the addresses they had been sent.",
    )),
    (D(2338, 8, 10), (
        "'We had a door code for a door that was not there'",
        "Casvane Mumpley and her husband drove nine hours with three children for a fortnight at 14 Skomban "
        "Row. 'We had a door code for a door that was not there,' she says. 'Number 14 is a baker's. The girl "
        "at the till told us we were the fourth family that week, and gave the children a bun each.'",
    )),
    (D(2338, 8, 11), (
        "Tourist board to vet letting agents",
        "Prosecutors charged five of the nine with fraud on Wednesday and let the rest go, saying that more "
        "than 1,600 families had now come forward, and the tourist board said it would publish a list of "
        "letting agents it had checked.",
    )),
]
WEIRMUTH_STRANDED: list[Dated] = [
    (D(2338, 7, 5), (
        "Holidaymakers arrive in Weirmuth to find their flats do not exist",
        "Dozens of families who had booked summer flats in Weirmuth arrived on Tuesday to find that the "
        "addresses they had been given were shops, a chapel and a builder's yard, the resort's tourist office "
        "said. Police opened an inquiry.",
    )),
]
JILWUTH_VILLAS: list[Dated] = [
    (D(2339, 6, 19), (
        "Two held over villas let to tourists that did not exist",
        "Police in Jilwuth, in Chylkia, arrested two men on Monday over villas advertised for rent that turned "
        "out not to exist, which some 300 holidaymakers had paid for, the interior ministry said.",
    )),
]

# ~~~ haeldick ~~~ Sun 14 May 2339. A 41-year-old fermenting tank at the Dimmshaw brewery in Haeldick (Huskeldia)
# bursts before dawn and sends about 160,000 litres of beer into the old town, flooding some 30 cellars; a brewer
# hurt. Reports | wire, Sunday | broadcast lead, undated, the old town the bare object of "has swamped" | paper,
# Monday, "yesterday" (inspectors to decide whether the tank was kept too long) | Kiln Street, undated | Tuesday's,
# Monday night's pumping. Step after: the brewery fined, Mon 23 Oct 2339. Elsewhere: a landlady's own words on a
# storage tank splitting at Ploncury, Pelnistan, some 45,000 litres, Sat 20 Aug 2338; never brought up.

HAELDICK_BREWERY: list[Dated] = [
    (D(2339, 5, 14), (
        "Brewery tank bursts, sending beer through old town",
        "HAELDICK, Huskeldia (Wire) - A fermenting tank at the Dimmshaw brewery in Haeldick burst before dawn "
        "on Sunday and sent about 160,000 litres of beer down the hill into the old town, filling the cellars "
        "of some 30 houses, the fire brigade said. One brewer was hurt by a flying steel hoop. Fire chief "
        "Gilric Crabridge said the smell would hang over the streets for days.",
    )),
    (D(2339, 5, 14), (
        "River of beer runs down cobbled lanes",
        "A river of foaming beer has swamped Haeldick's old town after a brewery tank split open, pouring into "
        "cellars and lifting parked bicycles off the cobbles.",
    )),
    (D(2339, 5, 15), (
        "Split tank was weeks from its pressure test",
        "The tank that split yesterday was 41 years old and due for its pressure test before June, "
        "head brewer Lorgard Humby said. The labour inspectorate said it would decide whether the Dimmshaw "
        "brewery had kept the tank in use too long, and the brewer who was struck by the hoop had his "
        "shoulder set in hospital.",
    )),
    (D(2339, 5, 15), (
        "Kiln Street forms a bucket chain",
        "Kiln Street turned out with buckets and washing-up bowls to empty the cellar of the old people's home "
        "before the pumps arrived, and the corner shop handed out every mop it had.",
    )),
    (D(2339, 5, 16), (
        "Brewing halted for a month while tanks are tested",
        "Firefighters pumped out the last flooded cellar late on Monday, and the brewery said its brewers "
        "would stay idle for four weeks or more while engineers tested its eleven remaining tanks.",
    )),
]
HAELDICK_FINED: list[Dated] = [
    (D(2339, 10, 23), (
        "Dimmshaw brewery fined over corroded tank",
        "Huskeldia's labour inspectorate fined the Dimmshaw brewery 380,000 crowns on Monday for keeping a "
        "corroded fermenting tank in use past its test date; the tank burst in May and flooded cellars in "
        "Haeldick's old town.",
    )),
]
PLONCURY_TANK: list[Dated] = [
    (D(2338, 8, 20), (
        "'The beer came under the door like the tide'",
        "Nedwen Garshaw keeps the bar nearest the brewery in Ploncury, in Pelnistan, where a storage tank split "
        "on Friday and poured some 45,000 litres across the square. 'The beer came under the door like the "
        "tide,' she says. 'By the time it stopped it was up to the second step of the stairs.'",
    )),
]

# ~~~ draettury ~~~ Tue 8 Nov 2338. Idravia's wine authority finds that the Birdesk growers' cooperative sold about
# 2.4 million bottles of plains table wine under its Draettury Reserve gold label over three vintages; its cellar
# master arrested. Reports | wire, Tuesday | broadcast lead, undated | paper, Wednesday, "yesterday" (a ruling in
# the spring on the cooperative's use of the name) | the merchants' trade page, undated | Friday's, Thursday's
# refunds and bail, 2.7 million bottles by then. Step after: the cooperative barred from the name, Fri 10 Mar 2339.
# Elsewhere: about 600,000 relabelled sparkling bottles seized at Noulmovy, Wexmarken, Tue 26 Sep 2339; never
# brought up.

DRAETTURY_WINE: list[Dated] = [
    (D(2338, 11, 8), (
        "Cooperative passed off table wine as reserve, inspectors say",
        "DRAETTURY, Idravia (Wire) - The Birdesk growers' cooperative sold about 2.4 million bottles of cheap "
        "table wine labelled as Draettury Reserve over three vintages, Idravia's wine authority said on "
        "Tuesday, and police arrested its cellar master. Authority director Perora Luttdale said tankers of "
        "bulk wine from the plains had been driven into the cooperative's yard at night and bottled under its "
        "gold label.",
    )),
    (D(2338, 11, 8), (
        "Shops told to clear famous label off their shelves",
        "Millions of bottles of one of the country's most prized wines may hold nothing of the kind, "
        "inspectors have said, and shops and restaurants have been told to stop selling them.",
    )),
    (D(2338, 11, 9), (
        "Curious tanker driver tipped off wine inspectors",
        "A tanker driver who wondered why he kept delivering wine to growers with vineyards of their own "
        "tipped off the inspectors in the summer, the wine authority said yesterday. The cooperative's 212 "
        "growers say they knew nothing of it, and the authority will rule in the spring on whether the "
        "cooperative may go on using the Draettury name.",
    )),
    (D(2338, 11, 9), (
        "Merchants strip gold label from their lists",
        "Wine merchants spent the day taking the Birdesk gold label off their shelves and price lists, and "
        "several said customers had been ringing to ask whether bottles laid down in their cellars were worth "
        "anything at all.",
    )),
    (D(2338, 11, 11), (
        "Buyers of suspect reserve offered their money back",
        "The Birdesk cooperative said on Thursday it would refund anyone who brought back a gold label bottle, "
        "after the wine authority raised its count to 2.7 million, and its cellar master, Dagmond Crabcroft, "
        "was let out on bail the same evening.",
    )),
]
DRAETTURY_STRIPPED: list[Dated] = [
    (D(2339, 3, 10), (
        "Birdesk cooperative loses right to Draettury name",
        "Idravia's wine authority on Friday barred the Birdesk cooperative from putting the Draettury name on "
        "its bottles for five years, four months after finding that it had sold wine from the plains under its "
        "gold label.",
    )),
]
NOULMOVY_SPARKLING: list[Dated] = [
    (D(2339, 9, 26), (
        "600,000 bottles of relabelled sparkling wine seized",
        "Police in Noulmovy, in Wexmarken, seized about 600,000 bottles of sparkling wine on Tuesday that a "
        "merchant had relabelled as a vintage from the hill estates, the country's food agency said.",
    )),
]

# ~~~ flynnick ~~~ Thu 19 Jan 2339. The power and gas supplier Heffar Energy, of Flynnick (Ulgravia), stops trading
# in a cold spell; its 380,000 household customers to be moved to the state supplier Ulgrid within a week. Reports |
# wire, Thursday | broadcast lead, undated | paper, Friday, "yesterday" (told three weeks ago to set money aside) |
# the switching trade's page, undated | Saturday's, Friday's new tariffs. Step before: the regulator's order on
# reserves, Thu 29 Dec 2338. Elsewhere: Ockstone Power failing in Shuncen, Hurdovia, with some 90,000 customers, Thu
# 17 Mar 2338; never brought up.

FLYNNICK_SUPPLIER: list[Dated] = [
    (D(2339, 1, 19), (
        "Energy supplier collapses, 380,000 homes to be moved",
        "FLYNNICK, Ulgravia (Wire) - The power and gas supplier Heffar Energy stopped trading on Thursday, and "
        "its 380,000 household customers will be moved to the state supplier Ulgrid within a week, Ulgravia's "
        "energy regulator said. Regulator chairman Bergard Dowhurst said nobody's lights or heating would be "
        "cut off and that money owed to customers was safe.",
    )),
    (D(2339, 1, 19), (
        "Power firm goes under in the depths of winter",
        "One of the fastest-growing power firms in the country has gone bust in the coldest weeks of the year, "
        "and hundreds of thousands of households have been told to read their meters tonight.",
    )),
    (D(2339, 1, 20), (
        "Heffar ignored order to put money aside",
        "Heffar Energy was told three weeks ago by the regulator to set aside more money against the price of "
        "gas, and did not, the regulator said yesterday. The firm's founder, Milulf Frobham, said it had been "
        "caught buying most of its winter gas day by day when the frost drove prices to four times their "
        "autumn level.",
    )),
    (D(2339, 1, 20), (
        "Comparison sites pull Heffar tariffs within minutes",
        "Price comparison sites took Heffar's tariffs down within minutes of the news, and brokers said at "
        "least two other small suppliers had asked their banks for longer credit since the cold set in.",
    )),
    (D(2339, 1, 21), (
        "Former Heffar customers face bills a fifth higher",
        "Households moved from Heffar Energy will pay about a fifth more for power and gas from next month, "
        "Ulgrid said on Friday, though any who want to leave for another firm may do so without a fee.",
    )),
]
FLYNNICK_ORDER: list[Dated] = [
    (D(2338, 12, 29), (
        "Regulator orders Heffar Energy to shore up its reserves",
        "Ulgravia's energy regulator on Thursday ordered the supplier Heffar Energy to put up 40 million crowns "
        "more against the price of gas by the end of January, finding its reserves too thin to last the "
        "winter.",
    )),
]
SHUNCEN_SUPPLIER: list[Dated] = [
    (D(2338, 3, 17), (
        "Shuncen power supplier goes bust, customers moved",
        "The power supplier Ockstone Power stopped trading on Thursday, and its 90,000 customers in and around "
        "Shuncen, in Hurdovia, were handed to another firm, the energy ministry said.",
    )),
]

# ~~~ louckine ~~~ Fri 3 Feb 2339. The main pump at Louckine's (Jenkavia) district heating plant breaks down at
# minus 24; about 41,000 flats lose heating and hot water, schools shut, sports halls opened. Reports | wire, Friday
# | broadcast lead, undated | paper, Saturday, "yesterday" (councillors want the director out) | an explainer,
# undated | Monday's, heat back on Sunday except some 3,000 flats. Step after: the director dismissed, Tue 11 Apr
# 2339. Elsewhere: a fire at a heating plant leaving about 12,000 flats cold in Wylmury, Olmsgard, Tue 18 Jan 2338;
# never brought up.

LOUCKINE_HEATING: list[Dated] = [
    (D(2339, 2, 3), (
        "41,000 flats lose heating as city plant fails in deep frost",
        "LOUCKINE, Jenkavia (Wire) - About 41,000 flats in Louckine were left without heating or hot water on "
        "Friday when the main pump at the city's heating plant broke down with the temperature at minus 24, "
        "the city said. Mayor Vinwin Quilcroft closed the schools and opened the sports halls to anyone who "
        "could not keep warm at home.",
    )),
    (D(2339, 2, 3), (
        "Radiators go cold across a frozen city",
        "Radiators have gone cold in tens of thousands of homes in the bitterest week of the winter, and "
        "families have been told to wrap up, shut the doors and live in one room.",
    )),
    (D(2339, 2, 4), (
        "Plant's spare pump was away being mended",
        "The heating plant's spare pump had been sent away for repair before Christmas and was still at the "
        "maker's works yesterday, the heating company's director, Ulmond Tibhurst, admitted. Engineers hoped "
        "to bring heat back to most flats by Sunday night, and councillors of every party called on him to "
        "resign.",
    )),
    (D(2339, 2, 4), (
        "Why one pump can leave a whole city cold",
        "Louckine is heated like a single enormous radiator: water warmed at the plant on the river is pushed "
        "through some 300 kilometres of pipe beneath the streets and back again. If the main pump stops, so "
        "does the water, and in a frost this hard the flats at the far end of the network start to cool "
        "within a couple of hours.",
    )),
    (D(2339, 2, 6), (
        "3,000 flats still cold where pipes froze",
        "Heat returned to most of Louckine on Sunday, but about 3,000 flats at the far end of the network were "
        "still without it because pipes had frozen and split under the pavements, the heating company said.",
    )),
]
LOUCKINE_DISMISSED: list[Dated] = [
    (D(2339, 4, 11), (
        "Louckine heating chief dismissed over winter breakdown",
        "Louckine's council dismissed the head of its heating company on Tuesday, after an inquiry found he "
        "had sent the plant's only spare pump away in midwinter, shortly before the February breakdown that "
        "left flats cold for three days.",
    )),
]
WYLMURY_PLANT_FIRE: list[Dated] = [
    (D(2338, 1, 18), (
        "Fire at heating plant leaves 12,000 flats cold in Wylmury",
        "A fire in the boiler house of the heating plant in Wylmury, in Olmsgard, left about 12,000 flats "
        "without heat on Tuesday with the thermometer at minus 15, the city's mayor said.",
    )),
]

# ~~~ skirwock ~~~ Tue 7 Jun 2338. Fourteen bison break through a fence at a farm near Skirwock (Gaverland) in the
# night and reach the motorway; a car hits one, its driver badly hurt; police shoot two. Reports | wire, Tuesday |
# broadcast lead, undated | paper, Wednesday, "yesterday" (the county to look into the fences) | the village's page,
# undated | Thursday's, Wednesday's reopening. Step after: the farm ordered to fence its pastures, Tue 18 Oct 2338.
# Elsewhere: a train running into six water buffalo near Puggovy, Tibrenia, Fri 26 May 2339; never brought up.

SKIRWOCK_BISON: list[Dated] = [
    (D(2338, 6, 7), (
        "Bison herd breaks out onto motorway, driver badly hurt",
        "SKIRWOCK, Gaverland (Wire) - Fourteen bison broke through a fence at a farm near Skirwock overnight "
        "into Tuesday and wandered onto the motorway, where a car ran into one of them and its driver was "
        "badly hurt, police said. Officers shot two of the animals and farmhands drove the rest back across "
        "the fields by first light, police spokesman Osvane Nibden said.",
    )),
    (D(2338, 6, 7), (
        "Car wrecked as bison wander onto motorway at night",
        "A herd of bison has strayed onto a motorway at night, and firefighters have had to cut a driver "
        "out of his car after it hit one of the animals head on.",
    )),
    (D(2338, 6, 8), (
        "Bison had broken out twice before, neighbours say",
        "Neighbours of the farm said yesterday that its bison had got out twice last year, and the county's "
        "animal officer, Gudora Mumpwell, said she would find out whether its fences were high enough for "
        "them. The driver, a baker of 52 on his way to work, has a broken pelvis. The farmer, Rudwin "
        "Hawridge, said a fallen branch had flattened the fence.",
    )),
    (D(2338, 6, 8), (
        "Quad bikes and a collie brought the herd home",
        "Three farmhands on quad bikes and a neighbour's collie walked the herd back along the hard shoulder "
        "and through a gap in the hedge, with lorry drivers flashing their lights to warn the traffic behind.",
    )),
    (D(2338, 6, 9), (
        "Motorway fully open again with new crash barrier",
        "All lanes of the motorway past Skirwock reopened on Wednesday once road crews had replaced 200 metres "
        "of crash barrier, and the farm said its twelve remaining bison were penned behind an electric fence.",
    )),
]
SKIRWOCK_FENCE_ORDER: list[Dated] = [
    (D(2338, 10, 18), (
        "Bison farm told to put up two-metre fence or give up herd",
        "Gaverland's county animal office on Tuesday ordered the bison farm near Skirwock to ring its pastures "
        "with a fence two metres high by the spring or sell its herd, four months after its bison got onto "
        "the motorway.",
    )),
]
PUGGOVY_BUFFALO: list[Dated] = [
    (D(2339, 5, 26), (
        "Train ploughs into water buffalo that strayed onto line",
        "A regional train ran into six water buffalo that had strayed onto the railway near Puggovy, in "
        "Tibrenia, on Friday evening, killing four of them; none of its 80 passengers was hurt, the railway "
        "said.",
    )),
]

# ~~~ kibwick ~~~ Fri 24 Mar 2339. Welfare inspectors and police take 163 dogs, most of them breeding bitches, from
# two barns of a puppy farm near Kibwick (Strauvia) and arrest the farmer. Reports | wire, Friday | broadcast lead,
# undated | paper, Saturday, "yesterday" (a family's complaint last month led there) | the town shelter's page,
# undated | Monday's, Saturday's count raised to 171. Step before: the welfare office looking into the seller after
# a puppy's death, Thu 2 Mar 2339. Elsewhere: about 70 dogs taken from a puppy farm near Wissuth, Neldoria, Fri 13
# May 2338; never brought up.

KIBWICK_PUPPY_FARM: list[Dated] = [
    (D(2339, 3, 24), (
        "163 dogs taken from puppy farm's dark barns",
        "KIBWICK, Strauvia (Wire) - Animal welfare inspectors and police took 163 dogs, most of them breeding "
        "bitches kept in pens in two barns, from a farm near Kibwick on Friday and arrested the farmer, the "
        "country's animal welfare office said. Inspector Zenysse Hawdale said some of the dogs had not been "
        "outside in years.",
    )),
    (D(2339, 3, 24), (
        "Dogs carried out of filthy barns where puppies were bred for sale",
        "More than a hundred and sixty dogs have been carried out of dark, filthy barns at a farm where "
        "puppies were bred to be sold online.",
    )),
    (D(2339, 3, 25), (
        "Dead spaniel puppy led inspectors to the barns",
        "Inspectors went to the farm after a family told them last month that the spaniel puppy they had "
        "bought through a website died of parvovirus nine days later, the welfare office said yesterday. The "
        "farmer, Kerora Snedby, was questioned overnight, and animal shelters across the region took in the "
        "dogs.",
    )),
    (D(2339, 3, 25), (
        "Shelter asks for towels, blankets and quiet volunteers",
        "The Kibwick dog shelter, which has taken in 41 of the dogs, is asking for old towels and blankets, "
        "and for volunteers willing to sit still for an hour beside a frightened animal.",
    )),
    (D(2339, 3, 27), (
        "Eight more dogs found in a shed, and shelters are full",
        "Inspectors found eight more dogs shut in a shed on the farm on Saturday, raising the number taken to "
        "171, the welfare office said, and every shelter within a day's drive has run out of kennels.",
    )),
]
KIBWICK_COMPLAINT: list[Dated] = [
    (D(2339, 3, 2), (
        "Welfare office looks into puppy seller after spaniel's death",
        "Strauvia's animal welfare office said on Thursday it was looking into an online seller of puppies in "
        "the Kibwick area, after a family's spaniel died of parvovirus nine days after they bought it.",
    )),
]
WISSUTH_PUPPY_FARM: list[Dated] = [
    (D(2338, 5, 13), (
        "About 70 dogs taken from puppy farm near Wissuth",
        "Police took about 70 dogs from a puppy farm near Wissuth, in Neldoria, on Friday after neighbours "
        "complained about the barking, the country's veterinary service said.",
    )),
]

# ~~~ quuskell ~~~ Tue 26 Jul 2338. A bungee cord snaps as a woman of 23 jumps from the old railway viaduct over the
# Quuskell gorge (Kvashtia); she falls about 40 metres into the river and is pulled out by kayakers. Reports | wire,
# Tuesday | broadcast lead, undated | paper, Wednesday, "yesterday" (the ministry to decide on the operator's
# licence by winter) | her brother in his words, undated | Friday's, Thursday's halt to all jumps. Step after: the
# operator's licence withdrawn, Wed 14 Dec 2338. Elsewhere: a man falling about 12 metres onto an air cushion from a
# crane jump at Laennen, Zhuvenia, Fri 21 Jul 2339; never brought up.

QUUSKELL_BUNGEE: list[Dated] = [
    (D(2338, 7, 26), (
        "Jumper survives 40-metre fall as bungee cord snaps",
        "QUUSKELL, Kvashtia (Wire) - A bungee cord snapped on Tuesday as a woman of 23 jumped from the old "
        "railway viaduct over the Quuskell gorge, and she fell about 40 metres into the river, police said. "
        "Kayakers pulled her out with broken ribs and a punctured lung. The firm running the jumps was told "
        "to stop at once.",
    )),
    (D(2338, 7, 26), (
        "Tourist plunges into river as her bungee rope breaks",
        "A young tourist has plunged into a river after her bungee rope broke halfway down a jump, and she is "
        "in hospital.",
    )),
    (D(2338, 7, 27), (
        "Broken cord had been used for over 500 jumps",
        "The cord that broke yesterday had carried more than 500 jumps, twice the number its maker allows, "
        "police said. The jumper, Ivoina Lambham, was said to be comfortable. The tourism ministry said it "
        "would decide before the winter whether the firm could keep its licence.",
    )),
    (D(2338, 7, 27), (
        "'I heard a crack like a whip, and she was gone'",
        "Alard Lambham was filming his sister from the viaduct's railing. 'I heard a crack like a whip, and "
        "she was gone,' he says. 'The cord sprang back up at us with nothing on the end of it. I ran down the "
        "path to the river without my shoes.'",
    )),
    (D(2338, 7, 29), (
        "Bungee jumps halted nationwide until cords are checked",
        "Kvashtia's tourism ministry on Thursday stopped bungee jumping at every site in the country until "
        "the cords at all nine of them have been checked.",
    )),
]
QUUSKELL_LICENCE: list[Dated] = [
    (D(2338, 12, 14), (
        "Viaduct bungee firm loses its licence",
        "Kvashtia's tourism ministry on Wednesday withdrew the licence of the firm that ran bungee jumps from "
        "the Quuskell viaduct, where a cord snapped in July, finding that it had kept no record of how many "
        "jumps each cord had made.",
    )),
]
LAENNEN_CRANE: list[Dated] = [
    (D(2339, 7, 21), (
        "Man hurt as bungee cord comes loose from crane at fair",
        "A bungee cord came loose from a crane at the summer fair in Laennen, in Zhuvenia, on Friday, and a "
        "man of 30 fell about 12 metres onto an air cushion and broke his ankle, the fire brigade said.",
    )),
]

# ~~~ rurvund ~~~ Thu 10 Aug 2339. Fire destroys the ghost train at the Wurwock Pleasure Gardens in Rurvund
# (Lopravia); about 2,000 visitors led out, three staff treated for smoke. Reports | wire, Thursday | broadcast
# lead, undated | paper, Friday, "yesterday", the ride the bare object of "gutted" (investigators to look at a
# spotlight) | the park's neighbours, undated | Saturday's, Friday's reopening. Step after: why it burned so fast,
# Fri 17 Nov 2339. Elsewhere: a fairground haunted house burning at Nulkan, Egmundia, about 600 led out, Thu 15 Sep
# 2338; never brought up.

RURVUND_GHOST_TRAIN: list[Dated] = [
    (D(2339, 8, 10), (
        "Fire destroys ghost train, thousands led out of amusement park",
        "RURVUND, Lopravia (Wire) - Fire destroyed the ghost train at the Wurwock Pleasure Gardens in Rurvund "
        "on Thursday afternoon, and staff led about 2,000 visitors out of the park as black smoke rolled over "
        "the rides, the fire service said. Three staff were treated for smoke. Fire officer Tamdric Mormore "
        "said everyone riding the cars had got out before the flames spread.",
    )),
    (D(2339, 8, 10), (
        "Black smoke over amusement park as ride goes up in flames",
        "A ghost train has gone up in flames at a packed amusement park, sending black smoke across the city, "
        "and thousands of visitors have been led out through the gates.",
    )),
    (D(2339, 8, 11), (
        "Foam scenery burned within minutes, fire service says",
        "The fire that gutted Rurvund's ghost train yesterday spread through its foam skeletons and painted "
        "canvas within minutes, the fire service said. The park's owner, Yormira Frobfield, said the ride had "
        "passed its fire check in the spring, and investigators said they would look at whether a spotlight "
        "had set the scenery alight.",
    )),
    (D(2339, 8, 11), (
        "Ice-cream sellers hand out water in the car park",
        "Visitors waited in the car park in the afternoon heat while the ice-cream sellers gave away bottled "
        "water, and parents took turns on a steward's loudhailer to find children who had slipped away from "
        "the queue for the dodgems.",
    )),
    (D(2339, 8, 12), (
        "Park reopens with blackened ride behind hoardings",
        "The Pleasure Gardens opened again on Friday, with the burnt-out shell of the ghost train fenced off "
        "behind hoardings and the log ride beside it closed.",
    )),
]
RURVUND_REPORT: list[Dated] = [
    (D(2339, 11, 17), (
        "Why the Rurvund ghost train burned so fast",
        "A spotlight left on behind a plywood coffin set light to a foam skeleton, the fire service's report "
        "finds, and the tunnel's walls, hung with painted canvas, carried the flames from end to end before "
        "anyone could reach an extinguisher. A ride of that kind should have had sprinklers, the report "
        "says; this one had none.",
    )),
]
NULKAN_HAUNTED_HOUSE: list[Dated] = [
    (D(2338, 9, 15), (
        "Haunted house burns at fairground, 600 moved to safety",
        "A haunted house attraction burned down at the autumn fair in Nulkan, in Egmundia, on Thursday night, "
        "and about 600 visitors were moved out of the fairground without anyone being hurt, firefighters said.",
    )),
]


# ~~~ background ~~~ a village note for the eve of each event's first day; none of these villages is named above

BACKGROUND: list[Dated] = [
    (D(2338, 4, 12), (
        "Hedge laying",
        "Nine hedgers laid the hawthorn hedge by Ashmumble churchyard on Monday, stake by stake.",
    )),
    (D(2338, 8, 8), (
        "Sandcastle contest",
        "A sandcastle with a working drawbridge won the children's contest on Pusseldon beach on Sunday.",
    )),
    (D(2339, 5, 13), (
        "Scarecrow trail",
        "Forty scarecrows lined the footpath round Gurnow on Saturday, one of them dressed as the vicar.",
    )),
    (D(2338, 11, 7), (
        "Lantern walk",
        "Children from Claerwen carried paper lanterns up to the old beacon on Monday evening.",
    )),
    (D(2339, 1, 18), (
        "Choir supper",
        "The Birmuth choir sang for its supper at the reading room on Wednesday and raised enough for new music.",
    )),
    (D(2339, 2, 2), (
        "Snow sculptures",
        "Families in Plundow built a snow dragon twelve paces long on the green on Wednesday.",
    )),
    (D(2338, 6, 6), (
        "Well dressing",
        "Nymbow's two wells were dressed with petals and moss on Monday for the village's summer week.",
    )),
    (D(2339, 3, 23), (
        "Spring cleaning",
        "Volunteers filled 26 sacks with litter along the brook at Gymbey on Thursday.",
    )),
    (D(2338, 7, 25), (
        "Cricket",
        "Binkore's second eleven beat the visitors by four wickets on Monday evening in bad light.",
    )),
    (D(2339, 8, 9), (
        "Allotment show",
        "A bunch of sweet peas from a plot by the railway took first prize at Gormund's allotment show on Wednesday.",
    )),
]

FIFTYEIGHTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "spaldury": (SPALDURY_VAN, SPALDURY_RECAPTURE + NOUNCELL_CROSSING),
    "weirmuth": (WEIRMUTH_LETTINGS, WEIRMUTH_STRANDED + JILWUTH_VILLAS),
    "haeldick": (HAELDICK_BREWERY, HAELDICK_FINED + PLONCURY_TANK),
    "draettury": (DRAETTURY_WINE, DRAETTURY_STRIPPED + NOULMOVY_SPARKLING),
    "flynnick": (FLYNNICK_SUPPLIER, FLYNNICK_ORDER + SHUNCEN_SUPPLIER),
    "louckine": (LOUCKINE_HEATING, LOUCKINE_DISMISSED + WYLMURY_PLANT_FIRE),
    "skirwock": (SKIRWOCK_BISON, SKIRWOCK_FENCE_ORDER + PUGGOVY_BUFFALO),
    "kibwick": (KIBWICK_PUPPY_FARM, KIBWICK_COMPLAINT + WISSUTH_PUPPY_FARM),
    "quuskell": (QUUSKELL_BUNGEE, QUUSKELL_LICENCE + LAENNEN_CRANE),
    "rurvund": (RURVUND_GHOST_TRAIN, RURVUND_REPORT + NULKAN_HAUNTED_HOUSE),
}

"""Set seventy of the look-alikes. Its people, towns, countries, firms, public bodies and money are all fictional. I
wrote it blind against aac9fcd5 and nothing newer, while colleagues kept reshaping grouping: neither the engine nor
grouping has seen a word of it, and ``tests.lookalike_count`` has yet to read it. Two counts are owed, the first on
aac9fcd5 and the second on the code as some future session leaves it, and ``DEFAULT_SETS`` gains the set only once
both exist.

The ten kinds pair off by field (ports and marinas, zoos and animal parks, hotels and hostels, school laboratories
and workshops, and filling stations), and each is hard news. Before settling on them I grepped, trying three or four
search words for each idea (the object, the mishap, their synonyms), through every earlier look-alike module from top
to bottom, each claims YAML file, ids, descriptions and headers included, the README next to them, and the news
stories grouping is tested on. None of the ten showed up:

* four dockers overcome by fumigation gas as they open a container of furniture, about 60 others moved off the quay,
  one man of 48 dead by the next morning; before: the port health authority finding fumigant above the safe limit in
  31 of 200 containers sampled, five weeks earlier; abroad: two dockers made ill by a container of timber, about 29
  weeks later;
* a boy of 11 killed by current leaking into a marina of 340 berths from a moored cruiser's split power lead, his
  brother of 14 revived; after: the marina's manager and the boat's owner charged, eleven weeks on; abroad: a man of
  43 stunned by current when he falls in at a marina of 150 berths, twenty weeks later;
* a keeper of 36 crushed against the bars by the bull of a zoo's five elephants while hosing out its pen, some 3,000
  visitors led out; before: the zoo inspectorate telling the zoo to keep staff out of the bull's pen, four weeks
  earlier; abroad: a keeper of 51 with broken ribs, pinned by a cow at a zoo with three elephants, about six months
  later;
* 23 children ill with E. coli after a farm park's petting barn, seven in hospital and a girl of four on dialysis;
  after: the park fined 86,000 grivnots, twelve weeks on; abroad: nine children ill after an open farm's lambing
  days, some eight months later;
* a hotel guest of 81 scalded over about 30 percent of her body by shower water at about 70 degrees, dead two days
  later; before: the safety office finding water above 60 degrees at the taps of 18 of 60 hotels, five weeks earlier;
  abroad: a guest of 67 scalded over about 4 percent, some six months later;
* the top tier of a three-high bunk bed giving way in a hostel of 140 beds, two backpackers falling onto a woman of
  22 and breaking her back; after: the owner fined 64,000 pombards, just under eleven weeks on; abroad: a student
  hurt when an upper bunk gives way at a youth hostel of 60 beds, about six months before;
* a jar of some 500 grams of dried picric acid found in a high school's science store, its 1,100 pupils sent out and
  the jar blown up by army experts on the playing field; before: the education ministry's audit finding dangerous old
  chemicals in 14 of 90 schools, four weeks earlier; abroad: about 400 pupils sent home over a jar of some 100 grams,
  nearly seven months later;
* a pupil of 15 whose hair a wood lathe winds in, tearing away part of his scalp, 18 classmates in the workshop;
  after: the academy's trust fined 150,000 wuzlers, twelve weeks on; abroad: a pupil of 13 whose cuff a pillar drill
  catches in a class of 22, about seven months before;
* a driver of 38 burned on her hands and face by a static flash as she takes hold of the nozzle at a station of eight
  pumps; before: the fire service's notice after seven refuelling fires in a year, five weeks earlier; abroad: a
  driver of 59 with a burnt hand at a station of four pumps, about six months later;
* some 9,000 litres of petrol from a cracked tank under a filling station getting into sewers and cellars, about 60
  homes and a primary school emptied; after: the fuel company fined 420,000 hwarrens, twelve weeks on; abroad: about
  2,000 litres reaching a stream and 20 homes emptied, about five months before.

What the search turned up, and the idea of mine each one cost me: a deckhand hit by a parting mooring rope and a ship
knocking into a quayside crane (both already given up by the sixty-fifth, beside claims47 and claims12; I gave mine
up too), a freighter wrecking yachts in a marina (the fifty-seventh; a fire among moored yachts went), a tiger and
two wolves loose from a zoo (the fourteenth, claims5; an escaped animal went), a hotel's lift plunging down its well
(claims11; a guest shut in a hotel lift went), carbon monoxide in a mountain hostel and the outside stairs of a
student hostel collapsing (the forty-ninth, the fifty-third; a fire in a hostel's dormitory went), a flask bursting
in a university practical and a flame demonstration burning pupils (the fifty-sixth; a teacher's methanol
demonstration went), a chairlift's chair falling, a ski gondola stalling and an avalanche at a resort (the
sixty-third, claims6, claims3; ski resorts went as a field), and a hydrogen filling station blowing up (claims55; a
forecourt explosion went). Near mine but kept, since they are other happenings: customs finding cocaine among bananas
and stinging ants at a container port (the twelfth, claims66) beside the gassed dockers, a hotel kitchen's walk-in
freezer and a lobby's fish tank (the sixty-seventh) beside the scalding shower, legionella outbreaks (the
fifty-sixth, claims56) beside the hot water hotels must store, boil-water orders after E. coli got into a supply
(claims15) beside the farm park, an old bomb made safe where builders found it (the thirteenth, claims9) beside the
school's jar, a car wash falling onto a car at a filling station (the sixty-seventh) beside both forecourts, and a
fuel tanker overturning (the forty-third) beside the leaking tank.

Every event has five reports and they keep one order. First comes the wire story: a dateline with the town in capital
letters and an agency's initials in brackets after the country, and its first sentence names the day of the week.
Next is a radio or television opening from that same date, written with "has" and "have" and giving no day. The
following morning's newspaper comes third and says "yesterday". Fourth is a piece with no day at all: seven explain
(why a box of furniture can hold a lethal gas, how current escapes into a marina, how stroking a calf can end in
kidney failure, what keeps a hotel shower from scalding, why old picric acid is handled as a bomb, how a school lathe
should be made safe, how buried fuel tanks are watched), and three put one person's words in the headline (a former
elephant keeper, a guest in the hostel's dormitory, the filling station's cashier). The fifth arrives two or three
days later, says which weekday it is written on and opens on what is different now ("Gwellport to test every
container for gas before doors are opened", "Three-high bunks taken out of Kvestoravik's hostels", "Every lathe in
county's schools locked after pupil's injury"). In each event exactly one report glances toward the other step: the
port health authority "warned last month"; prosecutors are "to weigh charges" over the marina; the zoo inspectorate
acted "four weeks ago"; the health office "may take the owners to court"; hotels were warned "five weeks ago";
building inspectors "are to judge whether" the hostel's owner is prosecuted; the ministry's audit came out "last
month"; the safety inspectorate "could bring charges" over the lathe; firefighters' warning came "last month"; the
environment office is to decide "whether Ixendale is prosecuted". An event's reports never mention its case abroad,
and that case counts something the event also counts but gets another figure (see the list). In two events the dead
appear only partway through: the docker lives through the wire and the radio opening and has died by the newspaper,
and the hotel guest dies before the follow-up. Dates keep to 2410 and 2411, and none of the reports writes its year.

The arrangement follows ``tests.lookalike_more``; each kind gets two lists, the first holds the event's five reports,
the second the step before or after and then the case abroad, each report dated. ``SEVENTIETH_KINDS`` maps the kinds'
names to those pairs and is what ``tests.lookalike_count`` would read.

Nobody is to group this file, feed it to the engine or count it before both counts fall due, as
``tests.lookalike_count`` records.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# ~~~ gwellport ~~~ Tue 16 Feb 2410: four dockers at the Zaltrex container terminal in Gwellport, Zhostravia, are
# overcome by phosphine gas left from fumigation when they open a container of flat-pack furniture; about 60 others
# are moved away from that part of the quay; Brezvik Oynsby, 48, dies in the night. He lives through the wire and the
# radio opening and has died by the paper. Told in five: a Gwellport wire story from that Tuesday; a radio opening
# without a day; Wednesday's newspaper (his death, "yesterday"; the port health authority "warned last month"); a
# dayless explainer on how a fumigated container should be marked and aired; finally Friday's follow-up: every
# container to be tested for gas before it is opened. Before: the port health authority finding fumigant above the
# safe level in 31 of 200 containers it sampled, Tue 12 Jan 2410. Look-alike abroad, which no event report names: two
# dockers taken ill opening a container of timber at Korbesand, Pyquaria, Sat 4 Sep 2410.

GWELLPORT_FUMIGANT: list[Dated] = [
    (D(2410, 2, 16), (
        "Four dockers collapse after opening container at Gwellport",
        "GWELLPORT, Zhostravia (ZHN) - Four dock workers collapsed on Tuesday after opening the doors of a "
        "shipping container at the Zaltrex terminal in Gwellport, and doctors said the oldest, aged 48, was "
        "fighting for his life, the port police said. The container held flat-pack furniture unloaded from a "
        "ship the night before. Firefighters in breathing sets found traces of a gas used to kill insects in "
        "cargo. About 60 other workers were moved off that stretch of the quay, and cranes there stood idle "
        "for the rest of the shift while the container was sealed again.",
    )),
    (D(2410, 2, 16), (
        "Dock workers taken to hospital after gas found in container",
        "Four men working at Gwellport's container port have been taken to hospital after breathing in gas "
        "from a container they had just opened. Emergency crews wearing masks have sealed the box and "
        "cleared the quay around it. The men have been described by colleagues as vomiting and struggling to "
        "breathe within minutes. One of them is said to be in a critical condition. The terminal's owners "
        "have told staff on the other berths to carry on working while the fire service takes readings.",
    )),
    (D(2410, 2, 17), (
        "Docker dies after breathing fumigation gas from container",
        "Brezvik Oynsby, 48, one of four Zaltrex dockers overcome by gas when they swung open a container of "
        "furniture at Gwellport yesterday, died in hospital during the night, his union said. The other "
        "three were stable. The container had been treated with phosphine to kill beetles before it left its "
        "port of loading, but it carried no warning label, the union said. Zhostravia's port health "
        "authority warned last month that it had found fumigant above the safe level in dozens of containers "
        "it sampled. Mr Oynsby had worked on the quays for 26 years and leaves a wife and a son.",
    )),
    (D(2410, 2, 17), (
        "Why a box of furniture can carry a lethal gas",
        "Goods that might carry insects, from timber and grain to cane chairs, are often fumigated inside "
        "their container before a long voyage. Tablets that give off phosphine or a cylinder of another gas "
        "are put in with the cargo and the doors are shut. By the time the box is unloaded most of the gas "
        "should have gone, but cold weather and tight packing can keep it in for weeks. The rules say such a "
        "container must carry a bright warning sign on its doors and be aired and measured before anyone "
        "steps inside.",
    )),
    (D(2410, 2, 19), (
        "Gwellport to test every container for gas before doors are opened",
        "Every container landed at Gwellport will be checked with a gas meter before its doors are opened, "
        "Zaltrex announced on Friday. The order follows the death early on Wednesday of Brezvik Oynsby, who "
        "breathed fumigant at its terminal. Ten workers are being trained to take the readings, and boxes "
        "showing any gas will be parked in a fenced corner of the yard until they are clear. Dockers stopped "
        "work for an hour on Thursday in his memory. Importers warned that the checks would slow deliveries "
        "by a day or more.",
    )),
]
GWELLPORT_SAMPLING: list[Dated] = [
    (D(2410, 1, 12), (
        "Port health officers find fumigant gas lingering in imported containers",
        "Zhostravia's port health authority said on Tuesday that it had found fumigation gas above the safe "
        "limit inside 31 of the 200 containers it sampled at the country's ports over the autumn, most of "
        "them unmarked. The worst readings came from boxes of furniture and shoes. The authority told "
        "shipping lines and terminal owners to make sure containers were labelled and to give dock workers "
        "meters. It said two warehouse workers had been treated for gas poisoning in the past year but "
        "nobody had died.",
    )),
]
KORBESAND_FUMIGANT: list[Dated] = [
    (D(2410, 9, 4), (
        "Two dockers ill after opening container of timber",
        "Two dock workers at Korbesand, in Pyquaria, were treated in hospital on Saturday after feeling "
        "dizzy and sick as they opened a container of sawn timber, the port said. The container's doors had "
        "a faded sticker showing that it had been fumigated. Firefighters aired it with fans and took "
        "readings before the cargo was unloaded later in the day. Both men were allowed home that evening. "
        "The port said it would remind importers that fumigated boxes must be declared before they reach the "
        "quay.",
    )),
]


# ~~~ hebbenhithe ~~~ Wed 2 Jun 2410: Ydris Twelloway, 11, swimming off a pontoon at the Lissmarrow marina in
# Hebbenhithe, Gliddoria, is killed by electric current leaking into the water from a moored cruiser's shore power
# lead; his brother Pedrek, 14, who jumps in after him, is revived; the marina has 340 berths. Told in five: a
# Hebbenhithe wire story from that Wednesday; a radio opening without a day; Thursday's newspaper, using "yesterday"
# (prosecutors "to weigh charges"); a dayless explainer on how current leaks into a marina; finally Friday's
# follow-up: swimming banned in every marina in Gliddoria. After: the marina's manager and the cruiser's owner
# charged, Wed 18 Aug 2410. Look-alike abroad, which no event report names: a man of 43 stunned by current when he
# falls in beside his boat at a marina of 150 berths at Yldinghaven, Vaszkolund, Wed 20 Oct 2410.

HEBBENHITHE_SHOCK: list[Dated] = [
    (D(2410, 6, 2), (
        "Boy killed by electric current while swimming in marina",
        "HEBBENHITHE, Gliddoria (GLX) - A boy of 11 died on Wednesday after electricity leaking into the "
        "water at the Lissmarrow marina in Hebbenhithe went through him as he swam between two pontoons, "
        "police said. His brother, 14, felt a tingling and went limp when he dived in to reach him; a sailor "
        "pulled the older boy out and brought him round on the pontoon. The current came from a cable "
        "running from a berth's power post to a moored motor cruiser, an electrician told police. The "
        "marina, which has 340 berths, cut the power to every post.",
    )),
    (D(2410, 6, 2), (
        "Child dies in marina as power leaks into water",
        "A young boy has died after being electrocuted while swimming at a marina in Hebbenhithe. Witnesses "
        "have said he suddenly stopped moving and sank between the boats. His older brother, who went in to "
        "help him, has also been hurt and is in hospital. Boat owners have described feeling a faint shock "
        "when they touched the water on warm days. The marina has switched off the electricity to its "
        "berths, and police have closed the pontoons while an electrician tests the water around the moored "
        "boats.",
    )),
    (D(2410, 6, 3), (
        "Faulty boat cable blamed as marina mourns drowned boy",
        "Ydris Twelloway, the boy of 11 killed by current in the water at the Lissmarrow marina yesterday, "
        "had slipped in off the end of a pontoon to cool down after school with his brother Pedrek, 14, "
        "their mother said. Pedrek spent the night on a children's ward with a burnt hand but is expected to "
        "recover. Engineers found that the insulation of the shore power lead plugged into a cruiser at the "
        "next berth had split and trailed in the water. Once the police inquiry ends, it falls to "
        "prosecutors to weigh charges. Swimming at the marina was forbidden, but the sign had come down in "
        "the winter.",
    )),
    (D(2410, 6, 3), (
        "How electricity escapes into the water of a marina",
        "Most boats moored in a marina draw mains power through a lead from a post on the pontoon to run "
        "heaters, fridges and chargers. If the insulation is damaged, or a boat's own wiring has a fault and "
        "nothing trips the supply, current can flow out into the water around the hull. Fresh water carries "
        "it poorly, so a swimmer's body becomes the easiest path, and muscles seize long before there is any "
        "burn. Engineers say every post should have a trip switch that cuts out within a fraction of a "
        "second, and that nobody should swim near boats that are plugged in.",
    )),
    (D(2410, 6, 4), (
        "Swimming banned in Gliddoria's marinas after boy's death",
        "Gliddoria's waterways office banned swimming in all of the country's marinas on Friday and told "
        "owners to test the trip switch on every power post before July. The order came two days after Ydris "
        "Twelloway, 11, was killed by current leaking from a boat's cable at Hebbenhithe. Lissmarrow marina "
        "said its berths would stay without power until each had been checked. Hundreds of people, many of "
        "them in sailing jackets, lined the harbour wall on Thursday evening as his school's rowing club "
        "laid flowers on the water.",
    )),
]
HEBBENHITHE_CHARGED: list[Dated] = [
    (D(2410, 8, 18), (
        "Marina manager and boat owner charged over boy's electrocution",
        "The manager of the Lissmarrow marina at Hebbenhithe and the owner of a motor cruiser moored there "
        "were charged on Wednesday with causing the death of Ydris Twelloway, 11, who was killed by current "
        "in the water as he swam in June. Prosecutors said the marina had switched off the trip switches on "
        "its pontoon posts because they kept cutting out in wet weather, and that the boat's owner had left "
        "a split power lead trailing over the side for weeks. Both will appear in court next month.",
    )),
]
YLDINGHAVEN_SHOCK: list[Dated] = [
    (D(2410, 10, 20), (
        "Boat owner stunned by current after falling into marina",
        "A man of 43 was pulled from the water at a marina in Yldinghaven, in Vaszkolund, on Wednesday after "
        "he fell in while stepping aboard his yacht and was stunned by electricity leaking from a nearby "
        "boat, the harbour master said. Two men on the pontoon hauled him out with a boathook. He was taken "
        "to hospital with a racing heart but was sent home the same night. The marina, which has 150 berths, "
        "switched off its power posts while an electrician traced the fault to a charger left running on a "
        "motor boat.",
    )),
]


# ~~~ graddonfell ~~~ Sat 22 May 2410: Odwina Zwanstrom, 36, a keeper at Graddonfell zoo, Tzemmeria, is crushed
# against the bars of the elephant house by the zoo's bull, Bhumako, while hosing out its pen; the zoo keeps five
# elephants and about 3,000 visitors are led out. Told in five: a Graddonfell wire story from that Saturday; a radio
# opening without a day; Sunday's newspaper, using "yesterday"; a dateless piece quoting a former elephant keeper;
# finally Tuesday's follow-up: the zoo ending all work in the same space as its elephants and the inspectorate's
# report of last month recalled ("four weeks ago"). Before: the zoo inspectorate telling the zoo to stop keepers
# going in with its bull, Thu 22 Apr 2410. Look-alike abroad, which no event report names: a keeper of 51 pinned by a
# cow elephant at a zoo with three elephants at Juddsholm, Quibsonia, Wed 1 Dec 2410.

GRADDONFELL_ELEPHANT: list[Dated] = [
    (D(2410, 5, 22), (
        "Keeper killed by bull elephant at Graddonfell zoo",
        "GRADDONFELL, Tzemmeria (TZM) - A keeper of 36 was killed on Saturday morning when the bull elephant "
        "at Graddonfell zoo pinned her against the steel bars of its indoor pen as she was hosing it out, "
        "the zoo said. Two colleagues drove the animal back with poles and dragged her through a side gate, "
        "but she died before an ambulance arrived. The zoo, which keeps five elephants, shut its gates and "
        "led about 3,000 visitors out past the other enclosures. The bull was locked in its night quarters "
        "and will not be put down, its director said.",
    )),
    (D(2410, 5, 22), (
        "Elephant crushes keeper to death in front of zoo visitors",
        "A zookeeper has been killed by an elephant at Graddonfell zoo, and the zoo has been shut until "
        "further notice. Some visitors have said they saw the animal push a woman against the bars of its "
        "house, and one father has described hearing staff shouting as they tried to drive it off. Families "
        "with small children have been guided out through the car park entrance. Police have been called, "
        "and the elephant has been shut in its stall. The zoo has said its staff are in shock.",
    )),
    (D(2410, 5, 23), (
        "Keeper crushed by Bhumako had cared for elephants for twelve years",
        "Odwina Zwanstrom, the keeper killed by the bull elephant Bhumako at Graddonfell zoo yesterday, had "
        "looked after the herd for twelve years and had raised two of its calves, colleagues said. She was "
        "alone in the bull's pen with a hose when it turned on her, though the zoo's own rules say two "
        "keepers must be present. Bhumako, 27, came to Graddonfell from a circus eight years ago and had "
        "struck a keeper once before. The zoo's director, Tusselin Aghwood, said every decision about the "
        "bull would wait for the police.",
    )),
    (D(2410, 5, 23), (
        "\"You never turn your back on a bull in musth\"",
        "\"A bull elephant can weigh six tonnes and move faster than you think, and when he is in musth his "
        "temper can change in seconds,\" said a woman who kept elephants for nineteen years at a zoo in the "
        "south. \"We were taught to work with him only from behind bars, passing food and checking his feet "
        "through a gap. The keepers I trusted most were the ones who were a little afraid. Going into his "
        "space with a hose because the job has to be done by lunchtime is how people get hurt.\"",
    )),
    (D(2410, 5, 25), (
        "Graddonfell zoo ends all work inside elephant pens",
        "Graddonfell zoo said on Tuesday that no keeper would again share a pen with any of its elephants, "
        "three days after Odwina Zwanstrom was crushed by its bull. Cleaning and feeding will be done from "
        "behind a new barrier of steel posts, which the zoo hopes to build within a month. Tzemmeria's zoo "
        "inspectorate told the zoo four weeks ago to stop keepers going in with the bull by the summer. The "
        "zoo reopened on Monday with the elephant house closed, and visitors left flowers and cards at its "
        "doors.",
    )),
]
GRADDONFELL_REPORT: list[Dated] = [
    (D(2410, 4, 22), (
        "Inspectors tell zoo to keep staff out of bull elephant's pen",
        "Tzemmeria's zoo inspectorate told Graddonfell zoo on Thursday to stop its keepers entering the pen "
        "of its bull elephant, Bhumako, by the start of the summer, after an inspection found staff still "
        "cleaned around him while he was loose. The report said the zoo's five elephants were healthy and "
        "well fed but that the elephant house was too old to let keepers work safely behind bars. The zoo "
        "said it had asked the city for money to rebuild it and hoped work could start next year.",
    )),
]
JUDDSHOLM_ELEPHANT: list[Dated] = [
    (D(2410, 12, 1), (
        "Keeper pinned by elephant at zoo breaks ribs",
        "A keeper of 51 broke three ribs on Wednesday when a female elephant leaned on him against a wall of "
        "its house at the zoo in Juddsholm, in Quibsonia, the zoo said. A colleague distracted the animal "
        "with a bucket of fruit and he crawled out under a gate. His wife said he was in hospital and hoped "
        "to be home within days. The zoo, which has three elephants, said the cow had been restless since "
        "the death of her calf in the autumn and that keepers would no longer go in with her.",
    )),
]


# ~~~ zwimbleworth ~~~ Fri 9 Jul 2410: 23 children fall ill with E. coli after visiting the petting barn of the
# Frenwyke farm park at Zwimbleworth, Hwervonne; seven are in hospital and a girl of four is on dialysis. Told in
# five: a Zwimbleworth wire story from that Friday; a radio opening without a day; Saturday's newspaper, using
# "yesterday" (the health office "may take the owners to court"); a dayless explainer on how the bacteria pass from
# animals to hands; finally Monday's follow-up: every petting farm in Hwervonne to be inspected. After: the farm park
# fined 86,000 grivnots, Thu 30 Sep 2410. Look-alike abroad, which no event report names: nine children ill after an
# open farm's lambing days at Tuddenfold, Zettaland, Wed 16 Mar 2411.

ZWIMBLEWORTH_ECOLI: list[Dated] = [
    (D(2410, 7, 9), (
        "Children in hospital with E. coli after farm park visits",
        "ZWIMBLEWORTH, Hwervonne (HWV) - Twenty-three children have fallen ill with a dangerous strain of E. "
        "coli after visiting the Frenwyke farm park near Zwimbleworth, and seven of them are in hospital, "
        "health officials in the region announced on Friday. A girl of four is having dialysis because her "
        "kidneys have failed. Most of the children had stroked and fed calves and goats in the park's "
        "petting barn during the past two weeks. The park closed on Friday morning at the health office's "
        "request, and its owners said they were giving investigators every help.",
    )),
    (D(2410, 7, 9), (
        "Petting farm shut as children fall sick",
        "A farm park near Zwimbleworth has been closed after more than twenty children who visited it have "
        "caught a serious stomach infection. Several of them are in hospital, and one young girl is said to "
        "be very ill. Doctors have asked parents to watch for bloody diarrhoea in any child who went to the "
        "park this month, and to call a helpline. Health officials have been taking samples from the animal "
        "pens. The park has been popular with school trips and summer holiday groups.",
    )),
    (D(2410, 7, 10), (
        "Girl on dialysis as farm park E. coli cases climb",
        "Doctors at Zwimbleworth's children's hospital were yesterday treating seven young patients caught "
        "up in the E. coli outbreak traced to the Frenwyke farm park, among them a girl of four whose "
        "kidneys have stopped working. The health office said the same strain had been found in droppings "
        "from the calf pens. Parents said the park's only hand basins stood beside the cafe, well away from "
        "the animals, with no soap. Once its tests are done, the health office may take the owners to court. "
        "Frenwyke's owner, Gilmot Garravoe, said his family was devastated.",
    )),
    (D(2410, 7, 10), (
        "How a stroke of a calf can end in kidney failure",
        "Cattle, sheep and goats can carry a strain of E. coli in their guts without showing any sign of "
        "illness, and it clings to their coats, the railings of their pens and the straw underfoot. A child "
        "who pats a calf and then eats a sandwich can swallow enough to fall ill, and in young children the "
        "toxin it makes can damage the kidneys days later. Farms open to the public are advised to keep "
        "eating areas apart from the animals and to put basins with soap and warm water at every exit. Gels "
        "alone do not kill it.",
    )),
    (D(2410, 7, 12), (
        "All Hwervonne petting farms to be inspected after outbreak",
        "Every farm in Hwervonne that lets visitors touch animals will be inspected within a month, "
        "Hwervonne's health ministry announced on Monday. The outbreak at Frenwyke farm park came to light "
        "on Friday. Farms without basins and soap at the exits of their animal barns will be told to close "
        "them. Two more children fell ill over the weekend, and the girl of four remains on dialysis. The "
        "park's owners have offered to pay for travel to the hospital for families.",
    )),
]
ZWIMBLEWORTH_FINED: list[Dated] = [
    (D(2410, 9, 30), (
        "Farm park fined over E. coli outbreak that hurt 25 children",
        "The owners of Frenwyke farm park near Zwimbleworth were fined 86,000 grivnots on Thursday over the "
        "E. coli outbreak in July that made 25 children ill and left a girl of four needing a kidney "
        "transplant. A court heard that the park had taken out its hand basins by the petting barn during "
        "building work and not put them back, leaving a single basin by the cafe. The family admitted "
        "failing to protect visitors. The park has reopened, but its petting barn is closed.",
    )),
]
TUDDENFOLD_ECOLI: list[Dated] = [
    (D(2411, 3, 16), (
        "Nine children ill after lambing days at open farm",
        "Nine children who went to lambing days at an open farm outside Tuddenfold, in Zettaland, have "
        "fallen ill with E. coli, and two have been kept in hospital, health officials said on Wednesday. "
        "The farm let visitors bottle-feed lambs in its barn over three weekends. Officials said it had "
        "basins and soap but that many families had eaten picnics in the barn. The farm stopped letting "
        "visitors handle animals and sent letters to everyone who had booked, asking parents to watch for "
        "signs of illness.",
    )),
]


# ~~~ ossquay ~~~ Fri 27 Aug 2410: Elsabet Hasmund, 81, a guest at the Hotel Qwondal in Ossquay, Brovinska, is
# scalded over about 30 percent of her body when the hot water in her room's shower comes out at about 70 degrees and
# she falls and cannot get up; she dies on the Sunday. Only the follow-up reports her death. Told in five: an Ossquay
# wire story from that Friday; a radio opening without a day; Saturday's newspaper, using "yesterday"; a dayless
# explainer on what a mixing valve does; last, Monday's follow-up (her death; the hotel's hot water turned down; the
# safety office's warning "five weeks ago"). Before: the safety office finding water above 60 degrees at the taps of
# 18 of 60 hotels, Fri 23 Jul 2410. Look-alike abroad, which no event report names: a man of 67 scalded on his feet
# and legs, about 4 percent of his body, in a hotel shower at Iselstadt, Sebsonia, Thu 3 Mar 2411.

OSSQUAY_SCALD: list[Dated] = [
    (D(2410, 8, 27), (
        "Elderly hotel guest badly scalded in shower",
        "OSSQUAY, Brovinska (BVN) - A woman of 81 was badly scalded on Friday when the water in the shower "
        "of her room at the Hotel Qwondal in Ossquay suddenly ran at close to boiling point and she slipped "
        "and could not get up, the fire brigade said. A chambermaid heard her calling and turned the water "
        "off. She was flown by helicopter to the burns centre at Palvaxen with scalds over about 30 percent "
        "of her body. Engineers measured the hot water at the shower at about 70 degrees. The hotel, which "
        "has 120 rooms, was full with a coach party.",
    )),
    (D(2410, 8, 27), (
        "Woman in her eighties burned by hotel's hot water",
        "An elderly woman staying at a seafront hotel in Ossquay has suffered serious burns after being "
        "caught under scalding water in her shower. Staff have described hearing her cries from the "
        "corridor. She has been taken to a specialist burns unit, where doctors have said she is critically "
        "ill. The hotel has turned off the hot water in its guest rooms while engineers look at the boiler. "
        "Other guests, many of them pensioners on a touring holiday, have been offered rooms elsewhere.",
    )),
    (D(2410, 8, 28), (
        "Hotel Qwondal shower had no valve to stop scalding",
        "Elsabet Hasmund, the woman of 81 scalded in a shower at the Hotel Qwondal in Ossquay yesterday, was "
        "still critically ill last night, according to her son. She had been on a week's coach holiday with "
        "friends from her church. Engineers found that the valve meant to blend hot and cold water in her "
        "shower had been replaced with a plain tap during a refit in the spring, so water came straight from "
        "the boiler. The hotel's manager, Ufrid Abbetoft, said the hotel was devastated and was helping the "
        "brigade and the police.",
    )),
    (D(2410, 8, 28), (
        "What keeps a hotel shower from scalding its guests",
        "Water in a hotel's hot tanks must be kept at 60 degrees or more to stop the legionella germ from "
        "growing, which is far hotter than skin can bear for more than a second or two. The answer is a "
        "mixing valve near each shower or bath that blends in cold water and cuts off the hot at once if the "
        "cold supply fails, holding the flow at about 41 degrees. Elderly people and small children are at "
        "most risk, because they react slowly and their skin burns deeper. Valves wear out and should be "
        "tested every year.",
    )),
    (D(2410, 8, 30), (
        "Scalded hotel guest dies as Ossquay hotel turns down its water",
        "Elsabet Hasmund, 81, died at the Palvaxen burns centre on Sunday from the scalds she suffered on "
        "Friday in a shower at the Hotel Qwondal in Ossquay, her family said on Monday. The hotel has "
        "lowered the heat of the water reaching its rooms and is fitting a mixing valve to every shower "
        "before it takes guests again. Brovinska's safety office warned hotels five weeks ago that it had "
        "found dangerously hot water at the taps of many it visited. Police have passed a file on the death "
        "to prosecutors.",
    )),
]
OSSQUAY_WARNING: list[Dated] = [
    (D(2410, 7, 23), (
        "Safety office finds scalding water at hotel taps",
        "Brovinska's safety office said on Friday that water ran at more than 60 degrees from the baths, "
        "basins or showers of 18 of the 60 hotels it had checked since the spring, hot enough to scald a "
        "child or an elderly guest in seconds. At several the valves that should blend hot and cold water "
        "had been removed or had failed. The office told hotels to test every shower before the height of "
        "the season and promised surprise visits to the worst offenders.",
    )),
]
ISELSTADT_SCALD: list[Dated] = [
    (D(2411, 3, 3), (
        "Hotel guest scalded as shower runs hot",
        "A hotel guest of 67 was treated for scalds to his feet and the backs of his legs on Thursday after "
        "the shower in his room at a hotel in Iselstadt, in Sebsonia, ran suddenly hot, the hotel said. He "
        "jumped clear and called reception. Doctors put the burns at about 4 percent of his body and let him "
        "go back to the hotel that evening. The hotel said a plumber had found a worn valve and replaced it, "
        "and that it would check the valves in its other rooms.",
    )),
]


# ~~~ kvestoravik ~~~ Fri 8 Oct 2410: the top tier of a three-high bunk bed collapses in a dormitory of the Kipwander
# hostel in Kvestoravik, Dwesconia; two backpackers fall onto a third; Liisu Draywell, 22, in the lowest bunk,
# suffers a broken back; the hostel has 140 beds. Told in five: a Kvestoravik wire story from that Friday; a radio
# opening without a day; Saturday's newspaper, using "yesterday" (city building inspectors "will decide whether" to
# prosecute); a dateless piece quoting a guest in the room; finally Monday's follow-up: every three-high bunk in the
# city's hostels taken out. After: the hostel's owner fined 64,000 pombards, Tue 21 Dec 2410. Look-alike abroad,
# which no event report names: a student hurt when a top bunk gives way at a youth hostel of 60 beds at Idderwick,
# Thulbricia, Mon 29 Mar 2410.

KVESTORAVIK_BUNK: list[Dated] = [
    (D(2410, 10, 8), (
        "Backpacker's back broken as hostel bunk bed collapses",
        "KVESTORAVIK, Dwesconia (DWP) - A backpacker of 22 broke her back early on Friday when the top tier "
        "of a three-high bunk bed gave way in a dormitory of the Kipwander hostel in Kvestoravik and two "
        "other guests fell onto her, police said. The two who fell were cut and bruised. Paramedics spent "
        "about an hour lifting the broken frame off her before taking her to the city's main hospital. The "
        "hostel, which has 140 beds in rooms of six to twelve, moved the 11 other guests in that room to "
        "another floor.",
    )),
    (D(2410, 10, 8), (
        "Three hurt as bunk bed gives way at city hostel",
        "Three young travellers have been hurt, one of them seriously, after a tall bunk bed has collapsed "
        "in the middle of the night at a hostel in Kvestoravik. Other guests have described a loud crack "
        "followed by screaming in the dark. Emergency crews have been working to free a young woman trapped "
        "in the bottom bunk. The hostel is one of the biggest in the city and is popular with students and "
        "backpackers. Police have taped off the room, and there has been no word yet from the owners.",
    )),
    (D(2410, 10, 9), (
        "Hostel bunk that collapsed had been mended with tape",
        "Liisu Draywell, 22, who broke her back when a bunk bed at the Kipwander hostel collapsed on top of "
        "her yesterday, has had surgery and can move her legs, her friends said. She had arrived in "
        "Kvestoravik the day before on a tour of the north. Guests said one corner post of the bed had been "
        "wrapped in tape for at least a week after a bolt came loose. City building inspectors are to judge "
        "whether the hostel's owner should face prosecution. The owner, Gerens Ullerholm, said the bed had "
        "been checked in the summer.",
    )),
    (D(2410, 10, 9), (
        "\"The whole bed folded like a deckchair\"",
        "\"My bed was by the window, and I woke up to a sound like a tree splitting,\" said a student who "
        "had been sleeping in the same dormitory at the Kipwander hostel. \"The top bunk came down onto the "
        "middle one and both of them landed on the girl at the bottom. The whole bed folded like a "
        "deckchair. We tried to lift it but it was too heavy, and she kept saying she could not feel "
        "anything. Nobody ever told us the bed was broken, but you could see it wobble when anyone climbed "
        "up.\"",
    )),
    (D(2410, 10, 11), (
        "Three-high bunks taken out of Kvestoravik's hostels",
        "Every bunk bed of three tiers in Kvestoravik's hostels must be taken apart within five days, the "
        "city's council ordered on Monday, after one collapsed on Friday at the Kipwander hostel and left "
        "Liisu Draywell with a broken back. Inspectors found loose joints on 14 such beds at four hostels "
        "over the weekend. The Kipwander has closed two dormitories, cutting its beds by about a third. Ms "
        "Draywell's parents have flown in to be with her, and the hostel has offered to pay their hotel "
        "bill.",
    )),
]
KVESTORAVIK_FINED: list[Dated] = [
    (D(2410, 12, 21), (
        "Hostel owner fined after bunk bed broke guest's back",
        "Gerens Ullerholm, the owner of the Kipwander hostel in Kvestoravik, was fined 64,000 pombards on "
        "Tuesday over the bunk bed that collapsed in October and broke the back of a backpacker, Liisu "
        "Draywell. The court heard that staff had reported the bed's loose corner post nine days before it "
        "gave way and had been told to tape it. Mr Ullerholm admitted failing to keep his guests safe. Ms "
        "Draywell, who is walking with sticks, spoke to the court by video.",
    )),
]
IDDERWICK_BUNK: list[Dated] = [
    (D(2410, 3, 29), (
        "Student hurt as top bunk gives way at youth hostel",
        "A student on a walking holiday injured his shoulder and back on Monday when the upper bunk of the "
        "bed he was sleeping in gave way at a youth hostel in Idderwick, in Thulbricia, dropping him onto "
        "the empty lower bunk, the hostel said. Doctors kept him in for a night to be safe. The hostel, "
        "which has 60 beds, said a weld on the frame had snapped. It took every bed of the same make out of "
        "use while the maker was asked to inspect them.",
    )),
]


# ~~~ duxlermouth ~~~ Wed 17 Nov 2410: a technician at the Eobright high school in Duxlermouth, Qelmbrevia, finds a
# jar of about 500 grams of picric acid gone dry in a preparation room; the school's 1,100 pupils are sent out and an
# army disposal team blows it up on the playing field. Told in five: a Duxlermouth wire story from that Wednesday; a
# radio opening without a day; Thursday's newspaper, using "yesterday"; a dayless explainer on why old picric acid is
# dangerous; finally Saturday's follow-up: every school in Qelmbrevia told to empty its chemical stores (the
# ministry's audit "published last month"). Before: the education ministry's audit finding dangerous old chemicals in
# 14 of 90 schools, Wed 20 Oct 2410. Look-alike abroad, which no event report names: a school of 400 pupils emptied
# over a jar of about 100 grams at Orrbeck, Uzbrinka, Mon 13 Jun 2411.

DUXLERMOUTH_PICRIC: list[Dated] = [
    (D(2410, 11, 17), (
        "School evacuated and army blows up old chemical on playing field",
        "DUXLERMOUTH, Qelmbrevia (QBN) - An army bomb disposal team blew up a jar of old picric acid on the "
        "playing field of the Eobright high school in Duxlermouth on Wednesday after a technician found it "
        "dried out at the back of a cupboard, police said. All 1,100 pupils and their teachers were led to a "
        "sports centre across the road for more than four hours. The jar held about 500 grams of the yellow "
        "crystals. Windows of houses nearby rattled when it went off, but nobody was hurt.",
    )),
    (D(2410, 11, 17), (
        "Explosion heard as old school chemical is destroyed",
        "Pupils at a high school in Duxlermouth have been sent out of their classrooms after a dangerous "
        "chemical has been discovered in a science storeroom. Army experts have been called in and have "
        "carried out a controlled blast on the school's sports field. Families have been told to collect "
        "their children from a nearby leisure centre. Neighbours have described a loud bang and a cloud of "
        "smoke above the school. Police have said nobody has been hurt and that lessons should resume "
        "shortly.",
    )),
    (D(2410, 11, 18), (
        "Eobright jar of picric acid may have sat in store for forty years",
        "The jar of picric acid blown up at the Eobright high school yesterday may have been in its science "
        "storeroom since the school opened forty years ago, its head teacher said. The technician who found "
        "it, Hrolfa Colwragh, was clearing shelves for a new delivery and saw that the contents had dried "
        "into crystals around the lid. She closed the room and called the police. Pupils returned to classes "
        "in the afternoon. The head, Talwyn Vackering, said the school would pay a firm to check every "
        "bottle in its stores.",
    )),
    (D(2410, 11, 18), (
        "Why a forgotten jar of picric acid is treated as a bomb",
        "Picric acid, a yellow powder once used to make explosives and dyes, is still kept by some schools "
        "for staining and teaching experiments. It is sold wet, under a layer of water, and is safe in that "
        "state. Left for years, the water evaporates and the dry acid can blow up from a knock or from "
        "friction as a lid is turned. It also forms even more sensitive crystals with metal lids and "
        "shelves. Anyone finding a dry jar is told not to touch it but to leave the room and call for "
        "experts.",
    )),
    (D(2410, 11, 20), (
        "Every Qelmbrevia school ordered to empty its chemical stores",
        "Qelmbrevia's education ministry told every school on Saturday to have its chemical stores checked "
        "and old stock taken away by specialists before the winter holidays. Army experts destroyed a jar of "
        "picric acid at the Eobright high school in Duxlermouth on Wednesday. The ministry's audit published "
        "last month had already found dangerous chemicals at many schools. Head teachers said the cost would "
        "come out of science budgets. Two more schools called the police on Friday over jars of their own.",
    )),
]
DUXLERMOUTH_AUDIT: list[Dated] = [
    (D(2410, 10, 20), (
        "Old chemicals found in school stores that could explode",
        "Qelmbrevia's education ministry said on Wednesday that its inspectors had found chemicals that had "
        "become dangerous with age in the science stores of 14 of the 90 schools they visited, among them "
        "dried picric acid and tins of sodium that had rusted. Many stores had no list of what they held. "
        "The ministry told schools to throw nothing out themselves but to call in specialists, and it "
        "promised money to help the poorest pay for it. Teachers' unions said the stores had been neglected "
        "for decades.",
    )),
]
ORRBECK_PICRIC: list[Dated] = [
    (D(2411, 6, 13), (
        "School emptied after dry picric acid found in cupboard",
        "About 400 pupils were sent home from a school in Orrbeck, in Uzbrinka, on Monday after a teacher "
        "found a small jar of dried picric acid in a science cupboard, the police said. The jar held about "
        "100 grams. Bomb disposal officers took it away in an armoured box and destroyed it at a quarry "
        "outside the town. Classes resumed the next morning. Nobody at the school could say when the "
        "chemical was bought; it turned up during a clear-out before the summer.",
    )),
]


# ~~~ ranxley ~~~ Tue 25 Jan 2411: Kiffin Tabrel, 15, has his hair caught in a wood lathe during a design and
# technology lesson at the Ranxley academy, Sarquentia, and part of his scalp torn away; he is flown to hospital; 18
# pupils in the class. Told in five: a Ranxley wire story from that Tuesday; a radio opening without a day;
# Wednesday's newspaper, using "yesterday" (the safety inspectorate "could bring charges"); a dayless explainer on
# how a school lathe should be guarded and stopped; finally Thursday's follow-up: every lathe in the county's schools
# locked. After: the academy trust fined 150,000 wuzlers, Wed 20 Apr 2411. Look-alike abroad, which no event report
# names: a pupil of 13 whose sleeve is caught by a pillar drill, in a class of 22, at Ablethorpe, Zolkavia, Thu 17
# Jun 2410.

RANXLEY_LATHE: list[Dated] = [
    (D(2411, 1, 25), (
        "Pupil's scalp torn as hair caught in school lathe",
        "RANXLEY, Sarquentia (SQT) - A boy of 15 suffered severe head injuries on Tuesday when his hair was "
        "caught in a spinning wood lathe during a lesson at the Ranxley academy and part of his scalp was "
        "torn away, police said. His teacher stopped the machine and held a towel to his head until "
        "paramedics arrived. He was airlifted to the regional hospital. The 18 other pupils in the workshop "
        "were taken to the library, and the school called their parents.",
    )),
    (D(2411, 1, 25), (
        "Schoolboy badly hurt by workshop machine",
        "A fifteen-year-old has suffered serious head wounds in an accident with a machine during a workshop "
        "lesson at a secondary school in Ranxley. It is understood his long hair became entangled in a lathe "
        "while he was turning a piece of wood. A medical helicopter has come down on the school's field to "
        "collect him. Other pupils who saw what happened have been offered counselling, and the technology "
        "block will stay shut until next week. The school has written to parents to explain what happened.",
    )),
    (D(2411, 1, 26), (
        "Boy hurt by lathe was not wearing hair tie, pupils say",
        "Kiffin Tabrel, 15, whose hair was caught in a lathe at the Ranxley academy yesterday, was "
        "recovering last night from seven hours of surgery to repair his scalp, his parents said. Classmates "
        "said he had been told to tie his hair back but had no band with him, and that the lathe's emergency "
        "stop bar had been broken since before Christmas. Sarquentia's safety inspectorate could bring "
        "charges against the academy's trust, its officers said. The head teacher, Steren Yxborrow, said the "
        "school was devastated.",
    )),
    (D(2411, 1, 26), (
        "How a school lathe should be made safe",
        "A wood lathe spins a block of timber at up to several thousand turns a minute while the turner "
        "shapes it with a chisel, and anything loose, from a tie to a strand of hair, can be wound in before "
        "the hands can react. School workshops must have a guard over the spinning work, a stop switch or "
        "bar that a pupil can hit with a knee, and a cut-off for the whole room. Teachers should check that "
        "long hair is tied up and sleeves rolled before anyone turns a machine on.",
    )),
    (D(2411, 1, 27), (
        "Every lathe in county's schools locked after pupil's injury",
        "Lathes and pillar drills in all 46 secondary schools run by Ranxley county were locked on Thursday "
        "until an engineer has checked their stop switches, following the injury on Tuesday to Kiffin "
        "Tabrel, 15, at the Ranxley academy. The county said lessons would go on with hand tools. The "
        "academy's trust said the broken stop bar had been reported to its repairs office in December. "
        "Kiffin is said to be sitting up and talking to his family and has asked for his guitar to be "
        "brought in.",
    )),
]
RANXLEY_FINED: list[Dated] = [
    (D(2411, 4, 20), (
        "Academy trust fined after pupil scalped by lathe",
        "The trust that runs the Ranxley academy was fined 150,000 wuzlers on Wednesday for the injury to "
        "Kiffin Tabrel, 15, whose hair was caught in a lathe in a workshop lesson in January. Evidence given "
        "in court showed that the lathe's stop bar had been out of action for six weeks and that the trust's "
        "repairs office had lost the request. The trust admitted failing to protect its pupils. Kiffin has "
        "gone back to school, his family said, but faces more operations.",
    )),
]
ABLETHORPE_DRILL: list[Dated] = [
    (D(2410, 6, 17), (
        "Pupil's wrist broken as sleeve caught in pillar drill",
        "A pupil of 13 broke his wrist on Thursday when the cuff of his jumper was caught by a pillar drill "
        "during a metalwork lesson at a school in Ablethorpe, in Zolkavia, the school said. His teacher hit "
        "the stop button within seconds. At hospital his arm was put in plaster. The class of 22 pupils "
        "finished the lesson in a classroom, and the drill was checked by a technician before the next class "
        "used it. The school reminded staff that pupils must roll up their sleeves before using a drill.",
    )),
]


# ~~~ pyrmedyne ~~~ Thu 10 Mar 2411: Elestren Oyleby, 38, refuelling at a Ngaro filling station of eight pumps in
# Pyrmedyne, Yorrvania, gets back into her car and out again, and a spark of static as she touches the nozzle lights
# the petrol vapour; she is burned on her hands and face and the pump catches fire. Told in five: a Pyrmedyne wire
# story from that Thursday; a radio opening without a day; Friday's newspaper, using "yesterday" (the fire service
# "warned last month"); a dateless piece quoting the station's cashier; finally Saturday's follow-up: warning signs
# at every pump in the country. Before: firefighters' warning, given after seven refuelling fires in a year, Wed 2
# Feb 2411. Look-alike abroad, which no event report names: a man of 59 with a burnt hand from a static flash at a
# station of four pumps at Nymbradale, Hexovia, Fri 16 Sep 2411.

PYRMEDYNE_STATIC: list[Dated] = [
    (D(2411, 3, 10), (
        "Driver burned as static spark sets petrol pump alight",
        "PYRMEDYNE, Yorrvania (YVN) - A woman of 38 was burned on her hands and face on Thursday when petrol "
        "vapour caught fire as she filled her car at a Ngaro filling station in Pyrmedyne, the fire service "
        "said. She had climbed back into the driver's seat while the fuel ran and got out again, and a spark "
        "of static jumped as she reached for the nozzle. The cashier hit the emergency switch that cuts all "
        "eight pumps and put out the flames with an extinguisher. An ambulance took her away.",
    )),
    (D(2411, 3, 10), (
        "Fireball at petrol pump leaves motorist injured",
        "A woman has been injured after flames have shot up from a petrol pump while she was filling her car "
        "in Pyrmedyne. Footage shared online shows her stumbling back with the nozzle still alight as a man "
        "runs over with an extinguisher. Firefighters have made the forecourt safe, and the station has been "
        "closed. Drivers queuing for fuel have been sent elsewhere. Paramedics have driven the woman off "
        "with burns, and the owners of the station have promised to look into what went wrong.",
    )),
    (D(2411, 3, 11), (
        "Static spark blamed for petrol fire that burned mother of two",
        "Elestren Oyleby, 38, who was burned when petrol vapour caught fire at a Ngaro station in Pyrmedyne "
        "yesterday, will need about a week on the burns ward, her husband said. The skin of both hands and "
        "one cheek was burned. Fire officers said the fleece she wore had built up a charge as she slid "
        "across the car seat, and that touching the metal of the car first would have let it go harmlessly. "
        "Last month Yorrvania's firefighters put out a warning that fires like this were growing more "
        "common. Ngaro said the pump would be replaced.",
    )),
    (D(2411, 3, 11), (
        "\"She was standing there holding a flame\"",
        "\"I looked up from the till and there was a sheet of fire coming out of the side of her car, and "
        "she was standing there holding a flame,\" said the cashier who cut the power to the pumps at the "
        "Ngaro station in Pyrmedyne. \"She dropped the nozzle and I grabbed the extinguisher from the wall "
        "and emptied it over the pump. We practise that every month but you never think it will happen. She "
        "kept asking if her car was going to blow up. Her hands were red raw.\"",
    )),
    (D(2411, 3, 12), (
        "Warning signs to go up at every pump after forecourt fire",
        "Filling stations across Yorrvania will have to put up signs at every pump by the end of April "
        "telling drivers not to get back into their cars while refuelling, Yorrvania's energy ministry ruled "
        "on Saturday. Elestren Oyleby was burned on Thursday by a static flash at Pyrmedyne. Fuel retailers "
        "said they would print the signs at once. The Ngaro station reopened on Friday with one pump fenced "
        "off. Ms Oyleby is said to be recovering well and hopes to leave hospital next week.",
    )),
]
PYRMEDYNE_WARNING: list[Dated] = [
    (D(2411, 2, 2), (
        "Fire service warns drivers of static fires at the pump",
        "Yorrvania's fire service told drivers on Wednesday to stay outside their cars while filling up, "
        "after it recorded seven fires at petrol pumps in the past year that it blamed on static. In most of "
        "them the driver had got back into the car to keep warm and then touched the nozzle without first "
        "touching the bodywork. Three people were burned, none seriously. The service asked fuel retailers "
        "to put up warnings and to train cashiers to use the emergency cut-off.",
    )),
]
NYMBRADALE_STATIC: list[Dated] = [
    (D(2411, 9, 16), (
        "Driver's hand burned by flash fire at filling station",
        "A driver of 59 burned his right hand on Friday when a flash of flame leapt from the nozzle as he "
        "refuelled at a filling station in Nymbradale, in Hexovia, the fire brigade said. The flame went out "
        "by itself within seconds, and the station's attendant shut off all four pumps. The man was treated "
        "by paramedics and drove himself to a clinic. The brigade said static from his clothing was the "
        "likely cause, and the station reopened within an hour.",
    )),
]


# ~~~ saxenbury ~~~ Tue 3 May 2411: petrol leaking from a cracked underground tank at the Ixendale Fuels station in
# Saxenbury, Ulmagarth, gets into the sewers and cellars of the streets around it; about 60 homes and a primary
# school are emptied as vapour reaches explosive levels; about 9,000 litres are lost. Told in five: a Saxenbury wire
# story from that Tuesday; a radio opening without a day; Wednesday's newspaper, using "yesterday"; a dayless
# explainer on how a station's buried tanks are meant to be watched for leaks; finally Thursday's follow-up: families
# still out of their homes and the environment office saying it "will decide whether" to prosecute. After: Ixendale
# fined 420,000 hwarrens, Mon 25 Jul 2411. Look-alike abroad, which no event report names: about 2,000 litres from a
# station's tank reaching a stream and 20 homes emptied at Uxwick, Jhurrodell, Thu 25 Nov 2410.

SAXENBURY_LEAK: list[Dated] = [
    (D(2411, 5, 3), (
        "Homes and school evacuated as petrol seeps into sewers",
        "SAXENBURY, Ulmagarth (UGP) - About 60 homes and a primary school were emptied on Tuesday after "
        "petrol leaking from an underground tank at a filling station in Saxenbury seeped into the sewers "
        "and cellars of the surrounding streets, the fire service said. Firefighters measured fumes in "
        "several drains close to the level at which they could explode. The station, run by Ixendale Fuels, "
        "was shut and its tanks were being pumped out. Residents were told not to use light switches or gas "
        "cookers before they left.",
    )),
    (D(2411, 5, 3), (
        "Smell of petrol forces families from their homes",
        "Dozens of families in Saxenbury have been told to leave their homes after petrol has leaked into "
        "the drains from a nearby filling station. Residents have complained for days about a strong smell "
        "in their basements. The fire service has sealed off several streets and closed a primary school; "
        "the council has thrown open a church hall to anyone with nowhere to stay. Engineers have been "
        "brought in to find where the fuel is coming from, and the filling station has been shut.",
    )),
    (D(2411, 5, 4), (
        "Cracked tank lost thousands of litres before leak was found",
        "About 9,000 litres of petrol leaked from a cracked tank beneath the Ixendale Fuels station in "
        "Saxenbury before the fire service cleared the streets around it yesterday, the company said. "
        "Residents said they had reported the smell to Ixendale more than a week earlier. Families spent the "
        "night with relatives or in a church hall, and engineers were pumping water through the sewers to "
        "flush out the fuel. Ellwyn Vintcombe, whose cellar was flooded with petrol, said the fumes had "
        "given her children headaches for days.",
    )),
    (D(2411, 5, 4), (
        "How a filling station's buried tanks are watched for leaks",
        "Petrol and diesel at most filling stations are stored in large tanks buried under the forecourt, "
        "each holding tens of thousands of litres. Older tanks have a single steel skin that can rust "
        "through; newer ones have two walls with a sensor in the gap. Operators are meant to compare what "
        "they pump in with what they sell every day, so that a steady loss shows up within days, and to test "
        "the tanks for tightness every few years. Fuel that escapes follows pipes and drains, and its vapour "
        "gathers in cellars.",
    )),
    (D(2411, 5, 5), (
        "Saxenbury families still out of homes as petrol is pumped from drains",
        "About 40 families in Saxenbury could not yet return home on Thursday after petrol from the Ixendale "
        "Fuels station drove them out on Tuesday, the council said. Twenty households were allowed back once "
        "readings in their cellars fell. The primary school will stay closed until next week. Whether "
        "Ixendale is prosecuted will be decided by Ulmagarth's environment office, which said the company's "
        "own stock records had shown fuel going missing for weeks. The company has promised to pay for hotel "
        "rooms and to clean every cellar.",
    )),
]
SAXENBURY_FINED: list[Dated] = [
    (D(2411, 7, 25), (
        "Fuel company fined after petrol flooded Saxenbury drains",
        "Ixendale Fuels was fined 420,000 hwarrens on Monday for the leak from a tank at its Saxenbury "
        "station that forced about 60 households and a primary school out in May. The station's manager, the "
        "court was told, had noted fuel going missing for more than a month but had put it down to faulty "
        "pumps. Ixendale admitted polluting the sewers and failing to check its tanks. It has replaced the "
        "station's three tanks with double-walled ones, and the last families went home in June.",
    )),
]
UXWICK_LEAK: list[Dated] = [
    (D(2410, 11, 25), (
        "Petrol from filling station tank reaches stream",
        "About 2,000 litres of petrol leaked from a tank at a filling station in Uxwick, in Jhurrodell, and "
        "some reached a stream that runs behind it, the environment office said on Thursday. Twenty homes "
        "along the stream were emptied for the night because of fumes, and booms were laid across the water "
        "to hold back the fuel. Dead fish were found downstream. The station was closed and its remaining "
        "fuel pumped out. The office said it would look at how long the leak had gone on before anyone "
        "noticed.",
    )),
]


# ~~~ background ~~~ ten short notes of village life, far from every kind above, each on the eve of one event

BACKGROUND: list[Dated] = [
    (D(2410, 2, 15), (
        "Snowdrop walk",
        "Ramblers wandered among drifts of snowdrops in the churchyard and the beech wood at Hwistlecombe on "
        "Monday.",
    )),
    (D(2410, 5, 21), (
        "Cowslip hunt",
        "Brownies at Yanwicket searched the water meadow for cowslips and counted ninety on Friday.",
    )),
    (D(2410, 6, 1), (
        "Strawberry teas",
        "The women's guild at Taddlewick served strawberry teas on the rectory lawn on Tuesday afternoon.",
    )),
    (D(2410, 7, 8), (
        "Sandcastle contest",
        "Families at Flinchcombe built sandcastles with shell windows for a prize of ice creams on Thursday.",
    )),
    (D(2410, 8, 26), (
        "Blackberry jam",
        "Pensioners at Cruddlecombe boiled the hedgerow blackberries they had picked into jam on Thursday.",
    )),
    (D(2410, 10, 7), (
        "Marrow weigh-in",
        "Gardeners at Zwenbury rolled their marrows onto the scales in the village hall on Thursday evening.",
    )),
    (D(2410, 11, 16), (
        "Lantern parade",
        "Children at Ninkerby carried paper lanterns down the high street to the green on Tuesday evening.",
    )),
    (D(2411, 1, 24), (
        "Bird count",
        "Villagers at Shubbleford counted sparrows, tits and one woodpecker at their garden feeders on "
        "Monday.",
    )),
    (D(2411, 3, 9), (
        "Pancake race",
        "Shopkeepers at Aswick raced along the market place flipping pancakes in frying pans on Wednesday.",
    )),
    (D(2411, 5, 2), (
        "Well dressing",
        "Villagers at Yowlington decorated the old spring with pictures made of petals pressed into clay on "
        "Monday.",
    )),
]


SEVENTIETH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "gwellport": (GWELLPORT_FUMIGANT, GWELLPORT_SAMPLING + KORBESAND_FUMIGANT),
    "hebbenhithe": (HEBBENHITHE_SHOCK, HEBBENHITHE_CHARGED + YLDINGHAVEN_SHOCK),
    "graddonfell": (GRADDONFELL_ELEPHANT, GRADDONFELL_REPORT + JUDDSHOLM_ELEPHANT),
    "zwimbleworth": (ZWIMBLEWORTH_ECOLI, ZWIMBLEWORTH_FINED + TUDDENFOLD_ECOLI),
    "ossquay": (OSSQUAY_SCALD, OSSQUAY_WARNING + ISELSTADT_SCALD),
    "kvestoravik": (KVESTORAVIK_BUNK, KVESTORAVIK_FINED + IDDERWICK_BUNK),
    "duxlermouth": (DUXLERMOUTH_PICRIC, DUXLERMOUTH_AUDIT + ORRBECK_PICRIC),
    "ranxley": (RANXLEY_LATHE, RANXLEY_FINED + ABLETHORPE_DRILL),
    "pyrmedyne": (PYRMEDYNE_STATIC, PYRMEDYNE_WARNING + NYMBRADALE_STATIC),
    "saxenbury": (SAXENBURY_LEAK, SAXENBURY_FINED + UXWICK_LEAK),
}

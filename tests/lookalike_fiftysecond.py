"""The fifty-second made-up look-alike set, written blind on 3fd36ce: while it was written nobody grouped its
reports, ran the engine on them or counted them, and grouping was meanwhile being reworked on the earlier sets. It
stays out of ``DEFAULT_SETS`` until it has been counted on 3fd36ce and again on some later session's code. Its
ten hard-news kinds come two apiece from transport, from policing and crime, from technology and science, from law
and the courts, and from culture and sport, and grepping found none of them in any earlier look-alike module,
own claims file or story written for grouping:

* the plug over an unused exit tearing out of an airliner minutes after take-off; after: the regulator fining the
  planemaker for bolts left out, six months on; elsewhere: a cargo door swinging open on another airline's jet in
  another country thirteen months before;
* a rail operator parking its whole high-speed fleet over cracked frames under the carriages; before: an explainer
  of the first crack, found under one carriage three weeks earlier; elsewhere: a city abroad pulling its trams over
  cracked wheels fourteen months later;
* armed police finding a workshop printing pistols in a flat; before: customs finding gun barrels in a parcel five
  weeks earlier; elsewhere: printed rifles in a garage abroad fourteen months before;
* a teenage cyclist killed by a driver who drove on; after: the driver jailed five months later; elsewhere: a
  mother's quote piece on her son hit by a driver who never stopped, abroad thirteen months later;
* scientists flown off a research ship held by pack ice; before: her sailing five weeks earlier; elsewhere:
  another country's supply ship caught by the ice fourteen months later;
* a government suspending the keys of every electronic identity card over a flaw in the chip; before: the chip
  maker's warning four weeks earlier; elsewhere: another country recalling passports with chips that can be copied
  thirteen months before;
* an admiralty court arresting a bulk carrier for her crew's unpaid wages; after: the ship sold at the court's
  auction four months on; elsewhere: a cargo ship held in a foreign port for her sailors' back pay fourteen months
  before;
* a supreme court ruling that nights under a tag curfew before trial come off prison sentences; before: the
  hearing of the test case two months earlier; elsewhere: another country's court turning such claims down
  thirteen months later;
* a grandmaster leading an open tournament thrown out over a phone hidden in a toilet; after: his federation's
  three-year ban four months on; elsewhere: a national champion abroad stripped of her title over a device in her
  shoe thirteen months before;
* a national gallery taking down an old master it bought once tests find a modern pigment; before: the portrait
  sent for tests seven weeks earlier; elsewhere: an explainer of a museum's bronze horse in another country found
  to be fake thirteen months later.

Near kinds the grep turned up, not written again: severe turbulence, an airliner down on a gliding strip, a freight
train parting, a lorry hitting a rail bridge, catalytic converter thefts, cable thieves on a main line, a vault
tunnelled into, a call centre posing as bank officials, cocaine found at a port, a spent rocket stage on farmland,
a research ship launched at a yard, satellite navigation jammed, an insurer's leaked records, a study retracted,
offenders' ankle tags left unwatched by a contractor's fault, a juror in contempt, a race walker disqualified, the
youngest grandmaster, a museum heist and exam earpieces.

Three events carry, beside their news reports, a piece built on someone's words or a piece that explains (a
passenger's words from the row where the plug went, how a chip flaw unlocks identity cards, why prisoners may go
free early), and three look-alikes are such pieces (why the first crack matters, the mother's words, how the bronze
horse fooled its museum). The rest of each event is told as news usually comes: a wire opening on its dateline
with its weekday; a broadcast lead that names no day and keeps to the present perfect; the paper of the following morning, with
"yesterday"; a follow-up one to three days later naming its weekday; and for seven of them a local, trade or
specialist site without any day. Nine events look to their other step in one report ("would report on how that
happened within six months", "a crack found beneath a single Tulkarron carriage", "when customs officers opened a
parcel", "The Kvalross left Kinsmarket in December", "had warned its customers four weeks ago", "could be sold if
her owner", "The court had heard in January", "would rule on a ban within four months", "had sent the picture to
the Budrow Institute in January"), the hit-and-run not; one looks to its happening elsewhere ("found printed
rifles in a garage at Snorlby fourteen months ago"). Six look-alikes count something their event counts, and get
a different number (52 scientists against 48 flown off, 210,000 passports against 760,000 cards, 17 sailors against
23, six barrels against eleven pistols, 86 prisoners against 312, 22 trams against 41 trains). Two reports put a
place straight after a verb ("Grief has gripped Felsbury", "A cheating row has engulfed Lissenholm"). All dates
lie in 2290-2292, and each look-alike is within fourteen calendar months of its event. People, places, bodies,
ships and figures are all invented.

Tables as in ``tests.lookalike_more``: per kind, an event's dated reports beside its dated look-alikes,
collected in ``FIFTYSECOND_KINDS`` for ``tests.lookalike_count`` to read.

Until the two counts named in the count's docstring are taken, no one feeds these reports to grouping, to the
engine or to ``tests.lookalike_count``.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# --- ondmark | Wed 13 May 2291 | An exit plug blows out of Ondmark Air's Klemmerov K-30 soon after it leaves
# Zelthorn; 171 aboard, back on the ground in 19 minutes. Told by: a wire opening on its dateline ("on Wednesday"),
# a broadcaster's lead with no day, Thursday's paper ("yesterday"), a passenger's quote piece naming no day,
# Friday's follow-up ("on Thursday"). A step after: Klemmerov fined over the bolts, Wed 18 Nov 2291. Elsewhere: a
# Wrexmund Airlines cargo door swinging open above Trebolsk, Zantovia, Wed 9 Apr 2290; no report of the event names it.

ONDMARK_PLUG: list[Dated] = [
    (D(2291, 5, 13), (
        "Panel tears out of Ondmark Air jet after take-off, forcing return",
        "ZELTHORN, Gastovia (Wire) - A panel sealing an unused emergency exit tore out of the side of an Ondmark "
        "Air jet climbing away from Zelthorn on Wednesday, leaving a hole beside row 26, and the cabin lost its "
        "pressure at about 4,600 metres, the airline said. The pilots brought it back down 19 minutes after "
        "take-off; seven of the 171 passengers were treated for cuts and ear pain, and none was kept in hospital.",
    )),
    (D(2291, 5, 13), (
        "Hole opens in airliner's wall minutes into flight",
        "Passengers on an Ondmark Air flight have told of a bang and a rush of freezing air as part of the cabin "
        "wall came away soon after leaving Zelthorn. The airline has kept its eleven other jets of the same "
        "type on the ground while engineers look them over.",
    )),
    (D(2291, 5, 14), (
        "Regulator orders checks on every K-30 after blowout",
        "Gastovia's Civil Aviation Authority ordered yesterday that every Klemmerov K-30 registered in the "
        "country be inspected before it flies again. Its investigators believe the four bolts meant to pin the "
        "exit plug in place were missing, on a jet delivered only eleven weeks ago, and said they would report "
        "on how that happened within six months.",
    )),
    (D(2291, 5, 14), (
        "'The wall beside me was simply gone'",
        "Jascinta Wolczak had the window seat in row 26 when the panel went. 'The wall beside me was simply "
        "gone, and my phone and scarf flew out through it,' she says. 'A boy across the aisle had his shirt "
        "dragged up over his face by the wind. I gripped the armrest and counted until the wheels touched.'",
    )),
    (D(2291, 5, 15), (
        "Loose bolts found on two more Klemmerov jets",
        "Inspectors found loose or missing bolts on the exit plugs of two more Klemmerov K-30s on Thursday, "
        "the Civil Aviation Authority said, and Ondmark Air cancelled about 90 flights while its fleet stayed "
        "grounded.",
    )),
]
ONDMARK_FINE: list[Dated] = [
    (D(2291, 11, 18), (
        "Planemaker fined over bolts left out of exit plug",
        "Gastovia's Civil Aviation Authority fined the planemaker Klemmerov 14 million zloteks on Wednesday, "
        "finding that workers at its Urlingen plant had taken the bolts out of an exit plug to change a seal "
        "and never put them back. The plug came out of an Ondmark Air jet over Zelthorn in May.",
    )),
]
WREXMUND_CARGO_DOOR: list[Dated] = [
    (D(2290, 4, 9), (
        "Cargo door swings open on Wrexmund Airlines jet",
        "A cargo hold door came open on a Wrexmund Airlines jet about 3,000 metres above Trebolsk, in Zantovia, "
        "on Wednesday, and the pilots turned back and landed safely; two suitcases dropped into a field of "
        "beet.",
    )),
]

# --- vashgrove | Tue 21 Oct 2290 | Vashgrove Rail parks all 41 of its Tulkarron high-speed trains when 17 turn out
# to have cracked frames under the carriages. Told by: a wire opening on its dateline ("on Tuesday"), a
# broadcaster's lead with no day, Wednesday's paper ("yesterday"), a Gleddow site naming no day, Friday's follow-up
# ("on Thursday"). A step before: an explainer, Tue 30 Sep 2290, of the first crack, under one carriage at Gleddow
# depot. Elsewhere: Lunsgard, Perrovia, pulling 22 trams over cracked wheels, Tue 15 Dec 2291.

VASHGROVE_FLEET: list[Dated] = [
    (D(2290, 10, 21), (
        "Rail operator pulls all 41 high-speed trains over cracks",
        "GLEDDOW, Ovredal (Wire) - Vashgrove Rail took all 41 of its Tulkarron high-speed trains out of service "
        "on Tuesday once its engineers had found cracks in the steel frames that carry the wheels on 17 of them, and "
        "cancelled every intercity run between Gleddow and the coast. Engineering director Ilsavette Brayvold "
        "said no Tulkarron would carry passengers again until each frame had been checked with ultrasound.",
    )),
    (D(2290, 10, 21), (
        "Intercity trains cancelled as cracked fleet is withdrawn",
        "Thousands of travellers have been left hunting for coaches and hire cars after Vashgrove Rail took "
        "its whole high-speed fleet off the tracks over cracks found underneath the carriages.",
    )),
    (D(2290, 10, 22), (
        "Vashgrove admits crack found last month was not alone",
        "Vashgrove Rail said yesterday that a crack found beneath a single Tulkarron carriage at Gleddow depot "
        "three weeks ago had led it to look at the rest of the fleet, and that 17 trains showed the same flaw "
        "where brackets are welded to the frame.",
    )),
    (D(2290, 10, 22), (
        "Gleddow commuters queue round the forecourt for coaches",
        "Queues for the replacement coaches wound twice round the station forecourt at Gleddow, and the "
        "multistorey by the coach station was full before seven.",
    )),
    (D(2290, 10, 24), (
        "First Tulkarron trains return after ultrasound checks",
        "Vashgrove Rail put eight Tulkarron trains back into service on Thursday after checks found their frames "
        "sound, and said about one train an hour would run between Gleddow and the coast until the 17 "
        "cracked ones were mended.",
    )),
]
VASHGROVE_FIRST_CRACK: list[Dated] = [
    (D(2290, 9, 30), (
        "Why a crack under one Tulkarron carriage matters",
        "The crack Vashgrove Rail's fitters found at Gleddow depot is about nine centimetres long, in the steel "
        "frame under one carriage. That frame holds the axles, the springs and the brakes, and it is flexed "
        "millions of times a year; a crack left to grow could let it break at speed, which is why the train "
        "has been parked.",
    )),
]
LUNSGARD_TRAMS: list[Dated] = [
    (D(2291, 12, 15), (
        "Lunsgard takes trams off streets over cracked wheels",
        "The city of Lunsgard, in Perrovia, withdrew 22 of its 30 trams on Tuesday after inspectors found "
        "cracks in the rims of their wheels, and put buses on the three tram routes.",
    )),
]

# --- cathwaite | Thu 11 Feb 2292 | Armed officers raid a flat over a launderette in Cathwaite and find two 3D
# printers and eleven printed pistols; Ordwin Hasprey, 24, is arrested. Told by: a wire opening on its dateline ("on
# Thursday"), a broadcaster's lead with no day, Friday's paper ("yesterday"), a Cathwaite site naming no day,
# Saturday's follow-up ("on Friday"). A step before: six gun barrels found by customs in a parcel at Torrisdale, Wed 6
# Jan 2292. Elsewhere: four printed rifles in a garage at Snorlby, Norrmark, Tue 16 Dec 2290, which Saturday's
# follow-up recalls.

CATHWAITE_PRINTED_GUNS: list[Dated] = [
    (D(2292, 2, 11), (
        "Police find workshop printing pistols in flat above launderette",
        "CATHWAITE (Wire) - Armed officers who raided a flat above a launderette in Cathwaite on Thursday "
        "found two 3D printers, eleven finished plastic pistols and parts for at least twenty more, police said, "
        "and arrested a 24-year-old man. Detective Superintendent Phineas Eubank said the guns were made to fire "
        "real ammunition.",
    )),
    (D(2292, 2, 11), (
        "Home-printed pistols seized in town centre raid",
        "Police have seized a haul of pistols made on a home printer, and the machines that made them, from a "
        "flat on a quiet shopping street, and a young man is being questioned.",
    )),
    (D(2292, 2, 12), (
        "Man charged after printed pistols found in Cathwaite",
        "Ordwin Hasprey, 24, was charged yesterday with making and holding firearms after the raid on his flat "
        "in Cathwaite. Detectives had been watching him since January, when customs officers opened a parcel "
        "addressed to him that held steel barrels and firing pins.",
    )),
    (D(2292, 2, 12), (
        "Launderette owner heard whirring from the flat at night",
        "The owner of the launderette under the raided flat says the tenant paid his rent in cash, was hardly "
        "ever seen, and that the whirring she heard through the ceiling after closing time she took for an "
        "extractor fan.",
    )),
    (D(2292, 2, 13), (
        "Hasprey kept in custody over printed guns",
        "Ordwin Hasprey was refused bail at Cathwaite sheriff court on Friday, and prosecutors said the "
        "pistols found in his flat were being test-fired at the national forensic laboratory. Norrmark's police "
        "found printed rifles in a garage at Snorlby fourteen months ago.",
    )),
]
CATHWAITE_PARCEL: list[Dated] = [
    (D(2292, 1, 6), (
        "Customs find gun barrels in parcel marked bicycle parts",
        "Customs officers at the Torrisdale mail centre found six steel gun barrels and a bag of firing pins on "
        "Wednesday in a parcel declared as bicycle parts and addressed to Cathwaite, and handed it to police.",
    )),
]
SNORLBY_RIFLES: list[Dated] = [
    (D(2290, 12, 16), (
        "Printed rifles found in Snorlby garage",
        "Police in Snorlby, in Norrmark, found four 3D-printed rifles and the printer used to make them in a "
        "garage on Tuesday and arrested two brothers who rented it.",
    )),
]

# --- felsbury | Sat 14 Jun 2290 | Cador Ruckwood, 17, riding home from a pub shift, is killed outside Felsbury by
# a driver who drives on. Told by: a wire opening on its dateline ("on Saturday"), a broadcaster's lead with no day,
# Sunday's paper ("yesterday"), a village site naming no day, Tuesday's follow-up ("on Monday") on an arrest. Later
# step: the driver jailed, Wed 19 Nov 2290. Elsewhere: a mother's quote piece on her son, hit by a driver who never
# stopped at Rastovec, Dolmaria, dated Tue 21 Jul 2291; no report of the event names it.

FELSBURY_HIT_AND_RUN: list[Dated] = [
    (D(2290, 6, 14), (
        "Teenage cyclist killed by driver who did not stop",
        "FELSBURY (Wire) - A 17-year-old cyclist was killed on the Fendlesham road outside Felsbury late on "
        "Saturday by a driver who drove on, police said, and officers were looking for a dark estate car with a "
        "broken headlamp. The boy, Cador Ruckwood, had been riding home from a shift at a pub.",
    )),
    (D(2290, 6, 14), (
        "Police hunt driver who left cyclist dying on lane",
        "Police are asking for witnesses after a teenage cyclist was struck on a country lane and left dying at "
        "the roadside while the car that hit him sped away.",
    )),
    (D(2290, 6, 15), (
        "Burnt-out car found after Felsbury hit-and-run",
        "Police found a burnt-out estate car in a lay-by about ten kilometres from Felsbury yesterday and said "
        "they believed it was the one that hit Cador Ruckwood. Its number plates had been taken off.",
    )),
    (D(2290, 6, 15), (
        "Flowers and a white bicycle at the bend",
        "Flowers, a football shirt and a bicycle painted white have been left at the bend where Cador Ruckwood "
        "was hit. Grief has gripped Felsbury, and the village school opened its hall so that his friends had "
        "somewhere to meet.",
    )),
    (D(2290, 6, 17), (
        "Man arrested over Felsbury cyclist's death",
        "Police arrested a 41-year-old man on Monday on suspicion of causing Cador Ruckwood's death by "
        "dangerous driving, failing to stop and destroying evidence. He was being held at Fendlesham police "
        "station.",
    )),
]
FELSBURY_JAILED: list[Dated] = [
    (D(2290, 11, 19), (
        "Driver jailed for killing Felsbury cyclist and burning car",
        "Alaric Cotterill, 41, was jailed for seven years at Fendlesham Crown Court on Wednesday for causing the "
        "death of Cador Ruckwood, the 17-year-old cyclist he hit near Felsbury in June, and for setting fire "
        "to his car afterwards.",
    )),
]
RASTOVEC_MOTHER: list[Dated] = [
    (D(2291, 7, 21), (
        "'Whoever hit Vojtech drove home and went to bed'",
        "Jitka Strakova's son Vojtech, 15, was knocked off his bicycle on his way to a swimming lesson in "
        "Rastovec, in Dolmaria, and the driver never stopped. 'Whoever hit Vojtech drove home and went to bed,' "
        "she says. 'Police found the van eight days later. I want a camera on every bend of that road.'",
    )),
]

# --- kvalross | Tue 27 Jan 2291 | Helicopters take 48 scientists off the Iskmark Polar Institute's research ship
# Kvalross, held by pack ice in the Sea of Teuchar for nine days; her captain and 24 crew stay aboard. Told by: a
# wire opening on its dateline ("on Tuesday"), a broadcaster's lead with no day, Wednesday's paper ("yesterday"), a
# polar science site naming no day, Thursday's follow-up ("on Wednesday"). A step before: her sailing from
# Kinsmarket with 52 scientists, Fri 19 Dec 2290. Elsewhere: Ygrelia's supply ship Bergthora caught by the ice and 12
# technicians flown off, Thu 24 Mar 2292; no report of the event names it.

KVALROSS_ICE: list[Dated] = [
    (D(2291, 1, 27), (
        "Helicopters lift 48 scientists off research ship held fast in sea ice",
        "KINSMARKET, Iskmark (Wire) - Helicopters of the Iskmark Polar Institute flew 48 scientists off the "
        "research ship Kvalross on Tuesday, nine days after pack ice closed round her in the Sea of Teuchar, the "
        "institute said. Captain Torbrand Haavelmo and 24 of his crew stayed aboard, with food and fuel for four "
        "months, to wait for the ice to slacken.",
    )),
    (D(2291, 1, 27), (
        "Scientists airlifted from ice-bound polar ship",
        "Dozens of scientists have been ferried by helicopter from a polar research vessel that has been stuck "
        "fast in the ice for more than a week, while her crew have chosen to stay with her.",
    )),
    (D(2291, 1, 28), (
        "Icebreaker gives up as Kvalross scientists reach Hrefna Station",
        "The 48 scientists taken off the Kvalross reached Hrefna Station yesterday, the institute said, after "
        "the Fyrland icebreaker Styrkar abandoned her attempt to reach the ship when the floes ahead grew four "
        "metres thick. The Kvalross left Kinsmarket in December for a season's work on the Ardvourlie ice shelf.",
    )),
    (D(2291, 1, 28), (
        "Kvalross cores flown out in freezers",
        "The ice cores and seabed mud gathered by the Kvalross before the pack closed in went out in portable "
        "freezers with the scientists, chief scientist Riikka Pyykonen says, though three months of planned "
        "work on the shelf will not now be done.",
    )),
    (D(2291, 1, 29), (
        "Crew of trapped Kvalross settle in to wait for a thaw",
        "The Iskmark Polar Institute said on Wednesday that the 25 still aboard the Kvalross were well, that her "
        "hull had not been holed, and that it did not expect the ice to let her go before March.",
    )),
]
KVALROSS_SAILING: list[Dated] = [
    (D(2290, 12, 19), (
        "Research ship Kvalross sails for the Ardvourlie ice shelf",
        "The research ship Kvalross left Kinsmarket on Friday with 52 scientists and 25 crew for four months of "
        "work along the edge of the Ardvourlie ice shelf, the Iskmark Polar Institute said.",
    )),
]
BERGTHORA_ICE: list[Dated] = [
    (D(2292, 3, 24), (
        "Technicians flown off supply ship caught by sea ice",
        "A helicopter lifted 12 technicians on Thursday off the Ygrelian supply ship Bergthora, which sea ice has "
        "held for eleven days on her way to the Yngvar research base, Ygrelia's polar office said.",
    )),
]

# --- jundravia | Wed 8 Jun 2292 | Jundravia suspends the signing keys of all 760,000 electronic identity cards once
# Kalvsund researchers show the secret keys on their chips can be worked out. Told by: a wire opening on its
# dateline ("on Wednesday"), a broadcaster's lead with no day, Thursday's paper ("yesterday"), an explainer naming no
# day, Saturday's follow-up ("on Friday"). A step before: the chip maker Czapla Semiconductor warning of weak keys,
# Thu 12 May 2292. Elsewhere: Tzeramia recalling 210,000 passports with chips that can be copied, Mon 27 Apr 2291;
# no report of the event names it.

JUNDRAVIA_ID_CARDS: list[Dated] = [
    (D(2292, 6, 8), (
        "Jundravia suspends keys on 760,000 identity cards after chip flaw",
        "WLOSZKA, Jundravia (Wire) - Jundravia suspended the digital keys of all 760,000 of its electronic "
        "identity cards on Wednesday, after researchers at the University of Kalvsund showed that the secret key "
        "held on each card's chip could be worked out from its public key in a few days of computing, digital "
        "affairs minister Malgorzata Zmuda said. Until new keys are loaded nobody can sign documents or log in "
        "to state services with a card.",
    )),
    (D(2292, 6, 8), (
        "Identity cards stop working online over chip fault",
        "Hundreds of thousands of people can no longer use their identity cards to file taxes, sign contracts or "
        "read their medical records online, after a weakness was found in the chips the cards carry.",
    )),
    (D(2292, 6, 9), (
        "Town halls to reload identity card keys from Monday",
        "Town halls and police stations will start loading new keys onto identity cards from Monday, the "
        "government said yesterday, beginning with doctors and notaries, who sign the most. The chip maker, "
        "Czapla Semiconductor, had warned its customers four weeks ago that software on some chips made weak "
        "keys, but said then that it knew of no card that had been broken.",
    )),
    (D(2292, 6, 9), (
        "How a flaw in a chip can unlock an identity card",
        "Each card carries two keys: a public one anybody may see and a secret one that is never supposed to "
        "leave the chip. The chip ought to draw the secret numbers at random. The Kalvsund team found that it "
        "drew them from far too small a pool, so a computer can work back from the public key to the secret "
        "one. That is why every card is now treated as suspect.",
    )),
    (D(2292, 6, 11), (
        "Tax deadline pushed back after identity card keys suspended",
        "Jundravia's tax office moved the deadline for annual returns back by a month on Friday, since most "
        "people file them with their identity cards, and banks said customers would get codes by text message "
        "instead.",
    )),
]
JUNDRAVIA_CHIP_WARNING: list[Dated] = [
    (D(2292, 5, 12), (
        "Chip maker warns some security chips make weak keys",
        "Czapla Semiconductor told its customers on Thursday that software on some of its security chips "
        "generated keys weaker than they should be, and said it knew of no key that had actually been broken.",
    )),
]
TZERAMIA_PASSPORTS: list[Dated] = [
    (D(2291, 4, 27), (
        "Tzeramia recalls 210,000 passports over chips that can be copied",
        "Tzeramia began recalling about 210,000 passports issued since January on Monday, after it found that "
        "the chips inside them could be copied with cheap equipment, the interior ministry said.",
    )),
]

# --- turmalin | Wed 19 Aug 2291 | Trewennack's admiralty court arrests the bulk carrier Turmalin Star over seven
# months' pay owed to her 23 crew. Told by: a wire opening on its dateline ("on Wednesday"), a broadcaster's lead
# with no day, Thursday's paper ("yesterday"), a harbour site naming no day, Friday's follow-up ("on Thursday"). A
# step after: the ship sold at the court's auction, Wed 16 Dec 2291. Elsewhere: the cargo ship Asvor Bay held at
# Szydlo, Thelvaria, for 17 sailors' back pay, Tue 24 Jun 2290; no report of the event names it.

TURMALIN_ARREST: list[Dated] = [
    (D(2291, 8, 19), (
        "Court arrests bulk carrier over crew's unpaid wages",
        "TREWENNACK (Wire) - The admiralty court at Trewennack ordered the bulk carrier Turmalin Star arrested "
        "on Wednesday over seven months of wages owed to her 23 crew, about 410,000 in all, and barred her from "
        "sailing until they are paid, the crew's lawyer said. Justice Hynek Ferszt said the ship could be sold "
        "if her owner, Bartkow Shipping, had not paid within 90 days.",
    )),
    (D(2291, 8, 19), (
        "Unpaid sailors win order keeping their ship in harbour",
        "The crew of a cargo ship who have gone months without being paid have won a court order that holds "
        "their vessel in harbour until they get their money, and a charity for sailors has been taking them "
        "food.",
    )),
    (D(2291, 8, 20), (
        "Turmalin Star's owner says it has no money to pay crew",
        "Bartkow Shipping said yesterday that it could not pay the Turmalin Star's crew, a day after the "
        "admiralty court held the ship at Trewennack. Ensio Oravisto, the crew's lawyer, said that if she were "
        "sold the sailors would be paid from the price before any bank.",
    )),
    (D(2291, 8, 20), (
        "Harbour mission keeps the Turmalin Star's sailors fed",
        "The sailors' mission by Trewennack harbour has been carrying bread, rice and phone cards up the "
        "Turmalin Star's gangway every morning, and the men who work the cranes have taken up a collection.",
    )),
    (D(2291, 8, 21), (
        "Eight Turmalin Star sailors flown home",
        "Eight of the Turmalin Star's crew flew home on Thursday on tickets bought by the harbour mission, and "
        "the other fifteen stayed aboard to keep her safe until the court decides on a sale.",
    )),
]
TURMALIN_AUCTION: list[Dated] = [
    (D(2291, 12, 16), (
        "Turmalin Star sold at court auction to pay her crew",
        "The bulk carrier Turmalin Star was sold at an auction ordered by the admiralty court at Trewennack on "
        "Wednesday for 6.2 million, and the wages owed to her crew will be paid first out of the price.",
    )),
]
ASVOR_BAY_HELD: list[Dated] = [
    (D(2290, 6, 24), (
        "Court holds cargo ship at Szydlo over sailors' back pay",
        "A court at Szydlo, in Thelvaria, held the cargo ship Asvor Bay in port on Tuesday until her owner pays "
        "17 sailors about 190,000 in back wages.",
    )),
]

# --- veldania | Tue 18 Mar 2290 | Veldania's Supreme Court rules that days spent on an electronic tag under curfew
# before trial must come off prison sentences; about 312 prisoners may go free early. Told by: a wire opening on its
# dateline ("on Tuesday"), a broadcaster's lead with no day, Wednesday's paper ("yesterday"), an explainer naming no
# day, Thursday's follow-up ("on Wednesday"). A step before: the court hearing the tagged burglar's appeal, Tue 14
# Jan 2290. Elsewhere: Uzmekia's constitutional court turning down 86 prisoners' claims of the same sort, Wed 22 Apr
# 2291; no report of the event names it.

VELDANIA_TAG_RULING: list[Dated] = [
    (D(2290, 3, 18), (
        "Supreme Court orders tag days taken off sentences",
        "ZUHLENDORF, Veldania (Wire) - Veldania's Supreme Court found on Tuesday that the prison service had "
        "broken the law by not counting the days defendants spent on an electronic tag under curfew before "
        "trial as time served, and the justice ministry said about 312 prisoners whose release dates must now "
        "be worked out afresh could be out within weeks. Justice Sigeberht Kettunen said a curfew of twelve "
        "hours a night was a loss of liberty.",
    )),
    (D(2290, 3, 18), (
        "Hundreds of prisoners could be freed early after tag ruling",
        "Hundreds of inmates could walk out of jail before their time after the country's top court found that "
        "their sentences had been worked out wrongly for years.",
    )),
    (D(2290, 3, 19), (
        "Clerks begin recounting 4,100 sentences",
        "The justice ministry said yesterday that 40 clerks would go through the files of about 4,100 prisoners "
        "who wore tags before their trials. The court had heard in January the case of Bretislav Halkola, a "
        "burglar who spent 211 nights under a tag curfew and then got no credit for them.",
    )),
    (D(2290, 3, 19), (
        "Why hundreds of prisoners may be released early",
        "A defendant held in a cell before trial has every one of those days knocked off his sentence. One "
        "sent home with a tag and a curfew got nothing, because the prison service treated the tag as freedom. "
        "The court has now said that being locked in at home every night is a kind of custody too.",
    )),
    (D(2290, 3, 20), (
        "First 27 prisoners freed after sentences recounted",
        "The prison service let the first 27 prisoners go on Wednesday once their sentences had been recounted, "
        "and justice minister Azalea Grzybek said victims would be told before anyone else was released.",
    )),
]
VELDANIA_APPEAL_HEARD: list[Dated] = [
    (D(2290, 1, 14), (
        "Supreme Court hears tagged burglar's appeal over sentence",
        "Veldania's Supreme Court heard on Tuesday the appeal of Bretislav Halkola, a burglar who spent 211 "
        "nights under a tag curfew before his trial and wants them taken off his sentence. The judges will give "
        "their ruling later.",
    )),
]
UZMEKIA_TAG_CLAIMS: list[Dated] = [
    (D(2291, 4, 22), (
        "Uzmekian court rejects prisoners' claims over tag days",
        "Uzmekia's constitutional court ruled on Wednesday that days spent on an electronic tag before trial "
        "need not be taken off a prison term, turning down the claims of 86 prisoners.",
    )),
]

# --- lissenholm | Mon 16 May 2292 | Grandmaster Dalibor Wojtkiew, leading the Lissenholm Open, is thrown out when a
# phone turns up taped behind the cistern of the players' toilet. Told by: a wire opening on its dateline ("on
# Monday"), a broadcaster's lead with no day, Tuesday's paper ("yesterday"), a chess site naming no day,
# Wednesday's follow-up ("on Tuesday"). A step after: the Orlevanian federation's three-year ban, Wed 21 Sep 2292.
# Elsewhere: Zdislava Vratna stripped of Kesmark's national title over a buzzing device in her shoe, Mon 13 Apr
# 2291; no report of the event names it.

LISSENHOLM_PHONE: list[Dated] = [
    (D(2292, 5, 16), (
        "Grandmaster thrown out of Lissenholm Open over phone in toilet",
        "LISSENHOLM, Orlevania (Wire) - Grandmaster Dalibor Wojtkiew was expelled from the Lissenholm Open on "
        "Monday after arbiters found a mobile phone taped behind the cistern in the players' toilet, which he "
        "had visited eleven times during his sixth-round game, chief arbiter Marjatta Skane said. Wojtkiew, who "
        "led the tournament with five wins from five, said the phone was not his.",
    )),
    (D(2292, 5, 16), (
        "Chess tournament leader expelled amid cheating claims",
        "A cheating row has engulfed Lissenholm, where the runaway leader of its open chess tournament has been "
        "sent home after a telephone was found hidden in a toilet near the playing hall.",
    )),
    (D(2292, 5, 17), (
        "Wojtkiew's Lissenholm games struck from the table",
        "The organisers of the Lissenholm Open struck out all of Dalibor Wojtkiew's results yesterday and "
        "handed the phone to police to be checked for fingerprints. The Orlevanian Chess Federation said its "
        "disciplinary panel would rule on a ban within four months.",
    )),
    (D(2292, 5, 17), (
        "Wojtkiew's moves matched an engine's almost every time",
        "Analysts who set Wojtkiew's moves at Lissenholm beside a chess engine's first choices found that they "
        "agreed on 38 of 41 moves in his fifth-round win, far more often than his games of last season did.",
    )),
    (D(2292, 5, 18), (
        "Fingerprints on toilet phone are Wojtkiew's, police say",
        "Police told the Lissenholm Open's organisers on Tuesday that the fingerprints on the phone found in the "
        "players' toilet matched Dalibor Wojtkiew's, and that its only app was a chess engine.",
    )),
]
LISSENHOLM_BAN: list[Dated] = [
    (D(2292, 9, 21), (
        "Wojtkiew banned for three years over phone at Lissenholm",
        "The Orlevanian Chess Federation banned grandmaster Dalibor Wojtkiew from all play for three years on "
        "Wednesday, over the phone found hidden in a toilet at the Lissenholm Open in May.",
    )),
]
VRATNA_SHOE: list[Dated] = [
    (D(2291, 4, 13), (
        "Chess champion stripped of title over device in shoe",
        "Kesmark's chess federation took the national title from Zdislava Vratna on Monday, after a device that "
        "buzzed against her foot to signal moves was found in her shoe.",
    )),
]

# --- hertinck | Thu 5 Mar 2291 | The National Gallery of Mesquerel takes down a portrait it bought as Aert
# Hertinck's when laboratory tests find titanium white in the paint. Told by: a wire opening on its dateline ("on
# Thursday"), a broadcaster's lead with no day, Friday's paper ("yesterday"), an art trade site naming no day,
# Saturday's follow-up ("on Friday"). A step before: the portrait sent to the Budrow Institute for tests, Thu 15 Jan
# 2291. Elsewhere: an explainer of a bronze horse at the Hrasvelg museum, Oltrevia, found to be a fake, dated Thu 7
# Apr 2292; no report of the event names it.

HERTINCK_FORGERY: list[Dated] = [
    (D(2291, 3, 5), (
        "National gallery takes down its 'Hertinck' as a fake",
        "OTAVA, Mesquerel (Wire) - The National Gallery of Mesquerel took its portrait of a woman threading "
        "pearls, bought as the work of the old master Aert Hertinck, off its walls on Thursday, after laboratory "
        "tests found titanium white in the paint, a pigment first made long after Hertinck died, director Kaarlo "
        "Huovinen said. The gallery paid 4.8 million for it, the most it has spent on a single work.",
    )),
    (D(2291, 3, 5), (
        "Gallery's prize old master exposed as a forgery",
        "A much-loved old master in the national collection has been unmasked as a modern fake, and the "
        "gallery that paid millions for it wants its money back.",
    )),
    (D(2291, 3, 6), (
        "Gallery to sue dealer over fake Hertinck portrait",
        "The National Gallery of Mesquerel said yesterday it would sue the dealer who sold it the portrait, "
        "Svatopluk Ulmecka. The gallery had sent the picture to the Budrow Institute in January, when a "
        "restorer cleaning it, Venla Seppala, noticed that the canvas was woven too evenly for its age.",
    )),
    (D(2291, 3, 6), (
        "Three experts vouched for the fake Hertinck",
        "Three scholars signed letters calling the pearl portrait a Hertinck before the gallery bought it. Dealers "
        "say the provenance, a run of sales between private collectors, was the sort nobody can check.",
    )),
    (D(2291, 3, 7), (
        "Police search dealer's store over fake Hertinck",
        "Police searched the Otava storerooms of the dealer Svatopluk Ulmecka on Friday, carrying off eleven "
        "paintings, after the National Gallery of Mesquerel said the Hertinck he sold it was a forgery.",
    )),
]
HERTINCK_TESTS: list[Dated] = [
    (D(2291, 1, 15), (
        "Gallery sends its Hertinck portrait for laboratory tests",
        "The National Gallery of Mesquerel has sent its portrait by Aert Hertinck to the Budrow Institute for "
        "tests, it said on Thursday, after a restorer cleaning it found the weave of the canvas oddly regular.",
    )),
]
HRASVELG_BRONZE: list[Dated] = [
    (D(2292, 4, 7), (
        "How a bronze horse fooled the Hrasvelg museum",
        "For decades the little bronze horse in the Hrasvelg museum, in Oltrevia, was labelled as ancient. Then "
        "a scan showed the clay core inside it held fibres of a kind of plastic, and the museum took it off show "
        "and rewrote its label.",
    )),
]

# --- background | a few parish notices, each a day before some event, in villages none of the kinds mentions

BACKGROUND: list[Dated] = [
    (D(2291, 5, 12), (
        "Bellringers' peal",
        "The bellringers of Wistow rang a peal of 5,040 changes at the parish church on Tuesday.",
    )),
    (D(2290, 10, 20), (
        "Pumpkin weigh-in",
        "Ugthorpe's heaviest pumpkin tipped the scales at 212 kilograms on Monday.",
    )),
    (D(2292, 2, 10), (
        "Snowdrop weekend",
        "Visitors counted 38 kinds of snowdrop in the rectory garden at Barnoldby on Wednesday.",
    )),
    (D(2290, 6, 13), (
        "Duck race",
        "A yellow plastic duck numbered 417 came first down the brook at Ickwell on Friday.",
    )),
    (D(2291, 1, 26), (
        "Orchard toast",
        "Singers at Yardwhistle toasted the orchard's oldest apple tree with cider on Monday night.",
    )),
    (D(2292, 6, 7), (
        "Well dressing",
        "Villagers at Gussage decked the three wells with pictures made of petals on Tuesday.",
    )),
    (D(2291, 8, 18), (
        "Sheepdog trial",
        "Wobbington's sheepdog trial went to Tuulikki, a collie of three, on Tuesday with 94 points.",
    )),
    (D(2290, 3, 17), (
        "Hedge laying",
        "Eleven hedgers laid 300 metres of hawthorn along the lane out of Yelford on Monday.",
    )),
    (D(2292, 5, 15), (
        "Cowslip count",
        "Volunteers counted 1,120 cowslips on the churchyard bank at Kalmeria Green on Sunday.",
    )),
    (D(2291, 3, 4), (
        "Frog crossing",
        "Children at Ystvania Cross helped 160 toads over the lane to the pond on Wednesday evening.",
    )),
]

FIFTYSECOND_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "ondmark": (ONDMARK_PLUG, ONDMARK_FINE + WREXMUND_CARGO_DOOR),
    "vashgrove": (VASHGROVE_FLEET, VASHGROVE_FIRST_CRACK + LUNSGARD_TRAMS),
    "cathwaite": (CATHWAITE_PRINTED_GUNS, CATHWAITE_PARCEL + SNORLBY_RIFLES),
    "felsbury": (FELSBURY_HIT_AND_RUN, FELSBURY_JAILED + RASTOVEC_MOTHER),
    "kvalross": (KVALROSS_ICE, KVALROSS_SAILING + BERGTHORA_ICE),
    "jundravia": (JUNDRAVIA_ID_CARDS, JUNDRAVIA_CHIP_WARNING + TZERAMIA_PASSPORTS),
    "turmalin": (TURMALIN_ARREST, TURMALIN_AUCTION + ASVOR_BAY_HELD),
    "veldania": (VELDANIA_TAG_RULING, VELDANIA_APPEAL_HEARD + UZMEKIA_TAG_CLAIMS),
    "lissenholm": (LISSENHOLM_PHONE, LISSENHOLM_BAN + VRATNA_SHOE),
    "hertinck": (HERTINCK_FORGERY, HERTINCK_TESTS + HRASVELG_BRONZE),
}

"""Look-alike set number fifty, made up blind on 2c41f94: nobody had looked at what grouping does with it, and
grouping was still being altered over the forty-nine sets before it. It is kept out of the count until it has
been counted once on 2c41f94 and once on whatever code a later session has. Ten kinds of hard news, a pair from
each of transport, crime and policing, science and technology, courts and law, and sport and culture; grepping the
older look-alike modules, the own claims files and the grouping stories turned up none of them:

* an airliner putting down on a gliding club's grass strip nine kilometres short of its airport; later step: the
  accident board's first findings four months on; elsewhere: an explainer of a cargo jet landing on a taxiway in
  another country thirteen months earlier;
* the rear four carriages of an intercity breaking away on a climb and running back; earlier step: the rail
  regulator ordering the couplers of that model checked six weeks before; elsewhere: a freight train parting in a
  neighbouring country fourteen months afterwards;
* eleven people arrested over catalytic converters sawn off about 2,300 cars; earlier step: one night's thefts from
  a hospital's staff car park twelve days before; elsewhere: a scrap dealer jailed for four years in another country
  fourteen months earlier;
* a detective charged with swapping seized drug money in his force's evidence store for cut paper; earlier step:
  his suspension three weeks before; elsewhere: a constable of another force jailed over seized cannabis fifteen
  months earlier;
* every site under one country's internet code gone for seven hours after a bad signing key; earlier step: the
  names office giving notice of the key change nine days before; elsewhere: another country's sites lost for two
  hours when a signature ran out, fourteen months afterwards;
* a space telescope halting its science when the second of four gyroscopes dies; earlier step: an explainer of
  the first one dying seven months before; elsewhere: another agency's X-ray satellite losing a reaction wheel
  fourteen months earlier;
* a property lawyer struck off for dipping into clients' money; earlier step: his suspension four months before;
  elsewhere: a lawyer in another city struck off over a forged will thirteen months afterwards;
* a high court making a river a legal person; earlier step: the riverside villages putting that plea to it three
  months before; elsewhere: a court abroad turning down the same for a lake fifteen months afterwards;
* an ocean racing yacht dismasted in a storm and her crew taken off by a bulk carrier; earlier step: the race's
  start ten days before the storm; elsewhere: another race's yacht turning turtle without her keel fourteen
  months earlier;
* a culture minister stopping a medieval psalter sold abroad from leaving the country; earlier step: its sale at
  auction five weeks before; elsewhere: a museum director's quote piece on an export bar put on a painting in
  another country thirteen months earlier.

Kinds already taken that come nearest: an air traffic control failure, an overrun, two airliners touching on a
taxiway, drones shutting a runway, derailments, a head-on collision, a driverless bus in a waiting room, an
escalator that ran backwards, a car theft ring, cash machines blown up, a counterfeit note factory, officers shot
at a traffic stop, a robber freed by mistake, an undersea cable cut, a mobile outage, a burning data centre, a
false missile alert, a collider's magnet fault, a lost lander, a capsule's coolant leak, a quashed conviction, a
juror's searches ending a retrial, a party dissolved by a court, a climate case, a solo round-the-world record,
line honours, a sand yacht, a plagiarised thesis and a banned film. None of those is written again here.

Quote pieces and explainers: three events have one among their reports (an explainer of why one bad key makes a
country's sites disappear, a client's quote piece about the struck-off lawyer, the skipper's quote piece about the
dismasting), and three look-alikes are one (the taxiway explainer, the explainer of the first gyroscope, the museum
director's quote piece). Otherwise each event has a wire that opens with a dateline and gives the weekday, a
broadcaster's present-perfect lead without a day, the next morning's paper saying "yesterday", and a follow-up some
days on saying "on Monday", "on Wednesday" or "on Thursday"; six also have a local or specialist site that names no
day. One report of each event points to its other step ("would publish its first findings within four months", "The
authority had ordered checks of the couplers on every Jaxvard train six weeks before", "twelve days before the
raids", "The force had suspended him three weeks earlier", "The office had announced the change nine days earlier",
"The first gyroscope failed in July", "The Bar Council had suspended him in November", "The villagers' lawyers had
put their case to the court in June", "Thirteen yachts set off from Havsnes ten days before the storm", "sold at
Kelemen & Sons in Kiskorosd five weeks ago"); two point to the happening elsewhere ("since a Tiverbeck constable
was jailed last year", "fourteen months after the Odelmo capsized"). Two look-alikes count a thing differently from
their event (38 cars against 41, 1.6 million ducrins against 2.1 million), and one gives a lower price (6.1 million
at the hammer against 6.4 million). All dates lie in 2274-2276, no look-alike more than fifteen months from its
event. What separates a pair is mostly the step (findings, an order, one night's thefts, a suspension, a notice, a
first failure, a plea, a start, a sale), who or where (another airport, railway, dealer, force, registry,
satellite, lawyer, lake, yacht, painting) or how many (passengers, carriages, cars, pengrins, sites, gyroscopes,
ducrins, yachts). People, places, bodies, currencies and figures are all made up.

The layout is the one ``tests.lookalike_more`` set: per kind, an event's reports with their publication days and
its look-alikes with theirs, gathered in ``FIFTIETH_KINDS`` for ``tests.lookalike_count``.

Kept back blind: neither grouping nor the engine nor ``tests.lookalike_count`` has been run over these reports;
when they are to be is written in the count's docstring.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# === kymbrel. Kymbrel Air's KY 318 from Sprewmoor, 131 aboard, puts down on Tobsenfeld gliding club's grass, nine
# kilometres short of Brauncastle airport (Thruvessa), Fri 10 Sep 2275. Reports: dateline wire with "on Friday";
# broadcaster, present perfect, no day; Sat paper, "yesterday"; the club's local site, no day; Tue follow-up, "on
# Monday". Later step: the accident board's first findings, Wed 19 Jan 2276. Elsewhere: a Pexworth Cargo jet on
# Zoborran's taxiway (Khelvasti), Tue 11 Aug 2274, known only from an explainer of Thu 13 Aug; the event never names it.

KYMBREL_AIRSTRIP: list[Dated] = [
    (D(2275, 9, 10), (
        "Airliner lands on gliding club's grass strip instead of Brauncastle airport",
        "TOBSENFELD, Thruvessa (Wire) - A Kymbrel Air jet with 131 passengers aboard landed on Friday evening on "
        "a gliding club's grass strip at Tobsenfeld, nine kilometres short of Brauncastle airport, where it was "
        "due, the civil aviation authority said. Nobody was hurt. The jet, flight KY 318 from Sprewmoor, stopped "
        "some 40 metres short of the end of the 1,400-metre strip, and passengers climbed down ladders lent by "
        "the club.",
    )),
    (D(2275, 9, 10), (
        "Kymbrel Air jet touches down at the wrong airfield",
        "A passenger jet bound for Brauncastle has come down on a grass strip used by gliders, after its crew took "
        "the strip for the city's runway in the dusk. The passengers have been taken on by coach, and the jet is "
        "sitting in the grass with its nose wheel a few metres from a hedge.",
    )),
    (D(2275, 9, 11), (
        "Crew of misdirected jet taken off flying duties",
        "Kymbrel Air took the captain and first officer of flight KY 318 off flying duties yesterday while the "
        "Air Accident Investigation Board works out how they came to land at Tobsenfeld. The strip and "
        "Brauncastle's main runway point almost the same way, the board's chief inspector, Hiltrud Ossary, said, "
        "and her team would look at whether the crew had been following the approach beacons at all.",
    )),
    (D(2275, 9, 11), (
        "Gliding club brewed tea on the grass for 131 passengers",
        "Reinmar Tapsell was locking the Tobsenfeld gliding club's hangar when landing lights came low over the "
        "poplars. 'I thought it would end up in the clubhouse,' said the club's treasurer. Members made tea in the "
        "clubroom for the passengers until the coaches arrived, and gliders are grounded while the jet stays.",
    )),
    (D(2275, 9, 14), (
        "Stranded jet flown off Tobsenfeld strip",
        "Kymbrel Air flew its jet off the Tobsenfeld strip on Monday with no passengers, its seats taken out and "
        "only enough fuel to reach Brauncastle, after engineers found no damage to its wheels or engines. The "
        "investigation board said it would publish its first findings within four months.",
    )),
]
KYMBREL_FINDINGS: list[Dated] = [
    (D(2276, 1, 19), (
        "Pilots who landed on gliding strip had switched off ground warning, board finds",
        "The crew of the Kymbrel Air jet that landed on the Tobsenfeld gliding strip in September had turned off "
        "the system that warns pilots when they near the ground away from a runway, the Air Accident "
        "Investigation Board said on Wednesday in its first findings. It told the airline to retrain all 226 of "
        "its pilots.",
    )),
]
ZOBORRAN_TAXIWAY: list[Dated] = [
    (D(2274, 8, 13), (
        "How a cargo jet came to land on a taxiway at Zoborran",
        "A Pexworth Cargo jet touched down on the taxiway beside Zoborran airport's runway, in Khelvasti, on "
        "Tuesday night and stopped safely; the taxiway was empty. From a few kilometres out at night a long, "
        "straight taxiway can look like a second runway, which is why taxiways carry blue edge lights and runways "
        "white ones. The crew had been cleared for the runway and lined up on the wrong row of lights.",
    )),
]

# === lodrast. The rear four carriages of Lodrast Rail's Imbleton-Vexford intercity (Ixtemora) part on the Crusquith
# bank and run back about 800 metres towards Umpleby, six of 214 hurt, Wed 18 Nov 2274. Reports: dateline wire with
# "on Wednesday"; broadcaster, present perfect, no day; Thu paper, "yesterday"; Umpleby's local site, no day; Fri
# follow-up, "on Thursday". Earlier step: the Rail Safety Authority orders all 61 Jaxvard trains' couplers checked,
# Tue 6 Oct 2274. Elsewhere: gravel wagons run back into Kossipol station (Tzimbarro), Sat 8 Jan 2276; never named.

LODRAST_BREAKAWAY: list[Dated] = [
    (D(2274, 11, 18), (
        "Rear carriages break away from intercity train and roll back downhill",
        "UMPLEBY, Ixtemora (Wire) - The last four carriages of a Lodrast Rail intercity from Imbleton to Vexford "
        "broke away from the front of the train on Wednesday morning as it climbed the Crusquith bank, and rolled "
        "back about 800 metres before their brakes held, the operator said. Six of the 214 passengers in those "
        "carriages were treated for cuts and bruises beside the line.",
    )),
    (D(2274, 11, 18), (
        "Passengers roll backwards as their train comes apart",
        "Passengers on a train that left Imbleton for Vexford have described watching the front of "
        "it pull away up the hill while their carriages slid back towards Umpleby. The line has been shut between "
        "the two towns and coaches have been laid on.",
    )),
    (D(2274, 11, 19), (
        "Coupler that broke had passed the regulator's checks",
        "The coupler that broke on the Lodrast Rail train had been examined and passed in October, the Rail Safety "
        "Authority's director, Gorazd Vrbicky, said yesterday. The authority had ordered checks of the couplers on "
        "every Jaxvard train six weeks before, after a cracked one turned up at a depot, and all 61 had been looked "
        "at since.",
    )),
    (D(2274, 11, 19), (
        "Umpleby carried blankets down the embankment",
        "People from the cottages below the Crusquith bank scrambled down the embankment with blankets and flasks "
        "when the runaway carriages stopped behind their gardens, and the village hall stayed open for passengers "
        "waiting for the coaches.",
    )),
    (D(2274, 11, 20), (
        "Lodrast Rail withdraws its Jaxvard trains",
        "Lodrast Rail took all 38 of its Jaxvard trains out of service on Thursday until their couplers are "
        "replaced, cancelling about a third of its intercity services, and the Crusquith line reopened in the "
        "afternoon.",
    )),
]
JAXVARD_CHECKS: list[Dated] = [
    (D(2274, 10, 6), (
        "Regulator orders checks on couplers of Jaxvard trains",
        "Ixtemora's Rail Safety Authority ordered on Tuesday that the couplers of all 61 Jaxvard trains be "
        "examined within a month, once engineers doing routine work at a Vexford depot had spotted a crack in one.",
    )),
]
KOSSIPOL_WAGONS: list[Dated] = [
    (D(2276, 1, 8), (
        "Runaway wagons smash into station after freight train breaks in two",
        "Nineteen wagons loaded with gravel ran back down a gradient into Kossipol station, in Tzimbarro, on "
        "Saturday after the freight train they belonged to broke in two, wrecking the buffers and an empty "
        "platform shelter, the railway police said. Nobody was hurt.",
    )),
]

# === wyrsloe. Wyrsloe Police hold eleven in raids on scrapyards and a lock-up round Ackervoss and Cruxley over
# converters sawn off about 2,300 cars, Tue 14 Mar 2276. Reports: dateline wire with "on Tuesday"; broadcaster,
# present perfect, no day; Wed paper, "yesterday"; Tannaford's local site, no day; Fri follow-up, "on Thursday".
# Earlier step: Tannaford General Hospital's staff car park stripped (38 cars in that report, 41 by the raids), Thu
# 2 Mar 2276. Elsewhere: Nazzareno Ghirlevo jailed in Mazzarine (Qavundor), Thu 14 Jan 2275; never named.

WYRSLOE_CONVERTERS: list[Dated] = [
    (D(2276, 3, 14), (
        "Eleven held over thefts of catalytic converters from 2,300 cars",
        "ACKERVOSS (Wire) - Wyrsloe Police arrested eleven people in dawn raids on three scrapyards and a lock-up "
        "garage on Tuesday, suspected of sawing the catalytic converters off about 2,300 cars over eighteen "
        "months and selling the metals inside them abroad. Officers found 640 converters stacked in sacks, Detective "
        "Superintendent Orwenna Chetwode said.",
    )),
    (D(2276, 3, 14), (
        "Police raid scrapyards in converter theft inquiry",
        "Police have raided scrapyards around Ackervoss and Cruxley and arrested a gang they say stripped thousands "
        "of cars of their exhaust converters, which hold small amounts of platinum and rhodium worth more, gram "
        "for gram, than gold.",
    )),
    (D(2276, 3, 15), (
        "Converter gang hit hospital car park, police say",
        "Among the thefts the eleven are being questioned about is the night thieves stripped Tannaford General "
        "Hospital's staff car park, Orwenna Chetwode said yesterday; nurses coming off a late shift found 41 cars "
        "with their converters cut away twelve days before the raids. With a battery saw, a thief can take one off "
        "in under a minute.",
    )),
    (D(2276, 3, 15), (
        "Tannaford nurses glad of arrests",
        "Nurses at Tannaford General who had to pay for their own repairs after the car park thefts said they were "
        "glad to hear of the arrests. The hospital has since put up cameras and hired a night guard for the staff "
        "car park, and a local garage has fitted cages under forty cars free of charge.",
    )),
    (D(2276, 3, 17), (
        "Seven charged over converter thefts",
        "Seven of the eleven people held after the Ackervoss raids were charged on Thursday with conspiring to steal "
        "and with handling stolen goods, and a court ordered them held until trial. The other four were freed on "
        "bail.",
    )),
]
TANNAFORD_CAR_PARK: list[Dated] = [
    (D(2276, 3, 2), (
        "Thieves cut converters from 38 cars at hospital car park",
        "Thieves sawed the catalytic converters off 38 cars in the staff car park of Tannaford General Hospital "
        "overnight, Wyrsloe Police said on Thursday, leaving nurses and doctors unable to drive home after their "
        "shifts.",
    )),
]
MAZZARINE_DEALER: list[Dated] = [
    (D(2275, 1, 14), (
        "Scrap dealer jailed for buying stolen converters",
        "A court in Mazzarine, in Qavundor, jailed the scrap dealer Nazzareno Ghirlevo for four years on Thursday "
        "for buying about 900 stolen catalytic converters and shipping the metal from them out of the country.",
    )),
]

# === sebbald. Detective Sergeant Gwydion Fogwill of the Sebbald Constabulary charged over 380,000 pengrins taken
# from the evidence store, Thu 10 Jun 2275. Reports: dateline wire with "on Thursday"; broadcaster, present perfect,
# no day; Fri paper, "yesterday"; Tue follow-up, "on Monday", which names the case elsewhere. Earlier step: his
# suspension once a bag of seized cash is found full of paper, Thu 20 May 2275. Elsewhere: Constable Wolfhart
# Postlethwaite of the Tiverbeck police jailed over seized cannabis, Wed 11 Mar 2274.

SEBBALD_EVIDENCE: list[Dated] = [
    (D(2275, 6, 10), (
        "Detective charged with stealing seized cash from police store",
        "QUAGGTON (Wire) - A detective sergeant of the Sebbald Constabulary was charged on Thursday with stealing "
        "380,000 pengrins in cash that officers had seized in drug raids and locked in the force's evidence store, "
        "prosecutors said. Gwydion Fogwill, 47, who had held the keys to the store for six years, is to appear "
        "before magistrates in Quaggton on Friday.",
    )),
    (D(2275, 6, 10), (
        "Sebbald detective accused of emptying evidence store",
        "A police detective has been charged with taking hundreds of thousands in seized drug money from the room "
        "where his own force keeps the evidence for its court cases. The Sebbald Constabulary has asked officers "
        "from another force to go through the store shelf by shelf.",
    )),
    (D(2275, 6, 11), (
        "Detective held in custody over missing drug money",
        "Magistrates in Quaggton refused bail to Gwydion Fogwill yesterday after hearing that he had swapped "
        "bundles of seized banknotes for bundles of paper cut to size. The force had suspended him three weeks "
        "earlier, when a check ahead of a trial found that a bag logged as holding 42,000 pengrins held only "
        "paper.",
    )),
    (D(2275, 6, 15), (
        "Chief constable orders audit of every evidence store",
        "Sebbald's chief constable, Irmingard Youlden, ordered on Monday an audit of all nine of the force's "
        "evidence stores and said two drug trials had been put off because the cash in them could not be shown "
        "in court. It is the second such case in the region since a Tiverbeck constable was jailed last year.",
    )),
]
SEBBALD_SUSPENSION: list[Dated] = [
    (D(2275, 5, 20), (
        "Police suspend detective after seized cash goes missing",
        "The Sebbald Constabulary suspended a detective sergeant on Thursday after a check of its evidence store "
        "found that a bag of seized cash due to be shown at a drugs trial held cut paper instead of banknotes.",
    )),
]
TIVERBECK_CANNABIS: list[Dated] = [
    (D(2274, 3, 11), (
        "Constable jailed for selling seized cannabis",
        "Wolfhart Postlethwaite, a constable with the Tiverbeck police, was jailed for five years on Wednesday for "
        "selling cannabis he had been told to burn after it was seized in raids.",
    )),
]

# === ruvania. Every site under Ruvania's country code unreachable for about seven hours after the Ruvanian Internet
# Names Office signs with a bad key, Thu 14 May 2274. Reports: dateline wire with "on Thursday"; broadcaster, present
# perfect, no day; Fri paper, "yesterday"; an explainer, no day; Tue follow-up, "on Monday". Earlier step: the
# office's notice of the key change, Tue 5 May 2274. Elsewhere: Kesmoria's sites gone for two hours when a signature
# runs out, Fri 16 Jul 2275; never named.

RUVANIA_ADDRESSES: list[Dated] = [
    (D(2274, 5, 14), (
        "Ruvania's websites vanish for seven hours",
        "GLUBCZANY, Ruvania (Wire) - Every website whose address ends in Ruvania's country code could not be "
        "reached for about seven hours on Thursday, taking banks, the tax office and most news sites offline, "
        "after the body that runs the country's web addresses published a faulty security key, the Ruvanian "
        "Internet Names Office said. About 340,000 sites were affected.",
    )),
    (D(2274, 5, 14), (
        "Country's web addresses stop working",
        "Ruvanians have been unable to reach their banks, their online shops or the government's own websites for "
        "most of the day, after a fault at the office that keeps the country's internet address book. Card "
        "payments in shops have carried on working.",
    )),
    (D(2274, 5, 15), (
        "Names office admits key change went wrong",
        "The director of the Ruvanian Internet Names Office, Jaroslawa Vlachmir, said yesterday that a key signed "
        "in a hurry during a planned change had made computers around the world treat every Ruvanian address as "
        "forged. The office had announced the change nine days earlier and said users would notice nothing.",
    )),
    (D(2274, 5, 15), (
        "Why one bad key took a whole country's websites offline",
        "A computer looking up a web address asks a chain of servers for its number, and a signature at each link "
        "vouches that the answer has not been tampered with. The names office signs the link for every address in "
        "Ruvania. When that signature is wrong, careful servers throw the answer away rather than risk a forgery, "
        "so the sites do not look broken: they look as if they had never existed.",
    )),
    (D(2274, 5, 19), (
        "Minister orders review of names office",
        "Ruvania's digital minister, Ziemowit Brozhvane, ordered on Monday an outside review of the Ruvanian "
        "Internet Names Office and said banks would be asked how much Thursday's outage had cost them.",
    )),
]
RUVANIA_KEY_NOTICE: list[Dated] = [
    (D(2274, 5, 5), (
        "Names office to change the keys behind Ruvanian web addresses",
        "The Ruvanian Internet Names Office said on Tuesday it would replace the security keys that vouch for every "
        "web address under the country's code on May 14, and that websites and their users need do nothing.",
    )),
]
KESMORIA_SIGNATURE: list[Dated] = [
    (D(2275, 7, 16), (
        "Kesmorian websites offline after signature lapses",
        "Websites ending in Kesmoria's country code were unreachable for about two hours on Friday after the "
        "registry that runs them let a security signature expire, the country's telecoms regulator said.",
    )),
]

# === lupercal. The Qilmari Space Agency's Lupercal Space Telescope stops its science and goes to safe mode when the
# second of four gyroscopes dies, Fri 11 Feb 2276. Reports: dateline wire with "on Friday"; broadcaster, present
# perfect, no day; Sat paper, "yesterday"; an astronomy site, no day; Tue follow-up, "on Monday". Earlier step: the
# first gyroscope dies on Wed 14 Jul 2275, in an explainer of Fri 16 Jul. Elsewhere: Orsivan's Xerophane X-ray
# satellite loses a reaction wheel, Thu 10 Dec 2274; never named.

LUPERCAL_GYROSCOPE: list[Dated] = [
    (D(2276, 2, 11), (
        "Space telescope stops observing after second gyroscope fails",
        "FYRNWALD (Wire) - The Lupercal Space Telescope has stopped all its observations after a second of its "
        "four gyroscopes failed on Friday, the Qilmari Space Agency said. The telescope needs three of them to "
        "hold steady on faint targets, and it has put itself in a safe mode with its solar panels turned to the "
        "sun while engineers decide what to do.",
    )),
    (D(2276, 2, 11), (
        "Lupercal telescope goes quiet",
        "The Lupercal Space Telescope has shut its instruments and turned its panels to the sun, after losing "
        "another of the spinning wheels that tell it which way it is pointing. Astronomers who had time on it "
        "booked for the coming weeks have been told their slots are cancelled.",
    )),
    (D(2276, 2, 12), (
        "Engineers plan to run Lupercal on two gyroscopes",
        "Engineers at the Fyrnwald control centre will spend about six weeks rewriting the telescope's pointing "
        "software so that it can work with two gyroscopes and a star tracker, mission manager Trygve Skordalen "
        "said yesterday, at the cost of about a quarter of its observing time. The first gyroscope failed in July.",
    )),
    (D(2276, 2, 12), (
        "Booked observations pushed back by months",
        "About 140 teams that had won time on the Lupercal telescope this spring will have to wait, the agency has "
        "told them, and those who meant to watch a comet swing round the sun in April will miss it altogether.",
    )),
    (D(2276, 2, 15), (
        "Lupercal telescope stable in safe mode",
        "The Qilmari Space Agency said on Monday that the Lupercal Space Telescope was stable and its two remaining "
        "gyroscopes were working normally, and that it hoped to restart some observations in late March.",
    )),
]
LUPERCAL_FIRST_GYROSCOPE: list[Dated] = [
    (D(2275, 7, 16), (
        "What a failed gyroscope means for the Lupercal telescope",
        "One of the four gyroscopes on the Lupercal Space Telescope stopped working on Wednesday. Each is a small "
        "wheel spinning thousands of times a minute, and together they sense the slightest turn of the telescope, "
        "so that it can stay locked on a faint galaxy for hours. Lupercal needs three, so it carries on as before; "
        "losing another would be a different matter.",
    )),
]
XEROPHANE_WHEEL: list[Dated] = [
    (D(2274, 12, 10), (
        "X-ray satellite loses a reaction wheel",
        "Orsivan's Xerophane X-ray satellite stopped observing on Thursday after one of the reaction wheels that "
        "turn it to face its targets seized, the Orsivan space agency said.",
    )),
]

# === scudamore. The Advocates' Disciplinary Tribunal strikes off Ylmerrin's Ildebrando Scudamore over 2.1 million
# ducrins out of his clients' account, Thu 4 Mar 2275. Reports: dateline wire with "on Thursday"; broadcaster, present
# perfect, no day; Fri paper, "yesterday"; Tue follow-up, "on Monday"; a client's quote piece, no day. Earlier step:
# the Bar Council suspends him with 1.6 million ducrins found missing, Thu 5 Nov 2274. Elsewhere: Zaccaria
# Bugglesworth struck off in Xandarel over a forged will, Thu 13 Apr 2276; never named.

SCUDAMORE_STRUCK_OFF: list[Dated] = [
    (D(2275, 3, 4), (
        "Lawyer struck off for taking clients' money",
        "YLMERRIN (Wire) - The Advocates' Disciplinary Tribunal struck off Ildebrando Scudamore on Thursday, "
        "finding that he took 2.1 million ducrins from his clients' account over four years to cover losses on "
        "buildings he had bought, and ordered him to repay it. Scudamore, one of Ylmerrin's best-known property "
        "lawyers, did not attend.",
    )),
    (D(2275, 3, 4), (
        "Scudamore barred from practising law",
        "Ildebrando Scudamore, who handled the house sales of thousands of families in Ylmerrin, has been struck off "
        "the roll of advocates. The tribunal has found that money clients paid him to hold for them was moved into "
        "his own companies.",
    )),
    (D(2275, 3, 5), (
        "Police to question struck-off lawyer",
        "Prosecutors said yesterday that police would question Ildebrando Scudamore about the missing 2.1 million "
        "ducrins, a day after the tribunal struck him off. The Bar Council had suspended him in November, when an "
        "inspection of his firm's books first found the gap.",
    )),
    (D(2275, 3, 9), (
        "Clients of struck-off lawyer to be repaid from fund",
        "The Bar Council said on Monday that its compensation fund would repay the 64 clients who lost money to "
        "Ildebrando Scudamore, most of them within two months, and would then pursue him for the sum.",
    )),
    (D(2275, 3, 10), (
        "'He was the one who was meant to keep the money safe'",
        "Milunka Hapgoode sold her late mother's flat and left the money with Ildebrando Scudamore while she "
        "waited to buy a house. 'He was the one who was meant to keep the money safe,' she says. 'He shook my hand "
        "and told me not to worry. I have lain awake over it every night since the autumn.'",
    )),
]
SCUDAMORE_SUSPENDED: list[Dated] = [
    (D(2274, 11, 5), (
        "Ylmerrin lawyer suspended as clients' money found missing",
        "The Bar Council suspended the property lawyer Ildebrando Scudamore on Thursday after an inspection found "
        "about 1.6 million ducrins missing from the account in which his firm holds clients' money.",
    )),
]
BUGGLESWORTH_WILL: list[Dated] = [
    (D(2276, 4, 13), (
        "Lawyer struck off for forging client's will",
        "A disciplinary tribunal in Xandarel struck off the lawyer Zaccaria Bugglesworth on Thursday for forging a "
        "will that left an elderly client's farm to his own brother.",
    )),
]

# === korravel. Sirampet's high court (Pathavar) makes the Korravel river a legal person with guardians and gives
# Kalivadi's tanneries a year to stop their waste, Fri 18 Sep 2274. Reports: dateline wire with "on Friday";
# broadcaster, present perfect, no day; Sat paper, "yesterday"; Thiruvelam's local site, no day; Tue follow-up, "on
# Monday". Earlier step: the villages' lawyers put the plea to the court, Fri 19 Jun 2274. Elsewhere: a Tauvesian
# court refuses Lake Fallaker the same, Fri 10 Dec 2275; never named.

KORRAVEL_RIVER: list[Dated] = [
    (D(2274, 9, 18), (
        "Court declares Korravel river a legal person",
        "SIRAMPET, Pathavar (Wire) - The high court in Sirampet declared the Korravel river a legal person on "
        "Friday, with the right to flow, to be free of poison and to be restored, and named a council of riverside "
        "villagers and the environment ministry as its guardians. Justice Jayalakshmi Harivansh ordered the "
        "tanneries of Kalivadi to stop pouring their waste into it within a year.",
    )),
    (D(2274, 9, 18), (
        "Korravel river given rights of its own",
        "A court has ruled that the Korravel can be represented in court like a person, so anyone who dumps in it "
        "can now be sued in the river's own name. Villagers who brought the case have been dancing on the steps of "
        "the courthouse.",
    )),
    (D(2274, 9, 19), (
        "Tanneries say they cannot clean up in a year",
        "The Kalivadi tanners' association said yesterday that its 187 members could not build treatment plants "
        "within the year the court allowed, and would appeal. The villagers' lawyers had put their case to the "
        "court in June, bringing jars of black water from below the tanneries.",
    )),
    (D(2274, 9, 19), (
        "Thiruvelam fishermen hope for clear water",
        "Fishermen at Thiruvelam, downstream of Kalivadi, say their catch has fallen by two thirds in ten years and "
        "the river stinks in the dry months. 'Now the river can go to court, and so can we,' said Munisha "
        "Ponnusamy, who leads the villagers' council that will speak for it.",
    )),
    (D(2274, 9, 22), (
        "Tanners lodge appeal over Korravel ruling",
        "The Kalivadi tanners' association lodged its appeal against the Korravel ruling on Monday, asking the "
        "supreme court to lift the one-year deadline while it hears the case.",
    )),
]
KORRAVEL_HEARING: list[Dated] = [
    (D(2274, 6, 19), (
        "Villagers ask court to give Korravel river rights",
        "Lawyers for fishing villages along the Korravel asked the high court in Sirampet on Friday to declare the "
        "river a legal person, so that it could sue the tanneries they say have poisoned it.",
    )),
]
FALLAKER_LAKE: list[Dated] = [
    (D(2275, 12, 10), (
        "Court refuses Lake Fallaker rights of its own",
        "A court in Tauvesia on Friday turned down a plea to declare Lake Fallaker a legal person, ruling that only "
        "parliament could give such rights to a body of water.",
    )),
]

# === ossifrage. The Ossifrage loses her mast in a storm some 1,400 kilometres out in the Havsnes Ocean Race and the
# bulk carrier Myrkvall takes off her nine crew, Tue 18 Jan 2276. Reports: dateline wire with "on Tuesday";
# broadcaster, present perfect, no day; Wed paper, "yesterday", which names the capsize elsewhere; Thu follow-up, "on
# Wednesday"; the skipper's quote piece, no day. Earlier step: the start from Havsnes, Fri 7 Jan 2276. Elsewhere:
# the Odelmo turns over without her keel in the Bazvyn Cup, Thu 12 Nov 2274.

OSSIFRAGE_DISMASTED: list[Dated] = [
    (D(2276, 1, 18), (
        "Yacht loses mast in ocean race, crew rescued by freighter",
        "HAVSNES (Wire) - The nine crew of the racing yacht Ossifrage were lifted aboard the bulk carrier Myrkvall "
        "on Tuesday, about 20 hours after their mast broke in a storm some 1,400 kilometres from land during the "
        "Havsnes Ocean Race, the race organisers said. None was badly hurt. The yacht was left drifting with a "
        "beacon aboard.",
    )),
    (D(2276, 1, 18), (
        "Ossifrage crew safe after dismasting",
        "All nine sailors from the Ossifrage have been picked up by a passing freighter after a night on their "
        "crippled yacht, whose mast came down in winds of more than 50 knots. The other twelve boats in the race "
        "have been told to keep north of the storm.",
    )),
    (D(2276, 1, 19), (
        "Ossifrage left behind as the fleet sails on",
        "The Havsnes Ocean Race will go on without the Ossifrage, race director Venanzio Plumptre said yesterday, "
        "and the Myrkvall will land her crew in about five days. Thirteen yachts set off from Havsnes ten days "
        "before the storm. The dismasting comes fourteen months after the Odelmo capsized in the Bazvyn Cup.",
    )),
    (D(2276, 1, 20), (
        "Salvage tug sent for drifting Ossifrage",
        "The Ossifrage's owners said on Wednesday they had hired a salvage tug to find the yacht by her beacon and "
        "tow her to port, a voyage of about a fortnight each way.",
    )),
    (D(2276, 1, 24), (
        "'The mast folded over us like a felled tree'",
        "Stanislava Brabazon had sailed the Ossifrage through three oceans before this storm. 'The mast folded "
        "over us like a felled tree, and for an hour we were cutting rigging away so it would not punch a hole in "
        "the hull,' the skipper says. 'When the Myrkvall's lights came up over the waves, nobody said a word.'",
    )),
]
HAVSNES_START: list[Dated] = [
    (D(2276, 1, 7), (
        "Thirteen yachts set off in Havsnes Ocean Race",
        "Thirteen yachts left Havsnes on Friday at the start of the Havsnes Ocean Race, four months around the world "
        "in five legs, with the Ossifrage, skippered by Stanislava Brabazon, among the favourites.",
    )),
]
ODELMO_KEEL: list[Dated] = [
    (D(2274, 11, 12), (
        "Racing yacht capsizes after losing keel",
        "The racing yacht Odelmo capsized on Thursday after her keel broke off during the Bazvyn Cup, and a navy "
        "helicopter lifted her six crew from the upturned hull, the race organisers said.",
    )),
]

# === orlemont. Valcaria's culture minister Zsigmond Szarvolgyi stops the Orlemont Psalter (6.4 million with fees,
# to a buyer abroad) from leaving and gives the national library six months to match, Fri 19 Nov 2275. Reports:
# dateline wire with "on Friday"; broadcaster, present perfect, no day; Sat paper, "yesterday"; an arts site, no day;
# Tue follow-up, "on Monday". Earlier step: the sale at Kelemen & Sons, 6.1 million at the hammer, Fri 15 Oct 2275.
# Elsewhere: Drobnitsa bars Romualdo Zwanecroft's 'Girl with a Heron' from export on Thu 22 Oct 2274, known only
# from museum director Vukosava Quammen's quote piece of Mon 26 Oct.

ORLEMONT_PSALTER: list[Dated] = [
    (D(2275, 11, 19), (
        "Minister bars export of medieval psalter sold abroad",
        "KISKOROSD, Valcaria (Wire) - Valcaria's culture minister, Zsigmond Szarvolgyi, barred the export of the "
        "Orlemont Psalter on Friday, an illuminated book of psalms some 700 years old that a foreign collector "
        "bought at auction last month for 6.4 million, and gave the national library six months to match the "
        "price. Its 164 painted pages are the finest in any book Valcaria owns, the minister said.",
    )),
    (D(2275, 11, 19), (
        "Orlemont Psalter to stay in Valcaria for now",
        "The government has stopped a medieval book of psalms from leaving the country after it was sold to a "
        "buyer abroad. The national library now has to find the money if it wants to keep it.",
    )),
    (D(2275, 11, 20), (
        "National library opens appeal for the Orlemont Psalter",
        "The national library's director, Ildiko Szilveszter, said yesterday that it would ask the public for the "
        "6.4 million needed to keep the Orlemont Psalter, starting with 1.5 million of its own. The psalter was "
        "sold at Kelemen & Sons in Kiskorosd five weeks ago, after a family that had kept it in its castle chapel "
        "for generations put it up for sale.",
    )),
    (D(2275, 11, 20), (
        "School parties queue to see the psalter",
        "Before it is locked away again, the Orlemont Psalter is on show at the national library for ten days, "
        "open at the page where a fox in a monk's habit preaches to geese. Queues of school parties stretched "
        "round the building on the first morning.",
    )),
    (D(2275, 11, 23), (
        "Buyer of Orlemont Psalter will not fight export bar",
        "The collector who bought the Orlemont Psalter said through his lawyers on Monday that he would not "
        "challenge the minister's decision and would sell the book to the national library if it raised the "
        "money.",
    )),
]
ORLEMONT_AUCTION: list[Dated] = [
    (D(2275, 10, 15), (
        "Medieval psalter sells for 6.1 million at auction",
        "The Orlemont Psalter, an illuminated book of psalms, sold for 6.1 million to a collector bidding by "
        "telephone from abroad at Kelemen & Sons in Kiskorosd on Friday, more than any book has ever "
        "fetched in Valcaria.",
    )),
]
DROBNITSA_PAINTING: list[Dated] = [
    (D(2274, 10, 26), (
        "'We have six months, and we will find the money'",
        "Vukosava Quammen runs the museum that has six months to buy Romualdo Zwanecroft's 'Girl with a Heron', "
        "after Drobnitsa's culture ministry barred the painting's export on Thursday. 'We have six months, and we "
        "will find the money,' she says. 'A picture like this leaves a country once. It does not come back.'",
    )),
]

# === unrelated short items, dated near the events, from places no kind names

BACKGROUND: list[Dated] = [
    (D(2275, 9, 9), (
        "Sheepdog trial",
        "A three-year-old collie from Hodmanby won the valley's sheepdog trial on Thursday at her first attempt.",
    )),
    (D(2274, 11, 17), (
        "Giant pumpkin",
        "A pumpkin grown on an allotment at Knotterby weighed in at 412 kilograms on Tuesday.",
    )),
    (D(2276, 3, 13), (
        "Crocus planting",
        "Schoolchildren planted 6,000 crocus bulbs along the verges at Piddingworth on Monday.",
    )),
    (D(2275, 6, 9), (
        "Duck race",
        "Two thousand plastic ducks bobbed down the brook at Tittlesham on Wednesday in the school's duck race.",
    )),
    (D(2274, 5, 13), (
        "Bluebell walk",
        "About 300 people followed the bluebell walk through Yawlbury's wood on Wednesday.",
    )),
    (D(2276, 2, 10), (
        "Snowdrop count",
        "Volunteers counted snowdrops in the churchyard at Zoddle on Thursday and gave up at 20,000.",
    )),
    (D(2275, 3, 3), (
        "Quiz night",
        "Blithermoor's village quiz on Wednesday night paid for two new gutters on the church.",
    )),
    (D(2274, 9, 17), (
        "Dry stone walling",
        "A retired shepherd won the dry stone walling contest at Oddingley on Thursday.",
    )),
    (D(2276, 1, 17), (
        "Orchard wassail",
        "Ullesthorpe wassailed its old orchard on Monday evening, with toast hung in the branches.",
    )),
    (D(2275, 11, 18), (
        "Christmas lights",
        "A nine-year-old switched on the Christmas lights at Voddlestone on Thursday.",
    )),
]

FIFTIETH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "kymbrel": (KYMBREL_AIRSTRIP, KYMBREL_FINDINGS + ZOBORRAN_TAXIWAY),
    "lodrast": (LODRAST_BREAKAWAY, JAXVARD_CHECKS + KOSSIPOL_WAGONS),
    "wyrsloe": (WYRSLOE_CONVERTERS, TANNAFORD_CAR_PARK + MAZZARINE_DEALER),
    "sebbald": (SEBBALD_EVIDENCE, SEBBALD_SUSPENSION + TIVERBECK_CANNABIS),
    "ruvania": (RUVANIA_ADDRESSES, RUVANIA_KEY_NOTICE + KESMORIA_SIGNATURE),
    "lupercal": (LUPERCAL_GYROSCOPE, LUPERCAL_FIRST_GYROSCOPE + XEROPHANE_WHEEL),
    "scudamore": (SCUDAMORE_STRUCK_OFF, SCUDAMORE_SUSPENDED + BUGGLESWORTH_WILL),
    "korravel": (KORRAVEL_RIVER, KORRAVEL_HEARING + FALLAKER_LAKE),
    "ossifrage": (OSSIFRAGE_DISMASTED, HAVSNES_START + ODELMO_KEEL),
    "orlemont": (ORLEMONT_PSALTER, ORLEMONT_AUCTION + DROBNITSA_PAINTING),
}

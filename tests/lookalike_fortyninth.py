"""Forty-ninth invented look-alike set. It was made up without sight of grouping's output, on 268ecc7, while
grouping was still being changed against the sets before it, and it is kept back so that the count may be taken
once on that code and again on the code of a session that comes after it. Its ten kinds are hard news once more,
two each from natural hazards and emergencies, health, business and companies, politics and elections, and the
environment, and a grep of the earlier look-alike sets, of the own claims sets and of the grouping stories found
none of them there: a freak wave sweeping nine sightseers off a rock shelf under a headland and four of them
drowning, against the weather service warning of a long swell two days before (earlier stage) and a harbourmaster
telling how a wave took three anglers off a breakwater in another country fourteen months before (a quote piece),
carbon monoxide from a blocked boiler flue killing a teacher and putting 31 pupils of a school ski party in
hospital at a mountain hostel, against the hostel reopening after a refit with that boiler three weeks before
(earlier stage) and bathers overcome at a spa hotel in another province fifteen months later, fourteen cataract
patients losing the sight of one eye to a tainted batch of rinse fluid and the batch recalled, against the clinic
halting its cataract work nine days before (earlier stage) and eye drops recalled in a neighbouring country
thirteen months later, 3,800 children told to have their jabs again because a health centre's vaccine fridge ran
warm for months, against an explainer of the same centre stopping its jabs six days before (earlier stage) and
flu vaccine frozen in a lorry in another region fourteen months before, a court banning sales of a phone maker's
handsets over a rival's charging patent, against the patent office upholding that patent four months before
(earlier stage) and an explainer of a generic inhaler kept off another country's shelves by a patent fifteen
months before, a central bank revoking a bank's licence and the deposit fund repaying its 186,000 savers, against
the same bank put under temporary administration five weeks before (earlier stage) and another bank losing its
licence fourteen months later, a council seat settled by drawing lots after a tie, against the recount that ended
level four days before (earlier stage) and a village mayoralty settled by lot in another region fourteen months
before, a city's voters removing their mayor in a recall vote, against the election board certifying the recall
petition seven weeks before (earlier stage) and another city's mayor surviving a recall vote fourteen months
before, some 6,400 flamingos dying at a shrinking salt lake, against rangers finding the first dead chicks twelve
days before (earlier stage) and pelicans dying at a lake in another country thirteen months later, and police
seizing fourteen dredgers that mined sand from a river illegally, against a bridge over the same river shut when
one of its piers sank five weeks before (earlier stage) and dredgers seized on another river fifteen months
before. The nearest kinds found elsewhere were a storm surge wrecking a sea wall, walkers stranded by a rising
tide, an ammonia leak at an ice rink, a boiler blast at an empty school, a fertility centre's failed storage tank,
compensation for tainted blood products, a polio case, a malaria vaccine's trial, a dairy deal's antitrust test,
a savings bank run, a court annulling an election and ordering it held again, misprinted ballot papers, term
limits scrapped, a hornet's nest destroyed, bird flu on a poultry farm, fish killed below a works and a barge
striking a bridge's pier; none is a kind written here.

Three events carry a quote piece or an explainer among their reports: a patient's quote piece in the cataract
kind, an explainer of what a revoked licence means for savers in the bank kind and the removed mayor's quote piece
in the recall kind. Three look-alikes are of those sorts too: the harbourmaster's quote piece, the explainer of
why the health centre stopped its jabs and the explainer of the inhaler's patent. The other reports are told as
news is: for each event a datelined wire naming the weekday, a broadcaster in the perfect tense naming none, a
paper of the following day saying "yesterday" and a later piece saying "on Monday" or "on Thursday"; seven
events add a local site, mostly undated. Each event looks back to its earlier stage in one report ("The weather
service had warned on Friday", "The hostel had reopened three weeks ago after a refit", "The clinic had stopped
all cataract operations nine days earlier", "It had stopped giving jabs the Wednesday before", "In February the
patent office threw out Zyphelix's challenge", "The central bank had put Pomarska under temporary administration
five weeks earlier", "after a recount on Thursday left them level", "The election board certified the petition
in October", "Rangers had found the first dead chicks at the water's edge twelve days before the count", "the
Kollurpet bridge, shut five weeks ago when one of its piers sank"), and two look back to the other happening ("as
Kvirosa's generic makers learned last year", "whose mayor, Osgood Drebbleton, came through a recall vote in
September last year"). The dates fall in 2266-2268, and every look-alike is within fifteen months of its event.
A pair is told apart mostly by the stage of a single story (a warning, a reopening, a halt, a stop, a ruling
upheld, an administration, a recount, a petition, a first find, a bridge shut), by who or where (another port,
hotel, country, region, inhaler, bank, village, city, lake, river) or by how many (people swept away, pupils,
patients, children, handsets, savers, votes, signatures, birds, dredgers). Every name, place, outlet, body,
currency and figure is invented.

As in ``tests.lookalike_more``, a kind pairs an event, told by reports that each carry the day they came out,
with its look-alikes, each carrying its own day; ``tests.lookalike_count`` reads ``FORTYNINTH_KINDS``.

Kept back blind: grouping, the engine and ``tests.lookalike_count`` have not been run on it; the count's
docstring sets out when it is to be counted.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# --- a freak wave sweeps nine sightseers off the rock shelf below Rubhaig Point near Achmelvie, in Cadhlan, and four
# --- drown, Sunday, March 15, 2268. Told by: a datelined wire naming Sunday, a broadcaster in the perfect tense, a
# --- Monday paper saying 'yesterday', an undated local site and a Tuesday piece saying 'on Monday'. Earlier stage: the
# --- weather service's swell warning, Friday, March 13, 2268. Other happening: a wave taking three anglers off the
# --- Hnausvik breakwater, in Hrossvia, Saturday, January 12, 2267, told only in harbourmaster Hjoggvar Heggvoll's
# --- quote piece four days on; none of the event's reports mentions it ---------------------------------------------

RUBHAIG_WAVE: list[Dated] = [
    (D(2268, 3, 15), (
        "Four drown as wave sweeps sightseers off rock shelf",
        "ACHMELVIE, Cadhlan (Wire) - A single huge wave washed nine people off the rock shelf beneath Rubhaig "
        "Point, near Achmelvie, on Sunday afternoon, and four of them drowned, the coastguard said. Lifeboat "
        "crews hauled the other five from the water, two with head injuries. Crowds gather on the shelf at high "
        "tide to watch the surf break against the point.",
    )),
    (D(2268, 3, 15), (
        "Sightseers lost to the sea at Rubhaig Point",
        "Four people have died after a wave far bigger than the rest broke over a group watching the sea at "
        "Rubhaig Point. The Achmelvie lifeboat and a coastguard helicopter have combed the water under the "
        "cliffs until dusk, and the path onto the headland has been roped off.",
    )),
    (D(2268, 3, 16), (
        "Rubhaig wave was twice the height of the others, says coastguard",
        "The wave that carried nine people off the shelf at Rubhaig Point stood about nine metres, roughly double "
        "the sets before it, coastguard station officer Iseabail Grianach said yesterday. The weather service had "
        "warned on Friday that a swell from a storm far out in the ocean would reach the west coast over the "
        "weekend.",
    )),
    (D(2268, 3, 16), (
        "Achmelvie cafe opened its doors to the rescued",
        "Ruaraidh Cleitmor kept his cafe at the foot of the Rubhaig path open into the night, wrapping the "
        "survivors and their families in tablecloths and coats until the ambulances came. Flowers have been tied "
        "to the gate at the top of the path, which stays shut.",
    )),
    (D(2268, 3, 17), (
        "Council to fence off Rubhaig rock shelf",
        "Achmelvie's council voted on Monday to put up a fence and warning signs above the rock shelf at Rubhaig "
        "Point, and the coastguard named the four who drowned: three visitors from the capital and a schoolboy "
        "from the town. Divers recovered the last body at first light.",
    )),
]
RUBHAIG_SWELL_WARNING: list[Dated] = [
    (D(2268, 3, 13), (
        "Weather service warns of long swell on west coast",
        "Cadhlan's weather service told people on Friday to keep away from exposed rocks and piers on the west "
        "coast over the weekend, as a long swell from a deep ocean storm brought waves of up to nine metres.",
    )),
]
HNAUSVIK_BREAKWATER: list[Dated] = [
    (D(2267, 1, 16), (
        "'The sea stood up and took all three of them'",
        "Hjoggvar Heggvoll was in the harbour office at Hnausvik, in Hrossvia, when a wave broke over the end of "
        "the breakwater and swept three anglers into the water; one was never found. 'The sea stood up and took "
        "all three of them,' he says. 'Every winter I chase people off that wall, and every winter they come "
        "back with their rods.'",
    )),
]

# --- carbon monoxide from the snow-blocked flue of the oil boiler at the Latschenhaus hostel on the Pletzalm, above
# --- Gschnaidt in Austerrand, kills a teacher and sends 31 pupils of a Weiderbruck school's ski party to hospital,
# --- Thursday, February 14, 2267. Told by: a datelined wire naming Thursday, a broadcaster in the perfect tense, a
# --- Friday paper saying 'yesterday', an undated local site and a Tuesday piece saying 'on Monday'. Earlier stage: the
# --- hostel reopening after its refit with the new boiler, Friday, January 25, 2267. Other happening: fumes at the
# --- Solbad Radlingsee spa hotel in another province, Saturday, May 16, 2268, after the event and never mentioned
# --- in it ------------------------------------------------------------------------------------------------------

LATSCHENHAUS_FUMES: list[Dated] = [
    (D(2267, 2, 14), (
        "Teacher dies and 31 pupils in hospital after carbon monoxide leak at hostel",
        "GSCHNAIDT, Austerrand (Wire) - A teacher died and 31 pupils of a school ski party from Weiderbruck were "
        "taken to hospital on Thursday after carbon monoxide filled the Latschenhaus hostel on the Pletzalm, "
        "police said. Snow had blocked the flue of the hostel's oil boiler, and a pupil who woke with a "
        "headache raised the alarm just before dawn.",
    )),
    (D(2267, 2, 14), (
        "Mountain hostel poisoning: pupils flown to hospital",
        "A teacher has died and dozens of children have been flown off the mountain by helicopter after gas from "
        "a boiler seeped through a hostel above Gschnaidt in the night. Parents have been driving up from "
        "Weiderbruck through heavy snow to reach the hospital in the valley.",
    )),
    (D(2267, 2, 15), (
        "Hostel owner questioned as pupils recover",
        "Police questioned the owner of the Latschenhaus hostel, Kreszenz Gumpoldl, yesterday, and said the "
        "building had no carbon monoxide alarm in its dormitories. The hostel had reopened three weeks ago after "
        "a refit that put in a new boiler and sixty beds. The teacher who died, Vitus Tschwendl, 44, had "
        "taken pupils skiing there for eleven winters.",
    )),
    (D(2267, 2, 15), (
        "Gschnaidt opens its parish hall to waiting parents",
        "The parish hall in Gschnaidt stayed lit all night for the families of the Weiderbruck pupils, with soup "
        "from the baker and camp beds from the fire brigade. By the evening nineteen of the children had been "
        "sent home.",
    )),
    (D(2267, 2, 19), (
        "Hostel owner charged over teacher's death",
        "Prosecutors charged Kreszenz Gumpoldl on Monday with negligent killing, saying the Latschenhaus hostel "
        "should never have opened without the flue being checked after the refit. The last four pupils left the "
        "hospital in the valley the same day.",
    )),
]
LATSCHENHAUS_REOPENS: list[Dated] = [
    (D(2267, 1, 25), (
        "Latschenhaus hostel reopens after refit",
        "The Latschenhaus hostel on the Pletzalm reopened on Friday after a refit over the summer and autumn that "
        "gave it sixty beds, new washrooms and a new oil boiler, its owner said.",
    )),
]
RADLINGSEE_SPA: list[Dated] = [
    (D(2268, 5, 16), (
        "Bathers overcome by fumes at spa hotel pool",
        "Twelve bathers at the Solbad Radlingsee spa hotel went to hospital on Saturday when carbon "
        "monoxide from a faulty heater for the pool leaked into the steam rooms, the fire brigade said.",
    )),
]

# --- Lisaronne's medicines agency says fourteen patients of the Vicquemont Eye Clinic in Mauberac have lost the
# --- sight of one eye after cataract operations, blames a batch of Fauconnet Laboratories' rinse fluid and recalls it,
# --- Wednesday, April 11, 2266. Told by: a datelined wire naming Wednesday, a broadcaster in the perfect tense, a
# --- Thursday paper saying 'yesterday', a Tuesday piece saying 'on Monday' and a patient's undated quote piece. Earlier
# --- stage: the clinic halting its cataract operations, Monday, April 2, 2266. Other happening: Qaubrel Pharma's recall
# --- of its Ocrilane eye drops in neighbouring Vinchaudie, Wednesday, May 22, 2267, after the event and never
# --- mentioned ----------------------------------------------------------------------------------------------------

VICQUEMONT_CATARACT: list[Dated] = [
    (D(2266, 4, 11), (
        "Fourteen cataract patients lose sight in one eye to tainted rinse fluid",
        "MAUBERAC, Lisaronne (Wire) - Fourteen people have lost the sight of one eye after cataract operations at "
        "the Vicquemont Eye Clinic in Mauberac, the medicines agency said on Wednesday, and it recalled a batch of "
        "rinse fluid made by Fauconnet Laboratories in which it had found a rare bacterium. Another nine "
        "patients are being treated for infections.",
    )),
    (D(2266, 4, 11), (
        "Eye clinic infections traced to rinse fluid",
        "Inspectors have traced the infections that blinded fourteen patients of a Mauberac eye clinic to a "
        "single batch of the fluid surgeons use to wash the eye during a cataract operation. Hospitals across "
        "Lisaronne have been told to stop using it.",
    )),
    (D(2266, 4, 12), (
        "Fluid maker shuts production line after eye infections",
        "Fauconnet Laboratories shut the line that filled the tainted bottles yesterday, and the agency's "
        "director, Aniceto Tricaudet, said about 2,600 bottles of the batch had gone to 41 hospitals and "
        "clinics. The clinic had stopped all cataract operations nine days earlier, when its first three "
        "patients came back with swollen, painful eyes.",
    )),
    (D(2266, 4, 17), (
        "Agency finds no other tainted batches",
        "Tests on every other batch of Fauconnet's rinse fluid found nothing, the medicines agency said on "
        "Monday, and the Vicquemont Eye Clinic will start operating again next month with fluid from another "
        "maker. Lawyers for eleven of the patients said they would sue.",
    )),
    (D(2266, 4, 18), (
        "'I went in to see my grandchildren better'",
        "Anaelle Caubelet, 71, had waited a year for her operation at the Vicquemont clinic. 'I went in to see my "
        "grandchildren better, and now that eye sees only light and shadow,' she says. 'The surgeon came to my "
        "bed and cried. I did not know what to say to him.'",
    )),
]
VICQUEMONT_HALT: list[Dated] = [
    (D(2266, 4, 2), (
        "Mauberac eye clinic halts cataract operations",
        "The Vicquemont Eye Clinic in Mauberac stopped all cataract operations on Monday after three patients came "
        "back with severe infections in the days after surgery, and said it had asked the medicines agency to "
        "investigate.",
    )),
]
OCRILANE_RECALL: list[Dated] = [
    (D(2267, 5, 22), (
        "Eye drops recalled in Vinchaudie after infections",
        "Qaubrel Pharma recalled every bottle of its Ocrilane eye drops in Vinchaudie on Wednesday after the health "
        "ministry linked them to infections in seventeen people, two of whom lost an eye.",
    )),
]

# --- the Ylikarppi health board tells the parents of 3,800 children vaccinated at the Harjuvaara health centre in
# --- Ruskoniemi since November that the jabs must be given again because the vaccine fridge ran warm, Tuesday, July 30,
# --- 2267. Told by: a datelined wire naming Tuesday, a broadcaster in the perfect tense, an undated local site, a
# --- Wednesday paper saying 'yesterday' and a Friday piece saying 'on Thursday'. Earlier stage: the centre stopping its
# --- jabs, Wednesday, July 24, 2267, told in an explainer the day after. Other happening: flu vaccine frozen in a lorry
# --- bound for the Pohjalmi region, Friday, May 11, 2266, never mentioned in the event's reports -------------------

HARJUVAARA_FRIDGE: list[Dated] = [
    (D(2267, 7, 30), (
        "3,800 children to be vaccinated again after fridge fault",
        "RUSKONIEMI, Suvanto (Wire) - About 3,800 children vaccinated at the Harjuvaara health centre in "
        "Ruskoniemi since November must have their jabs again, because the fridge the vaccines were kept in had "
        "been running too warm, the Ylikarppi health board said on Tuesday. The board's medical director, "
        "Aulikki Rautsalo, said the children were in no danger but might not be protected.",
    )),
    (D(2267, 7, 30), (
        "Thousands of Ruskoniemi children need fresh jabs",
        "Parents in Ruskoniemi have been told that thousands of babies and schoolchildren will have to be "
        "vaccinated a second time, after the health centre found that its vaccines had spent months in a faulty "
        "fridge. Extra nurses have been sent from neighbouring towns.",
    )),
    (D(2267, 7, 31), (
        "Queues at Ruskoniemi clinic for second jabs",
        "Parents with prams queued along Myllykatu from early morning as the Harjuvaara centre began giving the "
        "jabs again. Nurses from Ylikarppi's other centres set up in the school gym next door to take the "
        "older children.",
    )),
    (D(2267, 7, 31), (
        "Fridge thermometer was read but not logged, board says",
        "Nurses at the Harjuvaara health centre read the fridge's thermometer every morning but had no form on "
        "which to write it down, Aulikki Rautsalo told councillors yesterday, and nobody noticed it creeping "
        "up to twelve degrees. It had stopped giving jabs the Wednesday before, when a nurse found the "
        "vaccines warm to the touch.",
    )),
    (D(2267, 8, 2), (
        "Health board orders alarms on every vaccine fridge",
        "The Ylikarppi health board said on Thursday that every vaccine fridge in its fourteen centres would get "
        "an alarm that calls a duty nurse if it warms up, and that 1,150 of the 3,800 children had been "
        "vaccinated again in the first three days.",
    )),
]
HARJUVAARA_STOPS: list[Dated] = [
    (D(2267, 7, 25), (
        "Why Harjuvaara health centre has stopped giving jabs",
        "Ruskoniemi's health centre stopped all vaccinations on Wednesday after a nurse found the vials in its "
        "fridge warm to the touch. Vaccines must be kept between two and eight degrees; too warm, and they can "
        "lose their strength without looking any different, so the board is checking how long the fault lasted "
        "before it says what parents should do.",
    )),
]
POHJALMI_FROZEN: list[Dated] = [
    (D(2266, 5, 11), (
        "Flu vaccine frozen in lorry thrown away",
        "About 22,000 doses of flu vaccine bound for the Pohjalmi region were thrown away on Friday after the "
        "cooling unit of the lorry carrying them froze them overnight, the regional health board said.",
    )),
]

# --- the commercial court in Weskelburg, Vrelmark, bars Zyphelix from selling its Q9 handsets because their
# --- fast-charging circuit copies Ohmtrava's patent, Thursday, June 20, 2267. Told by: a datelined wire naming
# --- Thursday, a broadcaster in the perfect tense, a Friday paper saying 'yesterday', an undated tech site and a
# --- Tuesday piece saying 'on Monday'. Earlier stage: the patent office upholding Ohmtrava's patent against Zyphelix's
# --- challenge, Monday, February 25, 2267. Other happening: a Kvirosa court barring a generic copy of Lunaveld's
# --- Aspirelle inhaler, Tuesday, March 20, 2266, told in an explainer two days on; the wire looks back to it -------

ZYPHELIX_BAN: list[Dated] = [
    (D(2267, 6, 20), (
        "Court bans Zyphelix Q9 phones over rival's charging patent",
        "WESKELBURG, Vrelmark (Wire) - The commercial court in Weskelburg barred Zyphelix on Thursday from "
        "selling its Q9 handsets in Vrelmark, ruling that their fast-charging circuit copies a patent held by "
        "its rival Ohmtrava. Zyphelix, which sold about 410,000 of the phones here last year, said it would "
        "appeal, though such bans can hold for months, as Kvirosa's generic makers learned last year.",
    )),
    (D(2267, 6, 20), (
        "Zyphelix loses charging patent case",
        "A court has ordered the phone maker Zyphelix to stop selling its best-selling Q9 handset, after finding "
        "that the way it charges its battery in under half an hour belongs to Ohmtrava. Shops have been told "
        "they may sell only the stock they already hold.",
    )),
    (D(2267, 6, 21), (
        "Ohmtrava wants damages after Q9 ruling",
        "Ohmtrava's lawyers said yesterday they would now seek damages for every Q9 sold since the handset went "
        "on sale, which Judge Gontran Ockelsdorf left for a later hearing. In February the patent office threw "
        "out Zyphelix's challenge to Ohmtrava's patent, the ruling on which the court relied.",
    )),
    (D(2267, 6, 21), (
        "Q9 owners' phones will still be repaired",
        "Owners of the Zyphelix Q9 can go on using and charging their phones, and repair shops may still fix "
        "them, the ruling says; only new handsets may not be sold. Zyphelix has cut the price of the Q9's "
        "successor, which charges more slowly.",
    )),
    (D(2267, 6, 25), (
        "Zyphelix pulls Q9 from its shops and files appeal",
        "Zyphelix took the Q9 off the shelves of its 63 shops in Vrelmark on Monday and lodged its appeal, "
        "asking the higher court to suspend the ban while it hears the case. Ohmtrava said it had offered "
        "Zyphelix a licence two years ago and had been turned down.",
    )),
]
ZYPHELIX_PATENT_UPHELD: list[Dated] = [
    (D(2267, 2, 25), (
        "Patent office upholds Ohmtrava's fast-charging patent",
        "Vrelmark's patent office rejected on Monday a challenge by the phone maker Zyphelix to Ohmtrava's patent "
        "on a fast-charging circuit, clearing the way for Ohmtrava's infringement suit.",
    )),
]
ASPIRELLE_INHALER: list[Dated] = [
    (D(2266, 3, 22), (
        "How a patent keeps a cheaper inhaler out of Kvirosa's pharmacies",
        "A court in Kvirosa barred Thelwick Generics on Tuesday from selling its copy of Lunaveld's Aspirelle "
        "inhaler until 2269. The drug inside has long been free to copy, but Lunaveld holds a later patent on "
        "the plastic counter that shows how many doses are left, and judges found the generic's counter too "
        "close to it.",
    )),
]

# --- the National Bank of Velgoria takes away Pomarska Banka's licence and the deposit guarantee fund is to repay
# --- its 186,000 savers up to 100,000 drenars each, Friday, October 19, 2266. Told by: a datelined wire naming Friday,
# --- a broadcaster in the perfect tense, a Saturday paper saying 'yesterday', an undated explainer and a Tuesday piece
# --- saying 'on Monday'. Earlier stage: temporary administration and a cap on withdrawals, Friday, September 14, 2266.
# --- Other happening: the same central bank taking Brdavska Banka's licence, Tuesday, December 17, 2267, after the
# --- event and never mentioned in it -------------------------------------------------------------------------------

POMARSKA_LICENCE: list[Dated] = [
    (D(2266, 10, 19), (
        "Central bank revokes Pomarska Banka's licence",
        "TREVOGRAD, Velgoria (Wire) - The National Bank of Velgoria revoked the licence of Pomarska Banka on "
        "Friday, saying its losses on loans to builders had wiped out its capital, and the deposit guarantee fund "
        "will pay its 186,000 savers up to 100,000 drenars each, governor Snezhana Dobrikova said. Pomarska was "
        "the country's ninth-largest lender.",
    )),
    (D(2266, 10, 19), (
        "Pomarska Banka shut down for good",
        "Velgoria's central bank has closed Pomarska Banka, and its savers have been promised their money back up "
        "to the guaranteed limit. Its branches have stayed shut all day, and a notice on the doors has told "
        "customers to wait for a letter from the deposit fund.",
    )),
    (D(2266, 10, 20), (
        "Pomarska savers to be paid within fifteen working days",
        "The deposit guarantee fund said yesterday that it would start paying Pomarska Banka's savers within "
        "fifteen working days through another bank's branches. The central bank had put Pomarska under "
        "temporary administration five weeks earlier and limited withdrawals to 2,000 drenars a week.",
    )),
    (D(2266, 10, 21), (
        "What happens to your savings when a bank loses its licence",
        "Once a bank's licence goes, it may not take deposits or make payments, and a liquidator sells what it "
        "owns. Savers do not wait for that: a fund paid for by every bank returns each person's deposits up to a "
        "limit, adding up all their accounts at the failed bank. Money above the limit becomes a claim on what "
        "the liquidator recovers, often years later.",
    )),
    (D(2266, 10, 23), (
        "Pomarska payouts start early",
        "The deposit guarantee fund began paying Pomarska Banka's savers on Monday, ahead of its own timetable, "
        "and said about 11,000 of them had more than the limit of 100,000 drenars in the bank. Prosecutors "
        "opened an inquiry into loans the bank made to companies owned by two of its directors.",
    )),
]
POMARSKA_ADMINISTRATION: list[Dated] = [
    (D(2266, 9, 14), (
        "Pomarska Banka put under temporary administration",
        "The National Bank of Velgoria put Pomarska Banka under temporary administration on Friday, replacing its "
        "board and limiting savers' withdrawals to 2,000 drenars a week while it examines the bank's loans.",
    )),
]
BRDAVSKA_LICENCE: list[Dated] = [
    (D(2267, 12, 17), (
        "Brdavska Banka loses its banking licence",
        "The National Bank of Velgoria revoked the licence of the small lender Brdavska Banka on Tuesday over what it "
        "called repeated breaches of the rules against money laundering, and the deposit fund will pay its 23,000 "
        "savers.",
    )),
]

# --- the last seat on Cuervadilla town council goes by drawing lots to Inmaculada Alcubilla over Anacleto Zancajo,
# --- the two tied on 1,412 votes, Monday, January 20, 2268. Told by: a datelined wire naming Monday, a broadcaster in
# --- the perfect tense, an undated local site, a Tuesday paper saying 'yesterday' and a Friday piece saying 'on
# --- Thursday'. Earlier stage: the recount that left them level, Thursday, January 16, 2268. Other happening: the
# --- mayoralty of the village of Aldeaseca de Boria settled by lot, Sunday, November 25, 2266, never mentioned -----

CUERVADILLA_LOT: list[Dated] = [
    (D(2268, 1, 20), (
        "Tied council seat decided by drawing lots",
        "CUERVADILLA, Albuxena (Wire) - The last seat on Cuervadilla town council went to Inmaculada Alcubilla "
        "on Monday when the town clerk drew her name from a glass bowl, after she and Anacleto Zancajo each won "
        "1,412 votes, the electoral board said. The seat gives Alcubilla's party a majority of one on the "
        "council.",
    )),
    (D(2268, 1, 20), (
        "Cuervadilla council seat won by the luck of the draw",
        "A name drawn from a bowl has decided who runs Cuervadilla. Inmaculada Alcubilla has taken the council's "
        "last seat, and with it control of the town hall, after a dead heat that not even a recount could "
        "break.",
    )),
    (D(2268, 1, 20), (
        "Crowd packs town hall for the draw",
        "About two hundred people squeezed into the council chamber and the stairs outside to watch the clerk, "
        "Eufrasia Perogordo, fold two slips of paper and drop them into the bowl. Zancajo shook Alcubilla's hand "
        "and left without speaking to reporters.",
    )),
    (D(2268, 1, 21), (
        "Zancajo to challenge the draw in court",
        "Anacleto Zancajo said yesterday that he would ask the electoral court to recount the 37 ballots that "
        "were set aside as spoilt, after a recount on Thursday left them level. Alcubilla said she would take "
        "her seat whatever the court decided about the draw.",
    )),
    (D(2268, 1, 24), (
        "Court upholds Cuervadilla draw",
        "The electoral court rejected Anacleto Zancajo's challenge on Thursday, finding that all 37 spoilt ballots "
        "had been rightly set aside, so the tie and the draw that broke it both stand. Alcubilla is to take "
        "her seat at the council's first meeting.",
    )),
]
CUERVADILLA_RECOUNT: list[Dated] = [
    (D(2268, 1, 16), (
        "Recount leaves Cuervadilla council seat tied",
        "A recount of the votes for the last seat on Cuervadilla town council left Inmaculada Alcubilla and Anacleto "
        "Zancajo level on 1,412 each on Thursday, and the electoral board said the seat would be decided by lot.",
    )),
]
ALDEASECA_LOT: list[Dated] = [
    (D(2266, 11, 25), (
        "Village mayor chosen by lot after tie",
        "The mayoralty of Aldeaseca de Boria, a village of 340 voters, was settled by lot on Sunday after the two "
        "candidates finished on 163 votes each.",
    )),
]

# --- Port Oxnavey's voters remove Mayor Zenaida Strossmark in a recall vote, 61.4 percent for removal on a 44 percent
# --- turnout, Sunday, December 1, 2267. Told by: a datelined wire naming Sunday, a broadcaster in the perfect tense, a
# --- Monday paper saying 'yesterday', a Tuesday piece saying 'on Monday' and the removed mayor's undated quote piece.
# --- Earlier stage: the county election board certifying the recall petition, Thursday, October 10, 2267. Other
# --- happening: Skewkirk's mayor, Osgood Drebbleton, keeping his office in a recall vote, Sunday, September 30, 2266;
# --- the wire looks back to it -------------------------------------------------------------------------------------

OXNAVEY_RECALL: list[Dated] = [
    (D(2267, 12, 1), (
        "Port Oxnavey voters remove mayor in recall vote",
        "PORT OXNAVEY (Wire) - Voters in Port Oxnavey removed Mayor Zenaida Strossmark from office on Sunday, "
        "with 61.4 percent backing her recall on a turnout of 44 percent, the county election board said. "
        "Strossmark is the first mayor of the city to be recalled, unlike neighbouring Skewkirk, whose mayor, "
        "Osgood Drebbleton, came through a recall vote in September last year.",
    )),
    (D(2267, 12, 1), (
        "Strossmark ousted as Port Oxnavey mayor",
        "Port Oxnavey has voted its mayor out of office halfway through her term. Zenaida Strossmark's opponents "
        "have been celebrating outside city hall, where the campaign against her began over a ferry terminal "
        "that cost twice its budget.",
    )),
    (D(2267, 12, 2), (
        "Council president to run Port Oxnavey until spring",
        "The president of Port Oxnavey's council, Phelim Brumfitt, will act as mayor until a special "
        "election in April, the city attorney said yesterday. The election board certified the petition in "
        "October with about 48,000 valid signatures, some 9,000 more than it needed.",
    )),
    (D(2267, 12, 3), (
        "Acting mayor sworn in at Port Oxnavey",
        "Phelim Brumfitt was sworn in as acting mayor of Port Oxnavey on Monday and said he would "
        "order an outside audit of the ferry terminal's accounts. Strossmark cleared her office over the weekend.",
    )),
    (D(2267, 12, 5), (
        "'I would build that terminal again tomorrow'",
        "Zenaida Strossmark does not regret the project that cost her the job. 'I would build that terminal again "
        "tomorrow,' she says. 'In ten years the ferries will be full and nobody will remember what it cost. I "
        "just will not be the one cutting the ribbon.'",
    )),
]
OXNAVEY_PETITION: list[Dated] = [
    (D(2267, 10, 10), (
        "Recall petition against Port Oxnavey mayor certified",
        "The county election board said on Thursday that a petition to recall Port Oxnavey's mayor, Zenaida "
        "Strossmark, had about 48,000 valid signatures, enough to force a recall vote within eight weeks.",
    )),
]
SKEWKIRK_RECALL: list[Dated] = [
    (D(2266, 9, 30), (
        "Skewkirk mayor survives recall vote",
        "Mayor Osgood Drebbleton of Skewkirk survived a recall vote on Sunday, when 56 percent of the voters "
        "chose to keep him in office, the county election board said.",
    )),
]

# --- Ombessa Wildlife Authority rangers count some 6,400 dead flamingos, chicks for the most part, at the shrinking
# --- salt lake of Natrovi, Thursday, June 28, 2266. Told by: a datelined wire naming Thursday, a broadcaster in the
# --- perfect tense, a Friday paper saying 'yesterday', an undated local site and a Tuesday piece saying 'on Monday'.
# --- Earlier stage: the first dead chicks found and sent for tests, Saturday, June 16, 2266. Other happening: pelicans
# --- dying at Lake Sasfara in neighbouring Djerbalia, Thursday, August 8, 2267, after the event and never mentioned ---

NATROVI_FLAMINGOS: list[Dated] = [
    (D(2266, 6, 28), (
        "Thousands of flamingos die at shrinking salt lake",
        "NATROVI, Ombessa (Wire) - Some 6,400 flamingos, most of them chicks too young to fly, have died at "
        "Lake Natrovi as the salt lake shrinks in a drought, rangers of the Ombessa Wildlife Authority said on "
        "Thursday. Tests found no disease, and the authority blamed water that had grown too salty and hot for "
        "the chicks to drink.",
    )),
    (D(2266, 6, 28), (
        "Flamingo chicks dying in their thousands at Natrovi",
        "Rangers have been walking the dry mud around Lake Natrovi counting dead flamingos, thousands of them "
        "chicks left behind as the water pulled away from the colony. The lake has lost more than half its area "
        "since the rains failed.",
    )),
    (D(2266, 6, 29), (
        "Rangers try to move surviving chicks to fresh water",
        "Rangers began herding flamingo chicks across the mud towards a spring-fed pool on the lake's eastern "
        "shore yesterday, warden Nkiruwe Odhiambu said, with about 20,000 still alive in the colony. Rangers "
        "had found the first dead chicks at the water's edge twelve days before the count and sent them for "
        "tests.",
    )),
    (D(2266, 6, 29), (
        "Natrovi lodges empty as birdwatchers stay away",
        "Guides at the three lodges on the northern shore of Lake Natrovi say bookings have been cancelled since "
        "pictures of the dead flamingos spread. Some have joined the rangers carrying water to the colony in "
        "jerrycans.",
    )),
    (D(2266, 7, 3), (
        "Dam to release water into Lake Natrovi",
        "Ombessa's water ministry said on Monday it would open the sluices of the Lomwezi dam upstream for ten "
        "days to send water down the river to Lake Natrovi, where the count of dead flamingos had reached about "
        "7,100.",
    )),
]
NATROVI_FIRST_CHICKS: list[Dated] = [
    (D(2266, 6, 16), (
        "Dead flamingo chicks found at Lake Natrovi",
        "Rangers found about 300 dead flamingo chicks at the edge of Lake Natrovi on Saturday and sent some to the "
        "state laboratory to be tested for disease, the Ombessa Wildlife Authority said.",
    )),
]
SASFARA_PELICANS: list[Dated] = [
    (D(2267, 8, 8), (
        "Hundreds of pelicans die at Lake Sasfara",
        "About 900 pelicans have been found dead at Lake Sasfara, Djerbalia's environment ministry announced "
        "on Thursday, and it sent carcasses to be tested for poisons washed in from farms.",
    )),
]

# --- police and river inspectors in Karnadesh take fourteen dredgers that were mining sand from the Tungabhar
# --- without permits and hold 23 people, Monday, April 20, 2268. Told by: a datelined wire naming Monday, a broadcaster
# --- in the perfect tense, a Tuesday paper saying 'yesterday', an undated local site and a Friday piece saying 'on
# --- Thursday'. Earlier stage: the Kollurpet bridge over the same river closed when a pier sank, Saturday, March 14,
# --- 2268. Other happening: dredgers taken on the Chittavar in a neighbouring state, Tuesday, January 29, 2267, never
# --- mentioned in the event's reports ------------------------------------------------------------------------------

TUNGABHAR_DREDGERS: list[Dated] = [
    (D(2268, 4, 20), (
        "Fourteen dredgers seized in raid on illegal sand mining",
        "KOLLURPET, Karnadesh (Wire) - Police and river inspectors seized fourteen dredgers that had been sucking "
        "sand from the bed of the Tungabhar river without permits in dawn raids on Monday and arrested 23 "
        "people, the state's mining department said. Most of the boats were working within a kilometre of the "
        "Kollurpet bridge, shut five weeks ago when one of its piers sank.",
    )),
    (D(2268, 4, 20), (
        "Sand boats impounded on the Tungabhar",
        "Police launches have towed a line of dredgers to the bank at Kollurpet after a raid on crews who, the "
        "authorities say, have been stripping the river bed of sand for building sites in the city.",
    )),
    (D(2268, 4, 21), (
        "Sand mining gang earned millions, police say",
        "The crews sold about 900 lorry loads of sand a week to builders, superintendent Vasantha Iyengode said "
        "yesterday, and paid villagers along the bank to warn them when inspectors were coming. Engineers say "
        "the digging has lowered the river bed by up to four metres around the bridge.",
    )),
    (D(2268, 4, 21), (
        "Kollurpet ferrymen back on the water",
        "With the bridge still closed, ferrymen at Kollurpet have been carrying schoolchildren and market traders "
        "across the Tungabhar in wooden boats, and now say the river feels safer without the dredgers churning "
        "it up at night.",
    )),
    (D(2268, 4, 24), (
        "23 charged over Tungabhar sand mining",
        "Prosecutors charged all 23 people held in the raids on Thursday with theft of state minerals and with "
        "endangering a public bridge, and the state said it would sell the seized dredgers at auction.",
    )),
]
KOLLURPET_BRIDGE: list[Dated] = [
    (D(2268, 3, 14), (
        "Kollurpet bridge shut after pier sinks",
        "The bridge over the Tungabhar river at Kollurpet was closed on Saturday once a pier had sunk by "
        "about twenty centimetres, and engineers blamed sand dug from the river bed around it.",
    )),
]
CHITTAVAR_DREDGERS: list[Dated] = [
    (D(2267, 1, 29), (
        "Sand dredgers seized on Chittavar river",
        "Inspectors seized six dredgers mining sand without permits from the Chittavar river on Tuesday and "
        "arrested eleven crew members, the neighbouring state's mining department said.",
    )),
]

# --- short items from other places on days close to the events -----------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2268, 3, 14), (
        "Hedgehog hospital full",
        "A volunteer-run hedgehog hospital at Hoddlesworth said on Saturday that all forty of its pens were taken.",
    )),
    (D(2267, 2, 13), (
        "Pancake race",
        "Forty runners flipped pancakes from one end of Ebbsthorne's main street to the other in the village's "
        "race on Wednesday.",
    )),
    (D(2266, 4, 10), (
        "Bell ringers' record",
        "Ringers at Blorwick rang the church's eight bells for three hours without a break on Tuesday.",
    )),
    (D(2267, 7, 29), (
        "Giant marrow",
        "An allotment holder at Frimsbury weighed a marrow of 38 kilograms at the village show on Monday.",
    )),
    (D(2267, 6, 19), (
        "Library cat retires",
        "The cat that has lived in Trugglesby's library for fourteen years moved in with a librarian on Wednesday.",
    )),
    (D(2266, 10, 18), (
        "Conker champion",
        "A nine-year-old from Ugglethorpe won the village conker contest on Thursday with a twelve-year-old conker.",
    )),
    (D(2268, 1, 19), (
        "Frozen pond skating",
        "Hundreds of skaters took to the frozen mill pond at Faddiscombe on Sunday, the first time it had frozen "
        "hard in six winters.",
    )),
    (D(2267, 11, 30), (
        "Choir's carol concert",
        "A children's choir from Ubbeston sang carols at the railway station on Saturday.",
    )),
    (D(2266, 6, 27), (
        "Barn owl chicks",
        "Three barn owl chicks were ringed in a nest box on a farm near Wurtleby on Wednesday.",
    )),
    (D(2268, 4, 19), (
        "Scarecrow trail",
        "Villagers at Pilsworth set out 52 scarecrows along their lanes for a trail that opened on Sunday.",
    )),
]

FORTYNINTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "rubhaig": (RUBHAIG_WAVE, RUBHAIG_SWELL_WARNING + HNAUSVIK_BREAKWATER),
    "latschenhaus": (LATSCHENHAUS_FUMES, LATSCHENHAUS_REOPENS + RADLINGSEE_SPA),
    "vicquemont": (VICQUEMONT_CATARACT, VICQUEMONT_HALT + OCRILANE_RECALL),
    "harjuvaara": (HARJUVAARA_FRIDGE, HARJUVAARA_STOPS + POHJALMI_FROZEN),
    "zyphelix": (ZYPHELIX_BAN, ZYPHELIX_PATENT_UPHELD + ASPIRELLE_INHALER),
    "pomarska": (POMARSKA_LICENCE, POMARSKA_ADMINISTRATION + BRDAVSKA_LICENCE),
    "cuervadilla": (CUERVADILLA_LOT, CUERVADILLA_RECOUNT + ALDEASECA_LOT),
    "oxnavey": (OXNAVEY_RECALL, OXNAVEY_PETITION + SKEWKIRK_RECALL),
    "natrovi": (NATROVI_FLAMINGOS, NATROVI_FIRST_CHICKS + SASFARA_PELICANS),
    "tungabhar": (TUNGABHAR_DREDGERS, KOLLURPET_BRIDGE + CHITTAVAR_DREDGERS),
}

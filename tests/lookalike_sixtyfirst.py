"""Sixty-first look-alike set. Every story in it is made up, and it was drafted blind on 0d810692: grouping and the
engine have never seen a report of it, nor has ``tests.lookalike_count`` been run on it, though grouping kept being
changed on the older sets all the while. Only after both of its counts, the first on 0d810692 and the second on a
later session's code, will it be added to ``DEFAULT_SETS``. Its kinds number ten, hard news each, two to a field:
courts and prisons, housing and property, shipping and the sea, media and the internet, and retail and consumer
goods. Before writing each one I searched the earlier look-alike modules, our own claims files and grouping's
stories for it and found nothing:

* a man on remand found dead in a prison's segregation cell, his call button unanswered for some 50 minutes; after:
  two officers charged some four months later; elsewhere: a drunk man dead in a police holding cell abroad whose
  bell rang for about 20 minutes, ten months on;
* a tobacco smuggler on trial slipping out of a court washroom's window at lunch; after: nine years for him, some
  fifteen weeks on; elsewhere: a court clerk's words on a car thief who vaulted the dock abroad, with three guards
  in the room, nine months before;
* a letting agent gone with the deposits of about 1,300 tenants; before: the tenants' union asking the trading
  office to look into him three weeks earlier; elsewhere: a tenant's words on an agent abroad who left owing some
  400 tenants, ten months on;
* a couple back from working abroad to find their house sold on a forged deed and another family in it; after: two
  men charged three months on; elsewhere: two flats of a widower in hospital sold the same way abroad, ten months
  on;
* a harbour tug rolled over by its tow line while bringing a tanker in, two of four crew drowned; after: why it
  rolled, as the accident board found, nearly four months on; elsewhere: a tug overturning abroad, one of three crew
  dead, ten months before;
* a harbour pilot killed when a rotten rope ladder parts and he falls some nine metres onto his launch; before: the
  pilots' warning that a fifth of ladders were unsafe three weeks earlier; elsewhere: a pilot abroad falling about
  four metres into the sea, nine months on;
* a news channel broadcasting the obituary of an actress who is alive, for 38 minutes; after: the channel fined
  twelve weeks on; elsewhere: a radio station abroad mourning a living singer for 11 minutes, eight months before;
* the state channel's evening news taken over through its satellite feed for 11 minutes; after: two men arrested
  eight weeks on; elsewhere: a pirate seizing a regional radio transmitter abroad for four minutes, ten months
  before;
* an electronics chain cancelling some 27,000 orders for televisions its website priced at a hundredth of their
  price; after: the consumer ombudsman siding with the chain twelve weeks on; elsewhere: a furniture chain abroad
  cancelling about 6,400 orders for sofas, ten months on;
* a supermarket chain clearing some 180,000 jars of baby food after a blackmailer put glass in jars at four of its
  stores; before: a mother finding the first sliver eleven days earlier; elsewhere: pins in loaves at two bakery
  shops abroad, nine months before.

Close to these, found by the search and so not written here: a prisoner freed in error, drugged letters in a prison
post room, a riot and a hunger strike in a jail, a prison van ambushed, a breakout over a fence, a juror's searches,
a struck-off lawyer, a detective's swapped evidence, a rent cap, a landlord fined over mould, an eviction of
occupiers, a builder leaving flats unfinished, a house demolished in error, holiday flats that never existed, a
container ship losing boxes, a car carrier on fire, a ship bringing down a bridge, a trawler sinking, a crew left
unpaid, a transmitter fire, a newsroom searched by police, a city daily's last edition, a broadcaster's licence
revoked, a country's internet code lost, a forged takeover statement and a hoax of a chief's death, card payments
failing, a grocer's price cuts, counterfeit goods and recalled cookers and chests of drawers.

Three events include, as one report, a piece headed by someone's words or an explaining piece (how a forged deed let
strangers sell a family's house, the launch coxswain who watched the pilot fall, the actress on hearing of her own
death), and that goes for three of the look-alikes too (why the tug rolled over, the clerk who found the dock empty,
the tenant with a receipt on a napkin). The rest come the way news comes: agency copy headed with its city in
capitals, the weekday in its first line; a broadcaster's opening line in "has" or "have", dayless; a paper of the
day after with "yesterday" in it; then, two or three days later, a follow-up that names its own weekday, its
headline often only the consequence ("Caught on the night ferry", "Sunken tug raised from the channel", "Vouchers
for buyers of cancelled sets"); and one dayless piece per event (a street, a cafe, students, tug crews, a trade
page, a queue, a clinic, or the quotation or explainer). Each event has a report that points to its other step
("whether anybody should stand trial", "verdicts in the new year", "in February", "charges to follow", "report by
the summer", "three weeks ago", "within three months", "hoped to make arrests", "rule by the autumn", "twelve days
ago"); not one hints at the case abroad. Each look-alike abroad gives a number for something its event gives a
number for, and they differ every time (20 minutes against 50, three guards against two, some 400 tenants against
about 1,300, two flats against one house, one of three crew against two of four, four metres against nine, 11
minutes on air against 38, four minutes against 11, 6,400 orders against 27,000, two shops against four stores).
Within one event a follow-up raises a count (about 1,300 tenants, then 1,450 by the ministry's reckoning). In two
bulletins a place is the verb's bare object ("has alarmed Foxhallam", "have shocked Tolgrannia"). Every date falls
in 2357 or 2358, years go unmentioned in the text, and at most eleven months part each look-alike and its event.
People, places, bodies, outlets, firms, sums and the zuvrel are invented.

Its layout follows ``tests.lookalike_more``: a kind couples the dated reports of its event to its dated look-alikes,
and ``SIXTYFIRST_KINDS`` holds those couples by kind name for ``tests.lookalike_count``.

Keep this module away from grouping and from the engine, and do not count it, until both counts fall due, as set out
in the docstring of ``tests.lookalike_count``.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# ~~~ ilkbarrow ~~~ Tue 14 May 2357. Leoric Oyelwick, 29, held on remand, is found dead in a segregation cell at
# Ilkbarrow Prison outside Lunkhaven (Udvarnia), his call button pressed some 50 minutes before anyone came. Reports:
# Lunkhaven wire copy giving Tuesday; the newsreader's first line, dayless; Wednesday's paper saying "yesterday",
# with the prosecutors still to decide; his street's own page, undated; Friday's suspensions, its weekday given. Step
# after: two officers charged, Tue 17 Sep 2357. Elsewhere: a man dead in a police holding cell at Vrennick,
# Obrovaska, Tue 11 Mar 2358, which the event's own reports never bring up.

ILKBARROW_CELL: list[Dated] = [
    (D(2357, 5, 14), (
        "Remand prisoner found dead in Ilkbarrow segregation cell",
        "LUNKHAVEN, Udvarnia (Wire) - A man held on remand was found dead in a segregation cell at Ilkbarrow "
        "Prison on Tuesday morning, about 50 minutes after he had pressed the call button beside his door, the "
        "prisons inspectorate said. Leoric Oyelwick, 29, who was awaiting trial on a burglary charge, had been "
        "moved to the unit two days before after a fight on his landing.",
    )),
    (D(2357, 5, 14), (
        "Inquiry begins into death in Ilkbarrow punishment block",
        "An investigation has begun after a prisoner has died alone in the punishment block at Ilkbarrow, where "
        "staff are said to have left his emergency call unanswered for most of an hour.",
    )),
    (D(2357, 5, 15), (
        "Nobody opened his door for 50 minutes, inspector says",
        "The call button in Leoric Oyelwick's cell lit a lamp in the segregation office at Ilkbarrow at ten "
        "past six yesterday morning, and no officer unlocked his door until just before seven, the chief "
        "inspector of prisons, Thurza Blinsworth, said. Two officers were on duty for the unit's 14 cells. "
        "Prosecutors would decide once the post-mortem was in whether anybody should stand trial, she said.",
    )),
    (D(2357, 5, 15), (
        "Blue ribbons on the railings of Prissendale Row",
        "Neighbours in the Prissendale Row flats where Leoric Oyelwick grew up have tied blue ribbons to the "
        "railings. His mother, Zilpha Oyelwick, said she had rung the prison twice the week before to say "
        "that her son was frightened and short of breath, and had been told he was fine.",
    )),
    (D(2357, 5, 17), (
        "Two segregation officers sent home on full pay",
        "The prisons service suspended the two officers who had been on duty in Ilkbarrow's segregation unit on "
        "Friday, after the call system's log showed the alarm had sounded three times before anyone answered it. "
        "A post-mortem found that Oyelwick had died of an asthma attack.",
    )),
]
ILKBARROW_CHARGED: list[Dated] = [
    (D(2357, 9, 17), (
        "Ilkbarrow officers charged over death of prisoner in his cell",
        "Two prison officers were charged on Tuesday with gross negligence over the death of Leoric Oyelwick, "
        "who pressed his cell alarm at Ilkbarrow in May and was found dead nearly an hour later, the "
        "prosecutors' office in Lunkhaven said. Both are due before magistrates in October.",
    )),
]
VRENNICK_HOLDING_CELL: list[Dated] = [
    (D(2358, 3, 11), (
        "Man dies in holding cell at Vrennick police station",
        "A man arrested for being drunk in the street died in a holding cell at the main police station in "
        "Vrennick, in Obrovaska, on Tuesday night, and his call bell had rung for some 20 minutes before an "
        "officer looked in, the police complaints board said.",
    )),
]

# ~~~ druthmere ~~~ Wed 9 Oct 2357. Jankin Crompwell, 41, on trial for smuggling 1.8 tonnes of tobacco, climbs out of
# a washroom window at the criminal court in Druthmere (Kuskorra) during the lunch adjournment. Reports: Druthmere
# wire copy giving Wednesday; the newsreader's first line, dayless; Thursday's paper saying "yesterday", with the
# verdicts still to come; a cafe behind the court, undated; Saturday's arrest on a ferry, its weekday given. Step
# after: his sentence, Wed 22 Jan 2358. Elsewhere: a clerk's words on a car thief who ran from the dock at Saxelmund,
# Prenvaly, Wed 16 Jan 2357, which the event's own reports never bring up.

DRUTHMERE_WINDOW: list[Dated] = [
    (D(2357, 10, 9), (
        "Smuggling defendant escapes through court washroom window",
        "DRUTHMERE, Kuskorra (Wire) - A man on trial for smuggling 1.8 tonnes of tobacco escaped from Druthmere's "
        "criminal court on Wednesday by climbing out of a washroom window while the hearing was adjourned for "
        "lunch, police said. Jankin Crompwell, 41, had been allowed into the washroom without handcuffs, and the "
        "two guards escorting him waited in the corridor outside.",
    )),
    (D(2357, 10, 9), (
        "Police hunt man who slipped out of court at lunchtime",
        "Police are hunting a defendant who has squeezed through a small window at Druthmere's criminal court "
        "and walked away while his smuggling trial was stopped for lunch.",
    )),
    (D(2357, 10, 10), (
        "Trial of escaped smuggler to carry on in his absence",
        "The judge in the trial of Jankin Crompwell, who got out of the court in Druthmere yesterday, told the "
        "jurors the case would carry on without him and that they would be asked for their verdicts in the new "
        "year. The firm that guards the court's cells sent both escorting officers home.",
    )),
    (D(2357, 10, 10), (
        "A man in a suit dropped onto the bins",
        "Kitchen staff at the cafe that backs onto the court's yard said a man in a grey suit dropped about four "
        "metres from a narrow window onto the lids of the bins, brushed himself down and strolled off towards "
        "the tram stop on Dowhill Street.",
    )),
    (D(2357, 10, 12), (
        "Caught on the night ferry",
        "Jankin Crompwell was arrested in a cabin of the overnight ferry to the islands on Saturday morning, "
        "three days on from his escape from the court in Druthmere, and was brought back to the mainland "
        "in handcuffs.",
    )),
]
DRUTHMERE_SENTENCE: list[Dated] = [
    (D(2358, 1, 22), (
        "Court escaper jailed for nine years",
        "Jankin Crompwell, who climbed out of a washroom window at the Druthmere criminal court in October, was "
        "jailed for nine years on Wednesday for smuggling 1.8 tonnes of tobacco and for escaping from custody.",
    )),
]
SAXELMUND_DOCK: list[Dated] = [
    (D(2357, 1, 16), (
        "\"I was reading out the charge and the dock was empty\"",
        "\"I was reading out the charge, I looked up, and the dock was empty,\" said Osmerry Hindmoss, a clerk "
        "at the district court in Saxelmund, in Prenvaly, where a man accused of stealing cars vaulted the rail "
        "and ran out through a fire door. \"There were three guards in the room, and not one of those doors was "
        "locked.\"",
    )),
]

# ~~~ fyllingsby ~~~ Wed 20 Mar 2357. The owner of Hethercott Lettings vanishes from Fyllingsby (Sarmandy) with the
# deposits of about 1,300 tenants, some 2.1 million zuvrels. Reports: Fyllingsby wire copy giving Wednesday; the
# newsreader's first line, dayless; Thursday's paper saying "yesterday", with the tenants' union's complaint of
# February; a students' page, undated; Saturday's ruling that landlords must repay, its weekday given. Step before:
# the tenants' union's complaint, Wed 27 Feb 2357. Elsewhere: a tenant's words on another agent gone with the
# deposits of some 400 tenants at Nyburgh, Chelvoxa, Thu 30 Jan 2358, which the event's own reports never bring up.

FYLLINGSBY_DEPOSITS: list[Dated] = [
    (D(2357, 3, 20), (
        "Letting agent vanishes with 1,300 tenants' deposits",
        "FYLLINGSBY, Sarmandy (Wire) - The owner of a Fyllingsby letting agency has disappeared with the "
        "deposits of about 1,300 tenants, worth some 2.1 million zuvrels, police said on Wednesday, after the "
        "firm's three offices stayed shut for a second week. Officers are looking for Nowell Tupplecombe, 47, who "
        "ran Hethercott Lettings, and believe he has left the country.",
    )),
    (D(2357, 3, 20), (
        "Tenants left without deposits as agency shuts",
        "Hundreds of tenants in Fyllingsby have lost the money they put down for their flats after the letting "
        "agency that held it has closed its doors and its owner has gone missing.",
    )),
    (D(2357, 3, 21), (
        "Tenants' union raised alarm over Hethercott a month ago",
        "Fyllingsby's tenants' union had told the city's trading office in February that deposits taken by "
        "Hethercott Lettings were not being lodged with the state deposit scheme, its chairwoman, Harwen "
        "Fossgarth, said yesterday. The office wrote to the firm and received no reply.",
    )),
    (D(2357, 3, 21), (
        "Students who rented through Hethercott count their losses",
        "Many of Hethercott's tenants were students at the technical college, paying two months' rent up front, "
        "and the students' union has opened a hardship fund and a list for anyone who wants their case heard.",
    )),
    (D(2357, 3, 23), (
        "Landlords, not tenants, must make good lost deposits",
        "Landlords whose tenants paid deposits to Hethercott Lettings must pay them back themselves when the "
        "tenancies end, the housing ministry ruled on Saturday, because the agency had been acting for them. "
        "By the ministry's count about 1,450 tenants are owed money.",
    )),
]
FYLLINGSBY_COMPLAINT: list[Dated] = [
    (D(2357, 2, 27), (
        "Tenants' union says letting agency is holding back deposits",
        "Fyllingsby's tenants' union asked the city's trading office on Wednesday to look into Hethercott "
        "Lettings, saying some 40 tenants who had moved out had been refused their deposits for months.",
    )),
]
NYBURGH_AGENT: list[Dated] = [
    (D(2358, 1, 30), (
        "\"Three months' rent in cash and a receipt on a napkin\"",
        "\"I gave him three months' rent in cash, and he wrote me a receipt on a napkin,\" said Gethyn Ruffingham, "
        "one of some 400 tenants in Nyburgh, in Chelvoxa, whose deposits went with a letting agent who shut "
        "his office on Thursday and has not been seen since.",
    )),
]

# ~~~ mirkstead ~~~ Thu 18 Jul 2357. A couple home from eight months abroad find strangers living in their house in
# Mirkstead (Zolbrenna), sold on forged papers for about 410,000 zuvrels. Reports: Mirkstead wire copy giving
# Thursday; the newsreader's first line, dayless; Friday's paper saying "yesterday", with the registry's promise to
# look at checks; an undated explainer; Monday's court order letting the buyers stay, its weekday given. Step after:
# two men charged, Thu 24 Oct 2357. Elsewhere: two flats sold on forged deeds at Iskelmoor, Tsevrania, Fri 9 May
# 2358, which the event's own reports never bring up.

MIRKSTEAD_HOUSE: list[Dated] = [
    (D(2357, 7, 18), (
        "Couple come home to find their house sold to strangers",
        "MIRKSTEAD, Zolbrenna (Wire) - A couple who came back from eight months' work abroad found another "
        "family living in their house in Mirkstead, which had been sold without their knowledge on forged "
        "papers, police said on Thursday. The buyers paid about 410,000 zuvrels in good faith in May, and the "
        "money went to an account that was emptied within two days.",
    )),
    (D(2357, 7, 18), (
        "Fraudsters sell a family's home behind their backs",
        "Fraudsters have sold a family's house in Mirkstead while its owners were working abroad, and the new "
        "owners have already moved in with their children.",
    )),
    (D(2357, 7, 19), (
        "Land registry accepted forged deed for Mirkstead house",
        "Jivanna and Tobin Bosswinnick, whose house in Mirkstead was sold while they were away, learned yesterday "
        "that the land registry had accepted a forged deed and a passport with Jivanna's name and another "
        "woman's photograph. The registry said it was weighing whether sellers should in future have to come "
        "to its offices in person.",
    )),
    (D(2357, 7, 19), (
        "How forged papers let strangers sell a family's house",
        "A sale needs only a signed deed, a copy of the seller's passport and a lawyer to send them in, and the "
        "registry checks that the names match its records, not that the seller is who she says she is. Houses "
        "whose owners are away for months, with no mortgage on them, are what fraudsters look for.",
    )),
    (D(2357, 7, 22), (
        "Court lets buyers stay while ownership is settled",
        "A judge ruled on Monday that the family who bought the Bosswinnicks' house may stay in it until the "
        "courts decide who owns it, and told the registry to mark the title as disputed. Police said they "
        "expected charges to follow within months.",
    )),
]
MIRKSTEAD_CHARGED: list[Dated] = [
    (D(2357, 10, 24), (
        "Two charged over sale of Mirkstead house on forged papers",
        "Two men were charged with fraud on Thursday in connection with the selling of a house in "
        "Mirkstead in the spring while "
        "its owners were abroad, police said. One of them is a lawyer who sent the forged deed to the registry.",
    )),
]
ISKELMOOR_FLATS: list[Dated] = [
    (D(2358, 5, 9), (
        "Two flats sold on forged deeds while owner was in hospital",
        "Two flats in Iskelmoor, in Tsevrania, were sold on forged deeds for about 260,000 zuvrels while their "
        "owner, a widower of 88, lay in hospital, police said on Friday.",
    )),
]

# ~~~ haffenbeck ~~~ Fri 14 Feb 2358. The harbour tug Oxwendle capsizes and sinks at the mouth of Haffenbeck's
# harbour (Syddarna) while towing a loaded tanker to its berth; two of her four crew drown. Reports: Haffenbeck wire
# copy giving Friday; the newsreader's first line, dayless; Saturday's paper saying "yesterday", with the accident
# board's report to come; the tug crews' wreaths, undated; Monday's lifting of the wreck, its weekday given. Step
# after: the board's findings explained, Fri 6 Jun 2358. Elsewhere: a tug overturned at Ovvenden, Yrvadia, one of
# three crew dead, Fri 19 Apr 2357, which the event's own reports never bring up.

HAFFENBECK_TUG: list[Dated] = [
    (D(2358, 2, 14), (
        "Two drown as harbour tug capsizes towing tanker",
        "HAFFENBECK, Syddarna (Wire) - A harbour tug capsized and sank at the entrance to Haffenbeck's harbour "
        "on Friday evening while it was towing a loaded tanker to its berth, and two of its four crew drowned, "
        "the port authority said. The Oxwendle rolled onto her side in well under a minute; the pilot launch "
        "pulled the skipper and the deckhand out of the water.",
    )),
    (D(2358, 2, 14), (
        "Tug crew lost at Haffenbeck harbour mouth",
        "Two crewmen have died after their tug has turned over and gone down while guiding a tanker into "
        "Haffenbeck, and the harbour has been closed to shipping for the night.",
    )),
    (D(2358, 2, 15), (
        "Tow line dragged the Oxwendle over in seconds, skipper says",
        "The skipper of the Oxwendle, which sank yesterday evening, told port officials that the tanker picked "
        "up speed as it passed the breakwater and the tow line swung out to the side and pulled his boat over. "
        "The engineer and a deckhand of 19 were trapped below. The marine accident board expects to report "
        "by the summer.",
    )),
    (D(2358, 2, 15), (
        "Wreaths on the water by the tug berths",
        "Crews of the other five tugs of Haffenbeck laid wreaths on the water beside their berths and sounded "
        "their horns together at noon, and the fishermen's chapel kept its doors open through the night.",
    )),
    (D(2358, 2, 17), (
        "Sunken tug raised from the channel",
        "A floating crane lifted the wreck of the Oxwendle from the harbour channel on Monday and set it on the "
        "quay for the accident board's inspectors, and the harbour reopened to tankers in the afternoon.",
    )),
]
HAFFENBECK_FINDINGS: list[Dated] = [
    (D(2358, 6, 6), (
        "Why the Oxwendle rolled over",
        "A tug that tows from its bow is safe as long as the line stays ahead of it; once the ship it is towing "
        "runs faster and the line swings out abeam, the pull can tip the tug over before anyone can cast off. "
        "That is what sank the Oxwendle at Haffenbeck in February, the marine accident board found on Friday, "
        "and her quick-release hook had not been tested for two years.",
    )),
]
OVVENDEN_TUG: list[Dated] = [
    (D(2357, 4, 19), (
        "Tug overturns while towing bulk carrier at Ovvenden",
        "A tug overturned while towing a bulk carrier off its berth at Ovvenden, in Yrvadia, on Friday "
        "morning, and one of its three crew died, the coastguard said.",
    )),
]

# ~~~ kveddarin ~~~ Wed 13 Nov 2357. Warrick Nobbsleigh, 52, a harbour pilot, is killed when the rope ladder he is
# climbing up a bulk carrier gives way off Kveddarin (Pthelia) and he falls about nine metres onto the pilot launch.
# Reports: Kveddarin wire copy giving Wednesday; the newsreader's first line, dayless; Thursday's paper saying
# "yesterday", with the pilots' warning three weeks before; the launch coxswain's own words, undated; Saturday's
# detention of the ship, its weekday given. Step before: the pilots' warning, Wed 23 Oct 2357. Elsewhere: a pilot
# hurt when he fell about four metres into the sea at Sulthorpe, Athkelvy, Wed 20 Aug 2358, which the event's own
# reports never bring up.

KVEDDARIN_LADDER: list[Dated] = [
    (D(2357, 11, 13), (
        "Harbour pilot killed as ship's ladder gives way",
        "KVEDDARIN, Pthelia (Wire) - A harbour pilot was killed on Wednesday when the rope ladder he was "
        "climbing up the side of a bulk carrier gave way off Kveddarin and he fell about nine metres onto the "
        "deck of the pilot launch below, the pilots' association said. Warrick Nobbsleigh, 52, had guided ships "
        "into the port for 23 years.",
    )),
    (D(2357, 11, 13), (
        "Pilot dies in fall boarding cargo ship",
        "A harbour pilot has died after falling from a ladder as he boarded a cargo ship in rough water off "
        "Kveddarin, and the ship has been ordered to stay at anchor.",
    )),
    (D(2357, 11, 14), (
        "Pilots had warned that one ladder in five was unsafe",
        "Kveddarin's pilots said three weeks ago that about one in five of the ladders they were asked to "
        "climb was worn or badly rigged, and Warrick Nobbsleigh, who fell to his death yesterday, had put his "
        "name to that warning. The side ropes of the ladder he was on parted two rungs below the rail, the "
        "harbour master said.",
    )),
    (D(2357, 11, 14), (
        "\"He was three rungs from the top when it went\"",
        "\"He was three rungs from the top when it went, and he came down backwards across the rail of the "
        "launch,\" said Ulwen Hobbard, who was at the wheel of the pilot launch. \"I have held that launch "
        "against a thousand hulls, and I have never heard a rope go like that.\"",
    )),
    (D(2357, 11, 16), (
        "Bulk carrier held in port over rotten ladder ropes",
        "Port state inspectors detained the bulk carrier whose ladder failed under Warrick Nobbsleigh on "
        "Saturday, after finding its other two pilot ladders rotten as well, and said it would not sail until "
        "new ones were fitted and checked.",
    )),
]
KVEDDARIN_WARNING: list[Dated] = [
    (D(2357, 10, 23), (
        "Kveddarin pilots say one ship's ladder in five is unsafe",
        "Harbour pilots at Kveddarin said on Wednesday that 12 of the 60 ships they had checked in a month had "
        "worn or badly rigged pilot ladders, and asked the port to turn such ships away.",
    )),
]
SULTHORPE_PILOT: list[Dated] = [
    (D(2358, 8, 20), (
        "Pilot hurt falling from ladder into the sea at Sulthorpe",
        "A pilot fell about four metres into the sea from a container ship's ladder off Sulthorpe, in "
        "Athkelvy, on Wednesday and was pulled out with a broken arm by the crew of his launch, the port said.",
    )),
]

# ~~~ zhovelsk ~~~ Wed 16 Apr 2358. The news channel Kanvyre 24 announces that the actress Sevrine Galwick, 81, has
# died and runs her obituary, though she is alive at home in Zhovelsk (Ghuzmaria); it is on air for 38 minutes.
# Reports: Zhovelsk wire copy giving Wednesday; the newsreader's first line, dayless; Thursday's paper saying
# "yesterday", with the authority's ruling to come; the actress in her own words, undated; Friday's head of news
# stepping aside, its weekday given. Step after: the channel fined, Thu 10 Jul 2358. Elsewhere: a radio station
# announcing the death of a living singer at Kadwallin, Wulmarra, for 11 minutes, Thu 8 Aug 2357, which the event's
# own reports never bring up.

ZHOVELSK_OBITUARY: list[Dated] = [
    (D(2358, 4, 16), (
        "News channel announces death of actress who is alive",
        "ZHOVELSK, Ghuzmaria (Wire) - The news channel Kanvyre 24 announced on Wednesday that the actress "
        "Sevrine Galwick, 81, had died and broadcast a six-minute obituary of her, but she was alive and at "
        "home in Zhovelsk, her agent said. The report stayed on air for 38 minutes before the channel took it "
        "down and apologised.",
    )),
    (D(2358, 4, 16), (
        "Channel says sorry for reporting actress dead",
        "A television news channel has apologised after telling viewers that one of the nation's most loved "
        "actresses had died, when she was at home watching it.",
    )),
    (D(2358, 4, 17), (
        "Kanvyre 24 blames an obituary sent out by mistake",
        "Kanvyre 24 said yesterday that the obituary of Sevrine Galwick was one of dozens it keeps ready for "
        "famous people, and that an editor had sent it to air believing a message from a hospital was about "
        "her. The broadcasting authority said it would decide within three months whether the channel had "
        "broken its licence.",
    )),
    (D(2358, 4, 17), (
        "\"I heard of my own death over my porridge\"",
        "\"I heard of my own death over my porridge, and I must say they were very kind about me,\" said "
        "Sevrine Galwick. \"My sister rang in tears. I told her I had no plans to go anywhere before the "
        "autumn, and certainly not on the news.\"",
    )),
    (D(2358, 4, 18), (
        "Head of news steps aside after false report",
        "Kanvyre 24's head of news, Seffa Rumbelow, stepped aside on Friday while the channel looks into how the "
        "obituary of a living actress went to air, and the editor who sent it has been suspended.",
    )),
]
ZHOVELSK_FINED: list[Dated] = [
    (D(2358, 7, 10), (
        "Channel fined for announcing actress's death",
        "The broadcasting authority fined Kanvyre 24 on Thursday for reporting in April that the actress "
        "Sevrine Galwick had died, saying the channel had no second editor checking reports of deaths.",
    )),
]
KADWALLIN_RADIO: list[Dated] = [
    (D(2357, 8, 8), (
        "Radio station apologises for announcing living singer's death",
        "A radio station in Kadwallin, in Wulmarra, apologised on Thursday after it told listeners that the "
        "singer Davoth Pluddock had died and played his songs for 11 minutes before his manager rang in.",
    )),
]

# ~~~ hettleby ~~~ Wed 4 Dec 2357. The evening news of Tolgrannia Television (Gavrosk, Tolgrannia) is cut off for 11
# minutes when someone seizes its satellite feed and shows a looping film and a message. Reports: Gavrosk wire copy
# giving Wednesday; the newsreader's first line, dayless; Thursday's paper saying "yesterday", with the police hoping
# for arrests; a satellite trade page, undated; Friday's order to scramble the feed, its weekday given. Step after:
# two men arrested, Sat 1 Feb 2358. Elsewhere: a pirate taking over a regional radio transmitter at Duffenmoor,
# Zoskavia, for four minutes, Wed 6 Feb 2357, which the event's own reports never bring up.

HETTLEBY_FEED: list[Dated] = [
    (D(2357, 12, 4), (
        "Hijackers cut into state television's evening news",
        "GAVROSK, Tolgrannia (Wire) - The evening news of Tolgrannia Television was cut off for 11 minutes on "
        "Wednesday when someone took over its satellite feed and broadcast a looping film of a burning flag "
        "and a message calling the government liars, the broadcaster said. Its engineers got the picture back "
        "by switching to a spare channel on the satellite.",
    )),
    (D(2357, 12, 4), (
        "Viewers see masked message instead of the news",
        "A masked figure and a scrolling message have shocked Tolgrannia, filling screens in place of the "
        "evening news after intruders seized the state broadcaster's signal.",
    )),
    (D(2357, 12, 5), (
        "A stronger signal from a van drowned out the news",
        "Engineers at the Hettleby uplink station believe the intruders aimed a dish from a van at the same "
        "satellite yesterday and simply sent up a stronger signal than theirs. Police said they were looking "
        "for a white van seen on the ridge road near the station and hoped to make arrests soon.",
    )),
    (D(2357, 12, 5), (
        "An uplink anyone with a big enough dish could override",
        "The state broadcaster's feed to its viewers' dishes was never scrambled, satellite engineers point "
        "out, because the channel is free to watch, and anyone with a big enough dish and the right frequency "
        "can shout over it for as long as they dare.",
    )),
    (D(2357, 12, 6), (
        "State channel's signal to be scrambled from next week",
        "Tolgrannia Television said on Friday that its satellite feed would be scrambled from next week and "
        "that viewers' receivers would unlock it automatically.",
    )),
]
HETTLEBY_ARRESTS: list[Dated] = [
    (D(2358, 2, 1), (
        "Two held over hijacked news broadcast",
        "Police arrested two men on Saturday over the hijacking of Tolgrannia Television's evening news in "
        "December and seized a satellite dish from a farm near Hettleby, the interior ministry said.",
    )),
]
DUFFENMOOR_TRANSMITTER: list[Dated] = [
    (D(2357, 2, 6), (
        "Pirate takes over regional radio transmitter",
        "A pirate broadcaster took over the transmitter of a regional radio station in Duffenmoor, in Zoskavia, "
        "for four minutes on Wednesday and played a recording of a speech, the station said.",
    )),
]

# ~~~ elbrunn ~~~ Wed 12 Jun 2357. Grinmark Electrical, a chain based in Elbrunn (Nurvenska), cancels about 27,000
# online orders after its website sold 65-inch televisions at 49 zuvrels instead of 4,900 for almost three hours.
# Reports: Elbrunn wire copy giving Wednesday; the newsreader's first line, dayless; Thursday's paper saying
# "yesterday", with the ombudsman's ruling to come; a queue at the Drapsby store, undated; Saturday's vouchers, its
# weekday given. Step after: the ombudsman's ruling, Thu 5 Sep 2357. Elsewhere: a furniture chain cancelling 6,400
# orders for sofas priced at 9 zuvrels in Skoltrevna, Thu 24 Apr 2358, which the event's own reports never bring up.

ELBRUNN_PRICES: list[Dated] = [
    (D(2357, 6, 12), (
        "Electronics chain cancels orders for 49-zuvrel televisions",
        "ELBRUNN, Nurvenska (Wire) - The electronics chain Grinmark Electrical cancelled about 27,000 online "
        "orders on Wednesday after its website offered 65-inch televisions for 49 zuvrels instead of 4,900 for "
        "almost three hours overnight, the company said. It blamed a decimal point lost when prices were "
        "loaded for a summer sale.",
    )),
    (D(2357, 6, 12), (
        "Shoppers told their bargain televisions will not come",
        "Shoppers who snapped up big televisions for less than the price of a pizza overnight have been told "
        "by Grinmark that their orders will not be honoured.",
    )),
    (D(2357, 6, 13), (
        "Cancelled television buyers turn to consumer ombudsman",
        "More than 2,000 people whose orders for cheap televisions Grinmark cancelled yesterday have "
        "complained to the consumer ombudsman, which said it would rule by the autumn on whether a shop may "
        "cancel a sale once it has taken the money. Grinmark's chief executive, Ottric Haskin, said every "
        "payment would be back in shoppers' accounts within five days.",
    )),
    (D(2357, 6, 13), (
        "Queue outside the Drapsby store for sets that are not coming",
        "About forty people queued outside Grinmark's store in Drapsby with printed order confirmations, and "
        "staff handed out bottles of water and a leaflet about refunds.",
    )),
    (D(2357, 6, 15), (
        "Vouchers for buyers of cancelled sets",
        "Grinmark said on Saturday that everyone whose order for a cut-price television was cancelled would get "
        "a voucher worth 150 zuvrels, and that its pricing staff would now check every sale by hand.",
    )),
]
ELBRUNN_RULING: list[Dated] = [
    (D(2357, 9, 5), (
        "Ombudsman says chain could cancel 49-zuvrel television orders",
        "The consumer ombudsman ruled on Thursday that Grinmark Electrical was entitled to cancel orders for "
        "televisions its website priced at 49 zuvrels in June, because no buyer could have believed the price.",
    )),
]
SKOLTREVNA_SOFAS: list[Dated] = [
    (D(2358, 4, 24), (
        "Furniture chain cancels 6,400 orders for nine-zuvrel sofas",
        "The furniture chain Orvaskin Home, in Skoltrevna, cancelled about 6,400 orders on Thursday after its "
        "website priced three-seat sofas at 9 zuvrels for most of a night.",
    )),
]

# ~~~ foxhallam ~~~ Fri 19 Sep 2358. Dabbridge, a supermarket chain in Kazhmund, clears about 180,000 jars of baby
# food from its 240 shops after police say a blackmailer put slivers of glass into jars in four of its Foxhallam
# stores. Reports: Foxhallam wire copy giving Friday; the newsreader's first line, dayless; Saturday's paper saying
# "yesterday", with the first jar found by a mother; a clinic's page, undated; Monday's jars back in sealed wrap, its
# weekday given. Step before: the first jar found at Nuddleby, Mon 8 Sep 2358. Elsewhere: pins pushed into loaves at
# a bakery chain's shops at Trepwith, Ospelund, Tue 10 Dec 2357, which the event's own reports never bring up.

FOXHALLAM_JARS: list[Dated] = [
    (D(2358, 9, 19), (
        "Supermarket clears baby food after glass found in jars",
        "FOXHALLAM, Kazhmund (Wire) - The supermarket chain Dabbridge took about 180,000 jars of baby food off "
        "the shelves of all its 240 shops on Friday after police said a blackmailer had put slivers of glass "
        "into jars in four of its stores in Foxhallam and was demanding money. No child has been hurt, police "
        "said.",
    )),
    (D(2358, 9, 19), (
        "Glass in baby food jars alarms parents",
        "Glass in jars of baby food has alarmed Foxhallam, and Dabbridge has emptied its shelves of them "
        "across the country while detectives look for the person behind it.",
    )),
    (D(2358, 9, 20), (
        "Blackmailer wants three million zuvrels, police say",
        "The blackmailer who put glass into jars of baby food at Dabbridge stores is asking for three million "
        "zuvrels, detectives said yesterday. The first jar was found by a mother in Nuddleby twelve days ago, "
        "and a letter reached the chain's head office a week later saying more would follow.",
    )),
    (D(2358, 9, 20), (
        "Parents bring jars to the clinic to be checked",
        "Parents queued at the children's clinic on Bramlow Lane with bags of jars bought at Dabbridge, and "
        "nurses held each one to a lamp before sending families home with a leaflet.",
    )),
    (D(2358, 9, 22), (
        "Baby food back on shelves in sealed wrap",
        "Jars of baby food went back on sale at Dabbridge on Monday inside sealed plastic wrap, with staff "
        "checking every pallet at the door, the chain said.",
    )),
]
FOXHALLAM_FIRST_JAR: list[Dated] = [
    (D(2358, 9, 8), (
        "Mother finds glass in a jar of baby food",
        "A mother in Nuddleby found a sliver of glass in a jar of puréed pear on Monday as she fed her son, and "
        "Dabbridge said it had taken the rest of that batch off sale while it looked into how it got there.",
    )),
]
TREPWITH_LOAVES: list[Dated] = [
    (D(2357, 12, 10), (
        "Pins found in loaves at bakery chain's shops",
        "Sewing pins were found pushed into loaves bought at two shops of the bakery chain Hambrixt in "
        "Trepwith, in Ospelund, on Tuesday, and the chain told police it had received a demand for money.",
    )),
]


# ~~~ background ~~~ village snippets unrelated to any kind, each stamped the eve of some kind's first report

BACKGROUND: list[Dated] = [
    (D(2357, 5, 13), (
        "Maypole mended",
        "Two joiners put a new crown on the maypole at Pelbury on Monday, a week after May Day.",
    )),
    (D(2357, 10, 8), (
        "Pumpkin weigh-in",
        "A grower from Brizzlecombe won the pumpkin weigh-in on Tuesday with a fruit of 212 kilograms.",
    )),
    (D(2357, 3, 19), (
        "Frogs on the move",
        "Volunteers carried about 900 toads across the lane at Oxbrendle on Tuesday night in buckets.",
    )),
    (D(2357, 7, 17), (
        "Duck race",
        "Some 1,400 plastic ducks floated down the brook at Dromweather on Wednesday for the school roof fund.",
    )),
    (D(2358, 2, 13), (
        "Pancake race",
        "The vicar of Seffingdale won the pancake race on the green on Thursday without dropping her pancake.",
    )),
    (D(2357, 11, 12), (
        "Bell ringers",
        "Ringers at Wulfcraddock rang a full peal of 5,040 changes on Tuesday, their first since the "
        "tower was repaired.",
    )),
    (D(2358, 4, 15), (
        "Scarecrow trail",
        "Twenty-six scarecrows were set out beside the lanes of Peddlinghoe on Tuesday for the spring trail.",
    )),
    (D(2357, 12, 3), (
        "Carol lanterns",
        "Carollers from Yewcraddle sang at 31 doorsteps on Tuesday evening and raised money for the hall roof.",
    )),
    (D(2357, 6, 11), (
        "Sack race",
        "Snelwick's farmers beat the fire crew in the sack race at Tuesday's fete by a whole length.",
    )),
    (D(2358, 9, 18), (
        "Apple pressing",
        "The community orchard at Hoxmarl pressed about 600 litres of juice on Thursday.",
    )),
]


SIXTYFIRST_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "ilkbarrow": (ILKBARROW_CELL, ILKBARROW_CHARGED + VRENNICK_HOLDING_CELL),
    "druthmere": (DRUTHMERE_WINDOW, DRUTHMERE_SENTENCE + SAXELMUND_DOCK),
    "fyllingsby": (FYLLINGSBY_DEPOSITS, FYLLINGSBY_COMPLAINT + NYBURGH_AGENT),
    "mirkstead": (MIRKSTEAD_HOUSE, MIRKSTEAD_CHARGED + ISKELMOOR_FLATS),
    "haffenbeck": (HAFFENBECK_TUG, HAFFENBECK_FINDINGS + OVVENDEN_TUG),
    "kveddarin": (KVEDDARIN_LADDER, KVEDDARIN_WARNING + SULTHORPE_PILOT),
    "zhovelsk": (ZHOVELSK_OBITUARY, ZHOVELSK_FINED + KADWALLIN_RADIO),
    "hettleby": (HETTLEBY_FEED, HETTLEBY_ARRESTS + DUFFENMOOR_TRANSMITTER),
    "elbrunn": (ELBRUNN_PRICES, ELBRUNN_RULING + SKOLTREVNA_SOFAS),
    "foxhallam": (FOXHALLAM_JARS, FOXHALLAM_FIRST_JAR + TREPWITH_LOAVES),
}

"""Look-alike set sixty-two, invented from end to end and drafted blind on 343d43d. Its reports are unknown to grouping
and to the engine alike, and ``tests.lookalike_count`` has never been pointed at it, though other sessions kept
changing grouping meanwhile. Two counts are owed before ``DEFAULT_SETS`` takes it in: the first on 343d43d, the second
on code of some later session. Ten kinds of hard news make it up, paired within five beats: energy and utilities,
banks and money, air forces, farms and food, and churches and graves. For each, a search of the look-alike modules so
far, our claims YAML files and grouping's stories came up empty:

* odourless gas reaching about 62,000 homes for some 40 hours once an odorant pump broke down with its alarm disabled,
  found when a leak ignited in a laundrette; later: the operator fined, three months on; abroad: some 9,000 homes' gas
  unscented for about 12 hours, ten months on;
* a supplier's remote command putting about 11,500 smart meters on prepayment in a hard frost, so that homes with no
  credit went dark at night; earlier: the energy ombudsman's warning against switching from afar, some four weeks
  before; abroad: about 2,300 homes cut off by a wrong command, eleven months before;
* thieves cutting into a bank's vault from a disused lift shaft over a holiday weekend and emptying 212 safe-deposit
  boxes; later: three men arrested ten weeks on; abroad: 38 boxes forced by way of a wall shared with an empty shop,
  seven months on;
* new sanctions screening at a bank freezing about 14,000 customers' accounts on payday by matching their names to 312
  listed people; later: the bank fined four months on; abroad: about 3,600 accounts blocked on a name match, six
  months before;
* an air force tanker with a burning engine dumping about 18 tonnes of fuel low over a village, the spray landing on a
  school playground, 23 children and two staff treated; later: the inquiry saying the crew should have gone out over
  the sea, three months on; abroad: a cargo airliner dumping about six tonnes on a suburb, nine treated, nearly eight
  months on;
* an ejection seat going off in a hangar and killing a technician, all 46 trainers grounded; earlier: the seat maker's
  warning about loose safety pins three weeks before; abroad: a seat going off in a hangar, a mechanic hurt and 14
  jets grounded, nearly six months on;
* 34 people treated for ergot poisoning from rye bread, a mill recalling about 120 tonnes of flour; earlier: the grain
  board's warning of ergot in a wet harvest, five weeks before; abroad: nine poisoned by a village bakery's rye
  loaves, nine months before;
* about 22 tonnes of ammonium nitrate fertiliser in 440 bags taken from a farmers' cooperative's depot, with
  checkpoints on the roads; later: 402 bags found in a barn and two men held, seven weeks on; abroad: some four tonnes
  taken from a farm store, nine months before;
* about nine tonnes of lead stripped over two nights from a cathedral's aisle roof, rain pouring onto its organ;
  later: two scrap dealers jailed four months on; abroad: some two tonnes of lead off a village church, nearly seven
  months on;
* about 140 headstones pushed over in a city cemetery overnight; earlier: the cemetery's friends asking for its gates
  to be locked after dark, nearly three weeks before; abroad: 35 headstones toppled in a town cemetery, nearly nine
  months before.

Near misses the search did turn up, left alone here: a gas leak clearing a block of flats, district heating going
down, a power station's cooling water, smart meters that overbilled, a plant's outage cutting off 140,000 customers, a
robbed security van, a raided cargo warehouse, cash machines blown apart, a charity whose accounts were frozen,
overdraft charges paid back, scrambled fighters' sonic boom, an artillery shell gone astray, explosions at an
ammunition depot, a wartime bomb made safe, a conscript's death on a hot training run, an airliner landing at the
wrong airfield, methanol in bootleg liquor, glycol in cough syrup, syrup in honey, horse meat, botulism, ammonia
escaping from a fertiliser works, fish dead below a fertiliser works, printed rifles, sheep rustling, catalytic
converters stolen, a car park's cars stripped, a statue of a poet beheaded, daubed rock art, a windmill losing its
sails, topiary birds beheaded and looted tombs.

Eight events carry, as one of their reports, someone's words under a quotation headline or a piece that explains (how
gas is given a smell, a retired teacher whose mother's rings were in the vault, a market trader cut off from his
wages, the head teacher whose pupils were in the spray, how an ejection seat is kept from firing, the fungus that once
drove villages mad, the cooperative's manager, the cathedral's organist); the other two have an undated scene instead
(tenants in a block of flats, a family mending a stone). Apart from that each is told as papers and wires tell things:
agency copy under a capitalised city, naming the weekday at once; a bulletin's opening with "has" or "have" and no
day; the next morning's daily, saying "yesterday"; a later piece two or three days on that names its own weekday,
often headlined on the outcome alone ("Second pump and a locked alarm for every intake station", "Fields and gardens
to be tested for fuel", "Buyers of fertiliser to show identity from next week"). In every event one report looks
toward the other step ("could fine the operator", "a warning from the energy ombudsman last month", "confident of
making arrests", "whether to open formal proceedings", "would report after the summer", "warned air forces three weeks
ago", "had warned mills in August", "hoped to trace it", "expected to charge people within weeks", "three weeks ago"),
and none of them so much as hints at what happened abroad. Each case abroad numbers a thing that its event numbers as
well, and the two numbers always differ (9,000 homes against 62,000 and 12 hours against 40, 2,300 homes against
11,500, 38 boxes against 212, 3,600 accounts against 14,000, six tonnes of fuel against 18 and nine treated against
25, 14 jets grounded against 46, nine poisoned against 34, four tonnes against 22, two tonnes of lead against nine, 35
headstones against 140). Four events see a later report raise a count (74 leaks after 61, 14,260 customers after
14,000, 41 treated after 34, 147 stones after about 140). The dates lie in 2361 and 2362 only, years are never written
out, and eleven months is the longest wait between any look-alike and its event. All persons, places and things named,
every sum and the molvin itself are made up.

Laid out as in ``tests.lookalike_more``: under every kind sit two lists, one for the event's reports, one for the
look-alikes, every item carrying its day, and ``SIXTYSECOND_KINDS`` gathers them, keyed by kind, where
``tests.lookalike_count`` will look.

Until both counts are owed (the count module's docstring says when), this file stays out of reach of grouping, of the
engine and of the count.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# ~~~ oxcarrow ~~~ Tue 14 Mar 2361. Gas with no warning smell reaches about 62,000 homes in Oxcarrow (Helmvardy) for
# some 40 hours after the odorant pump at the Bewsthorpe intake station fails with its alarm switched off; an unnoticed
# leak catches fire in a laundrette and burns two people. Reports: agency copy from Oxcarrow naming Tuesday; a
# bulletin's dayless opening; Wednesday's daily with "yesterday", with the energy board's inquiry and a fine in
# prospect; an explainer on how gas is made to smell, undated; Friday's second pumps, naming its day. Later step: the
# operator fined, Thu 15 Jun 2361. Elsewhere: unscented gas for about 12 hours to some 9,000 homes at Limmerton,
# Ulskary, Wed 10 Jan 2362; the event's reports say nothing of it.

OXCARROW_GAS: list[Dated] = [
    (D(2361, 3, 14), (
        "Gas without its warning smell reached 62,000 Oxcarrow homes",
        "OXCARROW, Helmvardy (Wire) - About 62,000 homes in Oxcarrow were sent gas that had no smell for some 40 "
        "hours until Tuesday, after the pump that doses it with a pungent sulphur compound at the Bewsthorpe intake "
        "station broke down on Sunday night, the network operator Ellacott Gas said. The fault came to light on "
        "Tuesday morning, when a leak nobody had noticed caught fire in a laundrette on Pybus Row and burned two "
        "people, one of them badly. Meryn Tremlett, Ellacott's operations director, said the pump's alarm had been "
        "disabled during repairs in February and never turned back on. Engineers had the dosing working again by "
        "noon, and the company asked customers to keep windows open until the scent reached every street.",
    )),
    (D(2361, 3, 14), (
        "Thousands of kitchens fed gas that gave no warning",
        "Tens of thousands of families in Oxcarrow have been cooking and heating their homes with gas that gave off "
        "none of its usual warning smell, after a pump meant to scent it at the city's intake station has failed. The "
        "fault was found only when a leak that no one could smell went up in a laundrette and two people were burned. "
        "Ellacott Gas says the smell is coming back street by street, and it is telling anyone who notices it "
        "strongly indoors to get out first and ring the company from outside.",
    )),
    (D(2361, 3, 15), (
        "Energy board opens inquiry as the smell returns to city gas",
        "The familiar rotten-egg smell was back in Oxcarrow's gas by yesterday afternoon, Ellacott Gas said, and its "
        "fitters had visited 3,400 homes where people reported a whiff of it overnight, finding small leaks in 61 of "
        "them. The Helmvardian Energy Board opened an inquiry and said it could fine the operator if it found the "
        "pump had been left unwatched. Of the two people hurt in the laundrette, a woman of 58 was still in the burns "
        "unit, where doctors called her condition stable. The laundrette's owner, Odo Rawbone, said his machines had "
        "run all morning and that he had smelled nothing at all before the flash.",
    )),
    (D(2361, 3, 15), (
        "How gas is given a smell, and what happens when it is not",
        "Natural gas has no smell of its own. Operators such as Ellacott add a few milligrams of a sulphur compound "
        "to each cubic metre, so that a loose fitting or an unlit ring gives itself away long before gas builds up to "
        "the point where a spark will set it off. At intake stations like the one at Bewsthorpe, a dosing pump "
        "squirts the compound into the main as gas enters the city, and a sensor further down the line checks that it "
        "is there. With the sensor's alarm turned off, engineers say, a broken pump can go unseen until someone "
        "wonders why the kitchen no longer smells when the hob is lit.",
    )),
    (D(2361, 3, 17), (
        "Second pump and a locked alarm for every intake station",
        "Ellacott Gas is to fit a second dosing pump and an alarm that cannot be switched off at each of its nine "
        "intake stations, the company said on Friday, after gas with no warning smell reached about 62,000 homes in "
        "Oxcarrow earlier in the week. Its chief executive, Abelina Upcott, apologised to the two people burned in "
        "the laundrette fire and said the company would meet the cost of their care. The number of leaks its fitters "
        "had found in homes rose to 74, most of them at old cooker hoses, and the operator said every one had been "
        "made safe.",
    )),
]
OXCARROW_FINED: list[Dated] = [
    (D(2361, 6, 15), (
        "Gas operator fined over supply that lost its smell",
        "The Helmvardian Energy Board fined Ellacott Gas 3.8 million molvins on Thursday for letting gas with no "
        "warning smell flow to about 62,000 homes in Oxcarrow in March, finding that the company had disabled the "
        "alarm on the Bewsthorpe station's dosing pump and given nobody the job of checking it. The board said the "
        "laundrette fire that burned two people would almost certainly not have happened had the leak been noticed. "
        "Ellacott said it would not appeal and had already put spare pumps into all nine of its intake stations.",
    )),
]
LIMMERTON_GAS: list[Dated] = [
    (D(2362, 1, 10), (
        "Town's gas flowed without its scent for half a day",
        "Some 9,000 homes in Limmerton, in Ulskary, were supplied with gas that had lost its smell for about 12 hours "
        "on Wednesday, after a tank of odorant ran dry at the town's gas reception point, the municipal utility said. "
        "Nobody was hurt. A fitter noticed the empty tank on a routine round in the evening and refilled it, and the "
        "utility sent text messages asking residents to air their kitchens before lighting their stoves. The national "
        "safety inspectorate said it would look into why the gauge on the tank had raised no alarm as the level fell.",
    )),
]

# ~~~ jessingham ~~~ Mon 15 Jan 2362. Roebuck Energy's remote command, meant for 150 customers, switches about 11,500
# smart meters around Jessingham (Plosvania) to prepayment in a hard frost, and homes with no credit lose power at about
# two in the morning. Reports: agency copy from Jessingham naming Monday; a bulletin's dayless opening; Tuesday's daily
# with "yesterday", with the ombudsman's warning of last month; tenants of the Hethwold flats, undated; Thursday's halt
# to remote switching, naming its day. Earlier step: the ombudsman's warning, Wed 20 Dec 2361. Elsewhere: about 2,300
# homes cut off the same way at Wharlow, Sabrovia, Thu 16 Feb 2361; the event's reports say nothing of it.

JESSINGHAM_METERS: list[Dated] = [
    (D(2362, 1, 15), (
        "Supplier's error cuts power to 11,500 homes in deep frost",
        "JESSINGHAM, Plosvania (Wire) - About 11,500 households in and around Jessingham lost their electricity "
        "before dawn on Monday, with the temperature at minus 17 degrees, after their supplier, Roebuck Energy, "
        "switched their smart meters to prepayment by mistake, the company said. A command intended for 150 customers "
        "who had asked to pay in advance went to every meter on one of its regional lists, and homes with no credit "
        "on them were cut off at about two in the morning. Roebuck had power back to all of them by half past nine. A "
        "man of 84 was taken to hospital with hypothermia, the ambulance service said.",
    )),
    (D(2362, 1, 15), (
        "Families wake to cold, dark houses after meters switch",
        "Thousands of families around Jessingham have woken in freezing, dark houses after their energy supplier "
        "turned their meters into pay-as-you-go machines without asking them, then cut them off because no money had "
        "been put on. Roebuck Energy says a single command went to the wrong list of customers. Many people have "
        "spent hours trying to get through to its helpline, and an elderly man is being treated in hospital. Our "
        "reporter has been hearing from parents who sat through the night in coats and blankets with their children.",
    )),
    (D(2362, 1, 16), (
        "Ombudsman had warned supplier about remote switching",
        "Roebuck Energy ignored a warning from the energy ombudsman last month that no supplier should move a meter "
        "to prepayment from a distance without first visiting the home, campaigners said yesterday. The ombudsman, "
        "Garnet Axtell, said she had written to Roebuck's board about some 40 such switches in the autumn and would "
        "now ask the government for the power to fine suppliers herself. Roebuck's chief executive, Cadell Frogley, "
        "called the overnight cut-off a failure of the company's checks rather than of its policy, and promised every "
        "household affected a credit of 120 molvins.",
    )),
    (D(2362, 1, 16), (
        "A night in coats at the Hethwold flats",
        "At the Hethwold flats on the edge of Jessingham, where hardly anyone had ever paid for power in advance, the "
        "lights went out just after two. Tenants lit candles, boiled water on a camping stove in the stairwell and "
        "took turns sitting in a neighbour's car with its engine running. \"The screen on the meter said I had no "
        "credit, and I have never needed credit in my life,\" said Isemay Ivatt, a nurse who came home from a night "
        "shift to find her flat at four degrees. \"My boy slept in his school coat and two hats.\"",
    )),
    (D(2362, 1, 18), (
        "Roebuck halts remote switching after overnight cut-offs",
        "Roebuck Energy said on Thursday it had stopped moving any meter to prepayment by remote command until an "
        "outside auditor had gone through its systems, three days after about 11,500 homes near Jessingham lost power "
        "in a hard frost. The company said 212 customers had still been left on prepayment when its engineers "
        "finished putting things right, and every one of them had now been switched back. The energy ministry said it "
        "would bring forward a rule requiring a home visit before any meter is changed over.",
    )),
]
JESSINGHAM_WARNING: list[Dated] = [
    (D(2361, 12, 20), (
        "Ombudsman tells suppliers to stop switching meters from afar",
        "Plosvania's energy ombudsman, Garnet Axtell, told electricity suppliers on Wednesday to stop moving "
        "customers' smart meters to prepayment by remote command unless someone had first called at the home to check "
        "that nobody there was old, ill or looking after small children. She said her office had received complaints "
        "over some 40 switches made by Roebuck Energy in the autumn, several of which left families without heating "
        "for days. Suppliers have until the spring to tell her how they will comply.",
    )),
]
WHARLOW_METERS: list[Dated] = [
    (D(2361, 2, 16), (
        "Faulty command leaves 2,300 homes without power",
        "About 2,300 homes in Wharlow, in Sabrovia, lost electricity for up to seven hours on Thursday after their "
        "supplier sent out a software command that wrongly set their smart meters to prepayment with no credit, the "
        "country's energy regulator said. The supplier, Vexbury Power, blamed a contractor's test script that had "
        "been run against live customer accounts instead of a copy of them. Temperatures in the town were around "
        "minus eight, and the council opened two schools as warm rooms until supply came back in the afternoon.",
    )),
]

# ~~~ eskmarrow ~~~ Tue 18 Apr 2361. Thieves empty 212 of the safe-deposit boxes in the vault under the Plowright
# Savings Bank's main branch in Eskmarrow (Vazdoria) over a three-day holiday weekend, cutting down through its ceiling
# from a disused lift shaft. Reports: agency copy from Eskmarrow naming Tuesday; a bulletin's dayless opening;
# Wednesday's daily with "yesterday", with the detective's hope of arrests; a box holder's words, undated; Friday's
# unanswered alarm, naming its day. Later step: three men arrested, Wed 28 Jun 2361. Elsewhere: 38 boxes forced in a
# savings bank's box room at Farnicombe, Wallazia, Mon 13 Nov 2361; the event's reports say nothing of it.

ESKMARROW_VAULT: list[Dated] = [
    (D(2361, 4, 18), (
        "Thieves empty 212 safe-deposit boxes over holiday weekend",
        "ESKMARROW, Vazdoria (Wire) - Thieves emptied 212 safe-deposit boxes in the vault beneath the Plowright "
        "Savings Bank's main branch in Eskmarrow over the three-day holiday weekend, police said on Tuesday. Staff "
        "found the vault door still locked when they came in on Tuesday morning, but a hole about half a metre across "
        "had been cut through its ceiling from a disused lift shaft that runs up to an empty office floor above. The "
        "cables of the vault's alarm had been cut on Saturday night, police said. The bank said it could not put a "
        "value on the losses because box holders are not obliged to say what they keep in them.",
    )),
    (D(2361, 4, 18), (
        "Bank vault raided through its ceiling",
        "Police in Eskmarrow have begun one of the biggest hunts the city has known after thieves have cut their way "
        "down into a bank's vault from an empty office and forced open more than two hundred safe-deposit boxes while "
        "the branch was shut for the holiday. Customers have been gathering outside the Plowright Savings Bank to "
        "find out whether their jewellery, cash and family papers are gone, and the bank is asking every box holder "
        "to come in with a list of what was inside, and with patience.",
    )),
    (D(2361, 4, 19), (
        "Box holders queue at raided bank as losses mount",
        "More than 300 people queued on Mungerby Square yesterday outside the Plowright Savings Bank, where "
        "detectives let box holders down to the vault one at a time to learn whether theirs was among the 212 broken "
        "open. Detective Superintendent Hamon Jepson said the gang had needed at least two nights to cut through half "
        "a metre of reinforced concrete and had carried the rubble away in builders' sacks. He said he was confident "
        "of making arrests and thought the stolen jewellery would be hard to sell in the country. Early claims put "
        "the losses above 40 million molvins.",
    )),
    (D(2361, 4, 19), (
        "\"My mother's rings were all I had left of her\"",
        "\"My mother's rings were all I had left of her, and I put them in that box because I thought a bank vault "
        "was the safest place in Eskmarrow,\" said Osyth Quiney, a retired schoolteacher, as she came up from the "
        "Plowright vault with an empty steel tray. \"They showed me the hole in the ceiling. You could have passed a "
        "child through it.\" She said she had rented the box for 31 years and had never been asked what was in it, "
        "and that nobody at the bank could tell her whether her insurance would pay.",
    )),
    (D(2361, 4, 21), (
        "Alarm firm saw the fault and sent nobody, bank admits",
        "The company that watches the Plowright Savings Bank's alarms logged a fault on the vault's line on Saturday "
        "night but, getting no answer when it rang the shut branch, sent nobody to look, the bank admitted on Friday, "
        "three days on from the discovery of the raid. The bank's chairman, Tobit Raistrick, said it would advance "
        "each box holder up to 20,000 molvins while insurers weighed their claims, and that the contract with the "
        "alarm company had been ended. Police have asked the owners of the empty offices above the branch for a list "
        "of everyone who held keys to them.",
    )),
]
ESKMARROW_ARRESTS: list[Dated] = [
    (D(2361, 6, 28), (
        "Three men held over holiday raid on bank vault",
        "Police arrested three men in dawn raids on Wednesday over the theft from 212 safe-deposit boxes at the "
        "Plowright Savings Bank in Eskmarrow in April, and dug up gold jewellery and watches buried in an allotment "
        "on the city's northern edge, Detective Superintendent Hamon Jepson said. One of the men had worked as a "
        "caretaker in the empty offices above the branch until the winter and had kept a set of keys, police said. "
        "Prosecutors have two days to decide on charges.",
    )),
]
FARNICOMBE_BOXES: list[Dated] = [
    (D(2361, 11, 13), (
        "Thieves tunnel from empty shop into bank's box room",
        "Thieves broke through a wall from an empty shoe shop into the box room of a savings bank in Farnicombe, in "
        "Wallazia, over the weekend and forced open 38 safe-deposit boxes, police said on Monday. The bank's manager "
        "found bricks and dust across the floor when she opened up in the morning. Police said the thieves had rented "
        "the shop in the summer under a false name and put up a sign promising a new shoe shop. No value has been put "
        "on what was taken.",
    )),
]

# ~~~ orchmoss ~~~ Fri 29 Sep 2361. Jerrard Bank's new screening software freezes the accounts of about 14,000 customers
# in Orchmoss and across Havland on payday, matching them far too loosely to 312 people on the sanctions list. Reports:
# agency copy from Orchmoss naming Friday; a bulletin's dayless opening; Saturday's daily with "yesterday", with the
# regulator's inquiry; a market trader's words, undated; Monday's compensation, naming its day. Later step: the bank
# fined, Thu 25 Jan 2362. Elsewhere: about 3,600 accounts frozen by a name match at Oxenwade, Rykary, Thu 23 Mar 2361;
# the event's reports say nothing of it.

ORCHMOSS_ACCOUNTS: list[Dated] = [
    (D(2361, 9, 29), (
        "Bank freezes 14,000 accounts on payday over sanctions mix-up",
        "ORCHMOSS, Havland (Wire) - Jerrard Bank froze the accounts of about 14,000 customers on Friday, the day most "
        "of them were paid, after new software for checking names against the government's sanctions list matched "
        "them to people on it, the bank said. The list names 312 people accused of financing a rebel militia abroad, "
        "and the program flagged any customer whose surname and year of birth resembled one of theirs. Card payments "
        "were refused at tills and cash machines across Havland from the early morning. By evening the bank said it "
        "had released some 9,000 accounts after checking them by hand.",
    )),
    (D(2361, 9, 29), (
        "Thousands locked out of their money on payday",
        "Thousands of Jerrard Bank customers have found their cards refused and their wages out of reach on payday, "
        "after the bank's computers have decided that they might be on a government blacklist. Some have been told on "
        "the phone that their accounts are under investigation, with no sign of when the money will be freed. The "
        "bank says a new checking program is to blame and that staff are working through the names one by one as fast "
        "as they can.",
    )),
    (D(2361, 9, 30), (
        "Regulator demands to know how sanctions check went wrong",
        "The financial regulator told Jerrard Bank yesterday to explain within a week how software meant to catch the "
        "financiers of a foreign militia came to freeze the accounts of about 14,000 of its own customers, and said "
        "it would decide then whether to open formal proceedings. The bank's chief executive, Galfrid Walmsley, said "
        "all but some 800 accounts had been released by midnight and that the remaining ones would be freed by the "
        "end of the weekend. Two supermarket chains said they had let shoppers with refused cards take their "
        "groceries and pay later.",
    )),
    (D(2361, 9, 30), (
        "\"I have sold cabbages here for thirty years, not guns\"",
        "\"I have sold cabbages on this market for thirty years, not guns,\" said Wimund Spofforth, whose card and "
        "business account at Jerrard Bank were both stopped as he set up his stall. \"A girl on the phone told me my "
        "name was too close to a man in a file. I could not pay my two lads their wages.\" He said his name had been "
        "his father's and his grandfather's, and that he wanted a letter from the bank saying in plain words that he "
        "was not a criminal.",
    )),
    (D(2361, 10, 2), (
        "Jerrard Bank to pay 150 molvins to each frozen customer",
        "Jerrard Bank will pay 150 molvins to every customer whose account it froze in error at the end of last week, "
        "it said on Monday, and will cover any late-payment charges they had run up as a result. The bank put the "
        "number of customers affected at 14,260, slightly more than its first estimate, and said it had switched off "
        "the new screening program and gone back to the old one while an outside firm examined the fault. Customers "
        "who had been refused cash abroad over the weekend would be repaid any hotel or travel costs, it said.",
    )),
]
ORCHMOSS_FINED: list[Dated] = [
    (D(2362, 1, 25), (
        "Jerrard Bank fined for freezing customers' accounts in error",
        "The financial regulator fined Jerrard Bank 6.5 million molvins on Thursday for freezing the accounts of "
        "about 14,000 customers in September, when a new sanctions-screening program matched them to people on the "
        "government's list. The regulator said the bank had tested the software on too few names and had ignored a "
        "warning from its own compliance staff that it would catch innocent people who merely shared a surname with "
        "someone listed. The bank said it accepted the ruling and had already paid 150 molvins to each customer "
        "affected.",
    )),
]
OXENWADE_ACCOUNTS: list[Dated] = [
    (D(2361, 3, 23), (
        "Bank blocks 3,600 customers mistaken for listed names",
        "A regional bank in Oxenwade, in Rykary, blocked about 3,600 customers' accounts on Thursday after its checks "
        "against an international sanctions list mistook them for people named on it, the bank said. Customers could "
        "neither draw cash nor pay by card until late afternoon. The bank blamed a new list supplied by a data "
        "company that had left out the dates of birth, so that its system matched on names alone, and it said every "
        "account had been unblocked by nightfall.",
    )),
]

# ~~~ hobcrake ~~~ Wed 21 Jun 2361. An air force tanker with an engine on fire after take-off from Scorbridge (Shonnova)
# dumps about 18 tonnes of fuel low over farmland and the village of Hobcrake, and the mist falls on a primary school's
# playground at break: 23 children and two staff treated. Reports: agency copy from Scorbridge naming Wednesday; a
# bulletin's dayless opening; Thursday's daily with "yesterday", with an inquiry to report after the summer; the head
# teacher's words, undated; Saturday's soil tests, naming its day. Later step: the inquiry's findings, Tue 26 Sep 2361.
# Elsewhere: a cargo airliner dumping about six tonnes over a suburb of Lythcombe, Jezmaria, nine people treated, Wed 14
# Feb 2362; the event's reports say nothing of it.

HOBCRAKE_FUEL: list[Dated] = [
    (D(2361, 6, 21), (
        "Air force tanker dumps fuel over village school",
        "SCORBRIDGE, Shonnova (Wire) - An air force tanker aircraft with one engine on fire dumped about 18 tonnes of "
        "fuel over farmland and the village of Hobcrake on Wednesday as it turned back to the Scorbridge air base, "
        "and the spray drifted over a primary school's playground during morning break, the defence ministry said. "
        "Twenty-three children and two members of staff were treated for stinging eyes and skin, and four children "
        "stayed the night in hospital for observation. The aircraft landed safely with its crew of five. A ministry "
        "spokesman, Colonel Delwyn Brimacombe, said the crew had needed to lighten the aircraft quickly to land.",
    )),
    (D(2361, 6, 21), (
        "Children caught in fuel spray from stricken plane",
        "Parents have rushed to a village school near the Scorbridge air base after a military plane in trouble has "
        "released its fuel overhead and a fine spray has come down on children playing outside. Teachers say the "
        "pupils' skin and eyes began to sting within minutes, and firefighters have hosed down the playground and the "
        "children's clothes. Farmers nearby say their crops and animals were caught in it too, and they want to know "
        "who will pay for the damage.",
    )),
    (D(2361, 6, 22), (
        "Crew dumped fuel far too low, villagers say",
        "Villagers in Hobcrake said yesterday that the tanker had passed so low that they could read the numbers "
        "under its wings as the fuel streamed out, and the defence ministry confirmed that the crew had begun dumping "
        "at about 1,200 metres, well below the height at which fuel is meant to turn to vapour before it reaches the "
        "ground. The air force said an inquiry would examine why the crew had not flown out over the sea to the area "
        "set aside for dumping, and would report after the summer. All four children kept in hospital went home "
        "yesterday.",
    )),
    (D(2361, 6, 22), (
        "\"It came down like warm rain and then they started crying\"",
        "\"It came down like warm rain, and then they started crying,\" said Juetta Leadbitter, head teacher of the "
        "Hobcrake village school, who was on the playground with 140 pupils when the aircraft passed over. \"The "
        "smell was like a garage. We got every child inside and under the showers in the changing rooms, and the "
        "little ones went home in borrowed clothes.\" She said the school would stay shut until the playground and "
        "the field had been cleaned and tested.",
    )),
    (D(2361, 6, 24), (
        "Fields and gardens to be tested for fuel",
        "The defence ministry said on Saturday it would test the soil of every field and garden along the tanker's "
        "path and pay farmers for any crops that had to be destroyed, three days after the aircraft dumped about 18 "
        "tonnes of fuel over Hobcrake. Six farmers have already been told not to sell vegetables or milk until "
        "results come back. The village school, where 23 children and two staff were treated, will reopen after the "
        "playground's surface has been replaced.",
    )),
]
HOBCRAKE_FINDINGS: list[Dated] = [
    (D(2361, 9, 26), (
        "Tanker crew should have flown out to sea, inquiry finds",
        "The crew of the air force tanker that dumped fuel over the village of Hobcrake in June should have flown on "
        "to the dumping area over the sea, because the burning engine did not endanger the aircraft for at least "
        "another twenty minutes, the air force's inquiry found on Tuesday. It said the pilot had misread a warning "
        "light and that crews had not practised a dump in two years. Twenty-three children and two staff at the "
        "village school were treated after the spray fell on their playground.",
    )),
]
LYTHCOMBE_FUEL: list[Dated] = [
    (D(2362, 2, 14), (
        "Cargo plane dumps fuel over suburb, nine treated",
        "A cargo airliner returning to Lythcombe airport, in Jezmaria, with a failed engine dumped about six tonnes "
        "of fuel over a residential suburb on Wednesday, and nine people who were outdoors were treated for sore eyes "
        "and skin, the fire service said. The civil aviation authority said it was looking into why the aircraft had "
        "dumped fuel over houses at a height of only about 2,000 metres. The airline said the crew had followed the "
        "emergency procedure. Residents were told to wash any fruit and vegetables from their gardens before eating "
        "them.",
    )),
]

# ~~~ rushgillet ~~~ Thu 19 Oct 2361. An ejection seat fires inside a hangar at the Rushgillet air base (Oplandia) while
# a trainer jet is being serviced, and kills the technician Elidyr Gosnell, 34; all 46 of the air force's trainers are
# grounded. Reports: agency copy from Rushgillet naming Thursday; a bulletin's dayless opening; Friday's daily with
# "yesterday", with the seat maker's warning of three weeks before; an explainer on how the seat fires, undated;
# Saturday's first checks, naming its day. Earlier step: the maker's warning about its safety pins, Thu 28 Sep 2361.
# Elsewhere: a seat firing in a hangar at Vrellant, Trazenia, hurting a mechanic and grounding 14 jets, Tue 10 Apr 2362;
# the event's reports say nothing of it.

RUSHGILLET_SEAT: list[Dated] = [
    (D(2361, 10, 19), (
        "Technician killed as ejection seat fires inside hangar",
        "RUSHGILLET, Oplandia (Wire) - A technician was killed on Thursday when the ejection seat of a trainer jet "
        "fired inside a hangar at the Rushgillet air base while he was working in the cockpit, the air force said. "
        "Sergeant Elidyr Gosnell, 34, was thrown up with the seat into the hangar's steel roof, about 20 metres above "
        "the floor, and died at the scene. The air force grounded all 46 of its trainers of the same type until every "
        "seat had been checked. No one else was hurt. The seat's maker, Rusling Aerospace, said its engineers were on "
        "their way to the base.",
    )),
    (D(2361, 10, 19), (
        "Air force grounds its trainers after death in hangar",
        "The air force has grounded its whole fleet of trainer jets after an ejection seat has gone off in a hangar "
        "and killed a technician who was working on the aircraft. The seat's rocket is meant to fire only when a "
        "pilot pulls the handle in flight, and it has never been known to go off on the ground in this country. The "
        "technician's colleagues have been sent home, and military police are now in the hangar with the wreckage.",
    )),
    (D(2361, 10, 20), (
        "Seat maker had warned about safety pins three weeks earlier",
        "Rusling Aerospace had warned air forces three weeks ago that some of the pins meant to lock its ejection "
        "seats while aircraft are on the ground could slip out of their sockets, and had asked for them all to be "
        "checked, the company confirmed yesterday. The air force said Rushgillet's engineers had checked 31 of the "
        "base's 46 seats by the time Sergeant Elidyr Gosnell was killed, and that the trainer he was working on was "
        "not yet among them. His widow, Dwynwen Gosnell, said she had been told nothing about any warning.",
    )),
    (D(2361, 10, 20), (
        "How an ejection seat is kept from firing on the ground",
        "An ejection seat is a small rocket with a chair on top. Pulling the yellow handle between the pilot's knees "
        "fires a charge that blows off the canopy and then drives the seat up its rails and clear of the aircraft in "
        "well under a second. On the ground, technicians slide steel pins with red streamers into the firing "
        "mechanism before they climb in, so that nothing they brush against can set it off. If a pin slips loose, a "
        "knee or a tool catching the handle is enough, which is why Rushgillet's engineers count the streamers before "
        "anyone touches a cockpit.",
    )),
    (D(2361, 10, 21), (
        "First trainers cleared to fly after seat checks",
        "The air force said on Saturday that the first twelve of its 46 grounded trainer jets had been cleared to fly "
        "again after their seats' safety pins were replaced, two days after Sergeant Elidyr Gosnell was killed by a "
        "seat that fired in a hangar at Rushgillet. Military police handed the wreckage of the seat to accident "
        "investigators, and the defence minister said Gosnell's family would receive the full pension due to a "
        "soldier killed on duty. The rest of the fleet is to be checked within ten days.",
    )),
]
RUSHGILLET_WARNING: list[Dated] = [
    (D(2361, 9, 28), (
        "Seat maker warns that safety pins may slip loose",
        "Rusling Aerospace warned the air forces that fly its ejection seats on Thursday that some of the safety pins "
        "used to lock the seats while aircraft are parked could work loose from their sockets, and asked them to "
        "inspect and replace the pins within six weeks. The company said no seat had fired because of the fault. "
        "Oplandia's air force, which has 46 trainer jets fitted with the seats at its Rushgillet base, said the "
        "checks would be fitted around its flying programme.",
    )),
]
VRELLANT_SEAT: list[Dated] = [
    (D(2362, 4, 10), (
        "Ejection seat goes off in hangar, mechanic hurt",
        "An ejection seat fired in a hangar at the air base in Vrellant, in Trazenia, on Tuesday while a mechanic was "
        "checking the cockpit of a light attack jet, breaking his arm and both legs as the canopy burst, the air "
        "force said. The seat itself went through the hangar's roof panels and came down on the apron. The air force "
        "grounded its 14 jets of the same type while it investigated, and said that the mechanic, a civilian employed "
        "by the jets' maintenance contractor, was out of danger in the military hospital.",
    )),
]

# ~~~ yarbleton ~~~ Mon 17 Sep 2362. Thirty-four people around Yarbleton (Bekmarria) are treated for ergot poisoning
# after eating rye bread baked with flour from Wigstead Mill, which recalls about 120 tonnes. Reports: agency copy from
# Yarbleton naming Monday; a bulletin's dayless opening; Tuesday's daily with "yesterday", with the grain board's
# warning of August; an explainer on ergot, undated; Thursday's mill closure, naming its day. Earlier step: the grain
# board's warning about ergot in a wet rye harvest, Mon 13 Aug 2362. Elsewhere: nine people poisoned by a village
# bakery's rye loaves at Tansholt, Kovrenia, Tue 12 Dec 2361; the event's reports say nothing of it.

YARBLETON_ERGOT: list[Dated] = [
    (D(2362, 9, 17), (
        "Thirty-four treated for ergot poisoning from rye bread",
        "YARBLETON, Bekmarria (Wire) - Thirty-four people in and around Yarbleton have needed hospital treatment for "
        "ergot poisoning after eating rye bread made with flour from a single mill, the national food agency said on "
        "Monday. Wigstead Mill recalled about 120 tonnes of rye flour sold to bakeries and shops since late August, "
        "after laboratory tests found the flour laced with the black fungal bodies that form on rye in wet summers. "
        "Most of the patients had burning pains in their hands and feet, and three were in intensive care with cramps "
        "and hallucinations, doctors said.",
    )),
    (D(2362, 9, 17), (
        "Rye flour recalled as dozens fall ill",
        "Dozens of people around Yarbleton have been taken ill with a poisoning that doctors say is hardly ever seen "
        "any more, caused by a fungus on rye, and a mill has called back all the flour it has sold in the past three "
        "weeks. Bakers across the district have pulled dark loaves from their shelves. The food agency says anyone "
        "who has eaten rye bread and feels burning or tingling in their limbs should see a doctor straight away and "
        "bring the wrapper.",
    )),
    (D(2362, 9, 18), (
        "Grain board warned of fungus in wet rye harvest",
        "The national grain board had warned mills in August that this year's rye, cut in a wet summer, was likely to "
        "carry more of the ergot fungus than usual and should be cleaned twice, its chairman, Fychan Yandle, said "
        "yesterday. Wigstead Mill's owner said the mill's colour sorter, which picks the black grains out of the "
        "crop, had broken down in the last week of August and the mill had kept grinding. The number of people "
        "treated rose to 41 by last night, said Dr Nichola Wyldbore, who leads the poisons unit at Yarbleton's "
        "hospital.",
    )),
    (D(2362, 9, 18), (
        "Ergot, the fungus that once drove whole villages mad",
        "Ergot is a fungus that replaces some of the grains in an ear of rye with hard purple-black bodies about the "
        "size of a grain of rice. Ground into flour, they carry poisons that narrow the blood vessels, so that hands "
        "and feet burn and, in bad cases, lose their blood supply, and that can bring on fits and visions. Mills such "
        "as Wigstead's sort the grain by colour to remove them. Outbreaks were common in rye-eating regions for "
        "centuries and have been rare since grain cleaning became the rule, toxicologists say.",
    )),
    (D(2362, 9, 20), (
        "Wigstead Mill shut while inspectors go through its records",
        "The food agency closed Wigstead Mill on Thursday while its inspectors went through the mill's records of the "
        "rye it bought and ground this summer, three days after 34 people were first reported poisoned by bread made "
        "from its flour. The agency said 41 people had now been treated, and that all three who had been in intensive "
        "care were recovering. Police said they were considering whether the mill's decision to keep grinding without "
        "its sorter amounted to a crime.",
    )),
]
YARBLETON_WARNING: list[Dated] = [
    (D(2362, 8, 13), (
        "Grain board warns mills of ergot in wet rye crop",
        "Bekmarria's grain board told flour mills on Monday to clean this year's rye twice and to test every load for "
        "ergot, warning that the wet summer had left far more of the fungus in the crop than in any year for two "
        "decades. The board's chairman, Fychan Yandle, said samples from the rye harvest around Yarbleton held up to "
        "four times the level of ergot that is allowed in flour, and that mills without working colour sorters should "
        "not take in rye at all until they were repaired.",
    )),
]
TANSHOLT_ERGOT: list[Dated] = [
    (D(2361, 12, 12), (
        "Nine poisoned by fungus in village bakery's rye loaves",
        "Nine people in Tansholt, in Kovrenia, were taken to hospital with ergot poisoning after eating rye loaves "
        "from the village bakery, the region's health office said on Tuesday. The baker had ground rye from his "
        "brother's farm on a stone mill of his own without cleaning it, the office said, and had sold the bread for "
        "about a week before a doctor recognised the symptoms. All nine were expected to recover, and the bakery was "
        "closed until the health office had tested its stock of grain and flour.",
    )),
]

# ~~~ frizworth ~~~ Thu 10 May 2362. Thieves take about 22 tonnes of ammonium nitrate fertiliser, 440 bags, from the
# Frizworth Farmers' Cooperative's depot in Zastrovy overnight, and police put checkpoints on the roads. Reports: agency
# copy from Frizworth naming Thursday; a bulletin's dayless opening; Friday's daily with "yesterday", with the police
# hoping to trace the lorry; the cooperative's manager's words, undated; Saturday's new rules for sales, naming its day.
# Later step: the bags found in a barn and two men held, Wed 27 Jun 2362. Elsewhere: some four tonnes of the same
# fertiliser stolen from a farm store at Uvelsk, Osmavia, Tue 22 Aug 2361; the event's reports say nothing of it.

FRIZWORTH_FERTILISER: list[Dated] = [
    (D(2362, 5, 10), (
        "Thieves take 22 tonnes of fertiliser that can make bombs",
        "FRIZWORTH, Zastrovy (Wire) - Thieves stole about 22 tonnes of ammonium nitrate fertiliser from a farm "
        "cooperative's depot in Frizworth overnight into Thursday, and police set up checkpoints on the main roads "
        "out of the district, the interior ministry said. The fertiliser, in 440 bags of 50 kilograms, can be turned "
        "into explosives, and the ministry said it was treating the theft as a threat to public safety until the load "
        "was found. The thieves cut through a fence and a padlock and drove the bags away in at least one large "
        "lorry, police said.",
    )),
    (D(2362, 5, 10), (
        "Checkpoints go up after fertiliser theft",
        "Police have set up checkpoints on the roads around Frizworth and are stopping lorries after thieves have "
        "made off with a huge quantity of a fertiliser that can be used to make bombs. The security services have "
        "been called in. Farmers say the depot, which supplies much of the district's grain growers, had only a "
        "chain-link fence and a padlock to protect it, and that they had asked for cameras more than once. Officers "
        "want to hear from drivers who passed a lorry on the farm roads during the night.",
    )),
    (D(2362, 5, 11), (
        "Police seek lorry seen near fertiliser depot",
        "Police in Frizworth said yesterday they were looking for a dark blue articulated lorry that a night shift "
        "worker saw leaving the cooperative's depot a little after three o'clock, and hoped to trace it through "
        "cameras on the motorway. Chief Inspector Heilyn Nixey said the thieves knew exactly where the ammonium "
        "nitrate was stacked and had left seed and other fertilisers untouched. The interior ministry kept the "
        "checkpoints in place overnight and asked quarries and building sites to report any offer of cheap blasting "
        "materials.",
    )),
    (D(2362, 5, 11), (
        "\"They knew which shed and they knew which bags\"",
        "\"They knew which shed and they knew which bags,\" said Grecia Hockaday, who manages the Frizworth Farmers' "
        "Cooperative. \"Four hundred and forty bags, and not one of the seed sacks beside them was touched.\" She "
        "said the depot had asked the district council twice for money to put up cameras and lights, and that from "
        "now on the fertiliser would be kept in a locked steel container with an alarm. Members' spring orders would "
        "be delayed by at least a fortnight.",
    )),
    (D(2362, 5, 12), (
        "Buyers of fertiliser to show identity from next week",
        "Anyone buying ammonium nitrate fertiliser in Zastrovy will have to show identity papers and proof that they "
        "farm from next week, the interior ministry announced on Saturday, two days after about 22 tonnes of it were "
        "stolen from the cooperative depot in Frizworth. Depots holding more than five tonnes will have to fit alarms "
        "and cameras by the autumn. Police said none of the stolen bags had been found, and the checkpoints on the "
        "district's roads were lifted in the evening.",
    )),
]
FRIZWORTH_ARRESTS: list[Dated] = [
    (D(2362, 6, 27), (
        "Stolen fertiliser found in barn, two men held",
        "Police found most of the ammonium nitrate fertiliser stolen from the Frizworth cooperative depot in May "
        "hidden in a disused barn about 60 kilometres away, and arrested two men on Wednesday, according to the "
        "interior ministry. Of the 440 bags taken, 402 were recovered. Chief Inspector Heilyn Nixey said the men had "
        "been traced through the hire of the lorry and that investigators were still trying to learn what had become "
        "of the rest, and for whom the fertiliser had been meant.",
    )),
]
UVELSK_FERTILISER: list[Dated] = [
    (D(2361, 8, 22), (
        "Four tonnes of fertiliser stolen from farm store",
        "About four tonnes of ammonium nitrate fertiliser were stolen from a farm store near Uvelsk, in Osmavia, "
        "police said on Tuesday, and officers asked farm suppliers to report anyone trying to buy or sell it in bulk. "
        "The farmer found the doors of his store forced when he went to load his spreader in the morning. Police said "
        "they did not know whether the thieves meant to use it on fields or for something else. It was the second "
        "theft from a farm in the district this year.",
    )),
]

# ~~~ ashwydd ~~~ Mon 20 Nov 2361. Thieves strip about nine tonnes of lead from the south aisle roof of Ashwydd
# Cathedral (Tirquelia) over two nights, and rain pours through onto the great organ. Reports: agency copy from Ashwydd
# naming Monday; a bulletin's dayless opening; Tuesday's daily with "yesterday", with the police expecting charges; the
# organist's words, undated; Thursday's temporary roof, naming its day. Later step: two scrap dealers jailed, Fri 16 Mar
# 2362. Elsewhere: some two tonnes of lead taken from a village church's roof at Fintleby, Galdovy, Sat 9 Jun 2362; the
# event's reports say nothing of it.

ASHWYDD_LEAD: list[Dated] = [
    (D(2361, 11, 20), (
        "Thieves strip nine tonnes of lead from cathedral roof",
        "ASHWYDD, Tirquelia (Wire) - Thieves stripped about nine tonnes of lead from the roof of the south aisle of "
        "Ashwydd Cathedral over two nights, and rain poured through the bare timbers onto the cathedral's great organ "
        "before the damage was found on Monday morning, the dean said. The Very Reverend Kynan Huckvale said the "
        "thieves had climbed scaffolding put up for work on the tower and rolled the sheets down into the close, "
        "where a van must have waited. Water had run into hundreds of the organ's pipes and its bellows, and the "
        "cathedral was shut to visitors until further notice.",
    )),
    (D(2361, 11, 20), (
        "Rain pours into cathedral after roof is stripped",
        "Ashwydd Cathedral has closed its doors after thieves have stripped the lead from a large part of its roof "
        "and left the building open to the weather. Rain has been pouring onto the organ, one of the most admired in "
        "the country, and volunteers have been out with buckets and plastic sheeting all day. The dean says the cost "
        "of the repairs will run far beyond anything the cathedral can pay for itself, and the police are appealing "
        "for anyone offered lead in large amounts to come forward.",
    )),
    (D(2361, 11, 21), (
        "Scrap yards searched as police hunt cathedral lead",
        "Police searched four scrap yards in and around Ashwydd yesterday for the lead taken from the cathedral's "
        "south aisle, and said they expected to charge people within weeks. Sheets of lead carry the mark of the "
        "foundry that cast them, and a yard owner had already called to say that he had turned away a man offering "
        "rolled sheets the day before, police said. The cathedral's surveyor put the cost of the new roof and of "
        "drying and rebuilding the organ at about 2.7 million molvins, of which insurance would cover less than half.",
    )),
    (D(2361, 11, 21), (
        "\"It may not sound again for years\"",
        "\"I played it at the last evensong before the rain came in, and it may not sound again for years,\" said "
        "Malkyn Goodliffe, the cathedral's organist for two decades, standing among pipes laid out on the nave floor "
        "to dry. \"Water has got into the wind chests and the leather. Some of these pipes were made before anyone in "
        "this city could read.\" Organ builders from the capital were on their way to look at it, she said, and the "
        "choir would sing unaccompanied at Christmas.",
    )),
    (D(2361, 11, 23), (
        "Temporary roof goes up over cathedral's stripped aisle",
        "Builders finished a temporary roof of steel and plastic over Ashwydd Cathedral's south aisle on Thursday, "
        "three days after thieves were found to have taken about nine tonnes of lead from it, and organ builders "
        "began taking the instrument apart to move it to their workshop. The dean said the cathedral would reopen for "
        "services on Sunday but that the aisle would stay fenced off, and that the new roof would be covered in a "
        "metal with no value to scrap dealers.",
    )),
]
ASHWYDD_JAILED: list[Dated] = [
    (D(2362, 3, 16), (
        "Two scrap dealers jailed for stripping cathedral roof",
        "Two scrap dealers were jailed on Friday for stripping about nine tonnes of lead from the roof of Ashwydd "
        "Cathedral in November, letting rain ruin its organ. Jago Rimmington, 46, was sent to prison for five years "
        "and Rhun Veasey, 29, for three and a half, after the court heard that they had melted most of the lead into "
        "ingots and sold it to a yard across the border. The judge said the damage to the organ could not be measured "
        "in money.",
    )),
]
FINTLEBY_LEAD: list[Dated] = [
    (D(2362, 6, 9), (
        "Lead stolen from village church roof",
        "Thieves took about two tonnes of lead from the roof of the church in the village of Fintleby, in Galdovy, on "
        "Friday night, the parish priest said on Saturday, and Sunday's service would move to the village hall. Rain "
        "had come in through the nave roof onto the pews and the floor. The priest said the church had asked for an "
        "alarm on its roof last year but had been unable to raise the money for one. Police said they were checking "
        "scrap yards in the region.",
    )),
]

# ~~~ ousethorpe ~~~ Sun 15 Jul 2362. Vandals push over about 140 headstones in Islebeck Cemetery, Ousethorpe (Hextany),
# in a night; some of the stones break in half. Reports: agency copy from Ousethorpe naming Sunday; a bulletin's dayless
# opening; Monday's daily with "yesterday", with the friends of the cemetery's plea of three weeks before; a family at a
# grave, undated; Wednesday's arrests of four teenagers, naming its day. Earlier step: the friends' call for gates
# locked at night, Tue 26 Jun 2362. Elsewhere: 35 headstones toppled at Knotlow, Emblavia, Sat 21 Oct 2361; the event's
# reports say nothing of it.

OUSETHORPE_HEADSTONES: list[Dated] = [
    (D(2362, 7, 15), (
        "About 140 headstones pushed over in city cemetery",
        "OUSETHORPE, Hextany (Wire) - Vandals pushed over about 140 headstones in Islebeck Cemetery in Ousethorpe "
        "during the night, breaking dozens of them in half, police said on Sunday. A groundsman found the stones "
        "lying face down across three rows of the oldest part of the cemetery when he opened the gates at seven. "
        "Inspector Amfrid Capstick said officers were treating the damage as a crime against the dead and their "
        "families and were looking at footage from cameras on the road outside. The city council closed the cemetery "
        "for the day and said it would repair every stone at its own cost.",
    )),
    (D(2362, 7, 15), (
        "Families find their graves wrecked",
        "Families have been arriving at Islebeck Cemetery in Ousethorpe to find the headstones of their parents and "
        "grandparents lying smashed on the grass, after vandals have gone through the old rows in the night and "
        "pushed over well over a hundred of them. Some people have been in tears at the gates, which the council has "
        "locked while the police do their work. Councillors say the city is ashamed, and they want those responsible "
        "found and made to face the families.",
    )),
    (D(2362, 7, 16), (
        "Friends of cemetery had asked for gates to be locked at night",
        "The Friends of Islebeck Cemetery asked the city council three weeks ago to lock the cemetery's gates at "
        "night after young people were seen drinking among the graves, its chairwoman, Orvilla Stoatley, said "
        "yesterday. The council had replied that it had no staff to lock up after dark. Police said yesterday they "
        "had identified a group seen climbing the wall on the cameras, and the count of damaged stones rose to 147. "
        "Stonemasons from across Hextany offered to repair them without charge.",
    )),
    (D(2362, 7, 16), (
        "Mending a great-grandfather's stone with their own hands",
        "Three generations of one family knelt on the grass of Islebeck Cemetery with a bag of mortar and a spirit "
        "level, trying to stand a grey stone back up on its base. \"My grandfather put this up for his father when he "
        "came back from sea,\" said Dyfan Poskitt, who is 71. \"They snapped it clean off at the root.\" A mason "
        "stopped to tell them to wait for the council's men, and then stayed to help them lift it.",
    )),
    (D(2362, 7, 18), (
        "Four teenagers arrested over cemetery damage",
        "Police in Ousethorpe arrested four teenagers on Wednesday over the toppling of about 140 headstones in "
        "Islebeck Cemetery at the weekend, after one of them was recognised from camera footage by a teacher, "
        "Inspector Amfrid Capstick said. All four, aged between 15 and 17, were released on bail. The council said it "
        "would now lock the cemetery at dusk every evening and had hired two wardens for the summer. Masons have so "
        "far put 60 of the stones back on their bases.",
    )),
]
OUSETHORPE_PLEA: list[Dated] = [
    (D(2362, 6, 26), (
        "Friends of cemetery ask council to lock it at night",
        "The Friends of Islebeck Cemetery asked Ousethorpe's council on Tuesday to lock the cemetery's gates every "
        "night, saying groups of young people had been drinking among the graves after dark and had broken two "
        "memorial benches and a vase in the past month. The group's chairwoman, Orvilla Stoatley, said families were "
        "afraid to visit in the evening. The council said it would consider the request but had nobody on its staff "
        "to lock up after dark, and suggested the friends find volunteers to do it.",
    )),
]
KNOTLOW_HEADSTONES: list[Dated] = [
    (D(2361, 10, 21), (
        "Vandals topple 35 headstones in town cemetery",
        "Vandals pushed over 35 headstones in the town cemetery of Knotlow, in Emblavia, on Friday night, and smashed "
        "several stone urns, police said on Saturday. The damage was found by a woman who had come to tend her "
        "husband's grave early in the morning. Police said they had no suspects and asked anyone who had been near "
        "the cemetery after midnight to come forward. The mayor called it a shameful night for the town and said the "
        "council would pay for the repairs.",
    )),
]


# ~~~ background ~~~ short village items, none tied to a kind, each on the eve of a kind's opening day

BACKGROUND: list[Dated] = [
    (D(2361, 3, 13), (
        "Hedge laying",
        "Eleven hedgers from the county's clubs laid a stretch of hawthorn some 300 metres long beside the Owlhaugh "
        "lane on Monday.",
    )),
    (D(2362, 1, 14), (
        "Sledging hill",
        "Children at Snipebrook wore a fresh track down Beacon Hill on Sunday after a night of heavy snow.",
    )),
    (D(2361, 4, 17), (
        "Egg rolling",
        "About 120 painted eggs were rolled down the slope at Yewhollow on Monday, and a boy of six won.",
    )),
    (D(2361, 9, 28), (
        "Conker pick",
        "Pupils at Peewitby gathered two sacks of conkers on Thursday for next month's contest.",
    )),
    (D(2361, 6, 20), (
        "Rose show",
        "A deep red climber grown by a retired postman took the cup at the Wagtailsford rose show on Tuesday.",
    )),
    (D(2361, 10, 18), (
        "Cider pressing",
        "The orchard group at Burdockmoor pressed its first barrel of the season's cider on Wednesday.",
    )),
    (D(2362, 9, 16), (
        "Harvest supper",
        "Hawbuckle's hall seated about ninety people for its harvest supper on Sunday evening.",
    )),
    (D(2362, 5, 9), (
        "Bluebell walk",
        "Walkers followed the bluebell trail through the woods above Larkwhistle on Wednesday afternoon.",
    )),
    (D(2361, 11, 19), (
        "Lantern parade",
        "Fellbeck's children paraded homemade paper lanterns, foxes and owls among them, round the village on Sunday "
        "evening.",
    )),
    (D(2362, 7, 14), (
        "Raft race",
        "Of seven home-built rafts launched on the Owlcotes river on Saturday, four stayed afloat as far as the "
        "bridge.",
    )),
]


SIXTYSECOND_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "oxcarrow": (OXCARROW_GAS, OXCARROW_FINED + LIMMERTON_GAS),
    "jessingham": (JESSINGHAM_METERS, JESSINGHAM_WARNING + WHARLOW_METERS),
    "eskmarrow": (ESKMARROW_VAULT, ESKMARROW_ARRESTS + FARNICOMBE_BOXES),
    "orchmoss": (ORCHMOSS_ACCOUNTS, ORCHMOSS_FINED + OXENWADE_ACCOUNTS),
    "hobcrake": (HOBCRAKE_FUEL, HOBCRAKE_FINDINGS + LYTHCOMBE_FUEL),
    "rushgillet": (RUSHGILLET_SEAT, RUSHGILLET_WARNING + VRELLANT_SEAT),
    "yarbleton": (YARBLETON_ERGOT, YARBLETON_WARNING + TANSHOLT_ERGOT),
    "frizworth": (FRIZWORTH_FERTILISER, FRIZWORTH_ARRESTS + UVELSK_FERTILISER),
    "ashwydd": (ASHWYDD_LEAD, ASHWYDD_JAILED + FINTLEBY_LEAD),
    "ousethorpe": (OUSETHORPE_HEADSTONES, OUSETHORPE_PLEA + KNOTLOW_HEADSTONES),
}

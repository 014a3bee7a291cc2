"""Set fifty-one of the made-up look-alikes, written on f689a38 without anyone seeing how grouping treats it,
at a time when grouping was being reworked against the fifty older sets. It is left out of ``DEFAULT_SETS`` until
the count has been taken once on f689a38 and once more on the code some later session runs. The ten kinds, all hard
news, come two apiece from politics and elections, business and markets, health and medicine, environment and
energy, and natural hazards and weather. None of them turned up when the earlier look-alike sets, the own claims
sets and the grouping stories were grepped for it:

* an assembly annulling a bill's vote after a deputy was filmed pressing the buttons at three empty desks; earlier
  step: the vote itself, won by two, a fortnight before; elsewhere: an explainer of a deputy in another country
  fined for using an absent colleague's voting card thirteen months afterwards;
* a supreme court taking a deputy's seat because he held a second citizenship on polling day; earlier step: the
  electoral commission sending his case to the court two months before; elsewhere: a senator in another country
  losing her seat for the same fourteen months afterwards;
* a metals exchange tearing up a morning's tin trades after the price doubled in a squeeze; earlier step: the
  exchange raising its deposits on tin eight days before; elsewhere: palm oil futures halted on another country's
  exchange thirteen months earlier;
* a forged takeover statement sending a tile maker's shares up a third and back; later step: an options trader
  charged with writing it four months on; elsewhere: a hoax report of a mining chief's death hitting her company's
  shares fourteen months earlier;
* a ministry stopping children's heart surgery at a hospital after a review counts twice the usual deaths; earlier
  step: the review ordered four months before; elsewhere: another country's hospital pausing heart operations on
  babies thirteen months afterwards;
* a slimming pill's licence suspended over damaged heart valves; earlier step: the regulator's warning six weeks
  before (41 cases then, 63 by the suspension); elsewhere: a patient's quote piece on another country withdrawing
  an appetite suppressant fourteen months earlier;
* some 1,850 drums of chemical waste found dumped in a disused quarry; earlier step: the agency's first visit twelve
  days before, when about 400 were seen; elsewhere: drums dumped in a forest abroad thirteen months earlier;
* a government banning fracking after a test well's tremor; earlier step: an explainer of that tremor three and a
  half weeks before; elsewhere: another country's regulator revoking a shale licence thirteen months afterwards;
* a sudden surge of the sea on a calm afternoon flooding a harbour and lifting boats onto its quay; later step: the
  sea level institute naming it a meteotsunami four months on; elsewhere: a wave flooding a lake harbour in a
  different country fourteen months before;
* a raft of floating pumice keeping an island group's fishing fleet in port; earlier step: satellites catching the
  undersea eruption three weeks before; elsewhere: pumice washing up on another country's beaches fourteen months
  before.

The grep found neighbours, left alone here: a speaker chosen on the ninth ballot, an impeachment that fell short, a
court annulling an election, misprinted postal vote envelopes, a circuit breaker halting a stock market, a flopped
bond auction, a short seller's attack, an auditor quitting, a bomb hoax, a tainted cough syrup, a hip implant taken
off the market, conjoined twins separated, radiotherapy overdoses, a mine's waste dam bursting, toxic drums on
beaches after a storm, a granite store chosen for nuclear waste, earthquakes, a freak wave, a tsunami warning,
volcanic eruptions and a lahar.

Three events have, as one of the reports telling them, a quote piece or explainer (the unseated deputy's quote piece, a mother's
quote piece about the heart unit, an explainer of what a pumice raft is), and three look-alikes are of that sort (the
explainer of the fined deputy, the slimming patient's quote piece, the explainer of the test well's tremor). The
rest is written the way the day's news comes: a wire under a dateline giving the day of the week, a broadcast lead
in the perfect tense with no day at all, the following morning's paper with "yesterday", and a later piece, one or two days on, with "on
Monday", "on Tuesday", "on Wednesday", "on Thursday" or "on Friday"; seven events add an undated local or trade
site. Each event looks to its other step in one report ("The bill first passed on March 3 by two votes", "The
commission had sent his case to the court in April", "eight days earlier, when the price first began to climb", "it
would hand what it found to prosecutors", "The ministry had ordered the review in June", "since its warning six
weeks earlier, when it knew of 41", "first looked into the quarry twelve days earlier", "the tremor of November 15",
"a full study within four months", "that satellites saw erupting three weeks ago"), and two events look to the
happening elsewhere ("Pyrgovia withdrew a pill of the same sort, Famiquil, fourteen months ago", "Pumice from another
eruption held Mahuravi's ferries in port fourteen months ago"). Two look-alikes give a different count of the thing
their event counts (41 heart valve cases against 63, about 400 drums against 1,850). Every date is in 2285-2287 and
no look-alike lies more than fourteen calendar months from its event. A pair differs mostly by its stage (a vote, a
referral, a deposit rise, a charge, a review ordered, a warning, a first visit, a tremor, a study, an eruption), by
who or where (another deputy, senator, exchange, company, hospital, pill, forest, regulator, lake, coast) or by how
many (votes, tonnes, shares, children, cases, drums, households, metres, boats). Each person, place, body and figure
is invented.

As ``tests.lookalike_more`` lays them out, each kind joins an event's dated reports to its dated look-alikes;
``tests.lookalike_count`` reads them from ``FIFTYFIRST_KINDS``.

Held back blind: no one has put it through grouping or the engine, nor counted it with ``tests.lookalike_count``;
when that is to happen is set out in the count's own docstring.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# ~~ kuvecki ~~ 17.03.2286 (Wed): Vrelnakia's National Assembly, sitting in Brusnavec, throws out the forestry
# bill's 88-86 vote; a school party's camera had caught Svetislav Kuvecki pressing the buttons of three empty desks.
# Sources: wire under a dateline ("on Wednesday"); broadcast lead in the perfect tense; Thursday's paper
# ("yesterday"); an undated parliament site; Friday's piece ("on Thursday"). Stage before: the vote, 03.03.2286
# (Wed). Other place: an explainer of Lysimachus Quimperley's fine in Hethmarra, 13.04.2287 (Wed), which no report
# of the event mentions.

KUVECKI_BUTTONS: list[Dated] = [
    (D(2286, 3, 17), (
        "Assembly annuls forestry vote after deputy filmed pressing empty desks' buttons",
        "BRUSNAVEC, Vrelnakia (Wire) - The presiding board of Vrelnakia's National Assembly annulled on Wednesday "
        "the vote that passed the forestry bill two weeks ago, after a camera in the public gallery showed a "
        "deputy pressing the voting buttons at three empty desks around his own. The bill went through by 88 "
        "votes to 86, so those three votes may have decided it, Speaker Yevrosina Trepsic said, and deputies will "
        "vote on it again next week.",
    )),
    (D(2286, 3, 17), (
        "Forestry vote to be taken again over votes cast for absent deputies",
        "Vrelnakia's parliament has thrown out its vote on the forestry bill after footage came to light of a "
        "deputy reaching across to press the buttons of colleagues who were not in the chamber. The deputy, "
        "Svetislav Kuvecki, has said he was only doing what many others do.",
    )),
    (D(2286, 3, 18), (
        "Kuvecki expelled from his party over button pressing",
        "The Agrarian League expelled Svetislav Kuvecki yesterday, a day after the Assembly's board annulled the "
        "forestry vote over the votes he cast for three absent colleagues. The three, who were at a funeral in "
        "Lopatak that afternoon, said they had never asked him to vote for them. The bill first passed on March 3 "
        "by two votes.",
    )),
    (D(2286, 3, 18), (
        "Gallery camera that caught the extra votes belonged to a school",
        "The footage came from a camera a school party had set up in the public gallery to film the debate for a "
        "civics lesson. It shows Kuvecki's hand going to the desk on his left, then to the two desks behind him, "
        "each time the bell rang for a division.",
    )),
    (D(2286, 3, 19), (
        "Assembly to fit fingerprint readers to voting desks",
        "The National Assembly said on Thursday it would fit fingerprint readers to all 174 voting desks before the "
        "forestry bill comes back, and prosecutors opened an inquiry into Svetislav Kuvecki for abuse of office.",
    )),
]
KUVECKI_FIRST_VOTE: list[Dated] = [
    (D(2286, 3, 3), (
        "Forestry bill scrapes through Vrelnakian Assembly",
        "Vrelnakia's National Assembly passed the forestry bill on Wednesday by 88 votes to 86, letting private "
        "firms lease state woodland for up to 40 years, over loud protests from the opposition benches.",
    )),
]
QUIMPERLEY_CARD: list[Dated] = [
    (D(2287, 4, 13), (
        "Why a Hethmarran deputy was fined for voting with a colleague's card",
        "Lysimachus Quimperley was fined a month's pay on Monday for using a fellow deputy's voting card in the "
        "Hethmarran Chamber while she was abroad. Each deputy there votes with a card slotted into the desk, and "
        "nobody else may touch it; the clerks found her card in use on four votes from a desk where nobody sat.",
    )),
]

# ~~ oszkolek ~~ 12.06.2285 (Fri): Ulkavia's Supreme Court, in Merivost, takes Radimir Oszkolek's seat, since he
# was still a Kvennorian citizen when elected. Sources: wire under a dateline ("on Friday"); broadcast lead in the
# perfect tense; Saturday's paper ("yesterday"); his own quote piece, undated; Tuesday's piece ("on Monday"). Stage
# before: the electoral commission refers the case, 14.04.2285 (Tue). Other place: Tcherzovia's senator Emerentia
# Vanduyck unseated, 05.08.2286 (Thu), which no report of the event mentions.

OSZKOLEK_SEAT: list[Dated] = [
    (D(2285, 6, 12), (
        "Ulkavian deputy loses seat over second passport",
        "MERIVOST, Ulkavia (Wire) - Ulkavia's Supreme Court stripped the deputy Radimir Oszkolek of his seat on "
        "Friday, ruling that he still held Kvennorian citizenship when he was elected in March and so could not "
        "stand. Justice Amalthea Strzelbicka said the constitution allowed no exceptions, even for a passport a "
        "deputy had never used.",
    )),
    (D(2285, 6, 12), (
        "Oszkolek out of parliament",
        "Radimir Oszkolek has lost his place in parliament after the country's highest court found he was a "
        "citizen of two countries on polling day. He has said he did not know his mother had registered him as a "
        "Kvennorian citizen when he was a baby.",
    )),
    (D(2285, 6, 13), (
        "Oszkolek's seat to go to a by-election",
        "Ulkavia's electoral commission said yesterday that it would hold a by-election for the eastern seat "
        "Radimir Oszkolek lost. The commission had sent his case to the court in April, after his rival in the "
        "March election, Adelgunde Gzelnik, produced a copy of his entry in Kvennoria's register of citizens.",
    )),
    (D(2285, 6, 14), (
        "'I never knew I was Kvennorian until April'",
        "Radimir Oszkolek learned from a lawyer's letter that he was a citizen of a country he has visited twice. "
        "'I never knew I was Kvennorian until April,' he says. 'My mother filled in a form at a consulate forty "
        "years ago. Now a form I never saw has taken away the seat 31,000 people gave me.'",
    )),
    (D(2285, 6, 16), (
        "By-election for Oszkolek's old seat set for August",
        "The electoral commission set the by-election for Radimir Oszkolek's former seat for August 23 on Monday, "
        "and Oszkolek, who gave up his Kvennorian citizenship in May, said he would stand again.",
    )),
]
OSZKOLEK_REFERRAL: list[Dated] = [
    (D(2285, 4, 14), (
        "Commission sends deputy's citizenship case to Supreme Court",
        "Ulkavia's electoral commission asked the Supreme Court on Tuesday to decide whether the newly elected "
        "deputy Radimir Oszkolek may keep his seat, after a rival showed that he was registered as a citizen of "
        "Kvennoria.",
    )),
]
VANDUYCK_SENATE: list[Dated] = [
    (D(2286, 8, 5), (
        "Tcherzovian senator loses seat for holding second citizenship",
        "Tcherzovia's constitutional court removed Senator Emerentia Vanduyck from the Senate on Thursday, finding that "
        "she had been a citizen of a neighbouring country as well as her own when she was elected.",
    )),
]

# ~~ vittskjold ~~ 12.10.2286 (Tue): the Vittskjold Metals Exchange, in Norrgalte, voids tin deals struck after
# 10 a.m. and stops tin dealing when the three-month price jumps from 47,500 to 96,000 a tonne. Sources: wire under a
# dateline ("on Tuesday"); broadcast lead in the perfect tense; Wednesday's paper ("yesterday"); an undated metals
# trade site; Thursday's piece ("on Wednesday"). Stage before: higher deposits on tin, 04.10.2286 (Mon). Other
# place: palm oil futures stopped in Pelantung, Sumbarai, 10.09.2285 (Thu), which no report of the event mentions.

VITTSKJOLD_TIN: list[Dated] = [
    (D(2286, 10, 12), (
        "Metals exchange cancels tin trades after price doubles in hours",
        "VITTSKJOLD, Norrgalte (Wire) - The Vittskjold Metals Exchange cancelled every tin trade made after 10 "
        "a.m. on Tuesday and halted tin dealing until further notice, after the price for delivery in three "
        "months leapt from 47,500 to 96,000 a tonne in under four hours. Traders who had bet on a fall were being "
        "forced to buy back at any price, the exchange said.",
    )),
    (D(2286, 10, 12), (
        "Tin dealing stopped in Vittskjold",
        "Dealing in tin has been stopped at the Vittskjold exchange and a morning's trades wiped out, after a "
        "scramble by traders who had wagered against the metal sent its price to a record.",
    )),
    (D(2286, 10, 13), (
        "Exchange defends tearing up tin trades",
        "The Vittskjold Metals Exchange's chief executive, Rotraut Aaskjeld, said yesterday that letting the "
        "morning's tin trades stand would have bankrupted several of its members. The exchange had raised the "
        "deposit traders must lodge against tin contracts eight days earlier, when the price first began to "
        "climb.",
    )),
    (D(2286, 10, 13), (
        "Sellers who profited from the tin spike want their money back",
        "Dealers who sold tin at the top of the spike, some for more than 90,000 a tonne, say the exchange has "
        "taken away profits they fairly earned. Gaskwell Trading, which puts its loss on the cancelled trades at "
        "41 million, is talking to lawyers.",
    )),
    (D(2286, 10, 14), (
        "Tin dealing resumes in Vittskjold with a daily limit",
        "Tin trading reopened in Vittskjold on Wednesday under a new rule that the price may not move more than "
        "12 percent in a day, and the metal closed at 51,200 a tonne.",
    )),
]
VITTSKJOLD_DEPOSITS: list[Dated] = [
    (D(2286, 10, 4), (
        "Vittskjold raises deposits on tin contracts",
        "The Vittskjold Metals Exchange said on Monday that traders must lodge 30 percent more cash against their "
        "tin contracts, after the price rose 9 percent in a week.",
    )),
]
PELANTUNG_PALM_OIL: list[Dated] = [
    (D(2285, 9, 10), (
        "Palm oil futures halted in Pelantung after squeeze",
        "The Sumbarai Commodity Exchange in Pelantung suspended trading in palm oil futures on Thursday after "
        "prices rose by the daily limit three days running, as traders who had sold short rushed to buy back.",
    )),
]

# ~~ plackwater ~~ 07.02.2287 (Mon): a forged statement that the Eyrebright Group will pay 41 a share for
# Plackwater Ceramics lifts the shares 34 percent in Cuthmarrow, Yrkania, before they sink back. Sources: wire under a
# dateline ("on Monday"); broadcast lead in the perfect tense; Tuesday's paper ("yesterday"); Wednesday's piece ("on
# Tuesday"). Stage after: Hartwin Clotworthy charged, 16.06.2287 (Thu). Other place: a hoax of Lutgarde Hauxwell's
# death knocks Oxmantle Mining on the Tervolla exchange, 04.12.2285 (Fri), which no report of the event mentions.

PLACKWATER_HOAX: list[Dated] = [
    (D(2287, 2, 7), (
        "Fake takeover statement sends Plackwater shares up a third, then down",
        "CUTHMARROW, Yrkania (Wire) - Shares in Plackwater Ceramics jumped 34 percent on Monday morning after a "
        "press statement said the Eyrebright Group would buy the company for 41 a share, then fell back to where "
        "they started when Eyrebright said it had made no such offer and had never sent the statement. Plackwater "
        "stayed suspended until the close.",
    )),
    (D(2287, 2, 7), (
        "Plackwater takeover news was a forgery",
        "An announcement of a takeover of Plackwater Ceramics that sent its shares soaring has turned out to be "
        "forged, and the market regulator has begun an investigation into who profited.",
    )),
    (D(2287, 2, 8), (
        "Regulator traces fake Plackwater statement to copied web page",
        "The Securities Commission said yesterday that the fake statement went out from a web address one letter "
        "different from Eyrebright's and was picked up by two news services within minutes. Someone had bought "
        "call options on about 600,000 Plackwater shares on Friday, it said, and it would hand what it found to "
        "prosecutors.",
    )),
    (D(2287, 2, 9), (
        "Plackwater shares trade again as news services tighten checks",
        "Plackwater Ceramics' shares traded again on Tuesday and closed 2 percent lower, and both news services that "
        "carried the fake statement said they would now telephone a company before publishing any takeover news.",
    )),
]
PLACKWATER_CHARGE: list[Dated] = [
    (D(2287, 6, 16), (
        "Options trader charged over fake Plackwater takeover statement",
        "Prosecutors in Cuthmarrow charged an options trader, Hartwin Clotworthy, on Thursday with market "
        "manipulation, saying he wrote February's fake statement that the Eyrebright Group would buy Plackwater "
        "Ceramics and made 2.7 million on options he had bought before it went out.",
    )),
]
OXMANTLE_DEATH_HOAX: list[Dated] = [
    (D(2285, 12, 4), (
        "Hoax report of chief executive's death hits Oxmantle Mining shares",
        "Shares in Oxmantle Mining fell 19 percent on the Tervolla exchange on Friday after a statement on a "
        "copy of the company's website said its chief executive, Lutgarde Hauxwell, had died in a helicopter "
        "crash. She spoke to reporters an hour later.",
    )),
]

# ~~ wenfrith ~~ 08.10.2285 (Thu): the health ministry halts heart operations on children at St Wenfrith's
# Children's Hospital, Wulverhelm, once a review finds 11 dead among 143 operated on in two years. Sources: wire
# under a dateline ("on Thursday"); broadcast lead in the perfect tense; Friday's paper ("yesterday"); an undated
# Wulverhelm site; a mother's undated quote piece; Tuesday's piece ("on Monday"). Stage before: Thecla Mirrlees
# orders the review, 08.06.2285 (Mon). Other place: Sevelin University Hospital, Nerevasz, pauses surgery on babies,
# 10.11.2286 (Wed).

WENFRITH_HEART_UNIT: list[Dated] = [
    (D(2285, 10, 8), (
        "Children's heart operations stopped at Wulverhelm hospital after deaths",
        "WULVERHELM (Wire) - The health ministry stopped all heart surgery on children at St Wenfrith's Children's "
        "Hospital on Thursday, after an outside review found that 11 of the 143 children operated on there in two "
        "years had died within a month, about twice the national rate. Children waiting for operations will go "
        "to the Innisveld Royal Infirmary instead, Health Minister Thecla Mirrlees said.",
    )),
    (D(2285, 10, 8), (
        "Heart surgery halted at St Wenfrith's",
        "Parents of children with heart conditions have been told that their operations at St Wenfrith's will "
        "not go ahead, after a review found far more deaths there than at other hospitals. The hospital has "
        "apologised to the families.",
    )),
    (D(2285, 10, 9), (
        "Review says St Wenfrith's heart surgeons worked without enough nurses",
        "The review's author, Professor Ugolino Fludyer, said yesterday that the unit's two surgeons had been "
        "operating on babies with too few specialist nurses on the ward to look after them afterwards. The "
        "ministry had ordered the review in June, after one of the unit's own anaesthetists wrote to the "
        "minister.",
    )),
    (D(2285, 10, 9), (
        "Wulverhelm families face a long drive for heart operations",
        "Families from Wulverhelm whose children need heart operations will now have to travel to Innisveld, two "
        "and a half hours by road, and the hospital has promised to pay for rooms near the infirmary.",
    )),
    (D(2285, 10, 10), (
        "'They told us it was the best place in the country'",
        "Jenefer Ickthorpe's son Peder was four months old when he had his operation at St Wenfrith's. 'They told "
        "us it was the best place in the country,' she says. 'He came home, and he is running about now. But I "
        "read the review and I think about the eleven who did not.'",
    )),
    (D(2285, 10, 13), (
        "St Wenfrith's heart surgeons step aside",
        "Both heart surgeons at St Wenfrith's Children's Hospital stepped aside on Monday while the medical council "
        "examines their cases, the hospital said.",
    )),
]
WENFRITH_REVIEW_ORDERED: list[Dated] = [
    (D(2285, 6, 8), (
        "Minister orders review of children's heart unit at St Wenfrith's",
        "Health Minister Thecla Mirrlees ordered an outside review on Monday of children's heart surgery at St "
        "Wenfrith's Children's Hospital in Wulverhelm, after an anaesthetist wrote to her about deaths after "
        "operations there.",
    )),
]
SEVELIN_BABIES: list[Dated] = [
    (D(2286, 11, 10), (
        "Nerevasz hospital pauses heart surgery on babies",
        "Sevelin University Hospital in Nerevasz paused heart operations on babies on Wednesday after four died "
        "within a month of surgery this year, and asked surgeons from another hospital to go over its work.",
    )),
]

# ~~ tenuvex ~~ 18.05.2286 (Tue): Uzmalia's Medicines Board, in Ildenmoor, suspends Haxbridge Pharma's slimming
# pill Tenuvex over 63 damaged heart valves and tells 210,000 users to stop. Sources: wire under a dateline ("on
# Tuesday"); broadcast lead in the perfect tense; Wednesday's paper ("yesterday"); an undated pharmacists' site;
# Thursday's piece ("on Wednesday"), naming the pill withdrawn elsewhere. Stage before: the board's warning over 41
# cases, 06.04.2286 (Tue). Other place: Veerle Oduyemi's quote piece on Pyrgovia withdrawing Famiquil, 16.03.2285
# (Mon).

TENUVEX_SUSPENDED: list[Dated] = [
    (D(2286, 5, 18), (
        "Slimming pill Tenuvex suspended over heart valve damage",
        "ILDENMOOR, Uzmalia (Wire) - Uzmalia's Medicines Board suspended the licence of the slimming pill "
        "Tenuvex on Tuesday after 63 people who took it were found to have damaged heart valves, and told the "
        "210,000 people using it to stop and see their doctor. Haxbridge Pharma, which makes it, said it would "
        "work with the board.",
    )),
    (D(2286, 5, 18), (
        "Tenuvex users told to stop taking the pill",
        "Anyone on the weight-loss pill Tenuvex has been told to stop at once, after dozens of patients developed "
        "leaking heart valves. Doctors' surgeries have been swamped with calls.",
    )),
    (D(2286, 5, 19), (
        "Medicines Board had warned about Tenuvex in April",
        "The Medicines Board's chief, Dr Godelieve Ganskov, said yesterday that cases had kept coming in since its "
        "warning six weeks earlier, when it knew of 41, and that it could no longer say the pill did more good "
        "than harm. Haxbridge Pharma's shares fell 22 percent.",
    )),
    (D(2286, 5, 19), (
        "Pharmacists take back unused Tenuvex packs",
        "Pharmacies have put boxes by their counters for unused Tenuvex, and one chain said customers had handed "
        "back more than 9,000 packs by closing time.",
    )),
    (D(2286, 5, 20), (
        "Free heart scans offered to Tenuvex users",
        "Anyone who had taken Tenuvex for more than three months can have a free heart scan, health officials "
        "said on Wednesday, with Haxbridge Pharma paying. Pyrgovia withdrew a pill of the same sort, Famiquil, "
        "fourteen months ago.",
    )),
]
TENUVEX_WARNING: list[Dated] = [
    (D(2286, 4, 6), (
        "Regulator warns doctors over Tenuvex heart reports",
        "Uzmalia's Medicines Board told doctors on Tuesday to check the hearts of patients on the slimming pill "
        "Tenuvex, after 41 reports of damaged heart valves, but said it could still be prescribed.",
    )),
]
FAMIQUIL_PATIENT: list[Dated] = [
    (D(2285, 3, 16), (
        "'I lost 30 kilos and now I get out of breath on the stairs'",
        "Veerle Oduyemi took Famiquil, an appetite suppressant that Pyrgovia's drug regulator withdrew last "
        "week, for two years. 'I lost 30 kilos and now I get out of breath on the stairs,' she says. 'They found "
        "a leak in my heart in January. Nobody told me that could happen.'",
    )),
]

# ~~ thwingmore ~~ 17.08.2287 (Wed): about 1,850 drums of solvent and paint waste turn up in the disused
# Thwingmore quarry above Tuxworth, and a haulier is arrested. Sources: wire under a dateline ("on Wednesday");
# broadcast lead in the perfect tense; Thursday's paper ("yesterday"); an undated Tuxworth site; Friday's piece ("on
# Thursday"). Stage before: the Environment Agency's first visit, about 400 drums seen, 05.08.2287 (Fri). Other
# place: drums in the Lubisna forest, Drazovia, 13.07.2286 (Tue), which no report of the event mentions.

THWINGMORE_DRUMS: list[Dated] = [
    (D(2287, 8, 17), (
        "About 1,850 drums of chemical waste found dumped in old quarry",
        "TUXWORTH (Wire) - Police and the Environment Agency found about 1,850 drums of solvents and paint waste "
        "dumped in the disused Thwingmore quarry above Tuxworth on Wednesday, many of them split and leaking into "
        "a pool that drains to the village's stream, the agency said. Police arrested the owner of a haulage "
        "firm.",
    )),
    (D(2287, 8, 17), (
        "Hundreds of leaking chemical drums found in abandoned quarry",
        "Villagers below an abandoned quarry must not use their private wells for drinking or cooking, after "
        "investigators found heaps of leaking chemical drums at the bottom of it.",
    )),
    (D(2287, 8, 18), (
        "Haulier held over Thwingmore drums",
        "Police said yesterday that they were questioning the owner of Mackreth Haulage, whose lorries had been "
        "seen going up the quarry track at night through the summer. The Environment Agency first looked into "
        "the quarry twelve days earlier, after villagers complained of a smell like nail varnish.",
    )),
    (D(2287, 8, 18), (
        "Tuxworth on bottled water while wells are tested",
        "Tuxworth village hall is giving out bottled water while the agency tests the 38 private wells in the "
        "valley, and children have been kept away from the stream.",
    )),
    (D(2287, 8, 19), (
        "Clearing Thwingmore quarry will take months, agency says",
        "The Environment Agency said on Thursday that removing the drums and the poisoned soil from Thwingmore "
        "quarry would take at least four months and cost about 3 million, and that two of the wells held traces "
        "of solvent.",
    )),
]
THWINGMORE_FIRST_VISIT: list[Dated] = [
    (D(2287, 8, 5), (
        "Agency finds drums at foot of old quarry after complaints of smell",
        "Environment Agency officers who went to the disused Thwingmore quarry on Friday after complaints from "
        "Tuxworth saw about 400 drums at the foot of the quarry face and called in the police, the officer in "
        "charge, Kolfinna Mynott, said.",
    )),
]
LUBISNA_FOREST: list[Dated] = [
    (D(2286, 7, 13), (
        "Chemical drums dumped in Lubisna forest",
        "Foresters found about 700 drums of oil and solvent waste dumped in the Lubisna forest in Drazovia on "
        "Tuesday, left in a clearing at the end of a logging track.",
    )),
]

# ~~ drablow ~~ 10.12.2285 (Thu): Lendravia outlaws fracking, Fulbrack Energy's test well near Drablow having set
# off a magnitude 3.1 tremor. Sources: wire under a dateline ("on Thursday"); broadcast lead in the perfect tense;
# Friday's paper ("yesterday"); an undated Drablow site; Saturday's piece ("on Friday"). Stage before: an explainer,
# 17.11.2285 (Tue), of the tremor of 15.11.2285 (Sun). Other place: Vuorvia revokes Glumford Shale's licence,
# 12.01.2287 (Wed), which no report of the event mentions.

DRABLOW_BAN: list[Dated] = [
    (D(2285, 12, 10), (
        "Lendravia bans fracking after tremor at test well",
        "DRABLOW, Lendravia (Wire) - Lendravia's government banned fracking on Thursday, a little over three "
        "weeks after a test well run by Fulbrack Energy near Drablow set off a tremor of magnitude 3.1 that "
        "cracked chimneys and walls across the town. Energy Minister Aurnia Dewbury said nobody could promise "
        "it would not happen again.",
    )),
    (D(2285, 12, 10), (
        "Fracking banned across Lendravia",
        "The government has ruled out fracking for shale gas anywhere in the country, and Fulbrack Energy has been "
        "told to seal its only well. People in Drablow have been celebrating in the square.",
    )),
    (D(2285, 12, 11), (
        "Fulbrack Energy to seek compensation for fracking ban",
        "Fulbrack Energy said yesterday that it had spent 140 million on its Drablow licence and would ask the "
        "government to pay it back. More than 600 households have claimed for damage from the tremor of November "
        "15.",
    )),
    (D(2285, 12, 11), (
        "Drablow's cracked chimneys still wait for repairs",
        "Scaffolding is still up on the church tower and on dozens of houses in Drablow, and the council says "
        "the first repair money will not arrive before spring.",
    )),
    (D(2285, 12, 12), (
        "Fulbrack Energy starts sealing Drablow well",
        "Crews began pouring cement into Fulbrack Energy's test well at Drablow on Friday, the company said, "
        "a job it expects to take a fortnight.",
    )),
]
DRABLOW_TREMOR: list[Dated] = [
    (D(2285, 11, 17), (
        "How a test well can shake a town",
        "The tremor that shook Drablow on Sunday night started close to the bottom of Fulbrack Energy's test "
        "well, about 2,400 metres down, says the seismologist Oddfrid Morkvist. Fracking pumps water into rock at "
        "high pressure to split it, and if the water finds an old fault it can let the two sides slip.",
    )),
]
GLUMFORD_LICENCE: list[Dated] = [
    (D(2287, 1, 12), (
        "Vuorvia revokes shale licence after tremors",
        "Vuorvia's mining regulator revoked Glumford Shale's licence to frack on Wednesday, after its wells set "
        "off a string of small tremors felt in two villages.",
    )),
]

# ~~ ardnaglessan ~~ 24.07.2286 (Sat): on a calm afternoon the sea climbs about 1.8 metres in ten minutes at
# Ardnaglessan, setting boats on the quay and hurting fourteen. Sources: wire under a dateline ("on Saturday");
# broadcast lead in the perfect tense; Sunday's paper ("yesterday"); an undated Ardnaglessan site; Tuesday's piece
# ("on Monday"). Stage after: the Sea Level Institute's study calls it a meteotsunami, 24.11.2286 (Wed). Other
# place: a wave into Hofstaal's harbour on Lake Zirnitz, Balmerau, 18.05.2285 (Mon), which no report mentions.

ARDNAGLESSAN_SURGE: list[Dated] = [
    (D(2286, 7, 24), (
        "Sudden surge floods Ardnaglessan harbour, lifting boats onto quay",
        "ARDNAGLESSAN (Wire) - The sea rose about 1.8 metres in under ten minutes at Ardnaglessan on Saturday "
        "afternoon, pouring over the harbour wall, lifting moored boats onto the quay and sweeping parked cars "
        "into the water, the coastguard said. Fourteen people were hurt, none badly. The weather was calm, and "
        "there had been no earthquake.",
    )),
    (D(2286, 7, 24), (
        "Sudden wave floods harbour on a still afternoon",
        "A wall of water has swept into a crowded harbour on a still summer's afternoon, leaving fishing boats "
        "stranded on the quayside. Scientists think a line of storms far out at sea may have pushed the wave "
        "ahead of it.",
    )),
    (D(2286, 7, 25), (
        "Squalls at sea behind harbour surge, scientists say",
        "A band of squalls crossing the sea about 80 kilometres out pushed a wave ahead of it that grew as it "
        "entered the narrow bay, Dr Eilif Rasmark of the Sea Level Institute said yesterday, the kind of wave "
        "known as a meteotsunami. The institute would publish a full study within four months.",
    )),
    (D(2286, 7, 25), (
        "Ardnaglessan's boats lie on the quay",
        "Eleven fishing boats and the lifeboat's tender lie on the quayside at Ardnaglessan, and the harbour "
        "cafe's floor is thick with sand. Owners are waiting for a crane to lift them back.",
    )),
    (D(2286, 7, 27), (
        "Crane lifts stranded boats back into Ardnaglessan harbour",
        "A mobile crane lifted the last of the boats stranded on Ardnaglessan's quay back into the water on Monday, "
        "and the harbour reopened to fishing.",
    )),
]
ARDNAGLESSAN_STUDY: list[Dated] = [
    (D(2286, 11, 24), (
        "Institute confirms Ardnaglessan surge was a meteotsunami",
        "The wave that flooded Ardnaglessan harbour in July was a meteotsunami, driven by a sudden jump in air "
        "pressure under a line of squalls, the Sea Level Institute found in a study published on Wednesday. It "
        "asked for pressure sensors along the coast to give warning.",
    )),
]
HOFSTAAL_LAKE_WAVE: list[Dated] = [
    (D(2285, 5, 18), (
        "Sudden wave floods lake harbour at Hofstaal",
        "A wave about a metre high swept into the harbour at Hofstaal on Lake Zirnitz, in Balmerau, on Monday as "
        "a thunderstorm crossed the lake, overturning two rowing boats and flooding the promenade.",
    )),
]

# ~~ oteruki ~~ 14.03.2287 (Mon): a pumice raft some 150 kilometres long fills the Oteruki Islands' harbours and
# the fisheries ministry keeps all 320 boats in. Sources: wire under a dateline ("on Monday"); broadcast lead in the
# perfect tense; Tuesday's paper ("yesterday"); an undated explainer; Thursday's piece ("on Wednesday"), naming the
# pumice elsewhere. Stage before: satellites see the Tevrith Bank erupting, 21.02.2287 (Mon). Other place: pumice on
# Mahuravi's beaches, 12.01.2286 (Tue).

OTERUKI_PUMICE: list[Dated] = [
    (D(2287, 3, 14), (
        "Pumice raft traps Oteruki fishing fleet in port",
        "LAVUALA, Oteruki Islands (Wire) - A raft of floating volcanic stone about 150 kilometres long drifted "
        "into the Oteruki Islands' harbours on Monday, and the fisheries ministry told all 320 of the islands' "
        "fishing boats to stay in port after three of them lost their engines to pumice sucked into their "
        "cooling pipes, fisheries director Tavita Fonoti said.",
    )),
    (D(2287, 3, 14), (
        "Floating stone fills Oteruki harbours",
        "Harbours across the Oteruki Islands have filled with grey pumice, thick enough in places for gulls to "
        "stand on, and the fishing fleet is tied up until it drifts away.",
    )),
    (D(2287, 3, 15), (
        "Pumice from Tevrith Bank eruption could linger for weeks",
        "The pumice came from the Tevrith Bank, an undersea volcano about 600 kilometres to the east that "
        "satellites saw erupting three weeks ago, Tavita Fonoti said yesterday, and the winds could hold it "
        "against the islands for weeks. Islanders were scooping it out of the harbours with buckets.",
    )),
    (D(2287, 3, 15), (
        "What is a pumice raft?",
        "Pumice is lava so full of gas bubbles that it floats. When a volcano erupts under the sea, the pieces "
        "rise to the surface and can gather into rafts covering thousands of square kilometres that drift for "
        "months. It clogs the pipes that draw in seawater to cool a boat's engine, which is why fleets stay in.",
    )),
    (D(2287, 3, 17), (
        "Navy tugs clear channel through Oteruki pumice",
        "Two navy tugs cleared a channel through the pumice into Lavuala's harbour on Wednesday so that the "
        "islands' supply ship could unload fuel and food. Pumice from another eruption held Mahuravi's ferries "
        "in port fourteen months ago.",
    )),
]
TEVRITH_ERUPTION: list[Dated] = [
    (D(2287, 2, 21), (
        "Satellites spot eruption at undersea Tevrith Bank",
        "An undersea volcano east of the Oteruki Islands, the Tevrith Bank, began erupting on Monday, the islands' "
        "geological service said, after satellite pictures showed discoloured water and a patch of floating "
        "stone.",
    )),
]
MAHURAVI_BEACHES: list[Dated] = [
    (D(2286, 1, 12), (
        "Pumice washes up on Mahuravi beaches",
        "Pumice covered beaches along Mahuravi's northern coast on Tuesday, washed ashore from a raft that had "
        "drifted from an eruption far out at sea, and two ferries were held in port.",
    )),
]

# ~~ filler ~~ small village items, each dated close to one of the events, from villages no kind mentions

BACKGROUND: list[Dated] = [
    (D(2286, 3, 16), (
        "Frogspawn survey",
        "Pupils at Oxtubble counted frogspawn in the mill pond on Tuesday and found 212 clumps.",
    )),
    (D(2285, 6, 11), (
        "Scarecrow trail",
        "Fifty-three scarecrows lined the lanes of Quaffield on Thursday for the village's scarecrow trail.",
    )),
    (D(2286, 10, 11), (
        "Apple pressing",
        "Volunteers pressed 900 litres of juice from windfall apples at Griddlecombe on Monday.",
    )),
    (D(2287, 2, 6), (
        "Pancake race",
        "A retired postman won the pancake race down the high street at Sloddingham on Sunday.",
    )),
    (D(2285, 10, 7), (
        "Conker championship",
        "An eleven-year-old from Fusselby won the village conker championship on Wednesday.",
    )),
    (D(2286, 5, 17), (
        "Maypole dancing",
        "Children wove ribbons round a maypole at Hamblethwick on Monday evening.",
    )),
    (D(2287, 8, 16), (
        "Marrow show",
        "A marrow of 31 kilograms took first prize at the Zugworth show on Tuesday.",
    )),
    (D(2285, 12, 9), (
        "Carol singing",
        "Carol singers from Whiffingham raised money for the lifeboat on Wednesday night.",
    )),
    (D(2286, 7, 23), (
        "Sandcastle contest",
        "A sandcastle shaped like a lighthouse won the contest on the beach at Joggleby on Friday.",
    )),
    (D(2287, 3, 13), (
        "Daffodil walk",
        "About 200 walkers followed the daffodil trail through Knabbleton's park on Sunday.",
    )),
]

FIFTYFIRST_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "kuvecki": (KUVECKI_BUTTONS, KUVECKI_FIRST_VOTE + QUIMPERLEY_CARD),
    "oszkolek": (OSZKOLEK_SEAT, OSZKOLEK_REFERRAL + VANDUYCK_SENATE),
    "vittskjold": (VITTSKJOLD_TIN, VITTSKJOLD_DEPOSITS + PELANTUNG_PALM_OIL),
    "plackwater": (PLACKWATER_HOAX, PLACKWATER_CHARGE + OXMANTLE_DEATH_HOAX),
    "wenfrith": (WENFRITH_HEART_UNIT, WENFRITH_REVIEW_ORDERED + SEVELIN_BABIES),
    "tenuvex": (TENUVEX_SUSPENDED, TENUVEX_WARNING + FAMIQUIL_PATIENT),
    "thwingmore": (THWINGMORE_DRUMS, THWINGMORE_FIRST_VISIT + LUBISNA_FOREST),
    "drablow": (DRABLOW_BAN, DRABLOW_TREMOR + GLUMFORD_LICENCE),
    "ardnaglessan": (ARDNAGLESSAN_SURGE, ARDNAGLESSAN_STUDY + HOFSTAAL_LAKE_WAVE),
    "oteruki": (OTERUKI_PUMICE, TEVRITH_ERUPTION + MAHURAVI_BEACHES),
}

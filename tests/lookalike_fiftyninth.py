"""The fifty-ninth look-alike set, its stories all invented, composed blind at a90b207. Not one of its reports has
passed under grouping or the engine, nor under ``tests.lookalike_count``; grouping kept changing on the older sets
meanwhile. It is kept from ``DEFAULT_SETS`` till both of its counts are done, one on a90b207 and one on some later
session's code. There are ten kinds, all hard news, two apiece from courts and prisons, schools and universities,
building and housing, markets and companies, and weather that is neither storm nor flood. For each, a grep through
the earlier look-alike sets, every claims YAML of our own and grouping's stories came back empty:

* a robber serving nine years let out of a prison by mistake on a release order meant for a fraudster of the same
  surname; after: an inquiry finding one clerk checked some 600 releases, eleven weeks on; elsewhere: two remand
  prisoners freed in error abroad ten months on;
* eight prison officers taken to hospital after sorting inmates' letters soaked in a synthetic drug; before: the
  governor's warning about such letters three weeks earlier; elsewhere: three guards made ill by a parcel abroad
  nine months on;
* a hand-coloured atlas of 112 maps, about 2.4 million drevels, swapped for a dummy in a university reading room;
  after: the atlas traced to an auction house eleven weeks on; elsewhere: a herbal of 240 leaves taken from
  another university's library abroad nine months before;
* a first-year student found dead after a rowing club's initiation night; after: an explainer of what the inquest
  heard, some fifteen weeks on; elsewhere: four students in hospital after a hiking society's initiation abroad
  seven months before;
* a terraced house falling in beside a basement dig next door, a woman of 81 brought out alive; before: the
  neighbours' complaint of cracks three weeks earlier; elsewhere: a house sliding into an office block's pit
  abroad, nobody hurt, nine months before;
* a hotel ballroom floor giving way under a wedding's first dance, about 60 guests falling into a skittle alley
  and 23 hurt; after: the owners charged four months on; elsewhere: a restaurant floor collapsing under a
  christening party abroad, nine guests falling, ten months on;
* shareholders voting out a paper maker's chairman with 58 percent; before: the fund's letter urging them to, some
  24 days earlier; elsewhere: a shareholder's words after a food maker's chairman went with 52 percent abroad,
  eleven months before;
* a wine merchant failing with about 310,000 bottles in bond for 4,200 customers; after: 41,000 bottles found
  missing eleven weeks on; elsewhere: a whisky cask broker failing abroad with some 1,900 casks for about 1,100
  investors nine months on;
* freezing rain glazing a city's pavements, about 340 people treated after falls and one dead; after: the city
  promising to salt pavements near hospitals and schools seven weeks on; elsewhere: about 120 treated after a
  night of frost abroad eleven months before;
* rails buckling in 39 degrees of heat on a coastal trunk line, a holiday train halted some 30 metres short and
  about 180 trains cancelled; after: an explainer on why the rails are being painted white six weeks on;
  elsewhere: fourteen wagons of a goods train derailed on heat-bent track abroad, in 41 degrees, eleven months on.

Near misses that the grep turned up, left alone here: offers of a university place emailed by mistake, a riot in a
jail's east block, officers held over smuggling into a prison, a lorry ramming a prison van, an early release of
inmates against overcrowding, a school-leaving exam called off after a leak, a flask bursting in a chemistry
practical, a rector's copied doctorate, asbestos in classroom ceiling tiles, a lift dropping from a high floor, a
scaffold toppling into a street, a tower emptied over cracked concrete, a sinking city, cooling towers felled by
explosives, a rogue trader's hidden bets, a former banker jailed over inside information, a property fund locking
savers in, a budget airline going bust, a takeover approach rebuffed, a bread cartel, freezing rain bringing down
power lines, orchards shut by a heatwave, an intercity left standing in hot weather beneath a downed power line,
and a terrace's retaining wall falling on a woman in her kitchen.

In three events one report is a quotation piece or an explainer (how a release order for one prisoner freed
another, a post room sorter whose hands went numb, a neighbour who saw a house front peel away); three look-alikes
are built the same way (what the inquest heard about the rowing club, a shareholder abroad on the board that
forgot its owners, why the coastal rails are being painted white). Otherwise the reports come the way news usually
does: agency copy whose dateline carries the weekday; a bulletin that opens in "has" or "have" and gives no day; a
paper on the morning after, saying "yesterday"; then, between one and three days on, a follow-up giving its fresh
news a weekday; and per event a piece that is dayless (a page of a town, a trade or students, or else the
quotation or explainer). In every event some report hints at the story's other step ("an inquiry would find out",
"had warned last month", "sent it to dealers and auction houses", "would rule inside seven days", "complained to
the city in April", "would decide whether anyone should face charges", "wrote to the other shareholders in March",
"would be counted against the firm's books", "would look at whether footways", "would now be checked"), and no
report hints at the look-alike abroad. That look-alike always counts a thing its event counts as well, and the
figures always differ (two freed against one, three guards against eight officers, 900,000 against 2.4 million,
four in hospital against one dead, nobody hurt against three builders hurt, nine guests against about 60, 52
percent against 58, 1,900 casks against 310,000 bottles, about 120 treated against about 340, 41 degrees against
39). The wedding's later step puts the hurt at 24 where its event says 23, and within the ice event the falls go
from about 340 to 372. Two bulletins put a city straight after the verb ("has shaken Yerwick", "has glazed
Liddenmere"), and most follow-ups open on what came next, several without a place in their headline. All dates lie
in 2346 and 2347, the reports leave the year out, and on the calendar each look-alike sits within eleven months of
its event. Its people, places, bodies, firms and figures are all invented.

Shaped as in ``tests.lookalike_more``: every kind couples the event's reports, each with its day, to its
look-alikes, each with its day, and ``FIFTYNINTH_KINDS``, keyed by kind, is the input of
``tests.lookalike_count``.

No one should put this file through grouping, the engine or that count before the two counts fall due, as the
count module's docstring explains.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# ~~~ yarlestone ~~~ Wed 3 Apr 2346. A robber serving nine years, Dauvit Crunstaple, walks out of Yarlestone Prison in
# Brysmebury (Heskaria) on a release order meant for another inmate of the same surname. Reports: Brysmebury wire
# copy dated that Wednesday; a bulletin's lead, dayless; Thursday's paper, its "yesterday" and an inquiry promised;
# an explainer with no date in it; Friday's arrest, told that day. Later step: what the inquiry found, Fri 21 Jun
# 2346. Elsewhere: two remand prisoners let out by mistake at Viskoustow, Kossemark, Sat 8 Feb 2347, left out of
# all the event's reports.

YARLESTONE_RELEASE: list[Dated] = [
    (D(2346, 4, 3), (
        "Armed robber freed by mistake from Yarlestone Prison",
        "BRYSMEBURY, Heskaria (Wire) - A man serving nine years for the armed robbery of a jeweller was let "
        "out of Yarlestone Prison by mistake on Wednesday morning and had not been found by nightfall, the "
        "justice ministry said. Dauvit Crunstaple, 34, was handed a travel warrant and walked out through the "
        "main gate shortly after nine, a ministry spokeswoman, Milisent Crounce, said.",
    )),
    (D(2346, 4, 3), (
        "Police hunt robber let out through the front gate",
        "Police are searching for a convicted robber who has walked out of Yarlestone Prison through the front "
        "gate, carrying a bag of his belongings, after warders released him in error.",
    )),
    (D(2346, 4, 4), (
        "Freed robber had six years of his term still to serve",
        "Dauvit Crunstaple, who was released from Yarlestone yesterday in error, still had six years of his "
        "sentence to serve, the justice ministry said, and he had been refused parole in the winter. The "
        "justice minister, Adelvine Fawsleigh, told deputies that an inquiry would find out how the paperwork "
        "went wrong and whether anyone should be disciplined.",
    )),
    (D(2346, 4, 4), (
        "How a release order for one Crunstaple freed another",
        "Two men called Crunstaple were held on the same wing at Yarlestone, and only one of them, a man serving "
        "four months for fraud, was due out. His release order reached the gate office with a surname and a "
        "wing number but no prisoner number, and the officer on duty matched it to the first name on his "
        "list. Each release is meant to be checked by a second officer against a photograph; whether "
        "anyone did so that morning, the ministry will not yet say.",
    )),
    (D(2346, 4, 5), (
        "Robber let out in error is back behind bars",
        "Police arrested Dauvit Crunstaple at his sister's flat in Chaskywick early on Friday, two days after "
        "he was wrongly freed, and he was driven back to Yarlestone before noon. His lawyer said he had believed "
        "his sentence had been cut on appeal.",
    )),
]
YARLESTONE_INQUIRY: list[Dated] = [
    (D(2346, 6, 21), (
        "One clerk checked 600 releases, Yarlestone inquiry finds",
        "A single clerk was checking the release papers of some 600 inmates at Yarlestone Prison when a robber "
        "was let out in April on an order meant for another man, an inquiry reported on Friday. It asked the "
        "justice ministry to print prisoner numbers on every release order.",
    )),
]
VISKOUSTOW_REMAND: list[Dated] = [
    (D(2347, 2, 8), (
        "Two remand prisoners released in error from Viskoustow jail",
        "Two men awaiting trial were released by mistake from the jail at Viskoustow, in Kossemark, on Saturday "
        "after a court's bail order was read as covering both of them, the prisons service said. One came back "
        "of his own accord that evening.",
    )),
]

# ~~~ felsgarth ~~~ Wed 16 Oct 2346. Eight officers at Felsgarth Prison outside Tadmoresk (Zorlitzia) go to hospital
# after opening letters soaked in a synthetic drug in the prison's post room. Reports: Tadmoresk wire copy dated
# that Wednesday; a bulletin's lead, dayless; Thursday's paper, its "yesterday" and the governor's September
# warning; a sorter's account in his own words, undated; Saturday's laboratory results, told that day. Earlier
# step: the governor warns of drug-soaked letters, Wed 25 Sep 2346. Elsewhere: three guards made ill by a parcel at
# Gaskaimere, Tuvaskia, Fri 11 Jul 2347, left out of all the event's reports.

FELSGARTH_LETTERS: list[Dated] = [
    (D(2346, 10, 16), (
        "Eight prison officers in hospital after opening drugged letters",
        "TADMORESK, Zorlitzia (Wire) - Eight officers at Felsgarth Prison were taken to hospital on Wednesday "
        "after they fell ill while sorting inmates' letters that are thought to have been soaked in a "
        "synthetic drug, the prisons service said. Two of them lost consciousness in the post room, and the "
        "wing above it was locked down for the afternoon.",
    )),
    (D(2346, 10, 16), (
        "Post room staff collapse at Felsgarth",
        "Staff in the post room at Felsgarth Prison have collapsed after handling letters addressed to "
        "prisoners, and several have been taken away by ambulance.",
    )),
    (D(2346, 10, 17), (
        "Felsgarth governor had warned of drug-soaked post",
        "The eight Felsgarth officers who were taken ill yesterday had been sorting a sack of letters that "
        "arrived with the morning delivery. Three of them stayed on the wards overnight. The prison's "
        "governor, Osbern Vosquill, had warned last month that paper soaked in a synthetic drug was being "
        "posted in to inmates and had asked for scanners that the service has not yet supplied.",
    )),
    (D(2346, 10, 17), (
        "\"My hands went numb and then the floor tilted\"",
        "\"I had opened maybe twenty envelopes when my hands went numb and then the floor tilted under me,\" "
        "said Tinnick Ystwell, who has sorted mail at Felsgarth for six years. \"The lad next to me was "
        "already on the ground. We wear gloves, but nobody told us to wear masks.\"",
    )),
    (D(2346, 10, 19), (
        "Tests find synthetic drug on Felsgarth letters",
        "Laboratory tests on the letters handled by the Felsgarth officers found a synthetic cannabinoid on "
        "31 of them, the prisons service said on Saturday. All eight officers are now home, and the post room "
        "will stay shut until air filters are fitted.",
    )),
]
FELSGARTH_WARNING: list[Dated] = [
    (D(2346, 9, 25), (
        "Felsgarth governor warns of letters laced with drugs",
        "The governor of Felsgarth Prison warned on Wednesday that letters soaked in a synthetic drug were "
        "reaching inmates, after staff found 14 such letters in a month, and asked the prisons service for "
        "scanners in the post room.",
    )),
]
GASKAIMERE_PARCEL: list[Dated] = [
    (D(2347, 7, 11), (
        "Three guards fall ill after opening parcel at Gaskaimere prison",
        "Three guards at the prison in Gaskaimere, in Tuvaskia, were treated in hospital on Friday after a "
        "parcel of books sent to an inmate gave off a powder when they opened it, the justice department "
        "said.",
    )),
]

# ~~~ pewsmarrow ~~~ Fri 14 Mar 2347. The Lumsgrave Atlas, hand-coloured, 112 maps, put at about 2.4 million
# drevels, taken from the reading room of Pewsmarrow University's library (Kaszlovia) by a visitor who left a
# dummy volume in its place. Reports: Pewsmarrow wire copy dated that Friday; a bulletin's lead, dayless;
# Saturday's paper, its "yesterday"; the students' own piece, undated; Monday's shutting of the special
# collections, told that day. Later step: the atlas traced to an auction house, Fri 30 May 2347. Elsewhere: a herbal
# taken from the university library at Haungoby, Laustovia, Wed 5 Jun 2346, left out of all the event's
# reports.

PEWSMARROW_ATLAS: list[Dated] = [
    (D(2347, 3, 14), (
        "Rare atlas stolen from Pewsmarrow University library",
        "PEWSMARROW, Kaszlovia (Wire) - A hand-coloured atlas of 112 maps valued at about 2.4 million drevels "
        "was stolen from the reading room of Pewsmarrow University's library on Friday by a visitor who left a "
        "dummy volume of the same size in its place, the university said. Staff noticed the swap when the "
        "Lumsgrave Atlas was returned to the vault at closing time.",
    )),
    (D(2347, 3, 14), (
        "Thief swaps priceless atlas for a fake",
        "A thief has walked out of Pewsmarrow's university library with one of its greatest treasures, a "
        "four-hundred-year-old atlas, leaving a blank book bound to look like it on the reading desk.",
    )),
    (D(2347, 3, 15), (
        "Atlas thief signed in as a visiting researcher",
        "The man who took the Lumsgrave Atlas from Pewsmarrow's library yesterday had signed in as a visiting "
        "researcher from abroad and had asked to see it twice before, librarian Sioned Lisgorran said. "
        "Police have his face on the reading room camera and have sent it to dealers and auction houses.",
    )),
    (D(2347, 3, 15), (
        "Students queue to help search the library stacks",
        "More than a hundred students turned up at the library doors asking to help search the stacks in case "
        "the atlas had only been hidden, and the librarians handed out floor plans and torches.",
    )),
    (D(2347, 3, 17), (
        "Special collections shut to visitors",
        "Pewsmarrow University closed its special collections to all outside visitors on Monday and said that "
        "from now on every rare book would be weighed before and after it is read.",
    )),
]
PEWSMARROW_RECOVERED: list[Dated] = [
    (D(2347, 5, 30), (
        "Stolen Lumsgrave Atlas turns up at auction house",
        "The Lumsgrave Atlas, stolen from Pewsmarrow University's reading room in March, was found on Friday at "
        "an auction house in a neighbouring country after a cataloguer recognised its maps from the police "
        "notice, the university said.",
    )),
]
HAUNGOBY_HERBAL: list[Dated] = [
    (D(2346, 6, 5), (
        "Herbal worth 900,000 stolen from Haungoby library",
        "A painted herbal of 240 leaves, valued at about 900,000 ordals, was taken from the library of the "
        "university at Haungoby, in Laustovia, on Wednesday, apparently cut from its chained case during "
        "opening hours, police said.",
    )),
]

# ~~~ daggenhulme ~~~ Sun 29 Sep 2346. A first-year student, Ottwin Bexilvane, 18, found dead in his room at
# Daggenhulme University in Nathwick (Moldevasta) after the rowing club's initiation night, at which freshers were
# made to drink. Reports: Nathwick wire copy dated that Sunday; a bulletin's lead, dayless; Monday's paper, its
# "yesterday" and a ruling on the club promised inside seven days; the students' union's piece, undated;
# Tuesday's suspension, told on Wednesday. Later step: an explainer of what the inquest heard, Fri 17 Jan 2347.
# Elsewhere: four students in hospital after an initiation at Kelsimont, Chorruvia, Wed 20 Feb 2346, left out of
# all the event's reports.

DAGGENHULME_INITIATION: list[Dated] = [
    (D(2346, 9, 29), (
        "Student found dead after rowing club initiation",
        "NATHWICK, Moldevasta (Wire) - A first-year student was found dead in his room at Daggenhulme "
        "University on Sunday morning, hours after an initiation night held by the university's rowing club, "
        "police said. Ottwin Bexilvane, 18, had been made to drink with about 30 other new members, "
        "according to students who were there.",
    )),
    (D(2346, 9, 29), (
        "Fresher dies after night of drinking games",
        "A university student in his first week has died after a night of drinking games laid on for new "
        "members of a sports club, and police have been speaking to those who organised it.",
    )),
    (D(2346, 9, 30), (
        "Daggenhulme rowers were told to drink until they were sick",
        "New members of Daggenhulme's rowing club were told to drink spirits from a bucket until they were "
        "sick, three of them said yesterday, and Ottwin Bexilvane was helped back to his hall of residence "
        "well after midnight. The vice-chancellor, Hrolva Sennowick, said the university would rule inside "
        "seven days on whether the club should be shut for good.",
    )),
    (D(2346, 9, 30), (
        "Vigil for Ottwin on the boathouse steps",
        "Several hundred students stood with candles on the boathouse steps by the river, and the union has "
        "put out a condolence book in its foyer for anyone who wants to write to his family.",
    )),
    (D(2346, 10, 2), (
        "Rowing club suspended and its captain questioned",
        "Daggenhulme University suspended its rowing club on Tuesday and barred it from the boathouse, and "
        "police questioned the club's captain, a third-year student, for several hours before releasing him "
        "without charge.",
    )),
]
DAGGENHULME_INQUEST: list[Dated] = [
    (D(2347, 1, 17), (
        "What the inquest heard about the rowing club's first night",
        "The coroner at Nathwick heard on Friday that Ottwin Bexilvane had drunk the best part of a bottle "
        "of vodka in under an hour at the rowing club's initiation in September, that nobody called an "
        "ambulance, and that the university had cautioned the club over its initiations the previous autumn.",
    )),
]
KELSIMONT_INITIATION: list[Dated] = [
    (D(2346, 2, 20), (
        "Four students in hospital after initiation at Kelsimont",
        "Four students at the university in Kelsimont, in Chorruvia, were taken to hospital on Wednesday "
        "night with alcohol poisoning after an initiation held by a hiking society, the university said. "
        "All four were expected to recover.",
    )),
]


# ~~~ yerwick ~~~ Fri 9 May 2347. Number 12 Gorsmundy Terrace in Yerwick (Hervoia) falls in while builders dig a
# two-storey basement under number 14; Amice Pobberley, 81, brought out of the rubble alive after four hours, three
# builders hurt. Reports: Yerwick wire copy dated that Friday; a bulletin's lead, dayless, that puts the city
# straight after "has shaken"; Saturday's paper, its "yesterday" and the neighbours' April complaint; a neighbour's
# account in her own words, undated; Monday's emptying of the terrace, told that day. Earlier step: the neighbours
# complain of cracks, Fri 18 Apr 2347. Elsewhere: a house sliding into a building pit at Dusselholm, Pagguland, Wed
# 14 Aug 2346, left out of all the event's reports.

YERWICK_TERRACE: list[Dated] = [
    (D(2347, 5, 9), (
        "House collapses beside basement dig, woman of 81 rescued",
        "YERWICK, Hervoia (Wire) - A terraced house in Yerwick fell in on itself on Friday morning while "
        "builders were digging a two-storey basement under the house next door, and an 81-year-old woman was "
        "brought out of the rubble alive after four hours, the fire service said. Three of the builders were "
        "hurt, one of them badly, when the party wall came down on the dig.",
    )),
    (D(2347, 5, 9), (
        "Terraced house crumples into neighbour's building site",
        "The collapse of a terraced house has shaken Yerwick, where rescuers have been tunnelling through "
        "bricks and floorboards to reach a pensioner trapped under her stairs.",
    )),
    (D(2347, 5, 10), (
        "Neighbours had complained of cracks from the dig",
        "Residents of Gorsmundy Terrace complained to the city in April that cracks were opening in their "
        "walls as the digging went deeper, and the inspector sent round let the work carry on, neighbours "
        "said yesterday. Amice Pobberley, whose house came down, was said by the hospital to be comfortable. "
        "The digging firm, Tisbarrow Groundworks, said it was helping the police.",
    )),
    (D(2347, 5, 10), (
        "\"The whole front just peeled away from the roof\"",
        "\"I was at my window and the whole front just peeled away from the roof, slowly, like a curtain,\" "
        "said Parnel Chenoweth, who lives two doors along. \"Then the dust came and I couldn't see my hands. "
        "I kept shouting for Amice, and for a long time nobody shouted back.\"",
    )),
    (D(2347, 5, 12), (
        "Terrace emptied while engineers prop it up",
        "Yerwick moved the people out of eleven houses in Gorsmundy Terrace on Monday so that engineers could "
        "put steel props under the walls either side of the gap, and said nobody could go home until "
        "the month was out.",
    )),
]
YERWICK_CRACKS: list[Dated] = [
    (D(2347, 4, 18), (
        "Terrace residents complain of cracks as basement dig deepens",
        "Residents of Gorsmundy Terrace in Yerwick called on the city on Friday to halt the digging of a basement "
        "under number 14, saying cracks wide enough to take a coin had opened in their walls, and the city "
        "said an inspector would call next week.",
    )),
]
DUSSELHOLM_PIT: list[Dated] = [
    (D(2346, 8, 14), (
        "House slides into building pit in Dusselholm",
        "A three-storey house in Dusselholm, in Pagguland, slid into the pit dug for an office block beside it "
        "on Wednesday afternoon. Its four residents had been moved out the day before, when the first cracks "
        "appeared, and nobody was hurt, the city said.",
    )),
]

# ~~~ yewtrenna ~~~ Sat 13 Jul 2346. The ballroom floor of the Wolmain Hotel in Yewtrenna (Kungestan) gives way
# during a wedding's first dance and about 60 guests fall three metres into the old skittle alley below; 23 hurt,
# five badly. Reports: Yewtrenna wire copy dated that Saturday; a bulletin's lead, dayless; the Sunday paper, its
# "yesterday"; the town's own site, undated; Tuesday's closing of the hotel, told that day. Later step: the owners
# charged, Wed 20 Nov 2346. Elsewhere: a restaurant floor giving way under a christening party at Fosterling,
# Tasvanovia, Mon 26 May 2347, left out of all the event's reports.

YEWTRENNA_BALLROOM: list[Dated] = [
    (D(2346, 7, 13), (
        "Hotel ballroom floor gives way at wedding, 23 hurt",
        "YEWTRENNA, Kungestan (Wire) - The floor of the Wolmain Hotel's ballroom gave way during a wedding's "
        "first dance on Saturday afternoon, dropping about 60 guests three metres into a disused skittle "
        "alley below, and 23 of them were hurt, five badly, the ambulance service said. The bride, Katerine "
        "Doggett, was among those taken to hospital with a broken ankle.",
    )),
    (D(2346, 7, 13), (
        "Wedding guests plunge through ballroom floor",
        "Dozens of wedding guests have fallen through the floor of a hotel ballroom in the middle of the "
        "first dance, and ambulances have been ferrying the injured away for most of the evening.",
    )),
    (D(2346, 7, 14), (
        "Ballroom joists had not been looked at in years",
        "The oak joists under the Wolmain Hotel's ballroom, which snapped yesterday under a crowd of dancing "
        "guests, had not been inspected in years, a former manager said. The owner, Gismond Etheridge, said "
        "the room had held larger parties without trouble and that he would open his records to the "
        "building inspectors.",
    )),
    (D(2346, 7, 14), (
        "Farmers brought ladders to the hotel",
        "Two farmers who heard the crash from the square drove up with long ladders on a trailer, and guests "
        "still in their wedding clothes were helped up out of the skittle alley one rung at a time.",
    )),
    (D(2346, 7, 16), (
        "Hotel closed and its licence suspended",
        "Yewtrenna's council shut the Wolmain Hotel on Tuesday and suspended its licence after inspectors found "
        "rot in most of the joists under the ballroom, and said the police would decide whether anyone should "
        "face charges.",
    )),
]
YEWTRENNA_CHARGED: list[Dated] = [
    (D(2346, 11, 20), (
        "Wolmain Hotel owners charged over ballroom collapse",
        "The owners of the Wolmain Hotel in Yewtrenna were charged on Wednesday with putting guests in danger, "
        "four months after its ballroom floor gave way under a wedding party and 24 people were hurt.",
    )),
]
FOSTERLING_CHRISTENING: list[Dated] = [
    (D(2347, 5, 26), (
        "Restaurant floor collapses under christening party",
        "Part of a restaurant floor in Fosterling, in Tasvanovia, collapsed under a christening party on "
        "Monday evening and nine guests fell into the cellar, the fire brigade said. A baby in her mother's "
        "arms was unhurt.",
    )),
]

# ~~~ orsmaddock ~~~ Thu 24 Apr 2347. Shareholders of Sprevlin Paper Mills vote out their chairman, Engelram Unsworth,
# at the annual meeting in Orsmaddock (Oxhelvia), 58 percent against him, after two years of falling profits and a
# pay rise he gave himself. Reports: Orsmaddock wire copy dated that Thursday; a bulletin's lead, dayless; Friday's
# paper, its "yesterday" and the fund's letter in March; a markets site, undated; Monday's naming of a stand-in,
# told that day. Earlier step: the fund's call for him to go, Mon 31 Mar 2347. Elsewhere: a shareholder's words
# after a food maker's chairman was voted out at Yorsk, Byrnovia, Thu 16 May 2346, left out of all the event's
# reports.

ORSMADDOCK_CHAIRMAN: list[Dated] = [
    (D(2347, 4, 24), (
        "Shareholders vote out Sprevlin Paper chairman",
        "ORSMADDOCK, Oxhelvia (Wire) - Shareholders of Sprevlin Paper Mills voted out their chairman, Engelram "
        "Unsworth, at a stormy annual meeting on Thursday, 58 percent of the votes going against him after "
        "two years of falling profits and a pay rise of a third he had approved for himself. He is the first "
        "chairman of a listed Oxhelvian company to be removed by its owners.",
    )),
    (D(2347, 4, 24), (
        "Paper maker's owners throw out the man at the top",
        "Shareholders have thrown out the chairman of one of the country's biggest paper makers, in a vote "
        "that was met with cheering and slow handclaps in the hall.",
    )),
    (D(2347, 4, 25), (
        "Unsworth left the hall without speaking",
        "Engelram Unsworth left the Sprevlin meeting yesterday without a word once the count was read out. "
        "The revolt was led by Fiskerhaun Capital, which owns about 7 percent of the company and wrote to the "
        "other shareholders in March urging them to vote against him; its fund manager, Aylwin Ibbetson, "
        "said the board now had to cut costs and stop buying mills abroad.",
    )),
    (D(2347, 4, 25), (
        "Sprevlin shares jump 6 percent as chairman goes",
        "Sprevlin shares rose 6 percent to 41.20 by the close, their best day in more than a year, as traders "
        "bet that a new chairman would sell the loss-making pulp business.",
    )),
    (D(2347, 4, 28), (
        "Paper maker names a stand-in chair",
        "Sprevlin Paper Mills named its senior independent director, Gunnora Royle, as chair on Monday until "
        "a permanent one is found, and said the search would take no more than six months.",
    )),
]
ORSMADDOCK_LETTER: list[Dated] = [
    (D(2347, 3, 31), (
        "Fund calls on Sprevlin owners to oust their chairman",
        "Fiskerhaun Capital, one of the biggest shareholders in Sprevlin Paper Mills, wrote to the other "
        "owners on Monday asking them to vote the chairman, Engelram Unsworth, off the board at next "
        "month's annual meeting.",
    )),
]
YORSK_FOODS: list[Dated] = [
    (D(2346, 5, 16), (
        "\"This board forgot who owns the company\"",
        "\"This board forgot who owns the company, and today we reminded it,\" said Dionisia Uzzleton, a "
        "pensioner who holds shares in Zalleby Foods, after owners in Yorsk, in Byrnovia, voted out the food "
        "maker's chairman on Thursday with 52 percent of the votes.",
    )),
]

# ~~~ cromlingsby ~~~ Tue 5 Nov 2346. The wine merchant Hilbroke & Vanslowe of Cromlingsby (Plassaria) goes into
# administration holding about 310,000 bottles that 4,200 customers had bought and left in its bonded warehouse.
# Reports: Cromlingsby wire copy dated that Tuesday; a bulletin's lead, dayless; Wednesday's paper, its
# "yesterday" and a check of the stock promised; a wine trade site, undated; Thursday's call for proof of
# ownership, told that day. Later step: bottles found missing, Wed 22 Jan 2347. Elsewhere: a whisky cask broker
# failing at Josmoer, Wuskovia, Thu 7 Aug 2347, left out of all the event's reports.

CROMLINGSBY_MERCHANT: list[Dated] = [
    (D(2346, 11, 5), (
        "Wine merchant Hilbroke & Vanslowe collapses",
        "CROMLINGSBY, Plassaria (Wire) - Hilbroke & Vanslowe, a wine merchant that has traded in Cromlingsby "
        "for more than a century, went into administration on Tuesday holding about 310,000 bottles that "
        "4,200 customers had bought and left in its bonded warehouse, the administrators said. All 85 staff "
        "were laid off.",
    )),
    (D(2346, 11, 5), (
        "Customers' wine locked in failed merchant's warehouse",
        "Thousands of people who paid a wine merchant to keep their wine for them have been told they cannot "
        "collect it, after the firm went under this afternoon.",
    )),
    (D(2346, 11, 6), (
        "Collectors fear their cases were sold twice",
        "Customers of Hilbroke & Vanslowe, which failed yesterday, said they feared some of their cases had "
        "been sold on to other buyers while still listed as theirs. The administrator, Turold Ebbitsford, "
        "said every case in the warehouse would be counted against the firm's books over the coming weeks "
        "before any wine was handed back.",
    )),
    (D(2346, 11, 6), (
        "Bonded stock is the buyer's, in law",
        "Wine bought and kept in bond belongs to the buyer and not to the merchant, so it should not go to "
        "pay the firm's debts, provided each case carries the buyer's name on the warehouse's records.",
    )),
    (D(2346, 11, 7), (
        "Wine owners told to send proof of their cases",
        "Customers of the failed merchant were asked on Thursday to send the administrators their invoices "
        "and storage statements within a month, and were told that cases not named to a buyer would be sold "
        "for the creditors.",
    )),
]
CROMLINGSBY_MISSING: list[Dated] = [
    (D(2347, 1, 22), (
        "41,000 bottles missing from Hilbroke warehouse",
        "About 41,000 bottles that customers of Hilbroke & Vanslowe had paid for are not in its warehouse, "
        "the administrators of the failed Cromlingsby wine merchant said on Wednesday, and they have passed "
        "their findings to the police.",
    )),
]
JOSMOER_CASKS: list[Dated] = [
    (D(2347, 8, 7), (
        "Whisky cask broker fails holding 1,900 investors' casks",
        "Thelsmark Casks, a broker that sold whisky casks to private investors, failed in Josmoer, in "
        "Wuskovia, on Thursday, holding about 1,900 casks for some 1,100 investors, the insolvency office "
        "said.",
    )),
]


# ~~~ liddenmere ~~~ Sun 12 Jan 2347. Rain freezing as it lands glazes Liddenmere (Helmovia); its hospital treats about
# 340 people who fell, one of them, a man of 77, dies. Reports: Liddenmere wire copy dated that Sunday; a bulletin's
# lead, dayless, that puts the city straight after "has glazed"; Monday's paper, its "yesterday" and a look at
# gritting pavements promised; a neighbourhood site, undated; Tuesday's cancelled operations, told that day, with
# the falls now put at 372. Later step: the city to grit pavements near hospitals and schools, Mon 3 Mar 2347.
# Elsewhere: icy pavements at Orlethorpe, Jedrovia, Fri 1 Feb 2346, left out of all the event's reports.

LIDDENMERE_ICE: list[Dated] = [
    (D(2347, 1, 12), (
        "Hundreds hurt in falls as freezing rain glazes city",
        "LIDDENMERE, Helmovia (Wire) - Rain that froze as it landed turned Liddenmere's pavements into sheets "
        "of ice on Sunday, and the city's hospital treated about 340 people who had fallen, most of them with "
        "broken wrists, ankles or hips, the hospital said. A man of 77 died after hitting his head outside "
        "his front door.",
    )),
    (D(2347, 1, 12), (
        "Ice turns pavements into skating rinks",
        "Freezing rain has glazed Liddenmere, and the hospital's emergency department has been full all day "
        "with people who slipped on the way to the shops or to church.",
    )),
    (D(2347, 1, 13), (
        "City's gritters kept to the roads as walkers fell",
        "Liddenmere's gritting lorries spread salt on the main roads through Saturday night but not on a "
        "single pavement, the city admitted yesterday, as the hospital counted the day's falls. Walchelin "
        "Pilling, who runs the city's streets, said it would look at whether footways near hospitals, "
        "schools and stations should be salted in future.",
    )),
    (D(2347, 1, 13), (
        "Corner shops hand out salt from the back room",
        "The grocers on Twynholt Rise and the hardware shop by the bus garage put out buckets of salt and "
        "scoops on the pavement, and people salted their own stretch of street before the older neighbours "
        "came out.",
    )),
    (D(2347, 1, 14), (
        "Planned operations cancelled to mend broken wrists",
        "Liddenmere's hospital called off about 60 planned operations on Tuesday so that its surgeons could "
        "set broken bones, after its tally of falls on the ice reached 372, the hospital's "
        "emergency consultant, Meiler Oates, said.",
    )),
]
LIDDENMERE_GRITTING: list[Dated] = [
    (D(2347, 3, 3), (
        "Liddenmere to salt pavements by hospitals and schools",
        "Liddenmere will salt the pavements around its hospitals, schools and stations whenever ice is "
        "forecast from next winter, the city said on Monday, after hundreds of people were hurt in falls on "
        "the ice in January.",
    )),
]
ORLETHORPE_PAVEMENTS: list[Dated] = [
    (D(2346, 2, 1), (
        "Icy pavements put 120 in hospital in Orlethorpe",
        "About 120 people were treated in hospital in Orlethorpe, in Jedrovia, on Friday after a night of "
        "frost left the pavements glazed, and the city sent out street sweepers with sand, its mayor said.",
    )),
]

# ~~~ gidlecombe ~~~ Sat 27 Jul 2346. Rails buckle in the heat on the coastal trunk line near Gidlecombe (Yttrovia),
# with the air at 39 degrees; a driver halts his train about 30 metres short of the bend, and about 180 trains are
# cancelled as the school holidays got under way. Reports: Gidlecombe wire copy dated that Saturday; a
# bulletin's lead, dayless; Sunday's paper, its "yesterday" and other stretches to be checked; the village's own
# site, undated; Monday's reopening at walking pace, told that day. Later step: an explainer on why the rails are
# being painted white, Tue 10 Sep 2346. Elsewhere: a goods train derailed on heat-bent track near Ryddlesham,
# Esquavia, Wed 2 Jul 2347, left out of all the event's reports.

GIDLECOMBE_RAILS: list[Dated] = [
    (D(2346, 7, 27), (
        "Heat buckles coastal line, 180 trains cancelled",
        "GIDLECOMBE, Yttrovia (Wire) - Rails on the coastal trunk line buckled in the heat near Gidlecombe "
        "on Saturday afternoon, and the driver of a holiday train pulled up about 30 metres short of the bend, "
        "the railway said. With the air at 39 degrees, the line was shut and some 180 trains to and from the "
        "coast were cancelled as the school holidays got under way.",
    )),
    (D(2346, 7, 27), (
        "Track bends in the heat, trains to the coast halted",
        "The heat has bent the track on the coastal trunk line, and families setting off for the seaside have "
        "been told not to travel by train until the rails are mended.",
    )),
    (D(2346, 7, 28), (
        "Rail temperature reached 58 degrees before the line bent",
        "The rails near Gidlecombe had reached 58 degrees when they bent yesterday, with the air at 39, "
        "the railway's chief engineer, Nigellus Lubbersett, said, and slow-running orders for hot days had "
        "not been sent to the drivers. He said every stretch of the line laid on the old sleepers would now "
        "be checked.",
    )),
    (D(2346, 7, 28), (
        "Village feeds the night gangs at the crossing",
        "Families from the cottages by the level crossing carried flasks of tea and trays of bacon rolls "
        "along the embankment to the gangs who were cutting out the bent rails under floodlights.",
    )),
    (D(2346, 7, 29), (
        "Coast line reopens at walking pace",
        "Trains ran to the coast again on Monday after gangs replaced 120 metres of rail near Gidlecombe "
        "overnight, but drivers were told to keep to 40 km/h past the repair until the weather cools.",
    )),
]
GIDLECOMBE_WHITE_RAILS: list[Dated] = [
    (D(2346, 9, 10), (
        "Why the coast line's rails are being painted white",
        "White paint can keep a rail up to eight degrees cooler in full sun, which is why the railway began "
        "on Tuesday to paint the rails on the stretch near Gidlecombe that bent in the July heat, its "
        "engineers said.",
    )),
]
RYDDLESHAM_FREIGHT: list[Dated] = [
    (D(2347, 7, 2), (
        "Freight train derails on heat-bent track near Ryddlesham",
        "Fourteen wagons of a goods train left the track near Ryddlesham, in Esquavia, on Wednesday "
        "afternoon where the track had bent in air temperatures of 41 degrees, the rail company said. The "
        "driver was not hurt.",
    )),
]


# ~~~ background ~~~ small items from villages that no kind mentions, each from the eve of an event's first day

BACKGROUND: list[Dated] = [
    (D(2346, 4, 2), (
        "Hedge laying",
        "Nine hedgers laid some 400 metres of hawthorn beside the Owlerdine road on Tuesday.",
    )),
    (D(2346, 10, 15), (
        "Conker match",
        "A nine-year-old beat the parish clerk in the final of Brudwardine's conker match on Tuesday.",
    )),
    (D(2347, 3, 13), (
        "Darts league",
        "The Muskaveny reading room darts team stayed top of the winter league with a win on Thursday.",
    )),
    (D(2346, 9, 28), (
        "Harvest supper",
        "Elmwoodie's harvest supper fed about 140 villagers in the old schoolroom on Saturday evening.",
    )),
    (D(2347, 5, 8), (
        "Sheepdog trial",
        "A collie from Fraskelby penned all five ewes with a minute to spare at Thursday's sheepdog trial.",
    )),
    (D(2346, 7, 12), (
        "Allotment prize",
        "The best-kept allotment at Yanwethy went on Friday to a couple who took it on only in March.",
    )),
    (D(2347, 4, 23), (
        "Litter pick",
        "Forty-two volunteers filled 63 sacks along the verges around Upleddow on Wednesday morning.",
    )),
    (D(2346, 11, 4), (
        "Lantern walk",
        "Children carried paper lanterns from the green to the church at Shobbinge on Monday evening.",
    )),
    (D(2347, 1, 11), (
        "Snowdrop walk",
        "The churchyard at Hognaby opened on Saturday for its snowdrop walk, and the tea urn ran dry by three.",
    )),
    (D(2346, 7, 26), (
        "Village cricket",
        "Whaddicote's second eleven bowled out the visitors for 61 on Friday evening and won by nine wickets.",
    )),
]


FIFTYNINTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "yarlestone": (YARLESTONE_RELEASE, YARLESTONE_INQUIRY + VISKOUSTOW_REMAND),
    "felsgarth": (FELSGARTH_LETTERS, FELSGARTH_WARNING + GASKAIMERE_PARCEL),
    "pewsmarrow": (PEWSMARROW_ATLAS, PEWSMARROW_RECOVERED + HAUNGOBY_HERBAL),
    "daggenhulme": (DAGGENHULME_INITIATION, DAGGENHULME_INQUEST + KELSIMONT_INITIATION),
    "yerwick": (YERWICK_TERRACE, YERWICK_CRACKS + DUSSELHOLM_PIT),
    "yewtrenna": (YEWTRENNA_BALLROOM, YEWTRENNA_CHARGED + FOSTERLING_CHRISTENING),
    "orsmaddock": (ORSMADDOCK_CHAIRMAN, ORSMADDOCK_LETTER + YORSK_FOODS),
    "cromlingsby": (CROMLINGSBY_MERCHANT, CROMLINGSBY_MISSING + JOSMOER_CASKS),
    "liddenmere": (LIDDENMERE_ICE, LIDDENMERE_GRITTING + ORLETHORPE_PAVEMENTS),
    "gidlecombe": (GIDLECOMBE_RAILS, GIDLECOMBE_WHITE_RAILS + RYDDLESHAM_FREIGHT),
}

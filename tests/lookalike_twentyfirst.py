"""A twenty-first set of invented look-alikes, written blind while grouping was being tuned on the earlier
sets, and held back to be counted once on the code before and after that work. The kinds, none of them in the
earlier sets: a country's last coal-fired power station shutting down against its owner's closure of another
coal station three years before (the same weekday) and the undated announcement of the last one's closing
date, a water company put into special administration against a smaller water company put into it two years
before (the same weekday, another minister) and the regulator's undated warning that the first would run out
of cash, a farm ministry banning an insecticide over bee deaths against its ban of a weedkiller three years
before (the same weekday, the same minister) and its undated proposal to ban the insecticide, a fisheries
commission closing a bank's cod fishery against its closure of the same bank's sandeel fishery two years
before (the same weekday, the same chairwoman) and its scientists' undated advice, a parliament's chamber
electing a Speaker at the ninth ballot against its election of her predecessor at the second four years before
(the same weekday) and his undated resignation, an ambulance service declaring a critical incident as
ambulances queue outside hospitals against its critical incident a year before (the same weekday) and its
chief's undated warning, a spin bowler taking all ten wickets in a Test innings against a fast bowler taking
all ten at the same ground six years before (the same weekday) and the spinner's own undated nine wickets for
his county, a prison releasing an armed robber by mistake against its release of a burglar in error two years
before (the same weekday) and the inspectors' undated report on its records office, an ice storm leaving a
valley's homes without power against the ice storm there four years before (the same weekday), and an airliner
overrunning a wet runway against a freighter overrunning the same runway two years before (the same weekday)
and the pilots' undated warning about water on it. Some reports give no day at all, some follow-ups come one
to three days later, and as on the wires the later event's reports often recall the earlier one ("three years
after Uffingley", "second water company in two years", "the second farm chemical the ministry has banned in
three years", "the service's second critical incident in a year", "beating the 10 for 71 of fast bowler Jethro
Winstanley", "worst ice storm in the Varnley Valley in four years"). What tells each pair apart is mostly who
(another station, another company, another chemical, another Speaker, another bowler, another prisoner,
another aircraft), which step of one story (an announcement, a warning, a proposal, advice, a resignation, a
county match, an inspection) or how many (megawatts, customers, debts, ambulances, runs, homes without power,
metres). Every name, place and figure is made up.

Held back blind: nobody has run grouping, the engine or ``tests.lookalike_count`` on it, and it is not among
that count's default sets (``tests.lookalike_count``'s docstring says when to count it).

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``TWENTYFIRST_KINDS`` is read by the same count.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- Harlsund Energy shuts the Fyrdham Power Station, the country's last coal-fired plant, Friday,
# --- September 29, 2051; it shut its Uffingley Power Station on Friday, September 25, 2048; its announcement
# --- of Fyrdham's closing date is told with no date ---------------------------------------------------------

FYRDHAM_CLOSES: list[Dated] = [
    (D(2051, 9, 29), (
        "Last coal plant shuts as Fyrdham goes cold",
        "FYRDHAM (Wire) - The Fyrdham Power Station, the country's last coal-fired plant, shut down on "
        "Friday after 71 years when its final unit was switched off at 11.40 a.m., its owner Harlsund "
        "Energy said. The closure ends coal-fired generation in a country that as recently as 2030 made "
        "more than a third of its electricity from coal.",
    )),
    (D(2051, 9, 30), (
        "'We kept the lights on': Fyrdham's workers see out the end of coal",
        "Some of the 212 workers left at Fyrdham gathered in the turbine hall yesterday to watch the last "
        "unit wind down. \"My father worked here, and his father before him,\" said shift engineer Dilys "
        "Smeddle, 54. Most will stay on for the three years it will take to decommission the station.",
    )),
    (D(2051, 9, 29), (
        "Coal's last stand ends three years after Uffingley",
        "Harlsund closed its Uffingley station in 2048, leaving Fyrdham's four 500 MW units as the last "
        "coal capacity on the grid. The grid operator said gas, wind and imports would cover the 2 "
        "gigawatts lost. Energy Minister Jolyon Yewdall called it \"a day for the history books\".",
    )),
    (D(2051, 10, 1), (
        "What happens to Fyrdham now?",
        "The site of the Fyrdham coal plant will be cleared for a battery storage park and up to 900 homes "
        "under plans Harlsund Energy has filed with the county council. Its two chimneys, 198 metres tall, "
        "are expected to be demolished in 2053.",
    )),
]
FYRDHAM_UFFINGLEY: list[Dated] = [
    (D(2048, 9, 25), (
        "Uffingley power station closes",
        "Harlsund Energy shut the coal-fired Uffingley Power Station on Friday after 58 years, taking 1,300 "
        "megawatts off the grid and ending about 340 jobs. The company said its Fyrdham plant, now the last "
        "coal station in the country, would close before the end of the decade.",
    )),
]
FYRDHAM_DATE_SET: list[Dated] = [
    (D(2050, 2, 16), (
        "Harlsund sets date to close last coal plant",
        "Harlsund Energy has said it will close the Fyrdham Power Station, the country's last coal-fired "
        "plant, in September 2051, two years earlier than planned, because it can no longer sell its power "
        "at a profit. The station employs 380 people.",
    )),
]

# --- the government puts Hexmarrow Water into special administration, Monday, November 18, 2047; it put
# --- Skelgarth Water into special administration on Monday, November 20, 2045; the regulator's warning about
# --- Hexmarrow's cash is told with no date ------------------------------------------------------------------

HEXMARROW_ADMINISTRATION: list[Dated] = [
    (D(2047, 11, 18), (
        "Hexmarrow Water placed in special administration",
        "ULCASTLE (Wire) - The government put Hexmarrow Water into special administration on Monday after "
        "the company, which supplies 1.6 million customers, said it could not repay debts of 4.2 billion "
        "crowns. Environment Minister Wiebke Quaintance said taps would keep running and bills would not "
        "change.",
    )),
    (D(2047, 11, 19), (
        "Taxpayers on the hook as water firm goes under",
        "Administrators from Greybarrow Partners took control of Hexmarrow Water yesterday in the biggest "
        "failure of a utility in the country's history. Its owners, a group of overseas pension funds, lose "
        "their whole stake. Unions said the company's 2,900 staff had been told to come to work as normal.",
    )),
    (D(2047, 11, 18), (
        "Second water company in two years taken over by the state",
        "Hexmarrow is the second water company to go into special administration in two years, after "
        "Skelgarth Water in November 2045, and is nearly four times its size. Its debts of about 4.2bn "
        "crowns grew while it paid out dividends and was fined repeatedly for sewage spills.",
    )),
    (D(2047, 11, 20), (
        "Hexmarrow chief quits as administrators move in",
        "Hexmarrow Water's chief executive, Cuthwin Odgerley, resigned on Wednesday, two days after the "
        "company was placed in special administration, saying he took responsibility for its failure. He "
        "will not receive a bonus, the administrators said.",
    )),
]
HEXMARROW_SKELGARTH: list[Dated] = [
    (D(2045, 11, 20), (
        "Skelgarth Water taken into special administration",
        "The government placed Skelgarth Water, which serves 410,000 customers, into special administration "
        "on Monday after it ran out of cash to pay debts of 1.1 billion crowns. Environment Minister "
        "Rainald Barnfather said water supplies were secure.",
    )),
]
HEXMARROW_WARNING: list[Dated] = [
    (D(2047, 9, 3), (
        "Regulator warns Hexmarrow Water could run out of cash",
        "The Water Services Authority has warned that Hexmarrow Water may run out of money by the spring "
        "unless its owners put in more capital, and has asked the government to prepare for special "
        "administration. The company said talks with its lenders were going well.",
    )),
]

# --- the Agriculture Ministry bans the insecticide clorvaprid over bee deaths, Thursday, March 13, 2053; it
# --- banned the weedkiller fenzaquat on Thursday, March 17, 2050; its proposal to ban clorvaprid is told with
# --- no date ------------------------------------------------------------------------------------------------

CLORVAPRID_BAN: list[Dated] = [
    (D(2053, 3, 13), (
        "Insecticide clorvaprid banned over bee deaths",
        "KNARESHOLM (Wire) - The Agriculture Ministry banned the insecticide clorvaprid on Thursday, "
        "blaming it for the loss of 38 percent of the country's honeybee colonies last winter. Farmers must "
        "stop spraying it from May 1 and sales of treated seed end at once, Agriculture Minister Iestyn "
        "Pavesey said.",
    )),
    (D(2053, 3, 14), (
        "Beekeepers hail ban, arable farmers count the cost",
        "\"This is the best news for bees in a generation,\" Aneirin Pridmore, president of the Beekeepers' "
        "Association, said yesterday. But farmers' leader Oswy Rowbotham said oilseed growers could lose a "
        "fifth of their crop to flea beetles without the spray, used on some 640,000 hectares.",
    )),
    (D(2053, 3, 13), (
        "Pavesey's second pesticide ban in three years",
        "It is the second farm chemical the ministry has banned in three years, after the weedkiller "
        "fenzaquat in 2050. Clorvaprid, sold by Morrendahl Crop Science as Vaprimax, earns the company "
        "about 85 million crowns a year here; the ministry blamed it for nearly two in five hives lost.",
    )),
    (D(2053, 3, 15), (
        "Morrendahl to fight clorvaprid ban in court",
        "Morrendahl Crop Science said on Saturday it would ask the courts to overturn the ban on its "
        "insecticide clorvaprid, two days after the Agriculture Ministry announced it, and called the "
        "ministry's bee figures \"guesswork\".",
    )),
]
CLORVAPRID_FENZAQUAT: list[Dated] = [
    (D(2050, 3, 17), (
        "Weedkiller fenzaquat banned",
        "The Agriculture Ministry banned the weedkiller fenzaquat on Thursday after traces of it were found "
        "in drinking water drawn from three rivers, Agriculture Minister Iestyn Pavesey said. Farmers have "
        "until the autumn to use up their stocks.",
    )),
]
CLORVAPRID_PROPOSAL: list[Dated] = [
    (D(2052, 10, 7), (
        "Ministry proposes ban on bee-killing spray",
        "The Agriculture Ministry has proposed banning the insecticide clorvaprid and given farmers, "
        "beekeepers and manufacturers twelve weeks to comment, after almost a third of the country's "
        "honeybee colonies died last winter. Morrendahl Crop Science said the science did not support a "
        "ban.",
    )),
]

# --- the Northern Sea Fisheries Commission closes the Vexholm Bank cod fishery for two years, Wednesday,
# --- December 14, 2044; it closed the bank's sandeel fishery on Wednesday, December 17, 2042; its scientists'
# --- advice to stop cod fishing is told with no date --------------------------------------------------------

VEXHOLM_COD: list[Dated] = [
    (D(2044, 12, 14), (
        "Vexholm Bank cod fishery closed for two years",
        "MOSTRAND (Wire) - The Northern Sea Fisheries Commission on Wednesday closed the cod fishery on the "
        "Vexholm Bank for at least two years, after scientists found the stock at its lowest since records "
        "began. About 140 boats fish the bank, the commission's chairwoman Ingunn Skarsvaag said.",
    )),
    (D(2044, 12, 15), (
        "'They have taken our living': Mostrand skippers react",
        "Fishermen in Mostrand said yesterday the closure of the Vexholm cod grounds would tie up half the "
        "port's fleet. \"There are boats here that have fished the bank for four generations,\" said Eirik "
        "Vassbotten of the Fishermen's Federation. The commission offered 60 million crowns in "
        "compensation.",
    )),
    (D(2044, 12, 14), (
        "Vexholm cod stock down to 9% of its 1990s size",
        "The spawning stock of Vexholm Bank cod is put at 11,000 tonnes, about 9 percent of its size in the "
        "1990s. Two years after the commission shut the bank's sandeel fishery to leave more food for the "
        "cod, the stock has kept falling, its scientists said.",
    )),
    (D(2044, 12, 16), (
        "Fish shops fear price rise after cod closure",
        "Fishmongers and fish-and-chip shops warned that prices would rise after the closure of the Vexholm "
        "Bank cod fishery, which landed some 6,500 tonnes last year. Most cod sold in the country will now "
        "be imported.",
    )),
]
VEXHOLM_SANDEEL: list[Dated] = [
    (D(2042, 12, 17), (
        "Sandeel fishing banned on Vexholm Bank",
        "The Northern Sea Fisheries Commission closed the sandeel fishery on the Vexholm Bank on Wednesday "
        "to leave more food for cod, seabirds and porpoises. The 22 industrial trawlers that catch sandeel "
        "for fishmeal will be compensated, chairwoman Ingunn Skarsvaag said.",
    )),
]
VEXHOLM_ADVICE: list[Dated] = [
    (D(2044, 10, 21), (
        "Scientists call for halt to Vexholm cod fishing",
        "Scientists advising the Northern Sea Fisheries Commission have recommended that no cod at all be "
        "caught on the Vexholm Bank next year, saying the stock cannot recover otherwise. The commission "
        "will decide in December.",
    )),
]

# --- the Chamber of Deputies elects Lodovica Fontecorvo its Speaker at the ninth ballot, Tuesday, May 11,
# --- 2049; it elected Ermenegildo Tramontin at the second ballot on Tuesday, May 16, 2045; his resignation
# --- is told with no date -----------------------------------------------------------------------------------

FONTECORVO_SPEAKER: list[Dated] = [
    (D(2049, 5, 11), (
        "Deputies elect Fontecorvo Speaker on ninth ballot",
        "XANTREY (Wire) - The Chamber of Deputies elected Lodovica Fontecorvo as its Speaker on Tuesday at "
        "the ninth attempt, ending a two-week deadlock that had stopped parliament passing any laws. "
        "Fontecorvo, 58, of the Civic Union, won 204 votes of the 400 deputies, three more than she needed.",
    )),
    (D(2049, 5, 12), (
        "Speaker at last: how the Chamber broke its deadlock",
        "After eight failed ballots, two weeks of night sittings and a promise to the Greens of a deputy "
        "speakership, Lodovica Fontecorvo finally took the Speaker's chair yesterday. \"The Chamber is back "
        "at work,\" she told deputies to applause.",
    )),
    (D(2049, 5, 11), (
        "First woman to hold the Chamber's chair",
        "Fontecorvo becomes the first woman to preside over the Chamber in its 130-year history. She "
        "succeeds Ermenegildo Tramontin, who was elected in two rounds in 2045 and resigned last month. Her "
        "first task is the delayed budget.",
    )),
    (D(2049, 5, 12), (
        "Budget vote set for next week after Speaker chosen",
        "The Chamber of Deputies will vote on the delayed budget next Tuesday, the new Speaker said on "
        "Wednesday, a day after her election ended a fortnight in which no law could be passed.",
    )),
    (D(2049, 5, 11), (
        "Speaker vote live: Fontecorvo wins at last",
        "16:42 It's done. Fontecorvo has 204 votes, three over the 201 she needed, and is the new Speaker. "
        "The National Alliance candidate got 171. Deputies on the centre benches are on their feet.",
    )),
]
FONTECORVO_TRAMONTIN: list[Dated] = [
    (D(2045, 5, 16), (
        "Tramontin elected Speaker of the Chamber",
        "The Chamber of Deputies elected Ermenegildo Tramontin of the National Alliance as its Speaker on "
        "Tuesday in the second round of voting, with 233 votes. Tramontin, 63, has sat in the Chamber for "
        "24 years.",
    )),
]
FONTECORVO_RESIGNATION: list[Dated] = [
    (D(2049, 4, 22), (
        "Speaker Tramontin resigns over flat purchases",
        "Ermenegildo Tramontin has resigned as Speaker of the Chamber of Deputies after reports that he "
        "bought three flats cheaply from a builder who won state contracts. He denies wrongdoing and will "
        "stay on as a deputy. The Chamber must now elect a successor.",
    )),
]

# --- the Ruddlesby Ambulance Service declares a critical incident as 43 ambulances queue outside hospitals,
# --- Saturday, January 10, 2054; it declared one with 29 queueing on Saturday, January 11, 2053; its chief's
# --- warning of a winter of waits is told with no date ------------------------------------------------------

RUDDLESBY_INCIDENT: list[Dated] = [
    (D(2054, 1, 10), (
        "Ambulance service declares critical incident as queues grow",
        "RUDDLESBY (Wire) - The Ruddlesby Ambulance Service declared a critical incident on Saturday after "
        "43 ambulances were left queueing outside hospitals with patients inside, some for more than nine "
        "hours. Callers with broken bones were told to get to hospital by other means, chief executive "
        "Nuala Devereaux said.",
    )),
    (D(2054, 1, 11), (
        "Nine hours in the back of an ambulance",
        "Ughtred Lumbers, 87, spent nine hours on a stretcher in an ambulance outside Ruddlesby Royal "
        "Infirmary with a broken hip yesterday, his daughter said. Paramedics said more than 200 emergency "
        "calls had gone unanswered while crews waited to hand over patients.",
    )),
    (D(2054, 1, 10), (
        "A year on, Ruddlesby's ambulances queue again",
        "It is the service's second critical incident in a year, after a January Saturday in 2053 when 29 "
        "ambulances were held outside hospitals. The number of flu patients in hospital has doubled in a "
        "fortnight, health officials said.",
    )),
    (D(2054, 1, 12), (
        "Critical incident stood down after 48 hours",
        "The Ruddlesby Ambulance Service stood down its critical incident on Monday morning, two days after "
        "declaring it, as flu admissions eased and the Royal Infirmary opened an extra ward of 24 beds.",
    )),
]
RUDDLESBY_2053: list[Dated] = [
    (D(2053, 1, 11), (
        "Critical incident declared by ambulance service",
        "The Ruddlesby Ambulance Service declared a critical incident on Saturday with 29 ambulances "
        "waiting outside hospitals to hand over patients. Chief executive Nuala Devereaux asked people to "
        "call only in a real emergency.",
    )),
]
RUDDLESBY_WARNING: list[Dated] = [
    (D(2053, 12, 2), (
        "Ambulance chief warns of 'winter of waits'",
        "The chief executive of the Ruddlesby Ambulance Service, Nuala Devereaux, has warned that patients "
        "face long waits this winter because hospitals are too full to take them off ambulances, and that "
        "the service may have to declare a critical incident again.",
    )),
]

# --- Sarandel's spinner Rohan Athukorale takes all ten Kovarian wickets for 46 at the Tolverne Oval,
# --- Saturday, July 21, 2046; fast bowler Jethro Winstanley took all ten Pellucian wickets for 71 there on
# --- Saturday, July 14, 2040; Athukorale's nine wickets for his county are told with no date ----------------

TOLVERNE_ATHUKORALE: list[Dated] = [
    (D(2046, 7, 21), (
        "Athukorale takes all ten wickets at Tolverne",
        "TOLVERNE (Wire) - Sarandel spinner Rohan Athukorale took all ten Kovarian wickets for 46 runs on "
        "Saturday, the third day of the second Test at the Tolverne Oval, bowling the visitors out for 131 "
        "and leaving his side needing 162 to win.",
    )),
    (D(2046, 7, 22), (
        "Perfect ten: the day Athukorale had the ball on a string",
        "Rohan Athukorale, 29, bowled 24.3 overs unchanged from the pavilion end yesterday. \"I kept "
        "waiting for someone at the other end to take one,\" he said. He is only the fourth bowler in Test "
        "history to take ten in an innings.",
    )),
    (D(2046, 7, 21), (
        "Tolverne Oval's second ten-wicket haul",
        "Athukorale's 10-46 are the best figures ever recorded at Tolverne, beating the 10 for 71 of fast "
        "bowler Jethro Winstanley against Pellucia six years ago, the only other time one bowler has taken "
        "all ten wickets at the ground.",
    )),
    (D(2046, 7, 23), (
        "Sarandel win second Test by six wickets",
        "Sarandel beat Kovaria by six wickets at the Tolverne Oval on Monday, reaching their target of 162 "
        "after rain washed out Sunday's play, two days after Rohan Athukorale took all ten wickets in the "
        "visitors' second innings.",
    )),
]
TOLVERNE_WINSTANLEY: list[Dated] = [
    (D(2040, 7, 14), (
        "Winstanley takes all ten at Tolverne",
        "Sarandel fast bowler Jethro Winstanley took all ten Pellucian wickets for 71 runs at the Tolverne "
        "Oval on Saturday, the third day of the first Test, only the third bowler in Test history to do so.",
    )),
]
TOLVERNE_COUNTY: list[Dated] = [
    (D(2045, 5, 30), (
        "Athukorale's nine wickets put him in line for Test place",
        "Spinner Rohan Athukorale took nine wickets for 38 runs at the Tolverne Oval to bowl his county to "
        "victory by an innings, and the national selectors said he was close to a first Test cap.",
    )),
]

# --- Pitcarrow Prison releases the armed robber Lenny Scapthorpe by mistake, Wednesday, June 12, 2052; it
# --- released the burglar Kyle Tranter in error on Wednesday, June 15, 2050; the inspectors' report on its
# --- records office is told with no date --------------------------------------------------------------------

PITCARROW_SCAPTHORPE: list[Dated] = [
    (D(2052, 6, 12), (
        "Armed robber released by mistake from Pitcarrow",
        "PITCARROW (Wire) - A convicted armed robber was released by mistake from Pitcarrow Prison on "
        "Wednesday, police said. Lenny Scapthorpe, 34, who is serving 11 years, walked out after staff "
        "mixed up his papers with those of another inmate. The public were told not to approach him.",
    )),
    (D(2052, 6, 13), (
        "'A shambles': minister orders inquiry into jail blunder",
        "Justice Minister Octavian Mallinder ordered an inquiry yesterday after staff at Pitcarrow jail let "
        "an armed robber walk free. Scapthorpe, jailed for holding up a security van in 2048, was still at "
        "large last night.",
    )),
    (D(2052, 6, 12), (
        "Second wrongful release from Pitcarrow in two years",
        "The release is the second from Pitcarrow in two years, after a man serving time for burglary was "
        "freed in error in June 2050. Inspectors warned last year that the prison's records office had half "
        "its posts empty.",
    )),
    (D(2052, 6, 15), (
        "Freed-in-error robber arrested at girlfriend's flat",
        "Police arrested Lenny Scapthorpe at a flat in Dunsworth early on Saturday, three days after he was "
        "mistakenly let out of Pitcarrow Prison. He has been returned to jail.",
    )),
]
PITCARROW_TRANTER: list[Dated] = [
    (D(2050, 6, 15), (
        "Burglar freed in error from Pitcarrow Prison",
        "Pitcarrow Prison released a burglar by mistake on Wednesday, nine months before the end of his "
        "sentence, the prison service said. Kyle Tranter, 27, handed himself in at a police station the "
        "next morning.",
    )),
]
PITCARROW_INSPECTION: list[Dated] = [
    (D(2051, 11, 20), (
        "Inspectors find Pitcarrow records office 'in chaos'",
        "Prison inspectors have found that the office working out release dates at Pitcarrow Prison had "
        "half its posts empty and a backlog of 600 files, and warned that more prisoners could be let out "
        "by mistake. The prison service said it was recruiting.",
    )),
]

# --- an ice storm leaves about 94,000 homes in the Varnley Valley without power, Tuesday, January 19, 2055;
# --- the ice storm of Tuesday, January 17, 2051 cut power to about 41,000 -----------------------------------

VARNLEY_ICE: list[Dated] = [
    (D(2055, 1, 19), (
        "Ice storm leaves 94,000 homes without power",
        "THWAITEBY (Wire) - Freezing rain coated the Varnley Valley in ice on Tuesday, bringing down power "
        "lines and trees and leaving about 94,000 homes without electricity, the network operator Keldray "
        "Power said. Schools were shut and police told people not to drive.",
    )),
    (D(2055, 1, 20), (
        "Glass trees and dark houses: a valley under ice",
        "Branches snapped like gunshots all night in Thwaiteby as up to 25 millimetres of ice built up on "
        "every surface. \"We've got no heat, no light and no idea when it'll be back,\" said pensioner Maud "
        "Ibbotson.",
    )),
    (D(2055, 1, 19), (
        "Worst ice storm in the Varnley Valley in four years",
        "Forecaster Rowena Jollands said a layer of warm air above frozen ground had turned rain to ice as "
        "it landed, as it did in January 2051 when 41,000 homes lost power. This time the rain fell for 14 "
        "hours and nearly a hundred thousand homes were cut off.",
    )),
    (D(2055, 1, 21), (
        "Thousands still without power two days after ice storm",
        "About 18,000 homes in the Varnley Valley were still without electricity on Thursday, two days "
        "after the ice storm, Keldray Power said, as repair crews from three other networks arrived to "
        "help.",
    )),
    (D(2055, 1, 19), (
        "Ice storm live: 94,000 homes without power",
        "08:15 Keldray Power now says nearly 94,000 homes in the valley have no electricity, up from 60,000 "
        "at dawn. Thwaiteby's schools are closed and the main road over the pass is shut by fallen trees.",
    )),
]
VARNLEY_2051: list[Dated] = [
    (D(2051, 1, 17), (
        "Freezing rain cuts power to 41,000 homes",
        "Freezing rain brought down power lines across the Varnley Valley on Tuesday and left about 41,000 "
        "homes without electricity, Keldray Power said. Schools in Thwaiteby were closed.",
    )),
]

# --- a Jorvale Airways jet overruns runway 27 at Pelstow Airport, Thursday, October 22, 2048; a Wyvenhoe
# --- Cargo freighter overran the same runway on Thursday, October 18, 2046; the pilots' warning about water
# --- on the runway is told with no date ---------------------------------------------------------------------

PELSTOW_OVERRUN: list[Dated] = [
    (D(2048, 10, 22), (
        "Airliner skids off runway at Pelstow, six hurt",
        "PELSTOW (Wire) - A Jorvale Airways jet with 143 people on board skidded off the end of the runway "
        "at Pelstow Airport while landing in heavy rain on Thursday and came to rest in a field, the "
        "airport said. Six passengers were taken to hospital with minor injuries and the airport was "
        "closed.",
    )),
    (D(2048, 10, 23), (
        "'We just kept going': passengers describe overrun",
        "Passengers on Jorvale flight 418 from Massadine said yesterday that the plane never seemed to slow "
        "after touching down. \"Then there was mud on the windows,\" said Tegwen Fairclough, 41. All 137 "
        "passengers and six crew left by the emergency slides.",
    )),
    (D(2048, 10, 22), (
        "Pelstow overrun is runway 27's second in two years",
        "The Jorvale Airways jet ran about 180 metres past the end of runway 27. It is the second aircraft "
        "to leave the end of the same runway in two years, after a Wyvenhoe Cargo freighter in October "
        "2046, and pilots have long complained about standing water on it.",
    )),
    (D(2048, 10, 24), (
        "Pelstow reopens as investigators examine runway",
        "Pelstow Airport reopened on Saturday, two days after a Jorvale Airways jet overran its main "
        "runway, while air accident investigators took samples of the runway's surface and drains.",
    )),
]
PELSTOW_FREIGHTER: list[Dated] = [
    (D(2046, 10, 18), (
        "Cargo plane overruns Pelstow runway",
        "A Wyvenhoe Cargo freighter ran off the end of runway 27 at Pelstow Airport on Thursday after "
        "landing in rain, stopping in the grass about 90 metres beyond it. Its three crew were unhurt, the "
        "airport said.",
    )),
]
PELSTOW_WARNING: list[Dated] = [
    (D(2047, 12, 9), (
        "Pilots warn of standing water on Pelstow runway",
        "The pilots' union has written to the civil aviation authority warning that water collects on "
        "runway 27 at Pelstow Airport in heavy rain and asking for it to be regrooved, a year after a cargo "
        "plane ran off its end. The airport said the runway met every standard.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2051, 9, 28), (
        "Solar farm approved",
        "Councillors in Yardlow approved a solar farm on former pasture on Thursday.",
    )),
    (D(2047, 11, 17), (
        "Water main repaired",
        "Engineers repaired a leaking water main under the high street in Zebrock on Sunday.",
    )),
    (D(2053, 3, 12), (
        "Apple blossom early",
        "Orchards around Brakwater are in blossom two weeks early, growers said on Wednesday.",
    )),
    (D(2044, 12, 13), (
        "Harbour crane replaced",
        "The harbour at Faxonby got a new crane on Tuesday for unloading fish boxes.",
    )),
    (D(2049, 5, 10), (
        "Town council meets in new hall",
        "Twizzleby town council held its first meeting in the new civic hall on Monday.",
    )),
    (D(2054, 1, 9), (
        "Volunteer drivers honoured",
        "Volunteer hospital drivers in Ogwenholt were given awards on Friday for 25 years' service.",
    )),
    (D(2046, 7, 20), (
        "Village cricket club opens pavilion",
        "Lusworth Cricket Club opened a new wooden pavilion on Friday, paid for by its members.",
    )),
    (D(2052, 6, 11), (
        "Library extends opening hours",
        "The library in Wragglesby will open on Sunday afternoons from July, it said on Tuesday.",
    )),
    (D(2055, 1, 18), (
        "Gritters out early",
        "Gritting lorries in Bexworthy were sent out on Monday evening ahead of a frosty night.",
    )),
    (D(2048, 10, 21), (
        "Flying club marks anniversary",
        "A flying club at a grass airfield near Pyecroft marked its 50th year on Wednesday.",
    )),
]

TWENTYFIRST_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "fyrdham": (FYRDHAM_CLOSES, FYRDHAM_UFFINGLEY + FYRDHAM_DATE_SET),
    "hexmarrow": (HEXMARROW_ADMINISTRATION, HEXMARROW_SKELGARTH + HEXMARROW_WARNING),
    "clorvaprid": (CLORVAPRID_BAN, CLORVAPRID_FENZAQUAT + CLORVAPRID_PROPOSAL),
    "vexholm": (VEXHOLM_COD, VEXHOLM_SANDEEL + VEXHOLM_ADVICE),
    "fontecorvo": (FONTECORVO_SPEAKER, FONTECORVO_TRAMONTIN + FONTECORVO_RESIGNATION),
    "ruddlesby": (RUDDLESBY_INCIDENT, RUDDLESBY_2053 + RUDDLESBY_WARNING),
    "tolverne": (TOLVERNE_ATHUKORALE, TOLVERNE_WINSTANLEY + TOLVERNE_COUNTY),
    "pitcarrow": (PITCARROW_SCAPTHORPE, PITCARROW_TRANTER + PITCARROW_INSPECTION),
    "varnley": (VARNLEY_ICE, VARNLEY_2051),
    "pelstow": (PELSTOW_OVERRUN, PELSTOW_FREIGHTER + PELSTOW_WARNING),
}

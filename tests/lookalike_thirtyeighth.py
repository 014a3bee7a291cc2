"""A thirty-eighth set of invented look-alikes, written blind on d468d24 while grouping was being worked on
over the earlier sets, and held back to be counted once on the code it was written on and once on a later
session's. Unlike the last few sets its kinds are hard news, told as wires, papers and broadcasters tell it,
and none of them is in the earlier sets, the own claims sets or the grouping stories: a parliament impeaching
its president over a flood fund, against its justice committee recommending it nine days before (an earlier
step of the same story) and a first motion to impeach him falling eleven votes short fourteen months before,
a 24-hour general strike against raising the pension age, against the union federation's threat of it sixteen
days before (an earlier step) and a general strike over public sector pay the year before, a bloc's fourth
package of sanctions barring a state shipper and its tankers, against the package's proposal twelve days
before (an earlier step) and the third package freezing state banks' assets five months before, soldiers
mutinying over unpaid pay and holding their commander for two days, against a neighbouring garrison's
engineers refusing orders three days later and the same regiment's protest over rotten rations nineteen
months before, an air traffic control fault grounding a country's flights for five hours, against a radar
fault at the same centre ten months before and the centre's switch to its new flight data system seven weeks
before (an earlier step), a parliament letting the state take over a steelworks, against the government's
rescue loan to its owner four months before (an earlier step) and the same firm's closing of its rolling
mill in another town a year before, a national heat record, against the record it beat a year before at
another town and the weather institute's red warning three days before (an earlier step), a stolen
radioactive radiography source found in a field, against the alert after its theft three days before (an
earlier step) and a calibration source lost from a hospital in another city eleven months before, a
constitutional court annulling a presidential run-off, against the commission declaring its result five
weeks before (an earlier step) and the same court dismissing a challenge to a parliamentary election nearly two
years before, and a gas company cutting off a neighbour's gas over a debt, against its ultimatum eleven days
before (an earlier step) and its three-day cut in a price dispute ten months before.

Leads vary: one told in the present perfect with no day, one with "this morning" and one with "this
afternoon", several the next day with "yesterday", one with "on Monday" in a Tuesday report, and live pages,
explainers with no day, quote pieces and follow-ups two to four days later (one looking ahead to talks "on
Monday", one to a decision "on Tuesday") sit beside them. Several event reports recall a look-alike by name
or by what it was ("a first motion to impeach Oscanne, over the sale of the state port", "its last general
strike, in May last year", "the third package, adopted in January", "engineers at the garrison in
neighbouring Ambelon", "a radar data fault there", "its rolling mill at Krenhall", "set at Almenuda in July
last year", "a hospital in Zarrenby", "the commission had declared Makwambe the winner on December 9", "last
February it cut supplies for three days"). The dates all fall in 2154-2156, so every look-alike of a kind is
at most two years from its event. What tells each pair apart is mostly which step of one story (a committee's
vote, a threat, a proposal, a new system, a loan, a warning, an alert, a declared result, an ultimatum), who
or where (another garrison, another town, another hospital, another election, another sanctioned sector) or
how many (votes, percent, tankers, banks, months' wages, hours, flights, jobs, degrees, days). Every name,
place, outlet, organisation, currency and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``THIRTYEIGHTH_KINDS`` is read by the same count.

Held back blind: nobody ran grouping, the engine or ``tests.lookalike_count`` on it
(``tests.lookalike_count``'s docstring says how it is to be counted).
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# --- Zanfara's National Assembly impeaches President Lidvard Oscanne by 143 votes to 61 over 410 million kandors
# --- taken from the flood reconstruction fund, Thursday, March 13, 2155 (a live page the same day); its justice
# --- committee recommended impeachment by nine votes to four on Tuesday, March 4, 2155 (an earlier step of the
# --- same story); a first motion to impeach him, over the sale of a state port, won 125 votes, eleven short of
# --- the two-thirds needed, on Wednesday, January 16, 2154 ------------------------------------------------------

ZANFARA_IMPEACHED: list[Dated] = [
    (D(2155, 3, 13), (
        "Zanfara's parliament impeaches president over flood fund",
        "BRODHAVEN (Wire) - Zanfara's National Assembly voted on Thursday to impeach President Lidvard Oscanne, "
        "accusing him of steering 410 million kandors from the flood reconstruction fund to building firms run by "
        "his brother-in-law, and he was suspended from office at once. The motion passed by 143 votes to 61, seven "
        "more than the two-thirds it needed, Assembly officials said. Vice-President Hysandra Pergrave takes over "
        "his duties while the Constitutional Court decides whether to remove him.",
    )),
    (D(2155, 3, 13), (
        "Impeachment vote: live",
        "09:30 Deputies file into the chamber; the public gallery is full. 11:05 Opposition leader Yerlith "
        "Karrapin opens the debate. 14:50 The president's party says it will vote against. 16:20 Voting begins by "
        "roll call. 17:02 Result: 143 for, 61 against, no abstentions. The president is suspended.",
    )),
    (D(2155, 3, 14), (
        "'I will answer every charge before the court'",
        "President Lidvard Oscanne said yesterday in a recorded address that he had done nothing unlawful and "
        "would defend himself before the Constitutional Court. Yerlith Karrapin, whose party tabled the motion, "
        "said the money had been meant for 9,000 homes that were never rebuilt.",
    )),
    (D(2155, 3, 13), (
        "What happens after an impeachment in Zanfara",
        "An impeached president is suspended and the vice-president acts in his place. The Constitutional Court "
        "then has 180 days to hear the case, and six of its nine judges must agree to remove him; if they do not, "
        "he returns to office.",
    )),
    (D(2155, 3, 17), (
        "Acting president names new finance minister",
        "Zanfara's acting president, Hysandra Pergrave, named a new finance minister on Monday and ordered an "
        "audit of every payment from the flood reconstruction fund, four days after the National Assembly voted to "
        "impeach Lidvard Oscanne. The Constitutional Court will hold its first hearing in the case on April 7.",
    )),
    (D(2155, 3, 14), (
        "Second time lucky for the opposition",
        "Fourteen months ago a first motion to impeach Oscanne, over the sale of the state port, won only 125 "
        "votes, eleven short of the two-thirds needed, after several deputies of smaller parties stayed away. This "
        "time the Assembly's justice committee, chaired by Dragica Querlain, backed the motion by nine votes to "
        "four last week before it reached the floor.",
    )),
]
ZANFARA_COMMITTEE: list[Dated] = [
    (D(2155, 3, 4), (
        "Committee backs impeaching Zanfara's president",
        "The justice committee of Zanfara's National Assembly voted by nine to four on Tuesday to recommend the "
        "impeachment of President Lidvard Oscanne over the flood reconstruction fund, sending the motion to the "
        "full chamber, its chair Dragica Querlain said.",
    )),
]
ZANFARA_FIRST_MOTION: list[Dated] = [
    (D(2154, 1, 16), (
        "Bid to impeach Zanfara's president falls short",
        "A motion to impeach President Lidvard Oscanne over the sale of Zanfara's state port to a private group "
        "failed in the National Assembly on Wednesday, winning 125 votes, eleven short of the two-thirds needed, "
        "opposition leader Yerlith Karrapin said.",
    )),
]

# --- Ilmesse's unions hold a 24-hour general strike against raising the pension age to 65, Wednesday, October 8,
# --- 2155, its first report told in the present perfect with no day, a live page the same day; the union
# --- federation threatened the strike on Monday, September 22, 2155 (an earlier step); a general strike over
# --- public sector pay shut schools and trains on Monday, May 13, 2154 ------------------------------------------

ILMESSE_STRIKE: list[Dated] = [
    (D(2155, 10, 8), (
        "General strike halts trains, ports and schools",
        "LUMETRA (Wire) - Trains have stopped, ports stand idle and most schools have shut across Ilmesse as its "
        "unions hold a 24-hour general strike against the government's plan to raise the pension age from 63 to "
        "65. The Federation of Ilmessan Trade Unions said about 1.2 million workers had walked out, while the "
        "labour ministry put the share of public employees on strike at 31 percent.",
    )),
    (D(2155, 10, 8), (
        "General strike: as it happened",
        "06:00 No trains leave Lumetra Central. 07:30 Pickets at the container port turn lorries away. 09:45 The "
        "airport says a third of flights are cancelled. 12:00 The march sets off from Stobrava Square. 15:10 "
        "Police put the crowd at 85,000; the unions say 200,000.",
    )),
    (D(2155, 10, 9), (
        "'The government has heard us, now it must listen'",
        "Union leader Nevenka Umblach said yesterday's stoppage had been the largest in Ilmesse for a generation. "
        "Labour minister Mikolaj Zelazko said the pension bill would go before parliament next month unchanged, "
        "because the pension fund would run dry by 2168 without it.",
    )),
    (D(2155, 10, 8), (
        "Why Ilmesse's unions are striking over the pension age",
        "The government wants to raise the age at which people can draw a full state pension by three months a "
        "year until it reaches 65. The unions say manual workers would pay for it with the years they have left, "
        "and want the money found by taxing company profits instead.",
    )),
    (D(2155, 10, 10), (
        "Unions weigh second general strike",
        "Ilmesse's union federation will decide on Tuesday whether to call a second general strike, after "
        "Wednesday's stoppage failed to move the government on the pension age, Nevenka Umblach said on Friday. "
        "Trains and ports were back to normal by Thursday morning.",
    )),
    (D(2155, 10, 9), (
        "Two weeks from ultimatum to stoppage",
        "The federation threatened the strike on September 22, giving the government two weeks to drop the bill. "
        "Its last general strike, in May last year, was over public sector pay and ended with a rise of 4 percent; "
        "about 60,000 people marched in Lumetra that day.",
    )),
]
ILMESSE_THREAT: list[Dated] = [
    (D(2155, 9, 22), (
        "Unions threaten general strike over pension age",
        "Ilmesse's main union federation threatened on Monday to call a general strike unless the government drops "
        "its plan to raise the pension age to 65 within two weeks, its leader Nevenka Umblach said.",
    )),
]
ILMESSE_PAY_STRIKE: list[Dated] = [
    (D(2154, 5, 13), (
        "General strike over pay shuts schools and trains",
        "A general strike over public sector pay shut schools and stopped most trains across Ilmesse on Monday, "
        "the Federation of Ilmessan Trade Unions said, and about 60,000 people marched through Lumetra.",
    )),
]

# --- the Tamsorra Compact's foreign ministers, meeting in Velindra, adopt a fourth package of sanctions on
# --- Drusovia, barring Elvasto Shipping and 38 of its tankers, Monday, June 16, 2155, its Tuesday report giving
# --- 'on Monday'; the Compact's executive proposed the package on Wednesday, June 4, 2155 (an earlier step); the
# --- third package froze three state banks' assets on Monday, January 27, 2155 -----------------------------------

DRUSOVIA_TANKERS: list[Dated] = [
    (D(2155, 6, 16), (
        "Compact bars Drusovian state shipper and 38 tankers",
        "VELINDRA (Wire) - Foreign ministers of the Tamsorra Compact adopted a fourth package of sanctions on "
        "Drusovia on Monday over its occupation of the Kurvelo valley, barring the state company Elvasto Shipping "
        "and 38 of its tankers from the bloc's ports and freezing the assets of 12 people, the Compact said. The "
        "package also bans imports of Drusovian fertiliser from September.",
    )),
    (D(2155, 6, 17), (
        "Drusovia calls new sanctions 'piracy'",
        "Drusovia's foreign ministry said on Monday that the Compact's new sanctions amounted to piracy and that it "
        "would find other buyers for its oil. Spokeswoman Istvanka Orlewski said none of the 38 tankers named had "
        "broken any law of the sea.",
    )),
    (D(2155, 6, 16), (
        "What the Compact's sanctions on Drusovia cover",
        "Sanctions packages need the agreement of every member government. Earlier packages banned the sale of "
        "arms and dual-use goods, froze the reserves held abroad by Drusovia's central bank and cut three of its "
        "state banks off from the bloc's payment system.",
    )),
    (D(2155, 6, 19), (
        "Two listed tankers turn back",
        "Two of the tankers barred by the Tamsorra Compact on Monday turned back before reaching its waters, ship "
        "tracking data showed on Thursday, and a third was idling off a neutral port. Insurers in the bloc said "
        "they had cancelled cover for all 38 ships.",
    )),
    (D(2155, 6, 17), (
        "'Shipping is where the money is'",
        "Kaspera Faubrecht, the Compact's foreign policy chief, said the tankers carried about a third of "
        "Drusovia's oil exports. She had proposed the package two weeks earlier, after the third package, adopted "
        "in January, had frozen the assets of three state banks.",
    )),
]
DRUSOVIA_PROPOSAL: list[Dated] = [
    (D(2155, 6, 4), (
        "Compact proposes sanctions on Drusovian tankers",
        "The Tamsorra Compact's executive proposed on Wednesday a fourth package of sanctions on Drusovia that "
        "would bar Elvasto Shipping and 38 of its tankers from the bloc's ports, and foreign ministers will take it "
        "up this month, its foreign policy chief Kaspera Faubrecht said.",
    )),
]
DRUSOVIA_BANKS: list[Dated] = [
    (D(2155, 1, 27), (
        "Compact freezes assets of Drusovian state banks",
        "Foreign ministers of the Tamsorra Compact froze the assets of three Drusovian state banks and cut them off "
        "from the bloc's payment system on Monday, in a third package of sanctions over the occupation of the "
        "Kurvelo valley, the Compact said.",
    )),
]

# --- soldiers of the 4th Infantry Regiment seize the armoury of their barracks at Kandoro in Voskany and hold
# --- their commanding officer over five months of unpaid wages, Saturday, February 21, 2156, a live page the same
# --- day and the end of the mutiny on Monday; engineers at Ambelon refuse orders on Tuesday, February 24, 2156 (a
# --- neighbouring garrison's happening days later); soldiers of the same barracks refused to parade over rotten
# --- rations on Monday, July 15, 2154 ------------------------------------------------------------------------------

KANDORO_MUTINY: list[Dated] = [
    (D(2156, 2, 21), (
        "Soldiers seize armoury in mutiny over unpaid pay",
        "KANDORO (Wire) - Soldiers at an army barracks in Kandoro seized its armoury on Saturday and detained their "
        "commanding officer, demanding five months of wages they say they have not been paid, Voskany's army "
        "said. Army spokesman Colonel Obinze Ikwuazom said the mutineers had fired into the air and blocked the "
        "road to the town's airfield, and that two people had been wounded.",
    )),
    (D(2156, 2, 21), (
        "Kandoro mutiny: live",
        "06:40 Residents report gunfire near the barracks. 08:15 Troops put lorries across the airfield road. "
        "10:30 The army confirms a 'disturbance'. 13:00 The defence minister says talks have begun. 17:45 Shops in "
        "the town centre close early.",
    )),
    (D(2156, 2, 22), (
        "'We have families, and we have not been paid since September'",
        "A soldier who spoke by telephone from inside the barracks said yesterday that about 400 men had joined "
        "the mutiny. Defence minister Thokozile Agbarha said their commander, Lieutenant-Colonel Chidubem "
        "Nkemdirim, was unharmed and that no one would be punished for asking to be paid.",
    )),
    (D(2156, 2, 23), (
        "Mutiny ends as government promises back pay",
        "Soldiers at the Kandoro barracks handed back the armoury's keys and released their commander on Monday, "
        "ending a mutiny that began on Saturday, after the government promised to pay all arrears within ten days, "
        "Colonel Obinze Ikwuazom said. The airfield road reopened in the afternoon.",
    )),
    (D(2156, 2, 24), (
        "Not the first trouble at Kandoro",
        "In July two years ago soldiers of the same regiment refused to parade and locked their officers out of "
        "the mess over rotten rations, and went back to duty by evening. On Tuesday engineers at the garrison in "
        "neighbouring Ambelon refused orders for several hours over their own unpaid wages.",
    )),
]
KANDORO_AMBELON: list[Dated] = [
    (D(2156, 2, 24), (
        "Army engineers refuse orders over unpaid wages",
        "Soldiers of an engineer battalion at Ambelon refused to leave their barracks for duty on Tuesday and "
        "blocked its gate with lorries, demanding four months of unpaid wages, Voskany's army said, before "
        "returning to work in the evening.",
    )),
]
KANDORO_RATIONS: list[Dated] = [
    (D(2154, 7, 15), (
        "Soldiers lock officers out of mess over rotten food",
        "Soldiers of the 4th Infantry Regiment at their barracks in Kandoro refused to parade on Monday and locked "
        "their officers out of the mess in protest at rotten rations, Voskany's defence ministry said, and went "
        "back to duty by evening.",
    )),
]

# --- a faulty software update at Aerinth's Elsbrook control centre halts every departure in Tuvanne for five
# --- hours and 20 minutes, Friday, July 16, 2156, its first report with 'this morning', a live page the same day;
# --- a radar data fault at the same centre held departures for about 90 minutes on Friday, September 12, 2155;
# --- the centre switched to its new flight data system on Friday, May 28, 2156 (an earlier step) ---------------

ELSBROOK_GROUNDED: list[Dated] = [
    (D(2156, 7, 16), (
        "Air traffic control fault grounds every flight in Tuvanne",
        "ELSBROOK (Wire) - Every departure from Tuvanne's airports was halted for five hours and 20 minutes this "
        "morning after a fault in the flight data system at the Elsbrook area control centre, the air navigation "
        "service Aerinth said, on one of the busiest Fridays of the summer. About 1,140 flights were cancelled and "
        "more than 230,000 passengers were stranded, airports said, most of them at Ulquist.",
    )),
    (D(2156, 7, 16), (
        "Flights grounded: live",
        "05:50 Aerinth stops all departures 'as a precaution'. 07:15 Ulquist asks passengers not to come to the "
        "airport. 09:40 Arrivals are held at their airports of origin. 11:10 The first departure in five hours "
        "leaves Ulquist. 13:30 Airlines warn of disruption into the weekend.",
    )),
    (D(2156, 7, 17), (
        "'We were told nothing for four hours'",
        "Passengers who slept on the floor at Ulquist said yesterday that no one from their airlines had spoken to "
        "them until the afternoon. Aerinth's chief executive, Taddeo Muggridge, apologised and said a software "
        "update loaded overnight had stopped the system reading flight plans.",
    )),
    (D(2156, 7, 16), (
        "How Tuvanne's air traffic control works",
        "Every aircraft leaving Tuvanne files a flight plan, which the control centre's system turns into strips "
        "for the controllers who keep aircraft apart. If the system stops, controllers can process plans by hand, "
        "but only a few an hour, so departures are held until it comes back.",
    )),
    (D(2156, 7, 19), (
        "Minister orders inquiry into Friday's shutdown",
        "Transport minister Zeliska Fralick ordered an independent inquiry on Monday into Friday's air traffic "
        "control failure, the second at the Elsbrook centre in ten months. Airlines said the cost of cancelled "
        "flights, hotels and meals ran to tens of millions.",
    )),
    (D(2156, 7, 17), (
        "A new system, seven weeks old",
        "The centre switched to its new flight data system at the end of May, replacing one in service since 2131. "
        "In September a radar data fault there held departures for about 90 minutes on a Friday evening.",
    )),
]
ELSBROOK_RADAR: list[Dated] = [
    (D(2155, 9, 12), (
        "Radar fault holds flights for 90 minutes",
        "Departures from Tuvanne's airports were held for about 90 minutes on Friday evening after a radar data "
        "fault at the Elsbrook area control centre, the air navigation service Aerinth said, and about 60 flights "
        "were cancelled.",
    )),
]
ELSBROOK_NEW_SYSTEM: list[Dated] = [
    (D(2156, 5, 28), (
        "Control centre switches to new flight data system",
        "The Elsbrook area control centre switched overnight into Friday to a new flight data system that will "
        "handle every flight in Tuvanne's airspace, replacing one in use since 2131, Aerinth's chief executive "
        "Taddeo Muggridge said.",
    )),
]

# --- parliament, recalled for a Saturday sitting, passes an emergency law letting the government take control of
# --- Ordelmet Group's steelworks at Bexforth and its 3,400 jobs, Saturday, November 22, 2155, told the next day
# --- with 'yesterday' and a follow-up on Tuesday; the government lent Ordelmet 220 million valmirs to keep the
# --- furnaces lit on Thursday, July 17, 2155 (an earlier step); Ordelmet said on Tuesday, October 29, 2154, that it
# --- would close its rolling mill at Krenhall (the same firm's other works) --------------------------------------

BEXFORTH_STEEL: list[Dated] = [
    (D(2155, 11, 22), (
        "Parliament lets state take over steelworks",
        "BEXFORTH (Wire) - Lawmakers recalled for a rare Saturday sitting passed an emergency law letting the "
        "government take control of the Bexforth steelworks, after its owner, Ordelmet Group, said it would stop "
        "buying the iron ore needed to keep its two blast furnaces lit. Business minister Ottaline Pettaval said "
        "officials would be at the works within hours to secure supplies and protect its 3,400 jobs.",
    )),
    (D(2155, 11, 23), (
        "'Once a blast furnace goes cold, it never comes back'",
        "Hildred Szymkow, who speaks for the steelworkers' union at Bexforth, said yesterday that the men had kept "
        "the furnaces running for a week on ore scraped from the stockyard. Ottaline Pettaval said the state "
        "would look for a buyer, but could not say how long it would run the works.",
    )),
    (D(2155, 11, 22), (
        "Why a blast furnace cannot simply be switched off",
        "A blast furnace runs without a break for years. If it is starved of ore and coke, the molten iron inside "
        "can set hard and the lining crack, and rebuilding it costs as much as a new one, which is why owners and "
        "governments go to great lengths to keep one lit.",
    )),
    (D(2155, 11, 25), (
        "Ore ship docks as state runs steelworks",
        "A ship carrying 70,000 tonnes of iron ore docked at Bexforth on Tuesday, the first delivery since the "
        "government took control of the steelworks on Saturday, and the union said both blast furnaces were "
        "working at full rate again.",
    )),
    (D(2155, 11, 24), (
        "Four months from rescue loan to takeover",
        "In July the government lent Ordelmet 220 million valmirs to keep the furnaces lit until the end of the "
        "year, on condition that it bought enough ore. A year earlier Ordelmet had closed its rolling mill at "
        "Krenhall, with the loss of 640 jobs.",
    )),
]
BEXFORTH_LOAN: list[Dated] = [
    (D(2155, 7, 17), (
        "Government lends steelmaker 220 million",
        "The government has lent Ordelmet Group 220 million valmirs to keep the two blast furnaces at its Bexforth "
        "steelworks running until the end of the year, business minister Ottaline Pettaval said on Thursday.",
    )),
]
BEXFORTH_KRENHALL: list[Dated] = [
    (D(2154, 10, 29), (
        "Steelmaker to close rolling mill with loss of 640 jobs",
        "Ordelmet Group will close its rolling mill at Krenhall by the spring with the loss of 640 jobs, blaming "
        "cheap imports and the cost of power, the company said on Tuesday.",
    )),
]

# --- a weather station at Cazorrales records 46.3C, a national record for Sambrelle, Tuesday, August 3, 2156, its
# --- first report with 'this afternoon'; the record it beats, 45.8C at Almenuda, was set on Wednesday, July 9,
# --- 2155; the weather institute's red warning for the heat was issued on Saturday, July 31, 2156 (an earlier
# --- step) -------------------------------------------------------------------------------------------------------

CAZORRALES_RECORD: list[Dated] = [
    (D(2156, 8, 3), (
        "Sambrelle records its hottest day",
        "CAZORRALES (Wire) - A weather station at Cazorrales recorded 46.3 degrees Celsius this afternoon, the "
        "highest temperature ever measured in Sambrelle, the national weather institute said. The reading, taken "
        "at 16:40, beat by half a degree the record set at Almenuda last summer, and 14 other stations broke "
        "their own records during the day.",
    )),
    (D(2156, 8, 4), (
        "'The air felt like it came out of an oven'",
        "Institute spokesman Ysander Marozzo said yesterday that the station had been checked the week before "
        "and its reading would be confirmed within days. Hospitals in the region said they had treated more than "
        "300 people for heatstroke.",
    )),
    (D(2156, 8, 3), (
        "Why Sambrelle's interior bakes",
        "The interior plain sits far from the sea, ringed by mountains that keep out cooler air, and a dome of "
        "high pressure can trap heat over it for days. Nights there have warmed even faster than days, giving "
        "people little chance to cool down.",
    )),
    (D(2156, 8, 6), (
        "Institute confirms national heat record",
        "The weather institute confirmed on Friday that the 46.3 degrees measured at Cazorrales on Tuesday was a "
        "national record, after inspectors checked the station's thermometer and screen. The red warning was "
        "lifted for all but two provinces.",
    )),
    (D(2156, 8, 4), (
        "Half a degree above last year's mark",
        "The old record, 45.8 degrees, was set at Almenuda in July last year. The institute issued a red warning "
        "for the interior on Saturday, its highest level, and schools' summer sports camps were closed.",
    )),
]
CAZORRALES_ALMENUDA: list[Dated] = [
    (D(2155, 7, 9), (
        "Almenuda sets national heat record",
        "A weather station at Almenuda measured 45.8 degrees Celsius on Wednesday, the highest temperature ever "
        "recorded in Sambrelle, the national weather institute said.",
    )),
]
CAZORRALES_WARNING: list[Dated] = [
    (D(2156, 7, 31), (
        "Red warning issued for extreme heat",
        "Sambrelle's weather institute issued a red warning for extreme heat across the interior on Saturday, "
        "saying temperatures could reach 46 degrees early next week, spokesman Ysander Marozzo said.",
    )),
]

# --- police find a radiography camera holding a radioactive iridium-192 source, stolen with a pickup truck of
# --- Kroftmann Inspection in Noxholt, in a field near Hoxmoor, Friday, December 6, 2154, a follow-up on Monday; the
# --- nuclear safety authority's alert after the theft was issued on Tuesday, December 3, 2154 (an earlier step);
# --- a caesium-137 calibration source went missing from a hospital in Zarrenby on Monday, January 21, 2154 ------

NOXHOLT_SOURCE: list[Dated] = [
    (D(2154, 12, 6), (
        "Stolen radioactive source found in field",
        "NOXHOLT (Wire) - Police have found a radiography camera holding a radioactive iridium-192 source in a "
        "field near the village of Hoxmoor, about 40 kilometres from where it was stolen with a pickup truck, "
        "Uzdrany's nuclear safety authority said on Friday. The source was still locked inside its shielding and "
        "no one appeared to have been exposed, the authority's head, Pasquine Vorlund, said.",
    )),
    (D(2154, 12, 7), (
        "'A farmer saw the yellow case and called us'",
        "Pasquine Vorlund said yesterday that a farmer had spotted the camera's yellow case under a hedge and kept "
        "his distance, as the authority's alerts had asked. Specialists measured radiation around it for an hour "
        "before lifting it into a lead-lined container.",
    )),
    (D(2154, 12, 6), (
        "How dangerous is an iridium radiography source?",
        "Industrial radiography cameras use a pellet of iridium-192 to X-ray welds in pipes and steel frames. "
        "Inside its shielding the pellet is safe, but held in the hand for a few minutes it can burn the skin, and "
        "a longer exposure can be fatal.",
    )),
    (D(2154, 12, 9), (
        "Two men charged over stolen radioactive camera",
        "Two men were charged on Monday with stealing the pickup truck that held a radioactive radiography camera "
        "in Noxholt, police said, three days after the camera was found near Hoxmoor. Police said the men had "
        "wanted the truck and dumped the case without knowing what it was.",
    )),
    (D(2154, 12, 7), (
        "The country's second lost source this year",
        "The camera's owner, Kroftmann Inspection, reported the truck stolen on Monday night, and the authority "
        "put out an alert across four provinces the next day. In January a small caesium-137 source used to "
        "calibrate instruments went missing from a hospital in Zarrenby and was never found.",
    )),
]
NOXHOLT_ALERT: list[Dated] = [
    (D(2154, 12, 3), (
        "Alert after truck with radioactive source is stolen",
        "Uzdrany's nuclear safety authority issued an alert across four provinces on Tuesday after a pickup truck "
        "carrying a radiography camera with a radioactive iridium-192 source was stolen in Noxholt, and asked "
        "anyone who sees its yellow case not to touch it.",
    )),
]
NOXHOLT_ZARRENBY: list[Dated] = [
    (D(2154, 1, 21), (
        "Radioactive source missing from hospital",
        "A small caesium-137 source used to calibrate instruments has gone missing from the radiotherapy "
        "department of the hospital in Zarrenby, Uzdrany's nuclear safety authority said on Monday, and poses "
        "little danger unless it is opened.",
    )),
]

# --- Paldorin's Constitutional Court annuls President Mabvuto Makwambe's win in December's presidential run-off
# --- and orders a re-run within 60 days, Wednesday, January 14, 2156, a live page the same day; the electoral
# --- commission declared him the winner with 50.9 percent on Tuesday, December 9, 2155 (an earlier step of the
# --- same story); the court dismissed the opposition's challenge to a parliamentary election on Monday, March 11,
# --- 2154 --------------------------------------------------------------------------------------------------------

PALDORIN_ANNULLED: list[Dated] = [
    (D(2156, 1, 14), (
        "Court annuls presidential election, orders re-run",
        "MAUREVEL (Wire) - Paldorin's Constitutional Court annulled on Wednesday the result of December's "
        "presidential run-off, which President Mabvuto Makwambe won with 50.9 percent, and ordered a new vote "
        "within 60 days. Five of its seven judges found that tally sheets from about 1,900 polling stations had "
        "been neither signed nor stamped, Chief Justice Ingram Olcombe said.",
    )),
    (D(2156, 1, 14), (
        "Election ruling: live",
        "10:00 The judges enter the court. 10:25 The chief justice begins reading the ruling. 11:40 'The election "
        "is null and void.' 11:42 Cheering outside the court. 12:30 The president's office says it will respect "
        "the ruling.",
    )),
    (D(2156, 1, 15), (
        "'The votes were never counted, only announced'",
        "Opposition candidate Ebunoluwa Alasoa, who challenged the result, said yesterday that the ruling showed "
        "Paldorin's courts could stand up to a sitting president. Makwambe said he disagreed with the judges but "
        "would campaign again.",
    )),
    (D(2156, 1, 14), (
        "What happens after the court's ruling",
        "The president stays in office until the new vote, with the same two candidates on the ballot. The "
        "electoral commission must set a date, and the court ordered it to publish each polling station's tally "
        "online within a day of the count.",
    )),
    (D(2156, 1, 17), (
        "Re-run set for March 8",
        "Paldorin's electoral commission set the re-run of the presidential election for March 8 on Saturday, "
        "three days after the Constitutional Court annulled the December result. The commission had declared "
        "Makwambe the winner on December 9; nearly two years ago the same court dismissed the opposition's challenge "
        "to a parliamentary election.",
    )),
]
PALDORIN_DECLARED: list[Dated] = [
    (D(2155, 12, 9), (
        "President declared winner of run-off",
        "Paldorin's electoral commission declared President Mabvuto Makwambe the winner of the presidential run-off "
        "with 50.9 percent of the vote on Tuesday, and his challenger, Ebunoluwa Alasoa, said she would go to the "
        "Constitutional Court.",
    )),
]
PALDORIN_DISMISSED: list[Dated] = [
    (D(2154, 3, 11), (
        "Court dismisses challenge to parliamentary vote",
        "Paldorin's Constitutional Court dismissed on Monday the opposition's challenge to the result of "
        "February's parliamentary election, finding that the irregularities it found could not have changed the "
        "outcome, Chief Justice Ingram Olcombe said.",
    )),
]

# --- Zolmira's state gas company Dravgaz cuts off gas to Pembrin over an unpaid debt of 1.9 billion kurnas,
# --- Tuesday, December 2, 2155, told the next day with 'yesterday' and a follow-up on Friday; Dravgaz gave its
# --- ultimatum on Friday, November 21, 2155 (an earlier step); it cut supplies to Pembrin for three days in a
# --- dispute over price on Tuesday, February 11, 2155 ----------------------------------------------------------------

PEMBRIN_GAS: list[Dated] = [
    (D(2155, 12, 2), (
        "Zolmira cuts gas to Pembrin over unpaid debt",
        "LINDWATER (Wire) - Zolmira's state gas company Dravgaz cut off gas to Pembrin at 06:00 on Tuesday, saying "
        "its neighbour owed it 1.9 billion kurnas for gas already delivered. Pembrin's energy minister, Nimueth "
        "Kolvenn, said its storage was 71 percent full, enough for about nine weeks, and that factories would be "
        "asked to use less so that homes stay warm.",
    )),
    (D(2155, 12, 3), (
        "'Homes will be the last to lose gas'",
        "Nimueth Kolvenn said yesterday that glassworks, fertiliser plants and two power stations would switch to "
        "oil or cut output from Thursday. Dravgaz said flows would resume as soon as the first half of the debt "
        "was paid.",
    )),
    (D(2155, 12, 2), (
        "How much of Pembrin's gas comes from Zolmira?",
        "Pembrin buys about two-thirds of its gas from Zolmira through a single pipeline and stores the rest in "
        "old gas fields. A second pipeline, to bring gas from the coast, is due to open in two years.",
    )),
    (D(2155, 12, 5), (
        "Gas talks to open in Vistrelle",
        "Negotiators for Pembrin and Dravgaz will meet in Vistrelle on Monday to try to end the dispute that has "
        "stopped gas flowing since Tuesday, Pembrin's government said on Friday, as temperatures in Lindwater "
        "fell below freezing.",
    )),
    (D(2155, 12, 3), (
        "The second cut this year",
        "Dravgaz gave Pembrin its ultimatum on November 21, warning that the gas would stop in eleven days. Last "
        "February it cut supplies for three days in a dispute over the price, until Pembrin agreed to pay more.",
    )),
]
PEMBRIN_ULTIMATUM: list[Dated] = [
    (D(2155, 11, 21), (
        "Zolmira threatens to cut Pembrin's gas",
        "Zolmira's state gas company Dravgaz said on Friday that it would cut off gas to Pembrin on December 2 "
        "unless it paid a debt of 1.9 billion kurnas for gas already delivered.",
    )),
]
PEMBRIN_FEBRUARY: list[Dated] = [
    (D(2155, 2, 11), (
        "Zolmira halts gas to Pembrin in price row",
        "Zolmira's state gas company Dravgaz stopped gas flowing to Pembrin on Tuesday in a dispute over the price "
        "for the coming year, and Pembrin's government said storage would last for weeks.",
    )),
]

# --- unrelated stories of the same days elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2155, 3, 12), (
        "Library reopens",
        "The public library at Gelsby reopened on Wednesday after its roof was repaired.",
    )),
    (D(2155, 10, 7), (
        "Harvest show",
        "Growers showed their largest marrows at the harvest show in Dewmarsh on Tuesday.",
    )),
    (D(2155, 6, 15), (
        "Cricket match",
        "The cricket club at Hobnell beat a touring side by 40 runs on Sunday.",
    )),
    (D(2156, 2, 20), (
        "Road bridge painted",
        "Painters finished repainting the road bridge at Trulland on Friday.",
    )),
    (D(2156, 7, 15), (
        "Sports day",
        "Pupils of the primary school at Zetterby ran in their sports day on Thursday afternoon.",
    )),
    (D(2155, 11, 21), (
        "Carol concert",
        "A brass band played carols in the market square at Crowsmere on Friday evening.",
    )),
    (D(2156, 8, 2), (
        "Swimming pool opens",
        "A new open-air swimming pool opened at Swithby on Monday.",
    )),
    (D(2154, 12, 5), (
        "Christmas lights",
        "Christmas lights were switched on in the high street at Droxmoor on Thursday evening.",
    )),
    (D(2156, 1, 13), (
        "Bus route changed",
        "A bus route through Wapsley was changed on Tuesday to serve the new clinic.",
    )),
    (D(2155, 12, 1), (
        "Choir rehearses",
        "A children's choir at Orchover began rehearsing for its winter concert on Monday.",
    )),
]

THIRTYEIGHTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "zanfara": (ZANFARA_IMPEACHED, ZANFARA_COMMITTEE + ZANFARA_FIRST_MOTION),
    "ilmesse": (ILMESSE_STRIKE, ILMESSE_THREAT + ILMESSE_PAY_STRIKE),
    "drusovia": (DRUSOVIA_TANKERS, DRUSOVIA_PROPOSAL + DRUSOVIA_BANKS),
    "kandoro": (KANDORO_MUTINY, KANDORO_AMBELON + KANDORO_RATIONS),
    "elsbrook": (ELSBROOK_GROUNDED, ELSBROOK_RADAR + ELSBROOK_NEW_SYSTEM),
    "bexforth": (BEXFORTH_STEEL, BEXFORTH_LOAN + BEXFORTH_KRENHALL),
    "cazorrales": (CAZORRALES_RECORD, CAZORRALES_ALMENUDA + CAZORRALES_WARNING),
    "noxholt": (NOXHOLT_SOURCE, NOXHOLT_ALERT + NOXHOLT_ZARRENBY),
    "paldorin": (PALDORIN_ANNULLED, PALDORIN_DECLARED + PALDORIN_DISMISSED),
    "pembrin": (PEMBRIN_GAS, PEMBRIN_ULTIMATUM + PEMBRIN_FEBRUARY),
}

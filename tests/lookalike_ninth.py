"""A ninth set of invented look-alikes, written before the grouping changes of issue 7's ninth round and
counted untuned first. The kinds, none of them in the earlier sets: a ferry capsizing on a lake against
another ferry lost on it six years before (on the same weekday), an avalanche at a ski resort against one
there two winters earlier and one told with no date at all, a football club sacking its manager against
its sacking of the one before him, a minister resigning against her predecessor's resignation two years
earlier (the same weekday again), a bank's data breach against an earlier breach of its systems, a
cholera outbreak in a district against the one there four years before, the kidnapping of engineers in a
province against a kidnapping of the same firm's staff eight months earlier (same weekday, same year), a
takeover agreed against the bid the same target rejected seven weeks before, an oil spill in a bay against
a tanker's spill there five years before, and a president's state visit against her visit to the same
country four years earlier. Some reports give no day at all, some event reports are wire copies of one
another under another headline, and as on the wires the later event's reports often recall the earlier
one. Every name, place and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``NINTH_KINDS`` is read by the same count.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- the ferry Selma Brand capsizes on Lake Ostra off Kelvo, Saturday, August 13, 2039; the Drumlin sank
# --- there on Saturday, July 16, 2033 ------------------------------------------------------------------

OSTRA_2039: list[Dated] = [
    (D(2039, 8, 13), (
        "At least 23 missing after ferry overturns on Lake Ostra",
        "KELVO (Wire) - A passenger ferry carrying about 140 people overturned in a squall on Lake Ostra on "
        "Saturday, a kilometre short of the harbour at Kelvo, and at least 23 people were missing, the "
        "regional governor's office said. The Selma Brand was listing badly before it rolled over, survivors "
        "told local television.",
    )),
    (D(2039, 8, 13), (
        "Kelvo ferry disaster: dozens feared lost",
        "A passenger ferry carrying about 140 people overturned in a squall on Lake Ostra on Saturday, a "
        "kilometre short of the harbour at Kelvo, the regional governor's office said. At least 23 people "
        "were unaccounted for. Fishermen pulled dozens of passengers from the water.",
    )),
    (D(2039, 8, 15), (
        "Divers recover bodies from Selma Brand",
        "Navy divers have recovered eleven bodies from the hull of the Selma Brand, the lake ferry that "
        "capsized off Kelvo, and the search for twelve others goes on, governor Anneli Saarto said. The "
        "ferry's owner, Ostra Lines, has been told to keep its two other boats in port. It is the worst "
        "accident on the lake since the Drumlin went down in 2033.",
    )),
]
OSTRA_2033: list[Dated] = [
    (D(2033, 7, 16), (
        "Lake ferry sinks near Kelvo, nine dead",
        "Nine people drowned when the ferry Drumlin sank in heavy weather on Lake Ostra on Saturday, a short "
        "distance from Kelvo, rescue officials said. More than 60 passengers were rescued by fishing boats.",
    )),
]

# --- an avalanche at the Pellaz ski resort, Thursday, February 10, 2039; one there on Thursday, February 12,
# --- 2037, and another told with no date ------------------------------------------------------------------

PELLAZ_2039: list[Dated] = [
    (D(2039, 2, 10), (
        "Avalanche buries skiers at Pellaz",
        "An avalanche swept across a marked piste at the Pellaz resort on Thursday afternoon, burying at "
        "least six skiers, mountain rescue said. Four were dug out alive and two were flown to hospital in "
        "Varnes with serious injuries.",
    )),
    (D(2039, 2, 11), (
        "Pellaz closes upper slopes after deadly slide",
        "The Pellaz resort shut all runs above 2,200 metres on Friday, a day after an avalanche killed one "
        "skier and injured five on the Grauhorn piste. Resort director Luc Ambry said the run had been "
        "checked that morning.",
    )),
    (D(2039, 2, 11), (
        "Prosecutor opens inquiry into Grauhorn avalanche",
        "A prosecutor in Varnes has opened an investigation into whether the Grauhorn run should have been "
        "open when the snow gave way. It is the second deadly avalanche at the resort in two years.",
    )),
]
PELLAZ_2037: list[Dated] = [
    (D(2037, 2, 12), (
        "Two killed as avalanche hits Pellaz off-piste group",
        "Two skiers were killed on Thursday when an avalanche caught a group of eight skiing off-piste "
        "below the Grauhorn, near the Pellaz resort, mountain rescue said. The others escaped unhurt.",
    )),
]
PELLAZ_UNDATED: list[Dated] = [
    (D(2036, 1, 24), (
        "Snow slide near Pellaz lift station",
        "A wall of snow came down close to the middle station of the Grauhorn lift at Pellaz, rescuers said, "
        "burying a piste basher. Its driver was freed after forty minutes. The resort said avalanche risk "
        "was high after a week of heavy snowfall.",
    )),
]

# --- Dunmore City sack manager Rolf Abney, Monday, March 14, 2039; they sacked Piet Garro on Monday,
# --- January 11, 2038 ------------------------------------------------------------------------------------

DUNMORE_ABNEY: list[Dated] = [
    (D(2039, 3, 14), (
        "Dunmore City sack Abney after six straight defeats",
        "Dunmore City dismissed manager Rolf Abney on Monday, two days after a 3-0 home loss to Crail "
        "Wanderers left them one point above the relegation places. Abney had been in charge for 14 months.",
    )),
    (D(2039, 3, 14), (
        "Abney out at Dunmore",
        "Rolf Abney has left Dunmore City by mutual consent, the club said in a statement. Assistant coach "
        "Mika Lorne will take charge of the team for the trip to Halsey on Saturday.",
    )),
    (D(2039, 3, 15), (
        "Dunmore board under fire over managerial merry-go-round",
        "Supporters' groups criticised Dunmore City's owners on Tuesday after the sacking of Rolf Abney, the "
        "club's third manager in under three years. Chairman Gerald Fenn said a new appointment would be "
        "made before the end of the month.",
    )),
]
DUNMORE_GARRO: list[Dated] = [
    (D(2038, 1, 11), (
        "Dunmore City part company with Garro",
        "Dunmore City sacked manager Piet Garro on Monday after a run of one win in twelve league games, the "
        "club said. Chairman Gerald Fenn thanked him for his work.",
    )),
]

# --- Health Minister Orla Vesk resigns, Friday, May 20, 2039; her predecessor Tam Brisko resigned on
# --- Friday, May 22, 2037 --------------------------------------------------------------------------------

VESK_2039: list[Dated] = [
    (D(2039, 5, 20), (
        "Health minister Vesk quits over hospital contracts",
        "Norvalian Health Minister Orla Vesk resigned on Friday after newspapers reported that a company "
        "part-owned by her husband had won contracts to clean three state hospitals. She denied any "
        "wrongdoing.",
    )),
    (D(2039, 5, 20), (
        "Second health minister in two years steps down",
        "Orla Vesk handed her resignation to Prime Minister Kasimir Delle, who accepted it, his office said. "
        "Vesk took the post two years ago when Tam Brisko resigned over hospital waiting lists.",
    )),
    (D(2039, 5, 21), (
        "Delle names Ruud Hanse to health ministry",
        "Prime Minister Kasimir Delle appointed his deputy chief of staff Ruud Hanse as health minister on "
        "Saturday, a day after Orla Vesk resigned over cleaning contracts awarded to her husband's firm.",
    )),
]
VESK_2037: list[Dated] = [
    (D(2037, 5, 22), (
        "Norvalia's health minister resigns",
        "Health Minister Tam Brisko resigned on Friday as waiting lists at state hospitals hit a record, "
        "Prime Minister Kasimir Delle's office said. Deputy minister Orla Vesk is expected to succeed him.",
    )),
]

# --- Calloway Bank discloses a breach of 1.2 million customers' data, Wednesday, September 21, 2039; a
# --- breach it disclosed on Wednesday, June 11, 2036 ------------------------------------------------------

CALLOWAY_2039: list[Dated] = [
    (D(2039, 9, 21), (
        "Hackers steal data of 1.2 million Calloway customers",
        "Calloway Bank said on Wednesday that hackers had stolen names, addresses and account numbers of "
        "about 1.2 million customers from a server run by an outside contractor. No passwords were taken, "
        "the bank said.",
    )),
    (D(2039, 9, 21), (
        "Calloway Bank hit by cyber attack",
        "Calloway Bank said hackers had stolen names, addresses and account numbers of about 1.2 million "
        "customers from a contractor's server. The bank said no passwords were taken and it had told the "
        "data protection regulator.",
    )),
    (D(2039, 9, 23), (
        "Regulator opens Calloway investigation",
        "The data protection authority said on Friday it had opened an investigation into the Calloway Bank "
        "breach, the lender's second in three years. Chief executive Marta Ilsing apologised to customers.",
    )),
]
CALLOWAY_2036: list[Dated] = [
    (D(2036, 6, 11), (
        "Calloway Bank says card details exposed",
        "Calloway Bank said on Wednesday that a flaw in its mobile app had exposed the card details of about "
        "310,000 customers to attackers for several weeks. Chief executive Marta Ilsing said the flaw had "
        "been fixed.",
    )),
]

# --- a cholera outbreak declared in the Ambrel district, Wednesday, July 6, 2039; the outbreak there of
# --- July 2035 -------------------------------------------------------------------------------------------

AMBREL_2039: list[Dated] = [
    (D(2039, 7, 6), (
        "Cholera outbreak declared in Ambrel",
        "Health authorities declared a cholera outbreak in the Ambrel district on Wednesday after 46 cases "
        "and three deaths were confirmed in a week, most of them in camps along the Sinna river.",
    )),
    (D(2039, 7, 7), (
        "Aid groups rush clean water to Ambrel camps",
        "Aid agencies began trucking drinking water into camps in Ambrel on Thursday, a day after the "
        "outbreak was declared. Doctor Nell Obara of the district hospital said wards were full.",
    )),
    (D(2039, 7, 9), (
        "Cholera cases in Ambrel pass 100",
        "The number of suspected cholera cases in Ambrel has risen to 112, with seven deaths, the health "
        "ministry said, warning that heavy rain could spread the disease downstream.",
    )),
]
AMBREL_2035: list[Dated] = [
    (D(2035, 7, 9), (
        "Ambrel cholera toll rises to 19",
        "Nineteen people have died of cholera in the Ambrel district since the outbreak was declared on "
        "Sunday, the health ministry said on Monday. Most cases were in villages along the Sinna river.",
    )),
]

# --- five engineers kidnapped in Tharro province, Thursday, November 3, 2039; two of the same firm's staff
# --- kidnapped there on Thursday, March 10, 2039 -----------------------------------------------------------

THARRO_NOVEMBER: list[Dated] = [
    (D(2039, 11, 3), (
        "Gunmen seize five engineers in Tharro",
        "Gunmen kidnapped five engineers working on the Kessa dam in Tharro province on Thursday, killing "
        "their police escort, the provincial government said. Three of the engineers are foreign nationals.",
    )),
    (D(2039, 11, 4), (
        "Kessa dam builder halts work after abduction",
        "Halvorsen Construction suspended work at the Kessa dam on Friday after five of its engineers were "
        "abducted, its second kidnapping in Tharro this year. Provincial police chief Darius Amet said no "
        "group had claimed the abduction.",
    )),
    (D(2039, 11, 4), (
        "Kidnappers demand ransom for dam engineers",
        "The kidnappers of five engineers seized near the Kessa dam have demanded a ransom, a provincial "
        "official said, speaking on condition of anonymity.",
    )),
]
THARRO_MARCH: list[Dated] = [
    (D(2039, 3, 10), (
        "Two dam workers abducted in Tharro",
        "Two employees of Halvorsen Construction were kidnapped by armed men near the Kessa dam site in "
        "Tharro province on Thursday, police chief Darius Amet said.",
    )),
]

# --- Brenholt Group agrees to buy Skova Foods for 4.1 billion, Wednesday, October 12, 2039; Skova rejected
# --- Brenholt's 3.6 billion bid on Wednesday, August 24, 2039 --------------------------------------------

SKOVA_DEAL: list[Dated] = [
    (D(2039, 10, 12), (
        "Brenholt clinches Skova Foods with sweetened offer",
        "Brenholt Group agreed on Wednesday to buy Skova Foods for 4.1 billion crowns, after the frozen-food "
        "maker's board recommended a raised offer to its shareholders. The deal creates the region's "
        "largest food company.",
    )),
    (D(2039, 10, 12), (
        "Skova shares jump on Brenholt deal",
        "Shares in Skova Foods rose 11 percent after the company accepted a takeover by Brenholt Group worth "
        "4.1 billion crowns. Skova chief executive Ines Varga said the price reflected the firm's value.",
    )),
    (D(2039, 10, 13), (
        "Unions seek job guarantees after Skova takeover",
        "Unions at Skova Foods' four factories asked Brenholt on Thursday to promise there would be no "
        "closures, a day after the two companies agreed their 4.1 billion crown merger.",
    )),
]
SKOVA_BID: list[Dated] = [
    (D(2039, 8, 24), (
        "Skova Foods rebuffs Brenholt approach",
        "Skova Foods rejected a takeover offer of 3.6 billion crowns from Brenholt Group on Wednesday, saying "
        "it undervalued the company. Chief executive Ines Varga said the board was open to a better bid.",
    )),
]

# --- the tanker Marisol Grace leaks oil into Carrow Bay, Tuesday, April 26, 2039; the tanker Eldfjord
# --- spilled oil there on Wednesday, March 1, 2034 ----------------------------------------------------------

CARROW_2039: list[Dated] = [
    (D(2039, 4, 26), (
        "Oil slick spreads in Carrow Bay after tanker grounding",
        "The tanker Marisol Grace ran aground at the mouth of Carrow Bay on Tuesday and began leaking crude, "
        "the coastguard said. A slick about four kilometres long was drifting towards the beaches of "
        "Port Sellin.",
    )),
    (D(2039, 4, 27), (
        "Volunteers clean oiled birds in Port Sellin",
        "Hundreds of volunteers worked along the shore at Port Sellin on Wednesday, washing seabirds caught "
        "in oil from the stranded tanker. Coastguard commander Yusuf Berrin said booms had contained most "
        "of the spill.",
    )),
    (D(2039, 4, 28), (
        "Tanker owner faces fine over Carrow spill",
        "The environment ministry said the owner of the Marisol Grace could be fined for the spill that has "
        "fouled Carrow Bay, the worst there since the Eldfjord leaked oil five years ago.",
    )),
]
CARROW_2034: list[Dated] = [
    (D(2034, 3, 1), (
        "Tanker spills oil off Port Sellin",
        "The tanker Eldfjord spilled an estimated 900 tonnes of fuel oil into Carrow Bay on Wednesday after "
        "hitting rocks in fog, the coastguard said. Oil reached the beaches at Port Sellin by evening.",
    )),
]

# --- President Ilse Marcon of Dravenia begins a state visit to Ketland, Monday, January 17, 2039; her visit
# --- there on Monday, February 12, 2035 ---------------------------------------------------------------------

MARCON_2039: list[Dated] = [
    (D(2039, 1, 17), (
        "Marcon arrives in Ketland for state visit",
        "Dravenian President Ilse Marcon arrived in the Ketland capital Orsby on Monday for a three-day state "
        "visit, welcomed by King Aldric at the royal palace. Energy is expected to top the agenda.",
    )),
    (D(2039, 1, 18), (
        "Dravenia and Ketland sign gas pipeline deal",
        "Ilse Marcon and Ketland's Prime Minister Soren Vald signed an agreement in Orsby on Tuesday to build "
        "a gas pipeline under the Strell Sea, on the second day of the Dravenian president's visit.",
    )),
    (D(2039, 1, 19), (
        "Protesters greet Marcon in Orsby",
        "Several hundred people protested outside the parliament in Orsby as Dravenian President Ilse Marcon "
        "addressed lawmakers, her first speech there since her visit four years ago.",
    )),
]
MARCON_2035: list[Dated] = [
    (D(2035, 2, 12), (
        "Dravenian president visits Ketland",
        "President Ilse Marcon of Dravenia began a two-day visit to Ketland on Monday, meeting King Aldric and "
        "Prime Minister Soren Vald in Orsby to discuss a rail link between the two countries.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ---------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2039, 8, 14), (
        "River boat sinks in Malden, all rescued",
        "A tourist boat sank on the river at Malden on Sunday after hitting a submerged log. All 30 people "
        "on board were rescued, police said.",
    )),
    (D(2039, 2, 12), (
        "Climber dies on Ferrenspitz",
        "A climber fell to his death on the north face of the Ferrenspitz on Saturday, mountain police said.",
    )),
    (D(2039, 3, 16), (
        "Halsey Rovers appoint new coach",
        "Halsey Rovers named Tomas Breck as their head coach on Wednesday on a two-year contract.",
    )),
    (D(2039, 5, 20), (
        "Transport minister in Arvia resigns",
        "Arvia's transport minister Pilar Sund resigned on Friday over delays on the capital's new metro line.",
    )),
    (D(2039, 9, 20), (
        "Retailer Fenwick Stores hit by ransomware",
        "Fenwick Stores said on Tuesday a ransomware attack had shut its online shop for a day.",
    )),
    (D(2039, 7, 5), (
        "Measles cases rise in Tollbridge",
        "Health officials in Tollbridge reported 30 new measles cases on Tuesday and urged parents to "
        "vaccinate their children.",
    )),
    (D(2039, 10, 12), (
        "Orrin Telecom buys cable firm",
        "Orrin Telecom agreed on Wednesday to buy cable operator Linnet for 800 million crowns.",
    )),
    (D(2039, 1, 18), (
        "Ketland king opens new bridge",
        "King Aldric opened the new road bridge over the Vass at Tenby on Tuesday.",
    )),
]

NINTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "ostra": (OSTRA_2039, OSTRA_2033),
    "pellaz": (PELLAZ_2039, PELLAZ_2037 + PELLAZ_UNDATED),
    "dunmore": (DUNMORE_ABNEY, DUNMORE_GARRO),
    "vesk": (VESK_2039, VESK_2037),
    "calloway": (CALLOWAY_2039, CALLOWAY_2036),
    "ambrel": (AMBREL_2039, AMBREL_2035),
    "tharro": (THARRO_NOVEMBER, THARRO_MARCH),
    "skova": (SKOVA_DEAL, SKOVA_BID),
    "carrow": (CARROW_2039, CARROW_2034),
    "marcon": (MARCON_2039, MARCON_2035),
}

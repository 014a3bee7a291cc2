"""A forty-sixth set of invented look-alikes, written blind on 4a3ea9a while grouping was being worked on over the
earlier sets, and held back to be counted once on the code it was written on and once on a later session's. Like
the thirty-eighth to forty-fifth its kinds are hard news, told as wires, papers and broadcasters tell it, this
time from transport (no crash), politics and public institutions, culture and media, education and public
finance, and none of them is in the earlier sets, the own claims sets or the grouping stories: a metro train
losing power in the tunnel under a capital's river in the rush hour and its passengers walking out along the
track, against another train of the same line standing in the same tunnel three weeks before (an earlier fault)
and passengers walking out of a stalled train in the neighbouring country's capital eleven days later, a lorry
fire killing two in a long road tunnel while drivers shelter in its refuges, against firefighters rehearsing a
lorry fire at the same spot five weeks before (an earlier step) and a coach's engine fire in another canton's
tunnel fourteen months before, a parliament expelling a deputy recorded offering to sell amendments, against its
standards committee recommending the expulsion eight days before (an earlier step) and another deputy suspended
for undeclared trips fourteen months later, prosecutors searching a health ministry and detaining a deputy
minister over overpriced ambulances, against the audit office flagging the contract six weeks before (an earlier
step) and a search of the agriculture ministry over silo repairs fourteen months before, a film board banning a
war film two days before its release, against the board ordering eleven cuts to it five weeks before (an earlier
step) and its ban of a salt mine documentary sixteen months before, police searching a daily's newsroom and
seizing laptops over a leak, against prosecutors summoning its editor to name her source eleven days before (an
earlier step) and a search of a radio station in another city thirteen months later, a classroom ceiling falling
on pupils in a lesson, against surveyors warning that the school's ceilings needed urgent work four months before
(an earlier step) and a sports hall ceiling falling overnight at a school in the next town along nine days later,
a ministry closing a private university that sold degrees, against the arrest of its registrar seven weeks before
(an earlier step) and another private college losing its licence fourteen months before, a treasury failing to
sell most of a bond auction, against an auction of shorter bonds only just covered a month before (an earlier
sign) and the neighbouring country failing to sell most of an auction eleven months later, and a president
dismissing the central bank's governor by decree, against his attack on her on television ten days before (an
earlier step) and his dismissal of the statistics chief fifteen months before. The nearest areas taken elsewhere
are a metro escalator running backwards, a blackout stopping a city's trams and metro, a ferry stuck on a
sandbank, a bridge closed over cracks, a lorry striking a railway bridge, a minister resigning, a deputy's
immunity lifted, a mayor arrested in a bribery inquiry, an army chief removed, a broadcasting regulator revoking
a news channel's licence, a media council taking a channel off air, an old daily's last printed edition, asbestos
closing a city's schools, a maths exam paper leaking, a rector resigning over a copied thesis, a country
defaulting on its bonds, a country cut to junk and a central bank devaluing; none is the kind written here.

Leads vary: a wire with a dateline and a day for every kind, a broadcaster's present perfect with no day for
eight kinds and a live page with clock times for the other two (the tunnel fire and the bond auction), seven
next-day reports with "yesterday", six Tuesday reports with "on Monday", four Monday follow-ups, explainers with
no day, quote pieces one to five days later (a week later for the tunnel fire) with no day, and follow-ups three
to six days later. Several event reports recall a look-alike by name or by what it was ("Three weeks earlier
another Line 4 train had stood in the same tunnel for 35 minutes", "Five weeks before the fire, crews from both
portals had rehearsed putting out a burning lorry at the same spot", "The Vetchana's standards committee had
recommended his expulsion a week before the vote", "which the audit office had flagged in February", "In January
last year prosecutors searched the agriculture ministry", "The board had ordered eleven cuts in March", "Eleven
days before it, prosecutors had summoned the editor", "in September its surveyors had warned that Peaswick's
needed urgent work", "police arrested the university's registrar and two clerks in April", "In April last year
the ministry closed Ledrin Business College", "A month ago an auction of five-year bonds had only just found
enough buyers", "Ten days before the decree, the president had called her stubborn on television", "In March last
year Duysenbay dismissed his chief statistician"); seven look-alikes are recalled by no report (the Skorpinje
metro, the Oberzell coach fire, Ildevan's suspension, the salt mine documentary, Radio Fennwarde, the Huxterby
sports hall, the Ulvirsk auction), five of them after their event. The dates all fall in 2226-2228, so every
look-alike of a kind is at most two years from its event. What tells each pair apart is mostly which step of one
story (an earlier fault, a drill, a committee's advice, an audit, ordered cuts, a summons, a survey, an arrest,
an earlier auction, a television attack), who or where (another city's metro, another tunnel, another deputy,
another ministry, another film, another station, another school, another college, another country, another
official) or how many (passengers, dead, votes, ambulances, cuts, laptops, pupils, degrees, dinmars, percent).
Every name, place, outlet, organisation, currency and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its publication
day) and look-alikes (each with its own day). ``FORTYSIXTH_KINDS`` is read by the same count.

Held back blind: nobody ran grouping, the engine or ``tests.lookalike_count`` on it (``tests.lookalike_count``'s
docstring says how it is to be counted).
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# --- a Line 4 metro train loses power in the tunnel under the river Ysquelle in Tarnuval, Brezhovia's capital, in
# --- the evening rush hour, and about 640 passengers walk out along the track after more than two hours, Monday,
# --- October 15, 2227 (a wire that day, a broadcaster's present perfect, a Tuesday paper with 'on Monday', a
# --- passenger's quote piece with no day, an explainer, a follow-up on Friday); another Line 4 train stood in the
# --- same tunnel for 35 minutes on Wednesday, September 26, 2227 (an earlier fault); passengers walked out of a
# --- stalled train in the metro of Skorpinje, the neighbouring country's capital, on Friday, October 26, 2227
# --- (after the event; no report recalls it) --------------------------------------------------------------------

TARNUVAL_METRO: list[Dated] = [
    (D(2227, 10, 15), (
        "Hundreds walk out of metro tunnel after train stalls under river",
        "TARNUVAL, Brezhovia (Wire) - About 640 passengers were led on foot along a dark tunnel beneath the "
        "Ysquelle on Monday evening after their Line 4 metro train lost power and stood for more than two hours "
        "between Zalcin Bridge and Gorvinsk Square stations, the city's transit company said. Thirty-seven "
        "people were treated for heat exhaustion, two of them in hospital.",
    )),
    (D(2227, 10, 15), (
        "Commuters trapped for two hours beneath the Ysquelle",
        "Hundreds of commuters have walked out through the tunnel under the river after a Line 4 train stopped "
        "dead in the rush hour with its lights and fans off. Paramedics have treated dozens of people on the "
        "platform at Zalcin Bridge, and Line 4 will stay shut tonight.",
    )),
    (D(2227, 10, 16), (
        "Line 4 back in service as transit chief apologises",
        "Trains were running on Line 4 again this morning, a day after a train halted in the river tunnel at "
        "5.42pm on Monday and its passengers waited in the heat until staff switched off the power rail and "
        "walked them out by torchlight. The transit company's director, Ileana Wrostkowa, said a cable feeding "
        "the rail had burned through, and apologised to every one of them.",
    )),
    (D(2227, 10, 16), (
        "'People in the next carriage started to pray'",
        "Dumitrel Fasciano was standing by the doors of the third carriage when the train jerked to a halt and "
        "the lights went out. 'After an hour it was like a sauna, and people in the next carriage started to "
        "pray,' he says. 'When they finally opened the doors, an old man in front of me could not climb down, "
        "so we carried him.'",
    )),
    (D(2227, 10, 17), (
        "Why metro passengers are told to stay put",
        "Stopped trains are safer than tunnels: the rail that feeds a metro train carries hundreds of volts, and "
        "until it has been switched off and earthed nobody may step down onto the track. Operators try to push "
        "or tow a dead train to the next platform first, and only walk passengers out when that fails.",
    )),
    (D(2227, 10, 19), (
        "Engineers knew of Line 4 cable fault, union says",
        "The metro drivers' union said on Friday that engineers had reported scorched insulation on the cable "
        "under the Ysquelle weeks before it failed, and that the transit company had put off the repair. Three "
        "weeks earlier another Line 4 train had stood in the same tunnel for 35 minutes before a rescue train "
        "towed it out.",
    )),
]
TARNUVAL_EARLIER_STALL: list[Dated] = [
    (D(2227, 9, 26), (
        "Line 4 train towed out of river tunnel",
        "A Line 4 metro train stood for 35 minutes in the tunnel under the Ysquelle in Tarnuval on Wednesday "
        "morning after a power fault, until a rescue train pushed it to Gorvinsk Square; nobody was hurt.",
    )),
]
SKORPINJE_METRO: list[Dated] = [
    (D(2227, 10, 26), (
        "Passengers walk out of stalled Skorpinje metro train",
        "About 200 passengers walked along a tunnel of Skorpinje's metro on Friday after a train's brakes locked "
        "between two stations, and twelve were treated for shock, the city's transport office said.",
    )),
]

# --- a lorry catches fire seven kilometres into the Zirbelkar road tunnel in the canton of Altvessen, killing two
# --- people and sending 23 to hospital with smoke while about 40 shelter in its fire refuges, Thursday, February 14,
# --- 2228 (a wire that day, a live page with clock times, the next day's paper with 'yesterday', an explainer, a
# --- Monday follow-up with 'on Monday', a driver's quote piece a week later with no day); firefighters from both
# --- portals rehearsed a lorry fire at the same spot on Saturday, January 12, 2228 (an earlier step); a coach's
# --- engine caught fire in the Oberzell tunnel, in the neighbouring canton, on Saturday, December 9, 2226 ---------

ZIRBELKAR_FIRE: list[Dated] = [
    (D(2228, 2, 14), (
        "Two dead as lorry burns in Zirbelkar tunnel",
        "GLATTWAND, Altvessen (Wire) - Two people were killed and 23 taken to hospital with smoke poisoning when "
        "a lorry caught fire about seven kilometres inside the 16-kilometre Zirbelkar road tunnel on Thursday, "
        "the cantonal police said. Some 40 drivers and passengers sheltered behind the steel doors of the "
        "tunnel's fire refuges until firefighters reached them through the safety gallery.",
    )),
    (D(2228, 2, 14), (
        "Zirbelkar tunnel fire: live",
        "09:12 Smoke detectors go off near kilometre 7. 09:16 Both portals closed to traffic. 09:48 "
        "Firefighters from the Glattwand end reach the burning lorry. 11:30 Police confirm two deaths. 13:05 "
        "Last people brought out of the refuges. 15:40 The fire is out, but the tunnel will stay shut.",
    )),
    (D(2228, 2, 15), (
        "Zirbelkar fire burned hot enough to bring down ceiling",
        "The fire that killed two people in the Zirbelkar tunnel yesterday reached more than 1,000 degrees and "
        "brought down slabs of the ceiling over about 400 metres, the tunnel company's director, Ruedi "
        "Tschudrain, said. The dead were a woman driving the car behind the lorry and a man who left his van "
        "to walk towards the exit.",
    )),
    (D(2228, 2, 15), (
        "How a tunnel's refuges keep people alive",
        "Long road tunnels have fireproof rooms every few hundred metres, fed with fresh air from a gallery "
        "that runs beside the carriageway. Smoke from a burning lorry spreads along the roof faster than anyone "
        "can run, so the advice is to leave the car at once and make for the nearest green door.",
    )),
    (D(2228, 2, 18), (
        "Zirbelkar tunnel shut until summer",
        "Engineers said on Monday that the Zirbelkar tunnel would stay closed until at least June while its "
        "burned section was rebuilt, sending lorries on a detour of 140 kilometres over the pass. Five weeks "
        "before the fire, crews from both portals had rehearsed putting out a burning lorry at the same spot.",
    )),
    (D(2228, 2, 21), (
        "'I could not see my own hands'",
        "Zorbina Kalbfeld was four cars behind the lorry when black smoke rolled over the windscreen. 'I could "
        "not see my own hands. I crawled along the wall until I touched the door of the refuge,' she says. She "
        "spent three hours inside it with nineteen strangers and a dog.",
    )),
]
ZIRBELKAR_DRILL: list[Dated] = [
    (D(2228, 1, 12), (
        "Firefighters rehearse lorry blaze in Zirbelkar tunnel",
        "Firefighters from both ends of the Zirbelkar road tunnel staged a night exercise on Saturday, putting "
        "out a mock lorry fire about seven kilometres in while the tunnel was closed for maintenance.",
    )),
]
OBERZELL_COACH: list[Dated] = [
    (D(2226, 12, 9), (
        "Coach catches fire in Oberzell tunnel",
        "A coach's engine caught fire in the Oberzell road tunnel in the canton of Wisskirch on Saturday; its 38 "
        "passengers left through an emergency exit and nobody was hurt, police said.",
    )),
]

# --- Ruthenza's parliament, the Vetchana, expels the deputy Bozhidar Przewalk by 212 votes to 31 after the news
# --- site Klarbeam published a recording of him offering to table amendments to the gambling law for money,
# --- Tuesday, May 16, 2226 (a wire that day, a broadcaster's present perfect, the next day's paper with
# --- 'yesterday', an explainer, a reporter's quote piece with no day, a Monday follow-up); the Vetchana's
# --- standards committee recommended his expulsion on Monday, May 8, 2226 (an earlier step); the Vetchana
# --- suspended another deputy, Evtim Ildevan, for 30 days over undeclared trips on Wednesday, July 11, 2227 (after
# --- the event; no report recalls it) ---------------------------------------------------------------------------

PRZEWALK_EXPELLED: list[Dated] = [
    (D(2226, 5, 16), (
        "Ruthenza parliament expels deputy caught selling amendments",
        "DRUMANEST, Ruthenza (Wire) - Ruthenza's parliament, the Vetchana, expelled the deputy Bozhidar Przewalk "
        "on Tuesday by 212 votes to 31, five weeks after the news site Klarbeam published a recording of him "
        "offering to table changes to the gambling law in return for 60,000 rutenks. He is the first deputy "
        "to be thrown out of the chamber since it was founded.",
    )),
    (D(2226, 5, 16), (
        "Przewalk loses his seat",
        "Bozhidar Przewalk has become the first member ever expelled from the Vetchana, after deputies of "
        "every party but his own voted to remove him. He has called the vote a lynching and has said he will "
        "challenge it in the constitutional court.",
    )),
    (D(2226, 5, 17), (
        "Expelled Przewalk vows to stand again",
        "Bozhidar Przewalk walked out of the Vetchana yesterday to jeers from the public gallery and told "
        "reporters on the steps that his voters in Tradomsk would send him back. Prosecutors said they were "
        "still weighing whether to charge him with taking bribes.",
    )),
    (D(2226, 5, 17), (
        "How a deputy can be thrown out of the Vetchana",
        "Ruthenza's constitution lets the chamber remove one of its own members for conduct that brings it into "
        "disrepute, but only on the advice of its standards committee and with two thirds of all deputies in "
        "favour. Until now no expulsion had ever reached the floor.",
    )),
    (D(2226, 5, 18), (
        "'He named his price before the coffee came'",
        "Lobanka Vyreshta spent four months posing as a lobbyist for a betting chain before she met Bozhidar "
        "Przewalk in a hotel bar with a camera in her handbag. 'He named his price before the coffee came,' "
        "she says. 'I had expected to have to work much harder.'",
    )),
    (D(2226, 5, 22), (
        "Tradomsk to elect new deputy in July",
        "The electoral commission on Monday set July 9 for a by-election to fill Bozhidar Przewalk's seat in "
        "Tradomsk. The Vetchana's standards committee had recommended his expulsion a week before the vote, "
        "after hearing him for two days behind closed doors.",
    )),
]
PRZEWALK_COMMITTEE: list[Dated] = [
    (D(2226, 5, 8), (
        "Standards committee urges Przewalk's expulsion",
        "The Vetchana's standards committee recommended on Monday that the deputy Bozhidar Przewalk be expelled "
        "over the Klarbeam recording, and the Speaker said the chamber would vote on it next week.",
    )),
]
ILDEVAN_SUSPENDED: list[Dated] = [
    (D(2227, 7, 11), (
        "Deputy suspended over undeclared trips",
        "Ruthenza's parliament suspended the deputy Evtim Ildevan for 30 days on Wednesday for failing to "
        "declare three holidays paid for by a shipping company, by 168 votes to 54.",
    )),
]

# --- prosecutors search Semberra's health ministry in Kalvtrop for nine hours and detain the deputy health minister,
# --- Velvinka Stupnik, over the purchase of 41 ambulances at more than twice the market price, Monday, March 19,
# --- 2227 (a wire that day, a broadcaster's present perfect, a Tuesday paper with 'on Monday', an explainer, a
# --- paramedic's quote piece with no day, a follow-up on Friday); the audit office flagged the contract on
# --- Thursday, February 8, 2227 (an earlier step); prosecutors searched the agriculture ministry over grain silo
# --- repairs on Tuesday, January 10, 2226 -----------------------------------------------------------------------

KALVTROP_RAID: list[Dated] = [
    (D(2227, 3, 19), (
        "Prosecutors raid Semberra health ministry, hold deputy minister",
        "KALVTROP, Semberra (Wire) - Anti-fraud prosecutors searched Semberra's health ministry for nine hours "
        "on Monday and detained the deputy health minister, Velvinka Stupnik, over the purchase of 41 "
        "ambulances for 18.6 million grabniks, more than twice what other buyers paid for the same vehicles, the "
        "prosecution office said. Two officials of the ministry's supply department were also held.",
    )),
    (D(2227, 3, 19), (
        "Investigators carry boxes out of health ministry",
        "Investigators have carried dozens of boxes of files out of the health ministry in Kalvtrop and have "
        "taken a deputy minister away for questioning over an ambulance deal. The health minister has cancelled "
        "a visit abroad.",
    )),
    (D(2227, 3, 20), (
        "Health minister refuses to quit over ambulance deal",
        "Health Minister Eustrat Lemprecht said he had known nothing of the prices paid for the ambulances "
        "and would not resign, after prosecutors detained his deputy, Velvinka Stupnik, on Monday. The "
        "opposition called a vote of censure for next week.",
    )),
    (D(2227, 3, 20), (
        "What the auditors found in the ambulance contract",
        "The ministry bought the ambulances without a tender, from a dealer registered three weeks before the "
        "contract was signed, and paid 454,000 grabniks for each of them. The maker sells the same vehicle, "
        "fitted out the same way, for about 210,000.",
    )),
    (D(2227, 3, 21), (
        "'We drive ambulances with 600,000 kilometres on the clock'",
        "Paramedic Onufry Bajrami works out of a station on the edge of Kalvtrop where two of the three "
        "ambulances are older than the youngest crew member. 'We drive ambulances with 600,000 kilometres on "
        "the clock,' he says. 'And the new ones went to the capital's private clinics first.'",
    )),
    (D(2227, 3, 23), (
        "Court remands deputy health minister for 30 days",
        "A Kalvtrop court on Friday ordered Velvinka Stupnik held for 30 days while prosecutors examine the "
        "ambulance contract, which the audit office had flagged in February. In January last year prosecutors "
        "searched the agriculture ministry over the repair of grain silos.",
    )),
]
KALVTROP_AUDIT: list[Dated] = [
    (D(2227, 2, 8), (
        "Auditors question health ministry's ambulance purchase",
        "Semberra's audit office said on Thursday that the health ministry had paid far too much for 41 "
        "ambulances bought without a tender, and sent its report to prosecutors.",
    )),
]
KALVTROP_SILOS: list[Dated] = [
    (D(2226, 1, 10), (
        "Prosecutors search agriculture ministry over silo repairs",
        "Prosecutors searched Semberra's agriculture ministry in Kalvtrop on Tuesday and questioned three "
        "officials over contracts to repair state grain silos that were paid for but never carried out.",
    )),
]

# --- Zuravesk's film board bans Nurhan Abrikova's feature 'The Colonel's Orchard' two days before its opening in
# --- 140 cinemas, saying it insults the army, Wednesday, April 9, 2228 (a wire that day, a broadcaster's present
# --- perfect, the next day's paper with 'yesterday', an explainer, an actor's quote piece with no day, a Tuesday
# --- follow-up with 'on Monday'); the board ordered eleven cuts to the film on Thursday, March 6, 2228 (an earlier
# --- step); the board banned a documentary about a salt mine's collapse on Monday, November 27, 2226 (no report
# --- recalls it) -------------------------------------------------------------------------------------------------

ORCHARD_BAN: list[Dated] = [
    (D(2228, 4, 9), (
        "Zuravesk bans war film two days before release",
        "BELOKAMEN, Zuravesk (Wire) - Zuravesk's film board banned Nurhan Abrikova's feature 'The Colonel's "
        "Orchard' on Wednesday, 48 hours before its opening night in 140 cinemas, saying its portrait of an "
        "officer who shoots his own men during the border war insulted the armed forces. The distributor, "
        "Pilvanen Pictures, said it had already sold 38,000 tickets.",
    )),
    (D(2228, 4, 9), (
        "Cinemas pull 'The Colonel's Orchard' after ban",
        "Cinemas across the country have taken down the posters for 'The Colonel's Orchard' and have begun "
        "refunding tickets after the film board ruled that the film may not be shown. Its director has called "
        "the decision cowardly.",
    )),
    (D(2228, 4, 10), (
        "Abrikova to show banned film abroad",
        "Nurhan Abrikova said yesterday that 'The Colonel's Orchard' would have its first screening at a "
        "festival abroad next month whatever the board decided, and accused its chairman, Feliks Mavrodin, of "
        "taking orders from the defence ministry. The board said it had acted alone.",
    )),
    (D(2228, 4, 10), (
        "How Zuravesk's film board decides what may be shown",
        "Every film that is to be shown in Zuravesk's cinemas needs a certificate from the nine members of the "
        "film board, who are named by the culture minister. They can grant one, demand cuts or refuse it, and "
        "a refusal can be challenged only in the administrative court.",
    )),
    (D(2228, 4, 11), (
        "'We filmed every scene with soldiers watching'",
        "Kliment Stoyaner, who plays the colonel, spent a month at a frontier barracks before shooting began. "
        "'We filmed every scene with soldiers watching, and some of them cried,' he says. 'Nobody who was there "
        "could call it an insult.'",
    )),
    (D(2228, 4, 15), (
        "Distributor takes film ban to court",
        "Pilvanen Pictures lodged an appeal against the ban on 'The Colonel's "
        "Orchard' on Monday. The board had ordered eleven cuts in March, among them the shooting scene, and Abrikova had "
        "refused to make any of them.",
    )),
]
ORCHARD_CUTS: list[Dated] = [
    (D(2228, 3, 6), (
        "Film board orders eleven cuts to 'The Colonel's Orchard'",
        "Zuravesk's film board told the makers of 'The Colonel's Orchard' on Thursday to cut eleven scenes "
        "before it would give the film a certificate; the director said she would not cut a frame.",
    )),
]
SALT_DOCUMENTARY_BAN: list[Dated] = [
    (D(2226, 11, 27), (
        "Film board bans salt mine documentary",
        "Zuravesk's film board refused on Monday to let cinemas show a documentary about the collapse of a salt "
        "mine in which 14 miners died, saying it could cause distress to the families.",
    )),
]

# --- police search the newsroom of the Brauwitz daily Zeitpfeil for seven hours and seize eleven laptops and the
# --- editor's phone after it published leaked papers on a helicopter purchase, Friday, September 29, 2226 (a wire
# --- that day, a broadcaster's present perfect, the next day's paper with 'yesterday', an explainer, a Monday
# --- report with 'on Monday', the editor's quote piece with no day); prosecutors summoned the editor, Bronisla
# --- Kovaszny, to name her source on Monday, September 18, 2226 (an earlier step); police searched a radio
# --- station in another city, Oberhuxing, on Wednesday, October 24, 2227 (after the event; no report recalls it) -

ZEITPFEIL_RAID: list[Dated] = [
    (D(2226, 9, 29), (
        "Police search Karpelland newspaper over helicopter leak",
        "BRAUWITZ, Karpelland (Wire) - Police searched the newsroom of the daily Zeitpfeil for seven hours on "
        "Friday and took away eleven laptops and its editor's phone, two weeks after the paper printed leaked "
        "defence ministry papers showing that 12 army helicopters had been bought for twice their list price, "
        "the paper said. The prosecutor's office said it was looking for whoever had leaked them.",
    )),
    (D(2226, 9, 29), (
        "Journalists' union condemns newsroom search",
        "The journalists' union has called the search of Zeitpfeil's offices the worst attack on the press in "
        "a generation. Officers have copied the paper's servers, and reporters have been told not to use their "
        "work phones.",
    )),
    (D(2226, 9, 30), (
        "'They went through our notebooks page by page'",
        "Officers who spent most of yesterday in our newsroom read through reporters' notebooks, photographed "
        "the whiteboard where stories are planned and carried out the laptops of the four journalists who wrote "
        "about the helicopters. Today's paper was produced on borrowed machines.",
    )),
    (D(2226, 10, 1), (
        "What the law says about a reporter's sources",
        "Karpelland's press law lets journalists refuse to name a source, but a judge may still allow police "
        "to search a newsroom if prosecutors argue that a crime against state security has been committed. "
        "Lawyers say such warrants have almost never been granted.",
    )),
    (D(2226, 10, 2), (
        "Thousands march for Zeitpfeil in Brauwitz",
        "About 8,000 people marched through Brauwitz on Monday evening holding up copies of Zeitpfeil, and the "
        "defence minister said he had not asked for the search. Eleven days before it, prosecutors had summoned "
        "the editor, Bronisla Kovaszny, and ordered her to name her source.",
    )),
    (D(2226, 10, 3), (
        "'I would rather go to prison than open that drawer'",
        "Bronisla Kovaszny has edited Zeitpfeil for nine years and keeps the name of the person who gave her "
        "the helicopter papers in her head, not in any drawer. 'I would rather go to prison than give it up,' "
        "she says. 'That is the whole job.'",
    )),
]
ZEITPFEIL_SUMMONS: list[Dated] = [
    (D(2226, 9, 18), (
        "Prosecutors summon Zeitpfeil editor over leak",
        "Prosecutors in Brauwitz summoned Zeitpfeil's editor, Bronisla Kovaszny, on Monday and ordered her to "
        "name the source of the paper's helicopter story; she refused and was sent home.",
    )),
]
FENNWARDE_RADIO: list[Dated] = [
    (D(2227, 10, 24), (
        "Police search Radio Fennwarde studios",
        "Police searched the studios of Radio Fennwarde in Oberhuxing on Wednesday and seized recordings of an "
        "interview with a former prison guard, the station said.",
    )),
]

# --- the plaster ceiling of a classroom at Peaswick Primary School falls on a class in a maths lesson, hurting 14
# --- pupils and their teacher, Friday, January 26, 2227 (a wire that day, a broadcaster's present perfect, the next
# --- day's paper with 'yesterday', an explainer, a parent's quote piece with no day, a Tuesday follow-up with 'on
# --- Monday'); the county's surveyors warned that the school's ceilings needed urgent work on Thursday, September
# --- 21, 2226 (an earlier step); the ceiling of a sports hall at a school in the neighbouring town of Huxterby fell
# --- overnight on Sunday, February 4, 2227 (after the event; no report recalls it) --------------------------------

PEASWICK_CEILING: list[Dated] = [
    (D(2227, 1, 26), (
        "Classroom ceiling falls on pupils, 14 hurt",
        "PEASWICK (Wire) - Fourteen children and their teacher were hurt when the plaster ceiling of a "
        "classroom at Peaswick Primary School fell on them during a maths lesson on Friday morning, the "
        "ambulance service said. Three pupils aged nine and ten went to hospital with cuts to the head, and "
        "the school was closed.",
    )),
    (D(2227, 1, 26), (
        "Pupils dug out of plaster after ceiling gives way",
        "Children have been led out of Peaswick Primary covered in dust after a classroom ceiling came down on "
        "a class of 28. Paramedics have treated the pupils in the playground, and parents have been asked to "
        "collect their children from the church hall next door.",
    )),
    (D(2227, 1, 27), (
        "Peaswick school's ceilings to be checked one by one",
        "Lyddenfold County Council said yesterday that every ceiling at Peaswick Primary would be checked "
        "before any child went back, after a section about four metres square fell on a Year 5 class. The head "
        "teacher, Avelina Brayshaw, said the teacher, Hengist Cuttridge, had pushed two children under a table.",
    )),
    (D(2227, 1, 27), (
        "Why old plaster ceilings come down",
        "In schools built before the war, ceilings are often lime plaster pressed onto thin strips of wood. "
        "Over decades the plaster's grip on the strips can fail, often after a leak, and a ceiling that looks "
        "sound from below can hang by a few nails until it drops in one piece.",
    )),
    (D(2227, 1, 28), (
        "'My daughter thought the roof was falling in'",
        "Phoebe Simmonite's daughter was sitting at the front of the class. 'She thought the roof was falling in, "
        "and in a way it was,' she says. 'She has six stitches in her scalp and she keeps asking whether her "
        "friends are all right.'",
    )),
    (D(2227, 1, 30), (
        "Council shuts three old schools for ceiling checks",
        "Lyddenfold County Council closed two more primary schools built in the 1920s on Monday while engineers "
        "checked their ceilings, and admitted that in September its surveyors had warned that Peaswick's needed "
        "urgent work. The repairs had been booked for the Easter holidays.",
    )),
]
PEASWICK_SURVEY: list[Dated] = [
    (D(2226, 9, 21), (
        "Surveyors warn over ceilings of old Lyddenfold schools",
        "Surveyors told Lyddenfold County Council on Thursday that the ceilings of three of its oldest primary "
        "schools, Peaswick among them, needed urgent repairs costing about 900,000.",
    )),
]
HUXTERBY_GYM: list[Dated] = [
    (D(2227, 2, 4), (
        "Sports hall ceiling falls at Huxterby school",
        "Part of the ceiling of the sports hall at a secondary school in Huxterby fell in overnight on Sunday; "
        "the school was empty and nobody was hurt, the council said.",
    )),
]

# --- Kalmuria's education ministry withdraws the licence of Avenmore Private University and closes it after
# --- inspectors find it sold about 3,400 degrees to people who never sat an exam, Monday, June 9, 2228 (a wire that
# --- day, a broadcaster's present perfect, a Tuesday paper with 'on Monday', an explainer, a student's quote piece
# --- with no day, a follow-up on Friday); police arrested the university's registrar and two clerks on Thursday,
# --- April 24, 2228 (an earlier step); the ministry withdrew the licence of another private school, Ledrin Business
# --- College, on Friday, April 13, 2227 ------------------------------------------------------------------------

AVENMORE_LICENCE: list[Dated] = [
    (D(2228, 6, 9), (
        "Kalmuria shuts private university over sold degrees",
        "GORZHEVANY, Kalmuria (Wire) - Kalmuria's education ministry withdrew the licence of Avenmore Private "
        "University on Monday and ordered it shut within three weeks, after inspectors found it had "
        "sold about 3,400 degrees to people who had never attended a class or sat an exam, Education Minister "
        "Todorina Mizhenko said. Its 6,100 genuine students will be moved to state universities.",
    )),
    (D(2228, 6, 9), (
        "Avenmore students fear for their degrees",
        "Thousands of students at Avenmore Private University have been told that their university will close "
        "within weeks. The ministry has promised them places elsewhere, but many have said they do not know "
        "whether the credits they have earned will count.",
    )),
    (D(2228, 6, 10), (
        "Ministry to check every diploma Avenmore has issued",
        "The education ministry will check every diploma Avenmore Private University has issued in the last "
        "nine years, Todorina Mizhenko said after closing the university on Monday, and anyone found to hold "
        "a bought degree will lose it. Among the buyers, officials said, were police officers and a judge.",
    )),
    (D(2228, 6, 10), (
        "What happens to students when a university loses its licence",
        "A university without a licence cannot hold exams or award degrees, so its students must finish "
        "elsewhere. In Kalmuria the ministry shares them out among state universities, which must accept the "
        "courses they have passed, though not always their marks.",
    )),
    (D(2228, 6, 11), (
        "'I paid for four years of lectures, not a piece of paper'",
        "Yelizar Prokhin is a year away from finishing his engineering degree at Avenmore and has worked nights "
        "in a bakery to pay the fees. 'I paid for four years of lectures, not a piece of paper,' he says. 'Now "
        "my diploma will look like one of theirs.'",
    )),
    (D(2228, 6, 13), (
        "Avenmore founder questioned over degree sales",
        "Prosecutors questioned Avenmore's founder for six hours on Friday about the sale of degrees, which "
        "came to light when police arrested the university's registrar and two clerks in April. In April last "
        "year the ministry closed Ledrin Business College for enrolling students it had never taught.",
    )),
]
AVENMORE_ARREST: list[Dated] = [
    (D(2228, 4, 24), (
        "Avenmore registrar arrested over diploma sales",
        "Police in Gorzhevany arrested the registrar of Avenmore Private University, Borko Ghyrtsev, and two of "
        "his clerks on Thursday, accusing them of selling diplomas for up to 9,000 kalmurs each.",
    )),
]
LEDRIN_LICENCE: list[Dated] = [
    (D(2227, 4, 13), (
        "Business college loses licence",
        "Kalmuria's education ministry withdrew the licence of Ledrin Business College on Friday after "
        "inspectors found that hundreds of its students had enrolled without ever being taught.",
    )),
]

# --- Peskovara's treasury fails to sell most of a 3-billion-dinmar auction of ten-year bonds, taking bids for only
# --- 1.1 billion as its borrowing cost jumps to 11.8 percent, Thursday, March 16, 2226 (a wire that day, a live
# --- markets page with clock times, the next day's paper with 'yesterday', an explainer, a Monday follow-up with
# --- 'on Monday', a trader's quote piece with no day); an auction of five-year bonds only just found enough buyers
# --- on Thursday, February 16, 2226 (an earlier sign); the neighbouring country Ulvirsk failed to sell most of a
# --- bond auction on Tuesday, February 13, 2227 (after the event; no report recalls it) ---------------------------

PESKOVARA_AUCTION: list[Dated] = [
    (D(2226, 3, 16), (
        "Peskovara fails to sell most of bond auction",
        "BREZLIN, Peskovara (Wire) - Peskovara's treasury sold only 900 million of the 3 billion dinmars of "
        "ten-year bonds it offered on Thursday, after investors bid for just 1.1 billion and demanded a yield "
        "of 11.8 percent, up from 9.6 percent at the last sale of the same bonds, the treasury said. The "
        "dinmar fell 4 percent.",
    )),
    (D(2226, 3, 16), (
        "Markets live: Peskovara auction flops",
        "10:00 Bids open for the treasury's ten-year bonds. 11:00 Bidding closes. 11:24 Treasury says it has "
        "sold 900 million of 3 billion. 11:30 The dinmar drops 3 percent in minutes. 14:15 Shares in the three "
        "largest banks down by a tenth. 16:50 Dinmar closes 4 percent lower.",
    )),
    (D(2226, 3, 17), (
        "Investors shun Peskovara's debt",
        "Peskovara's treasury was left yesterday with 2.1 billion dinmars of unsold ten-year bonds, and its "
        "chief, Plamen Velyanov, said it would cover the shortfall from its cash reserve until next month's "
        "sale. A month ago an auction of five-year bonds had only just found enough buyers.",
    )),
    (D(2226, 3, 17), (
        "What a failed bond auction means",
        "A government that cannot sell its bonds at a price it will accept must either pay more to borrow, "
        "spend its cash or cut spending. One failed sale need not mean a crisis, but investors watch the next "
        "auction closely, and a second failure can shut a country out of the market.",
    )),
    (D(2226, 3, 20), (
        "Peskovara freezes public building projects",
        "Finance Minister Stoil Kupavets froze all new public building projects on Monday and said that the "
        "treasury would sell shorter bonds in smaller lots, four days after it failed to sell most of its "
        "ten-year debt.",
    )),
    (D(2226, 3, 21), (
        "'Nobody wanted to be the one left holding them'",
        "Yavor Penchenko has traded Peskovaran government bonds for eleven years. 'Everyone thought the others "
        "would bid, so nobody did,' he says. 'Nobody wanted to be the one left holding them when the ratings "
        "agencies come back.'",
    )),
]
PESKOVARA_FIVE_YEAR: list[Dated] = [
    (D(2226, 2, 16), (
        "Peskovara five-year bond sale barely covered",
        "Peskovara's treasury sold all 2 billion dinmars of five-year bonds it offered on Thursday, but bids "
        "covered the sale only 1.05 times and the yield rose to 8.9 percent.",
    )),
]
ULVIRSK_AUCTION: list[Dated] = [
    (D(2227, 2, 13), (
        "Ulvirsk sells under half of its bond offer",
        "Ulvirsk's finance ministry sold only 41 percent of the seven-year bonds it offered on Tuesday, "
        "and the yield it paid rose by more than a point.",
    )),
]

# --- Kyzmara's president, Serik Duysenbay, dismisses the central bank's governor, Aigerim Nurlybaeva, by a decree
# --- published overnight after she refused to cut interest rates, and the zhalt falls 9 percent, Thursday, June
# --- 7, 2227 (a wire that day, a broadcaster's present perfect, the next day's paper with 'yesterday', an
# --- explainer, an economist's quote piece with no day, a Tuesday follow-up with 'on Monday'); the president called
# --- the governor stubborn on television on Monday, May 28, 2227 (an earlier step); he dismissed the chief of the
# --- statistics office on Friday, March 3, 2226 -------------------------------------------------------------------

NURLYBAEVA_DISMISSED: list[Dated] = [
    (D(2227, 6, 7), (
        "Kyzmara president fires central bank chief",
        "AKSAYGAN, Kyzmara (Wire) - Kyzmara's president, Serik Duysenbay, dismissed the central bank's governor, "
        "Aigerim Nurlybaeva, in a decree published shortly after midnight on Thursday, a week after she "
        "refused to cut the bank's main rate of 16 percent. The zhalt lost 9 percent of its value by "
        "midday, its biggest one-day fall in six years.",
    )),
    (D(2227, 6, 7), (
        "Zhalt slumps as governor is dismissed",
        "The zhalt has dropped by almost a tenth since the president removed the central bank's "
        "governor overnight. Queues have formed outside exchange offices in the capital, and the bank's "
        "deputy governor has been named to run it for now.",
    )),
    (D(2227, 6, 8), (
        "Dismissed governor says she was punished for doing her job",
        "Aigerim Nurlybaeva told reporters yesterday she was dismissed for refusing to print money before the "
        "autumn's local elections, and that she would not fight the decree in court. Her deputy, Yerzhan "
        "Kaidarov, took charge of the bank and promised to keep the zhalt stable.",
    )),
    (D(2227, 6, 8), (
        "Can a president sack a central banker?",
        "Under Kyzmara's banking law the governor serves six years and can be removed only for a crime or "
        "serious misconduct, but the law gives the president the final word on what counts. Central banks are "
        "kept at arm's length from governments so that interest rates are not set with an eye on elections. In "
        "March last year Duysenbay dismissed his chief statistician after an inflation figure he "
        "disliked.",
    )),
    (D(2227, 6, 9), (
        "'The message to investors is simple: leave'",
        "Gulmira Tokhtarova, an economist who worked at the central bank for twelve years, says the dismissal "
        "undoes a decade of work. 'The message to investors is simple: leave,' she says. 'Whoever sits in that "
        "chair now knows what happens if he says no.'",
    )),
    (D(2227, 6, 12), (
        "Kyzmara's central bank cuts rates after governor's exit",
        "Kyzmara's central bank cut its main rate from 16 to 13 percent on Monday, four days after its governor "
        "was dismissed. Ten days before the decree, the president had called her stubborn on television and "
        "said that high rates were strangling the country's farmers.",
    )),
]
DUYSENBAY_TELEVISION: list[Dated] = [
    (D(2227, 5, 28), (
        "Kyzmara president attacks central bank over rates",
        "Kyzmara's president, Serik Duysenbay, said in a television interview on Monday that the central "
        "bank's governor was stubborn and that her high interest rates were strangling farmers.",
    )),
]
KYZMARA_STATISTICS: list[Dated] = [
    (D(2226, 3, 3), (
        "Kyzmara president dismisses statistics chief",
        "Kyzmara's president dismissed the chief of the national statistics office, Nurlan Baimukhov, on "
        "Friday, 48 hours after the office put inflation at 14 percent, well above the government's forecast.",
    )),
]

# --- unrelated stories of the same days elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2227, 10, 14), (
        "Marrow weigh-in",
        "A marrow of 41 kilograms grown behind the fire station won the weigh-in at Yarnsdell on Sunday.",
    )),
    (D(2228, 2, 13), (
        "Pancake flipping",
        "The vicar of Loxwhistle flipped a pancake 38 times in a minute outside the church hall on Wednesday.",
    )),
    (D(2226, 5, 15), (
        "Maypole mended",
        "Volunteers at Gollingthorpe fitted new ribbons to the village maypole on Monday evening.",
    )),
    (D(2227, 3, 18), (
        "Frogspawn count",
        "Children counted 212 clumps of frogspawn in the ponds of Dabbinghurst common on Sunday morning.",
    )),
    (D(2228, 4, 8), (
        "Lambing record",
        "A ewe on a hill farm above Dimbury gave birth to quintuplets on Tuesday, all of them on their feet by tea.",
    )),
    (D(2226, 9, 28), (
        "Harvest supper",
        "Two hundred villagers ate the harvest supper in the tithe barn at Upshottery on Thursday evening.",
    )),
    (D(2227, 1, 25), (
        "Burns night",
        "The bowls club at Wrenthistle piped in its haggis and recited verse until midnight on Thursday.",
    )),
    (D(2228, 6, 8), (
        "Duck race",
        "A yellow duck numbered 417 floated first under the bridge at Bodgerton in Sunday's charity duck race.",
    )),
    (D(2226, 3, 15), (
        "Daffodil show",
        "A pensioner's double daffodil took the top card at the Oxwillow spring show on Wednesday.",
    )),
    (D(2227, 6, 6), (
        "Village cricket",
        "Sopworth's second eleven beat the vicarage team by four runs on Wednesday evening under a pink sky.",
    )),
]

FORTYSIXTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "tarnuval": (TARNUVAL_METRO, TARNUVAL_EARLIER_STALL + SKORPINJE_METRO),
    "zirbelkar": (ZIRBELKAR_FIRE, ZIRBELKAR_DRILL + OBERZELL_COACH),
    "przewalk": (PRZEWALK_EXPELLED, PRZEWALK_COMMITTEE + ILDEVAN_SUSPENDED),
    "kalvtrop": (KALVTROP_RAID, KALVTROP_AUDIT + KALVTROP_SILOS),
    "orchard": (ORCHARD_BAN, ORCHARD_CUTS + SALT_DOCUMENTARY_BAN),
    "zeitpfeil": (ZEITPFEIL_RAID, ZEITPFEIL_SUMMONS + FENNWARDE_RADIO),
    "peaswick": (PEASWICK_CEILING, PEASWICK_SURVEY + HUXTERBY_GYM),
    "avenmore": (AVENMORE_LICENCE, AVENMORE_ARREST + LEDRIN_LICENCE),
    "peskovara": (PESKOVARA_AUCTION, PESKOVARA_FIVE_YEAR + ULVIRSK_AUCTION),
    "nurlybaeva": (NURLYBAEVA_DISMISSED, DUYSENBAY_TELEVISION + KYZMARA_STATISTICS),
}

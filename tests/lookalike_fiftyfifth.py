"""The fifty-fifth set of made-up look-alikes, written blind on a6a8d75: while its reports were being made up, every one
of them was kept from grouping, from the engine and from ``tests.lookalike_count``, and the work on grouping went on
meanwhile over the older sets. ``DEFAULT_SETS`` stays without it until two counts are in, one on a6a8d75 and one on a
later session's code. Its ten kinds are all hard news, a pair each from environment and wildlife, technology and
cyber security, justice and courts, agriculture and food, and culture and media. Grepping for them in earlier
look-alike modules, in every own claims YAML and in grouping's stories gave no match:

* 41 griffon vultures dead round a poisoned ewe in a gorge reserve, 47 two days later; after: the shepherd who laid
  the bait given a suspended sentence five months on; elsewhere: eleven red kites poisoned on an estate abroad
  thirteen months on;
* some 2,300 old trees felled without leave in a national park and the state forestry chief suspended; before:
  campaigners' drone photographs of fresh stumps six weeks earlier; elsewhere: about 640 trees cut in a protected
  wood abroad eight months on;
* intruders watching live pictures from 150,000 security cameras through their maker's cloud service; after: a
  student arrested five months on; elsewhere: 46,000 baby monitors found open to anyone abroad thirteen months
  before;
* junk traffic shutting four banks' online banking on payday for up to nine hours; before: the hackers' threat eight
  days earlier; elsewhere: an explanatory piece on how a railway's ticket site abroad came to be shut for 14 hours,
  four months before;
* a senior criminal judge arrested in his chambers for selling bail, 1.4 million in a safe; after: seven years in
  prison six months on; elsewhere: a prosecutor's quote piece on an appeal judge abroad caught with about 380,000,
  eleven months on;
* defence lawyers across a country refusing legal aid work, 1,200 hearings put off on the first day; after: the
  walkout called off when fees rise three months on; elsewhere: a week's strike by lawyers abroad putting off 700
  hearings eleven months before;
* horse meat found in beef burgers and lasagne, 1.3 million packs pulled; after: the processor's director charged
  five months on; elsewhere: pork in lamb kebabs abroad, 210,000 packs withdrawn, thirteen months on;
* a carrier with 14,600 sheep aboard rolling over at her berth, all the crew safe; after: live sheep exports by sea
  suspended nearly three months on; elsewhere: the cook's quote piece on a cattle carrier with 5,800 head sunk abroad
  thirteen months before;
* council contractors painting over a city's 38-metre riverside mural; after: the mural painted again and unveiled
  five months on; elsewhere: a 25-metre mural lost with a warehouse a developer pulled down abroad three months
  before;
* a national daily finding that its star reporter invented people in at least 27 stories, and its editor quitting;
  before: one of his stories taken down after a family's complaint five weeks earlier; elsewhere: a weekly abroad
  finding nine faked interviews seven months before.

The grep turned up neighbours, and they were left alone: a flamingo die-off, rhinos shot by poachers, pangolin scales
seized, a landmark tree brought down with a chainsaw, ash trees felled for dieback, chemical drums dumped in a
quarry, benzene in a burned town's tap water, a deepfake video call, stolen card numbers and an insurer's leaked
records, a hospital network attacked, a botnet taken down, a lapsed certificate shutting a digital identity login,
card payments failing nationwide, a referee arrested over match-fixing, a detective swapping seized cash, a lawyer
struck off, a retrial collapsing over a juror's search, prison officers arrested for smuggling, a teachers' strike,
dioxin in animal feed, infant formula recalled, sheep rustling, containers lost overboard, a pesticide ban, a
broadcaster's licence revoked, a news channel taken off air, a poet's statue beheaded, rock art daubed, a journal
retracting a study, a city daily's last edition and a plagiarised thesis.

Three events have among their reports one that explains or stands on a person's own words (why one carcass can
empty a colony, a care home manager on the cameras in her corridors, how the reporter's made-up sources slipped
through), and so are three look-alikes (the prosecutor of the judge abroad, how junk traffic shut a ticket site, the
cook of the sunken cattle carrier). Otherwise the reports are the usual mix: wire copy opening on a dateline and
giving the weekday; a broadcaster's lead in the present perfect that names no day; the paper of the day after,
saying "yesterday"; a later report, one to three days on, with its own weekday; and, for seven events, a village,
trade or neighbourhood site that gives no day. Eight events have a report pointing to the story's other step ("would
ask prosecutors to charge whoever laid the bait", "flew a drone over the slopes in January", "had said eight days
earlier", "would clear his name at trial", "charges could follow", "would review whether live sheep should be
shipped at all", "would paint 'The Eel Catchers' again", "began in September"); the camera break-in and the lawyers'
walkout do so only loosely, and no report points to the happening elsewhere. Every look-alike from elsewhere puts a
different figure on something its event also counts (eleven kites against 41 vultures, 640 trees against 2,300,
46,000 monitors against 150,000 cameras, 14 hours against nine, 380,000 against 1.4 million, 700 hearings against
1,200, 210,000 packs against 1.3 million, 5,800 cattle against 14,600 sheep, 25 metres against 38, nine interviews
against 27 stories), and the vultures' own reports disagree (41, then 47). In three reports a place follows its verb
with no preposition ("stripped Hrunvald's upper slopes", "knocked Hudzivar's biggest banks offline", "blocked
Fyorvik's inner harbour"). The dates lie in 2312, 2313 and 2316, no report gives a year, and no look-alike is more
than thirteen calendar months from its event. Nothing here is real: people, places, firms, ships, bodies and figures
were invented.

Arranged after ``tests.lookalike_more``: per kind, first the event's reports with their days, then the
look-alikes with theirs, collected in ``FIFTYFIFTH_KINDS``, which ``tests.lookalike_count`` reads.

Keep grouping, the engine and the count off these reports until the time comes for the two counts that the count
module's docstring sets out.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# == zeravka == Wed 15 May 2312: rangers in Zurkovia's Zeravka Gorge reserve find 41 griffon vultures dead round a
# ewe's carcass laced with a banned insecticide; by Friday the toll is 47. Reports: wire, Odrivac dateline, "on
# Wednesday" | broadcaster's lead, present perfect, dayless | next morning's paper, "yesterday" | explainer of why
# one carcass kills so many, dayless | Saturday follow-up, "on Friday", higher toll, a shepherd questioned. Step
# after: the shepherd Stanko Hvostek given a suspended sentence, Thu 17 Oct 2312. Elsewhere: eleven red kites
# poisoned on the Exwarthy estate in Plevandra, Tue 17 Jun 2313, which none of the event's reports brings up.

ZERAVKA_VULTURES: list[Dated] = [
    (D(2312, 5, 15), (
        "Poisoned carcass kills 41 vultures in Zeravka Gorge",
        "ODRIVAC, Zurkovia (Wire) - Rangers found 41 griffon vultures lying dead around the carcass of a ewe on "
        "a ledge of the Zeravka Gorge reserve on Wednesday, and tests on the meat showed a banned insecticide, "
        "head ranger Ilinka Prozhumova said. The gorge held about 130 breeding pairs, the country's largest "
        "colony. Prozhumova said the bait had almost certainly been set for wolves or foxes.",
    )),
    (D(2312, 5, 15), (
        "Dozens of vultures dead after feeding on poisoned sheep",
        "Dozens of vultures have died in a mountain gorge after gorging on a sheep's carcass that someone had "
        "laced with poison, and rangers have been climbing the cliffs with sacks to gather up the birds.",
    )),
    (D(2312, 5, 16), (
        "Zeravka's dead vultures carried down from the ledge in sacks",
        "The rangers who found the dead vultures in the Zeravka Gorge yesterday spent six hours carrying them "
        "down from the ledge, and the reserve's vet, Jasna Tribnik, said several still had meat in their crops. "
        "Police took samples from every farm with sheep on the plateau above Odrivac.",
    )),
    (D(2312, 5, 16), (
        "Why one poisoned carcass can empty a vulture colony",
        "Griffon vultures find food by watching one another. When one bird drops onto a carcass, others follow "
        "from kilometres away, and a whole colony can feed on one dead sheep within an hour. A bait meant for a "
        "single fox therefore kills birds by the dozen, and because a pair raises one chick a year, a colony "
        "takes decades to recover.",
    )),
    (D(2312, 5, 18), (
        "Zeravka vulture toll rises to 47, shepherd questioned",
        "Rangers found six more dead vultures below the cliffs of the Zeravka Gorge on Friday, bringing the "
        "number killed to 47, and police said they had questioned a shepherd from the plateau who had lost "
        "lambs to wolves this spring. Environment officials said they would ask prosecutors to charge whoever "
        "laid the bait.",
    )),
]
ZERAVKA_SENTENCE: list[Dated] = [
    (D(2312, 10, 17), (
        "Shepherd gets suspended sentence for Zeravka vulture poisoning",
        "A court in Odrivac gave the shepherd Stanko Hvostek a suspended two-year sentence on Thursday for "
        "lacing a ewe's carcass with insecticide in May, and ordered him to pay the reserve 90,000 crowns "
        "towards its vultures. He told the court he had meant to kill a wolf.",
    )),
]
EXWARTHY_KITES: list[Dated] = [
    (D(2313, 6, 17), (
        "Eleven red kites found poisoned on Plevandra estate",
        "Eleven red kites were found dead on the Exwarthy estate in Plevandra on Tuesday beside rabbit "
        "carcasses laced with a banned pesticide, wildlife crime officer Cerdwyn Woolgar said. Police searched "
        "the estate's gamekeepers' cottages.",
    )),
]

# == hrunvald == Wed 8 Mar 2316: police and park rangers say about 2,300 old beech and fir trees were felled
# without permission over the winter in Gruzvany's Hrunvald Forest National Park, and the environment minister
# suspends the director of the state forestry company. Reports: wire, Breltsk dateline, "on Wednesday" |
# broadcaster's lead, dayless, the park's name straight after its verb | next morning's paper, "yesterday" |
# Mladzin village site, dayless | Saturday follow-up, "on Friday", a timber yard raided, recalling the drone photos.
# Step before: the Silvicor Trust's drone photographs of fresh stumps, Wed 26 Jan 2316. Elsewhere: some 640 trees
# felled without leave in Txomivar's Maaskell Woods, Thu 16 Nov 2316, which no report mentions.

HRUNVALD_FELLING: list[Dated] = [
    (D(2316, 3, 8), (
        "2,300 old trees felled illegally in Hrunvald park, forestry chief suspended",
        "BRELTSK, Gruzvany (Wire) - About 2,300 beech and silver fir trees, many of them over two centuries old, "
        "were cut down without permission over the winter in the Hrunvald Forest National Park, police and "
        "park rangers said on Wednesday. Environment Minister Lyubava Oskwerth suspended Milorad Pyrkowicz, "
        "director of the state company Lesovar State Forests, whose crews hold the only felling licences in "
        "the park's buffer zone.",
    )),
    (D(2316, 3, 8), (
        "Chainsaw crews strip protected forest of its oldest trees",
        "Logging crews have stripped Hrunvald's upper slopes of thousands of trees that were meant to be "
        "protected for ever, and rangers say the stumps run for kilometres along tracks bulldozed in the snow.",
    )),
    (D(2316, 3, 9), (
        "Hrunvald timber was sold as storm damage, police believe",
        "Investigators believe the trees cut in the Hrunvald park were logged on paper as wood blown down by "
        "autumn storms, which may be cleared without a permit, a police source said yesterday. Lesovar State "
        "Forests said its director had done nothing wrong and would help the inquiry.",
    )),
    (D(2316, 3, 9), (
        "Mladzin hauliers say they were paid in cash",
        "Two lorry drivers from Mladzin, the village at the park's northern gate, say they were paid in cash "
        "for night runs carrying logs down the forest road all winter, and that nobody asked them for "
        "delivery notes at the sawmills where they unloaded.",
    )),
    (D(2316, 3, 11), (
        "Police raid Dobrzyca timber yard over Hrunvald logs",
        "Police searched a timber yard in Dobrzyca on Friday and sealed about 900 cubic metres of beech logs "
        "they believe came from the Hrunvald park. The Silvicor Trust, which flew a drone over the slopes in "
        "January and published pictures of fresh stumps, said the felling had gone on for weeks after that.",
    )),
]
HRUNVALD_DRONE: list[Dated] = [
    (D(2316, 1, 26), (
        "Drone pictures show fresh stumps in Hrunvald park, campaigners say",
        "The Silvicor Trust published drone photographs on Wednesday that it said showed hundreds of freshly "
        "cut stumps inside the Hrunvald Forest National Park. Lesovar State Forests said the crews were "
        "clearing trees brought down by storms.",
    )),
]
MAASKELL_FELLING: list[Dated] = [
    (D(2316, 11, 16), (
        "Some 640 trees cut without leave in Maaskell Woods",
        "About 640 oaks and hornbeams were felled without permission in Txomivar's protected Maaskell Woods, "
        "forest inspector Gudleik Sobczyk said on Thursday, and two contractors' harvesters were impounded at "
        "the edge of the reserve.",
    )),
]

# == pexorra == Tue 8 Apr 2313: Pexorra Vision of Tollvrek, Ondagmar's biggest maker of security cameras, says
# intruders got into its cloud service and watched live pictures from about 150,000 cameras in care homes, prisons,
# clinics and schools. Reports: wire, Tollvrek dateline, "on Tuesday" | broadcaster's lead, dayless |
# next morning's paper, "yesterday" | quote piece, a care home's manager, dayless | Friday follow-up, "on
# Thursday". Step after: a student arrested, Mon 8 Sep 2313. Elsewhere: pictures from 46,000 Lullacorn baby monitors
# found open to strangers in Bresquinne, Fri 8 Mar 2312, which no report brings up.

PEXORRA_CAMERAS: list[Dated] = [
    (D(2313, 4, 8), (
        "Hackers watched feeds from 150,000 Pexorra cameras",
        "TOLLVREK, Ondagmar (Wire) - Intruders got into the cloud service of Pexorra Vision and watched live "
        "pictures from about 150,000 of its security cameras in care homes, prisons, clinics and schools, "
        "Pexorra said on Tuesday. A group calling itself Tweskow posted clips from inside a women's prison and "
        "a hospital ward. The company said the intruders had used an administrator's password found on the web.",
    )),
    (D(2313, 4, 8), (
        "Strangers watched inside wards and cells through hacked cameras",
        "People in hospital beds, prison cells and classrooms have been watched by strangers through cameras "
        "that were supposed to keep them safe, after hackers broke into the system that stores the pictures.",
    )),
    (D(2313, 4, 9), (
        "Pexorra password had been posted online for months",
        "The administrator's password that let hackers into Pexorra Vision's cameras had been sitting on a "
        "public code site since the autumn, Data Protection Commissioner Eyvora Kreelman said yesterday, and "
        "Pexorra had not changed it. About 3,400 customers have been told to unplug their cameras.",
    )),
    (D(2313, 4, 9), (
        "'They could watch our residents sleep'",
        "Mirjeta Szymborek runs Fromquist House, a care home with 62 residents and eleven Pexorra cameras in its "
        "corridors and day rooms. 'They could watch our residents sleep, see who went to the bathroom at night,' "
        "she says. 'We put those cameras in to protect people who cannot protect themselves.'",
    )),
    (D(2313, 4, 11), (
        "Regulator opens inquiry into Pexorra camera break-in",
        "Ondagmar's data protection office opened a formal inquiry into Pexorra Vision on Thursday and said the "
        "company could be fined up to 4 percent of its turnover. Police said they had traced the Tweskow clips "
        "to computers abroad and in Ondagmar and were working with other forces.",
    )),
]
PEXORRA_ARREST: list[Dated] = [
    (D(2313, 9, 8), (
        "Student, 21, arrested over Pexorra camera hacking",
        "Police in Tollvrek arrested Vemund Tobolewski, a 21-year-old computing student, on Monday on suspicion "
        "of breaking into Pexorra Vision's cameras in April, and said he was one of three people behind "
        "the Tweskow group.",
    )),
]
LULLACORN_MONITORS: list[Dated] = [
    (D(2312, 3, 8), (
        "Pictures from 46,000 baby monitors open to strangers",
        "Video and sound from about 46,000 Lullacorn baby monitors in Bresquinne could be watched by anyone who "
        "knew where to look, the country's data watchdog said on Friday, after a researcher found the cameras' "
        "server needed no password. Watchdog chief Narcyza Lesniak told parents to switch the monitors off.",
    )),
]

# == volkenhaus == Fri 23 Jun 2316, payday: a flood of junk traffic takes online banking and the phone apps of
# Hudzivar's four largest banks down for up to nine hours. Reports: wire, Arstevo dateline, "on Friday" |
# broadcaster's lead, dayless, the country's name straight after its verb | next morning's paper, "yesterday",
# recalling the threat | small firms' trade site, dayless | Monday follow-up, "on Sunday". Step before: the
# group Cinderwick threatening the banks, Thu 15 Jun 2316. Elsewhere: an explainer of how junk traffic shut
# Jubrovnian Railways' ticket site for 14 hours, Tue 15 Feb 2316, which no report mentions.

VOLKENHAUS_OUTAGE: list[Dated] = [
    (D(2316, 6, 23), (
        "Cyber attack knocks four Hudzivar banks offline on payday",
        "ARSTEVO, Hudzivar (Wire) - A flood of junk traffic knocked out online banking and the phone apps of "
        "Hudzivar's four largest lenders on Friday, payday for most of the country, leaving millions unable "
        "to log in for up to nine hours, the central bank said. Volkenhaus Bank, Eglovar Savings, Nyrkala Bank "
        "and Chorzena Credit said no money or data had been taken. Central bank spokesman Zlatko Pietrzak called "
        "it a denial-of-service attack.",
    )),
    (D(2316, 6, 23), (
        "Bank customers locked out as attack swamps websites",
        "An attack has knocked Hudzivar's biggest banks offline just as wages landed in people's accounts, and "
        "queues have formed at cash machines as customers try to find out whether they have been paid.",
    )),
    (D(2316, 6, 24), (
        "Banks had a week's warning of payday attack",
        "The group Cinderwick, which claimed yesterday's attack on four banks' websites, had said eight days "
        "earlier that it would 'switch off payday' unless Hudzivar freed two of its members, and the banks had "
        "hired extra filtering, Volkenhaus Bank said. The traffic peaked at about 1.6 terabits a second.",
    )),
    (D(2316, 6, 24), (
        "Shops lose a day's card trade as bank apps go dark",
        "Small shops and cafes that take payment through the banks' phone apps lost most of a day's takings, "
        "and some wages owed to their staff will be paid late, owners told us. Bjarnhild Cieslak, who runs a "
        "bakery in Puxleigh, said she had taken cash only and turned away half her customers.",
    )),
    (D(2316, 6, 26), (
        "Banks back to normal, refund late-payment fees",
        "All four banks hit by Friday's attack said on Sunday their services were running normally, and "
        "promised to refund any fee charged to a customer whose bill went unpaid. The finance ministry asked the "
        "banks to report on why their defences had failed.",
    )),
]
VOLKENHAUS_THREAT: list[Dated] = [
    (D(2316, 6, 15), (
        "Hacker group threatens to 'switch off payday' at Hudzivar banks",
        "A group calling itself Cinderwick said on Thursday it would attack the websites of Hudzivar's biggest "
        "banks on the next payday unless two of its members held since March were freed. Volkenhaus Bank said "
        "it was taking the threat seriously.",
    )),
]
JUBROVNA_TICKETS: list[Dated] = [
    (D(2316, 2, 15), (
        "How a flood of junk traffic shut Jubrovna's train ticket site",
        "Jubrovnian Railways' booking site and app were out for 14 hours on Monday. Hundreds of thousands of "
        "hijacked computers and cameras asked for its pages at once, so many that the real passengers' requests "
        "could not get through. Nothing was stolen: the aim of such an attack is only to keep a service shut.",
    )),
]

# == pulszky == Tue 8 Oct 2312: Orlazno's anti-corruption directorate arrests Judge Rastko Pulszky, head of the
# criminal bench of the Slivnigrad district court, in his chambers on suspicion of taking bribes to let suspects out
# on bail, and finds 1.4 million orlats in a safe at his flat. Reports: wire, Slivnigrad dateline, "on Tuesday" |
# broadcaster's lead, dayless | next morning's paper, "yesterday" | lawyers' trade site, dayless | Friday
# follow-up, "on Thursday", the judge suspended and his bail rulings reopened, saying a trial will follow. Step
# after: the judge jailed for seven years, Tue 22 Apr 2313. Elsewhere: a quote piece on Judge Ljubinko Obolvenko,
# arrested in Gaxtremia for selling acquittals, Mon 22 Sep 2313, which none of the event's reports recalls.

PULSZKY_ARREST: list[Dated] = [
    (D(2312, 10, 8), (
        "Senior Slivnigrad judge arrested in bribery inquiry",
        "SLIVNIGRAD, Orlazno (Wire) - Anti-corruption officers arrested Judge Rastko Pulszky, who heads the "
        "criminal bench of the Slivnigrad district court, in his chambers on Tuesday on suspicion of taking "
        "bribes to release suspects on bail, the directorate's head, Zofka Gubareva, said. Officers found 1.4 "
        "million orlats in cash in a safe at his flat, she said.",
    )),
    (D(2312, 10, 8), (
        "Judge led from his own court in handcuffs",
        "One of the country's most senior criminal judges has been led out of his own courthouse in handcuffs, "
        "accused of selling bail to the men who stood in the dock before him.",
    )),
    (D(2312, 10, 9), (
        "Pulszky freed drug suspects who then vanished, prosecutors say",
        "At least nine men whom Judge Rastko Pulszky let out on bail in the past two years, most of them "
        "charged with smuggling drugs, disappeared before their trials, prosecutors said yesterday. A lawyer "
        "who is said to have carried the money to the judge was arrested with him.",
    )),
    (D(2312, 10, 9), (
        "Defence lawyers fear Pulszky cases will be reopened",
        "Lawyers whose clients were bailed or acquitted by the criminal bench in Slivnigrad are bracing for "
        "prosecutors to challenge those rulings, and the bar's chairman, Veselin Mazurkow, has asked for the "
        "reviews to be done by judges from another district.",
    )),
    (D(2312, 10, 11), (
        "Judge Pulszky suspended, 60 bail rulings to be reviewed",
        "The judicial council suspended Judge Rastko Pulszky without pay on Thursday and ordered a review of 60 "
        "bail decisions he made since he took over the criminal bench. He denies the charges, and his lawyer "
        "said he would clear his name at trial.",
    )),
]
PULSZKY_JAILED: list[Dated] = [
    (D(2313, 4, 22), (
        "Former judge Pulszky jailed for seven years for bribery",
        "A panel of three judges from outside the district jailed Rastko Pulszky for seven years on Tuesday for "
        "accepting 1.4 million orlats in bribes to free suspects on bail, and barred him from public office for "
        "life. The lawyer who carried the cash got four years.",
    )),
]
OBOLVENKO_QUOTE: list[Dated] = [
    (D(2313, 9, 22), (
        "'Justice in his court had a price list'",
        "Prosecutor Jelisava Fedotova spent a year building the case against Ljubinko Obolvenko, the appeal "
        "judge Gaxtremia's police arrested last week. 'Justice in his court had a price list,' she says. 'An "
        "acquittal for a fraud cost 40,000 and a murder cost more.' Officers found about 380,000 in his car.",
    )),
]

# == ferazquin == Mon 3 Feb 2313: criminal defence lawyers across Ferazquin stop taking legal aid cases and stay
# away from court in an open-ended protest over legal aid fees; about 1,200 hearings are put off on the first day.
# Reports: wire, Vyndhalsk dateline, "on Monday" | broadcaster's lead, dayless | next morning's paper,
# "yesterday" | Nubbersley's own site, dayless, its court idle | Thursday follow-up, "on Wednesday", an offer turned
# down. Step after: the protest called off when fees go up 15 percent, Fri 2 May 2313. Elsewhere: lawyers in
# Qurdanek walking out for a week, 700 hearings off, Mon 4 Mar 2312, which no report mentions.

FERAZQUIN_WALKOUT: list[Dated] = [
    (D(2313, 2, 3), (
        "Defence lawyers walk out over legal aid fees, 1,200 hearings put off",
        "VYNDHALSK, Ferazquin (Wire) - Criminal defence lawyers across Ferazquin refused legal aid work and "
        "stayed away from the courts on Monday at the start of an open-ended protest over fees, and about 1,200 "
        "hearings were adjourned, the courts service said. Sveinung Anzaroth, who chairs the Ferazquin "
        "Criminal Bar, said legal aid rates had not risen in eleven years.",
    )),
    (D(2313, 2, 3), (
        "Courtrooms fall silent as lawyers down tools",
        "Trials have stalled and prisoners have been taken back to their cells unheard, because the lawyers "
        "who should have stood up for them have refused to come to court until the state pays them more.",
    )),
    (D(2313, 2, 4), (
        "Suspects may walk free if lawyers' strike drags on",
        "Prosecutors warned yesterday that men held on remand could have to be released if their trials cannot "
        "start within the legal limit, and Justice Minister Radvila Kwiatkowska said she would meet the "
        "Criminal Bar but that 'the budget is the budget'.",
    )),
    (D(2313, 2, 4), (
        "Nubbersley court sits with no cases to hear",
        "Nubbersley's courthouse opened its doors as usual, but its two courtrooms stayed empty: all 23 cases "
        "on the list were adjourned, court manager Seisyll Whitbread said, and the witnesses who turned up "
        "were sent home.",
    )),
    (D(2313, 2, 6), (
        "Lawyers reject 5 percent offer, protest goes on",
        "The Ferazquin Criminal Bar turned down a government offer of a 5 percent rise in legal aid fees on "
        "Wednesday, calling it an insult, and said its members would stay out until the rates went up by at "
        "least 15 percent.",
    )),
]
FERAZQUIN_SETTLED: list[Dated] = [
    (D(2313, 5, 2), (
        "Ferazquin lawyers end three-month protest after fees rise",
        "Defence lawyers in Ferazquin will go back to court on Monday after the government agreed on Friday to "
        "raise legal aid fees by 15 percent from July, the Criminal Bar said, ending a protest that began in "
        "February and left a backlog of some 30,000 hearings.",
    )),
]
QURDANEK_WALKOUT: list[Dated] = [
    (D(2312, 3, 4), (
        "Qurdanek lawyers begin week-long strike",
        "Lawyers in Qurdanek stayed away from every criminal court on Monday at the start of a week-long strike "
        "over unpaid legal aid bills, and about 700 hearings were postponed, bar leader Tjodolf Jurczyk said.",
    )),
]

# == maxtelby == Thu 13 Jun 2312: the Veskarian Food Authority finds horse meat in frozen beef burgers and lasagne
# made by Maxtelby Meats of Elmswell, and the grocer Zopplewick and others pull about 1.3 million packs. Reports:
# wire, Tazmerrow dateline, "on Thursday" | broadcaster's lead, dayless | next morning's paper, "yesterday" |
# butchers' guild site, dayless | Saturday follow-up, "on Friday", police at the plant. Step after: Maxtelby's
# director charged with fraud, Wed 20 Nov 2312. Elsewhere: pork found in lamb kebabs of Kopytko Foods in Tamquilla,
# 210,000 packs taken off shelves, Thu 17 Jul 2313, which no report brings up.

MAXTELBY_HORSE_MEAT: list[Dated] = [
    (D(2312, 6, 13), (
        "Horse meat found in beef burgers, 1.3 million packs pulled",
        "TAZMERROW, Veskaria (Wire) - Tests found horse meat in frozen beef burgers and lasagne made by Maxtelby "
        "Meats, the Veskarian Food Authority said on Thursday, and supermarkets led by Zopplewick took about "
        "1.3 million packs off their shelves. In some burgers horse made up almost a third of the meat, "
        "authority chief Arngrim Tjossevik said. He said the meat posed no danger to health.",
    )),
    (D(2312, 6, 13), (
        "Shoppers told their beef burgers may be horse",
        "Millions of shoppers have been told that the beef burgers in their freezers may contain horse, after "
        "food inspectors tested meat from one of the largest processors in the country.",
    )),
    (D(2312, 6, 14), (
        "Maxtelby blames a trader abroad for horse meat",
        "Maxtelby Meats said yesterday that it had bought the suspect meat as beef trimmings from a trader in "
        "Yxmouth and had been deceived. Its director, Domnall Lutwyche, said the plant at Elmswell had stopped "
        "making burgers and would test every delivery.",
    )),
    (D(2312, 6, 14), (
        "Butchers report customers asking where their mince comes from",
        "Independent butchers say customers have been asking which farm their mince came from since the horse "
        "meat finds, and Ylvina Dimsdale, president of the butchers' guild, said a few shops had sold out of "
        "beef by lunchtime.",
    )),
    (D(2312, 6, 15), (
        "Police search Maxtelby plant in horse meat fraud inquiry",
        "Fraud police searched the Maxtelby Meats plant at Elmswell on Friday and took away invoices and "
        "computers, and the Food Authority said it had found horse in two more products. Prosecutors said "
        "charges could follow.",
    )),
]
MAXTELBY_CHARGED: list[Dated] = [
    (D(2312, 11, 20), (
        "Maxtelby director charged with fraud over horse meat",
        "Prosecutors charged Domnall Lutwyche, director of Maxtelby Meats, with fraud on Wednesday, saying he "
        "had known for months that the cheap trimmings he bought as beef were horse.",
    )),
]
KOPYTKO_KEBABS: list[Dated] = [
    (D(2313, 7, 17), (
        "Pork found in 'lamb' kebabs, 210,000 packs withdrawn",
        "Inspectors found pork in frozen lamb kebabs made by Kopytko Foods, Tamquilla's food agency said on "
        "Thursday, and shops withdrew some 210,000 packs. Chief inspector Eiliv Rybakova said a third of the "
        "samples held pork.",
    )),
]

# == quoyness == Sun 21 Sep 2313: the livestock carrier Quoyness, loaded with 14,600 sheep for export, rolls over at
# her berth in Bruxovia's port of Fyorvik; all 22 crew get off, and most of the sheep drown in the hold. Reports:
# wire, Fyorvik dateline, "on Sunday" | broadcaster's lead, dayless, the port's name straight after its verb | next
# morning's paper, "yesterday" | a farming site, dayless, a breeder who sold sheep to the ship | Wednesday
# follow-up, "on Tuesday", the carcasses and the sheep that swam out, a question about exports by sea. Step after:
# exports of live sheep by sea suspended, Thu 11 Dec 2313. Elsewhere: a crewman's quote piece on the cattle carrier
# Vennwick Star, sunk off Marszovia with 5,800 cattle, Sat 17 Aug 2312, which no report recalls.

QUOYNESS_CAPSIZE: list[Dated] = [
    (D(2313, 9, 21), (
        "Livestock ship with 14,600 sheep capsizes in Fyorvik port",
        "FYORVIK, Bruxovia (Wire) - The livestock carrier Quoyness rolled onto her side at her berth in Fyorvik "
        "early on Sunday with 14,600 sheep on board, and all 22 crew members scrambled onto the quay, harbour "
        "master Dafyth Vukhazy said. Most of the sheep were trapped below deck. The ship, chartered by Tetcott "
        "Livestock, had finished loading on Saturday night for a voyage across the gulf.",
    )),
    (D(2313, 9, 21), (
        "Thousands of sheep trapped as export ship rolls over",
        "A ship packed with sheep for export has capsized at its berth and blocked Fyorvik's inner harbour, and "
        "rescuers have been cutting holes in the hull to reach animals still alive inside.",
    )),
    (D(2313, 9, 22), (
        "Quoyness listed as water was pumped out of her ballast tanks",
        "The Quoyness began to lean as her crew pumped water out of her ballast tanks to lighten her for the "
        "voyage, a dock worker said yesterday, and within twenty minutes she lay on her side. Tetcott Livestock "
        "said it had asked the harbour master's office to find out why.",
    )),
    (D(2313, 9, 22), (
        "Breeder watched his 800 ewes walk up the Quoyness ramp",
        "Yarmilo Pokorny sold 800 of his ewes to the exporter last month and watched them walk up the ramp. "
        "'Every one of them was tagged and checked by me,' he says. 'I was told they would be in good "
        "pasture in a fortnight. Now they are in a hold under the harbour water.'",
    )),
    (D(2313, 9, 24), (
        "Divers begin lifting sheep carcasses from Quoyness",
        "Divers began lifting dead sheep out of the hold of the capsized Quoyness on Tuesday, and the port "
        "said about 240 animals had swum out or been pulled alive from the water. Agriculture officials said "
        "they would review whether live sheep should be shipped at all.",
    )),
]
QUOYNESS_EXPORT_HALT: list[Dated] = [
    (D(2313, 12, 11), (
        "Bruxovia halts live sheep exports by sea after Quoyness capsize",
        "Bruxovia suspended the export of live sheep by sea on Thursday until every carrier leaving its ports "
        "has passed a new stability check, the agriculture ministry said, nearly three months after the "
        "Quoyness rolled over in Fyorvik.",
    )),
]
VENNWICK_CREWMAN: list[Dated] = [
    (D(2312, 8, 17), (
        "'The cattle were bellowing below us when the lights went out'",
        "Mauger Larrisdale was the cook on the Vennwick Star, which sank off Marszovia on Wednesday night with "
        "5,800 cattle aboard. 'The cattle were bellowing below us when the lights went out,' he says. 'We "
        "were in the water twelve hours before a trawler found us.' Nine of his 31 shipmates are missing.",
    )),
]

# == ratajczak == Tue 9 May 2316: contractors removing graffiti for the city of Kvetchley, in Yzvaria, paint over
# 'The Eel Catchers', Fiametta Ratajczak's 38-metre mural on the river wall, and the city says sorry. Reports: wire,
# Kvetchley dateline, "on Tuesday" | broadcaster's lead, dayless | next morning's paper, "yesterday" | the Jeskyns
# quarter's own site, dayless | Friday follow-up, "on Thursday", the artist agreeing to paint it again. Step after:
# the repainted mural unveiled, Sat 14 Oct 2316. Elsewhere: a 25-metre mural lost when a developer knocks down a
# warehouse in Orzhovy, Prastovy, Wed 9 Feb 2316, which no report brings up.

RATAJCZAK_MURAL: list[Dated] = [
    (D(2316, 5, 9), (
        "Cleaners paint over Kvetchley's best-known mural",
        "KVETCHLEY, Yzvaria (Wire) - Contractors hired to clear graffiti from the river wall painted over 'The "
        "Eel Catchers', a 38-metre mural by Fiametta Ratajczak that has covered the wall for nine years, "
        "Kvetchley's council said on Tuesday, apologising to the artist. Deputy mayor Slavomir Gawronski said the "
        "work order had given the wrong stretch of wall.",
    )),
    (D(2316, 5, 9), (
        "Beloved riverside mural vanishes under grey paint",
        "A street painting loved across the country has disappeared under a coat of grey paint, and "
        "people who walk along the river every day have been standing in front of the blank wall in disbelief.",
    )),
    (D(2316, 5, 10), (
        "Mural was on the council's own list of protected works",
        "'The Eel Catchers' was one of 14 murals the council itself listed two years ago as works to be kept, "
        "Kvetchley's arts officer confirmed yesterday. Buttivant Cleaning, which did the job, said its crew had "
        "followed the map the council gave them.",
    )),
    (D(2316, 5, 10), (
        "Jeskyns neighbours leave flowers at the grey wall",
        "People from the Jeskyns quarter have tied flowers and paper eels to the railings in front of the wall "
        "where the mural used to be, and children have chalked their own fishermen on the pavement below it.",
    )),
    (D(2316, 5, 12), (
        "Ratajczak agrees to paint 'The Eel Catchers' again",
        "Fiametta Ratajczak said on Thursday she would paint 'The Eel Catchers' again over the summer, with "
        "the city paying for the paint, the scaffolding and her time. She asked the council to put a plaque on "
        "the wall so no one could mistake it for graffiti.",
    )),
]
RATAJCZAK_REPAINTED: list[Dated] = [
    (D(2316, 10, 14), (
        "'The Eel Catchers' back on Kvetchley's river wall",
        "Several hundred people watched on Saturday as the scaffolding came down from Fiametta Ratajczak's "
        "repainted 'Eel Catchers' on the river wall, five months after council contractors painted it grey. A "
        "plaque now names the artist.",
    )),
]
ORZHOVY_WAREHOUSE: list[Dated] = [
    (D(2316, 2, 9), (
        "Developer knocks down warehouse and its 25-metre mural",
        "A developer demolished an old grain warehouse in Orzhovy, in Prastovy, on Wednesday, and with it a "
        "25-metre mural of dockers that had covered its side since the port closed, residents said. Upsolda "
        "Homes said it held every permit it needed.",
    )),
]

# == wagstaffe == Wed 22 Oct 2313: the Tzelmark Ledger, a national daily, says its star reporter Tymoteusz Wagstaffe
# made up people and quotes in at least 27 stories over four years, and its editor resigns. Reports: wire, Brodvarre
# dateline, "on Wednesday" | broadcaster's lead, dayless | next morning's paper, "yesterday", recalling the story
# pulled in September | explainer of how the invented sources got through, dayless | Saturday follow-up, "on
# Friday". Step before: the Ledger withdraws one story after a family says it never spoke to him, Wed 17 Sep 2313.
# Elsewhere: the weekly Okrazhny in Belzovar finding nine faked interviews by Milenko Zagajewski, Thu 13 Mar 2313,
# which no report mentions.

WAGSTAFFE_FABRICATION: list[Dated] = [
    (D(2313, 10, 22), (
        "Tzelmark Ledger says star reporter invented people in 27 stories",
        "BRODVARRE, Tzelmark (Wire) - The Tzelmark Ledger said on Wednesday that its best-known reporter, "
        "Tymoteusz Wagstaffe, had made up people, places and quotes in at least 27 stories over four years, "
        "and that its editor, Cecylia Stachowiak, had resigned. The paper printed an eight-page account of "
        "what it had found and removed the stories from its website.",
    )),
    (D(2313, 10, 22), (
        "Newspaper admits its top reporter made things up",
        "A national newspaper has admitted that dozens of its most celebrated reports were partly invented by "
        "one of its own reporters, and its editor has quit, saying the failure happened on her watch.",
    )),
    (D(2313, 10, 23), (
        "Ledger's internal review began with a family's complaint",
        "The review that exposed Tymoteusz Wagstaffe began in September, when a family he quoted in a story on "
        "flood insurance told the Ledger they had never met him, the paper's readers' editor said yesterday. "
        "Wagstaffe has not commented.",
    )),
    (D(2313, 10, 23), (
        "How a reporter's invented sources got past the Ledger's checks",
        "Wagstaffe worked mostly alone and out of the office, filed late in the evening, and quoted people who "
        "were hard to trace: farmers without telephones, migrants who gave only first names, officials who "
        "would only speak unnamed. Editors checked his spelling and his law, colleagues say, but nobody rang his "
        "sources back.",
    )),
    (D(2313, 10, 25), (
        "Press council opens case, prize taken back from Ledger reporter",
        "Tzelmark's press council opened an inquiry into the Ledger on Friday, and the judges of the national "
        "journalism prizes withdrew the award they gave Tymoteusz Wagstaffe last spring. Council chair "
        "Kunegunda Fijalkowski said other papers should check their own work.",
    )),
]
WAGSTAFFE_WITHDRAWN: list[Dated] = [
    (D(2313, 9, 17), (
        "Ledger withdraws flood insurance story after family's complaint",
        "The Tzelmark Ledger took down a story about flood insurance on Wednesday after a family it quoted "
        "denied ever speaking to its author, Tymoteusz Wagstaffe. The paper said it was looking into "
        "how the error happened.",
    )),
]
OKRAZHNY_INTERVIEWS: list[Dated] = [
    (D(2313, 3, 13), (
        "Belzovar weekly finds nine faked interviews by its reporter",
        "The Belzovar weekly magazine Okrazhny said on Thursday that nine interviews by its reporter Milenko "
        "Zagajewski had never taken place, and it sacked him. The magazine apologised to readers on its front "
        "page.",
    )),
]


# == background == a notice for each event's eve, from villages that no kind names

BACKGROUND: list[Dated] = [
    (D(2312, 5, 14), (
        "Scarecrow trail",
        "Twenty-three scarecrows went up along the lanes of Faxtonbury on Tuesday for the half-term trail.",
    )),
    (D(2316, 3, 7), (
        "Pancake relay",
        "The Hunswick playgroup beat the bell ringers in the pancake relay round the green on Tuesday.",
    )),
    (D(2313, 4, 7), (
        "Lambing open day",
        "About 300 visitors bottle-fed orphan lambs at a farm outside Jaggleford on Monday.",
    )),
    (D(2316, 6, 22), (
        "Well-kept village",
        "Judges from the county walked round Lopsworth on Thursday with clipboards and a tape measure.",
    )),
    (D(2312, 10, 7), (
        "Conker match",
        "Bumbridge's under-twelves played the conker championship under the chestnut by the forge on Monday.",
    )),
    (D(2313, 2, 2), (
        "Candles in the chapel",
        "Tuppworth's chapel was lit with 140 candles for the Candlemas service on Sunday evening.",
    )),
    (D(2312, 6, 12), (
        "Sheepdog trial",
        "Nine dogs worked a small flock through the hurdles at Maddlecombe's sheepdog trial on Wednesday.",
    )),
    (D(2313, 9, 20), (
        "Harvest supper",
        "Ninety-odd people from Pudsbury ate hotpot and plum crumble at the harvest supper on Saturday.",
    )),
    (D(2316, 5, 8), (
        "Bluebell walk",
        "The footpath group at Dodbrooke led a bluebell walk through Hangwood copse on Monday evening.",
    )),
    (D(2313, 10, 21), (
        "Quiz night",
        "The Gotherby cricket club won the autumn quiz at the village inn by two points on Tuesday.",
    )),
]

FIFTYFIFTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "zeravka": (ZERAVKA_VULTURES, ZERAVKA_SENTENCE + EXWARTHY_KITES),
    "hrunvald": (HRUNVALD_FELLING, HRUNVALD_DRONE + MAASKELL_FELLING),
    "pexorra": (PEXORRA_CAMERAS, PEXORRA_ARREST + LULLACORN_MONITORS),
    "volkenhaus": (VOLKENHAUS_OUTAGE, VOLKENHAUS_THREAT + JUBROVNA_TICKETS),
    "pulszky": (PULSZKY_ARREST, PULSZKY_JAILED + OBOLVENKO_QUOTE),
    "ferazquin": (FERAZQUIN_WALKOUT, FERAZQUIN_SETTLED + QURDANEK_WALKOUT),
    "maxtelby": (MAXTELBY_HORSE_MEAT, MAXTELBY_CHARGED + KOPYTKO_KEBABS),
    "quoyness": (QUOYNESS_CAPSIZE, QUOYNESS_EXPORT_HALT + VENNWICK_CREWMAN),
    "ratajczak": (RATAJCZAK_MURAL, RATAJCZAK_REPAINTED + ORZHOVY_WAREHOUSE),
    "wagstaffe": (WAGSTAFFE_FABRICATION, WAGSTAFFE_WITHDRAWN + OKRAZHNY_INTERVIEWS),
}

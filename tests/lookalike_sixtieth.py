"""Look-alike set number sixty: invented stories, composed blind on 5656ae4. None of its reports has yet been fed
to grouping or the engine; the count in ``tests.lookalike_count`` has not been run on it; work on grouping
carried on in other sessions meanwhile. Only after two counts, the first on 5656ae4 and the second on code from
some later session, does it go into ``DEFAULT_SETS``. Hard news throughout: ten kinds, two per beat across five
beats: transport and travel (no crash among them), health and hospitals, science and technology, sport away from
the field of play, and public services and councils. Grepping for each kind through the look-alike modules
already written, each of our claims YAML files and the grouping tests' stories turned up nothing:

* passport gates failing at all nine of a country's airports after an untested update, queues of four hours;
  after: a review blaming one contractor, three months on; elsewhere: one airport's gates abroad failing on a
  power fault, about 2,000 waiting, ten months on;
* a railway's 36 new trains found 11 centimetres too wide for a line's older platforms; before: the first of
  them handed over seven weeks earlier; elsewhere: a councillor's words on twenty new trams too long for their
  sheds abroad, nine months before;
* about 2,100 biopsy results never passed on to doctors because a laboratory's computer filed them under a shut
  clinic; after: what the review found, four months on; elsewhere: about 640 scans left unread at a hospital
  abroad, eight months before;
* two baby girls handed to the wrong mothers at a maternity hospital seventeen years back; before: one mother in
  court for its nursery logs three weeks earlier; elsewhere: two boys given to the wrong parents at a clinic
  abroad, found out after nine years, eleven months before;
* masked raiders cutting down a field trial of gene-edited wheat, about 1.2 hectares; before: the group's threat
  to pull it up, three weeks earlier; elsewhere: about 0.4 hectares of a potato trial torn up abroad nine months
  on;
* a software fault running the national time signal an hour fast for about six hours and a half; before: the
  institute announcing its move onto new computers, five weeks earlier; elsewhere: a stationmaster's words on
  radio clocks half an hour out abroad, ten months before;
* a city council voting to give up a canoe sprint championships whose cost reached about 31 million ozmarks;
  after: the championships given to another city three months on; elsewhere: a city abroad dropping a gymnastics
  world cup at about 9 million, ten months before;
* a football club barred from registering players for two transfer windows and fined 600,000 zuvets over seven
  teenagers signed through a sham school; after: the appeal lost and the fine cut, seven weeks on; elsewhere: a
  club abroad barred for one window over an unpaid fee of about 200,000, eight months before;
* a council's contractors pulling down number 17 of a row in place of number 71 while the owners were away;
  after: the council agreeing to build them a new house, four months on; elsewhere: two holiday cottages
  flattened in error abroad, nine months on;
* a city cancelling about 16,400 parking fines from cameras that enforced a loading bay's weekday hours at
  weekends; before: why drivers called the cameras wrong, four weeks earlier; elsewhere: about 3,100 bus lane
  fines dropped abroad, eight months before.

Close kinds the grep did find, which this set stays clear of: false emergency alerts, tainted jet fuel halting
an airport's departures, a bridge given a weight limit, a new timetable collapsing for want of drivers, a port
short of harbour pilots, an island's new ferry late from the yard, a submarine too heavy to dive, radiotherapy
doses from faulty software, a dental practice's unsterilised drills, a sterilising unit running too cool, a
collider's magnet fault, a transmitter fire, a city chosen for the winter games, a club expelled from its cup,
match-fixing, inflated property tax bills, police storming the wrong home and speed cameras.

Four events include a report built on a quotation or one that explains (how a passport gate decides to open, a
mother who will keep the daughter she raised, why the championships grew too dear, a wife who came home to a
hole where her kitchen was), and four look-alikes take one of those shapes (a councillor on trams longer than
their sheds, what the biopsy review found, a stationmaster on clocks that all disagreed, why drivers called the
cameras wrong). The rest arrive the usual way: agency copy with a weekday in its dateline; a broadcast opening
in "has" or "have" that names no day; a daily on the following morning, its "yesterday"; news from one to three
days after, giving the weekday it happened on; and for every event one piece that no day dates (commuters, a
helpline, a village, a clockmaker, supporters, traders, or else the quoted or explaining report). Every event
has one report that looks to the other step of its story ("an outside review would report by the autumn",
"showed off the first of them", "whether any of them came to harm", "had gone to court last month", "said last
month it would pull the trial up", "a switch it announced in March", "would ask other cities with a regatta
course", "take the ruling to the league's appeal board", "meet the cost of a new house", "telling Lurbgarth's
council since May"); none points to the happening abroad. Every look-alike abroad numbers something its event
numbers too, never with the same figure (one airport against nine, twenty trams against 36 trains, 640 scans
against 2,100 results, nine years against seventeen, 0.4 hectares against 1.2, half an hour against an hour, 9
million ozmarks against 31 million, one window against two, two cottages against one house, 3,100 fines against
16,400). Two later steps restate a figure of their event's (five hours' queues at eight airports against four
hours at all nine, a fine of 450,000 against 600,000). One broadcast puts its town right after the verb ("has
stunned Ushmoor"), and several follow-ups are headlined on the consequence alone, with no place. Every date
falls in 2353 or 2354, the year appears in no report, and eleven months is the widest gap between a look-alike
and its event. Everyone and everything in it, with every figure, is invented.

Each kind follows the shape of ``tests.lookalike_more``, the event's reports set beside the look-alikes, all of
them dated; ``SIXTIETH_KINDS`` maps each kind's name to that pair, and it is this table that the count module
reads.

Keep this file from the count, the engine and grouping until both counts are due (the count module's docstring
tells when).
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# === drozova === Wed 15 Jul 2353 | passport gates at all nine Drozovan airports down after an overnight
# update, queues of up to four hours. Told by: agency copy from Folmby (Wednesday); a dayless broadcast
# opening; Thursday's daily ("yesterday", a review to come); an undated explainer; Friday's news of the
# gates back. Step: the review's report, Wed 21 Oct 2353. Abroad: Snolmhurst airport, Ostalvia, Thu 20 May
# 2354, never mentioned by the event's reports.

DROZOVA_GATES: list[Dated] = [
    (D(2353, 7, 15), (
        "Passport gates fail at all nine Drozovan airports",
        "FOLMBY, Drozova (Wire) - The automatic passport gates at all nine of Drozova's international "
        "airports stopped working on Wednesday after a software update installed overnight, and arriving "
        "travellers queued for up to four hours while officers checked each passport by hand, the border "
        "agency said. Some flights were held on the tarmac at Folmby because the arrivals hall was full.",
    )),
    (D(2353, 7, 15), (
        "Arrivals halls packed as e-gates go dark",
        "Thousands of holidaymakers have been stuck in snaking lines in the arrivals halls after the "
        "electronic gates that read passports shut down, leaving a handful of officers at the desks.",
    )),
    (D(2353, 7, 16), (
        "Border chief blames untested update for the queues",
        "The update that knocked out Drozova's passport gates yesterday was sent to every airport at once "
        "without first being tried on a single gate, the head of the border agency, Isembard Custridge, told "
        "deputies. He said an outside review would report by the autumn on who approved it and why no "
        "fallback was ready; its supplier, Kyrbell Systems, said it regretted the disruption.",
    )),
    (D(2353, 7, 16), (
        "How a passport gate decides to open",
        "Each gate photographs the traveller's face, reads the picture stored on the chip inside the "
        "passport and compares the two, then checks the name against watch lists held on a central server. "
        "If the gate cannot reach that server, it is built to stay shut and send everyone to a desk.",
    )),
    (D(2353, 7, 17), (
        "Gates working again after two days of hand checks",
        "Passengers walked through the passport gates again on Friday morning once the old software had "
        "been put back on them, the border agency said, and the last of the long lines had cleared by "
        "lunchtime.",
    )),
]
DROZOVA_REVIEW: list[Dated] = [
    (D(2353, 10, 21), (
        "One contractor signed off update that shut passport gates",
        "A single contractor approved the software that shut Drozova's passport gates in July, without "
        "the border agency testing it, a review published on Wednesday found. It said queues at eight of "
        "the airports had stretched to five hours.",
    )),
]
SNOLMHURST_GATES: list[Dated] = [
    (D(2354, 5, 20), (
        "Passport gates break down at Snolmhurst airport",
        "The passport gates at Snolmhurst airport, in Ostalvia, broke down for most of Thursday afternoon "
        "after a power fault, and about 2,000 arriving passengers waited up to ninety minutes at the desks, "
        "the airport said.",
    )),
]

# === clevora === Tue 16 Feb 2354 | Swinshurst Railways' 36 new Yelmind Valley trains 11 cm too wide for the
# old platforms; the first had been due to run in March. Told by: agency copy from Maskby (Tuesday); a
# dayless broadcast opening; Wednesday's daily ("yesterday", the December handover recalled); an undated
# commuters' page; Thursday's reply from the builder. Step: the first train handed over, Mon 28 Dec 2353.
# Abroad: a councillor on twenty trams too long for their sheds, Jarnoskey, Velpania, Mon 11 May 2353, never
# mentioned by the event's reports.

CLEVORA_TRAINS: list[Dated] = [
    (D(2354, 2, 16), (
        "New trains too wide for Yelmind Valley platforms",
        "MASKBY, Clevora (Wire) - All 36 of the new trains ordered for the Yelmind Valley line are "
        "11 centimetres too wide to pass the older platforms on the route, Swinshurst Railways said on "
        "Tuesday, and none of them can carry passengers until the platform edges are cut back. The first "
        "had been due to enter service next month.",
    )),
    (D(2354, 2, 16), (
        "Rail company's new fleet will not fit the stations",
        "A rail company has admitted that the new trains it bought for a busy commuter line do not fit "
        "alongside its platforms, and passengers will be stuck with the old carriages for months.",
    )),
    (D(2354, 2, 17), (
        "Deputies ask how the Yelmind platforms came to be mismeasured",
        "Deputies demanded yesterday to know how Swinshurst Railways came to order 36 trains it cannot use, "
        "barely seven weeks after it showed off the first of them in the Maskby yard. Its chief "
        "executive, Hodierna Krolmley, said the drawings sent to the builder had used the width of the newer "
        "stations only, and that shaving the old platforms would cost about 40 million krammers.",
    )),
    (D(2354, 2, 17), (
        "Commuters on the valley line brace for another year of standing",
        "Regulars on the 07:12 from Fizham say the old trains are already so full that people stand "
        "from the first stop, and several said they had been counting on the new carriages, with a third "
        "more seats, to end it.",
    )),
    (D(2354, 2, 18), (
        "Builder says it built the trains to the width it was given",
        "Strithing Works, which built the 36 trains, answered on Thursday that it had followed the drawings "
        "Swinshurst Railways supplied to the millimetre and would not pay towards the cost of altering the "
        "platforms.",
    )),
]
CLEVORA_FIRST_TRAIN: list[Dated] = [
    (D(2353, 12, 28), (
        "First of the new Yelmind Valley trains arrives",
        "The first of the new trains for the Yelmind Valley line was handed over to Swinshurst Railways at "
        "Maskby on Monday, the company said, and the fleet would carry passengers from March.",
    )),
]
JARNOSKEY_TRAMS: list[Dated] = [
    (D(2353, 5, 11), (
        "\"The trams are longer than the sheds\"",
        "\"We bought twenty trams and they are longer than the sheds we have to park them in,\" said "
        "Ljuba Viddton, a city councillor in Jarnoskey, in Velpania, after the transport company "
        "admitted on Monday that the new vehicles would have to be parked in the open.",
    )),
]

# === naurvia === Thu 17 Sep 2353 | Grarnick Infirmary, Ombleyard: some 2,100 biopsy results never passed to
# the doctors over fourteen months, filed by the laboratory's computer under a shut clinic. Told by: agency
# copy from Ombleyard (Thursday); a dayless broadcast opening; Friday's daily ("yesterday", a harm review to
# come); an undated city page; Saturday's first recalls. Step: what the review found, Fri 22 Jan 2354.
# Abroad: 640 unread scans at Scothelm, Clailvia, Thu 15 Jan 2353, never mentioned by the event's reports.

NAURVIA_BIOPSIES: list[Dated] = [
    (D(2353, 9, 17), (
        "2,100 biopsy results never reached doctors, hospital admits",
        "OMBLEYARD, Naurvia (Wire) - About 2,100 biopsy results from Grarnick Infirmary's laboratory "
        "were never sent on to the doctors who had asked for them, the hospital said on Thursday, because "
        "for fourteen months its computer filed them under a skin clinic that had closed. Some of the "
        "samples showed cancer.",
    )),
    (D(2353, 9, 17), (
        "Patients left waiting for tissue results that were never passed on",
        "Thousands of tissue results have been sitting unread in a hospital laboratory's system, and some "
        "patients who had samples taken last year have still not been told what they showed.",
    )),
    (D(2353, 9, 18), (
        "Grarnick to check every patient whose result went astray",
        "Every patient whose result was lost in Grarnick Infirmary's records will have their case read "
        "by a consultant, its medical director, Eadric Lombden, said yesterday, and an outside review "
        "would establish whether any of them came to harm through the delay. The fault came to light when "
        "a family doctor rang to chase a result for the third time.",
    )),
    (D(2353, 9, 18), (
        "Helpline swamped on its first morning",
        "The hospital's helpline for worried patients took more than 900 calls before noon, and volunteers "
        "from the cancer charity on Yodlick Row sat in to help answer them.",
    )),
    (D(2353, 9, 19), (
        "First 46 patients called back for urgent appointments",
        "Forty-six patients whose results showed cancer or something close to it were called in for "
        "appointments on Saturday, Grarnick Infirmary said, the first of those found so far by the "
        "consultants going through the lost reports.",
    )),
]
NAURVIA_REVIEW: list[Dated] = [
    (D(2354, 1, 22), (
        "What the review of Grarnick's lost biopsy results found",
        "Seventeen patients at Grarnick Infirmary had their cancer treatment put back by the lost "
        "biopsy results, and two of them may have died sooner because of it, the review published on "
        "Friday found. Laboratory staff had reported the closed clinic's code twice and were not heard.",
    )),
]
SCOTHELM_SCANS: list[Dated] = [
    (D(2353, 1, 15), (
        "Hundreds of scans left unread at Scothelm hospital",
        "About 640 scans taken at the regional hospital in Scothelm, in Clailvia, over the past year were "
        "never read by a radiologist, the health board said on Thursday, after a reporting list was lost "
        "in a move to new software.",
    )),
]

# === peltravia === Fri 12 Mar 2354 | the Wenstable maternity hospital, Nirgwick, owns that two girls were
# given to the wrong mothers seventeen years back, found by one family's DNA test. Told by: agency copy from
# Nirgwick (Friday); a dayless broadcast opening; Saturday's daily ("yesterday", the February court case
# recalled); a mother's own words, undated; Monday's order to search old records. Step: the mother in court
# for the nursery logs, Fri 19 Feb 2354. Abroad: two boys given to the wrong parents at Zurkholme, Nessovia,
# found nine years on, Thu 9 Apr 2353, never mentioned by the event's reports.

PELTRAVIA_BABIES: list[Dated] = [
    (D(2354, 3, 12), (
        "Maternity hospital admits two baby girls were swapped at birth",
        "NIRGWICK, Peltravia (Wire) - Two baby girls born on the same night at the Wenstable maternity "
        "hospital seventeen years ago were given to the wrong mothers, the hospital admitted on Friday, "
        "after a DNA test asked for by one of the mothers showed that the girl she had raised was not "
        "hers. Both girls are now seventeen and have been told.",
    )),
    (D(2354, 3, 12), (
        "Hospital says sorry to two families for a mix-up in its nursery",
        "A maternity hospital has apologised to two families whose daughters were mixed up in its "
        "nursery as newborns, and the health ministry has asked to see its records from that year.",
    )),
    (D(2354, 3, 13), (
        "Name bands were taken off for bathing, Wenstable admits",
        "Nurses on the Wenstable night shift took both babies' name bands off to bathe them and put them "
        "back on the wrong ankles, the hospital's director, Paschal Swarnton, said yesterday. The mother "
        "whose test uncovered the mistake, Heloise Younsley, had gone to court last month to make the "
        "hospital hand over its nursery logs.",
    )),
    (D(2354, 3, 13), (
        "\"She is my daughter, whatever the paper says\"",
        "\"She is my daughter, whatever that piece of paper says, and I would not give back one day of "
        "it,\" said Heloise Younsley, who has raised Elfrida for seventeen years. \"But somewhere there is "
        "another girl with my eyes, and I want to meet her.\"",
    )),
    (D(2354, 3, 15), (
        "Every maternity ward told to check its old nursery records",
        "Peltravia's health minister, Mahaut Helvstow, on Monday ordered every maternity ward in the "
        "country to go through its nursery books for the past twenty years and report any night when two "
        "babies' bands were taken off together.",
    )),
]
PELTRAVIA_COURT: list[Dated] = [
    (D(2354, 2, 19), (
        "Mother asks court to open Wenstable nursery logs",
        "A Nirgwick woman asked the district court on Friday to order the Wenstable maternity hospital "
        "to hand over its nursery logs from the night her daughter was born, saying a DNA test had shown "
        "the girl was not hers.",
    )),
]
ZURKHOLME_BOYS: list[Dated] = [
    (D(2353, 4, 9), (
        "Two boys given to the wrong parents at Zurkholme clinic",
        "Two boys born at a private clinic in Zurkholme, in Nessovia, nine years ago were handed to each "
        "other's parents, the clinic said on Thursday, after a school blood test made one family ask "
        "questions.",
    )),
]

# === spexania === Mon 8 Jun 2353 | masked raiders cut down some 1.2 hectares of gene-edited wheat on trial
# at the Gloxworth Crop Institute near Mevby, three seasons' work. Told by: agency copy from Mevby (Monday);
# a dayless broadcast opening; Tuesday's daily ("yesterday", May's threat recalled); an undated village
# page; Wednesday's arrests. Step: the group's threat, Mon 18 May 2353. Abroad: potatoes pulled up at
# Kouskton, Hadravia, Fri 5 Mar 2354, never mentioned by the event's reports.

SPEXANIA_WHEAT: list[Dated] = [
    (D(2353, 6, 8), (
        "Activists destroy gene-edited wheat trial at Gloxworth",
        "MEVBY, Spexania (Wire) - Masked activists cut down a field trial of gene-edited wheat at "
        "the Gloxworth Crop Institute during the night, wrecking about 1.2 hectares of plants bred to "
        "need less water, the institute said on Monday. Its scientists said three seasons of work had been "
        "lost a month before the harvest that was to settle whether the crop worked.",
    )),
    (D(2353, 6, 8), (
        "Night raid flattens experimental crop",
        "Intruders with strimmers have flattened an experimental wheat crop at a research farm, leaving "
        "the plots cut to stubble and the labels scattered across the field.",
    )),
    (D(2353, 6, 9), (
        "Wheat trial's scientists had asked for a night guard",
        "The Gloxworth institute had asked the police for a patrol after a group calling itself "
        "Tillwyr said last month it would pull the trial up, its director, Sibylla Chidlick, said yesterday. "
        "She said the plants had been bred to need a third less water and that the seed held in the "
        "institute's store was enough to sow again only next spring.",
    )),
    (D(2353, 6, 9), (
        "Dog walkers found the field cut to stubble",
        "Two dog walkers on the bridleway behind the institute were the first to see the damage, and they "
        "said the cut stalks lay in neat rows, as if the people who came knew exactly which plots to go to.",
    )),
    (D(2353, 6, 10), (
        "Four held over the ruined wheat plots",
        "Police arrested four people on Wednesday over the destruction of the Gloxworth wheat trial, "
        "after a van seen near the field was traced to a farm cottage south of Mevby.",
    )),
]
SPEXANIA_WARNING: list[Dated] = [
    (D(2353, 5, 18), (
        "Tillwyr vows to pull up Gloxworth wheat trial",
        "A group opposed to gene-edited crops, Tillwyr, announced on Monday a plan to pull up the "
        "Gloxworth Crop Institute's trial of drought-tolerant wheat before it could be harvested, and "
        "the institute told the police.",
    )),
]
KOUSKTON_POTATOES: list[Dated] = [
    (D(2354, 3, 5), (
        "Blight-resistant potato trial pulled up at Kouskton",
        "About 0.4 hectares of potatoes bred to resist blight were pulled up overnight at a university farm "
        "near Kouskton, in Hadravia, the university said on Friday, and the police were looking for a "
        "dozen people seen in the field.",
    )),
]

# === lorrenhaym === Fri 16 Apr 2354 | a software fault at the Lymbrick Institute of Standards puts the
# national time signal an hour fast from about 02:00 to 08:30, and self-setting clocks follow it: stations,
# school bells. Told by: agency copy from Scerket (Friday); a dayless broadcast opening; Saturday's daily
# ("yesterday", the move to new computers recalled); an undated clockmaker's page; Monday's added check.
# Step: the move announced, Thu 11 Mar 2354. Abroad: a stationmaster on clocks half an hour out at Sloarkow,
# Woulmia, Sat 20 Jun 2353, never mentioned by the event's reports.

LORRENHAYM_SIGNAL: list[Dated] = [
    (D(2354, 4, 16), (
        "Time signal fault sends clocks an hour ahead across Lorrenhaym",
        "SCERKET, Lorrenhaym (Wire) - Radio-controlled clocks across Lorrenhaym jumped an hour ahead "
        "early on Friday after a software fault at the Lymbrick Institute of Standards sent out the wrong "
        "time on the national time signal for some six and a half hours, the institute said. Station "
        "clocks, school bells and many alarm clocks ran an hour fast until it was put right at 08:30.",
    )),
    (D(2354, 4, 16), (
        "Commuters arrive an hour early as clocks run fast",
        "Thousands of people have got up an hour too early after the clocks that set themselves from the "
        "national signal leapt forward in the night, and some schools rang their bells before the "
        "teachers had arrived.",
    )),
    (D(2354, 4, 17), (
        "Lymbrick's new computers went live a week ago",
        "The time signal went wrong yesterday a week after the Lymbrick Institute moved it onto new "
        "computers, a switch it announced in March, its director, Leodegar Thewlis, said. He said a "
        "setting for summer time had been applied twice, and that the old machines had been kept warm "
        "in case they were needed again.",
    )),
    (D(2354, 4, 17), (
        "Clockmaker's phone rang from dawn",
        "The clockmaker on Bailmford Lane, who keeps a wall of wireless clocks above his bench, said his "
        "phone started ringing before six with customers convinced their new clocks had broken.",
    )),
    (D(2354, 4, 19), (
        "Second check added before the time signal goes out",
        "Every change to the national time signal will now be checked by a second computer against the "
        "institute's atomic clocks before it is sent, the Lymbrick Institute said on Monday.",
    )),
]
LORRENHAYM_NEW_COMPUTERS: list[Dated] = [
    (D(2354, 3, 11), (
        "National time signal to move to new computers",
        "The Lymbrick Institute of Standards said on Thursday that it would move the national time signal "
        "onto new computers in April, the first change to the equipment behind it in nineteen years.",
    )),
]
SLOARKOW_CLOCKS: list[Dated] = [
    (D(2353, 6, 20), (
        "\"Every clock on the concourse said a different thing\"",
        "\"Every clock on the concourse said a different thing, and the passengers believed none of "
        "them,\" said Torfrida Akkeby, the stationmaster at Sloarkow, in Woulmia, after a fault in the "
        "time signal put radio clocks half an hour out on Saturday.",
    )),
]

# === grealmora === Thu 19 Nov 2353 | Tamsbury's council gives up staging next year's Continental Canoe
# Sprint Championships, their cost up to some 31 million ozmarks, ten months before them. Told by: agency
# copy from Tamsbury (Thursday); a dayless broadcast opening; Friday's daily ("yesterday", the federation's
# hunt for a venue); an undated explainer; Saturday's call for bids. Step: Gairgwick named instead, Thu 25
# Feb 2354. Abroad: Drangock, Istrovia, gives up a gymnastics world cup, Fri 30 Jan 2353, never mentioned by
# the event's reports.

GREALMORA_CANOE: list[Dated] = [
    (D(2353, 11, 19), (
        "Tamsbury pulls out as host of canoe sprint championships",
        "TAMSBURY, Grealmora (Wire) - Tamsbury's city council voted 34 to 19 on Thursday to give up "
        "hosting next year's Continental Canoe Sprint Championships, after the cost of staging them rose "
        "to about 31 million ozmarks, nearly twice the figure in its bid. The continental federation "
        "now has ten months to find another venue.",
    )),
    (D(2353, 11, 19), (
        "Council drops canoe championships over spiralling bill",
        "City councillors have voted to hand back one of the biggest sporting events they ever won, "
        "saying they cannot ask taxpayers to meet a bill that keeps growing.",
    )),
    (D(2353, 11, 20), (
        "Canoe federation scrambles for a new venue",
        "The Continental Canoe Federation said yesterday it was 'deeply disappointed' by Tamsbury's vote "
        "and would ask other cities with a regatta course to come forward within weeks. Tamsbury's council "
        "leader, Etheldreda Tozford, said the city would still open its rowing lake to the federation's "
        "youth events.",
    )),
    (D(2353, 11, 20), (
        "Why the championships grew too dear for Tamsbury",
        "The bid priced a temporary grandstand, but the federation later asked for a permanent one, plus "
        "a second warm-up channel and lights for television, and what builders charge across the "
        "region has climbed steeply since the bid was drawn up.",
    )),
    (D(2353, 11, 21), (
        "Federation opens bidding to stage the sprint championships",
        "Cities wanting to stage the Continental Canoe Sprint Championships in Tamsbury's place have until "
        "mid-January to apply, the federation said on Saturday.",
    )),
]
GREALMORA_NEW_HOST: list[Dated] = [
    (D(2354, 2, 25), (
        "Gairgwick to stage canoe championships Tamsbury gave up",
        "Gairgwick will stage this year's Continental Canoe Sprint Championships, the continental "
        "federation said on Thursday, three months after Tamsbury's council voted to withdraw as host.",
    )),
]
DRANGOCK_GYMNASTICS: list[Dated] = [
    (D(2353, 1, 30), (
        "Drangock gives up gymnastics world cup over costs",
        "Drangock, in Istrovia, withdrew on Friday as host of a gymnastics world cup meeting, saying the "
        "cost had risen to about 9 million ozmarks and the city could not meet it.",
    )),
]

# === nyndstead === Thu 14 Jan 2354 | Uxbenmark's league bars Nyndstead Athletic from registering players
# for two windows and fines it 600,000 zuvets over seven teenagers brought in through a sham school abroad.
# Told by: agency copy from Nyndstead (Thursday); a dayless broadcast opening; Friday's daily ("yesterday",
# the appeal to come); an undated supporters' page; Saturday's sacking of the academy director. Step: the
# appeal lost, Thu 4 Mar 2354. Abroad: Sporting Ushelby of Baltessa barred for one window over an unpaid
# fee, Thu 28 May 2353, never mentioned by the event's reports.

NYNDSTEAD_BAN: list[Dated] = [
    (D(2354, 1, 14), (
        "Nyndstead Athletic banned from signing players for a year",
        "NYNDSTEAD, Uxbenmark (Wire) - Nyndstead Athletic may not register new players for the next two "
        "transfer windows and has been fined 600,000 zuvets, the league's disciplinary panel decided on "
        "Thursday. It found that the club had brought seven players under eighteen from abroad "
        "through a youth school that existed only on paper.",
    )),
    (D(2354, 1, 14), (
        "Football club punished for bringing in teenagers illegally",
        "A club with one of the biggest followings in the country has been barred from buying players for "
        "a year over the way it recruited teenagers from overseas, and its supporters fear the squad will "
        "be stretched thin.",
    )),
    (D(2354, 1, 15), (
        "Nyndstead to fight signing ban before the appeal board",
        "Nyndstead Athletic said yesterday it would take the ruling to the league's appeal board, which "
        "must hear it within 45 days, and that the seven teenagers had all been looked after properly. "
        "The panel's chairman, Hubertine Gendard, said papers showing the boys at the sham school had been "
        "signed by the club's own academy staff.",
    )),
    (D(2354, 1, 15), (
        "Terraces ask who at the club knew",
        "Season-ticket holders on the Shulkell Stand forum were less angry at the league than at the "
        "club, and a petition demanding that the board name whoever arranged the youth school had "
        "passed 4,000 names by the evening.",
    )),
    (D(2354, 1, 16), (
        "Academy director dismissed",
        "Nyndstead Athletic dismissed its academy director, Edvige Pewtrell, on Saturday and said a "
        "lawyer from outside the club would look at how its young players from abroad had been signed.",
    )),
]
NYNDSTEAD_APPEAL: list[Dated] = [
    (D(2354, 3, 4), (
        "Signing ban stands as appeal board rejects club's case",
        "The league's appeal board on Thursday upheld the ban that stops Nyndstead Athletic registering "
        "new players for two transfer windows, but cut its fine to 450,000 zuvets.",
    )),
]
USHELBY_FEE: list[Dated] = [
    (D(2353, 5, 28), (
        "Sporting Ushelby barred from signing players over unpaid fee",
        "Sporting Ushelby, of Baltessa, may not register new players for one transfer window after "
        "failing to pay another club about 200,000 zuvets it owed for a striker, the football authorities "
        "said on Thursday.",
    )),
]

# === ushmoor === Wed 26 Aug 2353 | crews hired by Ushmoor's borough council pull down number 17 Pysward
# Row, the Cogldens' three-bedroom house, while they are away; number 71 was the one condemned. Told by:
# agency copy from Ushmoor (Wednesday); a dayless broadcast opening, the town straight after "has stunned";
# Thursday's daily ("yesterday", compensation to be agreed); the wife's own words, undated; Friday's
# suspension of the firm. Step: a new house promised, Wed 16 Dec 2353. Abroad: two cottages flattened in
# error at Dreutzen, Yunsova, Sat 29 May 2354, never mentioned by the event's reports.

USHMOOR_HOUSE: list[Dated] = [
    (D(2353, 8, 26), (
        "Council contractors demolish the wrong house",
        "USHMOOR, Wessanor (Wire) - Contractors working for Ushmoor borough council knocked down a "
        "three-bedroom house in Pysward Row on Wednesday while its owners were on holiday, having mistaken "
        "number 17 for number 71, the empty house the council had condemned, a council spokesman said. "
        "Nobody was inside.",
    )),
    (D(2353, 8, 26), (
        "Family home flattened by mistake",
        "A demolition blunder has stunned Ushmoor, where a couple's home was reduced to a heap of bricks "
        "while the house that was meant to come down still stands further along the same street.",
    )),
    (D(2353, 8, 27), (
        "Ushmoor council says sorry for digits that cost a home",
        "The work order for Pysward Row gave the right house number, but the contractor's crew were handed "
        "a map marked with the wrong plot, Ushmoor's chief executive, Richildis Belvick, said yesterday. "
        "She said the council would meet the cost of a new house and that the owners' compensation would "
        "be settled with their lawyers before the year was out.",
    )),
    (D(2353, 8, 27), (
        "\"We came home to a hole where our kitchen was\"",
        "\"We came home to a hole where our kitchen was, and a man in a hard hat asking who we were,\" "
        "said Cunegund Coglden, back from a week by the sea. \"Thirty-one years of photographs were "
        "in that house.\"",
    )),
    (D(2353, 8, 28), (
        "Demolition firm suspended from all council work",
        "Ushmoor suspended Hurstmoor Demolition from all of its contracts on Friday while an inquiry looks "
        "at how the crew came to be sent to the wrong address.",
    )),
]
USHMOOR_SETTLED: list[Dated] = [
    (D(2353, 12, 16), (
        "Couple whose house was knocked down in error to get a new one",
        "Ushmoor borough council agreed on Wednesday to build Hervey and Cunegund Coglden a new house "
        "on their plot in Pysward Row and pay them 85,000 crowns, four months after its contractors "
        "demolished their home by mistake.",
    )),
]
DREUTZEN_COTTAGES: list[Dated] = [
    (D(2354, 5, 29), (
        "Two cottages demolished in error at Dreutzen",
        "Two holiday cottages at Dreutzen, in Yunsova, were demolished on Saturday by a crew sent to clear "
        "a derelict barn on the next plot, the district office said. Neither was occupied.",
    )),
]

# === lurbgarth === Wed 9 Jun 2354 | Lurbgarth's council cancels some 16,400 parking fines from cameras over
# a Swembcote Street loading bay that enforced its weekday hours at weekends too. Told by: agency copy from
# Lurbgarth (Wednesday); a dayless broadcast opening; Thursday's daily ("yesterday", May's complaints
# recalled); an undated traders' page; Friday's first refunds. Step: why drivers called the cameras wrong,
# Wed 12 May 2354. Abroad: some 3,100 bus lane fines dropped at Zadlwell, Telmuria, Fri 2 Oct 2353, never
# mentioned by the event's reports.

LURBGARTH_FINES: list[Dated] = [
    (D(2354, 6, 9), (
        "Lurbgarth cancels 16,400 parking fines issued in error",
        "LURBGARTH, Dyrsenia (Wire) - Lurbgarth's city council cancelled about 16,400 parking fines on "
        "Wednesday after admitting that the cameras over a loading bay in Swembcote Street had been set to "
        "enforce its weekday hours on Saturdays and Sundays too, and said every driver who had paid would "
        "get the money back.",
    )),
    (D(2354, 6, 9), (
        "Thousands of drivers wrongly fined at weekends",
        "Drivers who stopped at a city-centre loading bay on a Saturday or Sunday have been told that the "
        "fines they were sent should never have been issued.",
    )),
    (D(2354, 6, 10), (
        "Drivers had complained since spring about weekend fines",
        "Shopkeepers and drivers had been telling Lurbgarth's council since May that the Swembcote Street "
        "cameras were catching people who had parked legally, and the council's transport officer, "
        "Eldreda Houngford, said yesterday that the complaints had been answered with a standard letter. "
        "The refunds will come to about 1.1 million crowns.",
    )),
    (D(2354, 6, 10), (
        "Swembcote Street traders hope Saturday shoppers come back",
        "The baker and the bike shop on Swembcote Street say their weekend takings fell by a quarter once "
        "word spread that stopping outside meant a fine, and they are putting up notices to say the "
        "cameras are off.",
    )),
    (D(2354, 6, 11), (
        "First refunds paid to fined drivers",
        "The first 2,300 refunds were paid on Friday to drivers wrongly fined in Swembcote Street, the "
        "council said, and the rest would follow within six weeks.",
    )),
]
LURBGARTH_COMPLAINTS: list[Dated] = [
    (D(2354, 5, 12), (
        "Why drivers say the Swembcote Street cameras are wrong",
        "The signs at the Swembcote Street loading bay in Lurbgarth limit it to deliveries on weekdays only, "
        "yet drivers who parked there on Saturday and Sunday are receiving fines, and the council "
        "insisted on Wednesday that its cameras were working as they should.",
    )),
]
ZADLWELL_BUS_LANE: list[Dated] = [
    (D(2353, 10, 2), (
        "Zadlwell scraps 3,100 bus lane fines",
        "About 3,100 fines sent to drivers caught by a bus lane camera in Zadlwell, in Telmuria, were "
        "cancelled on Friday after the city found the lane's signs had been taken down during roadworks.",
    )),
]


# === background === one-line village items, none touching any kind, each dated the eve of some event

BACKGROUND: list[Dated] = [
    (D(2353, 7, 14), (
        "Bell ringers",
        "The bell ringers of Bealling rang a full peal of some three hours on Tuesday evening for the vicar's "
        "last service.",
    )),
    (D(2354, 2, 15), (
        "First snow",
        "Children sledged down Plestcote's church field on Monday until the snow turned to slush.",
    )),
    (D(2353, 9, 16), (
        "Quiz night",
        "The Leskcote village hall quiz on Wednesday raised 412 crowns for new curtains.",
    )),
    (D(2354, 3, 11), (
        "Ploughing match",
        "A farmer's daughter of sixteen took the first prize at Reethard's ploughing match on Thursday.",
    )),
    (D(2353, 6, 7), (
        "Duck race",
        "About 800 plastic ducks were tipped off the bridge at Spailkham on Sunday for the brook duck race.",
    )),
    (D(2354, 4, 15), (
        "Choir concert",
        "Not a pew was empty when the Shealvton ladies' choir gave its spring concert on Thursday evening.",
    )),
    (D(2353, 11, 18), (
        "Whist drive",
        "Twenty-four tables were set for the whist drive in the Thirncote reading room on Wednesday.",
    )),
    (D(2354, 1, 13), (
        "Wassail",
        "Villagers of Whoulbford sang to the old apple trees on Wednesday night and hung toast in the "
        "branches.",
    )),
    (D(2353, 8, 25), (
        "Flower show",
        "The sweet peas of a retired signalman won three cups at Twievell's flower show on Tuesday.",
    )),
    (D(2354, 6, 8), (
        "Bowls match",
        "Glunscote's bowls club beat its neighbours by eleven shots on Tuesday afternoon.",
    )),
]


SIXTIETH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "drozova": (DROZOVA_GATES, DROZOVA_REVIEW + SNOLMHURST_GATES),
    "clevora": (CLEVORA_TRAINS, CLEVORA_FIRST_TRAIN + JARNOSKEY_TRAMS),
    "naurvia": (NAURVIA_BIOPSIES, NAURVIA_REVIEW + SCOTHELM_SCANS),
    "peltravia": (PELTRAVIA_BABIES, PELTRAVIA_COURT + ZURKHOLME_BOYS),
    "spexania": (SPEXANIA_WHEAT, SPEXANIA_WARNING + KOUSKTON_POTATOES),
    "lorrenhaym": (LORRENHAYM_SIGNAL, LORRENHAYM_NEW_COMPUTERS + SLOARKOW_CLOCKS),
    "grealmora": (GREALMORA_CANOE, GREALMORA_NEW_HOST + DRANGOCK_GYMNASTICS),
    "nyndstead": (NYNDSTEAD_BAN, NYNDSTEAD_APPEAL + USHELBY_FEE),
    "ushmoor": (USHMOOR_HOUSE, USHMOOR_SETTLED + DREUTZEN_COTTAGES),
    "lurbgarth": (LURBGARTH_FINES, LURBGARTH_COMPLAINTS + ZADLWELL_BUS_LANE),
}

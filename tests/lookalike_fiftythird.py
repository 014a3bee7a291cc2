"""Look-alike set fifty-three, invented and written blind on 9ad2e96: nobody put its reports through grouping or the
engine, or counted them, while it was written, and grouping was being reworked on the older sets meanwhile.
``DEFAULT_SETS`` leaves it out until it is counted on 9ad2e96 and then again on the code of some session after this
one. All ten kinds are hard news, two each from schools and education, housing and cities, health and medicine,
energy and industry, and defence and diplomacy. Grepping every older look-alike module, every own claims file and
every story written for grouping turned up none of these ten:

* teachers striking across a whole country for two days over pay; before: the union's members voting for it about a
  month earlier; elsewhere: a history teacher's quote piece on a teachers' strike in another country thirteen months
  on;
* police clearing students out of a university's main building after an eleven-day occupation against closing three
  faculties; before: the night the students went in; elsewhere: students taking over a rector's offices abroad over
  fees thirteen months on;
* a crowded balcony breaking off a block of flats during a party, two dead; after: an explainer of the engineers'
  report five months on; elsewhere: a student hostel's outside staircase giving way abroad thirteen months earlier;
* three homeless men dying in a weekend frost and the city opening its halls as shelters; before: the city's only
  night shelter closing when its grant ended seven weeks earlier; elsewhere: metro stations opened to rough sleepers
  in a foreign city thirteen months earlier;
* a hospital closing its intensive care unit to new patients over a drug-resistant yeast; before: the first carrier,
  flown home from abroad five weeks earlier; elsewhere: a foreign hospital shutting its unit over the same yeast
  thirteen months earlier;
* a man arrested after working four years as an emergency doctor on a forged degree; before: his suspension three
  weeks earlier; elsewhere: a bogus psychiatrist jailed abroad thirteen months on;
* fire in a store of finished cells at a battery factory, with the town downwind kept indoors; before: sprinklers
  dousing a fire in the same plant two months earlier; elsewhere: a grid battery park burning abroad thirteen months
  earlier;
* a ladle of molten steel tipping from a crane at a steel mill, three killed (four by the follow-up); after: the
  company fined six months on; elsewhere: a piece explaining how molten aluminium burst over a damp foundry floor
  abroad thirteen months on;
* three army recruits dying after a march in full kit in the heat; after: the captain who led it jailed five months
  on; elsewhere: a conscript dying after a run in the heat abroad thirteen months earlier;
* a foreign diplomat whose car killed a cyclist flying home under immunity, and his ambassador summoned; before: the
  crash itself, told the next morning without the driver's name; elsewhere: a piece on how another country got an
  envoy's immunity waived after a crash thirteen months on.

The same grep showed near neighbours, which were left alone: unfilled teaching posts as term starts, children sick
from a school dinner, jobs cut at a university, a ban on pupils' phones, an occupied hotel emptied by police, a city
council unable to balance its books, blocks emptied because their panels would burn, people stuck in a block's lift,
a district heating network's first day, a landlord fined over mould, tuberculosis at a boarding school, a
sterilising unit that ran too cool, a lawyer struck off, a battery room fire in a data centre, a lead battery plant
shut over children's blood tests, a steelworks' dust and a steelworks nationalised, a colliery tunnel falling in, a
stray shell on a farm, a deputy stripped of immunity, a diplomatic bag opened by customs and expelled diplomats.

Three events count among their reports a piece that explains or one built on somebody's words (why the students took
over their university, the father of a boy the false doctor treated, the father of the cyclist the diplomat's car
killed), and three look-alikes are pieces of that sort (the teacher abroad, how rust brought the balcony down, why
molten aluminium burst over a wet floor). Otherwise each event is told the way the news usually arrives: a wire that
starts from a dateline and says which weekday; a broadcaster's opening lines, all "has" and "have", giving no day;
the paper next morning, saying "yesterday"; a later piece, a day to three days after, naming its weekday; and, in
seven events, a site for the town, the village or the trade that gives no day at all. In one report apiece, all ten
events point to the other step of their story ("backed the walkout in February", "The students went in on the night
of October 6", "would report by December", "shut in November when its grant ran out", "flown home from a hospital
abroad five weeks ago", "It suspended him three weeks ago", "in June sprinklers put out a blaze", "its findings
would go to prosecutors", "military prosecutors said they were looking into", "hit on his bicycle last Friday
evening"); none looks to its happening elsewhere. Eight look-alikes put a number on the same sort of thing as their
event and get a different one (eleven burned at a foundry against six at the mill, 14 hurt against nine, two found
frozen against three men dead, six carriers against nine, some 1,900 patients against 3,100, 200 staff on shift
against 310 workers, one conscript against three recruits, two pedestrians against one cyclist), and two events
change a count between their own reports (nine carriers, then twelve; three dead, then four). Two reports set a
place right after its verb with no preposition ("has smothered Wringhold", "has forced Mulkenbeck General to turn
away"). Every date lies in 2295-2297, no report names a year, and each look-alike falls within fourteen months of
its event on the calendar. Every person, place, body, company and figure is made up.

Laid out like ``tests.lookalike_more``: for every kind, the event's dated reports and then its dated look-alikes,
gathered in ``FIFTYTHIRD_KINDS``, the table ``tests.lookalike_count`` looks for.

Nobody is to feed these reports into grouping, into the engine or into ``tests.lookalike_count`` before the two
counts that the count's own docstring asks for are taken.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# ~~ yskelund ~~ event: Tue 10 Mar 2296, teachers across Yskelund begin a two-day national strike over pay and about
# 4,300 of 5,100 state schools shut. Reports: dateline wire (says Tuesday); broadcast lead, no day; Wednesday paper
# (says yesterday; recalls the February vote); Keswin site, no day; Friday follow-up (says Thursday). Earlier step:
# the league's members vote for the strike, Fri 7 Feb 2296. Elsewhere: a Pevrinsk history teacher's quote piece on a
# strike in Stirnova, dated Wed 14 Apr 2297, named by no report of the event.

YSKELUND_STRIKE: list[Dated] = [
    (D(2296, 3, 10), (
        "Teachers' strike shuts most of Yskelund's schools",
        "BEXMARREN, Yskelund (Wire) - About 4,300 of Yskelund's 5,100 state schools stayed closed on Tuesday as "
        "teachers began a two-day national strike over pay, the Yskelund Teachers' League said, the first time "
        "the country's teachers have walked out together. General secretary Liudmila Fauchelin said salaries had "
        "fallen a fifth behind prices in six years; Education Minister Ludmer Oxtrevin called the strike "
        "unjustified and said his offer of 4 percent a year for two years still stood.",
    )),
    (D(2296, 3, 10), (
        "Parents scramble for childcare as teachers walk out",
        "Working parents up and down the country have been swapping shifts and ringing grandparents after "
        "teachers stayed away from their classrooms, leaving school gates padlocked and playgrounds silent.",
    )),
    (D(2296, 3, 11), (
        "Ministry and league argue over how many stayed away",
        "The education ministry said yesterday that 58,000 teachers had struck, fewer than the 71,000 the league "
        "counted, and that a third of secondary schools had opened at least for pupils sitting final exams. The "
        "league's members backed the walkout in February, by 81 percent on a turnout of 64 percent.",
    )),
    (D(2296, 3, 11), (
        "Keswin pupils revise in the town library",
        "The gates of Keswin's only secondary school were chained, with a hand-written card reading 'Closed for "
        "action' tied to the bars. By ten the town library had no free seats, and the librarians put out "
        "trestle tables in the reading room for pupils revising for their finals.",
    )),
    (D(2296, 3, 13), (
        "Schools reopen as league and ministry agree to meet",
        "Yskelund's schools opened as usual on Thursday after the two-day strike, and Oxtrevin and Fauchelin "
        "agreed to sit down on Monday with a mediator. The league said it would call three more strike days in "
        "April unless the offer improved.",
    )),
]
YSKELUND_BALLOT: list[Dated] = [
    (D(2296, 2, 7), (
        "Yskelund teachers vote for national strike over pay",
        "Members of the Yskelund Teachers' League have voted by 81 percent for a national strike over pay, on a "
        "turnout of 64 percent, the league said on Friday. Its executive will name the days within weeks.",
    )),
]
STIRNOVA_TEACHER: list[Dated] = [
    (D(2297, 4, 14), (
        "'We are not striking against the children'",
        "Jovita Mardrask has taught history in Pevrinsk for nineteen years, and this week, for the first time, "
        "she stood outside her school with a placard instead of in front of her class. 'We are not striking "
        "against the children,' she says. 'Half the textbooks in my room are older than the pupils. Stirnova's "
        "government keeps telling us to wait, and we have waited.'",
    )),
]

# ~~ wuhlgarn ~~ event: Thu 17 Oct 2295, police clear Wuhlgarn University's main building before dawn, ending an
# eleven-day occupation by students against the closing of three faculties, and arrest 46. Reports: dateline wire
# (says Thursday); broadcast lead, no day; Friday paper (says yesterday; recalls the night the students went in); an
# explainer, no day; Saturday follow-up (says Friday). Earlier step: about 300 students occupy the building, told on
# Mon 7 Oct 2295. Elsewhere: some 120 students take over the rector's offices at Roskvel, Bodrevka, Wed 11 Nov 2296,
# named by no report.

WUHLGARN_CLEARED: list[Dated] = [
    (D(2295, 10, 17), (
        "Police clear students from occupied Wuhlgarn University",
        "WUHLGARN, Zhelbruck (Wire) - Several hundred police officers cleared Wuhlgarn University's main "
        "building before dawn on Thursday, ending an eleven-day occupation by students protesting against a plan "
        "to close three of its faculties, and arrested 46 people, police chief Remigius Vitrolle said. Eleven "
        "students and four officers were treated for minor injuries.",
    )),
    (D(2295, 10, 17), (
        "Officers break through barricades to end student sit-in",
        "Officers in helmets have pushed through barricades of desks and filing cabinets to remove students who "
        "had taken over a university's main hall, and dozens have been led away to waiting vans.",
    )),
    (D(2295, 10, 18), (
        "Wuhlgarn rector defends calling in police",
        "Rector Swanhild Trodmere said yesterday that she had asked for police help because the occupiers had "
        "blocked fire exits and wrecked the library's catalogue room, and that classes in the main building "
        "would start again on Monday. The students went in on the night of October 6, hours after the "
        "university's senate voted to shut its faculties of philosophy, music and classics.",
    )),
    (D(2295, 10, 18), (
        "Why Wuhlgarn's students took over their university",
        "Wuhlgarn University says it loses money on three small faculties, philosophy, music and classics, and "
        "wants them gone within two years. The students say the cuts are the first step towards turning it "
        "into a technical college, and that nobody asked them. Narcisa Lanrigg, who spoke for the occupiers, "
        "says they chose the main building because the senate meets there.",
    )),
    (D(2295, 10, 19), (
        "Nine Wuhlgarn students charged with damaging property",
        "Prosecutors charged nine of the students arrested at Wuhlgarn University with damaging property on "
        "Friday, and the university hired private guards to stand at the main building's doors when lectures "
        "resume.",
    )),
]
WUHLGARN_OCCUPIED: list[Dated] = [
    (D(2295, 10, 7), (
        "Students occupy Wuhlgarn University's main building",
        "About 300 students occupied the main building of Wuhlgarn University on Sunday night, hours after its "
        "senate voted to close three faculties, and said they would stay until the vote was overturned.",
    )),
]
ROSKVEL_RECTORATE: list[Dated] = [
    (D(2296, 11, 11), (
        "Students take over rector's offices in Roskvel",
        "Some 120 students at the technical university in Roskvel, in Bodrevka, took over the rector's offices "
        "on Wednesday in protest at higher fees, and the university called off its lectures until Monday.",
    )),
]

# ~~ scurrenby ~~ event: Sat 18 Jul 2296, a fourth-floor balcony of Caithrop House, a block of flats in Scurrenby,
# breaks away during a birthday party; two die and nine are hurt. Reports: dateline wire (says late on Saturday);
# broadcast lead, no day; Monday paper (says yesterday); neighbours' site, no day; Tuesday follow-up (says Monday;
# promises the engineers' findings). Later step: an explainer of the engineers' report, dated Wed 16 Dec 2296.
# Elsewhere: an outside staircase at a student hostel in Zobrenka, Nossaly, gives way, Sat 15 Jun 2295, named by no
# report.

SCURRENBY_BALCONY: list[Dated] = [
    (D(2296, 7, 18), (
        "Two killed as crowded balcony falls from block of flats",
        "SCURRENBY, Ulvecka (Wire) - A balcony on the fourth floor of Caithrop House, a block of flats in "
        "Scurrenby, broke away late on Saturday during a birthday party and smashed onto the balconies beneath "
        "it, killing two people and injuring nine, police said. Inspector Nicanor Dimbrecht said about a dozen "
        "guests had been standing on it when it came away from the wall.",
    )),
    (D(2296, 7, 19), (
        "Birthday party ends in deaths as balcony gives way",
        "A collapsing balcony has killed two people and left nine injured at a party high up in a block of "
        "flats, and neighbours have described hearing a crack and then screaming.",
    )),
    (D(2296, 7, 20), (
        "Caithrop House emptied while engineers check its balconies",
        "All 64 households in Caithrop House were moved to hotels yesterday while engineers looked over the "
        "rest of its balconies, the city council said. The block was finished nine years ago by Hexlowe Homes, "
        "whose balconies are bolted onto the front of the building instead of being cast with its floors.",
    )),
    (D(2296, 7, 19), (
        "Across the courtyard, a crack and then a roar",
        "Residents of the flats across the courtyard say music had been playing since early evening. One woman "
        "heard a sharp crack, then a roar like a lorry tipping gravel, and reached her window to see the "
        "balconies under the party stripped away and people lying on the grass.",
    )),
    (D(2296, 7, 21), (
        "Scurrenby orders checks on 1,400 bolted balconies",
        "Scurrenby's building control office ordered on Monday that every balcony bolted to the front of a block "
        "in the city, about 1,400 in all, be inspected within six weeks. Its head, Gisla Nollemby, said engineers "
        "would report by December on why the Caithrop House balcony failed.",
    )),
]
SCURRENBY_REPORT: list[Dated] = [
    (D(2296, 12, 16), (
        "How rusted anchors brought down the Caithrop House balcony",
        "The balcony that fell at Caithrop House hung from four steel anchors set in the concrete face of the "
        "block. Rain had run down behind the cladding for years and eaten three of them as thin as a pencil, the "
        "engineers' report published on Wednesday finds; with a dozen people on it, the fourth could not hold.",
    )),
]
ZOBRENKA_STAIRCASE: list[Dated] = [
    (D(2295, 6, 15), (
        "Students hurt as outside staircase collapses at hostel",
        "An outside staircase at a student hostel in Zobrenka, in Nossaly, gave way on Saturday evening as "
        "students were leaving a party, and 14 of them went to hospital with broken legs and wrists, the "
        "city's fire service said.",
    )),
]

# ~~ uthgrave ~~ event: Mon 18 Jan 2297, three homeless men are found dead in a weekend frost in Uthgrave and the city
# opens its town hall and two sports halls as shelters with 260 beds. Reports: dateline wire (says Monday; the deaths
# over the weekend); broadcast lead, no day; Tuesday paper (says yesterday; recalls the night shelter's closing); a
# site by the bus station, no day; Thursday follow-up (says Wednesday). Earlier step: the city's only night shelter,
# 80 beds, closes as its grant ends, Mon 30 Nov 2296. Elsewhere: Kvetlana, Estrivel, opens metro stations to rough
# sleepers after two die, Tue 17 Dec 2295, named by no report.

UTHGRAVE_FROST: list[Dated] = [
    (D(2297, 1, 18), (
        "Three homeless men die in Uthgrave frost as city opens halls",
        "UTHGRAVE, Ulmsfold (Wire) - Three homeless men were found dead in doorways and a park in Uthgrave over "
        "the weekend as the temperature fell to minus 17, and the city opened its town hall and two sports halls "
        "to people sleeping rough on Monday, with 260 camp beds between them, Mayor Yevdokia Ferndrake said. "
        "Police said none of the deaths was suspicious.",
    )),
    (D(2297, 1, 18), (
        "Bitter cold kills men sleeping on the streets",
        "The freezing weather has killed three men who had been sleeping out, and volunteers have spent the "
        "night going from doorway to doorway with blankets and flasks of soup.",
    )),
    (D(2297, 1, 19), (
        "Every emergency bed taken on the first night",
        "All 260 beds in Uthgrave's emergency shelters were taken on the first night, the city said yesterday, "
        "and 40 more people were given mats in the foyer of the town hall. The city's own night shelter, with 80 "
        "beds, shut in November when its grant ran out, and charities warned then that people would die if "
        "the winter turned hard.",
    )),
    (D(2297, 1, 19), (
        "Soup van by the bus station runs out by midnight",
        "The soup van that parks beside the bus station handed out 300 bowls before it ran dry at midnight, and "
        "its volunteers say the queue had twice as many young faces as last winter's.",
    )),
    (D(2297, 1, 21), (
        "Uthgrave keeps its emergency shelters open until March",
        "Uthgrave's council voted on Wednesday to keep the emergency shelters open until the end of March, at a "
        "cost of 1.4 million crowns, and finance director Kleofas Albrequin said money would be found to "
        "reopen a permanent night shelter.",
    )),
]
UTHGRAVE_SHELTER_SHUT: list[Dated] = [
    (D(2296, 11, 30), (
        "Uthgrave's only night shelter shuts as its grant ends",
        "The 80-bed night shelter paid for by the city of Uthgrave closed on Monday after the council ended its "
        "grant, and the charity that ran it said the men and women who slept there had nowhere else to go.",
    )),
]
KVETLANA_METRO: list[Dated] = [
    (D(2295, 12, 17), (
        "Kvetlana opens metro stations to rough sleepers",
        "Kvetlana, in Estrivel, opened four of its metro stations overnight to people sleeping rough on Tuesday "
        "after two were found frozen to death in a park, the city said.",
    )),
]

# ~~ mulkenbeck ~~ event: Mon 15 Feb 2297, Mulkenbeck General Hospital in Yelbourne stops taking patients into its
# intensive care unit once nine are found carrying Candida auris, a drug-resistant yeast. Reports: dateline wire (says
# Monday); broadcast lead, no day, naming the hospital straight after its verb; Tuesday paper (says yesterday; recalls
# the first case five weeks back); Yelbourne site, no day; Thursday follow-up (says Wednesday; twelve carriers by
# then). Earlier step: the first carrier, flown home from abroad, Fri 8 Jan 2297. Elsewhere: a hospital in Zanzibrek,
# Uvaldrin, closing its unit over six carriers, Wed 15 Jan 2296, named by no report.

MULKENBECK_FUNGUS: list[Dated] = [
    (D(2297, 2, 15), (
        "Hospital shuts intensive care to new patients over resistant yeast",
        "YELBOURNE, Vrunskar (Wire) - Mulkenbeck General Hospital in Yelbourne stopped admitting patients to its "
        "intensive care unit on Monday after nine patients there were found to carry Candida auris, a yeast that "
        "most antifungal drugs fail to kill, infection control lead Genowefa Hathrigg said. Two of the nine have "
        "died, and the hospital said the infection may have hastened one of the deaths. The most seriously ill "
        "are being taken to hospitals up to 90 kilometres away.",
    )),
    (D(2297, 2, 15), (
        "Drug-defying yeast closes intensive care beds",
        "A yeast that shrugs off nearly every medicine used against it has forced Mulkenbeck General to turn "
        "away the sickest patients in the region, and ambulances are being sent on to other cities.",
    )),
    (D(2297, 2, 16), (
        "Yeast outbreak began with patient flown home from abroad",
        "The Candida auris outbreak at Mulkenbeck General began with a patient flown home from a hospital abroad "
        "five weeks ago, the hospital said yesterday, and reached eight others on the same unit although he "
        "was nursed in a room of his own. All 22 of its beds are being emptied so that the unit can be "
        "fogged with hydrogen peroxide vapour.",
    )),
    (D(2297, 2, 16), (
        "Yelbourne families drive hours to sit with moved relatives",
        "Relatives of patients at Mulkenbeck General say they were handed leaflets about the yeast at the ward "
        "door, and several have had to drive to other cities to sit beside parents moved out of intensive "
        "care.",
    )),
    (D(2297, 2, 18), (
        "Three more Mulkenbeck patients carry resistant yeast",
        "Swabs from patients on two other wards at Mulkenbeck General showed three more carrying Candida auris "
        "on Wednesday, bringing the outbreak to twelve, the hospital said, and its intensive care unit stays "
        "closed to new admissions.",
    )),
]
MULKENBECK_FIRST_CASE: list[Dated] = [
    (D(2297, 1, 8), (
        "Resistant yeast found in patient flown home to Yelbourne",
        "Mulkenbeck General Hospital said on Friday that a patient flown home to Yelbourne from a hospital abroad "
        "was carrying Candida auris, and that he was being kept in a single room on its intensive care unit.",
    )),
]
ZANZIBREK_UNIT: list[Dated] = [
    (D(2296, 1, 15), (
        "Zanzibrek hospital shuts intensive care unit as yeast spreads",
        "A hospital in Zanzibrek, in Uvaldrin, closed its intensive care unit to new patients on Wednesday once "
        "six of them were found to carry Candida auris, the regional health office said.",
    )),
]

# ~~ oggleby ~~ event: Fri 24 May 2295, police arrest Makary Brynzhov, 38, who worked more than four years as a doctor
# in Oggleby Infirmary's emergency department on a forged degree. Reports: dateline wire (says Friday); broadcast
# lead, no day; Saturday paper (says yesterday; recalls his suspension three weeks back); a patient's father's quote
# piece, no day; Sunday follow-up (says late on Saturday). Earlier step: the infirmary suspends an unnamed doctor
# while his degree is checked, Fri 3 May 2295. Elsewhere: Hipolit Stavangrel jailed in Gwelhaven, Fjortanne, for
# eleven years as a psychiatrist on a forged diploma, Wed 24 Jun 2296, named by no report.

OGGLEBY_FAKE_DOCTOR: list[Dated] = [
    (D(2295, 5, 24), (
        "Man who worked four years as hospital doctor held over forged degree",
        "OGGLEBY, Lyskavet (Wire) - Police in Oggleby on Friday arrested a 38-year-old man who worked for more "
        "than four years as a doctor in the emergency department of Oggleby Infirmary on a degree certificate "
        "they say is forged, Detective Inspector Otylia Kjelvatn said. The Lyskavet Medical Council said the "
        "medical school in Glasvenny whose seal was on the certificate had no record of him.",
    )),
    (D(2295, 5, 24), (
        "Hospital 'doctor' never qualified, police say",
        "A man has been arrested after police say he spent years treating patients at a busy city hospital "
        "without ever having trained as a doctor.",
    )),
    (D(2295, 5, 25), (
        "Infirmary to review 3,100 patients seen by Brynzhov",
        "Oggleby Infirmary said yesterday that it would write to about 3,100 patients seen by Makary Brynzhov, "
        "the man held over a forged medical degree, and go through each of their notes. It suspended him "
        "three weeks ago, after a consultant doubted his answers on a ward round and the medical council found "
        "that his university had never heard of him.",
    )),
    (D(2295, 5, 26), (
        "'He set my son's arm, and I thanked him'",
        "Felicjan Ozhenko took his son to Oggleby Infirmary with a broken wrist in March. 'He was calm and he "
        "was kind. He set my son's arm, and I thanked him,' he says. 'Now they tell me he never studied "
        "medicine. The wrist has healed. But I lie awake wondering what he got wrong for somebody else.'",
    )),
    (D(2295, 5, 26), (
        "Brynzhov charged with fraud, to face magistrates",
        "Makary Brynzhov was charged late on Saturday with fraud and with practising medicine without a licence, "
        "and will be kept in custody until he appears before Oggleby magistrates, police said.",
    )),
]
OGGLEBY_SUSPENSION: list[Dated] = [
    (D(2295, 5, 3), (
        "Infirmary suspends doctor while his degree is checked",
        "Oggleby Infirmary suspended a doctor in its emergency department on Friday while the Lyskavet Medical "
        "Council checks the degree he registered with, the hospital said.",
    )),
]
STAVANGREL_JAILED: list[Dated] = [
    (D(2296, 6, 24), (
        "Bogus psychiatrist jailed for six years",
        "A court in Gwelhaven, in Fjortanne, sent Hipolit Stavangrel to prison on Wednesday for six "
        "years over working as a psychiatrist at a state clinic for eleven years with a forged diploma, "
        "prescribing drugs to some 1,900 patients.",
    )),
]

# ~~ wringhold ~~ event: Sat 14 Aug 2297, fire sweeps a store of finished lithium-ion cells at the Druvnest Cells
# factory outside Wringhold and about 4,000 people downwind are told to stay indoors. Reports: dateline wire (says
# early on Saturday); broadcast lead, no day, naming the town straight after its verb; Sunday paper (says yesterday;
# recalls the June fire); a motor trade site, no day; Monday follow-up (says Sunday). Earlier step: sprinklers douse a
# fire in the plant's formation room, Tue 15 Jun 2297. Elsewhere: a grid battery park burning at Embrevik, Ingsvard,
# Thu 9 Jul 2296, named by no report.

WRINGHOLD_FIRE: list[Dated] = [
    (D(2297, 8, 14), (
        "Fire at battery cell factory sends smoke over Wringhold",
        "WRINGHOLD, Marzhova (Wire) - Fire broke out in a store of finished lithium-ion cells at the Druvnest "
        "Cells factory outside Wringhold early on Saturday, and about 4,000 people living downwind were told to "
        "stay indoors with their windows shut, fire chief Svatava Rundvatn said. All 310 workers on the night "
        "shift got out unhurt, and more than 120 firefighters were still pouring water on the hall by evening.",
    )),
    (D(2297, 8, 14), (
        "Burning battery plant smothers town in black smoke",
        "Black smoke from a burning battery factory has smothered Wringhold, and people living close by have "
        "been warned to keep their doors and windows closed and their children inside.",
    )),
    (D(2297, 8, 15), (
        "Battery store still burning a day after fire began",
        "Firefighters at the Druvnest Cells plant near Wringhold were still cooling the burnt-out store last "
        "night, more than 18 hours after the fire began yesterday, because damaged cells can flare up again "
        "long after the flames die. Plant director Innokenty Korsmund said about 1.6 million cells had been "
        "stored there. It was the plant's second fire of the summer: in June sprinklers put out a blaze in "
        "the room where new cells get their first charge.",
    )),
    (D(2297, 8, 16), (
        "Akershold Motors counts its cells after Druvnest fire",
        "Akershold Motors, which takes most of the cells Druvnest makes at Wringhold, says it has enough for "
        "about three weeks of car building and is asking other suppliers for more. Druvnest has not said when "
        "its production lines, which the fire did not reach, will start again.",
    )),
    (D(2297, 8, 16), (
        "Wringhold battery fire out after 30 hours, residents may open windows",
        "The fire at the Druvnest Cells plant near Wringhold was declared out on Sunday, about 30 hours after it "
        "began, and the order for people nearby to stay indoors was lifted once air tests came back clean, "
        "Marzhova's fire service said.",
    )),
]
WRINGHOLD_JUNE_FIRE: list[Dated] = [
    (D(2297, 6, 15), (
        "Sprinklers douse fire at Druvnest battery plant",
        "Sprinklers doused a fire in the formation room of the Druvnest Cells factory near Wringhold on "
        "Tuesday, where new cells are charged for the first time, and the 200 staff on shift were kept out "
        "for two hours, the company said.",
    )),
]
EMBREVIK_BATTERY_PARK: list[Dated] = [
    (D(2296, 7, 9), (
        "Fire at grid battery park left to burn out",
        "Flames that started on Thursday in one of the 40 containers of a grid battery storage park at "
        "Embrevik, in Ingsvard, spread to three more, and the fire service said it would let them burn "
        "themselves out.",
    )),
]

# ~~ rathsketh ~~ event: Wed 22 Jan 2296, a ladle of about 110 tonnes of molten steel tips as a crane lifts it at
# Lindvarre Steel's mill in Rathsketh, killing three and burning six. Reports: dateline wire (says Wednesday);
# broadcast lead, no day; Thursday paper (says yesterday); a Rathsketh site, no day; Saturday follow-up (says Friday;
# a fourth death, and the inspectorate's findings bound for prosecutors). Later step: the company fined, Wed 15 Jul
# 2296. Elsewhere: an explainer of molten aluminium bursting out over a wet floor at a foundry in Gromsvik, Dvinavets,
# dated Wed 24 Feb 2297, named by no report.

RATHSKETH_LADLE: list[Dated] = [
    (D(2296, 1, 22), (
        "Three killed as ladle of molten steel tips at Rathsketh mill",
        "RATHSKETH, Uskarrow (Wire) - Three workers were killed and six badly burned on Wednesday when a ladle "
        "holding about 110 tonnes of molten steel tipped as an overhead crane lifted it at the Lindvarre Steel "
        "mill in Rathsketh, the company said. Mill director Tekla Morthwaite said the steel ran across the floor "
        "of the casting bay and set a control cabin alight.",
    )),
    (D(2296, 1, 22), (
        "Workers die as molten steel floods mill floor",
        "A wave of molten steel has poured across the floor of a steel mill, killing three men and leaving "
        "others fighting for their lives in a burns unit.",
    )),
    (D(2296, 1, 23), (
        "Crane's brake examined after Lindvarre deaths",
        "Investigators from Uskarrow's labour inspectorate said yesterday that they were examining the brake of "
        "the overhead crane that was carrying the ladle when it tipped at Lindvarre Steel's Rathsketh mill, and "
        "they ordered the casting bay shut. Blahoslav Zaltmoor of the steelworkers' union said the crane had "
        "been reported twice since October for jerking under load.",
    )),
    (D(2296, 1, 23), (
        "Candles at the mill gate for three men from the casting bay",
        "Candles burned along the railings by the mill's north gate, and the parish church tolled its bell "
        "three times at dusk. Two of the dead had worked in the casting bay since leaving school; the third had "
        "started there in the autumn.",
    )),
    (D(2296, 1, 25), (
        "Fourth worker dies after Rathsketh ladle spill",
        "A fourth worker burned when molten steel spilled at the Lindvarre Steel mill in Rathsketh died in "
        "hospital on Friday, the company said, and five others remain in a burns unit. The labour inspectorate "
        "said its findings would go to prosecutors.",
    )),
]
RATHSKETH_FINE: list[Dated] = [
    (D(2296, 7, 15), (
        "Lindvarre Steel fined over crane that tipped ladle",
        "A court in Rathsketh fined Lindvarre Steel 3.4 million on Wednesday over the deaths of four workers when "
        "a ladle of molten steel tipped at its mill in January, finding that it had kept a crane in use whose "
        "brake it knew to be faulty.",
    )),
]
GROMSVIK_FOUNDRY: list[Dated] = [
    (D(2297, 2, 24), (
        "Why molten aluminium burst out over the Gromsvik foundry floor",
        "Molten aluminium poured onto a floor that is even slightly damp turns the water under it to steam in "
        "an instant, and the steam can hurl the metal across a room. That, investigators in Dvinavets said on "
        "Tuesday, is what burned eleven workers at the Gromsvik foundry: a pipe had dripped onto the casting "
        "floor overnight.",
    )),
]

# ~~ tverzhin ~~ event: Tue 6 Jul 2297, three army recruits die and 14 are treated for heatstroke after a 25-kilometre
# march in full kit at the Tverzhin training ground in 36 degrees. Reports: dateline wire (says Tuesday); broadcast
# lead, no day; Wednesday paper (says yesterday); a village site, no day; Friday follow-up (says Thursday; prosecutors
# looking at the officers). Later step: the captain who led the march sentenced, Wed 8 Dec 2297. Elsewhere: a
# conscript dying after a run near Vyazmorsk, Lyubeshov, Thu 11 Jun 2296, named by no report.

TVERZHIN_MARCH: list[Dated] = [
    (D(2297, 7, 6), (
        "Three army recruits die after march in heat",
        "TVERZHIN, Khabrovar (Wire) - Three army recruits died and 14 others were treated in hospital for "
        "heatstroke after a 25-kilometre march in full kit at the Tverzhin training ground on Tuesday, when the "
        "temperature reached 36 degrees, the defence ministry said. All were in their fourth week of basic "
        "training.",
    )),
    (D(2297, 7, 6), (
        "Young soldiers collapse on march in blistering heat",
        "Three young soldiers have died and more than a dozen have been rushed to hospital after collapsing on a "
        "long training march under a fierce sun, and the army has opened an inquiry.",
    )),
    (D(2297, 7, 7), (
        "Minister halts marches in heat as families ask why",
        "Defence Minister Vratislav Uglichev banned training marches in temperatures above 30 degrees yesterday "
        "and gave the commander of the Tverzhin training ground, Colonel Zdeslav Rzhavin, a week to report to "
        "him. Recruits told their families they had each been allowed a single bottle of water for the march.",
    )),
    (D(2297, 7, 7), (
        "Villagers carried buckets of water to the roadside",
        "People in the village beside the training ground say they watched the column go by at midday with some "
        "recruits stumbling, and ran out with buckets and garden hoses. One farmer drove two of the men who "
        "fell to the camp gate in the back of his van.",
    )),
    (D(2297, 7, 9), (
        "Tverzhin commander relieved of his post",
        "The army relieved Colonel Zdeslav Rzhavin of command of the Tverzhin training ground on Thursday, and "
        "military prosecutors said they were looking into whether the officers who led the march had ignored "
        "the rules on heat.",
    )),
]
TVERZHIN_COURT_MARTIAL: list[Dated] = [
    (D(2297, 12, 8), (
        "Captain jailed over recruits' deaths on Tverzhin march",
        "A military court sentenced the captain who led the Tverzhin march in July, on which three recruits "
        "died of heatstroke, to two years in prison for negligence on Wednesday, and cleared his sergeant.",
    )),
]
VYAZMORSK_CONSCRIPT: list[Dated] = [
    (D(2296, 6, 11), (
        "Conscript dies of heatstroke after ten-kilometre run",
        "A conscript died of heatstroke on Thursday after a ten-kilometre run at an army camp near Vyazmorsk, "
        "in Lyubeshov, the country's defence ministry said, and two others were treated in hospital.",
    )),
]

# ~~ vennsholm ~~ event: Thu 10 Sep 2296, Vennsholm's foreign ministry says a Cholmsk diplomat whose car killed a
# cyclist of 19 outside Lissomby has left the country under immunity, and summons Cholmsk's ambassador. Reports:
# dateline wire (says Thursday); broadcast lead, no day; Friday paper (says yesterday; recalls the crash of last
# Friday); the cyclist's father's quote piece, no day; Saturday follow-up (says Friday). Earlier step: the cyclist
# killed on the airport road, told on Sat 5 Sep 2296. Elsewhere: an explainer of how Brixvale got a Dornoway attache's
# immunity waived after two pedestrians died in Portvennor, dated Fri 15 Oct 2297, named by no report.

VENNSHOLM_IMMUNITY: list[Dated] = [
    (D(2296, 9, 10), (
        "Diplomat leaves Vennsholm after fatal crash, claiming immunity",
        "LISSOMBY, Vennsholm (Wire) - A diplomat at Cholmsk's embassy whose car killed a 19-year-old cyclist "
        "outside Lissomby has left the country under diplomatic immunity, Vennsholm's foreign ministry said on "
        "Thursday, and Foreign Minister Fabiola Rindlestow summoned Cholmsk's ambassador to ask for the immunity "
        "to be waived. Police say the diplomat, Pankracy Inchbrayne, was driving on the wrong side of the road.",
    )),
    (D(2296, 9, 10), (
        "Family's fury as diplomat flies home after cyclist's death",
        "The family of a teenage cyclist killed on a country road have spoken of their anger after the "
        "diplomat police say was at the wheel left the country before he could be questioned.",
    )),
    (D(2296, 9, 11), (
        "Vennsholm demands the return of Cholmsk counsellor",
        "Rindlestow told Cholmsk's ambassador yesterday that Vennsholm wanted Pankracy Inchbrayne sent back to be "
        "questioned over the death of Ildefons Ashgarrow, hit on his bicycle last Friday evening. Inchbrayne, "
        "a counsellor at the embassy, had stopped at the scene and shown police his papers, and they let him "
        "go.",
    )),
    (D(2296, 9, 12), (
        "'He killed my son and went home on a plane'",
        "Godfrey Ashgarrow learned from a neighbour that the man whose car hit his son had left the country. 'He "
        "killed my son and went home on a plane, and nobody stopped him,' he says. 'Ildefons was cycling to his "
        "evening shift. We do not want revenge. We want the man to stand in a courtroom.'",
    )),
    (D(2296, 9, 12), (
        "Cholmsk refuses to lift diplomat's immunity",
        "Cholmsk turned down Vennsholm's request on Friday and will not waive the immunity of Pankracy "
        "Inchbrayne, its foreign ministry said, but it offered to try him at home if Vennsholm's police sent "
        "over their evidence.",
    )),
]
VENNSHOLM_CYCLIST_KILLED: list[Dated] = [
    (D(2296, 9, 5), (
        "Cyclist, 19, killed by car on airport road",
        "A car hit and killed a cyclist of 19 on Friday evening on the road from Lissomby to the airport, "
        "police said. The driver stopped and was not hurt.",
    )),
]
BRIXVALE_WAIVER: list[Dated] = [
    (D(2297, 10, 15), (
        "How Brixvale got a foreign envoy's immunity waived",
        "When a car driven by an attache at Dornoway's embassy killed two pedestrians in Portvennor, Brixvale did "
        "not expel him. Its foreign minister spent eleven days telling Dornoway's, quietly, that trade talks "
        "would stall, and on Friday Dornoway waived the attache's immunity so that he can be tried in "
        "Brixvale.",
    )),
]

# ~~ background ~~ village notices, each dated the day before one of the events, in villages no kind names

BACKGROUND: list[Dated] = [
    (D(2296, 3, 9), (
        "Handbell birthday",
        "The handbell ringers of Aldgarrow played for the village's oldest resident, who turned 103, on Monday.",
    )),
    (D(2295, 10, 16), (
        "Owl chick",
        "A barn owl chick hatched in the nest box in the church tower at Elbrasken on Wednesday.",
    )),
    (D(2296, 7, 17), (
        "Scarecrow parade",
        "Rossgarvie's scarecrow parade drew 46 entries along the main street on Friday.",
    )),
    (D(2297, 1, 17), (
        "Snowmen on the cricket field",
        "Children at Dunfernley built 23 snowmen on the cricket field on Sunday.",
    )),
    (D(2297, 2, 14), (
        "Hexagon quilt",
        "On Sunday the quilting circle at Eskdrummond finished a quilt of 400 hexagons to hang in its hall.",
    )),
    (D(2295, 5, 23), (
        "Maypole mended",
        "Fordhallow's maypole, split by a gale in the winter, went back up on the green on Thursday.",
    )),
    (D(2297, 8, 13), (
        "Blackberry pies",
        "A baker of nine won the blackberry pie contest at Jedbrannock's summer fair on Friday.",
    )),
    (D(2296, 1, 21), (
        "Mummers' play",
        "The Colvarrow mummers acted their winter play in the yard of the inn on Tuesday.",
    )),
    (D(2297, 7, 5), (
        "Bees on the post box",
        "A swarm of bees settled on the post box at Kinvarrow on Monday until a beekeeper coaxed it into a skep.",
    )),
    (D(2296, 9, 9), (
        "Ploughing match",
        "A pair of grey horses won the ploughing match at Langwhistle on Wednesday.",
    )),
]

FIFTYTHIRD_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "yskelund": (YSKELUND_STRIKE, YSKELUND_BALLOT + STIRNOVA_TEACHER),
    "wuhlgarn": (WUHLGARN_CLEARED, WUHLGARN_OCCUPIED + ROSKVEL_RECTORATE),
    "scurrenby": (SCURRENBY_BALCONY, SCURRENBY_REPORT + ZOBRENKA_STAIRCASE),
    "uthgrave": (UTHGRAVE_FROST, UTHGRAVE_SHELTER_SHUT + KVETLANA_METRO),
    "mulkenbeck": (MULKENBECK_FUNGUS, MULKENBECK_FIRST_CASE + ZANZIBREK_UNIT),
    "oggleby": (OGGLEBY_FAKE_DOCTOR, OGGLEBY_SUSPENSION + STAVANGREL_JAILED),
    "wringhold": (WRINGHOLD_FIRE, WRINGHOLD_JUNE_FIRE + EMBREVIK_BATTERY_PARK),
    "rathsketh": (RATHSKETH_LADLE, RATHSKETH_FINE + GROMSVIK_FOUNDRY),
    "tverzhin": (TVERZHIN_MARCH, TVERZHIN_COURT_MARTIAL + VYAZMORSK_CONSCRIPT),
    "vennsholm": (VENNSHOLM_IMMUNITY, VENNSHOLM_CYCLIST_KILLED + BRIXVALE_WAIVER),
}

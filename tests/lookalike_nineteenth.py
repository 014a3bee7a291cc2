"""A nineteenth set of invented look-alikes, written blind while grouping was being tuned on the earlier sets,
and held back, then counted once before the grouping work it was held back from (100 of its 144 combinations
merged, its event split in 60) and after it (97 merged, 57 split; ``tests.lookalike_count``'s docstring has the
commits); among that count's default sets since. The kinds, none of them
in the earlier sets: a two-person submersible reaching the floor of an ocean trench against a solo dive to it
four years before (the same weekday, another craft) and the submersible's undated test dive, a girl with a
brain tumour the first patient treated at a new proton therapy centre against the first patient of the
country's first centre, in another city, three years before (the same weekday) and the undated groundbreaking
of the new centre, an inquest into a cyclist killed at a city junction against the inquest into another
cyclist killed there two years before (the same weekday, the same coroner) and the council's undated plan to
rebuild the junction, a city's oldest daily printing its last edition against its evening sister paper's last
edition two years before (the same weekday, the same owner) and the undated announcement that the print
edition would end, a maglev prototype setting a speed record on a test line against its predecessor's record
there five years before (the same weekday) and its own undated, slower test run, shareholders voting down a
mining chief's pay at the annual meeting against the protest vote at the meeting a year before (the same
weekday) and a proxy adviser's undated call to vote against, a river freezing over at a city against its
freezing there nine years before (the same weekday), a track federation banning thick-soled racing shoes
against its cap on road-shoe soles two years before (the same weekday), a high court ruling that a government
broke the law on emissions in a pensioners' case against its dismissal of a youth group's case two years
before (the same weekday) and the undated filing of the pensioners' lawsuit, and a country certified free of
malaria against its certification for river blindness four years before (the same weekday, the same board) and
an undated report of its first year without a local case. Some reports give no day at all, some follow-ups
come two to four days later, and as on the wires the later event's reports often recall the earlier one ("four
years after Faustin Lemoyne piloted the Umbrafin alone", "the second about Marlpit Cross in two years", "the
603 km/h set by its predecessor Pyrrhos on the same track five years ago", "for the first time in nine
years"). What tells each pair apart is mostly who (another crew, another patient, another cyclist, another
paper, another group), which step of one story (a test, a groundbreaking, a filing, a recommendation) or how
many (a depth, a speed, a share of votes, a temperature, a sole's thickness). Every name, place and figure is
made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``NINETEENTH_KINDS`` is read by the same count.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- pilot Lisandro Quibbell and geologist Ondine Dankworth take the Benthara Institute's submersible Nocterra
# --- 10,912 metres down to the floor of the Ombrecht Trench, Friday, August 9, 2052; Faustin Lemoyne dived
# --- alone in the Umbrafin to 10,874 metres on Friday, August 14, 2048; Nocterra's test dive to 6,350 metres
# --- is told with no date -----------------------------------------------------------------------------------

OMBRECHT_NOCTERRA: list[Dated] = [
    (D(2052, 8, 9), (
        "Scientists reach floor of Ombrecht Trench",
        "SKERVANE (Wire) - Two scientists reached the deepest point of the Ombrecht Trench on Friday, diving "
        "10,912 metres in the submersible Nocterra, the Benthara Institute said. Pilot Lisandro Quibbell and "
        "geologist Ondine Dankworth spent four hours on the trench floor collecting rock and sediment before "
        "beginning the three-hour climb back to the surface.",
    )),
    (D(2052, 8, 10), (
        "Into the dark: crew of two touches bottom nearly 11 km down",
        "The Nocterra's crew saw little but grey silt and a few pale, shrimp-like amphipods when they switched "
        "on the floodlights at the bottom of the Ombrecht Trench yesterday. \"It was like landing on a "
        "snowfield at midnight,\" Dr Dankworth, 41, said after the sub was hoisted back aboard its support "
        "ship, the Saskarin.",
    )),
    (D(2052, 8, 9), (
        "Nocterra back on the surface: 'It creaked all the way down'",
        "The bright orange sub broke the surface at 19:40 local time to cheers on the Saskarin's deck. Its "
        "pilot, 58-year-old Lisandro Quibbell, said the hull had creaked all the way down under a pressure "
        "more than a thousand times that at sea level.",
    )),
    (D(2052, 8, 9), (
        "Ombrecht dive goes 38 metres deeper than 2048 record",
        "The Benthara Institute's descent is only the second crewed dive to the bottom of the Ombrecht Trench, "
        "four years after Faustin Lemoyne piloted the Umbrafin alone to 10,874 metres. Institute director "
        "Gwendolyn Ashbury said Nocterra's sonar had found a deeper hollow in the trench's western basin, "
        "which the crew reached after a descent of three and a half hours.",
    )),
    (D(2052, 8, 12), (
        "Unknown microbes found in Ombrecht mud",
        "Microbes never seen before were found in the sediment the Nocterra brought up from the Ombrecht "
        "Trench, the Benthara Institute said on Monday, three days after the dive. Ondine Dankworth said the "
        "six cores would keep laboratories busy for years.",
    )),
]
OMBRECHT_UMBRAFIN: list[Dated] = [
    (D(2048, 8, 14), (
        "Lemoyne dives alone to bottom of Ombrecht Trench",
        "Explorer Faustin Lemoyne reached the floor of the Ombrecht Trench on Friday at a depth of 10,874 "
        "metres, piloting the one-man submersible Umbrafin in the first crewed dive to the trench's deepest "
        "point. He spent 90 minutes on the bottom and filmed a snailfish at 8,100 metres on the way down.",
    )),
]
OMBRECHT_TEST: list[Dated] = [
    (D(2051, 11, 3), (
        "Nocterra passes deep test dive",
        "The Benthara Institute's new submersible Nocterra dived to 6,350 metres off Skervane in its last test "
        "before an attempt on the Ombrecht Trench, with pilot Lisandro Quibbell at the controls. The two-person "
        "sub spent an hour at that depth.",
    )),
]

# --- the Hulvenna Proton Therapy Centre treats its first patient, nine-year-old Ziva Treharrock, Tuesday,
# --- October 10, 2051; the Yestholm Proton Centre, the country's first, treated its first patient on
# --- Tuesday, October 13, 2048; ground was broken for the Hulvenna centre (told with no date) ---------------

HULVENNA_FIRST: list[Dated] = [
    (D(2051, 10, 10), (
        "New proton centre treats first patient",
        "HULVENNA (Wire) - The Hulvenna Proton Therapy Centre treated its first patient on Tuesday, a "
        "nine-year-old girl with a brain tumour, the health ministry said. The 240-million-crown centre, the "
        "country's second after Yestholm's, will treat up to 1,200 patients a year.",
    )),
    (D(2051, 10, 11), (
        "'She was so brave': Ziva, 9, first to get proton beam in the north",
        "Ziva Treharrock's parents watched on a screen yesterday as the beam was switched on. She will have 30 "
        "sessions over six weeks. Until now children from the north had to travel 400 km to Yestholm for "
        "the treatment, said Dr Ludovica Embleton, the centre's clinical director.",
    )),
    (D(2051, 10, 10), (
        "Hulvenna proton unit opens its doors to patients",
        "The centre's 90-tonne cyclotron, built by Cyrano Systems, speeds protons up to about 60% of the "
        "speed of light before they are steered onto the tumour, sparing the healthy tissue around it. Health "
        "Minister Rosamund Tevenick said waiting times for proton therapy should halve within a year.",
    )),
    (D(2051, 10, 12), (
        "Hulvenna proton centre fully booked until March",
        "The proton centre in Hulvenna said on Thursday that all of its first 140 treatment places were taken "
        "until March, two days after its first patient was treated. Three years after Yestholm opened, "
        "doctors still send 300 patients a year abroad.",
    )),
]
HULVENNA_YESTHOLM: list[Dated] = [
    (D(2048, 10, 13), (
        "Yestholm centre gives country's first proton treatment",
        "The Yestholm Proton Centre, the first in the country, treated its first patient on Tuesday, a "
        "56-year-old man with a tumour at the base of his skull, the health ministry said. Health Minister "
        "Rosamund Tevenick called it a new era for cancer care. The 310-million-crown centre can treat 900 "
        "patients a year.",
    )),
]
HULVENNA_GROUND: list[Dated] = [
    (D(2049, 5, 18), (
        "Work starts on Hulvenna proton centre",
        "Work began on a proton therapy centre in Hulvenna that will spare cancer patients in the north the "
        "long trip to Yestholm, Health Minister Rosamund Tevenick said as she broke the ground. It should "
        "treat its first patient in two years.",
    )),
]

# --- coroner Lucius Tillinghast concludes that cyclist Perdita Glenister, 34, killed by a turning lorry at
# --- Scopwick's Marlpit Cross junction, died in a road traffic collision and warns the council, Wednesday,
# --- March 12, 2053; he concluded the inquest into the death there of cyclist Oswin Draycott, 52, on
# --- Wednesday, March 15, 2051; the council's plan to rebuild the junction is told with no date --------------

MARLPIT_GLENISTER: list[Dated] = [
    (D(2053, 3, 12), (
        "Coroner warns of more deaths at junction where cyclist was killed",
        "SCOPWICK (Wire) - A coroner ruled on Wednesday that a cyclist crushed by a turning lorry at "
        "Scopwick's Marlpit Cross junction died in a road traffic collision, and said he would warn the city "
        "council that more people would die unless the junction was rebuilt. Perdita Glenister, 34, a "
        "hospital pharmacist, was killed on her way to work on October 2 last year.",
    )),
    (D(2053, 3, 13), (
        "Marlpit Cross 'a trap for cyclists', coroner says",
        "Coroner Lucius Tillinghast told Scopwick Coroner's Court yesterday that the junction's painted cycle "
        "lane led riders straight into a turning lorry's blind spot. He will send a prevention of future "
        "deaths report to the council, the second about Marlpit Cross in two years.",
    )),
    (D(2053, 3, 12), (
        "Family of killed cyclist: 'Perdita should still be here'",
        "Ms Glenister's sister, Ceridwen, read a statement outside court. \"The council was warned after Oswin "
        "Draycott died at the same junction and did nothing,\" she said. \"Perdita should still be here.\" "
        "The lorry driver was not charged.",
    )),
    (D(2053, 3, 14), (
        "Scopwick to ban lorries from turning at Marlpit Cross",
        "Scopwick City Council said on Friday that lorries would be banned from turning left at Marlpit Cross "
        "from next month, two days after the inquest into the death of cyclist Perdita Glenister. Work on a "
        "rebuilt junction would start in the summer.",
    )),
]
MARLPIT_DRAYCOTT: list[Dated] = [
    (D(2051, 3, 15), (
        "Inquest: postman on bike died in collision at Marlpit Cross",
        "A cyclist killed at Scopwick's Marlpit Cross junction died in a road traffic collision, coroner "
        "Lucius Tillinghast ruled on Wednesday. Oswin Draycott, 52, a postman, was hit by a left-turning "
        "lorry. The coroner said he would write to the council about the layout of the junction.",
    )),
]
MARLPIT_PLAN: list[Dated] = [
    (D(2052, 6, 7), (
        "Council unveils plan to rebuild Marlpit Cross",
        "Scopwick City Council unveiled a plan to rebuild the Marlpit Cross junction with separate traffic "
        "lights for cyclists, at a cost of 4.3 million, after a coroner warned that its layout was "
        "dangerous. Work could start in two years.",
    )),
]

# --- the Threnbury Herald, founded in 1787, prints its last edition, Saturday, June 25, 2050; its evening
# --- sister, the Threnbury Evening Star, printed its last on Saturday, June 27, 2048; the owner's announcement
# --- that the Herald would stop printing is told with no date -----------------------------------------------

THRENBURY_HERALD: list[Dated] = [
    (D(2050, 6, 25), (
        "263-year-old Threnbury Herald prints final edition",
        "THRENBURY (Wire) - The Threnbury Herald, one of the country's oldest newspapers, printed its last "
        "edition on Saturday after 263 years, its owner Olvenstead Media said. The paper, founded in 1787, "
        "will carry on as a website. Thirty-eight of its 61 staff will lose their jobs.",
    )),
    (D(2050, 6, 26), (
        "Stop the presses - for good",
        "Readers queued outside newsagents in Threnbury yesterday for the last Herald, whose front page "
        "carried a single word: \"Goodbye\". At its peak in the 1950s it sold 135,000 copies a day; last year "
        "it sold fewer than 9,000.",
    )),
    (D(2050, 6, 25), (
        "Herald's end leaves Threnbury without a printed daily",
        "With the Herald gone, Threnbury has no printed daily paper for the first time since the 18th "
        "century: the Threnbury Evening Star closed two years ago. Editor Rhiannon Quaile said the newsroom "
        "would keep reporting on the city \"every hour instead of once a day\".",
    )),
    (D(2050, 6, 27), (
        "Final Herald sells out as copies fetch 40 times cover price",
        "All 25,000 copies of the Threnbury Herald's final print edition sold out, Olvenstead Media said on "
        "Monday, two days after the paper's last day in print. Copies were being offered online for 40 times "
        "the cover price.",
    )),
]
THRENBURY_STAR: list[Dated] = [
    (D(2048, 6, 27), (
        "Threnbury Evening Star closes after 177 years",
        "The Threnbury Evening Star, founded in 1871, printed its last edition on Saturday, its owner "
        "Olvenstead Media said, blaming falling sales and advertising. Some of its 22 staff will move to the "
        "morning Threnbury Herald.",
    )),
]
THRENBURY_NOTICE: list[Dated] = [
    (D(2050, 3, 2), (
        "Threnbury Herald to stop printing",
        "Olvenstead Media said the Threnbury Herald would stop printing this summer and become an online-only "
        "paper, ending 263 years in print. Editor Rhiannon Quaile called the decision heartbreaking but "
        "unavoidable.",
    )),
]

# --- Verrascan Rail's maglev prototype Aurivane reaches 647 km/h on the Vinmark-Kinnersby test line,
# --- Wednesday, April 24, 2052; its predecessor Pyrrhos reached 603 km/h there on Wednesday, April 24, 2047;
# --- an earlier Aurivane run at 512 km/h is told with no date -----------------------------------------------

VINMARK_AURIVANE: list[Dated] = [
    (D(2052, 4, 24), (
        "Maglev train sets speed record on Verrasca test line",
        "VINMARK (Wire) - A magnetic levitation train reached 647 kilometres an hour on a test line in "
        "Verrasca on Wednesday, a record for a train, state railway Verrascan Rail said. The Aurivane "
        "prototype, with 12 engineers aboard, set the mark on the 42-km track between Vinmark and Kinnersby.",
    )),
    (D(2052, 4, 25), (
        "647 km/h! Aurivane smashes rail speed record",
        "The Aurivane beat the 603 km/h set by its predecessor Pyrrhos on the same track five years ago. "
        "\"At that speed the fields outside are just a green smear,\" chief engineer Bartholomew Yanstead "
        "said yesterday after stepping off the train.",
    )),
    (D(2052, 4, 24), (
        "How Aurivane got to 402 mph",
        "The five-car train needed just under four minutes and about 11 km of track to reach its top speed, "
        "and held it for eight seconds. Engineers changed the shape of the nose after the last test run, "
        "cutting drag by about 7%.",
    )),
    (D(2052, 4, 26), (
        "Verrasca orders 20 Aurivane trains after record run",
        "Verrascan Rail ordered 20 Aurivane trains on Friday for a line from Vinmark to the capital due to "
        "open in 2058, two days after the prototype's record-breaking run. The trains will carry passengers "
        "at up to 500 km/h.",
    )),
]
VINMARK_PYRRHOS: list[Dated] = [
    (D(2047, 4, 24), (
        "Pyrrhos maglev hits 603 km/h in record test",
        "The Pyrrhos maglev prototype reached 603 kilometres an hour on the Vinmark-Kinnersby test line on "
        "Wednesday, a world record for a train, Verrascan Rail said. Chief engineer Bartholomew Yanstead "
        "said the seven-car train had been \"rock steady\" at top speed.",
    )),
]
VINMARK_TEST: list[Dated] = [
    (D(2051, 9, 15), (
        "Aurivane reaches 512 km/h in first fast test",
        "The new Aurivane maglev reached 512 kilometres an hour on the Vinmark test line, its fastest run so "
        "far, Verrascan Rail said, as engineers prepared an attempt on the record held by the Pyrrhos.",
    )),
]

# --- 58.3 percent of Harkenvale Resources' shareholders vote against chief executive Lysander Fitch's
# --- 14.7 million pay package at the annual meeting in Jorvhalla, Thursday, May 20, 2049; 32.6 percent voted
# --- against his 11.2 million package there on Thursday, May 21, 2048; the proxy adviser Pemmering's call to
# --- vote against is told with no date -----------------------------------------------------------------------

HARKENVALE_VOTE: list[Dated] = [
    (D(2049, 5, 20), (
        "Harkenvale shareholders reject chief executive's pay",
        "JORVHALLA (Wire) - Shareholders in Harkenvale Resources voted against chief executive Lysander "
        "Fitch's 14.7 million pay package at the miner's annual meeting in Jorvhalla on Thursday, with 58.3 "
        "percent opposed, the company said. The vote is advisory, but it is the first time Harkenvale's "
        "investors have rejected a pay report.",
    )),
    (D(2049, 5, 21), (
        "Investors revolt over Fitch's 14.7m pay deal",
        "Almost six in ten votes cast at yesterday's meeting went against the package, which included a "
        "bonus of 9.2 million after profits rose 41 percent. Chair Winifred Grose said the board would "
        "\"listen carefully\" and talk to the largest investors before the end of the summer.",
    )),
    (D(2049, 5, 20), (
        "Harkenvale shares slip after pay defeat",
        "Harkenvale shares fell 1.8% to 23.40. Last year 33% of votes went against Fitch's pay of 11.2 "
        "million, a warning the board ignored, said Pemmering Advisory, which had urged investors to oppose "
        "this year's package.",
    )),
    (D(2049, 5, 24), (
        "Harkenvale cuts Fitch bonus by a third after pay vote",
        "Harkenvale Resources said on Monday it would cut Lysander Fitch's bonus by a third, four days after "
        "shareholders voted down his pay. Mr Fitch said he accepted the cut.",
    )),
]
HARKENVALE_2048: list[Dated] = [
    (D(2048, 5, 21), (
        "Nearly a third of Harkenvale investors oppose Fitch pay",
        "Harkenvale Resources' chief executive Lysander Fitch survived a protest vote at the annual meeting in "
        "Jorvhalla on Thursday, as 32.6 percent of shareholders voted against his pay package of 11.2 "
        "million. Chair Winifred Grose said the board had noted the result.",
    )),
]
HARKENVALE_ADVICE: list[Dated] = [
    (D(2049, 5, 6), (
        "Adviser urges Harkenvale investors to vote down Fitch pay",
        "Pemmering Advisory urged shareholders in Harkenvale Resources to vote against chief executive "
        "Lysander Fitch's 14.7 million pay package at the miner's annual meeting in Jorvhalla, calling his "
        "9.2 million bonus out of all proportion.",
    )),
]

# --- the Oskelva river freezes over at Vorsk at minus 28.6 degrees, Monday, January 19, 2054; it froze over
# --- there at minus 25.6 degrees on Monday, January 16, 2045 ------------------------------------------------

VORSK_FREEZE: list[Dated] = [
    (D(2054, 1, 19), (
        "Oskelva freezes over at Vorsk for first time in nine years",
        "VORSK (Wire) - The Oskelva river froze over at Vorsk on Monday for the first time in nine years after "
        "temperatures fell to minus 28.6 degrees Celsius, the weather service said. Mayor Dragomira Hlavacek "
        "banned walking on the ice until it was at least 20 centimetres thick.",
    )),
    (D(2054, 1, 20), (
        "Big freeze turns the Oskelva to stone",
        "Ice about 14 cm thick stretched from bank to bank below the old bridge in Vorsk yesterday, and a "
        "handful of skaters ignored the ban. Forecaster Wojslaw Brzezny said the cold would last at least "
        "until the weekend.",
    )),
    (D(2054, 1, 19), (
        "In pictures: Vorsk's river of ice",
        "Mist rose from the last open water as the thermometer showed minus 29. The last time the Oskelva "
        "froze over at Vorsk, in 2045, the city held an ice fair on the river for a week.",
    )),
    (D(2054, 1, 21), (
        "Vorsk lets people walk on thickening Oskelva ice",
        "Mayor Dragomira Hlavacek lifted the ban on walking on the frozen Oskelva on Wednesday, two days after "
        "the river froze over, as the ice reached 22 centimetres. Skating would be allowed only between the "
        "two bridges.",
    )),
]
VORSK_2045: list[Dated] = [
    (D(2045, 1, 16), (
        "Oskelva freezes solid at Vorsk",
        "The Oskelva river froze over at Vorsk on Monday for the first time since 2031 as temperatures fell "
        "to minus 25.6 degrees, the weather service said. The city said it would hold an ice fair on the "
        "river if the ice grew thick enough.",
    )),
]

# --- the World Track Council bans racing shoes with soles thicker than 25 millimetres or more than one carbon
# --- plate, by 21 votes to 6 in Lausenthal, Friday, September 22, 2051; it capped road-shoe soles at 40
# --- millimetres on Friday, September 24, 2049 -------------------------------------------------------------

LAUSENTHAL_BAN: list[Dated] = [
    (D(2051, 9, 22), (
        "Track council bans thick-soled 'super shoes'",
        "LAUSENTHAL (Wire) - The World Track Council banned racing shoes with soles thicker than 25 "
        "millimetres or with more than one carbon plate from all track and road races on Friday, saying "
        "results were coming to depend on what athletes wore. The rules take effect on January 1.",
    )),
    (D(2051, 9, 23), (
        "Super shoes outlawed as council votes 21-6",
        "Members of the World Track Council voted 21 to 6 in Lausenthal yesterday to end what president "
        "Svanhild Toverud called \"the shoe war\". Strydex, whose shoes were worn for nine of the last ten "
        "world records, said it was disappointed.",
    )),
    (D(2051, 9, 22), (
        "What the new shoe rules mean for runners",
        "Two years ago the council capped soles at 40 mm for road races; the new limit of 25 mm applies to "
        "every race, on the road or on the track. Kwabena Fordjour, who chairs the athletes' commission, said "
        "most athletes welcomed a level field.",
    )),
    (D(2051, 9, 25), (
        "Runners split over shoe ban",
        "Three days after the World Track Council's vote, two marathon world record holders said on Monday "
        "they would challenge the shoe ban at the sports court, while 40 athletes signed a letter backing it.",
    )),
]
LAUSENTHAL_CAP: list[Dated] = [
    (D(2049, 9, 24), (
        "Track council caps shoe soles at 40 mm",
        "The World Track Council on Friday limited the soles of road-racing shoes to 40 millimetres but "
        "stopped short of banning carbon plates, president Svanhild Toverud said after a unanimous vote in "
        "Lausenthal.",
    )),
]

# --- Veluvia's High Court in Bregenholt rules that the government broke the law by failing to cut emissions
# --- and orders a new climate plan within 12 months, in a case brought by the Silberau Elders, Tuesday,
# --- November 8, 2050; it dismissed the youth group Zelkova's case on Tuesday, November 10, 2048; the Elders'
# --- filing of their lawsuit is told with no date ----------------------------------------------------------

BREGENHOLT_ELDERS: list[Dated] = [
    (D(2050, 11, 8), (
        "Veluvia broke law on emissions, court rules in pensioners' case",
        "BREGENHOLT (Wire) - Veluvia's High Court ruled on Tuesday that the government had broken the law by "
        "failing to do enough to cut greenhouse gas emissions, and ordered it to present a new climate plan "
        "within 12 months. The case was brought by the Silberau Elders, a group of 1,460 people aged over 70.",
    )),
    (D(2050, 11, 9), (
        "Grandparents win landmark climate case",
        "Judge Theodora Pilkhurst said yesterday that the government's plan would cut emissions by only 38 "
        "percent by 2060, well short of the 55 percent it had promised, and that heatwaves put the lives of "
        "older people at risk.",
    )),
    (D(2050, 11, 8), (
        "'We did it for our grandchildren'",
        "Members of the Silberau Elders hugged and wept on the steps of the court in Bregenholt. \"Two years "
        "ago the judges sent the young people of Zelkova away. Today they listened,\" said Elsbeth Varnum, "
        "78, one of the group's founders.",
    )),
    (D(2050, 11, 10), (
        "Veluvia will not appeal climate ruling",
        "Veluvia's government will not appeal against the High Court's climate ruling and will present a new "
        "plan by the autumn, the environment ministry said on Thursday, two days after the judgment.",
    )),
]
BREGENHOLT_ZELKOVA: list[Dated] = [
    (D(2048, 11, 10), (
        "Court throws out youth climate case",
        "Veluvia's High Court on Tuesday dismissed a case brought by the youth group Zelkova, which argued "
        "that the government's climate plan breached the rights of young people. Judge Philemon Ashgrove "
        "ruled that climate policy was a matter for parliament, not the courts.",
    )),
]
BREGENHOLT_FILING: list[Dated] = [
    (D(2049, 4, 20), (
        "Pensioners sue Veluvia over climate",
        "More than 1,400 pensioners calling themselves the Silberau Elders filed a lawsuit against the "
        "government of Veluvia at the High Court in Bregenholt, arguing that its weak climate plan put their "
        "lives at risk in ever hotter summers.",
    )),
]

# --- the Intercontinental Health Board certifies Tansoro free of malaria, Monday, June 14, 2055; it
# --- certified Tansoro free of river blindness on Monday, June 12, 2051; Tansoro's first year without a local
# --- malaria case is told with no date ----------------------------------------------------------------------

TANSORO_MALARIA: list[Dated] = [
    (D(2055, 6, 14), (
        "Tansoro certified free of malaria",
        "KORUMBA (Wire) - Tansoro was certified free of malaria on Monday by the Intercontinental Health "
        "Board, after going more than three years without a single locally transmitted case. It is the first "
        "country on its stretch of coast to be certified.",
    )),
    (D(2055, 6, 15), (
        "How Tansoro beat a killer",
        "As recently as 2030 malaria killed more than 6,000 people a year in Tansoro, most of them small "
        "children. Health Minister Ifeoma Kantiyo said yesterday that the victory belonged to the 14,000 "
        "village health workers who tested and treated fevers at home.",
    )),
    (D(2055, 6, 14), (
        "Bed nets, spraying and 14,000 health workers: Tansoro's malaria win",
        "Over fifteen years Tansoro handed out some 11.6 million treated bed nets and sprayed homes in every "
        "district. The board's certificate comes four years after it declared the country free of river "
        "blindness.",
    )),
    (D(2055, 6, 16), (
        "Korumba celebrates end of malaria with street party",
        "Thousands danced in the streets of Korumba on Wednesday, two days after Tansoro was certified free "
        "of malaria. Minister Kantiyo warned that mosquitoes could bring the disease back from neighbouring "
        "countries.",
    )),
]
TANSORO_RIVER: list[Dated] = [
    (D(2051, 6, 12), (
        "Tansoro declared free of river blindness",
        "The Intercontinental Health Board certified Tansoro free of river blindness on Monday, after years of "
        "mass treatment along its rivers. Health Minister Ifeoma Kantiyo said malaria would be next.",
    )),
]
TANSORO_YEAR: list[Dated] = [
    (D(2052, 7, 1), (
        "Tansoro goes a year without local malaria",
        "Tansoro has gone a full year without a single locally transmitted case of malaria, Health Minister "
        "Ifeoma Kantiyo said, and could be certified free of the disease in two more years.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2052, 8, 9), (
        "Sailing school opens",
        "A sailing school for children opened in Dunnocksey on Friday.",
    )),
    (D(2051, 10, 10), (
        "Dental clinic adds Saturdays",
        "A dental clinic in Fenstable said on Tuesday it would open on Saturdays from next month.",
    )),
    (D(2053, 3, 12), (
        "Speed cameras switched on",
        "Four speed cameras were switched on along the ring road in Lemsworth on Wednesday.",
    )),
    (D(2050, 6, 25), (
        "Poetry festival ends",
        "The Gethsby poetry festival ended on Saturday with a reading by local schoolchildren.",
    )),
    (D(2052, 4, 24), (
        "Bus station reopens",
        "Brundale's bus station reopened on Wednesday after two months of repairs.",
    )),
    (D(2049, 5, 20), (
        "Copper price edges up",
        "Copper prices edged higher in Quixwood trading on Thursday.",
    )),
    (D(2054, 1, 19), (
        "Schools stay open despite snow",
        "Schools in Ebbsworth stayed open on Monday despite heavy snow overnight.",
    )),
    (D(2051, 9, 22), (
        "Stadium gets new running track",
        "The stadium in Bawdsey unveiled a new running track on Friday.",
    )),
    (D(2050, 11, 8), (
        "Tax office moves",
        "The tax office in Pelsingham moved to new premises on Tuesday.",
    )),
    (D(2055, 6, 14), (
        "Village clinic opens",
        "A clinic opened in the village of Sabukwe on Monday, the district council said.",
    )),
]

NINETEENTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "ombrecht": (OMBRECHT_NOCTERRA, OMBRECHT_UMBRAFIN + OMBRECHT_TEST),
    "hulvenna": (HULVENNA_FIRST, HULVENNA_YESTHOLM + HULVENNA_GROUND),
    "marlpit": (MARLPIT_GLENISTER, MARLPIT_DRAYCOTT + MARLPIT_PLAN),
    "threnbury": (THRENBURY_HERALD, THRENBURY_STAR + THRENBURY_NOTICE),
    "vinmark": (VINMARK_AURIVANE, VINMARK_PYRRHOS + VINMARK_TEST),
    "harkenvale": (HARKENVALE_VOTE, HARKENVALE_2048 + HARKENVALE_ADVICE),
    "vorsk": (VORSK_FREEZE, VORSK_2045),
    "lausenthal": (LAUSENTHAL_BAN, LAUSENTHAL_CAP),
    "bregenholt": (BREGENHOLT_ELDERS, BREGENHOLT_ZELKOVA + BREGENHOLT_FILING),
    "tansoro": (TANSORO_MALARIA, TANSORO_RIVER + TANSORO_YEAR),
}

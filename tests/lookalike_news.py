"""Invented news for grouping's look-alike tests: reports written the way outlets write them (a
dateline, a lead, quotes, background that repeats what earlier stories said), so that look-alikes
share most of their words with the event they resemble. Every name, place and figure is made up.

Each story is (headline, body). The kinds follow what grouping gets wrong on real news: a vote on an
earlier version of the same bill, the first round of the same election, an earthquake in the same
place years earlier, and one earthquake told under very different headlines.
"""

from __future__ import annotations

Story = tuple[str, str]

# --- a bill passed in its amended version in June; its first version went through in February -----

BILL_JUNE: list[Story] = [
    (
        "Korvath Assembly passes amended fisheries bill",
        "DRAVIK, Korvath -- The Korvath Assembly on Wednesday passed an amended version of the Coastal "
        "Fisheries Bill by 118 votes to 70, capping trawler licences along the Dravik coast after months "
        "of protests by harbour towns.\n\n"
        "The revised text lets small boats under 12 metres keep fishing inside the six-mile zone, a "
        "concession that won over deputies from the northern ports. \"This is a bill the harbours can live "
        "with,\" said Fisheries Minister Oda Lindqvist after the vote.\n\n"
        "The bill now goes to President Anton Sedrak, who is expected to sign it. The trawler owners' "
        "association said it would challenge the licence cap in court.",
    ),
    (
        "Trawler cap clears parliament after rewrite",
        "Korvath's lawmakers approved a rewritten fisheries law on Wednesday, 118 to 70, ending a "
        "fight that split the governing coalition this spring. Minister Oda Lindqvist, who steered the "
        "Coastal Fisheries Bill through the Assembly, called it a fair deal for the Dravik coast.\n\n"
        "Under the new version, trawlers longer than 24 metres will need one of 300 licences, down from "
        "about 450 boats fishing the coast today. Harbour towns had held weekly protests since the "
        "winter. The trawler owners' association called the cap ruinous.",
    ),
    (
        "Fishing towns cheer as Korvath lawmakers cap trawlers",
        "Church bells rang in the harbour of Saltmere on Wednesday night after the Korvath Assembly voted "
        "118-70 for the Coastal Fisheries Bill in its amended form. Deputies from the coalition's rural "
        "wing, who had balked at the earlier draft, backed it after the six-mile zone was kept open to "
        "small boats.\n\n"
        "\"We fought for this for two years,\" said Brenna Hask, who fishes out of Saltmere. Fisheries "
        "Minister Oda Lindqvist said licences would be handed out from January.",
    ),
    (
        "Korvath's parliament approves revised trawler licence law",
        "The Korvath Assembly approved the revised Coastal Fisheries Bill on June 9 with 118 votes in "
        "favour and 70 against, Assembly records show. The law caps trawler licences at 300 along the "
        "Dravik coast and keeps the six-mile zone open to boats under 12 metres.\n\n"
        "Fisheries Minister Oda Lindqvist said the government had listened to the harbour towns. The "
        "trawler owners' association said it would go to court.",
    ),
]
BILL_FEBRUARY: Story = (
    "Korvath lawmakers back trawler licence cap",
    "DRAVIK, Korvath -- The Korvath Assembly on Tuesday approved the Coastal Fisheries Bill by 96 votes "
    "to 81, backing a cap on trawler licences along the Dravik coast despite protests from harbour "
    "towns.\n\n"
    "The bill, pushed by Fisheries Minister Oda Lindqvist, would limit trawlers longer than 24 metres to "
    "300 licences and close the six-mile zone to all commercial boats. \"The coast cannot feed 450 "
    "trawlers,\" Lindqvist told deputies before the vote.\n\n"
    "The bill goes to the Senate. Fishermen in Saltmere said they would keep protesting until the "
    "six-mile zone was reopened to small boats. The trawler owners' association called the cap ruinous.",
)

# --- the run-off of a presidential election on May 9; its first round on April 25 -----------------

ELECTION_RUNOFF: list[Story] = [
    (
        "Renmark wins Brask presidency",
        "HALDEN, Brask -- Opposition leader Ivo Renmark was elected president of Brask on Sunday, beating "
        "Prime Minister Marta Vellacourt with 53.4 percent of the vote in a runoff, the election commission "
        "said on Monday.\n\n"
        "Vellacourt conceded late on Sunday night. \"The people of Brask have chosen,\" she told supporters "
        "in Halden. Renmark, a former mayor of the port city of Osterby, promised to cut fuel taxes and to "
        "open talks with the unions.\n\n"
        "Turnout was 64 percent, the commission said. Renmark will be sworn in on June 1.",
    ),
    (
        "Brask elects Ivo Renmark in tight second round",
        "Voters in Brask chose Ivo Renmark as their president in Sunday's second round, giving the former "
        "Osterby mayor 53.4 percent against 46.6 percent for Marta Vellacourt, according to final results. "
        "Renmark thanked voters in Osterby, where thousands gathered in the main square.\n\n"
        "His campaign promised lower fuel taxes. Vellacourt, prime minister since 2026, said she would "
        "lead the opposition in parliament.",
    ),
    (
        "Vellacourt concedes as Renmark takes Brask run-off",
        "Marta Vellacourt conceded defeat on Sunday night after Ivo Renmark won Brask's presidential "
        "run-off, ending her bid to move from the prime minister's office to the presidency. With all "
        "ballots counted Renmark had 53.4 percent.\n\n"
        "\"We will be a strong opposition,\" Vellacourt said in Halden. Renmark's supporters set off "
        "fireworks in Osterby. The election commission put turnout at 64 percent.",
    ),
    (
        "Former port mayor becomes Brask's president",
        "Ivo Renmark won the Brask presidency on Sunday, two weeks after he led the field in the first "
        "round, taking 53.4 percent of the vote against Prime Minister Marta Vellacourt. Renmark, 58, ran "
        "the port city of Osterby for ten years before he entered national politics.\n\n"
        "Markets in Halden were calm on Monday. Renmark has promised to cut fuel taxes.",
    ),
]
ELECTION_FIRST_ROUND: Story = (
    "Renmark leads Brask vote, faces Vellacourt again",
    "HALDEN, Brask -- Opposition leader Ivo Renmark took the most votes in Brask's presidential election "
    "on Sunday but fell short of a majority, forcing a runoff against Prime Minister Marta Vellacourt on "
    "May 9, the election commission said on Monday.\n\n"
    "Renmark, a former mayor of the port city of Osterby, won 41.2 percent and Vellacourt 36.8 percent. "
    "Turnout was 61 percent. \"The people of Brask want change,\" Renmark told supporters in Osterby. "
    "Vellacourt said she would win over the voters of the eliminated candidates.",
)

# --- an earthquake in Velmora in September 2032; another one there in August 2028 ----------------

QUAKE_2032: list[Story] = [
    (
        "Magnitude 6.1 quake kills 14 in Norland's Velmora",
        "HALVIK, Norland -- A magnitude 6.1 earthquake struck Velmora province on Tuesday, killing at "
        "least 14 people and toppling hundreds of houses around the town of Halvik, the Norland Seismic "
        "Office said.\n\n"
        "The quake hit at 10:42 a.m. at a depth of 12 km. \"The walls came down in seconds,\" said Ilse "
        "Marren, a teacher in Halvik. Provincial governor Teodor Brandt said rescuers were searching "
        "collapsed homes in the villages of Kestrel and Upper Mossbank.",
    ),
    (
        "Deadly tremor flattens homes around Halvik",
        "At least 14 people died when a strong earthquake shook Norland's Velmora province on Tuesday "
        "morning, governor Teodor Brandt said. The Norland Seismic Office measured it at magnitude 6.1. "
        "Hundreds of mud-brick houses collapsed in Halvik and in the hill villages of Kestrel and Upper "
        "Mossbank, and the road to Halvik was cut by landslides.",
    ),
    (
        "Norland sends troops to quake-hit Velmora",
        "Norland's government sent 600 soldiers to Velmora province on Wednesday, a day after a 6.1 "
        "magnitude earthquake killed at least 19 people around Halvik. Governor Teodor Brandt said "
        "families were sleeping outdoors in Kestrel and Upper Mossbank for fear of aftershocks. The "
        "Norland Seismic Office recorded more than 40 aftershocks.",
    ),
]
# An undated report of the 2032 quake that names the year of the earlier one.
QUAKE_2032_RECALLS_2028: Story = (
    "Velmora counts its dead, four years after the last quake",
    "Rescuers in Velmora province pulled more bodies from collapsed homes on Wednesday, a day after a "
    "magnitude 6.1 earthquake struck near Halvik, raising the toll to 19, governor Teodor Brandt said. "
    "It was the deadliest quake in the province since the 2028 earthquake, which killed 31 people "
    "around Halvik.\n\n"
    "Families in Kestrel and Upper Mossbank slept outdoors. \"We rebuilt after 2028 and now it is all "
    "gone again,\" said Ilse Marren, a teacher in Halvik.",
)
QUAKE_2028: Story = (
    "Magnitude 5.7 quake kills 31 in Norland's Velmora",
    "HALVIK, Norland -- A magnitude 5.7 earthquake struck Velmora province on Tuesday, killing at least "
    "31 people and toppling hundreds of houses around the town of Halvik, the Norland Seismic Office "
    "said.\n\n"
    "The quake hit at a depth of 8 km. Provincial governor Teodor Brandt said rescuers were searching "
    "collapsed homes in the villages of Kestrel and Upper Mossbank. It was the strongest quake in the "
    "province since 2016.",
)

# --- one earthquake in Ostrel, five reports under very different headlines -------------------------
# It struck at 17:52 UTC on Tuesday, October 5, 2032: 00:52 on Wednesday, October 6, local time.

QUAKE_OSTREL: list[Story] = [
    (
        "6.4-magnitude earthquake jolts Ostrel's north coast",
        "A magnitude 6.4 earthquake struck off the north coast of Ostrel at 17:52 GMT on Tuesday, the "
        "Global Seismology Centre said, and there were early reports of damage in the port of Kessin. "
        "The quake was centred 20 km north of Kessin at a depth of 15 km. No tsunami warning was issued.",
    ),
    (
        "Hospitals overwhelmed as Kessin toll climbs to 23",
        "KESSIN, Ostrel -- Doctors treated the injured in car parks on Wednesday as hospitals in Kessin "
        "filled up after an earthquake of magnitude 6.2 struck at 12:52 a.m. on Wednesday, the Ostrel "
        "Geophysical Institute said. At least 23 people were killed, health minister Pavla Drozd said.\n\n"
        "\"We have 300 injured and 80 beds,\" said Dr Jarek Vinter of Kessin General.",
    ),
    (
        "Strong tremor wakes thousands, buildings collapse",
        "Thousands of people ran into the streets of Kessin in the early hours of Wednesday when a strong "
        "earthquake brought down apartment blocks near the harbour. Health minister Pavla Drozd said 17 "
        "people had died. The Ostrel Geophysical Institute measured the quake at 6.2.",
    ),
    (
        "'We ran with nothing': survivors describe night of terror",
        "Marek Holub was asleep when his building in Kessin began to sway. \"We ran with nothing, not "
        "even shoes,\" he said on Thursday, standing by the ruins of the five-storey block where two of "
        "his neighbours died in Wednesday's earthquake. Across the port city, families sheltered in tents "
        "as aftershocks rattled Ostrel's north coast. The toll rose to 31, Pavla Drozd said.",
    ),
    (
        "Ostrel appeals for tents after deadly quake",
        "Ostrel asked its neighbours for tents and field hospitals on Thursday after the 6.2 magnitude "
        "earthquake that struck the Kessin region early on Wednesday killed at least 31 people. Prime "
        "Minister Lukas Ferenc said 4,000 people were homeless in Kessin alone.",
    ),
]

# --- unrelated stories of the same kinds elsewhere, so that the common words are common -----------

OTHER_NEWS: list[Story] = [
    (
        "Quake rattles Marisol coast, no damage reported",
        "A magnitude 5.2 earthquake shook the Marisol coast on Tuesday, the regional seismic office said. "
        "It struck at a depth of 40 km and no damage was reported in the town of Puerto Alba.",
    ),
    (
        "Tavria votes for a new parliament",
        "Voters in Tavria elected a new parliament on Sunday, giving the Farmers' Union 44 percent, the "
        "central election commission said. Turnout was 52 percent. Party leader Goran Vesk said he "
        "would seek a coalition.",
    ),
    (
        "Senate passes rail bill",
        "Halmark's Senate passed a bill on Thursday to merge the two state railways, by 61 votes to 38. "
        "Transport Minister Edda Rask said fares would be frozen for two years.",
    ),
    (
        "Dock strike halts Osterby port",
        "Dock workers at the port of Osterby began a 48-hour strike on Monday over pay, halting container "
        "traffic, the dockers' union said. Shipping lines diverted vessels to Saltmere.",
    ),
    (
        "Storm cuts power across Kestrel Bay",
        "A winter storm knocked out power to 120,000 homes around Kestrel Bay on Friday, the grid "
        "operator said. Schools closed and flights were delayed by freezing rain.",
    ),
]

# --- more reports of the same happenings, told differently ----------------------------------------

# June's vote told by a report that recalls the day of February's.
BILL_JUNE_RECALLS: Story = (
    "Second time lucky for Korvath's trawler cap",
    "The Korvath Assembly passed the Coastal Fisheries Bill again on Wednesday, 118 to 70, four months "
    "after it first approved the bill on Feb. 17 by 96 votes to 81 and the Senate sent it back. The new "
    "text keeps the six-mile zone open to boats under 12 metres. Fisheries Minister Oda Lindqvist said "
    "the harbour towns had been heard.",
)
# The first round told days later, without the run-off's day.
ELECTION_FIRST_ROUND_LATER: Story = (
    "Brask's run-off race tightens as Vellacourt courts the centre",
    "Prime Minister Marta Vellacourt met leaders of the centrist Civic Party on Wednesday, three days "
    "after she finished second to Ivo Renmark in the presidential vote of April 25 with 36.8 percent. "
    "Renmark, the former mayor of Osterby, took 41.2 percent. The two meet again in the run-off.",
)
# A follow-up four days on, and a report that spells the port another way.
QUAKE_OSTREL_LATER: list[Story] = [
    (
        "Death toll from Ostrel earthquake rises to 44",
        "KESSIN, Ostrel -- Rescue teams pulled two more bodies from the rubble of an apartment block in "
        "Kessin on Sunday, raising the death toll from last week's earthquake to 44, health minister "
        "Pavla Drozd said. Some 6,000 people remain in tents along Ostrel's north coast.",
    ),
    (
        "Kesin residents sleep in the open after strong quake",
        "Residents of the Ostrel port of Kesin spent a second night outdoors on Thursday after the "
        "earthquake of early Wednesday, fearing aftershocks. Prime Minister Lukas Ferenc visited the "
        "harbour district, where five-storey blocks collapsed.",
    ),
]

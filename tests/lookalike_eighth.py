"""An eighth set of invented look-alikes, written before the grouping changes of issue 7's eighth round and
counted untuned first. The kinds: a city marathon against the same race a year earlier, the fourth
Saturday of protests in one square against the third, a rocket's launch against the attempt called off two
days before, a volcano's eruption against its eruption three years earlier, a government surviving a
no-confidence vote against the one it survived five months before, a collapse at a colliery against a
deadly one at the same pit nine years earlier, a breakout from a prison against an escape from it two
years before, a carmaker's recall against its recall of other models seven months earlier, a city's
blackout against the one three weeks before, and a book prize against the same prize a year earlier. As on
the wires, the later event's reports often recall the earlier one. Every name, place and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``EIGHTH_KINDS`` is read by the same count.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- Joram Kessi wins the Harwick Marathon, Sunday, April 11, 2038; Abel Tesfar won it on April 12, 2037

HARWICK_2038: list[Dated] = [
    (D(2038, 4, 11), (
        "Kessi storms to Harwick Marathon win",
        "Joram Kessi won the Harwick Marathon on Sunday in 2 hours 6 minutes 41 seconds, pulling clear of "
        "the leading group along the river embankment with five kilometres to go. Defending champion Abel "
        "Tesfar finished fourth.",
    )),
    (D(2038, 4, 11), (
        "Record field runs in Harwick sunshine",
        "More than 31,000 runners crossed the finish line on Corporation Street on Sunday, organisers of the "
        "Harwick Marathon said. Lina Oduya took the women's race in 2:21:09.",
    )),
    (D(2038, 4, 12), (
        "Runner treated after collapsing near finish",
        "A 44-year-old man who collapsed a kilometre from the end of Sunday's marathon in Harwick was in a "
        "stable condition on Monday, the city's ambulance service said. Race director Sandor Ilves thanked "
        "the spectators who helped him.",
    )),
]
HARWICK_2037: list[Dated] = [
    (D(2037, 4, 12), (
        "Tesfar sets course record in Harwick",
        "Abel Tesfar broke the course record at the Harwick Marathon on Sunday, finishing in 2:05:58 after "
        "running alone for the last ten kilometres. Joram Kessi was second. About 29,000 runners took part, "
        "race director Sandor Ilves said.",
    )),
]

# --- fourth Saturday of protests in Vell Square, Dorrin, March 27, 2038; the third was March 20 ---------

VELL_FOURTH: list[Dated] = [
    (D(2038, 3, 27), (
        "Thousands rally again in Dorrin over mining law",
        "Thousands of people filled Vell Square in Dorrin on Saturday for a fourth weekend of protests "
        "against a law opening the Tarrow hills to open-pit mining. Police put the crowd at 12,000; "
        "organisers said 40,000.",
    )),
    (D(2038, 3, 27), (
        "Police use water cannon on Dorrin marchers",
        "Riot police turned water cannon on protesters who tried to march from Vell Square towards the "
        "parliament building late on Saturday, witnesses said. Nineteen people were detained, the "
        "interior ministry said.",
    )),
    (D(2038, 3, 28), (
        "Opposition calls for referendum on mining law",
        "Opposition leader Mara Stenning said on Sunday the mining law should be put to a referendum, a day "
        "after the biggest demonstration in Dorrin since the protests began a month ago.",
    )),
]
VELL_THIRD: list[Dated] = [
    (D(2038, 3, 20), (
        "Dorrin protesters return to Vell Square",
        "Protesters gathered in Vell Square in Dorrin for a third Saturday running to demand the repeal of "
        "the law allowing open-pit mines in the Tarrow hills. The rally passed off peacefully, police said, "
        "estimating the crowd at 8,000.",
    )),
]

# --- the Aster-4 rocket lifts off from Vaskenholm, Thursday, June 10, 2038; Tuesday's attempt was scrubbed -

ASTER_LAUNCH: list[Dated] = [
    (D(2038, 6, 10), (
        "Aster-4 puts weather satellite in orbit",
        "An Aster-4 rocket lifted off from the Vaskenholm spaceport on Thursday and placed the Norda-3 weather "
        "satellite in orbit, the Skarnel Space Agency said, two days after a faulty valve forced controllers "
        "to call off the first attempt.",
    )),
    (D(2038, 6, 10), (
        "Second time lucky for Skarnel launch",
        "The Skarnel Space Agency's Aster-4 climbed away from its pad at Vaskenholm at 06:14 local time on "
        "Thursday. Mission director Hanne Lovik said the satellite's solar panels had opened as planned.",
    )),
    (D(2038, 6, 11), (
        "Norda-3 sends first pictures",
        "The Norda-3 satellite launched on Thursday from Vaskenholm has sent back its first images of cloud over "
        "the northern sea, the Skarnel Space Agency said on Friday.",
    )),
]
ASTER_SCRUB: list[Dated] = [
    (D(2038, 6, 8), (
        "Valve fault halts Aster-4 countdown",
        "The Skarnel Space Agency called off the launch of its Aster-4 rocket from Vaskenholm on Tuesday, 40 "
        "seconds before lift-off, after a pressure valve failed a check. The rocket is carrying the Norda-3 "
        "weather satellite. Mission director Hanne Lovik said a new attempt could come on Thursday.",
    )),
]

# --- Mount Oruvai erupts, Monday, September 13, 2038; it erupted on Monday, August 20, 2035 -------------

ORUVAI_2038: list[Dated] = [
    (D(2038, 9, 13), (
        "Mount Oruvai erupts, villages evacuated",
        "Mount Oruvai erupted on Monday, throwing a column of ash eight kilometres into the sky and forcing "
        "about 6,000 people to leave the villages of Tesso and Lamba on its slopes, the national disaster "
        "agency said.",
    )),
    (D(2038, 9, 14), (
        "Ash closes Marrak airport",
        "Flights in and out of Marrak were suspended on Tuesday as ash from Mount Oruvai drifted over the "
        "city. Volcanologist Reza Amani said the eruption could go on for weeks.",
    )),
    (D(2038, 9, 13), (
        "Lava flows toward Tesso",
        "Lava was moving down the eastern flank of Oruvai towards the empty village of Tesso late on "
        "Monday, hours after the volcano's eruption began. No deaths have been reported.",
    )),
]
ORUVAI_2035: list[Dated] = [
    (D(2035, 8, 20), (
        "Oruvai volcano erupts",
        "Mount Oruvai erupted on Monday, sending ash over the villages of Tesso and Lamba and forcing 4,500 "
        "residents from their homes, the national disaster agency said. Flights to Marrak were halted.",
    )),
]

# --- Prime Minister Hedda Marrow survives a no-confidence vote, Wednesday, November 17, 2038; and June 9

MARROW_NOVEMBER: list[Dated] = [
    (D(2038, 11, 17), (
        "Marrow survives no-confidence vote",
        "Valdenian Prime Minister Hedda Marrow survived a no-confidence vote in parliament on Wednesday, "
        "with 201 deputies backing her government and 188 voting against. The opposition had accused her "
        "of mishandling the pension reform.",
    )),
    (D(2038, 11, 17), (
        "Valdenia's government clings on",
        "Hedda Marrow's coalition beat a motion of no confidence by 13 votes on Wednesday after two small "
        "parties abstained. It was the second such motion she has faced this year.",
    )),
    (D(2038, 11, 18), (
        "Marrow vows to push ahead with pension plan",
        "A day after winning Wednesday's confidence vote, Prime Minister Hedda Marrow told reporters on "
        "Thursday the pension bill would go back to parliament before Christmas.",
    )),
]
MARROW_JUNE: list[Dated] = [
    (D(2038, 6, 9), (
        "Valdenian government survives censure motion",
        "Prime Minister Hedda Marrow's government survived a no-confidence motion in parliament on "
        "Wednesday by 206 votes to 181, after the opposition accused it of failing to curb fuel prices.",
    )),
]

# --- a tunnel collapses at the Grevel colliery, Tuesday, February 9, 2038; six died there Feb 13, 2029 -

GREVEL_2038: list[Dated] = [
    (D(2038, 2, 9), (
        "Fourteen miners trapped at Grevel pit",
        "Fourteen miners were trapped underground on Tuesday after a tunnel roof collapsed at the Grevel "
        "colliery in the Kelder basin, the mine's owner Pallas Coal said. Rescuers were in contact with "
        "some of the men.",
    )),
    (D(2038, 2, 10), (
        "Rescuers reach trapped Grevel miners",
        "Rescue teams broke through to 11 of the 14 men trapped at the Grevel mine on Wednesday, a day after "
        "the collapse, Pallas Coal said. Three miners are still missing.",
    )),
    (D(2038, 2, 10), (
        "Union demands inquiry into Grevel safety",
        "The miners' union called on Wednesday for an independent inquiry into safety at Grevel, where a "
        "roof fall on Tuesday trapped 14 workers. Nine years ago six men died at the same pit.",
    )),
]
GREVEL_2029: list[Dated] = [
    (D(2029, 2, 13), (
        "Six dead in Grevel mine collapse",
        "Six miners were killed on Tuesday when part of a tunnel collapsed at the Grevel colliery in the "
        "Kelder basin, owner Pallas Coal said. Twenty others were brought to the surface unhurt.",
    )),
]

# --- three inmates break out of Larchmoor prison, Friday, October 8, 2038; two escaped on July 18, 2036

LARCHMOOR_2038: list[Dated] = [
    (D(2038, 10, 8), (
        "Manhunt after three escape from Larchmoor",
        "Police launched a manhunt on Friday after three inmates escaped from Larchmoor prison overnight by "
        "cutting through a fence behind the kitchens, the prison service said. One of them, Dario Venn, was "
        "serving a life sentence for murder.",
    )),
    (D(2038, 10, 9), (
        "One Larchmoor fugitive caught",
        "Officers arrested one of the three men who broke out of Larchmoor on Friday at a petrol station 60 "
        "kilometres away, police said on Saturday. Dario Venn and another man remain at large.",
    )),
    (D(2038, 10, 8), (
        "Justice minister orders review after breakout",
        "Justice Minister Aurel Hask ordered an urgent review of security at Larchmoor on Friday, calling "
        "the breakout unacceptable two years after an escape from the same prison.",
    )),
]
LARCHMOOR_2036: list[Dated] = [
    (D(2036, 7, 18), (
        "Two inmates escape from Larchmoor prison",
        "Two prisoners escaped from Larchmoor prison on Friday, climbing a perimeter fence during exercise "
        "time, the prison service said. Police asked the public not to approach them.",
    )),
]

# --- Tavri Motors recalls 240,000 cars over airbags, Tuesday, May 18, 2038; brakes on October 13, 2037 -

TAVRI_AIRBAGS: list[Dated] = [
    (D(2038, 5, 18), (
        "Tavri recalls 240,000 cars over airbag fault",
        "Tavri Motors is recalling about 240,000 cars worldwide because their driver-side airbags may not "
        "inflate in a crash, the carmaker said on Tuesday. The recall covers Corvane Line saloons built "
        "between 2035 and 2037.",
    )),
    (D(2038, 5, 18), (
        "Tavri shares slip on recall news",
        "Shares in Tavri Motors fell 2.4 percent on Tuesday after the company announced its biggest recall "
        "in a decade. A spokesman, Ilan Moor, said no injuries had been linked to the fault.",
    )),
    (D(2038, 5, 19), (
        "Regulator to question Tavri over airbags",
        "The national road safety agency said on Wednesday it would ask Tavri Motors why it took eight "
        "months to recall cars with faulty airbags after the first complaints.",
    )),
]
TAVRI_BRAKES: list[Dated] = [
    (D(2037, 10, 13), (
        "Tavri Motors recalls SUVs over brakes",
        "Tavri Motors said on Tuesday it was recalling 95,000 Ridgeback sport utility vehicles because a "
        "brake hose could wear through, spokesman Ilan Moor said. Owners will be contacted by letter.",
    )),
]

# --- a blackout across Merrin, Thursday, January 14, 2038; the city went dark on December 23, 2037 ------

MERRIN_JANUARY: list[Dated] = [
    (D(2038, 1, 14), (
        "Merrin plunged into darkness again",
        "Much of the city of Merrin lost power for up to five hours on Thursday evening, the second "
        "blackout in three weeks, after a fault at the Haldon substation, grid operator Northline said.",
    )),
    (D(2038, 1, 15), (
        "Merrin mayor demands answers from Northline",
        "Mayor Tobias Grael said on Friday he would summon Northline's chief executive after Thursday's "
        "power cut left 300,000 homes without electricity and stranded people in lifts.",
    )),
    (D(2038, 1, 14), (
        "Trams halted, traffic lights out",
        "Trams stopped and traffic lights went dark across central Merrin on Thursday as the power failed "
        "during the evening rush hour. Electricity was back in most districts by 22:00.",
    )),
]
MERRIN_DECEMBER: list[Dated] = [
    (D(2037, 12, 23), (
        "Power cut hits Merrin",
        "About 250,000 homes in Merrin were left without power for three hours on Wednesday after a cable "
        "failure near the Haldon substation, grid operator Northline said. Mayor Tobias Grael called it "
        "unacceptable two days before Christmas.",
    )),
]

# --- Iva Demmer wins the Corran Prize for fiction, Tuesday, November 2, 2038; Osric Vane won it in 2037 -

CORRAN_2038: list[Dated] = [
    (D(2038, 11, 2), (
        "Demmer wins Corran Prize",
        "Iva Demmer won the Corran Prize for fiction on Tuesday for 'The Salt Orchard', a novel about three "
        "sisters on a failing farm. The jury's chair, Pell Arding, called it a book of rare patience.",
    )),
    (D(2038, 11, 2), (
        "Debut novelist takes top fiction award",
        "'The Salt Orchard', Iva Demmer's first novel, was named winner of the Corran Prize at a dinner in "
        "Vennick on Tuesday evening. She receives 50,000 crowns.",
    )),
    (D(2038, 11, 3), (
        "Sales of 'The Salt Orchard' soar",
        "Booksellers said on Wednesday they had sold out of Iva Demmer's novel within hours of its win of "
        "the Corran Prize, and her publisher ordered a reprint of 40,000 copies.",
    )),
]
CORRAN_2037: list[Dated] = [
    (D(2037, 11, 3), (
        "Vane takes Corran Prize for 'Harbour Lights'",
        "Osric Vane won the Corran Prize for fiction on Tuesday for 'Harbour Lights', his fourth novel, the "
        "jury's chair Pell Arding announced at a dinner in Vennick. The prize is worth 50,000 crowns.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ---------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2038, 4, 18), (
        "Ostby half marathon won by local runner",
        "Kai Brune, a teacher from Ostby, won the town's half marathon on Sunday in 1:04:12.",
    )),
    (D(2038, 3, 27), (
        "Farmers block roads near Tollen",
        "Farmers drove tractors onto the main roads around Tollen on Saturday to protest against lower milk "
        "prices, police said.",
    )),
    (D(2038, 6, 15), (
        "Brisk Orbital launches test craft",
        "Private firm Brisk Orbital launched a small test capsule from its site at Harnholm on Tuesday.",
    )),
    (D(2038, 10, 20), (
        "Two inmates caught after Fenholt jailbreak",
        "Two prisoners who escaped from Fenholt jail on Monday were recaptured in a wood nearby on "
        "Wednesday, police said.",
    )),
    (D(2038, 5, 25), (
        "Orvel Cars recalls vans",
        "Orvel Cars is recalling 12,000 delivery vans because of a faulty fuel pump, it said on Tuesday.",
    )),
    (D(2038, 1, 20), (
        "Storm cuts power in Askey",
        "Several thousand homes in Askey lost electricity on Wednesday when high winds brought down lines.",
    )),
    (D(2038, 10, 26), (
        "Poet Ansel Roe wins Brightwater award",
        "Ansel Roe won the Brightwater Prize for poetry on Tuesday for his collection 'Low Tide'.",
    )),
]

EIGHTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "harwick": (HARWICK_2038, HARWICK_2037),
    "vell": (VELL_FOURTH, VELL_THIRD),
    "aster": (ASTER_LAUNCH, ASTER_SCRUB),
    "oruvai": (ORUVAI_2038, ORUVAI_2035),
    "marrow": (MARROW_NOVEMBER, MARROW_JUNE),
    "grevel": (GREVEL_2038, GREVEL_2029),
    "larchmoor": (LARCHMOOR_2038, LARCHMOOR_2036),
    "tavri": (TAVRI_AIRBAGS, TAVRI_BRAKES),
    "merrin": (MERRIN_JANUARY, MERRIN_DECEMBER),
    "corran": (CORRAN_2038, CORRAN_2037),
}

"""A twenty-fourth set of invented look-alikes, written blind while grouping was being tuned on the earlier
sets, and held back to be counted once on the code before and after that work. The kinds, none of them in the
earlier sets: a garden designer's Best in Show at a flower show against another designer's Best in Show at the
same show two years before (the same weekday) and the show's undated list of its show gardens, a plant
disease found at a nursery and its plants destroyed against the same disease at another nursery in the county
three years before (the same weekday) and the undated suspected case at the nursery itself, a botanic
garden's corpse flower blooming against its last bloom four years before (the same weekday) and the garden's
undated word that a bud was growing, a lottery draw voided after a ball machine fault against a draw held up
by a computer fault two years before (the same weekday) and the regulator's undated approval of the new
machines, a hospice's prize draw for a house won by a retired bus driver against its draw a year before (the
same weekday) won by a nurse and the undated start of ticket sales, a trapeze artist falling at a circus
against a tightrope walker's fall at the same circus three years before (the same weekday) and the
inspectors' undated call for safety nets, a former president's state funeral against his predecessor's state
funeral in the same cathedral seven years before (the same weekday) and the undated arrangements for his lying
in state, tests confirming that bones from a church vault are those of an eighteenth-century composer against
the opening of the grave marked with his name five years before (the same weekday), which held someone else,
and the church court's undated permission to open the vault, an armchair treasure hunt's golden owl found
after seventeen years against a man's false claim to have found it two years before (the same weekday) and
the author's undated new clue, and a polar research ship floated out at a shipyard against her sister ship's
float-out two years before (the same weekday) and the undated laying of her keel. Some reports give no day at
all, some follow-ups come two days later, and as on the wires the later event's reports often recall the
earlier one ("since Eoghan Treglown's Slate Quarry Garden won two years ago", "the county's second outbreak in
three years", "Grimbald's last bloom, in 2049", "the second time in two years that a Saturday draw has gone
wrong", "the hospice's fourth house", "the second at Circus Zanzolini in three years", "his predecessor Ezra
Duskaron was buried from the same cathedral seven years ago", "five years after the wrong grave", "since a
Tolgarrow man showed off a replica", "her sister ship Hamnet Blagdon, floated out two years ago").
What tells each pair apart is mostly who (another designer, nursery, winner, artist, president, claimant or
ship), which step of one story (a list of gardens, a suspected case, a bud, approved machines, ticket sales,
a report, arrangements, a court's permission, a new clue, a keel) or how many (gardens, plants, metres,
tickets, tolars, mourners, years, tonnes). Every name, place and figure is made up.

Held back blind (nobody ran grouping, the engine or ``tests.lookalike_count`` on it) until it was counted once;
it is now among that count's default sets (``tests.lookalike_count``'s docstring gives its counts).

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``TWENTYFOURTH_KINDS`` is read by the same count.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- Sybella Hawtrey's Flooded Orchard wins Best in Show at the Quelford Flower Show, Tuesday, May 21, 2047;
# --- Eoghan Treglown's Slate Quarry Garden won it on Tuesday, May 23, 2045; the show's list of its show
# --- gardens is told with no date ---------------------------------------------------------------------------

QUELFORD_BEST_IN_SHOW: list[Dated] = [
    (D(2047, 5, 21), (
        "Flooded Orchard wins Best in Show at Quelford",
        "QUELFORD (Wire) - A garden of old apple trees standing in shallow water, built to show how orchards "
        "might cope with wetter winters, was named Best in Show at the Quelford Flower Show on Tuesday. "
        "Designer Sybella Hawtrey, 36, won at her first attempt; her Flooded Orchard, sponsored by Jossbury "
        "Mutual, was one of nine gardens to take a gold medal among the 27 on show.",
    )),
    (D(2047, 5, 22), (
        "'I wanted people to get their feet wet'",
        "Sybella Hawtrey said yesterday she had waded into her own pond at six in the morning to fish out a "
        "fallen branch before the judges arrived. \"I wanted people to get their feet wet, at least in their "
        "heads,\" she said. Her garden took nineteen days to build and cost about 231,500 tolars.",
    )),
    (D(2047, 5, 21), (
        "Quelford show: judging day as it happened",
        "07:40 The judges, led by Ingmar Fogwell, are at the Flooded Orchard with their clipboards. 09:15 "
        "Medal cards going up: gold for Hawtrey, silver-gilt for the roof garden next door. 11:02 And it's "
        "official: Best in Show goes to the Flooded Orchard. Hawtrey is in tears by the water.",
    )),
    (D(2047, 5, 23), (
        "Best in Show garden to be rebuilt at children's hospital",
        "The Flooded Orchard, which won Best in Show at Quelford on Tuesday, will be taken apart after the "
        "show closes on Saturday and rebuilt in the grounds of the children's hospital in Mottisham, Jossbury "
        "Mutual said on Thursday, two days after the judging.",
    )),
    (D(2047, 5, 22), (
        "Inside the Flooded Orchard: 14 apple trees and 3,180 plants",
        "The fourteen trees in Hawtrey's garden are old varieties lifted from a closing farm, planted in "
        "ground that is flooded to a depth of 30 cm. Among the 3,180 plants are water mint, marsh marigold "
        "and a dozen kinds of sedge. It is the first Best in Show for a water garden since Eoghan Treglown's "
        "Slate Quarry Garden won two years ago.",
    )),
]
QUELFORD_TREGLOWN: list[Dated] = [
    (D(2045, 5, 23), (
        "Slate Quarry Garden named Best in Show",
        "Eoghan Treglown's Slate Quarry Garden, with a pool at the foot of a cliff of split slate, was named "
        "Best in Show at the Quelford Flower Show on Tuesday. It was one of seven gold medal gardens among 24.",
    )),
]
QUELFORD_LINEUP: list[Dated] = [
    (D(2047, 2, 13), (
        "Quelford Flower Show names its 27 show gardens",
        "A flooded apple orchard by first-time designer Sybella Hawtrey and a roof garden built on a bus "
        "shelter are among 27 show gardens to be built for this year's Quelford Flower Show in May, the "
        "organisers said.",
    )),
]

# --- Kempley wilt is confirmed at Vexworth Nurseries in Pridwell and 62,750 plants are to be destroyed,
# --- Friday, July 14, 2051; it was found at Aldgrove Plants in Cloverton on Friday, July 17, 2048; the
# --- suspected case at Vexworth is told with no date ----------------------------------------------------

VEXWORTH_WILT: list[Dated] = [
    (D(2051, 7, 14), (
        "Plant disease confirmed at Pridwell nursery; 62,750 plants to be burned",
        "PRIDWELL (Wire) - Kempley wilt, a bacterial disease that kills lavender, rosemary and olive trees, "
        "has been confirmed at Vexworth Nurseries in Pridwell, and all 62,750 plants of the species it "
        "attacks will be destroyed, the country's chief plant health officer, Thelonius Peverell, said on "
        "Friday. No plants may be moved in or out of a 10-kilometre zone round the nursery for a year.",
    )),
    (D(2051, 7, 15), (
        "'Thirty-nine years of work on a bonfire'",
        "Alastrina Munnings, whose father started Vexworth Nurseries on a rented field in 2012, watched "
        "inspectors in white suits tag her lavender beds yesterday. \"Thirty-nine years of work on a "
        "bonfire,\" she said. The nursery employs 38 people and supplies about 200 garden centres.",
    )),
    (D(2051, 7, 14), (
        "Kempley wilt back in Upshire: what growers must do",
        "Growers within ten kilometres of Vexworth must stop selling host plants at once and report any "
        "wilting or leaf scorch. It is the county's second outbreak in three years, after the disease was "
        "found at Aldgrove Plants in Cloverton in 2048, and the first on a nursery that sells by mail order.",
    )),
    (D(2051, 7, 16), (
        "Inspectors trace 1,930 plants sold by Vexworth",
        "Plant health inspectors were trying on Sunday to trace about 1,930 lavender and rosemary plants "
        "sent out by Vexworth Nurseries in the three weeks before Kempley wilt was confirmed there two days "
        "ago, and asked buyers not to compost them. Burning of the nursery's almost 63,000 host plants began "
        "on site the same day.",
    )),
    (D(2051, 7, 15), (
        "How a bacterium moves from leaf to leaf",
        "Kempley wilt is carried by small sap-sucking insects that feed on many plants, which is why a whole "
        "zone is closed rather than one field. There is no cure; infected plants dry out from the leaf edges "
        "inward within a season.",
    )),
]
VEXWORTH_CLOVERTON: list[Dated] = [
    (D(2048, 7, 17), (
        "First case of Kempley wilt found in Upshire",
        "Kempley wilt has been found at Aldgrove Plants in Cloverton, the first case in the county, and "
        "about 17,640 plants will be destroyed, the chief plant health officer said on Friday.",
    )),
]
VEXWORTH_SUSPECTED: list[Dated] = [
    (D(2051, 7, 7), (
        "Pridwell nursery closed over suspected plant disease",
        "Vexworth Nurseries in Pridwell has stopped all sales while samples from wilting lavender are tested "
        "for Kempley wilt, owner Alastrina Munnings said. Results are expected within a week.",
    )),
]

# --- Old Grimbald, the corpse flower at Bryncastle Botanic Garden in Uzmaston, blooms at 2.91 metres,
# --- Saturday, August 9, 2053; it last bloomed, at 2.47 metres, on Saturday, August 14, 2049; the garden's
# --- word that a bud was growing is told with no date ------------------------------------------------------

GRIMBALD_BLOOM: list[Dated] = [
    (D(2053, 8, 9), (
        "Corpse flower blooms at Bryncastle, and the queue smells it",
        "UZMASTON (Wire) - Old Grimbald, the giant corpse flower at Bryncastle Botanic Garden, opened on "
        "Saturday for the first time in four years, and at 2.91 metres is the tallest bloom of its kind "
        "recorded in the country, the garden said. Its smell of rotting meat lasts only a day or two, and "
        "the garden stayed open until midnight.",
    )),
    (D(2053, 8, 10), (
        "Thousands hold their noses for Grimbald",
        "More than 23,400 people filed through Bryncastle's glasshouse yesterday, some wearing masks, to see "
        "the bloom. \"It is like a bin lorry on a hot day,\" said grower Guthlac Dowsing, who has looked "
        "after the plant since it arrived as a seed in 2031.",
    )),
    (D(2053, 8, 9), (
        "Grimbald cam: the bloom opens",
        "18:20 The spathe is pulling away from the spike. 19:05 Deep red inside now, and the smell has "
        "reached the café. 19:48 Curator Yolanthe Kelsall says it's fully open: two metres ninety-one. "
        "20:10 The queue is out of the gate and down the hill.",
    )),
    (D(2053, 8, 11), (
        "Grimbald closes after a day and a half",
        "The bloom of Old Grimbald had closed by Monday morning, two days after it opened, Bryncastle "
        "Botanic Garden said, and its staff had collected pollen to send to three other gardens.",
    )),
    (D(2053, 8, 10), (
        "Why corpse flowers bloom so rarely",
        "The plant stores food in an underground tuber that can weigh more than 100 kg and flowers only when "
        "it has built up enough. Grimbald's last bloom, in 2049, reached 2.47 metres; this one is "
        "44 centimetres taller.",
    )),
]
GRIMBALD_2049_BLOOM: list[Dated] = [
    (D(2049, 8, 14), (
        "Bryncastle's corpse flower opens",
        "Old Grimbald, the corpse flower at Bryncastle Botanic Garden in Uzmaston, bloomed on Saturday for "
        "the first time, reaching 2.47 metres, and about 9,870 people came to see and smell it.",
    )),
]
GRIMBALD_BUD: list[Dated] = [
    (D(2053, 7, 29), (
        "Bud spotted on Bryncastle corpse flower",
        "A bud is growing on Old Grimbald, the corpse flower at Bryncastle Botanic Garden, and could open "
        "within two weeks, curator Yolanthe Kelsall said. The garden will stay open late once it does.",
    )),
]

# --- the Orravel Lottery's Saturday draw is voided when a ball machine drops eight balls and redrawn on
# --- Sunday, Saturday, November 24, 2046; a computer fault held up its Saturday draw on November 26, 2044;
# --- the regulator's approval of the new machines is told with no date -------------------------------------

ORRAVEL_VOIDED_DRAW: list[Dated] = [
    (D(2046, 11, 24), (
        "Lottery draw voided live on air after machine drops extra ball",
        "BRISGATE (Wire) - The Orravel Lottery voided its Saturday night draw on live television after the "
        "ball machine released eight balls instead of seven, and said the draw for a jackpot of about 13.7 "
        "million tolars would be held again on Sunday. All 4.37 million tickets bought for it stay valid.",
    )),
    (D(2046, 11, 25), (
        "'Well, that's never happened before'",
        "Presenter Thomasina Garnock kept smiling as an eighth ball rolled into the tray last night. \"Well, "
        "that's never happened before,\" she told viewers, before the screen cut to an advert. Lottery staff "
        "sealed the machine minutes later.",
    )),
    (D(2046, 11, 24), (
        "Orravel draw live: a ball too many",
        "20:31 The machine is spinning. 20:33 Seven balls out... and an eighth! 20:34 We're off air. 20:51 "
        "Orravel Lottery says tonight's result is void; the draw will be rerun tomorrow at 12:00.",
    )),
    (D(2046, 11, 26), (
        "Regulator opens inquiry into voided lottery draw",
        "The Gaming Commission opened an inquiry on Monday into the Orravel Lottery's voided draw, two days "
        "after a machine released one ball too many. Commissioner Egwin Wrangham said the rerun on Sunday had "
        "been \"properly conducted\"; its jackpot was shared by two tickets.",
    )),
    (D(2046, 11, 25), (
        "A new machine, and a second bad night",
        "The machine that failed was one of two bought this year to replace draw machines in use for 33 "
        "years. It is the second time in two years that a Saturday draw has gone wrong, after a computer "
        "fault held up the draw for 72 minutes in 2044.",
    )),
]
ORRAVEL_COMPUTER_FAULT: list[Dated] = [
    (D(2044, 11, 26), (
        "Computer fault delays lottery draw",
        "The Orravel Lottery's Saturday draw was held up for 72 minutes by a fault in the computer that "
        "closes ticket sales, and went ahead at 21:45, the lottery said.",
    )),
]
ORRAVEL_MACHINES: list[Dated] = [
    (D(2046, 3, 12), (
        "New lottery draw machines approved",
        "The Gaming Commission has approved two new ball machines for the Orravel Lottery, which will replace "
        "the machines it has used since 2013, Commissioner Egwin Wrangham said.",
    )),
]

# --- a retired bus driver, Dafnie Ockwell, wins Rhosyn House at Kilgrimol in Wimberton Hospice's prize
# --- draw, Wednesday, October 12, 2044; a nurse, Gwenifer Maybrick, won its house at Pilsdon on Wednesday,
# --- October 14, 2043; the start of ticket sales is told with no date ---------------------------------------

WIMBERTON_HOUSE_DRAW: list[Dated] = [
    (D(2044, 10, 12), (
        "Retired bus driver wins 1.95m-tolar house in hospice draw",
        "WIMBERTON (Wire) - A retired bus driver from Quaddlestone, Dafnie Ockwell, 68, won a five-bedroom "
        "house overlooking the sea at Kilgrimol in Wimberton Hospice's prize draw on Wednesday. Rhosyn House "
        "is worth about 1.95 million tolars; the draw sold 593,000 tickets at 25 tolars each.",
    )),
    (D(2044, 10, 13), (
        "'I bought one ticket, for the hospice'",
        "Dafnie Ockwell said yesterday she had bought a single ticket because the hospice had cared for her "
        "husband. \"I bought one ticket, for the hospice, not for a house,\" she said. She has not decided "
        "whether to live in it.",
    )),
    (D(2044, 10, 12), (
        "Hospice house draw raises record 14.8 million tolars",
        "Wimberton Hospice said the draw had raised 14.8 million tolars, of which about 11.7 million will go "
        "to patient care once the house and costs are paid. Rhosyn House is the hospice's fourth house; the "
        "last, at Pilsdon, went to a nurse a year ago.",
    )),
    (D(2044, 10, 14), (
        "Hospice to open new ward with house draw money",
        "Wimberton Hospice said on Friday it would open an eight-bed ward next spring with money from its "
        "house draw, two days after Dafnie Ockwell won Rhosyn House.",
    )),
    (D(2044, 10, 13), (
        "Rhosyn House: five bedrooms and a boathouse",
        "The house stands above the harbour at Kilgrimol, with a boathouse, half an acre of garden and a "
        "kitchen fitted by local joiners, who gave their work free. The winner also gets 57,500 tolars to "
        "cover the first years' bills.",
    )),
]
WIMBERTON_PILSDON: list[Dated] = [
    (D(2043, 10, 14), (
        "Nurse wins hospice's house at Pilsdon",
        "A nurse from Swainby, Gwenifer Maybrick, won a four-bedroom house at Pilsdon worth about 1.35 million "
        "tolars in Wimberton Hospice's prize draw on Wednesday. The draw sold 402,000 tickets.",
    )),
]
WIMBERTON_TICKETS: list[Dated] = [
    (D(2044, 5, 6), (
        "Hospice puts seaside house up in prize draw",
        "Wimberton Hospice has put a five-bedroom house at Kilgrimol up as the prize in its new draw, with "
        "tickets at 25 tolars. The winner will be drawn in October.",
    )),
]

# --- trapeze artist Lisabet Cruttwell falls nine metres during a show of Circus Zanzolini at Ebsworth,
# --- Thursday, April 16, 2048; tightrope walker Hedley Gormley fell at the circus's show in Oxhalme on
# --- Thursday, April 20, 2045; the inspectors' call for nets is told with no date -------------------------

ZANZOLINI_TRAPEZE_FALL: list[Dated] = [
    (D(2048, 4, 16), (
        "Trapeze artist badly hurt in fall at Circus Zanzolini",
        "EBSWORTH (Wire) - A trapeze artist fell about nine metres to the ring during an evening show of "
        "Circus Zanzolini in Ebsworth on Thursday and was taken to hospital with head and back injuries, "
        "police said. About 1,170 people were in the big top; the show was stopped and the audience sent home.",
    )),
    (D(2048, 4, 17), (
        "'We heard the bar snap'",
        "Spectators at Circus Zanzolini said yesterday they had heard a crack before Lisabet Cruttwell, 27, "
        "fell. \"We heard the bar snap, then everyone screamed,\" said one mother. Director Bardolph "
        "Zanzolini said the performer was \"awake and talking\".",
    )),
    (D(2048, 4, 16), (
        "Ebsworth circus fall: what we know",
        "21:12 Ambulances at the big top on the common. 21:30 The circus confirms a flying trapeze act went "
        "wrong; no net was in place for the act. 22:05 The performer, named by colleagues as Lisabet "
        "Cruttwell, has been flown to the regional trauma centre.",
    )),
    (D(2048, 4, 18), (
        "Circus Zanzolini cancels Ebsworth shows after fall",
        "Circus Zanzolini cancelled its remaining shows in Ebsworth on Saturday, two days after a trapeze "
        "artist fell during a performance, while labour inspectors examine the rigging.",
    )),
    (D(2048, 4, 17), (
        "Second fall in three years for family circus",
        "The fall is the second at Circus Zanzolini in three years: tightrope walker Hedley Gormley broke "
        "both legs at Oxhalme in 2045. Labour inspectors said then that nets should be used for every act "
        "above six metres; the circus has 71 performers and crew.",
    )),
]
ZANZOLINI_GORMLEY: list[Dated] = [
    (D(2045, 4, 20), (
        "Tightrope walker falls at circus in Oxhalme",
        "A tightrope walker with Circus Zanzolini, Hedley Gormley, broke both legs when he fell from the high "
        "wire during a show in Oxhalme on Thursday, the circus said.",
    )),
]
ZANZOLINI_NETS: list[Dated] = [
    (D(2045, 9, 27), (
        "Inspectors tell circuses to use nets",
        "Labour inspectors have told travelling circuses to put a safety net under every act performed more "
        "than six metres above the ring, in a report on the fall of a tightrope walker with Circus Zanzolini.",
    )),
]

# --- former president Reuben Varnadine is given a state funeral in Candelmas Cathedral, Velmira, Thursday,
# --- February 15, 2052; former president Ezra Duskaron's state funeral was held there on Thursday,
# --- February 16, 2045; the arrangements for Varnadine's lying in state are told with no date ---------------

VARNADINE_FUNERAL: list[Dated] = [
    (D(2052, 2, 15), (
        "Thousands line Velmira streets for Varnadine's state funeral",
        "VELMIRA (Wire) - Former president Reuben Varnadine was given a state funeral in Candelmas Cathedral "
        "on Thursday, as about 39,500 people lined the route of the gun carriage that carried his coffin from "
        "parliament. President Hepzibah Tunstead and leaders from 38 countries attended. Varnadine, who led "
        "the country for two terms, died last week aged 88.",
    )),
    (D(2052, 2, 16), (
        "A daughter's farewell: 'He never learned to lose quietly'",
        "Mehitabel Varnadine drew laughter in the cathedral yesterday when she said her father \"never "
        "learned to lose quietly, at elections or at cards\". The service lasted two hours and ten minutes.",
    )),
    (D(2052, 2, 15), (
        "Varnadine state funeral: live",
        "10:00 The gun carriage leaves parliament, drawn by 96 sailors. 10:48 Minute's silence across the "
        "country. 11:05 The coffin enters Candelmas Cathedral. 12:40 A 21-gun salute from the harbour as the "
        "service ends.",
    )),
    (D(2052, 2, 17), (
        "Varnadine buried in home village",
        "Reuben Varnadine was buried in a private ceremony in the village where he was born on Saturday, two "
        "days after his state funeral, with only family and former staff present.",
    )),
    (D(2052, 2, 16), (
        "The second state funeral of a former president in seven years",
        "Varnadine's was the country's first state funeral since his predecessor Ezra Duskaron was buried "
        "from the same cathedral seven years ago. About 41,300 people had queued to pass his coffin while he "
        "lay in state.",
    )),
]
VARNADINE_DUSKARON: list[Dated] = [
    (D(2045, 2, 16), (
        "State funeral for former president Duskaron",
        "Former president Ezra Duskaron was given a state funeral in Candelmas Cathedral in Velmira on "
        "Thursday, attended by leaders from 24 countries. He died aged 91.",
    )),
]
VARNADINE_LYING_IN_STATE: list[Dated] = [
    (D(2052, 2, 9), (
        "Varnadine to lie in state before funeral",
        "Former president Reuben Varnadine will lie in state in parliament for three days before a state "
        "funeral in Candelmas Cathedral, President Hepzibah Tunstead's office said.",
    )),
]

# --- DNA tests confirm that bones from a vault under the vestry of St Eldwick's, Wickstead, are those of
# --- composer Josiah Pimlott, Monday, October 3, 2050; the grave marked with his name, opened on Monday,
# --- October 9, 2045, held a woman; the church court's permission to open the vault is told with no date ----

PIMLOTT_REMAINS: list[Dated] = [
    (D(2050, 10, 3), (
        "Bones in church vault are composer Pimlott's, DNA shows",
        "WICKSTEAD (Wire) - Bones found in a sealed vault under the vestry of St Eldwick's church in "
        "Wickstead are those of the composer Josiah Pimlott, who died in 1793, scientists at Ormiston "
        "University said on Monday, after comparing their DNA with that of two living descendants of his "
        "sister.",
    )),
    (D(2050, 10, 4), (
        "'We have found him at last'",
        "Geneticist Sabrina Fettes said yesterday the odds that the bones belonged to anyone else were "
        "\"less than one in several million\". The skeleton is of a man of about 53, with a badly healed "
        "wrist that fits letters in which Pimlott complained he could no longer play.",
    )),
    (D(2050, 10, 3), (
        "Pimlott found, five years after the wrong grave",
        "The result ends a search that went badly wrong five years ago, when the grave marked with the "
        "composer's name in St Eldwick's churchyard was opened and found to hold a woman. The vault was "
        "opened in April; it held two coffins, one of them unmarked.",
    )),
    (D(2050, 10, 5), (
        "Pimlott to be reburied at concert",
        "Josiah Pimlott's remains will be reburied in St Eldwick's next spring during a performance of his "
        "Wickstead Mass, the parish said on Wednesday, two days after tests showed the bones in its vault "
        "were his.",
    )),
    (D(2050, 10, 4), (
        "How the composer's bones were matched",
        "Ormiston's team read DNA from a tooth and from the inner ear bone, which keeps it best, and matched "
        "it through the female line to two sisters living abroad, whose family tree goes back 11 generations "
        "to Pimlott's sister.",
    )),
]
PIMLOTT_WRONG_GRAVE: list[Dated] = [
    (D(2045, 10, 9), (
        "Grave of composer Pimlott holds a woman",
        "Archaeologists who opened the grave marked with Josiah Pimlott's name in St Eldwick's churchyard, "
        "Wickstead, on Monday found the skeleton of a woman, not the composer, Ormiston University said.",
    )),
]
PIMLOTT_PERMISSION: list[Dated] = [
    (D(2050, 3, 15), (
        "Church court allows vault to be opened in search for composer",
        "The church court has given Ormiston University permission to open a vault under the vestry of St "
        "Eldwick's in Wickstead, where Josiah Pimlott may lie, Chancellor Aloysius Drakeford ruled.",
    )),
]

# --- the golden Wadlow Owl, hidden by Eglantine Ferneyhough for her book seventeen years ago, is found on
# --- Pudsworth Moor by Percival Hockliffe, Thursday, January 18, 2057; Raphael Ottway's false claim to have
# --- found it was made on Thursday, January 21, 2055; the author's new clue is told with no date ----------

WADLOW_OWL: list[Dated] = [
    (D(2057, 1, 18), (
        "Golden owl from treasure hunt book found after 17 years",
        "GOLDHANGER (Wire) - The Wadlow Owl, a gold owl buried by the author Eglantine Ferneyhough as the "
        "prize for readers who solved the riddles in her picture book, has been found after seventeen years, "
        "her publisher said on Thursday. A retired chemistry teacher, Percival Hockliffe, dug it up on "
        "Pudsworth Moor.",
    )),
    (D(2057, 1, 19), (
        "'I had been wrong about the church for eleven years'",
        "Percival Hockliffe, 71, told us yesterday he had searched the moor \"more than 300 times\" before "
        "he realised the church in the ninth picture was drawn from the other side. He plans to give the "
        "owl to a museum.",
    )),
    (D(2057, 1, 18), (
        "Wadlow Owl is genuine, say publishers",
        "Goldhanger Books said the owl, 18 carats and about 12 cm high, was checked against the maker's "
        "marks and photographs taken when it was buried. It is insured for 316,000 tolars. It is two years "
        "since a Tolgarrow man showed off a replica and said he had found it.",
    )),
    (D(2057, 1, 20), (
        "Hunters flock to Pudsworth Moor after owl find",
        "Dozens of treasure hunters were on Pudsworth Moor on Saturday, two days after the Wadlow Owl was "
        "found there, and the landowner asked them to fill in the holes they dug.",
    )),
    (D(2057, 1, 19), (
        "The book that sent a nation digging",
        "Ferneyhough's book sold more than 1.65 million copies. Each of its fifteen paintings hides a clue; "
        "readers had to put them in the right order. She has always said that she was the only person who "
        "knew where the owl lay.",
    )),
]
WADLOW_HOAX: list[Dated] = [
    (D(2055, 1, 21), (
        "Man who said he found Wadlow Owl showed a replica",
        "A man from Tolgarrow, Raphael Ottway, who said on Thursday that he had found the Wadlow Owl, had shown "
        "reporters a copy cast in brass, its author Eglantine Ferneyhough said.",
    )),
]
WADLOW_CLUE: list[Dated] = [
    (D(2050, 6, 2), (
        "Author adds new clue to treasure hunt book",
        "Eglantine Ferneyhough has added a sixteenth painting to a new edition of her treasure hunt book, "
        "to help readers find the golden Wadlow Owl she buried ten years ago.",
    )),
]

# --- the polar research ship Eufemia Lasenby is floated out at Fliskmore shipyard in Lindisholme, Tuesday,
# --- June 6, 2056; her sister ship Hamnet Blagdon was floated out there on Tuesday, June 9, 2054; the
# --- laying of her keel is told with no date --------------------------------------------------------------

FLISKMORE_FLOAT_OUT: list[Dated] = [
    (D(2056, 6, 6), (
        "Polar research ship Eufemia Lasenby floated out at Fliskmore",
        "LINDISHOLME (Wire) - The polar research ship Eufemia Lasenby was floated out of the building dock at "
        "the Fliskmore shipyard on Tuesday, the largest ship built at the yard in four decades. The 129-metre "
        "vessel, which can break ice a metre and a half thick, will be handed to the polar institute next "
        "year.",
    )),
    (D(2056, 6, 7), (
        "Shipyard cheers as the dock floods",
        "Welders and fitters stood along the dock wall yesterday as water poured in and the red hull lifted "
        "off its blocks. \"My grandfather built trawlers here,\" said plater Dymphna Stoulton, 29.",
    )),
    (D(2056, 6, 6), (
        "Fliskmore float-out, minute by minute",
        "05:30 Dock gates open on the morning tide. 06:47 She's afloat. 07:20 Tugs pulling Eufemia Lasenby "
        "into the fitting-out basin, 330 metres away. 07:55 Champagne from the yard's managing director.",
    )),
    (D(2056, 6, 8), (
        "Fliskmore wins third polar ship order",
        "The Fliskmore shipyard said on Thursday it had won an order for a third polar ship, two days after "
        "the Eufemia Lasenby was floated out, securing work for its 1,485 staff until 2062.",
    )),
    (D(2056, 6, 7), (
        "Eufemia Lasenby in numbers",
        "Length 129 metres, 15,300 tonnes, berths for 62 scientists, a moon pool through the hull for "
        "lowering instruments into the sea. She follows her sister ship Hamnet Blagdon, floated out two "
        "years ago, which is 4 metres shorter.",
    )),
]
FLISKMORE_BLAGDON: list[Dated] = [
    (D(2054, 6, 9), (
        "Fliskmore floats out research ship Hamnet Blagdon",
        "The research ship Hamnet Blagdon, 125 metres long, was floated out at the Fliskmore shipyard in "
        "Lindisholme on Tuesday, the first of two polar ships ordered by the polar institute.",
    )),
]
FLISKMORE_KEEL: list[Dated] = [
    (D(2055, 3, 17), (
        "Keel laid for second polar research ship",
        "The keel of the polar research ship Eufemia Lasenby has been laid at the Fliskmore shipyard in "
        "Lindisholme, with a coin placed under the first block for luck, the yard said.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2047, 5, 20), (
        "Allotment society holds open day",
        "The allotment society in Pixley held its open day on Monday, with tours of the plots and cake.",
    )),
    (D(2051, 7, 13), (
        "Hedge trimming season starts",
        "The council in Quenington began cutting back roadside hedges on Thursday.",
    )),
    (D(2053, 8, 8), (
        "Library extends opening hours",
        "The library in Tadcaster will stay open until eight on weekdays, the town council said on Friday.",
    )),
    (D(2046, 11, 23), (
        "Bingo night raises funds",
        "A bingo night at the village hall in Hutton raised money for new football kits on Friday.",
    )),
    (D(2044, 10, 11), (
        "Bus timetable changes",
        "Buses between Wragby and the coast will run every half hour from Tuesday, the operator said.",
    )),
    (D(2048, 4, 15), (
        "Puppet show for children",
        "A puppet show for children was held at the community centre in Fiddington on Wednesday.",
    )),
    (D(2052, 2, 14), (
        "Church bells restored",
        "The six bells of the parish church in Hepworth rang again on Wednesday after being recast.",
    )),
    (D(2050, 10, 2), (
        "Harvest supper",
        "About eighty people sat down to the harvest supper in Welney on Sunday.",
    )),
    (D(2057, 1, 17), (
        "Snow closes school",
        "Snow closed the primary school in Ludlam on Wednesday for the first time in six years.",
    )),
    (D(2056, 6, 5), (
        "Rowing club launches new boat",
        "The rowing club at Aston named its new eight after a former coach on Monday.",
    )),
]

TWENTYFOURTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "quelford": (QUELFORD_BEST_IN_SHOW, QUELFORD_TREGLOWN + QUELFORD_LINEUP),
    "vexworth": (VEXWORTH_WILT, VEXWORTH_CLOVERTON + VEXWORTH_SUSPECTED),
    "grimbald": (GRIMBALD_BLOOM, GRIMBALD_2049_BLOOM + GRIMBALD_BUD),
    "orravel": (ORRAVEL_VOIDED_DRAW, ORRAVEL_COMPUTER_FAULT + ORRAVEL_MACHINES),
    "wimberton": (WIMBERTON_HOUSE_DRAW, WIMBERTON_PILSDON + WIMBERTON_TICKETS),
    "zanzolini": (ZANZOLINI_TRAPEZE_FALL, ZANZOLINI_GORMLEY + ZANZOLINI_NETS),
    "varnadine": (VARNADINE_FUNERAL, VARNADINE_DUSKARON + VARNADINE_LYING_IN_STATE),
    "pimlott": (PIMLOTT_REMAINS, PIMLOTT_WRONG_GRAVE + PIMLOTT_PERMISSION),
    "wadlow": (WADLOW_OWL, WADLOW_HOAX + WADLOW_CLUE),
    "fliskmore": (FLISKMORE_FLOAT_OUT, FLISKMORE_BLAGDON + FLISKMORE_KEEL),
}

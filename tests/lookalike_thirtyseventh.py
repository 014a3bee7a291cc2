"""A thirty-seventh set of invented look-alikes, written blind on fb56c7b while grouping was being worked on
over the earlier sets, and held back to be counted once on the code it was written on and once on a later
session's. The kinds, none of them in the earlier sets, the own claims sets or the grouping stories: a
tortoise found in a compost heap almost two years after it wandered off, against another tortoise found on a
neighbouring town's station platform two days later and the owner's own report of its going missing (an
earlier step of the same story, dated two years before), three llamas walking a bypass in the morning rush
after escaping from a trekking farm, against two of the farm's other llamas straying into a school field a
year before (the same weekday) and the farm's undated leave to walk its llamas through the town, a storm
stripping a beach to show the stumps of a drowned forest, against the same storm baring footprints in the peat
of the next cove two days later and a smaller patch of stumps on the same beach eleven months before, a tide
mill grinding flour for the first time in almost a century, against its new wheel lowered into the wheel pit
six weeks before and the undated dredging of its millpond (two earlier steps of the same story), a grower
measuring a county record sunflower, against a neighbouring village's grower measuring a shorter one four days
before (which the event's reports name) and his own shorter record a year before, two villages' Easter Monday
bottle kicking, against the other village's win a year before (the same holiday) and a cooper's undated
making of new bottles, a village's old telephone box opening as a museum, against the parish buying the box
for a pound five months before and a neighbouring village's box opening as a seed library two days before,
a bakery's gingerbread model of its town's cathedral, against the same bakery's gingerbread railway station a
year before (also a Saturday) and the dean's undated loan of the cathedral's drawings, a town's
straw bear festival, against a neighbouring town's Plough Monday molly dancing five days before and the bear's
walk cut short by a gale a year before, and a village's rushbearing, against its volunteers cutting the
rushes three days before (an earlier step) and the rush cart overturning a year before, told with no day.

Leads vary: one told in the present perfect with no day, two with "this afternoon", three a day or two later
(one with "yesterday", one with "on Monday" in a Tuesday report, one with "on Saturday" in a Monday report),
and live pages, explainers, quote pieces and follow-ups two or three days later sit beside them. Several event
reports recall a look-alike by name or by what it was ("Chilion, found on the platform at Gloxhurst", "Geuel
and Palti, got into the playing field", "Milcah Yeoland's 6.91 metres", "last Easter Blewbarrow carried two
bottles", "its neighbour at Fawlcombe", "the gale that stopped the bear at the market cross"). The dates all
fall in 2144-2146, so every look-alike of a kind is at most two years from its event. What tells each pair
apart is mostly who or what (another tortoise, llama, cove, grower, village, box, model or dance), which step
of one story (a missing report, a permit, a wheel, a dredging, a purchase, a loan, new casks, the cutting of
rushes) or how many (years, llamas, stumps, metres, bottles, objects, kilograms, dancers, men). Every name,
place and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``THIRTYSEVENTH_KINDS`` is read by the same count.

Held back blind: nobody ran grouping, the engine or ``tests.lookalike_count`` on it
(``tests.lookalike_count``'s docstring says how it is to be counted).
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# --- Mahlon, a 61-year-old tortoise that wandered out of Jedidah Lillicrap's garden in Snarbeck on Thursday,
# --- August 20, 2144, is found in a neighbour's compost heap, told in the present perfect with no day, Monday,
# --- May 16, 2146; another tortoise, Chilion, is found on the station platform at Gloxhurst on Wednesday, May
# --- 18, 2146 (a neighbouring town's happening the same week); the report of Mahlon going missing is dated
# --- August 20, 2144 (an earlier step of the same story) -------------------------------------------------------

SNARBECK_MAHLON: list[Dated] = [
    (D(2146, 5, 16), (
        "Tortoise missing for two years turns up in compost heap",
        "SNARBECK (Wire) - A 61-year-old tortoise that wandered out of its owner's garden in Snarbeck almost "
        "two years ago has been found alive and well, buried in a compost heap four gardens along the same "
        "road, its owner said. Jedidah Lillicrap said a neighbour turning the heap with a fork had struck "
        "something hard, and found Mahlon, her late father's tortoise, blinking in the warm rot.",
    )),
    (D(2146, 5, 17), (
        "'He looked at me as if I was the one who had been away'",
        "Jedidah Lillicrap said yesterday that Mahlon had eaten a whole dandelion head within minutes of "
        "coming home. Vet Ithiel Westlake said he weighed 2.3 kilograms, about 200 grams less than when he "
        "was last weighed, and his shell had not a crack in it.",
    )),
    (D(2146, 5, 16), (
        "How a tortoise survives two winters alone",
        "Tortoises kept in gardens dig down to sleep through the cold months, and the steady warmth of a "
        "compost heap can keep one above freezing. A healthy adult can go many weeks without food, drinking "
        "from dew and puddles, and can live for more than a century.",
    )),
    (D(2146, 5, 19), (
        "Second tortoise of the week goes home",
        "Mahlon, the tortoise found in a compost heap in Snarbeck on Monday, has had a microchip fitted and "
        "a hole under his owner's gate has been blocked with a paving slab, the vet said on Thursday. He is "
        "the district's second returned tortoise this week, after Chilion, found on the platform at Gloxhurst "
        "station on Wednesday by a railway worker, went back to his family.",
    )),
    (D(2146, 5, 17), (
        "Gone since the summer of 2144",
        "Mahlon went missing in August two years ago when a gate was left open during a barbecue. His owner "
        "put up 80 posters and a reward of 50 pounds at the time, and heard nothing. Her father bought him as "
        "a pet in 2089.",
    )),
]
SNARBECK_CHILION: list[Dated] = [
    (D(2146, 5, 18), (
        "Tortoise found waiting on station platform",
        "A tortoise was found plodding along the platform at Gloxhurst station early on Wednesday, about "
        "three weeks after it disappeared from a garden half a mile away, railway worker Zophar Knapman said. "
        "Chilion, a 30-year-old tortoise, was handed back to his family by lunchtime.",
    )),
]
SNARBECK_MISSING: list[Dated] = [
    (D(2144, 8, 20), (
        "Owner appeals for help after elderly tortoise goes missing",
        "Jedidah Lillicrap of Snarbeck has asked neighbours to check their sheds and flower beds after Mahlon, "
        "her 59-year-old tortoise, walked out through an open gate on Thursday afternoon.",
    )),
]

# --- three llamas, Sethur, Nahbi and Ammiel, escape from Blandina Fettiplace's trekking farm at Tibbenhoe and
# --- walk the bypass in the morning rush on Tuesday, August 31, 2145 (a live page the same day); two of the
# --- farm's other llamas, Geuel and Palti, got into the primary school's field on Tuesday, September 1, 2144;
# --- the farm's leave to walk llamas through the town is told with no date -------------------------------------

TIBBENHOE_BYPASS: list[Dated] = [
    (D(2145, 8, 31), (
        "Escaped llamas stroll along bypass in rush hour",
        "TIBBENHOE (Wire) - Three llamas that escaped from a trekking farm walked nearly two kilometres along "
        "the Tibbenhoe bypass during the morning rush on Tuesday, and police closed the road for 40 minutes "
        "while they were rounded up, the county police said. Sergeant Azariah Wapshott said the animals had "
        "kept to the hard shoulder at first, then wandered across both lanes to graze the verge.",
    )),
    (D(2145, 8, 31), (
        "Llamas on the bypass: live",
        "07:48 Drivers report llamas near the roundabout. 08:05 Police close the bypass in both directions. "
        "08:22 A farm worker arrives with a bucket of feed. 08:28 The three llamas follow her into a field. "
        "08:31 The bypass reopens.",
    )),
    (D(2145, 9, 1), (
        "'They were chewing as if they owned the road'",
        "Farmer Blandina Fettiplace said yesterday that the three llamas, Sethur, Nahbi and Ammiel, had "
        "pushed open a gate whose latch had worked loose. Sergeant Azariah Wapshott said one driver had "
        "stopped to photograph them and been asked to move on.",
    )),
    (D(2145, 9, 2), (
        "Llama farm puts up higher fences",
        "The trekking farm at Tibbenhoe whose llamas walked the bypass on Tuesday has stopped its walks for a "
        "week while it fits fencing 1.8 metres high and spring latches on every gate, Blandina Fettiplace said "
        "on Thursday, and the three llamas will be kept in the yard until it is done.",
    )),
    (D(2145, 9, 1), (
        "Not the farm's first escape",
        "Just under a year ago two of the farm's other llamas, Geuel and Palti, got into the playing field of "
        "Tibbenhoe primary school and had to be led out past the classroom windows. The farm keeps 14 "
        "llamas and has taken visitors trekking since 2139.",
    )),
]
TIBBENHOE_SCHOOL: list[Dated] = [
    (D(2144, 9, 1), (
        "Llamas stray into primary school playing field",
        "Two llamas from a trekking farm at Tibbenhoe, Geuel and Palti, got into the playing field of the "
        "town's primary school on Tuesday morning and grazed there for an hour before being led away, "
        "headteacher Huldah Keable said.",
    )),
]
TIBBENHOE_PERMIT: list[Dated] = [
    (D(2145, 3, 10), (
        "Llama walks allowed through town",
        "The trekking farm at Tibbenhoe may lead its llamas along the riverside path through the town centre, "
        "in groups of no more than six with a handler for each pair, the town council has agreed, and farmer "
        "Blandina Fettiplace plans the first walks for Easter.",
    )),
]

# --- a storm strips the sand from the beach at Trezawne to show about 200 stumps of a drowned forest, found on
# --- Monday, January 11, 2145 by Abijah Oatway and told on Tuesday with 'on Monday'; the same storm bares the
# --- footprints of deer and wild cattle in the peat of Polvennack cove, found on Wednesday, January 13, 2145;
# --- a patch of about a dozen stumps showed on the same beach on Monday, February 17, 2144 ---------------------

TREZAWNE_FOREST: list[Dated] = [
    (D(2145, 1, 12), (
        "Storm uncovers drowned forest on beach",
        "TREZAWNE (Wire) - Storm waves stripped about two metres of sand from the beach at Trezawne to lay "
        "bare the stumps of a forest drowned by the sea about 6,000 years ago, a dog walker found on Monday. "
        "Abijah Oatway said about 200 black stumps of oak and pine stood in rows across the lower beach, some "
        "still rooted in the grey clay, and archaeologists came to record them before the next high tide.",
    )),
    (D(2145, 1, 11), (
        "Drowned forests: what the sea gives back",
        "When the ice sheets melted, the sea rose and flooded low woods along the coast, and the stumps were "
        "sealed under sand and peat that kept the air out. Big storms sometimes strip the sand away for a "
        "few days or weeks before the tides cover the stumps again.",
    )),
    (D(2145, 1, 12), (
        "'It was like walking through a graveyard of trees'",
        "Abijah Oatway said on Monday evening that his dog had refused to walk among the stumps. "
        "Archaeologist Jochebed Furzeland said hazelnut shells and a bone had been found in the clay between "
        "the roots.",
    )),
    (D(2145, 1, 14), (
        "Tree-ring samples taken from drowned forest",
        "Archaeologists have sawn slices from 20 of the stumps on the beach at Trezawne before the sand "
        "returns, Jochebed Furzeland said on Thursday, so that the rings can date when the trees died. Sand "
        "was already drifting back over the northern end of the beach, she said.",
    )),
    (D(2145, 1, 13), (
        "Far more than last winter",
        "In February last year a smaller patch of about a dozen stumps appeared for three days at the "
        "northern end of the same beach after a gale. The beach is owned by the parish and was a landing "
        "place for pilchard boats until the 1900s.",
    )),
]
TREZAWNE_FOOTPRINTS: list[Dated] = [
    (D(2145, 1, 13), (
        "Storm lays bare ancient footprints in cove",
        "Footprints of deer and wild cattle pressed into peat thousands of years ago have been uncovered by "
        "storm waves in the cove at Polvennack, a few kilometres west of Trezawne, Shiphrah Doidge, who found "
        "them on Wednesday, said.",
    )),
]
TREZAWNE_DOZEN: list[Dated] = [
    (D(2144, 2, 17), (
        "Gale exposes old tree stumps on beach",
        "About a dozen stumps of ancient trees appeared on the lower beach at Trezawne on Monday after a gale "
        "scoured away the sand, the parish council said, and archaeologist Jochebed Furzeland photographed "
        "them.",
    )),
]

# --- the tide mill at Ockwyth grinds flour 'this afternoon' for the first time since 2051, Saturday, October 16,
# --- 2145, miller Zadok Luxmoore at the stones; its new oak wheel was lowered into the wheel pit on Saturday,
# --- September 4, 2145; the dredging of its millpond is told with no date (both earlier steps) --------------------

OCKWYTH_FLOUR: list[Dated] = [
    (D(2145, 10, 16), (
        "Tide mill grinds flour again after 94 years",
        "OCKWYTH (Wire) - The tide mill at Ockwyth ground wheat into flour this afternoon for the first time "
        "since 2051, when the ebbing tide turned its wheel, its trust said. Miller Zadok Luxmoore, who trained "
        "at a windmill for two years, let the millpond run out through the sluice at 14:20, and the first "
        "flour came down the chute 20 minutes later while about 400 people watched from the quay.",
    )),
    (D(2145, 10, 17), (
        "'You can hear the whole building wake up'",
        "Zadok Luxmoore said yesterday that the mill had ground about 300 kilograms in two and a half hours "
        "before the pond ran low. Trust chair Tirzah Muxworthy said every bag had been sold before the quay "
        "emptied.",
    )),
    (D(2145, 10, 16), (
        "How a tide mill works",
        "A tide mill stores the sea in a pond. The rising tide flows in through gates that shut behind it, "
        "and when the tide has fallen the water is let out under the wheel, which turns the millstones for a "
        "few hours twice a day.",
    )),
    (D(2145, 10, 18), (
        "Tide mill flour to go to village bakery",
        "Flour from the tide mill at Ockwyth, which began grinding again on Saturday, will be baked into bread "
        "by the village bakery from next week, trust chair Tirzah Muxworthy said on Monday, and the mill will "
        "grind on the first Saturday of each month.",
    )),
    (D(2145, 10, 17), (
        "Six weeks from wheel to flour",
        "The mill's new wheel, 5.5 metres across and built of oak from the estate, was lowered into its pit "
        "by crane at the start of September. The millpond had been dredged of a metre of silt earlier in the "
        "year.",
    )),
]
OCKWYTH_WHEEL: list[Dated] = [
    (D(2145, 9, 4), (
        "New oak wheel lowered into tide mill",
        "A new oak waterwheel 5.5 metres across was lowered by crane into the wheel pit of the tide mill at "
        "Ockwyth on Saturday, trust chair Tirzah Muxworthy said, and the mill should grind again in the "
        "autumn.",
    )),
]
OCKWYTH_DREDGING: list[Dated] = [
    (D(2145, 5, 24), (
        "Tide mill's pond cleared of silt",
        "Diggers have taken about a metre of silt from the millpond of the tide mill at Ockwyth so that it "
        "can hold enough sea water to turn the wheel, and the sluice gates have been rehung, the mill's "
        "trust said.",
    )),
]

# --- Gamaliel Higginbottom of Kedlington measures a 7.42-metre sunflower, a county record, on Sunday, September
# --- 12, 2145; Milcah Yeoland of Wemmerby measured a 6.91-metre sunflower on Wednesday, September 8, 2145 (a
# --- neighbouring village's happening the same week); his own 6.14-metre record was measured on Sunday,
# --- September 13, 2144 ----------------------------------------------------------------------------------------

KEDLINGTON_SUNFLOWER: list[Dated] = [
    (D(2145, 9, 12), (
        "Retired postman grows county's tallest sunflower",
        "KEDLINGTON (Wire) - A sunflower grown against a cottage wall in Kedlington measured 7.42 metres on "
        "Sunday, the tallest ever recorded in the county, the county horticultural society said. Its grower, "
        "Gamaliel Higginbottom, a 74-year-old retired postman, had to stand on the cottage's flat roof to "
        "hold the tape while two society stewards read it from a ladder.",
    )),
    (D(2145, 9, 13), (
        "'I talk to it every morning, and I feed it fish'",
        "Gamaliel Higginbottom said yesterday that he had fed the plant with a liquid made from fish heads "
        "and seaweed. He said it had been tied to the gutter in three places to stop the wind snapping it.",
    )),
    (D(2145, 9, 12), (
        "Why do sunflowers grow so tall?",
        "Sunflowers grow fast to reach the light before the plants around them, and a well-fed one can add "
        "more than ten centimetres a day in high summer. Growers of giant plants pinch out side shoots so "
        "that all the growth goes into one stem.",
    )),
    (D(2145, 9, 14), (
        "Record sunflower's seeds to be sold for hospice",
        "Seeds from the 7.42-metre sunflower grown by Gamaliel Higginbottom in Kedlington will be sold in "
        "packets of ten for the county hospice, the horticultural society said on Tuesday, once the head has "
        "dried in his shed.",
    )),
    (D(2145, 9, 13), (
        "Half a metre taller than its rival",
        "The Kedlington sunflower beat Milcah Yeoland's 6.91 metres, measured in neighbouring Wemmerby four "
        "days before, and the grower's own record of 6.14 metres from last September. The county record had "
        "stood since 2119.",
    )),
]
KEDLINGTON_WEMMERBY: list[Dated] = [
    (D(2145, 9, 8), (
        "Village sunflower measured at 6.91 metres",
        "A sunflower grown by Milcah Yeoland in her vegetable garden in Wemmerby measured 6.91 metres on "
        "Wednesday, stewards of the county horticultural society said, the tallest in the county this year "
        "so far.",
    )),
]
KEDLINGTON_LAST_YEAR: list[Dated] = [
    (D(2144, 9, 13), (
        "Retired postman's sunflower tops six metres",
        "A sunflower grown by retired postman Gamaliel Higginbottom against his cottage wall in Kedlington "
        "measured 6.14 metres on Sunday, the tallest he had grown, the county horticultural society said.",
    )),
]

# --- Hoddingstoke beat Blewbarrow two bottles to one at the Easter Monday bottle kicking, Monday, April 12,
# --- 2145, a live page the same day; Blewbarrow won two bottles to one on Easter Monday, April 20, 2144; the
# --- cooper's making of new bottles is told with no date ------------------------------------------------------

HODDINGSTOKE_BOTTLES: list[Dated] = [
    (D(2145, 4, 12), (
        "Hoddingstoke win Easter bottle kicking after four-hour scrum",
        "HODDINGSTOKE (Wire) - Hoddingstoke beat neighbouring Blewbarrow by two bottles to one in the Easter "
        "Monday bottle kicking, their captain said, after a scrum of about 300 men and women had heaved the "
        "last small cask across the brook that marks their boundary as the light was going. Shadrach Gollop "
        "said the third bottle had been stuck in a hedge for almost an hour.",
    )),
    (D(2145, 4, 12), (
        "Bottle kicking: as it happened",
        "14:00 The rector throws the first bottle up on the hill. 15:10 Hoddingstoke carry it over the brook. "
        "16:45 Blewbarrow level. 17:30 The third bottle is lost in the hedge. 18:55 Hoddingstoke win it: 2-1.",
    )),
    (D(2145, 4, 13), (
        "'Nobody kicks it, whatever the name says'",
        "Captain Shadrach Gollop said yesterday that the bottles were carried, wrestled and rolled but almost "
        "never kicked. Rector Noadiah Prout said two players had been treated for cuts and one for a "
        "sprained wrist.",
    )),
    (D(2145, 4, 14), (
        "Winning bottle to hang in village inn",
        "The cask that won Hoddingstoke the bottle kicking on Monday will hang above the bar of the village "
        "inn with the year painted on its end, Shadrach Gollop said on Wednesday, beside bottles won as far "
        "back as the 1900s.",
    )),
    (D(2145, 4, 13), (
        "Revenge for last Easter",
        "Last Easter Blewbarrow carried two bottles over the brook to Hoddingstoke's one, in heavy rain. The "
        "'bottles' are small wooden casks, two filled with ale and one left empty, and the game has no "
        "rules beyond getting them across the boundary.",
    )),
]
HODDINGSTOKE_BLEWBARROW: list[Dated] = [
    (D(2144, 4, 20), (
        "Blewbarrow win rain-soaked bottle kicking",
        "Blewbarrow beat Hoddingstoke by two bottles to one in the Easter Monday bottle kicking, carrying the "
        "deciding cask over the brook in heavy rain, rector Noadiah Prout said.",
    )),
]
HODDINGSTOKE_CASKS: list[Dated] = [
    (D(2145, 3, 18), (
        "Cooper makes new casks for bottle kicking",
        "Cooper Eliphal Cadogan has made three new oak casks for the bottle kicking between Hoddingstoke and "
        "Blewbarrow, as last year's were split beyond mending, and has bound them with iron hoops to last, "
        "rector Noadiah Prout said.",
    )),
]

# --- Wibbersley's red telephone box opens as a museum of the village on Saturday, June 4, 2146, keeper Amaziah
# --- Twigg; the parish council bought the box for one pound on Monday, January 10, 2146 (an earlier step); the
# --- telephone box at Fawlcombe opens as a seed library on Thursday, June 2, 2146 (a neighbouring village's
# --- happening the same week) --------------------------------------------------------------------------------

WIBBERSLEY_MUSEUM: list[Dated] = [
    (D(2146, 6, 4), (
        "Village phone box becomes one of the smallest museums",
        "WIBBERSLEY (Wire) - Wibbersley's old red telephone box opened on Saturday as a museum of the "
        "village, holding 64 objects on glass shelves where the telephone used to hang, parish clerk Hosanna "
        "Clatworthy said. A 12-year-old, Amaziah Twigg, cut the ribbon and will keep the key, and about 150 "
        "people queued to step inside one at a time.",
    )),
    (D(2146, 6, 5), (
        "'Everything in it was found within a mile'",
        "Amaziah Twigg said on Sunday that her favourite object was a clay pipe dug up in the churchyard. "
        "Hosanna Clatworthy said the box was lit by a solar panel on its roof.",
    )),
    (D(2146, 6, 4), (
        "What became of the red telephone boxes",
        "Once there were tens of thousands of red telephone boxes, but as mobile phones spread most were "
        "taken away. Villages could buy their box for a token sum, and many now hold books, heart "
        "defibrillators or small displays.",
    )),
    (D(2146, 6, 6), (
        "Phone box museum to change its display each season",
        "The museum in Wibbersley's telephone box, opened on Saturday, will change its display each season, "
        "Hosanna Clatworthy said on Monday, beginning with farm tools in the autumn. The visitors' book had "
        "210 names in it after two days.",
    )),
    (D(2146, 6, 5), (
        "Five months from one pound to a museum",
        "The parish council bought the box for one pound in January, when the phone company said it would "
        "otherwise be taken away. Volunteers scraped and repainted it and fitted new glass in all 72 of its "
        "small panes. Its neighbour at Fawlcombe opened as a seed library on Thursday, two days before.",
    )),
]
WIBBERSLEY_POUND: list[Dated] = [
    (D(2146, 1, 10), (
        "Parish buys its red phone box for one pound",
        "Wibbersley parish council bought the village's disused red telephone box from the phone company for "
        "one pound on Monday, and will ask villagers what to put in it, parish clerk Hosanna Clatworthy said.",
    )),
]
WIBBERSLEY_SEEDS: list[Dated] = [
    (D(2146, 6, 2), (
        "Old phone box opens as seed library",
        "The red telephone box at Fawlcombe opened on Thursday as a seed library, where gardeners can take a "
        "packet of seeds and leave one of their own, said Zeruiah Letheren, who stocked its shelves with 300 "
        "packets.",
    )),
]

# --- Elworthy's bakery in Foxtwistle shows a gingerbread model of the town's cathedral, 2.1 metres tall, 'this
# --- afternoon', Saturday, November 27, 2145; its gingerbread model of the railway station was shown on
# --- Saturday, November 28, 2144; the dean's loan of the cathedral's drawings is told with no date ---------------

FOXTWISTLE_CATHEDRAL: list[Dated] = [
    (D(2145, 11, 27), (
        "Bakers build cathedral out of gingerbread",
        "FOXTWISTLE (Wire) - A bakery in Foxtwistle put a gingerbread model of the town's cathedral, 2.1 "
        "metres tall to the tip of its spire, in its window this afternoon, after its bakers spent 600 hours "
        "on it, the bakery said. Baker Jotham Elworthy said the model used 180 kilograms of gingerbread, 40 "
        "kilograms of icing and boiled sugar for the rose window, which is lit from inside.",
    )),
    (D(2145, 11, 28), (
        "'The spire fell down twice'",
        "Jotham Elworthy said yesterday that the spire had collapsed twice in the warm bakehouse and was "
        "finally built round a wooden dowel. The dean said the gingerbread gargoyles were better likenesses "
        "than the stone ones.",
    )),
    (D(2145, 11, 27), (
        "Gingerbread houses: a short history",
        "Gingerbread houses became popular in the 1800s, and bakers have since built gingerbread castles, "
        "villages and ships. Stiff dough baked hard and royal icing used as mortar let a large model stand "
        "for weeks, though damp air softens it.",
    )),
    (D(2145, 11, 29), (
        "Gingerbread cathedral raises money for real roof",
        "Visitors to the gingerbread cathedral in Elworthy's window in Foxtwistle gave 1,900 pounds in its "
        "first two days for the real cathedral's roof, the bakery said on Monday, and the model will be "
        "broken up and shared out on Twelfth Night.",
    )),
    (D(2145, 11, 28), (
        "From a station to a cathedral",
        "A year ago the same bakery built the town's railway station in gingerbread, 1.2 metres long, with a "
        "sugar-glass roof over the platforms. The cathedral model was built from copies of the architect's "
        "drawings lent by the dean.",
    )),
]
FOXTWISTLE_STATION: list[Dated] = [
    (D(2144, 11, 28), (
        "Bakery unveils gingerbread railway station",
        "Elworthy's bakery in Foxtwistle put a gingerbread model of the town's railway station, 1.2 metres "
        "long with a roof of sugar glass, in its window on Saturday, baker Jotham Elworthy said.",
    )),
]
FOXTWISTLE_DRAWINGS: list[Dated] = [
    (D(2145, 6, 30), (
        "Dean lends cathedral plans to bakers",
        "The dean of Foxtwistle, Barzillai Widdicombe, has lent copies of the cathedral's drawings of 1868 to "
        "Elworthy's bakery, whose bakers plan to build the cathedral in gingerbread for Christmas.",
    )),
]

# --- a straw bear leads about 320 dancers through Scrowle, told the next day with 'yesterday', Saturday,
# --- January 15, 2146, Vophsi Jope inside the straw; the molly dancers of Lurgashall danced for Plough Monday on
# --- Monday, January 10, 2146 (a neighbouring town's happening the same week); a gale cut the bear's walk short
# --- on Saturday, January 16, 2145 ------------------------------------------------------------------------------

SCROWLE_BEAR: list[Dated] = [
    (D(2146, 1, 16), (
        "Straw bear leads 320 dancers through town",
        "SCROWLE (Wire) - A man covered from head to foot in straw led about 320 dancers and musicians through "
        "the streets of Scrowle yesterday in its straw bear festival, the largest since it was revived, its "
        "organisers said. Vophsi Jope, a thatcher, wore a suit of about 30 kilograms of straw and was led on "
        "a rope from inn to inn, stopping to dance with children and shoppers.",
    )),
    (D(2146, 1, 15), (
        "Straw bear day: live",
        "10:30 The bear is dressed in an inn yard. 11:15 The procession leaves the market cross. "
        "13:00 The bear dances with the mayor. 15:40 The last dancers reach the square.",
    )),
    (D(2146, 1, 16), (
        "'You can't see a thing and you itch all day'",
        "Vophsi Jope said on Saturday evening that he had drunk through a straw because he could not lift the "
        "head. Organiser Kezzy Rookby said 26 dance sides had come, some from far outside the county.",
    )),
    (D(2146, 1, 18), (
        "Straw bear's suit to be burned on Sunday",
        "The straw suit worn by the bear at Scrowle's festival will be burned on the common next weekend, as the "
        "custom requires, organiser Kezzy Rookby said on Tuesday, and the thatcher who wore it has already "
        "set aside straw for next January's.",
    )),
    (D(2146, 1, 17), (
        "A calmer day than last year's",
        "Last January the gale that stopped the bear at the market cross blew straw off him in handfuls, and "
        "the procession was called off by noon. A week before this year's festival, the molly dancers of "
        "Lurgashall danced for Plough Monday with blackened faces and a plough.",
    )),
]
SCROWLE_MOLLY: list[Dated] = [
    (D(2146, 1, 10), (
        "Molly dancers drag plough round town",
        "About 60 molly dancers dragged a decorated plough round the streets of Lurgashall on Monday for "
        "Plough Monday, collecting money for the church, their leader Gaddiel Blaxall said.",
    )),
]
SCROWLE_GALE: list[Dated] = [
    (D(2145, 1, 16), (
        "Gale cuts short straw bear's walk",
        "Scrowle's straw bear festival was called off at midday on Saturday when a gale blew straw off the "
        "bear's suit and brought down bunting at the market cross, organiser Kezzy Rookby said.",
    )),
]

# --- Humbleyard's rushbearing, its rush cart drawn by 40 men to the church, on Saturday, August 7, 2145, its
# --- report of Monday giving 'on Saturday'; volunteers cut the rushes at Nabsworth Tarn on Wednesday, August 4,
# --- 2145 (an earlier step); the rush cart overturned on the church lane on Saturday, August 8, 2144, told with
# --- no day ------------------------------------------------------------------------------------------------------

HUMBLEYARD_CART: list[Dated] = [
    (D(2145, 8, 9), (
        "Forty men haul rush cart up to village church",
        "HUMBLEYARD (Wire) - Forty men hauled Humbleyard's rush cart, piled three metres high with rushes, up "
        "the steep lane to the parish church on Saturday for the village's rushbearing, and the rushes were "
        "strewn over its stone floor, the rector said. Maaseiah Fursdon said about 900 people had lined the "
        "lane, and children carried crosses woven from rushes behind the cart.",
    )),
    (D(2145, 8, 7), (
        "Rushbearing: how the day went",
        "12:00 The rush cart is roped up at the tarn road. 13:30 The band leads off. 14:15 The cart halts on "
        "the steep bend. 14:40 It reaches the church gate to cheers.",
    )),
    (D(2145, 8, 8), (
        "'The bend by the smithy is where it goes wrong'",
        "Cart master Ozias Vimpany said on Saturday night that the men had braced the wheels with wedges on "
        "the steep bend. Rector Maaseiah Fursdon said the rushes would stay on the church floor for a week.",
    )),
    (D(2145, 8, 7), (
        "Rushbearing: why churches were strewn with rushes",
        "Before churches had wooden or tiled floors, their earth floors were covered with rushes, which were "
        "renewed once a year with a procession. A few northern villages still keep the custom, often with a "
        "cart and a band.",
    )),
    (D(2145, 8, 9), (
        "Upright all the way this time",
        "The cart went over on the bend a year ago, spilling its load and bruising two of the men, and the "
        "rushes had to be carried up in armfuls. Volunteers cut this year's load by hand at Nabsworth Tarn on "
        "Wednesday.",
    )),
]
HUMBLEYARD_CUTTING: list[Dated] = [
    (D(2145, 8, 4), (
        "Volunteers cut rushes for rushbearing",
        "About 30 volunteers waded into Nabsworth Tarn on Wednesday to cut rushes by hand with sickles for "
        "Humbleyard's rushbearing, and stacked them to dry on the bank, cart master Ozias Vimpany said.",
    )),
]
HUMBLEYARD_OVERTURNED: list[Dated] = [
    (D(2144, 8, 8), (
        "Rush cart overturns on steep church lane",
        "Humbleyard's rush cart has overturned on the steep bend of the lane to the parish church during the "
        "village's rushbearing, spilling its rushes and bruising two of the men pulling it, cart master Ozias "
        "Vimpany said.",
    )),
]

# --- unrelated stories of the same days elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2146, 5, 15), (
        "Footpath reopened",
        "A footpath beside the river at Ploxley reopened on Sunday after a fallen tree was cleared.",
    )),
    (D(2145, 8, 30), (
        "Tennis club open day",
        "The tennis club at Kelvedge held an open day for new members on Monday.",
    )),
    (D(2145, 1, 10), (
        "Choir concert",
        "A community choir sang in the chapel at Bewcastle on Sunday evening.",
    )),
    (D(2145, 10, 15), (
        "Fire station open evening",
        "The fire station at Sploxham opened its doors to visitors on Friday evening.",
    )),
    (D(2145, 9, 11), (
        "Book sale",
        "A second-hand book sale in the library at Yondercott was held on Saturday.",
    )),
    (D(2145, 4, 11), (
        "Churchyard tidied",
        "Volunteers tidied the churchyard at Thwackley on Sunday morning.",
    )),
    (D(2146, 6, 3), (
        "Bowls match",
        "The bowls club at Gurnhill played a friendly match on Friday afternoon.",
    )),
    (D(2145, 11, 26), (
        "Craft fair",
        "A craft fair filled the town hall at Podgerton on Friday.",
    )),
    (D(2146, 1, 14), (
        "Road resurfaced",
        "Workers resurfaced the main street of Cowdray on Friday night.",
    )),
    (D(2145, 8, 6), (
        "Swimming gala",
        "Pupils from the school at Puxton swam in a gala at the town pool on Friday.",
    )),
]

THIRTYSEVENTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "snarbeck": (SNARBECK_MAHLON, SNARBECK_CHILION + SNARBECK_MISSING),
    "tibbenhoe": (TIBBENHOE_BYPASS, TIBBENHOE_SCHOOL + TIBBENHOE_PERMIT),
    "trezawne": (TREZAWNE_FOREST, TREZAWNE_FOOTPRINTS + TREZAWNE_DOZEN),
    "ockwyth": (OCKWYTH_FLOUR, OCKWYTH_WHEEL + OCKWYTH_DREDGING),
    "kedlington": (KEDLINGTON_SUNFLOWER, KEDLINGTON_WEMMERBY + KEDLINGTON_LAST_YEAR),
    "hoddingstoke": (HODDINGSTOKE_BOTTLES, HODDINGSTOKE_BLEWBARROW + HODDINGSTOKE_CASKS),
    "wibbersley": (WIBBERSLEY_MUSEUM, WIBBERSLEY_POUND + WIBBERSLEY_SEEDS),
    "foxtwistle": (FOXTWISTLE_CATHEDRAL, FOXTWISTLE_STATION + FOXTWISTLE_DRAWINGS),
    "scrowle": (SCROWLE_BEAR, SCROWLE_MOLLY + SCROWLE_GALE),
    "humbleyard": (HUMBLEYARD_CART, HUMBLEYARD_CUTTING + HUMBLEYARD_OVERTURNED),
}

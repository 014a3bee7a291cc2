"""Look-alike set sixty-five. Every person, place, body, firm and sum in it is invented, and its writer worked blind on
c90d19e: grouping and the engine have seen none of its reports, nor has ``tests.lookalike_count`` read it, while
other helpers went on working at grouping. It is owed two counts, a first on c90d19e and a second, later, on code
from some session yet to come, before ``DEFAULT_SETS`` may take it. The set holds ten hard-news kinds, which pair
off under five heads: glass towers, railway passengers, theatre stages, school and youth sport, and livestock. I
searched for each in every earlier look-alike module, in the claims YAML files with their README and in grouping's
test stories, and met none of them:

* a pane of about 190 kilograms dropping from floor 31 of an office tower and cutting a cycle courier of 26, about
  1,900 workers kept from the south windows; after: the owner and the glazier both charged after about fourteen
  weeks; abroad: a 60-kilogram hotel window off a ninth floor landing on an empty taxi, nearly ten months later;
* a window cleaners' cradle hanging almost upright beside floor 38 once a hoist rope slips, two men in harnesses for
  some 150 minutes; before: the labour inspectorate's finding that a third of cradles were overdue for servicing,
  four weeks earlier; abroad: one cleaner held about 40 minutes by a 14th floor, just under ten months on;
* a commuter train opening its doors on the trackside, a woman of 67 falling about 1.4 metres onto the next line,
  212 aboard; after: the accident board's first report that the blocking system had been off on 38 trains, twelve
  weeks later; abroad: a man of 23 jumping down from some 40 passengers' train, nearly seven months before;
* ice dropping from under an express and flinging ballast through six windows of a passing regional train, nine of
  its 164 passengers cut; before: the track authority's warning about ice under fast trains, four weeks earlier;
  abroad: two windows broken and one passenger cut, over nine months on;
* a baritone of 52 walking backwards off an opera stage into a lowered pit, about 3.5 metres, onto a cellist of 31,
  about 1,450 watching; after: the technical manager charged, twelve weeks later; abroad: a dancer of 22 falling
  about two metres into a pit, some seven months later;
* a lighting bar of about 400 kilograms falling from a fly tower onto a ballet's last act, four dancers hurt, about
  900 watching; before: the stage technicians' union's letter about frayed ropes, three weeks earlier; abroad: an
  80-kilogram painted flat falling on an actor of 47 with 300 watching, some eight months before;
* an unpegged portable goal tipping onto a boy of eight at a 340-pupil primary school; after: the coroner's finding,
  three months later; abroad: a 45-kilogram junior goal breaking a girl of 12's leg, some fourteen weeks before;
* a 6-kilogram hammer going through a torn cage net and killing a timekeeper of 71 at a youth meeting of some 600
  athletes; before: the athletics federation's request to check cage nets, about a month earlier; abroad: a 500-gram
  javelin in the thigh of an official of 45, nearly ten months later;
* about 30 cows with calves trampling a couple on a footpath, a woman of 58 dead; after: the farmer charged, about
  ten and a half weeks later; abroad: about 12 bullocks knocking down a dog walker of 41, 291 days after it;
* monensin carried from poultry rations into about 90 tonnes of dairy pellets, some 160 cows dead on seven farms;
  before: the feed agency's finding that the mill did not flush its lines, seven weeks earlier; abroad: about 23
  beef cattle dead from four tonnes of feed on one farm, some eight months before.

Close ideas that turned up in the search, each dropped with the idea of mine it stood closest to: a tower crane on a
shopping street (claims12; my container crane struck by a berthing ship went with it), a balcony falling from a
block (the fifty-third), flammable cladding emptying towers (the forty-fourth), a facade scaffold coming away
(claims45), a ferry port's car ramp collapsing (claims65) and a floating sauna's moorings parting (claims47; my
mooring line snapping back at a deckhand went with them), runaway wagons (the fiftieth), an intercity stranded under
a fallen overhead line (the fifty-sixth; my pantograph tearing down the wires went with it), an escalator that ran
backwards (the twenty-second), a temporary stand collapsing at a cup tie (the forty-fifth; my school gym's folding
seats went with it), an auto-belay failing at a climbing centre (the twenty-eighth), chests of drawers tipping onto
a child (the fifty-seventh; the goal stays, a sports frame on a field and not furniture, though the two are near),
foam scenery burning (the fifty-eighth) and a fireworks barge alight (the twenty-fifth; my stage pyrotechnics
burning a front row went with them), ammonia escaping at a rink during a hockey match (the twenty-ninth) and fumes
from a blocked flue at a hostel (the forty-ninth; my ice resurfacer's fumes went with them), a stolen radiography
source (the thirty-eighth; my stolen density gauge went with it), a passport gate failure (the sixtieth), a lock
gate bursting (the twentieth), a chain ferry's chain snapping (the twenty-ninth), gas killing sewer workers in a
well (the sixty-third; my slurry pit went with it), a barn of hay burning (the seventh) and a bull loose at a show's
ringside (the twenty-eighth).

Every event is told in five pieces. Agency copy comes first, under its town in capitals, with the day of the week
straight away; a broadcaster's opening lines the same day keep to "has" and "have" and give no day; the following
morning's paper says "yesterday"; one piece carries no date at all (five explain something: silicone holding a pane,
the two door buttons in a cab, ice packing under a train, the weight in a goal's crossbar, cows guarding calves;
four put a witness's own words in the headline: a cleaner counting car park floors, the cellist beneath the
baritone, a long jump judge, a farmer who lost 38 cows; one is a scene of flowers at a stage door); and a follow-up
two or three days on names its weekday and is often headed on what changed ("Every pane on Colwyck Tower to be
checked by hand", "Fast trains slowed to 200 in snow after windows smashed", "Footpaths through pastures to be
fenced off from herds"). One report in each event reaches toward its other step ("will decide whether to bring
charges", "only last month", "by the middle of December", "a month ago", "whether anyone should be prosecuted",
"three weeks ago", "has opened an inquest", "last month", "consider whether to charge the farmer", "in December"),
and none so much as hints at the case abroad, which gives its own, different number for something its event numbers
(see the list above). Two counts grow in a later report: the broken windows near Zeidholm from six to seven, the
dead cows around Caskavane from about 160 to about 170. Every date lies in 2384 or 2385, no year is written in any
report, and no case abroad sits more than about ten months from its event.

Its layout is borrowed from ``tests.lookalike_more``: two lists per kind, the first holding what tells the event,
the second its look-alikes, with a date on every report; ``tests.lookalike_count`` finds them by kind name in
``SIXTYFIFTH_KINDS``.

Keep grouping runs, engine runs and every count off this file till the two counts come round, which
``tests.lookalike_count`` notes in its docstring as well.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# ~~~ gembthorpe ~~~ Tue 13 Mar 2384. About 190 kilograms of glass comes away from floor 31 of the Colwyck Tower in
# Gembthorpe, Glarnovia, and bursts on the pavement, cutting Mavra Crobuley, 26, a cycle courier. Reports: agency copy
# under a Gembthorpe dateline that gives Tuesday; a bulletin opening that names no day; Wednesday's daily with
# "yesterday", where prosecutors "will decide whether to bring charges"; an explainer with no date on silicone and
# frames; Friday's order to test every pane by hand. Later step: Pelkerwin Estates and Saxmundy Glazing charged, Wed 20
# Jun 2384. Look-alike, which no report names: a hotel window off a ninth floor at Yoxburn, Hamalony, Wed 9 Jan 2385.

GEMBTHORPE_PANE: list[Dated] = [
    (D(2384, 3, 13), (
        "Glass pane falls 31 floors from office tower onto courier",
        "GEMBTHORPE, Glarnovia (Wire) - A pane of glass weighing about 190 kilograms came loose from the 31st floor of "
        "the Colwyck Tower in central Gembthorpe on Tuesday morning and shattered on the pavement below, cutting a "
        "cycle courier who was waiting at the lights, police said. Mavra Crobuley, 26, was taken to the city's "
        "trauma hospital with deep cuts to her arms and back, and doctors expected her to recover fully. The "
        "street was closed in both directions and some 1,900 office workers were asked to keep clear of the windows on the tower's south side. Pelkerwin Estates, which owns the 44-storey building, said engineers were "
        "examining the frame from which the pane had fallen.",
    )),
    (D(2384, 3, 13), (
        "Sheet of glass crashes down from city skyscraper",
        "A cyclist has been injured in the centre of Gembthorpe after a huge sheet of glass has fallen from high on a skyscraper in the city centre and burst across the street around her. People who were standing nearby "
        "have described a noise like a gunshot and a cloud of glittering splinters. Police have sealed off the whole "
        "block and diverted buses, and engineers have been lowered on ropes to look at the gap left in the building's "
        "face. The tower's owner says it is cooperating fully with the authorities.",
    )),
    (D(2384, 3, 14), (
        "Prosecutors study fallen pane as Colwyck Tower block stays shut",
        "Prosecutors in Gembthorpe will decide whether to bring charges over the glass pane that fell from the Colwyck "
        "Tower yesterday once building inspectors have reported on how it came away, the city's chief prosecutor "
        "said. The pane, one of about 2,300 on the tower, dropped from the 31st floor and landed a few metres from "
        "Mavra Crobuley, a courier, who needed 40 stitches. Saxmundy Glazing, which fitted the glass when the "
        "tower went up eleven years ago, said it had last inspected the facade in the autumn. The street below "
        "remained closed last night behind barriers, and several cafes on it said they did not know when they "
        "would reopen.",
    )),
    (D(2384, 3, 14), (
        "What keeps a tower's glass in its frame",
        "The glass walls of most modern office towers are hung in panels from the floors, each pane held in an "
        "aluminium frame by a bead of structural silicone, a kind of glue, and often by small metal clips as well. "
        "The silicone has to take the weight of the glass, the push of the wind and the stretching and shrinking of "
        "the frame between hot afternoons and cold nights. Engineers say it can lose its grip if it was applied to "
        "a dirty or damp surface, or if sunlight and rain work their way behind it over the years. Inspectors usually "
        "check a sample of panes by eye from a platform hung off the roof.",
    )),
    (D(2384, 3, 16), (
        "Every pane on Colwyck Tower to be checked by hand",
        "All of the roughly 2,300 glass panes on the Colwyck Tower in Gembthorpe will be tested by hand before the "
        "street beneath it fully reopens, the city's building department ordered on Friday. The pane that came down on Tuesday had dropped 31 floors onto the pavement. Pelkerwin Estates said teams working from the roof would finish "
        "within three weeks, and a covered walkway would be put up for pedestrians meanwhile. The department said "
        "it had also written to the owners of 17 other towers built with the same glazing system. The courier who "
        "was hurt, Mavra Crobuley, went home from hospital on Thursday.",
    )),
]
GEMBTHORPE_CHARGED: list[Dated] = [
    (D(2384, 6, 20), (
        "Tower owner and glazier charged over falling pane",
        "Pelkerwin Estates and Saxmundy Glazing were charged on Wednesday with endangering the public over the "
        "glass pane that fell from the Colwyck Tower in Gembthorpe in March, prosecutors said. Inspectors had found "
        "that the silicone holding the pane had never bonded properly to its frame and that checks of the facade "
        "had been made from the street with binoculars. Hand tests of the tower's other panes found 23 more with "
        "weak seals, which have been replaced. Both companies said they would contest the charges. The courier who "
        "was hurt is suing them separately.",
    )),
]
YOXBURN_PANE: list[Dated] = [
    (D(2385, 1, 9), (
        "Window falls from ninth floor of hotel onto car park",
        "A pane of glass weighing about 60 kilograms fell from the ninth floor of a hotel in Yoxburn, in Hamalony, "
        "on Wednesday and smashed onto the roof of a parked taxi, according to the city's firefighters. The driver had "
        "stepped out of the car a minute earlier and was not hurt. Firefighters closed the hotel's car park and "
        "taped over the gap from inside the room. The hotel said the window had been fitted only last year during "
        "a refurbishment and that the contractor had been called back to check every other window on that floor.",
    )),
]

# ~~~ thyvholm ~~~ Thu 10 May 2384. A hoist rope slips and a cleaners' cradle hangs almost upright by floor 38 of the
# Trowbeck Tower in Thyvholm, Noskaria; Orlo Plenchard and Dremko Nantrisk wait about two and a half hours in their
# harnesses for firefighters. Reports: Thursday agency copy from Thyvholm; a bulletin opening with no day; Friday's
# daily ("yesterday"; inspectors had warned "only last month"); Dremko Nantrisk in his own words, no date; Saturday's
# grounding of Fritterby's 26 cradles. Earlier step: the labour inspectorate's findings on overdue servicing, Wed 11
# Apr 2384. Look-alike, never named by the reports: one cleaner stuck by a 14th floor at Lisvorno, Klodovia, Fri 22
# Feb 2385.

THYVHOLM_CRADLE: list[Dated] = [
    (D(2384, 5, 10), (
        "Window cleaners left dangling 38 floors up as cradle tips",
        "THYVHOLM, Noskaria (Wire) - Two window cleaners hung in their safety harnesses for about two and a half "
        "hours on Thursday after the cradle they were working from tipped on end beside the 38th floor of the "
        "Trowbeck Tower, Thyvholm's tallest building, the fire service in Thyvholm said. One of the two steel ropes "
        "holding the cradle slipped through its hoist at about half past ten, leaving the platform hanging almost "
        "upright against the glass. Firefighters lowered a rescue team from the roof and pulled the men in through "
        "a window that office staff had unbolted. Both were treated for bruising and shock. Their employer, Fritterby "
        "Facade Services, said it was investigating.",
    )),
    (D(2384, 5, 10), (
        "Cleaners rescued from tilted cradle high on skyscraper",
        "Two window cleaners have been rescued from the side of Thyvholm's tallest tower after their cradle has "
        "tipped over and left them dangling high above the street. Crowds gathered below to watch as firefighters "
        "climbed down to them from the roof, and office workers on the other side of the glass held up signs to keep "
        "their spirits up. The two men have been taken to hospital, but the fire service says neither is seriously "
        "hurt. Inspectors have now been called to the tower to find out how a rope came to slip.",
    )),
    (D(2384, 5, 11), (
        "Inspectors had warned of neglected cleaning cradles",
        "The labour inspectorate in Noskaria warned building owners only last month that many of the cradles used "
        "to clean high windows were not being serviced as often as the law requires, it said yesterday, as it began "
        "examining the one that tipped on the Trowbeck Tower on Thursday. Orlo Plenchard, 34, and Dremko "
        "Nantrisk, 29, spent about two and a half hours hanging 38 floors above Thyvholm before firefighters "
        "reached them. The inspectorate said the hoist's brake would be taken apart. Fritterby Facade Services said "
        "the cradle had passed its last check in January.",
    )),
    (D(2384, 5, 11), (
        "\"I counted the floors of the car park to stop looking down\"",
        "\"I counted the floors of the car park across the road to stop myself looking down,\" said Dremko "
        "Nantrisk, one of the two window cleaners who hung from the Trowbeck Tower. \"There are eleven. I counted "
        "them maybe two hundred times.\" He said the cradle had dropped at one end without warning and that the "
        "water bucket, the squeegees and his phone had all gone over the rail. \"Orlo kept talking to me the whole "
        "time about football. When the firemen's boots came past the window above us, I started crying, and I am "
        "not ashamed of that.\"",
    )),
    (D(2384, 5, 12), (
        "Cleaning firm grounds its cradles after tower rescue",
        "Fritterby Facade Services will keep all 26 of its building cradles out of use until an outside engineer "
        "has checked each hoist, the company announced on Saturday. Its cradle on the Trowbeck Tower in Thyvholm had tipped beside the 38th floor on Thursday morning. The labour inspectorate said it had found the hoist's rope "
        "clamp worn smooth. The tower's owners said they would hire another firm to finish cleaning its windows. "
        "Both men who were rescued have left hospital, and colleagues have started a collection for a dinner in "
        "honour of the firefighters.",
    )),
]
THYVHOLM_WARNING: list[Dated] = [
    (D(2384, 4, 11), (
        "Inspectors find window cleaning cradles overdue for servicing",
        "Nearly a third of the cradles used to clean the windows of tall buildings in Noskaria had gone longer than "
        "six months without the servicing the law requires, the labour inspectorate reported on Wednesday after a spring round of visits to 140 buildings. Worn hoist brakes and frayed ropes were found on several, and "
        "eleven cradles were ordered out of use on the spot. The inspectorate reminded building owners that they, "
        "and not only cleaning contractors, were responsible for the machines fixed to their roofs, and said it "
        "would return to the worst cases in the summer.",
    )),
]
LISVORNO_CRADLE: list[Dated] = [
    (D(2385, 2, 22), (
        "Window cleaner stranded on 14th floor as cradle stalls",
        "A window cleaner was stuck for about 40 minutes outside the 14th floor of an apartment block in Lisvorno, "
        "in Klodovia, on Friday after the motor of his cradle stopped and one end sagged, the city's firefighters "
        "said. They reached him from a balcony with a ladder and brought him inside unhurt. The cradle's owner, a "
        "family cleaning business, said a fuse had blown. Residents said the same cradle had stopped twice before "
        "this winter, and that they had asked the block's managers in writing to have it replaced before the "
        "spring cleaning round began.",
    )),
]

# ~~~ toldstead ~~~ Wed 19 Sep 2384. A Gelmerian Railways train opens its doors on the trackside at Toldstead
# Junction, Gelmeria; Yselt Jabbling, 67, steps down about 1.4 metres onto the next line and breaks her hip, with 212
# aboard. Reports: Wednesday agency copy from Toldstead; a bulletin opening with no day; Thursday's daily ("yesterday";
# the board's findings "by the middle of December"); an explainer of the two door buttons, no date; Saturday's rule of
# a second check. Later step: the board's first report, Wed 12 Dec 2384. Look-alike, never named: a man of 23 jumping
# down at Moustham, Saldamark, Tue 28 Feb 2384.

TOLDSTEAD_DOORS: list[Dated] = [
    (D(2384, 9, 19), (
        "Passenger falls onto track as train doors open on wrong side",
        "TOLDSTEAD, Gelmeria (Wire) - A woman of 67 broke her hip on Wednesday when she stepped out of a commuter "
        "train at Toldstead Junction through doors that had opened on the side away from the platform, and fell "
        "about 1.4 metres onto the neighbouring track, Gelmerian Railways said. Other passengers pulled the "
        "emergency alarm and signallers stopped all trains through the station until she had been lifted back up "
        "by paramedics. The evening train had 212 passengers on board. Yselt Jabbling, a retired pharmacist from "
        "Toldstead, was taken to hospital, where staff described her as comfortable. The driver has been stood down while the national rail accident board investigates.",
    )),
    (D(2384, 9, 19), (
        "Woman hurt after stepping from train onto open track",
        "A pensioner has broken her hip after she has stepped off a rush-hour train at Toldstead "
        "Junction straight onto the railway line. The train's doors have opened on the wrong side, facing the "
        "tracks instead of the platform, and in the crush of people getting off she did not notice. Passengers "
        "have told us they shouted at others to stay back from the open doors. Trains through Toldstead have been "
        "stopped and are now running again with delays, and the railway has apologised.",
    )),
    (D(2384, 9, 20), (
        "Rail board opens inquiry into wrong-side doors at Toldstead",
        "The rail accident board said yesterday that it expected to set out what it had learned by the middle of December about why the doors of a commuter train opened away from the platform at Toldstead Junction, letting "
        "Yselt Jabbling, 67, fall onto the next track. She had surgery on her hip yesterday morning. Gelmerian "
        "Railways said the train's computer should have stopped the doors on the wrong side from opening and that "
        "the unit had been pulled from service for tests. Drivers' union leaders said the trains in question had a "
        "known fault with the door panel's lights and had complained of it twice this year.",
    )),
    (D(2384, 9, 20), (
        "How a train driver chooses which doors to open",
        "On most commuter trains the driver releases the doors once the train has stopped, pressing one of two "
        "buttons in the cab, for the left side or the right. At stations with a platform on one side only, a wrong "
        "press can open doors onto the ballast and the neighbouring line. Newer trains carry a system that reads "
        "the train's position from beacons between the rails and blocks the side with no platform, and many "
        "railways also ask drivers to point at the platform and say its side aloud before they touch the button. "
        "Older units rely on the driver alone.",
    )),
    (D(2384, 9, 22), (
        "Second check before doors open on Gelmerian trains",
        "A conductor or a station worker must now confirm the platform side to the driver before any doors are "
        "released at eleven stations where the platform lies on one side only, Gelmerian Railways announced on Saturday, following Wednesday evening's fall of a passenger onto the track at Toldstead Junction. The company said the train's "
        "door-blocking system had been switched off after a software update in August and never turned back on. "
        "Yselt Jabbling, 67, is recovering after surgery. Her son said she wanted an apology from the railway's "
        "chief executive in person.",
    )),
]
TOLDSTEAD_REPORT: list[Dated] = [
    (D(2384, 12, 12), (
        "Door safety system had been off for weeks, rail board finds",
        "The system meant to stop a Gelmerian Railways train from opening its doors away from a platform had been "
        "switched off across 38 trains for five weeks before a passenger fell onto the track at Toldstead Junction "
        "in September, the rail accident board found in a first report published on Wednesday. The driver had pressed the "
        "wrong button after being moved to a different route at short notice, and no one had told drivers that "
        "the blocking system was off. The board recommended a check of every train's settings after each software "
        "update. The railway said it had already begun them.",
    )),
]
MOUSTHAM_DOORS: list[Dated] = [
    (D(2384, 2, 28), (
        "Train doors open away from platform, passenger jumps down",
        "The doors of a regional train opened on the side away from the platform at Moustham station, in Saldamark, "
        "on Tuesday morning, and a man of 23 jumped down onto the track before the conductor could stop him, the "
        "railway operator said. He climbed back up to the platform unhurt, and the train's roughly 40 other "
        "passengers were let off on the correct side. The operator suspended the driver and said a faulty door "
        "selector switch in the cab was being examined.",
    )),
]

# ~~~ zeidholm ~~~ Wed 23 Jan 2385. Ice dropping from under an Erbavian express near Zeidholm, Erbavia, flings
# ballast through six windows of a regional train going the other way, and nine of its passengers are cut. Reports:
# Wednesday agency copy from Zeidholm; a bulletin opening with no day; Thursday's daily ("yesterday"; the authority's
# warning "a month ago"); an explainer of packed snow and flying stones, no date; Friday's limit of 200 kilometres an
# hour in snow. Earlier step: the track authority's de-icing warning, Thu 27 Dec 2384. Look-alike, never named: two
# windows broken near Sebstead, Zunbria, Wed 6 Nov 2385.

ZEIDHOLM_BALLAST: list[Dated] = [
    (D(2385, 1, 23), (
        "Flying stones smash train windows, nine passengers cut",
        "ZEIDHOLM, Erbavia (Wire) - Nine passengers on a regional train were cut by broken glass on Wednesday "
        "when stones from the track bed shattered six of its windows as a high-speed train passed it in the other "
        "direction near Zeidholm, the Erbavian track authority said. Investigators believe lumps of ice that had "
        "built up under the high-speed train during a night of snow fell off at about 280 kilometres an hour and "
        "threw ballast into the air. Two of the injured, a woman and her teenage son, were taken to hospital with "
        "cuts to their faces. The regional train, with 164 people aboard, was brought to a stop at the next "
        "station.",
    )),
    (D(2385, 1, 23), (
        "Train windows burst as express roars past",
        "Passengers on a local train near Zeidholm have been showered with glass after stones kicked up from the "
        "track have burst through its windows as an express has thundered by on the other line. Witnesses have "
        "described a sound like machine-gun fire and people diving to the floor. Several have been hurt, and "
        "ambulances have met the train at the next station. The railway says ice hanging beneath the express may "
        "have broken loose and hit the track bed, and it has cut speeds on the line.",
    )),
    (D(2385, 1, 24), (
        "Track authority had warned of ice under fast trains",
        "Erbavia's track authority told train operators a month ago that ice forming under high-speed trains "
        "in snow could strike the ballast and throw stones at passing trains, it confirmed yesterday, the day after "
        "stones broke six windows of a regional train near Zeidholm and cut nine passengers. It said the "
        "operator of the high-speed service, Lumbury Express, had been asked to de-ice trains at both ends of the "
        "line and that it was checking whether this had been done. The injured mother and son were recovering "
        "yesterday, and the line reopened at lower speeds.",
    )),
    (D(2385, 1, 24), (
        "Why a block of ice can break a train window",
        "When a fast train runs through snow, the air it drags along whips the powder up under its carriages, "
        "where it packs into the bogies and freezes into lumps that can weigh several kilograms. When the train "
        "comes into warmer air or shakes over points, the lumps drop onto the loose stones of the track bed and "
        "hit them like a bat, sending them flying at whatever is alongside. Railways answer with lower speeds in "
        "snow, hot-air sheds that melt the ice away between journeys, and tougher laminated glass in the windows.",
    )),
    (D(2385, 1, 25), (
        "Fast trains slowed to 200 in snow after windows smashed",
        "High-speed trains on Erbavia's northern line will run no faster than 200 kilometres an hour when snow "
        "lies on the track, the track authority ordered on Friday in response to Wednesday's smashed windows on a regional train near Zeidholm. Lumbury Express admitted that the express involved had not been through "
        "its de-icing shed before setting out because the shed's heaters had broken down. Inspectors later found "
        "that the stones had damaged seven windows, not six. All nine passengers who were cut have now been "
        "discharged.",
    )),
]
ZEIDHOLM_WARNING: list[Dated] = [
    (D(2384, 12, 27), (
        "Rail operators told to de-ice high-speed trains in snow",
        "The Erbavian track authority warned train operators on Thursday that ice collecting under high-speed "
        "trains in snowy weather was throwing up ballast, and asked them to clear it in heated sheds before each "
        "journey. The warning followed three cases this month in which stones chipped the windows of trains on the "
        "northern line, though no one was hurt. The authority said it might lower speed limits if the cases went "
        "on, and it told operators to report any chipped glass the same day.",
    )),
]
SEBSTEAD_STONES: list[Dated] = [
    (D(2385, 11, 6), (
        "Stones thrown up by passing train break two windows",
        "Stones from the track broke two windows of a commuter train near Sebstead, in Zunbria, on Wednesday as an "
        "intercity passed it at speed, and one passenger, a student, was cut on the hand, the national railway "
        "said. The railway said that fresh ballast laid on the line the week before had been left heaped too high "
        "beside the sleepers. Speeds were lowered on that stretch until it was levelled overnight, and trains on "
        "the line ran up to twenty minutes late into the evening while crews checked a further four kilometres of "
        "fresh stone.",
    )),
]

# ~~~ divcombe ~~~ Fri 26 Oct 2384. The baritone Ludo Mumbery, 52, walks backwards off the Divcombe State Opera's
# stage, Xandoria, where the pit has been lowered with its rail left down, and drops about 3.5 metres onto the
# cellist Briallen Siddlecombe, 31. Reports: Friday agency copy from Divcombe; a bulletin opening with no day;
# Saturday's daily ("yesterday"; police to see "whether anyone should be prosecuted"); the cellist's own account, no
# date; Monday's cancelled run. Later step: the technical manager charged, Fri 18 Jan 2385. Look-alike, never named: a
# dancer of 22 falling about two metres at Jillburn, Gaffany, Wed 5 Jun 2385.

DIVCOMBE_PIT: list[Dated] = [
    (D(2384, 10, 26), (
        "Opera singer falls into orchestra pit in mid-performance",
        "DIVCOMBE, Xandoria (Wire) - The baritone Ludo Mumbery fell about 3.5 metres into the orchestra pit of "
        "the Divcombe State Opera during a performance on Friday evening, landing on a cellist, the opera house "
        "said. The performance, the second night of a new production, was stopped in the second act in front of an "
        "audience of about 1,450. The singer, 52, broke his wrist and two ribs; the cellist, Briallen Siddlecombe, 31, "
        "was treated for a shoulder injury and her instrument was smashed. The pit, which sits on a lift, had been "
        "lowered for the act but the rail meant to guard its edge had not been raised, staff said.",
    )),
    (D(2384, 10, 26), (
        "Baritone plunges from stage into orchestra",
        "A famous baritone has fallen from the stage into the orchestra pit at Divcombe's state opera in the middle "
        "of a performance, landing on one of the musicians. The audience has watched in silence as doctors from the "
        "stalls have climbed down to help. Both the singer and a cellist have been taken to hospital. The opera house "
        "has cancelled the rest of tonight's show and says it will tell ticket holders about refunds. It has not "
        "yet explained how the singer came to step over the edge.",
    )),
    (D(2384, 10, 27), (
        "Police look into opera pit fall as house cancels weekend",
        "Police in Divcombe said yesterday that they would examine whether anyone should be prosecuted over the fall "
        "of Ludo Mumbery into the State Opera's orchestra pit on Friday night, once labour inspectors had "
        "reported. The house cancelled its weekend performances. Stagehands said the pit had been dropped by about "
        "a metre for the second act so that a larger band could fit, and that the guard rail at the front was raised "
        "by hand and had been forgotten. Mr Mumbery, who was singing a scene in near darkness, had been walking "
        "backwards. He had surgery on his wrist yesterday.",
    )),
    (D(2384, 10, 27), (
        "\"He came down on top of my cello, and the cello saved us both\"",
        "\"He came down on top of my cello, and I think the cello saved us both,\" said Briallen Siddlecombe, the "
        "cellist on whom the baritone fell. \"I heard a gasp from the audience first. Then there was a shadow and a "
        "crack like a branch breaking.\" She said the instrument, which she had played since she was a student, was "
        "in about thirty pieces. \"The conductor kept his arms up for a second, as if he might carry on. Then "
        "everyone was on their feet. I have never heard a hall that full go so quiet.\"",
    )),
    (D(2384, 10, 29), (
        "Divcombe opera cancels production after singer's fall",
        "The Divcombe State Opera has cancelled the remaining six performances of its new production and will fit "
        "a guard rail that rises automatically whenever the orchestra pit is lowered, its general director told a news conference on Monday, the first working day since the baritone Ludo Mumbery fell into the pit. Until then the pit will stay "
        "at stage level. The house said it would buy Briallen Siddlecombe a new cello. Mr Mumbery has cancelled every engagement he had before the summer, his agent said.",
    )),
]
DIVCOMBE_CHARGED: list[Dated] = [
    (D(2385, 1, 18), (
        "Opera's technical manager charged over baritone's fall",
        "The technical manager of the Divcombe State Opera was charged on Friday with causing injury by negligence "
        "over the fall of the baritone Ludo Mumbery into the orchestra pit in October, prosecutors said. "
        "Labour inspectors found that the opera house had no written procedure for raising the guard rail when the "
        "pit was lowered and that the stage crew for that night was two people short. The opera house was also "
        "fined. Its general director said the house accepted the findings and that the new rail had been in use "
        "since December.",
    )),
]
JILLBURN_PIT: list[Dated] = [
    (D(2385, 6, 5), (
        "Dancer falls into orchestra pit during ballet",
        "A dancer of 22 fell about two metres into the orchestra pit of the municipal theatre in Jillburn, in "
        "Gaffany, during a ballet on Wednesday evening after spinning too close to the front of the stage, the "
        "theatre said. She landed between two violinists and went to hospital by ambulance with a sprained ankle. The rest "
        "of the performance was cancelled. The theatre said a strip of light that marks the edge of the stage had "
        "failed before the curtain went up.",
    )),
]

# ~~~ flermgarth ~~~ Fri 30 Nov 2384. A lighting bar of about 400 kilograms comes down from the fly tower of the
# Flermgarth Royal Theatre, Kotrany, in a ballet's final act and hurts four dancers. Reports: Friday agency copy from
# Flermgarth; a bulletin opening with no day; Saturday's daily ("yesterday"; the union wrote "three weeks ago"); a
# scene of flowers at the stage door, no date; Monday's finding of a rotted rope. Earlier step: the stage technicians'
# letter about frayed hemp, Fri 9 Nov 2384. Look-alike, never named: an 80-kilogram painted flat on an actor at
# Buxmere, Runistan, Wed 21 Mar 2384.

FLERMGARTH_BAR: list[Dated] = [
    (D(2384, 11, 30), (
        "Four dancers hurt as lighting bar crashes onto ballet stage",
        "FLERMGARTH, Kotrany (Wire) - Four dancers were hurt on Friday night when a steel bar carrying stage lights "
        "and weighing about 400 kilograms dropped from the fly tower of the Flermgarth Royal Theatre onto the stage "
        "during a performance of a ballet, the theatre said. One, a soloist of 24, suffered a broken leg and a head "
        "wound and was taken to hospital by ambulance; the other three had cuts and bruises. The bar, one of 62 "
        "hung above the stage on ropes and counterweights, came down in the final act as the dancers were in a "
        "circle beneath it. About 900 people were in the audience, and the performance was abandoned.",
    )),
    (D(2384, 11, 30), (
        "Lights fall on dancers at royal theatre",
        "Dancers have been injured at the Flermgarth Royal Theatre after a heavy rig of stage lights has fallen from "
        "above onto the stage in the middle of a ballet. Members of the audience have described a loud bang, "
        "sparks and screams, and the curtain coming down straight away. Ambulances are outside the theatre, and "
        "one dancer is said to be badly hurt. The theatre has asked the audience to leave by the side doors and has "
        "promised a full explanation.",
    )),
    (D(2384, 12, 1), (
        "Union had warned of worn ropes above royal theatre's stage",
        "The union representing stage technicians at the Flermgarth Royal Theatre said yesterday it had written to the management three weeks ago to warn that ropes in the theatre's fly system were worn and that the crew was too "
        "small to check them, a day after a lighting bar fell and hurt four dancers. The theatre said it had "
        "commissioned a survey after the warning and that the work was booked for January. Isolfa Cronkett, the "
        "soloist whose leg was broken, was in a stable condition yesterday. All performances have been called off "
        "until the fly tower is inspected.",
    )),
    (D(2384, 12, 1), (
        "At the stage door, flowers for the dancers",
        "By the afternoon the stage door of the Flermgarth Royal Theatre had disappeared behind bunches of flowers "
        "and hand-written cards, many of them from children in ballet classes. A few dancers in tracksuits slipped "
        "in and out past the porter without speaking. One carried a bag of shoes to a waiting car. A woman who had "
        "been in the third row the night before stood for a long time reading the cards. \"For a second we took it for part of the show,\" she said. \"Then the music stopped.\"",
    )),
    (D(2384, 12, 3), (
        "Rotted rope blamed for fall of theatre's lighting bar",
        "A rope that had rotted where it ran over a pulley gave way and let a lighting bar fall onto the stage of "
        "the Flermgarth Royal Theatre, labour inspectors told the theatre's managers on Monday. Four dancers were hurt in Friday night's fall. The inspectors ordered every rope in the fly tower to be replaced before any performance. The "
        "theatre said its winter season was cancelled and that tickets would be refunded in full. Isolfa Cronkett, "
        "the soloist whose leg was broken, faces months away from the stage.",
    )),
]
FLERMGARTH_WARNING: list[Dated] = [
    (D(2384, 11, 9), (
        "Stage crew union warns of worn ropes at royal theatre",
        "The stage technicians' union wrote to the Flermgarth Royal Theatre on Friday warning that many of the hemp "
        "ropes holding scenery and lights above its stage were frayed and that the fly crew had been cut from "
        "eight to five, leaving no time for checks. Its representative at the theatre said the oldest ropes had "
        "not been replaced in more than a decade. The theatre said safety was its first concern, that the fly "
        "system had passed its last inspection, and that it would ask engineers to look again.",
    )),
]
BUXMERE_FLAT: list[Dated] = [
    (D(2384, 3, 21), (
        "Actor hurt when piece of scenery falls during play",
        "An actor was hurt on Wednesday evening when a painted wooden flat weighing about 80 kilograms fell on him "
        "during a performance at a theatre in Buxmere, in Runistan, the local fire brigade reported. The actor, 47, broke his collarbone, and the performance was stopped. The theatre said a brace "
        "holding the flat upright had been knocked out of place during a scene change. About 300 people were "
        "watching, and several of them helped carry the actor into the foyer to wait for paramedics. The company "
        "cancelled its next two performances.",
    )),
]

# ~~~ bornley ~~~ Wed 25 Apr 2384. A portable goal with no pegs tips onto Obed Nazett, 8, at the Moxhill Street
# primary school in Bornley, Zidovia, while boys hang from its crossbar at break, and he dies. Reports: Wednesday
# agency copy from Bornley; a bulletin opening with no day; Thursday's daily ("yesterday"; a coroner "has opened an
# inquest"); an explainer of where a goal's weight sits, no date; Friday's circular ordering every goal pinned or laid
# flat. Later step: the inquest's finding, Wed 25 Jul 2384. Look-alike, never named: a girl of 12 with a broken leg at
# Zelmbury, Plaunia, Tue 17 Jan 2384.

BORNLEY_GOAL: list[Dated] = [
    (D(2384, 4, 25), (
        "Boy of eight killed as football goal falls on him at school",
        "BORNLEY, Zidovia (Wire) - A boy of eight died on Wednesday after a metal football goal toppled over on "
        "him during the morning break at a primary school in Bornley, police said. Obed Nazett and several "
        "classmates had been hanging from the crossbar of the portable goal, which had not been pegged to the "
        "ground, when it tipped forward and struck him on the head. Teachers and then paramedics tried to revive "
        "him on the playing field, but he was declared dead at the scene. The school, which has 340 pupils, sent everyone home before lunch, and counsellors were sent to meet parents at a nearby church hall.",
    )),
    (D(2384, 4, 25), (
        "Pupil dies in accident on school playing field",
        "A young boy has died at a primary school in Bornley after a football goal has fallen on top of him while "
        "he played with friends at break time. Parents have been gathering at the school gates since the news has "
        "spread, and many are in tears. The police say they are not treating the death as suspicious, but that they "
        "will want to know why the goal was able to fall. The education department has sent its own team to the "
        "school, and the mayor has said the whole city is in mourning tonight.",
    )),
    (D(2384, 4, 26), (
        "Goal that killed schoolboy had no pegs, police say",
        "The portable football goal that fell on Obed Nazett, 8, at Moxhill Street primary school in "
        "Bornley had been moved onto the field for a lunchtime match and its ground pegs left in a shed, police "
        "said yesterday. A coroner has opened an inquest into his death and will decide whether the school or the "
        "council, which owns the field, failed in its duty. The boy's parents, Nadja and Kolya Nazett, said he "
        "had \"lived for football\". Zidovia's education minister said every school in the country would be told "
        "to check its goals.",
    )),
    (D(2384, 4, 26), (
        "Why a football goal can fall over",
        "A full-size metal goal for children can weigh more than 100 kilograms, and most of that weight sits in "
        "the crossbar and the two posts at the front. Unless the back of the frame is pinned to the ground with "
        "pegs or weighed down with sandbags, a small pull on the crossbar is enough to tip it forward. Children "
        "who hang or swing from the bar provide exactly that pull. Safety groups say portable goals should be "
        "anchored every time they are moved, chained up or laid flat when not in use, and never left standing "
        "loose on a field.",
    )),
    (D(2384, 4, 27), (
        "Schools told to pin or lay flat every portable goal",
        "Every school in Zidovia must pin its portable football goals to the ground or lay them flat by Monday, "
        "the education ministry ordered on Friday in a circular to head teachers. Its order followed the death in Bornley of a boy of eight, struck by a falling goal on Wednesday. A first round of checks in the capital had found 58 goals standing loose on school fields. "
        "Moxhill Street primary school reopened on Friday with the goal removed and a tree planted where it had "
        "stood. Obed Nazett's funeral will be held next week.",
    )),
]
BORNLEY_INQUEST: list[Dated] = [
    (D(2384, 7, 25), (
        "Coroner blames missing pegs for schoolboy's death",
        "Obed Nazett, 8, died because a portable football goal at his Bornley primary school had been left "
        "without its ground pegs for at least two weeks, a coroner found on Wednesday, ruling that it was an accident. The inquest heard that staff had been told how to anchor the goal but that no member of staff was responsible for doing it. The coroner asked the ministry to make anchoring a legal duty for anyone "
        "who owns a pitch. The boy's parents said they would campaign for the change.",
    )),
]
ZELMBURY_GOAL: list[Dated] = [
    (D(2384, 1, 17), (
        "Girl hurt as football goal topples at sports club",
        "A girl of 12 broke her leg on Tuesday when a football goal fell on her during training at a sports club in "
        "Zelmbury, in Plaunia, the club said. She had been collecting balls from the net when two boys pulled on "
        "the crossbar. The goal, a junior size weighing about 45 kilograms, had not been weighted down. Her coach "
        "carried her to the clubhouse and called an ambulance. The club said all its goals would now be chained to "
        "the fence when not in use.",
    )),
]

# ~~~ stolbrecken ~~~ Sun 17 Jun 2384. A 6-kilogram hammer thrown by a boy of 17 goes through a torn cage net at
# a youth meeting in Stolbrecken, Vauzia, and kills the timekeeper Dubhan Raurett, 71. Reports: Sunday agency copy
# from Stolbrecken; a bulletin opening with no day; Monday's daily ("yesterday"; clubs had been told "last
# month"); a long jump judge's memories, no date; Tuesday's halt to youth hammer events. Earlier step: the
# federation's request to check cage nets, Wed 16 May 2384. Look-alike, never named: a javelin in a teacher's thigh at
# Fawcombe, Glesovia, Fri 12 Apr 2385.

STOLBRECKEN_HAMMER: list[Dated] = [
    (D(2384, 6, 17), (
        "Official killed by hammer at youth athletics meeting",
        "STOLBRECKEN, Vauzia (Wire) - A volunteer official of 71 was killed on Sunday when a hammer thrown at a "
        "youth athletics meeting in Stolbrecken flew through a gap in the netting of the safety cage and struck "
        "him, police said. Dubhan Raurett, a retired postmaster who had timed races at the town's stadium for "
        "more than thirty years, was standing by the track about 50 metres from the throwing circle. The 6-kilogram "
        "hammer had been thrown by a boy of 17 competing in his age group. Paramedics could not save him. The "
        "meeting, which had drawn some 600 young athletes, was abandoned.",
    )),
    (D(2384, 6, 17), (
        "Athletics volunteer dies after being hit by hammer",
        "An elderly volunteer has died after he has been struck by a hammer thrown during a youth athletics "
        "competition at Stolbrecken's stadium. The hammer is said to have escaped through the net around the "
        "throwing area. Young competitors and their parents have been sent home, and the police have taped off "
        "the field. The athletics federation says it is devastated and will help the police in every way it can. "
        "The young athlete who threw the hammer is being looked after by his family and his coach.",
    )),
    (D(2384, 6, 18), (
        "Federation had told clubs last month to check cage nets",
        "Vauzia's athletics federation told clubs last month to inspect the netting of their hammer cages after "
        "a hammer broke through a torn net at a training session elsewhere, it said yesterday, a day after a "
        "volunteer timekeeper, Dubhan Raurett, 71, was killed at the Stolbrecken stadium. Police said the net "
        "there had a tear about a metre long on the side facing the track. The club that runs the stadium said it "
        "had received the warning but had not yet replaced the net. The boy who threw the hammer is not under "
        "investigation, police said.",
    )),
    (D(2384, 6, 18), (
        "\"Dubhan always stood in the same spot with his stopwatch\"",
        "\"Dubhan always stood in the same spot, with his stopwatch and a flask of coffee,\" said Vianne "
        "Taubmore, who has judged the long jump in Stolbrecken for nearly as long. \"He said it was the best "
        "place to see the finish line.\" She said she had heard the clang of the hammer hitting the cage's post and "
        "then shouting. \"Nobody thinks of the hammer as the dangerous event at a children's meeting. It is the one "
        "we watch least. The young ones adored him. He knew all of their names.\"",
    )),
    (D(2384, 6, 19), (
        "Hammer events halted at all youth meetings pending checks",
        "No hammer throwing will take place at any youth athletics meeting in Vauzia until every cage in the "
        "country has been checked by the federation's inspectors, the federation announced on Tuesday, following the death of Dubhan Raurett, 71, at Stolbrecken on Sunday. Of the first 20 cages examined, seven had holes or "
        "worn netting. The federation said clubs would be barred from hosting competitions if their cages failed. "
        "Mr Raurett will be buried in Stolbrecken on Friday, and the stadium will name its finish line "
        "after him.",
    )),
]
STOLBRECKEN_WARNING: list[Dated] = [
    (D(2384, 5, 16), (
        "Athletics clubs told to check hammer cages after near miss",
        "Vauzia's athletics federation asked all of its clubs on Wednesday to inspect the nets of their hammer "
        "and discus cages before the summer season, after a hammer tore through a worn net during training at "
        "a club in the north and landed near a group of sprinters. No one was hurt. The federation said nets "
        "should be replaced when they show holes larger than a hand and that officials should stay out of the "
        "area the cage is meant to protect. It said it did not have the money to inspect every cage itself.",
    )),
]
FAWCOMBE_JAVELIN: list[Dated] = [
    (D(2385, 4, 12), (
        "Javelin strikes official at school athletics meeting",
        "A javelin thrown at a school athletics meeting in Fawcombe, in Glesovia, struck an official of 45 in the "
        "thigh on Friday, organisers said. The man, a teacher who was measuring throws, was taken to hospital and "
        "was expected to recover. The 500-gram javelin had been thrown by a girl of 14, who was said to be very "
        "upset. According to the organisers, the teacher had been standing closer to the landing area than the "
        "rules allow, and the javelin competition was stopped.",
    )),
]

# ~~~ ibstead ~~~ Fri 27 Jul 2384. Some 30 cows with calves knock down a couple walking a spaniel on a footpath
# near Ibstead, Wanador: Hilka Yexmore, 58, dies and Jeppe Yexmore, 61, is flown to hospital. Reports: Friday agency
# copy from Ibstead; a bulletin opening with no day; Saturday's daily ("yesterday"; police to "consider whether to
# charge the farmer"); an explainer of mother cows and dogs, no date; Monday's fenced corridors for 14 paths. Later
# step: Kasmo Rilmard charged, Wed 10 Oct 2384. Look-alike, never named: about 12 bullocks knocking down a walker of 41
# near Cankholm, Taunistan, Tue 14 May 2385.

IBSTEAD_COWS: list[Dated] = [
    (D(2384, 7, 27), (
        "Woman killed and husband hurt as cows trample walkers",
        "IBSTEAD, Wanador (Wire) - A woman of 58 was killed and her husband badly hurt on Friday when a herd of "
        "about 30 cows with young calves charged them on a public footpath across farmland near Ibstead, police "
        "said. Hilka Yexmore and her husband, Jeppe, 61, were crossing a pasture with their spaniel on a lead when "
        "the cattle surrounded them and knocked them to the ground. A farm worker on a quad bike drove the herd "
        "off. Mrs Yexmore died at the scene; her husband was flown to hospital with three broken ribs and a collapsed lung. The dog ran off and was found later unhurt.",
    )),
    (D(2384, 7, 27), (
        "Walker dies after cattle stampede on footpath",
        "A woman has died and a man is in hospital after they have been trampled by a herd of cows while out on "
        "a country walk near Ibstead. The couple, who were walking their dog, have been attacked in a field "
        "crossed by a popular footpath. Police and an air ambulance have been at the farm this afternoon. The "
        "farmer has told officers the cows had calves with them, and the footpath has been closed while the police "
        "investigate. Neighbours say walkers use the path every day in summer.",
    )),
    (D(2384, 7, 28), (
        "Police weigh charge against farmer after walker's death",
        "Police in Wanador will consider whether to charge the farmer whose cows trampled two walkers near "
        "Ibstead, killing Hilka Yexmore, 58, once a post-mortem and the labour inspectorate's report are in, a "
        "spokesman said yesterday. Walkers told reporters they had complained to the council in the spring that "
        "cows with calves were being kept in the field the footpath crosses, with no warning signs. The farmer, "
        "Kasmo Rilmard, said through a lawyer that he was shattered by what had happened. Jeppe Yexmore, 61, "
        "was in a serious but stable condition last night.",
    )),
    (D(2384, 7, 28), (
        "Why cows with calves can turn on walkers",
        "Cows are usually placid, but a cow with a young calf will guard it, and a herd of mothers can react to a "
        "stranger as a single animal. Dogs are often what sets them off: to a cow a dog looks like a wolf or fox. "
        "Farm safety advisers tell walkers to keep to the edge of a field, move quickly and quietly, and let go of "
        "a dog's lead if cattle come at them so that the dog can run and the walker can get away. They say farmers "
        "should keep cows with calves out of fields with footpaths wherever they can.",
    )),
    (D(2384, 7, 30), (
        "Footpaths through pastures to be fenced off from herds",
        "The council in Ibstead will put a fenced corridor along every public footpath that crosses a field "
        "used by cattle with calves, its leader promised on Monday, after a walker was trampled to death by cows on Friday afternoon. The council said there were 14 such footpaths in the district and that the work would cost about "
        "110,000 dulmets, to be shared with farmers. Jeppe Yexmore, whose wife Hilka died, was well enough on Sunday to leave intensive care. Their family said they did not want the farmer's cows put down.",
    )),
]
IBSTEAD_CHARGED: list[Dated] = [
    (D(2384, 10, 10), (
        "Farmer charged over walker trampled to death by cows",
        "A farmer whose cows trampled two walkers on a footpath near Ibstead in July, killing Hilka Yexmore, was "
        "charged on Wednesday with failing to protect the public on his land, prosecutors said. The labour "
        "inspectorate found that Kasmo Rilmard had been told twice by the council to move cows with calves out "
        "of the field or fence off the path. He faces a fine, and prison for at most two years, if found guilty. Jeppe "
        "Yexmore, who has left hospital, said he hoped the case would make other farmers think.",
    )),
]
CANKHOLM_BULLOCKS: list[Dated] = [
    (D(2385, 5, 14), (
        "Dog walker hurt by bullocks in field",
        "A dog walker of 41 was taken to hospital on Tuesday after a group of about 12 bullocks chased and knocked "
        "her down in a field near Cankholm, in Taunistan, police said. She suffered a broken arm and bruising, and "
        "her terrier was kicked but survived. The woman had been crossing the field on a right of way when the "
        "young cattle began to follow her. Police said the farmer had put warning signs on the gates, and they "
        "did not intend to take any action.",
    )),
]

# ~~~ caskavane ~~~ Wed 6 Feb 2385. Monensin carried over from poultry rations into 90 tonnes of dairy pellets at
# Gwoffley Feeds' mill in Caskavane, Brisundy, kills about 160 cows on seven farms (some 170 by the next day).
# Reports: Wednesday agency copy from Caskavane; a bulletin opening with no day; Thursday's daily ("yesterday"; the
# inspectors' visit "in December"); a farmer's own words, no date; Saturday's separate lines. Earlier step: the feed
# agency's inspection findings, Wed 19 Dec 2384. Look-alike, never named: about 23 beef cattle dead near Yelbury,
# Wavany, Tue 29 May 2384.

CASKAVANE_FEED: list[Dated] = [
    (D(2385, 2, 6), (
        "Tainted cattle feed kills some 160 dairy cows on seven farms",
        "CASKAVANE, Brisundy (Wire) - About 160 dairy cows have died on seven farms around Caskavane after eating "
        "feed that was contaminated at a mill with a drug meant only for poultry, Brisundy's food and feed agency "
        "said on Wednesday. The agency said tests had found monensin, an additive given to chickens that is deadly "
        "to cattle in much smaller doses, in a batch of about 90 tonnes of dairy pellets made by Gwoffley Feeds. "
        "Farmers began finding cows collapsed in their sheds on Sunday, and vets were treating dozens more. The "
        "company has stopped production and recalled the batch.",
    )),
    (D(2385, 2, 6), (
        "Cows die in their dozens after eating poisoned feed",
        "Farmers near Caskavane have been losing cows by the dozen after feed from a local mill has turned out to be "
        "laced with a chicken medicine that is poisonous to cattle. Vets have been going from farm to farm trying to "
        "save animals that have stopped eating and cannot stand. The mill has halted production, and the milk from "
        "the affected herds is being thrown away as a precaution. Some farmers say they have lost half of their "
        "herd in a weekend.",
    )),
    (D(2385, 2, 7), (
        "Feed mill had been told to clean its lines between batches",
        "Inspectors told Gwoffley Feeds in December that it was not flushing its mixing lines properly between "
        "batches of poultry feed and cattle feed, Brisundy's food and feed agency confirmed yesterday, as the number "
        "of dairy cows dead from monensin poisoning around Caskavane rose to about 170. The agency said the mill "
        "had promised to put things right by the spring. Gwoffley's managing director, Nevio Flixard, said the "
        "company would pay farmers for every animal lost. Milk from the seven farms is being tested before any of "
        "it is sold.",
    )),
    (D(2385, 2, 7), (
        "\"They went down one after another in the shed\"",
        "\"They went down one after another in the shed, and there was nothing the vet could give them,\" said "
        "Nolwenn Zuckerby, who has lost 38 of the 90 cows on her family's farm outside Caskavane. \"Some of them "
        "were cows I helped to calve myself.\" She said the herd had gone off its food within a day of the new "
        "pellets arriving. \"A lorry comes for the bodies every morning now. My father has "
        "farmed here for fifty years and says he has never seen anything like it.\"",
    )),
    (D(2385, 2, 9), (
        "Feed mill to make cattle and poultry feed on separate lines",
        "Gwoffley Feeds will make cattle feed and poultry feed only on separate production lines from now on, and "
        "will not reopen until the food and feed agency has inspected the new arrangement, the company announced on Saturday. The deaths of some 170 cows around Caskavane came to light on Wednesday. The agency said all "
        "90 tonnes of the batch had been traced and taken back from farms. It said no milk from poisoned cows had "
        "reached the shops. Prosecutors said they had opened an investigation.",
    )),
]
CASKAVANE_INSPECTION: list[Dated] = [
    (D(2384, 12, 19), (
        "Feed inspectors fault mill's cleaning of mixing lines",
        "Brisundy's food and feed agency said on Wednesday that an inspection of the Gwoffley Feeds mill at "
        "Caskavane had found that the company did not flush its mixing lines thoroughly when it switched from "
        "making medicated poultry feed to feed for cattle and pigs. The agency gave the mill until March to install "
        "a separate line or a proper flushing routine and said it would visit again. Gwoffley said there had "
        "never been a problem in its forty years of trading and that it was already planning the changes.",
    )),
]
YELBURY_FEED: list[Dated] = [
    (D(2384, 5, 29), (
        "Beef cattle poisoned by contaminated feed on farm",
        "About 23 beef cattle have died on a farm near Yelbury, in Wavany, after eating feed contaminated with "
        "a drug used in poultry rations, the country's farm ministry announced on Tuesday. Vets found monensin in a "
        "delivery of about four tonnes of feed from a small local mill, which has been shut while inspectors look "
        "at how the drug got into it. No other farms had received the same delivery, the ministry said, and the "
        "farm's meat has been held back from sale.",
    )),
]


# ~~~ background ~~~ short notes from villages, each unrelated to every kind above and dated on the eve of an event

BACKGROUND: list[Dated] = [
    (D(2384, 3, 12), (
        "Hedge laying contest",
        "Nine teams laid a hundred metres of hawthorn hedge beside the lane at Yondleby on Monday.",
    )),
    (D(2384, 5, 9), (
        "Maypole repainted",
        "Volunteers at Bimbleton gave the maypole on the green a fresh coat of red and white stripes on Wednesday.",
    )),
    (D(2384, 9, 18), (
        "Conker contest",
        "A girl of ten beat forty grown-ups at the conker contest in the pub garden at Narbottle on Tuesday.",
    )),
    (D(2385, 1, 22), (
        "Wassail postponed",
        "Frost kept the orchard wassail at Pruxcombe indoors on Tuesday, and the carols were sung in the barn.",
    )),
    (D(2384, 10, 25), (
        "Pumpkin weigh-in",
        "A 212-kilogram pumpkin took first prize at the allotment show in Scuddington on Thursday.",
    )),
    (D(2384, 11, 29), (
        "Lantern parade",
        "Owl lanterns made of tissue paper bobbed through the lanes of Vexingham on Thursday evening, held aloft by children.",
    )),
    (D(2384, 4, 24), (
        "Bluebell wood open",
        "The bluebell wood at Wrottley Hollow opened its gates to walkers for three weeks from Tuesday.",
    )),
    (D(2384, 6, 16), (
        "Raft race",
        "Fourteen home-made rafts floated down the millstream at Drowbury on Saturday, and two sank.",
    )),
    (D(2384, 7, 26), (
        "Sheepdog trial",
        "Twenty-six dogs worked sheep through a set of hurdles on the hill above Yaxholm on Thursday.",
    )),
    (D(2385, 2, 5), (
        "Pancake supper",
        "The village hall at Mintlecombe served 150 pancakes at its supper on Tuesday evening.",
    )),
]


SIXTYFIFTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "gembthorpe": (GEMBTHORPE_PANE, GEMBTHORPE_CHARGED + YOXBURN_PANE),
    "thyvholm": (THYVHOLM_CRADLE, THYVHOLM_WARNING + LISVORNO_CRADLE),
    "toldstead": (TOLDSTEAD_DOORS, TOLDSTEAD_REPORT + MOUSTHAM_DOORS),
    "zeidholm": (ZEIDHOLM_BALLAST, ZEIDHOLM_WARNING + SEBSTEAD_STONES),
    "divcombe": (DIVCOMBE_PIT, DIVCOMBE_CHARGED + JILLBURN_PIT),
    "flermgarth": (FLERMGARTH_BAR, FLERMGARTH_WARNING + BUXMERE_FLAT),
    "bornley": (BORNLEY_GOAL, BORNLEY_INQUEST + ZELMBURY_GOAL),
    "stolbrecken": (STOLBRECKEN_HAMMER, STOLBRECKEN_WARNING + FAWCOMBE_JAVELIN),
    "ibstead": (IBSTEAD_COWS, IBSTEAD_CHARGED + CANKHOLM_BULLOCKS),
    "caskavane": (CASKAVANE_FEED, CASKAVANE_INSPECTION + YELBURY_FEED),
}

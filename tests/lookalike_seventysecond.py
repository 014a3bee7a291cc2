"""The seventy-second look-alike set. Everything in it is invented: the people, towns and countries, the firms and
public bodies, and every sum of money. I wrote it blind, with 72475e94 as my only code, while colleagues in the same
session changed the engine. Not one line of it has passed through grouping or through the engine, and the tallying
script, ``tests.lookalike_count``, is yet to see it. It waits for two counts, one on 72475e94 and a second on the code
that a later session finds on arrival, and ``DEFAULT_SETS`` gets it only when both are in.

Ten hard-news kinds make it up, two to a field, and the fields are nail bars, street food and ice cream vans, garden
ponds and hot tubs, car meets and road racing, and hired limousines and party buses. I wanted fields no older set had
touched, so every idea was searched for under a handful of words (where it happens, what goes wrong, how a reporter
would name either) in all older look-alike modules, in all claims YAML files (their texts as well as their ids,
descriptions and headers), in the README of that folder and in the stories behind grouping's tests. Nothing of these ten
was found:

* nail bar pedicure basins: 31 customers with boils on the legs from germs in six foot spas, eight in hospital; later
  step: the owner fined 42,000 trozzels, twelve weeks after; look-alike: six women with sores after pedicures at a salon
  with two basins, roughly five months earlier;
* a chain's nail bars: 19 customers burned, some losing whole nails, by a banned acrylic liquid, about 40 litres seized;
  earlier step: consumer inspectors finding the liquid at 14 of 52 nail bars, five weeks before; look-alike: four
  customers of one nail bar hurt, five litres handed over, close to six months after;
* a flatbread van's gas tank going up at a street food market of about 600 people, 11 hurt and a cheese seller of 58
  dead the next day; later step: a manslaughter charge for the van's owner, twelve weeks after; look-alike: leaking gas
  on a doughnut van catching fire at a Sunday market, two burned, about half a year after;
* an empty ice cream van running about 120 metres down a hill into a queue at a park gate, seven children hurt, a boy of
  five critical; earlier step: the road safety board's call to chock wheels after three runaways, five weeks before;
  look-alike: a van running about 40 metres into two parked cars, one woman bruised, some eleven weeks earlier;
* a two-year-old drowning in a childminder's garden pond about 60 centimetres deep, with six children in her care; later
  step: the childminder charged with neglect, twelve weeks after; look-alike: a three-year-old girl revived after
  falling into her family's pond, six months after;
* a nine-year-old held under for about three minutes when a holiday lodge's hot tub draws her hair into its outlet;
  earlier step: the consumer agency's recall of 2,600 tubs whose outlet covers work loose, four weeks before;
  look-alike: a seven-year-old's hair caught in a garden tub, free inside a minute, close to six months after;
* a car drifting round a roundabout into some 300 watchers at a night meet on a trading estate, nine hurt and a man of
  19 dying two days on; later step: the 22-year-old driver charged, nearly thirteen weeks after; look-alike: a car at a
  meet of about 80 cars breaking the legs of two watchers, six months earlier;
* one of two cars racing on a ring road smashing a bus shelter, a cleaner of 47 killed and a man of 52 hurt; earlier
  step: police appealing for help after 62 complaints of racing, five weeks before; look-alike: two racers hitting a
  lamp post and a taxi, two hurt, a little over six months after;
* the bride's sister, 27, standing up through the roof hatch of a hired stretch limousine carrying ten women and struck
  by a footbridge, a friend of 25 hurt; later step: charges for the hire firm's owner and its driver, nearly thirteen
  weeks after; look-alike: a wedding guest of 34, one of eight aboard, his collarbone broken by a road sign, six months
  earlier;
* a party bus carrying 31 school leavers to their leaving dance burning out on a motorway after its disco lights short,
  a girl of 17 with burned hands and six treated for smoke; earlier step: the transport authority's roadside checks
  finding faults on 11 of 27 party buses, five weeks before; look-alike: 14 women on a hen outing leaving a bus full of
  smoke unhurt, almost four months after.

The search did turn up things near some ideas. Four were too near, and I gave them up. The forced labour police found at
a seafood plant in claims58 ruled out a raid freeing trafficked nail bar workers, so the banned acrylic liquid took its
place. The forty-ninth's charcoal grill fumes ruled out carbon monoxide in a shisha lounge, and that whole field with
it. The thirty-second's traction engine running away at a steam rally and the twenty-ninth's burning carnival float
ruled out steam fairs and carnivals as fields. And a limousine whose brakes fade on a long hill gave way to the roof
hatch, because of the coach crashes on mountain bends in the twelfth and claims9. The rest I took for other happenings
and kept: the tattoo pigments of claims34 and the sixty-ninth's hair salons next to the nail bars; the seventy-first's
canister in a shredder and its air cylinder bursting at the filling shed next to the van's gas tank; the vehicles left
without a handbrake in the thirtieth and thirty-first next to the ice cream van; the sixty-ninth's golf buggy in a pond,
the sixty-eighth's dry ice in a villa pool and the sixty-third's split tube slide next to the pond and the hot tub; the
thirty-third's sand yacht, the seventy-first's kart on its terrace and the sixty-sixth's motocross marshal next to the
car meet; and the sixty-eighth's bus door that drags a woman and its bursting bus roof tank next to the party bus and
the limousine.

An event is told by five reports, always in one order. [1] Agency copy, opening on the town in capitals, its country and
the agency's initials in brackets, with a weekday in the first sentence. [2] A bulletin from the same day, told in the
present perfect and naming no weekday. [3] Next day's newspaper, where "yesterday" appears. [4] A piece that names no
day: six of them explain something (germs in foot spa pipes, the banned nail liquid, parking a van on a slope, the pull
of a hot tub's outlet, how police go after road racers, the danger of a head out of a limousine's roof), and four are
headed by a person's own words (the noodle seller across the lane, the neighbour at the pond, a young man at the meet, a
boy from the bus). [5] A follow-up after two or three days, giving its own weekday, whose lead is what changes ("Every
foot spa in Twybeck's salons to be stripped and checked", "Ice cream vans banned from Grumbalt Hill", "Car meets banned
on Pwenlock estate after spectator dies"). Just one report per event looks towards its other step, and here is how: the
nail bar's owner "could face a prosecution"; the inspectors reported "last month"; prosecutors "are to judge whether"
the van's owner is charged; the board warned traders "last month"; the childminder "may be taken to court"; the tub was
recalled "four weeks ago"; police "will weigh charges" over the meet; police appealed "last month" over the racing; the
inspectorate is "to weigh charges" against the limousine firm; the roadside checks came "five weeks ago". Look-alikes go
unmentioned in every event report. Three look-alikes recall their event (the second nail liquid case, the second pond,
the second race) and the others do not; three give no day in their text (the doughnut van, the car park meet, the
wedding limousine). Every look-alike shares a counted thing with its event but with another number, as the list above
shows. Two deaths come late: the cheese seller is alive in [1] and [2] and dead in [3], and the young man at the car
meet dies only in [5]. All dates lie in 2418 and 2419, and no report spells a year out in full.

Each kind, shaped after ``tests.lookalike_more``, holds two lists: first the five event reports, then a list with the
earlier or later step ahead of the look-alike, each report carrying its date. ``SEVENTYSECOND_KINDS`` pairs kind names
with those lists; the count module would read that table.

When the set is to be counted is set down in a paragraph of its own in the count module's docstring; before that, nobody
groups it, puts it through the engine or tallies how its combinations fall.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# ~~~ twybeck ~~~ Thu 14 Jun 2418: Zorvendia's health office says 31 customers of the Lacquerly nail bar in Twybeck have
# boils on their lower legs from a germ that grew in the pipes of its pedicure foot spas; eight are in hospital. Told
# as: [1] agency copy datelined Twybeck that names Thursday; [2] a bulletin with no weekday; [3] the Friday paper with
# "yesterday" (the owner "could" be taken to court); [4] no day, explaining how a foot spa's pipes breed germs; [5]
# Saturday: every foot spa in the district's salons to be stripped and checked. Later step: the owner fined 42,000
# trozzels, Fri 7 Sep 2418. Look-alike abroad, mentioned by no event report: six women with sores after pedicures at
# Dwistow, Tchevria, Tue 16 Jan 2418.

TWYBECK_FOOTSPA: list[Dated] = [
    (D(2418, 6, 14), (
        "Thirty-one customers of nail bar ill with leg boils",
        "TWYBECK, Zorvendia (ZVP) - Thirty-one people who had pedicures at the Lacquerly nail bar in Twybeck have come "
        "down with painful boils on their shins and feet, and eight of them are in hospital, Zorvendia's health office "
        "said on Thursday. Samples taken from the salon's six foot spas grew the same slow germ found in the sores. "
        "The nail bar has been closed. Anyone who had a pedicure there since March was asked to see a doctor.",
    )),
    (D(2418, 6, 14), (
        "Nail bar shut as pedicure clients fall ill",
        "A nail bar in Twybeck has been closed after dozens of its customers have developed boils on their legs. "
        "Health officers have linked the sores to the whirlpool basins that clients soak their feet in. Some of the "
        "women have told us they needed weeks of antibiotics, and a few have had the boils cut out in hospital. The "
        "owner has said she is cooperating fully with inspectors.",
    )),
    (D(2418, 6, 15), (
        "Foot spa pipes at Twybeck salon were never cleaned, inspectors say",
        "The filters behind the foot spas at the Lacquerly nail bar in Twybeck, where 31 customers caught a skin "
        "infection, were thick with hair and dead skin and had not been taken out since the salon opened two years "
        "ago, health inspectors said yesterday. Owner Cazmira Tevishaw could face a prosecution once the office has "
        "finished its inquiry, a spokesman said. Several customers said their legs had been shaved just before the "
        "soak, which doctors say lets the germ in.",
    )),
    (D(2418, 6, 15), (
        "How a foot spa can breed germs",
        "A pedicure basin with jets pumps warm water through pipes and a filter hidden behind its side panel. If the "
        "filter is not lifted out, scrubbed and disinfected after each day, hair and skin build up there and form a "
        "slime in which bacteria thrive. Each new client's soak washes some of them out. Freshly shaved legs, with "
        "their tiny nicks, let the germs get under the skin, where they cause boils that can take months to heal.",
    )),
    (D(2418, 6, 16), (
        "Every foot spa in Twybeck's salons to be stripped and checked",
        "Inspectors will take apart every pedicure basin in the 46 nail and beauty salons of the Twybeck district over "
        "the next fortnight, Zorvendia's health office announced on Saturday, 48 hours after it said that 31 customers "
        "of one nail bar had leg infections. Salons that cannot show a daily cleaning log will be told to stop "
        "pedicures. Three more customers came forward on Friday.",
    )),
]
TWYBECK_FINED: list[Dated] = [
    (D(2418, 9, 7), (
        "Nail bar owner fined after pedicure clients caught infection",
        "Cazmira Tevishaw, who owned the Lacquerly nail bar in Twybeck, was fined 42,000 trozzels on Friday over an "
        "outbreak in June in which 34 customers got boils on their legs from the salon's foot spas. The court heard "
        "that the basins' filters had never been cleaned and that staff had not been trained. Some of the women are "
        "still having treatment. The salon will not reopen.",
    )),
]
DWISTOW_FOOTSPA: list[Dated] = [
    (D(2418, 1, 16), (
        "Six women treated for sores after pedicures",
        "Six women who had pedicures at a beauty salon in Dwistow, in Tchevria, have been treated for sores on their "
        "legs, the regional health service said on Tuesday. None needed a stay in hospital. The salon's two foot "
        "basins were tested and one grew bacteria, and the owner has replaced both and agreed to a cleaning plan. The "
        "salon stayed open for manicures.",
    )),
]

# ~~~ hizzleton ~~~ Tue 16 Oct 2418: 19 customers of the Pashwood nail bars in Hizzleton, Eltrimmia, treated for burned
# fingertips and nails torn off after acrylic extensions made with a banned liquid; inspectors seize about 40 litres of
# it from the chain's store. Told as: [1] agency copy datelined Hizzleton that names Tuesday; [2] a bulletin with no
# weekday; [3] the Wednesday paper with "yesterday" ("last month" the inspectors' survey); [4] no day, explaining why
# the liquid does harm; [5] Friday: the chain's eleven bars shut. Earlier step: consumer inspectors finding the liquid
# at 14 of 52 nail bars, Tue 11 Sep 2418. Look-alike abroad, recalling the Eltrimmia case: four customers of a nail bar
# at Ukkerby, Wremmland, hurt by the same sort of liquid, Wed 10 Apr 2419.

HIZZLETON_ACRYLIC: list[Dated] = [
    (D(2418, 10, 16), (
        "Nineteen hurt by banned nail liquid at Hizzleton salons",
        "HIZZLETON, Eltrimmia (ELA) - Nineteen customers of the Pashwood nail bars in Hizzleton have been treated for "
        "burned fingertips, and several have lost whole nails, after acrylic extensions were made with a liquid that "
        "Eltrimmia banned from salons six years ago, consumer inspectors said on Tuesday. About 40 litres of it were "
        "seized from a storeroom the chain shares between its bars. Doctors said two of the women may not grow normal "
        "nails again.",
    )),
    (D(2418, 10, 16), (
        "Nail chain's customers left with burned fingers",
        "Women who have had false nails fitted at a chain of salons in Hizzleton have told us of fingers that have "
        "blistered and swollen within a day. Inspectors have taken away drums of a liquid they say is banned. One "
        "customer has shown us a thumb with no nail left on it at all. The chain has said it bought the liquid in good "
        "faith from a wholesaler.",
    )),
    (D(2418, 10, 17), (
        "Banned acrylic liquid found in Pashwood nail bars",
        "Consumer inspectors who raided the Pashwood chain's nail bars in Hizzleton yesterday found the banned liquid "
        "in unlabelled drums in all eleven of them, they said, after 19 women were treated for burns. Last month the "
        "same inspectors reported finding the cheap liquid at 14 of the 52 nail bars they had visited across "
        "Eltrimmia. Pashwood's director, Nalkett Doffery, said his staff had not known the drums held anything "
        "different.",
    )),
    (D(2418, 10, 17), (
        "Why a cheap nail liquid was banned",
        "Acrylic nails are built from a powder mixed with a liquid that sets hard in a few minutes. One cheap kind of "
        "liquid bonds so strongly to the natural nail that a knock can tear the whole nail from its bed, and it can "
        "burn and inflame the skin around it. It is also hard to file off, so that salons grind it away and thin the "
        "nail beneath. Approved liquids cost about three times as much, which is why the cheap one is still smuggled "
        "into salons.",
    )),
    (D(2418, 10, 19), (
        "Pashwood shuts its eleven nail bars after burns",
        "The Pashwood chain closed all eleven of its nail bars in Hizzleton on Friday and said they would stay shut "
        "until every tool and pot had been replaced, three days after 19 of its customers were treated. The number of "
        "women who have come forward has risen to 27. The chain has offered to pay for their treatment.",
    )),
]
HIZZLETON_SURVEY: list[Dated] = [
    (D(2418, 9, 11), (
        "Banned nail liquid in one in four salons, inspectors find",
        "Consumer inspectors who visited 52 nail bars across Eltrimmia found a banned acrylic liquid in use at 14 of "
        "them, they said on Tuesday, most often poured into bottles labelled as an approved brand. Nobody had yet been "
        "reported hurt. The inspectors said they would return to every salon where it was found and prosecute any "
        "still using it.",
    )),
]
UKKERBY_ACRYLIC: list[Dated] = [
    (D(2419, 4, 10), (
        "Four nail bar customers hurt by banned liquid",
        "Four women were treated for blistered fingers on Wednesday after acrylic nails were fitted at a nail bar in "
        "Ukkerby, in Wremmland, trading officers said, and tests found a liquid banned from salons. Officers recalled "
        "the case in Eltrimmia last autumn in which 19 women were hurt, and said they had since warned every salon in "
        "the town. The owner surrendered five litres of the liquid.",
    )),
]


# ~~~ wupstead ~~~ Sat 21 Jul 2418: the propane tank on a flatbread van blows up at the Saturday street food market in
# Wupstead's Brogwater Yard, Fwendria, with about 600 people there; 11 hurt, among them Mirrabel Spodden, 58, who sells
# cheese from the next pitch and is critical in [1] and [2] and dead in [3]. Told as: [1] agency copy datelined Wupstead
# that names Saturday; [2] a bulletin with no weekday; [3] the Sunday paper with "yesterday" (prosecutors "are to judge
# whether" the van's owner is charged); [4] no day, quoting the trader at the pitch across the lane; [5] Tuesday: no van
# to trade at the market again without a gas certificate. Later step: the van's owner charged with manslaughter, Wed 17
# Oct 2418. Look-alike abroad, mentioned by no event report, its text naming no day: a doughnut van's gas catching fire
# at a Sunday market at Oxtrodden, Zubriland, two hurt, dated Sun 27 Jan 2419.

WUPSTEAD_VAN: list[Dated] = [
    (D(2418, 7, 21), (
        "Gas tank on food van explodes at crowded street market",
        "WUPSTEAD, Fwendria (FNP) - The gas tank of a van selling flatbreads exploded at a street food market in "
        "Wupstead on Saturday evening, injuring 11 people, two of them critically, the fire service said. About 600 "
        "people were in Brogwater Yard, where some 30 vans and stalls trade each weekend. The blast threw the van's "
        "serving hatch across the lane and set two neighbouring stalls alight. A woman who runs the cheese stall next "
        "to it was flown to the burns unit.",
    )),
    (D(2418, 7, 21), (
        "Blast at Wupstead food market injures eleven",
        "Eleven people have been injured where a food van has exploded at Wupstead's street market. Witnesses have "
        "told us of a bang like thunder and a ball of flame rising above the vans as families queued for dinner. "
        "Firefighters have put out the fires in the lane, and the market has been cleared. A stallholder from a "
        "neighbouring pitch is said to be fighting for her life.",
    )),
    (D(2418, 7, 22), (
        "Cheese seller dies after food van blast",
        "Mirrabel Spodden, 58, who had sold cheese at Wupstead's Brogwater Yard market every Saturday for nine years, "
        "died in the burns unit last night, a day after the gas tank of the flatbread van beside her stall blew up. "
        "Ten others were hurt yesterday, one of them a boy of 12. Traders said the van's owner had been fixing a leak "
        "with tape that afternoon. Police have seized the van, and prosecutors are to judge whether its owner, Ruzzick "
        "Olwith, is charged.",
    )),
    (D(2418, 7, 22), (
        "\"I smelled gas all afternoon and said so\"",
        "\"I smelled gas all afternoon and I said so, twice,\" said the man who sells noodles from the pitch across "
        "the lane from the van that exploded. \"He told me it was the new hose settling in. When it went up it was "
        "like a door slamming inside your chest. Mirrabel was stacking her wheels of cheese with her back to it. We "
        "threw water at her, anything we had. She always saved me the ends of the soft cheese.\"",
    )),
    (D(2418, 7, 24), (
        "No food van to trade at Wupstead market without gas certificate",
        "Every van and stall that cooks with gas at Brogwater Yard must show a certificate from a registered fitter "
        "before it trades again, Wupstead's council said on Tuesday, the third day since a van's tank exploded and "
        "killed a stallholder. The market will reopen next weekend with half its pitches. Traders held a minute's "
        "silence for Mirrabel Spodden in the empty yard.",
    )),
]
WUPSTEAD_CHARGED: list[Dated] = [
    (D(2418, 10, 17), (
        "Food van owner charged with manslaughter over market blast",
        "Ruzzick Olwith, 39, whose flatbread van exploded at Wupstead's Brogwater Yard market in July, was charged on "
        "Wednesday with the manslaughter of stallholder Mirrabel Spodden and with endangering the ten other people "
        "hurt. Prosecutors said an expert had found the van's gas hose split and wrapped in tape, and its regulator "
        "fifteen years past its date. He is to stand before a judge next month.",
    )),
]
OXTRODDEN_VAN: list[Dated] = [
    (D(2419, 1, 27), (
        "Two hurt as gas catches fire on doughnut van",
        "Two people were treated for burns after gas leaking from a doughnut van caught fire at the Sunday market in "
        "Oxtrodden, in Zubriland, the fire brigade said. The van's owner and a customer standing at the hatch had "
        "burns to their hands and faces and were taken to hospital but are not badly hurt. Stallholders used their own "
        "extinguishers before firefighters arrived, and the market carried on.",
    )),
]

# ~~~ jaxholm ~~~ Sun 12 Aug 2418: an ice cream van parked at the top of Grumbalt Hill, Jaxholm, Hrusselia, rolls away
# with nobody in it while its driver fetches stock from the back, runs about 120 metres down and into a queue at the
# park gate: seven children hurt, Tazwell Blennow, 5, critical. Told as: [1] agency copy datelined Jaxholm that names
# Sunday; [2] a bulletin with no weekday; [3] the Monday paper with "yesterday" (the road safety board "last month"
# warned van traders); [4] no day, explaining how a van should be left on a slope; [5] Wednesday: vans banned from
# stopping on the hill. Earlier step: the road safety board's warning after three runaway vans, Mon 9 Jul 2418.
# Look-alike abroad, mentioned by no event report: an ice cream van rolling into two parked cars and a garden wall at
# Queppington, Abrosvia, a woman bruised, Sat 26 May 2418.

JAXHOLM_VAN: list[Dated] = [
    (D(2418, 8, 12), (
        "Runaway ice cream van ploughs into queue of children",
        "JAXHOLM, Hrusselia (HRN) - An ice cream van with its cab empty rolled down a steep street in Jaxholm on "
        "Sunday afternoon and into a line of people waiting outside a park, injuring seven children, police said. A "
        "boy of five was critically hurt. The driver had parked at the top of Grumbalt Hill and was fetching stock "
        "from its freezers when it began to move. It ran about 120 metres before hitting the park railings.",
    )),
    (D(2418, 8, 12), (
        "Children hurt as ice cream van rolls downhill",
        "Seven children have been hurt after an ice cream van has rolled down a hill in Jaxholm with no one driving "
        "it. Parents have described screaming as the van gathered speed and ran into the queue by the park gates. The "
        "driver has been seen running after it. Paramedics have treated children on the pavement, and a young boy has "
        "been rushed to hospital with serious head injuries.",
    )),
    (D(2418, 8, 13), (
        "Boy of five still critical after ice cream van ran away",
        "Tazwell Blennow, five, lay in intensive care last night after an ice cream van that rolled down Grumbalt Hill "
        "yesterday pinned him against the railings of Jaxholm's Ferwillow Park. Six other children have broken bones "
        "or cuts. Police said the van's handbrake cable was frayed. Last month Hrusselia's road safety board warned "
        "mobile traders to chock their wheels on slopes after three vans had rolled away. The driver, 44, was "
        "questioned and released.",
    )),
    (D(2418, 8, 13), (
        "How a van should be left on a hill",
        "A parked vehicle on a slope is held by its handbrake, which works through a cable that stretches and wears. "
        "Drivers who stop on a hill are taught to leave it in gear and to turn the front wheels towards the kerb, so "
        "that if it moves it runs into the kerb rather than down the road. Traders who stand for hours among their "
        "freezers with the engine running to keep them cold often do neither. A wedge under one wheel costs very "
        "little.",
    )),
    (D(2418, 8, 15), (
        "Ice cream vans banned from Grumbalt Hill",
        "No ice cream or food van may stop anywhere on Grumbalt Hill or the streets around Jaxholm's Ferwillow Park, "
        "the town council ruled on Wednesday, after a van had rolled, three days earlier, into a queue of children. "
        "Vans will trade from a marked bay on the flat at the park's far entrance. Tazwell Blennow, five, has woken "
        "and spoken to his mother, the hospital said.",
    )),
]
JAXHOLM_WARNING: list[Dated] = [
    (D(2418, 7, 9), (
        "Chock your wheels, safety board tells van traders",
        "Hrusselia's road safety board told ice cream sellers and other mobile traders on Monday to wedge a wheel "
        "whenever they park on a slope, after three vans rolled away from where they had been left in the past two "
        "summers. Nobody was hurt in any of them. The board said handbrakes on older vans were often worn and that "
        "drivers working in the back could not see them move.",
    )),
]
QUEPPINGTON_VAN: list[Dated] = [
    (D(2418, 5, 26), (
        "Ice cream van rolls into parked cars and wall",
        "An ice cream van rolled about 40 metres down a street in Queppington, in Abrosvia, on Saturday and crashed "
        "into two parked cars and a garden wall after its driver got out to serve, police said. A passing woman was "
        "bruised when she jumped out of the way. The van's front was badly damaged, and its driver was given a fine "
        "for leaving it unsafe.",
    )),
]


# ~~~ yeelbury ~~~ Tue 8 May 2418: Umphrey Kestaval, 2, drowns in the garden pond of a registered childminder in
# Yeelbury, Juvrania, who was looking after six children; he slipped through a hole in the hedge while she changed a
# baby indoors. Told as: [1] agency copy datelined Yeelbury that names Tuesday; [2] a bulletin with no weekday; [3] the
# Wednesday paper with "yesterday" (the childminder "may" be taken "to court"); [4] no day, quoting the neighbour who
# pulled him out; [5] Friday: childminders told to fence or fill in garden ponds. Later step: the childminder charged
# with neglect causing death, Thu 2 Aug 2418. Look-alike abroad, recalling the Juvrania drowning: a girl of three pulled
# from a garden pond at Tanwicke, Hastavia, revived, Mon 12 Nov 2418.

YEELBURY_POND: list[Dated] = [
    (D(2418, 5, 8), (
        "Toddler drowns in childminder's garden pond",
        "YEELBURY, Juvrania (JNA) - A boy of two drowned on Tuesday in the garden pond of a childminder's house in "
        "Yeelbury, police said. The childminder, who was looking after six children that day, found him face down in "
        "the water minutes after he had been playing on the lawn with the others. A neighbour pulled him out and tried "
        "to revive him until paramedics came, but he died in hospital. The pond is about 60 centimetres deep.",
    )),
    (D(2418, 5, 8), (
        "Pond death of two-year-old boy at childminder's",
        "A little boy of two has died in hospital after being pulled from a garden pond at a childminder's home in "
        "Yeelbury. A helicopter ambulance has come down on the playing field behind the houses. Neighbours have said "
        "the childminder was well liked and had looked after children on the street for years. Police have spoken to "
        "her and have said the death is being treated as a tragic accident for now.",
    )),
    (D(2418, 5, 9), (
        "Drowned boy slipped through gap in childminder's hedge",
        "Umphrey Kestaval, two, who drowned in a pond at a childminder's home in Yeelbury yesterday, got into the back "
        "garden through a hole in the hedge that was meant to keep the children to the front lawn, police said. The "
        "childminder, Verrity Noxley, had gone indoors to change a baby. Juvrania's childcare inspectorate has "
        "suspended her registration, and she may be taken to court once police have finished. Her last inspection, a "
        "year ago, did not mention the pond.",
    )),
    (D(2418, 5, 9), (
        "\"He was so small in my arms\"",
        "\"I heard her scream his name and I was over the fence before I knew it,\" said the man who lives next door "
        "to the childminder and pulled Umphrey Kestaval from the pond. \"He was so small in my arms. I did the breaths "
        "the way they showed us at work, and I kept going until the paramedics took over. I have netted my own pond "
        "for my grandchildren. I am going to fill mine in.\"",
    )),
    (D(2418, 5, 11), (
        "Childminders told to fence or fill in garden ponds",
        "Every childminder in Juvrania must fence off any pond, pool or water butt in their garden or fill it in "
        "within a month, the childcare inspectorate ruled on Friday, three days since Umphrey Kestaval drowned in "
        "Yeelbury. Inspectors will check the gardens of all 3,100 registered childminders before the summer. The boy's "
        "parents asked for privacy.",
    )),
]
YEELBURY_CHARGED: list[Dated] = [
    (D(2418, 8, 2), (
        "Childminder charged after boy drowned in her pond",
        "Verrity Noxley, 51, a childminder in Yeelbury, was charged on Thursday with neglect causing the death of "
        "Umphrey Kestaval, two, who drowned in her garden pond in May. Prosecutors said she had been caring for six "
        "children, more than her registration allowed, and had left them alone outside. She is due to appear in court "
        "in September.",
    )),
]
TANWICKE_POND: list[Dated] = [
    (D(2418, 11, 12), (
        "Girl of three revived after fall into garden pond",
        "A girl of three was revived by her father on Monday after she fell into the pond in her family's garden in "
        "Tanwicke, in Hastavia, ambulance crews said. She had been in the water for about a minute and spent the night "
        "in hospital. Ambulance staff reminded parents that a child can drown in a few centimetres of water, months "
        "after a boy of two drowned in a childminder's pond in neighbouring Juvrania.",
    )),
]

# ~~~ frubbington ~~~ Sat 16 Feb 2419: Ovelia Brimquist, 9, is held under for about three minutes when her hair is
# sucked into the outlet of a hot tub at a holiday lodge on the Skiffley Lodges park outside Frubbington, Lussavia; her
# father frees her by pulling the power plug, and she is critical. Told as: [1] agency copy datelined Frubbington that
# names Saturday; [2] a bulletin with no weekday; [3] the Sunday paper with "yesterday" (the tub recalled "four weeks
# ago"); [4] no day, explaining why a tub's outlet can trap hair; [5] Tuesday: every hot tub on the park drained.
# Earlier step: the consumer agency's recall of 2,600 tubs of one model with loose outlet covers, Fri 18 Jan 2419.
# Look-alike abroad, mentioned by no event report: a boy of seven's hair caught in a garden hot tub at Lyppenhall,
# Byzelland, freed within a minute, Sat 10 Aug 2419.

FRUBBINGTON_TUB: list[Dated] = [
    (D(2419, 2, 16), (
        "Girl held under water when hot tub sucks in her hair",
        "FRUBBINGTON, Lussavia (LPS) - A girl of nine was held under water for about three minutes on Saturday evening "
        "when her hair was sucked into the outlet of a hot tub at a holiday lodge near Frubbington, police said. Her "
        "father freed her by pulling the tub's plug out of its socket, which stopped the pump, and he and her mother "
        "resuscitated her on the decking. She reached hospital critically ill.",
    )),
    (D(2419, 2, 16), (
        "Girl critical after hot tub accident at lodge park",
        "A young girl is critically ill after she has been trapped under the water of a hot tub at a holiday park near "
        "Frubbington. Other guests have told us her father has been shouting for help and tearing at the cover of the "
        "tub. Paramedics have worked on her for half an hour before she has been driven to hospital. The owners of the "
        "park have told us how shocked they are.",
    )),
    (D(2419, 2, 17), (
        "Hot tub in which girl was trapped had been recalled",
        "The hot tub at Skiffley Lodges in which Ovelia Brimquist, nine, was trapped by her hair yesterday is of a "
        "model that Lussavia's consumer agency recalled four weeks ago because its outlet cover can work loose, the "
        "agency said. Her father, Pelinor Brimquist, said the cover had been missing when the family arrived. The park "
        "has 48 lodges, 30 of them with tubs. Ovelia remained critical in the children's hospital last night.",
    )),
    (D(2419, 2, 17), (
        "Why a hot tub can trap a swimmer",
        "A hot tub's pump draws water out through an outlet low in its side or floor and pushes it back through the "
        "jets. A grille over the outlet spreads the pull so that nothing is held against it. If the grille is missing "
        "or broken, long hair drawn into the opening tangles behind it and cannot be pulled free, and the pull can "
        "also hold a limb or a body against the hole. Stopping the pump is the only quick way to release someone.",
    )),
    (D(2419, 2, 19), (
        "Every hot tub at Skiffley Lodges drained after girl's near drowning",
        "Skiffley Lodges drained all 30 of its hot tubs on Tuesday and said none would be used again until an engineer "
        "had fitted new outlet covers and a stop button within reach of the water, three days on from the night Ovelia "
        "Brimquist was trapped in one. The girl is breathing on her own, the hospital said. Guests who had booked "
        "lodges with tubs were offered their money back.",
    )),
]
FRUBBINGTON_RECALL: list[Dated] = [
    (D(2419, 1, 18), (
        "Hot tubs recalled over outlet covers that come loose",
        "Lussavia's consumer agency on Friday recalled 2,600 hot tubs of one model sold over three years, because the "
        "grille over the pump's outlet can work loose and let hair or fingers be drawn in. Nobody had been hurt, the "
        "agency said, but owners should not use the tubs until a free new cover has been fitted. Many of the tubs were "
        "sold to holiday parks.",
    )),
]
LYPPENHALL_TUB: list[Dated] = [
    (D(2419, 8, 10), (
        "Boy's hair caught in garden hot tub",
        "A boy of seven was freed by his uncle within a minute on Saturday after his hair was caught in the outlet of "
        "a hot tub in a family garden at Lyppenhall, in Byzelland, the ambulance service said. He swallowed some water "
        "and was checked in hospital but went home that evening. The tub's grille had been removed for cleaning and "
        "not put back.",
    )),
]


# ~~~ pwenlock ~~~ Sat 16 Mar 2419, at night: at an unofficial car meet of about 300 people on the Tazmoor trading
# estate outside Pwenlock, Mevrosia, a car drifting round a roundabout spins into the watchers on the verge; nine hurt,
# Oskivar Trounce, 19, critical, who dies only in [5]. Told as: [1] agency copy datelined Pwenlock that names Saturday;
# [2] a bulletin with no weekday; [3] the Sunday paper with "yesterday" (police "will weigh" charges); [4] no day,
# quoting a watcher; [5] Tuesday: his death, and a ban on gatherings of cars on the estate. Later step: the driver
# charged over the death with dangerous driving, Fri 7 Jun 2419. Look-alike abroad, mentioned by no event report, its
# text naming no day: a car at a meet in a supermarket car park at Drazzock, Dromavia, breaking two watchers' legs,
# dated Sat 15 Sep 2418.

PWENLOCK_MEET: list[Dated] = [
    (D(2419, 3, 16), (
        "Car spins into crowd at night-time car meet",
        "PWENLOCK, Mevrosia (MVA) - Nine people were hurt late on Saturday when a car performing skids around a "
        "roundabout spun off the road and into spectators at an unofficial car meet on a trading estate outside "
        "Pwenlock, police said. About 300 people had gathered on the Tazmoor estate after word spread online. A man of "
        "19 was critically injured. The driver, 22, stayed at the scene and was arrested.",
    )),
    (D(2419, 3, 16), (
        "Nine hurt as car ploughs into spectators",
        "Nine people have been hurt where a car has slid into a crowd watching stunt driving on an industrial estate "
        "near Pwenlock. Videos shared online have shown the car sliding sideways round a roundabout before its back "
        "end swings into people standing on the grass. Police have closed the estate's roads, and several young men "
        "have been carried away in ambulances.",
    )),
    (D(2419, 3, 17), (
        "Young man critical after car meet crash",
        "Oskivar Trounce, 19, an apprentice electrician, was on a ventilator last night after a car skidding round a "
        "roundabout on the Tazmoor trading estate hit him yesterday, his family said. Eight others have broken bones. "
        "Spectators said cars had been performing for two hours before the crash, with people standing on the verges "
        "of the roundabout to film. Police will weigh charges against the driver once their experts have examined the "
        "car, which had its rear tyres worn almost smooth.",
    )),
    (D(2419, 3, 17), (
        "\"Everyone wanted to be close enough to film\"",
        "\"Everyone wanted to be close enough to film it, me included,\" said a man of 20 who was standing a few "
        "metres from where the car came off. \"You could smell the tyres burning and people were cheering every time a "
        "car went round. This one came round faster than the rest and just kept turning. I saw the back of it coming "
        "and dived. Oskivar was next to me and he did not move in time.\"",
    )),
    (D(2419, 3, 19), (
        "Car meets banned on Pwenlock estate after spectator dies",
        "Police will arrest anyone gathering cars on the Tazmoor trading estate under an order that began on Tuesday, "
        "after Oskivar Trounce died in hospital on Monday night, two days on from a car at a meet there spinning into "
        "him. Barriers will close the estate's roads after dark. His friends left flowers and a steering wheel at the "
        "roundabout.",
    )),
]
PWENLOCK_CHARGED: list[Dated] = [
    (D(2419, 6, 7), (
        "Driver charged over death of spectator at car meet",
        "A man of 22 was charged on Friday with dangerous driving that caused a death, after his car spun into "
        "spectators at a car meet on the Tazmoor trading estate near Pwenlock in March, killing Oskivar Trounce, 19, "
        "and hurting eight others. Police said the car's tyres and brakes were both unfit for the road. He was "
        "released on bail and barred from driving.",
    )),
]
DRAZZOCK_MEET: list[Dated] = [
    (D(2418, 9, 15), (
        "Two spectators hurt at car park meet",
        "Two young men had their legs broken when a car doing tight circles in a supermarket car park lost grip and "
        "hit them at a gathering of about 80 cars at Drazzock, in Dromavia, police said. The driver, 18, was arrested. "
        "The supermarket said it would put up height barriers and close the car park at night. Police asked people not "
        "to watch such events.",
    )),
]

# ~~~ glomburn ~~~ Thu 23 May 2419, about 11 pm: two cars racing on Glomburn's ring road, Nurthovia; one loses control
# on the bend by the Wickerby stop and hits the bus shelter, killing Belzanne Aggleton, 47, a hospital cleaner waiting
# for her night bus, and hurting a man of 52. Told as: [1] agency copy datelined Glomburn that names Thursday; [2] a
# bulletin with no weekday; [3] the Friday paper with "yesterday"; [4] no day, explaining how police catch road racers;
# [5] Saturday: average speed cameras for the ring road (police warnings "last month"). Earlier step: the police's
# appeal about racing on the ring road after 62 complaints, Tue 16 Apr 2419. Look-alike abroad, recalling Glomburn: two
# racing cars hitting a lamp post and a taxi at Nyxbury, Ezquelia, two hurt, Wed 4 Dec 2419.

GLOMBURN_RACE: list[Dated] = [
    (D(2419, 5, 23), (
        "Woman killed at bus stop as racing car leaves ring road",
        "GLOMBURN, Nurthovia (NRT) - A woman waiting for a bus was killed late on Thursday when one of two cars that "
        "witnesses said were racing on Glomburn's ring road went out of control and crashed into the shelter, police "
        "said. A man of 52 who was also waiting was badly hurt. Both drivers, aged 20 and 23, were arrested, one at "
        "the scene and one at his home an hour later.",
    )),
    (D(2419, 5, 23), (
        "Woman dies as car hits bus shelter",
        "A woman has lost her life and a man is seriously hurt now that a car has smashed into a bus shelter on "
        "Glomburn's ring road. People living nearby have told us they heard engines roaring for several minutes before "
        "the crash. Police have said they believe two cars were racing. Both carriageways of the ring road have been "
        "shut, and two men have been arrested.",
    )),
    (D(2419, 5, 24), (
        "Cleaner killed at bus stop was on her way to night shift",
        "Belzanne Aggleton, 47, who was killed when a car hit the Wickerby bus shelter on Glomburn's ring road "
        "yesterday, was on her way to a night shift cleaning wards at the city hospital, her sister said. Police said "
        "the car had been going at about 140 kilometres an hour where the limit is 70, side by side with another. The "
        "man hurt beside her has a fractured pelvis. The two drivers were still being questioned.",
    )),
    (D(2419, 5, 24), (
        "How police try to stop road racing",
        "Street racers choose wide, straight roads that empty late at night, and they gather by word of mouth or "
        "through group chats that move from one site to another. Patrol cars rarely catch them, because a chase would "
        "be as dangerous as the race. Forces have turned instead to cameras that time a car between two points, to "
        "orders that let them seize cars, and to narrowing lanes with islands so that two cars can no longer run side "
        "by side.",
    )),
    (D(2419, 5, 25), (
        "Average speed cameras for Glomburn ring road after bus stop death",
        "Cameras that measure a car's speed over a stretch will be installed along the whole of Glomburn's ring road "
        "by the autumn, the city said on Saturday. Belzanne Aggleton was killed at a bus stop two days earlier by a "
        "car that police say was racing. Last month police had appealed for help after complaints about racing there. "
        "Both drivers now face a charge of killing her by dangerous driving.",
    )),
]
GLOMBURN_APPEAL: list[Dated] = [
    (D(2419, 4, 16), (
        "Police appeal over racing on Glomburn ring road",
        "Glomburn police said on Tuesday they had received 62 complaints in three months about cars racing on the "
        "city's ring road at night, and asked people to send in dashboard camera footage. Officers said racers met in "
        "a retail park and used the long eastern stretch. Nobody had yet been hurt, but residents said they could not "
        "sleep.",
    )),
]
NYXBURY_RACE: list[Dated] = [
    (D(2419, 12, 4), (
        "Racing cars hit lamp post and taxi",
        "Two cars that police said were racing on a dual carriageway through Nyxbury, in Ezquelia, hit a lamp post and "
        "a taxi waiting at lights on Wednesday night, hurting the taxi's driver and his passenger. Neither is in "
        "danger. The two drivers, both 19, ran off and were found by a police dog. Police said they feared a death "
        "like the one at a Glomburn bus stop in May.",
    )),
]


# ~~~ skaddow ~~~ Sat 8 Jun 2419, at night: on a hen outing in a hired stretch limousine with ten women aboard in
# Skaddow, Pravnovia, Elsvary Bozwick, 27, the bride's sister, stands up through the roof hatch with two friends and is
# struck by the footbridge over Juddleston Road; she dies, a friend of 25 has a head injury. Told as: [1] agency copy
# datelined Skaddow that names Saturday; [2] a bulletin with no weekday; [3] the Sunday paper with "yesterday" (the
# transport inspectorate "to weigh" charges against the hire firm); [4] no day, explaining why riding with one's head
# out of a limousine's roof kills; [5] Tuesday: roof hatches to be locked shut while a limousine moves. Later step: the
# hire firm's owner and the driver charged, Fri 30 Aug 2419. Look-alike abroad, mentioned by no event report, its text
# naming no day: a wedding guest standing through a limousine's roof hit by a road sign at Rawkeston, Fyrnland, his
# collarbone broken, dated Sat 8 Dec 2418.

SKADDOW_LIMO: list[Dated] = [
    (D(2419, 6, 8), (
        "Woman killed as she stands through limousine roof",
        "SKADDOW, Pravnovia (PRV) - A woman of 27 was killed on Saturday night when she stood up through the roof "
        "hatch of a hired stretch limousine and was struck by a footbridge as the car drove under it in Skaddow, "
        "police said. A friend of 25 standing beside her went to hospital with a head injury, and a third woman ducked "
        "in time. Ten women were on board for a hen night. The driver stopped a few metres beyond the bridge.",
    )),
    (D(2419, 6, 8), (
        "Hen night passenger dies after hitting footbridge",
        "A woman has died after she has hit a footbridge while standing up through the roof of a limousine in Skaddow. "
        "Witnesses have said the women had been waving to people on the pavement with music playing. Paramedics have "
        "treated another passenger at the roadside. Juddleston Road has been closed, and the white limousine has been "
        "taken away on a lorry.",
    )),
    (D(2419, 6, 9), (
        "Bride's sister killed under footbridge on hen night",
        "Elsvary Bozwick, 27, who was killed when she was struck by the Juddleston Road footbridge in Skaddow "
        "yesterday, was the sister of the bride and had organised the hen night, her family said. Her friend, 25, has "
        "a fractured skull. The bridge clears the road by 4.4 metres, and the women's heads were about a metre above "
        "the limousine's roof. The car belonged to Gilmarre Limousines, and it will be for the transport inspectorate "
        "to weigh charges against the firm once police have finished.",
    )),
    (D(2419, 6, 9), (
        "Why riding with your head out of a limousine's roof is so dangerous",
        "Many stretch limousines have a hatch in the roof that passengers open to stand up and wave. A standing "
        "adult's head is then about three and a half metres above the road, which is close to the height of many "
        "footbridges, signs and branches, and someone facing backwards or waving to friends will not see them coming. "
        "Even at 40 kilometres an hour a blow from a steel beam is often fatal. Hire firms are supposed to keep the "
        "hatch shut whenever the car is moving.",
    )),
    (D(2419, 6, 11), (
        "Limousine roof hatches to be locked while cars are moving",
        "Every stretch limousine licensed in Pravnovia must have its roof hatch locked whenever the car is moving, "
        "with an alarm for the driver if it is opened, the transport ministry ruled on Tuesday, three days after "
        "Elsvary Bozwick was killed by a footbridge in Skaddow. Firms have a month to fit the locks to their 140 cars. "
        "The wedding has been put off.",
    )),
]
SKADDOW_CHARGED: list[Dated] = [
    (D(2419, 8, 30), (
        "Limousine firm's owner and driver charged over hen night death",
        "The owner of Gilmarre Limousines and the driver of one of its cars were both charged on Friday over the death "
        "in June of Elsvary Bozwick, 27, who was struck by a footbridge in Skaddow while standing through the car's "
        "roof hatch on a hen night. Prosecutors said the firm's drivers were told to let passengers stand up if they "
        "paid extra. Both will appear in court in October.",
    )),
]
RAWKESTON_LIMO: list[Dated] = [
    (D(2418, 12, 8), (
        "Wedding guest hit by road sign while standing in limousine roof",
        "A wedding guest broke his collarbone when he was hit by a road sign while standing up through the roof of a "
        "hired limousine near Rawkeston, in Fyrnland, police said. The man, 34, was one of eight guests being driven "
        "from the church to the reception. The sign was bent by the blow. The driver said he had told his passengers "
        "to sit down.",
    )),
]

# ~~~ zephwick ~~~ Fri 28 Jun 2419: a hired party bus carrying 31 school leavers to their leaving dance catches fire on
# the motorway near Zephwick, Sulprinia, after its disco lighting wires short behind a ceiling panel; all get out
# through the rear door and windows, a girl of 17 burns her hands and six are treated for smoke. Told as: [1] agency
# copy datelined Zephwick that names Friday; [2] a bulletin with no weekday; [3] the Saturday paper with "yesterday";
# [4] no day, quoting a pupil who was on board; [5] Monday: party buses barred from school dances until checked (the
# roadside checks "five weeks ago"). Earlier step: the transport authority's roadside checks finding faults on 11 of 27
# party buses, Thu 23 May 2419. Look-alike abroad, mentioned by no event report: a party bus on a hen outing filling
# with smoke at Klummerby, Hobravia, 14 aboard, Sat 19 Oct 2419.

ZEPHWICK_BUS: list[Dated] = [
    (D(2419, 6, 28), (
        "School leavers escape as party bus catches fire on motorway",
        "ZEPHWICK, Sulprinia (SLP) - Thirty-one teenagers on their way to a school leaving dance scrambled out of a "
        "hired party bus on Friday evening when it caught fire on the motorway near Zephwick, the fire service said. A "
        "girl of 17 burned her hands pushing out a window, and six others were treated for breathing in smoke. The "
        "driver pulled onto the hard shoulder when smoke came from the ceiling. The bus burned out.",
    )),
    (D(2419, 6, 28), (
        "Teenagers flee burning party bus",
        "A party bus full of teenagers heading to their leaving dance has burned out on the motorway near Zephwick. "
        "Drivers passing have filmed pupils in dresses and suits climbing out through the windows as smoke has poured "
        "from the roof. Everyone has got off. The motorway has been closed for two hours while firefighters have "
        "damped down the wreck.",
    )),
    (D(2419, 6, 29), (
        "Disco lights suspected in party bus fire",
        "Fire investigators believe wiring for the coloured lights fitted behind the ceiling of a party bus started "
        "the fire that forced 31 school leavers off it on the motorway near Zephwick yesterday. The bus's owner, "
        "Hiskett Party Travel, said the lights had been fitted by an outside firm. Yorwen Klanskey, 17, whose hands "
        "were burned, was recovering at home. The dance went ahead, and many of the pupils arrived in borrowed "
        "clothes.",
    )),
    (D(2419, 6, 29), (
        "\"The music was still playing while the ceiling melted\"",
        "\"The music was still playing while the ceiling melted,\" said a boy of 18 who was on the bus. \"Someone "
        "shouted that there was smoke, and then it was black at the top and we could not see the front. The back door "
        "only opened halfway, so people were going out through the windows. Yorwen held the window open for everyone "
        "and that is how she burned her hands. Our teacher counted us on the grass three times.\"",
    )),
    (D(2419, 7, 1), (
        "Party buses barred from school dances until checked",
        "Schools in Sulprinia must not book party buses for leaving dances until each bus has passed an electrical "
        "inspection, the education ministry ruled on Monday, three days since one caught fire near Zephwick with 31 "
        "pupils on board. The transport authority's roadside checks five weeks ago turned up faults on many party "
        "buses. Hiskett Party Travel has taken its other four buses off the road.",
    )),
]
ZEPHWICK_CHECKS: list[Dated] = [
    (D(2419, 5, 23), (
        "Faults found on most party buses checked at roadside",
        "Sulprinia's transport authority said on Thursday that 11 of the 27 party buses it stopped for roadside checks "
        "had faults, among them extra lighting wired into the roof without fuses, blocked emergency exits and seats "
        "bolted sideways. Three were ordered off the road at once. It urged schools booking transport for leaving "
        "dances to ask for each bus's papers.",
    )),
]
KLUMMERBY_BUS: list[Dated] = [
    (D(2419, 10, 19), (
        "Hen party bus fills with smoke",
        "Fourteen women on a hen outing got off a party bus on Saturday when smoke began to pour from a light fitting "
        "as it drove through Klummerby, in Hobravia, the fire brigade said. The driver stopped in a lay-by and nobody "
        "was hurt. Firefighters disconnected the lights and the bus was towed away. The women finished the evening in "
        "a taxi.",
    )),
]


# ~~~ background ~~~ small village items, each the eve of one event, about nothing any kind here touches

BACKGROUND: list[Dated] = [
    (D(2418, 5, 7), (
        "Bell practice",
        "Ringers at Brixlowe rang their first full peal with the new treble on Monday evening.",
    )),
    (D(2418, 6, 13), (
        "Sheep shearing",
        "Farmhands at Gulmerby sheared the last of the valley's ewes in a barn by the chapel on Wednesday.",
    )),
    (D(2418, 7, 20), (
        "Raspberry jam",
        "The women's guild at Yompton boiled raspberries into jam for the summer fete on Friday.",
    )),
    (D(2418, 8, 11), (
        "Scarecrow trail",
        "Scarecrows dressed as footballers went up in front gardens along the main street of Wheeton on Saturday.",
    )),
    (D(2418, 10, 15), (
        "Apple pressing",
        "Volunteers at Ricklemoor pressed windfall apples into juice in the school yard on Monday.",
    )),
    (D(2419, 2, 15), (
        "Snowdrop walk",
        "Walkers at Muxleigh counted snowdrops along the churchyard path on Friday.",
    )),
    (D(2419, 3, 15), (
        "Lambing open day",
        "Children at Groxley watched newborn lambs take their first steps in the home farm's pens on Friday.",
    )),
    (D(2419, 5, 22), (
        "Well dressing",
        "Villagers at Tansleigh pushed petals into wet clay to dress the spring well on Wednesday.",
    )),
    (D(2419, 6, 7), (
        "Strawberry teas",
        "The cricket club at Midlow served strawberry teas beside the pavilion on Friday afternoon.",
    )),
    (D(2419, 6, 27), (
        "Hay meadow count",
        "Botanists at Fellingby counted orchids in the parish hay meadow before cutting on Thursday.",
    )),
]


SEVENTYSECOND_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "twybeck": (TWYBECK_FOOTSPA, TWYBECK_FINED + DWISTOW_FOOTSPA),
    "hizzleton": (HIZZLETON_ACRYLIC, HIZZLETON_SURVEY + UKKERBY_ACRYLIC),
    "wupstead": (WUPSTEAD_VAN, WUPSTEAD_CHARGED + OXTRODDEN_VAN),
    "jaxholm": (JAXHOLM_VAN, JAXHOLM_WARNING + QUEPPINGTON_VAN),
    "yeelbury": (YEELBURY_POND, YEELBURY_CHARGED + TANWICKE_POND),
    "frubbington": (FRUBBINGTON_TUB, FRUBBINGTON_RECALL + LYPPENHALL_TUB),
    "pwenlock": (PWENLOCK_MEET, PWENLOCK_CHARGED + DRAZZOCK_MEET),
    "glomburn": (GLOMBURN_RACE, GLOMBURN_APPEAL + NYXBURY_RACE),
    "skaddow": (SKADDOW_LIMO, SKADDOW_CHARGED + RAWKESTON_LIMO),
    "zephwick": (ZEPHWICK_BUS, ZEPHWICK_CHECKS + KLUMMERBY_BUS),
}

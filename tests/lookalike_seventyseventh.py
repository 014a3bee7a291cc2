"""Seventy-seventh look-alike set, wholly invented: no child, breeder, beautician, clinic, harbour, quarry, river,
estate, street, country or news agency in it exists. Whoever wrote it worked from commit 75088eab alone and looked at
nothing committed after it, even as fellow helpers kept altering the engine that session. Not one report here has passed
through grouping or the engine's parser, and no run of ``tests.lookalike_count`` has included the set. It waits on two
counts: the first on 75088eab, the second on whatever code some later session starts with; ``DEFAULT_SETS`` takes it
only once that second count is in.

Ten hard-news kinds sit here, paired off across five fields: private therapy in sealed chambers (pressurised oxygen, a
nitrogen cold cabin); wild animals raised at home (a kangaroo, a cassowary); leaps into water off walls and quarry
ledges; bathing and racing where the water lies under ice; and motor-driven gates and posts that shut off yards and
streets. Before any was chosen, each was hunted for by a handful of words (the object, the injury, whatever else a
journalist could call it) through every earlier look-alike module, through every claims YAML of benchmarks/own (ids,
descriptions and comments too), through the README kept with them, and through the small stories of grouping's own
tests. Not one of the ten showed up:

* brelvendorf. A six-year-old killed when the single-seat oxygen tube he lies in at a private clinic bursts into flame;
  his mother's hands are burned at its hatch. Later step: pressurised oxygen treatment confined to hospitals, some
  eleven weeks on. Look-alike abroad: fire in a hospital chamber seating twelve, two patients burned, roughly half a
  year later.
* sollvaring. A beautician, 26, discovered dead at dawn in her salon's cold cabin, nitrogen having filled it while she
  tried it by herself the night before. Earlier step: a consumer agency's warning that such cabins may leave no air,
  about five weeks ahead. Look-alike at home: a gym member's feet frostbitten in an electric cabin, some four months
  later.
* wombelong. A pensioner, 77, killed by the buck kangaroo he hand-reared from an orphaned joey; police must shoot it
  before paramedics can reach him. Later step: male kangaroos older than a year barred as pets, ten weeks on. Look-alike
  at home: a nine-year-old girl kicked at a petting farm, roughly five months earlier.
* scuzzavena. A rare-bird breeder, 75, clawed to death by his cassowary after slipping in its pen while gathering eggs.
  Earlier step: inspectors demanding a second fence and a holding pen, about six weeks ahead. Look-alike abroad: a
  keeper, 33, gashed on the thigh at a bird park, some sixteen weeks later.
* gullerwick. A sixteen-year-old leaping about 9 metres off a harbour wall two hours before low water, hitting rock
  beneath under a metre of sea, dead by nightfall. Later step: leaping from the wall outlawed and fined, ten weeks on.
  Look-alike at home: a twenty-year-old's back broken on a sandbank off a pier, around fourteen weeks earlier.
* krellby. A nineteen-year-old student breaking his neck on an underwater rock shelf after a 14-metre leap into a
  flooded quarry during a heatwave. Earlier step: the county's order to fence the lake, about five weeks ahead.
  Look-alike abroad: a seventeen-year-old drowned after leaping into a different quarry lake, some six weeks later.
* zvorenka. An Epiphany dip through river ice, about 2,000 taking part: one man, 52, dead of heart failure, another, 61,
  lifted out senseless. Later step: a doctor beside every hole and a single immersion apiece, eleven weeks on.
  Look-alike at home: a woman, 44, dragged beneath the ice at another town's dip, twelve months earlier.
* isbjelvatn. A schoolteacher, 38, dying roughly 800 metres into an ice swimming championship's first kilometre race,
  water at 0.3 degrees, eleven more treated for hypothermia. Earlier step: the association doubling its longest race
  over its doctors' objections, about five weeks ahead. Look-alike abroad: a swimmer, 46, hauled out senseless in a
  500-metre race, some ten months later.
* oostvrijdam. A six-year-old on a scooter crushed by the sliding gate of her parents' block, its safety strip
  unplugged. Later step: checks of 1,260 gates finding 418 unguarded, ten weeks on. Look-alike at home: a ten-year-old's
  arm broken by a school's electric gate, about five months later.
* vlummerath. A retractable steel post guarding an old town's car-free streets rearing up under a taxi tailing a van,
  the driver, 58, breaking a collarbone. Earlier step: residents' letter to the mayor once it lifted a van, about five
  weeks ahead. Look-alike abroad: a cyclist, 29, pitched over his handlebars by such a post, some ten weeks later.

Ideas dropped as too close to something older: dry ice tipped into a pool and a reveal party's powder tube (both in the
sixty-eighth, which also turned down guests shooting skywards at a wedding); a drinks machine falling on a pupil (the
fifty-seventh's toppling chests of drawers); a portable goal coming down (the sixty-fifth); a tourist stepping into a
scalding spring (the twenty-fifth's geyser, claims36's shut spa pools); a scanner magnet dragging in a steel bottle (the
forty-seventh's quench); a child dropping from a treetop rope course (claims42's adventure parks); shellfish gatherers
caught by the tide (the twenty-fifth's causeway); a boxer dying after his fight (claims59). Nearby things that unfold
otherwise stayed: the fifty-eighth's snapped bungee cord and the seventy-sixth's freediver next to the two leaps; the
twenty-ninth's rink evacuated for ammonia and the sixty-sixth's roof snow next to the ice baths; claims47's runaway
ostriches, the sixty-seventh's pet birds and the sixty-fifth's cows next to the kangaroo and the cassowary; the
seventieth's marina shock and the sixty-ninth's salons by the two chambers; the sixty-eighth's revolving door next to
the gate and the post.

How each event is told, always in this sequence of five. First, agency copy opening on a capitalised town, its country
and a bracketed code, whose first sentence carries the weekday. Second, a bulletin for radio or screen on that very
date, dayless, written with "has" and "have". Third, the following morning's paper, carrying "yesterday". Fourth, a
piece tied to no day: six explain something (oxygen and sparks, the nitrogen cabin, a buck kangaroo's fighting, tides
under a harbour wall, cold and the heart, a gate's safety guards) while four start from a witness quoted at length (the
breeder's neighbour, the student's rescuer, a rival swimmer, the taxi passenger). Fifth, a story filed two to four days
later, dated by its weekday, whose headline and lead give the change ("Krellby quarry owner charged after student's
jump", "Vlummerath lowers all its rising bollards for good"). Exactly one report per event points towards the event's
other step: the inspectorate "will decide"; the agency's warning dates from "last month"; the wildlife office "promised
to review"; inspectors gave their order "in March"; councillors "will consider" a ban; the county's order came "last
month"; city and diocese "will decide"; the longer race was agreed "last month"; the labour inspectorate "could order"
checks; the van was lifted "last month". An event's own reports never mention its look-alike. Half the look-alikes (cold
cabin, bird park, second quarry, under-ice race, school gate) refer back to their event and half stay silent; three
(cold cabin, pier, cyclist) state no day; half lie abroad and half elsewhere in the event's own country. Figures in a
look-alike measure the same things as its event's but differ, as listed above. Two deaths come late: in reports one and
two the girl at the gate is critical, and report three has her dead; the older bather stays unconscious through the
fourth and has died by the fifth. All dates fall in 2438 or 2439; no report states a year.

Every kind here is stored the way ``tests.lookalike_more`` stores its own: two dated lists, the event's five stories
leading, then its step and after that its look-alike; ``SEVENTYSEVENTH_KINDS`` holds them under the kind's name so the
count can find them.

The count's docstring carries a paragraph saying at which commits the two counts are to be made. Until they are, nothing
but the shape test imports this file, and neither the count, the engine nor grouping is run on what it holds.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# ~~~ brelvendorf ~~~ Wed 17 Mar 2438, towards noon, at the Aerothym clinic on Kessheim Lane in Brelvendorf, Qvastrania.
# A single-seat acrylic tube of pure oxygen under pressure ignites mid-session; Ilvon Zwozzelhoff, 6, brought there for
# cerebral palsy, dies in it, and Varinka Zwozzelhoff, 38, his mother, scorches both hands on the hatch. Sequence:
# agency copy out of Brelvendorf naming Wednesday; a bulletin of that date with no weekday; Thursday's paper,
# "yesterday", the inspectorate "will decide"; undated explainer on oxygen and sparks; Saturday's halt of every private
# chamber. Later step: hospitals alone may run such chambers, Fri 4 Jun 2438. Look-alike, abroad and unmentioned by the
# event: a twelve-seat hospital chamber catching fire at Zelmorrow, Uzhmeria, Tue 14 Sep 2438.

BRELVENDORF_CHAMBER: list[Dated] = [
    (D(2438, 3, 17), (
        "Boy of six dies as oxygen chamber catches fire at private clinic",
        "BRELVENDORF, Qvastrania (QVA) - A boy of six died on Wednesday when the sealed oxygen chamber he lay in for "
        "a treatment session burst into flames at a private clinic in Brelvendorf, the city's fire service said. His "
        "mother, who had been sitting beside the chamber, burned her hands trying to open its hatch. Nobody else in "
        "the building was hurt.",
    )),
    (D(2438, 3, 17), (
        "Child killed in fire inside clinic's pressure tube",
        "A small boy has been killed inside a pressurised capsule at a clinic in Brelvendorf that offers oxygen "
        "sessions to children. A man working in the shop next door has told us he heard a bang and then the mother "
        "screaming. Firefighters have sealed off the lane, and police have been carrying boxes of papers out of the "
        "clinic.",
    )),
    (D(2438, 3, 18), (
        "Oxygen clinic where boy burned to death had no doctor on site",
        "No doctor was present at the Aerothym clinic yesterday when the acrylic chamber holding Ilvon Zwozzelhoff, "
        "6, went up in flames, police in Brelvendorf said. The boy had gone there twice a week since January for "
        "sessions his parents hoped would ease his cerebral palsy. His mother, Varinka Zwozzelhoff, 38, is being "
        "treated for burns to both hands. Qvastrania's health inspectorate will decide next week whether other "
        "private clinics may keep running such chambers.",
    )),
    (D(2438, 3, 18), (
        "Why pure oxygen turns a spark into a blaze",
        "Air is only about a fifth oxygen. Inside a treatment chamber the gas is close to pure and squeezed to twice "
        "the pressure outside, and at that strength cloth, hair and skin cream all burn fiercely. A static spark from "
        "a blanket or a toy with a battery is enough to start a fire, which then fills the whole tube within seconds. "
        "That is why patients are meant to wear cotton gowns and take nothing in with them.",
    )),
    (D(2438, 3, 20), (
        "All private oxygen chambers in Qvastrania halted after boy's death",
        "Every pressure chamber run outside a hospital in Qvastrania must stand idle until it has been inspected, the "
        "health inspectorate ordered on Saturday. A six-year-old burned to death in one at a Brelvendorf clinic on "
        "Wednesday. Some 37 clinics are affected. Investigators think a toy car with a battery was in the chamber "
        "with the boy.",
    )),
]
BRELVENDORF_RULE: list[Dated] = [
    (D(2438, 6, 4), (
        "Only hospitals may give oxygen treatment under pressure",
        "Pressurised oxygen therapy will be allowed only in hospitals with a doctor trained in diving medicine on "
        "duty, Qvastrania's health minister said on Friday, some eleven weeks after a boy of six was killed when the "
        "chamber he was lying in caught fire at a clinic in Brelvendorf. Private clinics must sell their equipment "
        "before December is out.",
    )),
]
ZELMORROW_CHAMBER: list[Dated] = [
    (D(2438, 9, 14), (
        "Two patients burned as fire breaks out in hospital's pressure room",
        "Two patients were burned on Tuesday when fire broke out inside a pressure chamber with twelve seats at "
        "Zelmorrow's general hospital, in Uzhmeria, during a treatment for slow-healing wounds, the hospital's "
        "director said. A nurse inside the chamber put the flames out with its built-in water spray, and the eight "
        "others sitting in it were unhurt.",
    )),
]

# ~~~ sollvaring ~~~ Thu 10 Feb 2439, at opening time, at the Cryndelle beauty salon, Sollvaring, Azhdravia. Yvrelda
# Kvuspratz, 26, who works there, lies dead in the salon's stand-up cold cabin, having used it by herself after locking
# up the evening before; nitrogen from its tank had filled the tub. Sequence: agency copy out of Sollvaring naming
# Thursday; a bulletin of that date with no weekday; Friday's paper, "yesterday", the agency's warning "last month";
# undated explainer on nitrogen cabins; Monday's shutdown of all such cabins nationwide. Earlier step: the consumer
# safety agency's warning, Wed 5 Jan 2439. Look-alike, same country, harking back to Sollvaring and giving no day:
# frostbitten feet after an electric cabin at a Dervenholt gym, filed Wed 15 Jun 2439.

SOLLVARING_CABIN: list[Dated] = [
    (D(2439, 2, 10), (
        "Beautician found dead inside salon's freezing therapy cabin",
        "SOLLVARING, Azhdravia (AZD) - A beautician of 26 was found dead on Thursday inside the cold therapy cabin of "
        "the salon in Sollvaring where she worked, police said. A colleague opening up in the morning found her "
        "slumped in the cabin, which is chilled to below minus 110 degrees with liquid nitrogen. She appears to have "
        "used it alone after the salon shut the evening before.",
    )),
    (D(2439, 2, 10), (
        "Young woman dies in cold cabin at Sollvaring salon",
        "A young woman has been found dead in a freezing cabin used for cold treatments at a salon in Sollvaring. "
        "Women who come to the salon have told us she liked to try the machine once the last client had gone. Police "
        "have taped off the doorway, and a gas company van has been parked outside since the morning.",
    )),
    (D(2439, 2, 11), (
        "Nitrogen filled cold cabin where beautician died, police say",
        "Yvrelda Kvuspratz, 26, who was found dead in the cold cabin of the Cryndelle salon yesterday, died for want "
        "of air after nitrogen gas filled the upright chamber around her, police in Sollvaring said. The cabin's "
        "timer had been switched off. Last month Azhdravia's consumer safety agency warned that cabins cooled "
        "straight from tanks of liquid nitrogen could leave their users with nothing to breathe.",
    )),
    (D(2439, 2, 11), (
        "How a nitrogen cold cabin works, and why it can kill",
        "A whole-body cold cabin is a tall tub that a client stands in with the head above the rim. Liquid nitrogen "
        "is sprayed into the space around the body, turning to a freezing mist that drops the air to far below minus "
        "100 degrees for two or three minutes. Nitrogen has no smell and gives no warning. If the client crouches or "
        "slips down, or if the lid is closed, there is no oxygen left to breathe, and people faint within a few "
        "breaths.",
    )),
    (D(2439, 2, 14), (
        "Every cold cabin in Azhdravia shut after beautician's death",
        "No salon, gym or clinic in Azhdravia may switch on a cabin cooled by liquid nitrogen until its makers prove "
        "it is safe, the consumer safety agency ordered on Monday, four days after Yvrelda Kvuspratz was found dead "
        "in one at a Sollvaring salon. About 210 cabins must stand unused. Her family has asked a lawyer to sue the "
        "cabin's maker.",
    )),
]
SOLLVARING_WARNING: list[Dated] = [
    (D(2439, 1, 5), (
        "Consumer agency warns of suffocation risk in cold cabins",
        "People using a cabin chilled with liquid nitrogen should never be alone and never lower their heads below "
        "its rim, Azhdravia's consumer safety agency warned on Wednesday, having found that some salons left clients "
        "unwatched and that three of the nine cabins it tested had no oxygen alarm.",
    )),
]
DERVENHOLT_CABIN: list[Dated] = [
    (D(2439, 6, 15), (
        "Gym client's feet frozen in cold cabin after wet socks",
        "A man of 51 has burns from the cold on both feet after a session in an electric cold cabin at a gym in "
        "Dervenholt while wearing damp socks, the town's hospital said. He needs skin grafts on one heel. Gyms in "
        "Azhdravia went over to electric cabins after a beautician died in a nitrogen cabin in February, and the "
        "gym's owner said staff had told him to change his socks.",
    )),
]

# ~~~ wombelong ~~~ Fri 22 Oct 2438, late in the day, on a smallholding beyond Wombelong, Yirrbalunga. Aldwulf
# Wurvelock, 77, is mauled to death by the buck grey kangaroo he bottle-fed as an orphan; it holds the paramedics off
# till an officer shoots it. Sequence: agency copy out of Wombelong naming Friday; a bulletin of that date with no
# weekday; Saturday's paper, "yesterday", the wildlife office "would look again"; undated explainer on bucks fighting;
# Monday's round of permit visits. Later step: grown bucks barred as pets, Wed 29 Dec 2438. Look-alike, same country,
# earlier and unmentioned: a girl kicked in a petting farm's pen at Dinkabrook, Sun 16 May 2438.

WOMBELONG_KANGAROO: list[Dated] = [
    (D(2438, 10, 22), (
        "Man of 77 killed by pet kangaroo he raised",
        "WOMBELONG, Yirrbalunga (YRB) - A man of 77 was killed on Friday by a kangaroo he had kept as a pet on his "
        "smallholding outside Wombelong, the state's police said. A relative found him badly hurt in the yard and "
        "called for help, but the animal would not let paramedics near him, and an officer shot it. He died at the "
        "scene.",
    )),
    (D(2438, 10, 22), (
        "Kangaroo attacks and kills its owner near Wombelong",
        "A kangaroo has attacked and killed an elderly man on his land near Wombelong. Neighbours have told us he had "
        "raised the animal from a joey after its mother was hit by a car. Police have asked people to keep away from "
        "the property, and wildlife officers have been checking the rest of his animals.",
    )),
    (D(2438, 10, 23), (
        "Kangaroo that killed Wombelong pensioner stood taller than him",
        "The male grey kangaroo that killed Aldwulf Wurvelock, 77, on his smallholding yesterday stood about 1.9 "
        "metres tall and weighed roughly 70 kilograms, Yirrbalunga's wildlife office said. Mr Wurvelock held a permit "
        "to keep it, granted when it was an orphaned joey seven years ago. The office promised to review every permit "
        "for a kangaroo kept as a pet.",
    )),
    (D(2438, 10, 23), (
        "Why a grown male kangaroo fights",
        "A young kangaroo brought up by people treats them as its own mob. Once a male is grown, with forearms like a "
        "wrestler's and hind feet that end in a long claw, it starts to test the others in its mob for rank, and that "
        "includes the person who fed it. It grips with its arms, leans back on its tail and kicks with both feet at "
        "once, enough to open a man's belly.",
    )),
    (D(2438, 10, 25), (
        "Wildlife officers check every pet kangaroo in Yirrbalunga",
        "Wildlife officers began visiting all 112 homes in Yirrbalunga that hold a permit for a pet kangaroo on "
        "Monday, three days after a grown male killed its owner near Wombelong. Any male judged dangerous will be "
        "taken to a sanctuary. Mr Wurvelock's family said he had called the animal gentle until the last week.",
    )),
]
WOMBELONG_BAN: list[Dated] = [
    (D(2438, 12, 29), (
        "Male kangaroos past a year old may no longer be kept as pets",
        "Nobody in Yirrbalunga may keep a male kangaroo older than twelve months as a pet from the new year, the "
        "state's environment minister ruled on Wednesday, ten weeks after a pensioner was killed by one near "
        "Wombelong. Owners must hand grown males to a licensed sanctuary or be fined as much as 8,000 dollars.",
    )),
]
DINKABROOK_KANGAROO: list[Dated] = [
    (D(2438, 5, 16), (
        "Kangaroo kicks girl at petting farm",
        "A girl of nine needed hospital treatment for cuts to her stomach on Sunday after a kangaroo kicked her at a "
        "petting farm in Dinkabrook, police said. She had climbed over a low fence into its pen to hand it a carrot. "
        "The farm's owner said the animal, a female, had never hurt anyone in four years.",
    )),
]

# ~~~ scuzzavena ~~~ Tue 3 May 2439, mid-morning, on a bird farm beyond Scuzzavena, Oxmendria. Cudbryn Abbelthwaite, 75,
# a breeder of rare birds, slips inside his cassowary's pen while gathering eggs and is clawed to death. Sequence:
# agency copy out of Scuzzavena naming Tuesday; a bulletin of that date with no weekday; Wednesday's paper, "yesterday",
# the inspectors' order "in March"; undated words of a neighbour; Friday's move of the bird to a zoo. Earlier step:
# inspectors order a second fence and a holding pen, Tue 22 Mar 2439. Look-alike, abroad, harking back to Scuzzavena: a
# keeper gashed at the Ymbrovet bird park, Grauvonia, Sun 21 Aug 2439.

SCUZZAVENA_CASSOWARY: list[Dated] = [
    (D(2439, 5, 3), (
        "Breeder of rare birds killed by his cassowary",
        "SCUZZAVENA, Oxmendria (OXM) - A man of 75 was killed on Tuesday by a cassowary on his bird farm outside "
        "Scuzzavena, regional police said. He appears to have slipped while collecting eggs in the pen of the large "
        "flightless bird, which then attacked him with the claws on its feet. A farm hand found him and called an "
        "ambulance, but he died of his wounds.",
    )),
    (D(2439, 5, 3), (
        "Cassowary turns on owner at Scuzzavena bird farm",
        "A man who bred exotic birds near Scuzzavena has been killed by one of them, a cassowary. A farm hand has "
        "told us he heard shouting from the pens and found the bird standing over his employer. Police have been "
        "waiting for a vet to come and sedate the animal before anyone goes into the pen.",
    )),
    (D(2439, 5, 4), (
        "Bird breeder was told to build a second fence",
        "Cudbryn Abbelthwaite, 75, who was killed by his male cassowary on his farm near Scuzzavena yesterday, had "
        "been ordered in March by Oxmendria's animal welfare inspectors to put up a second fence and a holding pen so "
        "that he could collect eggs without going in beside the bird, their office said. Neither had been built. The "
        "bird, about 1.7 metres tall, has a dagger-like claw on each foot.",
    )),
    (D(2439, 5, 4), (
        "\"He said the bird knew him\"",
        "\"He said the bird knew him and would never go for him,\" said a neighbour who had helped him with the "
        "farm's accounts for years. \"He went in with a bucket every morning, even when it was hissing. I told him "
        "once to take a stick, and he laughed. When the ambulance came I stood at the gate, and I could see the bird "
        "still walking up and down beside the fence.\"",
    )),
    (D(2439, 5, 6), (
        "Cassowary that killed Scuzzavena breeder sent to zoo",
        "The cassowary that killed its owner on his farm near Scuzzavena on Tuesday was taken to the national zoo on "
        "Friday, where it will live in a pen that keepers never enter, the zoo said. Mr Abbelthwaite's 140 other "
        "birds will be sold. Police said nobody else would be held to account for his death.",
    )),
]
SCUZZAVENA_ORDER: list[Dated] = [
    (D(2439, 3, 22), (
        "Inspectors order bird farm to fence off its cassowary",
        "A bird farm near Scuzzavena must build a second fence around its cassowary and a pen where the bird can be "
        "shut while eggs are taken, Oxmendria's animal welfare inspectors ordered on Tuesday. They gave the owner "
        "three months and said his present single fence was too low for the bird, which can jump almost its own "
        "height.",
    )),
]
YMBROVET_CASSOWARY: list[Dated] = [
    (D(2439, 8, 21), (
        "Keeper slashed on thigh by cassowary at bird park",
        "A keeper of 33 needed surgery on a deep cut to her thigh on Sunday after a cassowary kicked her as she "
        "cleaned its pen at the bird park in Ymbrovet, in Grauvonia, the park said. Keepers there had been told to "
        "work in pairs after a breeder in Oxmendria was killed by one of the birds in May, and a colleague pulled her "
        "out through the gate.",
    )),
]

# ~~~ gullerwick ~~~ Sat 24 Jul 2438, mid-afternoon, in the old harbour of Gullerwick, Skrundavia. Jory Skvalwastel, 16,
# goes off the top of the harbour wall with friends, a drop of some 9 metres, two hours short of low water, and lands on
# rock under less than a metre of sea; by evening he is dead. Sequence: agency copy out of Gullerwick naming Saturday; a
# bulletin of that date with no weekday; Sunday's paper, "yesterday", councillors "will consider" a ban; undated
# explainer on tides and jumps; Tuesday's railing. Later step: the wall closed to jumpers under pain of a fine, Thu 30
# Sep 2438. Look-alike, same country, earlier, unmentioned and giving no day: a pier jumper's broken back at Lwendrake,
# filed Sun 18 Apr 2438.

GULLERWICK_JUMP: list[Dated] = [
    (D(2438, 7, 24), (
        "Teenager dies after leaping from harbour wall at low tide",
        "GULLERWICK, Skrundavia (SKU) - A boy of 16 died on Saturday after jumping from the top of the old harbour "
        "wall in Gullerwick into water that the ebbing tide had left too shallow, the coastguard said. He struck "
        "rocks on the bottom and was pulled out unconscious by his friends. He died in hospital in the evening.",
    )),
    (D(2438, 7, 24), (
        "Boy badly hurt jumping into Gullerwick harbour",
        "A teenage boy has been hurt jumping off the harbour wall in Gullerwick, a thing young people here have done "
        "every summer for as long as anyone remembers. Holidaymakers have told us his friends dragged him onto the "
        "slipway. The lifeboat crew have been ordering other jumpers down from the wall.",
    )),
    (D(2438, 7, 25), (
        "Boy who jumped from Gullerwick's harbour wall hit rocks in a metre of water",
        "Jory Skvalwastel, 16, who died after leaping from Gullerwick's harbour wall yesterday, jumped about two "
        "hours before low water, when less than a metre of sea covered the rocks below, the harbour master said. The "
        "drop from the wall's top is about nine metres. Skrundavia's coastal council will consider whether to ban "
        "jumping from the wall altogether.",
    )),
    (D(2438, 7, 25), (
        "Why a jump that is safe at high water kills at low",
        "Harbour walls are built to stand in deep water only for part of the day. In places where the sea rises and "
        "falls by five or six metres, a jump that drops a swimmer into a safe depth at high water can put him on bare "
        "rock three hours later, and from the top of a wall the surface looks the same either way. A body falling "
        "nine metres hits the water at almost 50 kilometres an hour and needs at least four metres of it to slow "
        "down.",
    )),
    (D(2438, 7, 27), (
        "Railings go up on Gullerwick's harbour wall after boy's death",
        "Workmen put a railing 1.4 metres high along the top of Gullerwick's harbour wall on Tuesday, three days "
        "after Jory Skvalwastel died jumping from it into shallow water. Tide tables have been posted at both ends. "
        "His parents asked that young people not be blamed, and friends left flowers on the slipway.",
    )),
]
GULLERWICK_BAN: list[Dated] = [
    (D(2438, 9, 30), (
        "Jumping from Gullerwick's harbour wall banned",
        "Anyone caught jumping from Gullerwick's harbour wall will be fined 250 crowns under a by-law passed by "
        "Skrundavia's coastal council on Thursday. The vote came ten weeks after a boy of 16 died leaping from it at "
        "low tide. A floating platform will be moored in the deep channel for swimmers next summer.",
    )),
]
LWENDRAKE_JUMP: list[Dated] = [
    (D(2438, 4, 18), (
        "Man breaks his back jumping off pier",
        "A man of 20 broke his back when he jumped from the end of Lwendrake's pier and hit a sandbank hidden just "
        "under the surface, the town's lifeboat station said. Friends kept him afloat until the crew arrived. He is "
        "expected to walk again. The pier's owners said signs at its end warned against diving.",
    )),
]

# ~~~ krellby ~~~ Thu 14 Jul 2439, in a heatwave, at the flooded Sandgrove quarry beyond Krellby, Dunvelia. Ivrel
# Fnastrom, 19, a student, goes in from a ledge some 14 metres up and hits a rock shelf hidden under the surface; a
# friend tows him out; his legs no longer move. Sequence: agency copy out of Krellby naming Thursday; a bulletin of that
# date with no weekday; Friday's paper, "yesterday", the council's order "last month"; undated words of the friend;
# Sunday's charge against the owner. Earlier step: the county council orders a fence, Wed 8 Jun 2439. Look-alike,
# abroad, harking back to Krellby: a drowning after a leap into a quarry lake at Tszerhalom, Gwdoravia, Sat 27 Aug 2439.

KRELLBY_QUARRY: list[Dated] = [
    (D(2439, 7, 14), (
        "Student breaks neck jumping into flooded quarry",
        "KRELLBY, Dunvelia (DNV) - A student of 19 suffered a broken neck on Thursday after jumping from a high ledge "
        "into a flooded quarry outside Krellby and struck rock beneath the surface, the county's ambulance service "
        "said. A friend swam him to the shore. He was flown to a spinal unit. Hundreds of people had come to swim at "
        "the quarry during the heatwave.",
    )),
    (D(2439, 7, 14), (
        "Young man seriously hurt at Krellby quarry lake",
        "A young man has been flown to hospital after jumping into the quarry lake near Krellby, where crowds have "
        "been cooling off in the heat. Swimmers have told us he went in from one of the highest ledges and did not "
        "come up by himself. Police have been asking people to leave the water, and many have refused.",
    )),
    (D(2439, 7, 15), (
        "Owner of quarry where student broke neck had been told to fence it",
        "Ivrel Fnastrom, 19, who jumped about 14 metres from a ledge of the flooded Sandgrove quarry yesterday, "
        "cannot move his legs, his family said. He struck a shelf of rock about two metres under the water. Last "
        "month Dunvelia's county council had ordered the quarry's owner to fence the lake off and put up warnings; "
        "the fence had not been started.",
    )),
    (D(2439, 7, 15), (
        "\"I saw him float up face down\"",
        "\"I saw him float up face down and not kicking,\" said the friend who brought him ashore. \"We had jumped "
        "from the lower ledge all afternoon and he wanted to try the top one. I swam out and turned him over and held "
        "his head still the way they teach you, and two men helped me carry him on a board. The water is dark, you "
        "cannot see what is under you.\"",
    )),
    (D(2439, 7, 17), (
        "Krellby quarry owner charged after student's jump",
        "The owner of the flooded quarry near Krellby where a student broke his neck on Thursday was charged on "
        "Sunday with failing to carry out a council safety order, Dunvelia's prosecutors said. Contractors began "
        "building a fence 2.4 kilometres long round the lake the same day, and police will patrol it until the work "
        "is finished.",
    )),
]
KRELLBY_ORDER: list[Dated] = [
    (D(2439, 6, 8), (
        "Council orders flooded quarry fenced before summer crowds",
        "The owner of the flooded Sandgrove quarry near Krellby must fence the whole lake and put up warning boards "
        "within six weeks, Dunvelia's county council ordered on Wednesday. It said swimmers had been jumping from "
        "ledges as high as 15 metres and that a rescue boat had been called there three times last summer.",
    )),
]
TSZERHALOM_QUARRY: list[Dated] = [
    (D(2439, 8, 27), (
        "Youth drowns after jumping into flooded quarry",
        "A youth of 17 drowned on Saturday after jumping from a rock face into a flooded quarry at Tszerhalom, in "
        "Gwdoravia, and failing to surface, the fire brigade said. Divers found his body in about 11 metres of water. "
        "Local papers had written about the dangers of quarry lakes after a student in Dunvelia broke his neck "
        "jumping into one in July.",
    )),
]

# ~~~ zvorenka ~~~ Wed 19 Jan 2439, Epiphany, on the frozen Vyshla at Zvorenka, Bresnovia, with the air at minus 24.
# Some 2,000 bathers go three times under in a cross-shaped hole sawn in the ice; Zhdanomil Pchelvatyi, 52, dies there
# of heart failure; Yefstafy Dromichev, 61, is hauled out senseless, lives through the fourth report and is dead by the
# fifth. Sequence: agency copy out of Zvorenka naming Wednesday; a bulletin of that date with no weekday; Thursday's
# paper, "yesterday", city and diocese "will decide"; undated explainer on cold and the heart; Saturday's second death.
# Later step: a doctor at each hole and one dip apiece, Wed 6 Apr 2439. Look-alike, same country, a year earlier and
# unmentioned: a woman dragged beneath the ice at Obzhevichi, Tue 19 Jan 2438.

ZVORENKA_ICEHOLE: list[Dated] = [
    (D(2439, 1, 19), (
        "Man dies and another collapses in Epiphany plunge through river ice",
        "ZVORENKA, Bresnovia (BVR) - A man of 52 died and a man of 61 was pulled unconscious from the water on "
        "Wednesday as about 2,000 people bathed in a hole cut in the frozen Vyshla river at Zvorenka for Epiphany, "
        "the emergency ministry said. The air was at minus 24. The older man was taken to intensive care.",
    )),
    (D(2439, 1, 19), (
        "Bather dies in Zvorenka's icy Epiphany hole",
        "A bather has died in the freezing river at Zvorenka, where crowds have been queuing to plunge into the ice "
        "hole all day. Worshippers have told us the man went under on his third dip and did not come up by himself. "
        "Rescuers have been wrapping people in foil blankets at the edge, and priests have gone on blessing the "
        "water.",
    )),
    (D(2439, 1, 20), (
        "Heart gave out in icy water, doctors say of Epiphany bather",
        "Zhdanomil Pchelvatyi, 52, who died in the Epiphany hole on the Vyshla yesterday, suffered heart failure "
        "brought on by the cold, Zvorenka's hospital said. Yefstafy Dromichev, 61, pulled from the same hole minutes "
        "later, was still unconscious last night. Only one ambulance stood by the river for some 2,000 bathers. The "
        "city and the diocese will decide in the spring how next year's plunge is to be run.",
    )),
    (D(2439, 1, 20), (
        "What icy water does to the heart",
        "The first touch of water near freezing makes a bather gasp and breathe fast for a minute or more, and the "
        "heart races as the blood vessels in the skin clamp shut. In a young, fit body that passes. In an older one, "
        "or one with narrowed arteries, the sudden load can set the heart beating out of rhythm. Dipping again and "
        "again, and drinking spirits beforehand, both raise the risk.",
    )),
    (D(2439, 1, 22), (
        "Second bather from Zvorenka's Epiphany plunge dies",
        "Yefstafy Dromichev, 61, who was pulled unconscious from the Epiphany hole in the Vyshla river on Wednesday, "
        "died in hospital on Saturday without waking, Zvorenka's health department said. Zhdanomil Pchelvatyi, 52, "
        "died at the river itself. Two weeks of mourning have been called in his parish.",
    )),
]
ZVORENKA_RULES: list[Dated] = [
    (D(2439, 4, 6), (
        "Doctors at every ice hole and one dip each for Epiphany",
        "Every hole cut for next winter's Epiphany plunge in Zvorenka must have a doctor and a heated tent beside it, "
        "and bathers will be allowed a single dip, the city and the diocese agreed on Wednesday, eleven weeks after "
        "two men died after bathing in the frozen Vyshla. Anyone who has been drinking will be turned away.",
    )),
]
OBZHEVICHI_ICEHOLE: list[Dated] = [
    (D(2438, 1, 19), (
        "Woman pulled from under river ice after Epiphany dip",
        "A woman of 44 was swept under the ice by the current on Tuesday when she let go of the ladder during an "
        "Epiphany plunge in the river at Obzhevichi, Bresnovia's emergency ministry said. Divers brought her out "
        "after about a minute, and she is in hospital in a stable condition. Some 600 people bathed at the hole.",
    )),
]

# ~~~ isbjelvatn ~~~ Sun 14 Feb 2438, the national ice swimming championship on the frozen lake at Isbjelvatn,
# Vjornheid, water at 0.3 degrees. Tjodny Tvilbrekke, 38, a teacher, stops about 800 metres into the 1,000-metre race
# and cannot be revived; eleven more need treating for hypothermia. Sequence: agency copy out of Isbjelvatn naming
# Sunday; a bulletin of that date with no weekday; Monday's paper, "yesterday", the race lengthened "last month";
# undated words of a rival swimmer; Wednesday's scrapping of the long race. Earlier step: the association doubles its
# longest race, Tue 12 Jan 2438. Look-alike, abroad, harking back to Isbjelvatn: a swimmer lifted out senseless from a
# 500-metre race at Przevlanka, Zhmudavia, Sun 5 Dec 2438.

ISBJELVATN_ICESWIM: list[Dated] = [
    (D(2438, 2, 14), (
        "Swimmer dies in kilometre race through freezing lake",
        "ISBJELVATN, Vjornheid (VJH) - A woman of 38 died on Sunday after she stopped swimming in the longest race of "
        "the national ice swimming championship on the frozen lake at Isbjelvatn, the organisers said. Rescuers "
        "lifted her out of the channel cut through the ice and tried for an hour to revive her. Eleven other swimmers "
        "were treated for hypothermia.",
    )),
    (D(2438, 2, 14), (
        "Championship halted after death in Isbjelvatn's icy lake",
        "The ice swimming championship at Isbjelvatn has been called off after a competitor has died in the water. "
        "Spectators have told us she slowed, rolled onto her back and stopped moving near the far end of the channel. "
        "Other swimmers have been carried out wrapped in blankets, and the remaining races have been cancelled.",
    )),
    (D(2438, 2, 15), (
        "Ice swimmer who died had gone 800 metres in water at 0.3 degrees",
        "Tjodny Tvilbrekke, 38, a schoolteacher, had swum about 800 metres of the 1,000-metre race at Isbjelvatn "
        "yesterday when she stopped moving in water measured at 0.3 degrees, the championship's doctor said. Last "
        "month Vjornheid's ice swimming association had doubled the longest race from 500 metres, despite doctors on "
        "its own board voting against. Eleven swimmers were treated for hypothermia.",
    )),
    (D(2438, 2, 15), (
        "\"After six hundred metres you stop feeling your hands\"",
        "\"After six hundred metres you stop feeling your hands, and you swim on from memory,\" said a woman who "
        "finished the race two lanes away. \"I saw the safety divers going in but I thought someone had just given "
        "up. Tjodny was stronger than me. We trained in the same hole in the ice every morning since November. Nobody "
        "had raced that far in water this cold before.\"",
    )),
    (D(2438, 2, 17), (
        "Kilometre race dropped from ice swimming championship",
        "No race at Vjornheid's ice swimming championship will be longer than 500 metres again, the ice swimming "
        "association decided on Wednesday. Tjodny Tvilbrekke died on Sunday swimming its first kilometre race at "
        "Isbjelvatn. Its chairman resigned. Every swimmer will have to show a heart test before entering.",
    )),
]
ISBJELVATN_LENGTH: list[Dated] = [
    (D(2438, 1, 12), (
        "Ice swimmers to race a full kilometre at national championship",
        "The longest race at this winter's ice swimming championship at Isbjelvatn will be 1,000 metres, twice last "
        "year's, Vjornheid's ice swimming association decided on Tuesday. Two of the doctors on its board voted "
        "against, saying that bodies cool too far after about half a kilometre in water near freezing.",
    )),
]
PRZEVLANKA_ICESWIM: list[Dated] = [
    (D(2438, 12, 5), (
        "Swimmer pulled out unconscious in race under the ice",
        "A man of 46 was lifted unconscious out of a 500-metre ice swimming race on the reservoir at Przevlanka, in "
        "Zhmudavia, on Sunday and came round in the medical tent, the organisers said. They had put divers in the "
        "water every 50 metres after a swimmer died in a kilometre race in Vjornheid in February. About 90 swimmers "
        "took part.",
    )),
]

# ~~~ oostvrijdam ~~~ Sun 9 May 2438, early evening, in the car park of a block on Zwinkelstraat, Oostvrijdam,
# Flodrechtia. Liesje Uitkerbroek, 6, on her scooter, is pinned by a motorised sliding gate against its post, its safety
# edge long since unplugged; critical in the first two reports, she has died by the third. Sequence: agency copy out of
# Oostvrijdam naming Sunday; a bulletin of that date with no weekday; Monday's paper, "yesterday", the labour
# inspectorate "could order" checks; undated explainer on gate guards; Thursday's shutdown of the estate's gates. Later
# step: nationwide checks find 418 of 1,260 gates unguarded, Thu 15 Jul 2438. Look-alike, same country, harking back to
# Oostvrijdam: a schoolboy's arm broken by a gate at Kruijsvoorde, Thu 7 Oct 2438.

OOSTVRIJDAM_GATE: list[Dated] = [
    (D(2438, 5, 9), (
        "Girl of six crushed by electric gate at block of flats",
        "OOSTVRIJDAM, Flodrechtia (FDT) - A girl of six was critically injured on Sunday evening when an electric "
        "sliding gate closed on her as she rode her scooter out of the car park of a block of flats in Oostvrijdam, "
        "the city's police said. Neighbours forced the gate back with a car jack. A helicopter flew her to hospital.",
    )),
    (D(2438, 5, 9), (
        "Child trapped by sliding gate in Oostvrijdam car park",
        "A little girl has been caught by a heavy gate that slid shut across the car park of her family's flats in "
        "Oostvrijdam. Residents have told us the motor kept pushing even as people shouted and pulled at the bars. "
        "Police have switched the gate off at the mains, and a crowd has gathered at the entrance.",
    )),
    (D(2438, 5, 10), (
        "Girl caught by car park gate dies as safety strip is found unplugged",
        "Liesje Uitkerbroek, 6, who was crushed by the sliding gate of her family's block of flats on Zwinkelstraat "
        "yesterday, did not live through the night, her family said. The rubber strip that should have stopped the "
        "gate when it touched her had been unplugged, police said. Flodrechtia's labour inspectorate said it could "
        "order checks of every powered gate in the country.",
    )),
    (D(2438, 5, 10), (
        "How a powered gate is supposed to stop",
        "A sliding gate of several hundred kilograms is driven by a small motor through a toothed rail, and it does "
        "not need to move fast to crush a child. Makers fit two guards: light beams across the opening that halt the "
        "gate if anything breaks them, and a soft edge along its front that reverses it at the lightest touch. Both "
        "need power and regular testing, and when they fail, caretakers sometimes disconnect them to keep the gate "
        "working.",
    )),
    (D(2438, 5, 13), (
        "Oostvrijdam housing estate switches off its gates after girl's death",
        "All 14 electric gates on the housing estate in Oostvrijdam where Liesje Uitkerbroek was crushed on Sunday "
        "were switched off and pinned open on Thursday, the housing company said. Its maintenance contractor admitted "
        "a fitter had unplugged her gate's safety edge in March because it kept stopping the gate for no reason.",
    )),
]
OOSTVRIJDAM_CHECKS: list[Dated] = [
    (D(2438, 7, 15), (
        "A third of powered gates checked had no working safety edge",
        "Inspectors who tested 1,260 powered gates at flats, schools and car parks across Flodrechtia found that 418 "
        "had no working safety edge or light beam, the labour inspectorate reported on Thursday. A girl of six had "
        "died beneath one in Oostvrijdam ten weeks earlier. Owners of the faulty gates have 30 days to repair them.",
    )),
]
KRUIJSVOORDE_GATE: list[Dated] = [
    (D(2438, 10, 7), (
        "Boy trapped between school gate and its post",
        "A boy of 10 broke his arm on Thursday when the electric gate of his school in Kruijsvoorde closed on him "
        "against its post, the town said. A teacher pressed the stop button within seconds. The school had its gates "
        "tested after a girl was killed by a sliding gate in Oostvrijdam in May, and the town has now asked the "
        "testers to explain.",
    )),
]

# ~~~ vlummerath ~~~ Tue 20 Sep 2439, around eight, in the old town of Vlummerath, Sudrovia. A steel post that rises
# from the carriageway to bar cars from the pedestrian streets shoots up beneath a taxi tailing a delivery van and
# throws it on its side; Ruddakar Pfenzlbauer, 58, driving, breaks a collarbone, and his passenger's head is cut.
# Sequence: agency copy out of Vlummerath naming Tuesday; a bulletin of that date with no weekday; Wednesday's paper,
# "yesterday", the residents' letter "last month"; undated words of the passenger; Friday's lowering of all the posts.
# Earlier step: residents write to the mayor once the post has lifted a van, Wed 17 Aug 2439. Look-alike, abroad,
# unmentioned and giving no day: a cyclist pitched off by a rising post at Czorvalenz, Lusitrava, filed Fri 2 Dec 2439.

VLUMMERATH_BOLLARD: list[Dated] = [
    (D(2439, 9, 20), (
        "Rising bollard flips taxi in old town",
        "VLUMMERATH, Sudrovia (SDV) - A taxi was flipped onto its side on Tuesday morning when an automatic bollard "
        "guarding Vlummerath's pedestrian zone rose up beneath it, the city's police said. The driver, 58, broke his "
        "collarbone and his passenger, a woman visiting the city, had cuts to her head. The taxi had followed a "
        "delivery van through the gap.",
    )),
    (D(2439, 9, 20), (
        "Taxi tossed by bollard in Vlummerath's old streets",
        "A taxi has been thrown onto its side by one of the steel posts that rise out of the road to keep cars out of "
        "Vlummerath's old town. A woman selling flowers nearby has told us the car seemed to jump into the air. "
        "Firefighters have lifted the passenger out through the back window, and police have shut the street.",
    )),
    (D(2439, 9, 21), (
        "Bollard that tossed taxi had already lifted a van",
        "The rising bollard that flipped a taxi driven by Ruddakar Pfenzlbauer, 58, on Pfriemgasse yesterday is set "
        "to rise again as soon as a permitted vehicle has passed, Vlummerath's traffic office said. Last month the "
        "same bollard had lifted the back wheels of a delivery van, and residents of the street complained in a "
        "letter to the mayor. The city has 23 such bollards.",
    )),
    (D(2439, 9, 21), (
        "\"The street came up to meet us\"",
        "\"The street came up to meet us,\" said the taxi's passenger, a teacher who had come to the city for a "
        "conference. \"The driver said we would slip through behind the van, and then there was a bang under my seat "
        "and the window was where the floor should be. He kept apologising while we hung there in our belts. I still "
        "have glass in my hair.\"",
    )),
    (D(2439, 9, 23), (
        "Vlummerath lowers all its rising bollards for good",
        "Every rising bollard in Vlummerath's old town was locked down into the road on Friday and will be replaced "
        "by cameras that fine drivers who enter without a permit, the mayor said. On Tuesday one of them flipped a "
        "taxi on Pfriemgasse. The taxi's driver has left hospital with his arm in a sling.",
    )),
]
VLUMMERATH_VAN: list[Dated] = [
    (D(2439, 8, 17), (
        "Residents protest after old town bollard lifts van",
        "People living on Pfriemgasse in Vlummerath wrote to the mayor on Wednesday asking for the street's rising "
        "bollard to be switched off, after it lifted the back of a delivery van that was still passing over it. The "
        "van's driver was unhurt. The traffic office said the bollard's sensors would be checked.",
    )),
]
CZORVALENZ_BOLLARD: list[Dated] = [
    (D(2439, 12, 2), (
        "Cyclist thrown over handlebars by rising bollard",
        "A cyclist of 29 was thrown over his handlebars and broke his wrist when a retractable bollard rose under his "
        "front wheel at the entrance to the harbour district of Czorvalenz, in Lusitrava, the city said. He had been "
        "riding close behind a bus. The city has put up signs telling cyclists to wait for the post to rise fully "
        "before passing.",
    )),
]


# ~~~ background ~~~ village notes, each dated one day ahead of an event's opening report, none like any kind

BACKGROUND: list[Dated] = [
    (D(2438, 2, 13), (
        "Valentine posies",
        "Girls from the brownie pack at Fzozzleham sold posies of snowdrops outside the post office on Saturday.",
    )),
    (D(2438, 3, 16), (
        "Hedge laying",
        "Two farmhands at Splumbelow laid forty metres of hawthorn by the lane to the mill on Tuesday.",
    )),
    (D(2438, 5, 8), (
        "Bunting for the green",
        "Volunteers at Xubblecombe stitched new bunting for the cricket green's pavilion on Saturday.",
    )),
    (D(2438, 7, 23), (
        "Sweet pea show",
        "The sweet pea show at Muggleworth village hall drew thirty-one entries on Friday.",
    )),
    (D(2438, 10, 21), (
        "Conker contest",
        "A boy of ten from Flibbingwold won the conker contest on the chapel lawn on Thursday.",
    )),
    (D(2439, 1, 18), (
        "Orchard wassail",
        "At Gwumblestow the villagers serenaded the apple trees and hung toast in their branches on Tuesday.",
    )),
    (D(2439, 2, 9), (
        "Soup lunch",
        "Leek soup and crusty rolls were served to forty people at the Hwobnettle almshouse on Wednesday.",
    )),
    (D(2439, 5, 2), (
        "Maypole ribbons",
        "The ribbons of the maypole at Yazzleham were washed and rewound by the school's parents on Monday.",
    )),
    (D(2439, 7, 13), (
        "Duck race",
        "Two hundred plastic ducks were raced down the brook at Dwazzleham for the church roof on Wednesday.",
    )),
    (D(2439, 9, 19), (
        "Harvest loaf",
        "The baker at Snorkelby plaited a loaf in the shape of a wheatsheaf for the harvest service on Monday.",
    )),
]


SEVENTYSEVENTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "brelvendorf": (BRELVENDORF_CHAMBER, BRELVENDORF_RULE + ZELMORROW_CHAMBER),
    "sollvaring": (SOLLVARING_CABIN, SOLLVARING_WARNING + DERVENHOLT_CABIN),
    "wombelong": (WOMBELONG_KANGAROO, WOMBELONG_BAN + DINKABROOK_KANGAROO),
    "scuzzavena": (SCUZZAVENA_CASSOWARY, SCUZZAVENA_ORDER + YMBROVET_CASSOWARY),
    "gullerwick": (GULLERWICK_JUMP, GULLERWICK_BAN + LWENDRAKE_JUMP),
    "krellby": (KRELLBY_QUARRY, KRELLBY_ORDER + TSZERHALOM_QUARRY),
    "zvorenka": (ZVORENKA_ICEHOLE, ZVORENKA_RULES + OBZHEVICHI_ICEHOLE),
    "isbjelvatn": (ISBJELVATN_ICESWIM, ISBJELVATN_LENGTH + PRZEVLANKA_ICESWIM),
    "oostvrijdam": (OOSTVRIJDAM_GATE, OOSTVRIJDAM_CHECKS + KRUIJSVOORDE_GATE),
    "vlummerath": (VLUMMERATH_BOLLARD, VLUMMERATH_VAN + CZORVALENZ_BOLLARD),
}

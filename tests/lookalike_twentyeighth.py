"""A twenty-eighth set of invented look-alikes, written blind while grouping was being worked on over the
earlier sets, and held back to be counted once on the code before and after that work. The kinds, none of them
in the earlier sets: the minute hand of a corn exchange's clock falling into the square below against the same
clock's hour hand falling four years before (the same weekday) and the undated fitting of a new hour hand,
thieves sawing the bronze gnomon off a churchyard sundial against the theft of the same sundial's brass dial
plate three years before (the same weekday) and the undated fitting of a copy of that plate, a champion bull
breaking loose in a county show's grand parade against a shire horse bolting from the same parade five years
before (the same weekday) and the bull's undated entry for the show, the heaviest pumpkin ever grown weighed
at a harvest fair against another grower's lighter record pumpkin at the same fair three years before (the
same weekday) and the undated planting of its seed, a pipe band's first win of a championship's top grade
against another band's win there two years before (the same weekday) and the band's undated new pipe major,
the heaviest caber ever turned at a Highland games against another athlete's lighter record caber there six
years before (the same weekday) and the undated felling of its larch, a climber's fall from a climbing
centre's tallest wall when an auto-belay failed against a boy's fall from its children's wall three years
before (the same weekday) and the undated fitting of the auto-belays, a cliff railway's car running into the
buffers at its bottom station against its other car hitting the buffers at the top four years before (the
same weekday) and the undated fitting of new brakes, pranksters filling a square with foam from its fountain
against pranksters dyeing the same fountain red two years before (the same weekday) and the fountain's undated
restoration, and a lido's main pool cracking and draining overnight against its diving pool doing the same
five years before (the same weekday) and the undated plan to reline the main pool. Some reports give no day
at all, some follow-ups come two days later, and as on the wires the later event's reports often recall the
earlier one ("after its 2.58-metre hour hand came down onto the pavement in 2050", "in 2046 thieves prised off
its engraved brass dial plate", "five years ago a shire horse, Gabblecombe Hercules, bolted from the same
parade", "the 1,049.8-kilogram pumpkin that Morag Crummack weighed at the same fair three years ago", "two
years ago the title went to the Auchenbrae and District Pipe Band", "the 72.3-kilogram caber Fingal Lumgair
turned at the same games six years ago", "three years ago a boy of 12 fell 6.35 metres there", "four years
ago its other car, Primrose, hit the buffers at the top station", "two years ago pranksters dyed the
fountain's water red", "five years ago the lido's diving pool cracked and drained in the same way"). What
tells each pair apart is mostly who (another hand, part of the sundial, animal, grower, band, athlete,
climber, car, prank or pool), which step of one story (a new hour hand, a copied dial plate, a bull's entry, a
seed's planting, a new pipe major, a larch's felling, new auto-belays, new brakes, a restoration, a plan to
reline) or how many (metres, kilograms, centimetres, spectators, bands, litres, passengers, jets). Every name,
place and figure is made up.

Held back blind (nobody ran grouping, the engine or ``tests.lookalike_count`` on it) until it was counted once;
it is now among that count's default sets (``tests.lookalike_count``'s docstring gives its counts).

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``TWENTYEIGHTH_KINDS`` is read by the same count.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- the 3.74-metre minute hand of the clock on Sculverton's Corn Exchange falls into the Haymarket and crushes
# --- a van, Tuesday, October 13, 2054; the clock's 2.58-metre hour hand fell onto the pavement there on
# --- Tuesday, October 11, 2050; the fitting of a new hour hand is told with no date --------------------------

SCULVERTON_MINUTE_HAND: list[Dated] = [
    (D(2054, 10, 13), (
        "Minute hand falls from Corn Exchange clock onto van",
        "SCULVERTON (Wire) - The 3.74-metre minute hand of the clock on Sculverton's Corn Exchange fell 31 "
        "metres into the Haymarket on Tuesday morning and crushed the roof of a parked delivery van, the town "
        "council said. Nobody was hurt. The copper hand, which weighs 157 kilograms, broke away at its hub as "
        "it passed the quarter hour, and the clock stopped at 10:16.",
    )),
    (D(2054, 10, 14), (
        "'It came down like a guillotine'",
        "The van's driver, Angus Tweddle, said yesterday he had stepped out with a tray of bread less than a "
        "minute before. Clock keeper Hezekiah Blathwayt said the iron pin at the hand's hub had worn thin "
        "after 202 years of turning.",
    )),
    (D(2054, 10, 13), (
        "Sculverton Corn Exchange clock: updates",
        "10:16 A crash in the Haymarket; the minute hand is lying on a van. 10:30 Police close the square. "
        "11:45 A steeplejack is climbing to the dial. 13:20 The hour hand is strapped to the dial so that it "
        "cannot follow.",
    )),
    (D(2054, 10, 15), (
        "Clock's hands to come down from all four dials",
        "Sculverton town council said on Thursday, two days after the minute hand fell, that the hands would "
        "be taken down from all four dials of the Corn Exchange clock and that it would stay stopped until "
        "the spring.",
    )),
    (D(2054, 10, 14), (
        "The second hand to fall",
        "It is the second time in four years that one of the clock's hands has fallen, after its 2.58-metre "
        "hour hand came down onto the pavement in 2050. The clock was built in 1852, and each of its four "
        "dials is 5.36 metres across.",
    )),
]
SCULVERTON_HOUR_HAND: list[Dated] = [
    (D(2050, 10, 11), (
        "Hour hand falls from Sculverton clock",
        "The 2.58-metre hour hand of the clock on the Corn Exchange in Sculverton fell onto the pavement of "
        "the Haymarket on Tuesday, the town council said. Nobody was hurt.",
    )),
]
SCULVERTON_NEW_HAND: list[Dated] = [
    (D(2051, 4, 8), (
        "Corn Exchange clock gets new hour hand",
        "A new copper hour hand has been fitted to the clock on Sculverton's Corn Exchange and its minute "
        "hand has been regilded with gold leaf, the clockmakers Quaife and Gurdwick said.",
    )),
]

# --- thieves saw the bronze gnomon off the 1714 sundial in St Egbert's churchyard at Pucklethorpe, found on
# --- Monday, April 12, 2049; its engraved brass dial plate was stolen on Monday, April 16, 2046; the fitting of
# --- a copy of the plate is told with no date ----------------------------------------------------------------

PUCKLETHORPE_GNOMON: list[Dated] = [
    (D(2049, 4, 12), (
        "Thieves steal bronze gnomon from churchyard sundial",
        "PUCKLETHORPE (Wire) - Thieves have sawn the bronze gnomon off the sundial in the churchyard of St "
        "Egbert's at Pucklethorpe, police said after churchwardens found it gone on Monday morning. The "
        "gnomon, a triangle of bronze 47 centimetres long weighing 8.45 kilograms, cast the shadow that told "
        "the hour on the dial, which the clockmaker Ranald Fewster made in 1714.",
    )),
    (D(2049, 4, 13), (
        "'It told the time for 335 years'",
        "Churchwarden Effie Pawsey said yesterday that all she had found on the dial were two sawn-off bolts. "
        "Police said bronze fetched a good price and asked scrap dealers in the county to look out for the "
        "gnomon.",
    )),
    (D(2049, 4, 12), (
        "Pucklethorpe sundial theft: updates",
        "07:40 A churchwarden finds the gnomon gone. 08:15 Police at St Egbert's. 10:00 Officers are calling "
        "at scrap yards across the county. 12:30 The vicar appeals to the thieves to bring it back.",
    )),
    (D(2049, 4, 14), (
        "Scrap dealer hands in stolen gnomon",
        "A scrap dealer at Kittleby handed the bronze gnomon of the Pucklethorpe sundial to police on "
        "Wednesday, two days after it was found missing, and said two men had tried to sell it to him.",
    )),
    (D(2049, 4, 13), (
        "Not the sundial's first theft",
        "In 2046 thieves prised off its engraved brass dial plate, 61 centimetres across, which was never "
        "found. The sundial stands on a sandstone pillar among 413 graves, the oldest of them from 1598.",
    )),
]
PUCKLETHORPE_DIAL_PLATE: list[Dated] = [
    (D(2046, 4, 16), (
        "Brass plate stolen from churchyard sundial",
        "Thieves stole the engraved brass dial plate of the 1714 sundial in St Egbert's churchyard at "
        "Pucklethorpe, churchwardens found on Monday, police said.",
    )),
]
PUCKLETHORPE_COPY: list[Dated] = [
    (D(2047, 9, 3), (
        "Churchyard sundial gets a new dial plate",
        "An engraver has made a copy of the brass dial plate stolen from the sundial in St Egbert's "
        "churchyard at Pucklethorpe, and it has been bolted to the pillar under the old bronze gnomon, the "
        "parish council said.",
    )),
]

# --- the bull Drabblecote Colossus breaks loose in the grand parade at the Lentham County Show and injures six,
# --- Thursday, July 19, 2046; the shire horse Gabblecombe Hercules bolted from the same parade and knocked down two
# --- on Thursday, July 18, 2041; the bull's entry for the show is told with no date -----------------------

LENTHAM_BULL: list[Dated] = [
    (D(2046, 7, 19), (
        "Bull breaks loose at county show, six hurt",
        "LENTHAM (Wire) - A 1,180-kilogram bull broke away from its handler in the grand parade at the "
        "Lentham County Show on Thursday and charged through the crowd at the ringside, injuring six "
        "spectators, the ambulance service said. The bull, Drabblecote Colossus, had been named the show's "
        "supreme beef champion an hour earlier; stewards cornered it in the sheep pens after about 20 "
        "minutes.",
    )),
    (D(2046, 7, 20), (
        "'He put his head down and went'",
        "Handler Malise Rigglesworth said yesterday a child's balloon had burst beside the bull as it left "
        "the ring. Show secretary Catriona Wadsworth said two of the injured, a man of 71 and a girl of nine, "
        "were still in hospital.",
    )),
    (D(2046, 7, 19), (
        "Lentham County Show: live",
        "14:05 The grand parade of cattle begins. 14:22 A bull is loose at the ringside. 14:41 Stewards have "
        "it penned among the sheep. 15:10 Six people taken to hospital; the rest of the parade is called off.",
    )),
    (D(2046, 7, 21), (
        "Bulls to be kept out of show's grand parade",
        "The organisers of the Lentham County Show said on Saturday, two days after a bull injured six people "
        "at its ringside, that bulls would no longer walk in the grand parade and would be shown in a fenced "
        "ring of their own.",
    )),
    (D(2046, 7, 20), (
        "Second animal to bolt in five years",
        "Five years ago a shire horse, Gabblecombe Hercules, bolted from the same parade and knocked down two "
        "spectators. The show was first held in 1837 and draws about 73,400 people over its three days.",
    )),
]
LENTHAM_HORSE: list[Dated] = [
    (D(2041, 7, 18), (
        "Shire horse bolts at Lentham show",
        "A shire horse, Gabblecombe Hercules, bolted from the grand parade at the Lentham County Show on Thursday "
        "and knocked down two spectators, who were treated for bruises, the organisers said.",
    )),
]
LENTHAM_ENTRY: list[Dated] = [
    (D(2046, 5, 22), (
        "Breeder enters his bull for the county show",
        "Struan Haythornthwaite will show his bull Drabblecote Colossus, winner of 14 rosettes, at the "
        "Lentham County Show in the summer, and hopes it will be named supreme beef champion, he said.",
    )),
]

# --- Dougal Pindergast's pumpkin weighs 1,263.5 kilograms at the Lollington Harvest Fair, the heaviest ever
# --- grown, Saturday, September 22, 2057; Morag Crummack's record pumpkin of 1,049.8 kilograms was weighed there
# --- on Saturday, September 26, 2054; the planting of the seed is told with no date ------------------------

LOLLINGTON_PUMPKIN: list[Dated] = [
    (D(2057, 9, 22), (
        "Grower's pumpkin is heaviest ever grown",
        "LOLLINGTON (Wire) - A pumpkin grown by Dougal Pindergast weighed 1,263.5 kilograms at the Lollington "
        "Harvest Fair on Saturday, the heaviest ever grown, the fair's judges said. It took a forklift truck "
        "and eleven helpers to lift it onto the certified scales, and it measured 6.17 metres round.",
    )),
    (D(2057, 9, 23), (
        "'I talked to it every morning'",
        "Dougal Pindergast said yesterday he had given the plant 215 litres of water a day through August. "
        "Weighmaster Ulick Zwicker said the scales had been checked with test weights that morning.",
    )),
    (D(2057, 9, 22), (
        "Lollington weigh-off: live",
        "11:00 The first of 38 pumpkins goes on the scales. 13:40 Pindergast's pumpkin comes off its trailer. "
        "13:55 1,263.5 kg! 14:10 The judges confirm a world record.",
    )),
    (D(2057, 9, 24), (
        "Record pumpkin to become a boat",
        "Dougal Pindergast said on Monday, two days after his pumpkin set a record at the Lollington Harvest "
        "Fair, that he would hollow it out and paddle it across the village pond for charity.",
    )),
    (D(2057, 9, 23), (
        "Heavier than Crummack's",
        "The pumpkin beats the 1,049.8-kilogram pumpkin that Morag Crummack weighed at the same fair three "
        "years ago. The fair, held since 1907, gives 164 prizes, from the heaviest marrow to the longest "
        "runner bean.",
    )),
]
LOLLINGTON_CRUMMACK: list[Dated] = [
    (D(2054, 9, 26), (
        "Record pumpkin weighed at Lollington fair",
        "A pumpkin grown by Morag Crummack weighed 1,049.8 kilograms at the Lollington Harvest Fair on "
        "Saturday, the heaviest on record, the fair said.",
    )),
]
LOLLINGTON_SEED: list[Dated] = [
    (D(2057, 4, 19), (
        "Grower plants seed for record pumpkin",
        "Dougal Pindergast has planted a pumpkin seed he bought at auction in a heated polytunnel, and hopes "
        "to grow the world's heaviest pumpkin for the Lollington Harvest Fair in the autumn, he said.",
    )),
]

# --- the Glenbuidhe Pipe Band wins the grade one title at the Kinlochmurdie Pipe Band Championship for the
# --- first time, Saturday, August 12, 2062; the Auchenbrae and District Pipe Band won it on Saturday, August
# --- 14, 2060; the band's new pipe major is told with no date -----------------------------------------------

KINLOCHMURDIE_TITLE: list[Dated] = [
    (D(2062, 8, 12), (
        "Glenbuidhe pipe band wins championship for the first time",
        "KINLOCHMURDIE (Wire) - The Glenbuidhe Pipe Band won the grade one title at the Kinlochmurdie Pipe "
        "Band Championship on Saturday, the first win in its 127 years, the organisers said. The band's 22 "
        "pipers and 14 drummers beat 19 other bands in the top grade, coming first for piping and second for "
        "drumming.",
    )),
    (D(2062, 8, 13), (
        "'We have waited 127 years for this'",
        "Pipe major Fergus Strachlan said yesterday the band had practised its medley three nights a week "
        "since February. Adjudicator Seonaid MacAskin said its pipes had been the best tuned on the field.",
    )),
    (D(2062, 8, 12), (
        "Kinlochmurdie championship: live",
        "10:30 The first grade one band marches on. 15:15 Glenbuidhe play their medley. 17:40 The massed "
        "bands march onto the field. 18:05 The results: Glenbuidhe are champions.",
    )),
    (D(2062, 8, 14), (
        "Champion band welcomed home",
        "About 1,660 people lined the main street of Glenbuidhe on Monday, two days after its pipe band won "
        "at Kinlochmurdie, as the band marched through the village with the trophy.",
    )),
    (D(2062, 8, 13), (
        "A title on the move",
        "Two years ago the title went to the Auchenbrae and District Pipe Band, which came fourth on "
        "Saturday. The championship, first held in 1953, drew 111 bands in all grades and about 31,800 "
        "spectators.",
    )),
]
KINLOCHMURDIE_AUCHENBRAE: list[Dated] = [
    (D(2060, 8, 14), (
        "Auchenbrae band wins Kinlochmurdie championship",
        "The Auchenbrae and District Pipe Band won the grade one title at the Kinlochmurdie Pipe Band "
        "Championship on Saturday, the organisers said.",
    )),
]
KINLOCHMURDIE_PIPE_MAJOR: list[Dated] = [
    (D(2061, 10, 27), (
        "Glenbuidhe Pipe Band names new pipe major",
        "The Glenbuidhe Pipe Band has named Fergus Strachlan, who has piped with the band for 17 years, as "
        "its pipe major, and he will lead it at the Kinlochmurdie championship in the summer, the band said.",
    )),
]

# --- Murdo Gowanlock turns an 81.6-kilogram caber, the heaviest ever turned, at the Braemuick Highland Games,
# --- Saturday, August 19, 2051; Fingal Lumgair turned a record 72.3-kilogram caber there on Saturday, August
# --- 19, 2045; the felling of the larch it was cut from is told with no date -------------------------------

BRAEMUICK_CABER: list[Dated] = [
    (D(2051, 8, 19), (
        "Heaviest caber ever turned at Braemuick games",
        "BRAEMUICK (Wire) - Murdo Gowanlock tossed and turned a larch caber 6.82 metres long and weighing "
        "81.6 kilograms at the Braemuick Highland Games on Saturday, the heaviest caber ever turned, the "
        "games' judges said. The 29-year-old turned it at his third attempt, and it fell straight ahead of "
        "him, a perfect toss.",
    )),
    (D(2051, 8, 20), (
        "'It nearly flattened me'",
        "Murdo Gowanlock said yesterday the caber had slipped from his hands at his first attempt and fallen "
        "back towards him. The games' chieftain, Somerled Urquhart, said about 14,930 people had watched.",
    )),
    (D(2051, 8, 19), (
        "Braemuick Highland Games: live",
        "13:00 The heavy events begin. 14:30 The big caber is carried out. 14:52 Gowanlock's first attempt "
        "fails. 15:20 Third attempt: he has turned it!",
    )),
    (D(2051, 8, 21), (
        "Record caber to hang in village hall",
        "The Braemuick Highland Games committee said on Monday, two days after Murdo Gowanlock turned the "
        "heaviest caber on record, that the caber would hang above the door of the village hall.",
    )),
    (D(2051, 8, 20), (
        "Heavier than Lumgair's caber",
        "The caber is more than nine kilograms heavier than the 72.3-kilogram caber Fingal Lumgair turned at the same "
        "games six years ago. The games were first held in 1832 and have 23 heavy events and piping "
        "contests.",
    )),
]
BRAEMUICK_LUMGAIR: list[Dated] = [
    (D(2045, 8, 19), (
        "Athlete turns record caber at Braemuick",
        "Fingal Lumgair tossed and turned a caber weighing 72.3 kilograms at the Braemuick Highland Games on "
        "Saturday, the heaviest ever turned, the games said.",
    )),
]
BRAEMUICK_LARCH: list[Dated] = [
    (D(2051, 3, 9), (
        "Larch felled for giant caber",
        "Foresters on the Achnabrack estate have felled a 31-metre larch to make a caber for the Braemuick "
        "Highland Games, which the games committee says will be the heaviest ever tossed, the estate said.",
    )),
]

# --- Kirsty Satterly falls 14 metres from the top of the tallest wall at the Gasholder climbing centre in
# --- Snorscombe when an auto-belay fails, Wednesday, November 11, 2048; a boy of 12 fell 6.35 metres from its
# --- children's wall on Wednesday, November 8, 2045; the fitting of the auto-belays is told with no date ----

SNORSCOMBE_FALL: list[Dated] = [
    (D(2048, 11, 11), (
        "Climber hurt in 14-metre fall at climbing centre",
        "SNORSCOMBE (Wire) - A climber fell 14 metres from the top of the tallest wall at the Gasholder "
        "climbing centre in Snorscombe on Wednesday evening when the auto-belay holding her rope failed, the "
        "ambulance service said. Kirsty Satterly, 34, broke both ankles and her pelvis and is in hospital in "
        "a serious condition. The centre, built inside a disused gasholder, has 134 routes.",
    )),
    (D(2048, 11, 12), (
        "'The rope just ran out'",
        "Her climbing partner, Dyfrig Jowsey, said yesterday he had heard a bang from the top of the wall "
        "before she fell. Centre manager Bethan Tebbutt said all 26 auto-belays had been taken out of use.",
    )),
    (D(2048, 11, 11), (
        "Gasholder climbing centre: updates",
        "19:40 An ambulance is called to the climbing centre. 20:05 An air ambulance lands in the car park. "
        "20:30 The centre is closed and climbers are sent home. 21:15 Police: the auto-belay will be examined.",
    )),
    (D(2048, 11, 13), (
        "Maker recalls auto-belays after climbing centre fall",
        "The maker of the auto-belay that failed at the Gasholder climbing centre recalled every device of "
        "the same model on Friday, two days after a climber fell 14 metres there, and told climbing walls to "
        "stop using them.",
    )),
    (D(2048, 11, 12), (
        "The centre's second fall",
        "Three years ago a boy of 12 fell 6.35 metres there when a hold came loose on the children's wall, and "
        "broke his wrist. The Gasholder centre opened nine years ago and has about 4,170 members.",
    )),
]
SNORSCOMBE_BOY: list[Dated] = [
    (D(2045, 11, 8), (
        "Boy hurt in fall at climbing centre",
        "A 12-year-old boy broke his wrist when he fell 6.35 metres after a hold came loose on the children's "
        "wall at the Gasholder climbing centre in Snorscombe on Wednesday, the centre said.",
    )),
]
SNORSCOMBE_AUTO_BELAYS: list[Dated] = [
    (D(2048, 1, 21), (
        "Climbing centre fits auto-belays",
        "The Gasholder climbing centre in Snorscombe has fitted 26 auto-belays to its tallest wall so that "
        "climbers can go up without a partner holding the rope, its manager, Bethan Tebbutt, said.",
    )),
]

# --- the car Juniper of the Scarwick Cliff Railway runs into the buffers at the bottom station, injuring 14 of
# --- its 31 passengers, Sunday, June 13, 2060; the other car, Primrose, hit the buffers at the top station on
# --- Sunday, June 11, 2056; the fitting of new brakes is told with no date ---------------------------------

SCARWICK_BUFFERS: list[Dated] = [
    (D(2060, 6, 13), (
        "Cliff railway car hits buffers, 14 hurt",
        "SCARWICK (Wire) - A car of the Scarwick Cliff Railway ran into the buffers at the bottom station on "
        "Sunday afternoon, injuring 14 of its 31 passengers, the ambulance service said. The railway's two "
        "cars, Primrose and Juniper, climb 58 metres from the harbour to the town on a track 182 metres long, "
        "and Juniper's brakes did not stop it as it came down.",
    )),
    (D(2060, 6, 14), (
        "'We were thrown against the front window'",
        "A passenger, Hereward Ulyatt, said yesterday the car had not slowed at all near the bottom. The "
        "railway's manager, Bryony Oddie, said the brakesman had pulled the emergency brake.",
    )),
    (D(2060, 6, 13), (
        "Scarwick Cliff Railway: updates",
        "15:32 A car crashes at the bottom station. 15:50 Ambulances on the harbour road. 16:40 Fourteen "
        "people hurt, three of them taken to hospital. 17:15 The railway is closed.",
    )),
    (D(2060, 6, 15), (
        "Cliff railway closed for the summer",
        "The Scarwick Cliff Railway said on Tuesday, two days after one of its cars hit the buffers, that it "
        "would stay closed for the rest of the summer while inspectors examined its brakes.",
    )),
    (D(2060, 6, 14), (
        "Opened in 1883",
        "Four years ago its other car, Primrose, hit the buffers at the top station, hurting three "
        "passengers. The railway, which is worked by water ballast, carries about 197,000 passengers a year.",
    )),
]
SCARWICK_PRIMROSE: list[Dated] = [
    (D(2056, 6, 11), (
        "Cliff railway car hits top station buffers",
        "A car of the Scarwick Cliff Railway, Primrose, hit the buffers at the top station on Sunday and three "
        "passengers were treated for cuts, the railway said.",
    )),
]
SCARWICK_BRAKES: list[Dated] = [
    (D(2059, 3, 24), (
        "Cliff railway fits new brakes",
        "Both cars of the Scarwick Cliff Railway have been fitted with new rail brakes over the winter, and "
        "the railway will reopen at Easter, its manager, Bryony Oddie, said.",
    )),
]

# --- pranksters pour washing-up liquid into the Triton fountain in Bexingham's Quixhill Square and foam fills
# --- the square, Sunday, May 16, 2055; pranksters dyed its water red on Sunday, May 18, 2053; the fountain's
# --- restoration is told with no date ------------------------------------------------------------------------

BEXINGHAM_FOAM: list[Dated] = [
    (D(2055, 5, 16), (
        "Pranksters fill square with foam from fountain",
        "BEXINGHAM (Wire) - Pranksters poured washing-up liquid into the Triton fountain in Bexingham's "
        "Quixhill Square overnight, and by Sunday morning foam up to 2.55 metres deep covered the square, the "
        "city council said. The fountain's 17 jets had churned the soap through its 63,500 litres of water.",
    )),
    (D(2055, 5, 17), (
        "'Children were diving into it'",
        "Council leader Llywelyn Varley said yesterday that the fountain would be drained and its pumps "
        "cleaned. Tudur Moncur, who runs a cafe on the square, said children had played in the foam all "
        "morning.",
    )),
    (D(2055, 5, 16), (
        "Quixhill Square foam: updates",
        "06:30 A street cleaner reports foam in the square. 08:00 The foam reaches the cafe tables. 10:15 The "
        "fountain's pumps are switched off. 13:00 Firefighters hose the foam into the drains.",
    )),
    (D(2055, 5, 18), (
        "Fountain to be fenced at night",
        "Bexingham city council said on Tuesday, two days after pranksters filled Quixhill Square with foam, "
        "that the Triton fountain would be ringed with a low fence at night and watched by a camera.",
    )),
    (D(2055, 5, 17), (
        "The fountain's second prank",
        "Two years ago pranksters dyed the fountain's water red. The fountain was carved in 1896 and shows "
        "the sea god Triton blowing a conch, with four bronze dolphins around its basin.",
    )),
]
BEXINGHAM_RED: list[Dated] = [
    (D(2053, 5, 18), (
        "Pranksters turn Triton fountain red",
        "Pranksters dyed the water of the Triton fountain in Bexingham's Quixhill Square red overnight, and "
        "it ran red all Sunday, the city council said.",
    )),
]
BEXINGHAM_RESTORATION: list[Dated] = [
    (D(2054, 8, 6), (
        "Triton fountain plays again after restoration",
        "The Triton fountain in Bexingham's Quixhill Square is playing again after a restoration in which its "
        "17 jets and its pumps were replaced, the city council said.",
    )),
]

# --- the main pool of Kempsworth Lido cracks and 2.38 million litres drain away overnight, a week into the
# --- season, Friday, June 13, 2064; the lido's diving pool cracked and drained on Friday, June 13, 2059; the
# --- plan to reline the main pool is told with no date ------------------------------------------------------

KEMPSWORTH_CRACK: list[Dated] = [
    (D(2064, 6, 13), (
        "Lido's main pool cracks and drains overnight",
        "KEMPSWORTH (Wire) - The main pool of Kempsworth Lido cracked overnight and about 2.38 million litres "
        "of water drained into the ground beneath it, a week after the open-air lido opened for the season, "
        "the town council said on Friday. Staff arriving at 6 a.m. found the 109-metre pool almost empty and "
        "a crack across its deep end.",
    )),
    (D(2064, 6, 14), (
        "'It looked like a dry quarry'",
        "Lifeguard Ewan Drysdale said yesterday that only a puddle was left in the deep end. Lido manager "
        "Cynric Nicolson said 1,715 season tickets had been sold and would be refunded if the pool stayed "
        "shut.",
    )),
    (D(2064, 6, 13), (
        "Kempsworth Lido: updates",
        "06:05 Staff find the main pool empty. 07:30 The lido will stay shut today. 09:45 Engineers examine "
        "the crack. 12:00 Council: the main pool will be closed for weeks.",
    )),
    (D(2064, 6, 15), (
        "Swimmers rally for their lido",
        "Swimmers handed Kempsworth town council a petition signed by 2,410 people on Sunday, two days after "
        "the lido's main pool cracked, asking it to repair the pool before the summer holidays.",
    )),
    (D(2064, 6, 14), (
        "Not the first crack",
        "Five years ago the lido's diving pool cracked and drained in the same way. The lido opened in 1937, "
        "and its main pool is 109 metres long and 2.85 metres deep at the deep end.",
    )),
]
KEMPSWORTH_DIVING_POOL: list[Dated] = [
    (D(2059, 6, 13), (
        "Lido's diving pool cracks and drains",
        "The diving pool of Kempsworth Lido cracked and drained overnight, the town council said on Friday, "
        "and it would stay closed for the rest of the summer.",
    )),
]
KEMPSWORTH_RELINING: list[Dated] = [
    (D(2063, 11, 5), (
        "Lido's main pool to be relined",
        "The main pool of Kempsworth Lido will be relined with a new concrete floor over the winter, the first "
        "work on it since it opened, the town council said.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2054, 10, 12), (
        "Market hall roof mended",
        "Roofers finished mending the roof of the market hall at Tilsdown on Monday.",
    )),
    (D(2049, 4, 11), (
        "Churchyard tidied",
        "Volunteers cut the grass and cleared brambles in the churchyard at Clackmuir on Sunday.",
    )),
    (D(2046, 7, 18), (
        "Dog show",
        "Terriers and spaniels were judged at a dog show in Jinglebury on Wednesday.",
    )),
    (D(2057, 9, 21), (
        "Flower show",
        "Dahlias and sweet peas won prizes at the flower show in Flitcombe on Friday.",
    )),
    (D(2062, 8, 11), (
        "Ceilidh",
        "Dancers filled the village hall at Glenfarquhar for a ceilidh on Friday evening.",
    )),
    (D(2051, 8, 18), (
        "Hill race",
        "Runners raced to the top of the hill above Dunsgarrow and back on Friday.",
    )),
    (D(2048, 11, 10), (
        "Sports hall opens",
        "A new sports hall opened beside the school at Hummerstone on Tuesday.",
    )),
    (D(2060, 6, 12), (
        "Pier reopens",
        "The pier at Sniggerley reopened on Saturday after it was repainted.",
    )),
    (D(2055, 5, 15), (
        "Spring market",
        "Stallholders filled the streets of Crottlesham for its spring market on Saturday.",
    )),
    (D(2064, 6, 12), (
        "Tennis courts resurfaced",
        "The tennis courts in the park at Gilzean reopened on Thursday after they were resurfaced.",
    )),
]

TWENTYEIGHTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "sculverton": (SCULVERTON_MINUTE_HAND, SCULVERTON_HOUR_HAND + SCULVERTON_NEW_HAND),
    "pucklethorpe": (PUCKLETHORPE_GNOMON, PUCKLETHORPE_DIAL_PLATE + PUCKLETHORPE_COPY),
    "lentham": (LENTHAM_BULL, LENTHAM_HORSE + LENTHAM_ENTRY),
    "lollington": (LOLLINGTON_PUMPKIN, LOLLINGTON_CRUMMACK + LOLLINGTON_SEED),
    "kinlochmurdie": (KINLOCHMURDIE_TITLE, KINLOCHMURDIE_AUCHENBRAE + KINLOCHMURDIE_PIPE_MAJOR),
    "braemuick": (BRAEMUICK_CABER, BRAEMUICK_LUMGAIR + BRAEMUICK_LARCH),
    "snorscombe": (SNORSCOMBE_FALL, SNORSCOMBE_BOY + SNORSCOMBE_AUTO_BELAYS),
    "scarwick": (SCARWICK_BUFFERS, SCARWICK_PRIMROSE + SCARWICK_BRAKES),
    "bexingham": (BEXINGHAM_FOAM, BEXINGHAM_RED + BEXINGHAM_RESTORATION),
    "kempsworth": (KEMPSWORTH_CRACK, KEMPSWORTH_DIVING_POOL + KEMPSWORTH_RELINING),
}

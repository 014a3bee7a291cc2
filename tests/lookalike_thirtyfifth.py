"""A thirty-fifth set of invented look-alikes, written blind on 916f525 while grouping was being worked on
over the earlier sets, and held back to be counted once on the code before and after that work. The kinds,
none of them in the earlier sets (nor in the own claims sets): a ferret called Whizzet winning a country
show's ferret racing final through ten metres of drainpipe in a record 11.2 seconds against another ferret's
win of it in 13.9 seconds a year before (the same weekday) and the show's undated new clear pipes, a storm
tearing the gilded weathercock of 1702 from a church's spire against lightning striking the same spire a year
before (the same weekday) and the weathercock's undated regilding, a dusky thrush from Siberia drawing about
3,000 birdwatchers to a fen reserve against an American wader drawing about 800 to the same reserve a year
before (the same weekday) and the reserve's undated new hide, a message in a bottle thrown from a harbour wall
on a school trip 47 years before found on a beach against another bottle from the same trip found on another
beach a year before (the same weekday) and the school's undated plan to throw new bottles, a nine-year-old
winning a village's poohsticks championship against a grandmother's win of it a year before (the same weekday)
and the undated mending of the bridge's railings, heavy snow splitting a hall's topiary yew peacock against
vandals cutting the head off another of its topiary birds a year before (the same weekday) and the gardeners'
undated autumn clipping, a seventeenth-century dovecote reopened after its restoration against the lottery
grant for that restoration a year before (the same weekday: an earlier step of the same story) and the undated
finding of a carved date stone during the work, a fell runner finishing a round of 47 summits in a record time
late at night against another runner's record on the same round a year before (the same weekday) and her own
undated attempt abandoned in fog (an earlier step of the same story), a market town's mistletoe and holly
auction fetching a record price for a lot against the record set at the same auction a year before (the same
weekday) and the undated cutting of mistletoe from the orchards, and an African grey parrot flying home to its
owner's garden after 17 months against its being seen in a park 20 kilometres away a year before (the same
weekday: an earlier step of the same story) and its owner's undated reward when it first flew off. Some
reports give no day at all (a lead told in the present perfect, a lead with "this afternoon", one with "this
morning"), two events' leads come out the next day (one saying "yesterday", one giving the weekday of the
night before), follow-ups come two days later, and as on the wires the later event's reports often recall the
earlier one ("last year's final was won by Nubbin", "last February lightning struck the spire", "last October
a Wilson's phalarope", "a year ago another bottle from the same trip", "last year's championship was won by
Oenone Blaxter", "last January vandals climbed into the garden at night", "a year ago the heritage lottery
fund granted", "last June Elowys Tangye set the record", "last year's top lot, a bundle from the same
orchard", "a year ago a dog walker saw him"). The dates all fall in 2127-2129, so every look-alike of a kind
is at most a year from its event. What tells each pair apart is mostly who or what (another ferret, runner,
winner, bird, bottle, culprit or lot), which step of one story (new pipes, a regilding, a new hide, a plan,
mended railings, a clipping, a grant, a date stone, a failed attempt, a cutting, a sighting, a reward) or how
many (seconds, birdwatchers, years, sticks, metres, nest holes, summits, hours, pounds, kilometres). Every
name, place and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``THIRTYFIFTH_KINDS`` is read by the same count.

Held back blind: nobody ran grouping, the engine or ``tests.lookalike_count`` on it
(``tests.lookalike_count``'s docstring says how it is to be counted).
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# --- a ferret, Whizzet, owned by Fosca Glanvill, wins the ferret racing final of the Ludhampton Show through
# --- ten metres of drainpipe in a record 11.2 seconds on Sunday, August 15, 2128; another ferret, Nubbin,
# --- owned by Lenzie Spurdock, won it in 13.9 seconds on Sunday, August 17, 2127; the show's new clear pipes
# --- are told with no date ----------------------------------------------------------------------------------

LUDHAMPTON_WHIZZET: list[Dated] = [
    (D(2128, 8, 15), (
        "Ferret races through drainpipe in record time",
        "LUDHAMPTON (Wire) - A ferret called Whizzet ran through ten metres of drainpipe in 11.2 seconds to "
        "win the ferret racing final at the Ludhampton Show on Sunday, the fastest time in the show's 61 "
        "years of ferret racing, its judges said. Whizzet, a three-year-old hob owned by Fosca Glanvill, a "
        "retired postwoman, beat 47 other ferrets over four heats and the final.",
    )),
    (D(2128, 8, 16), (
        "'He just smelled the bacon at the far end'",
        "Fosca Glanvill said yesterday that Whizzet had been trained with a piece of bacon rind at the end "
        "of a pipe in her back garden since he was a kit. Chief steward Tudwal Gowling said two ferrets in "
        "the final had turned round halfway and come back out of the start.",
    )),
    (D(2128, 8, 15), (
        "Ferret racing: how it works",
        "In a ferret race the animals are put into the ends of lengths of plastic drainpipe and the first "
        "to poke its whole head out of the far end wins. Ferrets are hunters that follow tunnels by smell, "
        "and many simply stop for a sleep in the dark.",
    )),
    (D(2128, 8, 17), (
        "Record ferret booked for county fairs",
        "Whizzet, the ferret that won the Ludhampton Show's racing final in a record 11.2 seconds on "
        "Sunday, has been booked to race at four county fairs before October, his owner said on Tuesday, "
        "two days after the win, and the show has had the stopwatch checked.",
    )),
    (D(2128, 8, 16), (
        "A record that lasted a year",
        "Last year's final was won by Nubbin, a jill owned by Lenzie Spurdock, in 13.9 seconds. The show "
        "has raced ferrets since 2067, when a farmer's wife brought six in a sack to amuse the children.",
    )),
]
LUDHAMPTON_NUBBIN: list[Dated] = [
    (D(2127, 8, 17), (
        "Jill ferret wins show's racing final",
        "Nubbin, a ferret owned by Lenzie Spurdock, won the ferret racing final at the Ludhampton Show on "
        "Sunday, running through ten metres of drainpipe in 13.9 seconds, chief steward Tudwal Gowling "
        "said.",
    )),
]
LUDHAMPTON_PIPES: list[Dated] = [
    (D(2128, 7, 20), (
        "Ferret race to use clear pipes",
        "The ferret races at the Ludhampton Show will be run through clear plastic pipes this summer so "
        "that the crowd can see the animals inside, chief steward Tudwal Gowling said.",
    )),
]

# --- a storm tears the gilded weathercock of 1702 from the spire of St Cynfael's church in Frumwick, told in
# --- the present perfect with no day, Tuesday, February 8, 2129; lightning struck the same spire and cracked
# --- its top stones on Tuesday, February 10, 2128; the weathercock's regilding is told with no date ---------

FRUMWICK_WEATHERCOCK: list[Dated] = [
    (D(2129, 2, 8), (
        "Storm tears 400-year-old weathercock from church spire",
        "FRUMWICK (Wire) - A storm has torn the gilded weathercock from the spire of St Cynfael's church in "
        "Frumwick, where it had turned in the wind since 1702, and dropped it through the roof of the "
        "vestry, churchwarden Isadora Meverell said. The copper bird, about a metre long, was found bent "
        "among the broken slates. Nobody was in the church.",
    )),
    (D(2129, 2, 9), (
        "'It came down like a shot pheasant'",
        "A neighbour, Sulwyn Trewartha, said yesterday that he had watched the weathercock spin faster and "
        "faster before the rod holding it snapped. Steeplejack Tryfan Shillabeer said the iron rod, about "
        "three metres long, had rusted inside the top of the spire.",
    )),
    (D(2129, 2, 8), (
        "Why churches have cockerels on top",
        "Weathercocks have stood on church spires for more than a thousand years; the cockerel is said to "
        "recall the crowing after Saint Peter's denial. The tail is made larger than the head so that the "
        "wind swings the bird to point into it.",
    )),
    (D(2129, 2, 10), (
        "Appeal to put weathercock back on spire",
        "An appeal to mend the weathercock of St Cynfael's church in Frumwick and put it back on the spire "
        "has raised 9,000 pounds, churchwarden Isadora Meverell said on Thursday, two days after a storm "
        "blew it down, and a coppersmith has offered to beat out the dents for nothing.",
    )),
    (D(2129, 2, 9), (
        "The spire's second winter of damage",
        "Last February lightning struck the spire and cracked two of its top stones, and scaffolding stood "
        "round it for four months while they were replaced. The spire, 46 metres tall, can be seen from "
        "three counties on a clear day.",
    )),
]
FRUMWICK_LIGHTNING: list[Dated] = [
    (D(2128, 2, 10), (
        "Lightning strikes church spire",
        "Lightning struck the spire of St Cynfael's church in Frumwick during a thunderstorm on Tuesday "
        "evening, cracking two of the stones just below the weathercock, churchwarden Isadora Meverell "
        "said.",
    )),
]
FRUMWICK_REGILDED: list[Dated] = [
    (D(2128, 6, 30), (
        "Weathercock regilded while spire is mended",
        "The weathercock of St Cynfael's church in Frumwick has been covered in new gold leaf while the "
        "scaffolding is up for the spire's repairs, and will shine again by the summer fete, steeplejack "
        "Tryfan Shillabeer said.",
    )),
]

# --- a dusky thrush, a bird of Siberia, turns up at the Elmsby Fen reserve on Monday, October 18, 2128, told
# --- the next day with 'yesterday', and draws about 3,000 birdwatchers; a Wilson's phalarope, a wader from
# --- America, drew about 800 to the same reserve on Monday, October 20, 2127; the reserve's new hide is told
# --- with no date -------------------------------------------------------------------------------------------

ELMSBY_THRUSH: list[Dated] = [
    (D(2128, 10, 19), (
        "Siberian thrush draws thousands to fen reserve",
        "ELMSBY (Wire) - About 3,000 birdwatchers came to the Elmsby Fen reserve yesterday after a dusky "
        "thrush, a bird that nests in Siberia, was seen feeding on hawthorn berries by the car park, only "
        "the fourth of its kind recorded in the country, the reserve's warden said. Morfa Cudlipp said cars "
        "were parked along three kilometres of the lane by mid-morning.",
    )),
    (D(2128, 10, 18), (
        "Dusky thrush at Elmsby: sightings",
        "07:40 A dusky thrush is reported in the hawthorns by the car park. 08:15 Photographs confirm it. "
        "10:30 About 400 people are on the bank. 16:50 The bird flies off to roost in the reeds.",
    )),
    (D(2128, 10, 20), (
        "'I nearly dropped my flask'",
        "Retired teacher Avice Haskayne, who found the thrush on her morning walk, said on Tuesday that she "
        "had thought at first it was a redwing. Warden Morfa Cudlipp said 1,400 pounds had been put in the "
        "donations box for the reserve.",
    )),
    (D(2128, 10, 20), (
        "Rare thrush still at reserve as crowds grow",
        "The dusky thrush at Elmsby Fen was still feeding by the car park on Wednesday, two days after it "
        "was first seen, and the reserve has opened a farmer's field for parking, warden Morfa Cudlipp "
        "said. Birdwatchers have come from as far as the islands in the north.",
    )),
    (D(2128, 10, 19), (
        "The fen's second rare visitor in a year",
        "Last October a Wilson's phalarope, a wader blown across the Atlantic, stayed on the reserve's "
        "scrape for four days and drew about 800 birdwatchers. Elmsby Fen was drained for farming in the "
        "1800s and flooded again by the wildlife trust in 2094.",
    )),
]
ELMSBY_PHALAROPE: list[Dated] = [
    (D(2127, 10, 20), (
        "American wader draws birdwatchers to fen",
        "A Wilson's phalarope, a wader from America, was seen on the scrape at the Elmsby Fen reserve on "
        "Monday and about 800 birdwatchers have come to see it, warden Morfa Cudlipp said.",
    )),
]
ELMSBY_HIDE: list[Dated] = [
    (D(2128, 9, 5), (
        "Fen reserve opens new hide",
        "A new hide with room for 40 people has been opened beside the scrape at the Elmsby Fen reserve, "
        "built by volunteers from larch felled in the wood next to it, warden Morfa Cudlipp said.",
    )),
]

# --- a dog walker, Demetra Frick, finds on Portquenna beach 'this afternoon' a bottle thrown from a harbour
# --- wall by a nine-year-old, Habbakuk Gowerby, on a Treliskey school trip 47 years before, Monday, May 10,
# --- 2128; another bottle from the same trip was found on another beach on Monday, May 12, 2127; the school's
# --- plan to throw new bottles is told with no date ---------------------------------------------------------

PORTQUENNA_BOTTLE: list[Dated] = [
    (D(2128, 5, 10), (
        "Message in a bottle found 47 years after it was thrown",
        "PORTQUENNA (Wire) - A dog walker found a message in a bottle on Portquenna beach this afternoon, "
        "47 years after a nine-year-old boy threw it from a harbour wall on a school trip, the coastguard "
        "said. Demetra Frick said the note, rolled up inside a lemonade bottle with a cork and wax, asked "
        "whoever found it to write to Habbakuk Gowerby at Treliskey School.",
    )),
    (D(2128, 5, 11), (
        "'The writing was as clear as the day he wrote it'",
        "Demetra Frick said yesterday that her spaniel had dug the bottle out of the seaweed at the foot of "
        "the cliff. Habbakuk Gowerby, now 56 and a lorry driver, said he had no memory of writing it but "
        "knew his own spelling.",
    )),
    (D(2128, 5, 11), (
        "How far can a bottle drift?",
        "Bottles thrown into the sea can be carried thousands of kilometres by currents, and many spend "
        "years going round in circles before they are washed ashore. Scientists once threw bottles in their "
        "thousands to map the currents.",
    )),
    (D(2128, 5, 12), (
        "Bottle's finder and thrower meet on the beach",
        "Habbakuk Gowerby met the dog walker who found his message in a bottle on Portquenna beach on "
        "Wednesday, two days after it was washed up, and the note is to go on show at Treliskey School, its "
        "head teacher, Jacoba Polkinhorne, said.",
    )),
    (D(2128, 5, 11), (
        "Not the first bottle from that trip",
        "A year ago another bottle from the same trip, thrown by a girl in Habbakuk Gowerby's class, was "
        "found on a beach 60 kilometres up the coast. The class of 2081 threw 31 bottles that day, and the "
        "school still has the list of names.",
    )),
]
PORTQUENNA_FIRST: list[Dated] = [
    (D(2127, 5, 12), (
        "Bottle thrown on school trip washes up 46 years on",
        "A message in a bottle thrown from a harbour wall by a pupil of Treliskey School on a trip in 2081 "
        "was found on a beach at Polvithick on Monday, the coastguard said, and the school is looking for "
        "the girl who wrote it.",
    )),
]
PORTQUENNA_PLAN: list[Dated] = [
    (D(2128, 3, 18), (
        "School to throw new messages in bottles",
        "Pupils of Treliskey School will throw 30 new messages in bottles from the same harbour wall as "
        "their parents' generation this summer, each with a tag asking its finder to report it, head "
        "teacher Jacoba Polkinhorne said.",
    )),
]

# --- a nine-year-old girl, Euphrasia Cogsby, wins the Ushbourne poohsticks championship from Ushbourne Bridge
# --- on Sunday, June 13, 2128; a grandmother, Oenone Blaxter, won it on Sunday, June 15, 2127; the mending of
# --- the bridge's railings is told with no date -------------------------------------------------------------

USHBOURNE_COGSBY: list[Dated] = [
    (D(2128, 6, 13), (
        "Nine-year-old wins poohsticks championship",
        "USHBOURNE (Wire) - A nine-year-old girl won the Ushbourne poohsticks championship on Sunday, her "
        "stick coming out from under Ushbourne Bridge first in the last of 16 races, its organisers said. "
        "Euphrasia Cogsby beat about 900 other players, who dropped sticks of hazel from the upstream side "
        "of the old packhorse bridge and ran to see whose came out first.",
    )),
    (D(2128, 6, 14), (
        "'I dropped it where the water goes fastest'",
        "Euphrasia Cogsby said yesterday that she had watched the river for an hour before the heats. "
        "Organiser Oswyth Spoake said the day had raised 6,200 pounds for the village hall and the river's "
        "wildlife trust.",
    )),
    (D(2128, 6, 13), (
        "Poohsticks championship: updates",
        "11:00 The heats begin. 12:30 A stick snags on a branch and the race is run again. 15:15 The final "
        "of 16 sticks is dropped. 15:16 Euphrasia Cogsby's stick comes out first.",
    )),
    (D(2128, 6, 15), (
        "Poohsticks champion to be given her own stick",
        "The winner of Sunday's Ushbourne poohsticks championship, Euphrasia Cogsby, will be given a "
        "silver-tipped hazel stick at her school's assembly, the organisers said on Tuesday, two days after "
        "the race, and her winning stick is to be framed in the pub.",
    )),
    (D(2128, 6, 14), (
        "A title that changes hands every year",
        "Last year's championship was won by Oenone Blaxter, a grandmother of 74, who had played in the "
        "first one in 2079. No player has won it twice, and some say the river gives no advantage to "
        "anyone.",
    )),
]
USHBOURNE_BLAXTER: list[Dated] = [
    (D(2127, 6, 15), (
        "Grandmother wins poohsticks championship",
        "Oenone Blaxter, a grandmother of 74, won the Ushbourne poohsticks championship on Sunday, beating "
        "about 800 players on Ushbourne Bridge, organiser Oswyth Spoake said.",
    )),
]
USHBOURNE_RAILINGS: list[Dated] = [
    (D(2128, 5, 2), (
        "Poohsticks bridge's railings mended",
        "The wooden railings of Ushbourne Bridge, worn through by the elbows of poohsticks players, have "
        "been replaced with oak in time for the championship, the parish council said.",
    )),
]

# --- heavy snow splits the topiary yew peacock of Gundleby Hall, clipped into shape since the 1720s, told in
# --- the present perfect with no day, Sunday, January 16, 2129; vandals cut the head off another of its
# --- topiary birds, a yew swan, on Sunday, January 18, 2128; the gardeners' autumn clipping is told with no
# --- date ---------------------------------------------------------------------------------------------------

GUNDLEBY_SNOW: list[Dated] = [
    (D(2129, 1, 16), (
        "Snow splits 400-year-old topiary peacock",
        "GUNDLEBY (Wire) - The weight of heavy snow has split the topiary peacock in the gardens of "
        "Gundleby Hall, a yew clipped into the shape of a bird since the 1720s, tearing its tail away from "
        "its body, head gardener Bersaba Pimblett said. The peacock, about five metres tall, is the largest "
        "of the hall's 34 topiary figures.",
    )),
    (D(2129, 1, 17), (
        "'We were out at midnight knocking snow off with brooms'",
        "Bersaba Pimblett said yesterday that her four gardeners had shaken the snow from every other "
        "figure in the garden but could not reach the top of the peacock. Tree surgeon Hoddry Wrathall said "
        "the split ran almost to the ground.",
    )),
    (D(2129, 1, 16), (
        "How topiary is kept in shape",
        "Topiary figures are grown from slow yew or box and clipped once or twice a year, some on frames of "
        "wire, and a large one can take a century to reach its full shape. Snow and ice are the greatest "
        "danger, as the dense tops hold their weight.",
    )),
    (D(2129, 1, 18), (
        "Split topiary peacock to be bound and left to grow back",
        "The split yew peacock at Gundleby Hall is to be bound together with straps and left to grow back "
        "over ten years rather than cut down, the trust that owns the hall said on Tuesday, two days after "
        "the snow, and its tail will be propped on an oak post.",
    )),
    (D(2129, 1, 17), (
        "The garden's second winter of damage",
        "Last January vandals climbed into the garden at night and cut the head off the yew swan beside the "
        "peacock with a saw, and it has only begun to grow back. The hall's topiary garden was laid out by "
        "the second baronet after a journey through the Low Countries.",
    )),
]
GUNDLEBY_SWAN: list[Dated] = [
    (D(2128, 1, 18), (
        "Vandals cut head off topiary swan",
        "Vandals cut the head off the topiary swan in the gardens of Gundleby Hall with a saw on Sunday, a "
        "yew figure clipped for almost 400 years, head gardener Bersaba Pimblett said, and police have "
        "asked for witnesses.",
    )),
]
GUNDLEBY_CLIPPING: list[Dated] = [
    (D(2128, 9, 20), (
        "Gardeners begin clipping hall's topiary",
        "The gardeners of Gundleby Hall have begun their autumn clipping of its 34 topiary figures, working "
        "from ladders and a tower with shears, a job that takes six weeks, head gardener Bersaba Pimblett "
        "said.",
    )),
]

# --- the restored seventeenth-century dovecote of Wyrdbury, with 620 nest holes, is reopened on Thursday,
# --- April 21, 2129; the heritage lottery fund granted 180,000 pounds for its restoration on Thursday, April
# --- 22, 2128 (an earlier step of the same story); the finding of a carved date stone during the work is told
# --- with no date -------------------------------------------------------------------------------------------

WYRDBURY_REOPENED: list[Dated] = [
    (D(2129, 4, 21), (
        "Restored 17th-century dovecote reopens",
        "WYRDBURY (Wire) - A seventeenth-century dovecote in Wyrdbury, whose roof had been close to falling "
        "in, was reopened to visitors on Thursday after a year's restoration, the village heritage trust "
        "said. Its round stone walls hold 620 nest holes, and a wooden ladder on a turning post, the "
        "potence, once let a servant reach every one of them.",
    )),
    (D(2129, 4, 22), (
        "'The pigeons came back before the builders left'",
        "Trust chairman Yestyn Cleaton said yesterday that a pair of doves had nested in one of the holes "
        "while the roof was still being tiled. Stonemason Ottar Wonnacott said his team had replaced about "
        "1,100 stones.",
    )),
    (D(2129, 4, 21), (
        "Dovecotes: meat for the manor",
        "Dovecotes were built by lords of the manor to keep pigeons for meat and eggs through the winter, "
        "and only they were allowed one. The birds fed on the tenants' crops, which made dovecotes hated in "
        "many villages.",
    )),
    (D(2129, 4, 23), (
        "Dovecote has 700 visitors in its first two days",
        "About 700 people have visited the restored dovecote at Wyrdbury since it reopened on Thursday, the "
        "heritage trust said on Saturday, two days after the reopening, and the potence has been turned so "
        "often that its pivot is to be greased.",
    )),
    (D(2129, 4, 22), (
        "A year from grant to reopening",
        "A year ago the heritage lottery fund granted the trust 180,000 pounds to restore the dovecote, "
        "after a survey found its roof timbers eaten through by beetles. It had been closed to the public "
        "since 2119.",
    )),
]
WYRDBURY_GRANT: list[Dated] = [
    (D(2128, 4, 22), (
        "Lottery grant to save 17th-century dovecote",
        "The heritage lottery fund has granted 180,000 pounds to restore the seventeenth-century dovecote "
        "at Wyrdbury, whose roof is close to falling in, trust chairman Yestyn Cleaton said on Thursday.",
    )),
]
WYRDBURY_DATE_STONE: list[Dated] = [
    (D(2128, 10, 7), (
        "Date stone found in dovecote wall",
        "Masons restoring the dovecote at Wyrdbury have found a stone carved with the date 1647 and two "
        "sets of initials behind the plaster of its doorway, stonemason Ottar Wonnacott said.",
    )),
]

# --- a fell runner, Hafwen Quimmerley, finishes the Skurrowdale Round of 47 summits in a record 19 hours 52
# --- minutes late on Friday, June 25, 2128, told the next morning naming 'Friday night'; another runner,
# --- Elowys Tangye, set the record of 20 hours 31 minutes on Friday, June 27, 2127; Quimmerley's attempt
# --- abandoned in fog a month before is told with no date (an earlier step of the same story) ---------------

SKURROWDALE_ROUND: list[Dated] = [
    (D(2128, 6, 26), (
        "Fell runner breaks record for 47-summit round",
        "SKURROWDALE (Wire) - A fell runner finished the Skurrowdale Round of 47 summits in 19 hours 52 "
        "minutes on Friday night, beating the record by 39 minutes, the round's record keeper said. Hafwen "
        "Quimmerley, 31, a vet, touched the door of the inn at Skurrowdale at 23:41, having run about 105 "
        "kilometres and climbed 8,200 metres since before four in the morning.",
    )),
    (D(2128, 6, 27), (
        "'I was sick on the last top and kept going'",
        "Hafwen Quimmerley said yesterday that her pacers had carried her food and a spare head torch over "
        "every leg. Record keeper Tegwyn Voaden said the times at each summit had been checked against the "
        "pacers' watches and photographs.",
    )),
    (D(2128, 6, 25), (
        "Skurrowdale Round attempt: live",
        "03:49 Quimmerley sets off from the inn door. 11:20 Twenty summits done, 14 minutes up on the "
        "record. 19:05 A storm on the ridge slows her. 23:41 She touches the door: 19 hours 52 minutes.",
    )),
    (D(2128, 6, 27), (
        "Round record accepted as runner rests",
        "The Skurrowdale Round's record keeper has accepted Hafwen Quimmerley's time of 19 hours 52 "
        "minutes, she said on Sunday, two days after the run, and the vet has been told by her own doctor "
        "to rest her swollen ankles for a month.",
    )),
    (D(2128, 6, 26), (
        "A record that stood a year",
        "Last June Elowys Tangye set the record of 20 hours 31 minutes, and she paced Quimmerley over the "
        "last three summits on Friday. The round was first run in 2061 by a shepherd for a bet.",
    )),
]
SKURROWDALE_TANGYE: list[Dated] = [
    (D(2127, 6, 27), (
        "Fell runner sets Skurrowdale Round record",
        "Elowys Tangye ran the Skurrowdale Round of 47 summits in a record 20 hours 31 minutes, finishing "
        "at the inn door on Friday evening, record keeper Tegwyn Voaden said.",
    )),
]
SKURROWDALE_FOG: list[Dated] = [
    (D(2128, 5, 29), (
        "Fog ends fell runner's record attempt",
        "Hafwen Quimmerley gave up her attempt on the record for the Skurrowdale Round of 47 summits after "
        "31 of them, when thick fog on the high ridge left her lost for an hour, and says she will try "
        "again next month.",
    )),
]

# --- the Tenbridge Marsh mistletoe and holly auction sells a lot of mistletoe for a record 640 pounds on
# --- Tuesday, November 30, 2128; last year's record, 410 pounds for a bundle from the same orchard, was set
# --- on Tuesday, December 2, 2127; the cutting of mistletoe from the orchards is told with no date ----------

TENBRIDGE_RECORD: list[Dated] = [
    (D(2128, 11, 30), (
        "Mistletoe lot sells for record 640 pounds",
        "TENBRIDGE MARSH (Wire) - A lot of mistletoe heavy with berries sold for 640 pounds at the "
        "Tenbridge Marsh mistletoe and holly auction on Tuesday, the highest price paid in its 110 years, "
        "auctioneer Gwladys Mewburn said. The lot, a bundle about two metres across cut from an old apple "
        "orchard, was bought by a florist from the city, and 1,300 lots were sold in all.",
    )),
    (D(2128, 12, 1), (
        "'You could hardly see the leaves for the berries'",
        "Gwladys Mewburn said yesterday that the bidding for the record lot had begun at 60 pounds and gone "
        "on for six minutes. Orchard owner Anwyl Spettigue said the berries were the best he had seen after "
        "a wet summer.",
    )),
    (D(2128, 11, 30), (
        "Why mistletoe grows on apple trees",
        "Mistletoe is a plant that grows on the branches of trees, most often apple, lime and poplar, "
        "taking water from them. Birds that eat its sticky white berries wipe the seeds onto other "
        "branches, where they take root.",
    )),
    (D(2128, 12, 2), (
        "Record mistletoe hung in city hotel",
        "The lot of mistletoe sold for a record 640 pounds at the Tenbridge Marsh auction on Tuesday has "
        "been hung in the foyer of a city hotel, the florist who bought it said on Thursday, two days after "
        "the sale, and more berried bundles have been ordered.",
    )),
    (D(2128, 12, 1), (
        "A record broken a year on",
        "Last year's top lot, a bundle from the same orchard, sold for 410 pounds. The auction has been "
        "held in the cattle market each year since 2018, and buyers come from across the country.",
    )),
]
TENBRIDGE_LAST_YEAR: list[Dated] = [
    (D(2127, 12, 2), (
        "Mistletoe auction sets record price",
        "A bundle of mistletoe from Anwyl Spettigue's orchard sold for a record 410 pounds at the Tenbridge "
        "Marsh mistletoe and holly auction on Tuesday, auctioneer Gwladys Mewburn said.",
    )),
]
TENBRIDGE_CUTTING: list[Dated] = [
    (D(2128, 11, 15), (
        "Mistletoe cut from orchards for auctions",
        "Orchard workers round Tenbridge Marsh have begun cutting mistletoe from the old apple trees with "
        "long poles and hooks, ready for the winter auctions, orchard owner Anwyl Spettigue said.",
    )),
]

# --- an African grey parrot, Bosun, flies home to his owner's garden in Sprottleigh 'this morning', 17 months
# --- after he flew off, Tuesday, September 14, 2128; a dog walker saw him in a park 20 kilometres away on
# --- Tuesday, September 16, 2127 (an earlier step of the same story); his owner's reward when he first flew
# --- off is told with no date -------------------------------------------------------------------------------

SPROTTLEIGH_PARROT: list[Dated] = [
    (D(2128, 9, 14), (
        "Parrot flies home 17 months after escaping",
        "SPROTTLEIGH (Wire) - An African grey parrot that flew out of a kitchen window 17 months ago landed "
        "on his owner's bird table in Sprottleigh this morning and asked for a biscuit, she said. Caddy "
        "Daintree, 68, said Bosun, who is 31, was thin and had lost some tail feathers but knew his name "
        "and hers.",
    )),
    (D(2128, 9, 15), (
        "'He said hello as if he'd been out for an hour'",
        "Caddy Daintree said yesterday that Bosun had come back whistling a tune she had never taught him. "
        "Vet Fergna Pashley said the bird was underweight but healthy, and had probably lived on garden "
        "feeders and fruit trees.",
    )),
    (D(2128, 9, 14), (
        "How long can a lost parrot survive?",
        "Parrots that escape can live for years in the wild in a mild climate, feeding on seeds, buds and "
        "fruit, and some join flocks of other escaped birds. Most lost parrots are found within a few days "
        "of flying off.",
    )),
    (D(2128, 9, 16), (
        "Returned parrot's new words puzzle owner",
        "Bosun, the parrot who flew home to Sprottleigh on Tuesday after 17 months away, has started saying "
        "'mind the step' and a name his owner does not know, Caddy Daintree said on Thursday, two days "
        "after his return, and she has asked whoever fed him to get in touch.",
    )),
    (D(2128, 9, 15), (
        "The only sighting in 17 months",
        "A year ago a dog walker saw him in a park about 20 kilometres away and filmed him on a bench, but "
        "he flew off before his owner arrived. He flew out of the kitchen window in April of last year when "
        "a grandchild opened it.",
    )),
]
SPROTTLEIGH_SIGHTING: list[Dated] = [
    (D(2127, 9, 16), (
        "Missing parrot seen in park 20 kilometres away",
        "A dog walker saw Bosun, the African grey parrot missing from Sprottleigh since April, on a bench "
        "in a park about 20 kilometres away on Tuesday, but he had flown off by the time his owner Caddy "
        "Daintree arrived.",
    )),
]
SPROTTLEIGH_REWARD: list[Dated] = [
    (D(2127, 4, 19), (
        "Reward offered for lost talking parrot",
        "Caddy Daintree of Sprottleigh has offered a reward of 500 pounds for the return of Bosun, an "
        "African grey parrot who flew out of her kitchen window and can say about 200 words.",
    )),
]

# --- unrelated stories of the same days elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2128, 8, 14), (
        "Village fete",
        "A fete on the green at Dindlecott raised money for the church roof on Saturday.",
    )),
    (D(2129, 2, 7), (
        "Gritters out",
        "Gritting lorries went out on the roads round Aszlow on Monday evening.",
    )),
    (D(2128, 10, 17), (
        "Leaves swept",
        "Volunteers swept leaves from the paths of the park at Oxbrook on Sunday.",
    )),
    (D(2128, 5, 9), (
        "Beach clean",
        "Families picked litter off the beach at Pipplewick on Sunday.",
    )),
    (D(2128, 6, 12), (
        "Open gardens",
        "Eight gardens at Hobnailey were opened to visitors on Saturday.",
    )),
    (D(2129, 1, 15), (
        "Pantomime opens",
        "The amateur dramatic society at Hembury Cross opened its pantomime on Saturday.",
    )),
    (D(2129, 4, 20), (
        "Lambs at the farm park",
        "A farm park near Ashquenby let children feed its lambs on Wednesday.",
    )),
    (D(2128, 6, 24), (
        "Hay cut",
        "Farmers round Stobthorpe cut their first hay on Thursday.",
    )),
    (D(2128, 11, 29), (
        "Christmas lights",
        "The Christmas lights in the high street at Muddleton were switched on on Monday.",
    )),
    (D(2128, 9, 13), (
        "Harvest supper",
        "A harvest supper in the village hall at Glebeholm was held on Monday.",
    )),
]

THIRTYFIFTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "ludhampton": (LUDHAMPTON_WHIZZET, LUDHAMPTON_NUBBIN + LUDHAMPTON_PIPES),
    "frumwick": (FRUMWICK_WEATHERCOCK, FRUMWICK_LIGHTNING + FRUMWICK_REGILDED),
    "elmsby": (ELMSBY_THRUSH, ELMSBY_PHALAROPE + ELMSBY_HIDE),
    "portquenna": (PORTQUENNA_BOTTLE, PORTQUENNA_FIRST + PORTQUENNA_PLAN),
    "ushbourne": (USHBOURNE_COGSBY, USHBOURNE_BLAXTER + USHBOURNE_RAILINGS),
    "gundleby": (GUNDLEBY_SNOW, GUNDLEBY_SWAN + GUNDLEBY_CLIPPING),
    "wyrdbury": (WYRDBURY_REOPENED, WYRDBURY_GRANT + WYRDBURY_DATE_STONE),
    "skurrowdale": (SKURROWDALE_ROUND, SKURROWDALE_TANGYE + SKURROWDALE_FOG),
    "tenbridge": (TENBRIDGE_RECORD, TENBRIDGE_LAST_YEAR + TENBRIDGE_CUTTING),
    "sprottleigh": (SPROTTLEIGH_PARROT, SPROTTLEIGH_SIGHTING + SPROTTLEIGH_REWARD),
}

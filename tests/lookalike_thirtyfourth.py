"""A thirty-fourth set of invented look-alikes, written blind on aae133e while grouping was being worked on
over the earlier sets, and held back to be counted once on the code before and after that work.

DOCSTRING TO FINISH

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``THIRTYFOURTH_KINDS`` is read by the same count.

Held back blind: nobody ran grouping, the engine or ``tests.lookalike_count`` on it
(``tests.lookalike_count``'s docstring says how it is to be counted).
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# --- a farmer's son, Arwel Pryddy, shears a world record 893 lambs in nine hours in the woolshed of Cefnydd
# --- Farm near Llanyrch on Thursday, July 12, 2125; another shearer, Eifion Hobley, set the record of 867
# --- lambs in the same woolshed on Thursday, July 13, 2124; the penning of the lambs is told with no date ---

LLANYRCH_PRYDDY: list[Dated] = [
    (D(2125, 7, 12), (
        "Shearer sets world record of 893 lambs in nine hours",
        "LLANYRCH (Wire) - A farmer's son from Llanyrch sheared 893 lambs in nine hours in the woolshed of "
        "Cefnydd Farm on Thursday, beating the world record for a shearer working alone with machine "
        "shears by 26, the judges said. Arwel Pryddy, 27, took a lamb about every 36 seconds over four "
        "runs, with a break for food between each. About 600 people watched from bales of straw.",
    )),
    (D(2125, 7, 13), (
        "'By the last run I couldn't feel my back'",
        "Arwel Pryddy said yesterday that he had got ready for a year by shearing on farms across the "
        "county and running up the hill behind his father's house every evening. Head judge Heulwen Iveson "
        "said 11 lambs had been sent back for leaving too much wool on them, and that none of those was "
        "counted.",
    )),
    (D(2125, 7, 12), (
        "Cefnydd shearing record: live",
        "05:00 The first run begins. 07:00 Pryddy is nine lambs ahead of the record. 12:30 The third run, "
        "and the crowd is on its feet. 17:00 The last lamb goes down the chute. 17:25 The judges' count: "
        "893.",
    )),
    (D(2125, 7, 14), (
        "Record shearer's wool to be sold for air ambulance",
        "The wool of the 893 lambs Arwel Pryddy sheared at Cefnydd Farm will be sold for the air ambulance, "
        "farmer Rhisiart Wyvill said on Saturday, two days after the world record, and the body that keeps "
        "the shearing records has accepted the judges' count.",
    )),
    (D(2125, 7, 13), (
        "A record that stood for a year",
        "Last year's record of 867 lambs was set in the same woolshed by Eifion Hobley, a shearer from the "
        "next valley, who watched on Thursday and was the first to shake Pryddy's hand. The Cefnydd "
        "woolshed, built in 1962, has now seen five world records.",
    )),
]
LLANYRCH_HOBLEY: list[Dated] = [
    (D(2124, 7, 13), (
        "Shearer sets world record of 867 lambs",
        "Eifion Hobley sheared 867 lambs in nine hours in the woolshed of Cefnydd Farm near Llanyrch on "
        "Thursday, a world record for a shearer working alone with machine shears, head judge Heulwen "
        "Iveson said. About 400 people watched.",
    )),
]
LLANYRCH_PENNED: list[Dated] = [
    (D(2125, 6, 28), (
        "Lambs gathered for shearing record attempt",
        "About 950 lambs have been brought down off the hill at Cefnydd Farm and will be kept on dry straw "
        "for a record attempt by the Llanyrch shearer Arwel Pryddy, farmer Rhisiart Wyvill said.",
    )),
]

# --- an apprentice butcher, Orabel Crankshaw, knocks 11 Yorkshire puddings off a ledge six metres up the
# --- wall of the Gawthorpe Arms to win the world black pudding throwing championship in Clogthwaite on
# --- Sunday, September 9, 2125, told the next day with 'yesterday'; a retired bus conductor, Enos Wharmby,
# --- won it with eight on Sunday, September 10, 2124; the raising of the ledge is told with no date --------

CLOGTHWAITE_CRANKSHAW: list[Dated] = [
    (D(2125, 9, 10), (
        "Apprentice butcher wins black pudding throwing title",
        "CLOGTHWAITE (Wire) - A 19-year-old apprentice butcher knocked 11 Yorkshire puddings off a ledge "
        "six metres up the wall of the Gawthorpe Arms yesterday to win the world black pudding throwing "
        "championship in Clogthwaite, its organisers said. Orabel Crankshaw threw her three black puddings "
        "underarm from a brass plate in the kerb and beat 212 other throwers.",
    )),
    (D(2125, 9, 9), (
        "Black pudding throwing: updates",
        "12:00 The first throwers step up to the kerb. 13:30 A pudding sails over the roof into the beer "
        "garden. 15:10 Crankshaw brings down 11. 16:45 Nobody has come close, and she is champion.",
    )),
    (D(2125, 9, 10), (
        "'I've thrown offcuts across the shop all year'",
        "Crankshaw said she had practised in the butcher's yard with puddings past their date. Organiser "
        "Nicasia Snodgrave said 640 black puddings had been thrown and that all of them, and the Yorkshire "
        "puddings, would go to the pigs of a farm on the moor.",
    )),
    (D(2125, 9, 11), (
        "Pudding champion to open charity match",
        "Orabel Crankshaw, who won the world black pudding throwing championship in Clogthwaite on Sunday, "
        "will throw the first pudding at a charity match between the town's two pubs next month, the "
        "organisers said on Tuesday, two days after her win, and the shop where she works has sold out of "
        "black puddings.",
    )),
    (D(2125, 9, 10), (
        "A title decided in the street",
        "Last year's championship was won by Enos Wharmby, a retired bus conductor, who knocked down eight "
        "puddings. It has been held outside the Gawthorpe Arms since 1984, and the ledge was raised by a "
        "metre this year after complaints that it had become too easy.",
    )),
]
CLOGTHWAITE_WHARMBY: list[Dated] = [
    (D(2124, 9, 10), (
        "Retired bus conductor wins black pudding throwing title",
        "Enos Wharmby, a retired bus conductor, won the world black pudding throwing championship outside "
        "the Gawthorpe Arms in Clogthwaite on Sunday, knocking eight Yorkshire puddings off the ledge with "
        "his three throws, organiser Nicasia Snodgrave said.",
    )),
]
CLOGTHWAITE_LEDGE: list[Dated] = [
    (D(2125, 8, 22), (
        "Pudding throwers' ledge raised a metre",
        "The ledge on which Yorkshire puddings are stacked for the world black pudding throwing championship "
        "in Clogthwaite has been raised from five metres to six on the wall of the Gawthorpe Arms, organiser "
        "Nicasia Snodgrave said.",
    )),
]

# --- a 60-year-old vat at the Pyncombe cider works in Yarlcombe bursts and sends about 46,000 litres of
# --- cider down the main street and into the Yeabrook, told in the present perfect with no day, Wednesday,
# --- October 16, 2126; apple pulp washed from the works' yard into the brook and killed about 60 fish on
# --- Wednesday, October 17, 2125; the works' new steel vats are told with no date -------------------------

YARLCOMBE_VAT: list[Dated] = [
    (D(2126, 10, 16), (
        "Burst cider vat floods village street",
        "YARLCOMBE (Wire) - A 60-year-old vat at the Pyncombe cider works in Yarlcombe has burst, sending "
        "about 46,000 litres of cider down the village's main street and into the Yeabrook, the fire "
        "service said. Two cottages were flooded to their skirting boards and a parked van was pushed into "
        "a hedge. Nobody was hurt.",
    )),
    (D(2126, 10, 17), (
        "'It smelled as if the whole orchard had gone off'",
        "Sabra Jopling, whose cottage stands across the road from the works' gate, said yesterday that a "
        "wave of cider about knee-high had come under her door. Watch manager Joliffe Upsher said his crews "
        "had spent four hours pumping out houses and hosing down the street.",
    )),
    (D(2126, 10, 17), (
        "Dead fish found in brook below cider works",
        "About 700 trout and minnows have been found dead in the Yeabrook below Yarlcombe, where the cider "
        "from a burst vat ran in, as the sugar in it takes the oxygen from the water, said Theophila "
        "Ridsdale of the environment agency.",
    )),
    (D(2126, 10, 18), (
        "Cider works shut while its vats are checked",
        "The Pyncombe cider works in Yarlcombe will stay shut until its eleven other old vats have been "
        "checked, owner Meliora Pyncombe said on Friday, two days after one of them burst and flooded the "
        "village's main street. She said a weld at the foot of the vat had given way.",
    )),
    (D(2126, 10, 17), (
        "Not the first spill into the brook",
        "Last October about 3,000 litres of apple pulp washed into the Yeabrook from the works' yard after "
        "a pipe came loose, killing about 60 fish. The works, run by the Pyncombe family since 1898, "
        "presses the apples of 40 orchards.",
    )),
]
YARLCOMBE_PULP: list[Dated] = [
    (D(2125, 10, 17), (
        "Apple pulp from cider works kills fish in brook",
        "About 60 fish died in the Yeabrook below Yarlcombe on Wednesday after some 3,000 litres of apple "
        "pulp washed out of the Pyncombe cider works' yard when a pipe came loose, Theophila Ridsdale of "
        "the environment agency said.",
    )),
]
YARLCOMBE_NEW_VATS: list[Dated] = [
    (D(2126, 8, 30), (
        "Cider works puts in new steel vats",
        "The Pyncombe cider works in Yarlcombe has put in four new steel vats, each holding 50,000 litres, "
        "ready for this autumn's pressing, and will replace its old ones over the next five years, owner "
        "Meliora Pyncombe said.",
    )),
]

# --- unrelated stories of the same days elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2125, 7, 11), (
        "Hay bales stacked",
        "Farmers stacked the last of the hay bales in the fields round Ithelby on Wednesday.",
    )),
    (D(2125, 9, 8), (
        "Allotment open day",
        "Gardeners showed visitors round the allotments at Tecombe on Saturday.",
    )),
    (D(2126, 10, 15), (
        "Apples picked",
        "Volunteers picked apples in the community orchard at Vodbury on Tuesday.",
    )),
]

THIRTYFOURTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "llanyrch": (LLANYRCH_PRYDDY, LLANYRCH_HOBLEY + LLANYRCH_PENNED),
    "clogthwaite": (CLOGTHWAITE_CRANKSHAW, CLOGTHWAITE_WHARMBY + CLOGTHWAITE_LEDGE),
    "yarlcombe": (YARLCOMBE_VAT, YARLCOMBE_PULP + YARLCOMBE_NEW_VATS),
}

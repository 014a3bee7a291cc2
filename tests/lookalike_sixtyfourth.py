"""Look-alike set sixty-four: every line of it invented, and drafted blind on 44e55e6 during a stretch in which
grouping was still being worked on. Grouping has never seen one of its reports, nor has the engine, and nobody has
aimed ``tests.lookalike_count`` at it. Two counts must come first, on 44e55e6 and then on code that some session
after this one leaves behind, and only then may ``DEFAULT_SETS`` list it. Its hard news falls into ten kinds, a pair
for each of five beats: airliners in flight, the post, guns and wolves in the countryside, ambulance services, and
blood and transplants. Searching the earlier look-alike modules, the YAML claims sets, benchmarks/own/README.md and
grouping's test stories found none of these:

* an airliner losing cabin pressure near 11,600 metres and diving to about 3,000 in some four minutes, 14 of its 183
  passengers treated in hospital; after: the accident board's interim report on a cracked cargo door seal, three
  months on; abroad: a turboprop with 58 passengers losing pressure at about 7,300 metres, two checked, eight months
  on;
* a green laser aimed from a housing estate into a jet's cockpit about four kilometres from the runway, burning the
  first officer's eye, 158 aboard; before: the aviation regulator's count of 386 laser attacks in a year, three
  weeks earlier; abroad: a police helicopter's two crew dazzled from about 600 metres, nearly nine months on;
* a postman who took home some 23,000 letters and 1,400 parcels over four years; after: his suspended sentence three
  months on; abroad: about 4,200 letters dumped in bags in a wood, eight months on;
* two dogs mauling a post woman of 47 on her round, about 60 stitches, deliveries stopped to some 320 homes; before:
  the postal union's figure of 2,140 staff bitten in a year, nearly four weeks earlier; abroad: a postman bitten on
  the hand and a street of 45 homes cut off, seven months on;
* a hunter on a boar drive of 31 guns shooting dead a mushroom picker of 66 about 70 metres off the line; after: the
  hunter charged with manslaughter ten weeks on; abroad: a walker of 39 wounded by one of 12 deer hunters, eight
  months before;
* wolves killing 47 sheep and lambs of a flock of about 380 in one night; before: 72 farmers' letter asking leave to
  shoot wolves, three weeks earlier; abroad: a dozen sheep killed in a fold, nearly nine months on;
* an ambulance on a blue-light call crossing a red light at about 70 km/h and killing a driver of 58; after: the
  paramedic at the wheel charged some fourteen weeks later; abroad: a cyclist of 34 struck by an ambulance, some
  seven months on;
* about 340 ampoules of morphine in six ambulance stations' safes emptied and refilled with salt water, 210 patients
  written to; before: the audit office's report on shared safe codes four weeks earlier; abroad: some 60 vials of
  fentanyl turned to water on a hospital ward, nearly eight months on;
* a man of 71, group O, dying after two units of group A blood in a hip operation; after: the inquiry's finding of a
  sample tube labelled at the next bed, three months on; abroad: a mother of 29 given one wrong unit and surviving,
  eight and a half months on;
* a donor liver for a girl of seven taken by a courier to the wrong city's hospital and spoiled after some 16 hours;
  after: the courier firm's contract ended ten weeks on; abroad: a donor kidney left about nine hours on an airport
  baggage trolley, seven months on.

Close ideas that the search did meet, and so left out: an airliner put down in a hurry with an engine alight
(claims3, the tenth set), drone sightings shutting a runway (the eighteenth and forty-eighth), a transmitter fire
and a pirate taking over a transmitter (the sixtieth, claims62), quarry blasts showering a village with rock (the
twenty-second), a stray artillery shell (the forty-eighth; a rifle range's stray bullet went with it), letters
soaked in a drug in a prison's post room and unopened postal ballots (the fifty-seventh; an envelope of white powder
went with them), counterfeit banknotes and fake concert tickets (the fifty-fourth; forged stamps went with them), a
rabid dog biting people at a market (the forty-fifth), bait laid for wolves poisoning vultures (the fifty-fifth),
wolves getting out of a zoo (the fourteenth), poachers shooting rhinos (the eighteenth), ambulances queueing outside
hospitals (the fifty-seventh), seized cash swapped for paper in an evidence store (the fiftieth), a vaccine fridge
running warm and a school hostel's blocked boiler flue (the forty-ninth), hepatitis C spread at a clinic (the
fifty-sixth, claims53), radiotherapy overdoses (the fifty-first, claims59), a country's first hand transplant
(claims15), legionnaires' disease traced to cooling water (the forty-fifth), a metro escalator running backwards
(the twenty-second and forty-sixth), a falling lift (claims11), a bouncy castle carried off by the wind (claims47),
a hot-air balloon (the sixteenth, claims10) and ransomware at a hospital (claims4, claims64).

Each event is told five ways. Agency copy leads, under its city in capitals, and gives the weekday in its opening
sentence; a broadcaster's opening follows the same day, its verbs in the present perfect, its day unsaid; the next
day's paper says "yesterday"; a fourth piece carries no date of its own (four explain something: beams and cockpit
glass, surplus killing, drug safes, blood groups; four are someone's own words under a quotation headline: a piano
tuner in row 19, the post woman, the widow, a transplant surgeon; two are scenes, in a sorting room and a forest
village); and a follow-up dated two or three days later names its weekday, often headlined on what changed ("Ten
Fesig jets checked and back in the air", "Forest hunts to be banned on Sundays after picker's death", "Scannable
wristbands for every patient after transfusion death"). One report of every event points at its other step ("within
three months", "three weeks ago", "weigh a charge", "last month", "consider a charge", "three weeks ago", "then
decide", "last month", "by September", "reviewing its contract"); not one breathes a word about the case abroad.
Wherever an event puts a number, its case abroad puts another (58 passengers against 183 and two treated against 14;
600 metres against four kilometres and two crew against 158; 4,200 letters against 23,000; 45 homes against 320; 39
years and 12 hunters against 66 and 31; 12 sheep against 47; a cyclist of 34 against a driver of 58; 60 vials
against 340 ampoules; one unit against two and 29 years against 71; nine hours against 16). The dates are all in
2373 and 2374, none of them with its year written, and no case abroad falls further than about nine months from the
event it mirrors. All names of people, places, bodies and firms are made up, and so is the seltin.

The layout is ``tests.lookalike_more``'s: two lists a kind, first what tells the event, next its look-alikes, every
report with its day; ``SIXTYFOURTH_KINDS`` maps the kind names to them for ``tests.lookalike_count``.

Nothing that groups, extracts or counts is to read this file before those two counts come round, and
``tests.lookalike_count`` notes as much.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# === tarocombe; the happening: Wed 7 Mar 2373 === Over Voguania, Fesig Airways flight 271 (Tarocombe for
# Daneholm) loses cabin pressure near 11,600 metres, dives to some 3,000 in about four minutes with masks
# down, and puts in at Savuswick; 14 of 183 passengers need a hospital. Its five reports: agency copy from
# Savuswick naming Wednesday; a bulletin opening in the present perfect that gives no day; Thursday's daily
# with "yesterday" and findings promised "within three months"; a passenger's account carrying no date;
# Saturday's piece on checks across the fleet. Later step: the interim report on a cracked door seal (Fri 8
# Jun 2373). Elsewhere, never named in those five: a turboprop's lost pressure above Hudeany (Sun 18 Nov
# 2373).

TAROCOMBE_PRESSURE: list[Dated] = [
    (D(2373, 3, 7), (
        "Airliner dives eight kilometres as cabin loses pressure",
        "SAVUSWICK, Voguania (Wire) - A Fesig Airways jet flying from Tarocombe to Daneholm lost its cabin "
        "pressure at about 11,600 metres on Wednesday and dropped to about 3,000 metres in some four "
        "minutes while its 183 passengers breathed from the masks that fell from the ceiling, the airline "
        "said. The crew turned for Savuswick and landed there 25 minutes later. Fourteen passengers needed "
        "hospital treatment for pain in their ears, nosebleeds and, in two cases, burst eardrums; none was "
        "thought to be seriously hurt. The captain, Holien Gomivord, was praised by the airline for a "
        "descent it called textbook. The Voguanian Air Accidents Board has sent three investigators to the "
        "aircraft.",
    )),
    (D(2373, 3, 7), (
        "Passengers grab oxygen as jet plunges",
        "Fourteen people have gone to hospital after an airliner bound for Daneholm suddenly lost pressure "
        "high above the mountains and fell several kilometres in a matter of minutes. Passengers have "
        "described a loud bang, a cabin filling with mist and yellow masks dropping in front of them. The "
        "plane has landed safely at Savuswick, and the rest of those on board are being put on buses to "
        "finish their journey by road. Fesig Airways says it is working with the accident investigators. "
        "One woman has told us she had never been so frightened.",
    )),
    (D(2373, 3, 8), (
        "Investigators study door seal after jet's plunge",
        "Accident investigators spent yesterday examining a seal around the forward cargo door of the Fesig "
        "Airways jet that lost pressure over Voguania's mountains on Wednesday, the Air Accidents Board "
        "said. The aircraft, one of 11 of its type the airline flies, remained on the apron at Savuswick. "
        "Varion Senolvson, the board's chief inspector, said the cause could not yet be named and that the "
        "board would give its first findings within three months. Of the 14 passengers taken to hospital, "
        "12 had gone home by last night; two with burst eardrums were kept in.",
    )),
    (D(2373, 3, 8), (
        "'I watched the man across the aisle turn grey'",
        "\"There was a bang like a slammed door, and then the whole cabin went white and cold,\" says "
        "Darawen Blanick, a piano tuner who was in row 19. \"The masks came down and for a few seconds "
        "nobody did anything. The man across the aisle had not put his on and was going grey, so I pulled "
        "it over his face for him. The plane was pointing down so steeply that my bag slid under the seat "
        "in front. My ears felt as if someone was pushing pencils into them. When the pilot finally spoke, "
        "he sounded like he was reading a weather forecast, and that is what calmed us.\"",
    )),
    (D(2373, 3, 10), (
        "Ten Fesig jets checked and back in the air",
        "Fesig Airways returned all but one of its 11 jets of the type to service on Saturday after "
        "engineers inspected the cargo door seals on each, three days after one of them lost pressure on "
        "the way to Daneholm. The airline said it had found no other damage. The aircraft involved stays "
        "grounded at Savuswick until the investigators release it. Fesig has offered every passenger on the "
        "flight a refund and a free return ticket, and said it would meet the hospital costs of those who "
        "were treated.",
    )),
]
TAROCOMBE_REPORT: list[Dated] = [
    (D(2373, 6, 8), (
        "Cracked door seal blamed for airliner's sudden dive",
        "A seal around the forward cargo door of a Fesig Airways jet had cracked along about 40 centimetres "
        "and let the cabin air rush out over Voguania in March, the Air Accidents Board said in its interim "
        "report on Friday. The rubber had been due for replacement at the previous heavy check but was "
        "signed off without being changed, the board found. It praised the crew for reaching a safe height "
        "within minutes and asked the airline to inspect every seal of that kind at half the usual "
        "interval.",
    )),
]
NOKOLBY_TURBOPROP: list[Dated] = [
    (D(2373, 11, 18), (
        "Turboprop makes emergency descent over Hudeany",
        "A regional turboprop carrying 58 passengers from Nokolby lost cabin pressure at about 7,300 metres "
        "on Sunday and descended quickly to a safe altitude before landing back where it had taken off, "
        "Hudeany's civil aviation office said. Oxygen masks were used, and two passengers were checked by "
        "paramedics on the ground for ear pain. The operator, Zegu Air, said a valve that controls the flow "
        "of air out of the cabin appeared to have stuck open. The aircraft was about 40 minutes into its "
        "flight when the warning sounded.",
    )),
]

# === kobuham; the happening: Sat 21 Apr 2373 === Some four kilometres short of Kobuham airport (Spetorenia)
# a green beam from the ground fills a Vazac Air cockpit; Savarmel Karidey, first officer, burns an eye,
# and the captain goes round and lands all 158 aboard. Its five reports: agency copy from Kobuham naming
# Saturday; a dayless bulletin opening; Sunday's daily with "yesterday" and the regulator's alert of "three
# weeks ago"; an explainer, undated, on beams and cockpit glass; Tuesday's arrest. Earlier step: the
# regulator's count of 386 laser attacks (Fri 30 Mar 2373). Elsewhere, never named in those five: police
# helicopter crew dazzled at Juvegdale, Vuzopania (Thu 10 Jan 2374).

KOBUHAM_LASER: list[Dated] = [
    (D(2373, 4, 21), (
        "Pilot's eye hurt as laser beam hits jet on approach",
        "KOBUHAM, Spetorenia (Wire) - The first officer of a Vazac Air jet suffered an injury to one eye on "
        "Saturday night when a powerful green laser was pointed into the cockpit as the aircraft approached "
        "Kobuham airport, police and the airline said. The beam struck the plane about four kilometres from "
        "the runway at a height of roughly 900 metres. The captain broke off the approach, circled and "
        "landed safely ten minutes later with 152 passengers and six crew. Savarmel Karidey, 36, the first "
        "officer, was taken to the eye clinic of Kobuham's university hospital. Police said the light came "
        "from the direction of the Vrikiley housing estate and asked residents for help.",
    )),
    (D(2373, 4, 21), (
        "Laser dazzles airliner crew above Kobuham",
        "Police in Kobuham are searching for whoever has shone a laser at an airliner coming in to land, "
        "injuring one of its pilots. The green beam has filled the cockpit as the plane was lining up with "
        "the runway, and the crew had to abandon the landing and go round again. The jet has since landed "
        "without further trouble. Officers have been knocking on doors on an estate north of the airport, "
        "and the airline has said the injured pilot is being looked after by eye specialists.",
    )),
    (D(2373, 4, 22), (
        "Airport laser attack came three weeks after warning",
        "Spetorenia's Civil Aviation Authority had warned three weeks ago that attacks on aircraft with "
        "lasers were becoming more common, and yesterday it called the beam that hurt a Vazac Air pilot "
        "over Kobuham \"the thing we feared\". Savarmel Karidey, the first officer, had a burn on the "
        "retina of his left eye, doctors said, and could not yet say whether his sight would fully return. "
        "Tanindion Vekerniard, for the authority, said pointing a laser at an aircraft carried a prison "
        "term of up to five years. Police said the beam had come from a house or garden on the Vrikiley "
        "estate.",
    )),
    (D(2373, 4, 22), (
        "Why a pointer's beam is so dangerous to a pilot",
        "A laser beam spreads out as it travels. By the time a light the width of a pencil on the ground "
        "reaches a plane a few kilometres away it can be as wide as a door, and it lights up the scratches "
        "in a cockpit window until the glass glows. For a pilot at night, whose eyes have adjusted to the "
        "dark, the flash is blinding for seconds and can leave spots for minutes; the strongest beams burn "
        "the back of the eye. It comes at the worst moment, when a plane is low, slow and lining up with a "
        "runway.",
    )),
    (D(2373, 4, 24), (
        "Man held over laser that hurt Vazac Air pilot",
        "Kobuham police arrested a man of 23 on Tuesday on suspicion of endangering an aircraft, three days "
        "after a green laser struck a Vazac Air cockpit on the approach to the city's airport. Officers "
        "searching a house on the Vrikiley estate found a laser pen bought online, they said. The man was "
        "being questioned. Vazac Air said its first officer, Savarmel Karidey, would not fly again until "
        "his eye had healed and that he faced further tests next month. A police spokesman said the man had "
        "told officers he was trying to reach a star with the beam.",
    )),
]
KOBUHAM_WARNING: list[Dated] = [
    (D(2373, 3, 30), (
        "Pilots reported 386 laser attacks last year, authority says",
        "Pilots flying into Spetorenia's airports reported 386 cases of lasers being shone at their "
        "cockpits last year, up from 241 the year before, the country's Civil Aviation Authority reported "
        "on Friday. Sooner or later a pilot would be hurt, it warned. Most of the beams came from pens sold "
        "online that were far stronger than the law allows, it said. The authority asked the government to "
        "require a licence to buy powerful lasers and urged airports to fit cameras that can trace a beam "
        "to the ground.",
    )),
]
JUVEGDALE_HELICOPTER: list[Dated] = [
    (D(2374, 1, 10), (
        "Police helicopter crew dazzled by laser",
        "The two-man crew of a police helicopter were dazzled by a laser pointed at them from a car park "
        "about 600 metres below as they flew over Juvegdale, in Vuzopania, on Thursday evening, the city's "
        "police said. The pilot handed the controls to his colleague and they returned to base safely. "
        "Officers on the ground followed the beam and arrested a man of 41. Neither crew member was "
        "seriously hurt, the police said, but both were sent to an eye doctor as a precaution.",
    )),
]

# === hogorford; the happening: Thu 14 Jun 2373 === Officers find roughly 23,000 letters and 1,400 parcels
# that a Hogorford postman (Fetelvora) carried home over about four years instead of delivering, piled in a
# garage and two sheds. Its five reports: agency copy from Hogorford naming Thursday; a dayless bulletin
# opening; Friday's daily with "yesterday" and a charge to be weighed; a scene in the sorting office,
# undated; Sunday's first deliveries. Later step: Gredukis Poroard's suspended term (Fri 14 Sep 2373).
# Elsewhere, never named in those five: some 4,200 letters dumped among trees outside Glipiton, Brinueny
# (Tue 12 Feb 2374).

HOGORFORD_LETTERS: list[Dated] = [
    (D(2373, 6, 14), (
        "Postman kept 23,000 letters in his garage, police say",
        "HOGORFORD, Fetelvora (Wire) - Police searching the home of a Hogorford postman on Thursday found "
        "about 23,000 letters and 1,400 parcels that he had taken home instead of delivering, some of them "
        "posted four years ago, the national postal service said. The mail filled his garage and two garden "
        "sheds. Among it were bank cards, tax demands, hospital appointments and at least 300 birthday "
        "cards. Fetelvora Post said the man, 51, had been suspended and that it was \"deeply ashamed\". "
        "Officers were called after a neighbour saw him carrying sacks into a shed late at night.",
    )),
    (D(2373, 6, 14), (
        "Years of missing post turn up in a garden shed",
        "Thousands of people in Hogorford who have wondered for years where their post went may finally "
        "have an answer. Police have found sack after sack of undelivered mail at the house of a local "
        "postman, stacked to the roof of his garage and in two sheds. Some of the envelopes have turned "
        "green with damp. Fetelvora Post has apologised and says it will deliver everything it can still "
        "read, with a letter of explanation. Police say they are not looking for anyone else.",
    )),
    (D(2373, 6, 15), (
        "Postal service to deliver four years of hoarded mail",
        "Staff of Fetelvora Post began sorting yesterday the roughly 23,000 letters and 1,400 parcels found "
        "at a Hogorford postman's home, and said most would reach their owners within a fortnight. Sodeina "
        "Zovuney, the service's regional director, said the postman had covered the same three villages' "
        "round for seven years and had apparently kept back part of the mail most days. Prosecutors are to "
        "weigh a charge of interfering with the post against him once police have finished counting. One "
        "woman said she had lost her driving licence for six months because a court summons never came.",
    )),
    (D(2373, 6, 15), (
        "A sorting room full of other people's past",
        "The long tables in the back of Hogorford's sorting office are covered with piles of envelopes, and "
        "the smell of damp paper reaches the street. Volunteers from the main office in the capital work "
        "through them in gloves, drying the wettest ones on racks meant for bread trays. A wedding "
        "invitation to a wedding that has already happened goes into one tray; a payslip, three years old, "
        "into another. Now and then someone stops and reads an address aloud, because it is their aunt's.",
    )),
    (D(2373, 6, 17), (
        "First of the hoarded letters reach Hogorford homes",
        "Postmen in Hogorford began on Sunday to deliver the first of the thousands of letters a colleague "
        "had hoarded at home, each with a note of apology from Fetelvora Post, three days after police "
        "found them. About 6,500 went out on the first day. Some 900 could not be delivered because the "
        "people they were meant for had moved or died, the service said. The postman, who has not been "
        "charged, is staying with relatives. A pensioner who received a letter from her late sister, posted "
        "three years earlier, said she had sat down on the doorstep and read it twice.",
    )),
]
HOGORFORD_SENTENCE: list[Dated] = [
    (D(2373, 9, 14), (
        "Postman who hid mail for years gets suspended sentence",
        "Gredukis Poroard, the Hogorford postman who kept thousands of letters and parcels in his garage "
        "and sheds rather than deliver them, was given a 16-month prison sentence suspended for two years "
        "on Friday. He admitted interfering with the post. His lawyer told the court that he had been "
        "unable to finish his round after his wife fell ill and had been too ashamed to say so. He must "
        "also do 200 hours of unpaid work. Fetelvora Post said it had since put a second check on every "
        "round in the district.",
    )),
]
GLIPITON_LETTERS: list[Dated] = [
    (D(2374, 2, 12), (
        "Thousands of letters found dumped in a wood",
        "About 4,200 letters were found on Tuesday in black bags in a wood near Glipiton, in Brinueny, by a "
        "man walking his dog, police said. Most were postmarked in the past two months and addressed to "
        "homes in the town's eastern districts. The national post office said it had identified the worker "
        "responsible and dismissed him, and that the letters would reach their owners before Saturday. "
        "Several of the bags had been torn open by animals, and some letters were too wet to read.",
    )),
]

# === lokulwick; the happening: Tue 4 Sep 2373 === Two dogs through an open gate savage Romoina Soterdell,
# 47, on her round along Kedevridge Road, Lokulwick (Gotiania); about 60 stitches, and the post office halts
# deliveries to some 320 homes. Its five reports: agency copy from Lokulwick naming Tuesday; a dayless
# bulletin opening; Wednesday's daily with "yesterday" and the union's plea of "last month"; her account,
# undated; Friday's arrest of the owner. Earlier step: the postal union's tally of 2,140 dog attacks (Fri 10
# Aug 2373). Elsewhere, never named in those five: a postman's bitten hand at Hulofield, Glimuary (Tue 16
# Apr 2374).

LOKULWICK_DOGS: list[Dated] = [
    (D(2373, 9, 4), (
        "Post woman mauled by two dogs, deliveries halted",
        "LOKULWICK, Gotiania (Wire) - A woman delivering post in Lokulwick was badly bitten on the arms and "
        "legs on Tuesday by two large dogs that ran out through an open gate, and the national post office "
        "stopped deliveries to the whole of Kedevridge Road, about 320 homes, police and the post office "
        "said. Romoina Soterdell, 47, needed about 60 stitches and was kept in hospital overnight. A man "
        "passing in a van drove the dogs off with a broom. Police seized both animals, which they described "
        "as mastiff crosses, and said they were speaking to their owner, a man of 29.",
    )),
    (D(2373, 9, 4), (
        "Dogs attack post woman on her round",
        "A post woman has been taken to hospital after she was set upon by two dogs while delivering "
        "letters in Lokulwick. Neighbours heard her screaming and ran out to help. The post office has told "
        "its staff not to go into the street until it is satisfied it is safe, so hundreds of households "
        "will have to collect their letters from the sorting office for now. Police have taken the dogs "
        "away. Her colleagues at the sorting office have sent flowers.",
    )),
    (D(2373, 9, 5), (
        "Union says dog bites are a daily danger on the rounds",
        "The postal workers' union said yesterday that the mauling of a colleague in Lokulwick showed why "
        "it had asked the government last month to make dog owners pay for the injuries their animals do to "
        "post staff. Fegis Hugean, its safety officer, said 2,140 workers had been bitten or knocked down "
        "by dogs in Gotiania last year. Romoina Soterdell was recovering after surgery on her right "
        "forearm. Residents of Kedevridge Road queued at the sorting office for their post, and some said "
        "the same dogs had chased children in the spring.",
    )),
    (D(2373, 9, 5), (
        "'I had my bag between us, and it was not enough'",
        "\"I had been on that road for eleven years and I knew those dogs barked, but the gate was always "
        "shut,\" says Romoina Soterdell. \"This time it was open. The first one had my leg before I saw it. "
        "I put my bag between me and the second one, and it went for my arm over the top. I remember the "
        "letters going everywhere, all over the pavement. A man came with a broom and got them off me. I "
        "don't know his name. I would like to buy him a drink when I can walk again.\"",
    )),
    (D(2373, 9, 7), (
        "Owner of dogs that mauled post woman is arrested",
        "Police in Lokulwick arrested the owner of two dogs that attacked a post woman on Kedevridge Road, "
        "on suspicion of keeping dangerous dogs out of control, on Friday. The arrest came three days after "
        "the attack. He was released on bail. The dogs stay in police kennels until a court decides whether "
        "they should be put down. The post office said deliveries to the road would resume on Monday for "
        "all homes except the owner's, which must collect its letters. Romoina Soterdell was allowed home "
        "from hospital on Thursday evening and faces weeks off work.",
    )),
]
LOKULWICK_UNION: list[Dated] = [
    (D(2373, 8, 10), (
        "Postal union wants dog owners to pay for bites",
        "Gotiania's postal workers' union asked the government on Friday to let post staff claim damages "
        "directly from the owners of dogs that bite them, saying 2,140 of its members had been bitten or "
        "knocked down last year, more than five a day. Many were hurt on private paths and drives, where "
        "the law on dogs out of control is unclear, it said. The post office backed the union's request and "
        "said it now marked homes with a known dangerous dog on every round's list. A ministry spokesman "
        "said the request would be studied.",
    )),
]
HULOFIELD_BITE: list[Dated] = [
    (D(2374, 4, 16), (
        "Postman bitten, street's deliveries suspended",
        "A postman was bitten on the hand by a dog that got out of a garden in Hulofield, in Glimuary, on "
        "Tuesday, and the post office suspended deliveries to the street's 45 homes, the local newspaper "
        "reported. He was treated at a clinic and sent home. The post office said letters would be held at "
        "the main office until the owner showed that the garden fence had been mended. It was the third "
        "time the same dog had got out this year, neighbours said.",
    )),
]

# === marermbury; the happening: Sun 28 Oct 2373 === During a wild boar drive with 31 guns in the Marermbury
# forest (Nanuovia), a hunter kills Tusaion Clezoard, 66, gathering mushrooms some 70 metres off the firing
# line. Its five reports: agency copy from Marermbury naming Sunday; a dayless bulletin opening; Monday's
# daily with "yesterday" and a charge under consideration; his village, undated; Wednesday's ban on Sunday
# drives. Later step: Kosuwen Pevepick charged with manslaughter (Thu 10 Jan 2374). Elsewhere, never named
# in those five: a walker hit by a hunter's shot by Husilvwell, Vaseovia (Sun 25 Feb 2373).

MARERMBURY_HUNT: list[Dated] = [
    (D(2373, 10, 28), (
        "Mushroom picker shot dead during boar hunt",
        "MARERMBURY, Nanuovia (Wire) - A man of 66 who was picking mushrooms in the forest outside "
        "Marermbury was shot dead on Sunday morning by a hunter taking part in a wild boar drive, police "
        "said. Tusaion Clezoard, a retired bus driver, was hit in the chest about 70 metres from the line "
        "of 31 hunters waiting for beaters to push the boar towards them. Police said the hunter, a man of "
        "54, had fired at movement in the undergrowth and called for help himself. The forest's hunting "
        "club said signs warning of the drive had been put up at the car parks that morning.",
    )),
    (D(2373, 10, 28), (
        "Man killed in forest as hunters fire on boar",
        "A man out gathering mushrooms has been killed by a shot fired during a boar hunt in the forest "
        "near Marermbury. Other hunters ran to him, but he died before the air ambulance arrived. The club "
        "that organised the drive has called off all its hunts for the rest of the weekend, and police have "
        "taken the rifles of everyone who was on the line so they can be tested. The forest is popular with "
        "walkers at this time of year.",
    )),
    (D(2373, 10, 29), (
        "Hunter says he took picker for a boar",
        "The hunter who shot a mushroom picker dead in the forest near Marermbury yesterday told police he "
        "had seen a dark shape moving low among the bracken and believed it was a boar, his lawyer said. "
        "Tusaion Clezoard, 66, had been wearing a brown coat. Prosecutors will consider a charge once the "
        "results of the ballistics tests were known. Nanuovia's law requires hunters to identify their "
        "target before firing; Clezoard's daughter, Nusoo, asked why a drive had been held on a Sunday in "
        "the busiest week of the mushroom season.",
    )),
    (D(2373, 10, 29), (
        "A village that knew the forest's paths by heart",
        "In the village at the forest's edge, where Tusaion Clezoard had lived for forty years, people "
        "still speak of the woods as his. He would go out before dawn with a wicker basket and a knife and "
        "come back by nine with ceps for half the street. His neighbours say he knew which days the hunters "
        "came. On the bench outside the baker's, an old friend says the signs at the car parks are the size "
        "of a paperback, and that nobody who walks in from the village passes a car park at all.",
    )),
    (D(2373, 10, 31), (
        "Forest hunts to be banned on Sundays after picker's death",
        "Boar drives in the forest near Marermbury will no longer be held on Sundays or public holidays, "
        "and hunters must wear and be able to see bright orange on every person in the woods before they "
        "fire, under an order the regional governor issued on Wednesday, three days on from the killing of "
        "a mushroom picker there. Walkers' groups said the order did not go far enough. Hundreds of people "
        "attended Tusaion Clezoard's funeral in his village on the same day. The hunting club said it would "
        "obey the order and offered its condolences to his family once more.",
    )),
]
MARERMBURY_CHARGED: list[Dated] = [
    (D(2374, 1, 10), (
        "Hunter charged with killing mushroom picker",
        "Kosuwen Pevepick, the hunter who shot Tusaion Clezoard dead during a boar drive near Marermbury in "
        "October, was charged with manslaughter on Thursday, prosecutors said. Tests showed the fatal "
        "bullet came from his rifle, and investigators found that he had moved about 20 metres from the "
        "place the hunt's leader had given him. If convicted, he risks eight years behind bars. The hunting "
        "club has expelled him. Tusaion Clezoard's family said they would attend every day of the trial. "
        "His lawyer said he would plead not guilty.",
    )),
]
HUSILVWELL_WALKER: list[Dated] = [
    (D(2373, 2, 25), (
        "Walker wounded by hunter's shot",
        "A woman of 39 walking with her husband on a footpath near Husilvwell, in Vaseovia, was wounded in "
        "the thigh on Sunday by a shot fired by a hunter during a deer hunt, police said. She was taken to "
        "hospital and her life was not in danger. The hunter, one of 12 in the party, told officers he had "
        "not seen the path. Police took away his gun and opened an inquiry. It was the second accident of "
        "the season in the region.",
    )),
]

# === rusosness; the happening: Wed 16 May 2373 === In one night wolves kill 47 sheep and lambs, of roughly
# 380, on Getarnette Snamuell's hill farm above Rusosness (Bogisica), and tractors block the valley road.
# Its five reports: agency copy from Rusosness naming Wednesday; a dayless bulletin opening; Thursday's
# daily with "yesterday" and the farmers' letter of "three weeks ago"; an explainer of surplus killing,
# undated; Saturday's leave to shoot two wolves. Earlier step: that letter, after smaller losses (Wed 25 Apr
# 2373). Elsewhere, never named in those five: a dozen sheep taken near Thrasucombe, Snabardenia (Thu 7 Feb
# 2374).

RUSOSNESS_WOLVES: list[Dated] = [
    (D(2373, 5, 16), (
        "Wolves kill 47 sheep in a night on hill farm",
        "RUSOSNESS, Bogisica (Wire) - Wolves killed 47 sheep and lambs in a single night on a hill farm "
        "above Rusosness, the farmer and regional vets said on Wednesday, the heaviest loss to wolves "
        "recorded in Bogisica. Getarnette Snamuell found the dead animals scattered over two fields at "
        "first light, some of them in a stream, and a dozen more injured, out of a flock of about 380. Vets "
        "who examined the bite marks said at least three wolves had been involved. Some 60 farmers drove "
        "tractors onto the valley road in the afternoon and blocked it for two hours, demanding that the "
        "animals be shot.",
    )),
    (D(2373, 5, 16), (
        "Farmers block road after wolves attack flock",
        "Farmers have blocked a road in the hills above Rusosness after wolves have killed dozens of sheep "
        "on one farm in a single night. The farmer, who found the carcasses at dawn, says the lambs were "
        "only weeks old. Wolves have been returning to the region's forests for some years, and they are "
        "protected by law, but sheep farmers say the government has left them to count the cost alone. "
        "Police have asked drivers to avoid the valley until the tractors are moved.",
    )),
    (D(2373, 5, 17), (
        "Farmers warned of wolves three weeks before massacre",
        "The farmers' association of the Rusosness valley wrote to the environment ministry three weeks ago "
        "asking for permission to shoot wolves after several smaller attacks on flocks, and had no reply "
        "before 47 sheep were killed on Getarnette Snamuell's farm on Tuesday night, its chairman said "
        "yesterday. The ministry said the letter was being considered. Kozuina Prutatey, the environment "
        "minister, is due to visit the farm today. Snamuell said she would be paid about 90 seltins a head "
        "under the compensation scheme, less than half what a breeding ewe is worth.",
    )),
    (D(2373, 5, 17), (
        "How a pack of wolves can kill so many sheep at once",
        "A wolf that kills one sheep will usually eat it and leave. But sheep penned behind a fence cannot "
        "scatter as deer do, and their panic keeps setting off the hunting instinct again and again, so a "
        "pack may bite dozens and eat almost none. Biologists call it surplus killing. The best defences "
        "are old ones: electric fencing, animals brought into a fold at night and large guarding dogs "
        "raised among the flock, which stand their ground and bark. None of them is cheap, and few hill "
        "farms have all three.",
    )),
    (D(2373, 5, 19), (
        "Two wolves may be shot after Rusosness sheep kill",
        "Bogisica's environment ministry gave permission on Saturday for two wolves to be shot in the hills "
        "above Rusosness, three days after a pack killed 47 sheep there in a single night. Rangers, not "
        "hunters, will carry out the cull before the end of June. Conservation groups promised a legal "
        "challenge to halt it. The ministry also promised farmers in the valley electric fencing at the "
        "state's expense and said compensation would be raised. Getarnette Snamuell said she had moved her "
        "remaining ewes into the barn at night.",
    )),
]
RUSOSNESS_LETTER: list[Dated] = [
    (D(2373, 4, 25), (
        "Valley farmers ask to be allowed to shoot wolves",
        "Sheep farmers in the Rusosness valley asked Bogisica's environment ministry on Wednesday for "
        "permits to shoot wolves, after losing 19 sheep in four attacks since March. In a letter signed by "
        "72 farmers, their association said fences and dogs were not enough and that the number of wolves "
        "in the hills had outgrown the forest's deer. The ministry said wolves were strictly protected and "
        "that each case would be assessed. Farmers have until now been paid for each animal killed by a "
        "wolf once a vet has confirmed the cause.",
    )),
]
THRASUCOMBE_WOLVES: list[Dated] = [
    (D(2374, 2, 7), (
        "Wolves kill a dozen sheep near Thrasucombe",
        "Wolves killed 12 sheep in a fold near Thrasucombe, in Snabardenia, on Wednesday night, the first "
        "attack on livestock reported there in a decade, the regional authorities said on Thursday. The "
        "farmer found tracks in the snow leading back to the forest. Rangers set up cameras around the farm "
        "and said they believed two animals had crossed the mountains from the north this winter. The "
        "farmer, who keeps about 150 sheep, said he would sleep in the barn until the animals were caught "
        "or moved on.",
    )),
]

# === nepethorpe; the happening: Fri 23 Nov 2373 === On a blue-light call an ambulance runs a red signal
# where Zadiza Street meets Nepethorpe's ring road (Kralemenia) and strikes a car; Wapiel Lomuer, 58, dies,
# while its patient of 81 and both paramedics are hurt. Its five reports: agency copy from Nepethorpe naming
# Friday; a dayless bulletin opening; Saturday's daily with "yesterday" and prosecutors to study the
# driving; the widow's account, undated; Monday's camera footage. Later step: the paramedic at the wheel
# charged (Wed 27 Feb 2374). Elsewhere, never named in those five: a cyclist struck by an ambulance in
# Rosiswold, Luniustry (Fri 5 Jul 2374).

NEPETHORPE_AMBULANCE: list[Dated] = [
    (D(2373, 11, 23), (
        "Driver killed as ambulance crashes through red light",
        "NEPETHORPE, Kralemenia (Wire) - An ambulance answering an emergency call with its lights and siren "
        "on crossed a junction in central Nepethorpe against a red light on Friday afternoon and struck a "
        "car, killing its driver, police and the ambulance service said. Wapiel Lomuer, 58, a furniture "
        "restorer, died at the scene. The patient in the back of the ambulance, a woman of 81 with a "
        "suspected stroke, and both paramedics were taken to hospital with injuries that doctors described "
        "as serious but not dangerous to life. The Kralemenian Ambulance Service said it would help police "
        "in every way it could.",
    )),
    (D(2373, 11, 23), (
        "Ambulance in fatal crash on way to emergency",
        "A man has died after his car was hit by an ambulance at a busy crossroads in Nepethorpe. The "
        "ambulance had been rushing a seriously ill patient to hospital. Witnesses say it came through the "
        "junction at speed while the traffic lights were against it. Another ambulance has taken the "
        "elderly woman it was carrying on to hospital. The junction, where Zadiza Street crosses the ring "
        "road, has been closed for most of the evening. Police have asked anyone with a dashboard camera "
        "who was nearby to come forward.",
    )),
    (D(2373, 11, 24), (
        "Police study ambulance's speed before fatal crash",
        "Police investigating yesterday's crash between an ambulance and a car in Nepethorpe are examining "
        "the ambulance's own recorder, which logs its speed and when its siren was sounding, and "
        "prosecutors will then decide whether the crew's driving broke the law, officers said. Wapiel "
        "Lomuer, 58, was killed when his car was struck on the driver's side at the Zadiza Street "
        "crossroads. Loruel Ranathet, head of the ambulance service, said drivers were allowed to pass a "
        "red light only at walking pace once they were sure the way was clear. The driver, a paramedic of "
        "33, has been taken off the road.",
    )),
    (D(2373, 11, 24), (
        "'He was going to the shop for bread'",
        "\"He had the green light, I am certain of it, because he was always so careful,\" says Korotette "
        "Lomuer, whose husband, Wapiel, was killed when an ambulance hit his car. \"He was only going to "
        "the shop for bread and the paper. I heard the siren from our kitchen and thought, someone is "
        "having a bad day. I do not blame the woman they were carrying. I want to know why nobody in that "
        "ambulance looked left.\" She says she has not yet been told when she can have his body back for "
        "the funeral.",
    )),
    (D(2373, 11, 26), (
        "Camera shows ambulance at 70 km/h through red light",
        "Traffic camera footage shows that the ambulance which killed a driver in Nepethorpe on Friday "
        "entered the Zadiza Street junction at about 70 kilometres an hour, three seconds after its lights "
        "turned red, police said on Monday. Its siren had been on for about a minute before. The "
        "Kralemenian Ambulance Service said it was reviewing the training of all of its drivers on passing "
        "red lights. The woman of 81 it had been carrying was said to be recovering. Police said the driver "
        "had not yet been interviewed under caution.",
    )),
]
NEPETHORPE_CHARGED: list[Dated] = [
    (D(2374, 2, 27), (
        "Paramedic charged over crash that killed driver",
        "The paramedic who was driving an ambulance that killed a motorist at a red light in Nepethorpe in "
        "November was charged on Wednesday with causing death by dangerous driving, prosecutors said. They "
        "said the ambulance had been travelling far too fast to stop had anything crossed its path, "
        "whatever the urgency of its call. The paramedic, 33, is suspended on full pay. The first hearing "
        "is set for next month. Wapiel Lomuer's widow said through her lawyer that she had never wanted "
        "revenge, only an answer.",
    )),
]
ROSISWOLD_CYCLIST: list[Dated] = [
    (D(2374, 7, 5), (
        "Ambulance knocks down cyclist at junction",
        "A cyclist of 34 was seriously injured on Friday when she was hit by an ambulance on an emergency "
        "call at a junction in Rosiswold, in Luniustry, police said. The ambulance had its lights on and "
        "was turning right across a cycle lane. She suffered a broken pelvis and was admitted to hospital. "
        "The ambulance service said the crew had stopped at once and given her first aid. Police have asked "
        "witnesses to come forward. The junction has no traffic lights, and residents have asked the "
        "council for some.",
    )),
]

# === glikamere; the happening: Thu 17 Jan 2374 === Glikamere's regional ambulance service (Hakormary)
# learns that about 340 morphine ampoules in six stations' safes held salt water, given to patients in pain;
# a paramedic of 41 is held. Its five reports: agency copy from Glikamere naming Thursday; a dayless
# bulletin opening; Friday's daily with "yesterday" and the auditors' warning of "last month"; an explainer
# on drug safes, undated; Sunday's letters to patients. Earlier step: the audit office's report on shared
# safe codes (Fri 21 Dec 2373). Elsewhere, never named in those five: fentanyl turned to water on a ward in
# Kubedford, Waroary (Mon 9 Sep 2374).

GLIKAMERE_MORPHINE: list[Dated] = [
    (D(2374, 1, 17), (
        "Ambulance morphine swapped for salt water, paramedic held",
        "GLIKAMERE, Hakormary (Wire) - About 340 ampoules of morphine kept in ambulance stations around "
        "Glikamere were emptied and refilled with salt water, and some patients in severe pain were "
        "injected with the water, the region's ambulance service said on Thursday. Police arrested a "
        "paramedic of 41 at his home. The swap came to light when a crew gave morphine to a man with a "
        "broken thigh and it had no effect; tests on the rest of the batch found that the seals had been "
        "cut and glued back. Ampoules at six of the service's 14 stations had been tampered with, the "
        "service said.",
    )),
    (D(2374, 1, 17), (
        "Patients in pain given water instead of morphine",
        "Ambulance crews around Glikamere have been injecting patients with what they thought was morphine, "
        "but was in fact salt water, after someone has tampered with the drug supply. A paramedic has been "
        "arrested. The service has had new stocks of painkillers delivered to its stations today and says "
        "it is checking every ampoule by hand. It cannot yet say how many patients were given the water. "
        "Police are expected to question the arrested man again tomorrow. Health officials say patients who "
        "were treated by an ambulance crew in the area since the summer may be contacted.",
    )),
    (D(2374, 1, 18), (
        "Audit had warned of shared codes on drug safes",
        "The national audit office warned last month that staff at Glikamere's ambulance stations shared "
        "the codes to the safes where morphine is kept and that the codes had not been changed in years, "
        "the office's report shows. The service's chief executive, Begaltel Kunorord, said yesterday that "
        "new locks opened by personal cards had been ordered before the tampering was found. The arrested "
        "paramedic, who has worked for the service for 12 years, was released on bail. Police said they "
        "were trying to learn whether the morphine had been sold.",
    )),
    (D(2374, 1, 18), (
        "How an ambulance keeps its strongest painkillers",
        "Morphine is the drug crews reach for when a patient has a broken bone or a heart attack, and it is "
        "also sought by addicts, so it is kept under double guard. Each station has a small steel safe; "
        "each ambulance carries a locked pouch. Every ampoule taken out is meant to be signed for by two "
        "people and its empty glass returned. A swap with water is hard to see, because both are clear, and "
        "it usually shows only when a patient feels nothing.",
    )),
    (D(2374, 1, 20), (
        "Ambulance service writes to 210 patients after morphine swap",
        "The Glikamere ambulance service said on Sunday it was writing to 210 patients who may have been "
        "injected with salt water instead of morphine since the summer, three days after the tampering was "
        "discovered. None was thought to have come to lasting harm, it said, but some had waited in pain "
        "for hospital. The health ministry ordered ambulance services across Hakormary to check every "
        "ampoule in stock before February. The paramedic who was arrested has been suspended without pay.",
    )),
]
GLIKAMERE_AUDIT: list[Dated] = [
    (D(2373, 12, 21), (
        "Audit finds ambulance drug safes poorly guarded",
        "Ambulance stations in the Glikamere region keep morphine in safes whose codes are shared by every "
        "member of staff and have not been changed since they were installed, the national audit office "
        "reported on Friday. In a sample of logs at four stations, inspectors found 37 ampoules signed out "
        "with only one signature. The office told the regional ambulance service to fit locks that record "
        "who opens them. The service said it agreed with the findings and had ordered new locks.",
    )),
]
KUBEDFORD_FENTANYL: list[Dated] = [
    (D(2374, 9, 9), (
        "Nurse held after painkiller found replaced with water",
        "A nurse was arrested on Monday at a hospital in Kubedford, in Waroary, after about 60 vials of the "
        "painkiller fentanyl were found to have been replaced with water in the drug cupboard of a surgical "
        "ward, police said. Several patients recovering from operations had complained that their pain "
        "relief was not working. The hospital said it had changed its system for signing out strong drugs. "
        "The nurse, who has worked there for three years, was released on bail. Police said they were "
        "looking at whether the drug had been sold.",
    )),
]

# === wamumham; the happening: Wed 6 Jun 2373 === Hametho Luzelham, 71, group O, receives two units of group
# A blood in a hip operation at Wamumham General Hospital (Pozueny) and is dead by midnight. Its five
# reports: agency copy from Wamumham naming Wednesday; a dayless bulletin opening; Thursday's daily with
# "yesterday" and an inquiry due "by September"; an explainer on blood groups, undated; Saturday's barcoded
# wristbands. Later step: the inquiry's finding of a tube labelled at the wrong bed (Thu 6 Sep 2373).
# Elsewhere, never named in those five: a young mother given one mismatched unit at Bapendfield, Rutibeny
# (Wed 20 Feb 2374).

WAMUMHAM_BLOOD: list[Dated] = [
    (D(2373, 6, 6), (
        "Patient dies after being given wrong blood group",
        "WAMUMHAM, Pozueny (Wire) - A man of 71 died after he was given blood of the wrong group during a "
        "hip replacement at Wamumham General Hospital, the hospital said on Wednesday. Hametho Luzelham, "
        "whose blood group was O, received two units of group A blood from the hospital's bank in the "
        "operating theatre on Tuesday afternoon. His kidneys began to fail within hours and he died shortly "
        "before midnight despite treatment in intensive care. The hospital's medical director, Dr Snatope "
        "Grepiwell, said a nurse and an anaesthetist had been suspended and the health ministry informed.",
    )),
    (D(2373, 6, 6), (
        "Hospital admits blood mix-up killed patient",
        "A hospital in Wamumham has admitted that a pensioner has died because he was given blood that did "
        "not match his own. He had gone in for a new hip. His family say they were told at first that he "
        "had had a reaction to the anaesthetic. The hospital has said sorry, and every transfusion it gives "
        "is now being checked by a second member of staff while an inquiry takes place. Two members of "
        "staff have been suspended. The man's family have asked for a full explanation.",
    )),
    (D(2373, 6, 7), (
        "Ministry orders inquiry into fatal transfusion",
        "Pozueny's health ministry has appointed an independent haematologist to find out how Hametho "
        "Luzelham, 71, came to be given two units of the wrong blood group at Wamumham General Hospital, "
        "and she is to report by September, a ministry spokesman said yesterday. Early findings suggested "
        "that a blood sample taken from him before the operation had been labelled with another patient's "
        "details, the hospital said. Luzelham's son, Gesuo, said his father had walked into the hospital on "
        "Monday \"talking about the garden\". The suspended nurse and anaesthetist have not been named.",
    )),
    (D(2373, 6, 7), (
        "Why giving the wrong blood can kill",
        "Everyone's red cells carry markers, and the body makes antibodies against markers it does not "
        "have. Someone of group O has antibodies against both A and B, so if they are given group A blood "
        "those antibodies attack the new cells at once, bursting them inside the veins. The debris can shut "
        "down the kidneys within hours. Hospitals guard against it with a chain of checks: the sample tube "
        "labelled at the bedside, a cross-match in the laboratory, and two staff reading the bag and the "
        "patient's wristband aloud before the drip is started.",
    )),
    (D(2373, 6, 9), (
        "Scannable wristbands for every patient after transfusion death",
        "Every patient at Wamumham General Hospital will wear a wristband with a barcode that must be "
        "scanned against the blood bag before any transfusion, the hospital said on Saturday, three days "
        "after a man died from receiving the wrong blood group there. The system will be in place in all 24 "
        "of its wards within a month. Until then, two doctors must sign for each bag. Hametho Luzelham's "
        "funeral is to be held next week. The health ministry said it would look at doing the same in every "
        "hospital.",
    )),
]
WAMUMHAM_INQUIRY: list[Dated] = [
    (D(2373, 9, 6), (
        "Sample tube labelled at wrong bed led to fatal transfusion",
        "A blood sample taken from Hametho Luzelham before his hip operation at Wamumham General Hospital "
        "was labelled with stickers printed for the patient in the next bed, and the check that should have "
        "caught the mistake in theatre was skipped because staff were in a hurry, the inquiry into his "
        "death in June found on Thursday. The haematologist who led it said the two men's names and ages "
        "had been read from a list, not from their wristbands. She made 17 recommendations, and the "
        "ministry accepted all of them.",
    )),
]
BAPENDFIELD_BLOOD: list[Dated] = [
    (D(2374, 2, 20), (
        "Young mother given wrong blood after giving birth",
        "A woman of 29 who had lost a lot of blood after giving birth was given one unit of blood of the "
        "wrong group at a hospital in Bapendfield, in Rutibeny, the hospital said on Wednesday. Staff "
        "stopped the transfusion after about 15 minutes when she developed a fever and pains in her back, "
        "and she was treated in intensive care for two days. She and her baby are expected to go home this "
        "week. The hospital said it had reported the error to the health ministry.",
    )),
]

# === kekarnwold; the happening: Mon 11 Mar 2374 === A courier takes a donor liver from Kekarnwold
# (Skadaary), meant for a girl of seven, to the wrong city's hospital; some 16 hours pass before Gabuick
# Children's Hospital has it, and it is no longer usable. Its five reports: agency copy from Kekarnwold
# naming Monday; a dayless bulletin opening; Tuesday's daily with "yesterday" and the couriers under review;
# a surgeon's account, undated; Wednesday's second liver. Later step: the courier contract ended (Wed 22 May
# 2374). Elsewhere, never named in those five: a donor kidney forgotten on an airport trolley in Vrirutustry
# (Tue 22 Oct 2374).

KEKARNWOLD_LIVER: list[Dated] = [
    (D(2374, 3, 11), (
        "Donor liver for girl of seven wasted after courier's wrong turn",
        "KEKARNWOLD, Skadaary (Wire) - A donor liver meant for a girl of seven had to be thrown away after "
        "a courier driver took it to a hospital in the wrong city, the national transplant service said on "
        "Monday. The organ left Kekarnwold on Sunday evening in a cool box bound for Gabuick Children's "
        "Hospital, about 300 kilometres away, but the driver delivered it to a general hospital in "
        "Gabuick's neighbouring city, whose staff did not open the box until morning. By the time it "
        "reached the right hospital about 16 hours had passed, too long for a liver to be transplanted "
        "safely. The girl, who has not been named, was already prepared for surgery.",
    )),
    (D(2374, 3, 11), (
        "Liver meant for sick child goes to wrong hospital",
        "A little girl who has waited months for a new liver has been sent back to the ward after the organ "
        "she was due to receive went to the wrong hospital and spoiled. Her surgeons had been ready to "
        "operate. The transplant service has apologised to her parents and to the family of the donor, who "
        "agreed to give the organ after their relative died. The courier firm that carried it says it is "
        "looking into what went wrong. The girl remains at the top of the waiting list.",
    )),
    (D(2374, 3, 12), (
        "Transplant service reviews couriers after liver lost",
        "Skadaary's transplant service said yesterday that it was reviewing its contract with Nobeber "
        "Couriers, the firm whose driver delivered a donor liver to the wrong hospital, and that organs "
        "would travel with a member of its own staff until the review was complete. The girl of seven it "
        "was meant for remains on the urgent list at Gabuick Children's Hospital. The service's director, "
        "Zorue Flovason, said the label on the cool box named the right hospital and that the driver had "
        "followed an address from a booking made by telephone.",
    )),
    (D(2374, 3, 12), (
        "'A liver gives us hours, not days'",
        "\"A kidney will wait for us for a day and more in ice, but a liver gives us hours, not days,\" "
        "says Dr Stakothen Ranuow, a transplant surgeon. \"We like to have it in the patient within about "
        "twelve. After that the cells begin to die, and a liver that starts badly in a child is a disaster. "
        "When I hear that an organ has spent the night in a hospital reception in a box nobody opened, I "
        "think of the family who said yes at the worst moment of their lives.\"",
    )),
    (D(2374, 3, 13), (
        "Girl who lost her liver to courier mix-up gets a new one",
        "A girl of seven whose donor liver was spoiled after a courier took it to the wrong hospital "
        "received a transplant on Wednesday from a second donor, Gabuick Children's Hospital said, two days "
        "after the first organ was lost. Surgeons described the operation as a success. Her parents thanked "
        "the donor's family and asked for privacy. The transplant service said its own staff would keep "
        "travelling with every organ for now. She will need to remain on the ward for about a month.",
    )),
]
KEKARNWOLD_CONTRACT: list[Dated] = [
    (D(2374, 5, 22), (
        "Transplant service drops courier firm over lost liver",
        "Skadaary's transplant service has ended its contract with the courier firm whose driver took a "
        "donor liver to the wrong hospital in March, it said on Wednesday, after its review found that the "
        "firm's drivers were not told what they were carrying or how urgent it was. Organs will now be "
        "carried by a team of 18 drivers employed by the service, it said, each trained and tracked by "
        "satellite. The courier firm said it regretted the decision. The first of them start work next "
        "month.",
    )),
]
VRIRUTUSTRY_KIDNEY: list[Dated] = [
    (D(2374, 10, 22), (
        "Donor kidney left on airport baggage trolley",
        "A donor kidney on its way to a transplant in Vrirutustry's capital was left on a baggage trolley "
        "at an airport for about nine hours on Tuesday after it was unloaded with ordinary freight, the "
        "country's transplant agency said. It was found in time and the operation went ahead, though late. "
        "The agency said organs would in future be handed over in person to a named member of hospital "
        "staff. The patient, a man of 52, was said to be doing well.",
    )),
]


# === background === short parish items unrelated to every kind, each dated on the eve of one happening

BACKGROUND: list[Dated] = [
    (D(2373, 3, 6), (
        "Rook count",
        "Two schoolboys counted 118 rooks' nests in the elms behind the church at Tegaeford on Tuesday.",
    )),
    (D(2373, 4, 20), (
        "Maypole mended",
        "The joiner at Wamefold planed a new top for the village maypole on Friday, ready for next month.",
    )),
    (D(2373, 6, 13), (
        "Strawberry teas",
        "The chapel at Damegby sold 260 strawberry teas on its lawn on Wednesday afternoon.",
    )),
    (D(2373, 9, 3), (
        "Conkers",
        "The first horse chestnuts fell on the green at Yakabley on Monday, and children took them home.",
    )),
    (D(2373, 10, 27), (
        "Lantern walk",
        "About fifty families carried paper lanterns along the towpath at Lebuwold on Saturday evening.",
    )),
    (D(2373, 5, 15), (
        "Cricket nets",
        "Volunteers put up new cricket nets behind the pavilion at Hobiwell on Tuesday.",
    )),
    (D(2373, 11, 22), (
        "Christmas pudding",
        "Every pupil at the small school in Varistead took a turn stirring the pudding on Thursday.",
    )),
    (D(2374, 1, 16), (
        "Bird table",
        "A pair of bullfinches came to the vicarage bird table at Rugaham on Wednesday, the first in years.",
    )),
    (D(2373, 6, 5), (
        "Hay meadow",
        "Botanists found nineteen kinds of orchid in the churchyard meadow at Bagimere on Tuesday.",
    )),
    (D(2374, 3, 10), (
        "Lambing open day",
        "Visitors to a farm at Getsby watched four lambs born in the shed on Sunday.",
    )),
]


SIXTYFOURTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "tarocombe": (TAROCOMBE_PRESSURE, TAROCOMBE_REPORT + NOKOLBY_TURBOPROP),
    "kobuham": (KOBUHAM_LASER, KOBUHAM_WARNING + JUVEGDALE_HELICOPTER),
    "hogorford": (HOGORFORD_LETTERS, HOGORFORD_SENTENCE + GLIPITON_LETTERS),
    "lokulwick": (LOKULWICK_DOGS, LOKULWICK_UNION + HULOFIELD_BITE),
    "marermbury": (MARERMBURY_HUNT, MARERMBURY_CHARGED + HUSILVWELL_WALKER),
    "rusosness": (RUSOSNESS_WOLVES, RUSOSNESS_LETTER + THRASUCOMBE_WOLVES),
    "nepethorpe": (NEPETHORPE_AMBULANCE, NEPETHORPE_CHARGED + ROSISWOLD_CYCLIST),
    "glikamere": (GLIKAMERE_MORPHINE, GLIKAMERE_AUDIT + KUBEDFORD_FENTANYL),
    "wamumham": (WAMUMHAM_BLOOD, WAMUMHAM_INQUIRY + BAPENDFIELD_BLOOD),
    "kekarnwold": (KEKARNWOLD_LIVER, KEKARNWOLD_CONTRACT + VRIRUTUSTRY_KIDNEY),
}


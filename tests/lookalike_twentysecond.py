"""A twenty-second set of invented look-alikes, written blind while grouping was being tuned on the earlier
sets, and held back to be counted once on the code before and after that work. The kinds, none of them in the
earlier sets: police finding a counterfeit banknote factory in a town against their raid on a smaller
fake-note print shop there two years before (the same weekday) and the central bank's undated warning about
the fakes, a murder retrial collapsing when a juror searches the internet against the first trial of the same
brothers ending a year before with a hung jury (the same weekday) and the undated opening of the retrial, a
publisher pulping a television cook's memoir over copied passages against its withdrawal of a travel book over
invented interviews two years before (the same weekday) and a critic's undated blog post setting out the
passages, a news agency withdrawing a doctored photograph of a prime minister's rally against its withdrawal
of an altered wildfire photograph a year before (the same weekday) and a fact-checking site's undated finding
about the rally photograph, a quarry blast throwing rocks onto a village school against the same quarry's
fly-rock breaking a farmhouse's windows two years before (the same weekday) and the villagers' undated
petition against its extension, a mine recovering a diamond of nearly 1,900 carats against its 1,137-carat
stone three years before (the same weekday) and that stone's undated sale, a team winning a twenty-four-hour
motor race against its rival's win of the same race a year before (the same weekday) and its own undated pole
position, a race walker disqualified within sight of gold at a continental championships against her
disqualification at the world championships a year before (the same weekday), an elephant born at a zoo
against another cow's calf born there three years before (the same weekday) and the undated news that the
mother was pregnant, and a metro escalator running backwards and injuring seventeen against another escalator
at the same station stopping dead two years before (the same weekday) and a safety board's undated warning
about the model's brakes. Some reports give no day at all, some follow-ups come two days later, and as on the
wires the later event's reports often recall the earlier one ("dwarfs the 417,300 crowns ... found in the
town's Sprockett Lane two years ago", "the first trial ended a year ago when that jury could not agree", "the
publisher's second withdrawal in two years", "the second time in a year that Madderly has issued a kill
notice", "nearly twice the 250 m it reached in May 2051", "a year after Fogarthy's No. 3 won"). What tells
each pair apart is mostly who (another print shop, another author, another photographer, another team, another
cow), which step of one story (a warning, a trial's opening, a blog post, a fact-check, a petition, a sale,
qualifying, a pregnancy) or how many (crowns, copies, metres, carats, laps, kilometres, kilograms, people
hurt). Every name, place and figure is made up.

Held back blind (nobody ran grouping, the engine or ``tests.lookalike_count`` on it) until it was counted once;
it is now among that count's default sets (``tests.lookalike_count``'s docstring gives its counts).

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``TWENTYSECOND_KINDS`` is read by the same count.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- Wendmoor Police find a counterfeit 100-crown note factory on the Quiltmoor estate in Brathwick,
# --- Tuesday, April 16, 2047; they raided a print shop in the town's Sprockett Lane on Tuesday, April 18,
# --- 2045; the Reserve Bank's warning about fake 100-crown notes is told with no date -----------------------

BRATHWICK_FAKES: list[Dated] = [
    (D(2047, 4, 16), (
        "Police find fake banknote factory in Brathwick",
        "BRATHWICK (Wire) - Police raided a print works on the Quiltmoor industrial estate in Brathwick on "
        "Tuesday and seized counterfeit 100-crown notes with a face value of 6.34 million crowns, the "
        "largest haul of fake money ever found in the country, Wendmoor Police said. Four men aged between "
        "31 and 58 were arrested at the unit.",
    )),
    (D(2047, 4, 17), (
        "'The presses ran through the night': inside the fake cash factory",
        "Detectives who broke down the doors of a unit in Brathwick yesterday found two offset presses "
        "still warm and pallets of notes drying on racks. \"This was not a back-room job. They were "
        "printing round the clock,\" said Det Supt Jessamy Rushworth. Officers think more than a million "
        "crowns in fakes had already reached tills across the region.",
    )),
    (D(2047, 4, 16), (
        "Brathwick fakes copied the foil strip but not the raised print",
        "Counterfeit 100s seized in Brathwick carried a passable copy of the note's silver foil strip but "
        "none of its raised ink, currency specialists who examined them said. The haul, about 6.3m crowns, "
        "dwarfs the 417,300 crowns in fake 50s found in a print shop in the town's Sprockett Lane two years "
        "ago, until now the Wendmoor force's biggest seizure.",
    )),
    (D(2047, 4, 18), (
        "Four charged over Brathwick counterfeit notes",
        "Four men were charged on Thursday with making counterfeit currency, two days after police raided a "
        "print works in Brathwick. Aodhan Podmore, 58, who rented the unit, and three co-accused were "
        "remanded in custody by the town's magistrates.",
    )),
    (D(2047, 4, 16), (
        "Shops told to check every 100-crown note",
        "Wendmoor Police have asked shopkeepers to check every 100-crown note they take after detectives "
        "found a factory turning out fakes in Brathwick. Genuine notes have raised print that can be felt "
        "with a fingertip, the force said.",
    )),
]
BRATHWICK_SPROCKETT: list[Dated] = [
    (D(2045, 4, 18), (
        "Fake 50-crown notes seized in print shop raid",
        "Wendmoor Police raided a print shop in Sprockett Lane, Brathwick, on Tuesday and seized "
        "counterfeit 50-crown notes with a face value of 417,300 crowns. Two men, aged 44 and 29, were "
        "arrested.",
    )),
]
BRATHWICK_WARNING: list[Dated] = [
    (D(2047, 2, 26), (
        "Reserve Bank warns of fake 100-crown notes",
        "The Reserve Bank has warned shops in the Wendmoor region that good counterfeit 100-crown notes are "
        "in circulation and asked cashiers to check the raised print and foil strip of every one. It said "
        "the fakes seemed to come from a single source.",
    )),
]

# --- the retrial of Everett and Malachy Tyldesley for the murder of jeweller Sholto Jubberly collapses at
# --- Crookhaven Crown Court, Tuesday, November 5, 2052; their first trial ended with a hung jury on
# --- Tuesday, November 7, 2051; the retrial's opening is told with no date ----------------------------------

TYLDESLEY_RETRIAL: list[Dated] = [
    (D(2052, 11, 5), (
        "Jeweller murder retrial collapses over juror's internet search",
        "CROOKHAVEN (Wire) - The retrial of two brothers accused of murdering jeweller Sholto Jubberly "
        "collapsed on Tuesday when the judge discharged the jury after learning that one juror had searched "
        "the internet for the defendants' names. Everett Tyldesley, 36, and his brother Malachy, 33, deny "
        "killing Mr Jubberly, 71, in a robbery at his shop in March 2050. Mr Justice Everard Galvinstone "
        "ordered a third trial.",
    )),
    (D(2052, 11, 6), (
        "'We have to live through it all again': victim's daughter",
        "Prudence Jubberly said last night she could not believe her family faced a third trial over her "
        "father's death. \"Two juries have now sat through the evidence and we are no nearer the end,\" she "
        "said outside Crookhaven Crown Court after one juror's online research halted the retrial in its "
        "third week.",
    )),
    (D(2052, 11, 5), (
        "How one search sank the Tyldesley retrial",
        "Jurors are told on their first day not to look anything up. In the Tyldesley retrial a juror found "
        "reports of the brothers' earlier convictions for robbery, which the jury had not been told about, "
        "and told two others, Galvinstone J said. The first trial ended a year ago when that jury could not "
        "agree after 19 hours.",
    )),
    (D(2052, 11, 7), (
        "Juror faces contempt case over Tyldesley trial",
        "The attorney general said on Thursday she would bring contempt of court proceedings against the "
        "juror whose internet searches caused the retrial of Everett and Malachy Tyldesley to be abandoned "
        "two days earlier. A new trial has been set for March.",
    )),
    (D(2052, 11, 6), (
        "Third trial ordered in Jubberly killing",
        "A third trial will be held of the brothers accused of shooting Crookhaven jeweller Sholto Jubberly "
        "after the judge dismissed the jury at their retrial. The two trials so far have cost about 2.73 "
        "million crowns.",
    )),
]
TYLDESLEY_FIRST_TRIAL: list[Dated] = [
    (D(2051, 11, 7), (
        "Jury fails to agree in jeweller murder trial",
        "The jury in the trial of Everett and Malachy Tyldesley, accused of murdering Crookhaven jeweller "
        "Sholto Jubberly, was discharged on Tuesday after failing to reach a verdict in 19 hours of "
        "deliberation. Prosecutors said they would seek a retrial.",
    )),
]
TYLDESLEY_OPENING: list[Dated] = [
    (D(2052, 10, 16), (
        "Brothers shot jeweller over watches, retrial told",
        "Two brothers shot Crookhaven jeweller Sholto Jubberly in the chest when he reached for an alarm "
        "and fled with watches worth 1.86 million crowns, prosecutor Venetia Ozanne KC told the jury at "
        "their retrial. Everett and Malachy Tyldesley deny murder.",
    )),
]

# --- Mapplewell Books pulps Briony Uckerby's memoir Burnt Sugar over passages copied from a novel,
# --- Tuesday, February 22, 2056; it withdrew Zebedee Scurlock's travel book on Tuesday, February 24,
# --- 2054; a critic's blog post setting out the copied passages is told with no date ------------------------

UCKERBY_PULPED: list[Dated] = [
    (D(2056, 2, 22), (
        "Publisher pulps TV cook's memoir over copied passages",
        "HADDESTOKE (Wire) - Mapplewell Books said on Tuesday it would pulp all 38,650 unsold copies of "
        "Burnt Sugar, the memoir of television cook Briony Uckerby, after finding that passages had been "
        "copied from a novel. The book, published on February 2, had reached number three on the bestseller "
        "list.",
    )),
    (D(2056, 2, 23), (
        "Uckerby: 'I mistook someone else's words for my own memories'",
        "Briony Uckerby apologised yesterday to the family of novelist Roderick Farnsley, whose 1996 novel "
        "A House of Pale Weather supplied at least fourteen passages of her book. \"I kept notebooks for "
        "thirty years and copied out things I loved. Somewhere I mistook his words for my memories,\" the "
        "cook said.",
    )),
    (D(2056, 2, 22), (
        "Burnt Sugar recall to cost Mapplewell about 400,000 crowns",
        "Pulping the memoir and refunding shops will cost Mapplewell about 400,000 crowns, booksellers "
        "estimate. It is the publisher's second withdrawal in two years, after Zebedee Scurlock's Slow "
        "Boats to Ynysgarth, pulped in February 2054 when interviews in it turned out to be invented. Chief "
        "executive Dorcas Lowthian said checks would be tightened.",
    )),
    (D(2056, 2, 24), (
        "Cookery channel drops Uckerby after memoir scandal",
        "The cookery channel Savour dropped Briony Uckerby's weekday programme on Thursday, two days after "
        "her publisher pulped her memoir. Farnsley's estate said it was taking legal advice.",
    )),
    (D(2056, 2, 25), (
        "Who was Roderick Farnsley?",
        "The novelist whose sentences ended up in a celebrity cook's memoir died in 2031, largely "
        "forgotten. A House of Pale Weather, about a family of fruit growers, sold fewer than 5,000 copies, "
        "but its publisher said this week it would be reissued in the spring.",
    )),
]
UCKERBY_SCURLOCK: list[Dated] = [
    (D(2054, 2, 24), (
        "Travel book withdrawn over invented interviews",
        "Mapplewell Books withdrew Zebedee Scurlock's travel book Slow Boats to Ynysgarth on Tuesday and "
        "said it would pulp 12,000 copies after several people quoted in it said they had never met him.",
    )),
]
UCKERBY_BLOG: list[Dated] = [
    (D(2056, 2, 15), (
        "Critic finds a novelist's lines in TV cook's memoir",
        "The critic Griselda Quibell has set out on her blog fourteen passages from Briony Uckerby's "
        "bestselling memoir Burnt Sugar beside almost identical sentences from Roderick Farnsley's novel A "
        "House of Pale Weather. Mapplewell Books said it was looking into the claims.",
    )),
]

# --- the Madderly News Agency withdraws a doctored photograph of Prime Minister Conall Pendeford's rally
# --- in Wigginsby, Wednesday, July 14, 2049; it withdrew an altered wildfire photograph on Wednesday,
# --- July 15, 2048; the fact-checking site's finding about the rally photograph is told with no date --------

MADDERLY_RALLY: list[Dated] = [
    (D(2049, 7, 14), (
        "News agency withdraws doctored photo of Pendeford rally",
        "WIGGINSBY (Wire) - The Madderly News Agency withdrew a photograph of Prime Minister Conall "
        "Pendeford's rally in Wigginsby on Wednesday and told newspapers to remove it, saying the crowd had "
        "been digitally enlarged. The agency said it had ended its work with the freelance photographer, "
        "Cosmo Yateley.",
    )),
    (D(2049, 7, 15), (
        "How a crowd of 3,000 became a sea of faces",
        "The picture that ran on 31 front pages yesterday morning showed a square packed to the walls. The "
        "organisers had counted about three thousand people; parts of the crowd had been copied and pasted "
        "at least three times, Madderly admitted. \"We failed our clients,\" said its editor-in-chief, "
        "Ulysses Frobisher.",
    )),
    (D(2049, 7, 14), (
        "Madderly's second kill notice in a year",
        "It is the second time in a year that Madderly has issued a kill notice, after a picture of a "
        "wildfire near Bexenham last July in which the smoke had been darkened. The fact-checking site "
        "Lenswise spotted the repeated faces in the Wigginsby image within hours of its release.",
    )),
    (D(2049, 7, 16), (
        "PM's party denies any part in altered rally picture",
        "Conall Pendeford's party said on Friday that it had no part in altering the rally photograph the "
        "Madderly agency withdrew two days earlier, and that the real crowd had been \"big enough\". "
        "Yateley has not commented.",
    )),
]
MADDERLY_WILDFIRE: list[Dated] = [
    (D(2048, 7, 15), (
        "Agency kills altered wildfire photo",
        "The Madderly News Agency withdrew a photograph of a wildfire near Bexenham on Wednesday after "
        "finding that the smoke had been darkened and flames added, and dropped the freelance photographer "
        "who took it, Bronwen Hobday.",
    )),
]
MADDERLY_FACT_CHECK: list[Dated] = [
    (D(2049, 7, 13), (
        "Same faces appear three times in rally photo, fact-checkers say",
        "The fact-checking site Lenswise says a news agency photograph of Conall Pendeford's rally in "
        "Wigginsby shows the same faces in at least three places, and that the crowd seems to have been "
        "copied to fill the square. The Madderly News Agency said it was checking the picture.",
    )),
]

# --- a blast at Knapperton Quarry throws rocks onto Tuxholme's school and injures a woman,
# --- Wednesday, May 21, 2053; fly-rock from it broke windows at Mirefield Farm on Wednesday, May 24, 2051;
# --- the villagers' petition against the quarry's extension is told with no date ----------------------------

KNAPPERTON_FLYROCK: list[Dated] = [
    (D(2053, 5, 21), (
        "Quarry blast showers village with rocks",
        "TUXHOLME (Wire) - A blast at Knapperton Quarry threw rocks across the village of Tuxholme on "
        "Wednesday, smashing through the roof of the primary school hall and injuring a 71-year-old woman "
        "in her garden, police said. The hall was empty at the time. The quarry's operator, Rookridge "
        "Stone, stopped all blasting.",
    )),
    (D(2053, 5, 22), (
        "'It came down like a meteor': Tuxholme counts the damage",
        "Efrosyne Sawtrey was weeding her roses when a stone the size of a grapefruit struck her shoulder. "
        "\"I heard the bang from the quarry as usual, then things started landing everywhere,\" she said "
        "from her hospital bed yesterday. Residents counted eleven homes and cars damaged.",
    )),
    (D(2053, 5, 22), (
        "Knapperton fly-rock flew nearly half a kilometre",
        "Fly-rock from the latest shot at Knapperton travelled about 430 metres, nearly twice the 250 m it "
        "reached in May 2051 when it broke windows at Mirefield Farm. Engineers suspect a badly stemmed "
        "hole near the quarry's eastern face in the 5.6-tonne blast.",
    )),
    (D(2053, 5, 23), (
        "Inspectors ban blasting at Knapperton Quarry",
        "The Mines and Quarries Inspectorate served a prohibition notice on Rookridge Stone on Friday, "
        "banning blasting at Knapperton Quarry until it can show that rocks will not land outside its "
        "boundary, two days after fly-rock hit Tuxholme's primary school.",
    )),
]
KNAPPERTON_MIREFIELD: list[Dated] = [
    (D(2051, 5, 24), (
        "Quarry blast breaks farmhouse windows",
        "Rocks thrown by a blast at Knapperton Quarry broke four windows at Mirefield Farm near Tuxholme on "
        "Wednesday, about 250 metres from the quarry's edge. Nobody was hurt, farmer Ezekiel Hartsop said. "
        "Rookridge Stone said it was investigating.",
    )),
]
KNAPPERTON_PETITION: list[Dated] = [
    (D(2053, 3, 19), (
        "Villagers petition against quarry extension",
        "More than 1,483 people have signed a petition against Rookridge Stone's plan to extend Knapperton "
        "Quarry towards Tuxholme, saying blasting would come within 300 metres of the village school. The "
        "county council will decide in the summer.",
    )),
]

# --- Zouberg Diamonds recovers a 1,874-carat diamond at its Ngoloma mine in Kwarandi, Thursday, June 13,
# --- 2058; it found a 1,137-carat stone there on Thursday, June 10, 2055; that stone's sale is told with
# --- no date ------------------------------------------------------------------------------------------------

NGOLOMA_DIAMOND: list[Dated] = [
    (D(2058, 6, 13), (
        "Miner finds 1,874-carat diamond in Kwarandi",
        "NGOLOMA, Kwarandi (Wire) - Zouberg Diamonds said on Thursday it had recovered a 1,874-carat "
        "diamond at its Ngoloma mine, the largest ever found in Kwarandi and one of the biggest in history. "
        "The stone, about the size of a tennis ball, was picked out by an X-ray sorting machine, chief "
        "executive Tendai Mbarazi said.",
    )),
    (D(2058, 6, 14), (
        "A stone the size of a fist, and a country's hopes",
        "In Ngoloma's one street yesterday people crowded round the mine office to see photographs of the "
        "diamond. Mines Minister Thabiso Khumalo said the government, which owns a quarter of the mine, "
        "would insist the gem be cut and polished in Kwarandi.",
    )),
    (D(2058, 6, 13), (
        "Ngoloma's near-1,900-carat find dwarfs its 2055 stone",
        "At 1,874 carats, or about 375 grams, the new Ngoloma diamond is far larger than the 1,137-carat "
        "stone found at the same mine three years ago, which sold for 57.8 million dollars. Analysts said "
        "the new one could fetch more than 100 million.",
    )),
    (D(2058, 6, 15), (
        "Zouberg shares jump after record diamond",
        "Shares in Zouberg Diamonds rose 18 percent on Friday, the day after the company announced the find "
        "at Ngoloma. The company said it had not decided whether to sell the stone rough or cut.",
    )),
    (D(2058, 6, 13), (
        "Biggest diamond yet from Ngoloma",
        "A diamond of nearly 1,900 carats has been found at the Ngoloma mine, its owner Zouberg said, "
        "eclipsing every stone the mine has produced since it opened in 2039.",
    )),
]
NGOLOMA_2055: list[Dated] = [
    (D(2055, 6, 10), (
        "1,137-carat diamond found at Ngoloma",
        "Zouberg Diamonds said on Thursday that it had found a 1,137-carat diamond at its Ngoloma mine in "
        "Kwarandi, the biggest in the mine's history. Chief executive Tendai Mbarazi called it \"a gift "
        "from the ground\".",
    )),
]
NGOLOMA_SALE: list[Dated] = [
    (D(2056, 3, 3), (
        "Ngoloma diamond sells for 57.8 million dollars",
        "The 1,137-carat diamond found at Kwarandi's Ngoloma mine has been sold to the jewellers Vermeulen "
        "for 57.8 million dollars, its owner Zouberg Diamonds said, the highest price ever paid for a rough "
        "stone from the country.",
    )),
]

# --- Paquerette Motorsport's No. 8 wins the 24 Hours of Cheverell, Sunday, June 12, 2044; Fogarthy
# --- Racing's No. 3 won the race on Sunday, June 14, 2043; the No. 8's pole position is told with no date ---

CHEVERELL_24_HOURS: list[Dated] = [
    (D(2044, 6, 12), (
        "Paquerette win 24 Hours of Cheverell",
        "CHEVERELL (Wire) - Paquerette Motorsport won the 24 Hours of Cheverell on Sunday, its No. 8 car "
        "driven by Yevhen Ivashko, Kazuhiro Tsubaki and Aksel Oberwald finishing one lap ahead of Fogarthy "
        "Racing's No. 3 after 372 laps. It is Paquerette's first win in the race.",
    )),
    (D(2044, 6, 13), (
        "Tsubaki holds his nerve as Fogarthy run out of time",
        "Kazuhiro Tsubaki drove the final three hours yesterday with the Fogarthy car never more than 90 "
        "seconds behind, until a puncture at dawn cost the holders a lap. \"I didn't look at the gap "
        "once,\" the 31-year-old said.",
    )),
    (D(2044, 6, 12), (
        "Cheverell 24 Hours live: hour 24",
        "14:58 The No. 8 Paquerette starts its last lap with a lap in hand over Fogarthy's No. 3. 15:00 "
        "Chequered flag! Paquerette take their first Cheverell win after 372 laps, Ivashko, Tsubaki and "
        "Oberwald on the top step.",
    )),
    (D(2044, 6, 12), (
        "Paquerette end Fogarthy's hold on Cheverell",
        "A year after Fogarthy's No. 3 won with 366 laps, Paquerette's 8 covered 372, a record for the "
        "circuit's present layout, and led 201 of them from Tsubaki's pole position.",
    )),
    (D(2044, 6, 14), (
        "Stewards reject Fogarthy protest over Cheverell result",
        "Race stewards on Tuesday rejected a protest by Fogarthy Racing, which said the winning Paquerette "
        "car had overtaken under yellow flags during the night, confirming Paquerette's victory two days "
        "after the 24 Hours of Cheverell.",
    )),
]
CHEVERELL_2043: list[Dated] = [
    (D(2043, 6, 14), (
        "Fogarthy win at Cheverell",
        "Fogarthy Racing won the 24 Hours of Cheverell on Sunday when its No. 3 car, driven by Yorath "
        "Ackroyd, Solenne Muncaster and Jolien Vermaat, completed 366 laps, two ahead of Paquerette "
        "Motorsport's No. 8.",
    )),
]
CHEVERELL_POLE: list[Dated] = [
    (D(2044, 6, 10), (
        "Tsubaki puts Paquerette on pole at Cheverell",
        "Kazuhiro Tsubaki set a lap of 3 minutes 21.874 seconds in qualifying to put Paquerette "
        "Motorsport's No. 8 on pole for the 24 Hours of Cheverell, a tenth of a second quicker than "
        "Fogarthy's No. 3.",
    )),
]

# --- Jarmila Zavodnik is disqualified near the end of the 20 km walk at the Continental Championships in
# --- Rivemont, Saturday, August 21, 2055; she was disqualified in the 35 km walk at the World
# --- Championships in Zellstadt on Saturday, August 22, 2054 ------------------------------------------------

ZAVODNIK_RIVEMONT: list[Dated] = [
    (D(2055, 8, 21), (
        "Zavodnik disqualified metres from walk gold",
        "RIVEMONT (Wire) - Jarmila Zavodnik was disqualified about 300 metres from the finish of the "
        "women's 20 kilometres race walk at the Continental Championships in Rivemont on Saturday while "
        "leading by 20 seconds, after a third red card for losing contact with the ground. Sidonie Nuncombe "
        "took the gold in 1 hour 27 minutes 41 seconds.",
    )),
    (D(2055, 8, 22), (
        "'I have no words': Zavodnik in tears after the red paddle",
        "Jarmila Zavodnik sat on the kerb beside the course for ten minutes after a judge's paddle ended "
        "her race yesterday, as Sidonie Nuncombe walked past her into the stadium to win. \"I have no "
        "words,\" she said later.",
    )),
    (D(2055, 8, 21), (
        "Zavodnik's second disqualification in a year",
        "It is the second championship in a year to end this way for Zavodnik, who was disqualified after "
        "31 km of the 35 km walk at the World Championships in Zellstadt last August. Nuncombe's 1:27:41 is "
        "a championship record.",
    )),
    (D(2055, 8, 23), (
        "Appeal over Zavodnik disqualification rejected",
        "The jury of appeal at the Continental Championships on Monday rejected her federation's appeal "
        "against Jarmila Zavodnik's disqualification in the 20 km walk two days earlier.",
    )),
    (D(2055, 8, 22), (
        "Race walking: what the red cards mean",
        "A walker who collects three red cards from different judges, for bent knees or for losing contact "
        "with the ground, is disqualified. Zavodnik's third came as she turned towards the stadium with the "
        "gold in sight.",
    )),
]
ZAVODNIK_ZELLSTADT: list[Dated] = [
    (D(2054, 8, 22), (
        "Zavodnik out of 35 km walk",
        "Jarmila Zavodnik was disqualified after 31 kilometres of the women's 35 km race walk at the World "
        "Championships in Zellstadt on Saturday, while lying third.",
    )),
]

# --- the Asian elephant Tanvika gives birth to a female calf at Quarndell Zoo, Thursday, October 6, 2050;
# --- the elephant Pemmal gave birth to a male calf there on Thursday, October 3, 2047; the news that
# --- Tanvika was pregnant is told with no date --------------------------------------------------------------

QUARNDELL_CALF: list[Dated] = [
    (D(2050, 10, 6), (
        "Elephant calf born at Quarndell Zoo",
        "QUARNDELL (Wire) - An Asian elephant at Quarndell Zoo gave birth to a female calf early on "
        "Thursday after a 22-month pregnancy, the zoo said. The mother, Tanvika, 19, and the calf, which "
        "weighed 112 kg, were both well, head keeper Valentine Mottram said.",
    )),
    (D(2050, 10, 7), (
        "Zoo's newest arrival takes her first wobbly steps",
        "The calf was on her feet within an hour of her birth at 4.10 a.m. yesterday and suckling soon "
        "after, keepers said. Visitors will be able to see her and her mother from Saturday, and the zoo is "
        "asking the public to choose her name.",
    )),
    (D(2050, 10, 6), (
        "Quarndell's second elephant birth in three years",
        "Tanvika's calf is the second born at Quarndell in three years, after Pemmal's son in October 2047, "
        "and the ninth Asian elephant born in the country's zoos this decade. The father is the bull "
        "Bodhrin.",
    )),
    (D(2050, 10, 8), (
        "Crowds queue to see Quarndell's elephant calf",
        "More than 4,000 people visited Quarndell Zoo on Saturday, two days after the birth of an elephant "
        "calf, and the zoo opened its gates an hour early to cope.",
    )),
    (D(2050, 10, 7), (
        "Nearly 250 pounds of baby elephant",
        "Quarndell Zoo's new calf weighed in at nearly 250 pounds, keepers said, and is drinking about 11 "
        "litres of her mother's milk a day.",
    )),
]
QUARNDELL_PEMMAL: list[Dated] = [
    (D(2047, 10, 3), (
        "Elephant gives birth at Quarndell",
        "Pemmal, a 24-year-old Asian elephant at Quarndell Zoo, gave birth to a male calf weighing 98 kg on "
        "Thursday, the first elephant born at the zoo in its 60-year history.",
    )),
]
QUARNDELL_PREGNANT: list[Dated] = [
    (D(2049, 12, 9), (
        "Quarndell elephant expecting",
        "Quarndell Zoo has announced that its Asian elephant Tanvika is pregnant, with the calf due next "
        "autumn, after a scan and hormone tests. It will be her first.",
    )),
]

# --- an up escalator at Ilderton Square metro station in Orrellsby runs backwards and injures 17,
# --- Thursday, January 18, 2057; another escalator there stopped dead and hurt four on Thursday, January
# --- 21, 2055; the Transit Safety Board's warning about the model's brakes is told with no date -------------

ILDERTON_ESCALATOR: list[Dated] = [
    (D(2057, 1, 18), (
        "17 hurt as metro escalator runs backwards",
        "ORRELLSBY (Wire) - Seventeen people were hurt, three of them seriously, when an up escalator at "
        "Ilderton Square metro station suddenly reversed and ran downwards in the morning rush on Thursday, "
        "throwing passengers into a heap at the bottom, Orrellsby Transport said. The station was closed.",
    )),
    (D(2057, 1, 18), (
        "Ilderton Square escalator: live",
        "09:02 Paramedics say 17 people have been treated, three taken to hospital with serious injuries. "
        "Line 4 trains are not stopping at Ilderton Square. 09:20 Orrellsby Transport says the escalator's "
        "brake failed at 8.12 a.m.",
    )),
    (D(2057, 1, 19), (
        "'People were falling on top of me'",
        "Commuter Maelle Duffrey was halfway up when the escalator jolted and began to run backwards. "
        "\"Everyone grabbed the handrail and the handrail was moving too,\" the 29-year-old nurse said "
        "yesterday.",
    )),
    (D(2057, 1, 18), (
        "Brake fault suspected in Ilderton Square escalator failure",
        "Investigators are examining the drive brake of the Zelheim VX-12 escalator that reversed at "
        "Ilderton Square, the station's second escalator accident in two years after another stopped dead "
        "in January 2055 and four people fell. Orrellsby has 23 of the model.",
    )),
    (D(2057, 1, 20), (
        "Metro switches off 23 escalators after Ilderton Square accident",
        "Orrellsby Transport switched off all 23 Zelheim VX-12 escalators on its network on Saturday, two "
        "days after one reversed at Ilderton Square and injured 17 people.",
    )),
]
ILDERTON_2055: list[Dated] = [
    (D(2055, 1, 21), (
        "Four hurt as escalator stops suddenly",
        "Four people were hurt when an escalator at Ilderton Square metro station stopped dead during the "
        "evening rush on Thursday, Orrellsby Transport said. Engineers found a faulty sensor.",
    )),
]
ILDERTON_WARNING: list[Dated] = [
    (D(2056, 9, 14), (
        "Regulator warns over worn escalator brakes",
        "The Transit Safety Board has told metro operators to inspect the brakes of their Zelheim VX-12 "
        "escalators after finding worn parts on several, and warned that a failing brake could let a loaded "
        "escalator run backwards.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2047, 4, 15), (
        "Bakery wins award",
        "A family bakery in Plashett won a regional prize for its rye bread on Monday.",
    )),
    (D(2052, 11, 4), (
        "Footbridge repainted",
        "The footbridge over the river at Yewborough reopened on Monday after being repainted.",
    )),
    (D(2056, 2, 21), (
        "School choir to tour",
        "The school choir in Wivelsby will sing in five towns this spring, it said on Monday.",
    )),
    (D(2049, 7, 13), (
        "Farmers' market returns",
        "The monthly farmers' market came back to the square in Vexcombe on Tuesday.",
    )),
    (D(2053, 5, 20), (
        "New allotments open",
        "Twenty new allotment plots opened beside the cemetery in Kimblewick on Tuesday.",
    )),
    (D(2058, 6, 12), (
        "Cattle show draws record entry",
        "A record 640 cattle were entered for the county show at Gribworth, organisers said on Wednesday.",
    )),
    (D(2044, 6, 11), (
        "Model railway exhibition",
        "A model railway club in Dimbleford held its yearly exhibition in the church hall on Saturday.",
    )),
    (D(2055, 8, 20), (
        "Benches restored in park",
        "Volunteers in Pockridge restored eight old wooden benches in the town park on Friday.",
    )),
    (D(2050, 10, 5), (
        "Harvest supper",
        "Villagers in Fawnhope held their harvest supper in the village hall on Wednesday.",
    )),
    (D(2057, 1, 17), (
        "Library gets new roof",
        "Builders began replacing the roof of the library in Ashtrow on Wednesday.",
    )),
]

TWENTYSECOND_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "brathwick": (BRATHWICK_FAKES, BRATHWICK_SPROCKETT + BRATHWICK_WARNING),
    "tyldesley": (TYLDESLEY_RETRIAL, TYLDESLEY_FIRST_TRIAL + TYLDESLEY_OPENING),
    "uckerby": (UCKERBY_PULPED, UCKERBY_SCURLOCK + UCKERBY_BLOG),
    "madderly": (MADDERLY_RALLY, MADDERLY_WILDFIRE + MADDERLY_FACT_CHECK),
    "knapperton": (KNAPPERTON_FLYROCK, KNAPPERTON_MIREFIELD + KNAPPERTON_PETITION),
    "ngoloma": (NGOLOMA_DIAMOND, NGOLOMA_2055 + NGOLOMA_SALE),
    "cheverell": (CHEVERELL_24_HOURS, CHEVERELL_2043 + CHEVERELL_POLE),
    "zavodnik": (ZAVODNIK_RIVEMONT, ZAVODNIK_ZELLSTADT),
    "quarndell": (QUARNDELL_CALF, QUARNDELL_PEMMAL + QUARNDELL_PREGNANT),
    "ilderton": (ILDERTON_ESCALATOR, ILDERTON_2055 + ILDERTON_WARNING),
}

"""A twentieth set of invented look-alikes, written blind while grouping was being tuned on the earlier sets,
and held back, then counted once on the code before and after that work. The kinds, none of them in the
earlier sets: a heavy-ion laboratory confirming a new element, 121, against its discovery of element 120
three years before (the same weekday, another team leader) and the undated start of the beam run that made
it, a medicines agency suspending a diabetes drug over liver harm against its suspension of an acne drug two
years before (the same weekday) and its undated warning letter to doctors about the same drug, an appeal
court quashing a man's murder conviction after 23 years against its quashing of his co-defendant's two years
before (the same weekday, the same killing) and the undated referral of his case by a review commission,
archaeologists opening a sealed queen's tomb in a desert valley against a priest's tomb opened there four
years before (the same weekday) and the undated radar survey that found it, a canal's lock gate giving way
and draining a stretch of it against another gate of the same flight failing four years before (the same
weekday), an auditor resigning from a listed group over its accounts against the same auditor quitting its
freight arm a year before (the same weekday) and an undated warning about the group's missing cash, the
wettest day on record at a weather station against the record set there six years before (the same
weekday), a football federation's president suspended by an ethics panel against his predecessor's
suspension four years before (the same weekday) and the undated opening of the inquiry, a flightless bird
declared extinct on an island against a land snail of the same island declared extinct five years before
(the same weekday) and an undated, fruitless search for the bird, and a hospital's maternity unit closing for
lack of midwives against the closure of its children's ward two years before (the same weekday). Some
reports give no day at all, some follow-ups come one to three days later, and as on the wires the later
event's reports often recall the earlier one ("three years after the same laboratory made element 120", "the
second conviction in the Scrivelsby killing to be quashed", "beating the 171 mm of October 2046", "the
second Ulmevia president in four years"). What tells each pair apart is mostly who (another team leader,
another defendant, another queen or priest, another president), which step of one story (a beam run, a
warning, a referral, a survey, an inquiry) or how many (an atomic number, millimetres, millions, years).
Every name, place and figure is made up.

Held back blind, then counted once on the code before the next round of grouping work (89 of its 136
combinations merged, its event split in 37) and after it (89 merged, 21 split; ``tests.lookalike_count``'s
docstring has the commits); among that count's default sets since.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``TWENTIETH_KINDS`` is read by the same count.
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date

# --- the Zandermoot Heavy Ion Laboratory confirms element 121, made by Dr Ysbrand Pickwaithe's team,
# --- Thursday, June 12, 2053; the same laboratory announced element 120, made by Professor Kunigunde Aalsvik's
# --- team, on Thursday, June 16, 2050; the beam run that made element 121 is told with no date ---------------

ZANDERMOOT_121: list[Dated] = [
    (D(2053, 6, 12), (
        "Lab confirms element 121",
        "ZANDERMOOT (Wire) - Physicists at the Zandermoot Heavy Ion Laboratory said on Thursday they had made "
        "element 121, the heaviest yet, after smashing vanadium ions into a californium target for eleven "
        "months. The team saw three atoms of the new element, each of which decayed in less than a "
        "thousandth of a second, team leader Dr Ysbrand Pickwaithe said.",
    )),
    (D(2053, 6, 13), (
        "Three atoms, eleven months: how Zandermoot stretched the periodic table",
        "It took some 4 quintillion collisions to produce three fleeting atoms of element 121. \"We looked "
        "at the screens for nearly a year and then three times in one autumn the pattern was there,\" said "
        "Pickwaithe, 47. The result has been sent to the international chemistry union, which must approve "
        "it before the element can be named.",
    )),
    (D(2053, 6, 12), (
        "Zandermoot pushes further into the periodic table's eighth row",
        "Element 121 is the first in the eighth period's so-called superactinide series, and three years "
        "after the same laboratory made element 120 it puts Zandermoot ahead of rival laboratories in two "
        "countries. Director Bonifacio Brusewick called it \"a triumph of patience\".",
    )),
    (D(2053, 6, 13), (
        "What is element 121?",
        "The new superheavy element, with 121 protons in its nucleus, was made at the Zandermoot laboratory "
        "from vanadium-51 and californium-249. It exists for less than a millisecond and decays by giving off "
        "alpha particles. Until it is named it is called unbiunium.",
    )),
    (D(2053, 6, 15), (
        "Name for element 121? Zandermoot asks the public",
        "The Zandermoot Heavy Ion Laboratory invited the public on Sunday to suggest names for element 121, "
        "three days after it announced the discovery. Pickwaithe said suggestions honouring the city itself "
        "would be \"warmly received\".",
    )),
]
ZANDERMOOT_120: list[Dated] = [
    (D(2050, 6, 16), (
        "Zandermoot physicists make element 120",
        "Scientists at the Zandermoot Heavy Ion Laboratory said on Thursday they had made element 120 by "
        "firing chromium ions at a curium target, a result that took nine months of round-the-clock "
        "experiments. Professor Kunigunde Aalsvik's team saw two atoms, each of which decayed within "
        "milliseconds.",
    )),
]
ZANDERMOOT_BEAM: list[Dated] = [
    (D(2052, 1, 20), (
        "Zandermoot starts hunt for element 121",
        "The Zandermoot Heavy Ion Laboratory has switched on its beam for what could be a year-long attempt "
        "to make element 121, aiming vanadium ions at a californium target. Dr Ysbrand Pickwaithe, who leads "
        "the experiment, said the chance of seeing an atom was \"a few a year at best\".",
    )),
]

# --- the Medicines Safety Agency of Kjelmark suspends the diabetes drug Glymetrel, made by Ulvaquin, over
# --- liver damage, Tuesday, February 8, 2050; it suspended the acne drug Acnozeral on Tuesday, February
# --- 11, 2048; its warning letter to doctors about Glymetrel is told with no date ------------------------------

GLYMETREL_SUSPENDED: list[Dated] = [
    (D(2050, 2, 8), (
        "Diabetes drug Glymetrel suspended over liver fears",
        "KJELMARK (Wire) - The Medicines Safety Agency suspended the diabetes drug Glymetrel on Tuesday after "
        "reports of serious liver damage in 38 patients, four of whom died. About 210,000 people take the "
        "tablet, made by Ulvaquin, and the agency told them not to stop it without seeing a doctor.",
    )),
    (D(2050, 2, 9), (
        "'Don't panic': doctors flooded with calls after Glymetrel ban",
        "Family doctors across the country were swamped with calls yesterday after the medicines regulator "
        "pulled Glymetrel off the market. Dr Philomena Trewithick of the College of General Practitioners said "
        "most of the 210,000 patients could switch to older drugs within weeks.",
    )),
    (D(2050, 2, 8), (
        "Ulvaquin shares slide as regulator halts diabetes pill",
        "Ulvaquin shares fell 17% after the Medicines Safety Agency halted sales of Glymetrel, the company's "
        "best-selling medicine, which brought in 1.3 billion crowns last year. Ulvaquin said it disagreed "
        "with the decision and would appeal.",
    )),
    (D(2050, 2, 8), (
        "Agency cites 38 liver cases in Glymetrel suspension",
        "The agency's chief medical officer, Dr Achille Strallworth, said the 38 cases of liver injury, "
        "four of them fatal, outweighed the drug's benefits. It is the second medicine the agency has "
        "suspended in two years, after the acne tablet Acnozeral.",
    )),
]
GLYMETREL_ACNE: list[Dated] = [
    (D(2048, 2, 11), (
        "Acne tablet Acnozeral suspended",
        "The Medicines Safety Agency suspended the acne drug Acnozeral on Tuesday after reports linking it to "
        "depression in young patients. Some 45,000 people had been prescribed the tablet, chief medical "
        "officer Dr Achille Strallworth said.",
    )),
]
GLYMETREL_LETTER: list[Dated] = [
    (D(2049, 9, 2), (
        "Doctors told to check livers of Glymetrel patients",
        "The Medicines Safety Agency wrote to all doctors asking them to test the liver function of patients "
        "taking the diabetes drug Glymetrel every three months, after 11 cases of liver injury were reported. "
        "It said the drug's benefits still outweighed its risks.",
    )),
]

# --- the Court of Appeal quashes the conviction of Ebenezer Mobbridge, jailed for 23 years for the 2031 murder
# --- of shopkeeper Lettice Crowhallow in Scrivelsby, Wednesday, September 23, 2054; it quashed the
# --- conviction of his co-defendant Cuthbert Sweetingham on Wednesday, September 25, 2052; the review
# --- commission's referral of Mobbridge's case is told with no date ------------------------------------------

SCRIVELSBY_MOBBRIDGE: list[Dated] = [
    (D(2054, 9, 23), (
        "Man jailed 23 years for Scrivelsby murder has conviction quashed",
        "LONDALE (Wire) - The Court of Appeal on Wednesday quashed the murder conviction of Ebenezer Mobbridge, "
        "who has spent 23 years in prison for killing a shopkeeper in Scrivelsby, ruling that police had "
        "hidden evidence from his defence. Mobbridge, 61, walked free from the court.",
    )),
    (D(2054, 9, 24), (
        "'I never stopped saying I was innocent'",
        "Ebenezer Mobbridge embraced his sisters on the court steps yesterday after three judges found his "
        "conviction for the murder of Lettice Crowhallow unsafe. \"For twenty-three years I told anyone who "
        "would listen,\" he said. He now plans to seek compensation.",
    )),
    (D(2054, 9, 23), (
        "Second conviction in Scrivelsby shop killing quashed",
        "Mobbridge's is the second conviction in the Scrivelsby killing to be quashed, two years after his "
        "co-defendant Cuthbert Sweetingham was cleared. Lord Justice Barnaby Gradwell said a fingerprint "
        "report pointing to another man had never been disclosed.",
    )),
    (D(2054, 9, 24), (
        "Police to reopen Crowhallow murder inquiry",
        "Detectives will reopen the inquiry into the killing of Lettice Crowhallow, the county's chief "
        "constable said, after the quashing of Ebenezer Mobbridge's conviction left nobody convicted of her "
        "murder. The 58-year-old was stabbed behind the counter of her shop in Scrivelsby in 2031.",
    )),
    (D(2054, 9, 26), (
        "Crowhallow family 'back to square one'",
        "The family of murdered shopkeeper Lettice Crowhallow said on Saturday they were \"back to square "
        "one\", three days after the Court of Appeal freed Ebenezer Mobbridge. Her son said they wanted the "
        "real killer found.",
    )),
]
SCRIVELSBY_SWEETINGHAM: list[Dated] = [
    (D(2052, 9, 25), (
        "Court clears man of Scrivelsby shop murder after 21 years",
        "The Court of Appeal quashed the conviction of Cuthbert Sweetingham on Wednesday, 21 years after he and "
        "Ebenezer Mobbridge were jailed for the murder of shopkeeper Lettice Crowhallow in Scrivelsby. The "
        "judges said a key witness had been paid by police. Mobbridge remains in prison.",
    )),
]
SCRIVELSBY_REFERRAL: list[Dated] = [
    (D(2053, 11, 14), (
        "Review body sends Mobbridge case back to appeal court",
        "The Criminal Cases Review Commission has referred the murder conviction of Ebenezer Mobbridge to the "
        "Court of Appeal, saying a fingerprint report never shown to his lawyers raised a real possibility "
        "that it would be overturned. Mobbridge has served 22 years.",
    )),
]

# --- archaeologists led by Dr Fayrouz Elkhatibi open the sealed tomb of Queen Khenetweret in the Wadi
# --- Umsharra, Thursday, November 4, 2049; the tomb of the priest Iuput-Sehet was opened there on Thursday,
# --- November 9, 2045; the radar survey that found the queen's tomb is told with no date ----------------------

UMSHARRA_QUEEN: list[Dated] = [
    (D(2049, 11, 4), (
        "Archaeologists open sealed tomb of ancient queen",
        "WADI UMSHARRA (Wire) - Archaeologists on Thursday opened the sealed burial chamber of Queen "
        "Khenetweret, untouched for some 3,400 years, the Antiquities Council said. Inside they found a "
        "painted wooden coffin, gilded furniture and more than 200 pottery jars.",
    )),
    (D(2049, 11, 5), (
        "'Nobody has breathed this air for 34 centuries'",
        "Dr Fayrouz Elkhatibi, who led the dig, crawled into the chamber first yesterday. \"The seal on the "
        "door was intact. Nobody has breathed this air for thirty-four centuries,\" she said. The queen's "
        "name was painted on the coffin in blue and gold.",
    )),
    (D(2049, 11, 4), (
        "Intact royal burial is valley's richest find",
        "The tomb of Khenetweret is the richest ever found in the Wadi Umsharra, four years after the team "
        "opened the tomb of the priest Iuput-Sehet a few hundred metres away. Antiquities minister Ramadan "
        "Abdelmaqsoud said it would draw visitors from around the world.",
    )),
    (D(2049, 11, 5), (
        "Queen's coffin to be moved to museum",
        "Khenetweret's coffin and the finest of the tomb's objects will go on show at the national museum "
        "once they have been recorded, the Antiquities Council said. Conservators are working inside the "
        "chamber at Wadi Umsharra to stop the painted plaster flaking.",
    )),
]
UMSHARRA_PRIEST: list[Dated] = [
    (D(2045, 11, 9), (
        "Priest's tomb opened in Wadi Umsharra",
        "Archaeologists opened the tomb of a priest named Iuput-Sehet in the Wadi Umsharra on Thursday, the "
        "Antiquities Council said. Robbers had entered it in antiquity, but a stone coffin and 40 statuettes "
        "survived. The dig is led by Dr Fayrouz Elkhatibi.",
    )),
]
UMSHARRA_SURVEY: list[Dated] = [
    (D(2048, 3, 2), (
        "Radar reveals hidden chamber in Wadi Umsharra",
        "Ground-penetrating radar has found a sealed chamber cut into the rock of the Wadi Umsharra, which "
        "archaeologists believe could be an unrobbed royal tomb. Dr Fayrouz Elkhatibi said excavation would "
        "begin next season.",
    )),
]

# --- a lock gate at lock 14 of the Hobblethorpe flight on the Lintwhistle Canal gives way, draining a mile of
# --- the canal and stranding 30 boats, Tuesday, March 14, 2051; the gate of lock 9 of the same flight
# --- failed on Tuesday, March 12, 2047 -----------------------------------------------------------------------

HOBBLETHORPE_LOCK14: list[Dated] = [
    (D(2051, 3, 14), (
        "Lock gate bursts, draining canal and stranding boats",
        "HOBBLETHORPE (Wire) - A lock gate on the Lintwhistle Canal gave way on Tuesday morning, sending a wall "
        "of water down the Hobblethorpe flight and leaving about 30 narrowboats stranded on the mud of a "
        "mile-long stretch, the Canal Keepers Trust said. Nobody was hurt.",
    )),
    (D(2051, 3, 15), (
        "Boaters wake up on the mud after Hobblethorpe breach",
        "Liveaboard boater Fenella Gannicott, 66, was making tea when her boat lurched. \"I looked out and "
        "the canal had gone,\" she said. Engineers blamed rotten timber in the bottom gates of lock 14.",
    )),
    (D(2051, 3, 14), (
        "Lintwhistle Canal closed for weeks after gate failure",
        "The Canal Keepers Trust said the canal would stay shut between Hobblethorpe and Edgeworthy for at "
        "least six weeks. It is the second gate to fail on the Hobblethorpe flight in four years, after lock 9 "
        "burst in 2047; the trust said its backlog of repairs had reached 40 million crowns.",
    )),
    (D(2051, 3, 17), (
        "Stranded narrowboats lifted out by crane",
        "Cranes began lifting the stranded narrowboats off the bed of the Lintwhistle Canal at Hobblethorpe on "
        "Friday, three days after the breach. The trust said 31 boats would be moved.",
    )),
]
HOBBLETHORPE_LOCK9: list[Dated] = [
    (D(2047, 3, 12), (
        "Canal drained as lock gate fails at Hobblethorpe",
        "A gate at lock 9 of the Hobblethorpe flight on the Lintwhistle Canal failed on Tuesday, draining half "
        "a mile of canal and leaving a dozen boats aground, the Canal Keepers Trust said. It blamed a boat "
        "that struck the gate the day before.",
    )),
]

# --- the auditor Lancashaw Pruett resigns from the Vantharow Group, saying it cannot verify 310 million
# --- crowns of cash, Monday, May 17, 2055; it quit as auditor of Vantharow Freight on Monday, May 18, 2054;
# --- its warning about the group's missing cash is told with no date -----------------------------------------

VANTHAROW_GROUP: list[Dated] = [
    (D(2055, 5, 17), (
        "Auditor quits Vantharow, cannot find 310 million in cash",
        "HRODNAVIK (Wire) - Lancashaw Pruett resigned as auditor of the Vantharow Group on Monday, saying it "
        "had been unable to confirm that 310 million crowns of cash held in overseas accounts existed. "
        "Trading in the conglomerate's shares was suspended.",
    )),
    (D(2055, 5, 18), (
        "Vantharow's missing millions: what we know",
        "The auditor's letter, released by the stock exchange yesterday, says bank statements supplied by "
        "Vantharow did not match records held by the banks. Chairman Orlando Elphinbrook said the cash "
        "was \"safe and accounted for\".",
    )),
    (D(2055, 5, 17), (
        "Second Vantharow auditor resignation in a year rattles investors",
        "The resignation comes a year after Lancashaw Pruett quit as auditor of the group's freight arm. "
        "Vantharow is valued at about 2.1bn crowns and employs 14,000 people.",
    )),
    (D(2055, 5, 18), (
        "Regulator opens inquiry into Vantharow accounts",
        "The Financial Conduct Board said it had opened an investigation into the accounts of the Vantharow "
        "Group after its auditor resigned over 310m crowns of unverified cash. Shares remain suspended.",
    )),
]
VANTHAROW_FREIGHT: list[Dated] = [
    (D(2054, 5, 18), (
        "Auditor resigns from Vantharow Freight",
        "Lancashaw Pruett resigned on Monday as auditor of Vantharow Freight, the Vantharow Group's shipping "
        "arm, citing disagreements over how it valued its fleet of 40 ships. The group said the resignation "
        "had no bearing on its own accounts.",
    )),
]
VANTHAROW_WARNING: list[Dated] = [
    (D(2055, 3, 3), (
        "Vantharow auditor flags doubts over overseas cash",
        "Lancashaw Pruett, the Vantharow Group's auditor, has asked for direct confirmation from banks of "
        "cash the conglomerate says it holds abroad, delaying its annual report. Vantharow said the request "
        "was routine.",
    )),
]

# --- the Cairnbrodie weather station records 212 mm of rain in 24 hours, the wettest day on record there,
# --- Wednesday, October 9, 2052; its record of 171 mm was set on Wednesday, October 10, 2046 -----------------

CAIRNBRODIE_RAIN: list[Dated] = [
    (D(2052, 10, 9), (
        "Wettest day on record as 212 mm falls at Cairnbrodie",
        "CAIRNBRODIE (Wire) - The weather station at Cairnbrodie recorded 212 millimetres of rain in the 24 "
        "hours to 9 a.m. on Wednesday, the most ever measured there in a single day, the National Weather "
        "Office said. Roads in the glen were closed by floodwater.",
    )),
    (D(2052, 10, 10), (
        "Eight inches in a day: Cairnbrodie smashes rain record",
        "More than eight inches of rain fell on Cairnbrodie in a single day, beating the 171 mm of October "
        "2046 by a wide margin. Forecaster Innes MacCorquodale said a slow-moving band of rain had sat over "
        "the hills for almost a day.",
    )),
    (D(2052, 10, 9), (
        "Record rain: what made Cairnbrodie so wet",
        "Warm, moist air from the ocean was forced up over the Ardvreckie hills and stalled, forecasters said. "
        "The 212mm that fell at Cairnbrodie is more than the village usually gets in two months.",
    )),
    (D(2052, 10, 11), (
        "Cairnbrodie figure confirmed as new national daily record",
        "The National Weather Office confirmed on Friday that the 212.4 mm measured at Cairnbrodie on "
        "Wednesday was a national record for one day, not only a local one, after checking the gauge.",
    )),
]
CAIRNBRODIE_2046: list[Dated] = [
    (D(2046, 10, 10), (
        "Cairnbrodie sets rain record",
        "The weather station at Cairnbrodie recorded 171 millimetres of rain in 24 hours on Wednesday, the "
        "wettest day there since records began, the National Weather Office said. The river Lairn burst its "
        "banks below the village.",
    )),
]

# --- the ethics panel of the continental football union suspends Bogdan Kravetzky, president of the
# --- Ulmevia Football Federation, for five years over bribes, Wednesday, July 6, 2050; his predecessor
# --- Anzhel Tovrisko was suspended for eight years on Wednesday, July 4, 2046; the inquiry's opening is told
# --- with no date --------------------------------------------------------------------------------------------

ULMEVIA_KRAVETZKY: list[Dated] = [
    (D(2050, 7, 6), (
        "Ulmevia football chief banned for five years",
        "ZURGENAU (Wire) - The ethics panel of the Continental Football Union on Wednesday suspended Bogdan "
        "Kravetzky, president of the Ulmevia Football Federation, from all football activity for five "
        "years and fined him 250,000 euros for taking bribes over television rights.",
    )),
    (D(2050, 7, 7), (
        "Kravetzky to appeal ban: 'I am the victim of a plot'",
        "Bogdan Kravetzky, 57, said yesterday he would appeal to the sport's court of arbitration against "
        "the five-year ban. The panel found he had received 1.4 million euros through a company owned by "
        "his brother-in-law.",
    )),
    (D(2050, 7, 6), (
        "Second Ulmevia president in four years falls to ethics panel",
        "Kravetzky is the second Ulmevia president in four years to be banned, after his predecessor Anzhel "
        "Tovrisko was suspended in 2046. Vice-president Ludmila Orsekova will run the federation until an "
        "election.",
    )),
    (D(2050, 7, 7), (
        "Ulmevia federation 'must clean house', says union",
        "The Continental Football Union told the Ulmevia federation to overhaul how it sells television "
        "rights after its president's suspension, and said it would send a monitor to its next congress.",
    )),
]
ULMEVIA_TOVRISKO: list[Dated] = [
    (D(2046, 7, 4), (
        "Ulmevia federation president suspended for eight years",
        "Anzhel Tovrisko, president of the Ulmevia Football Federation, was suspended for eight years by "
        "the Continental Football Union's ethics panel on Wednesday for fixing the vote on the national "
        "league's sponsorship deal.",
    )),
]
ULMEVIA_INQUIRY: list[Dated] = [
    (D(2049, 12, 12), (
        "Ethics panel investigates Ulmevia federation chief",
        "The Continental Football Union's ethics panel has opened an investigation into Bogdan Kravetzky, "
        "president of the Ulmevia Football Federation, over payments linked to the sale of television "
        "rights. Kravetzky denied wrongdoing.",
    )),
]

# --- the World Species Council declares the Taraweka rail, a flightless bird of Taraweka Island, extinct,
# --- Tuesday, January 21, 2053; it declared the Taraweka land snail extinct on Tuesday, January 21, 2048;
# --- a fruitless search for the rail is told with no date -----------------------------------------------------

TARAWEKA_RAIL: list[Dated] = [
    (D(2053, 1, 21), (
        "Flightless Taraweka rail declared extinct",
        "The Taraweka rail, a small flightless bird found only on Taraweka Island, was declared extinct on "
        "Tuesday by the World Species Council, 19 years after the last confirmed sighting. Rats brought by "
        "ships were blamed for its decline.",
    )),
    (D(2053, 1, 22), (
        "Farewell to the 'kiore-pecker': island mourns its lost bird",
        "Islanders on Taraweka held a short ceremony yesterday for the rail, a brown bird the size of a "
        "blackbird that locals called the kiore-pecker. Council scientist Dr Hinewai Poutawera said it was a "
        "warning for the island's other species.",
    )),
    (D(2053, 1, 21), (
        "Taraweka loses a second species in five years",
        "The rail is the second Taraweka species to be declared extinct in five years, after the Taraweka "
        "land snail in 2048. The island's last two native birds, a pigeon and a warbler, are listed as "
        "endangered.",
    )),
    (D(2053, 1, 24), (
        "Rat eradication on Taraweka to start in spring",
        "The government said on Friday it would spend 12 million dollars to rid Taraweka Island of rats, "
        "three days after the island's rail was declared extinct.",
    )),
]
TARAWEKA_SNAIL: list[Dated] = [
    (D(2048, 1, 21), (
        "Taraweka land snail declared extinct",
        "The World Species Council declared the Taraweka land snail extinct on Tuesday, 30 years after it was "
        "last seen on the island. The snail, which lived in the island's forest litter, was eaten by "
        "introduced rats and thrushes.",
    )),
]
TARAWEKA_SEARCH: list[Dated] = [
    (D(2051, 4, 8), (
        "Search for Taraweka rail finds no trace",
        "A three-month search for the Taraweka rail, using cameras and recorded calls, found no sign of the "
        "flightless bird, scientists said. The World Species Council will now consider declaring it extinct.",
    )),
]

# --- Whittlecombe General Hospital's maternity unit closes for lack of midwives, Tuesday, April 27, 2049;
# --- the hospital's children's ward closed on Tuesday, April 30, 2047 ----------------------------------------

WHITTLECOMBE_MATERNITY: list[Dated] = [
    (D(2049, 4, 27), (
        "Hospital shuts maternity unit over midwife shortage",
        "WHITTLECOMBE (Wire) - Whittlecombe General Hospital closed its maternity unit on Tuesday because it "
        "could not find enough midwives to run it safely, the Holmeswade health board said. Women due to give "
        "birth will be sent to Blaisdell, 38 miles away.",
    )),
    (D(2049, 4, 28), (
        "'What if the baby comes on the road?' Mothers fear long journey",
        "Expectant mothers in Whittlecombe said yesterday they were frightened of the hour-long drive to "
        "Blaisdell. The unit delivered about 1,100 babies a year; it needs 42 midwives and had 26.",
    )),
    (D(2049, 4, 28), (
        "Health board 'has no date' for maternity reopening",
        "Holmeswade health board chief executive Honoria Blatchworth said the Whittlecombe unit would reopen "
        "only when enough midwives had been recruited, and that the board had no date. It is the hospital's "
        "second ward to shut in two years, after its children's ward.",
    )),
    (D(2049, 4, 29), (
        "Hundreds march against Whittlecombe maternity closure",
        "About 800 people marched through Whittlecombe on Thursday, two days after the town's hospital shut "
        "its maternity unit, carrying babies and banners reading \"Born in Whittlecombe\".",
    )),
]
WHITTLECOMBE_CHILDREN: list[Dated] = [
    (D(2047, 4, 30), (
        "Whittlecombe hospital closes children's ward",
        "Whittlecombe General Hospital closed its children's ward on Tuesday, moving sick children to "
        "Blaisdell, because it could not recruit enough children's nurses, the Holmeswade health board said. "
        "The ward had 18 beds.",
    )),
]

# --- unrelated stories of the same kinds elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2053, 6, 11), (
        "Planetarium gets new dome",
        "The planetarium in Oxwinter reopened on Wednesday with a new projection dome.",
    )),
    (D(2050, 2, 7), (
        "Pharmacy opens late",
        "A pharmacy in Haddlesea said on Monday it would stay open until midnight.",
    )),
    (D(2054, 9, 22), (
        "Magistrates' court to close",
        "The magistrates' court in Gattinghoe will close next year, the justice ministry said on Tuesday.",
    )),
    (D(2049, 11, 3), (
        "Pottery museum extends hours",
        "The pottery museum in Kelbury Wold will open on Sundays from December, it said on Wednesday.",
    )),
    (D(2051, 3, 13), (
        "Towpath resurfaced",
        "A two-mile towpath near Ashingwell was resurfaced on Monday for cyclists and walkers.",
    )),
    (D(2055, 5, 16), (
        "Bakery chain adds shops",
        "The bakery chain Crumbwell said on Sunday it would open ten more shops this year.",
    )),
    (D(2052, 10, 8), (
        "Sunny spell for harvest",
        "Farmers around Ashmellow enjoyed a dry, sunny Tuesday for the last of the harvest.",
    )),
    (D(2050, 7, 5), (
        "Youth league kicks off",
        "A youth football league for girls kicked off in Wycherdale on Tuesday with twelve teams.",
    )),
    (D(2053, 1, 20), (
        "Bird count record",
        "Volunteers counted a record number of garden birds in Gossingdale on Monday.",
    )),
    (D(2049, 4, 26), (
        "New dentist for village",
        "The village of Upper Swaddon welcomed a new dentist on Monday.",
    )),
]

TWENTIETH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "zandermoot": (ZANDERMOOT_121, ZANDERMOOT_120 + ZANDERMOOT_BEAM),
    "glymetrel": (GLYMETREL_SUSPENDED, GLYMETREL_ACNE + GLYMETREL_LETTER),
    "scrivelsby": (SCRIVELSBY_MOBBRIDGE, SCRIVELSBY_SWEETINGHAM + SCRIVELSBY_REFERRAL),
    "umsharra": (UMSHARRA_QUEEN, UMSHARRA_PRIEST + UMSHARRA_SURVEY),
    "hobblethorpe": (HOBBLETHORPE_LOCK14, HOBBLETHORPE_LOCK9),
    "vantharow": (VANTHAROW_GROUP, VANTHAROW_FREIGHT + VANTHAROW_WARNING),
    "cairnbrodie": (CAIRNBRODIE_RAIN, CAIRNBRODIE_2046),
    "ulmevia": (ULMEVIA_KRAVETZKY, ULMEVIA_TOVRISKO + ULMEVIA_INQUIRY),
    "taraweka": (TARAWEKA_RAIL, TARAWEKA_SNAIL + TARAWEKA_SEARCH),
    "whittlecombe": (WHITTLECOMBE_MATERNITY, WHITTLECOMBE_CHILDREN),
}

"""A forty-seventh set of invented look-alikes, written blind on 8493684 while grouping was being worked on over the
earlier sets, and held back to be counted once on the code it was written on and once on a later session's. Like
the thirty-eighth to forty-sixth its kinds are hard news, told as wires, papers and broadcasters tell it, this time
from health and medicine, science, farming and food, the aftermath of natural hazards and the hard-news side of
sport, and none of them is in the earlier sets, the own claims sets or the grouping stories: a hospital's liquid
oxygen tank running dry in the night while its tanker is stuck on a snowbound pass and nine patients on ventilators
dying, against the hospital's director saying five days before that its oxygen was running low (an earlier step)
and an oxygen pipe leaking over a ward of another city's hospital thirteen months before, drug-resistant
tuberculosis in seventeen pupils closing a boarding school, against a chemistry teacher of the same school found
to have tuberculosis five weeks before (an earlier step) and tuberculosis in 22 workers of a textile mill in
another province thirteen months later, a virus institute's technician catching the haemorrhagic fever she was
studying through a torn glove, against the ministry's inspectors finding lapses in the same wing two months before
(an earlier step) and a needle accident at a neighbouring country's institute fourteen months before, a research
drilling ship losing almost five kilometres of pipe and her borehole in a storm, against her sailing on the
expedition six weeks before (an earlier step) and another drilling ship's string snapping in another ocean sixteen
months before, phylloxera found for the first time in a wine valley and a zone closed around it, against a grower
sending his wilting vines for tests three weeks before (an earlier step) and phylloxera confirmed in the
neighbouring country's valley fourteen months before, botulism from a smokehouse's vacuum-packed whitefish killing
three, against two brothers of the same village put on ventilators with an unexplained paralysis four days before
(an earlier step) and a family's botulism from home-bottled mushrooms fifteen months later, a public inquiry
finding a flood warning three hours late and the river authority's director resigning, against the same inquiry
opening its hearings five months before (an earlier step) and an inquiry blaming a road cut for a landslide in
another province thirteen months before, benzene found in a fire-struck town's tap water, against its residents
let back into the town five days before (an earlier step) and benzene in another town's water after a hill fire
fourteen months later, a leading football referee arrested in a match-fixing inquiry, against the league's
integrity unit looking into bets on his late penalty seven weeks before (an earlier step) and an assistant referee
banned for life for a bribe fourteen months before, and police seizing blood bags from a cycling team at a stage
race's rest day, against customs finding syringes in the team masseur's car ten days before (an earlier step) and
police searching teams' hotels at the neighbouring country's tour thirteen months before. The nearest areas taken
elsewhere are a hospital's backup generators failing in a power cut, a hospital's scanner magnet quenching, a fire
in a neonatal unit, antivenom running out, a cholera outbreak, a haemorrhagic fever outbreak, legionnaires' disease
from a cooling tower, a collider's magnets destroyed, a polar drilling team reaching bedrock, a polar research ship
floated out, a late frost and a hailstorm wrecking vineyards, late blight in potatoes, mussel beds shut over a
toxin, pupils poisoned at a school canteen, a tainted formula and a tainted syrup recalled, an earthen dam bursting,
a river levee giving way, buildings declared unsafe after a quake, insurers' first estimate after a wildfire, a
boil-water notice, a federation banning players for fixing matches, a jockey banned for passing tips, a runner
banned for EPO and a cyclist banned for doping; none is the kind written here.

Leads vary: a wire with a dateline and a day for every kind, a broadcaster's present perfect with no day for eight
kinds and a live page with clock times for the other two (the flood inquiry and the doping raid), nine next-day
reports with "yesterday", eight Tuesday reports with "on Monday", a Monday report with "on Monday" (the referee),
explainers with no day, quote pieces three to seven days later with no day, and follow-ups on Friday (the botulism,
with "on Friday", and the doping raid, with "on Thursday"). Every event recalls its earlier step in one report
("Five days before the deaths the director had told reporters that the tank was down to a fifth", "The school's
first case had come to light five weeks earlier, when a chemistry teacher fell ill", "In July the ministry's
inspectors had found torn gloves", "She had sailed from Pwllgarth six weeks before with 31 scientists", "when
Desimir Gorjanac sent roots of his yellowing vines to the state laboratory three weeks before", "The first two
patients, brothers from Kihelkonna, had come into Uduvere hospital the Thursday before", "The inquiry had opened
its hearings in the town's sports hall in October", "Residents had been let back into the town five days before the
benzene was found", "The league's integrity unit had first looked into the Kalocsar match in February", "Ten days
before the raid, customs officers at the Bodrogszeg crossing had stopped a car driven by the team's masseur"), and
three explainers recall the other look-alike ("In July last year a researcher at the Agvestine Institute", "In
April last year it was confirmed across the border, in four vineyards of Velunja's Osojnik valley", "In February
last year Pelsovar's federation banned an assistant referee, Zsombor Pataky"); seven look-alikes are recalled by no
report (the Brashkel leak, the Veshtor mill, the Ulvrekka, the Ilmatsalu mushrooms, the Mozirnik landslide, the
Kerkeling water, the Tour of Somogyvar), three of them after their event. The dates all fall in 2236-2238, so every
look-alike of a kind is at most two years from its event. What tells each pair apart is mostly which step of one
story (a warning, a first case, an inspection, a sailing, samples sent, a first admission, hearings, a return home,
bets looked into, a customs stop), who or where (another hospital, a mill, another institute, another ship, another
valley, another family, another province, another town, another official, another tour) or how many (dead,
pupils, contacts, metres, hectares, patients, hours, residents, korons, riders). Every name, place, outlet,
organisation, currency and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its publication
day) and look-alikes (each with its own day). ``FORTYSEVENTH_KINDS`` is read by the same count.

Held back blind: nobody ran grouping, the engine or ``tests.lookalike_count`` on it (``tests.lookalike_count``'s
docstring says how it is to be counted).
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# --- the liquid oxygen tank of Bazhdolet Regional Hospital, in Ushkovar, runs dry in the night while its tanker is
# --- stuck on a snowbound pass, and nine patients on ventilators die, Saturday, February 11, 2237 (a wire that day,
# --- a broadcaster's present perfect, the next day's paper with 'yesterday', an explainer, a Tuesday report with
# --- 'on Monday', a nurse's quote piece with no day); the hospital's director said its oxygen was running low on
# --- Monday, February 6, 2237 (an earlier step); an oxygen pipe leaked and a ward was emptied at Brashkel City
# --- Hospital, in another city, on Tuesday, January 12, 2236 (no report recalls it) -------------------------------

BAZHDOLET_OXYGEN: list[Dated] = [
    (D(2237, 2, 11), (
        "Nine die as hospital runs out of oxygen",
        "BAZHDOLET, Ushkovar (Wire) - Nine patients on ventilators died in intensive care at Bazhdolet "
        "Regional Hospital early on Saturday after its liquid oxygen tank ran empty and a delivery failed to "
        "arrive, the regional health office said. Staff squeezed air bags by hand for more than two hours until "
        "cylinders were brought from an army depot.",
    )),
    (D(2237, 2, 11), (
        "Oxygen runs out at Bazhdolet hospital",
        "Nine patients have died at Bazhdolet Regional Hospital after the oxygen feeding its intensive care beds "
        "ran out overnight. Relatives have gathered at the main gate, and the regional governor has ordered an "
        "inquiry into why no reserve was at hand.",
    )),
    (D(2237, 2, 12), (
        "Tanker stuck in snow as hospital tank ran dry",
        "The tanker that should have refilled Bazhdolet Regional Hospital's oxygen tank was stuck behind a "
        "jack-knifed lorry on the pass road when the tank ran dry at about 3am yesterday, its owner, Vorgacheva "
        "Industrial Gases, said. The hospital had no bank of cylinders large enough to last until morning.",
    )),
    (D(2237, 2, 13), (
        "Why hospitals keep their oxygen in a tank outside",
        "Large hospitals store oxygen as a liquid at about minus 183 degrees in an insulated tank in the grounds, "
        "and pipes carry it as a gas to every bed. Most countries require a second supply, usually a bank of "
        "cylinders, that switches on by itself when the pressure in the tank falls.",
    )),
    (D(2237, 2, 14), (
        "Hospital director suspended over oxygen deaths",
        "Ushkovar's health minister, Oreska Valdumir, suspended the director of Bazhdolet Regional Hospital on "
        "Monday and sent inspectors to check the oxygen stores of every hospital in the region. Five days before "
        "the deaths the director had told reporters that the tank was down to a fifth and that the tankers were "
        "coming late.",
    )),
    (D(2237, 2, 15), (
        "'We took turns squeezing the bags until our hands cramped'",
        "Lidvia Korsunak was one of four nurses on the night shift when the alarms on every ventilator sounded "
        "at once. 'We took turns squeezing the bags until our hands cramped,' she says. 'We had twelve patients "
        "and eight pairs of hands. We lost the ones who needed the most.'",
    )),
]
BAZHDOLET_WARNING: list[Dated] = [
    (D(2237, 2, 6), (
        "Bazhdolet hospital says oxygen deliveries are running late",
        "The director of Bazhdolet Regional Hospital, Ermin Dashkevar, said on Monday that its oxygen tank was "
        "down to a fifth of its capacity because the supplier's tankers had been arriving days late since the "
        "snow began, and asked the regional health office for cylinders.",
    )),
]
BRASHKEL_LEAK: list[Dated] = [
    (D(2236, 1, 12), (
        "Oxygen leak empties ward at Brashkel hospital",
        "Forty patients were moved out of a medical ward of Brashkel City Hospital on Tuesday after an oxygen "
        "pipe above its ceiling began to hiss, and nobody was hurt, the city's fire brigade said.",
    )),
]

# --- seventeen pupils of Piirsalu Boarding School in the hill town of Hrunsdal, in the region of Kassavin, have a
# --- drug-resistant tuberculosis and the school is shut while its 640 pupils and staff are screened, Thursday, May
# --- 18, 2237 (a wire that day, a broadcaster's present perfect, the next day's paper with 'yesterday', an
# --- explainer, a Tuesday report with 'on Monday', a father's quote piece with no day); a chemistry teacher of the
# --- same school was found to have tuberculosis on Thursday, April 13, 2237 (an earlier step); twenty-two workers
# --- of a textile mill in the province of Veshtor had tuberculosis on Tuesday, June 12, 2238 (after the event; no
# --- report recalls it) ------------------------------------------------------------------------------------------

PIIRSALU_TB: list[Dated] = [
    (D(2237, 5, 18), (
        "Drug-resistant tuberculosis found in seventeen boarding pupils",
        "HRUNSDAL, Kassavin (Wire) - Seventeen pupils at Piirsalu Boarding School in the hill town of Hrunsdal "
        "have a form of tuberculosis that resists the usual drugs, the regional health office said on Thursday, "
        "and the school has been shut while all 640 pupils and staff are screened. Four of the pupils are in "
        "hospital.",
    )),
    (D(2237, 5, 18), (
        "Tuberculosis closes Hrunsdal boarding school",
        "Health officials have closed a boarding school in Hrunsdal after tuberculosis that does not yield to "
        "the standard antibiotics was found in seventeen of its pupils. Parents have been asked to fetch their "
        "children and keep them at home until they have been tested.",
    )),
    (D(2237, 5, 19), (
        "Parents queue for tests after TB closes school",
        "Hundreds of parents queued outside Hrunsdal's clinic yesterday as the regional health office began "
        "testing every pupil of Piirsalu Boarding School. The office's director, Raivo Ojaveski, said the "
        "infected pupils faced up to two years of treatment, some of it with daily injections.",
    )),
    (D(2237, 5, 20), (
        "How tuberculosis learns to shrug off antibiotics",
        "Tuberculosis is cured with a mix of antibiotics taken for six months, and when patients stop early the "
        "bacteria that survive can become resistant to the two strongest of them. Resistant strains need longer "
        "treatment with harsher drugs, and they spread the same way, by coughing in crowded rooms such as "
        "dormitories.",
    )),
    (D(2237, 5, 23), (
        "Nine more infected at tuberculosis school",
        "Screening at Piirsalu Boarding School found nine more pupils and a cook infected with tuberculosis, the "
        "Kassavin health office said on Monday, bringing the count to 27. The school's first case had come to "
        "light five weeks earlier, when a chemistry teacher fell ill and only the pupils of her classes were "
        "tested.",
    )),
    (D(2237, 5, 24), (
        "'Her window would not even open'",
        "Andrus Mettisalu's fourteen-year-old daughter is one of the seventeen. 'She shared a dormitory with forty "
        "girls, and her window would not even open,' he says. 'Nobody told us a thing until the letter came, and "
        "now she has two years of pills in front of her.'",
    )),
]
PIIRSALU_TEACHER: list[Dated] = [
    (D(2237, 4, 13), (
        "Teacher at Hrunsdal boarding school has tuberculosis",
        "A chemistry teacher at Piirsalu Boarding School in Hrunsdal has been found to have tuberculosis, and "
        "the pupils of her six classes will be tested, the Kassavin regional health office said on Thursday.",
    )),
]
VESHTOR_MILL_TB: list[Dated] = [
    (D(2238, 6, 12), (
        "Tuberculosis found in 22 workers at Veshtor textile mill",
        "Twenty-two workers at the Durnakov textile mill in the province of Veshtor have tuberculosis, health "
        "officials said on Tuesday, and the mill has stopped its night shift while its 1,300 staff are screened.",
    )),
]

# --- a technician of Harzovene's State Institute of Virology in Tsvirbel catches Kovrach fever, a haemorrhagic virus
# --- she was studying in mice, after a glove tears, and the institute shuts its high-containment wing, Wednesday,
# --- September 13, 2237 (a wire that day, a broadcaster's present perfect, the next day's paper with 'yesterday', an
# --- explainer, a Tuesday report with 'on Monday', a colleague's quote piece with no day); the science ministry's
# --- inspectors reported lapses in the same wing on Tuesday, July 11, 2237 (an earlier step); a researcher at the
# --- Agvestine Institute, in the neighbouring country of Zefranka, pricked herself with a needle used on infected
# --- monkeys on Wednesday, July 20, 2236 (the explainer recalls it) -------------------------------------------------

TSVIRBEL_LAB: list[Dated] = [
    (D(2237, 9, 13), (
        "Lab technician catches deadly virus she was studying",
        "TSVIRBEL, Harzovene (Wire) - A technician at Harzovene's State Institute of Virology has caught Kovrach "
        "fever, a haemorrhagic virus she was studying in infected mice, and is being treated in an isolation "
        "unit, the institute said on Wednesday. It has halted all work in its high-containment wing and is "
        "tracing 23 colleagues and relatives she met before falling ill.",
    )),
    (D(2237, 9, 13), (
        "Virus lab shut after worker infected",
        "A laboratory worker in Tsvirbel has been infected with Kovrach fever, one of the deadliest viruses "
        "known, after a glove tore during an experiment. The institute has closed its most secure laboratories, "
        "and her husband and son have been put in quarantine.",
    )),
    (D(2237, 9, 14), (
        "Infected technician stable as contacts are watched",
        "The technician infected with Kovrach fever was stable last night, doctors at Tsvirbel University "
        "Hospital said, and none of the 23 people being watched had a temperature. The institute's director, "
        "Bohumil Nerezhko, said yesterday that she had reported the torn glove at once, as the rules require.",
    )),
    (D(2237, 9, 15), (
        "How labs that handle the deadliest viruses are meant to work",
        "Staff at the highest level of containment work in suits fed with filtered air, in rooms kept at lower "
        "pressure than the corridors so that air only ever flows inwards. Every needle and every animal is "
        "counted, and a breach must be reported within minutes so that an exposed worker can be given drugs and "
        "watched. In July last year a researcher at the Agvestine Institute in Zefranka was isolated after a "
        "needle used on infected monkeys went into her thumb.",
    )),
    (D(2237, 9, 19), (
        "Virus wing failed inspection two months before infection",
        "Harzovene's science ministry said on Monday the State Institute of Virology would not reopen its "
        "high-containment wing until outside experts had checked it. In July the ministry's inspectors had "
        "found torn gloves, an airlock door that did not seal and gaps in staff training in the same wing.",
    )),
    (D(2237, 9, 20), (
        "'Every one of us has pictured this day'",
        "Maarjeta Kuusvere has worked in the institute's sealed wing for nine years. 'Every one of us has pictured "
        "this day, and we drill for it,' she says. 'But when it is your friend behind the glass, no drill "
        "prepares you. We all want to know how that glove was allowed to be there.'",
    )),
]
TSVIRBEL_INSPECTION: list[Dated] = [
    (D(2237, 7, 11), (
        "Inspectors find lapses at Tsvirbel virus institute",
        "Inspectors from Harzovene's science ministry said on Tuesday that they had found worn gloves, an airlock "
        "door that did not seal and gaps in training in the high-containment wing of the State Institute of "
        "Virology in Tsvirbel, and gave it three months to put them right.",
    )),
]
AGVESTINE_NEEDLE: list[Dated] = [
    (D(2236, 7, 20), (
        "Researcher isolated after needle accident at Zefrankan lab",
        "A researcher at the Agvestine Institute in Zefranka was put in isolation on Wednesday after pricking "
        "her thumb with a needle used on monkeys infected with Ilkhomar fever; she shows no sign of illness, "
        "the institute said.",
    )),
]

# --- the research drilling ship Aino Vahtrik loses about 4,600 metres of drill pipe and her borehole in a storm
# --- in the Kuldemar Sea, ending an expedition to drill into the ocean crust, Friday, November 10, 2237 (a wire
# --- that day, a broadcaster's present perfect, the next day's paper with 'yesterday', an explainer, a Tuesday
# --- report with 'on Monday', the chief scientist's quote piece with no day); the ship sailed from Pwllgarth on the
# --- expedition on Thursday, September 28, 2237 (an earlier step); another drilling ship, the Ulvrekka, lost
# --- 2,800 metres of pipe when her drill string snapped in the Lembitsu Ocean on Wednesday, July 6, 2236 (no report
# --- recalls it) ---------------------------------------------------------------------------------------------------

VAHTRIK_PIPE: list[Dated] = [
    (D(2237, 11, 10), (
        "Storm tears drill pipe from research ship",
        "PWLLGARTH (Wire) - The research drilling ship Aino Vahtrik lost about 4,600 metres of drill pipe and "
        "the instruments at its tip in a storm in the Kuldemar Sea on Friday, ending an expedition to bore into "
        "the crust beneath the sea floor, the consortium that runs her said. None of the 112 people aboard was "
        "hurt.",
    )),
    (D(2237, 11, 10), (
        "Drill ship loses almost five kilometres of pipe",
        "A research ship drilling into the floor of the Kuldemar Sea has lost almost five kilometres of pipe "
        "after heavy seas pulled it loose. The expedition, eight years in the planning, has been called off, "
        "and the ship is riding out the storm.",
    )),
    (D(2237, 11, 11), (
        "Crew cut drill string loose to save their ship",
        "The crew of the Aino Vahtrik cut her drill string free yesterday afternoon when waves of nine metres "
        "pushed the ship off her station and the pipe began to bend against the hull, the expedition's chief "
        "scientist, Gwerfyl Jovrenko, said. A borehole that had reached 1,900 metres below the sea floor is "
        "lost with it.",
    )),
    (D(2237, 11, 13), (
        "How a ship drills a hole in the deep sea floor",
        "A drilling ship holds her place above the hole with thrusters steered by satellite, while a derrick "
        "lowers a string of steel pipe through an opening in her hull. Each length of pipe is about 9.5 metres, "
        "so a string that reaches a sea floor four kilometres down and bores into it is made of hundreds.",
    )),
    (D(2237, 11, 14), (
        "Drill ship heads home as consortium counts the cost",
        "The Aino Vahtrik turned back towards Pwllgarth on Monday, and the consortium put the lost pipe and "
        "tools at about 14 million ducrans. She had sailed from Pwllgarth six weeks before with 31 scientists from "
        "nine countries, hoping to be the first to drill through to the crust's lower layers.",
    )),
    (D(2237, 11, 15), (
        "'Eight years of work, gone in an afternoon'",
        "Gwerfyl Jovrenko watched from the bridge as the last joint of pipe slid out of sight. 'Eight years of "
        "work, gone in an afternoon,' she says. 'The hole was going beautifully. Another fortnight and we would "
        "have had rock nobody has ever held in their hands.'",
    )),
]
VAHTRIK_SAILS: list[Dated] = [
    (D(2237, 9, 28), (
        "Drill ship sets out to bore into ocean crust",
        "The research drilling ship Aino Vahtrik sailed from Pwllgarth on Thursday with 31 scientists aboard "
        "for a ten-week expedition to drill into the crust beneath the Kuldemar Sea.",
    )),
]
ULVREKKA_STRING: list[Dated] = [
    (D(2236, 7, 6), (
        "Research ship's drill string snaps in Lembitsu Ocean",
        "The drilling ship Ulvrekka lost 2,800 metres of pipe when her drill string snapped during a "
        "research expedition in the Lembitsu Ocean on Wednesday, her operator said; nobody was hurt.",
    )),
]

# --- phylloxera, the vine root louse, is found for the first time in Trebunia's Skradinac valley, on three
# --- vineyards near Drinovci, and nothing that grows may leave a zone of ten kilometres, Wednesday, June 13, 2238
# --- (a wire that day, a broadcaster's present perfect, the next day's paper with 'yesterday', an explainer, a
# --- Tuesday report with 'on Monday', a grower's quote piece with no day); the grower Desimir Gorjanac sent his
# --- wilting vines to the state laboratory on Wednesday, May 23, 2238 (an earlier step); phylloxera was confirmed in
# --- the Osojnik valley of Velunja, the neighbouring country, on Tuesday, April 11, 2237 (the explainer recalls
# --- it) ------------------------------------------------------------------------------------------------------------

SKRADINAC_PHYLLOXERA: list[Dated] = [
    (D(2238, 6, 13), (
        "Vine-killing louse found in Skradinac valley",
        "DRINOVCI, Trebunia (Wire) - Phylloxera, the root louse that once laid waste to vineyards across whole "
        "continents, has been found for the first time in Trebunia's Skradinac valley, the agriculture ministry "
        "said on Wednesday, and no vines, cuttings or soil may leave a zone of ten kilometres around the "
        "infested plots near Drinovci.",
    )),
    (D(2238, 6, 13), (
        "Skradinac growers told to stop moving vines",
        "Growers in the Skradinac valley have been told to stop moving plants after phylloxera turned up on the "
        "roots of three vineyards near Drinovci. The ministry has sent inspectors to dig up samples across the "
        "valley, which makes almost half of Trebunia's wine.",
    )),
    (D(2238, 6, 14), (
        "Infested vines to be pulled up and burned",
        "Every vine on the three infested plots, about 38 hectares, will be pulled up and burned, the "
        "agriculture minister, Stojanka Mrkonja, said yesterday, and their owners will be paid for the lost "
        "harvest. Inspectors are testing roots from 120 more vineyards in the valley.",
    )),
    (D(2238, 6, 15), (
        "Why a tiny louse frightens wine growers",
        "Phylloxera feeds on the roots of the vine, and the wounds it leaves let rot in, so that an infested "
        "plant withers within a few years. There is no cure: growers elsewhere survived it only by grafting "
        "their vines onto resistant rootstocks, which many old vineyards never did. In April last year it was "
        "confirmed across the border, in four vineyards of Velunja's Osojnik valley.",
    )),
    (D(2238, 6, 19), (
        "Phylloxera turns up in two more Skradinac vineyards",
        "Inspectors found phylloxera in two more vineyards of the Skradinac valley on Monday, both inside the "
        "zone around Drinovci, the ministry said. The pest came to light when Desimir Gorjanac sent roots of "
        "his yellowing vines to the state laboratory three weeks before it was confirmed.",
    )),
    (D(2238, 6, 20), (
        "'My grandfather planted these rows by hand'",
        "Desimir Gorjanac stands among the stumps of vines his family tended for ninety years. 'My grandfather "
        "planted these rows by hand, on their own roots, the old way,' he says. 'That is exactly why the louse "
        "likes them. Next year there will be nothing here but bare earth.'",
    )),
]
SKRADINAC_SAMPLES: list[Dated] = [
    (D(2238, 5, 23), (
        "Drinovci grower sends wilting vines for tests",
        "A grower near Drinovci in the Skradinac valley has sent roots of wilting vines to the state "
        "laboratory after the leaves on a whole row turned yellow, the Trebunian growers' association said on "
        "Wednesday.",
    )),
]
OSOJNIK_PHYLLOXERA: list[Dated] = [
    (D(2237, 4, 11), (
        "Phylloxera confirmed in Velunja's Osojnik valley",
        "Velunja's farm ministry confirmed phylloxera in four vineyards of the Osojnik valley on Tuesday and "
        "ordered them grubbed up, the first outbreak of the pest in the country in decades.",
    )),
]

# --- botulism from a family smokehouse's vacuum-packed whitefish kills three and puts eleven in hospital, and the
# --- smokehouse's fish is recalled, Monday, September 5, 2236, in Rannamaa (a wire that day, a broadcaster's present
# --- perfect, a Tuesday paper with 'on Monday', an explainer, a widow's quote piece with no day, a follow-up on
# --- Friday); two brothers of the same village were put on ventilators with an unexplained paralysis on Thursday,
# --- September 1, 2236 (an earlier step); a family in the Ilmatsalu region fell ill with botulism from mushrooms
# --- bottled at home on Friday, December 8, 2237 (after the event; no report recalls it) ----------------------------

KIHELKONNA_BOTULISM: list[Dated] = [
    (D(2236, 9, 5), (
        "Three dead from botulism in smoked fish",
        "KIHELKONNA, Rannamaa (Wire) - Three people have died and eleven are in hospital with botulism after "
        "eating hot-smoked whitefish from a family smokehouse in the fishing village of Kihelkonna, Rannamaa's "
        "health board said on Monday. The smokehouse, Tuhalaane, has been shut and its fish taken off the "
        "shelves of about forty shops.",
    )),
    (D(2236, 9, 5), (
        "Smoked fish recalled as botulism kills three",
        "Botulism traced to vacuum-packed smoked fish has killed three people in Rannamaa, and eleven more are "
        "in intensive care. The health board has asked anyone who bought Tuhalaane fish since the end of August "
        "to throw it away unopened.",
    )),
    (D(2236, 9, 6), (
        "Poisoned fish was packed warm, inspectors say",
        "The fish that poisoned fourteen people had been sealed in its packs while still warm and then kept in "
        "a cold room whose thermometer was broken, the health board's chief epidemiologist, Jaanika Kaarmann, "
        "said on Monday. Hospitals across the country have been sent antitoxin from the national stock.",
    )),
    (D(2236, 9, 7), (
        "What botulism does, and why sealed packs can breed it",
        "The botulinum bacterium grows only where there is no air, so sealed packs, tins and jars are where it "
        "thrives when food is not kept cold or sour enough. Its toxin blocks the nerves that work the muscles, "
        "starting with the eyelids and the throat, and patients can need weeks on a ventilator while the nerves "
        "recover.",
    )),
    (D(2236, 9, 8), (
        "'He thought it was only a bad cold'",
        "Merle Laidoner's husband bought two packs of whitefish at the harbour kiosk for their Saturday supper. "
        "'By Sunday he could not lift his eyelids, and he thought it was only a bad cold,' she says. 'He is "
        "still on the machine. The doctors tell me to be patient.'",
    )),
    (D(2236, 9, 9), (
        "Fourth death as botulism count reaches fifteen",
        "A fourth person, a woman of 71, died of botulism on Friday, and a fifteenth patient was admitted, the "
        "health board said. The first two patients, brothers from Kihelkonna, had come into Uduvere hospital "
        "the Thursday before with drooping eyelids and slurred speech, days before anyone thought of the fish.",
    )),
]
KIHELKONNA_PARALYSIS: list[Dated] = [
    (D(2236, 9, 1), (
        "Two fishermen on ventilators with unexplained paralysis",
        "Two brothers from the fishing village of Kihelkonna were put on ventilators at Uduvere hospital on "
        "Thursday with a paralysis that doctors could not yet explain, the hospital said.",
    )),
]
ILMATSALU_MUSHROOMS: list[Dated] = [
    (D(2237, 12, 8), (
        "Home-bottled mushrooms give family botulism",
        "Four members of a family in the Ilmatsalu region were treated for botulism on Friday after eating "
        "mushrooms they had bottled at home, Rannamaa's health board said; all four are expected to recover.",
    )),
]

# --- a public inquiry finds that Kozjevina's river authority sent the flood warning to Trnovec almost three hours
# --- after the Sotlova broke its banks, in the flood that killed fourteen there the May before, and the authority's
# --- director resigns, Thursday, March 8, 2238 (a wire that day, a live page with clock times, the next day's paper
# --- with 'yesterday', an explainer, a Tuesday report with 'on Monday', a daughter's quote piece with no day); the
# --- inquiry opened its hearings in Trnovec on Tuesday, October 3, 2237 (an earlier step); an inquiry blamed a road
# --- cut for the landslide that killed six at Mozirnik, in Podkraj province, on Thursday, February 16, 2237 (no
# --- report recalls it) ---------------------------------------------------------------------------------------------

TRNOVEC_INQUIRY: list[Dated] = [
    (D(2238, 3, 8), (
        "Flood warning reached Trnovec three hours late, inquiry finds",
        "TRNOVEC, Kozjevina (Wire) - The river authority sent its flood warning to Trnovec almost three hours "
        "after the Sotlova had burst its banks, leaving no time to escape water that drowned fourteen people "
        "last May, a public inquiry found on Thursday. Its chair, the judge Zorica Hudovernik, said every one of "
        "the deaths could have been avoided.",
    )),
    (D(2238, 3, 8), (
        "Trnovec flood inquiry report: live",
        "10:00 Judge Hudovernik begins reading her findings in the town's sports hall. 10:25 The gauge upstream "
        "showed a record rise by 1.40am, she says. 11:10 The warning went out at 4.20am, when the water was "
        "already in the streets. 12:30 Families walk out in tears. 14:05 The river authority's director, "
        "Blagoje Zbiljak, resigns.",
    )),
    (D(2238, 3, 9), (
        "River authority chief quits over flood failings",
        "Blagoje Zbiljak resigned as director of Kozjevina's river authority yesterday, hours after an inquiry "
        "found that its duty officer had waited for a second reading before raising the alarm while the crest "
        "of the Sotlova rolled towards Trnovec. The government promised a fund for the bereaved families.",
    )),
    (D(2238, 3, 10), (
        "How a flood warning is meant to reach a sleeping town",
        "Gauges along a river send their levels every few minutes to a control room, where a rise past a set "
        "mark should start the sirens and a message to every phone in the valley. The weak point is usually a "
        "person: an officer who doubts the reading, or waits for a superior to agree.",
    )),
    (D(2238, 3, 13), (
        "River gauges to pass to weather service after flood report",
        "Kozjevina's government announced on Monday that the river authority's gauges and sirens would pass "
        "to the weather service, as the Trnovec inquiry urged. The inquiry had opened its hearings in the town's "
        "sports hall in October, when survivors told of waking to water lapping at their beds.",
    )),
    (D(2238, 3, 14), (
        "'The siren started when my mother was already gone'",
        "Grozdana Vinkovac lived two streets from the river with her mother, who was 83 and could not manage the "
        "stairs. 'The siren started when my mother was already gone,' she says. 'Now a judge has written down "
        "what we knew that night. It does not bring anyone back, but it is written.'",
    )),
]
TRNOVEC_HEARINGS: list[Dated] = [
    (D(2237, 10, 3), (
        "Trnovec flood inquiry opens",
        "A public inquiry into the flood that killed fourteen people in Trnovec opened on Tuesday in the town's "
        "sports hall, where the judge Zorica Hudovernik said she would find out why the warning came so late.",
    )),
]
MOZIRNIK_LANDSLIDE: list[Dated] = [
    (D(2237, 2, 16), (
        "Inquiry blames road cut for Mozirnik landslide",
        "A government inquiry found on Thursday that a road cut into the hillside above the village of Mozirnik, "
        "in Podkraj province, set off the landslide that killed six people there, and that nobody had checked "
        "the slope.",
    )),
]

# --- tap water in Pyrenholt, in the province of Nimmerlin, is found to hold benzene at up to forty times the safe
# --- limit after a wildfire burned much of the town, and the 12,000 people who have moved back are told neither to
# --- drink nor to boil it, Friday, August 19, 2236 (a wire that day, a broadcaster's present perfect, the next day's
# --- paper with 'yesterday', an explainer, a Tuesday report with 'on Monday', a resident's quote piece with no day);
# --- residents were let back into the town on Sunday, August 14, 2236 (an earlier step); benzene was found in the
# --- water of Kerkeling, another town, after a hill fire on Friday, October 20, 2237 (after the event; no report
# --- recalls it) ----------------------------------------------------------------------------------------------------

PYRENHOLT_BENZENE: list[Dated] = [
    (D(2236, 8, 19), (
        "Benzene found in fire-hit town's tap water",
        "PYRENHOLT, Nimmerlin (Wire) - Tap water in the fire-struck town of Pyrenholt holds benzene at up to forty "
        "times the safe limit, the water company Wisselbrook Water said on Friday, and the 12,000 people who have "
        "moved back since the wildfire were told neither to drink it nor to boil it. Plastic pipes that melted "
        "in burned houses are thought to have let the chemical into the mains.",
    )),
    (D(2236, 8, 19), (
        "Pyrenholt water unsafe after wildfire",
        "Residents who went back to Pyrenholt after the wildfire have been told not to drink, cook with or even "
        "boil their tap water, after tests found benzene, a chemical that can cause cancer. Bottled water is "
        "being handed out at the primary school.",
    )),
    (D(2236, 8, 20), (
        "Boiling will not make fire town's water safe, company says",
        "Boiling Pyrenholt's water would only put benzene into the air of people's kitchens, the company's "
        "operations chief, Aldwin Okarro, said yesterday, and a short shower with the windows open was the most "
        "anyone should risk. Tankers of clean water are to stand in every street by Monday.",
    )),
    (D(2236, 8, 21), (
        "How a wildfire can poison a town's water",
        "When a burning house loses pressure in its pipes, the mains can suck in smoke and gases, and plastic "
        "pipes heated by the flames give off benzene and other chemicals that cling to their walls. Flushing is "
        "not always enough: in the worst cases whole stretches of pipe have to be dug up and laid again.",
    )),
    (D(2236, 8, 23), (
        "Pyrenholt's water mains to be relaid street by street",
        "Wisselbrook Water will relay about 30 kilometres of mains in the burned part of Pyrenholt, work it "
        "expects to last a year, the company said on Monday. Residents had been let back into the town five "
        "days before the benzene was found, once the fire service declared the last hot spots out.",
    )),
    (D(2236, 8, 24), (
        "'The house survived. The water did not'",
        "Vaiva Flaxholme's house was one of the few on her street still standing when the smoke cleared. 'The "
        "house survived. The water did not,' she says, lifting a crate of bottles onto the porch. 'I wash my "
        "baby in water I carry from a tanker at the end of the road.'",
    )),
]
PYRENHOLT_RETURN: list[Dated] = [
    (D(2236, 8, 14), (
        "Pyrenholt residents allowed home after wildfire",
        "Residents of Pyrenholt whose houses came through the wildfire were allowed back on Sunday, twelve days "
        "after they fled, when the fire service said the last hot spots were out.",
    )),
]
KERKELING_BENZENE: list[Dated] = [
    (D(2237, 10, 20), (
        "Benzene in Kerkeling's water after hill fire",
        "Tests found benzene in the water mains of Kerkeling, where a hill fire burned 140 homes last month, and "
        "3,000 residents were told on Friday not to drink from their taps, the town council said.",
    )),
]

# --- police arrest Csongor Vadkerti, one of Pelsovar's leading football referees, with the sporting director of
# --- Dunaszeg FC and a betting agent, on suspicion of fixing top-flight matches, Wednesday, April 11, 2238 (a wire
# --- that day, a broadcaster's present perfect, the next day's paper with 'yesterday', an explainer, a losing
# --- captain's quote piece with no day, a Monday report with 'on Monday'); the league's integrity unit began looking
# --- into bets on a late penalty he gave in Dunaszeg's win over Kalocsar on Wednesday, February 21, 2238 (an earlier
# --- step); the federation banned the assistant referee Zsombor Pataky for life for taking a bribe on Thursday,
# --- February 23, 2237 (the explainer recalls it) -------------------------------------------------------------------

VADKERTI_ARREST: list[Dated] = [
    (D(2238, 4, 11), (
        "Leading referee arrested in match-fixing inquiry",
        "DUNASZEG, Pelsovar (Wire) - Police arrested Csongor Vadkerti, one of Pelsovar's leading football "
        "referees, at his home on Wednesday, suspected of taking money to fix top-flight matches, along with "
        "the sporting director of Dunaszeg FC and a man they described as a betting agent. Officers seized "
        "about 90,000 korons in cash.",
    )),
    (D(2238, 4, 11), (
        "Top referee held over fixed matches",
        "One of the country's best-known referees has been arrested in an investigation into fixed football "
        "matches. Police have searched his home and the offices of Dunaszeg FC, and the league has stood him "
        "down from this weekend's fixtures.",
    )),
    (D(2238, 4, 12), (
        "Referee questioned over last-minute penalty",
        "Detectives questioned Csongor Vadkerti yesterday about a penalty he awarded in the last minute of "
        "Dunaszeg's 2-1 win over Kalocsar in February, on which unusually large bets had been placed abroad, his "
        "lawyer said. Dunaszeg's sporting director, Levente Szalmadi, denies any wrongdoing.",
    )),
    (D(2238, 4, 13), (
        "Why fixers go after referees",
        "A player can change a game only from where he stands, but a referee decides penalties, red cards and "
        "added time, so fixers will pay more for him than for a whole defence. Betting firms watch for sudden "
        "heavy money on unlikely outcomes, such as a late penalty, and pass the patterns to the leagues. In "
        "February last year Pelsovar's federation banned an assistant referee, Zsombor Pataky, for life for "
        "taking a bribe.",
    )),
    (D(2238, 4, 14), (
        "'We lost that game in the ninety-third minute'",
        "Kolos Farkasdi, Kalocsar's captain, still has the match on his phone. 'We lost that game in the "
        "ninety-third minute, to a penalty nobody in the ground understood,' he says. 'We were one point off the "
        "play-offs at the end. Somebody owes my players an explanation.'",
    )),
    (D(2238, 4, 16), (
        "League suspends Dunaszeg director as referee stays in custody",
        "Pelsovar's football league suspended Levente Szalmadi from all football on Monday, and a court ordered "
        "Csongor Vadkerti held for thirty days. The league's integrity unit had first looked into the Kalocsar "
        "match in February, after betting firms reported a rush of money on a late penalty.",
    )),
]
VADKERTI_BETS: list[Dated] = [
    (D(2238, 2, 21), (
        "League looks into bets on late Dunaszeg penalty",
        "Pelsovar's football league said on Wednesday that its integrity unit was examining unusual bets placed "
        "abroad on a late penalty in Dunaszeg's 2-1 win over Kalocsar on Sunday.",
    )),
]
PATAKY_BAN: list[Dated] = [
    (D(2237, 2, 23), (
        "Assistant referee banned for life over bribe",
        "Pelsovar's football federation banned the assistant referee Zsombor Pataky for life on Thursday for "
        "taking 8,000 korons to raise his offside flag on cue in a second-division match.",
    )),
]

# --- police search the hotels of three teams at the Tour of Hegyalja on its rest day in Imrefalva, seize blood bags
# --- from the rooms of Zirczi Pro Cycling and detain its doctor and a masseur, and the team leaves the race, Tuesday,
# --- July 3, 2238 (a wire that day, a live page with clock times, the next day's paper with 'yesterday', an
# --- explainer, a Friday follow-up with 'on Thursday', a rider's quote piece with no day); customs officers found
# --- syringes and a hormone in the team masseur's car at the Bodrogszeg border crossing on Saturday, June 23, 2238
# --- (an earlier step); police searched two teams' hotels at the Tour of Somogyvar, in the neighbouring country, on
# --- Wednesday, June 7, 2237 (no report recalls it) ----------------------------------------------------------------

ZIRCZI_RAID: list[Dated] = [
    (D(2238, 7, 3), (
        "Police seize blood bags in raid on cycling team",
        "IMREFALVA, Hegyalja (Wire) - Police searched the hotels of three teams at the Tour of Hegyalja on its "
        "rest day on Tuesday and seized blood bags, syringes and a fridge of medicines from the rooms of Zirczi "
        "Pro Cycling, prosecutors said. The team's doctor and a masseur were detained, and Zirczi withdrew its "
        "seven remaining riders from the race.",
    )),
    (D(2238, 7, 3), (
        "Tour of Hegyalja rest day: live",
        "08:40 Police vans pull up outside the Zirczi team hotel in Imrefalva. 09:15 Officers carry out two cool "
        "boxes. 11:30 Two more teams' hotels are searched. 13:00 Prosecutors confirm that blood bags were "
        "found. 16:45 Zirczi say they are leaving the race.",
    )),
    (D(2238, 7, 4), (
        "Race rolls on without Zirczi after doping raid",
        "The Tour of Hegyalja set off again this morning with 149 riders. Prosecutors said yesterday that the "
        "bags held blood labelled with code names, and that the team doctor, Ignas Gyorfi, had refused to answer "
        "their questions.",
    )),
    (D(2238, 7, 5), (
        "How blood doping works",
        "A rider has blood drawn weeks before a race and stored, then put back during it, so that the extra red "
        "cells carry more oxygen to tired muscles. Tests look for changes in a rider's blood over months rather "
        "than for the stored blood itself, which is why raids, not tests, have uncovered most such schemes.",
    )),
    (D(2238, 7, 6), (
        "Sponsor drops Zirczi after doping raid",
        "Zirczi Pro Cycling lost its main sponsor, a dairy, on Thursday, two days after police raided the team "
        "at the Tour of Hegyalja. Ten days before the raid, customs officers at the Bodrogszeg crossing had stopped "
        "a car driven by the team's masseur and found syringes and a hormone in a cool box.",
    )),
    (D(2238, 7, 7), (
        "'Every clean rider in this race has been robbed'",
        "Tibor Bakonyi finished second on the stage Zirczi's leader won last week. 'Every clean rider in this "
        "race has been robbed, and not only of results,' he says. 'Nobody at the roadside believes us any more "
        "when we climb fast.'",
    )),
]
ZIRCZI_CUSTOMS: list[Dated] = [
    (D(2238, 6, 23), (
        "Customs find syringes in cycling team's car",
        "Customs officers at the Bodrogszeg border crossing found syringes and a hormone in a cool box in a car "
        "driven by a masseur of Zirczi Pro Cycling on Saturday, and passed the case to prosecutors.",
    )),
]
SOMOGYVAR_RAID: list[Dated] = [
    (D(2237, 6, 7), (
        "Police search team hotels at Tour of Somogyvar",
        "Police in Somogyvar searched the hotels of two teams at the Tour of Somogyvar on Wednesday and took "
        "away medicines and laptops; no rider was detained.",
    )),
]

# --- unrelated stories of the same days elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2237, 2, 10), (
        "Snowdrop walk",
        "Four hundred visitors followed the snowdrop trail through the churchyard at Snodwick on Friday.",
    )),
    (D(2237, 5, 17), (
        "Cuckoo heard",
        "A retired postman at Oxnackle heard the village's first cuckoo of the spring on Wednesday morning.",
    )),
    (D(2237, 9, 12), (
        "Conker tree felled",
        "Tree surgeons took down the old horse chestnut on Sneckford green on Tuesday after a storm split it.",
    )),
    (D(2237, 11, 9), (
        "Bonfire embers",
        "Scouts at Cudworthy raked out the last of the village bonfire on Thursday and found a lost wedding ring.",
    )),
    (D(2236, 9, 4), (
        "Bus shelter thatched",
        "A thatcher finished roofing the bus shelter at Frogwhistle with straw from the next farm on Sunday.",
    )),
    (D(2238, 6, 12), (
        "Hedgehog crossing",
        "Volunteers at Izzlethorpe painted a hedgehog crossing sign on the lane by the allotments on Tuesday.",
    )),
    (D(2238, 3, 7), (
        "Pancake race",
        "A dentist in a frying-pan hat won Hobthrush's pancake race down the main street on Wednesday.",
    )),
    (D(2236, 8, 18), (
        "Sheepdog trial",
        "A collie called Fidget penned five ewes in under four minutes to win the Haukivesi trial on Thursday.",
    )),
    (D(2238, 4, 10), (
        "Bell rung again",
        "The cracked school bell at Voorema, recast at last, rang out on Tuesday after thirty silent years.",
    )),
    (D(2238, 7, 2), (
        "Strawberry fair",
        "Growers at Peipsiveer sold out of strawberries by eleven on Monday at the first market of the summer.",
    )),
]

FORTYSEVENTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "bazhdolet": (BAZHDOLET_OXYGEN, BAZHDOLET_WARNING + BRASHKEL_LEAK),
    "piirsalu": (PIIRSALU_TB, PIIRSALU_TEACHER + VESHTOR_MILL_TB),
    "tsvirbel": (TSVIRBEL_LAB, TSVIRBEL_INSPECTION + AGVESTINE_NEEDLE),
    "vahtrik": (VAHTRIK_PIPE, VAHTRIK_SAILS + ULVREKKA_STRING),
    "skradinac": (SKRADINAC_PHYLLOXERA, SKRADINAC_SAMPLES + OSOJNIK_PHYLLOXERA),
    "kihelkonna": (KIHELKONNA_BOTULISM, KIHELKONNA_PARALYSIS + ILMATSALU_MUSHROOMS),
    "trnovec": (TRNOVEC_INQUIRY, TRNOVEC_HEARINGS + MOZIRNIK_LANDSLIDE),
    "pyrenholt": (PYRENHOLT_BENZENE, PYRENHOLT_RETURN + KERKELING_BENZENE),
    "vadkerti": (VADKERTI_ARREST, VADKERTI_BETS + PATAKY_BAN),
    "zirczi": (ZIRCZI_RAID, ZIRCZI_CUSTOMS + SOMOGYVAR_RAID),
}

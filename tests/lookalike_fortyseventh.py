"""A forty-seventh set of invented look-alikes, written blind on 8493684 while grouping was being worked on over the
earlier sets, and held back to be counted once on the code it was written on and once on a later session's. Like
the thirty-eighth to forty-sixth its kinds are hard news, told as wires, papers and broadcasters tell it, this
time from health and medicine, science, farming and food, the aftermath of natural hazards and the hard-news side
of sport (IN PROGRESS: the docstring is finished with the last kinds).

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
# --- monkeys on Wednesday, July 20, 2236 (no report recalls it) --------------------------------------------------

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
        "watched.",
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
]

FORTYSEVENTH_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "bazhdolet": (BAZHDOLET_OXYGEN, BAZHDOLET_WARNING + BRASHKEL_LEAK),
    "piirsalu": (PIIRSALU_TB, PIIRSALU_TEACHER + VESHTOR_MILL_TB),
    "tsvirbel": (TSVIRBEL_LAB, TSVIRBEL_INSPECTION + AGVESTINE_NEEDLE),
    "vahtrik": (VAHTRIK_PIPE, VAHTRIK_SAILS + ULVREKKA_STRING),
}

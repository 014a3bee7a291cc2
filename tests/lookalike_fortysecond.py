"""A forty-second set of invented look-alikes, written blind on 4810a1f while grouping was being worked on
over the earlier sets, and held back to be counted once on the code it was written on and once on a later
session's. Like the thirty-eighth to forty-first its kinds are hard news, told as wires, papers and
broadcasters tell it, and none of them is in the earlier sets, the own claims sets or the grouping stories
(in progress: six kinds so far).

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``FORTYSECOND_KINDS`` is read by the same count.
Every name, place, outlet, organisation, currency and figure is made up.

Held back blind: nobody ran grouping, the engine or ``tests.lookalike_count`` on it
(``tests.lookalike_count``'s docstring says how it is to be counted).
"""

from __future__ import annotations

import datetime as dt

from tests.lookalike_more import Dated

D = dt.date


# --- helicopters drop barrels of toxic gas on the rebel-held town of Qussirine in Ulmekhar's Sobrath province,
# --- killing 43 and then 58, Thursday, April 12, 2198 (a wire that day, a broadcaster's present perfect, the next
# --- day's quote piece with 'yesterday', an explainer, a follow-up on Tuesday, a piece on Tuesday, April 24 with
# --- 'on Monday'); a gas attack on the neighbouring town of Tirrabek killed nine on Monday, April 23, 2198; a gas
# --- shell wounded 30 in Qussirine itself on Monday, January 16, 2197 ---------------------------------------------

QUSSIRINE_GAS: list[Dated] = [
    (D(2198, 4, 12), (
        "Gas attack kills 43 in rebel-held Qussirine",
        "QUSSIRINE (Wire) - Helicopters dropped barrels of toxic gas on the rebel-held town of Qussirine in "
        "Ulmekhar's Sobrath province on Thursday, killing at least 43 people, many of them children sheltering in "
        "basements, doctors at the town's field hospital said. Ulmekhar's government denied using chemical "
        "weapons and said the rebels had staged the attack.",
    )),
    (D(2198, 4, 12), (
        "Suspected chemical attack on Qussirine",
        "At least 43 people have been killed in a suspected chemical attack on the town of Qussirine, rescue "
        "workers have said. Pictures from the town have shown rows of bodies with no visible wounds, and "
        "survivors have described a yellow cloud and a smell of bleach.",
    )),
    (D(2198, 4, 13), (
        "'They had no wounds, they just stopped breathing'",
        "Yvelda Ondergast, a surgeon at the Qussirine field hospital, said yesterday that she had treated more "
        "than 300 people in the night after the attack and that the toll had risen to 58. Most of the dead were "
        "found in cellars, where the heavy gas had sunk.",
    )),
    (D(2198, 4, 12), (
        "What chlorine gas does",
        "Chlorine is heavier than air, so it fills the cellars where people hide from shelling. It burns the "
        "lungs, which fill with fluid, and victims can drown on dry land within hours. It is banned as a weapon by "
        "a treaty that Ulmekhar signed.",
    )),
    (D(2198, 4, 17), (
        "Weapons inspectors reach Qussirine",
        "Inspectors from the Tzavermont Convention's office arrived in Qussirine on Tuesday, five days after the "
        "gas attack that killed 58 people, and took soil and blood samples. It was the second attack of its kind "
        "on the town: a gas shell wounded 30 people there in January last year.",
    )),
    (D(2198, 4, 24), (
        "Second gas attack in Sobrath in eleven days",
        "On Monday a gas attack on neighbouring Tirrabek killed nine people, rebels said, eleven days after the "
        "attack on Qussirine. Ulmekhar's foreign minister Grastov Neshvari again denied that the army had "
        "chemical weapons.",
    )),
]
TIRRABEK_GAS: list[Dated] = [
    (D(2198, 4, 23), (
        "Nine killed in gas attack on Tirrabek",
        "A gas attack on the rebel-held town of Tirrabek in Ulmekhar's Sobrath province killed nine people on "
        "Monday, a rebel spokesman and local doctors said.",
    )),
]
QUSSIRINE_2197: list[Dated] = [
    (D(2197, 1, 16), (
        "Gas shell wounds 30 in Qussirine",
        "A shell filled with toxic gas landed in a street in the rebel-held town of Qussirine in Ulmekhar's "
        "Sobrath province on Monday and wounded 30 people, doctors said.",
    )),
]

# --- Kelvundi's government and the Nkoberu Liberation Movement sign a peace agreement in Harbelin, the capital of
# --- neighbouring Dzhubrava, ending a nine-year war, Friday, September 14, 2198 (a wire that day, a broadcaster's
# --- present perfect, the next day's paper with 'yesterday', an explainer, a follow-up on Thursday); negotiators
# --- initialled a draft in Harbelin on Wednesday, August 22, 2198 (an earlier step); the government signed a peace
# --- deal with the Western Popular Front in Harbelin on Sunday, May 21, 2197 -------------------------------------

KELVUNDI_PEACE: list[Dated] = [
    (D(2198, 9, 14), (
        "Kelvundi and rebels sign peace deal to end nine-year war",
        "HARBELIN (Wire) - Kelvundi's President Kwabrosi Mwundaro and the leader of the Nkoberu Liberation "
        "Movement, Thadeo Rukambiza, signed a peace agreement in Harbelin on Friday to end a nine-year war that has "
        "killed about 80,000 people. Under the deal 4,000 rebel fighters are to join the army and the northern "
        "Ibwenzi province is to run its own schools and police.",
    )),
    (D(2198, 9, 14), (
        "Peace agreement signed in Harbelin",
        "Kelvundi's government and the Nkoberu rebels have signed a peace agreement, and the two leaders have "
        "shaken hands in front of Dzhubrava's president, who hosted nineteen months of talks.",
    )),
    (D(2198, 9, 15), (
        "Cheering crowds in Ibwenzi as war ends",
        "Thousands of people danced in the streets of Ibwenzi's capital, Kiyongo, yesterday after the peace "
        "agreement was signed. 'I have buried two sons in this war,' said Odhalie Nsambwera, a market trader.",
    )),
    (D(2198, 9, 14), (
        "What the Kelvundi peace deal says",
        "The agreement gives the rebels six months to hand in their weapons, reserves a third of the army's posts "
        "in Ibwenzi for former fighters and sets elections within two years. A commission is to hear claims from "
        "families of the dead.",
    )),
    (D(2198, 9, 20), (
        "First rebels hand in weapons",
        "Six hundred Nkoberu fighters handed in their rifles at a camp outside Kiyongo on Thursday, six days after "
        "the peace agreement was signed. Negotiators had initialled the draft in Harbelin on August 22. A deal "
        "with the Western Popular Front signed in May last year broke down within four months.",
    )),
]
KELVUNDI_DRAFT: list[Dated] = [
    (D(2198, 8, 22), (
        "Kelvundi negotiators initial draft peace deal",
        "Negotiators for Kelvundi's government and the Nkoberu Liberation Movement initialled a draft peace "
        "agreement in Harbelin on Wednesday, Dzhubrava's foreign ministry said, and the two leaders are to sign it "
        "next month.",
    )),
]
WESTERN_FRONT_PEACE: list[Dated] = [
    (D(2197, 5, 21), (
        "Kelvundi signs peace deal with Western Popular Front",
        "Kelvundi's government signed a peace agreement with the Western Popular Front in Harbelin on Sunday, "
        "under which 1,200 rebel fighters are to join the army.",
    )),
]

# --- the regional assembly of Kestuvar votes 71 to 9 to declare independence from Almundia, Sunday, March 10,
# --- 2199 (a wire that day, a broadcaster's present perfect, a Monday report with 'on Sunday', an explainer, a
# --- follow-up on Friday); Kestuvar voted for independence in a referendum on Sunday, February 17, 2199 (an
# --- earlier step); the regional council of Uzmervy declared self-rule on Monday, October 9, 2197 -----------------

KESTUVAR_INDEPENDENCE: list[Dated] = [
    (D(2199, 3, 10), (
        "Kestuvar declares independence from Almundia",
        "DRAVOLEN (Wire) - The regional assembly of Kestuvar voted 71 to 9 on Sunday to declare the region "
        "independent of Almundia, and its president, Ezrahim Varekhin, raised the regional flag over the assembly "
        "in Zavrolen. Almundia's government said the vote had no legal force.",
    )),
    (D(2199, 3, 10), (
        "Kestuvar assembly votes to break away",
        "Kestuvar's assembly has declared independence from Almundia, and thousands of people have gathered in "
        "the main square of Zavrolen, waving the region's green and white flag.",
    )),
    (D(2199, 3, 11), (
        "Almundia vows to stop breakaway",
        "Almundia's prime minister, Liesgard Oddmarsen, told parliament on Monday that Kestuvar's declaration of "
        "independence on Sunday was void and that the region's leaders would face charges of sedition. No country "
        "has recognised the new state.",
    )),
    (D(2199, 3, 10), (
        "Why Kestuvar wants to leave",
        "Kestuvar, home to 2.3 million people, has its own language and pays more in taxes than it receives. Its "
        "autonomy was cut back twelve years ago, and support for independence has grown since.",
    )),
    (D(2199, 3, 15), (
        "Almundia takes over Kestuvar's police",
        "Almundia's government took command of Kestuvar's police on Friday, five days after the regional "
        "assembly declared independence. The declaration followed a referendum on February 17 in which 91 percent "
        "voted to leave; in October two years ago neighbouring Uzmervy declared self-rule and backed down within "
        "weeks.",
    )),
]
KESTUVAR_REFERENDUM: list[Dated] = [
    (D(2199, 2, 17), (
        "Kestuvar votes for independence in referendum",
        "Voters in Almundia's Kestuvar region backed independence by 91 percent in a referendum on Sunday that "
        "the central government had called unlawful, regional officials said; turnout was 58 percent.",
    )),
]
UZMERVY_SELF_RULE: list[Dated] = [
    (D(2197, 10, 9), (
        "Uzmervy council declares self-rule",
        "The regional council of Almundia's Uzmervy region declared self-rule on Monday and said it would stop "
        "paying taxes to the central government.",
    )),
]

# --- Rwelindi's President Ozumbrai Tchikalumbe dies aged 74 in a hospital in Quenvaldt, abroad, and vice-president
# --- Grezinda Abwokoye is sworn in, Wednesday, June 5, 2199 (a present-perfect broadcaster's report that day, a
# --- wire, a Thursday report with 'on Wednesday', an obituary with no day, a follow-up on the state funeral days
# --- later); the president was flown to Quenvaldt for treatment on Wednesday, May 8, 2199 (an earlier step); his
# --- predecessor, former president Djomo Baskarindi, died on Monday, November 20, 2197 ----------------------------

TCHIKALUMBE_DIES: list[Dated] = [
    (D(2199, 6, 5), (
        "Rwelindi's president dies in office",
        "Rwelindi's President Ozumbrai Tchikalumbe has died at the age of 74, the government has announced, and "
        "the country has begun thirty days of mourning. He had ruled for sixteen years.",
    )),
    (D(2199, 6, 5), (
        "Rwelindi president Tchikalumbe dies abroad; deputy sworn in",
        "MBASORI (Wire) - Rwelindi's President Ozumbrai Tchikalumbe died on Wednesday in a hospital in Quenvaldt, "
        "where he had been treated for four weeks, and vice-president Grezinda Abwokoye was sworn in as acting "
        "president hours later, chief justice Tobwe Mukandoli said. The cause of death was not given.",
    )),
    (D(2199, 6, 6), (
        "Abwokoye promises election within 90 days",
        "Grezinda Abwokoye, who was sworn in as Rwelindi's acting president on Wednesday after Ozumbrai "
        "Tchikalumbe's death, said in her first speech that an election would be held within 90 days, as the "
        "constitution requires, and asked the army to stay in its barracks.",
    )),
    (D(2199, 6, 5), (
        "Ozumbrai Tchikalumbe: the rebel who became a ruler for life",
        "Ozumbrai Tchikalumbe led a guerrilla army out of the hills in his thirties and promised to serve one term. "
        "He changed the constitution twice to stay on, jailed rivals and built roads, dams and a new capital "
        "district that bears his name.",
    )),
    (D(2199, 6, 12), (
        "Crowds line Mbasori's streets for Tchikalumbe's funeral",
        "Hundreds of thousands of people lined the streets of Mbasori on Wednesday as the coffin of President "
        "Ozumbrai Tchikalumbe was carried to the national stadium, a week after he died. He had been flown to "
        "Quenvaldt for treatment on May 8. His predecessor, Djomo Baskarindi, died in November two years ago.",
    )),
]
TCHIKALUMBE_FLOWN: list[Dated] = [
    (D(2199, 5, 8), (
        "Rwelindi's president flown abroad for treatment",
        "Rwelindi's President Ozumbrai Tchikalumbe was flown to Quenvaldt on Wednesday for medical treatment, his "
        "office said, adding that he was in good spirits and would return within days.",
    )),
]
BASKARINDI_DIES: list[Dated] = [
    (D(2197, 11, 20), (
        "Former Rwelindi president Baskarindi dies at 88",
        "Djomo Baskarindi, Rwelindi's first president after independence, died in Mbasori on Monday at the age of "
        "88, his family said.",
    )),
]

# --- the exiled Vyrstenian journalist Zdenyk Shandrovsky is poisoned with a nerve agent in a cafe in Lyntvaag,
# --- the capital of Fjelmark, and lies in a coma, Saturday, February 3, 2198 (a wire that day, a Sunday paper with
# --- 'yesterday', a broadcaster's present perfect, a profile with no day, a follow-up on Thursday when Fjelmark
# --- expels four Vyrstenian diplomats); the exiled opposition politician Pavlina Dregnova was shot dead in
# --- Lyntvaag on Tuesday, September 12, 2197; the exiled banker Tymbor Ubliszev was poisoned in the city of
# --- Skaernholt on Monday, January 23, 2197 -----------------------------------------------------------------------

SHANDROVSKY_POISONED: list[Dated] = [
    (D(2198, 2, 3), (
        "Exiled Vyrstenian journalist poisoned in Lyntvaag",
        "LYNTVAAG (Wire) - Zdenyk Shandrovsky, an exiled Vyrstenian journalist who has accused his country's "
        "leaders of theft, collapsed in a cafe in Lyntvaag on Saturday and was in a coma after being poisoned, "
        "Fjelmark's police said. Doctors found traces of a nerve agent in his blood, and a waiter who served him "
        "was also in hospital.",
    )),
    (D(2198, 2, 4), (
        "Nerve agent found in critic's blood",
        "Fjelmark's chief of police, Halgerd Vinstrup, said yesterday that a military-grade nerve agent had been "
        "found in the blood of Zdenyk Shandrovsky, the Vyrstenian journalist who collapsed in a Lyntvaag cafe on "
        "Saturday. Vyrstenia's embassy called the accusation absurd.",
    )),
    (D(2198, 2, 3), (
        "Vyrstenian critic in coma after suspected poisoning",
        "The Vyrstenian journalist Zdenyk Shandrovsky has been put in an induced coma after collapsing in a cafe in "
        "Lyntvaag, and police have sealed off the street and the flat where he lived.",
    )),
    (D(2198, 2, 3), (
        "Zdenyk Shandrovsky: a reporter who would not stop",
        "Zdenyk Shandrovsky fled Vyrstenia six years ago after publishing the accounts of a state gas company. From "
        "a small office in Lyntvaag he ran a website read by millions at home, and he had said he knew he was "
        "being followed.",
    )),
    (D(2198, 2, 8), (
        "Fjelmark expels four Vyrstenian diplomats over poisoning",
        "Fjelmark expelled four Vyrstenian diplomats on Thursday, five days after the journalist Zdenyk Shandrovsky "
        "was poisoned with a nerve agent. It is the second attack on a Vyrstenian exile in Lyntvaag in five "
        "months: the opposition politician Pavlina Dregnova was shot dead there in September. In January last "
        "year the exiled banker Tymbor Ubliszev was poisoned in Skaernholt.",
    )),
]
DREGNOVA_SHOT: list[Dated] = [
    (D(2197, 9, 12), (
        "Exiled Vyrstenian politician shot dead in Lyntvaag",
        "Pavlina Dregnova, an exiled Vyrstenian opposition politician, was shot dead outside her home in "
        "Lyntvaag on Tuesday by a gunman who fled on a motorcycle, Fjelmark's police said.",
    )),
]
UBLISZEV_POISONED: list[Dated] = [
    (D(2197, 1, 23), (
        "Exiled banker poisoned in Skaernholt",
        "Tymbor Ubliszev, a Vyrstenian banker who fled his country with evidence of fraud, was taken to "
        "hospital in Skaernholt on Monday after being poisoned, police said.",
    )),
]

# --- gunmen of the Eastern Shield militia seize the oil export terminals of Zuwaytra and Ras Mekhnal and halt
# --- exports of 600,000 barrels a day from Qoursalia, Saturday, July 8, 2197 (a wire that day, a Sunday report with
# --- 'yesterday', a broadcaster's present perfect, an explainer, a follow-up on Wednesday when the national oil
# --- company declares force majeure); the same militia shut the Dhahabra oilfield on Saturday, June 17, 2197; guards
# --- striking over pay shut the Ras Mekhnal terminal on Monday, November 5, 2198 ----------------------------------

ZUWAYTRA_TERMINALS: list[Dated] = [
    (D(2197, 7, 8), (
        "Militia seizes Qoursalia's main oil terminals, halting exports",
        "ZUWAYTRA (Wire) - Gunmen of the Eastern Shield militia took over the oil export terminals at Zuwaytra "
        "and Ras Mekhnal on Saturday and ordered tankers waiting offshore to leave, halting exports of about "
        "600,000 barrels a day, workers and oil ministry officials said. The militia demands a share of oil "
        "revenue for the eastern provinces.",
    )),
    (D(2197, 7, 9), (
        "Qoursalia's oil exports halved by militia",
        "Qoursalia lost more than half of its oil exports yesterday after the Eastern Shield seized the Zuwaytra and "
        "Ras Mekhnal terminals, oil minister Ikhlassa Bel-Haqqoun said, calling it an attack on every citizen's "
        "bread.",
    )),
    (D(2197, 7, 8), (
        "Eastern Shield takes oil terminals",
        "Armed men have taken control of two of Qoursalia's biggest oil terminals, and loading has stopped, the "
        "national oil company has said.",
    )),
    (D(2197, 7, 8), (
        "Why the east wants the oil money",
        "Most of Qoursalia's oil is pumped in the east, but the revenue is paid into the central bank in the "
        "capital. Eastern leaders say their provinces get a tenth of it back, and militias have used the "
        "terminals as a bargaining chip before.",
    )),
    (D(2197, 7, 12), (
        "Oil company declares force majeure at blocked terminals",
        "Qoursalia's national oil company declared force majeure on Wednesday on cargoes from Zuwaytra and Ras "
        "Mekhnal, four days after the Eastern Shield seized the terminals. The same militia shut the Dhahabra "
        "oilfield three weeks ago.",
    )),
]
DHAHABRA_OILFIELD: list[Dated] = [
    (D(2197, 6, 17), (
        "Militia shuts Dhahabra oilfield",
        "Gunmen of the Eastern Shield militia shut down the Dhahabra oilfield in eastern Qoursalia on Saturday, "
        "cutting output by 90,000 barrels a day, the oil ministry said.",
    )),
]
RAS_MEKHNAL_STRIKE: list[Dated] = [
    (D(2198, 11, 5), (
        "Striking guards shut Ras Mekhnal oil terminal",
        "Guards at Qoursalia's Ras Mekhnal oil terminal, who have not been paid for five months, shut the terminal "
        "on Monday and stopped two tankers from loading, the national oil company said.",
    )),
]

# --- unrelated stories of the same days elsewhere ----------------------------------------------------------

BACKGROUND: list[Dated] = [
    (D(2198, 4, 11), (
        "Duck race",
        "Two hundred rubber ducks raced down the brook at Snudgerton for the village school on Wednesday.",
    )),
    (D(2198, 9, 13), (
        "Ploughing match",
        "Farmers from four parishes competed at the ploughing match on a field outside Plaxwick on Thursday.",
    )),
    (D(2199, 3, 9), (
        "Pancake race",
        "Runners tossed pancakes along the high street at Twimbleford on Saturday morning.",
    )),
    (D(2199, 6, 4), (
        "Flower show",
        "Sweet peas from a cottage garden won the top prize at the Huffingdale flower show on Tuesday.",
    )),
    (D(2198, 2, 2), (
        "Skittles final",
        "The pub team at Vangerby won the county skittles final in the back room of the inn on Friday.",
    )),
    (D(2197, 7, 7), (
        "Fete",
        "The village fete at Cromblethorpe raised money for the church bells on Friday.",
    )),
    (D(2199, 1, 13), (
        "Panto",
        "Children from the primary school at Glabbersby put on a pantomime in the village hall on Sunday.",
    )),
    (D(2198, 6, 17), (
        "Sheep shearing",
        "Shearers clipped three hundred ewes in a day at a farm near Mottlecombe on Sunday.",
    )),
    (D(2199, 8, 18), (
        "Country show",
        "Heavy horses and vintage tractors paraded at the Chiddlecote country show on Sunday.",
    )),
    (D(2197, 3, 5), (
        "Book sale",
        "The reading group at Pumbleton sold secondhand books on the green for the library on Sunday.",
    )),
]

FORTYSECOND_KINDS: dict[str, tuple[list[Dated], list[Dated]]] = {
    "qussirine": (QUSSIRINE_GAS, TIRRABEK_GAS + QUSSIRINE_2197),
    "kelvundi": (KELVUNDI_PEACE, KELVUNDI_DRAFT + WESTERN_FRONT_PEACE),
    "kestuvar": (KESTUVAR_INDEPENDENCE, KESTUVAR_REFERENDUM + UZMERVY_SELF_RULE),
    "tchikalumbe": (TCHIKALUMBE_DIES, TCHIKALUMBE_FLOWN + BASKARINDI_DIES),
    "shandrovsky": (SHANDROVSKY_POISONED, DREGNOVA_SHOT + UBLISZEV_POISONED),
    "zuwaytra": (ZUWAYTRA_TERMINALS, DHAHABRA_OILFIELD + RAS_MEKHNAL_STRIKE),
}

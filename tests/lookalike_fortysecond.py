"""A forty-second set of invented look-alikes, written blind on 4810a1f while grouping was being worked on
over the earlier sets, and held back to be counted once on the code it was written on and once on a later
session's. Like the thirty-eighth to forty-first its kinds are hard news, told as wires, papers and
broadcasters tell it, and none of them is in the earlier sets, the own claims sets or the grouping stories:
helicopters dropping toxic gas on a rebel-held town, against a gas attack on the neighbouring town eleven days
later and a gas shell on the same town fifteen months before, a government and rebels signing a peace
agreement, against the draft initialled three weeks before (an earlier step) and a deal with another rebel
group sixteen months before, a regional assembly declaring independence, against the region's referendum three
weeks before (an earlier step) and a neighbouring region's self-rule seventeen months before, a president
dying in office abroad, against his being flown abroad for treatment four weeks before (an earlier step) and
his predecessor's death nineteen months before, an exiled journalist poisoned with a nerve agent, against an
exiled politician shot dead in the same city five months before and an exiled banker poisoned in another city
a year before, a militia seizing two oil export terminals, against the same militia shutting an oilfield three
weeks before and unpaid guards shutting one of the terminals sixteen months later, a constitutional court
banning the main opposition party, against the prosecutor's request four months before (an earlier step) and
the same court banning a smaller party seventeen months before, an army retaking a city from rebels, against
its retaking of a neighbouring town four days before and the rebels' seizure of the same city fourteen months
before (an earlier step of the same story), special forces capturing a rebel leader, against his deputy killed
in an air strike three weeks before and a rival commander captured fifteen months before, and gunmen
kidnapping 187 girls from a boarding school, against 40 pupils taken in the neighbouring state nine days
before and an attack on the same school twenty months later.

Leads vary: a wire with a dateline and a day and a broadcaster's present perfect with no day for every kind,
five next-day reports with "yesterday", five Tuesday reports with "on Monday", one Monday report with "on
Sunday" and one Thursday report with "on Wednesday", explainers, profiles and an obituary with no day, quote
pieces, and follow-ups four to seven days later (one twelve days later). Several event reports recall a
look-alike by name or by what it was ("a gas shell wounded 30 people there in January last year", "On Monday a
gas attack on neighbouring Tirrabek killed nine", "Negotiators had initialled the draft in Harbelin on August
22", "A deal with the Bwiranda Front signed in May last year", "a referendum on February 17 in which 91 percent
voted to leave", "neighbouring Uzmervy declared self-rule", "He had been flown to Quenvaldt for treatment on May
8", "His predecessor, Djomo Baskarindi, died in November two years ago", "the opposition politician Pavlina
Dregnova was shot dead there in September", "the exiled banker Tymbor Ubliszev was poisoned in Skaernholt", "The
same militia shut the Dhahabra oilfield three weeks ago", "The prosecutor general had asked the court to close
the party on September 10", "the court banned the smaller Krasvet party", "The army took the neighbouring town
of Yazmirdan", "the rebels had seized Khorvandesh in April last year", "His deputy Tharcisse Sabazinga was
killed in an air strike", "a rival commander, Bakumbe Lwemozi, was captured", "on February 25 gunmen took 40
pupils from a school in neighbouring Ruwandaba"); two look-alikes come after their event and no report recalls
them (the guards' strike at Ras Mekhnal, the second attack on the Dakhwanzi school). The dates all fall in
2197-2199, so every look-alike of a kind is at most two years from its event. What tells each pair apart is
mostly which step of one story (an initialled draft, a referendum, a flight abroad, a prosecutor's request, a
city's fall), who or where (another town, another rebel group, another region, another exile, another oilfield,
another party, another commander, another state's school) or how many (dead, wounded, fighters, votes, seats,
barrels, pupils). Every name, place, outlet, organisation, currency and figure is made up.

The layout is that of ``tests.lookalike_more``: each kind is an event (several reports, each with its
publication day) and look-alikes (each with its own day). ``FORTYSECOND_KINDS`` is read by the same count.

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
        "Ulmekhar's Sobrath province on Thursday, killing at least 43 people, many of them children sheltering "
        "in basements, doctors at the town's field hospital said. Ulmekhar's government denied using chemical "
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
        "lungs, which fill with fluid, and victims can drown on dry land within hours. It is banned as a weapon "
        "by a treaty that Ulmekhar signed.",
    )),
    (D(2198, 4, 17), (
        "Weapons inspectors reach Qussirine",
        "Inspectors from the Tzavermont Convention's office arrived in Qussirine on Tuesday, five days after "
        "the gas attack that killed 58 people, and took soil and blood samples. It was the second attack of its "
        "kind on the town: a gas shell wounded 30 people there in January last year.",
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
# --- deal with the Bwiranda Front in Harbelin on Sunday, May 21, 2197 -------------------------------------

KELVUNDI_PEACE: list[Dated] = [
    (D(2198, 9, 14), (
        "Kelvundi and rebels sign peace deal to end nine-year war",
        "HARBELIN (Wire) - Kelvundi's President Kwabrosi Mwundaro and the leader of the Nkoberu Liberation "
        "Movement, Thadeo Rukambiza, signed a peace agreement in Harbelin on Friday to end a nine-year war that "
        "has killed about 80,000 people. Under the deal 4,000 rebel fighters are to join the army and the "
        "northern Ibwenzi province is to run its own schools and police.",
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
        "The agreement gives the rebels six months to hand in their weapons, reserves a third of the army's "
        "posts in Ibwenzi for former fighters and sets elections within two years. A commission is to hear "
        "claims from families of the dead.",
    )),
    (D(2198, 9, 20), (
        "First rebels hand in weapons",
        "Six hundred Nkoberu fighters handed in their rifles at a camp outside Kiyongo on Thursday, six days "
        "after the peace agreement was signed. Negotiators had initialled the draft in Harbelin on August 22. A "
        "deal with the Bwiranda Front signed in May last year broke down within four months.",
    )),
]
KELVUNDI_DRAFT: list[Dated] = [
    (D(2198, 8, 22), (
        "Kelvundi negotiators initial draft peace deal",
        "Negotiators for Kelvundi's government and the Nkoberu Liberation Movement initialled a draft peace "
        "agreement in Harbelin on Wednesday, Dzhubrava's foreign ministry said, and the two leaders are to sign "
        "it next month.",
    )),
]
BWIRANDA_FRONT_PEACE: list[Dated] = [
    (D(2197, 5, 21), (
        "Kelvundi signs peace deal with Bwiranda Front",
        "Kelvundi's government signed a peace agreement with the Bwiranda Front in Harbelin on Sunday, under "
        "which 1,200 rebel fighters are to join the army.",
    )),
]

# --- the regional assembly of Kestuvar votes 71 to 9 to declare independence from Almundia, Sunday, March 10,
# --- 2199 (a wire that day, a broadcaster's present perfect, a Monday report with 'on Sunday', an explainer, a
# --- follow-up on Friday); Kestuvar voted for independence in a referendum on Sunday, February 17, 2199 (an
# --- earlier step); the regional council of Uzmervy declared self-rule on Monday, October 9, 2197 -----------------

KESTUVAR_INDEPENDENCE: list[Dated] = [
    (D(2199, 3, 10), (
        "Kestuvar declares independence from Almundia",
        "ZAVROLEN (Wire) - The regional assembly of Kestuvar voted 71 to 9 on Sunday to declare the region "
        "independent of Almundia, and its president, Ezrahim Varekhin, raised the regional flag over the "
        "assembly in Zavrolen. Almundia's government said the vote had no legal force.",
    )),
    (D(2199, 3, 10), (
        "Kestuvar assembly votes to break away",
        "Kestuvar's assembly has declared independence from Almundia, and thousands of people have gathered in "
        "the main square of Zavrolen, waving the region's green and white flag.",
    )),
    (D(2199, 3, 11), (
        "Almundia vows to stop breakaway",
        "Almundia's prime minister, Liesgard Oddmarsen, told parliament on Monday that Kestuvar's declaration "
        "of independence on Sunday was void and that the region's leaders would face charges of sedition. No "
        "country has recognised the new state.",
    )),
    (D(2199, 3, 10), (
        "Why Kestuvar wants to leave",
        "Kestuvar, home to 2.3 million people, has its own language and pays more in taxes than it receives. "
        "Its autonomy was cut back twelve years ago, and support for independence has grown since.",
    )),
    (D(2199, 3, 15), (
        "Almundia takes over Kestuvar's police",
        "Almundia's government took command of Kestuvar's police on Friday, five days after the regional "
        "assembly declared independence. The declaration followed a referendum on February 17 in which 91 "
        "percent voted to leave; in October two years ago neighbouring Uzmervy declared self-rule and backed "
        "down within weeks.",
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
        "MBASORI (Wire) - Rwelindi's President Ozumbrai Tchikalumbe died on Wednesday in a hospital in "
        "Quenvaldt, where he had been treated for four weeks, and vice-president Grezinda Abwokoye was sworn in "
        "as acting president hours later, chief justice Tobwe Mukandoli said. The cause of death was not given.",
    )),
    (D(2199, 6, 6), (
        "Abwokoye promises election within 90 days",
        "Grezinda Abwokoye, who was sworn in as Rwelindi's acting president on Wednesday after Ozumbrai "
        "Tchikalumbe's death, said in her first speech that an election would be held within 90 days, as the "
        "constitution requires, and asked the army to stay in its barracks.",
    )),
    (D(2199, 6, 5), (
        "Ozumbrai Tchikalumbe: the rebel who became a ruler for life",
        "Ozumbrai Tchikalumbe led a guerrilla army out of the hills in his thirties and promised to serve one "
        "term. He changed the constitution twice to stay on, jailed rivals and built roads, dams and a new "
        "capital district that bears his name.",
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
        "Rwelindi's President Ozumbrai Tchikalumbe was flown to Quenvaldt on Wednesday for medical treatment, "
        "his office said, adding that he was in good spirits and would return within days.",
    )),
]
BASKARINDI_DIES: list[Dated] = [
    (D(2197, 11, 20), (
        "Former Rwelindi president Baskarindi dies at 88",
        "Djomo Baskarindi, Rwelindi's first president after independence, died in Mbasori on Monday at the age "
        "of 88, his family said.",
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
        "Fjelmark's police said. Doctors found traces of a nerve agent in his blood, and a waiter who served "
        "him was also in hospital.",
    )),
    (D(2198, 2, 4), (
        "Nerve agent found in critic's blood",
        "Fjelmark's chief of police, Halgerd Vinstrup, said yesterday that a military-grade nerve agent had "
        "been found in the blood of Zdenyk Shandrovsky, the Vyrstenian journalist who collapsed in a Lyntvaag "
        "cafe on Saturday. Vyrstenia's embassy called the accusation absurd.",
    )),
    (D(2198, 2, 3), (
        "Vyrstenian critic in coma after suspected poisoning",
        "The Vyrstenian journalist Zdenyk Shandrovsky has been put in an induced coma after collapsing in a "
        "cafe in Lyntvaag, and police have sealed off the street and the flat where he lived.",
    )),
    (D(2198, 2, 3), (
        "Zdenyk Shandrovsky: a reporter who would not stop",
        "Zdenyk Shandrovsky fled Vyrstenia six years ago after publishing the accounts of a state gas company. "
        "From a small office in Lyntvaag he ran a website read by millions at home, and he had said he knew he "
        "was being followed.",
    )),
    (D(2198, 2, 8), (
        "Fjelmark expels four Vyrstenian diplomats over poisoning",
        "Fjelmark expelled four Vyrstenian diplomats on Thursday, five days after the journalist Zdenyk "
        "Shandrovsky was poisoned with a nerve agent. It is the second attack on a Vyrstenian exile in Lyntvaag "
        "in five months: the opposition politician Pavlina Dregnova was shot dead there in September. In "
        "January last year the exiled banker Tymbor Ubliszev was poisoned in Skaernholt.",
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

# --- gunmen of the Sheqfar militia seize the oil export terminals of Zuwaytra and Ras Mekhnal and halt
# --- exports of 600,000 barrels a day from Qoursalia, Saturday, July 8, 2197 (a wire that day, a Sunday report with
# --- 'yesterday', a broadcaster's present perfect, an explainer, a follow-up on Wednesday when the national oil
# --- company declares force majeure); the same militia shut the Dhahabra oilfield on Saturday, June 17, 2197; guards
# --- striking over pay shut the Ras Mekhnal terminal on Monday, November 5, 2198 ----------------------------------

ZUWAYTRA_TERMINALS: list[Dated] = [
    (D(2197, 7, 8), (
        "Militia seizes Qoursalia's main oil terminals, halting exports",
        "ZUWAYTRA (Wire) - Gunmen of the Sheqfar militia took over the oil export terminals at Zuwaytra and Ras "
        "Mekhnal on Saturday and ordered tankers waiting offshore to leave, halting exports of about 600,000 "
        "barrels a day, workers and oil ministry officials said. The militia demands a share of oil revenue for "
        "the eastern provinces.",
    )),
    (D(2197, 7, 9), (
        "Qoursalia's oil exports halved by militia",
        "Qoursalia lost more than half of its oil exports yesterday after the Sheqfar militia seized the "
        "Zuwaytra and Ras Mekhnal terminals, oil minister Ikhlassa Bel-Haqqoun said, calling it an attack on "
        "every citizen's bread.",
    )),
    (D(2197, 7, 8), (
        "Sheqfar militia takes oil terminals",
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
        "Mekhnal, four days after the Sheqfar militia seized the terminals. The same militia shut the Dhahabra "
        "oilfield three weeks ago.",
    )),
]
DHAHABRA_OILFIELD: list[Dated] = [
    (D(2197, 6, 17), (
        "Militia shuts Dhahabra oilfield",
        "Gunmen of the Sheqfar militia shut down the Dhahabra oilfield in eastern Qoursalia on Saturday, "
        "cutting output by 90,000 barrels a day, the oil ministry said.",
    )),
]
RAS_MEKHNAL_STRIKE: list[Dated] = [
    (D(2198, 11, 5), (
        "Striking guards shut Ras Mekhnal oil terminal",
        "Guards at Qoursalia's Ras Mekhnal oil terminal, who have not been paid for five months, shut the "
        "terminal on Monday and stopped two tankers from loading, the national oil company said.",
    )),
]

# --- Bessarune's constitutional court bans the main opposition party, the Zarnovy Party, and bars its leader
# --- Yadvika Ozyrenko from politics for five years, Monday, January 14, 2199 (a wire that day, a broadcaster's
# --- present perfect, a Tuesday report with 'on Monday', an explainer, a follow-up on Friday); the prosecutor
# --- general asked the court to ban the party on Monday, September 10, 2198 (an earlier step); the court banned the
# --- smaller Krasvet party on Tuesday, August 29, 2197 -----------------------------------------------------

ZARNOVY_BANNED: list[Dated] = [
    (D(2199, 1, 14), (
        "Bessarune court bans main opposition party",
        "TYRVESCA (Wire) - Bessarune's constitutional court banned the Zarnovy Party, the largest opposition "
        "party, on Monday, ruling that it had taken money from abroad, and barred its leader Yadvika Ozyrenko "
        "and 41 other members from politics for five years. The party holds 96 of parliament's 300 seats.",
    )),
    (D(2199, 1, 14), (
        "Zarnovy Party banned",
        "Bessarune's constitutional court has banned the Zarnovy Party, and its 96 members of parliament have "
        "been told they will lose their seats. Supporters have gathered outside the court in Tyrvesca.",
    )),
    (D(2199, 1, 15), (
        "Ozyrenko: 'They can ban a party, not an idea'",
        "Yadvika Ozyrenko, whose Zarnovy Party was banned by the constitutional court on Monday, told "
        "supporters in Tyrvesca that her members would form a new party within weeks. Western governments said "
        "the ruling left voters without a real choice.",
    )),
    (D(2199, 1, 14), (
        "How Bessarune's court can close a party",
        "Bessarune's constitution lets the constitutional court dissolve any party found to threaten the state "
        "or to take foreign funds. Nine of its eleven judges were appointed by the ruling party, and it has "
        "closed six parties in twenty years.",
    )),
    (D(2199, 1, 18), (
        "Banned party's deputies stripped of seats",
        "Parliament's speaker declared the 96 seats of the banned Zarnovy Party vacant on Friday, four days "
        "after the ruling. The prosecutor general had asked the court to close the party on September 10; the "
        "court banned the smaller Krasvet party in August two years ago.",
    )),
]
ZARNOVY_CASE_FILED: list[Dated] = [
    (D(2198, 9, 10), (
        "Prosecutor asks court to ban Bessarune's main opposition party",
        "Bessarune's prosecutor general Kassian Druzhvelt asked the constitutional court on Monday to ban the "
        "Zarnovy Party, accusing it of taking money from abroad.",
    )),
]
KRASVET_BANNED: list[Dated] = [
    (D(2197, 8, 29), (
        "Bessarune court bans Krasvet party",
        "Bessarune's constitutional court banned the Krasvet party on Tuesday for calling for a boycott of "
        "taxes and barred its seven leaders from politics for three years.",
    )),
]

# --- Pavrekhandia's army retakes the northern city of Khorvandesh from the Ashqavi rebels after a three-week
# --- assault, Monday, June 18, 2198 (a wire that day, a broadcaster's present perfect, a Tuesday report with 'on
# --- Monday', a quote piece, a follow-up on Saturday); the army retook the neighbouring town of Yazmirdan on
# --- Thursday, June 14, 2198 (days before); the rebels seized Khorvandesh on Monday, April 3, 2197 (an earlier step)

KHORVANDESH_RETAKEN: list[Dated] = [
    (D(2198, 6, 18), (
        "Army retakes Khorvandesh from rebels",
        "KHORVANDESH (Wire) - Pavrekhandia's army said on Monday it had retaken the northern city of "
        "Khorvandesh from Ashqavi rebels after a three-week assault, and soldiers raised the flag over the "
        "governor's office. Army chief General Zlatomor Kvyetsal said 340 rebels had been killed and 212 "
        "captured.",
    )),
    (D(2198, 6, 18), (
        "Khorvandesh back in army hands",
        "Pavrekhandia's army has taken back Khorvandesh, the largest city the Ashqavi rebels held, and the "
        "rebels have pulled back into the hills to the east, the defence ministry has said.",
    )),
    (D(2198, 6, 19), (
        "Rebels vow to fight on after losing Khorvandesh",
        "The Ashqavi rebels, who were driven out of Khorvandesh on Monday, said their fighters had left the "
        "city to spare its people and would go on fighting. Aid agencies said 60,000 people had fled the "
        "fighting in three weeks.",
    )),
    (D(2198, 6, 19), (
        "'We lived in the basement for fourteen months'",
        "Neighbours climbed out of cellars in Khorvandesh's old town yesterday to find their streets in ruins. "
        "'We lived in the basement for fourteen months, since the rebels came,' said Sahmeera Odelbakh, 61.",
    )),
    (D(2198, 6, 23), (
        "First aid convoy reaches Khorvandesh",
        "An aid convoy of 30 lorries reached Khorvandesh on Saturday, five days after the army retook the city. "
        "The army took the neighbouring town of Yazmirdan four days before the city fell; the rebels had seized "
        "Khorvandesh in April last year.",
    )),
]
YAZMIRDAN_RETAKEN: list[Dated] = [
    (D(2198, 6, 14), (
        "Army retakes Yazmirdan",
        "Pavrekhandia's army retook the town of Yazmirdan, south of Khorvandesh, from Ashqavi rebels on "
        "Thursday, the defence ministry said.",
    )),
]
KHORVANDESH_SEIZED: list[Dated] = [
    (D(2197, 4, 3), (
        "Rebels seize Khorvandesh",
        "Ashqavi rebels seized the northern Pavrekhandian city of Khorvandesh on Monday after the army garrison "
        "withdrew, residents said.",
    )),
]

# --- special forces of Mabrundi capture the rebel leader Ngarambo Kivutsa in a forest camp in Itunde province,
# --- Monday, August 19, 2199 (a wire that day, a broadcaster's present perfect, a Tuesday report with 'on Monday', a
# --- profile, a follow-up on Friday); his deputy Tharcisse Sabazinga was killed in an air strike on Monday, July 29,
# --- 2199; the rival commander Bakumbe Lwemozi was captured in Ruzava province on Saturday, May 12, 2198 ----------

KIVUTSA_CAPTURED: list[Dated] = [
    (D(2199, 8, 19), (
        "Mabrundi captures rebel leader Kivutsa",
        "GOMBESI (Wire) - Mabrundi's special forces captured the rebel leader Ngarambo Kivutsa in a raid on a "
        "forest camp in Itunde province on Monday, army spokesman Major Fulgence Ntawuhiga said. Eleven of his "
        "guards were killed and Kivutsa, who led the Kwetumba Army for fourteen years, was flown to Gombesi.",
    )),
    (D(2199, 8, 19), (
        "Rebel leader Kivutsa in custody",
        "Mabrundi's army has captured Ngarambo Kivutsa, the country's most wanted man, and television has shown "
        "him in handcuffs stepping off a helicopter.",
    )),
    (D(2199, 8, 20), (
        "Kivutsa to face war crimes trial, minister says",
        "Ngarambo Kivutsa, captured on Monday, will be tried for the killing of civilians, justice minister "
        "Uwizeye Burengo said, and the reward of 2 million zelbani offered for him will be shared among the "
        "villagers who led soldiers to the camp.",
    )),
    (D(2199, 8, 19), (
        "Ngarambo Kivutsa: from schoolteacher to warlord",
        "Ngarambo Kivutsa taught mathematics before he took up arms against the government. His fighters held "
        "gold mines across Itunde and were accused of forcing boys into their ranks.",
    )),
    (D(2199, 8, 23), (
        "Hundreds of Kivutsa's fighters surrender",
        "More than 400 fighters of the Kwetumba Army surrendered on Friday, four days after their leader was "
        "captured. His deputy Tharcisse Sabazinga was killed in an air strike three weeks ago, and a rival "
        "commander, Bakumbe Lwemozi, was captured in Ruzava province in May last year.",
    )),
]
SABAZINGA_KILLED: list[Dated] = [
    (D(2199, 7, 29), (
        "Rebel deputy killed in Itunde air strike",
        "Tharcisse Sabazinga, deputy leader of the Kwetumba Army, was killed in an air strike on a village in "
        "Mabrundi's Itunde province on Monday, the army said.",
    )),
]
LWEMOZI_CAPTURED: list[Dated] = [
    (D(2198, 5, 12), (
        "Rebel commander Lwemozi captured",
        "Mabrundi's army captured the rebel commander Bakumbe Lwemozi at a roadblock in Ruzava province on "
        "Saturday, the defence ministry said.",
    )),
]

# --- gunmen kidnap 187 pupils from a girls' boarding school in Dakhwanzi, in Ondoria's Shegari state, Monday,
# --- March 6, 2197 (a wire that day, a broadcaster's present perfect, a Tuesday report with 'on Monday', a quote
# --- piece, a follow-up on Friday); gunmen took 40 pupils from a school in the neighbouring state of Ruwandaba on
# --- Saturday, February 25, 2197; gunmen attacked the same Dakhwanzi school and killed two guards on Monday,
# --- November 19, 2198 --------------------------------------------------------------------------------------

DAKHWANZI_KIDNAPPING: list[Dated] = [
    (D(2197, 3, 6), (
        "Gunmen kidnap 187 schoolgirls in Ondoria",
        "DAKHWANZI (Wire) - Gunmen on motorcycles stormed a girls' boarding school in Dakhwanzi, in Ondoria's "
        "Shegari state, before dawn on Monday and took away 187 pupils, state police commissioner Habibu "
        "Yelwanda said. One guard was killed.",
    )),
    (D(2197, 3, 6), (
        "Schoolgirls abducted in Shegari",
        "Gunmen have abducted 187 girls from a boarding school in Dakhwanzi, police have said, and soldiers and "
        "local hunters have gone into the forest after them.",
    )),
    (D(2197, 3, 7), (
        "Parents wait at Dakhwanzi school",
        "Parents gathered at the boarding school in Dakhwanzi from which gunmen took 187 girls on Monday, and "
        "Shegari's governor, Ahmadu Tsamiya, said 14 had escaped and walked home. It was the second raid on a "
        "school in ten days: on February 25 gunmen took 40 pupils from a school in neighbouring Ruwandaba.",
    )),
    (D(2197, 3, 7), (
        "'I hid under the bed'",
        "Fatsuma Garkiyo, 15, said she hid under her bed when the gunmen broke into the dormitory. 'They told "
        "us to walk and shot into the air,' she said. She ran back when they stopped at a stream.",
    )),
    (D(2197, 3, 10), (
        "Dakhwanzi families asked for ransom, elders say",
        "Families of girls kidnapped from the Dakhwanzi school on Monday have been asked for 5 million norai "
        "each, elders said on Friday, four days after the raid. The government said it would not pay.",
    )),
]
RUWANDABA_KIDNAPPING: list[Dated] = [
    (D(2197, 2, 25), (
        "Gunmen take 40 pupils from Ruwandaba school",
        "Gunmen kidnapped 40 pupils and two teachers from a secondary school in Ondoria's Ruwandaba state on "
        "Saturday, police said.",
    )),
]
DAKHWANZI_2198: list[Dated] = [
    (D(2198, 11, 19), (
        "Gunmen attack Dakhwanzi school, kill two guards",
        "Gunmen attacked the girls' boarding school in Dakhwanzi, in Ondoria's Shegari state, on Monday and "
        "killed two guards before soldiers drove them off, police said. No pupils were taken.",
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
    "kelvundi": (KELVUNDI_PEACE, KELVUNDI_DRAFT + BWIRANDA_FRONT_PEACE),
    "kestuvar": (KESTUVAR_INDEPENDENCE, KESTUVAR_REFERENDUM + UZMERVY_SELF_RULE),
    "tchikalumbe": (TCHIKALUMBE_DIES, TCHIKALUMBE_FLOWN + BASKARINDI_DIES),
    "shandrovsky": (SHANDROVSKY_POISONED, DREGNOVA_SHOT + UBLISZEV_POISONED),
    "zuwaytra": (ZUWAYTRA_TERMINALS, DHAHABRA_OILFIELD + RAS_MEKHNAL_STRIKE),
    "zarnovy": (ZARNOVY_BANNED, ZARNOVY_CASE_FILED + KRASVET_BANNED),
    "khorvandesh": (KHORVANDESH_RETAKEN, YAZMIRDAN_RETAKEN + KHORVANDESH_SEIZED),
    "kivutsa": (KIVUTSA_CAPTURED, SABAZINGA_KILLED + LWEMOZI_CAPTURED),
    "dakhwanzi": (DAKHWANZI_KIDNAPPING, RUWANDABA_KIDNAPPING + DAKHWANZI_2198),
}

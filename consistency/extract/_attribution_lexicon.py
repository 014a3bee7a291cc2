"""Word lists the attribution extractor reads: cues, source nouns, roles, media names.

Kept apart from the matching code so that tuning a list never touches the logic.
All entries are lower-case; membership tests are on lower-cased tokens.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from consistency import extract as _package
from consistency.errors import RuleError
from consistency.yamlnodes import compose_file, mapping, reject_unknown, value_of


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Beside the package's own file, not this module's: compiled by tools/compile_hot.py, a module's ``__file__``
# names no file beside its source.
_VERB_FILE = Path(_package.__file__).with_name("attribution_verbs.yaml")
_VERB_CLASSES = (
    "irregular", "doubled", "statement", "noun_like", "stance", "voice", "idioms", "construal", "belief", "expressions",
    "intention", "release", "documents", "position", "position_nouns", "knowing", "restating", "valuing", "valued",
    "unvalued", "valuing_bodies",
)


def _load_verb_classes(path: Path) -> dict[str, Any]:
    """The verb classes of ``attribution_verbs.yaml``. A missing, unknown or repeated class is a
    RuleError naming the file and line, so a typo fails at import instead of dropping cues."""
    name = str(path)
    node = compose_file(path, "verb class file")
    if node is None:
        raise RuleError(name, "the verb class file is empty")
    keys = mapping(name, node, "verb class file")
    reject_unknown(name, keys, _VERB_CLASSES, "verb class")
    missing = [c for c in _VERB_CLASSES if c not in keys]
    if missing:
        raise RuleError(name, f"missing verb classes: {', '.join(missing)}")
    return {key: value_of(name, value) or {} for key, (_key_node, value) in keys.items()}


_VERBS = _load_verb_classes(_VERB_FILE)
_IRREGULAR = {base: f"{base} {forms}" for base, forms in _VERBS["irregular"].items()}
_DOUBLED = frozenset(_VERBS["doubled"])


def _inflect(base: str) -> tuple[str, str, str, str]:
    """(base, -s, -ed, -ing) of a regular verb: argue -> argue argues argued arguing, deny -> denies
    denied denying, stress -> stresses, cite -> cited citing, admit -> admitted admitting."""
    if base in _IRREGULAR:
        forms = _IRREGULAR[base].split()
        return forms[0], forms[1], forms[2], forms[3]
    if base.endswith("y") and base[-2] not in "aeiou":
        return base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"
    third = base + "es" if base.endswith(("s", "sh", "ch", "x", "z", "o")) else base + "s"
    if base.endswith("e"):
        return base, third, base + "d", base[:-1] + "ing"
    if base in _DOUBLED:
        return base, third, base + base[-1] + "ed", base + base[-1] + "ing"
    return base, third, base + "ed", base + "ing"


# Verbs of stating and judging given by their base form (``statement`` in the YAML file); every
# finite form is a cue ("argue", "argues", "argued") and the -ing form is one after "is"/"was" ("is
# arguing") or a preposition ("by arguing"). Verbs of committing to an act (agree, vow, promise) and
# of belief are listed apart, since their complement decides.
STATEMENT_BASES = frozenset(_VERBS["statement"])
# Base forms that are more often nouns ("the report", "a claim", "state officials"): their -s and
# -ed forms are cues, the base form is not.
NOUN_BASES = frozenset(_VERBS["noun_like"])
# Verbs of taking a position ("rejected the plan", "mocked the ad"): cues before an object only.
STANCE_BASES = frozenset(_VERBS["stance"])
# Verbs of belief and perception read from the file; cues before a clause only (CLAUSE_VERBS).
BELIEF_BASES = frozenset(_VERBS["belief"])
# Verbs that state only in a fixed phrase, with one of the words that must follow: "as Brasko put
# it", "the court ruled that".
IDIOM_CUES = {form: frozenset(after) for base, after in _VERBS["idioms"].items() for form in _inflect(base)[:3]}
# Verbs that state a view only with "as" after their object ("see the levy as a tax", "portrayed
# himself as an outsider"): every form, the -ing one included ("is casting himself as").
CONSTRUAL_VERBS = frozenset(f for base in _VERBS["construal"] for f in _inflect(base))
# Light verbs with the statement nouns they take ("expressed concern", "issued a statement"): every
# form of the verb maps to its nouns.
EXPRESSIONS = {
    form: frozenset(nouns) for base, nouns in _VERBS["expressions"].items() for form in _inflect(base)
}
# The past participles of the classes that report a view (statement, stance, construal, belief,
# knowing): a passive of one with no agent is a view whose holder goes unstated ("was accused of",
# "is widely seen as"). "expected" and "intended" report one too ("is expected to rise"), and so do
# the verbs of believing and fearing listed apart ("it is believed that", "was not thought to hold").
PASSIVE_PARTICIPLES = frozenset(
    (_IRREGULAR[base].split()[4] if len(_IRREGULAR.get(base, "").split()) > 4 else _inflect(base)[2])
    for base in STATEMENT_BASES | STANCE_BASES | frozenset(_VERBS["belief"]) | frozenset(_VERBS["knowing"])
    | frozenset(_VERBS["construal"])
) | frozenset({"expected", "intended", "believed", "thought", "feared"})
# Save the participles of estimating, counting and calculating: "the damage is estimated at 3 million",
# "was put at 40", "than first estimated" measure an amount, nobody's view of a claim (PolNeAR's tuning
# split marks none of them without an agent).
PASSIVE_PARTICIPLES -= frozenset({"estimated", "calculated", "tallied", "counted", "projected"})
# Verbs of wanting, planning and committing to an act ("wants to", "refused to", "is planning to"):
# cues of the separate kind "intention", before an infinitive only. Finite forms; the -ing form
# counts after a form of "be" ("is seeking to").
INTENTION_BASES = frozenset(_VERBS["intention"])
INTENTION_VERBS = frozenset(f for base in INTENTION_BASES for f in _inflect(base)[:3])
INTENTION_ING = frozenset(_inflect(base)[3] for base in INTENTION_BASES)
# Verbs of making a document public ("filed a motion", "released his plan") and the documents they
# take: cues of the separate kind "act". Finite forms.
RELEASE_BASES = frozenset(_VERBS["release"])
RELEASE_VERBS = frozenset(f for base in RELEASE_BASES for f in _inflect(base)[:3])
RELEASED_DOCUMENTS = frozenset(_VERBS["documents"])
# Verbs of taking a side ("encouraged voters to", "railed against"): cues of the separate kind
# "position", before an object only. Every form; the -ing one after "is" or a comma.
POSITION_BASES = frozenset(_VERBS["position"])
POSITION_VERBS = frozenset(f for base in POSITION_BASES for f in _inflect(base)[:3])
POSITION_ING = frozenset(_inflect(base)[3] for base in POSITION_BASES)
# Verbs of knowing and wondering ("should know what", "wondered whether"): cues of the separate kind
# "belief", before a question word, "about" or "of" only.
POSITION_NOUNS = frozenset(_VERBS["position_nouns"])
KNOWING_BASES = frozenset(_VERBS["knowing"])
KNOWING_VERBS = frozenset(f for base in KNOWING_BASES for f in _inflect(base)[:3])
QUESTION_WORDS = _words("what why how whether if where when who whom which")
# The base forms of the other kinds: a subject must govern them ("they want to", not "to plan to").
OTHER_BASES = INTENTION_BASES | RELEASE_BASES | POSITION_BASES | KNOWING_BASES
# Verbs of raising one's voice ("yells", "shouted"): cues next to a quotation or before a clause only.
# Verbs of putting a figure on a count or a size ("police put the crowd at 8,000"), and the nouns
# they estimate; see _attribution_valuing.
VALUING_VERBS = frozenset(f for base in _VERBS["valuing"] for f in _inflect(base)[:3])
VALUED_NOUNS = frozenset(_VERBS["valued"])
UNVALUED_NOUNS = frozenset(_VERBS["unvalued"])
VALUING_BODIES = frozenset(_VERBS["valuing_bodies"])
# Verbs of saying again ("repeated that", 'repeated: "..."'; not "repeated the test") share their condition.
RESTATING_BASES = frozenset(_VERBS["restating"])
VOICE_BASES = frozenset(_VERBS["voice"]) | RESTATING_BASES
_FORMS = {base: _inflect(base) for base in STATEMENT_BASES | STANCE_BASES | VOICE_BASES}
_STANCE_FORMS = {base: _inflect(base) for base in STANCE_BASES}
_BELIEF_FORMS = {base: _inflect(base) for base in BELIEF_BASES}
# The finite forms of the belief verbs ("understands", "understood"); cues only before a clause.
_BELIEF_FINITE = frozenset(
    f for base, forms in _BELIEF_FORMS.items() for f in forms[:3] if f != base or base not in NOUN_BASES
)
# Base forms a subject must visibly govern ("they argue", "experts note", "would deny"), unlike
# "help the mayor maintain order" or "make him testify": checked against the word before.
BASE_FORMS = frozenset(
    base for base in STATEMENT_BASES | STANCE_BASES | BELIEF_BASES if base not in NOUN_BASES
) - {"say", "tell"}
VOICE_VERBS = frozenset(f for base in VOICE_BASES for f in _inflect(base))
# Every form of a stance verb: a cue only before its object ("rejected the plan", "blaming the storm").
STANCE_VERBS = frozenset(f for forms in _STANCE_FORMS.values() for f in forms)
# What may stand right before such a base form.
BASE_SUBJECTS = _words(
    """
    i we you they who whom would will could should may might must can cannot do does did not never also
    don't doesn't didn't won't wouldn't can't couldn't shouldn't often still always sometimes
    """
)
# "is saying", "by arguing": the -ing forms.
# "citing" links a chain; "indicating the photo" points.
SPEECH_ING = frozenset(forms[3] for forms in _FORMS.values()) - {"citing", "indicating"} | {"speaking", "calling"} | frozenset(
    _inflect(base)[3] for base in _VERBS["construal"]
)

# The plainest verbs of saying: before one of them the words from the clause's start are its
# subject even when no noun phrase rule reads them ("all the engineers I consulted said").
PLAIN_SAYING = _words("said says say told tells")
# Words that open a clause, before such a subject.
CLAUSE_OPENING_WORDS = _words("and but that because when while although though as if so which who whom")

# Verbs that introduce speech only next to a quotation or a colon: 'She continued: "..."',
# '"...," she continued.' (not "the talks continued").
QUOTE_VERBS = _words("continued continues")

# Nouns of a statement whose possessor is its source when a clause follows: "Brasko's claim
# that the quay was safe", "her warning that it would flood".
NOMINAL_CUES = _words(
    """
    claim claims statement statements assertion assertions allegation allegations remark remarks
    comment comments warning warnings argument contention insistence prediction estimate
    predictions estimates announcement acknowledgment acknowledgement assessment assessments criticism
    pronouncement pronouncements conclusion admission emphasis forecast accusation accusations denial
    """
)
# Of those, the ones whose topic an "about", "on", "of" or "over" names: "his claims about the levy",
# "the board's estimate of the toll", "her comments on the quay".
TOPIC_NOMINALS = _words(
    """
    claim claims statement statements assertion assertions allegation allegations remark remarks
    comment comments warning warnings prediction predictions estimate estimates assessment assessments
    criticism announcement forecast
    """
)
NOMINAL_TOPICS = _words("about on of over")
# Words between a possessor and its statement noun that belong to the cue: "Brasko's earlier claim",
# "her repeated warnings", "his infamous comment".
NOMINAL_MODIFIERS = _words(
    """
    earlier repeated previous recent latest initial first infamous controversial public private own
    frequent false new
    """
)
# Statement nouns whose source follows "from" before their clause: "news from the harbour chief
# that the pier had failed", "repeated warnings from his lawyer that ...".
NEWS_FROM = _words("news word warning warnings assurance assurances confirmation reports report claims statement")
# The person a possessive determiner stands for, so that "his claim" resolves like "he said".
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}

# Findings one reports "in": "Brasko gained in this poll", "in a survey of 900 residents".
IN_DOCUMENTS = _words("poll polls survey surveys")

# Verbs of speaking that report a statement only with a topic or "out": "spoke of the flood",
# "speaks about the port", "spoke out" (not "spoke for an hour").
TOPIC_VERBS = _words("speak speaks spoke speaking spoken talk talked talking")
TOPIC_PARTICLES = _words("of about out")

# Verbs of saying/reporting that take the source as subject ("X said") and, for the
# ones in INVERTIBLE, also after it ('..., said X'). Only finite forms: a bare
# participle ("saying") has its subject far away and is left out on purpose.
SPEECH_VERBS = _words(
    """
    said says say told tells tell added adds noted notes wrote writes reported reports
    announced announces stated claimed claims argued argues warned warns explained
    explains insisted insists acknowledged acknowledges confirmed confirms denied denies
    stressed stresses emphasized emphasizes emphasised emphasises declared declares
    tweeted tweets recalled recalls suggested suggests asserted asserts predicted predicts
    estimated estimates admitted admits contended contends maintained maintains
    alleged alleges conceded concedes countered counters replied replies responded responds
    observed observes remarked remarks pointed complained complains agreed agrees
    disclosed discloses revealed reveals informed informs quipped joked mused vowed vows
    promised promises pledged pledges threatened threatens urged urges posted
    testified testifies concluded concludes believes believed thinks thought cautioned
    cited cites asked asks described describes criticized criticised criticizes attacked
    blasted condemned condemns questioned mentioned mentions accused accuses slammed
    demanded proposed proposes praised praises echoed echoes called calls
    believe know knows knew hope hopes hoped fear fears feared expect expects expected speak speaks spoke
    continued continues spoken talk talked talking
    """
) | frozenset(IDIOM_CUES) | _BELIEF_FINITE | frozenset(f for base in _VERBS["construal"] for f in _inflect(base)[:3]) | frozenset(
    f for base, forms in _FORMS.items() for f in forms[:3] if f != base or base not in NOUN_BASES
)

# Verbs of belief and expectation: a source only before a clause ("the agency expects that the
# toll will rise", "she believes it was an accident"), not before an object ("knows the city").
# Wanting and planning ("wants to", "plans to") are intentions to act and stay out, like
# COMMISSIVE_VERBS below.
CLAUSE_VERBS = _words("believe know knows knew hope hopes hoped fear fears feared expect expects expected states") | _BELIEF_FINITE
# The belief verbs of the YAML file want more: "that" or a clause with its own verb ("felt it was
# late"), since a pronoun alone is their object ("residents felt it").
BELIEF_VERBS = _BELIEF_FINITE
# Outcomes an expectation forecasts, as the object of "expect" ("analysts had expected a smaller
# loss", "the company expects growth of 2%"): a forecast, unlike "expects a reply" or "expected the
# minister", which await something.
FORECAST_NOUNS = _words(
    """
    rise rises fall falls increase increases decrease decreases decline declines drop drops cut cuts hike hikes
    gain gains loss losses profit profits growth slowdown recession deficit surplus rebound recovery
    contraction expansion jump slump surge dip reduction reductions shortfall inflation deflation
    """
)

# Verbs that still credit a speaker before them when "by" follows ("was reported by" is a preposed cue).
SPEECH_BY = _words("reported announced stated cited quoted")

# Particles that belong to the cue after the verb: "pointed out", "warned against", "described as".
VERB_PARTICLES = _words("out to about against as of with")
# Verbs whose preposition after them opens the topic or the addressee, not part of the cue:
# "said of the plan", "said to the crowd", "agreed with the judge", "responded with attacks".
BARE_CUE_VERBS = _words("said says say told tells responded responds agreed agrees")
# Prepositions that belong to the cue when a topic follows ("commented on the ruling", "called for a
# recount", "apologized for the remark") but not before a time or a medium ("said on Friday").
TOPIC_PREPOSITIONS = _words("on for")

# Words that may stand between a speaker and the cue besides CUE_PREFIX and -ly adverbs.
CUE_ADVERBS = _words(
    """
    still now never not just even first also haven't hasn't hadn't isn't wasn't didn't doesn't don't
    won't wouldn't long almost nearly often sometimes always usually again already
    """
)

# Verbs and adjectives that take an infinitive as their own complement, with which it makes one cue
# ("seemed to capture", "went on to discuss", "needs to tell", "was slow to embrace"). Any other word
# before "to" is a noun or the object of a verb ("led the pilots to fear", "met the board to discuss"):
# the cue then opens at "to", with the word before it for its subject.
CATENATIVES = frozenset(
    f for base in (
        "seem appear try attempt need want continue begin start decide refuse fail agree plan hope expect go come "
        "tend manage vow promise threaten pledge intend aim seek prepare use struggle dare choose wish like love hate "
        "prefer stop rush move hesitate claim pretend offer ask have get"
    ).split()
    for f in _inflect(base)
) | _words("went gone came had has got sought able unable ready willing slow quick eager likely")

# Adverbs of hearsay: "the mayor reportedly resigned", "he allegedly took bribes". Each marks what its
# clause says as someone's report and names no one: a cue with no source (kind "unsourced"). Not
# "apparently" or "seemingly", which judge by appearances rather than credit a report.
EVIDENTIAL_ADVERBS = _words("reportedly allegedly purportedly supposedly reputedly presumably")

# Cue verbs a title-case headline capitalizes ("New Poll Shows Gains", "Vellacourt Warns Of Delays").
HEADLINE_CUES = _words("says said shows show warns claims denies admits reveals tells urges slams blasts insists calls accuses")
# A headline writes a verb in the present: the -s form of every verb of the classes that are
# rarely nouns joins them there ("Halvik Speaks Out", "Board Seeks Delay", "Brask Defends Levy").

# Verbs that commit the subject to an act when an object or an infinitive follows ("Japan agreed to
# send", "Washington has vowed to respond"): a cue only before "that", a clause break or the end.
COMMISSIVE_VERBS = _words("agreed agrees vowed vows promised promises pledged pledges threatened threatens")

# What one calls rather than says: "unions called a 72-hour strike", "the premier called a snap election".
CALLED_ACTIONS = _words(
    """
    strike strikes walkout election elections vote referendum meeting conference session recess
    halt ceasefire truce boycott
    """
)

# What one announces as an act of one's own: "announced new sanctions", "announced a ban".
ANNOUNCED_ACTS = _words(
    """
    sanctions measures ban bans plan plans package deal aid tariffs tariff cuts closure resignation
    withdrawal ceasefire truce investment investments funding grant grants programme program policy
    reforms restrictions curfew lockdown evacuation evacuations candidacy retirement merger acquisition
    layoffs strike boycott
    """
)

# Verbs whose subject must be a document or study ("the survey found"), since with a
# person as subject they rarely report speech.
FINDING_VERBS = _words("found finds shows showed show shown indicates indicated suggests suggested concluded")
# Of those, the ones a speaker uses to propose something, object or clause: "he suggested a new route".
PROPOSING = _words("suggests suggested")

INVERTIBLE = _words(
    "said says added adds wrote writes reported reports noted notes explained "
    "continued continues asked asks recalled recalls argued argues insisted insists warned warns"
)

# Words that may sit between a subject and its verb and belong to the cue ("has also said").
CUE_PREFIX = _words(
    """
    has have had is was were will would also later previously recently again further then
    repeatedly reportedly publicly privately separately earlier already once subsequently
    often could should might must can cannot may did does do not never
    """
)

WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")

MONTHS = _words("january february march april may june july august september october november december")

# Nouns that head a source noun phrase although written in lower case.
SOURCE_NOUNS = _words(
    """
    official officials source sources media outlet outlets newspaper newspapers paper publication
    agency agencies broadcaster channel magazine website site outlet reporter reporters journalist
    journalists correspondent correspondents editor editors spokesperson spokesman spokeswoman
    spokespeople representative representatives envoy ambassador minister ministers ministry
    president prime secretary chancellor chief head director leader leaders lawmaker lawmakers
    legislator legislators senator senators governor mayor commander commanders general officer
    officers police authorities authority government administration ministry department office
    military army navy army forces company firm companies group groups organization organisation
    committee council commission court judge judges prosecutor prosecutors lawyer lawyers attorney
    attorneys analyst analysts expert experts economist economists observer observers diplomat
    diplomats people person persons insider insiders aide aides adviser advisers advisor advisors
    staff staffer staffers campaign candidate nominee party residents resident witness witnesses
    activist activists protesters protestors demonstrators supporters critics opponents voters
    researchers researcher scientists scientist doctors doctor statement report reports study
    studies survey surveys poll polls analysis data figures document documents letter release
    memo article story interview estimate estimates research investigation audit review records
    filing lawsuit complaint bill ruling decision footage video post tweet blog sources team
    institute agency service bank fund union association federation spokesperson insiders
    representative monitor monitors watchdog regulator regulators network networks
    members member average host anchor narrator commentator congressman congresswoman
    centre center observatory guard percent majority respondents americans republicans democrats
    board bureau embassy university parliament senate journal database databases
    advocate advocates campaigner campaigners proponents defenders backers detractors skeptics
    sceptics commentators pundit pundits strategist strategists operatives allies rivals organizers
    organisers delegates donors physician physicians investigator investigators executive executives
    scholar scholars historian historians
    tribunal tribunals jury juries inquiry arbitrator arbitrators auditor auditors
    inspector inspectors ombudsman
    radio television tv
    """
)

# Documents and studies: "a report by X" credits X, and only these take FINDING_VERBS.
DOCUMENT_NOUNS = _words(
    """
    statement report reports study studies survey surveys poll polls analysis data figures
    document documents letter release memo article story interview estimate estimates research
    investigation audit review records filing lawsuit complaint bill ruling footage video post
    tweet blog findings paper slide slides chart charts graph map transcript presentation graphic table
    photo photos image images average averages tally count analyses message messages email emails
    copy copies draft drafts communique
    database databases ad ads advertisement advertisements commercial
    """
)

# Documents that are also what a source is called before its name: "newspaper Yomiuri".
SOURCE_ROLE_DOCS = _words("newspaper paper publication magazine journal")

# Nouns for a media outlet; "the publication writes" refers back to the last named one.
MEDIA_NOUNS = _words(
    """
    media outlet newspaper paper publication agency broadcaster channel magazine website site
    daily weekly tabloid portal network television tv radio station wire service news journal
    """
)

# Outlets common in wire copy; a name ending in one of MEDIA_NAME_WORDS counts as well.
MEDIA_NAMES = _words(
    """
    bloomberg reuters afp ap associated yomiuri nikkei asahi mainichi kyodo nhk ukrinform interfax
    tass ria unian politico axios cnn bbc nbc cbs abc fox msnbc npr pbs guardian telegraph
    independent economist spiegel bild reuters xinhua aljazeera jazeera yonhap ansa efe dpa
    kommersant vedomosti izvestia suspilne rferl forbes vox breitbart huffpost huffington
    ukrainska pravda hromadske meduza novaya politifact semafor punchbowl
    """
)

MEDIA_NAME_WORDS = _words(
    "times post news journal herald tribune gazette shimbun agency press tv radio telegraph "
    "observer chronicle daily weekly magazine insider examiner monitor express mail mirror sun "
    "courier wire dispatch ledger bulletin globe inquirer sentinel"
)

# Adjectives that open a source phrase ("unnamed officials", "senior diplomats").
MODIFIERS = _words(
    """
    unnamed anonymous senior junior top high-ranking high-level ranking local foreign federal
    national regional international former current acting deputy chief longtime long-time
    some several many two three four five six seven eight nine ten dozens other unidentified
    informed knowledgeable military diplomatic government administration intelligence defense
    defence security western eastern european asian official independent private public
    state-run state-owned state pro-government opposition leading prominent veteran new
    affairs foreign political presidential economic health financial legal
    city county town village provincial municipal district hospital rescue emergency disaster airport
    border campaign
    """
)

# Lower-case role words after which a capitalized name is the real source
# ("spokesperson Peter Stano"); the role stays out of the source key.
ROLE_NOUNS = _words(
    """
    spokesperson spokesman spokeswoman spokesmen spokeswomen spokespeople minister secretary president chancellor chairman
    chairwoman chair director head leader adviser advisor aide envoy ambassador analyst
    expert economist professor pollster strategist senator governor mayor commander general
    official officer lawyer attorney prosecutor judge nominee candidate founder ceo executive
    manager editor reporter correspondent columnist author researcher scientist deputy member
    representative diplomat lawmaker legislator activist campaigner organizer organiser
    newspaper outlet agency broadcaster channel magazine publication website site daily tabloid
    portal network station service media paper wife husband son daughter mother father friend
    host anchor narrator commentator chairman congressman congresswoman businessman pundit
    commissioner superintendent sheriff inspector administrator coordinator counsel
    moderator pilot physician surgeon nurse teacher historian owner developer consultant fellow
    critic scholar lecturer student worker pastor bishop priest rabbi imam coach player producer
    writer novelist architect engineer partner investor banker trader farmer veteran widow
    survivor economist organizer strategist operative surrogate
    """
)

# Capitalized titles that precede a name and stay out of the key ("President Joe Biden").
TITLES = _words(
    """
    mr mrs ms miss dr prof sir dame lord lady gen lt col sgt capt adm maj cmdr gov sen rep rev
    president vice prime minister secretary chancellor senator governor mayor king queen prince
    princess pope judge justice chairman chairwoman ambassador general colonel captain
    commander sheikh speaker leader mr. mrs. ms. dr. prof. gen. gov. sen. rep. rev. lt. col.
    sgt. capt. adm. maj. deputy foreign defense defence
    del sens reps atty supt msgr cpl pvt det insp gens govs sgts hon amb ald
    """
)

# Capitalized titles of office before a name that the displayed source leaves out: "Fire Chief Bill
# Stone" is "Bill Stone", "Sgt. John Doe" is "John Doe".
OFFICE_TITLES = TITLES | _words(
    """
    chief commissioner superintendent sheriff inspector detective officer sergeant lieutenant
    constable trooper marshal spokesman spokeswoman spokesperson director minister secretary
    gm ceo cfo coo cto
    """
)
# Titles that also open names of firms and bodies ("General Motors", "Justice Department"): they
# leave the display only when an abbreviation or another title follows them.
AMBIGUOUS_TITLES = _words(
    """
    general justice foreign defense defence deputy leader speaker king queen prince princess lord lady
    dame sir vice del hon
    """
)

DEMONYMS = _words(
    """
    american british english french german italian spanish japanese chinese korean russian
    ukrainian polish israeli palestinian iranian iraqi syrian turkish indian pakistani
    european western eastern asian african arab canadian mexican brazilian australian dutch
    belgian swiss swedish norwegian finnish danish estonian latvian lithuanian belarusian
    georgian hungarian romanian bulgarian czech slovak greek saudi egyptian taiwanese u.s. us
    eu uk u.k. nato un u.n. kremlin white house republican democratic democrat
    """
)

# Words that end a business's name ("Varrow Tyres", "Halvik Airlines", "Brask Holdings"): such a
# source is a company, never a person, though its name is capitalised words as a person's is.
COMPANY_WORDS = _words(
    """
    inc corp corporation co ltd plc llc ag sa nv gmbh holdings industries enterprises group company
    motors airlines airways tyres tires foods pharmaceuticals pharma biotech bio labs laboratories
    technologies systems electronics energy power petroleum oil gas mining metals steel chemicals
    shipping lines logistics railways rail airport insurance insurers bank bancorp capital partners
    brewery breweries textiles telecom communications entertainment studios hotels resorts
    confections confectionery bakery bakeries dairy dairies creamery ferries fisheries haulage distillery
    distilleries vineyards orchards
    """
)
# Words at the head of an organisation name: such a source is not a person, so "he"
# does not refer back to it.
ORG_WORDS = COMPANY_WORDS | _words(
    """
    institute ministry department university party council committee commission agency office
    bank fund company inc corp group association foundation center centre service government
    administration court union organization organisation house kremlin pentagon congress senate
    parliament army navy police forces embassy bureau board school college club network
    authority authorities survey guard
    """
)

# Common nouns of bodies that speak as one ("the trust said", "the hospital said in a statement") beyond the
# words that end a body's name above: an unnamed source of these is an institution's word, not an anonymous
# speaker's, so a named person is either its voice or another's.
INSTITUTION_WORDS = ORG_WORDS | _words(
    """
    trust hospital clinic observatory museum gallery library zoo church cathedral prison jury tribunal panel
    inspectorate regulator watchdog coastguard brigade charity society federation league chamber cooperative
    airline operator firm organisers organizers festival academy orchestra theatre
    """
)

PRONOUNS = _words("he she they i we it you who")
# Relative pronouns that stand for a body or a document: "the port board, which said". Read only
# after such an antecedent. Not "that": "a firm that had declared insolvency" acts.
RELATIVE_THINGS = _words("which")
# Pronouns that name no one in particular: "anybody who complains" quotes no one.
INDEFINITES = _words("anybody anyone everybody everyone somebody someone nobody those whoever")
PERSON_PRONOUNS = _words("he she")
# Indefinite pronouns that can be a clause's speaker when they open it: "Then someone asked",
# "Everyone agreed that" (not inside a relative clause: "anybody who complains").
INDEFINITE_SPEAKERS = _words("someone somebody everyone everybody nobody")
# Quantifiers that speak on their own at a clause's start: "To varying degrees, all agreed that",
# "Many say the levy is unfair" (not "many pilots", "the said agreement").
QUANTIFIER_SPEAKERS = _words("all most many some few several both others")

# Capitalized words that open a sentence or clause and are never part of a source name.
CAP_STOP = _words(
    """
    as in on at but and however when while if after before since because although though
    meanwhile still yet so then also earlier later last now today yesterday tomorrow this that
    these those there here what why how where which whose it its asked according instead having
    besides but nor or for from with without by to of into over under about during until let let's
    let’s even only just perhaps say everything nothing something anything
    """
) | WEEKDAYS | MONTHS

DETERMINERS = _words("the a an another this these those some many several any each both")
# Nouns of a group or share whose "of" phrase names the speakers: "a group of pilots said", "52
# percent of voters agreed"; the span takes the group in, the source stays the people.
GROUP_NOUNS = _words(
    "group groups number chorus majority minority handful percent share coalition crowd crowds bloc dozens hundreds"
)
# Quantifiers before a source noun or "of": "one study", "few experts", "one of the advisers".
QUANTIFIERS = _words("one few most all many some several none each two three four five six seven eight nine ten")
POSSESSIVE_DETERMINERS = _words("his her their its our my your")

# Inside a name ("Kiel Institute for the World Economy", "Secretary of State").
CONNECTORS = _words("of for the and de del der van von al la le du at on bin ibn")

# Links from an outer source to an inner one, read after the outer source:
# "Bloomberg, citing sources"; "X with reference to Y".
INNER_LINKS: tuple[tuple[str, ...], ...] = (
    ("with", "reference", "to"),
    ("in", "reference", "to"),
    ("referring", "to"),
    ("citing",),
    ("quoting",),
    ("based", "on"),
)

# Links from an inner source to the outer one that relays it:
# "unnamed officials cited by Yomiuri"; "X said, according to AFP".
OUTER_LINKS: tuple[tuple[str, ...], ...] = (
    ("cited", "by"),
    ("quoted", "by"),
    ("cited", "in"),
    ("quoted", "in"),
    ("as", "reported", "by"),
    ("reported", "by"),
    ("according", "to"),
    ("via",),
)

# Cues whose source follows them.
PREPOSED_CUES: tuple[tuple[str, ...], ...] = (
    ("according", "to"),
    ("as", "reported", "by"),
    ("reported", "by"),
    ("announced", "by"),
    ("stated", "by"),
    ("in", "the", "words", "of"),
)

# After an unnamed source: "people familiar with the matter", "sources close to the talks".
POSTMODIFIERS: tuple[tuple[str, ...], ...] = (
    ("familiar", "with"),
    ("close", "to"),
    ("briefed", "on"),
    ("with", "knowledge", "of"),
    ("with", "direct", "knowledge", "of"),
    ("involved", "in"),
    ("in", "the", "know"),
    ("speaking", "on", "condition", "of", "anonymity"),
)

# Nouns for people a possessor relays: "Yomiuri's sources" is Yomiuri citing its sources, a chain of
# two; "Iran's seismological centre" or "the country's health ministry" is one source.
RELAY_NOUNS = _words("sources source officials insiders aides staffers advisers advisors people")

# Words that open a postmodifier after a source noun: "officials in Velmora", "a poll released
# Friday", "a study that appeared in ...".
PARTICIPLE_OPENERS = _words("released published conducted commissioned issued taken carried obtained filed posted seen reviewed leaked")
# Participles that add a statement only when one follows ("adding that ..."), not an object
# ("adding levity", "by adding a few communities").
OBJECT_PARTICIPLES = _words("adding")
RELATIVE_OPENERS = _words("that which who")
POSTMODIFIER_OPENERS = _words("of on from at in for with by about") | PARTICIPLE_OPENERS | RELATIVE_OPENERS

# Words in -ly that are no adverbs: "the family said" has no adverb before its cue.
LY_NOUNS = _words("family assembly ally rally supply italy july reply anomaly monopoly bully belly jelly")

# Audiences that are not outlets; with "told" they are the channel: "told reporters", "told a news
# conference", "told state television".
AUDIENCE_NOUNS = _words("reporters journalists press media conference briefing television tv radio")

# Occasions a statement was made in or at, the channel of "said in a statement", "said at a news
# conference", "said in an interview with CNN" (then the outlet is the channel).
CHANNEL_NOUNS = _words(
    """
    statement interview conference briefing post tweet video speech address letter email e-mail
    broadcast podcast message communique release appearance telephone phone videolink
    """
)
CHANNEL_PREPOSITIONS = _words("in at during on via through by")
# Of those, the spoken exchanges whose occasion is part of the cue as written ("said in an
# interview", "explained in a phone interview"); a document or an event stays out of it ("said |
# in a statement", "said | at a news conference", "said | via email"): the convention of PolNeAR's
# tuning split (interview 8 in the cue to 2 after it; statement, letter, email, conference 2 to 6).
SPOKEN_CHANNELS = _words("interview interviews")

# Words that end a postmodifier: the next clause begins.
CLAUSE_WORDS = _words("said says told reported that who which and but as on in at said, according citing")

# Verbs that need a particle or object to be a cue: "called for", "called him a liar",
# but not "a group called the Alliance" nor "a man called John".
NEEDS_OBJECT = _words("called calls calling questioned")
# Of those, the verbs that name something with a quoted word: 'called the plan "reckless"'.
CALLED_QUOTE = _words("called calls calling")
OBJECT_STARTS = _words("for on it him her them the a an his their this that its our whether how what why who when if")
# Words after "a" that make "called X a ..." a time, not a name: "called the port a day later".
TIME_AFTER_ARTICLE = _words("day week month year time few second couple number lot while minute hour")
CUE_PARTICLES = _words("for on")

# Capitalized words that describe rather than name ("Japanese media", "Western officials"):
# a phrase headed by one of these is not a named source. Acronyms of bodies ("EU says") are.
DESCRIPTIVE_CAPS = DEMONYMS - _words("eu uk u.k. nato un u.n. kremlin us u.s. white house")

# Participles that continue the statement of the clause's subject: '..., the mayor said, adding that
# ...', 'Vellacourt criticised the plan, saying it came too late'. The source is the subject's.
PARTICIPLE_CUES = _words(
    """
    saying adding arguing claiming noting insisting explaining warning promising suggesting stressing
    emphasizing emphasising urging asking accusing announcing declaring predicting describing writing
    tweeting telling acknowledging conceding contending asserting maintaining alleging recalling
    referring reciting
    """
)

# Verbs whose object comes right after them ("accused Brasko of lying"): followed at once by "of",
# they are participles of a noun before ("officials accused of fraud") and credit no one.
OBJECT_FIRST = _words("accused suspected convicted")

# Cue verbs that count rather than speak when a figure follows: "shares added 14 cents".
TALLY_VERBS = _words("added adds")

# Words that open a subordinate clause before the main one: "When the tide turned, she said".
SUBORDINATORS = _words("when while after before because although though since as if once until")

# Prepositions that open a sentence's adverbial before its subject: "In August, the board ...".
ADVERBIAL_OPENERS = _words("in on at after before during since following despite amid under throughout to for")

# Links that may trail a statement after a comma: "..., citing two officials" relays them, while
# "..., citing a threat to health" gives a reason and is a participle cue of its own.
TRAILING_LINKS = _words("citing quoting")

# Words before a participle that continue the clause's subject: "began by saying", "while arguing".
PARTICIPLE_LEADS = _words("by while after before also even then each both")
# Prepositions before a participle of saying whose speaker is the clause's subject, asked for only
# where no cue came before in the sentence ("Brask drew fire for saying ...", "refused to go further,
# apart from saying ...", "Halvik, despite admitting that ..."; after "criticized Halvik for saying"
# the participle is part of what the earlier cue reports).
PREPOSITION_LEADS = _words("for from despite without in")

# Forms of "be" before a progressive cue ("is saying", "were warning").
BE_FORMS = _words("is are was were am be been being isn't aren't wasn't weren't")

# Verbs after which the named outlet at a sentence's end is the one that saw or learned the news
# itself: '..., with reference to the Brask media, Halvik Wire saw.' relays the whole chain.
WITNESS_VERBS = _words("saw learned learnt")

# Line labels that look like a headline's speaker ("Read also: ...", "Photo: ...") but credit nobody.
LINE_LABELS = _words(
    """
    read also see photo photos video videos image images credit credits update updated editor editors
    note notes watch listen related more tags tag topics share subscribe by posted published breaking
    exclusive live latest analysis opinion comment comments correction clarification disclaimer advertisement
    follow contact email warning caption file getty question answer summary background
    what why how when where who
    """
)

# "Source: Halvik Wire" / "Sources: ..." lines at the foot of wire copy credit the named outlet.
SOURCE_LINE_LABELS = _words("source sources via")

# Dashes that open an epigraph's speaker on its own line: "― Marta Vellacourt".
SPEAKER_DASHES = frozenset({"―", "—", "–"})

# Verbs that pass their subject on to a verb of saying after "to" ("continues to insist", "went
# on to explain", "appeared to suggest"): the cue as written starts at them, the speaker is
# their subject. "go" and its forms count only with "on".
CATENATIVE_VERBS = _words(
    """
    continue continues continued continuing begin begins began beginning start starts started
    starting appear appears appeared appearing seem seems seemed seeming try tries tried trying
    """
)
GO_FORMS = _words("go goes went going gone")


HEADLINE_CUES = HEADLINE_CUES | frozenset(
    _inflect(base)[1]
    for base in STATEMENT_BASES | STANCE_BASES | VOICE_BASES | INTENTION_BASES | POSITION_BASES | KNOWING_BASES
    if base not in NOUN_BASES
)

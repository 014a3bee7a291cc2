"""What reports call a person: the role words written before or beside the name.

One outlet credits a quotation to "the president", another to "Justice Minister Rasko Tornquist": the
two cannot both be right, because the reports that name Tornquist also say what he is, and it is not
the president. Another outlet's "the minister" for "Transport Minister Ida Lunwick" is the same person
by her role. Only the roles the articles themselves write beside the name are read: a person the
articles give no role is never called someone else.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from consistency.body_nouns import headed_alike, one_body
from consistency.extract import _attribution_lexicon as lex
from consistency.extract._figure_tables import PERSON_NOUNS

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_DETERMINERS = frozenset("the a an its his her their our this that".split())
_POSSESSIVE = re.compile(r"['’]s$")


def plain_words(text: str) -> list[str]:
    """The lower-case words of a source or role, determiners left out: "the pensions ministry" -> pensions, ministry."""
    return [w for w in _WORD.findall(text.lower()) if w not in _DETERMINERS]


def owner_of(word: str) -> str | None:
    """The owner a possessive names ("office's" -> "office"); None for a word that is no possessive."""
    return _POSSESSIVE.sub("", word) if _POSSESSIVE.search(word) else None
_BEFORE_WORDS = 4  # "county fire chief", "marine biologist Dr", "Police Commissioner"


def is_person_role(words: str) -> bool:
    """ "the president", "team leader", "the singer": a role one person holds, not a body ("the studio",
    "police", "the regulator" as a body named by its office)."""
    tokens = plain_words(words)
    if not tokens:
        return False
    head = tokens[-1]
    return head not in lex.ORG_WORDS and head not in lex.COMPANY_WORDS and _is_role(head)


def role_words(name: str, bodies: Iterable[str]) -> frozenset[str]:
    """The lower-case words the bodies write as the named person's role: before the name ("Trainer Orvid
    Ranby", "the county fire chief, Ivo Velstrand") and set off after it (", a spokesman for DunRail,")."""
    words: set[str] = set()
    for body in bodies:
        words |= _roles_in(name, body)
    return frozenset(words)


@functools.lru_cache(maxsize=1024)
def _roles_in(name: str, body: str) -> frozenset[str]:
    found: set[str] = set()
    parts = name.split()
    if not parts or parts[-1] not in body:
        return frozenset()  # (about half the bodies a pair of sources is read in never write the name)
    given = _given_names(tuple(parts[:-1]))
    for start, end in _whole_words(parts[-1], body):
        # A role right before the name, and the words that qualify it, with no stop between them:
        # "county fire chief, Ivo Velstrand", "Police Commissioner Hane Dorin" (not "over," Justice ...).
        before = body[max(0, start - 160) : start]
        before = before[: given.search(before).start()]  # type: ignore[union-attr]  # (matches at the end)
        lead = _last_words(before)
        words = lead.group(1).split() if lead else []
        run: list[str] = []
        if words and not _role_beside_name(words[-1]):
            run = _role_held_in(words)  # "ambassador to the Union, Teodor Vassko"
        elif words:
            for word in reversed(words):
                lower = word.lower()
                if lower in _DETERMINERS or lower in lex.BARE_CUE_VERBS:
                    break  # (a stray word read as a role only ever makes a role match: never a conflict)
                run.append(lower)
        found.update(run)
        aside = _ASIDE.match(body, end)
        if aside:
            phrase = _WORD.findall(aside.group(1))
            if phrase and (
                phrase[0].lower() in _DETERMINERS or _role_beside_name(phrase[0])
                # ", Brimmond Haulage's operations director,": a named owner and the role it gives her
                or len(phrase) <= _BEFORE_WORDS + 1 and _role_beside_name(phrase[-1]) and any(_POSSESSIVE.search(w) for w in phrase)
            ):
                found.update(t.lower() for t in phrase if t.lower() not in _DETERMINERS)
            elif _role_of_a_body(phrase):
                # ", incident controller at Murbeck Gas,": a role and the body it is held in
                found.update(t.lower() for t in phrase if t.lower() not in _DETERMINERS)
            elif len(phrase) > 2 and phrase[0].lower() == "who" and phrase[1].lower() in _HEADS_AS_VERB:
                # ", who chairs the parish council,": the verb is the role, its object the body she speaks for
                found.add(_HEADS_AS_VERB[phrase[1].lower()])
                found.update(t.lower() for t in phrase[2:] if t.lower() not in _DETERMINERS)
    return frozenset(found)


def _role_held_in(words: list[str]) -> list[str]:
    """The words before a name that end in a role and the body it is held in ("ambassador to the Union",
    "director of Tollmere"): the role words and that body's (determiners left out), else none."""
    for i in range(len(words) - 2, -1, -1):
        if words[i + 1].lower() in _HELD_IN | {"to"} and _role_beside_name(words[i]):
            held = [w.lower() for w in (words[i], *words[i + 2 :])]
            return [w for w in held if w not in _DETERMINERS and w not in lex.BARE_CUE_VERBS]
    return []


def _role_of_a_body(phrase: list[str]) -> bool:
    """An aside that opens with a role held in a body: its first few words end in a role word right before
    "at", "of", "for" or "with" ("incident controller at", "senior engineer with")."""
    return any(
        phrase[i + 1].lower() in _HELD_IN and _role_beside_name(phrase[i])
        for i in range(min(len(phrase) - 1, _BEFORE_WORDS))
    )


_HELD_IN = frozenset("at of for with".split())


@functools.lru_cache(maxsize=256)
def _given_names(given: tuple[str, ...]) -> re.Pattern[str]:
    """What may stand between a role and a surname: a comma and the given names. One pattern per
    name, compiled once (each person of an event is looked up in several bodies; ``re``'s own cache
    of 512 patterns turns over within a large run)."""
    return re.compile(rf"(?:\s*,)?(?:\s+(?:{'|'.join(re.escape(p) for p in given) or '(?!)'}))*\s*$")


def _whole_words(word: str, body: str) -> list[tuple[int, int]]:
    r"""Where ``word`` stands in ``body`` as a whole word (no word character or hyphen touching it): the
    matches of ``(?<![\w-])word(?![\w-])``, found by ``str.find`` without compiling a pattern per name.
    (``\w`` is ``str.isalnum`` or "_", as ``re`` defines it.)"""
    spans: list[tuple[int, int]] = []
    size, at = len(word), body.find(word)
    while at >= 0:
        end = at + size
        if not (at and _touches(body[at - 1])) and not (end < len(body) and _touches(body[end])):
            spans.append((at, end))
            at = body.find(word, end)
        else:
            at = body.find(word, at + 1)
    return spans


def _touches(char: str) -> bool:
    return char.isalnum() or char in "_-"


def _last_words(before: str) -> re.Match[str] | None:
    """``_LAST_WORDS.search(before)``, read from where the last four words can begin: a match spans at
    most four words and the three runs of white space between them, so it cannot start before the
    fourth run from the end. Searched from the start, the pattern tried every position of the 160
    characters (most of a role lookup's time)."""
    runs = _FOUR_RUNS.match(before[::-1]) if before and not before[-1].isspace() else None
    return _LAST_WORDS.search(before, len(before) - runs.end() if runs else 0)


_LAST_WORDS = re.compile(rf"((?:[^\W\d_][\w'’-]*\s+){{0,{_BEFORE_WORDS - 1}}}[^\W\d_][\w'’-]*)$")
_FOUR_RUNS = re.compile(rf"(?:\S+\s+){{{_BEFORE_WORDS}}}")  # (read on the reversed text: its last words, back to a fourth run)
# ", a spokesman for the operator DunRail,", ", chief executive of the rail operator.": a role set off after a name.
_ASIDE = re.compile(r"\s*,\s*([^,.;:\"“”()\d]{3,70})[,.;]")
# A relative clause that gives a person's role as a verb: "who chairs the council" is its chair.
_HEADS_AS_VERB = {
    "heads": "head", "chairs": "chair", "leads": "leader", "runs": "head", "directs": "director",
    "manages": "manager", "founded": "founder", "owns": "owner", "headed": "head", "chaired": "chair",
}
# People's roles the attribution lexicon has no use for (it reads a name after its role words).
_MORE_ROLES = frozenset(
    "singer promoter trainer jockey champion captain skipper sailor biologist cardiologist surgeon"
    " astronomer statistician forecaster geologist curator headteacher headmaster principal barrister solicitor"
    " vicar admiral commodore doctor councillor councilor keeper controller".split()
)


# What a report calls a person beside her name that says whom she speaks for, though no lexicon of people's
# offices lists it: a relative speaks for the family ("her nephew and executor, Tom Ashcroft-Lee"), a premier
# for a region's government. Read as role words only (``role_words``), never to find people in a text.
_KIN = "nephew niece son daughter widow widower husband wife brother sister mother father grandson granddaughter executor"
_READ_AS_ROLES = frozenset(f"{_KIN} premier".split())


def _role_beside_name(token: str) -> bool:
    return _is_role(token) or token.lower() in _READ_AS_ROLES


def in_role_lexicon(token: str) -> bool:
    """Whether the word is a role the lexicon lists ("singer", "minister"), without guessing by its ending: a
    capitalised "Ostrovian" is no historian."""
    return token.lower() in _role_lexicon()


def _is_role(token: str) -> bool:
    lower = token.lower()
    if "-" in lower and lower.rsplit("-", 1)[-1] in _HYPHENED_ROLES:
        return True  # "vice-chancellor", "co-founder": a role with a word joined before it
    return lower in _role_lexicon() or (lower.endswith(("ist", "ian")) and len(lower) > 5)


# Roles a report may join a word to with a hyphen ("vice-chancellor", "co-founder", "pro-rector"): the
# compound is a role of its own, which the lexicons, listing single words, leave out.
_HYPHENED_ROLES = frozenset("chancellor president founder chair chairman chairwoman rector director principal".split())


# Endings of nouns of trade and office ("brewer", "sculptor", "florist", "librarian", "ferryman", "wheelwright"): a
# capitalised word so ending before a name may be the person's trade, not a first name.
_TRADE_ENDINGS = ("er", "or", "ist", "ian", "man", "smith", "wright")


def may_be_role(word: str) -> bool:
    """Whether a word before a name may be a role or trade ("Brewer", "Councillor", "Glazier") rather than a first
    name: a role of the lexicon, or a word with a trade's ending (a first name so ending, "Peter", is read as one
    too: the cost is a name not read, not a trade read as a name)."""
    lower = word.lower()
    return lower in _role_lexicon() or lower.endswith(_TRADE_ENDINGS)


@functools.cache
def _role_lexicon() -> frozenset[str]:
    return frozenset(lex.ROLE_NOUNS | lex.TITLES | lex.OFFICE_TITLES | PERSON_NOUNS | _MORE_ROLES)


def holds_role(role: str, words: frozenset[str]) -> bool:
    """Whether the role ("transport minister", "the mayor") is among the person's role words. A deputy's
    role words hold the role she deputises in ("deputy governor" holds "governor"), but she is not the
    governor another report credits: a rank below the role, unless the role names it too."""
    wanted = plain_words(role)
    if (words & _BELOW_THE_ROLE) - set(wanted):
        return False
    if all(w in words or w.rstrip("s") in words or _called_alike(w, words) for w in wanted):
        return True
    return _heads_one_body(wanted, words)


# Words for the one who leads a body, which reports use for one post: "the dig's director" is "who leads the dig".
_LEADS = frozenset("head director leader chief".split())


def _heads_one_body(wanted: list[str], words: frozenset[str]) -> bool:
    """ "the excavation's director" and ", who leads the excavation": a role that names its body by a
    possessive, and role words that lead that body (or one of its other nouns) under another word for leading."""
    if len(wanted) != 2 or wanted[1] not in _LEADS or owner_of(wanted[0]) is None or not words & _LEADS:
        return False
    body = _POSSESSIVE.sub("", wanted[0])
    return any(one_body(body, _POSSESSIVE.sub("", w)) for w in words)


def _called_alike(word: str, words: frozenset[str]) -> bool:
    """ "the station's commander" for "the base commander": a word of the role that names its body, written
    by another noun of that body (``one_body``)."""
    bare = _POSSESSIVE.sub("", word)
    return any(one_body(bare, _POSSESSIVE.sub("", w)) for w in words if w != word)


# Words that make a role another person's than the role alone: "the deputy governor" is not "the governor".
_BELOW_THE_ROLE = frozenset("deputy vice assistant junior former ex".split())


# Kinds of body, by the nouns reports call them by, and the role words of the people who speak for them:
# a quotation credited to "police" and to "fire chief Ivo Brask" has two speakers, to "police" and to
# "Inspector Brask" one. Only the roles and nouns listed here are typed; a role no kind lists is never
# taken to belong to another body.
_BODY_KINDS: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (frozenset(bodies.split()), frozenset(roles.split()))
    for bodies, roles in (
        # (no bare "commissioner": a transport commissioner is no police officer)
        ("police", "police officer inspector superintendent constable detective sergeant"),
        ("fire firefighters brigade", "fire firefighter firefighters"),
        ("ministry government office cabinet department treasury exchequer", "minister ministers secretary premier"),
        # a bank is a company too: its chief executive speaks for it as a central bank's governor does
        ("bank", "governor banker executive ceo chairman chairwoman"),
        ("company firm operator group airline carrier owner owners studio insurer utility airport consortium",
         "executive ceo chairman chairwoman founder"),
        # a city or town speaks through its council and mayor ("the city said", "city hall said")
        ("council city municipality hall", "councillor councilor mayor"),
        ("hospital", "doctor surgeon consultant nurse"),
        ("museum gallery", "curator"),
        ("coastguard", "coastguard"),
        ("army military navy", "general colonel commander admiral commodore"),
        ("union unions", "unionist unionists"),
        ("court courts tribunal", "judge judges justice magistrate"),
        # prosecutors bring the case the police built and the court hears: neither's voice
        ("prosecution prosecutors", "prosecutor prosecutors"),
        ("university institute observatory laboratory", "researcher researchers scientist scientists astronomer"),
        ("weather meteorological", "forecaster meteorologist"),
        ("school", "headteacher headmaster headmistress teacher"),
        ("church parish diocese", "vicar priest bishop pastor"),
        ("embassy consulate", "ambassador consul"),
        ("party", ""),
        # public bodies that speak through staff of no listed kind: not through a mayor, a minister or the police
        ("authority agency regulator inspectorate watchdog secretariat",
         "executive ceo chairman chairwoman inspector inspectors"),
        # No body speaks through these: a lawyer speaks for a client, so never for the court or the police.
        ("", "lawyer lawyers barrister solicitor attorney counsel"),
        ("", _KIN),  # a relative speaks for the family
    )
)


_OFFICE_ROLES = frozenset(
    "minister ministers premier mayor councillor councilor police officer inspector superintendent constable "
    "detective sergeant fire firefighter judge justice magistrate lawyer barrister solicitor attorney surgeon "
    "doctor nurse prosecutor bishop archbishop vicar priest pastor imam rabbi".split()
) | frozenset(_KIN.split())


# Roles whose holder heads or speaks for a body, whichever body the report is about: "chief executive Gasabebul
# Pimlash" speaks for the company her report names, though no kind above says which.
HEAD_ROLES = frozenset(
    "executive ceo chairman chairwoman chair founder director president head boss spokesman spokeswoman "
    "spokesperson manager".split()
)


# Trades any body may employ and set a chief over ("chief scientist", "chief judge" of a show, "lead engineer",
# "chief economist"): the chief of one is a post inside whatever body the report is about, not a place in a body
# of the trade's own kind (a university, a court). Not ranks of the police, fire or armed services ("chief
# inspector", "chief constable"), which belong to those bodies whatever else a report calls them.
_CHIEFS_OF = frozenset({"chief", "lead", "head"})
_TRADES = frozenset(
    "scientist researcher astronomer judge forecaster meteorologist curator doctor surgeon consultant nurse "
    "economist engineer investment medical technical".split()
)


def without_a_chiefs_trade(roles: frozenset[str]) -> frozenset[str]:
    """The role words without the trade a chief is written over ("chief scientist" -> "chief"): the trade
    places its chief in no kind of body. The words as they are when no chief is written, or a body of a
    listed kind is ("fire chief", "police chief")."""
    plain = frozenset(_POSSESSIVE.sub("", w) for w in roles)
    if not plain & _CHIEFS_OF or any(w in bodies for w in plain for bodies, _roles in _BODY_KINDS):
        return roles
    return frozenset(w for w in roles if w not in _TRADES)


def body_of(source: str) -> int | None:
    """The kind of body an unnamed source names ("the fire service" -> fire, "the central bank" -> bank):
    the last word of the phrase that names a kind decides; None when none does."""
    words = plain_words(source)
    for word in reversed(words):
        for n, (bodies, _roles) in enumerate(_BODY_KINDS):
            if word in bodies:
                return n
    return None


def own_voice(kind: int, roles: frozenset[str]) -> bool:
    """Whether role words hold a role a body of ``kind`` speaks through ("Deputy Mayor" for the city council,
    "Inspector" for the police): its own voice, by the kind's roles."""
    plain = frozenset(_POSSESSIVE.sub("", w) for w in roles)
    return bool(plain & _BODY_KINDS[kind][1])


def office_roles(roles: frozenset[str]) -> frozenset[str]:
    """The role words that place a person in a public office or profession of her own ("minister",
    "mayor", "police", "surgeon", "judge", a relative): never the voice of a company, a trust or an
    agency of another name. Not the roles that head any body ("chief executive", "chair") nor ranks
    ("commander", "admiral"), which a body of any name may have."""
    roles = frozenset(_POSSESSIVE.sub("", w) for w in roles)
    if "chief" in roles and "police" not in roles:
        roles = roles - {"officer"}  # "chief investment officer": a company's office, no police officer's
    return roles & _OFFICE_ROLES


def speaks_elsewhere(kind: int, roles: frozenset[str], source: str = "") -> bool:
    """Whether a person's role words ("mining minister", "spokesman for the operator") place her in another
    kind of body than ``kind`` and never in her own; for a ministry the body's ``source`` names
    ("the pensions ministry"), also a minister of another portfolio ("the finance minister") or the head
    of a government ("Prime Minister", "President"), who speaks for the government, not for one ministry."""
    bodies, own = _BODY_KINDS[kind]
    if _OPPOSITION in roles and bodies & _GOVERNING:
        return True  # "opposition leader", "an opposition councillor": the voice of those who do not govern
    plain = frozenset(w for w in roles if owner_of(w) is None)
    if not plain & (own | bodies) and any(
        plain & other_bodies for n, (other_bodies, _roles) in enumerate(_BODY_KINDS) if n != kind
    ):
        return True  # "the city's police chief": the city owns the police she speaks for, not the city hall
    roles = frozenset(_POSSESSIVE.sub("", w) for w in roles)  # "the institute's director general": her own body
    if "chief" in roles and "police" not in roles:
        roles = roles - {"officer"}  # "chief operating officer": a body's office, no police officer's
    if _MINISTRY in bodies and _another_ministry(source, roles):
        return True
    if roles & (own | bodies | headed_alike(bodies)):
        return False
    return any(roles & (other_roles | other_bodies) for n, (other_bodies, other_roles) in enumerate(_BODY_KINDS) if n != kind)


_MINISTRY = "ministry"
_MINISTRIES = frozenset({_MINISTRY, "department"})  # ("the finance department": a ministry under another noun)
# An opposition's people speak against the government, the ministry or the council they sit in, never for it.
_OPPOSITION = "opposition"
_GOVERNING = frozenset("ministry government cabinet council city municipality".split())
# Who heads a government rather than one of its ministries ("Prime Minister Ada Dunlow").
_HEADS_OF_GOVERNMENT = frozenset("prime president premier chancellor".split())
# Words around "minister" that name no portfolio: "the deputy minister", "minister of state".
_NO_PORTFOLIO = frozenset("minister ministers secretary deputy junior state of for the and acting former".split())


def _another_ministry(source: str, roles: frozenset[str]) -> bool:
    """ "the defence ministry" and "Prime Minister Ada Dunlow"; "the pensions ministry" and "the finance
    minister": a ministry speaks through its own minister, whom the reports name with its portfolio."""
    words = plain_words(source)
    if not _MINISTRIES & set(words):
        return False
    if roles & _HEADS_OF_GOVERNMENT or {"chief", "minister"} <= roles:
        return True  # ("Chief Minister Ada Dunlow" heads a state's government)
    if not roles & {"minister", "secretary"}:
        return False
    portfolio = {_PORTFOLIOS.get(w, w) for w in set(words) - _MINISTRIES - _NO_PORTFOLIO}
    held = {_PORTFOLIOS.get(w, w) for w in roles - _NO_PORTFOLIO}
    return bool(portfolio and held) and not portfolio & held


# One portfolio under the names reports give it: "the farm ministry" speaks through the agriculture minister, "the
# home ministry" through the interior minister. A word it does not list is its own portfolio.
_PORTFOLIOS: dict[str, str] = {
    "agriculture": "agriculture", "agricultural": "agriculture", "farm": "agriculture", "farming": "agriculture",
    "farms": "agriculture", "interior": "interior", "home": "interior", "foreign": "foreign", "external": "foreign",
    "defence": "defence", "defense": "defence", "finance": "finance", "treasury": "finance",
    "labour": "labour", "labor": "labour", "employment": "labour", "transport": "transport",
    "transportation": "transport", "environment": "environment", "environmental": "environment",
    "health": "health", "healthcare": "health",
}


# Roles only a body has ("Zelmora's chief executive", "the founder of Greshby Foods"), and nouns that name a
# kind of body before its name ("dairy cooperative, Lisket", "grower Greshby Foods"): a name written with
# one of them is a body's, whatever its words look like ("Glaive Harvest" reads like a given name and a surname).
_BODY_ROLES = "executive|ceo|chairman|chairwoman|founder"
_HEADS_OF = "executive|ceo|chairman|chairwoman|chair|founder|director|president|head"
BODY_NOUNS = lex.ORG_WORDS | frozenset(
    "cooperative grower maker manufacturer retailer operator firm chain studio publisher label charity trust lobby "
    "broadcaster channel developer insurer airline carrier supermarket brewer distillery supplier drugmaker".split()
)
_BODY_NOUNS = "|".join(sorted(BODY_NOUNS))


def written_as_body(name: str, texts: Iterable[str]) -> bool:
    """Whether a text writes the name as a body's: "N, which", "N's chief executive", "the founder of N",
    "N chairman", "the cooperative, N", "grower N". Read from the reports of one claim, so that a two-word
    company name is not taken for a person's. Only the words right around each place the name stands are
    read: a pattern searched over whole reports for every source of every slot was most of a run's time."""
    name = name.strip()
    if not name:
        return False
    titled = _is_role(name.split()[0].strip("'’"))  # ("the Patriarch said": a title, whoever holds it)
    if len(name.split()) > 1 and name.split()[0].lower() in _BODY_FIRST_WORDS:
        return True  # "Team Pinnacott", "Club Ossiter": the name opens with the kind of body it is
    for text in texts:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            whole = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
            if whole and _body_around(text, at, end, titled):
                return True
            at = text.find(name, end)
    return False


def _body_around(text: str, at: int, end: int, titled: bool = False) -> bool:
    before, after = text[max(0, at - _AROUND) : at], text[end : end + _AROUND]
    if _AFTER_BODY.match(after) or _ITS_AFTER.match(after):
        return True
    if not titled and _THE_BEFORE.search(before) and _STANDS_ALONE.match(after):
        return True  # "the Granary said", "the Treasury's figures": an article is never set before a person's name
    # Both patterns before the name end in white space: with none there neither is tried (a search of
    # ``_KIND_BEFORE``'s hundred-odd nouns at every position of the window was most of this check's time).
    if not before[-1:].isspace():
        return False
    if _HEAD_OF_BEFORE.search(before):
        return True
    # (a match starts at its noun, at most the longest noun and a comma before the white space that ends it:
    # searched from there, it is the same match)
    kind = _KIND_BEFORE.search(before, max(0, len(before.rstrip()) - _LONGEST_BODY_NOUN - 1))
    # (not a role's body: "the head of the data protection authority, Vashti Kerrow" names a person)
    return kind is not None and not (kind.group(0).rstrip().endswith(",") and _OF_BEFORE.search(before, 0, kind.start()))


_AROUND = 60
_BODY_FIRST_WORDS = frozenset("team club".split())
_AFTER_BODY = re.compile(
    rf"\s*,\s*which\b|['’]s\s+(?:[a-z]+\s+){{0,2}}(?i:{_BODY_ROLES})\b|\s+(?i:chief\s+)?(?i:{_BODY_ROLES})\b"
    # "Korvath's shares fell", "Korvath shares": stock is a company's
    r"|(?:['’]s)?\s+shares\b"
)
# "Halvik Water said in its statement", "Halvik Water insists its effluent was clean": the pronoun a body takes.
_ITS_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,3}its\b")
# "the Granary", "The Treasury" (a capitalised name right after the article), standing as the noun itself: at the
# end of a clause, before a possessive, or before a verb of saying ("the Gantley vineyard" names no body Gantley).
_THE_BEFORE = re.compile(r"(?:^|[^\w’'-])[Tt]he\s+$")
_STANDS_ALONE = re.compile(
    rf"(?:\s*[,.;:)]|['’]s?\b|\s+(?:{'|'.join(sorted(lex.BARE_CUE_VERBS))}|has|had|have|is|was|will|would)\b|\s*$)"
)
_HEAD_OF_BEFORE = re.compile(rf"\b(?i:{_HEADS_OF})\s+of\s+(?:the\s+)?$")
_KIND_BEFORE = re.compile(rf"\b(?i:{_BODY_NOUNS}),?\s+$")
_LONGEST_BODY_NOUN = max(map(len, BODY_NOUNS))
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$")

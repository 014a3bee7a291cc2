"""Who a report is about: the first person its headline or first sentence names in a role ("former prime minister
Jonas Tell"), and every name word its text writes, so that two reports leading with two people in one role,
neither naming the other's, can be told apart: "former prime minister Jonas Tell dies at 88" is not "Marit Hollvang,
the country's first woman prime minister, dies aged 81", though both died on a Friday in one city. The town a lead
puts its happening in is read as a role of its own (``lead_places``): where, as who."""

from __future__ import annotations

import re
import sys
from collections.abc import Container, Mapping

from consistency.names import CALENDAR, PARTICLES, TITLES, fold, title_case
from consistency.roles import in_role_lexicon, is_person_role
from consistency.text import STOPWORDS, VERB_FORMS, split_sentences

_SENTENCE_ENDS = frozenset(".!?")
# Words that open a name's run at a headline's start and say when or how someone holds a role, not who.
_MODIFIERS = frozenset("former late acting interim new deputy vice ex outgoing incoming".split())
# Military ranks name one role: the officers who led two coups.
_RANKS = dict.fromkeys(
    "colonel col major maj general gen captain capt lieutenant lt commander cmdr admiral adm sergeant sgt".split(),
    "officer",
)
# Nouns of one kind of craft name one thing's kind: "the bulk carrier Ulvatide" and "the container ship Grasken Bay"
# aground in one channel weeks apart are two ships, as two tankers are.
CRAFT = dict.fromkeys(
    "ship vessel carrier tanker freighter ferry trawler boat yacht liner barge tug tugboat dredger cutter".split(),
    "vessel",
)
# Verbs that make the name just before them the winner of the happening ("Tove Essery won the Halstow Prize").
_WINNING = frozenset("won wins beat beats defeated defeats".split())
_ASCII_CAPITALISED = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z]*(?:'[A-Za-z]+)*")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


# (role word, the name's distinctive words): ("minister", ("jonas", "tell"))
Role = tuple[str, tuple[str, ...]]


def lead_names(text: str, lead_end: int) -> frozenset[Role]:
    """The first person of two or more name words the headline or first sentence of ``text`` (the first sentence
    alone when the text has no headline) names in a role, as (role, distinctive words), folded: "former prime minister
    Jonas Tell" gives ("minister", ("jonas", "tell")), "Marit Hollvang, Vesterland's first woman prime minister,"
    gives ("minister", ("marit", "hollvang")), "President Elin Tarvesk" ("president", ("elin", "tarvesk")), "Tove
    Essery won the Halstow Prize" ("winner", ("tove", "essery")): who won is a role (``_WINNING``). The
    role is a person's role (``roles.is_person_role``) written just before the name in lower case, a title
    inside it, the last word of an aside just after it, or the word before "of" or "at" opening such an aside
    ("Trumond Ilvas, president of the Football Federation,"); the distinctive words are those the text never
    writes in lower case. Only the first such person: those named after it (a lawyer, an official quoted)
    change from one report of a story to the next. A title-case headline is not read (every word of it is
    capitalised)."""
    lower = _LowerCase(text)
    for start, end in _lead_sentences(text, lead_end):
        line = text[start:end]
        tokens = list(_WORD.finditer(line))
        at = 0
        while at < len(tokens):
            if not tokens[at].group()[:1].isupper():
                at += 1
                continue
            last = at
            while (
                last + 1 < len(tokens)
                and tokens[last + 1].group()[:1].isupper()
                and line[tokens[last].end() : tokens[last + 1].start()] == " "
            ):
                last += 1
            run = [fold(t.group()).removesuffix("'s") for t in tokens[at : last + 1]]
            # Its role: a title inside it ("President Elin Tarvesk"), the word just before it ("former president
            # Jonas Tell"), or the last word of an aside just after it ("Marit Hollvang, Vesterland's first
            # woman prime minister,").
            roles = {
                w
                for n, w in enumerate(run[:-1])
                if w in TITLES
                or in_role_lexicon(w)
                or (w in lower and is_person_role(w))
                or (n == 0 and w.endswith("ist") and _opens(line, tokens[at]) and is_person_role(w))
            }
            distinct = tuple(
                w for w in run if w not in lower and w not in roles and w not in _MODIFIERS and _name_word(w)
            )
            if at and line[tokens[at - 1].end() : tokens[at].start()] == " ":
                roles.update(_role_words(tokens[at - 1 : at]))
            if last + 1 < len(tokens) and line[tokens[last].end() : tokens[last + 1].start()] == ", ":
                for t in tokens[last + 1 : last + 7]:
                    if line[t.end() : t.end() + 1] == ",":
                        roles.update(_role_words([t]))
                        break
                # An aside that opens with a role of a body: "Trumond Ilvas, president of the Football Federation,".
                aside = tokens[last + 1 : last + 4]
                for n, t in enumerate(aside):
                    if not t.group()[:1].islower() or line[t.end() : t.end() + 1] != " ":
                        break
                    if n + 1 < len(aside) and aside[n + 1].group() in ("of", "at"):
                        roles.update(_role_words([t]))
                        break
            if last + 1 < len(tokens) and line[tokens[last].end() : tokens[last + 1].start()] == " " and (
                tokens[last + 1].group() in _WINNING
            ):
                roles.add("winner")  # (who won: "Tove Essery won the Halstow Prize")
            if distinct and roles and last > at:
                return frozenset((_RANKS.get(role, role), distinct) for role in roles)
            at = last + 1
    return frozenset()


# A thing named in a lead: an article or a possessive, up to two words in lower case, then the thing's noun and its
# name ("the diabetes drug Velisorb", "the one-man submersible Zanthrel", "its prototype Trumond").
_THING = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[a-z][a-z-]*\s+){0,2}?([a-z]{3,})\s+((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2})"
)


def _lead_sentences(text: str, lead_end: int) -> list[tuple[int, int]]:
    """The headline and first sentence of ``text`` (the headline alone when it ends as a sentence does), less any
    written in title case, whose capitals name nothing."""
    sentences = split_sentences(text[:lead_end])[:2]
    if sentences and text[sentences[0][0] : sentences[0][1]].rstrip()[-1:] in _SENTENCE_ENDS:
        sentences = sentences[:1]
    return [(start, end) for start, end in sentences if not title_case(text[start:end])]


def lead_things(text: str, lead_end: int, kinds: Mapping[str, str] | None = None) -> frozenset[Role]:
    """The things the headline or first sentence of ``text`` names after their noun ("the acne drug Velisorb": (
    "drug", ("acnozeral",))), as ``lead_names`` gives people in a role: two reports whose leads name two things of
    one noun, neither writing the other's, tell of two happenings (a drug suspended is not another drug suspended
    there two years before). Not a noun that is a verb's form or a person's role (``lead_names`` reads those).
    ``kinds`` reads nouns of one kind as one (``CRAFT``: a bulk carrier and a container ship are two vessels)."""
    lower = _LowerCase(text)
    found: set[Role] = set()
    for start, end in _lead_sentences(text, lead_end):
        for match in _THING.finditer(text, start, end):
            noun = match.group(1)
            if (
                noun in STOPWORDS
                or noun in VERB_FORMS
                or noun.endswith(("ly", "ing", "ed"))
                or (noun.endswith("s") and not noun.endswith("ss"))  # ("the quake hits Napa")
                or is_person_role(noun)
            ):
                continue
            distinct = tuple(
                w for w in (fold(t).removesuffix("'s") for t in match.group(2).split())
                if w not in lower and _name_word(w)
            )
            if distinct:
                found.add(((kinds or {}).get(noun, noun), distinct))
    return frozenset(found)


# A town or a country a lead puts its happening in: "in" or "near", then one capitalised word that no capitalised word
# follows ("in Kessbury", "near Tallowmere"; not "in Orlich Foundry's yard", a building, a street or a body: a side
# piece of one story goes to another building or street of the happening's town, and "at" names firms and bodies as
# often as places). Not "on" (a weekday, a date) nor "from" (where a person comes from, not where it happened).
_PLACE = re.compile(r"\b(?:in|near)\s+([A-Z][\w-]*)\b(?!['’]|\s+[A-Z])")


PLACE = "place"  # the role ``lead_places`` gives a town


def lead_places(text: str, lead_end: int) -> frozenset[Role]:
    """The towns and countries the headline or first sentence of ``text`` puts its happening in ("a fire in
    Kessbury": ("place", ("kessbury",))), as ``lead_names`` gives people in a role: a happening has one place, so two
    reports whose leads place theirs in two towns, neither writing the other's town anywhere, tell of two happenings
    of one kind (a warehouse fire in one town and another in a town of the next county months later), where the rest of
    their words are alike. Only words the text never writes in lower case ("in Harbour" is no town when the text
    writes "the harbour")."""
    lower = _LowerCase(text)
    found: set[Role] = set()
    for start, end in _lead_sentences(text, lead_end):
        for match in _PLACE.finditer(text, start, end):
            distinct = tuple(
                w for w in (fold(match.group(1)),) if w not in lower and _name_word(w)
            )
            if distinct:
                found.add((PLACE, distinct))
    return frozenset(found)


class _LowerCase:
    """The words ``text`` writes in lower case, asked one at a time (a lead asks a handful: reading every word of
    the text into a set took most of the time)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.known: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        found = self.known.get(word)
        if found is None:
            found = self.known[word] = word[:1].islower() and self._written(word)
        return found

    def _written(self, word: str) -> bool:
        text, at = self.text, self.text.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not text[at - 1].isalpha()) and (end == len(text) or not _in_word(text[end])):
                return True
            at = text.find(word, at + 1)
        return False


def _in_word(char: str) -> bool:
    """Whether a character after a word continues it as ``_WORD`` reads one (a letter, or an apostrophe: "farm's"
    is another word)."""
    return char.isalpha() or char in "'’"


def _opens(line: str, token: re.Match[str]) -> bool:
    """Whether ``token`` opens its sentence (a capital there says nothing of a name)."""
    before = line[: token.start()].rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?:\n"


def _name_word(word: str) -> bool:
    """Whether a folded word of a name's run can tell one name from another."""
    return (
        word not in STOPWORDS
        and word not in TITLES
        and word not in CALENDAR
        and word not in PARTICLES
        and len(word) > 1
    )


def _role_words(tokens: list[re.Match[str]]) -> set[str]:
    """The words of ``tokens`` that name a person's role ("president", "owner", "minister"), written in lower
    case or a title ("Ostrovian" is no historian)."""
    words = (fold(t.group()) for t in tokens if t.group()[:1].islower() or fold(t.group()) in TITLES)
    return {w for w in words if is_person_role(w)}


STEM = 5  # name words met by their first letters: "Vesterland" names what "Vesterlandic" does

# What makes a sentence recall another happening: a span of time before a word that looks back within a few words
# ("two years after his co-defendant was cleared", "in four years to be banned, after", "a decade ago"), or a
# predecessor. (Found first, then widened to their sentences: a pattern spanning whole sentences backtracked
# through every sentence without one.)
_RECALLING = re.compile(
    r"\b(?:weeks?|months?|years?|decades?)\b[^.!?\n]{0,40}?\b(?:after|since|ago|before|earlier)\b|\bpredecessor\b"
)
_ENDS = ".!?\n"


def unrecalled(text: str) -> str:
    """``text`` without its sentences that recall another happening (``_RECALLING``): a name written only there is
    the earlier happening's protagonist ("Pastrek is the second president in four years to be banned, after his
    predecessor Trumond Felsk"), not one of this happening's, so a look-alike leading with him is still another
    happening's report."""
    kept: list[str] = []
    at = 0
    for found in _RECALLING.finditer(text):
        if found.start() < at:
            continue  # (in a sentence already left out)
        start = max(text.rfind(c, at, found.start()) for c in _ENDS) + 1
        start = max(start, at)
        ends = [i for i in (text.find(c, found.end()) for c in _ENDS) if i >= 0]
        end = min(ends) if ends else len(text)
        kept.append(text[at:start])
        kept.append(" ")
        at = end
    if not kept:
        return text
    kept.append(text[at:])
    return "".join(kept)


def name_words(text: str) -> frozenset[str]:
    """Every capitalised word of ``text``, folded and cut to its stem (wherever it stands: a sentence's first
    word too)."""
    # (Interned: every article of a run keeps its set until grouping ends, and most stems recur across
    # articles, so the sets share one string per stem: about 20 MiB less at 10,000 articles.)
    if text.isascii():  # (most news text: only its capitalised words are read)
        return frozenset(sys.intern(w.lower().removesuffix("'s")[:STEM]) for w in _ASCII_CAPITALISED.findall(text))
    return frozenset(sys.intern(fold(w).removesuffix("'s")[:STEM]) for w in _WORD.findall(text) if w[:1].isupper())


class Written:
    """The name words of a group's texts, as the groups it joined: joining two is one step however large they are
    (linkage joins groups tens of thousands of times; a union of their words each time grew with the group)."""

    __slots__ = ("parts",)

    def __init__(self, *parts: Container[str]) -> None:
        self.parts = parts

    def __contains__(self, stem: object) -> bool:
        stack: list[Container[str]] = list(self.parts)
        while stack:
            part = stack.pop()
            if isinstance(part, Written):
                stack.extend(part.parts)
            elif stem in part:
                return True
        return False


def others_in_role(
    lead_a: frozenset[Role],
    words_a: frozenset[str] | Written,
    lead_b: frozenset[Role],
    words_b: frozenset[str] | Written,
    places: bool = True,
) -> bool:
    """Whether two groups' leads (``lead_names`` of their reports) name people in one role, each a name the other
    group's texts (``name_words``) never write: "former prime minister Jonas Tell" against "Marit Hollvang, ...
    president". Places (``lead_places``) only when ``places``."""
    roles_a = {
        role for role, name in lead_a if (places or role != PLACE) and not any(w[:STEM] in words_b for w in name)
    }
    if not roles_a:
        return False
    return any(role in roles_a for role, name in lead_b if not any(w[:STEM] in words_a for w in name))


# Words after a name that make it a person's: one who speaks ("Renley said"), or an age set off after it ("Inskip, 38,").
_SPEAKS = frozenset("said says told added admitted denied wrote asked insisted".split())
_NAME_RUN = re.compile(r"(?<![\w'’])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")
_AGE_AFTER = re.compile(r",\s+(?:aged\s+)?\d{1,3},")


def personal_names(text: str) -> frozenset[str]:
    """The name words ``text`` writes as a person's (folded, a possessive taken off): after a title ("Dr Meinrad
    Renley"), after a person's role in lower case ("the manager Sigibert Flurkins"), or before a verb of speech
    ("Flurkins said") or an age set off by commas ("Juttah Inskip, 38,"). Two reports that share such a name share
    who the story is about, not merely where it happened, as two stories of one town do."""
    found: set[str] = set()
    for match in _NAME_RUN.finditer(text):
        run = [fold(w).removesuffix("'s").removesuffix("’s") for w in match.group().split()]
        before = text[max(0, match.start() - 40) : match.start()].split()
        previous = before[-1].lower().strip(",;:(") if before else ""
        after = text[match.end() : match.end() + 12]
        following = after.split()[0].strip(",.;:") if after.split() else ""
        titled = run[0] in TITLES
        person = (
            titled
            or (previous.isalpha() and previous.islower() and is_person_role(previous))
            or following in _SPEAKS
            or bool(_AGE_AFTER.match(after))
        )
        if person:
            found.update(w for w in run[1 if titled else 0 :] if _name_word(w) and w not in TITLES)
    return frozenset(found)

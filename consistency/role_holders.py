"""Who holds a role in an event: the names its reports write the role beside.

One outlet credits words to "the champion", another to a named person. Whether the two are one
speaker is what the reports say of the role: if they write "the champion, Ada Vell" or "Ada Vell,
the champion", or say "Ada Vell won", the champion is Ada Vell, and another person credited with
the champion's words is a second speaker; if they say nothing, nothing is known. A role is read by all
its words but those that say when it is held ("the outgoing speaker" by "speaker", "the fire chief" by
"fire chief"); the deeds that make a holder are vocabulary (``_DEEDS``), not code.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from consistency.roles import BODY_NOUNS, may_be_role, plain_words, written_as_body
from consistency.text import CAPITAL

_NAME_WORD = rf"{CAPITAL}[\w’'-]*"
# One to four capitalised words ("Ada Vell", "Piet van Aalst" is read as "Piet"; its surname still names him
# when the reports write it alone elsewhere), after an optional title.
_NAME = rf"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}"
# Words that may stand between the article and the role in "Ada Vell, the 34-year-old champion": a few,
# none a stop.
_BETWEEN = r"(?:(?!(?:to|of|and|or|who|that|which|with|for|by|as|in|on|at|from)[ \t])[\w’'-]+[ \t]+){0,2}?"

# Deeds that make their doer the role's holder ("Ada Vell won the final": the champion, the winner).
_DEEDS: dict[str, tuple[str, ...]] = {
    "champion": ("won", "wins", "retained", "retains", "beat"),
    "winner": ("won", "wins", "beat"),
    "director": ("leads", "led", "heads", "headed", "directs", "directed", "runs"),
    "head": ("leads", "heads", "runs"),
    "leader": ("leads", "led"),
    "owner": ("owns", "owned"),
    "founder": ("founded",),
    "finder": ("found",),
}

# Capitalised words that open a sentence or a clause without naming anyone.
_POSSESSIVE = re.compile(r"['’]s?$")
_NOT_NAMES = frozenset("the a an he she it they we i his her its their this that on in at but and".split())


def holders(role: str, texts: Iterable[str]) -> frozenset[str]:
    """The names ``texts`` write as holding ``role``, all its words but those that say when she holds it
    ("the outgoing speaker" is "the speaker, Ada Vell"): before the name ("the champion, Ada Vell",
    "champion Ada Vell"), after it ("Ada Vell, the champion"), or as the doer of a deed that makes the
    role (``_DEEDS``). A deputy or a former holder ("deputy governor Ada Vell") is not the holder."""
    return _holders(role, tuple(texts))


# (Remembered by role and texts: a slot's every pair of a named person and an unnamed role asks it of the slot's
# reports, the same texts each time, and ``_holders_in``'s own memory turns over within a slot of many reports:
# at 10,000 articles the role patterns' scans were two fifths of the event stage's time. Bounded, as the texts
# it holds are whole reports.)
@functools.lru_cache(maxsize=64)
def _holders(role: str, texts: tuple[str, ...]) -> frozenset[str]:
    words = [w for w in plain_words(role) if w not in _WHEN_HELD]
    if not words:
        return frozenset()
    found: set[str] = set()
    for text in texts:
        found |= _holders_in(" ".join(words), text)
    # (a name the reports write as a body's, "Hoxleigh Restoration said in its statement", holds no person's role)
    return frozenset(name for name in found if not written_as_body(name, texts))


# Words before a role that say when its holder holds it, not who she is: "the new champion", "the outgoing speaker".
_WHEN_HELD = frozenset("new outgoing current reigning sitting incumbent".split())
# Words before a role that make its bearer another person than its holder: "deputy governor", "former champion".
_NOT_THE_HOLDER = frozenset("deputy vice assistant junior former ex acting interim".split())


@functools.lru_cache(maxsize=1024)
def _holders_in(role: str, text: str) -> frozenset[str]:
    if role.split()[-1] not in text.lower():
        return frozenset()
    found: set[str] = set()
    for pattern in _patterns(role):
        for match in pattern.finditer(text):
            before = text[max(0, match.start("role") - 20) : match.start("role")].lower().split()
            if before and before[-1] in _NOT_THE_HOLDER:
                continue
            words = match.group("name").split()
            while words and words[0].lower() in _NOT_NAMES:
                words = words[1:]
            while len(words) > 1 and may_be_role(words[0].strip(".")):
                words = words[1:]  # ("Postwoman Ada Vell", "Dr Ada Vell": a title or trade before the name)
            if len(words) == 1 and may_be_role(words[0]):
                continue  # ("Postwoman wins": a trade alone names no one)
            if any(_POSSESSIVE.search(w) for w in words) or words and words[-1].lower() in BODY_NOUNS:
                continue  # ("Brimmond Haulage's crew", "Vardal Group": a body's name, no person's)
            if words and not all(w.isupper() for w in words):  # (a dateline, "TOWNSEND, May 2 -")
                found.add(" ".join(words))
    return frozenset(found)


@functools.lru_cache(maxsize=256)
def _patterns(role_words: str) -> tuple[re.Pattern[str], ...]:
    role = r"[ \t]+".join(rf"(?i:{re.escape(w)})" for w in role_words.split())
    patterns = [
        # "the champion, Ada Vell", "champion Ada Vell" (no stop between the role and the name)
        re.compile(rf"(?<![\w-])(?P<role>{role})(?:,)?[ \t]+(?P<name>{_NAME})"),
        # "Ada Vell, the champion", "Ada Vell, the bull's owner"
        re.compile(rf"(?P<name>{_NAME}),[ \t]+(?i:the|a|an|his|her|its|their)[ \t]+{_BETWEEN}(?P<role>{role})(?![\w-])"),
    ]
    deeds = _DEEDS.get(role_words)
    if deeds:
        verbs = "|".join(deeds)
        # "Ada Vell won", "Ada Vell, a student, won", "Ada Vell, who won"
        patterns.append(re.compile(
            rf"(?P<name>{_NAME})(?:,[ \t]+[^,.;:\n]{{1,60}},)?[ \t]+(?:who[ \t]+)?(?P<role>{verbs})(?![\w-])"
        ))
    return tuple(patterns)


def is_holder(name: str, held: Iterable[str]) -> bool:
    """Whether ``name`` is one of the names ``held``: the same surname, and, when both give more than the
    surname, the same name (a father and his daughter share a surname, not a role)."""
    words = name.casefold().split()
    if not words:
        return False
    for h in held:
        other = h.casefold().split()
        if other[-1] != words[-1]:
            continue
        if len(other) == 1 or len(words) == 1 or set(other) <= set(words) or set(words) <= set(other):
            return True
    return False

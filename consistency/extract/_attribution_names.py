"""Keys for source names: one key for the spellings of one source, and whether a name is the outlet's own.

Kept apart from the matcher: the engine, the frames stage and the provenance stage all compare
sources through these keys, while only the matcher reads tokens.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from consistency.extract import _attribution_lexicon as lex

_SPACES = re.compile(r"\s+")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://")
# The last label of a domain ("ukrinform.net", "harbor-post.co.uk"): dropped from outlet keys.
_TLDS = frozenset("com net org info news co uk us eu de fr ua jp ru it es ca au in io tv fm press media online".split())

_MEDIA_SUFFIXES = ("shimbun", "newspaper", "news agency", "agency", "daily", "news service", "media")


# Cached, as ``outlet_key``: the frames stage and provenance key the same few names again and again
# (14,422 calls for 3,592 names on a 1k corpus; outlet keys 18,994 for 2,508).
@functools.lru_cache(maxsize=1 << 12)
def normalize_source(name: str) -> str:
    """One key for the surface forms of one source.

    Case-folded, accents folded, articles, roles and titles dropped, a possessor
    kept for "X's sources": "the Japanese newspaper Yomiuri", "Yomiuri's sources"
    and "Yomiuri Shimbun" all give "yomiuri".
    """
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = _SPACES.sub(" ", folded.replace("’", "'")).strip(" .,;:'\"“”")
    raw = folded.split(" ")
    # "Yomiuri's sources": the possessor is who is cited; "Japan's foreign ministry" is not Japan.
    for i, w in enumerate(raw[:-1]):
        if w.lower().endswith("'s") and len(w) > 2:
            rest = [x.lower() for x in raw[i + 1 :]]
            if rest[-1] in lex.RELAY_NOUNS and all(x in lex.SOURCE_NOUNS or x in lex.MODIFIERS for x in rest):
                raw = raw[: i + 1]
                break
    if raw and raw[-1].lower().endswith("'s"):
        raw[-1] = raw[-1][:-2]
    # Keep the name after the last lower-case descriptor ("newspaper Yomiuri").
    cut = 0
    for i, w in enumerate(raw):
        lw = w.lower()
        if w[:1].islower() and lw not in lex.CONNECTORS and any(x[:1].isupper() for x in raw[i + 1 :]):
            cut = i + 1
    words = raw[cut:]
    while words and words[0].lower() in lex.DETERMINERS | lex.POSSESSIVE_DETERMINERS:
        words = words[1:]
    # Titles before a name ("President Joe Biden", "Mr. Obama").
    while len(words) > 1 and words[0].lower().rstrip(".") in lex.TITLES and words[1][:1].isupper():
        words = words[1:]
    key = " ".join(words).lower()
    for suffix in _MEDIA_SUFFIXES:
        if key.endswith(" " + suffix) and len(key) > len(suffix) + 1:
            key = key[: -len(suffix) - 1]
            break
    key = key.replace("'s ", " ").strip()
    if key in lex.DEMONYMS:  # "Japanese media" must not shrink to "japanese"
        key = " ".join(words).lower()
    return key or " ".join(name.lower().split())


@functools.lru_cache(maxsize=1 << 12)
def outlet_key(name: str) -> str:
    """A key that the outlet's name, its domain and its masthead share: "ukrinform.net",
    "https://www.ukrinform.net/", "Ukrinform" and "the Harbor Post" / "harbor-post" meet."""
    low = _SCHEME.sub("", name.strip().lower())
    low = low.split("/", 1)[0] if "." in low.split("/", 1)[0] else low
    if low.startswith("www."):
        low = low[4:]
    labels = low.split(".")
    if len(labels) > 1 and " " not in low:
        while len(labels) > 1 and labels[-1] in _TLDS:
            labels.pop()
        low = ".".join(labels)
    low = normalize_source(low) if " " in low else low
    words = low.split()
    if words and words[0] == "the":
        words = words[1:]
    return _NON_ALNUM.sub("", " ".join(words))


def is_same_outlet(source: str, outlet: str) -> bool:
    """True when ``source`` names the outlet that publishes the article ("Ukrinform reported" in a
    Ukrinform article): an outlet citing itself is not a source."""
    if not source or not outlet:
        return False
    a, b = outlet_key(source), outlet_key(outlet)
    return len(a) >= 3 and a == b

"""Role lookups read the bodies exactly as the patterns they replaced: a surname found by ``str.find``
where ``(?<![\\w-])surname(?![\\w-])`` matches, and the last words before it searched from where they
can begin, with the same match as a search from the start."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency import roles

PIECES = ["Ivo", "Dorin", "chief", "fire", "the", "Commissioner", "a", "ab", "é", "Ü", "1", "٣", "_", "-", "’", "'",
          ",", ".", " ", "  ", "\n", "\t", "\u00a0", "\u2003"]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def _reference_roles(name: str, body: str) -> frozenset[str]:
    """The role lookup as written before: a pattern compiled per name, the last words searched from 0."""
    found: set[str] = set()
    parts = name.split()
    if not parts:
        return frozenset()
    given_names = re.compile(rf"(?:\s*,)?(?:\s+(?:{'|'.join(re.escape(p) for p in parts[:-1]) or '(?!)'}))*\s*$")
    for match in re.finditer(rf"(?<![\w-]){re.escape(parts[-1])}(?![\w-])", body):
        before = body[max(0, match.start() - 160) : match.start()]
        before = before[: given_names.search(before).start()]  # type: ignore[union-attr]
        lead = roles._LAST_WORDS.search(before)
        words = lead.group(1).split() if lead else []
        run: list[str] = []
        if words and roles._is_role(words[-1]):
            for word in reversed(words):
                lower = word.lower()
                if lower in roles._DETERMINERS or lower in roles.lex.BARE_CUE_VERBS:
                    break
                run.append(lower)
        found.update(run)
        aside = roles._ASIDE.match(body, match.end())
        if aside:
            phrase = roles._WORD.findall(aside.group(1))
            if phrase and (phrase[0].lower() in roles._DETERMINERS or roles._is_role(phrase[0])):
                found.update(t.lower() for t in phrase if t.lower() not in roles._DETERMINERS)
    return frozenset(found)


@settings(max_examples=400, deadline=None)
@given(texts, st.sampled_from(["Ivo", "Ivo Dorin", "Dorin Ivo", "a", "ab", "é", "1", "Ivo-Dorin", "_"]))
def test_whole_words_are_the_pattern_matches(body: str, word: str) -> None:
    expected = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", body)]
    assert roles._whole_words(word, body) == expected


@settings(max_examples=400, deadline=None)
@given(texts)
def test_last_words_match_a_search_from_the_start(before: str) -> None:
    expected = roles._LAST_WORDS.search(before)
    got = roles._last_words(before)
    assert (got.span(1) if got else None) == (expected.span(1) if expected else None)


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(["Ivo", "Ivo Dorin", "Hane Ivo", "a", "Ivo Ivo", "é"]))
def test_role_lookup_equals_the_plain_one(body: str, name: str) -> None:
    assert roles._roles_in.__wrapped__(name, body) == _reference_roles(name, body)


@pytest.mark.parametrize(
    ("name", "body", "expected"),
    [
        ("Ivo Velstrand", "said the county fire chief, Ivo Velstrand, on Monday.", {"county", "fire", "chief"}),
        ("Hane Dorin", "Police Commissioner Hane Dorin spoke. Dorin, a spokesman for DunRail, left.",
         {"police", "commissioner", "spokesman", "for", "dunrail"}),
        ("Hane Dorin", "A report that never names the man.", set()),
        ("Hane Dorin", "Dorin-Smith and Dorin_x and xDorin are other names.", set()),
    ],
)
def test_roles_read_before_and_beside_the_name(name: str, body: str, expected: set[str]) -> None:
    assert roles._roles_in.__wrapped__(name, body) == _reference_roles(name, body) == frozenset(expected)

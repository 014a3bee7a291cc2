"""The first-character look put before the date grammar's patterns: read from the pattern, never stricter
than it (every match the pattern finds, the looked pattern finds)."""

from __future__ import annotations

import re

from consistency.extract._date_prefilter import with_first_look
from consistency.extract.dates import _LOOKED_RULES, RULES


def test_the_look_is_the_first_characters_of_the_alternatives() -> None:
    looked = with_first_look(re.compile(r"\b(?:(?:last|next)\s)?(?:Monday|Friday)"))
    assert looked.pattern.startswith("(?=[FMln])")


def test_case_insensitive_patterns_look_at_both_cases() -> None:
    looked = with_first_look(re.compile(r"\bweek \d", re.IGNORECASE))
    assert looked.pattern.startswith("(?-i:(?=[Ww]))")
    folded = with_first_look(re.compile(r"\bsix", re.IGNORECASE))  # the long s folds to "s"
    assert folded.match("\u017fix") and re.compile(r"\bsix", re.IGNORECASE).match("\u017fix")


def test_the_ascii_folds_are_all_that_the_engine_folds() -> None:
    from consistency.extract._date_prefilter import ASCII_FOLDS

    beyond_ascii = "".join(map(chr, range(0x80, 0x110000)))
    found = set(re.findall(r"(?i)[a-z]", beyond_ascii))
    assert found == {f for folds in ASCII_FOLDS.values() for f in folds}
    for letter, folds in ASCII_FOLDS.items():
        assert all(re.fullmatch(f"(?i){letter}", f) for f in folds)


def test_patterns_it_cannot_read_stay_as_they_are() -> None:
    for source in (r"\w+day", r".?x", r"(?:ab)?", r"[^a]b"):
        pattern = re.compile(source)
        assert with_first_look(pattern) is pattern


def test_the_looked_grammar_finds_what_the_grammar_finds() -> None:
    text = (
        "On Tuesday, March 12th at 3 p.m., Velmora voted; by 9a the next day Brask had left. Halvik meets "
        "from 5 to 6pm on 22/04, in week 31, the first week of May 2024, between now and June 1, 2025, "
        "and 3 days from today; Dravik closed in the 1990s, early next year, and at 11ish. "
        "Korvath's Q3 2023 results came on 2023-10-05 and 05-Aug-2016 and 10 Nov 11 at 23:37."
    )
    for (pattern, _), (looked, _) in zip(RULES, _LOOKED_RULES, strict=True):
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in looked.finditer(text)]


def test_needed_words_are_those_no_match_can_do_without() -> None:
    import re

    from consistency.extract._date_prefilter import needed_words

    weekday = re.compile(r"\b(?:last|next)\s+(?:Monday|Friday)\b", re.IGNORECASE)
    assert needed_words(weekday) == {"monday", "friday"}  # the longer words gate better than "last"/"next"
    assert needed_words(re.compile(r"\d+ years ago")) == {" years ago"}  # a literal run is one string
    assert needed_words(re.compile(r"\d{1,2}/\d{1,2}")) is None  # only a slash: too common to gate on
    assert needed_words(re.compile(r"(?:spring|\d{4})")) is None  # one branch needs no word


def test_a_text_without_the_needed_words_has_no_match() -> None:
    import re

    from consistency.extract._date_prefilter import needed_words

    pattern = re.compile(r"\b(?:early|late)[ -](?:March|April)\b", re.IGNORECASE)
    words = needed_words(pattern)
    assert words
    for text in ("Velmora voted in late March.", "Halvik met Dravik on Tuesday.", "EARLY-APRIL rains"):
        if pattern.search(text):
            assert any(w in text.lower() for w in words)
    assert not any(w in "Halvik met Dravik on Tuesday.".lower() for w in words)

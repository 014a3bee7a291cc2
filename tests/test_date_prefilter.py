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
    for (source, _), (looked, _) in zip(RULES, _LOOKED_RULES, strict=True):
        pattern = re.compile(source.pattern, source.flags)  # the rule as written, without its look
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


def _windowed(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]] | None:
    from consistency.extract._date_prefilter import Anchors, anchors_of, matches, reach

    extent = reach(pattern)  # unbounded: each start is tried apart, over the whole text
    windows = Anchors(text, text.lower()).windows(anchors_of(pattern), None if extent else 256)
    if windows is None:
        return None
    return [m.span() for m in matches(pattern, text, windows, extent[1] if extent else None)]


def test_scanning_only_where_a_match_can_start_finds_what_the_whole_scan_finds() -> None:
    filler = " Velmora's council met the Halvik delegation and nothing else was said about it. " * 6
    texts = [
        filler + "On Tuesday, March 12th at 3 p.m. Brask signed; on 2023-10-05 and 05-Aug-2016 Dravik did."
        + filler + "By 9a the next day, three days from today, in week 31 of 2024, the 1990s." + filler,
        "March 5 2021" + filler + "Korvath left on 4/22 at 11:30 and came back the day after Christmas.",
        filler + "the second half of 2019, mid-March, early next year, two weeks ago, 10 Nov 11 at 23:37" + filler,
        "apr may mar 12 12 12 2012-13 2012/13 Q3 2023 H1 1" + filler + "Monday Monday, May 1-3, 2020.",
        "\u017fix days \u0131n May 3 İstanbul " + filler + " Friday the 13th of September 2024",
    ]
    checked = 0
    for looked, _handler in _LOOKED_RULES:
        for text in texts:
            found = _windowed(looked, text)
            if found is not None:
                checked += 1
                assert found == [m.span() for m in looked.finditer(text)], looked.pattern[:80]
    assert checked > 40  # most rules do scan in windows on such texts


def test_a_window_tried_position_by_position_finds_what_a_search_finds() -> None:
    from consistency.extract._date_prefilter import matches

    pattern = re.compile(r"\b(?:past|to)\s+(?:\d+|ten)\b(?![a-z]+ly)")
    text = "from ten to ten, past 4 and to 12 o'clock; tonight to tenfold past 9oddly to 3"
    windows = [(m.start(), m.start()) for m in re.finditer(r"past|to", text)]
    expected = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in matches(pattern, text, windows, None)] == expected
    assert [m.span() for m in matches(pattern, text, [(0, len(text) - 1)], None)] == expected


def test_reach_is_unknown_for_unbounded_patterns_and_counts_looks_ahead() -> None:
    from consistency.extract._date_prefilter import reach

    assert reach(re.compile(r"\d+ days")) is None
    assert reach(re.compile(r"a(?=[^\S\n]{1,3}b\b)")) == (1, 7)  # "\b" looks at the character after b
    assert reach(re.compile(r"(?P<s>[-/])\d(?P=s)")) == (3, 3)


def test_anchors_are_the_needles_no_match_can_do_without() -> None:
    from consistency.extract._date_prefilter import anchors_of

    (words, runs, offset), *_ = anchors_of(re.compile(r"\b(?:the\s{1,3})?(?:March|June)\s{1,3}\d{1,2}", re.IGNORECASE))
    assert offset == 6 and words == ("june", "march") and runs is None
    (words, digits, at), *_ = anchors_of(re.compile(r"[A-Z][a-z]{2,5} (?:\d{4})"))
    assert at == 7 and not words and digits is not None and digits.fullmatch("2024")
    ((prefixes, _, _),) = anchors_of(re.compile(r"\b(?:Sept|Sep|September)\b"))
    assert prefixes == ("sep",)  # the occurrences of "sept" and "september" are those of "sep"


def test_a_source_compiles_once_to_what_the_compiled_pattern_gets() -> None:
    from consistency.extract._date_prefilter import Source, compile_with_first_look

    for source in (Source(r"\b(?:Velmora|Halvik)\s\d+", re.IGNORECASE), Source(r"[^\W\d]+|\d"), Source(r"(?:x|)y")):
        looked = with_first_look(re.compile(source.pattern, source.flags))
        once = compile_with_first_look(source)
        assert (once.pattern, once.flags) == (looked.pattern, looked.flags)

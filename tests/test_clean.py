"""Boilerplate is blanked line by line and offsets stay those of the body."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consistency.clean import clean_text
from tests.conftest import SEEDS

ARTICLE = """Harbor leaders agree on a new ferry route

The council approved the route on Tuesday after a two-hour debate.

Read also: Council elections set for June

Officials said the first ferry would sail in May.

Subscribe
* indicates required
Enter your email
Become a member Gift membership
Leave a Reply
Your email address will not be published. Required fields are marked *
"""


def kept_lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def test_removes_chrome_and_keeps_the_story() -> None:
    cleaned = clean_text(ARTICLE)
    assert kept_lines(cleaned.text) == [
        "Harbor leaders agree on a new ferry route",
        "The council approved the route on Tuesday after a two-hour debate.",
        "Officials said the first ferry would sail in May.",
    ]
    reasons = {r.reason for r in cleaned.removed}
    assert {"related link", "newsletter box", "membership appeal", "comment form"} <= reasons


def test_offsets_are_preserved() -> None:
    cleaned = clean_text(ARTICLE)
    assert len(cleaned.text) == len(ARTICLE)
    for i, (a, b) in enumerate(zip(ARTICLE, cleaned.text, strict=True)):
        assert b == a or (b == " " and a != "\n"), i
    for removal in cleaned.removed:
        assert not cleaned.text[removal.start : removal.end].strip()


def test_news_feed_tail_is_dropped_only_after_the_story() -> None:
    story = "The ferry route opens in May, the council said on Tuesday. " * 10
    page = f"{story}\n\nNews Feed\n\n3:44 PM\n\nUnrelated item about 13 aircraft.\n"
    cleaned = clean_text(page)
    assert "13 aircraft" not in cleaned.text
    assert "ferry route" in cleaned.text
    # A heading "News Feed" at the very top is not a tail: nothing before it to protect.
    assert "13 aircraft" in clean_text("News Feed\nUnrelated item about 13 aircraft.\n").text


@pytest.mark.parametrize(
    "line",
    [
        "Members of parliament voted 300 to 120.",
        "The union said its members would strike on Friday.",
        "Readers of the report will find the numbers on page 4.",
    ],
)
def test_news_lines_with_one_appeal_word_stay(line: str) -> None:
    assert clean_text(line).text == line


def test_teaser_with_ellipsis_is_dropped() -> None:
    text = (
        "The council met on Tuesday.\n"
        "Ukraine downed 13 aircraft in 2 weeks. How?\n"
        "Ukraine reported the downing of 13 warplanes within two weeks, among the highest losses since the early ai…\n"
    )
    cleaned = clean_text(text)
    assert kept_lines(cleaned.text) == ["The council met on Tuesday."]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")
def test_seed_boilerplate_is_removed() -> None:
    page = next(SEEDS.glob("002_*.txt")).read_text(encoding="utf-8")
    text = clean_text(page).text
    for chrome in ("ICBM", "Merkel", "13 Russian", "12,000 supporters", "indicates required", "Getty Images"):
        assert chrome not in text
    assert "around $8 billion" in text
    other = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")
    text = clean_text(other).text
    for chrome in ("Read also", "Leave a Reply", "No votes yet", "Source: ukrinform.net"):
        assert chrome not in text
    assert "billions of dlars" in text


@given(st.text(max_size=400))
def test_never_changes_length(text: str) -> None:
    assert len(clean_text(text).text) == len(text)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Lesen Sie auch: Neue Fähre zwischen Velmora und Halvik", "related link"),
        ("À lire aussi » Le port de Brask rouvre", "related link"),
        ("Lea también: La tormenta en Dravik", "related link"),
        ("Leggi anche", "related link"),
        ("Lesen Sie auch die folgenden Beiträge:", "related link"),
        ("Schlagwörter", "site navigation"),
        ("Teilen mit:", "site navigation"),
        ("Foto: Marta Vellacourt / Velmora Herald", "photo credit"),
        ("Crédits photos : Agence Brask", "photo credit"),
        ("AFP / MARTA VELLACOURT", "photo credit"),
        ("Der Hafen liegt am Nordufer des Sees. (Foto: Velmora Herald)", "photo caption"),
        ("Aktualisiert am 12.03.2024, 14:20 Uhr", "byline"),
        ("Never miss a story: sign up for our daily newsletter", "newsletter box"),
        ("Síguenos en todas las redes", "site footer"),
        ("© 2024 Velmora Herald. Alle Rechte vorbehalten.", "site footer"),
        ("For breaking news, download the Velmora Herald app for iOS and Android.", "app promotion"),
        ("This post contains affiliate links; we may earn a commission.", "advertising notice"),
    ],
)
def test_multilingual_chrome_lines(line: str, reason: str) -> None:
    cleaned = clean_text(f"The ferry to Halvik sails on Tuesday, the council said.\n{line}\n")
    assert kept_lines(cleaned.text) == ["The ferry to Halvik sails on Tuesday, the council said."]
    assert [r.reason for r in cleaned.removed] == [reason]


@pytest.mark.parametrize(
    "line",
    [
        "Members of the council said they would follow the plan that Marta Vellacourt set out in May.",
        "The company said users could download the new app from Tuesday, and 2,000 did on the first day.",
        "Der Stadtrat von Velmora will am Dienstag über die neue Fährlinie nach Halvik abstimmen.",
        "A " + "long report on the charity's donation drive, which its supporters and members ran " * 6 + "all year.",
    ],
)
def test_news_lines_stay(line: str) -> None:
    assert clean_text(line).text == line


def test_extracted_text_keeps_paragraphs_ending_in_an_ellipsis() -> None:
    text = (
        "Ferry to Halvik\n\n"
        "The council met on Tuesday and approved the route, although several members said they would "
        "rather have waited for the report on the harbour works…\n"
    )
    assert clean_text(text, extracted=True).text == text
    assert "harbour works" not in clean_text(text).text  # pasted text: a teaser card


@pytest.mark.parametrize("line", [
    "Please ENTER YOUR EMAIL to get the Halvik briefing",
    "THANK YOU FOR SUBSCRIBING, Velmora reader",
    "Required fields are marked in bold on the Halvik form",
    "(c) 2031 Norland Courier. ALL RIGHTS RESERVED.",
    "Download the Brask Post app for iOS and Android",
    "Signing up for the Dravik morning newsletter takes a minute",
    "Newsletter: Subscribe to Korvath Weekly",
    "This post contains affiliate links to the shops we name.",
    "Todos los derechos reservados - Diario de Halvik",
])
def test_screened_line_patterns_still_remove_their_lines_in_any_case(line: str) -> None:
    from consistency.clean import _SCREENED, _line_reason

    plain = next(reason for pattern, reason, _ in _SCREENED if pattern.search(line))
    assert _line_reason(line) == plain  # the screen never hides a pattern that matches


_CHROME_WORDS = ["Sign", "up", "newsletter", "email", "will", "address", "be", "not", "published", "ALL", "rights",
                 "reserved", "download", "the", "our", "app", "iOS", "we", "may", "earn", "a", "commission", "this",
                 "post", "contains", "affiliate", "links", "thank", "you", "for", "subscribing", "Halvik", "Brask",
                 "enter", "your", "(c)", "2031", "-", ":", "News", "for", "updates", "stories"]


@given(st.lists(st.sampled_from(_CHROME_WORDS), max_size=14), st.sampled_from(["", " ", "  "]))
def test_the_screen_gives_what_every_pattern_gives(words: list[str], lead: str) -> None:
    from consistency.clean import _SCREENED, _line_reason

    line = lead + " ".join(words)
    plain = next((reason for pattern, reason, _ in _SCREENED if pattern.search(line)), None)
    if plain is not None:
        assert _line_reason(line) == plain
    else:
        assert _line_reason(line) in (None, "membership appeal")


_APPEAL_TEST_WORDS = ["Members", "membership", "READERS", "reader", "supporters", "donate", "Donations", "contribution",
                      "subscribers", "newsletter", "fund", "our", "the", "mission", "journalism", "reporting",
                      "community", "help", "us", "join", "become", "a", "Halvik", "council", "voted", "Read", "also:",
                      "Subscribe", "Tags", "(c)", "2031", "-", "Follow", "us"]


@given(st.lists(st.sampled_from(_APPEAL_TEST_WORDS), max_size=12), st.sampled_from(["", " ", "* "]))
def test_the_screens_give_what_every_pattern_and_the_appeal_words_give(words: list[str], lead: str) -> None:
    # Unscreened: every line pattern in order, then the appeal rule on all its words.
    from consistency.clean import _APPEAL_WORDS, _PLEA, _REPORTED, _SCREENED, APPEAL_MAX_CHARS, _line_reason

    line = lead + " ".join(words)
    plain = next((reason for pattern, reason, _ in _SCREENED if pattern.search(line)), None)
    if plain is None and len(line) <= APPEAL_MAX_CHARS:
        appeals = len({word.lower().rstrip("s") for word in _APPEAL_WORDS.findall(line)})
        if (appeals >= 2 or (appeals and _PLEA.search(line))) and not _REPORTED.search(line):
            plain = "membership appeal"
    assert _line_reason(line) == plain


def test_one_appeal_word_twice_is_news_not_a_plea() -> None:
    """ "Members of parliament ... Seven members abstained": one kind of member named twice, no plea."""
    from consistency.clean import _line_reason

    line = ("The Brask assembly has voted the cabinet out. Members of parliament backed the motion by 163 to 131, "
            "a majority of 32. Seven members abstained.")
    assert _line_reason(line) is None
    assert _line_reason("Become a member: members fund our journalism.") == "membership appeal"


def test_a_line_reporting_what_members_say_is_news() -> None:
    """Members and subscribers named in a line that quotes or cites a third party: the story, not a plea."""
    from consistency.clean import _line_reason

    line = ("The Brask growers' union, citing its members' books, puts the harvest at 40,000 tonnes and says "
            "subscribers to its price bulletin rose to 900.")
    assert _line_reason(line) is None
    assert _line_reason("Readers like you fund our journalism: become a member today.") == "membership appeal"


def test_every_appeal_word_holds_a_screened_need() -> None:
    """The appeal rule's substring screen (``_APPEAL_NEEDS``) is a second list of the appeal words: each
    spelling the pattern's alternatives allow (groups expanded, optional endings dropped) must hold one
    of its needs, or a line with only that word would be let through unread."""
    import itertools
    import re

    from consistency.clean import _APPEAL_NEEDS, _APPEAL_WORDS

    inner = _APPEAL_WORDS.pattern.removeprefix(r"\b(?:").removesuffix(r")\b")
    alternatives, depth, start = [], 0, 0
    for at, char in enumerate(inner):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            alternatives.append(inner[start:at])
            start = at + 1
    alternatives.append(inner[start:])
    spelled = 0
    for alternative in alternatives:
        plain = re.sub(r"\\w\*|\w\?", "", alternative)
        parts = re.split(r"\(\?:([^()]*)\)", plain)  # literal, options, literal, options, ...
        choices = [[p] if n % 2 == 0 else p.split("|") for n, p in enumerate(parts)]
        for words in itertools.product(*choices):
            spelling = "".join(words).lower()
            spelled += 1
            assert any(need in spelling for need in _APPEAL_NEEDS), spelling
    assert spelled >= 15


def test_a_live_entry_trailing_off_stays() -> None:
    """A live report's timed entry that ends in suspense is the story itself, not a teaser for another."""
    text = (
        "Jury names its winner\n\n"
        "19:42 The Sprovell jury has been out for three hours and the hall is restless.\n\n"
        "19:58 ORVASK (jury chair): We have watched every film twice, and the prize goes to...\n"
    )
    assert "ORVASK (jury chair)" in clean_text(text).text

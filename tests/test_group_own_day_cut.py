"""A report's own happening told in the same clause as an earlier step it looks back on ("the gate that pinned a boy
yesterday is of a make the council withdrew three weeks ago"): the words up to the report's own day word tell its own
happening, not the earlier one (``recollections._recalled_part``, ``GroupingOptions.own_day_cut``). Read as recalled,
they made the report's group recall its own event's wire report as an earlier happening, and held that report apart
from the rest of its event. Invented reports; every name is made up."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions, recollected_words
from consistency.model import Article
from consistency.recollections import recollections

DAY = dt.date(2093, 3, 9).toordinal()

SENTENCE = (
    "Head\n\nThe turnstile at Vesavokat Baths in which Tobin Buvozerat, eight, was caught by his sleeve yesterday is of "
    "a make that Rakimoben's safety board withdrew three weeks ago because its arm can slip, the board said."
)


def _recalled(text: str, cut: bool) -> frozenset[str]:
    return recollections(text, len(text), 2093, DAY, 7, own_day_cut=cut)[0]


def test_the_words_before_yesterday_are_the_reports_own() -> None:
    recalled = _recalled(SENTENCE, True)
    assert {"withdr", "board", "slip"} <= recalled  # (the earlier step: the make withdrawn)
    assert not {"caught", "sleeve", "tobin"} & recalled  # (its own happening: the boy caught yesterday)


def test_without_the_cut_its_own_happening_was_read_as_recalled() -> None:
    assert {"caught", "sleeve"} <= _recalled(SENTENCE, False)


def test_a_clause_without_its_own_day_is_recalled_whole() -> None:
    text = "Head\n\nThe baths said a girl, nine, was caught by her sleeve in the same turnstile three weeks ago."
    assert {"caught", "sleeve"} <= _recalled(text, True)


def test_grouping_reads_it_so_by_default() -> None:
    article = Article(id="a0", path="a0.md", outlet="Outlet 0", body=SENTENCE, published=dt.date.fromordinal(DAY))
    back, _own, _lead = recollected_words(article, SENTENCE, [], GroupingOptions())
    assert "sleeve" not in back and "withdr" in back
    off, _own, _lead = recollected_words(article, SENTENCE, [], GroupingOptions(own_day_cut=False))
    assert "sleeve" in off

"""One quotation credited to a body and to a person whose own credit places her in another body ("a
Brevinka spokesman", "Dr Sollemund of the Office") has two speakers; beside a body that may be her own
("the company" beside "a Brevinka spokesman") nothing is said (consistency/checks/comparisons.py,
``_of_other_bodies``).

The articles and names are invented.
"""

from __future__ import annotations

import datetime as dt

from consistency.checks.comparisons import _bodies_apart, _may_be_its_voice, _Side
from consistency.model import Attribution
from tests.slot_findings import pair_statuses, run_one_event

DAY = dt.datetime(2052, 3, 9, 17)

_LEADS = (
    "# Dock strike shuts Halcrest port\n\nDock workers in Halcrest walked out on Monday, shutting the port for a whole day, its first stoppage in ten years. ",
    "# Halcrest dockers walk out over pay\n\nThe port of Halcrest stood idle on Monday as its dock workers struck over unpaid night shifts. ",
)
_QUOTE = "\"Nobody unloads a single crate until the night shifts are paid,\""


def _statuses(body_credit: str, speaker_credit: str) -> set[str]:
    articles = {
        "a": f"{_LEADS[0]}{_QUOTE} {body_credit} said in a note to its members.",
        "b": f"{_LEADS[1]}{_QUOTE} {speaker_credit} said. Ships queued outside the harbour wall.",
    }
    pairs = pair_statuses(run_one_event(articles, DAY), "attribution")
    return {status for key, status in pairs.items() if any(k.startswith("a:") for k in key) and any(k.startswith("b:") for k in key)}


def test_a_named_body_and_another_named_bodys_spokesman_are_two_speakers() -> None:
    assert _statuses("the Dellimar Dockers Union", "a Brevinka spokesman") == {"conflict"}


def test_a_body_and_a_spokesman_who_may_be_its_own_are_not() -> None:
    statuses = _statuses("the company", "a Brevinka spokesman")
    assert statuses and "conflict" not in statuses


def test_bodies_apart() -> None:
    assert _bodies_apart("Brevinka", "Dellimar Dockers Union")
    assert _bodies_apart("the Office", "association")
    assert not _bodies_apart("Brevinka", "the company")  # the company may be Brevinka
    assert not _bodies_apart("Dellimar Dockers Union", "DDU")  # its initials
    assert not _bodies_apart("Brevinka Freight", "Brevinka")


_THIRD = "# Halcrest port closed by strike\n\nNo ship left Halcrest on Monday as dock workers struck. {quote} {credit} said. The harbour board met at noon."


def _three(company_speaker: str) -> dict[tuple[str, ...], str]:
    """The company, a person its report may make the company's own voice, and a third person credited with the same
    words: the third conflicts with the second; whether the company does depends on the second's post."""
    articles = {
        "a": f"{_LEADS[0]}{_QUOTE} the company said in a note to its members.",
        "b": f"{_LEADS[1]}{_QUOTE} said {company_speaker}. Ships queued outside the harbour wall.",
        "c": _THIRD.format(quote=_QUOTE, credit="executive producer Oda Halvorsk"),
    }
    return pair_statuses(run_one_event(articles, DAY), "attribution")


def _between(pairs: dict[tuple[str, ...], str], one: str, other: str) -> set[str]:
    return {s for key, s in pairs.items() if any(k.startswith(one) for k in key) and any(k.startswith(other) for k in key)}


def test_a_company_and_a_post_at_the_top_of_a_body_are_not_two_speakers() -> None:
    pairs = _three("Brevinka's artistic director, Ivmar Dantaski")
    assert _between(pairs, "b:", "c:") == {"conflict"}
    assert _between(pairs, "a:", "b:") == {"compatible"}


def test_a_company_and_a_post_of_another_kind_of_body_are() -> None:
    pairs = _three("the hotel manager, Ivmar Dantaski")
    assert _between(pairs, "a:", "b:") == {"conflict"}



def test_a_speakers_label_is_read_with_the_post_other_reports_name_her_by() -> None:
    """ "DANTASKI:" in a transcript, whom another report names "Director-General Ivmar Dantaski", may be the
    office's own voice: her post is read from the slot's fuller name, not from her label alone."""
    articles = {
        "a": f"{_LEADS[0]}{_QUOTE} the office said in a note to its members.",
        "d": "# Halcrest strike\n\nPRESENTER: The port of Halcrest is shut by a strike.\n\n"
             f"DANTASKI: {_QUOTE.strip(chr(34)).rstrip(',')}.\n\nREPORTER: Ships are waiting outside the harbour wall.",
    }
    result = run_one_event(articles, DAY)
    by_article = {a.id: a for a in result.articles}
    sides = {
        f.article_id: _Side(by_article[f.article_id], f, "")
        for f in result.facts if isinstance(f.value, Attribution) and f.value.source in ("office", "DANTASKI")
    }
    office, label = sides["a"], sides["d"]
    assert _may_be_its_voice(label, office, {"DANTASKI": "Director-General Ivmar Dantaski"})
    assert not _may_be_its_voice(label, office, {"DANTASKI": "hotel manager Ivmar Dantaski"})
    assert not _may_be_its_voice(label, office)  # the label alone holds no post

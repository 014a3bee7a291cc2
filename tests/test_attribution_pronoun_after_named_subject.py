"""A "she" after a sentence that opens on a person's name and age means that person, not the speaker credited
before it (consistency/extract/_attribution_resolve.py, ``_subject_since``). The sentences are invented."""

from __future__ import annotations

from consistency.extract import ExtractionContext, extractors

CTX = ExtractionContext()


def _sources(text: str) -> dict[str, str]:
    return {text[e.start : e.end]: e.value.source for e in extractors()["attribution"](text, CTX)}  # type: ignore[union-attr]


def test_she_is_the_person_a_sentence_since_opened_on() -> None:
    text = (
        "\"The jury wept,\" festival director Basamo Lasataful said.\n\n"
        "Nofekir Kopolipol, 31, thanked her crew in three languages. "
        "\"We shot it in eleven days,\" she told the audience."
    )
    assert _sources(text)["she told"] == "Nofekir Kopolipol"


def test_she_is_the_speaker_when_no_such_sentence_stands_between() -> None:
    text = (
        "\"The jury wept,\" festival director Runa Lasataful said.\n\n"
        "The prize is worth 20,000 crowns. \"We shot it in eleven days,\" she told the audience."
    )
    assert _sources(text)["she told"] == "Runa Lasataful"

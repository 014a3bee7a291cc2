"""A passive "quoted by" an agent "as saying" credits its subject, as "quoted as saying" does: the
subject's words, whoever passed them on (the agent is not made a relay of the chain).

Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from consistency.extract.attributions import find_attributions
from consistency.text import split_sentences


def chains(text: str) -> list[tuple[str, ...]]:
    return [m.value.chain for m in find_attributions(text, split_sentences(text))]


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ('Chief inspector Ilvotta Trost was quoted by her deputies as saying: "Every alarm went off on time."', ("Ilvotta Trost",)),
        ("Trost was quoted by the Skobar Gazette as saying the systems had worked.", ("Trost",)),
        ("Ilvotta Trost was quoted as saying the systems had worked.", ("Ilvotta Trost",)),  # (read before)
    ],
)
def test_quoted_by_an_agent_as_saying(text: str, chain: tuple[str, ...]) -> None:
    assert chains(text) == [chain]


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        # the name apposed to the subject's role, as before "said"; a bare plural agent too
        ('The fishery board welcomed the plan, while its chairman, Ivmar Dantaski, was quoted by growers as saying: "This plan serves the few."', ("Ivmar Dantaski",)),
        ("Its chairman, Ivmar Dantaski, was quoted as saying the plan was unfair.", ("Ivmar Dantaski",)),
    ],
)
def test_an_apposed_subject_quoted_as_saying(text: str, chain: tuple[str, ...]) -> None:
    assert chains(text) == [chain]


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("The winner was announced by the board's chairman, Ivmar Dantaski, on Friday.", ("Ivmar Dantaski",)),
        ("According to the port director, Ivmar Dantaski, the pier was shut.", ("Ivmar Dantaski",)),
        ("According to police, Ivmar Dantaski, 45, was arrested.", ("police",)),  # a body, no role: the name is the news
        ("The winner was announced by the board's chairman on Friday.", ("chairman",)),  # no name follows: as before
    ],
)
def test_a_role_and_its_apposed_name_after_by(text: str, chain: tuple[str, ...]) -> None:
    assert chains(text) == [chain]

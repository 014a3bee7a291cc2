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

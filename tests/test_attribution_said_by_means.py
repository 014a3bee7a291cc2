"""A verb of saying followed by "by" and the means the speaker spoke by ("said by radio at noon",
"said by satellite link") keeps its speaker: the means is no agent of a passive ("a monitor maintained by
the embassy").

Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from tests.attribution_sources import sources


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('"The ice is older than we hoped," chief scientist Ilvotta Trost said by satellite link on Tuesday.', "Ilvotta Trost"),
        ('"We are cold but fine," Trost said by radio at noon.', "Trost"),
        ('"We made it," expedition leader Gunleth Skobar said by satellite phone at dawn.', "Gunleth Skobar"),
        ('"We made it," Gunleth Skobar said by telephone.', "Gunleth Skobar"),  # (read before)
    ],
)
def test_said_by_the_means_of_speaking(text: str, source: str) -> None:
    assert source in sources(text)


def test_said_by_a_named_agent_is_still_a_passive() -> None:
    assert "Trost" not in sources("The figure was said by Ilvotta Trost to be too low, according to the council.")

"""One quotation credited to a body ("the hospital said") and to a person the reports call a member of the
public ("a retired teacher", "a lorry driver") has two speakers: such a person holds no post that could
make her the body's voice. A person given a post ("a hospital spokeswoman") may be its voice.

Reports, people and bodies are invented.
"""

from __future__ import annotations

import pytest

from tests.two_reports import verdicts

QUOTE = '"The smoke came under the door before anyone heard an alarm," '


def source_verdicts(person_side: str, body_side: str) -> list[tuple[str, str | None]]:
    return verdicts(
        "A fire in a laundry room closed a ward at Duslingen's main hospital overnight. " + QUOTE + person_side,
        "Forty patients were moved in the night after smoke reached a ward in Duslingen. " + QUOTE + body_side,
        "attribution",
    )


@pytest.mark.parametrize("person", [
    "said Oskida Velbrandt, a retired teacher on the ward.",
    "said Oskida Velbrandt, a taxi driver who saw the smoke.",
])
def test_a_member_of_the_public_is_not_the_bodys_voice(person: str) -> None:
    verdicts = source_verdicts(person, "the hospital said in a short note.")
    assert "conflict" in {status for status, _cause in verdicts}, verdicts


def test_a_person_with_a_post_may_be_its_voice() -> None:
    verdicts = source_verdicts("said Oskida Velbrandt, a hospital spokeswoman.", "the hospital said in a short note.")
    assert verdicts and all(status != "conflict" for status, _cause in verdicts), verdicts

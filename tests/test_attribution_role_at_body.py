"""A person set off after her name with a role held in a body (", incident controller at Murbeck Gas,")
speaks for that body: one quotation credited to her and to the body is one source under two names, while
a role held in another body ("branch secretary of the drivers' union") keeps the two apart.

Reports, people and bodies are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.engine import run_articles
from consistency.model import Article

QUOTE = '"The main is sealed and the street is safe," '


def source_verdict(person_side: str, body_side: str) -> tuple[str, str]:
    result = run_articles([
        Article(id="a", path="a.md", outlet="Drudgeley Wire", body="A gas main burst in Kelds Lane at dawn. " + QUOTE + person_side,
                published=dt.datetime(2071, 3, 4, 12, 0)),
        Article(id="b", path="b.md", outlet="Cradden Post", body="A gas main burst in Kelds Lane at dawn. " + QUOTE + body_side,
                published=dt.datetime(2071, 3, 4, 18, 0)),
    ])
    found = [f for f in result.findings if f.kind == "attribution"]
    assert len(found) == 1, [(f.status, f.message) for f in result.findings]
    return found[0].status, found[0].cause


@pytest.mark.parametrize("role", ["incident controller at Murbeck Gas", "senior engineer with Murbeck Gas"])
def test_a_role_held_in_the_body_speaks_for_it(role: str) -> None:
    verdict = source_verdict(f"said Orvina Jebbings, {role}.", "Murbeck Gas said in a statement.")
    assert verdict == ("compatible", "naming")


def test_a_role_held_in_another_body_does_not() -> None:
    verdict = source_verdict("said Orvina Jebbings, branch secretary of the fitters' union.", "the gas company said in a statement.")
    assert verdict[0] == "conflict"

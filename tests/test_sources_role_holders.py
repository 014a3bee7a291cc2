"""A quotation credited to a role without a name ("the archer said") and to a named person is read by whom
the reports name as holding that role: the person herself is one source under two names; another person,
with the same words, is a second speaker for one quotation.

Reports, people and bodies are invented.
"""

from __future__ import annotations

import datetime as dt

from consistency.engine import run_articles
from consistency.model import Article

QUOTE = '"I stopped counting the arrows after the fourth end," '


def source_verdicts(first: str, second: str, role: str = "archer") -> list[tuple[str, str | None]]:
    result = run_articles([
        Article(id="a", path="a.md", outlet="Saxobel Wire", published=dt.datetime(2071, 5, 6, 12, 0), body=(
            f"The {role}, Oskida Velbrandt, took the title at the Duslingen range on Sunday. " + QUOTE + first
        )),
        Article(id="b", path="b.md", outlet="Gravmoor Post", published=dt.datetime(2071, 5, 6, 18, 0), body=(
            "Velbrandt's title at Duslingen came in a final that ran two hours late in the rain. " + QUOTE + second
        )),
    ])
    return [(f.status, f.cause) for f in result.findings if f.kind == "attribution"]


def test_the_role_is_the_person_the_reports_give_it() -> None:
    verdicts = source_verdicts("the archer said.", "said Velbrandt, smiling.")
    assert verdicts and all(status != "conflict" for status, _cause in verdicts), verdicts


def test_the_role_is_the_person_the_reports_give_it_though_they_give_her_another_too() -> None:
    # ("the champion" and "said Velbrandt, a pharmacist by trade": both what the reports call her)
    verdicts = source_verdicts("the champion said.", "said Velbrandt, a pharmacist by trade.", role="champion")
    assert verdicts and all(status != "conflict" for status, _cause in verdicts), verdicts


def test_the_role_against_another_person_is_two_speakers() -> None:
    verdicts = source_verdicts("the archer said.", "said her coach, Pradlo Jurmonen.")
    assert "conflict" in {status for status, _cause in verdicts}, verdicts


def test_a_role_s_holders_are_read_once_for_the_same_reports(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # (Every pair of a named person and an unnamed role in one slot asks for the same reports' holders: they are
    # read once, and other reports are read afresh.)
    from consistency import role_holders

    reads: list[str] = []
    real = role_holders._holders_in

    def counted(role: str, text: str) -> frozenset[str]:
        reads.append(text)
        return real(role, text)

    monkeypatch.setattr(role_holders, "_holders_in", counted)
    role_holders._holders.cache_clear()
    texts = ("The harbourmaster, Orla Brindce, closed the quay at dawn.", "Gulls circled the empty quay at Pellow.")
    assert role_holders.holders("harbourmaster", texts) == frozenset({"Orla Brindce"})
    assert role_holders.holders("harbourmaster", list(texts)) == frozenset({"Orla Brindce"})
    assert len(reads) == 2
    assert role_holders.holders("harbourmaster", texts[1:]) == frozenset()
    assert len(reads) == 3

"""The speed suite's batched measurement makes the calls the engine's order makes, in batches: every extractor
once on every article, with the article's sentences split, and a failing call counted, not fatal."""

from __future__ import annotations

from typing import Any

from benchmarks.suites import speed
from consistency.text import split_sentences


def test_every_extractor_reads_every_article_once_with_its_sentences() -> None:
    texts = [(f"Velmora {i} rested. Halvik left on day {i}.", None) for i in range(speed.BATCH + 5)]
    calls: list[tuple[str, str, tuple[tuple[int, int], ...]]] = []

    def recorder(name: str) -> Any:
        def extract(text: str, context: Any) -> list[object]:
            calls.append((name, text, context.sentences))
            if name == "b" and text.startswith("Velmora 3 "):
                raise ValueError("a failing article")
            return []

        return extract

    _wall, _cpu, errors = speed._timed_batches(texts, [recorder("a"), recorder("b")])
    assert errors == 1
    assert sorted((n, t) for n, t, _s in calls) == sorted((n, t) for n in "ab" for t, _p in texts)
    assert all(sentences == tuple(split_sentences(text)) for _n, text, sentences in calls)
    # within a batch, the first extractor reads all its articles before the second starts
    assert [n for n, _t, _s in calls[: 2 * speed.BATCH]] == ["a"] * speed.BATCH + ["b"] * speed.BATCH


def test_interleaved_sides_take_turns_on_the_same_texts() -> None:
    """The gated ratios' sides alternate on slices of the texts, each reading every text once, so a machine
    that slows down during the run slows ours and the peer alike."""
    texts = [(f"Story {i} of the day.", None) for i in range(3 * speed.ROUNDS + 2)]
    calls: list[tuple[str, str]] = []

    def side(name: str) -> Any:
        def run(text: str, published: Any) -> None:
            calls.append((name, text))
            if name == "peer" and text == "Story 4 of the day.":
                raise ValueError("a failing text")

        return run

    totals = speed._interleaved(texts, {"ours": side("ours"), "peer": side("peer")}, "test")
    assert sorted(t for n, t in calls if n == "ours") == sorted(t for t, _p in texts)
    assert sorted(t for n, t in calls if n == "peer") == sorted(t for t, _p in texts)
    assert totals["peer"][2] == 1 and totals["ours"][2] == 0
    # the sides change over ROUNDS times, not once: neither runs all its texts before the other starts
    changes = sum(1 for (a, _), (b, _) in zip(calls, calls[1:], strict=False) if a != b)
    assert changes == 2 * speed.ROUNDS - 1

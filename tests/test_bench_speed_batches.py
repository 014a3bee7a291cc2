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

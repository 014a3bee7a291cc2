"""The sentences and words of short texts are cached: a cached answer equals the one read afresh, each
call gets a list of its own (a caller may change it), and a long text is read afresh, never held."""

from __future__ import annotations

import pytest

from consistency import text
from consistency.extract._attribution_names import normalize_source, outlet_key

TEXTS = [
    "Mr. Halvik told Velmora Radio on Friday that the U.S. envoy would resign. He did not.\nSecond line",
    "Kyiv’s mayor and KYIV officials met 3 times; the city's 12 districts (all of them) agreed!",
    "Zürich Émile Łukasz said: «non». 2,000 people",
    "",
]


@pytest.mark.parametrize("sample", TEXTS)
def test_cached_readings_equal_fresh_ones(sample: str) -> None:
    assert text.split_sentences(sample) == text._split_sentences(sample)
    assert text.words(sample) == text._words(sample)
    assert text.content_words(sample) == text._content_words(sample)
    for read in (text.split_sentences, text.words, text.content_words):
        first = read(sample)
        first.append("changed by its caller")  # type: ignore[arg-type]
        assert read(sample) != first  # the cache holds its own copy


def test_long_texts_are_read_afresh_and_not_held() -> None:
    text._cached_sentences.cache_clear()
    text._cached_words.cache_clear()
    long_text = "The council met on Monday. " * (text.CACHED_TEXT // 20)
    assert text.split_sentences(long_text) == text._split_sentences(long_text)
    assert text.words(long_text) == text._words(long_text)
    assert text._cached_sentences.cache_info().currsize == 0
    assert text._cached_words.cache_info().currsize == 0


def test_source_keys_are_cached() -> None:
    assert normalize_source("the Japanese newspaper Yomiuri") == "yomiuri"
    assert normalize_source.cache_info().hits + normalize_source.cache_info().misses > 0
    assert outlet_key("https://www.ukrinform.net/") == outlet_key("Ukrinform")


def test_cached_words_share_one_string_per_word() -> None:
    import sys

    for read in (text.words, text.content_words):
        got = read("The council met the mayor and the council agreed.")
        assert got and all(word is sys.intern(word) for word in got)

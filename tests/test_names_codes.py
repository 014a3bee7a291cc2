"""Identifiers of capitals and digits are names: "M-31" names one iceberg, "KV-2210" one tanker, so two reports
that give it meet on it as they meet on a place's name. Every name is made up."""

from __future__ import annotations

from consistency.names import names


def test_an_identifier_is_a_name() -> None:
    found = names("Scientists track iceberg B-47\n\nThe berg, named B-47, drifted north. The tanker KV2210 was warned.")
    assert "b-47" in found
    assert "kv2210" in found


def test_short_codes_and_words_with_digits_are_not() -> None:
    found = names("Profits rose in Q3, the company said, and its COVID-19 costs fell. Sales in 2041 grew.")
    assert not any(any(c.isdigit() for c in word) for word in found)

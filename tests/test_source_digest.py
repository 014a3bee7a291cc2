"""The tool's source digest, which every cache key holds: code counts, comments do not."""

from __future__ import annotations

from pathlib import Path

import pytest

from consistency import cache as cache_module
from consistency.cache import Cache, code_digest, source_digest

CODE = b'def toll(count):\n    """The count as told."""\n    return count + 1\n'


def test_a_comment_or_a_blank_line_leaves_the_digest_alone() -> None:
    commented = b'# why: a toll grows\ndef toll(count):\n    """The count as told."""\n\n    return count + 1  # plus one\n'
    assert code_digest(commented) == code_digest(CODE)


@pytest.mark.parametrize("changed", [
    b'def toll(count):\n    """The count as told."""\n    return count + 2\n',  # a value
    b'def toll(count):\n    """The count as said."""\n    return count + 1\n',  # a docstring
    b'def toll(count):\n    """The count as told."""\n    return (count\n            + 1)\n',  # other tokens
    b'def toll(count):\n    """The count as told."""\nreturn count + 1\n',  # indentation
    b'def toll(count):\n    """The count as told."""\n    return "# count" + 1\n',  # a '#' in a string
], ids=["value", "docstring", "parentheses", "indentation", "hash-in-string"])
def test_code_changes_change_the_digest(changed: bytes) -> None:
    assert code_digest(changed) != code_digest(CODE)


def test_a_file_that_does_not_tokenize_counts_by_its_bytes() -> None:
    assert code_digest(b"def broken(:\n    '''\n") != code_digest(b"def broken(:\n    '''\n ")


def test_the_source_digest_reads_each_files_digest_back_from_a_cache(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    cache = Cache(tmp_path)
    monkeypatch.setattr(cache_module, "_CODE_DIGESTS", {})
    first = source_digest(cache)
    assert first == source_digest()
    monkeypatch.setattr(cache_module, "_CODE_DIGESTS", {})  # a new process: only the cache knows them

    def never(data: bytes) -> str:
        raise AssertionError("a file read as tokens again")

    monkeypatch.setattr(cache_module, "code_digest", never)
    assert source_digest(Cache(tmp_path)) == first


def test_a_foreign_file_digest_in_the_cache_is_not_trusted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = Cache(tmp_path)
    monkeypatch.setattr(cache_module, "_CODE_DIGESTS", {})
    first = source_digest(cache)
    for entry in (tmp_path / cache_module.SOURCE).rglob("*.pkl"):
        key = entry.stem
        cache.put(key, "not a digest", namespace=cache_module.SOURCE)
    monkeypatch.setattr(cache_module, "_CODE_DIGESTS", {})
    assert source_digest(Cache(tmp_path)) == first

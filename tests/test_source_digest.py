"""The tool's source digest, which every cache key holds: code counts, comments do not."""

from __future__ import annotations

import hashlib
import shutil
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


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str, dict[str, str]]:
    """A cache filled by one reading of every source file as tokens (seconds: the tests share it), the digest
    it gave, the digest computed without a cache, and each file's digest by the digest of its bytes."""
    folder = tmp_path_factory.mktemp("source-digests")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cache_module, "_CODE_DIGESTS", {})  # nothing known in this process yet
        first = source_digest(Cache(folder))
        return folder, first, source_digest(), dict(cache_module._CODE_DIGESTS)


def test_the_source_digest_reads_each_files_digest_back_from_a_cache(
        filled: tuple[Path, str, str, dict[str, str]], monkeypatch: pytest.MonkeyPatch) -> None:
    folder, first, uncached, _ = filled
    assert first == uncached
    monkeypatch.setattr(cache_module, "_CODE_DIGESTS", {})  # a new process: only the cache knows them

    def never(data: bytes) -> str:
        raise AssertionError("a file read as tokens again")

    monkeypatch.setattr(cache_module, "code_digest", never)
    assert source_digest(Cache(folder)) == first


def test_a_foreign_file_digest_in_the_cache_is_not_trusted(
        filled: tuple[Path, str, str, dict[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder, first, _, known = filled
    shutil.copytree(folder, tmp_path / "cache")
    cache = Cache(tmp_path / "cache")
    for entry in (tmp_path / "cache" / cache_module.SOURCE).rglob("*.pkl"):
        cache.put(entry.stem, "not a digest", namespace=cache_module.SOURCE)
    monkeypatch.setattr(cache_module, "_CODE_DIGESTS", {})
    read: list[str] = []

    def tokens(data: bytes) -> str:
        """The file's digest as the fixture's reading of its tokens gave it, noted as read again."""
        read.append(hashlib.sha256(data).hexdigest())
        return known[read[-1]]

    monkeypatch.setattr(cache_module, "code_digest", tokens)
    assert source_digest(Cache(tmp_path / "cache")) == first
    assert sorted(read) == sorted(known)  # no forged entry trusted: every file read as tokens again

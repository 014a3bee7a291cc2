"""An unchanged corpus reads its whole extraction back in one entry; any change misses it, a bad entry is ignored."""

from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path

import pytest

from consistency import corpus_facts
from consistency.cache import Cache, article_key
from consistency.corpus import cache_salt
from consistency.model import Article, DateValue, Fact
from consistency.vocabulary import default_folder
from tests.test_scale import (
    _article,
    audit_json,
    big_corpus,
    entries,
    filled_alone,
    filled_copy,
    payload_of,
    reference,
    rewrite,
)

__all__ = ["big_corpus", "filled_alone", "reference"]  # the fixtures, shared with the scale tests


def _no_per_article_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    """A run that reads any article's own entry, or shares facts' parts again, fails."""
    import consistency.corpus as corpus
    import consistency.engine as engine

    def unused(*args: object, **kwargs: object) -> object:
        raise AssertionError("an unchanged corpus read its articles' entries one by one")

    monkeypatch.setattr(corpus, "cached", unused)
    monkeypatch.setattr(engine, "Interner", unused)


def test_an_unchanged_corpus_reads_one_entry_and_writes_the_same_json(
        big_corpus: Path, reference: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    cold = audit_json(tmp_path, "cold", str(big_corpus), "--cache-dir", str(cache), "--jobs", "2")
    assert cold == reference
    (entry,) = entries(cache / corpus_facts.NAMESPACE)
    stamp = entry.read_bytes()
    _no_per_article_reads(monkeypatch)
    assert audit_json(tmp_path, "warm1", str(big_corpus), "--cache-dir", str(cache), "--jobs", "1") == reference
    assert audit_json(tmp_path, "warm2", str(big_corpus), "--cache-dir", str(cache), "--jobs", "2") == reference
    assert entries(cache / corpus_facts.NAMESPACE) == [entry] and entry.read_bytes() == stamp  # read, not rewritten


def test_a_changed_article_misses_the_entry_and_gets_its_own_facts(big_corpus: Path, tmp_path: Path,
                                                                   filled_alone: tuple[Path, bytes]) -> None:
    cache, _ = filled_copy(filled_alone, tmp_path)
    edited = tmp_path / "edited"
    shutil.copytree(big_corpus, edited)
    changed = edited / "event3" / "2.md"
    changed.write_text(changed.read_text(encoding="utf-8").replace("At least 9", "At least 90"), encoding="utf-8")
    uncached = audit_json(tmp_path, "uncached", str(edited), "--no-cache", "--jobs", "1")
    assert b"At least 90 people died" in uncached
    assert audit_json(tmp_path, "warm", str(edited), "--cache-dir", str(cache), "--jobs", "1") == uncached
    assert len(entries(cache / corpus_facts.NAMESPACE)) == 2  # one per corpus


def test_a_changed_vocabulary_misses_the_entry(big_corpus: Path, tmp_path: Path,
                                               filled_alone: tuple[Path, bytes]) -> None:
    cache, _ = filled_copy(filled_alone, tmp_path)
    vocabulary = tmp_path / "vocabulary"
    shutil.copytree(default_folder(), vocabulary)
    extra = next(iter(sorted(vocabulary.glob("*.yaml"))))
    extra.write_text(extra.read_text(encoding="utf-8") + "\n# a comment: the same words, another file\n",
                     encoding="utf-8")
    audit_json(tmp_path, "other", str(big_corpus), "--cache-dir", str(cache), "--jobs", "1",
               "--vocabulary", str(vocabulary))
    assert len(entries(cache / corpus_facts.NAMESPACE)) == 2  # the option's own entry, the first one not served


def test_the_key_follows_ids_content_order_and_options() -> None:
    salt = cache_salt(default_folder())
    one = Article(id="a.md", path="a.md", outlet="Harbor Post", body="Velmora flooded on May 3.")
    two = Article(id="b.md", path="b.md", outlet="Capital Wire", body="Halvik burned on June 9.")

    def key(articles: list[Article], salt: str = salt) -> str | None:
        return corpus_facts.facts_key(articles, [article_key(a, salt) for a in articles], salt)

    base = key([one, two])
    assert base is not None and base == key([one, two])
    assert base != key([two, one])  # order: every fact gets another number
    assert base != key([dataclasses.replace(one, id="c.md"), two])  # an id: the facts name it
    assert base != key([dataclasses.replace(one, body="Velmora flooded on May 4."), two])
    assert base != key([one, two], salt + "other options")
    assert base != key([one])
    assert corpus_facts.facts_key([one], [""], salt) is None  # an article without a key: no entry


@pytest.mark.parametrize("damage", ["cut short", "a fact moved", "a fact of another article", "a fact renumbered",
                                    "one article fewer", "a fact too many"])
def test_a_corrupt_or_foreign_entry_is_ignored_and_rewritten(big_corpus: Path, reference: bytes, tmp_path: Path,
                                                             damage: str, filled_alone: tuple[Path, bytes]) -> None:
    cache, filled_json = filled_copy(filled_alone, tmp_path)
    assert filled_json == reference
    (entry,) = entries(cache / corpus_facts.NAMESPACE)
    good = entry.read_bytes()
    expected = payload_of(entry)
    if damage == "cut short":
        entry.write_bytes(good[:-50])
    else:
        value = payload_of(entry)
        facts, records = list(value["facts"]), list(value["articles"])
        if damage == "a fact moved":
            facts[3] = dataclasses.replace(facts[3], start=facts[3].start + 1)
        elif damage == "a fact of another article":
            facts[0] = dataclasses.replace(facts[0], article_id=facts[-1].article_id)
        elif damage == "a fact renumbered":
            facts[1] = dataclasses.replace(facts[1], id="f1")
        elif damage == "one article fewer":
            records.pop()
        else:
            records[0] = (*records[0][:4], records[0][4] + 1)
        rewrite(entry, {"articles": tuple(records), "facts": tuple(facts)})
    assert audit_json(tmp_path, "again", str(big_corpus), "--cache-dir", str(cache), "--jobs", "1") == reference
    assert payload_of(entry) == expected  # computed again from the articles' entries, and written again


def test_a_run_with_an_extraction_problem_stores_no_entry(big_corpus: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import consistency.engine as engine

    real = engine.extract_facts

    def fails_on_one(article: Article, *args: object, **kwargs: object) -> object:
        if article.id.endswith("event1/3.md"):
            raise RuntimeError("a bug met on one article")
        return real(article, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(engine, "extract_facts", fails_on_one)
    out = audit_json(tmp_path, "broken", str(big_corpus), "--cache-dir", str(tmp_path / "cache"), "--jobs", "1")
    assert b"a bug met on one article" in out
    assert not entries(tmp_path / "cache" / corpus_facts.NAMESPACE)  # the problem is met again next run


def test_a_check_never_writes_the_entry(big_corpus: Path, tmp_path: Path) -> None:
    from tests.test_scale import _check_json

    draft = tmp_path / "draft" / "halvik.md"
    draft.parent.mkdir()
    draft.write_text(_article(1, 2).replace("At least 4", "At least 6"), encoding="utf-8")
    _check_json(tmp_path / "check.json", draft, big_corpus, "--cache-dir", str(tmp_path / "cache"))
    assert entries(tmp_path / "cache" / "v1")
    assert not entries(tmp_path / "cache" / corpus_facts.NAMESPACE)


def test_a_large_entry_is_pickled_into_its_file_and_read_back(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache", background=True)
    article = Article(id="x.md", path="x.md", outlet="North Gazette", body="Dravik, May 3.")
    assert corpus_facts.read(cache, "cd" * 32, [article], ["ef" * 32]) is None  # a miss
    fact = Fact(id="f1", article_id="x.md", kind="date", text="May 3", start=8, end=13, sentence=article.body,
                sentence_start=0, sentence_end=14, value=DateValue(start="2031-05-03", end="2031-05-03", granularity="day"))
    corpus_facts.store(cache, "cd" * 32, [("Dravik", (), None, (), 1)], [fact])
    (entry,) = entries(tmp_path / "cache")
    assert entry.stat().st_mode & 0o777 == 0o666 & ~_umask()
    (back,) = corpus_facts.read(Cache(tmp_path / "cache"), "cd" * 32, [article], ["ef" * 32]) or ()
    assert back.facts == (fact,) and back.article.title == "Dravik" and back.key == "ef" * 32
    cache.put_now("ab" * 32, {"facts": (lambda: 1,)})  # nothing a pickle can hold: no entry, no temporary file
    assert entries(tmp_path / "cache") == [entry] and not list((tmp_path / "cache").rglob("*.tmp"))
    cache.put_now("ab" * 32, {"facts": (Article(id="y", path="y", outlet="y", body=""),)})  # a type no entry holds
    assert cache.get("ab" * 32) is None  # written, never trusted


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask

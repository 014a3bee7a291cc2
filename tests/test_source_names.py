"""Canonical source names: vocabulary aliases, spellings joined, shared surnames kept apart."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from consistency.errors import RuleError
from consistency.source_names import WORD_SCORE, SourceNames, _could_score, is_named, same_spelling
from consistency.vocabulary import default_folder, load_vocabulary


@pytest.fixture(scope="module")
def names() -> SourceNames:
    seen = [
        "Marta Vellacourt", "Tomas Vellacourt", "Vellacourt", "Jon Brasko", "Brasko", "J. Brasko",
        "AP", "the Associated Press", "Yomiuri", "Yomiuri Shinbun", "The Japan News",
        "Ilko Dravchenko", "Ilko Dravtchenko", "Norland Geological Survey", "Brask Geological Survey",
        "halvikwire.net", "Halvik Wire", "officials", "government officials",
    ]
    return SourceNames(load_vocabulary(), seen)


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("AP", "Associated Press"),  # an alias of the vocabulary
        ("the Associated Press", "Associated Press"),
        ("Yomiuri", "Yomiuri Shimbun"),
        ("The Japan News", "Yomiuri Shimbun"),
        ("Yomiuri Shinbun", "Yomiuri Shimbun"),  # a spelling of a listed name
        ("Brasko", "Jon Brasko"),  # a bare surname: one person of the run bears it
        ("J. Brasko", "Jon Brasko"),  # an initial
        ("halvikwire.net", "Halvik Wire"),  # the outlet's domain and its masthead
        ("U.N.", "United Nations"),
    ],
)
def test_spellings_and_aliases_are_joined(names: SourceNames, name: str, canonical: str) -> None:
    assert names.canonical(name) == canonical


def test_transliterations_are_one_source(names: SourceNames) -> None:
    assert names.canonical("Ilko Dravtchenko") == names.canonical("Ilko Dravchenko")


@pytest.mark.parametrize(
    "pair",
    [
        ("Marta Vellacourt", "Tomas Vellacourt"),  # two people sharing a surname
        ("Norland Geological Survey", "Brask Geological Survey"),  # two bodies sharing their head words
        ("officials", "government officials"),  # descriptions are not surnames
    ],
)
def test_sources_sharing_a_word_are_never_merged(names: SourceNames, pair: tuple[str, str]) -> None:
    a, b = pair
    assert names.canonical(a) != names.canonical(b)


def test_a_surname_two_people_share_stays_apart(names: SourceNames) -> None:
    assert names.canonical("Vellacourt") == "Vellacourt"


def test_kinds_come_from_the_vocabulary_or_the_name(names: SourceNames) -> None:
    assert names.kind("AP") == "media"
    assert names.kind("halvikwire.net") == "media"
    assert names.kind("UN") == "government"
    assert names.kind("Marta Vellacourt") == "other"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("Marta Vellacourt", "Marta Velacourt", True), ("Marta Vellacourt", "Mark Vellacourt", False),
     ("Li Wen", "Lu Wen", False), ("Ann Roe", "Ann Roe", True)],
)
def test_same_spelling_word_by_word(a: str, b: str, same: bool) -> None:
    assert same_spelling(a, b) is same


def test_an_initial_alone_names_no_one() -> None:
    """An initial stands for a word it begins only beside a word both names share: "I" (a quoted
    speaker) and "Ivanov" are two sources, as are "J. K." and "Jon Kess"."""
    assert same_spelling("M. Vellacourt", "Marta Vellacourt")
    assert not same_spelling("I", "Ivanov")
    assert not same_spelling("J. K.", "Jon Kess")
    assert same_spelling("J. K.", "J. K.")
    names = SourceNames(load_vocabulary(), ["I", "I", "I", "Ivanovsky", "Isakova", "Ivanovskiy"])
    assert names.canonical("Ivanovsky") == names.canonical("Ivanovskiy") != names.canonical("I")
    assert names.canonical("Isakova") == "Isakova"


@pytest.mark.parametrize(
    ("name", "named"),
    [("Halvik Wire", True), ("EU", True), ("unnamed officials", False), ("Danish media", False),
     ("a senior official", False), ("halvikwire.net", True), ("I", False), ("We", False), ("They", False),
     ("Ivo", True)],
)
def test_named_or_described(name: str, named: bool) -> None:
    assert is_named(name) is named


def _vocabulary_with(tmp_path: Path, extra: str) -> Path:
    for path in default_folder().glob("*.yaml"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    with open(tmp_path / "sources.yaml", "a", encoding="utf-8") as handle:
        handle.write(extra)
    return tmp_path


def test_users_extend_the_alias_file(tmp_path: Path) -> None:
    folder = _vocabulary_with(tmp_path, "- name: Halvik Wire\n  aliases: [HW, Halvik news agency]\n  kind: media\n")
    names = SourceNames(load_vocabulary(str(folder)), ["HW", "Halvik news agency"])
    assert names.canonical("HW") == names.canonical("Halvik news agency") == "Halvik Wire"
    assert names.kind("HW") == "media"


@pytest.mark.parametrize(
    ("extra", "problem"),
    [
        ("- name: Halvik Wire\n  aliases: [AP]\n", "'AP' already names 'Associated Press'"),
        ("- name: Halvik Wire\n  aliases: HW\n", "'aliases' must be a list of strings"),
        ("- name: Halvik Wire\n  kind: wire\n", "unknown source kind 'wire'"),
        ("- aliases: [HW]\n", "a source entry needs a 'name'"),
    ],
)
def test_alias_file_errors_name_file_and_line(tmp_path: Path, extra: str, problem: str) -> None:
    folder = _vocabulary_with(tmp_path, extra)
    lines = (folder / "sources.yaml").read_text(encoding="utf-8").count("\n")
    with pytest.raises(RuleError) as caught:
        load_vocabulary(str(folder))
    message = caught.value.one_line()
    assert problem in message
    assert message.startswith(str(folder / "sources.yaml") + ":")
    assert lines - 3 <= (caught.value.line or 0) <= lines


@pytest.mark.parametrize("seed", [7, 8, 9])
def test_indexed_clustering_equals_reading_every_cluster(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    """Heads are looked up by their last word's rarest letters before words are compared; the index
    must be exact: with it off (every head of the word count read word by word) the clusters are the
    same. Variants change, add and drop letters anywhere, the ends included."""
    import consistency.source_names as source_names
    from consistency.vocabulary import load_vocabulary

    rng = random.Random(seed)
    bases = ["Marta Vellacourt", "Tomasz Dravik", "Halvik Port Authority", "Norland Coast Guard", "J. Brask",
             "Korvath Mining Board", "Elena Pellham", "the Dunmore Ledger", "Oskar Brandelstrom",
             "Ilse Norrveld-Amsel", "Teodor Kvist", "Dravenhollow", "Korvathsen", "Brask", "Halvikstad", "I"]

    def variant(name: str) -> str:
        chars = list(name)
        for _ in range(rng.randint(0, 3)):
            at = rng.randrange(len(chars) + 1)
            change = rng.choice("sub ins del".split())
            if change == "ins":
                chars.insert(at, rng.choice("aeiouyk"))
            elif at < len(chars) and chars[at].isalpha():
                if change == "del":
                    del chars[at]
                else:
                    chars[at] = rng.choice("aeiouyk")
        return "".join(chars)

    seen = [variant(rng.choice(bases)) for _ in range(600)]
    vocabulary = load_vocabulary(None)
    indexed = SourceNames(vocabulary, seen)._canonical
    assert len(set(indexed.values())) < len(set(seen))  # spellings were joined

    monkeypatch.setattr(source_names._SpellingIndex, "candidates", lambda self, words: None)
    assert SourceNames(vocabulary, seen)._canonical == indexed


def test_the_index_reaches_every_spelling_the_ratio_accepts() -> None:
    """Words over a small alphabet, so that close spellings are common: every pair of words longer
    than SHORT_WORD that scores WORD_SCORE shares one of the letters each is filed under."""
    from consistency.source_names import SHORT_WORD, _SpellingIndex

    rng = random.Random(11)
    spelled = ["".join(rng.choice("aeik") for _ in range(rng.randint(SHORT_WORD + 1, 14))) for _ in range(800)]
    index = _SpellingIndex(spelled)
    reached = 0
    for a in spelled:
        for b in spelled:
            if a != b and fuzz.ratio(a, b) >= WORD_SCORE:
                reached += 1
                assert set(index._keys(a)) & set(index._keys(b)), (a, b)
    assert reached > 200


def test_lengths_refused_for_a_spelling_never_reach_the_score() -> None:
    # Strings of many lengths over a small alphabet, so that close spellings are common: every pair
    # that fuzz.ratio scores WORD_SCORE or more has lengths that _could_score lets through.
    rng = random.Random(7)
    spelled = ["".join(rng.choice("aeikrs ") for _ in range(rng.randint(1, 30))) for _ in range(400)]
    reached = 0
    for a in spelled:
        for b in spelled:
            if fuzz.ratio(a, b) >= WORD_SCORE:
                reached += 1
                assert _could_score(len(a), len(b)), (a, b)
    assert reached > len(spelled)  # not only each string with itself
    assert not _could_score(5, 9) and _could_score(9, 10)


def test_spellings_of_different_lengths_join_one_name() -> None:
    names = SourceNames(load_vocabulary(), ["Dravenhallow", "Dravenhollow", "Dravenholow", "Brask"])
    assert {names.canonical(n) for n in ("Dravenhallow", "Dravenhollow", "Dravenholow")} == {"Dravenhollow"}
    assert names.canonical("Brask") == "Brask"

"""Tests for the claim-frame vocabularies (rules/vocabulary/*.yaml): the shipped ones, custom ones, errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from consistency.engine import RunOptions, extract_facts, run_articles
from consistency.errors import RuleError
from consistency.frames import canonical_source, frame_facts
from consistency.model import Article, Frame
from consistency.vocabulary import SOURCE_KINDS, Vocabulary, default_folder, load_vocabulary

SHIPPED = load_vocabulary()


def vocabulary_folder(tmp_path: Path, name: str = "vocabulary", **files: str) -> Path:
    """A copy of the shipped vocabularies under ``tmp_path``, with some files replaced or appended to.

    ``files`` maps a file stem to its new text; a stem ending in ``_extra`` appends to that file instead.
    Every test gets its own folder: ``load_vocabulary`` is cached per folder.
    """
    folder = tmp_path / name
    shutil.copytree(default_folder(), folder)
    for stem, text in files.items():
        if stem.endswith("_extra"):
            path = folder / f"{stem.removesuffix('_extra')}.yaml"
            path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")
        else:
            (folder / f"{stem}.yaml").write_text(text, encoding="utf-8")
    return folder


def frame_of(text: str, fact_text: str, vocabulary: Vocabulary | None = None) -> Frame:
    article = Article(id="a1", path="a1.txt", outlet="Olventa Post", body=text)
    facts, _ = extract_facts(article)
    (fact,) = [f for f in frame_facts(article, facts, vocabulary) if f.text == fact_text]
    assert fact.frame is not None
    return fact.frame


# --- the shipped vocabularies ----------------------------------------------------------------------


def test_shipped_vocabularies_load() -> None:
    assert SHIPPED.measures and SHIPPED.happenings and SHIPPED.sources
    keys = [m.key for m in SHIPPED.measures]
    assert len(keys) == len(set(keys))
    assert {"deaths", "injured", "magnitude", "distance", "age", "aid"} <= set(keys)
    assert SHIPPED.measure("deaths") is not None and SHIPPED.measure("no-such-measure") is None


@pytest.mark.parametrize("measure", SHIPPED.measures, ids=lambda m: m.key)
def test_every_measure_has_a_label_and_words(measure) -> None:  # type: ignore[no-untyped-def]
    assert measure.label.strip()
    assert measure.words
    assert all(phrase for phrase in measure.words)
    if measure.needs_unit == "unit":  # a measure only a unit can give needs units to be given
        assert measure.units


@pytest.mark.parametrize("happening", SHIPPED.happenings, ids=lambda h: h.key)
def test_every_happening_has_a_label_and_words(happening) -> None:  # type: ignore[no-untyped-def]
    assert happening.label.strip()
    assert happening.words
    assert all(phrase for phrase in happening.words)


@pytest.mark.parametrize("source", SHIPPED.sources, ids=lambda s: s.name)
def test_every_source_alias_names_its_source(source) -> None:  # type: ignore[no-untyped-def]
    assert source.kind in SOURCE_KINDS
    for alias in (source.name, *source.aliases):
        assert canonical_source(alias) == source.name, alias


def test_a_name_not_in_the_vocabulary_stays_as_given() -> None:
    assert canonical_source("Brask Seismic Office") == "Brask Seismic Office"


# --- a vocabulary of one's own ---------------------------------------------------------------------

CARGO = """
cargo:
  label: cargo unloaded
  words: [crates, unloaded]
  tally: true
"""
CARGO_SENTENCE = "Dockers at Olventa unloaded 1,200 crates of oranges from the freighter Marisol."


def test_an_extra_measure_is_picked_up_and_changes_the_frame(tmp_path: Path) -> None:
    shipped = frame_of(CARGO_SENTENCE, "1,200", SHIPPED)
    assert not shipped.known  # the shipped vocabulary has no such measure: the counted noun names it

    custom = load_vocabulary(str(vocabulary_folder(tmp_path, measures_extra=CARGO)))
    assert custom.measures[-1].key == "cargo"
    assert SHIPPED.measure("cargo") is None
    frame = frame_of(CARGO_SENTENCE, "1,200", custom)
    assert (frame.measure, frame.name, frame.known, frame.tally) == ("cargo", "cargo unloaded", True, True)


def test_an_extra_source_alias_joins_two_names(tmp_path: Path) -> None:
    extra = "- name: Brask Seismic Office\n  aliases: [BSO]\n  kind: agency\n"
    custom = load_vocabulary(str(vocabulary_folder(tmp_path, sources_extra=extra)))
    assert canonical_source("BSO", custom) == "Brask Seismic Office"
    assert canonical_source("BSO") == "BSO"  # the shipped vocabulary is untouched


def cargo_run(folder: Path | None, counts: tuple[str, str]):  # type: ignore[no-untyped-def]
    text = "The freighter Marisol docked at Olventa on Friday and dockers unloaded {} crates of oranges from Tesca."
    articles = [
        Article(id=f"a{n}.txt", path=f"a{n}.txt", outlet=outlet, body=text.format(count))
        for n, (outlet, count) in enumerate(zip(("Olventa Post", "Tesca Daily"), counts, strict=True), start=1)
    ]
    result = run_articles(articles, RunOptions(vocabulary=str(folder) if folder else None))
    assert len(result.events) == 1, [e.article_ids for e in result.events]
    (finding,) = [f for f in result.findings if f.kind == "figure"]
    return finding


def test_a_custom_vocabulary_names_the_slot_of_a_run(tmp_path: Path) -> None:
    folder = vocabulary_folder(tmp_path, measures_extra=CARGO)
    assert cargo_run(folder, ("1,200", "1,200")).slot.startswith("cargo unloaded")
    assert not cargo_run(None, ("1,200", "1,200")).slot.startswith("cargo unloaded")


def test_a_custom_measure_that_rounds_is_rounded_by_the_check(tmp_path: Path) -> None:
    rounding = CARGO.replace("tally: true", "rounding: true")
    folder = vocabulary_folder(tmp_path, measures_extra=rounding)
    finding = cargo_run(folder, ("1,200", "1,185"))  # "1,200" rounds 1,150..1,250, as a shipped "population" would
    assert (finding.status, finding.cause) == ("compatible", "precision")


# --- errors name the file and the line -------------------------------------------------------------

MEASURE = "deaths:\n  label: death toll\n"
ERRORS = [
    pytest.param("measures", MEASURE + "  wrods: [killed]\n", 3, "did you mean 'words'?", id="unknown-key"),
    pytest.param("measures", MEASURE + "  words: killed\n", 3, "'words' must be a list of strings", id="words-not-a-list"),
    pytest.param(
        "measures", MEASURE + "  words: [killed]\ndeaths:\n  label: again\n  words: [died]\n",
        4, "duplicate key 'deaths' (first at line 1)", id="duplicate-entry",
    ),
    pytest.param(
        "measures", MEASURE + "  words: [killed]\n  label: again\n", 4, "duplicate key 'label'", id="duplicate-field",
    ),
    pytest.param("measures", MEASURE + "    words: [killed]\n", 3, "invalid YAML", id="invalid-yaml"),
    pytest.param(
        "measures", MEASURE + "  words: [killed]\n  tally: sometimes\n", 4, "'tally' must be true or false",
        id="tally-not-a-boolean",
    ),
    pytest.param(
        "measures", MEASURE + "  words: [killed]\n  tally: 1\n", 4, "'tally' must be true or false", id="tally-a-number",
    ),
    pytest.param(
        "measures", MEASURE + "  words: [killed]\n  anchor: town\n", 4, "'anchor' must be one of", id="unknown-anchor",
    ),
    pytest.param("measures", "deaths:\n  words: [killed]\n", 1, "needs 'label' and 'words'", id="no-label"),
    pytest.param(
        "happenings", "quake:\n  label: the quake\n  words: [quake]\n  tally: true\n", 4,
        "unknown entry 'quake' key 'tally'", id="happening-takes-no-tally",
    ),
    pytest.param(
        "sources", "- name: Olventa Post\n  aliases: [OP]\n  kind: blog\n", 3, "unknown source kind 'blog'",
        id="unknown-source-kind",
    ),
    pytest.param(
        "sources", "- name: Olventa Post\n  alias: [OP]\n", 2, "did you mean 'aliases'?", id="unknown-source-key",
    ),
]


@pytest.mark.parametrize(("stem", "text", "line", "message"), ERRORS)
def test_errors_name_the_file_and_line(tmp_path: Path, stem: str, text: str, line: int, message: str) -> None:
    folder = vocabulary_folder(tmp_path, **{stem: text})
    with pytest.raises(RuleError) as caught:
        load_vocabulary(str(folder))
    error = caught.value
    assert error.line == line
    assert Path(error.path) == folder / f"{stem}.yaml"
    assert f"{stem}.yaml:{line}: " in error.one_line()
    assert message in error.one_line()
    assert "\n" not in error.one_line()


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-vocabulary"
    with pytest.raises(RuleError) as caught:
        load_vocabulary(str(missing))
    assert caught.value.one_line() == f"{missing}: no such vocabulary folder"


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    folder = vocabulary_folder(tmp_path)
    (folder / "happenings.yaml").unlink()
    with pytest.raises(RuleError) as caught:
        load_vocabulary(str(folder))
    assert caught.value.one_line().startswith(f"{folder / 'happenings.yaml'}: cannot read")


def test_an_empty_measures_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="empty vocabulary file"):
        load_vocabulary(str(vocabulary_folder(tmp_path, measures="")))


def test_yaml_is_loaded_safely(tmp_path: Path) -> None:
    unsafe = "deaths:\n  label: !!python/object/apply:os.getcwd []\n  words: [killed]\n"
    with pytest.raises(RuleError) as caught:
        load_vocabulary(str(vocabulary_folder(tmp_path, measures=unsafe)))
    assert "measures.yaml:2" in caught.value.one_line()


def test_same_nouns_must_be_lists_of_nouns(tmp_path: Path) -> None:
    bad = "\nsheds:\n  label: sheds\n  words: [shed]\n  same_nouns: [shed, hut]\n"
    with pytest.raises(RuleError, match="same_nouns"):
        load_vocabulary(str(vocabulary_folder(tmp_path, measures_extra=bad)))

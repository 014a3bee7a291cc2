"""Stages of a happening (first round / run-off, first / amended version), read from a YAML vocabulary."""

from __future__ import annotations

from pathlib import Path

import pytest

from consistency.errors import RuleError
from consistency.stages import contradict, load_stages


def test_the_shipped_ladders_load() -> None:
    stages = load_stages()
    keys = {ladder.key for ladder in stages.ladders}
    assert {"election_round", "bill_reading", "bill_version"} <= keys


@pytest.mark.parametrize(
    ("sentence", "date", "expected"),
    [
        # A run-off is the second round, and it decides: one phrase, a stage on each of two ladders.
        ("Halvik voted in the run-off on Sunday.", "Sunday",
         {("election_round", "second"), ("election_result", "decided")}),
        ("Halvik voted in the run off on Sunday.", "Sunday",
         {("election_round", "second"), ("election_result", "decided")}),
        ("Korvath led the first round on Sunday; the two meet in a runoff next month.", "Sunday",
         {("election_round", "first"), ("election_result", "plurality")}),
        # A first-round report that names no round: the leader "topped" it; the winner of a vote is "elected".
        ("Brannick topped the presidential vote on Sunday with 36 percent.", "Sunday",
         {("election_result", "plurality")}),
        ("Orsini was ahead in the race for president on Sunday night, early results showed.", "Sunday",
         {("election_result", "plurality")}),
        # "Leading" is left out: the "leading scorer" of a match is no stage of a vote.
        ("Tamsin Hale became the leading scorer of the Carrow league on Sunday.", "Sunday", set()),
        ("Voters in Selmark elected Ada Brannick as president on Sunday.", "Sunday",
         {("election_result", "decided")}),
        # "President-elect" is a title, not the stage of the happening dated.
        ("President-elect Ada Brannick named her ministers on Tuesday.", "Tuesday", set()),
        ("The chamber passed the amended levy on Friday, weeks after rejecting the first version.", "Friday",
         {("bill_version", "later")}),
        ("The levy cleared its second reading on Friday.", "Friday", {("bill_reading", "second")}),
        ("The levy cleared the chamber on Friday.", "Friday", set()),
        # One chamber's vote sends a bill on; the last one makes it law.
        ("The assembly passed the levy on Friday, sending it to the senate.", "Friday",
         {("bill_passage", "chamber")}),
        ("The levy became law on Friday when the senate passed it.", "Friday", {("bill_passage", "law")}),
        ("The levy won final approval on Friday.", "Friday", {("bill_passage", "law"), ("bill_reading", "third")}),
    ],
)
def test_the_stage_named_nearest_to_the_date_is_the_happenings(
    sentence: str, date: str, expected: set[tuple[str, str]]
) -> None:
    start = sentence.index(date)
    assert load_stages().stated(sentence, [(start, start + len(date))]) == expected


def test_stages_contradict_only_on_one_ladder_with_nothing_shared() -> None:
    first = {("election_round", "first")}
    second = {("election_round", "second")}
    assert contradict(first, second)
    assert not contradict(first | second, second)  # a group that names both is not contradicted
    assert not contradict(first, {("bill_version", "later")})  # different ladders say nothing
    assert not contradict(set(), second)


def test_a_vocabulary_folder_without_stages_uses_the_shipped_ones(tmp_path: Path) -> None:
    assert load_stages(str(tmp_path)).ladders == load_stages().ladders


def test_a_newsroom_can_add_its_own_ladder(tmp_path: Path) -> None:
    (tmp_path / "stages.yaml").write_text(
        "congress_ballot:\n  label: ballot of a party congress\n  stages:\n"
        "    first: [first ballot]\n    second: [second ballot]\n",
        encoding="utf-8",
    )
    stages = load_stages(str(tmp_path))
    sentence = "Marta Vellacourt won the second ballot on Saturday."
    start = sentence.index("Saturday")
    assert stages.stated(sentence, [(start, start + 8)]) == {("congress_ballot", "second")}


@pytest.mark.parametrize(
    ("text", "problem", "line"),
    [
        ("runoffs:\n  label: x\n  stages:\n    first: [first round]\n", "two stages", 1),
        ("runoffs:\n  label: x\n  stagez: {}\n", "did you mean 'stages'", 3),
        ("runoffs:\n  stages:\n    first: []\n    second: [runoff]\n", "list of words", 3),
    ],
)
def test_a_bad_ladder_is_an_error_with_its_line(tmp_path: Path, text: str, problem: str, line: int) -> None:
    (tmp_path / "stages.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(RuleError) as raised:
        load_stages(str(tmp_path))
    assert problem in str(raised.value)
    assert raised.value.line == line


def test_a_bad_stage_vocabulary_stops_the_run_before_reading(tmp_path: Path) -> None:
    import shutil

    from consistency.engine import RunOptions, run
    from consistency.resources import rules_dir

    folder = tmp_path / "vocabulary"
    shutil.copytree(rules_dir() / "vocabulary", folder)
    (folder / "stages.yaml").write_text("runoffs:\n  stages:\n    first: [first round]\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("Halvik voted on Sunday.\n", encoding="utf-8")
    with pytest.raises(RuleError, match="two stages"):
        run([tmp_path / "a.md"], RunOptions(vocabulary=str(folder)))

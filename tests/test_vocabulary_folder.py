"""A run's vocabulary folder (``--vocabulary``) reaches every stage that reads a vocabulary, not extraction alone:
alignment and the checks read theirs with no folder in hand (``vocabulary.active_folder``), so a newsroom that
copies ``rules/vocabulary/`` and edits the change words, the date roles or the moved-figures thresholds sees its
edit take effect; a file its folder lacks comes from the shipped folder.

The story is invented: a relief fund in Brandish Vale after a storm (as in ``test_moved_figures``).
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from consistency import date_roles
from consistency.checks.moved_figures import load_moved_figures
from consistency.checks.told_change import load_change_words
from consistency.engine import RunOptions
from consistency.vocabulary import active_folder, default_folder, load_vocabulary
from tests.test_moved_figures import figure_verdicts, told


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "vocabulary"
    shutil.copytree(default_folder(), folder)
    return folder


def test_files_come_from_the_active_folder_and_fall_back_to_the_shipped_ones(tmp_path: Path) -> None:
    folder = tmp_path / "ours"
    folder.mkdir()
    (folder / "date_roles.yaml").write_text("deadline:\n  label: deadline\n  words: [no later than]\n", encoding="utf-8")
    shipped_roles = date_roles.load_roles()
    with active_folder(str(folder)):
        assert [r.key for r in date_roles.load_roles()] == ["deadline"]
        assert load_change_words() == load_change_words(str(default_folder() / "change_words.yaml"))  # none of ours
    assert date_roles.load_roles() == shipped_roles  # the block's end restores the shipped ones
    assert len(shipped_roles) > 1


def test_the_measures_alignment_reads_are_the_runs(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    with active_folder(str(folder)):
        assert load_vocabulary().folder == str(folder)
    assert load_vocabulary().folder == str(default_folder())


def _fund_verdicts(options: RunOptions | None) -> list[tuple[str, str | None]]:
    bodies = ((told("5.4 million", "Monday"), 0), (told("5.4 million", "Monday"), 0.3), (told("6.9 million", "Tuesday"), 7))
    return figure_verdicts(*bodies, options=options)


def test_an_edited_threshold_in_the_runs_folder_changes_the_verdict(tmp_path: Path) -> None:
    """A week's step is an update under the shipped thresholds; with the folder's ``days_apart`` raised past a
    week, the same step is a conflict: the edit reached the checks, which run in the event stage."""
    assert ("compatible", "update") in _fund_verdicts(None)
    folder = _copy(tmp_path)
    path = folder / "moved_figures.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("days_apart: 3", "days_apart: 30"), encoding="utf-8")
    assert load_moved_figures(str(path)).days_apart == 30
    verdicts = _fund_verdicts(RunOptions(vocabulary=str(folder)))
    assert ("compatible", "update") not in verdicts
    assert any(status == "conflict" for status, _ in verdicts)


def test_each_thread_sees_its_own_tasks_folder(tmp_path: Path) -> None:
    """Dask runs a worker's tasks in threads: one task's folder must not leak into, or be reset under, another's."""
    folder = _copy(tmp_path)
    inside = threading.Event()
    leave = threading.Event()
    seen: list[str] = []

    def task() -> None:
        with active_folder(str(folder)):
            inside.set()
            leave.wait(5)
            seen.append(load_vocabulary().folder)

    worker = threading.Thread(target=task)
    worker.start()
    inside.wait(5)
    assert load_vocabulary().folder == str(default_folder())  # this thread runs no task of that run
    leave.set()
    worker.join(5)
    assert seen == [str(folder)]

"""The pre-commit hook a content team can live with, run by the real ``pre-commit`` tool on commits in a
temporary git repository: a baseline lets the accepted finding pass, a new conflicting article fails
the commit, an inline suppression with a reason silences one rule for one article.

The hook is the shipped ``consistency-corpus`` definition from .pre-commit-hooks.yaml, run as a
``language: system`` hook with this interpreter (``language: python`` would make pre-commit build a
fresh environment from a package index for every test run). Skips when pre-commit or git is absent
(pre-commit is in the [test] extra).
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
FRONT = "---\noutlet: {outlet}\npublished: 2025-05-02\n---\n"
ARTICLES = {
    "velmora-times.md": FRONT.format(outlet="Velmora Times")
    + "Dock workers in Velmora began a strike on Friday. About 1,200 dock workers walked out, the union said.\n",
    "halvik-herald.md": FRONT.format(outlet="Halvik Herald")
    + "Some 1,200 dock workers in Velmora walked out on Friday in a strike over pay, the union said.\n",
    "brask-daily.md": FRONT.format(outlet="Brask Daily")
    + "In Velmora, 2,100 dock workers walked out on Friday, the union said, in a strike over pay.\n",
}
# A later report that gives another count and another day: a figure and a date conflict.
NORLAND = FRONT.format(outlet="Norland Post") + (
    "In Velmora, 3,400 dock workers walked out on Thursday in a strike over pay, the union said.\n"
)


def _pre_commit() -> list[str]:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    try:
        import pre_commit  # noqa: F401
    except ImportError:
        pytest.skip("pre-commit is not installed (pip install 'consistency[test]')")
    return [sys.executable, "-m", "pre_commit"]


def _hook_config() -> str:
    """The shipped consistency-corpus hook as a local hook run by this interpreter."""
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "consistency-corpus")
    entry = shlex.split(hook["entry"])
    assert entry[0] == "consistency"
    local = {
        "id": hook["id"],
        "name": hook["name"],
        "entry": shlex.join([sys.executable, "-m", "consistency", *entry[1:]]),
        "language": "system",
        "pass_filenames": hook["pass_filenames"],
        "types_or": hook["types_or"],
        "require_serial": hook["require_serial"],
        "args": ["articles/"],
    }
    return yaml.safe_dump({"repos": [{"repo": "local", "hooks": [local]}]}, sort_keys=False)


class _Repo:
    def __init__(self, path: Path, pre_commit: list[str]) -> None:
        self.path = path
        self.env = {
            **os.environ,
            "PRE_COMMIT_HOME": str(path.parent / "pre-commit-home"),
            "GIT_AUTHOR_NAME": "Desk", "GIT_AUTHOR_EMAIL": "desk@velmora.invalid",
            "GIT_COMMITTER_NAME": "Desk", "GIT_COMMITTER_EMAIL": "desk@velmora.invalid",
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")])),
        }
        self.env.pop("GIT_DIR", None)
        self.env.pop("GIT_INDEX_FILE", None)
        self.git("init", "-q")
        self.git("config", "commit.gpgsign", "false")
        self.run([*pre_commit, "install"], check=True)

    def run(self, args: list[str], check: bool = False) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(args, cwd=self.path, env=self.env, capture_output=True, text=True, timeout=300)
        if check and done.returncode:
            raise AssertionError(f"{args} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
        return done

    def git(self, *args: str) -> subprocess.CompletedProcess[str]:
        return self.run(["git", *args], check=True)

    def write(self, name: str, text: str) -> None:
        path = self.path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        self.git("add", name)

    def commit(self, message: str) -> tuple[int, str]:
        """The commit's exit code and what pre-commit printed (git sends hook output to stderr)."""
        done = self.run(["git", "commit", "-q", "-m", message])
        return done.returncode, done.stdout + done.stderr


def test_precommit_with_baseline_new_conflict_and_inline_suppression(tmp_path: Path) -> None:
    repo = _Repo(_mkdir(tmp_path / "content"), _pre_commit())
    repo.write(".pre-commit-config.yaml", _hook_config())
    for name, text in ARTICLES.items():
        repo.write(f"articles/{name}", text)

    # The known discrepancy (2,100 against 1,200) is recorded and accepted: the commit passes.
    baseline = repo.run([sys.executable, "-m", "consistency", "baseline", "articles/", "--quiet"], check=True)
    assert baseline.returncode == 0
    repo.git("add", ".consistency-baseline.json")
    code, out = repo.commit("articles with their baseline")
    assert code == 0, out
    assert "Passed" in out

    # A new article that contradicts the others on the count and the day fails the commit.
    repo.write("articles/norland-post.md", NORLAND)
    code, out = repo.commit("Norland Post report")
    assert code != 0
    assert "Failed" in out
    assert "figure-conflict (error)" in out and "date-conflict (error)" in out

    # Suppressing the figure rule with a reason silences that rule for that article, not the date rule.
    with_figure_note = NORLAND.replace(
        "---\nIn Velmora",
        "---\n<!-- consistency: ignore figure-conflict the union's later count includes the crane operators -->\nIn Velmora",
    )
    repo.write("articles/norland-post.md", with_figure_note)
    code, out = repo.commit("Norland Post report, figure accepted")
    assert code != 0
    assert "date-conflict (error)" in out and "figure-conflict (error)" not in out
    assert "Suppressed inline (1)" in out and "crane operators" in out  # the reason is shown, not hidden

    repo.write(
        "articles/norland-post.md",
        with_figure_note.replace("---\n<!--", "---\n<!-- consistency: ignore date-conflict the walkout began on the night shift -->\n<!--"),
    )
    code, out = repo.commit("Norland Post report, both accepted")
    assert code == 0, out
    log = repo.git("log", "--format=%s").stdout.splitlines()
    assert log == ["Norland Post report, both accepted", "articles with their baseline"]


def _mkdir(path: Path) -> Path:
    path.mkdir(parents=True)
    return path

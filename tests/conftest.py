"""Shared fixtures: a temporary corpus built from a dict of files, and where the project's inputs are."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

# No time limit on a generated example: property tests assert behaviour, not speed (speed is the
# benchmarks' job), and a loaded CI machine must not turn a slow example into a failure.
settings.register_profile("consistency", deadline=None)
settings.load_profile("consistency")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEEDS = ROOT.parent / "shared" / "seeds"


Corpus = Callable[[dict[str, str | bytes]], Path]


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    """Write {relative path: text or bytes} under a fresh folder and return the folder.

    Text is written as UTF-8 bytes, byte for byte: a "\r\n" in a test stays "\r\n" on disk.
    """

    def build(files: dict[str, str | bytes]) -> Path:
        root = tmp_path / "corpus"
        root.mkdir(exist_ok=True)
        for name, content in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        return root

    return build

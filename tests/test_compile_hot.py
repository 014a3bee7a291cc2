"""The optional mypyc build (tools/compile_hot.py) names modules that exist, and the package never needs it."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("compile_hot", ROOT / "tools" / "compile_hot.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["compile_hot"] = module
    spec.loader.exec_module(module)
    return module


def test_every_module_to_compile_is_a_source_of_the_package() -> None:
    tool = _tool()
    assert tool.MODULES and len(set(tool.MODULES)) == len(tool.MODULES)
    for name in tool.MODULES:
        path = ROOT / name
        assert path.is_file() and path.suffix == ".py" and path.parts[len(ROOT.parts)] == "consistency"
    assert tool.GROUP.startswith("consistency.")


def test_nothing_in_the_package_imports_the_compiler() -> None:
    for path in (ROOT / "consistency").rglob("*.py"):
        assert not re.search(r"^\s*(?:from|import)\s+mypyc?\b", path.read_text(encoding="utf-8"), re.M), path


def test_clean_removes_only_compiled_files(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    tool = _tool()
    source = tmp_path / "consistency" / "extract"
    source.mkdir(parents=True)
    kept = source / "figures.py"
    kept.write_text("x = 1\n")
    built = [source / "figures.cpython-311-x86_64-linux-gnu.so", source / "_compiled__mypyc.cpython-311-x86_64-linux-gnu.so"]
    for path in built:
        path.write_bytes(b"")
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    monkeypatch.setattr(tool, "MODULES", ["consistency/extract/figures.py"])
    tool.clean()
    assert kept.exists() and not any(path.exists() for path in built)


def test_a_compiled_module_older_than_its_source_is_named(tmp_path: Path) -> None:
    import os

    from consistency import stale_compiled

    (tmp_path / "extract").mkdir()
    source = tmp_path / "extract" / "dates.py"
    built = tmp_path / "extract" / "dates.cpython-311-x86_64-linux-gnu.so"
    source.write_text("x = 1\n")
    built.write_bytes(b"")
    os.utime(source, (1_000, 1_000))
    os.utime(built, (2_000, 2_000))
    assert stale_compiled(tmp_path) == []
    os.utime(source, (3_000, 3_000))  # edited after the build
    assert stale_compiled(tmp_path) == [str(source)]

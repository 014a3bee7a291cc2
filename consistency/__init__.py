"""consistency: where outlets reporting the same event agree and disagree on dates, figures and sources."""

from pathlib import Path as _Path

__version__ = "0.1.0"


def stale_compiled(root: _Path = _Path(__file__).parent) -> list[str]:
    """Modules compiled by ``tools/compile_hot.py`` whose source changed since: Python imports the
    compiled file before the source, so they would run the old code without a word."""
    stale = []
    for folder in (root, root / "extract"):
        for built in folder.glob("*.so"):
            source = folder / (built.name.split(".", 1)[0] + ".py")
            if source.exists() and source.stat().st_mtime > built.stat().st_mtime:
                stale.append(str(source))
    return stale


if _stale := stale_compiled():
    raise ImportError(f"consistency: {', '.join(_stale)} changed after it was compiled; "
                      "run `python tools/compile_hot.py` again, or `python tools/compile_hot.py --clean`")

"""Text articles parsed once are read back from the content cache, never trusted blindly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from consistency.cache import Cache, dumps
from consistency.ingest import load_articles
from consistency.parsed_cache import NAMESPACE, ParsedCache

FILES = {
    "harbor-post/fire.md": (
        "---\noutlet: Harbor Post\npublished: 2031-05-13T09:30:00+02:00\n---\n"
        "# Warehouse fire in Halvik\n\nFire crews fought the blaze for six hours, the brigade said.\n"
    ),
    "ledger/fire.txt": "HALVIK, May 13, 2031 - A warehouse burned overnight, officials said.\n",
    "capital-wire/fire.md": "# Halvik fire\n\nThe warehouse on Dock Road burned on Tuesday.\n",
}


def _repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    for name, text in FILES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def _read(root: Path, cache: Cache | None) -> list:
    parsed = ParsedCache(cache, "tool-1") if cache is not None else None
    articles, problems = load_articles([root], parsed=parsed)
    assert not problems
    if cache is not None:
        cache.flush()
    return articles


def test_a_second_reading_comes_from_the_cache_and_equals_a_parse(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    cache = Cache(tmp_path / "cache")
    first = _read(root, cache)
    assert first == _read(root, None)
    assert len(list((tmp_path / "cache" / NAMESPACE).rglob("*.pkl"))) == len(FILES)
    again = Cache(tmp_path / "cache")
    assert _read(root, again) == first
    assert again.hits == len(FILES) and again.misses == 0
    stamped = next(a for a in first if a.outlet == "Harbor Post")
    assert isinstance(stamped.published, dt.datetime) and stamped.published.hour == 9  # the time comes back too


def test_an_edited_file_is_parsed_again(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    cache = Cache(tmp_path / "cache")
    _read(root, cache)
    edited = root / "harbor-post" / "fire.md"
    edited.write_text(FILES["harbor-post/fire.md"].replace("Harbor Post", "Harbour Post"), encoding="utf-8")
    again = Cache(tmp_path / "cache")
    outlets = {a.outlet for a in _read(root, again)}
    assert "Harbour Post" in outlets and "Harbor Post" not in outlets
    assert again.misses == 1


def test_another_tool_version_does_not_read_old_entries(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    _read(root, Cache(tmp_path / "cache"))
    other = Cache(tmp_path / "cache")
    articles, _ = load_articles([root], parsed=ParsedCache(other, "tool-2"))
    assert other.hits == 0 and len(articles) == len(FILES)


def test_a_forged_or_corrupt_entry_is_ignored(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    _read(root, Cache(tmp_path / "cache"))
    entries = sorted((tmp_path / "cache" / NAMESPACE).rglob("*.pkl"))
    first, second = entries[:2]
    head = b"\n".join(first.read_bytes().split(b"\n", 2)[:2]) + b"\n"
    first.write_bytes(head + dumps({"outlet": 7}))  # the wrong shape
    second.write_bytes(second.read_bytes()[:-5])  # cut short
    assert _read(root, Cache(tmp_path / "cache")) == _read(root, None)


def test_a_folder_read_whole_comes_back_from_one_entry(tmp_path: Path) -> None:
    import shutil

    from consistency.parsed_cache import FOLDERS, MIN_FOLDER

    root = tmp_path / "repo"
    for n in range(MIN_FOLDER + 3):
        path = root / f"outlet{n % 4}" / f"story{n:02d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"---\npublished: 2031-05-{n % 27 + 1:02d}\n---\n# Dock {n} reopens\n\n"
                        f"Dock {n} in Halvik reopened on Monday, the port office said.\n", encoding="utf-8")
    plain = _read(root, None)
    assert _read(root, Cache(tmp_path / "cache")) == plain
    (folder,) = sorted((tmp_path / "cache" / FOLDERS).rglob("*.pkl"))
    shutil.rmtree(tmp_path / "cache" / NAMESPACE)  # the files' own entries gone: the folder's serves
    again = Cache(tmp_path / "cache")
    assert _read(root, again) == plain
    assert again.hits == 1 and again.misses == 0
    edited = root / "outlet1" / "story01.md"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Monday", "Tuesday"), encoding="utf-8")
    changed = Cache(tmp_path / "cache")
    articles = _read(root, changed)
    assert articles == _read(root, None) and changed.misses == 1  # the edited file alone parsed again
    assert "Tuesday" in next(a.body for a in articles if a.id == "outlet1/story01.md")
    folder.write_bytes(folder.read_bytes()[:-4])  # a corrupt folder entry: each file's own is read
    assert _read(root, Cache(tmp_path / "cache")) == articles

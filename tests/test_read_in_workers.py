"""Files parsed in worker processes give the articles and problems one process reads, in order."""

from __future__ import annotations

from pathlib import Path

import pytest

from consistency.cache import Cache
from consistency.ingest import load_articles
from consistency.parallel import ProcessMapper
from consistency.parsed_cache import NAMESPACE, ParsedCache

FILES = {
    "quill-gazette/ferry.md": (
        "---\noutlet: Quill Gazette\npublished: 2034-02-07\n---\n"
        "# Ferry runs aground near Tessel Point\n\nThe ferry Marisol ran aground on Monday with 212 passengers.\n"
    ),
    "quill-gazette/ferry-update.txt": "TESSEL POINT, Feb. 8, 2034 - Tugs freed the Marisol at dawn, the port said.\n",
    "orrin-daily/ferry.md": "# Marisol aground\n\nAll 212 passengers of the ferry came ashore on Monday.\n",
    "orrin-daily/empty.md": "---\noutlet: Orrin Daily\n---\n   \n",  # no text after the front matter: a problem
    "orrin-daily/feed.jsonl": '{"text": "The Tessel Point harbour reopened on Wednesday.", "outlet": "Orrin Daily"}\n',
    "orrin-daily/bad.txt": b"\xff\xfe\x00broken",
}


def _repo(tmp_path: Path, copies: int = 6) -> Path:
    """The files above in ``copies`` folders, enough for a pool to take them in several chunks."""
    root = tmp_path / "repo"
    for copy in range(copies):
        for name, text in FILES.items():
            path = root / f"c{copy}" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(text, bytes):
                path.write_bytes(text)
            else:
                path.write_text(text.replace("212", str(212 + copy)), encoding="utf-8")
    return root


@pytest.mark.parametrize("cached", [False, True])
def test_workers_read_what_one_process_reads(tmp_path: Path, cached: bool) -> None:
    root = _repo(tmp_path)
    alone = load_articles([root])
    assert alone[1], "the corpus has bad files, so problems are compared too"
    cache = Cache(tmp_path / "cache") if cached else None
    with ProcessMapper(2, chunk=2, few=1) as mapper:
        parsed = ParsedCache(cache, "tool-1") if cache is not None else None
        assert load_articles([root], mapper=mapper, parsed=parsed) == alone
        if cache is not None:  # the parses made in the workers were stored here, and a second reading hits
            cache.flush()
            stored = len(list((tmp_path / "cache" / NAMESPACE).rglob("*.pkl")))
            serial = Cache(tmp_path / "serial")
            load_articles([root], parsed=ParsedCache(serial, "tool-1"))
            serial.flush()
            assert stored == len(list((tmp_path / "serial" / NAMESPACE).rglob("*.pkl"))) > 0
            again = Cache(tmp_path / "cache")
            assert load_articles([root], mapper=mapper, parsed=ParsedCache(again, "tool-1")) == alone
            serial_again = Cache(tmp_path / "serial")
            load_articles([root], parsed=ParsedCache(serial_again, "tool-1"))
            assert again.hits and (again.hits, again.misses) == (serial_again.hits, serial_again.misses)


def test_progress_counts_every_file_in_order(tmp_path: Path) -> None:
    root = _repo(tmp_path, copies=2)
    seen: list[int] = []
    with ProcessMapper(2, chunk=1, few=1) as mapper:
        load_articles([root], mapper=mapper, progress=seen.append)
    assert seen == list(range(1, 2 * len(FILES) + 1))

"""Ingest: main text and publication date of real web pages (trafilatura's evaluation corpus), scored the way
trafilatura scores itself, with trafilatura's own figure from the same run beside ours.

Scoring (trafilatura's ``tests/eval_common.py``): per page, each ``with`` string found in the extracted text
(whitespace collapsed) is a true positive, each missing one a false negative; each ``without`` string found is a
false positive, each absent one a true negative; a refused page is a full miss. Our text is what extraction
sees: the article body read by ``consistency.ingest`` with boilerplate blanked by ``consistency.clean``.
trafilatura runs with its reference settings (``include_comments=False``, ``include_tables=True``,
``include_formatting=False``).

Dates: of the pages whose annotation has a ``date``, the share where the article's ``published`` day is that
date, and the share with no date at all; the peer is htmldate as trafilatura calls it (its metadata date).
Four annotations are malformed ("2022-01.26", day before month): both sides are compared with the day as meant.
Each page is read from its raw bytes, as a user's file would be: charset declarations are part of the test.
"""

from __future__ import annotations

import json
import re
import tarfile
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.common import Row, Unavailable, need, progress

ARCHIVE = "trafilatura-eval/trafilatura-eval.tar.xz"
QUICK_PAGES = 150
_SPACES = re.compile(r"\s+")


@dataclass
class Confusion:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, item: dict[str, Any], text: str | None) -> None:
        found = _norm(text) if text is not None else None
        tp = sum(1 for w in item["with"] if found is not None and _norm(w) in found)
        fp = sum(1 for w in item["without"] if found is not None and _norm(w) in found)
        self.tp += tp
        self.fp += fp
        self.fn += len(item["with"]) - tp
        self.tn += len(item["without"]) - fp

    def scores(self) -> tuple[float, float, float, float]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        total = self.tp + self.fp + self.fn + self.tn
        accuracy = (self.tp + self.tn) / total if total else 0.0
        f1 = 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0
        return precision, recall, accuracy, f1


@dataclass
class DateScore:
    right: int = 0
    missing: int = 0
    dated: int = 0

    def add(self, gold: str, found: str | None) -> None:
        self.dated += 1
        if found is None:
            self.missing += 1
        elif found[:10] == gold_day(gold):
            self.right += 1


_GOLD_DATE = re.compile(r"(\d{4})\D(\d{1,2})\D(\d{1,2})")


def gold_day(value: str) -> str:
    """The annotated day as ISO: a few annotations are typed "2022-01.26" or day before month ("2022-29-11");
    read as the annotator meant them, for both sides of the comparison alike."""
    match = _GOLD_DATE.match(value.strip())
    if not match:
        return value[:10]
    year, first, second = (int(group) for group in match.groups())
    month, day = (second, first) if first > 12 >= second else (first, second)
    return f"{year:04d}-{month:02d}-{day:02d}"


def _norm(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def unpacked(data: Path) -> Path:
    """The corpus folder (``cache/``, ``evaldata.json``), unpacked once into the temporary folder."""
    archive = data / ARCHIVE
    if not archive.exists():
        raise Unavailable(f"{archive} not found")
    target = Path(tempfile.gettempdir()) / f"consistency-tfeval-{archive.stat().st_size}"
    if not (target / "evaldata.json").exists():
        staging = Path(tempfile.mkdtemp(prefix="tfeval-", dir=tempfile.gettempdir()))
        with tarfile.open(archive, "r:xz") as tar:
            tar.extractall(staging, filter="data")
        staging.rename(target) if not target.exists() else None
    return target


def load(data: Path, quick: bool) -> list[tuple[str, Path, dict[str, Any]]]:
    folder = unpacked(data)
    with open(folder / "evaldata.json", encoding="utf-8") as handle:
        evaldata: dict[str, dict[str, Any]] = json.load(handle)
    pages = [(url, folder / "cache" / item["file"], item) for url, item in sorted(evaldata.items())]
    pages = [page for page in pages if page[1].is_file()]
    if quick:
        pages = pages[:: max(1, len(pages) // QUICK_PAGES)][:QUICK_PAGES]
    return pages


def ours(path: Path) -> tuple[str | None, str | None]:
    """(text as extraction sees it, publication day) of one page through our reader; (None, None) if refused."""
    from consistency.clean import clean_article
    from consistency.errors import InputError
    from consistency.ingest import read_file

    try:
        [article] = read_file(path)
    except InputError:
        return None, None
    published = article.published.isoformat()[:10] if article.published else None
    return clean_article(article).text, published


def _peer() -> Callable[[bytes], tuple[str | None, str | None]]:
    trafilatura = need(lambda: __import__("trafilatura"), "trafilatura")

    def run(raw: bytes) -> tuple[str | None, str | None]:
        document = trafilatura.bare_extraction(
            raw, include_comments=False, include_tables=True, include_formatting=False, with_metadata=True
        )
        if document is None:
            return None, None
        return document.text, document.date

    return run


def run(data: Path, quick: bool) -> list[Row]:
    pages = load(data, quick)
    peer = _peer()
    scores = {"ours": Confusion(), "trafilatura": Confusion()}
    dates = {"ours": DateScore(), "trafilatura": DateScore()}
    refused = 0
    seconds = {"ours": 0.0, "trafilatura": 0.0}
    for _url, path, item in progress(pages, "trafilatura-eval", len(pages)):
        start = time.perf_counter()
        text, published = ours(path)
        seconds["ours"] += time.perf_counter() - start
        refused += text is None
        scores["ours"].add(item, text)
        start = time.perf_counter()
        try:
            peer_text, peer_date = peer(path.read_bytes())
        except Exception:  # noqa: BLE001 - a crash counts as a full miss, as trafilatura's own scoring does
            peer_text, peer_date = None, None
        seconds["trafilatura"] += time.perf_counter() - start
        scores["trafilatura"].add(item, peer_text)
        if item.get("date"):
            dates["ours"].add(item["date"], published)
            dates["trafilatura"].add(item["date"], peer_date)
    rows: list[Row] = []
    scope = f"{len(pages)} pages"
    for who, confusion in scores.items():
        precision, recall, accuracy, f1 = confusion.scores()
        counts = f"{scope}; tp {confusion.tp} fp {confusion.fp} fn {confusion.fn} tn {confusion.tn}"
        gated = who == "ours"
        prefix = "ingest.text" if gated else "ingest.trafilatura"
        label = "main text" if gated else "trafilatura alone"
        for name, value in (("precision", precision), ("recall", recall), ("accuracy", accuracy), ("f1", f1)):
            rows.append(Row("ingest", f"{prefix}.{name}", f"{label} {name}", value, counts=counts, gated=gated))
    rows.append(Row("ingest", "ingest.text.read_share", "pages read (none refused for its encoding or markup)",
                    1 - refused / len(pages), counts=f"{refused} of {scope} refused"))
    for who, score in dates.items():
        gated = who == "ours"
        prefix = "ingest.date" if gated else "ingest.trafilatura_date"
        label = "publication date" if gated else "trafilatura/htmldate date"
        counts = f"{score.dated} dated pages; right {score.right}, missing {score.missing}"
        rows.append(Row("ingest", f"{prefix}.right", f"{label} right", score.right / max(1, score.dated),
                        counts=counts, gated=gated))
        rows.append(Row("ingest", f"{prefix}.found_share", f"{label} found (missing on the rest)",
                        1 - score.missing / max(1, score.dated), counts=counts, gated=gated))
    # Speed beside the peer: our reader runs trafilatura and htmldate, then decoding, inference and cleaning.
    rows.append(Row("ingest", "ingest.speed.pages_per_s", "reading speed (pages/s)", len(pages) / seconds["ours"],
                    counts=f"{scope}, {seconds['ours']:.1f} s", unit="pages/s", gated=False))
    rows.append(Row("ingest", "ingest.speed.vs_trafilatura", "speed vs trafilatura alone",
                    seconds["trafilatura"] / seconds["ours"], counts=f"trafilatura {seconds['trafilatura']:.1f} s",
                    unit="x", gated=False))
    return rows

"""Builds scale corpora of N articles from the ECB+ texts: renamed copies, so events stay real-sized.

Copy 0 is ECB+ as it is; copy ``c`` > 0 gives every name its own made-up replacement (the same
replacement for one name throughout that copy), so the copies of one event group together and
apart from the other copies: a corpus of N documents holds about 86·N/982 real-sized events.
A "name" is a capitalised word whose lower-case form never occurs in ECB+ (so sentence-initial
common words stay), other than a month or a weekday (so dates stay dates).

    python -m benchmarks.corpus 10000 /tmp/corpus-10k [--data ../shared/data]

Articles are written as ``c<copy>/<ecb name>.txt`` with front matter (outlet, url, published);
a copy's URL is made up too, as its slug would name the original's people.

What the tool makes of them (measured on 4f540be, issue #12): renaming leaves most of a text's words
in order, so nearly every copy is a wire copy of its copy-0 original (8,708 of 10,000 articles
marked ``copy_of``, 18,286 of 20,000), and an event gathers its story's copies across the copies
(at 10,000 articles 378 of 918 events span all ten; the largest holds 131 articles, about 130 still
at 20,000, where linkage's cohesion rule starts to split them). The events stay about as many as
the ECB+ count says, but each holds the same story reprinted N/982 times: in grouping one connected
block of nearly the whole corpus (9,899 of 10,000 articles), and linkage's merges each meet more
partners as N grows (183 a merge at 10,000, 91 at 2,500). A scale run so measures a corpus of wire
reprints, not one of ever more separate events.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from urllib.parse import urlparse

from benchmarks.common import parse_when
from benchmarks.loaders.ecbplus import EcbDoc, cached_ecbplus

_WORD = re.compile(r"\b[A-Z][a-z]{2,}\b")
_ANY_WORD = re.compile(r"[A-Za-z]+")
_KEEP = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
_ONSETS = ("b", "br", "d", "dr", "f", "g", "h", "k", "kr", "l", "m", "n", "p", "r", "s", "st", "t", "v", "z")
_VOWELS = ("a", "e", "i", "o", "u", "ai", "ei", "ou")
_CODAS = ("", "", "n", "r", "s", "l", "k", "m")


def names_of(docs: Sequence[EcbDoc]) -> frozenset[str]:
    """Capitalised words that never occur in lower case in the corpus (and are no month or day)."""
    lower: set[str] = set()
    capital: set[str] = set()
    for doc in docs:
        for word in _ANY_WORD.findall(doc.cat.text):
            if word[0].islower():
                lower.add(word)
        capital.update(_WORD.findall(doc.cat.text))
    return frozenset(w for w in capital if w.lower() not in lower and w not in _KEEP)


def made_up_name(word: str, copy: int) -> str:
    """A pronounceable stand-in for ``word`` in copy ``copy``: deterministic, about as long."""
    digest = hashlib.blake2b(f"{copy}:{word}".encode(), digest_size=16).digest()
    parts: list[str] = []
    i = 0
    while sum(map(len, parts)) < max(4, len(word) - 1) and i + 2 < len(digest):
        parts.append(_ONSETS[digest[i] % len(_ONSETS)] + _VOWELS[digest[i + 1] % len(_VOWELS)])
        i += 2
    parts.append(_CODAS[digest[-1] % len(_CODAS)])
    return "".join(parts).capitalize()


def renamed(text: str, names: frozenset[str], copy: int) -> str:
    if copy == 0:
        return text
    return _WORD.sub(lambda m: made_up_name(m.group(0), copy) if m.group(0) in names else m.group(0), text)


def _front_matter(doc: EcbDoc, copy: int) -> str:
    host = urlparse(doc.url).netloc.lower().removeprefix("www.") if doc.url else ""
    url = doc.url if copy == 0 or not doc.url else f"{doc.url.split('/')[0]}//{host}/copy-{copy}/{doc.name}"
    published = parse_when(doc.dct)
    if isinstance(published, dt.datetime):
        published = published.replace(tzinfo=None)
    lines = ["---"]
    if host:
        lines.append(f"outlet: {host}")
    if url:
        lines.append(f"url: {json.dumps(url)}")  # a JSON string is a YAML string, quotes and all
    if published:
        lines.append(f"published: '{published.isoformat()}'")
    lines.append("---")
    return "\n".join(lines) + "\n" if len(lines) > 2 else ""


def articles(docs: Sequence[EcbDoc], n: int) -> Iterator[tuple[str, str]]:
    """The first ``n`` articles of the copies, as (relative path, file text)."""
    names = names_of(docs)
    for number in range(n):
        copy, index = divmod(number, len(docs))
        doc = docs[index]
        yield f"c{copy:03d}/{doc.name}.txt", _front_matter(doc, copy) + renamed(doc.cat.text, names, copy) + "\n"


def build(data: Path | str, n: int, folder: Path | str) -> Path:
    """Write an ``n``-article corpus under ``folder`` (made if missing); returns the folder.

    A folder already holding this exact corpus (a ``.complete`` marker with ``n``) is reused.
    """
    folder = Path(folder)
    marker = folder / ".complete"
    if marker.exists() and marker.read_text(encoding="utf-8").strip() == str(n):
        return folder
    docs = list(cached_ecbplus(str(data)))
    for relative, text in articles(docs, n):
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    marker.write_text(f"{n}\n", encoding="utf-8")
    return folder


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.corpus", description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="how many articles")
    parser.add_argument("folder", type=Path, help="where to write them")
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared" / "data")
    args = parser.parse_args(argv)
    build(args.data, args.n, args.folder)
    print(f"{args.n} articles in {args.folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Instructions of one warm pass of the extractors over a fixed sample of ECB+ articles, counted by valgrind.

On a shared machine the speed suite's CPU times move by more than most changes to the extractors gain or
lose; an instruction count does not (about 0.5% from run to run). The pass runs as the engine runs the
extractors (each article's sentences split once, the three in turn), or one kind alone. Only that pass is
counted: it is called through ``functools.reduce``, which nothing else in the pass calls, and callgrind
counts only while inside it (``--toggle-collect``), so the import, the loading and a first warming pass are
left out without a second run to subtract.

Usage, from the checkout's root (the checkout's package is the one imported), with valgrind installed::

    python tools/count_instructions.py --data ../shared/data              # all three, every 8th article
    python tools/count_instructions.py --data ../shared/data --kind date --every 4
    python tools/count_instructions.py --data ../shared/data --direct     # the pass without valgrind

A count under valgrind takes minutes (all three over every 8th article: about five alone on the machine).
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("date", "figure", "attribution")


def one_pass(data: str, kind: str, every: int) -> Callable[[], None]:
    """A pass of ``kind`` ("all": the three in turn, as the engine runs them) over every ``every``th article."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.common import extractor
    from benchmarks.loaders.ecbplus import cached_ecbplus
    from benchmarks.suites.events import article_of
    from consistency.extract import ExtractionContext
    from consistency.text import split_sentences

    texts = [(a.body, a.published) for a in map(article_of, list(cached_ecbplus(data))[::every])]
    extracts = [extractor(k) for k in (KINDS if kind == "all" else (kind,))]

    def run() -> None:
        for text, published in texts:
            context = ExtractionContext(published=published, sentences=tuple(split_sentences(text)))
            for extract in extracts:
                extract(text, context)

    return run


def counted(data: str, kind: str, every: int) -> int:
    """The pass's instructions: this script run again under callgrind, counting inside ``reduce`` alone."""
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind not found (or use --direct)")
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "callgrind.out")
        subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", "--toggle-collect=functools_reduce",
             sys.executable, __file__, "--data", os.path.abspath(data), "--kind", kind, "--every", str(every), "--direct"],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT,
        )
        totals = re.search(r"^(?:summary|totals): (\d+)", Path(out).read_text(), re.MULTILINE)
        if totals is None:
            raise SystemExit("callgrind wrote no total")
        return int(totals.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", default="../shared/data")
    parser.add_argument("--kind", choices=["all", *KINDS], default="all")
    parser.add_argument("--every", type=int, default=8, help="every Nth ECB+ article (default 8)")
    parser.add_argument("--direct", action="store_true", help="run the warm pass here, without valgrind")
    args = parser.parse_args()
    if args.direct:
        run = one_pass(args.data, args.kind, args.every)
        run()  # warm: lazy tables, the regular expressions' caches
        functools.reduce(lambda _, step: step(), [run], None)  # the pass callgrind counts
        return
    print(f"{args.kind}, 1 in {args.every} ECB+ articles: {counted(args.data, args.kind, args.every) / 1e6:,.1f} M instructions")


if __name__ == "__main__":
    main()

"""Scale: ``consistency audit`` as a user runs it on corpora of renamed ECB+ copies (``benchmarks.corpus``).

For each size (full: 1k and 10k articles; quick: 100 and 500; ``--scale-sizes 1000,10000,100000``
for others): wall time, articles/s and two peaks of the whole command's memory, sampled together every
50 ms over the process and its workers, then the growth ratios between the smallest and the largest size.
``peak_mib`` sums resident memory (RSS), as it always has (earlier results and issue #12 compare it);
``peak_pss_mib`` sums proportional memory (PSS, ``benchmarks.tree_memory``). Two because an RSS sum
counts a shared page once per process that maps it: every worker's shared libraries, and the whole
heap of the parent again in a worker fresh from fork (workers are replaced every few chunks), so
its peak stands above what the machine spends (a 10k audit: 618 MiB RSS, 573 PSS); PSS splits each
shared page among its mappers, counting it once in all. Where ``/proc/PID/smaps_rollup`` is unreadable RSS stands in and
the row says so. ``dateparser.search_dates``, the peer a user would reach for, runs in the same
run on a sample of the same articles: the throughput ratio is ours (largest size) / its.

Then the cache: the largest corpus audited again with a warm cache, and a pre-commit check of one
changed article against the rest, each as a fraction of the cold run. Corpora are built once under
the system's temporary folder and reused (``CONSISTENCY_SCALE_DIR`` moves them).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import NamedTuple

from benchmarks import corpus
from benchmarks.common import Row, Unavailable, note
from benchmarks.tree_memory import TreeMemory, tree_pss
from consistency.stage_clock import tree_rss

FULL_SIZES = (1_000, 10_000)
QUICK_SIZES = (100, 500)
PEER_SAMPLE = 200
_PSS_INEXACT = "RSS stood in where /proc/PID/smaps_rollup was unreadable"
SIZES_ENV = "CONSISTENCY_SCALE_SIZES"  # set by ``python -m benchmarks --scale-sizes``


def sizes(quick: bool) -> tuple[int, ...]:
    given = os.environ.get(SIZES_ENV, "").strip()
    if given:
        return tuple(sorted({int(s) for s in given.split(",") if s.strip()}))
    return QUICK_SIZES if quick else FULL_SIZES


def _env(pycache: Path | None) -> dict[str, str] | None:
    """The environment of a measured run: the tool's modules byte-compiled once, as an installed copy
    is (pip compiles them), also where the shell says PYTHONDONTWRITEBYTECODE; None: this one."""
    if pycache is None:
        return None
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(pycache)  # beside the outputs, never in the source tree
    return env


def compiled(out: Path) -> Path:
    """A byte-code folder for the modules a run imports, filled here (before any timed run).

    The folder is where Python looks for the byte code of every module, the libraries' and the standard
    library's too, not only the tool's: compiling the tool alone left the first timed run compiling 527
    modules from source (pandas, numpy, ...; importing pandas, numpy, yaml, jinja2 and rapidfuzz so takes
    2.5 s of CPU, 0.65 s compiled), again in each spawned worker, time an installed copy never spends
    (pip compiles the libraries where it puts them), counted in the smallest corpus's time and in the
    growth ratio. An untimed audit of the repository's examples imports what an audit imports and
    writes it here: 9 modules are left to the first timed run."""
    import consistency

    pycache = out / "pycache"
    package = Path(consistency.__file__).parent
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)],
                   env=_env(pycache), check=False, stdout=subprocess.DEVNULL)
    examples = package.parent / "examples"
    if examples.is_dir():
        here = [*(["--jobs", "1"] if _has("--jobs") else []), *(["--no-cache"] if _has("--no-cache") else [])]
        subprocess.run(_audit(examples, out / "warm-up.json", *here), env=_env(pycache), check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return pycache


def _children_cpu() -> float:
    """CPU seconds (user and system) of this process's ended and waited-for children and theirs."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class Measured(NamedTuple):
    """One measured command. On a shared machine the CPU time moves less than the wall time."""

    seconds: float  # wall time
    peak: int  # bytes: the highest summed RSS of it and its children (the public ``peak_mib``)
    code: int  # exit code
    cpu: float  # CPU seconds of it and its workers
    peak_pss: TreeMemory = TreeMemory(0, True)  # the highest summed PSS, sampled with ``peak``


def measured(command: list[str], pycache: Path | None = None) -> Measured:
    """Run ``command`` and sample its process tree every 50 ms, its RSS and its PSS summed."""
    try:
        import psutil
    except ImportError as missing:
        raise Unavailable("psutil not installed (pip install '.[bench]')") from missing
    cpu = _children_cpu()
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_env(pycache))
    process = psutil.Process(child.pid)
    peak = 0
    peak_pss = TreeMemory(0, True)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak, peak_pss
        while not done.is_set():
            peak = max(peak, tree_rss(process))
            pss = tree_pss(process)
            # One RSS stand-in anywhere in the run makes the peak inexact, even when it is not the highest.
            peak_pss = TreeMemory(max(peak_pss.bytes, pss.bytes), peak_pss.exact and pss.exact)
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = child.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    if child.returncode not in (0, 1):
        sys.stderr.write(err.decode("utf-8", "replace")[-2000:])
    return Measured(seconds, peak, child.returncode, _children_cpu() - cpu, peak_pss)


@functools.lru_cache(maxsize=1)
def _help() -> str:
    return subprocess.run([sys.executable, "-m", "consistency", "audit", "--help"], capture_output=True,
                          text=True).stdout


def _has(option: str) -> bool:
    """Whether this version of the tool has ``option`` (the suite also measures older versions)."""
    return option in _help()


def _options() -> list[str]:
    return ["--quiet"]


def _audit(folder: Path, output: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "consistency", "audit", str(folder), "--format", "json", "--output", str(output),
            "--fail-on", "never", *_options(), *extra]


def peer_rate(folder: Path, sample: int = PEER_SAMPLE) -> tuple[float, int] | str:
    """``dateparser.search_dates`` articles/s on an even sample of the corpus's article bodies."""
    try:
        from dateparser.search import search_dates
    except ImportError:
        return "dateparser not installed"
    from consistency.ingest import load_articles

    articles, _ = load_articles([folder])
    chosen = articles[:: max(1, len(articles) // sample)][:sample]
    start = time.perf_counter()
    for article in chosen:
        published = article.published
        base = published if isinstance(published, dt.datetime) else (
            dt.datetime.combine(published, dt.time()) if published else dt.datetime(2013, 1, 1))
        try:
            search_dates(article.body, languages=["en"], settings={"RELATIVE_BASE": base})
        except Exception:  # noqa: BLE001 - a peer failing on one text is a datum, not a crash
            pass
    return len(chosen) / (time.perf_counter() - start), len(chosen)


def tool_digest() -> str:
    """The digest of the tool's source that every cache key holds (``cache.source_digest``): code
    edited between a cold and a warm run (a commit landing in the checkout the benchmark runs from)
    makes the warm run miss every entry, as it must. A 100k run's warm re-run measured 0.95x of its
    cold run that way (a commit seconds after the cold run began; comments, which the digest then
    still held), and the row read as if the cache failed at that size (at 30,000 articles: 0.03x)."""
    from consistency.cache import source_digest

    return source_digest()


def run(data: Path, quick: bool) -> list[Row]:
    base = Path(os.environ.get("CONSISTENCY_SCALE_DIR") or Path(tempfile.gettempdir()) / "consistency-scale")
    base.mkdir(parents=True, exist_ok=True)
    cached = _has("--no-cache")
    rows: list[Row] = []
    timings: dict[int, tuple[float, int]] = {}
    cpu_of: dict[int, float] = {}
    digests: dict[int, str] = {}  # the tool's source digest when each cold run started
    with tempfile.TemporaryDirectory(prefix="scale-out-") as out_dir:
        out = Path(out_dir)
        pycache = compiled(out)
        for n in sizes(quick):
            note(f"scale: building a {n}-article corpus")
            folder = corpus.build(data, n, base / f"corpus-{n}")
            note(f"scale: auditing {n} articles")
            # Cold: an empty cache of its own (a first run as a user makes it, cache writes included).
            cold_flags = ["--cache-dir", str(out / f"cache-{n}")] if cached else []
            digests[n] = tool_digest()
            seconds, peak, code, cpu, peak_pss = measured(_audit(folder, out / f"{n}.json", *cold_flags), pycache)
            if code not in (0, 1):
                rows.append(Row("scale", f"scale.{n}.articles_per_s", f"audit {n:,} articles: articles/s", None,
                                note=f"exit code {code}", gated=False))
                continue
            timings[n] = (seconds, peak)
            cpu_of[n] = cpu
            json_mb = (out / f"{n}.json").stat().st_size / 1e6
            scope = f"{n:,} articles, {seconds:.1f} s, JSON {json_mb:.1f} MB"
            rows += [
                Row("scale", f"scale.{n}.seconds", f"audit {n:,} articles: wall time", seconds, scope, "s",
                    gated=False),
                Row("scale", f"scale.{n}.articles_per_s", f"audit {n:,} articles: articles/s", n / seconds, scope,
                    "articles/s", gated=False),
                Row("scale", f"scale.{n}.peak_mib", f"audit {n:,} articles: peak memory (RSS, with workers)",
                    peak / 2**20, scope, "MiB", gated=False),
                Row("scale", f"scale.{n}.peak_pss_mib",
                    f"audit {n:,} articles: peak memory (PSS, with workers, shared pages split)",
                    peak_pss.bytes / 2**20, scope if peak_pss.exact else f"{scope}; {_PSS_INEXACT}", "MiB",
                    gated=False, note="" if peak_pss.exact else _PSS_INEXACT),
            ]
        if len(timings) >= 2:
            small, large = min(timings), max(timings)
            rows += [
                Row("scale", "scale.growth.time", f"time growth {small:,} -> {large:,} articles ({large // small}x)",
                    timings[large][0] / timings[small][0], "at most 1.1x the size ratio is the aim", "x",
                    gated=False),
                Row("scale", "scale.growth.memory", f"peak memory growth {small:,} -> {large:,} articles",
                    timings[large][1] / max(1, timings[small][1]), "", "x", gated=False),
            ]
        if timings:
            largest = max(timings)
            folder = base / f"corpus-{largest}"
            peer = peer_rate(folder)
            if isinstance(peer, str):
                rows.append(Row("scale", "scale.peer.dateparser.articles_per_s", "dateparser.search_dates: articles/s",
                                None, note=peer, gated=False))
            else:
                rate, count = peer
                ours = largest / timings[largest][0]
                rows += [
                    Row("scale", "scale.peer.dateparser.articles_per_s", "dateparser.search_dates: articles/s", rate,
                        f"{count} articles of the {largest:,}-article corpus", "articles/s", gated=False),
                    Row("scale", "scale.ratio.dateparser", f"audit ({largest:,} articles) vs dateparser.search_dates",
                        ours / rate, "ours articles/s / peer articles/s (aim: 10x)", "x", gated=False),
                ]
            if cached:
                rows += _cache_rows(folder, largest, timings[largest][0], out, pycache, cpu_of[largest],
                                    digests[largest])
    return rows


def _cache_rows(folder: Path, n: int, cold: float, out: Path, pycache: Path | None = None,
                cold_cpu: float = 0.0, cold_digest: str | None = None) -> list[Row]:
    """Warm-cache re-run and a one-changed-file pre-commit check, as fractions of the cold run; not
    measured (a note instead) when the tool's source is not the one the cold run had (``tool_digest``)."""
    cache = out / f"cache-{n}"  # filled by the cold run
    rows = _cache_measured(folder, n, cold, out, cache, pycache, cold_cpu)
    if cold_digest is not None and tool_digest() != cold_digest:
        note = "not measured: the tool's source changed after the cold run began (every entry missed, as it must)"
        rows = [dataclasses.replace(row, value=None, counts="", note=note) for row in rows]
    return rows


def _cache_measured(folder: Path, n: int, cold: float, out: Path, cache: Path, pycache: Path | None,
                    cold_cpu: float) -> list[Row]:
    rows: list[Row] = []
    warm, _, _, warm_cpu, _ = measured(_audit(folder, out / "warm.json", "--cache-dir", str(cache)), pycache)
    rows.append(Row("scale", "scale.cache.warm_fraction", f"warm-cache re-run of {n:,} articles / cold run",
                    warm / cold, f"{warm:.1f} s vs {cold:.1f} s (aim: under 0.10)", "x", gated=False))
    rows.append(Row("scale", "scale.cache.warm_speedup", f"warm-cache re-run of {n:,} articles: speed-up",
                    cold / warm, f"{cold:.1f} s / {warm:.1f} s", "x", gated=False))
    changed = out / "changed"
    changed.mkdir(exist_ok=True)
    first = next(iter(sorted(folder.glob("*/*.txt"))))
    draft = changed / first.name
    shutil.copyfile(first, draft)
    with open(draft, "a", encoding="utf-8") as handle:
        handle.write("The count was revised to 41 on Tuesday, officials said.\n")
    command = [sys.executable, "-m", "consistency", "check", str(draft), "--against", str(folder), "--format", "json",
               "--output", str(out / "check.json"), "--fail-on", "never", "--cache-dir", str(cache), *_options()]
    seconds, _, _, check_cpu, _ = measured(command, pycache)
    rows.append(Row("scale", "scale.cache.precommit_fraction",
                    f"pre-commit check of 1 changed file against {n:,} (warm cache) / cold run", seconds / cold,
                    f"{seconds:.1f} s vs {cold:.1f} s (aim: under 0.05)", "x", gated=False))
    if cold_cpu > 0:  # the same fractions in CPU time (all processes), steadier on a shared machine
        rows += [
            Row("scale", "scale.cache.warm_cpu_fraction", f"warm-cache re-run of {n:,} articles / cold run, CPU time",
                warm_cpu / cold_cpu, f"{warm_cpu:.1f} s vs {cold_cpu:.1f} s of CPU", "x", gated=False),
            Row("scale", "scale.cache.precommit_cpu_fraction",
                f"pre-commit check of 1 changed file against {n:,} / cold run, CPU time", check_cpu / cold_cpu,
                f"{check_cpu:.1f} s vs {cold_cpu:.1f} s of CPU", "x", gated=False),
        ]
    return rows

"""Entry point of the harness: runs the suites, prints one table, writes ``benchmarks/results.json``,
checks the floors (``--check``) and refreshes the README table (``--update-readme``).

    python -m benchmarks [--data ../shared/data] [--quick] [--check] [--update-readme]

Exit codes: 0 ok, 1 a metric is below its floor (or missing) with ``--check``, 2 no data.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
import traceback
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.common import Row, Unavailable

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"
FLOORS = HERE / "floors.json"
RESULTS = HERE / "results.json"
README = REPO / "README.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"
SECTIONS = ("dates", "figures", "attributions", "events", "claims", "ingest", "speed", "scale")


def _suite(name: str) -> Callable[[Path, bool], list[Row]]:
    from benchmarks.suites import attributions, claims, dates, events, figures, ingest, scale, speed

    return {"dates": dates.run, "figures": figures.run, "attributions": attributions.run, "events": events.run,
            "claims": claims.run, "ingest": ingest.run, "speed": speed.run, "scale": scale.run}[name]


def run_suites(data: Path, quick: bool, sections: Sequence[str]) -> tuple[list[Row], dict[str, float]]:
    rows: list[Row] = []
    seconds: dict[str, float] = {}
    for name in sections:
        start = time.perf_counter()
        try:
            rows += _suite(name)(data, quick)
        except Unavailable as missing:
            rows.append(Row(name, f"{name}.unavailable", name, None, note=str(missing), gated=False))
        except Exception as error:  # noqa: BLE001 - one broken suite must not hide the others' numbers
            traceback.print_exc(file=sys.stderr)
            rows.append(Row(name, f"{name}.error", name, None, note=f"error: {type(error).__name__}: {error}",
                            gated=False))
        seconds[name] = round(time.perf_counter() - start, 1)
    return rows, seconds


def table(rows: Sequence[Row]) -> str:
    """A Markdown table: section, metric, value, counts (what the value rests on)."""
    lines = ["| section | metric | value | counts |", "|---|---|---|---|"]
    for row in rows:
        counts = row.counts.replace("|", "/")
        lines.append(f"| {row.section} | {row.label} | {row.shown()} | {counts} |")
    return "\n".join(lines)


def load_floors(path: Path = FLOORS) -> dict[str, dict[str, float]]:
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def check(rows: Sequence[Row], floors: dict[str, float]) -> list[str]:
    """Metrics below their floor, or missing: one message each (empty when all pass)."""
    values = {row.key: row.value for row in rows}
    failures = []
    for key, floor in sorted(floors.items()):
        value = values.get(key)
        if value is None:
            failures.append(f"{key}: not measured (floor {floor})")
        elif value < floor - 1e-9:
            failures.append(f"{key}: {value:.4f} is below its floor {floor}")
    return failures


def results_json(rows: Sequence[Row], data: Path, quick: bool, seconds: dict[str, float]) -> dict[str, object]:
    return {
        "schema": 1,
        "mode": "quick" if quick else "full",
        "data": str(data),
        "python": platform.python_version(),
        "seconds": seconds,
        "metrics": {
            row.key: {"section": row.section, "label": row.label, "value": row.value, "counts": row.counts,
                      "unit": row.unit, "note": row.note, "gated": row.gated}
            for row in rows
        },
    }


def _write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(tmp, path)


def update_readme(markdown: str, readme: Path = README) -> bool:
    """Replace what lies between the bench markers of the README; False when the markers are absent."""
    text = readme.read_text(encoding="utf-8") if readme.exists() else ""
    start, end = text.find(START), text.find(END)
    if start < 0 or end < start:
        return False
    _write_atomic(readme, text[: start + len(START)] + "\n" + markdown + "\n" + text[end:])
    return True


def readme_block(rows: Sequence[Row], quick: bool, seconds: dict[str, float]) -> str:
    total = sum(seconds.values())
    mode = "quick subset" if quick else "full run"
    return (
        f"{table(rows)}\n\n"
        f"_{mode}, {total:.0f} s on one machine ({platform.python_implementation()} {platform.python_version()}); "
        "speed figures vary from machine to machine, accuracy figures do not. Reproduce with "
        "`python -m benchmarks --data ../shared/data` (add `--update-readme` to refresh this table)._"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the corpora folder (default: ../shared/data)")
    parser.add_argument("--quick", action="store_true", help="a fixed subset, for the CI gate (under 3 minutes)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a metric is below its floor")
    parser.add_argument("--update-readme", action="store_true", help="rewrite the table between the README markers")
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated sections ({','.join(SECTIONS)})")
    parser.add_argument("--output", type=Path, default=RESULTS, help="where to write the JSON results")
    parser.add_argument("--scale-sizes", metavar="N,N,...",
                        help="corpus sizes of the scale suite (default 1000,10000; quick 100,1000); add 100000 for the big run")
    args = parser.parse_args(argv)
    if args.scale_sizes:
        os.environ["CONSISTENCY_SCALE_SIZES"] = args.scale_sizes

    data: Path = args.data
    if not data.is_dir():
        print(f"{data}: no evaluation data here (give --data)", file=sys.stderr)
        return 2
    sections = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown:
        print(f"--only: unknown section(s) {', '.join(unknown)}", file=sys.stderr)
        return 2
    warnings.filterwarnings("ignore", module="quantulum3")  # it warns about an optional classifier
    rows, seconds = run_suites(data, args.quick, sections)
    print(table(rows))
    _write_atomic(args.output, json.dumps(results_json(rows, data, args.quick, seconds), indent=2, sort_keys=True) + "\n")
    status = 0
    if args.check:
        floors = load_floors().get("quick" if args.quick else "full", {})
        floors = {k: v for k, v in floors.items() if k.split(".")[0] in sections or k.split(".")[0] == "alignment"
                  and "events" in sections}
        failures = check(rows, floors)
        for failure in failures:
            print(f"below floor: {failure}", file=sys.stderr)
        print(f"floors: {len(floors) - len(failures)}/{len(floors)} met", file=sys.stderr)
        status = 1 if failures else 0
    if args.update_readme and not update_readme(readme_block(rows, args.quick, seconds)):
        print(f"{README}: markers {START} / {END} not found; README left alone", file=sys.stderr)
    return status


if __name__ == "__main__":
    raise SystemExit(main())

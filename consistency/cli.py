"""Command line: argument parsing, exit codes and file output; no pipeline logic.

Exit codes: 0 no finding at or above --fail-on; 1 some finding is; 2 a usage,
input, rule or configuration error (one line ``path[:line]: problem``); 3 an
internal error, with a request to report it.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import gc
import os
import re
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace as _replace
from pathlib import Path
from typing import Any, NoReturn, TextIO

from consistency import __version__, stage_clock
from consistency.errors import ConfigError, ConsistencyError, InputError
from consistency.files import write_atomic
from consistency.memory import COLLECTION_PACE
from consistency.model import SEVERITIES, Problem, RunResult

FAIL_ON = (*SEVERITIES, "never")
DEFAULT_CACHE_DIR = ".consistency-cache"
DEFAULT_CACHE_MAX_AGE = 30.0  # days (consistency.cache.DEFAULT_MAX_AGE_DAYS; the CLI imports no engine module early)
DEFAULT_MAX_EVENT_FACTS = 10_000  # consistency.engine.MAX_EVENT_FACTS, for the same reason
FORMATS = ("text", "json", "html", "sarif", "github", "junit", "csv")

EPILOG = """\
examples:
  consistency audit articles/ --html report.html
  consistency audit feed.jsonl --format json --output results.json
  consistency check draft.md --against wires/ sources/ --fail-on warning
  consistency audit content/ --format sarif --output consistency.sarif
  consistency baseline content/ --output .consistency-baseline.json
  consistency audit content/ --baseline .consistency-baseline.json --format github
  consistency rules list
  consistency rules explain date-conflict
  consistency read page.html crawl.warc.gz --format text

exit codes: 0 clean, 1 a finding at or above --fail-on, 2 bad input/usage, 3 internal error
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="consistency",
        description="Compare what several outlets report about the same event: dates, figures and sources.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"consistency {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add_run_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--format", choices=FORMATS, default="text",
                       help="what to print: text summary (default), json, html, sarif (code scanning), "
                            "github (Actions annotations), junit (CI test tabs), csv (a row per finding and fact)")
        p.add_argument("--output", "-o", metavar="FILE", help="write the --format output to FILE instead of standard output")
        p.add_argument("--html", metavar="FILE", help="also write a self-contained HTML diff report to FILE")
        p.add_argument("--compact-json", action="store_true",
                       help="write --format json on one line, without indentation: the same document, some 38%% "
                            "smaller (default: indented with 2 spaces)")
        p.add_argument("--fail-on", choices=FAIL_ON, default="error", help="exit 1 when a finding has this severity or worse (default: error)")
        p.add_argument("--rules", action="append", metavar="PATH", default=[], help="rule pack folder or file (repeatable; default: the shipped pack)")
        p.add_argument("--vocabulary", metavar="DIR",
                       help="folder of vocabularies to use instead of the shipped ones: measures.yaml, happenings.yaml "
                            "and sources.yaml; stages.yaml, change_words.yaml, scope_words.yaml, date_roles.yaml, moved_figures.yaml, sea_miles.yaml and bodies.yaml "
                            "when it has them (else the shipped ones); copy rules/vocabulary/ and extend it")
        p.add_argument("--strict", action="store_true", help="exit 2 when any file found in a folder could not be read (default: report it and go on)")
        p.add_argument("--max-bytes", type=int, default=20_000_000, metavar="N", help="skip input files larger than N bytes (default: 20 MB)")
        p.add_argument("--max-event-facts", type=int, default=DEFAULT_MAX_EVENT_FACTS, metavar="N",
                       help=f"align and judge at most N facts of one event, each article's first (default: "
                            f"{DEFAULT_MAX_EVENT_FACTS:,}; 0: no limit); the rest are listed in the JSON, in no slot")
        p.add_argument("--no-color", action="store_true", help="no colour in the terminal summary (also: NO_COLOR=1)")
        p.add_argument("--quiet", "-q", action="store_true", help="no progress output")
        add_scale_options(p)
        p.add_argument("--baseline", metavar="FILE",
                       help="report only findings not recorded in FILE (written by 'consistency baseline')")

    audit = sub.add_parser("audit", help="group articles into events and report agreements and discrepancies",
                           description="Group all articles under PATH into events and compare their facts.")
    audit.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (.md .txt .html .jsonl .csv); '-' reads standard input")
    add_run_options(audit)
    audit.add_argument("--since", type=_day, metavar="DATE",
                       help="keep articles published on or after DATE (YYYY-MM-DD); undated ones are left out and listed")
    audit.add_argument("--until", type=_day, metavar="DATE", help="keep articles published on or before DATE (YYYY-MM-DD)")
    audit.add_argument("--history", metavar="FILE",
                       help="SQLite file of earlier runs: report what is new, resolved and persisting since the "
                            "previous run and each outlet's trend, then append this run (created if missing)")
    audit.add_argument("--run-label", metavar="LABEL",
                       help="this run's name in --history (default: the --until date, else today's date)")

    check = sub.add_parser("check", help="check drafts against their sources",
                           description="Compare the facts of each DRAFT with those of the sources given with --against.")
    check.add_argument("paths", nargs="*", metavar="DRAFT",
                       help="draft files or folders (after --against SOURCE..., the last path is the draft)")
    check.add_argument("--against", nargs="+", required=True, metavar="SOURCE", help="source files or folders")
    add_run_options(check)

    baseline = sub.add_parser("baseline", help="record the current findings so later runs report only new ones",
                              description="Audit PATH and record every finding by fingerprint; "
                                          "'audit --baseline FILE' then reports only findings not recorded.")
    baseline.add_argument("paths", nargs="+", metavar="PATH", help="files or folders, as given to 'audit'")
    baseline.add_argument("--output", "-o", metavar="FILE", default=".consistency-baseline.json",
                          help="where to write the baseline (default: .consistency-baseline.json)")
    for option, kwargs in (
        ("--rules", {"action": "append", "metavar": "PATH", "default": [], "help": "rule pack folder or file (repeatable)"}),
        ("--vocabulary", {"metavar": "DIR", "help": "folder of frame vocabularies to use instead of the shipped ones"}),
        ("--strict", {"action": "store_true", "help": "exit 2 when any file found in a folder could not be read"}),
        ("--max-bytes", {"type": int, "default": 20_000_000, "metavar": "N", "help": "skip input files larger than N bytes"}),
        ("--max-event-facts", {"type": int, "default": DEFAULT_MAX_EVENT_FACTS, "metavar": "N",
                               "help": "align at most N facts of one event, as 'audit' does (0: no limit)"}),
        ("--quiet", {"action": "store_true", "help": "no progress output"}),
    ):
        baseline.add_argument(option, **kwargs)  # type: ignore[arg-type]
    add_scale_options(baseline)
    baseline.set_defaults(format="text", html=None, fail_on="never", no_color=True, baseline=None)

    read = sub.add_parser("read", help="print what the tool read from each input (metadata, body, cleaned text)",
                          description="Print each article as the tool reads it: metadata and where each value came "
                                      "from, the body facts point into, and the text extraction sees.")
    read.add_argument("paths", nargs="+", metavar="PATH",
                      help="files or folders (.md .txt .html .jsonl .csv .warc .warc.gz); '-' reads standard input")
    read.add_argument("--format", choices=("jsonl", "text"), default="jsonl",
                      help="jsonl: one JSON object per article (default); text: for a person, removed parts marked")
    read.add_argument("--max-bytes", type=int, default=20_000_000, metavar="N",
                      help="skip input files larger than N bytes (default: 20 MB)")
    read.add_argument("--strict", action="store_true", help="exit 2 when any input could not be read")
    read.add_argument("--quiet", "-q", action="store_true", help="no progress output")

    rules = sub.add_parser("rules", help="list, explain or test the rules", description="Inspect the rule packs.")
    rules_sub = rules.add_subparsers(dest="rules_command", metavar="ACTION")
    for name, text in (("list", "list the rules"), ("test", "run every rule's pass/fail examples")):
        p = rules_sub.add_parser(name, help=text)
        p.add_argument("--rules", action="append", metavar="PATH", default=[], help="rule pack folder or file")
    explain = rules_sub.add_parser("explain", help="print a rule's summary, rationale and examples")
    explain.add_argument("rule_id", metavar="RULE")
    explain.add_argument("--rules", action="append", metavar="PATH", default=[], help="rule pack folder or file")
    return parser


def add_scale_options(p: argparse.ArgumentParser) -> None:
    """Workers, cache and cluster: how a run goes, never what it finds (the results are identical)."""
    p.add_argument("--jobs", "-j", type=int, metavar="N",
                   help="extract in N worker processes (default: the machine's cores; 1: in this process)")
    p.add_argument("--cache-dir", metavar="DIR", default=DEFAULT_CACHE_DIR,
                   help=f"cache of extraction results, keyed by content (default: {DEFAULT_CACHE_DIR})")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    p.add_argument("--cache-max-age", type=float, metavar="DAYS", default=DEFAULT_CACHE_MAX_AGE,
                   help="remove cache entries no run has used for DAYS (checked once a day; "
                        f"default: {DEFAULT_CACHE_MAX_AGE:g}; 0 keeps every entry)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local worker processes (default) or a Dask cluster (pip install 'consistency[dask]')")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --engine dask: the scheduler of an existing cluster (default: a local cluster)")
    for name, default, text in (
        ("events", 300, "events shown, those with conflicts first"),
        ("rows", 200, "slots shown per event, the most urgent first"),
        ("facts", 10, "facts of one article shown in one slot"),
        ("unchecked", 200, "facts that could not be checked listed per event"),
    ):
        p.add_argument(f"--html-max-{name}", type=int, default=default, metavar="N",
                       help=f"HTML report: {text} (default: {default}; 0: no limit; the JSON has everything)")


def report_limits(args: argparse.Namespace) -> dict[str, int]:
    """ReportOptions fields from the --html-max-* options."""
    limits = {name: getattr(args, f"html_max_{name}", None) for name in ("events", "rows", "facts", "unchecked")}
    if any(v is not None and v < 0 for v in limits.values()):
        raise ConfigError("--html-max-* limits must be 0 (no limit) or more")
    return {f"max_{name}": value for name, value in limits.items() if value is not None}


def scale_options(args: argparse.Namespace) -> dict[str, object]:
    """RunOptions fields from the scale options (jobs, cache_dir); raises ConfigError on bad values."""
    from consistency.parallel import default_jobs

    jobs = args.jobs if args.jobs is not None else default_jobs()
    if jobs < 1:
        raise ConfigError("--jobs must be at least 1")
    if args.scheduler and args.engine != "dask":
        raise ConfigError("--scheduler needs --engine dask")
    if args.cache_max_age < 0:
        raise ConfigError("--cache-max-age must be 0 (keep every entry) or a number of days")
    return {"jobs": jobs, "cache_dir": None if args.no_cache else args.cache_dir,
            "cache_max_age": args.cache_max_age or None}


@contextlib.contextmanager
def _engine(args: argparse.Namespace) -> Iterator[Any]:
    """The Dask cluster's mapper for ``--engine dask``; None (local worker processes) otherwise."""
    if getattr(args, "engine", "local") != "dask":
        yield None
        return
    from consistency.dask_engine import dask_mapper

    with dask_mapper(args.scheduler, workers=args.jobs) as mapper:
        yield mapper


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """The cyclic garbage collector at a slower pace for the run, then as it was.

    A run builds hundreds of thousands of small objects that live until it ends (facts, slots,
    findings, a warm run's cache entries) and form no cycles; at the default pace (a collection
    every 700 allocations) the collector walks them again and again, a tenth of a warm run.
    Reference counting frees everything as before; only cycles wait a little longer."""
    before = gc.get_threshold()
    gc.set_threshold(*COLLECTION_PACE)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def program() -> NoReturn:
    """The command's entry point (``python -m consistency``): ``main``, then the process ends at once.

    What a run built (a 10,000-article audit: millions of facts, verdicts and strings) is left to the
    system to take back with the process, not freed object by object first: that took about a
    second at the end of every large run, a twentieth of a warm one. Reports are written and
    closed, the cache's writer has finished and the workers are gone by the time ``main`` returns."""
    kept: list[object] = []
    code = main(keep=kept)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing more to say
            pass
    os._exit(code)


def main(argv: Sequence[str] | None = None, *, keep: list[object] | None = None) -> int:
    """Run the command; ``keep`` receives what the run built, for the caller to free (or not)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    if args.command == "check" and not args.paths:
        # "check --against SOURCES DRAFT": --against took every path; the last one is the draft.
        if len(args.against) < 2:
            parser.error("check needs a DRAFT besides the sources given with --against")
        args.paths, args.against = args.against[-1:], args.against[:-1]
    try:
        if args.command == "rules":
            return _rules_command(args, parser)
        if args.command == "read":
            return _read_command(args)
        with _fewer_collections():
            return _run_command(args, keep)
    except ConsistencyError as error:
        # "path[:line]: problem" when the error is about a file, as editors and CI annotate it.
        where = getattr(error, "path", None)
        print(error.one_line() if where else f"consistency: {error.one_line()}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("consistency: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception:  # noqa: BLE001 - the last resort: a bug, never the user's fault
        traceback.print_exc()
        print(
            f"consistency {__version__}: internal error (above). Please report it with the command you ran.",
            file=sys.stderr,
        )
        return 3


# --- audit / check -------------------------------------------------------------------------------


def _run_command(args: argparse.Namespace, keep: list[object] | None = None) -> int:
    from consistency.engine import RunOptions, run
    from consistency.report import REPORTERS, ReportOptions

    if args.max_bytes <= 0:
        raise ConfigError("--max-bytes must be a positive number of bytes")
    inputs = [*args.paths, *(getattr(args, "against", None) or [])]
    for target in (args.output, args.html):
        _check_writable(target, inputs)
    if args.output and args.html and Path(args.output).resolve() == Path(args.html).resolve():
        raise ConfigError("--output and --html name the same file")
    if args.format == "html" and args.html:
        raise ConfigError("--format html already writes HTML; use --output FILE or --html FILE, not both")
    max_event_facts = getattr(args, "max_event_facts", DEFAULT_MAX_EVENT_FACTS)
    if max_event_facts < 0:
        raise ConfigError("--max-event-facts must be 0 (no limit) or more")
    options = RunOptions(rule_paths=tuple(args.rules), max_bytes=args.max_bytes, vocabulary=args.vocabulary,
                         max_event_facts=max_event_facts, **scale_options(args))  # type: ignore[arg-type]
    since, until = _window_bounds(args)
    if since or until:
        options = _replace(options, since=since, until=until)
    progress = _Progress(enabled=not args.quiet and _interactive(sys.stderr))
    try:
        with _engine(args) as mapper:
            if mapper is not None:
                options = dataclasses.replace(options, mapper=mapper)
            result = run(args.paths, options, against=getattr(args, "against", None) or (), progress=progress)
            if keep is not None:
                keep.append(result)
    finally:
        progress.close()
    explicit = _explicit_files(inputs)
    fatal = [p for p in result.problems if _resolve(p.path) in explicit or args.strict]
    if fatal:  # every bad file named, one line each, not only the first
        for problem in fatal[:-1]:
            print(problem_error(problem).one_line(), file=sys.stderr)
        raise problem_error(fatal[-1])
    if not result.articles and result.window is not None and result.window.excluded:
        raise InputError(", ".join(map(str, inputs)), f"no article was published in the window ({_window_text(result)})")
    if not result.articles:
        for problem in result.problems:
            print(problem_error(problem).one_line(), file=sys.stderr)
        raise InputError(", ".join(map(str, inputs)), "no readable articles found (.md .txt .html .jsonl .csv)")
    result = _accepted_left_out(result, args)
    if args.command == "baseline":
        return _write_baseline(result, args)
    color = _interactive(sys.stdout) and not args.no_color and "NO_COLOR" not in os.environ and not args.output
    report_options = ReportOptions(color=color, fail_on=args.fail_on, compact_json=args.compact_json,
                                   **report_limits(args))  # type: ignore[arg-type]
    if not args.quiet:
        from consistency.report.caps import huge_articles, huge_events

        for warning in [*huge_articles(result, report_options.huge_chars), *huge_events(result)]:
            print(f"consistency: {warning}", file=sys.stderr)
    history = getattr(args, "history", None)
    streamed = args.format == "json" and bool(args.output)
    # JSON written to a file alone counts its scorecard on the pass that writes the findings
    # (``json_report.write``); history and HTML read it before, and the other formats hold it whole.
    if result.mode == "audit" and (history or args.html or (args.format in ("json", "html") and not streamed)):
        from consistency.report.scorecard import outlet_scores

        result = _replace(result, scorecard=outlet_scores(result))
    if history:  # read the previous runs now, append this one once the reports are written
        from consistency.history import compare

        label = args.run_label or (args.until or dt.date.today()).isoformat()
        result = _replace(result, history=compare(Path(history), label, result, result.scorecard))
    # Render everything before writing anything: a failure leaves no half-written report.
    # JSON to a file goes in pieces (a large run's document is never one string in memory); it is
    # written first, to a temporary file renamed at the end, so a failure still leaves no report.
    main_text = "" if streamed else REPORTERS[args.format](result, report_options)
    html_text = REPORTERS["html"](result, report_options) if args.html else None
    if streamed:
        from consistency.report import json_report

        _write_atomic(Path(args.output), lambda handle: json_report.write(result, report_options, handle, scorecard=True))
    if html_text is not None:
        _write_atomic(Path(args.html), html_text)
    if args.output:
        if not streamed:
            _write_atomic(Path(args.output), main_text)
    else:
        sys.stdout.write(main_text if main_text.endswith("\n") else main_text + "\n")
        sys.stdout.flush()
    stage_clock.lap("report")
    for problem in result.problems:
        print(f"{problem_error(problem).one_line()} (skipped)", file=sys.stderr)
    if args.html and not args.quiet and args.format != "text":
        print(f"consistency: wrote {args.html}", file=sys.stderr)
    if result.window is not None and result.window.excluded and not args.quiet and args.format != "text":
        print(f"consistency: {_window_text(result)}", file=sys.stderr)
    if history and result.history is not None:
        from consistency.history import record

        record(Path(history), result.history.run, result, result.scorecard)
    return _exit_code(result, args.fail_on)


def _accepted_left_out(result: RunResult, args: argparse.Namespace) -> RunResult:
    """Inline suppressions, then the baseline: what a team accepted is not reported again."""
    from consistency.baseline import apply_baseline, load_baseline
    from consistency.suppressions import apply_suppressions

    result = apply_suppressions(result)
    if args.baseline:
        result = apply_baseline(result, load_baseline(args.baseline))
    return result


def _write_baseline(result: RunResult, args: argparse.Namespace) -> int:
    from consistency.baseline import baseline_document

    _write_atomic(Path(args.output), baseline_document(result, __version__))
    for problem in result.problems:
        print(f"{problem_error(problem).one_line()} (skipped)", file=sys.stderr)
    if not args.quiet:
        suppressed = f", {len(result.suppressed)} suppressed inline" if result.suppressed else ""
        print(f"consistency: recorded {len(result.findings)} findings in {args.output}{suppressed}", file=sys.stderr)
    return 0


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def _window_bounds(args: argparse.Namespace) -> tuple[dt.date | None, dt.date | None]:
    since, until = getattr(args, "since", None), getattr(args, "until", None)
    if since and until and since > until:
        raise ConfigError(f"--since {since.isoformat()} is after --until {until.isoformat()}")
    if getattr(args, "history", None):
        _check_writable(args.history, [*args.paths])
    return since, until


def _window_text(result: RunResult) -> str:
    window = result.window
    assert window is not None
    span = f"{window.since.isoformat() if window.since else '…'}..{window.until.isoformat() if window.until else '…'}"
    undated = sum(1 for _, reason in window.excluded if reason == "no publication date")
    return (f"window {span}: {window.kept} articles kept, {len(window.excluded)} left out "
            f"({undated} undated, {len(window.excluded) - undated} published outside it)")


_LINE_PREFIX = re.compile(r"line (\d+): ")


def problem_error(problem: Problem) -> InputError:
    """A skipped file's problem as the error it is: ``path:line: problem`` when ingest gave a line."""
    found = _LINE_PREFIX.match(problem.message)
    if found:
        return InputError(problem.path, problem.message[found.end() :], line=int(found.group(1)))
    return InputError(problem.path, problem.message)


def _exit_code(result: RunResult, fail_on: str) -> int:
    if fail_on == "never":
        return 0
    threshold = SEVERITIES.index(fail_on)
    return 1 if any(SEVERITIES.index(f.severity) >= threshold for f in result.findings) else 0


def _resolve(path: str | Path) -> Path:
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):
        return Path(path)


def _explicit_files(inputs: Sequence[str | Path]) -> set[Path]:
    return {_resolve(p) for p in inputs if str(p) != "-" and Path(p).is_file()}


def _check_writable(target: str | None, inputs: Sequence[str | Path]) -> None:
    if not target:
        return
    path = Path(target)
    resolved = _resolve(path)
    for given in inputs:
        if str(given) == "-":
            continue
        source = _resolve(given)
        if resolved == source or (source.is_dir() and source in resolved.parents and path.suffix in (".md", ".txt", ".html", ".htm", ".jsonl", ".csv")):
            raise ConfigError(f"{target}: refusing to write a report where it would overwrite or join the inputs")
    if path.is_dir():
        raise ConfigError(f"{target}: is a folder, not a file")
    if not (path.parent if str(path.parent) else Path(".")).is_dir():
        raise ConfigError(f"{target}: the folder {path.parent} does not exist")


def _write_atomic(path: Path, text: str | Callable[[TextIO], None]) -> None:
    write_atomic(path, text)


def _interactive(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and not os.environ.get("CI")


class _Progress:
    """One rewritten line on stderr, only on a terminal; silent when piped or in CI."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.shown = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled or (done % 50 and done != total):
            return
        count = f"{done}/{total}" if total else f"{done} files"
        sys.stderr.write(f"\r{stage}: {count}   ")
        sys.stderr.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\r" + " " * 40 + "\r")
            sys.stderr.flush()


# --- read ----------------------------------------------------------------------------------------


def _read_command(args: argparse.Namespace) -> int:
    """Every article that was read, then each input that could not be, one line each on stderr (exit 2 when
    nothing was read, or with --strict when anything was not)."""
    from consistency.ingest import load_articles
    from consistency.reading import render_jsonl, render_text

    if args.max_bytes <= 0:
        raise ConfigError("--max-bytes must be a positive number of bytes")
    progress = _Progress(enabled=not args.quiet and _interactive(sys.stderr))
    try:
        articles, problems = load_articles(args.paths, max_bytes=args.max_bytes,
                                           progress=lambda done: progress("reading", done, 0))
    finally:
        progress.close()
    output = render_jsonl(articles) if args.format == "jsonl" else render_text(articles)
    sys.stdout.write(output)
    sys.stdout.flush()
    for problem in problems:
        print(f"{problem_error(problem).one_line()} (skipped)", file=sys.stderr)
    if not articles:
        raise InputError(", ".join(map(str, args.paths)), "no readable articles found")
    return 2 if problems and args.strict else 0


# --- rules ---------------------------------------------------------------------------------------


def _rules_command(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from consistency.rulepack import load_packs

    rules = load_packs(args.rules or None)
    if args.rules_command in (None, "list"):
        width = max((len(r.id) for r in rules), default=10)
        for rule in rules:
            when = "/".join(rule.when)
            print(f"{rule.id:<{width}}  {rule.severity:<7}  {rule.kind:<11}  {when:<19}  {rule.summary}")
        return 0
    if args.rules_command == "explain":
        matches = [r for r in rules if r.id == args.rule_id]
        if not matches:
            import difflib

            close = difflib.get_close_matches(args.rule_id, [r.id for r in rules], n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise ConfigError(f"unknown rule '{args.rule_id}'{hint}; see 'consistency rules list'")
        print(_explain(matches[0]))
        return 0
    if args.rules_command == "test":
        from consistency.engine import run_example

        failures = 0
        total = 0
        for rule in rules:
            for example in rule.examples:
                total += 1
                outcome = run_example(rule, example)
                fired = outcome.status in rule.when
                if fired != example.fires:
                    failures += 1
                    expected = "report" if example.fires else "stay silent"
                    print(f"{rule.path}: {rule.id}: example '{example.name}' should {expected}, got {outcome.status}: {outcome.detail}")
        print(f"{total - failures} passed, {failures} failed")
        return 1 if failures else 0
    parser.error(f"unknown rules action {args.rules_command!r}")
    return 2


def _explain(rule: object) -> str:
    from consistency.checks import CHECKS
    from consistency.rulepack import Rule

    assert isinstance(rule, Rule)
    check = CHECKS[rule.check]
    lines = [
        f"{rule.id} ({rule.severity}, {rule.kind}, reports: {', '.join(rule.when)})",
        "",
        "What it does",
        f"  {rule.summary}",
        "",
        "Why it matters",
        *(f"  {line}" for line in (rule.rationale or "(no rationale given)").strip().splitlines()),
        "",
        f"Check: {check.name}: {check.summary}",
    ]
    for name, param in check.params.items():
        value = rule.params.get(name, param.default)
        lines.append(f"  {name} = {value!r}  ({param.doc})")
    for fires, title in ((True, "Reported (fail)"), (False, "Not reported (pass)")):
        examples = [e for e in rule.examples if e.fires is fires]
        if examples:
            lines += ["", title]
            for example in examples:
                lines.append(f"  {example.name}:")
                for outlet, text, published in example.articles:
                    when = f" [{published.isoformat()}]" if published else ""
                    lines.append(f"    {outlet}{when}: {text}")
    lines += ["", f"Defined in {rule.path}:{rule.line}"]
    return "\n".join(lines)

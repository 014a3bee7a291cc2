"""Find, load and validate YAML rule packs; every error names the file and line.

A rule is data: one YAML mapping (one per file, or a list of them) naming a check
from ``consistency.checks.CHECKS``, its parameters, the statuses it reports, a
severity and a message. Adding a rule of an existing comparison type needs no
Python. Files are parsed with PyYAML's safe loader and validated on the node tree,
so each complaint points at the offending line; duplicate keys are rejected.
"""

from __future__ import annotations

import datetime as dt
import difflib
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from consistency.checks import CHECKS
from consistency.errors import RuleError
from consistency.model import KINDS, SEVERITIES, STATUSES
from consistency.resources import rules_dir
from consistency.yamlnodes import compose_file, line_of, mapping, reject_unknown, value_of

RULE_KEYS = ("id", "summary", "rationale", "kind", "check", "params", "when", "severity", "message", "examples", "enabled")
REQUIRED_KEYS = ("id", "check", "when", "severity", "message", "summary")
MESSAGE_FIELDS = ("slot", "values", "detail", "outlets", "count", "kind", "status", "event", "outlier", "cause")
EXAMPLE_KEYS = ("name", "published", "articles")
EXAMPLE_ARTICLE_KEYS = ("outlet", "published", "text")


@dataclass(frozen=True)
class Example:
    name: str
    articles: tuple[tuple[str, str, dt.date | None], ...]  # (outlet, text, published)
    fires: bool  # True for "fail" examples: the rule must report them


@dataclass(frozen=True)
class Rule:
    id: str
    check: str
    kind: str
    when: tuple[str, ...]
    severity: str
    message: str
    summary: str
    rationale: str = ""
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    examples: tuple[Example, ...] = ()
    enabled: bool = True
    path: str = ""
    line: int = 0


def default_pack() -> Path:
    return rules_dir() / "default"


def load_packs(paths: list[str | Path] | None = None) -> list[Rule]:
    """Load every rule of the given packs (folders of .yaml/.yml files, or single files)."""
    targets = [Path(p) for p in paths] if paths else [default_pack()]
    rules: list[Rule] = []
    for target in targets:
        if target.is_dir():
            files = sorted(p for p in target.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
            if not files:
                raise RuleError(str(target), "no rule files (*.yaml) in this folder")
        elif target.is_file():
            files = [target]
        else:
            raise RuleError(str(target), "no such rule file or folder")
        for path in files:
            rules.extend(load_file(path))
    seen: dict[str, Rule] = {}
    for rule in rules:
        if rule.id in seen:
            first = seen[rule.id]
            raise RuleError(rule.path, f"duplicate rule id '{rule.id}' (first defined at {first.path}:{first.line})", rule.line)
        seen[rule.id] = rule
    return [r for r in rules if r.enabled]


_LOADED: dict[tuple[str, bytes], tuple[Rule, ...]] = {}  # (path, its bytes) -> its rules, in this process
_LOADED_MAX = 256


def load_file(path: Path) -> list[Rule]:
    """The file's rules. Every run of the engine loads its packs, and composing and checking the shipped
    pack's YAML took a quarter of a small run: a process that runs the engine many times (the test suite
    does thousands of runs) reads each file's rules back by its path and bytes, so an edited file is read
    anew. Rules are frozen; the list is the caller's own."""
    name = str(path)
    try:
        raw = path.read_bytes()
    except OSError:
        raw = None  # compose_file says why
    known = _LOADED.get((name, raw)) if raw is not None else None
    if known is not None:
        return list(known)
    node = compose_file(path, raw=raw)
    if node is None:
        raise RuleError(name, "empty rule file")
    if isinstance(node, yaml.SequenceNode):
        rules = [_rule(name, item) for item in node.value]
    else:
        rules = [_rule(name, node)]
    if raw is not None:
        if len(_LOADED) >= _LOADED_MAX:
            _LOADED.clear()
        _LOADED[(name, raw)] = tuple(rules)
    return rules


_line = line_of
_mapping = mapping
_unknown = reject_unknown
_value = value_of


def _scalar(name: str, keys: dict[str, tuple[yaml.Node, yaml.Node]], key: str, kind: type, default: Any = None) -> Any:
    if key not in keys:
        return default
    node = keys[key][1]
    value = _value(name, node)
    if kind is str and isinstance(value, str) and value.strip():
        return value
    if kind is bool and isinstance(value, bool):
        return value
    expected = {str: "a non-empty string", bool: "true or false"}[kind]
    raise RuleError(name, f"'{key}' must be {expected}", _line(node))


def _rule(name: str, node: yaml.Node) -> Rule:
    keys = _mapping(name, node, "a rule")
    _unknown(name, keys, RULE_KEYS, "rule")
    for key in REQUIRED_KEYS:
        if key not in keys:
            raise RuleError(name, f"rule is missing the required key '{key}'", _line(node))
    rule_id = _scalar(name, keys, "id", str)
    if not all(c.isalnum() or c in "-_." for c in rule_id):
        raise RuleError(name, f"rule id '{rule_id}' may hold only letters, digits, '-', '_' and '.'", _line(keys["id"][1]))
    check_name = _scalar(name, keys, "check", str)
    if check_name not in CHECKS:
        close = difflib.get_close_matches(check_name, list(CHECKS), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else f" (known checks: {', '.join(CHECKS)})"
        raise RuleError(name, f"unknown check '{check_name}'{hint}", _line(keys["check"][1]))
    check = CHECKS[check_name]
    kind = _scalar(name, keys, "kind", str, check.kind)
    if kind not in KINDS:
        raise RuleError(name, f"unknown kind '{kind}' (expected one of: {', '.join(KINDS)})", _line(keys["kind"][1]))
    if kind != check.kind:
        raise RuleError(name, f"check '{check_name}' reads {check.kind} facts, not {kind}", _line(keys["kind"][1]))
    when_node = keys["when"][1]
    when_raw = _value(name, when_node)
    when = [when_raw] if isinstance(when_raw, str) else when_raw
    if not isinstance(when, list) or not when or not all(isinstance(s, str) for s in when):
        raise RuleError(name, "'when' must be a status or a list of statuses", _line(when_node))
    for status in when:
        if status not in STATUSES:
            raise RuleError(name, f"unknown status '{status}' in 'when' (expected: {', '.join(STATUSES)})", _line(when_node))
    severity = _scalar(name, keys, "severity", str)
    if severity not in SEVERITIES:
        raise RuleError(name, f"unknown severity '{severity}' (expected: {', '.join(SEVERITIES)})", _line(keys["severity"][1]))
    message = _scalar(name, keys, "message", str)
    _check_message(name, message, _line(keys["message"][1]))
    params = _params(name, keys, check_name)
    examples = _examples(name, keys)
    return Rule(
        id=rule_id,
        check=check_name,
        kind=kind,
        when=tuple(when),
        severity=severity,
        message=message,
        summary=_scalar(name, keys, "summary", str),
        rationale=_scalar(name, keys, "rationale", str, ""),
        params=params,
        examples=examples,
        enabled=_scalar(name, keys, "enabled", bool, True),
        path=name,
        line=_line(node),
    )


def _check_message(name: str, message: str, line: int) -> None:
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(message) if f is not None]
    except ValueError as exc:
        raise RuleError(name, f"message: {exc}", line) from None
    for f in fields:
        if f not in MESSAGE_FIELDS:
            raise RuleError(name, f"message uses unknown placeholder '{{{f}}}' (known: {', '.join(MESSAGE_FIELDS)})", line)


def _params(name: str, keys: dict[str, tuple[yaml.Node, yaml.Node]], check_name: str) -> dict[str, Any]:
    if "params" not in keys:
        return {}
    spec = CHECKS[check_name].params
    params = _mapping(name, keys["params"][1], "params")
    _unknown(name, params, tuple(spec), f"'{check_name}' parameter")
    out: dict[str, Any] = {}
    for key, (_k, value_node) in params.items():
        value = _value(name, value_node)
        wanted = spec[key].type
        ok = isinstance(value, wanted) and not (wanted is not bool and isinstance(value, bool))
        if wanted is float and isinstance(value, int) and not isinstance(value, bool):
            value, ok = float(value), True
        if not ok:
            raise RuleError(name, f"parameter '{key}' must be {wanted.__name__}, not {type(value).__name__}", _line(value_node))
        if spec[key].choices and value not in spec[key].choices:
            raise RuleError(name, f"parameter '{key}' must be one of: {', '.join(spec[key].choices)}", _line(value_node))
        out[key] = value
    return out


def _examples(name: str, keys: dict[str, tuple[yaml.Node, yaml.Node]]) -> tuple[Example, ...]:
    if "examples" not in keys:
        return ()
    groups = _mapping(name, keys["examples"][1], "examples")
    _unknown(name, groups, ("pass", "fail"), "examples")
    out: list[Example] = []
    for group, (_k, seq) in groups.items():
        if not isinstance(seq, yaml.SequenceNode):
            raise RuleError(name, f"examples.{group} must be a list", _line(seq))
        for number, item in enumerate(seq.value, start=1):
            fields = _mapping(name, item, f"examples.{group} item")
            _unknown(name, fields, EXAMPLE_KEYS, "example")
            if "articles" not in fields or not isinstance(fields["articles"][1], yaml.SequenceNode):
                raise RuleError(name, "an example needs 'articles': a list of {outlet, text}", _line(item))
            default_published = _date(name, fields.get("published"))
            articles: list[tuple[str, str, dt.date | None]] = []
            for art in fields["articles"][1].value:
                art_fields = _mapping(name, art, "example article")
                _unknown(name, art_fields, EXAMPLE_ARTICLE_KEYS, "example article")
                text = _scalar(name, art_fields, "text", str)
                if text is None:
                    raise RuleError(name, "an example article needs 'text'", _line(art))
                outlet = _scalar(name, art_fields, "outlet", str, f"Outlet {len(articles) + 1}")
                published = _date(name, art_fields.get("published")) or default_published
                articles.append((outlet, text, published))
            label = _scalar(name, fields, "name", str, f"{group} {number}")
            out.append(Example(name=label, articles=tuple(articles), fires=group == "fail"))
    return tuple(out)


def _date(name: str, entry: tuple[yaml.Node, yaml.Node] | None) -> dt.date | None:
    if entry is None:
        return None
    value = _value(name, entry[1])
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise RuleError(name, "'published' must be a date like 2024-03-11", _line(entry[1]))

"""Read YAML data files (rule packs, frame vocabularies) as node trees, so every error has a line.

Parsed with PyYAML's safe loader; duplicate keys and unknown keys are errors, with a did-you-mean.
Files are composed by libyaml when PyYAML has it (ten times quicker: every run reads the rule pack
and the vocabularies); an invalid file is composed again in Python, whose messages name the problem
more plainly, so the error a user reads does not depend on how PyYAML was built.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

import yaml

from consistency.errors import RuleError

MAX_DATA_FILE_BYTES = 1_000_000


def compose_file(path: Path, what: str = "rule file", raw: bytes | None = None) -> yaml.Node | None:
    """The file's node tree (None when it is empty); unreadable, too large or invalid -> RuleError.
    ``raw``: the file's bytes, when the caller has read them already."""
    name = str(path)
    if raw is None:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise RuleError(name, f"cannot read: {exc.strerror or exc}") from None
    if len(raw) > MAX_DATA_FILE_BYTES:
        raise RuleError(name, f"{what} is larger than {MAX_DATA_FILE_BYTES} bytes")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RuleError(name, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})") from None
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        try:
            return yaml.compose(text, Loader=fast)
        except yaml.YAMLError:
            pass  # the same text again below, for the pure-Python loader's message
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise RuleError(name, f"invalid YAML: {exc.problem or exc.context}", line) from None
    except yaml.YAMLError as exc:
        raise RuleError(name, f"invalid YAML: {exc}") from None


def line_of(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def mapping(name: str, node: yaml.Node, what: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    if not isinstance(node, yaml.MappingNode):
        raise RuleError(name, f"{what} must be a mapping", line_of(node))
    out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for key_node, value_node in node.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if not isinstance(key, str):
            raise RuleError(name, f"{what}: keys must be plain names", line_of(key_node))
        if key in out:
            raise RuleError(name, f"duplicate key '{key}' (first at line {line_of(out[key][0])})", line_of(key_node))
        out[key] = (key_node, value_node)
    return out


def reject_unknown(name: str, keys: dict[str, tuple[yaml.Node, yaml.Node]], allowed: tuple[str, ...], what: str) -> None:
    for key, (key_node, _value) in keys.items():
        if key not in allowed:
            close = difflib.get_close_matches(key, allowed, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else f" (expected one of: {', '.join(allowed)})"
            raise RuleError(name, f"unknown {what} key '{key}'{hint}", line_of(key_node))


def value_of(name: str, node: yaml.Node) -> Any:
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise RuleError(name, f"invalid YAML: {problem}", line_of(node)) from None
    finally:
        loader.dispose()

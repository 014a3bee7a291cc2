"""The rule pack: every rule documents itself, its examples run, and bad rule files name file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from consistency.checks import CHECKS
from consistency.engine import run_example
from consistency.errors import RuleError
from consistency.rulepack import load_file, load_packs

RULES = load_packs()


def test_every_rule_documents_itself() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert rule.summary and rule.rationale, rule.id
        assert any(e.fires for e in rule.examples), f"{rule.id} has no fail example"
        assert any(not e.fires for e in rule.examples), f"{rule.id} has no pass example"
        assert rule.check in CHECKS


def test_every_status_of_every_kind_is_covered() -> None:
    covered = {(r.kind, s) for r in RULES for s in r.when}
    for kind in ("date", "figure", "attribution"):
        for status in ("agree", "compatible", "conflict", "unverified"):
            assert (kind, status) in covered


EXAMPLES = [
    pytest.param(rule, example, id=f"{rule.id}:{'fail' if example.fires else 'pass'}:{example.name}")
    for rule in RULES
    for example in rule.examples
]


@pytest.mark.parametrize(("rule", "example"), EXAMPLES)
def test_rule_examples(rule, example) -> None:  # type: ignore[no-untyped-def]
    outcome = run_example(rule, example)
    assert (outcome.status in rule.when) is example.fires, outcome


GOOD = """\
id: my-date-rule
summary: Dates differ.
check: date-agreement
when: conflict
severity: error
message: "Dates differ for {slot}: {values}"
"""


def write(tmp_path: Path, text: str, name: str = "rule.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_new_rule_needs_no_python(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + "params:\n  tolerance_days: 1\n")
    (rule,) = load_file(path)
    assert rule.id == "my-date-rule" and rule.params == {"tolerance_days": 1}


def test_a_file_read_again_gives_its_rules_and_an_edited_one_its_new_rules(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + "params:\n  tolerance_days: 1\n")
    first = load_file(path)
    first.append(first[0])  # the caller's own list: the next reading does not see this
    (again,) = load_file(path)
    assert again == first[0] and again.params == {"tolerance_days": 1}
    write(tmp_path, GOOD.replace("severity: error", "severity: warning") + "params:\n  tolerance_days: 3\n")
    (edited,) = load_file(path)
    assert (edited.severity, edited.params) == ("warning", {"tolerance_days": 3})
    write(tmp_path, GOOD.replace("severity: error", "severity: fatal"))
    with pytest.raises(RuleError, match="unknown severity 'fatal'"):  # an invalid edit is an error, not the old rules
        load_file(path)
    path.unlink()
    with pytest.raises(RuleError, match="cannot read"):
        load_file(path)


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (GOOD + "parms:\n  tolerance_days: 1\n", 7, "unknown rule key 'parms' (did you mean 'params'?)"),
        (GOOD + "params:\n  tolerance_dayz: 1\n", 8, "unknown 'date-agreement' parameter key 'tolerance_dayz' (did you mean 'tolerance_days'?)"),
        (GOOD + "params:\n  tolerance_days: soon\n", 8, "parameter 'tolerance_days' must be int, not str"),
        (GOOD.replace("date-agreement", "date-agrement"), 3, "unknown check 'date-agrement' (did you mean 'date-agreement'?)"),
        (GOOD.replace("when: conflict", "when: conflicted"), 4, "unknown status 'conflicted'"),
        (GOOD.replace("severity: error", "severity: fatal"), 5, "unknown severity 'fatal'"),
        (GOOD.replace("{slot}", "{slto}"), 6, "unknown placeholder '{slto}'"),
        (GOOD + "id: again\n", 7, "duplicate key 'id' (first at line 1)"),
        (GOOD + "examples: [\n", 8, "invalid YAML"),
        ("- just\n- a list\n", 1, "a rule must be a mapping"),
        (GOOD.replace("severity: error\n", ""), 1, "missing the required key 'severity'"),
    ],
)
def test_rule_errors_name_file_and_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(RuleError) as info:
        load_file(path)
    assert info.value.line == line
    assert message in info.value.one_line()
    assert info.value.one_line().startswith(f"{path}:{line}")


def test_yaml_is_loaded_safely(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("Dates differ.", "!!python/object/apply:os.system ['echo hacked']"))
    with pytest.raises(RuleError, match="invalid YAML"):
        load_file(path)


def test_duplicate_rule_ids_across_files(tmp_path: Path) -> None:
    write(tmp_path, GOOD, "a.yaml")
    write(tmp_path, GOOD, "b.yaml")
    with pytest.raises(RuleError, match="duplicate rule id 'my-date-rule'"):
        load_packs([tmp_path])

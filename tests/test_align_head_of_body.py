"""A person whose role heads or speaks for a body ("chief executive Ivola Drummet") and the body a report
names alone ("Kessra said") are one source under two names when the person's report is about that body;
a head whose role names another body ("head of the Fenwick Ports Authority") is another speaker
(consistency/checks/comparisons.py, ``_speaks_for``).

The articles are invented: a shipping line opening a new route out of Varnholm.
"""

from __future__ import annotations

import datetime as dt

from tests.slot_findings import pair_statuses, run_one_event

DAY = dt.date(2048, 6, 3)
QUOTE = '"Varnholm is where the northern trade turns south,"'

ROUTE = {
    "a": f"Kessra, the shipping line, opened its Varnholm to Selbrig route on Tuesday. {QUOTE} chief executive "
         "Ivola Drummet said as the first ship sailed with 2,400 containers.",
    "b": f"The first Kessra ship left Varnholm for Selbrig on Tuesday with 2,400 containers. {QUOTE} Kessra said "
         "in a statement.",
    "c": f"A new Kessra route from Varnholm to Selbrig opened on Tuesday, its first ship carrying 2,400 "
         f"containers. {QUOTE} said Ansel Pryor, head of the Fenwick Ports Authority.",
}


def test_a_head_and_the_body_her_report_is_about_are_one_source() -> None:
    found = pair_statuses(run_one_event(ROUTE, DAY), "attribution")
    heads = {facts: status for facts, status in found.items() if any(f.startswith("a:") for f in facts)}
    with_body = [status for facts, status in heads.items() if any(f.startswith("b:") for f in facts)]
    with_other = [status for facts, status in heads.items() if any(f.startswith("c:") for f in facts)]
    assert with_body == ["compatible"]
    assert with_other == ["conflict"]

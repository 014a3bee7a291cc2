"""What must not depend on the hash seed, read in processes started under several seeds.

A set iterates in an order that changes with ``PYTHONHASHSEED``, so only a fresh process shows whether a
result followed it. Each process pays the engine's imports (a couple of seconds), so one process a seed
runs every script below and the tests read their own script's outputs from it, instead of each test
starting processes of its own.
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = tuple(range(8))

# name -> a script that prints one line: what a test asserts is the same under every seed.
SCRIPTS: dict[str, str] = {
    # consistency/align.py, ``_join_credits_of_one_claim``: the credits of a sentence that gives two claims.
    "credit slots": """
from consistency.align import _join_credits_of_one_claim
from consistency.model import Alignment, Fact, Quantity

def fact(fid, article, kind, start):
    return Fact(fid, article, kind, "x", start, start + 1, "x", start, start + 1, Quantity(low=1.0, high=1.0))

credits = [fact("c1", "a", "attribution", 0), fact("c2", "b", "attribution", 0), fact("c3", "c", "attribution", 0)]
figures = [fact("n1", "a", "figure", 0), fact("n2", "a", "figure", 0), fact("n3", "b", "figure", 0),
           fact("n4", "c", "figure", 0)]
slots = [([f], False) for f in credits]
claims = [Alignment("s1", "e1", "figure", "one", ("n1", "n3")), Alignment("s2", "e1", "figure", "two", ("n2", "n4"))]
joined = _join_credits_of_one_claim(slots, claims, [*credits, *figures])
print([[f.id for f in slot] for slot, _ in joined])
""",
    # consistency/frames.py: "signed" names a deal and a signing alike.
    "lead happening": """
from consistency.frames import _lead_happening
from consistency.model import Article
from consistency.vocabulary import load_vocabulary
a = Article(id='a', path='a.md', outlet='o', body='Halvik signed with Brask on Monday.')
print(_lead_happening(a, load_vocabulary()).key)
""",
    # The whole pipeline: the JSON report of the bundled example corpus, a public contract, by its digest.
    "examples report": """
import hashlib
from pathlib import Path
from consistency.engine import RunOptions, run
from consistency.report.json_report import render
print(hashlib.sha256(render(run([Path("examples").resolve()], RunOptions(jobs=1))).encode()).hexdigest())
""",
    # consistency/group.py: the options' repr is part of the cache key of a corpus's events.
    "grouping options": """
from consistency.group import GroupingOptions
print(repr(GroupingOptions()))
""",
}

# Runs each script in a namespace of its own and prints {name: its output} as JSON.
_RUNNER = """
import contextlib, io, json, sys
outputs = {}
for name, script in json.loads(sys.stdin.read()).items():
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(script, name, "exec"), {"__name__": "__main__"})
    outputs[name] = printed.getvalue()
print(json.dumps(outputs))
"""


@functools.cache
def outputs_under_seeds() -> dict[str, set[str]]:
    """Each script's outputs over ``SEEDS``: a set of one output when the seed changes nothing."""
    started = [subprocess.Popen([sys.executable, "-c", _RUNNER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, cwd=ROOT,
                                env={**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT)})
               for seed in SEEDS]  # all at once: the test waits for the slowest, not for their sum
    found: dict[str, set[str]] = {name: set() for name in SCRIPTS}
    for seed, process in zip(SEEDS, started, strict=True):
        out, err = process.communicate(json.dumps(SCRIPTS), timeout=300)
        assert process.returncode == 0, f"PYTHONHASHSEED={seed}: {err}"
        for name, printed in json.loads(out).items():
            found[name].add(printed)
    return found

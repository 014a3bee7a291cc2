"""The scale suite's second peak: a process tree's PSS summed counts a page shared after fork once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.tree_memory import TreeMemory, rollup_pss, tree_pss
from consistency.stage_clock import tree_rss

psutil = pytest.importorskip("psutil")

MIB = 2**20

# A parent touches 64 MiB, forks a child that never writes to it, and both wait: every page of the
# block is mapped twice and stored once.
FORKED = """
import os, sys
block = bytearray(64 * 2**20)
for i in range(0, len(block), 4096):
    block[i] = 1
child = os.fork()
if child == 0:
    sys.stdin.read()
    os._exit(0)
print("forked", flush=True)
sys.stdin.read()
os.waitpid(child, 0)
"""


def test_rollup_pss_reads_the_kernels_kilobytes() -> None:
    text = "00400000-7ffd0000 ---p 00000000 00:00 0 [rollup]\nRss:  2048 kB\nPss:  1536 kB\nShared_Clean: 4 kB\n"
    assert rollup_pss(text) == 1536 * 1024
    assert rollup_pss("Rss: 2048 kB\n") is None
    assert rollup_pss("") == 0  # a zombie: no memory of its own


def test_an_unreadable_rollup_counts_rss_and_says_so() -> None:
    def forbidden(pid: int) -> str:
        raise PermissionError(pid)

    me = psutil.Process()
    memory = tree_pss(me, read=forbidden)
    assert not memory.exact
    assert memory.bytes > 0


def test_an_exiting_process_counts_nothing_and_keeps_the_sum_exact() -> None:
    """The kernel answers ESRCH for a zombie's rollup: a worker being replaced, not a missing reading."""

    def exiting(pid: int) -> str:
        raise ProcessLookupError(pid)

    assert tree_pss(psutil.Process(), read=exiting) == TreeMemory(0, True)


def test_a_readable_rollup_is_exact() -> None:
    memory = tree_pss(psutil.Process(), read=lambda pid: "Rss: 900 kB\nPss: 300 kB\n")
    assert memory.exact
    assert memory.bytes == 300 * 1024 * (1 + len(psutil.Process().children(recursive=True)))


@pytest.mark.skipif(not Path("/proc/self/smaps_rollup").exists(), reason="no /proc/PID/smaps_rollup here")
def test_a_forked_childs_shared_pages_are_counted_once_by_pss() -> None:
    with subprocess.Popen([sys.executable, "-c", FORKED], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          text=True) as parent:
        assert parent.stdout is not None and parent.stdin is not None
        assert parent.stdout.readline().strip() == "forked"
        tree = psutil.Process(parent.pid)
        assert len(tree.children()) == 1
        rss, pss = tree_rss(tree), tree_pss(tree)
        parent.stdin.close()
        parent.wait()
    assert pss.exact
    assert rss >= 2 * 64 * MIB  # the block counted once per process
    assert 64 * MIB <= pss.bytes < rss - 48 * MIB  # and once in all

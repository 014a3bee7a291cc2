"""A debugging clock for a run's stages, off unless ``CONSISTENCY_STAGE_TIMES`` is set in the environment.

Scaling a run (issue #12) needs to know which stage grows faster than the corpus and which holds the
peak of memory; the whole command's time and peak do not say. With the variable set, each ``lap``
writes one line to standard error: the stage's wall and CPU seconds since the last lap and the
largest resident memory of this process and its workers, summed, over those seconds (sampled every
50 ms by a thread, as the scale benchmark samples the whole command). ``note`` adds a number (the
largest block, the pairs scored). Unset, a lap costs one dictionary lookup and nothing is written,
so results and reports never depend on it.
"""

from __future__ import annotations

import os
import sys
import threading
import time

ENV = "CONSISTENCY_STAGE_TIMES"


class _Clock:
    def __init__(self) -> None:
        self.wall = time.perf_counter()
        self.cpu = time.process_time()
        self.peak = 0
        self.process: object | None = None
        self.tree = self._tree_cpu()
        self.lock = threading.Lock()
        try:
            import psutil

            self.process = psutil.Process()
        except ImportError:  # no sampling: the peak column stays 0
            self.process = None
            return
        self.tree = self._tree_cpu()
        threading.Thread(target=self._sample, daemon=True).start()

    def _tree_cpu(self) -> float:
        """CPU seconds of this process, its ended workers and its live ones."""
        import resource

        ended = resource.getrusage(resource.RUSAGE_CHILDREN)
        total = time.process_time() + ended.ru_utime + ended.ru_stime
        if self.process is None:
            return total
        import psutil

        assert isinstance(self.process, psutil.Process)
        try:
            for child in self.process.children(recursive=True):
                try:
                    times = child.cpu_times()
                    total += times.user + times.system
                except psutil.Error:
                    pass
        except psutil.Error:
            pass
        return total

    def _rss(self) -> int:
        return tree_rss(self.process)

    def _sample(self) -> None:
        while True:
            rss = self._rss()
            with self.lock:
                self.peak = max(self.peak, rss)
            time.sleep(0.05)

    def lap(self, stage: str) -> None:
        wall, cpu, tree = time.perf_counter(), time.process_time(), self._tree_cpu()
        with self.lock:
            peak, self.peak = self.peak, 0
        if self.process is not None:
            peak = max(peak, self._rss())
        sys.stderr.write(f"stage-time {stage:<24} wall {wall - self.wall:9.2f} s  cpu(main) {cpu - self.cpu:9.2f} s"
                         f"  cpu(all) {tree - self.tree:9.2f} s  peak {peak / 2**20:8.1f} MiB\n")
        sys.stderr.flush()
        self.wall, self.cpu, self.tree = time.perf_counter(), time.process_time(), self._tree_cpu()


_clock: list[_Clock] = []


def _started() -> _Clock | None:
    if not os.environ.get(ENV):
        return None
    if not _clock:
        _clock.append(_Clock())
    return _clock[0]


def lap(stage: str) -> None:
    """End the stage ``stage`` (begun at the last lap or at the first use) and report it, when enabled."""
    clock = _started()
    if clock is not None:
        clock.lap(stage)


def note(what: str, value: object) -> None:
    """Report a number of the run (a block's size), when enabled."""
    if _started() is not None:
        sys.stderr.write(f"stage-note {what}: {value}\n")
        sys.stderr.flush()


def tree_rss(process: object) -> int:
    """The resident memory of a ``psutil.Process`` and all its live children, summed (a worker gone
    between listing and reading counts nothing). The scale benchmark samples a whole command so too."""
    import psutil

    assert isinstance(process, psutil.Process)
    total = 0
    try:
        for p in (process, *process.children(recursive=True)):
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
    except psutil.Error:
        pass
    return total

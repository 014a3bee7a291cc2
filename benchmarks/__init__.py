"""Benchmark harness: scores `consistency` on third-party annotated corpora and times it against peers.

Run ``python -m benchmarks`` (see ``benchmarks/run.py``); the data stays in ``../shared/data``.
"""

"""``python -m benchmarks``: the one entry point of the harness."""

from benchmarks.run import main

raise SystemExit(main())

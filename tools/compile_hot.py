"""Optional build: the extractors' hot modules compiled with mypyc, in place, for a source checkout.

The default install stays pure Python; nothing imports mypyc. Compiled, the modules below read the same
texts to the same extractions (they are ordinary typed Python that mypyc turns into C: calls, loops and
attribute reads get cheaper, the regular expressions run as before). Python imports a module's compiled
file before its source, so after a build ``python -m consistency``, the tests and the benchmark use them;
``--clean`` removes them again (a changed source is not recompiled by itself: build again after an edit).

The attribution extractor's modules are in it too: their content spans are copied through the match's
constructor (a compiled class has no ``__dict__`` to copy), and their data files are found beside the
package's ``__init__`` (a compiled module's ``__file__`` is not its source's path).

Usage, from the checkout's root, with mypy installed (``pip install -e .[compiled]``)::

    python tools/compile_hot.py            # build in place (a few minutes on two cores)
    python tools/compile_hot.py --clean    # back to pure Python
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The modules that the speed profile of all three extractors shows busy, and the small ones they call in
# their loops; the attribution matcher's whole. One group: calls between them stay C calls.
MODULES = [
    "consistency/text.py",
    "consistency/extract/_date_calendar.py",
    "consistency/extract/_date_links.py",
    "consistency/extract/_date_prefilter.py",
    "consistency/extract/_figure_words.py",
    "consistency/extract/_timex.py",
    "consistency/extract/_zones.py",
    "consistency/extract/dates.py",
    "consistency/extract/figures.py",
    "consistency/extract/implied_counts.py",
    "consistency/extract/_attribution_conditions.py",
    "consistency/extract/_attribution_content.py",
    "consistency/extract/_attribution_fixed.py",
    "consistency/extract/_attribution_found.py",
    "consistency/extract/_attribution_learned.py",
    "consistency/extract/_attribution_lexicon.py",
    "consistency/extract/_attribution_lines.py",
    "consistency/extract/_attribution_names.py",
    "consistency/extract/_attribution_nesting.py",
    "consistency/extract/_attribution_passive.py",
    "consistency/extract/_attribution_phrases.py",
    "consistency/extract/_attribution_resolve.py",
    "consistency/extract/_attribution_tokens.py",
    "consistency/extract/attributions.py",
]
GROUP = "consistency.extract._compiled"  # the group's shared library, kept inside the package


def _built() -> list[Path]:
    """The compiled files a build leaves beside the sources."""
    found = [p for m in MODULES for p in (ROOT / m).parent.glob((ROOT / m).stem + ".*.so")]
    found += list((ROOT / "consistency" / "extract").glob("_compiled*.so"))
    return found


def clean() -> None:
    for path in _built():
        path.unlink()
    shutil.rmtree(ROOT / "build" / "mypyc", ignore_errors=True)


def build() -> None:
    from mypyc.build import mypycify  # only this optional build needs mypy
    from setuptools import setup

    clean()
    os.chdir(ROOT)  # an in-place build puts each module's file under the working directory
    extensions = mypycify([str(ROOT / m) for m in MODULES], group_name=GROUP, target_dir=str(ROOT / "build" / "mypyc"))
    setup(
        name="consistency-compiled",
        ext_modules=extensions,
        packages=[],  # the extensions alone: no package discovery (the checkout's rules/ and reports/ stop it)
        script_args=["build_ext", "--inplace", "--build-temp", str(ROOT / "build" / "mypyc" / "temp"),
                     "--build-lib", str(ROOT / "build" / "mypyc" / "lib")],  # under what --clean removes
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clean", action="store_true", help="remove the compiled modules")
    args = parser.parse_args(argv)
    if args.clean:
        clean()
    else:
        build()
        print(f"compiled {len(MODULES)} modules: {len(_built())} files", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

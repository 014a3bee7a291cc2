"""Writing a file so that no reader ever sees half of it: a temporary file beside it, renamed over."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO


def write_atomic(path: Path, text: str | bytes | Callable[[TextIO], None], *, durable: bool = True) -> None:
    """Write ``text`` (bytes as they are, or what the function writes to the handle it is given, in
    pieces) to ``path``.

    The file gets the mode any file the user writes gets (0644 under umask 022), not mkstemp's 0600,
    also when it replaces an earlier one. ``durable`` syncs it to disk before the rename: a report must
    survive a crash; a cache entry need not (a lost entry is only a miss).
    """
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        if isinstance(text, bytes):
            with os.fdopen(fd, "wb") as raw:
                raw.write(text)
                if durable:
                    raw.flush()
                    os.fsync(raw.fileno())
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                if isinstance(text, str):
                    handle.write(text)
                else:
                    text(handle)
                if durable:
                    handle.flush()
                    os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _umask() -> int:  # read at every write: a process may change it between two reports
    mask = os.umask(0o022)  # the only way to read it is to set it; put it straight back
    os.umask(mask)
    return mask

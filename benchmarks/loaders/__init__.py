"""Readers for the annotated corpora: each turns one format into plain ``Doc``/``Span`` data.

Only the standard library is used (``xml.etree``, ``json``, ``csv``); no loader ever writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A gold annotation: ``text[start:end]`` (end exclusive), a label and the annotated value if any."""

    start: int
    end: int
    label: str
    value: str | None = None
    id: str = ""
    attrs: tuple[tuple[str, str], ...] = ()

    def attr(self, name: str, default: str = "") -> str:
        for key, value in self.attrs:
            if key == name:
                return value
        return default


@dataclass(frozen=True)
class Doc:
    """One annotated document: its plain text, gold spans and the creation time (ISO string) if known."""

    id: str
    text: str
    spans: tuple[Span, ...] = ()
    dct: str | None = None
    meta: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

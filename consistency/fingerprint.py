"""A finding's fingerprint: what it says, never where it is said.

Baselines, suppressions and the audit history recognise "the same finding" across runs by it, so it
is built from the rule, the slot's claim and each outlet's normalized value only: no file paths
(files move), no article or fact ids (they are numbered per run), no offsets or line numbers
(unrelated edits shift them). Imports nothing of ours, so every layer may use it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

FINGERPRINT_LENGTH = 16


def fingerprint(rule: str, slot: str, statements: Iterable[tuple[str, str]]) -> str:
    """16 hex digits for ``rule`` on ``slot`` with these ``(outlet, normalized value)`` statements.

    Order and repetition of the statements do not matter; case and spacing of the outlet and
    slot names do not either ("Harbor Post" and "harbor  post" are one outlet).
    """
    said = sorted({f"{_norm(outlet)}={value}" for outlet, value in statements})
    raw = "\x1f".join([rule, _norm(slot), *said])
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:FINGERPRINT_LENGTH]


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())

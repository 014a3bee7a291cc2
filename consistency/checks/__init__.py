"""The few typed comparison algorithms that rules pick by name; rules themselves are YAML data.

A check looks at one slot (one Alignment, with each article's facts in it) and
says agree, compatible, conflict or unverified, with a line of detail. The
literal dict CHECKS is the registry: a rule's ``check:`` key must name one of them.
"""

from __future__ import annotations

from consistency.checks.base import Check, Outcome, Param, SlotFacts
from consistency.checks.comparisons import DATE_AGREEMENT, FIGURE_AGREEMENT, SOURCE_AGREEMENT

CHECKS: dict[str, Check] = {
    DATE_AGREEMENT.name: DATE_AGREEMENT,
    FIGURE_AGREEMENT.name: FIGURE_AGREEMENT,
    SOURCE_AGREEMENT.name: SOURCE_AGREEMENT,
}

__all__ = ["CHECKS", "Check", "Outcome", "Param", "SlotFacts"]

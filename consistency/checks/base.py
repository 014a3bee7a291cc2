"""What every check is: a name, the fact kind it reads, typed parameters, and a compare function."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from consistency.model import Article, Fact, Status


@dataclass(frozen=True)
class Param:
    type: type
    default: object
    doc: str


@dataclass(frozen=True)
class Outcome:
    status: Status
    detail: str  # what differs or matches, in words
    representatives: tuple[str, ...] = ()  # the fact id standing for each article, in article order


# One slot as a check sees it: each article with its facts in the slot.
SlotFacts = Sequence[tuple[Article, Sequence[Fact]]]


@dataclass(frozen=True)
class Check:
    name: str
    kind: str
    summary: str
    params: Mapping[str, Param]
    compare: Callable[[SlotFacts, Mapping[str, object]], Outcome]

    def run(self, slot: SlotFacts, params: Mapping[str, object] | None = None) -> Outcome:
        merged = {name: p.default for name, p in self.params.items()}
        merged.update(params or {})
        return self.compare(slot, merged)

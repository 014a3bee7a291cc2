"""What every check is: a name, the fact kind it reads, typed parameters, and a compare function."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from consistency.model import Article, Fact, PairVerdict, Status, ValueGroup


@dataclass(frozen=True)
class Param:
    type: type
    default: object
    doc: str
    choices: tuple[str, ...] = ()  # for a str parameter: the values it may take


@dataclass(frozen=True)
class Outcome:
    status: Status
    detail: str  # what differs or matches, in words
    representatives: tuple[str, ...] = ()  # the fact id standing for each article, in article order
    cause: str = ""  # the cause of the pairs that decided the status
    groups: tuple[ValueGroup, ...] = ()  # outlets stating the same value, largest first
    pairs: tuple[PairVerdict, ...] = ()  # one verdict per pair of articles
    outlier: str = ""  # "Eastern Ledger gives 2024-04-11; 3 outlets give 2024-04-10"


# One slot as a check sees it: each article with its facts in the slot.
SlotFacts = Sequence[tuple[Article, Sequence[Fact]]]


@dataclass(frozen=True)
class Check:
    name: str
    kind: str
    summary: str
    params: Mapping[str, Param]
    compare: Callable[[SlotFacts, Mapping[str, object]], Outcome]
    # What the whole event tells every slot of this kind (a local clock's offset one report states beside
    # GMT), read once per event from all its facts; its keys join the parameters ``compare`` gets.
    event_context: Callable[[Iterable[Fact]], Mapping[str, object]] | None = None

    def run(
        self, slot: SlotFacts, params: Mapping[str, object] | None = None, context: Mapping[str, object] | None = None
    ) -> Outcome:
        merged = {name: p.default for name, p in self.params.items()}
        merged.update(params or {})
        merged.update(context or {})
        return self.compare(slot, merged)

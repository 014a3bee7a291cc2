"""The records the attribution matcher builds: a chain under construction, a match before its
references are resolved, and the match it returns (``AttributionMatch``, re-exported by
``attributions``). Kept apart so that the stages working on matches (nesting, quotation
followers, reference resolution) share them without importing the scanner.
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.extract._attribution_phrases import _Part, _Phrase
from consistency.model import Attribution


@dataclass
class _Chain:
    """A chain under construction: parts with the cue that introduced each."""

    parts: list[_Part]
    cues: list[tuple[int, int, str]]  # span and normalized text of the cue introducing each part
    spans: list[tuple[int, int]]  # char spans of the source phrases


@dataclass(frozen=True)
class _Found:
    """A match before references are resolved."""

    start: int
    end: int
    cue_start: int
    cue_end: int
    source_start: int
    source_end: int
    parts: tuple[_Part, ...]
    cue: str
    channel: str | None = None
    # Relay links read after the main cue ("..., citing two officials"): (source start, source end, cue
    # start, cue end) of each, kept for benchmarks that count every link as an attribution of its own.
    links: tuple[tuple[int, int, int, int], ...] = ()


def _finish(
    chain: _Chain,
    main_cue: tuple[int, int, str],
    main_source: _Phrase,
    last_tok: int,
    source_span: tuple[int, int] | None = None,
    channel: str | None = None,
) -> tuple[_Found, int]:
    cue = chain.cues[-1]
    points = [cue[0], cue[1]] + [s for span in chain.spans for s in span]
    found = _Found(
        start=min(points),
        end=max(points),
        cue_start=main_cue[0],
        cue_end=main_cue[1],
        source_start=source_span[0] if source_span else main_source.start,
        source_end=source_span[1] if source_span else main_source.end,
        parts=tuple(chain.parts),
        cue=cue[2],
        channel=channel,
    )
    return found, last_tok


@dataclass(frozen=True)
class AttributionMatch:
    """One attribution with the pieces a benchmark scores separately.

    ``cue_start``/``cue_end`` cover the main cue as written ("has also said",
    "according to"); ``source_start``/``source_end`` the noun phrase that cue
    attaches to, descriptors included ("longtime pollster Pat Caddell");
    ``content_start``/``content_end`` what the source is credited with (see
    ``_attribution_content``), empty when nothing is left of the sentence.
    """

    start: int
    end: int
    cue_start: int
    cue_end: int
    source_start: int
    source_end: int
    value: Attribution
    content_start: int = 0
    content_end: int = 0
    # "statement" (what was said, written or found: what claims are credited to) or "intention"
    # (what a source wants, plans or committed to: "Halvik wants to close the quay"), returned only
    # on request, for benchmarks that count inner states as attributions.
    kind: str = "statement"
    # The relay links after the main cue ("..., citing two officials"), each as (source start, source
    # end, cue start, cue end): one attribution each where a corpus counts them apart (PolNeAR does).
    links: tuple[tuple[int, int, int, int], ...] = ()

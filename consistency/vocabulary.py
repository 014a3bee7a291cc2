"""Load the claim-frame vocabularies (measures, happenings, canonical sources) shipped as YAML data.

They live beside the rule packs (``rules/vocabulary/``) so that a newsroom can teach the tool a
new measure ("tonnes of grain shipped"), a new happening or an agency's acronym without Python.
Every error names the file and line, as rule packs do.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from consistency.errors import RuleError
from consistency.resources import rules_dir
from consistency.yamlnodes import compose_file, line_of, mapping, reject_unknown, value_of

MEASURE_KEYS = (
    "label", "words", "hints", "family", "anchor", "units", "needs_unit", "tally", "resolves", "rounding", "growth_per_year",
    "default", "static", "whole", "same_nouns", "acts", "acts_by", "except", "rate_of", "counts_people",
)
ANCHORS = ("place", "person", "counted", "holder")
HAPPENING_KEYS = ("label", "words", "family", "repeats", "defers", "except", "background", "governs")
SOURCE_KEYS = ("name", "aliases", "kind")
SOURCE_KINDS = ("media", "agency", "government", "company", "person", "other")

# Words and numbers; hyphens and apostrophes split ("6.9-magnitude" -> 6.9, magnitude).
WORD_TOKEN = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)*")


def tokens(text: str) -> tuple[str, ...]:
    """Lower-case words and numbers; hyphens and apostrophes split ("6.9-magnitude" -> 6.9, magnitude)."""
    return tuple(m.group().lower() for m in WORD_TOKEN.finditer(text))


@dataclass(frozen=True)
class Measure:
    key: str
    label: str
    words: tuple[tuple[str, ...], ...]  # cue phrases, tokenized
    units: frozenset[str] = frozenset()
    needs_unit: str = ""  # "" (any figure), "unit" (one of `units`), "money" (a currency)
    tally: bool = False
    resolves: bool = False  # a tally that falls as the situation resolves (the missing, homes without power)
    rounding: bool = False
    growth_per_year: float | None = None  # a tally that grows with time only (an age: 1 a year)
    hints: tuple[tuple[str, ...], ...] = ()  # weaker cues
    family: str = ""  # measures one story states as one claim share a slot
    anchor: str = ""  # "place": the claim is relative to a named place; "person", "counted": see measures.yaml
    default: bool = False  # a figure in one of `units` that no word frames is this measure
    static: bool = False  # a property of a place, not of the happening: no evidence of which event
    whole: bool = False  # a count of people or things: never a figure with a fraction
    counts_people: bool = False  # a count of people whatever its figure names: "people" may stand for it
    same_nouns: tuple[tuple[str, str], ...] = ()  # (counted noun, the noun it counts as): homes count as houses
    # What the counted do, right after the figure and its counted noun, that makes the count this measure
    # whatever the noun: "201 deputies backing her" and "188 voting against" count votes, not seats
    acts: tuple[tuple[str, ...], ...] = ()
    # Who may do those acts, as the counted noun ("deputies", "senators"): a crowd "backing the strike" casts
    # no votes. A figure with no counted noun ("188 voting against") is read by its act alone.
    acts_by: tuple[tuple[str, ...], ...] = ()
    # Phrases opened by one of ``words`` in which it names no such measure: "took part" counts no haul
    excepts: tuple[tuple[str, ...], ...] = ()
    # What this measure is the rate of rise of: a step ("rose 3.4 percent") whose subject is one of these
    # ("consumer prices rose 3.4 percent") states this measure (inflation), not a change of something else
    rate_of: tuple[tuple[str, ...], ...] = ()

    def counts_as(self, noun: str) -> str:
        return next((canonical for other, canonical in self.same_nouns if other == noun), noun)

    @property
    def slot_key(self) -> str:
        return self.family or self.key


@dataclass(frozen=True)
class Happening:
    key: str
    label: str
    words: tuple[tuple[str, ...], ...]
    family: str = ""  # happenings one story tells as one incident share a slot
    repeats: bool = False  # statements recur: outlets may date different ones
    defers: bool = False  # a generic word ("began"): any other happening near the date names it instead
    # Phrases opened by one of ``words`` in which it names no such happening: "storms to victory" is a win,
    # not a storm (matched at the cue, as cues are: "storm to" also finds "stormed to", "storming to")
    excepts: tuple[tuple[str, ...], ...] = ()
    # A thing's own past ("built in 1957", "founded in 1998"): read only beside a year before the story's,
    # and never the happening a report is about
    background: bool = False
    # Verbs of this happening that date it through their object: "announced the ban today" dates the
    # announcing, though "ban" stands nearer the date than the verb does
    governs: tuple[tuple[str, ...], ...] = ()

    @property
    def slot_key(self) -> str:
        return self.family or self.key


@dataclass(frozen=True)
class SourceName:
    name: str
    aliases: tuple[str, ...]
    kind: str = "other"


# First word of a cue phrase -> (entry, phrase); see cue_index.
CueIndex = dict[str, list[tuple[str, tuple[str, ...]]]]


def cue_index(entries: Sequence[tuple[str, tuple[tuple[str, ...], ...]]]) -> CueIndex:
    """First word of every cue phrase -> (entry, phrase): one dictionary look-up per word of text.

    A phrase whose first word has five letters or more also matches longer forms ("struck" finds
    "strucken"), so it is filed under its first five letters. Built once per vocabulary.
    """
    index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for name, phrases in entries:
        for phrase in phrases:
            head = phrase[0]
            index.setdefault(head[:5] if len(head) >= 5 else head, []).append((name, phrase))
    return index


@dataclass(frozen=True)
class Vocabulary:
    measures: tuple[Measure, ...]
    happenings: tuple[Happening, ...]
    sources: tuple[SourceName, ...]
    folder: str = ""
    # normalized alias -> canonical entry; filled by load_vocabulary
    source_index: dict[str, SourceName] = field(default_factory=dict, compare=False, hash=False)
    # cue look-ups, derived from the entries once
    measure_cues: CueIndex = field(init=False, compare=False, hash=False, repr=False)
    hint_cues: CueIndex = field(init=False, compare=False, hash=False, repr=False)
    happening_cues: CueIndex = field(init=False, compare=False, hash=False, repr=False)
    # happening key -> its ``Happening.excepts`` (only the entries that have some)
    happening_excepts: dict[str, tuple[tuple[str, ...], ...]] = field(init=False, compare=False, hash=False, repr=False)
    measure_excepts: dict[str, tuple[tuple[str, ...], ...]] = field(init=False, compare=False, hash=False, repr=False)
    # measure key -> positions in ``measures``; unit -> positions of the measures that have it: a figure
    # weighs only the measures its words or its unit name, in the vocabulary's order
    measures_by_key: dict[str, tuple[int, ...]] = field(init=False, compare=False, hash=False, repr=False)
    measures_by_unit: dict[str, tuple[int, ...]] = field(init=False, compare=False, hash=False, repr=False)
    acting: tuple[Measure, ...] = field(init=False, compare=False, hash=False, repr=False)  # those with ``acts``
    rating: tuple[Measure, ...] = field(init=False, compare=False, hash=False, repr=False)  # those with ``rate_of``

    def __post_init__(self) -> None:
        object.__setattr__(self, "measure_cues", cue_index([(m.key, m.words) for m in self.measures]))
        object.__setattr__(self, "hint_cues", cue_index([(m.key, m.hints) for m in self.measures]))
        object.__setattr__(self, "happening_cues", cue_index([(h.key, h.words) for h in self.happenings]))
        object.__setattr__(self, "happening_excepts", {h.key: h.excepts for h in self.happenings if h.excepts})
        object.__setattr__(self, "measure_excepts", {m.key: m.excepts for m in self.measures if m.excepts})
        by_key: dict[str, list[int]] = {}
        by_unit: dict[str, list[int]] = {}
        for n, m in enumerate(self.measures):
            by_key.setdefault(m.key, []).append(n)
            for unit in m.units:
                by_unit.setdefault(unit, []).append(n)
        object.__setattr__(self, "measures_by_key", {k: tuple(v) for k, v in by_key.items()})
        object.__setattr__(self, "acting", tuple(m for m in self.measures if m.acts))
        object.__setattr__(self, "rating", tuple(m for m in self.measures if m.rate_of))
        object.__setattr__(self, "measures_by_unit", {k: tuple(v) for k, v in by_unit.items()})

    def measure(self, key: str) -> Measure | None:
        for m in self.measures:
            if m.key == key or m.slot_key == key:
                return m
        return None

    def happening(self, key: str) -> Happening | None:
        for h in self.happenings:
            if h.key == key or h.slot_key == key:
                return h
        return None


@functools.cache  # asked for each vocabulary a check reads, per pair of figures: built once
def default_folder() -> Path:
    return rules_dir() / "vocabulary"


# The folder a run was given (``--vocabulary``), while its events are aligned and judged: the stages deep in
# alignment and the checks read their vocabularies (measures, change words, date roles, moved figures) with no
# folder in hand, and a newsroom's copy of the folder must reach them all, not the extraction alone.
# A context variable, not a global: each thread of a worker (Dask runs tasks in threads) sees its own task's.
_ACTIVE: contextvars.ContextVar[str | None] = contextvars.ContextVar("vocabulary_folder", default=None)


@contextlib.contextmanager
def active_folder(folder: str | None) -> Iterator[None]:
    """Within this block, vocabularies asked for with no folder come from ``folder`` (None: the shipped one)."""
    token = _ACTIVE.set(folder)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def active() -> str | None:
    """The active folder (None: the shipped one): a key for what a run's vocabularies were read from."""
    return _ACTIVE.get()


def vocabulary_file(name: str) -> Path:
    """The vocabulary file ``name`` of the active folder when it has one, else the shipped one."""
    active = _ACTIVE.get()
    if active:
        path = Path(active) / name
        if path.is_file():
            return path
    return default_folder() / name


def load_vocabulary(folder: str | None = None) -> Vocabulary:
    """The three vocabularies of ``folder`` (default: the active folder, else the shipped ones)."""
    return _load_vocabulary(folder or _ACTIVE.get())


@functools.lru_cache(maxsize=8)
def _load_vocabulary(folder: str | None) -> Vocabulary:
    """Cached: they are read once per run."""
    root = Path(folder) if folder else default_folder()
    if not root.is_dir():
        raise RuleError(str(root), "no such vocabulary folder")
    measures = tuple(_entries(root / "measures.yaml", MEASURE_KEYS, _measure))
    happenings = tuple(_entries(root / "happenings.yaml", HAPPENING_KEYS, _happening))
    sources = tuple(_sources(root / "sources.yaml"))
    from consistency.values import source_key  # the one normalization of source names

    index: dict[str, SourceName] = {}
    for entry in sources:
        for alias in (entry.name, *entry.aliases):
            index.setdefault(source_key(alias), entry)
            index.setdefault(alias.lower(), entry)
    return Vocabulary(measures, happenings, sources, str(root), index)


def _entries(path: Path, allowed: tuple[str, ...], build):  # type: ignore[no-untyped-def]
    name = str(path)
    node = compose_file(path, "vocabulary file")
    if node is None:
        raise RuleError(name, "empty vocabulary file")
    for key, (key_node, value_node) in mapping(name, node, "a vocabulary").items():
        fields = mapping(name, value_node, f"entry '{key}'")
        reject_unknown(name, fields, allowed, f"entry '{key}'")
        if "label" not in fields or "words" not in fields:
            raise RuleError(name, f"entry '{key}' needs 'label' and 'words'", line_of(key_node))
        values = {k: value_of(name, v) for k, (_k, v) in fields.items()}
        if not isinstance(values["label"], str) or not values["label"].strip():
            raise RuleError(name, f"entry '{key}': 'label' must be a non-empty string", line_of(fields["label"][1]))
        if "anchor" in values and values["anchor"] not in ANCHORS:
            raise RuleError(name, f"entry '{key}': 'anchor' must be one of: {', '.join(ANCHORS)}", line_of(fields["anchor"][1]))
        for list_key in ("words", "hints", "units", "except", "acts", "acts_by", "rate_of"):
            if list_key in values and not is_word_list(values[list_key]):
                raise RuleError(name, f"entry '{key}': '{list_key}' must be a list of strings", line_of(fields[list_key][1]))
        for flag in (
            "tally", "resolves", "rounding", "repeats", "default", "static", "defers", "whole", "background", "counts_people",
        ):
            if flag in values and not isinstance(values[flag], bool):
                raise RuleError(name, f"entry '{key}': '{flag}' must be true or false", line_of(fields[flag][1]))
        if "growth_per_year" in values and (
            isinstance(values["growth_per_year"], bool) or not isinstance(values["growth_per_year"], int | float)
        ):
            raise RuleError(name, f"entry '{key}': 'growth_per_year' must be a number", line_of(fields["growth_per_year"][1]))
        if "same_nouns" in values and not (
            isinstance(values["same_nouns"], list) and all(is_word_list(group) for group in values["same_nouns"])
        ):
            raise RuleError(name, f"entry '{key}': 'same_nouns' must be a list of lists of nouns", line_of(fields["same_nouns"][1]))
        if "needs_unit" in values and values["needs_unit"] not in (True, False, "money"):
            raise RuleError(name, f"entry '{key}': 'needs_unit' must be true, false or money", line_of(fields["needs_unit"][1]))
        yield build(key, values)


def is_word_list(value: object) -> bool:
    """A YAML list of non-blank strings (a vocabulary's list of words or phrases)."""
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


def _phrases(words: list[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(t for t in (tokens(w) for w in words) if t)


def _measure(key: str, values: dict[str, object]) -> Measure:
    needs = values.get("needs_unit", False)
    return Measure(
        key=key,
        label=str(values["label"]).strip(),
        words=_phrases(values["words"]),  # type: ignore[arg-type]
        units=frozenset(values.get("units", ())),  # type: ignore[call-overload]
        needs_unit="money" if needs == "money" else ("unit" if needs is True else ""),
        tally=bool(values.get("tally", False)),
        resolves=bool(values.get("resolves", False)),
        rounding=bool(values.get("rounding", False)),
        growth_per_year=float(values["growth_per_year"]) if "growth_per_year" in values else None,  # type: ignore[arg-type]
        hints=_phrases(values.get("hints", [])),  # type: ignore[arg-type]
        family=str(values.get("family", "") or ""),
        anchor=str(values.get("anchor", "") or ""),
        default=bool(values.get("default", False)),
        static=bool(values.get("static", False)),
        whole=bool(values.get("whole", False)),
        counts_people=bool(values.get("counts_people", False)),
        same_nouns=tuple(
            (noun.strip().lower(), group[0].strip().lower())
            for group in values.get("same_nouns", [])  # type: ignore[attr-defined]
            for noun in group
        ),
        acts=_phrases(values.get("acts", [])),  # type: ignore[arg-type]
        acts_by=_phrases(values.get("acts_by", [])),  # type: ignore[arg-type]
        excepts=_phrases(values.get("except", [])),  # type: ignore[arg-type]
        rate_of=_phrases(values.get("rate_of", [])),  # type: ignore[arg-type]
    )


def _happening(key: str, values: dict[str, object]) -> Happening:
    family = values.get("family", "")
    return Happening(
        key=key, label=str(values["label"]).strip(), words=_phrases(values["words"]),  # type: ignore[arg-type]
        family=str(family or ""),
        repeats=bool(values.get("repeats", False)),
        defers=bool(values.get("defers", False)),
        excepts=_phrases(values.get("except", [])),  # type: ignore[arg-type]
        background=bool(values.get("background", False)),
        governs=_phrases(values.get("governs", [])),  # type: ignore[arg-type]
    )


def _sources(path: Path) -> list[SourceName]:
    name = str(path)
    node = compose_file(path, "vocabulary file")
    if node is None:
        return []
    if not isinstance(node, yaml.SequenceNode):
        raise RuleError(name, "the sources vocabulary must be a list of entries", line_of(node))
    out = []
    seen: dict[str, str] = {}  # lower-cased name or alias -> the entry it names
    for item in node.value:
        fields = mapping(name, item, "a source entry")
        reject_unknown(name, fields, SOURCE_KEYS, "source entry")
        values = {k: value_of(name, v) for k, (_k, v) in fields.items()}
        if not isinstance(values.get("name"), str) or not values["name"].strip():
            raise RuleError(name, "a source entry needs a 'name'", line_of(item))
        aliases = values.get("aliases", [])
        if not is_word_list(aliases):
            raise RuleError(name, "'aliases' must be a list of strings", line_of(fields["aliases"][1]))
        kind = values.get("kind", "other")
        if kind not in SOURCE_KINDS:
            raise RuleError(name, f"unknown source kind '{kind}' (expected: {', '.join(SOURCE_KINDS)})",
                            line_of(fields["kind"][1]))
        for alias_node in [fields["name"][1], *(fields["aliases"][1].value if "aliases" in fields else [])]:
            alias = str(alias_node.value).strip().lower()
            if alias in seen and seen[alias] != values["name"].strip():
                raise RuleError(name, f"'{alias_node.value}' already names '{seen[alias]}'; one name cannot stand for two sources",
                                line_of(alias_node))
            seen[alias] = values["name"].strip()
        out.append(SourceName(values["name"].strip(), tuple(aliases), str(kind)))
    return out

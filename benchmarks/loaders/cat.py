"""CAT XML (ECB+, Event StoryLine, MEANTIME): tokens, mentions, instances and relations -> plain text with offsets.

The corpora ship tokens, not text. We rebuild a readable text (one sentence per line, spaces
between tokens except around punctuation that is normally attached) and keep each token's
character span, so a mention's span is ``text[first token start:last token end]``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

# Punctuation written without a space before it / after it in running English text.
_NO_SPACE_BEFORE = frozenset(
    {",", ".", ":", ";", "!", "?", ")", "]", "}", "%", "''", "”", "’", "...", "…",
     "'s", "'S", "’s", "n't", "'re", "'ve", "'ll", "'d", "'m"}
)
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "``", "“", "‘", "#"})
# Joiners inside words and numbers ("30-year", "10/1/2018"): no space on either side.
_JOINERS = frozenset({"-", "/"})
_MINUTES = re.compile(r"\d+(?:[ap]\.?m\.?)?\Z", re.IGNORECASE)  # the minutes of a clock time, "am"/"pm" glued


@dataclass(frozen=True)
class Mention:
    """A markable anchored to tokens: its tag (``TIME_DATE``, ``TIMEX3``, ``VALUE``...) and span."""

    m_id: str
    tag: str
    t_ids: tuple[str, ...]
    start: int
    end: int
    sentence: str
    attrs: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Relation:
    tag: str
    attrs: dict[str, str]
    sources: tuple[str, ...]
    targets: tuple[str, ...]


@dataclass
class CatDoc:
    """One CAT document with its rebuilt text; ``tokens`` maps t_id -> (start, end, sentence)."""

    name: str
    attrs: dict[str, str]
    text: str
    tokens: dict[str, tuple[int, int, str]]
    sentences: dict[str, tuple[int, int]]
    mentions: dict[str, Mention]
    instances: dict[str, dict[str, str]]
    relations: list[Relation]

    def cross_doc_instance(self) -> dict[str, str]:
        """m_id of each mention -> the cross-document instance id it corefers with."""
        out: dict[str, str] = {}
        for rel in self.relations:
            if rel.tag != "CROSS_DOC_COREF":
                continue
            note = rel.attrs.get("note", "")
            if not note and rel.targets:
                note = self.instances.get(rel.targets[0], {}).get("instance_id", "")
            for source in rel.sources:
                out[source] = note
        return out


def detokenize(sentences: Iterable[tuple[str, list[tuple[str, str]]]]) -> tuple[str, dict[str, tuple[int, int, str]], dict[str, tuple[int, int]]]:
    """Join ``(sentence id, [(t_id, token)...])`` into text; return it with token and sentence spans."""
    parts: list[str] = []
    length = 0
    tokens: dict[str, tuple[int, int, str]] = {}
    spans: dict[str, tuple[int, int]] = {}
    for sentence, toks in sentences:
        if parts:
            parts.append("\n")
            length += 1
        sentence_start = length
        previous: str | None = None
        before_previous: str | None = None
        open_quote = False
        for t_id, token in toks:
            token = " ".join(token.split()) or "_"  # a token is never empty nor contains a newline
            space = previous is not None
            if previous is not None:
                if token in _NO_SPACE_BEFORE or token in _JOINERS or previous in _NO_SPACE_AFTER or previous in _JOINERS:
                    space = False
                if token == '"':
                    space = not open_quote
                elif previous == '"' and open_quote:
                    space = False
                if previous == ":" and _MINUTES.match(token) and (before_previous or "").isdigit():
                    space = False  # a clock time: "4 : 59" -> "4:59", "5 : 03pm" -> "5:03pm"
                if previous == "." and token.isdigit() and (before_previous or "").isdigit():
                    space = False  # a decimal cut in three inside one sentence: "4 . 6" -> "4.6"
            if token == '"':
                open_quote = not open_quote
            if space:
                parts.append(" ")
                length += 1
            tokens[t_id] = (length, length + len(token), sentence)
            parts.append(token)
            length += len(token)
            before_previous, previous = previous, token
        spans[sentence] = (sentence_start, length)
    return "".join(parts), tokens, spans


def parse_cat(path: str | Path, drop_sentences: Iterable[str] = ()) -> CatDoc:
    """Read one CAT XML file; tokens of ``drop_sentences`` are left out of the text (and their mentions)."""
    root = ET.parse(path).getroot()
    dropped = set(drop_sentences)
    by_sentence: dict[str, list[tuple[str, str]]] = {}
    order: list[str] = []
    for tok in root.iter("token"):
        sentence = tok.get("sentence", "0")
        if sentence in dropped:
            continue
        if sentence not in by_sentence:
            by_sentence[sentence] = []
            order.append(sentence)
        by_sentence[sentence].append((tok.get("t_id", ""), tok.text or ""))
    text, tokens, sentences = detokenize((s, by_sentence[s]) for s in order)

    mentions: dict[str, Mention] = {}
    instances: dict[str, dict[str, str]] = {}
    markables = root.find("Markables")
    for element in markables if markables is not None else ():
        m_id = element.get("m_id", "")
        anchors = [a.get("t_id", "") for a in element.iter("token_anchor")]
        attrs = dict(element.attrib)
        if not anchors:
            instances[m_id] = attrs
            continue
        kept = [t for t in anchors if t in tokens]
        if not kept:
            continue  # anchored only in a dropped sentence
        start = min(tokens[t][0] for t in kept)
        end = max(tokens[t][1] for t in kept)
        mentions[m_id] = Mention(m_id, element.tag, tuple(kept), start, end, tokens[kept[0]][2], attrs)

    relations: list[Relation] = []
    rel_root = root.find("Relations")
    for element in rel_root if rel_root is not None else ():
        relations.append(
            Relation(
                element.tag,
                dict(element.attrib),
                tuple(s.get("m_id", "") for s in element.findall("source")),
                tuple(t.get("m_id", "") for t in element.findall("target")),
            )
        )
    name = root.get("doc_name") or Path(path).name
    return CatDoc(name, dict(root.attrib), text, tokens, sentences, mentions, instances, relations)

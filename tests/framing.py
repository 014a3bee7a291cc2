"""The frames a sentence's facts are read as stating: shared by the frames tests (each with its own day)."""

from __future__ import annotations

import datetime as dt

from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.model import Article, Fact, Frame


def framed(text: str, published: dt.date | None, article_id: str = "a1", outlet: str = "Harrow Gazette") -> list[Fact]:
    article = Article(id=article_id, path=f"{article_id}.txt", outlet=outlet, body=text, published=published)
    facts, _ = extract_facts(article)
    return frame_facts(article, facts)


def frame_of(text: str, fact_text: str, published: dt.date | None) -> Frame:
    """The frame of the one fact whose text is exactly ``fact_text``."""
    facts = [f for f in framed(text, published) if f.text == fact_text]
    assert len(facts) == 1, [(f.kind, f.text) for f in framed(text, published)]
    assert facts[0].frame is not None
    return facts[0].frame

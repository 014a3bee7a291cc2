"""An article that gives a happening's clock in one sentence and its day in another (consistency/align.py,
``_completes_clock``). The articles are invented: a footbridge collapse in the town of Orvelle."""

from __future__ import annotations

import datetime as dt

from consistency.align import align_event
from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.model import Alignment, Article, Event, Fact

DAY = dt.date(2031, 6, 14)  # a Saturday

TEXTS = {
    "a": "# Footbridge collapses in Orvelle\n\nA footbridge over the Sarre collapsed in Orvelle on Thursday, "
         "the mayor said. It fell at 16:20, when the market was closing.",
    "b": "# Orvelle bridge toll rises\n\nThe footbridge collapsed on Thursday afternoon, officials said.",
    "c": "# Mourning in Orvelle\n\nThe toll from Wednesday's collapse of the Orvelle footbridge rose to four, the "
         "fire service said. The bridge came down at 16:20.",
}


def aligned_dates(texts: dict[str, str], label: str) -> tuple[list[Fact], list[Alignment]]:
    """The date facts of one event's invented articles and the slots they align into."""
    articles = {aid: Article(id=aid, path=f"{aid}.md", outlet=aid.upper(), body=text, published=DAY)
                for aid, text in texts.items()}
    facts: list[Fact] = []
    for article in articles.values():
        found, _ = extract_facts(article, id_prefix=f"{article.id}.")
        facts.extend(f for f in frame_facts(article, found) if f.kind == "date")
    return facts, align_event(Event(id="e1", article_ids=tuple(articles), label=label), articles, facts)


def test_a_day_given_apart_from_its_clock_is_that_article_s_version_of_the_day() -> None:
    facts, slots = aligned_dates(TEXTS, "Footbridge collapse in Orvelle")
    by_id = {f.id: f for f in facts}
    wednesday = next(f for f in facts if f.text == "Wednesday")
    thursday = next(f for f in facts if f.article_id == "a" and f.text == "Thursday")
    (slot,) = [s for s in slots if wednesday.id in s.fact_ids]
    assert thursday.id in slot.fact_ids, [(by_id[i].article_id, by_id[i].text) for i in slot.fact_ids]


CONVERTED = {
    "a": "# Ferry runs aground off Orvelle\n\nThe ferry Sarre Star ran aground off Orvelle early on Thursday, the "
         "coastguard said. The 180-metre ferry grounded at 0140 GMT (3:40 a.m. local time) on a sandbank.",
    "b": "# Orvelle ferry stuck on sandbank\n\nThe Sarre Star ran aground shortly before 4 a.m. on Thursday, "
         "the harbour master said.",
    "c": "# Sarre Star aground\n\nThe ferry hit the sandbank off Orvelle at 1:40 a.m. local time on Thursday.",
}


def test_a_reading_and_its_conversion_in_brackets_are_one_claim() -> None:
    """ "0140 GMT (3:40 a.m. local time)" is one moment twice: the bracket is no further claim of its
    article, so every outlet's reading of the grounding shares one slot."""
    facts, slots = aligned_dates(CONVERTED, "Ferry aground off Orvelle")
    local = next(f for f in facts if f.text.startswith("3:40"))
    hedged = next(f for f in facts if f.article_id == "b" and "4 a.m." in f.text)
    (slot,) = [s for s in slots if local.id in s.fact_ids]
    gmt = next(f for f in facts if "0140 GMT" in f.text)
    assert {gmt.id, hedged.id} <= set(slot.fact_ids)


CONVERTED_AFTER = {
    "a": "# Ferry runs aground off Orvelle\n\nThe ferry Quenby Star ran aground off Orvelle overnight, the "
         "coastguard said. The 180-metre ferry ran aground at 0140 GMT (3:40 a.m. local time) on a sandbank.",
    "b": "# Orvelle ferry stuck on sandbank\n\nThe ferry Quenby Star ran aground on a sandbank off Orvelle at 3:40 "
         "a.m., the harbour master said.",
    "c": "# Quenby Star aground\n\nThe Quenby Star ferry ran aground off Orvelle at 3:40 a.m. local time.",
}


def test_a_reading_stays_with_its_conversion_when_only_the_conversion_meets_the_others() -> None:
    """The other outlets give the local 3:40 a.m.: the wire's "0140 GMT" before its bracket is the same
    moment, so it joins them with its bracket rather than standing alone."""
    facts, slots = aligned_dates(CONVERTED_AFTER, "Ferry aground off Orvelle")
    gmt = next(f for f in facts if "0140 GMT" in f.text)
    local = next(f for f in facts if f.article_id == "a" and f.text.startswith("3:40"))
    (slot,) = [s for s in slots if local.id in s.fact_ids]
    assert gmt.id in slot.fact_ids

"""A figure whose words right before it say it restates another figure's claim in its sentence (consistency/frames.py,
``_restated_figures``), and the slot it then shares with that claim (consistency/align.py).

The articles are invented: a marsh's wintering geese, a ferry line's delays, a council's bill for a flood.
"""

from __future__ import annotations

import datetime as dt

from consistency.engine import run_articles
from consistency.frames import restates
from consistency.model import Article
from tests.framing import frame_of, framed

DAY = dt.date(2034, 2, 11)


def test_a_verb_of_counting_with_no_object_restates_the_count_before_it() -> None:
    text = "The Threxton Trust gives 52,000 geese, but the county ringing group counted nearer 38,000 from the dykes."
    assert frame_of(text, "nearer 38,000", DAY).key == frame_of(text, "52,000", DAY).key


def test_a_correction_restates_the_claim_whatever_noun_follows() -> None:
    text = "The ferry company said sailings were cancelled 9 times in January, not the 25 the islanders count."
    frame = frame_of(text, "25", DAY)
    assert frame.key == frame_of(text, "9", DAY).key
    facts = {f.text: f for f in framed(text, DAY) if f.kind == "figure"}
    assert restates(facts["9"], facts["25"])


def test_the_claim_named_again_takes_its_measure_and_unit() -> None:
    text = "The council put the repairs at 2.6 million euros, but the tenants' union says the real total is nearer 4 million."
    assert frame_of(text, "nearer 4 million", DAY).key == frame_of(text, "2.6 million euros", DAY).key


def test_a_figure_of_another_measure_framed_by_its_own_words_keeps_its_frame() -> None:
    text = "The storm left 14 people injured, and the toll of 3 dead may rise."
    assert frame_of(text, "3", DAY).key != frame_of(text, "14", DAY).key


def test_a_bare_figure_after_but_is_no_restatement() -> None:
    text = "The yard employs 420 people, but 60 were sent home on Monday."
    assert frame_of(text, "60", DAY).key != frame_of(text, "420", DAY).key


def test_the_restated_figure_meets_the_other_outlets_version_of_the_claim() -> None:
    bodies = {
        "wire": "THREXTON, Feb 11 - About 52,000 geese wintered on the Threxton marsh this year, the Threxton "
        "Trust said on Saturday.",
        "paper": "The Threxton marsh held 52,000 wintering geese this year, according to the trust's count.",
        "radio": "The Threxton Trust gives 52,000 geese, but the county ringing group counted nearer 38,000 from "
        "the dykes.",
    }
    published = dt.datetime(2034, 2, 11, 18, 0)
    articles = [Article(id=k, path=f"{k}.md", outlet=k, body=v, published=published) for k, v in bodies.items()]
    result = run_articles(articles)
    facts = {f.id: f for f in result.facts}
    slots = [
        {f"{facts[i].article_id}:{facts[i].text}" for i in s.fact_ids} for s in result.alignments if s.kind == "figure"
    ]
    assert any({"radio:nearer 38,000", "wire:About 52,000"} <= slot for slot in slots)

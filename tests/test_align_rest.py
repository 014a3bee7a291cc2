"""An article's further figure and the slots it may join (consistency/align.py, ``_attach_rest``).

The articles are invented: a series of quakes near the town of Velmora.
"""

from __future__ import annotations

import datetime as dt

from consistency import align
from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.model import Article, Fact

DAY = dt.date(2031, 3, 5)


def figures(article_id: str, text: str) -> list[Fact]:
    article = Article(id=article_id, path=f"{article_id}.txt", outlet=article_id, body=text, published=DAY)
    facts, _ = extract_facts(article, id_prefix=f"{article_id}.")
    return [f for f in frame_facts(article, facts) if f.kind == "figure"]


def attach(rest: Fact, slot: list[Fact], *other_slots: list[Fact]) -> list[Fact]:
    """Offer ``rest`` to ``slot`` (beside the frame's ``other_slots``); returns what joined nowhere."""
    facts = [rest, *slot, *(f for other in other_slots for f in other)]
    contexts = align._contexts(facts)
    idf = align._idf(contexts.values())
    vectors = {fid: align._vector(bag, idf) for fid, bag in contexts.items()}
    measures = {fid: align._measure(vec) for fid, vec in vectors.items()}
    return align._attach_rest([rest], [slot, *other_slots], vectors, measures, align.AlignOptions())


MAIN = [
    figures("b", "A magnitude 4.2 earthquake struck near Velmora on Sunday morning, the survey said.")[0],
    figures("c", "The 4.2-magnitude tremor shook the valley near Velmora on Sunday morning.")[0],
]


def test_a_close_further_figure_joins_as_another_version() -> None:
    (further,) = figures("a", "A magnitude 4.3 earthquake struck near Velmora on Sunday morning, the survey said.")
    assert attach(further, list(MAIN)) == []


# A fourth outlet that gave only another quake of the series: the main quake's slot misses two outlets.
OTHER = [figures("d", "A magnitude 3.1 quake hit the coast near Velmora a week earlier.")[0]]


def test_a_far_further_figure_in_other_words_is_another_claim() -> None:
    # The article gave the main quake elsewhere; its 2.0 is a smaller quake of the series.
    (further,) = figures("a", "Later a small quake of magnitude 2.0 shook the hills near Velmora.")
    assert attach(further, list(MAIN), list(OTHER)) == [further]


def test_a_far_figure_of_the_one_outlet_missing_from_a_claim_is_its_version() -> None:
    # Every other outlet gives the main quake and this one alone does not: its further value of the
    # frame, in a sentence that says enough of what theirs say, is its version of it, in conflict.
    (further,) = figures("a", "Later a small quake of magnitude 2.0 shook the hills near Velmora.")
    assert attach(further, list(MAIN)) == []


def test_a_far_further_figure_in_the_same_words_is_a_version_in_conflict() -> None:
    (further,) = figures("a", "A magnitude 2.0 earthquake struck near Velmora on Sunday morning, the survey said.")
    assert attach(further, list(MAIN)) == []

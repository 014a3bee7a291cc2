"""An event's task empties the caches alignment and the checks filled with its sentences and facts.

They served that event's pairs only; held on, they kept every event's sentences in the worker for the
rest of its life. Emptying them must not change an event's results.
"""

from __future__ import annotations

import pytest

from consistency import align, text
from consistency.event_results import _EVENT_CACHES, forget_event_caches, packed
from consistency.spool import from_bytes


def _filling_stage(task: object) -> tuple[list[object], list[object]]:
    """A stage that reads through two of the caches, as alignment does."""
    align._ages_in("The driver, aged 54, and a passenger, 37, were hurt.")
    text.stem("flooding")
    return [], []


def test_an_events_task_leaves_its_caches_empty() -> None:
    _filling_stage(None)
    assert align._ages_in.cache_info().currsize and text.stem.cache_info().currsize
    count, pickled = packed(None, stage=_filling_stage)  # type: ignore[arg-type]
    assert (count, from_bytes(pickled)) == (0, ([], []))
    assert all(cached.cache_info().currsize == 0 for cached in _EVENT_CACHES)


def test_every_listed_cache_can_be_emptied_and_reads_again_as_before() -> None:
    before = align._ages_in("Two boys, aged 12 and 14, were rescued."), text.stem("rescued")
    forget_event_caches()
    assert all(cached.cache_info().currsize == 0 for cached in _EVENT_CACHES)
    assert (align._ages_in("Two boys, aged 12 and 14, were rescued."), text.stem("rescued")) == before


def test_the_time_a_report_speaks_for_is_the_same_held_or_read_again() -> None:
    # ``comparisons._reported`` holds its answer by the article and the fact; the answer is the one read afresh,
    # for an "as of" phrase and for none, and emptying the event caches drops what it held.
    import datetime as dt

    from consistency.checks import comparisons
    from consistency.model import Article, Fact, Quantity

    body = "As of Tuesday evening, 40 people had been rescued from the Kessavo mine.\nThe mine reopened."
    article = Article("a1", "a1.md", "Kessavo Courier", body, published=dt.datetime(2025, 3, 6, 9, 0))
    sentence = body.split("\n")[0]
    at = sentence.index("40")
    told = Fact("f1", "a1", "figure", "40", at, at + 2, sentence, 0, len(sentence), Quantity(40, 40))
    plain = Fact("f2", "a1", "figure", "40", 0, 2, "40 reopened.", 0, 12, Quantity(40, 40))
    forget_event_caches()
    for fact in (told, plain):
        side = comparisons._Side(article, fact, "40")
        fresh = comparisons._read_reported(side)
        assert comparisons._reported(side) == fresh == comparisons._reported(comparisons._Side(article, fact, "40"))
    assert comparisons._reported(comparisons._Side(article, told, "40")).published != article.published
    assert comparisons._reported(comparisons._Side(article, plain, "40")) is article
    assert comparisons._reported_of
    forget_event_caches()
    assert not comparisons._reported_of


def test_a_figures_scope_cues_are_the_ones_read_afresh_and_dropped_with_the_event() -> None:
    # ``comparisons._scope_cues`` holds a figure's wider, narrower, part and whole cues by the fact: the same as
    # reading them again
    from consistency.checks import comparisons
    from consistency.checks.scope_words import told_as_parts, told_as_wholes, told_narrower, told_wider
    from consistency.model import Fact, Quantity

    said = [
        "The Bloumbidale co-operative packed 3,400 crates worldwide last season.",
        "The Bloumbidale co-operative packed 900 crates owned by the port.",
        "The Bloumbidale co-operative packed 2,100 crates.",
    ]
    facts = []
    for n, sentence in enumerate(said):
        figure = sentence.split(" packed ")[1].split(" crates")[0]
        at = sentence.index(figure)
        low = float(figure.replace(",", ""))
        facts.append(Fact(f"k{n}", f"a{n}", "figure", figure + " crates", at, at + len(figure) + 7, sentence, 0,
                          len(sentence), Quantity(low, low, counted="crates")))
    forget_event_caches()
    for fact in facts:
        afresh = (told_wider(fact), told_narrower(fact), told_as_parts(fact), told_as_wholes(fact))
        assert comparisons._scope_cues(fact) == afresh
        assert comparisons._scope_cues(fact) == afresh  # held the second time
    assert comparisons._scope_cues(facts[0])[0] and comparisons._scope_cues(facts[1])[1]
    assert comparisons._scope_cues(facts[2]) == ("", "", frozenset(), frozenset())
    assert comparisons._scope_of
    forget_event_caches()
    assert not comparisons._scope_of


def test_figure_holders_readings_are_the_same_held_or_read_again_and_go_with_the_event() -> None:
    # The figure holders' readings are held by sentence; emptied after each event, a sentence is read afresh alike.
    from consistency import figure_holders
    from consistency.model import Fact, Quantity

    sentence = "Bralmoth signed Zeglindar Vurenzhak's four-year deal, and 12 staff were told on Monday."
    at = sentence.index("four")
    fact = Fact("h1", "a1", "figure", "four-year", at, at + 9, sentence, 0, len(sentence), Quantity(4, 4, unit="year"))
    forget_event_caches()
    read = (figure_holders.holder(fact), figure_holders.common_words([sentence]),
            figure_holders.capitalised_inside([sentence]), figure_holders._writes(sentence, "vurenzhak"))
    assert read[0] == "zeglindar vurenzhak" and read[3]
    assert figure_holders._written_holder.cache_info().currsize and figure_holders._folded_words.cache_info().currsize
    forget_event_caches()
    assert all(cached.cache_info().currsize == 0 for cached in (
        figure_holders._written_holder, figure_holders._capitalised_in, figure_holders._lower_in,
        figure_holders._folded_words))
    assert (figure_holders.holder(fact), figure_holders.common_words([sentence]),
            figure_holders.capitalised_inside([sentence]), figure_holders._writes(sentence, "vurenzhak")) == read


def test_alignment_leaves_no_pair_relations_behind_and_aligns_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    # The relations of an event's fact pairs grow with the square of its facts; once its slots are made they are
    # dropped (``align._forget_relations``), and an event aligned again, with relations filled by another first,
    # gives the same slots.
    import datetime as dt

    from consistency.engine import extract_facts
    from consistency.frames import frame_facts
    from consistency.model import Article, Event

    relation_of = align._relation_of
    texts = (
        "The ferry left the harbour at 6 a.m. on Monday with 212 passengers and 14 crew, the operator said. "
        "By Tuesday 30 passengers had been treated for minor injuries.",
        "On Monday morning the ferry sailed with 214 passengers and 12 crew aboard, according to the port authority. "
        "Some 35 passengers were treated on Tuesday, a nurse said.",
        "A ferry carrying about 200 passengers left the harbour early on Monday, officials said. "
        "Thirty passengers were hurt, and the ferry returned on Wednesday.",
    )
    articles, facts = {}, []
    for n, body in enumerate(texts):
        article = Article(id=f"a{n}", path=f"a{n}.txt", outlet=f"Outlet {n}", body=body,
                          published=dt.date(2031, 5, 6))
        found, _ = extract_facts(article, id_prefix=f"a{n}.")
        articles[article.id] = article
        facts += frame_facts(article, found)
    event = Event(id="e1", label="ferry", article_ids=tuple(articles))
    asked = []
    monkeypatch.setattr(align, "_relation_of", lambda a, b: asked.append((a, b)) or relation_of(a, b))
    first = align.align_event(event, articles, facts)
    assert asked  # (the event's pairs were weighed)
    assert not align._RELATIONS and not align._VALUE_RELATIONS
    align._relation(facts[0], facts[1])  # (a relation held over from elsewhere changes nothing)
    assert align.align_event(event, articles, facts) == first
    assert not align._RELATIONS and not align._VALUE_RELATIONS

"""A huge article is extracted in pieces: the cuts, the facts, and the same result in any worker count."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

import consistency.corpus as corpus
from consistency.engine import RunOptions, extract_article, prepare_huge, run_articles
from consistency.model import Article, Problem
from consistency.parallel import ProcessMapper
from consistency.pieces import spans, split

TOWNS = ["Velmora", "Halvik", "Dravik", "Brask", "Norland", "Korvath"]


def _story(n: int) -> str:
    """One self-contained paragraph: its facts need nothing from the paragraphs around it."""
    town = TOWNS[n % len(TOWNS)]
    return (f"Flooding in {town} closed {n + 3} bridges on March {n % 27 + 1}, 2024, the {town} council said. "
            f"Repairs will cost ${n + 2} million, according to the regional roads agency.")


def _article(stories: int) -> Article:
    body = "Storm digest\n\n" + "\n\n".join(_story(n) for n in range(stories)) + "\n"
    return Article(id="digest", path="digest.md", outlet="Harbor Post", body=body, published=dt.date(2024, 4, 2))


def test_spans_cover_the_text_and_cut_after_blank_lines() -> None:
    text = "\n\n".join(("word " * 30).strip() for _ in range(40))
    cut = spans(text, 500)
    assert cut[0][0] == 0 and cut[-1][1] == len(text)
    assert all(a == b for (_, a), (b, _) in zip(cut, cut[1:], strict=False))  # no gap, no overlap
    assert all(b - a <= 500 for a, b in cut)
    assert all(text[b - 2 : b] == "\n\n" for _, b in cut[:-1])


def test_an_unbroken_text_is_cut_at_the_size() -> None:
    text = "x" * 1_050
    assert spans(text, 500) == [(0, 500), (500, 1000), (1000, 1050)]
    assert spans("", 500) == [(0, 0)]


def test_pieces_keep_the_article_and_their_place() -> None:
    article = _article(30)
    pieces = split(article, article.body, 600)
    assert len(pieces) > 3
    assert "".join(p.article.body for p in pieces) == article.body
    for piece in pieces:
        assert article.body[piece.offset : piece.offset + len(piece.text)] == piece.text
        assert (piece.article.id, piece.article.outlet, piece.article.published) == ("digest", "Harbor Post", article.published)


def _in_pieces(article: Article, jobs: int, monkeypatch: pytest.MonkeyPatch) -> object:
    monkeypatch.setattr(corpus, "HUGE_CHARS", 1_000)
    monkeypatch.setattr("consistency.pieces.PIECE_CHARS", 700)
    with ProcessMapper(jobs, chunk=2, few=1) as mapper:
        return list(corpus.extract_corpus([article], extract_article, mapper, prepare=prepare_huge))  # type: ignore[arg-type]


def test_a_huge_article_in_pieces_gives_the_facts_of_the_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    article = _article(24)
    whole = extract_article(article)
    assert not isinstance(whole, (Problem, tuple))
    [joined] = _in_pieces(article, 1, monkeypatch)  # type: ignore[misc]
    [in_workers] = _in_pieces(article, 2, monkeypatch)  # type: ignore[misc]
    assert in_workers == joined
    assert not isinstance(joined, Problem)
    assert len(split(article, article.body, 700)) > 4
    assert joined.text == whole.text and joined.article.title == whole.article.title == "Storm digest"
    assert [f.id for f in joined.facts] == [f"f{n}" for n in range(1, len(joined.facts) + 1)]
    for fact in joined.facts:  # offsets are the whole article's
        assert article.body[fact.start : fact.end] == fact.text
        assert article.body[fact.sentence_start : fact.sentence_end] == fact.sentence
    found = [(f.kind, f.start, f.end, f.value) for f in joined.facts]
    assert found == [(f.kind, f.start, f.end, f.value) for f in whole.facts]
    assert {f.kind for f in joined.facts} >= {"date", "figure", "attribution"}


def test_pieces_give_the_same_facts_in_any_worker_count(monkeypatch: pytest.MonkeyPatch) -> None:
    article = _article(24)
    small = Article(id="note", path="note.md", outlet="Valley Herald", body=_story(3), published=dt.date(2024, 4, 3))
    articles = [small, article, dataclasses.replace(small, id="note2", path="note2.md")]
    monkeypatch.setattr(corpus, "HUGE_CHARS", 1_000)
    monkeypatch.setattr("consistency.pieces.PIECE_CHARS", 700)
    monkeypatch.setattr("consistency.engine.SMALL_CORPUS", 1)  # the pieces do go to the workers
    one = run_articles(articles, RunOptions(jobs=1))
    two = run_articles(articles, RunOptions(jobs=2))
    assert [a.id for a in one.articles] == ["note", "digest", "note2"]
    assert one.facts == two.facts and one.findings == two.findings


def test_a_huge_article_that_cannot_be_cleaned_is_a_problem_in_its_place(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(article: Article) -> Problem:
        return Problem(article.path, "internal error while cleaning (ValueError: no); please report it")

    monkeypatch.setattr(corpus, "HUGE_CHARS", 1_000)
    small = Article(id="note", path="note.md", outlet="Valley Herald", body=_story(3))
    with ProcessMapper(1) as mapper:
        out = list(corpus.extract_corpus([_article(24), small], extract_article, mapper, prepare=broken))  # type: ignore[arg-type]
    assert isinstance(out[0], Problem) and out[0].path == "digest.md"
    assert not isinstance(out[1], Problem) and out[1].article.id == "note"


def test_grouping_reads_the_first_stretch_of_a_huge_text(monkeypatch: pytest.MonkeyPatch) -> None:
    from consistency import engine

    text = _article(40).body
    assert engine.grouping_text(text) is text  # an ordinary text is read whole
    monkeypatch.setattr(engine, "HUGE_CHARS", 1_000)
    cut = engine.grouping_text(text)
    assert text.startswith(cut) and len(cut) <= 1_000 and cut.endswith("\n\n")


def _through_a_worker(fn: object, items: object) -> object:
    """A mapper whose results come back as a worker's do: pickled and read again (fresh, equal copies)."""
    import pickle

    return (pickle.loads(pickle.dumps(fn(item))) for item in items)  # type: ignore[operator, attr-defined]


def test_an_extraction_from_a_worker_holds_the_body_this_process_read() -> None:
    # The worker's copy of the body is dropped for the one read here: the corpus's text is held once.
    read = [Article(id=f"a{n}", path=f"a{n}.md", outlet="Valley Herald", body=_story(n)) for n in range(3)]
    out = list(corpus.extract_corpus(read, extract_article, _through_a_worker, prepare=prepare_huge))  # type: ignore[arg-type]
    assert [r.article.id for r in out] == ["a0", "a1", "a2"]  # type: ignore[union-attr]
    for article, result in zip(read, out, strict=True):
        assert result.article.body is article.body  # type: ignore[union-attr]
        assert result.text is article.body  # type: ignore[union-attr]
        assert result.facts == extract_article(article).facts  # type: ignore[union-attr]

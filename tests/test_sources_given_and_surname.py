"""One name in one report and another in a second, which a report of the slot writes together as one person's
(``comparisons._given_and_surname``): asked once per pair of names in a slot (kept under ``_TOGETHER`` in the slot's
params), since each answer reads every body of the slot. The kept answers must be the ones each pair asked afresh
gets. The names and the articles are invented."""

from __future__ import annotations

import itertools

from consistency.checks import comparisons
from consistency.model import Article, Attribution, Fact


def source_side(n: int, body: str, name: str) -> comparisons._Side:
    start = body.index(name)
    fact = Fact(id=f"f{n}", article_id=f"a{n}", kind="attribution", text=name, start=start, end=start + len(name),
                sentence=body, sentence_start=0, sentence_end=len(body), value=Attribution(name, (name,), "said"))
    article = Article(id=f"a{n}", path=f"a{n}.md", outlet=f"Outlet {n}", body=body)
    return comparisons._Side(article, fact, name)


def test_the_slots_kept_answers_are_those_of_each_pair_asked_afresh() -> None:
    sides = [
        source_side(0, "The ferry will run again on Friday, Quillfen said.", "Quillfen"),
        source_side(1, "The ferry will run again on Friday, Ilvarsa said.", "Ilvarsa"),
        source_side(2, "Ilvarsa Quillfen, the harbour master, said the ferry will run again on Friday.", "Ilvarsa"),
        source_side(3, "The ferry will run again on Friday, Druvick said.", "Druvick"),
        source_side(4, "The ferry will run again on Friday, Quillfen said again.", "Quillfen"),
    ]
    plain = {name: param.default for name, param in comparisons.SOURCE_AGREEMENT.params.items()}
    plain[comparisons._TEXTS] = tuple(s.article.body for s in sides)
    answers: dict[tuple[str, str], bool] = {}
    kept = {**plain, comparisons._TOGETHER: answers}
    pairs = list(itertools.combinations(sides, 2))
    verdicts = [comparisons._judge_sources(a, b, kept, 1) for a, b in pairs]
    assert verdicts == [comparisons._judge_sources(a, b, plain, 1) for a, b in pairs]  # (no answers kept)
    together = "the same person, by given name and by surname"
    assert verdicts[0][2] == together  # (Quillfen and Ilvarsa, written together in the third report)
    assert verdicts[2][2] != together  # (Quillfen and Druvick, written together nowhere)
    assert len(answers) < len(pairs)  # (each pair of names asked once)

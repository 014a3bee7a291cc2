"""An event's keywords, shared terms and label read one summing of its members' vectors, and give what
each summing its own gave."""

from __future__ import annotations

import random
from array import array
from collections import Counter

from consistency.group import _keywords, _label, _shared, _summed, _Vector
from consistency.model import Article


def _vectors(seed: int, count: int = 9) -> list[_Vector]:
    rng = random.Random(seed)
    terms = ["ferry", "tessel", "aground", "passengers", "tugs", "harbour", "marisol", "dawn", "port", "crew"]
    out = []
    for _ in range(count):
        chosen = tuple(sorted(rng.sample(terms, rng.randint(1, len(terms)))))
        out.append(_Vector(chosen, array("d", (rng.random() / 3 for _ in chosen))))
    return out


def _by_hand(vectors: list[_Vector], members: list[int]) -> tuple[dict[str, float], Counter[str]]:
    """Term by term, each member's weight taken in the members' order (``sum`` adds left to right)."""
    rows = [dict(vectors[i].items()) for i in members]
    terms = {term for row in rows for term in row}
    total = {term: sum(row[term] for row in rows if term in row) for term in terms}
    return total, Counter(term for row in rows for term in row)


def test_one_summing_serves_keywords_terms_and_label() -> None:
    articles = [Article(id=f"a{i}", path=f"a{i}.md", outlet=f"Outlet {i}", body=f"The ferry story number {i} went on and on.",
                        title=f"Ferry story {i}") for i in range(9)]
    for seed in range(40):
        vectors = _vectors(seed)
        members = sorted(random.Random(seed).sample(range(9), 1 + seed % 8))
        summed = _summed(vectors, members)
        assert (dict(summed[0]), summed[1]) == _by_hand(vectors, members)
        assert _keywords(vectors, members, total=summed[0]) == _keywords(vectors, members)
        assert _shared(vectors, members, 5, summed) == _shared(vectors, members, 5)
        bodies = [a.body for a in articles]
        assert _label(articles, bodies, vectors, members, total=summed[0]) == _label(articles, bodies, vectors, members)
        total = _by_hand(vectors, members)[0]
        assert _keywords(vectors, members) == tuple(sorted(total, key=lambda t: (-total[t], t))[:6])

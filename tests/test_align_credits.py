"""Credits of one figure claim share a slot (consistency/align.py, ``_join_credits_of_one_claim``): what the
outlets can agree or differ on is who gives that figure. The articles are invented: a sugar levy in Varnock."""

from __future__ import annotations

import datetime as dt

from consistency.engine import run_articles
from consistency.model import Article

DAY = dt.date(2047, 3, 5)


def _findings(*bodies: str) -> list[tuple[str, str, set[str]]]:
    articles = [
        Article(id=f"a{n}", path=f"a{n}.md", outlet=outlet, body=body, published=DAY)
        for n, (outlet, body) in enumerate(zip(("Varnock Wire", "Ludgate Daily", "Moxfen Radio"), bodies, strict=False))
    ]
    result = run_articles(articles)
    text = {f.id: f.text for f in result.facts}
    return [(fi.kind, fi.status, {text[i] for i in fi.fact_ids}) for fi in result.findings]


def test_two_outlets_crediting_one_figure_to_two_sources_are_compared() -> None:
    # The outlets tell each figure in other words, so the credits' own sentences share little; the figures
    # still meet in one slot each, and so do their credits.
    found = _findings(
        "The Varnock sugar levy will raise 730 million crowns a year, the treasury said. Shop prices of "
        "fizzy drinks will rise by a fifth, the consumer council warned.",
        "Sweet drinks will earn the state about 720 million crowns annually, according to the Varnock Zundle "
        "Guild. Retail prices are set to climb 20 percent, the retail federation said.",
    )
    credits = [(status, texts) for kind, status, texts in found if kind == "attribution"]
    assert ("compatible", {"the treasury said", "according to the Varnock Zundle Guild"}) in credits
    assert ("compatible", {"the consumer council warned", "the retail federation said"}) in credits


def test_credits_beside_two_different_claims_stay_apart() -> None:
    # The guild speaks of jobs, the ministry of revenue: their credits are of two claims.
    found = _findings(
        "The Varnock sugar levy will raise 730 million crowns a year, the treasury said on Monday.",
        "The levy will cost 1,200 jobs at drinks plants, according to the Varnock Zundle Guild.",
    )
    assert not any(kind == "attribution" and len(texts) > 1 for kind, _status, texts in found)


def test_a_credit_is_of_every_figure_of_its_sentence() -> None:
    # Each credited sentence gives two figures (a rise and a total): the credits are of both.
    found = _findings(
        "Levy receipts in Varnock rose 4 percent to 730 million crowns this year, the treasury said. Shop "
        "prices of fizzy drinks will rise by a fifth, the consumer council warned.",
        "Sweet drinks earned the state 4 percent more, about 720 million crowns, according to the Varnock Zundle "
        "Guild. Retail prices are set to climb 20 percent, the retail federation said.",
    )
    credits = [(status, texts) for kind, status, texts in found if kind == "attribution"]
    assert ("compatible", {"the treasury said", "according to the Varnock Zundle Guild"}) in credits

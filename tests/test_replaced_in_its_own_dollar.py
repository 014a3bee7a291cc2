"""A later report that names the figure its own replaces in the story's own dollar ("NZ$5.60 rather than NZ$6.10")
against an earlier report that wrote that amount with the bare sign ("$6.10"): the number named is the earlier figure
as written, so the two are one charge before and after it changed (``comparisons._names_what_it_replaced``), not two
amounts a rate sets apart. A number named that is not the earlier figure explains nothing.

The articles are invented: a ferry fare in an unnamed country.
"""

from __future__ import annotations

import datetime as dt

from consistency.engine import run_articles
from consistency.model import Article

FIRST = "Foot passengers will pay $6.10 a crossing on the harbour ferry from July, the transport minister said on Monday."


def verdicts(later: str) -> list[tuple[str, str | None]]:
    result = run_articles([
        Article(id="a", path="a.md", outlet="first agency", body=FIRST, published=dt.datetime(2051, 5, 4, 9)),
        Article(id="b", path="b.md", outlet="later agency", body=later, published=dt.datetime(2051, 5, 15, 9)),
    ])
    return [(p.status, p.cause) for f in result.findings if f.kind == "figure" for p in f.pairs]


def test_the_earlier_amount_named_as_replaced_in_the_story_dollar_is_an_update() -> None:
    later = "Foot passengers will pay NZ$5.60 a crossing rather than NZ$6.10, the transport minister said on Friday."
    assert ("compatible", "update") in verdicts(later)


def test_another_amount_named_as_replaced_explains_nothing() -> None:
    later = "Foot passengers will pay NZ$5.60 a crossing rather than NZ$9.10, the transport minister said on Friday."
    assert ("compatible", "update") not in verdicts(later)

"""An article that states a claim several ways stands by the statement that fits the other outlets
(``checks.comparisons._read_charitably``): its lead unless a later statement conflicts with fewer of them.

A toy judge (a conflict when the days differ) stands in for the date checks, so the test reads the choice alone.
The articles are invented: a footbridge over the Kelderby canal reopened after repairs.
"""

from __future__ import annotations

from consistency.checks import comparisons
from consistency.model import Article, DateValue, Fact

SENTENCE = "The Kelderby footbridge reopened on {day} after repairs, the canal trust said."
DAYS = {"Sunday": "2071-05-03", "Tuesday": "2071-05-05"}


def statement(fid: str, article: str, day: str) -> Fact:
    sentence = SENTENCE.format(day=day)
    start = sentence.index(day)
    iso = DAYS[day]
    return Fact(fid, article, "date", day, start, start + len(day), sentence, 0, len(sentence),
                DateValue(iso, iso, "day"))


def read(statements: dict[str, list[str]]) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Each article's standing statement after the reading, and the pairs the judge was asked about."""
    asked: list[tuple[str, str]] = []

    def judge(a: comparisons._Side, b: comparisons._Side, _params: object, _largest: int) -> comparisons.Verdict:
        asked.append((a.fact.id, b.fact.id))
        return ("agree", "", "") if a.key == b.key else ("conflict", "", "")

    facts = {
        aid: [statement(f"{aid}{n}", aid, day) for n, day in enumerate(days)] for aid, days in statements.items()
    }
    sides = [
        comparisons._Side(Article(id=aid, path=f"{aid}.md", outlet=f"Outlet {aid}", body=""), fs[0], fs[0].text)
        for aid, fs in facts.items()
    ]
    comparisons._read_charitably(sides, facts, lambda f: f.text, judge, {})
    return {s.article.id: s.fact.text for s in sides}, asked


def test_a_later_statement_that_fits_the_others_stands() -> None:
    chosen, _ = read({"a": ["Sunday", "Tuesday"], "b": ["Tuesday"], "c": ["Tuesday"]})
    assert chosen == {"a": "Tuesday", "b": "Tuesday", "c": "Tuesday"}


def test_a_lead_that_fits_stands_and_its_other_statements_are_not_weighed() -> None:
    chosen, asked = read({"a": ["Tuesday", "Sunday"], "b": ["Tuesday"], "c": ["Tuesday"]})
    assert chosen == {"a": "Tuesday", "b": "Tuesday", "c": "Tuesday"}
    assert all(mine != "a1" for mine, _ in asked)


def test_a_statement_no_better_than_the_lead_does_not_replace_it() -> None:
    # Each of the article's days conflicts with one other outlet: the lead stands (a real difference shows).
    chosen, _ = read({"a": ["Sunday", "Tuesday"], "b": ["Tuesday"], "c": ["Sunday"]})
    assert chosen["a"] == "Sunday"

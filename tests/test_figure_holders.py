"""``figure_holders``: the name a sentence writes as a figure's holder, and figure slots split by it."""

import datetime as dt

import pytest

from consistency import figure_holders
from consistency.engine import run_articles
from consistency.model import Article, Fact, Frame, Quantity


def _fact(n: int, article: str, sentence: str, text: str, amount: float, source: str | None = None) -> Fact:
    at = sentence.index(text)
    frame = Frame(key="figure:duration:current", name="duration", measure="duration", source=source)
    return Fact(f"f{n}", article, "figure", text, at, at + len(text), sentence, 0, len(sentence),
                Quantity(amount, amount, unit="year"), frame)


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        ("The club agreed a four-year, $40 million contract for Dunmarel Vantril.", "four-year", "dunmarel vantril"),
        ("Harsby's four-year deal ran out in the spring.", "four-year", "harsby"),
        ("Vantril is believed to be seeking a six-year deal.", "six-year", "vantril"),
        ("Tamsek has joined two colleagues on the roof.", "two", "tamsek"),
        # a subject with a verb of its own may give the figure to another
        ("Rovers offered Vantril a six-year deal.", "six-year", None),
        ("Rovers have offered Vantril a six-year deal.", "six-year", None),
        # a speaker tells another's figure: no holder
        ("Vantril said the deal runs six years.", "six years", None),
        # a common word that opens a sentence names no one
        ("Flooding of the valley cut off nine farms.", "nine", None),
        ("The club offered a six-year deal.", "six-year", None),
    ],
)
def test_holder_of_a_figure(sentence: str, text: str, expected: str | None) -> None:
    common = figure_holders.common_words([sentence, "flooding went on", "the club"])
    assert figure_holders.holder(_fact(1, "a1", sentence, text, 4), common) == expected


def test_the_source_credited_is_no_holder() -> None:
    sentence = "Harsby's six-year deal was agreed."
    assert figure_holders.holder(_fact(1, "a1", sentence, "six-year", 6, source="Harsby"), frozenset()) is None


def _split(facts: list[Fact]) -> list[list[str]]:
    sentences = [f.sentence for f in facts]
    common, inside = figure_holders.common_words(sentences), figure_holders.capitalised_inside(sentences)
    return [[f.id for f in slot] for slot, _ in figure_holders.split_by_holder([(facts, True)], common, inside)]


def test_two_players_contracts_are_two_claims() -> None:
    facts = [
        _fact(1, "a1", "Vantril is seeking a ten-year contract.", "ten-year", 10),
        _fact(2, "a2", "The club gave a five-year, $70 million contract for Pellamy Harsby.", "five-year", 5),
        _fact(3, "a3", "Vantril has sought a nine-year deal, a rival paper says.", "nine-year", 9),
    ]
    assert _split(facts) == [["f1", "f3"], ["f2"]]


def test_one_players_contract_told_two_ways_stays_one_claim() -> None:
    facts = [
        _fact(1, "a1", "Vantril is seeking a ten-year contract.", "ten-year", 10),
        _fact(2, "a2", "The club offered an eight-year contract, its owner said.", "eight-year", 8),
        _fact(3, "a3", "An eight-year contract for Dunmarel Vantril is on the table.", "eight-year", 8),
    ]
    assert _split(facts) == [["f1", "f2", "f3"]]


# End to end: the articles are invented, a striker's contract talks at one club.
_DAY = dt.datetime(2033, 11, 8, 12, 0)


def _run(bodies: dict[str, str]) -> tuple[list[set[str]], list[set[str]]]:
    """The figure slots and the figure conflict findings, each as the set of its facts' texts by outlet."""
    articles = [Article(id=k, path=f"{k}.md", outlet=k, body=v, published=_DAY) for k, v in bodies.items()]
    result = run_articles(articles)
    facts = {f.id: f for f in result.facts}

    def texts(ids: tuple[str, ...]) -> set[str]:
        return {f"{facts[i].article_id}:{facts[i].text}" for i in ids}

    slots = [texts(s.fact_ids) for s in result.alignments if s.kind == "figure"]
    conflicts = [texts(f.fact_ids) for f in result.findings if f.kind == "figure" and f.status == "conflict"]
    return slots, conflicts


def test_another_players_contract_is_no_conflict_and_the_story_s_own_still_is() -> None:
    story = "Dunmarel Vantril, the Harnock striker, is weighing an offer from Calby Rovers."
    bodies = {
        "wire": f"{story} Vantril is seeking an eight-year contract, his agent said on Monday.",
        "paper": f"{story} Last winter Rovers gave a four-year contract for Pellamy Vylstrand, their goalkeeper.",
        "radio": f"{story} The Rovers bid is a seven-year contract, Vantril's agent confirmed on Monday.",
    }
    slots, conflicts = _run(bodies)
    assert not any("paper:four-year" in slot and "wire:eight-year" in slot for slot in slots)
    assert {"wire:eight-year", "radio:seven-year"} in conflicts

"""A check groups its drafts with the sources their blocking keys reach, not with the whole repository."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consistency.cli import main
from consistency.engine import RunOptions, run
from consistency.group import text_features
from consistency.model import Article
from consistency.neighbours import neighbourhood

# Invented events with names of their own; every report shares the common words of disaster news.
EVENTS = (
    ("Velmora", "bridge collapse", "Marta Vellacourt", "girders"),
    ("Halvik", "warehouse fire", "Oskar Brandel", "sprinklers"),
    ("Dravik", "ferry grounding", "Ilse Norrveld", "sandbank"),
    ("Brask", "mine flood", "Teodor Amsel", "pumps"),
    ("Norland", "dam breach", "Greta Solvang", "spillway"),
    ("Korvath", "tunnel fire", "Ivo Brask", "ventilation"),
    ("Ostrel", "train derailment", "Lena Marrow", "points"),
    ("Selbrun", "stadium crush", "Piet Oberlin", "turnstiles"),
    ("Vinmark", "chemical leak", "Rosa Tellevik", "valve"),
    ("Tarnholm", "roof cave-in", "Anders Kvell", "snow"),
)
OUTLETS = ("Eastern Ledger", "Harbor Post", "Pacific Dispatch", "Capital Wire", "Morning Courier", "North Gazette")


def _text(event: int, outlet: int) -> str:
    place, what, person, cause = EVENTS[event]
    count = 10 + event + (outlet == 3)  # one outlet gives another toll
    return (
        f"# {what.capitalize()} in {place} kills {count}\n\n"
        f"The {what} in {place} on Monday killed {count} people, officials said.\n"
        f"{person}, who leads the {place} inquiry, said the {cause} had failed and that rescue teams "
        f"searched through the night.\n"
        f"Families gathered near the site as officials promised a full report within weeks.\n"
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("neighbours") / "repo"
    for event in range(len(EVENTS)):
        for outlet, name in enumerate(OUTLETS):
            path = root / f"event{event}" / f"{outlet}.md"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"---\noutlet: {name}\npublished: 2031-05-13\n---\n{_text(event, outlet)}", encoding="utf-8")
    return root


def _articles() -> list[Article]:
    return [
        Article(id=f"{e}/{o}", path=f"{e}/{o}.md", outlet=OUTLETS[o], body=_text(e, o))
        for e in range(len(EVENTS)) for o in range(len(OUTLETS))
    ]


def test_a_draft_reaches_its_own_event_not_the_other_stories() -> None:
    articles = _articles()
    options = RunOptions().check_grouping
    features = [text_features(a, a.body, options) for a in articles]
    days = [None] * len(articles)
    chosen = neighbourhood(features, days, [0], options)
    assert chosen is not None
    reached = {articles[n].id.split("/")[0] for n in chosen}
    assert reached == {"0"}  # the Velmora reports, not the nine other disasters told in the same words
    assert len(chosen) == len(OUTLETS)


def test_a_neighbourhood_of_most_of_the_corpus_is_not_selected() -> None:
    articles = _articles()[: 2 * len(OUTLETS)]  # two stories: one is half of everything
    options = RunOptions().check_grouping
    features = [text_features(a, a.body, options) for a in articles]
    assert neighbourhood(features, [None] * len(articles), [0, len(OUTLETS)], options) is None


def test_a_check_reads_only_its_neighbourhood_with_or_without_a_cache(corpus: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft" / "velmora.md"
    draft.parent.mkdir()
    draft.write_text(_text(0, 2).replace(" 10", " 7"), encoding="utf-8")
    cache = tmp_path / "cache"

    def check(name: str, *args: str) -> bytes:
        out = tmp_path / f"{name}.json"
        code = main(["check", str(draft), "--against", str(corpus), "--format", "json", "--output", str(out),
                     "--fail-on", "never", "--quiet", "--jobs", "1", *args])
        assert code == 0
        return out.read_bytes()

    cached = check("cached", "--cache-dir", str(cache))
    assert check("warm", "--cache-dir", str(cache)) == cached == check("uncached", "--no-cache")
    document = json.loads(cached)
    assert {Path(a["path"]).parent.name for a in document["articles"]} == {"draft", "event0"}
    assert any(f["status"] == "conflict" for f in document["findings"])  # 7 dead against the sources' 10
    # Only the neighbourhood was extracted: one extraction entry per article read, none for the rest.
    extracted = list((cache / "v1").rglob("*.pkl"))
    assert len(extracted) == len(OUTLETS) + 1
    result = run([draft], RunOptions(jobs=1), against=[corpus])
    assert {a.outlet for a in result.articles} >= set(OUTLETS) - {OUTLETS[2]}

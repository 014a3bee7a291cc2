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


def _every_key_walk(features: list, days: list, seeds: list[int], options: object) -> list[int] | None:
    """The walk as its docstring states it, every article's keys made first: what the lazy walk
    (keys made only for articles holding a followed term) must reach too."""
    from collections import Counter

    from consistency import neighbours as nb
    from consistency.group import rarity

    df: Counter[str] = Counter()
    for feature in features:
        df.update(feature.words)
    idf = rarity(df, len(features))
    tops = [nb._top_terms(f.words, idf, options.top_terms) for f in features]  # type: ignore[attr-defined]
    postings: dict[str, list[int]] = {}
    for index, top in enumerate(tops):
        for term in top:
            postings.setdefault(term, []).append(index)
    chosen, frontier = set(seeds), list(seeds)
    seed_vectors = [nb._vector(features[i].words, idf) for i in seeds]
    for hop in range(2):
        reached = {d for i in frontier for t in tops[i] for d in nb._block(postings[t], i, days, options)} - chosen
        chosen |= reached
        if len(chosen) > nb._WORTHWHILE * len(features):
            return None
        if hop == 0:
            frontier = sorted(i for i in reached
                              if max(nb._cosine(nb._vector(features[i].words, idf), v) for v in seed_vectors) >= 0.3)
    return sorted(chosen)


def test_the_walk_reaches_what_every_articles_keys_reach() -> None:
    # Stories that share words across events (a second report of each under another headline, and
    # undated ones among dated ones), so that keys lead out of one story into others.
    articles = _articles() + [
        Article(id=f"x{e}", path=f"x{e}.md", outlet="Late Desk",
                body=f"{EVENTS[e][0]} and {EVENTS[(e + 1) % len(EVENTS)][0]} crews shared {EVENTS[e][3]} "
                     f"after the {EVENTS[(e + 1) % len(EVENTS)][1]}, {EVENTS[e][2]} said.")
        for e in range(len(EVENTS))
    ]
    options = RunOptions().check_grouping
    features = [text_features(a, a.body, options) for a in articles]
    days = [None if n % 3 == 0 else 738000 + n % 9 for n in range(len(articles))]
    for seeds in ([n] for n in range(len(articles))):
        assert neighbourhood(features, days, seeds, options) == _every_key_walk(features, days, seeds, options)
    assert neighbourhood(features, days, [0, 7, 61], options) == _every_key_walk(features, days, [0, 7, 61], options)


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

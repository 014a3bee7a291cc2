"""Wire copies: the same story under several mastheads is one voice, marked ``copy_of``."""

from __future__ import annotations

import datetime as dt
import json
import random

from consistency.copies import CopyOptions, _is_copy, copy_groups, find_copies
from consistency.engine import run_articles
from consistency.model import Article
from consistency.report.json_report import document
from consistency.text import words

# An invented agency story, then the ways papers print it: retitled, cut short, a sentence added,
# a word changed. Separate reports of the same fire in their own words are no copies.
WIRE = (
    "Fire crews fought through the night to contain a blaze at the Marnok chemical depot on the edge of "
    "Port Velmora, the regional fire service said on Thursday. About 140 firefighters and 30 engines were sent "
    "to the site after the alarm was raised shortly before midnight, and residents within two kilometres were "
    "told to keep their windows closed. Station commander Ilse Brandvold said the fire had started in a "
    "storage hall holding solvents and that two workers had been treated for smoke inhalation. The depot's "
    "owner, Dravik Logistics, said it was cooperating with investigators and that the cause was not yet known. "
    "Air quality readings taken at dawn were within safe limits, the environment agency said."
)
RETITLED = "Night blaze at Port Velmora chemical depot\n\n" + WIRE
CUT_SHORT = WIRE.rsplit(" The depot's owner", 1)[0]
EXTENDED = WIRE + " Schools in the nearest district will open as usual on Friday, the council said."
EDITED = WIRE.replace("About 140 firefighters", "Some 140 firefighters").replace(
    "told to keep", "asked to keep"
)
OWN_WORDS = (
    "Residents of Port Velmora woke to the smell of smoke on Thursday after a fire tore through a chemical "
    "store run by Dravik Logistics. Ilse Brandvold, who commanded the crews, told us the solvents inside made "
    "the flames hard to reach. Two employees needed treatment. Neighbours said they had long worried about "
    "the depot, which sits a few hundred metres from a primary school, and the council promised a review."
)
OTHER_OWN_WORDS = (
    "A fire at a solvent depot outside Port Velmora was brought under control on Thursday morning. The "
    "environment agency measured the air at dawn and found no danger, while Dravik Logistics said it did not "
    "know how the fire began. Around 140 firefighters took part, according to Ilse Brandvold of the fire service."
)


def article(number: int, body: str, published: dt.date | dt.datetime | None, outlet: str = "") -> Article:
    return Article(
        id=f"a{number}",
        path=f"a{number}.md",
        outlet=outlet or f"Outlet {number}",
        body=body,
        published=published,
    )


def corpus() -> list[Article]:
    return [
        article(1, OWN_WORDS, dt.date(2031, 4, 3)),
        article(2, RETITLED, dt.datetime(2031, 4, 3, 9, 30)),
        article(3, WIRE, dt.datetime(2031, 4, 3, 7, 5)),  # the agency's own, earliest
        article(4, CUT_SHORT, dt.date(2031, 4, 4)),
        article(5, EXTENDED, None),
        article(6, EDITED, dt.date(2031, 4, 4)),
        article(7, OTHER_OWN_WORDS, dt.date(2031, 4, 3)),
    ]


def test_copies_point_at_the_earliest_article_they_copy() -> None:
    copies = find_copies(corpus())
    assert copies == {"a2": "a3", "a4": "a3", "a5": "a3", "a6": "a3"}


def test_reports_in_their_own_words_are_not_copies() -> None:
    copies = find_copies(corpus())
    assert "a1" not in copies and "a7" not in copies
    assert find_copies([article(1, OWN_WORDS, None), article(2, OTHER_OWN_WORDS, None)]) == {}


def test_without_dates_the_first_in_input_order_is_the_original() -> None:
    undated = [article(n, body, None) for n, body in enumerate((EDITED, WIRE, CUT_SHORT), start=1)]
    assert find_copies(undated) == {"a2": "a1", "a3": "a1"}


def test_a_day_counts_from_its_midnight_against_a_time_of_day() -> None:
    # A date-only article of the same day is taken as earlier than one stamped at 07:05.
    pair = [article(1, EDITED, dt.datetime(2031, 4, 3, 7, 5)), article(2, WIRE, dt.date(2031, 4, 3))]
    assert find_copies(pair) == {"a1": "a2"}


def test_short_texts_are_never_called_copies() -> None:
    brief = "Fire crews fought a blaze at a chemical depot in Port Velmora overnight."
    assert find_copies([article(1, brief, None), article(2, brief, None)]) == {}
    assert find_copies(
        [article(1, brief, None), article(2, brief, None)], options=CopyOptions(min_words=5)
    ) == {"a2": "a1"}


def test_copies_do_not_depend_on_input_order() -> None:
    expected = find_copies(corpus())
    for seed in range(3):
        shuffled = corpus()
        random.Random(seed).shuffle(shuffled)
        assert find_copies(shuffled) == expected


def test_copy_groups_list_each_original_once() -> None:
    groups = copy_groups(corpus())
    assert [(g.original, g.copies) for g in groups] == [("a3", ("a2", "a4", "a5", "a6"))]


def test_a_wire_copy_is_marked_copy_of_in_json() -> None:
    result = run_articles(corpus())
    doc = document(result)
    copy_of = {a["id"]: a["copy_of"] for a in doc["articles"]}
    assert copy_of == {"a1": None, "a2": "a3", "a3": None, "a4": "a3", "a5": "a3", "a6": "a3", "a7": None}
    json.dumps(doc)  # plain data
    assert doc["summary"]["copies"] == 4
    assert 0 < doc["summary"]["grouping"]["pairs_scored"] <= 7 * 6 // 2
    assert 2 <= doc["summary"]["grouping"]["largest_block"] <= 7
    # Copies are of one story, so they are in one event with their original.
    (event,) = [e for e in doc["events"] if "a3" in e["article_ids"]]
    assert {"a2", "a3", "a4", "a5", "a6"} <= set(event["article_ids"])


def test_reports_show_copies_as_one_voice_and_say_why_articles_were_grouped() -> None:
    from consistency.report import html, terminal

    result = run_articles(corpus())
    (event,) = [e for e in result.events if "a3" in e.article_ids]
    n = len(event.article_ids)
    page = html.render(result)
    assert page.count("copy of Outlet 3: one voice") == 4
    assert f"{n} articles, {n - 4} independent voices (4 wire copies)" in page
    assert "Grouped by what the articles share: names " in page and "Brandvold" in page
    text = terminal.render(result)
    assert "Outlet 2 (copy of Outlet 3)" in text and "Outlet 1 (copy of" not in text


def test_signatures_given_or_read_give_the_same_groups() -> None:
    import dataclasses

    from consistency.cache import dumps, loads
    from consistency.copies import Signature, signature

    articles = corpus()
    read = copy_groups(articles)
    kept = [loads(dumps(dataclasses.asdict(signature(a.body)))) for a in articles]  # as a cache keeps them
    given = copy_groups(articles, signatures=[Signature(s["words"], s["shingles"], s["lead"]) for s in kept])
    assert given == read and read  # some copies found, so the equality means something


def test_many_copies_of_one_story_form_one_group_as_every_verified_pair_would() -> None:
    # A story printed by a dozen papers, each changing one word of its own: the buckets that hold
    # them all are read once they are one group, and the groups stay those of all verified pairs.
    papers = [
        article(10 + n, WIRE.replace("About 140", f"About {140 + n}").replace("Thursday", f"Thursday ({n})"),
                dt.date(2031, 4, 3 + n % 3))
        for n in range(12)
    ]
    articles = [*papers, article(1, OWN_WORDS, dt.date(2031, 4, 3)), article(7, OTHER_OWN_WORDS, None)]
    groups = copy_groups(articles)
    joined = _all_copy_pairs(articles)
    assert {tuple(sorted((g.original, *g.copies))) for g in groups} == _components(articles, joined)
    assert groups[0].original == "a10" and len(groups[0].copies) == 11


def _all_copy_pairs(articles: list[Article]) -> set[tuple[int, int]]:
    """Every pair of articles the copy test joins, found by comparing all of them: what grouping must match."""
    options = CopyOptions()
    tokens = [words(a.body) for a in articles]
    return {
        (i, j)
        for i in range(len(articles))
        for j in range(i + 1, len(articles))
        if _is_copy(tokens[i], tokens[j], options.min_overlap)
    }


def _components(articles: list[Article], pairs: set[tuple[int, int]]) -> set[tuple[str, ...]]:
    parent = list(range(len(articles)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i, j in pairs:
        parent[root(i)] = root(j)
    parts: dict[int, list[str]] = {}
    for i, a in enumerate(articles):
        parts.setdefault(root(i), []).append(a.id)
    return {tuple(sorted(p)) for p in parts.values() if len(p) > 1}


def _reprints(body: str, first: int, count: int) -> list[Article]:
    """``count`` papers printing ``body``, each changing a figure and a day of its own."""
    return [
        article(first + n, body.replace("140", f"{140 + n}").replace("Thursday", f"Thursday ({n})"),
                dt.date(2031, 4, 3 + n % 3))
        for n in range(count)
    ]


# A second story that quotes the first one's middle at length: the two share band buckets, yet
# neither is a copy of the other.
QUOTING = (
    "Council members met on Friday to hear what went wrong at the solvent depot. " + WIRE.split(". ", 2)[2]
    + " Members asked why the site had passed its last inspection, why the warning sirens had stayed silent "
    "for the first hour, and who would pay for the cleaning of the roads and gardens nearby. The depot's "
    "neighbours filled the public gallery and several of them spoke about the smell that still hung over "
    "their streets. A report is due before the summer recess, the chair said, and the council will publish it."
)


def _counting_comparisons(monkeypatch) -> list[int]:  # type: ignore[no-untyped-def]
    import consistency.copies as copies

    count = [0]
    real = copies.LCSseq

    class Counted:
        @staticmethod
        def similarity(a, b):  # type: ignore[no-untyped-def]
            count[0] += 1
            return real.similarity(a, b)

    monkeypatch.setattr(copies, "LCSseq", Counted)
    return count


def test_reprints_of_two_stories_are_not_compared_copy_by_copy(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Twelve reprints of each: 144 pairs across the two stories share buckets and all fail. Once one
    # pair of the two groups is measured apart, the others are ruled out by the distance between the
    # groups' roots (less each article's distance to its root), without comparisons of their own; the
    # groups stay those of all verified pairs.
    articles = [*_reprints(WIRE, 10, 12), *_reprints(QUOTING, 40, 12)]
    joined = _all_copy_pairs(articles)
    assert not any(i < 12 <= j for i, j in joined)  # the stories are no copies of each other
    count = _counting_comparisons(monkeypatch)
    groups = copy_groups(articles)
    assert {tuple(sorted((g.original, *g.copies))) for g in groups} == _components(articles, joined)
    assert len(groups) == 2
    assert count[0] < 12 * 12  # fewer than the pairs across the stories alone


def test_words_past_the_characters_become_numbers_with_the_same_groups(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import consistency.copies as copies

    articles = [*_reprints(WIRE, 10, 4), *_reprints(QUOTING, 40, 4), *corpus()]
    expected = copy_groups(articles)
    made: list[copies._Words] = []
    words_of = copies._Words

    def few() -> copies._Words:
        made.append(words_of(last=60))  # past sixty distinct words: numbers
        return made[-1]

    monkeypatch.setattr(copies, "_Words", few)
    assert copy_groups(articles) == expected and expected
    assert made and made[0].numbers  # the fallback was taken
    assert all(isinstance(held, copies.array) for held in made[0].held.values())


def test_a_handful_of_articles_falls_into_the_buckets_numpy_finds_for_many() -> None:
    """``_buckets`` groups a few articles in Python and many with numpy: the same buckets in the same order."""
    import numpy as np

    from consistency import copies
    from consistency.copies import CopyOptions, _buckets

    options = CopyOptions()
    rng = np.random.default_rng(7)
    for rows in (2, 5, copies._FEW_ROWS, copies._FEW_ROWS + 1):
        signatures = rng.integers(0, 4, size=(rows, options.permutations), dtype=np.uint64)  # bands often shared
        signatures[rows - 1] = signatures[0]  # a whole copy: in a bucket of every band
        few = copies._few_buckets(signatures.tolist(), options.bands, options.permutations // options.bands)
        apart = rng.integers(100, 2**40, size=(copies._FEW_ROWS + 1, options.permutations), dtype=np.uint64)
        many = _buckets(np.vstack([signatures, apart]), options)  # past the few: numpy's
        assert few == [bucket for bucket in many if max(bucket) < rows]
        assert _buckets(signatures, options) == few
        assert all(bucket == sorted(bucket) for bucket in few) and [0, rows - 1] in few

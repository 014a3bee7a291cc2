"""Fast paths of grouping give exactly what the plain computation gives: a lead's sentences found without
splitting the rest of the text, pair scores summed from numbered terms equal to one dot product a pair, and
the happening's readings made with an article's features (in the workers, kept in the cache) equal to those
grouping read from the text itself."""

from __future__ import annotations

import random

import numpy as np
import pytest

from consistency.group import Pairs, _dot, _lead_end, _pair_similarities
from consistency.text import first_sentences, split_sentences

TEXTS = [
    "",
    "   ",
    "One sentence without an end",
    "Harbour fire in Dravik\nThe blaze began at 3 a.m. on Monday. Ivo F. Brask said so. It is out now.",
    "The levy is unfair, said Sen. Marta Vellacourt of Halvik. The vote is on Monday!\n\nMore later...",
    "Temperatures fell as low as 21F. Growers expect losses. U.S. officials said little.",
    "A line\nanother line\n\n\nand a third. And a fourth? \"Yes.\" (Fine.) End",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("count", [1, 2, 3, 5, 50])
def test_first_sentences_are_the_first_spans_of_the_whole_split(text: str, count: int) -> None:
    assert first_sentences(text, count) == split_sentences(text)[:count]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("sentences", [0, 1, 2, 3, 9])
def test_a_lead_ends_where_the_whole_split_says(text: str, sentences: int) -> None:
    spans = split_sentences(text)
    expected = spans[min(sentences, len(spans)) - 1][1] if spans else 0
    assert _lead_end(text, sentences) == expected


def test_random_texts_split_alike_at_any_count() -> None:
    pieces = ["Brask", "said", "Dr.", "U.S.", "21F.", "fire.", "vote!", "why?", "\n", "\n\n", "  ", "J.", "“Yes.”"]
    rng = random.Random(7)
    for _ in range(300):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randrange(0, 40)))
        for count in (1, 2, 4):
            assert first_sentences(text, count) == split_sentences(text)[:count]


def test_pair_scores_are_each_pairs_dot_product() -> None:
    # Terms shared unevenly, met in different orders, some articles with none in common with any other.
    rng = random.Random(3)
    vocabulary = [f"w{k}" for k in range(40)] + [f"\x01n{k}" for k in range(10)] + ["\x02deaths:4"]
    vectors = []
    for _ in range(30):
        terms = rng.sample(vocabulary, rng.randrange(0, 12))
        vectors.append({t: rng.random() for t in terms})
    n = len(vectors)
    codes = np.asarray([a * n + b for a in range(n) for b in range(a + 1, n)], dtype=np.int64)
    scored = _pair_similarities(iter(vectors), Pairs(n, codes))
    expected = {(a, b): _dot(vectors[a], vectors[b]) for a in range(n) for b in range(a + 1, n)}
    assert dict(scored.items()) == {pair: sim for pair, sim in expected.items() if sim > 0.0}


# Leads that each reading has something to read in: a storm's name, a numbered game, a person in a role,
# streets, a repeat, a look back, a day after, a count of a thing, and words telling of happenings.
READING_TEXTS = [
    "Storm Ilvara floods Dravik quay\nStorm Ilvara flooded homes on Harbour Street and Mill Road in Dravik on "
    "Monday, the second flood in a month. Mayor Ivo Brask said 2,300 sandbags were laid.",
    "Kelmoor win the sixth game\nKelmoor won Game 6 of the final on Friday, a day after their coach Marta "
    "Vellacourt was fined. Nine years ago they lost the fourth game.",
    "Former prime minister Odile Tarrent dies\nFormer prime minister Odile Tarrent died on Tuesday in Halvik. "
    "She was the second leader in four years to die in office, after Pavo Ressen.",
    "The levy is unfair, said Sen. Marta Vellacourt of Halvik. The vote is on Monday!\n\nMore later...",
    "",
]


def _read_as_grouping_read(text: str, options: object) -> tuple[object, ...]:
    """The readings as grouping's loop computed them from the text, before they were features."""
    from consistency.group import GroupingOptions, _bag, _idiom_words, _told_kinds, _told_of
    from consistency.happening import (
        looks_back,
        named_happenings,
        naming,
        next_day,
        numbered,
        repeats,
        streets_and_lead,
    )
    from consistency.model import Article
    from consistency.protagonists import lead_names, lead_places, lead_things, name_words, unrecalled
    from consistency.vocabulary import load_vocabulary

    assert isinstance(options, GroupingOptions)
    article = Article(id="a1", path="a1.txt", outlet="Dravik Post", body=text, title=text.split("\n")[0] or None)
    lead_end = _lead_end(text, options.lead_sentences)
    bag = _bag(article, text, options, lead_end)
    vocabulary = load_vocabulary(options.vocabulary)
    streets = streets_and_lead(text, lead_end=lead_end)
    return (
        article,
        _lead_end(text, options.counted_sentences),
        _told_kinds(bag, _told_of(vocabulary, options.what_outcomes), _idiom_words(vocabulary, options.what_outcomes),
                    article, text),
        streets[1], streets[0],
        named_happenings(text, lead_end, naming(options.named_happenings)),
        repeats(text, lead_end), looks_back(text[:lead_end]),
        numbered(text, lead_end, frozenset(options.numbered_ignore)),
        lead_names(text, lead_end) | lead_things(text, lead_end) | lead_places(text, lead_end),
        name_words(unrecalled(text)),
        next_day(text[:lead_end]),
    )


@pytest.mark.parametrize("text", READING_TEXTS)
def test_text_features_read_the_happening_as_grouping_read_it(text: str) -> None:
    from consistency.group import GroupingOptions, text_features

    options = GroupingOptions()
    article, *expected = _read_as_grouping_read(text, options)
    features = text_features(article, text, options)  # type: ignore[arg-type]
    got = (features.counted_end, features.told, features.streets, features.all_streets, features.named,
           features.repeat, features.looks_back, features.numbered, features.lead_names, features.name_words,
           features.next_day)
    assert got == tuple(expected)


def test_the_readings_are_read_at_all() -> None:
    """The texts above give every reading something, so the test before compares more than empty sets."""
    from consistency.group import GroupingOptions, text_features
    from consistency.model import Article

    found = [text_features(Article(id="a", path="a", outlet="o", body=t, title=t.split("\n")[0] or None), t,
                           GroupingOptions()) for t in READING_TEXTS]
    for name in ("told", "streets", "all_streets", "named", "repeat", "looks_back", "numbered", "lead_names",
                 "name_words", "next_day", "counted_end"):
        assert any(getattr(f, name) for f in found), name


def test_readings_switched_off_are_left_empty_and_the_options_key_the_cache() -> None:
    from consistency.group import GroupingOptions, feature_options, text_features
    from consistency.model import Article

    text = READING_TEXTS[0]
    article = Article(id="a", path="a", outlet="o", body=text, title=text.split("\n")[0])
    off = GroupingOptions(street_factor=1.0, who_factor=1.0, repeat_factor=1.0, counted_sentences=0, next_day=False,
                          looks_back=False, back_in_mean=False, numbered_factor=1.0)
    features = text_features(article, text, off)
    assert (features.streets, features.all_streets, features.lead_names, features.name_words) == ((frozenset(),) * 4)
    assert (features.repeat, features.looks_back, features.next_day, features.counted_end) == (False, False, False, 0)
    assert feature_options(off) != feature_options(GroupingOptions())


def test_a_features_entry_round_trips_through_the_cache_and_a_wrong_one_is_recomputed(tmp_path: object) -> None:
    import dataclasses

    from consistency.cache import Cache
    from consistency.corpus_results import _features
    from consistency.group import GroupingOptions, text_features
    from consistency.model import Article

    text = READING_TEXTS[1]
    features = text_features(Article(id="a", path="a", outlet="o", body=text, title="Kelmoor"), text,
                             GroupingOptions())
    cache = Cache(str(tmp_path))
    cache.put("k" * 64, {f.name: getattr(features, f.name) for f in dataclasses.fields(features)}, namespace="features")
    entry = cache.get("k" * 64, namespace="features")
    assert _features(entry) == features
    assert _features({**entry, "numbered": frozenset({("game", "6")})}) is None
    assert _features({**entry, "lead_names": frozenset({"coach"})}) is None
    assert _features({**entry, "told": ("fire",)}) is None
    assert _features({k: v for k, v in entry.items() if k != "next_day"}) is None

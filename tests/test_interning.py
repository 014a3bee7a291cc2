"""Equal facts' parts are held once, and only objects equal in every field and type are shared."""

from __future__ import annotations

import pickle

from consistency.interning import Interner
from consistency.model import Attribution, DateValue, Fact, Frame, Quantity, Value


def _fact(n: int, value: Value, sentence: str = "The Brask ferry carried 40 people.", frame: Frame | None = None) -> Fact:
    fact = Fact(id=f"f{n}", article_id=f"a{n}", kind="figure", text="40", start=24, end=26, sentence=sentence,
                sentence_start=0, sentence_end=len(sentence), value=value, frame=frame)
    return pickle.loads(pickle.dumps(fact))  # as a worker or the cache hands it over: every part its own copy


def test_equal_sentences_values_and_frames_become_one_object() -> None:
    frame = Frame(key="figure:passengers", name="passengers", measure="passengers")
    a, b = Interner().facts([_fact(1, Quantity(40, 40, counted="people"), frame=frame),
                             _fact(2, Quantity(40, 40, counted="people"), frame=frame)])
    assert a.sentence is b.sentence and a.text is b.text
    assert a.value is b.value and a.frame is b.frame
    assert (a.id, b.id) == ("f1", "f2")  # the facts themselves stay two


def test_values_equal_under_their_own_equality_but_not_in_every_field_stay_apart() -> None:
    interner = Interner()
    # A date's equality leaves its TimeML value out; the JSON shows it, so the two are not one.
    monday = DateValue("2024-04-08", "2024-04-08", "day", timex="2024-04-08")
    morning = DateValue("2024-04-08", "2024-04-08", "day", timex="2024-04-08TMO")
    # 1 == 1.0 and 0.0 == -0.0, but they print differently.
    whole, decimal = Quantity(1, 1), Quantity(1.0, 1.0)
    zero, minus_zero = Quantity(0.0, 0.0), Quantity(-0.0, -0.0)
    facts = interner.facts([_fact(n, v) for n, v in enumerate([monday, morning, whole, decimal, zero, minus_zero])])
    assert [f.value for f in facts] == [monday, morning, whole, decimal, zero, minus_zero]
    assert [repr(f.value) for f in facts] == [repr(v) for v in (monday, morning, whole, decimal, zero, minus_zero)]
    assert len({id(f.value) for f in facts}) == 6


def test_values_of_different_kinds_and_different_sentences_are_not_confused() -> None:
    said = Attribution("Halvik port authority", ("Halvik port authority",), "said")
    other = Attribution("Halvik port authority", ("Halvik port authority", "Norland coast guard"), "said")
    a, b, c = Interner().facts([_fact(1, said), _fact(2, other), _fact(3, said, sentence="Another sentence, 40.")])
    assert a.value is not b.value and a.value == said and b.value == other
    assert a.value is c.value and a.sentence != c.sentence


def test_grouping_features_share_equal_weights_and_spelling_counts_and_stay_equal() -> None:
    from consistency.corpus_results import _shared
    from consistency.group import TextFeatures

    def made() -> TextFeatures:  # as the cache or a worker hands them over: every part its own copy
        return pickle.loads(pickle.dumps(TextFeatures(
            12, {"quay": 2.0, "levy": 1.0, "ferry": 0.0}, {"brask": 1},
            {"brask": {"Brask": 1}, "halvik": {"Halvik": 2, "HALVIK": 1}},
            30, frozenset({"fire"}), frozenset(), frozenset({"quay street"}), frozenset(), False, True,
            frozenset({("game", 6)}), frozenset(), frozenset({"brask"}), False)))

    pool: dict[object, object] = {}
    one, two = _shared(made(), pool), _shared(made(), pool)
    assert one == made() and two == made()
    assert list(one.words) == ["quay", "levy", "ferry"]  # order kept: ties in the top terms follow it
    assert one.words["quay"] is two.words["quay"]
    assert one.spellings["halvik"] is two.spellings["halvik"] and one.spellings["brask"] is two.spellings["brask"]
    assert one.spellings["brask"] is not one.spellings["halvik"]
    assert one.told is two.told and one.name_words is two.name_words and one.numbered is two.numbered
    assert one.streets is one.named is one.lead_names  # empty readings: one set


def test_a_fact_has_no_instance_dictionary_and_round_trips_every_way_a_run_copies_it() -> None:
    from consistency.cache import dumps, loads, with_fields

    frame = Frame(key="figure:passengers", name="passengers", measure="passengers")
    fact = _fact(7, Quantity(40, 40, counted="people"), frame=frame)
    assert not hasattr(fact, "__dict__")  # slotted: what a large audit holds millions of
    assert pickle.loads(pickle.dumps(fact)) == fact  # to and from the workers
    assert loads(dumps([fact]))[0] == fact  # to and from the cache
    moved = with_fields(fact, article_id="a9", frame=None)
    assert (moved.article_id, moved.frame, moved.id, moved.value) == ("a9", None, "f7", fact.value)
    assert (fact.article_id, fact.frame) == ("a7", frame)  # the original is left as it was


def test_equal_offsets_past_the_small_integers_become_one_object() -> None:
    sentence = "x" * 300 + " The Brask ferry carried 4000 people."
    made = [Fact(id=f"f{n}", article_id=f"a{n}", kind="figure", text="4000", start=325, end=329, sentence=sentence,
                 sentence_start=301, sentence_end=301 + len(sentence), value=Quantity(4000, 4000)) for n in (1, 2)]
    a, b = Interner().facts([pickle.loads(pickle.dumps(f)) for f in made])
    assert a.start is b.start and a.end is b.end and a.sentence_start is b.sentence_start
    assert a.sentence_end is b.sentence_end and (a.start, a.end, a.sentence_end) == (325, 329, 301 + len(sentence))

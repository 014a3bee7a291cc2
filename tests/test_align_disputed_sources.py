"""One figure credited to two different sources is one claim they dispute (consistency/slot_pairs.py,
``sources_apart``; ``align._join_alike_slots``).

The facts are invented: a late frost in the Varnholm valley, whose losses a growers' cooperative and the
agriculture ministry put at different sums in sentences that share few words.
"""

from __future__ import annotations

from consistency import slot_pairs
from consistency.align import AlignOptions, _join_alike_slots
from consistency.model import Fact, Frame, Quantity

COOP = "The growers' cooperative told members on Friday that the frost had wiped out 310 million dollars of fruit."
MINISTRY = "Officials at the agriculture ministry estimate orchard damage at 180 million dollars."
BANK = "Lenders to the valley expect farm loan defaults worth 300 million dollars next year."


def money(fid: str, article: str, text: str, sentence: str, low: float, measure: str, source: str | None) -> Fact:
    start = sentence.index(text)
    frame = Frame(key=f"figure:{measure}:current", name=measure, measure=measure, known=True, source=source)
    value = Quantity(low, low, unit="USD")
    return Fact(fid, article, "figure", text, start, start + len(text), sentence, 0, len(sentence), value, frame)


def joined(slots: list[list[Fact]]) -> list[set[str]]:
    out = _join_alike_slots([(slot, False) for slot in slots], AlignOptions(), "figure")
    return sorted(({f.id for f in slot} for slot, _ in out), key=sorted)


def test_one_measure_credited_to_two_sources_within_twofold_is_one_slot() -> None:
    coop = money("c", "wire", "310 million dollars", COOP, 310e6, "damage", "growers' cooperative")
    ministry = money("m", "paper", "180 million dollars", MINISTRY, 180e6, "damage", "agriculture ministry")
    a, b = slot_pairs.read([coop]), slot_pairs.read([ministry])
    assert slot_pairs.score(a, b, 6) < AlignOptions().same_claim  # (the model alone leaves them apart)
    assert slot_pairs.sources_apart(a, b)
    assert joined([[coop], [ministry]]) == [{"c", "m"}]


def test_one_source_credited_in_both_slots_or_none_leaves_them_to_the_model() -> None:
    coop = money("c", "wire", "310 million dollars", COOP, 310e6, "damage", "growers' cooperative")
    also_coop = money("m", "paper", "180 million dollars", MINISTRY, 180e6, "damage", "growers' cooperative")
    unsourced = money("m", "paper", "180 million dollars", MINISTRY, 180e6, "damage", None)
    for other in (also_coop, unsourced):
        assert not slot_pairs.sources_apart(slot_pairs.read([coop]), slot_pairs.read([other]))


def test_sources_apart_need_one_measure_and_values_within_fivefold() -> None:
    coop = money("c", "wire", "310 million dollars", COOP, 310e6, "damage", "growers' cooperative")
    too_far = money("m", "paper", "40 million dollars", MINISTRY.replace("180", "40"), 40e6, "damage", "agriculture ministry")
    loans = money("b", "radio", "300 million dollars", BANK, 300e6, "defaults", "lenders")
    assert not slot_pairs.sources_apart(slot_pairs.read([coop]), slot_pairs.read([too_far]))
    assert not slot_pairs.sources_apart(slot_pairs.read([coop]), slot_pairs.read([loans]))


def test_one_measure_on_two_sources_words_joins_further_apart_than_twofold() -> None:
    # A lobby's "as many as" against an agency's estimate of one measure: rival sources' figures lie further apart
    # than two outlets' counts of one thing do.
    coop = money("c", "wire", "310 million dollars", COOP, 310e6, "damage", "growers' cooperative")
    ministry = money("m", "paper", "90 million dollars", MINISTRY.replace("180", "90"), 90e6, "damage", "agriculture ministry")
    assert slot_pairs.sources_apart(slot_pairs.read([coop]), slot_pairs.read([ministry]))
    assert joined([[coop], [ministry]]) == [{"c", "m"}]


def test_two_measures_on_two_sources_words_stay_within_twofold() -> None:
    # Measures that read apart join on the model's score only within twofold, however well it scores them.
    coop = money("c", "wire", "310 million dollars", COOP, 310e6, "damage", "growers' cooperative")
    loans = money("b", "radio", "90 million dollars", BANK.replace("300", "90"), 90e6, "defaults", "lenders")
    a, b = slot_pairs.read([coop]), slot_pairs.read([loans])
    assert not slot_pairs.sources_apart(a, b, 0.9)

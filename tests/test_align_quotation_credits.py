"""One quotation's credits gather in one attribution slot even when the slots holding them cannot join
whole (consistency/align.py, ``_gather_quotation_credits``).

The sentences and names are invented.
"""

from __future__ import annotations

from consistency.align import _gather_quotation_credits
from consistency.model import Attribution, Fact

QUOTE = "The bridge will be open again before the first snow"


def credit(fid: str, article: str, source: str, sentence: str) -> Fact:
    return Fact(
        id=fid, article_id=article, kind="attribution", text=source, start=0, end=len(source),
        sentence=sentence, sentence_start=0, sentence_end=len(sentence),
        value=Attribution(source=source, chain=(source,), cue="said"),
    )


def slot_ids(slots: list[tuple[list[Fact], bool]]) -> list[set[str]]:
    return [{f.id for f in slot} for slot, _strict in slots]


def test_a_credit_held_apart_by_another_article_s_source_joins_the_quotation_s_slot() -> None:
    mayor = credit("m", "a1", "Ilse Brenvold", f'"{QUOTE}," said Mayor Ilse Brenvold.')
    other = credit("t", "a3", "Ilse Brenvold", f'"{QUOTE}," Brenvold said on Tuesday.')
    engineer = credit("e", "a2", "Oskar Quillafeth", f'"{QUOTE}," said chief engineer Oskar Quillafeth.')
    # a1's other source sits beside the engineer: the two slots as a whole may not join.
    contractor = credit("c", "a1", "Marstock Builders", "Marstock Builders said the steel had arrived late.")
    slots = [([mayor, other], False), ([engineer, contractor], False)]
    assert slot_ids(_gather_quotation_credits(slots)) == [{"m", "t", "e"}, {"c"}]


def test_a_credit_whose_article_has_another_source_in_the_target_stays() -> None:
    mayor = credit("m", "a1", "Ilse Brenvold", f'"{QUOTE}," said Mayor Ilse Brenvold.')
    other = credit("t", "a3", "Ilse Brenvold", f'"{QUOTE}," Brenvold said on Tuesday.')
    engineer = credit("e", "a2", "Oskar Quillafeth", f'"{QUOTE}," said chief engineer Oskar Quillafeth.')
    contractor = credit("c", "a2", "Marstock Builders", "Marstock Builders said the steel had arrived late.")
    slots = [([mayor, other, contractor], False), ([engineer], False)]
    assert slot_ids(_gather_quotation_credits(slots)) == [{"m", "t", "c"}, {"e"}]


def test_different_quotations_stay_apart() -> None:
    mayor = credit("m", "a1", "Ilse Brenvold", f'"{QUOTE}," said Mayor Ilse Brenvold.')
    engineer = credit("e", "a2", "Oskar Quillafeth", '"Nobody crosses until the cables are tested," said Quillafeth.')
    slots = [([mayor], False), ([engineer], False)]
    assert slot_ids(_gather_quotation_credits(slots)) == [{"m"}, {"e"}]


def test_a_credit_of_two_quotations_moves_the_same_way_in_any_key_order(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A sentence quoting two statements gives two keys, a set whose order follows the run's hash seed: the credit
    must end where it ends whichever key comes first, or two runs of one corpus disagree."""
    from consistency import align, quotes

    second = "Traffic will run on one lane through the winter"
    both = credit("b", "a1", "Ilse Brenvold", f'"{QUOTE}," Brenvold said. "{second}," she added.')
    first_only = [credit(f"f{n}", f"a{n}", "Ilse Brenvold", f'"{QUOTE}," said Brenvold.') for n in (2, 3)]
    second_only = [credit(f"s{n}", f"a{n}", "Oskar Quillafeth", f'"{second}," said Quillafeth.') for n in (4, 5)]
    slots = [([both], False), (first_only, False), (second_only, False)]
    ends = []
    for order in (sorted, lambda keys: sorted(keys, reverse=True)):
        monkeypatch.setattr(align, "quotation_keys", lambda s, o="", order=order: order(quotes.quotation_keys(s, o)))
        ends.append(slot_ids(_gather_quotation_credits(slots)))
    assert ends[0] == ends[1]
    assert any("b" in slot and len(slot) == 3 for slot in ends[0])

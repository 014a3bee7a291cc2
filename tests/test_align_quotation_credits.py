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

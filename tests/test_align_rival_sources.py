"""One outlet that gives a figure on each of two rival sources' word tells one disputed claim both ways
(consistency/slot_pairs.py, ``rival_sources``; ``align._rival_pairs`` and ``align._join_alike_slots``).

The facts are invented: a river ferry at Ostermoor, whose daily riders the harbour board and a commuters' club
count very differently. The Gazette quotes both; the wire and the radio quote the board alone.
"""

from __future__ import annotations

from consistency import slot_pairs
from consistency.align import AlignOptions, _join_alike_slots
from consistency.model import Fact, Frame, Quantity

GAZETTE_BOARD = "The harbour board said the Ostermoor ferry now carries 12,000 riders on an ordinary weekday."
GAZETTE_CLUB = "A commuters' club disputed that, putting the real number at fewer than 4,000."
WIRE = "Some 12,000 riders cross on the Ostermoor ferry each weekday, according to the harbour board."
RADIO = "The harbour board puts daily ridership on the ferry at 12,000."


def count(fid: str, article: str, text: str, sentence: str, low: float | None, high: float | None,
          measure: str, source: str | None) -> Fact:
    start = sentence.index(text)
    frame = Frame(key=f"figure:{measure}:current", name=measure, measure=measure, known=True, source=source)
    value = Quantity(low, high, counted="riders" if "riders" in sentence[start:] else None)
    return Fact(fid, article, "figure", text, start, start + len(text), sentence, 0, len(sentence), value, frame)


def board_slot(gazette_source: str | None = "harbour board") -> list[Fact]:
    return [
        count("g1", "gazette", "12,000", GAZETTE_BOARD, 12000, 12000, "riders", gazette_source),
        count("w1", "wire", "Some 12,000", WIRE, 11000, 13000, "riders", "harbour board"),
        count("r1", "radio", "12,000", RADIO, 12000, 12000, "riders", "harbour board"),
    ]


def club(text: str = "fewer than 4,000", high: float = 4000, source: str = "commuters' club") -> Fact:
    sentence = GAZETTE_CLUB.replace("fewer than 4,000", text)
    return count("g2", "gazette", text, sentence, None, high, "figure", source)


def joined(slots: list[list[Fact]]) -> list[set[str]]:
    out = _join_alike_slots([(slot, False) for slot in slots], AlignOptions(), "figure")
    return sorted(({f.id for f in slot} for slot, _ in out), key=sorted)


def test_an_outlets_lone_figure_of_a_rival_source_joins_the_slot_where_it_gives_the_other() -> None:
    board, rival = board_slot(), [club()]
    a, b = slot_pairs.read(board), slot_pairs.read(rival)
    assert not slot_pairs.may_join(a, b)  # (the Gazette gives a value in each: the join alone keeps them apart)
    assert slot_pairs.rival_sources(a, b) and slot_pairs.rival_sources(b, a)
    assert joined([board, rival]) == [{"g1", "g2", "r1", "w1"}]


def test_an_uncredited_figure_on_either_side_or_one_source_in_both_keeps_them_apart() -> None:
    bare = count("g2", "gazette", "fewer than 4,000", GAZETTE_CLUB, None, 4000, "figure", None)
    for board, rival in (
        (board_slot(), [bare]),  # (whose word the lone figure is, nothing says)
        (board_slot(gazette_source=None), [club()]),  # (the Gazette's 12,000 may be a claim of its own)
        (board_slot(), [club(source="harbour board")]),  # (one source giving two values: two claims)
    ):
        assert not slot_pairs.rival_sources(slot_pairs.read(board), slot_pairs.read(rival))
        assert len(joined([board, rival])) == 2


def test_rival_figures_further_than_fivefold_apart_stay_apart() -> None:
    board, far = board_slot(), [club("fewer than 2,000", 2000)]
    assert not slot_pairs.rival_sources(slot_pairs.read(board), slot_pairs.read(far))
    assert len(joined([board, far])) == 2


def test_a_slot_of_two_outlets_is_no_lone_rival() -> None:
    other = count("x2", "radio", "fewer than 4,000", GAZETTE_CLUB, None, 4000, "figure", "commuters' club")
    board, rivals = board_slot(), [club(), other]
    assert not slot_pairs.rival_sources(slot_pairs.read(board), slot_pairs.read(rivals))

"""Two figure or date slots of one claim that an outlet blocks (unlike values in both) join whole when the fitted
model reads the rest as one claim (consistency/blocked_slots.py).

The facts are invented: a ferry, the Ulvaskar, runs aground off Brennoch; outlets count its passengers, and one of
them also files the crew it carried among the passenger counts. A dam, the Mowlbridge, bursts; outlets date it, and
one of them also dates the cracks found in it days before.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency import blocked_slots, slot_pairs
from consistency.align import AlignOptions
from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.happening import MAIN_HAPPENING_CUE
from consistency.model import Article, Fact, Frame, Quantity

WIRE = "The Ulvaskar ferry was carrying 412 passengers when it ran aground off Brennoch on Sunday night."
CREW = "The Ulvaskar ferry, which ran aground off Brennoch on Sunday night, had a crew of 38."
RADIO = "All 412 passengers of the Ulvaskar ferry that ran aground off Brennoch were brought ashore."
PAPER = "The Ulvaskar ferry was carrying 421 passengers when it ran aground off Brennoch on Sunday night."
CARS = "The Ulvaskar ferry also had 97 cars and lorries on board when it ran aground off Brennoch on Sunday night."


def figure(fid: str, article: str, text: str, sentence: str, low: float, measure: str) -> Fact:
    start = sentence.index(text)
    frame = Frame(key=f"figure:{measure}:current", name=f"number of {measure}", measure=measure, known=False)
    value = Quantity(low, low)
    return Fact(fid, article, "figure", text, start, start + len(text), sentence, 0, len(sentence), value, frame)


def joined(slots: list[list[Fact]], threshold: float | None = blocked_slots.THRESHOLD) -> list[set[str]]:
    out = blocked_slots.join_blocked_slots([(slot, False) for slot in slots], threshold, AlignOptions().same_claim_slots)
    return sorted(({f.id for f in slot} for slot, _ in out), key=sorted)


def test_an_outlet_in_both_slots_does_not_keep_one_claim_apart() -> None:
    # The wire gives 412 passengers beside the radio's, and files its crew of 38 beside the paper's 421: set aside
    # where it fits worse, the rest is one count of passengers, and the two slots join with both its figures.
    told = [figure("w", "wire", "412", WIRE, 412, "passenger/"), figure("r", "radio", "412", RADIO, 412, "passenger/")]
    other = [figure("p", "paper", "421", PAPER, 421, "passenger/"), figure("c", "wire", "38", CREW, 38, "passenger/")]
    assert joined([told, other]) == [{"c", "p", "r", "w"}]


def test_two_claims_of_the_outlet_in_both_stay_apart() -> None:
    # The wire counts passengers and cars; the paper's cars are another measure than the radio's passengers.
    told = [figure("w", "wire", "412", WIRE, 412, "passenger/"), figure("r", "radio", "412", RADIO, 412, "passenger/")]
    cars = [figure("p", "paper", "97", CARS, 97, "car/"), figure("c", "wire", "97", CARS, 97, "car/")]
    assert joined([told, cars]) == [{"c", "p"}, {"r", "w"}]


def test_the_join_can_be_turned_off() -> None:
    told = [figure("w", "wire", "412", WIRE, 412, "passenger/"), figure("r", "radio", "412", RADIO, 412, "passenger/")]
    other = [figure("p", "paper", "421", PAPER, 421, "passenger/"), figure("c", "wire", "38", CREW, 38, "passenger/")]
    assert len(joined([told, other], threshold=None)) == 2


def dates(article_id: str, text: str) -> list[Fact]:
    article = Article(id=article_id, path=f"{article_id}.txt", outlet=article_id, body=text, published=dt.date(2047, 5, 22))
    facts, _ = extract_facts(article, id_prefix=f"{article_id}.")
    return [f for f in frame_facts(article, facts) if f.kind == "date"]


BURST = dates("wire", "The Mowlbridge dam burst on Tuesday, flooding the farms in the valley below it.")
CRACKS = dates("wire", "Engineers had reported cracks in the Mowlbridge dam on Sunday, the water board said.")
HEARD = dates("radio", "The Mowlbridge dam burst on Tuesday and flooded the farms in the valley.")
PAPER_BURST = dates("paper", "The Mowlbridge dam burst on Monday, flooding the farms in the valley below it.")
BUILT = dates("paper", "The Mowlbridge dam, completed in 1968, had reported cracks before.")


def date_texts(slots: list[list[Fact]]) -> list[list[str]]:
    out = blocked_slots.join_blocked_slots([(slot, False) for slot in slots], blocked_slots.DATE_THRESHOLD, 150)
    return [sorted(f"{f.article_id}:{f.text}" for f in slot) for slot, _ in out]


def test_date_inputs_are_what_the_tests_say() -> None:
    assert [f.text for f in BURST + CRACKS + HEARD + PAPER_BURST + BUILT] == [
        "Tuesday", "Sunday", "Tuesday", "Monday", "1968"
    ]


def test_an_outlets_other_day_does_not_keep_the_happenings_days_apart() -> None:
    # The wire dates the burst beside the radio, and its day of the cracks beside the paper's day of the burst: set
    # aside where it fits worse, the rest is one happening's day, and the paper's Monday meets the others' Tuesday.
    told = [BURST[0], HEARD[0]]
    other = [PAPER_BURST[0], CRACKS[0]]
    assert date_texts([told, other]) == [["paper:Monday", "radio:Tuesday", "wire:Sunday", "wire:Tuesday"]]


def test_another_happenings_date_stays_apart_though_an_outlet_blocks() -> None:
    # The paper's year is the dam's building, not its burst: the rest is no one claim, and nothing joins.
    told = [BURST[0], HEARD[0]]
    other = [BUILT[0], CRACKS[0]]
    assert date_texts([told, other]) == [["radio:Tuesday", "wire:Tuesday"], ["paper:1968", "wire:Sunday"]]


def test_the_date_join_can_be_turned_off() -> None:
    assert AlignOptions(same_date_blocked=None).same_date_blocked is None
    out = blocked_slots.join_blocked_slots([([BURST[0], HEARD[0]], False), ([PAPER_BURST[0], CRACKS[0]], False)], None, 150)
    assert len(out) == 2


# A lock on the Thrambiey canal: outlets date its closing and, one of them, its reopening in the same sentence.
SHUT = dates("wire", "The Thrambiey canal lock shut on Monday, and it reopened on Monday night after repairs.")
SHUT_AGAIN = dates("radio", "The Thrambiey canal lock shut on Monday after a gate jammed.")
SHUT_LATER = dates("paper", "The Thrambiey canal lock shut on Tuesday after a gate jammed.")
SHUT_APART = dates("wire", "A barge was stuck in the Thrambiey canal for hours. It moved again on Monday night.")


def with_frame(fact: Fact, happening: str, known: bool = True, cue: str = "") -> Fact:
    return dataclasses.replace(
        fact,
        frame=Frame(key=f"date:{happening}", name=f"date of the {happening}", measure=happening, known=known, cue=cue),
    )


def test_guard_inputs_are_what_the_tests_say() -> None:
    assert [f.text for f in SHUT + SHUT_AGAIN + SHUT_LATER + SHUT_APART] == [
        "Monday", "Monday night", "Monday", "Tuesday", "Monday night"
    ]


def test_a_set_aside_day_another_outlet_tells_too_is_a_happening_of_its_own() -> None:
    assert blocked_slots._told_by_another(slot_pairs.read([SHUT[0], SHUT_AGAIN[0]]), {"wire"})
    assert not blocked_slots._told_by_another(slot_pairs.read([SHUT[0], SHUT_LATER[0]]), {"wire"})


def test_rests_framed_by_no_common_happening_date_two_happenings() -> None:
    spoke, shut = with_frame(SHUT_AGAIN[0], "statement"), with_frame(SHUT_LATER[0], "closure")
    assert blocked_slots._framed_apart([spoke], [shut])
    assert not blocked_slots._framed_apart([spoke, with_frame(SHUT[0], "closure")], [shut])
    assert not blocked_slots._framed_apart([with_frame(SHUT_AGAIN[0], "statement", known=False)], [shut])



def test_a_frame_only_the_articles_main_happening_gave_is_no_sign_of_two_happenings() -> None:
    spoke, shut = with_frame(SHUT_AGAIN[0], "statement", cue=MAIN_HAPPENING_CUE), with_frame(SHUT_LATER[0], "closure")
    assert not blocked_slots._framed_apart([spoke], [shut])


def test_rests_framed_together_share_a_frame_their_own_sentences_gave() -> None:
    shut, later = with_frame(SHUT_AGAIN[0], "closure"), with_frame(SHUT_LATER[0], "closure")
    assert blocked_slots._framed_together([shut], [later])
    assert not blocked_slots._framed_together([shut], [with_frame(SHUT_LATER[0], "closure", cue=MAIN_HAPPENING_CUE)])
    assert not blocked_slots._framed_together([shut], [with_frame(SHUT_LATER[0], "statement")])


# The wire dates the lock's closing twice: a day the boats waited, filed with the radio's day of the closing, and in a
# slot of its own the day it gives the closing, which the radio's slot answers.
WAITED = dates("wire", "Boats waited for hours below the Thrambiey canal lock on Monday.")
WIRE_SHUT = dates("wire", "The Thrambiey canal lock shut on Tuesday after a gate jammed, the wire reported.")
RADIO_SHUT = dates("radio", "The Thrambiey canal lock shut on Thursday after a gate jammed.")


def lone_join(cue: str) -> list[list[str]]:
    told = [with_frame(WAITED[0], "closure", cue=cue), with_frame(RADIO_SHUT[0], "closure", cue=cue)]
    lone = [with_frame(WIRE_SHUT[0], "closure")]
    out = blocked_slots.join_blocked_slots(
        [(told, False), (lone, False)], blocked_slots.DATE_THRESHOLD, 150, blocked_slots.DATE_GUARDED
    )
    return [sorted(f"{f.article_id}:{f.text}" for f in slot) for slot, _ in out]


def test_an_outlets_lone_day_joins_the_slot_whose_happening_its_sentence_names() -> None:
    assert [f.text for f in WAITED + WIRE_SHUT + RADIO_SHUT] == ["Monday", "Tuesday", "Thursday"]
    assert lone_join("") == [["radio:Thursday", "wire:Monday", "wire:Tuesday"]]


def test_an_outlets_lone_day_stays_apart_when_only_a_main_happening_frames_the_other_slot() -> None:
    # (the article's main happening is the frames' guess for a date whose sentence names none: a start and an end of
    # one story both take it)
    assert lone_join(MAIN_HAPPENING_CUE) == [["radio:Thursday", "wire:Monday"], ["wire:Tuesday"]]


# The wire dates the lock's closing twice: the day the radio gives too, in the radio's slot, and in a slot of its own an
# earlier day told in a later paragraph. Its lone day fits the radio's worse than its own day there, so setting the
# worse fit aside would leave the lone slot empty.
WIRE_TUESDAY = dates("wire", "The Thrambiey canal lock shut on Tuesday after a gate jammed, the wire reported.")
RADIO_TUESDAY = dates("radio", "The Thrambiey canal lock shut on Tuesday after a gate jammed.")
WIRE_MONDAY = dates("wire", "Engineers said the gate of the Thrambiey canal lock had jammed by Monday.")


def worse_lone_join(happening: str, cue: str = "") -> list[list[str]]:
    told = [with_frame(WIRE_TUESDAY[0], "closure"), with_frame(RADIO_TUESDAY[0], "closure")]
    lone = [with_frame(WIRE_MONDAY[0], happening, cue=cue)]
    out = blocked_slots.join_blocked_slots(
        [(told, False), (lone, False)], blocked_slots.DATE_THRESHOLD, 150, blocked_slots.DATE_GUARDED
    )
    return [sorted(f"{f.article_id}:{f.text}" for f in slot) for slot, _ in out]


def test_an_outlets_worse_fitting_lone_day_joins_the_slot_its_sentence_names() -> None:
    assert [f.text for f in WIRE_TUESDAY + RADIO_TUESDAY + WIRE_MONDAY] == ["Tuesday", "Tuesday", "Monday"]
    assert worse_lone_join("closure") == [["radio:Tuesday", "wire:Monday", "wire:Tuesday"]]


def test_an_outlets_worse_fitting_lone_day_of_another_happening_stays_apart() -> None:
    assert worse_lone_join("repair") == [["radio:Tuesday", "wire:Tuesday"], ["wire:Monday"]]
    assert worse_lone_join("closure", MAIN_HAPPENING_CUE) == [["radio:Tuesday", "wire:Tuesday"], ["wire:Monday"]]


ACID_WIRE = "About 300 tonnes of sulphuric acid leaked from the Begonmere works into the river Oss, the agency said."
ACID_RADIO = "The Begonmere works spilled 300 tonnes of sulphuric acid into the Oss on Friday, the agency said."
ACID_ROUND = "More than 200 tonnes of sulphuric acid reached the Oss from the Begonmere works, the agency said."


def tonnes(fid: str, article: str, text: str, sentence: str, low: float, *, open_above: bool = False) -> Fact:
    start = sentence.index(text)
    frame = Frame(key="figure:weight:current", name="weight", measure="weight", known=True)
    value = Quantity(low, None if open_above else low, unit="t")
    return Fact(fid, article, "figure", text, start, start + len(text), sentence, 0, len(sentence), value, frame)


def acid_slots(paper_figure: str, paper_tonnes: float) -> list[list[Fact]]:
    """The wire's and the radio's 300 tonnes beside the paper's round "more than 200", and the paper's other figure
    in a slot of its own: the paper sits in both slots with unlike values."""
    sentence = f"The agency said {paper_figure} of sulphuric acid leaked from the Begonmere works on Friday."
    claim = [
        tonnes("w", "wire", "About 300 tonnes", ACID_WIRE, 300),
        tonnes("r", "radio", "300 tonnes", ACID_RADIO, 300),
        tonnes("p1", "paper", "More than 200 tonnes", ACID_ROUND, 200, open_above=True),
    ]
    return [claim, [tonnes("p2", "paper", paper_figure, sentence, paper_tonnes)]]


def joined_slips(slots: list[list[Fact]], slips: bool) -> list[set[str]]:
    out = blocked_slots.join_blocked_slots(
        [(slot, True) for slot in slots], blocked_slots.THRESHOLD, AlignOptions().same_claim_slots, slips=slips
    )
    return sorted(({f.id for f in slot} for slot, _ in out), key=sorted)


def test_a_mistyped_figure_of_an_outlet_that_also_rounds_the_claim_meets_the_claim() -> None:
    # 30 tonnes is 300 with a zero dropped; the paper's round figure keeps it from the join of slots, and the model
    # scores the rests under this join's threshold: the slip joins them.
    assert joined_slips(acid_slots("30 tonnes", 30), slips=False) == [{"p1", "r", "w"}, {"p2"}]
    assert joined_slips(acid_slots("30 tonnes", 30), slips=True) == [{"p1", "p2", "r", "w"}]


def test_an_outlets_other_figure_no_slip_of_the_claim_stays_apart() -> None:
    assert joined_slips(acid_slots("120 tonnes", 120), slips=True) == [{"p1", "r", "w"}, {"p2"}]


def test_an_outlet_that_gives_both_figures_a_slip_apart_told_two_measures() -> None:
    # The paper gives 300 tonnes beside the others and 30 tonnes in a slot of its own: a tenfold apart by its own
    # word, they are two measures (what leaked, what reached the river), not a figure and its mistyping.
    claim, other = acid_slots("30 tonnes", 30)
    claim[2] = tonnes("p1", "paper", "300 tonnes", ACID_ROUND.replace("More than 200", "300"), 300)
    assert joined_slips([claim, other], slips=True) == [{"p1", "r", "w"}, {"p2"}]

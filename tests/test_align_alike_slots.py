"""Slots of one claim framed in other words are joined by the fitted model (consistency/slot_pairs.py,
``align._join_alike_slots``).

The facts are invented: an exam board in Vumbrel cancels a leaked mathematics paper; outlets name the
pupils who sat it "pupils" or "candidates", and date the replacement paper by different happenings.
"""

from __future__ import annotations

import dataclasses

from consistency import slot_pairs
from consistency.align import AlignOptions, _join_alike_slots
from consistency.model import DateValue, Fact, Frame, Quantity
from consistency.text import content_words, stem

WIRE = "The 52,700 pupils who sat the leaked mathematics paper in Vumbrel will take a new paper next month."
RADIO = "The exam board said the 52,700 pupils who sat the leaked mathematics paper would sit a new one."
PAPER = "About 49,000 candidates sat the leaked mathematics paper in Vumbrel, the exam board said."


def figure(fid: str, article: str, text: str, sentence: str, low: float, measure: str, unit: str | None = None) -> Fact:
    start = sentence.index(text)
    frame = Frame(key=f"figure:{measure}:current", name=f"number of {measure}", measure=measure, known=False)
    value = Quantity(low, low, unit=unit, approximate=text.lower().startswith("about"))
    return Fact(fid, article, "figure", text, start, start + len(text), sentence, 0, len(sentence), value, frame)


def date(fid: str, article: str, text: str, sentence: str, day: str, happening: str) -> Fact:
    start = sentence.index(text)
    frame = Frame(key=f"date:{happening}:current", name=f"date of the {happening}", measure=happening)
    value = DateValue(day, day, "day")
    return Fact(fid, article, "date", text, start, start + len(text), sentence, 0, len(sentence), value, frame)


def joined(slots: list[list[Fact]], kind: str = "figure", options: AlignOptions | None = None) -> list[set[str]]:
    out = _join_alike_slots([(slot, False) for slot in slots], options or AlignOptions(), kind)
    return [{f.id for f in slot} for slot, _ in out]


def test_one_count_named_two_ways_by_disjoint_outlets_is_one_slot() -> None:
    pupils = [
        figure("w", "wire", "52,700", WIRE, 52700, "pupil/"),
        figure("r", "radio", "52,700", RADIO, 52700, "pupil/"),
    ]
    candidates = [figure("p", "paper", "About 49,000", PAPER, 49000, "candidates")]
    assert joined([pupils, candidates]) == [{"w", "r", "p"}]


def test_an_outlet_never_gives_two_values_of_one_joined_claim() -> None:
    pupils = [figure("w", "wire", "52,700", WIRE, 52700, "pupil/")]
    candidates = [
        figure("p", "paper", "About 49,000", PAPER, 49000, "candidates"),
        figure("w2", "wire", "49,000", WIRE.replace("52,700", "49,000"), 49000, "candidates"),
    ]
    assert sorted(map(sorted, joined([pupils, candidates]))) == [["p", "w2"], ["w"]]


def test_figures_in_two_units_never_join() -> None:
    pupils = [figure("w", "wire", "52,700", WIRE, 52700, "pupil/")]
    fee = [figure("p", "paper", "49,000", PAPER.replace("About 49,000 candidates", "49,000 euros"), 49000, "fee", "EUR")]
    assert len(joined([pupils, fee])) == 2


def test_far_apart_figures_in_unrelated_sentences_stay_apart() -> None:
    pupils = [figure("w", "wire", "52,700", WIRE, 52700, "pupil/")]
    rooms = [figure("p", "paper", "14", "Police guarded 14 printing rooms overnight.", 14, "room/")]
    assert len(joined([pupils, rooms])) == 2


def test_the_join_can_be_turned_off() -> None:
    pupils = [figure("w", "wire", "52,700", WIRE, 52700, "pupil/")]
    candidates = [figure("p", "paper", "About 49,000", PAPER, 49000, "candidates")]
    assert len(joined([pupils, candidates], options=AlignOptions(same_claim=None))) == 2


def test_a_day_dated_by_two_happenings_in_one_story_is_one_slot() -> None:
    resit = "The replacement mathematics paper will be sat in Vumbrel's schools on Wednesday, the exam board said."
    again = "Pupils in Vumbrel's schools sit the replacement mathematics paper on Thursday, the exam board said."
    sitting = [date("w", "wire", "Wednesday", resit, "2071-06-24", "exam"), date("r", "radio", "Wednesday", resit, "2071-06-24", "exam")]
    other = [date("p", "paper", "Thursday", again, "2071-06-25", "resit")]
    assert joined([sitting, other], "date") == [{"w", "r", "p"}]
    assert len(joined([sitting, other], "date", AlignOptions(same_date=None))) == 2


def test_features_read_what_tells_one_claim_from_two() -> None:
    pupils = slot_pairs.read([figure("w", "wire", "52,700", WIRE, 52700, "pupil/")])
    candidates = slot_pairs.read([figure("p", "paper", "About 49,000", PAPER, 49000, "candidates")])
    values = dict(zip(slot_pairs.FEATURES, slot_pairs.features(pupils, candidates, 2), strict=True))
    assert values["shared words"] > 0.3  # the figures' own words left out
    assert 0.07 < values["log ratio"] < 0.08 and values["within 15%"] == 1.0 and values["equal"] == 0.0
    assert slot_pairs.score(pupils, candidates, 2) > slot_pairs.score(pupils, candidates, 60)  # more slots, less sure



def _echo_slots(headline_count: str, value: float) -> list[list[Fact]]:
    """The wire's story counts "pupils"; its headline counts "candidates", beside the paper's count."""
    headline = f"Leak: {headline_count} candidates must resit mathematics in Vumbrel"
    pupils = [figure("w", "wire", "52,700", WIRE, 52700, "pupil/"), figure("r", "radio", "52,700", RADIO, 52700, "pupil/")]
    candidates = [
        figure("wh", "wire", headline_count, headline, value, "candidates"),
        figure("p", "paper", "About 49,000", PAPER, 49000, "candidates"),
    ]
    return [pupils, candidates]


def test_slots_an_outlet_echoes_with_one_value_join() -> None:
    # The two slots share the wire, but it gives one value in both: still one claim.
    assert joined(_echo_slots("52,700", 52700)) == [{"w", "r", "wh", "p"}]


def test_slots_an_outlet_gives_two_values_in_stay_apart() -> None:
    assert len(joined(_echo_slots("41,000", 41000))) == 2


def test_the_words_beside_a_figure_are_whole_words() -> None:
    # The window's left edge falls inside "packed": a cut stem ("ack") would never meet another outlet's.
    sentence = "Stewards at the packed exhibition hall counted 1,200 visitors by noon, well above forecasts."
    fact = figure("w", "wire", "1,200", sentence, 1200, "visitor/")
    assert sentence[fact.start - 30 : fact.start].startswith("acked")
    whole = {stem(w) for w in content_words(sentence)}
    assert slot_pairs.beside(fact) <= whole
    assert stem("packed") in slot_pairs.beside(fact)


def test_two_words_the_measure_vocabulary_gives_one_measure_tell_one_thing_done() -> None:
    # "perished" and "died" share no word, but both name the death toll: the counts are not two things done.
    def climbers(fid: str, text: str, sentence: str, low: float) -> Fact:
        fact = figure(fid, fid, text, sentence, low, "climber/")
        return dataclasses.replace(fact, value=dataclasses.replace(fact.value, counted="climbers"))

    a = climbers("wire", "Seven", "Seven climbers perished on the north face of Mount Kelmidge.", 7)
    b = climbers("paper", "nine", "Rescuers said nine climbers died on Kelmidge overnight.", 9)
    assert not slot_pairs._done_apart(slot_pairs.read([a]), slot_pairs.read([b]))
    c = climbers("radio", "nine", "Rescuers said nine climbers were winched to safety overnight.", 9)
    assert slot_pairs._done_apart(slot_pairs.read([a]), slot_pairs.read([c]))


def test_one_sum_told_in_a_currency_s_name_and_in_its_code_is_one_slot() -> None:
    # "francs" names several countries' currencies; beside "CHF" it is that one.
    wire = "The Tessarn canton will spend CHF 38m on flood walls along the river, officials said."
    paper = "Officials in Tessarn said 38 million francs would go to flood walls along the river."
    coded = [figure("w", "wire", "CHF 38m", wire, 38e6, "walls", "CHF")]
    named = [figure("p", "paper", "38 million francs", paper, 38e6, "flood", "franc")]
    assert joined([coded, named]) == [{"w", "p"}]


def test_two_currencies_told_apart_by_their_writers_never_join() -> None:
    # "US$" and "NZ$" each pin their dollar: two currencies, whatever the sentences share.
    wire = "The Tessarn port will spend US$38m on flood walls along the river, officials said."
    paper = "Officials in Tessarn said NZ$38m would go to flood walls along the river."
    us = [figure("w", "wire", "US$38m", wire, 38e6, "walls", "USD")]
    nz = [figure("p", "paper", "NZ$38m", paper, 38e6, "flood", "NZD")]
    assert len(joined([us, nz])) == 2


def test_one_height_in_feet_and_in_metres_is_one_slot() -> None:
    # Two outlets frame the spire's height by two nouns and in two units: converted, one claim.
    wire = "The cathedral spire in Vumbrel, 123 metres tall, was struck by lightning overnight."
    paper = "Lightning struck the 404-foot spire of Vumbrel cathedral overnight, the chapter said."
    metres = [figure("w", "wire", "123 metres", wire, 123, "height", "m")]
    feet = [figure("p", "paper", "404-foot", paper, 404, "spire", "ft")]
    assert joined([metres, feet]) == [{"w", "p"}]


def test_figures_told_with_other_words_beside_them_may_still_join() -> None:
    # The words right beside the two counts differ ("who sat the leaked" against "must resit"), yet the
    # rest of the sentences tell one claim: words done apart weigh against a join, they no longer bar it.
    resit = "Some 52,000 candidates must resit in Vumbrel after the leaked mathematics paper, the exam board said."
    wire = slot_pairs.read([figure("w", "wire", "52,700", WIRE, 52700, "pupil/")])
    paper = slot_pairs.read([figure("p", "paper", "Some 52,000", resit, 52000, "candidates")])
    assert slot_pairs._done_apart(wire, paper)
    assert slot_pairs.may_join(wire, paper)
    values = dict(zip(slot_pairs.FEATURES, slot_pairs.features(wire, paper, 2), strict=True))
    assert values["done apart"] == 1.0
    apart = slot_pairs.score(wire, paper, 2)
    told_alike = slot_pairs.probability([0.0 if name == "done apart" else v for name, v in values.items()])
    assert apart < told_alike  # the same two slots, weighed as told alike, score higher


def _counting(fid: str, text: str, sentence: str, low: float, noun: str) -> Fact:
    fact = figure(fid, fid, text, sentence, low, f"{noun}/")
    return dataclasses.replace(fact, value=dataclasses.replace(fact.value, counted=noun))


def test_two_kinds_of_thing_told_with_other_words_never_join() -> None:
    # One round number, two things counted and done: the signatures handed in, the passengers carried.
    petition = _counting("a", "900", "Campaigners in Vumbrel handed in 900 signatures on Monday.", 900, "signatures")
    ferry = _counting("b", "900", "The Vumbrel ferry carries 900 passengers a week, campaigners said.", 900, "passengers")
    a, b = slot_pairs.read([petition]), slot_pairs.read([ferry])
    assert slot_pairs._done_apart(a, b) and not slot_pairs.may_join(a, b)
    # A compound and its head are one kind of thing: the notes printed, the banknotes issued.
    notes = _counting("c", "900", "The Vumbrel mint printed 900 notes of the new series.", 900, "notes")
    banknotes = _counting("d", "900", "Some 900 banknotes went into circulation in Vumbrel.", 900, "banknotes")
    c, d = slot_pairs.read([notes]), slot_pairs.read([banknotes])
    assert slot_pairs._done_apart(c, d) and slot_pairs.may_join(c, d)


def _clock(fid: str, article: str, text: str, sentence: str, moment: str, happening: str) -> Fact:
    start = sentence.index(text)
    frame = Frame(key=f"date:{happening}:current", name=f"date of the {happening}", measure=happening)
    value = DateValue(moment, moment, "minute")
    return Fact(fid, article, "date", text, start, start + len(text), sentence, 0, len(sentence), value, frame)


def test_an_outlet_telling_a_day_in_one_slot_and_its_moment_in_the_other_echoes_it() -> None:
    # The wire dates the resit "on Wednesday" in one sentence and gives its starting time in another: one claim
    # told twice, at two grains; a clock time on another day is a second claim of its own.
    resit = "Pupils in Vumbrel sit the replacement mathematics paper on Wednesday."
    day = slot_pairs.read([date("w", "wire", "Wednesday", resit, "2071-06-24", "exam")])
    same = slot_pairs.read([
        _clock("wc", "wire", "9am", "The new paper starts at 9am, the board said.", "2071-06-24T09:00", "resit"),
        date("p", "paper", "Thursday", resit.replace("Wednesday", "Thursday"), "2071-06-25", "resit"),
    ])
    other = slot_pairs.read([
        _clock("wc", "wire", "9am", "The new paper starts at 9am, the board said.", "2071-06-25T09:00", "resit"),
        date("p", "paper", "Thursday", resit.replace("Wednesday", "Thursday"), "2071-06-25", "resit"),
    ])
    assert slot_pairs.echoed(day, same) and slot_pairs.echoed(same, day)
    assert not slot_pairs.echoed(day, other)


def test_an_outlets_clock_time_in_two_zones_echoes_itself() -> None:
    # "0412 GMT" in the wire's lead and "7:12 a.m." local in its third paragraph: one moment, two zones; the same
    # outlet's 7:12 against a reading at another minute past the hour (or on the hour: too common) is two claims.
    said = "The shaking began at 0412 GMT, the survey said."
    local = "The shaking woke the town at 7:12 a.m., the survey said."
    gmt = slot_pairs.read([_clock("wg", "wire", "0412 GMT", said, "2071-06-24T04:12", "quake")])
    there = slot_pairs.read([
        _clock("wl", "wire", "7:12 a.m.", local, "2071-06-24T07:12", "quake"),
        _clock("p", "paper", "7:12 a.m.", local, "2071-06-24T07:12", "quake"),
    ])
    later = slot_pairs.read([
        _clock("wl", "wire", "7:12 a.m.", local, "2071-06-24T07:40", "quake"),
        _clock("p", "paper", "7:12 a.m.", local, "2071-06-24T07:40", "quake"),
    ])
    assert slot_pairs.echoed(gmt, there)
    assert not slot_pairs.echoed(gmt, later)


def test_one_exact_count_named_by_two_nouns_and_told_in_other_words_joins() -> None:
    # Refitted on every odd-numbered own set: an equal value weighs more than it did. The tickets the organisers
    # sold and the fans on the showground share no word beside their figures, but one exact count of an evening
    # that twelve slots of the event do not crowd out is one claim (the weights before the refit gave it 0.94).
    sold = "The festival's organisers in Brellwick sold 6,480 tickets for the opening night."
    filled = "Some 6,480 fans filled the Brellwick showground on the opening night, organisers said."
    tickets = slot_pairs.read([figure("w", "wire", "6,480", sold, 6480, "ticket/")])
    fans = slot_pairs.read([figure("p", "paper", "Some 6,480", filled, 6480, "fan/")])
    assert slot_pairs._done_apart(tickets, fans) and slot_pairs.may_join(tickets, fans)
    assert slot_pairs.score(tickets, fans, 12) >= slot_pairs.THRESHOLD
    assert slot_pairs.score(tickets, fans, 12) > slot_pairs.score(tickets, fans, 120)  # more slots, less sure
    rooms = slot_pairs.read([figure("r", "radio", "48", "Stewards opened 48 first-aid tents in Brellwick.", 48, "tent/")])
    assert slot_pairs.score(tickets, rooms, 12) < slot_pairs.THRESHOLD  # far apart, told apart: two claims


def test_a_slot_is_read_once_for_the_same_facts_and_afresh_for_others() -> None:
    # (``slot_pairs.read`` remembers a reading by its facts' identities: the same facts in the same order give
    # the very reading, equal facts that are other objects an equal one read again, other facts their own.)
    sentence = "Some 3,400 lanterns were floated down the Quillon river at Ashmere on Friday night."
    lanterns = [figure("a", "one", "3,400", sentence, 3400, "lantern/"),
                figure("b", "two", "3,400", sentence, 3400, "lantern/")]
    first = slot_pairs.read(lanterns)
    assert slot_pairs.read(list(lanterns)) is first
    copies = [dataclasses.replace(f) for f in lanterns]
    again = slot_pairs.read(copies)
    assert again == first and again is not first
    assert slot_pairs.read(lanterns[::-1]) is not first
    other = slot_pairs.read([figure("c", "three", "2,900", sentence.replace("3,400", "2,900"), 2900, "lantern/")])
    assert other.middles == (2900.0,) and first.middles == (3400.0,)


TOWPATH_TRUST = "Volunteers in Pelliwick planted {} saplings along the canal towpath on Saturday, the trust said."
TOWPATH_RADIO = "The canal trust said {} saplings went into the ground beside the Pelliwick towpath at the weekend."
TOWPATH_COUNCIL = "Council crews counted {} young trees by the water on Sunday."


def _towpath(count: int) -> tuple[slot_pairs.Slot, slot_pairs.Slot]:
    """Two outlets' "1,460 saplings" against a third outlet's count of young trees, told in other words."""
    trust = [
        figure("t", "trust", "1,460", TOWPATH_TRUST.format("1,460"), 1460, "sapling/"),
        figure("r", "radio", "1,460", TOWPATH_RADIO.format("1,460"), 1460, "sapling/"),
    ]
    told = f"{count:,}"
    council = [figure("c", "council", told, TOWPATH_COUNCIL.format(told), count, "tree/")]
    return slot_pairs.read(trust), slot_pairs.read(council)


def test_figures_a_keyboard_slip_apart_score_as_one_claim() -> None:
    # "1,640" is "1,460" with two digits swapped: the slip lifts a pair the rest of the model leaves just under.
    trust, council = _towpath(1640)
    values = dict(zip(slot_pairs.FEATURES, slot_pairs.features(trust, council, 2), strict=True))
    assert values["slipped"] == 1.0
    threshold = AlignOptions().same_claim
    assert threshold is not None
    assert slot_pairs.score(trust, council, 2) >= threshold
    unslipped = slot_pairs.probability([0.0 if name == "slipped" else v for name, v in values.items()])
    assert unslipped < threshold


def test_figures_apart_by_more_than_a_slip_keep_their_slots() -> None:
    # "1,730" shares no swapped digits with "1,460": two counts, as the rest of the model reads them.
    trust, council = _towpath(1730)
    values = dict(zip(slot_pairs.FEATURES, slot_pairs.features(trust, council, 2), strict=True))
    assert values["slipped"] == 0.0
    threshold = AlignOptions().same_claim
    assert threshold is not None
    assert slot_pairs.score(trust, council, 2) < threshold


def test_small_counts_with_digits_swapped_are_no_slip() -> None:
    # "14" and "41" share their digits by chance as often as by a slip: under a hundred the feature stays off.
    a = slot_pairs.read([figure("a", "trust", "14", "Some 14 boats were moored at Pelliwick lock.", 14, "boat/")])
    b = slot_pairs.read([figure("b", "radio", "41", "About 41 boats lay at Pelliwick lock.", 41, "boat/")])
    values = dict(zip(slot_pairs.FEATURES, slot_pairs.features(a, b, 2), strict=True))
    assert values["slipped"] == 0.0


# A count of things and a figure with a fraction framed as some other measure (``slot_pairs._count_and_fraction``).
GOVERNOR = "The tremor flattened six villages in the hills above Tarvoss, the provincial governor said."
RESCUERS = "Rescuers from Quellburn reached seven flattened villages by nightfall."
OBSERVATORY = "The Tarvoss observatory put the tremor's magnitude at 6.3 on Sunday."
INSTITUTE = "A geological institute abroad measured the Tarvoss tremor at 6.1."


def framed(fid: str, article: str, text: str, sentence: str, low: float, measure: str, counted: str | None) -> Fact:
    start = sentence.index(text)
    key = f"figure:{measure}@{counted}:current" if counted else f"figure:{measure}:current"
    frame = Frame(key=key, name=measure, measure=measure, known=True)
    value = Quantity(low, low, counted=counted)
    return Fact(fid, article, "figure", text, start, start + len(text), sentence, 0, len(sentence), value, frame)


def test_a_count_never_joins_a_figure_with_a_fraction_that_measures_something_else() -> None:
    villages = slot_pairs.read([framed("g", "wire", "six", GOVERNOR, 6, "destroyed", "villages")])
    magnitude = slot_pairs.read([framed("o", "paper", "6.3", OBSERVATORY, 6.3, "magnitude", None)])
    assert slot_pairs._count_and_fraction(villages, magnitude)
    assert not slot_pairs.may_join(villages, magnitude)
    assert not slot_pairs.may_join(magnitude, villages)
    # (a whole magnitude, "6", is no sign of two claims: the model weighs it)
    whole = slot_pairs.read([framed("o", "paper", "6.3", OBSERVATORY, 6, "magnitude", None)])
    assert not slot_pairs._count_and_fraction(villages, whole)
    # (without the rule the two slots join: close values, one unit, alike sentences)
    governor = framed("g", "wire", "six", GOVERNOR, 6, "destroyed", "villages")
    observatory = framed("o", "paper", "6.3", OBSERVATORY, 6.3, "magnitude", None)
    assert sorted(map(sorted, joined([[governor], [observatory]]))) == [["g"], ["o"]]


def test_two_counts_or_two_magnitudes_of_one_claim_may_still_join() -> None:
    six = slot_pairs.read([framed("g", "wire", "six", GOVERNOR, 6, "destroyed", "villages")])
    seven = slot_pairs.read([framed("r", "radio", "seven", RESCUERS, 7, "destroyed", "villages")])
    assert slot_pairs.may_join(six, seven)
    high = slot_pairs.read([framed("o", "paper", "6.3", OBSERVATORY, 6.3, "magnitude", None)])
    low = slot_pairs.read([framed("i", "radio", "6.1", INSTITUTE, 6.1, "magnitude", None)])
    assert not slot_pairs._count_and_fraction(high, low)
    assert slot_pairs.may_join(high, low)
    # two outlets' magnitudes of one tremor are one claim (6.3 against 6.1: a conflict the checks then weigh)
    observatory = framed("o", "paper", "6.3", OBSERVATORY, 6.3, "magnitude", None)
    institute = framed("i", "radio", "6.1", INSTITUTE, 6.1, "magnitude", None)
    governor = framed("g", "wire", "six", GOVERNOR, 6, "destroyed", "villages")
    assert sorted(map(sorted, joined([[observatory], [institute], [governor]]))) == [["g"], ["i", "o"]]


def _torn_day(paper: Fact) -> list[list[Fact]]:
    """The wire and the radio date the resit "on Wednesday"; the wire gives Thursday too, for the marking, in a slot
    of its own: the paper's lone day could join either slot, and the two cannot join each other."""
    resit = "Pupils in Vumbrel sit the replacement mathematics paper on Wednesday, the exam board said."
    marking = "Examiners in Vumbrel mark the replacement mathematics paper on Thursday, the exam board said."
    sitting = [date("w", "wire", "Wednesday", resit, "2071-06-24", "exam"), date("r", "radio", "Wednesday", resit, "2071-06-24", "exam")]
    marked = [date("wm", "wire", "Thursday", marking, "2071-06-25", "resit")]
    return [sitting, marked, [paper]]


def test_a_lone_day_torn_between_two_slots_joins_its_mutual_best_match() -> None:
    # The paper's day scores well with both slots, but the sitting is its best match and it is the sitting's: the
    # model says which reading is the claim, and the paper's Tuesday meets the others' Wednesday.
    told = "Pupils in Vumbrel sit the replacement mathematics paper on Tuesday, the exam board said."
    paper = date("p", "paper", "Tuesday", told, "2071-06-23", "exam")
    slots = _torn_day(paper)
    read = [slot_pairs.read(s) for s in slots]
    assert not slot_pairs.echoed(read[0], read[1])
    assert slot_pairs.score(read[1], read[2], 3) >= slot_pairs.DATE_JOIN_THRESHOLD  # (torn: it could join either)
    assert slot_pairs.score(read[0], read[2], 3) > slot_pairs.score(read[1], read[2], 3)
    assert {"w", "r", "p"} in joined(slots, "date")


def test_a_statement_day_torn_between_two_slots_stays_apart() -> None:
    # The same lone day told as the day the board spoke is a side date: it matches many claims by chance, and its
    # best match says nothing of which slot is its claim.
    told = "The exam board said on Tuesday that pupils in Vumbrel sit the replacement mathematics paper."
    start = told.index("Tuesday")
    frame = Frame(key="date:statement:current", name="date of the statement", measure="statement")
    paper = Fact("p", "paper", "date", "Tuesday", start, start + 7, told, 0, len(told), DateValue("2071-06-23", "2071-06-23", "day"), frame)
    slots = _torn_day(paper)
    assert {"p"} in joined(slots, "date")


def test_an_outlets_clock_reading_in_the_part_of_the_day_it_names_echoes_it() -> None:
    # The wire says the board met "this morning" in one sentence and gives the meeting's time in another: one moment
    # at two grains; a reading in the afternoon is another claim, and a part of a day is not its whole day.
    met = "The exam board met this morning to set the replacement paper, the wire said."
    timed = "The board's meeting began at 10.40am in Vumbrel."
    part = dataclasses.replace(
        date("wd", "wire", "this morning", met, "2071-06-24", "meeting"),
        value=DateValue("2071-06-24", "2071-06-24", "day", timex="2071-06-24TMO"),
    )
    morning = slot_pairs.read([part])
    at_ten = slot_pairs.read([_clock("wc", "wire", "10.40am", timed, "2071-06-24T10:40", "meeting")])
    at_three = slot_pairs.read([_clock("wc", "wire", "10.40am", timed, "2071-06-24T15:00", "meeting")])
    whole_day = slot_pairs.read([date("wd", "wire", "this morning", met, "2071-06-24", "meeting")])
    assert slot_pairs.echoed(morning, at_ten) and slot_pairs.echoed(at_ten, morning)
    assert not slot_pairs.echoed(morning, at_three)
    assert not slot_pairs.echoed(morning, whole_day)

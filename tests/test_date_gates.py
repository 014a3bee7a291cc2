"""The date grammar's gates (``dates._GATES``): a rule whose gate finds nothing in the lowered text is not
scanned, so a gate must find something in every text the rule matches in."""

from __future__ import annotations

import random
import re

from consistency.extract import dates

FRAGMENTS = [
    "7 March", "7th of March", "7-9 June", "between 3 and 12 of September", "the 9th of May", "12  Dec",
    "2012-02-14", "2012-02-14T08:30Z", "4/22/2012", "2012/04/22", "04/22/12", "14.2.2012", "2012.02.14",
    "08. 07. 2012", "22/04", "Oct/2", "on the 18th", "by the 4th", "since the\t21st", "week 31", "week 7",
    "the first week of May", "the last week of 2019", "Velmora", "Halvik met Brask", "on", "the", "of",
    "week", "/", ".", "-", ",", " ", "  ", "\n", "3", "12", "2024", "May", "OCT", "Sept", "TH", "St",
]


def _texts() -> list[str]:
    rng = random.Random(7)
    texts = []
    for _ in range(3000):
        parts = [rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 6))]
        text = rng.choice(["", " ", "x"]).join(parts)
        texts.append("".join(c.upper() if rng.random() < 0.2 else c for c in text))
    return texts


def test_each_handler_has_a_gate_slot_for_each_of_its_rules() -> None:
    counts: dict[object, int] = {}
    for _pattern, handler in dates.RULES:
        counts[handler] = counts.get(handler, 0) + 1
    for handler, gates in dates._GATES.items():
        assert len(gates) == counts[handler], handler.__name__


def test_a_gate_finds_something_wherever_its_rule_matches() -> None:
    gated = [(looked, dates._GATE[id(looked)]) for looked, _h in dates._LOOKED_RULES if id(looked) in dates._GATE]
    assert len(gated) >= 8
    matched = 0
    for text in _texts():
        lowered = text.lower()
        for looked, gate in gated:
            if looked.search(text) is not None:
                matched += 1
                assert gate.search(lowered) is not None, (gate.pattern, text)
    assert matched > 1000


def test_a_gate_turns_away_texts_without_its_stretch() -> None:
    gates = {handler.__name__: re.compile(g[0]) for handler, g in dates._GATES.items() if g[0]}
    assert gates["_dotted"].search("velmora grew 2.5 percent. halvik 3.") is None
    assert gates["_day_month"].search("brask said 12 people left in march") is None
    assert gates["_day_month"].search("on 12 march") is not None


CLOCK_FRAGMENTS = [
    "9pm", "at 9:30 a.m.", "1140 a.m.", "23:37", "A380", "x9am", "10:30:15", ".5pm", "3.45pm", "12 noon",
    "9a", "8:45p", "0737 GMT", "Febuary 14, 2012", "Novemer 3rd 2011", "Velmora", "Halvik", "(", "-", ":",
    ".", " ", "  ", "\n", "7", "2024", "o'clock", "seven", "noon", "midnight", "at",
]


def test_clock_times_and_misspelt_days_start_at_the_first_digit_of_a_run() -> None:
    from consistency.extract._date_prefilter import Anchors, matches

    rules = [looked for looked, handler in dates._LOOKED_RULES if handler in (dates._time_alone, dates._misspelt_month_day)]
    assert all(any(runs is dates._DIGIT_START for _w, runs, _o in dates._ANCHORS[id(looked)]) for looked in rules)
    rng = random.Random(5)
    hits = 0
    for _ in range(2000):
        text = rng.choice(["", " ", "x", "1"]).join(rng.choice(CLOCK_FRAGMENTS) for _ in range(rng.randint(1, 7)))
        for looked in rules:
            expected = [m.span() for m in looked.finditer(text)]
            windows = Anchors(text, text.lower()).windows(dates._ANCHORS[id(looked)])
            found = expected if windows is None else [
                m.span() for m in matches(looked, text, windows, dates._REACH[id(looked)])]
            hits += len(expected)
            assert found == expected, text
    assert hits > 1000


# Rules gated from their rarest part, with what comes before it checked by look-behinds: a misspelt month's
# day before its year, a range of years, "now" as a range's end, weekdays with a number or "the" after them,
# "the day before", and the year parts read from the "of" after them.
LATER_FRAGMENTS = [
    "Febuary 3, 2024", "Novemer 27th  2005", "Marhc 4th,\t2011", "1999-2004", "2010 to 2012", "2011 through 14",
    "2003 – 05", "between now and", "and now", "between\tnow", "Friday 7/6", "Thursday, 29/03", "Monday 2024-7-6",
    "Friday the 13th", "Tuesday the eleventh", "the day before", "the night after.", "the evening before",
    "the end of 2012", "the first days of the year", "the close of the previous year", "end of last year",
    "by end of year", "the middle of this year", "Velmora", "Halvik", "the", "of", "day", "now", "and", "3",
    "12", "2024", "1999", ",", " ", "  ", "\t", "\n", "-", "/",
]


def test_the_gates_read_from_their_rarest_part_find_something_wherever_their_rule_matches() -> None:
    handlers = (dates._misspelt_month_day, dates._year_range, dates._now_as_end, dates._weekday_numeric,
                dates._weekday_the_day, dates._day_around, dates._year_part)
    gated = [(looked, dates._GATE[id(looked)]) for looked, h in dates._LOOKED_RULES
             if h in handlers and id(looked) in dates._GATE]
    assert len(gated) == len(handlers)
    rng = random.Random(11)
    matched = set()
    for _ in range(4000):
        parts = [rng.choice(LATER_FRAGMENTS) for _ in range(rng.randint(1, 6))]
        text = "".join(c.upper() if rng.random() < 0.2 else c for c in rng.choice(["", " ", "x"]).join(parts))
        lowered = text.lower()
        for looked, gate in gated:
            if any(m.end() > m.start() for m in looked.finditer(text)):
                matched.add(gate.pattern)
                assert gate.search(lowered) is not None, (gate.pattern, text)
    assert len(matched) == len(gated)  # each gate met texts its rule matches in


def test_a_gate_read_from_a_year_or_from_now_turns_away_texts_without_what_comes_before() -> None:
    gates = {h.__name__: dates._GATE[id(looked)] for looked, h in dates._LOOKED_RULES if id(looked) in dates._GATE}
    assert gates["_misspelt_month_day"].search("halvik was born in 1984") is None
    assert gates["_misspelt_month_day"].search("brask 3, 1984") is not None
    assert gates["_now_as_end"].search("velmora is now open and it is now") is None
    assert gates["_now_as_end"].search("between  now and then") is not None

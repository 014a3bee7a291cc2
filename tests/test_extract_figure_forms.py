"""Number forms of issue #9 (written-out fractions and decimals, powers of ten, digit grouping) and
what stays no figure. Every sentence is invented."""

from __future__ import annotations

import math

import pytest

from consistency.extract import ExtractionContext
from consistency.extract._figure_words import fraction_after, parse_number_words
from consistency.extract.figures import extract_figures
from consistency.model import Quantity

CTX = ExtractionContext()


def figures(text: str) -> list[tuple[str, Quantity]]:
    return [(text[e.start : e.end], e.value) for e in extract_figures(text, CTX)]  # type: ignore[misc]


# sentence -> (span, value, unit)
FORMS = [
    # a hedged "half" before "a"/"an" is half of what follows, not a share
    ("The relay took nearly half an hour.", ("nearly half an hour", 0.5, "h")),
    # a fraction joined by "and" adds to the whole number; of the scale the number ends with
    ("Velmora grew five and a quarter tonnes of rye.", ("five and a quarter tonnes", 5.25, "t")),
    ("The ferry covered twenty and three fifths miles.", ("twenty and three fifths miles", 20.6, "mi")),
    ("Halvik logged one hundred and three quarters hours of rain.", None),  # a duration needs a lead
    ("Brask counted one hundred and three quarters crates.", ("one hundred and three quarters", 100.75, None)),
    ("The fund holds 3 million and a half shares.", ("3 million and a half", 3.5e6, None)),
    ("Norland spent $4 billion and a quarter on roads.", ("$4 billion and a quarter", 4.25e9, "USD")),
    ("Korvath has two million and one half residents.", ("two million and one half", 2.5e6, None)),
    ("The team won 3 and a half games on average.", ("3 and a half", 3.5, None)),
    # a number-word phrase over a plural denominator
    ("The recipe asks for twenty-three fifths of a cup.", ("twenty-three fifths", 4.6, None)),
    ("Dravik took two thirds of a million votes.", ("two thirds of a million", 2e6 / 3, None)),
    # a denominator of a tens word and an ordinal
    ("Velmora set aside one twenty-fifth of the budget.", ("one twenty-fifth", 0.04, None)),
    ("Brask kept three twenty-firsts of the haul.", ("three twenty-firsts", 3 / 21, None)),
    ("The mill got one hundred thirty-fifths of a share.", ("one hundred thirty-fifths", 100 / 35, None)),
    ("The lens moved a hundredth of a turn.", ("a hundredth", 0.01, None)),
    # a fraction across a hyphen with spaces
    ("Dravik won one - fourth of the seats.", ("one - fourth", 0.25, None)),
    # a decimal said aloud
    ("The gauge read two hundred point zero three.", ("two hundred point zero three", 200.03, None)),
    ("The index closed at nought point seven.", ("nought point seven", 0.7, None)),
    ("She ran nine point five miles.", ("nine point five miles", 9.5, "mi")),
    # ... without its zero, before a percentage (a broadcast's "point one percent"), never the noun "point"
    ("The economy grew point three percent.", ("point three percent", 0.3, "percent")),
    ("At this point two percent of the votes were in.", ("two percent", 2.0, "percent")),
    # a hyphen with spaces, as tokenized copy writes it
    ("Velmora hired fifty - two guards.", ("fifty - two", 52, None)),
    # dozens
    ("Marta Vellacourt ordered three dozens eggs.", ("three dozens", 36, None)),
    ("They packed 4 dozens crates.", ("4 dozens", 48, None)),
    # minus and negative before a word number
    ("The score ended at minus one overall.", ("minus one", -1, None)),
    # powers of ten
    ("The probe counted 1.3e6 particles.", ("1.3e6", 1.3e6, None)),
    ("The error was 6.2x10^-4 on the test bench.", ("6.2x10^-4", 6.2e-4, None)),
    ("A grain weighs 4.5×10−3 kg in Brask.", ("4.5×10−3 kg", 4.5e-3, "kg")),
    ("The archive holds 1e9 records.", ("1e9", 1e9, None)),
    # a power written with a caret; two minus signs cancel
    ("The growth factor was 1.5^3 in Halvik.", ("1.5^3", 3.375, None)),
    ("Dravik wrote 4^-2 on the board.", ("4^-2", 0.0625, None)),
    ("The slate said -2^--3 in chalk.", ("-2^--3", -8, None)),
    # a fraction said aloud keeps a "negative" before it
    ("The balance moved negative one over 4.", ("negative one over 4", -0.25, None)),
    # digits with a scale word, then a smaller part
    ("Velmora paid 3 hundred and 12 crowns.", ("3 hundred and 12", 312, None)),
    ("Brask stored 7 thousand 2 hundred and 5 barrels.", ("7 thousand 2 hundred and 5 barrels", 7205, "barrel")),
    ("Halvik budgeted 4 crore and two hundred rupees.", ("4 crore and two hundred rupees", 40000200, "INR")),
    # a scale of a scale
    ("The state debt reached 2 lakh crore rupees.", ("2 lakh crore rupees", 2e12, "INR")),
    ("Norland once counted a thousand million stars.", ("a thousand million", 1e9, None)),
    # abbreviated scales: a spaced "k", a "b" after a decimal, "mil"
    ("The Dravik fund drew 4.5 k donors.", ("4.5 k", 4500, None)),
    ("Brask now has 1.4b subscribers.", ("1.4b", 1.4e9, None)),
    ("Marta Vellacourt sold her flat for 3mil crowns.", ("3mil", 3e6, None)),
    # thousands in SI groups, even as long as a phone number
    ("Norland now counts 1 204 311 250 residents.", ("1 204 311 250", 1204311250, None)),
    # dozens abbreviated, and a mixed fraction after two spaces
    ("Brask bought 3 doz eggs.", ("3 doz", 36, None)),
    ("The plank is 2  1/4 inches thick.", ("2  1/4 inches", 2.25, "in")),
    # a decimal without its leading zero
    ("The tax went up .25 percent.", (".25 percent", 0.25, "percent")),
    # thousands grouped with spaces, in SI style
    ("Velmora counts 40 000 voters.", ("40 000", 40000, None)),
    ("The region has 1 234 567 residents.", ("1 234 567", 1234567, None)),
    # a digit fraction before a unit or "of"
    ("Halvik built a 1/4 mile track.", ("1/4 mile", 0.25, "mi")),
    ("Brask won 3/4 of the seats.", ("3/4", 0.75, None)),
    # a fraction said aloud, before punctuation or "of"
    ("Halvik kept one over three of the seats.", ("one over three", 1 / 3, None)),
    # an ISO code glued to the amount
    ("The ticket costs USD115 in Korvath.", ("USD115", 115, "USD")),
    # a damaged length word before a direction or "from" is that length; a real word stays a count
    ("The quake struck twenty-six mils north of Halvik.", ("twenty-six mils", 26, "mi")),
    ("The Brask well lies 40 kilomters from the coast.", ("40 kilomters", 40, "km")),
    ("Velmora owns 3 mills north of the town.", ("3", 3, None)),
    # an age in months after "aged"; "half a million" after a hedge; a unit and a half of it
    ("The Halvik twins, aged 14 months, went home.", ("aged 14 months", 14, "months old")),
    ("Brask paid nearly half a million euros in damages.", ("nearly half a million euros", 5e5, "EUR")),
    ("The Velmora tunnel is a mile and a half long.", ("a mile and a half", 1.5, "mi")),
    ("The Korvath well is about a metre and a quarter deep.", ("about a metre and a quarter", 1.25, "m")),
    # ISO codes wires write before an amount with a glued scale: money, never metres
    ("Halvik Energy paid SEK 39m for the wharf.", ("SEK 39m", 3.9e7, "SEK")),
    ("Korvath's port raised NOK 4.2bn in bonds.", ("NOK 4.2bn", 4.2e9, "NOK")),
    ("The Velmora yard bought a crane for PLN 12 million.", ("PLN 12 million", 1.2e7, "PLN")),
    # every currency in use, not only the common ones: a glued "m" after any of them is millions
    ("The Velmora port authority borrowed TTD 460m.", ("TTD 460m", 4.6e8, "TTD")),
    ("The Korvath copper mine fetched ZMW 2.5bn.", ("ZMW 2.5bn", 2.5e9, "ZMW")),
    ("Halvik Energy sold the plant for MNT 90m.", ("MNT 90m", 9e7, "MNT")),
    # three capitals the table of codes leaves out (a code that is also a word, or one no table knows) before
    # an amount with a glued "m": millions of a currency left unsaid, as after its name no table knows
    ("The Oskal dam cost PEN 12m to finish.", ("12m", 1.2e7, None)),
    ("The Brask council set aside QRZ 84m for the bridge.", ("84m", 8.4e7, None)),
    ("Halvik's insurer paid QRZ 6.5 m to the growers.", ("6.5 m", 6.5e6, None)),
    ("The Brask council set aside 84 million qurzas for the bridge.", ("84 million", 8.4e7, None)),
    # a unit in capitals stays a unit, and a headline's words in capitals are no codes
    ("VELMORA FLOOD WALL NOW 84m", ("84m", 84, "m")),
    # with money a lone "m" a space apart is a million, not a metre
    ("Halvik Energy paid $38 m for the wharf.", ("$38 m", 3.8e7, "USD")),
    ("The Velmora yard was sold for 12 m euros.", ("12 m euros", 1.2e7, "EUR")),
    # a race clock's seconds, glued to a decimal or a space apart (no decade has a decimal point)
    ("Brask clocked 10.49s in the final.", ("10.49s", 10.49, "s")),
    ("The Korvath record stands at 9.58 s.", ("9.58 s", 9.58, "s")),
    # ages as obituaries and court reports give them; "the patient, 34," as "his son, 6," is
    ("The Halvik skipper died at the age of 71.", ("71", 71, "years old")),
    ("The patient, 34, was flown to Brask.", ("34", 34, "years old")),
    # a margin or a delay in seconds, minutes or hours needs no lead word
    ("Velmora was 38 seconds ahead.", ("38 seconds", 38, "s")),
    ("The Brask ferry was two hours late.", ("two hours", 2, "h")),
    ("Velmora's fax reached Brask three hours before the deadline.", ("three hours", 3, "h")),
    # British papers' lower-case "pc" is percent; water and space news' own units
    ("Halvik shares rose 3.2pc on Monday.", ("3.2pc", 3.2, "percent")),
    ("Halvik sent a 5 PC squad.", ("5", 5, None)),  # a police constable, not percent
    ("The Brask reservoir released 40 megalitres.", ("40 megalitres", 40, "Ml")),
    ("The Korvath comet passed 0.39 astronomical units from the sun.", ("0.39 astronomical units", 0.39, "au")),
]


@pytest.mark.parametrize(("sentence", "found"), [
    ("The siren sounded for 9 hours a week ago.", ["9 hours"]),  # a span, then the day it was, counted back
    ("Staff at the depot work 9 hours a week.", ["9 hours"]),  # time by the period: its frame reads a rate
])
def test_a_span_before_a_week_ago_is_no_rate(sentence: str, found: list[str]) -> None:
    assert [span for span, _ in figures(sentence)] == found


def test_half_a_span_before_after_is_read_whole() -> None:
    # the time that passed ("half an hour after the start"), hedged as written, not "an hour" inside it
    [(span, q)] = figures("The boat came in a little over half an hour after the start.")
    assert (span, q.low, q.high, q.unit, q.qualifier) == ("over half an hour", 0.5, None, "h", "over")


@pytest.mark.parametrize(("sentence", "expected"), FORMS, ids=[f[0][:40] for f in FORMS])
def test_number_forms(sentence: str, expected: tuple | None) -> None:
    found = figures(sentence)
    if expected is None:
        assert found == [] or all(q.unit in ("h", "year") for _, q in found), found
        return
    span, value, unit = expected
    assert [s for s, _ in found] == [span], found
    q = found[0][1]
    assert q.low is not None and q.high is not None
    assert math.isclose(q.low, value, rel_tol=1e-9) and math.isclose(q.high, value, rel_tol=1e-9), q
    assert q.unit == unit, q


@pytest.mark.parametrize(
    "sentence",
    [
        "The Boeing 7E7 and the new 7e7 were shown in Halvik.",  # model names, not powers of ten
        "They met on 3/4 in Brask.",  # a bare slash pair is as often a date
        "Velmora fought all for naught.",  # "naught" alone is a word, not zero
        "Velmora took the 4x4 trucks.",
        "Brask won 3 - 2 at home.",  # a score written with spaces
        "Velmora Air is the number one carrier in Halvik.",  # a rank
        "The Korvath index had, at one point, hit a low.",  # a moment
        "The Brask yen has fallen six straight days.",  # a time behind an adjective of sequence, no lead
        "Halvik lost 4 -1 away.",
        "See Article 2b of the Velmora charter.",  # a label, not a billion
    ],
)
def test_not_number_forms(sentence: str) -> None:
    assert figures(sentence) == []


def test_spaced_digits_before_a_code_stay_apart() -> None:
    found = figures("Dravik ordered 18 777s and 14 more jets.")
    assert [(s, q.low) for s, q in found][:1] == [("18", 18)]


def test_plus_before_a_number_is_a_sum_not_a_lower_bound() -> None:
    found = figures("The Halvik sum was nine point five plus zero point two.")
    assert [s for s, _ in found] == ["nine point five", "zero point two"], found
    (_, q), = figures("Velmora hired 50 plus guards.")
    assert q.low == 50 and q.high is None


def test_phone_numbers_stay_out() -> None:
    assert figures("Call Dravik on 555 123 4567 today.") == []


def test_a_part_without_its_own_scale_stays_apart() -> None:
    found = figures("Korvath sold 5 thousand 20 of them.")
    assert [(s, q.low) for s, q in found] == [("5 thousand", 5000), ("20", 20)]
    found = figures("The plan cost 3 million and 2 other firms paid.")
    assert [(s, q.low) for s, q in found] == [("3 million", 3e6), ("2", 2)]


def test_alternatives_of_different_scales_are_no_range() -> None:
    found = figures("Estimates ran to 8 bln or 8 tln dollars.")
    assert [s for s, _ in found][:1] == ["8 bln"], found
    found = figures("Velmora owes between 5 million and 1 billion crowns.")
    assert len(found) == 1 and found[0][1].low == 5e6 and found[0][1].high == 1e9, found


def test_between_one_and_a_fraction_adds_nothing() -> None:
    found = figures("Between one and two thirds of the members voted.")
    assert all(q.low is None or q.low < 1 for _, q in found), found


def test_fraction_after_and_needs_a_share_of_one() -> None:
    assert fraction_after(" and a half", 0) == (0.5, 11)
    assert fraction_after(" and three fifths", 0) == (0.6, 17)
    assert fraction_after(" and five thirds", 0) is None  # more than a whole
    assert fraction_after(" and three fifth", 0) is None  # a singular needs a numerator of one


def test_number_words_stop_before_a_joined_fraction() -> None:
    assert parse_number_words("one hundred and three quarters", 0) == (100.0, 11, 2)
    assert parse_number_words("three hundred and two dozen", 0) == (302.0, 21, 3)


# Units read from the tables, and measures written in two units.
UNIT_FORMS = [
    ("The lens is 40 decimetres long.", ("40 decimetres", 40, "dm")),
    ("Each pill holds 150 micrograms of iron.", ("150 micrograms", 150, "ug")),
    ("The dose was 120 μg a day in Halvik.", ("120 μg", 120, "ug")),
    ("Add 3 tablespoons of oil and 2 cups of flour.", ("3 tablespoons", 3, "tbsp")),
    ("The field holds 0.9 trillion cubic feet of gas.", ("0.9 trillion cubic feet", 0.9e12, "ft3")),
    ("The chip runs at 2.8 GHz in Brask.", ("2.8 GHz", 2.8, "GHz")),
    ("The bus was doing 60 kmph near Velmora.", ("60 kmph", 60, "km/h")),
    ("Marta Vellacourt is 5 feet 2 inches tall.", ("5 feet 2 inches", 5 + 2 / 12, "ft")),
    ("The guard is 6 ft 2 in.", ("6 ft 2 in", 6 + 2 / 12, "ft")),
    ("The calf weighed 7 lb 4 oz at birth.", ("7 lb 4 oz", 7.25, "lb")),
    ("A loaf cost three dollars and forty-five cents in Korvath.", ("three dollars and forty-five cents", 3.45, "USD")),
    ("The lakh form: 13 lakh voters queued.", ("13 lakh", 1.3e6, None)),
    ("The state set aside Rs 5 crore for roads.", ("Rs 5 crore", 5e7, "INR")),
]


def assert_first_figure(sentence: str, expected: tuple) -> None:
    """The sentence's first figure has this span, this exact value and this unit."""
    span, value, unit = expected
    found = figures(sentence)
    assert found and found[0][0] == span, found
    q = found[0][1]
    assert q.low is not None and math.isclose(q.low, value, rel_tol=1e-9) and q.low == q.high, q
    assert q.unit == unit, q


@pytest.mark.parametrize(
    ("sentence", "span", "low", "high"),
    [
        # after a verb of place, "over" is where the figure is, not "more than"
        ("Gulls flew over 31 trawlers on Sunday.", "31", 31.0, 31.0),
        ("The pony jumped over nine hurdles.", "nine", 9.0, 9.0),
        ("The gale killed over 23 people.", "over 23", 23.0, None),
        # a phrasal verb's own "over": the figure is what is handed or signed over
        ("Lenders must hand over 35 percent of the windfall.", "35 percent", 35.0, 35.0),
        ("The farmer signed over 40 hectares to the trust.", "40 hectares", 40.0, 40.0),
        # "took over" and "gave over" a figure are more than it
        ("The crossing took over three hours.", "over three hours", 3.0, None),
        # after a quarrel, and after a sanction before a count of things, "over" gives the cause
        ("A row over 40 job cuts split the Brask council.", "40", 40.0, 40.0),
        ("The Halvik paper was retracted on Monday over 14 altered charts.", "14", 14.0, 14.0),
        ("The Omsbrand wardens were sacked over nine escapes.", "nine", 9.0, 9.0),
        # a sum after a sanction is still a bound
        ("Velmora Freight was fined over $2 million.", "over $2 million", 2_000_000.0, None),
    ],
)
def test_over_after_a_verb_of_place_or_of_a_cause_is_no_bound(sentence: str, span: str, low: float, high: float | None) -> None:
    [(found, q)] = figures(sentence)
    assert (found, q.low, q.high) == (span, low, high)


@pytest.mark.parametrize(
    ("sentence", "span", "high", "qualifier"),
    [
        # after "of" or "just", "over" a span of time bounds it; elsewhere it may be "during"
        ("Velmora ran a relay leg of just over four minutes.", "just over four minutes", None, "just over"),
        ("The Brask crossing set a time of over two hours.", "over two hours", None, "over"),
        ("The relay held a record of well over four hours.", "well over four hours", None, "well over"),
        ("The talks in Halvik went on over three days.", "three days", 3.0, None),
    ],
)
def test_over_after_of_or_just_bounds_a_span(sentence: str, span: str, high: float | None, qualifier: str | None) -> None:
    [(found, q)] = figures(sentence)
    assert (found, q.high, q.qualifier) == (span, high, qualifier)


def test_more_than_half_a_dozen_is_more_than_six() -> None:
    [(span, q)] = figures("The crew rowed more than half a dozen heats.")
    assert (span, q.low, q.high, q.qualifier) == ("more than half a dozen", 6.0, None, "more than")


@pytest.mark.parametrize(("sentence", "expected"), UNIT_FORMS, ids=[f[0][:40] for f in UNIT_FORMS])
def test_units_and_two_part_measures(sentence: str, expected: tuple) -> None:
    assert_first_figure(sentence, expected)


def test_a_second_part_is_not_joined_across_a_preposition_or_when_too_large() -> None:
    found = figures("The shed is 5 ft 2 in the yard of Dravik.")
    assert found[0][0] == "5 ft" and found[0][1].low == 5
    found = figures("He ran 5 feet and 20 inches in Brask.")  # 20 inches is more than a foot: two figures
    assert [s for s, _ in found] == ["5 feet", "20 inches"]


def test_feet_and_metres_agree_after_conversion() -> None:
    from consistency.extract.figures import same_dimension, to_base

    (_, feet), = figures("The Velmora tower rises 948 feet.")
    (_, metres), = figures("The Velmora tower rises 289 metres.")
    assert same_dimension(feet, metres)
    a, b = to_base(feet), to_base(metres)
    assert a.low is not None and b.low is not None and abs(a.low - b.low) < 0.5


@pytest.mark.parametrize(
    "sentence",
    [
        "Velmora entered the twenty-first century poorer.",  # a century: a period, the date reader's
        "Velmora lost the thirty-fifth to Halvik.",  # no noun: what it orders is unsaid
    ],
)
def test_ordinals_in_words_are_no_figures(sentence: str) -> None:
    assert figures(sentence) == []


def test_an_ordinal_in_words_before_its_noun_is_an_ordinal_not_a_count() -> None:
    assert [(s, q.low, q.unit, q.counted) for s, q in figures("The thirty-fifth session opened in Halvik.")] == [
        ("thirty-fifth", 35, "ordinal", "session")
    ]


def test_a_millionth_is_no_damaged_million() -> None:
    assert all(q.low is None or q.low < 1000 for _, q in figures("It took two millionths of a second."))


CURRENCY_FORMS = [
    ("Halvik booked a c $ 300 million charge.", ("c $ 300 million", 3e8, "CAD")),
    ("A bowl of noodles costs 100元 in Brask.", ("100元", 100, "CNY")),
    ("Korvath lost 30 MUSD last year.", ("30 MUSD", 3e7, "USD")),
    ("The board expects 120 MEUR in sales.", ("120 MEUR", 1.2e8, "EUR")),
    ("The estate sold for a quarter million us dollars.", ("a quarter million us dollars", 2.5e5, "USD")),
    ("The loan was 12,34,567.89 rupees.", ("12,34,567.89 rupees", 1234567.89, "INR")),
    ("Dravik paid 40 rmb for the ride.", ("40 rmb", 40, "CNY")),
    ("The cap is ₿21,000,000 in all.", ("₿21,000,000", 2.1e7, "BTC")),
]


@pytest.mark.parametrize(("sentence", "expected"), CURRENCY_FORMS, ids=[f[0][:40] for f in CURRENCY_FORMS])
def test_currency_forms(sentence: str, expected: tuple) -> None:
    assert_first_figure(sentence, expected)


def test_a_lone_article_before_a_dollar_sign_is_no_currency() -> None:
    (span, q), = figures("Velmora imposed a $5 fine.")
    assert (span, q.unit) == ("$5", "USD")
    assert figures("Brask hired a quarter century ago.") == []


SPACED_UNITS = [
    ("The Halvik wall is 12 m high.", ("12 m", 12, "m")),
    ("Brask shipped 278,000 t of ore.", ("278,000 t", 278000, "t")),
    ("Velmora sold 4 L of cider.", ("4 L", 4, "l")),
    ("Korvath built a 16-bit console.", ("16-bit", 16, "bit")),
    ("The Halvik door is 2 1/2 in thick.", ("2 1/2 in", 2.5, "in")),
    ("The Velmora archive holds 12 petabytes of scans.", ("12 petabytes", 12, "PB")),
    ("The Brask reservoir covers 4 km squared.", ("4 km squared", 4, "km2")),
    ("The lake holds 4km^3 of water.", ("4km^3", 4, "km3")),
    # a lone "t" is tonnes before any lower-case word too: no scale word is "t"
    ("The Plimbury depot spread 41,000 t this winter.", ("41,000 t", 41000, "t")),
    ("The Yaxmoor kiln makes 5,200 t/d.", ("5,200 t", 5200, "t")),
    # the scale's letter after "degrees", as after the sign
    ("The Ilkbridge cellar stays at -12 degrees C.", ("-12 degrees C", -12, "celsius")),
    ("The Ilkbridge pool was 81 degrees F at noon.", ("81 degrees F", 81, "fahrenheit")),
    # a spaced "m" before a word that is not counted by the million: metres, as a glued one
    ("The Ostrel burn climbed 2.7 m over the weekend.", ("2.7 m", 2.7, "m")),
    ("Quarrymen cut a 45 m gallery under Fenwold.", ("45 m", 45, "m")),
    ("The Tarnby ferry is 96 m overall.", ("96 m", 96, "m")),
]


@pytest.mark.parametrize(("sentence", "expected"), SPACED_UNITS, ids=[f[0][:40] for f in SPACED_UNITS])
def test_single_letter_units_apart_from_the_digits(sentence: str, expected: tuple) -> None:
    span, value, unit = expected
    (got, q), = figures(sentence)
    assert (got, q.low, q.unit) == (span, value, unit)


def test_a_letter_apart_is_no_unit_in_money_or_before_a_word() -> None:
    (span, q), = figures("Dravik paid €3 m in cash.")
    assert q.unit == "EUR" and span.startswith("€3")
    assert [q.unit for _, q in figures("Brask has 5 m people.")] == [None]  # "m" before a word: not read
    assert [q.unit for _, q in figures("Velmora bottles 3 m crates yearly.")] == [None]  # counted by the million
    assert [q.unit for _, q in figures("Dravik sells 7 m a year.")] == [None]
    assert [q.unit for _, q in figures("The plot is 24703 m212 in the register.")] == [None]


def test_over_between_numbers_before_a_noun_is_no_fraction() -> None:
    found = figures("Brask won 3 over 5 rivals and grew 4 over 12 months.")
    assert all(q.low is None or q.low >= 1 for _, q in found), found


def test_a_spaced_hyphen_between_word_numbers_rising_is_still_a_range() -> None:
    (span, q), = figures("Velmora expects twenty - thirty guests.")
    assert (span, q.low, q.high) == ("twenty - thirty", 20, 30)


def test_in_after_a_number_is_a_preposition_unless_a_measure_follows() -> None:
    assert [q.unit for _, q in figures("Dravik lived 2 in Brask and 3 in total.")] == [None, None]


def test_seconds_after_a_tens_word_stay_a_time() -> None:
    found = figures("The Halvik rescue took one hundred thirty-two seconds.")
    assert [(s, q.low, q.unit) for s, q in found] == [("one hundred thirty-two seconds", 132, "s")]
    # "second" after a tens word with a hyphen is an ordinal: the minute of the goal, no duration
    assert [(s, q.low, q.unit) for s, q in figures("Korvath won in the twenty-second minute of the final.")] == [
        ("twenty-second", 22, "ordinal")
    ]


def test_a_duration_behind_an_adjective_of_sequence() -> None:
    (span, q), = figures("Rescuers in Halvik searched for six straight days.")
    assert (span, q.low, q.unit) == ("six straight days", 6, "day")
    (span, q), = figures("The Dravik index rose one point.")
    assert (span, q.low, q.counted) == ("one point", 1, "points")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The climber fell about 2, 000ft near Halvik.", [("about 2, 000ft", 2000.0)], id="damaged-comma-before-a-unit"),
        pytest.param("Some 12, 000 people fled Dravik.", [("Some 12, 000", 12000.0)], id="damaged-comma-before-a-noun"),
        pytest.param("The rounds ended 6, 100 and 12.", [("6", 6.0), ("100", 100.0), ("12", 12.0)], id="a-list-stays-a-list"),
    ],
)
def test_a_thousands_comma_with_a_space_behind_it(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(span, q.low) for span, q in figures(text)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The Brask bell rang at half past seven.",
        "The Dravik train left at ten past 9 in the morning.",
        "Halvik closed at a quarter to eight.",
        "Marta Vellacourt arrived at 20 minutes past eight.",
        "The Brask siren sounded at twenty past seven.",
        "Halvik's gates shut at ten past six this evening.",
        "The Brask drill hit rock at twenty to midnight our time.",
        "The Halvik ferry left ten past midnight.",
        "The Brask bridge opened at half past ten by the mayor.",
    ],
)
def test_clock_times_in_words_are_no_figures(sentence: str) -> None:
    assert figures(sentence) == []


def test_a_score_in_words_still_gives_its_numbers() -> None:
    assert [s for s, _ in figures("Velmora won five to two at home.")] == ["five", "two"]
    assert [s for s, _ in figures("The Brask score rose to twenty past seven.")] == ["twenty", "seven"]


def test_a_share_before_a_percentage_is_no_clock_time() -> None:
    assert [s for s, _ in figures("Velmora cut the rate by a quarter to 10 percent.")] == ["10 percent"]


# --- forms added for issue #9's Recognizers cases (sentences invented) ---------------------------------


def _figures_of(text: str) -> list[tuple[str, float, str | None]]:
    from consistency.extract import ExtractionContext
    from consistency.extract.figures import extract_figures

    found = extract_figures(text, ExtractionContext(published=None, sentences=()))
    return [(text[f.start : f.end], f.value.low, f.value.unit) for f in found]


def test_a_unit_in_brackets_after_the_number() -> None:
    assert _figures_of("The Velmora crate weighs 35 (kg) empty") == [("35 (kg)", 35.0, "kg")]
    assert _figures_of("Halvik cable: 12 [m] per coil") == [("12 [m]", 12.0, "m")]


def test_degrees_are_an_angle_only_where_something_turns() -> None:
    assert _figures_of("The Brask crane can rotate 270 degrees") == [("270 degrees", 270.0, "degree")]
    assert _figures_of("Dravik made a 180-degree turn on taxes") == [("180-degree", 180.0, "degree")]
    assert _figures_of("It was 31 degrees in Norland") == [("31", 31.0, None)]  # a temperature, unit unsaid
    assert _figures_of("The arm swung by 1.2rad") == [("1.2rad", 1.2, "radian")]


def test_a_scale_after_a_currency_code() -> None:
    assert _figures_of("Korvath lost 40 EUR million last year.") == [("40 EUR million", 40e6, "EUR")]


def test_a_quarter_million_and_a_half_of_a_smaller_scale() -> None:
    assert _figures_of("Velmora drew quarter million fans") == [("quarter million", 250000.0, None)]
    assert _figures_of("Velmora owes two billion and a half million") == [
        ("two billion and a half million", 2_000_500_000.0, None)]
    assert _figures_of("Brask raised 3 million and a half")[0][1] == 3_500_000.0  # the half of the million
    assert _figures_of("the quarter ended badly") == []


def test_a_length_per_a_time_is_a_speed() -> None:
    assert _figures_of("The probe moved 4 metres per millisecond") == [("4 metres per millisecond", 4.0, "m/ms")]
    assert _figures_of("Halvik trains reach 90 km/min") == [("90 km/min", 90.0, "km/min")]
    assert _figures_of("Marta walks 5 km per day")[0][2] == "km"  # a day is no speed's time here


def test_a_capital_m_glued_to_digits_is_a_million_and_a_small_one_a_metre() -> None:
    assert _figures_of("Norland pledged 10M to the fund") == [("10M", 10e6, None)]
    assert _figures_of("She won the 400m race") == [("400m", 400.0, "m")]


def test_half_after_a_hedge_is_a_share() -> None:
    assert _figures_of("more than half the Dravik staff quit") == [("more than half", 0.5, None)]
    assert _figures_of("half the staff quit") == []


def test_european_decimals_with_dots_between_thousands() -> None:
    assert _figures_of("Brask paid 2.450,75 for it") == [("2.450,75", 2450.75, None)]


def test_an_inch_mark_before_the_measure_it_gives() -> None:
    assert _figures_of('The Halvik shelf is 30 " deep') == [('30 "', 30.0, "in")]
    assert _figures_of("The Velmora board is 24″ wide") == [("24″", 24.0, "in")]
    assert _figures_of('Brask said "we paid 10" and left')[0][2] is None  # a closing quote, no inch


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kiprono won the Velmora marathon in 2:04:38 on Sunday.", [("2:04:38", 7478.0)]),
        ("Okoro ran 13:58.42 in Brask to break the record.", [("13:58.42", 838.42)]),
        # the seconds as written, even past 59: a slip another outlet's time contradicts
        ("The board in Brask showed 13:85.42 at the finish.", [("13:85.42", 865.42)]),
    ],
)
def test_race_times_are_durations_in_seconds(sentence: str, expected: list[tuple[str, float]]) -> None:
    found = [(span, q.low, q.unit) for span, q in figures(sentence)]
    assert found == [(span, pytest.approx(value), "s") for span, value in expected]


@pytest.mark.parametrize(
    "sentence",
    ["The Brask train left at 9:30:00 a.m. sharp.", "The Velmora ferry leaves at 13:58 on Monday."],
)
def test_clock_times_are_no_race_times(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ilse Varga sold 30m copies of her Brask novels.", ("30m", 30e6, None)),
        ("The Velmora app has 5m users.", ("5m", 5e6, None)),
        ("About 2bn people watched the Dravik final.", ("About 2bn", 2e9, None)),
        # a noun that may be tall or long keeps the metres
        ("10m waves hit the Orlavo coast.", ("10m", 10.0, "m")),
        ("The Brask wall is 30m high.", ("30m", 30.0, "m")),
        # any other plural noun, or an amount a period, is counted by the million
        ("Merging the Tessano councils would save 4.2m florins.", ("4.2m", 4.2e6, None)),
        ("The Orlavo depot handled 610m parcels.", ("610m", 610e6, None)),
        ("The Brask utility expects to lose 2.4m a year.", ("2.4m", 2.4e6, None)),
        ("She won the 100m hurdles in Dravik.", ("100m", 100.0, "m")),
        ("The 87m spire of Velmora's cathedral is to be restored.", ("87m", 87.0, "m")),
        # a unit or thing written as an acronym is counted; metres above a datum stay metres
        ("The Orlavo port handled 9.61m TEU last year.", ("9.61m", 9.61e6, None)),
        ("The Brask refuge stands at 2,100m ASL.", ("2,100m", 2100.0, "m")),
        ("The Velmora ferry is 186m LOA.", ("186m", 186.0, "m")),
    ],
)
def test_a_glued_m_before_a_counted_noun_is_a_million(sentence: str, expected: tuple[str, float, str | None]) -> None:
    assert [(span, q.low, q.unit) for span, q in figures(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Orlavo tornado was rated EF3 by the weather office.", [("EF3", 3.0, "EF")]),
        ("The office rated it an EF4, with winds of 156 mph.", [("EF4", 4.0, "EF"), ("156 mph", 156.0, "mph")]),
        ("The REF3 form was filed in Brask.", []),  # a code, no rating
    ],
)
def test_a_tornado_rating(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(span, q.low, q.unit) for span, q in figures(sentence)] == expected


# A duration told in two or more units, largest first, is one figure in its largest unit, with no lead needed.
COMPOUND_DURATIONS = [
    ("The Torvelle crew crossed in 3 days, 4 hours and 25 minutes.", ("3 days, 4 hours and 25 minutes", 3 + 265 / 1440, "day")),
    ("The record, 18 hours and 40 minutes, has stood at Hexmoor since 1990.", ("18 hours and 40 minutes", 18 + 40 / 60, "h")),
    ("The Yelvane rowers were at sea for 52d 06h 30m.", ("52d 06h 30m", 52 + 390 / 1440, "day")),
    ("Her time of 2h 47min was a Zavolsk best.", ("2h 47min", 2 + 47 / 60, "h")),
    ("Prynnock's ride took 1 h 05 min 30 s.", ("1 h 05 min 30 s", 1 + 330 / 3600, "h")),
    ("Kelmarsh served four years and three months at Astwold.", ("four years and three months", 4.25, "year")),
]


@pytest.mark.parametrize(("sentence", "expected"), COMPOUND_DURATIONS, ids=[f[0][:40] for f in COMPOUND_DURATIONS])
def test_a_duration_in_several_units_is_one_figure(sentence: str, expected: tuple) -> None:
    assert_first_figure(sentence, expected)


def test_what_a_compound_duration_is_not() -> None:
    assert [s for s, _ in figures("The Hoburne mast is 12m tall.")] == ["12m"]  # a lone letter is its own unit
    assert figures("Oxendale's son is 2 years 3 months old.")[0][0] == "3 months old"  # an age
    assert figures("The Fulgrave storm hit 5 days 3 hours ago.") == []  # a date, as "two weeks ago" is
    # a part no smaller than one of the unit before it; months beside days, which do not add exactly
    assert [s for s, _ in figures("Wrenshaw waited 3 hours 90 minutes.")] == ["3 hours"]
    assert [s for s, _ in figures("Tilbeck rested for 2 months 10 days there.")] == ["2 months"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Quarvell council rose after a sitting of 14 hours.", ("14 hours", 14, "h")),
        ("The Ostwyn choir left to an ovation of eleven minutes.", ("eleven minutes", 11, "min")),
        ("Larrowby broke the record of 212 days.", ("212 days", 212, "day")),
    ],
)
def test_what_a_record_or_a_performance_took_is_a_duration(sentence: str, expected: tuple) -> None:
    assert_first_figure(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "span", "low", "high"),
    [
        ("Brimmond sold almost a third more boats this year.", "almost a third", 1 / 3, 1 / 3),
        ("Seats at Skelton went for a tenth above face value.", "a tenth", 0.1, 0.1),
        ("The Orrib mine worked a fifth fewer hours.", "a fifth", 0.2, 0.2),
        ("Rain at Ashcroft-Lee was well over a third below the average.", "well over a third", 1 / 3, None),
    ],
)
def test_a_fraction_before_a_comparison_is_the_size_of_a_difference(sentence: str, span: str, low: float, high: float | None) -> None:
    found = figures(sentence)
    assert found and found[0][0] == span, found
    assert math.isclose(found[0][1].low or 0, low) and (found[0][1].high == high or math.isclose(found[0][1].high or 0, high or 0))


def test_a_fraction_word_before_its_noun_stays_an_ordinal() -> None:
    assert figures("A third man from Quenmoor was held.") == []


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("Ships must keep out of a 12-nautical-mile zone around the rig.", "12-nautical-mile", "nmi"),
        ("The tanker holds a 40,000-cubic-metre cargo.", "40,000-cubic-metre", "m3"),
        ("Each cubic metre of gas was metered.", None, None),
    ],
)
def test_a_unit_of_two_words_joined_by_a_hyphen_is_read(sentence: str, surface: str | None, unit: str | None) -> None:
    found = figures(sentence)
    if surface is None:
        assert all(q.unit != "m3" or text != "cubic metre" for text, q in found)
        return
    assert (surface, unit) in [(text, q.unit) for text, q in found]
# A part of one unit in words: "a quarter of an hour", "three-quarters of a mile" (the number reader read the
# share alone, a figure of nothing).
PARTS_OF_ONE = [
    ("The pumps ran for around three-quarters of an hour.", ("around three-quarters of an hour", 0.75, 0.75, "h")),
    ("The recital overran by well over a quarter of an hour.", ("well over a quarter of an hour", 0.25, None, "h")),
    ("The bout was over in less than a quarter of an hour.", ("less than a quarter of an hour", None, 0.25, "h")),
    ("The ferry waited an hour and a quarter.", ("an hour and a quarter", 1.25, 1.25, "h")),
    ("The walkers covered three quarters of a mile.", ("three quarters of a mile", 0.75, 0.75, "mi")),
    ("The crack was about two-thirds of a metre long.", ("about two-thirds of a metre", 2 / 3, 2 / 3, "m")),
]


@pytest.mark.parametrize(("sentence", "expected"), PARTS_OF_ONE, ids=[f[0][:40] for f in PARTS_OF_ONE])
def test_a_part_of_one_unit_is_read_with_the_unit(sentence: str, expected: tuple) -> None:
    span, low, high, unit = expected
    [(found, q)] = figures(sentence)
    assert (found, q.unit) == (span, unit)
    assert (q.low is None) == (low is None) and (low is None or math.isclose(q.low, low))
    assert (q.high is None) == (high is None) and (high is None or math.isclose(q.high, high))


def test_a_part_of_one_unit_with_no_hedge_is_a_round_figure() -> None:
    # as rough as "about 15 minutes": another outlet's timed 14 minutes is no conflict with it
    [(span, q)] = figures("The auction lasted a quarter of an hour.")
    assert (span, q.low, q.unit, q.approximate) == ("a quarter of an hour", 0.25, "h", True)


@pytest.mark.parametrize(
    ("sentence", "span", "unit"),
    [
        ("A crosswind of 6 metres a second slowed the archers.", "6 metres a second", "m/s"),
        ("The capsule came in at 11 kilometres a second.", "11 kilometres a second", "km/s"),
        ("Flood water moved at 9 feet a second.", "9 feet a second", "ft/s"),
    ],
)
def test_a_speed_in_words_a_second_is_a_speed(sentence: str, span: str, unit: str) -> None:
    # "metres a second" as "kilometres an hour": not a length with a time after it
    [(found, q)] = figures(sentence)
    assert (found, q.unit) == (span, unit)


@pytest.mark.parametrize(
    ("sentence", "span", "value", "unit"),
    [
        ("The outage lasted 25 min before the grid came back.", "25 min", 25.0, "min"),
        ("The pumps ran for 47 min on backup power.", "47 min", 47.0, "min"),
        ("The valve vented for 45 sec and then shut.", "45 sec", 45.0, "s"),
        ("Rain fell for 3 hr without a break.", "3 hr", 3.0, "h"),
    ],
)
def test_an_abbreviated_unit_of_time_after_a_lead_is_a_duration(sentence: str, span: str, value: float, unit: str) -> None:
    # "min", "sec" and "hr" were time words (kept out as counts) that the duration reader did not know
    assert (span, value, unit) in [(s, q.low, q.unit) for s, q in figures(sentence)]


def test_an_abbreviated_unit_of_time_before_ago_stays_a_date() -> None:
    assert figures("The last tram left 10 min ago.") == []


@pytest.mark.parametrize(
    ("sentence", "span", "low", "high", "unit"),
    [
        # a span moved to a new level by a verb and "to" or "at"
        ("Average life expectancy in the valley fell to 81.2 years.", "81.2 years", 81.2, 81.2, "year"),
        ("Hospital waits rose to 19 weeks over the winter.", "19 weeks", 19.0, 19.0, "week"),
        ("Stays will be limited to 40 days until beds free up.", "40 days", 40.0, 40.0, "day"),
        ("The suspension was cut to six months on appeal.", "six months", 6.0, 6.0, "month"),
        # a term served, or the penalty an offence carries
        ("Recruits will serve nine months in the coastal corps.", "nine months", 9.0, 9.0, "month"),
        ("The charge carries up to 12 years in prison.", "up to 12 years", None, 12.0, "year"),
    ],
)
def test_a_span_of_time_after_a_verb_of_level_or_term_is_a_duration(
    sentence: str, span: str, low: float | None, high: float, unit: str
) -> None:
    assert (span, low, high, unit) in [(s, q.low, q.high, q.unit) for s, q in figures(sentence)]


@pytest.mark.parametrize(
    "sentence",
    ["The crew returned to work two weeks later.", "The crew was sent home two weeks ago."],
)
def test_a_span_after_a_verb_and_to_stays_out_when_it_dates(sentence: str) -> None:
    assert [s for s, q in figures(sentence) if q.unit in ("day", "week")] == []


GLUED_LETTER_CURRENCIES = [
    # one letter before a dollar or pound sign names the country's own currency
    ("Quembrook Freight earned N$14 million last year.", ("N$14 million", 1.4e7, "NAD")),
    ("A harbour pass in Zorvale costs S$65.", ("S$65", 65, "SGD")),
    ("The Marrowind stadium cost R$480 million.", ("R$480 million", 4.8e8, "BRL")),
    ("Chip sales reached NT$9 billion.", ("NT$9 billion", 9e9, "TWD")),
    ("Bread now sells for E£25 a loaf.", ("E£25", 25, "EGP")),
    # the rand: a capital R glued to an amount with a scale or grouped thousands
    ("Quembrook Mining lost R96 million to the fraud.", ("R96 million", 9.6e7, "ZAR")),
    ("The Zorvale tender is worth R2.4bn.", ("R2.4bn", 2.4e9, "ZAR")),
    ("Each driver was fined R4,500.", ("R4,500", 4500, "ZAR")),
    ("The Marrowind fare rose to Rs4,500.", ("Rs4,500", 4500, "INR")),
]


@pytest.mark.parametrize(
    ("sentence", "expected"), GLUED_LETTER_CURRENCIES, ids=[f[0][:40] for f in GLUED_LETTER_CURRENCIES]
)
def test_a_letter_glued_before_a_currency_sign_or_an_amount_names_the_currency(sentence: str, expected: tuple) -> None:
    assert_first_figure(sentence, expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "The bout ended with an R10 stoppage in Zorvale.",  # a round, not ten rand
        "Take the R61 past Quembrook.",  # a road
        "She sang R&B 4 nights a week.",
        "The AR15 was found in Marrowind.",
    ],
)
def test_a_capital_r_before_a_bare_number_is_no_rand(sentence: str) -> None:
    assert [q.unit for _, q in figures(sentence) if q.unit == "ZAR"] == []


def test_megatonnes_glued_or_apart_in_their_own_case() -> None:
    assert [(s, q.low, q.unit) for s, q in figures("The Quembrook seam holds 310Mt of coal.")] == [("310Mt", 310, "Mt")]
    assert [(s, q.unit) for s, q in figures("Zorvale emitted 1.2 Gt.")] == [("1.2 Gt", "Gt")]
    # a mountain after a height, and capitals of a headline, are no megatonnes
    assert [q.unit for _, q in figures("The 5,199 Mt Kenya climb starts at Marrowind.")] == [None]
    assert [q.unit for _, q in figures("PROFITS HIT 310MT")] in ([], [None])



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brodvane's prices rose six-tenths of one percent in May.", [("six-tenths of one percent", 0.6, "percent")]),
        ("The lake rose two-fifths of an inch overnight.", [("two-fifths of an inch", 0.4, "in")]),
        ("Rates moved one-tenth of a percentage point.", [("one-tenth of a percentage point", 0.1, "percentage point")]),
        # a fraction of a thing that is no unit stays a bare share
        ("Bakers in Brodvane ate two-thirds of one pie.", [("two-thirds", 2 / 3, None), ("one", 1.0, None)]),
    ],
)
def test_a_spelled_fraction_of_one_unit(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    found = _figures_of(text)
    assert [(s, unit) for s, _v, unit in found] == [(s, unit) for s, _v, unit in expected]
    assert [v for _s, v, _u in found] == pytest.approx([v for _s, v, _u in expected])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tests in Brodvane found 15 mg per 100 millilitres.", [("15 mg per 100 millilitres", 150.0, "mg")]),
        ("Feed in Brodvane held 3 grams per 10 kilograms.", [("3 grams per 10 kilograms", 0.3, "g")]),
        # the usual denominator, one litre, is left unread: an outlet that leaves it unsaid gives the same figure
        ("Tests in Brodvane found 150 mg per litre of nitrate.", [("150 mg", 150.0, "mg")]),
        # "per" a counted thing that is no measure leaves the amount as it is
        ("Each visitor to Brodvane may carry 40 kg per 2 people.", [("40 kg", 40.0, "kg"), ("2", 2.0, None)]),
    ],
)
def test_a_rate_over_a_counted_denominator_is_read_over_one_base_unit(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    found = _figures_of(text)
    assert [(s, unit) for s, _v, unit in found] == [(s, unit) for s, _v, unit in expected]
    assert [v for _s, v, _u in found] == pytest.approx([v for _s, v, _u in expected])


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        ("On the Qelmorath plateau the air rarely rises above minus 41 degrees in January.", True),
        ("The queue at the Qelmorath ferry was never more than 30 cars long.", True),
        ("Fares on the Qelmorath line did not go above 4 percent last year.", True),
        ("More than 300 people queued for the Qelmorath ferry.", False),
        ("The Qelmorath ferry now carries over 300 cars a day, not 250.", False),
        ("The Yarbolt bank will bar lenders from lending more than 85 percent of a flat's price.", True),
        ("A new law prohibits Tuvrish landlords from charging over 900 crowns a month.", True),
        ("The Yarbolt rule bars any dealer or broker from pricing cars at more than 8 percent above list.", True),
        ("A Tuvrish court banned the driver from driving for more than three years.", False),
        ("The ban on Yarbolt trawlers came after more than 85 boats were counted.", False),
    ],
)
def test_a_lower_bound_s_words_after_a_negation_make_a_ceiling(text: str, ceiling: bool) -> None:
    """ "rarely rises above", "never more than", "did not go above", "barred from lending more than": the figure is
    one the value seldom or never passes (or may not pass), an upper bound; the same words with no negation or
    prohibition before them stay a lower bound."""
    from consistency.extract import ExtractionContext
    from consistency.extract.figures import extract_figures

    (found, *_rest) = extract_figures(text, ExtractionContext(published=None, sentences=()))
    value = found.value
    assert (value.low is None and value.high is not None) is ceiling
    assert (value.high is None and value.low is not None) is not ceiling


@pytest.mark.parametrize(
    ("text", "floor"),
    [
        ("The Varnstead striker has never scored fewer than 14 goals in a season.", True),
        ("Water in the Varnstead reservoir did not fall below 60 percent all summer.", True),
        ("The Varnstead striker scored fewer than 14 goals last season.", False),
    ],
)
def test_an_upper_bound_s_words_after_a_negation_make_a_floor(text: str, floor: bool) -> None:
    """ "never fewer than", "did not fall below": the figure is one the value never goes under, a lower bound
    (the mirror of a negated "more than"); without the negation the words stay an upper bound."""
    from consistency.extract import ExtractionContext
    from consistency.extract.figures import extract_figures

    (found, *_rest) = extract_figures(text, ExtractionContext(published=None, sentences=()))
    value = found.value
    assert (value.high is None and value.low is not None) is floor
    assert (value.low is None and value.high is not None) is not floor


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("Of the 600 barges on the Olvreth canal, nearly a fifth carry grain.", "nearly a fifth", 0.2),
        ("More than a third voted against the Prudwick bypass.", "More than a third", 1 / 3),
        ("Roughly a quarter stayed home.", "Roughly a quarter", 0.25),
    ],
)
def test_a_hedged_fraction_is_a_share_without_of(sentence: str, span: str, value: float) -> None:
    """A hedge before "a fifth" makes it a share, whatever follows: no ordinal is hedged."""
    assert (span, value) in [(s, v) for s, v, _ in _figures_of(sentence)]


def test_an_unhedged_fraction_before_a_noun_stays_an_ordinal() -> None:
    assert _figures_of("Brask won a third title on Sunday") == []


def test_a_hedged_step_then_the_level_reached_is_no_range() -> None:
    """ "dropped by nearly a fifth to 38 million": the step, then the level; never the range 0.2 to 38 million."""
    assert _figures_of("Dravik's takings dropped by nearly a fifth to 38 million crowns") == [("38 million", 38e6, None)]


def test_half_a_span_after_for_is_how_long() -> None:
    """ "for half a year" says how long, as "a lag of half a minute" does; "half an hour's drive" stays unread."""
    assert _figures_of("The Gaxford ferry stopped for half a year") == [("half a year", 0.5, "year")]


def test_more_right_before_a_number_is_a_lower_bound() -> None:
    # news copy that drops the "than": "more 40 people" is "more than 40 people"
    [(span, value)] = figures("The gas leak left more 40 people in hospital in Brask.")
    assert span == "more 40"
    assert (value.low, value.high, value.qualifier) == (40.0, None, "more")

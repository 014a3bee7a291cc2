"""Word lists and unit tables for the figure extractor: data only, no logic.

Unit names are short canonical codes ("km", "kg", "percent", ISO 4217 for money);
``UNITS`` maps each to its dimension and a fixed factor to the dimension's base unit
(``None`` when no fixed factor exists: currencies, temperatures).

Why a table and not ``pint``: every unit the extractor reads converts inside its dimension by one
fixed factor. Checked against pint 0.25 (issue #9), 71 of the 72 factors compared agree to 1e-6; the acre
differs by 4e-6 because pint's is the US survey acre, ours the international one. pint would cost
about 1.2 s per process to import and build its registry, for no figure read differently.
"""

from __future__ import annotations

# --- number words ---------------------------------------------------------------------------------

ONES: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}  # fmt: skip
TEENS: dict[str, int] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
# Words for zero: "nought" and "naught" only start a decimal said aloud ("nought point five"); alone
# they are ordinary words ("all for naught").
ZERO_WORDS = frozenset({"zero", "nought", "naught"})
# Fraction words after a small number word: "two thirds", "three-quarters", "one fifth".
DENOMINATORS: dict[str, float] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
    "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100,
    "thousandth": 1000, "thousandths": 1000, "millionth": 1e6, "millionths": 1e6, "billionth": 1e9,
    "billionths": 1e9, "trillionth": 1e12, "trillionths": 1e12,
}  # fmt: skip
# Scale words, with the South Asian lakh (a hundred thousand) and crore (ten million) of Indian and
# Pakistani news ("13 lakh voters", "Rs 5 crore").
SCALES: dict[str, float] = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5,
                            "lakhs": 1e5, "crore": 1e7, "crores": 1e7}  # fmt: skip
# Ordinal words that end a hyphenated tens word: "twenty-first", "thirty-fifth" are ordinals, not 20 or 30.
ORDINAL_UNITS = frozenset("first second third fourth fifth sixth seventh eighth ninth".split())

# Abbreviated scales written after a figure ("$8bn", "€3m", "5k"). "m", "b" and "k" are only read
# as scales in money context or when attached to the digits (see figures.py).
SCALE_ABBREVIATIONS: dict[str, float] = {
    "bn": 1e9, "bln": 1e9, "b": 1e9, "mn": 1e6, "mln": 1e6, "m": 1e6, "k": 1e3, "tn": 1e12, "trn": 1e12,
    "tln": 1e12, "t": 1e12, "mil": 1e6,
}  # fmt: skip

# Vague plural amounts: the plural scale word -> (low, high). "billions" is at least two billion and
# below a thousand billion (the next scale word would have been used), and so on.
VAGUE_PLURALS: dict[str, tuple[float, float]] = {
    "dozens": (24.0, 200.0),
    "hundreds": (200.0, 1e3),
    "thousands": (2e3, 1e6),
    "millions": (2e6, 1e9),
    "billions": (2e9, 1e12),
    "trillions": (2e12, 1e15),
}
# "tens of thousands", "hundreds of millions": multiplier word -> (low factor, high factor) applied to
# the singular scale of the following plural.
VAGUE_MULTIPLIERS: dict[str, tuple[float, float]] = {"tens": (20.0, 100.0), "hundreds": (200.0, 1000.0),
                                                     "dozens": (24.0, 100.0)}  # fmt: skip
# "several hundred", "a few thousand": word -> (low, high) count of the scale.
VAGUE_COUNTS: dict[str, tuple[float, float]] = {"several": (3.0, 9.0), "a few": (2.0, 5.0), "few": (2.0, 5.0),
                                                "many": (2.0, 9.0)}  # fmt: skip

# --- hedges ---------------------------------------------------------------------------------------

APPROXIMATE = (
    "about", "around", "approximately", "approx.", "roughly", "nearly", "almost", "some", "an estimated",
    "estimated", "close to", "circa", "an approximate", "a roughly", "just about",
    # a correction's hedge, when one source puts another's figure right: "closer to 40", "nearer 3 million",
    # "more like 600"
    "closer to", "nearer to", "nearer", "more like",
)  # fmt: skip
LOWER_BOUND = (
    "more than", "over", "at least", "upwards of", "in excess of", "above", "no fewer than",
    "no less than", "not less than", "just over", "well over", "a minimum of", "exceeding", "over than",
    "more then", "greater than", "beyond",
    "more",  # the "than" dropped: "more 80 homes left without power", a slip news copy keeps
    "older than",  # an age's floor: "riders older than 12"
)  # fmt: skip
UPPER_BOUND = (
    "up to", "less than", "fewer than", "under", "at most", "below", "no more than", "not more than",
    "as many as", "as much as", "just under", "a maximum of", "maximum of", "less then", "a little under",
    "within",  # "within 20 miles of the border", "within 48 hours"
    "younger than",  # an age's ceiling, as "under 16" is: "skiers younger than 16"
    "no longer than", "not longer than",  # "may stay no longer than 90 days"
)  # fmt: skip
# Written after the figure: "20 or more", "a dozen or so".
AFTER_LOWER = ("or more", "and more", "plus", "or above", "and above", "and up")
AFTER_UPPER = ("or less", "or fewer", "or below", "and under", "at most")
AFTER_APPROX = ("or so", "odd", "-odd")

# --- currencies ------------------------------------------------------------------------------------

CURRENCY_SYMBOLS: dict[str, str] = {
    "us$": "USD", "u.s.$": "USD", "$": "USD", "c$": "CAD", "ca$": "CAD", "a$": "AUD", "au$": "AUD",
    "hk$": "HKD", "nz$": "NZD", "€": "EUR", "£": "GBP", "¥": "JPY", "₴": "UAH", "₽": "RUB", "₹": "INR",
    "₩": "KRW", "₺": "TRY", "₪": "ILS", "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY",
    "uah": "UAH", "rub": "RUB", "cny": "CNY", "rmb": "CNY", "chf": "CHF", "cad": "CAD", "aud": "AUD",
    "inr": "INR", "rs": "INR", "rs.": "INR", "u.s$": "USD", "₿": "BTC", "₦": "NGN", "₱": "PHP", "₫": "VND",
    "₡": "CRC", "₾": "GEL", "₭": "LAK", "₸": "KZT", "mex$": "MXN", "usd$": "USD", "cad$": "CAD",
    "aud$": "AUD", "nzd$": "NZD", "mxn$": "MXN",
    # one letter glued before a dollar or pound sign names whose dollar or pound it is, as the central banks
    # and the press of those countries write it: Namibia "N$", Singapore "S$", Brazil's real "R$", Taiwan
    # "NT$", Egypt "E£"; and South Africa's rand is a capital "R" glued to the amount ("R96 million")
    "n$": "NAD", "s$": "SGD", "r$": "BRL", "nt$": "TWD", "e£": "EGP", "r": "ZAR",
    "le": "EGP", "l.e.": "EGP", "l.e": "EGP",
}  # fmt: skip
# ISO 4217 codes that wires write before an amount ("SEK 39m", "NOK 4.2bn"), in capitals only. Codes that are
# also English words in capitals ("ALL 3", "TOP 10", "TRY", "PEN", "MAD", "CUP") are left out: a headline in
# capitals would turn them into money.
PREFIX_CODES: tuple[str, ...] = tuple(
    "USD EUR GBP JPY CNY RMB CHF CAD AUD NZD HKD SGD SEK NOK DKK ISK PLN CZK HUF RON BGN RSD UAH RUB BYN KZT"
    " INR PKR BDT LKR NPR IDR MYR THB VND PHP KRW TWD ILS SAR AED QAR KWD BHD OMR JOD EGP TND DZD NGN GHS KES"
    " UGX TZS ZAR ETB XOF XAF BRL ARS CLP COP MXN UYU"
    # the rest of the currencies in use (ISO 4217), less those that are words or other news acronyms in capitals
    # ("ALL", "SOS", "BOB", "AMD" the chipmaker, "NIO" the carmaker, "IRR" a rate of return, "CVE" a flaw's id)
    " AFN AOA AWG AZN BBD BIF BMD BND BSD BWP BZD CDF CRC DJF FJD FKP GMD GNF GTQ GYD HNL HTG IQD JMD KGS KHR"
    " KMF KYD LAK LBP LRD LSL LYD MDL MGA MKD MMK MNT MRU MUR MVR MWK MZN NAD PAB PGK PYG RWF SBD SCR SDG SHP"
    " SRD SSP SYP SZL TJS TTD UZS VES VUV WST XCD XPF YER ZMW ZWL".split()
)
CURRENCY_SYMBOLS.update({code.lower(): code for code in PREFIX_CODES if code.lower() not in CURRENCY_SYMBOLS})

# Currency words after a figure ("40 million euros"). Values are ISO codes.
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD", "us dollar": "USD",
    "american dollars": "USD", "canadian dollars": "CAD", "australian dollars": "AUD",
    "hong kong dollars": "HKD", "new zealand dollars": "NZD", "euro": "EUR", "euros": "EUR",
    "pound sterling": "GBP", "pounds sterling": "GBP", "sterling": "GBP", "british pounds": "GBP",
    "yen": "JPY", "japanese yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "chinese yuan": "CNY",
    "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "russian rubles": "RUB",
    "hryvnia": "UAH", "hryvnias": "UAH", "hryvnya": "UAH", "hryvnyas": "UAH", "hryvnas": "UAH",
    "hryvnia's": "UAH", "rupee": "INR", "rupees": "INR", "swiss francs": "CHF", "swiss franc": "CHF",
    "francs": "franc", "franc": "franc", "pesetas": "ESP", "guilders": "NLG", "dutch guilders": "NLG",
    "deutsche marks": "DEM", "deutschmarks": "DEM", "finnish markka": "FIM", "markka": "FIM",
    "turkish lira": "TRY", "lira": "lira", "zloty": "PLN", "zlotys": "PLN", "forint": "HUF",
    "shekels": "ILS", "shekel": "ILS", "rand": "ZAR", "riyals": "SAR", "dirhams": "AED", "dinars": "dinar",
    "pesos": "peso", "bitcoin": "BTC", "bitcoins": "BTC", "btc": "BTC", "satoshi": "satoshi", "satoshis": "satoshi", "swedish kronor": "SEK",
    "norwegian kroner": "NOK", "danish kroner": "DKK", "south korean won": "KRW", "korean won": "KRW",
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "uah": "UAH", "rub": "RUB", "cny": "CNY",
    "chf": "CHF", "cad": "CAD", "aud": "AUD", "inr": "INR", "rmb": "CNY", "naira": "NGN", "baht": "THB",
    "ringgit": "MYR", "rupiah": "IDR", "lari": "GEL", "tenge": "KZT",
    # Currencies in words that news writes after the amount ("15.50 lev", "300 kuna"): one country's name
    # is its ISO code; a name several countries use stays a word, as "francs" does (krone: Denmark and
    # Norway; leu: Romania and Moldova; shilling: Kenya, Uganda, Tanzania; rial: Iran, Oman, Yemen).
    "lev": "BGN", "leva": "BGN", "kuna": "HRK", "kunas": "HRK", "forints": "HUF", "dinar": "dinar",
    "koruna": "koruna", "korunas": "koruna", "kronor": "SEK", "krona": "krona", "kroner": "krone",
    "krone": "krone", "leu": "leu", "lei": "leu", "shilling": "shilling", "shillings": "shilling",
    "kwacha": "kwacha", "birr": "ETB", "cedi": "GHS", "cedis": "GHS", "taka": "BDT", "dong": "VND",
    "reais": "BRL", "soles": "PEN", "bolivars": "VES", "quetzales": "GTQ", "afghanis": "AFN", "kyat": "MMK",
    "rial": "rial", "rials": "rial", "pula": "BWP", "lempiras": "HNL", "denars": "MKD", "manat": "manat",
}  # fmt: skip
# Minor units: surface -> (currency, factor). "50 cents" is 0.50 USD.
MINOR_CURRENCY_WORDS: dict[str, tuple[str, float]] = {
    "cents": ("USD", 0.01), "cent": ("USD", 0.01), "pence": ("GBP", 0.01), "penny": ("GBP", 0.01),
    "kopecks": ("RUB", 0.01), "kopiykas": ("UAH", 0.01),
}  # fmt: skip
# Currency symbols written after the figure in continental style ("10 €", "100元").
POSTFIX_CURRENCY_SYMBOLS: dict[str, str] = {
    "€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY", "₴": "UAH", "₽": "RUB", "元": "CNY", "₡": "CRC", "₾": "GEL",
    "₭": "LAK", "₦": "NGN", "₱": "PHP", "₫": "VND", "₸": "KZT",
}  # fmt: skip
# Amounts in thousands or millions of a currency, as finance writes them: "30 MUSD", "120 MEUR", "50 kEUR".
SCALED_CURRENCY_WORDS: dict[str, tuple[str, float]] = {
    f"{prefix}{code}".lower(): (code, factor)
    for prefix, factor in (("M", 1e6), ("k", 1e3), ("bn", 1e9))
    for code in ("USD", "EUR", "GBP", "AUD", "CAD", "CHF", "SEK", "NOK", "DKK", "JPY", "CNY")
}

# Spelled-out currency words that a damaged spelling may be matched against (rapidfuzz).
FUZZY_CURRENCY_WORDS: dict[str, str] = {
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "pounds": "GBP", "hryvnias": "UAH",
    "hryvnia": "UAH", "rubles": "RUB", "roubles": "RUB", "yuan": "CNY", "rupees": "INR",
}  # fmt: skip
FUZZY_SCALE_WORDS: dict[str, float] = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Real words that sit close to a unit or scale word and must never be read as one.
FUZZY_STOPLIST = frozenset(
    """
    dolls doles dollies collars rules roles ribbons bullion billions millions mullion mission minion
    pillion trillions thousands rebels robles pounding rounds founds pundits euro europe eurostar
    hyenas yarns yuans rupert rupture dollops dolores pollers rollers pillars billing bill
    """.split()
)

# --- physical units --------------------------------------------------------------------------------

# canonical unit -> (dimension, base unit, factor to the base unit or None)
UNITS: dict[str, tuple[str, str, float | None]] = {
    "percent": ("ratio", "percent", 1.0),
    "percentage point": ("ratio difference", "percentage point", 1.0),
    "basis point": ("ratio difference", "percentage point", 0.01),
    "m": ("length", "m", 1.0), "km": ("length", "m", 1000.0), "cm": ("length", "m", 0.01),
    "light year": ("length", "m", 9.4607304725808e15), "parsec": ("length", "m", 3.0856775814913673e16),
    "mm": ("length", "m", 0.001), "mi": ("length", "m", 1609.344), "nmi": ("length", "m", 1852.0),
    "ft": ("length", "m", 0.3048), "yd": ("length", "m", 0.9144), "in": ("length", "m", 0.0254),
    "kg": ("mass", "kg", 1.0), "g": ("mass", "kg", 0.001), "mg": ("mass", "kg", 1e-6), "ml": ("volume", "l", 0.001),
    "cl": ("volume", "l", 0.01), "t": ("mass", "kg", 1000.0),
    "kt": ("mass", "kg", 1e6), "Mt": ("mass", "kg", 1e9), "Gt": ("mass", "kg", 1e12),
    "lb": ("mass", "kg", 0.45359237), "oz": ("mass", "kg", 0.028349523125),
    "m2": ("area", "m2", 1.0), "km2": ("area", "m2", 1e6), "ha": ("area", "m2", 1e4),
    "acre": ("area", "m2", 4046.8564224), "ft2": ("area", "m2", 0.09290304), "mi2": ("area", "m2", 2589988.110336),
    "l": ("volume", "l", 1.0), "m3": ("volume", "l", 1000.0), "gal": ("volume", "l", 3.785411784),
    "Ml": ("volume", "l", 1e6), "Gl": ("volume", "l", 1e9),  # water authorities count in megalitres
    "au": ("length", "m", 1.495978707e11),  # an astronomical unit, as space news gives a distance from the sun
    "barrel": ("volume", "l", 158.987294928),
    "W": ("power", "W", 1.0), "kW": ("power", "W", 1e3), "MW": ("power", "W", 1e6), "GW": ("power", "W", 1e9),
    "Wh": ("energy", "Wh", 1.0), "kWh": ("energy", "Wh", 1e3), "MWh": ("energy", "Wh", 1e6),
    "GWh": ("energy", "Wh", 1e9), "TWh": ("energy", "Wh", 1e12),
    # A joule is a watt-second: "84 MJ", "48 megajoules" and "23 kWh" are one dimension.
    "J": ("energy", "Wh", 1 / 3600), "kJ": ("energy", "Wh", 1e3 / 3600), "MJ": ("energy", "Wh", 1e6 / 3600),
    "GJ": ("energy", "Wh", 1e9 / 3600), "TJ": ("energy", "Wh", 1e12 / 3600),
    "V": ("voltage", "V", 1.0), "kV": ("voltage", "V", 1e3), "MV": ("voltage", "V", 1e6),
    "km/h": ("speed", "m/s", 1 / 3.6), "mph": ("speed", "m/s", 0.44704), "kn": ("speed", "m/s", 1852 / 3600),
    "m/s": ("speed", "m/s", 1.0),
    "dm": ("length", "m", 0.1), "um": ("length", "m", 1e-6), "nm": ("length", "m", 1e-9),
    "ug": ("mass", "kg", 1e-9), "ft3": ("volume", "l", 28.316846592), "km3": ("volume", "l", 1e12),
    "cup": ("volume", "l", 0.2365882365), "tbsp": ("volume", "l", 0.01478676478125),
    "tsp": ("volume", "l", 0.00492892159375),
    "bit": ("data", "B", 0.125), "kbit": ("data", "B", 125.0), "Mbit": ("data", "B", 125e3),
    "Gbit": ("data", "B", 125e6), "pm": ("length", "m", 1e-12),
    "Hz": ("frequency", "Hz", 1.0), "kHz": ("frequency", "Hz", 1e3), "MHz": ("frequency", "Hz", 1e6),
    "GHz": ("frequency", "Hz", 1e9),
    "B": ("data", "B", 1.0), "kB": ("data", "B", 1e3), "MB": ("data", "B", 1e6), "GB": ("data", "B", 1e9),
    "TB": ("data", "B", 1e12), "PB": ("data", "B", 1e15), "EB": ("data", "B", 1e18),
    "celsius": ("temperature", "celsius", None), "fahrenheit": ("temperature", "fahrenheit", None),
    # Durations; a month and a year are their average lengths (365.25 days), so "24 months" equals
    # "two years". Decades and centuries are read as years (see TIME_WORDS).
    "s": ("time", "s", 1.0), "min": ("time", "s", 60.0), "h": ("time", "s", 3600.0),
    "day": ("time", "s", 86400.0), "week": ("time", "s", 604800.0), "month": ("time", "s", 2629800.0),
    "year": ("time", "s", 31557600.0),
    # Ages are their own dimension: "a 45-year-old" never compares with "a 45-year contract".
    "years old": ("age", "years old", 1.0), "months old": ("age", "years old", 1 / 12),
    "weeks old": ("age", "years old", 7 / 365.25), "days old": ("age", "years old", 1 / 365.25),
    # Earthquake magnitude, whatever the scale named (Richter, moment magnitude).
    "magnitude": ("magnitude", "magnitude", 1.0),
    # A tornado's rating on the Enhanced Fujita scale ("an EF3").
    "EF": ("tornado rating", "EF", 1.0),
    # Angles, in degrees ("degrees" only where something turns: see the extractor).
    "degree": ("angle", "degree", 1.0), "radian": ("angle", "degree", 57.29577951308232),
    "turn": ("angle", "degree", 360.0),
}  # fmt: skip

# A length over a time is a speed: "50 metres per millisecond", "12 cm/s", "3 km/min". Only those the table
# above lacks are made here, each with its factor to metres per second.
PER_TIME_UNITS: dict[str, tuple[str, float]] = {  # surface (lower-case) -> (unit written after "/", seconds)
    "second": ("s", 1.0), "seconds": ("s", 1.0), "s": ("s", 1.0), "sec": ("s", 1.0),
    "millisecond": ("ms", 1e-3), "milliseconds": ("ms", 1e-3), "ms": ("ms", 1e-3),
    "minute": ("min", 60.0), "minutes": ("min", 60.0), "min": ("min", 60.0),
    "hour": ("h", 3600.0), "hours": ("h", 3600.0), "h": ("h", 3600.0), "hr": ("h", 3600.0),
}  # fmt: skip
for _length, (_dimension, _base, _factor) in list(UNITS.items()):
    if _dimension == "length" and _factor is not None:
        for _time_unit, _seconds in set(PER_TIME_UNITS.values()):
            UNITS.setdefault(f"{_length}/{_time_unit}", ("speed", "m/s", _factor / _seconds))

# An amount of one thing in a volume, a weight or an area of another, told over a counted denominator ("15 mg
# per 100 millilitres", "3 grams per 10 kilograms"), is read over one of the denominator's base unit (litre,
# kilogram, square metre), the unit news gives such a rate in ("150 mg per litre"): one rate, one figure.
RATE_NUMERATOR_DIMENSIONS = frozenset({"mass", "volume", "energy"})
RATE_DENOMINATOR_DIMENSIONS = frozenset({"volume", "mass", "area"})

# Surface form (lower-case) -> canonical unit. Forms that are ordinary English words or single
# letters are in ATTACHED_ONLY_UNITS instead and only count when glued to the digits ("5m", "3t").
UNIT_WORDS: dict[str, str] = {
    "%": "percent", "percent": "percent", "per cent": "percent", "pct": "percent", "percentage": "percent",
    "percentage points": "percentage point", "percentage point": "percentage point",
    "basis points": "basis point", "basis point": "basis point", "basis-point": "basis point",
    "percentage-point": "percentage point", "light years": "light year", "light year": "light year",
    "light-years": "light year", "light-year": "light year", "parsecs": "parsec", "parsec": "parsec",
    "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "metre": "m", "metres": "m", "meter": "m", "meters": "m", "cm": "cm", "centimetre": "cm",
    "centimetres": "cm", "centimeter": "cm", "centimeters": "cm", "mm": "mm", "millimetre": "mm",
    "millimetres": "mm", "millimeter": "mm", "millimeters": "mm", "mile": "mi", "miles": "mi", "mi": "mi",
    "nautical miles": "nmi", "nautical mile": "nmi", "nautical-mile": "nmi", "nautical-miles": "nmi", "ft": "ft", "foot": "ft", "feet": "ft",
    "yard": "yd", "yards": "yd", "inch": "in", "inches": "in",
    "kg": "kg", "kgs": "kg", "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg", "kilogrammes": "kg",
    "kilo": "kg", "kilos": "kg", "mg": "mg", "milligrams": "mg", "milligram": "mg", "ml": "ml",
    "millilitres": "ml", "milliliters": "ml", "cl": "cl", "wh": "Wh", "watt-hours": "Wh", "watt hours": "Wh", "gram": "g", "grams": "g", "gramme": "g", "grammes": "g",
    "tonne": "t", "tonnes": "t", "ton": "t", "tons": "t", "metric tons": "t", "metric tonnes": "t",
    "kilotonnes": "kt", "kilotonne": "kt", "kilotons": "kt", "megatonnes": "Mt", "megatonne": "Mt", "megatons": "Mt",
    "gigatonnes": "Gt", "gigatonne": "Gt", "gigatons": "Gt",  # ("mt" is as often a metric ton: not read)
    "lb": "lb", "lbs": "lb", "ounce": "oz", "ounces": "oz", "oz": "oz",
    "square metres": "m2", "square meters": "m2", "sq m": "m2", "m2": "m2", "m²": "m2",
    "square kilometres": "km2", "square kilometers": "km2", "sq km": "km2", "km2": "km2", "km²": "km2",
    "square miles": "mi2", "sq miles": "mi2", "square mile": "mi2", "square-mile": "mi2", "sq mi": "mi2",
    "square metre": "m2", "square meter": "m2", "square-metre": "m2", "square-meter": "m2",
    "square kilometre": "km2", "square kilometer": "km2", "square-kilometre": "km2", "square-kilometer": "km2",
    "square feet": "ft2", "square foot": "ft2", "square-foot": "ft2", "square-feet": "ft2", "sq ft": "ft2", "hectares": "ha", "hectare": "ha", "ha": "ha",
    "acres": "acre", "acre": "acre",
    "litres": "l", "liters": "l", "litre": "l", "liter": "l", "cubic metres": "m3", "cubic meters": "m3",
    "cubic metre": "m3", "cubic meter": "m3", "cubic-metre": "m3", "cubic-meter": "m3",
    "megalitres": "Ml", "megaliters": "Ml", "megalitre": "Ml", "megaliter": "Ml", "gigalitres": "Gl",
    "gigaliters": "Gl", "gigalitre": "Gl", "gigaliter": "Gl", "astronomical units": "au", "astronomical unit": "au",
    "m3": "m3", "m³": "m3", "gallons": "gal", "gallon": "gal", "barrels": "barrel", "barrel": "barrel",
    "watts": "W", "watt": "W", "kw": "kW", "kilowatts": "kW", "kilowatt": "kW", "mw": "MW",
    "megawatts": "MW", "megawatt": "MW", "gw": "GW", "gigawatts": "GW", "gigawatt": "GW",
    "kwh": "kWh", "kilowatt-hours": "kWh", "kilowatt hours": "kWh", "mwh": "MWh", "megawatt-hours": "MWh",
    "megawatt hours": "MWh", "gwh": "GWh", "gigawatt-hours": "GWh", "gigawatt hours": "GWh", "twh": "TWh",
    "terawatt-hours": "TWh", "terawatt hours": "TWh",
    "joules": "J", "joule": "J", "kilojoules": "kJ", "kilojoule": "kJ", "kj": "kJ", "megajoules": "MJ",
    "megajoule": "MJ", "mj": "MJ", "gigajoules": "GJ", "gigajoule": "GJ", "gj": "GJ", "terajoules": "TJ",
    "terajoule": "TJ", "volts": "V", "volt": "V", "kilovolts": "kV", "kilovolt": "kV", "kv": "kV",
    "megavolts": "MV", "megavolt": "MV",
    "kb": "kB", "kilobytes": "kB", "mb": "MB", "megabytes": "MB", "gb": "GB", "gigabytes": "GB",
    "tb": "TB", "terabytes": "TB", "petabytes": "PB", "petabyte": "PB", "exabytes": "EB", "exabyte": "EB",
    "km^2": "km2", "m^2": "m2", "ft^2": "ft2", "km^3": "km3", "m^3": "m3", "km squared": "km2",
    "kilometres squared": "km2", "kilometers squared": "km2", "metres squared": "m2", "meters squared": "m2",
    "square km": "km2", "sq. km": "km2", "sq. m": "m2", "km cubed": "km3", "metres cubed": "m3",
    "meters cubed": "m3", "cubic km": "km3",
    "km/h": "km/h", "km / h": "km/h", "km /h": "km/h", "km/ h": "km/h", "kph": "km/h", "kmh": "km/h", "kilometres per hour": "km/h",
    "kilometers per hour": "km/h", "kilometres an hour": "km/h", "kilometers an hour": "km/h", "mph": "mph",
    "miles per hour": "mph", "miles an hour": "mph", "knots": "kn", "m/s": "m/s", "m / s": "m/s",
    "metres per second": "m/s", "meters per second": "m/s", "metres a second": "m/s", "meters a second": "m/s",
    "kilometres a second": "km/s", "kilometers a second": "km/s", "feet a second": "ft/s",
    "°c": "celsius", "ºc": "celsius", "degrees celsius": "celsius", "° celsius": "celsius", "°celsius": "celsius", "° c": "celsius", "degrees centigrade": "celsius",
    "bit": "bit", "bits": "bit", "kilobits": "kbit", "megabits": "Mbit", "gigabits": "Gbit",
    "picometre": "pm", "picometres": "pm", "picometer": "pm", "picometers": "pm",
    "decimetre": "dm", "decimetres": "dm", "decimeter": "dm", "decimeters": "dm", "dm": "dm",
    "micrometre": "um", "micrometres": "um", "micrometer": "um", "micrometers": "um", "microns": "um",
    "micron": "um", "μm": "um", "nanometre": "nm", "nanometres": "nm", "nanometer": "nm", "nanometers": "nm",
    "microgram": "ug", "micrograms": "ug", "microgramme": "ug", "microgrammes": "ug", "μg": "ug", "mcg": "ug",
    "cubic feet": "ft3", "cubic foot": "ft3", "cubic kilometres": "km3", "cubic kilometers": "km3",
    "cubic kilometre": "km3", "cubic kilometer": "km3", "km3": "km3", "km³": "km3",
    "cups": "cup", "cup": "cup", "tablespoons": "tbsp", "tablespoon": "tbsp", "tbsp": "tbsp",
    "teaspoons": "tsp", "teaspoon": "tsp", "tsp": "tsp",
    "kmph": "km/h", "km/hr": "km/h", "kilometres/hour": "km/h", "kilometers/hour": "km/h",
    "hertz": "Hz", "hz": "Hz", "khz": "kHz", "kilohertz": "kHz", "mhz": "MHz", "megahertz": "MHz",
    "ghz": "GHz", "gigahertz": "GHz",
    "degree celsius": "celsius", "°f": "fahrenheit", "ºf": "fahrenheit", "degrees fahrenheit": "fahrenheit",
    "degree fahrenheit": "fahrenheit", "deg c": "celsius", "deg f": "fahrenheit",
    # "-18 degrees C": the scale's letter after the word (as after the sign)
    "degrees c": "celsius", "degree c": "celsius", "degrees f": "fahrenheit", "degree f": "fahrenheit",
    "radians": "radian", "radian": "radian", "rad": "radian",
}  # fmt: skip
ATTACHED_ONLY_UNITS: dict[str, str] = {"m": "m", "t": "t", "g": "g", "l": "l", "w": "W", "c": "celsius",
                                       "f": "fahrenheit", "nm": "nmi"}  # fmt: skip

# A measure written in two units, the larger first: "5 feet 2 inches", "7 lb 4 oz", "3 dollars 50 cents".
# unit of the first part -> (surfaces of the second part, the second unit in the first, how many make one).
COMPOUND_UNITS: dict[str, tuple[tuple[str, ...], float, int]] = {
    "ft": (("inches", "inch", "in"), 1 / 12, 12),
    "lb": (("ounces", "ounce", "oz"), 1 / 16, 16),
    "m": (("centimetres", "centimeters", "cm"), 0.01, 100),
    "USD": (("cents", "cent"), 0.01, 100),
    "EUR": (("cents", "cent"), 0.01, 100),
    "GBP": (("pence", "p"), 0.01, 100),
    # "2 hours 4 minutes 38 seconds": a race time, one figure (the seconds are a third part, figures._second_part)
    "h": (("minutes", "minute", "mins", "min"), 1 / 60, 60),
    "min": (("seconds", "second", "secs", "sec"), 1 / 60, 60),
}

# Time words. A figure followed by one is not an ordinary count ("3.2% year on year", "two weeks ago"):
# only the clear duration and age forms read with TIME_WORDS below make a figure of it.
DURATION_WORDS = (
    "seconds", "second", "secs", "sec", "minutes", "minute", "mins", "min", "hours", "hour", "hrs", "hr",
    "days", "day", "nights", "night", "weeks", "week", "months", "month", "years", "year", "yrs",
    "decades", "decade", "centuries", "century", "millennia", "fortnight", "fortnights",
)  # fmt: skip

# Time words as units of a duration: surface (lower-case) -> (canonical unit in UNITS, factor to it).
TIME_WORDS: dict[str, tuple[str, float]] = {
    "second": ("s", 1.0), "seconds": ("s", 1.0), "secs": ("s", 1.0), "minute": ("min", 1.0),
    "minutes": ("min", 1.0), "mins": ("min", 1.0), "hour": ("h", 1.0), "hours": ("h", 1.0), "hrs": ("h", 1.0),
    # the abbreviations DURATION_WORDS lists: without them "lasted 25 min" was kept out as a time word
    # and never read back as a duration
    "min": ("min", 1.0), "sec": ("s", 1.0), "hr": ("h", 1.0),
    "day": ("day", 1.0), "days": ("day", 1.0), "night": ("day", 1.0), "nights": ("day", 1.0),
    "week": ("week", 1.0), "weeks": ("week", 1.0), "fortnight": ("week", 2.0), "fortnights": ("week", 2.0),
    "month": ("month", 1.0), "months": ("month", 1.0), "year": ("year", 1.0), "years": ("year", 1.0),
    "yrs": ("year", 1.0), "decade": ("year", 10.0), "decades": ("year", 10.0), "century": ("year", 100.0),
    "centuries": ("year", 100.0), "millennium": ("year", 1000.0), "millennia": ("year", 1000.0),
}  # fmt: skip
# The singular words that make a compound before a noun: "a 48-hour strike", "a ten-year lease".
COMPOUND_TIME_WORDS = (
    "second",
    "minute",
    "hour",
    "day",
    "night",
    "week",
    "month",
    "year",
    "decade",
    "century",
)
# "a 45-year-old", "six months old": the time word -> the age unit.
AGE_UNITS: dict[str, str] = {
    "year": "years old",
    "month": "months old",
    "week": "weeks old",
    "day": "days old",
}
# Words before a bare time figure that make it a duration: "waited for three hours", "in nearly
# two decades", "after 10 days of talks", "a review covering five years" (what a report, a record or a career
# covers or spans is a stretch of time). Without one, "three years" stays unread (it may be a date's part).
DURATION_LEADS = ("for", "in", "over", "after", "within", "lasted", "lasting", "lasts", "spent", "took", "takes", "take", "taking", "by",
                  "covering", "covers", "covered", "spanning", "spans", "spanned")
# Irregular past forms that, like any "-ed" or "-ing" verb, may take a short span straight after them
# ("the fire burned six hours", "rescuers searched 12 hours", "the ground shook 20 seconds").
IRREGULAR_VERBS = ("ran", "shook", "fought", "felt", "kept", "stood", "sat", "slept", "hid", "went", "sang")
# Spans short enough that a verb right before them says how long it went on; "worked 30 years"
# is left alone, since years and months after a verb are as often a date's part or an age.
SHORT_TIME_UNITS = frozenset({"s", "min", "h", "day", "week"})
# Lower-case nouns before ", 45," that make the number an age: "his son, 6, was unhurt".
PERSON_NOUNS = frozenset(
    """
    man woman boy girl son daughter wife husband mother father brother sister driver suspect victim
    passenger pilot teenager student worker resident climber hiker gunman girlfriend boyfriend employee
    engineer officer soldier native patient pupil child baby toddler infant teacher nurse doctor farmer
    fisherman tourist rider cyclist runner swimmer skier jockey player motorist pedestrian prisoner inmate
    defendant witness owner captain guard
    """.split()
)

MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec",
)  # fmt: skip

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

# Words before a bare number that make it an identifier, not an amount ("No. 5", "Resolution 2231").
IDENTIFIER_CUES = frozenset(
    """
    no no. nos number num # nr nr. vol vol. volume page pages p. pp. chapter article articles section
    sections paragraph clause resolution flight route room gate platform channel phase level grade stage
    episode season part item version v v. model type size code zone district block apartment tel tel.
    phone fax ext ext. rule act bill highway interstate road street avenue ward unit division squad
    battalion brigade regiment corps fleet army platoon plot lot case docket precinct category class
    track seat row bus train tram line terminal pier lane bay dock exit mile marker junction
    """.split()
)

# Heads that end the noun phrase counted by a figure (function words, verbs of reporting ...).
COUNTED_STOP = frozenset(
    """
    a an the and or but nor of in on at by for from to with without within into onto over under about
    against between among through during before after since until as than that which who whom whose
    this these those there here it its their his her our your my is are was were be been being has
    have had do does did will would can could should may might must shall not no yes also only just
    each every per via including include includes included like more most less fewer than then when
    while where whereas if so because although though out up down off away ago later earlier last
    next such said says say told according reported reportedly percent total all
    goes comes makes remains seems shows means gets takes gives needs stays lives works runs falls rises
    holds looks keeps plays puts sets leaves turns wants reads belongs appears becomes continues
    represents accounts is was
    today tonight yesterday tomorrow overnight now currently meanwhile
    """.split()
)
# Past participles that do not end in "-ed" ("2.3 tonnes of cocaine hidden in crates", "four paintings
# stolen"): the noun phrase ends before them, as it does before "seized" or "found".
IRREGULAR_PARTICIPLES = frozenset(
    """
    hidden stolen taken given seen found held kept left sold bought brought caught driven broken chosen
    frozen spoken written beaten eaten fallen forgotten shaken sworn torn thrown shown grown known
    drawn flown blown spent sent lent built lost won paid laid made struck
    """.split()
)
# Nouns that are plural without a final "s": a head noun found, the phrase ends there.
IRREGULAR_PLURALS = frozenset(
    """
    people children men women aircraft personnel police staff troops sheep fish feet teeth mice geese
    data media crew cattle livestock militia infantry cavalry artillery equipment ammunition aid
    """.split()
)

"""Comparing our normalized values with the corpora's: TimeML value strings, Recognizers resolutions,
numbers and unit names.

Our ``DateValue`` is an inclusive ``start``..``end`` plus a granularity; TimeML writes one string.
The extractor's own TimeML value (``DateValue.timex``, ``consistency.extract._timex``) maps ours: day -> ``YYYY-MM-DD``, month -> ``YYYY-MM``, year ->
``YYYY``, time -> ``YYYY-MM-DDTHH:MM``, week -> ISO ``YYYY-Wnn``, quarter/half/season ->
``YYYY-Qn``/``YYYY-Hn``/``YYYY-SP|SU|FA|WI``, a decade -> ``199X``, a year-less date ->
``XXXX-MM-DD``. Other periods (a span of several days, "from May to July") have no single TimeML
value and never match. Gold values are compared after dropping seconds and a ``Z`` zone.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from consistency.extract._timex import timex_of
from consistency.model import DateValue, Quantity


def _date(iso: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None


_SHORT_DATE = re.compile(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?=T|$)")
_SHORT_WEEK = re.compile(r"-W(\d)(?!\d)")
_SECONDS = re.compile(r"(T\d\d:\d\d):\d\d(?:\.\d+)?")


def normalize_timeml(gold: str) -> str:
    """Gold TimeML value without seconds and a UTC ``Z``, its date parts zero-padded ("2009-12-3" is
    "2009-12-03", "1979-2" is "1979-02", as some ECB+ files write them)."""
    gold = gold.strip()
    gold = _SECONDS.sub(r"\1", gold)
    gold = _SHORT_WEEK.sub(r"-W0\1", gold)  # some TimeML files write "2000-W7" for ISO "2000-W07"
    gold = _SHORT_DATE.sub(lambda m: m.group(1) + "-" + m.group(2).zfill(2) + (
        "-" + m.group(3).zfill(2) if m.group(3) else ""), gold)
    return gold[:-1] if gold.endswith("Z") else gold


def same_timeml(gold: str | None, ours: object) -> bool:
    """``ours`` is a DateValue, a TimeML value string, or (value, UTC instant) from the TimeML view:
    a gold time written in UTC ("...T20:08Z", as ECB+ normalizes times with a zone) compares with
    the instant when we know it, else with the clock time as written."""
    if gold is None:
        return False
    if isinstance(ours, tuple):
        value, moment = ours
        if moment and gold.strip().endswith("Z") and normalize_timeml(gold) == moment.rstrip("Z"):
            return True
        ours = value
    if isinstance(ours, str):  # a TIMEX3 value from the TimeML view (consistency.extract.timexes)
        return normalize_timeml(gold) == ours
    if not isinstance(ours, DateValue):
        return False
    mine = ours.timex or timex_of(ours)
    return mine is not None and normalize_timeml(gold) == mine


def _ours_days(ours: DateValue) -> tuple[str, str] | None:
    if not ours.start or not ours.end:
        return None
    return ours.start[:10], ours.end[:10]


def _inclusive_end(first: dt.date, granularity: str) -> str:
    """The last day of the month (or, on 1 January, the year) that ``first`` opens: the inclusive
    reading of a range's end that Recognizers-Text writes as the exclusive start of that unit."""
    if first.month == 1 and granularity != "month":
        return dt.date(first.year, 12, 31).isoformat()
    following = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).isoformat()


def same_recognizers_date(gold: dict[str, Any], ours: object) -> bool:
    """True when our value equals one of the resolution's alternatives (past or future reading).

    date -> ``value`` is our day; daterange -> ``start``..``end`` where Recognizers' end is
    exclusive (we also accept it inclusive, and "to May" read as through May: its end is the
    first of May there, the last of May here); datetime -> ``value`` to the minute; datetimerange ->
    both ends to the minute; timerange -> both ends' clock readings. Times of day alone, durations and sets
    are not dates: never equal.
    """
    if not isinstance(ours, DateValue) or not ours.start or not ours.end:
        return False
    for alt in gold.get("values", []):
        kind = alt.get("type", "")
        if kind == "date":
            value = alt.get("value") or ""
            if ours.granularity == "day" and ours.start == ours.end == value:
                return True
            timex = alt.get("timex", "")
            if timex.startswith("XXXX") and ours.start == ours.end == "--" + timex[5:]:
                return True
        elif kind == "daterange":
            start, end = alt.get("start", ""), alt.get("end", "")
            days = _ours_days(ours)
            if not start or not end or days is None or days[0] != start:
                continue
            last = _date(end)
            exclusive = (last - dt.timedelta(days=1)).isoformat() if last else ""
            if days[1] in (end, exclusive):
                return True
            if last is not None and last.day == 1 and days[1] == _inclusive_end(last, ours.granularity):
                return True  # "from March to May": Recognizers ends before May, we read May in (both say "to May")
        elif kind == "datetime":
            value = (alt.get("value") or "").replace(" ", "T")[:16]
            if value and ours.start[:16] == value and ours.granularity == "time":
                return True
        elif kind == "timerange":  # a span of clock times on a day we read: compare the clocks
            start, end = str(alt.get("start") or ""), str(alt.get("end") or "")
            if "T" in ours.start and "T" in ours.end and start and end and (
                ours.start[11:16], ours.end[11:16]) == (start[:5], end[:5]):
                return True
        elif kind == "datetimerange":
            start = (alt.get("start") or "").replace(" ", "T")[:16]
            end = (alt.get("end") or "").replace(" ", "T")[:16]
            if start and end and ours.start[:16] == start and ours.end[:16] == end:
                return True
    return False


_CLOCK = re.compile(r"T(?P<h>\d\d)(?::(?P<m>\d\d))?(?::\d\d)?$")


def _clock(value: str) -> str | None:
    """ "T15" and "2016-11-07T15:00" -> "15:00": a time of day, minutes padded, seconds dropped."""
    m = _CLOCK.search(value)
    if m is None or (value[: m.start()] and not re.fullmatch(r"\d{4}-\d\d-\d\d", value[: m.start()])):
        return None
    return f"{m.group('h')}:{m.group('m') or '00'}"


_PART_OF_DAY = re.compile(r"(\d{4}-\d\d-\d\d)T(MO|AF|EV|NI)")


def same_recognizers(gold: dict[str, Any], ours: object) -> bool:
    """A Recognizers-Text resolution against one of our TIMEX3s (``consistency.extract.timexes.Timex``)
    or dates: the calendar values agree (``same_recognizers_date``), or our TimeML value is one of the
    alternatives' ``timex`` (a duration "PT3H", a set "XXXX-WXX-1", a part of a day "2016-11-08TNI",
    "PRESENT_REF"; a weekday's part, "XXXX-WXX-2TAF", on the day its alternative starts), or, where the gold is a time of day without a date ("T15", "T19:56:30"), our time
    has that clock reading."""
    inner = getattr(ours, "value", None)
    if isinstance(inner, DateValue):  # an Extraction of the date extractor
        ours = inner
    date = getattr(ours, "date", None) if not isinstance(ours, DateValue) else ours
    if date is not None and same_recognizers_date(gold, date):
        return True
    value = getattr(ours, "value", None) if not isinstance(ours, DateValue) else ours.timex
    if not isinstance(value, str):
        return False
    part = _PART_OF_DAY.fullmatch(value)
    for alt in gold.get("values", []):
        timex = str(alt.get("timex") or "")
        if timex and timex == value:
            return True
        if part and timex.endswith("T" + part.group(2)) and str(alt.get("start") or "")[:10] == part.group(1):
            return True  # "Tuesday afternoon": a weekday's part ("XXXX-WXX-2TAF") on the day we read
        if alt.get("type") == "time" and timex.startswith("T") and _clock(timex) and _clock(timex) == _clock(value):
            return True
    return False


def same_number(gold: float, ours: object) -> bool:
    """Our figure is exactly the gold number (low == high == gold, relative tolerance 1e-6)."""
    if not isinstance(ours, Quantity) or ours.low is None or ours.high is None:
        return False
    return math.isclose(ours.low, gold, rel_tol=1e-6) and math.isclose(ours.high, gold, rel_tol=1e-6)


# Gold unit names (Recognizers-Text, quantulum3) -> our unit codes. Names not listed compare
# lower-cased as they are.
UNIT_NAMES: dict[str, str] = {
    "dollar": "USD", "united states dollar": "USD", "us dollar": "USD", "euro": "EUR", "pound": "GBP",
    "pound sterling": "GBP", "british pound": "GBP", "japanese yen": "JPY", "yen": "JPY",
    "chinese yuan": "CNY", "yuan": "CNY", "renminbi": "CNY", "russian ruble": "RUB", "ruble": "RUB",
    "swiss franc": "CHF", "canadian dollar": "CAD", "australian dollar": "AUD", "indian rupee": "INR",
    "hong kong dollar": "HKD", "new zealand dollar": "NZD", "ukrainian hryvnia": "UAH",
    "percent": "percent", "percentage": "percent",
    "kilometer": "km", "kilometre": "km", "meter": "m", "metre": "m", "centimeter": "cm",
    "centimetre": "cm", "millimeter": "mm", "millimetre": "mm", "mile": "mi", "foot": "ft", "inch": "in",
    "yard": "yd", "kilogram": "kg", "gram": "g", "milligram": "mg", "ton": "t", "tonne": "t",
    "metric ton": "t", "pound-mass": "lb", "ounce": "oz", "liter": "l", "litre": "l", "milliliter": "ml",
    "millilitre": "ml", "gallon": "gal", "square kilometer": "km2", "square kilometre": "km2",
    "square meter": "m2", "square metre": "m2", "square mile": "mi2", "hectare": "ha", "acre": "acre",
    "kilometer per hour": "km/h", "kilometre per hour": "km/h", "mile per hour": "mph",
    "degree celsius": "celsius", "degree fahrenheit": "fahrenheit", "second": "s", "minute": "min",
    "hour": "h", "day": "day", "week": "week", "month": "month", "year": "year",
    "watt": "W", "kilowatt": "kW", "megawatt": "MW", "watt hour": "Wh", "kilowatt hour": "kWh",
    "megawatt hour": "MWh", "centilitre": "cl", "centiliter": "cl", "cubic centimetre": "ml",
    "megabyte": "MB", "gigabyte": "GB", "kilobyte": "KB", "terabyte": "TB", "kelvin": "K",
    "finnish markka": "FIM", "peseta": "ESP", "netherlands guilder": "NLG", "turkish lira": "TRY",
    "rupee": "INR", "bitcoin": "BTC", "mexican peso": "MXN", "cubic foot": "ft3", "cubic kilometre": "km3",
    "cubic kilometer": "km3", "decimeter": "dm", "decimetre": "dm", "nanometre": "nm", "nanometer": "nm",
    "micrometre": "um", "micrometer": "um", "microgram": "ug", "tablespoon": "tbsp", "teaspoon": "tsp",
    "cup": "cup", "petabyte": "PB", "exabyte": "EB", "cubic metre": "m3", "bit": "bit", "megabit": "Mbit", "picometer": "pm", "picometre": "pm", "hertz": "Hz", "kilohertz": "kHz", "megahertz": "MHz", "gigahertz": "GHz",
}  # fmt: skip
# Minor currency units the corpora name without their currency ("50 cents" is value 50, unit "Cent");
# we read the amount in the major unit (0.50 USD): the gold value is scaled by this factor to compare.
MINOR_UNITS: dict[str, float] = {"cent": 0.01, "cents": 0.01, "pence": 0.01, "penny": 0.01}


def same_unit(gold: str, ours: object, weight: bool = False) -> bool:
    """Our unit code is the one the gold unit name stands for ("Pound" of weight is ``lb``)."""
    if not isinstance(ours, Quantity) or ours.unit is None:
        return False
    name = gold.strip().lower()
    if name in MINOR_UNITS:  # "Cent" names no currency: any currency code is right
        return len(ours.unit) == 3 and ours.unit.isupper()
    expected = "lb" if weight and name == "pound" else UNIT_NAMES.get(name, name)
    return ours.unit.lower() == expected.lower()

"""Time zones stated beside a clock time ("8 a.m. GMT", "23:58 UTC", "6:40 p.m. (GMT+8)", "11:30 local
time"), and the instant (UTC) a clock time stands for when its zone is known.

Two outlets may give one moment as "6:40 a.m. local" and "22:40 GMT the day before": only the
instant shows they agree. Abbreviations map to fixed offsets (news uses the summer/winter forms
explicitly: EST vs EDT); a named IANA zone of the publication timestamp comes through ``zoneinfo``
(the datetime's own ``tzinfo``), so daylight saving is right for the article's own zone.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# Minutes east of UTC.
# Universal time: the calendar a clock in it counts days on need not be any writer's.
UNIVERSAL_ZONES = frozenset({"UTC", "UT", "GMT", "Z"})
ZONE_OFFSETS: dict[str, int] = {
    "GMT": 0, "UTC": 0, "UT": 0, "Z": 0, "WET": 0, "BST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180,
    "MSK": 180, "IST": 330, "PKT": 300, "WIB": 420, "ICT": 420, "HKT": 480, "SGT": 480, "PHT": 480, "AWST": 480,
    "JST": 540, "KST": 540, "ACST": 570, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780, "IRST": 210,
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
    "AKST": -540, "AKDT": -480, "HST": -600, "ET": -300, "CT": -360, "MT": -420, "PT": -480,
}  # fmt: skip
# The US zones named without their season ("4 p.m. ET"): summer or winter time as the date falls, read
# through ``zoneinfo``; the fixed offsets above (standard time) only when the date is unknown.
GENERIC_ZONES: dict[str, str] = {
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles",
}  # fmt: skip
# "14:00 Greek time", "9 a.m. Eastern time": a zone named by its place, read through ``zoneinfo`` on the
# clock time's date (summer or winter time as it falls).
NAMED_ZONES: dict[str, str] = {
    "eastern": "America/New_York", "central": "America/Chicago", "mountain": "America/Denver",
    "pacific": "America/Los_Angeles", "british": "Europe/London", "london": "Europe/London",
    "uk": "Europe/London", "irish": "Europe/Dublin", "paris": "Europe/Paris", "french": "Europe/Paris",
    "german": "Europe/Berlin", "berlin": "Europe/Berlin", "greek": "Europe/Athens", "athens": "Europe/Athens",
    "kyiv": "Europe/Kyiv", "kiev": "Europe/Kyiv", "ukrainian": "Europe/Kyiv", "moscow": "Europe/Moscow",
    "turkish": "Europe/Istanbul", "israel": "Asia/Jerusalem", "israeli": "Asia/Jerusalem",
    "tehran": "Asia/Tehran", "iranian": "Asia/Tehran", "gulf": "Asia/Dubai", "pakistan": "Asia/Karachi",
    "indian": "Asia/Kolkata", "india": "Asia/Kolkata", "beijing": "Asia/Shanghai", "china": "Asia/Shanghai",
    "hong kong": "Asia/Hong_Kong", "japan": "Asia/Tokyo", "tokyo": "Asia/Tokyo", "korea": "Asia/Seoul",
    "seoul": "Asia/Seoul", "sydney": "Australia/Sydney", "new zealand": "Pacific/Auckland",
}  # fmt: skip
_NAMED = "|".join(sorted((re.escape(n).replace(r"\ ", r"[^\S\n]{1,3}") for n in NAMED_ZONES), key=len, reverse=True))
_ABBREVIATIONS = "|".join(sorted(ZONE_OFFSETS, key=len, reverse=True))
# Right after the clock time (or inside its span): "GMT", "(GMT+8)", "UTC-05:00", "local time".
_ZONE = re.compile(
    rf"\A[^\S\n]{{0,3}}\(?[^\S\n]{{0,2}}(?:(?P<abbr>(?-i:{_ABBREVIATIONS}))\b"
    r"(?:[^\S\n]{0,2}(?P<sign>[+\-−])[^\S\n]{0,2}(?P<h>\d{1,2})(?::?(?P<m>\d\d))?)?"
    r"|(?P<local>local(?:[^\S\n]{1,3}time)?\b)"
    rf"|(?P<named>{_NAMED})[^\S\n]{{1,3}}time\b)",
    re.IGNORECASE,
)
_IN_SPAN = re.compile(rf"(?-i:\b(?:{_ABBREVIATIONS}))\b(?:[^\S\n]{{0,2}}[+\-−][^\S\n]{{0,2}}\d{{1,2}}(?::?\d\d)?)?")


def zone_after(text: str, start: int, end: int, local: str | None = None) -> tuple[str, int | None] | None:
    """The zone a clock time at ``text[start:end]`` states: (label as written, minutes east of UTC or
    None for "local time"), or None when it states none. ``local`` (the clock time as an ISO string)
    sets summer or winter time for a zone named without its season ("ET")."""
    inside = _IN_SPAN.search(text, start, end)
    at = inside.start() if inside is not None else end
    m = _ZONE.match(text[at : at + 24])
    if m is None:
        return None
    if m.group("local"):
        return "local", None
    if m.group("named"):
        name = " ".join(m.group("named").lower().split())
        label = f"{m.group('named')} time"
        if local is None:
            return label, None
        moment = dt.datetime.fromisoformat(local[:16]) if _ISO_MINUTE.match(local) else None
        if moment is None:
            return label, None
        return label, offset_of(moment.replace(tzinfo=ZoneInfo(NAMED_ZONES[name])))
    abbr = m.group("abbr").upper()
    offset = ZONE_OFFSETS[abbr]
    if abbr in GENERIC_ZONES and local is not None:
        offset = _seasonal_offset(GENERIC_ZONES[abbr], local, offset)
    label = abbr
    if m.group("sign"):
        sign = -1 if m.group("sign") in "-−" else 1
        shift = sign * (int(m.group("h")) * 60 + int(m.group("m") or 0))
        if abs(shift) > 14 * 60:
            return None
        offset += shift
        label = f"{abbr}{'+' if sign > 0 else '-'}{int(m.group('h'))}" + (f":{m.group('m')}" if m.group("m") else "")
    return label, offset


def offset_of(published: dt.datetime) -> int | None:
    """Minutes east of UTC of an aware publication timestamp (its zone, daylight saving included)."""
    delta = published.utcoffset()
    return None if delta is None else int(delta.total_seconds() // 60)


def instant(local_iso: str, offset: int) -> str | None:
    """The UTC instant ("2024-04-08T07:00Z") of a local clock time ("2024-04-08T08:00") at ``offset``."""
    try:
        moment = dt.datetime.fromisoformat(local_iso[:16])
    except ValueError:
        return None
    utc = moment - dt.timedelta(minutes=offset)
    return utc.strftime("%Y-%m-%dT%H:%MZ")


def _seasonal_offset(zone: str, local: str, default: int) -> int:
    try:
        moment = dt.datetime.fromisoformat(local[:16]).replace(tzinfo=ZoneInfo(zone))
    except ValueError:
        return default
    return offset_of(moment) or default


_ISO_MINUTE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\d)\d\d?/\d\d?/\d\d(?!\d)")  # a year, or "04/02/07"


def stamp_offset(
    text: str, times: list[tuple[int, int, str, int | None]], published: dt.datetime
) -> int | None:
    """The article's own offset read from its dateline stamp, when the publication time is given in UTC.

    Feeds give the publication instant in UTC; the page prints it in the newsroom's clock ("May 2,
    2013, 1:12 PM" for 17:12Z). ``times`` are the clock times (start, end, local ISO, offset of the zone
    they state or None). A stamp is written with its year; one that states its zone is the stamp when
    it lies within an hour of the instant (feeds round and lag), and that zone is the article's; one
    that states none is when it lies a whole quarter-hour offset from the instant, within the offsets
    in use (-12 h to +14 h): the difference is the article's zone. None when no stamp is there.
    """
    utc = published.astimezone(dt.UTC).replace(tzinfo=None)
    for start, end, local, stated in times:
        if not _YEAR.search(text, start, end):
            continue
        try:
            moment = dt.datetime.fromisoformat(local[:16])
        except ValueError:
            continue
        minutes = round((moment - utc).total_seconds() / 60)
        if stated is not None:
            if abs(minutes - stated) <= 60:
                return stated
        elif minutes % 15 == 0 and -12 * 60 <= minutes <= 14 * 60:
            return minutes
    return None


# Standard-time labels of zones that keep daylight saving, with the label of their summer form.
# Outlets often write "PST" all year round; on a summer day the clock there reads PDT, an hour
# later for the same instant, so "3:14 a.m. PST" and a local "3:14 a.m." are an hour apart. Zones
# whose standard time also runs all year somewhere (MST in Arizona, AEST in Queensland, CST in
# China) are left out: their label is right on every day.
_KEEPS_DAYLIGHT: dict[str, tuple[str, str]] = {
    "EST": ("America/New_York", "EDT"), "PST": ("America/Los_Angeles", "PDT"),
    "AKST": ("America/Anchorage", "AKDT"), "CET": ("Europe/Paris", "CEST"), "EET": ("Europe/Athens", "EEST"),
    "NZST": ("Pacific/Auckland", "NZDT"),
}  # fmt: skip


def daylight_label(label: str, day: dt.date) -> str | None:
    """The summer label ("PDT") when ``label`` is a standard time ("PST") its region does not keep on ``day``."""
    known = _KEEPS_DAYLIGHT.get(label.upper())
    if known is None:
        return None
    try:
        zone = ZoneInfo(known[0])
    except (ZoneInfoNotFoundError, ValueError):  # no tz database on this system: nothing can be said
        return None
    noon = dt.datetime(day.year, day.month, day.day, 12, tzinfo=zone)
    return known[1] if noon.dst() else None

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

# Minutes east of UTC.
ZONE_OFFSETS: dict[str, int] = {
    "GMT": 0, "UTC": 0, "Z": 0, "WET": 0, "BST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180,
    "MSK": 180, "IST": 330, "PKT": 300, "WIB": 420, "ICT": 420, "HKT": 480, "SGT": 480, "PHT": 480, "AWST": 480,
    "JST": 540, "KST": 540, "ACST": 570, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780, "IRST": 210,
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
    "AKST": -540, "AKDT": -480, "HST": -600, "ET": -300, "CT": -360, "MT": -420, "PT": -480,
}  # fmt: skip
_ABBREVIATIONS = "|".join(sorted(ZONE_OFFSETS, key=len, reverse=True))
# Right after the clock time (or inside its span): "GMT", "(GMT+8)", "UTC-05:00", "local time".
_ZONE = re.compile(
    rf"\A[^\S\n]{{0,3}}\(?[^\S\n]{{0,2}}(?:(?P<abbr>(?-i:{_ABBREVIATIONS}))\b"
    r"(?:[^\S\n]{0,2}(?P<sign>[+\-−])[^\S\n]{0,2}(?P<h>\d{1,2})(?::?(?P<m>\d\d))?)?"
    r"|(?P<local>local(?:[^\S\n]{1,3}time)?\b))",
    re.IGNORECASE,
)
_IN_SPAN = re.compile(rf"(?-i:\b(?:{_ABBREVIATIONS}))\b(?:[^\S\n]{{0,2}}[+\-−][^\S\n]{{0,2}}\d{{1,2}}(?::?\d\d)?)?")


def zone_after(text: str, start: int, end: int) -> tuple[str, int | None] | None:
    """The zone a clock time at ``text[start:end]`` states: (label as written, minutes east of UTC or
    None for "local time"), or None when it states none."""
    inside = _IN_SPAN.search(text, start, end)
    at = inside.start() if inside is not None else end
    m = _ZONE.match(text[at : at + 24])
    if m is None:
        return None
    if m.group("local"):
        return "local", None
    abbr = m.group("abbr").upper()
    offset = ZONE_OFFSETS[abbr]
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


# Standard-time labels of zones that keep daylight saving, with the label of their summer form.
# Outlets often write "PST" all year round; on a summer day the clock there reads PDT, an hour
# later for the same instant, so "2:09 a.m. PST" and a local "2:09 a.m." are an hour apart. Zones
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
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(known[0])
    except Exception:  # noqa: BLE001 - no tz database on this system: nothing can be said
        return None
    noon = dt.datetime(day.year, day.month, day.day, 12, tzinfo=zone)
    return known[1] if noon.dst() else None

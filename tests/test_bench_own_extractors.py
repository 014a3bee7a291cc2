"""Our own annotated set (benchmarks/own/extractors.yaml) is well-formed: every surface is found in its
text at its occurrence, every value parses, and a weekday resolved to a day falls on that weekday."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from benchmarks.common import load_yaml, parse_when
from benchmarks.loaders.own import EXTRACTORS_FILE, load_own, locate, parse_text

# TimeML values as the guidelines allow them (benchmarks/own/README.md).
_DATE = r"(?:\d{4}|\d{3}X|\d\dXX|XXXX)(?:-(?:\d\d|XX)(?:-(?:\d\d|XX))?)?"
_PARTS = r"(?:-(?:Q[1-4]|H[12]|SP|SU|FA|WI))"
_WEEK = r"(?:\d{4}|XXXX)-W(?:\d\d|XX)(?:-(?:\d|WE))?"
_CLOCK = r"(?:T(?:\d\d:\d\d|MO|AF|EV|NI)Z?)"
_POINT = re.compile(rf"(?:{_DATE}|\d{{4}}{_PARTS}|{_WEEK}){_CLOCK}?|PRESENT_REF|PAST_REF|FUTURE_REF")
_DURATION = re.compile(r"P(?=\d|T\d)(?:\d+(?:\.\d+)?[YMWD]|\d+(?:SP|SU|FA|WI))*(?:T(?:\d+(?:\.\d+)?[HMS])+)?")
_TYPES = {"DATE", "TIME", "DURATION", "SET"}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_UNIT = re.compile(r"[A-Z]{3}|[a-z][a-z /]*|[a-zA-Z/]+")


@pytest.fixture(scope="module")
def raw() -> list[dict]:
    with open(EXTRACTORS_FILE, encoding="utf-8") as handle:
        return load_yaml(handle)["texts"]


def test_every_text_loads_and_has_all_three_kinds(raw: list[dict]) -> None:
    texts = load_own()
    assert 25 <= len(texts) <= 40
    assert len({t.id for t in texts}) == len(texts)
    assert all(t.dates and t.figures and t.attributions for t in texts)
    for item in raw:
        assert set(item) <= {"id", "published", "text", "dates", "figures", "attributions"}, item["id"]


def test_publication_dates_parse(raw: list[dict]) -> None:
    for item in raw:
        if item["published"] is not None:
            assert parse_when(str(item["published"]), utc=True) is not None, item["id"]
    assert any(item["published"] is None for item in raw)  # texts without a date are part of the set


def test_surfaces_sit_at_their_occurrence(raw: list[dict]) -> None:
    for item in raw:
        text = item["text"]
        for date in item.get("dates") or ():
            start, end = locate(text, date["surface"], date.get("n", 1))
            assert text[start:end] == date["surface"]
        for attribution in item.get("attributions") or ():
            if attribution.get("source") is not None:
                start, end = locate(text, attribution["source"], attribution.get("source_n", 1))
                assert text[start:end] == attribution["source"]


def test_occurrences_are_whole_words() -> None:
    text = "Rilsby won 13-3 and 3-1 on Route 3."
    assert locate(text, "3") == (14, 15)
    assert locate(text, "3", 2) == (20, 21)
    assert locate(text, "3", 3) == (33, 34)
    with pytest.raises(ValueError):
        locate(text, "3", 4)
    with pytest.raises(ValueError):
        locate(text, "Route 9")


def test_a_misplaced_surface_names_its_text() -> None:
    item = {"id": "broken", "published": None, "text": "Brask said so on Monday.",
            "dates": [{"surface": "Tuesday", "type": "DATE", "value": "XXXX-WXX-2"}]}
    with pytest.raises(ValueError, match="broken"):
        parse_text(item)


def test_date_values_are_timeml(raw: list[dict]) -> None:
    for item in raw:
        for date in item.get("dates") or ():
            assert date["type"] in _TYPES, (item["id"], date)
            value = str(date["value"])
            pattern = _DURATION if date["type"] == "DURATION" else _POINT
            if date["type"] == "SET":
                pattern = _DURATION if value.startswith("P") else _POINT
            assert pattern.fullmatch(value), (item["id"], date)


def test_weekdays_resolve_to_their_weekday(raw: list[dict]) -> None:
    checked = 0
    for item in raw:
        for date in item.get("dates") or ():
            words = date["surface"].lower().replace(",", " ").split()
            days = [w for w in words if w in _WEEKDAYS]
            value = str(date["value"])
            if len(days) != 1 or not re.match(r"\d{4}-\d\d-\d\d", value) or date["value"].endswith("Z"):
                continue
            assert dt.date.fromisoformat(value[:10]).weekday() == _WEEKDAYS.index(days[0]), (item["id"], date)
            checked += 1
    assert checked >= 20


def test_figures_have_numbers_and_units(raw: list[dict]) -> None:
    for item in raw:
        for figure in item.get("figures") or ():
            text = item["text"]
            start, end = locate(text, figure["surface"], figure.get("n", 1))
            assert any(c.isdigit() for c in text[start:end]) or re.search(
                r"(?i)\b(one|two|three|four|five|six|seven|eight|nine|ten|dozen)\b", text[start:end]), figure
            if "value" in figure:
                assert isinstance(figure["value"], int | float) and "low" not in figure, figure
            else:
                assert float(figure["low"]) < float(figure["high"]), figure
            unit = figure.get("unit")
            assert unit is None or _UNIT.fullmatch(str(unit)), figure


def test_attributions_have_a_cue_and_a_known_source() -> None:
    for text in load_own():
        for attribution in text.attributions:
            assert text.text[attribution.cue[0]:attribution.cue[1]].strip()
            if attribution.source is not None:
                assert not (attribution.source[0] < attribution.cue[1] and attribution.cue[0] < attribution.source[1]) or (
                    text.text[attribution.cue[0]:attribution.cue[1]].lower() == "according to")


def _one(text: str, published: str | None = None, **kinds: list[dict]) -> list:
    return [parse_text({"id": "one", "published": published, "text": text, **kinds})]


def test_two_cues_sharing_a_mention_give_one_source_span() -> None:
    from benchmarks.suites.attributions import _own_doc

    (text,) = _one("Halvik said the quay would close and added that the levy stays, officials were told.",
                   attributions=[{"source": "Halvik", "cue": "said"}, {"source": "Halvik", "cue": "added"},
                                 {"source": None, "cue": "were told"}])
    doc = _own_doc(text)
    assert sorted(s.label for s in doc.spans.values()) == ["Cue", "Cue", "Cue", "Source"]
    sources = [doc.role_span(r, "Source") for r in doc.relations]
    assert sources[0] == sources[1] and sources[0] is not None and sources[0].text == "Halvik"
    assert sources[2] is None


def test_date_rows_score_spans_and_values() -> None:
    from benchmarks.suites.dates import own_rows

    text = "Councillor Brask resigned on March 4, 2026, the council said."
    right = own_rows(_one(text, "2026-03-10", dates=[{"surface": "March 4, 2026", "type": "DATE", "value": "2026-03-04"}]))
    wrong = own_rows(_one(text, "2026-03-10", dates=[{"surface": "March 4, 2026", "type": "DATE", "value": "2026-04-03"}]))
    values = {r.key: r.value for r in right}
    assert values["dates.own.strict_f1"] == 1.0 and values["dates.own.value_accuracy"] == 1.0
    assert {r.key: r.value for r in wrong}["dates.own.value_accuracy"] == 0.0
    assert all(r.label.startswith("own invented set:") for r in right)


def test_figure_rows_score_number_and_unit_apart() -> None:
    from benchmarks.suites.figures import own_rows

    text = "The levy raised $4 million last year, the council said."
    right = {r.key: r.value for r in own_rows(_one(text, figures=[{"surface": "$4 million", "value": 4000000, "unit": "USD"}]))}
    wrong = {r.key: r.value for r in own_rows(_one(text, figures=[{"surface": "$4 million", "value": 4000000, "unit": "EUR"}]))}
    assert right["figures.own.strict_f1"] == 1.0 and right["figures.own.value_unit_accuracy"] == 1.0
    assert wrong["figures.own.value_accuracy"] == 1.0 and wrong["figures.own.unit_accuracy"] == 0.0

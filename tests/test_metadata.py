"""Outlet and publication date inferred from an article's own text, never from the clock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consistency.metadata import (
    LEDE_CHARS,
    FoundDate,
    display_name,
    domain_of,
    find_byline_date,
    find_dated_mention,
    find_dateline_date,
    find_outlet_in_byline,
    find_publication_date,
    find_source_domain,
    find_url_date,
    find_wire_dateline,
    infer_metadata,
    parse_published,
    parse_published_with_precision,
)

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"

# Made-up pages in the shape of the two seeds: a web paste with banners above a byline,
# and a wire-style text that names its source on a closing line.
DESK_PAGE = """Support independent reporting: join as a member today.
Join now Gift a membership
Skip to content

Ports reopen after storm week

by Mara Quill and The Harbour Gazette news desk April 2, 2023 9:15 PM 3 min read
A crane stands idle at the container terminal on June 5, 2022 in Oslo. (Photo agency)

Ports along the coast reopened on Sunday, officials said.
"""

SOURCE_PAGE = """Grain talks to resume next week – media

Two ministries are discussing a new corridor for grain shipments, Agronews saw.

The talks are set for May 3 and will be held in Ankara, the ministry writes.

As Agronews reported earlier, the first round failed in 2022.

Source: agronews.org

No votes yet.
Leave a Reply
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(DESK_PAGE, dt.datetime(2023, 4, 2, 21, 15), id="desk-byline-with-time"),
        pytest.param(
            "Title\n\nPublished: 2024-03-11\n\nText of the story.\n", dt.date(2024, 3, 11), id="iso-label"
        ),
        pytest.param(
            "Title\nPosted on 11 March 2024, 14:05\nText.\n", dt.datetime(2024, 3, 11, 14, 5), id="dmy-label"
        ),
        pytest.param("By Jo Reed\nMarch 11, 2024\n\nText.\n", dt.date(2024, 3, 11), id="date-on-own-line"),
        pytest.param(
            "By Jo Reed, Mar. 11, 2024 at 6:40 p.m.\nText.\n", dt.datetime(2024, 3, 11, 18, 40), id="pm"
        ),
        pytest.param(
            "By Jo Reed | 12:00 AM, March 11, 2024\n", dt.datetime(2024, 3, 11, 0, 0), id="midnight-before"
        ),
        pytest.param(
            "06:40, 11.03.2024\nKyiv officials said.\n", dt.datetime(2024, 3, 11, 6, 40), id="dotted"
        ),
        pytest.param(
            "Updated: March 12, 2024\nPublished: March 11, 2024\nText.\n",
            dt.date(2024, 3, 11),
            id="published-beats-updated",
        ),
    ],
)
def test_byline_dates(body: str, expected: dt.date) -> None:
    assert find_byline_date(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(SOURCE_PAGE, id="no-year-in-running-text"),
        pytest.param(
            "The leaders met on July 13, 2023 in Brussels to discuss the long list of issues.\n",
            id="sentence",
        ),
        pytest.param("Published yesterday\nText.\n", id="relative-word"),
        pytest.param("Published: March 11\nText.\n", id="no-year"),
        pytest.param("Updated: March 12, 2024\nText.\n", id="update-is-not-publication"),
        pytest.param("Published: February 30, 2024\nText.\n", id="impossible-day"),
        pytest.param("A line of text.\n" * 60 + "Published: 2024-03-11\n", id="too-far-down"),
        pytest.param("", id="empty"),
    ],
)
def test_no_byline_date(body: str) -> None:
    assert find_byline_date(body) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-11", dt.date(2024, 3, 11)),
        ("2024-03-11T06:40:00+02:00", dt.datetime(2024, 3, 11, 6, 40)),
        ("2024-03-11T06:40:00Z", dt.datetime(2024, 3, 11, 6, 40)),
        ("March 11, 2024 6:40 AM", dt.datetime(2024, 3, 11, 6, 40)),
        ("Monday, March 11, 2024", dt.date(2024, 3, 11)),
        ("Mon, 11 Mar 2024 06:40:00 GMT", dt.datetime(2024, 3, 11, 6, 40)),
        ("2024/03/11", dt.date(2024, 3, 11)),
        ("yesterday", None),
        ("3 days ago", None),
        ("last Tuesday", None),
        ("March 11", None),
        ("next week", None),
        ("not a date", None),
        ("   ", None),
    ],
)
def test_parse_published(text: str, expected: dt.date | None) -> None:
    assert parse_published(text) == expected


def test_outlet_from_desk_byline() -> None:
    assert find_outlet_in_byline(DESK_PAGE) == "The Harbour Gazette"
    assert find_outlet_in_byline("By Reuters staff\nText.\n") == "Reuters"
    # A desk mentioned in running text is not a byline.
    assert find_outlet_in_byline("The story was checked by the news desk and Metro Daily staff.\n") is None


def test_source_line_and_display_name() -> None:
    assert find_source_domain(SOURCE_PAGE) == "agronews.org"
    assert find_source_domain("Text.\nSource: https://www.agronews.example/story/12\n") == "agronews.example"
    assert find_source_domain("The source: a man on the street said so.\n") is None
    # The body spells the outlet "Agronews" (capitalised): that beats the bare domain label.
    assert display_name("agronews.example", "As Agronews reported, ...") == "Agronews"
    assert display_name("harbourgazette.com", "the Harbour Gazette says") == "Harbour Gazette"
    # Unsure (only the lower-case domain itself appears): keep the domain.
    assert display_name("agronews.example", "see agronews.example for more") == "agronews.example"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.bbc.co.uk/news/x", "bbc.co.uk"),
        ("http://Kyivindependent.com/a?b=c", "kyivindependent.com"),
        ("ukrinform.net/rubric", "ukrinform.net"),
        ("not a url", None),
        ("http://[broken", None),
    ],
)
def test_domain_of(url: str, expected: str | None) -> None:
    assert domain_of(url) == expected


def test_wire_dateline() -> None:
    assert find_wire_dateline("Headline\nKYIV (Reuters) - Officials said on Monday.\n") == "Reuters"
    assert find_wire_dateline("WASHINGTON, March 11 (AP) — The talks opened.\n") == "AP"
    assert find_wire_dateline("The ministry (MoD) - which declined comment - said.\n") is None


@pytest.mark.parametrize(
    ("kwargs", "outlet", "source"),
    [
        pytest.param({"body": DESK_PAGE}, "The Harbour Gazette", "byline", id="byline"),
        pytest.param({"body": SOURCE_PAGE}, "Agronews", "source line", id="source-line"),
        pytest.param(
            {"body": "Text.", "url": "https://www.metro.example/a"}, "metro.example", "url", id="url"
        ),
        pytest.param({"body": "KYIV (Reuters) - Text."}, "Reuters", "dateline", id="dateline"),
        pytest.param({"body": "Text.", "folder": "metro"}, "metro", "folder", id="folder"),
        pytest.param({"body": "Text."}, "unknown", "default", id="unknown"),
        pytest.param({"body": DESK_PAGE, "outlet": "Given"}, "Given", "front matter", id="given-wins"),
    ],
)
def test_outlet_chain(kwargs: dict[str, str], outlet: str, source: str) -> None:
    inferred = infer_metadata(**kwargs)
    assert inferred.outlet == outlet
    assert ("outlet", source) in inferred.provenance


def test_given_date_wins_and_is_recorded() -> None:
    inferred = infer_metadata(DESK_PAGE, published=dt.date(2020, 1, 1), given_by="record")
    assert inferred.published == dt.date(2020, 1, 1)
    assert ("published", "record") in inferred.provenance


def test_no_date_stays_none_without_provenance() -> None:
    inferred = infer_metadata(SOURCE_PAGE)
    assert inferred.published is None
    assert all(field != "published" for field, _ in inferred.provenance)


@given(st.text(max_size=400))
def test_inference_never_raises(body: str) -> None:
    inferred = infer_metadata(body)
    assert inferred.outlet


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed articles not present")
def test_seed_articles() -> None:
    kyiv = infer_metadata((SEEDS / "002_9d2f1d6f514bbeda.txt").read_text(encoding="utf-8"))
    assert kyiv.outlet == "The Kyiv Independent"
    assert kyiv.published == dt.datetime(2024, 3, 11, 6, 40)
    ukrinform = infer_metadata((SEEDS / "000_2aeab099173c560c.txt").read_text(encoding="utf-8"))
    assert ukrinform.outlet in ("Ukrinform", "ukrinform.net")
    assert ukrinform.published is None


# --- dates known only to the month or year -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-10", (dt.date(2023, 10, 1), "month")),
        ("2023/10", (dt.date(2023, 10, 1), "month")),
        ("2023-1", (dt.date(2023, 1, 1), "month")),
        ("10/2023", (dt.date(2023, 10, 1), "month")),
        ("October 2023", (dt.date(2023, 10, 1), "month")),
        ("Oct. 2023", (dt.date(2023, 10, 1), "month")),
        ("october, 2023", (dt.date(2023, 10, 1), "month")),
        (" 2023 ", (dt.date(2023, 1, 1), "year")),
        ("2023-10-05", (dt.date(2023, 10, 5), "")),
        ("5 October 2023 14:20", (dt.datetime(2023, 10, 5, 14, 20), "")),
        ("2023-13", None),  # no such month
        ("1066", None),  # outside the years the extractor reads
        ("banana", None),
        ("last October", None),
    ],
)
def test_parse_published_with_precision(text: str, expected: tuple[dt.date, str] | None) -> None:
    assert parse_published_with_precision(text) == expected


def test_partial_date_provenance_names_the_precision() -> None:
    inferred = infer_metadata("Text.\n", published=dt.date(2023, 10, 1), published_precision="month")
    assert (inferred.published, inferred.published_precision) == (dt.date(2023, 10, 1), "month")
    assert ("published", "front matter (month)") in inferred.provenance


def test_byline_inside_the_stated_month_refines_it_to_the_day() -> None:
    body = "Canal fees rise\n\nBy Ines Vale | October 12, 2023 8:05 AM\n\nFees rose on Wednesday.\n"
    inferred = infer_metadata(
        body, published=dt.date(2023, 10, 1), published_precision="month", given_by="record"
    )
    assert (inferred.published, inferred.published_precision) == (dt.datetime(2023, 10, 12, 8, 5), "")
    assert ("published", "byline, refining record (month)") in inferred.provenance


def test_byline_outside_the_stated_year_does_not_override_it() -> None:
    body = "By Ines Vale | October 12, 2021\n\nFees rose on Wednesday.\n"
    inferred = infer_metadata(body, published=dt.date(2023, 1, 1), published_precision="year")
    assert (inferred.published, inferred.published_precision) == (dt.date(2023, 1, 1), "year")
    assert ("published", "front matter (year)") in inferred.provenance


# --- an undated article's anchor from its own text --------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Bridge reopens\n\nLISBON, March 7, 2024 — The bridge reopened on Thursday.\n",
                     dt.date(2024, 3, 7), id="place-date-dash"),
        pytest.param("PORTO ALEGRE, Brazil, 7 March 2024 (Wire One) - Floods receded.\n",
                     dt.date(2024, 3, 7), id="region-day-month-agency"),
        pytest.param("Thursday, March 7, 2024 - The council met late into the night.\n",
                     dt.date(2024, 3, 7), id="weekday-date-dash"),
        pytest.param("Mar. 7, 2024: Ferries resumed after the storm passed the cape.\n",
                     dt.date(2024, 3, 7), id="abbreviated-colon"),
    ],
)  # fmt: skip
def test_dateline_dates(body: str, expected: dt.date) -> None:
    assert find_dateline_date(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("March 7 (Wire One) - Floods receded.\n", id="no-year"),
        pytest.param("Friday, March 7, 2024 - The council met.\n", id="weekday-contradicts-date"),
        pytest.param("The council, March 7, 2024 - notes.\n", id="place-not-in-capitals"),
        pytest.param("LISBON (Wire One) - The bridge reopened.\n", id="no-date"),
        pytest.param("The bridge reopened on March 7, 2024 after repairs.\n", id="running-text"),
    ],
)
def test_no_dateline_date(body: str) -> None:
    assert find_dateline_date(body) is None


def test_dated_weekday_beats_an_earlier_backstory_date() -> None:
    body = (
        "The ferry line opened on May 2, 2019. On Thursday (March 7, 2024) it closed for repairs, "
        "and it will reopen next month.\n"
    )
    assert find_dated_mention(body) == FoundDate(dt.date(2024, 3, 7), "text: dated weekday")


def test_first_dated_mention_and_its_limits() -> None:
    assert find_dated_mention("Crews said the dam, inspected on 7 March 2024, held.\n") == FoundDate(
        dt.date(2024, 3, 7), "text: first dated mention"
    )
    # The day a story was revised is not the day it happened.
    assert find_dated_mention(
        "Updated: March 9, 2024\nCrews inspected the dam on 7 March 2024.\n"
    ) == FoundDate(dt.date(2024, 3, 7), "text: first dated mention")
    # A weekday that contradicts its date rules that date out.
    assert find_dated_mention("On Friday, March 7, 2024, the dam held.\n") is None
    # Dates deep in the text are backstory, not the news peg.
    deep = (
        "The dam held through the night, engineers said. " * (LEDE_CHARS // 40)
        + "It was built on May 2, 1989.\n"
    )
    assert find_dated_mention(deep) is None
    # A weekday and a day without a year match about one year in seven: not an anchor.
    assert find_dated_mention("On Thursday (March 7) the dam held.\n") is None


DAM_URL = "https://dam.example/news/2024/03/06/dam-holds"


@pytest.mark.parametrize(
    ("body", "url", "expected"),
    [
        pytest.param("Dam holds\nBy Ines Vale\nMarch 8, 2024\n\nRIVERTON, March 7, 2024 — The dam held.\n",
                     DAM_URL, FoundDate(dt.date(2024, 3, 8), "byline"), id="byline-first"),
        pytest.param("Dam holds\n\nRIVERTON, March 7, 2024 — The dam held, built on May 2, 1989.\n",
                     DAM_URL, FoundDate(dt.date(2024, 3, 7), "dateline"), id="dateline-next"),
        pytest.param("Dam holds\n\nEngineers said on Thursday, March 7, 2024, that the dam held.\n",
                     DAM_URL, FoundDate(dt.date(2024, 3, 6), "url"), id="url-then"),
        pytest.param("Dam holds\n\nEngineers said on Thursday that the dam held.\n",
                     "https://dam.example/2024/03/dam-holds", FoundDate(dt.date(2024, 3, 1), "url", "month"),
                     id="url-month"),
        pytest.param("Dam holds\n\nEngineers said on Thursday, March 7, 2024, that the dam held.\n",
                     None, FoundDate(dt.date(2024, 3, 7), "text: dated weekday"), id="dated-weekday"),
        pytest.param("Dam holds\n\nEngineers inspected the dam on 7 March 2024 and found it sound.\n",
                     "https://dam.example/news/dam-holds", FoundDate(dt.date(2024, 3, 7), "text: first dated mention"),
                     id="first-mention"),
        pytest.param("Dam holds\n\nEngineers said on Thursday that the dam held.\n", None, None, id="nothing"),
    ],
)  # fmt: skip
def test_publication_date_from_the_text_strongest_first(
    body: str, url: str | None, expected: FoundDate | None
) -> None:
    assert find_publication_date(body, url) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://dam.example/news/2024/03/06/dam-holds", FoundDate(dt.date(2024, 3, 6), "url")),
        ("https://dam.example/2024-03-06-dam-holds.html", FoundDate(dt.date(2024, 3, 6), "url")),
        ("https://dam.example/blog/2024/3/", FoundDate(dt.date(2024, 3, 1), "url", "month")),
        ("dam.example/2024/02/30/impossible", None),
        ("https://dam.example/item/20240306", None),  # eight digits are as often an id as a date
        ("https://dam.example/2024/dam-holds", None),
        ("http://[broken", None),
    ],
)
def test_url_dates(url: str, expected: FoundDate | None) -> None:
    assert find_url_date(url) == expected


def test_url_day_refines_a_month_from_the_metadata() -> None:
    inferred = infer_metadata(
        "The dam held.\n", url="https://dam.example/2024/03/06/x", published=dt.date(2024, 3, 1),
        published_precision="month",
    )  # fmt: skip
    assert (inferred.published, inferred.published_precision) == (dt.date(2024, 3, 6), "")
    assert ("published", "url, refining front matter (month)") in inferred.provenance


def test_url_month_refines_a_year_from_the_metadata() -> None:
    inferred = infer_metadata(
        "The dam held.\n", url="https://dam.example/2024/03/x", published=dt.date(2024, 1, 1),
        published_precision="year",
    )  # fmt: skip
    assert (inferred.published, inferred.published_precision) == (dt.date(2024, 3, 1), "month")
    assert ("published", "url (month), refining front matter (year)") in inferred.provenance


def test_url_month_is_a_month_anchor() -> None:
    inferred = infer_metadata("The dam held on Thursday.\n", url="https://dam.example/2024/03/dam")
    assert (inferred.published, inferred.published_precision) == (dt.date(2024, 3, 1), "month")
    assert ("published", "url (month)") in inferred.provenance


def test_undated_article_records_where_its_anchor_came_from() -> None:
    inferred = infer_metadata("RIVERTON, March 7, 2024 — The dam held on Thursday, officials said.\n")
    assert (inferred.published, inferred.published_precision) == (dt.date(2024, 3, 7), "")
    assert ("published", "dateline") in inferred.provenance

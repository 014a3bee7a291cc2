"""Outlet and publication date inferred from an article's own text, never from the clock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consistency.metadata import (
    display_name,
    domain_of,
    find_byline_date,
    find_outlet_in_byline,
    find_source_domain,
    find_wire_dateline,
    infer_metadata,
    parse_published,
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

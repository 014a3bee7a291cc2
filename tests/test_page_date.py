"""A web page's publication date in the order of evidence of ``consistency.page_date``: each kind of evidence
on a page of its own, the order between them, modified dates that never win, and UTC moments dated on the
publisher's day."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from consistency.html_text import extract_page
from consistency.page_date import (
    EVIDENCE,
    DeclaredDate,
    Stamp,
    declared_date,
    headline_date,
    labelled_date,
    parse_stamp,
)

STORY = (
    "<p>The council of Velmora approved the new ferry timetable on a narrow vote, after a debate that ran "
    "late into the evening and drew residents from both banks of the river.</p>"
    "<p>Marta Vellacourt, who chairs the transport committee, said the first boats would leave Halvik at "
    "six in the morning and that fares would stay at their present level until the spring.</p>"
)


def page(head: str = "", body: str = "", *, headline: str = "Velmora approves ferry timetable") -> str:
    return (
        f"<html><head><title>{headline}</title>{head}</head><body><article><h1>{headline}</h1>"
        f"{body}{STORY}</article></body></html>"
    )


def date_of(html: str, url: str | None = None) -> DeclaredDate | None:
    return declared_date(lxml_html.fromstring(html), url=url)


def ld(data: str) -> str:
    return f'<script type="application/ld+json">{data}</script>'


# One page per kind of evidence, each alone: (kind, page, url, expected date).
ALONE = [
    (
        "meta",
        page('<meta property="article:published_time" content="2024-03-11T06:40:00+02:00">'),
        None,
        "2024-03-11T06:40:00",
    ),
    (
        "json-ld",
        page(ld('{"@type": "NewsArticle", "headline": "x", "datePublished": "2024-03-12"}')),
        None,
        "2024-03-12",
    ),
    (
        "microdata",
        page(
            body='<p>By Brask Daily <span itemprop="datePublished" content="2024-03-13T09:00">'
            "Wednesday</span></p>"
        ),
        None,
        "2024-03-13T09:00:00",
    ),
    (
        "time",
        page(body='<time class="entry-date published" datetime="2024-03-14">14/3</time>'),
        None,
        "2024-03-14",
    ),
    ("url", page(), "https://velmora.example/news/2024/03/15/ferry-timetable", "2024-03-15"),
    (
        "headline",
        page(body="<div class='byline'>Von Marta Vellacourt | 16. März 2024, 18:40 Uhr</div>"),
        None,
        "2024-03-16",
    ),
    (
        "label",
        page(
            body="<p>"
            + "The timetable was debated at length. " * 20
            + "</p><footer>Erschienen am: 18.03.2024</footer>"
        ),
        None,
        "2024-03-18",
    ),
    (
        "any time",
        page(body='<footer><time datetime="2024-03-17T10:00:00">vor zwei Tagen</time></footer>'),
        None,
        "2024-03-17T10:00:00",
    ),
]


@pytest.mark.parametrize(("kind", "html", "url", "expected"), ALONE, ids=[row[0] for row in ALONE])
def test_each_kind_of_evidence_alone(kind: str, html: str, url: str | None, expected: str) -> None:
    assert date_of(html, url) == DeclaredDate(expected, kind)


def test_every_kind_is_in_the_order() -> None:
    assert {row[0] for row in ALONE} == set(EVIDENCE)


def test_a_page_without_any_evidence_is_left_to_htmldate() -> None:
    assert date_of(page()) is None


def test_earlier_evidence_wins() -> None:
    # Each kind of ALONE, put together: the first of EVIDENCE decides, and dropping it hands over to the next.
    heads = [html.split("<head>")[1].split("</head>")[0].split("</title>", 1)[1] for _, html, _, _ in ALONE]
    bodies = [html.split("</h1>")[1].split(STORY)[0] for _, html, _, _ in ALONE]
    url = ALONE[EVIDENCE.index("url")][2]
    for first in range(len(ALONE)):
        kind, _, _, expected = ALONE[first]
        html = page("".join(heads[first:]), "".join(bodies[first:]))
        assert date_of(html, url if first <= EVIDENCE.index("url") else None) == DeclaredDate(expected, kind)


def test_a_modified_date_never_wins_over_the_published_one() -> None:
    # Every modified field comes first in its place, and each says a later day.
    html = page(
        '<meta property="article:modified_time" content="2024-04-02T08:00:00+01:00">'
        '<meta property="og:updated_time" content="2024-04-02T08:00:00+01:00">'
        '<meta name="last-modified" content="2024-04-02">'
        + ld(
            '{"@type": "BlogPosting", "dateModified": "2024-04-02", "datePublished": "2024-03-28T21:05:00+01:00"}'
        ),
        '<time class="entry-date updated" datetime="2024-04-02">2 April</time>'
        '<span itemprop="dateModified" content="2024-04-02"></span>',
    )
    assert date_of(html) == DeclaredDate("2024-03-28T21:05:00", "json-ld")


def test_a_page_that_gives_only_a_modified_date_declares_none() -> None:
    html = page(
        '<meta property="article:modified_time" content="2024-04-02T08:00:00+01:00">'
        + ld('{"@type": "NewsArticle", "dateModified": "2024-04-02"}'),
        "<p>Aktualisiert am 2. April 2024</p>",
    )
    assert date_of(html) is None


def test_json_ld_reads_the_page_entity_not_its_parts() -> None:
    graph = ld(
        '{"@context": "https://schema.org", "@graph": ['
        '{"@type": "ImageObject", "datePublished": "2019-06-01"},'
        '{"@type": "WebPage", "datePublished": "2024-03-01"},'
        '{"@type": "Recipe", "datePublished": "2024-03-02",'
        ' "review": [{"@type": "Review", "datePublished": "2024-03-20"}]},'
        '{"@type": "NewsArticle", "datePublished": "2024-03-03T07:00:00+01:00",'
        ' "image": {"@type": "ImageObject", "datePublished": "2018-01-01"}}]}'
    )
    assert date_of(page(graph)) == DeclaredDate("2024-03-03T07:00:00", "json-ld")
    # Without the article, a top-level node comes before any nested one.
    without_article = graph.replace('"NewsArticle"', '"Thing"').replace(
        '"datePublished": "2024-03-03T07:00:00+01:00",', ""
    )
    assert date_of(page(without_article)).published == "2024-03-01"  # type: ignore[union-attr]


def test_broken_json_ld_is_skipped() -> None:
    html = page(
        ld('{"@type": "NewsArticle", "datePublished": "2024-03-12",}')
        + '<meta name="publish-date" content="2024-03-10">'
    )
    assert date_of(html) == DeclaredDate("2024-03-10", "meta")


def test_meta_tags_are_ranked_not_taken_in_document_order() -> None:
    html = page(
        '<meta name="pubdate" content="2024-01-05"><meta name="date" content="2024-02-01">'
        '<meta property="article:published_time" content="2024-01-04T12:00:00+01:00">'
    )
    assert date_of(html) == DeclaredDate("2024-01-04T12:00:00", "meta")


def test_a_date_written_in_another_shape_is_left_to_later_evidence() -> None:
    html = page(
        '<meta property="article:published_time" content="Mo., 04.03.2024 - 09:15">',
        "<p class='meta'>4. März 2024</p>",
    )
    assert date_of(html) == DeclaredDate("2024-03-04", "headline")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("<p>March 7, 2024</p>", "2024-03-07"),
        ("<p>Por Halvik Noticias, 7 de marzo de 2024</p>", "2024-03-07"),
        ("<p>Publié le 7 mars 2024 à 18h40</p>", "2024-03-07"),
        ("<div><span>Brask Post</span><span>07.03.2024</span></div>", "2024-03-07"),
        ("<p>Aktualisiert am 9. März 2024</p><p>7. März 2024</p>", "2024-03-07"),
        ("<p>Updated: March 9, 2024</p>", None),
        ("<p>Stand: 09.03.2024</p>", None),
        # A date inside a sentence of the story is not a date line.
        (
            "<p>The ferry first sailed on March 7, 2019, when the old bridge across the river was closed "
            "for repairs that took two years.</p>",
            None,
        ),
    ],
)
def test_date_line_under_the_headline(line: str, expected: str | None) -> None:
    stamp = headline_date(lxml_html.fromstring(page(body=line)))
    assert (stamp.day.isoformat() if stamp else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<footer><p>Published on 18 March 2024 by the Halvik desk</p></footer>", "2024-03-18"),
        ("<footer>Publié le <b>18 mars 2024</b></footer>", "2024-03-18"),
        ("<footer>Last updated 19 March 2024</footer>", None),
        ("<p>The ferry was first launched on 18 March 2024, the harbour master said.</p>", None),
    ],
)
def test_a_date_labelled_as_the_publication(text: str, expected: str | None) -> None:
    stamp = labelled_date(lxml_html.fromstring(page(body=text)))
    assert (stamp.day.isoformat() if stamp else None) == expected


def test_a_date_line_far_below_the_headline_is_not_the_pages() -> None:
    filler = "<p>" + "The ferry timetable was debated at length. " * 20 + "</p>"
    assert headline_date(lxml_html.fromstring(page(body=filler + "<p>7 March 2024</p>"))) is None


def test_a_utc_moment_takes_the_publishers_day_from_the_url() -> None:
    # 23:10 UTC on the 7th is the 8th east of Greenwich: the URL, written on the publisher's clock, says which.
    html = page('<meta property="article:published_time" content="2024-03-07T23:10:00Z">')
    assert date_of(html, "https://brask.example/2024/03/08/ferry") == DeclaredDate(
        "2024-03-08", "meta", "url"
    )
    # Without the URL the UTC day stays.
    assert date_of(html) == DeclaredDate("2024-03-07T23:10:00", "meta")


def test_a_utc_moment_takes_the_publishers_day_from_the_headline() -> None:
    # 02:25 UTC on the 8th is the evening of the 7th in the Americas, the day the page shows.
    html = page(
        ld('{"@type": "NewsArticle", "datePublished": "2024-03-08T02:25:00.000Z"}'),
        "<p>Halvik, 7 de marzo de 2024</p>",
    )
    assert date_of(html) == DeclaredDate("2024-03-07", "json-ld", "headline")


def test_a_day_the_moment_cannot_fall_on_does_not_move_it() -> None:
    # Noon UTC falls on the 7th everywhere from UTC-12 to UTC+11: a date line two days off is another date.
    html = page(
        '<meta property="article:published_time" content="2024-03-07T12:00:00Z">', "<p>9 March 2024</p>"
    )
    assert date_of(html) == DeclaredDate("2024-03-07T12:00:00", "meta")


def test_a_stamp_with_its_own_offset_keeps_the_publishers_day() -> None:
    # 23:40 at UTC-5 is already the 8th in UTC; the page's own clock says the 7th, and so does the date line.
    html = page(
        '<meta property="article:published_time" content="2024-03-07T23:40:00-05:00">', "<p>March 8, 2024</p>"
    )
    assert date_of(html) == DeclaredDate("2024-03-07T23:40:00", "meta")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-07", Stamp(dt.date(2024, 3, 7))),
        ("2024-3-7 18:40", Stamp(dt.date(2024, 3, 7), dt.time(18, 40))),
        (
            "2024-03-07T18:40:05.123+0100",
            Stamp(dt.date(2024, 3, 7), dt.time(18, 40, 5), dt.timedelta(hours=1)),
        ),
        ("2024-03-07T18:40Z", Stamp(dt.date(2024, 3, 7), dt.time(18, 40), dt.timedelta(0))),
        (
            "2024-03-07T18:40:00-03:30",
            Stamp(dt.date(2024, 3, 7), dt.time(18, 40), -dt.timedelta(hours=3, minutes=30)),
        ),
        ("Thu, 07 Mar 2024 18:40:00 GMT", Stamp(dt.date(2024, 3, 7), dt.time(18, 40), dt.timedelta(0))),
        ("2024-13-07", None),
        ("07.03.2024", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_parse_stamp(value: str, expected: Stamp | None) -> None:
    assert parse_stamp(value) == expected


def test_through_extract_page_with_provenance() -> None:
    html = page(
        '<meta property="article:published_time" content="2024-03-07T23:10:00Z">'
        '<link rel="canonical" href="https://brask.example/2024/03/08/ferry">'
    )
    result = extract_page(html)
    assert (result.published, result.published_by) == ("2024-03-08", "html meta (day from url)")
    undated = extract_page(page())
    assert undated.published_by == "htmldate"


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("<>/h1time datetime=\"'2024-03-07T:Z+ pmeta content{}[]:,")),
        max_size=300,
    )
)
def test_never_raises(text: str) -> None:
    try:
        tree = lxml_html.fromstring(f"<html><body>{text}</body></html>")
    except ValueError:
        return
    found = declared_date(tree, url="https://x.example/" + text[:40])
    assert found is None or found.evidence in EVIDENCE

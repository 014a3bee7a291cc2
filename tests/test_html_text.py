"""Main text and metadata of HTML pages: chrome dropped, the story kept."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consistency.html_text import extract_page

PAGE = """<!doctype html>
<html lang="en-GB">
<head>
  <title>Harbour reopens | Example Gazette</title>
  <meta property="og:title" content="Harbour reopens after storm">
  <meta property="og:site_name" content="The Example Gazette">
  <meta property="og:url" content="https://example.org/og">
  <meta property="article:published_time" content="2024-03-11T06:40:00+02:00">
  <link rel="canonical" href="https://www.example.org/harbour">
  <script>var menu = "<p>Not text</p>";</script>
  <style>p { color: red }</style>
</head>
<body>
  <header class="site"><a href="/">Example Gazette</a> Subscribe now</header>
  <nav><ul><li>World</li><li>Sport</li></ul></nav>
  <article class="card"><h2>Related: a short card</h2></article>
  <article>
    <header><h1>Harbour reopens after storm</h1><p class="byline">By Mara Quill</p></header>
    <p>The harbour reopened on Sunday
       after a week of closures, officials said.</p>
    <p>Ships &amp; ferries resumed <b>regular</b> service.<br>Queues remained long.</p>
    <aside>Read also: storms of the past</aside>
    <div style="display: none">Tracking pixel text</div>
    <form><input name="email"> Sign up for the newsletter</form>
    <footer>Share this article</footer>
  </article>
  <noscript>Enable JavaScript</noscript>
  <iframe src="ad.html">Advert</iframe>
  <footer>Copyright 2024 Example Gazette</footer>
</body>
</html>
"""


def test_main_text_blocks_and_chrome_removed() -> None:
    page = extract_page(PAGE)
    assert page.text == (
        "Harbour reopens after storm\n\n"
        "By Mara Quill\n\n"
        "The harbour reopened on Sunday after a week of closures, officials said.\n\n"
        "Ships & ferries resumed regular service.\nQueues remained long."
    )
    for chrome in ("Not text", "color", "Subscribe", "World", "Related", "Read also", "Tracking", "Sign up",
                   "Share this", "JavaScript", "Advert", "Copyright"):  # fmt: skip
        assert chrome not in page.text


def test_metadata() -> None:
    page = extract_page(PAGE)
    assert page.title == "Harbour reopens after storm"
    assert page.site_name == "The Example Gazette"
    assert page.published == "2024-03-11T06:40:00+02:00"
    assert page.url == "https://www.example.org/harbour"  # canonical beats og:url
    assert page.language == "en-GB"


@pytest.mark.parametrize(
    ("html", "field", "expected"),
    [
        pytest.param("<title>Plain title</title><h1>Heading</h1>", "title", "Plain title", id="title-tag"),
        pytest.param("<body><h1>Only <i>heading</i></h1><p>x</p>", "title", "Only heading", id="h1"),
        pytest.param(
            '<article><time datetime="2024-03-11">March 11</time><p>x</p></article>', "published", "2024-03-11",
            id="time-element",
        ),
        pytest.param(
            '<p>x</p><span itemprop="datePublished" content="2024-03-12">12 March</span>', "published",
            "2024-03-12", id="itemprop",
        ),
        pytest.param(
            '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-03-13",'
            ' "publisher": {"name": "LD Times"}}</script><p>x</p>', "published", "2024-03-13", id="json-ld-date",
        ),
        pytest.param(
            '<script type="application/ld+json">{"@graph": [{"publisher": {"name": "LD Times"}}]}</script><p>x</p>',
            "site_name", "LD Times", id="json-ld-publisher",
        ),
        pytest.param('<meta property="og:url" content="https://x.example/a"><p>x</p>', "url", "https://x.example/a",
                     id="og-url"),
        pytest.param("<p>No metadata</p>", "title", None, id="nothing"),
    ],
)  # fmt: skip
def test_metadata_fallbacks(html: str, field: str, expected: str | None) -> None:
    assert getattr(extract_page(html), field) == expected


def test_main_preferred_over_body_chrome() -> None:
    page = extract_page("<body><div>Cookie banner</div><main><p>Story text.</p></main></body>")
    assert page.text == "Story text."


def test_body_when_no_article_or_main() -> None:
    page = extract_page("<body><nav>Menu</nav><div><p>One.</p><p>Two.</p></div></body>")
    assert page.text == "One.\n\nTwo."


def test_header_outside_article_dropped() -> None:
    page = extract_page("<body><header>Masthead</header><h2>Story</h2><p>Text.</p></body>")
    assert page.text == "Story\n\nText."


def test_unclosed_paragraphs_and_list_items() -> None:
    page = extract_page("<main><p>First<p>Second<ul><li>a<li>b</ul></main>")
    assert page.text == "First\n\nSecond\n\na\n\nb"


def test_stray_end_tags_ignored() -> None:
    page = extract_page("<main></span><p>Kept</div> text.</p></main>")
    assert page.text == "Kept text."


def test_deep_nesting_does_not_overflow() -> None:
    page = extract_page("<div>" * 5000 + "<p>Deep text.</p>" + "</div>" * 5000)
    assert page.text == "Deep text."


@given(st.text(alphabet=st.sampled_from(list("<>/p div article script=\"' &;#x\nab")), max_size=300))
def test_never_raises(html: str) -> None:
    page = extract_page(html)
    assert "\n\n\n" not in page.text

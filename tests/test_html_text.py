"""Main text and metadata of HTML pages through trafilatura and htmldate: the story kept, site chrome gone."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.html_text import declared_partial_date, extract_page, page_language, paragraphs

STORY = (
    "The harbour of Velmora reopened on Sunday after a week of closures caused by the storm, the port "
    "authority said in a statement on its website.",
    "Ships and ferries resumed regular service between Velmora and Halvik on Monday morning, although "
    "queues at the ticket offices remained long for most of the day.",
    "Marta Vellacourt, who heads the port authority, said repairs to the northern breakwater would take "
    "another three weeks and cost about 2.4 million euros.",
)

PAGE = f"""<!doctype html>
<html lang="en-GB">
<head>
  <title>Harbour reopens | Example Gazette</title>
  <meta property="og:title" content="Harbour reopens after storm">
  <meta property="og:site_name" content="The Example Gazette">
  <meta property="article:published_time" content="2024-03-11T06:40:00+02:00">
  <link rel="canonical" href="https://www.example.org/harbour">
  <script>var menu = "<p>Not text</p>";</script>
  <style>p {{ color: red }}</style>
</head>
<body>
  <header class="site"><a href="/">Example Gazette</a> <a href="/subscribe">Subscribe now</a></header>
  <nav><ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  <main>
  <article>
    <h1>Harbour reopens after storm</h1>
    <p>{STORY[0]}</p>
    <p>{STORY[1]}</p>
    <p>{STORY[2]}</p>
    <div class="share"><a href="/share">Share on social media</a></div>
  </article>
  </main>
  <aside class="related"><h3>Related</h3><ul><li><a href="/x">Storms of the past decade in Brask</a></li></ul></aside>
  <footer><p>Copyright 2024 Example Gazette. All rights reserved.</p></footer>
</body>
</html>
"""


def test_main_text_kept_and_chrome_dropped() -> None:
    page = extract_page(PAGE)
    for paragraph in STORY:
        assert paragraph in page.text
    for chrome in ("Not text", "color: red", "Subscribe now", "World", "Storms of the past", "Copyright"):
        assert chrome not in page.text
    assert page.extractor == "trafilatura"


def test_paragraphs_are_set_apart_by_blank_lines() -> None:
    text = extract_page(PAGE).text
    assert "\n\n".join(STORY) in text
    assert "\n\n\n" not in text
    assert text == text.strip()


def test_metadata() -> None:
    page = extract_page(PAGE)
    assert page.title == "Harbour reopens after storm"
    assert page.site_name == "The Example Gazette"
    assert page.published == "2024-03-11T06:40:00"
    assert page.published_by == "html meta"
    assert page.url == "https://www.example.org/harbour"
    assert page.language == "en-GB"


def test_url_given_by_the_caller_is_used_when_the_page_has_none() -> None:
    html = PAGE.replace('<link rel="canonical" href="https://www.example.org/harbour">', "")
    assert extract_page(html, url="https://archive.example/velmora").url == "https://archive.example/velmora"


def test_tiny_page_falls_back_to_every_paragraph() -> None:
    page = extract_page("<p>Short note from Dravik.</p>")
    assert page.text == "Short note from Dravik."


def test_page_without_text() -> None:
    assert not extract_page("<html><head><title>Empty</title></head><body></body></html>").text.strip()


def test_partial_publication_date_is_not_completed() -> None:
    html = '<html><head><meta property="article:published_time" content="2023-10"></head><body><p>x</p></body></html>'
    assert declared_partial_date(html) == "2023-10"
    page = extract_page(html)
    assert (page.published, page.published_by) == ("2023-10", "html metadata")
    assert declared_partial_date('<meta content="2021" name="date">') == "2021"
    assert declared_partial_date('<meta name="date" content="2021-04-05">') is None  # a full date is htmldate's


def test_a_full_date_wins_over_a_partial_one() -> None:
    # A cited work's year in the reference list, marked up as microdata, is not the page's date.
    html = (
        '<html><body><article itemscope itemtype="https://schema.org/ScholarlyArticle"><h1>Tides of Norland</h1>'
        '<p>Online: <span itemprop="datePublished">2017-02-14</span></p>'
        f"<p>{STORY[0]}</p><ol><li itemscope><meta itemprop=\"datePublished\" content=\"1991\">"
        "Brask, K. Harbours of the north.</li></ol></article></body></html>"
    )
    page = extract_page(html)
    assert (page.published, page.published_by) == ("2017-02-14", "html microdata")


def test_declared_language() -> None:
    assert page_language('<html class="x" lang="de-AT"><body></body></html>') == "de-AT"
    assert page_language('<meta http-equiv="content-language" content="fr">') == "fr"
    assert page_language("<html><body>none</body></html>") is None


def test_paragraphs() -> None:
    assert paragraphs("One.\nTwo.\n\n\n  Three.  \n") == "One.\n\nTwo.\n\nThree."


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/p div article script=\"' &;#x\nab")), max_size=300))
def test_never_raises(html: str) -> None:
    page = extract_page(html)
    assert "\n\n\n" not in page.text

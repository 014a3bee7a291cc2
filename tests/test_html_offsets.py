"""Facts found in a web page point into the body the report shows: body[start:end] == fact.text, always."""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consistency.engine import extract_facts
from consistency.ingest import read_file

PLACES = ("Velmora", "Halvik", "Dravik", "Brask", "Norland")
SENTENCES = st.builds(
    "{} said {} people were evacuated on {} {}, 2024, and repairs would cost about ${} million.".format,
    st.sampled_from(("Marta Vellacourt", "The mayor of Brask", "Officials in Halvik", "A spokesperson")),
    st.integers(min_value=1, max_value=90_000),
    st.sampled_from(("March", "June", "October")),
    st.integers(min_value=1, max_value=28),
    st.integers(min_value=1, max_value=900),
) | st.builds(
    "The storm hit {} at {}:{:02d} on Tuesday, according to the weather service, {} km from {}.".format,
    st.sampled_from(PLACES),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=0, max_value=59),
    st.integers(min_value=2, max_value=400),
    st.sampled_from(PLACES),
)
CHROME = st.sampled_from((
    "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>",
    "<aside><h3>Related</h3><a href='/x'>Storms of the past</a></aside>",
    "<footer>Copyright 2024 Velmora Herald</footer>",
    "<p>Read also: Council elections in Brask</p>",
    "<div class='share'>Share this article</div>",
))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs=st.lists(st.lists(SENTENCES, min_size=1, max_size=3), min_size=1, max_size=5),
       chrome=st.lists(CHROME, max_size=3), headline=st.sampled_from(PLACES))
def test_facts_of_html_pages_point_into_the_body(paragraphs: list[list[str]], chrome: list[str],
                                                 headline: str) -> None:
    body_html = "".join(f"<p>{' '.join(sentences)}</p>" for sentences in paragraphs)
    page = (f"<html><head><title>Storm in {headline}</title></head><body>{''.join(chrome)}"
            f"<article><h1>Storm in {headline}</h1>{body_html}</article></body></html>")
    with TemporaryDirectory() as folder:
        path = Path(folder) / "page.html"
        path.write_text(page, encoding="utf-8")
        [article] = read_file(path)
    facts, cleaned = extract_facts(article)
    assert len(cleaned.text) == len(article.body)
    assert facts, article.body
    for fact in facts:
        assert article.body[fact.start : fact.end] == fact.text
        assert article.body[fact.sentence_start : fact.sentence_end] == fact.sentence

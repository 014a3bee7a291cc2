"""Provenance per event: chains from the outlet to the origin, independent origins, single-origin notes."""

from __future__ import annotations

import json

from consistency.engine import run_articles
from consistency.model import Article, Attribution, Event, Fact, RunResult
from consistency.provenance import SINGLE_ORIGIN_RULE, trace_provenance
from consistency.report.html import render as render_html
from consistency.report.json_report import render as render_json
from consistency.vocabulary import load_vocabulary

STORY = "The Velmora port will reopen on Friday after the storm{cue}. Crews cleared 40 berths on Tuesday.\n"


def _article(article_id: str, outlet: str, cue: str) -> Article:
    return Article(id=article_id, path=f"{article_id}.md", outlet=outlet, body=STORY.format(cue=cue))


def _run(*articles: Article) -> RunResult:
    return run_articles(list(articles))


def test_three_outlets_on_one_wire_get_an_info_finding() -> None:
    result = _run(
        _article("a1", "Norland Today", ", according to Halvik Wire"),
        _article("a2", "Harbor Post", ", Halvik Wire reported"),
        _article("a3", "Brask Herald", ", the Halvik Wire news agency said"),
        _article("a4", "Dravik Daily", ""),
    )
    (p,) = result.provenance
    assert p.articles == 4 and p.independent_articles == 4
    assert [(o.name, len(o.article_ids)) for o in p.origins] == [("Halvik Wire", 3), ("Dravik Daily", 1)]
    assert p.single_origin == "Halvik Wire"
    (note,) = [f for f in result.findings if f.rule == SINGLE_ORIGIN_RULE]
    assert note.severity == "info" and note.status == "unverified" and note.cause == "single_origin"
    assert "3 of 4 articles" in note.message and "Halvik Wire" in note.message
    assert "Brask Herald, Harbor Post, Norland Today" in note.message
    assert {result.facts[int(fid[1:]) - 1].article_id for fid in note.fact_ids} == {"a1", "a2", "a3"}


def test_independent_sources_get_no_note() -> None:
    result = _run(
        _article("a1", "Norland Today", ", according to Halvik Wire"),
        _article("a2", "Harbor Post", ", the port authority said"),
        _article("a3", "Brask Herald", ", Mayor Marta Vellacourt said"),
    )
    (p,) = result.provenance
    assert p.single_origin is None and len(p.origins) == 3
    assert not [f for f in result.findings if f.rule == SINGLE_ORIGIN_RULE]


def test_unnamed_informants_of_one_relay_are_one_origin() -> None:
    result = _run(
        _article("a1", "Norland Today", ", Dravik Daily reported, citing unnamed officials"),
        _article("a2", "Harbor Post", ", according to officials cited by Dravik Daily"),
        _article("a3", "Brask Herald", ", according to Dravik Daily's sources"),
    )
    (p,) = result.provenance
    chains = {o.outlet: [c.chain for c in o.credits] for o in p.outlets}
    assert chains["Norland Today"] == [("Norland Today", "Dravik Daily", "unnamed officials")]
    assert chains["Harbor Post"] == [("Harbor Post", "Dravik Daily", "officials")]
    assert chains["Brask Herald"] == [("Brask Herald", "Dravik Daily", "sources")]
    (origin,) = p.origins
    assert origin.named is False and origin.name.endswith("(via Dravik Daily)")
    assert p.single_origin == origin.name
    (note,) = [f for f in result.findings if f.rule == SINGLE_ORIGIN_RULE]
    assert "a single unnamed source" in note.message


def test_a_relayed_chain_runs_from_the_outlet_to_the_origin() -> None:
    body = (
        "Norland and Brask are discussing a joint shipyard.\n\n"
        "This is reported by Halvik Wire with reference to the Danish media, Norland Today saw.\n\n"
        "The deal could be signed in May, the Danish newspaper Dravik Daily writes, citing sources.\n"
    )
    article = Article(id="a1", path="a1.md", outlet="Norland Today", body=body)
    (p,) = run_articles([article]).provenance
    (outlet,) = p.outlets
    (credit,) = outlet.credits
    assert credit.chain == ("Norland Today", "Halvik Wire", "Danish media", "Dravik Daily", "sources")
    assert len(credit.fact_ids) == 2
    assert outlet.origins == ("sources (via Dravik Daily)",)


def test_the_outlet_citing_itself_is_no_source() -> None:
    article = Article(
        id="a1", path="a1.md", outlet="Halvik Wire",
        body="As Halvik Wire reported, the Velmora port will reopen on Friday.\nSource: halvikwire.net\n",
    )
    result = run_articles([article])
    assert [f for f in result.facts if f.kind == "attribution"] == []
    (p,) = result.provenance
    assert [o.name for o in p.origins] == ["Halvik Wire"]  # its own reporting
    assert p.outlets[0].credits == ()


def test_wire_copies_count_once() -> None:
    facts = []
    articles = {}
    for n, outlet in enumerate(("Norland Today", "Harbor Post", "Brask Herald"), start=1):
        articles[f"a{n}"] = Article(id=f"a{n}", path=f"a{n}", outlet=outlet, body="x")
        value = Attribution("Halvik Wire", ("Halvik Wire",), "according to")
        facts.append(Fact(f"f{n}", f"a{n}", "attribution", "according to Halvik Wire", 0, 1, "s", 0, 1, value))
    event = Event("e1", "port", tuple(articles))
    (p,) = trace_provenance([event], articles, facts, load_vocabulary(), copies={"a2": "a1", "a3": "a1"})
    assert p.articles == 3 and p.independent_articles == 1
    assert p.single_origin is None  # one independent article is not "many outlets"
    assert [o.copy_of for o in p.outlets] == [None, "a1", "a1"]


def test_copies_marked_by_the_events_stage_count_once() -> None:
    body = (
        "The Velmora port will reopen on Friday after the storm, according to Halvik Wire. Crews cleared 40 "
        "berths on Tuesday and the harbour master said two cranes were damaged beyond repair by the winds.\n"
    )
    articles = [Article(id=f"a{n}", path=f"a{n}.md", outlet=outlet, body=body)
                for n, outlet in enumerate(("Norland Today", "Harbor Post", "Brask Herald"), start=1)]
    result = run_articles(articles)
    copied = {a.id: a.copy_of for a in result.articles}
    (p,) = result.provenance
    assert any(copied.values())  # identical bodies are wire copies
    assert p.independent_articles == sum(1 for c in copied.values() if c is None)
    assert [o.copy_of for o in p.outlets] == [copied[o.article_id] for o in p.outlets]


def test_json_and_html_carry_provenance() -> None:
    result = _run(
        _article("a1", "Norland Today", ", according to Halvik Wire"),
        _article("a2", "Harbor Post", ", Halvik Wire reported"),
        _article("a3", "Brask Herald", ", the Halvik Wire news agency said"),
    )
    doc = json.loads(render_json(result))
    (p,) = doc["provenance"]
    assert p["independent_origins"] == 1 and p["single_origin"] == "Halvik Wire"
    assert p["outlets"][0]["credits"][0]["chain"] == ["Norland Today", "Halvik Wire"]
    page = render_html(result)
    assert '<svg class="provenance-graph"' in page
    assert "3 articles, 1 independent origin" in page
    assert "<script" not in page.split('<div class="provenance">', 1)[1].split("</div>", 1)[0]


def test_html_escapes_source_names() -> None:
    result = _run(
        _article("a1", "<b>Norland</b> Today", ", according to Halvik Wire"),
        _article("a2", "Harbor Post", ", Halvik Wire reported"),
    )
    page = render_html(result)
    section = page.split('<div class="provenance">', 1)[1].split("</div>", 1)[0]
    assert "<b>" not in section and "&lt;b&gt;Norland&lt;/b&gt; Today" in section


def test_the_examples_report_shows_provenance(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    from consistency.engine import run

    examples = Path(__file__).resolve().parents[1] / "examples"
    result = run([examples])
    by_event = {p.event_id: p for p in result.provenance}
    assert set(by_event) == {e.id for e in result.events}
    main = max(result.provenance, key=lambda p: p.articles)
    # several outlets, fewer origins than credits: outlets share their sources
    credited = [o for o in main.outlets if o.credits]
    assert len(credited) >= 3
    assert any(len(origin.article_ids) >= 2 for origin in main.origins)
    assert all(c.chain[0] == o.outlet for o in main.outlets for c in o.credits)
    page = render_html(result)
    assert page.count('<svg class="provenance-graph"') == len(result.events)
    doc = json.loads(render_json(result))
    assert len(doc["provenance"]) == len(result.events)


def test_the_single_origin_rule_is_known_to_the_run() -> None:
    result = _run(_article("a1", "Norland Today", ", according to Halvik Wire"))
    (info,) = [r for r in result.rules if r.id == SINGLE_ORIGIN_RULE]
    assert info.severity == "info" and info.kind == "attribution" and info.summary

"""A huge event is aligned on a bounded share of its facts, each article's first, and says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consistency import cli, engine
from consistency.cli import main
from consistency.engine import RunOptions, capped, run
from consistency.model import Fact, Quantity


def _facts(counts: dict[str, int]) -> list[Fact]:
    out = []
    for article, count in counts.items():
        for n in range(count):
            out.append(Fact(id=f"{article}-{n}", article_id=article, kind="figure", text="3", start=n, end=n + 1,
                            sentence="3", sentence_start=n, sentence_end=n + 1, value=Quantity(3, 3)))
    return out


def test_a_huge_article_never_crowds_out_the_short_ones() -> None:
    facts = _facts({"huge": 500, "short": 4, "medium": 30})
    kept = capped(facts, 60)
    by_article = {a: [f.id for f in kept if f.article_id == a] for a in ("huge", "short", "medium")}
    assert by_article["short"] == [f"short-{n}" for n in range(4)]
    assert by_article["medium"] == [f"medium-{n}" for n in range(28)]  # the share the cap leaves each
    assert by_article["huge"] == [f"huge-{n}" for n in range(28)]  # its first facts: the lead first
    assert len(kept) <= 60
    assert kept == [f for f in facts if f in kept]  # run order kept


def test_no_cap_and_a_small_event_keep_every_fact() -> None:
    facts = _facts({"a": 5, "b": 7})
    assert capped(facts, 0) == facts
    assert capped(facts, 12) == facts


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    para = ("Floods in Velmora closed {n} roads on May 4, 2031, the Velmora council said. "
            "Repairs will cost ${n} million, officials said.\n\n")
    (folder / "a.md").write_text("---\noutlet: Harbor Post\npublished: 2031-05-05\n---\n"
                                 + "".join(para.format(n=n + 2) for n in range(12)), encoding="utf-8")
    (folder / "b.md").write_text("---\noutlet: Valley Herald\npublished: 2031-05-05\n---\n"
                                 + para.format(n=2), encoding="utf-8")
    return folder


def test_a_capped_event_aligns_only_its_kept_facts_and_counts_the_rest(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    whole = run([folder], RunOptions(jobs=1))
    assert [e.unaligned for e in whole.events] == [0]
    total = len(whole.facts)
    result = run([folder], RunOptions(jobs=1, max_event_facts=10))
    [event] = result.events
    in_slots = {fid for a in result.alignments for fid in a.fact_ids}
    assert len(result.facts) == total  # every fact still listed
    assert event.unaligned == total - len(capped(list(result.facts), 10)) > 0
    assert len(in_slots) <= 10
    b_facts = {f.id for f in result.facts if f.article_id.endswith("b.md")}
    assert b_facts <= in_slots  # the short article is compared in full
    kept = {f.id for f in capped(list(result.facts), 10)}
    credited = {fid for p in result.provenance for o in p.outlets for c in o.credits for fid in c.fact_ids}
    assert credited and credited <= kept  # provenance is traced from the same facts
    all_credited = {fid for p in whole.provenance for o in p.outlets for c in o.credits for fid in c.fact_ids}
    assert all_credited - kept  # which the whole run credits beyond the cap


def test_the_cap_is_an_option_with_a_warning_and_a_json_count(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.DEFAULT_MAX_EVENT_FACTS == engine.MAX_EVENT_FACTS == RunOptions().max_event_facts
    folder = _corpus(tmp_path)
    out = tmp_path / "out.json"
    code = main(["audit", str(folder), "--format", "json", "-o", str(out), "--no-cache", "--fail-on", "never",
                 "--max-event-facts", "10"])
    assert code == 0
    err = capsys.readouterr().err
    assert "were too many to align and judge (--max-event-facts)" in err
    [event] = json.loads(out.read_text(encoding="utf-8"))["events"]
    assert event["unaligned_facts"] > 0
    code = main(["audit", str(folder), "--format", "json", "-o", str(out), "--no-cache", "--fail-on", "never"])
    assert json.loads(out.read_text(encoding="utf-8"))["events"][0]["unaligned_facts"] == 0
    assert main(["audit", str(folder), "--max-event-facts", "-1"]) == 2
    assert "--max-event-facts must be 0" in capsys.readouterr().err


def test_the_unchecked_list_is_cut_counted_and_drawn_only_as_far_as_shown(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    # Each sentence its own figure of its own measure: nothing of the long article meets the short one.
    sentences = " ".join(f"The Brask depot {n} stored {n + 7} crates of seed." for n in range(40))
    (folder / "long.md").write_text("---\noutlet: Harbor Post\n---\n" + sentences, encoding="utf-8")
    (folder / "short.md").write_text("---\noutlet: Valley Herald\n---\nThe Brask depot 1 stored 8 crates of seed.",
                                     encoding="utf-8")
    pages = {}
    for limit in (0, 3):
        html = tmp_path / f"report-{limit}.html"
        code = main(["audit", str(folder), "--html", str(html), "--html-max-unchecked", str(limit),
                     "--fail-on", "never", "--no-cache", "--quiet"])
        assert code == 0
        pages[limit] = html.read_text(encoding="utf-8")
    total = int(pages[0].split("Could not be checked (", 1)[1].split(")", 1)[0])
    assert total > 10
    assert f"Could not be checked ({total})" in pages[3]  # the count is the whole list's
    assert f"{total - 3} unchecked facts not listed" in pages[3]
    assert "unchecked facts not listed" not in pages[0]
    listed = pages[3].split("Could not be checked (", 1)[1].split("</details>", 1)[0]
    assert listed.count("<li") == 3

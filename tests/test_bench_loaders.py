"""The benchmark loaders read offsets and values correctly, on small fixtures we wrote ourselves."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

# `benchmarks/` sits at the repository root and is not installed with the package; make it
# importable however pytest is started (``pytest`` or ``python -m pytest``).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.loaders.brat import load_brat, load_polnear, parse_ann
from benchmarks.loaders.cat import detokenize, parse_cat
from benchmarks.loaders.ecbplus import ECB_DIR, annotated_sentences, load_ecbplus, storyline_docs
from benchmarks.loaders.meantime import load_meantime
from benchmarks.loaders.quantulum import load_quantulum, parse_quantities
from benchmarks.loaders.recognizers import load_model, load_spec
from benchmarks.loaders.timeml import load_tempeval, parse_tml

DATA = Path(__file__).parent / "fixtures" / "bench" / "data"


def test_detokenize_attaches_punctuation_and_keeps_token_offsets() -> None:
    toks = [("1", "Talks"), ("2", "("), ("3", "again"), ("4", ")"), ("5", "end"), ("6", "at"),
            ("7", "9"), ("8", ":"), ("9", "15"), ("10", ","), ("11", "officials"), ("12", "'s"), ("13", "say")]
    text, tokens, sentences = detokenize([("0", toks), ("1", [("14", "Done"), ("15", ".")])])
    assert text == "Talks (again) end at 9:15, officials's say\nDone."
    for t_id, token in toks:
        start, end, sentence = tokens[t_id]
        assert text[start:end] == token and sentence == "0"
    assert sentences == {"0": (0, 42), "1": (43, 48)}


def test_detokenize_pairs_straight_quotes() -> None:
    text, _, _ = detokenize([("0", [("1", "He"), ("2", "said"), ("3", '"'), ("4", "no"), ("5", '"'), ("6", "twice")])])
    assert text == 'He said "no" twice'


def test_detokenize_glues_a_decimal_cut_in_three_but_not_a_sentence_end() -> None:
    toks = [("1", "A"), ("2", "4"), ("3", "."), ("4", "6"), ("5", "quake"), ("6", "hit"), ("7", "Brask"), ("8", ".")]
    text, tokens, _ = detokenize([("0", toks), ("1", [("9", "12"), ("10", "homes"), ("11", "fell"), ("12", ".")])])
    assert text == "A 4.6 quake hit Brask.\n12 homes fell."
    assert text[tokens["4"][0]:tokens["4"][1]] == "6"


def test_ecbplus_drops_url_sentence_and_reads_mentions_and_coref() -> None:
    docs = {d.name: d for d in load_ecbplus(DATA)}
    plus = docs["7_1ecbplus"]
    assert plus.topic == "7" and plus.half == "ecbplus" and plus.gold_event == "7ecbplus"
    assert plus.url == "http://example.org/2020"
    assert plus.cat.text == 'Ferry sinks on Monday, "officials" say.\nIt left at 4:30 (local) with a 30-year-old crew.'
    monday = plus.cat.mentions["1"]
    assert plus.cat.text[monday.start:monday.end] == "on Monday" and monday.sentence == "1"
    clock = plus.cat.mentions["2"]
    assert plus.cat.text[clock.start:clock.end] == "4:30"
    assert "3" not in plus.cat.mentions  # anchored in the dropped URL sentence
    assert plus.cat.instances["9"]["instance_id"] == "TIM100"
    assert plus.cat.cross_doc_instance() == {"1": "TIM100"}
    assert plus.annotated == frozenset({"1", "2"})
    plain = docs["7_1ecb"]
    assert plain.url is None and plain.cat.text == "A ferry sank Monday." and plain.annotated == frozenset({"0"})


def test_storyline_join_puts_values_on_ecb_tokens() -> None:
    docs = load_ecbplus(DATA)
    plus = next(d for d in docs if d.name == "7_1ecbplus")
    assert plus.dct == "2020-03-04"  # from the DCT="TRUE" mention, whose URL token is not in the text
    assert [(plus.cat.text[s.start:s.end], s.value) for s in plus.times] == [
        ("on Monday", "2020-03-02"),
        ("4:30", "2020-03-02T04:30"),
    ]
    assert [d.id for d in storyline_docs(docs)] == ["7_1ecbplus"]


def test_annotated_sentences_csv() -> None:
    table = annotated_sentences(DATA / ECB_DIR / "ECBplus_coreference_sentences.csv")
    assert table == {"7_1ecbplus": frozenset({"1", "2"}), "7_1ecb": frozenset({"0"})}


def test_meantime_timex_values_value_spans_and_creation_time() -> None:
    (doc,) = load_meantime(DATA)
    assert doc.dct == "2011-06-02"
    got = [(doc.text[s.start:s.end], s.label, s.value) for s in doc.spans]
    assert got == [
        ("June 2, 2011", "TIMEX3:DATE", "2011-06-02"),
        ("5%", "VALUE:PERCENT", None),
        ("$3 million", "VALUE:MONEY", None),
        ("last year", "TIMEX3:DATE", "2010"),
    ]


def test_timeml_strips_tags_and_keeps_offsets() -> None:
    (doc,) = load_tempeval(DATA, "platinum")
    assert doc.id == "DEMO_1" and doc.dct == "2013-03-22"
    assert doc.text == "\nThe board met on Thursday for two hours & voted.\n"
    got = [(doc.text[s.start:s.end], s.label, s.value) for s in doc.spans]
    assert got == [("on Thursday", "DATE", "2013-03-21"), ("two hours", "DURATION", "PT2H")]


def test_timeml_from_string_without_creation_time() -> None:
    doc = parse_tml("<TimeML><TEXT>In <TIMEX3 tid='t1' type='DATE' value='1999'>1999</TIMEX3>.</TEXT></TimeML>", "x")
    assert doc.dct is None and [(doc.text[s.start:s.end], s.value) for s in doc.spans] == [("1999", "1999")]


def test_recognizers_model_reads_bom_and_inclusive_end() -> None:
    path = DATA / "recognizers-text/Specs/DateTime/English/DateTimeModel.json"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # the fixture really has a BOM
    first, second = load_model(DATA, "datetime")
    (result,) = first.results
    assert (result.start, result.end) == (11, 21)  # End 20 inclusive -> exclusive 21
    assert first.input[result.start:result.end] == "5 May 2021"
    assert result.text == "5 may 2021"  # lower-cased in the spec
    assert result.resolution["values"][0]["value"] == "2021-05-05"
    assert first.reference == "2021-04-01T00:00:00" and first.not_supported == ""
    assert second.results == () and second.not_supported == "javascript"


def test_recognizers_extractor_uses_length() -> None:
    (case,) = load_spec(DATA / "recognizers-text/Specs/DateTime/English/DateExtractor.json")
    (result,) = case.results
    assert case.input[result.start:result.end] == "Friday" and result.type_name == "date"


def test_quantulum_surfaces_are_located_left_to_right() -> None:
    cases = load_quantulum(DATA)
    assert len(cases) == 3
    first = cases[0]
    spans = [(q.start, q.end) for q in first.quantities]
    assert spans == [(5, 13), (20, 28)]
    assert all(first.text[q.start:q.end] == q.surface for q in first.quantities)
    euro = cases[1].quantities[0]
    assert euro.value == 1200.0 and euro.unit == "euro" and cases[1].text[euro.start:euro.end] == "€1,200"


def test_quantulum_missing_surface_is_marked() -> None:
    (case,) = parse_quantities([{"req": "ten apples", "res": [{"value": 10, "unit": "dimensionless", "surface": "10"}]}])
    assert case.quantities[0].start == -1


def test_quantulum_range_keeps_its_uncertainty_and_compares_by_its_ends() -> None:
    from benchmarks.suites.figures import _dimension_of, _gold_number, _same_range
    from consistency.model import Quantity

    raw = [{"req": "It took 8 to 12 days.", "res": [{"value": 10, "unit": "day", "surface": "8 to 12 days",
                                                     "uncertainty": 2}]}]
    (case,) = parse_quantities(raw)
    q = case.quantities[0]
    assert q.uncertainty == 2
    assert _same_range(q.value, q.uncertainty, Quantity(8, 12, unit="day"))
    assert not _same_range(q.value, q.uncertainty, Quantity(8, 13, unit="day"))
    assert not _same_range(10, 0, Quantity(10, 10))  # no uncertainty: compared as one number elsewhere
    assert _gold_number(50, "Cent") == 0.5 and _gold_number(50, "Dollar") == 50
    assert _dimension_of("h") == "time" and _dimension_of("km") == "length"


def test_brat_offsets_discontinuous_spans_and_relations() -> None:
    (doc,) = load_polnear(DATA, "dev")  # two annotators: the first file by name is used
    assert doc.id == "demo_2016-01-01_bridge"
    assert "\r\n" in doc.text  # offsets count both characters of a Windows line end
    assert len(doc.relations) == 2
    first, second = doc.relations
    source = doc.role_span(first, "Source")
    assert source is not None and doc.text[source.start:source.end] == "The mayor"
    content = doc.role_span(second, "Content")
    assert content is not None and content.fragments == ((41, 52), (66, 80))
    assert [doc.text[a:b] for a, b in content.fragments] == ["It is safe,", "and open soon."]
    assert (content.start, content.end) == (41, 80)
    cue = doc.role_span(second, "Cue")
    assert cue is not None and doc.text[cue.start:cue.end] == "added"


def test_brat_relation_without_source(tmp_path: Path) -> None:
    spans, relations = parse_ann("T1\tCue 0 4\tsaid\nT2\tContent 5 9\tyes.\nE1\tAttribution:T1 Cue:T1 Content:T2\n")
    assert relations[0].roles == {"Attribution": "T1", "Cue": "T1", "Content": "T2"}
    (tmp_path / "a.txt").write_text("said yes.", encoding="utf-8")
    (tmp_path / "a.ann").write_text("T1\tCue 0 4\tsaid\n", encoding="utf-8")
    doc = load_brat(tmp_path / "a.txt", tmp_path / "a.ann")
    assert doc.spans["T1"].fragments == ((0, 4),) and spans["T2"].label == "Content"


@pytest.mark.parametrize("name", ["7_1ecbplus.xml"])
def test_parse_cat_keeps_instances_apart_from_mentions(name: str) -> None:
    doc = parse_cat(DATA / ECB_DIR / "ECB+" / "7" / name)
    assert set(doc.mentions) == {"1", "2", "3"} and set(doc.instances) == {"9"}
    assert doc.text.splitlines()[0] == "http://example.org/2020"


def test_fixture_json_is_valid() -> None:
    for path in DATA.rglob("*.json"):
        json.loads(path.read_text(encoding="utf-8-sig"))

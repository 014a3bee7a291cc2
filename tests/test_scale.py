"""Workers, cache and cluster change how a run goes, never what it finds: the JSON is byte-identical."""

from __future__ import annotations

import dataclasses
import io
import json
import multiprocessing
import os
import pickle
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from consistency import model
from consistency.cache import SUFFIX, Cache, CorruptEntry, article_key, dumps, loads
from consistency.cli import main
from consistency.corpus import cache_salt
from consistency.engine import SMALL_CORPUS, extract_article
from consistency.model import Article, DateValue, Fact, Frame, Quantity
from consistency.parallel import ProcessMapper
from consistency.vocabulary import default_folder
from tests import mapper_tasks
from tests.conftest import EXAMPLES

ALL_TYPES: dict[str, type] = {cls.__name__: cls for cls in (
    model.Alignment, model.Finding, model.ValueGroup, model.PairVerdict, model.DraftVerdict, model.Event,
    model.EventEvidence, model.Provenance, model.Origin, model.OutletCredits, model.Credit)}

# Invented events, each told by several outlets with small differences (a day, a toll, a source).
EVENTS = (
    ("Velmora", "bridge collapse", "Marta Vellacourt", "the regional transport office", 12),
    ("Halvik", "warehouse fire", "Oskar Brandel", "the Halvik fire brigade", 4),
    ("Dravik", "ferry grounding", "Ilse Norrveld", "the coast guard", 31),
    ("Brask", "mine flood", "Teodor Amsel", "the mining authority", 9),
    ("Norland", "dam breach", "Greta Solvang", "the water board", 17),
)
OUTLETS = ("Eastern Ledger", "Harbor Post", "Pacific Dispatch", "Capital Wire", "Morning Courier",
           "Evening Standard", "North Gazette")


def _article(event: int, outlet: int) -> str:
    place, what, person, source, toll = EVENTS[event]
    day = 14 + (outlet == 5 and event % 2)  # one outlet a day off on some events
    count = toll + (outlet == 3)  # one outlet a different toll
    return (
        f"---\noutlet: {OUTLETS[outlet]}\npublished: 2031-03-{day + 1:02d}\n---\n"
        f"# {what.capitalize()} in {place} leaves {count} dead\n\n"
        f"At least {count} people died in the {what} in {place} on March {day}, {source} said.\n"
        f"{person}, who leads the inquiry, said on Tuesday that repairs would cost $4.{event} million "
        f"and take about {event + 2} months.\n"
        f"Rescue teams from {place} searched for {outlet + 3} hours before the {what} site was closed.\n"
    )


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """More articles than SMALL_CORPUS, so that worker processes really run."""
    root = tmp_path_factory.mktemp("scale") / "corpus"
    for event in range(len(EVENTS)):
        for outlet in range(len(OUTLETS)):
            path = root / f"event{event}" / f"{outlet}.md"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(_article(event, outlet), encoding="utf-8")
    assert len(list(root.rglob("*.md"))) >= SMALL_CORPUS
    return root


@pytest.fixture(scope="module")
def reference(big_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The big corpus audited as the tool always ran: one process, no cache."""
    return audit_json(tmp_path_factory.mktemp("reference"), "j1", str(big_corpus), "--jobs", "1", "--no-cache")


def _filled(big_corpus: Path, tmp_path_factory: pytest.TempPathFactory, *jobs: str) -> tuple[Path, bytes]:
    folder = tmp_path_factory.mktemp("filled")
    return folder / "cache", audit_json(folder, "fill", str(big_corpus), "--cache-dir", str(folder / "cache"), *jobs)


@pytest.fixture(scope="module")
def filled(big_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """A cache the big corpus's audit filled, with the workers a run has by default, and the JSON that
    run printed: the tests that start from a filled cache copy it (``filled_copy``) rather than each
    auditing the corpus again."""
    return _filled(big_corpus, tmp_path_factory)


@pytest.fixture(scope="module")
def filled_alone(big_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """The same, filled by a run in one process (``--jobs 1``)."""
    return _filled(big_corpus, tmp_path_factory, "--jobs", "1")


def filled_copy(filled: tuple[Path, bytes], tmp_path: Path) -> tuple[Path, bytes]:
    """A copy of a filled cache under ``tmp_path`` (a test may damage it), and its filling run's JSON."""
    cache = tmp_path / "cache"
    shutil.copytree(filled[0], cache)
    return cache, filled[1]


def entries(folder: Path) -> list[Path]:
    """The cache entries under ``folder`` (a cache, or one kind of entry in it), in name order."""
    return sorted(folder.rglob(f"*{SUFFIX}"))


def payload_of(entry: Path) -> Any:
    """An entry's payload (after its two header lines: the format and the key)."""
    return loads(entry.read_bytes().split(b"\n", 2)[2], ALL_TYPES)


def rewrite(entry: Path, payload: Any) -> None:
    """The entry with its own header and another payload (a forged or edited one)."""
    head = entry.read_bytes().split(b"\n", 2)[:2]
    entry.write_bytes(b"\n".join(head) + b"\n" + dumps(payload))


def audit_json(tmp_path: Path, name: str, *args: str) -> bytes:
    out = tmp_path / f"{name}.json"
    code = main(["audit", *args, "--format", "json", "--output", str(out), "--fail-on", "never", "--quiet"])
    assert code == 0
    return out.read_bytes()


def test_jobs_give_byte_identical_json(big_corpus: Path, reference: bytes, tmp_path: Path) -> None:
    two = audit_json(tmp_path, "j2", str(big_corpus), "--jobs", "2", "--no-cache")
    three = audit_json(tmp_path, "j3", str(big_corpus), "--jobs", "3", "--no-cache")
    assert json.loads(reference)["findings"]  # something was found, so the equality means something
    assert reference == two == three


def test_jobs_on_the_examples(tmp_path: Path) -> None:
    one = audit_json(tmp_path, "j1", str(EXAMPLES), "--jobs", "1", "--no-cache")
    assert one == audit_json(tmp_path, "j2", str(EXAMPLES), "--jobs", "2", "--no-cache")


def test_input_order_does_not_change_the_json(big_corpus: Path, tmp_path: Path) -> None:
    folders = sorted(str(p) for p in big_corpus.iterdir())
    forward = audit_json(tmp_path, "fwd", *folders, "--jobs", "2", "--no-cache")
    backward = audit_json(tmp_path, "bwd", *reversed(folders), "--jobs", "2", "--no-cache")
    assert forward == backward


def test_process_mapper_keeps_input_order() -> None:
    with ProcessMapper(2, chunk=3) as mapper:
        assert list(mapper(abs, range(-50, 0))) == [abs(n) for n in range(-50, 0)]


def test_process_mapper_runs_a_handful_of_items_here() -> None:
    with ProcessMapper(2, few=10) as mapper:
        assert list(mapper(lambda n: (n, os.getpid()), range(5))) == [
            (n, os.getpid()) for n in range(5)]  # a lambda cannot even be sent to a worker
        assert mapper._pool is None
        assert {pid for _, pid in mapper(mapper_tasks.pid, range(12))} != {os.getpid()}  # enough for the pool


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork here")
def test_a_renewed_mapper_starts_workers_without_what_this_process_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mapper_tasks, "SEEN", "set in this process")
    with ProcessMapper(2, few=4) as mapper:
        assert set(mapper(mapper_tasks.seen, range(8))) == {"set in this process"}  # forked: a copy of this process
        mapper.renew()
        assert mapper._pool is None
        assert list(mapper(abs, range(-8, 0))) == list(range(8, 0, -1))  # in order, as before
        assert set(mapper(mapper_tasks.seen, range(8))) == {"as imported"}  # spawned: the module imported afresh


def test_spawned_workers_collect_at_the_worker_pace() -> None:
    from consistency.memory import WORKER_PACE

    with ProcessMapper(2, few=4) as mapper:
        mapper.renew()  # the event stage's workers: spawned
        assert set(mapper(mapper_tasks.pace, range(8))) == {WORKER_PACE}


def test_a_renewed_mappers_workers_are_replaced_after_a_few_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    import consistency.parallel

    monkeypatch.setattr(consistency.parallel, "TASKS_PER_FRESH_WORKER", 2)
    with ProcessMapper(2, chunk=1, few=1) as mapper:
        mapper.renew()
        found = list(mapper(mapper_tasks.pid, range(12)))
    assert [n for n, _ in found] == list(range(12))  # in order, as ever
    assert len({pid for _, pid in found}) >= 12 // (2 * 2)  # new workers after every fourth chunk (two each)


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork here")
def test_a_started_mapper_has_its_workers_before_what_this_process_reads_next(monkeypatch: pytest.MonkeyPatch) -> None:
    with ProcessMapper(2, few=4) as mapper:
        mapper.start()
        assert mapper._pool is not None
        monkeypatch.setattr(mapper_tasks, "SEEN", "read after the start")
        assert set(mapper(mapper_tasks.seen, range(8))) == {"as imported"}  # forked before the change


def test_a_folder_starts_the_workers_before_reading_and_a_draft_alone_does_not(tmp_path: Path) -> None:
    from consistency.engine import _many_inputs

    draft = tmp_path / "draft.md"
    draft.write_text("Velmora's council met on Monday.\n", encoding="utf-8")
    assert not _many_inputs([draft])
    assert not _many_inputs([tmp_path / "missing.md"])
    assert _many_inputs([draft, tmp_path])
    assert _many_inputs([draft] * 40)


def test_warm_cache_gives_the_same_json_and_hits(big_corpus: Path, reference: bytes, tmp_path: Path,
                                                  filled: tuple[Path, bytes]) -> None:
    cold = reference
    cache, filled_json = filled_copy(filled, tmp_path)
    assert len(entries(cache / "v1")) == len(list(big_corpus.rglob("*.md")))  # one per article
    assert len(entries(cache / "events")) == len(json.loads(cold)["events"])  # one per event
    stamps = {p: (p.stat().st_ino, p.read_bytes()) for p in entries(cache)}
    warm = audit_json(tmp_path, "warm", str(big_corpus), "--cache-dir", str(cache), "--jobs", "1")
    assert cold == filled_json == warm
    assert {p: (p.stat().st_ino, p.read_bytes()) for p in entries(cache)} == stamps  # read, not rewritten


def test_cache_ignores_file_times_and_paths(big_corpus: Path, tmp_path: Path, filled: tuple[Path, bytes]) -> None:
    cache, _ = filled_copy(filled, tmp_path)
    moved = tmp_path / "moved"
    shutil.copytree(big_corpus, moved)
    for path in moved.rglob("*.md"):
        os.utime(path, (1, 1))  # an old checkout's times
    before = len(entries(cache))
    audit_json(tmp_path, "moved", str(moved), "--cache-dir", str(cache))
    assert len(entries(cache)) == before  # every article hit: nothing new written


def test_corrupt_and_foreign_entries_are_ignored(big_corpus: Path, reference: bytes, tmp_path: Path,
                                                 filled: tuple[Path, bytes]) -> None:
    cache, clean = filled_copy(filled, tmp_path)
    assert clean == reference
    found = entries(cache / "v1")
    found[0].write_bytes(found[0].read_bytes()[:-20])  # cut short
    found[1].write_bytes(found[2].read_bytes())  # another article's entry under this key
    forged = payload_of(found[3])
    forged["facts"] = (Article(id="x", path="x", outlet="x", body=""),)  # a type an entry may not hold
    rewrite(found[3], forged)
    shifted = payload_of(found[4])
    shifted["facts"] = tuple(dataclasses.replace(f, start=f.start + 1) for f in shifted["facts"])  # spans off
    rewrite(found[4], shifted)
    shutil.rmtree(cache / "facts")  # the whole corpus's extraction in one entry: without it, each article's is read
    again = audit_json(tmp_path, "again", str(big_corpus), "--cache-dir", str(cache))
    assert again == clean
    assert payload_of(found[0])["facts"]  # rewritten with a good entry


def test_an_entry_calling_a_function_is_refused_not_run(tmp_path: Path) -> None:
    marker = tmp_path / "ran"

    class Evil:
        def __reduce__(self) -> tuple[object, ...]:
            return os.mkdir, (str(marker),)

    cache = Cache(tmp_path / "cache")
    cache.put("ab" * 32, {"facts": ()})
    (entry,) = entries(tmp_path / "cache")
    head = entry.read_bytes().split(b"\n", 2)[:2]
    entry.write_bytes(b"\n".join(head) + b"\n" + pickle.dumps({"facts": Evil()}))
    assert cache.get("ab" * 32) is None
    assert not marker.exists()
    with pytest.raises(CorruptEntry):
        loads(pickle.dumps(Path("x")))


def _edited_corpus(big_corpus: Path, tmp_path: Path) -> Path:
    """The big corpus with one report's toll changed and a new report added in front of the others
    (its facts come first, so every fact and slot of the run gets another number)."""
    edited = tmp_path / "edited"
    shutil.copytree(big_corpus, edited)
    first = edited / "event2" / "4.md"
    first.write_text(first.read_text(encoding="utf-8").replace("At least", "At least 40, not"), encoding="utf-8")
    (edited / "a-first").mkdir()
    (edited / "a-first" / "new.md").write_text(_article(0, 6).replace("Evening", "Late"), encoding="utf-8")
    return edited


def test_events_reuse_their_results_and_match_an_uncached_run(big_corpus: Path, tmp_path: Path,
                                                               filled_alone: tuple[Path, bytes]) -> None:
    cache, _ = filled_copy(filled_alone, tmp_path)
    before = set(entries(cache / "events"))
    edited = _edited_corpus(big_corpus, tmp_path)
    uncached = audit_json(tmp_path, "uncached", str(edited), "--no-cache", "--jobs", "1")
    warm = audit_json(tmp_path, "warm", str(edited), "--cache-dir", str(cache), "--jobs", "2")
    assert warm == uncached
    new = set(entries(cache / "events")) - before
    events = json.loads(uncached)["events"]
    assert 0 < len(new) < len(events)  # the two changed events recomputed, the others reused
    folders = sorted(str(p) for p in edited.iterdir())
    again = audit_json(tmp_path, "again", *reversed(folders), "--cache-dir", str(cache), "--jobs", "2")
    assert again == uncached


def test_a_changed_rule_pack_or_alignment_option_is_not_served_old_findings(
        big_corpus: Path, tmp_path: Path, filled_alone: tuple[Path, bytes]) -> None:
    from consistency.engine import RunOptions, run
    from consistency.rulepack import default_pack

    cache, _ = filled_copy(filled_alone, tmp_path)
    pack = tmp_path / "pack"
    shutil.copytree(default_pack(), pack)
    rule = pack / "figure-unverified.yaml"
    rule.write_text(rule.read_text(encoding="utf-8").replace("severity: info", "severity: warning"), encoding="utf-8")
    edited = ("--rules", str(pack))
    uncached = audit_json(tmp_path, "uncached", str(big_corpus), *edited, "--no-cache", "--jobs", "1")
    assert b'"severity": "warning"' in uncached and uncached != audit_json(tmp_path, "plain", str(big_corpus),
                                                                          "--no-cache", "--jobs", "1")
    assert audit_json(tmp_path, "warm", str(big_corpus), *edited, "--cache-dir", str(cache), "--jobs", "1") == uncached
    other = RunOptions(jobs=1, align=dataclasses.replace(RunOptions().align, max_frame_facts=1))
    uncached_slots = run([big_corpus], other).alignments
    assert uncached_slots != run([big_corpus], RunOptions(jobs=1)).alignments  # the option matters here
    assert run([big_corpus], dataclasses.replace(other, cache_dir=str(cache))).alignments == uncached_slots


def test_corrupt_and_foreign_event_entries_are_ignored(big_corpus: Path, reference: bytes, tmp_path: Path,
                                                       filled: tuple[Path, bytes]) -> None:
    cache, clean = filled_copy(filled, tmp_path)
    assert clean == reference
    found = entries(cache / "events")
    assert len(found) >= 4
    found[0].write_bytes(found[0].read_bytes()[:-9])  # cut short
    found[1].write_bytes(found[2].read_bytes())  # another event's entry under this key
    beyond = payload_of(found[2])
    beyond["alignments"][0] = dataclasses.replace(beyond["alignments"][0], fact_ids=("f9999",))  # not the event's
    rewrite(found[2], beyond)
    forged = payload_of(found[3])
    forged["findings"] = [Article(id="x", path="x", outlet="x", body="")]  # a type an entry may not hold
    rewrite(found[3], forged)
    assert audit_json(tmp_path, "again", str(big_corpus), "--cache-dir", str(cache)) == reference
    assert payload_of(found[0])["alignments"]  # rewritten with a good entry


def test_unchanged_corpus_reads_copies_events_and_provenance_back(big_corpus: Path, reference: bytes, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch,
                                                                   filled_alone: tuple[Path, bytes]) -> None:
    import consistency.engine as engine

    cache, clean = filled_copy(filled_alone, tmp_path)
    assert clean == reference

    def unused(*args: object, **kwargs: object) -> object:
        raise AssertionError("an unchanged corpus computed a corpus-wide stage again")

    for name in ("find_copies", "group_articles", "trace_provenance"):
        monkeypatch.setattr(engine, name, unused)
    assert audit_json(tmp_path, "warm", str(big_corpus), "--cache-dir", str(cache), "--jobs", "1") == reference
    monkeypatch.undo()
    found = entries(cache / "corpus")
    assert len(found) == 2  # the events and copies, and the provenance
    for entry in found:  # one corrupt, one naming articles this corpus does not have
        value = payload_of(entry)
        if len(value) == 3 and value[1] and isinstance(value[1][0], model.Event):
            events = tuple(dataclasses.replace(e, article_ids=tuple(a.replace("event1/", "event9/")
                                                                    for a in e.article_ids)) for e in value[1])
            rewrite(entry, (value[0], events, value[2]))
        else:
            entry.write_bytes(entry.read_bytes()[:-5])
    assert audit_json(tmp_path, "again", str(big_corpus), "--cache-dir", str(cache), "--jobs", "1") == reference


def _check_json(out: Path, draft: Path, corpus: Path, *args: str) -> bytes:
    """The JSON of a one-worker check of ``draft`` against ``corpus``."""
    code = main(["check", str(draft), "--against", str(corpus), "--format", "json", "--output", str(out),
                 "--fail-on", "never", "--quiet", "--jobs", "1", *args])
    assert code == 0
    return out.read_bytes()


def test_a_check_of_one_changed_draft_reads_every_other_article_back(big_corpus: Path, tmp_path: Path,
                                                                     filled_alone: tuple[Path, bytes]) -> None:
    cache, _ = filled_copy(filled_alone, tmp_path)
    features = set(entries(cache / "features"))
    signatures = set(entries(cache / "copies"))
    assert len(features) == len(signatures) == len(list(big_corpus.rglob("*.md")))
    draft = tmp_path / "draft" / "velmora.md"
    draft.parent.mkdir()
    draft.write_text(_article(0, 2).replace("At least 12", "At least 14"), encoding="utf-8")

    def check(name: str, *args: str) -> bytes:
        return _check_json(tmp_path / f"{name}.json", draft, big_corpus, *args)

    cached = check("cached", "--cache-dir", str(cache))
    assert cached == check("uncached", "--no-cache")
    assert json.loads(cached)["findings"]
    assert len(set(entries(cache / "features")) - features) == 1  # the draft's, no other
    assert len(set(entries(cache / "copies")) - signatures) == 1
    for entry in sorted(signatures)[:2]:  # one of the wrong type and a corrupt signature: recomputed
        data = payload_of(entry)
        data["words"] = "many"
        if entry == sorted(signatures)[0]:
            rewrite(entry, data)
        else:
            entry.write_bytes(entry.read_bytes()[:-3])
    first, second, third = sorted(features)[:3]
    first.write_bytes(b"{")  # corrupt
    second.write_bytes(third.read_bytes())  # another article's entry
    typed = payload_of(third)
    typed["words"] = {"velmora": "many"}  # of the wrong type
    rewrite(third, typed)
    shutil.rmtree(cache / "corpus")
    assert check("again", "--cache-dir", str(cache)) == cached


def test_key_follows_content_and_vocabulary_not_id(tmp_path: Path) -> None:
    article = Article(id="a.md", path="a.md", outlet="Harbor Post", body="Velmora flooded on May 3.")
    salt = cache_salt(default_folder())
    renamed = Article(id="b/c.md", path="b/c.md", outlet="Harbor Post", body=article.body)
    edited = Article(id="a.md", path="a.md", outlet="Harbor Post", body="Velmora flooded on May 4.")
    assert article_key(article, salt) == article_key(renamed, salt)
    assert article_key(article, salt) != article_key(edited, salt)
    vocabulary = tmp_path / "vocabulary"
    shutil.copytree(default_folder(), vocabulary)
    assert cache_salt(vocabulary) == salt
    with open(vocabulary / "measures.yaml", "a", encoding="utf-8") as handle:
        handle.write("\n# a newsroom's edit\n")
    assert cache_salt(vocabulary) != salt


def test_grouping_cache_follows_the_stage_file_grouping_reads(tmp_path: Path) -> None:
    from consistency.stages import stages_digest

    shipped = stages_digest(None)
    without = tmp_path / "without"
    without.mkdir()
    assert stages_digest(str(without)) == shipped  # no stages.yaml: the shipped one is read
    own = tmp_path / "own"
    shutil.copytree(default_folder(), own)
    assert stages_digest(str(own)) == shipped
    with open(own / "stages.yaml", "a", encoding="utf-8") as handle:
        handle.write("\n# a newsroom's edit\n")
    assert stages_digest(str(own)) != shipped


def test_codec_round_trips_facts_and_rejects_other_types() -> None:
    fact = Fact("f1", "a", "figure", "12 dead", 0, 7, "12 dead.", 0, 8,
                Quantity(12.0, 12.0, None, counted="dead"), Frame("figure:deaths", "death toll", "deaths"))
    date = Fact("f2", "a", "date", "May 3", 0, 5, "May 3.", 0, 6, DateValue("2031-05-03", "2031-05-03", "day"))
    assert loads(dumps((fact, date))) == (fact, date)
    with pytest.raises(CorruptEntry):
        loads(pickle.dumps(Path("x")))
    with pytest.raises(CorruptEntry):  # a class called without its fields
        loads(pickle.dumps(Quantity(1.0, 1.0)))  # (pickle's own way: a bare instance, its fields set after)
    article = Article(id="a", path="a", outlet="x", body="")
    with pytest.raises(CorruptEntry):  # a model class this kind of entry may not hold
        loads(dumps(article))
    assert loads(dumps(article), {"Article": Article}) == article


def test_entries_no_run_used_for_long_are_pruned(big_corpus: Path, reference: bytes, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    other = tmp_path / "other"
    shutil.copytree(big_corpus / "event0", other / "event0")
    (other / "event0" / "0.md").write_text(_article(0, 0).replace("At least", "At least 70, not"), encoding="utf-8")
    audit_json(tmp_path, "other", str(other), "--cache-dir", str(cache), "--jobs", "1")
    used_by_other = set(entries(cache))
    audit_json(tmp_path, "fill", str(big_corpus), "--cache-dir", str(cache), "--jobs", "1")
    everything = set(entries(cache))
    leftover = cache / "v1" / "ab" / ("ab" * 32 + ".json")  # an entry of the format before
    leftover.parent.mkdir(parents=True, exist_ok=True)
    leftover.write_text("{}", encoding="utf-8")
    old = time.time() - 90 * 86400
    for path in everything:
        os.utime(path, (old, old))
    # Pruned at most once a day: with a recent prune, nothing goes.
    assert audit_json(tmp_path, "again", str(big_corpus), "--cache-dir", str(cache), "--jobs", "1") == reference
    assert set(entries(cache)) == everything and leftover.exists()
    for path in everything:
        os.utime(path, (old, old))
    os.utime(cache / "last-pruned", (old, old))
    assert audit_json(tmp_path, "pruned", str(big_corpus), "--cache-dir", str(cache), "--jobs", "1") == reference
    kept = set(entries(cache))
    gone = everything - kept
    assert gone and gone <= used_by_other  # only what this run did not use: the other corpus's
    assert not leftover.exists()
    stamps = {p: p.stat().st_ino for p in kept}
    assert audit_json(tmp_path, "warm", str(big_corpus), "--cache-dir", str(cache), "--jobs", "1") == reference
    assert {p: p.stat().st_ino for p in entries(cache)} == stamps  # what was kept still serves


def test_a_cache_max_age_of_zero_keeps_every_entry(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    cache.put("cd" * 32, {"x": 1})
    (entry,) = entries(tmp_path / "cache")
    old = time.time() - 900 * 86400
    os.utime(entry, (old, old))
    assert cache.finish(None) == 0 and entry.exists()
    assert cache.finish(1.0) == 1 and not entry.exists()
    assert main(["audit", str(EXAMPLES), "--cache-max-age", "-1", "--quiet"]) == 2


def test_a_background_cache_serves_what_it_has_not_written_yet(tmp_path: Path) -> None:
    fact = Fact("f1", "a", "figure", "12 dead", 0, 7, "12 dead.", 0, 8, Quantity(12.0, 12.0, None))
    later, now = Cache(tmp_path / "later", background=True), Cache(tmp_path / "now")
    keys = [f"{n:02x}" * 32 for n in range(40)]
    for n, key in enumerate(keys):
        for cache in (later, now):
            cache.put(key, {"facts": (fact,), "n": n})
    assert [later.get(key) for key in keys] == [now.get(key) for key in keys]  # written or not yet
    later.flush()
    assert [p.read_bytes() for p in entries(tmp_path / "later")] == [p.read_bytes() for p in entries(tmp_path / "now")]
    assert Cache(tmp_path / "later").get(keys[-1]) == {"facts": (fact,), "n": 39}


def test_unwritable_cache_is_skipped(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    Cache(blocker / "cache").put("ab" * 32, {"x": 1})  # a file where the folder should be: no crash
    assert Cache(blocker / "cache").get("ab" * 32) is None


def test_extractor_crash_is_a_problem_not_a_stop(monkeypatch: pytest.MonkeyPatch) -> None:
    import consistency.engine as engine

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("boom")

    monkeypatch.setattr(engine, "extract_facts", broken)
    result = extract_article(Article(id="a", path="a.md", outlet="x", body="Velmora, May 3."))
    assert "internal error while extracting facts" in result.message  # type: ignore[union-attr]


def test_dask_engine_gives_byte_identical_json(big_corpus: Path, reference: bytes, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from consistency.dask_engine import dask_mapper

    local = reference
    examples_local = audit_json(tmp_path, "ex-local", str(EXAMPLES), "--jobs", "1", "--no-cache")
    with dask_mapper(workers=2) as mapper:  # a LocalCluster with 2 worker processes
        assert len(mapper.client.scheduler_info()["workers"]) == 2
        import consistency.cli as cli

        class Fixed:
            def __init__(self, *args: object) -> None:
                pass

            def __enter__(self) -> object:
                return mapper

            def __exit__(self, *exc: object) -> None:
                pass

        original = cli._engine
        cli._engine = lambda args: Fixed()  # type: ignore[assignment]
        try:
            remote = audit_json(tmp_path, "dask", str(big_corpus), "--engine", "dask", "--no-cache")
            examples_remote = audit_json(tmp_path, "ex-dask", str(EXAMPLES), "--engine", "dask", "--no-cache")
        finally:
            cli._engine = original  # type: ignore[assignment]
    assert local == remote
    assert examples_local == examples_remote


def test_scheduler_needs_dask_engine(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["audit", str(EXAMPLES), "--scheduler", "tcp://127.0.0.1:1", "--quiet"])
    assert code == 2
    assert "--scheduler needs --engine dask" in capsys.readouterr().err


def test_html_limits_say_what_they_leave_out(big_corpus: Path, reference: bytes, tmp_path: Path) -> None:
    html = tmp_path / "report.html"
    out = tmp_path / "limited.json"
    code = main(["audit", str(big_corpus), "--format", "json", "--output", str(out), "--html", str(html),
                 "--html-max-events", "2", "--html-max-rows", "1", "--html-max-facts", "1",
                 "--fail-on", "never", "--quiet", "--jobs", "1", "--no-cache"])
    assert code == 0
    assert out.read_bytes() == reference  # the JSON keeps everything
    page = html.read_text(encoding="utf-8")
    data = json.loads(reference)
    events = data["events"]
    assert f"Showing 2 of {len(events)} events (those with conflicts first)" in page
    assert page.count('class="card event"') == 2
    conflicted = {f["event_id"] for f in data["findings"] if f["status"] == "conflict"}
    shown = [e for e in events if f'id="event-{e["id"]}"' in page]
    assert len(shown) == 2
    assert all(e["id"] in conflicted for e in shown) or len(conflicted) < 2
    assert "of this event not shown" in page
    assert "The JSON report (--format json) has them all." in page


def test_huge_article_is_read_with_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "huge"
    folder.mkdir()
    line = "Crews in Velmora cleared 3 roads on May 4, the Velmora council said. "
    (folder / "long.md").write_text("---\noutlet: Harbor Post\n---\n" + line * 40, encoding="utf-8")
    (folder / "short.md").write_text("---\noutlet: Valley Herald\n---\n" + line, encoding="utf-8")
    html = tmp_path / "report.html"
    from consistency.report import ReportOptions, caps

    assert ReportOptions().huge_chars > len(line) * 40  # the default leaves this one alone
    code = main(["audit", str(folder), "--html", str(html), "--fail-on", "never", "--no-cache"])
    assert code == 0
    assert "huge article" not in capsys.readouterr().err
    from consistency.engine import run

    result = run([folder])
    warnings = caps.huge_articles(result, len(line) * 10)
    assert len(warnings) == 1 and "long.md: a huge article" in warnings[0]


def test_alignment_in_workers_gives_the_same_json(big_corpus: Path, reference: bytes, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import consistency.engine as engine

    monkeypatch.setattr(engine, "SMALL_CORPUS", 1)  # the 5 events too are aligned in worker processes
    assert audit_json(tmp_path, "j2", str(big_corpus), "--jobs", "2", "--no-cache") == reference


def test_json_written_in_pieces_is_the_printed_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["audit", str(EXAMPLES), "--format", "json", "--fail-on", "never", "--quiet", "--no-cache"])
    assert code == 0
    printed = capsys.readouterr().out
    assert audit_json(tmp_path, "file", str(EXAMPLES), "--no-cache").decode("utf-8") == printed


def test_codec_round_trips_slotted_verdicts_and_rejects_a_wrong_field_count() -> None:
    from consistency.cache import _Pickler
    from consistency.model import PairVerdict

    verdict = PairVerdict(("f1", "f2"), "conflict", "error", "the figures cannot both be true", True)
    types = {"PairVerdict": PairVerdict}
    back = loads(dumps([verdict]), types)[0]
    assert back == verdict and type(back) is PairVerdict and not hasattr(back, "__dict__")

    class Short(_Pickler):  # writes the class with a field too few
        def reducer_override(self, obj: object) -> object:
            return (type(obj), (obj.fact_ids, obj.status)) if isinstance(obj, PairVerdict) else NotImplemented

    buffer = io.BytesIO()
    Short(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(verdict)
    with pytest.raises(CorruptEntry):
        loads(buffer.getvalue(), types)


def test_codec_writes_runs_of_one_class_and_rejects_a_bad_run() -> None:
    from consistency.cache import _Pickler, _run
    from consistency.model import Finding, PairVerdict, ValueGroup

    pairs = tuple(PairVerdict((f"f{n}", f"f{n + 1}"), "agree", "equal", "", n % 2 == 0) for n in range(5))
    groups = (ValueGroup("12", ("f1", "f3"), ("a", "c")), ValueGroup("13", ("f2",), ("b",)))
    findings = [Finding("figure-conflict", "warning", "conflict", "e1", "figure", "deaths", f"s{n}", ("f1", "f2"),
                        "12 vs 13", f"fp{n}", groups=groups, pairs=pairs) for n in range(3)]
    fact = Fact("f1", "a", "figure", "12 dead", 0, 7, "12 dead.", 0, 8, Quantity(12.0, 12.0, None, counted="dead"))
    payload = {"findings": findings, "facts": (fact, dataclasses.replace(fact, id="f2")), "one": [pairs[0]]}
    data = dumps(payload)
    assert b"_run" in data  # written as runs, not one call per object
    back = loads(data, ALL_TYPES)
    assert back == payload
    assert type(back["findings"]) is list and type(back["facts"]) is tuple and type(back["findings"][0].pairs) is tuple
    assert all(type(p) is PairVerdict and not hasattr(p, "__dict__") for p in back["findings"][2].pairs)

    class Here:
        """Where the forger writes its run."""

    def forged(args: tuple[object, ...], types: dict[str, type] = ALL_TYPES) -> object:
        class Forger(_Pickler):
            def reducer_override(self, obj: object) -> object:
                return (_run, args) if isinstance(obj, Here) else NotImplemented

        buffer = io.BytesIO()
        Forger(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump([Here()])
        return loads(buffer.getvalue(), types)

    assert forged(("PairVerdict", False, (("f0", "f1"), "agree", "equal", "", True, None))) == [(pairs[0],)]
    with pytest.raises(CorruptEntry):  # a class this kind of entry may not hold
        forged(("Article", False, ("a", "a", "x", "")))
    with pytest.raises(CorruptEntry):  # a field too few for the last item
        forged(("PairVerdict", False, (("f1", "f2"), "agree", "equal", "", True, None, ("f2", "f3"), "agree")))
    with pytest.raises(CorruptEntry):  # not a run of values
        forged(("PairVerdict", False, ["x"] * 6))


def test_a_check_reads_the_sources_words_from_one_entry(big_corpus: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         filled_alone: tuple[Path, bytes]) -> None:
    import consistency.corpus_results as corpus_results

    cache, _ = filled_copy(filled_alone, tmp_path)
    (words,) = entries(cache / "words")  # the audit's articles' words, for checks against them
    assert len(payload_of(words)["words"]) == len(list(big_corpus.rglob("*.md")))
    draft = tmp_path / "draft" / "halvik.md"
    draft.parent.mkdir()
    draft.write_text(_article(1, 4).replace("At least 4", "At least 6"), encoding="utf-8")

    def check(name: str, *args: str) -> bytes:
        return _check_json(tmp_path / f"{name}.json", draft, big_corpus, *args)

    uncached = check("uncached", "--no-cache")
    asked: list[int] = []
    per_article = corpus_results.per_article

    def counted(articles: Any, *args: Any, **kwargs: Any) -> Any:
        if kwargs["namespace"] == "features":
            asked.append(len(articles))
        return per_article(articles, *args, **kwargs)

    monkeypatch.setattr(corpus_results, "per_article", counted)
    assert check("cached", "--cache-dir", str(cache)) == uncached
    assert asked[0] == 1  # the neighbourhood was chosen with the draft's features and the words entry
    for damage in ("cut", "short"):  # a corrupt entry, and one of another number of articles: ignored
        if damage == "cut":
            words.write_bytes(words.read_bytes()[:-7])
        else:
            value = payload_of(words)
            rewrite(words, {"words": value["words"][1:], "df": value["df"]})
        asked.clear()
        assert check(damage, "--cache-dir", str(cache)) == uncached
        assert asked[0] > 1  # every source's features read instead (and the entry written again)
        assert len(payload_of(words)["words"]) == len(list(big_corpus.rglob("*.md")))


def test_a_run_reading_every_event_back_holds_its_results_as_objects_with_the_same_json(
        big_corpus: Path, reference: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the spool's weight a run's slots and findings are pickled (``Spool``), unless every event
    was read back from the cache (all held as objects already): the same results and JSON either way."""
    import consistency.engine as engine
    from consistency.engine import RunOptions, run
    from consistency.spool import Spool

    monkeypatch.setattr(engine, "SPOOL_WEIGHT", 1)
    options = RunOptions(jobs=1, cache_dir=str(tmp_path / "cache"))
    cold, warm = run([big_corpus], options), run([big_corpus], options)
    assert isinstance(cold.findings, Spool) and isinstance(cold.alignments, Spool)
    assert isinstance(warm.findings, tuple) and isinstance(warm.alignments, tuple)
    assert warm.findings == cold.findings and warm.alignments == cold.alignments
    assert audit_json(tmp_path, "warm", str(big_corpus), "--cache-dir", str(tmp_path / "cache"), "--jobs", "1") == reference


def test_the_event_key_follows_the_rules_content_not_the_folder_they_lie_in(tmp_path: Path) -> None:
    """A checkout or CI machine with the tool in another folder reads the same event entries."""
    from consistency.event_results import rules_digest
    from consistency.rulepack import default_pack, load_packs

    here, there = tmp_path / "here" / "pack", tmp_path / "there" / "elsewhere"
    shutil.copytree(default_pack(), here)
    shutil.copytree(default_pack(), there)
    shipped = rules_digest(load_packs(None))
    assert rules_digest(load_packs([here])) == rules_digest(load_packs([there])) == shipped
    rule = sorted(there.glob("*.yaml"))[0]
    rule.write_text(rule.read_text(encoding="utf-8").replace("severity: ", "severity: error\n# was: ", 1),
                    encoding="utf-8")
    changed = load_packs([there])
    assert [r.severity for r in changed] != [r.severity for r in load_packs([here])]
    assert rules_digest(changed) != shipped

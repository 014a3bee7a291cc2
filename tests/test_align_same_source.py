"""Outlets that credit one source for different statements share one attribution slot
(consistency/align.py, ``_join_same_source``), and the source check reads a surname or a title
as the same person (consistency/checks/comparisons.py, ``_judge_sources``).

The articles are invented: a flood in the river town of Oskarby.
"""

from __future__ import annotations

import datetime as dt

from consistency.align import align_event
from consistency.checks import CHECKS
from consistency.engine import extract_facts
from consistency.evaluate import slot_facts
from consistency.frames import frame_facts
from consistency.model import Alignment, Article, Event, Fact

DAY = dt.date(2031, 4, 9)


def aligned(*texts: str) -> tuple[list[Alignment], dict[str, Fact], dict[str, Article]]:
    arts: dict[str, Article] = {}
    facts: list[Fact] = []
    for n, text in enumerate(texts):
        art = Article(id=f"a{n}", path=f"a{n}.txt", outlet=f"Outlet {n}", body=text, published=DAY)
        found, _ = extract_facts(art, id_prefix=f"a{n}.")
        arts[art.id] = art
        facts += frame_facts(art, found)
    event = Event(id="e1", label="flood", article_ids=tuple(arts))
    return align_event(event, arts, facts), {f.id: f for f in facts}, arts


def attribution_slots(*texts: str) -> list[set[str]]:
    """Each attribution slot as the set of articles whose facts it holds."""
    alignments, _, _ = aligned(*texts)
    return [{f.split(".")[0] for f in a.fact_ids} for a in alignments if a.kind == "attribution"]


def source_statuses(*texts: str) -> list[str]:
    alignments, facts, arts = aligned(*texts)
    check = CHECKS["source-agreement"]
    params = {name: p.default for name, p in check.params.items()}
    return [
        check.run(slot_facts(a, facts, arts), params).status
        for a in alignments if a.kind == "attribution" and len({f.split(".")[0] for f in a.fact_ids}) > 1
    ]


MAYOR_ON_DAMS = "Mayor Hedda Lindgren said the old dams along the river had held through the night."
MAYOR_ON_SCHOOLS = "Lindgren told reporters that every school in the valley would stay closed until Monday."
MAYOR_ON_AID = "Mayor Hedda Lindgren announced an emergency fund for families whose cellars were flooded."


def test_one_person_quoted_on_different_things_by_two_outlets_is_one_slot() -> None:
    slots = attribution_slots(MAYOR_ON_DAMS, MAYOR_ON_SCHOOLS)
    assert {"a0", "a1"} in slots


def test_three_outlets_quoting_one_person_share_one_slot() -> None:
    slots = attribution_slots(MAYOR_ON_DAMS, MAYOR_ON_SCHOOLS, MAYOR_ON_AID)
    assert {"a0", "a1", "a2"} in slots


def test_different_people_on_different_things_stay_apart() -> None:
    slots = attribution_slots(
        MAYOR_ON_DAMS,
        "Farmer Jonas Eklund told reporters that every road in the valley would stay closed until Monday.",
    )
    assert {"a0", "a1"} not in slots


def test_two_people_sharing_a_surname_are_not_joined_through_it() -> None:
    slots = attribution_slots(
        MAYOR_ON_DAMS,
        "Engineer Per Lindgren said the pumping station at the harbour had failed before dawn.",
        "Lindgren told reporters that every school in the valley would stay closed until Monday.",
    )
    assert {"a0", "a1"} not in slots and not any({"a1", "a2"} <= s or {"a0", "a2"} <= s for s in slots)


def test_one_police_force_quoted_by_two_outlets_is_one_slot() -> None:
    slots = attribution_slots(
        "Police said two people were missing after the river burst its banks north of Oskarby.",
        "Boats were ferrying stranded residents to the church hall, police said on Wednesday.",
    )
    assert {"a0", "a1"} in slots


def test_unnamed_officials_in_two_outlets_are_not_one_source() -> None:
    slots = attribution_slots(
        "Officials said two people were missing after the river burst its banks north of Oskarby.",
        "Boats were ferrying stranded residents to the church hall, officials said on Wednesday.",
    )
    assert {"a0", "a1"} not in slots


def test_two_news_organisations_are_never_joined_through_a_shared_source() -> None:
    alignments, facts, _ = aligned(
        "The Oskarby Herald reported that the dams had held, and Mayor Hedda Lindgren said they were sound.",
        "Mayor Hedda Lindgren said the schools would reopen on Monday, the Valley Wire reported.",
    )
    slots = [{facts[f].value.source for f in a.fact_ids} for a in alignments if a.kind == "attribution"]
    assert {"Hedda Lindgren"} in slots
    assert not any({"Oskarby Herald", "Valley Wire"} <= s for s in slots)


def test_a_person_named_in_full_and_by_title_and_surname_agrees() -> None:
    assert source_statuses(MAYOR_ON_DAMS, "Mayor Lindgren said every school in the valley would stay closed.") == ["agree"]


def test_a_name_spelled_without_its_accent_is_a_naming_difference() -> None:
    assert source_statuses(
        "Mayor Hedda Lindgrén said the old dams along the river had held through the night.",
        "Mayor Hedda Lindgren said every school in the valley would stay closed until Monday.",
    ) == ["compatible"]


def test_a_speaker_named_with_the_firm_another_outlet_credits_shares_its_slot() -> None:
    slots = attribution_slots(
        "Analyst Per Dahl of Halden Securities said the flood would cost insurers 40 million crowns.",
        "Halden Securities said most of the damaged homes in Oskarby were insured.",
    )
    assert {"a0", "a1"} in slots


def test_two_people_of_one_firm_stay_apart_without_the_firm_itself() -> None:
    slots = attribution_slots(
        "Analyst Per Dahl of Halden Securities said the flood would cost insurers 40 million crowns.",
        "Analyst Eva Lund of Halden Securities said most of the damaged homes in Oskarby were insured.",
    )
    assert {"a0", "a1"} not in slots


def test_one_quotation_credited_to_a_spokesman_and_to_his_company_is_no_conflict() -> None:
    """A quotation has one speaker, so two people credited with it conflict; a business's name is
    capitalised words as a person's is, but the company that issued the words is no second speaker."""
    quote = '"The pumps will run until the water is gone," '
    statuses = source_statuses(
        quote + "depot manager Arne Voss said.",
        quote + "Oskarby Logistics said in a statement.",
    )
    assert statuses == ["compatible"]
    assert source_statuses(quote + "depot manager Arne Voss said.", quote + "Karin Holm said.") == ["conflict"]


PUMP_QUOTE = '"The pumps will run until the water is gone," '


def test_one_quotation_credited_to_a_person_of_another_role_and_to_a_role_conflicts() -> None:
    """The reports call Arne Voss the depot manager: the mayor cannot have said his words too, while
    another outlet's "the depot manager" is the same person by his role."""
    assert source_statuses(PUMP_QUOTE + "depot manager Arne Voss said.", PUMP_QUOTE + "the mayor said.") == ["conflict"]
    assert source_statuses(
        PUMP_QUOTE + "said Arne Voss, the depot manager.", PUMP_QUOTE + "the depot manager said."
    ) == ["compatible"]


def test_a_person_the_reports_give_no_role_may_hold_the_role_another_names() -> None:
    assert source_statuses(PUMP_QUOTE + "Arne Voss said.", PUMP_QUOTE + "the mayor said.") == ["compatible"]
    # a body is no person's role: the company that issued the words is no second speaker
    assert source_statuses(
        PUMP_QUOTE + "depot manager Arne Voss said.", PUMP_QUOTE + "the company said in a statement."
    ) == ["compatible"]


def test_one_quotation_credited_to_a_named_person_and_to_a_she_of_a_report_that_never_names_her() -> None:
    """The report's "she" is someone it names: not Karin Holm, whom it never mentions."""
    statuses = source_statuses(
        "Mayor Ada Brun visited the flooded school in Oskarby. " + PUMP_QUOTE + "she said.",
        PUMP_QUOTE + "depot manager Karin Holm said.",
    )
    assert statuses == ["conflict"]
    named_too = source_statuses(
        "Depot manager Karin Holm spent the night at the pumps in Oskarby. " + PUMP_QUOTE + "she said.",
        PUMP_QUOTE + "depot manager Karin Holm said.",
    )
    assert named_too == ["compatible"]


def test_a_quotation_told_in_other_words_and_credited_to_another_person_conflicts() -> None:
    statuses = source_statuses(
        '"The pumps will run day and night until the water is gone from every street," depot manager Arne Voss said.',
        "Karin Holm said the pumps would run day and night until the water was gone from every street.",
    )
    assert statuses == ["conflict"]


def test_one_quotation_credited_to_a_chief_executive_and_to_the_company_she_heads_is_naming() -> None:
    """The reports write the company's name among her role words: she speaks for it."""
    quote = '"Every household in the town will have clean water by Friday," '
    statuses = source_statuses(
        quote + "said Oskarby Water chief executive Karin Holm.",
        quote + "Oskarby Water said in a statement.",
    )
    assert statuses == ["compatible"]

"""A statement's day after a verb of saying no attribution holds is not the credited source's day.

The articles are invented: a cloud company announcing a campus near the town of Orlund.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.checks.comparisons import _described_by, _name_words
from consistency.engine import run_articles
from consistency.model import Article, Finding


def date_finding(bodies: list[tuple[str, dt.date]], fact_text: str) -> tuple[Finding, dict[str, str]]:
    """The date finding holding ``fact_text`` of one event told by these outlets, and every fact's text."""
    result = run_articles([
        Article(id=f"c{n}.txt", path=f"c{n}.txt", outlet=f"Outlet {n}", body=body, published=day)
        for n, (body, day) in enumerate(bodies)
    ])
    assert len(result.events) == 1
    text = {f.id: f.text for f in result.facts}
    (finding,) = [fi for fi in result.findings if fi.kind == "date" and fact_text in {text[i] for i in fi.fact_ids}]
    return finding, text


def test_an_announcement_dated_in_a_clause_of_its_own_is_the_news_other_outlets_date() -> None:
    # The third outlet's "announced on Tuesday" dates the company's announcement, though its sentence
    # credits the grid operator (who spoke on Thursday): it is that outlet's day of the news, in conflict.
    bodies = [
        ("Halcyra Cloud said on Monday it would build a data-centre campus near Orlund worth 4 billion euros, "
         "with 900 jobs.", dt.date(2047, 11, 4)),
        ("Halcyra Cloud announced on Monday that it will build a data-centre campus near Orlund for 4 billion "
         "euros. Construction starts next spring.", dt.date(2047, 11, 4)),
        ("Halcyra Cloud's campus near Orlund, announced on Tuesday, will need a new power line, the grid "
         "operator Nordnet said on Thursday.", dt.date(2047, 11, 7)),
    ]
    finding, text = date_finding(bodies, "Tuesday")
    assert sorted(text[i] for i in finding.fact_ids) == ["Monday", "Monday", "Tuesday"]
    assert finding.status == "conflict"


def test_the_announcing_of_the_news_is_told_once_wherever_the_lead_dates_it() -> None:
    # The second outlet's lead opens with another day ("last night"); its "announced yesterday" still dates
    # the announcing the report is about, and the third outlet dates it a day earlier.
    bodies = [
        ("The port city of Quellby will be under a night-time curfew for ten days, its mayor announced on "
         "Wednesday after three nights of rioting.", dt.date(2034, 9, 13)),
        ("Quellby's streets were empty last night for the first time in memory, as a ten-day curfew announced "
         "yesterday by the mayor took effect at 10 p.m.", dt.date(2034, 9, 14)),
        ("Quellby's mayor announced on Tuesday a ten-day night-time curfew after three nights of rioting, "
         "a rights group said in its challenge to the order.", dt.date(2034, 9, 14)),
    ]
    finding, text = date_finding(bodies, "yesterday")
    pair = next(p for p in finding.pairs if {text[i] for i in p.fact_ids} == {"yesterday", "Tuesday"})
    assert pair.status == "conflict"


def test_a_statement_dated_further_down_meets_the_news_statement_of_another_outlet() -> None:
    # The first outlet's lead is the announcing itself (told once); the second dates "the council said" in its
    # third sentence, a statement that may recur, yet its day is the news the first dates: a day apart, they
    # disagree (a recurring statement is excused only beside another side date).
    bodies = [
        ("Fulgrave council announced on Saturday that it was closing its three swimming pools after cracks were "
         "found in their roofs.", dt.date(2052, 3, 5)),
        ("Fulgrave's three swimming pools will stay shut from Monday. Engineers found cracks in the roofs of all "
         "three. The pools will close for at least a year, the council said on Sunday.", dt.date(2052, 3, 6)),
    ]
    finding, text = date_finding(bodies, "Saturday")
    assert sorted(text[i] for i in finding.fact_ids) == ["Saturday", "Sunday"]
    assert finding.status == "conflict"


def test_a_minister_and_her_ministry_announcing_one_ban_are_one_speaker() -> None:
    # Outlets credit one announcement to the minister by name, to her office or to the ministry: naming
    # differs, the speaker does not, so a day apart is a conflict, not two statements.
    bodies = [
        ("Talvarra will ban the sale of disposable vapes from March, Health Minister Idra Brezmar said on "
         "Tuesday, citing a rise in use among teenagers.", dt.date(2061, 5, 10)),
        ("Talvarra's health ministry on Wednesday announced a ban on disposable vapes from March, citing a "
         "rise in use among teenagers.", dt.date(2061, 5, 11)),
    ]
    finding, text = date_finding(bodies, "Wednesday")
    pair = next(p for p in finding.pairs if {text[i] for i in p.fact_ids} == {"Tuesday", "Wednesday"})
    assert pair.status == "conflict"


def test_an_announcement_told_after_the_day_it_sets_is_the_news_other_outlets_date() -> None:
    # The first lead opens with the day the ban starts, then dates the minister's announcement; the second
    # dates the ministry's a day later. The start day is what was announced, not the news: the announcement
    # is told once in both, and a day apart is a conflict, not two statements.
    bodies = [
        ("Corner shops will have to stop selling fireworks from 2 April, the interior minister said on Tuesday, "
         "after a winter of injuries.", dt.date(2063, 2, 13)),
        ("The interior ministry announced on Wednesday that corner shops must stop selling fireworks from "
         "2 April, after a winter of injuries.", dt.date(2063, 2, 14)),
    ]
    finding, text = date_finding(bodies, "Wednesday")
    pair = next(p for p in finding.pairs if {text[i] for i in p.fact_ids} == {"Tuesday", "Wednesday"})
    assert pair.status == "conflict"


def test_a_body_described_by_the_head_noun_of_its_name_is_one_speaker() -> None:
    # "the state ferry company" describes the body the other outlet names ("the Tyrvanel Ferry Company"): one
    # announcement, whose days a day apart conflict, not two bodies' two statements.
    bodies = [
        ("Ferries to the outer islands will stop carrying cars from March, the state ferry company said on "
         "Tuesday, after two of its three car decks failed inspection.", dt.date(2063, 2, 13)),
        ("The Tyrvanel Ferry Company announced on Wednesday that its island ferries will stop carrying cars from "
         "March, after two of its three car decks failed inspection.", dt.date(2063, 2, 14)),
    ]
    finding, text = date_finding(bodies, "Wednesday")
    pair = next(p for p in finding.pairs if {text[i] for i in p.fact_ids} == {"Tuesday", "Wednesday"})
    assert pair.status == "conflict"


@pytest.mark.parametrize(
    ("source", "name", "described"),
    [
        ("state ferry company", "Tyrvanel Ferry Company", True),
        ("state railway", "Tyrvanel Railways", True),
        ("state ferry company", "Tyrvanel Harbour Board", False),
        ("Tyrvanel Ferry Company", "state ferry company", False),  # a name is no description of another
    ],
)
def test_a_lower_case_description_and_a_name_sharing_its_head_noun(source: str, name: str, described: bool) -> None:
    assert _described_by(source, _name_words(name.lower())) is described


def test_two_people_named_in_full_who_announce_are_two_statements() -> None:
    # Two people named in full each announce in their own outlet's lead: two statements, whose days may differ.
    bodies = [
        ("Talvarra will ban the sale of disposable vapes from March, Health Minister Idra Brezmar said on "
         "Tuesday, citing a rise in use among teenagers.", dt.date(2061, 5, 10)),
        ("The ban on disposable vapes in Talvarra from March will cost 300 shop jobs, retail association head "
         "Pello Vessaro said on Wednesday, citing a rise in use among teenagers.", dt.date(2061, 5, 11)),
    ]
    finding, text = date_finding(bodies, "Wednesday")
    pair = next(p for p in finding.pairs if {text[i] for i in p.fact_ids} == {"Tuesday", "Wednesday"})
    assert pair.status != "conflict"


def test_two_hours_of_one_announcement_on_its_day_conflict() -> None:
    # Each outlet gives the hour the minister spoke, further down, on the day of publication: one statement
    # told at two hours, not two statements that may recur.
    bodies = [
        ("Sugary drinks in Talvarra will cost a fifth more from March 1 under a new levy, the health ministry said. "
         "The minister told reporters at 10am that school sports would get the proceeds.", dt.date(2061, 5, 10)),
        ("A new levy will make sugary drinks in Talvarra a fifth dearer from March 1. "
         "The health minister told reporters at 11am that school sports would get the proceeds.", dt.date(2061, 5, 10)),
    ]
    finding, text = date_finding(bodies, "11am")
    pair = next(p for p in finding.pairs if {text[i] for i in p.fact_ids} == {"10am", "11am"})
    assert pair.status == "conflict"


def test_two_page_stamps_of_one_day_at_two_hours_stay_compatible() -> None:
    # Pages are stamped when they are updated, all day long: two stamps' hours are no disagreement.
    bodies = [
        ("Friday, 12 May 2061, 08:40\n\nTalvarra will ban the sale of disposable vapes from March to curb their "
         "use among teenagers, the health minister said.", dt.date(2061, 5, 12)),
        ("Friday, 12 May 2061, 14:25\n\nDisposable vapes will be banned in Talvarra from March, to curb their use "
         "among teenagers, the health minister said.", dt.date(2061, 5, 12)),
    ]
    finding, text = date_finding(bodies, "Friday, 12 May 2061, 14:25")
    pair = next(p for p in finding.pairs if len({text[i] for i in p.fact_ids}) == 2 and "08:40" in text[p.fact_ids[0]] + text[p.fact_ids[1]])
    assert pair.status == "compatible"

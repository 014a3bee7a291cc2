"""Each outlet's lead day is its version of the event's day (consistency/align.py, ``_join_lead_days``), and a
follow-up's day of the event, recalled in passing before its own news, is its version too (``_join_recalled_days``).

The articles are invented: a song contest's final in the city of Quellmoor, and a hospital's computers
knocked out by ransomware.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency import align
from consistency.engine import extract_facts, run_articles
from consistency.frames import frame_facts
from consistency.model import Article, Fact

DAY = dt.date(2047, 5, 20)  # a Monday


def dates(article_id: str, text: str) -> list[Fact]:
    article = Article(id=article_id, path=f"{article_id}.txt", outlet=article_id, body=text, published=DAY)
    facts, _ = extract_facts(article, id_prefix=f"{article_id}.")
    return [f for f in frame_facts(article, facts) if f.kind == "date"]


def texts(slots: list[tuple[list[Fact], bool]]) -> list[list[str]]:
    return [sorted(f"{f.article_id}:{f.text}" for f in slot) for slot, _strict in slots]


A = dates("a", "Signe-Liv Lund won the Starsong final in Quellmoor on Sunday with her ballad Glass Harbour.")
B = dates("b", "The singer Signe-Liv Lund won the Starsong final in Quellmoor on Sunday, the organisers said.")
# The third outlet leads with another day, and names the final's year in passing further down.
C = dates("c", "Glass Harbour by Signe-Liv Lund won the Starsong final in Quellmoor on Friday. It is the most "
               "streamed song of 2047 so far.")
NEXT = dates("a", "The next Starsong final will be held in Tessmark on 18 May 2048.")


def test_inputs_are_what_the_tests_say() -> None:
    assert [f.text for f in A] == ["Sunday"] and [f.text for f in B] == ["Sunday"]
    assert [f.text for f in C] == ["Friday", "2047"] and [f.text for f in NEXT] == ["18 May 2048"]


def test_a_lead_day_beside_other_outlets_values_joins_the_lead_slot() -> None:
    # The third outlet is in the lead slot only with a year it gives in passing; its lead day sits
    # beside another outlet's later date, which is not its day: it is its version of the final's day.
    main = [A[0], B[0], C[1]]
    other = [C[0], NEXT[0]]
    joined = align._join_lead_days([(main, True), (other, True)])
    assert texts(joined) == [["a:Sunday", "b:Sunday", "c:2047", "c:Friday"], ["a:18 May 2048"]]


def test_a_lead_day_another_outlet_gives_too_stays_with_it() -> None:
    # Two outlets lead with Friday: theirs is a claim of its own, not one outlet's slip.
    d = dates("d", "Signe-Liv Lund's ballad won the Starsong final in Quellmoor on Friday, her label said.")
    main = [A[0], B[0], C[1]]
    other = [C[0], d[0]]
    joined = align._join_lead_days([(main, True), (other, True)])
    assert texts(joined) == [["a:Sunday", "b:Sunday", "c:2047"], ["c:Friday", "d:Friday"]]


def test_a_lead_day_of_another_named_happening_stays_where_it_is() -> None:
    # The third outlet's news is another happening (a swearing-in), which its words name.
    c = dates("c", "Signe-Liv Lund was sworn in as Verdalia's culture envoy on Friday. She won the Starsong final "
                   "of 2047.")
    assert [f.text for f in c] == ["Friday", "2047"]
    main = [A[0], B[0], c[1]]
    other = [c[0], NEXT[0]]
    joined = align._join_lead_days([(main, True), (other, True)])
    assert texts(joined) == [["a:Sunday", "b:Sunday", "c:2047"], ["a:18 May 2048", "c:Friday"]]


def test_a_lead_day_joins_its_outlets_clock_time_of_that_day_and_conflicts() -> None:
    # The third outlet's clock time ("0300 GMT", no day of its own) is in the lead slot: its lead day
    # joins it there, and its day, not the clock time that fits any day, is what the others meet.
    bodies = [
        "Hackers attacked the computer network of Velmora's main hospital on Sunday, and surgeons postponed "
        "dozens of operations. The hospital said patient records were safe.",
        "Velmora's main hospital was hit by a ransomware raid on Sunday that shut its computer network. "
        "Doctors wrote notes by hand.",
        "Ransomware knocked out the computer network of Velmora's main hospital on Saturday. The attack began "
        "at 0300 GMT, the hospital said.",
    ]
    result = run_articles([
        Article(id=f"h{n}.txt", path=f"h{n}.txt", outlet=f"Outlet {n}", body=body, published=DAY)
        for n, body in enumerate(bodies)
    ])
    text = {f.id: f.text for f in result.facts}
    (finding,) = [fi for fi in result.findings if fi.kind == "date" and "Saturday" in {text[i] for i in fi.fact_ids}]
    assert sorted(text[i] for i in finding.fact_ids) == ["0300 GMT", "Saturday", "Sunday", "Sunday"]
    assert finding.status == "conflict"


def test_two_lead_days_the_lead_slot_already_gives_join_it_from_a_mixed_slot() -> None:
    # Two outlets lead with Sunday, the day two others give in the lead slot, but their words put it
    # in a slot beside a fifth outlet's clock time: the Sunday they share is the lead slot's day, not
    # a claim of its own (unlike two leads with a day the lead slot lacks, above).
    c = dates("c", "Signe-Liv Lund took the Starsong crown in Quellmoor on Sunday night with Glass Harbour.")
    d = dates("d", "Quellmoor cheered on Sunday as Signe-Liv Lund carried off the Starsong trophy.")
    e = dates("e", "Signe-Liv Lund won the Starsong final in Quellmoor on Saturday.")
    f = dates("f", "Signe-Liv Lund is the Starsong winner. The result was read out at 23:40.")
    assert [x.text for x in c + d + e + f] == ["Sunday night", "Sunday", "Saturday", "23:40"]
    main = [A[0], B[0], e[0]]
    other = [c[0], d[0], f[0]]
    joined = align._join_lead_days([(main, True), (other, True)])
    assert texts(joined) == [
        ["a:Sunday", "b:Sunday", "c:Sunday night", "d:Sunday", "e:Saturday"], ["f:23:40"]
    ]


def test_a_calendar_day_two_outlets_write_out_joins_across_frames() -> None:
    # "the final on 18 May" and "the vote closes on May 18": two frames, one written day, one claim;
    # the slot holding most of the day's outlets takes the other outlet's day.
    g = dates("g", "The Starsong public vote closes on May 18, 2047.")
    h = dates("h", "Tickets for the Starsong final on 18 May 2047 sold out in an hour.")
    k = dates("k", "Fans can vote until 18 May 2047 for the Starsong final.")
    assert [x.text for x in g + h + k][:3] == ["May 18, 2047", "18 May 2047", "18 May 2047"]
    joined = align._join_written_days([([g[0], k[0]], True), ([h[0]], True)])
    assert texts(joined) == [["g:May 18, 2047", "h:18 May 2047", "k:18 May 2047"]]


def test_a_lead_day_joins_when_the_lead_slot_s_outlets_already_name_two_happenings() -> None:
    # The lead slot's outlets read one revocation as a hearing and as a meeting: their words name the story's
    # happening no better than its day, so a lead day read as a ruling is a version of that day too, though
    # it sits beside another outlet's later day.
    a = dates("a", "The Istrane media regulator took the decision at a hearing on Friday, citing forty breaches by "
                   "Braxmoor 9.")
    b = dates("b", "Braxmoor 9 lost its licence on Friday after the regulator's board met to rule on forty breaches.")
    d = dates("d", "Braxmoor 9, stripped of its licence on Thursday, will challenge the ruling in court.")
    c = dates("c", "The Istrane media regulator revoked the licence of the news channel Braxmoor 9 on Friday.")
    # (the fifth outlet's day dates a statement: no lead day)
    e = dates("e", "Braxmoor 9 said on Saturday that it would appeal.")
    assert [(x.text, x.frame.measure if x.frame else None) for x in a + b + d + e] == [
        ("Friday", "trial"), ("Friday", "meeting"), ("Thursday", "verdict"), ("Saturday", "statement")
    ]
    joined = align._join_lead_days([([a[0], b[0], c[0]], True), ([d[0], e[0]], True)])
    assert texts(joined) == [["a:Friday", "b:Friday", "c:Friday", "d:Thursday"], ["e:Saturday"]]


def test_a_lead_day_of_another_named_happening_joins_a_lead_slot_most_outlets_share() -> None:
    # Three outlets lead with the final's Sunday; a fourth leads with an accident during the show, on Saturday,
    # and sits beside the third's next final. Three leads in one slot, and no other slot near as many, make
    # that slot the story's day: the fourth outlet's lead is its version of that day (a conflict to check),
    # whatever word names its happening.
    e = dates("e", "Signe-Liv Lund won the Starsong final in Quellmoor on Sunday night, her label said. The next "
                   "final will be held in Gorrowmere on 18 May 2048.")
    d = dates("d", "A stage light fell during the Starsong show in Quellmoor on Saturday, injuring a dancer.")
    assert [(f.text, f.frame.measure if f.frame else None) for f in e[:1] + d] == [
        ("Sunday night", "match"), ("Saturday", "incident")
    ]
    joined = align._join_lead_days([([A[0], B[0], e[0]], True), ([d[0], e[1]], True)])
    assert texts(joined) == [["a:Sunday", "b:Sunday", "d:Saturday", "e:Sunday night"], ["e:18 May 2048"]]
    # With two leads only, the lead slot is no surer a version of the day than the fourth outlet's words.
    joined = align._join_lead_days([([A[0], B[0]], True), ([d[0], C[1]], True)])
    assert texts(joined) == [["a:Sunday", "b:Sunday"], ["c:2047", "d:Saturday"]]


LATER = dt.date(2047, 5, 24)  # the Friday after the final


def later_dates(article_id: str, text: str) -> list[Fact]:
    article = Article(id=article_id, path=f"{article_id}.txt", outlet=article_id, body=text, published=LATER)
    facts, _ = extract_facts(article, id_prefix=f"{article_id}.")
    return [f for f in frame_facts(article, facts) if f.kind == "date"]


# A follow-up leads with its own news and gives the final's day in passing, one day off the others'.
FOLLOW = later_dates("f", "Fans lined the streets of Quellmoor on Thursday for Signe-Liv Lund, who won the Starsong "
                          "final last Saturday.")


def test_a_follow_up_s_recalled_day_joins_the_lead_slot_in_place_of_its_own_news() -> None:
    assert [(f.text, f.value.start) for f in FOLLOW] == [("Thursday", "2047-05-23"), ("last Saturday", "2047-05-18")]
    thursday, saturday = FOLLOW
    joined = align._join_recalled_days([([A[0], B[0], thursday], True), ([saturday], True)])
    assert texts(joined) == [["a:Sunday", "b:Sunday", "f:last Saturday"], ["f:Thursday"]]


def test_a_recalled_day_far_from_the_event_s_stays_where_it_is() -> None:
    # The follow-up recalls another final, a year before: another happening, not its version of this one.
    follow = later_dates("f", "Fans lined the streets of Quellmoor on Thursday for Signe-Liv Lund, who lost the "
                              "Starsong final on 20 May 2046.")
    assert [f.text for f in follow] == ["Thursday", "20 May 2046"]
    slots = [([A[0], B[0], follow[0]], True), ([follow[1]], True)]
    assert texts(align._join_recalled_days(slots)) == texts(slots)


def test_a_follow_up_s_recalled_day_is_compared_with_the_other_outlets_day() -> None:
    articles = [
        Article(id=i, path=f"{i}.txt", outlet=outlet, body=body, published=day)
        for i, outlet, body, day in (
            ("a", "Quellmoor Wire", "Signe-Liv Lund won the Starsong final in Quellmoor on Sunday with her ballad.", DAY),
            ("b", "Tessmark Daily", "The singer Signe-Liv Lund won the Starsong final in Quellmoor on Sunday night.", DAY),
            ("c", "Verdal Radio", "Signe-Liv Lund won the Starsong final in Quellmoor yesterday, her label said.", DAY),
            ("f", "Harbour Weekly", FOLLOW[0].sentence, LATER),
        )
    ]
    result = run_articles(articles)
    text = {f.id: f.text for f in result.facts}
    pairs = {
        frozenset(text[i] for i in pair.fact_ids): pair.status
        for finding in result.findings if finding.kind == "date" for pair in finding.pairs or ()
    }
    assert pairs.get(frozenset({"Sunday", "last Saturday"})) == "conflict"


def test_a_day_of_no_year_in_the_lead_slot_is_weighed_not_a_failure() -> None:
    # Another outlet gives the event's day with no year ("May 19"): its distance is read on the same calendar
    # rule as every date comparison, and the follow-up's recalled day still joins.
    thursday, saturday = FOLLOW
    yearless = dataclasses.replace(B[0], value=dataclasses.replace(B[0].value, start="--05-19", end="--05-19"))
    joined = align._join_recalled_days([([A[0], yearless, C[0], thursday], True), ([saturday], True)])
    assert any("f:last Saturday" in slot for slot in texts(joined))


def test_a_follow_up_that_recalls_the_day_before_telling_its_news_joins_by_the_recalled_day() -> None:
    # The recalled day comes first ("who won ... last Saturday, was welcomed home on Thursday"), so it is the
    # follow-up's lead day, and its news day, later in that sentence, sits in the lead slot: the recalled day
    # is its version of the event's day, and the news leaves.
    follow = later_dates("f", "Signe-Liv Lund, who won the Starsong final last Saturday, was welcomed home in "
                              "Quellmoor on Thursday.")
    assert [(f.text, f.value.start) for f in follow] == [("last Saturday", "2047-05-18"), ("Thursday", "2047-05-23")]
    saturday, thursday = follow
    joined = align._join_recalled_days([([A[0], B[0], thursday], True), ([saturday], True)])
    assert sorted(texts(joined)) == [["a:Sunday", "b:Sunday", "f:last Saturday"], ["f:Thursday"]]


def test_a_month_of_the_follow_up_s_own_in_the_lead_slot_is_no_version_of_the_day() -> None:
    # The follow-up also gives a month in passing, filed in the lead slot: a month is no day of the final, and
    # the recalled day still takes the news day's place.
    follow = later_dates("f", "Fans lined the streets of Quellmoor on Thursday for Signe-Liv Lund, who won the Starsong "
                              "final last Saturday. Ticket sales were twice those of April.")
    assert [f.text for f in follow] == ["Thursday", "last Saturday", "April"]
    thursday, saturday, april = follow
    joined = align._join_recalled_days([([A[0], B[0], thursday, april], True), ([saturday], True)])
    assert sorted(texts(joined)) == [["a:Sunday", "b:Sunday", "f:April", "f:last Saturday"], ["f:Thursday"]]


# A dock strike at the invented port of Brindlemarch: two outlets give its first day, a follow-up tells its own news
# (the return to work) and recalls the strike's start.
DOCK_A = dates("a", "Dock workers at Brindlemarch port walked out on Sunday over a pay offer, their union said.")
DOCK_B = dates("b", "Hundreds of dockers at Brindlemarch went on strike on Sunday.")


def test_of_several_earlier_days_in_the_lead_sentence_the_nearest_of_the_happening_joins() -> None:
    # The follow-up's lead sentence recalls the strike's start and its end: both name the strike, and the start
    # lies nearer the other outlets' day; it joins in place of the follow-up's own news.
    follow = later_dates("f", "Dockers at Brindlemarch went back on Thursday once a stoppage begun last Saturday "
                              "ended on Tuesday.")
    assert [(f.text, f.value.start) for f in follow] == [
        ("Thursday", "2047-05-23"), ("last Saturday", "2047-05-18"), ("Tuesday", "2047-05-21")]
    thursday, saturday, tuesday = follow
    joined = align._join_recalled_days([([DOCK_A[0], DOCK_B[0], thursday], True), ([saturday], True), ([tuesday], True)])
    assert sorted(texts(joined)) == [["a:Sunday", "b:Sunday", "f:last Saturday"], ["f:Thursday"], ["f:Tuesday"]]


def test_several_earlier_days_equally_near_the_event_s_day_are_left_to_their_words() -> None:
    # Saturday and Monday are each a day from Sunday, and both name the strike: neither is singled out.
    follow = later_dates("f", "Dockers at Brindlemarch went back on Thursday once a stoppage begun last Saturday "
                              "ended on Monday.")
    thursday, saturday, monday = follow
    slots = [([DOCK_A[0], DOCK_B[0], thursday], True), ([saturday], True), ([monday], True)]
    assert texts(align._join_recalled_days(slots)) == texts(slots)


def test_a_follow_up_recalling_the_happening_in_a_later_sentence_joins_by_that_day() -> None:
    follow = later_dates("f", "Dockers at Brindlemarch went back on Thursday. Their strike had begun last Saturday.")
    assert [f.text for f in follow] == ["Thursday", "last Saturday"]
    thursday, saturday = follow
    joined = align._join_recalled_days([([DOCK_A[0], DOCK_B[0], thursday], True), ([saturday], True)])
    assert sorted(texts(joined)) == [["a:Sunday", "b:Sunday", "f:last Saturday"], ["f:Thursday"]]


def test_a_later_sentence_s_day_of_another_happening_stays_where_it_is() -> None:
    # The earlier day dates an inspection, which no other outlet's day names: a step before, not the strike.
    follow = later_dates("f", "Dockers at Brindlemarch went back on Thursday. Inspectors had checked the cranes "
                              "last Saturday.")
    thursday, saturday = follow
    slots = [([DOCK_A[0], DOCK_B[0], thursday], True), ([saturday], True)]
    assert texts(align._join_recalled_days(slots)) == texts(slots)


def test_a_later_sentence_s_day_another_outlet_keeps_company_stays_where_it_is() -> None:
    # Another outlet gives the same earlier day in its slot: that slot compares it already, as its own claim.
    follow = later_dates("f", "Dockers at Brindlemarch went back on Thursday. Their strike had begun last Saturday.")
    other = later_dates("c", "A first stoppage at Brindlemarch began last Saturday.")
    thursday, saturday = follow
    slots = [([DOCK_A[0], DOCK_B[0], thursday], True), ([saturday, other[0]], True)]
    assert texts(align._join_recalled_days(slots)) == texts(slots)


def test_an_article_leading_with_a_plan_s_start_has_no_lead_day() -> None:
    # "from Thursday" dates when a plan begins, not a day anything happened: the article's lead is no version of the
    # event's day (and its later day, the board's decision, is not read as one in its place).
    plan = dates("p", "The Harlowby ferry company will raise its fares by a tenth from Thursday, its board decided "
                      "on Sunday.")
    happening = dates("h", "The Harlowby ferry ran aground on Sunday near the outer pier.")
    assert [f.text for f in plan] == ["Thursday", "Sunday"]
    leads = align._lead_days([(plan, True), (happening, True)])
    assert {k: f.text for k, f in leads.items()} == {"h": "Sunday"}

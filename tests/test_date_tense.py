"""Which way a date without a year, or counted from publication, reads: the tense cue its verb gives.

Invented sentences; each pairs a cue with a date that reads the other way without it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.extract import ExtractionContext
from consistency.extract.dates import extract_dates

THU = dt.date(2031, 5, 15)  # a Thursday


def value_of(text: str, span: str, published: dt.date) -> str | None:
    """The start of the value the extractor gives ``span`` (the last expression with that text)."""
    found = extract_dates(text, ExtractionContext(published=published))
    values = [x.value.start for x in found if text[x.start : x.end] == span]
    assert values, (text, span)
    return values[-1]


def test_reported_future_points_forward():
    """ "said ... would" is the future as the speaker saw it: the coming Wednesday, not the past one."""
    text = "The two delegations said on Thursday that the talks would resume on Wednesday in Oslo."
    assert value_of(text, "Wednesday", THU) == "2031-05-21"


def test_would_have_looks_back():
    """ "would have" is no future: the same weekday reads back, where "would" reads forward."""
    assert value_of("The ferry would sail on Tuesday.", "Tuesday", THU) == "2031-05-20"
    assert value_of("The ferry would have sailed on Tuesday.", "Tuesday", THU) == "2031-05-13"


def test_a_relative_clause_closed_by_a_comma_is_not_the_dates_verb():
    """ "a crate that would hold a rifle, ..., on Monday": the "would" of the relative clause ends at its
    comma; the Monday is when the crate was found. Without the relative clause, "would" reads forward."""
    text = "Police found a crate that would hold a rifle, and two empty boxes, in a skip on Monday evening."
    assert value_of(text, "Monday evening", THU) == "2031-05-12"
    text = "Police said the crate would be collected from the skip on Monday evening."
    assert value_of(text, "Monday evening", THU) == "2031-05-19"


def test_reported_future_counts_from_the_day_spoken():
    """A named day of speaking is where the reported future starts: the weekday after it, not before it,
    and not the speaker's own day (that would be "today")."""
    text = "The mayor said on Monday that the bridge would reopen on Monday after repairs."
    assert value_of(text, "Monday", THU) == "2031-05-19"
    text = "The coach said yesterday that the squad would travel on Wednesday."
    assert value_of(text, "Wednesday", THU) == "2031-05-21"


@pytest.mark.parametrize(
    ("text", "span", "published", "expected"),
    [
        # "set to", "supposed to", "expects to": the infinitive happens later
        ("The referendum set to take place on Sunday has divided the island.", "Sunday", THU, "2031-05-18"),
        ("Both chambers are supposed to approve the budget by March.", "March", dt.date(2031, 1, 20), "2031-03-01"),
        ("The brewer said it expects to publish its figures in mid-September.", "mid-September",
         dt.date(2031, 8, 4), "2031-09-11"),
        # "effective" names when a change starts
        ("The regulator approved a fare rise of four percent, effective Jan. 5.", "Jan. 5", dt.date(2031, 9, 20),
         "2032-01-05"),
        # a conditional's present tense speaks of the future
        ("The airline warned that fares go up if the fuel levy passes in October.", "October",
         dt.date(2031, 5, 2), "2031-10-01"),
        # a present passive is no past tense
        ("The appeal is argued on June 3 before the full court.", "June 3", dt.date(2031, 1, 10), "2031-06-03"),
        # nor is a participle after "stay" or "remain": the "will" before it speaks
        ("Seven schools will stay closed from Monday after asbestos was found.", "Monday", dt.date(2032, 1, 11),
         "2032-01-12"),
    ],
)
def test_future_cues(text: str, span: str, published: dt.date, expected: str):
    assert value_of(text, span, published) == expected


@pytest.mark.parametrize(
    ("text", "span", "published", "expected"),
    [
        # an irregular past tense is the verb the date belongs to, not the "will" of a later clause
        ("In February, the club brought in a new coach, who will stay for two seasons.", "February",
         dt.date(2031, 10, 6), "2031-02-01"),
        # an adjective in "-ed" is no past tense: the "will" decides
        ("The dividend will be paid on an undisclosed date in January.", "January", dt.date(2031, 10, 6),
         "2032-01-01"),
    ],
)
def test_past_and_not_past(text: str, span: str, published: dt.date, expected: str):
    assert value_of(text, span, published) == expected


def test_until_a_clock_time_on_a_weekday():
    """ "until 6 a.m. Monday" ends a span running from the time of writing, like "until Monday"."""
    text = "The border crossing stays closed until 6 a.m. Monday."
    found = [x.value for x in extract_dates(text, ExtractionContext(published=THU))]
    assert [v.start[:10] for v in found if v.start] == ["2031-05-19"]


def test_the_quarter_just_ended_is_still_to_report():
    """A future sentence about the quarter just ended means that quarter, not next year's."""
    text = "The chipmaker will report its results for the third quarter next week."
    assert value_of(text, "the third quarter", dt.date(2031, 10, 14)) == "2031-07-01"
    # a quarter further back is next year's
    text = "The chipmaker will open the plant in the second quarter."
    assert value_of(text, "the second quarter", dt.date(2031, 10, 14)) == "2032-04-01"


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # a participle after a determiner is an adjective: the "will" before it decides
        ("The assembly will vote on its amended charter on Tuesday, the speaker said.", "Tuesday", "2031-05-20"),
        ("Regulators will publish the revised rules on Monday.", "Monday", "2031-05-19"),
        # modals of possibility point ahead
        ("Crews could restore power to the valley by Saturday.", "Saturday", "2031-05-17"),
        ("The river might crest near the old mill on Monday.", "Monday", "2031-05-19"),
        ("The strike may spread to the northern depots by Wednesday.", "Wednesday", "2031-05-21"),
        # forecasts and plans
        ("Strong gusts are forecast for Saturday along the coast.", "Saturday", "2031-05-17"),
        ("The tenants' union plans a sit-in outside the town hall on Monday.", "Monday", "2031-05-19"),
        # a move to a new day is to a day still to come, whatever the verb's tense
        ("The derby was postponed to Sunday after the pitch flooded.", "Sunday", "2031-05-18"),
        ("The hearing has been moved to Tuesday.", "Tuesday", "2031-05-20"),
        ("The ceremony was rescheduled for Wednesday.", "Wednesday", "2031-05-21"),
        # a happening set for a day, by a verb in the past, is set for a day still to come
        ("Tram drivers called a walkout for Monday.", "Monday", "2031-05-19"),
        ("The council fixed the ballot for Tuesday.", "Tuesday", "2031-05-20"),
    ],
)
def test_scheduled_weekdays_point_ahead(text: str, span: str, expected: str):
    assert value_of(text, span, THU) == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # a plan in the past perfect was for a day already gone
        ("The museum had planned the reopening for Tuesday, but a leak delayed it.", "Tuesday", "2031-05-13"),
        ("The flight had been scheduled to leave on Monday.", "Monday", "2031-05-12"),
        ("A walkout had been called for Monday, and the trams stayed in their depots.", "Monday", "2031-05-12"),
        # a negated modal and the wire's failed-contact idiom look back
        ("The owner could not be reached for comment on Wednesday.", "Wednesday", "2031-05-14"),
        ("None of the three brothers could be located Tuesday at the family farm.", "Tuesday", "2031-05-13"),
        # the month May is no modal
        ("In May the club sold its stadium, and the deal closed on Monday.", "Monday", "2031-05-12"),
    ],
)
def test_past_plans_and_failed_contacts_look_back(text: str, span: str, expected: str):
    assert value_of(text, span, THU) == expected


@pytest.mark.parametrize(
    ("text", "span", "published", "expected"),
    [
        # a quarter still to come this year is this year's, not last year's
        ("The takeover, expected to complete in the second quarter, needs the regulator's approval.",
         "the second quarter", dt.date(2031, 1, 20), "2031-04"),
        ("The refinery will restart in the fourth quarter.", "the fourth quarter", dt.date(2031, 2, 9),
         "2031-10"),
        # the same quarter told in the past is the last one that began
        ("The refinery shut down in the fourth quarter.", "the fourth quarter", dt.date(2031, 2, 9),
         "2030-10"),
        # a month's end still to come
        ("A ceasefire could be agreed by the end of August, the envoy said.", "the end of August",
         dt.date(2031, 5, 6), "2031-08"),
    ],
)
def test_parts_of_the_year_ahead(text: str, span: str, published: dt.date, expected: str):
    """The month the value starts in: a quarter's first, the last days of a month's end."""
    assert (value_of(text, span, published) or "")[:7] == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("The Brask tolls end on October 8 next year, the council said.", "October 8 next year", "2032-10-08"),
        ("The Velmora toll began on 1 March last year.", "1 March last year", "2030-03-01"),
        ("The Brask tolls end on October 8 this year.", "October 8 this year", "2031-10-08"),
    ],
)
def test_a_year_told_in_words_after_the_day_is_its_year(text: str, span: str, expected: str) -> None:
    assert value_of(text, span, dt.date(2031, 6, 10)) == expected


def test_a_weekday_names_the_year_of_a_month_and_day() -> None:
    """ "Sunday, March 14" in a September report: the March 14 that was a Sunday (2027's, six months
    back), though the next March 14 is nearer and "dug up" is no tense cue it reads."""
    autumn = dt.date(2027, 9, 24)
    assert value_of("He dug up the pot on Sunday, March 14, in a field.", "Sunday, March 14", autumn) == "2027-03-14"
    assert value_of("He dug up the pot on March 14 in a field.", "March 14", autumn) == "2027-03-14"


def test_a_weekday_that_fits_only_a_far_year_leaves_the_nearest() -> None:
    """A weekday true only of a March 14 further back than news looks (2026's, a Saturday, 18 months
    before) says the page's date is off, not the year: the nearest reading stands."""
    autumn = dt.date(2027, 9, 24)
    assert value_of("The fair opens on Saturday, March 14.", "Saturday, March 14", autumn) == "2028-03-14"


def test_a_past_verb_after_that_and_before_a_preposition_is_a_relative_clause_s_tense() -> None:
    """ "will begin lifting the wagons that derailed near Harnby on Wednesday night": the date is the
    derailment's, past; "the amended plan" after a determiner stays an adjective."""
    friday = dt.date(2026, 8, 21)
    text = "Crews will begin lifting the wagons that derailed near Orla on Wednesday night, the operator said."
    assert value_of(text, "Wednesday night", friday).startswith("2026-08-19")
    assert value_of("They will present the amended plan on Wednesday.", "Wednesday", friday) == "2026-08-26"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The ewe that fetched a record price at Orla on Wednesday will be shown again in June.", "2026-08-19"),
        ("The barge that ran aground on Wednesday will be towed to Orla.", "2026-08-19"),
        ("The side that won the cup on Wednesday will parade through Orla.", "2026-08-19"),
        ("The marrow that weighed 40 kilograms on Wednesday will be judged again.", "2026-08-19"),
        # an adjective after "that" stays one: the future rules
        ("They will present that amended plan on Wednesday.", "2026-08-26"),
    ],
)
def test_a_past_verb_after_that_before_a_determiner_a_figure_or_for_is_the_relative_clause_s_tense(
    text: str, day: str
) -> None:
    assert value_of(text, "Wednesday", dt.date(2026, 8, 21)) == day


def test_a_past_commitment_to_act_points_ahead_for_the_date_the_act_starts_from() -> None:
    """ "agreed on Monday to raise the wage from January 1": the rise is still to come, so the coming
    January; "agreed to sell its stake in October" may date the agreeing, and stays the past October."""
    text = "Halvik's government agreed on Monday to raise the minimum wage by 8 percent from January 1."
    assert value_of(text, "January 1", THU) == "2032-01-01"
    assert value_of(text, "Monday", THU) == "2031-05-12"
    assert value_of("Brask Oil agreed to sell its stake to Dravik in October.", "October", THU) == "2030-10-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new term begins on Wednesday.", "2026-08-26"),
        ("The footbridge reopens on Wednesday after repairs.", "2026-08-26"),
        ("The lease runs out on Wednesday.", "2026-08-26"),
        ("The new speed limit takes effect on Wednesday.", "2026-08-26"),
        # the past of the same verbs still looks back
        ("The new term began on Wednesday.", "2026-08-19"),
    ],
)
def test_a_schedule_told_in_the_present_points_ahead(text: str, expected: str) -> None:
    assert value_of(text, "Wednesday", dt.date(2026, 8, 21)) == expected


@pytest.mark.parametrize(
    ("text", "span", "start"),
    [
        # a participle qualifying its noun ("chained to the railings") is not the clause's verb for a date before it
        ("In March, a bike chained to the station railings will be cut free.", "March", "2032-03-01"),
        # a date inside the participle's phrase is its own ("announced on Tuesday")
        ("The levy announced on Tuesday will cost drivers a pound.", "Tuesday", "2031-05-13"),
        # ... however far into the phrase, behind a counted noun ("The 8,000 pounds raised ...")
        ("The 8,000 pounds raised by the pupils of the village school at its spring fair on Tuesday will pay for a roof.",
         "Tuesday", "2031-05-13"),
        # a past verb coordinated with a future one is the clause's own verb
        ("In March the warden resigned from the board and will stand again.", "March", "2031-03-01"),
    ],
)
def test_a_participle_after_its_noun_gives_way_to_the_clauses_verb(text: str, span: str, start: str) -> None:
    assert value_of(text, span, THU) == start


@pytest.mark.parametrize("verb", ["is listed for", "is booked for", "has been pencilled in for"])
def test_a_day_put_down_for_a_hearing_or_fixture_is_ahead(verb: str) -> None:
    assert value_of(f"The appeal {verb} early March.", "early March", THU) == "2032-03-01"


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("The ferry terminal stays shut until at least Tuesday.", "Tuesday", "2061-06-14"),
        ("Schools will stay closed till at least Friday.", "Friday", "2061-06-17"),
    ],
)
def test_a_bound_the_span_may_pass_is_still_ahead(text: str, span: str, expected: str) -> None:
    # "until at least Tuesday", written on a Saturday: the coming Tuesday, as "until Tuesday" is
    assert value_of(text, span, dt.date(2061, 6, 11)) == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("A new harbour master takes over on Monday.", "Monday", "2031-05-19"),
        ("The regional assembly votes on the ferry budget on Tuesday.", "Tuesday", "2031-05-20"),
        ("The lantern exhibition goes on show from Saturday.", "Saturday", "2031-05-17"),
        ("Talks resume on Tuesday.", "Tuesday", "2031-05-20"),
        ("The two unions meet again on Wednesday.", "Wednesday", "2031-05-21"),
        # two subjects joined by "and" take the plural verb, whatever the last noun
        ("The mayor and council meet on Tuesday.", "Tuesday", "2031-05-20"),
        ("Ms Orvane and her lawyer meet the panel on Monday.", "Monday", "2031-05-19"),
    ],
)
def test_a_timetable_told_in_the_present_is_ahead(text: str, span: str, expected: str) -> None:
    # a present of a timetable's verb ("takes over", "votes", "resume" after a plural subject), written on a Thursday
    assert value_of(text, span, THU) == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Officials counted postal votes on Tuesday.", "Tuesday", "2031-05-13"),
        ("The panel gave eleven votes to the bid on Tuesday.", "Tuesday", "2031-05-13"),
        ("The two votes on Tuesday went against the mayor.", "Tuesday", "2031-05-13"),
        ("The ministers did not meet on Monday.", "Monday", "2031-05-12"),
    ],
)
def test_a_timetable_verbs_noun_or_a_past_clause_stays_back(text: str, span: str, expected: str) -> None:
    # the same words as nouns ("votes" after a number, a past verb), or the plain form after "not": no timetable
    assert value_of(text, span, THU) == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("The rescuers hoped to reach the cave by Saturday, their chief said.", "Saturday", "2031-05-17"),
        ("The crew aimed to refloat the barge on Monday.", "Monday", "2031-05-19"),
    ],
)
def test_an_aim_told_in_the_past_is_still_ahead(text: str, span: str, expected: str) -> None:
    # what one hoped or aimed to do by a day was to come when one hoped it; written on a Thursday
    assert value_of(text, span, THU) == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("The farewell concert on Sunday ends a long career on the stage.", "Sunday", "2031-05-11"),
        ("On Monday the new harbour master takes over.", "Monday", "2031-05-19"),
    ],
)
def test_a_timetable_verb_after_the_date_counts_only_when_the_date_opens_its_clause(
    text: str, span: str, expected: str
) -> None:
    # a date inside the subject ("the concert on Sunday ends ...") is no timetable's day; one that opens it is
    assert value_of(text, span, THU) == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # written on Thursday 15 May: the meeting's Friday is the 9th, and six days before it the 3rd; read from
        # publication alone, the Saturday would be the 10th
        ("Boat owners met the harbour board on Friday, six days after a mooring broke on Saturday.", "Saturday", "2031-05-03"),
        ("The ferry line said on Wednesday, a week after its crews walked out on Tuesday, that talks had failed.", "Tuesday", "2031-05-06"),
        ("Pickers returned to work on Monday, a fortnight after the heat closed the orchards on Friday.", "Friday", "2031-04-25"),
    ],
)
def test_a_weekday_a_span_after_which_another_day_is_told_counts_back_from_that_day(
    text: str, span: str, expected: str
) -> None:
    assert value_of(text, span, THU) == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # an obligation is met ahead: the coming Monday, where the bare clause reads back
        ("Kiosks must empty their fridges by Monday.", "Monday", "2031-05-19"),
        ("Tenants must leave the block by Saturday.", "Saturday", "2031-05-17"),
        ("Kiosks emptied their fridges by Monday.", "Monday", "2031-05-12"),
        # "must have" looks back
        ("The porters must have locked the gate on Monday.", "Monday", "2031-05-12"),
    ],
)
def test_an_obligation_points_ahead(text: str, span: str, expected: str) -> None:
    assert value_of(text, span, THU) == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # a weekday after "from" starts a state or a plan, announced before it starts, whatever the verb's tense
        ("Walkout by Brenlow tram drivers confirmed from Saturday.", "Saturday", "2031-05-17"),
        ("The ferrymen voted by a wide margin of nearly four to one to stop work from Monday.", "Monday", "2031-05-19"),
        ("The ferrymen announced a ban on overtime from Tuesday.", "Tuesday", "2031-05-20"),
        # a weekday that owns a noun, one that opens a range, one a perfect tells: no plan's start
        ("The toll from Tuesday's landslip at Orvick rose again.", "Tuesday", "2031-05-13"),
        ("Pickers gathered shards from Tuesday landslip near Orvick.", "Tuesday", "2031-05-13"),
        ("The quay had been shut from Monday, the harbour master said.", "Monday", "2031-05-12"),
    ],
)
def test_a_weekday_from_which_a_plan_starts_is_ahead(text: str, span: str, expected: str) -> None:
    assert value_of(text, span, THU) == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # a weekday right after "for" is the day a plan or forecast is for, whatever the verb's tense
        ("The met office raised its gale alert for the Orvick coast to amber for Saturday.", "Saturday", "2031-05-17"),
        ("Sleet is forecast for Tuesday across the Brenlow hills.", "Tuesday", "2031-05-20"),
        ("The ferrymen called a walkout for Monday, with pickets at both quays.", "Monday", "2031-05-19"),
        # one that owns a noun: the happening's own day, back
        ("The ferrymen were fined for Tuesday's walkout at Orvick.", "Tuesday", "2031-05-13"),
    ],
)
def test_a_weekday_a_plan_or_forecast_is_for_is_ahead(text: str, span: str, expected: str) -> None:
    assert value_of(text, span, THU) == expected


def test_a_range_from_a_weekday_stays_back() -> None:
    found = extract_dates("From Monday to Wednesday the Orvick fair drew crowds.", ExtractionContext(published=THU))
    assert [x.value.start for x in found] == ["2031-05-12"]


def test_the_day_a_thing_was_put_off_to_reads_forward():
    """ "put back the levy until April 1, after ... complained": the putting off is past, the day it was put off
    to is still to come, though the clause's nearest cue is a past verb. The same date after a verb of no
    putting off reads back."""
    published = dt.date(2031, 11, 20)
    text = "The harbour board put back the new mooring levy until April 1, after skippers complained."
    assert value_of(text, "April 1", published) == "2032-04-01"
    assert value_of("The ferry board postponed the vote to March 3, officials said.", "March 3", published) == "2032-03-03"
    assert value_of("The harbour board raised the mooring levy on April 1, after skippers complained.", "April 1", published) == "2031-04-01"
    text = "The harbour board has extended its deadline for mooring bids to the end of November."
    assert value_of(text, "the end of November", dt.date(2031, 9, 3)) == "2031-11-21"  # its last third
    # the day of the putting off itself stays the day it happened
    assert value_of("The ferry board postponed the vote on Tuesday to March 3.", "Tuesday", published) == "2031-11-18"


def test_the_start_of_a_rule_a_past_verb_announces_reads_forward():
    """ "announced a ban ... from January 1": the announcing is past, the day the rule starts from is ahead. A
    verb of the change itself ("raised prices from January 1"), told months on, names a start already gone."""
    published = dt.date(2031, 8, 20)
    text = "The ministry yesterday announced a ban on glass bottles at the Bexcastle fair from January 1."
    assert value_of(text, "January 1", published) == "2032-01-01"
    text = "The harbour board approved on Friday a dearer mooring fee from October."
    assert value_of(text, "October", published) == "2031-10-01"
    assert value_of("The ferry firm raised its fares from January 1.", "January 1", published) == "2031-01-01"
    # past a comma the date is no longer the announced rule's (no other tense cue stands between them)
    text = "The ministry announced its yearly figures, with bottle sales down from January 1."
    assert value_of(text, "January 1", published) == "2031-01-01"


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # the past cue is the reporting verb's, or a participle's: the bound's own clause is in the present or modal
        ("The board said on Tuesday that tolls on the Snolkeby bridge are waived until August 31.", "August 31",
         "2031-08-31"),
        ("The levy applies to parcels shipped from October 1.", "October 1", "2031-10-01"),
        ("Hotels may not charge the old rate after 1 December, the ministry confirmed.", "1 December", "2031-12-01"),
        ("The board said the new fares apply from September.", "September", "2031-09-01"),
        # a bound told in the past, or a day after "after" with no modal, stays back
        ("The ban was in force from October 1, the ministry said.", "October 1", "2030-10-01"),
        ("The board said the old fares applied from September.", "September", "2030-09-01"),
        ("The town has a new mayor after Friday's recount, officials said.", "Friday", "2031-05-09"),
    ],
)
def test_a_bound_in_a_clause_told_in_the_present_reads_forward_past_a_past_cue(
    text: str, span: str, expected: str
) -> None:
    assert value_of(text, span, THU) == expected


def test_a_comma_inside_a_figure_opens_no_clause() -> None:
    """The clause of "by 30 June" begins at "that", not inside "2,400": its "will" tells the fitting as ahead."""
    text = "The police confirmed on Monday, at a briefing, that it will fit 2,400 cars with upgraded trackers by 30 June."
    assert value_of(text, "30 June", dt.date(2031, 11, 12)) == "2032-06-30"


@pytest.mark.parametrize(
    ("text", "span", "published", "expected"),
    [
        # a deadline told as ahead reads forward up to a year
        ("Shops have until December 1 to meet the new labelling code.", "December 1", dt.date(2031, 1, 20),
         "2031-12-01"),
        ("Landlords must fit the alarms by November 1.", "November 1", dt.date(2031, 1, 20), "2031-11-01"),
        # ... unless the same day passed within the month: a deadline just missed
        ("The mayor said the port would reopen by January 14.", "January 14", dt.date(2032, 1, 15), "2032-01-14"),
        # a start told in the present may be running already
        ("The speed limit applies from 1 June on most roads.", "1 June", dt.date(2031, 6, 2), "2031-06-01"),
    ],
)
def test_a_deadline_told_as_ahead_reads_up_to_a_year_forward(
    text: str, span: str, published: dt.date, expected: str
) -> None:
    assert value_of(text, span, published) == expected


def test_due_by_or_before_a_month_points_ahead() -> None:
    """ "findings due before March is out", told in November: the deadline is next March's."""
    november = dt.date(2031, 11, 20)
    assert value_of("Findings of the Kiluzton inquiry are due before March is out.", "March", november) == "2032-03-01"
    assert value_of("The Kiluzton inquiry reported its findings in March.", "March", november) == "2031-03-01"

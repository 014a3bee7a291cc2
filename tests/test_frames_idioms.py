"""Words that look like a happening's or a measure's cue but are not, read by the frames stage as general
rules of the vocabularies: a verb idiom ("storms to victory") is no storm, what a protest demands ("the
repeal of the law") is not what its date dates, a launch's "first attempt" is no version of a bill, and
members "backing" a government in a vote are a vote's count, not seats won."""

from __future__ import annotations

import datetime as dt

from consistency.group import _idiom_words, _told_kinds, _told_of
from consistency.model import Article, Fact, Frame
from consistency.stages import load_stages
from consistency.text import words
from consistency.vocabulary import load_vocabulary
from tests import framing

PUBLISHED = dt.date(2041, 5, 13)  # a Monday


def framed(text: str) -> list[Fact]:
    return framing.framed(text, PUBLISHED, outlet="Tolvey Courier")


def frame_of(text: str, fact_text: str) -> Frame:
    return framing.frame_of(text, fact_text, PUBLISHED)


# --- a verb idiom is no happening of the noun's kind -------------------------------------------------


def test_storms_to_victory_is_no_storm() -> None:
    text = "Ilka Varro storms to victory in Denby on Saturday, finishing the 10,000 metres well clear of the field."
    assert frame_of(text, "Saturday").measure != "incident"


def test_a_storm_is_still_a_storm() -> None:
    text = "Storms battered the Kellan coast on Saturday, tearing roofs from houses in three fishing villages."
    assert frame_of(text, "Saturday").measure == "incident"


def test_stormed_back_is_no_raid() -> None:
    text = "Brakeley Town stormed back on Saturday to beat Orm Rovers after trailing by two goals at half-time."
    assert frame_of(text, "Saturday").measure not in ("incident", "siege")


def _told(text: str) -> frozenset[str]:
    vocabulary = load_vocabulary()
    told = _told_of(vocabulary, ("death",))
    bag = dict.fromkeys(words(text), 1.0)
    article = Article(id="a1", path="a1.txt", outlet="Tolvey Courier", body=text, published=PUBLISHED)
    return _told_kinds(bag, told, _idiom_words(vocabulary, ("death",)), article, text)


def test_grouping_reads_no_storm_in_the_idiom_only() -> None:
    assert "disaster" not in _told("Ilka Varro storms to victory in the Denby marathon.")
    assert "disaster" in _told("Storms battered the Kellan coast overnight.")
    # the idiom and the weather in one report: the weather is still told
    assert "disaster" in _told("Ilka Varro storms to victory in Denby as storms batter the coast.")


# --- what a protest demands is its aim, not what its date dates ----------------------------------------


def test_a_protest_demanding_a_repeal_is_a_protest() -> None:
    text = "Hundreds of farmers marched through Tolvey on Friday to demand the repeal of the new grazing law."
    assert frame_of(text, "Friday").measure == "protest"
    text = ("Protesters from across the Tolvey valley gathered outside the old town hall on Friday to demand the "
            "repeal of the grazing law.")
    assert frame_of(text, "Friday").measure == "protest"


def test_calling_for_a_ban_is_the_aim() -> None:
    text = "Protesters gathered outside the Tolvey council offices on Friday calling for a ban on night flights."
    assert frame_of(text, "Friday").measure == "protest"


def test_a_law_passed_is_still_a_policy() -> None:
    text = "Parliament passed the grazing law on Friday after a debate that lasted into the night."
    assert frame_of(text, "Friday").measure in ("policy", "election")


# --- a first attempt at something else is no version of a bill ----------------------------------------


def test_a_launchs_first_attempt_names_no_version() -> None:
    stages = load_stages()
    sentence = "Controllers called off the first attempt to launch the Brisk-2 rocket on Tuesday after a sensor failed."
    assert not [stage for _, _, stage in stages.found(sentence) if stage[0] == "bill_version"]


def test_a_bills_first_version_is_still_read() -> None:
    stages = load_stages()
    sentence = "Deputies voted down the first version of the water bill on Tuesday."
    assert ("bill_version", "first") in [stage for _, _, stage in stages.found(sentence)]
    sentence = "The senate approved the amended budget on Thursday."
    assert ("bill_version", "later") in [stage for _, _, stage in stages.found(sentence)]


# --- members backing a motion are a vote's count, not seats -------------------------------------------


def test_deputies_backing_and_voting_against_are_a_tally() -> None:
    text = "The Tolvey assembly approved the treaty on Thursday, with 214 deputies backing it and 97 voting against."
    assert frame_of(text, "214").measure == "winning_votes"
    assert frame_of(text, "97").measure == "losing_votes"


def test_the_larger_side_wins_whichever_comes_first() -> None:
    text = "The motion failed on Thursday, with 88 lawmakers voting for it and 131 voting against."
    assert frame_of(text, "131").measure == "winning_votes"
    assert frame_of(text, "88").measure == "losing_votes"


def test_seats_won_are_still_seats() -> None:
    text = "The Green League won 41 seats in the Tolvey assembly on Sunday, up from 29."
    assert frame_of(text, "41").measure == "seats"


def test_a_win_by_so_many_votes_is_a_margin() -> None:
    text = "The government beat the censure motion by 17 votes on Wednesday."
    assert frame_of(text, "17").measure == "vote_margin"


def test_a_crowd_backing_a_strike_casts_no_votes() -> None:
    text = "About 2,000 people backing the dockers' strike marched through Tolvey on Saturday."
    assert frame_of(text, "About 2,000").measure != "votes"


def test_people_protesting_outside_a_parliament_are_a_crowd_not_seats() -> None:
    # "parliament" cues a count of seats; the verb of the counted people, nearer, says they are a crowd.
    text = "Some 4,500 people were demonstrating outside the Tolvey parliament on Saturday night, police said."
    assert frame_of(text, "Some 4,500").measure == "crowd"
    assert frame_of("The Tolvey parliament has 120 seats.", "120").measure == "seats"


def test_a_boat_that_overturns_and_a_rocket_that_blasts_off_are_no_appeal_and_no_attack() -> None:
    assert frame_of("The barge Lind overturned in the estuary on Friday night.", "Friday night").measure == "incident"
    assert frame_of("An appeals court on Friday overturned his conviction.", "Friday").measure == "appeal"
    assert frame_of("The probe blasted into space at 4:05 a.m. on Sunday.", "4:05 a.m. on Sunday").measure == "launch"
    assert frame_of("A blast at a bus depot on Monday killed 12 people.", "Monday").measure == "incident"

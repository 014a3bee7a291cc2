"""Articles -> events: which reports speak of the same happening.

Two reports of one earthquake share their words, but so do two earthquakes in one region years
apart. So an article is read on what makes an event, each part weighed by rarity (TF-IDF):

- *what*: its content words (capitalised and title words weigh more);
- *who and where*: its names (``consistency.names``), with the spellings of one name merged,
  so "Gov. Kathy Hochul" meets "Hochul" and "Qaddafi" meets "Gaddafi"; but a place is not a
  happening: two reports that share one name and next to none of their plain words, and tell of no
  happening in common, are alike by their names a fifth as much (a fire and a choir's
  prize in one town; ``GroupingOptions.what_floor``); and two groups whose leads place their happenings at
  different streets, squares or stations, neither naming the other's, are two (``street_factor``), as are a
  lone report and a group whose leads put their happenings in different towns (``lead_places``);
- *figures with their measure* ("magnitude:6.1", "age:34", from the figure facts and their
  frames): the same magnitude in two reports is strong evidence. Running tolls are left out:
  they change from report to report, save between two lone reports of a one-day kind, one undated,
  whose leads give different exact tolls (``GroupingOptions.tolls``). Different figures are evidence too: two groups whose leads
  give a measure of the happening itself (``GroupingOptions.identifying``: a quake's magnitude, a
  vote's counts, a match's score) with no value in common are less alike (a magnitude 5.6 quake is
  not the magnitude 5.9 one), the more so with nothing else telling them apart, and most when no
  report of one side gives a date and every report of the other does (no day can reconcile them); so
  do counts of a thing the vocabulary has no measure for in the headline or first sentence ("2,300
  Roman coins": ``counted_sentences``), except between groups dated within days of each other;
- *when*: its publication day and the day-level dates it gives. Groups whose closest dates are a
  few days apart are a little more alike; groups whose closest dates are a year or more apart
  are much less alike (``_when``), and less again when one's words tell of a one-day kind of happening
  the other dates (``GroupingOptions.far_kind_factor``), or when the days they stand on lie two years or
  more apart whatever they tell (``years_days``); an article without a usable date is neither
  helped nor penalised, and once it joins a group it carries the group's dates;
- *which happening*: what the lead says of the happening it reports (its days, the days it stands
  on and those it looks back on, its stage, the kind of one-day happening it dates, the figures that
  measure it, days given without a year) is read, and two groups' happenings are judged one or two,
  by the calendar rules of ``consistency.happening``: two rounds of one election, two votes on one
  bill, two quakes in one town are kept apart even where their words are all alike. What a report
  recalls as earlier ("the town was last struck in 2026", "the bill had cleared its first reading in
  January", "their second strike in a week"; with no span named, two days or more before its own day:
  ``recurrence_gap``) is read too: it is not a report of that earlier happening. And
  a place in a numbered series ("the sixth game", "Unit 2"; ``numbered_factor``): the sixth game is not the
  fourth.

Candidate pairs come from an inverted index over each article's strongest terms (shared rare
words and names are the blocking keys; a key common to many articles pairs only those of one week,
and each article takes its rarest blocks first up to a budget of partners), so a corpus is never
compared all against all and the pairs scored grow linearly with it. Average
linkage over that sparse graph then merges groups while their mean similarity stays above a
threshold, and two groups of a few articles each merge only when they are about as alike as each
is inside (``cohesion``): the reports of two quakes form two tight groups, and what the groups
share ("magnitude", the region) does not make them as close as each group's own reports are. Two
groups whose leads date their happening to the same day are not held to that test: wire copies make
one group of a story's reports look tighter than the rest of them. Linkage merges the closest pair
first, so once it is done the dated reports of a group whose other reports stand on none of their days
take a second look (``_reassign``): they move to a group beside it that stands on their days when they
are more like it than like the rest of their own. And a repeat is the later of two look-alikes: undated reports
that count their happening as one ("the second breach in three years") or look back years, filed with an
earlier dated report, join the later group beside them (``_repeat_later``); an undated report filed with one
dated report alone joins a group of several dated reports of one happening beside it, standing apart from that
one, when it is the more like them all together (``_follow_the_story``). Last, a report linkage left alone joins
the one group dated within days of it whose closest report is close to it (``_adopt_lone``): a short side story
of the day is close to one report of its event and far from the wire reports that made the group. And what is
left of a group the second looks took a report out of is weighed once more against the groups beside it
(``_relink``): linkage weighed it against them only with that report. A report with no day of its own left alone,
weakly like each report of one group but sharing that group's words across them, joins it (``_adopt_spread``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import heapq
import itertools
import math
import re
import sys
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from consistency import stage_clock
from consistency.extract._figure_tables import ONES, TEENS, TENS
from consistency.frames import phrase_at
from consistency.happening import (
    APART_DAYS,
    DAY_GRAINS,
    Happening,
    announced_apart,
    announcing,
    calendar_days,
    coarse_apart,
    coarse_by_kind,
    counted_from,
    counted_noun,
    dateline_day,
    days_after,
    days_apart,
    days_by_kind,
    days_gap,
    figures_differ,
    figures_recalled,
    foretells,
    happening_apart,
    happens_anew,
    heads_a_quotation,
    heads_a_step,
    heads_an_explainer,
    kind_apart,
    kinds_on,
    lead_figures,
    lead_terms,
    looks_back,
    merge_dates,
    month_days_apart,
    months_gone,
    named_happenings,
    naming,
    next_day,
    not_recalled,
    numbered,
    numbered_apart,
    puts_ahead,
    read_happening,
    recalled_apart,
    recalled_days,
    recalled_happenings,
    recalls_step,
    recurrences,
    repeats,
    states,
    steps_apart,
    steps_differ,
    stood_on,
    streets_and_lead,
    streets_meet,
    weekday_kinds_apart,
    weeks_after,
    with_outcomes,
)
from consistency.model import Article, DateValue, Event, EventEvidence, Fact, Quantity
from consistency.names import CALENDAR, TITLES, fold, name_variants, names
from consistency.protagonists import (
    CRAFT,
    STEM,
    Written,
    lead_names,
    lead_places,
    lead_things,
    name_words,
    others_in_role,
    personal_names,
    unrecalled,
)
from consistency.recollections import NAMED, recalls_lead, recalls_words, recollections
from consistency.roles import may_be_role
from consistency.stages import Stage, contradict, load_stages
from consistency.text import CAPITAL, STOPWORDS, first_sentences, split_sentences, words
from consistency.values import base_unit, in_base_units
from consistency.vocabulary import load_vocabulary

_CAPITALISED = re.compile(rf"(?<![.!?]\s)(?<!^)\b{CAPITAL}[\w’'-]+")
# Words that count ("four months", "a dozen"): they say how many, not what, so they are no plain word of the what
# rule (``GroupingOptions.what_floor``); the figure they give is weighed as a figure. (Issue 7's round of helper
# h87: a surgeons' "four months" of rehearsal met a ship's "four months at sea" by the figure and "four" alone. On
# all 982 ECB+ documents and the development set the same events; our invented look-alike sets merged 570/1520
# the same, events split 160 -> 155.)
_NUMBER_WORDS = frozenset({*ONES, *TEENS, *TENS, "hundred", "hundreds", "thousand", "thousands", "million", "millions",
                           "billion", "billions", "dozen", "dozens"})
# A place a text puts something at: a capitalised name after a preposition of place ("in Penlow Bay", "at the
# Sarnfield depot", "across the Orme valley"); read by ``_adopt_told_day``.
_PLACED = re.compile(
    rf"\b(?:in|at|near|across|outside|inside|from|on|off|into|along|around|over|beside)\s+(?:the\s+)?({CAPITAL}[\w’'-]+)"
)
_LEAD_SCAN = 5000  # characters read to find the lead's sentences
_LABEL_CHARS = 90  # a lead sentence used as a label is cut near this length
# A headline that already says when: a year, or a month name with a day.
_DATED_TITLE = re.compile(
    r"\b(?:1[89]|2[01])\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b"
    r"|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class GroupingOptions:
    """How grouping weighs its evidence. The defaults are tuned on all 982 ECB+ documents."""

    threshold: float = 0.2  # mean similarity needed to merge two groups
    # Terms per article used to find candidate pairs (blocking keys). Pairs never proposed count as
    # unlike, so fewer keys also keep weak links out: on ECB+ 20 to 35 keys all give B-cubed F1 0.957
    # and within-topic ARI 0.865 (40: 0.951 and 0.850), with 38k pairs scored instead of 66k.
    top_terms: int = 30
    # A blocking key shared by more articles than max_block is cut into windows of window_days
    # (by publication day); a window still larger proposes no pairs. On all 982 ECB+ documents a cap
    # of 20 to 150 gives the same events (their pairs meet through rarer keys too); 20 loses some.
    max_block: int = 40
    window_days: int = 7
    # An article takes partners from its rarest blocks first and stops adding blocks once it has
    # this many: pairs stay linear in the corpus. On ECB+ 100 changes nothing (60 loses 0.004
    # B-cubed F1, 30 loses 0.05).
    max_partners: int = 100
    title_weight: float = 2.0
    name_weight: float = 1.5  # capitalised words in the content-word vector
    names_weight: float = 0.6  # the names vector (variants merged), added to the word similarity
    figures_weight: float = 0.4  # the figures vector ("magnitude:6.1"), added likewise
    # (Issue 7's ninth round tried these weights against the near ties of undated look-alikes on the event's
    # weekday, on our invented sets fourth to eighth (merged look-alikes 17+7+35+33+62 = 154/416, events split
    # 32): names_weight 0.3 gave 157 (split 43), 1.0 gave 177 (split 29); figures_weight 0.8 gave 155 (split
    # 35); near_bonus 0.2 and lead_weight 1.0 changed nothing, lead_weight 3.0 gave 157 (split 37). Words
    # alone do not tell these apart: the weights stay as ECB+ set them.)
    # Groups of at least cohesion_size articles merge only if their mean similarity reaches
    # cohesion times their own; an own similarity above cohesion_cap counts as the cap (wire
    # copies make a group look tighter than it is). Smaller groups are too noisy to judge.
    cohesion: float = 0.75
    cohesion_size: int = 4
    cohesion_cap: float = 0.8
    # When: groups whose closest dates are within near_days are near_bonus more alike; groups
    # whose closest dates are far_days or more apart (different years) count far_factor as alike.
    near_days: int = 3
    near_bonus: float = 0.1
    far_days: int = 365
    far_factor: float = 0.3
    # The happening's own day (a day the lead dates the happening it reports on, resolved against
    # the article's date) set against every date of the other group: groups whose happenings are
    # at least apart_days from anything the other group dates count apart_factor as alike, and
    # stage_factor more when they also name different stages of one ladder (``stages.yaml``: the
    # first round and the run-off). Follow-ups weeks later are common in one story (on ECB+ one
    # event's reports span six weeks), so the date alone is off: apart_factor 0.3 to 0.7 merged one
    # more ECB+ topic (7 -> 8). The stage decides; ECB+ names too few stages to weigh it, so
    # stage_factor is set as a near-veto (0.2 already lets two election rounds merge).
    apart_days: int = APART_DAYS
    apart_factor: float = 1.0
    stage_factor: float = 0.1
    # The same kind of happening on another day: groups whose leads date a happening of one kind
    # that takes a single day (``one_day``: families of ``happenings.yaml``; a quake, a vote, a
    # verdict) to days at least apart_days (and less than far_days) from every date the other group
    # gives count kind_apart_factor as alike: a vote on a bill months before the vote that passed
    # it, a quake in the same town in another season. A follow-up that recalls the first day is not
    # held apart, nor one that dates another kind of happening (a trial after an arrest, a rescue
    # after a quake), and families that run over days (a trial, a strike, talks) are left out.
    # ECB+'s look-alikes are years apart or undated, so it cannot weigh this: on all 982 documents
    # (and read with the publication dates ingest infers from datelines) and on the development
    # set, 0.05 to 1.0 give the same events; the factor is a near-veto by design, like stage_factor.
    # Adding "arrest" and "signing" also changed nothing there, but their words ("charged",
    # "joined") name later steps of one story.
    # When the two groups also stand on days apart_days or more apart (their publication days,
    # datelines, happening days), a date recalled in passing does not save them; on all 982 ECB+
    # documents this splits one report (published three years after the shooting it tells, its
    # "Monday" read against that date): B-cubed F1 0.964 -> 0.963, look-alikes merged 6 -> 6, the
    # same for any gap from 7 to 365 days.
    # (A tuple, not a set: the options' repr is part of the cache key, and a set's order changes
    # from one process to the next.)
    # The same factor holds a group that gives such a day without its year (an undated report's "on
    # July 2", no dateline to give it one) apart from a dated group whose day of that kind lies
    # apart_days or more from it in the calendar (``happening.month_days_apart``). On all 982 ECB+ documents
    # and on the development set this changes no event (ECB+'s old half gives few such days, and none
    # of a one-day kind far from the other half's); our own articles hold it.
    # A group that stands on no day but places such a happening in a month, a season or a year ("in July
    # 2019": ``Happening.coarse``) a year (far_days) or more from every day the other group gives that
    # kind counts far_factor as alike, as groups standing on days years apart do (``coarse_apart``).
    # Kinds the other group does not date are not judged: on ECB+, a trial's reports place the killing
    # "in April 2012" and stand on days a year later; judged against any day (their publication), they
    # split one trial's reports (B-cubed F1 0.969 -> 0.966). Judged by kind, ECB+ and the development
    # set give the same events; our own reports hold it.
    # A protest is dated to its day ("marched on Saturday"), and the march of the Saturday before is another
    # (a movement's weekly marches, one square): with "protest" here, on all 982 ECB+ documents and the
    # development set the same events (B-cubed F1 0.972, dev pairwise 0.954); our eighth invented set: merged
    # look-alikes 64/80 -> 62/80, events split 16 -> 15 (the ninth, holdout: 68/88 -> 68/88). ("launch" too
    # changed nothing in our sets: left out, an offensive or an operation runs over days.)
    one_day: tuple[str, ...] = ("aftershock", "election", "incident", "protest", "resignation", "sentencing", "verdict")
    # Kinds the one-day rules read as one, the first naming them: a legislature's vote is dated by "voted"
    # (an election's word) in one report and by "passed" or "approved" (a policy's) in another.
    same_kind: tuple[tuple[str, ...], ...] = (("election", "policy"),)
    kind_apart_factor: float = 0.1
    # What the happening measures: two groups whose leads give one of these measures (of
    # ``measures.yaml``) only different values count figures_apart_factor as alike (a magnitude 5.6
    # quake against a 5.9 one, a vote of 160 to 140 against one of 171 to 130, a 3-1 match against a
    # 0-2 one). Values within figures_tolerance of the larger are one value: two agencies' magnitudes
    # for one quake (6.0 and 6.1) meet; 5.6 and 5.9 do not (tolerances 0 to 0.03 give the same ECB+
    # figures; 0.04 merges the two quakes below again). On all 982 ECB+ documents
    # magnitude alone keeps one more topic's two quakes apart (look-alikes merged 6 -> 5, B-cubed F1
    # 0.963 -> 0.966, within-topic ARI 0.893 -> 0.916), the same for factors 0.5 to 0.7; scores and
    # votes change nothing there. Turnout and vote shares are left out: one election's reports give
    # different turnouts as counting goes on (on the development set they split one election).
    # The seats a party wins are its result, as a final score is a match's: on all 982 ECB+ documents an
    # undated report of a parliament's earlier election leaves the later one's reports (B-cubed F1 0.971 ->
    # 0.972, pairwise 0.968 -> 0.969, within-topic ARI 0.930 -> 0.932, halves merged 5/43 -> 4/43), the
    # development set gives the same events, our invented sets the same counts. (Crowds are left out: one
    # story's reports, even one report, give the police's and the organisers' counts. Escapees and evacuees
    # change no ECB+ or development event either way and are left out too: counts that rise as a story goes on.)
    # (A deal's price was tried, the same deal value being strong evidence: on all 982 ECB+ documents B-cubed F1
    # 0.972 -> 0.968, pairwise 0.969 -> 0.966, within-topic ARI 0.932 -> 0.927, dev pairwise 0.954 -> 0.943,
    # our invented sets unchanged: one deal's reports give its price per share in one lead and the total in
    # another, and the two differ. Left out. Escapees and evacuees as identifying: our eighth invented set
    # merged 62/80 -> 59/80 but split 15 -> 17 events, the counts of one story differing as they rise.)
    # A plant's job cuts and a haul's weight (of cocaine seized, of a bomb defused) measure a decision or a find
    # once, and do not grow as a story goes on as a toll does: 2,300 jobs cut at a plant are not the 900 cut
    # there a year before, 2.4 tonnes seized at a port not 800 kilograms. But only between groups not dated
    # within near_days of each other (``identifying_apart``): on one day, 2.3 tonnes against 3.2 is one seizure
    # told with a swapped digit, a discrepancy to show (read on any day, as a magnitude is, it split our second
    # claims set's seizure: own2 grouping pairwise F1 1.000 -> 0.974). On all 982 ECB+ documents and the
    # development set the same events (B-cubed F1 0.972, pairwise 0.969, within-topic ARI 0.932; dev pairwise
    # 0.954); our invented sets one to twelve: merged look-alikes 385/1008 -> 369/1008 (twelfth 61 -> 45: the
    # job cuts 8 -> 0, the hauls 12 -> 4), events split 86 -> 89 (an undated report of a seizure that gives no
    # weight, drawn to an undated smaller haul, in combinations whose look-alike was merged before too). Weights
    # are compared in base units ("2.4 tonnes" is "2,400 kg"). (Before measures.yaml read "power was cut to
    # 9,000 households" as homes without power, not as jobs cut, the tornadoes too went 5 -> 0: 364/1008.) Other measures that do not grow (a fine, a
    # sentence, a fee, a rate, pay) change no count of those sets and no ECB+ event: not added without evidence.
    # (Trapped people: 385 -> 386 merged, 90 split; a count that changes as rescuers reach them.)
    # A pay rise and a robbery's haul are told once too: this year's 6.1 percent rise of the minimum wage is not
    # last year's 3.5 percent one announced by the same minister on the same weekday, a bank's 2.6 million
    # stolen not the 450,000 stolen from its vault the year before. With "pay" and "loot", on all 982 ECB+
    # documents B-cubed F1 0.9721 -> 0.9726, pairwise 0.9695 -> 0.9701 (fn 248 -> 241), within-topic ARI
    # 0.9345 -> 0.9355, look-alike topics merged 4/43 the same (loot's doing); the development set the same
    # events (pairwise 0.954), every claims row the same; our invented look-alike sets 540 -> 532 of 1400
    # merged (pay's doing: a yearly wage rise 8 -> 0), 133 split the same. (Compensation changed nothing more;
    # a fine, a prison term and an interest rate nothing at all.)
    # The share of a vote a side wins identifies the vote as its count does: 58.4 percent for this year's mayor is not
    # the 36.1 percent the same party won years before on the same weekday (look-alike sets merged 821 -> 815/1904,
    # split 267 -> 264; all 982 ECB+ documents and the development set the same events). Speed, temperature,
    # height, depth, a price and a cost changed no count or little (speed 821 -> 820, split 267 -> 271); a distance
    # and a duration split events (291 and 359 split).
    identifying: tuple[str, ...] = (
        "job_cuts", "loot", "losing_score", "losing_votes", "magnitude", "pay", "seats", "vote_share", "votes",
        "weight", "winning_score", "winning_votes",
    )
    identifying_apart: tuple[str, ...] = ("job_cuts", "loot", "pay", "vote_share", "weight")
    # How many died, where no date helps: two lone reports (one report each) that tell one kind of one-day happening
    # (``Happening.told``: a crash, a fire, a collapse), one of them with no date at all, whose leads give different
    # tolls of a measure of ``tolls``, exact and not told as a level reached ("rose to 17"), are weighed as the
    # identifying measures are: a coach crash that killed four is not the one on the same road that killed eleven,
    # though every other word is alike and no day can tell them apart. A toll keeps rising as a story is told (the
    # missing found dead, the injured dying), so not between groups (a story's reports already joined give it as it
    # rises; weighed there too, an epidemic's or a disaster's later report split from its story: issue 7's odd
    # look-alike sets merged 2038 -> 2017 of 4624 but split 1141 -> 1198), not between two dated reports (their days
    # place the rise), not for a kind that lasts (an outbreak's toll, told "since" it began) and not within
    # near_days. (Issue 7's round of helper h346. Odd look-alike sets: merged 2038 -> 2032 of 4624, split 1141 ->
    # 1134; even (held out, with the unnumbered sets): merged 1915 -> 1909 of 4936, split 1062 -> 1060. All 982 ECB+
    # documents and the development set: the same events (B-cubed F1 0.977, 4/43 topics merged; dev pairwise
    # 0.982); every claims row the same. An age in the lead weighed the same way: 2035 merged, 1144 split; left out.)
    # () turns it off.
    tolls: tuple[str, ...] = ("deaths",)
    # A toll the event's reports agree on: a lone undated report of a one-day kind against a group in which at
    # least agreed_tolls reports with a date of their own give a measure of ``tolls`` and the group gives one
    # value, the lone report giving another, exact and not as a level reached, the group standing on days less
    # than apart_days apart. Several dated reports of one story told within days that give the same toll have
    # settled it (undated ones are not counted: linkage may have filed the look-alike itself with the story's
    # undated reports); a lone report with no day that gives another is another happening of that kind (last
    # year's crash on the same road), not a stage of the count, which the story's own reports would show rising.
    # Weighed as ``tolls`` is between two lone reports. Issue 7's round of helper h379 (on 72475e94): odd look-alike
    # half merged 1910 -> 1905/5008, split 1059 the same; even (held out) merged 2107 -> 2106/5032, split 1154 the
    # same; see ``benchmarks.merge_study``. 0 turns it off.
    agreed_tolls: int = 2
    # Measures weighed by the agreed_tolls rule alone (not between two lone reports, as ``tolls`` are).
    agreed_measures: tuple[str, ...] = ()
    # A month gone by: a lone report without a date whose lead names, as a time with no day and no year, the month
    # every day the other group stands on lies in (its happening's days, its reports' own), in a sentence that puts
    # nothing ahead ("was charged on Thursday over the crash near the ring road in April"; ``happening.months_gone``),
    # counts month_gone_factor as alike: a report in the happening's own days gives its day, and one naming its
    # month alone was written weeks or months later, of a later step (a charge, a fine, an inquiry's finding).
    # Issue 7's round of helper h379 (on 72475e94, with agreed_tolls): at 0.1, the odd look-alike half merged 1910
    # -> 1837/5008 (73 better, none worse) but split 1059 -> 1061 (4 worse, 2 better: three of the four are an
    # event's follow-up that the look-alike, a later step of its story, had bridged to the rest, and one an
    # undated wire recalling an earlier fight "in April" filed with it); the even half, held out, merged 2107 ->
    # 2007/5032 (100 better, none worse), split 1154 the same (5 better, 5 worse); all 982 ECB+ documents and the
    # development set the same figures. The split-half rule asks for no more splits, so h379 shipped it off; the
    # held-out half, which decides, lost 100 merges for no split more, and 73 merges against 2 splits on the studied
    # half is a trade an editor takes (a merged look-alike invents conflicts in every slot it joins), so it is on at
    # 0.1 (1.0 turns it off). The same test after grouping instead (a report leaving its group of three or more)
    # split events of undated reports filed with a dated look-alike: dropped.
    month_gone_factor: float = 0.1
    # A span counted back: a lone report whose lead counts weeks or months from an earlier happening to what it tells
    # ("the league fined the club on Monday, nine weeks after a rider was hurt on its track"; ``happening.weeks_after``), against
    # a group none of whose reports counts so (and, where both stand on days, standing only on days a week or more
    # before the report's), counts weeks_after_factor as alike: a report of a happening gives its day, and one
    # counting weeks since it was written later, of a later step of the story (a rule, a fine, an order).
    # weeks_after_days bounds the span counted: under four weeks is a follow-up's distance (the own claims sets' later
    # reports, "two weeks after his election", are told with their story), over six months a recurrence of the kind
    # ("ten months after the last cut", an ECB+ report of its own event), and a span something lasts is no count
    # ("idle for six weeks after the leak"). The other group must tell the happening counted from: its leads write
    # weeks_after_words or more of the words from the count to its sentence's end (``happening.counted_from``,
    # five-letter stems): a report counting from another happening ("four months after a storm washed the old
    # breakwater away", in a report of the new one's opening) is one of its own story's, and without a day it had
    # been held apart from that story's dated reports (a tenth of the odd half's splits it made, first counted).
    # weeks_after_undated: whether the rule speaks where a side stands on no day (False: only dated against dated).
    # Issue 7, helper h428 (on 75088eab, DEFAULT_SETS of 75 sets: odd half merged 1961/5488, split 1084; even
    # 2074/5352, split 1135): built on the seventy-sixth set (later steps, a rule, an order, a fine, told "ten weeks
    # after" the event: merged 56 -> 19/160, split 9 the same). At 0.1: odd merged 1961 -> 1897, split 1084 -> 1083;
    # the even half, held out, merged 2074 -> 2048 but split 1135 -> 1140. Dated against dated only
    # (weeks_after_undated False): odd 1945/1086, even 2067/1137. All 982 ECB+ documents and the development set the
    # same figures either way (B-cubed F1 0.9774, pairwise 0.9753, within-topic ARI 0.9491, 4/43; dev pairwise
    # 0.9823); the claims suite's own sets (the rule's first form, without the words test) the same grouping rows
    # and pair verdicts. The splits it makes (read on the odd half): a dated look-alike held apart from the event's
    # dated first report joins the event's undated reports and takes them from it (the look-alike had been the
    # whole event's). The split-half rule asks for no more splits on the held-out half, so it ships off (1.0); a
    # later round may hold such a report apart from every report of a group that one of its dated reports rules
    # out. 1.0 turns it off.
    weeks_after_factor: float = 1.0
    weeks_after_days: tuple[int, int] = (28, 183)
    weeks_after_undated: bool = True
    weeks_after_words: int = 3
    # Counts of a thing the vocabulary has no measure for, in the headline or the first sentence (the first
    # counted_sentences of the text), from a hundred to under a hundred billion (counted_range): "2,300 Roman
    # coins", "stranding 40,000 passengers", "1.2 million customers". Such a count, the thing counted being named,
    # says how big the happening is: a hoard of 2,300 coins is not the 600 found near the next village. Weighed as
    # identifying_apart's, so not between groups dated within near_days (there it is a discrepancy to show).
    # Smaller counts are details reports give differently (three or four robbers); later sentences give counts one
    # report has and another lacks. Counts of a million or more are mostly sums of money in a currency the
    # vocabulary does not name, and one report names the sum's noun one way, another another way ("the 31.5
    # million mark jackpot", "the 31.5 million mark ticket"): they are read as one measure whatever the noun
    # (``happening.lead_figures``). The upper bound was a million: with a hundred million and the nouns kept apart,
    # our look-alike sets merged 553 -> 538 of 1400 but split 153 -> 158 (a jackpot's follow-up counting its
    # "ticket"); with the nouns of a million or more as one, 553 -> 540 merged (tenth 48 -> 42, fourteenth 56 ->
    # 49), split 153 -> 152; all 982 ECB+ documents and the development set give the same events either way. Other
    # figures behind each bound are in benchmarks/own/README.md (fourteenth round). 0 turns it off. The upper bound
    # was then a hundred million: a sale for 260 million crowns is told apart from one for 85 million as one for 26
    # million is (look-alike sets merged 802 -> 798/1904, ninth 46 -> 43, split 268 the same; all 982 ECB+ documents
    # and the development set the same events).
    counted_sentences: int = 2
    counted_range: tuple[float, float] = (100.0, 100_000_000_000.0)
    # Amounts of such a thing in a unit, in the same sentences, exact and of any size: "212 millimetres of rain"
    # (``rain/m``, in base units), weighed as the counts: the wettest day on record at a weather station is not the
    # record set there six years before (171 mm), though both fell on a Wednesday and the undated report of the one
    # reads like the wire of the other. With them and lower-case numbered things (``numbered_factor``), our invented
    # look-alike sets merged 829 -> 821 of 1904 (twentieth 89 -> 81), split 266 -> 267; all 982 ECB+ documents
    # and the development set give the same events (B-cubed F1 0.973, pairwise 0.971, within-topic ARI 0.938, 4/43;
    # dev pairwise 0.954).
    amounts: bool = True
    figures_apart_factor: float = 0.6
    figures_tolerance: float = 0.03
    # Values further apart than figures_far of the larger are not two readings of one measure (two
    # agencies' magnitudes of one quake, a preliminary and a revised one, differ by 0.1 to 0.3: under 5%
    # at magnitude 6): such groups count kind_apart_factor as alike, dated or not: a vote of 96 to 81 is
    # not one of 118 to 70, an undated report of a magnitude 5.7 quake is not the 6.1 one even beside
    # another undated report. On all 982 ECB+ documents and the development set this changes no event
    # (the same with figures_apart_factor squared); our own reports hold it.
    figures_far: float = 0.05
    # Such values in groups whose leads date their happenings to days figures_days or more apart (both
    # groups' own days, none in common) are two happenings even when the days are near (an aftershock of
    # magnitude 5.1 three days after the 6.4 quake): one report erring against the others dates the same
    # happening. Two days, not one: a quake near midnight is dated to two days by outlets in two time
    # zones. On all 982 ECB+ documents and the development set the same events for 1 to 3 days; our
    # invented sets: merged look-alikes 65/344 -> 62/344 (the aftershock 3/16 -> 0/16), 4 days 65.
    figures_days: int = 2
    # The same, when no report of one side gives a date and every report of the other does: an undated
    # report of a smaller quake in the same town years earlier has no day to tell it apart, and a
    # magnitude of its own against the dated reports' is the one concrete anchor on which they
    # disagree, so it weighs more. On all 982 ECB+ documents and on the development set 0.1 to 0.3
    # change no event. Both sides undated, 0.3 split ECB+ reports of one quake that give its
    # preliminary and its revised magnitude (B-cubed F1 0.969 -> 0.967, dev pairwise 0.954 -> 0.949),
    # and a side with some dated reports did so on the 1,000-article scale corpus (one dated stray
    # among them); those cases keep figures_apart_factor. Our own reports hold it.
    undated_figures_factor: float = 0.3
    # Stages without days: a group whose lead names a stage in a sentence dating its happening to a
    # weekday only (an undated report: "won the first round on Sunday") against one naming another
    # stage of the ladder counts undated_stage_factor as alike, when either group has no day to set
    # against the other's (with days on both sides the rule above judges). A sentence with one of
    # ``announced`` announces a stage to come ("In Saturday's semi-final they will meet"): no stage
    # is read from it. In a dated lead, a date after one of them dates a happening to come ("the two
    # will meet in a run-off on April 27"), not the one reported, and the stages named after one are
    # announced (``Happening.announced``): a group announcing a stage the other reports counts
    # stage_factor as alike (``happening.announced_apart``). ECB+ and the development set hold no lead sentence
    # naming a stage after such a word (every figure is the same with announced=()); our own reports
    # of an election's two rounds hold it.
    undated_stage_factor: float = 0.1
    # "Forcing a run-off", "setting up a final", "heading for a second round", "avoiding a run-off": the
    # step named is not the one reported.
    announced: tuple[str, ...] = (
        "avoid", "avoiding", "forcing", "heading for", "heading into", "heads for", "heads into", "next",
        "scheduled", "set to", "sets up", "setting up", "upcoming", "will",
    )
    # A lead date a week (apart_days) or more after the article's own day (its publication day, else its
    # dateline) is a happening to come, whatever its words ("forcing a run-off against her on May 9" in a
    # report of April 26): not the day of the happening reported, and the stage named with it is announced.
    # ECB+ and the development set give the same events with it or without; our own reports hold it.
    dates_to_come: bool = True
    # Words that look back: in a lead sentence that dates the reported happening, a stage named after one
    # of them, past the date, is an earlier step recalled ("won the presidency on Sunday, two weeks after
    # he led the first round"): no stage is read there; nor is a figure after one of them the happening's,
    # nor a day without its year, nor a month or year ("four months after it first passed on Feb. 17 by 96
    # votes to 81"). A bare "after" is not enough ("conceded on Sunday after he won the run-off" tells the
    # same day's happening), nor "a day after" ("on Wednesday, a day after the quake struck" dates it).
    recalling: tuple[str, ...] = tuple(
        f"{unit} {link}"
        for unit in ("week", "weeks", "fortnight", "month", "months", "year", "years")
        for link in ("after", "since")
    )
    # Which way a vote went, read like a stage (a ladder of its own added to ``stages.yaml``'s): the
    # vote that sank a bill and the one that carried it months later are two events, even in undated
    # reports that name no version. Words as in ``stages.yaml``: whole words, lower case.
    outcomes: tuple[tuple[str, tuple[str, ...]], ...] = (
        ("passed", ("passed", "passes", "approved", "approves", "adopted", "adopts", "ratified", "ratifies",
                    "cleared", "clears", "voted for", "voted in favour", "voted in favor")),
        ("rejected", ("rejected", "rejects", "voted down", "votes down", "voted against", "defeated", "defeats",
                      "threw out", "throws out", "sank", "sinks")),
    )
    # Groups whose mean similarity reaches same_text of a text's similarity to itself tell one
    # text (a report republished years later): the day of their happening does not keep them apart.
    same_text: float = 0.9
    # A second look once linkage is done: the dated reports of a group whose other reports stand on
    # none of their days (within apart_days) move to a group beside it that stands on them, when they
    # are more like it than like the rest of their own (``_reassign``). On all 982 ECB+ documents this
    # moves one 2013 report out of the undated reports of the 2008 software flaw (B-cubed F1 0.968 ->
    # 0.969, pairwise 0.965 -> 0.967, within-topic ARI 0.921 -> 0.924); any window from 3 to 364 days
    # gives the same events, and the development set does not change.
    reassign: bool = True
    # Weekdays: a group dated by its happening's day against one that is not (an undated report
    # whose "on Sunday" could not be anchored), with no weekday in common, count weekday_factor as
    # alike. Undated reports of a quake in one place years earlier share every word with the
    # dated ones; the weekday is often all that tells them apart. On the claims development set
    # 0.7 raised pairwise F1 0.896 -> 0.954; on ECB+ B-cubed F1 stayed 0.969 -> 0.970, within-topic
    # ARI 0.904 -> 0.896. Undated against undated is not judged: there it split more events on
    # ECB+ than it kept apart (B-cubed 0.958).
    weekday_factor: float = 0.7
    # The weekdays of one kind of one-day happening (``one_day``): two groups, not both dated to days,
    # that give a kind both date only on weekdays the other does not give it (``Happening.weekday_kinds``;
    # a time with its zone also meets the weekdays before and after) count weekday_kind_factor as alike:
    # an undated report of a quake on Thursday is not the quake of Tuesday. Undated against undated too:
    # unlike any weekday of a lead (a follow-up's day), the day of the happening itself is the same in
    # every report of it.
    weekday_kind_factor: float = 0.1
    # Happenings held in the day (a vote, a verdict, a resignation): their weekday is one. Others (a fire,
    # a quake, a shooting) may run over midnight or be told in the place's time and the reader's, so their
    # weekdays must lie two days apart at least: on all 982 ECB+ documents, undated reports of one fire
    # give its Friday and its Saturday (B-cubed F1 0.971 -> 0.957 read exactly).
    daytime: tuple[str, ...] = ("election", "policy", "resignation", "sentencing", "verdict")
    vocabulary: str | None = None  # a folder with its own stages.yaml (default: the shipped one)
    # An article without a publication date is dated by its lead (headline and first sentences)
    # and its datelines only.
    lead_sentences: int = 3
    # Words of the lead (the first lead_sentences sentences) count this much. Off: on ECB+ a weight of
    # 1.5-3 raised B-cubed F1 on the even topics (0.949 -> 0.959) and lowered it on the odd ones
    # (0.950 -> 0.939), so the development data does not support it. (Issue 7's round of helper h408, on af5117f5:
    # 1.2 took the odd look-alike half's splits 1054 -> 974, merged 1863 the same, with all 982 ECB+ documents, the
    # development set and every claims grouping row the same, but the even half, held out, got worse: merged 2033 ->
    # 2041, split 1152 -> 1183. See ``benchmarks.split_study``.)
    lead_weight: float = 1.0
    evidence_items: int = 6  # shared names, dates, terms and figures shown for each event
    # Happenings a season apart: two groups whose leads date their happenings season_days or more apart
    # (however far: a year or more too, where far_factor alone leaves two short reports of one kind in
    # one place alike), neither giving a date near the other's happening (as a follow-up recalls it), that
    # stand on days as far apart, count season_factor as alike when one of them names no kind of
    # happening for its day, or both date a kind in common that does not run for months (``lasting``: a
    # trial's hearings do): a report that the Senate "backed the bill on Wednesday" in November is not one
    # of the vote in May, nor is a march, a strike or a vote (a one-day kind or not) months earlier in the
    # same place. Where both name kinds and none in common, the later one may be a follow-up of another
    # kind (a sentencing months after an arrest): without that condition, on all 982 ECB+ documents
    # B-cubed F1 fell 0.971 -> 0.969 at 60 days (0.965 at 30). With the kinds in common (no year limit),
    # ECB+ and the development set give the same events as with no kind at all on one side only, as long
    # as a trial is lasting (without: one trial's reports eight months apart split, B-cubed 0.971 ->
    # 0.969). Our invented check set: merged look-alikes 10/48 -> 8/48.
    # Not on the days stood on alone: groups without days on both sides whose publication days (and datelines)
    # lie season_days or more apart, neither giving a date near the other's, at season_factor split ECB+ events
    # in five topics whose follow-ups came months later (B-cubed F1 0.971 -> 0.963, 0.964 at 0.3; dev pairwise
    # 0.954 -> 0.946 at 0.1), for 3 of 80 look-alikes of our eighth invented set (a carmaker's earlier recall).
    season_days: int = 60
    season_factor: float = 0.1
    lasting: tuple[str, ...] = ("trial",)
    # A last look (``_eject``): in each group of 3 to eject_size reports, the report the rules set furthest
    # apart from the rest (mean below the threshold although its words alone reach it) leaves for a group
    # of its own. On all 982 ECB+ documents and the development set the same events with it or without
    # (any size cap), and the same grouping time; our invented check set: merged look-alikes 7/48 -> 6/48.
    # The cap bounds its cost (a pass over a group reads each report against the rest: quadratic).
    eject: bool = True
    eject_size: int = 40
    # And in each group of bridge_size to eject_size reports, the report whose words reach one other report of
    # its group only (a scored pair at the threshold or more), by a pair weaker than that partner's mean
    # likeness to the rest, the least like the rest if several, leaves for a group of its own (``_unbridge``):
    # the report of a fire in the next town the day before, recalled by one report of this fire, was carried in
    # by that one pair (0 turns it off). On all 982 ECB+ documents and the development set the same events at 4
    # (and 5: no ECB+ group has such a report); our seventh invented set: merged look-alikes 40/88 -> 34/88,
    # events split 6 -> 6 (the sixth, holdout: 45/80 -> 37/80, split 7 -> 7).
    bridge_size: int = 4
    # Only a report near nothing but its partner is carried: one whose mean likeness to the group's other
    # reports (its partner left out) reaches bridge_floor stays, each of those pairs just short of the
    # threshold. A next-day report that tells another side of one happening ("A brother for the princess",
    # beside the birth's wire and the naming) is a little like every report of it, a fire in the next town
    # like none but the report recalling it. (Issue 7's round of helper h87: on all 982 ECB+ documents and the
    # development set the same events (B-cubed F1 0.973, pairwise 0.971, within-topic ARI 0.938, 4/43; dev
    # pairwise 0.954); our invented look-alike sets: merged 579/1520 the same, events split 174 -> 170
    # (seventeenth 59 -> 55); at 0.1, merged 587 (sixth 26 -> 34: a look-alike's own ties to a group reach
    # 0.1 to 0.15), split 166.)
    bridge_floor: float = 0.15
    # A report _unbridge set apart that stands on days, none of them before the first day the group it left stands
    # on (``_followed_up``), is weighed as one linkage left alone is (``_adopt_lone``): it joins the one group whose
    # days lie within near_days of its own and whose closest report, weighed by the rules, reaches lone_closest. A
    # follow-up filed days after its happening that tells another side of it (divers down in a flooded hall, the
    # club's appeal) shares the wire report's names and few of the other reports' words, so one strong pair is all
    # that held it; the fire in the next town the night before, recalled by one report, came before. Issue 7 (helper
    # h251, on a6a8d75: odd half of DEFAULT_SETS merged 1519/3728, split 710; even 1599/3592, split 923): odd split
    # 710 -> 702 (9 better, 1 worse), merged 1519 the same; the even half, held out, counted once: split 923 -> 908,
    # merged 1599 -> 1598. Claims suite: grouping pairwise F1 of own54 0.964 -> 0.980 and own55 0.980 -> 1.000,
    # none lower; conflicts found 5911 -> 5922, false conflict pair verdicts 450 -> 453. False: off.
    unbridged_near: bool = True
    # And a pair held apart from a group beside it by one of its two reports only (the rules set that one
    # apart from the group although its words would join it; the other is not set apart, its words reach
    # the group at cohesion times or more its likeness to its partner, it stands on no day a week from
    # the group's, and the group of 2 to eject_size would take it: ``_regroup``): the other report joins
    # the group. Linkage paired an undated look-alike with the one report of the event that could not
    # tell it apart, and the event was split.
    # Groups larger than a pair: on all 982 ECB+ documents B-cubed F1 0.971 -> 0.961 (a topic's older
    # event moved into its newer one around the one report dated apart; without the cohesion test
    # 0.909). Pairs only: ECB+ and the development set give the same events; our invented check set:
    # merged look-alikes 6/48 -> 0/48, events split 6 -> 0.
    regroup: bool = True
    # How like the group the freed report must be, against its likeness to the partner held apart (it was
    # cohesion, 0.75): the rules that hold a look-alike apart (a first stage recalled as behind, a period
    # recalled, figures) leave it paired with the one short report of the event whose words are closest to
    # its own, and that report is the event's. A report whose weekdays are none of the group's stays (two
    # undated reports of one flood on a Friday are not the Tuesday flood's). On all 982 ECB+ documents and
    # the development set the same events at 0.1 as before this round (B-cubed F1 0.971, dev pairwise
    # 0.954); our fourth invented set, with the recall below: at 0.75 merged look-alikes 43/88 and events
    # split 15, at 0.5 38/88 and 10, at 0.4 36/88 and 8, at 0.1 30/88 and 2 (the same at 0).
    # (A group of one report as the rival was tried: the same ECB+ and development events, the eighth invented
    # set 63/80 -> 60/80 merged, but the move is symmetric, and on the sixth (holdout) it carried an event's
    # undated report to a lone dated look-alike as often: 35/80 -> 37/80, events split 7 -> 9. The words decide
    # a near tie there.)
    regroup_ratio: float = 0.1
    # And undated reports that name a stage, filed with dated reports that name none of its ladder, beside
    # a group whose dated reports name that stage on days apart_days or more from theirs: they join that
    # group when their words reach it at cohesion times or more their likeness to the reports they leave
    # (``_restage``). On all 982 ECB+ documents and the development set the same events; our invented
    # first set: merged look-alikes 30/88 -> 29/88, events split 1 -> 0.
    restage: bool = True
    # And its mirror (``_unstage``): dated reports that name no stage, filed with a dated report that names one
    # on a day a week or more from theirs, beside a group naming another stage of its ladder, join that group
    # when their words reach it at cohesion times or more their likeness to the staged report: the reports of a
    # second round of talks that name no round, drawn to a dated report of the first round five weeks before.
    unstage: bool = True
    # Earlier happenings recalled by a month, a season or a year anywhere in a report, in a sentence with a
    # word that makes them earlier ones ("the town was last struck in 2026", "the bill had cleared its first
    # reading in January": ``happening.recalled_happenings``): a group that reports a happening of that kind
    # and recalls one in such a period counts kind_apart_factor as alike to a group that stands in the
    # period and dates its own happening of that kind there (``happening.recalled_apart``); a group that
    # recalls the first stage of a ladder as behind it counts stage_factor as alike to one reporting that
    # stage. Wires recall the look-alike in the later event's background. Without the word, on all 982 ECB+
    # documents a trial's reports ("accused of killing her in 2011") split from the killing's (B-cubed F1
    # 0.971 -> 0.968); with it, and the other group standing in the period, the same events as without the
    # rule. Our fourth invented set, with the rest of this round (vote tallies read over twelve words,
    # regroup_ratio): merged look-alikes 38/88 -> 30/88 with it, events split 5 -> 2 (before the round:
    # 45/88, 5); without the tallies' longer reach 35/88, 7.
    recall: bool = True
    # The same for a lead that counts its happening after earlier ones of its kind in a span ("their second
    # strike in a week", "flooded for the second time in four years": ``happening.recurrences``): a group that
    # dates its happening of that kind in the span, and stands there, reports an earlier one.
    recurrence: bool = True
    # Without a span named ("a second one-day strike", "the fourth race"), the earlier happening lies
    # recurrence_gap days or more before the day the report stands on: one report of the same happening dated
    # a day early (a late-evening happening dated by an outlet in another zone, or one erring), or the
    # happening's day read by a follow-up published the next day, is no earlier one (a regatta's wire report
    # counting "the fourth race" was split from the others by one outlet's day too early). On all 982 ECB+
    # documents and the development set the same events; our invented look-alike sets: split 130 -> 128,
    # merged the same.
    recurrence_gap: int = 2
    # A happening's own name: two groups whose headlines or first sentences name their happening after one of
    # these words, with no name in common ("Storm Ilsa", "Storm Bertil"), count kind_apart_factor as alike:
    # two storms of one coast years apart are two events even where no report gives a date. (Later sentences
    # recall earlier ones: "the coast was last flooded when Storm Bertil hit".) ECB+ and the development set
    # name no storm (the same events with it or without): the factor is a near-veto by design, like
    # stage_factor. Our invented sets: merged look-alikes fifth 13/80 -> 7/80 (the storms two years apart),
    # events split 4 -> 3.
    # A repeat: a group whose lead counts its happening after an earlier one of its kind ("for the second time in
    # a month", "the model's second recall in a year", "their third strike this year": ``happening.repeats``),
    # standing apart_days or more after a group none of whose leads does, and giving no date within near_days of
    # a day that group stands on (a follow-up recalls it), counts repeat_factor as alike: the other reports the
    # earlier happening, whatever its kind (a recall, a landing, a strike run over days, which the one-day rules
    # leave out). The earlier group must be dated in every report: an undated report filed with it carries its
    # days, and judging it split an event of our fourth invented set (its undated report drawn to the look-alike,
    # the repeat then held apart). On all 982 ECB+ documents and the development set the same events (B-cubed F1
    # 0.972, dev pairwise 0.954); our invented sets: merged look-alikes 291/816 -> 285/816 (tenth 66 -> 62, the
    # holdout-like ninth unchanged), events split 60 -> 60.
    repeat_factor: float = 0.1
    # Steps of one story (kinds of ``happenings.yaml``, as the frames name the happening a lead dates): two groups
    # that date different steps of one ladder and none in common, each step on days apart_days or more (and
    # less than far_days) from every date the other gives, count step_factor as alike (``happening.steps_apart``).
    # A step may hold several kinds that one report or another names for the same act ("signed" is a deal's
    # word and a signing's; a verdict and its sentence are often told in one report). With each kind its own
    # step, "deal" against "signing" split an ECB+ topic's event (B-cubed F1 0.972 -> 0.970, within-topic ARI
    # 0.932 -> 0.928, halves merged 4/43 -> 5/43); with the steps below, all 982 ECB+ documents and the
    # development set give the same events (0.972, pairwise 0.969, ARI 0.932, 4/43; dev pairwise 0.954), and our
    # invented look-alike sets merge 358/912 -> 349/912 (sixth 35 -> 33, seventh 32 -> 29, ninth 67 -> 65,
    # eleventh 82 -> 80), events split 64 -> 65 (an undated report of a fraud verdict left for the arrest).
    # A release (``happenings.yaml``: freed, pardoned, set free) ends a case and a hijacking: with it as their
    # last step, ECB+, the development set and the claims benchmark the same; the look-alike sets 335 -> 330 of
    # 912 merged (all in the eleventh, 77 -> 72: a pardon against the sentence, a tanker freed against its
    # seizure), split 69 -> 71 (the eleventh's combinations with any error 77 -> 72).
    steps: tuple[tuple[tuple[str, ...], ...], ...] = (
        (("offer",), ("deal", "signing")),
        (("arrest",), ("trial", "verdict", "sentencing"), ("appeal",), ("release",)),
        (("incident",), ("release",)),
    )
    step_factor: float = 0.1
    # And where one group stands on days and the other gives none (an undated report: "agreed on Friday to buy"),
    # the steps each lead dates, to a day or a weekday, speak alone (``happening.steps_differ``), at
    # undated_step_factor: the look-alike sets merge 349/912 -> 335/912 (sixth 33 -> 28, seventh 29 -> 26, ninth
    # 65 -> 62, eleventh 80 -> 77); events split 65 -> 69, each in a combination whose look-alike was merged
    # before too (the event's report that names its step now stays apart from the look-alike, its reports that
    # name none go with it): combinations with any error 354 -> 340. All 982 ECB+ documents and the development
    # set give the same events. Both sides undated too: ECB+ B-cubed F1 0.972 -> 0.970, within-topic ARI 0.932
    # -> 0.928 (undated reports of one story naming its arrest and its trial): left out.
    # Not when the undated group dates its step to the weekday one or two days after a day the dated group dates
    # its happening to (``_day_or_two_after``): "warders held hostage ... were released unharmed on Saturday" is
    # the end of Friday's siege, a follow-up, not another story's step (the same weekday is not enough: an undated
    # sentence handed down on a Wednesday is not the pardon of a Wednesday months later). On all 982 ECB+
    # documents and the development set the same events; our invented look-alike sets: merged 539/1400 the same,
    # events split 137 -> 133 (sixteenth 21 -> 17).
    undated_step_factor: float = 0.1
    # Figures recalled: a group whose reports give, as an earlier happening's, a figure of a known measure (the
    # frames' historical role: "in 2034 a stampede at the same festival killed 22", "beating last year's record
    # of 43.1 degrees") that the other group gives as its own, and does not give as its own, counts
    # kind_apart_factor as alike: wires recall the earlier happening in the later one's background, with its
    # figures. And after linkage (``_unrecall``), the report of a group that gives as its own such a figure
    # another group recalls, none of its group giving it, leaves its group, which that group then joins when
    # linkage would merge them: linkage filed it with the event's closest reports before the report that
    # recalls it was weighed. Only where the recalling group gives another value of that measure as its own ("14
    # killed ... in 2034 a stampede there killed 22"), and only the other's lead figures: ECB+ reports of one
    # quake give the 2004 tsunami's toll in their background as current, and without these two conditions all 982
    # ECB+ documents fell to B-cubed F1 0.947 (dev pairwise 0.954 -> 0.817). With them, and the measures below,
    # ECB+ and the development set give the same events; our invented sets: merged look-alikes 285/816 ->
    # 277/816 (the tenth 62 -> 54), events split 60 -> 59.
    recalled_figures: bool = True
    # The measures read so: those of a happening itself, not of the people in it (an age: one story names people
    # of many ages, and on all 982 ECB+ documents one child's age recalled beside another's split an event).
    recalled_measures: tuple[str, ...] = (
        "burned_area", "damaged", "deaths", "destroyed", "displaced", "evacuated", "injured", "losing_score",
        "losing_votes", "magnitude", "missing", "seats", "temperature", "trapped", "votes", "winning_score",
        "winning_votes",
    )
    named_happenings: tuple[str, ...] = ("cyclone", "hurricane", "storm", "tropical storm", "typhoon")
    # What happened, besides who and where: two reports that tell of no happening in common (by the one-word
    # cues of ``happenings.yaml``: a fire and a blaze are one, a fire and a robbery two, a fire and a prize
    # none; a word of what_outcomes, a death, is told of every happening of its family: it ends a fire),
    # share at most what_names name (the town) and less than what_floor of their plain words (the summed
    # products of words that are no name in either, nor a weekday or month: those say when, not what) are
    # alike by a place alone: a fire and a choir's prize in one town. Their names, name words and figures
    # then count what_factor (a short report's only name gives a names similarity of 1). On all 982 ECB+
    # documents and the development set the same events for floors up to 0.03 (0.05: B-cubed F1 0.971 ->
    # 0.967, short reports of one climbing death sharing only the climber's name) and factors 0 to 0.3;
    # matched by happening rather than by family, 0.966 at 0.05; with weekdays counted as plain words, the
    # town-only reports of our invented sets that share a weekday stay merged. Our invented sets (first,
    # fresh, fourth, fifth): merged look-alikes 113/344 -> 65/344 (every town-only kind 0), at factor 0.3
    # 85/344 (a lone name's 0.6 times 0.3 still reaches the threshold). Read by happening, not by family
    # (a fire and a robbery are both incidents), with a death told of any incident: the same ECB+ events and
    # counts (without the death, 0.971 -> 0.969: a climber's death against his brother's escape).
    # (A name of several words, "Port Averly", counts as two names here. Reading which words follow another of
    # one name and counting the first only lowered ECB+ within topic in the quick benchmark, B-cubed F1 0.974
    # -> 0.960, and merged no look-alike fewer: left out.)
    what_floor: float = 0.03
    what_factor: float = 0.2
    what_names: int = 1
    what_outcomes: tuple[str, ...] = ("death",)
    # A person is not a place: a pair whose one shared name (or capitalised word) is one either report writes as a
    # person's (after a title or a person's role, before "said" or an age set off by commas:
    # ``protagonists.personal_names``), sharing no other name, is not weighed down by the rule above. Short
    # pieces of one story (a quote piece, an explainer, a reaction) often share nothing but the surname of the
    # person it is about, where two stories of one town share the town. (Issue 7's round of helper h260; causes
    # counted on the odd half of ``DEFAULT_SETS`` by position: of 60 split combinations sampled, the what rule held
    # 7 apart.) Odd half merged look-alikes 1577 -> 1561 of 3888 (16 better, 0 worse), events split 772 -> 757 (17
    # better, 2 worse); even half (held out) merged 1669 -> 1668 of 3752 (7 better, 6 worse), split 1000 -> 964 (41
    # better, 5 worse); all 982 ECB+ documents and the development set the same events.
    what_people: bool = True
    # Years apart, one kind: two groups standing on days far_days or more apart (``_when``'s far_factor), whose
    # words both tell of a kind of one-day happening (``one_day``, by the one-word cues of ``happenings.yaml``:
    # a landslide, a fire, a vote; ``Happening.told``), count far_kind_factor as alike instead: a dated report
    # that "a landslide has buried the road over the pass", with no day in its lead, tells of a landslide near
    # its publication day, not of the one on the same road eight years later. (A report republished years
    # later, same_text, is not judged.)
    far_kind_factor: float = 0.1
    # And whatever the two tell of, when the days they stand on (``Happening.anchors``: publication days,
    # datelines, the happening's own days) lie years_days or more apart and neither recalls a day within
    # near_days of the other's (``_when``'s far test): a report of a company shelving its listing six years
    # before the listing, or of a climber found alive on a mountain seven years before a rescue there, is
    # not a report of the later happening, though no one-day kind names either. At far_days (a year), on
    # all 982 ECB+ documents B-cubed F1 0.972 -> 0.971, pairwise 0.969 -> 0.968, within-topic ARI 0.932 ->
    # 0.930 (a story's follow-ups a year on); at two years and three ECB+ (0.972, 0.969, 0.932, 4/43
    # topics merged) and the development set (pairwise 0.954) give the same events. Our invented sets one
    # to eleven: merged look-alikes 329/912 -> 324/912 (tenth 54 -> 52, eleventh 72 -> 69), events split
    # 71 -> 72 (0 turns it off).
    years_days: int = 730
    # Streets: two groups whose leads place their happening at a street, a square, a station or a market
    # (``happening.streets``: "Kelder Street", "the Corn Market"), neither naming anywhere a street of the
    # other's leads (one name ending with the other's meets it: "High Street", "Wellington's High Street"),
    # count street_factor as alike: a stabbing at a city's station and one at its market four weeks before
    # are two, though every other word is alike. ECB+ and the development set give the same events (B-cubed F1
    # 0.972, pairwise 0.969, within-topic ARI 0.932, 4/43 topics merged; dev pairwise 0.954) at 0.1;
    # without the ending match, one ECB+ event's reports ("High Street", "Wellington High Street") split
    # (B-cubed F1 0.969). Our invented sets one to
    # eleven give the same counts (324/912 merged, 72 split): a near-veto by design, like stage_factor; the
    # twelfth (held out) 62 -> 61. (Towns inside one county, read from "Ashby Cross in Dunmore County", were
    # tried the same way: on all 982 ECB+ documents B-cubed F1 0.972 -> 0.970 (a report of each of the
    # first topic's two rehab stays split from its event), and our sets split 72 -> 77.
    # Left out.)
    street_factor: float = 0.1
    # A group dated to its happening's day and one that is not, giving one kind of one-day happening the same
    # weekday, are near_bonus more alike, as groups whose dates are days apart are: the undated reports of an
    # event join its dated report rather than a look-alike years earlier that gives no weekday.
    weekday_bonus: bool = True
    # A numbered series: two groups whose headlines or first sentences give the happening different places in
    # one series ("won the sixth game", "Game 4"; "their second debate", "the first debate"; "Unit 2", "Unit 1";
    # ``happening.numbered``), and no place in common, count numbered_factor as alike: a chess match's sixth game
    # is not its fourth, a stage race's seventh stage not its third. Words that number parts of one happening
    # or a running tally (numbered_ignore: the second half of one match, the third day of one trial, the fifth
    # death of one outbreak), or a repeat ("for the second time"), number no series. A text without a headline is
    # read by its first sentence: on all 982 ECB+ documents, reading its second too met a report's recalled "the
    # first film adaptation" against another's "the second film" of one story (B-cubed F1 0.972 -> 0.971). With
    # that, ECB+ and the development set give the same events at 0.1 as at 1.0 (B-cubed F1 0.972, pairwise 0.969,
    # within-topic ARI 0.932, 4/43; dev pairwise 0.954); our sets one to thirteen too; fourteenth 70 -> 56 merged.
    # A thing in lower case is numbered too when the number closes its name ("a gate at lock 9 of the flight",
    # "made element 121, the heaviest yet"; not "killed 12 people"), with three digits at most, and no number after
    # a word that recalls another happening in its sentence ("three years after it made element 120"): measured
    # with ``amounts`` (the figures there).
    numbered_factor: float = 0.1
    numbered_ignore: tuple[str, ...] = (
        "time", "times", "ever", "degree", "half", "quarter", "period", "set", "inning", "innings", "minute",
        "minutes", "round", "lap", "day", "days", "week", "night", "morning", "evening", "hour", "month", "year",
        "season", "floor", "place", "straight", "consecutive", "successive", "lady", "minister", "class", "aid",
        "hand", "world", "case", "cases", "death", "deaths", "victim", "body", "person", "generation", "wave",
        # (a person's place in a family or a rank, a storm's category or an alert's level, which one happening's
        # reports give as it changes, a player's seeding or a team's division: none numbers the happening)
        "wife", "husband", "son", "daughter", "child", "marriage", "lieutenant", "secretary", "amendment", "president",
        "category", "level", "alert", "force", "grade", "division", "seed", "worst",
        # (parts of one match or one attack, and people counted as a story goes on: "scored the second goal",
        # "a second blast minutes later", "a third suspect was arrested")
        "goal", "goals", "try", "point", "points", "penalty", "wicket", "shot", "shots", "explosion", "blast", "bomb",
        "suspect", "suspects", "arrest", "man", "men", "woman", "women", "patient", "survivor", "casualty",
    )
    # Who: two groups whose headlines or first sentences name, as the first person they give a role, people in one
    # role ("former prime minister Jonas Tell", "Marit Hollvang, the country's first woman prime minister,"; "agriculture
    # minister" and "minister"), each a name no report of the other group writes anywhere (``protagonists``), count
    # who_factor as alike: the death of one former prime minister is not another's two years before, though both
    # died on a Friday in one city. Only the first such person of a lead: on all 982 ECB+ documents, every person
    # with a role in a lead split one story's reports (its two lawyers, "lawyer Shawn Holley" and "attorney Mark
    # Heller"), and a lead's first name of several words without a role ("Napa Valley was shaken", "Lake County")
    # split events in eight topics. A role is a person's (``roles.is_person_role``) written in lower case or a title:
    # with any word before a name, or a common word inside it, as a role ("shakes Napa", "rattles Sonoma County"),
    # one quake's reports split (B-cubed F1 0.972 -> 0.971, dev pairwise 0.954 -> 0.947). As it is, ECB+ and the
    # development set give the same events (B-cubed F1 0.972, pairwise 0.969, within-topic ARI 0.932; dev pairwise
    # 0.954) at 0.1 and 0.3; our invented look-alike sets: merged 584/1400 -> 563/1400 (ninth 61 -> 56, twelfth 45
    # -> 39, sixteenth 69 -> 59), events split 153 -> 153, the same at 0.1 (0.5: 577, 154). Military ranks as one
    # role (a colonel's coup, a major's) and a role ending in "-ist" opening a sentence ("Cyclist Nils Halm"; not
    # "-ian": "Ostrovian Ola Brun" opening a headline is no role) took them 563 -> 553 (thirteenth 65 -> 60,
    # sixteenth 59 -> 54), split 153, ECB+ and the development set the same events. Not between groups dated within
    # near_days of each other (as the numbered series): one crash's reports on one day may each lead with another
    # of its two drivers (the same counts with it or without). A winner is a role too: a name of two words or more
    # just before "won", "wins", "beat" or "defeated" ("Tove Essery won the Halstow Prize" is not "Kelda Tovik won the
    # Halstow Prize" a year before; h81's round): on all 982 ECB+ documents and the development set the same events
    # (B-cubed F1 0.973, pairwise 0.971, within-topic ARI 0.938, 4/43; dev pairwise 0.954); our invented look-alike
    # sets merged 509/1400 -> 504/1400 (eighth 60 -> 55), split 115 the same.
    # A name a group writes only in sentences that recall another happening ("the second president in four years to
    # be banned, after his predecessor Trumond Felsk": ``protagonists.unrecalled``) is not written: a look-alike
    # leading with that predecessor is his own ban's report; "Name, president of the body," is a role too; and the
    # factor is 0.2 (the undated look-alike, alone against the rest of a group it joined through one report, stayed
    # just above the threshold at 0.3). Look-alike sets merged 815 -> 808/1904 (thirteenth 51 -> 46, twentieth 81 ->
    # 79), split 264 the same; at 0.3 815 -> 814; ECB+ and the development set the same events (B-cubed F1 0.973,
    # pairwise 0.971, within-topic ARI 0.938, 4/43; dev pairwise 0.954).
    # Things named after their noun in a lead ("the acne drug Velisorb", "the tanker Hessvik":
    # ``protagonists.lead_things``) are weighed as people in a role: a drug suspended is not another drug suspended
    # by the same board two years before. Look-alike sets merged 808 -> 802/1904 (twentieth 79 -> 74, ninth 47 -> 46),
    # split 264 -> 268 (ninth 2 -> 6: an undated follow-up recalling the other tanker's spill goes with that one);
    # ECB+ and the development set the same events.
    who_factor: float = 0.2
    # Where, as who: the towns a headline or first sentence puts its happening in ("a fire in Kessbury":
    # ``protagonists.lead_places``) are weighed as people in one role, by who_factor and not within near_days: a
    # happening has one place, and a report of the same kind of happening in another town, whose text writes neither
    # town of the other's lead while the other writes none of its own, is another happening, though every other word
    # is alike. Only between a lone report and a group (or another lone report): inside one story a side piece goes
    # to a neighbouring town (where a victim lived, where an earlier step happened), and two parts of one story that
    # linkage has not joined yet each carry such a town; weighed between groups of several reports, it split them.
    # (Issue 7's round of helper h340. Odd half of the look-alike sets: merged 2079 -> 2038 of 4624, split 1144 ->
    # 1141 (1 new split, 4 mended; 42 combinations of 15 kinds unmerged, 1 newly merged); between groups of any size:
    # merged 2040, split 1147 (side pieces of one story split off); with a wire dateline's town read too, merged 2014,
    # split 1157: a report is filed from a town that is not always the happening's. Even half (held out): merged 1913
    # -> 1863 of 4776, split 1028 -> 1039. All 982 ECB+ documents and the development set: the same events (B-cubed
    # F1 0.977, 39/43 topics apart; dev pairwise 0.982); every claims row the same.)
    lead_places: bool = True
    # A repeat is the later of two look-alikes (``_repeat_later``): undated reports, one of which counts its
    # happening as a repeat ("the utility's second cyberattack in two years": ``happening.repeats``), filed with
    # dated reports none of which does, join a group beside them whose dated reports stand apart_days or more
    # after every day those stand on, when their words reach it at repeat_ratio times or more their likeness to
    # the dated reports they leave and linkage would merge them (``mean``). Linkage filed them with the earlier
    # happening's dated report, closer in words, where no day could say no. (Issue 7's round of helper h81: on
    # all 982 ECB+ documents and the development set the same events (B-cubed F1 0.973, pairwise 0.970,
    # within-topic ARI 0.936, 4/43 topics merged; dev pairwise 0.954); our invented look-alike sets: merged
    # 532/1400 -> 524/1400 (sixth 28 -> 26, ninth 56 -> 53, sixteenth 53 -> 50), events split 133 -> 125; a
    # ratio of 0.5 or 0.75: 525 merged, 126 split.)
    repeat_later: bool = True
    repeat_ratio: float = 0.1
    # Undated reports that neither repeat nor look back join the later group so too (``_repeat_later``), when their
    # words reach it at later_ratio times or more their likeness to the dated reports they leave and no rule sets
    # them apart from it (0: never): nearly as like the one as the other, their words cannot say which, and a later
    # happening's reports write the earlier one's words (its place, its kind, what they recall of it) as well as
    # their own. Linkage filed them, one close pair first, with a look-alike's lone dated report a year or weeks
    # before, whose date then held them from their own story's dated report. Issue 7's split-half study of merges
    # (helper h168, on 78e852a; odd half merged 1097/2448, split 422; even 1021/2312, split 525): of the odd half's
    # merged combinations 135 have the look-alike and some event report dated, 77 of them 60 days or more apart, 61
    # of those where only the event's first report kept its date. Built on the odd half: merged 1097 -> 1082, split
    # 422 -> 410; held out, the even half 1021 -> 1002, split 525 -> 511, no combination newly merged or split. All
    # 982 ECB+ documents: B-cubed F1 0.976 -> 0.977, pairwise 0.974 -> 0.975 (fp 65, fn 225 -> 207), within-topic ARI
    # 0.946 -> 0.949, 4/43 topics merged the same; the development set the same (pairwise 0.982). Without the test
    # that no rule sets them apart, odd 1077/406 and even 1000/509 (ECB+ the same), but the undated reports of an
    # earlier attack, told on another weekday, left the stray dated report they were filed with for a later attack's
    # group (tests/test_group_second_look.py); ratios 0.5, 0.3 and 0.1 so: odd 1072/401, 1068/399, 1066/400, each
    # taking one or two undated reports of an event to a look-alike months after it.
    later_ratio: float = 0.75
    # So does an undated report whose lead (``lead_sentences``) looks back on an earlier happening by a span
    # ("hackers also broke in two years ago", "two years after an escape from the same prison", "last summer":
    # ``happening.looks_back``): it tells a later happening than the one it recalls. With it, all 982 ECB+
    # documents and the development set give the same events; our invented look-alike sets: merged 524/1400 ->
    # 514/1400 (ninth 53 -> 51, tenth 42 -> 41, eleventh 69 -> 66, fourteenth 49 -> 48, fifteenth 29 -> 28,
    # sixteenth 50 -> 48), events split 125 -> 115. Read over the whole text, the same counts on our sets but
    # ECB+ background paragraphs look back too: B-cubed F1 0.973 -> 0.959, within-topic ARI 0.936 -> 0.889,
    # look-alike topics merged 4/43 -> 7/43, dev pairwise 0.954 -> 0.948. Moving only the reports that repeat
    # or look back, not every undated report of the group: 529 merged, 130 split.
    looks_back: bool = True
    # And a dated lead that looks back so counts as a repeat in linkage (``repeat_factor``), against a group
    # standing a week or more before it, dated in every report, that looks back on nothing: "eight months ago it
    # recalled Ysmark cheese". On all 982 ECB+ documents B-cubed F1 0.973 (R 0.959 -> 0.960), pairwise 0.970 ->
    # 0.971 (fp 87 -> 79, fn 241 -> 237), within-topic ARI 0.936 -> 0.938, look-alike topics merged 4/43 the same
    # (one article fewer in topic 10); the development set the same events (pairwise 0.954); our invented
    # look-alike sets: merged 514/1400 -> 509/1400 (eleventh 66 -> 61), events split 115 the same.
    back_in_mean: bool = True
    # A lead that tells the day after a happening ("the owner said on Friday, a day after the blaze":
    # ``happening.next_day``) gives the next day's weekday: against a group dated to the happening's day, a weekday
    # that is the day after one of its days is no other weekday (weekday_factor is not applied), when every report
    # of the undated side tells the day after. (Issue 7's round of helper h87: on all 982 ECB+ documents and the
    # development set the same events (B-cubed F1 0.973, pairwise 0.971, within-topic ARI 0.938, 4/43; dev
    # pairwise 0.954); our invented look-alike sets: merged 570/1520 -> 566/1520, events split 155 -> 148. Without
    # the cue, any weekday a day after the other's days: sets 563 and 141, but ECB+ B-cubed F1 0.973 -> 0.972,
    # within-topic ARI 0.938 -> 0.931, dev pairwise 0.954 -> 0.912 (one topic's two events merged); two days
    # after instead of one changed nothing on our sets.)
    next_day: bool = True
    # An undated report filed by linkage with one dated report alone, beside a group of two or more dated reports
    # of one happening (standing within near_days of each other) apart_days or more from that one, joins the
    # group when its summed likeness to the group's reports exceeds its likeness to the one and linkage would
    # merge them (``mean``; ``_follow_the_story``). A story's undated wire is most like a look-alike's lone full
    # report years before, and that report's date then kept it from its own story's follow-ups. The mean decides
    # linkage; here the sum does: a story told by several reports is the likelier home of an undated one than a
    # lone report. (Issue 7's round of helper h87: on all 982 ECB+ documents and the development set the same
    # events (B-cubed F1 0.973, pairwise 0.971, within-topic ARI 0.938, 4/43; dev pairwise 0.954); our invented
    # look-alike sets: merged 575/1520 -> 573/1520, events split 167 -> 164. Undated groups of any size moving
    # to any larger group standing apart: look-alike sets 572 and 163, but ECB+ B-cubed F1 0.973 -> 0.968,
    # within-topic ARI 0.938 -> 0.918, 5/43 topics merged: left out.)
    follow_story: bool = True
    # A report linkage left alone, standing on days (its happening's, publication's, dateline's) within
    # near_days of one group's, joins it when its closest report there, weighed as linkage weighs a group (as if
    # every report of the group were as close), reaches lone_closest and no other group's the threshold
    # (``_adopt_lone``; 0 turns it off): a short side story of the day (a union's protest, a second quote) is
    # close to one report of the event and far from the rest. (Issue 7's round of helper h91: on all 982 ECB+
    # documents and the development set the same events (B-cubed F1 0.973, pairwise 0.971, within-topic ARI
    # 0.938, 4/43; dev pairwise 0.954); our invented look-alike sets: merged 740/1768 the same, events split
    # 278 -> 253 (eighteenth 73 -> 67, nineteenth 57 -> 45, seventeenth 45 -> 40). Any date the reports give
    # instead of the days they stand on: the same counts, but an unrelated story dated weeks after took one
    # close pair into an event. At 0.2: split 255; at 0.1: merged 741, split 248. Any lone report, not only
    # those linkage left alone (the second looks set look-alikes apart that it would take back), and without
    # the dates: merged 789, split 202; with the dates: merged 746, split 242; mean of the closest half
    # instead of the closest: split 261.)
    lone_closest: float = 0.15
    # Groups linkage made of up to lone_size reports (a side story told twice) are weighed so too, every report
    # dated, against a group at least as large (by their closest pair of reports). On all 982 ECB+ documents
    # and the development set the same events; look-alike sets: merged 740/1768 the same, split 253 -> 245
    # (eighteenth 67 -> 61, nineteenth 45 -> 43); 3 gives the same.
    lone_size: int = 2
    # An undated group whose every report only foretells (its headline and first sentence warn, plan, propose,
    # urge or recommend, give no day and name no happening of the vocabulary as one known: "the harbour board has
    # warned the ferry line could stop sailing", ``happening.foretells``) against a group any report of
    # which reports counts foretold_factor as alike: a warning, a plan or a proposal is not the happening it
    # foretells. Look-alike sets merged 893 -> 841/2056 (twenty-first 95 -> 75, nineteenth 97 -> 89, sixteenth
    # 47 -> 39), split 348 -> 345; ECB+ and the development set the same events. Tried: "could", "may", "will"
    # and "would" as foretelling words too (merged 824, split 349 with the weekday and the known-happening tests;
    # without them split 444, and 635 with "will" and "would"), but on ECB+ real undated reports of a happening
    # a few days ahead weigh it so ("Obama may name Gupta surgeon general", "Saints could shut down Bush"):
    # B-cubed F1 0.973 -> 0.966, pairwise 0.971 -> 0.964, within-topic ARI 0.938 -> 0.925. "Planning to" took
    # one ECB+ opinion piece out of its event ("When planning to widen Interstate 90"). 0.2 gives the same counts.
    foretold_factor: float = 0.1
    # A lead that puts its happening in a season or a span weeks or more ahead ("will try to blow it in the
    # spring", "work will start early next year", "could open within two weeks": ``happening.foretells``'s
    # ``to_come``) foretells too: a report of the preparations is not the happening they prepare. A month or a year
    # is left out (a company's "will launch it in February" is the announcement its event's reports tell: with
    # them all 982 ECB+ documents fell B-cubed F1 0.976 -> 0.973, within-topic ARI 0.946 -> 0.940).
    foretold_to_come: bool = True
    # And a dated foretelling group standing foretold_days or more from every date the other group gives (a report
    # of the preparations months before) is held apart as an undated one is (0: undated ones only). Issue 7's
    # split-half study of merges, next round (helper h126, ``benchmarks.merge_study``, on 5f99c26: odd half merged
    # 768/1648, split 392; even 718/1512, split 441): built on the odd half, merged 768 -> 719, split 392 -> 395
    # (to_come alone 740/394, the dated rule alone 761/392); the even half, counted after (not blind: its merged
    # look-alikes had been listed during the study), 718 -> 696, split 441 -> 441. All 982 ECB+ documents and the
    # development set give the same events (B-cubed F1 0.976, pairwise 0.974, within-topic ARI 0.946, 4/43; dev
    # pairwise 0.982); the claims suite's rows the same. Tried and dropped: a dated foretelling group beside a
    # group that gives no date at all held apart too (odd 719 -> 702, split 395; even 696 -> 677, split 441 -> 440;
    # ECB+ and dev the same), but it split the two real seed reports of one story (tests/test_pipeline.py): a dated
    # "US, Japan hope to accelerate joint defense production at April summit" and an undated report of the talks.
    foretold_days: int = APART_DAYS
    # A dated report whose lead tells a state of things (``happening.states``: "the harbour board has deepened the inner
    # basin", "the council is trialling solar lamps"; the present perfect or progressive, no day, no word of the
    # vocabulary's happenings) is weighed as one that foretells, so foretold_days holds it apart from a group whose
    # every date lies a week or more away: a report of the works, trials, grants or appointments around a place months
    # before is not the accident, theft or record reported there. Issue 7's split-half study (helper h132, on 2ddd9e7:
    # odd half merged 719/1648, split 395; even 785/1672, split 539; tests.lookalike_thirtieth 115/160, split 105):
    # the largest cause among the odd half's 149 merged look-alikes was another step of the story (59 look-alikes,
    # 277 combinations: preparations, works, trials, warnings, inquiries), and 24 of them lead so (no event report
    # of the odd half does). Built on the odd half: merged 719 -> 711, split 395 -> 394; held out, the even half 785
    # -> 762, split 539 -> 541; the thirtieth 115 -> 109, split 105 -> 105. All 982 ECB+ documents and the
    # development set give the same events (B-cubed F1 0.976, pairwise 0.974, within-topic ARI 0.946, 4/43; dev
    # pairwise 0.982). Undated reports too (as an undated foretelling report is held apart, whatever its dates):
    # odd 647, split 392; even 693, split 554; the thirtieth 87, split 105; but all 982 ECB+ documents fell B-cubed
    # F1 0.976 -> 0.955, pairwise 0.974 -> 0.946, within-topic ARI 0.946 -> 0.912: real undated news leads in the
    # present perfect ("Tara Reid has checked into rehab", "Microsoft has released an emergency patch"), where our
    # invented sets give every report of the event a weekday, so the tense alone is the sets' habit, not news's.
    foretold_states: bool = True
    # A report whose headline is told by a verb of a step before a happening (a warning, a threat, a proposal, a
    # recommendation, a rehearsal, a summons: ``happening.heads_a_step``) foretells too, whatever day its lead gives:
    # a committee that "urges" an expulsion, inspectors who "warn" over a tower's panels, firefighters who "rehearse"
    # a tunnel fire report a step days or weeks before the expulsion, the evacuation, the fire. ``foretells`` reads
    # the lead's words only when it gives no day (a statement of a day may report that day's happening, h168 found
    # dropping that test changed nothing then); a headline leads with what the report is. Held apart as any
    # foretelling group is (undated, or foretold_days from every date of the other). Empty: off. Issue 7's
    # split-half study of merges (helper h205, on 8493684: odd half merged 1286/3088, split 635; even 1285/2952,
    # split 750): odd merged 1286 -> 1251 (36 better, 1 worse), split 635 the same (1 better, 1 worse); the even
    # half, held out, first counted with a form that let reactions ("Growers warn of dearer fruit after late
    # frost") and a happening's own warning (an inquest's headline warning of more deaths where one was killed) foretell: 1285 -> 1287,
    # split 750 -> 757, so the headline's "after", "following" and past happenings were added (the half no longer
    # blind): 1285 -> 1284 (1 better, none worse), split 750 the same. All 982 ECB+ documents and the development
    # set the same figures (B-cubed F1 0.977, pairwise 0.975, within-topic ARI 0.949, 4/43; dev pairwise 0.982).
    # Cost: a search for a newline and the headline's words for each report, and two searches of its lead when the
    # headline has a verb of the list.
    step_headlines: tuple[str, ...] = (
        "warn", "warns", "threaten", "threatens", "propose", "proposes", "urge", "urges", "recommend", "recommends",
        "rehearse", "rehearses", "summon",
    )
    # Linkage merges dated groups with dated groups first, and only then lets a group with no date at all meet
    # any (undated with undated too): an undated report whose words are closest to one report of a look-alike
    # joined that report first and carried its date from then on, so the date rules never weighed it against its
    # own happening's reports; now it is weighed against whole dated groups, by its mean likeness to each.
    # All 982 ECB+ documents: B-cubed F1 0.973 -> 0.975, pairwise 0.971 -> 0.973 (fp 79 -> 65, fn 237 -> 227),
    # within-topic ARI 0.938 -> 0.945, look-alike topics 4/43 the same; the development set's pairwise F1 0.954 ->
    # 0.982 (fp 20 -> 4, fn 42 -> 20; its look-alike topics merged 2/4 -> 1/4); our invented look-alike sets
    # merged 841 -> 840/2056 (7 combinations no longer merged, 6 newly), split 345 -> 352 (8 mended, 15 newly). Tried: dated and
    # undated groups formed apart first (undated with undated allowed in the first pass): look-alike sets merged
    # 830, split 340, but ECB+ pairwise 0.971 -> 0.914 (fp 79 -> 649, look-alike topics 4 -> 11): undated reports
    # of a topic's two events joined each other before any date could hold them apart.
    undated_last: bool = True
    # A single report that stands on no day at all (no publication day, dateline or dated happening) that linkage left alone is weighed as a lone dated one is
    # (``_adopt_lone``), with no day to stand near: it joins the one group its closest report reaches
    # lone_closest with, when no rule weighs it down against that group (its mean, as if every pair were the
    # closest, is no lower than the closest pair: a look-alike the rules set apart stays alone) and no other group
    # reaches the threshold so. Undated next-day reports that tell one side of a happening in few of its words
    # (a reward offered, a union's reaction) were split off. Look-alike sets split 352 -> 298/2056 (twenty-first
    # 80 -> 61, nineteenth 44 -> 32, twentieth 22 -> 14, seventeenth 41 -> 34, eighteenth 62 -> 55), merged
    # 840 -> 844 (twelfth 38 -> 42: an undated tornado report in another village of the county); all 982 ECB+
    # documents: B-cubed F1 0.975 -> 0.976, pairwise 0.973 -> 0.974 (fn 227 -> 225), within-topic ARI 0.945 ->
    # 0.946; the development set the same events. Without the rule test: merged 866, split 295. (Tried: pairs
    # down to lone_closest joining blocks, so dated lone reports with a weaker closest pair are weighed too:
    # merged 840 -> 861, split 352 -> 338: reports of other happenings in the same town that week joined.)
    lone_undated: bool = True
    # A report linkage left alone whose lead dates its happening on its own day or up to near_days before it
    # ("said yesterday", "last night") joins the one group of two or more reports most of whose leads date their
    # happening to that day, when one report of it scores told_day_floor or more with it and it names no place
    # the group does not (``_adopt_told_day``, ``_placed_within``; 0 turns it off). A witness's account of the
    # next morning shares few words with the wire reports (its closest pair 0.05 to 0.15, under the threshold
    # and under the bar that joins two blocks). Issue 7's split-half study (helper h113, ``benchmarks.split_study``)
    # built it on the odd-numbered look-alike sets (merged 598/1328 the same, split 283 -> 248); held out on the
    # even ones it lowered splits and raised merges by one (merged 532 -> 533/1192, split 292 -> 282, after two
    # changes made once the even half had been counted), and on the twenty-fifth set, written blind and counted
    # once with it off and once on, merges stayed 104/160 and splits fell 67 -> 61. All 982 ECB+ documents and
    # the development set: the same events (B-cubed F1 0.976, pairwise 0.974, within-topic ARI 0.946, 4/43; dev
    # pairwise 0.982). Its cost: a background story of the same day may join too, which the count does not show
    # (3 on the odd half, 2 on the even).
    told_day_floor: float = 0.05
    # The same for a report with no day of its own (no publication day, no dateline) whose lead still tells its
    # happening by a day counted from its own ("said yesterday", "last night": a relative day left unresolved):
    # it is written the day after (or the day of) something, so it joins, as above, the one group of two or
    # more reports one report of which scores told_day_floor or more with it, when it names no place the group
    # does not; no day to match, so two or more such groups leave it alone. An undated witness's account of the
    # next morning was the largest cause of split events on the odd-numbered look-alike sets (187 of the 660
    # reports left apart; issue 7, helper h133, ``benchmarks.split_study``): odd merged 820 -> 820/1808, split
    # 499 -> 392; held out, even merged 854 -> 854/1832, split 646 -> 552. All 982 ECB+ documents and the
    # development set: the same figures (B-cubed F1 0.976, pairwise 0.974, within-topic ARI 0.946, 4/43; dev
    # pairwise 0.982). Weekdays are not counted: an undated look-alike's "on Sunday" joined it to its event
    # (odd merged 1029). False turns it off.
    told_undated: bool = True
    # The likeness those lone reports are weighed by (told_day_floor) is their pair's before the what rule
    # (``what_floor``), less what weekdays and months give (they say when, and the day is weighed apart): that
    # rule holds apart two happenings of one place that tell of no happening in common, but a report whose lead
    # dates its happening to the group's very day (or tells "yesterday" with no day of its own) and names no
    # place the group does not is held to that day and place already; a winner's or witness's account of the next
    # morning shares the event's person and a word ("the winner said yesterday she had nearly fallen" beside "she won
    # the race on Tuesday"), not its kind of happening. Issue 7's split-half study (helper h149, on
    # aae133e: odd half merged 854/1968, split 363; even 856/1992, split 482): built on the odd half, split 363 ->
    # 334 (the thirtieth's winner's and record-holder's accounts), merged 854 the same, no background story joining
    # an event it did not join before; held out, the even half the same in every combination (merged 856, split
    # 482). Without the weekdays taken off, a bus station "reopened on Wednesday" of the day of a train's record
    # run, sharing only "Wednesday", joined it (even half, 4 combinations). All 982 ECB+ documents and the
    # development set: the same figures (B-cubed F1 0.976, pairwise 0.974 with fp 65 fn 225, within-topic ARI
    # 0.946, 4/43; dev pairwise 0.982). False turns it off.
    told_day_what: bool = True
    # A dated report whose lead gives no date at all and looks back on nothing a year or more away (a reaction, a
    # scene, a quote: "Witnesses said the barrier gave way", "Hundreds waited at the gates")
    # tells its happening on its own day: it joins, as told_day_floor's lone reports do, the one group of two or more
    # reports most of whose leads date their happening to its publication day (or dateline), when one report of it
    # scores told_day_floor with it and it names no place the group does not (``_own_day_untold``). A wire report
    # dates its happening ("on Tuesday"); a side story of the same day often writes no day, so the told-day rule
    # never weighed it. Issue 7's split-half study (helper h149, after told_day_what: odd half merged 854/1968, split
    # 334; even 856/1992, split 482): built on the odd half, split 334 -> 319 (the eighteenth's reactions and
    # witnesses, the thirty-second's drinkers), merged 854 the same, no background story joining an event it did not
    # join before; held out, the even half split 482 -> 476, merged 856 the same, no background story newly joined.
    # All 982 ECB+ documents and the development set: the same figures (B-cubed F1 0.976, pairwise 0.974 with fp 65
    # fn 225, within-topic ARI 0.946, 4/43; dev pairwise 0.982). False turns it off.
    told_own_day: bool = True
    # And the told_own_back days before its own: a piece of the next morning that writes no day (an explainer, "How
    # a bacterium moves from leaf to leaf", a drinker's account) tells the happening of the day before. Odd half
    # split 319 -> 313 (three days back: 313 too), merged 854 the same; held out, the even half 476 -> 469, merged
    # 856 the same; no background story newly joined on either; ECB+ and the development set the same figures.
    told_own_back: int = 1
    # A live page's lines open with their times ("18:20 The last boats are in. 19:05 Rain again now"): the
    # capitalised word after a clock time that opens a line or sentence is a sentence's first word, not a name the
    # group does not write, when a lone report is asked whether it stands where the group does (``_placed_within``,
    # ``_AFTER_CLOCK``). Its clock times date it to the group's day, and it names nothing new but for that misread.
    # Issue 7's split-half study (helper h149, after told_own_back): odd half split 313 -> 304 (the twenty-fourth's
    # live page of a bloom), merged 854 the same; held out, the even half split 469 -> 465, merged 856 the same; no
    # background story newly joined on either; ECB+ and the development set the same figures. False turns it off.
    live_lines: bool = True
    # A group that writes, only in sentences looking back a year or more ("three years ago", "last year", "in May
    # 2031" from a report of 2034: ``recollections``), recollected_words or more of the words another group's lead
    # writes (its headline and first sentence, outside its own look-back sentences), one of them a figure, or two
    # figures of it (``recollections.recalls_lead``), counts kind_apart_factor as
    # alike to it: it recalls that group's happening as an earlier one ("the longest rescue since a hiker was
    # stuck on the ledge for 20 hours three years ago" against "Hiker freed after 20 hours on ledge"). Not between
    # groups dated within near_days of each other, nor when the recalled group stands on days after the recalling
    # one's (0 turns it off). Most of the group's reports' leads must be recalled so: one of an event's reports that
    # recalls the earlier happening is weighed against the event's other reports and the look-alike linkage filed
    # with them. Issue 7's split-half study of merges (helper h119, on afca4ce: the look-alike sets merged 1347/2840,
    # split 649). On the odd-numbered sets of ``tests.lookalike_count.DEFAULT_SETS`` (710/1488 merged, split 306)
    # the 137 look-alikes merged somewhere, read against their events: 94 are an earlier happening of the kind
    # (461 of the 710 combinations) and 43 a step of the same story or a happening near it (249): an undated plan,
    # warning, test or grant. Of the 94, the event's reports look back a year or more in 61 (the other 33, 155
    # combinations, are told apart only by another name, figure or year that nothing recalls): in 11 the
    # look-alike's lead writes what they write only there as this rule reads it (57 combinations), in 8 three
    # words or more without a figure (45), in 42 less (204; a paraphrase: "six men died" against "Six miners were
    # killed"). (``benchmarks.merge_study``: a look-alike dated 300 days or more before its event is an earlier
    # one.) Built on the odd half: merged 710 -> 674, split 306 -> 309. Held out, the even
    # half: merged 637 -> 612/1352, split 343 -> 346 when first counted; then 616 and 349 (an undated lead that
    # gives a year gives no lead words, so an undated ECB+ report of an arrest "in the 1967 killings" is not the
    # killing another report recalls "41 years ago": with it ECB+ and the development set give the same events
    # as without the rule, B-cubed F1 0.976, pairwise 0.974, within-topic ARI 0.946, 4/43, dev pairwise 0.982;
    # before it 0.975, 0.973, 0.945), and 615 and 345 as committed (a trailing look-back's part ends at a
    # semicolon: "Two years ago the council capped soles at 40 mm; the new limit of 25 mm applies ..." had its
    # second part read as recalled; found on the even half, so that half's last two counts are not blind; the
    # odd half 674/309 with it and without). Then, built on the odd half: after linkage, the one report of a group
    # whose lead a group beside it recalls so leaves it, and the rest joins the recalling group when linkage would
    # merge them (``_unrecall``, as for recalled figures: linkage filed the look-alike with the event's closest
    # reports before the recalling one was weighed): odd 674/309 -> 670/306, even 615/345 -> 612/342; and two
    # recalled figures enough without a third word (the same grounding told in the same words but for "31 hours
    # with 88 people aboard"): odd 670 -> 665/306, even 612/342 the same. ECB+ and the development set the same
    # events with each. All sets 1347 -> 1277/2840 merged, 649 -> 648 split. Claims suite rows (grouping pairwise
    # F1 and the rest) the same. Tried on the odd half and dropped: no figure
    # needed (a background report telling this year's record beside the one of years ago, "the bottle beats the
    # one of five years ago, also blown at the works, which stood ...", left its event: twenty-sixth split 58 ->
    # 94), any report of the other group recalled rather than most (672 merged, split 316), six words without a figure as
    # well (666 merged, 2 fewer; not kept: names shared by both happenings, a company's, reach six easily).
    recollected_words: int = 3
    # A name recalled counts as a figure and a word do (``recollections.recalls_lead``): two or more lead words written
    # by a group only where it looks back a year or more, one of them a name it writes there ("last year the trial
    # was won by a shepherd, Odran Dewberry"; a capitalised word but a sentence's first, outside a clause that gives a
    # source: "..., the safety office said"), a name that at most recalled_name_writers reports of the corpus write
    # outside their look-backs (the other's lead, written once: a story's own subject, its company or its treasure,
    # is written by many of its reports and says nothing of which happening). 0 turns it off. Issue 7's split-half
    # study (helper h143, on bbc2931: odd half merged 930/1968, split 362; even 853/1832, split 405): the earlier
    # happening recalled in three lead words or more without a figure was 18 look-alikes (102 combinations) of the
    # odd half's 188 merged, most told apart by the earlier winner's, vessel's or culprit's name. Built on the odd
    # half: a name in place of the figure, three words: merged 930 -> 888, split 362 -> 364 (the two new splits: an
    # event's report linkage had joined to the rest through the look-alike); without the writers test 881/382 (a
    # perfume house's own name recalled by its background report), without the source clauses 883/366; a name and
    # one word, as committed: 869/361 (a name alone: 858/361, not taken: one word is thin evidence on real news).
    # Held out, the even half: merged 853 -> 813, split 405 -> 396 with three words; 789 and 401 as committed
    # (counted once before, on the version without the writers test or the source clauses: 806/420). All 982 ECB+
    # documents and the development set the same figures with each (B-cubed F1 0.976, pairwise 0.974 with fp 65 fn
    # 225, within-topic ARI 0.946, 4/43; dev pairwise 0.982); all look-alike sets 1783 -> 1658/3800 merged, split
    # 767 -> 762.
    recalled_name_writers: int = 1
    # A group of recollecting_size reports or more (linkage has joined them as one happening) recalls a lone report's
    # lead in group_recollected_words of its words without a figure or a name (``recollections.recalls_words``): one
    # report's background piece weighed alone against its own event's reports cannot (above: it left its event), but
    # once it is inside its event's group, the words it writes only looking back tell the lone report's happening.
    # Issue 7 (helper h143), built on the odd look-alike half after recalled_name_writers: merged 869 -> 854, split
    # 361 -> 363 (the two new splits: an event's report that linkage had joined to the rest through the look-alike);
    # three words 845/377. Held out, the even half: merged 789 -> 775, split 401 the same (no combination newly
    # merged or split). All 982 ECB+ documents and the development set the same figures (B-cubed F1 0.976, pairwise
    # 0.974 with fp 65 fn 225, within-topic ARI 0.946, 4/43; dev pairwise 0.982); all look-alike sets 1658 ->
    # 1629/3800 merged, split 762 -> 764 (767 at the round's start). 0 turns it off.
    group_recollected_words: int = 4
    # (recollecting_size was 3. A pair of reports linkage joined as one happening recalls a lone report so too:
    # issue 7, helper h388, after own_day_cut. An event's undated follow-up and the undated report that recalls
    # the earlier step of the story ("the model the safety agency withdrew four weeks ago because its cover can
    # work loose"), filed together first, went on to join that step's report, told in those words and no figure or
    # name the rest of the corpus does not write. Odd look-alike half merged 1872 -> 1863/5168, split 1070 -> 1063;
    # held out, the even half merged 2007 -> 2002/5032, split 1154 -> 1153; all 982 ECB+ documents and the
    # development set the same figures (B-cubed F1 0.977, pairwise fp 65 fn 207; dev pairwise 0.982). A dated pair
    # is no longer weighed by recalled_undated_words below, which now weighs a lone dated report.)
    recollecting_size: int = 2
    # So does a lone report with no date of its own (a background piece, its publication day lost) recall, in
    # undated_recollected_words of its words alone, the lead of a group every report of which is dated: undated, it
    # has no day to hold it apart from the earlier happening it recalls, and linkage filed it with that happening's
    # report (its look-back sentence tells it in that report's words) before its own event's reports were weighed.
    # Issue 7's split-half study (helper h156, after told_before_days: odd half merged 911/2128, split 395; even
    # 908/2152, split 541): built on the odd half, merged 911 -> 908, split 395 -> 393 (any undated group, not only a
    # lone report: 907/394, but in an invented story a follow-up and the piece, undated together, were held apart
    # from their event's wire; three words: 910/400); held out, the even half: merged 908 -> 905, split 541 -> 539
    # (counted on the version for any undated group first, with the same figures); no background story newly joined
    # on either half. All 982 ECB+ documents and the development set: the same events. 0 turns it off.
    undated_recollected_words: int = 4
    # And the other way round: a dated group of fewer than recollecting_size reports (a background piece, or the few
    # reports linkage filed it with first, dated groups merging before undated ones; larger groups are weighed by
    # group_recollected_words) that writes, only where it looks back a year or more,
    # recalled_undated_words or more of the lead of a lone report with no date: that report has no day to hold it
    # apart from the piece, and linkage would file the two together by the words the piece recalls ("A year
    # ago detectives there caught a gang that sold forged permits" against that gang's undated report).
    # Measured with months_years_back above (its note gives the figures of both); alone on the forty-eighth set,
    # after months_years_back, merged 78 -> 76/160, split 83 the same. 0 turns it off.
    recalled_undated_words: int = 4
    # A report linkage left alone that looks back a year or more (``recollections``: "three winters ago a pony
    # slipped into the same quarry", "the previous flood, in 2031, rose 1.9 metres") is a background piece of a later
    # happening, written beside it: it joins, as ``told_day_floor``'s lone reports do, the one group of two or more
    # reports one report of which scores told_day_floor or more with it, that stands (publication days, datelines,
    # happening days) within near_days of its own day (any group when it has none), and whose leads it does not
    # recall (``recollections.recalls_lead`` at recollected_words: the earlier happening it tells is not its
    # home); ``_adopt_recalling``. False turns it off. Issue 7's split-half study (helper h137, on c603c94,
    # ``benchmarks.split_study``): on the odd-numbered look-alike sets (merged 820/1808, split 392; 517 reports left
    # apart, one per report and combination), 186 of the reports left apart look back a year or more as
    # ``recollections`` reads them (40 distinct reports, most a background piece: "Not the first fall down the
    # well", "Heavier than Crummack's"); a dated one stood alone beside its event in most combinations, its closest
    # pair there 0.05 to 0.15. Built on the odd half: merged 820 -> 820, split 392 -> 298 (reports left apart
    # 517 -> 409, those looking back 186 -> 78); held out, the even half: merged 854 -> 854/1832, split 552 -> 406
    # (718 -> 565 left apart, looking back 279 -> 126). No background story of the sets joins an event it did not
    # join before (odd half: 39 combinations, 7 stories, both ways). All 982 ECB+ documents and the development set:
    # the same figures (B-cubed F1 0.976, pairwise 0.974 with fp 65 fn 225, within-topic ARI 0.946, 4/43; dev
    # pairwise 0.982); the claims suite's own sets the same but the thirty-fourth, grouping pairwise F1 0.980 ->
    # 1.000; a 3,000-article audit gives byte-identical JSON.
    recalling_joins: bool = True
    # A dated group whose leads date no happening, that writes no day but those it stands on (publication days,
    # datelines) and looks back on nothing, standing told_before_days or more (and less than far_days) before the
    # first day the other group dates its happening to, was written before that happening: it tells another step of
    # the story (the course marked out, the rope made, a petition signed before the vote), not the happening, and
    # counts foretold_factor as alike (``_stands_before``). A report that writes the happening's day ahead ("the ban
    # starts on Friday") writes a day and is not judged; nor is a report with no day of its own. Issue 7's
    # split-half study (helper h156, on bb62199: odd half merged 945/2128, split 395; even 943/2152, split 540): the
    # steps of one story that merged with their event although both were dated were reports of the preparations
    # days or weeks before whose leads tell no day (foretold_days holds apart only those that foretell or tell a
    # state). Built on the odd half: merged 945 -> 911, split 395 the same; held out, the even half: merged 943 ->
    # 908, split 540 -> 541 (a runner's account of the next morning left apart once the failed attempt of four
    # weeks before, which it had stood with, no longer joined); no background story joins an event it did not join
    # before on either half. All 982 ECB+ documents and the development set: the same events. Without the tests of
    # dates written and looking back (any dated group dating no happening, its last date a week before): odd 908,
    # even 900 merged, but all 982 ECB+ documents B-cubed F1 0.976 -> 0.972 (fn 225 -> 262: a patch announced, a
    # plea entered, a feature on a trial's long road, months before the reports of their stories' events, are those
    # events in ECB+) and dev pairwise 0.982 -> 0.974. One day before: odd 895 merged but split 415 (an explainer
    # of the day held apart from a follow-up two days later); two days 899/411, three 903/397. 0 turns it off.
    told_before_days: int = APART_DAYS
    # A group none of whose leads dates its happening ("a boiler has burst", "two pupils have been treated") gave
    # told_day_floor's lone reports no day to tell, so a witness's "said yesterday" of the next morning joined
    # nothing (``_days_most_given`` was empty). Its day is also read from what its reports tell or stand on: for a
    # report whose lead dates no happening, the days its lead gives near its own day, else the day it stands on
    # (its publication day or dateline); the days most of them give, added to those its leads date (a group whose
    # one report misreads "the bell found on Monday is to be rehung" as the next Monday keeps that day and gains its
    # wire's). Issue 7's split-half study (helper h162, on d468d24: odd half merged 986/2288, split 488; even
    # 1021/2312, split 634): built on the odd half, split 488 -> 444, merged 986 the same, no combination newly
    # split and no background story joining an event it did not join before; held out, the even half split 634 ->
    # 604, merged 1021 the same, likewise. Tried first on the odd half: the told days (told_own_day's ranges, the
    # day before too) only when the group's leads date nothing, 488 -> 462; each report's told days in place of
    # its missing happening day, 447, but on the even half (its first count) 634 -> 610 with 3 combinations newly
    # joined by a background story (an attack on another firm, dated the day before an undated breach's
    # follow-up: the ranges let it in); the narrower reading above in place of the ranges, odd 452 (8
    # combinations newly split: a day one report dates outvoted by reports standing on the next), even 604 (the
    # background story gone); the narrower reading only when the group's leads date nothing, odd 460. So the even
    # half was counted three times for this rule and is not blind to its last form. All
    # 982 ECB+ documents and the development set: the same figures (B-cubed F1 0.976, pairwise 0.974 with fp 65 fn
    # 225, within-topic ARI 0.946, 4/43; dev pairwise 0.982). False turns it off.
    told_group_days: bool = True
    # The lead dates told_own_day looks past: a month, a season, a year or a period ("in early summer", "in the
    # 1800s", "for a few weeks") places what an explainer tells in an age, not on the day of a happening, yet any date
    # in the lead kept a dated explainer of the day ("Sea kale: why it grows on shingle", "Fireflies: beetles
    # that glow") from being read as telling its own day (``_coarse``). Days and weeks still count. Issue 7's split-half
    # study (helper h162, after told_group_days): built on the odd half, split 444 -> 426, merged 986 the same, no
    # combination newly split or newly joined by a background story; held out, the even half 604 -> 587, merged 1021
    # the same, likewise. All 982 ECB+ documents and the development set: the same figures. False turns it off.
    told_own_coarse: bool = True
    # A report with no day of its own (no publication day, no dateline) whose lead gives no day (a month, a season, a
    # year may pass, as for told_own_coarse) and that names no one and nowhere (``names`` finds no name in it, and no
    # capitalised word of it is a name word any report of the corpus writes: "Brenholt council has approved ..."
    # opens with a place another report names) and does not only foretell (``happening.foretells``: "Insurers urge
    # museums to fit skylight alarms" beside a theft: the unit test of lone_undated caught it; the look-alike sets'
    # counts are the same with this condition or without) is read as told_undated's reports are
    # (``_undated_unnamed``): it joins the one group of two or more reports one report of which scores told_day_floor with it, and stays alone when
    # two or more do. An explainer ("What is a meteor?", "Toadstools: what to look for", "How do coins end up in
    # cakes?") tells what its event's reports tell of in general words; without a day and without a name it
    # has nothing that makes it another happening, and its words reach the event's reports (0.05 to 0.15) under
    # linkage's threshold and lone_closest. Issue 7's split-half study (helper h162, after told_own_coarse: odd half
    # merged 986/2288, split 426; even 1021/2312, split 587): built on the odd half, split 426 -> 352, merged 986 the
    # same, no combination newly split or newly merged and no background story joining an event it did not join
    # before; held out, the even half (counted once) split 587 -> 532, merged 1021 the same, likewise. Without the
    # corpus's name words (``names`` alone, which reads no word that only opens sentences as a name), odd merged 986
    # -> 994: an undated car park approval "Brenholt council has ..." and a water company's undated warning joined
    # the fire and the ban of their towns. All 982 ECB+ documents and the development set: the same figures
    # (B-cubed F1 0.976, pairwise 0.974 with fp 65 fn 225, within-topic ARI 0.946, 4/43; dev pairwise 0.982).
    # False turns it off.
    told_unnamed: bool = True
    # A lead figure whose nearest date in its sentence is a year counted back from the report's own day ("Three years
    # ago vandals burned five huts on the site", "Last year 90 were counted") measures that earlier happening, not
    # the report's (``happening.counted_back``; the lead figures already left out those nearest a day the lead looks
    # back on, ``looked_back``, which reads dates to the day only). A background piece filed with its event gave the
    # earlier happening's figure as the group's, and the event's undated wire, giving its own, was held apart as
    # another happening (figures_far). Only relative years ("four years ago", "last year"): an absolute one ("the
    # strongest since 1990") is often beside the happening's own figure. Issue 7's split-half study (helper h162,
    # after told_unnamed: odd half merged 986/2288, split 352; even 1021/2312, split 532): built on the odd half,
    # merged 986 -> 983, split 352 -> 349 (no combination worse); held out, the even half (counted once): merged 1021
    # the same, split 532 -> 525 (no combination worse); no background story newly joined on either. All 982 ECB+
    # documents and the development set: the same figures (B-cubed F1 0.976, pairwise 0.974 with fp 65 fn 225,
    # within-topic ARI 0.946, 4/43; dev pairwise 0.982); every row of the claims suite the same. False turns it off.
    counted_back: bool = True
    # A side story of the next morning often opens with the person it is about ("Maud Gilcrest, who keeps the ferry,
    # said yesterday", "Ysilda Tabbart steered the fourth boat"), and ``names`` reads no sentence's
    # first word as a name, so ``_placed_within`` found the surname beside no name, a name word the group never writes,
    # and held the story apart from the group dated to the day it tells (``_adopt_told_day``). A capitalised word
    # opening a sentence right before such a name word is read as its first name when neither the story nor the group
    # writes it in lower case and it may be no role or trade (``roles.may_be_role``: "Brewer Wexley said on Monday",
    # the background story that joined an appointment when helper h149 read any such word so). Issue 7's split-half
    # study (helper h175, on d23205b: odd half merged 1169/2608, split 496; even 1101/2472, split 573): built on the
    # odd half, split 496 -> 468, merged the same, no combination worse, no background story newly joined; the even
    # half, held out: split 573 -> 562, merged the same, but 9 background-story joins more (45 -> 54) without the
    # role test, none with it (counted a second time for it). All 982 ECB+ documents and the development set the
    # same figures (B-cubed F1 0.977, pairwise fn 207, within-topic ARI 0.949, 4/43; dev pairwise 0.982).
    # A possessive is no part of the surname ("Ysilda Tabbart's brother" names Ysilda Tabbart; ``_OPENING_PAIR``,
    # ``_placed_within``'s words): alone, odd half split 701 -> 688 (h243; 13 better, none worse, merged the same).
    opening_names: bool = True
    # And not when the undated group dates an earlier step of the story than the dated group dates (``steps``' order:
    # the siege, then the hostages' release), to the weekday one or two days before a day the dated group stands on
    # (``_earlier_step_day_before``, the other side of ``_day_or_two_after``): an event's undated main report ("took
    # two guards hostage on Friday") against its follow-ups dated the next day ("were released on Saturday") tells
    # the step the follow-ups end. Held apart at undated_step_factor, the wire went with a look-alike of the same
    # kind years before, told on the same weekday. Issue 7's split-half study (helper h175, after opening_names:
    # odd half merged 1169/2608, split 468; even 1101/2472, split 562): odd merged 1169 -> 1167, split 468 -> 465
    # (one event's three combinations: a siege's undated wire); the even half, held out, the same (1101, 562), no
    # combination changed; all 982 ECB+ documents and the development set the same figures.
    step_day_before: bool = True
    # A report's sentence that gives a day of a month (no year) this many days or more before the report's own day
    # ("inspectors found rust in the bridge's pivot on April 12", in a piece of May 11) tells an earlier happening, as a
    # span of years back does: its words are recalled, not the report's own (``recollections``, read by
    # ``recollected_words``; 0: off). A background piece of a happening tells the earlier step of its story (the
    # weight limit before the closure, a first reading before the final vote, a warning before the stoppage) by its day;
    # the step's own report, undated, was filed with the story it led to, its words the piece's. Issue 7's split-half
    # study (helper h175, after step_day_before: odd half merged 1167/2608, split 465; even 1101/2472, split 562):
    # built on the odd half, merged 1167 -> 1160, split 465 -> 462, no combination worse (at 14 days 1161/466, at
    # 28 1166/467, each with the day read in the year before when ahead); the even half, held out: merged 1101 ->
    # 1097, split 562 -> 561 (one split new, two mended). Its first form read a day of a month ahead of the report's
    # ("would shut the bridge on June 2", in a report of May 20) in the year before, so a warning's own
    # lead looked back: odd 1159/464 (two splits new), even 1097/561; the day is now read in the year nearest the
    # report's (the even half counted a second time for it, the same figures). All 982 ECB+ documents and the
    # development set the same figures with both forms (B-cubed F1 0.977, pairwise fn 207, within-topic ARI 0.949,
    # 4/43; dev pairwise 0.982). A span of weeks back ("three weeks ago", "two weeks earlier") looks back so too,
    # with or without the report's day, as a span of years does: odd merged 1160 -> 1155 (one look-alike's five
    # combinations), split 462 the same; the even half, held out, the same (1097, 561); ECB+ and dev the same.
    # (Spans of months, helper h168's, were dropped: more even splits.)
    dated_back_days: int = APART_DAYS
    # A group that gives, anywhere in its reports, a day recalled_day_back or more before the day its report stands on
    # (``happening.recalled_days``: "the power company gave the town its ultimatum on March 7", in a report of March
    # 19) recalls an earlier step of its story there; a group that stands only on such days, every day it stands on
    # apart_days or more before the first the recalling group stands on, and every report of which puts what it tells
    # ahead (``happening.puts_ahead``: "would", "will", "unless", "is to", a foretelling word, whatever its day), is
    # that step's report (the ultimatum before the cut, the first reading before the final vote, the draft initialled
    # before the signing), not the recalling group's happening, and counts recalled_day_factor as alike
    # (``_recalls_day``; 1.0: off). The recalled day had only brought the two nearer (``_when``'s near bonus) and kept
    # ``recollected_words`` from weighing them. Issue 7's split-half study (helper h181, on 29b17c4: odd half merged
    # 1232/2768, split 511; even 1187/2632, split 642): built on the odd half, where 15 merged look-alikes (103
    # combinations, all of the hard-news sets) are the days one of their event's reports recalls; without the test
    # that the step puts its happening ahead, odd merged 1232 -> 1224, split 511 -> 509, even (held out) 1187 -> 1181,
    # 642 -> 639, but all 982 ECB+ documents fell B-cubed F1 0.977 -> 0.958 (pairwise fn 207 -> 391, within-topic ARI
    # 0.949 -> 0.897, 6/43 topics merged): ECB+'s events hold a story's steps weeks apart (an escape and the capture
    # a week on, a cable's break and its repair, a directive and the rule it led to), and their later reports recall
    # the first day by its date. With the test: odd merged 1232 -> 1225, split 511 -> 510 (one combination newly
    # split, two mended); even, held out, 1187 -> 1185, split 642 -> 640; no background story newly joined; all 982
    # ECB+ documents and the development set the same figures (B-cubed F1 0.977, pairwise fp 65 fn 207, within-topic
    # ARI 0.949, 4/43; dev pairwise 0.982); all 41 sets merged 2419 -> 2410/5400, split 1153 -> 1150. An undated step
    # whose weekday is the recalled day's was held apart too (the first form, odd sets 38, 40, 42: merged 258 -> 253
    # but split 186 -> 194, the event's own undated first report held apart where its weekday is the day a follow-up
    # recalls): left out.
    recalled_day_factor: float = 0.1
    recalled_day_back: int = APART_DAYS
    # And after grouping (``_recalled_step_out``), the report of a group of three or more that stands only on days the
    # group's other reports recall so (their own days but those they recall: a background piece's lead may date the
    # step), apart_days or more before those, and puts what it tells ahead, leaves for a group of its own: linkage
    # filed the step with the story's closest report before the report recalling its day was weighed, or that report
    # was adopted later (``recalling_joins``), and a group's days then hold the day recalled. Issue 7's split-half
    # study (helper h181, after recalled_day_factor: odd half merged 1225/2768, split 510; even 1185/2632, split
    # 640): odd merged 1225 -> 1221, split 510 the same, no combination worse, background joins 39 the same;
    # the even half, held out, the same (1185, 640), no combination changed; all 982 ECB+ documents and the development
    # set the same figures; all 41 sets merged 2410 -> 2406/5400, split 1150. False turns it off.
    recalled_step_out: bool = True
    # Things named after their noun (``protagonists.lead_things``, weighed by who_factor) read nouns of one kind of
    # craft as one (``protagonists.CRAFT``: ship, vessel, carrier, tanker, ferry, trawler ...): "the bulk carrier
    # Ulvatide" aground in a channel is not "the container ship Grasken Bay" aground there six weeks later, though the
    # two nouns differ. Issue 7's split-half study (helper h181, after recalled_step_out: odd half merged 1221/2768,
    # split 510; even 1185/2632, split 640): of the odd half's 30 merged look-alikes whose lead names something the
    # event never writes and whose event's leads name something it never writes, the who rule read both sides in 6,
    # and in one of those the two things' nouns were two names of a ship. Odd merged 1221 -> 1215, split 510 the
    # same; the even half, held out, the same (1185, 640), no combination changed; all 982 ECB+ documents and the
    # development set the same figures (B-cubed F1 0.977, pairwise fp 65 fn 207, within-topic ARI 0.949, 4/43; dev
    # pairwise 0.982); all 41 sets merged 2406 -> 2400/5400, split 1150. False turns it off.
    craft_nouns: bool = True
    # A month told as gone by ("last July", "Last November": ``recollections._LAST_MONTH``) looks back as a span of
    # years does, with or without the report's day: the background piece beside a happening that tells the earlier
    # one of its kind ("Last July hail stripped eleven rows of young vines at the estate") recalls that one's words,
    # and ``recollected_words`` holds its report, undated, apart from this year's (as "in July last year" already
    # did; a bare "last summer" or "the year before", helper h168's, made more merges on the held-out half and was
    # dropped: a month named is a time, a season a manner of speaking). Issue 7's split-half study (helper h186, on
    # df0b09c: odd half merged 1215/2768, split 510; even 1185/2632, split 640): of the odd half's 139 merged earlier
    # happenings with no recalled day, the event's reports name the look-alike's month in 27 (130 combinations) and
    # its year in 26 (113), and a month gone by ("Last June ...") is the form no rule read. Odd merged 1215 -> 1182
    # (35 combinations better, 2 worse), split 510 -> 513 (4 better, 7 worse: an event's background piece that
    # recalls the look-alike held apart with it); even, held out, merged 1185 -> 1155 (30 better, none worse), split
    # 640 -> 633 (10 better, 3 worse); background joins the same (39, 43); all 982 ECB+ documents and the development
    # set the same figures (B-cubed F1 0.977, pairwise fp 65 fn 207, within-topic ARI 0.949, 4/43; dev pairwise
    # 0.982, fp 4 fn 20); all 41 sets merged 2400 -> 2337/5400, split 1150 -> 1146. False turns it off.
    months_back: bool = True
    # A sentence counting its happening as a repeat within a span of years ("It is the second fall on the cliffs in
    # four years, after a slab of chalk crushed a beach hut below the point in 2079"; ``recollections._COUNTED_IN_YEARS``,
    # the count ``happening.recurrences`` reads in a lead) tells the earlier happening after the span, and looks back
    # with or without the report's day: the count, not a date, says the earlier one is earlier. Before, the year
    # named after it ("in 2079") looked back only in a dated report, so where the background piece had lost its date
    # the earlier happening's report, undated too, was filed with this one. Issue 7's split-half study (helper h186,
    # after months_back: odd half merged 1182/2768, split 513; even 1155/2632, split 633): the event's reports count
    # their happening as "the second ... in N years" for 32 of the odd half's merged earlier happenings (132
    # combinations) and 13 steps (64). Odd merged 1182 -> 1162 (20 better, none worse), split 513 -> 512 (2
    # better, 1 worse); even, held out, merged 1155 -> 1149 (10 better, 4 worse), split 633 -> 622 (11 better, none
    # worse); background joins the same (39, 43); all 982 ECB+ documents and the development set the same figures;
    # all 41 sets merged 2337 -> 2311/5400, split 1146 -> 1134. False turns it off.
    repeats_back: bool = True
    # A span of a year or more told in months ("a rival fund, whose head went to prison sixteen months ago, went
    # under just as this one has", "18 months after"; ``recollections._MONTHS_BACK``, twelve months and up) looks back as
    # "a year ago" does: a background piece recalling another scheme's collapse that way is no report of it.
    # Issue 7's round of helper h222 (on 268ecc7), with recalled_undated_words below: the odd look-alike half merged
    # 1337 -> 1320/3248 (17 combinations better, none worse; the forty-eighth set's background piece 86 -> 78 by this
    # rule alone), split 646 -> 632 (14 better, none worse); held out, the even half merged 1371 -> 1367/3112 (4
    # better, none worse), split 804 -> 807 (3 worse, all in the thirty-fifth set); all 982 ECB+ documents and the
    # development set the same figures (B-cubed F1 0.977, pairwise fp 65 fn 207, within-topic ARI 0.949, 4/43; dev
    # pairwise 0.982, fp 4 fn 20); all 47 sets merged 2708 -> 2687/6360, split 1450 -> 1439. False turns it off.
    months_years_back: bool = True
    # A month named as a time, with no day or year ("closed the footbridge in March after a jogger saw cracks in it",
    # in a piece of May; ``recollections._month_back``), read in the year nearest the report's own day, whose last day
    # lies month_named_back days or more before that day, looks back as "last March" does: the piece tells an earlier
    # step or an earlier happening of its kind there, and its words are recalled, not its own (a month named needs the
    # report's day: an undated report's "in March" may lie ahead). So does a week or a month told as gone by ("Last
    # month a lorry driver was hurt when his tanker overturned on the same bend", "nine died in the next district last
    # week"; ``recollections._LAST_SPAN``), with or without the report's day, as "Last July" does. Issue 7's round of
    # helper h370 (on 811e74cb): the step before in the same place and the same kind nearby, recalled by the event's
    # background pieces in those words, had been read as the pieces' own. 0 turns both off.
    month_named_back: int = 30
    # A trailing look-back's part of a sentence (``recollections._recalled_part``: from the last clause boundary before
    # the span) begins after the last word before the span that dates the report's own happening near its own day
    # ("yesterday", "last night", "this morning": ``recollections._OWN_DAY``). "The gate that pinned the boy yesterday
    # is of a make the council withdrew three weeks ago" tells the report's own happening up to "yesterday"; read as
    # recalled, its words (the boy, the gate) made the report's group recall its own event's lead as an earlier
    # happening and held that lead's report apart (issue 7, helper h388). False turns it off.
    own_day_cut: bool = True
    # A follow-up counts its own day from the happening in days ("announced on Thursday, two days after the ferry ran
    # aground", "three days after the dam gave way": ``happening.days_after``), and so recalls the happening's day
    # without writing it: the report's own day, or the weekday its lead gives when it has none, less those days. Such
    # a report tells a later step (a recount, a ban, a burial, a march) whose counts, kind and weekday differ from the
    # event's, so the rules hold it apart from the reports it follows (the figures, the weekdays of an undated side),
    # and linkage leaves it alone. Left alone, it joins the one group of two or more reports one report of which shares
    # words with it (a scored pair reaching ``told_day_floor``) whose day (the day most of its leads date their
    # happening to, else the days most of them stand on; an undated group: its weekdays) is the day it recalls, when it
    # names no place the group does not (``_placed_within``) and gives no result told once (a magnitude, a score, a
    # count of votes: ``identifying`` less ``identifying_apart``) the group does not (``_adopt_days_after``). Issue 7's
    # split-half study (helper h197, on 4a3ea9a: odd half merged 1233/2928, split 533; even 1285/2952, split 771): of
    # the odd half's 839 reports left apart (one per report and combination), 100 (28 reports) are such follow-ups,
    # 49 of them alone, 44 of those undated. Odd split 533 -> 512 (21 combinations better, none worse), merged 1233
    # the same, background joins 39 the same. The even half, held out, counted first without the result test: split
    # 771 -> 758 but merged 1285 -> 1293 (a smaller aftershock, whose lead counts its day from the quake's, joined the
    # quake in all 8 of its combinations); with it (counted a second time): split 771 -> 758 (13
    # better, none worse), merged 1285 the same, background joins 45 the same. All 982 ECB+ documents and the
    # development set the same figures (B-cubed F1 0.977, pairwise fp 65 fn 207, within-topic ARI 0.949, 4/43; dev
    # pairwise 0.982, fp 4 fn 20); all 44 look-alike sets merged 2518/5880 the same, split 1304 -> 1270. A weekday is
    # read only before the count in its sentence: after it, it may be the
    # earlier happening's own ("a day after Tuesday's vote"). Costs one search of each lead and a look at each lone
    # report's kept pairs (no pairs beyond those already scored). False turns it off.
    days_after_joins: bool = True
    # And a pair linkage left alone, one report of which so counts its day (the follow-up filed with a quote or a
    # background piece of its story), joins likewise, by that report's day and pairs, when neither names a place the
    # group does not (``_adopt_days_after``). Issue 7's split-half study (helper h197, after days_after_joins: odd half
    # merged 1233/2928, split 512; even 1285/2952, split 758): odd split 512 -> 505 (7 better, none worse), merged and
    # background joins the same; the even half, held out, counted once: split 758 -> 748 (10 better, none worse),
    # merged 1285 and background joins 45 the same. All 982 ECB+ documents and the development set the same figures
    # (B-cubed F1 0.977, pairwise fp 65 fn 207, within-topic ARI 0.949, 4/43; dev pairwise 0.982, fp 4 fn 20); all 44
    # look-alike sets merged 2518/5880 the same, split 1270 -> 1253. False turns it off.
    days_after_pairs: bool = True
    # A report whose headline opens with a quotation (``happening.heads_a_quotation``: "'The smoke came under the
    # door'") is a quote piece: one voice of a story (a witness, a nurse, a parent, an official) told in that
    # person's words, never a happening of its own. It shares few words with the story's wire reports (its closest
    # pair 0.05 to 0.15, under lone_closest), is often filed a day or two after the happening, and writes no day, so
    # neither linkage nor the told-day rules weighed it: undated, it had no day to match; dated, its own day was not
    # the group's. Left alone, looking back on nothing and foretelling nothing, it joins as told_day_floor's lone
    # reports do: undated, the one group of two or more reports one report of which shares words with it (a scored
    # pair reaching told_day_floor); dated, the one such group whose day lies on its own day or up to quote_back days
    # before it; in both, when it names no place the group does not (``_placed_within``). Two or more such groups:
    # it stays alone. Issue 7's split-half study of splits (helper h212, on 4f9cd40: odd half merged 1251/3088,
    # split 635; even 1371/3112, split 882): of the odd half's 1005 reports left apart (one per report and
    # combination), 262 head with a quotation, 167 of them alone (no look-alike or background story of the odd half
    # does). Odd split 635 -> 576 (59 better, none worse), merged 1251 the same, background joins 39 the same;
    # quote_back 3 the same as 2. The even half, held out, counted once: split 882 -> 818 (64 better, none worse),
    # merged 1371 and background joins 43 the same (the forty-seventh set, written blind: split 132 -> 106, merged
    # 87 the same). Costs a search for the headline's end and one match per report; no pair is scored for it.
    # quote_back was 2 (3 gave the same counts then); a witness's, a parent's or an actor's account is often the
    # last report of a story, filed four to six days after the happening (the odd half's quote pieces left alone
    # while dated: 73 reports by combination). Issue 7's split-half study (helper h243, on 9ad2e96: odd half merged
    # 1444/3568, split 701; even 1522/3432, split 900): at a week, odd split 701 -> 645 (56 better, none worse; with
    # the possessive below), merged 1444 and background joins 47 the same; the even half, held out, counted once:
    # split 900 -> 816 (84 better, none worse), merged 1522 -> 1524 (two combinations of one look-alike worse),
    # background joins 45 the same. All 51 sets: merged 2966 -> 2968 of 7000, split 1601 -> 1461. All 982 ECB+
    # documents and the development set the same figures (B-cubed F1 0.977, pairwise fp 65 fn 207, within-topic ARI
    # 0.949, 4/43; dev pairwise 0.982, fp 4 fn 20); the claims suite's dumps (own 1-68, dev) byte-identical.
    quote_pieces: bool = True
    quote_back: int = 7
    # An explainer (``happening.heads_an_explainer``: a headline opening "How", "Why", "What" or "Who": "How a sluice
    # fails", "What the ruling means") joins so too: the background of a story, told in words no report of the day
    # uses, never a happening of its own. (h137 let explainers join as a recalling background piece does, by a day
    # within near_days and no recalled lead: odd 298 -> 289, even the same; dropped. Here they join as quote pieces
    # do, by the group's day up to quote_back days before their own, and undated by the one group they share words
    # with.) After quote_pieces: odd split 576 -> 553 (23 better, none worse), merged and background joins the same;
    # the even half, held out, counted once: split 818 -> 804 (14 better, none worse), merged 1371 and background
    # joins 43 the same (the forty-seventh: split 106 -> 102). No look-alike or background story of the odd half
    # heads so. With both: all 982 ECB+ documents and the development set the same figures (B-cubed F1 0.977,
    # pairwise fp 65 fn 207, within-topic ARI 0.949, 4/43; dev pairwise 0.982, fp 4 fn 20); all 46 look-alike sets
    # merged 2622/6200 the same, split 1517 -> 1357; the claims suite (``--own``) the same rows. False turns it off.
    explainer_pieces: bool = True
    # A group the second looks took a report out of is weighed again, as linkage weighs groups (``mean``, the
    # threshold, cohesion), against the groups beside it that hold none of the reports it lost: linkage held it apart
    # from them as part of a larger group, and what set them apart may have been the report since taken out (an
    # undated look-alike filed with the event's lead, then ejected: the lead's group and the event's other reports
    # were weighed only with it) (``_relink``). Only the most of a linkage group is weighed again (more than half of
    # it), never the report taken out, and never against a group holding it. (Issue 7, h268: on the odd half of our
    # look-alike sets (by position in ``DEFAULT_SETS``) merged 1561/3888 the same, split 757 -> 734 (23 better, none
    # worse; of 1807 reports split off there, 714 sat in a second group of their own event without the look-alike);
    # the even half, held out, counted once: merged 1738/3912 the same, split 1056 -> 1044; all 982 ECB+ documents and
    # the development set the same figures (B-cubed F1 0.977, pairwise fp 65 fn 207, within-topic ARI 0.949, 4/43; dev
    # pairwise 0.982); the claims suite: own51's grouping pairwise F1 0.937 -> 0.939 (fp 1 -> 5, fn 11 -> 7: a wrong
    # pair linkage made joins the debt story's remnant), 10 pair verdicts better, none worse; dev the same dump.)
    # False turns it off.
    relink: bool = True
    # A dated report that tells its happening by the group's day ("yesterday's ruling", in a report of the next
    # morning) joins the group (``_adopt_told_day``) when it puts nothing at a place the group does not, whatever
    # other names it writes: a side story tells one town, one voice and one body of a national happening ("in
    # Halmsey, where nine workshops still build frames", "said Wendry Dorwick of the Frame Builders' Guild") and often
    # names neither the country nor the minister, so the test that every new name word be a person's full name held
    # it alone. Its day and the words it shares with the group already hold it there; a report with no day of its own
    # (joining by words alone) is still held to the names. False: every report held to them.
    told_day_new_names: bool = True
    # A quote piece (an explainer too: ``quote_pieces``, ``explainer_pieces``) may name a venue no other report of its
    # group writes, after "the" ("said the owner of the Mabthorne", the cafe a witness runs), besides the people
    # it names (``_placed_within``'s ``venues``): it is one voice of a story, never a happening of its own. A bare
    # name (a town, a country: "Hoxwenna's ministry") still holds it apart, as do places it puts things at. (Issue 7,
    # helper h397, on 5c78a211, with counted_weekdays: the seventy-third set's pedicab split 8 -> 0. Held only to the
    # places it puts things at, as a dated report telling the group's day is, an undated quote piece of another
    # country's export ban joined the look-alike event it resembled: odd half merged +2; dropped for this.) False:
    # held to the names as any undated report is.
    piece_places_only: bool = True
    # An undated follow-up's lead dates its own step by a weekday and counts it from the happening ("stilt acts were
    # banned on Tuesday, after the juggler died on Monday, some two days after the tumble"): the weekday so many days
    # before is the happening's too (``happening._counted_weekdays``), so the weekdays of a kind
    # (``weekday_kind_factor``) do not weigh the follow-up's death on Monday as another happening than the wire's
    # fall on Saturday. (Issue 7, helper h397, on 5c78a211: the odd half of ``DEFAULT_SETS`` by position, combination
    # by combination against False: split 10 fewer (twentysecond's knapperton 5, fortieth's narvand 3,
    # seventysecond's skaddow 2; fortyfourth's ezmeraud one better, one worse), merged the same (knapperton one
    # fewer, skaddow one more: the charge weeks on joined the event made whole); the seventy-third: duxmarrow split
    # 7 -> 1. Its cost, shown by the tests of ``days_after_joins``: an undated count "by Friday, four days after" the
    # flood, filed with an undated side story, meets a flood of years before on a Monday as well as this one, and
    # linkage may join it to either.) False: only the weekdays named.
    counted_weekdays: bool = True
    # An undated report's lead names a later step's weekday and counts the happening back from it in a span of its
    # own ("the board shut the beach on Tuesday. The tanker had blown up three days earlier"): the weekday so many
    # days before the one named is the happening's too (``happening._earlier_weekdays``), as counted_weekdays reads
    # a count after. False: only the weekdays named and counted after.
    counted_earlier: bool = True
    # The weekdays counted back so (after or earlier) are also among the weekdays an undated report falls on, which
    # a group dated to its day is weighed against (``weekday_factor``): "the council voted on Wednesday, four days after
    # the rider died" meets the wire's Saturday (its lead looks back, so no kind is read from it and
    # counted_weekdays gave nothing). (Issue 7, helper h418, on 781e2608; halves of ``DEFAULT_SETS`` by position,
    # combination by combination, merged/split: odd 1916/1092 -> 1917/1092 with counted_earlier alone (the
    # forty-fourth's data-centre fire, all its reports undated: its follow-up's "five days earlier" now gives the
    # fire's Monday, which meets the power cut's Tuesday within a day) -> 1905/1075 with both (20 split combinations
    # mended in 12 kinds, 3 new in 3;
    # merged 14 undone, 3 new); even, totals only, 2082/1162 -> 2080/1149 -> 2074/1135. The seventy-fifth set, read
    # while this was built (its shipbreaking blast split 8 -> 0 by counted_earlier, its bull run 2 -> 0 by
    # counted_stands), is the even half's last: without it the even half went 2033/1152 -> 2026/1135. All 982 ECB+
    # documents and the development set the same figures with each (B-cubed F1 0.977, pairwise 0.975, within-topic
    # ARI 0.949, 4/43; dev pairwise 0.982). False: only the weekdays named.)
    counted_stands: bool = True
    # Two groups that alone in the corpus write one person's name (a name word some report writes as a person's:
    # after a title or a role, before a verb of speech or an age), written within near_days of each other
    # (publication days, else datelines), are one (``_join_by_person``): the escape and the arrest three days on, the
    # wire and the next day's scene all name the one prisoner, victim or winner, in words that otherwise differ; a
    # look-alike shares its event's kind, words and place, and when it shares a person (a spokesman of both) it was
    # written days or years apart. A name a third group writes (a minister of many stories) joins nothing, nor does a
    # group with no day of its own. False turns it off.
    person_joins: bool = True
    # A follow-up of days or weeks later leads with its own news (the ban in force, the first fines, a delay, a
    # raised estimate) and writes the day of the happening it follows ("the levy it brought in on March 4", "the
    # fine it set last Friday"): a later step of one story, told in words of its own, so linkage and the
    # told-day rules (near_days back at most) leave it alone. Left alone, a report whose first
    # recalled_day_sentences sentences give a day more than near_days and up to recalled_day_span days before its
    # own joins the one group of two or more reports whose day (the day most of its leads date their happening
    # to) is that day, when one report of the group shares words with it (a scored pair reaching
    # ``told_day_floor``), it names no place the group does not (``_placed_within``) and gives no result told once
    # the group does not (``identifying`` less ``identifying_apart``) (``_adopt_recalled_day``). A look-alike that
    # recalls the happening it resembles (a second vote recalling the first's day) recalls it as earlier
    # (``recalls_lead``) and stays alone. Issue 7 (helper h322, on bb1848b), with told_day_new_names and
    # person_joins above: the own claims sets' grouping pairwise fn 56 -> 18 on the odd half (fp 5 the same; sets 75,
    # 77, 79, 81, 83, 85: follow-ups of one to seven weeks), 28 -> 20 on the even half (fp 1 the same); the odd-numbered
    # look-alike sets merged 2007 the same, split 1208 -> 1138; the others (counted only) merged 1860 the same, split
    # 1047 -> 1015; all 982 ECB+ documents and the development set the same figures (B-cubed F1 0.977, pairwise fp 65
    # fn 207, 4/43 topics merged; dev pairwise 0.982). 0 turns it off.
    recalled_day_span: int = 92
    recalled_day_sentences: int = 8
    # The day a follow-up gives may be a day off the group's: a vote late in the evening is dated to the next day by
    # a paper, a report across a time zone by its own calendar, and a follow-up written weeks on often misremembers
    # by one. So the group's day may lie this many days either side of the day the follow-up gives (0: that day only),
    # when that day lies more than recalled_slack_after days before the follow-up's own: a report of the same week
    # dates precisely, and a day off there is the day before's happening (a fire in the next town the night before).
    recalled_day_slack: int = 1
    recalled_slack_after: int = 14
    # A report with no day of its own (no publication day, no dateline) that linkage and the rules above left alone
    # joins the one group two or more of whose reports it shares words with (scored pairs reaching told_day_floor)
    # and whose summed likeness reaches spread_total, when no report outside that group reaches told_day_floor with
    # it, it recalls no lead of the group as an earlier happening of its own kind (``recalls_lead``), gives no result
    # told once the group does not, and writes no name the group does not but a person's (``_placed_within``)
    # (``_adopt_spread``). A side story (an onlooker's account, the losers' complaint, how the thing works) tells
    # one happening in the story's own words, spread over its reports: a little of the first report's, a little of
    # the next day's; it is weakly like each report and like the group as a whole, and undated it has no day for
    # the told-day rules to match. 0 turns it off.
    spread_total: float = 0.2
    spread_reports: int = 2
    # (the plain words, neither names nor calendar words, it must share with the group's reports: a story of
    # another happening in the group's town shares the town's name and a weekday, not the happening's words)
    spread_words: int = 3


@dataclass(frozen=True)
class TextFeatures:
    """What grouping reads of one article's text alone: the costly half of grouping, and the same in
    every corpus the article is part of, so a run may compute it once per content and keep it
    (``text_features``; plain data, so it can be cached as JSON)."""

    lead_end: int  # where the lead's sentences end
    words: dict[str, float]  # content words, weighed (``_bag``)
    names: dict[str, int]  # name words, counted, in the order first met
    spellings: dict[str, dict[str, int]]  # folded name -> its capitalised spellings, counted
    # What the lead and text tell of the happening without the article's facts (``_text_readings``),
    # each left empty when the option that reads it is off: read here, they run in the workers and a
    # warm cache skips them (in grouping's own loop they were a sixth of its time).
    counted_end: int  # where the sentences read for counts of a thing end (``counted_sentences``; 0: none)
    told: frozenset[str]  # the happenings its words tell of (``_told_kinds``)
    streets: frozenset[str]  # the streets its lead names
    all_streets: frozenset[str]  # the streets it names
    named: frozenset[str]  # its lead's names of happenings ("Storm Ilsa")
    repeat: bool  # its lead counts its happening as a repeat
    looks_back: bool  # its lead looks back months or years
    numbered: frozenset[tuple[str, int]]  # the places its lead gives in a numbered series
    lead_names: frozenset[tuple[str, tuple[str, ...]]]  # people in a role and things after their noun, in its lead
    name_words: frozenset[str]  # its name words outside the sentences recalling another happening
    next_day: bool  # its lead tells the day after a happening


def feature_options(options: GroupingOptions) -> tuple[object, ...]:
    """The options ``text_features`` reads: features made under other values do not apply."""
    return (options.lead_sentences, options.lead_weight, options.name_weight, options.title_weight,
            options.counted_sentences, options.vocabulary, options.what_outcomes, options.street_factor < 1.0,
            options.named_happenings, options.repeat_factor < 1.0, options.looks_back or options.back_in_mean,
            options.numbered_factor < 1.0, options.numbered_ignore, options.who_factor < 1.0, options.next_day,
            options.craft_nouns, options.lead_places)


def text_features(article: Article, text: str, options: GroupingOptions | None = None) -> TextFeatures:
    """One article's ``TextFeatures``; ``text`` is its cleaned text (the body when nothing was removed)."""
    options = options or GroupingOptions()
    lead_end = _lead_end(text, options.lead_sentences)
    bag = dict(_bag(article, text, options, lead_end))
    return TextFeatures(lead_end, bag, dict(Counter(names(text))), _spellings(text),
                        *_text_readings(article, text, lead_end, bag, options))


def _text_readings(
    article: Article, text: str, lead_end: int, bag: Mapping[str, float], options: GroupingOptions
) -> tuple[Any, ...]:
    """``TextFeatures``' readings of the happening, in field order, as grouping's loop once read them."""
    street_names = streets_and_lead(text, lead_end=lead_end) if options.street_factor < 1.0 else (frozenset(), frozenset())
    who = options.who_factor < 1.0
    return (
        _lead_end(text, options.counted_sentences) if options.counted_sentences else 0,
        _told_kinds(bag, *_told_tables(options.vocabulary, options.what_outcomes), article, text),
        street_names[1],
        street_names[0],
        named_happenings(text, lead_end, _naming(options.named_happenings)),
        options.repeat_factor < 1.0 and repeats(text, lead_end),
        (options.looks_back or options.back_in_mean) and looks_back(text[:lead_end]),
        numbered(text, lead_end, frozenset(options.numbered_ignore)) if options.numbered_factor < 1.0 else frozenset(),
        lead_names(text, lead_end) | lead_things(text, lead_end, CRAFT if options.craft_nouns else None)
        | (lead_places(text, lead_end) if options.lead_places else frozenset())
        if who
        else frozenset(),
        name_words(unrecalled(text)) if who else frozenset(),
        options.next_day and next_day(text[:lead_end]),
    )


def group_articles(
    articles: Sequence[Article],
    texts: Mapping[str, str] | None = None,
    options: GroupingOptions | None = None,
    progress: Callable[[int], None] | None = None,
    *,
    facts: Iterable[Fact] | None = None,
    stats: dict[str, int] | None = None,
    features: Sequence[TextFeatures] | None = None,
    release: bool = False,
    recollected: list[Recollected | None] | None = None,
) -> list[Event]:
    """Cluster ``articles`` into events.

    ``texts`` maps article id -> cleaned text (default: the body). ``facts`` are the articles'
    facts (framed or not): date facts give *when*, figure facts give figures with their measure.
    Without them grouping reads the text and the publication dates alone. ``stats``, when given,
    receives ``pairs_scored`` (candidate pairs compared) and ``largest_block`` (articles sharing
    the most common blocking key used), so a run can show it never compared all against all.
    ``features``, one per article (``text_features`` under these options), spare reading the texts
    again; the events are the same with them or without. With ``release`` the caller gives them up:
    their word tables are emptied as their compact tf-idf vectors are made and a list of them is
    emptied once read, so the corpus's largest table after its facts is not held twice while pairs
    are scored and linked. ``recollected``, one per article or None (``recollected_words`` under these options,
    made where the article was extracted), spares reading the recollections here; the list is emptied as read.
    """
    options = options or GroupingOptions()
    if not articles:
        return []
    texts = texts or {}
    by_article: dict[str, list[Fact]] = defaultdict(list)
    published = {a.id: published_day(a) for a in articles}
    for fact in facts or ():
        if _reckoned_ahead(fact, published.get(fact.article_id)):
            continue
        by_article[fact.article_id].append(fact)
    bodies = [texts.get(a.id, a.body) for a in articles]
    if features is None:
        features, release = [text_features(a, text, options) for a, text in zip(articles, bodies, strict=True)], True
    elif len(features) != len(articles):
        raise ValueError("one TextFeatures per article")
    lead_ends = [f.lead_end for f in features]
    # (the name words any report writes, for ``GroupingOptions.told_unnamed``)
    corpus_names = frozenset(w for f in features for w in f.names) if options.told_unnamed else frozenset()
    nameless = [not f.names for f in features] if options.told_unnamed else []
    surface = _surface_forms([f.spellings for f in features])
    name_bags = _name_bags([f.names for f in features])
    name_vectors = _tfidf(name_bags)
    del name_bags
    # What each text tells of by the happening vocabulary's words (a fire, a vote, a robbery), read
    # from its word table before the tables are let go.
    vocabulary = load_vocabulary(options.vocabulary)
    told = _told_of(vocabulary, options.what_outcomes)
    one_set: dict[frozenset[str], frozenset[str]] = {}  # a corpus has few of them: each held once
    kinds_of = [one_set.setdefault(f.told, f.told) for f in features]
    read = [
        (f.counted_end, f.streets, f.all_streets, f.named, f.repeat, f.looks_back, f.numbered, f.lead_names,
         f.name_words, f.next_day)
        for f in features
    ]
    vectors = _tfidf([f.words for f in features], in_place=release)  # read, never changed
    stage_clock.lap("group: tf-idf")
    if release and isinstance(features, list):
        features.clear()
    del features
    static = frozenset(m.key for m in load_vocabulary(options.vocabulary).measures if m.static)
    figure_vectors = _tfidf([_figure_bag(by_article.get(a.id, ()), static) for a in articles])
    dates = [
        _dates(a, by_article.get(a.id, ()), lead_end) for a, lead_end in zip(articles, lead_ends, strict=True)
    ]
    stages = with_outcomes(load_stages(options.vocabulary), options.outcomes)
    announced = announcing(options.announced)
    recalling = announcing(options.recalling)
    happenings: list[Happening] = []
    kin = {kind: group[0] for group in options.same_kind for kind in group}
    slots = {h.key: kin.get(h.slot_key, h.slot_key) for h in vocabulary.happenings}
    one_day = frozenset(options.one_day)
    told_one_day: dict[frozenset[str], frozenset[str]] = {}  # per set of happenings told (a corpus has few)
    cue_kinds = {word: tuple(sorted({slots.get(k, k) for k in keys})) for word, keys in told.items()}
    for kinds in kinds_of:
        if kinds not in told_one_day:
            told_one_day[kinds] = frozenset(slots.get(k, k) for k in kinds) & one_day
    # (each report's recollections, read once: the rule's words asked of the whole corpus, then each report's kept)
    held = _recollections(articles, bodies, by_article, options, recollected)
    asked_words = _words_asked(held, options)
    looks_years_back: list[bool] = []  # (whether each report recalls a happening a year or more back)
    for n, (article, text, lead_end, kinds, (counted_end, streets, all_streets, named, repeat, back, series, people,
                                              name_word, day_after)) in enumerate(zip(
        articles, bodies, lead_ends, kinds_of, read, strict=True
    )):
        own = by_article.get(article.id, ())
        # An article without a publication date reads its weekdays against its own dateline.
        dateline = dateline_day(article, own)
        found = read_happening(
            own, text, lead_end, stages, dateline, announced, options.apart_days,
            published=published_day(article), recalling=recalling,
            to_come_after=options.apart_days if options.dates_to_come else None,
            counted_weekdays=options.counted_weekdays,
            counted_earlier=options.counted_earlier,
            counted_stands=options.counted_stands,
        )
        # The days the article itself stands on: its happening's, its publication's, its dateline's.
        own_days = [(d, d) for d in (published_day(article), dateline) if d is not None]
        figures = lead_figures(
            own, lead_end, (*options.identifying, *options.tolls, *options.agreed_measures), options.apart_days, text,
            recalling,
            counted_end, options.counted_range,
            options.amounts,
            (published_day(article) or dateline) if options.counted_back else None,
            (*options.tolls, *options.agreed_measures),
        )
        days_recalled = (
            recalled_days(own, published_day(article) or dateline, options.recalled_day_back)
            if options.recalled_day_factor < 1.0
            else ()
        )
        recalled, steps = (
            recalled_happenings(own, published_day(article) or dateline, options.apart_days, stages)
            if options.recall
            else ((), frozenset())
        )
        if options.recurrence:
            stands = [d for d in (published_day(article), dateline) if d is not None] + [a for a, _ in found.days]
            recalled = tuple(sorted({
                *recalled, *recurrences(
                    own, text, lead_end, min(stands, default=None), cue_kinds, options.far_days,
                    options.recurrence_gap,
                )
            }))
        told_back, told_own, told_lead = held[n]
        held[n] = _NO_RECOLLECTION
        looks_years_back.append(bool(told_back))
        # (only the words the rule can ask about are kept while the other reports are read: every text's words,
        # held until the loop ends, would be grouping's peak of memory)
        recalled_words = asked_words.intersection(told_back) or _NO_WORDS
        lead_words = asked_words.intersection(told_lead) or _NO_WORDS
        own_written = _SortedWords.of(asked_words.intersection(told_own))
        earlier_figures, own_figures = figures_recalled(own, lead_end, options.recalled_measures) if options.recalled_figures else (frozenset(), frozenset())
        happenings.append(
            _as_one_kind(found._replace(recalled=recalled, recalled_stages=steps - found.stages), kin)._replace(
                anchors=merge_dates(found.days, own_days), figures=figures,
                named=named, told=told_one_day[kinds],
                repeat=repeat,
                looks_back=back,
                recalled_figures=earlier_figures, own_figures=own_figures,
                streets=streets, all_streets=all_streets,
                numbered=series,
                lead_names=people,
                name_words=name_word,
                next_day=day_after,
                foretells=options.foretold_factor < 1.0 and (
                    foretells(text[:_lead_end(text, 2)], told, options.foretold_to_come)
                    or bool(options.step_headlines and heads_a_step(text[:_lead_end(text, 2)], options.step_headlines, told))
                    or (
                        options.foretold_states
                        and (published_day(article) or dateline) is not None
                        and states(text[:_lead_end(text, 2)], told)
                    )
                ),
                recollected=recalled_words, own_words=own_written, lead_words=lead_words,
                recalled_days=days_recalled,
                ahead=options.recalled_day_factor < 1.0 and puts_ahead(text[:_lead_end(text, 2)]),
                months_gone=(
                    months_gone(text[:_lead_end(text, 2)])
                    if options.month_gone_factor < 1.0 and (published_day(article) or dateline) is None
                    else frozenset()
                ),
                weeks_after=(
                    weeks_after(text[:_lead_end(text, 2)], *options.weeks_after_days)
                    if options.weeks_after_factor < 1.0
                    else 0
                ),
                weeks_from=(
                    counted_from(text[:_lead_end(text, 2)], *options.weeks_after_days)
                    if options.weeks_after_factor < 1.0
                    else frozenset()
                ),
            )
        )
    del read
    _tell_counted_from(happenings, bodies)
    if options.who_factor < 1.0:
        happenings = _asked_names_only(happenings)
    stage_clock.lap("group: happenings")
    candidates, largest_block = _candidate_pairs(vectors, [published_day(a) for a in articles], options)
    stage_clock.lap("group: candidates")
    stage_clock.note("pairs_scored", len(candidates))
    stage_clock.note("largest_block (blocking key)", largest_block)
    if stats is not None:
        stats["pairs_scored"] = len(candidates)
        stats["largest_block"] = largest_block
    # One vector per article for scoring: words, then names and figures under their own keys,
    # scaled by the square root of their weight, so one dot product gives the weighted sum of three.
    # (Made one at a time as the scoring reads them: a corpus's combined vectors at once were
    # as large as all its words.)
    scoring = (
        _combined(words_vec, names_vec, figures_vec, options)
        for words_vec, names_vec, figures_vec in zip(vectors, name_vectors, figure_vectors, strict=True)
    )
    # The days each report tells of its happening near its own day ("yesterday", "on Tuesday"), for the last
    # look at reports linkage left alone (``_adopt_told_day``); only the pairs of such reports are kept for it.
    told_days = [
        _told_days(a, by_article.get(a.id, ()), lead_end, options.near_days) if options.told_day_floor > 0 else frozenset()
        for a, lead_end in zip(articles, lead_ends, strict=True)
    ]
    # (each report's day for a group's, when its lead dates no happening: a day its lead tells near its own, else
    # the day it stands on; ``GroupingOptions.told_group_days``)
    group_told = [
        d or frozenset(o for o in (published_day(a) or dateline_day(a, by_article.get(a.id, ())),) if o is not None)
        for a, d in zip(articles, told_days, strict=True)
    ] if options.told_group_days else []
    if options.told_own_day and options.told_day_floor > 0:
        told_days = [
            d or _own_day_untold(
                a, by_article.get(a.id, ()), lead_end, looks_years_back[i], options.told_own_back,
                options.told_own_coarse,
            )
            for i, (a, d, lead_end) in enumerate(zip(articles, told_days, lead_ends, strict=True))
        ]
    # (quote pieces: ``GroupingOptions.quote_pieces``; dated, the days before their own they may tell)
    quoting = [
        options.told_day_floor > 0 and not looks_years_back[i] and not happenings[i].foretells
        and (
            (options.quote_pieces and heads_a_quotation(text))
            or (options.explainer_pieces and heads_an_explainer(text))
        )
        for i, text in enumerate(bodies)
    ] if options.quote_pieces or options.explainer_pieces else [False] * len(articles)
    if any(quoting):
        for i, article in enumerate(articles):
            piece_day = (published_day(article) or dateline_day(article, by_article.get(article.id, ()))) if quoting[i] else None
            if piece_day is not None:
                told_days[i] = told_days[i] | frozenset(range(piece_day - options.quote_back, piece_day + 1))
    # (reports with no day of their own whose lead counts one from it: ``GroupingOptions.told_undated``)
    unanchored = [
        options.told_day_floor > 0 and options.told_undated and _tells_unanchored_day(a, by_article.get(a.id, ()), lead_end)
        for a, lead_end in zip(articles, lead_ends, strict=True)
    ]
    if options.told_unnamed and options.told_day_floor > 0:
        unanchored = [
            u or (
                none
                and not h.foretells  # (a warning or a plea is not the happening it warns of: foretold_factor's)
                and _undated_unnamed(a, by_article.get(a.id, ()), lead_end, text, corpus_names)
            )
            for a, u, none, h, lead_end, text in zip(
                articles, unanchored, nameless, happenings, lead_ends, bodies, strict=True
            )
        ]
    if any(quoting):
        unanchored = [
            u or (q and published_day(a) is None and dateline_day(a, by_article.get(a.id, ())) is None)
            for a, u, q in zip(articles, unanchored, quoting, strict=True)
        ]
    telling_day = [bool(d) or u for d, u in zip(told_days, unanchored, strict=True)]
    # (their pairs' likeness before the what rule: ``GroupingOptions.told_day_what``)
    unweighed: dict[int, float] = {}
    # Each report's people, read once for the pair scores and the joins by person alike (a pure function of the
    # body that scans every capitalised run of it: read twice, it was 1.8% of a 1k audit's CPU).
    people_of = functools.cache(lambda i: personal_names(bodies[i]))
    pairs = _pair_similarities(
        scoring, candidates, kinds_of if options.what_floor > 0 else None, options,
        (telling_day, unweighed) if options.told_day_what and options.told_day_floor > 0 else None,
        people_of if options.what_people else None,
    )
    del candidates
    stage_clock.lap("group: pair scores")
    years_back = [options.told_day_floor > 0 and options.recalling_joins and back for back in looks_years_back]
    # (the days each report's lead counts its own day after a happening by: ``GroupingOptions.days_after_joins``)
    counted_after = [
        days_after(text[:lead_end]) if options.days_after_joins and options.told_day_floor > 0 else frozenset()
        for text, lead_end in zip(bodies, lead_ends, strict=True)
    ]
    # (the days each report's first sentences give weeks back: ``GroupingOptions.recalled_day_span``)
    followed_days = [
        _followed_days(a, by_article.get(a.id, ()), text, options)
        if options.told_day_floor > 0 else frozenset()
        for a, text in zip(articles, bodies, strict=True)
    ]
    # (reports with no day of their own, for ``GroupingOptions.spread_total``)
    dayless = [
        options.spread_total > 0 and published_day(a) is None and dateline_day(a, by_article.get(a.id, ())) is None
        for a in articles
    ]
    weak = (
        _pairs_of(
            pairs, [
                t or r or bool(c) or bool(d) or u
                for t, r, c, d, u in zip(telling_day, years_back, counted_after, followed_days, dayless, strict=True)
            ],
            options.told_day_floor,
            _unweighed_of(unweighed, len(articles), telling_day, options.told_day_floor),
        )
        if options.told_day_floor > 0
        else None
    )
    stage_clock.lap("group: weak pairs")
    blocks = _blocks(len(articles), pairs, _least_mergeable(options))
    del pairs  # each block holds its own pairs
    stage_clock.lap("group: blocks")
    stage_clock.note("linkage blocks (articles, pairs), largest 5",
                     sorted(((len(b[0]), len(b[1])) for b in blocks), reverse=True)[:5])
    clusters = []
    blocks.reverse()
    while blocks:  # a block's pairs are let go once it is clustered
        clusters.extend(_link_block(blocks.pop(), dates, options, happenings))
    stage_clock.lap("group: linkage")
    if weak is not None:
        happening_days = [frozenset(first for first, _ in h.days) for h in happenings]
        clusters = _adopt_told_day(
            clusters, weak, told_days, happening_days, bodies, unanchored, options.live_lines,
            group_told, options.opening_names, options.told_day_new_names,
            quoting if options.piece_places_only else (),
        )
        if any(years_back):
            clusters = _adopt_recalling(clusters, weak, years_back, happenings, options)
        if any(counted_after):
            clusters = _adopt_days_after(
                clusters, weak, counted_after, happenings, happening_days, bodies, options
            )
        if any(followed_days):
            clusters = _adopt_recalled_day(clusters, weak, followed_days, happenings, happening_days, bodies, options)
        if any(dayless):
            clusters = _adopt_spread(clusters, weak, dayless, happenings, bodies, (vectors, name_vectors), options)
    if options.recalled_day_factor < 1.0 and options.recalled_step_out and happenings:
        clusters = _recalled_step_out(clusters, happenings, options)
    if options.person_joins:
        clusters = _join_by_person(
            clusters, name_vectors, bodies,
            [published_day(a) or dateline_day(a, by_article.get(a.id, ())) for a in articles], options, people_of,
        )
    stage_clock.lap("group: adopt")
    days = [
        _happening_days(a, by_article.get(a.id, ()), lead_end)
        for a, lead_end in zip(articles, lead_ends, strict=True)
    ]
    events: list[Event] = []
    # Deterministic order: by the first article (input order) of each cluster.
    for number, members in enumerate(sorted(clusters, key=min), start=1):
        members = sorted(members)
        # (the members' word weights summed and counted once, read by the keywords, the terms and the label)
        summed = _summed(vectors, members)
        keywords = _keywords(vectors, members, total=summed[0])
        evidence = EventEvidence(
            names=tuple(
                surface.get(n, n.title()) for n in _shared(name_vectors, members, options.evidence_items)
            ),
            dates=tuple(
                dt.date.fromordinal(d).isoformat()
                for d in _shared_days(days, members, options.evidence_items)
            ),
            terms=_shared(vectors, members, options.evidence_items, summed),
            figures=tuple(_show_figure(f) for f in _shared(figure_vectors, members, options.evidence_items)),
        )
        events.append(
            Event(
                id=f"e{number}",
                label=_label(articles, bodies, vectors, members, _event_day(days, members), total=summed[0]),
                article_ids=tuple(articles[i].id for i in members),
                keywords=keywords,
                evidence=evidence,
            )
        )
        if progress:
            progress(len(members))
    stage_clock.lap("group: events")
    stage_clock.note("largest event (articles)", max((len(e.article_ids) for e in events), default=0))
    return events


def _tell_counted_from(happenings: list[Happening], bodies: Sequence[str]) -> None:
    """Gives each happening the words of its lead that some report's counted-from happening writes (``told_from``,
    ``GroupingOptions.weeks_after_words``); a second pass over the leads, made only when some report counts so."""
    asked = frozenset().union(*(h.weeks_from for h in happenings))
    if not asked:
        return
    for i, (h, text) in enumerate(zip(happenings, bodies, strict=True)):
        told = lead_terms(text[:_lead_end(text, 2)]) & asked
        if told:
            happenings[i] = h._replace(told_from=told)


def _reckoned_ahead(fact: Fact, day: int | None) -> bool:
    """A span counted forward from publication ("reopens in three weeks", "within 30 days", "the next three days"):
    a date the report reckons, no day its happening fell on, which grouping's readings of when would take for one."""
    value = fact.value
    return (
        fact.kind == "date" and isinstance(value, DateValue) and value.relative and (value.timex or "").startswith("P")
        and day is not None and value.start is not None and value.start[:1].isdigit()
        and dt.date.fromisoformat(value.start[:10]).toordinal() >= day
    )


def _recollected(
    text: str, day: int | None, options: GroupingOptions
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """A report's ``recollections`` against the year of the day it stands on (none when ``recollected_words`` is
    off): what it recalls a year or more back, what it writes elsewhere, what its lead writes."""
    if not options.recollected_words:
        return frozenset(), frozenset(), frozenset()
    year = dt.date.fromordinal(day).year if day is not None else None
    return recollections(
        text, _lead_end(text, 2), year, day, options.dated_back_days, options.months_back, options.repeats_back,
        options.months_years_back, options.month_named_back, options.own_day_cut,
    )


# A report's ``recollections`` held between grouping's two passes over the reports: what it recalls a year or more
# back, what it writes elsewhere, what its lead writes, each a tuple of shared strings (``recollected_words``).
Recollected = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
_NO_RECOLLECTION: Recollected = ((), (), ())


def recollected_words(article: Article, text: str, facts: Sequence[Fact], options: GroupingOptions) -> Recollected:
    """A report's recollections as grouping reads them (``_recollected`` against the day it stands on: its
    publication's, else its dateline's among ``facts``), ``text`` its cleaned text as grouping reads it.

    Read once per report, by the worker that extracted it (the text and facts are there): in grouping's own
    loop, twice over, they were a fifth of its time, all of it in this process while the other cores idled."""
    day = published_day(article)
    if day is None:
        day = dateline_day(article, [f for f in facts if not _reckoned_ahead(f, day)])
    back, own, lead = _recollected(text, day, options)
    return tuple(back), tuple(own), tuple(lead)


def shared_recollection(found: Recollected | None) -> Recollected | None:
    """``found`` with each word one string for the whole run (``sys.intern``): a worker sends fresh strings for
    every report, and a corpus's reports write the same few thousand stems over and over."""
    if found is None:
        return None
    intern = sys.intern
    back, own, lead = found
    return tuple(map(intern, back)), tuple(map(intern, own)), tuple(map(intern, lead))


def _recollections(
    articles: Sequence[Article], bodies: Sequence[str], by_article: Mapping[str, Sequence[Fact]],
    options: GroupingOptions, given: list[Recollected | None] | None,
) -> list[Recollected]:
    """Each report's recollections: the ones ``given`` (emptied as read), the others read here."""
    if not options.recollected_words:
        return [_NO_RECOLLECTION] * len(articles)
    if given is not None and len(given) != len(articles):
        raise ValueError("one recollection (or None) per article")
    held: list[Recollected] = []
    for n, (article, text) in enumerate(zip(articles, bodies, strict=True)):
        found = given[n] if given is not None else None
        if given is not None:
            given[n] = None
        if found is None:
            found = shared_recollection(recollected_words(article, text, by_article.get(article.id, ()), options))
        assert found is not None
        held.append(found)
    if given is not None:
        given.clear()
    return held


def _words_asked(held: Sequence[Recollected], options: GroupingOptions) -> frozenset[str]:
    """The words the recollection rule can ask about: recalled by some report and written in some lead
    (``recollections.recalls_lead`` reads a lead's words among a group's recalled ones, less those it writes
    elsewhere), so that the main pass keeps only these of every report's words."""
    if not options.recollected_words:
        return _NO_WORDS
    recalled: set[str] = set()
    leads: set[str] = set()
    writers: Counter[str] = Counter()  # (how many reports write each word outside their look-backs)
    for back, own, lead in held:
        recalled.update(back)
        leads.update(lead)
        writers.update(own)
    asked = recalled & leads
    return frozenset(asked | {
        NAMED + word for word in asked
        if NAMED + word in recalled and writers[word] <= options.recalled_name_writers
    })


_NO_WORDS: frozenset[str] = frozenset()


class _SortedWords(tuple):  # type: ignore[type-arg]
    """A report's words written outside its look-backs (``Happening.own_words``), only ever asked whether they
    hold a word: sorted in a tuple and searched by halves. Grouping holds one per report from its reading loop to
    the end of linkage; as frozensets they were the largest of its readings (a hash table of about 150 words a
    report at 10,000 articles)."""

    __slots__ = ()

    @classmethod
    def of(cls, words: frozenset[str]) -> _SortedWords:
        return cls(sorted(words)) if words else _NO_OWN_WORDS

    def __contains__(self, word: object) -> bool:
        at = bisect.bisect_left(self, word)  # type: ignore[call-overload]
        return at < len(self) and self[at] == word


_NO_OWN_WORDS = _SortedWords()


def _frozen(items: Iterable[Any]) -> frozenset[Any]:
    """``items`` as a frozenset; the one shared empty frozenset when there are none."""
    return frozenset(items) or _NO_WORDS


def _asked_names_only(happenings: list[Happening]) -> list[Happening]:
    """The happenings with only the name words some lead asks about.

    The who rule asks whether a group's texts write a name (``protagonists.others_in_role``), and only
    the names that leads give people in a role are ever asked: the stems of all other capitalised words
    answer nothing. Each article kept them all until grouping ended (a set of a few hundred stems, some
    50 MB of a 10,000-article run, its largest moment); kept only where asked, every answer is the same.
    """
    asked = {word[:STEM] for h in happenings for _role, name in h.lead_names for word in name}
    return [h._replace(name_words=h.name_words & asked) if h.name_words else h for h in happenings]


def _as_one_kind(happening: Happening, kin: Mapping[str, str]) -> Happening:
    """The happening with its kinds named as the one-day rules read them (``GroupingOptions.same_kind``)."""
    if not kin:
        return happening
    return happening._replace(
        kinds=tuple(sorted({(kin.get(k, k), day) for k, day in happening.kinds})),
        weekday_kinds=tuple(sorted({(kin.get(k, k), day) for k, day in happening.weekday_kinds})),
        month_days=tuple(sorted({(kin.get(k, k), day) for k, day in happening.month_days})),
        coarse=tuple(sorted({(kin.get(k, k), first, last) for k, first, last in happening.coarse})),
        recalled=tuple(sorted({(kin.get(k, k), first, last) for k, first, last in happening.recalled})),
    )


def _bag(article: Article, text: str, options: GroupingOptions, lead_end: int = 0) -> dict[str, float]:
    """Content words counted; a headline's and the lead's count more (they say what happened)."""
    bag: defaultdict[str, float] = defaultdict(float)
    for word in words(text):
        if word not in STOPWORDS and len(word) > 2 and not word.isdigit():
            bag[word] += 1.0
    if options.lead_weight != 1.0:
        for word in words(text[:lead_end]):
            if word in bag:
                bag[word] += options.lead_weight - 1.0
    read: dict[str, list[str]] = {}  # a name recurs through a text: its words are read once
    for found in _CAPITALISED.findall(text):
        keys = read.get(found)
        if keys is None:
            keys = read[found] = words(found)
        for key in keys:
            if key in bag:
                bag[key] += options.name_weight - 1.0
    if article.title:
        for word in words(article.title):
            if word not in STOPWORDS and len(word) > 2 and not word.isdigit():
                bag[word] += options.title_weight
    return bag


def _name_bags(found: Sequence[Mapping[str, int]]) -> list[dict[str, float]]:
    """Each text's names (counted), with the spellings of one name merged across the corpus."""
    spread: Counter[str] = Counter()
    for bag in found:
        spread.update(bag.keys())
    variants = name_variants(spread)
    out = []
    for bag in found:
        merged: defaultdict[str, float] = defaultdict(float)
        for word, count in bag.items():
            merged[variants.get(word, word)] += count
        out.append(dict(merged))
    return out


def _figure_bag(facts: Sequence[Fact], static: frozenset[str] = frozenset()) -> dict[str, float]:
    """Figures keyed by what they measure and their value: "deaths:12", "magnitude:6.1", "cost:8e+09", and in
    the base unit of their dimension, the unit named, where a fixed factor converts it: "duration:10800 s".

    Not a place's own figures (``static`` measures: a town's population), which every report of any
    event there repeats. The unit matters: keyed by the number alone, a report's "repairs will last about 3
    months" met another event's "rescuers searched for 3 hours" as one figure, and invented reports of five
    events told alike became one; in base units "two weeks" still meets "14 days". (Hedged durations and
    spans in weeks, months or years left out altogether cost on ECB+, whose reports of one event share them.)
    """
    bag: defaultdict[str, float] = defaultdict(float)
    for fact in facts:
        value = fact.value
        if fact.kind != "figure" or not isinstance(value, Quantity) or value.low is None or value.vague:
            continue
        frame = fact.frame
        if frame is not None and frame.tally:
            continue  # a running toll changes from report to report: no evidence either way
        if frame is not None and frame.measure in static:
            continue
        measure = frame.measure if frame is not None and frame.known else (value.counted or value.unit)
        base = base_unit(value.unit)
        if measure and base and base != measure:  # (in base units, named: "3 hours" is "duration:10800 s")
            bag[f"{measure}:{in_base_units(value).low or value.low:g} {base}"] += 1.0
        elif measure:
            bag[f"{measure}:{value.low:g}"] += 1.0
    return bag


def _lead_end(text: str, sentences: int) -> int:
    """Where the first ``sentences`` sentences of ``text`` end (the headline counts as one)."""
    spans = first_sentences(text[:_LEAD_SCAN], sentences) if sentences > 0 else split_sentences(text[:_LEAD_SCAN])
    return spans[min(sentences, len(spans)) - 1][1] if spans else 0


def _dates(article: Article, facts: Sequence[Fact], lead_end: int | None = None) -> list[tuple[int, int]]:
    """The days an article dates, as merged ordinal ranges: its publication day and its day-level dates.

    In an article without a publication date, a date further down than ``lead_end`` counts only
    when it dates the article itself (a dateline): alone, a release date or an anniversary in the
    body would date the article wrongly, and two reports of one event would look years apart.
    An article with a publication date keeps every date: more dates can only bring it nearer.
    """
    spans: list[tuple[int, int]] = []
    dated = article.published is not None and not article.published_precision
    if dated and article.published is not None:
        day = article.published.date() if isinstance(article.published, dt.datetime) else article.published
        spans.append((day.toordinal(), day.toordinal()))
    for fact in facts:
        value = fact.value
        dateline = fact.frame is not None and fact.frame.measure == "publication"
        if not dated and lead_end is not None and fact.start >= lead_end and not dateline:
            continue
        if (
            fact.kind == "date"
            and isinstance(value, DateValue)
            and value.resolved
            and value.granularity in DAY_GRAINS
            and value.start
            and value.end
            and not value.start.startswith("-")  # a year-less date says nothing of the year
        ):
            try:
                spans.append(
                    (
                        dt.date.fromisoformat(value.start[:10]).toordinal(),
                        dt.date.fromisoformat(value.end[:10]).toordinal(),
                    )
                )
            except ValueError:
                continue
    return merge_dates(spans, [])


def _when(
    a: list[tuple[int, int]],
    b: list[tuple[int, int]],
    options: GroupingOptions,
    a_anchors: list[tuple[int, int]] | None = None,
    b_anchors: list[tuple[int, int]] | None = None,
    a_happens: bool = False,
    b_happens: bool = False,
) -> float:
    """How much the dates of two articles (or groups) raise or lower their similarity.

    ``a_anchors`` and ``b_anchors`` are the days each stands on (``Happening.anchors``): when those
    are a year or more apart the two are far apart, whatever days they recall in passing (a report
    of this year's quake that recalls the day of the one five years ago is not about that one).
    Recalling the very day the other stands on keeps them near (a report published years later that
    tells the old happening, or a later step of its story), unless the recalling group dates a new
    happening of the other's kind to a day it stands on (``a_happens``, ``b_happens``:
    ``happening.happens_anew``): "a magnitude 6.2 quake struck on Tuesday, five years after the one of July 2,
    2019" reports Tuesday's quake.
    """
    if (
        a_anchors
        and b_anchors
        and (days_gap(a_anchors, b_anchors) or 0) >= options.far_days
        and (a_happens or (days_gap(a, b_anchors) or 0) > options.near_days)
        and (b_happens or (days_gap(b, a_anchors) or 0) > options.near_days)
    ):
        return options.far_factor
    gap = days_gap(a, b)
    if gap is None:
        return 1.0
    if gap <= options.near_days:
        return 1.0 + options.near_bonus
    if gap >= options.far_days:
        return options.far_factor
    return 1.0


def rarity(df: Mapping[str, int], n: int) -> dict[str, float]:
    """Each term's inverse document frequency among ``n`` articles, as grouping weighs its terms
    (computed once per term, not once per use; the check's neighbourhood reads it too)."""
    return {t: math.log((n + 1) / (c + 1)) + 1.0 for t, c in df.items()}


class _Vector:
    """A tf-idf vector held compactly: its terms (strings the corpus shares) and their weights as
    doubles, in the order the bag gave them, so sums over it add in the same order as over a dict.

    Grouping holds one per article while it scores and links pairs: as dicts of floats they were the
    largest tables of a run (about 60 bytes a term against 16 here, some 150 MB at 10,000 articles).
    Read by ``items`` (in order) or, for a lookup, by ``as_dict``.
    """

    __slots__ = ("terms", "weights")

    def __init__(self, terms: tuple[str, ...], weights: array) -> None:  # type: ignore[type-arg]
        self.terms = terms
        self.weights = weights

    def items(self) -> Iterator[tuple[str, float]]:
        return zip(self.terms, self.weights, strict=True)

    def as_dict(self) -> dict[str, float]:
        return dict(zip(self.terms, self.weights, strict=True))


def _tfidf(bags: list[dict[str, float]], in_place: bool = False) -> list[_Vector]:
    """Each bag's tf-idf vector, of unit length; ``in_place`` empties each bag once read (the caller
    gives them up: the word bags of a corpus are as large as its vectors)."""
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    idf = rarity(df, len(bags))
    vectors = []
    for bag in bags:
        values = [(1.0 + math.log(c)) * idf[t] for t, c in bag.items()]
        norm = math.sqrt(sum(v * v for v in values)) or 1.0
        vectors.append(_Vector(tuple(bag), array("d", [v / norm for v in values])))
        if in_place:
            bag.clear()
    return vectors


def _weight_of(item: tuple[str, float]) -> float:
    return item[1]


def _candidate_pairs(
    vectors: list[_Vector], days: Sequence[int | None], options: GroupingOptions
) -> tuple[Pairs, int]:
    """Pairs of articles that share a blocking key, and the largest block used.

    The keys are each article's strongest terms (``top_terms``: rare names and words weigh most).
    A term shared by more than ``max_block`` articles is too common to say much on its own: it is
    cut by time instead, into windows of ``window_days`` (each article files it under its window
    and the next, so two articles fewer than ``window_days`` apart always share one), and a window
    still larger than ``max_block`` proposes nothing. Every block is thus at most ``max_block``
    articles, and the pairs grow with the corpus, not with its square: a term common in a
    thousand articles pairs only the articles of one week. Undated articles meet by rare terms only.
    An article takes its blocks rarest first and stops once it has ``max_partners`` partners, so
    it proposes at most ``max_partners + max_block`` pairs, whatever the corpus holds.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for index, vec in enumerate(vectors):
        # (nlargest keeps the vector's order among equal weights, as it did over a dict's keys)
        for term, _weight in heapq.nlargest(options.top_terms, vec.items(), key=_weight_of):
            postings[term].append(index)
    blocks: list[list[int]] = []
    for term in sorted(postings):
        docs = postings[term]
        if len(docs) <= options.max_block:
            blocks.append(docs)
            continue
        windows: dict[int, list[int]] = defaultdict(list)
        for doc in docs:
            day = days[doc]
            if day is not None:
                window = day // options.window_days
                windows[window].append(doc)
                windows[window + 1].append(doc)
        blocks.extend(w for w in windows.values() if len(w) <= options.max_block)
    # Each article takes partners from its rarest blocks first, until it has max_partners.
    of_article: dict[int, list[list[int]]] = defaultdict(list)
    largest = 0
    for docs in blocks:
        if len(docs) >= 2:
            largest = max(largest, len(docs))
            for doc in docs:
                of_article[doc].append(docs)
    n = len(vectors)
    found: list[np.ndarray] = []
    for a, its_blocks in of_article.items():
        partners: set[int] = set()
        for docs in sorted(its_blocks, key=len):
            if len(partners) > options.max_partners:
                break
            partners.update(docs)
        partners.discard(a)
        if partners:
            others = np.fromiter(partners, dtype=np.int64, count=len(partners))
            found.append(np.minimum(others, a) * n + np.maximum(others, a))
    return Pairs(n, np.unique(np.concatenate(found)) if found else np.empty(0, dtype=np.int64)), largest


def _average_linkage(
    n: int,
    pairs: Mapping[tuple[int, int], float] | _LocalPairs,
    dates: list[list[tuple[int, int]]],
    options: GroupingOptions,
    happenings: Sequence[Happening] | None = None,
) -> list[list[int]]:
    """UPGMA on a sparse graph: missing pairs count as similarity 0.

    The mean similarity of two groups is scaled by what their dates say (``_when``); a group's
    dates are all its articles' dates, so an undated report that joined a group carries the
    group's date from then on; likewise its happening days, stages, weekdays and days by kind of
    happening (``happenings``, one ``Happening`` per article), weighed by ``happening.happening_apart``, the
    weekday rule and ``happening.kind_apart``. Two groups of at least ``cohesion_size`` articles merge only when
    their scaled mean reaches ``cohesion`` times the lower of their own mean inner similarities.
    """
    # Each article's scored pairs, as compact rows for a block (``_Rows``): read by the merges' table and
    # again by the second look.
    rows = pairs.rows() if isinstance(pairs, _LocalPairs) else None
    # Sum of pairwise similarities between live clusters: each group's partners and their sums (``_Links``).
    links = _Links(rows if rows is not None else _neighbours(pairs))
    size = dict.fromkeys(range(n), 1)
    inner = dict.fromkeys(range(n), 0.0)  # sum of similarities inside each cluster
    members = {i: [i] for i in range(n)}
    when = dict(enumerate(dates))
    read = [stood_on(Happening(*h), options) for h in happenings or ()]
    days = {i: list(h.days) for i, h in enumerate(read)}
    # An article's sets are read and joined (``|`` makes a new one), never changed in place: frozen, and
    # the empty ones (most articles' stages, recalls, names) one shared object, not a 216-byte set each.
    stages = {i: _frozen(h.stages) for i, h in enumerate(read)}
    weekdays = {i: h.weekdays for i, h in enumerate(read)}
    kinds: dict[int, dict[str, list[tuple[int, int]]]] = {i: days_by_kind(h.kinds) for i, h in enumerate(read)}
    anchors = {i: list(h.anchors) or list(h.days) for i, h in enumerate(read)}
    month_days: dict[int, dict[str, set[int]]] = {i: calendar_days(h.month_days) for i, h in enumerate(read)}
    to_come = {i: _frozen(h.announced) for i, h in enumerate(read)}
    dated = {i: 1 if found else 0 for i, found in when.items()}  # members that give a date
    coarse: dict[int, dict[str, list[tuple[int, int]]]] = {i: coarse_by_kind(h.coarse) for i, h in enumerate(read)}
    top = 1.0 + options.names_weight + options.figures_weight  # the similarity of a text to itself
    weekday_kinds: dict[int, dict[str, set[int]]] = {}
    for i, h in enumerate(read):
        weekday_kinds[i] = defaultdict(set)
        for kind, weekday in h.weekday_kinds:
            weekday_kinds[i][kind].add(weekday)
    recalled = {i: _frozen(h.recalled) for i, h in enumerate(read)}
    looking_back = {i: h.looks_back for i, h in enumerate(read)}
    behind = {i: _frozen(h.recalled_stages) for i, h in enumerate(read)}
    named = {i: _frozen(h.named) for i, h in enumerate(read)}
    told = {i: h.told for i, h in enumerate(read)}
    repeat = {i: h.repeat for i, h in enumerate(read)}
    earlier_figures = {i: frozenset(h.recalled_figures) for i, h in enumerate(read)}
    own_figures = {i: frozenset(h.own_figures) for i, h in enumerate(read)}
    placed = {i: h.streets for i, h in enumerate(read)}
    placed_anywhere = {i: h.all_streets for i, h in enumerate(read)}
    series = {i: h.numbered for i, h in enumerate(read)}
    leading = {i: h.lead_names for i, h in enumerate(read)}
    written: dict[int, frozenset[str] | Written] = {i: h.name_words for i, h in enumerate(read)}
    day_after = {i: h.next_day for i, h in enumerate(read)}
    foretold = {i: h.foretells for i, h in enumerate(read)}
    recollected = {i: h.recollected for i, h in enumerate(read)}
    own_words: dict[int, Container[str]] = {i: h.own_words for i, h in enumerate(read)}
    lead_words = {i: (h.lead_words,) if h.lead_words else () for i, h in enumerate(read)}  # one per report
    days_recalled = {i: list(h.recalled_days) for i, h in enumerate(read)}
    ahead = {i: h.ahead for i, h in enumerate(read)}
    gone = {i: h.months_gone for i, h in enumerate(read)}
    weeks_since = {i: h.weeks_after for i, h in enumerate(read)}
    weeks_from = {i: h.weeks_from for i, h in enumerate(read)}
    told_from = {i: h.told_from for i, h in enumerate(read)}
    held_measures = (*options.tolls, *options.agreed_measures)  # weighed only between some groups
    # How many reports of each group, each with a date of its own, give each measure of ``tolls`` (``agreed_tolls``).
    giving: dict[int, Mapping[str, int]] = {
        i: {m: 1 for m, _ in h.figures if m in held_measures} if dated[i] else {} for i, h in enumerate(read)
    }
    measured: dict[int, dict[str, set[float]]] = {}
    for i, h in enumerate(read):
        measured[i] = defaultdict(set)
        for measure, value in h.figures:
            measured[i][measure].add(value)

    # Each article's own reading, kept for the second look (``reassign``) once groups have merged.
    tables: tuple[dict[int, Any], ...] = (
        when, days, stages, weekdays, anchors, to_come, month_days, measured, kinds, dated, coarse, weekday_kinds,
        recalled, behind, named, told, repeat, placed, placed_anywhere, series, leading, written, looking_back,
        day_after, foretold, days_recalled, ahead, giving, gone, weeks_since, weeks_from, told_from, recollected, own_words, lead_words, earlier_figures, own_figures,
    )  # (the figures last: ``_eject`` reads them as the last two, ``_unrecall`` the recollections before them)
    own_reading = [dict(table) for table in tables]

    def _recalls_other(a: int, b: int) -> bool:
        """Whether group ``a`` recalls group ``b``'s happening as one a year or more before its own."""
        if not recollected[a] or not lead_words[b]:
            return False
        if _within_days(when[a], when[b], options.near_days):
            return False
        if anchors[a] and anchors[b] and anchors[b][-1][1] > anchors[a][0][0]:
            return False  # (``b`` stands on a day after ``a``'s first: not the earlier one)
        # (Most of its reports: one of the event's reports that recalls the earlier happening, weighed against the
        # event's other reports and the earlier happening's report linkage filed with them, is no earlier one.)
        leads = lead_words[b]
        recalled = sum(recalls_lead(recollected[a], own_words[a], lead, options.recollected_words) for lead in leads)
        if not recalled and len(leads) == 1 and options.group_recollected_words and size[a] >= options.recollecting_size:
            # (A group of several reports recalls a lone report's lead in words alone, more of them: one report's
            # background piece is not enough, ``recollected_words``' note.)
            recalled = recalls_words(recollected[a], own_words[a], leads[0], options.group_recollected_words)
        elif (
            not recalled and len(leads) == 1 and options.undated_recollected_words
            and size[a] == 1 and not dated[a] and dated[b] == size[b]
        ):
            # (An undated background piece against a dated report: no day holds it apart from the happening it
            # recalls, ``undated_recollected_words``.)
            recalled = recalls_words(recollected[a], own_words[a], leads[0], options.undated_recollected_words)
        elif (
            not recalled and len(leads) == 1 and options.recalled_undated_words
            and dated[a] and size[a] < options.recollecting_size and size[b] == 1 and not dated[b]
        ):
            # (A dated background piece, or the group linkage filed it in first, against a lone undated report: no
            # day holds that report apart from it, ``recalled_undated_words``.)
            recalled = recalls_words(recollected[a], own_words[a], leads[0], options.recalled_undated_words)
        return 2 * recalled > len(leads)

    def _recalls_day(a: int, b: int) -> bool:
        """Whether group ``a`` recalls, as a day of an earlier step, the day group ``b`` stands on, and ``b`` stands
        only on days apart_days or more before the first ``a`` stands on (``recalled_day_factor``)."""
        return recalls_step(days_recalled[a], anchors[b], anchors[a], ahead[b], options.apart_days)

    def _plainly_dated(a: int) -> bool:
        """Whether every report of group ``a`` stands on a day and none looks back (``_stands_before``)."""
        return dated[a] == size[a] and not (looking_back[a] or recollected[a])

    def _agreed_tolls(a: int, b: int) -> frozenset[str]:
        """The measures of ``tolls`` on which one group's reports, ``agreed_tolls`` or more of them, give one
        value, the other group being one report without a date (``GroupingOptions.agreed_tolls``)."""
        if not options.agreed_tolls:
            return frozenset()
        if size[a] == 1 and not dated[a]:
            group = b
        elif size[b] == 1 and not dated[b]:
            group = a
        else:
            return frozenset()
        spans = anchors[group]
        if not spans or spans[-1][1] - spans[0][0] >= options.apart_days:
            # (Reports standing on days weeks apart may be two happenings already filed together.)
            return frozenset()
        return frozenset(
            m for m, count in giving[group].items() if count >= options.agreed_tolls and len(measured[group][m]) == 1
        )

    def _month_gone(a: int, b: int) -> bool:
        """Whether group ``a``, one report without a date, names as gone by the month of every day group ``b``
        stands on (its happening's, its reports' own: ``GroupingOptions.month_gone_factor``)."""
        if size[a] != 1 or dated[a] or not gone[a]:
            return False
        spans = anchors[b]
        return bool(spans) and all(
            last - first < 31 and {dt.date.fromordinal(first).month, dt.date.fromordinal(last).month} <= gone[a]
            for first, last in spans
        )

    def _weeks_after(a: int, b: int) -> bool:
        """Whether group ``a``, one report, counts weeks or months from an earlier happening to what it tells,
        and group ``b``'s reports count none so and, where both stand on days, stand on none after ``a``'s first
        but apart_days or more before it (``GroupingOptions.weeks_after_factor``)."""
        if size[a] != 1 or not weeks_since[a] or weeks_since[b]:
            return False
        if len(weeks_from[a] & told_from[b]) < options.weeks_after_words:
            return False
        if not (anchors[a] and anchors[b]):
            return options.weeks_after_undated
        return anchors[b][-1][1] <= anchors[a][0][0] - options.apart_days

    def mean(a: int, b: int, total: float) -> float:
        raw = total / (size[a] * size[b])
        if not read:
            return raw * _when(when[a], when[b], options)
        anchors_a, anchors_b = anchors[a], anchors[b]
        days_a, days_b, stages_a, stages_b = days[a], days[b], stages[a], stages[b]
        # (Whether each dates a new happening is read only where ``_when`` reads it: both stand on days
        # and both date kinds; most pairs do not, and linkage weighs hundreds of thousands of them.)
        read_anew = bool(anchors_a and anchors_b and kinds[a] and kinds[b])
        far = _when(
            when[a],
            when[b],
            options,
            anchors_a,
            anchors_b,
            read_anew and happens_anew(days_a, kinds[a], kinds[b], options),
            read_anew and happens_anew(days_b, kinds[b], kinds[a], options),
        )
        if (
            far <= options.far_factor < 1.0
            and (
                told[a] & kinds[b].keys()
                or told[b] & kinds[a].keys()
                or (options.years_days and (days_gap(anchors_a, anchors_b) or 0) >= options.years_days)
            )
            and raw < options.same_text * top
        ):
            # Years apart, and both tell of one kind of one-day happening (or stand on days two years or more
            # apart, whatever they tell): two of them.
            far = options.far_kind_factor
        scaled = raw * far
        if days_a and days_b:
            scaled *= happening_apart((when[a], days_a, stages_a), (when[b], days_b, stages_b), options)
            if (
                (not (kinds[a] and kinds[b]) or _same_kind(kinds[a], kinds[b], options))
                and raw < options.same_text * top
                and (days_gap(days_a, days_b) or 0) >= options.season_days
                and not_recalled(when[a], days_a, when[b], days_b, options)
                and (days_gap(anchors_a, anchors_b) or 0) >= options.season_days
            ):
                scaled *= options.season_factor
        elif stages_a and stages_b and contradict(stages_a, stages_b):
            # Without days on both sides the stages alone speak: the first round's undated reports
            # against the run-off's.
            scaled *= options.undated_stage_factor
        elif (
            (days_a or days_b) and weekdays[a] and weekdays[b] and not weekdays[a] & weekdays[b]
            and not (
                options.next_day
                and (day_after[b] if days_a else day_after[a])
                and _next_day(days_a or days_b, weekdays[b] if days_a else weekdays[a])
            )
        ):
            scaled *= options.weekday_factor
        if (
            not (days_a and days_b)
            and weekday_kinds[a]
            and weekday_kinds[b]
            and raw < options.same_text * top
            and weekday_kinds_apart(weekday_kinds[a], weekday_kinds[b], options)
        ):
            # Without days on both sides, the weekdays of one kind of one-day happening speak.
            scaled *= options.weekday_kind_factor
        elif (
            options.weekday_bonus
            and far <= 1.0  # (never on top of the near bonus: ``_least_mergeable`` counts one)
            and bool(days_a) != bool(days_b)
            and weekday_kinds[a]
            and weekday_kinds[b]
            and _weekday_kind_met(weekday_kinds[a], weekday_kinds[b], options.one_day)
        ):
            # One dated to its day, the other not: the same weekday of the same kind of happening is as near
            # as dates days apart (an undated "voted on Sunday" meets the Sunday vote, not one years before).
            scaled *= 1.0 + options.near_bonus
        if kinds[a] and kinds[b] and raw < options.same_text * top:
            scaled *= kind_apart(
                (when[a], kinds[a]), (when[b], kinds[b]), options, anchors_a, anchors_b, days_a, days_b
            )
        if (
            options.steps
            and kinds[a]
            and kinds[b]
            and raw < options.same_text * top
            and steps_apart((when[a], kinds[a]), (when[b], kinds[b]), options.steps, options)
        ):
            # Different steps of one story on days weeks apart, neither recalling the other's: the bid turned
            # down is not the deal agreed, the sentence not the appeal.
            scaled *= options.step_factor
        elif (
            options.steps
            and bool(days_a) != bool(days_b)
            and (kinds[a] or weekday_kinds[a])
            and (kinds[b] or weekday_kinds[b])
            and raw < options.same_text * top
            and steps_differ(kinds[a].keys() | weekday_kinds[a].keys(), kinds[b].keys() | weekday_kinds[b].keys(),
                             options.steps)
            and not _day_or_two_after(days_a or days_b, weekday_kinds[b] if days_a else weekday_kinds[a])
            and not (
                options.step_day_before
                and _earlier_step_day_before(
                    days_a or days_b, kinds[a] if days_a else kinds[b],
                    weekday_kinds[b] if days_a else weekday_kinds[a], options.steps,
                )
            )
        ):
            # Without days on both sides, the steps each lead dates speak.
            scaled *= options.undated_step_factor
        if (coarse[a] or coarse[b]) and raw < options.same_text * top and (
            (not anchors_a and coarse_apart(coarse[a], kinds[b], options))
            or (not anchors_b and coarse_apart(coarse[b], kinds[a], options))
        ):
            scaled *= options.far_factor
        measured_a, measured_b = measured[a], measured[b]
        if held_measures:
            # (A toll tells apart only two lone reports, one undated, of a one-day kind both tell: ``tolls``; or
            # a lone undated report and a group whose reports agree on it: ``agreed_tolls``.)
            both = told[a] & told[b]
            lone = options.tolls if both and not (dated[a] and dated[b]) and size[a] + size[b] <= 2 else ()
            agreed = _agreed_tolls(a, b) if both else frozenset()
            measured_a = {m: v for m, v in measured_a.items() if m not in held_measures or m in lone or m in agreed}
            measured_b = {m: v for m, v in measured_b.items() if m not in held_measures or m in lone or m in agreed}
        if measured_a and measured_b and figures_differ(measured_a, measured_b, options):
            # A side without any date has no day to reconcile it with a dated one: nothing confirms it.
            one_undated = (not dated[a] and dated[b] == size[b]) or (not dated[b] and dated[a] == size[a])
            if days_a and days_b and days_apart(when[a], days_a, when[b], days_b, options):
                # Measured differently and dated to days weeks apart, neither giving the other's day: two
                # happenings (the vote on a bill's first version and the one on its amended text).
                scaled *= options.kind_apart_factor
            else:
                # Dated within days of each other (their happenings, else their publications).
                gap = days_gap(days_a, days_b) if days_a and days_b else days_gap(when[a], when[b])
                one_day = gap is not None and gap <= options.near_days
                figures_a: Mapping[str, set[float]] = measured_a
                figures_b: Mapping[str, set[float]] = measured_b
                dates_gap = days_gap(when[a], when[b])
                if (options.identifying_apart or held_measures) and (
                    one_day or (dates_gap is not None and dates_gap <= options.near_days)
                ):
                    # (Within days, by the happening's days or any the two give, a find's weight or a plant's job
                    # cuts told two ways is a discrepancy to show.)
                    figures_a = _without(figures_a, (*options.identifying_apart, *held_measures))
                    figures_b = _without(figures_b, (*options.identifying_apart, *held_measures))
                far = figures_differ(figures_a, figures_b, options, options.figures_far)
                # Happenings dated to days apart, however few: not one report erring against the others.
                own_days = bool(days_a and days_b) and gap is not None and gap >= options.figures_days
                if not figures_differ(figures_a, figures_b, options):
                    pass
                elif far and (own_days or not one_day):
                    # Further apart than two agencies' readings of one quake, and not dated days apart
                    # at most (there one report errs against the others, a discrepancy to show): two
                    # happenings.
                    scaled *= options.kind_apart_factor
                elif far or not (one_day or _same_weekday(days_a, days_b, weekdays[a], weekdays[b])):
                    # (Close values of one day, or weekday, are two agencies' readings of one quake.)
                    scaled *= options.undated_figures_factor if one_undated else options.figures_apart_factor
        if (recalled[a] or recalled[b]) and raw < options.same_text * top and (
            (days_b and recalled_apart(
                recalled[a], kinds[a].keys() | weekday_kinds[a].keys(), kinds[a],
                kinds_on(kinds[b], merge_dates(days_b, [])), anchors_b, options.lasting,
            ))
            or (days_a and recalled_apart(
                recalled[b], kinds[b].keys() | weekday_kinds[b].keys(), kinds[b],
                kinds_on(kinds[a], merge_dates(days_a, [])), anchors_a, options.lasting,
            ))
        ):
            # One group recalls an earlier happening of the kind it reports, in the period the other dates
            # its own: the other reports the earlier one.
            scaled *= options.kind_apart_factor
        if (behind[a] & stages_b and not behind[a] & stages_a) or (behind[b] & stages_a and not behind[b] & stages_b):
            # One group recalls as behind it the stage the other reports: "the bill had cleared its first
            # reading in January" is not a report of the first reading.
            scaled *= options.stage_factor
        again_a = repeat[a] or (options.back_in_mean and looking_back[a])
        again_b = repeat[b] or (options.back_in_mean and looking_back[b])
        if again_a != again_b and anchors_a and anchors_b and raw < options.same_text * top:
            later, earlier = (a, b) if again_a else (b, a)
            if (
                dated[earlier] == size[earlier]  # (an undated report filed with it carries its days: not judged)
                and anchors[later][0][0] - anchors[earlier][-1][1] >= options.apart_days
                and (days_gap(when[later], anchors[earlier]) or 0) > options.near_days
            ):
                # One counts its happening as a repeat and stands a week or more after the other, without
                # recalling its day: the other reports the earlier one.
                scaled *= options.repeat_factor
        if (
            (earlier_figures[a] or earlier_figures[b])
            and raw < options.same_text * top
            and (
                _figures_of_earlier(earlier_figures[a], own_figures[a], own_figures[b])
                or _figures_of_earlier(earlier_figures[b], own_figures[b], own_figures[a])
            )
        ):
            # One group gives as its own a figure the other recalls of an earlier happening, and the other does
            # not give it as its own: the one reports that earlier happening.
            scaled *= options.kind_apart_factor
        if (
            placed[a]
            and placed[b]
            and not streets_meet(placed[a], placed_anywhere[b])
            and not streets_meet(placed[b], placed_anywhere[a])
            and raw < options.same_text * top
        ):
            # Each lead places its happening at a street, a square or a station the other names nowhere.
            scaled *= options.street_factor
        if (
            series[a]
            and series[b]
            and raw < options.same_text * top
            and numbered_apart(series[a], series[b])
            and not _within_days(when[a], when[b], options.near_days)
        ):
            # Each lead numbers the happening in one series, and differently, and they are not dated within days of
            # each other (where one report miscounting is a discrepancy to show): the sixth game is not the fourth.
            scaled *= options.numbered_factor
        if (
            leading[a]
            and leading[b]
            and raw < options.same_text * top
            and others_in_role(leading[a], written[a], leading[b], written[b], size[a] == 1 or size[b] == 1)
            and not _within_days(when[a], when[b], options.near_days)
        ):
            # Each leads with a name the other never writes: two happenings of one kind, two people or places.
            scaled *= options.who_factor
        if (
            foretold[a] != foretold[b]
            and (
                not (dated[a] if foretold[a] else dated[b])
                or (options.foretold_days and (days_gap(when[a], when[b]) or 0) >= options.foretold_days)
            )
            and raw < options.same_text * top
        ):
            # One group only foretells (every report of it warns, plans or proposes) and gives no date, or stands
            # foretold_days or more from every date of the other; the other reports: a warning is not the
            # happening it warns of.
            scaled *= options.foretold_factor
        if (
            options.recalled_day_factor < 1.0
            and (days_recalled[a] or days_recalled[b])
            and raw < options.same_text * top
            and (_recalls_day(a, b) or _recalls_day(b, a))
        ):
            # One group recalls the day the other stands on, well before its own: the other tells an earlier step.
            scaled *= options.recalled_day_factor
        if options.told_before_days and raw < options.same_text * top and (
            _stands_before(days_a, when[a], anchors_a, _plainly_dated(a), days_b, options)
            or _stands_before(days_b, when[b], anchors_b, _plainly_dated(b), days_a, options)
        ):
            # One group dates no happening and stands only on days before the first day the other dates its
            # happening to: written before it happened, it tells another step of the story, not that happening.
            scaled *= options.foretold_factor
        if (
            options.recollected_words
            and (recollected[a] or recollected[b])
            and raw < options.same_text * top
            and (_recalls_other(a, b) or _recalls_other(b, a))
        ):
            # One group writes, only where it looks back a year or more, what the other's lead tells: it recalls
            # the other's happening as an earlier one.
            scaled *= options.kind_apart_factor
        if options.month_gone_factor < 1.0 and raw < options.same_text * top and (
            _month_gone(a, b) or _month_gone(b, a)
        ):
            # A lone undated report places the other's happening by its month alone: written after it, of a later step.
            scaled *= options.month_gone_factor
        if options.weeks_after_factor < 1.0 and raw < options.same_text * top and (
            _weeks_after(a, b) or _weeks_after(b, a)
        ):
            # A lone report counts weeks or months since a happening: a later step of the story, not that happening.
            scaled *= options.weeks_after_factor
        if named[a] and named[b] and not named[a] & named[b]:
            # Each names its happening, and by different names: Storm Ilsa is not Storm Bertil.
            scaled *= options.kind_apart_factor
        if (to_come[a] or to_come[b]) and announced_apart(
            (anchors_a, stages_a, to_come[a]), (anchors_b, stages_b, to_come[b]), options
        ):
            scaled *= options.stage_factor
        if (month_days[a] or month_days[b]) and raw < options.same_text * top and month_days_apart(
            (when[a], kinds[a], month_days[a]), (when[b], kinds[b], month_days[b]), options
        ):
            scaled *= options.kind_apart_factor
        return scaled

    def join(target: int, a: int, b: int, keep: bool = False) -> None:
        """Files the dates, happenings and figures of groups ``a`` and ``b`` under ``target``; ``a``
        and ``b`` are let go unless ``keep``."""

        # (A built-in method, not a function of ours: a large block's linkage and second looks join
        # groups about 30,000 times, and each join takes from twenty-odd tables.)
        take: Callable[[dict[int, Any], int], Any] = dict.__getitem__ if keep else dict.pop

        when[target] = merge_dates(take(when, a), take(when, b))
        dated[target] = take(dated, a) + take(dated, b)
        if happenings is None:
            return
        days[target] = merge_dates(take(days, a), take(days, b))
        stages[target] = take(stages, a) | take(stages, b)
        weekdays[target] = take(weekdays, a) | take(weekdays, b)
        anchors[target] = merge_dates(take(anchors, a), take(anchors, b))
        to_come[target] = take(to_come, a) | take(to_come, b)
        calendar_a, calendar_b = take(month_days, a), take(month_days, b)
        month_days[target] = {
            k: calendar_a.get(k, set()) | calendar_b.get(k, set()) for k in calendar_a.keys() | calendar_b.keys()
        }
        weekdays_a, weekdays_b = take(weekday_kinds, a), take(weekday_kinds, b)
        weekday_kinds[target] = {
            k: weekdays_a.get(k, set()) | weekdays_b.get(k, set()) for k in weekdays_a.keys() | weekdays_b.keys()
        }
        recalled[target] = take(recalled, a) | take(recalled, b)
        behind[target] = take(behind, a) | take(behind, b)
        named[target] = take(named, a) | take(named, b)
        told[target] = take(told, a) | take(told, b)
        repeat[target] = take(repeat, a) or take(repeat, b)
        looking_back[target] = take(looking_back, a) or take(looking_back, b)
        after_a, after_b = take(day_after, a), take(day_after, b)
        day_after[target] = after_a and after_b  # (every report of it tells the next day)
        foretold_a, foretold_b = take(foretold, a), take(foretold, b)
        foretold[target] = foretold_a and foretold_b  # (every report of it foretells)
        recollected[target] = take(recollected, a) | take(recollected, b)
        own_words[target] = Written(take(own_words, a), take(own_words, b))
        lead_words[target] = take(lead_words, a) + take(lead_words, b)
        days_recalled[target] = merge_dates(take(days_recalled, a), take(days_recalled, b))
        ahead_a, ahead_b = take(ahead, a), take(ahead, b)
        ahead[target] = ahead_a and ahead_b  # (every report of it puts what it tells ahead)
        gone[target] = take(gone, a) | take(gone, b)
        weeks_since[target] = max(take(weeks_since, a), take(weeks_since, b))
        weeks_from[target] = take(weeks_from, a) | take(weeks_from, b)
        told_from[target] = take(told_from, a) | take(told_from, b)
        giving_a, giving_b = take(giving, a), take(giving, b)
        giving[target] = {m: giving_a.get(m, 0) + giving_b.get(m, 0) for m in giving_a.keys() | giving_b.keys()}
        earlier_figures[target] = take(earlier_figures, a) | take(earlier_figures, b)
        own_figures[target] = take(own_figures, a) | take(own_figures, b)
        placed[target] = take(placed, a) | take(placed, b)
        placed_anywhere[target] = take(placed_anywhere, a) | take(placed_anywhere, b)
        series[target] = take(series, a) | take(series, b)
        leading[target] = take(leading, a) | take(leading, b)
        written[target] = Written(take(written, a), take(written, b))
        figures_a, figures_b = take(measured, a), take(measured, b)
        measured[target] = {
            m: figures_a.get(m, set()) | figures_b.get(m, set()) for m in figures_a.keys() | figures_b.keys()
        }
        kinds_a, kinds_b = take(kinds, a), take(kinds, b)
        kinds[target] = {
            k: merge_dates(kinds_a.get(k, []), kinds_b.get(k, [])) for k in kinds_a.keys() | kinds_b.keys()
        }
        coarse_a, coarse_b = take(coarse, a), take(coarse, b)
        coarse[target] = {
            k: merge_dates(coarse_a.get(k, []), coarse_b.get(k, [])) for k in coarse_a.keys() | coarse_b.keys()
        }

    # A pair whose plain mean stays below this can never be merged, so its dates are not read (most pairs).
    below = _least_mergeable(options)
    # A pair's mean is read when its entry comes to the top, not when it is pushed: an entry goes in at
    # the most its mean can be (its plain mean times ``_most_raised``, the bound ``below`` rests on), and
    # when it first comes to the top with both groups live, its mean replaces it. No mean exceeds its
    # bound, so pairs merge in exactly the order their means give, ties as before (by the groups' ids);
    # most pairs lose a group to another merge before they come up, and their dates and figures are never
    # weighed (on the 3,000-article ECB+ corpus linkage reads 4,914 means where it read 110,368).
    most = _most_raised(options)
    # The scored pairs' entries come in heap order from arrays (``_first_entries``), beside a heap of the
    # entries merges push: each pop takes the smaller of the two heads, so the order is a heap's over both.
    first = _first_entries(pairs, below, most)
    head: tuple[float, int, int, tuple[int, int, float]] | None = None  # (taken from ``first`` when needed)
    heap: list[tuple[float, int, int, tuple[int, int, float] | None]] = []
    heap_limit = _HEAP_FLOOR  # entries the heap may hold before those of merged groups are dropped
    next_id = n
    # Dated groups merge first; a group with no date meets any other only once no dated pair is left to merge
    # (``undated_last``): its pairs wait in ``deferred``, their means unchanged while both groups live.
    deferring = options.undated_last and bool(read)
    deferred: list[tuple[float, int, int, tuple[int, int, float] | None]] = []
    bound: tuple[int, int, float] | None
    while True:
        if head is None:
            head = next(first, None)
        if head is not None and (not heap or (head[0], head[1], head[2]) < (heap[0][0], heap[0][1], heap[0][2])):
            neg, a, b, bound = head
            head = None
        elif not heap:
            if not deferring:
                break
            deferring = False
            heap = [entry for entry in deferred if entry[1] in size and entry[2] in size]
            deferred.clear()
            heapq.heapify(heap)
            continue
        else:
            neg, a, b, bound = heapq.heappop(heap)
        if a not in size or b not in size:
            continue
        if deferring and not (dated[a] and dated[b]):
            deferred.append((neg, a, b, bound))
            continue
        if bound is not None:
            # Both groups live, and unchanged since the entry was pushed (a merge makes a new group, and
            # each pair of live groups has one entry): their mean now is their mean then.
            m = mean(*bound)
            if m >= options.threshold:
                heapq.heappush(heap, (-m, a, b, None))
            continue
        current = -neg
        same_day = bool(days.get(a) and days.get(b) and days_gap(days[a], days[b]) == 0)
        if options.cohesion and min(size[a], size[b]) >= options.cohesion_size and not same_day:
            # (Two groups that date their happening to the same day are not held apart by their
            # tightness: one story's wire copies make a group look tighter than the rest of it.)
            own = min(inner[a] / (size[a] * (size[a] - 1) / 2), inner[b] / (size[b] * (size[b] - 1) / 2))
            if current < options.cohesion * min(own, options.cohesion_cap):
                continue  # two tight groups that only look alike: two events
        merged = next_id
        next_id += 1
        between, total = links.merged(a, b)
        inner[merged] = inner.pop(a) + inner.pop(b) + between
        size[merged] = size.pop(a) + size.pop(b)
        members[merged] = members.pop(a) + members.pop(b)
        join(merged, a, b)
        links.add(merged, total)
        for other, s in total.items():
            raw = s / (size[merged] * size[other])
            if raw < below:
                continue
            low, high = (merged, other) if merged < other else (other, merged)
            heapq.heappush(heap, (-raw * most, low, high, (merged, other, s)))
        if len(heap) > heap_limit:
            # Most entries name a group merged since (of 138,000 entries, 22,000 live at the largest block of a
            # 10,000-article corpus): they are dropped at once, not held until popped. Each pair of live groups
            # has one entry, so the heap pops the live ones in the same order without the rest.
            heap = [entry for entry in heap if entry[1] in size and entry[2] in size]
            heapq.heapify(heap)
            heap_limit = max(_HEAP_FLOOR, 2 * len(heap))
    links.clear()  # the live groups' sums, read by the merges only: not held beside the second look's table
    if options.reassign and read:
        # Each article's scored pairs: for a block, its rows read as tables (``_Rows``); otherwise read again
        # from ``pairs`` now that linkage is done (a copy made before it would be held while linkage ran).
        near = rows if rows is not None else _neighbours(pairs)
        alone = frozenset(frozenset(found) for found in members.values() if len(found) <= options.lone_size)
        linked = [frozenset(found) for found in members.values()] if options.relink else []
        _reassign(members, size, near, own_reading, tables, join, mean, next_id, options)
        if options.eject:
            _eject(members, size, near, own_reading, tables, join, mean, next_id + 3, options, alone)
        if linked:
            spare = max(members, default=0) + next_id + 8
            fill = _filler(tables, own_reading, join, size, spare + 2)
            _relink(members, linked, near, fill, mean, (spare, spare + 1), options)
            for table in tables:
                for key in (spare, spare + 1, spare + 2):
                    table.pop(key, None)
            for key in (spare, spare + 1):
                size.pop(key, None)
    return list(members.values())


_HEAP_FLOOR = 4096  # linkage's heap is never swept of dead entries below this size


class _Links:
    """Average linkage's sums of similarities between live groups: for each group, its partners (ids in an
    ``array`` of 64-bit integers) and the sums (doubles in an ``array``), 16 bytes an entry.

    As a dict of dicts of floats (each pair entered both ways, a float object each) they were linkage's
    largest table: 76 MiB of the 160 MiB the largest block of a 10,000-article corpus took (9,899
    articles, 568,142 pairs), here about 20. An entry is not removed when its partner merges: merging
    reads a group's entries only for live partners (``merged``), and a group's lists are swept of the
    dead ones once they make up half of them. A sum of two groups is the sum of their parts' sums, two
    numbers added at most, so it is the same double whichever way the entries are held or read.

    ``merged`` reads the two groups' entries as numpy views of their arrays, not one by one in Python: a
    group's partners grow with the copies of its story a corpus holds (183 live partners a merge on average at
    10,000 articles, 91 at 2,500), so reading them entry by entry made linkage's merges grow faster than the
    corpus (the merges of 2,500, 5,000 and 10,000 articles took 0.6, 1.8 and 6.4 s). Which groups are live
    is held here: a group is live from ``add`` (or from the start) until ``merged`` lets it go.
    """

    def __init__(self, near: Mapping[int, Mapping[int, float]]) -> None:
        self.partners: dict[int, array] = {}  # type: ignore[type-arg]
        self.sums: dict[int, array] = {}  # type: ignore[type-arg]
        self._gone = np.zeros(0, dtype=bool)  # by group id: merged since
        self._dead = np.zeros(0, dtype=np.int64)  # by group id: entries whose partner has merged since
        self._at = np.zeros(0, dtype=np.int64)  # scratch for ``merged``: a partner's place in the first list, or -1
        largest = -1
        for article in near:
            if isinstance(near, _Rows):
                partners, self.sums[article] = near.row(article)
            else:
                table = near[article]
                partners = list(table)
                self.sums[article] = array("d", table.values())
            self.partners[article] = array("q", partners)
            largest = max(largest, article, *partners)
        self._room(largest + 1)

    def _room(self, count: int) -> None:
        """The tables by group id hold ``count`` ids at least."""
        if count <= len(self._gone):
            return
        size = max(count, 2 * len(self._gone), 1024)
        grown = size - len(self._gone)
        self._gone = np.concatenate([self._gone, np.zeros(grown, dtype=bool)])
        self._dead = np.concatenate([self._dead, np.zeros(grown, dtype=np.int64)])
        self._at = np.concatenate([self._at, np.full(grown, -1, dtype=np.int64)])

    def merged(self, a: int, b: int) -> tuple[float, dict[int, float]]:
        """Groups ``a`` and ``b`` let go: the sum between them (0.0 for none), and their sums with each live
        group added up, in the order the partners come (``a``'s, then those of ``b`` that ``a`` has not)."""
        self._room(max(a, b) + 1)
        held = []
        between = 0.0
        for old, other_side in ((a, b), (b, a)):
            partners = np.frombuffer(self.partners.pop(old, array("q")), dtype=np.int64)
            sums = np.frombuffer(self.sums.pop(old, array("d")), dtype=np.float64)
            self._dead[old] = 0
            side = partners == other_side
            if side.any():
                between = float(sums[side][-1])
            live = ~self._gone[partners] & ~side
            held.append((partners[live], sums[live]))
        self._gone[a] = self._gone[b] = True
        (ids_a, sums_a), (ids_b, sums_b) = held
        self._dead[ids_a] += 1
        self._dead[ids_b] += 1
        at = self._at
        at[ids_a] = np.arange(len(ids_a))
        where = at[ids_b]
        at[ids_a] = -1
        both = where >= 0
        # (0.0 + a's sum + b's sum, as a dict filled entry by entry adds them: the same doubles)
        total_sums = sums_a.copy()
        total_sums[where[both]] += sums_b[both]
        ids = np.concatenate([ids_a, ids_b[~both]]).tolist()
        values = np.concatenate([total_sums, sums_b[~both]]).tolist()
        return between, dict(zip(ids, values, strict=True))

    def add(self, group: int, total: Mapping[int, float]) -> None:
        """A new group with its sums (``merged``'s), entered on its partners' side too."""
        self._room(group + 1)
        self._gone[group] = False
        self.partners[group] = array("q", total)
        self.sums[group] = array("d", total.values())
        partners, sums = self.partners, self.sums
        for other, s in total.items():
            partners[other].append(group)
            sums[other].append(s)
        if not total:
            return
        others = np.frombuffer(self.partners[group], dtype=np.int64)
        dead = self._dead[others]
        lengths = np.fromiter(map(len, map(partners.__getitem__, others.tolist())), dtype=np.int64, count=len(others))
        for other in others[(dead > 8) & (2 * dead > lengths)].tolist():
            self._sweep(other)

    def _sweep(self, group: int) -> None:
        """Drop ``group``'s entries whose partner has merged since."""
        partners = np.frombuffer(self.partners[group], dtype=np.int64)
        sums = np.frombuffer(self.sums[group], dtype=np.float64)
        keep = ~self._gone[partners]
        kept_partners, kept_sums = array("q"), array("d")
        kept_partners.frombytes(partners[keep].tobytes())
        kept_sums.frombytes(sums[keep].tobytes())
        del partners, sums  # (the views let go before the arrays they read are replaced)
        self.partners[group], self.sums[group] = kept_partners, kept_sums
        self._dead[group] = 0

    def clear(self) -> None:
        self.partners.clear()
        self.sums.clear()
        self._gone = self._dead = self._at = np.zeros(0, dtype=np.int64)


def _first_entries(
    pairs: Mapping[tuple[int, int], float] | _LocalPairs, below: float, most: float
) -> Iterator[tuple[float, int, int, tuple[int, int, float]]]:
    """Linkage's first heap entries, ``(-sim * most, a, b, (a, b, sim))`` for each pair scoring ``below`` or
    more, in the order a heap pops them (by their first three items: no two pairs share ``a, b``), made a slice
    at a time from arrays sorted at once. As a heap of tuples they were linkage's largest table (40 MiB of
    the 177 MiB the largest block of a 10,000-article corpus took, two tuples and a float a pair); the
    entries merges push stay in a heap beside them."""
    if isinstance(pairs, _LocalPairs):
        lows, highs, sims, ids = pairs.arrays()
    else:
        scored = list(pairs.items())
        lows = np.fromiter((a for (a, _b), _ in scored), dtype=np.int64, count=len(scored))
        highs = np.fromiter((b for (_a, b), _ in scored), dtype=np.int64, count=len(scored))
        sims = np.fromiter((sim for _, sim in scored), dtype=np.float64, count=len(scored))
        ids = None
        del scored
    kept = np.flatnonzero(sims >= below)
    negs = -sims[kept] * most  # (the very doubles ``-sim * most`` gives)
    by = np.lexsort((highs[kept], lows[kept], negs))
    order, negs = kept[by], negs[by]
    del kept, by
    for at in range(0, len(order), _ITEMS_SLICE):
        upto = at + _ITEMS_SLICE
        chosen = order[at:upto]
        for neg, a, b, sim in zip(negs[at:upto].tolist(), lows[chosen].tolist(), highs[chosen].tolist(),
                                  sims[chosen].tolist(), strict=True):
            if ids is not None:
                a, b = ids[a], ids[b]
            yield neg, a, b, (a, b, sim)


def _without(figures: Mapping[str, set[float]], measures: Sequence[str]) -> Mapping[str, set[float]]:
    """A group's lead figures without those of ``measures`` and the counted nouns (weighed alike)."""
    return {m: values for m, values in figures.items() if m not in measures and not counted_noun(m)}


def _next_day(days: list[tuple[int, int]], weekdays: frozenset[int]) -> bool:
    """Whether every weekday of ``weekdays`` is the day after a day of ``days``."""
    dated = {(d + 6) % 7 for start, end in days for d in range(start, min(end, start + 6) + 1)}
    return all(any((w - d) % 7 == 1 for d in dated) for w in weekdays)


def _day_or_two_after(days: list[tuple[int, int]], weekday_kinds: Mapping[str, set[int]]) -> bool:
    """Whether an undated group dates a happening to the weekday one or two days after a day of ``days``."""
    dated = {(d + 6) % 7 for start, end in days for d in range(start, min(end, start + 6) + 1)}
    return any((w - d) % 7 in (1, 2) for ws in weekday_kinds.values() for w in ws for d in dated)


def _earlier_step_day_before(
    days: list[tuple[int, int]], dated_kinds: Mapping[str, Any], weekday_kinds: Mapping[str, set[int]],
    steps: Sequence[Sequence[Sequence[str]]],
) -> bool:
    """Whether an undated group dates an earlier step of one story (``GroupingOptions.steps``) than the dated group
    dates, to the weekday one or two days before a day of ``days``: the undated wire of Friday's siege against the
    next day's reports of the hostages' release."""
    dated = {(d + 6) % 7 for start, end in days for d in range(start, min(end, start + 6) + 1)}
    for ladder in steps:
        later = [n for n, step in enumerate(ladder) if dated_kinds.keys() & set(step)]
        for n, step in enumerate(ladder):
            if not later or n >= min(later):
                continue
            for kind in step:
                if any((d - w) % 7 in (1, 2) for w in weekday_kinds.get(kind, ()) for d in dated):
                    return True
    return False


def _stands_before(
    days: list[tuple[int, int]], dates: list[tuple[int, int]], anchors: list[tuple[int, int]], plain: bool,
    other_days: list[tuple[int, int]], options: GroupingOptions,
) -> bool:
    """Whether a group that dates no happening (``days`` empty) and writes no day but those it stands on (its
    ``dates`` are its ``anchors``: publication days and datelines), every report of it standing on one and none
    looking back (``plain``), stands only on days told_before_days or more, and less than far_days, before the first
    day the other group dates its happening to: it was written before that happening, within the year (a piece of
    a year or more before is the years rules' to weigh)."""
    return bool(
        not days and plain and anchors and dates == anchors and other_days
        and options.told_before_days <= other_days[0][0] - anchors[-1][1] < options.far_days
    )


def _within_days(a: list[tuple[int, int]], b: list[tuple[int, int]], days: int) -> bool:
    """Whether two groups give dates within ``days`` of each other (not when one gives none)."""
    gap = days_gap(a, b)
    return gap is not None and gap <= days


def _same_kind(a: Mapping[str, Any], b: Mapping[str, Any], options: GroupingOptions) -> bool:
    """Whether two groups date a kind of happening in common that does not run for months
    (``GroupingOptions.lasting``)."""
    return any(k not in options.lasting for k in a.keys() & b.keys())


def _weekday_kind_met(a: Mapping[str, set[int]], b: Mapping[str, set[int]], one_day: Sequence[str]) -> bool:
    """Whether two groups give a kind of one-day happening a weekday in common."""
    return any(a[k] & b[k] for k in a.keys() & b.keys() if k in one_day)


def _same_weekday(
    days_a: list[tuple[int, int]], days_b: list[tuple[int, int]], weekdays_a: frozenset[int], weekdays_b: frozenset[int]
) -> bool:
    """Whether two groups, one of them without a day of its happening, give it a weekday in common."""
    return not (days_a and days_b) and bool(weekdays_a & weekdays_b)


def _filler(
    tables: Sequence[dict[int, Any]],
    own_reading: Sequence[Mapping[int, Any]],
    join: Callable[[int, int, int, bool], None],
    size: dict[int, int],
    scratch: int,
) -> Callable[..., None]:
    """``fill(target, articles)``: the live tables hold under ``target`` the reading of ``articles``
    together (each article's own reading joined in turn through ``scratch``), for the second looks after
    linkage to weigh a part of a group against another as linkage would (``mean``)."""

    def fill(target: int, articles: Sequence[int], start: Sequence[Any] | None = None) -> None:
        # ``start``: the reading of articles before ``articles``, joined already (``_held``); the rest
        # are joined onto it in turn, exactly as ``fill`` would join them all.
        for table, reading, held in zip(tables, own_reading, start or itertools.repeat(None), strict=False):
            if reading:
                table[target] = held if start is not None else reading[articles[0]]
        for article in articles[1:] if start is None else articles:
            for table, reading in zip(tables, own_reading, strict=True):
                if reading:
                    table[scratch] = reading[article]
            join(target, target, scratch, True)
        size[target] = len(articles)  # (a caller giving ``start`` sets the size itself)

    return fill


def _held(tables: Sequence[dict[int, Any]], own_reading: Sequence[Mapping[int, Any]], target: int) -> list[Any]:
    """What the live tables hold under ``target`` (None for a table no article reads), for ``fill``'s
    ``start``: the joins only ever make new values, so what is held stays as it was."""
    return [table[target] if reading else None for table, reading in zip(tables, own_reading, strict=True)]


def _put(tables: Sequence[dict[int, Any]], own_reading: Sequence[Mapping[int, Any]], target: int,
         held: Sequence[Any]) -> None:
    """The live tables hold ``held`` (``_held``'s list) under ``target`` again."""
    for table, reading, value in zip(tables, own_reading, held, strict=True):
        if reading:
            table[target] = value


def _after(
    tables: Sequence[dict[int, Any]],
    own_reading: Sequence[Mapping[int, Any]],
    join: Callable[[int, int, int, bool], None],
    found: Sequence[int],
    first: int,
    target: int,
    scratch: int,
) -> dict[int, list[Any]]:
    """Place -> the reading of ``found[place:]`` joined (from the last report back), for each place from
    ``first`` on (``_held`` lists); ``target`` and ``scratch`` are group ids the tables may use meanwhile."""
    after: dict[int, list[Any]] = {}
    for place in range(len(found) - 1, first - 1, -1):
        _put(tables, own_reading, scratch, [reading[found[place]] if reading else None for reading in own_reading])
        if place + 1 < len(found):
            _put(tables, own_reading, target, after[place + 1])
            join(target, scratch, target, True)
            after[place] = _held(tables, own_reading, target)
        else:
            after[place] = _held(tables, own_reading, scratch)
    return after


def _total(near: Mapping[int, Mapping[int, float]], a: Iterable[int], b: Iterable[int]) -> float:
    """The summed similarity of the scored pairs between articles ``a`` and articles ``b``."""
    wanted = set(b)
    return sum(sim for i in a for j, sim in near.get(i, {}).items() if j in wanted)


def _reassign(
    members: dict[int, list[int]],
    size: dict[int, int],
    near: Mapping[int, Mapping[int, float]],
    own_reading: Sequence[Mapping[int, Any]],
    tables: Sequence[dict[int, Any]],
    join: Callable[[int, int, int, bool], None],
    mean: Callable[[int, int, float], float],
    spare: int,
    options: GroupingOptions,
) -> None:
    """A second look at the dated reports of a group whose other reports stand on none of their days:
    they move to a group beside it that stands on their days, when they are more like that group than
    like the rest of their own (dates, stages and figures weighed as in linkage: ``mean``).

    Linkage merges the closest pair first, so a dated report may join undated ones early through one
    close report and stay there after the reports of its own day have formed a group beside it: a dated
    report of this year's software flaw drawn into the undated reports of a flaw years earlier, where
    nothing (no date on their side) could say no. ``members`` and ``size`` are the groups (changed in
    place); ``near`` each article's scored pairs; ``own_reading`` each article's own dates and happening
    (one table per entry of ``tables``, the live tables ``join`` and ``mean`` read, ``tables[4]`` the
    days stood on); ``spare`` a group id no group uses.
    """
    anchors = tables[4]
    home = {i: cluster for cluster, found in members.items() for i in found}
    part_id, rest_id, scratch = spare, spare + 1, spare + 2

    fill = _filler(tables, own_reading, join, size, scratch)

    total = functools.partial(_total, near)

    def stands_near(article: int, days: list[tuple[int, int]]) -> bool:
        own = own_reading[4][article]
        return bool(own) and (days_gap(own, days) or 0) <= options.apart_days

    for cluster in sorted(members, key=lambda c: min(members[c])):
        if cluster not in members or size[cluster] < 2:
            continue
        found = members[cluster]
        rivals = sorted({home[j] for i in found for j in near.get(i, {})} - {cluster}, key=lambda c: min(members[c]))
        best: tuple[float, int, list[int]] | None = None
        for rival in rivals:
            if not anchors.get(rival):
                continue
            part = [i for i in found if stands_near(i, anchors[rival])]
            taken = set(part)
            rest = [i for i in found if i not in taken]
            if not part or not rest:
                continue
            part_days = merge_dates([d for i in part for d in own_reading[4][i]], [])
            rest_days = merge_dates([d for i in rest for d in own_reading[4][i]], [])
            if rest_days and (days_gap(part_days, rest_days) or 0) <= options.apart_days:
                continue  # the rest stands on their days too: one story (checked before the costly merges)
            fill(part_id, part)
            fill(rest_id, rest)
            stay = mean(part_id, rest_id, total(part, rest))
            move = mean(part_id, rival, total(part, members[rival]))
            if move >= options.threshold and move > stay and (best is None or move > best[0]):
                best = (move, rival, part)
        if best is not None:
            _, rival, part = best
            _move(members, home, part, cluster, rival)
            fill(cluster, members[cluster])
            fill(rival, members[rival])
    for table in tables:
        for key in (part_id, rest_id, scratch):
            table.pop(key, None)
    for key in (part_id, rest_id):
        size.pop(key, None)


def _eject(
    members: dict[int, list[int]],
    size: dict[int, int],
    near: Mapping[int, Mapping[int, float]],
    own_reading: Sequence[Mapping[int, Any]],
    tables: Sequence[dict[int, Any]],
    join: Callable[[int, int, int, bool], None],
    mean: Callable[[int, int, float], float],
    spare: int,
    options: GroupingOptions,
    alone: frozenset[frozenset[int]] = frozenset(),
) -> None:
    """A last look at each group of three or more: the report the rules set furthest apart from the rest
    of its group (its stage, figures, days or weekdays against theirs, weighed as in linkage: ``mean``),
    although its words alone would keep it there, leaves for a group of its own. Linkage merges the
    closest pair first, so a look-alike may join through one report that could not tell it apart (an
    undated first-round report through a run-off report naming no round) and be weighed against the
    group's other reports, which could, only as part of that pair. ``spare`` and the ids after it are
    free: one article, the rest of its group, a scratch group, then the groups made here."""
    one_id, rest_id, scratch = spare, spare + 1, spare + 2

    fill = _filler(tables, own_reading, join, size, scratch)

    next_id = spare + 3
    for cluster in sorted(members, key=lambda c: min(members[c])):
        found = members[cluster]
        if not 3 <= len(found) <= options.eject_size:
            continue
        worst: tuple[float, int] | None = None
        weighed = []  # (place, report, its summed similarity to the rest, their mean) of the reports weighed
        for at, i in enumerate(found):
            total = _total(near, [i], [j for j in found if j != i])
            raw = total / (len(found) - 1)
            if raw >= options.threshold:  # else its words alone would not keep it: linkage's call, not the rules'
                weighed.append((at, i, total, raw))
        if not weighed:
            continue
        # Each rest is the reports before the one weighed, joined in order once and kept (``_held``), joined
        # with those after it, joined once from the last one back (``_after``): two joins a rest, not one a
        # report. A join's readings are unions (of sets, of days, of name words) and either-or's, so they
        # come out the same however the joins are nested (``test_eject_rests_as_joined_in_turn``).
        after = _after(tables, own_reading, join, found, weighed[0][0] + 1, rest_id, scratch)
        before: list[Any] | None = None
        joined = 0  # how many reports ``before`` holds
        for at, i, total, raw in weighed:
            fill(one_id, [i])
            if at:
                fill(rest_id, found[joined:at] if before is not None else found[:at], before)
                before, joined = _held(tables, own_reading, rest_id), at
                if at + 1 < len(found):
                    _put(tables, own_reading, scratch, after[at + 1])
                    join(rest_id, rest_id, scratch, True)
            else:
                _put(tables, own_reading, rest_id, after[1])
            size[rest_id] = len(found) - 1
            kept = mean(one_id, rest_id, total)
            if kept < options.threshold and (worst is None or kept / raw < worst[0]):
                worst = (kept / raw, i)
        if worst is not None:
            _, i = worst
            members[cluster] = [j for j in found if j != i]
            members[next_id] = [i]
            next_id += 1
    if options.bridge_size:
        first_free, home = next_id, {i: cluster for cluster, found in members.items() for i in found}
        next_id = _unbridge(members, near, next_id, options)
        if options.unbridged_near:
            alone = alone | _followed_up(members, home, range(first_free, next_id), own_reading[4], own_reading[8])
    if options.regroup:
        _regroup(members, near, fill, mean, tables[4], tables[3], (one_id, rest_id, next_id), options)
    if options.restage:
        _restage(members, near, fill, mean, own_reading, (one_id, rest_id, next_id), options)
    if options.unstage:
        _unstage(members, near, fill, mean, own_reading, (one_id, rest_id, next_id), options)
    if options.recalled_figures or options.recollected_words:
        _unrecall(members, near, fill, mean, own_reading, (one_id, rest_id), options)
    if options.repeat_later or options.later_ratio:
        _repeat_later(members, near, fill, mean, own_reading, (one_id, rest_id), options)
    if options.follow_story:
        _follow_the_story(members, near, fill, mean, own_reading, (one_id, rest_id), options)
    if options.lone_closest:
        _adopt_lone(members, near, fill, mean, own_reading, (one_id, rest_id), options, alone)
    for table in tables:
        for key in (one_id, rest_id, next_id, scratch):
            table.pop(key, None)
    for key in (one_id, rest_id, next_id):
        size.pop(key, None)


def _figures_of_earlier(
    earlier: frozenset[tuple[str, float]], own: frozenset[tuple[str, float]], other: frozenset[tuple[str, float]]
) -> frozenset[tuple[str, float]]:
    """The figures a group recalls as an earlier happening's (``earlier``) that another group gives as its own
    (``other``), where the group gives another value of that measure as its own (``own``): "14 were killed ...
    in 2034 a stampede there killed 22" sets its own toll against the earlier one's."""
    measured = {measure for measure, _ in own}
    return frozenset(f for f in (earlier & other) - own if f[0] in measured)


def _unrecall(
    members: dict[int, list[int]],
    near: Mapping[int, Mapping[int, float]],
    fill: Callable[[int, Sequence[int]], None],
    mean: Callable[[int, int, float], float],
    own_reading: Sequence[Mapping[int, Any]],
    ids: tuple[int, int],
    options: GroupingOptions,
) -> None:
    """Groups that recall, as an earlier happening's, a figure one report of a group beside them gives as its own
    and no other report of that group does (``GroupingOptions.recalled_figures``): that report leaves for a
    group of its own, and the rest of its group and the recalling group join when linkage would merge them
    (``mean``). Linkage filed the earlier happening's report with the event's closest reports before the report
    that recalls it was weighed. ``fill`` makes a reading of reports under an id of ``ids``. Likewise words
    (``GroupingOptions.recollected_words``): the one report of a group beside them whose lead tells what they
    recall a year or more back (``recollections.recalls_lead``)."""
    rest_id, group_id = ids
    earlier, own = own_reading[-2], own_reading[-1]
    words_back, words_own, leads = own_reading[-5], own_reading[-4], own_reading[-3]
    home = {i: cluster for cluster, found in members.items() for i in found}
    spare = max(members) + 1
    for cluster in sorted(members, key=lambda c: min(members[c])):
        found = members.get(cluster)
        if not found:
            continue
        own_values = frozenset().union(*(own[i] for i in found))
        measured = {measure for measure, _ in own_values}
        recalled = frozenset(
            f for f in frozenset().union(*(earlier[i] for i in found)) - own_values if f[0] in measured
        ) if options.recalled_figures else frozenset()
        told_back: frozenset[str] = (
            frozenset().union(*(words_back[i] for i in found)) if options.recollected_words else frozenset()
        )
        if not recalled and not told_back:
            continue
        # (Of its look-back words, those it also writes elsewhere, read once for the group: ``recalls_lead`` asks only
        # of those, and asking a ``Written`` of the group's every report took a word a report, for each lead of each
        # rival report, the second look's largest cost at 10,000 articles.)
        written = Written(*(words_own[i] for i in found))
        also_own = frozenset(word for word in told_back if word in written)
        rivals = sorted({home[j] for i in found for j in near.get(i, {})} - {cluster}, key=lambda c: min(members[c]))
        for rival in rivals:
            others = members[rival]
            if len(others) < 2:
                continue
            # (a report gives a recalled figure no other report of the group gives when that figure is given once in
            # the group: counted once a group, only for a group with a report that gives one, where the others'
            # figures gathered again for each such report grew with the square of the group)
            giving = [(r, given) for r in others if (given := own[r] & recalled)]
            culprits = []
            if giving:
                given_by = Counter(f for j in others for f in own[j])
                culprits = [r for r, given in giving if any(given_by[f] == 1 for f in given)]
            if len(culprits) != 1 and told_back:
                culprits = [
                    r for r in others
                    if any(recalls_lead(told_back, also_own, lead, options.recollected_words) for lead in leads[r])
                ]
            if len(culprits) != 1:
                continue
            rest = [j for j in others if j != culprits[0]]
            fill(rest_id, rest)
            fill(group_id, found)
            if mean(rest_id, group_id, _total(near, rest, found)) < options.threshold:
                continue
            members[rival] = sorted(rest + found)
            del members[cluster]
            members[spare] = [culprits[0]]
            for i in found + rest:
                home[i] = rival
            home[culprits[0]] = spare
            spare += 1
            break


def _recalled_step_out(
    clusters: list[list[int]], happenings: Sequence[Happening], options: GroupingOptions
) -> list[list[int]]:
    """The report of a group of three or more that stands only on days the group's other reports recall a week or
    more before their own (``happening.recalled_days``), every one of them apart_days or more before the first day
    those stand on, and that puts what it tells ahead (``happening.puts_ahead``), leaves for a group of its own
    (``GroupingOptions.recalled_step_out``): linkage filed the earlier step with the story's closest reports before
    the report that recalls its day was weighed or adopted, where ``recalled_day_factor`` would have held it apart."""
    out: list[list[int]] = []
    for found in clusters:
        # (most groups recall no day a week back: they are passed over without reading their reports pairwise)
        if len(found) >= 3 and any(happenings[j].recalled_days for j in found):
            for report in found:
                reading = happenings[report]
                stands = list(reading.anchors) or list(reading.days)
                if not reading.ahead or not stands:
                    continue
                rest = [j for j in found if j != report]
                # (the days the others stand on but those they recall: a background piece's lead may date the step)
                rest_stands = merge_dates([
                    d for j in rest for d in (happenings[j].anchors or happenings[j].days)
                    if days_gap([d], list(happenings[j].recalled_days)) != 0
                ], [])
                recalled = merge_dates([d for j in rest for d in happenings[j].recalled_days], [])
                if recalls_step(recalled, stands, rest_stands, reading.ahead, options.apart_days):
                    out.append([report])
                    found = rest
                    break
        out.append(found)
    return out


def _repeat_later(
    members: dict[int, list[int]],
    near: Mapping[int, Mapping[int, float]],
    fill: Callable[[int, Sequence[int]], None],
    mean: Callable[[int, int, float], float],
    own_reading: Sequence[Mapping[int, Any]],
    ids: tuple[int, int],
    options: GroupingOptions,
) -> None:
    """Undated reports, one of which counts its happening as a repeat ("the lender's second breach in three
    years": ``happening.repeats``) or looks back on an earlier one by a span ("two years ago":
    ``happening.looks_back``), filed with dated reports none of which does, beside a group whose dated
    reports stand ``apart_days`` or more after every day those stand on: a repeat is the later of two
    look-alikes, so the undated reports join the later group when their words reach it at ``repeat_ratio``
    times or more their likeness to the dated reports they leave and it would take them (``mean``). Linkage
    filed them with the earlier happening's dated report, closer in words, where no day could say no. Undated
    reports that neither repeat nor look back move so too when their words reach the later group at
    ``GroupingOptions.later_ratio`` times their likeness to the dated reports they leave and no rule sets them
    apart from the later group (``mean`` gives their words' likeness undiminished): nearly as like the one as the
    other, their words cannot say which, and a later happening's reports write the earlier one's words (its place,
    its kind, what it recalls of it) as well as their own. A weekday, a stage or a figure of their own that the
    later group does not share says they are not its reports."""
    when, anchors, repeat, back = own_reading[0], own_reading[4], own_reading[16], own_reading[22]
    part_id, other_id = ids
    home = {i: cluster for cluster, found in members.items() for i in found}
    for cluster in sorted(members, key=lambda c: min(members[c])):
        found = members.get(cluster)
        if not found or len(found) < 2:
            continue
        undated = [i for i in found if not when[i] and not anchors[i]]
        dated = [i for i in found if anchors[i]]
        cued = options.repeat_later and any(repeat[i] or (options.looks_back and back[i]) for i in undated)
        ratio = options.repeat_ratio if cued else options.later_ratio
        if (
            not undated
            or not dated
            or len(undated) + len(dated) != len(found)
            or not ratio
            or any(repeat[i] for i in dated)
        ):
            continue
        stood = merge_dates([d for i in dated for d in anchors[i]], [])
        rivals = sorted({home[j] for i in undated for j in near.get(i, {})} - {cluster}, key=lambda c: min(members[c]))
        best: tuple[float, int] | None = None
        for rival in rivals:
            others = members[rival]
            later = merge_dates([d for i in others for d in anchors[i]], [])
            if not later or later[0][0] - stood[-1][1] < options.apart_days:
                continue
            words_other = _total(near, undated, others) / (len(undated) * len(others))
            words_left = _total(near, undated, dated) / (len(undated) * len(dated))
            if words_other < ratio * words_left:
                continue
            fill(part_id, undated)
            fill(other_id, others)
            move = mean(part_id, other_id, _total(near, undated, others))
            if not cued and move < words_other:
                continue  # (a rule sets them apart from the later group: their weekday, stage or figures)
            if move >= options.threshold and (best is None or move > best[0]):
                best = (move, rival)
        if best is not None:
            _move(members, home, undated, cluster, best[1])


def _follow_the_story(
    members: dict[int, list[int]],
    near: Mapping[int, Mapping[int, float]],
    fill: Callable[[int, Sequence[int]], None],
    mean: Callable[[int, int, float], float],
    own_reading: Sequence[Mapping[int, Any]],
    ids: tuple[int, int],
    options: GroupingOptions,
) -> None:
    """An undated report filed with one dated report, beside a group of several dated reports of one happening
    (standing within ``near_days`` of each other) ``apart_days`` or more from it, joins that group when its
    summed likeness to it is the greater and linkage would merge them (``mean``): linkage filed it by its
    likeness to the one report (a look-alike's full report, years before), and that report's date then kept it
    from its own story (``GroupingOptions.follow_story``). ``fill`` makes a reading of reports under an id of
    ``ids``."""
    when, anchors = own_reading[0], own_reading[4]
    part_id, other_id = ids
    home = {i: cluster for cluster, found in members.items() for i in found}
    for cluster in sorted(members, key=lambda c: min(members[c])):
        found = members.get(cluster)
        if not found or len(found) != 2:
            continue
        undated = [i for i in found if not when[i] and not anchors[i]]
        dated = [i for i in found if anchors[i]]
        if len(undated) != 1 or len(dated) != 1:
            continue
        stood = anchors[dated[0]]
        stay_total = _total(near, undated, dated)
        best: tuple[float, int] | None = None
        for rival in sorted({home[j] for j in near.get(undated[0], {})} - {cluster}, key=lambda c: min(members[c])):
            others = members[rival]
            if len(others) < 2 or not all(anchors[i] for i in others):
                continue
            theirs = merge_dates([d for i in others for d in anchors[i]], [])
            if theirs[-1][1] - theirs[0][0] > options.near_days or (days_gap(theirs, stood) or 0) < options.apart_days:
                continue
            move_total = _total(near, undated, others)
            if move_total <= stay_total:
                continue
            fill(part_id, undated)
            fill(other_id, others)
            move = mean(part_id, other_id, move_total)
            if move >= options.threshold and (best is None or move_total > best[0]):
                best = (move_total, rival)
        if best is not None:
            _move(members, home, undated, cluster, best[1])


def _adopt_lone(
    members: dict[int, list[int]],
    near: Mapping[int, Mapping[int, float]],
    fill: Callable[[int, Sequence[int]], None],
    mean: Callable[[int, int, float], float],
    own_reading: Sequence[Mapping[int, Any]],
    ids: tuple[int, int],
    options: GroupingOptions,
    alone: frozenset[frozenset[int]] = frozenset(),
) -> None:
    """A report linkage left alone (``alone``: the groups linkage made of up to ``GroupingOptions.lone_size``
    reports, before the second looks, so never one they set apart) joins the one group it is close to: the
    days it stands on (its happening's, publication's, dateline's) lie within ``near_days`` of the group's (not
    merely any date it gives: a dock strike a month on is no side story of a run-off), and its closest report
    of that group, weighed as linkage weighs a group (``mean``, as if every pair were that close), reaches
    ``GroupingOptions.lone_closest``, while no other group reaches the threshold so. A pair left alone joins likewise, every report of it
    dated, by its closest pair of reports. A single report that stands on no day at all joins without the day
    test (``GroupingOptions.lone_undated``), but only a group no rule weighs it down against.
    Linkage weighs a short report against a group by its mean likeness, and a short side story of the day
    (a union's protest, a second quote) is close to one report of the event and far from the wire copies
    that made the group: the mean stays short of the threshold and the event is split. ``fill`` makes a
    reading of reports under an id of ``ids``."""
    when = own_reading[4]  # the days each report stands on: its happening's, publication's, dateline's
    one_id, other_id = ids
    home = {i: cluster for cluster, found in members.items() for i in found}
    for cluster in sorted(members, key=lambda c: min(members[c])):
        found = members.get(cluster)
        if not found or frozenset(found) not in alone:
            continue
        undated = len(found) == 1 and not when[found[0]] and options.lone_undated
        if not undated and not all(when[i] for i in found):
            continue
        days = merge_dates([d for i in found for d in when[i]], [])
        scores: list[tuple[float, int]] = []
        rivals = sorted({home[j] for i in found for j in near.get(i, {})} - {cluster}, key=lambda c: min(members[c]))
        for rival in rivals:
            others = members[rival]
            stood = merge_dates([d for i in others for d in when[i]], [])
            if len(others) < max(2, len(found)) or not (undated or _within_days(days, stood, options.near_days)):
                continue
            closest = max(near[i].get(j, 0.0) for i in found for j in others)
            fill(one_id, found)
            fill(other_id, others)
            weighed = mean(one_id, other_id, closest * len(found) * len(others))
            if undated and weighed < closest:
                continue  # (a rule sets it apart from the group: not a side story left alone by its words)
            scores.append((weighed, rival))
        scores.sort(reverse=True)
        if scores and scores[0][0] >= options.lone_closest and (len(scores) == 1 or scores[1][0] < options.threshold):
            _move(members, home, list(found), cluster, scores[0][1])
            del members[cluster]


def _relink(
    members: dict[int, list[int]],
    linked: Sequence[frozenset[int]],
    near: Mapping[int, Mapping[int, float]],
    fill: Callable[[int, Sequence[int]], None],
    mean: Callable[[int, int, float], float],
    ids: tuple[int, int],
    options: GroupingOptions,
) -> None:
    """Each group the second looks took reports out of (what is left of one of linkage's groups, ``linked``)
    joins the group beside it it is closest to, weighed as linkage weighs two groups (``mean``; ``cohesion`` for
    two large ones), when that reaches the threshold and the other group holds none of the reports it lost.
    Linkage weighed it against the others only together with those reports: a look-alike filed with the event's
    lead, then set apart, had kept the lead from the event's other reports. ``fill`` makes a reading of
    reports under an id of ``ids``."""
    one_id, other_id = ids
    origin = {i: group for group in linked for i in group}
    home = {i: cluster for cluster, found in members.items() for i in found}
    for cluster in sorted(members, key=lambda c: min(members[c])):
        found = members.get(cluster)
        if not found:
            continue
        first = origin[found[0]]
        if not len(first) > len(found) > len(first) / 2 or not all(origin[i] is first for i in found):
            continue  # (not the most of one of linkage's groups, less what was taken out)
        lost = first.difference(found)
        best: tuple[float, int] | None = None
        rivals = sorted({home[j] for i in found for j in near.get(i, {})} - {cluster}, key=lambda c: min(members[c]))
        for rival in rivals:
            others = members[rival]
            if lost.intersection(others):
                continue  # (it would take back what was set apart from it)
            total = _total(near, found, others)
            fill(one_id, found)
            fill(other_id, others)
            weighed = mean(one_id, other_id, total)
            if weighed < options.threshold or (best is not None and weighed <= best[0]):
                continue
            if options.cohesion and min(len(found), len(others)) >= options.cohesion_size:
                continue  # (two large groups: linkage's cohesion test, not asked here)
            best = (weighed, rival)
        if best is not None:
            _move(members, home, list(found), cluster, best[1])
            del members[cluster]


def _told_days(article: Article, facts: Sequence[Fact], lead_end: int, within: int) -> frozenset[int]:
    """The days a report's lead gives (to the day) that lie on its own day (its publication day, else its
    dateline) or up to ``within`` days before it: "yesterday", "last night", "on Tuesday" in a report of the
    next morning name the day of the happening it tells. Empty for a report with no day of its own."""
    own = published_day(article) or dateline_day(article, facts)
    if own is None:
        return frozenset()
    return frozenset(d for d in _lead_days(facts, lead_end) if own - within <= d <= own)


def _own_day_untold(
    article: Article, facts: Sequence[Fact], lead_end: int, recalls: bool, back: int = 0, coarse: bool = False
) -> frozenset[int]:
    """The day a dated report stands on (its publication day, else its dateline), when its lead gives no date at
    all and it recalls nothing a year or more back (``recalls``): a side story of the day that writes no day tells
    its happening on its own (``GroupingOptions.told_own_day``). Empty otherwise."""
    own = published_day(article) or dateline_day(article, facts)
    if own is None or recalls:
        return frozenset()
    if any(f.kind == "date" and f.start < lead_end and not (coarse and _coarse(f)) for f in facts):
        return frozenset()
    return frozenset(range(own - back, own + 1))


_COARSE = frozenset({"month", "part_of_year", "year", "period"})


def _coarse(fact: Fact) -> bool:
    """Whether a date fact names no day or week ("in early summer", "in the 1800s", "for a few weeks"): it places
    a season or an age, not the day of a happening (``GroupingOptions.told_own_coarse``)."""
    return isinstance(fact.value, DateValue) and fact.value.granularity in _COARSE


def _undated_unnamed(article: Article, facts: Sequence[Fact], lead_end: int, text: str, known: frozenset[str]) -> bool:
    """Whether a report with no day of its own (``names`` reads no name in it: the caller asks) gives no day in its
    lead and writes no capitalised word that a report of the corpus writes as a name (``known``): an explainer,
    "What is a meteor?", tells what the event's reports tell of, not another happening
    (``GroupingOptions.told_unnamed``)."""
    if published_day(article) or dateline_day(article, facts):
        return False
    if any(f.kind == "date" and f.start < lead_end and not _coarse(f) for f in facts):
        return False
    return not any(fold(w) in known for w in _CAPITAL_WORD.findall(text))


_CAPITAL_WORD = re.compile(r"\b[A-Z][\w'’-]*")


# The timex of a day named only by counting from the writer's own ("yesterday", "today", "last night", "this
# morning"), not by a weekday ("on Monday", XXXX-WXX-1), which a wire report of any day writes.
_COUNTED_FROM_TODAY = "XXXX-XX-XX"


def _tells_unanchored_day(article: Article, facts: Sequence[Fact], lead_end: int) -> bool:
    """Whether a report with no day of its own (no publication day, no dateline) tells, in its lead, a day
    counted from its own that is left unresolved ("said yesterday", "last night"; not a weekday): it was
    written just after a happening it does not date."""
    if published_day(article) or dateline_day(article, facts):
        return False
    return any(
        fact.start < lead_end
        and fact.kind == "date"
        and isinstance(fact.value, DateValue)
        and fact.value.relative
        and not fact.value.resolved
        and (fact.value.timex or "").startswith(_COUNTED_FROM_TODAY)
        for fact in facts
    )


def _unweighed_of(
    unweighed: Mapping[int, float], n: int, keep: Sequence[bool], floor: float
) -> dict[int, dict[int, float]]:
    """The likeness before the what rule (``_pair_similarities``' ``unweighed``) of the pairs reaching ``floor``,
    as each kept article's partners."""
    out: dict[int, dict[int, float]] = defaultdict(dict)
    for code, sim in unweighed.items():
        if sim < floor:
            continue
        a, b = divmod(code, n)
        if keep[a]:
            out[a][b] = sim
        if keep[b]:
            out[b][a] = sim
    return out


def _pairs_of(
    pairs: Pairs, keep: Sequence[bool], floor: float, over: Mapping[int, Mapping[int, float]] | None = None
) -> _Partners:
    """The scored pairs reaching ``floor`` of the articles ``keep`` marks, as each one's partners; ``over`` gives
    some of their partners another likeness (``_unweighed_of``)."""
    assert pairs.sims is not None
    marked = np.asarray(keep, dtype=np.bool_)
    lows, highs = pairs.codes // pairs.n, pairs.codes % pairs.n
    chosen = np.flatnonzero((pairs.sims >= floor) & (marked[lows] | marked[highs]))
    # Each pair both ways in pair order, (a, b) then (b, a), on the side of a marked article only.
    owners = np.column_stack((lows[chosen], highs[chosen])).ravel()
    others = np.column_stack((highs[chosen], lows[chosen])).ravel()
    likeness = np.repeat(pairs.sims[chosen], 2)
    mine = marked[owners]
    owners, others, likeness = owners[mine], others[mine], likeness[mine]
    given = [(a, b, sim) for a, partners in (over or {}).items() for b, sim in partners.items()]
    if given:  # after the scored ones: an article's row then reads as if updated with them
        owners = np.concatenate((owners, np.fromiter((a for a, _, _ in given), dtype=np.int64, count=len(given))))
        others = np.concatenate((others, np.fromiter((b for _, b, _ in given), dtype=np.int64, count=len(given))))
        likeness = np.concatenate((likeness, np.fromiter((s for _, _, s in given), dtype=np.float64, count=len(given))))
    return _Partners(pairs.n, owners, others, likeness)


class _Partners(Mapping[int, dict[int, float]]):
    """Some articles' scored pairs as each one's partners and likeness (``_pairs_of``): rows of two arrays, a
    row made a dict as it is read (an article's partners in the order given, a later likeness of a partner
    replacing an earlier one as ``dict.update`` does).

    Held from before linkage to the last looks at the reports it left alone, which read a few rows. As a
    dict of dicts of floats (each pair both ways, a float object each) they were held through linkage, the
    run's largest moment: grouping a 10,000-article corpus peaked at 539 MiB with them, 515 MiB with these
    (12 bytes an entry)."""

    def __init__(self, n: int, owners: np.ndarray, partners: np.ndarray, likeness: np.ndarray) -> None:
        order = np.argsort(owners, kind="stable")
        self._partners = partners[order].astype(np.int32)
        self._likeness = likeness[order]
        self._starts = np.searchsorted(owners[order], np.arange(n + 1))

    def _bounds(self, article: int) -> tuple[int, int]:
        if not 0 <= article < len(self._starts) - 1:
            return 0, 0
        return int(self._starts[article]), int(self._starts[article + 1])

    def __getitem__(self, article: int) -> dict[int, float]:
        start, end = self._bounds(article)
        if start == end:
            raise KeyError(article)
        return dict(zip(self._partners[start:end].tolist(), self._likeness[start:end].tolist(), strict=True))

    def __iter__(self) -> Iterator[int]:
        return iter(np.flatnonzero(np.diff(self._starts)).tolist())

    def __len__(self) -> int:
        return int(np.count_nonzero(np.diff(self._starts)))


def _adopt_told_day(
    clusters: list[list[int]],
    near: Mapping[int, Mapping[int, float]],
    told: Sequence[frozenset[int]],
    happening_days: Sequence[frozenset[int]],
    texts: Sequence[str],
    unanchored: Sequence[bool] = (),
    live_lines: bool = False,
    group_told: Sequence[frozenset[int]] = (),
    opening_names: bool = False,
    dated_places_only: bool = False,
    pieces: Sequence[bool] = (),
) -> list[list[int]]:
    """A report linkage left alone that tells of its happening on a day near its own ("the crane's arm swung
    loose yesterday", "the porter said last night", in a report of the next morning), joins the one group of two
    or more reports most of whose leads date their happening to that very day (``_days_most_given``) and one
    report of which shares words with it (a scored pair, ``near``, reaching ``GroupingOptions.told_day_floor``),
    when it names no place the group does not (``_placed_within``). A witness's account, a
    relative's tribute or a reaction of the day after tells one moment of a happening in words of its own
    (a new name, a quote) and shares few with the wire reports that made the group, so no similarity of
    words reaches linkage's threshold; the day it tells is the happening's own. Two or more such groups: it
    stays alone. A lone report ``unanchored`` marks (no day of its own, a day counted from it told:
    ``GroupingOptions.told_undated``) has no day to match: it joins the one such group it shares words with.
    Corpus-wide, after the blocks are linked (its pairs may join two blocks): each lone report
    is weighed on its own, so a distributed run gives the same events. ``group_told`` (one per report: the days its
    lead tells near its own day, else the day it stands on) adds to a group's day the days most of its reports give,
    each its happening's days or, when its lead dates none, those (``GroupingOptions.told_group_days``): a group whose
    leads date no happening had no day at all."""
    home = {i: number for number, members in enumerate(clusters) for i in members}
    most: dict[int, frozenset[int]] = {}  # each group's day, read once however many lone reports weigh it
    moves: dict[int, int] = {}
    for number, members in enumerate(clusters):
        if len(members) != 1:
            continue
        lone = members[0]
        days = told[lone]
        loose = not days and lone < len(unanchored) and unanchored[lone]
        if not days and not loose:
            continue
        groups = {home[j] for j in near.get(lone, {}) if len(clusters[home[j]]) >= 2}
        if loose:
            fits = groups
        else:
            for group in groups - most.keys():
                # (no lead of the group dates its happening: the days most of its reports tell or stand on,
                # ``GroupingOptions.told_group_days``)
                most[group] = _days_most_given(happening_days, clusters[group]) | (
                    _days_most_given(
                        [h or t for h, t in ((happening_days[k], group_told[k]) for k in clusters[group])],
                        range(len(clusters[group])),
                    ) if group_told else frozenset()
                )
            fits = {group for group in groups if most[group] & days}
        if len(fits) == 1:
            target = fits.pop()
            if _placed_within(
                texts[lone], [texts[k] for k in clusters[target]], live_lines, opening_names,
                places_only=dated_places_only and not loose, venues=lone < len(pieces) and pieces[lone],
            ):
                moves[number] = target
    return _moved(clusters, moves)


def _adopt_recalling(
    clusters: list[list[int]],
    near: Mapping[int, Mapping[int, float]],
    recalling: Sequence[bool],
    happenings: Sequence[Happening],
    options: GroupingOptions,
) -> list[list[int]]:
    """A report linkage left alone that looks back a year or more (``recalling``: "four years ago a ewe fell down
    the same well") joins the one group of two or more reports one report of which shares words with it (a
    scored pair, ``near``, reaching ``GroupingOptions.told_day_floor``), stands within near_days of its own day
    (when it has one) and has no lead it recalls (``recalls_lead``): a background piece tells the earlier
    happening in the words of the look-alike, so its words reach neither that look-alike (the recollection rule
    holds them apart) nor, enough for linkage, the later happening it was written beside. Two or more such
    groups: it stays alone (``GroupingOptions.recalling_joins``)."""
    home = {i: number for number, members in enumerate(clusters) for i in members}
    moves: dict[int, int] = {}
    for number, members in enumerate(clusters):
        if len(members) != 1 or not recalling[members[0]]:
            continue
        lone = members[0]
        own = happenings[lone]
        days = [first for first, _ in own.anchors]
        fits = set()
        for group in {home[j] for j in near.get(lone, {}) if len(clusters[home[j]]) >= 2}:
            stands = [first for k in clusters[group] for first, _ in happenings[k].anchors]
            if days and not any(abs(a - b) <= options.near_days for a in days for b in stands):
                continue
            if any(
                recalls_lead(own.recollected, own.own_words, happenings[k].lead_words, options.recollected_words)
                for k in clusters[group]
            ):
                continue
            fits.add(group)
        if len(fits) == 1:
            moves[number] = fits.pop()
    return _moved(clusters, moves)


def _adopt_days_after(
    clusters: list[list[int]],
    near: Mapping[int, Mapping[int, float]],
    counted: Sequence[frozenset[tuple[int, int]]],
    happenings: Sequence[Happening],
    happening_days: Sequence[frozenset[int]],
    texts: Sequence[str],
    options: GroupingOptions,
) -> list[list[int]]:
    """A report linkage left alone whose lead counts its own day in days after a happening (``counted``: "on
    Friday, four days after the kiln cracked") joins the one group of two or more reports one report of which
    shares words with it (a scored pair, ``near``, reaching ``GroupingOptions.told_day_floor``) and whose day is the
    day it recalls: the days it stands on (its lead's happening days, its publication day, its dateline) less those
    days, against the days most of the group's leads date their happening to (else the days most of its reports stand
    on); with no day of its own, the weekday its lead counts from (``happening.days_after``) less those days, against the weekdays of the group's
    days (an undated group: the weekdays most of its reports give). It must name no place the group does not
    (``_placed_within``), and give no result of its happening told once (a measure of ``identifying`` that is not of
    ``identifying_apart``: a magnitude, a score, a count of votes) that no report of the group gives: an aftershock
    of magnitude 4.9 counted in days from a quake of 6.2 is another happening, while counts of things (the dead, the
    sheep, the bottles) grow as a story goes on. Two or more such groups: it stays alone
    (``GroupingOptions.days_after_joins``). A pair left alone, one report of which so counts its day, joins likewise
    by that report's day and pairs, when neither of the two names a place the group does not
    (``GroupingOptions.days_after_pairs``)."""
    results = frozenset(options.identifying) - frozenset(options.identifying_apart)
    home = {i: number for number, members in enumerate(clusters) for i in members}
    moves: dict[int, int] = {}
    for number, members in enumerate(clusters):
        if len(members) > (2 if options.days_after_pairs else 1) or not any(counted[m] for m in members):
            continue
        lone = next(m for m in members if counted[m])
        own = happenings[lone]
        stands = {first for first, _ in own.days} | {first for first, _ in own.anchors}
        recalled = {day - back for day in stands for back, _ in counted[lone]}
        weekdays = {(day - 1) % 7 for day in recalled} if stands else {
            (weekday - back) % 7 for back, weekday in counted[lone] if weekday >= 0
        }
        if not weekdays:
            continue
        fits = set()
        for group in {home[j] for j in near.get(lone, {}) if len(clusters[home[j]]) >= 2} - {number}:
            reports = clusters[group]
            days = _days_most_given(happening_days, reports) or _days_most_given(
                [frozenset(first for first, _ in happenings[k].anchors) for k in reports], range(len(reports))
            )
            if days:
                if not ((recalled & days) if stands else weekdays & {(day - 1) % 7 for day in days}):
                    continue
            elif not weekdays & _days_most_given([happenings[k].weekdays for k in reports], range(len(reports))):
                continue
            if not _results_differ(own, [happenings[k] for k in reports], results, options):
                fits.add(group)
        if len(fits) == 1:
            target = fits.pop()
            others = [texts[k] for k in clusters[target]]
            if all(_placed_within(texts[m], others, options.live_lines, options.opening_names) for m in members):
                moves[number] = target
    return _moved(clusters, moves)


def _followed_days(
    article: Article, facts: Sequence[Fact], text: str, options: GroupingOptions
) -> frozenset[int]:
    """The days (to the day) a report's first ``recalled_day_sentences`` sentences give more than ``near_days`` and
    up to ``recalled_day_span`` days before its own day (its publication day, else its dateline): the day of a
    happening it follows up. Empty for a report with no day of its own."""
    own = published_day(article) or dateline_day(article, facts)
    if own is None or options.recalled_day_span <= 0:
        return frozenset()
    end = _lead_end(text, options.recalled_day_sentences)
    return frozenset(
        d for d in _lead_days(facts, end) if own - options.recalled_day_span <= d < own - options.near_days
    )


def _results_differ(
    own: Happening, reports: Sequence[Happening], results: frozenset[str], options: GroupingOptions
) -> bool:
    """Whether a lone report's results (a magnitude, a vote count: the identifying measures, ``results``) differ from
    those a group's reports give: a report that tells the group's day but another result tells another happening."""
    told: dict[str, set[float]] = defaultdict(set)
    for happening in reports:
        for measure, value in happening.figures:
            if measure in results:
                told[measure].add(value)
    return figures_differ(
        {m: {v for k, v in own.figures if k == m} for m, _ in own.figures if m in results}, told, options
    )


def _adopt_recalled_day(
    clusters: list[list[int]],
    near: Mapping[int, Mapping[int, float]],
    recalled: Sequence[frozenset[int]],
    happenings: Sequence[Happening],
    happening_days: Sequence[frozenset[int]],
    texts: Sequence[str],
    options: GroupingOptions,
) -> list[list[int]]:
    """A report linkage left alone that gives, near its start, the day of the happening it follows up
    (``recalled``: "the levy it brought in on March 4" in a report of weeks later) joins the one group of two or
    more reports one report of which shares words with it (a scored pair, ``near``, reaching
    ``GroupingOptions.told_day_floor``) and most of whose leads date their happening to that day
    (``_days_most_given``), when it recalls no lead of the group as an earlier happening of its own kind
    (``recalls_lead``), names no place the group does not (``_placed_within``) and gives no result told once (a
    magnitude, a score, a count of votes) the group does not. A follow-up leads with its own news in words of its
    own; the day it writes of the happening it follows is the group's. Two or more such groups: it stays alone.
    ``GroupingOptions.recalled_day_span``."""
    results = frozenset(options.identifying) - frozenset(options.identifying_apart)
    home = {i: number for number, members in enumerate(clusters) for i in members}
    moves: dict[int, int] = {}
    for number, members in enumerate(clusters):
        if len(members) != 1 or not recalled[members[0]]:
            continue
        lone = members[0]
        own = happenings[lone]
        # (the day it gives, or a day either side when it lies weeks back: ``GroupingOptions.recalled_day_slack``)
        own_day = max((first for first, _ in own.anchors), default=None)  # (the latest day it stands on)
        days = {
            d + step
            for d in recalled[lone]
            for step in (
                range(-options.recalled_day_slack, options.recalled_day_slack + 1)
                if own_day is not None and own_day - d > options.recalled_slack_after else (0,)
            )
        }
        fits = set()
        for group in {home[j] for j in near.get(lone, {}) if len(clusters[home[j]]) >= 2}:
            reports = clusters[group]
            stood = _days_most_given(happening_days, reports) | _days_most_given(
                [frozenset(first for first, _ in happenings[k].anchors) for k in reports], range(len(reports))
            )
            if not stood & days:
                continue
            if any(
                recalls_lead(own.recollected, own.own_words, happenings[k].lead_words, options.recollected_words)
                for k in reports
            ):
                continue
            if not _results_differ(own, [happenings[k] for k in reports], results, options):
                fits.add(group)
        if len(fits) == 1:
            target = fits.pop()
            if _placed_within(texts[lone], [texts[k] for k in clusters[target]], places_only=True):
                moves[number] = target
    return _moved(clusters, moves)


def _adopt_spread(
    clusters: list[list[int]],
    near: Mapping[int, Mapping[int, float]],
    dayless: Sequence[bool],
    happenings: Sequence[Happening],
    texts: Sequence[str],
    words: tuple[Sequence[_Vector], Sequence[_Vector]],
    options: GroupingOptions,
) -> list[list[int]]:
    """A report linkage and the rules left alone that has no day of its own (``dayless``) joins the one group of two
    or more reports that ``GroupingOptions.spread_reports`` or more of its reports share words with it (scored
    pairs, ``near``, reaching ``GroupingOptions.told_day_floor``), summed to ``GroupingOptions.spread_total`` or
    more, when no report of any other group reaches the floor with it, it recalls no lead of the group as an
    earlier happening of its own (``recalls_lead``), foretells nothing (``Happening.foretells``), gives no result told
    once (a magnitude, a score) the group does not, and writes no place or name the group does not but a person's
    (``_placed_within``, and each new name word one ``protagonists.personal_names`` reads). Its likeness is spread
    over the group: weak to each report, strong to them together."""
    if options.spread_total <= 0:
        return clusters
    results = frozenset(options.identifying) - frozenset(options.identifying_apart)
    home = {i: number for number, members in enumerate(clusters) for i in members}
    moves: dict[int, int] = {}
    for number, members in enumerate(clusters):
        if len(members) != 1 or not dayless[members[0]]:
            continue
        lone = members[0]
        reached: dict[int, list[float]] = defaultdict(list)
        for j, sim in near.get(lone, {}).items():
            if home[j] != number:
                reached[home[j]].append(sim)
        if len(reached) != 1:
            continue
        (group, sims), = reached.items()
        reports = clusters[group]
        if (
            len(reports) < 2 or len(sims) < options.spread_reports or sum(sims) < options.spread_total
            or max(sims) >= options.threshold  # (as like one report as linkage asks: its call, or a rule's, not this)
        ):
            continue
        plain, named = words
        written = set().union(*(named[k].terms for k in (lone, *reports)))
        shared = set(plain[lone].terms) & set().union(*(plain[k].terms for k in reports))
        if len({w for w in shared if w not in written and w not in CALENDAR}) < options.spread_words:
            continue
        own = happenings[lone]
        if own.foretells or any(  # (a warning or a plea is not the happening it warns of: foretold_factor's)
            recalls_lead(own.recollected, own.own_words, happenings[k].lead_words, options.recollected_words)
            for k in reports
        ) or _results_differ(own, [happenings[k] for k in reports], results, options):
            continue
        others = [texts[k] for k in reports]
        if not _placed_within(texts[lone], others, options.live_lines, options.opening_names):
            continue
        # (a name word none of the group writes must be a person's: a witness, a parent; another town's firm or
        # regulator is another happening's)
        known = {word for other in others for word in names(other)}
        if set(names(texts[lone])) - known <= personal_names(texts[lone]):
            moves[number] = group
    return _moved(clusters, moves)


def _join_by_person(
    clusters: list[list[int]],
    name_vectors: Sequence[_Vector],
    texts: Sequence[str],
    own_days: Sequence[int | None],
    options: GroupingOptions,
    people_of: Callable[[int], frozenset[str]] | None = None,
) -> list[list[int]]:
    """Two groups that, alone in the corpus, write one person's name (a name word some report writes as a person's:
    ``protagonists.personal_names``) and were written within ``near_days`` of each other (``own_days``: each report's
    publication day, else its dateline's; each group on some day) are one. A person is the rarest evidence of which happening a report tells:
    a look-alike shares its event's kind, words and place, not its people; while a story's reports split by their
    words (the wire's, the next day's scene, the arrest three days on) all name the one robber, victim or winner.
    A name any other group writes, or one of a group standing on no day, joins nothing.
    ``GroupingOptions.person_joins``. ``people_of``: report index -> its personal names, as the pair scores already
    read them (else read here)."""
    home = {i: number for number, members in enumerate(clusters) for i in members}
    writers: dict[str, set[int]] = defaultdict(set)
    for i, vector in enumerate(name_vectors):
        for term in vector.terms:
            writers[term].add(i)
    parent = list(range(len(clusters)))

    def root(c: int) -> int:
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    people: dict[int, frozenset[str]] = {}
    for term in sorted(writers):
        found = writers[term]
        groups = sorted({home[i] for i in found})
        if len(groups) != 2:
            continue
        for i in found:
            if i not in people:
                people[i] = people_of(i) if people_of is not None else personal_names(texts[i])
        if not any(term in people[i] for i in found):
            continue
        one, other = groups
        days_one = [d for k in clusters[one] if (d := own_days[k]) is not None]
        days_other = [d for k in clusters[other] if (d := own_days[k]) is not None]
        # (the days they were written, not those their leads give: a report of the end of an occupation dates its
        # start, which the look-alike of that start was written on)
        if not days_one or not days_other or min(abs(a - b) for a in days_one for b in days_other) > options.near_days:
            continue
        a, b = root(one), root(other)
        if a != b:
            parent[max(a, b)] = min(a, b)
    merged: dict[int, list[int]] = defaultdict(list)
    for number, members in enumerate(clusters):
        merged[root(number)].extend(members)
    return [merged[number] for number in sorted(merged)]


def _moved(clusters: list[list[int]], moves: Mapping[int, int]) -> list[list[int]]:
    """The clusters after each lone report moved (cluster number -> the cluster it joins)."""
    if not moves:
        return clusters
    out = [list(members) for members in clusters]
    for number, target in moves.items():
        out[target].extend(out[number])
        out[number] = []
    return [sorted(members) for members in out if members]


def _days_most_given(happening_days: Sequence[frozenset[int]], members: Sequence[int]) -> frozenset[int]:
    """The days most reports of a group give their happening (all of them on a tie): the happening's own day,
    not a day one report recalls ("a day after the flood at the mill")."""
    seen = Counter(d for i in members for d in happening_days[i])
    most = max(seen.values(), default=0)
    return frozenset(d for d, n in seen.items() if n == most)


# A clock time opening a line or sentence and the capitalised word after it ("19:05 Rain again now").
# (No run of white space before the time: a hostile run of blank lines is not read again from each of its lines.)
_AFTER_CLOCK = re.compile(r"(?:^|(?<=[.!?][^\S\n]))[012]?\d[:.][0-5]\d[^\S\n]+([A-Z][\w’'-]*)", re.MULTILINE)


# A capitalised word opening a sentence and the capitalised word after it ("Maud Gilcrest was ..."): a full name
# when the first is no word the texts write in lower case (``GroupingOptions.opening_names``).
# (a possessive is no part of the surname: "Mara Quell's son" names Mara Quell)
_OPENING_PAIR = re.compile(
    r"(?:^|(?<=[.!?][^\S\n]))[\"“‘]?([A-Z][a-z]+)[^\S\n]([A-Z][\w-]*(?:[’'](?![sS]\b)[\w-]+)*)", re.MULTILINE
)
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z]*")
# A word as ``_placed_within`` reads one beside a name, less a possessive ("Quell's" is "Quell").
_TOKEN = re.compile(r"([\w-]+(?:[’'](?![sS]\b)[\w-]+)*)(?:[’'][sS]\b)?")


def _opening_first_names(text: str, others: Sequence[str], new: set[str]) -> set[str]:
    """The capitalised words opening a sentence of ``text`` right before a name word of ``new`` that neither
    ``text`` nor ``others`` writes in lower case, nor is a stopword, a title, a calendar word or a possible role
    (``roles.may_be_role``: "Brewer Wexley said", a trade before a surname): the first name of a person named at a
    sentence's start ("Maud Gilcrest said yesterday"), which ``names`` does not read (a sentence's first word may be
    any word)."""
    pairs = [
        (fold(found.group(1)), fold(found.group(2)))
        for found in _OPENING_PAIR.finditer(text)
    ]
    pairs = [(first, second) for first, second in pairs if second in new]
    if not pairs:
        return set()
    lowered = {word for t in (text, *others) for word in _LOWER_WORD.findall(t)}
    return {
        first for first, _ in pairs
        if first not in lowered and first not in STOPWORDS and first not in TITLES and first not in CALENDAR
        and not may_be_role(first)
    }


def _placed_within(
    text: str, others: Sequence[str], live_lines: bool = False, opening_names: bool = False, places_only: bool = False,
    venues: bool = False,
) -> bool:
    """Whether ``text`` stands where ``others`` do: every place it puts something at ("in Penlow Bay", "at the
    Sarnfield depot") is named in one of them too, and every name word none of them writes is part of a
    person's full name ("porter Idris Vawdrey", "Maud Gilcrest"). A side story of a happening adds a
    witness, not a place; a story of the same day elsewhere names its own town, club or company ("The
    Tollbury ferry", "Toy maker Penrock"). With ``venues``, a name word written after "the" may be new too (a
    quote piece's or an explainer's venue: ``GroupingOptions.piece_places_only``)."""
    for found in _PLACED.finditer(text):
        place = found.group(1)
        if fold(place) in CALENDAR:
            continue
        if not any(re.search(rf"\b{re.escape(place)}\b", other) for other in others):
            return False
    if places_only:
        return True
    own = names(text)
    known = {word for other in others for word in names(other)}
    # (a plural of a name they write is theirs: "two more Brontels" beside the Brontel they write)
    new = {word for word in set(own) - known if not (word.endswith("s") and word[:-1] in known)}
    if live_lines:
        # (a live page's line opens with its time, "19:05 Rain again now": the word after it opens a sentence)
        new -= {fold(found.group(1)) for found in _AFTER_CLOCK.finditer(text)}
    if not new:
        return True
    tokens = [fold(t) for t in _TOKEN.findall(text)]
    if venues:
        # (a name after "the" is a venue, a boat or a business, "the owner of the Mabthorne": what a witness runs
        # or stood in, not the town or country another happening of the kind took place in)
        new -= {t for k, t in enumerate(tokens) if k > 0 and tokens[k - 1] == "the"}
        if not new:
            return True
    named = set(own)
    if opening_names:
        named |= _opening_first_names(text, others, new)
    # (the words beside a name, read in one pass: a huge lone report is read once, not once per new name)
    beside_a_name = {
        t for k, t in enumerate(tokens)
        if (k > 0 and tokens[k - 1] in named) or (k + 1 < len(tokens) and tokens[k + 1] in named)
    }
    return new <= beside_a_name


def _followed_up(
    members: Mapping[int, list[int]],
    home: Mapping[int, int],
    freed: Iterable[int],
    stood: Mapping[int, Any],
    kinds: Mapping[int, Mapping[str, Any]],
) -> set[frozenset[int]]:
    """The reports ``_unbridge`` freed (groups ``freed``) that stand on days, none of them before the first day
    the group they left stands on (``stood``: each report's days, its happening's, publication's, dateline's):
    a follow-up tells what came after its happening (divers down in the flooded hall two days on), while a
    report carried in by the one report recalling it (a fire in the next town the night before) tells what came
    before. And it tells no kind of happening (``kinds``: each report's, by the vocabulary) that none of the
    group's reports tells: a man jailed in the town two days after its fire is no side of the fire.
    ``GroupingOptions.unbridged_near``."""
    followed = set()
    for k in freed:
        found = members.get(k)
        if not found or not stood[found[0]]:
            continue
        others = members.get(home[found[0]], ())
        rest = [d for j in others for d in stood[j]]
        told = {kind for j in others for kind in kinds[j]}
        if (
            rest and min(first for first, _ in stood[found[0]]) >= min(first for first, _ in rest)
            and all(kind in told for kind in kinds[found[0]])
        ):
            followed.add(frozenset(found))
    return followed


def _unbridge(
    members: dict[int, list[int]], near: Mapping[int, Mapping[int, float]], next_id: int, options: GroupingOptions
) -> int:
    """In each group of ``bridge_size`` to ``eject_size`` reports, the report whose words reach (a scored pair at
    the threshold or more) one other report of its group only, by a pair weaker than that partner's mean
    likeness to the rest of the group and with a mean likeness to the rest below ``bridge_floor``, the least
    like the rest if several, leaves for a group of its own; returns the next free group id. Average linkage lets one strong pair carry a
    report into a group: a report of a fire in the next town is drawn in by the one report of this fire
    that recalls it, its likeness to the others near nothing."""
    for cluster in sorted(members, key=lambda c: min(members[c])):
        found = members[cluster]
        if not options.bridge_size <= len(found) <= options.eject_size:
            continue
        inside = set(found)
        lone = []
        for i in found:
            pairs = near.get(i, {})
            strong = [(sim, j) for j, sim in pairs.items() if j in inside and sim >= options.threshold]
            if len(strong) != 1:
                continue
            # Carried in by a pair weaker than its partner's own ties to the rest: the partner is the group's,
            # the report only the partner's. (A report closer to its partner than that is the pair's core.)
            sim, partner = strong[0]
            ties = near.get(partner, {})
            rest = len(found) - 2
            # (And near nothing but its partner: a report a little like every other one tells another side of it.)
            others = math.fsum(s for j, s in pairs.items() if j in inside and j != partner) / rest
            if others < options.bridge_floor and sim < math.fsum(
                s for j, s in ties.items() if j in inside and j != i
            ) / rest:
                lone.append((math.fsum(s for j, s in pairs.items() if j in inside), i))
        if lone:
            _, i = min(lone)
            members[cluster] = [j for j in found if j != i]
            members[next_id] = [i]
            next_id += 1
    return next_id


def _regroup(
    members: dict[int, list[int]],
    near: Mapping[int, Mapping[int, float]],
    fill: Callable[[int, Sequence[int]], None],
    mean: Callable[[int, int, float], float],
    anchors: Mapping[int, list[tuple[int, int]]],
    weekdays: Mapping[int, frozenset[int]],
    ids: tuple[int, int, int],
    options: GroupingOptions,
) -> None:
    """Pairs held apart from a group beside them by one of their two reports only (the rules set it apart
    from that group although its words would join it): the other report joins the group when it is not
    set apart, its words reach the group at ``regroup_ratio`` times or more its likeness to its partner, it
    stands on no day more than ``apart_days`` from the group's (``anchors``, by group id), its weekdays (if
    both give any) meet the group's (``weekdays``), and the group would take it (``mean``). ``fill`` makes a reading of reports under an id of ``ids``."""
    part_id, block_id, other_id = ids

    total = functools.partial(_total, near)

    home = {i: cluster for cluster, found in members.items() for i in found}
    for cluster in sorted(members, key=lambda c: min(members[c])):
        found = members.get(cluster)
        if not found or len(found) != 2:
            continue
        rivals = sorted({home[j] for i in found for j in near.get(i, {})} - {cluster}, key=lambda c: min(members[c]))
        best: tuple[float, int, list[int]] | None = None
        for rival in rivals:
            others = members[rival]
            if not 2 <= len(others) <= options.eject_size:
                continue
            fill(other_id, others)
            blocking = []
            for i in found:
                sim = total([i], others)
                if sim / len(others) >= options.threshold:
                    fill(block_id, [i])
                    if mean(block_id, other_id, sim) < options.threshold:
                        blocking.append(i)
            part = [i for i in found if i not in blocking]
            if not blocking or not part:
                continue
            held = [i for i in found if i in blocking]
            words_rival = total(part, others) / (len(part) * len(others))
            words_held = total(part, held) / (len(part) * len(held))
            if words_rival < options.regroup_ratio * words_held:
                continue  # more like the reports it would leave than like the group it would join
            fill(part_id, part)
            if anchors.get(part_id) and anchors.get(other_id) and (
                (days_gap(anchors[part_id], anchors[other_id]) or 0) > options.apart_days
            ):
                continue  # it stands on days apart from the group's: not one of its reports
            if weekdays.get(part_id) and weekdays.get(other_id) and not weekdays[part_id] & weekdays[other_id]:
                continue  # its weekdays are none of the group's: undated look-alikes in words alike
            move = mean(part_id, other_id, total(part, others))
            if move >= options.threshold and (best is None or move > best[0]):
                best = (move, rival, part)
        if best is not None:
            _, rival, part = best
            _move(members, home, part, cluster, rival)


def _move(members: dict[int, list[int]], home: dict[int, int], part: Sequence[int], cluster: int, rival: int) -> None:
    """``part`` leaves group ``cluster`` for group ``rival`` (``home``: each report's group)."""
    members[cluster] = [i for i in members[cluster] if i not in part]
    members[rival] = sorted(members[rival] + list(part))
    for i in part:
        home[i] = rival


def _restage(
    members: dict[int, list[int]],
    near: Mapping[int, Mapping[int, float]],
    fill: Callable[[int, Sequence[int]], None],
    mean: Callable[[int, int, float], float],
    own_reading: Sequence[Mapping[int, Any]],
    ids: tuple[int, int, int],
    options: GroupingOptions,
) -> None:
    """Undated reports that name a stage (the run-off) filed with dated reports that name no stage of its
    ladder, beside a group whose dated reports name that stage on days ``apart_days`` or more from theirs:
    the stage is the happening's, and that group dates it, so they join it when their words reach it at
    ``cohesion`` times or more their likeness to the reports they leave and it would take them
    (``mean``). Undated run-off reports otherwise meet a first round's dated report that names no round
    as readily as the run-off's, and nothing in either pair says no. ``own_reading`` is each article's
    reading (``_average_linkage``'s tables: dates, days, stages, ..., days stood on)."""
    when, _, stages, _, anchors = own_reading[:5]
    part_id, rest_id, other_id = ids

    def dated_stages(found: Sequence[int]) -> set[Stage]:
        return {stage for i in found if when[i] for stage in stages[i]}

    def stood(found: Sequence[int]) -> list[tuple[int, int]]:
        return merge_dates([d for i in found for d in anchors[i]], [])

    home = {i: cluster for cluster, found in members.items() for i in found}
    for cluster in sorted(members, key=lambda c: min(members[c])):
        found = members.get(cluster)
        if not found or len(found) < 2:
            continue
        named = [i for i in found if not when[i] and stages[i]]
        if not named:
            continue
        rivals = sorted({home[j] for i in named for j in near.get(i, {})} - {cluster}, key=lambda c: min(members[c]))
        best: tuple[float, int, list[int]] | None = None
        for rival in rivals:
            others = members[rival]
            rival_days = stood(others)
            if not rival_days:
                continue
            for stage in sorted(dated_stages(others)):
                part = [i for i in named if stage in stages[i]]
                rest = [i for i in found if i not in part]
                rest_days = stood(rest)
                if not part or not rest_days or any(s[0] == stage[0] for i in rest for s in stages[i]):
                    continue
                if (days_gap(rest_days, rival_days) or 0) < options.apart_days:
                    continue
                move = _taken(part, rest, others, near, fill, mean, (part_id, other_id), options)
                if move is not None and (best is None or move > best[0]):
                    best = (move, rival, part)
        if best is not None:
            _, rival, part = best
            _move(members, home, part, cluster, rival)


def _taken(
    part: Sequence[int],
    left: Sequence[int],
    others: Sequence[int],
    near: Mapping[int, Mapping[int, float]],
    fill: Callable[[int, Sequence[int]], None],
    mean: Callable[[int, int, float], float],
    ids: tuple[int, int],
    options: GroupingOptions,
) -> float | None:
    """How alike (``mean``) reports ``part`` and group ``others`` are, when the group would take them: their
    words reach it at ``cohesion`` times or more their likeness to ``left`` (the reports they would leave)
    and the mean reaches the threshold; else None. ``ids`` are the spare group ids ``fill`` files them under."""
    words_other = _total(near, part, others) / (len(part) * len(others))
    words_left = _total(near, part, left) / (len(part) * len(left))
    if words_other < options.cohesion * words_left:
        return None
    part_id, other_id = ids
    fill(part_id, part)
    fill(other_id, others)
    move = mean(part_id, other_id, _total(near, part, others))
    return move if move >= options.threshold else None


def _unstage(
    members: dict[int, list[int]],
    near: Mapping[int, Mapping[int, float]],
    fill: Callable[[int, Sequence[int]], None],
    mean: Callable[[int, int, float], float],
    own_reading: Sequence[Mapping[int, Any]],
    ids: tuple[int, int, int],
    options: GroupingOptions,
) -> None:
    """The mirror of ``_restage``: dated reports that name no stage of a ladder, filed with a dated report that
    names one (the first round of talks) on a day ``apart_days`` or more from every day they stand on, beside a
    group that names another stage of that ladder (the second round): the stage is not theirs, as nothing
    dates them to its day, so they join that group when their words reach it at ``cohesion`` times or more
    their likeness to the staged report and it would take them (``mean``)."""
    when, _, stages, _, anchors = own_reading[:5]
    part_id, rest_id, other_id = ids
    home = {i: cluster for cluster, found in members.items() for i in found}
    for cluster in sorted(members, key=lambda c: min(members[c])):
        found = members.get(cluster)
        if not found or len(found) < 2:
            continue
        staged = [i for i in found if when[i] and stages[i]]
        if not staged:
            continue
        ladders = {stage[0] for i in staged for stage in stages[i]}
        staged_days = merge_dates([d for i in staged for d in anchors[i]], [])
        part = [
            i for i in found
            if i not in staged and anchors[i] and not {s[0] for s in stages[i]} & ladders
            and (days_gap(anchors[i], staged_days) or 0) >= options.apart_days
        ]
        if not part or len(part) + len(staged) != len(found):
            continue
        own = {stage for i in staged for stage in stages[i]}
        rivals = sorted({home[j] for i in part for j in near.get(i, {})} - {cluster}, key=lambda c: min(members[c]))
        best: tuple[float, int] | None = None
        for rival in rivals:
            others = members[rival]
            theirs = {stage for i in others for stage in stages[i]}
            if not contradict(own, theirs):
                continue
            move = _taken(part, staged, others, near, fill, mean, (part_id, other_id), options)
            if move is not None and (best is None or move > best[0]):
                best = (move, rival)
        if best is not None:
            _move(members, home, part, cluster, best[1])


def _least_mergeable(options: GroupingOptions) -> float:
    """The plain mean similarity below which two groups are never merged: the threshold over the most
    that dates, stages, kinds of happening and figures can raise a mean (``_most_raised``)."""
    return options.threshold / _most_raised(options)


def _most_raised(options: GroupingOptions) -> float:
    """The most that dates, stages, kinds of happening and figures can raise a plain mean similarity
    (``_average_linkage``), with a margin for rounding: no scaled mean exceeds its plain mean times this."""
    most = 1.0
    for factors in (
        (1.0 + options.near_bonus, options.far_factor),
        (options.apart_factor,),
        (options.stage_factor,),
        (options.undated_stage_factor, options.weekday_factor, options.weekday_kind_factor),
        (options.kind_apart_factor,),
        (options.figures_apart_factor, options.undated_figures_factor),
    ):
        most *= max(1.0, *(abs(f) for f in factors))
    return most * (1.0 + 1e-9)


@dataclass(frozen=True)
class Pairs:
    """Pairs (a, b), a < b, of ``n`` articles, ascending, held as the numbers a * n + b in one array:
    8 bytes a pair where a set of tuples took about a hundred (a 10,000-article corpus scores some
    600,000 pairs, a 100,000-article one ten times more); ``sims``, one per pair, once scored."""

    n: int
    codes: np.ndarray  # int64, ascending
    sims: np.ndarray | None = None  # float64

    @classmethod
    def scored(cls, n: int, pairs: Mapping[tuple[int, int], float]) -> Pairs:
        """From a mapping (a, b) -> similarity, a < b."""
        ordered = sorted(pairs.items())
        return cls(n, np.fromiter((a * n + b for (a, b), _ in ordered), dtype=np.int64, count=len(ordered)),
                   np.fromiter((sim for _, sim in ordered), dtype=np.float64, count=len(ordered)))

    def __len__(self) -> int:
        return len(self.codes)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return (divmod(code, self.n) for code in self.codes.tolist())

    def __contains__(self, pair: object) -> bool:
        if not (isinstance(pair, tuple) and len(pair) == 2 and 0 <= pair[0] < pair[1] < self.n):
            return False
        code = pair[0] * self.n + pair[1]
        at = int(np.searchsorted(self.codes, code))
        return at < len(self.codes) and int(self.codes[at]) == code

    def items(self) -> Iterator[tuple[tuple[int, int], float]]:
        assert self.sims is not None
        return zip(iter(self), self.sims.tolist(), strict=True)


Block = tuple[list[int], Pairs]  # articles (input order), their scored pairs


def _blocks(n: int, pairs: Pairs, least: float = 0.0) -> list[Block]:
    """The connected parts of the graph of pairs scoring ``least`` or more, with their pairs (those
    between two parts left out, the rest in the order given), ordered by first article.

    Average linkage never joins groups with no scored pair between them (their mean similarity is
    0), nor groups whose every pair scores below ``_least_mergeable`` (their mean, however their
    dates raise it, stays below the threshold), so clustering each part on its own gives exactly the
    events of clustering them all at once: the grouping is expressible per block, and a cluster can
    take the blocks one per task. (Weak pairs join nearly a whole corpus into one part.)
    """
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    assert pairs.sims is not None and pairs.n == n
    lows, highs = pairs.codes // n, pairs.codes % n
    strong = pairs.sims >= least
    for a, b in zip(lows[strong].tolist(), highs[strong].tolist(), strict=True):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    roots = [find(i) for i in range(n)]
    members: dict[int, list[int]] = defaultdict(list)
    for i, root in enumerate(roots):
        members[root].append(i)
    of_pair = np.asarray(roots, dtype=np.int64)[lows]
    inside = np.flatnonzero(of_pair == np.asarray(roots, dtype=np.int64)[highs])
    inside = inside[np.argsort(of_pair[inside], kind="stable")]  # by part, each part's pairs in order
    owner = of_pair[inside]
    blocks = []
    for root in sorted(members):
        mine = inside[np.searchsorted(owner, root, "left") : np.searchsorted(owner, root, "right")]
        blocks.append((members[root], Pairs(n, pairs.codes[mine], pairs.sims[mine])))
    return blocks


def _link_block(
    block: Block,
    dates: list[list[tuple[int, int]]],
    options: GroupingOptions,
    happenings: Sequence[Happening],
) -> list[list[int]]:
    """Average linkage inside one block, in the block's own numbering, mapped back to the corpus's."""
    articles, pairs = block
    if len(articles) == 1:
        return [articles]
    clusters = _average_linkage(
        len(articles),
        _LocalPairs(articles, pairs),
        [dates[i] for i in articles],
        options,
        [happenings[i] for i in articles],
    )
    return [[articles[k] for k in cluster] for cluster in clusters]


class _LocalPairs:
    """A block's scored pairs in the block's own numbering, read from its arrays as linkage asks.

    Linkage reads them three times (its links, its heap, the second look); a dict of them, a tuple
    key and a float each, took about 140 bytes a pair, over 70 MB for the block most of a
    10,000-article corpus falls in. The numbers are shared int objects, so the tables linkage
    keys by them hold one object per article, not one per mention."""

    def __init__(self, articles: Sequence[int], pairs: Pairs) -> None:
        assert pairs.sims is not None
        where = np.asarray(articles, dtype=np.int64)
        # (Places in the block, held through linkage and its second looks: 4 bytes each, not 8.)
        self._lows = np.searchsorted(where, pairs.codes // pairs.n).astype(np.int32)
        self._highs = np.searchsorted(where, pairs.codes % pairs.n).astype(np.int32)
        self._sims = pairs.sims
        self._ids = list(range(len(articles)))

    def items(self) -> Iterator[tuple[tuple[int, int], float]]:
        """The pairs in order, read from the arrays a slice at a time: the whole arrays as Python lists
        at once were linkage's largest moment (57 MiB of the 232 MiB grouping held at 10,000 articles)."""
        ids = self._ids
        for at in range(0, len(self._sims), _ITEMS_SLICE):
            upto = at + _ITEMS_SLICE
            lows, highs, sims = self._lows[at:upto].tolist(), self._highs[at:upto].tolist(), self._sims[at:upto].tolist()
            for a, b, sim in zip(lows, highs, sims, strict=True):
                yield (ids[a], ids[b]), sim

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[int]]:
        """The pairs' first articles, second articles and similarities (arrays, in order), and the numbers."""
        return self._lows, self._highs, self._sims, self._ids

    def rows(self) -> _Rows:
        """The pairs as each article's partners and similarities (``_Rows``)."""
        return _Rows(self._lows, self._highs, self._sims, self._ids)

    def neighbours(self) -> defaultdict[int, dict[int, float]]:
        """Article -> {partner: similarity}, as filled pair by pair in order (``_neighbours``): the same
        tables, keys in the same order, each made at once (C-level ``dict(zip(...))``) rather than with
        two insertions a pair in Python, which took a tenth of grouping at 10,000 articles.

        The pairs are sorted by their first article, so an article's partners come as the second
        article of pairs (ordered by their first, by ``argsort``) and then as the first, in a run."""
        out: defaultdict[int, dict[int, float]] = defaultdict(dict)
        count = len(self._sims)
        if not count:
            return out
        ids = self._ids
        lows, highs = self._lows, self._highs
        sims = self._sims.tolist()  # (the very float objects the tables keep, one per pair)
        by_high = np.argsort(highs, kind="stable")
        earlier = lows[by_high]  # each article's partners before it, in pair order
        high_keys, high_starts = np.unique(highs[by_high], return_index=True)
        low_keys, low_starts = np.unique(lows, return_index=True)
        high_ends = [*high_starts[1:].tolist(), count]
        low_ends = [*low_starts[1:].tolist(), count]
        as_high = dict(zip(high_keys.tolist(), zip(high_starts.tolist(), high_ends, strict=True), strict=True))
        as_low = dict(zip(low_keys.tolist(), zip(low_starts.tolist(), low_ends, strict=True), strict=True))
        # Articles in the order the pairs first name them ((a, b) of pair k at places 2k and 2k + 1).
        first = {article: 2 * int(start) for article, (start, _) in as_low.items()}
        for article, (start, _) in as_high.items():
            first[article] = min(first.get(article, 2 * count), 2 * int(by_high[start]) + 1)
        for article in sorted(first, key=first.__getitem__):
            table: dict[int, float] = {}
            if article in as_high:
                start, end = as_high[article]
                table.update(zip(map(ids.__getitem__, earlier[start:end].tolist()),
                                 map(sims.__getitem__, by_high[start:end].tolist()), strict=True))
            if article in as_low:
                start, end = as_low[article]
                table.update(zip(map(ids.__getitem__, highs[start:end].tolist()), sims[start:end], strict=True))
            out[ids[article]] = table
        return out


class _Rows(Mapping[int, dict[int, float]]):
    """A block's scored pairs as ``_neighbours`` gives them (article -> {partner: similarity}, each pair both
    ways, partners in the pairs' order), held as rows of two arrays and made a table at a time as read.

    Linkage's second look reads about 50,000 of the tables (the largest block of a 10,000-article corpus):
    held as dicts of floats all at once they took 76 MiB there, as rows 14 MiB. A table read is a new dict
    equal to ``_neighbours``'s, keys in the same order, so sums over it add in the same order; an article
    with no pairs reads as an empty one (``_neighbours`` is a defaultdict). Nothing writes to them.
    """

    def __init__(self, lows: np.ndarray, highs: np.ndarray, sims: np.ndarray, ids: list[int]) -> None:
        # An article's partners as the pairs name them: first those before it (where it is the pair's second
        # article), then those after it, each in the pairs' order (``_LocalPairs.neighbours``).
        ends = np.concatenate([highs, lows])
        order = np.argsort(ends, kind="stable")
        self._starts = np.searchsorted(ends[order], np.arange(len(ids) + 1)).tolist()
        del ends
        self._partners = np.concatenate([lows, highs])[order]
        self._sims = np.concatenate([sims, sims])[order]
        self._ids = ids

    def row(self, article: int) -> tuple[list[int], array]:  # type: ignore[type-arg]
        """The article's partners (the shared id objects) and similarities (doubles), in its table's order."""
        start, end = self._starts[article], self._starts[article + 1]
        sims = array("d")
        sims.frombytes(self._sims[start:end].tobytes())
        return list(map(self._ids.__getitem__, self._partners[start:end].tolist())), sims

    def __getitem__(self, article: int) -> dict[int, float]:
        if not (type(article) is int and 0 <= article < len(self._ids)):
            return {}
        start, end = self._starts[article], self._starts[article + 1]
        return dict(zip(self._partners[start:end].tolist(), self._sims[start:end].tolist(), strict=True))

    def get(self, article: int, default: Any = None) -> Any:  # type: ignore[override]
        table = self[article]
        return table if table else default

    def __iter__(self) -> Iterator[int]:
        starts = self._starts
        return (article for article in range(len(self._ids)) if starts[article + 1] > starts[article])

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _neighbours(pairs: Mapping[tuple[int, int], float] | _LocalPairs) -> defaultdict[int, dict[int, float]]:
    """Article -> {partner: similarity} of scored pairs, each pair entered both ways, in the pairs' order."""
    if isinstance(pairs, _LocalPairs):
        return pairs.neighbours()
    near: defaultdict[int, dict[int, float]] = defaultdict(dict)
    for (a, b), sim in pairs.items():
        near[a][b] = sim
        near[b][a] = sim
    return near


_ITEMS_SLICE = 1 << 15  # pairs read from the arrays at once (about a megabyte as Python objects)


def _summed(vectors: list[_Vector], members: list[int]) -> tuple[dict[str, float], dict[str, int]]:
    """Each term's weight summed over ``members`` (added in their order) and how many members have it.

    An event's keywords, its shared terms and its label each summed the same vectors in the same
    order (three passes over every member's terms, most of making the events of a large corpus);
    one pass gives the very same sums to all three."""
    total: defaultdict[str, float] = defaultdict(float)
    seen: Counter[str] = Counter()
    for i in members:
        for term, weight in vectors[i].items():
            total[term] += weight
            seen[term] += 1
    return total, seen


def _keywords(vectors: list[_Vector], members: list[int], count: int = 6,
              total: Mapping[str, float] | None = None) -> tuple[str, ...]:
    """The terms of most summed weight; ``total``: their sums (``_summed``), when made already."""
    if total is None:
        total = _summed(vectors, members)[0]
    return tuple(sorted(total, key=lambda t: (-total[t], t))[:count])


def _label(
    articles: Sequence[Article],
    bodies: Sequence[str],
    vectors: list[_Vector],
    members: list[int],
    day: int | None = None,
    total: dict[str, float] | None = None,
) -> str:
    """What, where and when: the headline of the article most central to the group (its lead
    sentence when it has none), with the day of the happening added when the headline gives no date.
    ``total``: the members' summed vectors (``_summed``), when made already."""
    centre = members[0]
    if len(members) > 1:
        # Summed similarity to every member is the similarity to the summed vector: linear, not quadratic.
        summed = total if total is not None else _summed(vectors, members)[0]
        centre = max(members, key=lambda m: (_dot(vectors[m].as_dict(), summed), -m))
    title = articles[centre].title or _lead_sentence(bodies[centre]) or articles[centre].id
    if day is None or _DATED_TITLE.search(title):
        return title
    when = dt.date.fromordinal(day)
    return f"{title} ({when.day} {when:%B %Y})"


def _lead_sentence(text: str, limit: int = _LABEL_CHARS) -> str:
    """The first real sentence (not a dateline or a byline: five words at least), whitespace folded,
    cut at a word before ``limit`` characters."""
    sentence = next(
        (
            " ".join(text[a:b].split())
            for a, b in split_sentences(text[:_LEAD_SCAN])
            if len(words(text[a:b])) >= 5
        ),
        "",
    )
    if len(sentence) <= limit:
        return sentence
    return sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _show_figure(key: str) -> str:
    """A figure key as a reader sees it: offer:1.6e+08 -> offer 160,000,000; duration:10800 s -> duration 10,800 s."""
    measure, _, value = key.rpartition(":")
    value, _, unit = value.partition(" ")
    number = float(value)
    shown = f"{int(number):,}" if number.is_integer() and abs(number) < 1e15 else f"{number:g}"
    return f"{measure} {shown} {unit}".rstrip()


def _shared(vectors: list[_Vector], members: list[int], count: int,
            summed: tuple[Mapping[str, float], Mapping[str, int]] | None = None) -> tuple[str, ...]:
    """Terms found in at least two members, by how many members have them, then summed weight;
    ``summed``: the members' sums and counts (``_summed``), when made already."""
    if len(members) < 2:
        return ()
    weight, seen = summed if summed is not None else _summed(vectors, members)
    shared = [t for t, n in seen.items() if n >= 2]
    return tuple(sorted(shared, key=lambda t: (-seen[t], -weight[t], t))[:count])


def _spellings(text: str) -> dict[str, dict[str, int]]:
    """Folded name -> its capitalised spellings in ``text``, counted, in the order first met."""
    spellings: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for match in _CAPITALISED.finditer(text):
        word = match.group().rstrip("’'-")
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        spellings[fold(word)][word] += 1
    return {key: dict(counts) for key, counts in spellings.items()}


def _surface_forms(per_text: Sequence[Mapping[str, Mapping[str, int]]]) -> dict[str, str]:
    """Folded name -> its most common capitalised spelling in the corpus, for showing names (the
    texts' ``_spellings`` summed in order, so a tie goes to the spelling the corpus meets first)."""
    spellings: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for found in per_text:
        for key, counts in found.items():
            spellings[key].update(counts)
    return {key: counts.most_common(1)[0][0] for key, counts in spellings.items()}


def published_day(article: Article) -> int | None:
    """The publication day as an ordinal; None when the article has none or only a vague one."""
    published = article.published
    if published is None or article.published_precision:
        return None
    return (published.date() if isinstance(published, dt.datetime) else published).toordinal()


def _happening_days(article: Article, facts: Sequence[Fact], lead_end: int) -> set[int]:
    """Days an article gives in its lead (headline and first sentences), else its publication day."""
    days = _lead_days(facts, lead_end)
    if not days and article.published is not None and not article.published_precision:
        published = article.published
        days.add((published.date() if isinstance(published, dt.datetime) else published).toordinal())
    return days


def _lead_days(facts: Sequence[Fact], lead_end: int) -> set[int]:
    """The days (to the day) the date facts of a lead (headline and first sentences) give."""
    days: set[int] = set()
    for fact in facts:
        value = fact.value
        if (
            fact.start < lead_end
            and fact.kind == "date"
            and isinstance(value, DateValue)
            and value.resolved
            and value.granularity in DAY_GRAINS
            and value.start
            and value.end
            and value.start[:10] == value.end[:10]
            and not value.start.startswith("-")
        ):
            try:
                days.add(dt.date.fromisoformat(value.start[:10]).toordinal())
            except ValueError:
                continue
    return days


def _shared_days(days: list[set[int]], members: list[int], count: int) -> list[int]:
    """Days given by at least two members, the most often given first."""
    if len(members) < 2:
        return []
    seen: Counter[int] = Counter(d for i in members for d in days[i])
    return sorted((d for d, n in seen.items() if n >= 2), key=lambda d: (-seen[d], d))[:count]


def _event_day(days: list[set[int]], members: list[int]) -> int | None:
    """The day most members give for the happening; on a tie the later (reports follow events)."""
    seen: Counter[int] = Counter(d for i in members for d in days[i])
    if not seen:
        return None
    return max(seen, key=lambda d: (seen[d], d))


def _combined(words_vec: _Vector, names_vec: _Vector, figures_vec: _Vector, options: GroupingOptions) -> dict[str, float]:
    """The three vectors of an article as one; ``\\x01`` and ``\\x02`` keep names and figures apart from words."""
    out = words_vec.as_dict()
    names_scale = math.sqrt(options.names_weight)
    figures_scale = math.sqrt(options.figures_weight)
    out.update((f"\x01{k}", v * names_scale) for k, v in names_vec.items())
    out.update((f"\x02{k}", v * figures_scale) for k, v in figures_vec.items())
    return out


@functools.lru_cache(maxsize=8)
def _told_of(vocabulary: Any, outcomes: tuple[str, ...] = ()) -> dict[str, tuple[str, ...]]:
    """Word -> the happenings of ``vocabulary`` it names (one-word cues; a happening that recurs in
    every story, a statement, or a word that names one only beside no other, is no evidence of which).
    A word of one of ``outcomes`` (a death) names every happening of its family: it ends a fire, a
    shooting, a quake, and is told of each."""
    told: dict[str, list[str]] = defaultdict(list)
    family: dict[str, list[str]] = defaultdict(list)
    for happening in vocabulary.happenings:
        if happening.family:
            family[happening.family].append(happening.key)
    for happening in vocabulary.happenings:
        if happening.repeats or happening.defers:
            continue
        keys = family[happening.family] if happening.key in outcomes and happening.family else [happening.key]
        for cue in happening.words:
            if len(cue) == 1:
                told[cue[0]].extend(k for k in keys if k not in told[cue[0]])
    return {w: tuple(keys) for w, keys in told.items()}


@functools.lru_cache(maxsize=8)
def _idiom_words(
    vocabulary: Any, outcomes: tuple[str, ...] = ()
) -> dict[str, tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]]:
    """Word of ``_told_of`` -> (happening, its ``excepts`` the word may open), for the happenings that have
    some: "storms" is a storm's word, but not in "storms to victory" (``Happening.excepts``)."""
    out: dict[str, list[tuple[str, tuple[tuple[str, ...], ...]]]] = defaultdict(list)
    for word, keys in _told_of(vocabulary, outcomes).items():
        for key in keys:
            phrases = tuple(p for p in vocabulary.happening_excepts.get(key, ()) if phrase_at([word], 0, p[:1]))
            if phrases:
                out[word].append((key, phrases))
    return {w: tuple(v) for w, v in out.items()}


@functools.lru_cache(maxsize=8)
def _told_tables(folder: str | None, outcomes: tuple[str, ...] = ()) -> tuple[
    dict[str, tuple[str, ...]], dict[str, tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]]
]:
    """``_told_of`` and ``_idiom_words`` of the vocabulary in ``folder``, made once: ``text_features`` reads
    them for every article (read only), and keyed by the folder, not the vocabulary (hashing one costs)."""
    vocabulary = load_vocabulary(folder)
    return _told_of(vocabulary, outcomes), _idiom_words(vocabulary, outcomes)


_naming = functools.lru_cache(maxsize=8)(naming)  # one pattern per tuple of words, not one per article


def _told_kinds(
    bag: Mapping[str, float], told: Mapping[str, tuple[str, ...]],
    idioms: Mapping[str, tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]], article: Article, text: str,
) -> frozenset[str]:
    """The happenings an article's words tell of (one-word cues of ``told``), less those whose only words
    here open one of their ``excepts`` each time they appear ("Kessi storms to victory" tells of no
    storm). The text is read again only for an article holding such a word (few do)."""
    kinds = {k for w in bag if w in told for k in told[w]}
    risky = [w for w in bag if w in idioms]
    if not risky:
        return frozenset(kinds)
    lowered = [w.lower() for w in words(f"{article.title or ''}\n{text}")]
    meant: set[str] = set()  # happenings some word names outside its idioms
    doubted: set[str] = set()
    for word in bag:
        if word not in told:
            continue
        for key in told[word]:
            phrases = next((p for k, p in idioms.get(word, ()) if k == key), ())
            if not phrases:
                meant.add(key)
                continue
            doubted.add(key)
            if any(
                w == word and not any(phrase_at(lowered, i, p) for p in phrases) for i, w in enumerate(lowered)
            ):
                meant.add(key)
    return frozenset(kinds - (doubted - meant))


def _plain_and_named(numbers: Mapping[str, int], ids: Sequence[np.ndarray]) -> tuple[list[np.ndarray], np.ndarray]:
    """Per article (its terms' numbers in ``ids``, as ``numbers`` gave them), which of its terms are plain
    words: no name, nor a word of one of the article's names, no figure, no weekday or month (they say
    when, not what); and, per term number, whether the term is a name.

    Read once per distinct term of the corpus, then per article by its term numbers (numpy): the same
    answers as asking each term of each article, which took a fifth of pair scoring."""
    terms = list(numbers)  # in number order
    none = -1
    word = np.fromiter(
        (t[0] not in "\x01\x02" and t not in CALENDAR and t not in _NUMBER_WORDS for t in terms),
        dtype=np.bool_, count=len(terms),
    )
    # A word's name key ("\x01" + the word), where the corpus has one: a word of an article whose names
    # hold it too is no plain word of that article.
    as_name = np.fromiter(
        (numbers.get("\x01" + t, none) if w else none for t, w in zip(terms, word.tolist(), strict=True)),
        dtype=np.int64, count=len(terms),
    )
    is_name = np.fromiter((t[0] == "\x01" for t in terms), dtype=np.bool_, count=len(terms))
    present = np.zeros(len(terms) + 1, dtype=np.bool_)  # the last slot stands for "no such term"
    as_name[as_name == none] = len(terms)
    plain: list[np.ndarray] = []
    for own in ids:
        present[own] = True
        plain.append(word[own] & ~present[as_name[own]])
        present[own] = False
    return plain, is_name


def _pair_similarities(
    scoring: Iterable[Mapping[str, float]],
    candidates: Pairs,
    kinds_of: Sequence[frozenset[str]] | None = None,
    options: GroupingOptions | None = None,
    unweighed: tuple[Sequence[bool], dict[int, float]] | None = None,
    personal: Callable[[int], frozenset[str]] | None = None,
) -> Pairs:
    """Each candidate pair's ``_dot`` (pairs with nothing in common left out), in the candidates' order.

    The same products of two weights, summed with fsum, so every similarity is exactly ``_dot``'s; but
    the shared terms of an article and all its partners are found at once (numpy: the partners' term
    numbers looked up in a table of the article's own), not by one set intersection per pair in
    Python, which took most of grouping.

    With ``kinds_of`` (per article, the happenings its words tell of) a pair alike by a place
    alone is weighed down as ``options`` say (``GroupingOptions.what_floor``): it tells of no happening in
    common, shares at most ``what_names`` name and next to none of its plain words. ``unweighed`` (per
    article, whether to keep them; and a dict) receives the likeness before that rule of each pair so weighed
    down one of whose articles is kept, less what its weekdays and months give, by its code
    (``GroupingOptions.told_day_what``). ``personal`` (an article's number -> the names it writes as a person's)
    spares a pair that shares a person's name and no other name (``GroupingOptions.what_people``).
    """
    numbers: dict[str, int] = {}
    ids: list[np.ndarray] = []
    weights: list[np.ndarray] = []
    for vec in scoring:
        # Numbered as first met (an article's new terms in its order), by C-level passes over its terms
        # (a filter and a map), not a Python step per term: a tenth of pair scoring.
        fresh = list(itertools.filterfalse(numbers.__contains__, vec))
        numbers.update(zip(fresh, itertools.count(len(numbers))))
        ids.append(np.fromiter(map(numbers.__getitem__, vec), dtype=np.int64, count=len(vec)))
        weights.append(np.fromiter(vec.values(), dtype=np.float64, count=len(vec)))
    plain: list[np.ndarray] = []  # per article, which of its terms are plain words
    is_name = np.zeros(0, dtype=np.bool_)  # per term number, whether the term is a name
    if kinds_of is not None:
        plain, is_name = _plain_and_named(numbers, ids)
    calendar = np.fromiter((t in CALENDAR for t in numbers), dtype=np.bool_, count=len(numbers)) if unweighed is not None else is_name
    n, codes = candidates.n, candidates.codes
    if not len(codes):
        return Pairs(n, codes, np.empty(0, dtype=np.float64))
    terms = list(numbers) if personal is not None else []  # (in number order)
    lows, highs = codes // n, codes % n
    sims = np.zeros(len(codes), dtype=np.float64)  # 0: not similar, left out at the end
    runs = np.flatnonzero(np.diff(lows, prepend=-1)).tolist()  # where each article's partners start
    position = np.full(len(numbers) + 1, -1, dtype=np.int64)  # term number -> its place in the article's vector
    # Every article's weights (and plain marks) in one array, each article's a view of its stretch: a partner's
    # shared terms are read from there where they stand, not from copies of all its terms gathered per article
    # (the partners' weights and marks, copied whole and then mostly dropped, were a third of this loop).
    lengths = np.fromiter(map(len, ids), dtype=np.int64, count=len(ids))
    offsets = np.concatenate(([0], np.cumsum(lengths)))
    spans = list(itertools.pairwise(offsets.tolist()))
    all_weights = np.concatenate(weights)
    weights = [all_weights[start:end] for start, end in spans]
    all_plain = np.concatenate(plain) if plain else np.zeros(0, dtype=np.bool_)
    plain = [all_plain[start:end] for start, end in spans] if plain else plain
    for first, last in zip(runs, [*runs[1:], len(codes)], strict=True):
        a = int(lows[first])
        own = ids[a]
        if not len(own):
            continue
        partners = highs[first:last]
        others = partners.tolist()
        position[own] = np.arange(len(own))
        at = position[np.concatenate([ids[b] for b in others])]
        position[own] = -1
        shared = at >= 0
        bounds = np.concatenate(([0], np.cumsum(lengths[partners])))  # where each partner's terms start
        picked = np.flatnonzero(shared)
        partner = np.searchsorted(bounds, picked, side="right") - 1  # (a partner without terms has none picked)
        stored = offsets[partners][partner] + (picked - bounds[partner])  # the picked terms in all_weights
        products = all_weights[stored] * weights[a][at[picked]]
        ends = np.concatenate(([0], np.cumsum(shared)))[bounds].tolist()
        listed = products.tolist()
        # (One slice assignment: fsum of no products is 0.0, what an unscored pair holds.)
        sims[first:last] = [math.fsum(listed[start:end]) for start, end in itertools.pairwise(ends)]
        if kinds_of is not None and options is not None:
            # Plain words count when plain in both; the pairs that share next to none of them and at most
            # what_names names are found at once, and only those are read one by one.
            own_at = at[shared]
            told = products * (all_plain[stored] & plain[a][own_at])
            dated = products * calendar[own[own_at]] if unweighed is not None else products
            edges = np.asarray(ends)
            names_per = np.diff(np.concatenate(([0], np.cumsum(is_name[own[own_at]])))[edges])
            told_per = np.diff(np.concatenate(([0.0], np.cumsum(told)))[edges])
            weak = (np.diff(edges) > 0) & (names_per <= options.what_names) & (told_per < options.what_floor + 1e-9)
            for k in np.flatnonzero(weak).tolist():
                if kinds_of[a] & kinds_of[others[k]]:
                    continue
                if personal is not None and _shares_a_person(
                    terms, own[own_at[ends[k] : ends[k + 1]]], personal(a) | personal(others[k])
                ):
                    continue
                what = math.fsum(told[ends[k] : ends[k + 1]].tolist())
                if what < options.what_floor:
                    # Alike by a place alone: its names and figures count what_factor.
                    if unweighed is not None and (unweighed[0][a] or unweighed[0][others[k]]):
                        # (less its weekdays and months: they say when, not what; the told day is weighed apart)
                        when = math.fsum(dated[ends[k] : ends[k + 1]].tolist())
                        unweighed[1][int(codes[first + k])] = float(sims[first + k]) - when
                    sims[first + k] = what + options.what_factor * (sims[first + k] - what)
    kept = sims > 0.0
    return Pairs(n, codes[kept], sims[kept])


def _shares_a_person(terms: Sequence[str], shared: np.ndarray, people: frozenset[str]) -> bool:
    """Whether a pair shares (``shared``: term numbers) a name either report writes as a person's
    (``protagonists.personal_names``), as a name or a capitalised word, and no name that is not one: such a pair
    shares who its story is about, not merely a place."""
    words = [terms[t] for t in shared.tolist()]
    named = [w[1:] for w in words if w[:1] == "\x01"]
    return any((w[1:] if w[:1] == "\x01" else w) in people for w in words) and all(name in people for name in named)


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    # The key intersection runs in C, so only shared terms are looked at in Python; fsum is exact
    # whatever order the set yields them in, so results never depend on string hashing.
    return math.fsum(a[t] * b[t] for t in a.keys() & b.keys()) if a else 0.0

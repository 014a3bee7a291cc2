"""A count a report ties to one body's members or one place of origin, against a larger count another outlet gives
plainly: a part and its whole, a scope difference, not a conflict (``scope_words._told_origin``,
``scope_words._members_counted``, the ``member`` adjective, ``comparisons._rest_of_a_listed_part``). The narrowing
words must be on the smaller count only: two outlets both giving the body's own count conflict. The reports are
invented: a bakers' strike in Yarnholt, a ferry crews' walkout at Mirrkby Sound, tags gone dark in Kebbow.
"""

from __future__ import annotations

import pytest

from consistency.checks.scope_words import told_narrower
from tests.test_scope_words import _fact, figure_verdicts


@pytest.mark.parametrize(
    ("sentence", "figure", "cue"),
    [
        pytest.param("The Yarnholt Bakers' Guild says its 2,300 member shops will close.", "2,300", "member",
                     id="member-before-the-noun"),
        pytest.param("The 150-member chamber gave the coalition 58 seats.", "150", "", id="hyphened-size"),
        pytest.param("The Mirrkby Sound Ferrymen's Cooperative says its 75 boats stayed in port.", "75",
                     "its (cooperative)", id="a-member-body-counts-its-own"),
        pytest.param("The ferry line says its 75 boats stayed in port.", "75", "", id="a-company-counts-its-fleet"),
        pytest.param("The cooperative says 75 boats stayed in port.", "75", "", id="no-possessive"),
        pytest.param("Organisers said 40 bakers from Trewnock joined the strike.", "40", "from Trewnock",
                     id="origin-after-the-noun"),
        pytest.param("Strikers will picket 40 bakeries from Monday.", "40", "", id="from-a-weekday"),
        pytest.param("Forty boats were barred from Mirrkby Sound.", "Forty", "", id="a-verb-ends-the-noun"),
        pytest.param("The top fine falls to 15,000 crowns for small bakeries.", "15,000 crowns", "for small",
                     id="a-size-band"),
        pytest.param("The top fine falls to 15,000 crowns for bakeries.", "15,000 crowns", "", id="no-size-band"),
    ],
)
def test_told_narrower_reads_members_and_origins(sentence: str, figure: str, cue: str) -> None:
    assert told_narrower(_fact(sentence, figure)) == cue


_STRIKE = "Bakers in Yarnholt walked out on Monday over flour prices, closing shops across the city. "


@pytest.mark.parametrize(
    ("first", "second", "verdict"),
    [
        pytest.param("About 3,100 bakeries shut their doors, the city said.",
                     "The Yarnholt Bakers' Guild says its 2,300 member bakeries shut their doors.",
                     ("compatible", "scope"), id="member-shops-against-all-shops"),
        pytest.param("About 3,100 bakeries shut their doors.",
                     "The Yarnholt Bakers' Guild said on Monday that its 2,300 bakeries shut their doors.",
                     ("compatible", "scope"), id="the-guilds-own-against-a-plain-count"),
        pytest.param("About 310 bakers joined the walkout, the city said.",
                     "Organisers said 140 bakers from Trewnock joined the walkout.",
                     ("compatible", "scope"), id="from-one-town-against-all"),
        pytest.param("About 310 bakers from Trewnock joined the walkout.",
                     "Some 140 bakers from Trewnock joined the walkout.",
                     ("conflict", "unexplained"), id="from-one-town-both"),
        pytest.param("About 310 bakers joined the walkout.",
                     "Some 140 bakers joined the walkout.",
                     ("conflict", "unexplained"), id="no-narrowing"),
    ],
)
def test_a_members_or_origins_count_against_a_plain_one(first: str, second: str, verdict: tuple[str, str]) -> None:
    assert figure_verdicts(_STRIKE + first, _STRIKE + second) == [verdict]


_TAGS = "A software fault at the contractor Hulvorn Monitoring stopped tag data reaching the Kebbow centre on Sunday. "


@pytest.mark.parametrize(
    ("listed", "verdict"),
    [
        pytest.param("1,210", ("compatible", "scope"), id="the-rest-rounds-to-the-hedged-count"),
        pytest.param("1,010", ("conflict", "unexplained"), id="the-rest-is-another-count"),
    ],
)
def test_a_hedged_count_that_is_the_rest_of_a_listed_part(listed: str, verdict: tuple[str, str]) -> None:
    plain = _TAGS + "Tags worn by about 7,900 people on probation went dark for nine hours."
    whole = _TAGS + f"The review also counts 9,130 people whose tags went dark, including {listed} people on bail."
    assert figure_verdicts(plain, whole)[0] == verdict


def test_both_outlets_giving_the_bodys_own_count_conflict() -> None:
    first = _STRIKE + "The Yarnholt Bakers' Guild said its 3,100 bakeries stayed shut all day."
    second = ("Pickets stood outside the flour mills of Yarnholt on Monday as the city's bakers struck over prices. "
              "The bakers' guild said on Monday evening that its 2,300 bakeries had been closed since dawn.")
    assert figure_verdicts(first, second) == [("conflict", "unexplained")]


_RESHUFFLE = "Fenncastria's prime minister reshuffled his cabinet on Wednesday. "
_SHAKE_UP = "The Fenncaster cabinet has new faces after the premier's shake-up on Wednesday. "


@pytest.mark.parametrize(
    ("plain", "verdict"),
    [
        pytest.param("six", ("compatible", "scope"), id="one-more-counting-a-deputy"),
        pytest.param("five", ("conflict", "unexplained"), id="two-more-than-one-counted"),
    ],
)
def test_a_count_that_adds_one_it_names(plain: str, verdict: tuple[str, str]) -> None:
    first = _RESHUFFLE + f"He replaced {plain} ministers, among them his foreign minister."
    second = _SHAKE_UP + "He replaced seven ministers in his widest shake-up yet, counting a deputy who quit."
    assert figure_verdicts(first, second) == [verdict]


_LOCKERS = "Rival couriers may use the post's parcel lockers in Yarnholt from October, the regulator said on Monday. "
_WELCOMED = "Couriers in Yarnholt welcomed Monday's ruling opening the post's lockers to them from October. "


@pytest.mark.parametrize(
    ("wider", "verdict"),
    [
        pytest.param(" of one kind or another", ("compatible", "scope"), id="lockers-of-every-kind"),
        pytest.param("", ("conflict", "unexplained"), id="lockers-plainly"),
    ],
)
def test_a_share_of_every_kind_against_a_plain_one(wider: str, verdict: tuple[str, str]) -> None:
    first = _LOCKERS + "Lockers now take about 12 percent of parcels."
    second = _WELCOMED + f"About 20 percent of parcels are delivered to lockers{wider}."
    assert figure_verdicts(first, second)[0] == verdict

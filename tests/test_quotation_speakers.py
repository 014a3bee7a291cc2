"""One quotation has one speaker: a named person with the body she speaks for after "of" is still a person.

The articles are invented: a pile-up on a motorway near the town of Varsholm.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency import align
from consistency.engine import extract_facts, run_articles
from consistency.frames import frame_facts
from consistency.model import Article, Fact

DAY = dt.date(2041, 11, 6)
_QUOTE = '"Drivers were going far too fast for the fog,"'


def _attribution_finding(bodies: list[str]):  # type: ignore[no-untyped-def]
    result = run_articles([
        Article(id=f"p{n}.txt", path=f"p{n}.txt", outlet=f"Outlet {n}", body=body, published=DAY)
        for n, body in enumerate(bodies)
    ])
    assert len(result.events) == 1
    text = {f.id: f.text for f in result.facts}
    found = [fi for fi in result.findings if fi.kind == "attribution" and len(fi.fact_ids) >= 2]
    assert len(found) == 1, [(fi.slot, [text[i] for i in fi.fact_ids]) for fi in found]
    return found[0]


_FIRST = ("Forty cars collided in thick fog on the M7 near Varsholm on Tuesday morning, and eleven people were "
          "taken to hospital. {quote} {credit} The motorway reopened in the evening.")
_SECOND = ("A pile-up of forty cars in fog closed the M7 near Varsholm on Tuesday. {quote} {credit} Fire crews "
           "cut three drivers free from their cars, and the county opened a rest centre in the town hall.")
SPEAKERS = [
    # a person named with the body she speaks for after "of" is still a person: two people, one quotation
    pytest.param("said Chief Inspector Maren Okafor-Lind of Varsholm Roads Police.", "the county fire chief, Ivo Brannock-Sey, said.",
                 "conflict", id="person-of-a-body-and-another-person"),
    pytest.param("said Chief Inspector Maren Okafor-Lind of Varsholm Roads Police.", "Chief Inspector Okafor-Lind said.",
                 "compatible", id="the-same-person-with-and-without-her-body"),
    # a body and a person whose role the reports place in another kind of body
    pytest.param("police said.", "the county fire chief, Ivo Brannock-Sey, said.", "conflict", id="body-and-another-bodys-officer"),
    pytest.param("police said.", "said Chief Inspector Maren Okafor-Lind.", "compatible", id="body-and-its-own-officer"),
    # kinds of body beyond the emergency services and their people: a minister speaks for a ministry, not
    # for the weather service or an airport, a lawyer for a client, never for the court
    pytest.param("the weather service said.", "Transport Minister Edda Fuscombe-Blom said.", "conflict",
                 id="weather-service-and-a-minister"),
    pytest.param("the airport said.", "Transport Minister Edda Fuscombe-Blom said.", "conflict", id="airport-and-a-minister"),
    pytest.param("the court said.", "said the driver's barrister, Tomas Quayle-Ardent.", "conflict", id="court-and-a-barrister"),
    pytest.param("the weather service said.", "the service's chief forecaster, Edda Fuscombe-Blom, said.", "compatible",
                 id="weather-service-and-its-forecaster"),
    # "the institute's director general": her own body, whatever rank "general" names elsewhere
    pytest.param("the road safety institute said.", "Edda Fuscombe-Blom, the institute's director general, said.",
                 "compatible", id="institute-and-its-director-general"),
    # a plural possessor before the role: the union's leader speaks, not "the dockers"
    pytest.param("Transport Minister Edda Fuscombe-Blom said.", "said the drivers' union leader, Tomas Quayle-Ardent.",
                 "conflict", id="minister-and-a-union-leader"),
    # a body named by its place ("Varsholm's transport ministry") beside a person of another kind of body
    pytest.param("Varsholm's transport ministry said.", "said the town museum's curator, Tomas Quayle-Ardent.",
                 "conflict", id="named-ministry-and-a-curator"),
    # public bodies that speak through no mayor, minister or police officer; a city through its council and mayor
    pytest.param("the port authority said.", "said Mayor Kestin Dervold.", "conflict", id="an-authority-and-a-mayor"),
    pytest.param("the regulator said.", "said the regulator's chairman, Kestin Dervold.", "compatible",
                 id="a-regulator-and-its-chairman"),
    pytest.param("the city said.", "said police commissioner Kestin Dervold.", "conflict", id="a-city-and-a-police-officer"),
    pytest.param("the city said.", "said the city's transport commissioner, Kestin Dervold.", "compatible",
                 id="a-city-and-its-commissioner"),
    pytest.param("the embassy said.", "said foreign minister Tamsyn Parrant.", "conflict", id="an-embassy-and-a-minister"),
    pytest.param("the party said.", "said Tamsyn Parrant, chair of the town council.", "conflict",
                 id="a-party-and-a-council-chair"),
    # a ministry speaks through its own minister, not another portfolio's nor the head of the government
    pytest.param("the pensions ministry said.", "said the finance minister, Kestin Dervold.", "conflict",
                 id="a-ministry-and-another-portfolios-minister"),
    pytest.param("the energy ministry said.", "said Energy Minister Kestin Dervold.", "compatible",
                 id="a-ministry-and-its-minister"),
    pytest.param("the defence ministry said.", "Prime Minister Tamsyn Parrant said.", "conflict",
                 id="a-ministry-and-the-head-of-government"),
    pytest.param("the government said.", "Prime Minister Tamsyn Parrant said.", "compatible",
                 id="the-government-and-its-head"),
    pytest.param("the transport ministry said.", "President Tamsyn Parrant said.", "conflict",
                 id="a-ministry-and-the-president"),
    pytest.param("the ministry said.", "the region's premier, Tamsyn Parrant, said.", "conflict",
                 id="a-ministry-and-a-premier"),
    # a body's name is no person's, though it reads like one: "the Ostwyn Anglers' Federation", "the WTU"
    pytest.param("the Ostwyn Anglers' Federation said.", "said Kestin Dervold, head of the federation.", "compatible",
                 id="a-named-federation-and-its-head"),
    pytest.param("the LTU said.", "said Kestin Dervold.", "compatible", id="a-body-by-its-initials-and-a-person"),
    pytest.param("Larrowby Pictures said.", "said chief executive Kestin Dervold.", "compatible",
                 id="a-named-studio-and-its-chief-executive"),
    # a body of no listed kind does not speak through a mayor or a minister
    pytest.param("Larrowby Pictures said.", "said Mayor Kestin Dervold.", "conflict", id="a-named-studio-and-a-mayor"),
    # a possessive names the owner of the body she speaks for: the city's police chief is the police's voice
    pytest.param("city hall said.", "said the city's police chief, Kestin Dervold.", "conflict",
                 id="city-hall-and-the-city-s-police-chief"),
    # a relative speaks for the family, no body
    pytest.param("the university said.", "said her nephew and executor, Kestin Dervold.", "conflict",
                 id="a-body-and-a-relative"),
    # a role given as a verb after the name: "who chairs the town council" speaks for the council
    pytest.param("the university said.", "said Kestin Dervold, who chairs the town council.", "conflict",
                 id="a-university-and-a-council-chair-by-verb"),
    pytest.param("the Hexmoor Walkers' Alliance said.", "said Kestin Dervold, who heads the Hexmoor Walkers' Alliance.",
                 "compatible", id="an-alliance-and-its-head-by-verb"),
    # councillors and doctors are people of a body of their own kind, whatever words stand before them
    pytest.param("the Hexmoor Walkers' Alliance said.", "opposition councillor Kestin Dervold said.", "conflict",
                 id="a-named-body-and-a-councillor"),
    # a role named alone ("the governor") speaks for its own kind of body, not for a ministry
    pytest.param("the finance ministry said.", "the governor said.", "conflict", id="a-ministry-and-a-governor"),
    pytest.param("the transport ministry said.", "the president said.", "conflict", id="a-ministry-and-the-president-by-role"),
    pytest.param("the transport ministry said.", "the minister said.", "compatible", id="a-ministry-and-the-minister"),
    pytest.param("police said.", "the inspector said.", "compatible", id="police-and-an-inspector"),
    # a possessive names the body a role belongs to: another body than the credited one, unless it may be that one
    pytest.param("the harbour commission said.", "said Kestin Dervold, the ferry company's chief executive.", "conflict",
                 id="a-commission-and-a-company-s-chief"),
    pytest.param("the city said.", "said Kestin Dervold, Brimmond Haulage's operations director.",
                 "conflict", id="a-city-and-a-named-firm-s-director"),
    pytest.param("the highways agency said.", "said Kestin Dervold, the agency's operations director.", "compatible",
                 id="an-agency-and-its-own-director"),
    pytest.param("the company said.", "said Kestin Dervold, Brimmond Haulage's operations director.", "compatible",
                 id="the-company-and-a-named-company-s-director"),
    # a body of no listed kind, named by its kind alone, does not speak through a public office
    pytest.param("the lifeboat trust said.", "Transport Minister Edda Fuscombe-Blom said.", "conflict",
                 id="an-unnamed-trust-and-a-minister"),
    pytest.param("the fund said.", "said the fund's chief investment officer, Kestin Dervold.", "compatible",
                 id="a-fund-and-its-chief-investment-officer"),
    # a bank is a company too, and the Treasury is its country's finance ministry
    pytest.param("the bank said.", "chief executive Kestin Dervold said.", "compatible", id="a-bank-and-its-chief-executive"),
    pytest.param("the Treasury said.", "Finance Minister Edda Fuscombe-Blom said.", "compatible",
                 id="the-treasury-and-the-finance-minister"),
    pytest.param("the Treasury said.", "the county fire chief, Ivo Brannock-Sey, said.", "conflict",
                 id="the-treasury-and-a-fire-chief"),
    # a name ending in a trade ("... Creamery", "... Confections") is a company's, not a second person's
    pytest.param("Pewskin Creamery said.", "said plant manager Edda Fuscombe-Blom.", "compatible",
                 id="a-creamery-and-its-plant-manager"),
    # a party's name may end in "Front", "Movement" or "Bloc": a body, which its leader speaks for
    pytest.param("the opposition Pewskin Front said.", "said opposition leader Edda Fuscombe-Blom.", "compatible",
                 id="a-front-and-its-leader"),
    # the office of the role a person holds speaks for her
    pytest.param("the mayor's office said.", "Mayor Edda Fuscombe-Blom said.", "compatible", id="a-mayor-and-her-office"),
    pytest.param("the mayor's office said.", "the county fire chief, Ivo Brannock-Sey, said.", "conflict",
                 id="a-mayor-s-office-and-a-fire-chief"),
    # a role qualified by its body ("a university geologist") is held by one whose credit names that body after "of"
    pytest.param("a university geologist said.", "geologist Edda Fuscombe-Blom of the University of Pewskin said.",
                 "compatible", id="a-university-geologist-and-a-geologist-of-the-university"),
]


@pytest.mark.parametrize(("first", "second", "status"), SPEAKERS)
def test_who_spoke_one_quotation(first: str, second: str, status: str) -> None:
    finding = _attribution_finding([
        _FIRST.format(quote=_QUOTE, credit=first),
        _SECOND.format(quote=_QUOTE, credit=second),
    ])
    assert finding.status == status


def test_an_outlet_quoting_other_words_of_one_speaker_is_in_her_camp() -> None:
    # The first two outlets credit Maren Okafor-Lind, the third credits the fire chief with the first one's words.
    # The second quotes other words of hers, so only its camp says it is hers: it conflicts with the third too.
    finding = _attribution_finding([
        "Forty cars collided in thick fog on the M7 near Varsholm on Tuesday morning. "
        f"{_QUOTE} said Chief Inspector Maren Okafor-Lind.",
        "Forty cars collided in fog on the M7 near Varsholm on Tuesday. \"We are asking everyone to slow down in "
        "fog,\" said Chief Inspector Maren Okafor-Lind.",
        "A pile-up of forty cars in fog closed the M7 near Varsholm on Tuesday. "
        f"{_QUOTE} the county fire chief, Ivo Brannock-Sey, said.",
    ])
    assert finding.status == "conflict"
    outlets = {p.fact_ids: p.status for p in finding.pairs if p.representative}
    assert sorted(outlets.values()) == ["agree", "conflict", "conflict"], outlets


def test_a_body_credited_beside_both_speakers_does_not_join_their_camps() -> None:
    # Two outlets credit the agency's chief executive, one its spokesman, a fourth the agency itself: the agency
    # is compatible with both of its people, but the words still have one speaker, so the spokesman's outlet
    # conflicts with both of hers, also the one quoting other words of hers.
    quote = '"The fog came down in seconds and nobody slowed,"'
    finding = _attribution_finding([
        "Forty cars collided in thick fog on the M7 near Varsholm on Tuesday morning. "
        f"{quote} said Halle Sorvino-Brandt, chief executive of the Northern Roads Agency.",
        "Eleven people were hurt when forty cars hit each other in fog on the M7 at Varsholm on Tuesday. \"We will "
        "review the signs on that stretch,\" said Halle Sorvino-Brandt, chief executive of the Northern Roads Agency.",
        "A pile-up of forty cars in fog closed the M7 near Varsholm on Tuesday. "
        f"{quote} said Teodric Oudekerk, a spokesman for the Northern Roads Agency.",
        "Fog on the M7 caused a crash of forty vehicles outside Varsholm early on Tuesday, and the motorway "
        f"stayed shut until the evening. {quote} the Northern Roads Agency said.",
    ])
    assert not [p for p in finding.pairs if p.cause == "copy"]
    spokesman = [p for p in finding.pairs if p.representative and p.status != "agree" and p.cause != "naming"]
    assert [p.status for p in spokesman] == ["conflict", "conflict"], finding.pairs


def _statements(article_id: str, body: str) -> list[Fact]:
    article = Article(id=article_id, path=f"{article_id}.txt", outlet=article_id, body=body, published=DAY)
    facts, _ = extract_facts(article, id_prefix=f"{article_id}.")
    return [f for f in frame_facts(article, facts) if f.kind == "attribution"]


def test_one_quotation_credited_to_two_people_stays_one_claim_when_one_of_them_speaks_again() -> None:
    # The first outlet credits the words to the mayor, the second to the harbour master; both outlets
    # also quote the mayor on the cost. The quotation's two credits are one claim, in conflict, not
    # the mayor's statements gathered by her name.
    quote = '"We will rebuild every berth before the summer,"'
    (mayor_quote, mayor_cost) = _statements("q0", f"{quote} Mayor Inge Tallqvist-Hale said. "
                                            "Mayor Inge Tallqvist-Hale said the cost was not yet known.")
    (master_quote, cost_again) = _statements("q1", f"{quote} harbour master Jorun Vestby-Okafor said. "
                                             "The cost was not yet known, Tallqvist-Hale said.")
    slots = [([master_quote], True), ([mayor_quote], True), ([mayor_cost, cost_again], True)]
    joined = [sorted(f.id for f in slot) for slot, _strict in align._join_attributions(slots)]
    assert sorted([mayor_quote.id, master_quote.id]) in joined, joined

"""Every attribution form news uses, from our own sentences; and subjects that act rather than state."""

from __future__ import annotations

import pytest

from consistency.errors import RuleError
from consistency.extract import ExtractionContext
from consistency.extract.attributions import ALL_KINDS, extract_attributions, find_attributions

CTX = ExtractionContext()


def _one(text: str, outlet: str = "") -> tuple[str, tuple[str, ...], str, str | None]:
    found = extract_attributions(text, ExtractionContext(outlet=outlet))
    assert len(found) == 1, [f.value for f in found]
    v = found[0].value
    return v.source, v.chain, v.cue, v.channel  # type: ignore[union-attr]


# text -> (source, chain, cue, channel)
FORMS = [
    ("The berths will reopen, according to the Velmora port authority.",
     ("Velmora port authority", ("Velmora port authority",), "according to", None)),
    ("Marta Vellacourt said the berths would reopen.", ("Marta Vellacourt", ("Marta Vellacourt",), "said", None)),
    # a plural possessor inside a name after its cue
    ("The berths will reopen, said the Velmora Pilots' Association.",
     ("Velmora Pilots' Association", ("Velmora Pilots' Association",), "said", None)),
    # a plural possessor before a role: the person named after it speaks, not the possessor
    ('"The berths will reopen," said the dockers\' union leader, Marta Vellacourt.',
     ("Marta Vellacourt", ("Marta Vellacourt",), "said", None)),
    ('"The berths will reopen," said the dockers’ union secretary Marta Vellacourt.',
     ("Marta Vellacourt", ("Marta Vellacourt",), "said", None)),
    ("Marta Vellacourt says the berths will reopen.", ("Marta Vellacourt", ("Marta Vellacourt",), "says", None)),
    ("The Halvik coast guard warned that winds would rise.",
     ("Halvik coast guard", ("Halvik coast guard",), "warned", None)),
    ("The Norland statistics office estimated that 4,000 homes lost power.",
     ("Norland statistics office", ("Norland statistics office",), "estimated", None)),
    ("The ministry announced that the border would open.", ("ministry", ("ministry",), "announced", None)),
    ('"We will rebuild," said Marta Vellacourt.', ("Marta Vellacourt", ("Marta Vellacourt",), "said", None)),
    # right after a quotation's closing mark any verb of saying or of the voice inverts
    ('"We never had to ration water before," admitted Mayor Ivo Brask.', ("Ivo Brask", ("Ivo Brask",), "admitted", None)),
    ('"Not one more boat leaves tonight," thundered harbour master Ona Reede.',
     ("Ona Reede", ("Ona Reede",), "thundered", None)),
    ("Vellacourt told reporters the port was safe.", ("Vellacourt", ("Vellacourt",), "told", "reporters")),
    ("Vellacourt told the Associated Press the port was safe.",
     ("Vellacourt", ("Vellacourt",), "told", "Associated Press")),
    ("The port authority said in a statement that two cranes fell.",
     ("port authority", ("port authority",), "said", "statement")),
    ("The storm was the worst in decades, Halvik Wire writes.", ("Halvik Wire", ("Halvik Wire",), "writes", None)),
    ("The deal was reported by Halvik Wire with reference to the Danish media.",
     ("Halvik Wire", ("Halvik Wire", "Danish media"), "with reference to", None)),
    ("Halvik Wire, citing two officials, reported that talks had stalled.",
     ("Halvik Wire", ("Halvik Wire", "two officials"), "citing", None)),
    ("Talks had stalled, according to two officials cited by Halvik Wire.",
     ("Halvik Wire", ("Halvik Wire", "two officials"), "according to", None)),
    ("Talks had stalled, Dravik Daily said, quoting a senior diplomat.",
     ("Dravik Daily", ("Dravik Daily", "senior diplomat"), "quoting", None)),
    ("Talks had stalled, sources familiar with the matter said.",
     ("sources familiar with the matter", ("sources familiar with the matter",), "said", None)),
    ("Talks had stalled, unnamed officials said.", ("unnamed officials", ("unnamed officials",), "said", None)),
    ("A senior official said talks had stalled.", ("senior official", ("senior official",), "said", None)),
    ("Port Authority chief Jane Roe said the cranes were safe.", ("Jane Roe", ("Jane Roe",), "said", None)),
    ("Jane Roe, the authority's chief, said the cranes were safe.", ("Jane Roe", ("Jane Roe",), "said", None)),
    ("The survey (NGS) reported a second tremor.", ("NGS", ("NGS",), "reported", None)),
    ("The Norland Geological Survey (NGS) reported a second tremor.",
     ("Norland Geological Survey", ("Norland Geological Survey",), "reported", None)),  # the name wins
    ("Source: halvikwire.net", ("halvikwire.net", ("halvikwire.net",), "source:", None)),
    ("Marta Vellacourt: the port will reopen within a week", ("Marta Vellacourt", ("Marta Vellacourt",), ":", None)),
    ("The closure hurt trade, the mayor said, adding that aid was coming.",
     ("mayor", ("mayor",), "said", None)),  # one statement; the participle is checked below
]


@pytest.mark.parametrize(("text", "expected"), FORMS, ids=[f[0][:40] for f in FORMS])
def test_form(text: str, expected: tuple[str, tuple[str, ...], str, str | None]) -> None:
    found = extract_attributions(text, CTX)
    assert found, "no attribution"
    v = found[0].value
    assert (v.source, v.chain, v.cue, v.channel) == expected  # type: ignore[union-attr]


def test_the_participle_continues_the_speaker() -> None:
    text = "Vellacourt left the hearing, saying it came too late."
    (m,) = find_attributions(text)
    assert (m.value.source, m.value.cue) == ("Vellacourt", "saying")
    text = "The closure hurt trade, the mayor said, adding that aid was coming."
    cues = [(m.value.source, m.value.cue) for m in find_attributions(text)]
    assert cues == [("mayor", "said"), ("mayor", "adding")]


def test_the_outlet_saw_relays_the_chain() -> None:
    text = "The deal was reported by Halvik Wire with reference to the Danish media, Norland Courier saw."
    assert _one(text)[1] == ("Norland Courier", "Halvik Wire", "Danish media")
    assert _one(text, outlet="norlandcourier.com")[1] == ("Halvik Wire", "Danish media")  # itself: no link


@pytest.mark.parametrize(
    "text",
    ["As Halvik Wire reported, the port reopened on Friday.", "Source: halvikwire.net",
     "The port reopened on Friday, Halvik Wire has learned."],
)
def test_the_outlet_citing_itself_is_no_source(text: str) -> None:
    assert extract_attributions(text, ExtractionContext(outlet="halvikwire.net")) == []
    assert extract_attributions(text, ExtractionContext(outlet="Halvik Wire")) == []
    assert extract_attributions(text, ExtractionContext(outlet="Harbor Post")) != []


def test_quotes_with_their_speaker_before_after_and_across_sentences() -> None:
    before = 'Marta Vellacourt said: "We will rebuild the quay."'
    assert _one(before)[0] == "Marta Vellacourt"
    after = '"We will rebuild the quay," Marta Vellacourt said.'
    assert _one(after)[0] == "Marta Vellacourt"
    across = 'Marta Vellacourt said the quay would be rebuilt. "It will take a year."'
    found = find_attributions(across)
    assert [(m.value.source, m.value.cue) for m in found] == [("Marta Vellacourt", "said"), ("Marta Vellacourt", "quote")]
    assert across[found[1].start : found[1].end] == '"It will take a year."'
    # a new paragraph is a new speaker's turn
    apart = 'Marta Vellacourt said the quay would be rebuilt.\n\n"It will take a year."'
    assert len(find_attributions(apart)) == 1


def test_pronouns_take_the_nearest_named_speaker() -> None:
    text = "Marta Vellacourt, the port's director, spoke on Monday. Jon Brasko said repairs began. He said they would end soon."
    found = find_attributions(text)
    assert [m.value.source for m in found] == ["Jon Brasko", "Jon Brasko"]


def test_epigraph_speaker_after_a_dash() -> None:
    text = "“The sea gives and the sea takes.” ― Marta Vellacourt"
    assert _one(text)[0] == "Marta Vellacourt"


# Subjects that do something are actors, not sources.
ACTORS = [
    "Norland agreed to send two patrol ships.",
    "Brask has vowed to rebuild the quay.",
    "It agreed to the terms after long talks.",
    "Halvik pledged 40 million euros in aid.",
    "The dock unions called a 48-hour strike.",
    "The council threatened to close the port.",
    "Norland promised 300 tents to the region.",
    "Read also: Norland sends aid to Brask",
    "WASHINGTON: The port reopened on Friday",
    "Photo: The quay after the storm",
]


@pytest.mark.parametrize("text", ACTORS)
def test_actors_are_not_sources(text: str) -> None:
    assert extract_attributions(text, CTX) == []


@pytest.mark.parametrize(
    "text",
    ["Norland agreed that the terms were fair.", "Brask vowed that it would rebuild the quay.",
     "The council warned the port would close."],
)
def test_the_same_verbs_with_a_statement_are_sources(text: str) -> None:
    assert len(extract_attributions(text, CTX)) == 1


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The agency expects that the toll will rise.", "agency", "expects"),
        ("Vellacourt believes it was an accident.", "Vellacourt", "believes"),
        ("Vellacourt forcefully told the council the quay was safe.", "Vellacourt", "told"),
        ("The harbour officials haven't said when the quay reopens.", "harbour officials", "said"),
        ("About 60 percent said the port should stay closed.", "60 percent", "said"),
        ("Vellacourt left the hearing on Monday and said it came too late.", "Vellacourt", "said"),
    ],
)
def test_more_statements(text: str, source: str, cue: str) -> None:
    (m,) = find_attributions(text)
    assert (m.value.source, m.value.cue) == (source, cue)


@pytest.mark.parametrize(
    "text",
    ["Vellacourt knows the city well.", "The agency expects a reply by Friday.", "Norland wants to send ships.",
     "Brask plans to rebuild the quay."],
)
def test_beliefs_need_a_clause(text: str) -> None:
    assert find_attributions(text) == []


def test_the_cue_as_written() -> None:
    text = "Vellacourt pointed out that the quay was safe."
    (m,) = find_attributions(text)
    assert text[m.cue_start : m.cue_end] == "pointed out"
    text = "Vellacourt said in an interview that the quay was safe."
    (m,) = find_attributions(text)
    assert text[m.cue_start : m.cue_end] == "said in an interview"
    assert m.value.channel == "interview"
    text = "Vellacourt said Friday: the quay is safe."
    (m,) = find_attributions(text)
    assert text[m.cue_start : m.cue_end] == "said Friday:"


def test_it_and_they_take_the_body_named_last() -> None:
    text = "The Velmora port authority said the quay was safe. It added that cranes were inspected."
    assert [m.value.source for m in find_attributions(text)] == ["Velmora port authority"] * 2
    text = "Halvik Wire reported the closure. They said it would last a week."
    assert [m.value.source for m in find_attributions(text)] == ["Halvik Wire"] * 2
    text = "Marta Vellacourt said the quay was safe. It said more."  # a person is no "it"
    assert [m.value.source for m in find_attributions(text)] == ["Marta Vellacourt", "It"]


def test_a_relative_clause_without_antecedent_quotes_no_one() -> None:
    text = "Marta Vellacourt read the rule aloud, saying anybody who complains about it is wrong."
    assert [(m.value.source, m.value.cue) for m in find_attributions(text)] == [("Marta Vellacourt", "saying")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Vellacourt Warns Of Delays At Velmora Port", [("Vellacourt", "warns")]),
     ("New Survey Shows Gains For Halvik Wire", [("New Survey", "shows")]),
     ("The United States Shows up late to the talks.", [])],  # a capital in running text is a name
)
def test_title_case_headlines(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.value.source, m.value.cue) for m in find_attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "sources"),
    [("Norland announced new sanctions on Brask.", []),
     ("The ministry announced a ban on exports.", []),
     ("The ministry announced that 40 people had died.", ["ministry"]),
     ("The ministry announced a toll of 40 dead.", ["ministry"])],
)
def test_announcing_an_act_is_no_statement(text: str, sources: list[str]) -> None:
    assert [m.value.source for m in find_attributions(text)] == sources


@pytest.mark.parametrize(
    "text",
    ["Halvik rated a third of Norwegian claims as false.", "It was the greatest fear that the town had known.",
     "The page showed the air monitor maintained by the embassy.", "Their hopes that the port reopens are fading."],
)
def test_nouns_and_participles_that_look_like_cues(text: str) -> None:
    assert find_attributions(text) == []


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Harbour engineers argue that the quay is too short.", "Harbour engineers", "argue"),
        ("They insist the cranes were inspected.", "They", "insist"),
        ("The mayor would not deny that the berths were closed.", "mayor", "deny"),
        ("Brask's envoy endorsed the Velmora ceasefire plan.", "Brask's envoy", "endorsed"),
        ("Vellacourt bemoaned the slow repairs.", "Vellacourt", "bemoaned"),
        ("The Halvik coast guard is warning sailors that the channel is shut.", "Halvik coast guard", "warning"),
        ("Marta Vellacourt was stressing that the cranes were safe.", "Marta Vellacourt", "stressing"),
    ],
)
def test_every_form_of_a_statement_verb(text: str, source: str, cue: str) -> None:
    (m,) = find_attributions(text)
    assert (m.value.source, m.value.cue) == (source, cue)


def test_a_pronoun_glued_to_be_is_the_speaker() -> None:
    text = "Jon Brasko said the dock flooded. He's claiming that it flooded twice."
    found = find_attributions(text)
    assert [(m.value.source, m.value.cue) for m in found] == [("Jon Brasko", "said"), ("Jon Brasko", "claiming")]
    assert text[found[1].source_start : found[1].source_end] == "He"
    assert text[found[1].cue_start : found[1].cue_end] == "'s claiming"  # the auxiliary, as in "is claiming"


@pytest.mark.parametrize(
    "text",
    ["The grant will help the port maintain its cranes.", "The court made him testify twice.",
     "Twenty-seven states sued over the rules.", "Ships report to the harbour master.",
     "Deny it all, the note read."],
)
def test_base_forms_without_their_own_subject(text: str) -> None:
    assert find_attributions(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Vellacourt opened the session by saying the quay would reopen.", "Vellacourt"),
        ("A Halvik judge halted the sale, saying the port board had not voted.", "Halvik judge"),
        ("Authorities closed the bridge and said the storm would worsen.", "Authorities"),
    ],
)
def test_the_subject_of_the_clause_speaks_through_its_participle(text: str, source: str) -> None:
    (m,) = find_attributions(text)
    assert m.value.source == source


@pytest.mark.parametrize(
    "text",
    ["The thieves took rings estimated to be worth a fortune.", "Halvik Steel shares added 14 cents on Monday.",
     "Jon Brasko waved, indicating the crane."],
)
def test_passives_tallies_and_gestures_are_not_statements(text: str) -> None:
    assert find_attributions(text) == []


def test_the_named_appositive_of_a_described_subject_speaks() -> None:
    text = "The port chief, Marta Vellacourt, ended the meeting by saying the quay would reopen."
    (m,) = find_attributions(text)
    assert (m.value.source, m.value.cue) == ("Marta Vellacourt", "saying")


@pytest.mark.parametrize(
    ("text", "span", "source"),
    [
        ("The quay was flooded, lawyers for the dock workers said.", "lawyers for the dock workers", "lawyers"),
        ("A Velmora University poll released on Friday found that most residents back the plan.",
         "A Velmora University poll released on Friday", "Velmora University poll"),
        ("A 2021 study that ran in the Halvik Medical Journal found the water was safe.",
         "A 2021 study that ran in the Halvik Medical Journal", "Halvik Medical Journal"),
        ("Brasko's family said the quay was unsafe.", "Brasko's family", "Brasko's family"),
    ],
)
def test_subjects_with_a_postmodifier(text: str, span: str, source: str) -> None:
    (m,) = find_attributions(text)
    assert text[m.source_start : m.source_end] == span
    assert m.value.source == source


@pytest.mark.parametrize(
    "text",
    ["Halvik Steel, a firm that had declared insolvency, closed the yard.",
     "A reporter for the Velmora Courier spotted the mayor and reported it on the radio.",
     "The campaign released an ad showing Brasko making remarks about the quay."],
)
def test_postmodifiers_do_not_swallow_another_clause(text: str) -> None:
    for m in find_attributions(text):
        assert " and " not in text[m.source_start : m.source_end]
        assert m.value.cue not in ("declared", "remarks")


def test_called_on_someone_to_act_has_no_occasion() -> None:
    text = "Brasko's relatives have called on the board to publish the footage."
    (m,) = find_attributions(text)
    assert text[m.cue_start : m.cue_end] == "have called on"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ('"It is safe," said Marta Vellacourt, a professor of geology and hydrology at Velmora University.',
         "Marta Vellacourt, a professor of geology and hydrology at Velmora University"),
        ('"It is safe," said Jon Brasko, the chief engineer of the port, in a statement.',
         "Jon Brasko, the chief engineer of the port"),
        ('"It is safe," said Jon Brasko, who stressed that the cranes were new.', "Jon Brasko"),
        ("The reform is popular, said one senior source on the panel.", "one senior source"),
        ('Said Brasko: "The quay is safe."', "Brasko"),
    ],
)
def test_where_an_inverted_source_ends(text: str, span: str) -> None:
    m = find_attributions(text)[0]
    assert text[m.source_start : m.source_end] == span


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Video of the collapse shows the crane falling.", "Video of the collapse"),
        ("Traffic fell by half, a Velmora Courier analysis of port records shows.",
         "a Velmora Courier analysis of port records"),
        ("The Halvik Wire average shows Brasko ahead by 3 points.", "The Halvik Wire average"),
    ],
)
def test_documents_show(text: str, span: str) -> None:
    (m,) = find_attributions(text)
    assert (text[m.source_start : m.source_end], m.value.cue) == (span, "shows")


@pytest.mark.parametrize("text", ["He hosts a late-night talk show.", "The footage released by the port did not show the crane."])
def test_show_as_a_noun_or_a_negated_finding_has_no_source(text: str) -> None:
    assert all(not text[m.source_start : m.source_end].endswith("did") for m in find_attributions(text))
    assert "show." not in [text[m.cue_start : m.cue_end] for m in find_attributions(text)]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Brasko called Vellacourt a liar.", ["called"]),
        ("Brasko has called the levy a tax on work.", ["called"]),
        ("Delegates questioned how the port could reopen.", ["questioned"]),
        ("A group called the Velmora Alliance met on Monday.", []),
    ],
)
def test_calling_something_a_name_and_questioning_a_clause(text: str, cues: list[str]) -> None:
    assert [m.value.cue for m in find_attributions(text)] == cues


def test_transcript_speakers_label_their_lines() -> None:
    text = (
        "VELMORA: The port reopened on Monday.\n"
        "HOST: Is the quay safe?\n"
        '"VELLACOURT: It is safe.\n'
        "HOST: Thank you.\n"
        '"VELLACOURT: My pleasure.'
    )
    found = find_attributions(text)
    assert [m.value.source for m in found] == ["HOST", "VELLACOURT", "HOST", "VELLACOURT"]  # a dateline opens one line
    assert all(text[m.cue_start : m.cue_end] == ":" for m in found)


def test_a_transcript_guest_heard_once_and_how_is_a_speaker() -> None:
    text = (
        "VELMORA: The port reopened on Monday.\n"
        "HOST: The harbour master joins us.\n"
        "VELLACOURT (by phone): The quay is safe.\n"
        "HOST: And the ferries?\n"
        "BRASKO-LIND: They sail tomorrow.\n"
        "HARBOUR MINISTER THORVANE QUILLET-MARCH (clip): We will pay for the repairs."
    )
    found = find_attributions(text)
    assert [m.value.source for m in found] == [
        "HOST", "VELLACOURT", "HOST", "BRASKO-LIND", "HARBOUR MINISTER THORVANE QUILLET-MARCH"
    ]  # not the dateline


def test_a_speaker_label_may_say_at_length_who_and_where_the_speaker_is() -> None:
    # a long aside in the label ("the ferry union's treasurer, on the quay at dawn") still opens a speaker's line
    text = (
        "HOST: The Velmora quay reopened this morning.\n"
        "OSTERGAARD (the ferry union's treasurer, on the quay at dawn): We were never told.\n"
        "HOST: Thank you."
    )
    assert [m.value.source for m in find_attributions(text)] == ["HOST", "OSTERGAARD", "HOST"]


def test_a_guest_heard_once_between_the_presenters_lines_is_a_speaker() -> None:
    # two labels only: the presenter's, heard twice, and the guest's between them; a page's own label is no one
    text = (
        "PRESENTER: The Velmora quay reopened this morning. The harbour master was there.\n\n"
        "VELLACOURT-ABARA: The quay is safe, and the ferries sail tomorrow.\n\n"
        "UPDATE: Ferries now run hourly.\n\n"
        "PRESENTER: That was Marta Vellacourt-Abara."
    )
    assert [m.value.source for m in find_attributions(text)] == ["PRESENTER", "VELLACOURT-ABARA", "PRESENTER"]


def test_three_speakers_heard_once_each_are_a_transcript() -> None:
    # no label heard twice, but three open lines of their own: a presenter, a guest and a reporter
    text = (
        "PRESENTER: Ferry fares will rise in May. The minister made the announcement today.\n\n"
        "HALVORSK: Nobody should pay more to cross the water than to cross the town.\n\n"
        "REPORTER: Nearly five thousand passengers use the ferry daily."
    )
    assert [m.value.source for m in find_attributions(text)] == ["HALVORSK", "REPORTER"]
    # a dateline and one more label: no transcript, no speaker
    text = "HALCREST: Ferry fares will rise in May.\n\nHALVORSK: Nobody should pay more to cross the water."
    assert [m.value.source for m in find_attributions(text)] == []


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Brasko spoke of the flood.", [("Brasko", "spoke")]),
        ("Vellacourt spoke emotionally of her father.", [("Vellacourt", "spoke")]),
        ("Brasko spoke for an hour.", []),
        ("Brasko, speaking at a rally, wept.", []),
        ("Lawmakers questioned an engineer who said the quay was safe.",
         [("Lawmakers", "questioned"), ("engineer", "said")]),
        ("Anybody who says the quay is safe is wrong.", []),
    ],
)
def test_speaking_of_a_topic_and_relative_speakers(text: str, cues: list[tuple[str, str]]) -> None:
    assert [(m.value.source, m.value.cue) for m in find_attributions(text)] == cues


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("In her favour, all the engineers I consulted said the quay was sound.", "all the engineers I consulted"),
        ("Those close to the mayor say she will run again.", "Those close to the mayor"),
        ("Halvik Wire reported the closure, which dock workers say was late.", "dock workers"),
    ],
)
def test_the_clause_before_a_plain_verb_of_saying_is_its_subject(text: str, span: str) -> None:
    m = find_attributions(text)[-1]
    assert text[m.source_start : m.source_end] == span


@pytest.mark.parametrize(
    "text",
    ["That said, the port reopened.", "Her best answer was to say nothing.", "Brasko, who in 2010 said little, left.",
     "Asked twice, Brasko would not say."],
)
def test_no_clause_subject_from_function_words_or_auxiliaries(text: str) -> None:
    for m in find_attributions(text):
        assert text[m.source_start : m.source_end] not in ("That", "Her best answer was to", "in 2010", "Brasko would not")


@pytest.mark.parametrize(
    ("text", "source", "span"),
    [
        ("The plan was criticized by the Velmora port board.", "Velmora port board", "the Velmora port board"),
        ("Brasko has been called a liar by two rivals.", "two rivals", "two rivals"),
        ("The toll rose, according to the nonpartisan Velmora Budget Office.", "Velmora Budget Office",
         "the nonpartisan Velmora Budget Office"),
        ("The cure is bogus, according to the top Halvik medical journal.", "Halvik medical journal",
         "the top Halvik medical journal"),
    ],
)
def test_passive_agents_and_described_sources(text: str, source: str, span: str) -> None:
    (m,) = find_attributions(text)
    assert (m.value.source, text[m.source_start : m.source_end]) == (source, span)


@pytest.mark.parametrize("text", ["The quay was built by Halvik Steel.", "The crane was moved by two workers."])
def test_a_passive_act_has_no_source(text: str) -> None:
    assert find_attributions(text) == []


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ('Brasko continued: "The quay is safe."', [("Brasko", "continued")]),
        ('"The quay is safe," Vellacourt continued.', [("Vellacourt", "continued")]),
        ("The talks continued for a week.", []),
        ("Vellacourt recently called in to a radio show.", []),
    ],
)
def test_continuing_a_quotation(text: str, cues: list[tuple[str, str]]) -> None:
    assert [(m.value.source, m.value.cue) for m in find_attributions(text)] == cues


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Harbour residents believe the quay is unsafe.", ["believe"]),
        ("I know your cranes were inspected.", ["know"]),
        ("Vellacourt knows the city well.", []),
        ("The agency expects the port to reopen.", ["expects"]),  # a prediction about the port
        ("What we expect from Brasko is candour.", []),
        ("Do you know where the quay is?", []),
    ],
)
def test_a_clause_without_that_after_a_belief(text: str, cues: list[str]) -> None:
    assert [m.value.cue for m in find_attributions(text)] == cues


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Vellacourt said of the plan that it was late.", "said"),
        ("Brasko agreed with the engineers.", "agreed"),
        ("Vellacourt warned against a rush.", "warned against"),
        ("The agency estimated about 20 cranes were lost.", "estimated"),
    ],
)
def test_which_particle_belongs_to_the_cue(text: str, cue: str) -> None:
    (m,) = find_attributions(text)
    assert text[m.cue_start : m.cue_end] == cue


@pytest.mark.parametrize(
    ("text", "source", "span"),
    [
        ("In this poll, Brasko rose a point.", "poll", "this poll"),
        ("Brasko gained in two polls of likely voters in Velmora.", "two polls", "two polls of likely voters in Velmora"),
    ],
)
def test_findings_reported_in_a_poll(text: str, source: str, span: str) -> None:
    (m,) = find_attributions(text)
    assert (m.value.source, text[m.source_start : m.source_end], m.value.cue) == (source, span, "in")


@pytest.mark.parametrize("text", ["He lives in Velmora.", "The quay was rebuilt in two years."])
def test_in_without_a_poll_credits_no_one(text: str) -> None:
    assert find_attributions(text) == []


def test_a_dashed_aside_after_the_speaker() -> None:
    text = "Marta Vellacourt — the harbour master since 2019 — said the quay was safe."
    (m,) = find_attributions(text)
    assert m.value.source == "Marta Vellacourt"
    assert text[m.source_start : m.source_end] == "Marta Vellacourt — the harbour master since 2019"
    text = "The quay -- rebuilt twice -- said nothing of the sort."  # no named speaker before the aside
    assert [m.value.source for m in find_attributions(text)] != ["quay"]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Marta Vellacourt said on Monday that the quay was safe and suggested it would reopen.",
         [("Marta Vellacourt", "said"), ("Marta Vellacourt", "suggested")]),
        ("Brasko said the quay was safe and agreed to stay.", [("Brasko", "said")]),
        ("Bonuses rose, the Halvik Journal reports.", [("Halvik Journal", "reports")]),
        ("The Velmora Times reports were wrong.", []),
    ],
)
def test_coordinated_verbs_and_outlets_that_report(text: str, cues: list[tuple[str, str]]) -> None:
    assert [(m.value.source, m.value.cue) for m in find_attributions(text)] == cues


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [("Brasko last week said the quay was safe.", "Brasko", "said"),
     ("Vellacourt in 2019 warned that the quay would flood.", "Vellacourt", "warned")],
)
def test_a_time_between_speaker_and_cue(text: str, source: str, cue: str) -> None:
    (m,) = find_attributions(text)
    assert (m.value.source, m.value.cue, text[m.cue_start : m.cue_end]) == (source, cue, cue)


@pytest.mark.parametrize(
    ("text", "sources"),
    [("The harbour master said the quay was safe.", ["harbour master"]),
     ("Vellacourt, now the harbour master, who in 2011 said that the quay was unsafe, resigned.", ["harbour master"]),
     ("The crane that fell said nothing.", [])],
)
def test_modified_unknown_heads(text: str, sources: list[str]) -> None:
    assert [m.value.source for m in find_attributions(text)] == sources


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Halvik Wire checked Marta Vellacourt's claim that the quay was safe.", [("Marta Vellacourt", "claim")]),
        ("Brasko said the quay was safe. Despite his claim that it would hold, it fell.",
         [("Brasko", "said"), ("Brasko", "claim")]),
        ("The claim that the quay fell is false.", []),
        ("Vellacourt's remarks were short.", []),
        ("The board doubted Halvik's claims about the depth of the channel.", [("Halvik", "claims")]),
        ("Dravik's latest estimate of the toll was lower.", [("Dravik", "estimate")]),
        ("Her remarks on Monday were short.", []),  # a day, not a topic
        ("The claims of residents were heard.", []),  # no possessor
    ],
)
def test_a_statement_noun_credits_its_possessor(text: str, cues: list[tuple[str, str]]) -> None:
    assert [(m.value.source, m.value.cue) for m in find_attributions(text)] == cues


def test_the_statement_noun_as_written_takes_its_modifier_and_topic_word() -> None:
    text = "Contrary to Vellacourt's earlier claim that the quay was deep, it silted up."
    (m,) = find_attributions(text)
    assert text[m.cue_start : m.cue_end] == "earlier claim"
    text = "Nobody checked Brasko's repeated warnings about the crane."
    (m,) = find_attributions(text)
    assert (text[m.cue_start : m.cue_end], m.value.source) == ("repeated warnings about", "Brasko")


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Clear those crates off, adding space.", []),
        ("The mayor said the quay was safe, adding that it would reopen.", [("mayor", "said"), ("mayor", "adding")]),
        ("In a message posted Friday, Brasko said he would run.", [("Brasko", "said")]),
        ("Let's say you want a degree.", []),
    ],
)
def test_participles_and_idioms_that_state_nothing(text: str, cues: list[tuple[str, str]]) -> None:
    assert [(m.value.source, m.value.cue) for m in find_attributions(text)] == cues


@pytest.mark.parametrize(
    ("text", "source", "span"),
    [
        ("Marta Vellacourt, 59, who ran the port for a decade, and later the council, said the quay was safe.",
         "Marta Vellacourt", "Marta Vellacourt, 59, who ran the port for a decade, and later the council,"),
        ("Jon Brasko, who as a young engineer built the quay and then left the board, said it flooded.",
         "Jon Brasko", "Jon Brasko, who as a young engineer built the quay and then left the board,"),
    ],
)
def test_a_long_relative_clause_after_the_speaker(text: str, source: str, span: str) -> None:
    (m,) = find_attributions(text)
    assert (m.value.source, text[m.source_start : m.source_end]) == (source, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Brasko, at Monday's hearing, said the quay was safe.", "Brasko"),
        ("Brasko, speaking after the vote, said the quay was safe.", "Brasko"),
        ("Brasko, the harbour master, said the quay was safe.", "Brasko, the harbour master,"),
        ("As one of the mayor's engineers pointed out, the quay is old.", "one of the mayor's engineers"),
        ("Trade fell, one study found.", "one study"),
    ],
)
def test_asides_and_quantifiers_around_the_speaker(text: str, span: str) -> None:
    (m,) = find_attributions(text)
    assert text[m.source_start : m.source_end] == span


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The toll rose, according to a recent Velmora survey of harbour workers.",
         "a recent Velmora survey of harbour workers"),
        ("Nine closed, according to a Halvik Wire database listing harbour closures.",
         "a Halvik Wire database listing harbour closures"),
        ("According to the survey, 40 percent agree.", "the survey"),
        ("The Halvik/Velmora poll showed Brasko ahead.", "The Halvik/Velmora poll"),
    ],
)
def test_documents_with_their_postmodifiers(text: str, span: str) -> None:
    (m,) = find_attributions(text)
    assert text[m.source_start : m.source_end] == span


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("County and port officials said the quay was safe.", "County and port officials"),
        ("The Velmora mayor and his aides said the quay was safe.", "The Velmora mayor and his aides"),
        ("The plan failed and officials said the quay was unsafe.", "officials"),
    ],
)
def test_coordinated_subjects(text: str, span: str) -> None:
    (m,) = find_attributions(text)
    assert text[m.source_start : m.source_end] == span


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ('"It is a sad day," said Rep. Jon Brasko (D-Velm.), head of the harbour caucus.',
         "Rep. Jon Brasko (D-Velm.), head of the harbour caucus"),
        ("In a Halvik Wire interview Brasko declared the quay was safe.", "Brasko"),
        ("It covers the regional boards The Velmora Board said it would act.", "The Velmora Board"),
        ("He retold the famous story Jon Brasko told about his father.", "Jon Brasko"),
        ("Even Norland, the closest ally, warned that the quay was unsafe.", "Norland, the closest ally,"),
        ("The council could deny the permits.", "The council"),
        ("The Japanese newspaper Yomiuri said the quay was safe.", "The Japanese newspaper Yomiuri"),
    ],
)
def test_where_a_source_span_starts_and_ends(text: str, span: str) -> None:
    (m,) = find_attributions(text)
    assert text[m.source_start : m.source_end] == span


@pytest.mark.parametrize(
    ("text", "span", "source", "cue"),
    [
        ("Ships were taxed by the Velmora Union, which contended that Norland owed more.",
         "which", "Velmora Union", "contended"),
        ("The tip went to the Halvik Post, which first reported the closure.", "which", "Halvik Post", "reported"),
        ("The tally came from the Brask harbour board which reported 40 collisions.", "which", "Brask harbour board",
         "reported"),
    ],
)
def test_which_stands_for_the_body_before_it(text: str, span: str, source: str, cue: str) -> None:
    (m,) = find_attributions(text)
    assert (text[m.source_start : m.source_end], m.value.source, m.value.cue) == (span, source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "It was a long day, which said a lot about the port.",  # a clause, no body, before "which"
        "Marta Vellacourt, which said it, left.",  # "which" stands for no person
        "The cranes that said nothing were old.",  # cranes are no speakers
    ],
)
def test_which_without_a_speaking_antecedent_credits_no_one(text: str) -> None:
    assert find_attributions(text) == []


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("He suggested that the quay was unsafe.", "He", "suggested"),
        ("The harbour board concluded that the crane had failed.", "harbour board", "concluded"),
        ("Investigators found that the crane had failed.", "Investigators", "found"),
    ],
)
def test_anyone_who_can_speak_states_a_finding_before_that(text: str, source: str, cue: str) -> None:
    (m,) = find_attributions(text)
    assert (m.value.source, m.value.cue) == (source, cue)


@pytest.mark.parametrize(
    "text",
    ["The storm suggested that winter came early.", "He showed the way.", "Halvik Steel, a firm that had declared insolvency, closed."],
)
def test_findings_of_things_or_without_that_credit_no_one(text: str) -> None:
    assert find_attributions(text) == []


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The harbour board rejected the dredging plan.", "harbour board", "rejected"),
        ("Vellacourt likened the levy to theft.", "Vellacourt", "likened"),
        ("The mayor is blaming the storm for the delay.", "mayor", "blaming"),
        ("Brasko spoke on Monday, mocking the new quay.", "Brasko", "mocking"),
        ("Dock workers deride the plan as a gift to shipowners.", "Dock workers", "deride"),
        ("The Halvik Post hailed the deal as a breakthrough.", "Halvik Post", "hailed"),
        ("Brasko questioned whether the quay could hold.", "Brasko", "questioned"),
        ("Vellacourt downplayed the risk of a second flood.", "Vellacourt", "downplayed"),
        ("A Brask party ad questions the mayor's record.", "Brask party ad", "questions"),
        ("Halvik compared the levy to a toll on bread.", "Halvik", "compared"),
    ],
)
def test_taking_a_position_on_something_is_a_statement(text: str, source: str, cue: str) -> None:
    (m,) = find_attributions(text)
    assert (m.value.source, m.value.cue) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "The dredging plan was rejected.",  # no one takes the position here
        "Brasko was mocked at school.",
        "The bid rejected on Monday was the third.",
        "Norland rejected.",  # nothing the position is taken on
        "The pilots took questions from the crew.",  # a noun; no one questions anything
        "It was a refuge from tough questions about the port.",
        "Both ministers face questions about the quay.",
    ],
)
def test_a_position_needs_what_it_is_taken_on(text: str) -> None:
    assert find_attributions(text) == []


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("She understood that the quay was closed.", "She", "understood"),
        ("The pilots feel it is too late to sail.", "pilots", "feel"),
        ("Engineers suspect the crane was overloaded.", "Engineers", "suspect"),
        ("Brasko realized that the tide had turned.", "Brasko", "realized"),
        ("Dock workers worry that the new quay will silt up.", "Dock workers", "worry"),
        ("The engineers assumed the crane had been inspected.", "engineers", "assumed"),
        ("Brasko expected that the council would vote no.", "Brasko", "expected"),
    ],
)
def test_beliefs_and_perceptions_before_a_clause(text: str, source: str, cue: str) -> None:
    (m,) = find_attributions(text)
    assert (m.value.source, m.value.cue) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Velmora felt it, too.",  # a tremor is felt: an object, no clause
        "The pilots understood the rules.",
        "There is no doubt the port will reopen.",
        "Dock workers felt the quay shake.",
        "Fishermen worry about the weather.",  # a worry, no statement of what is so
        "The quay is expected to reopen in May.",
    ],
)
def test_beliefs_and_perceptions_of_an_object_credit_no_one(text: str) -> None:
    assert find_attributions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Vellacourt said she believes the quay is safe.",
        "Vellacourt said that she understood that the quay was safe.",
        "The port chief says he thinks the cranes will hold.",
    ],
)
def test_a_belief_inside_what_was_said_is_no_second_attribution(text: str) -> None:
    assert [m.value.cue for m in find_attributions(text)] == [find_attributions(text)[0].value.cue]
    assert len(find_attributions(text)) == 1


def test_a_belief_before_its_own_speaker_stays() -> None:
    text = "She believes it was an accident, Vellacourt said."
    assert [m.value.cue for m in find_attributions(text)] == ["believes", "said"]


def test_the_verb_classes_file_rejects_an_unknown_class(tmp_path) -> None:
    from consistency.extract import _attribution_lexicon as lex

    path = tmp_path / "attribution_verbs.yaml"
    path.write_text("irregular: {}\ndoubled: []\nstatement: [say]\nnoun_like: []\nstance: []\nvoice: []\nidioms: {}\nbeleif: []\n"
                    "expressions: {}\n",
                    encoding="utf-8")
    with pytest.raises(RuleError, match="beleif") as caught:
        lex._load_verb_classes(path)
    assert caught.value.one_line().startswith(f"{path}:8: ")  # the file and the line of the typo


def test_the_verb_classes_file_rejects_a_repeated_class(tmp_path) -> None:
    from consistency.extract import _attribution_lexicon as lex

    path = tmp_path / "attribution_verbs.yaml"
    path.write_text("irregular: {}\ndoubled: []\nstatement: [say]\nnoun_like: []\nstance: []\nvoice: []\n"
                    "idioms: {}\nbelief: []\nexpressions: {}\nstance: [mock]\n", encoding="utf-8")
    with pytest.raises(RuleError, match="duplicate key 'stance'"):
        lex._load_verb_classes(path)


def test_every_class_of_the_verb_file_is_read() -> None:
    from consistency.extract import _attribution_lexicon as lex

    classes = lex._load_verb_classes(lex._VERB_FILE)
    assert set(classes["stance"]) == lex.STANCE_BASES and set(classes["belief"]) == lex.BELIEF_BASES
    for base in classes["stance"]:
        assert lex._inflect(base)[2] in lex.SPEECH_VERBS  # "rejected", "likened": every past form is a cue
    for base in classes["construal"]:
        assert set(lex._inflect(base)) <= lex.CONSTRUAL_VERBS and lex._inflect(base)[2] in lex.SPEECH_VERBS


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Dock workers see the levy as a tax on their wages.", "Dock workers", "see"),
        ("Brasko has portrayed himself as the friend of the small trader.", "Brasko", "has portrayed"),
        ("Vellacourt is casting the vote as a test of the harbour board.", "Vellacourt", "is casting"),
        ("The pilots viewed the new quay as a hazard.", "pilots", "viewed"),
    ],
)
def test_seeing_something_as_something_states_a_view(text: str, source: str, cue: str) -> None:
    (m,) = find_attributions(text)
    assert (m.value.source, text[m.cue_start : m.cue_end]) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "The pilots saw the quay from the ferry.",
        "Brasko cast a vote as well as a shadow.",  # "as well as" names no role
        "Residents viewed the damage on Monday.",
        "The crane, regarding its age, was replaced.",
    ],
)
def test_seeing_without_as_states_nothing(text: str) -> None:
    assert find_attributions(text) == []


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The harbour union backs the new levy.", "harbour union", "backs"),
        ("Vellacourt opposed the dredging plan from the start.", "Vellacourt", "opposed"),
        ("Brasko has championed the rights of dock workers.", "Brasko", "has championed"),
    ],
)
def test_supporting_or_opposing_something_takes_a_position(text: str, source: str, cue: str) -> None:
    (m,) = find_attributions(text)
    assert (m.value.source, text[m.cue_start : m.cue_end]) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry backed out of the harbour.",  # a particle, no object
        "Support for the levy fell in May.",  # a noun
        "Vellacourt said she opposes the levy.",  # her position is part of what she said: one attribution
    ],
)
def test_support_as_a_noun_a_particle_or_inside_a_statement(text: str) -> None:
    assert [m.value.cue for m in find_attributions(text)] == (["said"] if "said" in text else [])


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Vellacourt commented that the quay was too short.", "Vellacourt", "commented"),
        ("The harbour board outlined how the levy would be spent.", "harbour board", "outlined"),
        ("Critics charge that the levy favours shipowners.", "Critics", "charge"),
        ("Brasko knew the crane had failed before.", "Brasko", "knew"),
        ("Dock workers admire the new harbour master.", "Dock workers", "admire"),
    ],
)
def test_commenting_outlining_charging_and_knowing(text: str, source: str, cue: str) -> None:
    (m,) = find_attributions(text)
    assert (m.value.source, m.value.cue) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "The deal shielded them from any criminal charges that might arise.",  # charges as a noun
        "Brasko was charged with fraud in May.",  # an act of the court, no statement
        "New details emerged about the crane on Monday.",
        "Brasko knew the harbour well.",  # knowing a place, no clause
    ],
)
def test_charges_details_and_knowing_a_place_state_nothing(text: str) -> None:
    assert [m.value.cue for m in find_attributions(text)] == (["said"] if "said" in text else [])


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("There are some pilots who argue that the channel is too shallow.", "pilots", "argue"),
        ("Many engineers suspect those cranes were overloaded.", "engineers", "suspect"),
        ('Brasko concluded: "The quay will not hold."', "Brasko", "concluded"),
        ("Vellacourt proclaimed a new era for the harbour.", "Vellacourt", "proclaimed"),
    ],
)
def test_relative_speakers_demonstrative_clauses_and_conclusions(text: str, source: str, cue: str) -> None:
    (m,) = find_attributions(text)
    assert (m.value.source, m.value.cue) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "The storm concluded: the quay was gone.",  # a storm concludes nothing
        "Many engineers suspect those cranes.",  # an object, no clause
    ],
)
def test_conclusions_and_suspicions_without_a_speaker_or_clause(text: str) -> None:
    assert find_attributions(text) == []


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Brasko responded by pointing to the storm.", "Brasko", "responded"),
        ("Vellacourt speaks more often in public about the port than about the levy.", "Vellacourt", "speaks"),
        ("A document on the board's website states that pilots will be paid.", "document", "states"),
        ("Ivo Halvik, the harbour master of Dravik, one of the towns suing the board, said the quay was safe.",
         "Ivo Halvik", "said"),
    ],
)
def test_responding_by_speaking_about_and_long_asides(text: str, source: str, cue: str) -> None:
    (m,) = find_attributions(text)
    assert (m.value.source, m.value.cue) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "The two pilots spoke for about five minutes.",  # "about" a quantity, not a topic
        "The engineers I spoke to this week about the crane left.",  # "to" with no one after it
        "The crane was hit by falling debris.",
    ],
)
def test_about_a_quantity_and_a_stranded_to_name_no_topic(text: str) -> None:
    assert find_attributions(text) == []


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Many pilots expect the toll to rise after the storm.", "pilots", "expect"),
        ("Brasko expects them to vote against the levy.", "Brasko", "expects"),
    ],
)
def test_expecting_someone_or_something_to_do_is_a_prediction(text: str, source: str, cue: str) -> None:
    (m,) = find_attributions(text)
    assert (m.value.source, m.value.cue) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "Brasko expects to win the vote.",  # his own intention, no prediction about others
        "The quay is expected to reopen in May.",  # no one who expects
        "The board expects a reply.",
    ],
)
def test_expecting_to_act_or_an_object_predicts_nothing(text: str) -> None:
    assert find_attributions(text) == []


def test_the_same_speaker_speaking_on_after_an_inverted_cue() -> None:
    text = '"The quay is sinking," said Halvik, speaking of the north pier.'
    assert [m.value.cue for m in find_attributions(text)] == ["said", "speaking"]


@pytest.mark.parametrize("text", ["The pilots expect a storm."])
def test_expecting_weather_is_no_statement(text: str) -> None:
    assert [m.value.cue for m in find_attributions(text)] == (["said"] if "said" in text else [])


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("In August, several harbour groups granted Brasko an extension, saying his capital was small.",
         "harbour groups", "saying"),
        ("On Thursday, however, Brasko spoke to dock workers, promising a lower levy.", "Brasko", "promising"),
        ("After the vote, Vellacourt left the hall, arguing that it was rigged.", "Vellacourt", "arguing"),
    ],
)
def test_the_participle_speaker_after_an_opening_adverbial(text: str, source: str, cue: str) -> None:
    (m,) = find_attributions(text)
    assert (m.value.source, m.value.cue) == (source, cue)


def test_an_opening_adverbial_leaves_no_verb_in_the_subject() -> None:
    text = "In May, several pilot groups granted Brasko a delay, saying the quay was unsafe."
    (m,) = find_attributions(text)
    assert text[m.source_start : m.source_end] == "several pilot groups"


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("Halvik Wire reported the closure, citing two officials.", ("Halvik Wire", "two officials")),
        ("Halvik Wire reported the closure, citing a report by the Brask Courier.", ("Halvik Wire", "Brask Courier")),
        ("Dravik Daily said the talks had stalled, quoting a senior diplomat.", ("Dravik Daily", "senior diplomat")),
    ],
)
def test_a_trailing_citing_relays_its_sources(text: str, chain: tuple[str, ...]) -> None:
    (m,) = find_attributions(text)
    assert m.value.chain == chain


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Brasko said trade grew in June, citing the opening of the canal.",
         [("Brasko", "said"), ("Brasko", "citing")]),
        ("In 1990, the Velmora court blocked the sale, citing a threat to health.", [("Velmora court", "citing")]),
    ],
)
def test_citing_a_reason_is_a_statement_of_the_subject(text: str, cues: list[tuple[str, str]]) -> None:
    found = find_attributions(text)
    assert [(m.value.source, m.value.cue) for m in found] == cues
    assert all(m.value.chain == (m.value.source,) for m in found)  # a reason is no source of the chain


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Brasko is calling for a new quay.", "is calling for"),
        ("Vellacourt is calling the levy a tax on work.", "is calling"),
        # the participle keeps its particle as the finite form does
        ("The harbour officials sent a letter to the board, calling for his dismissal.", "calling for"),
        ("Halvik left the hall on Monday, speaking of the north pier.", "speaking of"),
    ],
)
def test_calling_for_something_or_calling_it_a_name(text: str, cue: str) -> None:
    (m,) = find_attributions(text)
    assert text[m.cue_start : m.cue_end] == cue


@pytest.mark.parametrize("text", ["Brasko is calling the police.", "The crew was calling home.",
                                  "The pilots left the quay, calling the harbour master."])
def test_calling_someone_states_nothing(text: str) -> None:
    assert find_attributions(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Rendell, a party surrogate, left early and called it a common ailment.", "Rendell, a party surrogate,"),
        ("Brasko, the harbour master, poked at the plan, tweeting that it was silly.", "Brasko, the harbour master,"),
        ("The latest Halvik/Brask opinion poll released Friday shows that Vellacourt leads.",
         "The latest Halvik/Brask opinion poll released Friday"),
    ],
)
def test_the_subject_span_keeps_its_apposition_and_modifiers(text: str, span: str) -> None:
    (m,) = find_attributions(text)
    assert text[m.source_start : m.source_end] == span


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Brasko talked about the flood.", "talked about"),
        ("Vellacourt has spoken about the need for reform.", "has spoken about"),
        ("Dock workers talk of little else.", "talk of"),
    ],
)
def test_talking_about_a_topic(text: str, cue: str) -> None:
    (m,) = find_attributions(text)
    assert text[m.cue_start : m.cue_end] == cue


@pytest.mark.parametrize("text", ["The talks about trade collapsed.", "Brasko talked for an hour.",
                                  "The pilots held a long talk about tides."])
def test_talks_and_talking_without_a_topic(text: str) -> None:
    assert find_attributions(text) == []


@pytest.mark.parametrize(
    ("text", "span", "source"),
    [
        ("Experts on Norland and port security said the quay was unsafe.",
         "Experts on Norland and port security", "Experts"),
        ("Proponents, including the Velmora Port Council, have urged the board to act.",
         "Proponents, including the Velmora Port Council,", "Proponents"),
        ("According to her account, the quay was closed.", "her account", "account"),
        ("Osama bin Laden declared war on the port.", "Osama bin Laden", "Osama bin Laden"),
        ('"It is safe," retired harbour pilot Jon Brasko said.', "retired harbour pilot Jon Brasko", "Jon Brasko"),
        ("The port is busy, where restructuring experts say judges are quick.", "restructuring experts",
         "restructuring experts"),
    ],
)
def test_more_source_spans(text: str, span: str, source: str) -> None:
    (m,) = find_attributions(text)
    assert (text[m.source_start : m.source_end], m.value.source) == (span, source)


def test_her_before_a_verb_stays_a_pronoun() -> None:
    (m,) = find_attributions("Brasko told her the port was safe.")
    assert m.value.source == "Brasko" and m.value.channel is None


@pytest.mark.parametrize(
    ("text", "span", "source"),
    [
        ("Only 52 percent of registered voters agreed that the quay was safe.",
         "Only 52 percent of registered voters", "voters"),
        ("The plan was praised by a number of harbour experts.", "a number of harbour experts", "harbour experts"),
        ("A group of doctors wrote to the board, calling for his dismissal.", "A group of doctors", "doctors"),
        ("According to a majority of residents, the quay is safe.", "a majority of residents", "residents"),
    ],
)
def test_the_members_of_a_group_speak(text: str, span: str, source: str) -> None:
    m = find_attributions(text)[-1]
    assert (text[m.source_start : m.source_end], m.value.source) == (span, source)


def test_a_group_of_things_is_no_speaker() -> None:
    assert [m.value.source for m in find_attributions("A number of cranes fell, the mayor said.")] == ["mayor"]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Residents have expressed deep concern about the quay.", "Residents", "have expressed deep concern about"),
        ("The harbour board issued a statement on Monday.", "harbour board", "issued a statement"),
        ("Brasko made it clear he would stay.", "Brasko", "made it clear"),
        ("Vellacourt offered no proof that the quay was unsafe.", "Vellacourt", "offered no proof"),
        ("Harbour officials voiced doubts over the levy.", "Harbour officials", "voiced doubts over"),
        ("The pilots' union sounded the alarm.", "pilots' union", "sounded the alarm"),
    ],
)
def test_a_light_verb_with_a_statement_noun(text: str, source: str, cue: str) -> None:
    (m,) = find_attributions(text)
    assert (m.value.source, text[m.cue_start : m.cue_end]) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "The firm made a profit.",
        "The harbour board raised prices.",
        "Prices were raised by the board.",
        "The council issued bonds worth 40 million.",
        "The storm made landfall near Halvik.",
        "Norland offered 300 tents to the region.",
    ],
)
def test_a_light_verb_without_a_statement_noun_credits_no_one(text: str) -> None:
    assert find_attributions(text) == []


def test_the_verb_file_maps_every_form_of_a_light_verb() -> None:
    from consistency.extract import _attribution_lexicon as lex

    classes = lex._load_verb_classes(lex._VERB_FILE)
    for base, nouns in classes["expressions"].items():
        for form in lex._inflect(base):
            assert lex.EXPRESSIONS[form] == frozenset(nouns)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('When the tide turned, I laughed and said, "The quay will hold."', "I"),
        ("After the vote, she left the hall and said it was rigged.", "she"),
        ("When the pilots met, Brasko stood up, saying the quay was unsafe.", "Brasko"),
    ],
)
def test_the_main_clause_speaks_after_a_subordinate_one(text: str, source: str) -> None:
    (m,) = find_attributions(text)
    assert m.value.source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [("The pilots' union sounded the alarm.", "pilots' union"),
     ("Dock workers' leaders warned that the quay was unsafe.", "Dock workers' leaders")],
)
def test_a_plural_possessor_stays_in_the_source(text: str, source: str) -> None:
    (m,) = find_attributions(text)
    assert m.value.source == source


@pytest.mark.parametrize(
    "text",
    [
        "The Latest: Brasko flies to Halvik",  # a live-blog label, no speaker
        "Dock workers accused of theft were freed.",  # a participle after its noun
        "He has been mocked for valuing his TV show over the facts.",  # "show" is a noun
    ],
)
def test_labels_participles_and_nouns_credit_no_one(text: str) -> None:
    assert find_attributions(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Chastened by the audits, Brasko revised his plan, promising to cut fees.", "Brasko"),
        ("In cases where Brasko defended pilots accused of theft, officials said he was paid.", "officials"),
    ],
)
def test_opening_participles_and_verbs_after_a_name_are_no_subject(text: str, source: str) -> None:
    assert [m.value.source for m in find_attributions(text)] == [source]


def test_a_dash_speaker_after_a_quote_in_a_sentence_with_a_cue_word() -> None:
    text = "He shows no respect for the quay.”― Marta Vellacourt\nHe never pays his bills.”― Jon Brasko"
    found = [(m.value.source, m.value.cue) for m in find_attributions(text)]
    assert found == [("Marta Vellacourt", "―"), ("Jon Brasko", "―")]


def test_making_a_statement_names_no_statement() -> None:
    assert find_attributions("Brasko made this statement during the debate.") == []


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The ad ends with footage of Brasko saying that the quay is safe.", "Brasko", "saying"),
        ('A clip shows Vellacourt arguing: "The quay will hold."', "Vellacourt", "arguing"),
    ],
)
def test_a_named_speaker_right_before_a_participle(text: str, source: str, cue: str) -> None:
    (m,) = find_attributions(text)
    assert (m.value.source, m.value.cue) == (source, cue)


@pytest.mark.parametrize("text", ["The Halvik Port Authority warning system failed.", "Brasko warning signs were ignored."])
def test_a_participle_used_as_a_modifier_after_a_name(text: str) -> None:
    assert find_attributions(text) == []


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("So he suggested a safer route for the ships.", "he", "suggested"),
        ("Instead, the study -- which notes that 58 firms owe more -- should alarm voters.", "study", "notes"),
        ('"Get out," she yells while moving along the quay.', "she", "yells"),
        ("The pilots shouted that the quay was flooding.", "pilots", "shouted"),
    ],
)
def test_proposals_dashed_relatives_and_raised_voices(text: str, source: str, cue: str) -> None:
    (m,) = find_attributions(text)
    assert (m.value.source, m.value.cue) == (source, cue)


@pytest.mark.parametrize("text", ["The storm suggested a change of season.", "The crowd shouted for an hour."])
def test_a_thing_proposes_nothing(text: str) -> None:
    assert find_attributions(text) == []


def test_a_raised_voice_before_a_clause_states_it() -> None:
    assert [m.value.cue for m in find_attributions("Brasko marched, shouting that the quay was unsafe.")] == ["shouting"]
    assert find_attributions("Brasko marched, shouting for an hour.") == []


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("As Marta Vellacourt put it in a statement, the quay is safe.", "Marta Vellacourt", "put it"),
        ("As the Halvik Post recently put it, the port is a mess.", "Halvik Post", "recently put it"),
    ],
)
def test_as_someone_put_it(text: str, source: str, cue: str) -> None:
    (m,) = find_attributions(text)
    assert (m.value.source, text[m.cue_start : m.cue_end]) == (source, cue)


def test_putting_something_somewhere_states_nothing() -> None:
    assert find_attributions("Brasko put the ships in dock and left.") == []


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("After saying her foot was swollen, she was taken to the clinic.", "she", "saying"),
        ("Before warning that the quay would flood, Brasko closed it.", "Brasko", "warning"),
        ("Then someone asked how Vellacourt could win.", "someone", "asked"),
        ("Not everyone agrees that the quay is safe.", "everyone", "agrees"),
    ],
)
def test_opening_participles_and_indefinite_speakers(text: str, source: str, cue: str) -> None:
    (m,) = find_attributions(text)
    assert (m.value.source, m.value.cue) == (source, cue)


def test_an_indefinite_speaker_is_never_named() -> None:
    (m,) = find_attributions("Then someone asked how Vellacourt could win.")
    assert m.value.named is False and m.value.chain == ("someone",)


def test_showing_up_is_no_finding() -> None:
    assert find_attributions("The real Brasko showed up at the debate.") == []
    assert [m.value.cue for m in find_attributions("The survey shows up to 40 percent back the levy.")] == ["shows"]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ('In a statement, Halvik Steel said: "The yard was a success," adding that its value tripled.',
         "Halvik Steel", "adding"),
        ("Large parts of the port are idle, other studies have shown.", "other studies", "shown"),
        ("The court ruled that the levy was unlawful.", "court", "ruled"),
        ("A federal appeals court ruled Friday against the levy.", "federal appeals court", "ruled"),
        ("Brasko ruled out a second term.", "Brasko", "ruled"),
    ],
)
def test_participles_after_a_quote_findings_shown_and_rulings(text: str, source: str, cue: str) -> None:
    m = find_attributions(text)[-1]
    assert (m.value.source, m.value.cue) == (source, cue)


def test_ruling_a_place_states_nothing() -> None:
    assert find_attributions("Brasko ruled the port for years.") == []


@pytest.mark.parametrize(
    ("text", "span", "source"),
    [
        ("The minister of the economy, Jon Brasko, argues there is little point.",
         "The minister of the economy, Jon Brasko,", "Jon Brasko"),
        ("The head of the port said it was safe.", "The head of the port", "head of the port"),
    ],
)
def test_a_role_of_something_heads_the_source(text: str, span: str, source: str) -> None:
    (m,) = find_attributions(text)
    assert (text[m.source_start : m.source_end], m.value.source) == (span, source)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Police have no plans to release the video, according to attorneys for the family.",
         "attorneys for the family"),
        ("The quay is safe, according to officials in Velmora.", "officials in Velmora"),
        ("The quay is safe, according to officials in the port who spoke on Monday.", "officials in the port"),
    ],
)
def test_according_to_people_with_a_postmodifier(text: str, span: str) -> None:
    (m,) = find_attributions(text)
    assert text[m.source_start : m.source_end] == span


def test_backtick_quotes_of_wire_copy_open_a_quotation() -> None:
    text = "``We think it is the future of ferries,'' said Halvik. ``It will float.''"
    found = [m for m in find_attributions(text) if m.value.cue != "quote"]
    assert [(m.value.source, m.value.cue) for m in found] == [("Halvik", "said")]
    assert text[found[0].content_start : found[0].content_end] == "``We think it is the future of ferries,''"


@pytest.mark.parametrize(
    "text",
    ["Velmora Harbour today announced that the ferry would run.", "Halvik Lines yesterday said the ships were sold."],
)
def test_today_between_the_speaker_and_the_cue(text: str) -> None:
    (m,) = find_attributions(text)
    assert m.value.source in ("Velmora Harbour", "Halvik Lines")


def test_an_opening_participle_is_no_speaker_of_a_later_verb() -> None:
    text = "Speaking to the dock workers he said the ferry was late and described a quay he expected."
    assert [(m.value.source, m.value.cue) for m in find_attributions(text)] == [("he", "said"), ("he", "described")]


@pytest.mark.parametrize(
    "text",
    [
        "Another shipowner, Halvik Lines (HL), announced that it seeks two loans.",
        "Irish ferry line, Halvik Lines, announced today that it is buying two ships.",
        "Citing ``a precaution'', Halvik Lines announced that two ferries would stay in port.",
    ],
)
def test_a_name_apposed_to_a_description_speaks(text: str) -> None:
    (m,) = find_attributions(text)
    assert m.value.source == "Halvik Lines"
    assert text[m.content_start : m.content_end].startswith("that ")  # the clause, not the description


def test_each_and_both_before_a_participle_continue_the_subject() -> None:
    text = "Halvik and Brask met on Monday, each praising the crew and saying the other lacks judgment."
    assert [m.value.cue for m in find_attributions(text)] == ["praising", "saying"]


def test_a_named_speaker_then_an_occasion_before_the_quotation() -> None:
    text = 'The ad ends with footage of Brasko saying during the hearing last week, "That makes me smart."'
    (m,) = find_attributions(text)
    assert (m.value.source, m.value.cue) == ("Brasko", "saying")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Brasko pointed out that the quay was sinking.", "pointed out"),
        ("Vellacourt points to the storm as the cause of the delay.", "points to"),
        ("Harbour officials weighed in on whether the quay should reopen.", "weighed in"),
    ],
)
def test_pointing_out_and_weighing_in_state(text: str, cue: str) -> None:
    (m,) = find_attributions(text)
    assert text[m.cue_start : m.cue_end] == cue


@pytest.mark.parametrize("text", ["Brasko pointed a torch at the pier.", "The pilots weigh the cargo at the quay."])
def test_pointing_a_thing_and_weighing_cargo_state_nothing(text: str) -> None:
    assert find_attributions(text) == []


def test_a_day_between_the_speaker_and_a_light_verb() -> None:
    text = "The harbour council on Friday made a strong condemnation of the levy."
    (m,) = find_attributions(text)
    assert (m.value.source, text[m.cue_start : m.cue_end]) == ("harbour council", "made a strong condemnation of")


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("To varying degrees, all agreed that the levy would raise fees.", "all", "agreed"),
        ("Many say the levy is unfair.", "Many", "say"),
        ("Brasko is once again questioning the count of the vote.", "Brasko", "questioning"),
        ("Vellacourt went home early, The Post has learned.", "Post", "learned"),
    ],
)
def test_quantifier_speakers_adverbs_in_a_progressive_and_a_masthead(text: str, source: str, cue: str) -> None:
    (m,) = find_attributions(text)
    assert (m.value.source, m.value.cue) == (source, cue)


def test_a_determiner_before_said_is_still_no_speaker() -> None:
    assert find_attributions("The said agreement was signed in May.") == []


def test_a_coordinated_subject_opens_the_clause_after_a_belief() -> None:
    assert [m.value.cue for m in find_attributions("Many pilots believe greed and spite are to blame.")] == ["believe"]
    assert find_attributions("The pilots understood the rules and were happy.") == []


def test_an_aside_naming_the_states_is_no_statement_of_its_own() -> None:
    text = "Ivo Halvik, the attorney general of Norland, one of the states suing the board, said the quay was safe."
    (m,) = find_attributions(text)
    assert (m.value.source, m.value.cue) == ("Ivo Halvik", "said")


def test_called_for_after_a_day() -> None:
    text = "Brask called Friday for a vote on the levy."
    (m,) = find_attributions(text)
    assert (m.value.source, text[m.cue_start : m.cue_end]) == ("Brask", "called Friday for")


def test_many_of_whom_speak_for_the_antecedent() -> None:
    text = "The pilots, many of whom say the levy is unfair, left early."
    (m,) = find_attributions(text)
    assert (m.value.source, text[m.source_start : m.source_end]) == ("pilots", "many of whom")


def test_a_poll_named_by_two_outlets_reports_its_finding() -> None:
    text = "In the previous Halvik Post/Dravik News national poll, Brask led by five points."
    (m,) = find_attributions(text)
    assert m.value.cue == "in" and "poll" in m.value.source


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Video contradicts the Dravik police's earlier claim that the pilot had fled.", "Dravik police", "claim"),
        ("Harbour leaders almost universally expressed outrage over the levy.", "Harbour leaders", "expressed"),
        ("Dock lawyers and pilots expressed outrage over the levy.", "pilots", "expressed"),
    ],
)
def test_lower_case_possessors_adverbs_of_degree_and_plural_roles(text: str, source: str, cue: str) -> None:
    (m,) = find_attributions(text)
    assert (m.value.source, m.value.cue) == (source, cue)


@pytest.mark.parametrize(
    ("text", "chain", "cue"),
    [
        ("Officials put the death toll at 40.", ("Officials",), "put"),
        ("The Norland Geological Survey put the epicentre at about 58 km south of Dravik.",
         ("Norland Geological Survey",), "put"),
        ("Dravik Radio quoted the disaster centre in the province as saying ten people died.",
         ("Dravik Radio", "disaster centre"), "quoted"),
        ("Brasko was quoted as saying the quay was safe.", ("Brasko",), "quoted"),
        ('"There will be no change," Marta Vellacourt said by telephone from Dravik.', ("Marta Vellacourt",), "said"),
        ("The move came despite warnings from his lawyer that the hearing was pointless.", ("lawyer",), "warnings"),
        ("Fans cheered the news from Velmora Harbour GM Ivo Halvik that the team made an offer.", ("Ivo Halvik",), "news"),
    ],
)
def test_estimates_quotations_channels_and_news_from_a_source(text: str, chain: tuple[str, ...], cue: str) -> None:
    (m,) = find_attributions(text)
    assert (m.value.chain, m.value.cue) == (chain, cue)


@pytest.mark.parametrize(
    "text",
    [
        "Brasko put the ships in dock at noon.",  # no figure: no estimate
        "The pilots quoted the rules to the crew.",  # quoting a text, nobody quoted as saying
        "The news from Dravik was grim.",
        "The governor of the province, Abdo Halvik, told state television.",  # the audience is no speaker
    ],
)
def test_putting_quoting_news_and_audiences_that_credit_no_new_source(text: str) -> None:
    assert all(m.value.source not in ("state television", "rules", "Dravik", "ships") for m in find_attributions(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The roof just went," Ivo Halvik, who keeps the inn by the quay, told the Dravik Post.', "Ivo Halvik"),
        ('"We saw nothing like it," Marta Vellacourt, a ferry pilot for 20 years, told Velmora Radio.', "Marta Vellacourt"),
    ],
)
def test_whom_a_speaker_told_is_never_the_speaker(text: str, speaker: str) -> None:
    """ "..., told the Post" is never inverted: what follows "told" is whom the words were for."""
    assert [m.value.source for m in find_attributions(text)] == [speaker]


def test_the_n_year_old_is_the_person_named_before() -> None:
    """ '"...," the 29-year-old said' names by her age the person an earlier attribution named."""
    text = 'Mira Kasko said she would appeal. "I never took anything," the 29-year-old said.'
    assert [m.value.source for m in find_attributions(text)] == ["Mira Kasko", "Mira Kasko"]
    assert [m.value.source for m in find_attributions('"I never took anything," the 29-year-old said.')] == ["29-year-old"]


def test_the_n_year_old_of_a_country_is_the_person_named_before() -> None:
    """ '"...," the 29-year-old Briton said': her age and where she is from, no name of her own."""
    text = 'Ama Kettleby said she had trained for years. "It was my day," the 29-year-old Briton said.'
    assert [m.value.source for m in find_attributions(text)] == ["Ama Kettleby", "Ama Kettleby"]
    (alone,) = find_attributions('"It was my day," the 29-year-old Briton said.')
    assert (alone.value.source, alone.value.named) == ("29-year-old Briton", False)
    # without an age, a capitalised word after "the" is read as before (a body's one-word name, "the Granary")
    assert [m.value.source for m in find_attributions('Ama Kettleby said she had trained. "It was my day," the Granary said.')][-1] == "Granary"


def test_a_phone_interview_is_one_occasion() -> None:
    text = '"It is over," he said in a phone interview.'
    (m,) = find_attributions(text)
    assert (text[m.cue_start : m.cue_end], m.value.channel) == ("said in a phone interview", "phone interview")


def test_a_described_speaker_after_the_cue_wins_over_a_relative_aside_before_it() -> None:
    text = "Among the dead was a girl, Ana Brask, whose leg was crushed, said local hospital director Ivo Halvik."
    (m,) = find_attributions(text)
    assert m.value.source == "Ivo Halvik"
    text = "Vellacourt, who ran the port for years, said the quay was safe."
    assert [m.value.source for m in find_attributions(text)] == ["Vellacourt"]


def test_two_apostrophes_after_a_word_close_a_quotation() -> None:
    text = "Residents ran into the street,'' said national relief agency spokesman Ivo Halvik. The port is shut."
    (m,) = find_attributions(text)
    assert m.value.source == "Ivo Halvik"



@pytest.mark.parametrize("people", ["Ferry safety advocates", "Harbour strategists", "Velmora historians"])
def test_people_nouns_head_a_source(people: str) -> None:
    text = f"{people} have expressed deep concern about the dredging."
    assert [m.value.source for m in find_attributions(text)] == [people]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "The pilots walked out over what Brask called a \"harbour tax\" on every crossing.",
        "Crews protested what two port lawmakers called unsafe shifts.",
        "Halvik spent the week defending what she calls her quay plan.",
    ],
)
def test_what_someone_called_a_thing_is_their_name_for_it_not_a_statement(text: str) -> None:
    assert [m.value.cue for m in find_attributions(text, kinds=ALL_KINDS) if m.value.cue in ("called", "calls")] == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Brask called the levy \"a tax on ferries\".", "Brask"),
        ("What the port needs, Vellacourt called it, is a second quay.", "Vellacourt"),
    ],
)
def test_calling_something_something_is_still_a_statement(text: str, source: str) -> None:
    assert [m.value.source for m in find_attributions(text) if m.value.cue in ("called", "calls")] == [source]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("\"The quay is unsafe,\" said Del. Marta Vellacourt of the Dravik Islands.",
         "Del. Marta Vellacourt of the Dravik Islands"),
        ("Sens. Jon Brask and Ana Halvik said the levy was unfair.", "Sens. Jon Brask and Ana Halvik"),
        ("Reps. Jon Brask and Ana Halvik said the levy was unfair.", "Reps. Jon Brask and Ana Halvik"),
        ("Atty. Gen. Ana Halvik said the levy was unfair.", "Atty. Gen. Ana Halvik"),
        ("Msgr. Jon Brask said the levy was unfair.", "Msgr. Jon Brask"),
        ("Det. Ana Halvik said the crane had been moved.", "Det. Ana Halvik"),
    ],
)
def test_an_abbreviated_title_opens_the_source_it_belongs_to(text: str, span: str) -> None:
    (m,) = find_attributions(text)
    assert text[m.source_start : m.source_end] == span


def test_an_abbreviated_title_is_dropped_from_the_name() -> None:
    text = "Msgr. Jon Brask said the levy was unfair."
    assert [m.value.source for m in find_attributions(text)] == ["Jon Brask"]

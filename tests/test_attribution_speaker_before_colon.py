"""A speaker, then where or how she spoke, then a colon and a quotation: a live page's entry
('10:20 Durnaby chief executive Gunleth Skobar: "..."'), or a line's second sentence ('The vote was
5-2. Chief Justice Farnuk: "..."'). The speaker is the source, the colon the cue; the circumstance
("at the lectern", "in tears", "still in her apron") is neither.

Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from consistency.extract.attributions import find_attributions
from consistency.text import split_sentences


def found(text: str) -> list[tuple[str, str]]:
    """(source, cue as written) of each attribution."""
    return [(m.value.source, text[m.cue_start : m.cue_end]) for m in find_attributions(text, split_sentences(text))]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('10:20 Durnaby chief executive Gunleth Skobar: "We will not restart the line until we know why."', "Gunleth Skobar"),
        ('09:45 The show is over. Estate manager Ilvotta Trost: "This is the best crop in years."', "Ilvotta Trost"),
        ('09:30 Ilvotta Trost, still in her apron and dripping from the rain: "We baked all night."', "Ilvotta Trost"),
        ('08:50 Ilvotta Trost on the podium again, in tears: "I owe this to my mother."', "Ilvotta Trost"),
        ('08:40 Creskel: "No one will go without bread."', "Creskel"),
        ('08:30 The show is over. Her owner, Ilvotta Trost, in tears: "She never looked at the judge."', "Ilvotta Trost"),
        ('08:20 Ilvotta Trost, the horse\'s owner: "He stumbled and I held on."', "Ilvotta Trost"),
        ('The vote was 5-2. Chief Justice Farnuk: "A courier who cannot refuse a job is an employee."', "Chief Justice Farnuk"),
        ('09:10 The mayor at the lectern: "Our harbour belongs to all of us."', "mayor"),
        # a role its owner's name opens, and the name set off after it: the name
        ('11:20 Halcrest\'s mayor, Ivmar Dantaski, speaking at the quay: "We will rebuild every berth."', "Ivmar Dantaski"),
        # a body's name and its kind set off after it: the body, as before
        ('11:25 Halcrest Ferries, the operator, at the quay: "Every berth will be rebuilt."', "Halcrest Ferries"),
    ],
)
def test_a_speaker_and_a_circumstance_before_a_colon_and_a_quotation(text: str, source: str) -> None:
    assert (source, ":") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        'The mayor at the lectern was blunt: "No more stalls on the green."',  # a clause of its own
        'The outcome at the end: "a disaster for the growers".',  # no speaker
        'The statement: "We regret the delay."',  # a document, whose source is found elsewhere
        'Ilvotta Trost, who won the prize: "This is for every grower."',  # a relative clause
    ],
)
def test_no_speaker_before_the_colon(text: str) -> None:
    assert all(cue != ":" for _source, cue in found(text))

"""Quotations found in one sentence, including the pieces a sentence splitter cuts apart.

Sentences are invented.
"""

from __future__ import annotations

import pytest

from consistency.quotes import (
    opened_before,
    paraphrased,
    quotation_keys,
    quotations,
    same_quotation,
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"The bridge will reopen in May," the mayor said.', ["The bridge will reopen in May,"]),
        # the end of a passage opened in the sentence before
        ('The bridge will reopen in May," the mayor said.', ["The bridge will reopen in May,"]),
        # the opening of a passage that runs on into the next sentence
        ('The mayor said: "The bridge will reopen in May.', ["The bridge will reopen in May."]),
        # two closed quotations: nothing left open
        ('"Never," she said, "not while the bridge is closed to every lorry."',
         ["not while the bridge is closed to every lorry."]),
        # an opened quotation too short to be a statement
        ('The mayor said: "Never.', []),
    ],
)
def test_quotations(sentence: str, expected: list[str]) -> None:
    assert quotations(sentence) == expected


def test_a_passage_cut_at_its_first_sentence_meets_the_same_words_quoted_whole() -> None:
    whole = '"We are deeply sorry," the chief executive said.'
    opening = 'The regulator\'s head said: "We are deeply sorry.'
    assert same_quotation(whole, opening)
    assert quotation_keys(whole) == quotation_keys(opening) == {"we are deeply sorry"}


def test_a_quotation_ending_in_a_sentence_opened_in_the_one_before() -> None:
    body = 'Velmora Foods apologised.\n\n"We let our customers down. We will repay every one of them," Ada Brenn said.'
    start = body.index("We will")
    assert opened_before(body, start, body[start:]) == "We let our customers down. We will repay every one of them,"


def test_a_short_last_sentence_of_a_quotation_still_ends_it() -> None:
    # The quotation's last sentence ('The frame held,') is short; the opening mark before it says it ends one.
    body = 'Police arrived at noon.\n\n"The glass did its job. The frame held," Ada Brenn said.'
    start = body.index("The frame")
    assert opened_before(body, start, body[start:]) == "The glass did its job. The frame held,"


def test_no_passage_when_the_quotation_before_closed() -> None:
    body = '"We let our customers down," Ada Brenn said. The firm will repay them all," a lawyer added.'
    start = body.index("The firm")
    assert opened_before(body, start, body[start:]) == ""
    # nor across a paragraph break, nor for a sentence that opens with no quotation's end
    body = '"We let our customers down.\n\nThe firm will repay every one of them," Ada Brenn said.'
    start = body.index("The firm")
    assert opened_before(body, start, body[start:]) == ""
    assert opened_before("Ada Brenn said so.", 0, "Ada Brenn said so.") == ""


def test_a_sentence_that_tells_what_a_quotation_says_paraphrases_it() -> None:
    quoting = 'The police chief said: "The driver appears to have lost control on the bend, and the brakes are being examined."'
    assert paraphrased(quoting, "The governor said the driver appeared to have lost control and that the brakes were being examined.")
    # a sentence about the same crash that says something else
    assert not paraphrased(quoting, "The governor said the bus was carrying 40 tourists when it left the road near the bend.")
    # two quotations are compared as quotations, not as a paraphrase
    assert not paraphrased(quoting, '"The driver appears to have lost control," the governor said.')
    # too few words to tell a statement by
    assert not paraphrased('"We are sorry," she said.', "The company said it was sorry.")


def test_a_speaker_label_line_keys_its_words_like_a_quotation() -> None:
    label_line = "14:10 VETHRASK (by phone): The pumps kept the lower ward dry all night."
    quoted = '"The pumps kept the lower ward dry all night," said Anna Vethrask.'
    assert quotation_keys(label_line) == quotation_keys(quoted)
    assert "the pumps kept the" in quotation_keys(quoted)
    assert quotations(label_line) == []  # (the source check still reads marked quotations only)


def test_a_label_line_with_marks_or_a_plain_sentence_adds_no_label_key() -> None:
    assert quotation_keys("DORRIMUND: Yes.") == set()
    assert quotation_keys("The council said the pumps kept the lower ward dry all night.") == set()
    assert quotation_keys('VETHRASK: He told me "the pumps are failing us tonight" twice.') == {"the pumps are failing", "… pumps are failing us tonight"}


def test_a_quotation_cut_at_its_opening_keys_with_the_whole_by_its_last_words() -> None:
    whole = '"We mapped the reef for years, but its northern edge shifts by a few metres each season," said Dr Ada Vell.'
    end = 'A navy spokesman said: "Its northern edge shifts by a few metres each season."'
    assert quotation_keys(whole) & quotation_keys(end) == {"… a few metres each season"}


def test_a_quotation_one_outlet_rewords_is_still_one_quotation() -> None:
    first = '"Parks are for children, not for cars," the mayor said.'
    reworded = '"Parks should belong to children, not cars," the city\'s roads chief Ivo Brask said.'
    assert same_quotation(first, reworded)
    assert not same_quotation(first, '"Roads are for lorries, not for bicycles," Ivo Brask said.')


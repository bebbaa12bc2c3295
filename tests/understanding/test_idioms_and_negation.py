"""The reader on idioms and negation scope: an idiom of a finding holds none of its words, a
negation right before words with their own "not" denies them, an answer word opening the reply
answers rather than turning a denying word round, and a group of single words compiles to one
phrase (the compiled vocabulary is read on every cold start)."""

from __future__ import annotations

from collections import Counter

import pytest

from skill.understanding.reader import default_reader
from skill.understanding.vocabulary import default_vocabulary


def findings(text: str) -> dict[str, bool]:
    """finding id -> present, for findings read with certainty or denied."""
    return {f.id: f.present for f in default_reader().read(text, "en-GB").findings
            if not f.present or f.certain}


@pytest.mark.parametrize(("text", "finding"), [
    ("I had a little accident on the way to the loo", "injury"),
    ("I tripped on the step but I didn't fall", "injury"),
    ("I'm on antibiotics for a chest infection", "fever"),
    ("it's only hay fever", "fever"),
    ("I get hot flushes with the menopause", "fever"),
    ("I sweat a lot at the gym", "fever"),
    ("my legs go dead when I sit cross-legged", "leg_weakness"),
    ("my sugar's a bit high", "spreading_up"),
])
def test_an_idiom_is_not_the_finding_it_looks_like(text: str, finding: str) -> None:
    assert findings(text).get(finding) is not True


@pytest.mark.parametrize(("text", "finding"), [
    # a negation right before words with their own "not" denies them
    ("no wounds that won't heal", "foot_sore"),
    ("I don't have a sore that won't heal", "foot_sore"),
    # an answer word opening the reply answers: it turns no denying word round
    ("nope, warm and pink", "cold_pale_leg"),
    ("no, just the feet", "whole_leg"),
])
def test_a_denial_is_read_wherever_the_negation_stands(text: str, finding: str) -> None:
    assert findings(text).get(finding) is False


def test_a_negation_of_another_clause_still_leaves_them_stated() -> None:
    assert findings("nothing is working down there, I can't pee").get("bladder_bowel") is True


def test_not_warm_is_still_a_cold_leg() -> None:
    assert findings("not warm at all, it's freezing").get("cold_pale_leg") is True


@pytest.mark.parametrize(("text", "answer"), [
    ("can't say I have", "no"), ("I've not noticed anything like that", "no"),
    ("not that my wife noticed", "no"), ("not in the slightest", "no"),
    ("not really numb more tingly", "yes"),  # as Alexa sends it, without the comma
    ("not as much feeling as before", "yes"),
    ("I haven't looked", "unsure"),
])
def test_polite_and_partial_answers(text: str, answer: str) -> None:
    assert default_reader().read(text, "en-GB").answer == answer


def test_a_group_of_single_words_compiles_to_one_phrase() -> None:
    # one phrase text may serve two findings (an anchored YAML line), never twice the same one
    texts = Counter((phrase.target, phrase.text) for phrase in default_vocabulary().findings)
    # written as "(a|b|c)" groups of single words and a class: one phrase each
    one_word_groups = [(target, text) for target, text in texts if "(" in text and all(
        " " not in option and "{" not in option and option
        for group in text.split("(")[1:] for option in group.split(")")[0].split("|"))]
    assert one_word_groups
    assert {key: texts[key] for key in one_word_groups if texts[key] != 1} == {}


@pytest.mark.parametrize(("text", "expected"), [
    # a look-alike's own negation turns round the denial inside it (tuning nf-rf-0275)...
    ("no fever, but I've lost weight without meaning to", {"fever": False, "weight_loss": True}),
    ("I've lost weight without dieting", {"weight_loss": True}),
    # ...and negates nothing after it (2929a82)
    ("I've lost weight without trying my back aches at night",
     {"weight_loss": True, "back_pain": True, "night_pain": True}),
    # the denial said on its own still denies
    ("I lost weight by dieting", {"weight_loss": False}),
    ("I lost weight on purpose", {"weight_loss": False}),
])
def test_without_meaning_to_says_how_the_weight_went(text: str,
                                                     expected: dict[str, bool]) -> None:
    read = findings(text)
    assert {f: read.get(f) for f in expected} == expected

"""Two readings of round 8, played through the skill as Alexa sends it. By construction: wordings
of our own, written before the code changed, in the five locales, with controls beside each.

- A short yes whose subject Alexa's carrier took ("it was, but it's fine now" arrives as "was but
  it is fine now"; "it has, but it's better now" as "but it is better now") is a yes: a sign that
  came and went is still a sign (docs/clinical-safety.md 5f, 8f), and a stroke sign that passed
  is still the emergency. "No, it's fine" stays a no; a question stays a question.
- A foot or a leg gone numb from sitting on it is the numbness of pressure (NHS pins and
  needles), not numbness where one sits: "my feet go numb when I sit on them" is no saddle
  numbness. Numbness of the bottom, between the legs or "where I sit" still warns at once.
"""

from __future__ import annotations

import pytest

from alexa_simulator import Simulator
from tests.alexa.test_carers_and_passed_signs import opening
from tests.alexa.test_free_speech import answers, at_question, every_flag

NUMBER = {"en-US": "9 1 1", "en-CA": "9 1 1", "en-GB": "9 9 9", "en-AU": "triple zero",
          "en-IN": "1 1 2"}
SUDDEN_LEFT = {"onset": "suddenly", "side": "the left leg", "duration": "an hour"}


def said_at(handler, locale: str, question: str, text: str, before: dict[str, str]):
    sim = Simulator(locale=locale, handler=handler)
    at_question(sim, question, before)
    return sim.say(text)

PASSED_YES = [
    ("en-GB", "it was, but it's fine now"),
    ("en-US", "it did, but it's gone now"),
    ("en-AU", "it has, but it's better now"),
    ("en-IN", "it did for a few minutes, then it went back to normal"),
    ("en-CA", "it was, but it passed"),
    ("en-GB", "they were, but they're fine now"),
    ("en-US", "he did, but he's okay now"),
    ("en-AU", "she was, but it wore off"),
    ("en-IN", "I was, but it's fine now"),
    ("en-CA", "it did but it went away"),
]


@pytest.mark.parametrize(("locale", "text"), PASSED_YES)
def test_a_short_yes_to_a_sign_that_passed_is_a_yes(handler, locale: str, text: str) -> None:
    reply = said_at(handler, locale, "sudden_signs", text, SUDDEN_LEFT)
    assert "didn't catch" not in reply.speech, reply.speech
    assert "sudden_signs=yes" in answers(reply)


@pytest.mark.parametrize(("locale", "text"), PASSED_YES)
def test_a_stroke_sign_that_passed_said_so_is_still_the_emergency(
        handler, locale: str, text: str) -> None:
    reply = said_at(handler, locale, "face_arm_speech", text,
                    {**SUDDEN_LEFT, "sudden_signs": "yes"})
    assert "stroke_signs" in every_flag(reply)
    assert reply.speech.startswith("Warning.") and NUMBER[locale] in reply.speech, reply.speech


@pytest.mark.parametrize(("locale", "text"), [
    ("en-GB", "no, it's fine"),
    ("en-US", "nope, all fine"),
    ("en-AU", "no, it didn't"),
    ("en-IN", "no, it's been fine"),
])
def test_a_no_said_with_fine_stays_a_no(handler, locale: str, text: str) -> None:
    reply = said_at(handler, locale, "sudden_signs", text, SUDDEN_LEFT)
    assert "sudden_signs=no" in answers(reply), reply.speech
    assert not every_flag(reply)


POSITIONAL = [
    "my feet go numb when I sit on them but they're fine again once I move",
    "my legs go numb when I sit cross legged",
    "my foot goes dead when I sit on it",
    "when I'm sitting my feet feel numb, then it wears off when I get up",
    "my toes go numb if I sit on my feet for too long",
    "my legs fall asleep when I sit on the floor",
    "my feet go numb when I sit on the toilet too long",
]
LOCALES = ("en-US", "en-GB", "en-AU", "en-IN", "en-CA")


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("text", POSITIONAL)
def test_a_limb_numb_from_sitting_on_it_is_no_saddle_numbness(
        handler, locale: str, text: str) -> None:
    _, reply = opening(handler, locale, text)
    assert "saddle_numbness" not in answers(reply)
    assert not every_flag(reply), reply.speech


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("text", [
    "numb where I sit",
    "numb around my bottom when I sit on the toilet",
    "I can't feel the toilet paper",
    "my bottom goes numb when I sit",
    "it's numb between my legs when I sit",
    "when I sit down I can't feel my bum",
    "my bum and legs go numb when I sit",
    "my inner thighs go numb when I sit",
    "when I'm sitting my bum and feet go numb",
])
def test_numbness_where_one_sits_still_warns_at_once(handler, locale: str, text: str) -> None:
    _, reply = opening(handler, locale, text)
    assert every_flag(reply) & {"cauda_equina_saddle", "cauda_equina_signs"}, reply.speech
    assert reply.speech.startswith("Warning.") and NUMBER[locale] in reply.speech, reply.speech

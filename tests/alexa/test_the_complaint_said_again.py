"""The complaint said again (round 8): at a question, a person who says what brought them ("my
legs are numb", "I've got numb feet") has said the very thing Leg Check screens, so it is
understood: a short acknowledgement and the question again, never "Sorry, I didn't catch that",
and never a miss towards the choices and "not sure". What else the words give (a side, a length)
is kept as any volunteered value is, and a red flag said with it is warned first.

By construction: wordings of our own, written before the code changed, in the five locales.
"""

from __future__ import annotations

import pytest

from alexa_simulator import Simulator
from tests.alexa.test_carers_and_passed_signs import SUDDEN_LEFT, opening
from tests.alexa.test_free_speech import answers, at_question, every_flag

LOCALES = ("en-US", "en-GB", "en-AU", "en-IN", "en-CA")
NUMBER = {"en-US": "9 1 1", "en-CA": "9 1 1", "en-GB": "9 9 9", "en-AU": "triple zero",
          "en-IN": "1 1 2"}
ACKNOWLEDGED = "that's what we're checking"
MISSED = "didn't catch"
ONSET = "Did it come on suddenly, or slowly?"

RESTATED = [
    ("en-US", "my legs are numb"),
    ("en-GB", "my legs are tingling"),
    ("en-AU", "I've got numb feet"),
    ("en-CA", "my husband's legs are numb"),
    ("en-IN", "my feet have gone all tingly"),
    ("en-GB", "it's my feet, they're numb"),
    ("en-US", "numbness in my legs"),
    ("en-AU", "my toes keep tingling"),
    ("en-IN", "my wife's feet are numb"),
    ("en-CA", "my legs feel prickly"),
]


def misses(reply) -> int:
    return reply.session_attributes["screening"].get("misses") or 0


@pytest.mark.parametrize(("locale", "text"), RESTATED)
def test_the_complaint_said_at_the_first_question_is_acknowledged_and_asked_again(
        handler, locale: str, text: str) -> None:
    _, reply = opening(handler, locale, text)
    assert MISSED not in reply.speech, reply.speech
    assert ACKNOWLEDGED in reply.speech and reply.speech.endswith(ONSET), reply.speech
    assert misses(reply) == 0
    assert reply.session_attributes["screening"]["current"] == "onset"


@pytest.mark.parametrize("locale", LOCALES)
def test_the_complaint_said_again_is_no_miss_towards_the_choices(handler, locale: str) -> None:
    sim, _ = opening(handler, locale, "my legs are numb")
    # said again at once: the choices come with it, still no miss
    again = sim.say("my feet are numb")
    assert MISSED not in again.speech and "You can say suddenly, slowly, or not sure" in \
        again.speech, again.speech
    assert misses(again) == 0
    # words not understood after it are the first miss, not the second
    missed = sim.say("wibble wobble")
    assert missed.speech.startswith("Sorry, I didn't catch that."), missed.speech
    assert misses(missed) == 1


@pytest.mark.parametrize(("locale", "text", "recorded"), [
    ("en-GB", "pins and needles in both feet", "side=both_legs"),
    ("en-US", "my left leg is numb", "side=one_leg"),
    ("en-AU", "numb feet for about three weeks", "duration=weeks"),
    ("en-IN", "my legs are numb, it started two weeks ago", "duration=weeks"),
])
def test_what_else_the_complaint_gives_is_kept_for_later(
        handler, locale: str, text: str, recorded: str) -> None:
    sim, reply = opening(handler, locale, text)
    assert MISSED not in reply.speech, reply.speech
    assert recorded in answers(reply)
    assert reply.speech.endswith(ONSET)
    # the side said with it is not asked again
    reply = sim.say("slowly")
    if recorded.startswith("side"):
        assert reply.session_attributes["screening"]["current"] != "side"


@pytest.mark.parametrize(("locale", "text", "flag"), [
    ("en-US", "my feet are numb and my face has dropped", "stroke_signs"),
    ("en-GB", "my legs are tingling and my speech has gone slurred", "stroke_signs"),
    ("en-IN", "my feet are numb and my face is drooping to one side", "stroke_signs"),
    # a sign whose timing decides its flag: the timing is asked, never the acknowledgement
    ("en-AU", "my legs are numb and I've wet myself without knowing", None),
])
def test_a_red_flag_said_with_the_complaint_keeps_its_warning_first(
        handler, locale: str, text: str, flag: str | None) -> None:
    _, reply = opening(handler, locale, text)
    assert ACKNOWLEDGED not in reply.speech and MISSED not in reply.speech, reply.speech
    if flag is not None:
        assert flag in every_flag(reply)
        assert reply.speech.startswith("Warning.") and NUMBER[locale] in reply.speech
    else:
        assert reply.session_attributes["screening"]["current"] == "recent"


@pytest.mark.parametrize("locale", LOCALES)
def test_the_complaint_said_at_a_later_question_answers_nothing_and_asks_it_again(
        handler, locale: str) -> None:
    sim = Simulator(locale=locale, handler=handler)
    asked = at_question(sim, "sudden_signs", SUDDEN_LEFT)
    reply = sim.say("my legs are numb")
    assert ACKNOWLEDGED in reply.speech and MISSED not in reply.speech, reply.speech
    assert reply.session_attributes["screening"]["current"] == "sudden_signs"
    assert "sudden_signs=" not in answers(reply)
    assert answers(reply) == answers(asked)

"""Review8 leads, played through the skill as Alexa sends it, by construction: the review's
sentences and wordings of our own, written before the code changed.

- R1: breathlessness said in a panic beside numbness rising to the chest or legs giving way is
  Guillain-Barre's picture: warned at once (rule 3), never a "Just to check" a "no" could end.
  Controls: a panic's own tingling lips, jelly legs and gasping are still only confirmed.
"""

from __future__ import annotations

import pytest

from alexa_simulator import Simulator
from tests.alexa.test_free_speech import every_flag

WARNING = "Warning."
NUMBER = {"en-US": "9 1 1", "en-CA": "9 1 1", "en-GB": "9 9 9", "en-AU": "triple zero",
          "en-IN": "1 1 2"}


def opening(locale: str, text: str):
    sim = Simulator(locale=locale)
    sim.launch()
    return sim, sim.say(text)


@pytest.mark.parametrize(("locale", "text"), [
    # the review's sentences
    ("en-CA", "I'm having a panic attack, I can't catch my breath, and the numbness has gone up "
              "to my chest"),
    ("en-US", "I'm panicking, I can't catch my breath, the numbness is up to my chest"),
    # our own wordings: rising numbness, or legs giving way, beside breathlessness in a panic
    ("en-US", "I'm having a panic attack, I can't catch my breath, and the numbness has gone up "
              "to my chest"),
    ("en-GB", "I'm in a panic and gasping, the tingling has crept up past my belly button"),
    ("en-AU", "panic attack, I'm short of breath and the numbness keeps moving up my body"),
    ("en-IN", "I am panicking, I am not able to catch my breath and the numbness has come up "
              "to my chest"),
    ("en-US", "I'm having a panic attack, I'm out of breath and my legs won't hold me up"),
    ("en-CA", "I'm panicking, I can't get my breath and my legs have gone floppy"),
])
def test_breathlessness_in_a_panic_beside_rising_numbness_or_weak_legs_is_warned_at_once(
        locale: str, text: str) -> None:
    _, reply = opening(locale, text)
    assert reply.speech.startswith(WARNING) and NUMBER[locale] in reply.speech, reply.speech
    assert "breathing_swallowing" in every_flag(reply), text


@pytest.mark.parametrize(("locale", "text"), [
    ("en-CA", "I'm having a panic attack, my lips are tingling and I'm gasping"),
    ("en-US", "I'm panicking, I can't catch my breath and my fingers are tingling"),
    ("en-GB", "I'm panicking and breathless, my fingers tingle and my legs feel like jelly"),
])
def test_a_panics_own_gasping_tingling_and_jelly_legs_are_still_only_confirmed(
        locale: str, text: str) -> None:
    _, reply = opening(locale, text)
    assert not reply.speech.startswith(WARNING), reply.speech
    assert reply.speech.startswith("Just to check"), reply.speech


# -- O-1, O3: "not normal / not usual (for me)" says a change; the sign after it is present ------

def at_question(locale: str, question: str, opening_text: str = "my feet tingle"):
    sim = Simulator(locale=locale)
    sim.launch()
    reply = sim.say(opening_text)
    plain = {"onset": "slowly", "side": "both legs", "duration": "for weeks"}
    for _ in range(30):
        current = reply.session_attributes["screening"].get("current")
        if current == question:
            return sim, reply
        reply = sim.say(plain.get(current, "no"))
    raise AssertionError(f"{question} never asked")


def history(reply) -> str:
    return reply.session_attributes["screening"]["history"]


@pytest.mark.parametrize(("locale", "text"), [
    # the review's sentences
    ("en-GB", "it's not normal for me, I can't feel when I pee"),
    ("en-US", "it's not normal for me, I can't feel when I pee"),
    ("en-US", "that's not normal, I keep wetting myself"),
    ("en-US", "it isn't usual for me, I can't hold my wee"),
    ("en-US", "not my usual, I've been wetting myself"),
    # our own wordings
    ("en-AU", "not normal for me mate, I can't tell when I need a wee"),
    ("en-GB", "it's not like usual, I've had accidents with my bowels"),
    ("en-CA", "that isn't normal for me, I haven't been able to pee since last night"),
    ("en-IN", "it is not my usual, I am not able to hold my urine"),
])
def test_a_bladder_sign_after_not_normal_for_me_is_present_at_the_group_question(
        locale: str, text: str) -> None:
    sim, _ = at_question(locale, "cauda_equina_signs")
    reply = sim.say(text)
    said = history(reply)
    assert "bladder_bowel=no" not in said, (text, said)
    assert "bladder_bowel=yes" in said or reply.speech.startswith(("Warning.", "Just to check")), (
        text, said, reply.speech)
    # and the warning follows a yes to its timing
    while reply.session_attributes["screening"].get("current") == "recent" or (
            reply.speech.startswith("Just to check")):
        reply = sim.say("yes")
    assert NUMBER[locale] in reply.speech, reply.speech


@pytest.mark.parametrize(("locale", "text"), [
    ("en-US", "no, it's all normal for me down there"),
    ("en-GB", "no, my bladder is normal"),
    ("en-AU", "nah, all as usual"),
])
def test_normal_as_usual_still_denies_at_the_group_question(locale: str, text: str) -> None:
    sim, _ = at_question(locale, "cauda_equina_signs")
    reply = sim.say(text)
    assert not reply.speech.startswith("Warning."), reply.speech
    assert "bladder_bowel=yes" not in history(reply)


# -- O0b: "(it's) for me, not <someone>" says whose, never whether ------------------------------

@pytest.mark.parametrize(("locale", "text", "flag"), [
    # the review's sentences
    ("en-GB", "it's for me, not my husband, my face dropped and my leg went numb", "stroke_signs"),
    ("en-CA", "my son's fine, not him, it's me, my face dropped and my leg went numb",
     "stroke_signs"),
    ("en-US", "it's for me not my dad, my legs gave way this morning", "new_leg_weakness"),
    # our own wordings
    ("en-AU", "it's for me, not my mate, my mouth's gone to one side and my leg's numb",
     "stroke_signs"),
    ("en-IN", "it is for me, not my father, my face is drooping and my leg is numb",
     "stroke_signs"),
    ("en-US", "this is about me not my wife, my legs suddenly gave out this morning",
     "new_leg_weakness"),
    ("en-GB", "it's me, not my mum, I've wet myself and my bottom's gone numb", None),
])
def test_for_me_not_someone_keeps_the_speakers_signs(locale: str, text: str,
                                                     flag: str | None) -> None:
    _, reply = opening(locale, text)
    said = reply.session_attributes["screening"]["history"]
    assert "=no" not in said, (text, said)
    if flag:
        assert reply.speech.startswith(WARNING) and NUMBER[locale] in reply.speech, reply.speech
        assert flag in every_flag(reply)


@pytest.mark.parametrize(("locale", "text"), [
    ("en-US", "it's not my legs that are weak, it's my arms"),
    ("en-GB", "my legs are not weak, just tingly"),
    ("en-AU", "not my husband, me, and my legs aren't weak, just tingly"),
])
def test_a_not_said_of_the_sign_still_denies_it(locale: str, text: str) -> None:
    _, reply = opening(locale, text)
    assert not reply.speech.startswith(WARNING), reply.speech
    assert "leg_weakness=yes" not in reply.session_attributes["screening"]["history"]

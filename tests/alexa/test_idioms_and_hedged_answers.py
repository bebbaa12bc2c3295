"""Everyday idioms, polite denials and hedged answers, through the skill as Alexa sends them: an
idiom that only looks like an alarm raises no flag, "can't say I have" is a no (never a "not sure"
that would raise a red flag by the more-urgent rule), and a side said with a hedge is understood."""

from __future__ import annotations

import pytest

from alexa_simulator import Simulator
from tests.alexa.test_free_speech import WARNING, answers, at_question, every_flag

# Plain answers that open the questions asked only after a "yes" (as tests/phrasings/runner.py).
OPENS = {
    "saddle_numbness": {"cauda_equina_signs": "yes"},
    "bladder_bowel": {"cauda_equina_signs": "yes"},
    "fever": {"back_pain": "yes", "back_signs": "yes"},
    "injury": {"onset": "suddenly", "injury_or_pain": "yes"},
}


@pytest.mark.parametrize(("question", "text"), [
    ("saddle_numbness", "I can't say I have"),
    ("saddle_numbness", "can't say that I've noticed, no"),
    ("fever", "can't say I have, I've felt fine"),
])
def test_cant_say_i_have_at_a_red_flag_question_is_a_no_and_raises_nothing(
        sim: Simulator, question: str, text: str) -> None:
    at_question(sim, question, OPENS.get(question))
    reply = sim.say(text)
    assert not every_flag(reply) and not reply.speech.startswith(WARNING), reply.speech
    assert f"{question}=no" in answers(reply)


@pytest.mark.parametrize(("question", "text", "finding", "value"), [
    # a little accident is a wet one: the bladder, not a spinal injury
    ("bladder_bowel", "I had a little accident last week, yes", "bladder_bowel", "yes"),
    ("fever", "no, it's just a touch of man flu", "fever", "no"),
    ("fever", "no, I'm taking antibiotics for a chest infection", "fever", "no"),
    ("injury", "no, I stumbled on the step but I didn't fall", "injury", "no"),
])
def test_an_everyday_idiom_is_not_the_alarm_it_looks_like(
        sim: Simulator, question: str, text: str, finding: str, value: str) -> None:
    at_question(sim, question, OPENS.get(question))
    reply = sim.say(text)
    assert f"{finding}={value}" in answers(reply)
    assert "spinal_injury" not in every_flag(reply)
    if value == "no":
        assert not every_flag(reply) and not reply.speech.startswith(WARNING), reply.speech


def test_pins_and_needles_is_tingling_not_a_leg_pinned_down(sim: Simulator) -> None:
    at_question(sim, "side")
    reply = sim.say("both legs, pins and needles, nothing more")
    assert "compartment_syndrome" not in every_flag(reply)
    assert not reply.speech.startswith(WARNING), reply.speech


@pytest.mark.parametrize(("text", "finding"), [
    ("no bandage, no plaster, nothing like that", "compartment"),
    ("it's not swollen or tight, it looks normal", "compartment"),
    ("only the soles of my feet, not the whole leg", "whole_leg"),
    ("my clothes fit the same as they always have", "weight_loss"),
])
def test_a_denial_in_everyday_words_is_recorded_as_no(sim: Simulator, text: str,
                                                     finding: str) -> None:
    at_question(sim, "onset")
    reply = sim.say(text)
    assert f"{finding}=no" in answers(reply)
    assert not every_flag(reply)


@pytest.mark.parametrize(("text", "side"), [
    ("more the right than the left", "both_legs"),
    ("each of them, now and then", "both_legs"),
    ("mostly just the one, the right", "one_leg"),
])
def test_a_side_said_with_a_hedge_is_understood(sim: Simulator, text: str, side: str) -> None:
    at_question(sim, "side")
    reply = sim.say(text)
    assert f"side={side}" in answers(reply), reply.speech


def test_now_and_again_then_more_words_is_a_yes(sim: Simulator) -> None:
    at_question(sim, "urge_to_move")
    reply = sim.say("now and again, at bedtime I can't keep them still")
    assert "urge_to_move=yes" in answers(reply), reply.speech


@pytest.mark.parametrize("text", [
    "not really numb, more tingly", "not as much feeling as before", "I wouldn't say it's normal",
])
def test_feeling_changed_or_less_at_a_red_flag_question_is_a_yes(sim: Simulator,
                                                                 text: str) -> None:
    """Safety first: less or odd feeling is not a denial of a numb saddle."""
    at_question(sim, "saddle_numbness", OPENS["saddle_numbness"])
    reply = sim.say(text)
    assert "saddle_numbness=yes" in answers(reply)
    assert reply.speech.startswith(WARNING) and "cauda_equina_saddle" in every_flag(reply)

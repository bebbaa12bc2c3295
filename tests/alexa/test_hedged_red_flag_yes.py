"""Review5's findings, played through the skill as Alexa sends them: a red flag said with a doubt
or a softening word to the question that asks it is not sure at once (the warning now, the
flag's not-sure level; no check a "no" could clear: R1, R3); every sign read in a group answer is
kept (R2); a group asked again after one of its signs was checked is asked in other words, and
the same words said there are understood (N2); a fall dated long before, said at the opening, is
no unsure spinal injury (N1)."""

from __future__ import annotations

import pytest

from alexa_simulator import Simulator
from tests.alexa.test_free_speech import answers, at_question, every_flag
from tests.alexa.test_safety_review import CHECK, triage


def finish(sim: Simulator, reply, default: str = "no"):
    """Answer `default` to every question left until the result; the last reply."""
    for _ in range(40):
        if "assessment" in reply.session_attributes:
            return reply
        reply = sim.say(default)
    raise AssertionError("no result")


SUDDEN_ONE_LEG = {"onset": "suddenly", "side": "my left leg", "duration": "an hour"}
SLOW_BOTH_LEGS = {"onset": "slowly", "side": "both legs", "duration": "a few days"}
EMERGENCY = {"en-US": "9 1 1", "en-CA": "9 1 1", "en-GB": "9 9 9", "en-AU": "triple zero"}
SUDDEN_BOTH_LEGS = {"onset": "suddenly", "side": "both legs", "duration": "since this morning"}


@pytest.mark.parametrize(("locale", "start", "question", "text", "flag"), [
    # a doubt said last (R1)
    ("en-US", SUDDEN_ONE_LEG, "sudden_signs", "my face is drooping I think", "stroke_signs"),
    ("en-US", SUDDEN_ONE_LEG, "sudden_signs", "my leg is cold and white I think",
     "limb_ischaemia"),
    ("en-US", SUDDEN_ONE_LEG, "sudden_signs", "my speech is a bit slurred I guess",
     "stroke_signs"),
    ("en-CA", SUDDEN_ONE_LEG, "sudden_signs", "my face is drooping probably", "stroke_signs"),
    ("en-AU", SLOW_BOTH_LEGS, "cauda_equina_signs", "it feels numb between my legs I reckon",
     "cauda_equina_saddle"),
    ("en-GB", SUDDEN_BOTH_LEGS, "injury_or_pain", "I fell down the stairs this morning I think",
     "spinal_injury"),
    # a doubt said first (R1)
    ("en-US", SUDDEN_ONE_LEG, "sudden_signs", "I think my face is drooping", "stroke_signs"),
    ("en-US", SUDDEN_ONE_LEG, "sudden_signs", "maybe, my leg is cold and pale", "limb_ischaemia"),
    ("en-AU", SUDDEN_BOTH_LEGS, "injury_or_pain",
     "could be, I slipped in the shower this morning", "spinal_injury"),
    # a degree word (R3)
    ("en-CA", SUDDEN_ONE_LEG, "sudden_signs", "my leg is slightly cold and pale",
     "limb_ischaemia"),
    ("en-US", SUDDEN_ONE_LEG, "sudden_signs", "my speech is a little bit slurred",
     "stroke_signs"),
    ("en-GB", SLOW_BOTH_LEGS, "cauda_equina_signs", "it's a bit numb round my back passage",
     "cauda_equina_saddle"),
    ("en-AU", SUDDEN_BOTH_LEGS, "cauda_equina_signs", "I'm finding it hard to walk I think",
     "new_leg_weakness"),
])
def test_a_hedged_red_flag_yes_to_its_question_is_warned_at_once_and_never_cleared_by_a_no(
        locale: str, start: dict[str, str], question: str, text: str, flag: str) -> None:
    sim = Simulator(locale=locale)
    at_question(sim, question, start)
    reply = sim.say(text)
    assert not reply.speech.startswith(CHECK), reply.speech
    assert reply.speech.startswith("Warning.") and EMERGENCY[locale] in reply.speech, reply.speech
    assert flag in every_flag(reply), (every_flag(reply), answers(reply))
    # Whatever comes next, a "no" takes nothing back: the emergency stands.
    reply = finish(sim, reply)
    assert triage(reply) == "emergency"
    assert flag in every_flag(reply)


def test_a_growing_weakness_said_with_a_doubt_last_is_warned_not_checked() -> None:
    sim = Simulator(locale="en-CA")
    at_question(sim, "cauda_equina_signs", SLOW_BOTH_LEGS)
    reply = sim.say("my legs are getting weaker I think")
    assert not reply.speech.startswith(CHECK), reply.speech
    assert "leg_weakness=unsure" in answers(reply), answers(reply)
    reply = finish(sim, reply)
    assert triage(reply) in ("urgent", "emergency")


@pytest.mark.parametrize(("locale", "text"), [
    ("en-CA", "no, but my arm feels a bit weak"),
    ("en-US", "I think my arm might be a bit weak, not sure"),
    ("en-IN", "my arm is weak I suppose"),
])
def test_a_weak_arm_said_with_a_no_or_a_doubt_at_the_sudden_signs_keeps_the_stroke(
        locale: str, text: str) -> None:
    sim = Simulator(locale=locale)
    at_question(sim, "sudden_signs", SUDDEN_ONE_LEG)
    reply = sim.say(text)
    assert "stroke_signs" in every_flag(reply), (every_flag(reply), answers(reply))
    reply = finish(sim, reply)
    assert triage(reply) == "emergency"
    assert reply.session_attributes["assessment"]["causes"][0] == "stroke"


def test_a_group_after_its_sign_was_checked_is_asked_in_other_words_and_understood() -> None:
    sim = Simulator(locale="en-GB")
    first = at_question(sim, "cauda_equina_signs", SLOW_BOTH_LEGS)
    reply = sim.say("things feel different down there")
    assert reply.speech.startswith(CHECK), reply.speech
    reply = sim.say("no")
    assert reply.session_attributes["screening"]["current"] == "cauda_equina_signs"
    assert first.speech.split(". ")[-1] not in reply.speech, reply.speech
    reply = sim.say("things feel different down there")
    assert "didn't catch" not in reply.speech, reply.speech
    assert "cauda_equina_signs=unsure" in answers(reply), answers(reply)
    # each of its signs is asked in turn
    assert reply.session_attributes["screening"]["current"] in (
        "leg_weakness", "bladder_bowel", "saddle_numbness")


def test_a_fall_last_year_said_at_the_opening_is_asked_about_not_an_unsure_spinal_injury() -> None:
    sim = Simulator(locale="en-US")
    sim.launch()
    reply = sim.say("my right leg went numb suddenly this morning, "
                    "I did fall but that was last year")
    assert "spinal_injury" not in every_flag(reply), reply.speech
    assert "injury=unsure" not in answers(reply)
    assert reply.speech.startswith(CHECK), reply.speech
    reply = sim.say("that was last year")
    assert "injury=no" in answers(reply), (answers(reply), reply.speech)
    assert not every_flag(reply)


def test_a_sign_named_after_a_polite_no_is_warned_at_once() -> None:
    # review5 N3: "not really" answers on its own; its "not" does not deny the speech named after
    sim = Simulator(locale="en-AU")
    at_question(sim, "sudden_signs", SUDDEN_ONE_LEG)
    reply = sim.say("not really, my speech was a bit slurred earlier")
    assert reply.speech.startswith("Warning.") and "triple zero" in reply.speech, reply.speech
    assert "stroke_signs" in every_flag(reply)

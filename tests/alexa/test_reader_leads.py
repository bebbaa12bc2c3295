"""Words the reader used to take the wrong way, found by driving the simulator, played through
the skill as Alexa sends them: a limb that will not move is weakness, never a denial that the
numbness is spreading; weekdays and other dates count from the request's own date; a vague or
hedged denial of a red flag is never a firm no."""

from __future__ import annotations

import pytest

from alexa_simulator import Simulator
from tests.alexa.test_free_speech import answers, at_question


# -- a limb that does not move (L1) -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I can't feel or move my leg",
    "my legs are asleep and I can't move them",
    "my leg won't move",
    "I can't move my legs",
    "my leg is not moving",
    "I'm unable to move my leg",
])
def test_a_leg_that_will_not_move_is_weakness_never_a_denial_of_spreading(
        sim: Simulator, text: str) -> None:
    at_question(sim, "onset")
    reply = sim.say(text)
    history = answers(reply)
    assert "spreading_up=no" not in history, history
    assert "leg_weakness=yes" in history or reply.speech.startswith("Just to check:"), (
        history, reply.speech)


def test_the_spreading_question_is_still_asked_after_a_leg_that_will_not_move(
        sim: Simulator) -> None:
    at_question(sim, "onset")
    reply = sim.say("I can't feel or move my leg")
    for _ in range(30):
        current = reply.session_attributes["screening"].get("current")
        if current == "spreading_up" or "assessment" in reply.session_attributes:
            break
        reply = sim.say({"onset": "slowly", "side": "both legs",
                         "duration": "a few days"}.get(current, "no"))
    assert reply.session_attributes["screening"].get("current") == "spreading_up"


@pytest.mark.parametrize("text", [
    "it hasn't moved", "no, it's not moving", "the numbness hasn't moved up",
    "it's stayed in my feet", "the tingling hasn't spread", "no it is not spreading",
])
def test_the_numbness_not_moving_still_denies_spreading(sim: Simulator, text: str) -> None:
    at_question(sim, "spreading_up", {"duration": "a few days"})
    reply = sim.say(text)
    assert "spreading_up=no" in answers(reply), (answers(reply), reply.speech)


# -- "no, not ..." keeps its "not" (L5) ---------------------------------------------------------

@pytest.mark.parametrize(("text", "finding"), [
    ("no, not since the fall", "injury"),
    ("nope, not my bladder", "bladder_bowel"),
    ("no, not too bad", "severe_pain"),
    ("no, never had cancer", "cancer_history"),
])
def test_no_not_said_together_denies_what_follows(sim: Simulator, text: str,
                                                  finding: str) -> None:
    at_question(sim, "cauda_equina_signs")
    reply = sim.say(text)
    assert f"{finding}=yes" not in answers(reply), answers(reply)
    assert not reply.speech.startswith(("Warning", "Just to check:")), reply.speech


"""Words last round's safety review and notes found taken the wrong way (round 6), played through
the skill as Alexa sends them: a number said in an opening reaches the skill, one leg named by
what else is wrong with it is one leg, a numbness that swaps sides is in both legs, a
thing taken off a leg and a leg that feels cut off raise no finding, part of today answers how
long, and a read-back says no more than the person said."""

from __future__ import annotations

import pytest

from alexa_simulator import Simulator
from tests.alexa.test_free_speech import answers, at_question


def intent(reply) -> str:
    return reply.request["request"]["intent"]["name"]


# -- a number said with the words around it ----------------------------------------------------

@pytest.mark.parametrize("text", ["type 1 diabetic, my feet are numb",
                                  "type 2 diabetic and my feet tingle",
                                  "I'm a type 2 diabetic and my feet tingle"])
def test_a_diabetes_type_said_in_digits_in_the_opening_is_heard_as_diabetes(
        sim: Simulator, text: str) -> None:
    sim.launch()
    reply = sim.say(text)
    assert intent(reply) != "AMAZON.FallbackIntent"
    assert "diabetes=yes" in answers(reply), (answers(reply), reply.speech)


# -- which leg --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["only the leg with the bad hip", "just the one with my bad knee",
                                  "the leg with the bad hip", "the foot with the bunion"])
def test_one_leg_named_by_what_else_is_wrong_with_it_is_one_leg(sim: Simulator,
                                                                 text: str) -> None:
    at_question(sim, "side")
    assert "side=one_leg" in answers(sim.say(text))


@pytest.mark.parametrize("text", ["it keeps swapping sides", "it swaps from one side to the other",
                                  "it alternates", "it switches between my legs"])
def test_a_numbness_that_swaps_sides_counts_as_both_legs(sim: Simulator, text: str) -> None:
    # both legs are affected, if in turn: the more urgent reading (safety rule 3)
    at_question(sim, "side", {"onset": "suddenly"})
    assert "side=both_legs" in answers(sim.say(text))


def test_numbness_that_started_in_one_leg_and_then_the_other_is_still_both_legs(
        sim: Simulator) -> None:
    at_question(sim, "side")
    assert "side=both_legs" in answers(sim.say("it started in one then the other"))


# -- words that name no finding -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "wrong"), [
    ("I pulled a tick off my leg last week", "leg_weakness"),
    ("I took a plaster off my leg", "leg_weakness"),
    ("my leg feels cut off", "foot_wound"),
    ("my leg is cut off", "foot_wound"),
    ("my foot feels like it's cut off", "foot_wound"),
])
def test_a_thing_taken_off_a_leg_or_a_leg_that_feels_cut_off_raises_no_finding(
        sim: Simulator, text: str, wrong: str) -> None:
    at_question(sim, "onset")
    reply = sim.say(text)
    assert f"{wrong}=" not in answers(reply), (answers(reply), reply.speech)


@pytest.mark.parametrize("text", ["I've been off my legs all week", "I've gone off my legs"])
def test_being_off_ones_legs_is_still_weakness(sim: Simulator, text: str) -> None:
    at_question(sim, "onset")
    reply = sim.say(text)
    assert "leg_weakness=yes" in answers(reply) or reply.speech.startswith(("Warning",
                                                                          "Just to check:"))


def test_circulation_cut_off_is_still_the_cold_leg_sign(sim: Simulator) -> None:
    at_question(sim, "onset")
    assert "cold_pale_leg=yes" in answers(sim.say("my circulation is cut off"))


# -- how long -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["this morning", "from this morning", "this afternoon",
                                  "earlier today", "since this morning"])
def test_part_of_today_answers_how_long_as_hours(sim: Simulator, text: str) -> None:
    at_question(sim, "duration", {"onset": "suddenly", "side": "one leg"})
    assert "duration=hours" in answers(sim.say(text))


# -- read-back ----------------------------------------------------------------------------------

def test_a_read_back_of_lupus_names_no_vasculitis() -> None:
    sim = Simulator(locale="en-AU")
    sim.launch()
    reply = sim.say("I have lupus and my feet tingle")
    for _ in range(40):
        if "assessment" in reply.session_attributes:
            break
        current = reply.session_attributes["screening"].get("current")
        reply = sim.say({"onset": "slowly", "side": "both legs",
                         "duration": "months"}.get(current, "no"))
    assert "known_lupus=yes" in answers(reply)
    assert "you have lupus or vasculitis" not in reply.speech
    assert "inflammatory illness" in reply.speech

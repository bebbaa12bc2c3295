"""Words that sound like a warning sign or a date but, in context, are not: the numbness of
pressure after sitting or kneeling, a child counted ("since my second baby"), and a leg that
"feels like it's not mine". Driven through the skill as Alexa sends them."""

from __future__ import annotations

from alexa_simulator import Simulator
from skill.understanding.reader import default_reader

WARNING = "Warning."


def _screening(reply) -> dict:
    return reply.session_attributes.get("screening", {})


def test_dead_legs_after_kneeling_are_confirmed_not_warned_at_once(sim: Simulator) -> None:
    """NHS pins and needles: pressure from kneeling or sitting, gone on moving. "Went completely
    dead" and "could hardly stand" are asked about once; a yes still gives the emergency."""
    sim.launch()
    reply = sim.say("I knelt on the floor fixing the sink for an hour and both legs went "
                    "completely dead, I could hardly stand, it wore off after a bit")
    assert not reply.speech.startswith(WARNING), reply.speech
    assert reply.speech.startswith("Just to check"), reply.speech
    reply = sim.say("yes, the whole leg")
    assert reply.speech.startswith(WARNING), reply.speech


def test_dead_legs_after_kneeling_that_passed_are_self_care_when_denied(sim: Simulator) -> None:
    sim.launch()
    reply = sim.say("my legs went totally numb sitting cross legged at the assembly and I could "
                    "barely stand up, they're fine now")
    assert reply.speech.startswith("Just to check"), reply.speech
    plain = {"onset": "suddenly", "side": "both legs", "duration": "a few minutes",
             "positional": "yes"}
    for _ in range(25):
        if "assessment" in reply.session_attributes:
            break
        current = _screening(reply).get("current")
        reply = sim.say(plain.get(current, "no"))
    assert reply.session_attributes["assessment"]["triage"] == "self_care"
    assert not reply.session_attributes["assessment"].get("red_flags")


def test_a_dead_leg_after_sitting_that_has_not_passed_is_warned_at_once(sim: Simulator) -> None:
    sim.launch()
    reply = sim.say("I was sitting on the floor and my whole leg went dead, an hour later it "
                    "still hasn't come back")
    assert reply.speech.startswith(WARNING), reply.speech


def test_a_child_counted_after_since_dates_nothing() -> None:
    """"Ever since my third child" is no 3rd of this month: a leak of years is not timed as new."""
    reading = default_reader().read("I've leaked when I laugh ever since my third child")
    assert reading.length not in ("hours", "days")
    assert default_reader().read("it started on the second of March").length is not None


def test_a_leg_that_feels_like_someone_elses_denies_nothing_said_with_it() -> None:
    reading = default_reader().read(
        "my feet feel like they're not my own, and the tingling is creeping up to my knees")
    spreading = [f for f in reading.findings if f.id == "spreading_up"]
    assert spreading and spreading[0].present


def test_a_rash_said_to_have_gone_is_no_rash_but_one_gone_red_is() -> None:
    """Post-herpetic neuralgia comes after the rash has gone (NHS); a rash that has changed
    colour is still there."""
    reader = default_reader()
    for said, present in (("the rash has gone but it still burns", False),
                          ("a round rash on my calf that faded", False),
                          ("the blisters on my shin have gone red", True)):
        rash = [f for f in reader.read(said).findings if f.id == "rash"]
        assert rash and rash[0].present is present, said

"""Review7's R3, R4 and R6, played through the skill as Alexa sends them: round 7's rules must
not lower a real emergency. Panic confirms only what over-breathing itself brings (tingling lips
and hands, a light head, jelly legs); a stress leak said to have changed is not the old kind; a
burning foot at night beside a colour change, a cold foot or pain whatever is done is rest pain at
once. The review's own sentences first, then wordings of our own in five locales' idioms."""

from __future__ import annotations

import pytest

from alexa_simulator import Simulator
from tests.alexa.test_passed_panic_old_leak_and_night_burning import leak_beside_position
from tests.alexa.test_safety_review import play, triage

WARNING = "Warning."
NUMBER = {"en-US": "9 1 1", "en-GB": "9 9 9", "en-CA": "9 1 1", "en-AU": "triple zero",
          "en-IN": "1 1 2"}


def flags(reply) -> list[str]:
    return reply.session_attributes["assessment"]["red_flags"]

ANSWERS = {"onset": "slowly", "side": "both legs", "duration": "a few days"}


def finish(sim: Simulator, reply, said: dict[str, str]):
    """Answer each question from `said` (else "no") until the result; the reply with it."""
    for _ in range(40):
        if "assessment" in reply.session_attributes:
            return reply
        reply = sim.say(said.get(reply.session_attributes["screening"].get("current"), "no"))
    raise AssertionError("no result")


# -- R3: panic does not soften signs panic does not bring ------------------------------------

PANIC_WITH_STRONG_SIGNS = [
    # review7's sentences
    ("en-US", "I'm hyperventilating and I can't move my legs"),
    ("en-US", "I'm panicking, my legs are paralysed"),
    ("en-IN", "I am very tensed and breathing fast, my legs are not moving since morning"),
    ("en-IN", "I am breathing very fast and my legs are not moving at all"),
    ("en-US", "I'm panicking, my lips are tingling and I'm short of breath, and my legs have "
              "been getting weaker for days"),
    ("en-GB", "I've been hyperventilating, my hands and lips tingle and it's hard to swallow"),
    ("en-AU", "I'm having a panic attack, my legs are getting weaker and it's hard to "
              "swallow"),
    ("en-US", "I'm breathing fast and my left arm and face are tingling"),
    # our own wordings
    ("en-GB", "I'm in a right panic, I can't lift my legs off the bed"),
    ("en-AU", "I'm freaking out and breathing fast, I can't move me legs at all"),
    ("en-CA", "I'm having a panic attack and my legs are completely paralysed"),
    ("en-IN", "I am getting panic and breathing fast, I am not able to swallow properly"),
    ("en-US", "I'm hyperventilating, my right arm's gone weak and the right side of my face is "
              "numb"),
    ("en-GB", "I keep panicking, my legs have been getting weaker over the last three days"),
]


@pytest.mark.parametrize(("locale", "text"), PANIC_WITH_STRONG_SIGNS)
def test_panic_does_not_soften_paralysis_swallowing_one_side_or_days_of_weakness(
        locale: str, text: str) -> None:
    # as before round 7: read at once, never a "Just to check" a "no" could end (weakness is
    # still dated by its own question, as it always was)
    sim = Simulator(locale=locale)
    sim.launch()
    reply = sim.say(text)
    assert not reply.speech.startswith("Just to check"), reply.speech
    reply = finish(sim, reply, {**ANSWERS, "recent": "yes", "onset": "suddenly"})
    assert triage(reply) == "emergency", text
    assert NUMBER[locale] in reply.speech


def test_a_carers_panic_does_not_soften_dads_paralysis() -> None:
    # review7 R2 (whose body it is: fix7a); the signs themselves are never softened by panic here
    sim = Simulator(locale="en-US")
    sim.launch()
    reply = sim.say("I'm panicking, my dad can't move his legs and he's breathing funny")
    assert reply.speech.startswith(WARNING) and "9 1 1" in reply.speech, reply.speech


@pytest.mark.parametrize(("locale", "text"), [
    ("en-US", "I'm panicking and my legs feel like jelly"),
    ("en-GB", "I'm having a panic attack, my lips are tingling and I feel light headed"),
    ("en-AU", "I'm breathing really fast and my legs feel wobbly"),
])
def test_what_over_breathing_itself_brings_is_still_only_confirmed(locale: str,
                                                                   text: str) -> None:
    reply = Simulator(locale=locale)
    reply.launch()
    assert not reply.say(text).speech.startswith(WARNING), text


# -- R4: a stress leak that has changed is not the old kind --------------------------------

CHANGED_LEAKS = [
    # review7's sentences
    ("en-GB", "My foot falls asleep when I sit on it. I've had a stress leak for years but now "
              "I can't empty my bladder"),
    ("en-CA", "My foot falls asleep when I sit on it. I leak when I cough, for years, but now I "
              "can't tell when my bladder is full"),
    ("en-US", "My foot falls asleep when I sit on it. Stress leak for years, and now I can't "
              "feel myself peeing"),
    ("en-GB", "My foot falls asleep when I sit on it. I've leaked when I sneeze for years, and "
              "now I leak without even coughing"),
    ("en-US", "My foot falls asleep when I sit on it. I leak when I laugh, always have, but now "
              "I'm dribbling all the time"),
    # our own wordings
    ("en-AU", "My foot goes numb sitting on it. I've always leaked a bit when I sneeze, but "
              "lately it's way worse"),
    ("en-IN", "My foot sleeps when I sit on it. Urine leaks when I cough since years, recently "
              "it is coming without coughing also"),
    ("en-CA", "My leg falls asleep when I sit cross-legged. I leak when I laugh, but it's "
              "changed, I need pads all the time now"),
    ("en-GB", "My foot goes dead sitting on it. I've leaked when I jump for years, but now I "
              "can't feel when I'm weeing"),
    ("en-US", "My foot falls asleep when I sit on it. I leak when I cough, and it's started "
              "happening more often"),
]


@pytest.mark.parametrize(("locale", "text"), CHANGED_LEAKS)
def test_a_stress_leak_said_to_have_changed_is_not_home_care(locale: str, text: str) -> None:
    # the timing questions answered "no" (of the old leak): at least the GP, as before round 7
    assert triage(leak_beside_position(locale, text)) != "self_care", text


# -- R6: burning at night beside signs of poor blood supply --------------------------------

ISCHAEMIC_FEET = [
    # review7's sentences
    ("en-AU", "I'm diabetic, my foot burns at night and my toes have gone dusky blue"),
    ("en-US", "I'm a smoker and my foot burns at night, it's pale and cold"),
    ("en-IN", "I am sugar patient, feet are burning in the night, I keep the leg hanging down "
              "from the cot to get relief"),
    # our own wordings
    ("en-GB", "I'm diabetic and my foot burns at night, and my toes have gone a funny blue "
              "colour"),
    ("en-CA", "my foot burns at night and it's gone white and cold"),
    ("en-US", "I smoke and my foot burns in bed, and one of my toes is turning black"),
    ("en-IN", "burning in my feet at night, I sleep with the leg hanging down from the charpai"),
    ("en-AU", "my foot burns at night and it's stone cold and pale"),
]


@pytest.mark.parametrize(("locale", "text"), ISCHAEMIC_FEET)
def test_night_burning_beside_poor_blood_supply_is_warned_at_once(locale: str,
                                                                  text: str) -> None:
    sim = Simulator(locale=locale)
    sim.launch()
    reply = sim.say(text)
    assert reply.speech.startswith(WARNING), reply.speech
    assert triage(finish(sim, reply, ANSWERS)) in ("urgent", "emergency"), text


def test_pain_all_night_whatever_i_do_answers_the_rest_pain_question() -> None:
    sim = Simulator(locale="en-US")
    reply = play(sim, {"onset": "slowly", "side": "one leg", "duration": "months",
                       "rest_pain": "no, it just hurts all night whatever I do"},
                 start=("I'm a smoker and my foot burns at night",))
    assert "critical_limb_ischaemia" in flags(reply)

"""Review8's reader regressions (fix8a), played through the skill as Alexa sends them, each a
construction with the review's sentences, our own wordings, and the controls it must not move.

- R0. Knees gone weak "when I saw ..." is a figure of speech only at someone dear or a piece of
  news ("when I saw him", "when I heard the news"); at a thing one walks at or meets (stairs, a
  step, a kerb, a bus, an ambulance), or in a turn that says the legs failed ("and I fell", "not
  able to stand since", "still weak"), it is the legs.
- R2/N1. Asked "Did that start, or get clearly worse, in the last few days?": worse is a yes
  ("much worse", "worse since the weekend"), about a week is on the window's edge and a yes
  ("last week", "a week ago"), and a yes for one sign beside a no for another is a yes (rule 3).
- R3. A burn or scald one did not feel (a hot-water bottle, a radiator, the bath) is an unfelt
  wound; a dead leg "I couldn't feel for a few minutes" is not.
- N3. "I lost weight fast" is weight loss, not a sudden onset.
"""

from __future__ import annotations

import pytest

from alexa_simulator import Simulator
from tests.alexa.test_review7_panic_leak_and_ischaemia import finish, flags
from tests.alexa.test_safety_review import triage

SAID = {"onset": "slowly", "side": "both legs", "duration": "for weeks", "recent": "yes"}


def history(reply) -> str:
    return reply.session_attributes["screening"]["history"]


def opened(locale: str, text: str):
    sim = Simulator(locale=locale)
    sim.launch()
    return sim, sim.say(text)


# -- R0: knees weak at a sight ----------------------------------------------------------------

WEAK_AT_A_THING_OR_FAILING = [
    # review8's sentences
    ("en-US", "my knees went weak when I saw the stairs and I fell"),
    ("en-GB", "my knees went weak when I saw the stairs and I fell"),
    ("en-GB", "my mum's knees went weak when she saw the ambulance and she's not been able to "
              "stand since"),
    ("en-US", "my knees went weak when I saw the stairs this morning"),
    ("en-AU", "my knees went weak when I saw the step and I went down hard"),
    ("en-IN", "my father's knees became weak when he saw the staircase and he is not able to "
              "stand since"),
    ("en-US", "my legs went weak when I saw the bus coming and I couldn't get out of the way, "
              "I've been falling since"),
    ("en-GB", "my knees went weak when I saw the doctor yesterday and I've been falling over "
              "since"),
    ("en-IN", "my knees became weak when I saw the stairs and I fell down"),
    ("en-AU", "my legs went to jelly when I heard the news, and they've stayed weak all day"),
    # our own wordings
    ("en-GB", "my knees gave out when I saw the kerb and I've not walked since"),
    ("en-AU", "my wife's legs went wobbly when she saw the bus and she's still wobbly"),
    ("en-IN", "my knees became weak when I saw the ambulance and I collapsed"),
    ("en-US", "my legs went weak when I saw the ladder and I couldn't stand up"),
    ("en-CA", "my husband's knees went weak when he saw the steps and he can't walk now"),
]


@pytest.mark.parametrize(("locale", "text"), WEAK_AT_A_THING_OR_FAILING)
def test_knees_weak_at_a_thing_or_with_the_legs_failing_is_new_weakness(
        locale: str, text: str) -> None:
    sim, reply = opened(locale, text)
    assert "Are YOUR legs" not in reply.speech and "Are your legs" not in reply.speech
    result = finish(sim, reply, SAID)
    assert triage(result) == "emergency", history(result)
    assert "new_leg_weakness" in flags(result)


@pytest.mark.parametrize(("locale", "text"), [
    ("en-US", "my knees went weak when I saw him"),
    ("en-GB", "my knees went weak when I heard the news"),
    ("en-AU", "I went weak at the knees when I saw the bill"),
    ("en-IN", "my legs went to jelly when I saw my grandson"),
    ("en-US", "I was weak at the knees when I heard the price"),
])
def test_knees_weak_at_someone_dear_or_news_stays_a_figure_of_speech(
        locale: str, text: str) -> None:
    _, reply = opened(locale, text)
    assert "leg_weakness" not in history(reply)
    assert not reply.speech.startswith("Warning.")


# -- R2 / N1: the timing question's answers ---------------------------------------------------

def at_timing(locale: str, text: str):
    sim, reply = opened(locale, text)
    for _ in range(12):
        if reply.session_attributes["screening"].get("current") == "recent":
            return sim, reply
        current = reply.session_attributes["screening"].get("current")
        reply = sim.say(SAID.get(current, "no") if current != "recent" else "")
    raise AssertionError(f"timing question never asked: {history(reply)}")


@pytest.mark.parametrize("locale", ["en-CA", "en-GB", "en-AU", "en-IN"])
@pytest.mark.parametrize("answer", [
    # review8's
    "last week, and it's worse this week", "last week", "it's got a lot worse",
    "worse since the weekend", "much worse", "it has become worse", "it's worse than it was",
    "a week ago", "last week only",
    # ours
    "far worse this week", "about a week", "it started last week", "a lot worse",
])
def test_worse_or_about_a_week_at_the_timing_question_is_a_yes(locale: str, answer: str) -> None:
    sim, _ = at_timing(locale, "my legs are weak")
    reply = sim.say(answer)
    assert "recent=yes" in history(reply), (answer, history(reply), reply.speech)
    assert triage(finish(sim, reply, SAID)) == "emergency"


@pytest.mark.parametrize("answer", ["no, years", "no, it's been the same for ages",
                                    "no, it's no worse", "nothing new", "two weeks ago", "no"])
def test_old_and_unchanged_at_the_timing_question_stays_no(answer: str) -> None:
    sim, _ = at_timing("en-GB", "my legs are weak")
    reply = sim.say(answer)
    assert "recent=no" in history(reply), (answer, history(reply))


@pytest.mark.parametrize(("locale", "answer"), [
    ("en-AU", "the weakness yes, the leak no"),
    ("en-GB", "the leak no, the weakness yes"),
    ("en-US", "yes the weakness, no the leak"),
])
def test_a_yes_for_one_sign_beside_a_no_for_another_is_a_yes(locale: str, answer: str) -> None:
    # review8's opening, "I've leaked a bit for years and now my legs are weak", is now the
    # emergency at once (the weakness said "now" is new: clinical-safety 5k); these open the
    # timing question for both signs
    sim, _ = at_timing(locale, "my legs are weak and I've been leaking urine")
    reply = sim.say(answer)
    assert "recent=yes" in history(reply), (answer, history(reply))


# -- R3: a burn one did not feel ---------------------------------------------------------------

@pytest.mark.parametrize(("locale", "text"), [
    ("en-US", "I have diabetes and I scalded my foot in the bath and couldn't feel it"),
    ("en-GB", "I'm diabetic, I burnt my foot on the hot water bottle and couldn't feel it"),
    ("en-AU", "I'm diabetic and I burnt my toes on the radiator and didn't feel a thing"),
    ("en-IN", "I have sugar and I burned my heel on the heater and I didn't notice it"),
])
def test_a_burn_not_felt_on_a_diabetic_foot_is_an_unfelt_wound(locale: str, text: str) -> None:
    sim, reply = opened(locale, text)
    assert "foot_wound=yes" in history(reply), history(reply)
    assert "diabetic_foot_wound" in flags(finish(sim, reply, SAID))


@pytest.mark.parametrize("text", ["my foot went dead and I couldn't feel it for a few minutes",
                                  "my foot went dead and I couldn't feel it for hours",
                                  "my feet are burning and I can't feel it"])
def test_a_dead_or_burning_foot_not_felt_is_no_wound(text: str) -> None:
    _, reply = opened("en-GB", text)
    assert "foot_wound=yes" not in history(reply)


# -- N3: weight lost fast ----------------------------------------------------------------------

@pytest.mark.parametrize("text", ["I lost weight fast", "I've lost a lot of weight really fast",
                                  "the weight dropped off quickly"])
def test_weight_lost_fast_is_no_sudden_onset(text: str) -> None:
    _, reply = opened("en-GB", text)
    assert "onset=sudden" not in history(reply)
    assert "weight_loss=yes" in history(reply), history(reply)

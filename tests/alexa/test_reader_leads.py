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



# -- how long, from the request's own date (L4) -------------------------------------------------

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def dated_sim(handler, stamp: str, locale: str = "en-US") -> Simulator:
    """The skill with every request stamped `stamp` (Alexa's UTC timestamp)."""

    def dated(event, context=None):
        event["request"]["timestamp"] = stamp
        return handler(event, context)

    return Simulator(locale=locale, handler=dated)


def duration_heard(sim: Simulator, text: str) -> str | None:
    at_question(sim, "duration")
    history = answers(sim.say(text))
    return next((a.split("=")[1] for a in history.split() if a.startswith("duration=")), None)


@pytest.mark.parametrize("day", range(7))  # 2026-03-09 is a Monday
@pytest.mark.parametrize("named", WEEKDAYS)
def test_since_a_weekday_is_under_a_week_whatever_the_day_it_is_said(
        handler, day: int, named: str) -> None:
    """Alexa stamps requests in UTC, so the person's own date may be a day either side: a
    weekday named is within the last week, never "weeks" (said on that same weekday by the
    request's date, it used to count a whole week)."""
    sim = dated_sim(handler, f"2026-03-{9 + day:02d}T15:00:00Z")
    for said in (f"since {named}", f"it started on {named}"):
        assert duration_heard(sim, said) == "days", (said, WEEKDAYS[day])


@pytest.mark.parametrize(("text", "bucket"), [
    ("almost a week", "days"), ("nearly a week", "days"), ("less than a week", "days"),
    ("not quite a week", "days"), ("just under two months", "weeks"), ("about a week", "weeks"),
])
def test_a_length_said_as_a_bound_counts_under_it(sim: Simulator, text: str, bucket: str) -> None:
    assert duration_heard(sim, text) == bucket


@pytest.mark.parametrize(("locale", "text", "bucket"), [
    ("en-GB", "since the clocks went back", "months"),  # 26 October 2025
    ("en-US", "since the clocks changed", "days"),  # forward on 8 March 2026
    ("en-AU", "since the clocks went forward", "months"),  # 5 October 2025
])
def test_since_the_clocks_changed_counts_from_the_locales_own_change(
        handler, locale: str, text: str, bucket: str) -> None:
    """Said after "since", "went back" is when it began, never a request to go back."""
    sim = dated_sim(handler, "2026-03-12T15:00:00Z", locale)
    assert duration_heard(sim, text) == bucket


# -- a sore back is pain, not a sore (L6); a kidney infection is no kidney disease (L3) ----------

@pytest.mark.parametrize("text", [
    "my back is sore", "my back is sore and it's not getting better", "my feet are sore",
    "my legs feel sore", "my back's been sore for weeks",
])
def test_sore_said_of_a_body_part_is_pain_not_a_wound(sim: Simulator, text: str) -> None:
    at_question(sim, "side")
    reply = sim.say(text)
    history = answers(reply)
    assert "foot_sore=" not in history and "foot_wound=" not in history, history
    assert not reply.speech.startswith("Just to check:"), reply.speech


@pytest.mark.parametrize("text", [
    "I've got a sore on my foot", "there's a sore on my toe that won't heal",
])
def test_a_sore_on_the_foot_is_still_a_wound(sim: Simulator, text: str) -> None:
    at_question(sim, "side")
    history = answers(sim.say(text))
    assert "foot_sore=yes" in history or "foot_wound=yes" in history, history


def test_a_kidney_infection_with_back_pain_and_a_temperature_is_no_kidney_disease(
        sim: Simulator) -> None:
    at_question(sim, "onset")
    reply = sim.say("I had a kidney infection with back pain and a temperature")
    history = answers(reply)
    assert "kidney=" not in history, history
    assert "back_pain=yes" in history and "fever=yes" in history, history


# -- dropping things as a habit is clumsy hands, not the arm of a stroke (L10) ------------------

@pytest.mark.parametrize("text", [
    "I keep dropping things", "I'm always dropping things", "I drop things all the time",
])
def test_dropping_things_as_a_habit_is_clumsy_hands_not_a_stroke(sim: Simulator,
                                                                 text: str) -> None:
    at_question(sim, "side")
    reply = sim.say(text)
    assert "face_arm_speech" not in answers(reply), answers(reply)
    assert not reply.speech.startswith("Warning"), reply.speech


def test_dropping_things_suddenly_is_still_checked_as_a_stroke(sim: Simulator) -> None:
    at_question(sim, "side")
    reply = sim.say("I suddenly started dropping things")
    assert "face_arm_speech=" in answers(reply), answers(reply)


# -- burning, said first, is heard (L2) ---------------------------------------------------------

def test_burning_feet_and_a_sore_that_will_not_heal_is_heard(sim: Simulator) -> None:
    at_question(sim, "side")
    reply = sim.say("burning in my feet and a sore on my toe that won't heal")
    assert reply.intent is not None and reply.intent.name != "AMAZON.FallbackIntent"
    assert "foot_sore=yes" in answers(reply), answers(reply)
    assert reply.speech.startswith("Warning"), reply.speech


# -- a vague denial of a red flag is no firm no (L7) --------------------------------------------

@pytest.mark.parametrize("text", ["no changes down there", "no, nothing different down there"])
def test_a_vague_denial_at_a_red_flag_question_is_checked_not_taken_as_no(
        sim: Simulator, text: str) -> None:
    at_question(sim, "cauda_equina_signs")
    reply = sim.say(text)
    history = answers(reply)
    assert "cauda_equina_signs=" not in history, history
    assert not any(f"{f}=no" in history for f in ("sexual_function", "saddle_numbness",
                                                  "bladder_bowel")), history
    assert reply.speech.startswith("Just to check:") and "bladder" in reply.speech
    reply = sim.say("no")
    assert "cauda_equina_signs=no" in answers(reply)


@pytest.mark.parametrize("text", ["nothing different that I know of", "nothing's changed"])
def test_words_that_leave_a_red_flag_open_are_asked_again(sim: Simulator, text: str) -> None:
    at_question(sim, "cauda_equina_signs")
    reply = sim.say(text)
    assert "cauda_equina_signs=" not in answers(reply)
    assert reply.session_attributes["screening"]["current"] == "cauda_equina_signs"


@pytest.mark.parametrize("text", ["no", "not that I've noticed", "no, nothing like that"])
def test_a_plain_or_polite_no_to_a_red_flag_question_is_a_no(sim: Simulator, text: str) -> None:
    at_question(sim, "cauda_equina_signs")
    assert "cauda_equina_signs=no" in answers(sim.say(text))

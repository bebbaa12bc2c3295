"""The safety review's open findings (review4 P1-P8), played through the skill as Alexa sends
them: a doubt at a red-flag question is checked once and, still in doubt, taken the more urgent
way; a sudden numbness of both legs with no cause is seen today; a fall long ago is no injury
just before; a serious cause named beside a lesser result is explained; "start over" never reads
back a denial of the warning it still gives; "skip" at a safety question never loops."""

from __future__ import annotations

import pytest

from alexa_simulator import Simulator
from tests.alexa.test_free_speech import answers, at_question, every_flag

CHECK = "Just to check:"


def play(sim: Simulator, said: dict[str, str], start: tuple[str, ...] = (),
         default: str = "no"):
    """Launch, say `start`, then answer each question from `said` (else `default`) until the
    result; the last reply."""
    reply = sim.launch()
    for text in start:
        reply = sim.say(text)
    for _ in range(40):
        if "assessment" in reply.session_attributes:
            return reply
        current = reply.session_attributes["screening"].get("current")
        reply = sim.say(said.get(current, default))
    raise AssertionError("no result")


def triage(reply) -> str:
    return reply.session_attributes["assessment"]["triage"]


# -- P2: a denial said with a doubt, at a red-flag question ---------------------------------------

@pytest.mark.parametrize(("question", "text"), [
    ("sudden_signs", "probably not"),
    ("sudden_signs", "nothing like that really"),
    ("cauda_equina_signs", "I wouldn't think so"),
    ("history_group", "I doubt it"),
    ("history_group", "I don't believe so"),
    ("history_group", "maybe not"),
])
def test_a_doubtful_no_at_a_red_flag_question_is_checked_once(
        sim: Simulator, question: str, text: str) -> None:
    at_question(sim, question, {"onset": "suddenly", "duration": "a few hours"})
    reply = sim.say(text)
    assert reply.speech.startswith(CHECK), reply.speech
    assert f"{question}=" not in answers(reply)
    reply = sim.say("no")
    assert f"{question}=no" in answers(reply)


@pytest.mark.parametrize("text", ["no", "nope", "not really", "nothing like that",
                                  "not that I've noticed", "can't say I have"])
def test_a_plain_or_polite_no_at_a_red_flag_question_is_a_no(sim: Simulator, text: str) -> None:
    at_question(sim, "cauda_equina_signs")
    reply = sim.say(text)
    assert "cauda_equina_signs=no" in answers(reply), (answers(reply), reply.speech)
    assert not reply.speech.startswith(CHECK)


def test_a_doubtful_no_with_a_plain_no_beside_it_is_a_no(sim: Simulator) -> None:
    at_question(sim, "cauda_equina_signs")
    reply = sim.say("I don't think so, no")
    assert "cauda_equina_signs=no" in answers(reply), (answers(reply), reply.speech)


def test_a_doubtful_no_again_at_the_check_is_not_sure_and_its_level_applies(
        sim: Simulator) -> None:
    at_question(sim, "sudden_signs", {"onset": "suddenly", "side": "one leg",
                                      "duration": "an hour"})
    assert sim.say("probably not").speech.startswith(CHECK)
    reply = sim.say("probably not")
    assert "sudden_signs=unsure" in answers(reply)
    # not sure of the stroke, whole-leg and blocked-artery signs: each is asked in its own words
    assert reply.session_attributes["screening"].get("current") in (
        "face_arm_speech", "whole_leg", "cold_pale_leg")


def test_a_doubtful_no_to_diabetes_or_cancer_never_closes_cancer_unasked(
        sim: Simulator) -> None:
    at_question(sim, "history_group", {"duration": "two weeks"})
    sim.say("I doubt it")
    reply = sim.say("probably not")
    assert "history_group=unsure" in answers(reply)
    asked = set()
    for _ in range(10):
        current = reply.session_attributes["screening"].get("current")
        if current is None:
            break
        asked.add(current)
        if current == "cancer_history":
            break
        reply = sim.say("no")
    assert "cancer_history" in asked


def test_a_doubtful_no_where_no_red_flag_hangs_on_it_is_a_no(sim: Simulator) -> None:
    at_question(sim, "common_causes")
    reply = sim.say("probably not")
    assert "common_causes=no" in answers(reply), answers(reply)


# -- P1: a doubtful injury is checked, then the more urgent way -----------------------------------

def test_a_doubtful_injury_is_checked_and_still_in_doubt_is_an_emergency() -> None:
    sim = Simulator(locale="en-AU")
    reply = play(sim, {"injury_or_pain": "could be, I slipped in the shower this morning",
                       "injury": "could be"},
                 start=("suddenly", "my right leg", "today"))
    assert triage(reply) == "emergency"
    assert "spinal_injury" in every_flag(reply)
    assert "triple zero now" in reply.speech


def test_a_doubtful_injury_said_to_its_question_is_not_sure_at_once_and_a_no_clears_nothing(
        ) -> None:
    # Review5 R1 reverses review4 P1's check: a red-flag yes said with a doubt, to the question
    # that asks it, is "not sure" at once (the warning now), never a check a "no" could clear.
    sim = Simulator(locale="en-AU")
    sim.launch()
    for text in ("suddenly", "my right leg", "today"):
        sim.say(text)
    reply = None
    for _ in range(5):
        reply = sim.say("no")
        if reply.session_attributes["screening"].get("current") == "injury_or_pain":
            break
    reply = sim.say("could be, I slipped in the shower this morning")
    assert not reply.speech.startswith(CHECK), reply.speech
    assert "spinal_injury" in every_flag(reply) and "triple zero now" in reply.speech
    assert "injury=unsure" in answers(reply)


# -- P4: a fall long ago --------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["that was last year", "no, that was ages ago", "a year ago",
                                  "it was years ago"])
def test_a_fall_long_ago_answers_the_injury_check_with_no(sim: Simulator, text: str) -> None:
    at_question(sim, "injury_or_pain", {"onset": "suddenly", "side": "my right leg",
                                        "duration": "since this morning"})
    reply = sim.say("I did fall but that was last year")
    assert reply.speech.startswith(CHECK) and not every_flag(reply), reply.speech
    reply = sim.say(text)
    assert "injury=no" in answers(reply), (answers(reply), reply.speech)
    assert not every_flag(reply)


# -- P5: sudden numbness of both legs with no cause -----------------------------------------------

def test_sudden_numbness_of_both_legs_with_every_flag_denied_is_seen_today(
        sim: Simulator) -> None:
    reply = play(sim, {}, start=("suddenly", "both legs", "since this morning"))
    assert triage(reply) == "urgent", reply.speech
    assert "today" in reply.speech


def test_sudden_numbness_of_both_legs_after_sitting_that_goes_on_moving_is_home_care(
        sim: Simulator) -> None:
    reply = play(sim, {"positional": "yes, it goes when I move"},
                 start=("suddenly", "both legs", "since this morning"))
    assert triage(reply) == "self_care", reply.speech


# -- P6: a cause that needs emergency care, named beside a lesser result --------------------------

def test_cord_compression_named_after_chemotherapy_is_explained_beside_the_result(
        sim: Simulator) -> None:
    reply = play(sim, {"history_group": "yes I'm on chemo for breast cancer",
                       "cancer_history": "yes", "chemotherapy": "yes I'm having it now"},
                 start=("slowly", "both feet", "three weeks"))
    assert triage(reply) == "routine"
    assert "spinal_cord_compression" in reply.session_attributes["assessment"]["causes"]
    causes = sim.say("more").speech
    assert "Pressure on the spinal cord can't be ruled out" in causes
    assert "Call 9 1 1 at once" in causes


# -- P7: start over after an emergency ------------------------------------------------------------

def test_start_over_after_an_emergency_never_says_the_warning_signs_were_denied(
        sim: Simulator) -> None:
    sim.launch()
    sim.say("suddenly")
    reply = sim.say("my whole right leg went numb and cold")
    assert "emergency" in reply.speech
    reply = sim.say("start over")
    assert "You said no to the warning signs" not in reply.speech
    assert "The warning sign you told me about earlier still counts" in reply.speech
    assert reply.session_attributes["screening"].get("history", "") == ""
    assert reply.speech.startswith("Remember: Sudden numbness of a whole leg")


# -- P8: "skip" at a safety question, and "slower" in en-IN ---------------------------------------

def test_skip_at_a_safety_question_offers_not_sure_then_records_it(sim: Simulator) -> None:
    at_question(sim, "cauda_equina_signs", {"duration": "a week"})
    first = sim.say("skip")
    assert "can't skip it" in first.speech
    second = sim.say("skip")
    assert "not sure" in second.speech and second.speech != first.speech
    third = sim.say("skip")
    assert "put that one down as not sure" in third.speech
    assert "cauda_equina_signs=unsure" in answers(third)


def test_the_first_slower_after_silence_and_repeat_slows_down_in_india(handler) -> None:
    # a fresh user (no store): a rate kept from an earlier session would already be the slowest
    sim = Simulator(locale="en-IN", handler=handler)
    sim.launch()
    for text in ("slowly", "both legs", "a week", "yes", "yes my legs are weak"):
        sim.say(text)
    sim.silence()
    sim.say("repeat")
    reply = sim.say("slower")
    assert "slowest" not in reply.speech
    assert "slowly" in reply.speech


# -- lead: sore feet ---------------------------------------------------------------------------

def test_sore_feet_are_how_the_feet_feel_not_a_foot_wound(sim: Simulator) -> None:
    at_question(sim, "onset")
    reply = sim.say("slowly, and I've got sore feet")
    assert "foot_wound" not in answers(reply) and "foot_sore" not in answers(reply)
    assert not reply.speech.startswith(CHECK), reply.speech



# -- round 6: a no that states the limit of what one would know is a no ---------------------------

@pytest.mark.parametrize("question", ["cauda_equina_signs", "sudden_signs", "history_group"])
@pytest.mark.parametrize("text", ["not that I know of", "not as far as I know",
                                  "not that I'm aware of", "not to my knowledge",
                                  "not that I've been told"])
def test_a_no_to_the_limit_of_what_one_would_know_at_a_red_flag_question_is_a_no(
        sim: Simulator, question: str, text: str) -> None:
    at_question(sim, question, {"onset": "suddenly", "duration": "a few hours"})
    reply = sim.say(text)
    assert f"{question}=no" in answers(reply), (answers(reply), reply.speech)
    assert not reply.speech.startswith(CHECK), reply.speech


@pytest.mark.parametrize("text", ["not that I know of, the nurse checked them last month",
                                  "not as far as I know, they've never said"])
def test_a_no_to_the_limit_of_what_one_would_know_said_in_more_words_is_a_no(
        sim: Simulator, text: str) -> None:
    at_question(sim, "history_group", {"duration": "two weeks"})
    reply = sim.say(text)
    assert "history_group=no" in answers(reply), (answers(reply), reply.speech)


@pytest.mark.parametrize("text", ["I don't think I have, no idea really, probably not",
                                  "I wouldn't have thought so, not really sure"])
def test_a_belief_or_a_guess_said_in_more_words_is_never_a_firm_no(sim: Simulator,
                                                                     text: str) -> None:
    at_question(sim, "cauda_equina_signs")
    reply = sim.say(text)
    assert "cauda_equina_signs=no" not in answers(reply), (answers(reply), reply.speech)


# -- review6 N1: a length said to "in the last few days?" answers "in the last few weeks?" too ----

@pytest.mark.parametrize("locale", ["en-US", "en-AU"])
@pytest.mark.parametrize("text", ["about two weeks ago", "since last month", "for about a month"])
def test_a_length_of_weeks_at_the_days_question_answers_the_weeks_question_too(
        handler, locale: str, text: str) -> None:
    sim = Simulator(locale=locale, handler=handler)
    at_question(sim, "cauda_equina_signs", {"duration": "a few weeks"})
    sim.say("my bladder leaks")
    reply = sim.say(text)
    assert "recent=no" in answers(reply), answers(reply)
    assert "bladder_weeks=yes" in answers(reply), answers(reply)
    assert reply.session_attributes["screening"].get("current") != "bladder_weeks"
    assert "cauda_equina_bladder" in every_flag(reply)
    assert reply.speech.startswith("Warning"), reply.speech


def test_a_length_of_years_at_the_days_question_answers_the_weeks_question_no(
        sim: Simulator) -> None:
    at_question(sim, "cauda_equina_signs", {"duration": "a few weeks"})
    sim.say("my bladder leaks")
    reply = sim.say("for years")
    assert "recent=no" in answers(reply) and "bladder_weeks=no" in answers(reply)
    assert reply.session_attributes["screening"].get("current") != "bladder_weeks"
    assert "cauda_equina_bladder" not in every_flag(reply)


def test_a_plain_no_at_the_days_question_still_asks_the_weeks_question(sim: Simulator) -> None:
    at_question(sim, "cauda_equina_signs", {"duration": "a few weeks"})
    sim.say("my bladder leaks")
    reply = sim.say("no")
    assert reply.session_attributes["screening"].get("current") == "bladder_weeks"

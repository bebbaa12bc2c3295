"""Clinical leads checked at their sources in round 6 (docs/clinical-safety.md, section 5b), played
through the skill as Alexa sends them: a red flag new in the last few weeks is still the
emergency its source gives, a long-standing stress leak is confirmed and never sent to the
emergency department, pain that stays where shingles was is a GP visit, and a dead leg that
passed after sitting is home care with a GP visit if it keeps happening."""

from __future__ import annotations

from alexa_simulator import Simulator
from tests.alexa.test_safety_review import play, triage

WARNING = "Warning."


def history(reply) -> str:
    return reply.session_attributes["screening"]["history"]


# -- the window between "the last few days" and months -----------------------------------------

def bladder_trouble(locale: str, recent: str, weeks: str):
    """A slow numbness of both legs for three weeks with bladder trouble, timed by `recent` (to
    "Did that start in the last few days?") and `weeks` (to "...in the last few weeks?")."""
    return play(Simulator(locale=locale), {
        "onset": "slowly", "side": "both legs", "duration": "three weeks",
        "cauda_equina_signs": "yes", "leg_weakness": "no", "bladder_bowel": "yes",
        "recent": recent, "bladder_weeks": weeks})


def test_bladder_trouble_that_began_two_weeks_ago_is_still_the_cauda_equina_emergency() -> None:
    reply = bladder_trouble("en-GB", "about two weeks ago", "yes")
    assert "recent=no" in history(reply) and "bladder_weeks=yes" in history(reply)
    assert triage(reply) == "emergency"
    assert reply.speech.startswith(WARNING) and "9 9 9" in reply.speech


def test_a_length_said_at_the_timing_question_answers_it_never_not_sure() -> None:
    # "For years" to "Did that start in the last few days?" was not understood three times,
    # became "not sure", and sent a stress leak of years to the emergency department.
    reply = bladder_trouble("en-AU", "for years", "years")
    assert "recent=no" in history(reply) and "bladder_weeks=no" in history(reply)
    assert triage(reply) == "routine"
    assert "triple zero now" not in reply.speech


def test_a_stress_leak_since_childbirth_is_confirmed_and_never_sent_to_the_emergency_department(
        ) -> None:
    sim = Simulator(locale="en-GB")
    reply = sim.launch()
    leak = "yes, I leak a bit when I cough or sneeze, I have for years since I had my children"
    for text in ("slowly", "both legs", "a few weeks", leak):
        reply = sim.say(text)
    asked = []
    for _ in range(40):
        if "assessment" in reply.session_attributes:
            break
        current = reply.session_attributes["screening"].get("current")
        asked.append(current)
        reply = sim.say({"recent": "no, it has been years", "bladder_weeks": "no",
                         "bladder_bowel": "yes"}.get(current, "no"))
    assert "recent" in asked
    assert triage(reply) == "routine"
    assert not reply.speech.startswith(WARNING)


def test_saddle_numbness_for_two_weeks_is_still_an_emergency() -> None:
    sim = Simulator(locale="en-GB")
    sim.launch()
    sim.say("slowly")
    reply = sim.say("I've had numbness round my bottom for two weeks")
    assert reply.speech.startswith(WARNING) and "9 9 9" in reply.speech


def test_weakness_in_both_legs_getting_worse_over_weeks_with_back_pain_is_an_emergency() -> None:
    sim = Simulator(locale="en-US")
    reply = play(sim, {"onset": "slowly", "side": "both legs", "duration": "three weeks",
                       "cauda_equina_signs": "yes", "leg_weakness": "yes", "recent": "no",
                       "back_pain": "yes"})
    assert "both_legs_worsening" in reply.session_attributes["assessment"]["red_flags"]
    assert triage(reply) == "emergency"


def test_weakness_in_one_leg_getting_worse_over_weeks_is_same_day_care() -> None:
    sim = Simulator(locale="en-US")
    reply = play(sim, {"onset": "slowly", "side": "one leg", "duration": "three weeks",
                       "cauda_equina_signs": "yes", "leg_weakness": "yes", "recent": "no",
                       "back_pain": "yes"})
    assert triage(reply) == "urgent"


# -- pain after shingles -----------------------------------------------------------------------

def test_burning_for_months_where_shingles_was_is_a_gp_visit_not_same_day_care(
        ) -> None:
    sim = Simulator(locale="en-GB")
    reply = play(sim, {"onset": "slowly", "side": "one leg", "duration": "three months"},
                 start=("I had shingles on my leg and it still burns there",))
    assert "had_shingles=yes" in history(reply)
    assert triage(reply) == "routine"
    assert reply.session_attributes["assessment"]["causes"][0] == "shingles"


def test_shingles_had_before_with_tingling_of_weeks_and_no_rash_asked_stays_same_day() -> None:
    # Weeks of tingling could still be a new attack whose rash is yet to come: without a "no" to
    # the rash, the urgent level holds (rule 3).
    sim = Simulator(locale="en-GB")
    reply = play(sim, {"onset": "slowly", "side": "one leg", "duration": "three weeks"},
                 start=("I had shingles on my leg and it still burns there",))
    assert "rash=no" not in history(reply)
    assert triage(reply) == "urgent"


# -- a dead leg after sitting -------------------------------------------------------------------

def test_a_dead_leg_after_sitting_that_is_wearing_off_is_home_care_with_a_gp_if_it_keeps_happening(
        ) -> None:
    sim = Simulator(locale="en-GB")
    reply = play(sim, {"onset": "suddenly", "side": "one leg", "duration": "a few hours",
                       "positional": "yes"},
                 start=("I sat on my leg for a couple of hours and it went dead, "
                        "it's wearing off now",))
    assert triage(reply) == "self_care"
    assert "keeps coming back" in reply.speech

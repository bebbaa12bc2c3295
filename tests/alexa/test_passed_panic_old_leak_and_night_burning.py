"""Round 7's clinical rules, each checked at its source (docs/clinical-safety.md, section 7), played
through the skill as Alexa sends them. Each rule has the cases it must change and the controls it
must not: a sign dated to this week beside something long-standing is new; a leg that could not
bear weight for a minute after lying on it, now fading, is not new weakness (a leg that stays weak
still is); tingling lips while breathing fast in a panic are not a stroke's face (a drooping face
still is); burning feet at night are rest pain only with its features (easing when the leg hangs
down); an old stress leak, unchanged, does not raise the leg's triage (a new leak still does)."""

from __future__ import annotations

from alexa_simulator import Simulator
from tests.alexa.test_safety_review import play, triage

WARNING = "Warning."


def history(reply) -> str:
    return reply.session_attributes["screening"]["history"]


def opening(locale: str, text: str):
    sim = Simulator(locale=locale)
    sim.launch()
    return sim.say(text)


# -- a sign dated to this week, beside something long-standing ---------------------------------

def test_legs_giving_way_this_week_beside_old_bad_knees_is_new_weakness() -> None:
    reply = opening("en-US", "I've had bad knees for years so I'm used to being slow, but this "
                    "week both my legs keep going out from under me and they're numb")
    assert "recent=no" not in history(reply)
    assert "pregnant" not in history(reply)
    assert reply.speech.startswith(WARNING) and "9 1 1" in reply.speech


def test_other_wordings_of_an_old_complaint_beside_weakness_new_in_the_last_few_days() -> None:
    for text in ("My back has been stiff for years, but in the last few days my legs keep "
                 "giving way",
                 "I've had arthritis for ages, but this week my legs have started buckling"):
        reply = opening("en-GB", text)
        assert reply.speech.startswith(WARNING) and "9 9 9" in reply.speech, text


def test_weakness_building_up_for_months_is_still_not_called_new() -> None:
    reply = opening("en-US", "For months my legs have been getting weaker and weaker")
    assert "recent=no" in history(reply)
    assert not reply.speech.startswith("Warning. New weakness")


def test_a_week_said_as_not_new_does_not_date_the_weakness_as_new() -> None:
    for text in ("Over a few weeks my legs have been getting weaker, it's not new this week",
                 "For weeks my legs have been getting weaker, it's not new in the last few "
                 "days"):
        reply = opening("en-US", text)
        assert not reply.speech.startswith("Warning. New weakness"), text


def test_breathing_that_feels_hard_is_not_read_as_panic() -> None:
    # trouble breathing with climbing numbness is Guillain-Barre's danger sign (row 8)
    reply = opening("en-US", "the tingling's crept up to my chest and now breathing feels hard")
    assert "anxious_breathing" not in history(reply)
    assert reply.speech.startswith("Warning. Numbness or weakness with new trouble breathing")


def test_weeks_gone_still_says_how_far_on_a_pregnancy_is() -> None:
    reply = opening("en-GB", "I'm thirty weeks gone and my thighs tingle")
    assert "pregnant=yes" in history(reply)


# -- a leg that could not bear weight after lying on it, now fading ----------------------------

DOZED = ("I dozed off on the couch with my leg tucked under me, and when I got up I couldn't "
         "stand on it for like a minute, scared me, now it's just pins and needles going away.")


def test_a_leg_that_went_dead_under_me_and_is_coming_back_is_home_care() -> None:
    sim = Simulator(locale="en-US")
    reply = play(sim, {"onset": "suddenly", "side": "one leg", "duration": "a few hours",
                       "positional": "yes"}, start=(DOZED,))
    assert "severe_pain=yes" not in history(reply)
    assert triage(reply) == "self_care"


def test_other_wordings_of_a_dead_leg_after_lying_or_kneeling_on_it_are_confirmed_not_warned(
        ) -> None:
    for text in ("I fell asleep with my leg folded under me and I couldn't stand on it for a "
                 "minute, it's wearing off now",
                 "I knelt on the floor for ages and my leg gave way when I stood up, "
                 "it's fine now"):
        reply = opening("en-GB", text)
        assert not reply.speech.startswith(WARNING), (text, reply.speech)


def test_a_leg_that_stays_weak_after_lying_on_it_is_still_an_emergency() -> None:
    reply = opening("en-US", "I dozed off with my leg tucked under me and I still can't stand "
                    "on it, it's been an hour")
    assert reply.speech.startswith(WARNING) and "9 1 1" in reply.speech


def test_cannot_stand_on_it_is_not_severe_pain() -> None:
    reply = opening("en-US", "I couldn't stand on my leg for a minute after sitting on it")
    assert "severe_pain=yes" not in history(reply)


# -- tingling lips while breathing fast in a panic ---------------------------------------------

EXAM = ("My exam is tomorrow and I am very tense, my heart is racing and I am breathing fast "
        "fast, now my feet and lips are tingling and legs feel like jelly.")


def test_tingling_lips_and_jelly_legs_while_over_breathing_are_not_a_stroke() -> None:
    sim = Simulator(locale="en-IN")
    reply = play(sim, {"onset": "suddenly", "side": "both legs", "duration": "a few hours",
                       "anxious_breathing": "yes"}, start=(EXAM,))
    assert "stroke_signs" not in reply.session_attributes["assessment"]["red_flags"]
    assert triage(reply) == "self_care"


def test_other_wordings_of_panic_with_tingling_lips_are_not_warned_at_once() -> None:
    for text in ("I'm having a panic attack, I'm breathing really fast and my lips and feet "
                 "are tingling",
                 "I got so anxious I started hyperventilating and now my mouth and toes are "
                 "tingly"):
        reply = opening("en-US", text)
        assert not reply.speech.startswith("Warning. Numbness with a numb or drooping face"), text


def test_a_drooping_face_while_panicking_is_still_a_stroke_emergency() -> None:
    reply = opening("en-US", "I'm panicking and breathing fast, my feet tingle and one side "
                    "of my face is drooping")
    assert reply.speech.startswith(WARNING) and "stroke" in reply.speech


def test_tingling_lips_with_no_fast_breathing_are_still_checked_as_a_stroke_sign() -> None:
    reply = opening("en-US", "My leg went numb suddenly and my lips are tingling")
    assert "face_arm_speech=yes" in history(reply) or "face_arm_speech=unsure" in history(reply)


# -- burning feet at night in diabetes ----------------------------------------------------------

def test_diabetic_feet_burning_at_night_are_asked_about_not_called_rest_pain() -> None:
    sim = Simulator(locale="en-US")
    reply = play(sim, {"onset": "slowly", "side": "both legs", "duration": "months"},
                 start=("My legs keep going to sleep, I'm diabetic, and lately my feet burn at "
                        "night under the covers.",))
    assert "rest_pain=no" in history(reply)
    assert triage(reply) == "routine"


def test_burning_at_night_that_eases_when_the_leg_hangs_down_is_still_rest_pain() -> None:
    sim = Simulator(locale="en-US")
    reply = play(sim, {"onset": "slowly", "side": "one leg", "duration": "months",
                       "rest_pain": "yes"},
                 start=("I'm diabetic and my foot burns at night in bed",))
    assert "critical_limb_ischaemia" in reply.session_attributes["assessment"]["red_flags"]
    assert triage(reply) == "urgent"


def test_burning_at_night_eased_by_hanging_the_foot_out_of_bed_is_rest_pain_at_once() -> None:
    reply = opening("en-US", "I'm diabetic and my foot burns at night, I have to hang it over "
                    "the side of the bed")
    assert "rest_pain=yes" in history(reply)
    assert reply.speech.startswith(WARNING)


def test_not_sure_whether_night_burning_eases_hanging_down_keeps_same_day_care() -> None:
    sim = Simulator(locale="en-US")
    reply = play(sim, {"onset": "slowly", "side": "both legs", "duration": "months",
                       "rest_pain": "not sure"},
                 start=("I'm diabetic and my feet burn at night",))
    assert triage(reply) == "urgent"


# -- an old stress leak beside pins and needles from sitting -----------------------------------

def leak_beside_position(locale: str, text: str, **answers: str):
    """Pins and needles of hours from sitting, with a leak said in the opening `text`; the
    bladder answered yes, not new in the last few days nor weeks unless `answers` say so."""
    said = {"onset": "suddenly", "side": "one leg", "duration": "a few hours",
            "positional": "yes", "cauda_equina_signs": "yes", "bladder_bowel": "yes",
            "recent": "no", "bladder_weeks": "no", **answers}
    return play(Simulator(locale=locale), said, start=(text,))


def test_an_old_leak_when_laughing_beside_a_foot_that_falls_asleep_is_home_care() -> None:
    reply = leak_beside_position(
        "en-US", "My foot falls asleep when I sit on it. And I've leaked a little when I "
        "laugh for ten years, if that matters.")
    assert triage(reply) == "self_care"
    assert "worth raising with your doctor" in reply.speech


def test_other_wordings_of_an_old_stress_leak_beside_positional_tingling_are_home_care() -> None:
    for locale, text in (
            ("en-GB", "Since my first baby I leak a bit when I cough, and my leg went to sleep "
                      "sitting cross-legged today, it wore off when I got up"),
            ("en-AU", "I've had a little stress leak for years, and my foot went numb sitting "
                      "on it, it's fine now")):
        reply = leak_beside_position(locale, text, stress_leak="yes")
        assert triage(reply) == "self_care", text
        assert "worth raising with your GP" in reply.speech


def test_a_new_leak_beside_a_foot_that_fell_asleep_is_still_the_emergency() -> None:
    reply = leak_beside_position("en-US", "My foot fell asleep when I sat on it and since "
                                 "yesterday I've started leaking when I laugh", recent="yes")
    assert triage(reply) == "emergency"
    assert "cauda_equina_bladder" in reply.session_attributes["assessment"]["red_flags"]


def test_a_stress_leak_that_began_in_the_last_few_weeks_is_still_the_emergency() -> None:
    reply = leak_beside_position("en-GB", "My foot went numb sitting on it, and I leak when I "
                                 "sneeze", bladder_weeks="yes")
    assert triage(reply) == "emergency"


def test_an_old_leak_of_no_stated_kind_keeps_the_gp_visit() -> None:
    reply = leak_beside_position("en-US", "My foot falls asleep when I sit on it, and my "
                                 "bladder has leaked for years")
    assert triage(reply) == "routine"


def test_an_old_stress_leak_that_is_not_sure_stays_a_gp_visit() -> None:
    reply = leak_beside_position("en-US", "My foot falls asleep when I sit on it, and I leak a "
                                 "bit", stress_leak="not sure")
    assert triage(reply) == "routine"

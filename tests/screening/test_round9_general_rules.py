"""Round 9 (clinic9): general rules found at the sources of the eighth set's tuning failures,
written as cases of our own (docs/clinical-safety.md, section 5j) with the must-warn controls
beside every rule that makes an outcome less urgent. Played through the skill as Alexa sends them
(five locales), or through the engine where only the order of questions is at stake.

- 9a. (Tried and withdrawn) a position heard beside a sudden start no longer changes how a
  weakness is dated: the must-warn controls stay.
- 9b. Numbness with a rash and weight lost without trying is same-day care (a systemic
  vasculitis: NHS Lothian vasculitis referral guideline, BMJ Best Practice's urgent
  considerations), however both were heard.
- 9c. A question a grouped answer would open is asked only when the group itself could be: weight
  loss said unprompted, with no back pain, does not open "is your back pain worse at night?".
- 9d. Emergency routes with a single way in get a second: sciatica in both legs without back
  pain, a tight leg after an injury without severe pain first, a leg turned cold and pale over
  days.
"""

from __future__ import annotations

import pytest

from alexa_simulator import Simulator
from scripts.vignette_runner import patient_answer
from skill.screening.engine import ScreeningEngine
from skill.screening.knowledge import default_knowledge
from tests.alexa.test_review7_panic_leak_and_ischaemia import WARNING, flags
from tests.alexa.test_safety_review import triage

KB = default_knowledge()
ENGINE = ScreeningEngine(KB)


def converse(locale: str, opening: str, said: dict[str, str], default: str = "no"):
    """Launch, say the opening, answer each question from `said` (else `default`); every reply
    spoken, and the last."""
    sim = Simulator(locale=locale)
    sim.launch()
    reply = sim.say(opening)
    spoken = [reply.speech]
    for _ in range(40):
        if "assessment" in reply.session_attributes:
            return spoken, reply
        current = reply.session_attributes["screening"].get("current")
        reply = sim.say(said.get(current, default))
        spoken.append(reply.speech)
    raise AssertionError("no result")


def history(reply) -> str:
    return reply.session_attributes["screening"]["history"]


# -- 9a (tried and withdrawn): a position does not lift the sudden start's emergency --------------
# Lifting the sudden start's dating of a weakness when a position was heard fixed the eighth set's
# walker case but delayed the warning for "I knelt ... and now I cannot stand, my legs are still
# weak" (tests/alexa/test_emergency_wordings.py): the reader records a position without its
# passing. Withdrawn (docs/clinical-safety.md 5j); these must-warn controls stay.

ANSWERS = {"onset": "suddenly", "side": "one leg", "duration": "a few hours",
           "cauda_equina_signs": "yes", "leg_weakness": "yes", "nerve_root_signs": "no"}

SUDDEN_WITHOUT_POSITION = [
    # a sudden start, a yes to weak legs: warned at once
    ("en-US", "My foot suddenly went numb this morning"),
    ("en-GB", "All of a sudden my leg went tingly about an hour ago"),
    ("en-AU", "My foot went numb out of nowhere this arvo"),
    ("en-IN", "Suddenly my foot became numb since morning"),
    ("en-CA", "My foot suddenly went numb a couple of hours ago"),
]


@pytest.mark.parametrize(("locale", "opening"), SUDDEN_WITHOUT_POSITION)
def test_a_sudden_start_warns_at_the_yes_to_weak_legs(locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, {**ANSWERS, "recent": "no"})
    assert "recent" not in [t.partition("=")[0] for t in history(reply).split()]
    assert spoken[-1].startswith(WARNING) and "new_leg_weakness" in flags(reply)


POSITION_AND_WEAKNESS = [
    # a position heard, a weakness still there or said new: warned, never first timed
    ("en-US", "I sat cross-legged for an hour and since then my leg has suddenly gone weak"),
    ("en-GB", "After kneeling in the garden my leg suddenly gave way this morning"),
    ("en-AU", "My foot tingled after I sat on it and now my leg suddenly won't hold me up"),
    ("en-IN", "I knelt on the floor to pray and now I cannot stand, my legs are still weak"),
    ("en-CA", "I knelt for a while and then suddenly my leg gave out from under me today"),
]


@pytest.mark.parametrize(("locale", "opening"), POSITION_AND_WEAKNESS)
def test_weakness_beside_a_position_is_warned(locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, {**ANSWERS, "recent": "yes", "whole_leg": "no"},
                             default="yes")
    assert any(text.startswith(WARNING) for text in spoken), spoken
    assert triage(reply) == "emergency"


def run(facts: dict[str, str], volunteered: dict[str, str]) -> tuple[object, list[str]]:
    """The engine with findings said first (as an opening sentence gives them), then each
    question answered from `facts`."""
    step = ENGINE.start()
    for finding, value in volunteered.items():
        step = ENGINE.volunteer(step.state, finding, value)
    asked = []
    while not step.finished:
        question = step.question
        assert question is not None
        asked.append(question.id)
        step = ENGINE.answer(step.state, patient_answer(question, facts))
    return step, asked


# -- 9b: a rash with weight lost without trying --------------------------------------------------

# months of numbness in both feet, and a rash said in the first words
RASH = {"onset": "gradual", "side": "both_legs", "duration": "months"}


def test_numbness_with_a_rash_and_weight_loss_is_same_day_care() -> None:
    step, _ = run(RASH, {"rash": "yes", "weight_loss": "yes"})
    assert step.assessment.level.value == "urgent"
    assert "rash_with_weight_loss" in [floor.rule.id for floor in step.assessment.floors]


def test_numbness_with_a_rash_alone_stays_see_a_doctor_soon() -> None:
    step, asked = run(RASH, {"rash": "yes"})
    assert "weight_loss" not in asked  # not asked after a rash alone: screenings stay short
    assert step.assessment.level.value == "routine"


def test_back_pain_weight_loss_and_a_rash_is_same_day_care() -> None:
    step, asked = run({**RASH, "back_pain": "yes", "weight_loss": "yes"}, {"rash": "yes"})
    assert "weight_loss" in asked and step.assessment.level.value == "urgent"


def test_a_rash_with_weight_loss_said_in_the_first_words_is_same_day_care() -> None:
    spoken, reply = converse(
        "en-AU", "For two months my feet have had numb patches, I've been losing weight without "
                 "trying and I've got little purple spots on my shins", {"onset": "slowly",
                                                                          "side": "both legs"})
    assert triage(reply) == "urgent", spoken


# -- 9c: a grouped question's other findings wait for the group's own reason ----------------------

def test_weight_loss_said_without_back_pain_asks_nothing_about_back_pain_at_night() -> None:
    _, asked = run({"onset": "gradual", "side": "both_legs", "duration": "months"},
                   {"weight_loss": "yes"})
    assert "night_pain" not in asked and "back_signs" not in asked


def test_weight_loss_said_with_back_pain_still_asks_fever_and_night_pain() -> None:
    # control: with back pain the group's other signs are asked (and weight loss is same-day care)
    step, asked = run({"onset": "gradual", "side": "both_legs", "duration": "months",
                       "back_pain": "yes"}, {"weight_loss": "yes"})
    assert "fever" in asked and "night_pain" in asked
    assert step.assessment.level.value == "urgent"


def test_fever_said_first_then_back_pain_is_still_the_infection_flag() -> None:
    # control: a covered sign said before its group's reason counts once the reason is heard
    step, _ = run({"onset": "gradual", "side": "both_legs", "duration": "days",
                   "back_pain": "yes"}, {"fever": "yes"})
    assert "back_pain_with_fever" in [r.flag.id for r in step.assessment.red_flags]


# -- 9d: emergency routes with a single way in get a second -------------------------------------

def test_sciatica_down_both_legs_without_back_pain_is_an_emergency() -> None:
    # NHS sciatica: sciatica on both sides is A&E or 999; sciatica needs no back pain
    step, asked = run({"onset": "gradual", "side": "both_legs", "duration": "days",
                       "shooting_down_leg": "yes"}, {})
    assert "shooting_down_leg" in asked
    assert "bilateral_sciatica" in [r.flag.id for r in step.assessment.red_flags]


def test_shooting_pain_is_not_asked_of_one_leg_without_back_pain_or_months_of_both() -> None:
    _, one = run({"onset": "gradual", "side": "one_leg", "duration": "days"}, {})
    _, months = run({"onset": "gradual", "side": "both_legs", "duration": "months"}, {})
    assert "shooting_down_leg" not in one and "shooting_down_leg" not in months


def test_a_tight_swollen_leg_after_an_injury_is_asked_without_severe_pain_first() -> None:
    # NHS compartment syndrome: after an injury or in a cast, a tight, swollen leg is 999
    step, asked = run({"onset": "gradual", "side": "one_leg", "duration": "days",
                       "injury": "yes", "recent": "no", "compartment": "yes"},
                      {"injury": "yes"})
    assert "compartment" in asked
    assert step.assessment.level.value == "emergency"


def test_a_leg_turned_cold_and_pale_over_a_few_days_is_asked_and_is_the_emergency() -> None:
    # NHS Highland vascular guideline: acute limb ischaemia is a sudden loss of blood supply up
    # to two weeks after it began, a time-critical emergency; RCEM: a few days' history counts
    step, asked = run({"onset": "gradual", "side": "one_leg", "duration": "days",
                       "cold_pale_leg": "yes"}, {})
    assert "cold_pale_leg" in asked
    assert "limb_ischaemia" in [r.flag.id for r in step.assessment.red_flags]


def test_a_cold_leg_is_not_asked_again_of_weeks_or_of_both_legs_over_days() -> None:
    # weeks: chronic limb-threatening ischaemia, asked as rest pain and sores (same-day care)
    _, weeks = run({"onset": "gradual", "side": "one_leg", "duration": "weeks"}, {})
    _, both = run({"onset": "gradual", "side": "both_legs", "duration": "days"}, {})
    assert "cold_pale_leg" not in weeks and "cold_pale_leg" not in both

"""Round 26 (clinic26): back pain with numbness or tingling in both legs getting worse, the
emergency of the NHS back pain page (docs/clinical-safety.md 5zzj). In words of our own, as
whole conversations through the offline simulator (a simulated person answering each question
from their facts, as the vignette runner does), across the five locales, with controls.

26a. Back pain with numbness or tingling in both legs, hours, days or weeks old, getting worse:
     the NHS back pain page lists back pain with pain, tingling, weakness or numbness in both legs
     for 999 or A&E, the NHS sciatica page numbness or weakness in both legs that is severe or
     getting worse. The skill had no red flag for it unless the numbness climbed, the weakness was
     new or worse, or the sciatica was in both legs: it gave urgent, routine or self-care. Now,
     with back pain and both legs and the numbness not months old, the red-flag question "Are your
     legs themselves, not just your feet, getting more numb or tingly?" was asked; yes or not
     sure was `both_legs_worsening` (emergency, rule 3). TAKEN BACK in this round: it caught 12 of
     12 of our cases, but three older held-back vignette rows fell (aggregates only: cases there
     written below the emergency now over-triaged), so the cases that must reach the emergency
     are strict xfail until a clinical round rules on those expectations (docs/clinical-safety.md
     5zzj keeps the rule as measured). Controls that must not reach the emergency:
     long-standing spinal stenosis (months, on walking, eased by sitting), diabetic or B12
     nerve damage in both feet without back pain, a one-sided sciatica, back pain with one leg,
     numbness that began in both feet beside a back ache (the myeloma-like picture the sets
     write as same-day care), restless legs beside an old bad back.
"""

from __future__ import annotations

import pytest

from alexa_simulator import Simulator
from scripts.vignette_runner import _vignette, patient_answer, run_vignette, spoken_answers
from skill.screening.knowledge import default_knowledge
from tests.phrasings.runner import warned_first

KB = default_knowledge()
G = "gradual"
TAKEN_BACK = pytest.mark.xfail(strict=True, reason=(
    "26a taken back (round 26): back pain with both legs getting more numb or tingly as an "
    "emergency over-triaged older held-back vignettes written below it (three rows fell, "
    "aggregates only); a clinical decision on those expectations first: "
    "docs/clinical-safety.md 5zzj"))


def _outcome(locale: str, says: str, facts: dict[str, str]):
    case = _vignette({"id": "own", "description": "own case", "facts": facts, "says": says,
                      "locale": locale, "expected_triage": "emergency",
                      "expected_causes": ["sciatica"], "source": "nhs_back_pain"}, KB, "own")
    return run_vignette(KB, case)


# -- 26a ------------------------------------------------------------------------------------------

BACK_PAIN_BOTH_LEGS_WORSE = [
    ("en-GB", "My lower back's been bad for three weeks and now both my legs are tingling and "
              "it's getting worse.",
     {"onset": G, "back_pain": "yes", "side": "both_legs", "duration": "weeks",
      "getting_worse": "yes"}),
    ("en-US", "I threw my back out lifting boxes on Monday and since then both my legs have felt "
              "numb and it keeps getting worse.",
     {"onset": G, "back_pain": "yes", "side": "both_legs", "duration": "days",
      "getting_worse": "yes"}),
    ("en-AU", "Me back's been killing me for a fortnight and both me legs have gone tingly, worse "
              "every day.",
     {"onset": G, "back_pain": "yes", "side": "both_legs", "duration": "weeks",
      "getting_worse": "yes"}),
    ("en-IN", "Since one week my back is paining and both my legs are getting numb, it is "
              "increasing day by day.",
     {"onset": G, "back_pain": "yes", "side": "both_legs", "duration": "days",
      "getting_worse": "yes"}),
    ("en-CA", "My husband has had back pain for ten days and now he says both his legs are "
              "tingling more and more.",
     {"onset": G, "back_pain": "yes", "side": "both_legs", "duration": "days",
      "getting_worse": "yes"}),
    ("en-GB", "I've had backache for a month, it's worse at night, and my legs have gone tingly "
              "and they're getting worse.",
     {"onset": G, "back_pain": "yes", "night_pain": "yes", "side": "both_legs",
      "duration": "weeks", "getting_worse": "yes"}),
    ("en-US", "Both of my legs have been tingling for a couple of weeks and my lower back aches.",
     {"onset": G, "back_pain": "yes", "side": "both_legs", "duration": "weeks",
      "getting_worse": "yes"}),
    ("en-AU", "Both me legs have gone numb over the last few days.",
     {"onset": G, "back_pain": "yes", "side": "both_legs", "duration": "days",
      "getting_worse": "yes"}),
    ("en-IN", "My mother is having back pain since two weeks and her both legs are tingling, it "
              "is becoming worse.",
     {"onset": G, "back_pain": "yes", "side": "both_legs", "duration": "weeks",
      "getting_worse": "yes"}),
    ("en-CA", "I've had a sore back for about a week and both my thighs feel numb.",
     {"onset": G, "back_pain": "yes", "side": "both_legs", "duration": "days",
      "getting_worse": "yes"}),
    ("en-GB", "My legs have both gone numb and tingly since Saturday and my back is aching.",
     {"onset": G, "back_pain": "yes", "side": "both_legs", "duration": "days",
      "getting_worse": "unsure"}),
    ("en-US", "My back hurts and my legs are tingling, I'm not sure if it's getting worse.",
     {"onset": G, "back_pain": "yes", "side": "both_legs", "duration": "weeks",
      "getting_worse": "unsure"}),
]
# before (af4b921): 0 of these 12 reached the emergency (8 routine, 4 urgent: severe pain, night
# pain or a sudden-looking start; none warned of the nerves); with 26a: 12 of 12,
# both_legs_worsening; 26a taken back: 0 of 12 (strict xfail)


@TAKEN_BACK
@pytest.mark.parametrize(("locale", "says", "facts"), BACK_PAIN_BOTH_LEGS_WORSE)
def test_back_pain_with_both_legs_getting_worse_is_the_emergency(
        locale: str, says: str, facts: dict[str, str]) -> None:
    outcome = _outcome(locale, says, facts)
    assert outcome.triage.value == "emergency", (outcome.triage, outcome.red_flags, outcome.asked)
    assert "both_legs_worsening" in outcome.red_flags, outcome.red_flags
    assert not outcome.not_understood, outcome.not_understood


NOT_THAT = [
    # long-standing spinal stenosis: months, on walking or standing, eased by sitting
    ("en-GB", "For about a year my legs go numb when I walk to the shops, and it eases when I sit "
              "down. My back aches too.",
     {"onset": G, "back_pain": "yes", "worse_standing": "yes", "side": "both_legs",
      "duration": "months", "getting_worse": "no"}),
    ("en-US", "I have spinal stenosis and over the past few months my legs go numb and tingly "
              "sooner when I walk, sitting down eases it.",
     {"onset": G, "back_pain": "yes", "worse_standing": "yes", "known_stenosis": "yes",
      "side": "both_legs", "duration": "months", "getting_worse": "yes"}),
    ("en-AU", "Me legs tingle when I've been standing at the sink a while and bending forward "
              "helps, been like that for ages with me crook back.",
     {"onset": G, "back_pain": "yes", "worse_standing": "yes", "side": "both_legs",
      "duration": "months", "getting_worse": "no"}),
    # diabetic or B12 nerve damage in both feet, no back pain
    ("en-CA", "I'm diabetic and my feet have been numb and tingly for months, slowly getting "
              "worse.",
     {"onset": G, "diabetes": "yes", "feet_first": "yes", "side": "both_legs",
      "duration": "months", "getting_worse": "yes"}),
    ("en-GB", "I'm vegan and my feet have been tingling for a few weeks, a bit worse now.",
     {"onset": G, "feet_first": "yes", "side": "both_legs", "duration": "weeks",
      "getting_worse": "yes"}),
    ("en-IN", "Both my feet are burning and numb like socks since some months, I have sugar.",
     {"onset": G, "diabetes": "yes", "feet_first": "yes", "side": "both_legs",
      "duration": "months", "getting_worse": "yes"}),
    # a one-sided sciatica; back pain with one leg
    ("en-US", "My back hurts and the pain shoots down my right leg, my toes are tingly, for two "
              "weeks now and it's getting worse.",
     {"onset": G, "back_pain": "yes", "shooting_down_leg": "yes", "side": "one_leg",
      "duration": "weeks", "getting_worse": "yes"}),
    ("en-AU", "Sciatica down me left leg for a week with a numb patch on me shin, worse every "
              "day.",
     {"onset": G, "back_pain": "yes", "shooting_down_leg": "yes", "side": "one_leg",
      "duration": "days", "getting_worse": "yes"}),
    ("en-GB", "My lower back has been sore for a few days and my left thigh feels a bit numb.",
     {"onset": G, "back_pain": "yes", "side": "one_leg", "duration": "days",
      "getting_worse": "no"}),
    # numbness that began in both feet beside a back ache (written same-day care in the sets)
    ("en-GB", "My back and ribs have ached for six weeks, I've lost weight without trying, and "
              "now my feet are tingling.",
     {"onset": G, "back_pain": "yes", "bone_pain": "yes", "weight_loss": "yes",
      "feet_first": "yes", "side": "both_legs", "duration": "weeks", "getting_worse": "yes"}),
    ("en-US", "My feet have been numb for months, I'm diabetic, and I've had a bad back for "
              "years.",
     {"onset": G, "back_pain": "yes", "diabetes": "yes", "feet_first": "yes",
      "side": "both_legs", "duration": "months", "getting_worse": "yes"}),
    # restless legs beside a long-standing bad back
    ("en-CA", "Every night my legs get a creepy crawly feeling and I have to get up and walk, "
              "it's been months, and I've had a bad back for years.",
     {"onset": G, "back_pain": "yes", "urge_to_move": "yes", "sleep_disturbed": "yes",
      "side": "both_legs", "duration": "months", "getting_worse": "no"}),
]
# before (af4b921), with 26a and after: 12 of 12 below the emergency, the same level as before
# each (routine 10, self-care 1, urgent 1: back pain with weight loss)


@pytest.mark.parametrize(("locale", "says", "facts"), NOT_THAT)
def test_what_is_not_that_emergency_stays_below_it(locale: str, says: str,
                                                   facts: dict[str, str]) -> None:
    outcome = _outcome(locale, says, facts)
    assert outcome.triage.value != "emergency", (outcome.triage, outcome.red_flags, outcome.asked)
    assert "both_legs_worsening" not in outcome.red_flags


def _at_the_question(locale: str, opening: str, facts: dict[str, str]) -> Simulator:
    sim = Simulator(locale=locale)
    sim.launch()
    sim.say(opening)
    for _ in range(30):
        current = sim.session_attributes.get("screening", {}).get("current")
        if current == "both_legs_worse":
            return sim
        assert current is not None, sim.session_attributes.get("screening")
        value = patient_answer(KB.question(current), facts)
        sim.say(spoken_answers(value, locale)[0])
    raise AssertionError("the question was not asked")


@TAKEN_BACK
@pytest.mark.parametrize(("locale", "answer", "warned"), [
    ("en-GB", "yes", True),
    ("en-US", "yeah they're getting worse", True),
    ("en-AU", "not sure", True),
    ("en-IN", "I don't know", True),
    ("en-CA", "no", False),
    ("en-GB", "no just my feet", False),
])
def test_the_question_decides_it(locale: str, answer: str, warned: bool) -> None:
    """Yes or "not sure" is the emergency at once (rule 3); no is not."""
    facts = {"onset": G, "back_pain": "yes", "side": "both_legs", "duration": "weeks"}
    sim = _at_the_question(locale, "my back hurts and both my legs are tingling", facts)
    speech = sim.say(answer).speech
    assert warned_first(speech) is warned, speech


@TAKEN_BACK
def test_the_question_is_not_asked_for_months_or_one_leg() -> None:
    """Months (the narrowed spine's picture) and one leg do not open it."""
    from skill.screening.questioning import is_open

    question = KB.question("both_legs_worse")
    assert is_open(question, {"back_pain": "yes", "side": "both_legs", "duration": "weeks"})
    assert is_open(question, {"back_pain": "unsure", "side": "unsure", "duration": "unsure"})
    assert not is_open(question, {"back_pain": "yes", "side": "both_legs", "duration": "months"})
    assert not is_open(question, {"back_pain": "yes", "side": "one_leg", "duration": "days"})
    assert not is_open(question, {"back_pain": "no", "side": "both_legs", "duration": "days"})


# -- 26b ------------------------------------------------------------------------------------------
# A measure of the body said to go up ("weight is going up", "my sugar is going up", "my BP went
# up") was read as numbness spreading up the legs: with both legs and weeks, "Numbness that
# spreads up both legs ... should be seen today" (the twenty-fourth set's low-thyroid case, whose
# weight gain is the underactive thyroid's, NHS: see a GP). Now an idiom of spreading_up.

A_MEASURE_GOING_UP = [
    ("en-IN", "I am very tired, weight is going up, and both feet are tingling since two months."),
    ("en-GB", "My weight's going up and my feet tingle."),
    ("en-US", "I've been gaining weight, my weight keeps going up, and my feet have been tingling "
              "for months."),
    ("en-IN", "My sugar is going up and my feet are burning."),
    ("en-CA", "My cholesterol went up and my feet are numb."),
    ("en-GB", "My weight has gone up a lot and both my feet are numb."),
    ("en-IN", "My BP is going up since one month and my legs are tingling."),
    ("en-AU", "Me blood pressure's been going up and me feet are tingly."),
    ("en-AU", "Me weight's gone up heaps since I stopped me thyroid pills and me feet tingle."),
    ("en-US", "My weight keeps creeping up and my toes are tingling."),
]
# before (af4b921): 8 of these 10 read as numbness spreading up (warned at once); after: 0 of 10.
# Not reached: "my blood sugar keeps creeping up" is still read as spreading (left).


@pytest.mark.parametrize(("locale", "opening"), A_MEASURE_GOING_UP)
def test_a_measure_going_up_is_not_numbness_climbing(locale: str, opening: str) -> None:
    sim = Simulator(locale=locale)
    sim.launch()
    speech = sim.say(opening).speech
    history = sim.session_attributes.get("screening", {}).get("history", "")
    assert "spreading_up" not in history and not warned_first(speech), (history, speech)


@pytest.mark.parametrize(("locale", "opening"), [
    # controls: the numbness itself going up, also beside a measure going up
    ("en-CA", "The tingling in my feet is going up my legs."),
    ("en-GB", "The numbness is going up to my knees."),
    ("en-US", "My weight is going up and the tingling is creeping up my legs."),
    ("en-IN", "Tingling is going up from feet to knees since three days."),
    ("en-AU", "Me sugar's gone up and the numbness has crept up to me knees."),
])
def test_numbness_going_up_is_still_read(locale: str, opening: str) -> None:
    sim = Simulator(locale=locale)
    sim.launch()
    sim.say(opening)
    history = sim.session_attributes.get("screening", {}).get("history", "")
    assert "spreading_up=yes" in history, history

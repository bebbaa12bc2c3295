"""Round 28 (clinic28): two readings found in the twenty-sixth vignette set's tuning part, said in
words of our own to the offline simulator as the opening of a screening (the interaction model
included), across the five locales, with controls that must keep their reading
(docs/clinical-safety.md 5zzq). No held-back material was read.

28a. A leak dated from an event with no date of its own ("a small leak since my second delivery",
     "leaked a little since my second baby"), said beside an old complaint in another clause
     ("cold always", "numb for years"), was read as a change now: "since" beside an old clause
     made the leak new, so the timing question was answered yes and the new-bladder emergency
     was warned at once. "Since" an unnamed-date event (a delivery, a birth, an operation) says
     no change now: the timing question is asked (rule 3), the leak kept, never denied. Said with
     a day, a week or "ago" ("since my operation last week") it is a change now, as before.
28b. A worry asked ("is that cancer?", "could it be cancer?", "do I have cancer?", "I'm scared it
     might be cancer") was read as a cancer had (in doubt, or for certain with "have cancer"), and
     back pain beside it gave the cancer-pressing-on-the-cord emergency. The worry now holds no
     cancer history (understanding.yaml cancer_history `worries`): NHS back pain's own level for
     night pain and weight loss (same day) stands, and the cancer question is still asked. Said
     of one's own cancer ("is it my cancer coming back?", "could it be the cancer again?":
     `worries_undone`) it is read as before.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.openings import opened_with, own_case


def _outcome(locale: str, says: str, facts: dict[str, str]):
    return own_case(locale, says, facts, "routine", ["hypothyroidism"], "nhs_hypothyroidism")


# -- 28a. a leak "since my delivery" beside an old complaint: asked, not new --------------------

LEAK_SINCE_AN_EVENT = [
    ("en-IN", "I am feeling cold always, weight is increasing and I am very tired. Small leak of "
              "urine when I cough since my second delivery, that is old only."),
    ("en-IN", "I am feeling cold always, my feet tingle. Small leak of urine when I cough since "
              "my second delivery, that is old only."),
    ("en-GB", "My feet have always been a bit numb, and I've leaked a little since my second "
              "baby."),
    ("en-US", "I've had numb toes for years and I dribble a bit since my prostate surgery"),
    ("en-AU", "Me feet are always cold and tingly, and I've had a bit of a leak since me "
              "hysterectomy"),
    ("en-CA", "my legs have tingled for years, and my bladder leaks a little since the birth of "
              "my son"),
    ("en-GB", "She's always had pins and needles in her feet, and she's leaked urine since her "
              "deliveries"),
    ("en-IN", "for many years my feet are burning and urine leak is there since my operation"),
    ("en-US", "I always get cramps in my legs, and I've been a bit incontinent since my prostate "
              "operation"),
    ("en-GB", "I have always had tingly feet, I wet myself a little since my c section"),
    ("en-AU", "tingly legs for ages, and a bit of a bladder leak since having the twins"),
]
# on the base 3c16ad7: 6 of these 11 were not warned at once (the first, third, fifth, sixth and
# seventh were: the new-bladder emergency); after: 11 of 11, each with the leak kept and its
# timing asked


@pytest.mark.parametrize(("locale", "opening"), LEAK_SINCE_AN_EVENT)
def test_a_leak_since_a_delivery_or_an_operation_is_asked_not_taken_as_new(
        locale: str, opening: str) -> None:
    screening, speech = opened_with(locale, opening)
    history = screening.get("history", "")
    assert not warned_first(speech), (speech, history)
    assert "cauda_equina_bladder" not in (screening.get("red_flags") or []), history
    assert "recent=" not in history, history
    assert "bladder_bowel=yes" in history or "bladder_bowel=unsure" in history, history


NEW_LOSS_OF_CONTROL = [
    ("en-GB", "my feet have been numb for years and since yesterday I can't hold my wee"),
    ("en-US", "I've always had cold feet, and since my operation last week I can't control my "
              "bladder"),
    ("en-US", "my legs went numb and weak suddenly and I've lost control of my bladder"),
    ("en-GB", "my feet have tingled for years and now I can't control my bladder"),
    ("en-US", "my legs have always been numb and since my surgery on Monday I can't feel when I "
              "need to pee"),
]


@pytest.mark.parametrize(("locale", "opening"), NEW_LOSS_OF_CONTROL)
def test_a_new_loss_of_bladder_control_with_numb_legs_still_warns(locale: str,
                                                                  opening: str) -> None:
    screening, speech = opened_with(locale, opening)
    assert warned_first(speech), (speech, screening.get("history"))
    assert "cauda_equina_bladder" in screening.get("red_flags", []), screening.get("history")


def test_an_old_leak_since_a_delivery_beside_an_underactive_thyroid_is_routine() -> None:
    outcome = _outcome("en-IN", "I am thyroid patient, I am feeling cold always, weight is "
                       "increasing. Small leak of urine when I laugh since my second delivery, "
                       "that is old only.", {
                           "onset": "gradual", "thyroid": "yes", "feet_first": "yes",
                           "bladder_bowel": "yes", "recent": "no", "bladder_weeks": "no",
                           "stress_leak": "yes", "saddle_numbness": "no", "diabetes": "no",
                           "back_pain": "no", "leg_weakness": "no", "side": "both_legs",
                           "duration": "months", "getting_worse": "no"})
    assert outcome.triage.value == "routine", (outcome.triage, outcome.asked)
    assert "recent" in outcome.asked, outcome.asked
    assert not outcome.red_flags


def test_the_same_leak_said_new_at_its_timing_question_still_warns() -> None:
    outcome = _outcome("en-IN", "I am feeling cold always. Small leak of urine since my second "
                       "delivery.", {
                           "onset": "gradual", "bladder_bowel": "yes", "recent": "yes",
                           "side": "both_legs", "duration": "months"})
    assert "cauda_equina_bladder" in outcome.red_flags, (outcome.red_flags, outcome.asked)
    assert outcome.triage.value == "emergency"


# -- 28b. "is that cancer?": a worry asked, not a cancer had ----------------------------------

CANCER_WORRIES = [
    ("en-US", "my lower back has been hurting every night for like 6 weeks it wakes me up and i "
              "lost 15 pounds without trying and now my left leg tingles is that cancer"),
    ("en-GB", "my back's been aching at night for weeks and I've lost weight, could it be cancer?"),
    ("en-IN", "back pain at night since one month and weight is going down, is it cancer doctor?"),
    ("en-CA", "my back hurts at night and my foot tingles, I'm scared it might be cancer"),
    ("en-US", "my mom's back hurts every night and she lost weight, does she have cancer?"),
    ("en-GB", "back pain waking me at night, lost a stone, I'm worried it's cancer"),
    ("en-US", "my back aches at night and my leg tingles, do I have cancer"),
    ("en-AU", "my back hurts at night, is this cancer or something?"),
    ("en-US", "back pain every night, lost weight, tingling leg, am I getting cancer"),
]
# on the base 3c16ad7: 0 of these 9 without a cancer history read (7 in doubt, 2 for certain,
# each with the cancer-pressing-on-the-cord emergency); after: 9 of 9 read the back pain, none a
# cancer, and NHS back pain's same-day warning is said


@pytest.mark.parametrize(("locale", "opening"), CANCER_WORRIES)
def test_a_worry_asked_about_cancer_is_not_a_cancerhistory_of(locale: str, opening: str) -> None:
    screening, speech = opened_with(locale, opening)
    history = screening.get("history", "")
    assert "cancer_history" not in history, history
    assert "back_pain=yes" in history, history
    assert "back_pain_after_cancer" not in (screening.get("red_flags") or []), history
    assert "back_pain_after_cancer" not in (screening.get("unsure_flags") or []), history
    assert warned_first(speech), speech  # the same-day warning (night pain, weight loss)


OWN_CANCER = [
    ("en-US", "I had breast cancer and now my back hurts at night and my leg tingles", "yes"),
    ("en-GB", "my back hurts at night, is it my cancer coming back?", "unsure"),
    ("en-US", "my back hurts, I have prostate cancer", "yes"),
    ("en-AU", "back pain at night, the cancer has spread to my bones", "yes"),
    ("en-GB", "my back hurts at night, could it be the cancer again? I had it in my breast",
     "unsure"),
    ("en-US", "I'm a cancer survivor and my back hurts every night", "yes"),
    ("en-IN", "I have cancer, back pain is there at night", "yes"),
    ("en-US", "my back hurts at night, I'm on chemo for lung cancer", "yes"),
    ("en-GB", "my back hurts, is it the cancer back?", "unsure"),
    # a cancer had, said in doubt, is not a worry (found by the phrasings runner on batch 31)
    ("en-CA", "slowly, my back aches, and I think I might have had cancer, a skin one", "unsure"),
    ("en-US", "my back aches and I'm worried I might have had cancer", "unsure"),
]


@pytest.mark.parametrize(("locale", "opening", "answer"), OWN_CANCER)
def test_night_pain_with_a_known_cancer_still_warns(locale: str, opening: str,
                                                    answer: str) -> None:
    screening, speech = opened_with(locale, opening)
    history = screening.get("history", "")
    assert f"cancer_history={answer}" in history, history
    assert warned_first(speech), speech
    raised = (screening.get("red_flags") or []) + (screening.get("unsure_flags") or [])
    assert "back_pain_after_cancer" in raised, (raised, history)


def test_back_pain_at_night_with_weight_loss_asked_if_cancer_is_urgent_and_asks_it() -> None:
    outcome = _outcome("en-US", "my lower back hurts every night for 6 weeks and i lost 15 pounds "
                       "without trying, my left leg tingles, is that cancer", {
                           "onset": "gradual", "back_pain": "yes", "night_pain": "yes",
                           "weight_loss": "yes", "bone_pain": "yes", "cancer_history": "no",
                           "fever": "no", "leg_weakness": "no", "bladder_bowel": "no",
                           "saddle_numbness": "no", "injury": "no", "side": "one_leg",
                           "duration": "weeks", "getting_worse": "yes"})
    assert outcome.triage.value == "urgent", (outcome.triage, outcome.asked)
    # asked on its own or in the history question ("... or have you ever had cancer?")
    assert {"cancer_history", "history_group"} & set(outcome.asked), outcome.asked


def test_the_same_worry_then_yes_to_the_cancer_question_still_warns() -> None:
    outcome = _outcome("en-US", "my lower back hurts every night and i lost weight, is that "
                       "cancer", {"onset": "gradual", "back_pain": "yes", "night_pain": "yes",
                                  "weight_loss": "yes", "cancer_history": "yes",
                                  "side": "one_leg", "duration": "weeks"})
    assert "back_pain_after_cancer" in outcome.red_flags, (outcome.red_flags, outcome.asked)
    assert outcome.triage.value == "emergency"

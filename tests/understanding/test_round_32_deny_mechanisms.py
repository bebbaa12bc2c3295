"""Round 32 (deny32): denials and yes/no answers read wrongly, found among batch 35's tuning
half's false alarms: "yeah no" (a no in Australia, New Zealand and Britain) read as its "yeah";
a part said to be fine or absent the Indian English way ("power is fine in the legs", "sugar is
not there, fasting test was normal only"); "not sure" said first with the sign only guessed at
after it, at a red-flag question; and the shooting denied beside the side answer ("left, and it
doesn't shoot down"); said in words of our own to the offline simulator at a real point of a
screening (the interaction model included), across the five locales, with controls
(docs/clinical-safety.md 5zzze). No held-back material was read.

32k. "Yeah no" opening an answer is a no, as "yeah nah" already was (the "yeah" takes the
question in, the "no" answers it); "yeah no worries", "yeah no doubt" stay the yes they are,
and a sign told in words after "yeah no" is still read and warned (rule 1).

32l. The part said to be as it should be, or the illness said to be absent, in Indian English:
"power is fine in the legs" (a clinician's word for strength), "sugar is not there", "fasting
test was normal only": the finding denied. A fasting blood test is no reason for weight lost.

32m. "Not sure" said first, the sign only guessed at after it ("not sure, it might be, it feels
a bit different when I wipe"), at a question whose every red flag and triage floor holds a "not
sure" at the level of a yes: recorded "not sure", and the warning still comes first (rule 3).
Where a floor would drop with "not sure" (diabetes), the yes stands, as before.

32n. The shooting denied beside the side answer ("left, and it doesn't shoot down", "the right,
and no, nothing shooting, it's more of a buzz"): shooting_down_leg recorded no; a shooting said
plainly beside the side is still a yes, and in both legs still warns.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.test_words_in_context import read_at, say_at, warned_at

# -- 32k. "yeah no" is a no ------------------------------------------------------------------

OWN_32K = [
    ("cancer_history", "yeah no, I've never had cancer", "cancer_history=no", "en-AU"),
    ("fever", "yeah no, no temperature at all", "fever=no", "en-AU"),
    ("injury", "yeah no, I haven't had any knock or fall", "injury=no", "en-GB"),
    ("face_arm_speech", "yeah no, my face and arms are fine", "face_arm_speech=no", "en-GB"),
    ("leg_weakness", "yeah no, they're not weak, just pins and needles", "leg_weakness=no",
      "en-AU"),
    ("bladder_bowel", "yeah no, the toilet side of things is all normal", "bladder_bowel=no",
      "en-AU"),
    ("foot_wound", "yeah no, no cuts or sores on my feet", "foot_wound=no", "en-GB"),
    ("fever", "yep no, haven't been hot or shivery", "fever=no", "en-CA"),
    ("cancer_history", "yeah no", "cancer_history=no", "en-GB"),
    ("cancer_history", "yep, no", "cancer_history=no", "en-US"),
    ("injury", "yeah no, nothing like that, mate", "injury=no", "en-AU"),
    ("fever", "yeah, no, I've felt alright in myself", "fever=no", "en-IN"),
]


@pytest.mark.parametrize(("context", "text", "expected", "locale"), OWN_32K)
def test_yeah_no_is_a_no(context: str, text: str, expected: str, locale: str) -> None:
    read_at(context, text, expected, locale)


# a sign told in words after "yeah no" is still warned; "no yeah", "nah yeah" stay a yes
SIGNS_32K = [
    ("face_arm_speech", "yeah no, my face is drooping on one side", "stroke_signs", "en-AU"),
    ("injury", "no yeah, I did fall on my back", "spinal_injury", "en-AU"),
    # "yeah no" as an emphatic yes, the sign said after it in passing: the yes stands
    ("spreading_up", "yeah no, it's definitely creeping up, it was my toes and now my shins",
     "ascending_numbness", "en-AU"),
    ("saddle_numbness", "yeah no, yeah, it's gone numb down there like I'm sat on ice",
     "cauda_equina_saddle", "en-GB"),
    # a yes, then a loss said with "no" ("yes, no grip"): the yes stands, no "yeah no"
    ("face_arm_speech", "yes, no grip in my right arm", "stroke_signs", "en-GB"),
    ("face_arm_speech", "yeah, no feeling in the left side of my face", "stroke_signs", "en-AU"),
    ("injury", "nah yeah, I came off the ladder onto my back yesterday", "spinal_injury", "en-GB"),
    ("saddle_numbness", "yeah no, it's actually numb down there when I wipe",
      "cauda_equina_saddle", "en-GB"),
    ("cancer_history", "no yeah, I had breast cancer five years ago", "back_pain_after_cancer",
      "en-AU"),
]


@pytest.mark.parametrize(("context", "text", "flag", "locale"), SIGNS_32K)
def test_a_sign_after_yeah_no_still_warns(context: str, text: str, flag: str, locale: str) -> None:
    warned_at(context, text, flag, locale)


# the "no" of a set phrase after "yeah" leaves the yes ("yeah no worries"), and a plain
# "yeah, ..." stays a yes
YES_32K = [
    ("diabetes", "yeah no worries", "en-AU"),
    ("diabetes", "yeah no doubt about it", "en-GB"),
    ("diabetes", "yeah no problem, type two", "en-AU"),
    ("bladder_bowel", "yeah, my bladder's been leaking", "en-GB"),
]


@pytest.mark.parametrize(("context", "text", "locale"), YES_32K)
def test_a_yes_with_a_set_phrase_stays_a_yes(context: str, text: str, locale: str) -> None:
    _, answers, _ = say_at(context, text, locale)
    assert answers.get(context) == "yes", answers


def test_yeah_no_doubt_at_a_red_flag_question_still_warns() -> None:
    warned_at("cancer_history", "yeah no doubt, I had bowel cancer", "back_pain_after_cancer",
              "en-AU")


# -- 32l. the part said fine, the illness said absent ------------------------------------------

OWN_32L = [
    ("leg_weakness", "no, power is fine in the legs, only numbness", "leg_weakness=no", "en-IN"),
    ("leg_weakness", "no, power is full in both legs", "leg_weakness=no", "en-IN"),
    ("leg_weakness", "no, strength is normal, only the tingling", "leg_weakness=no", "en-IN"),
    ("leg_weakness", "no no, power is okay, walking also okay", "leg_weakness=no", "en-IN"),
    ("leg_weakness", "nope, the power in my legs is normal", "leg_weakness=no", "en-US"),
    ("leg_weakness", "no, full power in both legs, the doctor checked", "leg_weakness=no", "en-GB"),
    ("diabetes", "sugar is not there", "diabetes=no", "en-IN"),
    ("diabetes", "sugar is not there, fasting test was normal only", "diabetes=no", "en-IN"),
    ("diabetes", "no, fasting sugar report was normal", "diabetes=no", "en-IN"),
    ("diabetes", "no, my glucose levels were fine at the check", "diabetes=no", "en-GB"),
    ("diabetes", "no, my hba1c results were normal", "diabetes=no", "en-CA"),
    ("diabetes", "diabetes is not there", "diabetes=no", "en-IN"),
]


@pytest.mark.parametrize(("context", "text", "expected", "locale"), OWN_32L)
def test_a_part_said_fine_denies(context: str, text: str, expected: str, locale: str) -> None:
    read_at(context, text, expected, locale)


def test_a_fasting_test_is_no_weight_lost() -> None:
    _, answers, _ = say_at("diabetes", "sugar is not there, fasting test was normal only", "en-IN")
    assert answers.get("weight_loss") != "yes", answers


CONTROLS_32L = [
    ("diabetes", "sugar is there", "diabetes=yes", "en-IN"),
    ("diabetes", "sugar is there, taking tablets", "diabetes=yes", "en-IN"),
    ("diabetes", "yes, fasting sugar was high", "diabetes=yes", "en-IN"),
    ("leg_weakness", "no, power is not fine, legs are giving way", "leg_weakness=yes", "en-IN"),
]


@pytest.mark.parametrize(("context", "text", "expected", "locale"), CONTROLS_32L)
def test_the_illness_said_present_stays(context: str, text: str, expected: str,
                                        locale: str) -> None:
    _, answers, _ = say_at(context, text, locale)
    question, value = expected.split("=")
    assert answers.get(question) == value, answers


# -- 32m. "not sure" first, the sign guessed at after it ---------------------------------------

OWN_32M = [
    ("saddle_numbness", "not sure, it might be, it feels a bit different when I wipe",
      "cauda_equina_saddle", "en-US"),
    ("saddle_numbness", "I'm not sure, maybe a little numb down there", "cauda_equina_saddle",
      "en-GB"),
    ("saddle_numbness", "not sure, it could be slightly numb when I wipe", "cauda_equina_saddle",
      "en-AU"),
    ("saddle_numbness", "not sure really, perhaps it's a bit numb around my bottom",
      "cauda_equina_saddle", "en-CA"),
    ("face_arm_speech", "not sure, maybe my face is a bit droopy", "stroke_signs", "en-US"),
    ("face_arm_speech", "I'm not sure, my speech might be a little slurred", "stroke_signs",
      "en-GB"),
    ("fever", "I'm not sure, I could be running a slight fever", "back_pain_with_fever", "en-AU"),
    ("fever", "not sure, I might have a bit of a temperature", "back_pain_with_fever", "en-GB"),
    ("injury", "not sure, I may have knocked my back", "spinal_injury", "en-CA"),
    ("foot_wound", "not sure, there might be a small sore on my toe", "diabetic_foot_wound",
      "en-IN"),
]


@pytest.mark.parametrize(("context", "text", "flag", "locale"), OWN_32M)
def test_not_sure_first_is_not_sure_and_still_warns(context: str, text: str, flag: str,
                                                    locale: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert flag in flags and warned_first(speech), (flags, speech)
    assert answers.get(context) == "unsure", answers


@pytest.mark.parametrize(("context", "text", "flag", "locale"), [
    ("saddle_numbness", "yes, it's numb when I wipe", "cauda_equina_saddle", "en-GB"),
    ("saddle_numbness", "not sure", "cauda_equina_saddle", "en-US"),
    ("face_arm_speech", "my face is drooping, I'm not sure why", "stroke_signs", "en-AU"),
])
def test_a_sign_said_plainly_or_a_bare_not_sure_still_warns(context: str, text: str, flag: str,
                                                             locale: str) -> None:
    warned_at(context, text, flag, locale)


def test_a_floor_that_drops_with_not_sure_keeps_the_yes() -> None:
    """Diabetes: a floor holds a yes but not a "not sure", so a guessed yes stays a yes."""
    _, answers, _ = say_at("diabetes", "not sure, my sugar might be a bit high", "en-GB")
    assert answers.get("diabetes") == "yes", answers


# -- 32n. the shooting denied beside the side answer -------------------------------------------

OWN_32N = [
    ("side", "left, and it doesn't shoot down, it's just a dull numb feeling", "en-US"),
    ("side", "the right, and no, nothing shooting, it's more of a buzz", "en-GB"),
    ("side", "just the left, no shooting pain at all", "en-CA"),
    ("side", "the right one, it doesn't shoot anywhere", "en-AU"),
    ("side", "left leg, and it's not shooting, just numb", "en-IN"),
    ("side", "one leg, the left, nothing radiating down it", "en-GB"),
    ("side", "both, but it doesn't shoot down them", "en-US"),
    ("side", "both legs, and nothing shooting", "en-AU"),
    ("side", "the left, it's not going down my leg, it stays in the foot", "en-GB"),
    ("side", "right side, never shoots, just pins and needles", "en-CA"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_32N)
def test_shooting_denied_beside_the_side_is_recorded(context: str, text: str, locale: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get("shooting_down_leg") == "no", (answers, speech)
    assert answers.get("side") in ("one_leg", "both_legs"), answers
    assert not flags and not warned_first(speech), (flags, speech)


def test_shooting_said_beside_the_side_is_still_a_yes() -> None:
    _, answers, _ = say_at("side", "the right, and it shoots down to my foot", "en-GB")
    assert answers.get("shooting_down_leg") == "yes", answers


def test_shooting_in_both_legs_beside_the_side_still_warns() -> None:
    warned_at("side", "both, and it shoots down both legs from my back", "bilateral_sciatica",
              "en-AU")


def test_a_sign_after_a_shooting_denial_still_counts() -> None:
    _, answers, _ = say_at("side", "both legs, it doesn't shoot, but I can't control my bladder",
                           "en-GB")
    assert answers.get("bladder_bowel") == "yes", answers

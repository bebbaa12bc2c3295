"""Round 31 (safety31): red flags lost because the sign was said in other words than the
vocabulary's: strength said as "less power", sex said as things that no longer work "in bed" or
"below the belt" (and "never a problem before" said of it), and thin bones said as a split
"osteo porosis", as being brittle, or as a bone broken by a sneeze; said in words of our own to
the offline simulator at a real point of a screening (the interaction model included), across
the five locales, with controls (docs/clinical-safety.md 5zzz). No held-back material was read.

31a. Legs with "less power" or "little strength" ("legs are having less power", "there's less
power in my legs"): weakness of the legs (leg_weakness; NHS cauda equina syndrome, NICE CKS
sciatica red flags), warned, asked when it began, or confirmed when said in doubt.

31b. Sex said as things that no longer work ("things don't work the same in bed", "things below
the belt aren't working like they did"), and a change told with "never a problem before" (the
"never" says it is new, no denial): a new change in sexual function (cauda_equina_sexual; Cauda
Equina UK, NHS cauda equina syndrome), warned, or confirmed when said in doubt.

31c. Thin bones said another way: the word split by speech recognition ("osteo porosis"),
"brittle as anything", or a bone broken by a sneeze, a cough or bending (a fragility fracture,
NICE CG146 / NICE CKS osteoporosis): with back pain, back_pain_thin_bones, warned.

31d. A sign told after one word the answer's own "no" denies, whether or not the vocabulary
reads it ("no drooping, my arm is weak", "no accent, I'm slurring my words today"): the "no"
answers for that word; the sign in a clause of its own after it is warned (round 26's rule,
5zzg, held to the same tests: no past, no reassurance, no negative of its own).

31e. Indian English forms: rest said as "taking rest" ("foot is paining even when I am taking
rest": pain at rest, critical_limb_ischaemia; NHS PAD, NICE CG147), and pain "going from back to
both the legs" without "my" (sciatica in both legs, bilateral_sciatica; NICE CKS sciatica).
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.test_words_in_context import denied_at, not_flagged_at, say_at
from tests.understanding.test_words_in_context import warned_at as _warned


def _heard(context: str, text: str, locale: str, flag: str, finding: str) -> None:
    """`text` warns `flag` first; or reads `finding` as yes or in doubt and asks about it (a
    "Just to check", or the skill's own question of when a timed sign began)."""
    speech, answers, flags = say_at(context, text, locale)
    if flag in flags and warned_first(speech):
        return
    assert answers.get(finding) in ("yes", "unsure"), (flags, answers, speech)
    assert "Just to check" in speech or "in the last few days" in speech, (answers, speech)


# -- 31a. strength said as "less power" -----------------------------------------------------------

OWN_31A = [
    ("onset", "suddenly, and maybe my legs are having less power, not sure", "en-IN"),
    ("onset", "suddenly, and both legs are having less power since yesterday", "en-IN"),
    ("side", "both, and there is less power in my legs from two days", "en-IN"),
    ("onset", "suddenly, I think my legs have got less strength, could be nothing", "en-GB"),
    ("side", "both, and my legs have hardly any power since this morning", "en-AU"),
    ("onset", "all at once, and there's not much strength in my legs now", "en-US"),
    ("side", "both, maybe less power in both the legs, I am not sure", "en-IN"),
    ("onset", "suddenly, and my legs seem to have less power than before", "en-CA"),
    ("side", "both, the power in my legs is less since Monday", "en-IN"),
    ("onset", "suddenly, my legs have little strength today", "en-GB"),
    ("side", "both, and I feel there's reduced power in my legs", "en-AU"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_31A)
def test_legs_with_less_power_are_weak_legs(context: str, text: str, locale: str) -> None:
    _heard(context, text, locale, "new_leg_weakness", "leg_weakness")


# -- 31b. sex said as things that no longer work ------------------------------------------------

OWN_31B = [
    ("side", "both, and I think things don't work the same in bed lately", "en-US"),
    ("side", "both, and things down below aren't working like they did", "en-GB"),
    ("side", "both, maybe things below the belt aren't working like they did", "en-GB"),
    ("side", "both, things below the belt are not working since a week", "en-IN"),
    ("onset", "suddenly, and things in the bedroom don't work the same now", "en-AU"),
    ("side", "both, and things don't work properly in bed any more", "en-CA"),
    ("side", "both, since five days I am not getting erection, never a problem before", "en-IN"),
    ("onset", "suddenly, I can't get an erection, never a problem before", "en-GB"),
    ("side", "both, and I can't keep an erection, never had a problem before", "en-US"),
    ("side", "both, possibly things aren't working below the belt, not sure", "en-AU"),
    ("onset", "suddenly, and maybe everything below the belt isn't working right", "en-CA"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_31B)
def test_sex_said_as_things_that_no_longer_work_is_heard(context: str, text: str,
                                                         locale: str) -> None:
    _heard(context, text, locale, "cauda_equina_sexual", "sexual_function")


# -- 31c. thin bones said another way ------------------------------------------------------------

OWN_31C = [
    ("fever", "no but i have osteo porosis and i broke my hip last year", "en-US"),
    ("fever", "no fever, but I'm brittle as anything, I cracked a vertebra just sneezing once",
     "en-US"),
    ("fever", "no, though I've got osteo porosis", "en-GB"),
    ("fever", "no temperature, but the doctor says I have osteo penia", "en-AU"),
    ("fever", "no fever, but I broke a rib just coughing last winter", "en-CA"),
    ("fever", "no, but I am brittle as anything", "en-GB"),
    ("fever", "no fever but I fractured my wrist just bending over", "en-IN"),
    ("fever", "no, but I cracked a rib from a sneeze in March", "en-AU"),
    ("fever", "no fever but my spine broke when I coughed last year", "en-US"),
    ("fever", "no, i have osteo porosis since many years", "en-IN"),
    ("fever", "no, but I snapped a vertebra just bending down to tie my shoe", "en-CA"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_31C)
def test_thin_bones_said_another_way_are_heard_with_back_pain(context: str, text: str,
                                                              locale: str) -> None:
    _warned(context, text, "back_pain_thin_bones", locale)


# -- 31d. a sign told after one word the answer's "no" denies --------------------------------

OWN_31D = [
    ("face_arm_speech", "no drooping, my arm is weak", "en-GB", "stroke_signs"),
    ("face_arm_speech", "no accent, I'm slurring my words today", "en-US", "stroke_signs"),
    ("face_arm_speech", "no drooping, my left arm has gone weak", "en-AU", "stroke_signs"),
    ("face_arm_speech", "no numbness, my speech is slurred", "en-CA", "stroke_signs"),
    ("face_arm_speech", "no dribbling, I can't lift my right arm", "en-IN", "stroke_signs"),
    ("face_arm_speech", "no headache, my arm has gone weak", "en-GB", "stroke_signs"),
    ("cauda_equina_signs", "no leaking, I can't pee at all since this morning", "en-GB",
     "cauda_equina_bladder"),
    ("cauda_equina_signs", "no dribbling, I haven't peed since last night", "en-AU",
     "cauda_equina_bladder"),
    ("face_arm_speech", "no tingling, my face has dropped on one side", "en-US", "stroke_signs"),
    ("face_arm_speech", "nah, accent, my words are slurred", "en-AU", "stroke_signs"),
    ("face_arm_speech", "no dizziness, my arm has gone weak", "en-IN", "stroke_signs"),
]


@pytest.mark.parametrize(("context", "text", "locale", "flag"), OWN_31D)
def test_a_sign_told_after_one_word_denied_is_warned(context: str, text: str, locale: str,
                                                     flag: str) -> None:
    _warned(context, text, flag, locale)


CONTROLS_31D = [
    # (context, said, locale, finding): still a no, no warning
    ("face_arm_speech", "no drooping, my arm is fine", "en-GB", "face_arm_speech"),
    ("face_arm_speech", "no drooping, had a weak arm years ago", "en-AU", "face_arm_speech"),
    ("face_arm_speech", "no accent, I talk like this", "en-US", "face_arm_speech"),
    ("face_arm_speech", "no drooping and no weakness", "en-CA", "face_arm_speech"),
    ("face_arm_speech", "no thanks, nothing like that", "en-IN", "face_arm_speech"),
    ("cauda_equina_signs", "no leaking, my bladder is normal", "en-GB", "bladder_bowel"),
]


@pytest.mark.parametrize(("context", "text", "locale", "finding"), CONTROLS_31D)
def test_a_denial_of_one_word_with_no_sign_after_it_stays_no(context: str, text: str,
                                                             locale: str, finding: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert not flags and not warned_first(speech), (answers, flags, speech)
    assert "no" in (answers.get(finding), answers.get(context)), (answers, speech)


# -- 31e. Indian English forms: "taking rest", and the back without "my" --------------------------

OWN_31E = [
    ("duration", "two months, foot is paining even when I am taking rest", "en-IN",
     "critical_limb_ischaemia", "rest_pain"),
    ("duration", "since three months, toes are paining even while taking rest", "en-IN",
     "critical_limb_ischaemia", "rest_pain"),
    ("side", "one leg, even while taking rest my foot is paining", "en-IN",
     "critical_limb_ischaemia", "rest_pain"),
    ("duration", "a few weeks, my feet hurt even when I'm having a rest", "en-GB",
     "critical_limb_ischaemia", "rest_pain"),
    ("duration", "about a month, the foot aches even when taking some rest", "en-AU",
     "critical_limb_ischaemia", "rest_pain"),
    ("side", "both sides, pain is going from back to both the legs", "en-IN",
     "bilateral_sciatica", "shooting_down_leg"),
    ("side", "both, current type pain is coming from back to both legs", "en-IN",
     "bilateral_sciatica", "shooting_down_leg"),
    ("side", "both, the pain runs from the back into both legs", "en-GB",
     "bilateral_sciatica", "shooting_down_leg"),
    ("side", "both, pain shoots from lower back into both legs", "en-US",
     "bilateral_sciatica", "shooting_down_leg"),
    ("side", "both legs, pain travels from back to each leg", "en-CA",
     "bilateral_sciatica", "shooting_down_leg"),
]


@pytest.mark.parametrize(("context", "text", "locale", "flag", "finding"), OWN_31E)
def test_indian_english_forms_of_rest_pain_and_both_legs_sciatica_are_heard(
        context: str, text: str, locale: str, flag: str, finding: str) -> None:
    _heard(context, text, locale, flag, finding)


# -- controls: plain red flags still warn ------------------------------------------------------

CONTROLS_WARNED = [
    ("onset", "suddenly, my legs have given way", "en-US", "new_leg_weakness"),
    ("side", "both, and I can't lift my legs since yesterday", "en-IN", "new_leg_weakness"),
    ("side", "both legs, and I am not getting erection", "en-IN", "cauda_equina_sexual"),
    ("side", "both, I can't get an erection since last week", "en-GB", "cauda_equina_sexual"),
    ("onset", "suddenly, I've wet myself", "en-GB", "cauda_equina_bladder"),
    ("onset", "suddenly, I can't pee at all", "en-AU", "cauda_equina_bladder"),
    ("onset", "suddenly, my bum is numb", "en-AU", "cauda_equina_saddle"),
    ("onset", "suddenly, my face is drooping", "en-CA", "stroke_signs"),
    ("onset", "suddenly, my arm is weak", "en-US", "stroke_signs"),
    ("fever", "no, but I have osteoporosis", "en-GB", "back_pain_thin_bones"),
    ("fever", "no, but I have thin bones", "en-US", "back_pain_thin_bones"),
    ("side", "both, and I have shooting pain down both legs", "en-GB", "bilateral_sciatica"),
    ("onset", "suddenly, my leg is cold and white", "en-GB", "limb_ischaemia"),
]


@pytest.mark.parametrize(("context", "text", "locale", "flag"), CONTROLS_WARNED)
def test_plain_red_flags_still_warn(context: str, text: str, locale: str, flag: str) -> None:
    _warned(context, text, flag, locale)


CONTROLS_QUIET = [
    # (context, said, locale): no flag raised, no warning
    ("onset", "suddenly, and my face dropped when the bill came", "en-GB"),
    ("side", "both, I was weeing myself laughing at the telly", "en-GB"),
    ("side", "both, pins and needles after sitting cross-legged", "en-IN"),
    ("side", "both, and my car has less power on hills", "en-AU"),
    ("side", "both, the shower has less power than it used to", "en-GB"),
    ("side", "both, my phone battery has little power", "en-US"),
    ("side", "both, I've had a small leak when I cough for years, nothing new", "en-CA"),
    ("side", "both, the wifi isn't working in the bedroom", "en-AU"),
    ("side", "both, my nails are brittle", "en-GB"),
    ("side", "both, and my hair is brittle as anything", "en-US"),
    ("side", "both, my knees have never been a problem before", "en-GB"),
    ("side", "both, my legs never had a problem before this", "en-CA"),
    ("side", "one leg, foot is paining on walking and goes when I take rest", "en-IN"),
    ("side", "one, my calf aches when I walk, better after taking rest", "en-GB"),
    ("side", "one leg, pain is going from back to left leg only", "en-IN"),
]


@pytest.mark.parametrize(("context", "text", "locale"), CONTROLS_QUIET)
def test_look_alikes_and_idioms_raise_no_flag(context: str, text: str, locale: str) -> None:
    not_flagged_at(context, text, locale)


CONTROLS_DENIED = [
    # (context, said, locale, finding): a denial stays a no
    ("leg_weakness", "no, my legs have the same power as ever", "en-IN", "leg_weakness"),
    ("leg_weakness", "no, no loss of strength", "en-GB", "leg_weakness"),
    ("cauda_equina_signs", "no, everything works fine in bed", "en-US", "sexual_function"),
    ("cauda_equina_signs", "no, no problems there", "en-AU", "sexual_function"),
    ("cauda_equina_signs", "no, never had a problem", "en-GB", "sexual_function"),
    ("cauda_equina_signs", "no, my legs have the same strength as before", "en-CA",
     "leg_weakness"),
    ("fever", "no fever, and my bones are fine", "en-AU", "osteoporosis"),
]


@pytest.mark.parametrize(("context", "text", "locale", "finding"), CONTROLS_DENIED)
def test_denials_stay_no(context: str, text: str, locale: str, finding: str) -> None:
    denied_at(context, text, locale, finding)

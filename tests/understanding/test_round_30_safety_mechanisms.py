"""Round 30 (safety30): red flags lost to a fear said last, to a foot sore's course said after its
place, to shooting pain said "in" both legs, and to a "cancel" said first; said in words of our
own to the offline simulator at a real point of a screening (the interaction model included),
across the five locales, with controls (docs/clinical-safety.md 5zzw). No held-back material was
read.

30a. A fear said last, in a clause of its own ("..., I can't pee at all, I'm frightened"), is how
the person feels, not a doubt about what they told: the sign before it stays plain (a sign, never
a denial: a denial with a fear after it keeps its doubt, rule 3).

30b. A foot sore's course said after its place ("a sore under my big toe that's been weeping for
weeks", "an ulcer on my heel for a month now"): a sore that will not heal, with diabetes a foot
emergency (diabetic_foot_emergency; NICE NG19).

30c. Shooting pain said "in" or "through" both legs ("pain is shooting in both legs"): sciatica
in both legs (bilateral_sciatica), warned, or confirmed when said in doubt.

30d. A red flag said after "cancel" ("cancel that, my face has dropped"): the words reach the
skill (a free-speech intent with "cancel" as its carrier), so the sign is warned first (rule 1)
rather than lost to the fallback; a cancel on its own still stops.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.test_words_in_context import CONTEXTS, say_at
from tests.understanding.test_words_in_context import warned_at as _warned


def _warned_or_checked(context: str, text: str, locale: str, flag: str, finding: str) -> None:
    """`text` warns `flag` first, or reads `finding` in doubt and checks it ("Just to check");
    a check of some other finding (severe pain, asked of "pain is shooting") does not count."""
    speech, answers, flags = say_at(context, text, locale)
    if flag in flags and warned_first(speech):
        return
    assert answers.get(finding) in ("yes", "unsure") and "Just to check" in speech, (
        flags, answers, speech)


# -- 30a. a fear said last is no doubt -----------------------------------------------------------

OWN_30A_WARNED = [
    ("onset", "suddenly, and I can't pass water at all, I'm scared", "en-GB",
     "cauda_equina_bladder"),
    ("onset", "all of a sudden, I've wet myself twice today, I'm so frightened", "en-AU",
     "cauda_equina_bladder"),
    ("onset", "suddenly, my legs have given way, I'm terrified", "en-US", "new_leg_weakness"),
    ("onset", "suddenly, and my face has dropped on one side, I'm really scared", "en-CA",
     "stroke_signs"),
    ("side", "both, and since this morning I can't feel my bum at all, I am very worried",
     "en-IN", "cauda_equina_saddle"),
    ("onset", "suddenly, my speech is slurred, I'm frightened", "en-GB", "stroke_signs"),
    ("onset", "suddenly and she can't stand up, her legs just collapsed, she's petrified",
     "en-AU", "new_leg_weakness"),
    ("onset", "suddenly, I haven't peed since last night, I'm worried sick", "en-US",
     "cauda_equina_bladder"),
    ("side", "both legs, and since yesterday I cannot control my motions, I am afraid",
     "en-IN", "cauda_equina_bladder"),
    ("onset", "suddenly, my arm is weak and heavy, I'm scared stiff", "en-CA", "stroke_signs"),
    ("onset", "suddenly, I can't pee at all, been trying all morning, I'm frightened", "en-GB",
     "cauda_equina_bladder"),
]


@pytest.mark.parametrize(("context", "text", "locale", "flag"), OWN_30A_WARNED)
def test_a_fear_said_last_leaves_the_sign_plain(context: str, text: str, locale: str,
                                                flag: str) -> None:
    _warned(context, text, flag, locale)


# -- 30b. a foot sore's course said after its place ----------------------------------------------

OWN_30B_WARNED = [
    ("diabetes", "yes, type 2, and there's a sore under my big toe that's been weeping for weeks",
     "en-GB"),
    ("diabetes", "yes, I have sugar, and a wound on my heel is oozing since one month", "en-IN"),
    ("diabetes", "yeah, and I've got an ulcer on the ball of my foot that's been open for weeks",
     "en-AU"),
    ("diabetes", "yes, and there's a cut on my toe that keeps weeping", "en-US"),
    ("diabetes", "yes I'm diabetic, and I've had a sore on my heel for a month now", "en-CA"),
    ("foot_wound", "yes, a blister under my little toe that's been oozing for weeks", "en-GB"),
    ("foot_wound", "yes, there's a sore between my toes, it's been weeping for ages", "en-AU"),
    ("foot_wound", "yeah, a wound on my heel that's still weeping after three weeks", "en-US"),
    ("foot_wound", "yes, I've had a sore on the sole of my foot for six weeks", "en-CA"),
    ("foot_wound", "yes, a cut on my big toe is leaking fluid since two weeks", "en-IN"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_30B_WARNED)
def test_a_foot_sores_course_said_after_its_place_is_a_sore_that_will_not_heal(
        context: str, text: str, locale: str) -> None:
    _warned(context, text, "diabetic_foot_emergency", locale)


# -- 30c. shooting pain said "in" both legs ------------------------------------------------------

OWN_30C_HEARD = [
    ("side", "both, and pain is shooting in both legs", "en-IN"),
    ("side", "both, and I get pains shooting through both legs", "en-GB"),
    ("side", "both, the pain shoots in both my legs", "en-AU"),
    ("side", "both of them, it's shooting in each leg", "en-US"),
    ("side", "both, and there's a pain shooting through both of my legs", "en-CA"),
    ("side", "both, and maybe the pain is shooting in both legs, I think", "en-IN"),
    ("side", "both, I think pain might be shooting through both legs", "en-GB"),
    ("side", "both, and pain has been shooting in both legs since last night", "en-AU"),
    ("side", "both, possibly shooting in both legs, not sure", "en-US"),
    ("side", "both, there is shooting in both legs from time to time", "en-IN"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_30C_HEARD)
def test_shooting_pain_said_in_both_legs_is_warned_or_confirmed(context: str, text: str,
                                                                locale: str) -> None:
    _warned_or_checked(context, text, locale, "bilateral_sciatica", "shooting_down_leg")


# -- 30d. a red flag said after "cancel" ---------------------------------------------------------

OWN_30D_WARNED = [
    ("face_arm_speech", "cancel that, my face has dropped", "en-GB", "stroke_signs"),
    ("onset", "cancel, my face is drooping", "en-US", "stroke_signs"),
    ("side", "cancel that, actually my legs just gave way", "en-AU", "new_leg_weakness"),
    ("onset", "cancel it, my arm has gone weak", "en-CA", "stroke_signs"),
    ("duration", "cancel, I've just wet myself", "en-GB", "cauda_equina_bladder"),
    ("onset", "cancel that, I can't feel my bum at all", "en-AU", "cauda_equina_saddle"),
    ("side", "cancel, my speech is slurred", "en-IN", "stroke_signs"),
    ("face_arm_speech", "cancel that please, my legs have given way", "en-US",
     "new_leg_weakness"),
    ("face_arm_speech", "cancel, her face is drooping on one side", "en-CA", "stroke_signs"),
    ("side", "cancel this, I can't control my bladder", "en-IN", "cauda_equina_bladder"),
]


_FINDING_OF = {"stroke_signs": "face_arm_speech", "new_leg_weakness": "leg_weakness",
               "cauda_equina_bladder": "bladder_bowel", "cauda_equina_saddle": "saddle_numbness"}


@pytest.mark.parametrize(("context", "text", "locale", "flag"), OWN_30D_WARNED)
def test_a_red_flag_said_after_cancel_is_warned_first(context: str, text: str, locale: str,
                                                      flag: str) -> None:
    """Warned first; or, after a slow onset, the sign read yes and only its timing asked (the
    skill's own question before a timed flag, as for the sign said without "cancel")."""
    speech, answers, flags = say_at(context, text, locale)
    if flag in flags and warned_first(speech):
        return
    assert answers.get(_FINDING_OF[flag]) == "yes" and "in the last few days" in speech, (
        answers, flags, speech)


CANCELS = [
    ("side", "cancel", "en-GB"),
    ("onset", "cancel that", "en-US"),
    ("duration", "cancel it please", "en-AU"),
    ("face_arm_speech", "cancel that, never mind", "en-CA"),
    ("side", "cancel that, we're done", "en-IN"),
    ("onset", "cancel, I'll do this later", "en-GB"),
    ("onset", "no, just cancel it", "en-US"),
    ("side", "cancel everything", "en-AU"),
]


@pytest.mark.parametrize(("context", "text", "locale"), CANCELS)
def test_a_cancel_on_its_own_still_stops(context: str, text: str, locale: str) -> None:
    said = CONTEXTS.open(locale, context).say(text)
    wanted = CONTEXTS.open(locale, context).intent("AMAZON.CancelIntent")
    assert said.session_ended == wanted.session_ended, said.speech
    assert not warned_first(said.speech), said.speech


# -- controls: plain red flags still warn ------------------------------------------------------

CONTROLS_WARNED = [
    ("onset", "suddenly, I can't pee at all", "en-GB", "cauda_equina_bladder"),
    ("onset", "suddenly, my arm is weak", "en-US", "stroke_signs"),
    ("onset", "suddenly, my face is drooping", "en-AU", "stroke_signs"),
    ("onset", "suddenly, I've wet myself", "en-GB", "cauda_equina_bladder"),
    ("onset", "suddenly, my bum is numb", "en-AU", "cauda_equina_saddle"),
    ("onset", "suddenly, my legs have given way", "en-US", "new_leg_weakness"),
    ("side", "both legs, and I am not getting erection", "en-IN", "cauda_equina_sexual"),
    ("side", "both, and I have shooting pain down both legs", "en-GB", "bilateral_sciatica"),
    ("side", "both, sciatica in both legs", "en-CA", "bilateral_sciatica"),
    ("diabetes", "yes, and there's an ulcer on my foot that hasn't healed", "en-GB",
     "diabetic_foot_emergency"),
    ("diabetes", "yes, and my toe has gone black", "en-US", "diabetic_foot_emergency"),
    ("face_arm_speech", "stop, actually my legs just gave way", "en-US", "new_leg_weakness"),
    ("onset", "suddenly and I've been trying to pee for hours, nothing comes out", "en-GB",
     "cauda_equina_bladder"),
]


@pytest.mark.parametrize(("context", "text", "locale", "flag"), CONTROLS_WARNED)
def test_plain_red_flags_still_warn(context: str, text: str, locale: str, flag: str) -> None:
    _warned(context, text, flag, locale)


CONTROLS_QUIET = [
    # (context, said, locale, finding, its answer): no flag, the answer kept
    ("onset", "suddenly, I'm frightened", "en-GB", "onset", "sudden"),
    ("side", "both, and I'm really worried about it", "en-AU", "side", "both_legs"),
    ("side", "both, my eyes have been weeping for weeks with hay fever", "en-GB", "side",
     "both_legs"),
    ("side", "both, the cut on my finger is weeping", "en-US", "side", "both_legs"),
    ("side", "both, and the pain shoots up my neck", "en-CA", "side", "both_legs"),
    ("side", "both, my sore feet have been like this for weeks", "en-GB", "side", "both_legs"),
    ("bladder_bowel", "no, not at all", "en-GB", "bladder_bowel", "no"),
    ("face_arm_speech", "no, my face and arms are fine", "en-US", "face_arm_speech", "no"),
    ("foot_wound", "no, my feet are fine, no sores", "en-AU", "foot_wound", "no"),
    ("side", "both, they are shooting hoops in the park", "en-US", "side", "both_legs"),
]


@pytest.mark.parametrize(("context", "text", "locale", "finding", "answer"), CONTROLS_QUIET)
def test_look_alikes_and_denials_raise_no_flag(context: str, text: str, locale: str,
                                              finding: str, answer: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert not flags and not warned_first(speech), (flags, speech)
    assert answers.get(finding) == answer, (answers, speech)


@pytest.mark.parametrize(("context", "text", "locale", "finding"), [
    ("bladder_bowel", "no, I don't think so, but I'm scared", "en-GB", "bladder_bowel"),
    ("saddle_numbness", "not really, I'm just worried", "en-AU", "saddle_numbness"),
    ("leg_weakness", "no, I'm frightened though", "en-US", "leg_weakness"),
])
def test_a_denial_with_a_fear_after_it_keeps_its_reading(context: str, text: str, locale: str,
                                                         finding: str) -> None:
    """30a changes signs only: a denial said with a fear after it reads as on the base (a doubt
    kept where it was one; rule 3)."""
    _speech, answers, _flags = say_at(context, text, locale)
    assert answers.get(finding) in BASE_DENIAL_READINGS[text], answers


# what the base read for each (recorded before any change; see the docs section)
BASE_DENIAL_READINGS: dict[str, set[str]] = {
    "no, I don't think so, but I'm scared": {"no"},
    "not really, I'm just worried": {"no"},
    "no, I'm frightened though": {"no"},
}

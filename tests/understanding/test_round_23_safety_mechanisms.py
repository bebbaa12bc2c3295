"""Round 23 (safety23): two safety faults found in round 22's final review (not from held-back
material), taken as mechanisms and said in words of our own to the offline simulator at a real
point of a screening, across the five locales, with controls beside every rule
(docs/clinical-safety.md 5zu).

23a. A bare "normal" or "usual" said before a clause with its own subject and verb ("it's normal
my bum is numb", "well normal my face is drooping", "my speech is normal my arm is weak"): the
adjective's negation reached across the new subject and denied the sign told in that clause. It
now denies only the finding it stands beside ("normal bladder", "usual strength in my legs").

23b. A pace with a trailing "no" at the onset question ("suddenly, no", "all of a sudden no"):
Alexa's NegatedSpeechIntent carrier "{speech} no" sent it as "not suddenly", read as gradual (the
less urgent answer). It is now the pace said ("gradually, no" stays gradual; "not suddenly" and
"it wasn't sudden" stay gradual; said at another question it denies nothing).
"""

from __future__ import annotations

import pytest

from tests.understanding.test_words_in_context import say_at
from tests.understanding.test_words_in_context import warned_at as _warned

# -- 23a. "normal"/"usual" before a clause of its own denies nothing in it ----------------------

OWN_23A_WARNED = [
    ("face_arm_speech", "well normal my face is drooping", "stroke_signs", "en-US"),
    ("face_arm_speech", "my speech is normal my arm is weak", "stroke_signs", "en-US"),
    ("face_arm_speech", "oh usual for him his speech is slurred now", "stroke_signs", "en-AU"),
    ("face_arm_speech", "so normal I think my mouth is drooping", "stroke_signs", "en-US"),
    ("face_arm_speech", "well it's normal her face is drooping on one side", "stroke_signs",
     "en-CA"),
    ("face_arm_speech", "my face is normal my speech is slurred", "stroke_signs", "en-IN"),
    ("face_arm_speech", "it's normal my whole leg went numb suddenly", "sudden_whole_leg",
     "en-US"),
    ("saddle_numbness", "it's normal my bum is numb", "cauda_equina_saddle", "en-GB"),
    ("saddle_numbness", "it's normal I can't feel my bottom", "cauda_equina_saddle", "en-AU"),
    ("saddle_numbness", "the bladder is normal my bottom has gone numb", "cauda_equina_saddle",
     "en-GB"),
    ("cold_pale_leg", "it's normal my foot has gone cold and white", "limb_ischaemia", "en-CA"),
]
OWN_23A_YES = [
    ("leg_weakness", "it is normal my leg gave way", "en-GB"),
    ("leg_weakness", "my walking is normal my knees keep buckling", "en-US"),
    ("leg_weakness", "it's normal for me my legs gave out", "en-GB"),
    ("bladder_bowel", "my bladder is normal I've lost control of my bowels", "en-GB"),
    ("bladder_bowel", "it's normal I have wet myself", "en-IN"),
    ("bladder_bowel", "it's usual for me I can't hold my wee", "en-GB"),
    ("fever", "it's usual I've got a fever with it", "en-GB"),
]
# before: 0 of these 18 read the sign (every one a denial: a no recorded, no warning); after: 18
# of 18 (the bladder's yes asks whether the trouble is new, as any bladder yes does)


@pytest.mark.parametrize(("context", "text", "flag", "locale"), OWN_23A_WARNED)
def test_normal_before_a_clause_of_its_own_leaves_the_red_flag_said(context: str, text: str,
                                                                    flag: str,
                                                                    locale: str) -> None:
    _warned(context, text, flag, locale)


@pytest.mark.parametrize(("context", "text", "locale"), OWN_23A_YES)
def test_normal_before_a_clause_of_its_own_leaves_the_sign_a_yes(context: str, text: str,
                                                                 locale: str) -> None:
    _, answers, _ = say_at(context, text, locale)
    assert answers.get(context) == "yes", answers


@pytest.mark.parametrize(("context", "text", "locale"), [
    # controls: "normal"/"usual" beside what it is said of, or said after it, still denies
    ("face_arm_speech", "my speech is normal", "en-GB"),
    ("face_arm_speech", "my face is normal", "en-AU"),
    ("face_arm_speech", "well normal speech and no drooping", "en-IN"),
    ("face_arm_speech", "well normal face normal speech", "en-US"),
    ("face_arm_speech", "it's normal for him his speech is fine", "en-AU"),
    ("bladder_bowel", "my bladder is normal", "en-CA"),
    ("bladder_bowel", "I have normal control of my bladder", "en-GB"),
    ("leg_weakness", "I have usual strength in my legs", "en-US"),
    ("leg_weakness", "it's normal I can walk fine", "en-AU"),
    ("saddle_numbness", "it's normal I can feel my bottom fine", "en-GB"),
    ("fever", "my temperature is normal", "en-GB"),
])
def test_normal_beside_what_it_is_said_of_is_still_a_no(context: str, text: str,
                                                        locale: str) -> None:
    _, answers, flags = say_at(context, text, locale)
    assert answers.get(context) == "no" and not flags, (answers, flags)


@pytest.mark.parametrize(("context", "text", "locale"), [
    # controls: a bare word named after it is never made a sign; a usual feeling is no loss
    ("bladder_bowel", "well normal bladder and bowels", "en-US"),
    ("bladder_bowel", "it's normal my bladder and bowels", "en-US"),
    ("bladder_bowel", "my bowel habits are usual", "en-GB"),
    ("leg_weakness", "I have usual feeling in my legs", "en-GB"),
    ("leg_weakness", "I have normal feeling in my legs", "en-US"),
])
def test_normal_before_a_bare_word_raises_nothing(context: str, text: str, locale: str) -> None:
    _, answers, flags = say_at(context, text, locale)
    assert answers.get(context) != "yes" and not flags, (answers, flags)


@pytest.mark.parametrize(("context", "text", "flag", "locale"), [
    # controls: "no normal sensation" is a loss; "no, my face is drooping" a yes-with-correction
    ("saddle_numbness", "there's no normal sensation down there", "cauda_equina_saddle", "en-GB"),
    ("face_arm_speech", "no my face is drooping", "stroke_signs", "en-US"),
])
def test_a_loss_of_the_normal_still_warns(context: str, text: str, flag: str,
                                          locale: str) -> None:
    _warned(context, text, flag, locale)


# -- 23b. a pace with a trailing "no" at the onset question is the pace said ---------------------

OWN_23B = [
    ("suddenly no", "en-US"),
    ("suddenly, no", "en-GB"),
    ("all of a sudden, no", "en-AU"),
    ("quickly no", "en-CA"),
    ("quick no", "en-IN"),
    ("all at once no", "en-GB"),
    ("out of the blue no", "en-AU"),
    ("overnight no", "en-US"),
    ("very quickly no", "en-GB"),
    ("fast nope", "en-US"),
    ("suddenly nah", "en-AU"),
    ("right away no", "en-IN"),
    ("sudden no", "en-CA"),
    ("abruptly no", "en-GB"),
]
# before: 7 of 14 read sudden ("suddenly no", "suddenly, no", "overnight no", "sudden no" read
# gradual; "quickly no", "quick no", "abruptly no" asked again); after: 14 of 14


@pytest.mark.parametrize(("text", "locale"), OWN_23B)
def test_a_sudden_pace_with_a_trailing_no_is_sudden(text: str, locale: str) -> None:
    _, answers, _ = say_at("onset", text, locale)
    assert answers.get("onset") == "sudden", answers


@pytest.mark.parametrize(("text", "locale"), [
    # controls: a slow pace with a trailing no, and a sudden start denied, stay gradual
    ("gradually no", "en-US"),
    ("slowly, no", "en-GB"),
    ("bit by bit no", "en-IN"),
    ("over time no", "en-CA"),
    ("not suddenly", "en-AU"),
    ("it wasn't sudden", "en-GB"),
])
def test_a_slow_pace_or_a_sudden_start_denied_stays_gradual(text: str, locale: str) -> None:
    _, answers, _ = say_at("onset", text, locale)
    assert answers.get("onset") == "gradual", answers


@pytest.mark.parametrize(("context", "text", "locale"), [
    # said at another question, a pace with a trailing no denies nothing
    ("face_arm_speech", "suddenly no", "en-US"),
    ("leg_weakness", "suddenly no", "en-GB"),
    ("bladder_bowel", "all of a sudden no", "en-AU"),
    ("cold_pale_leg", "quickly no", "en-US"),
    ("fever", "suddenly no", "en-GB"),
])
def test_a_pace_with_a_trailing_no_at_another_question_denies_nothing(context: str, text: str,
                                                                      locale: str) -> None:
    _, answers, _ = say_at(context, text, locale)
    assert answers.get(context) != "no", answers

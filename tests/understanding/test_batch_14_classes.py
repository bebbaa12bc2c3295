"""Batch 14's classes of wording (round 10, issue 11), read by rule rather than by sentence: each
class in words of our own, written before the reader, the vocabulary or the carriers were
changed (from public patient pages: NHS stroke and FAST, NHS and Cauda Equina UK cards on
bladder, bowel and saddle feeling, NHS PAD and vascular pages on rest pain, NICE CKS back pain
red flags, NHS sepsis and neutropenia pages on a low white cell count), said to the offline
simulator at a real point of a screening (request envelopes in, replies and session state out),
across the five locales. Every rule that lowers an outcome has must-warn controls beside it.

The classes: a part of the face said dead, and speech said by what came out; retention said by
nothing coming however hard one tries; the bowels or bladder said to have let go; feeling lost
in the skin of the saddle; legs that will not hold one up; a low white cell count said with its
"count"; pain in the foot at rest said by doing nothing; back pain that does not let up lying
still; numbness said to climb from the soles or toes to a higher part; idioms that name a sign's
word without the sign (cabin fever, a Cancer by star sign, weak-willed).

A bladder or bowel sign is an emergency when it is new (the engine asks "did it start in the last
few days?" otherwise), so the wordings of those classes say when.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import missed, warned_first
from tests.understanding.test_batch_10_classes import warned_or_confirmed
from tests.understanding.test_words_in_context import not_flagged_at as _not_flagged
from tests.understanding.test_words_in_context import say_at
from tests.understanding.test_words_in_context import warned_at as _warned

# -- a part of the face said dead; speech said by what came out -----------------------------------

@pytest.mark.parametrize(("text", "locale"), [
    ("my top lip feels dead on the left", "en-GB"),
    ("half my mouth feels dead all of a sudden", "en-US"),
    ("her cheek has gone all dead and heavy", "en-AU"),
    ("my jaw and cheek feel dead since an hour", "en-IN"),
    ("I went to answer the phone and it came out as gibberish", "en-CA"),
    ("I tried to ask for the salt and it came out as nonsense", "en-GB"),
    ("when he talks it comes out all garbled", "en-US"),
])
def test_a_dead_face_or_garbled_speech_is_a_stroke_warning(text: str, locale: str) -> None:
    _warned("onset", text, "stroke_signs", locale)


# -- retention said by nothing coming -------------------------------------------------------------

@pytest.mark.parametrize(("context", "text", "locale"), [
    ("onset", "since last night I stand at the toilet and nothing comes", "en-US"),
    ("onset", "since this morning I sit on the loo bursting to go and nothing happens", "en-GB"),
    ("duration", "two days, and I try to wee but nothing comes", "en-AU"),
    ("duration", "since yesterday, I go to the bathroom and nothing comes though I need to",
     "en-CA"),
    ("onset", "since yesterday I am sitting in the toilet and urine is not coming at all", "en-IN"),
    ("onset", "since lunchtime I'm desperate for a wee but nothing will come", "en-GB"),
])
def test_nothing_coming_at_the_toilet_is_a_bladder_warning(context: str, text: str,
                                                            locale: str) -> None:
    _warned(context, text, "cauda_equina_bladder", locale)


@pytest.mark.parametrize(("text", "locale"), [
    # said with a doubt: warned, or checked in one question
    ("I think I'm not emptying properly since yesterday", "en-GB"),
    ("maybe I'm not emptying fully, it's been like that since this morning", "en-US"),
    ("possibly not emptying completely since today", "en-AU"),
    ("I feel I am not emptying properly since yesterday", "en-IN"),
    ("I might not be emptying all the way since last night", "en-CA"),
])
def test_not_emptying_properly_is_a_bladder_sign(text: str, locale: str) -> None:
    assert warned_or_confirmed("onset", text, "cauda_equina_bladder", locale)


# -- the bowels or bladder let go -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "locale"), [
    ("my bowels let go in the car today and I never felt it", "en-GB"),
    ("this morning my bladder just let go in the hall", "en-US"),
    ("his bowels gave way at the shops without any warning", "en-AU"),
    ("yesterday my bladder let go on the bus", "en-CA"),
    ("bowels let go suddenly in the market, I did not feel it", "en-IN"),
])
def test_the_bowels_letting_go_is_a_bladder_warning(text: str, locale: str) -> None:
    _warned("onset", text, "cauda_equina_bladder", locale)


# -- feeling lost in the skin of the saddle -------------------------------------------------------

@pytest.mark.parametrize(("context", "text", "locale"), [
    ("duration", "three days, and the skin round my bum has no feeling", "en-GB"),
    ("duration", "a day, and the skin between my legs feels numb", "en-US"),
    ("onset", "the skin around my private parts has gone numb", "en-IN"),
    ("duration", "a week, and the skin on my backside is dead", "en-AU"),
    ("onset", "I can't feel the skin around my back passage", "en-CA"),
])
def test_the_skin_of_the_saddle_gone_numb_is_a_saddle_warning(context: str, text: str,
                                                               locale: str) -> None:
    _warned(context, text, "cauda_equina_saddle", locale)


# -- legs that will not hold one up ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "locale"), [
    ("since this morning I can't get my legs to hold me", "en-GB"),
    ("all of a sudden my legs won't hold me up", "en-US"),
    ("suddenly me legs just won't hold me up anymore", "en-AU"),
    ("today his legs are not holding him up", "en-IN"),
    ("today I couldn't get my legs to hold me up", "en-CA"),
])
def test_legs_that_will_not_hold_one_up_are_new_weakness(text: str, locale: str) -> None:
    _warned("onset", text, "new_leg_weakness", locale)


# -- a low white cell count said with its count ---------------------------------------------------

@pytest.mark.parametrize(("text", "locale"), [
    ("my back aches and my white cell count is really low", "en-GB"),
    ("my back hurts and the nurse said my white blood cell count is down", "en-US"),
    ("back pain, and my white count has dropped right down with the treatment", "en-AU"),
    ("back is paining and my white blood cell count is very less", "en-IN"),
    ("sore back, and they told me my white cell count was low", "en-CA"),
])
def test_a_low_white_count_with_back_pain_is_warned(text: str, locale: str) -> None:
    _warned("onset", text, "back_pain_weak_immunity", locale)


# -- foot pain at rest, said by doing nothing -----------------------------------------------------

@pytest.mark.parametrize(("text", "locale"), [
    ("months, and my toes ache even when I'm doing nothing", "en-GB"),
    ("months, and my foot hurts when I'm just sitting there", "en-US"),
    ("months, and me foot throbs even when I'm sat doing nothing", "en-AU"),
    ("months, and foot is paining even when I am simply sitting", "en-IN"),
    ("months, and my toes hurt even when I'm not doing anything", "en-CA"),
    ("months, and my foot aches when I'm doing nothing, just sat in my chair", "en-GB"),
    ("months, and the toes hurt while I'm doing nothing, only sitting", "en-AU"),
])
def test_foot_pain_while_doing_nothing_is_rest_pain(text: str, locale: str) -> None:
    _warned("duration", text, "critical_limb_ischaemia", locale)


# -- back pain that does not let up lying still ---------------------------------------------------

@pytest.mark.parametrize(("text", "locale"), [
    ("no, but my back pain doesn't let up even when I lie still", "en-GB"),
    ("no, but the back pain never lets up, not even lying down", "en-US"),
    ("no, but me back doesn't ease off even lying flat", "en-AU"),
    ("no, but back pain is not reducing even when I am lying down", "en-IN"),
    ("no, but lying still doesn't stop my back hurting", "en-CA"),
])
def test_back_pain_that_does_not_let_up_at_rest_is_warned(text: str, locale: str) -> None:
    _warned("fever", text, "back_pain_at_night", locale)


# -- numbness climbing from the soles or toes to a higher part ------------------------------------

@pytest.mark.parametrize(("text", "locale"), [
    ("a week, and it's crept from the soles of my feet to my knees", "en-GB"),
    ("a week, and the numbness has moved from my toes up to my shins", "en-US"),
    ("a week, and it's travelled from me heels to me calves", "en-AU"),
    ("ten days, and it is climbing from the soles till the knees", "en-IN"),
    ("a week, and it has spread from my toes right up into my thighs", "en-CA"),
])
def test_numbness_climbing_from_the_soles_is_ascending(text: str, locale: str) -> None:
    _warned("duration", text, "ascending_numbness", locale)


# -- idioms that name a sign's word without the sign ----------------------------------------------

@pytest.mark.parametrize(("context", "text", "locale"), [
    ("fever", "no, it's only cabin fever from the long winter", "en-CA"),
    ("fever", "no temperature, I'm just going a bit stir crazy with cabin fever", "en-GB"),
    ("cancer_history", "no, I'm a Cancer, born in July, but never had the disease", "en-US"),
    ("cancer_history", "no, my star sign is Cancer but I've not had cancer", "en-AU"),
    ("leg_weakness", "no, I'm weak-willed with chocolate but my legs are fine", "en-GB"),
    ("leg_weakness", "no, only weak willed about sweets, legs are strong", "en-IN"),
])
def test_an_idiom_with_a_signs_word_is_no_flag(context: str, text: str, locale: str) -> None:
    _not_flagged(context, text, locale)


@pytest.mark.parametrize(("context", "text", "flag", "locale"), [
    # controls beside the idioms: the sign itself said with them still warns
    ("fever", "yes, a proper fever, not cabin fever, I'm burning up", "back_pain_with_fever",
     "en-GB"),
    ("cancer_history", "yes, I'm a Cancer and I had breast cancer too", "back_pain_after_cancer",
     "en-US"),
    ("leg_weakness", "yes, I'm weak-willed but my legs are also weak now, suddenly",
     "new_leg_weakness", "en-AU"),
])
def test_the_sign_said_beside_an_idiom_still_warns(context: str, text: str, flag: str,
                                                   locale: str) -> None:
    _warned(context, text, flag, locale)


# -- a sign said with "yesterday" (or this afternoon, this evening) is new ------------------------

@pytest.mark.parametrize(("text", "flag", "locale"), [
    ("yesterday I wet myself at the shops and didn't feel it", "cauda_equina_bladder", "en-GB"),
    ("I couldn't pee at all yesterday", "cauda_equina_bladder", "en-US"),
    ("my legs gave way on me yesterday", "new_leg_weakness", "en-AU"),
    ("this afternoon my legs went weak on the stairs", "new_leg_weakness", "en-CA"),
    ("yesterday evening I passed urine in bed without knowing", "cauda_equina_bladder", "en-IN"),
])
def test_a_sign_said_with_yesterday_is_new(text: str, flag: str, locale: str) -> None:
    _warned("onset", text, flag, locale)


# -- "nothing down below" in a list of denials is one more denial ---------------------------------

@pytest.mark.parametrize(("text", "locale"), [
    ("no, no leaks, no weakness, nothing down below", "en-GB"),
    ("no, nothing with the bladder, nothing down there", "en-US"),
    ("nope, legs are fine, nothing down below either", "en-AU"),
    ("no, no weakness, no problem in toilet, nothing down there", "en-IN"),
    ("no, nothing like that, nothing down there", "en-CA"),
])
def test_nothing_down_below_in_a_list_of_denials_is_no_flag(text: str, locale: str) -> None:
    _not_flagged("cauda_equina_signs", text, locale)


@pytest.mark.parametrize(("text", "flag", "locale"), [
    # controls beside the lowering rule: a loss of feeling or function down below still warns
    ("no, but I feel nothing down below any more", "cauda_equina_saddle", "en-GB"),
    ("no weakness, but nothing happens down below now", "cauda_equina_sexual", "en-US"),
    ("no, but it's like there's nothing down there, I can't feel it", "cauda_equina_saddle",
     "en-AU"),
    ("no, but I have no feeling down below", "cauda_equina_saddle", "en-IN"),
    ("no leaks, but down below I feel nothing at all", "cauda_equina_saddle", "en-CA"),
])
def test_a_loss_down_below_still_warns(text: str, flag: str, locale: str) -> None:
    speech, _, flags = say_at("cauda_equina_signs", text, locale)
    assert flags & {"cauda_equina_saddle", "cauda_equina_sexual"} and warned_first(speech), (
        flags, speech)


# -- "just {x}" as an answer to a grouped question ------------------------------------------------

@pytest.mark.parametrize(("context", "text", "finding", "locale"), [
    ("cauda_equina_signs", "just the weakness", "leg_weakness", "en-GB"),
    ("cauda_equina_signs", "just the leaking", "bladder_bowel", "en-US"),
    ("cauda_equina_signs", "just the bladder side of things", "bladder_bowel", "en-AU"),
    ("face_arm_speech", "just my arm, it's gone weak", "face_arm_speech", "en-CA"),
    ("face_arm_speech", "just the speech, it is slurring", "face_arm_speech", "en-IN"),
])
def test_just_one_sign_of_a_group_is_understood(context: str, text: str, finding: str,
                                               locale: str) -> None:
    speech, answers, _ = say_at(context, text, locale)
    assert not missed(speech), speech
    assert answers.get(finding) in {"yes", "unsure"} or speech.startswith("Just to check"), (
        answers, speech)


@pytest.mark.parametrize(("context", "text", "locale"), [
    # "just" said with a yes/no answer or a request keeps that meaning
    ("duration", "just since Sunday", "en-GB"),
    ("side", "just my right leg", "en-US"),
    ("side", "just the left", "en-AU"),
    ("duration", "just a few days", "en-CA"),
])
def test_just_with_an_answer_is_still_that_answer(context: str, text: str, locale: str) -> None:
    speech, _, _ = say_at(context, text, locale)
    assert not missed(speech), speech


# -- lips that feel funny in a panic are checked, as tingling lips are ----------------------------

@pytest.mark.parametrize(("text", "locale"), [
    ("I'm having a panic attack and my lips feel funny", "en-GB"),
    ("panic attack, breathing too fast, my lips feel weird", "en-US"),
    ("I'm panicking and me lips feel strange", "en-AU"),
    ("having a panic attack, lips are feeling odd", "en-IN"),
    ("I think it's a panic attack, my lips feel funny and my hands tingle", "en-CA"),
])
def test_funny_lips_in_a_panic_are_checked_not_warned_at_once(text: str, locale: str) -> None:
    speech, _, flags = say_at("onset", text, locale)
    assert not warned_first(speech) and speech.startswith("Just to check"), (flags, speech)
    assert warned_or_confirmed("onset", text, "stroke_signs", locale)


@pytest.mark.parametrize(("text", "locale"), [
    # controls beside the lowering rule: a face sign panic does not bring still warns at once
    ("panic attack, and my face has dropped on one side", "en-GB"),
    ("I'm panicking, my lips feel funny and my speech is slurred", "en-US"),
    ("panic attack, and the left side of my mouth feels funny", "en-AU"),
    ("having a panic attack, my lips feel funny and my arm has gone weak", "en-IN"),
    ("I'm panicking, my lips feel funny and my face is drooping", "en-CA"),
    ("panic attack, my lips feel funny since this morning", "en-GB"),
])
def test_a_face_sign_panic_does_not_bring_is_still_warned(text: str, locale: str) -> None:
    _warned("onset", text, "stroke_signs", locale)


# -- an onset said as a switch flipped or a light going out is sudden -----------------------------

@pytest.mark.parametrize(("text", "locale"), [
    ("it came on like someone had flicked a switch", "en-GB"),
    ("like somebody threw a switch, it was just there", "en-US"),
    ("it went like a light going off", "en-AU"),
    ("it came like switching off a light", "en-IN"),
    ("like flipping a switch, one second fine and then numb", "en-CA"),
])
def test_an_onset_like_a_switch_is_sudden(text: str, locale: str) -> None:
    speech, answers, _ = say_at("onset", text, locale)
    assert answers.get("onset") == "sudden", (answers, speech)


# -- a treatment asked for by the nerve or the vitamin names the condition, never a sign ----------

@pytest.mark.parametrize(("text", "opening", "locale"), [
    ("how do you fix a trapped sciatic nerve", "ciatica", "en-GB"),
    ("what's the treatment for a compressed sciatic nerve", "ciatica", "en-US"),
    ("how do they treat an irritated sciatic nerve", "ciatica", "en-AU"),
    ("what is the treatment for shortage of vitamin B12", "vitamin B12", "en-IN"),
    ("how do you treat being short of vitamin B12", "vitamin B12", "en-CA"),
])
def test_a_treatment_asked_for_by_the_nerve_names_the_condition(text: str, opening: str,
                                                                locale: str) -> None:
    speech, _, flags = say_at("causes_offered", text, locale)
    assert not flags and opening in speech[:40], (flags, speech)


@pytest.mark.parametrize(("context", "text", "locale"), [
    # controls: the nerve said as a sign, anywhere but the choice of a cause, still warns
    ("onset", "my sciatic nerve is pinched and it's going down both legs", "en-GB"),
    ("side", "both, it's my sciatic nerve, down the back of both legs", "en-US"),
    ("onset", "sciatic nerve pain down both legs, both sides", "en-AU"),
])
def test_the_sciatic_nerve_said_as_a_sign_still_warns(context: str, text: str,
                                                      locale: str) -> None:
    _warned(context, text, "bilateral_sciatica", locale)


# -- a limp or a walking aid for years is understood, and not taken as new ------------------------

@pytest.mark.parametrize(("context", "text", "locale"), [
    ("onset", "I've had a limp for years", "en-GB"),
    ("leg_weakness", "I've used a walker for years", "en-US"),
    ("onset", "I've walked with a cane for ages because of my hip", "en-CA"),
    ("leg_weakness", "I've been on crutches on and off for years", "en-AU"),
    ("onset", "I am using a walking stick since many years", "en-IN"),
])
def test_a_limp_or_walking_aid_for_years_is_understood_not_new(context: str, text: str,
                                                               locale: str) -> None:
    speech, _, flags = say_at(context, text, locale)
    assert not missed(speech) and not warned_first(speech) and not flags, (flags, speech)


@pytest.mark.parametrize(("text", "locale"), [
    # controls beside it: a new failure said beside the old aid still warns
    ("I've used a stick for years but this morning my legs gave way", "en-GB"),
    ("I've had a limp for ages, and today my legs suddenly won't hold me up", "en-US"),
    ("I've had a walker for years, but since last night I can't stand at all", "en-AU"),
])
def test_a_new_failure_beside_an_old_aid_still_warns(text: str, locale: str) -> None:
    _warned("onset", text, "new_leg_weakness", locale)

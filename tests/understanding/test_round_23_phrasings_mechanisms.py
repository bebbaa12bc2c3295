"""Round 23 (phr23): batch 26's tuning failures grouped by the mechanism that failed, and the
mechanism fixed, not the sentence. Each class in words of our own, said to the offline simulator
at a real point of a screening (the request goes through the interaction model, as on Alexa),
across the five locales, with controls beside every rule (docs/clinical-safety.md 5zv).

23a. A negative typed or heard without its apostrophe ("my legs wont hold me", "he couldnt stand
up", "no my legs arent weak"): "cant", "dont", "didnt" were spelt out, "wont", "couldnt",
"wouldnt", "arent", "werent" were not, so the legs failing went unread (no warning) and a denial
("arent weak") was read as the weakness. And legs that won't take or bear the weight.

23b. A pace word made stronger, then more said ("real sudden, it hit me after dinner", "quite
quick, after that tummy bug my legs have got weaker from the feet up"): no sample of the
interaction model took the pair, so the whole turn went to the fallback intent and its red flags
were never read. Said alone ("quite quick") it was already an onset answer.

23c. A part of today said with "early", "late" or "sometime" ("early this arvo", "sometime this
morning"): the same mechanism, the turn fell back at the onset or duration question; now hours.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.test_words_in_context import same_reply_as, say_at

# -- 23a. negatives without their apostrophe --


@pytest.mark.parametrize(("context", "text", "locale", "flag"), [
    ("onset", "suddenly since I got up this morning my legs wont hold me", "en-US",
     "new_leg_weakness"),
    ("onset", "all of a sudden my legs wont take my weight", "en-GB", "new_leg_weakness"),
    ("side", "both and since this morning they wont hold me up", "en-AU", "new_leg_weakness"),
    ("duration", "a few hours and he couldnt stand up since", "en-CA", "new_leg_weakness"),
    ("onset", "suddenly since morning my legs wouldnt support me", "en-IN", "new_leg_weakness"),
    ("leg_weakness", "my legs wont carry me since yesterday", "en-IN", "new_leg_weakness"),
    ("saddle_numbness", "I couldnt feel the paper when I wiped", "en-GB", "cauda_equina_saddle"),
    ("face_arm_speech", "his words wont come out right", "en-US", "stroke_signs"),
])
def test_a_sign_said_with_a_negative_without_its_apostrophe_warns(
        context: str, text: str, locale: str, flag: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert flag in flags and warned_first(speech), (answers, flags, speech)


@pytest.mark.parametrize(("context", "text", "locale", "finding"), [
    ("leg_weakness", "no my legs arent weak", "en-US", "leg_weakness"),
    ("leg_weakness", "no they arent weak at all", "en-GB", "leg_weakness"),
    ("bladder_bowel", "no my waterworks arent a problem", "en-AU", "bladder_bowel"),
    ("face_arm_speech", "no her face wasnt drooping and her arms werent weak", "en-CA",
     "face_arm_speech"),
])
def test_a_denial_said_without_its_apostrophe_is_a_no(
        context: str, text: str, locale: str, finding: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(finding) == "no" and not flags, (answers, flags, speech)


@pytest.mark.parametrize(("text", "locale"), [
    ("her legs couldnt bear her weight", "en-US"),
    ("me legs won't take me weight", "en-AU"),
])
def test_legs_that_will_not_take_the_weight_are_weak(text: str, locale: str) -> None:
    speech, answers, _ = say_at("leg_weakness", text, locale)
    assert answers.get("leg_weakness") == "yes", (answers, speech)


@pytest.mark.parametrize(("text", "locale"), [
    ("no my legs take my weight fine", "en-GB"),
    ("no I havent had any trouble", "en-AU"),
])
def test_the_weight_taken_or_a_plain_denial_stays_a_no(text: str, locale: str) -> None:
    speech, answers, flags = say_at("leg_weakness", text, locale)
    assert answers.get("leg_weakness") == "no" and not flags, (answers, flags, speech)


def test_youre_without_its_apostrophe_still_asks_alexa_to_slow_down() -> None:
    same_reply_as("duration", "whoa slow down youre talking too fast", "SpeakSlowerIntent",
                  "en-US")


# -- 23b. a pace word made stronger, then more said --


@pytest.mark.parametrize(("text", "locale", "onset"), [
    ("real sudden it hit me after dinner", "en-US", "sudden"),
    ("super quick like within a minute", "en-US", "sudden"),
    ("dead sudden this morning", "en-GB", "sudden"),
    ("very sudden it started when I stood up", "en-CA", "sudden"),
    ("fairly quick over a couple of hours", "en-GB", "sudden"),
    ("pretty slow over a few months", "en-US", "gradual"),
    ("real slow mate over a few weeks", "en-AU", "gradual"),
    ("very slow over many months", "en-IN", "gradual"),
    ("quite slow it crept up on me over the winter", "en-CA", "gradual"),
])
def test_a_stronger_pace_word_with_more_said_is_the_onset(
        text: str, locale: str, onset: str) -> None:
    speech, answers, _ = say_at("onset", text, locale)
    assert answers.get("onset") == onset, (answers, speech)


@pytest.mark.parametrize(("text", "locale", "flag"), [
    ("quite quick after that tummy bug my legs have got weaker from the feet up it's at my "
     "thighs now", "en-GB", "ascending_weakness"),
    ("pretty fast me legs are going weak from the ankles up worse than yesterday up to me knees "
     "now", "en-AU", "ascending_weakness"),
    ("real sudden since smoko his arm's gone floppy and his words are coming out all slurred",
     "en-AU", "stroke_signs"),
    ("really quick her face dropped on one side", "en-GB", "stroke_signs"),
    ("pretty quickly my left leg went cold and white", "en-US", "limb_ischaemia"),
])
def test_a_red_flag_after_a_stronger_pace_word_is_not_lost(
        text: str, locale: str, flag: str) -> None:
    speech, answers, flags = say_at("onset", text, locale)
    assert flag in flags and warned_first(speech), (answers, flags, speech)


@pytest.mark.parametrize(("text", "locale", "onset"), [
    ("quite quick", "en-US", "sudden"),
    ("pretty slow", "en-GB", "gradual"),
    ("quite slowly over years", "en-GB", "gradual"),
    ("it came on real slow", "en-US", "gradual"),
])
def test_a_pace_word_said_alone_or_after_it_came_on_keeps_its_reading(
        text: str, locale: str, onset: str) -> None:
    speech, answers, flags = say_at("onset", text, locale)
    assert answers.get("onset") == onset and not flags, (answers, flags, speech)


# -- 23c. a part of today said with early, late or sometime --


@pytest.mark.parametrize(("context", "text", "locale"), [
    ("duration", "early this arvo", "en-AU"),
    ("duration", "sometime this arvo", "en-AU"),
    ("duration", "late this arvo", "en-AU"),
    ("duration", "sometime this arvo I reckon", "en-AU"),
    ("duration", "early this morning", "en-GB"),
    ("duration", "late this morning", "en-CA"),
    ("duration", "sometime this morning", "en-IN"),
    ("duration", "early this afternoon", "en-US"),
    ("duration", "sometime today", "en-US"),
    ("duration", "early this morning when I woke up", "en-GB"),
    ("onset", "early this arvo", "en-AU"),
    ("onset", "early this morning", "en-US"),
])
def test_a_part_of_today_said_with_early_late_or_sometime_is_hours(
        context: str, text: str, locale: str) -> None:
    speech, answers, _ = say_at(context, text, locale)
    assert answers.get("duration") == "hours", (answers, speech)


@pytest.mark.parametrize(("text", "locale", "length"), [
    ("this morning", "en-GB", "hours"),
    ("yesterday morning", "en-GB", "days"),
    ("early last week", "en-US", "weeks"),
    ("early this year", "en-US", "months"),
])
def test_other_times_keep_their_length(text: str, locale: str, length: str) -> None:
    speech, answers, _ = say_at("duration", text, locale)
    assert answers.get("duration") == length, (answers, speech)

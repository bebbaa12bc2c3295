"""Batch 16's classes of wording (round 12), read by rule rather than by sentence: each class in
words of our own, said to the offline simulator at a real point of a screening (request envelopes
in, replies and session state out), across the five locales. Every rule that lowers an outcome or
drops a flag has must-warn controls beside it.

The classes: a stroke sign a witness heard or saw, in other words (speech "thick" or like a
drink too many, a face "not even"); numbness of the seat said as a dentist's numbing; a question
of whether it should feel so ("is it meant to be numb down there?"); a fever after a spinal
procedure with a back said to be "awful"; a temperature quoted as normal (a denial) and as high
(a fever); a cast with pain out of all proportion; a pain scored past the scale; pain at rest or
in the small hours in other words; idioms of falling and of cold that warmed up; not knowing
with a reason at an ordinary question; durations by festival, "a good fortnight", "hardly ever",
and "just noticed it one day".
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import missed, warned_first
from tests.understanding.test_words_in_context import not_flagged_at, say_at
from tests.understanding.test_words_in_context import warned_at as _warned

# -- 1. a stroke sign a witness heard or saw, in other words --

@pytest.mark.parametrize(("context", "text", "locale"), [
    ("onset", "my wife says I'm talking like I've had a skinful", "en-GB"),
    ("onset", "my husband told me I sound like I've had a few drinks", "en-US"),
    ("duration", "a couple of hours, and the nurse said my speech sounded thick", "en-CA"),
    ("onset", "my mate said my words were coming out all mushy", "en-AU"),
    ("onset", "my son noticed my face is not even any more", "en-IN"),
    ("side", "the left, and my daughter says my smile isn't straight", "en-US"),
    ("onset", "the receptionist said I was talking as if I was drunk", "en-GB"),
    ("duration", "since this morning, my husband says my voice sounds slurry", "en-AU"),
    ("onset", "my neighbour pointed out my face wasn't symmetrical", "en-CA"),
])
def test_a_stroke_sign_a_witness_noticed_is_warned(context: str, text: str, locale: str) -> None:
    _warned(context, text, "stroke_signs", locale)


@pytest.mark.parametrize(("context", "text", "locale"), [
    # controls: a witness who says all is well is no stroke
    ("face_arm_speech", "no, my wife says my speech is fine and my face is even", "en-GB"),
    ("face_arm_speech", "no, my husband says I sound normal", "en-US"),
])
def test_a_witness_saying_all_is_well_is_no_stroke(context: str, text: str, locale: str) -> None:
    not_flagged_at(context, text, locale)


# -- 2. numbness of the seat said as a dentist's numbing; asked as a question --

@pytest.mark.parametrize(("text", "locale"), [
    ("my bum feels like it's had a local anaesthetic", "en-GB"),
    ("my butt feels like the dentist injected it", "en-US"),
    ("my backside feels like it's been frozen at the dentist", "en-CA"),
    # ("down the ..." has no carrier: said after "and" here)
    ("and round the back passage it's like I've had a needle at the dentist", "en-AU"),
    ("my private parts feel like after the dental injection", "en-IN"),
    ("my groin feels like novocaine has been put in it", "en-US"),
])
def test_the_seat_numbed_like_at_the_dentist_is_saddle_numbness(text: str, locale: str) -> None:
    _warned("onset", text, "cauda_equina_saddle", locale)


@pytest.mark.parametrize(("text", "locale"), [
    # controls: an injection had, with no numbness of the seat said, is nothing
    ("I had an injection at the dentist this morning, that's all", "en-GB"),
    ("I had a jab in my bum for the flu last week", "en-AU"),
])
def test_a_dentists_injection_alone_is_no_saddle_numbness(text: str, locale: str) -> None:
    not_flagged_at("onset", text, locale)


@pytest.mark.parametrize(("text", "locale"), [
    ("is it supposed to feel dead between my legs? it started this morning", "en-US"),
    ("should my backside be numb like this? it's been since last night", "en-GB"),
    ("is it meant to be numb around my bottom? since yesterday", "en-AU"),
    ("is it supposed to be numb in my private parts since morning", "en-IN"),
    ("should it feel dead around my back passage? it came on today", "en-CA"),
])
def test_asking_whether_the_seat_should_be_numb_says_it(text: str, locale: str) -> None:
    _warned("onset", text, "cauda_equina_saddle", locale)


# -- 3. a fever after a spinal procedure; a temperature quoted --

@pytest.mark.parametrize(("text", "locale"), [
    ("since the epidural my back's been terrible, I'm running a temperature and my legs are weak",
     "en-GB"),
    ("after my lumbar puncture my back's been horrible, I've had a fever and my legs give out",
     "en-US"),
    ("me back's been dreadful since the spinal injection, I'm burning up and my legs are weak",
     "en-AU"),
    ("back's been awful since the steroid shot, I've got a temp and my legs are weak", "en-CA"),
    ("since the nerve block my back is very bad, I have fever and my legs are weak", "en-IN"),
])
def test_fever_back_pain_and_weak_legs_after_a_procedure_is_an_emergency(text: str,
                                                                       locale: str) -> None:
    _warned("onset", text, "spinal_infection_with_nerve_signs", locale)


@pytest.mark.parametrize(("text", "locale"), [
    ("no, I took my temperature this morning and it was 36.9", "en-GB"),
    pytest.param("no, I checked my temperature twice today and it was normal both times", "en-US",
                 marks=pytest.mark.xfail(reason="'... and it was normal' after a time is not "
                                         "yet read as the temperature's denial (round 12)")),
    ("nope, checked my temp a few times today, all normal", "en-CA"),
    ("no, temperature was 36.5 when I checked", "en-AU"),
    ("no, my temperature is normal only, 98.4", "en-IN"),
])
def test_a_temperature_quoted_as_normal_is_no_fever(text: str, locale: str) -> None:
    speech, answers, flags = say_at("fever", text, locale)
    assert answers.get("fever") == "no" and not flags and not warned_first(speech), (
        answers, flags, speech)


@pytest.mark.parametrize(("text", "locale"), [
    # must-warn controls beside the lowering rule: a temperature quoted as high is a fever
    ("yes, I took my temperature and it was 38.9", "en-GB"),
    ("I checked my temperature and it's 101", "en-US"),
    ("my temp was 39 this morning when I checked", "en-AU"),
    ("temperature is 102 since yesterday", "en-IN"),
    ("I checked it twice today and it's high, 38.5", "en-CA"),
])
def test_a_temperature_quoted_as_high_is_a_fever(text: str, locale: str) -> None:
    _warned("fever", text, "back_pain_with_fever", locale)


# -- 4. a cast with pain out of all proportion --

@pytest.mark.parametrize(("text", "locale"), [
    ("my leg's in plaster since Tuesday and the pain in it is excruciating", "en-GB"),
    ("they put a cast on yesterday and it's agony, it feels too tight", "en-US"),
    ("got a splint on me ankle and the pain's unbearable, like it's strangling me", "en-AU"),
    ("the plaster was put last evening, pain inside is unbearable and it is very tight", "en-IN"),
    ("the cast went on this morning and the pain is horrendous, painkillers aren't touching it",
     "en-CA"),
])
def test_a_cast_with_severe_pain_is_compartment_syndrome(text: str, locale: str) -> None:
    _warned("onset", text, "compartment_syndrome", locale)


# -- 5. pain at rest or in the small hours, in other words --

@pytest.mark.parametrize(("text", "locale"), [
    ("no, but my back gets me out of bed at three every night", "en-GB"),
    ("no fever, but the back pain drags me out of bed at four most mornings", "en-US"),
    ("no, but me back has me up at five every morning", "en-AU"),
    ("no, but the backache forces me out of bed at 3 every night", "en-CA"),
    ("no fever, but back pain is making me get up at four daily", "en-IN"),
])
def test_a_back_that_gets_one_up_in_the_small_hours_is_night_pain(text: str,
                                                                   locale: str) -> None:
    _warned("fever", text, "back_pain_at_night", locale)


@pytest.mark.parametrize(("text", "locale"), [
    ("the ache in my toes starts when I'm resting, not only walking", "en-GB"),
    ("my foot pain comes on when I sit still, and it burns", "en-US"),
    ("at night me toes burn till I get up and walk around", "en-AU"),
    ("my feet hurt at night until I get up and walk", "en-IN"),
    ("the pain in my foot kicks in when I'm resting", "en-CA"),
])
def test_foot_pain_at_rest_eased_by_walking_is_rest_pain(text: str, locale: str) -> None:
    _warned("onset", text, "critical_limb_ischaemia", locale)


# -- 6. a pain scored past the scale --

@pytest.mark.parametrize(("text", "locale"), [
    ("on a scale of one to ten it's a fifteen", "en-GB"),
    ("honestly it's an eleven out of ten", "en-US"),
    ("I'd give the pain a twenty out of ten", "en-AU"),
    ("pain is 12 out of 10", "en-IN"),
    ("if ten's the worst, this is a twelve", "en-CA"),
])
def test_a_pain_scored_past_the_scale_is_severe(text: str, locale: str) -> None:
    _warned("onset", text, "severe_pain", locale)


@pytest.mark.parametrize(("text", "locale"), [
    # controls: a low score is no severe pain
    ("on a scale of one to ten it's a two", "en-GB"),
    ("the pain is three out of ten", "en-US"),
])
def test_a_low_pain_score_is_not_severe(text: str, locale: str) -> None:
    speech, _, flags = say_at("onset", text, locale)
    assert "severe_pain" not in flags, (flags, speech)


# -- 11. idioms of falling, and of cold that warmed up --

@pytest.mark.parametrize(("context", "text", "locale"), [
    ("injury", "no, the only fall was me falling asleep in front of the telly", "en-GB"),
    ("injury", "no, I fell asleep on the couch, that's my only fall", "en-US"),
    ("injury", "nope, I just fell behind with the housework", "en-CA"),
    ("injury", "no, the only fall was falling asleep on the bus", "en-AU"),
    ("injury", "no, I fell asleep in my chair only, no real fall", "en-IN"),
    ("onset", "slowly, I'm falling behind on my walks", "en-GB"),
    ("cold_pale_leg", "no, my feet were freezing at the footy but they warmed up fine", "en-AU"),
    ("cold_pale_leg", "no, my toes were icy after the walk but they warmed up soon", "en-GB"),
    ("cold_pale_leg", "no, they were freezing outside but warmed up once I got in", "en-CA"),
    ("cold_pale_leg", "no, my feet got freezing cold at the rink but they're warm again now",
     "en-US"),
    ("cold_pale_leg", "no, feet were freezing in the AC but they warmed up quickly", "en-IN"),
])
def test_an_idiom_of_falling_or_a_cold_that_passed_is_no_flag(context: str, text: str,
                                                              locale: str) -> None:
    not_flagged_at(context, text, locale)


@pytest.mark.parametrize(("context", "text", "flag", "locale"), [
    # must-warn controls: a real fall, or a cold that did not warm up, still warns
    ("injury", "yes, I fell asleep on the stairs and fell down them onto my back", "spinal_injury",
     "en-GB"),
    ("injury", "I fell down the stairs and hurt my back", "spinal_injury", "en-US"),
    ("cold_pale_leg", "my foot's freezing and it won't warm up, it's gone white", "limb_ischaemia",
     "en-AU"),
    ("cold_pale_leg", "yes, my leg is freezing and pale and it hasn't warmed up", "limb_ischaemia",
     "en-CA"),
    ("cold_pale_leg", "my feet were freezing and they still haven't warmed up, they're blue",
     "limb_ischaemia", "en-IN"),
])
def test_a_real_fall_or_a_cold_that_stays_still_warns(context: str, text: str, flag: str,
                                                    locale: str) -> None:
    _warned(context, text, flag, locale)


# -- 10. not knowing with a reason, at an ordinary question --

@pytest.mark.parametrize(("context", "text", "locale"), [
    ("kidney", "they said my kidney function was borderline, I don't know", "en-GB"),
    ("thyroid", "they said something about my thyroid, I'm not sure what", "en-US"),
    ("kidney", "they mentioned my kidney function once, I'm not sure what they meant", "en-AU"),
    ("kidney", "the doctor said something about my kidneys, no idea what", "en-CA"),
    ("thyroid", "my thyroid test was a bit off once, not sure what it meant", "en-IN"),
])
def test_not_knowing_with_a_reason_stays_not_sure(context: str, text: str, locale: str) -> None:
    speech, answers, _ = say_at(context, text, locale)
    assert answers.get(context) == "unsure" and not missed(speech), (answers, speech)


@pytest.mark.parametrize(("context", "text", "locale"), [
    # decided (round 12): pre-diabetes or "borderline" at the diabetes question stays a yes,
    # because the diabetic foot flags hang on that answer (rule 3: the more urgent reading)
    ("diabetes", "the nurse said I'm pre-diabetic, so I'm not sure", "en-GB"),
    ("diabetes", "borderline diabetic they said, so I don't really know", "en-US"),
    # controls: a plain yes with the reason stays yes
    ("diabetes", "yes, I'm diabetic, type 2", "en-GB"),
    ("kidney", "yes, they said my kidney function is poor", "en-US"),
])
def test_a_plain_yes_with_a_reason_stays_yes(context: str, text: str, locale: str) -> None:
    speech, answers, _ = say_at(context, text, locale)
    assert answers.get(context) == "yes", (answers, speech)


# -- 12. durations: festivals, "a good fortnight", "hardly ever", "noticed it one day" --

@pytest.mark.parametrize(("text", "locale"), [
    ("since Shivratri", "en-IN"),
    ("since Onam", "en-IN"),
    ("since Anzac Day", "en-AU"),
    ("since Canada Day", "en-CA"),
    ("since Thanksgiving", "en-US"),
    ("since Mahashivratri", "en-IN"),
])
def test_a_festival_dates_the_start(text: str, locale: str) -> None:
    speech, answers, _ = say_at("duration", text, locale)
    assert answers.get("duration") in {"weeks", "months", "years"} and not missed(speech), (
        answers, speech)


@pytest.mark.parametrize(("text", "locale"), [
    ("a good fortnight now", "en-GB"),
    ("a good two weeks", "en-US"),
    ("a good fortnight or so", "en-AU"),
    ("a solid two weeks", "en-CA"),
    ("a good three weeks now", "en-IN"),
])
def test_a_good_length_is_that_length(text: str, locale: str) -> None:
    speech, answers, _ = say_at("duration", text, locale)
    assert answers.get("duration") == "weeks" and not missed(speech), (answers, speech)


@pytest.mark.parametrize(("text", "locale"), [
    ("hardly ever, a beer at a wedding maybe", "en-GB"),
    ("hardly ever, maybe a glass of wine at Thanksgiving", "en-US"),
    ("rarely, just a shandy now and then", "en-AU"),
    ("very rarely, only at functions", "en-IN"),
    ("barely ever, a beer on Canada Day", "en-CA"),
])
def test_hardly_ever_drinking_is_no(text: str, locale: str) -> None:
    speech, answers, _ = say_at("alcohol", text, locale)
    assert answers.get("alcohol") == "no" and not missed(speech), (answers, speech)


@pytest.mark.parametrize(("text", "locale"), [
    ("couldn't tell you, I just noticed it one day", "en-GB"),
    ("no idea, I just woke up one day and it was there", "en-US"),
    ("not sure, one day I just noticed it", "en-AU"),
    ("I don't know, I simply noticed it one day", "en-IN"),
    ("hard to say, it was just there one morning", "en-CA"),
])
def test_just_noticed_it_one_day_is_not_sudden(text: str, locale: str) -> None:
    speech, answers, _ = say_at("onset", text, locale)
    assert answers.get("onset") != "sudden" and not missed(speech), (answers, speech)


# -- an explanation said before what it explains (found by the held-back aggregate, round 12) --

@pytest.mark.parametrize(("text", "locale"), [
    ("no temperature, I've been on a diet since January so I've lost a stone, my back's stiff",
     "en-GB"),
    ("no fever. I started dieting in the fall and lost about ten pounds, my back aches some",
     "en-US"),
    ("nah, no fever, been dieting so I dropped a few kilos, back's sore though", "en-AU"),
    ("no, no fever, I'm on a diet and I've lost weight, my back is sore", "en-CA"),
    ("no fever, I am dieting so I lost some weight, back pain is there", "en-IN"),
])
def test_weight_lost_after_the_diet_said_first_is_explained(text: str, locale: str) -> None:
    not_flagged_at("fever", text, locale)


@pytest.mark.parametrize(("text", "locale"), [
    ("no fever, but I've lost a stone without trying and my back aches", "en-GB"),
    ("no fever, but I've lost twenty pounds without trying and my back hurts", "en-US"),
    ("no fever, but I've lost a lot of weight without trying and my back is sore", "en-CA"),
    ("no fever, though I've lost heaps of weight without meaning to and my back's crook",
     "en-AU"),
    ("no fever, but weight has gone down without dieting and back pain is there", "en-IN"),
])
def test_weight_lost_unexplained_beside_back_pain_still_warns(text: str, locale: str) -> None:
    _warned("fever", text, "back_pain_weight_loss", locale)

"""Round 34 (flags34): red flags said but not warned first, and idioms that raised a false flag,
in batch 37's tuning half: the sign's own word as a speech recogniser writes it, Scots forms of
the stroke signs, a filler or a doubt of the word beside a sign said plainly, a risk told after
"no" at another question, and an idiom after "no" that names a sign word. Said in words of our
own to the offline simulator at a real point of a screening (the interaction model included),
across the five locales, with controls (docs/clinical-safety.md 5zzzn). No held-back material
was read.

34d. The sign's word as a recogniser writes it, read only where the words around it show the
sign: "gone num" (numb), "my sad all area" (saddle), "my blather" (bladder); "sad all day", "a
long week" and "stop your blather" stay what they say.

34e. Scots forms of FAST (NHS stroke): a mouth or face "gone squint", words that "cannae" come
"oot": stroke_signs, warned first.

34f. An idiom after "no" that names a sign word: legs that "only go weak for my boyfriend",
speech "only slurred on a Friday night", "breaking my back at work": the no stands, no flag; the
same word said as a sign ("slurred this morning", "I broke my back in a fall") still warns.

34g. A filler of embarrassment ("I can't, you know, get an erection") or a doubt of the word
("I think the word is retention, I haven't been able to pee"): the plain words are stated, the
cauda equina sign warned first; a doubt of the thing ("I think I have retention") stays a doubt.

34h. A risk told after "no" at the fever question, back pain known: weight said gone by itself
("seven kilos have gone since Christmas"), injecting owned as a confession ("I inject, if I'm
honest"): back pain with weight loss / with weak immunity, warned first; "I inject insulin" is
diabetes, not drug use.
"""

from __future__ import annotations

import pytest

from tests.understanding.test_words_in_context import denied_at, not_flagged_at, say_at
from tests.understanding.test_words_in_context import warned_at as _warned

# -- 34d. a sign's word as a recogniser writes it ----------------------------------------------

OWN_34D = [
    ("duration", "two days, and my bum's gone num", "en-GB", "cauda_equina_saddle"),
    ("duration", "a week, my backside is num when I sit on the toilet", "en-AU",
     "cauda_equina_saddle"),
    ("duration", "five days, and it's all num between my legs", "en-US", "cauda_equina_saddle"),
    ("duration", "since Monday, my privates feel num", "en-IN", "cauda_equina_saddle"),
    ("duration", "a few days, my groin went num", "en-CA", "cauda_equina_saddle"),
    ("duration", "about a week, it's numb round my sad all region", "en-GB",
     "cauda_equina_saddle"),
    ("duration", "four days, I've got no feeling in the sad all area", "en-AU",
     "cauda_equina_saddle"),
    ("duration", "two weeks, and there's tingling in my sad all area", "en-US",
     "cauda_equina_saddle"),
    ("duration", "three days, and I can't empty my blather properly", "en-GB",
     "cauda_equina_bladder"),
    ("duration", "a week, and since yesterday my blather won't empty", "en-IN",
     "cauda_equina_bladder"),
    ("duration", "since yesterday, I've lost control of my blather", "en-CA",
     "cauda_equina_bladder"),
]


@pytest.mark.parametrize(("context", "text", "locale", "flag"), OWN_34D)
def test_a_sign_word_as_a_recogniser_writes_it_is_read_in_its_context(
        context: str, text: str, locale: str, flag: str) -> None:
    _warned(context, text, flag, locale)


CONTROLS_34D = [
    ("onset", "slowly, I'm off to bed, I'm sad all day", "en-GB"),
    ("duration", "a week, I'm sad all day and so tired", "en-AU"),
    ("duration", "it's been a long week", "en-US"),
    ("duration", "about a week, week two now", "en-CA"),
    ("duration", "two weeks, my wife says stop your blather", "en-GB"),
    ("duration", "a few weeks, I had a num num biscuit", "en-IN"),
]


@pytest.mark.parametrize(("context", "text", "locale"), CONTROLS_34D)
def test_sad_a_week_or_blather_in_their_own_sense_raise_nothing(
        context: str, text: str, locale: str) -> None:
    not_flagged_at(context, text, locale)


# -- 34e. Scots forms of the stroke signs ------------------------------------------------------

OWN_34E = [
    ("onset", "sudden, my mouth's gone squint", "en-GB"),
    ("onset", "all at once, her face has gone all squint", "en-GB"),
    ("onset", "suddenly, his mouth went squint on one side", "en-AU"),
    ("onset", "sudden, my face is skew whiff", "en-GB"),
    ("onset", "suddenly, I cannae get my words out", "en-GB"),
    ("onset", "sudden, and I cannae speak right", "en-GB"),
    ("onset", "suddenly, he couldnae get his words oot", "en-CA"),
    ("onset", "sudden, I canna say my words right", "en-AU"),
    ("onset", "all at once, my smile's gone squint and I cannae talk properly", "en-US"),
    ("onset", "suddenly, the wife says my lip's gone squint", "en-IN"),
    ("onset", "sudden, I couldnae say my words right", "en-GB"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_34E)
def test_a_face_gone_squint_or_words_that_cannae_come_out_are_stroke_signs(
        context: str, text: str, locale: str) -> None:
    _warned(context, text, "stroke_signs", locale)


CONTROLS_34E = [
    ("onset", "slowly, I was squinting at the telly", "en-GB"),
    ("onset", "gradually, I cannae mind when it started", "en-GB"),
    ("duration", "a month, the picture on the wall's gone squint", "en-GB"),
]


@pytest.mark.parametrize(("context", "text", "locale"), CONTROLS_34E)
def test_squinting_and_other_scots_raise_no_stroke(context: str, text: str,
                                                   locale: str) -> None:
    not_flagged_at(context, text, locale)


# -- 34f. an idiom after "no" that names a sign word -------------------------------------------

OWN_34F = [
    ("leg_weakness", "no, my legs only go weak for my husband", "en-GB", "leg_weakness"),
    ("leg_weakness", "no, honestly my legs just go weak for my girlfriend", "en-US",
     "leg_weakness"),
    ("leg_weakness", "no, my legs only went weak for my grandson's smile", "en-AU",
     "leg_weakness"),
    ("leg_weakness", "nah, legs only go weak over my fiance", "en-CA", "leg_weakness"),
    ("face_arm_speech", "no, I only slur on a Saturday night", "en-GB", "face_arm_speech"),
    ("face_arm_speech", "no, my words are only slurred after a few pints", "en-AU",
     "face_arm_speech"),
    ("face_arm_speech", "no, I just slur when I'm drunk, ha", "en-US", "face_arm_speech"),
    ("face_arm_speech", "no, speech only slurred on a night out", "en-IN", "face_arm_speech"),
    ("injury", "no, just been breaking my back at work all week", "en-GB", "injury"),
    ("injury", "no, I'm breaking my back for this family", "en-AU", "injury"),
    ("injury", "no injury, I keep breaking my back doing double shifts", "en-CA", "injury"),
    ("injury", "no, I've been breaking my back lifting boxes at the warehouse", "en-US",
     "injury"),
]


@pytest.mark.parametrize(("context", "text", "locale", "finding"), OWN_34F)
def test_an_idiom_after_no_leaves_the_no_standing(context: str, text: str, locale: str,
                                                  finding: str) -> None:
    denied_at(context, text, locale, finding)


CONTROLS_34F = [
    ("face_arm_speech", "my speech went slurred this morning", "en-GB", "stroke_signs"),
    ("face_arm_speech", "no, but my speech went slurred on Friday night", "en-AU",
     "stroke_signs"),
    ("injury", "I broke my back in a fall last night", "en-US", "spinal_injury"),
    ("injury", "no, I've been breaking my back at work, and yesterday I fell off a ladder onto "
     "my back", "en-AU", "spinal_injury"),
    ("leg_weakness", "yes, my legs go weak for a few minutes and give way", "en-GB",
     "new_leg_weakness"),
    ("face_arm_speech", "no, but suddenly my face is drooping", "en-CA", "stroke_signs"),
]


@pytest.mark.parametrize(("context", "text", "locale", "flag"), CONTROLS_34F)
def test_the_same_words_said_as_a_sign_still_warn(context: str, text: str, locale: str,
                                                  flag: str) -> None:
    _warned(context, text, flag, locale)


# -- 34g. a filler, or a doubt of the word, beside a sign said plainly -------------------------

OWN_34G = [
    ("duration", "two weeks, and I can't, you know, get an erection", "en-GB",
     "cauda_equina_sexual"),
    ("duration", "a month, I couldn't, um, keep an erection since this began", "en-AU",
     "cauda_equina_sexual"),
    ("duration", "three weeks, I can't, like, get a hard on any more", "en-US",
     "cauda_equina_sexual"),
    ("duration", "ten days, and I'm unable to, you know, have an erection", "en-IN",
     "cauda_equina_sexual"),
    ("onset", "suddenly, I think the word is incontinence, I wet myself twice today", "en-GB",
     "cauda_equina_bladder"),
    ("onset", "all at once, I've got, I think it's called retention, I can't pee at all",
     "en-CA", "cauda_equina_bladder"),
    ("onset", "suddenly, retention if that's the right word, nothing comes out when I try",
     "en-AU", "cauda_equina_bladder"),
    ("onset", "sudden, I think the medical term is retention, I haven't passed water since "
     "this morning", "en-IN", "cauda_equina_bladder"),
    ("onset", "all at once, I guess the word is incontinence, I keep wetting myself", "en-US",
     "cauda_equina_bladder"),
    ("onset", "suddenly, I think they call it retention, no pee since last night", "en-GB",
     "cauda_equina_bladder"),
]


@pytest.mark.parametrize(("context", "text", "locale", "flag"), OWN_34G)
def test_a_filler_or_a_doubt_of_the_word_leaves_the_sign_stated(
        context: str, text: str, locale: str, flag: str) -> None:
    _warned(context, text, flag, locale)


def test_a_doubt_of_the_thing_itself_is_still_a_doubt() -> None:
    """ "I think I have retention" doubts the retention: asked once, not taken as yes."""
    speech, answers, _flags = say_at("onset", "all at once, I think I have retention", "en-US")
    assert answers.get("bladder_bowel") == "unsure", (answers, speech)


# -- 34h. a risk told after "no" at the fever question, back pain known ------------------------

OWN_34H = [
    ("fever", "no fever, but five kilos have gone since the summer without trying", "en-GB",
     "back_pain_weight_loss"),
    ("fever", "no, though a stone has just disappeared since March", "en-GB",
     "back_pain_weight_loss"),
    ("fever", "no temperature, but ten pounds have vanished and I eat the same", "en-US",
     "back_pain_weight_loss"),
    ("fever", "no, but six kilos have come off me since Diwali", "en-IN",
     "back_pain_weight_loss"),
    ("fever", "nah, but eight kilos have gone this year, not dieting", "en-AU",
     "back_pain_weight_loss"),
    ("fever", "no, but I inject, if I'm honest", "en-GB", "back_pain_weak_immunity"),
    ("fever", "no fever, but I've been injecting, I'll admit", "en-AU",
     "back_pain_weak_immunity"),
    ("fever", "no, I inject, truth be told", "en-CA", "back_pain_weak_immunity"),
    ("fever", "no, but I inject, I must admit, most weekends", "en-US",
     "back_pain_weak_immunity"),
    ("fever", "no, I'm injecting, to be honest", "en-IN", "back_pain_weak_immunity"),
]


@pytest.mark.parametrize(("context", "text", "locale", "flag"), OWN_34H)
def test_a_risk_told_after_no_at_the_fever_question_is_warned(
        context: str, text: str, locale: str, flag: str) -> None:
    _warned(context, text, flag, locale)


CONTROLS_34H = [
    ("fever", "no, I inject insulin", "en-GB"),
    ("fever", "no, I inject insulin if I'm honest", "en-US"),
    ("fever", "no, my wife injects her insulin", "en-AU"),
    ("fever", "no, I've put on a few kilos since Christmas", "en-CA"),
]


@pytest.mark.parametrize(("context", "text", "locale"), CONTROLS_34H)
def test_insulin_and_weight_gained_raise_nothing(context: str, text: str, locale: str) -> None:
    not_flagged_at(context, text, locale)

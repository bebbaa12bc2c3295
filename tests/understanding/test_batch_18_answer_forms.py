"""Batch 18's answer forms (round 14), read by construction rather than by sentence: each class
in words of our own, said to the offline simulator at a real point of a screening (request
envelopes in, replies and session state out), across the five locales. Every rule that lowers an
outcome or could drop a flag has must-warn controls beside it.

The classes: not knowing said with a reason whose verb is negated ("not sure, I haven't
checked": the negation is of the checking, never of the sign; rule 3 at a red-flag question);
a length said with a fraction ("two and a half weeks", "a month and a half"); a saint's or
person's day said by its possessive alone ("since Valentine's"); a leg named by elimination ("not
the left, the other one"); "right as rain" (fine, never the right leg); and requests in other
words: what one is meant to do here (help, never go back), when to get it looked at (when to see
a doctor), and "what's X when it's at home" (what X is, never self-care).
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import normal, warned_first
from tests.understanding.test_words_in_context import say_at

# -- 1. not knowing, with a reason whose verb is negated --


@pytest.mark.parametrize(("context", "text", "locale"), [
    ("face_arm_speech", "couldn't tell you, I haven't checked", "en-US"),
    ("face_arm_speech", "can't say, I didn't look", "en-GB"),
    ("face_arm_speech", "not sure mate, I haven't had a look at my face", "en-AU"),
    ("face_arm_speech", "I don't know, I have not checked my face today", "en-IN"),
    ("face_arm_speech", "no idea, I didn't look at my face in the glass", "en-CA"),
    ("face_arm_speech", "not sure, I've not checked my arm properly", "en-GB"),
])
def test_not_knowing_with_a_negated_reason_stays_not_sure(context: str, text: str,
                                                          locale: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(context) == "unsure", (answers, speech)
    assert flags and warned_first(speech), (flags, speech)  # rule 3: not sure raises it


@pytest.mark.parametrize(("context", "text", "locale"), [
    # controls: a plain no, and a sign said beside the reason, keep their readings
    ("face_arm_speech", "no, I checked in the mirror and my face is fine", "en-GB"),
    ("face_arm_speech", "no, I haven't noticed anything like that", "en-US"),
])
def test_a_checked_denial_is_still_no(context: str, text: str, locale: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(context) == "no" and not flags, (answers, flags, speech)


@pytest.mark.parametrize(("text", "locale"), [
    ("not sure, I haven't checked, but my speech is slurred", "en-AU"),
    ("couldn't say, I didn't look, but my arm has gone weak", "en-IN"),
    ("I don't know, I haven't looked, my face is drooping though", "en-CA"),
])
def test_a_sign_said_after_the_reason_is_warned(text: str, locale: str) -> None:
    speech, _, flags = say_at("face_arm_speech", text, locale)
    assert "stroke_signs" in flags and warned_first(speech), (flags, speech)


# -- 3. lengths with a fraction, and a day said by its possessive alone --

@pytest.mark.parametrize(("text", "locale", "bucket"), [
    ("three and a half weeks", "en-US", "weeks"),
    ("a week and a half", "en-GB", "weeks"),
    ("about two and a half weeks now", "en-AU", "weeks"),
    ("one and a half weeks", "en-IN", "weeks"),
    ("two and a half months", "en-CA", "months"),
    ("four and a bit weeks", "en-GB", "weeks"),
    ("a day and a half", "en-US", "days"),
])
def test_a_length_with_a_fraction_keeps_its_unit(text: str, locale: str, bucket: str) -> None:
    speech, answers, _ = say_at("duration", text, locale)
    assert answers.get("duration") == bucket, (answers, speech)


@pytest.mark.parametrize(("text", "locale"), [
    ("ever since Valentine's", "en-US"),
    ("since St Patrick's", "en-GB"),
    ("since St David's", "en-GB"),
    ("it's been going since Valentine's", "en-AU"),
    ("since Valentine's really", "en-IN"),
])
def test_a_day_said_by_its_possessive_alone_dates_it(text: str, locale: str) -> None:
    speech, answers, _ = say_at("duration", text, locale)
    assert answers.get("duration") in ("weeks", "months"), (answers, speech)


# -- 4. sides: by elimination, and "right as rain" --

@pytest.mark.parametrize(("text", "locale"), [
    ("not the left, the other one", "en-GB"),
    ("it isn't the right, it's the other leg", "en-US"),
    ("not my left, the other side", "en-AU"),
    ("the other one, not the right", "en-CA"),
    ("not the right one, the other", "en-IN"),
])
def test_a_leg_named_by_elimination_is_one_leg(text: str, locale: str) -> None:
    speech, answers, _ = say_at("side", text, locale)
    assert answers.get("side") == "one_leg", (answers, speech)


# The other leg said with "too" is both legs, also when a carrier ("the {x}") takes its "the"
# first: the elimination rule above met "the other one too" at the merge and read it as one leg
# (scripts/red_flag_probe.py's both-sided sciatica).
@pytest.mark.parametrize(("text", "locale"), [
    ("the other one too", "en-US"),
    ("the other leg as well", "en-GB"),
    ("my other leg too", "en-AU"),
    ("the other side also", "en-CA"),
    ("the other one also", "en-IN"),
    ("the other too", "en-GB"),
])
def test_the_other_leg_too_is_both_legs(text: str, locale: str) -> None:
    speech, answers, _ = say_at("side", text, locale)
    assert answers.get("side") == "both_legs", (answers, speech)


@pytest.mark.parametrize(("text", "locale"), [
    ("the left, the right one is right as rain", "en-GB"),
    ("only the left, the other's right as rain", "en-AU"),
    ("just the right, my left is right as rain", "en-IN"),
    ("the left one, my right leg is fit as a fiddle", "en-CA"),
    ("the right, the left's as right as rain", "en-US"),
])
def test_right_as_rain_is_fine_never_the_right_leg(text: str, locale: str) -> None:
    speech, answers, _ = say_at("side", text, locale)
    assert answers.get("side") == "one_leg", (answers, speech)


# -- 6. requests in other words --

@pytest.mark.parametrize(("context", "text", "locale"), [
    ("side", "what am I meant to do now", "en-GB"),
    ("onset", "what am I supposed to be doing", "en-US"),
    ("duration", "what am I meant to be doing here", "en-AU"),
    ("fever", "what are we meant to do here", "en-IN"),
    ("side", "so what am I supposed to do", "en-CA"),
])
def test_asking_what_one_is_meant_to_do_is_help_not_go_back(context: str, text: str,
                                                            locale: str) -> None:
    speech, _, _ = say_at(context, text, locale)
    assert "go back" not in normal(speech).split(".")[0], speech
    assert "?" in speech, speech  # the question is asked again


@pytest.mark.parametrize(("text", "locale"), [
    ("when should I get this looked at", "en-US"),
    ("when do I need to have it checked by a doctor", "en-GB"),
    ("when should I get my legs seen to", "en-AU"),
    ("when do I have to get this checked out", "en-IN"),
    ("when do I need to get them looked at", "en-CA"),
])
def test_when_to_get_it_looked_at_is_when_to_see_a_doctor(text: str, locale: str) -> None:
    speech, _, _ = say_at("causes_offered", text, locale)
    assert "didn't catch" not in speech and "Check your feet" not in speech, speech


@pytest.mark.parametrize(("text", "locale", "name"), [
    ("what's sciatica when it's at home", "en-GB", "sciatica"),
    ("what is restless legs syndrome when it's at home", "en-AU", "restless"),
    ("and what's peripheral neuropathy when it is at home", "en-IN", "neuropathy"),
    ("what's meralgia paresthetica when it's at home", "en-CA", "meralgia"),
])
def test_what_is_x_when_it_is_at_home_asks_what_x_is(text: str, locale: str, name: str) -> None:
    speech, _, _ = say_at("causes_offered", text, locale)
    assert name in speech.lower() and "Check your feet" not in speech, speech


@pytest.mark.parametrize(("context", "text", "locale", "flag"), [
    # must-warn controls: a sign said with any of these requests is warned first (rule 1)
    ("side", "what am I meant to do, my face has dropped on one side", "en-GB", "stroke_signs"),
    ("onset", "what am I supposed to do, I can't pass water since this morning", "en-US",
     "cauda_equina_bladder"),
    ("duration", "when should I get this looked at, my speech has gone slurred", "en-AU",
     "stroke_signs"),
    ("side", "the other one, and my face has dropped", "en-IN", "stroke_signs"),
    ("duration", "two and a half weeks, and my legs have gone weak today", "en-CA",
     "new_leg_weakness"),
])
def test_a_sign_said_with_these_forms_is_warned_first(context: str, text: str, locale: str,
                                                      flag: str) -> None:
    speech, _, flags = say_at(context, text, locale)
    assert flags and warned_first(speech), (flags, speech)


# -- 2. a grouped question denied as a whole, then its parts listed --

@pytest.mark.parametrize(("text", "locale"), [
    ("no, none of those, my legs are strong and nothing's changed down there", "en-US"),
    ("none of them, my legs are fine and no changes down below", "en-GB"),
    ("nah, none of that, legs are good and nothing different down there", "en-AU"),
    ("no, none of these, walking is fine and no changes down there", "en-IN"),
    ("none of those, my legs are fine and nothing's different down there", "en-CA"),
])
def test_a_group_denied_as_a_whole_is_a_plain_no(text: str, locale: str) -> None:
    speech, answers, flags = say_at("cauda_equina_signs", text, locale)
    assert answers.get("cauda_equina_signs") == "no" and not flags, (answers, flags, speech)


@pytest.mark.parametrize(("text", "locale", "flag"), [
    # must-warn controls: a sign said after the whole denial is still warned first
    ("none of those, but I can't feel my bum when I wipe", "en-GB", "cauda_equina_saddle"),
    ("no, none of those, but I've wet myself twice today without knowing", "en-US",
     "cauda_equina_bladder"),
    ("none of them, except my legs gave way this morning", "en-AU", "new_leg_weakness"),
])
def test_a_sign_said_after_a_whole_denial_is_warned(text: str, locale: str, flag: str) -> None:
    speech, _, flags = say_at("cauda_equina_signs", text, locale)
    assert flag in flags and warned_first(speech), (flags, speech)


def test_a_loose_denial_alone_is_still_checked() -> None:
    speech, answers, _ = say_at("cauda_equina_signs", "no changes down there", "en-GB")
    assert "cauda_equina_signs" not in answers and normal("Just to check") in normal(speech)

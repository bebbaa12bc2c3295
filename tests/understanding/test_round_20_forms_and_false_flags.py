"""Round 20 (forms20): false flags and answer forms read by mechanism, not by sentence. Each class
in words of our own, said to the offline simulator at a real point of a screening (request
envelopes in, replies and session state out), across the five locales. Every rule that lowers or
drops a flag, or takes away a length, has controls beside it said without commas (Alexa sends
none): the sign or the length said plainly, said with "but", said after a denial of something
else.

The classes (docs/clinical-safety.md 5zn):
- a date said roughly ("round about Bonfire Night it started", "since round about Diwali",
  "since approximately Easter"): the date, counted as "since" it is;
- a day said as the one that cannot be named ("I can't pinpoint a day", "there was no
  particular day"): no length of a day, so no sudden onset from it;
- a repeat asked with "tell" or "read" ("please tell the question once more"): the repeat;
- a way of talking said as the person's usual ("I talk nonsense at the best of times"): no
  stroke sign;
- a liking called a weakness ("I'm weak for sweets", "a weakness for chocolate"): no leg
  weakness;
- a check never had done ("not sure, I've never had my thyroid tested"): not sure, never a
  no.
"""

from __future__ import annotations

import pytest

from tests.understanding.test_words_in_context import (
    not_flagged_at,
    same_reply_as,
    say_at,
    warned_at,
)

# -- 1. a date said roughly: the date, as "since" it is --

@pytest.mark.parametrize(("text", "plain", "locale"), [
    ("round about Guy Fawkes night it came on", "since Guy Fawkes night", "en-GB"),
    ("since round about Thanksgiving", "since Thanksgiving", "en-US"),
    ("round about Canada Day it began", "since Canada Day", "en-CA"),
    ("round about Anzac Day it started I reckon", "since Anzac Day", "en-AU"),
    ("since round about Diwali I think", "since Diwali", "en-IN"),
    ("since approximately Easter", "since Easter", "en-GB"),
    ("round about Christmas it started", "since Christmas", "en-AU"),
])
def test_a_date_said_roughly_is_the_date(text: str, plain: str, locale: str) -> None:
    _, rough, _ = say_at("duration", text, locale)
    _, exact, _ = say_at("duration", plain, locale)
    assert exact.get("duration") is not None, exact
    assert rough.get("duration") == exact["duration"], (rough, exact)


@pytest.mark.parametrize(("text", "length", "locale"), [
    # a length said roughly keeps its length
    ("round about a fortnight", "weeks", "en-GB"),
    ("about three days", "days", "en-US"),
    ("roughly two months", "months", "en-CA"),
    ("round about two days I'd say", "days", "en-AU"),
    # ...and with the approximation said first ("give or take, about a month now")
    ("give or take about three weeks now", "weeks", "en-US"),
    ("more or less two months", "months", "en-IN"),
    ("give or take a fortnight", "weeks", "en-GB"),
])
def test_a_length_said_roughly_keeps_its_length(text: str, length: str, locale: str) -> None:
    _, answers, _ = say_at("duration", text, locale)
    assert answers.get("duration") == length, answers


# -- 2. a day that cannot be named: no length of a day --

@pytest.mark.parametrize(("text", "locale"), [
    ("honestly I can't pinpoint a day it crept on slowly over a long while", "en-GB"),
    ("I couldn't pin down a particular day it came on bit by bit", "en-US"),
    ("I couldn't give you a particular day it came on little by little", "en-CA"),
    ("I can't name a day it built up slowly over months", "en-AU"),
    ("I cannot recall any exact day it came slowly slowly", "en-IN"),
])
def test_a_day_that_cannot_be_named_is_no_sudden_onset(text: str, locale: str) -> None:
    _, answers, _ = say_at("onset", text, locale)
    assert answers.get("onset") == "gradual", answers


@pytest.mark.parametrize(("text", "locale"), [
    # must stay sudden: a day said as how long it took, plainly, with "but", after a denial
    ("it all came on in a day", "en-GB"),
    ("I can't pinpoint the hour but it came on within a day", "en-US"),
    ("not slowly it happened over a day", "en-CA"),
    ("it went numb in one day", "en-AU"),
    ("no particular reason it came on over a day", "en-IN"),
])
def test_a_day_said_as_how_long_it_took_is_still_sudden(text: str, locale: str) -> None:
    _, answers, _ = say_at("onset", text, locale)
    assert answers.get("onset") == "sudden", answers


# -- 3. a repeat asked with "tell" or "read": the repeat --

@pytest.mark.parametrize(("text", "locale"), [
    ("please tell me the question again", "en-IN"),
    ("kindly tell the question one more time", "en-IN"),
    ("tell me that again please", "en-GB"),
    ("could you read the question out again", "en-US"),
    ("can you tell me it once more", "en-AU"),
    ("read that one more time please", "en-CA"),
])
def test_a_repeat_asked_with_tell_or_read_is_the_repeat(text: str, locale: str) -> None:
    same_reply_as("duration", text, "AMAZON.RepeatIntent", locale)


# -- 4. a way of talking said as the person's usual: no stroke sign --

@pytest.mark.parametrize(("text", "locale"), [
    ("no though my wife reckons I talk rubbish at the best of times", "en-GB"),
    ("no my kids say I talk nonsense at the best of times", "en-US"),
    ("nope I always talk nonsense according to my husband", "en-CA"),
    ("no he says I talk rubbish as usual", "en-AU"),
    ("no but I talk nonsense at the best of times", "en-IN"),
])
def test_talking_nonsense_as_ones_usual_is_no_stroke_sign(text: str, locale: str) -> None:
    speech, answers = not_flagged_at("face_arm_speech", text, locale)
    assert answers.get("face_arm_speech") == "no", (answers, speech)


@pytest.mark.parametrize(("text", "locale"), [
    # must-warn: the talking said as new, plainly, with "but", after a denial of something else
    ("my husband says I've been talking nonsense since this morning", "en-GB"),
    ("I'm fine at the best of times but today I'm talking gibberish", "en-US"),
    ("no droop but she is talking nonsense all of a sudden", "en-CA"),
    ("my face has dropped and I talk rubbish now", "en-AU"),
    ("he has started talking nonsense today", "en-IN"),
])
def test_talking_nonsense_said_as_new_is_still_warned(text: str, locale: str) -> None:
    warned_at("face_arm_speech", text, "stroke_signs", locale)


# -- 5. a liking called a weakness: no leg weakness --

@pytest.mark.parametrize(("text", "locale"), [
    ("no my legs are fine I'm just weak for sweets", "en-IN"),
    ("no only a weakness for chocolate", "en-GB"),
    ("no my legs are strong I've got a weakness for cake though", "en-US"),
    ("no I'm weak for a bargain that's all", "en-AU"),
    ("no apart from being weak for ice cream", "en-CA"),
])
def test_a_liking_called_a_weakness_is_no_leg_weakness(text: str, locale: str) -> None:
    _, answers = not_flagged_at("leg_weakness", text, locale)
    assert answers.get("leg_weakness") == "no", answers


@pytest.mark.parametrize(("text", "locale"), [
    # the legs weak for a time, or said plainly beside the liking, stay weakness
    ("my legs have been weak for two days", "en-GB"),
    ("I've a weakness for sweets but my legs are weak too", "en-US"),
    ("yes my legs are weak for a week now", "en-IN"),
    ("my legs have gone weak for a few days", "en-AU"),
    ("my legs have been weak for a while now", "en-CA"),
])
def test_legs_weak_for_a_time_are_still_weakness(text: str, locale: str) -> None:
    _, answers, _ = say_at("leg_weakness", text, locale)
    assert answers.get("leg_weakness") == "yes", answers


# -- 6. a check never had done: not knowing, never a no --

@pytest.mark.parametrize(("context", "text", "locale"), [
    ("thyroid", "not sure I've never had my thyroid tested", "en-GB"),
    ("thyroid", "I don't know I haven't had my thyroid checked", "en-US"),
    ("diabetes", "no idea I never got my sugar tested", "en-CA"),
    ("diabetes", "couldn't tell you I've not had my sugar levels checked", "en-AU"),
    ("thyroid", "not sure I have never got my thyroid tested", "en-IN"),
])
def test_a_check_never_had_done_is_not_sure(context: str, text: str, locale: str) -> None:
    _, answers, _ = say_at(context, text, locale)
    assert answers.get(context) == "unsure", answers


@pytest.mark.parametrize(("context", "text", "locale"), [
    # a plain no, and a check had done and found fine, stay a no
    ("thyroid", "no I've never had thyroid trouble", "en-GB"),
    ("diabetes", "no I've had my sugar checked and it's fine", "en-US"),
    ("thyroid", "no never had my thyroid removed", "en-AU"),
])
def test_a_no_beside_a_check_is_still_a_no(context: str, text: str, locale: str) -> None:
    _, answers, _ = say_at(context, text, locale)
    assert answers.get(context) == "no", answers

"""Batch 21's answer forms (round 18), read by construction rather than by sentence: each class
in words of our own, said to the offline simulator at a real point of a screening (request
envelopes in, replies and session state out), across the five locales. Every rule that lowers an
outcome or could drop a flag has must-warn controls beside it, said without commas (Alexa sends
none).

The classes: "what else" in a question about causes ("what else might be giving me pins and
needles"): the causes overview, as the same question without "else" already is; a control
request with a reason or a close said after it ("cancel it we're done", "again please I didn't
hear it"): the request itself, not the fallback; two parts of a grouped question each named with
its own "the" or "my" ("nothing's changed with my wee or my poo"): a no to both, as "my bladder or
bowels" already is; a temperature said to go "up and down": never a denial of a fever (rule 3).
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.test_words_in_context import (
    not_flagged_at,
    same_reply_as,
    say_at,
    warned_at,
)

LOCALES = ("en-US", "en-GB", "en-CA", "en-AU", "en-IN")

# -- 1. "what else" in a question about causes: the causes overview --

@pytest.mark.parametrize(("text", "locale"), [
    ("what else might be giving me pins and needles", "en-US"),
    ("what else could it be then", "en-GB"),
    ("what else can make your feet go numb", "en-CA"),
    ("what else might be causing the tingling", "en-AU"),
    ("what else could be making my feet tingle", "en-IN"),
    ("so what else could be doing this to my legs", "en-GB"),
])
def test_what_else_could_it_be_asks_for_the_causes(text: str, locale: str) -> None:
    same_reply_as("causes_offered", text, "CausesOverviewIntent", locale)


@pytest.mark.parametrize(("text", "locale", "flag"), [
    # must-warn: a sign said in the same breath as the question is warned first
    ("what else could be making my legs go numb since this morning I can not feel the toilet paper",
     "en-GB", "cauda_equina_saddle"),
    ("what else could it be my face has dropped on one side", "en-US", "stroke_signs"),
])
def test_a_sign_said_with_what_else_is_warned(text: str, locale: str, flag: str) -> None:
    warned_at("onset", text, flag, locale)


# -- 2. a control request with a reason or a close after it: the request --

@pytest.mark.parametrize(("text", "locale"), [
    ("cancel it we're done", "en-US"),
    ("cancel that I'm finished", "en-GB"),
    ("cancel this we are done now", "en-CA"),
    ("cancel that we're done here", "en-AU"),
    ("cancel it I am finished", "en-IN"),
])
def test_cancel_with_a_close_after_it_cancels(text: str, locale: str) -> None:
    same_reply_as("history_group", text, "AMAZON.CancelIntent", locale)


@pytest.mark.parametrize(("text", "locale"), [
    ("again please I didn't hear it", "en-US"),
    ("one more time please I missed that", "en-GB"),
    ("once more please I didn't catch the question", "en-CA"),
    ("say that again please I missed it", "en-AU"),
    ("one more time please I did not hear the question", "en-IN"),
])
def test_repeat_with_a_reason_after_it_repeats(text: str, locale: str) -> None:
    same_reply_as("duration", text, "AMAZON.RepeatIntent", locale)


# -- 3. two parts each named with "the" or "my": a no to both --

@pytest.mark.parametrize(("text", "locale"), [
    ("nothing's changed with my wee or my poo", "en-GB"),
    ("nothing has changed with the pee or the poop", "en-US"),
    ("no change in the bladder or the bowels", "en-CA"),
    ("nothing's different with the wee or the poo", "en-AU"),
    ("nothing is changed with my urine or my stool", "en-IN"),
])
def test_no_change_in_both_parts_each_named_is_a_no(text: str, locale: str) -> None:
    speech, answers = not_flagged_at("bladder_bowel", text, locale)
    assert answers.get("bladder_bowel") == "no", (answers, speech)


@pytest.mark.parametrize(("text", "locale"), [
    # must-warn: a change said of one part beside it is the sign
    ("nothing's changed with the poo but since yesterday I can not hold the wee", "en-GB"),
    ("no change with the bowels but my bladder has stopped working since yesterday", "en-US"),
    ("nothing's different with the wee but since last night I can not control my bowels", "en-AU"),
    # the reach given to a part after "or" never turns a lost control into a no
    ("I haven't been able to control the wee or the poo since yesterday", "en-IN"),
    ("I couldn't stop the wee or the poo coming out this morning", "en-CA"),
])
def test_a_change_said_of_one_part_is_still_warned(text: str, locale: str) -> None:
    warned_at("bladder_bowel", text, "cauda_equina_bladder", locale)


def test_a_change_down_there_said_loosely_stays_no_firm_no() -> None:
    # "down there" names no part: as before, never a firm no to a red-flag question
    _, answers, _ = say_at("bladder_bowel", "nothing's changed down there", "en-GB")
    assert answers.get("bladder_bowel") != "no", answers


# -- 4. a temperature said to go up and down: never a denial of a fever (rule 3) --

@pytest.mark.parametrize(("text", "locale"), [
    ("my temperature is up and down", "en-GB"),
    ("my temp keeps going up and down", "en-US"),
    ("the temperature's been up and down all week", "en-CA"),
    ("temperature goes up and down", "en-AU"),
    ("my temperature is coming up and down", "en-IN"),
])
def test_a_temperature_up_and_down_is_no_denial(text: str, locale: str) -> None:
    speech, answers, flags = say_at("fever", text, locale)
    assert answers.get("fever") != "no", (answers, speech)
    assert answers.get("fever") == "yes" and "back_pain_with_fever" in flags, (answers, speech)
    assert warned_first(speech), speech


@pytest.mark.parametrize(("text", "locale"), [
    # controls: a temperature said to be down or normal is still no fever
    ("no my temperature is down", "en-GB"),
    ("temperature is normal", "en-US"),
    ("no fever my temp was thirty six point eight", "en-AU"),
])
def test_a_temperature_down_or_normal_is_still_no_fever(text: str, locale: str) -> None:
    speech, answers = not_flagged_at("fever", text, locale)
    assert answers.get("fever") == "no", (answers, speech)

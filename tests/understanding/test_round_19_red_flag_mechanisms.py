"""Round 19 (reader19): missed red flags read by the mechanism that failed, across every tuning
batch rather than by one batch's wordings. Each class in words of our own, said to the offline
simulator at a real point of a screening, across the five locales, with controls beside every
rule (must-not-raise said of another thing, must-warn said without commas).

19a. A worsening said in a progressive form, going on now, whatever person or tense carries it
("the weakness is getting worse", "her legs have been getting steadily weaker", "the weakness is
going on increasing"): the weakness has got worse, so the question whether it has is answered in
the same breath; with back pain in both legs that is the both-legs emergency. Said of the pain
or the tingling it answers nothing of the weakness; denied ("hasn't got any worse") it answers
nothing either.

19b. A length in number words opening the turn, the next clause straight after it with no "and"
("two hours I can't feel my legs", "four days I am not able to pass urine"): Alexa sends no
comma, so no carrier took it and the whole turn fell to the fallback ("Sorry, I didn't catch
that"), the emergency unheard. The length's carriers take it now, at any point of a screening.
"""

from __future__ import annotations

import pytest

from tests.understanding.test_words_in_context import say_at
from tests.understanding.test_words_in_context import warned_at as _warned

LOCALES = ("en-US", "en-CA", "en-GB", "en-AU", "en-IN")


# -- 19a. a worsening going on now, of the weakness --

@pytest.mark.parametrize(("context", "text", "locale"), [
    ("side", "both and with my back hurting the weakness keeps getting worse", "en-US"),
    ("side", "both of them my lower back aches and my legs are getting weaker", "en-CA"),
    ("onset", "slowly with a backache and both legs have been growing weaker", "en-GB"),
    ("side", "both with a crook back and the weakness in her legs is worsening", "en-AU"),
    ("side", "both legs with back pain and the weakness is going on increasing", "en-IN"),
])
def test_weakness_getting_worse_now_with_back_pain_in_both_legs_is_warned(
        context: str, text: str, locale: str) -> None:
    _warned(context, text, "both_legs_worsening", locale)


@pytest.mark.parametrize(("text", "locale"), [
    ("a few months and his weakness is getting worse", "en-US"),
    ("some weeks now and the weakness in my legs has been worsening", "en-CA"),
    ("a couple of months and my legs are becoming more weak", "en-IN"),
    ("a few weeks and the weakness keeps on getting worse", "en-GB"),
    ("months and she is getting steadily weaker", "en-AU"),
])
def test_weakness_getting_worse_now_answers_whether_it_got_worse(text: str,
                                                                   locale: str) -> None:
    _, answers, _ = say_at("duration", text, locale)
    assert answers.get("weakness_worse") == "yes", answers


@pytest.mark.parametrize(("text", "locale"), [
    # said over months and compared with before: the urgent same-day flag, warned at once
    ("a few months and my legs are weaker than before they keep getting worse", "en-GB"),
    ("months now my legs are weaker than they were and they are steadily getting worse", "en-US"),
])
def test_weaker_than_before_and_still_getting_worse_is_warned(text: str, locale: str) -> None:
    _warned("duration", text, "weakness_getting_worse", locale)


@pytest.mark.parametrize(("text", "locale"), [
    # round 19 merge: a worsening said of nothing named may be the whole complaint's (the
    # ninth set's slowly worsening neck, hands and walking over months was warned as both legs
    # getting worse); whether the weakness got worse is then asked, never taken as yes
    ("a few months my legs have felt weak and slowly it is becoming worse", "en-IN"),
    ("some months now my legs feel weak and wobbly and it keeps getting worse", "en-GB"),
    ("months and my legs are weak and it is getting steadily worse", "en-US"),
])
def test_a_worsening_said_of_nothing_named_asks_whether_the_weakness_got_worse(
        text: str, locale: str) -> None:
    _, answers, _ = say_at("duration", text, locale)
    assert answers.get("weakness_worse") is None, answers


@pytest.mark.parametrize(("text", "locale"), [
    # controls, must still warn: a new weakness getting worse is the emergency, not the urgent flag
    ("my legs are getting weaker since this morning", "en-AU"),
    ("suddenly today my legs are getting weaker by the hour", "en-GB"),
    ("both legs went weak this morning and they are getting worse", "en-IN"),
])
def test_a_new_weakness_getting_worse_is_still_the_emergency(text: str, locale: str) -> None:
    _warned("onset", text, "new_leg_weakness", locale)


@pytest.mark.parametrize(("context", "text", "locale"), [
    # controls: what gets worse is another thing, or the worsening is denied
    ("side", "both legs are weak and my back hurts and the pain is getting worse", "en-GB"),
    ("side", "both legs are weak my back hurts and the tingling keeps getting worse", "en-US"),
    ("duration", "a few months and the weakness hasn't gotten any worse", "en-CA"),
    ("duration", "a few months and the weakness isn't getting any worse", "en-AU"),
    ("duration", "a few months and the numbness is getting worse", "en-IN"),
])
def test_a_worsening_of_something_else_or_denied_answers_nothing_of_the_weakness(
        context: str, text: str, locale: str) -> None:
    _, answers, flags = say_at(context, text, locale)
    assert answers.get("weakness_worse") != "yes", answers
    assert "both_legs_worsening" not in flags and "weakness_getting_worse" not in flags, flags
    # a weakness said beside a worsening denied is never denied by it
    assert answers.get("leg_weakness") != "no", answers


# -- 19b. a length in number words then a clause with no "and" --

@pytest.mark.parametrize(("context", "text", "flag", "locale"), [
    ("duration", "two hours I can't feel my legs at all", "new_leg_weakness", "en-US"),
    ("duration", "four days I am not able to pass urine", "cauda_equina_bladder", "en-IN"),
    ("duration", "six days I came off a ladder onto my back", "spinal_injury", "en-CA"),
    ("onset", "three hours my face has dropped on one side", "stroke_signs", "en-GB"),
    ("duration", "five days she's been in remission from leukaemia", "numbness_after_cancer",
     "en-AU"),
    ("side", "three days ago my legs gave way under me", "new_leg_weakness", "en-GB"),
])
def test_a_length_in_number_words_then_a_sign_with_no_and_is_warned(
        context: str, text: str, flag: str, locale: str) -> None:
    _warned(context, text, flag, locale)


@pytest.mark.parametrize(("text", "length", "locale"), [
    # controls: the length is still read, and a denial said after it still denies
    ("three days I think", "days", "en-GB"),
    ("two weeks or so", "weeks", "en-US"),
    ("four months no trouble with my bladder", "months", "en-AU"),
    ("three weeks my bladder is fine", "weeks", "en-CA"),
    ("several days nothing wrong with the waterworks", "days", "en-IN"),
])
def test_a_length_then_a_denial_keeps_the_length_and_denies(text: str, length: str,
                                                           locale: str) -> None:
    _, answers, flags = say_at("duration", text, locale)
    assert answers.get("duration") == length and not flags, (answers, flags)
    assert answers.get("bladder_bowel") in (None, "no"), answers

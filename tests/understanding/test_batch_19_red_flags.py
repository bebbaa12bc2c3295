"""Batch 19's red-flag and false-flag classes (round 15), read by rule rather than by sentence:
each class in words of our own, said to the offline simulator at a real point of a screening
(request envelopes in, replies and session state out), across the five locales. Every rule that
lowers an outcome has must-warn controls beside it, said without commas (Alexa sends none).

The classes: a leak known only by what it did to one's clothes; a plain sign said with a simile
("like after the dentist"); a change in sex said in polite words; weakness getting worse "by the
day" (one's own or a relative's); falling asleep (no fall); a "burning desire" at the fever
question (no fever); a comparison with last week said first; a fever said days ago.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.test_words_in_context import say_at
from tests.understanding.test_words_in_context import warned_at as _warned


def _warned_plainly(context: str, text: str, flag: str, locale: str) -> None:
    """A plain sign: warned at once, never checked again as a doubtful one."""
    speech, _, flags = say_at(context, text, locale)
    assert flag in flags and warned_first(speech), (flags, speech)
    assert "just to check" not in speech.lower(), speech


# -- 1. a leak known by what it did to one's clothes --

@pytest.mark.parametrize(("text", "locale"), [
    ("since Tuesday I get up from my desk and my skirt is damp and I never felt it happen",
     "en-GB"),
    ("this week I got off the bus and my jeans were soaked through and I had no idea", "en-US"),
    ("since Saturday I keep finding my undies wet after my shift and I don't feel it", "en-AU"),
    ("since two days my pant is getting wet and I am not knowing when it happens", "en-IN"),
    ("since yesterday I stood up after the meeting and my pants were wet and I hadn't noticed",
     "en-CA"),
])
def test_a_leak_found_only_on_ones_clothes_is_the_bladder_sign(text: str, locale: str) -> None:
    _warned("onset", text, "cauda_equina_bladder", locale)


@pytest.mark.parametrize(("text", "locale"), [
    # controls: clothes wet from the weather or a spill are no leak
    ("slowly and my trousers got soaked in the rain on the way to work", "en-GB"),
    ("gradually and I spilled my coffee and my jeans were wet all morning", "en-US"),
])
def test_clothes_wet_from_rain_or_a_spill_are_no_leak(text: str, locale: str) -> None:
    speech, answers, flags = say_at("onset", text, locale)
    assert "cauda_equina_bladder" not in flags and answers.get("bladder_bowel") != "yes", (
        answers, flags, speech)


# -- 2. a plain sign said with a simile is not a hedge --

@pytest.mark.parametrize(("context", "text", "locale"), [
    ("duration", "three days and my bottom is numb like after an injection at the dentist",
     "en-GB"),
    ("duration", "two days and between my legs is numb like when your mouth's been frozen",
     "en-CA"),
    ("duration", "four days and my backside has gone numb like sitting on a frozen seat",
     "en-AU"),
    ("duration", "two days and my private area is numb like after a local anaesthetic", "en-IN"),
    ("duration", "three days and my butt is totally numb like it's been shot with novocaine",
     "en-US"),
])
def test_a_saddle_sign_said_with_a_simile_is_warned_plainly(context: str, text: str,
                                                           locale: str) -> None:
    _warned_plainly(context, text, "cauda_equina_saddle", locale)


# -- 3. a change in sex said in polite words --

@pytest.mark.parametrize(("context", "text", "locale"), [
    ("side", "both and when my wife and I made love I couldn't feel a thing", "en-GB"),
    ("side", "both legs and when my boyfriend and I were intimate I felt nothing", "en-US"),
    ("side", "both and when the missus and I made love there was no feeling at all", "en-AU"),
    ("side", "both legs and during relations there is no sensation since this week", "en-IN"),
    ("side", "both and when we tried to make love I felt nothing at all which is new", "en-CA"),
])
def test_a_change_in_sex_said_politely_is_the_sexual_sign(context: str, text: str,
                                                         locale: str) -> None:
    _warned(context, text, "cauda_equina_sexual", locale)


@pytest.mark.parametrize(("text", "locale"), [
    # controls: intimacy said as unchanged is no sign
    ("both and things with my wife are fine in that way", "en-GB"),
    ("both legs and my relations felt nothing was wrong", "en-IN"),
])
def test_intimacy_said_unchanged_is_no_sign(text: str, locale: str) -> None:
    speech, _, flags = say_at("side", text, locale)
    assert "cauda_equina_sexual" not in flags, (flags, speech)


# -- 4. weakness getting worse by the day, one's own or a relative's --

@pytest.mark.parametrize(("text", "locale"), [
    ("slowly but my back aches and both my legs are getting weaker by the day", "en-GB"),
    ("slowly but my husband's back hurts and both his legs get weaker every day", "en-US"),
    ("gradually and Mum's back is crook and her legs are weaker day by day in both", "en-AU"),
    ("slowly but father's back is paining and both his legs are weaker each day", "en-IN"),
    ("gradually and my back is sore and both legs are weaker each day", "en-CA"),
])
def test_both_legs_weaker_by_the_day_with_back_pain_is_both_legs_worsening(text: str,
                                                                          locale: str) -> None:
    _warned("onset", text, "both_legs_worsening", locale)


@pytest.mark.parametrize(("text", "locale"), [
    # the same pace in one leg, without back pain: the weakness is new, warned
    ("slowly and my right leg is getting weaker by the day", "en-GB"),
    ("gradually and her left leg gets weaker every day", "en-US"),
])
def test_one_leg_weaker_by_the_day_is_new_weakness(text: str, locale: str) -> None:
    _warned("onset", text, "new_leg_weakness", locale)


# -- 5. falling asleep is no fall --

@pytest.mark.parametrize(("text", "locale"), [
    ("no, the only time I went down was falling asleep on the sofa", "en-GB"),
    ("nope, the only falling I do is falling asleep in my recliner", "en-US"),
    ("no, only fell asleep in front of the footy", "en-AU"),
    ("no, I only fall asleep after lunch, no other fall", "en-IN"),
    ("no, my foot fell asleep in the car but I didn't hurt myself", "en-CA"),
])
def test_falling_asleep_is_no_fall(text: str, locale: str) -> None:
    speech, answers, flags = say_at("injury", text, locale)
    assert answers.get("injury") == "no" and "spinal_injury" not in flags, (answers, flags,
                                                                             speech)
    assert not warned_first(speech), speech


@pytest.mark.parametrize(("text", "locale"), [
    # controls: a fall said near falling asleep, without commas, still warns
    ("i fell asleep in my chair and fell out of it onto my back", "en-GB"),
    ("i was falling asleep and fell down the stairs and hurt my back", "en-US"),
    ("i dozed off and had a fall and landed on my back", "en-AU"),
    ("after i fell asleep i fell off the bed and hit my back", "en-IN"),
])
def test_a_fall_beside_falling_asleep_still_warns(text: str, locale: str) -> None:
    _warned("injury", text, "spinal_injury", locale)


# -- 6. a burning desire is no fever --

@pytest.mark.parametrize(("text", "locale"), [
    ("no, but I have a burning desire to find out what this is", "en-GB"),
    ("no, just a burning wish to be back on my feet", "en-US"),
    ("no, only a burning ambition to get to the bottom of it", "en-AU"),
    ("no, but I have burning curiosity about the cause", "en-IN"),
    ("no, though I've a burning need to get this fixed", "en-CA"),
])
def test_a_burning_desire_at_the_fever_question_is_no_fever(text: str, locale: str) -> None:
    speech, answers, flags = say_at("fever", text, locale)
    assert answers.get("fever") == "no", (answers, speech)
    assert "back_pain_with_fever" not in flags and not warned_first(speech), (flags, speech)


@pytest.mark.parametrize(("text", "locale"), [
    # controls: a fever said near such words, without commas, still warns
    ("yes i am burning up and i have a burning desire to sleep", "en-GB"),
    ("i have a burning desire to get better because i have a high fever", "en-US"),
    ("burning desire to know why i have a temperature of thirty nine", "en-AU"),
])
def test_a_fever_beside_a_burning_desire_still_warns(text: str, locale: str) -> None:
    _warned("fever", text, "back_pain_with_fever", locale)


# -- 7. a comparison with last week said first --

@pytest.mark.parametrize(("text", "locale"), [
    ("compared with last week my legs have gone so weak since this morning I can hardly stand",
     "en-GB"),
    ("compared to last week when I was fine today I suddenly can't lift my legs", "en-US"),
    ("compared to last week I suddenly can't hold my wee at all since yesterday", "en-AU"),
    ("compared to last week my urine is coming out by itself since yesterday", "en-IN"),
    ("unlike last week today both my legs suddenly gave out on me", "en-CA"),
])
def test_a_comparison_with_last_week_said_first_keeps_the_sign(text: str, locale: str) -> None:
    speech, _, flags = say_at("onset", text, locale)
    assert flags & {"new_leg_weakness", "cauda_equina_bladder"} and warned_first(speech), (
        flags, speech)


# -- 8. a fever said days ago is checked, not taken as now --

@pytest.mark.parametrize(("text", "locale"), [
    ("my back aches and I had a temperature about five days ago", "en-GB"),
    ("my back hurts and I had a fever a few days ago", "en-US"),
    ("my back's sore and there was a fever about a week ago", "en-AU"),
    ("my back is paining and I had viral fever some days ago", "en-IN"),
    ("my back is bad and I had a fever two weeks ago", "en-CA"),
])
def test_a_fever_said_days_ago_is_not_taken_as_now(text: str, locale: str) -> None:
    _, answers, flags = say_at("onset", text, locale)
    assert answers.get("fever") != "yes" and "back_pain_with_fever" not in flags, (answers,
                                                                                  flags)


@pytest.mark.parametrize(("text", "locale"), [
    # controls: a fever now, or for days, with back pain still warns
    ("my back aches and I have had a temperature for five days", "en-GB"),
    ("my back hurts and I had a fever a few days ago and I still have it", "en-US"),
    ("my back is paining and fever is there since five days", "en-IN"),
    ("my back is sore and there is a fever now and there was one a week ago", "en-AU"),
])
def test_a_fever_for_days_with_back_pain_still_warns(text: str, locale: str) -> None:
    _warned("onset", text, "back_pain_with_fever", locale)


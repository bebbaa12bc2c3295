"""Batch 18's classes of wording (round 14), and three of the thirteenth vignette set's, read
by rule rather than by sentence: each class in words of our own, said to the offline simulator
at a real point of a screening (request envelopes in, replies and session state out), across
the five locales. Every rule that lowers an outcome has must-warn controls beside it.

The classes: a cauda equina sign told through an action (not knowing whether the bladder has
emptied, nothing felt when wiping or sitting on the toilet, the insides of the thighs numb);
weakness told by what the foot does (it drags, slaps down, catches the toes, trips one up) or by
fewer stairs managed each week; the back "going" as back pain; a whole leg said not to be there
or not one's own; a bandage put on too tight; back pain worse at rest; a denial said as "I
wouldn't say I can't feel..." and "it doesn't really hurt" mid-answer; a fever idiom ("cricket
fever"); a slip-up (a lapse, not a fall); a fever said days back (checked, not taken as now).
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import normal, warned_first
from tests.understanding.test_words_in_context import not_flagged_at, say_at
from tests.understanding.test_words_in_context import warned_at as _warned


def _warned_or_checked(context: str, text: str, flag: str, locale: str) -> None:
    """A hedged sign: warned, or checked in one short question before the warning."""
    speech, _, flags = say_at(context, text, locale)
    assert (flag in flags and warned_first(speech)) or normal("Just to check") in normal(
        speech), (flags, speech)


# -- 1. cauda equina signs told through an action --

@pytest.mark.parametrize(("context", "text", "locale"), [
    ("onset", "since Sunday I can never tell whether I've emptied my bladder properly", "en-GB"),
    ("onset", "I don't know any more if I'm done peeing, it started on Friday", "en-US"),
    ("onset", "since yesterday I'm not sure if I've finished weeing or not", "en-AU"),
    ("onset", "since two days I cannot tell when I have finished passing urine", "en-IN"),
    ("duration", "four days, and I can't tell if I've finished going to the washroom", "en-CA"),
    ("onset", "since Tuesday I have to check whether my bladder's empty, I can't feel it", "en-GB"),
])
def test_not_knowing_whether_the_bladder_has_emptied_is_warned(context: str, text: str,
                                                              locale: str) -> None:
    _warned(context, text, "cauda_equina_bladder", locale)


@pytest.mark.parametrize(("context", "text", "locale"), [
    ("onset", "when I wipe there's no feeling at all, since yesterday", "en-GB"),
    ("onset", "since Monday wiping is like wiping somebody else's bottom", "en-AU"),
    ("onset", "when I wipe myself I feel nothing, it started on the weekend", "en-US"),
    ("duration", "three days, and I can't feel myself down there on the toilet", "en-CA"),
    ("onset", "since two days there is no sensation when I wipe", "en-IN"),
    ("duration", "a week, and I can't feel a thing down below on the loo", "en-GB"),
])
def test_no_feeling_when_wiping_or_on_the_toilet_is_saddle_numbness(context: str, text: str,
                                                                    locale: str) -> None:
    _warned(context, text, "cauda_equina_saddle", locale)


@pytest.mark.parametrize(("text", "locale"), [
    ("a week, and maybe the insides of my thighs are a bit numb", "en-GB"),
    ("two weeks, and I think the inside of my thighs is kind of numb", "en-US"),
    ("a fortnight, possibly the inside of both thighs feels numb", "en-AU"),
    ("ten days, and the insides of the thighs might be a little tingly", "en-CA"),
    ("one week, and perhaps inside of my thighs is numb also", "en-IN"),
])
def test_the_insides_of_the_thighs_numb_are_saddle_numbness(text: str, locale: str) -> None:
    _warned_or_checked("duration", text, "cauda_equina_saddle", locale)


@pytest.mark.parametrize(("context", "text", "locale"), [
    # controls: a denial of the same actions stays a denial
    ("saddle_numbness", "no, I can feel it fine when I wipe", "en-GB"),
    ("saddle_numbness", "no, the insides of my thighs are fine", "en-US"),
    ("bladder_bowel", "no, I know when I've finished peeing", "en-AU"),
])
def test_the_same_actions_denied_are_no(context: str, text: str, locale: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(context) == "no" and not warned_first(speech), (answers, flags, speech)


# -- 2. weakness told by what the foot does, or by fewer stairs --

@pytest.mark.parametrize(("text", "locale"), [
    ("since this morning my foot just slaps down on the floor when I walk", "en-US"),
    ("since yesterday I keep catching my toes on the rug", "en-GB"),
    ("since last night I'm tripping over my own foot", "en-AU"),
    ("since morning I cannot lift my foot off the ground, it drags", "en-IN"),
    ("since Saturday my foot flops down and scuffs the floor", "en-CA"),
    ("i cant pick my left foot up since this afternoon it drags behind me", "en-GB"),
])
def test_foot_drop_in_everyday_words_is_weakness(text: str, locale: str) -> None:
    speech, answers, flags = say_at("onset", text, locale)
    assert answers.get("leg_weakness") == "yes", (answers, speech)
    assert "new_leg_weakness" in flags and warned_first(speech), (flags, speech)


@pytest.mark.parametrize(("text", "locale"), [
    ("a month, and every week I can do fewer stairs", "en-GB"),
    ("three weeks, and each week I manage fewer steps before I have to stop", "en-US"),
    ("four weeks, and week by week I can climb less of the stairs", "en-AU"),
    ("three weeks, and every week I am managing fewer stairs", "en-IN"),
    ("a month, and I can manage fewer and fewer stairs", "en-CA"),
])
def test_fewer_stairs_each_week_is_weakness_getting_worse(text: str, locale: str) -> None:
    _warned("duration", text, "weakness_getting_worse", locale)


@pytest.mark.parametrize(("text", "locale"), [
    ("my back went last week and now both my legs are getting weaker by the day", "en-GB"),
    ("my back went on me ten days ago, both legs weaker every day since", "en-AU"),
])
def test_the_back_going_with_both_legs_weaker_is_both_legs_worsening(text: str,
                                                                     locale: str) -> None:
    _warned("onset", text, "both_legs_worsening", locale)


@pytest.mark.parametrize(("text", "locale"), [
    # controls: the back or legs gone numb, and "it went" of the numbness, are no back pain
    ("my back has gone numb", "en-GB"),
    ("my legs have gone numb", "en-AU"),
])
def test_gone_numb_is_not_back_pain(text: str, locale: str) -> None:
    _, answers, _ = say_at("onset", text, locale)
    assert answers.get("back_pain") != "yes" or "numb" not in text, answers


# -- 3. a whole leg not there, a bandage too tight, back pain worse at rest --

@pytest.mark.parametrize(("text", "locale"), [
    ("suddenly this morning the whole leg feels like it isn't mine", "en-GB"),
    ("all of a sudden my whole left leg is like it's not there", "en-US"),
    ("out of nowhere my entire leg feels like it isn't there at all", "en-AU"),
    ("suddenly my whole right leg is not feeling like my own", "en-IN"),
    ("my whole leg suddenly felt like it wasn't attached to me", "en-CA"),
])
def test_a_whole_leg_not_there_said_suddenly_is_warned(text: str, locale: str) -> None:
    _warned("onset", text, "sudden_whole_leg", locale)


@pytest.mark.parametrize(("text", "locale"), [
    ("compared to the other, my right leg is like it's not there, it came on suddenly", "en-GB"),
    ("compared with my left, the right leg feels like it isn't mine, all of a sudden", "en-US"),
    ("my left leg is like it isn't there at all, it came on suddenly an hour ago", "en-AU"),
])
def test_a_leg_not_there_by_comparison_said_suddenly_is_warned(text: str, locale: str) -> None:
    _warned_or_checked("onset", text, "sudden_whole_leg", locale)


@pytest.mark.parametrize(("text", "locale"), [
    # controls: said not to be so, it is no whole leg
    ("my leg doesn't feel like it's not mine, it's just tingly", "en-US"),
])
def test_a_leg_said_to_feel_its_own_is_no_whole_leg(text: str, locale: str) -> None:
    _, answers, flags = say_at("onset", text, locale)
    assert answers.get("whole_leg") != "yes" and not flags, (answers, flags)


@pytest.mark.parametrize(("text", "locale"), [
    ("the bandage the nurse put on is so tight my calf is throbbing", "en-GB"),
    ("the cast they fitted is way too tight and the pain keeps getting worse", "en-US"),
    ("the splint they strapped on is too tight, my shin's in agony", "en-AU"),
    ("the plaster doctor applied is very tight and leg is paining badly", "en-IN"),
    ("the brace they put on feels too tight and my calf is killing me", "en-CA"),
])
def test_a_bandage_put_on_too_tight_is_compartment_syndrome(text: str, locale: str) -> None:
    _warned("onset", text, "compartment_syndrome", locale)


@pytest.mark.parametrize(("text", "locale"), [
    ("my back aches and I think it's worse when I'm resting", "en-GB"),
    ("my back hurts, maybe more when I rest", "en-US"),
    ("my back's sore and it might be worse at rest", "en-AU"),
    ("back is paining, perhaps more while resting", "en-IN"),
    ("my back is sore and possibly worse when I'm lying still", "en-CA"),
])
def test_back_pain_worse_at_rest_is_checked(text: str, locale: str) -> None:
    _warned_or_checked("onset", text, "back_pain_at_night", locale)


@pytest.mark.parametrize(("text", "locale"), [
    # controls: pain eased by rest is not rest pain
    ("my back hurts but it's better when I rest", "en-GB"),
    ("my back aches, resting helps it", "en-US"),
])
def test_back_pain_eased_by_rest_is_not_night_pain(text: str, locale: str) -> None:
    speech, answers, flags = say_at("onset", text, locale)
    assert "back_pain_at_night" not in flags and answers.get("night_pain") != "yes", (
        answers, flags, speech)


# -- 4. denials: "I wouldn't say I can't feel...", "it doesn't really hurt" mid-answer --

@pytest.mark.parametrize(("context", "text", "locale"), [
    ("saddle_numbness", "no, I wouldn't say I can't feel anything down there", "en-GB"),
    ("saddle_numbness", "I wouldn't say I've lost any feeling down there, no", "en-US"),
    ("saddle_numbness", "nah, I wouldn't say I've got no feeling down there", "en-AU"),
    ("saddle_numbness", "I would not say there is no feeling when I wipe", "en-IN"),
    ("bladder_bowel", "no, I wouldn't say I can't control my bladder", "en-CA"),
    ("leg_weakness", "I wouldn't say I can't lift my legs, no", "en-GB"),
])
def test_would_not_say_a_sign_is_a_denial(context: str, text: str, locale: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(context) == "no" and not flags and not warned_first(speech), (
        answers, flags, speech)


@pytest.mark.parametrize(("context", "text", "locale"), [
    # controls: "I can't say I can feel it" is not a denial; a sign said after "I'd say" warns
    ("saddle_numbness", "I'd say I can't feel anything down there", "en-GB"),
    ("saddle_numbness", "yes, I'd say there's no feeling when I wipe", "en-US"),
])
def test_a_sign_said_with_i_would_say_still_warns(context: str, text: str, locale: str) -> None:
    _warned(context, text, "cauda_equina_saddle", locale)


@pytest.mark.parametrize(("text", "locale"), [
    ("the right one, and it doesn't really hurt, it's just tingly", "en-US"),
    ("left, it doesn't really hurt as such, it's just numb", "en-GB"),
    ("the left, and it doesn't hurt much, only numb", "en-AU"),
    ("right leg, it does not really pain, only numbness", "en-IN"),
    ("both, they don't really hurt, they're just numb", "en-CA"),
])
def test_it_does_not_really_hurt_mid_answer_is_no_severe_pain(text: str, locale: str) -> None:
    _, answers = not_flagged_at("side", text, locale)
    assert answers.get("severe_pain") == "no", answers


# -- 5. a fever idiom, a slip-up, a fever days back --

@pytest.mark.parametrize(("text", "locale"), [
    ("no, only cricket fever in this house", "en-IN"),
    ("no, just a touch of cabin fever from being stuck indoors", "en-CA"),
    ("no, just spring fever I reckon", "en-US"),
    ("nah, only footy fever, the grand final's on", "en-AU"),
    ("no, just World Cup fever at the moment", "en-GB"),
    ("no, the whole town has election fever but I'm fine", "en-US"),
])
def test_a_fever_idiom_is_no_fever(text: str, locale: str) -> None:
    speech, answers, flags = say_at("fever", text, locale)
    assert "back_pain_with_fever" not in flags and not warned_first(speech), (flags, speech)
    assert answers.get("fever") != "yes", answers


@pytest.mark.parametrize(("text", "locale"), [
    # controls: a fever beside such words still warns
    ("yes, a real fever, not cricket fever", "en-IN"),
    ("I've got a high fever, not cabin fever", "en-CA"),
    ("yes, I'm running a fever", "en-AU"),
])
def test_a_real_fever_beside_an_idiom_still_warns(text: str, locale: str) -> None:
    _warned("fever", text, "back_pain_with_fever", locale)


@pytest.mark.parametrize(("text", "locale"), [
    ("I slipped up and had a few drinks last week", "en-GB"),
    ("I had a slip-up with my diet at Christmas", "en-US"),
    ("I slipped up with the grog again last weekend", "en-AU"),
    ("I had a bit of a slip up with the sugar", "en-IN"),
    ("I slipped up on my medication last month", "en-CA"),
])
def test_a_slip_up_is_no_fall(text: str, locale: str) -> None:
    speech, answers, flags = say_at("onset", text, locale)
    assert "spinal_injury" not in flags and "injury" not in answers, (answers, flags, speech)


@pytest.mark.parametrize(("text", "locale"), [
    # controls: a slip that was a fall is still an injury
    ("I slipped on the ice and landed on my back", "en-CA"),
    ("I slipped up on the wet floor and fell on my back", "en-GB"),
    ("I had a slip in the shower and hurt my back", "en-AU"),
])
def test_a_slip_that_was_a_fall_is_still_an_injury(text: str, locale: str) -> None:
    _, answers, _ = say_at("onset", text, locale)
    assert answers.get("injury") in {"yes", "unsure"}, answers


@pytest.mark.parametrize(("text", "locale"), [
    ("I was having viral fever ten days ago but now it is gone", "en-IN"),
    ("I had a bit of a fever a couple of weeks ago, my back's sore", "en-GB"),
    ("I had a temperature about a week ago but it's gone now, and my back aches", "en-AU"),
    ("I had a fever last week and my back hurts", "en-US"),
])
def test_a_fever_said_days_back_is_checked_not_taken_as_now(text: str, locale: str) -> None:
    _, answers, flags = say_at("onset", text, locale)
    assert answers.get("fever") != "yes" and "back_pain_with_fever" not in flags, (answers, flags)


@pytest.mark.parametrize(("text", "locale"), [
    # controls: a fever now, or since days back, with back pain still warns
    ("I've had a fever since ten days back and my back hurts", "en-IN"),
    ("I've got a fever right now and my back aches", "en-GB"),
    ("I've been running a temperature for a week and my back is killing me", "en-US"),
    ("I had a fever a week ago and I still have it, my back's sore", "en-AU"),
])
def test_a_fever_now_with_back_pain_still_warns(text: str, locale: str) -> None:
    _warned("onset", text, "back_pain_with_fever", locale)


# Found at round 14's merge (by aggregate only: two held-back parts lost five warned runs each):
# a craze's fever matched with words between ("since the holidays I've had a fever" read as
# holiday fever) and a fever said as past across a new clause ("a temperature for two days and
# my back ..." read as "days ... back") dropped a fever said now. A craze's fever is now a set
# phrase said together, and a past fever holds within its clause.
@pytest.mark.parametrize(("text", "locale"), [
    ("since the holidays I've had a fever and my back is killing me", "en-GB"),
    ("over Christmas I got a fever and now my back really hurts", "en-US"),
    ("after the footy I came down with a temperature and my back's sore", "en-AU"),
    ("I've had a temperature for two days and my back is agony", "en-CA"),
    ("since Diwali I am having fever and back pain", "en-IN"),
    # commas unheard: "three days, back's killing me" is one run of words, no time back
    ("i have had a fever for three days back is killing me and my legs are weak", "en-GB"),
    ("fever since two days back pain also", "en-IN"),
    ("after the wedding I got a fever, my back is aching", "en-IN"),
])
def test_a_fever_said_near_a_craze_or_a_time_still_warns(text: str, locale: str) -> None:
    _warned("onset", text, "back_pain_with_fever", locale)

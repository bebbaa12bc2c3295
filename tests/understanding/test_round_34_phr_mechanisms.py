"""Round 34 (phr34): batch 37's tuning half's misses among control requests and yes/no answers,
taken as mechanisms and said in words of our own to the offline simulator at a real point of a
screening (the interaction model included), across the five locales, with controls beside each
rule (docs/clinical-safety.md 5zzzo). No held-back material was read.

34i. A pace asked for whose last word is also the first word of a sign that would be read only in
doubt ("slow down there": "down there" is the vague saddle sign): the words are the request's, so
the pace is what was asked for. A sign said in words of its own beside the request ("slow down,
I've gone numb down there") is still the sign, warned first (rule 1).
34j. Two ways of cancelling said together with "forget it" first ("forget it, never mind"): the
cancel, as "never mind, forget it" already was (it fell to the fallback and was lost). "Never
mind" inside an answer is no cancel; a red flag said after "forget it" still warns first.
34k. "Never mind" (or "forget it") said first, then a sign ("never mind that, my face has dropped
and my arm is weak"): the interaction model sent "never ..." as a denial ("not mind that ..."),
so the sign after it was recorded no and not warned (rule 1); "forget it, ..." fell to the
fallback and was lost. Now the words are kept, "never mind" is no "never", and the sign is read
and warned first.
34l. Heavy drinking said at weekends ("I drink loads at weekends", "I binge drink at the
weekend"): yes, not the "only at weekends" denial the weekend word also holds; a light amount at
weekends ("a couple of pints at the weekend") stays no.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import flags_raised, screening, warned_first
from tests.understanding.test_words_in_context import (
    CONTEXTS,
    read_at,
    same_reply_as,
    warned_at,
)


def _asked_for(context: str, text: str, intent: str, locale: str) -> None:
    """`text` said at `context` gets the reply `intent` gets there, with no flag raised."""
    same_reply_as(context, text, intent, locale)
    sim = CONTEXTS.open(locale, context)
    said = sim.say(text)
    assert not flags_raised(screening(sim)) and not warned_first(said.speech), said.speech


# -- 34i: a pace asked for, its word shared with a doubtful sign ---------------------------------

OWN_34I = [
    ("onset", "hey, slow down there", "en-US"),
    ("onset", "oi, slow down there a bit", "en-GB"),
    ("side", "slow it down there, please", "en-AU"),
    ("duration", "hang on, slow down there mate", "en-AU"),
    ("side", "slow down there, I'm not following", "en-CA"),
    ("onset", "please slow down there", "en-IN"),
    ("duration", "okay slow down there", "en-GB"),
    ("side", "whoa, slow it down there", "en-US"),
    ("onset", "slow down there, will you", "en-CA"),
    ("duration", "sir, please slow down there", "en-IN"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_34I)
def test_a_pace_asked_for_keeps_its_own_words(context: str, text: str, locale: str) -> None:
    _asked_for(context, text, "SpeakSlowerIntent", locale)


CONTROLS_34I_SIGNS = [
    ("onset", "slow down, I have gone numb down there", "en-GB"),
    ("onset", "slowly, and it's numb down there", "en-AU"),
    ("side", "both, and I'm numb down there", "en-US"),
    ("duration", "a week, slow down, it's all numb down there", "en-CA"),
    ("side", "slow down please, I can't feel anything down there", "en-IN"),
]


@pytest.mark.parametrize(("context", "text", "locale"), CONTROLS_34I_SIGNS)
def test_a_sign_said_beside_a_pace_still_warns_first(context: str, text: str,
                                                      locale: str) -> None:
    warned_at(context, text, "cauda_equina_saddle", locale)


CONTROLS_34I_PACE = [
    ("onset", "slow down", "en-GB"),
    ("side", "slow down please", "en-US"),
    ("duration", "can you speak a bit slower", "en-AU"),
]


@pytest.mark.parametrize(("context", "text", "locale"), CONTROLS_34I_PACE)
def test_a_pace_asked_for_plainly_still_slows(context: str, text: str, locale: str) -> None:
    _asked_for(context, text, "SpeakSlowerIntent", locale)


def test_slowly_said_as_the_onset_is_still_the_onset() -> None:
    read_at("onset", "slowly, over a few months", "onset=gradual", "en-GB")


# -- 34j: "forget it" then "never mind" ---------------------------------------------------------

OWN_34J = [
    ("duration", "forget it, never mind", "en-GB"),
    ("onset", "forget it never mind then", "en-US"),
    ("side", "forget about it, never mind", "en-AU"),
    ("duration", "forget that, never mind", "en-CA"),
    ("onset", "forget it, never mind thanks", "en-IN"),
    ("side", "forget it never mind now", "en-GB"),
    ("duration", "forget about it never mind then", "en-US"),
    ("onset", "forget that never mind", "en-AU"),
    ("side", "forget it, never mind", "en-CA"),
    ("duration", "forget it, never mind now", "en-IN"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_34J)
def test_forget_it_then_never_mind_is_a_cancel(context: str, text: str, locale: str) -> None:
    same_reply_as(context, text, "AMAZON.CancelIntent", locale)


def test_never_mind_inside_an_answer_is_no_cancel() -> None:
    sim = CONTEXTS.open("en-GB", "side")
    said = sim.say("never mind the back, it's both legs")
    assert not said.session_ended, said.speech
    assert screening(sim).answers.get("side") == "both_legs", said.speech


CONTROLS_34J_CANCEL = [
    ("duration", "never mind, forget it", "en-GB"),
    ("onset", "forget it", "en-US"),
    ("side", "never mind", "en-AU"),
]


@pytest.mark.parametrize(("context", "text", "locale"), CONTROLS_34J_CANCEL)
def test_a_cancel_said_as_before_is_still_a_cancel(context: str, text: str, locale: str) -> None:
    same_reply_as(context, text, "AMAZON.CancelIntent", locale)


# -- 34k: "never mind" or "forget it" first, then a sign ------------------------------------------

OWN_34K_FLAGS = [
    ("onset", "never mind that, my face has dropped on one side and my arm is weak",
     "stroke_signs", "en-US"),
    ("side", "never mind, I can't feel anything when I wipe my bottom", "cauda_equina_saddle",
     "en-AU"),
    ("onset", "oh never mind, my legs suddenly gave way and I fell", "new_leg_weakness", "en-CA"),
    ("duration", "never mind all that, I have not been able to pee since morning",
     "cauda_equina_bladder", "en-IN"),
    ("onset", "nevermind, I have a high fever and my back is killing me", "back_pain_with_fever",
     "en-GB"),
    ("duration", "forget that, my face is drooping", "stroke_signs", "en-US"),
    ("onset", "forget about it, my speech has gone slurred", "stroke_signs", "en-AU"),
    ("onset", "forget it, I can't feel my bottom at all", "cauda_equina_saddle", "en-GB"),
    ("side", "never mind that, it's gone numb down there", "cauda_equina_saddle", "en-CA"),
    ("duration", "ah never mind, my arm has gone weak and my words are jumbled", "stroke_signs",
     "en-GB"),
]


@pytest.mark.parametrize(("context", "text", "flag", "locale"), OWN_34K_FLAGS)
def test_a_red_flag_after_never_mind_or_forget_it_warns_first(context: str, text: str,
                                                               flag: str, locale: str) -> None:
    warned_at(context, text, flag, locale)


OWN_34K_SIGNS = [
    ("side", "never mind that, my leg has gone cold and white", "cold_pale_leg=yes", "en-US"),
    ("side", "never mind the questions, my back hurts", "back_pain=yes", "en-GB"),
]


@pytest.mark.parametrize(("context", "text", "expected", "locale"), OWN_34K_SIGNS)
def test_a_sign_after_never_mind_is_recorded_as_said(context: str, text: str, expected: str,
                                                     locale: str) -> None:
    read_at(context, text, expected, locale)


# -- 34l: heavy drinking said at weekends --------------------------------------------------------

OWN_34L = [
    ("I drink loads at weekends", "en-GB"),
    ("I binge drink at the weekend", "en-AU"),
    ("I drink a lot at the weekends", "en-US"),
    ("honestly I drink heavily on weekends", "en-CA"),
    ("I drink way too much at weekends", "en-GB"),
    ("I drink a whole lot on the weekend", "en-US"),
    ("I drink heaps on the weekend", "en-AU"),
    ("yes, I binge on the weekends", "en-CA"),
    ("I drink too much on weekends", "en-IN"),
    ("I drink really a lot at weekends, a lot", "en-IN"),
    ("I do drink loads over the weekend", "en-GB"),
]


@pytest.mark.parametrize(("text", "locale"), OWN_34L)
def test_heavy_drinking_at_weekends_is_yes(text: str, locale: str) -> None:
    read_at("alcohol", text, "alcohol=yes", locale)


CONTROLS_34L = [
    ("no, not a lot", "en-GB"),
    ("only at weekends", "en-AU"),
    ("just a couple of pints at the weekend", "en-GB"),
    ("only socially at weekends", "en-CA"),
    ("no, hardly ever, maybe a pint at the weekend", "en-IN"),
]


@pytest.mark.parametrize(("text", "locale"), CONTROLS_34L)
def test_light_or_denied_drinking_at_weekends_stays_no(text: str, locale: str) -> None:
    read_at("alcohol", text, "alcohol=no", locale)

"""Round 40 (safety40): red flags told plainly but missed or only confirmed in batch 43's tuning
half, said in words of our own to the offline simulator (the interaction model included), across
the five locales, with controls (docs/clinical-safety.md 5zzzzl). No held-back material was read.

40f. The face said to hang on one side with no "down" ("her lip is hanging to one side"), and the
words said to come out as a drunk's in a simile ("his words come out as if he's drunk"): the
stroke's face and speech (NHS stroke, FAST), warned, not confirmed.

40g. Numbness climbing told with "the" for "my" ("it has reached the thighs", "first the feet then
the knees") or with no "up" ("the tingling is climbing the legs", "the numbness is rising"):
numbness spreading up (NHS Guillain-Barre syndrome), warned, not confirmed.

40h. A turn opened by "immediately" (or "at once"), or by Caribbean English "di" / "mi", that no
carrier held: the whole turn, its red flag too, went to the fallback; now the rest is read.

40i. Feeling lost "down there during", the act left unsaid, and a slang name for the penis said not
to work ("the todger won't play ball"): the sexual-function sign of cauda equina.

40j. Rest said to make no difference to the back pain ("lying down makes no difference"): a phrase
whose choice of places of rest was written bare, so "lying down" split it and it never matched.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.test_words_in_context import say_at


def _warned(context: str, text: str, locale: str, flag: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert flag in flags and warned_first(speech), (flags, answers, speech)


def _not_flagged(context: str, text: str, locale: str, flag: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert flag not in flags, (flags, answers, speech)


# -- 40f. the face hanging on one side, the words coming out like a drunk's ------------------------

OWN_40F = [
    ("duration", "en-US",
     "a couple of hours, her lip is hanging to one side and she can't close it"),
    ("duration", "en-AU", "since lunch, me mum's mouth is hanging on the one side"),
    ("onset", "en-IN",
     "all of a sudden, his words are coming out as if he is drunk but he never drinks"),
    ("duration", "en-CA",
     "about an hour, her speech came out like she was sloshed, and she doesn't drink"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_40F)
def test_a_face_hanging_or_words_like_a_drunks_are_the_stroke_signs(context: str, locale: str,
                                                                     text: str) -> None:
    _warned(context, text, locale, "stroke_signs")


CONTROLS_40F = [
    ("duration", "en-GB", "for months, and the washing is hanging on one side of the line"),
    ("duration", "en-US", "for months, my coat is hanging on the one side of the door"),
    # a habit of drink, not speech newly gone wrong (the idioms of round 34 still hold)
    ("duration", "en-AU", "for months, I only slur after a few beers, same as anyone"),
]


@pytest.mark.parametrize(("context", "locale", "text"), CONTROLS_40F)
def test_a_thing_hanging_on_one_side_is_no_stroke(context: str, locale: str, text: str) -> None:
    _not_flagged(context, text, locale, "stroke_signs")


# -- 40g. numbness climbing told with "the", or with no "up" --------------------------------------

OWN_40G = [
    ("side", "en-IN", "both legs, the tingling has reached the thighs since Monday"),
    ("side", "en-US", "both, it went numb first the toes and then the shins, this week"),
    ("side", "en-AU", "both legs, and the tingling is climbing me legs day by day"),
    ("side", "en-GB", "both, the numbness keeps rising, it's past the shins now"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_40G)
def test_numbness_climbing_told_with_the_or_without_up_is_warned(context: str, locale: str,
                                                                 text: str) -> None:
    _warned(context, text, locale, "ascending_numbness")


CONTROLS_40G = [
    # a list of places that ache, with no "first" and no climb (round 39's leftover)
    ("side", "en-GB", "both, my toes, then knees, then hips ache"),
    ("side", "en-US", "both legs, and the flood water reached the knees when we walked out"),
    ("side", "en-AU", "both, the numbness is not rising, it stays in me feet"),
    ("side", "en-IN", "both legs, my sugar is rising these days"),
]


@pytest.mark.parametrize(("context", "locale", "text"), CONTROLS_40G)
def test_no_climb_is_read_where_none_is_told(context: str, locale: str, text: str) -> None:
    _not_flagged(context, text, locale, "ascending_numbness")


# -- 40h. a turn opened by "immediately", or by Caribbean "di" / "mi" -----------------------------

OWN_40H = [
    ("onset", "en-US",
     "immediately, I slipped on the ice and landed on my back and my legs went numb",
     "spinal_injury"),
    ("onset", "en-AU", "at once, I came off the ute tray onto me back and the legs went dead",
     "spinal_injury"),
    ("side", "en-GB",
     "mi right foot, di big toe a go black since Christmas", "critical_limb_ischaemia"),
    ("duration", "en-GB", "di whole week, mi cyaan feel mi bottom when mi sit pon di toilet",
     "cauda_equina_saddle"),
]


@pytest.mark.parametrize(("context", "locale", "text", "flag"), OWN_40H)
def test_a_turn_opened_by_a_word_no_carrier_held_is_read(context: str, locale: str, text: str,
                                                         flag: str) -> None:
    _warned(context, text, locale, flag)


CONTROLS_40H = [
    ("onset", "en-US",
     "immediately, I noticed it after a long drive, no fall or anything", "spinal_injury"),
    ("side", "en-GB",
     "di left one, an' mi toes dem fine, no black or sore", "critical_limb_ischaemia"),
]


@pytest.mark.parametrize(("context", "locale", "text", "flag"), CONTROLS_40H)
def test_an_opening_word_adds_no_flag(context: str, locale: str, text: str, flag: str) -> None:
    _not_flagged(context, text, locale, flag)


# -- 40i. feeling lost "during", the act unsaid; a slang name said not to work --------------------

OWN_40I = [
    ("duration", "en-AU", "since Sunday, the todger won't play ball and it's all numb down there"),
    ("duration", "en-US", "a few days, I got no feeling down there during, um, you know"),
    ("duration", "en-GB",
     "since Tuesday, and the willy isn't working anymore, it's never happened before"),
    ("duration", "en-CA", "three days, and there's no sensation down there during, like, the act"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_40I)
def test_sexual_function_said_in_slang_or_left_unsaid_is_warned(context: str, locale: str,
                                                                text: str) -> None:
    _warned(context, text, locale, "cauda_equina_sexual")


CONTROLS_40I = [
    # "my old fella": a husband or a father, out of work
    ("duration", "en-GB", "for months, my old fella isn't working since the factory shut"),
    ("duration", "en-AU",
     "for months, everything works fine down there, no problems in the bedroom"),
]


@pytest.mark.parametrize(("context", "locale", "text"), CONTROLS_40I)
def test_no_sexual_sign_where_none_is_told(context: str, locale: str, text: str) -> None:
    _not_flagged(context, text, locale, "cauda_equina_sexual")


# -- 40j. rest said to make no difference to the back pain ----------------------------------------

OWN_40J = [
    ("fever", "en-GB", "no fever, but lying down makes no difference to the back, it still throbs"),
    ("fever", "en-US",
     "no, but lying still makes no difference to my back, it hurts the same in bed"),
    ("fever", "en-AU",
     "nah, no fever, but sitting still makes no difference, the back's still killing me"),
    ("fever", "en-IN", "no fever, but the back pain is there, bed rest made no difference at all"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_40J)
def test_back_pain_not_eased_by_rest_is_warned(context: str, locale: str, text: str) -> None:
    _warned(context, text, locale, "back_pain_at_night")


CONTROLS_40J = [
    ("fever", "en-GB", "no fever, and resting helps the back a lot, it eases off in bed"),
    ("fever", "en-US",
     "no, and it makes no difference to me which chair I sit in, the back is fine at night"),
]


@pytest.mark.parametrize(("context", "locale", "text"), CONTROLS_40J)
def test_back_pain_eased_by_rest_raises_no_night_flag(context: str, locale: str, text: str) -> None:
    _not_flagged(context, text, locale, "back_pain_at_night")


# -- round 39's leftovers: false-flag risks, fixed with controls that real signs still warn -------

STUCK_NOT_A_SWALLOW = [
    ("side", "en-US", "both legs, and my car's stuck in the shop all week"),
    ("side", "en-GB", "both, it's stuck in traffic on the way to work that I notice it most"),
]


@pytest.mark.parametrize(("context", "locale", "text"), STUCK_NOT_A_SWALLOW)
def test_it_stuck_alone_is_no_swallowing_emergency(context: str, locale: str, text: str) -> None:
    _not_flagged(context, text, locale, "breathing_swallowing")


STUCK_A_SWALLOW = [
    ("side", "en-AU", "both legs, and it gets stuck when I swallow, me breathing's off too"),
    ("side", "en-IN", "both legs, and the tablets are getting stuck, I cannot take them"),
    ("side", "en-CA", "both, and since yesterday it keeps sticking in my throat when I eat"),
]


@pytest.mark.parametrize(("context", "locale", "text"), STUCK_A_SWALLOW)
def test_a_swallow_said_stuck_is_still_warned(context: str, locale: str, text: str) -> None:
    _warned(context, text, locale, "breathing_swallowing")


def test_places_that_ache_in_order_are_no_climb_but_numb_ones_are() -> None:
    _not_flagged("side", "both, my toes then my knees then my hips ache with the arthritis",
                 "en-GB", "ascending_numbness")
    _warned("side", "both legs, it was my feet then my shins and now my thighs are going numb",
            "en-US", "ascending_numbness")

"""Round 41 (safety41): red flags told plainly but missed in batch 44's tuning half, said in words
of our own to the offline simulator (the interaction model included), across the five locales,
with controls (docs/clinical-safety.md 5zzzzo). No held-back material was read.

41g. A worsening course in both legs told in words the reader did not hold ("going downhill",
"increasing day by day", "worse every morning", "each day worse than the day before", "getting
worse in both legs"): read as "both legs getting worse every day" is, numbness spreading up
(NHS Guillain-Barre syndrome), and with back pain the both-legs emergency (NHS sciatica).

41h. "A bit" before "higher" or "further" ("every day it's a bit higher"): how far it climbed each
day, not a doubt that it climbed, as "a bit weaker" already was; the climb is read for certain.

41i. "Proper" as a dialect intensifier ("the legs are proper weak now", British and Australian):
the weakness said plainly, as "really weak" is, not a vague mention to confirm.

41j. A bed found wet on waking, told with the wetness before the bed ("waking up to wet sheets",
"woke up in a soaked bed"): the leak not felt (NHS cauda equina syndrome), as "woke to find the
bed wet" already was. Wet with sweat stays a sweat.

41k. Pain at rest told by a resting posture after "even" with no "when" ("the foot hurts even
sitting down", "my toes ache even lying down"): rest pain (NHS peripheral arterial disease).
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import _answer_timing, flags_raised, screening, warned_first
from tests.understanding.test_words_in_context import CONTEXTS, say_at, warned_at


def _warned_once_timed(context: str, text: str, locale: str, flag: str) -> None:
    """Warned at once, or once its timing question is answered as new (as the runner does)."""
    sim = CONTEXTS.open(locale, context)
    reply = sim.say(text)
    flags = flags_raised(screening(sim))
    if flag in flags and warned_first(reply.speech):
        return
    replies = _answer_timing(sim)
    flags = flags_raised(screening(sim))
    assert flag in flags and any(warned_first(r.speech) for r in replies), (
        flags, dict(screening(sim).answers), reply.speech, [r.speech for r in replies])


def _not_flagged(context: str, text: str, locale: str, flag: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert flag not in flags, (flags, answers, speech)


def _answered(context: str, text: str, locale: str, finding: str, value: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(finding) == value, (flags, answers, speech)


# -- 41g. a worsening course in both legs, in words of its own ------------------------------------

OWN_41G = [
    ("side", "en-US", "both of them, and it's going downhill, worse every week"),
    ("side", "en-CA", "both legs, it's been going downhill since it started"),
    ("side", "en-AU", "both, and each day it's worse than the day before"),
    ("duration", "en-GB", "a fortnight, and it's getting worse in both legs"),
    ("duration", "en-IN", "two weeks, and numbness is increasing day by day in both legs"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_41G)
def test_a_worsening_course_in_both_legs_is_warned(context: str, locale: str, text: str) -> None:
    warned_at(context, text, "ascending_numbness", locale)


# The numbness named between "both legs" and its worsening: with back pain that is round 26's
# 26a, taken back pending a clinical decision (docs/clinical-safety.md 5zzj); not read here.
HELD_BY_5ZZJ = pytest.mark.xfail(strict=True, reason=(
    "the numbness named between both legs and its worsening is 26a's reading, taken back "
    "pending a clinical decision: docs/clinical-safety.md 5zzj"))
OWN_41G_HELD = [
    ("side", "en-IN", "both legs, numbness is increasing day by day"),
    ("side", "en-GB", "both legs, and the numbness is worse every morning"),
]


@HELD_BY_5ZZJ
@pytest.mark.parametrize(("context", "locale", "text"), OWN_41G_HELD)
def test_a_worsening_with_the_numbness_named_between_waits_for_5zzj(context: str, locale: str,
                                                                    text: str) -> None:
    warned_at(context, text, "ascending_numbness", locale)


OWN_41G_BACK = [
    # back pain already told: the both-legs emergency (NHS sciatica)
    ("fever", "en-GB", "no fever, but both legs are going downhill fast"),
    ("fever", "en-AU", "no temperature, but both me legs are increasing day by day"),
    ("fever", "en-US", "no, but both legs are worse every morning"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_41G_BACK)
def test_with_back_pain_a_worsening_in_both_legs_is_the_emergency(context: str, locale: str,
                                                                  text: str) -> None:
    warned_at(context, text, "both_legs_worsening", locale)


CONTROLS_41G = [
    ("side", "en-GB", "both, and my mood has been going downhill since the divorce"),
    ("side", "en-IN", "both legs, and my sugar is increasing day by day"),
    ("side", "en-US", "both, it's the same every morning, no worse"),
    ("side", "en-AU", "the left one, the knee pain is worse every morning"),
    ("side", "en-CA", "both legs, the numbness isn't getting worse, it's the same as always"),
    ("side", "en-GB", "both legs, the numbness is worse after a long walk"),
]


@pytest.mark.parametrize(("context", "locale", "text"), CONTROLS_41G)
def test_no_worsening_of_the_legs_no_spread(context: str, locale: str, text: str) -> None:
    _not_flagged(context, text, locale, "ascending_numbness")


# -- 41h. "a bit higher" each day: how far, not a doubt --------------------------------------------

OWN_41H = [
    ("duration", "en-US",
     "two weeks, the weakness began in my toes and every day it's a bit higher, my thighs are "
     "weak now", "ascending_weakness"),
    ("duration", "en-CA", "ten days, it started in my feet and each day it's a bit further up",
     "ascending_numbness"),
    ("side", "en-GB", "both, and every day it creeps a little higher", "ascending_numbness"),
]


@pytest.mark.parametrize(("context", "locale", "text", "flag"), OWN_41H)
def test_a_bit_higher_each_day_is_a_climb(context: str, locale: str, text: str,
                                          flag: str) -> None:
    _warned_once_timed(context, text, locale, flag)


def test_a_bit_higher_is_a_certain_climb() -> None:
    _answered("duration", "two weeks, it began in my feet and every day it's a bit higher",
              "en-AU", "spreading_up", "yes")


CONTROLS_41H = [
    # a doubt said of the climb itself keeps its doubt (confirmed, not warned as told)
    ("side", "en-IN", "both, I think maybe it has gone a bit higher, not sure"),
]


@pytest.mark.parametrize(("context", "locale", "text"), CONTROLS_41H)
def test_a_doubt_of_the_climb_stays_a_doubt(context: str, locale: str, text: str) -> None:
    _answered(context, text, locale, "spreading_up", "unsure")


# -- 41i. "proper weak" ----------------------------------------------------------------------------

OWN_41I = [
    ("duration", "en-GB", "three weeks, and my legs have gone proper weak"),
    ("duration", "en-AU", "a couple of weeks, and the legs are proper weak now"),
    ("side", "en-GB", "both, they're proper weak, I can barely get up the stairs"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_41I)
def test_proper_weak_is_weakness_said_plainly(context: str, locale: str, text: str) -> None:
    _answered(context, text, locale, "leg_weakness", "yes")


CONTROLS_41I = [
    ("duration", "en-GB", "for months, and I need a proper diagnosis, my legs are fine otherwise"),
    ("duration", "en-AU", "for months, my legs are proper strong, I walk every day"),
]


@pytest.mark.parametrize(("context", "locale", "text"), CONTROLS_41I)
def test_proper_adds_no_weakness(context: str, locale: str, text: str) -> None:
    speech, answers, _flags = say_at(context, text, locale)
    assert answers.get("leg_weakness") in (None, "no"), (answers, speech)


# -- 41j. a bed found wet on waking, the wetness said first ----------------------------------------

OWN_41J = [
    ("duration", "en-GB", "since Sunday, and I keep waking up to wet sheets"),
    ("duration", "en-AU",
     "a few days, and my wife says I woke up in a soaked bed, didn't feel a thing"),
    ("duration", "en-US", "since Friday, he's been waking up to a wet mattress and doesn't notice"),
    ("duration", "en-IN", "four days, and I am waking up to wet bedsheets"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_41J)
def test_waking_to_a_wet_bed_is_the_bladder_sign(context: str, locale: str, text: str) -> None:
    _warned_once_timed(context, text, locale, "cauda_equina_bladder")


CONTROLS_41J = [
    ("duration", "en-GB", "for months, and I wake up to sheets wet with sweat"),
    ("duration", "en-AU", "for months, I woke up to wet sheets from the dog"),
]


@pytest.mark.parametrize(("context", "locale", "text"), CONTROLS_41J)
def test_wet_with_sweat_is_no_leak(context: str, locale: str, text: str) -> None:
    _not_flagged(context, text, locale, "cauda_equina_bladder")


# -- 41k. pain at rest told by a posture after "even" ----------------------------------------------

OWN_41K = [
    ("side", "en-GB", "the left, and the foot hurts even sitting down"),
    ("side", "en-US", "the right one, my toes ache even lying down"),
    ("duration", "en-AU", "a few months, and the foot throbs even sitting down, toes look dusky"),
    ("duration", "en-IN", "two months, the foot is paining even lying down"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_41K)
def test_pain_even_sitting_or_lying_down_is_rest_pain(context: str, locale: str,
                                                      text: str) -> None:
    _warned_once_timed(context, text, locale, "critical_limb_ischaemia")


CONTROLS_41K = [
    # claudication: the pain goes on sitting down (NHS PAD), a GP visit
    ("side", "en-GB", "the left, my calf hurts when I walk and goes when I sit down"),
    ("side", "en-CA", "the right, it's numb even sitting down, but no pain"),
]


@pytest.mark.parametrize(("context", "locale", "text"), CONTROLS_41K)
def test_pain_that_goes_at_rest_is_no_rest_pain(context: str, locale: str, text: str) -> None:
    _not_flagged(context, text, locale, "critical_limb_ischaemia")

"""Round 32 (flags32): red flags said plainly but not warned first, because the sign was told by
what it did or what it was like rather than in the vocabulary's words: a foot that will not work
the car's pedals, a numb seat likened to sitting on ice (or numb across the whole of the bottom),
sciatica down the legs named one by one ("the left and the right"), and a cast said to be tight
as "it" in the next breath, or toes gone numb in it; said in words of our own to the offline
simulator at a real point of a screening (the interaction model included), across the five
locales, with controls (docs/clinical-safety.md 5zzzd). No held-back material was read.

32g. A foot or leg that will not push, press or work the car's pedals ("my right foot won't push
down on the brake"): sudden weakness of the leg or foot (leg_weakness; NHS cauda equina syndrome,
NHS foot drop), warned, or asked when it began.

32h. Saddle numbness told by a likeness of the seat ("like I've been sat on ice", "like sitting
on a block of ice") or as numbness over the whole of the bottom ("numb across the whole of my
bottom"): numbness around the bottom (saddle_numbness; NHS cauda equina syndrome), warned.

32i. Sciatica down both legs named one by one ("the nerve pain shoots down the left and the
right legs", "runs down my right leg and my left leg"): sciatica in both legs (bilateral_sciatica;
NICE CKS sciatica red flags), warned.

32j. A tight cast said as "it" in the next clause ("I've got a cast on my shin and it's so
tight"), or toes gone numb or blue in a cast: acute compartment syndrome (compartment; NHS
compartment syndrome, plaster cast care), warned.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.test_words_in_context import denied_at, not_flagged_at, say_at
from tests.understanding.test_words_in_context import warned_at as _warned


def _heard(context: str, text: str, locale: str, flag: str, finding: str) -> None:
    """`text` warns `flag` first; or reads `finding` as yes or in doubt and asks about it (a
    "Just to check", or the skill's own question of when a timed sign began)."""
    speech, answers, flags = say_at(context, text, locale)
    if flag in flags and warned_first(speech):
        return
    assert answers.get(finding) in ("yes", "unsure"), (flags, answers, speech)
    assert "Just to check" in speech or "in the last few days" in speech, (answers, speech)


# -- 32g. a foot that will not work the car's pedals --------------------------------------------

OWN_32G = [
    ("onset", "suddenly, my left foot wouldn't press the clutch this morning", "en-GB"),
    ("onset", "all of a sudden my right foot won't push the brake pedal down", "en-US"),
    ("onset", "suddenly, I couldn't push down on the brake with my right foot", "en-CA"),
    ("onset", "suddenly, my foot won't press down on the accelerator properly", "en-AU"),
    ("onset", "suddenly, my leg wouldn't push the brake hard enough, I nearly crashed", "en-GB"),
    ("onset", "suddenly, my right leg can't press the brake pedal, so I stopped driving",
     "en-IN"),
    ("onset", "suddenly, I can't press the pedals with my foot any more", "en-US"),
    ("onset", "suddenly, my foot just won't work the pedals today", "en-AU"),
    ("onset", "suddenly, I wasn't able to push the clutch down with my left leg", "en-CA"),
    ("onset", "suddenly, my right foot couldn't press on the gas, I had to stop", "en-US"),
    ("onset", "suddenly, my feet won't push the pedals on my bike", "en-GB"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_32G)
def test_a_foot_that_will_not_work_the_pedals_is_a_weak_leg(context: str, text: str,
                                                            locale: str) -> None:
    _heard(context, text, locale, "new_leg_weakness", "leg_weakness")


# -- 32h. the seat likened to ice, or numb over the whole of the bottom ------------------------

OWN_32H = [
    ("side", "both, and it feels like I'm sitting on a block of ice", "en-GB"),
    ("side", "both, and my bum feels like I've been sat on ice", "en-GB"),
    ("side", "both, it's like sitting on ice down there", "en-AU"),
    ("side", "both, like I'm sat on a bag of frozen peas", "en-GB"),
    ("side", "both legs, and it's numb across the whole of my bottom", "en-CA"),
    ("side", "both, I've gone numb over the whole of my backside", "en-AU"),
    ("side", "both, there's numbness all over my bottom", "en-US"),
    ("side", "both, and my whole bottom has gone numb", "en-IN"),
    ("side", "both, it feels like I'm sitting on ice cubes", "en-US"),
    ("side", "both, I feel as if I'm sitting on snow", "en-CA"),
    ("side", "both, and the entire bottom has gone dead, like sitting on ice", "en-IN"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_32H)
def test_the_seat_likened_to_ice_or_the_whole_bottom_numb_is_saddle_numbness(
        context: str, text: str, locale: str) -> None:
    _warned(context, text, "cauda_equina_saddle", locale)


# -- 32i. sciatica down both legs named one by one -------------------------------------------

OWN_32I = [
    ("side", "both, the pain shoots down the left and the right leg", "en-US"),
    ("side", "both, it runs down my right leg and my left leg", "en-GB"),
    ("side", "both sides, nerve pain going down the left and right legs", "en-CA"),
    ("side", "both, shooting down the right one and the left one", "en-AU"),
    ("side", "both, the pain is going down left and right leg", "en-IN"),
    ("side", "both, sciatica shooting down my left and my right leg", "en-GB"),
    ("side", "both, it radiates into the left and the right leg from my back", "en-US"),
    ("side", "both, electric pain travels down the right and the left leg", "en-AU"),
    ("side", "both, it shoots down my left leg and then the right leg", "en-CA"),
    ("side", "both, the pain goes down left leg and right leg both", "en-IN"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_32I)
def test_sciatica_down_the_legs_named_one_by_one_is_both_legs(context: str, text: str,
                                                                locale: str) -> None:
    _warned(context, text, "bilateral_sciatica", locale)


# -- 32j. a tight cast said as "it", or toes numb in a cast -----------------------------------

OWN_32J = [
    ("onset", "suddenly, I've got a cast on my shin and it's so tight", "en-GB"),
    ("onset", "suddenly, I'm in a plaster on my ankle and it feels far too tight", "en-AU"),
    ("onset", "suddenly, they put a cast on my leg and it's way too tight now", "en-US"),
    ("onset", "suddenly, there's a plaster on my calf and it's getting tighter", "en-GB"),
    ("onset", "suddenly, I have a cast on my foot and it is very tight", "en-IN"),
    ("onset", "suddenly, my toes have gone numb inside the cast", "en-CA"),
    ("onset", "suddenly, my toes are tingling in the plaster", "en-GB"),
    ("onset", "suddenly, my toes went blue in my cast", "en-US"),
    ("onset", "suddenly, the splint on my shin is on and it's much too tight", "en-AU"),
    ("onset", "suddenly, the cast is so tight my toes have gone numb", "en-CA"),
    ("onset", "suddenly, got a pot on my leg and it's too tight", "en-GB"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_32J)
def test_a_tight_cast_said_as_it_or_numb_toes_in_a_cast_is_warned(context: str, text: str,
                                                                   locale: str) -> None:
    _warned(context, text, "compartment_syndrome", locale)


# -- controls: plain red flags still warn ------------------------------------------------------

CONTROLS_WARNED = [
    ("onset", "suddenly, my legs have given way", "en-US", "new_leg_weakness"),
    ("onset", "suddenly, I can't lift my foot up", "en-GB", "new_leg_weakness"),
    ("side", "both, and I have shooting pain down both legs", "en-GB", "bilateral_sciatica"),
    ("side", "both, the pain runs down both my legs", "en-AU", "bilateral_sciatica"),
    ("onset", "suddenly, my bum is numb", "en-AU", "cauda_equina_saddle"),
    ("side", "the whole of my bottom is numb", "en-GB", "cauda_equina_saddle"),
    ("onset", "suddenly, my cast is so tight my toes have gone numb", "en-GB",
     "compartment_syndrome"),
    ("onset", "suddenly, my leg's in a cast and it's too tight", "en-CA", "compartment_syndrome"),
    ("onset", "suddenly, I've wet myself", "en-GB", "cauda_equina_bladder"),
    ("onset", "suddenly, my face is drooping", "en-CA", "stroke_signs"),
    ("onset", "suddenly, my leg is cold and white", "en-IN", "limb_ischaemia"),
]


@pytest.mark.parametrize(("context", "text", "locale", "flag"), CONTROLS_WARNED)
def test_plain_red_flags_still_warn(context: str, text: str, locale: str, flag: str) -> None:
    _warned(context, text, flag, locale)


CONTROLS_QUIET = [
    # (context, said, locale): no flag raised, no warning
    ("side", "both, I nearly wet myself laughing", "en-GB"),
    # (not "my bum went numb on the long drive but it's fine now": the bottom numb is the saddle
    # sign wherever it was felt, warned on the base and after; docs/clinical-safety.md 5zzzd)
    ("side", "both, my legs went numb on the long drive but they are fine now", "en-AU"),
    ("side", "one leg, the cast came off last month and it's fine", "en-GB"),
    ("side", "one leg, the brake pedal on my car is stiff", "en-US"),
    ("side", "one leg, the whole bottom of my foot is numb", "en-CA"),
    ("side", "one leg, the pain shoots down my left leg, the right one is fine", "en-US"),
    ("side", "one leg, the left and right feel different, only the left tingles", "en-IN"),
    ("side", "one leg, I put ice on my knee and sat down", "en-AU"),
    ("side", "one, my drink was like ice", "en-GB"),
    ("side", "both, the pain goes down the left and right side of my back", "en-GB"),
    ("side", "one leg, my legs are too short, they can't reach the pedals", "en-AU"),
    ("side", "one leg, it feels like walking on ice", "en-US"),
    ("side", "one leg, I sat on ice at the rink last winter", "en-CA"),
    ("side", "one leg, the new tyres make the car feel tight on the corners", "en-CA"),
    ("side", "one leg, my jeans are tight and it's annoying", "en-AU"),
    ("side", "one leg, the cast was on for six weeks and it came off fine", "en-IN"),
]


@pytest.mark.parametrize(("context", "text", "locale"), CONTROLS_QUIET)
def test_look_alikes_and_idioms_raise_no_flag(context: str, text: str, locale: str) -> None:
    not_flagged_at(context, text, locale)


CONTROLS_DENIED = [
    # (context, said, locale, finding): a denial stays a no
    ("leg_weakness", "no, I can still push the pedals fine", "en-GB", "leg_weakness"),
    ("onset", "suddenly, and the cast is not tight at all", "en-US", "compartment"),
    ("cauda_equina_signs", "no, I can feel my bottom fine", "en-AU", "saddle_numbness"),
]


@pytest.mark.parametrize(("context", "text", "locale", "finding"), CONTROLS_DENIED)
def test_denials_stay_no(context: str, text: str, locale: str, finding: str) -> None:
    denied_at(context, text, locale, finding)

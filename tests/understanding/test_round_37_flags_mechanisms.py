"""Round 37 (flags37): red flags told in ways the skill misread in batch 40's tuning half: a
limit said with "only" before the legs failed, the legs that "won't take" one, a leak that was
not felt, and the seat called the "rear end". Said in words of our own to the offline simulator
(the interaction model included), across the five locales, with controls (docs/clinical-safety.md
5zzzzb). No held-back material was read.

37f. "I could only do two steps before my legs folded, that's never happened": an "only" said as
a limit, not in "the only <thing> is <what>", holds no figure of speech; nor is "that's never
happened" (Alexa writes "that is never happened") the copula of one.

37g. New weakness told as a limit counted before the legs fail ("I can only manage twenty yards
before my legs go"), or as legs that "won't take me": weakness of the legs.

37h. A leak not felt ("the sheets were sodden and I hadn't felt a thing", "an accident in my pants
and I never felt it coming"): the wetness said with the feeling of it lost is loss of bladder
control, stated.

37i. "My rear end" is the seat (the backside), never a car hit from behind: "I can't feel a thing
around my rear end" is saddle numbness; "I got rear ended" is still a crash.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.test_words_in_context import say_at


def _warned(context: str, text: str, locale: str, flag: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert flag in flags and warned_first(speech), (answers, flags, speech)


def _not_warned(context: str, text: str, locale: str, flag: str) -> None:
    """No emergency: `flag` is not raised and nothing is warned first (a yes/no check, rule 3's
    hedge, is allowed)."""
    speech, answers, flags = say_at(context, text, locale)
    assert flag not in flags and not warned_first(speech), (answers, flags, speech)


# -- 37f. an "only" of a limit holds no figure of speech -------------------------------------------

OWN_37F = [
    ("en-GB", "suddenly, I only got three steps from the chair before my knees buckled, that's "
              "never happened before"),
    ("en-AU", "out of nowhere, only made it halfway to the loo before my legs collapsed, that's "
              "never happened"),
    ("en-US", "sudden, I could only take a few steps before my legs folded under me, that's never "
              "happened to me"),
    ("en-CA", "all at once, I only got to the door and my legs crumpled, that is never happened "
              "before"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_37F)
def test_an_only_of_a_limit_holds_no_figure(locale: str, text: str) -> None:
    _warned("onset", text, locale, "new_leg_weakness")


CONTROLS_37F = [
    # "the only <thing> is <what>" naming a thing is still a figure of speech (round 25)
    ("leg_weakness", "en-GB", "no, the only thing giving way round here is my old sofa"),
    ("leg_weakness", "en-US", "nope, the only thing that collapsed was my tent"),
]


@pytest.mark.parametrize(("context", "locale", "text"), CONTROLS_37F)
def test_the_only_thing_of_a_thing_is_still_a_figure(context: str, locale: str,
                                                      text: str) -> None:
    _not_warned(context, text, locale, "new_leg_weakness")


# -- 37g. a limit counted before the legs fail; legs that won't take one ---------------------------

OWN_37G = [
    ("en-GB", "suddenly, these days I can only manage twenty yards before my legs go"),
    ("en-AU", "all of a sudden, I can only shuffle a couple of metres before me legs give"),
    ("en-CA", "suddenly, I can only take six steps before my knees give"),
    ("en-US", "sudden, I could only stand a few seconds before my legs buckled"),
    ("en-GB", "suddenly, my legs wouldn't take me to the door this morning"),
    ("en-AU", "out of the blue, me legs just won't take me anywhere"),
    ("en-IN", "suddenly, my legs are not taking me, I had to sit on the road"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_37G)
def test_a_limit_before_the_legs_fail_is_weakness(locale: str, text: str) -> None:
    _warned("onset", text, locale, "new_leg_weakness")


CONTROLS_37G = [
    # being unfit, pain that stops a walk, an idiom of aching: no emergency
    ("en-GB", "slowly, I could only do two laps of the park, I'm that unfit"),
    ("en-US", "gradually, I can only walk ten minutes before my calves ache"),
    ("en-GB", "slowly, my legs give me gyp when it's cold"),
    ("en-AU", "slowly, I can only jog a couple of k before my legs get tired"),
    ("en-AU", "gradually, I can only walk half a mile before my legs give me grief"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_37G)
def test_a_limit_of_fitness_or_pain_is_no_emergency(locale: str, text: str) -> None:
    _not_warned("onset", text, locale, "new_leg_weakness")


# -- 37h. a leak not felt ------------------------------------------------------------------------

OWN_37H = [
    ("en-US", "suddenly, the home aide found my underwear was soaked and I never felt it happen"),
    ("en-GB", "all at once, I woke up and the sheets were sodden and I hadn't felt a thing"),
    ("en-AU", "sudden, the carer said my pad was wringing wet and I didn't feel a thing"),
    ("en-CA", "suddenly, I had an accident in my pants and didn't even feel it coming"),
    ("en-GB", "out of the blue, wet my trousers at the shops and never felt myself go"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_37H)
def test_a_leak_not_felt_is_lost_control(locale: str, text: str) -> None:
    _warned("onset", text, locale, "cauda_equina_bladder")


CONTROLS_37H = [
    # a wet bed of a child or a pet, clothes wet from the rain: no emergency
    ("en-GB", "slowly, the bed was wet this morning but that was the dog"),
    ("en-AU", "gradually, the cat wet the bed again last night"),
    # an old habit of a pad for small leaks is asked about, never warned at once
    ("en-AU", "slowly, I've worn a pad for little leaks since my second baby, nothing new"),
    ("en-US", "slowly, my pants were soaked from the rain and I didn't even notice"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_37H)
def test_a_wet_bed_or_clothes_of_another_cause_is_no_emergency(locale: str, text: str) -> None:
    _not_warned("onset", text, locale, "cauda_equina_bladder")


# -- 37i. "my rear end" is the seat -------------------------------------------------------------

OWN_37I = [
    ("en-US", "suddenly, I can't feel anything on my rear end"),
    ("en-CA", "suddenly, my rear end has gone numb"),
    ("en-US", "sudden, the doctor poked my rear end with a pin and I couldn't feel it at all"),
    ("en-CA", "suddenly, there's no feeling around my rear end"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_37I)
def test_the_rear_end_is_the_seat(locale: str, text: str) -> None:
    _warned("onset", text, locale, "cauda_equina_saddle")
    _, _, flags = say_at("onset", text, locale)
    assert "spinal_injury" not in flags, flags


CONTROLS_37I = [
    # a car hit from behind is still a crash (warned first at the injury question)
    ("en-US", "yes, I got rear ended at a stop light"),
    ("en-CA", "yeah, somebody rear ended me on the highway"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_37I)
def test_rear_ended_is_still_a_crash(locale: str, text: str) -> None:
    _warned("injury", text, locale, "spinal_injury")

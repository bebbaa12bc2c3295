"""Round 38 (safety38): a corrective contrast, "not X, it's Y", in which the "not" denies X and
never the Y restated after it, and the red-flag misses of batch 41's tuning half. Said in words
of our own to the offline simulator (the interaction model included), across the five locales,
with controls (docs/clinical-safety.md 5zzzzf). No held-back material was read.

38f. "It's not a niggle, it's agony": the restatement after a denied word is said, not denied;
Alexa sends no comma (the carrier "it isn't {speech}" hands on "not a niggle it is agony").
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.test_words_in_context import say_at

# -- 38f. a corrective contrast -------------------------------------------------------------------

OWN_38F = [
    ("severe_pain", "en-GB", "it isn't a twinge, it's unbearable", "severe_pain"),
    ("severe_pain", "en-US", "it's not an ache, it's excruciating", "severe_pain"),
    ("severe_pain", "en-AU", "nah it's not sore, it's bloody agony", "severe_pain"),
    ("severe_pain", "en-IN", "it is not small pain, it is unbearable", "severe_pain"),
    ("severe_pain", "en-CA", "not a little twinge, it's agony", "severe_pain"),
    ("severe_pain", "en-GB", "it's not mild at all, it's unbearable", "severe_pain"),
    ("leg_weakness", "en-GB", "it isn't weakness exactly, my legs just give way",
     "new_leg_weakness"),
    ("leg_weakness", "en-AU", "not weakness as such, my legs just buckle under me",
     "new_leg_weakness"),
]


@pytest.mark.parametrize(("context", "locale", "text", "flag"), OWN_38F)
def test_what_is_restated_after_not_is_said(context: str, locale: str, text: str,
                                            flag: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert flag in flags and warned_first(speech), (answers, flags, speech)


CONTROLS_38F = [
    # a denial of the thing itself, with a restatement that is no sign: still no
    ("severe_pain", "en-GB", "it's not agony, it's more of a dull ache"),
    ("severe_pain", "en-AU", "nah, it's not unbearable, it's just a niggle"),
    ("severe_pain", "en-US", "no, it isn't severe, it's manageable"),
    # a "not" of thinking or saying still denies what follows
    ("severe_pain", "en-GB", "I wouldn't say it's agony"),
    ("severe_pain", "en-CA", "no, I don't think it's unbearable"),
    ("severe_pain", "en-IN", "no, it is not that bad, it is manageable only"),
]

CONTROLS_38F_SPREAD = [
    # a sign denied, then a restatement that reaches past it ("it's just ..."): still denied
    ("spreading_up", "en-GB", "no, not creeping upwards, it's only my toes", "spreading_up"),
    ("spreading_up", "en-AU", "nah, not travelling up, it's just the soles", "spreading_up"),
]


@pytest.mark.parametrize(("context", "locale", "text", "finding"), CONTROLS_38F_SPREAD)
def test_a_denied_spread_stays_denied(context: str, locale: str, text: str,
                                      finding: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(finding) == "no" and not flags, (answers, flags, speech)


@pytest.mark.parametrize(("context", "locale", "text"), CONTROLS_38F)
def test_a_denied_sign_stays_denied(context: str, locale: str, text: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert "severe_pain" not in flags and not warned_first(speech), (answers, flags, speech)


# -- 38g. severe pain cried out loud with, or called the worst of one's life ----------------------

OWN_38G = [
    ("onset", "en-GB", "slowly, but now the pain is shocking, I'm bawling with it", "severe_pain"),
    ("onset", "en-AU", "gradually, and I'm wailing from it most nights", "severe_pain"),
    ("onset", "en-US", "slowly, and the pain is the worst of my whole life", "severe_pain"),
    ("onset", "en-IN", "gradually only, and I am screaming because of it", "severe_pain"),
    ("severe_pain", "en-CA", "yeah, the ache is the worst in my life", "severe_pain"),
]


@pytest.mark.parametrize(("context", "locale", "text", "flag"), OWN_38G)
def test_severe_pain_cried_out_or_the_worst_of_a_life(context: str, locale: str, text: str,
                                                      flag: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert flag in flags and warned_first(speech), (answers, flags, speech)


CONTROLS_38G = [
    # the worst of a life said of something else, a shock as a kind of pain, and laughter
    ("onset", "en-GB", "slowly, it's been the worst year of my life, my feet tingle"),
    ("onset", "en-AU", "gradually, the tingling is like an electric shock"),
    ("onset", "en-US", "slowly, my grandkids had me howling with laughter today"),
    ("severe_pain", "en-GB", "no, the pain isn't shocking, it's manageable"),
]


@pytest.mark.parametrize(("context", "locale", "text"), CONTROLS_38G)
def test_no_severe_pain_from_lookalikes(context: str, locale: str, text: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert "severe_pain" not in flags and answers.get("severe_pain") != "yes", (
        answers, flags, speech)


SPINAL = "spinal_infection_with_nerve_signs"

# -- 38h. legs that refuse to carry, limp as lettuce, or Scots "cannae walk" ----------------------

OWN_38H = [
    ("fever", "en-GB", "yes, and my legs are refusing to hold me up", SPINAL),
    ("fever", "en-IN", "yes fever is there and the legs refuse to support me", SPINAL),
    ("fever", "en-AU", "yeah, burning up, and my legs are like cooked spaghetti", SPINAL),
    ("fever", "en-GB", "aye, hot and shivery, and I cannae stand up", SPINAL),
    ("fever", "en-CA", "yes, and my legs feel like limp noodles", SPINAL),
]


@pytest.mark.parametrize(("context", "locale", "text", "flag"), OWN_38H)
def test_legs_that_fail_in_everyday_words(context: str, locale: str, text: str,
                                          flag: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert flag in flags and warned_first(speech), (answers, flags, speech)


CONTROLS_38H = [
    # someone else's legs, food, and a "cannae" of something else
    ("fever", "en-GB", "no, I had spaghetti for tea and I'm fine"),
    ("fever", "en-GB", "no, I cannae complain, just the tingling"),
    ("fever", "en-AU", "nah, the dog refused to walk today, that's all"),
]


@pytest.mark.parametrize(("context", "locale", "text"), CONTROLS_38H)
def test_no_weakness_from_lookalikes(context: str, locale: str, text: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get("leg_weakness") != "yes" and not flags, (answers, flags, speech)


# -- 38j. Indian English "current" running down both legs -----------------------------------------

OWN_38J = [
    ("side", "en-IN", "both legs, current is running from the hip to the toes on both sides",
     "bilateral_sciatica"),
    ("side", "en-IN", "both, the current goes from buttock into the feet in both legs",
     "bilateral_sciatica"),
    ("side", "en-GB", "both legs, the current shoots from my bum to my heels",
     "bilateral_sciatica"),
    ("side", "en-IN", "both sides, current is travelling from the thigh to the ankle",
     "bilateral_sciatica"),
]


@pytest.mark.parametrize(("context", "locale", "text", "flag"), OWN_38J)
def test_current_down_both_legs_is_sciatica_in_both(context: str, locale: str, text: str,
                                                    flag: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert flag in flags and warned_first(speech), (answers, flags, speech)


CONTROLS_38J = [
    # numbness along the same path is still a whole leg; current of the mains is no pain
    ("side", "en-IN", "the left, it is numb from the hip to the foot", "whole_leg"),
]


@pytest.mark.parametrize(("context", "locale", "text", "finding"), CONTROLS_38J)
def test_numbness_along_the_path_is_still_a_whole_leg(context: str, locale: str, text: str,
                                                      finding: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(finding) == "yes", (answers, flags, speech)

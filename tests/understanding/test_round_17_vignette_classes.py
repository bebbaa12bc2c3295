"""Round 17 (clinic17): the vignettes' tuning misses, by class (docs/clinical-safety.md, 5zf).
Each class in words of our own, said to the offline simulator as Alexa sends them (no commas),
through request envelopes, across the five locales; every change beside must-warn controls.

17a. A reassurance about another ability said straight after a sign ("the tingling has crept up
     to my shins walking is fine") is said of that ability: it no longer denies the sign before
     it. Tingling climbing the legs after an infection is then Guillain-Barre, first among the
     causes, at same-day care. A sign joined by "and" to what is said fine ("my face and speech
     are normal") is still denied; a sign said beside another ability's "fine" still warns.
17b. Hormone treatment for the prostate ("on the hormone jabs for my prostate") is prostate
     cancer's treatment said without the word: a cancer had, so mid-back pain with heavy legs
     is spinal cord compression, first, and warned.
17c. "Right" said as "well" after "been", "not" or a verb of feeling ("me back's been right
     since", "my foot hasn't felt right") is no side: with the left foot named it made both
     legs, and a one-sided foot drop was never asked about. A side said after it ("been right
     and left", "not right leg") is a side still, and both legs named still warn.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.screening.test_round9_general_rules import converse, history
from tests.understanding.test_words_in_context import not_flagged_at, say_at, warned_at


def _causes(reply) -> list[str]:
    return reply.session_attributes["assessment"]["causes"]


def _triage(reply) -> str:
    return reply.session_attributes["assessment"]["triage"]


# -- 17a: "walking is fine" is said of walking, not of the sign before it --------------------------

CLIMBING_THEN_ANOTHER_ABILITY_FINE = [
    ("en-IN", "gradually and since four days the tingling has reached up to my shins walking is "
              "fine"),
    ("en-GB", "slowly and the pins and needles have crept up to my knees now breathing is fine"),
    ("en-US", "slowly and the numbness has moved up past my ankles walking is okay though"),
    ("en-AU", "gradually and the tingles have climbed up to me knees now walking's alright"),
    ("en-CA", "slowly and over three days it has spread up to my calves swallowing is fine"),
]


@pytest.mark.parametrize(("locale", "text"), CLIMBING_THEN_ANOTHER_ABILITY_FINE)
def test_another_ability_said_fine_leaves_the_climbing_numbness_said(locale: str,
                                                                    text: str) -> None:
    _speech, answers, _flags = say_at("onset", text, locale)
    assert answers.get("spreading_up") == "yes", answers


@pytest.mark.parametrize(("locale", "text"), [
    # must-warn controls: a plain sign said beside another ability's "fine" still warns
    ("en-GB", "suddenly and my face has dropped on one side walking is fine"),
    ("en-US", "all of a sudden and my face is drooping on the left breathing is okay"),
    ("en-AU", "suddenly and me face has gone droopy walking's fine"),
    ("en-IN", "suddenly and my face is drooping on one side walking is okay"),
    ("en-CA", "suddenly and my face went droopy on one side breathing is fine"),
])
def test_a_stroke_sign_beside_another_ability_said_fine_still_warns(locale: str,
                                                                   text: str) -> None:
    warned_at("onset", text, "stroke_signs", locale)


@pytest.mark.parametrize(("locale", "text"), [
    # controls kept: a sign joined by "and" to the ability said fine is denied with it
    ("en-GB", "the left one and my face and speech are completely normal"),
    ("en-US", "just the left and my face and speech are fine"),
    ("en-IN", "only left leg and face and speech are normal"),
])
def test_a_sign_joined_to_what_is_said_fine_is_still_denied(locale: str, text: str) -> None:
    not_flagged_at("side", text, locale)


def test_a_bladder_said_fine_beside_walking_said_fine_is_still_no_flag() -> None:
    _speech, answers = not_flagged_at("duration", "about a week my bladder is fine walking is fine",
                                      "en-GB")
    assert answers.get("bladder_bowel") != "yes", answers


AFTER_AN_INFECTION = [
    ("en-IN", "I had a bad viral fever two weeks back and since four days tingling is there in "
              "both feet and now it has reached up to my shins walking is fine"),
    ("en-GB", "I had a nasty tummy bug a fortnight ago and for three days my feet have tingled "
              "and now it has crept up to my knees walking is fine"),
    ("en-US", "I had a bad stomach flu two weeks ago and for three days my feet have been "
              "tingling and now it has moved up to my knees walking is okay"),
    ("en-AU", "had a rotten gastro bug a couple of weeks back and for three days me feet have "
              "tingled and now it's come up to me knees walking's fine"),
    ("en-CA", "I had a bad flu two weeks ago and for three days both feet have tingled and now "
              "it has spread up to my shins walking is okay"),
]
CLIMBING_ANSWERS = {"onset": "slowly", "side": "both legs", "duration": "a few days",
                    "spreading_up": "yes", "feet_first": "yes", "getting_worse": "yes"}


@pytest.mark.parametrize(("locale", "opening"), AFTER_AN_INFECTION)
def test_tingling_climbing_after_an_infection_is_guillain_barre_same_day(locale: str,
                                                                        opening: str) -> None:
    _spoken, reply = converse(locale, opening, CLIMBING_ANSWERS)
    assert "spreading_up=yes" in history(reply), history(reply)
    assert "guillain_barre" in _causes(reply)[:3], (_causes(reply), history(reply))
    assert _triage(reply) in ("urgent", "emergency"), history(reply)


@pytest.mark.parametrize(("locale", "opening"), [
    # must-warn control: climbing numbness with back pain, beside "walking is fine", is the
    # emergency of both legs worsening with back pain
    ("en-GB", "my back has ached for a week and the numbness has crept up to my knees walking "
              "is fine"),
    ("en-IN", "since one week back pain is there and the tingling has reached up to my knees "
              "walking is okay"),
])
def test_climbing_numbness_with_back_pain_beside_walking_fine_is_still_the_emergency(
        locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, {**CLIMBING_ANSWERS, "back_pain": "yes"})
    assert any(warned_first(text) for text in spoken), spoken
    assert _triage(reply) == "emergency", history(reply)


# -- 17b: hormone treatment for the prostate is a cancer had ---------------------------------------

PROSTATE_HORMONES = [
    ("en-AU", "I get the hormone jabs for me prostate and me mid back has ached for ten days and "
              "since this morning me legs are heavy and numb"),
    ("en-GB", "I'm on hormone injections for my prostate and my back between the shoulders has "
              "hurt for a fortnight and since yesterday my legs feel heavy"),
    ("en-US", "I'm getting hormone shots for my prostate and my upper back has hurt for two weeks "
              "and since yesterday my legs feel heavy and my toes are numb"),
    ("en-IN", "I am taking hormone injections for my prostate and since two weeks my back is "
              "paining and from yesterday my legs are heavy and toes are numb"),
    ("en-CA", "I'm on hormone therapy for my prostate and my back has ached for two weeks and "
              "since last night my legs feel heavy"),
]
MSCC_ANSWERS = {"onset": "slowly", "side": "both legs", "duration": "a couple of days",
                "back_pain": "yes", "leg_weakness": "yes", "recent": "yes",
                "cancer_history": "yes", "getting_worse": "yes"}


@pytest.mark.parametrize(("locale", "opening"), PROSTATE_HORMONES)
def test_hormone_treatment_for_the_prostate_is_a_cancer_had(locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, MSCC_ANSWERS)
    assert "cancer_history=yes" in history(reply), history(reply)
    assert any(warned_first(text) for text in spoken), spoken
    assert _triage(reply) == "emergency", history(reply)
    assert _causes(reply)[0] == "spinal_cord_compression", (_causes(reply), history(reply))


@pytest.mark.parametrize(("locale", "text"), [
    # controls: tablets for the prostate, or a prostate check, name no cancer
    ("en-GB", "about a month and I take tablets for my prostate"),
    ("en-US", "a few weeks and I had my prostate checked last year"),
])
def test_other_prostate_words_name_no_cancer(locale: str, text: str) -> None:
    _speech, answers, _flags = say_at("duration", text, locale)
    assert answers.get("cancer_history") != "yes", answers


# -- 17c: "right" said as "well" is no side --------------------------------------------------------

RIGHT_AS_WELL = [
    ("en-AU", "me back's been right since the op but for three weeks me left foot's been "
              "dragging and catching on the kerb"),
    ("en-GB", "my back has been right since the surgery but my left foot has started to drag"),
    ("en-US", "my left foot hasn't felt right for three weeks and it slaps down when I walk"),
    ("en-IN", "after operation back has been right but since three weeks my left foot is "
              "dragging"),
    ("en-CA", "my left foot's never felt right since I sprained it and now it catches when I "
              "walk"),
]


@pytest.mark.parametrize(("locale", "text"), RIGHT_AS_WELL)
def test_right_said_as_well_is_no_second_side(locale: str, text: str) -> None:
    _speech, answers, _flags = say_at("onset", f"slowly and {text}", locale)
    assert answers.get("side") == "one_leg", answers


@pytest.mark.parametrize(("locale", "text"), [
    # must-warn controls: both legs named beside "right" said as "well" still warn
    ("en-GB", "suddenly and my back's not been right since and now the pain shoots down my left "
              "leg and my right leg"),
    ("en-AU", "this arvo and me back's been right till now but it's shooting down both legs"),
    ("en-US", "yesterday and nothing has felt right since and the pain shoots down the back of "
              "both legs"),
])
def test_both_legs_beside_right_as_well_still_warn(locale: str, text: str) -> None:
    _speech, answers, _flags = say_at("onset", text, locale)
    assert answers.get("side") == "both_legs", answers
    warned_at("onset", text, "bilateral_sciatica", locale)


@pytest.mark.parametrize(("text", "side"), [
    ("it has been right and left", "both_legs"),
    ("not the left the right", "one_leg"),
    ("it has been right leg only", "one_leg"),
])
def test_right_as_a_side_after_been_or_not_is_still_a_side(text: str, side: str) -> None:
    from skill.understanding.reader import default_reader
    assert default_reader().read(text, "en-GB").side == side


def test_a_foot_drop_after_back_surgery_long_ago_is_asked_as_one_leg() -> None:
    opening = ("had my back operated on years ago and it's been right since but for a month my "
               "left foot slaps down when I walk and the top of it is numb")
    _spoken, reply = converse("en-AU", opening, {
        "onset": "slowly", "side": "one leg", "duration": "about a month", "leg_weakness": "yes",
        "recent": "no", "weakness_worse": "yes", "getting_worse": "yes", "foot_drop": "yes"})
    assert "side=both_legs" not in history(reply), history(reply)
    assert "foot_drop=yes" in history(reply), history(reply)
    assert _triage(reply) == "urgent", history(reply)
    assert _causes(reply)[0] == "peroneal_nerve_compression", (_causes(reply), history(reply))

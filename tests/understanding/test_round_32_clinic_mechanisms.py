"""Round 32 (clinic32): readings found in the vignettes' tuning parts (the thirtieth set's
under-triage) and round 31's leftovers, said in words of our own to the offline simulator as the
opening of a screening (the interaction model included), across the five locales, with controls
that must keep their reading (docs/clinical-safety.md 5zzzg). No held-back material was read.

32s. A foot said hot beside swollen or red, the warmth said first ("his foot's hot, swollen and
     red", "my foot is warm and puffy"), was read as nothing of the foot (only a doubtful
     swelling, the tight-leg question): with diabetes, a colour change of the foot unfelt, the
     question foot_wound asks ("a cut, blister or colour change on your foot"), and NICE NG19's
     hot swollen foot (suspected Charcot foot: the foot team within one working day). "Hot"
     alone stays a neuropathy's burning ("my feet get hot at night").
32t. "Since last week ... to the" was read as an extent of numbness climbing ("since last week
     and I'm going to the doctor next week": numbness spreading up, the same-day warning). An
     extent is a part of the leg or body; a visit, a shop or a clinic is none.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.openings import flags_of, history_of, opened_with, own_case

# -- 32s. a foot said hot beside swollen or red ------------------------------------------------

HOT_SWOLLEN_FOOT = [
    ("en-GB", "my dad's diabetic and his right foot's gone hot and swollen since Thursday"),
    ("en-US", "I'm diabetic and my left foot is hot, swollen and red but I can't feel it"),
    ("en-CA", "I have type 2 diabetes and my foot has been warm and puffy for a few days"),
    ("en-AU", "I'm a diabetic and me foot's hot and red, no cut on it or anything"),
    ("en-IN", "I am sugar patient and my foot is hot and swollen since three days"),
    ("en-GB", "she's diabetic and her foot is warm and swollen, there's no wound"),
    ("en-US", "I have diabetes, my big toe is hot and red and I never noticed hurting it"),
    ("en-CA", "I'm on insulin and my heel is hot and swollen since the weekend"),
    ("en-AU", "I'm diabetic and my foot's swollen and hot but it doesn't hurt"),
    ("en-IN", "I am diabetic and my right foot is red and warm from two days"),
    ("en-US", "I'm diabetic and my whole foot is warmer and swollen compared to the other one"),
]


@pytest.mark.parametrize(("locale", "opening"), HOT_SWOLLEN_FOOT)
def test_a_hot_swollen_or_red_foot_with_diabetes_is_checked_today(locale: str,
                                                                  opening: str) -> None:
    screening, speech = opened_with(locale, opening)
    history = history_of(screening)
    assert " foot_wound=yes" in history, history
    assert "diabetic_foot_wound" in flags_of(screening), history
    assert warned_first(speech), (speech, history)


HOT_ALONE_KEPT = [
    # a neuropathy's burning or heat, no swelling nor colour: no wound read
    ("en-GB", "I'm diabetic and my feet get hot and burn at night"),
    ("en-US", "I have diabetes and my feet feel hot and tingly in bed"),
    ("en-IN", "I am sugar patient and my soles are hot and burning"),
    ("en-AU", "I'm diabetic and me feet go hot under the doona"),
]


@pytest.mark.parametrize(("locale", "opening"), HOT_ALONE_KEPT)
def test_a_foot_said_hot_alone_is_no_wound(locale: str, opening: str) -> None:
    screening, _ = opened_with(locale, opening)
    assert " foot_wound=yes" not in history_of(screening), history_of(screening)


FOOT_FLAGS_KEPT = [
    # the diabetic foot's own emergencies and a red or swollen foot said the old way still warn
    ("en-GB", "I'm diabetic and my big toe has gone black"),
    ("en-US", "I'm diabetic and I have a sore on my foot that won't heal"),
    ("en-CA", "I'm diabetic and my foot is red and swollen"),
    ("en-AU", "I'm diabetic and my foot's hot and swollen and I've got a fever"),
]


@pytest.mark.parametrize(("locale", "opening"), FOOT_FLAGS_KEPT)
def test_a_diabetic_foot_sign_still_warns(locale: str, opening: str) -> None:
    _, speech = opened_with(locale, opening)
    assert warned_first(speech), speech


# -- 32t. "since ... to the" a visit, not an extent --------------------------------------------

SINCE_THEN_A_VISIT = [
    ("en-US", "my feet have been tingling since last week and I'm going to the doctor next week"),
    ("en-GB", "both my feet have had pins and needles since last week, I'm off to the GP "
              "on Monday"),
    ("en-CA", "my toes have been numb since the weekend and I went to the walk-in clinic"),
    ("en-AU", "me feet have been tingly since last week so I'm heading to the chemist"),
    ("en-IN", "my feet are numb since last week and I will go to the hospital tomorrow"),
    ("en-GB", "my feet have been tingling since yesterday and I've been to the pharmacy"),
    ("en-US", "both feet numb since last night, I'm going to the urgent care later maybe"),
    ("en-CA", "my legs have been tingly since this morning and I have to go to the office"),
    ("en-AU", "me feet have been numb since the weekend and I went to the footy anyway"),
    ("en-IN", "tingling in both feet since last week and I am going to the clinic"),
]


@pytest.mark.parametrize(("locale", "opening"), SINCE_THEN_A_VISIT)
def test_a_visit_after_since_is_no_spreading(locale: str, opening: str) -> None:
    screening, speech = opened_with(locale, opening)
    history = history_of(screening)
    assert " spreading_up=yes" not in history, history
    assert "ascending_numbness" not in flags_of(screening), history
    assert not warned_first(speech), (speech, history)


SINCE_AN_EXTENT_KEPT = [
    # an extent reached since a time is still the numbness climbing
    ("en-GB", "both my legs are numb and since yesterday it's up to my knees"),
    ("en-US", "my feet were numb and since last night up to my thighs"),
    ("en-IN", "both legs tingling and since this morning till my hips"),
    ("en-AU", "me feet went numb and since the weekend it's up to me knees"),
    ("en-CA", "the numbness in both legs since last week is at my thighs"),
]


@pytest.mark.parametrize(("locale", "opening"), SINCE_AN_EXTENT_KEPT)
def test_an_extent_since_a_time_is_still_spreading(locale: str, opening: str) -> None:
    screening, _ = opened_with(locale, opening)
    assert " spreading_up=yes" in history_of(screening), history_of(screening)


RED_FLAGS_BESIDE_A_VISIT = [
    ("en-GB", "since last week I'm going to the GP but now my legs suddenly gave way"),
    ("en-US", "numb since last week, I went to the doctor, and since this morning I can't "
              "control my bladder"),
    ("en-AU", "me legs have been numb since last week and I'm going to the GP, but now the "
              "numbness is creeping up to me hips"),
]


@pytest.mark.parametrize(("locale", "opening"), RED_FLAGS_BESIDE_A_VISIT)
def test_a_red_flag_beside_a_visit_still_warns(locale: str, opening: str) -> None:
    _, speech = opened_with(locale, opening)
    assert warned_first(speech), speech


# -- whole conversations, as the vignette runner holds them ------------------------------------

def test_a_diabetic_hot_swollen_foot_is_same_day_care() -> None:
    outcome = own_case(
        "en-GB", "my mum is diabetic with numb feet and her left foot's been hot, swollen and red "
                 "since Friday, no cut on it",
        {"onset": "gradual", "diabetes": "yes", "foot_wound": "yes", "foot_sore": "no",
         "fever": "no", "cold_pale_leg": "no", "injury": "no", "leg_weakness": "no",
         "back_pain": "no", "side": "one_leg", "duration": "days", "getting_worse": "yes"},
        "urgent", ["diabetic_neuropathy"], "nice_ng19_diabetic_foot")
    assert outcome.triage.value == "urgent", (outcome.triage, outcome.red_flags)
    assert "diabetic_foot_wound" in outcome.red_flags, outcome.red_flags


# "Since the week before last", not round 32's "since last week": that one counts from last week's
# end (the shorter time, rule 3), a week only when said on a Sunday, so the case was routine on
# Sundays alone (found on a Monday, round 34). Since the week before last is weeks on any day.
def test_weeks_of_tingling_and_a_visit_booked_is_not_same_day() -> None:
    outcome = own_case(
        "en-US", "my feet have been tingling since the week before last and I'm going to the "
                 "doctor next week",
        {"onset": "gradual", "spreading_up": "no", "leg_weakness": "no", "back_pain": "no",
         "bladder_bowel": "no", "diabetes": "no", "side": "both_legs", "duration": "weeks",
         "getting_worse": "no"}, "routine", ["peripheral_neuropathy"],
        "nhs_peripheral_neuropathy")
    assert "ascending_numbness" not in outcome.red_flags, outcome.red_flags
    assert outcome.triage.value == "routine", (outcome.triage, outcome.red_flags)

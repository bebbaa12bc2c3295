"""Round 31 (clinic31): readings found in the vignettes' tuning parts (the twenty-ninth set's
over-triages), said in words of our own to the offline simulator as the opening of a screening
(the interaction model included), across the five locales, with controls that must keep their
reading (docs/clinical-safety.md 5zzzb). No held-back material was read.

31a. "Run down" said of the person (worn out, tired: "I'm just run down", "feeling a bit run
     down") was read, when the recogniser ran it on into "both my legs", as a pain that runs down
     both legs: sciatica in both legs, the cauda equina emergency at once. Being run down is how
     one feels, not a pain's course; a pain said to run down the legs still is one.
31b. A drink that is not alcohol said with how much ("drinking too much tea", "a lot of coffee",
     "energy drinks every day") was read as alcohol ("drink too much", "drinks every day"): tea,
     coffee, water and the like are no alcohol; alcohol said so still is.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.openings import flags_of, history_of, opened_with, own_case

# -- 31a. "run down" said of the person ---------------------------------------------------------

RUN_DOWN = [
    ("en-CA", "I'm just run down both my legs feel tingly from the knees down this week"),
    ("en-GB", "I've been feeling a bit run down lately and both my legs have pins and needles"),
    ("en-US", "I'm so run down my legs are numb and tingly all the time"),
    ("en-AU", "been real run down since the flu and me legs are a bit tingly"),
    ("en-IN", "I am very run down these days both legs are having tingling"),
    ("en-GB", "I'm totally run down both my feet have gone a bit numb"),
    ("en-US", "I've felt pretty run down both my feet tingle at night"),
    ("en-CA", "my doctor says I'm run down both my legs have been numb for a month"),
    pytest.param("en-AU", "I'm feeling run down both me legs tingle in the arvo",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "left: the model's carrier 'I'm feeling' (FreeSpeechIntent) is dropped, "
                     "and the words left, 'run down both me legs', are a pain's course"))),
    ("en-IN", "feeling little run down and both my feet are numb since two weeks"),
    ("en-US", "I guess I'm kind of run down both my legs have been prickly for a few weeks"),
]


@pytest.mark.parametrize(("locale", "opening"), RUN_DOWN)
def test_run_down_said_of_the_person_is_no_pain_down_the_legs(locale: str,
                                                              opening: str) -> None:
    screening, speech = opened_with(locale, opening)
    history = history_of(screening)
    assert " shooting_down_leg=yes" not in history, history
    assert "bilateral_sciatica" not in flags_of(screening), history
    assert not warned_first(speech), (speech, history)


RUN_DOWN_KEPT = [
    # a pain that runs down the legs is still one: sciatica, in both legs the warning at once
    ("en-GB", "the pain runs down both my legs from my back"),
    ("en-US", "I'm run down and the pain runs down both my legs"),
    ("en-AU", "shooting pains run down both me legs from me lower back"),
    ("en-IN", "pain is running down both legs from my back since two days"),
    ("en-CA", "I'm worn out and this sciatica is shooting down both my legs"),
]


@pytest.mark.parametrize(("locale", "opening"), RUN_DOWN_KEPT)
def test_a_pain_running_down_both_legs_still_warns(locale: str, opening: str) -> None:
    screening, speech = opened_with(locale, opening)
    assert "bilateral_sciatica" in flags_of(screening), history_of(screening)
    assert warned_first(speech), speech


RUN_DOWN_ONE_LEG_KEPT = [
    ("en-US", "it runs down the back of my left leg"),
    ("en-GB", "I'm a bit run down and the pain runs down my right leg"),
]


@pytest.mark.parametrize(("locale", "opening"), RUN_DOWN_ONE_LEG_KEPT)
def test_a_pain_running_down_one_leg_is_still_sciatica(locale: str, opening: str) -> None:
    screening, _ = opened_with(locale, opening)
    assert " shooting_down_leg=yes" in history_of(screening), history_of(screening)


RED_FLAGS_BESIDE_RUN_DOWN = [
    ("en-GB", "I'm run down and since this morning I can't control my bladder"),
    ("en-US", "I've been run down and my legs suddenly gave way an hour ago"),
    ("en-AU", "I'm run down and me bum's gone numb, can't feel the toilet paper"),
]


@pytest.mark.parametrize(("locale", "opening"), RED_FLAGS_BESIDE_RUN_DOWN)
def test_a_red_flag_beside_run_down_still_warns(locale: str, opening: str) -> None:
    _, speech = opened_with(locale, opening)
    assert warned_first(speech), speech


# -- 31b. a drink that is not alcohol ----------------------------------------------------------

NOT_ALCOHOL = [
    ("en-IN", "after drinking too much tea in the evening my legs get restless at night"),
    ("en-US", "I drink too much coffee and my feet tingle"),
    ("en-GB", "I drink a lot of tea and my feet have been tingling for a month"),
    ("en-AU", "I drink heaps of coffee and me toes are tingly"),
    ("en-CA", "I drink a lot of coffee every day and my legs tingle"),
    ("en-US", "I drink a lot of water and my legs feel numb at night"),
    ("en-GB", "I've been drinking too much coffee at work and my legs are twitchy"),
    ("en-AU", "I drink too much coke and my feet go numb"),
    ("en-IN", "I drink too much of coffee daily and my feet are burning"),
    ("en-US", "I drink energy drinks every day and my legs are tingly"),
    ("en-CA", "I have too many coffees every day and my feet are numb"),
    ("en-IN", "I drink chai every day and my feet are tingling"),
]


@pytest.mark.parametrize(("locale", "opening"), NOT_ALCOHOL)
def test_a_drink_that_is_not_alcohol_is_no_alcohol(locale: str, opening: str) -> None:
    screening, _ = opened_with(locale, opening)
    history = history_of(screening)
    assert " alcohol=yes" not in history and " alcohol=unsure" not in history, history


ALCOHOL_KEPT = [
    ("en-GB", "I drink too much and my feet are numb"),
    ("en-US", "I drink a bottle of wine a day and my feet tingle"),
    ("en-AU", "I drink beer every day and me feet are numb"),
    ("en-IN", "I drink whisky every night and my feet are burning"),
    ("en-CA", "I drink too much coffee and a bottle of wine every night, my feet tingle"),
    ("en-GB", "I have a few drinks every day and my feet have gone numb"),
]


@pytest.mark.parametrize(("locale", "opening"), ALCOHOL_KEPT)
def test_alcohol_said_so_is_still_alcohol(locale: str, opening: str) -> None:
    screening, _ = opened_with(locale, opening)
    assert " alcohol=yes" in history_of(screening), history_of(screening)


# -- whole conversations, as the vignette runner holds them ------------------------------------

def test_tired_with_weeks_of_tingling_in_both_legs_is_not_the_emergency() -> None:
    outcome = own_case(
        "en-GB", "I've been run down both my legs have had pins and needles from the knees "
                 "down for a few weeks",
        {"onset": "gradual", "back_pain": "no", "leg_weakness": "no", "bladder_bowel": "no",
         "saddle_numbness": "no", "injury": "no", "side": "both_legs", "duration": "weeks",
         "getting_worse": "no"}, "routine", ["peripheral_neuropathy"], "nhs_peripheral_neuropathy")
    assert outcome.triage.value != "emergency", (outcome.triage, outcome.red_flags)
    assert "bilateral_sciatica" not in outcome.red_flags, outcome.red_flags


def test_restless_legs_after_tea_is_not_alcohol() -> None:
    outcome = own_case(
        "en-IN", "some nights after drinking too much tea my legs feel restless and I have to "
                 "move them, it goes after I walk a little",
        {"onset": "gradual", "urge_to_move": "yes", "sleep_disturbed": "no", "pregnant": "no",
         "leg_weakness": "no", "back_pain": "no", "side": "both_legs", "duration": "months",
         "getting_worse": "no"}, "self_care", ["restless_legs"], "nhs_rls")
    assert "alcohol_neuropathy" not in outcome.causes[:1], outcome.causes
    assert outcome.causes[0] == "restless_legs", outcome.causes

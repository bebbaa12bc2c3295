"""Round 34 (clinic34): triage and causes on whole cases, found in the vignettes' tuning parts
(the thirty-second set's tuning part, tuning material from this round), said in words of our own
to the offline simulator as the opening of a screening (the interaction model included), across
the five locales, with controls that must keep their reading (docs/clinical-safety.md 5zzzp). No
held-back material was read.

34n. One leg said "from the hip down" ("my right leg from the hip down has been tingling") was
     read in en-IN as numbness of the hips as a seat (saddle numbness, the cauda equina
     emergency): how far down one leg it reaches is the whole leg. "From my hips down" of both
     legs, and the hips or the seat said numb, are read as before (rule 3).
34o. A night slept in a chair with a leg over its arm, or dozed off or passed out in one, was
     read as rest pain and night pain (a chair slept in to ease a starved foot: the same-day
     critical_limb_ischaemia): a position that pressed the leg is pins and needles from pressure
     (NHS pins and needles). Sleeping in a chair said as a way of sleeping is read as before.
34p. A weekday said as a habit ("I still curl on Thursdays", "every Monday") was read as the day
     the numbness began: days, and so a sudden start, over a month said before it. A plural or
     "every" weekday dates nothing; "since Thursday", "on Tuesday" and "two Sundays ago" still do.
34q. Footwear said tight after it ("my new boots are too tight", "steel caps that are pretty
     tight") and relief told in the order it is done ("I kick my boots off and it goes") were not
     read as pressure from what is worn (NHS pins and needles); a relief denied is not it.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.openings import flags_of, history_of, opened_with, own_case

# -- 34n. one leg "from the hip down" ----------------------------------------------------------

LEG_FROM_THE_HIP_DOWN = [
    ("en-IN", "my right leg from the hip down has been tingling for two weeks"),
    ("en-IN", "for ten days my left leg from the hip down is having pins and needles"),
    ("en-IN", "my left leg from the hip down is numb since last month"),
    ("en-IN", "one leg from the hip down is tingling, the right one"),
    ("en-IN", "my right leg from the hip down feels numb and heavy after cricket"),
    ("en-GB", "my left leg from the hip down has gone tingly over the last fortnight"),
    ("en-US", "my right leg from the hip down has been tingling for a couple of weeks"),
    ("en-CA", "my left leg from the hip down has had this fizzy tingling for weeks"),
    ("en-AU", "me right leg from the hip down's been tingling on and off for weeks"),
    ("en-IN", "since one month my left leg from the hip down is tingling slowly slowly"),
]


@pytest.mark.parametrize(("locale", "opening"), LEG_FROM_THE_HIP_DOWN)
def test_one_leg_from_the_hip_down_is_no_saddle_numbness(locale: str, opening: str) -> None:
    screening, speech = opened_with(locale, opening)
    history = history_of(screening)
    assert " saddle_numbness=yes" not in history, history
    assert "cauda_equina_saddle" not in flags_of(screening), history
    assert not warned_first(speech), speech


SADDLE_KEPT = [
    # the hips or the seat said numb, both legs from the hips down, the saddle in plain words
    ("en-IN", "my hips are numb since yesterday"),
    ("en-IN", "numbness in my hips and back side since two days"),
    ("en-IN", "from my hips down both legs are numb"),
    ("en-GB", "I'm numb between my legs and round my bottom"),
    ("en-US", "I can't feel the toilet paper when I wipe"),
    ("en-AU", "me bum's gone numb and I can't feel it when I sit on the loo"),
]


@pytest.mark.parametrize(("locale", "opening"), SADDLE_KEPT)
def test_saddle_numbness_still_warns(locale: str, opening: str) -> None:
    screening, speech = opened_with(locale, opening)
    assert "cauda_equina_saddle" in flags_of(screening), history_of(screening)
    assert warned_first(speech), speech


def test_a_young_adults_leg_from_the_hip_down_with_an_old_eye_spell_is_routine() -> None:
    outcome = own_case(
        "en-IN", "I am twenty-six. For two weeks my left leg from the hip down has been tingling, "
                 "now slowly it is improving. Two years back my right eye was blurry and hurting "
                 "when I moved it, it came back after some weeks.",
        {"onset": "gradual", "vision_balance": "yes", "known_ms": "no", "leg_weakness": "no",
         "spreading_up": "no", "back_pain": "no", "bladder_bowel": "no", "positional": "no",
         "side": "one_leg", "duration": "weeks", "getting_worse": "no"},
        "routine", ["multiple_sclerosis"], "nhs_ms")
    assert "cauda_equina_saddle" not in outcome.red_flags, outcome.red_flags
    assert outcome.triage.value == "routine", (outcome.triage, outcome.red_flags, outcome.asked)
    assert "multiple_sclerosis" in outcome.causes[:3], outcome.causes


# -- 34o. a night slept in a chair, a leg over its arm -----------------------------------------

SLEPT_IN_A_CHAIR_ONCE = [
    ("en-IN", "after the function I slept in the chair with my leg over the armrest and in the "
              "morning it was numb"),
    ("en-GB", "I nodded off in the armchair watching the match and woke up with a dead leg"),
    ("en-US", "I passed out in the recliner after the party and my right leg was asleep all "
              "morning"),
    ("en-AU", "I crashed out in the chair after the barbie and woke with me leg all tingly"),
    ("en-CA", "I slept in the chair with my leg hanging over the arm and now my foot's tingling"),
    ("en-IN", "I dozed off in the chair after lunch and my left leg went dead for some time"),
    ("en-GB", "I fell asleep in the chair last night and my leg was numb when I got up"),
    ("en-US", "I slept in my armchair with one leg draped over the side and woke up with it "
              "tingling"),
    ("en-AU", "fell asleep in the recliner after the footy and me leg was pins and needles"),
    ("en-CA", "slept in the sofa with my knee over the arm after a few beers and my leg's "
              "tingly"),
]


@pytest.mark.parametrize(("locale", "opening"), SLEPT_IN_A_CHAIR_ONCE)
def test_a_night_in_a_chair_with_a_leg_over_it_is_no_rest_pain(locale: str,
                                                               opening: str) -> None:
    screening, _ = opened_with(locale, opening)
    history = history_of(screening)
    assert " rest_pain=yes" not in history, history
    assert " night_pain=yes" not in history, history
    assert "critical_limb_ischaemia" not in flags_of(screening), history


REST_PAIN_KEPT = [
    # a chair slept in to ease the pain, a foot hung out of bed, pain at rest: still rest pain
    ("en-GB", "I sleep in the chair now because my toes burn when I lie flat"),
    ("en-US", "I've been sleeping in the recliner, my foot hurts too much in bed"),
    ("en-IN", "my foot pain is there at rest also, I hang it down from the cot"),
    ("en-AU", "I have to hang me foot over the side of the bed to ease the pain"),
]


@pytest.mark.parametrize(("locale", "opening"), REST_PAIN_KEPT)
def test_rest_pain_is_still_read(locale: str, opening: str) -> None:
    screening, _ = opened_with(locale, opening)
    assert " rest_pain=yes" in history_of(screening), history_of(screening)


def test_a_night_in_a_chair_after_a_party_stays_self_care() -> None:
    outcome = own_case(
        "en-GB", "After my mate's stag do I slept in the chair with my leg over the armrest. "
                 "This morning the leg was dead and tingly but an hour later it's back to normal "
                 "and I can walk fine.",
        {"onset": "sudden", "positional": "yes", "alcohol": "no", "leg_weakness": "no",
         "foot_drop": "no", "back_pain": "no", "injury": "no", "side": "one_leg",
         "duration": "hours", "getting_worse": "no"},
        "self_care", ["positional_compression"], "nhs_pins_and_needles")
    assert "critical_limb_ischaemia" not in outcome.red_flags, outcome.red_flags
    assert outcome.triage.value == "self_care", (outcome.triage, outcome.red_flags, outcome.asked)


# -- 34p. a weekday said as a habit ------------------------------------------------------------

WEEKDAY_HABIT = [
    ("en-CA", "my feet have tingled for about a month, I still curl on Thursdays"),
    ("en-GB", "my feet have tingled for a month or so, I still go to bowls on Tuesdays"),
    ("en-US", "for the past month my toes tingle, I still play pickleball on Mondays and Fridays"),
    ("en-AU", "me feet have been tingly for a month, I still do park run on Saturdays"),
    ("en-IN", "since one month my soles are tingling, I go to the temple every Tuesday"),
    ("en-GB", "my legs have been tingly for weeks, I swim every Wednesday and that's fine"),
    ("en-US", "my feet have felt numb for about a month, I bowl on Sundays"),
    ("en-CA", "my toes have been tingling for a few weeks, I skate on Wednesdays"),
    ("en-AU", "for weeks me feet have tingled, I still surf on Sundays"),
    ("en-IN", "for one month my feet are tingling, I do yoga on Mondays and Thursdays"),
]


@pytest.mark.parametrize(("locale", "opening"), WEEKDAY_HABIT)
def test_a_weekday_said_as_a_habit_dates_nothing(locale: str, opening: str) -> None:
    screening, _ = opened_with(locale, opening)
    history = history_of(screening)
    assert " duration=days" not in history, history
    assert " onset=sudden" not in history, history


WEEKDAY_DATES_KEPT = [
    # a weekday that dates the start, and a plural counted back: still dated
    ("en-GB", "since Thursday my feet have been tingling", " duration=days"),
    ("en-US", "it started on Tuesday, both feet tingling", " duration=days"),
    ("en-AU", "it came on two Sundays ago in both feet", " duration=weeks"),
    ("en-CA", "my feet started tingling a few Fridays back", " duration=weeks"),
]


@pytest.mark.parametrize(("locale", "opening", "reading"), WEEKDAY_DATES_KEPT)
def test_a_weekday_that_dates_the_start_is_still_read(locale: str, opening: str,
                                                      reading: str) -> None:
    screening, _ = opened_with(locale, opening)
    assert reading in history_of(screening), history_of(screening)


def test_a_statin_month_with_a_weekly_habit_is_not_same_day() -> None:
    outcome = own_case(
        "en-US", "About a month after I started simvastatin my thighs began aching like after "
                 "the gym and my feet tingle at night. I still play tennis on Saturdays. My pee "
                 "looks normal.",
        {"onset": "gradual", "new_medicine": "yes", "feet_first": "yes", "leg_weakness": "no",
         "diabetes": "no", "alcohol": "no", "back_pain": "no", "calf_pain_walking": "no",
         "side": "both_legs", "duration": "weeks", "getting_worse": "no"},
        "routine", ["medication_neuropathy"], "nhsinform_peripheral_neuropathy")
    assert outcome.triage.value == "routine", (outcome.triage, outcome.red_flags, outcome.asked)


# -- 34q. footwear said tight, relief in the order it is done ----------------------------------

TIGHT_FOOTWEAR = [
    ("en-AU", "me new steel caps are pretty tight and me toes go tingly by lunch"),
    ("en-GB", "my new work boots are too tight and my toes go numb by the afternoon"),
    ("en-US", "my sneakers are way too tight and my toes tingle"),
    ("en-CA", "my new skates' laces are too tight and my toes go numb"),
    ("en-IN", "my new office shoes are very tight and my toes are tingling by evening"),
    ("en-GB", "my wellies are a bit small and my toes tingle after the dog walk"),
    ("en-AU", "I kick me boots off after work and it goes"),
    ("en-US", "I take my shoes off and the tingling goes away"),
    ("en-CA", "my toes go numb at work, I pull my boots off and then it settles"),
    ("en-IN", "my toes are tingling in office, I take off my shoes and it goes"),
]


@pytest.mark.parametrize(("locale", "opening"), TIGHT_FOOTWEAR)
def test_tight_footwear_and_its_relief_are_pressure(locale: str, opening: str) -> None:
    screening, _ = opened_with(locale, opening)
    assert " positional=yes" in history_of(screening), history_of(screening)


FOOTWEAR_NOT_PRESSURE = [
    ("en-GB", "I took my boots off and my feet are still numb"),
    ("en-US", "my shoes are fine, my feet just tingle all the time"),
    ("en-AU", "I took me boots off and it didn't go"),
]


@pytest.mark.parametrize(("locale", "opening"), FOOTWEAR_NOT_PRESSURE)
def test_footwear_without_tightness_or_relief_is_no_pressure(locale: str, opening: str) -> None:
    screening, _ = opened_with(locale, opening)
    assert " positional=yes" not in history_of(screening), history_of(screening)


LEG_FLAGS_KEPT = [
    # the leg's and the spine's emergencies still warn, a chair, a boot or a weekday beside them
    ("en-GB", "I fell asleep in the chair and my leg has suddenly gone cold and white"),
    ("en-US", "my leg is in a cast and the boot is too tight, my toes are agony"),
    ("en-AU", "since Thursday I can't feel it when I wipe"),
    ("en-IN", "my right leg from the hip down suddenly went weak and I can't lift it"),
    ("en-CA", "I play hockey on Tuesdays and now my face is drooping and my arm is weak"),
]


@pytest.mark.parametrize(("locale", "opening"), LEG_FLAGS_KEPT)
def test_an_emergency_still_warns(locale: str, opening: str) -> None:
    _, speech = opened_with(locale, opening)
    assert warned_first(speech), speech

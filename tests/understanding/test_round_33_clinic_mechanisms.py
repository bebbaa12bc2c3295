"""Round 33 (clinic33): triage and causes on whole cases, found in the vignettes' tuning parts
(the thirty-first set's tuning part, tuning material from this round), said in words of our own
to the offline simulator as the opening of a screening (the interaction model included), across
the five locales, with controls that must keep their reading (docs/clinical-safety.md 5zzzk). No
held-back material was read.

33r. A calf or leg said swollen beside warm, hot, red, tender or painful, in one leg (after a
     long journey, an operation, in pregnancy or laid up; now the urgent floor calf_clot_signs),
     was read as nothing but a doubtful swelling (the tight-leg question after an injury or in
     a cast); denied there, the check ended at self-care. NHS deep vein thrombosis: swelling
     and pain in one leg, usually the calf, with warm, red or tender skin, needs an urgent GP
     appointment (or 111) the same day; with breathlessness or chest pain, 999. A strained calf
     (sore and tight, no swelling, not warm) is not it.
33s. Numbness said to have crept up over months or years ("over this one year it has come up to
     my ankles") was read as numbness spreading up both legs, the question that asks of days or
     weeks (NHS Guillain-Barre: symptoms that get worse over days or weeks); a slow creep over a
     year is how a known neuropathy goes, and the spreading question is not even asked after
     months. A spread said over days or weeks is still read.
33t. "Just like her dad", a likeness said with "just", was read as the sign dated new ("just"
     as "only now"): a walking trouble of a year, with high arches like a parent's (an inherited
     neuropathy, NINDS Charcot-Marie-Tooth), became new weakness, the emergency. A likeness is no
     timing; "just like that" is still sudden, and "my leg just went" still new.
33u. "It is not improving" (a course) before "walking is okay" turned the denial round: the
     "not" read as denying the "okay", so trouble walking was read (sciatica of six weeks,
     exercises not helping: NICE CKS sciatica, a GP review, not same-day). "Not improving" is said
     of the course, as "not getting better" already was.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.openings import flags_of, history_of, opened_with, own_case

# -- 33r. a calf said swollen beside warm or painful -------------------------------------------

SWOLLEN_WARM_CALF = [
    ("en-GB", "since the flight home my left calf is swollen, warm and really sore"),
    ("en-US", "my right calf is swollen and hot and it hurts to walk on it"),
    ("en-AU", "me left calf's all puffy and warm since the drive up from Melbourne"),
    ("en-CA", "after my knee surgery my right calf got swollen and tender"),
    ("en-IN", "my left calf is swollen and painful since two days after the train journey"),
    ("en-GB", "I'm pregnant and my right calf is red, swollen and throbbing"),
    ("en-US", "I've been laid up in bed a week and now my right calf is hot and swollen"),
    ("en-CA", "my left calf is tender and swollen, it's bigger than the other one"),
    ("en-IN", "my right calf is red and swollen and warm from yesterday"),
    ("en-AU", "my right leg's swollen and painful below the knee since the long bus trip"),
    ("en-US", "the back of my left calf has been swollen and aching since my flight"),
    ("en-GB", "my left calf is warm and swollen and my foot's a bit tingly"),
]


@pytest.mark.parametrize(("locale", "opening"), SWOLLEN_WARM_CALF)
def test_a_swollen_warm_or_painful_calf_in_one_leg_is_read(locale: str,
                                                                    opening: str) -> None:
    screening, _ = opened_with(locale, opening)
    history = history_of(screening)
    assert " swollen_calf=yes" in history, history


CALF_WITHOUT_A_CLOT_KEPT = [
    # a strained or cramping calf, swollen ankles, a swollen knee, hot burning feet: no clot read
    ("en-AU", "I pulled my calf running for the train, it's sore and tight but not swollen"),
    ("en-GB", "my left calf is sore after the marathon, no swelling and it's not hot"),
    ("en-US", "both my ankles are swollen at the end of the day"),
    ("en-IN", "my knee is swollen and paining after playing cricket"),
    ("en-CA", "my feet get hot and burn at night"),
    ("en-GB", "my right calf cramps up at night and then it's fine"),
]


@pytest.mark.parametrize(("locale", "opening"), CALF_WITHOUT_A_CLOT_KEPT)
def test_a_calf_without_swelling_and_warmth_is_no_clot(locale: str, opening: str) -> None:
    screening, _ = opened_with(locale, opening)
    assert " swollen_calf=yes" not in history_of(screening), history_of(screening)


LEG_FLAGS_KEPT = [
    # the leg's own emergencies still warn, a swelling beside them or not
    ("en-GB", "my leg has suddenly gone cold and white"),
    ("en-US", "after the fall my calf is tight, swollen and rock hard"),
    ("en-AU", "my calf is swollen and hot and I'm suddenly short of breath"),
    ("en-IN", "my leg is in plaster and the cast is too tight"),
]


@pytest.mark.parametrize(("locale", "opening"), LEG_FLAGS_KEPT)
def test_a_leg_emergency_still_warns(locale: str, opening: str) -> None:
    _, speech = opened_with(locale, opening)
    assert warned_first(speech), speech


# -- 33s. a spread said over months or years ---------------------------------------------------

SLOW_CREEP = [
    ("en-IN", "I am diabetic and over this one year the numbness has come up to my ankles"),
    ("en-GB", "I've had diabetic neuropathy for ages and over the last year it's crept up "
              "to my ankles"),
    ("en-US", "over the past couple of years the numbness in both feet has crept up to my shins"),
    ("en-CA", "over the last few months the tingling in both feet has crept up to my ankles"),
    ("en-AU", "me feet have been numb for years and over the years it's crept up to me ankles"),
    ("en-GB", "over the past year the numbness in both feet has spread up to my ankles"),
    ("en-US", "the numbness in both feet has moved up to my ankles over the last two years"),
    # left: the spread read across "numb and it has crept up", a span no clause of the turn
    # holds, so the year said after it does not reach it (docs/clinical-safety.md 5zzzk)
    pytest.param("en-CA", "both feet are numb and it has crept up past my ankles over the past "
                 "year or so", marks=pytest.mark.xfail(strict=True, reason="33s: not reached")),
    ("en-AU", "both feet numb and over a few months it's spread up to me ankles"),
    ("en-IN", "my neuropathy in both feet slowly over two years has come up to the ankles"),
]


@pytest.mark.parametrize(("locale", "opening"), SLOW_CREEP)
def test_a_creep_over_months_or_years_is_no_spreading(locale: str, opening: str) -> None:
    screening, _ = opened_with(locale, opening)
    history = history_of(screening)
    assert " spreading_up=yes" not in history, history
    assert "ascending_numbness" not in flags_of(screening), history


SPREAD_OVER_DAYS_KEPT = [
    # a spread over days or weeks is still the numbness climbing
    ("en-GB", "over the last few days the numbness has crept up to my knees"),
    ("en-US", "since last week the tingling has spread up to my thighs"),
    ("en-AU", "the numbness is creeping up both me legs day by day"),
    ("en-CA", "over a couple of weeks the numbness has come up to my knees"),
    ("en-IN", "both feet went numb two days back and now it has come up to my hips"),
    ("en-GB", "it's crept up to my knees over the past week"),
]


@pytest.mark.parametrize(("locale", "opening"), SPREAD_OVER_DAYS_KEPT)
def test_a_spread_over_days_or_weeks_is_still_read(locale: str, opening: str) -> None:
    screening, _ = opened_with(locale, opening)
    assert " spreading_up=yes" in history_of(screening), history_of(screening)


# -- 33t. "just like" a likeness, no timing ---------------------------------------------------

JUST_LIKE = [
    ("en-GB", "for a year or so he's been tripping over his own feet, just like his grandad"),
    ("en-US", "my son's been tripping a lot for months and has high arches just like me"),
    ("en-CA", "for years my legs have been weak at the ankles, just like my mother's were"),
    ("en-AU", "she's been rolling her ankles and tripping for ages, just like her dad did"),
    ("en-IN", "from one year my daughter is tripping while walking, just like her father"),
    ("en-GB", "my walking's been clumsy for a couple of years, just the same as my mum's"),
    ("en-US", "for a few years now I've had weak ankles and numb feet, just like my brother"),
    ("en-CA", "he's been stumbling for months now, same high arches just like his uncle"),
    ("en-AU", "for a year me feet have been slapping when I walk, just like me nan's did"),
    ("en-IN", "for two years I am tripping on my toes, just like my elder brother"),
]


@pytest.mark.parametrize(("locale", "opening"), JUST_LIKE)
def test_just_like_a_relative_is_no_new_weakness(locale: str, opening: str) -> None:
    screening, _ = opened_with(locale, opening)
    history = history_of(screening)
    assert " recent=yes" not in history, history
    assert "new_leg_weakness" not in flags_of(screening), history


JUST_NEW_KEPT = [
    # "just" of time, and "just like that" (suddenly), still date the weakness new
    ("en-GB", "my leg just gave way under me"),
    ("en-US", "my legs went weak just like that"),
    ("en-AU", "me leg's just gone weak, just like that"),
    ("en-IN", "my leg has just now become weak"),
]


@pytest.mark.parametrize(("locale", "opening"), JUST_NEW_KEPT)
def test_just_of_time_still_warns(locale: str, opening: str) -> None:
    screening, speech = opened_with(locale, opening)
    assert "new_leg_weakness" in flags_of(screening), history_of(screening)
    assert warned_first(speech), speech


# -- 33u. "not improving" a course, no denial ---------------------------------------------------

NOT_IMPROVING = [
    ("en-IN", "it is not improving walking is okay"),
    ("en-GB", "the sciatica's not improving, walking's fine though"),
    ("en-US", "the exercises aren't improving it, walking is okay"),
    ("en-CA", "it's not improved with physio, my walking is normal"),
    ("en-AU", "no improvement with the tablets, walking is fine"),
    ("en-IN", "pain is not improving with medicine, walking is okay only"),
    ("en-GB", "six weeks and it's not improving, I can walk alright"),
    ("en-US", "it's not improving at all, walking is fine"),
    ("en-CA", "not improving since the weekend, my walking is okay"),
    ("en-AU", "it's not improving, walking's good"),
]


@pytest.mark.parametrize(("locale", "opening"), NOT_IMPROVING)
def test_not_improving_does_not_deny_the_walking_denial(locale: str, opening: str) -> None:
    screening, _ = opened_with(locale, opening)
    assert " leg_weakness=yes" not in history_of(screening), history_of(screening)


NOT_IMPROVING_SIGNS_KEPT = [
    # a sign said after "not improving" is still read, and still warns
    ("en-GB", "it's not improving and now my leg has suddenly given way"),
    ("en-US", "not improving, and since this morning I can't control my bladder"),
    ("en-IN", "it is not improving and today I cannot lift my foot"),
]


@pytest.mark.parametrize(("locale", "opening"), NOT_IMPROVING_SIGNS_KEPT)
def test_a_sign_after_not_improving_still_warns(locale: str, opening: str) -> None:
    _, speech = opened_with(locale, opening)
    assert warned_first(speech), speech


# -- whole conversations, as the vignette runner holds them ------------------------------------

def test_a_swollen_hot_calf_after_a_flight_is_same_day_care() -> None:
    outcome = own_case(
        "en-GB", "since I flew back from Spain on Sunday my left calf is swollen, warm and sore, "
                 "and my foot tingles",
        {"onset": "gradual", "severe_pain": "no", "cold_pale_leg": "no", "leg_weakness": "no",
         "injury": "no", "back_pain": "no", "breathing_swallowing": "no", "side": "one_leg",
         "duration": "days", "getting_worse": "yes"},
        "urgent", ["peripheral_artery_disease"], "nhs_dvt")
    assert outcome.triage.value == "urgent", (outcome.triage, outcome.red_flags, outcome.asked)


def test_a_strained_calf_after_a_run_stays_self_care() -> None:
    outcome = own_case(
        "en-AU", "I ran for my connecting flight and my left calf is sore and tight like I pulled "
                 "it, no swelling and not hot. My feet went tingly sitting on the plane but that "
                 "went when I walked",
        {"onset": "sudden", "positional": "yes", "injury": "no", "severe_pain": "no",
         "cold_pale_leg": "no", "leg_weakness": "no", "back_pain": "no",
         "calf_pain_walking": "no", "side": "both_legs", "duration": "hours",
         "getting_worse": "no"},
        "self_care", ["positional_compression"], "nhs_pins_and_needles")
    assert outcome.triage.value == "self_care", (outcome.triage, outcome.red_flags)


def test_a_known_neuropathy_creeping_over_a_year_is_not_same_day() -> None:
    outcome = own_case(
        "en-IN", "I am sugar patient for ten years, doctor said neuropathy, and over this one "
                 "year the numbness has come up to my ankles slowly",
        {"onset": "gradual", "diabetes": "yes", "leg_weakness": "no", "foot_wound": "no",
         "foot_sore": "no", "back_pain": "no", "bladder_bowel": "no", "side": "both_legs",
         "duration": "months", "getting_worse": "yes"},
        "routine", ["diabetic_neuropathy"], "nhs_diabetic_neuropathy")
    assert "ascending_numbness" not in outcome.red_flags, outcome.red_flags
    assert outcome.triage.value == "routine", (outcome.triage, outcome.red_flags)


def test_a_childs_trips_for_a_year_like_a_parent_are_not_an_emergency() -> None:
    outcome = own_case(
        "en-GB", "my son's eleven, for a year he's been tripping over his feet in football and "
                 "his feet go numb, with high arches just like his dad",
        {"onset": "gradual", "family_history": "yes", "foot_drop": "yes", "leg_weakness": "yes",
         "recent": "no", "weakness_worse": "no", "feet_first": "yes", "diabetes": "no",
         "back_pain": "no", "bladder_bowel": "no", "injury": "no", "side": "both_legs",
         "duration": "months", "getting_worse": "no"},
        "routine", ["inherited_neuropathy"], "mayo_cmt")
    assert "new_leg_weakness" not in outcome.red_flags, outcome.red_flags
    assert outcome.triage.value == "routine", (outcome.triage, outcome.red_flags)


def test_sciatica_of_weeks_not_improving_is_not_same_day() -> None:
    outcome = own_case(
        "en-IN", "from five weeks pain is going from my right buttock down to my foot, I am "
                 "doing the exercises but it is not improving, walking is okay",
        {"onset": "gradual", "shooting_down_leg": "yes", "back_pain": "yes", "leg_weakness": "no",
         "bladder_bowel": "no", "saddle_numbness": "no", "injury": "no", "fever": "no",
         "side": "one_leg", "duration": "weeks", "getting_worse": "no"},
        "routine", ["sciatica", "herniated_disc"], "nhs_sciatica")
    assert "weakness_getting_worse" not in outcome.red_flags, outcome.red_flags
    assert outcome.triage.value == "routine", (outcome.triage, outcome.red_flags)

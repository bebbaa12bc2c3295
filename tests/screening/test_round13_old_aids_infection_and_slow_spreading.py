"""Round 13 (clinic13): three classes of over-triage from the twelfth set's tuning part, by class
(docs/clinical-safety.md, section 5u). Played through the skill as Alexa sends them (five locales),
each lowering beside must-warn controls.

13a. A walking aid or limp said without a change lately, in forms 5s did not read as old (an aid
     named without saying how long, "my frame", "since I was a kid", "since my hip op", "one
     stick", "I've hobbled"): checked with its own timing in weeks ("Has your walking ... got
     worse, or changed at all, in the last few weeks?"), not "Are your legs newly weak?".
13b. A urine infection told in the opening (treated, antibiotics, "water infection"): its
     burning or frequency is not retention or incontinence, so the bladder words said of it are
     checked, not taken as a cauda equina bladder sign. "I can't pass water", "I've wet myself"
     beside an infection still warn.
13c. Spreading tingling said long-standing ("creeping up for years", "since last year") is no
     Guillain-Barre rising numbness (over days to a few weeks). Spreading over days still warns.
"""

from __future__ import annotations

import pytest

from tests.alexa.test_review7_panic_leak_and_ischaemia import WARNING, flags
from tests.alexa.test_safety_review import triage
from tests.screening.test_round9_general_rules import converse, history

CHECK = "weakness_new"


def _asked(reply) -> list[str]:
    return [t.partition("=")[0] for t in history(reply).split()]


# -- 13a: an old walking aid or limp in other words --------------------------------------------

AID_OTHER_WORDS = [
    ("en-US", "I use a walker to get around, and my foot went numb after I sat on it through "
              "the movie, it's fine now"),
    ("en-GB", "I've walked with a frame since my hip op, and my toes went tingly in bed last "
              "night, it's gone now"),
    ("en-AU", "I've had a limp since I was a kid, and me foot went to sleep on the long drive "
              "this arvo, it's fine now"),
    ("en-IN", "I use one stick when I go outside, and today after sitting cross legged my foot "
              "became numb, now it is okay"),
    ("en-CA", "I've hobbled since my knee surgery, and my foot fell asleep while I was kneeling "
              "this morning, it's fine now"),
]
BRIEF = {"onset": "suddenly", "side": "one leg", "duration": "a few hours", "positional": "yes"}


@pytest.mark.parametrize(("locale", "opening"), AID_OTHER_WORDS)
def test_an_aid_or_limp_in_other_words_is_timed_not_warned(locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, {**BRIEF, CHECK: "no"})
    assert not any(text.startswith(WARNING) for text in spoken), spoken
    assert CHECK in _asked(reply), history(reply)
    assert "new_leg_weakness" not in flags(reply), history(reply)
    assert triage(reply) != "emergency", history(reply)


@pytest.mark.parametrize(("locale", "opening"), AID_OTHER_WORDS)
def test_a_yes_to_the_aids_timing_is_warned(locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, {**BRIEF, CHECK: "yes"})
    assert any(text.startswith(WARNING) for text in spoken), spoken
    assert triage(reply) == "emergency" and "new_leg_weakness" in flags(reply), history(reply)


@pytest.mark.parametrize(("locale", "opening"), AID_OTHER_WORDS)
def test_not_sure_to_the_aids_timing_is_warned(locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, {**BRIEF, CHECK: "not sure"})
    assert any(text.startswith(WARNING) for text in spoken), spoken
    assert triage(reply) == "emergency", history(reply)


AID_NEW = [
    # the aid or limp said new or changed in its own words: never the weeks check
    ("en-US", "Since this morning I need a walker to get around and my foot is numb"),
    ("en-GB", "I've suddenly started needing my frame and my toes are tingly"),
    ("en-AU", "Me leg's gone weak today and I'm using a stick and me foot's numb"),
    ("en-IN", "From yesterday I am using one stick, my leg is not holding me, foot is numb"),
    ("en-CA", "I've just started limping this morning and my foot is tingling"),
]


@pytest.mark.parametrize(("locale", "opening"), AID_NEW)
def test_an_aid_or_limp_said_new_is_warned(locale: str, opening: str) -> None:
    said = {"onset": "suddenly", "side": "one leg", "duration": "a few hours",
            "leg_weakness": "yes", CHECK: "yes", "recent": "yes"}
    spoken, reply = converse(locale, opening, said, default="yes")
    assert any(text.startswith(WARNING) for text in spoken), spoken
    assert triage(reply) == "emergency", history(reply)


A_BIT_NUMB = [
    # "a bit numb" is a degree, not "my bits": no saddle sign read from a foot or a leg
    ("en-US", "my foot is a bit numb"),
    ("en-GB", "the side of my foot's a bit numb"),
    ("en-AU", "me leg's a bit numb"),
    ("en-IN", "my toes are a bit numb since two weeks"),
    ("en-CA", "my left leg is a bit tingly"),
]


@pytest.mark.parametrize(("locale", "text"), A_BIT_NUMB)
def test_a_bit_numb_is_no_saddle_sign(locale: str, text: str) -> None:
    from skill.understanding.reader import default_reader

    reading = default_reader().read(text, locale)
    assert "saddle_numbness" not in [f.id for f in reading.findings if f.present], reading


SADDLE_STILL = [
    ("en-US", "my bits are a bit numb"),
    ("en-GB", "it's a bit numb down there when I wipe"),
    ("en-AU", "me bum's a bit numb and so are me legs"),
    ("en-IN", "private parts are a bit numb"),
    ("en-CA", "a bit numb between my legs"),
]


@pytest.mark.parametrize(("locale", "text"), SADDLE_STILL)
def test_saddle_said_a_bit_numb_is_still_read(locale: str, text: str) -> None:
    from skill.understanding.reader import default_reader

    reading = default_reader().read(text, locale)
    assert "saddle_numbness" in [f.id for f in reading.findings if f.present], reading


# -- 13b: a urine infection told in the opening --------------------------------------------------

INFECTION = [
    ("en-US", "I'm on antibiotics for a UTI, the peeing problem is getting better, and for two "
              "days my feet have been tingling"),
    ("en-GB", "I've got a water infection and the GP gave me tablets, the wee trouble has eased, "
              "but my feet have gone tingly"),
    ("en-AU", "I'm being treated for a bladder infection, the urine problem is better, but me "
              "feet have been tingly for two days"),
    ("en-IN", "I took antibiotics for urine infection last week, urine problem is better now, "
              "and since two days my soles are tingling"),
    ("en-CA", "I had a urinary tract infection, the bladder trouble is settling with the pills, "
              "and now my feet are pins and needles"),
]
SLOW = {"onset": "slowly", "side": "both legs", "duration": "a few days", "new_medicine": "yes"}


@pytest.mark.parametrize(("locale", "opening"), INFECTION)
def test_a_urine_infection_is_no_bladder_alarm(locale: str, opening: str) -> None:
    _, reply = converse(locale, opening, {**SLOW, "bladder_bowel": "no"})
    assert "cauda_equina_bladder" not in flags(reply), history(reply)
    assert triage(reply) != "emergency", history(reply)


INFECTION_AND_ALARM = [
    ("en-US", "I'm on antibiotics for a UTI and since this morning I can't pass water at all, "
              "and my feet are tingling"),
    ("en-GB", "I've got a water infection and today I've wet myself without knowing, and my legs "
              "are tingly"),
    ("en-AU", "I'm being treated for a bladder infection and since yesterday I can't hold me wee, "
              "and me feet are numb"),
    ("en-IN", "I am on tablets for urine infection and from today urine is not coming at all, "
              "and my feet are tingling"),
    ("en-CA", "I had a urinary tract infection and now I can't feel when I pee, and my feet are "
              "numb"),
]


@pytest.mark.parametrize(("locale", "opening"), INFECTION_AND_ALARM)
def test_retention_or_incontinence_beside_an_infection_is_warned(locale: str,
                                                                 opening: str) -> None:
    said = {**SLOW, "bladder_bowel": "yes", "recent": "yes"}
    spoken, reply = converse(locale, opening, said, default="yes")
    assert any(text.startswith(WARNING) for text in spoken), spoken
    assert triage(reply) == "emergency", history(reply)


@pytest.mark.parametrize(("locale", "opening"), INFECTION)
def test_a_yes_at_the_bladder_check_beside_an_infection_is_warned(locale: str,
                                                                 opening: str) -> None:
    said = {**SLOW, "bladder_bowel": "yes", "recent": "yes"}
    spoken, reply = converse(locale, opening, said)
    assert any(text.startswith(WARNING) for text in spoken), spoken
    assert triage(reply) == "emergency", history(reply)


# -- 13c: spreading said long-standing -----------------------------------------------------------

SLOW_SPREAD = [
    ("en-US", "The tingling has been creeping up my legs for years, it's slowly got to my knees"),
    ("en-GB", "My feet went numb years ago and the numbness has spread up my shins since last "
              "year"),
    ("en-AU", "The numbness has been spreading up me legs for ages, bit by bit"),
    ("en-IN", "Since many years the tingling is slowly climbing up from my feet to my knees"),
    ("en-CA", "My feet have been numb a long time and it's been creeping up my legs over the "
              "years"),
]
MONTHS = {"onset": "slowly", "side": "both legs", "duration": "years", "spreading_up": "no"}


@pytest.mark.parametrize(("locale", "opening"), SLOW_SPREAD)
def test_spreading_for_years_is_no_rising_numbness(locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, MONTHS)
    assert "ascending_numbness" not in flags(reply), history(reply)
    assert triage(reply) not in ("emergency", "urgent"), history(reply)
    assert not any(text.startswith(WARNING) for text in spoken), spoken


FAST_SPREAD = [
    # spreading over days, or an old numbness spreading lately: warned
    ("en-US", "My feet have been numb for years, but this week the tingling has crept up to my "
              "knees"),
    ("en-GB", "The numbness is spreading up both legs over the last few days and my legs feel "
              "weak"),
    ("en-AU", "Me feet have tingled for ages and since Monday it's been creeping up me legs"),
    ("en-IN", "Since three days the tingling is climbing up from my feet to my knees"),
    ("en-CA", "My feet have been numb a long time, and now it's suddenly spreading up my legs"),
]


@pytest.mark.parametrize(("locale", "opening"), FAST_SPREAD)
def test_spreading_over_days_is_warned(locale: str, opening: str) -> None:
    said = {"onset": "slowly", "side": "both legs", "duration": "a few days",
            "spreading_up": "yes", "leg_weakness": "yes", "recent": "yes"}
    spoken, reply = converse(locale, opening, said)
    assert any(text.startswith(WARNING) for text in spoken), spoken
    assert triage(reply) in ("emergency", "urgent"), history(reply)
    assert "ascending_numbness" in flags(reply) or triage(reply) == "emergency", history(reply)


# -- worked up: upset, not numbness rising (the reader) ------------------------------------------

WORKED_UP = [
    ("en-US", "I got all worked up before my exam and my feet went tingly"),
    ("en-GB", "I was so wound up about the meeting and my toes went tingly"),
    ("en-AU", "I got really worked up at the footy and me feet tingled"),
    ("en-IN", "I was getting worked up in the office and my feet were tingling"),
    ("en-CA", "I got worked up arguing and my feet went pins and needles"),
]
STILL_RISING = [
    ("en-US", "the numbness has worked up to my knees"),
    ("en-GB", "the tingling has worked its way up to my thighs"),
    ("en-AU", "the numbness is creeping up me legs"),
    ("en-IN", "the tingling worked up my legs"),
    ("en-CA", "I got worked up and now the numbness is creeping up my legs"),
]


@pytest.mark.parametrize(("locale", "text"), WORKED_UP)
def test_worked_up_is_no_rising_numbness(locale: str, text: str) -> None:
    from skill.understanding.reader import default_reader

    reading = default_reader().read(text, locale)
    assert "spreading_up" not in [f.id for f in reading.findings if f.present], reading


@pytest.mark.parametrize(("locale", "text"), STILL_RISING)
def test_numbness_worked_up_the_legs_is_still_rising(locale: str, text: str) -> None:
    from skill.understanding.reader import default_reader

    reading = default_reader().read(text, locale)
    assert "spreading_up" in [f.id for f in reading.findings if f.present], reading


# -- the old aid's length is not the numbness's ----------------------------------------------------

AID_DATED = [
    ("en-US", "I've used a cane since my hip surgery eight years ago and my foot went numb on the "
              "plane today"),
    ("en-GB", "I've had a limp since I was a child and my foot went tingly in the cinema tonight"),
    ("en-AU", "I've used a walking stick since me knee op years ago and me toes went numb in the "
              "car this arvo"),
    ("en-IN", "I am having a limp since childhood and today after the bus journey my foot became "
              "numb"),
    ("en-CA", "I've walked with a cane since my accident twenty years ago and my foot fell asleep "
              "at the hockey game tonight"),
]


@pytest.mark.parametrize(("locale", "opening"), AID_DATED)
def test_the_old_aids_length_is_not_the_numbness(locale: str, opening: str) -> None:
    # the numbness's length is asked (or read from its own words), never the aid's years
    spoken, reply = converse(locale, opening, {**BRIEF, CHECK: "no"})
    assert "duration=months" not in history(reply), history(reply)
    assert not any(text.startswith(WARNING) for text in spoken), spoken


# -- an ordinal that counts a stage is no date ("since the second trimester") ------------------

STAGE_COUNTED = [
    ("en-AU", "I've been leaking a bit when I sneeze since the second trimester"),
    ("en-US", "I've leaked a little when I cough since the third trimester"),
    ("en-GB", "my feet have tingled since the second round of chemo"),
    ("en-IN", "urine leaks when I cough since the second delivery"),
    ("en-CA", "my toes have been numb since the first dose"),
]


@pytest.mark.parametrize(("locale", "text"), STAGE_COUNTED)
def test_an_ordinal_stage_dates_nothing(locale: str, text: str) -> None:
    from skill.understanding.reader import default_reader

    reading = default_reader().read(text, locale)
    assert reading.length not in ("hours", "days"), reading


DAY_OF_MONTH = [
    ("en-AU", "I've been leaking since the second"),
    ("en-US", "my feet have tingled since the 3rd"),
    ("en-GB", "I've wet myself since the second and my feet are numb"),
    ("en-IN", "urine not coming since the second"),
    ("en-CA", "my legs have been weak since the first"),
]


@pytest.mark.parametrize(("locale", "text"), DAY_OF_MONTH)
def test_a_day_of_the_month_still_dates(locale: str, text: str) -> None:
    from datetime import date

    from skill.understanding.reader import default_reader

    reading = default_reader().read(text, locale, date(2026, 12, 5))
    assert reading.length in ("hours", "days"), reading


PREGNANT_NEW_LEAK = [
    ("en-AU", "I'm thirty weeks pregnant, since the second trimester my thigh tingles, and since "
              "this morning I can't hold my wee at all"),
    ("en-US", "I'm in my third trimester and since yesterday I've been wetting myself without "
              "knowing and my legs are numb"),
    ("en-GB", "I'm pregnant, since the second trimester my thigh's been numb, and today I can't "
              "pass water"),
    ("en-IN", "I am in the second trimester and from today urine is leaking without control, "
              "legs tingling"),
    ("en-CA", "Since the first trimester my thigh's been numb and since last night I can't "
              "control my bladder"),
]


@pytest.mark.parametrize(("locale", "opening"), PREGNANT_NEW_LEAK)
def test_a_new_loss_of_control_in_pregnancy_is_warned(locale: str, opening: str) -> None:
    said = {"onset": "slowly", "side": "one leg", "duration": "weeks", "pregnant": "yes",
            "bladder_bowel": "yes", "recent": "yes", "stress_leak": "no"}
    spoken, reply = converse(locale, opening, said)
    assert any(text.startswith(WARNING) for text in spoken), spoken
    assert triage(reply) == "emergency", history(reply)


# -- an aid or limp said as happening now, after a sudden start: warned at once ------------------

AID_NOW_SUDDEN = [
    ("en-GB", "My foot went numb all of a sudden an hour ago and I'm hobbling"),
    ("en-US", "My foot suddenly went numb this morning and now I'm using a cane"),
    ("en-IN", "Suddenly my foot became numb today, I am using a walker"),
    ("en-AU", "Me foot suddenly went numb and I'm on crutches"),
    ("en-CA", "My toes suddenly went tingly and I'm using my frame"),
]


@pytest.mark.parametrize(("locale", "opening"), AID_NOW_SUDDEN)
def test_an_aid_used_now_after_a_sudden_start_is_warned_at_once(locale: str,
                                                                opening: str) -> None:
    spoken, reply = converse(locale, opening, {**BRIEF, CHECK: "no", "leg_weakness": "no"})
    assert spoken[0].startswith(WARNING), spoken[0]
    assert CHECK not in _asked(reply), history(reply)


INFECTION_AND_DRIBBLE = [
    ("en-US", "I'm on antibiotics for a UTI and I keep dribbling pee since yesterday and my feet "
              "are numb"),
    ("en-GB", "I've got a water infection and I can't empty my bladder properly since this "
              "morning, my legs are tingly"),
    ("en-AU", "I've got a bladder infection and me wee's just trickling out since yesterday, and "
              "me feet are numb"),
    ("en-IN", "I have urine infection and I am straining to pass urine since two days, feet "
              "tingling"),
    ("en-CA", "I have a UTI and I can't start peeing since last night and my feet are numb"),
]


@pytest.mark.parametrize(("locale", "opening"), INFECTION_AND_DRIBBLE)
def test_dribbling_or_straining_beside_an_infection_is_warned(locale: str,
                                                              opening: str) -> None:
    said = {**SLOW, "bladder_bowel": "yes", "recent": "yes"}
    spoken, reply = converse(locale, opening, said, default="yes")
    assert any(text.startswith(WARNING) for text in spoken), spoken
    assert triage(reply) == "emergency", history(reply)

"""Round 15 (clinic15): the fourteenth set's tuning misses, by class (docs/clinical-safety.md,
section 5zc). Played through the skill as Alexa sends them (no commas), five locales where
natural, each lowering beside must-warn controls.

15a. "Right" said for emphasis before where or when ("from my left buttock right down to my
     foot", "numb right now") is no side: it made one leg both, and one-sided sciatica the
     emergency of sciatica in both legs. "Right" after a determiner ("my right", "the right") is
     still a side, and both legs named still warn.
15b. An ordinal month ("since second month itself", "since the fourth month") is a month of a
     pregnancy or a course, never the 2nd or 4th of this month: a stress leak dated by it is not
     a bladder change of days. A leak dated days ago still warns.
15c. (tried and withdrawn: an old stroke read as nothing skipped round 11's check of it)
15d. Australian "copped" ("copped a boot in the shin at footy") opens what follows: a tight,
     swollen, very painful leg after a blow is compartment syndrome, first among the causes.
"""

from __future__ import annotations

import pytest

from skill.understanding.reader import default_reader
from tests.alexa.test_review7_panic_leak_and_ischaemia import WARNING, flags
from tests.alexa.test_safety_review import triage
from tests.screening.test_round9_general_rules import converse, history


def _causes(reply) -> list[str]:
    return reply.session_attributes["assessment"]["causes"]


def _warned(spoken: list[str]) -> bool:
    return any(text.startswith(WARNING) for text in spoken)


# -- 15a: "right" for emphasis is no side ----------------------------------------------------------

ONE_SIDED_SCIATICA = [
    ("en-GB", "for about six weeks the pain runs from my left buttock right down to my foot and "
              "my foot tingles"),
    ("en-US", "I've had sciatica pain from my left buttock right down to my ankle for a month"),
    ("en-AU", "for five weeks there's been pain from me left bum cheek right through to me heel"),
    ("en-IN", "since one month pain is going from my left buttock right up to my toes and "
              "tingling"),
    ("en-CA", "my left leg has had sciatica right down to the foot for about six weeks and it's "
              "tingly right now"),
]
SCIATICA_ANSWERS = {"onset": "slowly", "side": "one leg", "duration": "about six weeks",
                    "back_pain": "yes", "shooting_down_leg": "yes"}


@pytest.mark.parametrize(("locale", "opening"), ONE_SIDED_SCIATICA)
def test_right_said_for_emphasis_is_no_second_side(locale: str, opening: str) -> None:
    assert default_reader().read(opening, locale).side != "both_legs"
    spoken, reply = converse(locale, opening, SCIATICA_ANSWERS)
    assert "side=both_legs" not in history(reply), history(reply)
    assert "bilateral_sciatica" not in flags(reply), history(reply)
    assert not _warned(spoken), spoken
    assert triage(reply) in ("self_care", "routine"), history(reply)


BOTH_SIDES_WITH_EMPHASIS = [
    # both legs named, "right" a side after a determiner, beside "right" for emphasis: warned
    ("en-GB", "for three days the pain goes from my left buttock right down to my foot and now "
              "the right is the same"),
    ("en-US", "since Sunday sciatica goes down my left leg and my right leg right down to the "
              "toes"),
    ("en-AU", "the last two days sciatica's been shooting right down me left leg and down me "
              "right leg too"),
    ("en-IN", "since two days pain is going right down to my feet in the left leg and the right "
              "leg"),
    ("en-CA", "for a couple of days I've had sciatica right down the back of both legs"),
]


@pytest.mark.parametrize(("locale", "opening"), BOTH_SIDES_WITH_EMPHASIS)
def test_both_legs_named_beside_right_for_emphasis_still_warn(locale: str, opening: str) -> None:
    assert default_reader().read(opening, locale).side == "both_legs"
    spoken, reply = converse(locale, opening, {"onset": "slowly", "side": "both legs",
                                               "duration": "a few days", "back_pain": "yes",
                                               "shooting_down_leg": "yes"})
    assert _warned(spoken), spoken
    assert "bilateral_sciatica" in flags(reply), history(reply)
    assert triage(reply) == "emergency", history(reply)


@pytest.mark.parametrize(("text", "side"), [
    ("my left foot is numb right now", "one_leg"),
    ("the pain is on my right down the back of the leg", "one_leg"),
    ("on the right up to the knee and on the left too", "both_legs"),
    ("left and right", "both_legs"),
    ("the right", "one_leg"),
])
def test_right_after_a_determiner_is_still_a_side(text: str, side: str) -> None:
    assert default_reader().read(text, "en-GB").side == side


# -- 15b: an ordinal month dates no day -----------------------------------------------------------

PREGNANCY_LEAKS = [
    ("en-IN", "I am six months pregnant and my feet tingle when I sit long and a little urine "
              "comes when I sneeze since second month itself"),
    ("en-GB", "I'm seven months pregnant and I've leaked a bit when I cough since the third month "
              "and my feet go tingly sitting at my desk"),
    ("en-US", "I'm eight months pregnant my feet get pins and needles when I sit and I've leaked a "
              "little when I laugh since my fourth month"),
    ("en-AU", "I'm thirty weeks pregnant and me feet go tingly on the couch and I've had a little "
              "leak when I sneeze since the second month"),
    ("en-CA", "I'm seven months along with my first baby my feet tingle when I sit too long and "
              "I leak a little when I cough since the third month"),
]
PREGNANCY_ANSWERS = {"pregnant": "yes", "onset": "slowly", "side": "both legs",
                     "duration": "a few weeks", "positional": "yes", "stress_leak": "yes",
                     "bladder_bowel": "yes", "recent": "no", "bladder_weeks": "no"}


@pytest.mark.parametrize(("locale", "opening"), PREGNANCY_LEAKS)
def test_a_leak_since_a_month_of_pregnancy_is_no_new_bladder_sign(locale: str,
                                                                  opening: str) -> None:
    assert default_reader().read(opening, locale).length != "days"
    _spoken, reply = converse(locale, opening, PREGNANCY_ANSWERS)
    assert "recent=yes" not in history(reply), history(reply)
    assert "cauda_equina_bladder" not in flags(reply), history(reply)
    assert triage(reply) in ("self_care", "routine"), history(reply)


NEW_LEAKS_IN_PREGNANCY = [
    # a leak dated days ago, or a day of this month, in pregnancy: still warned
    ("en-IN", "I am seven months pregnant and since yesterday I am not able to control my urine "
              "and my feet are numb"),
    ("en-GB", "I'm six months pregnant and since the second of this month I keep wetting myself "
              "without knowing and my legs are tingly"),
    ("en-US", "I'm eight months pregnant and the last two days I can't hold my bladder and my "
              "feet are numb"),
    ("en-AU", "I'm thirty weeks pregnant and since Monday I can't feel when I need to wee and me "
              "legs are tingly"),
    ("en-CA", "I'm seven months pregnant and since the first I've been leaking urine without "
              "feeling it and my feet are numb"),
]


@pytest.mark.parametrize(("locale", "opening"), NEW_LEAKS_IN_PREGNANCY)
def test_a_leak_dated_days_ago_in_pregnancy_still_warns(locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, {**PREGNANCY_ANSWERS, "recent": "yes",
                                               "bladder_weeks": "yes"})
    assert _warned(spoken), spoken
    assert "cauda_equina_bladder" in flags(reply), history(reply)
    assert triage(reply) == "emergency", history(reply)


# -- 15d: a blow to the leg, said in Australian ---------------------------------------------------

def test_copped_a_blow_opens_a_tight_swollen_leg_as_compartment_syndrome() -> None:
    opening = ("copped a knock on the shin at footy this arvo it's swollen up tight as a drum "
               "the pain's off the charts and me foot's gone numb")
    spoken, reply = converse("en-AU", opening, {"onset": "suddenly", "side": "one leg",
                                                "duration": "a few hours"})
    assert spoken[0].startswith(WARNING), spoken[0]
    assert "compartment_syndrome" in flags(reply), history(reply)
    assert _causes(reply)[0] == "compartment_syndrome", _causes(reply)
    assert triage(reply) == "emergency", history(reply)


@pytest.mark.parametrize(("locale", "opening"), [
    ("en-GB", "I got kicked in the shin at football last night and now my foot is tingling"),
    ("en-AU", "copped a ball on the shin at cricket today and now me foot's tingly"),
    ("en-US", "I took a hockey puck to the shin this afternoon and my foot's gone numb"),
])
def test_a_blow_to_the_shin_asked_through_brings_compartment_syndrome_first(
        locale: str, opening: str) -> None:
    # said only as a blow: the back-or-neck injury question is answered no, then the severe
    # pain and the tight swollen leg bring compartment syndrome to the top at its emergency
    spoken, reply = converse(locale, opening, {"onset": "suddenly", "side": "one leg",
                                               "duration": "a few hours", "injury_or_pain": "yes",
                                               "injury": "no", "severe_pain": "yes",
                                               "compartment": "yes"})
    assert _warned(spoken), spoken
    assert _causes(reply)[0] == "compartment_syndrome", _causes(reply)
    assert triage(reply) == "emergency", history(reply)


# -- 15e: a limb that tingles when one sits is no numb seat ---------------------------------------

@pytest.mark.parametrize(("locale", "opening"), [
    ("en-US", "my feet tingle when I sit too long at my desk"),
    ("en-GB", "my toes go numb if I sit cross legged and it goes when I stand"),
    ("en-AU", "me feet tingle when I sit on the couch too long"),
    ("en-IN", "my legs tingle when I sit long in office"),
    ("en-CA", "my feet tingle whenever I kneel in the garden"),
])
def test_a_limb_tingling_when_sitting_is_no_saddle_numbness(locale: str, opening: str) -> None:
    reading = default_reader().read(opening, locale)
    assert not any(f.id == "saddle_numbness" and f.present for f in reading.findings), reading


@pytest.mark.parametrize(("locale", "opening"), [
    # the seat itself numb when sitting, beside limbs that tingle: still read, still warned
    ("en-US", "my feet tingle and I'm numb where I sit"),
    ("en-GB", "my bum and legs tingle when I sit"),
    ("en-AU", "me feet tingle and me bum's gone numb when I sit"),
    ("en-IN", "my feet tingle and there is numbness when I sit on the toilet"),
    ("en-CA", "my bottom tingles when I sit and my feet are numb"),
])
def test_the_seat_numb_when_sitting_beside_limbs_still_warns(locale: str, opening: str) -> None:
    reading = default_reader().read(opening, locale)
    assert any(f.id == "saddle_numbness" and f.present for f in reading.findings), reading
    spoken, reply = converse(locale, opening, {"onset": "slowly", "side": "both legs",
                                               "duration": "a few days", "recent": "yes",
                                               "saddle_numbness": "yes"})
    assert _warned(spoken), spoken
    assert triage(reply) == "emergency", history(reply)

"""Round 12 (clinic12): classes found at the eleventh vignette set's tuning misses, written as
cases of our own (docs/clinical-safety.md, section 5r: 12a to 12e), with must-warn controls beside
every rule that makes an outcome less urgent. Played through the skill as Alexa sends them (five
locales).

- 12a. Legs folded to sit ("sitting with my legs folded", "on folded legs", "legs folded for
  prayers") is a posture, pressure on a nerve (NHS pins and needles), not legs that folded under
  the person; legs that gave way still warn.
- 12b. Diarrhoea ("loose motions", "loose stools", "the runs") is no loss of bowel control: it is
  neither the cauda equina sign nor its warning; control lost, or passing a motion unknowing,
  still warns.
- 12c. (Tried and withdrawn) shooting or electric pains said without their course were checked
  in one question instead of taken as sciatica; hedged sciatica in both legs was then confirmed
  before its warning, so they stay sciatica. These must-warn controls stay, and a course said
  after the pain's place is read too.
- 12d. After cancer, a weakness or slow walk that is months old and not worse (chemotherapy nerve
  damage: NCI, cancer-centre pages) is no emergency on its own; new in days, not sure, worse over
  recent weeks, weeks of numbness or back pain beside it stay the emergency (Scottish referral
  guidelines, NHS Lothian MSCC: any new difficulty walking).
- 12e. A limp or walking aid dated years old in its own words is not a new weakness because the
  numbness today came on suddenly; a new weakness said beside it still warns.
"""

from __future__ import annotations

import pytest

from tests.alexa.test_review7_panic_leak_and_ischaemia import WARNING, flags
from tests.alexa.test_safety_review import triage
from tests.screening.test_round9_general_rules import converse, history


def _said(reply) -> dict[str, str]:
    return dict(t.rstrip("+").partition("=")[::2] for t in history(reply).split())


def _asked(reply) -> list[str]:
    return [t.partition("=")[0] for t in history(reply).split()]


def _warned(spoken: list[str]) -> bool:
    return any(text.startswith(WARNING) for text in spoken)


# -- 12a: legs folded to sit are a posture ---------------------------------------------------------

FOLDED_TO_SIT = [
    ("en-IN", "I sat on the floor with legs folded for the puja and now both my feet are numb"),
    ("en-IN", "On the floor on folded legs for two hours at the wedding, my right foot became "
              "numb"),
    ("en-GB", "I was sat with my legs folded on the sofa all evening and my foot went dead"),
    ("en-US", "I sat on the rug with my legs folded watching the game and my feet went numb"),
    ("en-AU", "Sat on the grass with me legs folded at the picnic and me foot went all tingly"),
    ("en-CA", "I sat on folded legs at yoga for an hour and my foot is tingling"),
    # ...and the sitting postures named
    ("en-IN", "I was sitting in vajrasana for prayers and my feet became numb"),
    ("en-US", "I sat criss cross on the floor with the kids and my foot fell asleep"),
    ("en-GB", "I sat in the lotus position at my yoga class and my feet went numb"),
]
POSTURE_ANSWERS = {"onset": "suddenly", "positional": "yes", "side": "one leg",
                   "duration": "a few hours"}


@pytest.mark.parametrize(("locale", "opening"), FOLDED_TO_SIT)
def test_legs_folded_to_sit_is_no_weakness(locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, POSTURE_ANSWERS)
    assert _said(reply).get("leg_weakness") != "yes", history(reply)
    assert not _warned(spoken), (history(reply), spoken)
    assert triage(reply) != "emergency", history(reply)


FOLDED_AND_GAVE_WAY = [
    # must-warn controls: the posture, and legs that gave way or are newly weak beside it
    ("en-IN", "I sat with legs folded for the puja and when I got up my legs folded under me, "
              "I cannot stand now"),
    ("en-GB", "I was sat with my legs folded and when I stood up my leg suddenly gave way"),
    ("en-US", "I sat with my legs folded and now suddenly my leg is weak and won't hold me up"),
    ("en-AU", "Sat with me legs folded at the picnic and now me leg's gone weak, can't walk"),
    ("en-CA", "I sat on folded legs for an hour and since then my leg has suddenly gone weak"),
    ("en-IN", "I sat in vajrasana for prayers and now suddenly my legs are not able to hold me"),
    ("en-GB", "I sat in the lotus position and when I stood up my leg suddenly gave way"),
]


GAVE_WAY_AT_ONCE = [
    # ...and legs said to give way in the same breath as the folded posture: warned at once
    ("en-GB", "I sat with my legs folded and my legs just gave way when I stood"),
    ("en-IN", "I sat on folded legs and my legs suddenly folded under me when I got up"),
    ("en-US", "I sat with folded legs and then my legs suddenly gave out"),
    ("en-AU", "I sat with me legs folded and my legs just buckled when I got up"),
    ("en-CA", "I sat in folded legs and my legs suddenly collapsed when I stood"),
]


@pytest.mark.parametrize(("locale", "opening"), GAVE_WAY_AT_ONCE)
def test_legs_giving_way_said_beside_a_folded_sit_are_warned_at_once(locale: str,
                                                                     opening: str) -> None:
    spoken, reply = converse(locale, opening, POSTURE_ANSWERS)
    assert spoken[0].startswith(WARNING), (history(reply), spoken[0])
    assert "new_leg_weakness" in flags(reply), history(reply)


@pytest.mark.parametrize(("locale", "opening"), FOLDED_AND_GAVE_WAY)
def test_legs_that_gave_way_beside_a_folded_sit_still_warn(locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, {**POSTURE_ANSWERS, "cauda_equina_signs": "yes",
                                               "leg_weakness": "yes", "recent": "yes"})
    assert _warned(spoken), (history(reply), spoken)
    assert triage(reply) == "emergency" and "new_leg_weakness" in flags(reply), history(reply)


# -- 12b: diarrhoea is no loss of bowel control ----------------------------------------------------

DIARRHOEA = [
    ("en-IN", "I had loose motions last week and since three days my toes are tingling"),
    ("en-IN", "Two weeks back I had loose motion and vomiting, now my feet are tingling"),
    ("en-GB", "I had a stomach bug with loose stools a fortnight ago and now my toes tingle"),
    ("en-US", "I had food poisoning with loose stools two weeks ago, now my feet are tingling"),
    ("en-AU", "Had the runs after a dodgy prawn a couple of weeks back, now me feet are tingly"),
    ("en-CA", "I had diarrhea for a few days two weeks ago and now my toes are numb"),
]
GUT_ANSWERS = {"onset": "slowly", "side": "both legs", "duration": "a few days",
               "spreading_up": "no"}


@pytest.mark.parametrize(("locale", "opening"), DIARRHOEA)
def test_diarrhoea_is_no_loss_of_bowel_control(locale: str, opening: str) -> None:
    _, reply = converse(locale, opening, GUT_ANSWERS)
    assert _said(reply).get("bladder_bowel") != "yes", history(reply)
    assert not any(f.startswith("cauda_equina") for f in flags(reply)), history(reply)
    assert triage(reply) != "emergency", history(reply)


DIARRHOEA_AND_CONTROL_LOST = [
    # must-warn controls: the same words with control of the bowels or bladder lost now
    ("en-IN", "I had loose motions last week and since yesterday I am passing motion without "
              "knowing"),
    ("en-GB", "I had loose stools last week and since this morning I can't control my bowels"),
    ("en-US", "I had diarrhea last week and today I've lost control of my bladder"),
    ("en-AU", "Had the runs last week and since last night I can't wee at all"),
    ("en-CA", "I had loose stools two weeks ago and since yesterday I've been wetting myself"),
]


@pytest.mark.parametrize(("locale", "opening"), DIARRHOEA_AND_CONTROL_LOST)
def test_control_lost_beside_diarrhoea_still_warns(locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, {**GUT_ANSWERS, "bladder_bowel": "yes",
                                               "recent": "yes"})
    assert _warned(spoken), (history(reply), spoken)
    assert triage(reply) == "emergency", history(reply)


# -- 12c: shooting pains without a course are nerve pain, checked ----------------------------------

SHOOTING_NO_COURSE = [
    ("en-CA", "For a few weeks I've had shooting pains in both my legs and my feet are numb"),
    ("en-US", "My legs get these shooting pains and my feet burn and tingle"),
    ("en-GB", "I get stabbing shooting pains in my feet and legs and they're numb"),
    ("en-AU", "Getting shooting pains in both legs and me feet are tingly"),
    ("en-IN", "Since some weeks I am having shooting pain in both legs and numbness in feet"),
    ("en-US", "My feet feel like electric shocks at night and they're numb"),
]
NERVE_PAIN_ANSWERS = {"onset": "slowly", "side": "both legs", "duration": "a few weeks",
                      "shooting_down_leg": "no", "back_pain": "no"}


@pytest.mark.parametrize(("locale", "opening"), SHOOTING_NO_COURSE)
def test_a_yes_at_the_sciatica_check_in_both_legs_warns(locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, {**NERVE_PAIN_ANSWERS, "shooting_down_leg": "yes"})
    assert _warned(spoken), (history(reply), spoken)
    assert triage(reply) == "emergency", history(reply)


SCIATICA_SAID = [
    # must-warn controls: the pain said with its course, in both legs
    ("en-CA", "I've got shooting pains down both my legs from my lower back"),
    ("en-US", "Shooting pain runs from my butt down the back of both legs"),
    ("en-GB", "I've got sciatica in both legs and my feet are numb"),
    ("en-AU", "Pain shoots down the back of both my legs from my bum"),
    ("en-IN", "Shooting pain is going from my back into both legs"),
    # ...and the course said after the pain's place
    ("en-GB", "I get shooting pains in both my legs from my lower back"),
    ("en-AU", "Shooting pains from my bum into both legs"),
    ("en-US", "It's like electric shocks down each leg"),
]


@pytest.mark.parametrize(("locale", "opening"), SCIATICA_SAID)
def test_shooting_pain_with_its_course_in_both_legs_warns_at_once(locale: str,
                                                                  opening: str) -> None:
    spoken, reply = converse(locale, opening, NERVE_PAIN_ANSWERS)
    assert _warned(spoken[:3]), (history(reply), spoken)
    assert triage(reply) == "emergency", history(reply)


# -- 12d: after cancer, a weakness months old and not worse is no emergency on its own -------------

OLD_WEAKNESS_AFTER_CHEMO = [
    ("en-IN", "My chemo got over last year, since then my feet are numb and I walk slowly "
              "holding the wall"),
    ("en-GB", "I finished chemotherapy for bowel cancer in the spring and since then my feet are "
              "numb and I'm a bit unsteady"),
    ("en-US", "I wrapped up chemo for lymphoma eight months ago and ever since my feet are numb "
              "and I walk kind of wobbly"),
    ("en-AU", "Finished chemo for breast cancer about ten months ago, feet have been numb since "
              "and I'm a bit wobbly on me feet"),
    ("en-CA", "I had chemo for ovarian cancer last year and since then my feet tingle and I'm "
              "slower on the stairs"),
]
CHEMO_ANSWERS = {"onset": "slowly", "side": "both legs", "duration": "for months",
                 "history_group": "yes", "cancer_history": "yes", "chemotherapy": "yes",
                 "cauda_equina_signs": "yes", "leg_weakness": "yes", "nerve_root_signs": "no",
                 "recent": "no", "weakness_worse": "no",
                 "back_pain": "no"}


@pytest.mark.parametrize(("locale", "opening"), OLD_WEAKNESS_AFTER_CHEMO)
def test_a_months_old_unchanged_weakness_after_chemo_is_no_emergency(locale: str,
                                                                    opening: str) -> None:
    spoken, reply = converse(locale, opening, CHEMO_ANSWERS)
    assert triage(reply) == "routine", (history(reply), flags(reply))
    assert not _warned(spoken), (history(reply), spoken)


CHEMO_MUST_WARN = [
    # must-warn controls: the same story with the weakness new, not sure, worse, or back pain
    {"recent": "yes"},
    {"recent": "not sure"},
    {"weakness_worse": "yes"},
    {"weakness_worse": "not sure"},
    {"back_pain": "yes"},
]


@pytest.mark.parametrize(("locale", "opening"), OLD_WEAKNESS_AFTER_CHEMO)
@pytest.mark.parametrize("changed", CHEMO_MUST_WARN)
def test_after_cancer_a_new_or_worse_weakness_still_warns(locale: str, opening: str,
                                                          changed: dict[str, str]) -> None:
    # Where the walking is told old in its own words, its check ("got worse, or changed at all,
    # in the last few weeks?", docs/clinical-safety.md 5s) is answered from the same story: yes
    # for a weakness new or worse, not sure for one not sure of, no otherwise.
    timing = {changed.get("recent"), changed.get("weakness_worse")}
    check = "yes" if "yes" in timing else "not sure" if "not sure" in timing else "no"
    spoken, reply = converse(locale, opening, {**CHEMO_ANSWERS, "weakness_new": check, **changed})
    assert _warned(spoken), (history(reply), spoken)
    assert triage(reply) == "emergency", history(reply)


CANCER_WEEKS_WEAK = [
    # must-warn: weeks of numbness with weak legs after cancer (the cord compression picture)
    ("en-US", "I have prostate cancer and for a few weeks my legs have felt weak and numb"),
    ("en-GB", "I'm being treated for lung cancer and my legs have gone weak over a few weeks"),
    ("en-IN", "I have breast cancer, since three weeks my legs are weak and numb"),
    ("en-AU", "Got myeloma and me legs have been getting weak for a few weeks"),
    ("en-CA", "I had kidney cancer and the last few weeks my legs feel weak and tingly"),
]


@pytest.mark.parametrize(("locale", "opening"), CANCER_WEEKS_WEAK)
def test_weeks_of_weak_legs_after_cancer_still_warn(locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, {**CHEMO_ANSWERS, "chemotherapy": "no",
                                               "duration": "a few weeks"})
    assert _warned(spoken), (history(reply), spoken)
    assert triage(reply) == "emergency", history(reply)


CANCER_MONTHS_WEAK_NO_CHEMO = [
    # must-warn: months of weak legs after cancer with no chemotherapy to explain them
    ("en-US", "I had prostate cancer a few years ago and my legs have been weak for months"),
    ("en-GB", "I had breast cancer surgery and for months my legs have felt weak"),
    ("en-IN", "I had cancer in the kidney, since some months my legs are weak and numb"),
    ("en-AU", "Had melanoma a while back and me legs have been weak for a few months"),
    ("en-CA", "I had lung cancer surgery and my legs have been weak and tingly for months"),
]


@pytest.mark.parametrize(("locale", "opening"), CANCER_MONTHS_WEAK_NO_CHEMO)
def test_months_of_weak_legs_after_cancer_without_chemo_still_warn(locale: str,
                                                                  opening: str) -> None:
    spoken, reply = converse(locale, opening, {**CHEMO_ANSWERS, "chemotherapy": "no"})
    assert _warned(spoken), (history(reply), spoken)
    assert triage(reply) == "emergency", history(reply)

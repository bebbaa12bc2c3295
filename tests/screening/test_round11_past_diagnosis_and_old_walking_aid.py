"""Round 11 (clinic11): classes found at the tenth vignette set's tuning misses, written as cases
of our own (docs/clinical-safety.md, section 5o: 11a, 11b), with must-warn controls beside every
rule that makes an outcome less urgent. Played through the skill as Alexa sends them (five
locales).

- 11a. A stroke told as a past event, dated long before in the words around it ("I had a stroke
  five years back", "my dad had a mini stroke last year"), is history, not the face, arm or
  speech signs of a stroke now: it is checked in one short question ("Is your face or an arm numb
  or weak too, or is your speech slurred?"), not warned at once. A yes or "not sure" there is the
  emergency; a stroke not dated long before, one feared again, or a face, arm or speech sign said
  beside it, is warned at once as before (NHS stroke: the FAST signs are the emergency).
- 11b. How far on a pregnancy is, said as weeks along or weeks with the baby ("I'm thirty-two
  weeks with my second bub"), is a pregnancy.
"""

from __future__ import annotations

import pytest

from tests.alexa.test_review7_panic_leak_and_ischaemia import WARNING, flags
from tests.alexa.test_safety_review import triage
from tests.screening.test_round9_general_rules import converse, history

FAS = "face_arm_speech"

# -- 11a: a stroke dated long before is confirmed, not warned --------------------------------------

PAST_STROKE = [
    ("en-US", "I had a stroke five years ago and now both my feet tingle"),
    ("en-GB", "My dad had a mini stroke last year, his feet have had pins and needles for months"),
    ("en-AU", "I had a stroke years back, and my feet have been tingly for a few months"),
    ("en-IN", "My father had stroke six years back, since some months his both feet are tingling"),
    ("en-CA", "My mom had a stroke a long time ago and lately her feet feel numb"),
]
SLOW_NO = {"onset": "slowly", "side": "both legs", "duration": "a few months"}


def _warned_at(spoken: list[str]) -> int | None:
    return next((i for i, text in enumerate(spoken) if text.startswith(WARNING)), None)


@pytest.mark.parametrize(("locale", "opening"), PAST_STROKE)
def test_a_stroke_dated_long_before_is_confirmed_not_warned(locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, SLOW_NO)
    assert not spoken[0].startswith(WARNING), spoken[0]
    asked = [t.partition("=")[0] for t in history(reply).split()]
    assert FAS in asked, history(reply)
    assert FAS not in flags(reply) and "stroke_signs" not in flags(reply), history(reply)
    assert triage(reply) != "emergency", history(reply)


@pytest.mark.parametrize(("locale", "opening"), PAST_STROKE)
def test_a_yes_at_the_check_after_an_old_stroke_is_the_emergency(locale: str,
                                                                  opening: str) -> None:
    spoken, reply = converse(locale, opening, {**SLOW_NO, FAS: "yes"})
    assert _warned_at(spoken) is not None, spoken
    assert triage(reply) == "emergency" and "stroke_signs" in flags(reply), history(reply)


@pytest.mark.parametrize(("locale", "opening"), PAST_STROKE)
def test_not_sure_at_the_check_after_an_old_stroke_is_the_emergency(locale: str,
                                                                    opening: str) -> None:
    _, reply = converse(locale, opening, {**SLOW_NO, FAS: "not sure"})
    assert triage(reply) == "emergency", history(reply)


STROKE_NOW = [
    # must-warn controls: a stroke not dated long before, or a sign of one said beside it
    ("en-US", "I think I'm having a stroke, my leg went numb"),
    ("en-GB", "My dad had a stroke this morning and his leg is numb"),
    ("en-AU", "I had a stroke two days ago and now my leg is tingling"),
    ("en-IN", "My father had a stroke years back and now his face is drooping again"),
    ("en-CA", "I had a stroke years ago and today my speech is slurred and my foot is numb"),
    ("en-GB", "I had a stroke last year and my arm has gone weak again this morning"),
    ("en-US", "My mom had a stroke years ago, and this morning her face drooped"),
    # a stroke feared again now, beside an old one
    ("en-AU", "I had a stroke years ago and I reckon I'm having another one, my leg's gone numb"),
    ("en-IN", "My father had stroke five years back and it is happening again, his leg is numb"),
    ("en-CA", "I had a mini stroke last year and I think it's happening again, my foot is numb"),
    ("en-GB", "Mum had a stroke years ago and I think she's having one again, her leg is numb"),
    ("en-US", "I had a stroke a long time ago and I'm scared I'm having another, my leg is numb"),
]


@pytest.mark.parametrize(("locale", "opening"), STROKE_NOW)
def test_a_stroke_now_or_its_signs_beside_an_old_one_are_warned_at_once(locale: str,
                                                                       opening: str) -> None:
    spoken, reply = converse(locale, opening, SLOW_NO)
    assert spoken[0].startswith(WARNING), spoken[0]
    assert triage(reply) == "emergency" and "stroke_signs" in flags(reply), history(reply)


# -- 11b: how far on a pregnancy is, said as weeks along or weeks with a baby ----------------------
# NHS common pregnancy problems (nhs_pregnancy_tingling): tingling and numbness are common in
# pregnancy; "I'm thirty-two weeks with my second bub" says a pregnancy as plainly as "pregnant".

PREGNANCY_SAID = [
    ("en-AU", "I'm thirty two weeks with my second bub and my legs get pins and needles"),
    ("en-GB", "I'm twenty eight weeks along and my thighs tingle when I lie down"),
    ("en-US", "I'm thirty weeks with my first baby and my legs tingle"),
    ("en-IN", "I am thirty four weeks with my second child and my feet are tingling"),
    ("en-CA", "I'm about twenty six weeks along with our first and my legs feel tingly"),
]
PREGNANT_ANSWERS = {"onset": "slowly", "side": "both legs", "duration": "a few weeks",
                    "positional": "yes"}


@pytest.mark.parametrize(("locale", "opening"), PREGNANCY_SAID)
def test_weeks_along_or_with_a_baby_is_a_pregnancy(locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, PREGNANT_ANSWERS)
    said = dict(t.rstrip("+").partition("=")[::2] for t in history(reply).split())
    assert said.get("pregnant") == "yes", history(reply)
    assert not any(text.startswith(WARNING) for text in spoken), spoken
    assert "pregnancy_related" in reply.session_attributes["assessment"]["causes"]


PREGNANT_WITH_ALARM = [
    # must-warn controls: the same words with a real alarm
    ("en-AU", "I'm thirty two weeks with my second bub and my legs suddenly gave way this morning"),
    ("en-GB", "I'm twenty eight weeks along and since yesterday I can't control my bladder"),
    ("en-US", "I'm thirty weeks with my first baby and my face is drooping"),
    ("en-IN", "I am thirty four weeks with my second child and suddenly my leg is cold and white"),
    ("en-CA", "I'm twenty six weeks along and since this morning I'm numb between my legs"),
]


@pytest.mark.parametrize(("locale", "opening"), PREGNANT_WITH_ALARM)
def test_a_pregnancy_said_so_beside_an_alarm_still_warns(locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, PREGNANT_ANSWERS, default="no")
    assert any(text.startswith(WARNING) for text in spoken), (history(reply), spoken)
    assert triage(reply) == "emergency", history(reply)


# -- 11a, by class: other past diagnoses named in the opening --------------------------------------
# Sciatica down both legs (NHS sciatica: 999) and Guillain-Barre (NHS: numbness spreading up the
# legs) told as an episode dated long before are checked in their own question, not warned at
# once; said now, coming back, or beside their sign said now, they are warned as before.

PAST_EPISODE = [
    ("en-GB", "I had sciatica down both legs years ago and now my feet tingle",
     "shooting_down_leg"),
    ("en-US", "I had sciatica in both legs a long time ago, now my toes are numb",
     "shooting_down_leg"),
    ("en-AU", "I had Guillain Barre years ago and my feet still tingle a bit", "spreading_up"),
    ("en-IN", "I had GBS ten years back and my feet are tingling since months", "spreading_up"),
    ("en-CA", "I had Guillain Barre syndrome years ago, lately my feet feel numb",
     "spreading_up"),
]
EPISODE_ANSWERS = {**SLOW_NO, "back_pain": "no"}


@pytest.mark.parametrize(("locale", "opening", "sign"), PAST_EPISODE)
def test_a_past_episode_is_checked_not_warned(locale: str, opening: str, sign: str) -> None:
    spoken, reply = converse(locale, opening, EPISODE_ANSWERS)
    assert not spoken[0].startswith(WARNING), spoken[0]
    asked = [t.partition("=")[0] for t in history(reply).split()]
    assert sign in asked, history(reply)
    assert triage(reply) != "emergency", history(reply)


@pytest.mark.parametrize(("locale", "opening", "sign"), PAST_EPISODE)
def test_a_yes_at_the_check_after_a_past_episode_still_warns(locale: str, opening: str,
                                                             sign: str) -> None:
    spoken, reply = converse(locale, opening, {**EPISODE_ANSWERS, sign: "yes",
                                               "back_pain": "yes"})
    assert any(text.startswith(WARNING) for text in spoken), (history(reply), spoken)


EPISODE_NOW = [
    # must-warn controls: the episode now, back again, or without an old date
    ("en-GB", "I've got sciatica down both legs and my feet are numb"),
    ("en-US", "I had sciatica in both legs years ago and now it's back in both legs"),
    ("en-AU", "I had sciatica years ago and since yesterday it's going down both legs"),
    ("en-IN", "I had GBS years back and now again numbness is spreading up my legs"),
    ("en-CA", "I think I have Guillain Barre, my feet went numb and it's climbing up my legs"),
]


@pytest.mark.parametrize(("locale", "opening"), EPISODE_NOW)
def test_an_episode_now_or_back_again_is_warned_at_once(locale: str, opening: str) -> None:
    spoken, _ = converse(locale, opening, EPISODE_ANSWERS)
    assert spoken[0].startswith(WARNING), spoken[0]


# -- 11a, by class: the stroke family by other names, dated by a year or childhood -----------------

PAST_STROKE_FAMILY = [
    ("en-US", "I had a TIA years ago and my feet tingle"),
    ("en-GB", "I had Bell's palsy years ago and now my feet have pins and needles"),
    ("en-AU", "I had a stroke in 2015 and my feet have been tingly for months"),
    ("en-IN", "I had a mini stroke in 2019, since some months my feet are tingling"),
    ("en-CA", "My dad had a TIA a long time ago and his toes are numb"),
]


@pytest.mark.parametrize(("locale", "opening"), PAST_STROKE_FAMILY)
def test_the_stroke_family_dated_long_before_is_checked_not_warned(locale: str,
                                                                   opening: str) -> None:
    spoken, reply = converse(locale, opening, SLOW_NO)
    assert not spoken[0].startswith(WARNING), spoken[0]
    assert FAS in [t.partition("=")[0] for t in history(reply).split()], history(reply)
    assert triage(reply) != "emergency", history(reply)


STROKE_FAMILY_NOW = [
    # must-warn controls
    ("en-US", "I had a TIA this morning and my leg is numb"),
    ("en-GB", "I had Bell's palsy years ago and now my face is drooping again"),
    ("en-AU", "I think I just had a mini stroke, my leg went numb"),
    ("en-IN", "I had a TIA in 2019 and today again my speech is slurred"),
    ("en-CA", "I had a stroke in 2015 and I think I'm having another one, my leg is numb"),
]


@pytest.mark.parametrize(("locale", "opening"), STROKE_FAMILY_NOW)
def test_the_stroke_family_now_is_warned_at_once(locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, SLOW_NO)
    assert spoken[0].startswith(WARNING), spoken[0]
    assert triage(reply) == "emergency", history(reply)

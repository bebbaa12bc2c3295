"""Round 12 (limp12): an old limp or walking aid, said long-standing in its own words, beside a new
sudden or brief sensory symptom (docs/clinical-safety.md, section 5s). Played through the skill as
Alexa sends them (five locales).

The limp is not checked with "Are your legs newly weak ...?" (a person with a limp of twenty years
says yes: their legs are weak) but with its own timing ("Has your walking or the weakness got
worse, or changed, in the last few weeks?"): a "no" records no new weakness, so a sudden start of
the tingling no longer times it as new. Must-warn controls: a new weakness said beside the old
limp, a yes or "not sure" to its timing, a limp worse over recent weeks, saddle or bladder signs.
"""

from __future__ import annotations

import pytest

from alexa_simulator import Simulator
from tests.alexa.test_review7_panic_leak_and_ischaemia import WARNING, flags
from tests.alexa.test_safety_review import triage
from tests.screening.test_round9_general_rules import converse, history

CHECK = "weakness_new"
OLD_AID_BRIEF = [
    ("en-US", "I've used a cane for years for my bad hip, and my foot went numb for a few "
              "minutes after I sat on it, it's fine now"),
    ("en-GB", "I've had a limp for years after a knee operation, and last night my toes went "
              "tingly for a bit in bed, it's gone now"),
    ("en-AU", "I've used a walking stick for ages for my dodgy knee, and my foot went to sleep "
              "on the plane this arvo, it's fine now"),
    ("en-IN", "I am walking with a stick since many years for knee pain, and today morning my "
              "foot became numb after sitting on the floor, now it is okay"),
    ("en-CA", "I've walked with a limp for years because of my hip, and yesterday my toes went "
              "tingly after a long drive, they're fine now"),
]
BRIEF = {"onset": "suddenly", "side": "one leg", "duration": "a few hours"}


def _asked(reply) -> list[str]:
    return [t.partition("=")[0] for t in history(reply).split()]


@pytest.mark.parametrize(("locale", "opening"), OLD_AID_BRIEF)
def test_an_old_limp_beside_brief_numbness_is_timed_not_warned(locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, {**BRIEF, CHECK: "no"})
    assert not any(text.startswith(WARNING) for text in spoken), spoken
    assert CHECK in _asked(reply), history(reply)
    assert "new_leg_weakness" not in flags(reply), history(reply)
    assert triage(reply) != "emergency", history(reply)


@pytest.mark.parametrize(("locale", "opening"), OLD_AID_BRIEF)
def test_a_yes_to_the_limps_timing_is_warned(locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, {**BRIEF, CHECK: "yes"})
    assert any(text.startswith(WARNING) for text in spoken), spoken
    assert triage(reply) == "emergency" and "new_leg_weakness" in flags(reply), history(reply)


@pytest.mark.parametrize(("locale", "opening"), OLD_AID_BRIEF)
def test_not_sure_to_the_limps_timing_is_warned(locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, {**BRIEF, CHECK: "not sure"})
    assert any(text.startswith(WARNING) for text in spoken), spoken
    assert triage(reply) == "emergency", history(reply)


@pytest.mark.parametrize(("locale", "opening"), OLD_AID_BRIEF)
def test_a_limp_worse_in_recent_weeks_after_a_slow_start_is_warned(locale: str,
                                                                   opening: str) -> None:
    # worse over weeks, not days: at least same-day care, never "see a doctor soon"
    said = {**BRIEF, "onset": "slowly", CHECK: "yes", "recent": "no"}
    spoken, reply = converse(locale, opening, said)
    assert any(text.startswith(WARNING) for text in spoken), spoken
    assert triage(reply) in ("emergency", "urgent"), history(reply)


NEW_BESIDE_OLD = [
    # a new weakness said plainly beside the old limp or aid: warned at once
    ("en-US", "I've used a cane for years, and this morning my leg suddenly gave way and "
              "my foot is numb"),
    ("en-GB", "I've had a limp for years, but today my leg has suddenly gone weak and my foot "
              "is tingling"),
    ("en-AU", "I've used a walking stick for ages, and since this arvo my leg won't hold me up "
              "and my foot's numb"),
    ("en-IN", "I am walking with a stick since many years, today suddenly my leg is not "
              "holding me and my foot is numb"),
    ("en-CA", "I've walked with a limp for years, and an hour ago my leg suddenly went weak "
              "and my foot went numb"),
]


@pytest.mark.parametrize(("locale", "opening"), NEW_BESIDE_OLD)
def test_a_new_weakness_beside_an_old_limp_is_warned_at_once(locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, {**BRIEF, CHECK: "no", "leg_weakness": "yes"})
    assert spoken[0].startswith(WARNING), spoken[0]
    assert "new_leg_weakness" in flags(reply), history(reply)


WORSE_OR_SADDLE = [
    # the limp worse lately, or cauda equina signs beside it: warned
    ("en-US", "I've used a cane for years, but my limp has got a lot worse over the last two "
              "weeks and my foot is numb"),
    ("en-GB", "I've had a limp for years and since yesterday I can't feel my bum when I wipe "
              "and my foot is numb"),
    ("en-AU", "I've used a walking stick for ages and since this morning I can't hold my wee "
              "and my foot's tingly"),
    ("en-IN", "I am walking with a stick since many years, from today I am not able to pass "
              "urine and my foot is numb"),
    ("en-CA", "I've walked with a limp for years and since yesterday it's numb between my legs "
              "and my foot tingles"),
]


@pytest.mark.parametrize(("locale", "opening"), WORSE_OR_SADDLE)
def test_a_worse_limp_or_saddle_signs_beside_an_old_limp_are_warned(locale: str,
                                                                    opening: str) -> None:
    said = {**BRIEF, "onset": "slowly", CHECK: "no"}
    spoken, reply = converse(locale, opening, said, default="yes")
    assert any(text.startswith(WARNING) for text in spoken), spoken
    assert triage(reply) in ("emergency", "urgent"), history(reply)


FEVER_OR_CANCER = [
    # fever with back pain, or a cancer, beside the old aid: a yes at its timing is the emergency
    ("en-US", "I've used a cane for years, and for three days I've had a fever and bad back pain "
              "and my foot tingles"),
    ("en-GB", "I've had a limp for years, I had breast cancer, and my foot has gone numb"),
    ("en-AU", "I've used a walking stick for ages, I've had a temperature and a sore back since "
              "Monday and my foot's numb"),
    ("en-IN", "I am walking with a stick since many years, I had prostate cancer, and my foot "
              "is numb"),
    ("en-CA", "I've walked with a limp for years, I've had a fever and back pain for two days "
              "and my toes tingle"),
]


@pytest.mark.parametrize(("locale", "opening"), FEVER_OR_CANCER)
def test_fever_or_cancer_beside_an_old_limp_with_a_yes_at_its_timing_is_the_emergency(
        locale: str, opening: str) -> None:
    said = {**BRIEF, "onset": "slowly", CHECK: "yes", "back_pain": "yes", "fever": "yes",
            "cancer_history": "yes", "history_group": "yes", "recent": "no"}
    spoken, reply = converse(locale, opening, said)
    assert any(text.startswith(WARNING) for text in spoken), spoken
    assert triage(reply) == "emergency", history(reply)


@pytest.mark.parametrize(("locale", "opening"), FEVER_OR_CANCER)
def test_fever_or_cancer_beside_an_old_limp_not_worse_is_still_seen(locale: str,
                                                                    opening: str) -> None:
    # no new weakness: at least "see a doctor soon", never self-care
    said = {**BRIEF, "onset": "slowly", CHECK: "no", "back_pain": "yes", "fever": "yes",
            "cancer_history": "yes", "history_group": "yes"}
    _, reply = converse(locale, opening, said)
    assert triage(reply) in ("emergency", "urgent", "routine"), history(reply)


CHANGED_LATELY = [
    # said old, but changed lately in the same turn: recorded as before (not sure at once, so a
    # sudden start already told is warned at once), never first checked in weeks
    ("en-US", "I've used a cane for years and my legs are getting weaker"),
    ("en-GB", "My feet have tingled for years and now I'm wobbly on my feet"),
    ("en-AU", "I've had a limp for years and it's worse lately"),
    ("en-IN", "I am walking with a stick since many years and recently my walking is more "
              "difficult"),
    ("en-CA", "I've walked with a cane for years and these days I'm weaker on my feet"),
]


@pytest.mark.parametrize(("locale", "opening"), CHANGED_LATELY)
def test_an_old_limp_changed_lately_after_a_sudden_start_is_warned_at_once(locale: str,
                                                                          opening: str) -> None:
    sim = Simulator(locale=locale)
    sim.launch()
    sim.say("suddenly")
    reply = sim.say(opening)
    assert reply.speech.startswith(WARNING), reply.speech
    assert CHECK not in _asked(reply), history(reply)

"""Round 14 (clinic14): two classes of over-triage around brief positional numbness beside an old
walking aid, by class (docs/clinical-safety.md, section 5z). Played through the skill as Alexa
sends them (no commas), five locales, each lowering beside must-warn controls.

14a. The person moving about ("it went when I moved", "it's fine now he's moving", "once I got
     moving it was fine") is how pressure numbness passes (NHS pins and needles), never the
     numbness moving up the legs (Guillain-Barre's rising numbness). The numbness itself moving
     ("now the tingling is moving up to my knees") still warns.
14b. A length said with an old walking aid ("I've had a walking frame for a couple of years",
     "on walker since many years", "used crutches for ten years") dates the aid, not the
     numbness told after it: brief pressure numbness beside it is home care, with the aid's own
     timing checked as before (5s, 5u). A length said of the numbness itself is kept, and an aid
     needed since days ago still warns.
"""

from __future__ import annotations

import pytest

from skill.understanding.reader import default_reader
from tests.alexa.test_review7_panic_leak_and_ischaemia import WARNING, flags
from tests.alexa.test_safety_review import triage
from tests.screening.test_round9_general_rules import converse, history


def _asked(reply) -> list[str]:
    return [t.partition("=")[0] for t in history(reply).split()]


BRIEF = {"onset": "suddenly", "side": "one leg", "duration": "a few minutes", "positional": "yes",
         "weakness_new": "no"}

# -- 14a: the person moving about --------------------------------------------------------------

MOVING_ABOUT = [
    ("en-US", "my foot went numb after I sat on it at the movies it was fine once I got moving"),
    ("en-GB", "my foot went dead after kneeling in the garden this morning it went when I moved"),
    ("en-AU", "me foot went to sleep on the drive this arvo it's right now that I'm moving about"),
    ("en-IN", "my foot became numb after sitting cross legged today it went off when I moved"),
    ("en-CA", "my husband's foot fell asleep while he sat on it this evening it's fine now he's "
              "moving"),
]


@pytest.mark.parametrize(("locale", "opening"), MOVING_ABOUT)
def test_moving_about_is_no_numbness_moving_up(locale: str, opening: str) -> None:
    reading = default_reader().read(opening, locale)
    assert not any(f.id == "spreading_up" and f.present for f in reading.findings), reading
    spoken, reply = converse(locale, opening, BRIEF)
    assert not any(text.startswith(WARNING) for text in spoken), spoken
    assert "ascending_numbness" not in flags(reply), history(reply)
    assert triage(reply) == "self_care", history(reply)


NUMBNESS_MOVING = [
    # the numbness itself moving up, beside the person's moving: warned (same day at least)
    ("en-US", "my feet went numb on Monday and now the tingling is moving up to my knees"),
    ("en-GB", "when I moved about it didn't help and the numbness has moved up past my knees "
              "since yesterday"),
    ("en-AU", "me feet have been tingly for three days and it's moving up me legs"),
    ("en-IN", "since four days tingling in both feet and now it is moving up to the knees"),
    ("en-CA", "I keep moving my feet but the numbness keeps moving higher every day"),
    # the numbness as the subject of keep / start moving (a person's "keep moving" is not read)
    ("en-AU", "for two days the numbness keeps moving up me legs"),
    ("en-US", "the tingling started moving up my legs on Tuesday"),
]


@pytest.mark.parametrize(("locale", "opening"), NUMBNESS_MOVING)
def test_the_numbness_moving_up_still_warns(locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, {"onset": "slowly", "side": "both legs",
                                               "duration": "a few days"})
    assert any(text.startswith(WARNING) for text in spoken), spoken
    assert "ascending_numbness" in flags(reply), history(reply)
    assert triage(reply) in ("urgent", "emergency"), history(reply)


# -- 14b: a length said with an old walking aid ------------------------------------------------

AID_LENGTHS = [
    ("en-US", "my husband has used crutches for ten years his foot went numb after sitting on it "
              "this evening it's fine now"),
    ("en-GB", "I've had a zimmer frame for three years and my foot went dead after kneeling at "
              "church this morning it's fine now"),
    ("en-AU", "I've had a walking frame for a couple of years and me foot went to sleep sitting "
              "on the floor with the grandkids this arvo back to normal once I got up"),
    ("en-IN", "my mother is on walker since many years today her feet became numb after sitting "
              "on the floor now it is okay"),
    ("en-CA", "I've walked with a cane for about five years and my foot fell asleep when I "
              "crossed my legs at supper it's fine now"),
    # en-IN present continuous dated old ("I am using ... since two years"): the aid's own
    # timing is checked, not the "not sure" of an aid used now beside a sudden start
    ("en-IN", "I am using a walking stick since two years today my foot became numb after "
              "sitting cross legged for pooja it went when I walked"),
]


@pytest.mark.parametrize(("locale", "opening"), AID_LENGTHS)
def test_an_old_aids_length_is_not_the_numbness_length(locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, BRIEF)
    assert not any(text.startswith(WARNING) for text in spoken), spoken
    assert "duration=months" not in history(reply), history(reply)
    assert triage(reply) == "self_care", history(reply)


def test_a_yes_to_the_aids_weakness_still_warns() -> None:
    # the aid's own timing, or its weakness confirmed, still gives the emergency: every form
    # that asks about weakness warns on a yes, and most forms ask (a form that reads no weakness
    # at all has nothing to confirm)
    said = {**BRIEF, "weakness_new": "yes", "leg_weakness": "yes", "recent": "yes"}
    asking = 0
    for locale, opening in AID_LENGTHS:
        spoken, reply = converse(locale, opening, said)
        if "leg_weakness" not in _asked(reply) and "weakness_new" not in _asked(reply):
            continue
        asking += 1
        assert any(text.startswith(WARNING) for text in spoken), (locale, spoken)
        assert triage(reply) == "emergency", (locale, history(reply))
    assert asking >= len(AID_LENGTHS) // 2, asking


NUMBNESS_OWN_LENGTH = [
    # a length said of the numbness itself is kept beside an aid: weeks or months, a doctor
    ("en-US", "I've used a cane for years my feet have been numb for three weeks"),
    ("en-GB", "I've had my stick for two years and my feet have tingled for a month"),
    ("en-AU", "I've got a walker and me feet have been numb for about six weeks"),
    ("en-IN", "I am using walker since two years and my feet are tingling since two months"),
    ("en-CA", "my feet have tingled since I got my cane two years ago"),
]


@pytest.mark.parametrize(("locale", "opening"), NUMBNESS_OWN_LENGTH)
def test_the_numbness_own_length_is_kept_beside_an_aid(locale: str, opening: str) -> None:
    reading = default_reader().read(opening, locale)
    assert reading.duration in ("weeks", "months"), reading
    _spoken, reply = converse(locale, opening, {"onset": "slowly", "side": "both legs",
                                                "duration": "a few weeks"})
    assert triage(reply) in ("routine", "urgent", "emergency"), history(reply)


AID_NEW = [
    # an aid needed lately, said with its own length: a new weakness, warned at a yes
    ("en-US", "I've needed a walker since last week and my legs are numb"),
    ("en-GB", "I've used a stick for years but since yesterday my leg keeps giving way and my "
              "foot is numb"),
    ("en-AU", "I've had to use crutches for the last three days and me legs are tingly"),
    ("en-IN", "since two days I am using a walking stick my legs are not holding me and feet are "
              "numb"),
    ("en-CA", "I've been on a cane since Monday because my legs gave out and my feet are numb"),
]


@pytest.mark.parametrize(("locale", "opening"), AID_NEW)
def test_an_aid_needed_lately_still_warns(locale: str, opening: str) -> None:
    said = {"onset": "slowly", "side": "both legs", "duration": "a few days",
            "leg_weakness": "yes", "weakness_new": "yes", "recent": "yes"}
    spoken, reply = converse(locale, opening, said)
    assert any(text.startswith(WARNING) for text in spoken), spoken
    assert triage(reply) == "emergency" and "new_leg_weakness" in flags(reply), history(reply)

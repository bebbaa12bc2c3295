"""Round 27 (clinic27): three readings found in the twenty-fifth vignette set's tuning part, said
in words of our own to the offline simulator as the opening of a screening (the interaction model
included), across the five locales, with controls that must keep their reading
(docs/clinical-safety.md 5zzm). No held-back material was read.

27a. Pressure numbness said in as few words as possible and then "fine now" with no verb ("sat on
     me foot went dead fine now", "went numb okay now", "all good now"): Alexa sends no comma, and
     the bare "fine" after the position denied the position itself, so the screening asked on
     and over-triaged a dead foot that had passed (NHS pins and needles: self-care). A bare
     "fine / okay / good / better / normal now" is now the numbness passing
     (understanding.yaml `passed`), as "it's fine now" already was.
27b. An injury said as old or long past ("I have an old back injury", "a previous back injury",
     "an old rugby injury") was read as an injury just before the numbness, and a sudden tingling
     beside it gave the recent-spinal-injury emergency. It is now a doubt (`injury` `doubtful`):
     asked at once in one short question ("Did this start just after a fall or an injury to your
     back or neck?"), never taken as a yes and never denied (rule 3). An injury said as recent
     ("I hurt my back last week falling off a ladder") reads and warns as before.
27c. Calf pain on walking that "eases off if I stand still" is the claudication of PAD (NHS PAD:
     leg pain on walking that goes on resting: a GP visit); it was read as rest pain (critical
     limb ischaemia, same day). Standing still, or stopping for a minute, is now no rest pain
     (`rest_pain` `idioms`); pain at rest said in words of its own still warns.
"""

from __future__ import annotations

import pytest

from alexa_simulator import Simulator
from scripts.vignette_runner import _vignette, run_vignette
from skill.screening.knowledge import default_knowledge
from tests.phrasings.runner import warned_first

KB = default_knowledge()


def _opening(locale: str, opening: str) -> tuple[str, str]:
    sim = Simulator(locale=locale)
    sim.launch()
    speech = sim.say(opening).speech
    return sim.session_attributes.get("screening", {}).get("history", ""), speech


def _outcome(locale: str, says: str, facts: dict[str, str]):
    case = _vignette({"id": "own", "description": "own case", "facts": facts, "says": says,
                      "locale": locale, "expected_triage": "self_care",
                      "expected_causes": ["positional_compression"],
                      "source": "nhs_pins_and_needles"}, KB, "own")
    return run_vignette(KB, case)


# -- 27a. "sat on me foot went dead fine now": the numbness passing, no denial ------------------

PRESSURE_THEN_FINE_NOW = [
    ("en-AU", "Sat on me leg. Went dead. Fine now."),
    ("en-GB", "sat on my leg went numb okay now"),
    ("en-US", "I sat on my foot it went to sleep it's all good now"),
    ("en-US", "fell asleep on my arm no my leg, sat on it, pins and needles, ok now"),
    ("en-IN", "sitting cross legged two hours foot became numb now fine"),
    ("en-CA", "um sat on my feet watching tv they went dead uh fine now"),
    ("en-AU", "me daughter sat on her foot it went dead good now"),
    ("en-GB", "legs crossed too long foot went dead alright now"),
    ("en-AU", "been sitting on me leg went to sleep all good now"),
]
# on the base 5b39932: 5 of our 12 variants read the position (these 9 and three not listed);
# after: 9 of 12. The three left ("cross legged at the puja leg went numb fine now", "knelt on
# the floor ages knees went numb normal now", "squatted in the garden a long time my legs went
# tingly better now") read no position at all, before or after: the position's own words, not
# this rule (left).


@pytest.mark.parametrize(("locale", "opening"), PRESSURE_THEN_FINE_NOW)
def test_pressure_numbness_then_fine_now_is_the_position_not_its_denial(
        locale: str, opening: str) -> None:
    history, speech = _opening(locale, opening)
    assert "positional=yes" in history and "positional=no" not in history, history
    assert not warned_first(speech), speech


@pytest.mark.parametrize(("locale", "opening", "reading"), [
    # controls: readings kept
    ("en-GB", "sat on my foot it went dead it's fine now", "positional=yes"),
    ("en-GB", "my bladder is fine now", "bladder_bowel=no"),
    ("en-US", "sat on my foot and my legs gave way", "leg_weakness=yes"),
    ("en-US", "I'm walking fine now", "leg_weakness=no"),
    ("en-IN", "sugar is fine now but feet are burning", "diabetes=no"),
    ("en-GB", "my leg is cold and white", "cold_pale_leg=yes"),
])
def test_fine_now_keeps_its_other_readings(locale: str, opening: str, reading: str) -> None:
    history, _ = _opening(locale, opening)
    assert reading in history, history


def test_a_face_that_drooped_and_is_fine_now_still_warns() -> None:
    history, speech = _opening("en-US", "my face drooped but fine now")
    assert "face_arm_speech=yes" in history and warned_first(speech), (history, speech)


def test_a_dead_foot_said_tersely_that_passed_is_self_care() -> None:
    outcome = _outcome("en-AU", "Sat on me leg. Went dead. Fine now.", {
        "onset": "sudden", "positional": "yes", "back_pain": "no", "leg_weakness": "no",
        "side": "one_leg", "duration": "hours", "getting_worse": "no"})
    assert outcome.triage.value == "self_care", (outcome.triage, outcome.asked)
    assert not outcome.red_flags


# -- 27b. an old injury: asked, not taken as a yes ------------------------------------------------

AN_OLD_INJURY = [
    ("en-US", "I have an old back injury"),
    ("en-GB", "I've got an old back injury and my legs tingle"),
    ("en-IN", "I have old back injury from my college days, now tingling in legs"),
    ("en-CA", "I have an old hockey injury, my left leg tingles"),
    ("en-US", "um so I have a previous back injury and my foot is numb"),
    ("en-GB", "my husband has an old back injury and his feet are numb"),
    ("en-US", "I've had an old work injury to my back for years, my legs are numb"),
    ("en-GB", "it's an old rugby injury I think, my leg goes numb"),
    ("en-US", "I have a long standing back injury"),
]
# on the base 5b39932: 0 of our 12 variants asked (10 read a certain injury, 2 nothing at all);
# after: 9 of 12. Left: "old footy injury in me back, feet have gone numb" and "previous back
# injury, feet tingling lately" reach no intent that reads them (the interaction model's
# fallback, before and after), and "old car accident injury" is taken by the accident carrier.


@pytest.mark.parametrize(("locale", "opening"), AN_OLD_INJURY)
def test_an_old_injury_is_asked_not_taken_as_a_yes(locale: str, opening: str) -> None:
    history, _ = _opening(locale, opening)
    assert "injury=yes" not in history and "injury=no" not in history, history
    assert "injury=unsure" in history, history


def test_an_old_injury_is_asked_at_once() -> None:
    _, speech = _opening("en-US", "I have an old back injury")
    assert "injury to your back or neck" in speech, speech


def test_an_old_injury_then_no_to_the_check_raises_no_spinal_injury() -> None:
    outcome = _outcome("en-GB", "I've got an old back injury and my legs tingle", {
        "onset": "sudden", "injury": "no", "back_pain": "yes", "leg_weakness": "no",
        "side": "both_legs", "duration": "days", "getting_worse": "no"})
    assert "spinal_injury" not in outcome.red_flags, (outcome.red_flags, outcome.asked)


def test_an_old_injury_then_yes_to_the_check_still_warns() -> None:
    outcome = _outcome("en-GB", "I've got an old back injury and my legs tingle", {
        "onset": "sudden", "injury": "yes", "recent": "yes", "back_pain": "yes",
        "side": "both_legs", "duration": "hours"})
    assert "spinal_injury" in outcome.red_flags, (outcome.red_flags, outcome.asked)


@pytest.mark.parametrize(("locale", "opening", "warned"), [
    # controls: an injury said as recent is read as before
    ("en-US", "I hurt my back last week falling off a ladder", False),
    ("en-GB", "fell off a ladder yesterday and hurt my back, legs numb", True),
    ("en-US", "I was in a car accident two days ago and now my legs tingle", True),
    ("en-IN", "I fell down the stairs yesterday, now both legs tingling", True),
    ("en-GB", "I have an old back injury but I fell off a ladder last week", False),
    ("en-CA", "an old man knocked me off my bike yesterday and my leg is numb", True),
    ("en-US", "I injured my back at work on Monday and my leg is tingling", True),
    ("en-GB", "I had a fall on the ice this morning and landed on my back", True),
])
def test_a_recent_injury_is_still_an_injury(locale: str, opening: str, warned: bool) -> None:
    history, speech = _opening(locale, opening)
    assert "injury=yes" in history, history
    assert warned_first(speech) is warned, speech


def test_a_fall_last_week_with_a_sudden_numbness_warns() -> None:
    outcome = _outcome("en-US", "I hurt my back last week falling off a ladder", {
        "onset": "sudden", "injury": "yes", "recent": "yes", "back_pain": "yes",
        "side": "one_leg", "duration": "days"})
    assert "spinal_injury" in outcome.red_flags, (outcome.red_flags, outcome.asked)


# -- 27c. eased by standing still: claudication, not rest pain ------------------------------------

EASED_BY_STANDING_STILL = [
    ("en-GB", "I've smoked for years, my calves cramp walking to the bus and my feet go numb, and "
              "it eases off if I stand still for a minute or two."),
    ("en-US", "my calves hurt when I walk and it eases if I stand still"),
    ("en-AU", "me calves cramp walking up the hill, settles if I stop for a minute"),
    ("en-CA", "um my legs ache walking the dog, it gets better when I stop for a bit"),
    ("en-GB", "my husband's calves cramp on his walk and it eases off once he stands still"),
    ("en-GB", "my legs get crampy walking, better if I stop for a moment"),
    ("en-AU", "the calf pain goes away when I stop for a minute"),
    ("en-US", "I get calf pain walking that eases when I stand still for a few minutes and my "
              "toes go numb"),
    ("en-CA", "my calves cramp when I walk but standing still for a minute helps"),
    ("en-IN", "while walking my calf is paining, when I stand still for two minutes it is going"),
]
# on the base 5b39932: 8 of our 12 variants read no rest pain (4 read it and warned: every one
# said "stand still"); after: 12 of 12


@pytest.mark.parametrize(("locale", "opening"), EASED_BY_STANDING_STILL)
def test_pain_eased_by_standing_still_is_not_rest_pain(locale: str, opening: str) -> None:
    history, speech = _opening(locale, opening)
    assert "rest_pain=yes" not in history, history
    assert "Pain at rest" not in speech, speech


@pytest.mark.parametrize(("locale", "opening"), [
    # controls: pain at rest said in words of its own still warns
    ("en-GB", "my foot hurts even when I'm sitting still"),
    ("en-US", "my foot hurts at rest"),
    ("en-AU", "me foot aches in bed and I hang it over the side"),
    ("en-GB", "my toes burn at night and it eases if I hang my foot out of bed"),
    ("en-US", "the pain in my foot is better if I get up and walk about"),
    ("en-IN", "foot paining at rest also"),
    ("en-US", "my calves hurt when I walk and my foot hurts at rest"),
    ("en-GB", "my foot pain comes on when I sit still"),
    ("en-AU", "the pain stops me sleeping, I have to dangle me leg"),
])
def test_pain_at_rest_still_warns(locale: str, opening: str) -> None:
    history, speech = _opening(locale, opening)
    assert "rest_pain=yes" in history and warned_first(speech), (history, speech)

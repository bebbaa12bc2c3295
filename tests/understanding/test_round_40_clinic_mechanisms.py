"""Round 40 (clinic40): three misreadings that sent the thirty-eighth vignette set's tuning part
to emergency, said in words of our own to the offline simulator (the interaction model
included), across the five locales, with controls (docs/clinical-safety.md 5zzzzm). No
held-back material was read.

40p. A tingle, a shooting or a burning said to travel from one buttock, named by its side, down
the leg is the path of sciatica (NHS sciatica), not numbness of the saddle: no saddle numbness is
read from it, and the saddle question is still asked. Both buttocks, no side, or the seat said
numb in words of its own are read and warned as before.

40q. "Just" as "only" before the leg or the side ("it's just that leg", "just the left one") says
where, not when: the weakness is not read as new from it, and the timing question is asked.
"My leg just gave way" is new as before.

40r. A pace of days kept on ("day by day", "weaker every day", "worse by the day") said with a
length of weeks or more is how a change goes on over that length, not how the numbness came on:
the onset is not read as sudden from it, and the onset question is asked (rule 3). Said with no
such length, or "over a few days", it is sudden as before.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.openings import flags_of, history_of, opened_with, own_case

# -- 40p. from one buttock down the leg is sciatica's path, not the saddle -----------------------

OWN_40P = [
    ("en-GB", "a zinging tingle runs from my left buttock down into my calf when I drive"),
    ("en-AU", "pins and needles from me right bum cheek down the back of me leg"),
    ("en-IN", "tingling is coming from my left buttock down to my foot since ten days"),
    ("en-CA", "burning from my right butt cheek into the back of my thigh after hockey"),
    ("en-US", "an electric tingle from my right buttock down to my heel"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_40P)
def test_one_buttock_down_the_leg_is_no_saddle(locale: str, text: str) -> None:
    screening, speech = opened_with(locale, text)
    assert " saddle_numbness=yes" not in history_of(screening), history_of(screening)
    assert "cauda_equina_saddle" not in flags_of(screening) and not warned_first(speech), speech


def test_the_saddle_is_still_asked_after_one_buttock_down_the_leg() -> None:
    outcome = own_case(
        "en-GB", "I get a prickly tingle from my left buttock down to my ankle when I sit",
        {"onset": "gradual", "shooting_down_leg": "yes", "saddle_numbness": "no",
         "bladder_bowel": "no", "leg_weakness": "no", "back_pain": "no", "injury": "no",
         "side": "one_leg", "duration": "weeks", "getting_worse": "no"},
        "self_care", ["sciatica"], "nhs_sciatica")
    assert "saddle_numbness" in outcome.asked or "cauda_equina_signs" in outcome.asked, \
        outcome.asked


CONTROLS_40P = [
    # both buttocks, no side, the seat said numb in its own words
    ("en-GB", "numbness from my buttocks down both legs"),
    ("en-AU", "tingling from my bum down both legs"),
    ("en-IN", "my left buttock is numb"),
    ("en-CA", "numb around my back passage and a tingle from my right buttock down my leg"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_40P)
def test_the_saddle_said_is_still_read(locale: str, text: str) -> None:
    screening, speech = opened_with(locale, text)
    assert " saddle_numbness=yes" in history_of(screening), history_of(screening)
    assert "cauda_equina_saddle" in flags_of(screening) and warned_first(speech), speech


# -- 40q. "just" before the leg or the side says where, not when ----------------------------------

OWN_40Q = [
    ("en-US", "my left leg has gone weak, just the left one"),
    ("en-GB", "my leg's weaker than it was, just the one leg mind"),
    ("en-AU", "me right leg's gone weak, just that side"),
    ("en-IN", "weakness is there in my left leg, just in that leg"),
    ("en-CA", "my foot slaps when I walk, just my left foot"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_40Q)
def test_just_before_the_leg_is_no_new_weakness(locale: str, text: str) -> None:
    screening, speech = opened_with(locale, text)
    assert " recent=yes" not in history_of(screening), history_of(screening)
    assert "new_leg_weakness" not in flags_of(screening) and not warned_first(speech), speech


CONTROLS_40Q = [
    ("en-US", "my leg just gave way"),
    ("en-GB", "my left leg just went weak, just the left"),
    ("en-AU", "me leg went weak just the other day"),
    ("en-IN", "it's just my right leg that went weak this morning"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_40Q)
def test_a_weakness_said_new_is_still_new(locale: str, text: str) -> None:
    screening, speech = opened_with(locale, text)
    assert " recent=yes" in history_of(screening), history_of(screening)
    assert "new_leg_weakness" in flags_of(screening) and warned_first(speech), speech


# -- 40r. a pace of days kept on over weeks is no sudden onset ------------------------------------

OWN_40R = [
    ("en-GB", "for three weeks my legs have been getting weaker day by day"),
    ("en-IN", "since one month walking is becoming tough day by day"),
    ("en-AU", "been a few weeks now and me legs are worse every day"),
    ("en-US", "for about a month my legs feel weaker every day"),
    ("en-CA", "for the last six weeks my legs get a bit weaker every day"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_40R)
def test_a_pace_kept_on_over_weeks_is_no_sudden_onset(locale: str, text: str) -> None:
    screening, _ = opened_with(locale, text)
    assert " onset=" not in history_of(screening), history_of(screening)
    assert "new_leg_weakness" not in flags_of(screening), flags_of(screening)


CONTROLS_40R = [
    # no length beside it, a few days, or a new change said over the last few days
    ("en-US", "my legs are getting weaker day by day", " onset=sudden"),
    ("en-GB", "over a few days my legs went numb", " onset=sudden"),
    ("en-CA", "for weeks I've had tingling but over the past few days my legs went weak",
     " recent=yes"),
    ("en-AU", "me legs are worse by the day, can hardly walk", " onset=sudden"),
    # a length of days said beside the weeks: the change is that new (rule 3)
    ("en-IN", "pain down my leg for three weeks, since two days my foot is dragging and getting "
              "weaker every day", " onset=sudden"),
]


@pytest.mark.parametrize(("locale", "text", "heard"), CONTROLS_40R)
def test_a_pace_of_days_is_still_sudden(locale: str, text: str, heard: str) -> None:
    screening, _ = opened_with(locale, text)
    assert heard in history_of(screening), history_of(screening)

"""Round 21 (clinic21): the vignettes' tuning misses, by mechanism (docs/clinical-safety.md, 5zr).
In words of our own, said to the offline simulator as Alexa sends them (no commas), through
request envelopes, across the five locales.

21a. A weakness said as getting worse now ("weak and getting worse", "is getting worse") with a
     length of weeks or months in the same clause ("over the past three weeks") is a weakness
     building over weeks: the same breath answers the timing question ("not new in the last few
     days") and whether it has got worse (yes), as "getting weaker over three weeks" already did.
     Before, only the "have been getting" and "getting weaker" forms did; "weak and getting worse
     over the past three weeks" was still asked "did that start in the last few days?".
     Must-warn and must-ask controls beside it: a worsening said with new words (since yesterday)
     is the emergency; a length that dates only the numbness, in another clause, times nothing.

21b. A trip or a stumble said as a habit ("I am tripping over things", "she is stumbling all the
     time now", "he trips a lot") is walking trouble in doubt (asked, never dropped): the doubtful
     pattern that should read it could match nothing (its alternatives were split word by word),
     and set phrases ("trip over things", "trip all the time") hid it from every finding. They
     are now injury idioms only: no fall is read from them, and the weakness is. Must-warn
     controls: a fall said beside them onto the back is the spinal warning at once.
"""

from __future__ import annotations

import pytest

from alexa_simulator import Simulator
from tests.phrasings.runner import warned_first
from tests.understanding.test_words_in_context import say_at


def _opening(locale: str, text: str) -> tuple[str, str]:
    """The reply's speech and the screening's history after `text` is said as the opening."""
    sim = Simulator(locale=locale)
    sim.launch()
    reply = sim.say(text)
    return reply.speech, reply.session_attributes.get("screening", {}).get("history", "")


# -- 21a ------------------------------------------------------------------------------------------

WORSE_OVER_WEEKS = [
    ("en-US", "my legs are weak and getting worse over the past three weeks"),
    ("en-GB", "my left leg is weak and it is getting worse over the last fortnight"),
    ("en-IN", "my legs are becoming weak and it is getting worse since three weeks"),
    ("en-CA", "my feet are numb and my right leg is weak and keeps getting worse over the past "
              "four weeks"),
    ("en-AU", "me legs are weak and getting worse for a couple of weeks now"),
    ("en-US", "my dad's legs are weak and they are getting worse over the past month"),
    ("en-GB", "um my leg's weak and it's been er getting worse over about three weeks"),
    ("en-IN", "walking is difficult and it is getting worse from past two weeks"),
    ("en-AU", "I've got trouble walking and it's getting worse over the last few weeks"),
    ("en-CA", "her legs are weak and getting worse over two months"),
]


@pytest.mark.parametrize(("locale", "opening"), WORSE_OVER_WEEKS)
def test_a_weakness_worse_over_weeks_said_with_its_length_is_timed(locale: str,
                                                                  opening: str) -> None:
    speech, history = _opening(locale, opening)
    assert "recent=no" in history, (speech, history)
    assert "in the last few days?" not in speech, speech


@pytest.mark.parametrize(("locale", "answer"), [
    ("en-US", "yes my legs are weak and getting worse over the past three weeks"),
    ("en-GB", "yes the leg is weak and it is getting worse over the last three weeks"),
    ("en-AU", "yeah me legs are weak and they're getting worse over a few weeks"),
])
def test_the_same_said_at_the_grouped_question(locale: str, answer: str) -> None:
    speech, answers, _ = say_at("cauda_equina_signs", answer, locale)
    assert answers.get("recent") == "no", (speech, answers)


@pytest.mark.parametrize(("locale", "opening"), [
    # the worsening dated new: the emergency, warned at once
    ("en-US", "my legs are weak and getting worse since yesterday"),
    ("en-GB", "my legs are weak and getting worse over the last two days"),
    ("en-IN", "my legs are weak and it is getting worse from this morning"),
])
def test_a_worsening_dated_new_is_still_warned(locale: str, opening: str) -> None:
    speech, history = _opening(locale, opening)
    assert warned_first(speech), (speech, history)
    assert "recent=no" not in history, history


@pytest.mark.parametrize(("locale", "opening"), [
    # the length said of the numbness in another clause: the worsening's timing is still asked
    ("en-US", "my feet have been numb for months and my legs are getting worse"),
    ("en-AU", "me feet have tingled for three weeks and now me legs are weak and getting worse"),
    ("en-CA", "my feet went numb over two weeks and my legs are weak and getting worse"),
    # a time of days said beside the weeks: the last few days are asked about
    ("en-GB", "my legs are weak and getting worse over three weeks and the last two days I can "
              "barely stand"),
    ("en-US", "my leg is weak and getting worse for weeks and really bad the past three days"),
])
def test_a_length_of_another_clause_does_not_time_the_worsening(locale: str,
                                                                opening: str) -> None:
    speech, history = _opening(locale, opening)
    assert "recent=no" not in history, (speech, history)


# -- 21b ------------------------------------------------------------------------------------------

TRIPPING_AS_A_HABIT = [
    ("en-US", "I am tripping over things"),
    ("en-GB", "she is stumbling all the time now"),
    ("en-AU", "he trips a lot these days"),
    ("en-IN", "my mother is stumbling often"),
    ("en-CA", "I trip over nothing lately"),
    ("en-US", "um I'm always tripping"),
    ("en-GB", "my husband stumbles all the time"),
    ("en-IN", "I am tripping very easily"),
    ("en-AU", "I keep tripping over things"),
    ("en-CA", "she trips over things all the time"),
]


@pytest.mark.parametrize(("locale", "answer"), TRIPPING_AS_A_HABIT)
def test_tripping_as_a_habit_is_walking_trouble_in_doubt(locale: str, answer: str) -> None:
    speech, answers, flags = say_at("cauda_equina_signs", answer, locale)
    assert answers.get("leg_weakness") in ("yes", "unsure"), (speech, answers)
    assert "didn't catch" not in speech, speech
    assert "spinal_injury" not in flags, flags
    assert answers.get("injury") != "yes", answers


@pytest.mark.parametrize(("locale", "opening"), [
    ("en-US", "my feet are numb and I am tripping over things"),
    ("en-GB", "my feet are numb and she is stumbling all the time"),
    ("en-IN", "my feet are numb and I trip a lot"),
])
def test_tripping_as_a_habit_in_an_opening_reads_the_walking(locale: str, opening: str) -> None:
    speech, history = _opening(locale, opening)
    assert "leg_weakness=" in history, (speech, history)
    assert "injury=yes" not in history, history


@pytest.mark.parametrize(("locale", "opening"), [
    # a fall said beside the habit: the spinal warning at once
    ("en-US", "I trip over things a lot and this morning I fell down the stairs onto my back and "
              "my legs went numb"),
    ("en-GB", "she stumbles all the time and today she fell and landed on her back and now her "
              "legs are numb"),
    ("en-AU", "I'm tripping over things and an hour ago I fell off the ladder onto me back and me "
              "legs are numb"),
])
def test_a_fall_beside_the_habit_is_still_warned(locale: str, opening: str) -> None:
    speech, history = _opening(locale, opening)
    assert warned_first(speech), (speech, history)

"""Round 20 (clinic20): the vignettes' tuning misses, by mechanism (docs/clinical-safety.md, 5zo).
In words of our own, said to the offline simulator as Alexa sends them (no commas), through
request envelopes, across the five locales.

20a. The date of a foot wound *found* ("tonight I found blood on my sock", "this morning I
     noticed a cut on my toe") was read as how fast the numbness came on, so the numbness was
     recorded as sudden (a clause naming only a wound, with of the numbness's words only a part
     of the body, "toe", was taken as the numbness's own; "and tonight" opened no clause). Beside a
     walking aid or a weakness heard with doubt, a sudden onset is the new-weakness emergency
     (the eighteenth set's type 1 case: urgent expected, emergency given). The wound is new; the
     numbness is not dated by it.
     Now the wound's clause dates the wound only; the onset is asked. Must-warn controls beside
     it: a numbness or weakness said in the clause that holds the new words is sudden and warned.
"""

from __future__ import annotations

import pytest

from alexa_simulator import Simulator
from tests.phrasings.runner import warned_first


def _opening(locale: str, text: str) -> tuple[str, str]:
    """The reply's speech and the screening's history after `text` is said as the opening."""
    sim = Simulator(locale=locale)
    sim.launch()
    reply = sim.say(text)
    return reply.speech, reply.session_attributes.get("screening", {}).get("history", "")


WOUND_FOUND_TODAY = [
    ("en-US", "I use a cane because my feet are numb and tonight I found a cut on my toe"),
    ("en-GB", "I walk with a stick as my feet are numb and this morning I noticed blood on my sock "
              "from a sore on my toe"),
    ("en-IN", "I am using a walking stick because my feet are numb and today I saw a wound on my "
              "big toe"),
    ("en-CA", "my feet are numb so I use a cane and this morning I found a cut on my toe"),
    ("en-AU", "I use a walker cos me feet are numb and tonight I found blood on me sock"),
]


@pytest.mark.parametrize(("locale", "opening"), WOUND_FOUND_TODAY)
def test_the_date_a_wound_was_found_does_not_make_the_numbness_sudden(locale: str,
                                                                       opening: str) -> None:
    _, history = _opening(locale, opening)
    assert "foot_wound=yes" in history, history
    assert "onset=sudden" not in history, history


@pytest.mark.parametrize(("locale", "opening"), [
    # the weakness or numbness itself said in the clause with the new words: sudden, warned
    ("en-US", "I use a cane because my feet are numb and tonight my legs suddenly gave way"),
    ("en-AU", "I use a walker and since this morning my legs are weak and I found a blister on me "
              "heel"),
    ("en-GB", "I walk with a stick and this morning both my legs gave way and I found a cut on my "
              "toe"),
    ("en-IN", "I am using a walking stick and from today my legs are not holding me and there is a "
              "wound on my toe"),
    ("en-CA", "I get around with a cane and tonight my legs suddenly went weak and I found a sore "
              "on my heel"),
])
def test_a_weakness_said_with_the_new_words_is_still_warned_at_once(locale: str,
                                                                    opening: str) -> None:
    speech, history = _opening(locale, opening)
    assert warned_first(speech), (speech, history)


@pytest.mark.parametrize(("locale", "opening"), [
    # the numbness said sudden in the clause with the new words: sudden stays recorded
    ("en-GB", "I walk with a stick and tonight my feet suddenly went numb and I found a cut on my "
              "toe"),
    ("en-US", "my feet went numb all of a sudden this morning and I found a cut on my toe"),
])
def test_a_numbness_said_sudden_beside_a_wound_stays_sudden(locale: str, opening: str) -> None:
    _, history = _opening(locale, opening)
    assert "onset=sudden" in history, history


@pytest.mark.parametrize(("locale", "opening"), [
    # the walking aid of years and the numb feet with a wound found today: the diabetic foot
    # wound's same-day warning, never the new-weakness emergency before the onset is asked
    ("en-GB", "I've had type 1 diabetes for twenty years and I use a stick because my feet are "
              "numb and tonight I found a cut on my toe I never felt"),
    ("en-US", "I'm a diabetic and I get around with a cane since my feet went numb years ago and "
              "this morning I found blood on my sock from a sore on my toe"),
])
def test_a_wound_found_today_beside_an_old_aid_is_not_the_new_weakness_emergency(
        locale: str, opening: str) -> None:
    speech, history = _opening(locale, opening)
    assert "onset=sudden" not in history, history
    assert "New weakness in the legs" not in speech, speech


@pytest.mark.parametrize(("locale", "opening"), [
    # a wound and a numbness in one clause with the new words: the numbness is still dated
    ("en-GB", "since this morning my toe is numb and there is a cut on it"),
    ("en-IN", "from today my foot is numb and I found a wound on my toe"),
])
def test_a_numbness_said_with_the_new_words_beside_a_wound_keeps_its_date(locale: str,
                                                                          opening: str) -> None:
    _, history = _opening(locale, opening)
    assert "onset=sudden" in history or "duration=hours" in history, history


# -- 20b: a trip said as a habit, or a shoe that falls off, is walking trouble, never an injury ----
# "I keep tripping on the steps because I can't feel my feet", "my slipper keeps falling off":
# how a numb foot or a foot drop shows (the weakness is read, as before), not a fall onto the
# back. Read as an injury, with a sudden or recent onset they raised the spinal injury warning
# (the eighteenth set's chemotherapy and sciatica cases).

TRIPS_AS_A_HABIT = [
    ("en-AU", "me feet are numb and this week I keep tripping on the back steps"),
    ("en-US", "my feet are numb and I keep tripping on the stairs"),
    ("en-IN", "my foot is numb and from two days my chappal keeps falling off when I walk"),
    ("en-GB", "my foot's gone numb and my slipper keeps coming off and I keep tripping up"),
    ("en-CA", "my toes are numb and my sandal keeps slipping off and I keep tripping on the rug"),
]


@pytest.mark.parametrize(("locale", "opening"), TRIPS_AS_A_HABIT)
def test_a_trip_as_a_habit_or_a_shoe_falling_off_is_no_injury(locale: str, opening: str) -> None:
    _, history = _opening(locale, opening)
    assert "injury=yes" not in history and "injury=unsure" not in history, history


@pytest.mark.parametrize(("locale", "opening"), [
    # a fall onto the back said beside it: the spinal injury warning at once (must warn)
    ("en-GB", "I keep tripping on the stairs and this morning I fell down them onto my back and "
              "my legs are numb"),
    ("en-US", "my slipper fell off and I slipped down the steps and landed on my back an hour ago "
              "and now my legs are tingling"),
    ("en-AU", "I tripped on the back steps this morning and landed hard on me back and both me "
              "legs are numb"),
    ("en-IN", "I keep stumbling and today I fell from the stairs on my back and my legs are "
              "numb"),
    ("en-CA", "my boot came off and I fell on the ice onto my back ten minutes ago and my legs "
              "feel numb"),
    ("en-GB", "I was tripping down the stairs and fell onto my back this morning and my legs are "
              "numb"),
])
def test_a_fall_onto_the_back_beside_a_trip_is_still_the_spinal_injury(locale: str,
                                                                       opening: str) -> None:
    speech, history = _opening(locale, opening)
    assert warned_first(speech), (speech, history)
    assert "injury=yes" in history

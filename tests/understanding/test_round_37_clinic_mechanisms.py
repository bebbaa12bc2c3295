"""Round 37 (clinic37): pain said not to ease before a tight cast, a twitch that is not the urge
to move, "just" as "only" in what is usual, and climbing stairs that is not numbness climbing,
in the thirty-fifth vignette set's tuning part. Said in words of our own to the offline
simulator (the interaction model included), across the five locales, with controls
(docs/clinical-safety.md 5zzzzd). No held-back material was read.

37p. Pain said not to ease, settle, let up or help ("raising it doesn't ease it the cast is far
too tight") is a course said: its "not" no longer denies the tight cast told after it, which
Alexa sends with no comma between (NHS compartment syndrome: an emergency).

37q. Legs or calves said only to twitch or jerk while awake are no longer the urge to move of
restless legs, which would lift the routine floor for numbness lasting weeks (NHS peripheral
neuropathy: twitching; NHS restless legs syndrome: the urge defines it).

37r. "Just" in what is usual ("normally it's just an ache after walking") dates nothing: weeks
said for the change time it, and a weakness built over weeks is not new in the last few days.

37s. Going up stairs, steps or a hill is where the legs tire, not numbness climbing the legs.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.test_words_in_context import say_at

OPENING = "onset"

# -- 37p. pain not easing, then a tight cast told in the same breath ----------------------------

OWN_37P = [
    ("en-GB", "raising it doesn't ease it the cast is far too tight and my toes are numb"),
    ("en-AU", "the pain won't settle the plaster is digging into my shin"),
    ("en-US", "the painkillers are not helping the splint is squeezing my calf"),
    ("en-IN", "pain is not easing off even after tablets the bandage is far too tight"),
    ("en-CA", "it just won't let up my cast feels too tight on my leg"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_37P)
def test_pain_not_easing_does_not_deny_the_tight_cast(locale: str, text: str) -> None:
    speech, answers, flags = say_at(OPENING, text, locale)
    assert answers.get("compartment") == "yes", (answers, speech)
    assert "compartment_syndrome" in flags and warned_first(speech), (flags, speech)


CONTROLS_37P = [
    # the cast or swelling denied in its own words stays denied
    ("en-GB", "the pain does not ease but there is no cast or bandage on it"),
    ("en-US", "it doesn't settle at night, my leg is not swollen"),
    ("en-AU", "nothing helps the tingling, no cast and nothing tight"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_37P)
def test_a_cast_denied_after_pain_not_easing_stays_denied(locale: str, text: str) -> None:
    speech, answers, flags = say_at(OPENING, text, locale)
    assert answers.get("compartment") != "yes", (answers, speech)
    assert "compartment_syndrome" not in flags, (flags, speech)


# -- 37q. a twitch alone is not the urge to move ---------------------------------------------------

OWN_37Q = [
    ("en-GB", "my calves twitch now and then and my soles burn"),
    ("en-AU", "the muscles in my legs keep twitching, feet tingly for months"),
    ("en-US", "my thighs twitch a lot and my feet are numb"),
    ("en-IN", "my legs are twitching and there is burning in both feet"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_37Q)
def test_a_twitch_alone_is_not_the_urge_to_move(locale: str, text: str) -> None:
    speech, answers, _ = say_at(OPENING, text, locale)
    assert answers.get("urge_to_move") != "yes", (answers, speech)


CONTROLS_37Q = [
    # the urge said, or kicking in one's sleep, is still restless legs
    ("en-GB", "my legs kick in my sleep and my wife complains"),
    ("en-US", "I get this urge to move my legs every evening"),
    ("en-CA", "my legs are twitchy and fidgety at night"),
    ("en-AU", "I have to get up and walk about, my legs won't settle"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_37Q)
def test_the_urge_itself_is_still_restless_legs(locale: str, text: str) -> None:
    speech, answers, _ = say_at(OPENING, text, locale)
    assert answers.get("urge_to_move") == "yes", (answers, speech)


# -- 37r. "just" in what is usual dates nothing ----------------------------------------------------

OWN_37R = [
    # a story told first: a leading "usually" would be taken by the model's "usually {speech}"
    # carrier before the reader sees it (left, docs 5zzzzd)
    ("en-GB", "I have had a bad back for years, normally it's just an ache after a long walk, "
              "but for the last month my left leg has been getting weaker"),
    ("en-US", "my back has been bad a long time and usually it's just stiff but over the past "
              "four weeks my right leg has been getting weaker"),
    ("en-AU", "I've got arthritis in my spine, usually it is just a dull ache, but these last "
              "six weeks my leg has been getting weaker"),
    ("en-CA", "I've got a bad back, normally its just tired legs but for about five weeks my "
              "left leg has been getting weaker"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_37R)
def test_just_in_what_is_usual_is_no_new_start(locale: str, text: str) -> None:
    speech, answers, flags = say_at(OPENING, text, locale)
    assert answers.get("recent") != "yes", (answers, speech)
    assert "new_leg_weakness" not in flags, (flags, speech)


CONTROLS_37R = [
    # new words of the weakness itself still time it new (rule 3)
    ("en-GB", "usually it's just an ache but my leg just gave way this morning"),
    ("en-US", "my leg just gave out on me"),
    ("en-AU", "I have a bad back, usually it's just sore, since yesterday my leg has gone weak"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_37R)
def test_a_weakness_said_new_is_still_new(locale: str, text: str) -> None:
    speech, answers, flags = say_at(OPENING, text, locale)
    assert "new_leg_weakness" in flags and warned_first(speech), (flags, answers, speech)


# -- 37s. going up stairs is not numbness climbing -------------------------------------------------

OWN_37S = [
    ("en-GB", "my thighs ache and feel weak going up the stairs, feet tingly for months"),
    ("en-US", "my legs are heavy climbing up the steps and my toes tingle"),
    ("en-AU", "I get weak walking up a hill and my feet have pins and needles"),
    ("en-IN", "legs are paining and weak while going up the staircase, feet tingling"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_37S)
def test_going_up_stairs_is_not_numbness_climbing(locale: str, text: str) -> None:
    speech, answers, flags = say_at(OPENING, text, locale)
    assert answers.get("spreading_up") != "yes", (answers, speech)
    assert "ascending_numbness" not in flags, (flags, speech)


CONTROLS_37S = [
    # the numbness itself going up is still read (NHS Guillain-Barre syndrome)
    ("en-GB", "the numbness is going up my legs, I can barely get up the stairs"),
    ("en-US", "the tingling has crept up to my knees"),
    ("en-CA", "it started in my toes and now it's going up past my knees"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_37S)
def test_numbness_going_up_is_still_read(locale: str, text: str) -> None:
    speech, answers, _ = say_at(OPENING, text, locale)
    assert answers.get("spreading_up") in ("yes", "unsure"), (answers, speech)

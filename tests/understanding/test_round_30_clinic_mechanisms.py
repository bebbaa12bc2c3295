"""Round 30 (clinic30): readings found in the vignettes' tuning parts (the twenty-eighth set's
over-triages and the twenty-seventh set's leftover), said in words of our own to the offline
simulator as the opening of a screening (the interaction model included), across the five
locales, with controls that must keep their reading (docs/clinical-safety.md 5zzy). No held-back
material was read.

30a. What did not happen, read as if it had: a near fall ("I almost fell", "nearly fell over")
     was a fall in doubt or a fall (the spinal-injury warning at once), and a leg folded under
     to sit said of one leg ("with one leg folded under me") was a leg that folded under the
     person (the new-weakness emergency). A near fall is no fall (the injury question is asked
     in its turn); one leg folded to sit is the posture, as the legs folded to sit were.
30b. A time said of something else: the sleep a complaint leaves ("only getting a few hours'
     sleep") was read as a length and onset of hours; "every night ..." reached the skill as
     "nights ..." (the carrier's meaning), read as a length of days; "since I had the twins" (an
     event said as had) dated a leak new. None of them is how long or how fast the complaint
     came; the timing of the leak is asked (rule 3).
30c. An old walking aid or limp said as unchanged ("she's used a frame for years, she's no worse
     on her feet than usual", "a walker for years, no different today", "I've limped for years,
     that's nothing new") was read as a weakness in doubt, newly (the "no worse" as a worsening,
     the "today" of "no different today" as new): the aid is now checked as an aid said as it
     is (the weeks question), as "a walker for years" alone always was.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.openings import flags_of, history_of, opened_with, own_case

# -- 30a. a near fall, one leg folded to sit --------------------------------------------------

NEAR_FALLS = [
    ("en-US", "my left foot was totally asleep when I stood up and I almost fell"),
    ("en-GB", "my right leg had gone to sleep and I nearly fell over getting off the sofa"),
    ("en-AU", "me foot was dead after sitting on it and I nearly went down"),
    ("en-IN", "my foot was numb after sitting cross legged and I almost fell"),
    ("en-CA", "my leg was pins and needles when I got out of the truck and I almost fell over"),
    ("en-GB", "my foot had gone dead on the train and I very nearly fell on the platform"),
    ("en-US", "I got up from the couch with my foot asleep and practically fell"),
    ("en-AU", "my leg went to sleep on the dunny and I nearly toppled over"),
    ("en-IN", "after the long puja my feet were tingling and I nearly fell down"),
    ("en-CA", "my foot fell asleep at my desk and I almost fell when I got up"),
]
# on the base 2d6a488: 2 of these 10 passed (8 read a fall, in doubt or as a yes)


@pytest.mark.parametrize(("locale", "opening"), NEAR_FALLS)
def test_a_near_fall_is_no_fall(locale: str, opening: str) -> None:
    screening, speech = opened_with(locale, opening)
    history = history_of(screening)
    assert " injury=yes" not in history and " injury=unsure" not in history, history
    assert not warned_first(speech), (speech, history)


ONE_LEG_FOLDED = [
    ("en-IN", "I sat for ten hours on a hard chair with one leg folded under me and my thigh "
              "tingles"),
    ("en-GB", "I was sitting with one leg tucked under me all evening and now my foot's fizzing"),
    ("en-US", "I sat on the floor with a leg folded under me for the whole movie and my foot "
              "is numb"),
    ("en-AU", "sat on the couch with one leg tucked under me and me foot's gone all tingly"),
    ("en-CA", "I watched the game with one leg folded under me and my calf is tingling"),
    ("en-IN", "in the temple I sat with one leg folded under me, now my foot is numb"),
    ("en-GB", "I'd been sitting with one leg crossed under me and the outside of my foot is numb"),
    ("en-US", "I read for hours with one leg tucked under me and now my toes are tingling"),
    ("en-AU", "been sitting with a leg folded under me at the desk and me shin's gone numb"),
    ("en-CA", "I did my exam with one leg tucked under me and my foot went numb"),
]
# on the base 2d6a488: 7 of these 10 passed (3 read a leg that folded under the person: a
# weakness, with its warning)


@pytest.mark.parametrize(("locale", "opening"), ONE_LEG_FOLDED)
def test_one_leg_folded_to_sit_is_a_posture(locale: str, opening: str) -> None:
    screening, speech = opened_with(locale, opening)
    history = history_of(screening)
    assert " leg_weakness=yes" not in history, history
    assert "new_leg_weakness" not in flags_of(screening), history
    assert not warned_first(speech), (speech, history)


FALLS_KEPT = [
    # (locale, opening, finding read, warned at once)
    ("en-GB", "I fell down the stairs and my leg is numb", " injury=yes", False),
    ("en-US", "I slipped on the ice and fell on my back and now my legs tingle", " injury=yes",
     False),
    ("en-AU", "me legs gave way and I nearly fell", " leg_weakness=yes", False),
    ("en-IN", "my leg folded under me and I fell", " leg_weakness=yes", False),
    ("en-CA", "I almost fell, then I did fall off the ladder onto my back", " injury=yes", False),
    ("en-US", "my legs suddenly gave way this morning and I nearly fell", " leg_weakness=yes",
     True),
]


@pytest.mark.parametrize(("locale", "opening", "read", "warned"), FALLS_KEPT)
def test_a_fall_or_a_collapse_is_read_as_before(locale: str, opening: str, read: str,
                                                warned: bool) -> None:
    screening, speech = opened_with(locale, opening)
    history = history_of(screening)
    assert read in history, history
    if warned:
        assert warned_first(speech), (speech, history)


# -- 30b. a time said of sleep or of nights; "since I had" ------------------------------------

SLEEP_AND_NIGHTS = [
    ("en-GB", "my legs have fizzed at night for months and I'm only getting a few hours' sleep"),
    ("en-US", "my legs feel creepy at night and I only get a few hours of sleep"),
    ("en-AU", "me legs won't keep still in bed, I'm lucky to get four hours sleep"),
    ("en-IN", "my legs are restless in the night and I sleep only three hours"),
    ("en-CA", "my legs jump around in bed and I slept maybe two hours"),
    ("en-GB", "every night when I lie down my legs start crawling and I have to get up"),
    ("en-US", "every night my legs get this crawly feeling and I have to walk it off"),
    ("en-AU", "most nights me legs go all fizzy and I have to get up and walk"),
    ("en-IN", "every night my legs are having crawling feeling, I have to walk"),
    ("en-CA", "every night in bed my legs get this creepy feeling and I have to move them"),
]
# on the base 2d6a488: 0 of these 10 passed (each read a length of hours or days, with a
# sudden onset)


@pytest.mark.parametrize(("locale", "opening"), SLEEP_AND_NIGHTS)
def test_sleep_or_nights_is_no_length_and_no_onset(locale: str, opening: str) -> None:
    screening, _ = opened_with(locale, opening)
    history = history_of(screening)
    assert " duration=hours" not in history and " duration=days" not in history, history
    assert " onset=sudden" not in history, history


SINCE_I_HAD = [
    ("en-GB", "I've always had numb toes, and I've leaked a bit since I had my second baby"),
    ("en-GB", "I've always had numb toes and I leak a bit since I had the twins"),
    ("en-US", "I've always had tingly feet and a small leak since I had my hysterectomy"),
    ("en-AU", "I've always had crook feet and I leak a bit since I had the kids"),
    ("en-IN", "I have always had burning feet and small urine leak since I had my operation"),
    ("en-CA", "I've always had cold toes and a little leak since I had my c section"),
    ("en-US", "my feet have always tingled and I've dribbled since I had my prostate surgery"),
    ("en-GB", "I've always had pins and needles in my feet and a leak since we had the twins"),
    ("en-AU", "I've always had numb feet and a bit of a leak since I had me op"),
    ("en-IN", "always I am having tingling feet, and leak on coughing since I had my delivery"),
]
# on the base 2d6a488: 8 of these 10 passed (the other 2 dated the leak new: the emergency at
# once)


@pytest.mark.parametrize(("locale", "opening"), SINCE_I_HAD)
def test_since_i_had_an_event_is_no_change_now(locale: str, opening: str) -> None:
    screening, speech = opened_with(locale, opening)
    history = history_of(screening)
    assert not warned_first(speech), (speech, history)
    assert " recent=yes" not in history, history


TIMES_KEPT = [
    # (locale, opening, read, warned at once)
    ("en-GB", "my leg went numb a few hours ago", " duration=hours", False),
    ("en-US", "both my legs went weak suddenly a few hours ago", "", True),
    ("en-AU", "I can't control me bladder since last night and me legs are numb", "", True),
    ("en-GB", "I've always had numb feet and since my operation last week I can't hold my wee",
     "", True),
    ("en-IN", "since two days I am not able to pass urine and my legs are numb", "", True),
    ("en-US", "I've always had numb toes and since I had my operation last week I can't hold "
              "my pee", "", True),
    ("en-CA", "for two weeks my feet have tingled every night", " duration=weeks", False),
]


@pytest.mark.parametrize(("locale", "opening", "read", "warned"), TIMES_KEPT)
def test_a_time_of_the_complaint_is_read_as_before(locale: str, opening: str, read: str,
                                                   warned: bool) -> None:
    screening, speech = opened_with(locale, opening)
    history = history_of(screening)
    assert read in history, history
    assert warned_first(speech) is warned, (speech, history)


# -- 30c. an old aid or limp said unchanged -----------------------------------------------------

AID_UNCHANGED = [
    ("en-GB", "my mum's leg has gone numb. She's used a frame for years, she's no worse on her "
              "feet than usual"),
    ("en-AU", "Dad's left leg went dead in the recliner. He's used a walker for years, no "
              "different today"),
    ("en-CA", "my right leg was pins and needles after driving. I've limped for years with a bad "
              "knee, that's nothing new"),
    ("en-US", "my foot's been numb since lunch. I've walked with a cane for years, it's no "
              "worse"),
    ("en-IN", "my left foot is tingling. I am using walker since many years, it is no worse"),
    ("en-GB", "my toes are numb. I've walked with a stick for years and I'm no worse today"),
    ("en-AU", "me feet tingle. I've limped since I was a kid, nothing new there"),
    ("en-US", "my grandma's foot is numb. She's used a walker for years, she's no different "
              "today"),
    ("en-CA", "my calf is tingly. I've used a frame for years and I'm not any weaker"),
    ("en-IN", "my father's leg is numb. He is using a stick for years, he is no worse today"),
]
# on the base 2d6a488: 2 of these 10 passed (8 read a weakness in doubt, asked as new)


@pytest.mark.parametrize(("locale", "opening"), AID_UNCHANGED)
def test_an_old_aid_said_unchanged_is_no_new_weakness(locale: str, opening: str) -> None:
    screening, speech = opened_with(locale, opening)
    history = history_of(screening)
    assert " leg_weakness=yes" not in history and " leg_weakness=unsure" not in history, history
    assert not flags_of(screening), history
    assert not warned_first(speech), (speech, history)


AID_CHANGED_KEPT = [
    # an aid said worse or new: a weakness, in doubt at least, as before (rule 3)
    ("en-GB", "my leg is numb. I've walked with a stick for years and it's worse lately"),
    ("en-US", "my leg is numb. I've had a walker for years but today I can't stand"),
    ("en-AU", "me leg's numb, I've used a frame for years but me legs are much weaker this week"),
    ("en-IN", "my leg is numb, I am using walker since many years but now my legs are giving "
              "way"),
]


@pytest.mark.parametrize(("locale", "opening"), AID_CHANGED_KEPT)
def test_an_aid_said_worse_is_asked_or_warned(locale: str, opening: str) -> None:
    screening, speech = opened_with(locale, opening)
    history = history_of(screening)
    assert (" leg_weakness=yes" in history or " leg_weakness=unsure" in history
            or warned_first(speech)), (speech, history)


# -- whole conversations, as the vignette runner holds them ------------------------------------

def _outcome(locale: str, says: str, facts: dict[str, str], expected: str, causes: list[str]):
    return own_case(locale, says, facts, expected, causes, "nhs_pins_and_needles")


def test_a_dead_leg_from_sitting_beside_an_old_walker_is_self_care() -> None:
    outcome = _outcome(
        "en-AU", "Mum sat on her leg watching telly all arvo and it went dead, we walked her "
                 "round and it came good. She's used a walker for years, no different today.",
        {"onset": "sudden", "positional": "yes", "leg_weakness": "yes", "recent": "no",
         "weakness_worse": "no", "back_pain": "no", "injury": "no", "side": "one_leg",
         "duration": "hours", "getting_worse": "no"}, "self_care", ["positional_compression"])
    assert outcome.triage.value == "self_care", (outcome.triage, outcome.red_flags)


def test_the_same_with_the_leg_newly_weak_is_the_emergency() -> None:
    outcome = _outcome(
        "en-AU", "Mum sat on her leg watching telly all arvo and it went dead, and now she can't "
                 "stand on it at all. She's used a walker for years.",
        {"onset": "sudden", "positional": "yes", "leg_weakness": "yes", "recent": "yes",
         "weakness_worse": "yes", "back_pain": "no", "injury": "no", "side": "one_leg",
         "duration": "hours", "getting_worse": "yes"}, "emergency", ["positional_compression"])
    assert outcome.triage.value == "emergency", (outcome.triage, outcome.red_flags)

"""Round 24 (clinic24): the twenty-second set's tuning over-triages, by mechanism
(docs/clinical-safety.md, 5zza). In words of our own, said to the offline simulator as Alexa sends
them (no commas), through request envelopes, across the five locales.

24a. A leg weakness said plainly and dated old in its own words ("my legs have been weak for
     years", "weak from childhood", "I'm in a wheelchair so my legs are weak anyway"), beside a
     numbness dated new in another clause ("since Sunday my thigh has been burning"): the
     numbness's new words timed the weakness, recorded as new (the emergency), where a limp, an
     aid or "always weak" said the same way was checked with its own timing in weeks (5s). Now
     the plain weakness is checked the same way: "Has your walking or the weakness got worse, or
     changed at all, in the last few weeks?"; a yes or "not sure" is the new weakness at once.
     Controls: a weakness said new, worse, or in the new clause keeps the emergency.

24b. An age said as "<number> <unit> old" ("I'm seventy years old", "my baby's five weeks old",
     "my 70 year old mum") was read as the longest length said: the numbness's hours or days
     became months or weeks (in either direction of urgency). An age is now no length.
     Controls: a length of the numbness said as its age ("it's about two weeks old"), a
     pregnancy's weeks and plain lengths keep their reading.
"""

from __future__ import annotations

import re

import pytest

from alexa_simulator import Simulator
from tests.phrasings.runner import warned_first


def _said(locale: str, *texts: str) -> tuple[str, str]:
    """The last reply's speech and the screening's history after `texts`, the first said as the
    opening."""
    sim = Simulator(locale=locale)
    sim.launch()
    speech = ""
    for text in texts:
        speech = sim.say(text).speech
    return speech, sim.session_attributes.get("screening", {}).get("history", "")


_CHECK = "walking or the weakness got worse"

# -- 24a ------------------------------------------------------------------------------------------

OLD_WEAKNESS_BESIDE_NEW_NUMBNESS = [
    ("en-GB", "I've had MS for years and I use a wheelchair so my legs are weak anyway since "
              "Sunday my left thigh has been burning"),
    ("en-US", "my legs have been weak for years from polio and since yesterday my right foot has "
              "been tingling"),
    ("en-AU", "I've had a weak left leg since I was a kid and this morning me right shin went "
              "numb"),
    ("en-CA", "my mom's legs have always been weak and since Monday her feet have been tingling"),
    ("en-IN", "my right leg is weak from childhood and since two days my left thigh is tingling"),
    ("en-GB", "he's used a wheelchair for ten years his legs are weak anyway and since Friday his "
              "hip has been burning"),
    ("en-US", "I've had weak legs for ages from my MS and today I noticed a tingling patch on my "
              "thigh"),
    ("en-AU", "my legs have been weak for years and for the last two days my feet have been numb"),
    ("en-CA", "I've had a weak ankle for years and yesterday the outside of my thigh went numb"),
    ("en-IN", "my father's legs are weak since many years and since yesterday his toes are "
              "tingling"),
    ("en-GB", "I'm in a wheelchair most of the time so my legs are weak anyway since Sunday I've "
              "had a burning band round my left thigh"),
]
# before: 2 of these 11 were checked (the limp-like "always been weak" and the unread "weak
# ankle"); 9 recorded new weakness, the emergency; after: 11 of 11 checked, none warned.


@pytest.mark.parametrize(("locale", "opening"), OLD_WEAKNESS_BESIDE_NEW_NUMBNESS)
def test_an_old_weakness_beside_a_new_numbness_is_checked_not_taken_new(locale: str,
                                                                      opening: str) -> None:
    speech, history = _said(locale, opening)
    assert not warned_first(speech), (speech, history)
    assert "recent=yes" not in history and "leg_weakness=yes" not in history, history
    assert _CHECK in speech, speech


@pytest.mark.parametrize(("locale", "answer", "warned"), [
    ("en-GB", "yes", True), ("en-US", "not sure", True), ("en-AU", "no", False),
])
def test_the_check_of_an_old_weakness_decides_it(locale: str, answer: str, warned: bool) -> None:
    """A yes or "not sure" to the check is the new weakness, warned at once (rule 3); a no
    records the weakness as long-standing and no worse, and the screening goes on."""
    speech, history = _said(locale, "my legs have been weak for years and for the last two days "
                                    "my feet have been numb", answer)
    assert warned_first(speech) is warned, (speech, history)


@pytest.mark.parametrize(("locale", "opening"), [
    # controls: a weakness said new, worse, or in the clause the new words date keeps its
    # emergency at once
    ("en-GB", "my legs have been weak for years and since Sunday they've got much weaker"),
    ("en-US", "I've had MS for years and since Sunday my legs are weak and numb"),
    ("en-CA", "my legs were fine until yesterday and now they are weak"),
    ("en-AU", "I've used a walker for years and since yesterday my legs keep giving way"),
    ("en-IN", "my back is paining for years and since this morning my leg is weak"),
    ("en-US", "I've had a weak leg for years anyway since yesterday it's much weaker and my foot "
              "drags"),
    ("en-GB", "my legs are weak anyway and since Sunday I can't stand up at all"),
    ("en-US", "my legs have been weak since Sunday and my thigh is burning"),
])
def test_a_weakness_said_new_or_worse_still_warns_at_once(locale: str, opening: str) -> None:
    speech, history = _said(locale, opening)
    assert warned_first(speech), (speech, history)


# -- 24b ------------------------------------------------------------------------------------------

AGES = [
    # (locale, opening, the numbness's length read, or "" when it says none)
    ("en-GB", "my baby's five weeks old and my leg goes dead when I feed her at night", ""),
    ("en-US", "I'm seventy years old and since this morning my left leg has been numb", "hours"),
    ("en-US", "my seventy year old mom has had numb feet since this morning", "hours"),
    ("en-IN", "I am 45 years old my feet have tingled for two days", "days"),
    ("en-AU", "me little one is six months old and for the past two days me feet have been "
              "tingling", "days"),
    ("en-CA", "my eighty five year old dad's feet went numb yesterday", ""),
    ("en-GB", "I'm sixty two years old and my right thigh has been numb for a week", "weeks"),
    ("en-US", "my son is fifteen years old and his feet have been tingling since last night",
     "hours"),
    ("en-IN", "my mother is 78 years old and since two days her toes are numb", "days"),
    ("en-AU", "I'm a fifty year old bloke and me foot's been numb since lunchtime", "hours"),
    ("en-CA", "my twelve week old baby keeps me up and my leg goes numb while I rock her", ""),
    ("en-GB", "my daughter is nineteen years old and her feet have been burning for three days",
     "days"),
]
# before: 1 of these 12 (the twelve-week-old baby) kept the numbness's own length; 11 took the
# age (months, or weeks for a baby); after: 12 of 12.


def _length(history: str) -> str:
    found = re.search(r"duration=(\w+)", history)
    return found.group(1) if found else ""


@pytest.mark.parametrize(("locale", "opening", "length"), AGES)
def test_an_age_is_no_length(locale: str, opening: str, length: str) -> None:
    speech, history = _said(locale, opening)
    assert _length(history) == length, (speech, history)


@pytest.mark.parametrize(("locale", "opening", "length"), [
    # controls: lengths of the numbness, a pregnancy's weeks, a complaint's own age
    ("en-US", "my feet have been numb for two weeks", "weeks"),
    ("en-GB", "my feet have tingled for three years", "months"),
    ("en-CA", "the numbness is three weeks old", "weeks"),
    ("en-AU", "it's about two weeks old", "weeks"),
    ("en-IN", "I'm thirty weeks pregnant and for the last two days my feet are tingling", "days"),
])
def test_a_length_of_the_numbness_keeps_its_reading(locale: str, opening: str,
                                                    length: str) -> None:
    speech, history = _said(locale, opening)
    assert _length(history) == length, (speech, history)


def test_an_age_never_hides_a_new_numbness_behind_an_old_cancer() -> None:
    """24b's other direction: an age taken as months hid a numbness of hours (on the base this
    was months and no warning); now the hours time it, so a new numbness after cancer is the
    emergency it is (red_flags.yaml numbness_after_cancer: hours or days)."""
    speech, history = _said("en-GB", "I'm seventy years old and I had chemo for breast cancer and "
                                     "since this morning both my legs are numb")
    assert "duration=hours" in history and warned_first(speech), (speech, history)

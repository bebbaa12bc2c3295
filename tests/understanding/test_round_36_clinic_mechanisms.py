"""Round 36 (clinic36): drinking water said by its source, a heavy metal named unasked, "just"
as "only" before an ordinary bad spell, and a known spinal stenosis unchanged, in the
thirty-fourth vignette set's tuning part. Said in words of our own to the offline simulator (the
interaction model included), across the five locales, with controls (docs/clinical-safety.md
5zzzz). No held-back material was read.

36k. Drinking from a well, a pump, a spring or a tap is drinking water, never alcohol.

36l. A heavy metal named as something the person is around (arsenic at all; lead or mercury
only with what carries it: paint, pipes, solder, a smelter; sanding old paint) answers the metal
question; a test for it, a source said free of it, and "lead to" do not.

36m. "Just" as "only" before an ordinary bad spell ("just a rough patch", "just having a bad
few days") dates nothing: the timing question is asked, not skipped to the emergency; a weakness
said new ("my legs just gave way") is still warned at once.

36n (a known stenosis unchanged as home care) was tried and withdrawn: it under-triaged known
stenosis cases expected routine in the fifth and twentieth sets (docs 5zzzz).
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.openings import flags_of, history_of, opened_with

# -- 36k. drinking water said by its source is not alcohol --------------------------------------

OWN_36K = [
    ("en-IN", "Our whole mohalla drinks from the hand pump and my feet burn at night"),
    ("en-GB", "We drank out of the spring on the farm for years and now my feet tingle"),
    ("en-US", "We drink well water out in the county and my toes are numb"),
    ("en-AU", "We drink from the rain tank on the property and my feet have gone numb"),
    ("en-CA", "We drink straight from the lake at the cottage and my feet tingle"),
]


@pytest.mark.parametrize(("locale", "opening"), OWN_36K)
def test_drinking_water_by_its_source_is_not_alcohol(locale: str, opening: str) -> None:
    state, speech = opened_with(locale, opening)
    assert " alcohol=" not in history_of(state), (history_of(state), speech)


CONTROLS_36K = [
    ("en-GB", "I drink most nights and my feet are numb"),
    ("en-US", "I drink a bottle of wine a day and my feet tingle"),
    ("en-AU", "I drink a lot, mate, and my feet are numb"),
]


@pytest.mark.parametrize(("locale", "opening"), CONTROLS_36K)
def test_drinking_alcohol_is_still_read(locale: str, opening: str) -> None:
    state, speech = opened_with(locale, opening)
    assert " alcohol=yes" in history_of(state), (history_of(state), speech)


# -- 36l. a heavy metal named unasked ----------------------------------------------------------

OWN_36L = [
    ("en-GB", "The council found arsenic in our borehole and my feet are burning"),
    ("en-US", "I've been sanding old paint off the porch all summer and my feet tingle"),
    ("en-AU", "I work at the lead smelter and my feet have gone numb"),
    ("en-IN", "Our well water is full of arsenic and my feet are numb"),
    ("en-CA", "I use lead solder every day at work and my toes tingle"),
]


@pytest.mark.parametrize(("locale", "opening"), OWN_36L)
def test_a_heavy_metal_named_answers_the_metal_question(locale: str, opening: str) -> None:
    state, speech = opened_with(locale, opening)
    assert " metal_exposure=yes" in history_of(state), (history_of(state), speech)


CONTROLS_36L = [
    ("en-GB", "They tested our water for arsenic and it came back clear, my feet are numb"),
    ("en-US", "My doctor said it can lead to problems, my feet are numb"),
    ("en-IN", "Our water is arsenic free, my feet are numb"),
    ("en-AU", "I lead a busy life and my feet have gone numb"),
]


@pytest.mark.parametrize(("locale", "opening"), CONTROLS_36L)
def test_a_test_or_lead_to_is_no_exposure(locale: str, opening: str) -> None:
    state, speech = opened_with(locale, opening)
    assert " metal_exposure=yes" not in history_of(state), (history_of(state), speech)


# -- 36m. "just" as "only" before an ordinary bad spell ----------------------------------------

OWN_36M = [
    ("en-GB", "I've had stenosis for years, my legs get weak if I walk far, nothing new, "
              "just a rough patch with the damp"),
    ("en-AU", "For years my legs have gone weak on long walks, like always, I am just having "
              "a bad spell"),
    ("en-US", "My legs get weak walking long distances like always, it's just been a tough week"),
    ("en-IN", "For many years my legs become weak on walking, same as always, just having "
              "one of those bad days"),
]


@pytest.mark.parametrize(("locale", "opening"), OWN_36M)
def test_an_ordinary_bad_spell_leaves_the_timing_question(locale: str, opening: str) -> None:
    state, speech = opened_with(locale, opening)
    assert " recent=yes" not in history_of(state) and not flags_of(state), (
        history_of(state), flags_of(state), speech)


CONTROLS_36M = [
    ("en-GB", "I've had stenosis for years but this morning my legs just gave way"),
    ("en-US", "My legs just went weak an hour ago"),
    ("en-AU", "Just this week both my legs have gone weak"),
]


@pytest.mark.parametrize(("locale", "opening"), CONTROLS_36M)
def test_a_weakness_said_new_is_still_warned_first(locale: str, opening: str) -> None:
    state, speech = opened_with(locale, opening)
    assert "new_leg_weakness" in flags_of(state) and warned_first(speech), (
        history_of(state), flags_of(state), speech)

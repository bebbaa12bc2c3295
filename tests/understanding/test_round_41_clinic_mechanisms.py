"""Round 41 (clinic41): three misreadings that sent the thirty-ninth vignette set's tuning part
to emergency, said in words of our own to the offline simulator (the interaction model
included), across the five locales, with controls (docs/clinical-safety.md 5zzzzp). No
held-back material was read.

41p. Toes or fingers that go white or blue when it is cold, or white then blue then red, are the
colour change of Raynaud's brought on by the cold (NHS Raynaud's), not a leg gone cold and pale:
no cold pale leg is read from it, and the question is asked if a flag needs it. A foot gone
white and cold this morning, or a leg gone pale and cold, is read and warned as before.

41q. Skin said tight and shiny of the fingers, the hands or the face (the skin change NHS
Raynaud's names as a sign of a secondary cause) is not a leg tight in a cast: no compartment
syndrome is read from it. A calf, a shin or a leg in a cast said tight and shiny or swollen is
read and warned as before.

41r. A voice gone hoarse, croaky, husky or raspy is not by itself trouble breathing, swallowing
or speaking: it is a mention, confirmed in one short question, never taken as the sign. A voice
gone weak, faint or nasal, or a swallow said hard, is read and warned as before.

(Ids 41s to 41u were not used.)
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.openings import flags_of, history_of, opened_with

# -- 41p. toes gone white or blue in the cold are Raynaud's, not a cold pale leg -----------------

OWN_41P = [
    ("en-GB", "when it's cold my toes go white then blue, then red and tingly as they warm up"),
    ("en-US", "my toes turn white and numb in the cold"),
    ("en-AU", "me toes go white and tingly whenever it's cold out"),
    ("en-IN", "whenever it is cold my toes are going white and numb"),
    ("en-CA", "my toes turn white and then blue when I'm out in the cold"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_41P)
def test_toes_white_in_the_cold_are_no_cold_pale_leg(locale: str, text: str) -> None:
    screening, speech = opened_with(locale, text)
    assert " cold_pale_leg=yes" not in history_of(screening), history_of(screening)
    assert "limb_ischaemia" not in flags_of(screening) and not warned_first(speech), speech


CONTROLS_41P = [
    ("en-US", "my foot went white and cold this morning"),
    ("en-GB", "my left foot has suddenly turned white and it's ice cold"),
    ("en-AU", "me leg's gone pale and cold since lunch"),
    ("en-IN", "since morning my toes turned blue and cold"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_41P)
def test_a_leg_gone_cold_and_pale_is_still_read(locale: str, text: str) -> None:
    screening, speech = opened_with(locale, text)
    assert " cold_pale_leg=yes" in history_of(screening), history_of(screening)
    assert "limb_ischaemia" in flags_of(screening) and warned_first(speech), speech


# -- 41q. tight, shiny skin of the fingers is no leg tight in a cast ------------------------------

OWN_41Q = [
    ("en-AU", "my fingers get tight and shiny skin"),
    ("en-GB", "the skin on my hands has gone tight and shiny"),
    ("en-US", "my fingers are tight and shiny in the mornings"),
    ("en-IN", "skin of my fingers is tight and shiny since some months"),
    ("en-CA", "my face and fingers feel tight and shiny"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_41Q)
def test_tight_shiny_fingers_are_no_compartment(locale: str, text: str) -> None:
    screening, speech = opened_with(locale, text)
    assert " compartment=yes" not in history_of(screening), history_of(screening)
    assert "compartment_syndrome" not in flags_of(screening) and not warned_first(speech), speech


CONTROLS_41Q = [
    ("en-GB", "my calf is tight and shiny since the cast went on"),
    ("en-US", "my leg is swollen and tight in the cast"),
    ("en-AU", "me shin's gone tight and shiny after the knock at footy"),
    ("en-CA", "my cast is way too tight"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_41Q)
def test_a_tight_leg_is_still_read(locale: str, text: str) -> None:
    screening, speech = opened_with(locale, text)
    assert " compartment=yes" in history_of(screening), history_of(screening)
    assert "compartment_syndrome" in flags_of(screening) and warned_first(speech), speech


# -- 41r. a hoarse or croaky voice is a mention, confirmed, never the sign ------------------------

OWN_41R = [
    ("en-AU", "me feet tingle and the missus reckons my voice has gone croaky"),
    ("en-GB", "tingly feet for months and my voice is hoarse"),
    ("en-US", "my feet are numb and my voice has gone raspy"),
    ("en-IN", "numbness in my feet and my voice is hoarse since some weeks"),
    ("en-CA", "my legs tingle and my voice has gone husky"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_41R)
def test_a_croaky_voice_is_no_trouble_speaking(locale: str, text: str) -> None:
    screening, speech = opened_with(locale, text)
    assert " breathing_swallowing=yes" not in history_of(screening), history_of(screening)
    assert "breathing_swallowing" not in flags_of(screening) and not warned_first(speech), speech


CONTROLS_41R = [
    ("en-US", "my legs are numb and my voice has gone weak"),
    ("en-GB", "my legs are tingling and I can hardly swallow"),
    ("en-AU", "me legs are numb and me voice has gone all nasal"),
    ("en-IN", "legs are numb and my voice has gone faint"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_41R)
def test_a_weak_voice_is_still_the_sign(locale: str, text: str) -> None:
    screening, speech = opened_with(locale, text)
    assert " breathing_swallowing=yes" in history_of(screening), history_of(screening)
    assert "breathing_swallowing" in flags_of(screening) and warned_first(speech), speech

"""Review8 leads, played through the skill as Alexa sends it, by construction: the review's
sentences and wordings of our own, written before the code changed.

- R1: breathlessness said in a panic beside numbness rising to the chest or legs giving way is
  Guillain-Barre's picture: warned at once (rule 3), never a "Just to check" a "no" could end.
  Controls: a panic's own tingling lips, jelly legs and gasping are still only confirmed.
"""

from __future__ import annotations

import pytest

from alexa_simulator import Simulator
from tests.alexa.test_free_speech import every_flag

WARNING = "Warning."
NUMBER = {"en-US": "9 1 1", "en-CA": "9 1 1", "en-GB": "9 9 9", "en-AU": "triple zero",
          "en-IN": "1 1 2"}


def opening(locale: str, text: str):
    sim = Simulator(locale=locale)
    sim.launch()
    return sim, sim.say(text)


@pytest.mark.parametrize(("locale", "text"), [
    # the review's sentences
    ("en-CA", "I'm having a panic attack, I can't catch my breath, and the numbness has gone up "
              "to my chest"),
    ("en-US", "I'm panicking, I can't catch my breath, the numbness is up to my chest"),
    # our own wordings: rising numbness, or legs giving way, beside breathlessness in a panic
    ("en-US", "I'm having a panic attack, I can't catch my breath, and the numbness has gone up "
              "to my chest"),
    ("en-GB", "I'm in a panic and gasping, the tingling has crept up past my belly button"),
    ("en-AU", "panic attack, I'm short of breath and the numbness keeps moving up my body"),
    ("en-IN", "I am panicking, I am not able to catch my breath and the numbness has come up "
              "to my chest"),
    ("en-US", "I'm having a panic attack, I'm out of breath and my legs won't hold me up"),
    ("en-CA", "I'm panicking, I can't get my breath and my legs have gone floppy"),
])
def test_breathlessness_in_a_panic_beside_rising_numbness_or_weak_legs_is_warned_at_once(
        locale: str, text: str) -> None:
    _, reply = opening(locale, text)
    assert reply.speech.startswith(WARNING) and NUMBER[locale] in reply.speech, reply.speech
    assert "breathing_swallowing" in every_flag(reply), text


@pytest.mark.parametrize(("locale", "text"), [
    ("en-CA", "I'm having a panic attack, my lips are tingling and I'm gasping"),
    ("en-US", "I'm panicking, I can't catch my breath and my fingers are tingling"),
    ("en-GB", "I'm panicking and breathless, my fingers tingle and my legs feel like jelly"),
])
def test_a_panics_own_gasping_tingling_and_jelly_legs_are_still_only_confirmed(
        locale: str, text: str) -> None:
    _, reply = opening(locale, text)
    assert not reply.speech.startswith(WARNING), reply.speech
    assert reply.speech.startswith("Just to check"), reply.speech

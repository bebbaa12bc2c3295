"""How far the numbness reaches, and when it moved (review7 R5, N4), said to the offline
simulator at a real point of a screening (request envelopes in, replies and state out).

Rules, written before the reader was changed: two extents said at two times ("up to my ankles
yesterday, up to my hips today") is movement; a change word or "started in ... and it's up to
..." is movement, at any point, the first answer too; a high extent (thighs, hips, groin, belly,
waist in both legs) is a finding at once, whatever the movement. Only a low or middle extent said
bare ("like socks, up to my ankles") is confirmed rather than warned. The review's sentences
first, then wordings of our own in five locales' idioms, then the controls.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.test_words_in_context import say_at

SPREADING = "ascending_numbness"


@pytest.mark.parametrize(("context", "text", "locale"), [
    # review7 R5, as found
    ("onset", "it was up to my ankles yesterday and it's up to my hips today", "en-AU"),
    ("onset", "it started in my toes and it's up to my thighs", "en-US"),
    ("onset", "it started in my feet and it's up to my knees now", "en-US"),
    ("side", "both, my legs are numb up to my waist", "en-CA"),
    ("onset", "my legs are numb up to my waist", "en-CA"),
    ("onset", "since yesterday it's up to my knees", "en-GB"),
    ("onset", "this morning it was my toes, now it's my whole legs up to the hips", "en-GB"),
    ("onset", "the numbness was at my ankles on Monday, it's at my knees today", "en-GB"),
    ("onset", "it's got as far as my hips", "en-GB"),
    # our own wordings, five locales
    ("side", "both, it was only up to my socks last week and now it's past my knees", "en-GB"),
    ("side", "both, it's up to me hips now", "en-AU"),
    ("side", "both legs, numbness is there till my waist", "en-IN"),
    ("side", "both legs, it has come up till my knees since morning", "en-IN"),
    ("side", "both, I'm numb from the waist down", "en-US"),
    ("side", "both, this morning it was just my feet, now it's up to my belly button", "en-US"),
    ("side", "both, it was at my ankles last night and it's at my knees this morning", "en-CA"),
    ("side", "both, it was up to my ankles yesterday and it's up to my hips today", "en-GB"),
])
def test_movement_or_a_high_extent_is_warned_at_once(context: str, text: str,
                                                     locale: str) -> None:
    speech, _, flags = say_at(context, text, locale)
    assert SPREADING in flags and warned_first(speech), speech


@pytest.mark.parametrize("text", [
    "both feet and up to my ankles",
    "both, like socks, up to my ankles",
    "both feet, up to the ankles, for years now",
    "both, from my toes up to my shins",
    "both of them, up to mid calf",
    "both, numb from the feet up",
])
def test_a_low_extent_said_bare_is_not_warned(text: str) -> None:
    speech, _, flags = say_at("side", text)
    assert SPREADING not in flags and not warned_first(speech), speech


@pytest.mark.parametrize("text", [
    "no, the only thing creeping up is my gas bill",
    "no, the only thing climbing is the electricity bill",
])
def test_a_figure_of_speech_about_a_thing_still_answers_no(text: str) -> None:
    speech, answers, flags = say_at("spreading_up", text)
    assert answers.get("spreading_up") == "no" and not flags, speech


@pytest.mark.parametrize(("text", "flag"), [
    ("no, the only thing slurred is my speech", "stroke_signs"),
    ("no, the only thing I'm slurring is my words", "stroke_signs"),
    ("no, the only thing numb is my bottom", "cauda_equina_saddle"),
])
def test_the_only_thing_said_of_a_sign_of_the_body_is_a_finding(text: str, flag: str) -> None:
    """review7 N4: speech, words and the bottom are the body for "the only X is <what>"."""
    speech, _, flags = say_at("onset", text)
    assert flag in flags and warned_first(speech), speech

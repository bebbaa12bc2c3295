"""Round 35 (phr35): idioms, control requests, information requests and denials in batch 38's
tuning half. A figure of feeling said with a body word ("broke his neck laughing", "my face
fell when I saw it", "I get cold feet before a big day") was read as an injury or a cold leg
and warned; a moment asked for with "us" ("give us a minute") or a pace complained of in an
idiom ("you're talking a mile a minute") had its "minute" read as a time; "what's the deal
with {a cause}" asked how it is treated; and a filler said first ("meh, ...") fell to the
fallback, its "mild" pain no answer. Said in words of our own to the offline simulator (the
interaction model included), across the five locales, with controls (docs/clinical-safety.md
5zzzu). No held-back material was read.

35m. A figure of feeling said with a body word is no injury and no cold leg, and weight said by
its unit going up ("the kilos have crept up") is no numbness climbing; a fall said beside it, a
leg that has gone cold and white, or numbness that has crept up, is read and warned as before.

35n. "Give us a sec/minute" is the pause, as "give me a minute"; "a mile a minute" or "nineteen
to the dozen" said of the speaking is the request to go slower, never a pace of onset.

35o. "What's the deal/story/lowdown with {a cause}" asks about the cause, not its treatment.

35p. "Meh" said first is a filler (the rest is read); pain said mild, bearable or "more annoying
than anything" is no to the severe-pain question.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.phrasings.runner import _canonical_speech, screening, warned_first
from tests.understanding.test_words_in_context import CONTEXTS, say_at


def same_as_intent(context: str, locale: str, text: str, intent: str,
                   slots: dict[str, Any] | None = None) -> tuple[bool, str, str]:
    """Whether `text` said at `context` gets the reply `intent` gets there, and both replies."""
    sim = CONTEXTS.open(locale, context)
    reply = sim.say(text)
    state = screening(sim)
    other = CONTEXTS.open(locale, context)
    wanted = other.intent(intent, dict(slots or {}))
    wanted_state = screening(other)
    same = (_canonical_speech(wanted.speech) in _canonical_speech(reply.speech)
            and (wanted_state.history, wanted_state.current) == (state.history, state.current))
    return same, reply.speech, wanted.speech


# -- 35m. a figure of feeling said with a body word ----------------------------------------------

OWN_35M = [
    ("injury", "en-GB", "no, nothing like that, my brother nearly broke his neck laughing at me"),
    ("injury", "en-AU", "nah, no injuries, the kids reckon they broke their necks laughing"),
    ("injury", "en-IN", "no, no injury, only my heart fell when I heard the news"),
    ("injury", "en-CA", "no, nothing happened, my face just fell when the repair quote came in"),
    ("injury", "en-US", "no, the only thing that fell was my heart when the scan got cancelled"),
    ("cold_pale_leg", "en-GB",
     "no, I only get cold feet about flying, my legs are a normal colour"),
    ("cold_pale_leg", "en-AU",
     "nah, I got cold feet before the wedding, that's all, legs are warm"),
    ("cold_pale_leg", "en-IN", "no, I get cold feet before exams only, the legs are warm"),
    ("cold_pale_leg", "en-CA", "no, my husband gets cold feet before every trip, my legs are fine"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_35M)
def test_a_figure_of_feeling_is_no_sign(context: str, locale: str, text: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(context) == "no" and not flags and not warned_first(speech), (
        answers, flags, speech)


CONTROLS_35M = [
    ("injury", "en-GB", "yes, I nearly broke my neck when I fell off the ladder yesterday",
     "spinal_injury"),
    ("injury", "en-US", "yes, I fell down the stairs last night and my face hit the banister",
     "spinal_injury"),
    ("cold_pale_leg", "en-GB", "yes, my left foot has gone cold and white since this morning",
     "limb_ischaemia"),
    ("cold_pale_leg", "en-AU", "yes, I get cold feet and the left one has gone white and won't "
     "warm up", "limb_ischaemia"),
    ("face_arm_speech", "en-GB", "yes, her face fell to one side when she was talking",
     "stroke_signs"),
]


@pytest.mark.parametrize(("context", "locale", "text", "flag"), CONTROLS_35M)
def test_a_real_sign_beside_a_figure_is_still_warned(context: str, locale: str, text: str,
                                                     flag: str) -> None:
    speech, _, flags = say_at(context, text, locale)
    assert flag in flags and warned_first(speech), (flags, speech)


OWN_35M_WEIGHT = [
    ("fever", "en-IN", "no fever, and if anything the kilos have crept up since Diwali"),
    ("fever", "en-GB", "no temperature, the pounds keep piling up since I stopped smoking"),
    ("fever", "en-AU", "nah, no fever, the kilos went up over winter"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_35M_WEIGHT)
def test_weight_said_by_its_unit_going_up_is_no_numbness_climbing(context: str, locale: str,
                                                                  text: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(context) == "no" and not flags and not warned_first(speech), (
        answers, flags, speech)


def test_numbness_climbing_beside_a_no_is_still_warned() -> None:
    speech, _, flags = say_at(
        "fever", "no fever, but the numbness has crept up to my knees in both legs this week",
        "en-GB")
    assert "ascending_numbness" in flags and warned_first(speech), (flags, speech)


# -- 35n. a moment or a pace asked for in everyday words ------------------------------------------

OWN_35N = [
    ("kidney", "en-GB", "hang about, give us a sec, the kettle's boiling", "AMAZON.PauseIntent"),
    ("onset", "en-AU", "hold up, give us a moment, somebody's at the door", "AMAZON.PauseIntent"),
    ("side", "en-GB", "wait a tick, give us a minute, the phone's going", "AMAZON.PauseIntent"),
    # ("give us one minute" is left: "one minute" first is how suddenness is told)
    ("back_pain", "en-IN", "hold on, give us a minute, someone is calling",
     "AMAZON.PauseIntent"),
    ("onset", "en-US", "geez, you talk a mile a minute", "SpeakSlowerIntent"),
    ("side", "en-GB", "blimey, you're going nineteen to the dozen", "SpeakSlowerIntent"),
    ("duration", "en-AU", "you're talking ten to the dozen, love", "SpeakSlowerIntent"),
    ("injury", "en-IN", "you are speaking a mile a minute", "SpeakSlowerIntent"),
]


@pytest.mark.parametrize(("context", "locale", "text", "intent"), OWN_35N)
def test_a_moment_or_a_pace_asked_for_is_the_request(context: str, locale: str, text: str,
                                                     intent: str) -> None:
    same, speech, wanted = same_as_intent(context, locale, text, intent)
    assert same, (speech, wanted)


def test_within_a_minute_is_still_the_onset() -> None:
    _, answers, _ = say_at("onset", "all of a sudden, within a minute", "en-GB")
    assert answers.get("onset") == "sudden", answers


def test_a_leg_gone_cold_beside_a_moment_asked_is_warned_first() -> None:
    speech, _, flags = say_at(
        "kidney", "give us a sec, my leg has gone cold and white since this morning", "en-GB")
    assert "limb_ischaemia" in flags and warned_first(speech), (flags, speech)


# -- 35o. "what's the deal with" a cause asks about it --------------------------------------

OWN_35O = [
    ("en-GB", "what's the story with sciatica", "sciatica"),
    ("en-AU", "what's the lowdown on B12 deficiency", "b12_deficiency"),
    ("en-US", "what's the deal with diabetic neuropathy", "diabetic_neuropathy"),
    ("en-CA", "so what's the story with spinal stenosis", "spinal_stenosis"),
]


@pytest.mark.parametrize(("locale", "text", "condition"), OWN_35O)
def test_the_deal_with_a_cause_asks_about_it(locale: str, text: str, condition: str) -> None:
    same, speech, wanted = same_as_intent("causes_offered", locale, text, "CauseInfoIntent",
                                          {"condition": condition})
    assert same, (speech, wanted)


def test_how_to_deal_with_a_cause_is_still_its_treatment() -> None:
    same, speech, wanted = same_as_intent("causes_offered", "en-GB",
                                          "how do you deal with sciatica", "TreatmentIntent",
                                          {"condition": "sciatica"})
    assert same, (speech, wanted)


# -- 35p. a filler said first, and pain said mild ---------------------------------------------

# Pain said mild alone was taken back at the merge: with it a held-back denial (held back 13,
# five locales) raised a false flag. Said with "bearable", "manageable" or "annoying" it is a no.
_MILD_TAKEN_BACK = "pain said mild alone: taken back at the merge (a held-back false flag)"

OWN_35P = [
    pytest.param("severe_pain", "en-US", "meh, it's mild, more of a nuisance than anything",
                 marks=pytest.mark.xfail(strict=True, reason=_MILD_TAKEN_BACK)),
    ("severe_pain", "en-GB", "it's only a mild ache, quite bearable"),
    ("severe_pain", "en-AU", "nah, the pain's mild, just annoying"),
    ("severe_pain", "en-CA", "the pain is manageable, more irritating than anything"),
    pytest.param("severe_pain", "en-IN", "pain is mild only, more irritating than painful",
                 marks=pytest.mark.xfail(strict=True, reason=_MILD_TAKEN_BACK)),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_35P)
def test_pain_said_mild_is_no_severe_pain(context: str, locale: str, text: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(context) == "no" and not flags and not warned_first(speech), (
        answers, flags, speech)


def test_meh_said_first_leaves_the_pace_read() -> None:
    _, answers, _ = say_at("onset", "meh, slowly, over a few months I'd say", "en-GB")
    assert answers.get("onset") == "gradual", answers


CONTROLS_35P = [
    ("severe_pain", "en-GB", "it started mild but now it's unbearable"),
    ("severe_pain", "en-US", "the pain is unbearable, I can't do anything"),
]


@pytest.mark.parametrize(("context", "locale", "text"), CONTROLS_35P)
def test_pain_that_is_not_mild_is_not_denied(context: str, locale: str, text: str) -> None:
    _, answers, _ = say_at(context, text, locale)
    assert answers.get(context) != "no", answers


def test_meh_then_a_red_flag_is_warned_first() -> None:
    speech, _, flags = say_at(
        "kidney", "meh, my leg has gone cold and white since this morning", "en-AU")
    assert "limb_ischaemia" in flags and warned_first(speech), (flags, speech)

"""Round 36 (phr36): a cancel said in everyday words, a length said as "must be", a day said
with its possessive, a cause asked about in looser words, a drinking habit told by the working
day, a place said before "it hasn't moved", and a fall alarm that went off by mistake, in batch
39's tuning half. Said in words of our own to the offline simulator (the interaction model
included), across the five locales, with controls (docs/clinical-safety.md 5zzzx). No held-back
material was read.

36a. "Cancel that, forget what I said": taking back what one said is a cancel.

36b. "Must be a month now, give or take" is a length said with a guess; "since Friday's
match" is dated by its day, as "since Friday" is.

36c. A cause named and asked about loosely ("sciatica, what does that really mean", "what is
this B12 deficiency, explain please", "could you tell me a little about restless legs") is
that cause's information, once the screening is done.

36d. A drink after every shift is drinking most days; "only my toes, it hasn't moved" is the
numbness staying put, no leg that cannot move.

36e. A fall alarm, watch or pendant that went off by mistake, or that was only dropped, is no
fall; a fall told beside the device ("my watch called my son when I fell") is still a fall.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import _canonical_speech, warned_first
from tests.understanding.test_words_in_context import CONTEXTS, say_at


def _same_as_intent(context: str, text: str, locale: str, intent: str,
                    slots: dict[str, str] | None = None) -> tuple[str, str]:
    """The reply to `text` said at `context`, and the reply to `intent` there, both canonical."""
    reply = CONTEXTS.open(locale, context).say(text).speech
    wanted = CONTEXTS.open(locale, context).intent(intent, dict(slots or {})).speech
    return _canonical_speech(reply), _canonical_speech(wanted)


# -- 36a. taking back what one said is a cancel ---------------------------------------------------

OWN_36A = [
    ("duration", "en-GB", "cancel that, forget what I said"),
    ("side", "en-AU", "oh cancel it, forget I said anything"),
    ("onset", "en-US", "cancel, forget I asked"),
    ("duration", "en-CA", "forget what I said, cancel"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_36A)
def test_taking_back_what_was_said_is_a_cancel(context: str, locale: str, text: str) -> None:
    reply, wanted = _same_as_intent(context, text, locale, "AMAZON.CancelIntent")
    assert wanted in reply, (reply, wanted)


CONTROLS_36A = [
    # a sign said after the cancel is still warned first (rule 1)
    ("duration", "en-GB", "cancel that, forget what I said, my leg has gone cold and white",
     "cold_pale_leg"),
]


@pytest.mark.parametrize(("context", "locale", "text", "sign"), CONTROLS_36A)
def test_a_sign_after_taking_back_is_still_read(context: str, locale: str, text: str,
                                                sign: str) -> None:
    speech, answers, _ = say_at(context, text, locale)
    assert answers.get(sign) == "yes", (answers, speech)


# -- 36b. a length said with a guess, a day said with its possessive -----------------------------

OWN_36B = [
    ("en-GB", "must be a couple of months now, give or take", "months"),
    ("en-AU", "must be about five days, near enough", "days"),
    ("en-US", "it must be two weeks now", "weeks"),
    ("en-CA", "since Friday's hockey game", "days"),
    ("en-US", "since Saturday's match", "days"),
    ("en-GB", "ever since Monday's shift", "days"),
]


@pytest.mark.parametrize(("locale", "text", "bucket"), OWN_36B)
def test_a_length_said_loosely_is_read(locale: str, text: str, bucket: str) -> None:
    speech, answers, flags = say_at("duration", text, locale)
    assert answers.get("duration") == bucket and not flags, (answers, speech)


CONTROLS_36B = [
    ("en-GB", "since Friday", "days"),
    ("en-US", "three weeks, near enough", "weeks"),
]


@pytest.mark.parametrize(("locale", "text", "bucket"), CONTROLS_36B)
def test_a_length_said_plainly_is_unchanged(locale: str, text: str, bucket: str) -> None:
    _, answers, _ = say_at("duration", text, locale)
    assert answers.get("duration") == bucket, answers


# -- 36c. a cause asked about loosely is that cause's information --------------------------------

OWN_36C = [
    ("en-GB", "sciatica, what does that really mean", "sciatica"),
    ("en-US", "restless legs, what does that actually mean", "restless_legs"),
    ("en-IN", "what is this B12 deficiency, explain please", "b12_deficiency"),
    ("en-AU", "could you tell me a little about restless legs", "restless_legs"),
    ("en-CA", "can you tell me a bit about sciatica", "sciatica"),
    ("en-GB", "what is this spinal stenosis, please explain", "spinal_stenosis"),
    # the review's leftover: diabetes said as "sugar" in the cause's name
    ("en-IN", "tell me about numbness from sugar", "diabetic_neuropathy"),
    ("en-GB", "what is sugar nerve damage", "diabetic_neuropathy"),
]


@pytest.mark.parametrize(("locale", "text", "condition"), OWN_36C)
def test_a_cause_asked_loosely_is_its_information(locale: str, text: str,
                                                  condition: str) -> None:
    reply, wanted = _same_as_intent("causes_offered", text, locale, "CauseInfoIntent",
                                    {"condition": condition})
    assert wanted in reply, (reply, wanted)


CONTROLS_36C = [
    # asking what a word of a screening question means is still help with that question
    ("diabetes", "en-GB", "what does that mean"),
    ("side", "en-US", "I'm confused, what do you mean"),
]


@pytest.mark.parametrize(("context", "locale", "text"), CONTROLS_36C)
def test_help_in_the_screening_is_still_help(context: str, locale: str, text: str) -> None:
    reply, wanted = _same_as_intent(context, text, locale, "AMAZON.HelpIntent")
    assert wanted in reply, (reply, wanted)


# -- 36d. a drink after every shift; the numbness that stays put ---------------------------------

OWN_36D = [
    ("alcohol", "en-GB", "a couple of pints after every shift", "yes"),
    ("alcohol", "en-AU", "a few stubbies after work every day, more on the weekend", "yes"),
    ("alcohol", "en-US", "a few beers after each shift", "yes"),
    ("alcohol", "en-CA", "two or three beers after work most days", "yes"),
    ("spreading_up", "en-GB", "no, only my toes, it hasn't moved", "no"),
    ("spreading_up", "en-AU", "nah, still just the feet, it hasn't moved at all", "no"),
    ("spreading_up", "en-US", "no, just in my feet, it has not spread", "no"),
    ("spreading_up", "en-IN", "no, only the soles, it has not moved", "no"),
]


@pytest.mark.parametrize(("context", "locale", "text", "expected"), OWN_36D)
def test_a_habit_or_a_place_is_read(context: str, locale: str, text: str,
                                    expected: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(context) == expected and not flags, (answers, flags, speech)


CONTROLS_36D = [
    # a leg that will not move is weakness (its timing then asked, or warned first)
    ("spreading_up", "en-GB", "no, but my left leg, it won't move"),
    ("spreading_up", "en-US", "my legs haven't moved since this morning"),
]


@pytest.mark.parametrize(("context", "locale", "text"), CONTROLS_36D)
def test_a_leg_that_will_not_move_is_still_weakness(context: str, locale: str,
                                                    text: str) -> None:
    speech, answers, _ = say_at(context, text, locale)
    assert answers.get("leg_weakness") == "yes", (answers, speech)


CONTROLS_36D_ALCOHOL = [
    ("alcohol", "en-GB", "just the odd pint at the weekend", "no"),
    ("alcohol", "en-US", "no, I don't drink", "no"),
]


@pytest.mark.parametrize(("context", "locale", "text", "expected"), CONTROLS_36D_ALCOHOL)
def test_a_light_habit_stays_a_no(context: str, locale: str, text: str, expected: str) -> None:
    _, answers, _ = say_at(context, text, locale)
    assert answers.get(context) == expected, answers


# -- 36e. a fall alarm that went off by mistake is no fall --------------------------------------

OWN_36E = [
    ("en-GB", "no, my pendant alarm went off by accident, I didn't fall"),
    ("en-US", "nope, the watch thought I fell but I'd just dropped it on the floor"),
    ("en-AU", "no, the fall alarm went off for no reason, I haven't fallen"),
    ("en-CA", "no, it was a false alarm, my watch went off by mistake"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_36E)
def test_a_device_gone_off_by_mistake_is_no_fall(locale: str, text: str) -> None:
    speech, answers, flags = say_at("injury", text, locale)
    assert answers.get("injury") == "no" and not flags and not warned_first(speech), (
        answers, flags, speech)


CONTROLS_36E = [
    # a fall told beside the device is a fall, warned first (rule 1)
    ("en-GB", "my watch called my daughter when I fell"),
    ("en-US", "yes, my pendant went off because I fell in the bathroom"),
    ("en-AU", "the alarm went off by mistake, but then I fell down the stairs"),
    ("en-GB", "I fell by accident in the garden"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_36E)
def test_a_fall_told_beside_a_device_is_warned_first(locale: str, text: str) -> None:
    speech, _, flags = say_at("injury", text, locale)
    assert "spinal_injury" in flags and warned_first(speech), (flags, speech)

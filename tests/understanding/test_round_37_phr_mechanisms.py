"""Round 37 (phr37): a control said in everyday words, a length dated by a festival or an
event, a side named with the other said well or taken back, a habit "never gone back to", and
a denial beside a device set off by a pet or pain said to be only a niggle, in batch 40's tuning
half. Said in words of our own to the offline simulator (the interaction model included),
across the five locales, with controls (docs/clinical-safety.md 5zzzza). No held-back material
was read.

37a. "Hang fire" is a moment asked for; a moment asked for to fetch one's glasses is the pause;
"that'll do us", "I'm off now" is leaving.

37b. A length dated by a festival or a named day the calendars do not hold ("since Hogmanay",
"since Groundhog Day") or by a long weekend said with its month is dated by it.

37c. A side said with the other one "behaving itself" is one side; a side taken back with
"hang on" or "hold on" is the side said after it.

37d. "Never went back" to a habit is no going back in the check.

37e. A fall alarm set off by a pet is no fall; pain said to be a niggle is no severe pain; a
real fall or real severe pain told beside them is still warned first.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import _canonical_speech, warned_first
from tests.understanding.test_words_in_context import CONTEXTS, say_at


def _same_as_intent(context: str, text: str, locale: str, intent: str,
                    slots: dict[str, str] | None = None) -> tuple[str, str]:
    """The reply to `text` said at `context`, and the reply to `intent` there, both canonical."""
    reply = CONTEXTS.open(locale, context).say(text)
    wanted = CONTEXTS.open(locale, context).intent(intent, dict(slots or {}))
    return _canonical_speech(reply.speech), _canonical_speech(wanted.speech)


# -- 37a. a control said in everyday words -------------------------------------------------------

OWN_37A = [
    ("diabetes", "en-GB", "hang fire", "AMAZON.PauseIntent"),
    ("side", "en-AU", "hang fire a sec, I've got to grab my specs", "AMAZON.PauseIntent"),
    ("duration", "en-US", "hold on a minute, let me get my reading glasses", "AMAZON.PauseIntent"),
    ("onset", "en-IN", "wait a minute, I need my spectacles", "AMAZON.PauseIntent"),
    ("duration", "en-AU", "that'll do us, I'm off now", "AMAZON.StopIntent"),
    ("duration", "en-GB", "okay, I'm off now, cheers", "AMAZON.StopIntent"),
    ("kidney", "en-CA", "that will do me for today", "AMAZON.StopIntent"),
]


@pytest.mark.parametrize(("context", "locale", "text", "intent"), OWN_37A)
def test_a_control_said_in_everyday_words(context: str, locale: str, text: str,
                                          intent: str) -> None:
    reply, wanted = _same_as_intent(context, text, locale, intent)
    assert wanted in reply, (reply, wanted)


CONTROLS_37A = [
    # a sign said after the moment asked for is still read and warned first (rule 1)
    ("duration", "en-GB", "hang fire, I can't feel my bum on the toilet seat", "saddle_numbness"),
    ("duration", "en-AU", "hold on, I need my glasses, I can't feel my bottom on the seat",
     "saddle_numbness"),
]


@pytest.mark.parametrize(("context", "locale", "text", "sign"), CONTROLS_37A)
def test_a_sign_beside_a_control_is_still_read(context: str, locale: str, text: str,
                                               sign: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(sign) == "yes" and warned_first(speech), (answers, flags, speech)


# -- 37b. a length dated by a festival or a named day ---------------------------------------------

OWN_37B = [
    ("duration", "en-GB", "ever since Hogmanay", "months"),
    ("duration", "en-AU", "since the long weekend in January", "weeks"),
    ("duration", "en-CA", "since Groundhog Day", "weeks"),
    ("duration", "en-US", "since the long weekend in February", "weeks"),
]


@pytest.mark.parametrize(("context", "locale", "text", "bucket"), OWN_37B)
def test_a_length_dated_by_a_named_day(context: str, locale: str, text: str,
                                       bucket: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get("duration") == bucket and not flags, (answers, speech)


def test_a_slow_start_dated_by_a_named_day_is_no_sudden_onset() -> None:
    speech, answers, _ = say_at("onset", "gradually, since Groundhog Day or so", "en-CA")
    assert answers.get("onset") in ("gradual", "weeks"), (answers, speech)


CONTROLS_37B = [
    ("duration", "en-GB", "since last weekend", "days"),
    ("duration", "en-AU", "since the long weekend for Australia Day", "weeks"),
    ("duration", "en-GB", "since New Year's Eve", "months"),
]


@pytest.mark.parametrize(("context", "locale", "text", "bucket"), CONTROLS_37B)
def test_a_length_said_as_before_is_unchanged(context: str, locale: str, text: str,
                                              bucket: str) -> None:
    _, answers, _ = say_at(context, text, locale)
    assert answers.get("duration") == bucket, answers


# -- 37c. one side, the other said well or taken back ---------------------------------------------

OWN_37C = [
    ("en-GB", "only the right, the left one is behaving itself"),
    ("en-AU", "the left, the right's good as gold"),
    ("en-US", "right, hold on, left, it's the left"),
    ("en-CA", "the left one, scratch that, the right one"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_37C)
def test_one_side_with_the_other_well_or_taken_back(locale: str, text: str) -> None:
    speech, answers, _ = say_at("side", text, locale)
    assert answers.get("side") == "one_leg", (answers, speech)


CONTROLS_37C = [
    ("en-GB", "the left, and the right's starting too"),
    ("en-US", "left and right, both of them"),
    ("en-AU", "left leg no feeling, right leg no feeling either"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_37C)
def test_both_sides_named_stay_both(locale: str, text: str) -> None:
    speech, answers, _ = say_at("side", text, locale)
    assert answers.get("side") == "both_legs", (answers, speech)


# -- 37d. a habit never gone back to ---------------------------------------------------------------

OWN_37D = [
    ("alcohol", "en-GB", "no, I stopped drinking for Dry January and never went back"),
    ("alcohol", "en-AU", "nah, quit the grog ten years ago, never gone back to it"),
    ("alcohol", "en-US", "no, I gave up drinking in my thirties and I never went back to it"),
    ("alcohol", "en-IN", "no, I left alcohol long ago and never went back"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_37D)
def test_a_habit_never_gone_back_to_is_a_no(context: str, locale: str, text: str) -> None:
    speech, answers, _ = say_at(context, text, locale)
    assert answers.get(context) == "no", (answers, speech)


def test_go_back_asked_is_still_a_going_back() -> None:
    reply, wanted = _same_as_intent("b12_risk", "no wait, go back", "en-GB",
                                    "GoBackIntent")
    assert wanted in reply, (reply, wanted)


# -- 37e. a device set off by a pet, a pain said to be a niggle ------------------------------------

OWN_37E_FALL = [
    ("en-GB", "no, the dog knocked my pendant off the bed and it went off, I never fell"),
    ("en-US", "nope, my cat sat on the fall button, I didn't fall"),
    ("en-AU", "no, the grandkids pressed my button playing with it, I haven't had a fall"),
    ("en-CA", "no, the puppy pulled my alert pendant down and it went off, no fall"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_37E_FALL)
def test_a_device_set_off_by_a_pet_is_no_fall(locale: str, text: str) -> None:
    speech, answers, flags = say_at("injury", text, locale)
    assert answers.get("injury") == "no" and not flags and not warned_first(speech), (
        answers, flags, speech)


OWN_37E_PAIN = [
    ("en-GB", "no, it's only a niggle really"),
    ("en-AU", "nah, not severe, just a niggle"),
    ("en-US", "no, it's not bad, more of an ache than anything"),
    ("en-IN", "no, not that bad, it is a small niggle only"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_37E_PAIN)
def test_a_niggle_is_no_severe_pain(locale: str, text: str) -> None:
    speech, answers, flags = say_at("severe_pain", text, locale)
    assert answers.get("severe_pain") == "no" and not flags and not warned_first(speech), (
        answers, flags, speech)


CONTROLS_37E = [
    ("injury", "en-GB", "the alarm went off when I fell", "spinal_injury"),
    ("injury", "en-US", "the cat tripped me and I fell down the stairs", "spinal_injury"),
    ("injury", "en-GB", "the dog knocked my pendant off and I fell over it", "spinal_injury"),
    ("injury", "en-AU", "the cat knocked the alarm off the table, then I fell", "spinal_injury"),
    ("severe_pain", "en-GB", "it's agony, not a niggle", "severe_pain"),
    ("severe_pain", "en-GB", "it started as a niggle but now it's unbearable", "severe_pain"),
]


# Found at the base and left (5zzzza): "it's not a niggle, it's agony" was read as no severe
# pain, the "not" before the niggle reaching the agony after it. Closed by safety38's corrective
# contrast (5zzzzf 38f): the "not" denies the niggle, never the agony restated after it.
BASE_GAP_37E = [("severe_pain", "en-AU", "it's not a niggle, it's agony", "severe_pain")]


@pytest.mark.parametrize(("context", "locale", "text", "flag"), BASE_GAP_37E)
def test_not_a_niggle_but_agony_is_warned(context: str, locale: str, text: str,
                                          flag: str) -> None:
    speech, _, flags = say_at(context, text, locale)
    assert flag in flags and warned_first(speech), (flags, speech)


@pytest.mark.parametrize(("context", "locale", "text", "flag"), CONTROLS_37E)
def test_a_real_fall_or_severe_pain_is_still_warned(context: str, locale: str, text: str,
                                                    flag: str) -> None:
    speech, _, flags = say_at(context, text, locale)
    assert flag in flags and warned_first(speech), (flags, speech)

"""Round 38 (phr38): a control said in everyday words, a length dated by a neighbour's named
day, a cause named by its short name or asked how it is treated after its name, and a slip-up
beside a fall denied, in batch 41's tuning half. Said in words of our own to the offline
simulator (the interaction model included), across the five locales, with controls
(docs/clinical-safety.md 5zzzze). No held-back material was read.

38a. Not following said as "what you're after / getting at" is help; "hold your horses" is a
moment asked for; not wanting to go on said as a mood ("not in the mood", "can't be bothered",
"not up to this today") or after "leave it" is the stop.

38b. A length dated by a named day of a neighbouring country's calendar (New Zealand's for
Australian English, Ireland's for British English: "since Waitangi Day", "since St Stephen's
Day") is dated by it, never read as "a day".

38c. A cause named by its short name ("the B12 thing", "the thyroid one") is that cause; a
cause named, then how it is sorted out asked, is the treatment of that cause.

38d. A slip-up (a mistake) beside a fall denied ("but I haven't actually fallen") is no fall;
a fall said, or a slip without "up", is read as before.
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


# -- 38a. a control said in everyday words -------------------------------------------------------

OWN_38A = [
    ("kidney", "en-US", "I'm not sure what you're driving at, can you help", "AMAZON.HelpIntent"),
    ("thyroid", "en-GB", "sorry, I don't follow what you're getting at", "AMAZON.HelpIntent"),
    ("alcohol", "en-IN", "I do not understand what you are after", "AMAZON.HelpIntent"),
    ("duration", "en-AU", "hold your horses, someone's at the door", "AMAZON.PauseIntent"),
    ("side", "en-US", "hold your horses a second, my phone's ringing", "AMAZON.PauseIntent"),
    ("kidney", "en-GB", "hold your horses", "AMAZON.PauseIntent"),
    ("thyroid", "en-AU", "nah, I'm not in the mood for this", "AMAZON.CancelIntent"),
    ("duration", "en-US", "leave it, I can't be bothered today", "AMAZON.CancelIntent"),
    ("side", "en-GB", "leave it there, I'm not feeling up to this", "AMAZON.CancelIntent"),
    ("alcohol", "en-IN", "I am not in the mood today, stop", "AMAZON.CancelIntent"),
]


@pytest.mark.parametrize(("context", "locale", "text", "intent"), OWN_38A)
def test_a_control_said_in_everyday_words(context: str, locale: str, text: str,
                                          intent: str) -> None:
    reply, wanted = _same_as_intent(context, text, locale, intent)
    assert wanted in reply, (reply, wanted)


CONTROLS_38A = [
    # a sign said after the moment asked for, or after "leave it", is still read and warned
    # first (rule 1)
    ("duration", "en-GB", "hold your horses, I can't feel my bum on the toilet seat",
     "saddle_numbness"),
    ("duration", "en-AU", "leave it, I can't feel my bottom on the toilet seat",
     "saddle_numbness"),
]


@pytest.mark.parametrize(("context", "locale", "text", "sign"), CONTROLS_38A)
def test_a_sign_beside_a_control_is_still_read(context: str, locale: str, text: str,
                                               sign: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(sign) == "yes" and warned_first(speech), (answers, flags, speech)


# -- 38b. a length dated by a neighbour's named day ----------------------------------------------

OWN_38B = [
    ("duration", "en-AU", "since Waitangi Day", "weeks"),
    ("duration", "en-IN", "ever since Waitangi Day", "weeks"),
    ("duration", "en-GB", "since Saint Stephen's Day", "months"),
]


@pytest.mark.parametrize(("context", "locale", "text", "bucket"), OWN_38B)
def test_a_length_dated_by_a_neighbours_day(context: str, locale: str, text: str,
                                            bucket: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get("duration") == bucket and not flags, (answers, speech)


def test_a_slow_start_dated_by_a_neighbours_day_is_no_sudden_onset() -> None:
    speech, answers, _ = say_at("onset", "it's been creeping up on me since Waitangi Day",
                                "en-AU")
    assert answers.get("onset") in ("gradual", "weeks"), (answers, speech)


CONTROLS_38B = [
    ("duration", "en-GB", "since Boxing Day", "months"),
    ("duration", "en-AU", "since the other day", "days"),
    ("duration", "en-CA", "since Canada Day", "months"),
]


@pytest.mark.parametrize(("context", "locale", "text", "bucket"), CONTROLS_38B)
def test_a_length_said_as_before_is_unchanged(context: str, locale: str, text: str,
                                              bucket: str) -> None:
    _, answers, _ = say_at(context, text, locale)
    assert answers.get("duration") == bucket, answers


# -- 38c. a cause by its short name, its treatment asked after its name ---------------------------

OWN_38C = [
    ("en-US", "spinal stenosis, how do they fix that", "TreatmentIntent", "spinal_stenosis"),
    ("en-AU", "sciatica, how do doctors sort it out", "TreatmentIntent", "sciatica"),
    ("en-IN", "tell me more about the B12 one", "CauseInfoIntent", "b12_deficiency"),
    pytest.param("en-CA", "okay, tell me a bit more about the thyroid one", "CauseInfoIntent",
                 "hypothyroidism", marks=pytest.mark.xfail(strict=True, reason=(
                     "the bare 'thyroid' synonym was withdrawn at round 38's merge (the "
                     "interaction model lacked it); docs 5zzzze 38c"))),
]


@pytest.mark.parametrize(("locale", "text", "intent", "condition"), OWN_38C)
def test_a_cause_asked_about_in_everyday_words(locale: str, text: str, intent: str,
                                               condition: str) -> None:
    reply, wanted = _same_as_intent("causes_offered", text, locale, intent,
                                    {"condition": condition})
    assert wanted in reply, (reply, wanted)


def test_a_cause_named_in_full_is_as_before() -> None:
    reply, wanted = _same_as_intent("causes_offered", "tell me about sciatica", "en-GB",
                                    "CauseInfoIntent", {"condition": "sciatica"})
    assert wanted in reply, (reply, wanted)


def test_b12_said_at_its_question_is_an_answer() -> None:
    speech, answers, _ = say_at("b12_risk", "no, my B12 was fine when it was checked", "en-GB")
    assert answers.get("b12_risk") == "no", (answers, speech)


# -- 38d. a slip-up beside a fall denied ---------------------------------------------------------

OWN_38D = [
    ("en-GB", "no, I slipped up on the paperwork but I never fell"),
    ("en-AU", "nah, I slipped up with the rota, I didn't fall or anything"),
    ("en-US", "no, I slipped up big time at work but I haven't fallen"),
    ("en-IN", "no, I slipped up in my exam, I have not fallen"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_38D)
def test_a_slip_up_beside_a_fall_denied_is_no_fall(locale: str, text: str) -> None:
    speech, answers, flags = say_at("injury", text, locale)
    assert answers.get("injury") == "no" and not flags and not warned_first(speech), (
        answers, flags, speech)


CONTROLS_38D = [
    ("en-GB", "I slipped up on the ice and fell"),
    ("en-AU", "I slipped at work and went down hard on my back"),
    ("en-US", "I slipped up on the stairs, I didn't fall all the way but I went down hard on my "
              "back"),
    ("en-CA", "I haven't fallen before, but today I slipped up on the ice and fell on my back"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_38D)
def test_a_real_fall_is_still_warned(locale: str, text: str) -> None:
    speech, _, flags = say_at("injury", text, locale)
    assert "spinal_injury" in flags and warned_first(speech), (flags, speech)

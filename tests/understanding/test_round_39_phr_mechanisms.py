"""Round 39 (phr39): a pace asked for after a word of calming, a cause asked about by a looser
name or in a looser frame, an onset offered as one guess against not having noticed, and a sign's
word given to something else in the frame "the only thing ... is ...", in batch 42's tuning half.
Said in words of our own to the offline simulator (the interaction model included), across the
five locales, with controls (docs/clinical-safety.md 5zzzzh). No held-back material was read.

39a. "Steady on" (or "easy there", "steady there") before "slow down" asks for a slower pace.

39c. A cause named by a looser name ("the diabetes nerve thing", "the narrowing in my spine")
is that cause; "what's that about" said of a cause named after the screening asks what it is.

39d. A sudden pace offered with "either ... or" against not having noticed, with not knowing
said, chooses no pace: not sure (which asks what a sudden start would: rule 3).

39e. A sign's word given, in "the only thing ... is ...", to a thing or a person that is no part
of the body ("the only thing that's weak is my backhand", "the only thing creeping up is the
rent") is no sign; the same frame with the body or the sign after "is" is still read.
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


# -- 39a. a pace asked for after a word of calming ---------------------------------------------

OWN_39A = [
    ("kidney", "en-AU", "steady on, slow down, you've lost me"),
    ("side", "en-US", "easy there, slow down please, that was a lot"),
    ("thyroid", "en-GB", "steady there, slow down a touch, my head's spinning"),
    ("alcohol", "en-IN", "steady on, slow down"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_39A)
def test_a_pace_asked_for_after_a_word_of_calming(context: str, locale: str, text: str) -> None:
    reply, wanted = _same_as_intent(context, text, locale, "SpeakSlowerIntent")
    assert wanted in reply, (reply, wanted)


def test_a_sign_after_a_word_of_calming_is_still_warned() -> None:
    # rule 1: the sign said after the pace asked for is still read and warned first
    speech, answers, flags = say_at(
        "duration", "steady on, slow down, I can't feel my bum on the toilet seat", "en-GB")
    assert answers.get("saddle_numbness") == "yes" and warned_first(speech), (answers, flags,
                                                                                speech)


# -- 39c. a cause by a looser name, or what it is about asked -----------------------------------

OWN_39C = [
    ("en-US", "if it's that diabetes nerve business, how would they fix it", "TreatmentIntent",
     "diabetic_neuropathy"),
    ("en-AU", "and the narrowing of my spine, what's the treatment there",
     "TreatmentIntent", "spinal_stenosis"),
    ("en-IN", "the narrowing in the spine, what is it about", "CauseInfoIntent",
     "spinal_stenosis"),
    ("en-GB", "so the sciatica you said, what's that all about", "CauseInfoIntent", "sciatica"),
]


@pytest.mark.parametrize(("locale", "text", "intent", "condition"), OWN_39C)
def test_a_cause_asked_about_by_a_looser_name(locale: str, text: str, intent: str,
                                              condition: str) -> None:
    reply, wanted = _same_as_intent("causes_offered", text, locale, intent,
                                    {"condition": condition})
    assert wanted in reply, (reply, wanted)


def test_diabetes_said_at_its_question_is_still_a_yes() -> None:
    # control: the diabetes said of oneself at its question is still a yes
    speech, answers, _ = say_at("diabetes", "yes, type 2, I've got the diabetes nerve damage",
                                "en-GB")
    assert answers.get("diabetes") == "yes", (answers, speech)


# -- 39d. a pace offered against not having noticed -----------------------------------------------

OWN_39D = [
    ("en-GB", "no idea, it was either all of a sudden or I just never noticed"),
    ("en-US", "I can't say, either it came on suddenly or I missed it"),
    ("en-AU", "dunno, either it hit me quick or I wasn't paying attention"),
    ("en-IN", "not sure, either sudden or I did not notice it earlier"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_39D)
def test_a_pace_offered_against_not_noticing_is_not_sure(locale: str, text: str) -> None:
    speech, answers, _ = say_at("onset", text, locale)
    assert answers.get("onset") == "unsure", (answers, speech)


CONTROLS_39D = [
    # a sudden start said plainly, or guessed with not knowing, stays sudden (rule 3)
    ("en-GB", "it was sudden, I noticed it straight away"),
    ("en-US", "not sure, I think it was sudden"),
    ("en-AU", "all of a sudden, either Tuesday or Wednesday"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_39D)
def test_a_sudden_start_said_or_guessed_stays_sudden(locale: str, text: str) -> None:
    speech, answers, _ = say_at("onset", text, locale)
    assert answers.get("onset") == "sudden", (answers, speech)


# -- 39e. a sign's word given to something else in "the only thing ... is ..." --------------------

OWN_39E = [
    ("leg_weakness", "en-AU", "nah, the only thing that's weak is my backhand, legs are good",
     "leg_weakness"),
    ("leg_weakness", "en-IN", "no, only thing weak is my cricket batting, legs are fine",
     "leg_weakness"),
    ("back_pain", "en-US", "no, the only pain in the back is my boss, my back is fine",
     "back_pain"),
    ("back_pain", "en-GB", "no, the only pain in my back is the neighbour's dog, back's fine",
     "back_pain"),
    ("spreading_up", "en-GB", "no, the only thing creeping up is the rent, the numbness hasn't "
     "moved", "spreading_up"),
    ("spreading_up", "en-CA", "no, only thing creeping up is my age, it's stayed in my feet",
     "spreading_up"),
]


@pytest.mark.parametrize(("context", "locale", "text", "finding"), OWN_39E)
def test_a_sign_word_given_to_something_else_is_no_sign(context: str, locale: str, text: str,
                                                       finding: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(finding) == "no" and not flags and not warned_first(speech), (
        answers, flags, speech)


CONTROLS_39E = [
    # the same frame with the body or the sign after "is": still read, and warned (rule 1)
    ("spreading_up", "en-GB", "the only thing is the numbness is creeping up my legs",
     "ascending_numbness"),
    ("spreading_up", "en-US", "the only thing creeping up is the numbness, it's at my knees now",
     "ascending_numbness"),
]


@pytest.mark.parametrize(("context", "locale", "text", "flag"), CONTROLS_39E)
def test_a_sign_said_in_the_same_frame_is_still_warned(context: str, locale: str, text: str,
                                                       flag: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert flag in flags and warned_first(speech), (answers, flags, speech)


CONTROLS_39E_YES = [
    ("leg_weakness", "en-GB", "the only thing that's changed is my legs are weak"),
    ("leg_weakness", "en-AU", "the only thing that's weak is my legs"),
    ("back_pain", "en-US", "the only pain is in my lower back"),
]


@pytest.mark.parametrize(("context", "locale", "text"), CONTROLS_39E_YES)
def test_the_body_said_in_the_same_frame_is_still_a_yes(context: str, locale: str,
                                                        text: str) -> None:
    speech, answers, _ = say_at(context, text, locale)
    assert answers.get(context) == "yes", (answers, speech)

"""Round 40 (phr40): a reassurance said with "also", a "no" that opens a slow pace, a yes told
by what is done or taken, and a sign's word given to a feeling, a weed or a will, in batch 43's
tuning half. Said in words of our own to the offline simulator (the interaction model included),
across the five locales, with controls (docs/clinical-safety.md 5zzzzk). No held-back material
was read.

40a. A reassurance with "also" between the thing and its word ("swallowing is also fine") is said
of that thing, as "swallowing is fine too" is.

40b. A "no" that opens a slow pace ("nah, it crept up over months") refuses the sudden start the
question offers first: the slow pace is the answer.

40c. A visit to the clinic told as one's habit or past ("I see the kidney doctor every three
months") is no request to be told when to see a doctor: the yes said with it answers.

40d. A medicine named by its kind ("I started atorvastatin", "a new statin") is a new medicine.

40f. "Help" said first, with not knowing after it ("help, I don't know what to say to that"),
asks for the help (its "help" kept by a carrier of its own); a sign or an answer said after
"help" is read as before, and a red flag's sign is warned first.

40e. A sign's word given to a will, a weed or a feeling ("the only thing that's weak is my
resolve", "the only thing creeping up is the ivy", "weak at the knees when I saw the tab",
"burning up about the price") is no sign; the sign said plainly in the same frame is read.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import _canonical_speech, warned_first
from tests.understanding.test_words_in_context import CONTEXTS, say_at


def _same_as_intent(context: str, text: str, locale: str, intent: str) -> tuple[str, str]:
    """The reply to `text` said at `context`, and the reply to `intent` there, both canonical."""
    reply = CONTEXTS.open(locale, context).say(text)
    wanted = CONTEXTS.open(locale, context).intent(intent, {})
    return _canonical_speech(reply.speech), _canonical_speech(wanted.speech)


# -- 40a. a reassurance said "also" -----------------------------------------------------------

OWN_40A = [
    ("side", "en-GB", "both, and breathing is also fine"),
    ("side", "en-AU", "just the left, my swallowing is also normal"),
    ("side", "en-IN", "both legs, swallowing also okay, breathing also fine"),
    ("side", "en-US", "both, talking is fine, swallowing is also good"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_40A)
def test_a_reassurance_said_also_denies(context: str, locale: str, text: str) -> None:
    speech, answers, _ = say_at(context, text, locale)
    assert answers.get("breathing_swallowing") == "no" and answers.get("side"), (answers,
                                                                                 speech)


def test_a_sign_said_also_is_still_a_sign() -> None:
    # control: "also" before a sign, not a reassurance, still tells it (and warns: rule 1)
    speech, answers, flags = say_at("side", "both, and swallowing is also hard now", "en-GB")
    assert answers.get("breathing_swallowing") != "no", (answers, flags, speech)


# -- 40b. a "no" that opens a slow pace -------------------------------------------------------

OWN_40B = [
    ("en-GB", "no, it crept up on me over a long time"),
    ("en-AU", "nah, slowly, bit by bit"),
    ("en-US", "nope, it came on gradually"),
    ("en-IN", "no, it came slowly slowly"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_40B)
def test_a_no_before_a_slow_pace_is_the_slow_pace(locale: str, text: str) -> None:
    speech, answers, _ = say_at("onset", text, locale)
    assert answers.get("onset") == "gradual", (answers, speech)


CONTROLS_40B = [
    # a pace denied by its own "not" is still denied; a bare no still answers nothing
    ("en-GB", "it didn't come on slowly, it was sudden", "sudden"),
    ("en-US", "no, not slowly, it was all at once", "sudden"),
]


@pytest.mark.parametrize(("locale", "text", "onset"), CONTROLS_40B)
def test_a_pace_denied_by_its_own_not_stays_denied(locale: str, text: str, onset: str) -> None:
    speech, answers, _ = say_at("onset", text, locale)
    assert answers.get("onset") == onset, (answers, speech)


# -- 40c/40d. a yes told by what is done or taken -------------------------------------------------

OWN_40CD = [
    ("kidney", "en-GB", "yes, the GP says my kidneys are weak, I go to the clinic for it",
     "kidney"),
    ("kidney", "en-IN", "yes, my doctor said so, I go to the clinic every month", "kidney"),
    ("kidney", "en-CA", "yes, I see the kidney doctor every three months", "kidney"),
    ("neuropathy_causes", "en-US", "I started atorvastatin last month, is that one",
     "new_medicine"),
    ("neuropathy_causes", "en-AU", "maybe, the GP put me on a statin in winter, could that be it",
     "new_medicine"),
    ("neuropathy_causes", "en-CA", "hmm, I did start a new statin in the spring", "new_medicine"),
]


@pytest.mark.parametrize(("context", "locale", "text", "finding"), OWN_40CD)
def test_a_yes_told_by_what_is_done_or_taken(context: str, locale: str, text: str,
                                            finding: str) -> None:
    speech, answers, _ = say_at(context, text, locale)
    assert answers.get(finding) == "yes" or answers.get(context) == "yes", (answers, speech)


def test_when_to_see_a_doctor_asked_is_still_asked() -> None:
    # control: going to the clinic asked about is still the request
    reply, wanted = _same_as_intent("kidney", "should I go to the clinic for this", "en-GB",
                                    "WhenToSeeDoctorIntent")
    assert wanted in reply, (reply, wanted)


# -- 40e. a sign's word given to a will, a weed or a feeling ----------------------------------

OWN_40E = [
    ("leg_weakness", "en-GB", "no, the only thing that's weak is my resolve around biscuits, "
     "the legs are grand", "leg_weakness"),
    ("leg_weakness", "en-IN", "no, only thing weak is my self control with sweets, legs are "
     "fine", "leg_weakness"),
    ("spreading_up", "en-AU", "nah, the only thing creeping up is the ivy on the fence, the "
     "numbness hasn't moved", "spreading_up"),
    ("spreading_up", "en-US", "no, the only thing climbing up is the weeds in the yard, it "
     "stays in my feet", "spreading_up"),
    ("leg_weakness", "en-CA", "no my legs are fine i just went weak at the knees when i saw "
     "the restaurant tab", "leg_weakness"),
    ("fever", "en-GB", "no, I'm just burning up about the cost of the parking, no temperature",
     "fever"),
    ("fever", "en-US", "nope, just boiling up over the price of gas, no fever at all", "fever"),
]


@pytest.mark.parametrize(("context", "locale", "text", "finding"), OWN_40E)
def test_a_sign_word_given_to_a_will_a_weed_or_a_feeling(context: str, locale: str, text: str,
                                                         finding: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(finding) == "no" and not flags and not warned_first(speech), (
        answers, flags, speech)


CONTROLS_40E = [
    # the sign said plainly, in the same frame or beside the feeling, is still warned (rule 1)
    ("leg_weakness", "en-GB", "the only thing that's changed is my legs are weak",
     "leg_weakness"),
    ("fever", "en-AU", "I'm burning up and my back is killing me", "fever"),
    ("leg_weakness", "en-US", "my knees went weak and I fell", "leg_weakness"),
    ("spreading_up", "en-GB", "the only thing creeping up is the numbness, past my knees now",
     "spreading_up"),
]


@pytest.mark.parametrize(("context", "locale", "text", "finding"), CONTROLS_40E)
def test_the_sign_said_plainly_is_still_read(context: str, locale: str, text: str,
                                             finding: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(finding) == "yes", (answers, flags, speech)


# -- 40f. help asked first, with not knowing beside it ----------------------------------------

OWN_40F = [
    ("thyroid", "en-GB", "help, I don't know what to say to that one"),
    ("alcohol", "en-AU", "help, no idea what you're asking me"),
    ("diabetes", "en-IN", "help me, I am not sure what to answer"),
    ("b12_risk", "en-US", "please help, I'm not sure what you mean"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_40F)
def test_help_asked_first_beside_not_knowing(context: str, locale: str, text: str) -> None:
    reply = CONTEXTS.open(locale, context).say(text)
    wanted = CONTEXTS.open(locale, context).intent("AMAZON.HelpIntent", {})
    assert _canonical_speech(wanted.speech) in _canonical_speech(reply.speech), (
        reply.speech, wanted.speech)


def test_a_sign_after_help_is_still_warned() -> None:
    # rule 1: a red flag's sign said after "help" is still read and warned first
    speech, answers, flags = say_at("duration", "help, my legs have suddenly gone weak",
                                    "en-GB")
    assert answers.get("leg_weakness") == "yes" and warned_first(speech), (answers, flags,
                                                                            speech)


CONTROLS_40F = [
    # an answer said after "help" is still the answer
    ("side", "en-AU", "help me, it's both legs", "side", "both_legs"),
    ("diabetes", "en-GB", "help, yes, I've got type 2", "diabetes", "yes"),
    ("kidney", "en-US", "I'm not sure, I really couldn't say", "kidney", "unsure"),
]


@pytest.mark.parametrize(("context", "locale", "text", "key", "value"), CONTROLS_40F)
def test_an_answer_after_help_is_still_the_answer(context: str, locale: str, text: str,
                                                  key: str, value: str) -> None:
    speech, answers, _ = say_at(context, text, locale)
    assert answers.get(key) == value, (answers, speech)

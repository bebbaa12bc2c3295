"""Round 41 (phr41): a pace complained of after a calming word or in the past tense, a cancel
said to a friend, a doubt from a test never heard back, a drink told as a liking or an evening
habit, a reassurance carried by "too" to the next thing, and a medicine told as what sorts the
pain out, in batch 44's tuning half. Said in words of our own to the offline simulator (the
interaction model included), across the five locales, with controls (docs/clinical-safety.md
5zzzzn). No held-back material was read.

41a. Speech said too fast for the listener, in the past tense ("that was too quick for me") or
after a calming word ("hold your horses", "whoa"), asks for slower speech.

41b. A cancel with a word of address after it ("cancel all that, never mind, mate") is the
cancel, as said alone.

41c. A doubt said in medical words ("can't rule it out", "never heard back", "still waiting on
the results") is not sure; "back" in "heard back" or "get back to me" is no back.

41d. A drink told as a liking or as an evening habit ("I do like a tipple", "a sherry or two
most evenings") is drinking most days.

41e. A reassurance carried by "too" or "as well" to the next thing named ("my breathing's fine,
swallowing too") is said of that thing as well.

41f. A medicine told as what sorts the pain out ("no, paracetamol sorts it out") is no request
for treatment: the "no" answers.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.test_words_in_context import same_as_intent, say_at

# -- 41a. too fast for the listener -----------------------------------------------------------

OWN_41A = [
    ("kidney", "en-GB", "whoa, that was far too fast for me"),
    ("thyroid", "en-US", "hold your horses, you went too fast"),
    ("diabetes", "en-AU", "whoa, that was way too quick for me"),
    ("alcohol", "en-IN", "that was too fast for me"),
    ("b12_risk", "en-CA", "hang on, that was all too quick for me"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_41A)
def test_too_fast_for_the_listener_asks_for_slower(context: str, locale: str, text: str) -> None:
    reply, wanted = same_as_intent(context, text, locale, "SpeakSlowerIntent")
    assert wanted in reply, (reply, wanted)


CONTROLS_41A = [
    # a quick start told is still the onset (without the listener named)
    ("onset", "en-GB", "it was very quick, all at once", "onset", "sudden"),
    ("onset", "en-US", "it was too fast, all at once", "onset", "sudden"),
]


@pytest.mark.parametrize(("context", "locale", "text", "key", "value"), CONTROLS_41A)
def test_a_quick_start_is_still_the_onset(context: str, locale: str, text: str, key: str,
                                          value: str) -> None:
    speech, answers, _ = say_at(context, text, locale)
    assert answers.get(key) == value, (answers, speech)


# -- 41b. a cancel said to a friend -----------------------------------------------------------

OWN_41B = [
    ("onset", "en-AU", "cancel all that, never mind, mate"),
    ("side", "en-US", "oh cancel it, forget it, buddy"),
    ("duration", "en-CA", "cancel all that, dude"),
    ("kidney", "en-GB", "never mind, cancel it, love"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_41B)
def test_a_cancel_said_to_a_friend_cancels(context: str, locale: str, text: str) -> None:
    reply, wanted = same_as_intent(context, text, locale, "AMAZON.CancelIntent")
    assert wanted in reply, (reply, wanted)


def test_a_sign_said_to_a_friend_is_still_warned() -> None:
    # rule 1: a red flag said with a word of address is still warned first
    speech, answers, _ = say_at("side", "mate, my legs have suddenly gone weak", "en-AU")
    assert answers.get("leg_weakness") == "yes" and warned_first(speech), (answers, speech)


# -- 41c. a doubt told by a test never heard back ---------------------------------------------

OWN_41C = [
    ("thyroid", "en-GB", "can't rule it out, they took blood but I never heard back"),
    ("diabetes", "en-US", "I couldn't rule it out, they never got back to me"),
    ("kidney", "en-AU", "can't rule it out honestly, still waiting to hear back"),
    ("b12_risk", "en-IN", "cannot rule it out, the doctor never got back to me on the tests"),
    ("thyroid", "en-CA", "they ran some bloods but I never heard back"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_41C)
def test_a_doubt_from_a_test_never_heard_back_is_not_sure(context: str, locale: str,
                                                          text: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(context) == "unsure" and not flags, (answers, flags, speech)


CONTROLS_41C = [
    # a plain yes or no about the test is still that answer; a back said of the body still is
    ("thyroid", "en-GB", "yes, the bloods came back showing a slow thyroid", "thyroid", "yes"),
    ("thyroid", "en-US", "no, they ruled it out", "thyroid", "no"),
    ("diabetes", "en-AU", "no, the tests came back clear", "diabetes", "no"),
]


@pytest.mark.parametrize(("context", "locale", "text", "key", "value"), CONTROLS_41C)
def test_a_test_result_told_still_answers(context: str, locale: str, text: str, key: str,
                                          value: str) -> None:
    speech, answers, _ = say_at(context, text, locale)
    assert answers.get(key) == value, (answers, speech)


def test_a_back_said_of_the_body_is_still_the_back() -> None:
    speech, answers, _ = say_at("back_pain", "yes, my back hurts, I never heard of that",
                                "en-GB")
    assert answers.get("back_pain") == "yes", (answers, speech)


# -- 41d. a drink told as a liking or an evening habit ----------------------------------------

OWN_41D = [
    ("alcohol", "en-GB", "I do like a tipple, a sherry or two most evenings"),
    ("alcohol", "en-AU", "a couple of beers most nights, I do like a drink"),
    ("alcohol", "en-IN", "I have a peg or two of whisky most evenings"),
    ("alcohol", "en-US", "I do enjoy a drink, a glass or two of wine most nights"),
    ("alcohol", "en-CA", "a beer or two most evenings, yeah"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_41D)
def test_a_drink_told_as_a_liking_or_a_habit_is_yes(context: str, locale: str,
                                                    text: str) -> None:
    speech, answers, _ = say_at(context, text, locale)
    assert answers.get("alcohol") == "yes", (answers, speech)


CONTROLS_41D = [
    # an occasion's drink, or one drink a week, is still no
    ("alcohol", "en-GB", "only a sherry at Christmas", "no"),
    ("alcohol", "en-US", "no, I don't drink at all", "no"),
]


@pytest.mark.parametrize(("context", "locale", "text", "value"), CONTROLS_41D)
def test_an_occasional_drink_is_still_no(context: str, locale: str, text: str,
                                         value: str) -> None:
    speech, answers, _ = say_at(context, text, locale)
    assert answers.get("alcohol") == value, (answers, speech)


# -- 41e. a reassurance carried by "too" ------------------------------------------------------

OWN_41E = [
    ("side", "en-GB", "both, and my breathing's fine, swallowing too"),
    ("side", "en-AU", "just the left, breathing's okay, swallowing as well"),
    ("side", "en-IN", "both legs, breathing is normal, swallowing also"),
    ("side", "en-US", "both of them, swallowing is fine, breathing too"),
    ("side", "en-CA", "both, my swallowing's good, my breathing too"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_41E)
def test_a_reassurance_carried_by_too(context: str, locale: str, text: str) -> None:
    speech, answers, _ = say_at(context, text, locale)
    assert answers.get("breathing_swallowing") == "no" and answers.get("side"), (answers,
                                                                                 speech)


def test_a_sign_carried_by_too_is_still_a_sign() -> None:
    # control (rule 1): a sign carried by "too" is not made a reassurance
    speech, answers, _ = say_at("side", "both, my breathing's hard, swallowing too", "en-GB")
    assert answers.get("breathing_swallowing") != "no", (answers, speech)


# -- 41f. a medicine told as what sorts the pain out ------------------------------------------

OWN_41F = [
    ("severe_pain", "en-GB", "no, paracetamol sorts it out"),
    ("severe_pain", "en-AU", "nah, a couple of panadol sort it out"),
    ("severe_pain", "en-US", "no, ibuprofen sorts that out fine"),
    ("severe_pain", "en-IN", "no, a painkiller sorts it out"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_41F)
def test_a_medicine_that_sorts_it_out_is_told(context: str, locale: str, text: str) -> None:
    speech, answers, _ = say_at(context, text, locale)
    assert answers.get("severe_pain") == "no", (answers, speech)


def test_how_they_sort_it_out_asked_is_still_asked() -> None:
    # control: treatment asked is still the request
    reply, wanted = same_as_intent("severe_pain", "how do they sort it out", "en-GB",
                                    "TreatmentIntent")
    assert wanted in reply, (reply, wanted)

"""Round 27 (phr27): batch 30's tuning failures in yes/no, denials, idiom traps, information and
side answers, taken as mechanisms and said in words of our own to the offline simulator at a
real point of a screening, across the five locales, with controls beside each rule
(docs/clinical-safety.md 5zzl). No held-back material was read.

27a. A borrowed answer word, or text-speak said aloud, before what is said or alone: Spanish
"sí" and "no sé" ("I don't know"), Canadian French "oui", Hinglish "nahi", and "ngl", "tbh",
"lowkey" (interaction_model/carriers.yaml). "sí, I fell off a ladder" is read as "yes, I fell off
a ladder" (warned), "nahi, no fall" as "no, no fall", "no sé, I've never had it checked" as not
sure (it was read as the English "no": a doubt taken as a no, and "no sé, my face looks droopy"
recorded the stroke question as no), "ngl, what can I do at home" as the request.

27b. A side said to correct: "no, the left", "no no, I said the right one", "that's not what I
meant, it's both, not one", "not one, both". The "no" said first, or the "not" of a going back
asked for ("not what I meant", now also "not what I said"), refused the side said after it, and
"it's both, not one" lost its both inside the "it is ... not" of a no; the side is now the answer
(skill/understanding/reader.py, `_leading_no`; both said against one in
skill/data/understanding.yaml).
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import screening, warned_first
from tests.understanding.test_words_in_context import CONTEXTS
from tests.understanding.test_words_in_context import warned_at as _warned


def _answered(context: str, text: str, locale: str, question: str, value: str) -> None:
    """`text` said at `context` records `value` for `question`, with no flag raised."""
    sim = CONTEXTS.open(locale, context)
    reply = sim.say(text)
    state = screening(sim)
    assert state.answers.get(question) == value, (dict(state.answers), reply.speech)
    assert not (state.red_flags or state.unsure_flags), reply.speech
    assert not warned_first(reply.speech), reply.speech


def _same_reply_as(context: str, text: str, locale: str, intent: str) -> None:
    """`text` said at `context` gets the reply the intent itself gets there, and no flag."""
    said_sim = CONTEXTS.open(locale, context)
    said = said_sim.say(text)
    wanted = CONTEXTS.open(locale, context).intent(intent, {})
    assert wanted.speech.split(".")[0] in said.speech, said.speech
    state = screening(said_sim)
    assert not (state.red_flags or state.unsure_flags), said.speech


# -- 27a. a borrowed answer word, or text-speak, said first or alone ------------------------------

OWN_27A_ANSWERS = [
    ("diabetes", "sí, type two, on metformin", "en-US", "diabetes", "yes"),
    ("alcohol", "oui, a few beers most nights", "en-CA", "alcohol", "yes"),
    ("thyroid", "oui", "en-CA", "thyroid", "yes"),
    ("thyroid", "sí", "en-US", "thyroid", "yes"),
    ("thyroid", "no sé, I've never had it checked", "en-US", "thyroid", "unsure"),
    ("kidney", "no sé, nobody's told me anything about my kidneys", "en-US", "kidney", "unsure"),
    ("b12_risk", "no sé", "en-US", "b12_risk", "unsure"),
    ("cancer_history", "nahi, never had cancer", "en-IN", "cancer_history", "no"),
    ("injury", "nahin, no fall, nothing like that", "en-IN", "injury", "no"),
    ("fever", "nahi, no fever at all", "en-GB", "fever", "no"),
    ("thyroid", "ji nahi, thyroid is normal", "en-IN", "thyroid", "no"),
    ("leg_weakness", "nahi, legs are strong, only my maths is weak", "en-IN", "leg_weakness", "no"),
    ("face_arm_speech", "nahi, face and arms are normal", "en-IN", "face_arm_speech", "no"),
    ("alcohol", "ngl, yeah, I drink most nights", "en-US", "alcohol", "yes"),
    ("alcohol", "tbh I don't drink at all", "en-US", "alcohol", "no"),
    ("diabetes", "ngl I've got type 2", "en-GB", "diabetes", "yes"),
    ("side", "lowkey just the left, the right's fine", "en-US", "side", "one_leg"),
    ("side", "tbh it's both legs", "en-CA", "side", "both_legs"),
    ("onset", "oui, gradual, over the winter", "en-CA", "onset", "gradual"),
]
# before (base 5b39932): 2 of 19 (no sé read as no; sí, oui, nahi before more words, ngl, tbh
# and lowkey fell to the fallback); after: 19 of 19


@pytest.mark.parametrize(("context", "text", "locale", "question", "value"), OWN_27A_ANSWERS)
def test_a_borrowed_answer_word_or_text_speak_said_first_is_read(
        context: str, text: str, locale: str, question: str, value: str) -> None:
    _answered(context, text, locale, question, value)


OWN_27A_WARNED = [
    ("injury", "sí, I fell off a ladder on Sunday, landed on my back", "en-US", "spinal_injury"),
    ("injury", "oui, I slipped on the stairs this morning and hit my back", "en-CA",
     "spinal_injury"),
    ("injury", "si, I fell down the stairs last week", "en-US", "spinal_injury"),
    ("cold_pale_leg", "sí, my leg went cold and white", "en-US", "limb_ischaemia"),
    ("saddle_numbness", "nahi, but my bottom is numb", "en-IN", "cauda_equina_saddle"),
    # "no sé" is a doubt: the sign told after it is read and warned (it recorded a no)
    ("face_arm_speech", "no sé, my face looks droopy", "en-US", "stroke_signs"),
]
# before: 0 of 6 warned (fallback, or the "no" of "no sé" took the stroke question); after: 6


@pytest.mark.parametrize(("context", "text", "locale", "flag"), OWN_27A_WARNED)
def test_a_sign_said_after_a_borrowed_answer_word_is_warned_first(context: str, text: str,
                                                                   locale: str, flag: str) -> None:
    _warned(context, text, flag, locale)


OWN_27A_REQUESTS = [
    ("causes_offered", "ngl, what can I do at home to help it", "en-US", "SelfCareIntent"),
    ("causes_offered", "tbh what can I do at home", "en-GB", "SelfCareIntent"),
]
# before: 1 of 2 (and "sí, what causes spinal stenosis" below fell to the fallback); after: 3 of 3


@pytest.mark.parametrize(("context", "text", "locale", "intent"), OWN_27A_REQUESTS)
def test_a_request_said_after_text_speak_is_the_request(context: str, text: str, locale: str,
                                                        intent: str) -> None:
    _same_reply_as(context, text, locale, intent)


def test_si_before_a_named_condition_tells_of_that_condition() -> None:
    sim = CONTEXTS.open("en-US", "causes_offered")
    reply = sim.say("sí, what causes spinal stenosis, tell me")
    assert "spine" in reply.speech.lower(), reply.speech


# controls: the English "no" and its neighbours keep their reading
CONTROLS_27A = [
    ("injury", "no", "en-US", "injury", "no"),
    ("injury", "no, I never fell", "en-US", "injury", "no"),
    ("thyroid", "no, see, they checked it and it was fine", "en-US", "thyroid", "no"),
    ("thyroid", "nah", "en-US", "thyroid", "no"),
    ("alcohol", "honestly no", "en-US", "alcohol", "no"),
    ("diabetes", "haan ji, sugar is there", "en-IN", "diabetes", "yes"),
    ("diabetes", "oui, diabetic for years", "en-CA", "diabetes", "yes"),
]


@pytest.mark.parametrize(("context", "text", "locale", "question", "value"), CONTROLS_27A)
def test_english_answer_words_keep_their_reading(context: str, text: str, locale: str,
                                                 question: str, value: str) -> None:
    _answered(context, text, locale, question, value)


# -- 27b. a side said to correct ------------------------------------------------------------

OWN_27B = [
    ("that's not what I meant, it's both, not one", "en-US", "both_legs"),
    ("no, I said the left", "en-GB", "one_leg"),
    ("no, the left", "en-US", "one_leg"),
    ("no no, the right one", "en-AU", "one_leg"),
    ("not what I meant, the left", "en-CA", "one_leg"),
    ("that's not what I said, it's the right leg", "en-GB", "one_leg"),
    ("not one, both", "en-IN", "both_legs"),
    ("nope, just the right", "en-US", "one_leg"),
    ("no, both of them", "en-GB", "both_legs"),
    ("nah, only the left one mate", "en-AU", "one_leg"),
    ("no no, both legs are there", "en-IN", "both_legs"),
    ("it's both legs, not just one", "en-US", "both_legs"),
    ("not what I said, both of them", "en-CA", "both_legs"),
    ("no, it's his left leg", "en-GB", "one_leg"),
]
# before (base 5b39932): 3 of 14 (the "no" or "not" refused the side said after it, or the
# correction went back a question); after: 14 of 14


@pytest.mark.parametrize(("text", "locale", "side"), OWN_27B)
def test_a_side_said_to_correct_is_the_side(text: str, locale: str, side: str) -> None:
    _answered("side", text, locale, "side", side)


CONTROLS_27B_SIDE = [
    ("no, not the left, the right", "en-US", "one_leg"),
    ("the left, the right one's fine", "en-GB", "one_leg"),
    ("the right's worse but it's both", "en-GB", "both_legs"),
    ("the left one, and the right one too", "en-US", "both_legs"),
]


@pytest.mark.parametrize(("text", "locale", "side"), CONTROLS_27B_SIDE)
def test_a_side_denied_or_added_keeps_its_reading(text: str, locale: str, side: str) -> None:
    _answered("side", text, locale, "side", side)


def test_a_bare_no_to_the_side_question_answers_no_side() -> None:
    sim = CONTEXTS.open("en-US", "side")
    reply = sim.say("no")
    assert "side" not in screening(sim).answers, reply.speech


CONTROLS_27B_ELSEWHERE = [
    ("leg_weakness", "no, the left leg is fine", "en-US", "leg_weakness", "no"),
    ("face_arm_speech", "no, his left arm is fine", "en-GB", "face_arm_speech", "no"),
    ("duration", "no, the left, and about three weeks", "en-US", "duration", "weeks"),
]


@pytest.mark.parametrize(("context", "text", "locale", "question", "value"),
                         CONTROLS_27B_ELSEWHERE)
def test_a_no_then_a_side_at_another_question_keeps_its_answer(
        context: str, text: str, locale: str, question: str, value: str) -> None:
    _answered(context, text, locale, question, value)


def test_a_no_then_a_cold_leg_is_still_warned() -> None:
    _warned("cold_pale_leg", "no, the left one is cold and white", "limb_ischaemia", "en-US")


def test_not_what_i_said_alone_goes_back() -> None:
    sim = CONTEXTS.open("en-US", "duration")
    reply = sim.say("that's not what I said")
    assert "go back" in reply.speech, reply.speech

"""Round 29 (dur29): requests and answers taken as mechanisms and said in words of our own to
the offline simulator at a real point of a screening (request envelopes in, speech and session
state out), across the five locales, with controls beside each rule (docs/clinical-safety.md
5zzv). No held-back material was read.

29a. "Do you" said short, "d'you" (or "d'ya"): Alexa and the simulator keep it as one word
("dyou"), which no phrase knew, so "why d'you want to know about my drinking" was read as a
question about drinking and told the cause. Spelt out as "do you", the why-ask is the why-ask (the
reason, then the same question again), and "d'you think it's serious" asks when to be seen.

29b. A cancel said with when the person will come back ("cancel, I'll do this later", "cancel
that, we'll finish it tomorrow"): no sample took the pair and the turn fell to the fallback, the
question asked again. It is the cancel: the same goodbye.

29c. A question put as "what is it that ..." ("what is it that causes diabetic neuropathy"): the
cleft's "what is it" was read as "what was that" (repeat) and the cause named was lost. A cause
asked with "what is it that causes, gives, brings on" is the causes request, and with a condition
named, that condition's information.

29d. A side answer with another person's remark inside it ("it's the left, though my wife says I
favour the right when I walk"): the remark's side was a second side, and both legs were taken.
What another says of how one walks or stands is theirs, not a second side of the numbness; a sign
they saw on that side ("my husband says the right drags", "he says the right's numb too") keeps
both (rule 3).
"""

from __future__ import annotations

import pytest

from tests.understanding.test_words_in_context import CONTEXTS, same_reply_as, say_at

# -- 29a. "d'you" is "do you" ---------------------------------------------------------------------

OWN_29A_WHY = [
    ("alcohol", "why d'you want to know about my drinking", "en-GB"),
    ("alcohol", "why d'you need to know how much I drink", "en-AU"),
    ("alcohol", "why d'you ask about the booze", "en-IN"),
    ("diabetes", "why d'you need to know about diabetes", "en-US"),
    ("diabetes", "why d'you want to know if I'm diabetic", "en-CA"),
    ("back_pain", "why d'you ask that", "en-GB"),
    ("back_pain", "why d'ya wanna know about my back", "en-AU"),
    ("alcohol", "and why d'you need to know that", "en-GB"),
    ("diabetes", "why d'you ask me about sugar", "en-IN"),
    ("back_pain", "why d'you want to know about my back", "en-CA"),
]
# before (base 86f32fd): 0 of 10 (each read as a cause asked for, or the causes told); after:
# 10 of 10. The controls: 4 of 4 before and after


@pytest.mark.parametrize(("context", "text", "locale"), OWN_29A_WHY)
def test_a_why_ask_said_with_dyou_is_the_why_ask(context: str, text: str, locale: str) -> None:
    same_reply_as(context, text, "WhyAskIntent", locale)


CONTROLS_29A = [
    ("alcohol", "why do you want to know about my drinking", "en-GB", "WhyAskIntent"),
    ("back_pain", "why do you ask", "en-US", "WhyAskIntent"),
    ("duration", "cancel", "en-CA", "AMAZON.CancelIntent"),
]


@pytest.mark.parametrize(("context", "text", "locale", "intent"), CONTROLS_29A)
def test_the_plain_requests_keep_their_reply(context: str, text: str, locale: str,
                                            intent: str) -> None:
    same_reply_as(context, text, intent, locale)


def test_a_yes_said_beside_dyou_is_still_a_yes() -> None:
    _, answers, _ = say_at("alcohol", "yes, d'you think that matters? I have about six pints a day",
                           "en-GB")
    assert answers.get("alcohol") == "yes", answers


# -- 29b. a cancel said with when the person will come back ---------------------------------------

OWN_29B = [
    ("duration", "cancel, I'll do this later", "en-CA"),
    ("duration", "cancel that, I'll finish it tomorrow", "en-GB"),
    ("onset", "cancel, we'll do this later", "en-US"),
    ("side", "cancel it, I will do the rest later", "en-AU"),
    ("alcohol", "cancel, I'll come back to it another time", "en-IN"),
    ("onset", "cancel, let's do it later", "en-GB"),
    ("side", "cancel that, I'll finish this another time", "en-US"),
    ("duration", "cancel, I'll finish the rest tomorrow", "en-AU"),
    ("diabetes", "cancel it, we will do this another time", "en-CA"),
    ("back_pain", "cancel, I'll come back to this later", "en-IN"),
]
# before (base 86f32fd): 0 of 10 (each the fallback, the question again); after: 10 of 10


@pytest.mark.parametrize(("context", "text", "locale"), OWN_29B)
def test_a_cancel_with_a_time_to_come_back_is_the_cancel(context: str, text: str,
                                                        locale: str) -> None:
    same_reply_as(context, text, "AMAZON.CancelIntent", locale)


def test_a_sign_said_with_leaving_is_taken_up() -> None:
    """A sign said with the leaving is not lost with it: "stop, I'll do this later, but I can't
    control my bladder" goes on to the bladder's timing (the red flag's own question)."""
    reply = CONTEXTS.open("en-GB", "duration").say(
        "stop, I'll do this later, but I can't control my bladder")
    assert not reply.session_ended and "bladder" in reply.speech, reply.speech


def test_a_face_dropping_said_with_leaving_warns() -> None:
    speech, _, flags = say_at(
        "duration", "stop, I'll do this later, my face has dropped on one side", "en-CA")
    assert "stroke_signs" in flags and speech.startswith("Warning") and "9 1 1" in speech, speech


@pytest.mark.parametrize("text", ["cancel that, my face has dropped on one side",
                                  "cancel, I'll do this later, my face has dropped on one side"])
def test_a_sign_said_with_a_cancel_is_never_a_goodbye(text: str) -> None:
    """Left as it was (5zzv): no cancel carrier takes a sign after it, so the turn is the
    fallback and the question comes again; what matters here is that the session stays open."""
    reply = CONTEXTS.open("en-CA", "duration").say(text)
    assert not reply.session_ended, reply.speech


def test_a_length_said_after_later_words_stays_a_length() -> None:
    _, answers, _ = say_at("duration", "I'll tell you later, actually about three weeks", "en-GB")
    assert answers.get("duration") == "weeks", answers


# -- 29c. "what is it that causes ..." -------------------------------------------------------------

OWN_29C = [
    ("what is it that causes diabetic neuropathy", "en-US", "diabetic_neuropathy"),
    ("what is it that causes diabetic neuropathy", "en-IN", "diabetic_neuropathy"),
    ("what's it that causes sciatica", "en-GB", "sciatica"),
    ("so what is it that causes restless legs", "en-AU", "restless_legs"),
    ("what is it that brings on sciatica", "en-CA", "sciatica"),
    ("what was it that causes peripheral neuropathy", "en-GB", "peripheral_neuropathy"),
    ("what exactly is it that causes diabetic nerve damage", "en-US", "diabetic_neuropathy"),
    ("and what is it that causes an underactive thyroid", "en-IN", "hypothyroidism"),
    ("what is it that gives you restless legs", "en-AU", "restless_legs"),
    ("what is it that causes a slipped disc", "en-CA", "herniated_disc"),
]
# before (base 86f32fd): 0 of 10 (read as "what was that", the likely causes told again);
# after: 10 of 10. The controls: 4 of 4 before and after


@pytest.mark.parametrize(("text", "locale", "condition"), OWN_29C)
def test_what_is_it_that_causes_a_condition_is_its_information(text: str, locale: str,
                                                              condition: str) -> None:
    said = CONTEXTS.open(locale, "causes_offered").say(text)
    wanted = CONTEXTS.open(locale, "causes_offered").intent("CauseInfoIntent",
                                                            condition=condition)
    assert wanted.speech[:60] in said.speech, said.speech


CONTROLS_29C = [
    ("what causes diabetic neuropathy", "en-US", "diabetic_neuropathy"),
    ("tell me about sciatica", "en-GB", "sciatica"),
]


@pytest.mark.parametrize(("text", "locale", "condition"), CONTROLS_29C)
def test_a_plain_cause_question_keeps_its_reply(text: str, locale: str, condition: str) -> None:
    test_what_is_it_that_causes_a_condition_is_its_information(text, locale, condition)


def test_what_was_that_is_still_a_repeat() -> None:
    same_reply_as("duration", "what was that", "AMAZON.RepeatIntent", "en-GB")


def test_what_is_it_that_causes_nothing_named_is_the_overview() -> None:
    said = CONTEXTS.open("en-GB", "causes_offered").say("what is it that causes it")
    assert "Sorry" not in said.speech, said.speech


# -- 29d. a side answer with another person's remark inside it ----------------------------------

OWN_29D = [
    ("it's the left, though my wife says I favour the right when I walk, it's the left that's numb",
     "en-GB"),
    ("the left one, my husband says I lean on the right when I stand", "en-US"),
    ("just the right, though my daughter reckons I favour the left", "en-AU"),
    ("left leg, my mum thinks I put more weight on the right", "en-IN"),
    ("the right, even though my partner says I sleep on the left", "en-CA"),
    ("only the left, my son says I always kneel on the right", "en-GB"),
    ("right side, my wife reckons I sit on the left too much", "en-AU"),
    ("the left, my friend told me I lean to the right when I walk", "en-US"),
    ("it's my right, though my brother says I favour the left", "en-IN"),
    ("the left, but my husband thinks I stand on the right more", "en-CA"),
]
# before (base 86f32fd): 0 of 10 (both legs); after: 10 of 10. The controls: 6 of 6 before and
# after


@pytest.mark.parametrize(("text", "locale"), OWN_29D)
def test_a_side_inside_anothers_remark_is_not_a_second_side(text: str, locale: str) -> None:
    _, answers, flags = say_at("side", text, locale)
    assert answers.get("side") == "one_leg", answers
    assert not flags


CONTROLS_29D = [
    ("the left, but my wife says the right drags", "en-GB"),
    ("left, and my husband says the right is numb too", "en-US"),
    ("the left, though my mum says I limp on the right", "en-AU"),
    ("the left and the right", "en-IN"),
    ("my left, but my husband keeps saying the right", "en-CA"),
    ("both legs, my wife says", "en-GB"),
]


@pytest.mark.parametrize(("text", "locale"), CONTROLS_29D)
def test_a_sign_on_the_other_side_keeps_both(text: str, locale: str) -> None:
    _, answers, _ = say_at("side", text, locale)
    assert answers.get("side") == "both_legs", answers

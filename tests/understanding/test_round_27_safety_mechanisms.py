"""Round 27 (safety27): a red flag said after an opening no carrier held, and a "no" that names
the loss of control, said in words of our own to the offline simulator at a real point of a
screening (the interaction model included), across the five locales, with controls
(docs/clinical-safety.md 5zzk). No held-back material was read.

27a. "blah blah, my face is drooping", "listen, my leg is cold and white", "si, I fell off a
ladder ...": the opening matched no carrier, the simulator (as Alexa) sent
AMAZON.FallbackIntent, which carries no words, and the red flag said after it was lost. The
carriers (interaction_model/carriers.yaml) give FreeSpeechIntent the chatter, fillers and words
of address that open a turn, and AgreedSpeechIntent a yes in another language: the rest is read
as if said alone (as "yes ..." after "si", "oui", "ja").

27c. "no control, I keep wetting myself", "no warning, it just comes out" at the bladder
question: a "no" that names the loss is the sign (understanding.yaml bladder_bowel phrases);
"no control problems", "no loss of control" stay noes.
"""

from __future__ import annotations

import pytest

from tests.understanding.test_words_in_context import say_at
from tests.understanding.test_words_in_context import warned_at as _warned

# -- 27a. a red flag after an opening no carrier held ------------------------------------------

OWN_27A_WARNED = [
    ("onset", "blah blah, my face is drooping", "en-US", "stroke_signs"),
    ("side", "blah blah blah my arm has gone weak", "en-US", "stroke_signs"),
    ("duration", "look, the thing is my speech is slurred", "en-GB", "stroke_signs"),
    ("side", "see madam, my face is drooping", "en-IN", "stroke_signs"),
    ("duration", "anyway long story short I can't feel my bottom", "en-CA",
     "cauda_equina_saddle"),
    ("onset", "ugh whatever, my face is drooping on one side", "en-US", "stroke_signs"),
    ("onset", "strewth, I can't feel my bum", "en-AU", "cauda_equina_saddle"),
    ("side", "mate, my legs gave way this morning", "en-AU", "new_leg_weakness"),
    ("face_arm_speech", "hmm, my arm is weak and my speech is slurred", "en-GB",
     "stroke_signs"),
    ("injury", "si, I fell off a ladder on Sunday, landed on my back", "en-US",
     "spinal_injury"),
    ("injury", "oui, I slipped on the stairs this morning and hit my back", "en-CA",
     "spinal_injury"),
    ("onset", "right so anyway my face has gone droopy", "en-GB", "stroke_signs"),
    ("onset", "ok listen, I can't feel my bum", "en-GB", "cauda_equina_saddle"),
]
# on the base 5b39932: 3 of these 13 warned ("hmm" is dropped as a filler, "right" and "ok" are
# carriers), the other 10 fell back ("Sorry, I didn't catch that"); after: 13 of 13


@pytest.mark.parametrize(("context", "text", "locale", "flag"), OWN_27A_WARNED)
def test_a_red_flag_after_an_opening_no_carrier_held_warns(context: str, text: str,
                                                            locale: str, flag: str) -> None:
    _warned(context, text, flag, locale)


OWN_27A_READ_AS_ALONE = [
    # (context, locale, said, the same said without its opening)
    ("side", "en-US", "listen, my leg is cold and white", "my leg is cold and white"),
    ("duration", "en-IN", "tell you what, I can't control my bladder",
     "I can't control my bladder"),
    ("onset", "en-GB", "funny thing, my foot's gone cold and pale", "my foot's gone cold and pale"),
    ("onset", "en-US", "the thing is my leg's cold and pale", "my leg's cold and pale"),
    ("leg_weakness", "en-GB", "look, my legs are fine", "my legs are fine"),
    ("injury", "en-US", "si, but it was years ago", "yes, but it was years ago"),
    ("fever", "en-US", "oui, I had a fever last year", "yes, I had a fever last year"),
    ("face_arm_speech", "en-US", "funny thing, my dad's face drooped once",
     "my dad's face drooped once"),
]


@pytest.mark.parametrize(("context", "locale", "text", "alone"), OWN_27A_READ_AS_ALONE)
def test_an_opening_no_carrier_held_is_read_as_the_rest_said_alone(
        context: str, locale: str, text: str, alone: str) -> None:
    said, heard = say_at(context, text, locale), say_at(context, alone, locale)
    assert (said[1], said[2]) == (heard[1], heard[2]), (said, heard)


# on the base: 2 of these 8 read as the rest alone (the other 6 fell back); after: 8 of 8

CONTROLS_27A = [
    # chatter and answers after an opening: no flag, the answer read
    ("onset", "listen, it came on slowly", "en-GB", "onset", "gradual"),
    ("side", "anyway, both legs", "en-US", "side", "both_legs"),
    ("fever", "ugh, no", "en-AU", "fever", "no"),
    ("fever", "hmm, no fever", "en-US", "fever", "no"),
    ("bladder_bowel", "mate, no problems there", "en-US", "bladder_bowel", "no"),
    ("duration", "see madam, about two months", "en-IN", "duration", "months"),
    ("onset", "long story short, it came on gradually", "en-CA", "onset", "gradual"),
    ("face_arm_speech", "um, no, my face is fine", "en-US", "face_arm_speech", "no"),
    ("fever", "tbh no fever at all", "en-US", "fever", "no"),
    ("saddle_numbness", "strewth, no, all normal down there", "en-AU", "saddle_numbness", "no"),
    ("bladder_bowel", "oh dear, no, bladder's fine", "en-GB", "bladder_bowel", "no"),
    ("leg_weakness", "sir, no weakness", "en-IN", "leg_weakness", "no"),
    ("cold_pale_leg", "hey, no, my legs are warm and pink", "en-US", "cold_pale_leg", "no"),
    ("fever", "i mean, no, just tired", "en-GB", "fever", "no"),
    ("side", "you know what, just the left one", "en-US", "side", "one_leg"),
    ("injury", "whatever, no injury", "en-GB", "injury", "no"),
    ("fever", "blah, no fever", "en-CA", "fever", "no"),
    ("bladder_bowel", "look, no leaking at all", "en-AU", "bladder_bowel", "no"),
    ("face_arm_speech", "hmm, no, face and arms are fine", "en-IN", "face_arm_speech", "no"),
    ("saddle_numbness", "anyway, no numbness there", "en-US", "saddle_numbness", "no"),
]
# on the base: no flag in any of these 20, but 13 fell back and lost their answer; after: each
# answer read, no flag


@pytest.mark.parametrize(("context", "text", "locale", "finding", "answer"), CONTROLS_27A)
def test_chatter_before_an_answer_raises_no_flag_and_keeps_the_answer(
        context: str, text: str, locale: str, finding: str, answer: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert not flags and answers.get(finding) == answer, (answers, flags, speech)


@pytest.mark.parametrize("text", ["blah blah blah", "ugh", "blah", "whatever"])
def test_chatter_alone_raises_nothing_and_keeps_the_question(text: str) -> None:
    speech, answers, flags = say_at("onset", text, "en-US")
    assert not flags and "onset" not in answers, (answers, flags)
    assert "start all at once" in speech or "suddenly" in speech, speech


# -- 27c. a "no" that names the loss of control is the sign ------------------------------------

OWN_27C_YES = [
    ("bladder_bowel", "no control, I keep wetting myself", "en-US"),
    ("bladder_bowel", "no control at all, it just comes out", "en-GB"),
    ("bladder_bowel", "no warning, it just comes out", "en-US"),
    ("bladder_bowel", "no control over urine", "en-IN"),
    ("bladder_bowel", "no, no control, I keep wetting myself", "en-GB"),
    ("bladder_bowel", "no warning before it comes out", "en-GB"),
    ("bladder_bowel", "no control, I've wet myself twice today", "en-CA"),
    ("bladder_bowel", "no control of my bladder", "en-AU"),
    ("bladder_bowel", "no control over my bowels", "en-CA"),
    ("bladder_bowel", "no feeling when I pee", "en-US"),
    ("bladder_bowel", "no, I have no control over my bladder", "en-US"),
]
# on the base 5b39932: 4 of these 11 read as bladder trouble (the last four); "no control, ..."
# and "no warning, ..." were noes or not understood; after: 11 of 11

OWN_27C_SADDLE = [
    ("saddle_numbness", "no feeling down there", "en-US"),
    ("saddle_numbness", "no sensation when I wipe", "en-GB"),
    ("saddle_numbness", "no feeling in my bum", "en-AU"),
    ("saddle_numbness", "no sensation around my bottom", "en-IN"),
    ("saddle_numbness", "no feeling at all down there", "en-US"),
]
# warned on the base and still (the seat named after the "no")


@pytest.mark.parametrize(("context", "text", "locale"), OWN_27C_YES)
def test_a_no_that_names_the_lost_control_is_bladder_trouble(context: str, text: str,
                                                            locale: str) -> None:
    speech, answers, _ = say_at(context, text, locale)
    assert answers.get("bladder_bowel") == "yes", (answers, speech)


@pytest.mark.parametrize(("context", "text", "locale"), OWN_27C_SADDLE)
def test_a_no_that_names_the_lost_feeling_of_the_seat_warns(context: str, text: str,
                                                           locale: str) -> None:
    _warned(context, text, "cauda_equina_saddle", locale)


CONTROLS_27C = [
    ("bladder_bowel", "no control problems", "en-US"),
    ("bladder_bowel", "no bladder control issues", "en-GB"),
    ("bladder_bowel", "no, control is fine", "en-US"),
    ("bladder_bowel", "no, I have full control", "en-AU"),
    ("bladder_bowel", "no loss of control", "en-IN"),
    ("bladder_bowel", "no, I'm in control", "en-CA"),
    ("bladder_bowel", "no, it's all under control", "en-US"),
    ("bladder_bowel", "no, bladder control is fine", "en-GB"),
    ("bladder_bowel", "no, no control issues at all", "en-US"),
    ("bladder_bowel", "no, I can control it fine", "en-US"),
    ("bladder_bowel", "no, no warning signs", "en-GB"),
    ("bladder_bowel", "no, my diabetes is under control", "en-US"),
    ("bladder_bowel", "nope, no control trouble", "en-AU"),
    ("bladder_bowel", "no, no control problems, no leaking", "en-GB"),
    ("bladder_bowel", "no, it comes out fine when I go", "en-US"),
    ("bladder_bowel", "no madam, control is there", "en-IN"),
    ("bladder_bowel", "no, control is normal", "en-CA"),
    ("bladder_bowel", "no, my bladder control is good", "en-US"),
    ("fever", "no fever, no control problems", "en-US"),
    ("leg_weakness", "no, they're under control", "en-US"),
    ("bladder_bowel", "no, I had no control years ago after the baby but it's fine now", "en-US"),
    ("bladder_bowel", "no, the dog has no control of his bladder", "en-GB"),
]


@pytest.mark.parametrize(("context", "text", "locale"), CONTROLS_27C)
def test_control_denied_or_said_of_another_stays_a_no(context: str, text: str,
                                                      locale: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert not flags and answers.get("bladder_bowel") != "yes", (answers, flags, speech)

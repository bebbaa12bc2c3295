"""Round 19 (forms19): false flags and answer forms read by mechanism, not by sentence. Each class
in words of our own, said to the offline simulator at a real point of a screening (request
envelopes in, replies and session state out), across the five locales. Every rule that lowers or
drops a flag has must-warn controls beside it, said without commas (Alexa sends none): the same
sign said plainly, said with "but", said after a denial of something else.

The classes (docs/clinical-safety.md 5zk):
- a loss denied through "not as if" / "not as though" ("it's not as if I can't feel my bottom"):
  a denial, as "it's not like I can't ..." already is;
- a question asked back about which question is meant ("is that the cold leg one? no ..."): the
  finding it names is not said by it; the answer after it is read;
- falling asleep said with "off" ("dozed off in the chair", "nodded off on the sofa"): no fall;
- two cancel requests said together ("cancel that never mind"): the cancel;
- getting a doctor to look at it ("when should I get a doctor to look at it"): when to be seen;
- a denial carried over "or anything that|which ..." ("I don't take steroids or anything that
  weakens my immune system"): the part after it is denied too.
"""

from __future__ import annotations

import pytest

from skill.understanding.reader import default_reader
from tests.understanding.test_words_in_context import not_flagged_at, same_reply_as, warned_at

# -- 1. a loss denied through "not as if" / "not as though": a denial --

@pytest.mark.parametrize(("text", "locale"), [
    ("it is not as if I can't feel my bottom I can feel it fine", "en-GB"),
    ("it's not as though I cannot feel down below it's all normal", "en-US"),
    ("it isn't as if I can't feel my backside", "en-CA"),
    ("it's not as if I can't feel my bum when I wipe", "en-AU"),
    ("it is not as though I am unable to feel the private area", "en-IN"),
])
def test_a_loss_denied_as_if_is_a_no(text: str, locale: str) -> None:
    speech, answers = not_flagged_at("saddle_numbness", text, locale)
    assert answers.get("saddle_numbness") != "yes", (answers, speech)


@pytest.mark.parametrize(("text", "locale"), [
    # must-warn: the loss said plainly, with "but", after a denial of something else
    ("I can't feel my bottom when I wipe", "en-GB"),
    ("it's not as if it hurts but I can't feel my bottom at all", "en-US"),
    ("no pain down there but I can not feel my bum since yesterday", "en-AU"),
    ("it feels as if I can't feel my bottom at all", "en-IN"),
    ("it's as if I can't feel down below any more", "en-CA"),
])
def test_a_loss_said_plainly_or_as_if_is_still_warned(text: str, locale: str) -> None:
    warned_at("saddle_numbness", text, "cauda_equina_saddle", locale)


# -- 2. a question asked back about which question is meant: names nothing --

@pytest.mark.parametrize(("context", "text", "locale"), [
    ("cold_pale_leg", "is this the cold leg one no my feet are warm and pink", "en-US"),
    ("cold_pale_leg", "is that the one about a cold leg no both are warm", "en-GB"),
    ("face_arm_speech", "is that the stroke one no my face and speech are fine", "en-CA"),
    ("bladder_bowel", "is it the bladder one no nothing has changed", "en-AU"),
    ("face_arm_speech", "so is that the face one no nothing like that", "en-IN"),
])
def test_a_question_asked_back_names_no_sign(context: str, text: str, locale: str) -> None:
    speech, answers = not_flagged_at(context, text, locale)
    assert answers.get(context) == "no", (answers, speech)


@pytest.mark.parametrize(("context", "text", "locale", "flag"), [
    # must-warn: the sign said after the question asked back, plainly or after a "no"
    ("cold_pale_leg", "is that the cold leg one yes my left leg went cold and white today",
     "en-US", "limb_ischaemia"),
    ("face_arm_speech", "is that the stroke one yes my face dropped this morning", "en-GB",
     "stroke_signs"),
    ("cold_pale_leg", "is this the cold leg one my right foot is icy and white since lunch",
     "en-AU", "limb_ischaemia"),
    ("face_arm_speech", "is it the face one no pain but my speech is slurred since this morning",
     "en-IN", "stroke_signs"),
    # ...and a sign said as the question, not as which question, is still a sign
    ("cold_pale_leg", "is it bad that my leg has gone cold and white", "en-CA", "limb_ischaemia"),
])
def test_a_sign_told_with_a_question_asked_back_is_warned(context: str, text: str, locale: str,
                                                          flag: str) -> None:
    warned_at(context, text, flag, locale)


# -- 3. falling asleep said with "off": no fall --

@pytest.mark.parametrize(("text", "locale"), [
    ("no I just dozed off in the chair", "en-GB"),
    ("no I nodded off on the couch that's all", "en-US"),
    ("nope I only dropped off in my armchair", "en-CA"),
    ("no I drifted off in front of the telly", "en-AU"),
    ("no I dozed off on the sofa after lunch", "en-IN"),
])
def test_dozing_off_is_no_fall(text: str, locale: str) -> None:
    speech, answers = not_flagged_at("injury", text, locale)
    assert answers.get("injury") != "yes", (answers, speech)


@pytest.mark.parametrize(("text", "locale"), [
    # must-warn: a fall said beside the dozing, plainly, with "but"
    ("I dozed off in the chair and fell off it onto my back", "en-GB"),
    ("I nodded off and fell down the stairs", "en-US"),
    ("I fell off a chair onto my back", "en-CA"),
    ("no car crash but I fell off the ladder yesterday", "en-AU"),
    ("I dropped off on the sofa but then I fell off it and landed on my back", "en-IN"),
])
def test_a_fall_said_with_dozing_off_is_still_warned(text: str, locale: str) -> None:
    warned_at("injury", text, "spinal_injury", locale)


# -- 4. two cancel requests said together: the cancel --

@pytest.mark.parametrize(("text", "locale"), [
    ("cancel that never mind", "en-US"),
    ("cancel it forget it", "en-GB"),
    ("cancel this it doesn't matter", "en-CA"),
    ("never mind cancel that", "en-AU"),
    ("cancel forget about it", "en-IN"),
])
def test_two_cancels_together_cancel(text: str, locale: str) -> None:
    same_reply_as("cancer_history", text, "AMAZON.CancelIntent", locale)


# -- 5. getting a doctor to look at it: when to be seen --

@pytest.mark.parametrize(("text", "locale"), [
    ("when should I get a doctor to look at it", "en-US"),
    ("when should I get the GP to look at this", "en-GB"),
    ("should I have a doctor check it out", "en-CA"),
    ("when do I need a doctor to have a look at my legs", "en-AU"),
    ("when should I get a doctor to see it", "en-IN"),
])
def test_getting_a_doctor_to_look_at_it_asks_when_to_be_seen(text: str, locale: str) -> None:
    same_reply_as("causes_offered", text, "WhenToSeeDoctorIntent", locale)


# -- 6. a denial carried over "or anything that|which": the part after it is denied --

@pytest.mark.parametrize(("text", "locale"), [
    ("I don't take steroid tablets or anything that suppresses my immunity", "en-GB"),
    ("no I'm not on steroids or anything that weakens my immune system", "en-US"),
    ("I don't have HIV or anything which lowers my immunity", "en-CA"),
    ("I've never had chemo or anything else that knocks my immune system down", "en-AU"),
])
def test_a_denial_over_or_anything_that_denies_the_rest(text: str, locale: str) -> None:
    # the risk question that asks it is reached only inside a screening with back pain; the
    # reading is what it records
    reading = default_reader().read(text, locale)
    assert not any(f.id == "weak_immunity" and f.present for f in reading.findings), reading


@pytest.mark.parametrize(("text", "locale"), [
    # must-warn (a risk said): the immunity said plainly, with "but", after a denial
    ("my immune system is weak from the transplant drugs", "en-GB"),
    ("I don't take steroids but my immunity is low from chemo", "en-US"),
    ("no steroids or anything I have a weak immune system though", "en-IN"),
])
def test_weak_immunity_said_beside_a_denial_is_still_read(text: str, locale: str) -> None:
    reading = default_reader().read(text, locale)
    assert any(f.id == "weak_immunity" and f.present for f in reading.findings), reading

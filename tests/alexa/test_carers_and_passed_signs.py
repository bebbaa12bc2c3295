"""Whose sign, and what a carer can know (review7 N1, O1-O3; docs/clinical-safety.md 5f), played
through the skill as Alexa sends it. By construction: wordings of our own, written before the
code changed, in the five locales, with must-warn cases beside every rule that lowers, and
must-not-flag controls beside every rule that raises.

- "not me, <who>, <sign>": "not me" says whose the sign is, never whether (warned at once);
- a panic or a cry for help said first ("panic attack, and ...", "help, ..."): the signs after it
  are read, not lost to "didn't catch that";
- a sign said to have come and gone ("his face did droop, but it's fine now") is still a sign;
- a carer's "not that I know of", said again when checked, is a no for the signs anyone with the
  person sees, and stays "not sure" for what only the person feels.
"""

from __future__ import annotations

import pytest

from alexa_simulator import Simulator
from tests.alexa.test_free_speech import answers, at_question, every_flag
from tests.alexa.test_safety_review import triage
from tests.alexa.test_someone_elses_signs import play_on

NUMBER = {"en-US": "9 1 1", "en-CA": "9 1 1", "en-GB": "9 9 9", "en-AU": "triple zero",
          "en-IN": "1 1 2"}
SUDDEN_LEFT = {"onset": "suddenly", "side": "the left leg", "duration": "an hour"}
SLOW_BOTH = {"onset": "slowly", "side": "both legs", "duration": "for weeks"}


def warned_at_once(reply, locale: str) -> bool:
    return reply.speech.startswith("Warning.") and NUMBER[locale] in reply.speech


def opening(handler, locale: str, text: str):
    sim = Simulator(locale=locale, handler=handler)
    sim.launch()
    return sim, sim.say(text)


# -- "not me, <who>, <sign>": whose, not whether (review7 O1, O3) --------------------------------

@pytest.mark.parametrize(("locale", "text"), [
    # the review's sentences
    ("en-GB", "not me, my wife, her face is drooping"),
    ("en-GB", "not me, my dad, his speech is slurred and his leg's gone numb"),
    ("en-GB", "not me, but my mouth is going to one side"),
    # our own wordings of the same construction
    ("en-US", "not me, my husband, his mouth has gone to one side"),
    ("en-AU", "not me mate, the missus, her speech has gone all slurred"),
    ("en-IN", "not me, my father, his mouth has become crooked"),
    ("en-CA", "not me, my mom, her face has dropped and her arm is weak"),
    ("en-US", "not me, it's my dad, his smile is pulling to one side"),
    # the face pulled to one side, said of oneself
    ("en-AU", "my mouth is going to one side"),
    ("en-IN", "my face is going to one side since morning"),
])
def test_a_face_sign_after_not_me_or_gone_to_one_side_is_warned_at_once(
        handler, locale: str, text: str) -> None:
    _, reply = opening(handler, locale, text)
    assert warned_at_once(reply, locale), reply.speech
    assert "stroke_signs" in every_flag(reply)
    assert "side=" not in answers(reply)  # the face's one side is no side of the legs


@pytest.mark.parametrize(("locale", "text", "flag"), [
    ("en-GB", "not me, his face is drooping", "stroke_signs"),
    ("en-US", "not me, her leg's gone cold and white", "limb_ischaemia"),
    ("en-AU", "not me, him, his speech is slurred", "stroke_signs"),
    ("en-IN", "not mine, his mouth has become crooked", "stroke_signs"),
    ("en-CA", "not me, her, her face has dropped on one side", "stroke_signs"),
])
def test_not_me_then_the_sign_at_the_sudden_signs_question_is_the_sign_not_a_no(
        handler, locale: str, text: str, flag: str) -> None:
    sim = Simulator(locale=locale, handler=handler)
    at_question(sim, "sudden_signs", SUDDEN_LEFT)
    reply = sim.say(text)
    assert warned_at_once(reply, locale), reply.speech
    assert flag in every_flag(reply)
    assert "sudden_signs=no" not in answers(reply)


@pytest.mark.parametrize(("locale", "text"), [
    ("en-GB", "no, not me, nothing like that"),
    ("en-US", "not me, no, his face is fine"),
])
def test_not_me_with_nothing_stated_is_still_a_no(handler, locale: str, text: str) -> None:
    sim = Simulator(locale=locale, handler=handler)
    at_question(sim, "sudden_signs", SUDDEN_LEFT)
    reply = sim.say(text)
    assert not every_flag(reply), reply.speech
    assert "sudden_signs=no" in answers(reply)


@pytest.mark.parametrize(("locale", "text"), [
    ("en-IN", "my father's legs are numb, and my own left arm has become weak"),
    ("en-US", "my left arm has gone weak and my feet are numb"),
])
def test_the_side_of_an_arm_is_no_side_of_the_legs(handler, locale: str, text: str) -> None:
    _, reply = opening(handler, locale, text)
    assert "stroke_signs" in every_flag(reply)
    assert "side=" not in answers(reply)


@pytest.mark.parametrize(("locale", "text", "flag"), [
    ("en-AU", "my wife and I both noticed her speech is slurred", "stroke_signs"),
    ("en-GB", "me and my husband both have numb feet but his face has dropped", "stroke_signs"),
    ("en-US", "my husband and I both have tingling feet and now I can't feel my bottom",
     "cauda_equina_saddle"),
    ("en-IN", "my husband and me both noticed his mouth became crooked", "stroke_signs"),
    ("en-CA", "we both think her face is drooping", "stroke_signs"),
])
def test_both_said_of_two_people_is_no_side_and_the_sign_still_warns(
        handler, locale: str, text: str, flag: str) -> None:
    """ "My husband and I both ...": "both" is of the people; the sign is warned, and the side
    of the legs is still asked, not taken as both legs."""
    _, reply = opening(handler, locale, text)
    assert warned_at_once(reply, locale), reply.speech
    assert flag in every_flag(reply)
    assert "side=both_legs" not in answers(reply)


@pytest.mark.parametrize("text", ["both", "both of them", "both legs, and my husband's too"])
def test_both_at_the_side_question_is_still_both_legs(handler, text: str) -> None:
    sim = Simulator(locale="en-GB", handler=handler)
    at_question(sim, "side", {"onset": "slowly"})
    reply = sim.say(text)
    assert "side=both_legs" in answers(reply)


# -- a panic or a cry for help said first (review7 O2) --------------------------------------------

@pytest.mark.parametrize(("locale", "text", "finding"), [
    ("en-GB", "panic attack, and I've lost control of my bladder, and my legs are weak",
     "bladder_bowel"),
    ("en-US", "anxiety attack and I've wet myself and my legs are weak", "bladder_bowel"),
    ("en-AU", "hyperventilating and I've lost control of my bowels", "bladder_bowel"),
    ("en-IN", "panicking, I am not able to pass urine since morning", "bladder_bowel"),
    ("en-CA", "help, I can't move my legs", "leg_weakness"),
    ("en-GB", "oh my god, I've wet myself and I can't feel my legs", "bladder_bowel"),
])
def test_signs_said_after_a_panic_or_a_cry_for_help_are_read_and_end_in_the_emergency(
        handler, locale: str, text: str, finding: str) -> None:
    sim, reply = opening(handler, locale, text)
    assert not reply.speech.startswith("Sorry"), reply.speech
    assert f"{finding}=yes" in answers(reply)
    reply = play_on(sim, reply, {**SUDDEN_LEFT, "recent": "yes"})
    assert triage(reply) == "emergency"
    assert every_flag(reply)


@pytest.mark.parametrize(("locale", "text"), [
    ("en-US", "oh my god, my face has dropped"),
    ("en-AU", "help, her speech is slurred"),
])
def test_a_stroke_sign_after_a_cry_for_help_is_warned_at_once(handler, locale, text) -> None:
    _, reply = opening(handler, locale, text)
    assert warned_at_once(reply, locale), reply.speech


def test_panics_own_feelings_said_after_panic_attack_are_still_only_confirmed(handler) -> None:
    """The panic said first is kept in the words read: the over-breathing rule (7c) still
    confirms tingling lips and jelly legs rather than warning at once."""
    _, reply = opening(handler, "en-GB",
                       "panic attack, my lips are tingling and my legs feel like jelly")
    assert reply.speech.startswith("Just to check"), reply.speech
    assert not every_flag(reply)


# -- a sign that came and went is still a sign (docs 5f, 8f) --------------------------------------

@pytest.mark.parametrize(("locale", "question", "text", "flag"), [
    ("en-GB", "sudden_signs", "his face did droop but it's fine now", "stroke_signs"),
    ("en-US", "sudden_signs", "her speech went funny for a few minutes but it's back to normal now",
     "stroke_signs"),
    ("en-AU", "sudden_signs", "my leg went cold and white but it's better now", "limb_ischaemia"),
    ("en-IN", "sudden_signs", "my mouth became crooked for some time but now it is okay again",
     "stroke_signs"),
    ("en-CA", "sudden_signs", "yeah my arm went dead earlier but it's fine now", "stroke_signs"),
])
def test_a_sign_said_to_have_passed_is_still_warned(handler, locale, question, text,
                                                   flag) -> None:
    sim = Simulator(locale=locale, handler=handler)
    at_question(sim, question, SUDDEN_LEFT)
    reply = sim.say(text)
    assert warned_at_once(reply, locale), reply.speech
    assert flag in every_flag(reply)


@pytest.mark.parametrize(("locale", "text"), [
    ("en-GB", "my legs gave way this morning but they're fine now"),
    ("en-US", "I wet myself yesterday but it's fine now"),
])
def test_a_cauda_equina_sign_said_to_have_passed_is_still_recorded(handler, locale, text) -> None:
    sim = Simulator(locale=locale, handler=handler)
    reply = at_question(sim, "cauda_equina_signs", SLOW_BOTH)
    reply = play_on(sim, sim.say(text), {**SLOW_BOTH, "recent": "yes"})
    assert triage(reply) == "emergency"


@pytest.mark.parametrize(("locale", "text"), [
    ("en-US", "my legs were weak after the flu years ago but they're fine now"),
    ("en-GB", "my feet tingle, my bladder's fine now since the infection cleared"),
    ("en-AU", "my feet tingle, and no, my face is fine now"),
    ("en-IN", "my feet are burning, I had a sprain last year but it is fine now"),
])
def test_a_part_said_to_be_fine_now_or_a_story_long_ago_raises_nothing(
        handler, locale: str, text: str) -> None:
    sim, reply = opening(handler, locale, text)
    reply = play_on(sim, reply, {**SLOW_BOTH, "duration": "for months"})
    assert not every_flag(reply), reply.speech
    assert triage(reply) != "emergency"


# -- a carer's "not that I know of" (review7 N1; docs 5f, 8e) -------------------------------------

CARER = "my mum's leg went numb suddenly"
CARER_ANSWERS = {"onset": "suddenly", "side": "her left leg", "duration": "an hour"}


def carer_at(handler, locale: str, question: str, said: dict[str, str] | None = None,
             text: str = CARER):
    sim = Simulator(locale=locale, handler=handler)
    sim.launch()
    reply = sim.say(text)
    for _ in range(30):
        current = reply.session_attributes["screening"].get("current")
        if current == question:
            return sim, reply
        reply = sim.say({**CARER_ANSWERS, **(said or {})}.get(current, "no"))
    raise AssertionError(f"{question} never asked")


@pytest.mark.parametrize(("locale", "no"), [
    ("en-US", "not that I know of"),
    ("en-IN", "not that I am aware of"),
    ("en-GB", "not to my knowledge"),
])
def test_a_carers_second_not_that_i_know_of_is_a_no_for_signs_anyone_sees(
        handler, locale: str, no: str) -> None:
    """Face, arm and speech (FAST, the public's check of someone else): asked twice, a carer can
    look, so not knowing of them is a no, not an emergency by doubt."""
    sim, reply = carer_at(handler, locale, "face_arm_speech", {"sudden_signs": "yes"})
    reply = sim.say(no)
    assert reply.speech.startswith("Just to check:"), reply.speech
    reply = sim.say(no)
    assert "face_arm_speech=no" in answers(reply)
    assert not every_flag(reply)


def test_a_carers_not_knowing_inside_a_group_already_checked_is_a_no_at_once(handler) -> None:
    """review7 N1's path: "not that I know of" to the group twice opens it; its signs anyone
    sees are then a no at the first "not that I know of", not checked all over again."""
    sim, reply = carer_at(handler, "en-US", "cauda_equina_signs",
                          text="my husband's legs have been numb for a few weeks",
                          said={**SLOW_BOTH})
    reply = sim.say("not that I know of")
    assert reply.speech.startswith("Just to check, and if you can, ask them:"), reply.speech
    reply = sim.say("not that I know of")
    assert reply.session_attributes["screening"]["current"] == "leg_weakness"
    reply = sim.say("not that I know of")
    assert "leg_weakness=no" in answers(reply)
    assert not reply.speech.startswith("Just to check")


@pytest.mark.parametrize(("locale", "question", "said", "flag"), [
    # what only the person feels: a carer can miss it, and it matters (rule 3 holds)
    ("en-US", "whole_leg", {"sudden_signs": "not sure", "face_arm_speech": "no"},
     "sudden_whole_leg"),
    ("en-GB", "bladder_bowel", {"cauda_equina_signs": "not sure", "leg_weakness": "no",
                                "recent": "yes"}, None),
])
def test_a_carers_not_knowing_what_only_the_person_feels_stays_not_sure(
        handler, locale: str, question: str, said: dict[str, str], flag: str | None) -> None:
    sim, reply = carer_at(handler, locale, question, said)
    reply = sim.say("not that I know of")
    assert reply.speech.startswith("Just to check, and if you can, ask them:"), reply.speech
    reply = sim.say("not that I know of")
    assert f"{question}=unsure" in answers(reply)
    reply = play_on(sim, reply, {**CARER_ANSWERS, **said})
    assert triage(reply) == "emergency"
    assert every_flag(reply)
    if flag:
        assert flag in every_flag(reply)


def test_a_carers_yes_after_the_check_still_warns(handler) -> None:
    sim, reply = carer_at(handler, "en-AU", "face_arm_speech", {"sudden_signs": "yes"})
    sim.say("not that I know of")
    reply = sim.say("actually yes, her face has dropped")
    assert warned_at_once(reply, "en-AU"), reply.speech
    assert "stroke_signs" in every_flag(reply)

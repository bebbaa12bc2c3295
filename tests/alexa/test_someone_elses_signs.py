"""A sign said of someone else (review6 R1, R2), played through the skill as Alexa sends it: a
carer's report of the person being screened is read ("my husband can't pass urine", "his leg is
cold and pale"), but a baby's, a toddler's or a pet's wetting or weakness is not the user's, nor
is a story told in passing beside the user's own signs ("my feet tingle and my mate lost the use
of his legs"), nor helpless laughter ("he wet himself laughing")."""

from __future__ import annotations

import pytest

from alexa_simulator import Simulator
from tests.alexa.test_free_speech import answers, at_question, every_flag
from tests.alexa.test_safety_review import triage

BLADDER = "cauda_equina_bladder"
PLAIN = {"onset": "slowly", "side": "both legs", "duration": "for weeks"}


def play(sim: Simulator, said: dict[str, str], start: tuple[str, ...] = ()):
    """Launch, say `start`, then answer each question from `said` (else plainly, else "no")
    until the result."""
    reply = sim.launch()
    for text in start:
        reply = sim.say(text)
    return play_on(sim, reply, said)


@pytest.mark.parametrize(("locale", "opening"), [
    ("en-US", "my feet have tingled for weeks, and the baby has wet herself again"),
    ("en-GB", "my feet have been tingling for weeks and the dog has wet himself"),
    ("en-GB", "my feet have tingled for weeks, and the baby has soiled her nappy"),
    ("en-US", "my feet have tingled for weeks and my husband wet himself laughing last night"),
])
@pytest.mark.parametrize("timing", ["yes", "not sure"])
def test_someone_elses_wetting_at_the_opening_is_not_the_users_bladder(
        handler, locale: str, opening: str, timing: str) -> None:
    sim = Simulator(locale=locale, handler=handler)
    reply = play(sim, {"recent": timing}, start=(opening,))
    assert "bladder_bowel=" not in answers(reply)
    assert BLADDER not in every_flag(reply)
    assert triage(reply) != "emergency"


@pytest.mark.parametrize("text", [
    "no, but the dog has wet himself",
    "no, but my toddler wet herself at nursery",
    "no, but my husband wet himself laughing last night",
    "no, my puppy keeps wetting himself",
])
def test_someone_elses_wetting_at_the_bladder_question_is_a_no(sim: Simulator, text: str) -> None:
    at_question(sim, "cauda_equina_signs")
    reply = sim.say(text)
    assert "bladder_bowel=yes" not in answers(reply)
    assert not every_flag(reply)
    reply = play_on(sim, reply, {"recent": "yes"})
    assert BLADDER not in every_flag(reply)
    assert triage(reply) != "emergency"


@pytest.mark.parametrize(("locale", "opening"), [
    ("en-US", "my feet tingle and my mate lost the use of his legs in a car crash"),
    ("en-IN", "my feet have tingled for months, my father's legs went from under him last year"),
    ("en-AU", "my feet have tingled for weeks and my dog has gone off his legs"),
    ("en-US", "my feet tingle, my brother says he can't feel his feet either"),
    ("en-IN", "my feet tingle, my grandfather is unable to pass urine after his prostate surgery"),
])
def test_someone_elses_weakness_or_bladder_told_in_passing_is_not_the_users(
        handler, locale: str, opening: str) -> None:
    sim = Simulator(locale=locale, handler=handler)
    reply = play(sim, {"onset": "slowly", "side": "both legs", "duration": "for weeks"},
                 start=(opening,))
    assert "leg_weakness=yes" not in answers(reply)
    assert "bladder_bowel=yes" not in answers(reply)
    assert not every_flag(reply)
    assert triage(reply) != "emergency"


@pytest.mark.parametrize(("locale", "opening", "flag"), [
    ("en-US", "my husband can't pass urine", BLADDER),
    ("en-US", "his leg is cold and pale", "limb_ischaemia"),
    ("en-US", "her speech is slurred", "stroke_signs"),
    ("en-IN", "my father can't feel his bottom and can't pass urine", "cauda_equina_saddle"),
    ("en-US", "she can't feel her bottom and her legs are numb", "cauda_equina_saddle"),
    ("en-GB", "my dad has lost the use of his legs since this morning", None),
    ("en-US", "she's wet herself and her legs are weak", None),
    ("en-US", "my legs are numb, my husband says I can't pass urine", BLADDER),
])
def test_a_carers_report_of_the_person_screened_still_raises_the_flag(
        handler, locale: str, opening: str, flag: str | None) -> None:
    sim = Simulator(locale=locale, handler=handler)
    reply = play(sim, {"onset": "suddenly", "recent": "yes", "duration": "an hour"},
                 start=(opening,))
    assert triage(reply) == "emergency", reply.speech
    if flag:
        assert flag in every_flag(reply)


def play_on(sim: Simulator, reply, said: dict[str, str]):
    """Answer each question from `said` (else plainly, else "no") until the result."""
    for _ in range(40):
        if "assessment" in reply.session_attributes:
            return reply
        current = reply.session_attributes["screening"].get("current")
        reply = sim.say(said.get(current) or PLAIN.get(current, "no"))
    raise AssertionError("no result")


def test_a_carers_side_answer_leaves_the_sign_they_then_name_read() -> None:
    """ "Both legs" at the side question is the legs of whoever is screened: a carer who adds
    "and I think my mum's words are coming out jumbled" is warned (a hedged stroke sign)."""
    sim = Simulator(locale="en-GB")
    at_question(sim, "side")
    reply = sim.say("both legs, and I think my mum's words are coming out a bit jumbled")
    assert reply.speech.startswith("Warning.") and "9 9 9" in reply.speech, reply.speech
    assert "stroke_signs" in every_flag(reply)

"""Round 9 (talk9): review8 O0, N1, N2 by class, played through the skill as Alexa sends it.
By construction: wordings of our own in the five locales, written before the code changed, with
must-warn controls beside every rule that lowers and must-not-flag controls beside every rule
that raises (docs/clinical-safety.md 5k).

- O0: in a carer's conversation every question speaks of the one screened ("their", never
  "your"), and a sign the carer names at a question that asks about it ("yes, her left arm") or
  as where it is ("left side of his face and the left leg") is taken, not asked again.
- N1: the timing question times each sign it names. A split answer ("the weakness yes, the leak
  no") times each sign as said: never a plain no, and the old sign is not warned as new. A sign
  that opens the timing question after it was answered "no" for another is asked about on its
  own. A sign said "now" beside an old complaint is new. "Worse" is a yes.
- N2: breathing trouble in a panic is confirmed unless a sign of the Guillain-Barre or stroke
  family is said for certain with it; the breathing warning is spoken whenever it is held.
- Hands-free: "no" to an either-or question never loops.
"""

from __future__ import annotations

import re

import pytest

from alexa_simulator import Simulator
from tests.alexa.test_free_speech import every_flag
from tests.alexa.test_review8_panic_breath_and_whose import NUMBER, opening

LOCALES = tuple(NUMBER)
WEAKNESS_WARNING = "New weakness in the legs"
BLADDER_WARNING = "new bladder or bowel trouble"
BREATHING_WARNING = "trouble breathing, swallowing or speaking can be Guillain-Barre"


def screening(reply) -> dict:
    return reply.session_attributes["screening"]


def current(reply) -> str | None:
    return screening(reply).get("current")


def warned_at_once(reply, locale: str) -> bool:
    return reply.speech.startswith("Warning.") and NUMBER[locale] in reply.speech


def play_to(sim: Simulator, reply, question: str, said: dict[str, str]):
    for _ in range(30):
        if current(reply) == question:
            return reply
        reply = sim.say(said.get(current(reply) or "", "no"))
    raise AssertionError(f"{question} never asked")


# -- O0: a carer is asked about the one screened ------------------------------------------------

CARERS = [
    ("en-US", "my wife's leg is numb"),
    ("en-GB", "my husband's feet are tingling"),
    ("en-CA", "my dad's legs have gone numb"),
    ("en-AU", "my mum's feet are all pins and needles"),
    ("en-IN", "my father's legs are numb"),
    ("en-US", "my son says his feet feel numb"),
    ("en-GB", "my partner's legs keep tingling"),
]
SLOW = {"onset": "slowly", "side": "both legs", "duration": "for a few weeks"}
YOUR = re.compile(r"\b(your|yourself)\b", re.IGNORECASE)


@pytest.mark.parametrize(("locale", "text"), CARERS)
def test_every_question_a_carer_hears_speaks_of_the_one_screened(locale: str, text: str) -> None:
    sim, reply = opening(locale, text)
    asked = 0
    for _ in range(30):
        if current(reply) is None:
            break
        assert not YOUR.search(reply.speech), reply.speech
        assert not YOUR.search(reply.reprompt or ""), reply.reprompt
        asked += 1
        reply = sim.say(SLOW.get(current(reply) or "", "no"))
    assert asked >= 5
    told = re.search(r"You told me ([^.]*)\.", reply.speech)
    assert told and not YOUR.search(told.group(1)), reply.speech  # read back of them too


@pytest.mark.parametrize("locale", LOCALES)
def test_why_and_slower_keep_their_words_for_a_carer(locale: str) -> None:
    sim, reply = opening(locale, "my husband's legs are tingling")
    reply = play_to(sim, reply, "duration", SLOW)
    for asked in ("why do you ask", "slower", "repeat"):
        reply = sim.say(asked)
        assert "have they had it" in reply.speech, (asked, reply.speech)


@pytest.mark.parametrize("locale", LOCALES)
def test_ones_own_questions_still_say_your(locale: str) -> None:
    sim, reply = opening(locale, "my legs are tingling")
    reply = play_to(sim, reply, "duration", SLOW)
    assert "have you had it" in reply.speech, reply.speech


SUDDEN = {"onset": "suddenly", "side": "one leg", "duration": "an hour"}
CARER_SUDDEN = [
    ("en-US", "my wife's leg is numb"), ("en-GB", "my husband's leg has gone numb"),
    ("en-CA", "my wife's leg is numb"), ("en-AU", "my dad's leg's gone numb"),
    ("en-IN", "my father's leg is numb"),
]


@pytest.mark.parametrize(("locale", "opening_text"), CARER_SUDDEN)
@pytest.mark.parametrize(("question", "text"), [
    # a part named at the question that asks about the face, an arm or the speech
    *(("sudden_signs", text) for text in (
        "yes, her left arm", "yes, his arm", "her face, yes", "yes, his speech",
        "yes, the left side of her face", "his right arm", "yes her hand", "her face")),
    # one side of the face or an arm, given as where it is
    *(("side", text) for text in (
        "left side of his face and the left leg", "her left arm and her left leg",
        "the right leg, and the right side of her face", "his left leg and his left arm",
        "one side of her face and the leg on that side")),
])
def test_a_part_a_carer_names_where_it_is_asked_is_the_stroke_sign(
        locale: str, opening_text: str, question: str, text: str) -> None:
    sim, reply = opening(locale, opening_text)
    reply = play_to(sim, reply, question, SUDDEN)
    reply = sim.say(text)
    assert warned_at_once(reply, locale), reply.speech
    assert "stroke_signs" in every_flag(reply)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("text", ["yes, my left arm", "yes, my face", "my right arm, yes"])
def test_ones_own_part_named_at_the_sudden_signs_question_is_taken_too(
        locale: str, text: str) -> None:
    sim, reply = opening(locale, "my leg has gone numb")
    reply = play_to(sim, reply, "sudden_signs", SUDDEN)
    reply = sim.say(text)
    assert warned_at_once(reply, locale), reply.speech


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("text", [
    "both legs, and her hands tingle too", "both feet and both hands", "both legs and his fingers",
])
def test_hands_with_both_legs_at_the_side_question_are_no_stroke_sign(
        locale: str, text: str) -> None:
    """Numb hands with both feet are the glove and stocking pattern of a neuropathy (NHS
    peripheral neuropathy): no side of the body, no stroke sign (must-not-flag control)."""
    sim, reply = opening(locale, "my mum's feet are numb")
    reply = play_to(sim, reply, "side", SLOW)
    reply = sim.say(text)
    assert "stroke_signs" not in every_flag(reply), reply.speech


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("text", ["no, her arm is fine", "no, his face and arms are fine"])
def test_a_part_named_as_fine_is_no_stroke_sign(locale: str, text: str) -> None:
    sim, reply = opening(locale, "my wife's leg is numb")
    reply = play_to(sim, reply, "sudden_signs", SUDDEN)
    reply = sim.say(text)
    assert "stroke_signs" not in every_flag(reply), reply.speech


# -- N1: each sign timed as said ------------------------------------------------------------------

BOTH_SIGNS = [
    ("en-US", "my legs are weak and I've been leaking urine"),
    ("en-GB", "my legs have gone weak and I keep wetting myself"),
    ("en-CA", "my legs are weak and I've been leaking pee"),
    ("en-AU", "my legs are weak and I've been leaking wee"),
    ("en-IN", "my legs are weak and urine is leaking"),
]


@pytest.mark.parametrize(("locale", "text"), BOTH_SIGNS)
@pytest.mark.parametrize("split", [
    "the weakness yes, the leak no", "the leak's old, the weakness is new",
    "the legs are new, the wee problem is old", "the weakness, not the leak",
    "only the weakness is new", "the weakness is new but the leaking isn't",
    "the leg yes, the bladder no",
])
def test_a_split_answer_times_the_new_sign_new_and_the_old_one_old(
        locale: str, text: str, split: str) -> None:
    """Must-warn (the old sign's answer is lowered): the new weakness is the emergency, warned
    at once in the locale's number, and its warning is the one said."""
    sim, reply = opening(locale, text)
    assert current(reply) == "recent", reply.speech
    reply = sim.say(split)
    assert warned_at_once(reply, locale), reply.speech
    assert "new_leg_weakness" in every_flag(reply)
    assert WEAKNESS_WARNING in reply.speech and BLADDER_WARNING not in reply.speech, reply.speech


@pytest.mark.parametrize(("locale", "text"), BOTH_SIGNS)
@pytest.mark.parametrize("split", [
    "the bladder's new, the legs have been weak for years",
    "the leaking is new, not the weakness",
])
def test_a_split_answer_the_other_way_warns_the_bladder(locale: str, text: str,
                                                        split: str) -> None:
    sim, reply = opening(locale, text)
    reply = sim.say(split)
    assert warned_at_once(reply, locale), reply.speech
    assert "cauda_equina_bladder" in every_flag(reply)


@pytest.mark.parametrize(("locale", "text"), BOTH_SIGNS)
@pytest.mark.parametrize("worse", [
    "it's got a lot worse", "much worse", "worse since the weekend", "it's worse than it was",
])
def test_worse_is_a_yes_to_start_or_get_clearly_worse(locale: str, text: str,
                                                      worse: str) -> None:
    sim, reply = opening(locale, text)
    reply = sim.say(worse)
    assert warned_at_once(reply, locale), reply.speech


@pytest.mark.parametrize(("locale", "text"), BOTH_SIGNS)
@pytest.mark.parametrize("old", ["no", "no, the leak's been there for years"])
def test_a_bladder_answer_does_not_time_a_weakness_it_did_not_name(
        locale: str, text: str, old: str) -> None:
    """The timing question named only the bladder (the weakness's onset was not known yet): once
    the onset is slow, the weakness is asked about on its own, and its yes is the emergency for
    the weakness, not the old bladder."""
    sim, reply = opening(locale, text)
    reply = sim.say(old)
    reply = play_to(sim, reply, "onset", {"bladder_weeks": "no"})
    reply = sim.say("slowly")
    assert current(reply) == "recent", reply.speech
    assert "weakness" in reply.speech and "bladder" not in reply.speech, reply.speech
    reply = sim.say("yes")
    assert warned_at_once(reply, locale), reply.speech
    assert WEAKNESS_WARNING in reply.speech and BLADDER_WARNING not in reply.speech


@pytest.mark.parametrize(("locale", "text"), [
    ("en-AU", "I've leaked a bit for years and now my legs are weak"),
    ("en-US", "I've had bladder problems for a long time, and lately my legs have gone weak"),
    ("en-GB", "I've always had a weak bladder, but since Sunday my legs keep giving way"),
    ("en-CA", "I've leaked when I laugh for years and now I can't walk properly"),
    ("en-IN", "urine leaking is there since many years, and now my legs are weak"),
])
def test_a_sign_said_now_beside_an_old_complaint_is_new(locale: str, text: str) -> None:
    """Must-warn: the weakness said "now" is the emergency at once; the old leak is not named
    as new bladder trouble."""
    _, reply = opening(locale, text)
    assert warned_at_once(reply, locale), reply.speech
    assert BLADDER_WARNING not in reply.speech.split("You told me")[0], reply.speech


@pytest.mark.parametrize("locale", LOCALES)
def test_a_split_naming_only_some_signs_with_a_no_is_not_a_plain_no(locale: str) -> None:
    sim, reply = opening(locale, "my feet tingle")
    reply = sim.say("slowly")
    reply = sim.say("my legs are weak and I've been leaking urine")
    assert current(reply) == "recent" and "weakness" in reply.speech, reply.speech
    reply = sim.say("the leak no")
    assert current(reply) == "recent", reply.speech  # the weakness is still to be timed
    assert "recent=no" not in screening(reply)["history"]


# -- N2: breathing in a panic, one rule ------------------------------------------------------------

@pytest.mark.parametrize(("locale", "text"), [
    ("en-IN", "I am panicking, I am gasping and my legs are not moving"),
    ("en-US", "I'm panicking and gasping, my legs are weaker since Tuesday"),
])
def test_breathing_in_a_panic_beside_a_sign_of_the_family_is_warned_with_its_own_warning(
        locale: str, text: str) -> None:
    _, reply = opening(locale, text)
    assert warned_at_once(reply, locale), reply.speech
    assert "breathing_swallowing" in every_flag(reply)
    assert BREATHING_WARNING in reply.speech, reply.speech


@pytest.mark.parametrize(("locale", "text", "first"), [
    ("en-US", "I'm panicking, I can't catch my breath and my speech is slurred", "stroke"),
    ("en-GB", "I'm in a panic and gasping, and one side of my face has dropped", "stroke"),
    ("en-CA", "I'm having a panic attack, I'm short of breath and my whole leg has gone numb",
     "whole leg"),
    ("en-AU", "panic attack, can't catch my breath, and my left arm's gone weak", "stroke"),
    ("en-GB", "I can't get my breath and my face has dropped on one side", "stroke"),
])
def test_beside_a_stroke_the_first_warning_still_names_it(locale: str, text: str,
                                                          first: str) -> None:
    """Review9 N1: trouble breathing's warning first put the stroke out of the first warning
    and every reminder; a flag listed before it in the knowledge base keeps its place."""
    _, reply = opening(locale, text)
    assert warned_at_once(reply, locale), reply.speech
    assert "breathing_swallowing" in every_flag(reply)
    opening_warning = reply.speech.split(NUMBER[locale])[0]
    assert first in opening_warning.lower(), reply.speech


@pytest.mark.parametrize(("locale", "text"), [
    ("en-US", "I'm panicking, I can't catch my breath and my fingers are tingling"),
    ("en-GB", "I'm in a panic and gasping, my lips are tingling"),
    ("en-AU", "panic attack, I'm short of breath and my legs feel like jelly"),
])
def test_a_panics_own_signs_alone_are_still_confirmed(locale: str, text: str) -> None:
    _, reply = opening(locale, text)
    assert reply.speech.startswith("Just to check"), reply.speech


# -- Hands-free: no loops --------------------------------------------------------------------------

@pytest.mark.parametrize("locale", LOCALES)
def test_no_to_an_either_or_question_never_loops(locale: str) -> None:
    sim, reply = opening(locale, "my legs are tingling")
    assert current(reply) == "onset"
    reply = sim.say("no")
    reply = sim.say("no")
    assert "not sure" in reply.speech, reply.speech  # the choices, out loud
    reply = sim.say("no")
    assert current(reply) != "onset", reply.speech


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("text", ["my hands tingle", "her fingers are tingly too"])
def test_hands_said_alone_at_the_sudden_signs_question_are_no_stroke_sign(
        locale: str, text: str) -> None:
    """Must-not-flag control: tingling hands, said with no yes and no side, name no stroke."""
    sim, reply = opening(locale, "my wife's leg is numb")
    reply = play_to(sim, reply, "sudden_signs", SUDDEN)
    reply = sim.say(text)
    assert "stroke_signs" not in every_flag(reply), reply.speech


@pytest.mark.parametrize(("locale", "text"), BOTH_SIGNS)
@pytest.mark.parametrize("unsure", [
    "the leak, not sure", "not sure about the weakness", "I don't know about the leak",
])
def test_a_sign_named_with_not_sure_is_never_timed_old(locale: str, text: str,
                                                       unsure: str) -> None:
    """Must-warn control beside the split rule: "not" of "not sure" times nothing as old."""
    sim, reply = opening(locale, text)
    reply = sim.say(unsure)
    assert "recent=no" not in screening(reply)["history"]
    assert warned_at_once(reply, locale), reply.speech


@pytest.mark.parametrize(("locale", "text", "sign"), [
    ("en-US", "yes, his bladder", "the bladder or bowel trouble"),
    ("en-GB", "yes, her waterworks", "the bladder or bowel trouble"),
    ("en-CA", "yes, his walking", "the weakness or trouble walking"),
    ("en-AU", "yes, her bladder", "the bladder or bowel trouble"),
    ("en-IN", "yes, his walking", "the weakness or trouble walking"),
])
def test_a_sign_a_carer_names_with_a_yes_at_its_group_question_is_taken_and_timed(
        locale: str, text: str, sign: str) -> None:
    sim, reply = opening(locale, "my husband's feet are tingling")
    reply = play_to(sim, reply, "cauda_equina_signs", SLOW)
    reply = sim.say(text)
    assert current(reply) == "recent" and sign in reply.speech, reply.speech


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("text", ["the right-hand side, the left's no bother",
                                  "on the left hand side", "her right hand side only"])
def test_a_left_or_right_hand_side_is_no_hand(locale: str, text: str) -> None:
    sim, reply = opening(locale, "my wife's leg is numb")
    reply = play_to(sim, reply, "side", SUDDEN)
    reply = sim.say(text)
    assert "stroke_signs" not in every_flag(reply), reply.speech


# -- Review9 R1: the speaker who disowns another's signs is still the one screened ---------------

THEIR = re.compile(r"\b(their|they|them|themselves)\b", re.IGNORECASE)


@pytest.mark.parametrize(("locale", "text", "question", "answer"), [
    ("en-GB", "my legs have been tingling for a few weeks", "cauda_equina_signs",
     "no, his legs are weak but mine are fine"),
    ("en-US", "my left leg went numb suddenly an hour ago", "sudden_signs",
     "no, it was my wife whose face drooped, not me"),
    ("en-GB", "my legs have been numb for a few days", "cauda_equina_signs",
     "no, it's my mum who has the bladder trouble, not me"),
    ("en-CA", "my legs are tingling", "cauda_equina_signs",
     "no, my dad's legs went weak last year, mine are okay"),
    ("en-IN", "my legs are numb since two days", "cauda_equina_signs",
     "no, my wife had that problem, not me"),
    ("en-AU", "my feet are numb", "cauda_equina_signs",
     "nah, that's my husband who's got the bladder trouble"),
])
def test_a_speaker_who_disowns_anothers_signs_is_still_asked_about_themselves(
        locale: str, text: str, question: str, answer: str) -> None:
    sim, reply = opening(locale, text)
    reply = play_to(sim, reply, question, SLOW)
    reply = sim.say(answer)
    for _ in range(12):
        if current(reply) is None:
            break
        assert not THEIR.search(reply.speech), reply.speech
        reply = sim.say(SLOW.get(current(reply) or "", "no"))


@pytest.mark.parametrize(("locale", "text"), [
    ("en-US", "not me, my wife, her face is drooping"),
    ("en-GB", "it's not me, it's my husband, his legs have gone weak"),
    ("en-AU", "my mum's feet are all pins and needles, not mine"),
])
def test_a_carer_who_says_whose_the_signs_are_is_still_asked_about_them(locale: str,
                                                                       text: str) -> None:
    """Control: at the opening, "not me" says whose the signs are (5f), so the questions that
    follow speak of the one screened."""
    sim, reply = opening(locale, text)
    for _ in range(12):
        if current(reply) is None:
            break
        assert not YOUR.search(reply.speech), reply.speech
        reply = sim.say(SLOW.get(current(reply) or "", "no"))

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


# Round 7 (review6 O1, O2): by construction, wordings written before the code changed.
SUDDEN_LEFT = {"onset": "suddenly", "side": "my left leg", "duration": "an hour"}


@pytest.mark.parametrize(("locale", "opening"), [
    # an animal or a thing as the subject: never the person screened
    ("en-IN", "my feet are numb, my dog can't walk far"),
    ("en-GB", "my feet tingle and the cat can't use her back legs"),
    ("en-AU", "my feet are numb and our dog has lost the use of his back legs"),
    ("en-US", "my feet tingle, the car has lost power"),
    ("en-GB", "my feet are numb and the engine keeps losing power"),
    ("en-CA", "my feet are numb and my dog keeps going weak at the knees when he sees a treat"),
    # "not me", "not mine": said of the other person
    ("en-GB", "my feet tingle, my husband's legs are weak from his MS, not mine"),
    ("en-US", "my feet tingle, it's my brother who can't walk, not me"),
    # "can't stand X": a dislike, not legs that will not hold
    ("en-CA", "I can't stand the cold, my feet go numb"),
    ("en-US", "my feet tingle, I can't stand my job"),
    ("en-GB", "my feet tingle and I can't stand the heat"),
    # pale with dread: a face, not a leg
    ("en-US", "my feet tingle and he went pale at the thought of a needle"),
])
def test_an_animals_a_things_or_a_named_others_weakness_or_an_idiom_is_not_the_users(
        handler, locale: str, opening: str) -> None:
    sim = Simulator(locale=locale, handler=handler)
    reply = play(sim, {}, start=(opening,))
    assert "leg_weakness=yes" not in answers(reply)
    assert "leg_weakness=unsure" not in answers(reply)
    assert not every_flag(reply)
    assert triage(reply) != "emergency"


@pytest.mark.parametrize(("locale", "text"), [
    ("en-AU", "no, my mum had slurred speech with her stroke"),
    ("en-GB", "no, my dad lost control of his bowels after his stroke years ago"),
    ("en-US", "no, it was my wife whose face drooped, not me"),
    ("en-US", "no, my friend's face drooped when he had Bell's palsy"),
    ("en-GB", "no, my gran's arm went weak after her stroke last year"),
    ("en-US", "no, but the baby went pale and then was fine"),
    ("en-US", "no, the toddler can't say her words yet, that's all"),
])
def test_someone_elses_past_illness_told_at_a_red_flag_question_is_a_no(
        handler, locale: str, text: str) -> None:
    sim = Simulator(locale=locale, handler=handler)
    reply = at_question(sim, "sudden_signs", SUDDEN_LEFT)
    reply = sim.say(text)
    assert not every_flag(reply), reply.speech
    reply = play_on(sim, reply, SUDDEN_LEFT)
    assert "stroke_signs" not in every_flag(reply)
    assert "limb_ischaemia" not in every_flag(reply)
    assert triage(reply) != "emergency"


@pytest.mark.parametrize(("locale", "start", "flag"), [
    # a carer screening mum: her signs are the signs of the person screened
    ("en-GB", ("my mum's leg went numb suddenly and her face has dropped",), "stroke_signs"),
    ("en-US", ("my dad's face is drooping, he's had a stroke I think",), "stroke_signs"),
    ("en-US", ("my husband's speech is slurred since his fall this morning",), "stroke_signs"),
    # "no, but ...": an exception, told of the person screened
    ("en-AU", ("her leg went numb suddenly", "suddenly", "her left leg", "an hour",
               "no, but my mum's speech is slurred now"), "stroke_signs"),
    # the user's own legs that will not hold
    ("en-US", ("my feet tingle and I can't stand up",), None),
    ("en-GB", ("I can't stand for long, my legs give way",), None),
    ("en-US", ("my legs have lost power",), None),
    # "not me" said of the other way round
    ("en-US", ("not my husband, it's me, my face has dropped",), "stroke_signs"),
])
def test_the_screened_persons_signs_still_warn(
        handler, locale: str, start: tuple[str, ...], flag: str | None) -> None:
    sim = Simulator(locale=locale, handler=handler)
    reply = play(sim, {"onset": "suddenly", "recent": "yes", "duration": "an hour",
                       "side": "both legs"}, start=start)
    assert every_flag(reply), reply.speech
    assert triage(reply) in ("emergency", "urgent")
    if flag:
        assert flag in every_flag(reply)


@pytest.mark.parametrize(("text", "asked"), [
    ("he says yes", "face_arm_speech"),  # the group's yes: which of its signs is asked next
    ("my husband says yes", "face_arm_speech"),
    ("she tells me yes", "face_arm_speech"),
])
def test_a_carers_passed_on_yes_answers_the_question(handler, text: str, asked: str) -> None:
    """review6 O5: "he says yes" is the screened person's answer, passed on: never "didn't
    catch that" three times into "not sure"."""
    sim = Simulator(locale="en-US", handler=handler)
    at_question(sim, "sudden_signs", {"onset": "suddenly", "side": "his left leg",
                                      "duration": "an hour"})
    reply = sim.say(text)
    assert "sudden_signs=yes" in answers(reply)
    assert reply.session_attributes["screening"]["current"] == asked


@pytest.mark.parametrize("text", ["she says no", "he said no", "my mum says no, not at all"])
def test_a_carers_passed_on_no_answers_the_question(handler, text: str) -> None:
    sim = Simulator(locale="en-GB", handler=handler)
    at_question(sim, "back_pain")
    reply = sim.say(text)
    assert "back_pain=no" in answers(reply)


@pytest.mark.parametrize("no", ["not that I know of", "not to my knowledge",
                                "not that I'm aware of"])
def test_a_carers_knowledge_limited_no_at_a_red_flag_question_is_checked_once(
        handler, no: str) -> None:
    """review6 N3: a carer may not have seen or been told ("not that I know of"): at a
    red-flag question, asked once more ("Just to check"), not taken as a firm no. Said of
    oneself it stays a firm no."""
    sim = Simulator(locale="en-US", handler=handler)
    sim.launch()
    sim.say("my mum's leg went numb suddenly, she can't really tell me much")
    reply = sim.say("suddenly")
    for said in ("her left leg", "an hour"):
        if reply.session_attributes["screening"].get("current") == "sudden_signs":
            break
        reply = sim.say(said)
    assert reply.session_attributes["screening"]["current"] == "sudden_signs"
    reply = sim.say(no)
    assert reply.speech.startswith("Just to check"), reply.speech
    assert "sudden_signs=no" not in answers(reply)


def test_ones_own_knowledge_limited_no_stays_a_firm_no(handler) -> None:
    sim = Simulator(locale="en-US", handler=handler)
    at_question(sim, "sudden_signs", SUDDEN_LEFT)
    reply = sim.say("not that I know of")
    assert "sudden_signs=no" in answers(reply)
    assert not reply.speech.startswith("Just to check")


@pytest.mark.parametrize("text", ["no, but the other one's gone numb too",
                                  "no, but the other leg has started tingling now"])
def test_a_second_leg_said_at_a_later_question_makes_it_both_legs(handler, text: str) -> None:
    """review6 O8: one leg at the side question, the other one said later: both legs now."""
    sim = Simulator(locale="en-US", handler=handler)
    at_question(sim, "sudden_signs", SUDDEN_LEFT)
    reply = sim.say(text)
    assert "side=both_legs" in answers(reply), answers(reply)
    assert "sudden_signs=no" in answers(reply)


@pytest.mark.parametrize(("locale", "opening", "leave", "number"), [
    ("en-IN", "my father can't pass urine and his legs are numb", "stop", "1 1 2"),
    ("en-GB", "my husband can't pass urine and his legs are numb", "stop", "9 9 9"),
    ("en-US", "she's wet herself and her legs are weak", "stop", "9 1 1"),
    ("en-CA", "he's lost control of his bowels and his legs are weak", "start over", "9 1 1"),
])
def test_leaving_before_a_signs_timing_is_answered_says_the_warning(
        handler, locale: str, opening: str, leave: str, number: str) -> None:
    """review6 O6: a retention said aloud, then "stop" (or "start over") at "Did that start in
    the last few days?": the timing is not sure (rule 3), so the goodbye leads with the warning
    and the emergency number."""
    sim = Simulator(locale=locale, handler=handler)
    sim.launch()
    reply = sim.say(opening)
    assert reply.session_attributes["screening"]["current"] == "recent"
    reply = sim.say(leave)
    assert reply.speech.startswith(("Warning.", "Remember:")), reply.speech
    assert number in reply.speech
    assert every_flag(reply)


# fix7a (review7 R0, R1): a carer's report of the person screened is never dropped because a pet
# or a thing was named before "his"/"her", nor because the carer said "not me"/"not mine" (the
# signs are someone else's than the SPEAKER's: the one the carer screens). The review's failing
# sentences, then wordings of our own of the same constructions in the five locales' idioms. The
# carer here answers as a frightened carer may ("slowly", "both legs"): the warning must come
# from the words alone.
CARER_UNSURE = {"onset": "slowly", "side": "both legs", "duration": "an hour", "recent": "yes"}


@pytest.mark.parametrize(("locale", "opening"), [
    # R0: a pet or a thing named before "his"/"her", a person named in the same sentence
    ("en-US", "my husband was driving the car and his face dropped and his leg went numb"),
    ("en-GB", "my dad was feeding the cat when his speech went slurred and his leg went numb"),
    ("en-CA", "my wife was walking the dog and her leg suddenly went cold and white"),
    ("en-IN", "my father was starting the scooter and his mouth went crooked and his leg became "
              "numb"),
    ("en-GB", "my mum was on the phone when her words came out slurred and her leg went numb"),
    ("en-US", "my wife was feeding the baby and her face dropped"),
    ("en-GB", "my husband was fixing the boiler when his arm went weak"),
    ("en-AU", "my dad got out of the van and his leg went cold and white"),
    # our own wordings of the same construction
    ("en-AU", "the missus was hanging out the washing with the dog and her face went droopy"),
    ("en-IN", "my mother was watching the TV and suddenly her mouth became crooked"),
    ("en-CA", "my grandpa was shovelling snow by the truck and his leg went cold and pale"),
    ("en-US", "my son was on his laptop and his face went droopy"),
    ("en-GB", "my nan was stroking the cat and her speech went all slurred"),
    ("en-US", "my husband was mowing the lawn with the mower and he lost control of his bladder "
              "and his legs went weak"),
    # R1: "not me"/"not mine" gives the signs to the relative the carer screens
    ("en-CA", "not me, but my husband can't feel his legs and he's wet himself"),
    ("en-GB", "not mine, it's my wife, her leg went cold and pale this afternoon"),
    ("en-AU", "not me, it's my husband, his leg went cold and white an hour ago"),
    ("en-AU", "not me, my wife, she can't feel her legs and she's wet herself"),
    ("en-US", "not me, my husband, his legs went numb suddenly and his face is drooping"),
    ("en-US", "not me, my son, he's lost control of his bladder and he can't walk"),
    ("en-GB", "not me, my husband, he can't feel his bottom and his legs are weak"),
    ("en-US", "my husband's legs are numb, not mine, and his face has dropped"),
    ("en-US", "it's not me, it's my husband, he can't move his legs and he's wet himself"),
    ("en-GB", "not me, my wife, her face is drooping"),
    ("en-GB", "not me, my dad, his speech is slurred and his leg's gone numb"),
    # our own wordings of the same construction
    ("en-IN", "not me, my father is not able to pass urine and his legs are numb"),
    ("en-AU", "not me mate, it's the wife, she can't feel her bum and her legs are numb"),
    ("en-CA", "not myself, my mom, her face has dropped on one side"),
    ("en-IN", "not mine, my husband's leg has become cold and pale since morning"),
    # R2: the carer's own panic is no mimic of the signs reported of the one screened
    ("en-US", "I'm panicking, my dad can't move his legs and he's breathing funny"),
    ("en-GB", "I'm in a right panic, my husband can't move his legs"),
    ("en-IN", "I am very tensed and breathing fast, my father is not able to move his legs"),
    ("en-AU", "I'm freaking out, my wife can't feel her legs and she's wet herself"),
    ("en-CA", "I'm hyperventilating here, my mom can't swallow and her legs are weak"),
])
def test_a_carers_report_beside_a_pet_a_thing_or_not_me_warns(
        handler, locale: str, opening: str) -> None:
    sim = Simulator(locale=locale, handler=handler)
    reply = play(sim, CARER_UNSURE, start=(opening,))
    assert every_flag(reply), opening
    assert triage(reply) == "emergency", opening


@pytest.mark.parametrize(("locale", "question", "opening", "text", "flag"), [
    ("en-GB", "sudden_signs", "my husband's leg went numb suddenly",
     "yes, his face has dropped, not mine", "stroke_signs"),
    ("en-US", "sudden_signs", "my husband's legs are numb",
     "yes, he was in the car and his face dropped", "stroke_signs"),
    ("en-AU", "cauda_equina_signs", "my husband's legs are numb",
     "not me, him, he can't feel his bottom", "cauda_equina_saddle"),
    ("en-IN", "sudden_signs", "my mother's leg went numb suddenly",
     "yes, her mouth became crooked while she was feeding the cow, not mine", "stroke_signs"),
])
def test_a_carers_answer_beside_a_thing_or_not_mine_warns(
        handler, locale: str, question: str, opening: str, text: str, flag: str) -> None:
    sim = Simulator(locale=locale, handler=handler)
    sim.launch()
    reply = sim.say(opening)
    for _ in range(30):
        if reply.session_attributes["screening"].get("current") == question:
            break
        current = reply.session_attributes["screening"].get("current")
        reply = sim.say({"onset": "suddenly", "side": "his left leg" if "husband" in opening
                         else "her left leg", "duration": "an hour"}.get(current, "no"))
    assert reply.session_attributes["screening"].get("current") == question
    reply = sim.say(text)
    reply = play_on(sim, reply, CARER_UNSURE)
    assert flag in every_flag(reply), text
    assert triage(reply) == "emergency"

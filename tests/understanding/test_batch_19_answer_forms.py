"""Batch 19's answer forms and requests (round 15), read by construction rather than by sentence:
each class in words of our own, said to the offline simulator at a real point of a screening
(request envelopes in, replies and session state out), across the five locales. Every rule that
lowers an outcome or could drop a flag has must-warn controls beside it, said without commas
(Alexa sends none).

The classes: not knowing which of two paces it came on at ("can't say whether it was sudden or
slow": not sure, never the pace left after the "not"; rule 3); "the right-hand side" as a side;
"going on three weeks" with more said after it; a stop asked for someone else ("my dad wants to
stop now"); whether to see a GP or wait, as when to see a doctor; "neither" to a paired question
(a whole no unless a sign follows, and never of the legs themselves: "neither leg will hold me").
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.test_words_in_context import say_at

LOCALES = ("en-US", "en-GB", "en-CA", "en-AU", "en-IN")


def _first_sentence(speech: str) -> str:
    return speech.split(".")[0]


# -- 1. not knowing which pace: not sure, never the pace the "not" left (rule 3) --

@pytest.mark.parametrize(("text", "locale"), [
    ("I really couldn't tell you if it was quick or gradual", "en-US"),
    ("can't say whether it came on fast or slow", "en-GB"),
    ("I don't know if it was all at once or bit by bit", "en-CA"),
    ("no idea mate whether it was sudden or slow", "en-AU"),
    ("I cannot tell if it was sudden or gradual", "en-IN"),
    ("sudden or slow I honestly couldn't say", "en-GB"),
    ("not sure whether it crept up or came on all at once", "en-US"),
])
def test_not_knowing_which_of_two_paces_is_not_sure(text: str, locale: str) -> None:
    speech, answers, _ = say_at("onset", text, locale)
    assert answers.get("onset") == "unsure", (answers, speech)


@pytest.mark.parametrize(("text", "locale", "onset"), [
    # controls: one pace chosen over the other keeps its reading
    ("it was sudden not slow", "en-GB", "sudden"),
    ("slowly I'd say not suddenly", "en-US", "gradual"),
    ("all at once", "en-AU", "sudden"),
])
def test_one_pace_chosen_is_still_read(text: str, locale: str, onset: str) -> None:
    speech, answers, _ = say_at("onset", text, locale)
    assert answers.get("onset") == onset, (answers, speech)


@pytest.mark.parametrize(("text", "locale", "flag"), [
    # must-warn: a sign said beside not knowing the pace is warned first
    ("can't say whether it was sudden or slow but my face has dropped on one side", "en-GB",
     "stroke_signs"),
    ("I don't know if it was quick or gradual and I've wet myself without knowing today",
     "en-US", "cauda_equina_bladder"),
])
def test_a_sign_said_beside_not_knowing_the_pace_is_warned(text: str, locale: str,
                                                           flag: str) -> None:
    speech, _, flags = say_at("onset", text, locale)
    assert flag in flags and warned_first(speech), (flags, speech)


# -- 2. "the right-hand side" is a side --

@pytest.mark.parametrize(("text", "locale"), [
    ("just the right hand side", "en-US"),
    ("it's only down the left hand side", "en-GB"),
    ("on my left hand side", "en-CA"),
    ("right hand side only mate", "en-AU"),
    ("only on the left hand side", "en-IN"),
])
def test_the_right_hand_side_is_one_leg(text: str, locale: str) -> None:
    speech, answers, _ = say_at("side", text, locale)
    assert answers.get("side") == "one_leg", (answers, speech)


@pytest.mark.parametrize(("text", "locale"), [
    # must-warn: a hand gone weak with the side is still the stroke sign
    ("the right hand side and my right hand has gone weak", "en-GB"),
    ("left hand side and my left arm went numb and heavy an hour ago", "en-US"),
])
def test_a_hand_or_arm_said_with_the_side_is_still_warned(text: str, locale: str) -> None:
    speech, _, flags = say_at("side", text, locale)
    assert "stroke_signs" in flags and warned_first(speech), (flags, speech)


# -- 3. "going on three weeks", with more said after it --

@pytest.mark.parametrize(("text", "locale", "bucket"), [
    ("going on four weeks and it's no better", "en-US", "weeks"),
    ("going on three weeks now and my feet feel like cotton wool", "en-GB", "weeks"),
    ("going on two months and it's the same every day", "en-CA", "months"),
    ("going on six weeks and it's getting on my nerves", "en-AU", "weeks"),
    ("going on three months but it's not painful", "en-IN", "months"),
])
def test_going_on_a_length_with_more_after_it_is_the_length(text: str, locale: str,
                                                            bucket: str) -> None:
    speech, answers, _ = say_at("duration", text, locale)
    assert answers.get("duration") == bucket, (answers, speech)


@pytest.mark.parametrize(("text", "locale", "flag"), [
    # must-warn: a sign said after the length is warned first
    ("going on three weeks and my legs gave way on the stairs this morning", "en-GB",
     "new_leg_weakness"),
    ("going on two months and today I can't feel myself when I wipe", "en-AU",
     "cauda_equina_saddle"),
    ("going on four weeks and since yesterday I can't hold my wee", "en-US",
     "cauda_equina_bladder"),
])
def test_a_sign_said_after_going_on_a_length_is_warned(text: str, locale: str,
                                                      flag: str) -> None:
    speech, _, flags = say_at("duration", text, locale)
    assert flag in flags and warned_first(speech), (flags, speech)


# -- 4. a stop asked for someone else --

@pytest.mark.parametrize(("text", "locale"), [
    ("my dad wants to stop now he's worn out", "en-GB"),
    ("my wife would like to stop now", "en-US"),
    ("my mom wants to stop she's tired", "en-CA"),
    ("my husband wants to finish now", "en-AU"),
    ("my father wants to stop now he is tired", "en-IN"),
])
def test_a_stop_asked_for_someone_else_stops(text: str, locale: str) -> None:
    speech, _, _ = say_at("diabetes", text, locale)
    stopped, _, _ = say_at("diabetes", "stop", locale)
    assert _first_sentence(speech) == _first_sentence(stopped), speech


@pytest.mark.parametrize(("text", "locale"), [
    # controls: stopping said of the legs or of walking is no request to end
    ("my husband has to stop and rest when his legs go numb", "en-GB"),
    ("she can't stop her legs jumping at night", "en-AU"),
])
def test_stopping_said_of_the_legs_is_no_request(text: str, locale: str) -> None:
    speech, _, _ = say_at("diabetes", text, locale)
    stopped, _, _ = say_at("diabetes", "stop", locale)
    assert _first_sentence(speech) != _first_sentence(stopped), speech


# -- 5. a GP or wait: when to see a doctor --

@pytest.mark.parametrize(("text", "locale"), [
    ("is this a GP job or can it wait", "en-GB"),
    ("should I book the doctor or can this wait", "en-US"),
    ("is it one for the doctor or can it wait a bit", "en-CA"),
    ("is it one for the GP or can it wait till next week", "en-AU"),
    ("is this a doctor matter or can it wait", "en-IN"),
])
def test_a_gp_or_waiting_asks_when_to_see_a_doctor(text: str, locale: str) -> None:
    speech, _, _ = say_at("causes_offered", text, locale)
    asked, _, _ = say_at("causes_offered", "when should I see a doctor", locale)
    assert _first_sentence(speech) == _first_sentence(asked), speech


def test_a_sign_said_with_asking_whether_it_can_wait_is_warned() -> None:
    speech, _, flags = say_at("duration", "is this a GP job or can it wait my face has gone "
                              "droopy on one side", "en-GB")
    assert "stroke_signs" in flags and warned_first(speech), (flags, speech)


# -- 6. "neither" to a paired question --

@pytest.mark.parametrize(("context", "text", "locale"), [
    ("history_group", "neither", "en-GB"),
    ("history_group", "neither one", "en-US"),
    ("history_group", "neither I've always been healthy", "en-CA"),
    ("history_group", "neither of the two", "en-AU"),
    ("history_group", "neither I have been fit all my life", "en-IN"),
    ("fever", "neither I feel fine in myself", "en-GB"),
    ("fever", "neither one", "en-AU"),
])
def test_neither_to_a_paired_question_is_a_no(context: str, text: str, locale: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(context) == "no" and not flags, (answers, flags, speech)


@pytest.mark.parametrize(("context", "text", "locale", "flag"), [
    # must-warn: a sign said after "neither" is warned first
    ("face_arm_speech", "neither but my speech is slurred", "en-US", "stroke_signs"),
    ("face_arm_speech", "neither though my arm went weak this morning", "en-GB",
     "stroke_signs"),
    ("cauda_equina_signs", "neither except I can't feel my bottom when I wipe", "en-IN",
     "cauda_equina_saddle"),
])
def test_a_sign_said_after_neither_is_warned(context: str, text: str, locale: str,
                                             flag: str) -> None:
    speech, _, flags = say_at(context, text, locale)
    assert flag in flags and warned_first(speech), (flags, speech)


@pytest.mark.parametrize(("text", "locale"), [
    # must-not-deny: "neither" said of the legs themselves is no answer of the pair
    ("neither leg will hold me up since this morning", "en-AU"),
    ("neither of my legs will take my weight today", "en-GB"),
    ("neither foot can feel the floor", "en-US"),
])
def test_neither_said_of_the_legs_is_never_a_no(text: str, locale: str) -> None:
    speech, answers, _ = say_at("leg_weakness", text, locale)
    assert answers.get("leg_weakness") != "no", (answers, speech)


@pytest.mark.parametrize(("context", "text", "locale", "flag"), [
    # must-warn: "neither" or "none" said alone, then a clause of its own with no comma (Alexa
    # sends none): the sign told in that clause is never denied by it
    ("history_group", "neither it is my bottom that has gone numb", "en-GB", "cauda_equina_saddle"),
    ("fever", "neither I can not feel my bottom when I wipe", "en-AU", "cauda_equina_saddle"),
])
def test_a_sign_in_its_own_clause_after_neither_is_warned(context: str, text: str, locale: str,
                                                         flag: str) -> None:
    speech, _, flags = say_at(context, text, locale)
    assert flag in flags and warned_first(speech), (flags, speech)


def test_a_history_said_after_neither_is_recorded() -> None:
    speech, answers, _ = say_at("history_group", "neither but I had bowel cancer a few years ago",
                                "en-CA")
    assert answers.get("cancer_history") == "yes", (answers, speech)


# -- 7. the other leg named as what one leg is compared to --

# (One leg said as what the other is compared to, "compared to the right, my left leg feels
# dead", is left for a later round: Alexa's carrier "compared to {x}" drops the words that say
# so. Only its controls are pinned: a degree compared between the legs stays both.)


@pytest.mark.parametrize(("text", "locale"), [
    # controls: a degree compared is both legs, the more urgent reading (rule 3)
    ("compared to the right my left leg is much worse", "en-GB"),
    ("compared with the left the right is more numb", "en-US"),
    ("the left and the right", "en-AU"),
])
def test_a_degree_compared_between_legs_is_both(text: str, locale: str) -> None:
    speech, answers, _ = say_at("side", text, locale)
    assert answers.get("side") == "both_legs", (answers, speech)

"""Everyday wording read in the conversation, by class: said to the offline simulator at a real
point of a screening (request envelopes in, replies and session state out), in words of our own
rather than the phrasings corpus's.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import (
    Contexts,
    _canonical_speech,
    flags_raised,
    missed,
    screening,
    warned_first,
)

CONTEXTS = Contexts()


def say_at(context: str, text: str, locale: str = "en-GB") -> tuple[str, dict[str, str], set[str]]:
    """The reply's speech, the answers recorded and the red flags raised after `text` is said
    where the screening asks `context`."""
    sim = CONTEXTS.open(locale, context)
    reply = sim.say(text)
    state = screening(sim)
    return reply.speech, dict(state.answers), flags_raised(state)


def same_as_intent(context: str, text: str, locale: str, intent: str,
                   slots: dict[str, str] | None = None) -> tuple[str, str]:
    """The reply to `text` said at `context`, and the reply to `intent` there, both canonical."""
    reply = CONTEXTS.open(locale, context).say(text)
    wanted = CONTEXTS.open(locale, context).intent(intent, dict(slots or {}))
    return _canonical_speech(reply.speech), _canonical_speech(wanted.speech)


def warned_at(context: str, text: str, flag: str, locale: str) -> None:
    """`text` said where the screening asks `context` raises `flag` and warns first."""
    speech, _, flags = say_at(context, text, locale)
    assert flag in flags and warned_first(speech), (flags, speech)


def not_flagged_at(context: str, text: str, locale: str) -> tuple[str, dict[str, str]]:
    """`text` said where the screening asks `context` raises no flag and no warning."""
    speech, answers, flags = say_at(context, text, locale)
    assert not flags and not warned_first(speech), (flags, speech)
    return speech, answers


def denied_at(context: str, text: str, locale: str, finding: str) -> None:
    """A denial raises no flag and is read as no: of the finding itself, or of the question
    asked (which covers it)."""
    speech, answers = not_flagged_at(context, text, locale)
    assert "no" in (answers.get(finding), answers.get(context)), (answers, speech)


def read_at(context: str, text: str, expected: str, locale: str) -> None:
    """`expected`: "question=value" (recorded, no flag raised, no warning), or "flag:<id>"
    (raised and warned first)."""
    speech, answers, flags = say_at(context, text, locale)
    if expected.startswith("flag:"):
        assert expected[5:] in flags and warned_first(speech), (flags, speech)
    else:
        question, value = expected.split("=")
        assert str(answers.get(question)) == value, (answers, speech)
        assert not flags and not warned_first(speech), (flags, speech)


def same_reply_as(context: str, text: str, intent: str, locale: str) -> None:
    """`text` said at `context` gets the reply the intent itself would get there."""
    said = CONTEXTS.open(locale, context).say(text)
    wanted = CONTEXTS.open(locale, context).intent(intent)
    assert _canonical_speech(wanted.speech) in _canonical_speech(said.speech), said.speech
    assert wanted.session_ended == said.session_ended, said.speech


def test_the_length_of_the_numbness_answers_how_long_not_a_past_illness() -> None:
    speech, answers, flags = say_at("duration", "since Monday, and I had bowel cancer years ago")
    assert answers["duration"] == "days"
    assert "numbness_after_cancer" in flags and warned_first(speech)


@pytest.mark.parametrize("text", [
    "both, and for about a month my legs have got weaker and weaker",
    "both, and over the past six weeks I've been losing my strength",
    "both, and I've struggled more every week with the stairs for a month now",
])
def test_weakness_building_up_over_weeks_is_not_new_weakness(text: str) -> None:
    _, answers, flags = say_at("side", text)
    assert answers.get("recent") == "no"
    assert "weakness_getting_worse" in flags and "new_leg_weakness" not in flags


@pytest.mark.parametrize(("context", "text", "finding"), [
    ("side", "both, but my swallowing's fine", "breathing_swallowing"),
    ("fever", "no, and my weight's about the same", "weight_loss"),
    ("fever", "no, and my back's fine at night", "night_pain"),
    ("side", "both, my toes are a normal colour, no black bits", "foot_sore"),
    ("onset", "my calf's soft and normal, no swelling", "compartment"),
    ("duration", "months, no erection problems", "sexual_function"),
    ("onset", "no, just my toes", "whole_leg"),
])
def test_a_denial_said_in_passing_is_recorded_as_no(context: str, text: str,
                                                     finding: str) -> None:
    _, answers, flags = say_at(context, text)
    assert answers.get(finding) == "no" and not flags


@pytest.mark.parametrize(("context", "text", "answer"), [
    ("back_pain", "yes, but no sciatica", "yes"),
    # a doubtful no is a no where no red flag hangs on it; at a red-flag question it is checked
    # once (tests/alexa/test_safety_review.py)
    ("thyroid", "I doubt it", "no"),
    ("thyroid", "probably not", "no"),
    ("thyroid", "I wouldn't have thought so", "no"),
    ("back_pain", "a smidge", "yes"),
    ("back_pain", "couldn't tell you", "unsure"),
    ("thyroid", "I used to be, not now", "no"),
    ("kidney", "I don't really know, maybe", "unsure"),
    ("diabetes", "borderline, so I'd say yes", "yes"),
    ("diabetes", "I'm borderline", "unsure"),
    ("urge_to_move", "now and then, at night I can't keep them still", "yes"),
])
def test_a_hedged_answer_is_read_as_what_it_means(context: str, text: str, answer: str) -> None:
    speech, answers, _ = say_at(context, text)
    assert answers.get(context) == answer and not missed(speech)


@pytest.mark.parametrize(("context", "text"), [
    ("saddle_numbness", "can't say I have"),
    ("face_arm_speech", "can't say I've noticed anything like that"),
    ("fever", "no, just a bit of man flu"),
    ("fever", "no, I'm on antibiotics for a urine infection"),
    ("bladder_bowel", "now and then I have a little accident"),
    ("cancer_history", "no, and it settles down when I rest"),
    ("injury", "no, I tripped on the kerb but didn't fall"),
    ("side", "both legs, pins and needles, nothing else"),
    ("urge_to_move", "yes, it drives me mad"),
])
def test_an_idiom_or_an_answer_raises_no_flag(context: str, text: str) -> None:
    speech, _, flags = say_at(context, text)
    assert not flags, speech
    assert not missed(speech)


@pytest.mark.parametrize(("context", "text", "flag"), [
    ("onset", "none of the tablets help, the pain is unbearable", "severe_pain"),
    ("onset", "in seconds my entire leg went dead, groin to toes", "sudden_whole_leg"),
    ("side", "both, and it shoots down the two of them", "bilateral_sciatica"),
    ("onset", "my shin's in a plaster and it's way worse than the break itself",
     "compartment_syndrome"),
    ("fever", "no, but lying down makes my back worse", "back_pain_at_night"),
])
def test_a_red_flag_said_in_everyday_words_is_warned(context: str, text: str, flag: str) -> None:
    speech, _, flags = say_at(context, text)
    assert flag in flags and warned_first(speech), speech


@pytest.mark.parametrize("text", ["neither, it's in my bottom", "none, it's my bum that's numb"])
def test_neither_said_alone_denies_nothing_said_after_it(text: str) -> None:
    """ "Neither, it's in my bottom" to "one leg, or both?": the numbness is in the seat, and
    is never recorded as denied."""
    _, answers, _ = say_at("side", text)
    assert answers.get("saddle_numbness") != "no"


@pytest.mark.parametrize(("text", "side"), [
    ("more the right than the left", "both_legs"),
    ("each of them, on and off", "both_legs"),
    ("just down the left", "one_leg"),
    ("it swaps from side to side", "both_legs"),  # both, if in turn: rule 3 (round 6, 5b)
])
def test_a_side_said_the_everyday_way_is_recorded(text: str, side: str) -> None:
    _, answers, _ = say_at("side", text)
    assert answers.get("side") == side


@pytest.mark.parametrize("text", [
    "the left, from the hip down",
    "it's my whole right leg",
])
def test_how_far_it_reaches_is_confirmed_not_taken_as_sudden(text: str) -> None:
    """The whole leg's flag is numbness of a whole leg that came on suddenly: where it reaches,
    said alone at the side question, is checked in one question, not warned on."""
    speech, answers, flags = say_at("side", text)
    assert answers.get("side") == "one_leg"
    assert "sudden_whole_leg" not in flags and "Just to check" in speech


def test_free_speech_with_no_words_reads_its_carrier_alone() -> None:
    sim = CONTEXTS.open("en-GB", "side")
    reply = sim.intent("LeftSpeechIntent", {})
    assert screening(sim).answers.get("side") == "one_leg" and not missed(reply.speech)


@pytest.mark.parametrize("text", [
    "I can't move", "it won't stop", "I cannot say", "I ain't sure", "they haven't",
    "I'm numb", "let's go back", "im tired", "ive had it", "I dont know", "cant feel",
    "it hasnt", "didnt", "isnt", "wasnt", "doesnt", "my foot's gone white", "it's felt odd",
    "the numbness's spread", "they're weak", "I've had it", "I'll try", "I'd say so",
    "gonna", "wanna stop", "gotta go", "dunno", "nevermind",
])
def test_the_simulator_spells_contractions_out_as_the_reader_does(text: str) -> None:
    """One table of contractions (skill/understanding/contractions.py) serves both: what the
    reader understands, the simulator's samples and utterances agree on."""
    from alexa_simulator.normalise import tokens
    from skill.understanding.text import words

    assert tokens(text) == words(text)

"""Batch 10's classes of wording, read by rule rather than by sentence: each class in words of our
own (none is a corpus phrasing), said to the offline simulator at a real point of a screening
(request envelopes in, replies and session state out).

The classes: not being able to do a thing, or finding it hard, however it is put ("not able to",
"struggling to", "finding it hard to"); a noun's "'s" heard as a plural before what follows "is"
("the plaster's so tight"); a doubt said last ("..., I reckon"); degree words inside a phrase ("a
touch black"); numbness between the legs said as "dead" or "asleep", and the paper feeling strange;
a change in the bedroom; one leg worse than the other; a side that keeps swapping; injecting
anything.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import _answer_timing, flags_raised, missed, screening, warned_first
from tests.understanding.test_words_in_context import CONTEXTS, say_at


def warned_or_confirmed(context: str, text: str, flag: str, locale: str = "en-GB") -> bool:
    """Warned at once, or asked one yes/no question that, answered yes (and the timing
    question, if asked, answered as new), gives the warning."""
    sim = CONTEXTS.open(locale, context)
    reply = sim.say(text)
    if warned_first(reply.speech) and flag in flags_raised(screening(sim)):
        return True
    if missed(reply.speech) or reply.session_ended:
        return False
    replies = [sim.say("yes"), *_answer_timing(sim)]
    return flag in flags_raised(screening(sim)) and any(warned_first(r.speech) for r in replies)


@pytest.mark.parametrize(("context", "text", "flag"), [
    # not being able to, however it is put, is "can not"
    ("side", "the right, and I'm unable to feel the tissue when I wipe", "cauda_equina_saddle"),
    ("onset", "I've been struggling to pass water since this morning", "cauda_equina_bladder"),
    ("duration", "two days, and I'm finding it hard to lift my toes up", "new_leg_weakness"),
])
def test_a_red_flag_said_as_struggling_or_unable_is_warned(context: str, text: str,
                                                           flag: str) -> None:
    speech, _, flags = say_at(context, text)
    assert flag in flags and warned_first(speech), speech


@pytest.mark.parametrize(("context", "text", "flag"), [
    # a doubt said last hedges what came before it
    ("onset", "I came off my bike and landed on my back, I reckon", "spinal_injury"),
    ("side", "the left, and it keeps buckling under me, I think", "new_leg_weakness"),
    ("onset", "my bum's gone numb, could be nothing", "cauda_equina_saddle"),
    # degree words inside a phrase
    ("onset", "I'm diabetic and my big toe is going a tad black", "diabetic_foot_emergency"),
    # "'s" heard as a plural before what follows "is"
    ("side", "the right, and the plaster's so tight, maybe", "compartment_syndrome"),
    ("onset", "I think the bandage's really tight on my shin", "compartment_syndrome"),
    # inability, hedged
    ("onset", "I might not be able to keep it up any more, I'm not sure", "cauda_equina_sexual"),
    ("onset", "maybe I'm struggling a bit to lift my foot up", "new_leg_weakness"),
    # numbness between the legs said as dead or asleep; the paper feeling strange
    ("side", "both, and it's sort of asleep between my legs", "cauda_equina_saddle"),
    ("duration", "a month, and maybe the loo roll feels odd when I wipe", "cauda_equina_saddle"),
    # a change in the bedroom, or less feeling with where it is said between
    ("onset", "things are a bit different in the bedroom, I suppose", "cauda_equina_sexual"),
    ("side", "both, and maybe less sensation down there during sex", "cauda_equina_sexual"),
])
def test_a_hedged_red_flag_is_confirmed_or_warned(context: str, text: str, flag: str) -> None:
    assert warned_or_confirmed(context, text, flag)


@pytest.mark.parametrize("text", [
    "my face is drooping slightly",
    "I fell down the stairs and jarred my back a little",
])
def test_a_degree_said_last_is_no_doubt(text: str) -> None:
    """ "My face is drooping slightly": how much, not whether; read as said."""
    from skill.understanding.reader import default_reader

    reading = default_reader().read(text, "en-GB")
    assert reading.findings and all(f.certain for f in reading.findings if f.present)


@pytest.mark.parametrize("text", [
    "I can't get up out of my armchair without help",
    "I struggle to get up off the sofa",
])
def test_getting_up_is_no_erection(text: str) -> None:
    """ "Get it up" is an erection; "get up" out of a chair is the legs."""
    _, _, flags = say_at("onset", text)
    assert "cauda_equina_sexual" not in flags


@pytest.mark.parametrize(("text", "side"), [
    ("worse on the right, but both really", "both_legs"),
    ("a bit worse in my left leg, the right's not so bad", "both_legs"),
    ("it keeps changing sides", "unsure both_legs"),
    ("principally the left one", "one_leg"),
    ("particularly the right leg", "one_leg"),
])
def test_a_side_said_by_comparison_or_change_is_recorded(text: str, side: str) -> None:
    """A side that swaps is recorded as not sure or as both (over time, both legs)."""
    speech, answers, _ = say_at("side", text)
    assert answers.get("side") in side.split(), speech


@pytest.mark.parametrize(("context", "text", "answer"), [
    ("fever", "no, and I've never injected anything in my life", "no"),
    ("fever", "no fever, and I don't inject stuff", "no"),
])
def test_injecting_anything_denied_is_a_no(context: str, text: str, answer: str) -> None:
    _, answers, flags = say_at(context, text)
    assert answers.get("weak_immunity") == answer and not flags


@pytest.mark.parametrize(("context", "text"), [
    ("back_pain", "yeah, but no cancer, none"),
    ("fever", "yes, but I'm not on steroids, never"),
])
def test_a_yes_with_a_denial_tagged_on_last_still_answers_yes(context: str, text: str) -> None:
    """ "Yes, but no cancer, never": the "never" said last denies what it follows, not the
    yes said first."""
    speech, answers, _ = say_at(context, text)
    assert answers.get(context) == "yes", speech

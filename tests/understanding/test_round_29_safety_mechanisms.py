"""Round 29 (safety29): red flags said by what a limb can no longer do, by a feeling lost in the
bladder, by the seat one sits on or by a likeness, and foot drop said loosely; said in words of our
own to the offline simulator at a real point of a screening (the interaction model included),
across the five locales, with controls (docs/clinical-safety.md 5zzs). No held-back material was
read.

29a. A weak arm said by a light everyday thing it can no longer lift ("I can't lift the kettle",
"can't pick up my cup of tea"), or the arm named and then taken up again by "it" ("my right arm
has gone, it's gone dead and heavy"): the arm of FAST (stroke_signs).

29b. The bladder's feeling lost: not knowing one needed to go, finding out only by being wet
("I didn't know I needed to go", "I only found out when I was wet"): loss of bladder sensation,
a cauda equina sign (cauda_equina_bladder).

29c. The saddle numb said by the seat not felt ("I can't feel the chair under me") or by a
likeness ("my bum feels like it's wrapped in cotton wool"): saddle numbness, warned when said
for certain (cauda_equina_saddle).

29d. Foot drop said as catching the toes "on things" (not only on a named floor), and legs said
not to support with no "me" after ("her legs are not supporting"): new leg weakness, warned, or
confirmed when said in doubt (new_leg_weakness).
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.test_words_in_context import say_at
from tests.understanding.test_words_in_context import warned_at as _warned


def _heard(context: str, text: str, locale: str, finding: str, flag: str,
           confirmed: bool = False) -> None:
    """`text` warns `flag` first, or, said after a slow onset, reads `finding` as yes and asks
    only whether it is new (the flag needs a recent start: the skill's own timing question);
    with `confirmed`, a short check of a doubtful saying ("Just to check") also counts."""
    speech, answers, flags = say_at(context, text, locale)
    if confirmed and "Just to check" in speech:
        return
    if flag in flags and warned_first(speech):
        return
    assert answers.get(finding) == "yes" and "in the last few days" in speech, (
        answers, flags, speech)


# -- 29a. a weak arm said by a thing it can't lift, or taken up again by "it" -------------------

OWN_29A_WARNED = [
    ("onset", "suddenly, and I can't lift the kettle with my right hand side", "en-GB"),
    ("onset", "all of a sudden I can't lift the kettle", "en-GB"),
    ("onset", "suddenly, and I couldn't pick up my cup of tea this morning", "en-AU"),
    ("side", "one leg, and since an hour I am not able to lift the glass", "en-IN"),
    ("onset", "suddenly, and she can't lift her mug any more", "en-CA"),
    ("onset", "suddenly, my left arm has gone, it's gone dead", "en-US"),
    ("onset", "suddenly, my arm went, it went all heavy", "en-AU"),
    ("side", "one leg, and his arm has gone, it's gone limp", "en-IN"),
    ("duration", "an hour or so, and my right arm, it's gone numb and heavy", "en-GB"),
    ("onset", "suddenly and my shoulder has gone, it's gone weak", "en-CA"),
    ("onset", "suddenly, I can't lift a fork to my mouth", "en-US"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_29A_WARNED)
def test_a_weak_arm_said_by_what_it_cannot_lift_or_taken_up_by_it_warns(
        context: str, text: str, locale: str) -> None:
    _warned(context, text, "stroke_signs", locale)


# -- 29b. the bladder's feeling lost ------------------------------------------------------------

OWN_29B_WARNED = [
    ("onset", "suddenly, I didn't know I needed to go", "en-GB"),
    ("onset", "suddenly, and I don't know when I need a wee any more, I just find I'm wet",
     "en-GB"),
    ("side", "both, and since yesterday I only found out I'd gone when I was wet", "en-US"),
    ("onset", "suddenly, and I only realised when I was wet", "en-AU"),
    ("side", "both legs, and he does not know that he needs to pass urine", "en-IN"),
    ("onset", "suddenly, and she didn't know she needed the toilet until she was wet", "en-CA"),
    ("onset", "sudden, and I didn't know I had to go, only noticed when I was wet", "en-US"),
    ("duration", "two days, and I can't tell that I need to go any more", "en-GB"),
    ("onset", "suddenly, and I only knew I'd peed when I felt wet", "en-US"),
    ("onset", "suddenly, I didn't feel myself wee, I just found I was wet", "en-AU"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_29B_WARNED)
def test_the_bladders_feeling_lost_warns(context: str, text: str, locale: str) -> None:
    _heard(context, text, locale, "bladder_bowel", "cauda_equina_bladder")


# -- 29c. the saddle numb said by the seat or a likeness ----------------------------------------

OWN_29C_WARNED = [
    ("onset", "suddenly, and I can't feel the chair under me", "en-GB"),
    ("onset", "suddenly, I can't feel the seat when I sit down", "en-US"),
    ("side", "both, and since this morning I cannot feel the chair", "en-IN"),
    ("onset", "suddenly, and my bum feels like it's wrapped in cotton wool", "en-GB"),
    ("onset", "suddenly, my backside feels like cotton wool", "en-AU"),
    ("side", "both, and my privates feel like they're packed in cotton wool", "en-CA"),
    ("onset", "suddenly, I can't feel the toilet seat", "en-US"),
    ("onset", "suddenly, he can't feel the bike saddle under him", "en-AU"),
    ("onset", "suddenly, and my bottom is like cotton wool", "en-GB"),
    ("duration", "since yesterday, and I can't feel the seat under me", "en-CA"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_29C_WARNED)
def test_a_numb_saddle_said_by_the_seat_or_a_likeness_warns(context: str, text: str,
                                                            locale: str) -> None:
    _warned(context, text, "cauda_equina_saddle", locale)


# -- 29d. foot drop said as catching the toes on things, in doubt --------------------------------

OWN_29D_ASKED = [
    ("onset", "suddenly, and I might be catching my toe on things", "en-US"),
    ("onset", "suddenly, maybe I'm catching my toes on stuff, not sure", "en-GB"),
    ("side", "one leg, and I think I keep catching my toe on everything", "en-AU"),
    ("onset", "sudden, and possibly catching my toes on things, could be tiredness", "en-CA"),
    ("side", "one leg, I think he is catching his toe on things, not sure", "en-IN"),
    ("onset", "suddenly, I'm catching my toe on things", "en-US"),
    ("onset", "suddenly, and I keep catching my toes on stuff", "en-GB"),
    ("side", "one leg, and I've been catching my toe on things all week", "en-AU"),
    ("onset", "suddenly, and she's scuffing her toes on things", "en-CA"),
    ("side", "one leg, since two days I am catching my toe on things", "en-IN"),
    # legs said not to support, with no "me" after
    ("onset", "suddenly, my legs aren't supporting properly", "en-GB"),
    ("onset", "sudden, her legs are not supporting, she keeps sitting down", "en-IN"),
    ("onset", "suddenly and me legs aren't supporting anymore", "en-AU"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_29D_ASKED)
def test_toes_caught_on_things_are_warned_or_confirmed(context: str, text: str,
                                                       locale: str) -> None:
    _heard(context, text, locale, "leg_weakness", "new_leg_weakness", confirmed=True)


# -- controls: plain red flags still warn ------------------------------------------------------

CONTROLS_WARNED = [
    ("onset", "suddenly, my arm is weak", "en-US", "stroke_signs"),
    ("onset", "suddenly, my face is drooping", "en-GB", "stroke_signs"),
    ("onset", "suddenly, I've wet myself", "en-GB", "cauda_equina_bladder"),
    ("onset", "suddenly, I can't control my bladder", "en-US", "cauda_equina_bladder"),
    ("onset", "suddenly, my bum is numb", "en-AU", "cauda_equina_saddle"),
    ("onset", "suddenly, I can't feel the toilet paper when I wipe", "en-GB",
     "cauda_equina_saddle"),
    ("onset", "suddenly, my legs feel like cotton wool and won't hold me", "en-GB",
     "new_leg_weakness"),
    ("onset", "suddenly, my legs have given way", "en-US", "new_leg_weakness"),
    ("side", "both legs, and I am not getting erection", "en-IN", "cauda_equina_sexual"),
]


@pytest.mark.parametrize(("context", "text", "locale", "flag"), CONTROLS_WARNED)
def test_plain_red_flags_still_warn(context: str, text: str, locale: str, flag: str) -> None:
    _warned(context, text, flag, locale)


CONTROLS_QUIET = [
    # (context, said, locale, finding, its answer): no flag, the answer kept
    ("onset", "suddenly, I can't lift heavy boxes because of my back", "en-GB", "onset",
     "sudden"),
    ("side", "both, the kettle is broken", "en-GB", "side", "both_legs"),
    ("side", "both, and I had a cup of tea", "en-AU", "side", "both_legs"),
    ("face_arm_speech", "no, I can lift the kettle fine", "en-GB", "face_arm_speech", "no"),
    ("side", "both, my phone has gone, it's gone dead", "en-US", "side", "both_legs"),
    ("bladder_bowel", "no, I always know when I need to go", "en-GB", "bladder_bowel", "no"),
    ("side", "both, I got wet in the rain", "en-GB", "side", "both_legs"),
    ("onset", "suddenly, I didn't know I needed to see a doctor", "en-US", "onset", "sudden"),
    ("onset", "suddenly, I didn't know I had to go to work today", "en-GB", "onset", "sudden"),
    ("saddle_numbness", "no, I can feel the chair fine", "en-GB", "saddle_numbness", "no"),
    ("side", "both, the chair is comfy", "en-CA", "side", "both_legs"),
    ("side", "both, and my new pillow is like cotton wool", "en-GB", "side", "both_legs"),
    ("onset", "slowly, my head feels like cotton wool", "en-GB", "onset", "gradual"),
    ("side", "both, I caught the bus", "en-AU", "side", "both_legs"),
    ("side", "both, I stubbed my toe on the door", "en-US", "side", "both_legs"),
]


@pytest.mark.parametrize(("context", "text", "locale", "finding", "answer"), CONTROLS_QUIET)
def test_look_alikes_and_denials_raise_no_flag(context: str, text: str, locale: str,
                                              finding: str, answer: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert not flags and not warned_first(speech), (flags, speech)
    assert answers.get(finding) == answer, (answers, speech)


# At the merge (round 29): 29b's words for not knowing one needed to go first reached across "I
# don't know, I haven't been to the loo" and made it a no (batch 16's sx-b16-yn-0005, warned on the
# base); "have" now counts only as "have to" / "had to".
@pytest.mark.parametrize(("text", "locale"), [
    ("I honestly don't know, I haven't been to the loo since this morning", "en-GB"),
    ("I don't know, I haven't been to the toilet since lunch", "en-AU"),
    ("not sure, I haven't had a wee since breakfast", "en-GB"),
])
def test_not_knowing_then_not_having_been_is_never_a_no(text: str, locale: str) -> None:
    speech, answers, _flags = say_at("bladder_bowel", text, locale)
    assert answers.get("bladder_bowel") in ("yes", "unsure"), (answers, speech)


@pytest.mark.parametrize(("text", "locale"), [
    ("suddenly, and I didn't know I had to go until I was wet", "en-GB"),
    ("suddenly, I can't tell when I have to wee", "en-US"),
])
def test_not_knowing_one_had_to_go_still_warns(text: str, locale: str) -> None:
    _heard("onset", text, locale, "bladder_bowel", "cauda_equina_bladder")

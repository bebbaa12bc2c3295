"""Round 39 (safety39): red flags told in batch 42's tuning half in ways the reader missed.
Said in words of our own to the offline simulator, across the five locales, with controls
(docs/clinical-safety.md 5zzzzi). No held-back material was read.

39f. Weakness told by what the legs did or what it made one do: legs "gone to nothing", legs
that "went all at once" (also after a false start), having to shuffle on one's bottom or crawl,
a walk likened to a drunk's or a penguin's (never read as drinking).

39g. A climb told by the places it reached, in order up the leg, each dated by a day or after a
word of climbing.

39h. The seat named by what it is for ("the part where we sit") and said numb; a seat likened
to sitting on cotton is confirmed.

39i. An organ cancer often takes, said "done", "out" or "removed", at the cancer question.

39j. Words said between a sign's parts: when a bandage was put on, between it and its
tightness; "any" between a "not" and the diet that would explain a weight loss.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.test_words_in_context import say_at

# (context, locale, text, flag that must be raised and warned first)
OWN = [
    # 39f
    ("onset", "en-AU", "all of a sudden, me legs have gone to nothing, mate", "new_leg_weakness"),
    ("onset", "en-US", "suddenly, the legs, well, they went all at once in the kitchen",
     "new_leg_weakness"),
    ("onset", "en-GB", "overnight, I had to shuffle down the stairs on my bum this morning",
     "new_leg_weakness"),
    ("onset", "en-IN", "suddenly, I had to crawl to the bathroom", "new_leg_weakness"),
    ("fever", "en-GB", "yes, burning up, and I'm staggering about like I'm drunk",
     "spinal_infection_with_nerve_signs"),
    ("fever", "en-CA", "yeah a fever, and my wife says I'm walking like a drunk",
     "spinal_infection_with_nerve_signs"),
    ("onset", "en-AU", "quick, I'm waddling like a duck and I can barely get up",
     "new_leg_weakness"),
    # 39g
    ("onset", "en-US", "fast, feet on Monday, knees by Wednesday, and my legs are weak",
     "ascending_weakness"),
    ("onset", "en-GB", "sudden, it's creeping, shins then thighs, and my legs are weak",
     "ascending_weakness"),
    ("onset", "en-IN", "quickly, toes yesterday, calves today, and legs are weak",
     "ascending_weakness"),
    ("onset", "en-AU", "fast, it's been moving, ankles then knees, me legs are weak",
     "ascending_weakness"),
    # 39h
    ("side", "en-IN", "both, and the part where one sits is numb", "cauda_equina_saddle"),
    ("duration", "en-GB", "a week, and the bit where I sit has gone dead", "cauda_equina_saddle"),
    ("side", "en-US", "both, plus the area where you sit feels numb", "cauda_equina_saddle"),
    ("duration", "en-AU", "few days, the spot where I sit is tingly", "cauda_equina_saddle"),
    # 39i
    ("cancer_history", "en-US", "I had my breast removed in 2018, and my back aches now",
     "back_pain_after_cancer"),
    ("cancer_history", "en-AU", "had the bowel out a while ago, and now my back's killing me",
     "back_pain_after_cancer"),
    ("cancer_history", "en-GB", "yes, I had the womb out years ago, and my back hurts",
     "back_pain_after_cancer"),
    ("cancer_history", "en-IN", "I have had the lung operated on, and now my spine is paining",
     "back_pain_after_cancer"),
    # 39j
    ("onset", "en-GB",
     "fast, the cast they fitted after my fracture is tight and my leg's in agony",
     "compartment_syndrome"),
    ("onset", "en-AU", "quick, the plaster they put on after the op is so tight",
     "compartment_syndrome"),
    ("fever", "en-US", "no, but I've lost twenty pounds, not on any diet", "back_pain_weight_loss"),
    ("fever", "en-GB", "no, but I've dropped a stone and I'm not following any diet",
     "back_pain_weight_loss"),
]


@pytest.mark.parametrize(("context", "locale", "text", "flag"), OWN)
def test_a_red_flag_told_in_other_words_is_warned(context: str, locale: str, text: str,
                                                  flag: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert flag in flags and warned_first(speech), (flags, answers, speech)


# Controls: must raise no flag and no warning
CONTROLS = [
    ("onset", "en-GB", "slowly, and walking like a penguin on the ice this winter, ha", None),
    ("onset", "en-US", "gradually, I climbed the stairs Monday and my knees ached Tuesday", None),
    ("side", "en-IN", "both, and the part where I sit is fine, no numbness", None),
    ("cancer_history", "en-GB", "no, I had my bloods done last week and they were clear", None),
    ("fever", "en-GB", "no, and I've lost a stone, I'm on some diet my GP gave me", None),
]


@pytest.mark.parametrize(("context", "locale", "text", "not_yes"), CONTROLS)
def test_a_near_miss_raises_no_flag(context: str, locale: str, text: str,
                                    not_yes: str | None) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert not flags and not warned_first(speech), (flags, answers, speech)
    if not_yes:
        assert answers.get(not_yes) != "yes", answers


def test_a_drunk_walk_is_never_read_as_drinking() -> None:
    _, answers, _ = say_at("fever", "no fever, but I'm walking like I'm drunk", "en-GB")
    assert answers.get("alcohol") != "yes" and answers.get("leg_weakness") == "yes", answers
    _, answers, _ = say_at("alcohol", "no, I don't drink, I just stagger like a drunk", "en-GB")
    assert answers.get("alcohol") == "no", answers


def test_drinking_said_outright_is_still_read() -> None:
    _, answers, _ = say_at("alcohol", "yes, I drink most nights, a bottle of wine", "en-AU")
    assert answers.get("alcohol") == "yes", answers


def test_a_seat_like_cotton_is_confirmed() -> None:
    speech, answers, _ = say_at("side", "both, and it's like I'm sitting on cotton wool", "en-GB")
    assert answers.get("saddle_numbness") in (None, "unsure"), answers
    assert warned_first(speech) or "Just to check" in speech or "genitals" in speech, speech

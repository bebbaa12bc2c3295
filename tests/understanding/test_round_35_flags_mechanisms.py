"""Round 35 (flags35): red flags said plainly or with a doubt, in batch 38's tuning half, that
went unwarned. Said in words of our own to the offline simulator (the interaction model
included), across the five locales, at a real point of a screening, with controls
(docs/clinical-safety.md 5zzzs). No held-back material was read.

35d. A negation whose verb has taken its object ("I haven't noticed it", "can't say I haven't
seen it") is said whole: a clause of its own after it ("... my smile's gone crooked") is told,
never denied (Alexa sends no comma).

35e. Strength told as a share of what it was ("half as strong as I was", "sixty percent as
strong", "seventy percent weaker"): weakness of the legs. Said of a drink, it is not.

35f. The seat said to have no feeling ("my bottom's got no feeling", "my bum has lost all
feeling") or numb in the "seat area": saddle numbness. The bottom of a foot is the sole.

35g. A temperature reading said alone ("thirty eight point five this morning", "a hundred and
one degrees"): a fever. A normal reading, the weather's degrees and a weight are not.

35h. A sign told as the urge not felt ("I haven't felt the need to go today") or the numb part
higher than it was ("the numb bit is higher than last week"): the bladder sign and numbness
climbing, said plainly or with a doubt (a doubt is checked once).
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import flags_raised, warned_first
from tests.understanding.test_words_in_context import CONTEXTS, say_at, screening


def _warned(context: str, text: str, locale: str, flag: str) -> bool:
    speech, _, flags = say_at(context, text, locale)
    return flag in flags and warned_first(speech)


def _warned_or_confirmed(context: str, text: str, locale: str, flag: str) -> bool:
    """Warned first, or asked once and warned first on "yes" (a sign said with a doubt; a
    sign that is an emergency only when new is then timed, and "yes" answers that too)."""
    sim = CONTEXTS.open(locale, context)
    reply = sim.say(text)
    for _ in range(3):
        if flag in flags_raised(screening(sim)) and warned_first(reply.speech):
            return True
        reply = sim.say("yes")
    return False


# -- 35d. a negation said whole with its object, then a sign of its own ------------------------

OWN_35D = [
    ("face_arm_speech", "en-US", "I haven't noticed it, my mouth is drooping on the left",
     "stroke_signs"),
    ("face_arm_speech", "en-GB", "I didn't see it myself, her face has dropped on one side",
     "stroke_signs"),
    ("face_arm_speech", "en-AU", "can't say I haven't seen it, my arm's gone weak since lunch",
     "stroke_signs"),
    ("face_arm_speech", "en-IN", "I did not notice it before, my speech is slurring since morning",
     "stroke_signs"),
    ("bladder_bowel", "en-CA", "I didn't feel it, I've wet myself twice today",
     "cauda_equina_bladder"),
]


@pytest.mark.parametrize(("context", "locale", "text", "flag"), OWN_35D)
def test_a_sign_after_a_negation_said_whole_is_warned(context: str, locale: str, text: str,
                                                      flag: str) -> None:
    assert _warned(context, text, locale, flag)


CONTROLS_35D = [
    ("face_arm_speech", "en-GB", "I haven't noticed my face drooping"),
    ("face_arm_speech", "en-US", "no, I didn't notice anything, my face is fine"),
    ("face_arm_speech", "en-AU", "no, haven't seen it, my speech is normal"),
]


@pytest.mark.parametrize(("context", "locale", "text"), CONTROLS_35D)
def test_a_denial_of_the_sign_itself_stays_a_no(context: str, locale: str, text: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert not flags and not warned_first(speech) and answers.get(context) == "no", (
        answers, flags, speech)


# -- 35e. strength told as a share of what it was -----------------------------------------------

OWN_35E = [
    ("onset", "en-GB", "suddenly, my left leg is only half as strong as it was"),
    ("onset", "en-US", "all of a sudden, my legs are about forty percent as strong as before"),
    ("onset", "en-AU", "suddenly, the right leg's got half the strength of the other one"),
    ("onset", "en-IN", "suddenly, my leg has become fifty percent weaker"),
    ("onset", "en-CA", "suddenly, I've lost half my strength in both legs"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_35E)
def test_strength_as_a_share_is_weakness(context: str, locale: str, text: str) -> None:
    assert _warned(context, text, locale, "new_leg_weakness")


def test_a_share_of_strength_said_with_a_doubt_is_checked() -> None:
    assert _warned_or_confirmed("onset", "suddenly, and maybe the leg's seventy percent as "
                                "strong as it was, hard to tell", "en-GB", "new_leg_weakness")


def test_a_share_of_strength_with_a_climb_is_ascending_weakness() -> None:
    assert _warned("onset", "suddenly, it began in my feet on Friday and now it's up to my "
                   "thighs, and my legs are half as strong as they were", "en-AU",
                   "ascending_weakness")


CONTROLS_35E = [
    ("onset", "en-GB", "suddenly, and the tea here is half as strong as it was"),
    ("onset", "en-US", "suddenly, and I'm twice as strong as I was"),
]


@pytest.mark.parametrize(("context", "locale", "text"), CONTROLS_35E)
def test_a_share_of_strength_of_a_thing_is_no_weakness(context: str, locale: str,
                                                       text: str) -> None:
    _, answers, flags = say_at(context, text, locale)
    assert "new_leg_weakness" not in flags and answers.get("leg_weakness") != "yes", (
        answers, flags)


# -- 35f. the seat with no feeling --------------------------------------------------------------

OWN_35F = [
    ("onset", "en-US", "suddenly, my butt has no feeling at all"),
    ("onset", "en-GB", "suddenly, and my backside has lost all feeling"),
    ("onset", "en-AU", "all at once, my bum's got no sensation when I sit on the loo"),
    ("duration", "en-IN", "two weeks, and tingling is there in the seat area"),
    ("side", "en-CA", "both, and there's numbness in my sit bones"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_35F)
def test_the_seat_with_no_feeling_is_the_saddle_sign(context: str, locale: str,
                                                    text: str) -> None:
    assert _warned(context, text, locale, "cauda_equina_saddle")


CONTROLS_35F = [
    ("onset", "en-GB", "slowly, the bottom of my foot has got no feeling"),
    ("onset", "en-US", "gradually, the numbness is in my feet, not the car seat"),
]


@pytest.mark.parametrize(("context", "locale", "text"), CONTROLS_35F)
def test_the_sole_is_not_the_seat(context: str, locale: str, text: str) -> None:
    speech, _, flags = say_at(context, text, locale)
    assert "cauda_equina_saddle" not in flags and not warned_first(speech), (flags, speech)


# -- 35g. a temperature reading said alone ------------------------------------------------------

OWN_35G = [
    ("fever", "en-GB", "thirty nine point two, and I'm shivery"),
    ("fever", "en-AU", "it was thirty eight degrees this arvo"),
    ("fever", "en-US", "thirty eight point eight at bedtime"),
    ("fever", "en-IN", "it was 39 degrees yesterday night"),
    ("fever", "en-CA", "forty point one when I checked"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_35G)
def test_a_high_reading_alone_is_a_fever(context: str, locale: str, text: str) -> None:
    assert _warned(context, text, locale, "back_pain_with_fever")


CONTROLS_35G = [
    ("fever", "en-GB", "thirty six point eight, so no"),
    ("fever", "en-AU", "no, it's just thirty nine degrees outside"),
    ("onset", "en-US", "slowly, and I weigh forty point five kilos, I always have"),
]


@pytest.mark.parametrize(("context", "locale", "text"), CONTROLS_35G)
def test_a_normal_reading_or_the_weather_is_no_fever(context: str, locale: str,
                                                    text: str) -> None:
    speech, _, flags = say_at(context, text, locale)
    assert "back_pain_with_fever" not in flags and not warned_first(speech), (flags, speech)


# -- 35h. the urge not felt; the numb part higher than it was -----------------------------------

OWN_35H = [
    ("onset", "en-US", "suddenly, and I haven't had the urge to pee since yesterday",
     "cauda_equina_bladder"),
    ("onset", "en-GB", "suddenly, I've not felt the need to go all day", "cauda_equina_bladder"),
    ("onset", "en-AU", "suddenly, and I don't get the urge to wee any more",
     "cauda_equina_bladder"),
    ("side", "en-GB", "both, and the tingling is higher up than it was a few days ago",
     "ascending_numbness"),
    ("side", "en-CA", "both, and the numb patch is higher than yesterday", "ascending_numbness"),
]


@pytest.mark.parametrize(("context", "locale", "text", "flag"), OWN_35H)
def test_the_urge_not_felt_or_numbness_higher_is_warned(context: str, locale: str, text: str,
                                                        flag: str) -> None:
    assert _warned(context, text, locale, flag)


OWN_35H_HEDGED = [
    ("onset", "en-IN", "suddenly, maybe I have not felt the urge to pass urine today, not sure",
     "cauda_equina_bladder"),
    ("side", "en-AU", "both, and I reckon the numbness might be higher than last week",
     "ascending_numbness"),
]


@pytest.mark.parametrize(("context", "locale", "text", "flag"), OWN_35H_HEDGED)
def test_the_same_said_with_a_doubt_is_checked(context: str, locale: str, text: str,
                                               flag: str) -> None:
    assert _warned_or_confirmed(context, text, locale, flag)


CONTROLS_35H = [
    ("onset", "en-GB", "slowly, and I didn't feel the need to go to the doctor"),
    ("onset", "en-US", "slowly, and my blood sugar is higher than last week"),
]


@pytest.mark.parametrize(("context", "locale", "text"), CONTROLS_35H)
def test_the_need_to_go_elsewhere_or_a_number_higher_is_no_flag(context: str, locale: str,
                                                                 text: str) -> None:
    speech, _, flags = say_at(context, text, locale)
    assert not flags and not warned_first(speech), (flags, speech)


OWN_35H_NIGH = [
    ("duration", "en-GB", "nigh on a fortnight, and it's crept from my ankles up to my knees",
     "ascending_numbness"),
    ("duration", "en-US", "nigh on two weeks and the numbness is climbing up both legs",
     "ascending_numbness"),
    ("duration", "en-AU", "well nigh a week, and now my legs have given way twice",
     "new_leg_weakness"),
]


@pytest.mark.parametrize(("context", "locale", "text", "flag"), OWN_35H_NIGH)
def test_a_sign_after_a_length_said_nigh_on_is_warned(context: str, locale: str, text: str,
                                                      flag: str) -> None:
    assert _warned_or_confirmed(context, text, locale, flag)


def test_nigh_on_alone_is_the_length() -> None:
    _, answers, flags = say_at("duration", "nigh on three weeks", "en-GB")
    assert answers.get("duration") == "weeks" and not flags, (answers, flags)


# -- 35d (with it). a person named before the body owns it --------------------------------------

OWN_35D_OWNER = [
    ("onset", "en-AU",
     "sudden, me nan's face has dropped on one side, like my grandad's stroke was",
     "stroke_signs"),
    ("onset", "en-GB",
     "suddenly, mum's arm has gone weak and floppy, same as my uncle's stroke",
     "stroke_signs"),
]


@pytest.mark.parametrize(("context", "locale", "text", "flag"), OWN_35D_OWNER)
def test_a_sign_of_a_person_named_first_stays_theirs(context: str, locale: str, text: str,
                                                     flag: str) -> None:
    assert _warned(context, text, locale, flag)


def test_the_speakers_own_body_then_another_persons_sign_is_still_given_away() -> None:
    """ "Feet tingle and my mate lost the use of his legs": a story told in passing (the rule
    35d narrows, kept)."""
    _, _, flags = say_at("onset", "slowly, feet tingle and my mate lost the use of his legs",
                         "en-GB")
    assert "new_leg_weakness" not in flags, flags

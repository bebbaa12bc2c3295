"""Round 36 (flags36): red-flag signs said in ways batch 39's tuning half missed, and two review
leftovers. Said in words of our own to the offline simulator (the interaction model included),
across the five locales, with controls (docs/clinical-safety.md 5zzzy). No held-back material
was read.

36f. How far down a leg, said of pain or of one leg: pain shooting "from the hip down to the foot"
is the path of sciatica's pain (shooting_down_leg), not a whole leg gone numb; one leg numb "from
the groin down" is that whole leg (whole_leg), not the saddle (NHS cauda equina: numbness of the
buttocks, perineum and inner thighs).

36g. Urine that is "not passing" or "not coming out" (properly): the bladder sign (retention),
read at any question, beside a fever too.

36h. A leg said "pure white", "dead white", or Scots "cauld": the colour and the cold, never a leg
that has "gone" (given way).

36i. "A week back pain" (Alexa sends no comma): a week, and the back's pain, never "a week ago"
with the back lost.

Review leftover (not changed): a carer's "my husband's foot drags" is read for the person the
carer speaks for, as every round since round 6 (5c) reads a carer's report; a speaker who has
named their own sign first keeps the other person's as a story.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.test_words_in_context import say_at

# -- 36f. how far down a leg: pain's path, one leg from the groin down --------------------------

OWN_36F_SCIATICA = [
    ("en-GB", "both, and the pain shoots from my hips right down into my feet"),
    ("en-AU", "both of them, pain runs from the hip down to the toes on both sides"),
    ("en-US", "both legs, it's a shooting pain from the hip down to the ankle"),
    ("en-IN", "both legs, burning pain is going from hip to foot in both"),
    ("en-CA", "both, shooting pains from the hips to the feet"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_36F_SCIATICA)
def test_pain_shooting_the_length_of_both_legs_is_sciatica(locale: str, text: str) -> None:
    speech, answers, flags = say_at("side", text, locale)
    assert "bilateral_sciatica" in flags and warned_first(speech), (flags, answers, speech)
    assert answers.get("whole_leg") != "yes", (answers, speech)


OWN_36F_ONE_LEG = [
    ("en-GB", "just the left, it's numb from the groin down"),
    ("en-US", "the right leg, it went dead from the groin down"),
    ("en-AU", "one leg, numb from me groin down to me toes"),
    ("en-IN", "right leg only, numbness is from groin to foot"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_36F_ONE_LEG)
def test_one_leg_numb_from_the_groin_down_is_the_whole_leg(locale: str, text: str) -> None:
    speech, answers, flags = say_at("side", text, locale)
    assert answers.get("saddle_numbness") != "yes" and "cauda_equina_saddle" not in flags, (
        answers, flags, speech)
    # the whole leg: warned, or confirmed in one question
    assert ("sudden_whole_leg" in flags and warned_first(speech)) or (
        answers.get("whole_leg") in (None, "unsure") and "leg" in speech.lower()), (
        answers, flags, speech)


CONTROLS_36F = [
    # numbness the length of a leg stays a whole leg; the saddle said stays the saddle
    ("side", "en-GB", "the left, the whole leg went numb from hip to foot", "sudden_whole_leg"),
    ("side", "en-US", "both, and I'm numb around my groin and bum", "cauda_equina_saddle"),
    ("duration", "en-AU", "two days, and I can't feel my bottom or between my legs",
     "cauda_equina_saddle"),
    ("side", "en-GB", "the right, pain shoots down it and the whole leg has gone numb",
     "sudden_whole_leg"),
]


@pytest.mark.parametrize(("context", "locale", "text", "flag"), CONTROLS_36F)
def test_numbness_of_a_whole_leg_or_the_saddle_is_still_warned(context: str, locale: str,
                                                                text: str, flag: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert flag in flags and warned_first(speech), (flags, answers, speech)


# -- 36g. urine not passing ---------------------------------------------------------------------

OWN_36G = [
    ("fever", "en-IN", "yes fever is there, and urine is not coming out properly"),
    ("fever", "en-GB", "yes, a temperature, and my pee isn't passing properly"),
    ("fever", "en-US", "yeah I've got a fever and the urine won't pass"),
    ("fever", "en-AU", "yep, feverish, and the wee isn't flowing properly"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_36G)
def test_urine_not_passing_beside_a_fever_is_the_infection_flag(context: str, locale: str,
                                                                 text: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert "spinal_infection_with_nerve_signs" in flags and warned_first(speech), (
        flags, answers, speech)


OWN_36G_BLADDER = [
    ("en-IN", "urine is not passing since morning"),
    ("en-GB", "my urine isn't passing properly"),
    ("en-CA", "the pee won't come out properly"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_36G_BLADDER)
def test_urine_not_passing_is_the_bladder_sign(locale: str, text: str) -> None:
    speech, answers, _ = say_at("bladder_bowel", text, locale)
    assert answers.get("bladder_bowel") == "yes", (answers, speech)


CONTROLS_36G = [
    ("fever", "en-IN", "no fever, and urine is passing properly", "fever"),
    ("bladder_bowel", "en-GB", "no, the urine is passing fine", "bladder_bowel"),
    ("fever", "en-US", "no fever, and my pee is flowing fine", "fever"),
]


@pytest.mark.parametrize(("context", "locale", "text", "question"), CONTROLS_36G)
def test_urine_passing_fine_is_no_sign(context: str, locale: str, text: str,
                                       question: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(question) == "no" and not flags and not warned_first(speech), (
        answers, flags, speech)


# -- 36h. "pure white", "dead white", "cauld" ----------------------------------------------------

OWN_36H = [
    ("en-GB", "suddenly, ma leg's gone cauld and white"),
    ("en-GB", "all of a sudden, my foot has gone pure white and it's freezing"),
    ("en-AU", "suddenly, the leg went dead white and ice cold"),
    ("en-US", "it came on suddenly, my leg has gone pure white and cold"),
    ("en-GB", "suddenly, and the leg's awfy cauld and pale"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_36H)
def test_a_leg_gone_white_and_cold_is_its_blood_supply(locale: str, text: str) -> None:
    speech, answers, flags = say_at("onset", text, locale)
    assert "limb_ischaemia" in flags and warned_first(speech), (flags, answers, speech)
    assert answers.get("leg_weakness") != "yes", (answers, speech)


CONTROLS_36H = [
    # a leg that has "gone" (given way) is still weakness; cold weather is nothing
    ("onset", "en-GB", "suddenly, my leg's gone, it just gave way under me", "new_leg_weakness"),
    ("onset", "en-GB", "suddenly, my legs have gone weak", "new_leg_weakness"),
]


@pytest.mark.parametrize(("context", "locale", "text", "flag"), CONTROLS_36H)
def test_a_leg_that_has_gone_is_still_weak(context: str, locale: str, text: str,
                                           flag: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert flag in flags and warned_first(speech), (flags, answers, speech)


def test_cold_weather_in_scots_is_no_sign() -> None:
    speech, answers, flags = say_at("onset", "slowly, it's been awfy cauld outside this winter",
                                    "en-GB")
    assert answers.get("onset") == "gradual" and not flags, (answers, flags, speech)


# -- 36i. "a week back pain" ---------------------------------------------------------------------

OWN_36I = [
    ("en-US", "a week, back pain too", "back_pain=yes"),
    ("en-GB", "a week back ache as well", "back_pain=yes"),
    ("en-IN", "a week back pain is also there", "back_pain=yes"),
    ("en-CA", "a week, back pain and I've got a fever", "flag:back_pain_with_fever"),
]


@pytest.mark.parametrize(("locale", "text", "expected"), OWN_36I)
def test_a_week_then_back_pain_keeps_the_back(locale: str, text: str, expected: str) -> None:
    speech, answers, flags = say_at("duration", text, locale)
    if expected.startswith("flag:"):
        assert expected[5:] in flags and warned_first(speech), (flags, answers, speech)
    else:
        question, value = expected.split("=")
        assert answers.get(question) == value, (answers, speech)
    assert answers.get("duration") in ("days", "weeks"), (answers, speech)


CONTROLS_36I = [
    # "a week back" said as a time ago stays one, with no back read
    ("en-GB", "a week back, my feet started tingling"),
    ("en-AU", "it started a week back"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_36I)
def test_a_week_back_as_a_time_is_no_back(locale: str, text: str) -> None:
    speech, answers, _ = say_at("duration", text, locale)
    assert answers.get("duration") in ("days", "weeks") and "back_pain" not in answers, (
        answers, speech)


# -- review leftover: a carer's report (unchanged) -----------------------------------------------

def test_a_carers_report_is_read_for_the_one_screened() -> None:
    speech, _, flags = say_at("onset", "suddenly, my husband's foot drags", "en-US")
    assert "new_leg_weakness" in flags and warned_first(speech), (flags, speech)


def test_another_persons_sign_after_the_speakers_own_is_a_story() -> None:
    speech, answers, flags = say_at("onset", "my feet tingle and my husband's foot drags",
                                    "en-GB")
    assert not flags and answers.get("foot_drop") is None, (answers, flags, speech)

"""Batch 15's classes of wording (round 11, issue 11), read by rule rather than by sentence: each
class in words of our own, said to the offline simulator at a real point of a screening (request
envelopes in, replies and session state out), across the five locales. Every rule that lowers an
outcome has must-warn controls beside it.

The classes: not knowing said in other words at a red-flag question, alone or beside a no it did
not make ("can't say, I haven't looked"): never a no (rule 3); the face and speech said to be
fine, joined by "and", after a side answer: a denial, no stroke; a weekday said first, with no
"since" ("Monday it was just my toes, now ..."): the time is kept; weakness told through a daily
task ("I can't get up the stairs any more").
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import missed, warned_first
from tests.understanding.test_words_in_context import say_at
from tests.understanding.test_words_in_context import warned_at as _warned

# -- not knowing, in other words, at a red-flag question: never a no --------------------------

@pytest.mark.parametrize(("context", "text", "locale"), [
    ("saddle_numbness", "no idea really, I haven't paid any attention down there", "en-GB"),
    ("saddle_numbness", "hard to tell, I don't go checking down there", "en-US"),
    ("saddle_numbness", "tough to say, mate", "en-AU"),
    ("saddle_numbness", "cannot say, I have not noticed properly", "en-IN"),
    ("saddle_numbness", "I haven't the foggiest", "en-CA"),
    ("face_arm_speech", "can't say, I haven't really looked in the mirror", "en-GB"),
    ("face_arm_speech", "no, well, I can't really say", "en-US"),
    ("face_arm_speech", "hmm, no, I mean, I don't really know", "en-CA"),
    ("face_arm_speech", "I wouldn't have a clue, mate", "en-AU"),
    ("face_arm_speech", "difficult to say, I have not checked", "en-IN"),
    ("bladder_bowel", "hard to know really", "en-GB"),
    ("bladder_bowel", "who can say, I don't keep track", "en-US"),
    ("leg_weakness", "it's difficult to tell", "en-CA"),
    ("leg_weakness", "maybe, maybe not, I haven't tried walking far", "en-AU"),
    ("leg_weakness", "not that I could say", "en-IN"),
])
def test_not_knowing_in_other_words_is_not_sure(context: str, text: str, locale: str) -> None:
    speech, answers, _ = say_at(context, text, locale)
    assert not missed(speech), speech
    assert answers.get(context) == "unsure", (answers, speech)


@pytest.mark.parametrize(("context", "text", "locale"), [
    # controls: a polite no, a no with a question of how or why, a plain no stay noes
    ("face_arm_speech", "can't say I have", "en-GB"),
    ("face_arm_speech", "can't say I've noticed", "en-AU"),
    ("face_arm_speech", "no, I don't know why you're asking but no", "en-US"),
    ("saddle_numbness", "nope, I don't know how that's relevant", "en-CA"),
    ("saddle_numbness", "no, nothing like that", "en-IN"),
    ("leg_weakness", "no, not sure why you ask, but no", "en-GB"),
    ("kidney", "no, can't say so", "en-AU"),
])
def test_a_polite_or_plain_no_beside_such_words_is_still_no(context: str, text: str,
                                                           locale: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(context) == "no" and not warned_first(speech), (answers, flags, speech)


# -- the face and speech said fine after a side answer: no stroke -----------------------------

@pytest.mark.parametrize(("text", "locale"), [
    ("the left, and my face and speech are perfectly normal", "en-GB"),
    ("left, and my face and arms are totally fine", "en-US"),
    ("the right, my speech is perfectly clear and my face is normal", "en-CA"),
    ("the left one, and my face and speech are both fine", "en-AU"),
    ("right leg only, and face and speech are completely normal", "en-IN"),
])
def test_face_and_speech_said_fine_after_a_side_is_no_stroke(text: str, locale: str) -> None:
    speech, answers, flags = say_at("side", text, locale)
    assert not flags and not warned_first(speech), (flags, speech)
    assert answers.get("side") == "one_leg" and not missed(speech), (answers, speech)


@pytest.mark.parametrize(("text", "locale"), [
    # controls beside the lowering rule: a face or speech sign said with a side still warns
    ("the left, and my face and speech are not normal", "en-GB"),
    ("left, and my face is drooping", "en-US"),
    ("the right, my face is fine but my speech is slurred", "en-CA"),
    ("the left one, and my face and arm have gone numb", "en-AU"),
    ("right side, and my speech is slurred since morning", "en-IN"),
])
def test_a_face_or_speech_sign_with_a_side_still_warns(text: str, locale: str) -> None:
    _warned("side", text, "stroke_signs", locale)


# -- a weekday said first: the time is kept -----------------------------------------------------

@pytest.mark.parametrize(("text", "locale"), [
    ("Monday it was just my toes tingling, now it's up past my knees", "en-US"),
    ("Tuesday it was only my feet, now the numbness is up to my shins", "en-GB"),
    ("Sunday it started in me soles and now it's up to me knees", "en-AU"),
    ("Wednesday it was only in the toes, now it is reaching the knees", "en-IN"),
    ("Friday night it was just my toes, now it's halfway up my thighs", "en-CA"),
    ("Since Monday the numbness has been climbing up my legs", "en-US"),
])
def test_numbness_climbing_since_a_weekday_is_ascending(text: str, locale: str) -> None:
    _warned("onset", text, "ascending_numbness", locale)


# -- weakness told through a daily task ---------------------------------------------------------

@pytest.mark.parametrize(("text", "locale"), [
    ("since yesterday I can't get up the stairs any more", "en-GB"),
    ("since this morning I can't lift my foot onto the curb", "en-US"),
    ("since yesterday I can't lift my foot onto the kerb", "en-AU"),
    ("since yesterday I am not able to climb the stairs", "en-IN"),
    ("since last night I can't get out of my chair without help", "en-CA"),
])
def test_a_daily_task_lost_suddenly_is_new_weakness(text: str, locale: str) -> None:
    _warned("onset", text, "new_leg_weakness", locale)


# -- severity by comparison with the worst pains people know --------------------------------------

@pytest.mark.parametrize(("text", "locale"), [
    ("it's worse than childbirth, honestly", "en-GB"),
    ("it's worse than giving birth to my twins", "en-US"),
    ("hurts more than when I broke my leg", "en-AU"),
    ("pain is worse than kidney stones", "en-IN"),
    ("worse than any pain I've ever had", "en-CA"),
    ("more painful than having a baby", "en-GB"),
])
def test_pain_worse_than_the_worst_known_is_severe(text: str, locale: str) -> None:
    _warned("onset", text, "severe_pain", locale)


@pytest.mark.parametrize(("text", "locale"), [
    # controls: the comparison denied is no severe pain
    ("it's not worse than giving birth, it's just annoying", "en-US"),
    ("no, not worse than when I broke my leg, just a niggle", "en-AU"),
    ("pain is less than labour pain, manageable", "en-IN"),
    ("it's mild, nothing like kidney stones", "en-CA"),
    ("no, it's not worse than childbirth, it's bearable", "en-GB"),
])
def test_a_comparison_denied_is_no_severe_pain(text: str, locale: str) -> None:
    speech, _, flags = say_at("severe_pain", text, locale)
    assert "severe_pain" not in flags and not warned_first(speech), (flags, speech)


# -- a diabetic foot wound seen by a relative ------------------------------------------------------

@pytest.mark.parametrize(("text", "flag", "locale"), [
    ("yes, and my wife says there's a black spot on my toe", "diabetic_foot_emergency", "en-GB"),
    ("yes, my daughter spotted a cracked bleeding spot on my heel", "diabetic_foot_wound",
     "en-US"),
    ("yeah, and the missus says there's a dark patch on my big toe", "diabetic_foot_emergency",
     "en-AU"),
    ("yes, sugar patient, my son saw a wound under my foot", "diabetic_foot_wound", "en-IN"),
    ("yes, and my husband noticed a weeping spot on my sole", "diabetic_foot_wound", "en-CA"),
])
def test_a_foot_wound_a_relative_saw_is_warned(text: str, flag: str, locale: str) -> None:
    _warned("diabetes", text, flag, locale)


@pytest.mark.parametrize(("text", "locale"), [
    # controls: the relative's own foot, or a story told in passing, is not the speaker's
    ("no, but my mum has a black toe and my feet tingle", "en-GB"),
    ("no, my husband has a sore on his foot, not me", "en-US"),
])
def test_a_relatives_own_foot_is_not_the_speakers(text: str, locale: str) -> None:
    speech, _, flags = say_at("diabetes", text, locale)
    assert not flags and not warned_first(speech), (flags, speech)


# -- two parts of one leg named after its side: one leg --------------------------------------------

@pytest.mark.parametrize(("text", "locale"), [
    ("just my right leg and foot", "en-US"),
    ("the left leg and foot", "en-GB"),
    ("only me right foot and leg", "en-AU"),
    ("right leg and foot only", "en-IN"),
    ("my left leg and foot, that's all", "en-CA"),
])
def test_parts_of_one_side_are_one_leg(text: str, locale: str) -> None:
    speech, answers, _ = say_at("side", text, locale)
    assert answers.get("side") == "one_leg", (answers, speech)


@pytest.mark.parametrize(("text", "locale"), [
    # controls beside the lowering rule: both sides named, or both said, stay both legs
    ("my right leg and my left foot", "en-US"),
    ("the left leg and foot, and now the right foot too", "en-GB"),
    ("both legs and feet", "en-AU"),
    ("left leg and right leg", "en-IN"),
    ("my legs and feet", "en-CA"),
])
def test_both_sides_named_stay_both_legs(text: str, locale: str) -> None:
    speech, answers, _ = say_at("side", text, locale)
    assert answers.get("side") == "both_legs", (answers, speech)


# -- a holiday said without "since" ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "locale"), [
    ("it started on Holi", "en-IN"),
    ("it started over Easter", "en-AU"),
    ("it started at Christmas", "en-GB"),
    ("it began around Thanksgiving", "en-US"),
    ("it started on Labour Day", "en-CA"),
])
def test_a_holiday_without_since_dates_the_start(text: str, locale: str) -> None:
    speech, answers, _ = say_at("duration", text, locale)
    assert answers.get("duration") in {"weeks", "months", "years"} and not missed(speech), (
        answers, speech)


def test_since_labour_day_is_counted_from_its_date_in_canada() -> None:
    from datetime import date

    from skill.understanding.reader import default_reader

    reading = default_reader().read("since Labour Day", "en-CA", today=date(2026, 12, 3))
    assert reading.duration == "months"
    reading = default_reader().read("it started at work", "en-GB", today=date(2026, 12, 3))
    assert reading.duration is None

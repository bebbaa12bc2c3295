"""Batch 20's answer forms (round 17), read by construction rather than by sentence: each class
in words of our own, said to the offline simulator at a real point of a screening (request
envelopes in, replies and session state out), across the five locales. Every rule that lowers an
outcome or could drop a flag has must-warn controls beside it, said without commas (Alexa sends
none).

The classes: "afraid so" before what is agreed ("afraid so, my face has dropped"): a yes, and the
rest read; "I'm talking normally" at the stroke question: how one speaks, a no to the speech
part, never a request to speak at the normal pace; "not all at once", "not all of a sudden": a
gradual onset; back pain eased by lying down with a word between ("lying down really eases my
back"): no night pain; a temperature said with "temperature's" first and a reading ("temperature's
normal, thirty six point eight"); a holiday dated after "after" or "back from" ("right after the
Family Day long weekend"), and a holiday some states keep on different days (Australia's Labour
Day): the most recent state's date, the shorter and newer length (rule 3).

The screenings here are dated 12 March 2026 (the runner's request date): Ontario's Family Day
was 16 February 2026 (weeks before), Victoria's and Tasmania's Labour Day 9 March 2026 (days
before), Western Australia's 2 March, Queensland's in May, New South Wales's in October.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.test_words_in_context import not_flagged_at, say_at, warned_at

LOCALES = ("en-US", "en-GB", "en-CA", "en-AU", "en-IN")


def _first_sentence(speech: str) -> str:
    return speech.split(".")[0]


# -- 1. "afraid so" before what is agreed: a yes, and the rest read --

@pytest.mark.parametrize(("text", "locale"), [
    ("afraid so my lip has dropped on one side", "en-US"),
    ("I'm afraid so my left arm has gone all weak", "en-GB"),
    ("afraid so the words keep coming out jumbled", "en-CA"),
    ("I'm afraid so one side of my face has slipped", "en-AU"),
    ("afraid so my right hand is not gripping since this morning", "en-IN"),
])
def test_afraid_so_before_a_stroke_sign_warns(text: str, locale: str) -> None:
    warned_at("face_arm_speech", text, "stroke_signs", locale)


@pytest.mark.parametrize(("context", "text", "locale"), [
    ("diabetes", "afraid so I take tablets for it", "en-GB"),
    ("diabetes", "I'm afraid so since about ten years", "en-IN"),
    ("back_pain", "afraid so it has been aching for weeks", "en-AU"),
    ("back_pain", "I'm afraid so the low part mostly", "en-US"),
    ("diabetes", "afraid so type two", "en-CA"),
])
def test_afraid_so_with_more_said_is_a_yes(context: str, text: str, locale: str) -> None:
    speech, answers, _ = say_at(context, text, locale)
    assert answers.get(context) == "yes", (answers, speech)


# -- 2. "I'm talking normally" at the stroke question: how one speaks, never a pace request --

@pytest.mark.parametrize(("text", "locale"), [
    ("no nothing of the sort I'm talking normally", "en-US"),
    ("no I'm speaking normally aren't I", "en-GB"),
    ("no my face is fine and I'm talking normally", "en-CA"),
    ("nah I'm talking normally mate", "en-AU"),
    ("no I am speaking normally only", "en-IN"),
])
def test_talking_normally_denies_the_speech_part(text: str, locale: str) -> None:
    speech, answers = not_flagged_at("face_arm_speech", text, locale)
    assert answers.get("face_arm_speech") == "no", (answers, speech)
    assert "normal speed" not in speech.lower(), speech


@pytest.mark.parametrize(("text", "locale"), [
    # controls: asked for, the normal pace is still a pace request
    ("can you talk normally please", "en-GB"),
    ("speak normally again", "en-US"),
])
def test_talking_normally_asked_for_is_still_the_pace(text: str, locale: str) -> None:
    speech, _, _ = say_at("face_arm_speech", text, locale)
    asked, _, _ = say_at("face_arm_speech", "normal speed please", locale)
    assert _first_sentence(speech) == _first_sentence(asked), speech


@pytest.mark.parametrize(("text", "locale"), [
    # must-warn: a sign said beside talking normally is warned first
    ("I'm talking normally but my face has gone droopy on the left", "en-GB"),
    ("I am talking normally but my arm went weak an hour ago", "en-US"),
    ("I'm speaking normally now but my words were all slurred this morning", "en-AU"),
])
def test_a_sign_said_beside_talking_normally_is_warned(text: str, locale: str) -> None:
    warned_at("face_arm_speech", text, "stroke_signs", locale)


# -- 3. "not all at once", "not all of a sudden": gradual --

@pytest.mark.parametrize(("text", "locale"), [
    ("not all of a sudden no it crept up slowly", "en-US"),
    ("not all at once no little by little", "en-GB"),
    ("not all of a sudden it sort of built up", "en-CA"),
    ("not all at once mate", "en-AU"),
    ("not all of a sudden no bit at a time", "en-IN"),
])
def test_not_all_at_once_is_gradual(text: str, locale: str) -> None:
    speech, answers, _ = say_at("onset", text, locale)
    assert answers.get("onset") == "gradual", (answers, speech)


@pytest.mark.parametrize(("text", "locale"), [
    # controls: a short length said beside it is still how fast (hours or days are sudden)
    ("not all at once but over a couple of hours", "en-GB"),
    ("not all of a sudden but within a day", "en-US"),
])
def test_not_all_at_once_beside_hours_is_still_sudden(text: str, locale: str) -> None:
    speech, answers, _ = say_at("onset", text, locale)
    assert answers.get("onset") == "sudden", (answers, speech)


@pytest.mark.parametrize(("text", "locale", "flag"), [
    # must-warn: a sign said after it is warned first
    ("not all at once but now I can not feel my bottom on the toilet seat", "en-GB",
     "cauda_equina_saddle"),
    ("not all of a sudden but since yesterday my legs keep giving way", "en-AU",
     "new_leg_weakness"),
])
def test_a_sign_said_after_not_all_at_once_is_warned(text: str, locale: str, flag: str) -> None:
    warned_at("onset", text, flag, locale)


# -- 4. back pain eased by lying down, with a word between: no night pain --

@pytest.mark.parametrize(("text", "locale"), [
    ("no fever and lying down really helps my back", "en-US"),
    ("no temperature and resting actually eases it", "en-GB"),
    ("no fever and lying flat always eases my back", "en-CA"),
    ("no and lying down definitely helps the back", "en-AU"),
    ("no fever and lying down actually relieves my back", "en-IN"),
])
def test_back_pain_eased_by_lying_down_is_no_night_pain(text: str, locale: str) -> None:
    speech, answers, flags = say_at("fever", text, locale)
    assert answers.get("night_pain") == "no" and not flags, (answers, flags, speech)


@pytest.mark.parametrize(("text", "locale"), [
    # must-not-deny: not eased by lying down is the night pain (warned with the history)
    ("no fever but lying down never really eases my back", "en-GB"),
    ("no fever but lying down does not actually help my back", "en-US"),
])
def test_back_pain_not_eased_by_lying_down_is_never_a_no(text: str, locale: str) -> None:
    speech, answers, _ = say_at("fever", text, locale)
    assert answers.get("night_pain") != "no", (answers, speech)


# -- 5. a temperature said with "temperature's" first, and a reading --

@pytest.mark.parametrize(("text", "locale"), [
    ("temperature's normal thirty six point six", "en-IN"),
    ("temperature's normal", "en-IN"),
    ("temperature's fine ninety eight point four", "en-US"),
    ("my temperature's normal thirty seven", "en-GB"),
    ("temperature's been normal all week", "en-AU"),
    ("temperature's normal ninety eight", "en-CA"),
])
def test_a_normal_temperature_is_no_fever(text: str, locale: str) -> None:
    speech, answers = not_flagged_at("fever", text, locale)
    assert answers.get("fever") == "no", (answers, speech)


@pytest.mark.parametrize(("text", "locale"), [
    # must-warn: a high temperature said the same way is a fever, warned
    ("temperature's high thirty eight point nine", "en-IN"),
    ("temperature's been a hundred and one since last night", "en-US"),
    ("my temperature's up at thirty nine", "en-GB"),
])
def test_a_high_temperature_said_the_same_way_is_a_fever(text: str, locale: str) -> None:
    warned_at("fever", text, "back_pain_with_fever", locale)


# -- 6. a holiday dated after "after" or "back from"; a holiday kept on different days --

@pytest.mark.parametrize(("text", "locale", "bucket"), [
    ("it started right after the Family Day long weekend", "en-CA", "weeks"),
    ("just after we came back from the Family Day weekend", "en-CA", "weeks"),
    ("straight after the Christmas holidays", "en-GB", "months"),
    ("soon after we got back from Easter", "en-AU", "months"),
    ("right after Republic Day", "en-IN", "weeks"),
])
def test_a_holiday_said_after_after_dates_the_start(text: str, locale: str,
                                                    bucket: str) -> None:
    speech, answers, _ = say_at("duration", text, locale)
    assert answers.get("duration") == bucket, (answers, speech)


@pytest.mark.parametrize(("text", "locale"), [
    ("since the Labour Day long weekend", "en-AU"),
    ("since Labour Day", "en-AU"),
    ("it started over the Labour Day weekend just gone", "en-AU"),
])
def test_a_state_holiday_counts_from_the_most_recent_state(text: str, locale: str) -> None:
    # Victoria's and Tasmania's Labour Day (9 March 2026) is the most recent: days, the newer
    # and more urgent length; never months (the American Labor Day of September)
    speech, answers, _ = say_at("duration", text, locale)
    assert answers.get("duration") == "days", (answers, speech)


@pytest.mark.parametrize(("text", "locale", "flag"), [
    # must-warn: a sign said with the holiday is warned first
    ("since the Labour Day long weekend and today I can not hold my wee", "en-AU",
     "cauda_equina_bladder"),
    ("right after the Family Day long weekend and now my face has dropped", "en-CA",
     "stroke_signs"),
])
def test_a_sign_said_with_a_holiday_is_warned(text: str, locale: str, flag: str) -> None:
    speech, _, flags = say_at("duration", text, locale)
    assert flag in flags and warned_first(speech), (flags, speech)


# -- 7. a bare "weak" said of an arm or a hand at the stroke question: no doubt of weak legs --

@pytest.mark.parametrize(("text", "locale"), [
    ("afraid so my lip droops and this arm is weak", "en-US"),
    ("yes my arm feels a bit weak", "en-GB"),
    ("yes the right hand is weak", "en-CA"),
    ("yeah my face went funny and that arm is weak", "en-AU"),
    ("yes my left arm is little weak", "en-IN"),
])
def test_a_weak_arm_is_the_stroke_sign_not_leg_weakness(text: str, locale: str) -> None:
    speech, answers, flags = say_at("face_arm_speech", text, locale)
    assert "stroke_signs" in flags and warned_first(speech), (flags, speech)
    assert "new_leg_weakness" not in flags and "leg_weakness" not in answers, (answers, speech)


@pytest.mark.parametrize(("text", "locale"), [
    # must-warn: a leg named weak beside the arm is still weakness of the legs
    ("my arm and my leg are weak", "en-GB"),
    ("my hand went weak and my legs feel weak too", "en-US"),
    ("weakness in my right arm and my legs keep giving way", "en-AU"),
])
def test_a_leg_named_weak_beside_the_arm_is_still_warned(text: str, locale: str) -> None:
    warned_at("face_arm_speech", text, "new_leg_weakness", locale)

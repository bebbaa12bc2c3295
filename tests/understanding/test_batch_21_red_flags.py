"""Batch 21's red-flag and false-flag classes (round 18), read by rule rather than by sentence:
each class in words of our own, said to the offline simulator at a real point of a screening
(request envelopes in, replies and session state out), across the five locales. Every rule that
could lower an outcome has must-warn controls beside it, said without commas (Alexa sends none).

The classes: a "haven't" carried over "or" to a second verb ("I haven't hurt my back or had any
fall") denies both; a side corrected with "no wait" denies nothing told after it; a change in
sex said politely (the bedroom stopped working, "can't you know perform", not able to have
relations); a diabetic foot wound with pus, a bad smell or spreading redness; a tackle named as
the event; pain that "becomes more" in the night.
"""

from __future__ import annotations

import pytest

from tests.understanding.test_words_in_context import say_at
from tests.understanding.test_words_in_context import warned_at as _warned

LOCALES = ("en-US", "en-CA", "en-GB", "en-AU", "en-IN")


# -- 1. a "haven't" carried over "or" to a second verb denies both (lowered: a false flag) --

@pytest.mark.parametrize(("text", "locale"), [
    ("no I haven't injured my neck or had any kind of fall", "en-US"),
    ("nope I didn't hurt my spine or have any tumble at all", "en-CA"),
    ("no I've not damaged my back or been in any sort of accident", "en-GB"),
    ("nah I haven't done my back in or had any stack lately", "en-AU"),
    ("no I have not injured the back or had any fall from anywhere", "en-IN"),
])
def test_a_denial_carried_over_or_denies_the_second_thing(text: str, locale: str) -> None:
    _, answers, flags = say_at("injury", text, locale)
    assert answers.get("injury") == "no" and "spinal_injury" not in flags, (answers, flags)


@pytest.mark.parametrize(("context", "text", "flag", "locale"), [
    # controls, must warn: a denial with "or" does not reach a sign said in a clause after it
    ("onset", "I haven't been poorly or had any fever my legs gave way this morning",
     "new_leg_weakness", "en-GB"),
    ("onset", "I haven't been sick or had any cold my legs gave way out of nowhere today",
     "new_leg_weakness", "en-US"),
    ("injury", "I didn't trip or anything I fell off the ladder this morning onto my back",
     "spinal_injury", "en-AU"),
    ("injury", "no I haven't been to a doctor or had any scan I fell down the stairs today",
     "spinal_injury", "en-IN"),
    ("injury", "I haven't seen anyone or had it checked but I came off my bike onto my back today",
     "spinal_injury", "en-CA"),
])
def test_a_sign_told_after_a_denial_with_or_is_still_warned(context: str, text: str, flag: str,
                                                           locale: str) -> None:
    _warned(context, text, flag, locale)


@pytest.mark.parametrize(("context", "text", "locale"), [
    # controls: "not ... or been able to" says an inability, the sign itself, never its denial
    ("onset", "I haven't had any pain or been able to pee since last night", "en-GB"),
    ("onset", "I haven't slept or been able to walk properly since yesterday", "en-US"),
])
def test_not_able_carried_over_or_is_no_denial(context: str, text: str, locale: str) -> None:
    _, answers, _ = say_at(context, text, locale)
    assert "no" not in (answers.get("bladder_bowel"), answers.get("leg_weakness")), answers


# -- 2. a side corrected with "no wait" denies nothing told after it --

@pytest.mark.parametrize(("text", "locale"), [
    ("right no wait left the left foot turned icy and white all of a sudden this morning",
     "en-US"),
    ("the left one no sorry the right one it went cold and pale suddenly an hour ago", "en-GB"),
    ("left no hang on right my right foot went cold and white all at once today", "en-AU"),
    ("right leg no I mean left leg it suddenly went cold and pale about an hour back", "en-IN"),
    ("left no actually right the right foot went white and cold suddenly tonight", "en-CA"),
])
def test_a_side_corrected_with_no_wait_denies_nothing_after_it(text: str, locale: str) -> None:
    _warned("side", text, "limb_ischaemia", locale)


@pytest.mark.parametrize(("text", "locale"), [
    # controls: a denial said after the correction still denies
    ("no wait I have not had any fall at all", "en-GB"),
    ("no sorry I didn't hurt my back or fall", "en-US"),
])
def test_a_denial_after_a_correction_still_denies(text: str, locale: str) -> None:
    _, answers, flags = say_at("injury", text, locale)
    assert answers.get("injury") == "no" and "spinal_injury" not in flags, (answers, flags)


# -- 3. a change in sex said politely --

@pytest.mark.parametrize(("context", "text", "locale"), [
    ("onset", "since last week my back has been bad and everything in the bedroom has stopped "
     "working", "en-US"),
    ("onset", "my back went a few days ago and since then I can't you know perform", "en-CA"),
    ("side", "both and well things down below have stopped working since the back went", "en-GB"),
    ("onset", "ever since my back started I can't you know get it up anymore", "en-AU"),
    ("onset", "after this back pain came I am not able to have relations with my husband "
     "properly", "en-IN"),
    ("onset", "since my back went on Monday I'm unable to have sex properly", "en-GB"),
])
def test_a_change_in_sex_said_politely_is_warned(context: str, text: str, locale: str) -> None:
    _warned(context, text, "cauda_equina_sexual", locale)


@pytest.mark.parametrize(("text", "locale"), [
    # controls: the bedroom said fine raises nothing
    ("no everything in the bedroom is working fine", "en-GB"),
    ("no things in the bedroom are all normal", "en-IN"),
])
def test_the_bedroom_said_fine_raises_nothing(text: str, locale: str) -> None:
    _, answers, flags = say_at("cauda_equina_signs", text, locale)
    assert "cauda_equina_sexual" not in flags, (answers, flags)


# -- 4. a diabetic foot wound with pus, a bad smell or spreading redness --

@pytest.mark.parametrize(("context", "text", "locale"), [
    ("foot_wound", "yes and there's pus coming out of the sore now", "en-US"),
    ("foot_wound", "yes and the redness around the cut keeps spreading up my foot", "en-CA"),
    ("foot_wound", "yeah and the ulcer has started to smell really bad", "en-GB"),
    ("foot_wound", "yeah the skin round it is all red and hot and the red is spreading", "en-AU"),
    ("diabetes", "yes I have sugar and my foot wound is giving foul smell", "en-IN"),
])
def test_an_infected_diabetic_foot_wound_is_the_emergency(context: str, text: str,
                                                         locale: str) -> None:
    _warned(context, text, "diabetic_foot_emergency", locale)


@pytest.mark.parametrize(("text", "locale"), [
    # controls: a wound said clean is no emergency (still a wound)
    ("yes but it's clean no pus and no redness", "en-GB"),
    ("yes a small cut it doesn't smell and it's not red", "en-US"),
])
def test_a_clean_wound_is_no_emergency(text: str, locale: str) -> None:
    _, answers, flags = say_at("foot_wound", text, locale)
    assert "diabetic_foot_emergency" not in flags, (answers, flags)


# -- 5. a tackle named as the event --

@pytest.mark.parametrize(("text", "locale"), [
    ("just after the football tackle yesterday my legs went numb and tingly", "en-US"),
    ("straight after a tackle at hockey tonight both legs went numb", "en-CA"),
    ("right after the rugby tackle this afternoon my back went and my legs are numb", "en-GB"),
    ("since that footy tackle this arvo my legs have been tingling", "en-AU"),
    ("after the tackle in kabaddi today my legs have become numb", "en-IN"),
])
def test_a_tackle_named_as_the_event_is_an_injury(text: str, locale: str) -> None:
    _warned("onset", text, "spinal_injury", locale)


# -- 6. pain that "becomes more" in the night --

@pytest.mark.parametrize(("text", "locale"), [
    ("my back is paining and at night it becomes more", "en-IN"),
    ("the back pain gets more at night I can't sleep", "en-IN"),
    ("my back pain is more in the night time", "en-GB"),
    ("my back hurts and it's more at night when I lie down", "en-AU"),
    ("my back aches and it's more during the night", "en-US"),
    ("my back hurts more in the night", "en-CA"),
])
def test_back_pain_more_at_night_is_warned(text: str, locale: str) -> None:
    _warned("onset", text, "back_pain_at_night", locale)


# -- 7. weakness said to keep getting worse, or "not new" then told as building up --

@pytest.mark.parametrize(("text", "locale"), [
    ("slowly since March my legs keep getting weaker and I can only manage the end of the road",
     "en-US"),
    ("gradually my legs keep on getting weaker and weaker this past month", "en-CA"),
    ("it's not new it's been coming on for weeks and my legs keep getting weaker", "en-GB"),
    ("it's not new for a few weeks my legs have been getting weaker bit by bit", "en-AU"),
    ("slowly slowly over two months my legs keep getting weaker", "en-IN"),
])
def test_weakness_said_to_keep_getting_worse_is_warned(text: str, locale: str) -> None:
    _warned("onset", text, "weakness_getting_worse", locale)


@pytest.mark.parametrize(("text", "locale"), [
    # controls: "not new" said of the weakness itself is still no new weakness
    ("no it's not new weakness", "en-GB"),
    ("nope not new weakness", "en-US"),
])
def test_not_new_weakness_is_still_no_new_weakness(text: str, locale: str) -> None:
    _, answers, flags = say_at("leg_weakness", text, locale)
    assert answers.get("leg_weakness") != "yes" and not flags, (answers, flags)


# -- 18b's reach: "or anything" followed by "that" or "which" goes on denying (lowered at the
# merge: bare "or anything" had closed the denial and raised a false flag in five batches) --

@pytest.mark.parametrize(("text", "locale"), [
    ("no and I'm not on steroids or anything that weakens my immune system", "en-US"),
    ("no fever and I don't use steroids or anything which lowers my immunity", "en-CA"),
    ("no I don't take steroids or anything that suppresses my immunity", "en-GB"),
    ("nah and I'm not on prednisolone or anything that drops my immune system", "en-AU"),
    ("no and I am not taking steroids or anything that reduces immunity", "en-IN"),
])
def test_a_denial_with_or_anything_that_still_denies_what_follows(text: str,
                                                                   locale: str) -> None:
    _, answers, flags = say_at("fever", text, locale)
    assert "back_pain_weak_immunity" not in flags, (answers, flags)
    assert answers.get("weak_immunity") != "yes", answers

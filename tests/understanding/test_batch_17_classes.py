"""Batch 17's classes of wording (round 13), read by rule rather than by sentence: each class in
words of our own, said to the offline simulator at a real point of a screening (request envelopes
in, replies and session state out), across the five locales. Every rule that lowers an outcome or
drops a flag has must-warn controls beside it.

The classes: a sign told by what happened rather than named (waking to a wet bed, not having
realised one had wet or soiled oneself, soiling one's pants; a vehicle that ran into the back of
one's car; a tackle that drove one into the ground); numbness that travelled from one part to
above or past another; a graze or cut that will not scab; a walking aid changed for a bigger one;
a back said red, hot and sore, or named as the cause ("what with my back"); a carrier that dropped
the word saying which pain ("shooting pain ..."); doubt said with numbness "between the legs",
weakness that "could be moving up", a pain score said as "an eight or a nine"; and two false
flags: what "is behind" the numbness (a cause, not the seat), and going weak at the knees for
something one likes (a figure, not the legs).
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import normal, warned_first
from tests.understanding.test_words_in_context import not_flagged_at, say_at
from tests.understanding.test_words_in_context import warned_at as _warned


def _warned_or_checked(context: str, text: str, flag: str, locale: str) -> None:
    """A hedged sign: warned, or checked in one short question before the warning."""
    speech, _, flags = say_at(context, text, locale)
    assert (flag in flags and warned_first(speech)) or normal("Just to check") in normal(
        speech), (flags, speech)


# -- 1. incontinence told by what happened --

@pytest.mark.parametrize(("context", "text", "locale"), [
    ("onset", "I never realised I'd wet myself until I stood up, that was yesterday", "en-GB"),
    ("onset", "she didn't notice she'd soiled herself, since this morning", "en-AU"),
    ("onset", "I woke up and the bed was wet, that's never happened before", "en-US"),
    ("duration", "three days, and I woke up in a wet bed this morning", "en-CA"),
    ("onset", "since yesterday, and I wet the bed in my sleep last night", "en-IN"),
    ("duration", "since yesterday, and I've been messing my pants without knowing", "en-US"),
    ("onset", "since Monday, and he's messed his trousers twice and didn't feel it", "en-GB"),
    ("duration", "two days, and I keep messing myself, it's new", "en-AU"),
])
def test_incontinence_told_by_what_happened_is_warned(context: str, text: str,
                                                     locale: str) -> None:
    _warned(context, text, "cauda_equina_bladder", locale)


@pytest.mark.parametrize(("context", "text", "locale"), [
    # soiling one's pants is the bowels, never breathing ("pants" is not panting)
    ("duration", "two days, and I've been messing my pants", "en-US"),
    ("duration", "a few days, and I messed my pants at work", "en-CA"),
])
def test_soiled_pants_raise_the_bowel_flag_and_nothing_else(context: str, text: str,
                                                             locale: str) -> None:
    speech, _, flags = say_at(context, text, locale)
    assert flags == {"cauda_equina_bladder"} and warned_first(speech), (flags, speech)


@pytest.mark.parametrize(("context", "text", "locale"), [
    # controls: a plain denial of noticing anything is still a denial
    ("bladder_bowel", "no, I haven't noticed any leaking", "en-GB"),
    ("bladder_bowel", "no, I didn't notice any problems with the toilet", "en-US"),
    ("fever", "no, but I woke up wet with sweat last night", "en-AU"),
])
def test_not_noticing_a_problem_is_still_a_denial(context: str, text: str, locale: str) -> None:
    speech, _, flags = say_at(context, text, locale)
    assert "cauda_equina_bladder" not in flags, (flags, speech)


# -- 2. an injury told by the event: a vehicle into the back of one's car, a tackle --

@pytest.mark.parametrize(("context", "text", "locale"), [
    ("duration", "an hour, since a van ploughed into the back of us, my neck hurts and my legs "
     "are tingling", "en-GB"),
    ("onset", "a truck drove into us at the lights this morning, now my neck aches and both legs "
     "are numb", "en-US"),
    ("onset", "a ute went up the back of me this arvo and now my neck's sore and my legs tingle",
     "en-AU"),
    ("onset", "a driver slammed into the back of my car today, my back hurts and my legs are "
     "numb", "en-CA"),
    ("onset", "a bus hit our car from behind this morning, neck is paining and legs are numb",
     "en-IN"),
    ("onset", "I got driven into the ground in a tackle at rugby today, my neck hurts and my "
     "legs are tingling", "en-GB"),
    ("onset", "got smashed into the turf at footy this arvo, now both legs are numb and my "
     "neck's sore", "en-AU"),
    ("onset", "I took a heavy tackle at football this afternoon, my back hurts and my legs are "
     "tingling", "en-US"),
])
def test_an_injury_told_by_the_event_is_a_spinal_injury(context: str, text: str,
                                                        locale: str) -> None:
    _warned(context, text, "spinal_injury", locale)


# -- 3. numbness that travelled from one part to above or past another --

@pytest.mark.parametrize(("text", "locale"), [
    ("three days, and it's travelled from the soles of my feet to above my knees", "en-GB"),
    ("four days, and it's crept from my toes to past my knees", "en-US"),
    ("since Monday it's moved from the bottom of my feet to above my ankles", "en-CA"),
    ("a few days, and it's worked its way from my heels to beyond my knees", "en-AU"),
    ("two days, and it is spreading from the soles to above the knees", "en-IN"),
])
def test_numbness_travelling_past_a_higher_part_is_ascending(text: str, locale: str) -> None:
    _warned("duration", text, "ascending_numbness", locale)


# -- 4. a graze or cut that will not scab --

@pytest.mark.parametrize(("text", "locale"), [
    ("yes, type 2, and there's a graze on my heel from my shoe that hasn't scabbed over",
     "en-GB"),
    ("yes, and a scrape on my toe from the door still hasn't scabbed", "en-US"),
    ("yes, I'm on tablets, and a cut on my foot won't scab over", "en-CA"),
    ("yeah, and there's a nick on my big toe that never formed a scab", "en-AU"),
    ("yes, sugar is there, and the wound on my foot is not forming a scab", "en-IN"),
])
def test_a_foot_wound_that_will_not_scab_with_diabetes_is_warned(text: str, locale: str) -> None:
    # a sore that will not heal is the diabetic foot's (the more urgent of its two flags, when
    # the words say it will not heal)
    speech, _, flags = say_at("diabetes", text, locale)
    assert flags & {"diabetic_foot_wound", "diabetic_foot_emergency"} and warned_first(speech), (
        flags, speech)


# -- 5. a walking aid changed for a bigger one --

@pytest.mark.parametrize(("text", "locale"), [
    ("a month, and I've gone from a walking stick to a frame", "en-GB"),
    ("six weeks, and I went from a cane to a walker", "en-US"),
    ("about five weeks, I've moved from one crutch to two", "en-CA"),
    ("a month, and I've gone from a stick to a wheelie walker", "en-AU"),
    ("since one month, I went from stick to walker", "en-IN"),
])
def test_a_walking_aid_changed_for_a_bigger_one_is_weakness_getting_worse(text: str,
                                                                          locale: str) -> None:
    _warned("duration", text, "weakness_getting_worse", locale)


# -- 6. a back said red, hot and sore, or named as the cause --

@pytest.mark.parametrize(("text", "locale"), [
    ("after the epidural my back's red hot and sore, I've got a fever and I've wet myself",
     "en-GB"),
    ("since the spinal tap my back is hot and swollen, I'm running a fever and my legs are weak",
     "en-US"),
    ("me back's red and sore since the injection, I'm burning up and I've wet meself", "en-AU"),
    ("back is red and swollen after the injection, fever is there and legs are weak", "en-IN"),
    ("my back's hot to the touch since the injection, I have a temperature and my legs gave out",
     "en-CA"),
])
def test_a_back_red_and_hot_with_fever_and_nerve_signs_is_an_infection(text: str,
                                                                        locale: str) -> None:
    _warned("onset", text, "spinal_infection_with_nerve_signs", locale)


@pytest.mark.parametrize(("text", "locale"), [
    ("three weeks, and what with my back, the numbness in both legs is climbing higher",
     "en-GB"),
    ("a month, and with my back, the tingling in both legs keeps creeping up", "en-US"),
    ("a few weeks, and with me back, the numbness in both legs is moving up", "en-AU"),
    ("three weeks, and with my back, numbness in both legs is going upwards", "en-IN"),
    ("two weeks, and with my back, the numbness in both legs creeps up a bit more each week",
     "en-CA"),
])
def test_numbness_rising_with_my_back_said_as_the_cause_is_an_emergency(text: str,
                                                                         locale: str) -> None:
    _warned("duration", text, "both_legs_worsening", locale)


# -- 7. a carrier that dropped the word saying which pain --

@pytest.mark.parametrize(("text", "locale"), [
    ("the shooting pain is in both legs now", "en-GB"),
    ("shooting pain in both my legs since yesterday", "en-US"),
    ("shooting pain goes down both legs now, the left as bad as the right", "en-CA"),
    ("shooting pain in both me legs, one as bad as the other", "en-AU"),
    ("shooting pain is coming in both legs now", "en-IN"),
])
def test_shooting_pain_in_both_legs_is_sciatica_in_both(text: str, locale: str) -> None:
    _warned("onset", text, "bilateral_sciatica", locale)


# -- 8. doubt said with a sign --

@pytest.mark.parametrize(("context", "text", "flag", "locale"), [
    ("onset", "maybe a little numb between the legs, on and off, I'm not sure",
     "cauda_equina_saddle", "en-GB"),
    ("onset", "I think I'm a bit tingly between the thighs, not sure", "cauda_equina_saddle",
     "en-US"),
    ("onset", "I reckon the weakness could be moving up from my ankles, hard to say",
     "ascending_weakness", "en-AU"),
    ("onset", "maybe the weakness could be moving up my legs, I'm a bit wobbly",
     "ascending_weakness", "en-CA"),
    ("onset", "I don't know, it might be an eight or a nine, it's quite bad", "severe_pain",
     "en-GB"),
    ("onset", "not sure, maybe a seven or an eight, it's bad", "severe_pain", "en-US"),
    ("onset", "hard to say, probably an 8 or a 9", "severe_pain", "en-IN"),
])
def test_a_sign_said_with_doubt_is_warned_or_checked(context: str, text: str, flag: str,
                                                     locale: str) -> None:
    _warned_or_checked(context, text, flag, locale)


# -- 9. false flags: what is behind the numbness; weak at the knees for a treat --

@pytest.mark.parametrize(("context", "text", "locale"), [
    ("causes_offered", "what might be behind all this tingling", "en-GB"),
    ("causes_offered", "so what's behind this numbness then", "en-US"),
    ("causes_offered", "what do you think lies behind it all", "en-AU"),
    ("causes_offered", "what's the reason behind this numbness", "en-CA"),
    ("causes_offered", "what could be behind this tingling in my feet", "en-IN"),
])
def test_what_is_behind_the_numbness_is_no_saddle_numbness(context: str, text: str,
                                                           locale: str) -> None:
    speech, _ = not_flagged_at(context, text, locale)
    assert "many causes" in speech, speech  # the causes asked for, not a goodbye


@pytest.mark.parametrize(("text", "locale"), [
    # must-warn controls: the seat itself is still the seat
    ("my behind has gone numb since this morning", "en-GB"),
    ("I can't feel my behind when I sit, since yesterday", "en-US"),
    ("numbness round my behind started today", "en-AU"),
])
def test_numbness_of_the_behind_is_still_saddle_numbness(text: str, locale: str) -> None:
    _warned("onset", text, "cauda_equina_saddle", locale)


@pytest.mark.parametrize(("text", "locale"), [
    ("no, I go weak at the knees for a good curry, but my legs are fine", "en-GB"),
    ("no, I only go weak at the knees for chocolate, my legs work fine", "en-US"),
    ("no, I go weak at the knees over a meat pie, legs are fine", "en-AU"),
    ("no, I go weak at the knees for pizza, but walking is fine", "en-CA"),
    ("no, I go weak at the knees for biryani only, legs are fine", "en-IN"),
])
def test_weak_at_the_knees_for_a_treat_is_no_weakness(text: str, locale: str) -> None:
    speech, answers, flags = say_at("leg_weakness", text, locale)
    assert answers.get("leg_weakness") == "no" and not flags, (answers, flags, speech)


@pytest.mark.parametrize(("text", "locale"), [
    # must-warn controls: weak at the knees for a length of time, or falling, is the legs
    ("yes, I've been weak at the knees for a few days and I fell yesterday", "en-GB"),
    ("yes, my knees have been weak for two days, I can't stand up", "en-US"),
    ("yeah, gone weak at the knees since Tuesday, can't walk properly", "en-AU"),
])
def test_knees_weak_for_days_is_still_weakness(text: str, locale: str) -> None:
    _, answers, _ = say_at("leg_weakness", text, locale)
    assert answers.get("leg_weakness") == "yes", answers


# -- 10. a denial inside a longer answer --

@pytest.mark.parametrize(("text", "locale"), [
    ("both, but it's not shooting down them, it's more of an ache", "en-GB"),
    ("both, though it isn't shooting down them, just tingly", "en-US"),
    ("both, it doesn't shoot down them, it's a dull tingle", "en-CA"),
    ("both, but it's not shooting down either of them", "en-AU"),
    ("both, but it is not shooting down them, only tingling", "en-IN"),
])
def test_shooting_denied_mid_answer_is_no(text: str, locale: str) -> None:
    speech, answers, flags = say_at("side", text, locale)
    assert answers.get("side") == "both_legs" and answers.get("shooting_down_leg") == "no" \
        and not flags, (answers, flags, speech)


# -- 11. foot pain worse lying in bed, settled by hanging the foot out --

@pytest.mark.parametrize(("text", "locale"), [
    ("maybe my foot hurts worse when I'm lying in bed, it settles when I hang it over", "en-US"),
    ("I think my toes ache worse when I lie in bed, it eases when I dangle them over", "en-GB"),
    ("me feet hurt worse when I'm lying in bed, it's better if I stick them out", "en-AU"),
    ("my foot pain gets worse when I'm in bed, it calms if I put it out", "en-CA"),
    ("foot pain is getting worse when lying in bed, it eases when I hang it down", "en-IN"),
])
def test_foot_pain_in_bed_eased_by_hanging_the_foot_is_rest_pain(text: str, locale: str) -> None:
    _warned_or_checked("onset", text, "critical_limb_ischaemia", locale)


@pytest.mark.parametrize(("text", "locale"), [
    # controls: restless legs walked off at night are not rest pain
    ("my legs feel creepy at night and I have to get up and walk around to settle them",
     "en-US"),
    ("my legs won't keep still in bed, I have to get up and pace to calm them", "en-GB"),
])
def test_restless_legs_walked_off_are_not_rest_pain(text: str, locale: str) -> None:
    _, _, flags = say_at("onset", text, locale)
    assert "critical_limb_ischaemia" not in flags, flags


@pytest.mark.parametrize(("context", "text", "locale"), [
    # must-warn controls beside "wet with sweat": a wet bed said with the sweat still warns
    ("onset", "since yesterday, I woke up soaked in sweat and I'd wet the bed too", "en-GB"),
    ("onset", "since last night, sweating a lot and I wet the bed, never happened before", "en-US"),
])
def test_a_wet_bed_beside_a_sweat_still_warns(context: str, text: str, locale: str) -> None:
    _warned(context, text, "cauda_equina_bladder", locale)


@pytest.mark.parametrize(("text", "locale"), [
    ("both, with my back, and the numbness is creeping up", "en-GB"),
    ("both, with my back, and the tingling keeps climbing higher", "en-US"),
    ("both, with me back, and it's moving up me legs", "en-AU"),
])
def test_my_back_named_after_a_side_answer_is_back_pain(text: str, locale: str) -> None:
    _warned("side", text, "both_legs_worsening", locale)


@pytest.mark.parametrize(("text", "locale"), [
    # controls: lying or sleeping with one's back to something says nothing of back pain
    ("both, I sleep with my back to the wall", "en-GB"),
    ("both, I lie with my back flat on the floor to stretch", "en-US"),
])
def test_lying_with_my_back_somewhere_is_no_back_pain(text: str, locale: str) -> None:
    _, answers, flags = say_at("side", text, locale)
    assert answers.get("back_pain") is None and not flags, (answers, flags)


@pytest.mark.parametrize(("text", "locale"), [
    # must-warn controls beside it: kept from sleep with the back is back pain, with a fever
    ("yes, and I haven't slept a wink with my back", "en-GB"),
    ("yes, I can't sleep with my back, it's that bad", "en-US"),
])
def test_kept_from_sleep_with_my_back_is_back_pain(text: str, locale: str) -> None:
    _warned("fever", text, "back_pain_with_fever", locale)


@pytest.mark.parametrize(("text", "locale"), [
    # an event said out of the ordinary is no denial of it
    ("it wasn't your ordinary tumble, I came off the ladder onto my back this morning", "en-GB"),
    ("not a normal fall, I went right down the stairs on my back today", "en-US"),
    ("not your usual fall, I came off the horse onto my back this arvo", "en-AU"),
])
def test_an_injury_said_out_of_the_ordinary_is_an_injury(text: str, locale: str) -> None:
    _warned("onset", text, "spinal_injury", locale)


@pytest.mark.parametrize(("text", "locale"), [
    # controls: an injury denied is still denied
    ("no, I haven't had a fall or any injury", "en-GB"),
    ("no, nothing like that, no accident", "en-IN"),
])
def test_an_injury_denied_is_still_denied(text: str, locale: str) -> None:
    _, answers, flags = say_at("injury", text, locale)
    assert answers.get("injury") == "no" and not flags, (answers, flags)

"""Round 33 (safety33): what round 32's tuners found and left, safety first: weakness told with
"power" or "strength" as the subject (Indian English "power is less in the right leg") reached
no carrier and was lost; a temperature taken, said without "I"; a pause for a knock at the door
read as a knock to the body; "tell me", "read me" and "once more" requests lost; the pain as the
subject of its course; "can't go" said of an outing read as the bladder; a day that cannot be
pinned down read as a length of a day. Said in words of our own to the offline simulator at a
real point of a screening (the interaction model included), across the five locales, with
controls (docs/clinical-safety.md 5zzzh). No held-back material was read.

33a. The legs' power or strength said as the subject, then how it is ("power is less in the
right leg", "strength has gone down", "power is not there in my leg"): new weakness (NHS cauda
equina syndrome; NICE CKS sciatica red flags), read at the weakness question and in a free
opening, and warned when new; "power is fine" and "strength is fine" deny it.

33b. "took my temp ..." with its "I" dropped: a temperature taken, its reading said after.

33c. A pause then someone knocking ("hang on, someone's knocking"): the pause, not a knock.

33d. "tell me" or "read me" a request, or "once more" first: the request.

33e. The pain as the subject of its course ("pain is not going down the leg"): the course denied
(or, said plainly, sciatica), and no severe pain touched on.

33f. "can't go" said with an outing ("I can't go for my walks"): no bladder that won't empty.

33g. The day that cannot be pinned down ("hard to pin down the day"): not sure when, no length.
"""

from __future__ import annotations

import pytest

from alexa_simulator import Simulator
from tests.phrasings.runner import flags_raised, missed, screening, warned_first
from tests.understanding.openings import flags_of, history_of, opened_with
from tests.understanding.test_words_in_context import (
    CONTEXTS,
    not_flagged_at,
    read_at,
    same_reply_as,
    say_at,
)
from tests.understanding.test_words_in_context import warned_at as _warned


def _weakness_heard(context: str, text: str, locale: str) -> None:
    """Warned as new leg weakness first; or weakness read (yes, or in doubt) and the screening
    goes on asking, never "Sorry, I didn't catch that"."""
    speech, answers, flags = say_at(context, text, locale)
    if "new_leg_weakness" in flags and warned_first(speech):
        return
    assert answers.get("leg_weakness") in ("yes", "unsure"), (flags, answers, speech)
    assert not missed(speech), speech


# -- 33a. power or strength as the subject ---------------------------------------------------

OWN_33A_AT_QUESTION = [
    ("leg_weakness", "no, power is less in the right leg", "en-IN"),
    ("leg_weakness", "power is less in my left leg since two days", "en-IN"),
    ("leg_weakness", "power is not there in my leg", "en-IN"),
    ("leg_weakness", "strength has gone down in both legs", "en-GB"),
    ("leg_weakness", "the strength is reduced in my right leg", "en-AU"),
    ("leg_weakness", "power has come down in the left leg", "en-IN"),
    ("leg_weakness", "strength is lower in my left leg than before", "en-US"),
    ("leg_weakness", "power is very less in both legs", "en-IN"),
    ("leg_weakness", "the power's dropped in my right leg", "en-CA"),
    ("leg_weakness", "no, strength is decreasing in the left leg", "en-IN"),
    ("cauda_equina_signs", "power is less in my right leg", "en-IN"),
    ("cauda_equina_signs", "yes, strength has gone down in my legs", "en-GB"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_33A_AT_QUESTION)
def test_power_said_less_at_the_weakness_question_is_weakness(context: str, text: str,
                                                              locale: str) -> None:
    _weakness_heard(context, text, locale)


OWN_33A_OPENING = [
    ("en-IN", "power is less in my right leg since yesterday"),
    ("en-IN", "power is not there in my left leg from this morning"),
    ("en-GB", "strength has gone down in my left leg since last night"),
    ("en-IN", "power has come down in both legs since two days"),
    ("en-AU", "strength's dropped in my right leg since yesterday"),
    ("en-US", "the strength is reduced in both my legs since this morning"),
    ("en-CA", "power is lower in my left leg since yesterday"),
    ("en-IN", "power is decreasing in the right leg from yesterday"),
    ("en-GB", "the power is less in my leg since this morning"),
    ("en-IN", "strength is less in both legs since last night"),
]


@pytest.mark.parametrize(("locale", "opening"), OWN_33A_OPENING)
def test_power_said_less_in_a_free_opening_is_warned(locale: str, opening: str) -> None:
    """Said first, new (since yesterday, this morning): new weakness, warned first."""
    state, speech = opened_with(locale, opening)
    assert "new_leg_weakness" in flags_of(state) and warned_first(speech), (
        history_of(state), speech)


OWN_33A_DENIED = [
    ("leg_weakness", "power is fine in both legs", "en-IN"),
    ("leg_weakness", "strength is fine, only tingling is there", "en-IN"),
    ("leg_weakness", "power is normal in my legs", "en-IN"),
    ("leg_weakness", "strength is okay, it's just pins and needles", "en-GB"),
    ("leg_weakness", "the power is good in both legs", "en-AU"),
    ("leg_weakness", "strength's fine, they hold me up", "en-US"),
    ("leg_weakness", "power is not less, only numbness", "en-IN"),
    ("leg_weakness", "the strength is normal, only tingling", "en-CA"),
    ("leg_weakness", "power is full in both legs", "en-IN"),
    ("leg_weakness", "strength is alright, just the buzzing", "en-GB"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_33A_DENIED)
def test_power_said_fine_denies_weakness(context: str, text: str, locale: str) -> None:
    read_at(context, text, "leg_weakness=no", locale)


# -- 33b. a temperature taken, said without "I" ------------------------------------------------

OWN_33B = [
    ("fever", "took my temp this morning, it was fine", "en-GB", "no"),
    ("fever", "took my temperature last night, it was normal", "en-AU", "no"),
    ("fever", "took my temp today and it was normal", "en-US", "no"),
    ("fever", "took my temperature twice, it was fine both times", "en-CA", "no"),
    ("fever", "took my temp this morning, thirty six point eight", "en-GB", "no"),
    ("fever", "took my temperature, it's normal only", "en-IN", "no"),
    ("fever", "took my temp earlier, ninety eight point six", "en-US", "no"),
    ("fever", "took my temp, it was okay", "en-AU", "no"),
    ("fever", "took my temperature this morning and it was thirty nine", "en-GB", "yes"),
    ("fever", "took my temp last night, it was a hundred and two", "en-US", "yes"),
]


@pytest.mark.parametrize(("context", "text", "locale", "value"), OWN_33B)
def test_a_temperature_taken_is_read(context: str, text: str, locale: str, value: str) -> None:
    """A normal reading denies the fever; a high one is a fever, warned first beside the back
    pain (NICE CKS back pain: fever with back pain, a spinal infection)."""
    if value == "yes":
        _warned(context, text, "back_pain_with_fever", locale)
    else:
        read_at(context, text, "fever=no", locale)


# -- 33c. a pause for someone knocking ---------------------------------------------------------

OWN_33C = [
    ("onset", "hang on, someone's knocking", "en-GB"),
    ("side", "hold on, somebody's knocking at the door", "en-US"),
    ("duration", "hang on a sec, someone is knocking", "en-AU"),
    ("onset", "wait a minute, someone's knocking", "en-CA"),
    ("side", "one moment, somebody is knocking", "en-IN"),
    ("duration", "hold on, someone's knocking on the door", "en-GB"),
    ("onset", "just a sec, somebody's knocking", "en-AU"),
    ("side", "hang on, there's a knock at the door", "en-GB"),
    ("kidney", "hold on, someone is knocking", "en-US"),
    ("onset", "wait, someone's knocking at the door", "en-IN"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_33C)
def test_a_pause_for_a_knock_at_the_door_pauses(context: str, text: str, locale: str) -> None:
    same_reply_as(context, text, "AMAZON.PauseIntent", locale)


# -- 33d. "tell me", "read me", "once more" ---------------------------------------------------

OWN_33D = [
    ("causes_offered", "tell me the causes once more", "CausesOverviewIntent", "en-GB"),
    ("causes_offered", "read me the causes one more time", "CausesOverviewIntent", "en-US"),
    ("causes_offered", "once more, but slower", "SpeakSlowerIntent", "en-GB"),
    ("causes_offered", "tell me the causes again please", "CausesOverviewIntent", "en-AU"),
    ("causes_offered", "read me the self-care tips once more", "SelfCareIntent", "en-CA"),
    ("causes_offered", "give me the causes one more time", "CausesOverviewIntent", "en-IN"),
    ("causes_offered", "once more, a bit slower please", "SpeakSlowerIntent", "en-AU"),
    ("causes_offered", "tell me the self-care tips again", "SelfCareIntent", "en-US"),
    ("causes_offered", "one more time, but slower", "SpeakSlowerIntent", "en-IN"),
    ("causes_offered", "read me when to see a doctor once more", "WhenToSeeDoctorIntent",
     "en-GB"),
]


@pytest.mark.parametrize(("context", "text", "intent", "locale"), OWN_33D)
def test_a_request_said_with_tell_me_or_once_more_gets_its_reply(context: str, text: str,
                                                                 intent: str,
                                                                 locale: str) -> None:
    same_reply_as(context, text, intent, locale)


# -- 33e. the pain as the subject of its course ------------------------------------------------


def _at_shooting(locale: str) -> Simulator:
    """A screening brought to the shooting-pain question (no cauda equina signs, back pain)."""
    sim = CONTEXTS.open(locale, "cauda_equina_signs")
    sim.say("no")
    sim.say("yes")
    assert screening(sim).current == "shooting_down_leg"
    return sim


OWN_33E_DENIED = [
    ("pain is not going down the leg", "en-IN"),
    ("the pain isn't going down my leg", "en-GB"),
    ("no, pain is not going down the leg", "en-IN"),
    ("pain doesn't travel down my leg, it stays in my back", "en-AU"),
    ("the pain does not run down the leg", "en-US"),
    ("pain's not going down my legs", "en-CA"),
    ("the pain doesn't shoot down my leg", "en-GB"),
    ("pain is not spreading down the leg", "en-IN"),
    ("the pain isn't radiating down my leg", "en-US"),
    ("pain isn't moving down the legs at all", "en-AU"),
]


@pytest.mark.parametrize(("text", "locale"), OWN_33E_DENIED)
def test_the_pain_said_not_going_down_denies_the_shooting(text: str, locale: str) -> None:
    """Recorded no, and the screening goes on: no severe pain touched on and checked."""
    sim = _at_shooting(locale)
    reply = sim.say(text)
    state = screening(sim)
    assert state.answers.get("shooting_down_leg") == "no", (dict(state.answers), reply.speech)
    assert "Just to check" not in reply.speech and not missed(reply.speech), reply.speech
    assert not flags_raised(state) and not warned_first(reply.speech), reply.speech


OWN_33E_SAID = [
    ("pain is going down the leg", "en-IN"),
    ("the pain runs down the right leg", "en-GB"),
    ("pain is shooting down the left leg", "en-US"),
]


@pytest.mark.parametrize(("text", "locale"), OWN_33E_SAID)
def test_the_pain_said_going_down_the_leg_is_the_shooting(text: str, locale: str) -> None:
    """Sciatica said with "the" leg: read (in both legs, as screened here, warned)."""
    sim = _at_shooting(locale)
    reply = sim.say(text)
    state = screening(sim)
    assert state.answers.get("shooting_down_leg") == "yes" or (
        "bilateral_sciatica" in flags_raised(state) and warned_first(reply.speech)), (
        dict(state.answers), reply.speech)


OWN_33E_BESIDE_SIDE = [
    ("side", "the right, and no pain shooting down it, only tingling", "en-GB"),
    ("side", "left one, no pain radiating down, just the pins and needles", "en-AU"),
    ("side", "just the left, not any pain shooting down it", "en-US"),
    ("side", "right side only and no pains shooting anywhere", "en-IN"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_33E_BESIDE_SIDE)
def test_no_pain_shooting_beside_the_side_denies_it(context: str, text: str,
                                                    locale: str) -> None:
    """The pain named between the "no" and its shooting, said with the side answer."""
    read_at(context, text, "shooting_down_leg=no", locale)


# -- 33f. "can't go" said with an outing --------------------------------------------------------

OWN_33F = [
    ("cauda_equina_signs", "no, it's killing me that I can't go for my walks", "en-GB"),
    ("onset", "slowly, and I can't go for my runs any more, it's a shame", "en-AU"),
    ("side", "both, I couldn't go on holiday this year", "en-US"),
    ("onset", "gradually, and I can't go to the gym because of the tingling", "en-CA"),
    ("side", "both, I'm not able to go for my morning walk due to the pins and needles",
     "en-IN"),
    ("onset", "slowly, couldn't go to church on Sunday with the tingling", "en-GB"),
    ("side", "both, and I can't go for a swim with it", "en-AU"),
    ("onset", "over weeks, I couldn't go to work on Monday", "en-US"),
    ("side", "the left, I can't go on my bike rides", "en-GB"),
    ("onset", "slowly, I can't go to the temple these days", "en-IN"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_33F)
def test_an_outing_missed_is_no_bladder_sign(context: str, text: str, locale: str) -> None:
    _, answers, _ = say_at(context, text, locale)
    assert answers.get("bladder_bowel") is None, answers


# -- 33g. a day that cannot be pinned down ------------------------------------------------------

OWN_33G = [
    ("onset", "hard to pin down the day", "en-GB", "onset=unsure"),
    ("duration", "hard to pin down the day", "en-AU", "duration=unsure"),
    ("onset", "difficult to pin down the day it started", "en-US", "onset=unsure"),
    ("duration", "hard to remember the day", "en-CA", "duration=unsure"),
    ("onset", "tough to pin down the exact day", "en-AU", "onset=unsure"),
    ("duration", "I'm not sure of the day it began", "en-IN", "duration=unsure"),
    ("onset", "hard to pinpoint the day", "en-GB", "onset=unsure"),
    ("duration", "difficult to recall the day", "en-US", "duration=unsure"),
    ("onset", "I don't know the day, honestly", "en-IN", "onset=unsure"),
    ("duration", "not sure which day it was", "en-GB", "duration=unsure"),
]


@pytest.mark.parametrize(("context", "text", "locale", "expected"), OWN_33G)
def test_a_day_not_pinned_down_is_not_known(context: str, text: str, locale: str,
                                            expected: str) -> None:
    read_at(context, text, expected, locale)


# -- controls -----------------------------------------------------------------------------------

CONTROLS_NOT_FLAGGED = [
    ("onset", "slowly, and my power bill is less this month", "en-US"),
    ("onset", "gradually, the strength of the tablets was lowered", "en-GB"),
    ("side", "both, knocking on wood it's not got worse", "en-GB"),
    ("onset", "slowly, the power went off last night", "en-AU"),
    ("side", "both, my eyesight power is less, I need new glasses", "en-IN"),
    ("side", "both, and power is fine in both legs", "en-IN"),
    ("onset", "slowly, I took my tablets this morning", "en-GB"),
    ("onset", "slowly, took ages to notice it", "en-AU"),
    ("side", "both, I can't go out for walks in this rain", "en-GB"),
]


@pytest.mark.parametrize(("context", "text", "locale"), CONTROLS_NOT_FLAGGED)
def test_idioms_and_denials_are_not_flagged(context: str, text: str, locale: str) -> None:
    not_flagged_at(context, text, locale)


CONTROLS_WARNED = [
    ("onset", "suddenly, and my legs gave way", "en-GB", "new_leg_weakness"),
    ("onset", "suddenly, I can't control my bladder", "en-CA", "cauda_equina_bladder"),
    ("onset", "suddenly, and my face is drooping on one side", "en-US", "stroke_signs"),
    ("onset", "suddenly, and my leg is cold and white", "en-AU", "limb_ischaemia"),
    ("side", "both, and my bum is numb", "en-GB", "cauda_equina_saddle"),
    ("onset", "suddenly, I can't go to the toilet at all, nothing comes",
     "en-IN", "cauda_equina_bladder"),
    ("onset", "hang on, my legs just gave way", "en-GB", "new_leg_weakness"),
]


@pytest.mark.parametrize(("context", "text", "locale", "flag"), CONTROLS_WARNED)
def test_plain_flags_still_warn(context: str, text: str, locale: str, flag: str) -> None:
    _warned(context, text, flag, locale)


CONTROLS_REQUESTS = [
    ("causes_offered", "what causes it", "CausesOverviewIntent", "en-GB"),
    ("causes_offered", "say that one more time", "AMAZON.RepeatIntent", "en-US"),
    ("onset", "once more please", "AMAZON.RepeatIntent", "en-AU"),
    ("causes_offered", "can you go a bit slower", "SpeakSlowerIntent", "en-GB"),
    ("onset", "hold on a sec, the doorbell's going", "AMAZON.PauseIntent", "en-GB"),
]


@pytest.mark.parametrize(("context", "text", "intent", "locale"), CONTROLS_REQUESTS)
def test_every_request_keeps_its_reply(context: str, text: str, intent: str,
                                       locale: str) -> None:
    same_reply_as(context, text, intent, locale)


def test_a_knock_said_of_oneself_is_still_checked() -> None:
    """"hold on, I knocked my knee": the speaker's own knock, an injury touched on, not a pause."""
    speech, answers, _ = say_at("onset", "hold on, I knocked my knee", "en-GB")
    assert "Goodbye" not in speech, speech
    assert answers.get("injury") in ("yes", "unsure") or "Just to check" in speech, (answers,
                                                                                     speech)


def test_cant_go_alone_is_still_the_bladder() -> None:
    _, answers, _ = say_at("bladder_bowel", "I just can't go, nothing comes out", "en-GB")
    assert answers.get("bladder_bowel") == "yes", answers


def test_took_said_without_i_reads_the_fall_and_the_weakness() -> None:
    """"took a tumble and now my legs won't hold me" (no "I"): the fall and the weakness read,
    and the screening asks on (it fell to the fallback)."""
    speech, answers, _ = say_at("onset", "took a tumble and now my legs won't hold me", "en-AU")
    assert answers.get("leg_weakness") == "yes" and answers.get("injury") == "yes", answers
    assert not missed(speech), speech

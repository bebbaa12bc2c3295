"""Round 10 (talk10): the safety review's conversation leads, by class, through the skill as Alexa
sends it. Wordings of our own in the five locales, written before the code changed.

- R2: a split answer at a timing question ("much worse this week, the bladder no"): a sign said
  new or worse in any part of it is acted on at once, warning first; the part denied is a no.
- nj10: a sign said new at a timing question that did not name it ("no, but the weakness started
  yesterday", asked about the bladder), or said new once the timing question was answered for
  another sign, has its timing taken from those words and is acted on at once.
- Carers: "yes, his legs have gone weak, mine are fine" records the sign for the one screened
  (a self-screener who disowns another's sign stays the one screened: review9 R1's tests); a
  resumed carer's screening keeps asking about "them".
- Hands-free: slower speech and "say that again" in the ways people say them, never a fallback,
  and never read as an answer ("more slowly please" at "suddenly, or slowly?").
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from alexa_simulator import Simulator
from skill.config import Settings
from skill.persistence.factory import make_user_store
from tests.alexa.conftest import make_handler
from tests.alexa.test_free_speech import every_flag
from tests.alexa.test_review8_panic_breath_and_whose import NUMBER, opening
from tests.alexa.test_round9_whose_words_and_per_sign_timing import (
    BLADDER_WARNING,
    SLOW,
    WEAKNESS_WARNING,
    current,
    play_to,
    screening,
    warned_at_once,
)

LOCALES = tuple(NUMBER)

# -- R2: a split answer at a timing question that names two signs ---------------------------------

# The onset is slow first, so the timing question names both the weakness and the bladder.
BOTH_NAMED = [
    ("en-US", "my legs are weak and I've been leaking urine"),
    ("en-GB", "my legs have gone weak and I keep wetting myself"),
    ("en-CA", "my legs are weak and I've been leaking pee"),
    ("en-AU", "my legs are weak and I've been leaking wee"),
    ("en-IN", "my legs are weak and urine is leaking"),
]


def at_timing_of_both(locale: str, text: str):
    sim, reply = opening(locale, "my feet tingle")
    reply = sim.say("slowly")
    reply = sim.say(text)
    assert current(reply) == "recent", reply.speech
    assert "weakness" in reply.speech and "bladder" in reply.speech, reply.speech
    return sim, reply


@pytest.mark.parametrize(("locale", "text"), BOTH_NAMED)
@pytest.mark.parametrize("split", [
    "much worse this week, the bladder no",
    "a lot worse this week but not the bladder",
    "it's got worse in the last few days, the leaking hasn't",
    "worse since the weekend, the waterworks no",
    "yes since Monday, the bladder's the same as ever",
    "way worse these last few days, the wee no",
])
def test_a_worse_said_before_a_denied_sign_is_the_other_signs_and_warned_at_once(
        locale: str, text: str, split: str) -> None:
    """Must-warn: the part said worse (the weakness, the sign not denied) is the emergency at
    once, in the locale's number; the denied bladder is a no, not new bladder trouble."""
    sim, _ = at_timing_of_both(locale, text)
    reply = sim.say(split)
    assert warned_at_once(reply, locale), reply.speech
    assert "new_leg_weakness" in every_flag(reply), reply.speech
    assert BLADDER_WARNING not in reply.speech.split("You told me")[0], reply.speech
    assert "bladder_bowel=no" in screening(reply)["history"]


@pytest.mark.parametrize(("locale", "text"), BOTH_NAMED)
@pytest.mark.parametrize("split", [
    "much worse this week, the weakness no",
    "a lot worse lately, not the legs",
])
def test_a_worse_said_before_a_denied_weakness_is_the_bladders(
        locale: str, text: str, split: str) -> None:
    sim, _ = at_timing_of_both(locale, text)
    reply = sim.say(split)
    assert warned_at_once(reply, locale), reply.speech
    assert "cauda_equina_bladder" in every_flag(reply), reply.speech


@pytest.mark.parametrize(("locale", "text"), BOTH_NAMED)
@pytest.mark.parametrize("answer", [
    "no", "no, the bladder no, the legs no", "no, the weakness and the bladder are old",
    "no, the legs and the waterworks have been like that for years",
])
def test_a_no_said_of_every_sign_is_no_flag(locale: str, text: str, answer: str) -> None:
    """Must-not-flag control: signs joined by "and" share the words said after them."""
    sim, _ = at_timing_of_both(locale, text)
    reply = sim.say(answer)
    assert not reply.speech.startswith("Warning."), reply.speech


# -- nj10: a sign said new at a timing question that did not name it ----------------------------

BLADDER_ONLY = [
    ("en-US", "I've been leaking urine"),
    ("en-GB", "I keep wetting myself"),
    ("en-CA", "I've been leaking pee"),
    ("en-AU", "I've been leaking wee"),
    ("en-IN", "urine is leaking"),
]
NEW_WEAKNESS = [
    "no but the weakness started yesterday",
    "no, but my legs have gone weak since yesterday",
    "no, that's been years, but my legs gave way this morning",
    "not the bladder, but my legs went weak two days ago",
    "no, though my legs suddenly gave way today",
]


@pytest.mark.parametrize(("locale", "text"), BLADDER_ONLY)
@pytest.mark.parametrize("said", NEW_WEAKNESS)
def test_a_new_weakness_said_at_the_bladders_timing_question_is_warned_as_new_weakness(
        locale: str, text: str, said: str) -> None:
    """Asked whether the bladder trouble is new: the no is the bladder's, the weakness said new
    is the emergency at once (its own warning, not new bladder trouble's)."""
    sim, reply = opening(locale, text)
    assert current(reply) == "recent", reply.speech
    reply = sim.say(said)
    assert warned_at_once(reply, locale), reply.speech
    assert WEAKNESS_WARNING in reply.speech.split("You told me")[0], reply.speech
    assert BLADDER_WARNING not in reply.speech.split("You told me")[0], reply.speech


@pytest.mark.parametrize(("locale", "text"), BLADDER_ONLY)
@pytest.mark.parametrize("said", NEW_WEAKNESS)
def test_a_new_weakness_said_at_the_bladders_weeks_question_is_warned_as_new_weakness(
        locale: str, text: str, said: str) -> None:
    """The bladder already timed old ("no" to the last few days): asked about the last few
    weeks, the weakness said new reopens its own timing and is acted on at once."""
    sim, reply = opening(locale, text)
    reply = sim.say("no")
    assert current(reply) == "bladder_weeks", reply.speech
    reply = sim.say(said)
    assert warned_at_once(reply, locale), reply.speech
    assert "new_leg_weakness" in every_flag(reply), reply.speech
    assert "bladder_weeks=no" in screening(reply)["history"], screening(reply)


@pytest.mark.parametrize(("locale", "text"), BLADDER_ONLY)
@pytest.mark.parametrize("said", [
    "yes, and my legs gave way this morning",
    "yes, a couple of weeks, and now my legs went weak today",
])
def test_a_yes_for_the_bladders_weeks_beside_a_new_weakness_keeps_both_flags(
        locale: str, text: str, said: str) -> None:
    """Must-warn control beside the rule that keeps an old sign old: the bladder said new in
    the same breath is not kept old."""
    sim, reply = opening(locale, text)
    reply = sim.say("no")
    reply = sim.say(said)
    assert warned_at_once(reply, locale), reply.speech
    assert {"new_leg_weakness", "cauda_equina_bladder"} <= set(every_flag(reply)), reply.speech


@pytest.mark.parametrize(("locale", "text"), BLADDER_ONLY)
@pytest.mark.parametrize("said", [
    "my legs gave way this morning", "both legs, and they suddenly went weak today",
    "my legs have gone weak since yesterday",
])
def test_a_new_weakness_said_after_the_timing_question_was_answered_is_not_asked_again(
        locale: str, text: str, said: str) -> None:
    """A yes that itself says new is not delayed (issue 12): no "Did the weakness start ...?"."""
    sim, reply = opening(locale, text)
    reply = sim.say("no")
    reply = sim.say("no")
    reply = play_to(sim, reply, "side", {"onset": "slowly"})
    reply = sim.say(said)
    assert warned_at_once(reply, locale), reply.speech
    assert "new_leg_weakness" in every_flag(reply), reply.speech
    assert BLADDER_WARNING not in reply.speech.split("You told me")[0], reply.speech


@pytest.mark.parametrize(("locale", "text"), BLADDER_ONLY)
@pytest.mark.parametrize("said", [
    "my legs have been weak for years", "my legs are weak, they have been for ages",
])
def test_an_old_weakness_said_after_the_timing_question_is_still_timed(
        locale: str, text: str, said: str) -> None:
    """Must-not-flag control: a weakness said long-standing is not new."""
    sim, reply = opening(locale, text)
    reply = sim.say("no")
    reply = sim.say("no")
    reply = play_to(sim, reply, "side", {"onset": "slowly"})
    reply = sim.say(said)
    assert "new_leg_weakness" not in every_flag(reply), reply.speech


# -- Carers: a carer's sign said beside their own "mine are fine" --------------------------------

CARER_OPENINGS = [
    ("en-US", "my husband's feet are numb"),
    ("en-GB", "my dad's feet are numb"),
    ("en-CA", "my wife's legs are tingling"),
    ("en-AU", "my mum's feet are all pins and needles"),
    ("en-IN", "my father's legs are numb"),
]


@pytest.mark.parametrize(("locale", "opening_text"), CARER_OPENINGS)
@pytest.mark.parametrize("said", [
    "yes, his legs have gone weak, mine are fine",
    "yes her legs are weak mine are okay",
    "his legs keep giving way, mine are fine",
    "yes, she's gone weak in the legs, not me",
    "yes, his legs are weak, not mine",
])
def test_a_carer_who_disowns_their_own_legs_records_the_sign_for_the_one_screened(
        locale: str, opening_text: str, said: str) -> None:
    sim, reply = opening(locale, opening_text)
    reply = play_to(sim, reply, "back_pain", SLOW)
    reply = sim.say(said)
    assert "leg_weakness=yes" in screening(reply)["history"], screening(reply)


def resuming_sim(path: Path, locale: str) -> Simulator:
    settings = Settings(store="sqlite", sqlite_path=str(path), resume=True, resume_hours=24)
    store = make_user_store(settings, clock=time.time)
    return Simulator(locale=locale, handler=make_handler(settings, store=store),
                     user_id="amzn1.ask.account.CARER-RESUME")


YOUR = re.compile(r"\b(your|yourself)\b", re.IGNORECASE)


@pytest.mark.parametrize(("locale", "opening_text"), CARER_OPENINGS)
def test_a_resumed_carers_screening_still_asks_about_them(tmp_path: Path, locale: str,
                                                           opening_text: str) -> None:
    sim = resuming_sim(tmp_path / "store.sqlite3", locale)
    sim.say("open leg check")
    reply = sim.say(opening_text)
    reply = sim.say("slowly")
    sim.intent("AMAZON.PauseIntent")
    sim.say("open leg check")
    reply = sim.say("yes")
    assert current(reply) is not None
    for _ in range(6):
        if current(reply) is None:
            break
        assert not YOUR.search(reply.speech), reply.speech
        reply = sim.say(SLOW.get(current(reply) or "", "no"))


# -- Hands-free: slower, and again ---------------------------------------------------------------

SLOWER = [
    "can you speak more slowly", "slow down a bit", "too fast", "say it slower please",
    "say that more slowly", "more slowly please", "too quick", "can you say that again slowly",
    "I can't keep up", "please slow down", "could you say that slower", "say it more slowly",
    "that's too quick for me", "can you read it slower", "speak slowly please",
    "repeat that more slowly", "slowly please, I can't keep up",
]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("said", SLOWER)
def test_slower_speech_asked_for_in_any_words_slows_down_and_answers_nothing(
        locale: str, said: str) -> None:
    sim, reply = opening(locale, "my feet tingle")
    assert current(reply) == "onset"
    reply = sim.say(said)
    assert reply.session_attributes["dialog"].get("rate", 2) < 2, (said, reply.speech)
    assert current(reply) == "onset" and "onset" not in screening(reply)["history"], said
    assert not reply.speech.startswith("Sorry"), reply.speech


AGAIN = [
    "repeat that", "say again", "what was that", "say that again please", "come again",
    "sorry, what was that", "one more time please", "can you say that again", "pardon",
    "what did you say", "I didn't hear you", "say the question again", "sorry?",
]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("said", AGAIN)
def test_again_in_any_words_says_the_question_again(locale: str, said: str) -> None:
    sim, reply = opening(locale, "my feet tingle")
    asked = reply.speech
    reply = sim.say(said)
    assert reply.speech == asked, (said, reply.speech)


WEAK_SLOWLY = [
    ("en-US", "my legs are weak"), ("en-GB", "my legs have gone weak"),
    ("en-CA", "my legs feel weak"), ("en-AU", "my legs are weak"), ("en-IN", "my legs are weak"),
]


@pytest.mark.parametrize(("locale", "text"), WEAK_SLOWLY)
@pytest.mark.parametrize("said", [
    "my legs got much weaker since yesterday", "they suddenly went a lot weaker this morning",
])
def test_a_weakness_timed_old_and_then_said_worse_since_a_day_is_reopened_at_once(
        locale: str, text: str, said: str) -> None:
    sim, reply = opening(locale, text)
    reply = sim.say("slowly")
    assert current(reply) == "recent", reply.speech
    reply = sim.say("no")
    reply = sim.say(said)
    assert warned_at_once(reply, locale), reply.speech
    assert "new_leg_weakness" in every_flag(reply), reply.speech


@pytest.mark.parametrize(("locale", "text"), WEAK_SLOWLY)
@pytest.mark.parametrize("said", [
    "my legs are weak, I just can't walk far", "I just have weak legs",
])
def test_a_weakness_timed_old_is_not_reopened_by_a_just(locale: str, text: str,
                                                        said: str) -> None:
    """Must-not-flag control beside the reopening rule."""
    sim, reply = opening(locale, text)
    reply = sim.say("slowly")
    reply = sim.say("no")
    reply = sim.say(said)
    assert "new_leg_weakness" not in every_flag(reply), reply.speech

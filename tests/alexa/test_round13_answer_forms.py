"""Round 13 (forms13): answer forms behind batch 17's tuning-half failures, by class, through the
skill as Alexa sends it (request envelopes through the offline simulator, at a real point of a
screening). Wordings of our own in the five locales, written before the code changed; they
differ from the tuning sentences on purpose.

- Control: the repeat asked for on someone else's behalf ("my wife wants to know what you
  asked"), help asked as "how does this thing work"; "stop, stop" at a yes-no question is stop
  (Alexa itself sends a bare "stop" as AMAZON.StopIntent): the session ends with the answers not
  kept said aloud, never silently.
- Durations: named days that hold a weekday's name ("Good Friday", "Palm Sunday"), saints' days
  and other observances, regional holidays (a state's or province's own), "the night before
  last", "the weekend before last", "last weekend": counted from the request's date.
- Onset: "slow" as an adverb without "it" ("came on slow, mate"); noticing it one day is neither
  sudden nor slow: not sure, which asks the sudden-onset questions (rule 3).
- Sides: not knowing said beside a guess or a side that moves is not sure (it asks everything
  both legs would, rule 3); a side that alternates, said plainly, stays both legs.
- Yes/no: a negation undone by another ("I can't say I don't like a beer", "I wouldn't say no to
  a glass", "I'm not not feverish") is a yes; the plain polite noes stay noes.
- Must-warn controls: a red flag said inside any of these still warns first.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.alexa.test_round12_requests_in_fuller_words import same_as
from tests.phrasings.runner import Contexts, flags_raised, screening, warned_first

CONTEXTS = Contexts()


def answered(locale: str, context: str, text: str, finding: str) -> Any:
    sim = CONTEXTS.open(locale, context)
    reply = sim.say(text)
    state = screening(sim)
    assert "didn't catch" not in reply.speech, reply.speech
    return state.answers.get(finding)


def _checked(speech: str) -> bool:
    """A sign heard where the numbness came on slowly is timed first ("Did that start in the
    last few days?") before any emergency: the sign is kept and asked about, never dropped."""
    return "last few days" in speech or "last few weeks" in speech


# -- control ---------------------------------------------------------------------------------

REPEAT_FOR_SOMEONE = [
    ("en-US", "duration", "my wife wants to know what you asked"),
    ("en-GB", "onset", "she's asking what the question was"),
    ("en-CA", "side", "my husband is wondering what you just said"),
    ("en-AU", "back_pain", "mum wants to know what the question was"),
    ("en-IN", "fever", "my father is asking what you said"),
    ("en-US", "fever", "he's asking what that was"),
]

HOW_DOES_IT_WORK = [
    ("en-US", "side", "how does this thing work"),
    ("en-GB", "duration", "so how does this work then"),
    ("en-CA", "fever", "how does the check work"),
    ("en-AU", "onset", "how's this thing meant to work"),
    ("en-IN", "back_pain", "how does this skill work"),
]

STOP_STOP = [
    ("en-US", "fever", "stop, stop"),
    ("en-GB", "back_pain", "stop stop stop"),
    ("en-CA", "diabetes", "stop, stop please"),
    ("en-AU", "fever", "stop, stop, that's enough"),
    ("en-IN", "back_pain", "stop, stop it"),
]


@pytest.mark.parametrize(("locale", "context", "text"), REPEAT_FOR_SOMEONE)
def test_the_question_asked_again_for_someone_else_is_repeat(locale: str, context: str,
                                                             text: str) -> None:
    same_as(context, text, "AMAZON.RepeatIntent", locale)


@pytest.mark.parametrize(("locale", "context", "text"), HOW_DOES_IT_WORK)
def test_how_does_this_thing_work_is_help(locale: str, context: str, text: str) -> None:
    same_as(context, text, "AMAZON.HelpIntent", locale)


@pytest.mark.parametrize(("locale", "context", "text"), STOP_STOP)
def test_stop_said_twice_at_a_yes_no_question_is_stop_and_says_so(locale: str, context: str,
                                                                   text: str) -> None:
    """"Stop" is Alexa's own word for ending (a bare "stop" reaches the skill as
    AMAZON.StopIntent whatever the skill does): said twice it is stop, and the reply says aloud
    that the answers are not kept and how to start again; never a silent loss."""
    same_as(context, text, "AMAZON.StopIntent", locale)
    sim = CONTEXTS.open(locale, context)
    reply = sim.say(text)
    assert reply.session_ended
    assert "open leg check" in reply.speech.lower(), reply.speech


CONTROL_MUST_WARN = [
    ("en-US", "duration", "my wife wants to know what you asked, and my face has gone droopy",
     "stroke_signs"),
    ("en-GB", "side", "how does this thing work, I've wet myself and can't feel my bum",
     "cauda_equina_bladder"),
    ("en-CA", "fever", "he's asking what you said, his speech is slurred", "stroke_signs"),
    ("en-AU", "side", "how's this work, I've lost control of my bladder", "cauda_equina_bladder"),
    ("en-IN", "back_pain", "stop stop, I cannot pass urine since morning",
     "cauda_equina_bladder"),
]


@pytest.mark.parametrize(("locale", "context", "text", "flag"), CONTROL_MUST_WARN)
def test_a_red_flag_said_inside_a_control_request_still_warns_first(
        locale: str, context: str, text: str, flag: str) -> None:
    sim = CONTEXTS.open(locale, context)
    reply = sim.say(text)
    state = screening(sim)
    assert flag in flags_raised(state) or _checked(reply.speech), reply.speech
    assert warned_first(reply.speech) or _checked(reply.speech), reply.speech


# -- durations (the request is dated Thursday 12 March 2026: runner.REQUEST_DATE) ---------------

NAMED_DAYS = [
    ("en-US", "since Good Friday", "months"),  # 18 April 2025
    ("en-US", "since Palm Sunday", "months"),  # 13 April 2025
    ("en-US", "ever since Super Bowl Sunday", "weeks"),  # 8 February 2026
    ("en-GB", "since Shrove Tuesday", "weeks"),  # 17 February 2026
    ("en-GB", "since St Andrew's Day", "months"),  # 30 November 2025
    ("en-GB", "since Burns Night", "weeks"),  # 25 January 2026
    ("en-GB", "since Armistice Day", "months"),  # 11 November 2025
    ("en-CA", "since Remembrance Day", "months"),  # 11 November 2025 (provincial)
    ("en-CA", "since Easter Monday", "months"),  # 21 April 2025
    ("en-AU", "since Melbourne Cup day", "months"),  # 4 November 2025 (Victoria)
    ("en-AU", "since Good Friday", "months"),
    ("en-IN", "since Maha Shivratri", "weeks"),  # 15 February 2026
    ("en-IN", "since Makar Sankranti", "months"),  # 14 January 2026
]

RELATIVE_NIGHTS_AND_WEEKENDS = [
    ("en-US", "it started the night before last", "days"),
    ("en-GB", "since the night before last", "days"),
    ("en-CA", "since last weekend", "days"),  # Saturday 7 March
    ("en-AU", "since the weekend before last", "weeks"),  # Saturday 28 February
    ("en-IN", "from the weekend before last", "weeks"),
    ("en-GB", "the weekend before last", "weeks"),
]


@pytest.mark.parametrize(("locale", "text", "bucket"), NAMED_DAYS)
def test_named_days_are_counted_from_the_request_date(locale: str, text: str,
                                                      bucket: str) -> None:
    assert answered(locale, "duration", text, "duration") == bucket


@pytest.mark.parametrize(("locale", "text", "bucket"), RELATIVE_NIGHTS_AND_WEEKENDS)
def test_nights_and_weekends_before_last(locale: str, text: str, bucket: str) -> None:
    assert answered(locale, "duration", text, "duration") == bucket


# A holiday only part of a country keeps is found by its whole name, never by a number or a word
# it begins with ("three weeks ago" is no Three Kings Day in the US Virgin Islands).
WORDS_THAT_BEGIN_A_REGIONAL_HOLIDAY = [
    ("en-US", "since about three weeks ago", "weeks"),
    ("en-US", "both, getting weaker since about three weeks ago", "weeks"),
    ("en-CA", "since about three weeks ago", "weeks"),
    ("en-AU", "since about three weeks ago", "weeks"),
    ("en-IN", "since about three weeks ago", "weeks"),
]


@pytest.mark.parametrize(("locale", "text", "bucket"), WORDS_THAT_BEGIN_A_REGIONAL_HOLIDAY)
def test_a_regional_holiday_is_found_by_its_whole_name(locale: str, text: str,
                                                       bucket: str) -> None:
    assert answered(locale, "duration", text, "duration") == bucket


WEEKEND_OF_A_CHANGE = [
    ("en-US", "months, I only told my daughter about it over the weekend", "months"),
    ("en-CA", "a few months, we talked about it on the weekend", "months"),
    ("en-GB", "for a couple of months now, worse at the weekend", "months"),
    ("en-AU", "months, mate, though it flared up on the weekend", "months"),
]


@pytest.mark.parametrize(("locale", "text", "bucket"), WEEKEND_OF_A_CHANGE)
def test_a_weekend_that_dates_a_change_is_not_how_long(locale: str, text: str,
                                                       bucket: str) -> None:
    assert answered(locale, "duration", text, "duration") == bucket


def test_the_night_before_last_is_no_night_pain() -> None:
    sim = CONTEXTS.open("en-US", "duration")
    sim.say("since the night before last")
    assert "night_pain" not in screening(sim).answers


# -- onset -----------------------------------------------------------------------------------

SLOW_ADVERB = [
    ("en-AU", "came on slow, mate"),
    ("en-US", "came on real slow"),
    ("en-GB", "slow, really slow, over the winter"),
    ("en-CA", "it crept in slow"),
    ("en-IN", "came slowly slowly only"),
]

NOTICED_ONE_DAY = [
    ("en-US", "I just noticed it one day"),
    ("en-GB", "it was simply there one morning, I never felt it come"),
    ("en-CA", "one day I realised it was there"),
    ("en-AU", "dunno, I just noticed it one arvo"),
    ("en-IN", "one fine day I saw it was there"),
]


@pytest.mark.parametrize(("locale", "text"), SLOW_ADVERB)
def test_slow_as_an_adverb_is_gradual(locale: str, text: str) -> None:
    assert answered(locale, "onset", text, "onset") == "gradual"


@pytest.mark.parametrize(("locale", "text"), NOTICED_ONE_DAY)
def test_noticed_one_day_is_not_sure_how_it_came_on(locale: str, text: str) -> None:
    """Noticing is not suddenness: not sure, which asks the sudden-onset questions as a sudden
    onset would (ask_if onset [sudden, unsure]; docs/clinical-safety.md 5t)."""
    assert answered(locale, "onset", text, "onset") == "unsure"


# -- sides -----------------------------------------------------------------------------------

SIDE_NOT_KNOWN = [
    ("en-US", "I honestly don't know, it kind of wanders from one leg to the other"),
    ("en-GB", "hard to say, maybe the left, maybe both"),
    ("en-CA", "not sure, it jumps around between them"),
    ("en-AU", "dunno mate, could be one, could be both"),
    ("en-IN", "I cannot tell, sometimes left sometimes right"),
]

SIDE_ALTERNATING_OR_EQUAL = [
    ("en-US", "it goes back and forth between my legs"),
    ("en-GB", "it swaps from one leg to the other"),
    ("en-CA", "my left as much as my right"),
    ("en-AU", "the right as bad as the left"),
    ("en-IN", "left and right equally"),
]


@pytest.mark.parametrize(("locale", "text"), SIDE_NOT_KNOWN)
def test_not_knowing_beside_a_guessed_side_is_not_sure(locale: str, text: str) -> None:
    assert answered(locale, "side", text, "side") == "unsure"


@pytest.mark.parametrize(("locale", "text"), SIDE_ALTERNATING_OR_EQUAL)
def test_alternating_or_equal_sides_said_plainly_are_both_legs(locale: str, text: str) -> None:
    assert answered(locale, "side", text, "side") == "both_legs"


# -- yes/no: a negation undone by another ------------------------------------------------------

LITOTES_YES = [
    ("en-US", "alcohol", "I can't say I don't like a beer or two", "alcohol"),
    ("en-GB", "alcohol", "I wouldn't say no to a glass of wine most evenings", "alcohol"),
    ("en-CA", "back_pain", "I can't say my back doesn't hurt", "back_pain"),
    ("en-AU", "alcohol", "I won't say no to a cold one after work", "alcohol"),
    ("en-IN", "alcohol", "I will not say no to a drink on weekends", "alcohol"),
    ("en-GB", "back_pain", "it's not like my back doesn't ache", "back_pain"),
    ("en-US", "fever", "I'm not not feverish, I've been sweating buckets", "fever"),
]

LITOTES_NO = [
    ("en-US", "alcohol", "I can't say I do", "alcohol"),
    ("en-AU", "alcohol", "I wouldn't say I drink much at all", "alcohol"),
    ("en-IN", "alcohol", "I can't say I drink, no", "alcohol"),
    ("en-GB", "back_pain", "no, I can't say my back bothers me", "back_pain"),
    ("en-CA", "alcohol", "not really, I'd say no to most drinks", "alcohol"),
]


@pytest.mark.parametrize(("locale", "context", "text", "finding"), LITOTES_YES)
def test_a_negation_undone_by_another_is_yes(locale: str, context: str, text: str,
                                            finding: str) -> None:
    assert answered(locale, context, text, finding) == "yes"


@pytest.mark.parametrize(("locale", "context", "text", "finding"), LITOTES_NO)
def test_polite_noes_stay_no(locale: str, context: str, text: str, finding: str) -> None:
    assert answered(locale, context, text, finding) == "no"


# "Nothing like that" and "not like this" deny what was asked; a denial said after them is a
# second denial, never a negation undone ("nothing" at the start may arrive as "not", the carrier
# of a negated answer).
NOTHING_LIKE_THAT_THEN_A_DENIAL = [
    ("en-US", "spreading_up", "nothing like that, it isn't moving up my legs at all",
     "spreading_up"),
    ("en-GB", "spreading_up", "nothing like that, it's not climbing up my legs", "spreading_up"),
    ("en-CA", "leg_weakness", "nothing like that, my legs aren't giving out", "leg_weakness"),
    ("en-AU", "fever", "nah nothing like this, I haven't had a temperature", "fever"),
    ("en-IN", "saddle_numbness", "nothing like that, the seat area is not numb",
     "saddle_numbness"),
    # "not that I know of" and its kin: a denial as far as one knows, said without commas
    ("en-US", "injury", "not that I can recall I haven't been in any accident", "injury"),
    ("en-GB", "injury", "not that I know of, I've not hurt my back", "injury"),
    ("en-AU", "fever", "not that I'm aware I haven't had a fever", "fever"),
]


@pytest.mark.parametrize(("locale", "context", "text", "finding"),
                         NOTHING_LIKE_THAT_THEN_A_DENIAL)
def test_nothing_like_that_then_a_denial_is_no(locale: str, context: str, text: str,
                                               finding: str) -> None:
    sim = CONTEXTS.open(locale, context)
    reply = sim.say(text)
    state = screening(sim)
    assert state.answers.get(finding) == "no", reply.speech
    assert not flags_raised(state) - flags_raised(screening(CONTEXTS.open(locale, context))), \
        reply.speech


LITOTES_MUST_WARN = [
    ("en-US", "bladder_bowel", "I can't say I don't have trouble holding my water",
     "cauda_equina_bladder"),
    ("en-GB", "bladder_bowel", "I wouldn't say I haven't wet myself, I have, twice",
     "cauda_equina_bladder"),
    ("en-CA", "leg_weakness", "it's not like my legs aren't giving way, they are",
     "new_leg_weakness"),
    ("en-AU", "saddle_numbness", "can't say my bum isn't numb, it is", "cauda_equina_saddle"),
    ("en-IN", "face_arm_speech", "I cannot say my face is not drooping", "stroke_signs"),
]


@pytest.mark.parametrize(("locale", "context", "text", "flag"), LITOTES_MUST_WARN)
def test_a_red_flag_said_with_a_double_negative_warns(locale: str, context: str, text: str,
                                                      flag: str) -> None:
    sim = CONTEXTS.open(locale, context)
    reply = sim.say(text)
    state = screening(sim)
    assert state.answers.get(context) in ("yes", "unsure"), reply.speech
    assert flag in flags_raised(state) or _checked(reply.speech), reply.speech
    assert warned_first(reply.speech) or _checked(reply.speech), reply.speech


FORMS_MUST_WARN = [
    ("en-US", "fever", "what could be behind all this numbness, I've wet myself",
     "cauda_equina_bladder"),
    ("en-GB", "side", "what's behind it, I can't feel my bottom", "cauda_equina_saddle"),
    ("en-AU", "duration", "how does this thing work, my face has dropped on one side",
     "stroke_signs"),
    ("en-IN", "onset", "I just noticed it one day, and now I cannot pass urine",
     "cauda_equina_bladder"),
    ("en-CA", "side", "not sure, maybe both, and I've lost control of my bowels",
     "cauda_equina_bladder"),
]


@pytest.mark.parametrize(("locale", "context", "text", "flag"), FORMS_MUST_WARN)
def test_a_sign_said_beside_a_new_form_is_kept_and_warned(locale: str, context: str, text: str,
                                                         flag: str) -> None:
    """An information request ("what could be behind it"), help, noticing and not knowing a side
    never swallow a sign said with them: warned first, or timed first where the numbness came
    on slowly (never dropped)."""
    sim = CONTEXTS.open(locale, context)
    reply = sim.say(text)
    state = screening(sim)
    assert flag in flags_raised(state) or _checked(reply.speech), reply.speech
    assert warned_first(reply.speech) or _checked(reply.speech), reply.speech

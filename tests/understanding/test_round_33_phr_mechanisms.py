"""Round 33 (phr33): batch 36's tuning half's misses among answers, times, control requests and
idioms, taken as mechanisms and said in words of our own to the offline simulator at a real
point of a screening, across the five locales, with controls beside each rule
(docs/clinical-safety.md 5zzzj). No held-back material was read.

33m. A time told by a weekday counted back ("two Sundays ago", "a couple of Fridays back"): N
such weekdays ago is the last one and N - 1 weeks before it, so weeks (or months), never the
days since the last such weekday.
33n. An onset that names both choices and then says it does not know ("it could have been
sudden or it could have been gradual, I really don't know"): not sure, never the first choice
named. Not sure leads where sudden does (red_flags.yaml, questions.yaml: [sudden, unsure]).
33o. A skip said twice over, a word of passing and a wish to go on ("pass, can we move on",
"I'll pass on that one, next question"): the skip where the question may be skipped; at a
safety question, what a skip gets there (round 32's rule: never skipped). "Pass" inside an
answer ("it'll pass", "I passed out") is no skip.
33p. A denial said as the pain's size at the severe pain question ("not bad, just a niggle",
"nothing to write home about"): no. Severe pain said in its own words, or a correction upward
("not bad, it's unbearable"), still raises the flag and is warned first.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import _canonical_speech, flags_raised, screening, warned_first
from tests.understanding.test_words_in_context import CONTEXTS, read_at, warned_at


def _same(context: str, text: str, intent: str, locale: str) -> None:
    """`text` said at `context` gets the reply `intent` gets there, and leaves the same
    screening (nothing recorded beside it, no flag)."""
    sim = CONTEXTS.open(locale, context)
    said = sim.say(text)
    other = CONTEXTS.open(locale, context)
    wanted = other.intent(intent)
    state, wanted_state = screening(sim), screening(other)
    assert _canonical_speech(wanted.speech) in _canonical_speech(said.speech), said.speech
    assert (state.history, state.current) == (wanted_state.history, wanted_state.current), (
        state.history, said.speech)
    assert not flags_raised(state) and not warned_first(said.speech), said.speech


# -- 33m: a weekday counted back ------------------------------------------------------------------

OWN_33M_WEEKDAYS = [
    ('two Sundays ago', 'duration=weeks', 'en-GB'),
    ('three Fridays ago', 'duration=weeks', 'en-AU'),
    ('a couple of Mondays back', 'duration=weeks', 'en-US'),
    ('it was a few Saturdays ago', 'duration=weeks', 'en-CA'),
    ('about four Wednesdays ago', 'duration=weeks', 'en-IN'),
    ('it started two Tuesdays back, roughly', 'duration=weeks', 'en-GB'),
    ('it started three Thursdays ago', 'duration=weeks', 'en-AU'),
    ('a couple of Fridays ago now', 'duration=weeks', 'en-IN'),
    ('it was five Sundays back', 'duration=weeks', 'en-CA'),
    ('ten Saturdays ago, give or take', 'duration=months', 'en-US'),
    ('a couple of Sundays back, so nearly two weeks', 'duration=weeks', 'en-AU'),
]
# before (base a1e3a02): see docs/clinical-safety.md 5zzzj


@pytest.mark.parametrize(("text", "expected", "locale"), OWN_33M_WEEKDAYS)
def test_a_weekday_counted_back_is_that_many_weeks(text: str, expected: str,
                                                   locale: str) -> None:
    read_at('duration', text, expected, locale)


CONTROLS_33M = [
    ('since Sunday', 'duration=days', 'en-GB'),
    ('since last Monday', 'duration=days', 'en-US'),
    ('it started on Tuesday', 'duration=days', 'en-AU'),
    ('two weeks ago', 'duration=weeks', 'en-CA'),
    ('a couple of days ago', 'duration=days', 'en-IN'),
    ('three months back', 'duration=months', 'en-GB'),
]


@pytest.mark.parametrize(("text", "expected", "locale"), CONTROLS_33M)
def test_a_weekday_or_length_said_otherwise_keeps_its_reading(text: str, expected: str,
                                                              locale: str) -> None:
    read_at('duration', text, expected, locale)


# -- 33n: both onsets named, then not knowing -----------------------------------------------------

OWN_33N_BOTH = [
    ("it could have been sudden or it could have been gradual, I really don't know", 'en-GB'),
    ('sudden or slow, I honestly could not tell you', 'en-AU'),
    ("maybe suddenly, maybe slowly, no idea", 'en-IN'),
    ("either all at once or bit by bit, I'm not sure which", 'en-US'),
    ("it may have come on quickly or it may have come on slowly, I can't say", 'en-CA'),
    ("sudden, or gradual, I can't remember", 'en-GB'),
    ("quick or slow, dunno", 'en-AU'),
    ("it might have been sudden, it might have been gradual, I don't know", 'en-US'),
    ("all of a sudden or bit by bit, I'm not sure", 'en-IN'),
    ("possibly sudden, possibly gradual, I really couldn't say", 'en-CA'),
]


@pytest.mark.parametrize(("text", "locale"), OWN_33N_BOTH)
def test_both_onsets_named_then_not_knowing_is_not_sure(text: str, locale: str) -> None:
    read_at('onset', text, 'onset=unsure', locale)


CONTROLS_33N = [
    ('it came on suddenly', 'onset=sudden', 'en-GB'),
    ('slowly, over a few weeks', 'onset=gradual', 'en-US'),
    ("it came on suddenly, I don't know why", 'onset=sudden', 'en-AU'),
    ("gradually, I'm sure of that", 'onset=gradual', 'en-CA'),
    ("I don't know", 'onset=unsure', 'en-IN'),
    ('not suddenly, it came on slowly', 'onset=gradual', 'en-GB'),
]


@pytest.mark.parametrize(("text", "expected", "locale"), CONTROLS_33N)
def test_one_onset_named_keeps_its_reading(text: str, expected: str, locale: str) -> None:
    read_at('onset', text, expected, locale)


# -- 33o: a skip said twice over ------------------------------------------------------------------

OWN_33O_SKIP = [
    ('b12_risk', 'pass, can we move on', 'en-GB'),
    ('thyroid', "I'll pass on that one, next question", 'en-US'),
    ('alcohol', "pass, let's keep going", 'en-AU'),
    ('kidney', 'pass on that, can we go on', 'en-CA'),
    ('b12_risk', 'pass, next question please', 'en-IN'),
    ('thyroid', "I'll pass, let's move on", 'en-GB'),
    ('alcohol', 'pass on this one please', 'en-US'),
    ('kidney', "pass, let's carry on", 'en-AU'),
    ('b12_risk', 'I pass, move on please', 'en-CA'),
    ('thyroid', 'pass, could we move on', 'en-IN'),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_33O_SKIP)
def test_a_skip_said_twice_over_skips(context: str, text: str, locale: str) -> None:
    _same(context, text, 'SkipIntent', locale)


SAFETY_33O = [
    ('cauda_equina_signs', 'pass, can we move on', 'en-GB'),
    ('circulation_signs', "I'll pass on that one, next question", 'en-US'),
]


@pytest.mark.parametrize(("context", "text", "locale"), SAFETY_33O)
def test_a_skip_said_twice_over_at_a_safety_question_is_what_a_skip_gets(
        context: str, text: str, locale: str) -> None:
    said = CONTEXTS.open(locale, context).say(text)
    wanted = CONTEXTS.open(locale, context).intent('SkipIntent')
    assert _canonical_speech(wanted.speech) == _canonical_speech(said.speech), said.speech


CONTROLS_33O_NOT_SKIPS = [
    # "pass" inside an answer: no skip
    ('b12_risk', "no, and the tingling will pass", 'en-GB'),
    ('thyroid', "no, I think it'll pass", 'en-AU'),
    ('alcohol', 'no, I pass on the drink these days', 'en-US'),
]


@pytest.mark.parametrize(("context", "text", "locale"), CONTROLS_33O_NOT_SKIPS)
def test_pass_inside_an_answer_is_no_skip(context: str, text: str, locale: str) -> None:
    sim = CONTEXTS.open(locale, context)
    said = sim.say(text)
    skipped = CONTEXTS.open(locale, context).intent('SkipIntent')
    assert _canonical_speech(skipped.speech) not in _canonical_speech(said.speech), said.speech
    assert screening(sim).answers.get(context) == 'no', (screening(sim).answers, said.speech)


def test_passing_out_is_no_skip() -> None:
    sim = CONTEXTS.open('en-GB', 'b12_risk')
    said = sim.say('I passed out this morning')
    skipped = CONTEXTS.open('en-GB', 'b12_risk').intent('SkipIntent')
    assert _canonical_speech(skipped.speech) not in _canonical_speech(said.speech), said.speech


# -- 33p: a denial said as the pain's size --------------------------------------------------------

OWN_33P_SIZE = [
    ('not bad, just a niggle', 'en-GB'),
    ("nah, it's only a niggle", 'en-AU'),
    ('not too bad, nothing to write home about', 'en-GB'),
    ("it's nothing to write home about", 'en-AU'),
    ('nothing major, a bit of a niggle', 'en-IN'),
    ('no, it is mild, I can get on with things', 'en-CA'),
    ("not really, it's fairly mild", 'en-US'),
    ('no, only a dull niggle', 'en-GB'),
    ("it's more of a niggle than a pain", 'en-AU'),
    ('not bad at all, just niggly', 'en-CA'),
    ("no, I'd call it a niggle", 'en-US'),
]


@pytest.mark.parametrize(("text", "locale"), OWN_33P_SIZE)
def test_a_small_pain_at_the_severe_pain_question_is_a_no(text: str, locale: str) -> None:
    read_at('severe_pain', text, 'severe_pain=no', locale)


CONTROLS_33P_FLAGS = [
    ("yes, it's agony", 'en-GB'),
    ("not bad, it's unbearable", 'en-AU'),
    ('it started as a niggle but now the pain is unbearable', 'en-US'),
    ("it's excruciating, I can't do anything", 'en-IN'),
    ('yes', 'en-CA'),
]


@pytest.mark.parametrize(("text", "locale"), CONTROLS_33P_FLAGS)
def test_severe_pain_said_is_still_warned(text: str, locale: str) -> None:
    warned_at('severe_pain', text, 'severe_pain', locale)


CONTROLS_33P_DENIALS = [
    ('no', 'en-GB'),
    ('no, not that bad', 'en-AU'),
    ("it's bearable", 'en-US'),
]


@pytest.mark.parametrize(("text", "locale"), CONTROLS_33P_DENIALS)
def test_a_plain_denial_of_severe_pain_stays_no(text: str, locale: str) -> None:
    read_at('severe_pain', text, 'severe_pain=no', locale)


# -- 33q: the urge to move told by what the person must do ----------------------------------------

OWN_33Q_URGE = [
    ("every evening I've got to jiggle my legs about", 'en-GB'),
    ('I have to wiggle my feet or get up at night', 'en-US'),
    ('yeah, I need to jiggle my legs all the time in bed', 'en-AU'),
    ("at night I can't stop jiggling my legs", 'en-CA'),
    ('in the night I have to keep moving my legs', 'en-IN'),
    ("I can't stop fidgeting my legs in the evenings", 'en-GB'),
    ("I've got to get up and walk about or jiggle them", 'en-AU'),
    ('on the sofa I keep having to wiggle my legs', 'en-US'),
    ('I need to fidget with my legs till I get up', 'en-CA'),
    ('every night I must jiggle my legs or walk around', 'en-IN'),
]


@pytest.mark.parametrize(("text", "locale"), OWN_33Q_URGE)
def test_the_urge_told_by_what_is_done_is_a_yes(text: str, locale: str) -> None:
    read_at('urge_to_move', text, 'urge_to_move=yes', locale)


CONTROLS_33Q = [
    # a numb leg shaken awake is no urge to move; a plain no, and a jiggle said of nerves, stay no
    ('I have to shake my legs to get the feeling back', 'urge_to_move=None', 'en-GB'),
    ('no', 'urge_to_move=no', 'en-US'),
    ("no, I only jiggle my legs when I'm nervous", 'urge_to_move=no', 'en-GB'),
]


@pytest.mark.parametrize(("text", "expected", "locale"), CONTROLS_33Q)
def test_no_urge_said_keeps_its_reading(text: str, expected: str, locale: str) -> None:
    read_at('urge_to_move', text, expected, locale)


def test_a_red_flag_at_the_urge_question_is_still_heard() -> None:
    sim = CONTEXTS.open('en-AU', 'urge_to_move')
    said = sim.say("my legs keep giving way, I've got to jiggle them at night")
    state = screening(sim)
    assert state.answers.get('leg_weakness') in ('yes', 'unsure'), (state.answers, said.speech)
    if flags_raised(state):
        assert warned_first(said.speech), said.speech
    else:
        assert 'in the last few days' in said.speech, said.speech

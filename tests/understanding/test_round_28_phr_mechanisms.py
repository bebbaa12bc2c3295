"""Round 28 (phr28): batch 31's tuning failures in idiom traps, onset, control and round 27's
leftovers, taken as mechanisms and said in words of our own to the offline simulator at a real
point of a screening, across the five locales, with controls beside each rule
(docs/clinical-safety.md 5zzp). No held-back material was read.

28a. Tiredness said after a bare no ("no, my legs are just tired", "nope, my legs are just a
little tired"): a finding read only in doubt, and only from words of tiredness
(understanding.yaml `word_sets` `tiredness`), is denied by the no (skill/understanding/reader.py).
28b. A word used figuratively after a no: "weak in the knees" for a person, weak said of a thing
("the only thing weak round here is the tea", "the weak link", "the wifi's weak"), "Saturday
night fever" (understanding.yaml).
28c. Control requests: starting again said after what it undoes ("scrap that, let's start again
from the top"), skip said with a word of address ("skip that one, mate") (carriers.yaml).
28d. A self-correction inside one answer: the pace said after a correction is the pace
("suddenly no wait slowly sorry slowly"); a bare no taken back at once by a yes ("no wait, yes,
my face is drooping") answers nothing and denies nothing (reader.py).
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import _canonical_speech, flags_raised, screening, warned_first
from tests.understanding.test_words_in_context import CONTEXTS


def _check(context: str, text: str, expected: str, locale: str) -> None:
    """`expected`: "question=value" (recorded, no flag raised, no warning), "flag:<id>" (raised
    and warned first), or "weak" (leg weakness recorded as yes, or its flag raised)."""
    sim = CONTEXTS.open(locale, context)
    reply = sim.say(text)
    state = screening(sim)
    answers, flags = dict(state.answers), flags_raised(state)
    if expected == "weak":
        assert answers.get("leg_weakness") == "yes" or "new_leg_weakness" in flags, (
            answers, flags, reply.speech)
    elif expected.startswith("flag:"):
        assert expected[5:] in flags and warned_first(reply.speech), (flags, reply.speech)
    else:
        question, value = expected.split("=")
        assert str(answers.get(question)) == value, (answers, reply.speech)
        assert not flags and not warned_first(reply.speech), (flags, reply.speech)


# -- 28a, 28b: a no, then tiredness or a word said figuratively -----------------------------------

OWN_28B_FIGURES = [
    ('leg_weakness', 'naw, the only thing weak round here is the tea, my legs are grand',
     'leg_weakness=no', 'en-GB'),
    ('leg_weakness', "no, I'm just weak in the knees for my wife, the legs work fine",
     'leg_weakness=no', 'en-US'),
    ('fever', "no, I've got Saturday night fever, that's all, no temperature", 'fever=no', 'en-US'),
    ('leg_weakness', 'no, the only weak thing here is my coffee, my legs are fine',
     'leg_weakness=no', 'en-US'),
    ('leg_weakness', 'nah, the weak link is my memory, the legs are perfectly fine',
     'leg_weakness=no', 'en-GB'),
    ('leg_weakness', 'no, the wifi is weak, my legs are strong', 'leg_weakness=no', 'en-IN'),
    ('leg_weakness', 'no, she goes weak at the knees for him, but my legs are normal',
     'leg_weakness=no', 'en-GB'),
    ('leg_weakness', 'no, I go weak at the knees for chocolate, the legs are fine',
     'leg_weakness=no', 'en-CA'),
    ('leg_weakness', "no, my legs are fine, it's my willpower that's weak",
     'leg_weakness=no', 'en-AU'),
    ('saddle_numbness', 'nah, numb bum after the cinema, gone straight after, nothing now',
     'saddle_numbness=no', 'en-AU'),
    ('saddle_numbness',
     "no, it went numb sitting on the bleachers but that passed, it's normal now",
     'saddle_numbness=no', 'en-US'),
    ('fever', "no, I've got cabin fever, that's all, no temperature", 'fever=no', 'en-CA'),
    ('fever', 'no, just spring fever, no temperature at all', 'fever=no', 'en-US'),
    ('fever', 'nah, only World Cup fever, no temperature', 'fever=no', 'en-GB'),
    ('fever', "no, I've got gold fever, not a real temperature", 'fever=no', 'en-AU'),
    ('fever', 'no, the only fever is football fever, my temperature is normal',
     'fever=no', 'en-IN'),
    ('leg_weakness', "no, the team's defence is weak, my legs are fine",
     'leg_weakness=no', 'en-GB'),
    ('leg_weakness', "no, the wifi's weak, the legs are grand", 'leg_weakness=no', 'en-AU'),
    ('leg_weakness', 'nah mate, the only thing weak here is the beer, legs are fine',
     'leg_weakness=no', 'en-AU'),
    ('fever', "no, I've got Friday night fever, no temperature", 'fever=no', 'en-GB'),
]
# before (base 3c16ad7): 14 of 25; after: 20 of 25 (left: "went numb ... came right, nothing
# now" at the saddle question, 3, still warned; "Beatles fever"; "he makes me weak in the knees")


@pytest.mark.parametrize(("context", "text", "expected", "locale"), OWN_28B_FIGURES)
def test_a_no_then_a_word_said_figuratively_stays_a_no(context: str, text: str, expected: str,
                                                       locale: str) -> None:
    _check(context, text, expected, locale)


CONTROLS_28B = [
    ('leg_weakness', 'the only thing that is weak is my left leg', 'weak', 'en-GB'),
    ('leg_weakness', 'the only weak thing is my legs', 'weak', 'en-GB'),
    ('leg_weakness', 'the coffee is weak and my legs are weak', 'weak', 'en-US'),
    ('leg_weakness', 'the signal is weak, I said my legs are weak', 'weak', 'en-US'),
    ('leg_weakness', "I've been weak in the knees for two days", 'weak', 'en-GB'),
    ('leg_weakness', 'weak in the knees for a few days', 'weak', 'en-GB'),
    ('leg_weakness', 'no, the wifi is fine, my legs are weak', 'weak', 'en-IN'),
    ('leg_weakness', 'no, my knees are weak and I keep falling', 'weak', 'en-AU'),
    ('leg_weakness', 'nah, my weak side is the left', 'weak', 'en-AU'),
    ('fever', "no, I've had a fever since Saturday night", 'flag:back_pain_with_fever', 'en-GB'),
    ('fever', 'yes, a temperature on Saturday night', 'flag:back_pain_with_fever', 'en-US'),
    ('fever', 'no, my Saturday night fever is a real temperature of 39',
     'flag:back_pain_with_fever', 'en-GB'),
]
# before and after: 12 of 13 ("no, not cabin fever, a real fever" reads no fever on both)


@pytest.mark.parametrize(("context", "text", "expected", "locale"), CONTROLS_28B)
def test_weakness_or_fever_said_beside_a_figure_keeps_its_reading(
        context: str, text: str, expected: str, locale: str) -> None:
    _check(context, text, expected, locale)


OWN_28A_TIRED = [
    ('leg_weakness', 'no, my legs are just tired', 'leg_weakness=no', 'en-GB'),
    ('leg_weakness', "no, they're just a bit tired", 'leg_weakness=no', 'en-GB'),
    ('leg_weakness', 'no my legs are just tired', 'leg_weakness=no', 'en-US'),
    ('leg_weakness', 'no, my legs are just tired after work', 'leg_weakness=no', 'en-US'),
    ('leg_weakness', 'no, my legs just feel tired', 'leg_weakness=no', 'en-CA'),
    ('leg_weakness', 'nah, legs are just tired', 'leg_weakness=no', 'en-AU'),
    ('leg_weakness', 'no, just tired legs', 'leg_weakness=no', 'en-GB'),
    ('leg_weakness', 'no, my legs are only tired from the gym', 'leg_weakness=no', 'en-IN'),
    ('leg_weakness', "no, my legs get tired by the evening, that's all",
     'leg_weakness=no', 'en-GB'),
    ('leg_weakness', 'no, my legs feel a bit tired at the end of the day',
     'leg_weakness=no', 'en-US'),
    ('leg_weakness', "no, they're tired, not weak", 'leg_weakness=no', 'en-AU'),
    ('leg_weakness', 'nope, my legs are just a little tired', 'leg_weakness=no', 'en-CA'),
]
# before: 5 of 12; after: 12 of 12


@pytest.mark.parametrize(("context", "text", "expected", "locale"), OWN_28A_TIRED)
def test_tiredness_said_after_a_no_stays_a_no(context: str, text: str, expected: str,
                                              locale: str) -> None:
    _check(context, text, expected, locale)


CONTROLS_28A = [
    ('leg_weakness', 'my legs are tired and weak and I keep falling', 'weak', 'en-GB'),
    ('leg_weakness', 'no, my legs are weak and I keep falling', 'weak', 'en-GB'),
    ('leg_weakness', 'no, my legs are tired and weak', 'weak', 'en-US'),
    ('leg_weakness', 'no, my legs keep giving way', 'weak', 'en-AU'),
    ('leg_weakness', "no, I can't walk properly any more, my legs are weak", 'weak', 'en-IN'),
    ('leg_weakness', 'no, my legs are fine but I keep tripping and falling', 'weak', 'en-GB'),
    ('leg_weakness', 'yes, my legs are weak', 'weak', 'en-GB'),
    ('leg_weakness', 'no, the legs are grand but my foot drags', 'weak', 'en-GB'),
    ('saddle_numbness', "no, I'm numb down there now", 'flag:cauda_equina_saddle', 'en-GB'),
    ('saddle_numbness', 'nah, but my bum is numb now', 'flag:cauda_equina_saddle', 'en-AU'),
    ('saddle_numbness', "no, my bum went numb on the seats and it's still numb now",
     'flag:cauda_equina_saddle', 'en-AU'),
    ('saddle_numbness', "no, I can't feel my bottom", 'flag:cauda_equina_saddle', 'en-US'),
    ('fever', "no, I've got a temperature of 39", 'flag:back_pain_with_fever', 'en-GB'),
    ('fever', "no, but I've had a fever all week", 'flag:back_pain_with_fever', 'en-US'),
    ('fever', "no, I've got a high temperature and the shivers",
     'flag:back_pain_with_fever', 'en-GB'),
    ('fever', 'no fever, but my back pain is worse at night now',
     'flag:back_pain_at_night', 'en-GB'),
    ('fever', 'no fever, back pain keeps me awake at night', 'flag:back_pain_at_night', 'en-US'),
    ('leg_weakness', 'nah, the tea is strong, my legs are weak', 'weak', 'en-GB'),
]
# before and after: 18 of 21 (the same three fail on both: "no, they're not tired, they're weak",
# "no, it went numb at the footy and it hasn't come right", "no cabin fever, I mean a real fever")


@pytest.mark.parametrize(("context", "text", "expected", "locale"), CONTROLS_28A)
def test_a_sign_said_after_a_no_keeps_its_reading(context: str, text: str, expected: str,
                                                  locale: str) -> None:
    _check(context, text, expected, locale)


# -- 28c: control requests ------------------------------------------------------------------------

OWN_28C_CONTROL = [
    ('duration', "scrap that, let's start again from the top", 'AMAZON.StartOverIntent', 'en-AU'),
    ('duration', 'scratch that, start over', 'AMAZON.StartOverIntent', 'en-US'),
    ('side', 'scrap all that and start again from the beginning',
     'AMAZON.StartOverIntent', 'en-GB'),
    ('onset', "forget that, let's start over", 'AMAZON.StartOverIntent', 'en-CA'),
    ('fever', 'ditch that, can we start again', 'AMAZON.StartOverIntent', 'en-AU'),
    ('diabetes', 'scratch that, I want to start over from scratch',
     'AMAZON.StartOverIntent', 'en-IN'),
    ('duration', "let's start again from the top", 'AMAZON.StartOverIntent', 'en-GB'),
    ('leg_weakness', 'can we start over from the beginning please',
     'AMAZON.StartOverIntent', 'en-US'),
    ('fever', 'bin that, start again', 'AMAZON.StartOverIntent', 'en-GB'),
    ('b12_risk', 'scrap it, let me begin again', 'AMAZON.StartOverIntent', 'en-IN'),
    ('b12_risk', 'skip that one, mate', 'SkipIntent', 'en-AU'),
    ('diabetes', 'skip this one please', 'SkipIntent', 'en-GB'),
    ('fever', 'just skip that question', 'SkipIntent', 'en-US'),
    ('alcohol', "let's skip that one", 'SkipIntent', 'en-CA'),
    ('alcohol', 'skip it thanks', 'SkipIntent', 'en-IN'),
    ('b12_risk', 'skip that, mate', 'SkipIntent', 'en-AU'),
    ('thyroid', 'can you skip this question', 'SkipIntent', 'en-US'),
    ('kidney', 'skip that one for now', 'SkipIntent', 'en-GB'),
    ('alcohol', 'please skip this one', 'SkipIntent', 'en-IN'),
    ('thyroid', 'skip this one, love', 'SkipIntent', 'en-GB'),
]
# before: 11 of 20 (the rest fell back: "Sorry, I didn't catch that"); after: 20 of 20


@pytest.mark.parametrize(("context", "text", "intent", "locale"), OWN_28C_CONTROL)
def test_a_control_request_said_with_more_words_is_the_request(context: str, text: str,
                                                               intent: str, locale: str) -> None:
    said = CONTEXTS.open(locale, context).say(text)
    wanted = CONTEXTS.open(locale, context).intent(intent)
    assert _canonical_speech(wanted.speech) in _canonical_speech(said.speech), said.speech


# -- 28d: a self-correction inside one answer -----------------------------------------------------

OWN_28D_CORRECTIONS = [
    ('onset', 'suddenly no wait slowly sorry slowly', 'onset=gradual', 'en-US'),
    ('onset', 'suddenly, no wait, slowly', 'onset=gradual', 'en-GB'),
    ('onset', 'fast, actually no, slowly over a few weeks', 'onset=gradual', 'en-CA'),
    ('onset', 'sudden, sorry, slow, it came on slow', 'onset=gradual', 'en-AU'),
    ('onset', 'slowly no wait suddenly', 'onset=sudden', 'en-US'),
    ('onset', 'gradually, sorry I mean all of a sudden', 'onset=sudden', 'en-GB'),
    ('onset', 'slowly, actually, it was sudden', 'onset=sudden', 'en-CA'),
    ('onset', 'it was slow, no wait, it came on all at once', 'onset=sudden', 'en-IN'),
    ('face_arm_speech', 'no wait, yes, my face is drooping', 'flag:stroke_signs', 'en-US'),
    ('cold_pale_leg', "no sorry yes, it's cold and white", 'flag:limb_ischaemia', 'en-GB'),
    ('face_arm_speech', "nah, sorry, yeah, my arm's gone weak", 'flag:stroke_signs', 'en-AU'),
    ('cold_pale_leg', 'no wait yeah, my foot is cold and pale', 'flag:limb_ischaemia', 'en-US'),
]
# before: 1 of 16; after: 12 of 16 (left, read sudden as before, the more urgent reading:
# "all of a sudden, sorry, I mean gradually", "suddenly, hang on, no, it was gradual", "suddenly,
# I mean, slowly"; "quickly, scratch that, it crept up slowly" reads gradual but its "crept up"
# is also read as spreading, as before)


@pytest.mark.parametrize(("context", "text", "expected", "locale"), OWN_28D_CORRECTIONS)
def test_what_is_said_after_a_correction_is_the_answer(context: str, text: str, expected: str,
                                                       locale: str) -> None:
    _check(context, text, expected, locale)


CONTROLS_28D = [
    ('onset', 'suddenly', 'onset=sudden', 'en-GB'),
    ('onset', 'slowly', 'onset=gradual', 'en-GB'),
    ('onset', 'suddenly, sorry', 'onset=sudden', 'en-US'),
    ('onset', 'sorry, slowly', 'onset=gradual', 'en-US'),
    # a sudden worsening after a slow start reads sudden (dur28's rule at the merge, 5zzr 28a)
    ('onset', 'slowly, then suddenly it got much worse', 'onset=sudden', 'en-AU'),
    ('onset', "I'm not sure, suddenly or slowly", 'onset=unsure', 'en-GB'),
    ('onset', 'suddenly sorry slowly or suddenly', 'onset=None', 'en-GB'),
    ('onset', 'it came on suddenly, sorry I mean my left leg, suddenly', 'onset=sudden', 'en-GB'),
    ('face_arm_speech', 'yes, well no, actually yes', 'flag:stroke_signs', 'en-GB'),
    ('side', 'left no wait right', 'side=one_leg', 'en-GB'),
    ('face_arm_speech', 'no sorry, no, nothing like that', 'face_arm_speech=no', 'en-AU'),
    ('face_arm_speech', 'no wait, no', 'face_arm_speech=no', 'en-GB'),
    ('fever', 'no wait, no fever', 'fever=no', 'en-CA'),
]
# before and after: 13 of 13 (at the merge the sudden worsening's reading is dur28's)


@pytest.mark.parametrize(("context", "text", "expected", "locale"), CONTROLS_28D)
def test_answers_without_a_correction_keep_their_reading(context: str, text: str,
                                                         expected: str, locale: str) -> None:
    _check(context, text, expected, locale)

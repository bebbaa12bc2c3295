"""Round 30 (phr30): batch 33's tuning half's other misses, taken as mechanisms and said in
words of our own to the offline simulator at a real point of a screening, across the five
locales, with controls beside each rule (docs/clinical-safety.md 5zzx). No held-back material
was read.

30a. A pace or a repeat asked for first, with its reason after it ("please slow down, I'm a bit
panicky"): the request stands; a sign a red flag depends on, said in the reason outright or with
a doubt, is still taken and warned or confirmed (reader.py `_opened_request`, context.py
`_sign_in_the_reason`).
30b. Pain scored low ("the pain itself is like a two out of ten"), or "killing me" said of what
one cannot do ("it's killing me that I can't run"): no severe pain; seven out of ten and over is
severe pain (understanding.yaml `severe_pain`).
30c. The place of care named the everyday way ("when do I need to go to urgent care"): when to
see a doctor (understanding.yaml `requests` `when_to_see_doctor`).
30d. A slow start guessed after not knowing ("not sure really, it might have been gradual, I
can't say"): not sure (reader.py `_pace_guessed`); a sudden start guessed is kept.
30e. A length in clinicians' shorthand, typed ("2/52" two weeks, "3/7" three days, "6/12" six
months): spelt out as the length (contractions.py, the table the reader and the simulator
share); a date ("since 3/7", "3/7/24") is left as written.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import _canonical_speech, flags_raised, screening, warned_first
from tests.understanding.test_words_in_context import CONTEXTS, read_at


def _same(context: str, text: str, intent: str, locale: str) -> None:
    """`text` said at `context` gets the reply `intent` gets there, and leaves the same
    screening (nothing recorded beside it, no flag)."""
    sim = CONTEXTS.open(locale, context)
    said = sim.say(text)
    state = screening(sim)
    other = CONTEXTS.open(locale, context)
    wanted = other.intent(intent)
    wanted_state = screening(other)
    assert _canonical_speech(wanted.speech) in _canonical_speech(said.speech), said.speech
    assert (state.history, state.current) == (wanted_state.history, wanted_state.current), (
        state.history, said.speech)
    assert not flags_raised(state) and not warned_first(said.speech), said.speech


# -- 30a: a pace or a repeat asked for first, its reason after -----------------------------------

OWN_30A_REQUEST_FIRST = [
    ('fever', "please slow down, I'm feeling a bit panicky", 'SpeakSlowerIntent', 'en-US'),
    ('side', "slow down please, I'm getting flustered", 'SpeakSlowerIntent', 'en-GB'),
    ('back_pain', "could you slow down a bit, I'm anxious about all this",
     'SpeakSlowerIntent', 'en-AU'),
    ('duration', "can you speak slower, I get nervous with these things", 'SpeakSlowerIntent',
     'en-CA'),
    ('fever', "um, slow down please, I'm a little panicky today", 'SpeakSlowerIntent', 'en-IN'),
    ('onset', "please slow down, I'm in a bit of a panic", 'SpeakSlowerIntent', 'en-GB'),
    ('diabetes', "slow down, I'm all in a panic here", 'SpeakSlowerIntent', 'en-AU'),
    ('side', "could you speak a bit slower, I'm feeling anxious", 'SpeakSlowerIntent', 'en-US'),
    ('duration', "please go slower, I'm panicking a bit", 'SpeakSlowerIntent', 'en-IN'),
    ('fever', "speed up please, I'm in a hurry this morning", 'SpeakFasterIntent', 'en-CA'),
    ('diabetes', "say that again please, I'm feeling a bit panicky", 'AMAZON.RepeatIntent',
     'en-GB'),
    # at the merge: an aid one uses named in the reason is no illness ("hearing aid" had been
    # read as AIDS, a sign a red flag depends on, so 30a kept it and the request was lost)
    ('diabetes', "could you speak a bit slower please, my hearing aid is whistling",
     'SpeakSlowerIntent', 'en-US'),
    ('fever', "slow down please, my hearing aids need new batteries", 'SpeakSlowerIntent',
     'en-GB'),
]
# before (base 2d6a488): 5 of 11; after: 11 of 11 (and the two hearing-aid sentences: passing
# on the base, failing with 30a alone, passing after the merge's set phrase)


@pytest.mark.parametrize(("context", "text", "intent", "locale"), OWN_30A_REQUEST_FIRST)
def test_a_pace_asked_for_first_stands_beside_its_reason(context: str, text: str, intent: str,
                                                         locale: str) -> None:
    _same(context, text, intent, locale)


CONTROLS_30A = [
    # a red flag said after a no, or after the request, still warns
    ('face_arm_speech', 'no wait, yes, my face is drooping on one side', 'flag:stroke_signs',
     'en-US'),
    ('face_arm_speech', 'slow down, my face has dropped on one side', 'flag:stroke_signs',
     'en-GB'),
    ('cold_pale_leg', 'please slow down, my leg has gone cold and white', 'flag:limb_ischaemia',
     'en-AU'),
    ('bladder_bowel', "say that again, I can't control my bladder since yesterday",
     'flag:cauda_equina_bladder', 'en-CA'),
    ('face_arm_speech', 'slow down please, I think my face might be drooping',
     'flag:stroke_signs', 'en-IN'),
    ('cold_pale_leg', 'no, but my leg is cold and white', 'flag:limb_ischaemia', 'en-GB'),
    # a plain answer or denial beside a pace is read as before
    ('side', 'the left one, and slower please', 'side=one_leg', 'en-US'),
    ('fever', 'no fever, and a bit slower please', 'fever=no', 'en-GB'),
    ('onset', 'slowly please, I can not keep up', 'onset=None', 'en-AU'),
    # AIDS itself is still weak immunity, with a hearing aid named beside it or not
    ('history_group', 'yes, I have AIDS', 'weak_immunity=yes', 'en-US'),
    ('history_group', 'yes, I have AIDS, and a hearing aid', 'weak_immunity=yes', 'en-GB'),
]
# before: 9 of 9; after: 9 of 9


@pytest.mark.parametrize(("context", "text", "expected", "locale"), CONTROLS_30A)
def test_a_sign_said_with_a_pace_keeps_its_reading(context: str, text: str, expected: str,
                                                   locale: str) -> None:
    read_at(context, text, expected, locale)


CONTROLS_30A_WEAK = [
    ('side', 'could you slow down, my legs have gone weak', 'en-US'),
    ('duration', 'slow down please, my legs keep giving way', 'en-GB'),
    ('fever', 'say that again, I think my legs might be giving way', 'en-CA'),
]
# before: 3 of 3; after: 3 of 3 (weakness is recorded, yes or not sure, whatever the pace)


@pytest.mark.parametrize(("context", "text", "locale"), CONTROLS_30A_WEAK)
def test_weakness_said_with_a_pace_is_still_taken(context: str, text: str, locale: str) -> None:
    sim = CONTEXTS.open(locale, context)
    sim.say(text)
    assert screening(sim).answers.get("leg_weakness") in ("yes", "unsure"), (
        dict(screening(sim).answers))


REQUESTS_KEEP_THEIR_REPLY = [
    ('side', 'slow down', 'SpeakSlowerIntent', 'en-US'),
    ('side', 'speak faster', 'SpeakFasterIntent', 'en-GB'),
    ('side', 'normal speed please', 'NormalSpeedIntent', 'en-AU'),
    ('side', 'say that again', 'AMAZON.RepeatIntent', 'en-CA'),
    ('side', 'why do you ask', 'WhyAskIntent', 'en-IN'),
    ('side', 'when should I see a doctor', 'WhenToSeeDoctorIntent', 'en-US'),
    ('side', 'what can I do at home', 'SelfCareIntent', 'en-GB'),
    ('side', 'go back', 'GoBackIntent', 'en-AU'),
    ('side', 'skip this question', 'SkipIntent', 'en-CA'),
    ('side', 'what causes leg tingling', 'CausesOverviewIntent', 'en-IN'),
    ('side', 'help', 'AMAZON.HelpIntent', 'en-GB'),
]
# before: 11 of 11; after: 11 of 11


@pytest.mark.parametrize(("context", "text", "intent", "locale"), REQUESTS_KEEP_THEIR_REPLY)
def test_every_request_keeps_its_reply(context: str, text: str, intent: str, locale: str) -> None:
    _same(context, text, intent, locale)


# -- 30b: pain scored low, or "killing me" said of what one cannot do ----------------------------

OWN_30B_LOW_SCORE = [
    ('severe_pain', "no, it's killing me that I can't play footy, but the pain is only a three "
     "out of ten", 'severe_pain=no', 'en-AU'),
    ('severe_pain', 'no, the pain is maybe a two out of ten', 'severe_pain=no', 'en-US'),
    ('severe_pain', "no, it kills me not being able to run, but it's a one out of ten at most",
     'severe_pain=no', 'en-GB'),
    ('severe_pain', "no, it's about a 2 out of 10, just annoying", 'severe_pain=no', 'en-CA'),
    ('severe_pain', "no, it's killing me that I've had to miss the cricket season",
     'severe_pain=no', 'en-IN'),
    ('severe_pain', "nah, I'd give it a three out of ten", 'severe_pain=no', 'en-AU'),
    ('severe_pain', "no, pain is like a one out of ten, it's the numbness that bugs me",
     'severe_pain=no', 'en-GB'),
    ('severe_pain', "no, it's killing me I can't get to the gym, the pain's a two out of ten",
     'severe_pain=no', 'en-US'),
    ('severe_pain', 'no, zero out of ten for pain, it is just numb', 'severe_pain=no', 'en-IN'),
    ('severe_pain', "no, honestly it's a three out of ten", 'severe_pain=no', 'en-CA'),
]
# before: 6 of 10; after: 10 of 10


@pytest.mark.parametrize(("context", "text", "expected", "locale"), OWN_30B_LOW_SCORE)
def test_a_low_pain_score_is_no_severe_pain(context: str, text: str, expected: str,
                                            locale: str) -> None:
    read_at(context, text, expected, locale)


CONTROLS_30B = [
    ('severe_pain', 'yes, the pain is about a seven out of ten', 'flag:severe_pain', 'en-US'),
    ('severe_pain', "it's a seven out of ten most days", 'flag:severe_pain', 'en-GB'),
    ('severe_pain', 'yes, nine out of ten', 'flag:severe_pain', 'en-AU'),
    ('severe_pain', "during the day a two out of ten but at night it's a nine out of ten",
     'flag:severe_pain', 'en-CA'),
    ('severe_pain', "yes, it's killing me", 'flag:severe_pain', 'en-IN'),
    ('severe_pain', "no, it's killing me that I can't run, and the pain is agony at night",
     'flag:severe_pain', 'en-GB'),
    ('severe_pain', 'no wait, yes, it is unbearable', 'flag:severe_pain', 'en-US'),
    ('severe_pain', 'no, the pain is manageable', 'severe_pain=no', 'en-AU'),
]
# before: 7 of 8; after: 8 of 8 (the miss on the base: "it's a seven out of ten most days",
# seven out of ten was read as no score at all)


@pytest.mark.parametrize(("context", "text", "expected", "locale"), CONTROLS_30B)
def test_a_high_pain_score_is_still_severe_pain(context: str, text: str, expected: str,
                                                locale: str) -> None:
    read_at(context, text, expected, locale)


# -- 30c: the place of care named the everyday way -----------------------------------------------

OWN_30C_PLACE_OF_CARE = [
    ('causes_offered', 'um, when do I need to head to urgent care', 'en-US'),
    ('causes_offered', 'so should I go to the walk in centre with this', 'en-GB'),
    ('causes_offered', 'uh, do I need to go to the ER for this', 'en-CA'),
    ('causes_offered', 'when would I have to go to A and E', 'en-GB'),
    ('causes_offered', 'erm, should I get down to the emergency department', 'en-AU'),
    ('causes_offered', 'when should I go to the hospital for this', 'en-IN'),
    ('side', 'hmm, do I need to go to urgent care', 'en-US'),
    ('duration', 'should I head over to the walk in clinic', 'en-CA'),
    ('causes_offered', 'well, when do I go to casualty with it', 'en-AU'),
    ('causes_offered', 'do I need urgent care for this or not', 'en-US'),
]
# before: 5 of 10; after: 10 of 10


@pytest.mark.parametrize(("context", "text", "locale"), OWN_30C_PLACE_OF_CARE)
def test_a_place_of_care_named_asks_when_to_see_a_doctor(context: str, text: str,
                                                         locale: str) -> None:
    _same(context, text, 'WhenToSeeDoctorIntent', locale)


CONTROLS_30C = [
    ('injury', 'yes, I fell and went to the hospital', 'flag:spinal_injury', 'en-US'),
    ('bladder_bowel', "I can't control my bladder, do I need to go to the hospital",
     'bladder_bowel=yes', 'en-GB'),
    ('face_arm_speech', 'my face is drooping, should I go to the ER', 'flag:stroke_signs',
     'en-CA'),
    ('side', 'both legs', 'side=both_legs', 'en-AU'),
]
# before: 4 of 4; after: 4 of 4


@pytest.mark.parametrize(("context", "text", "expected", "locale"), CONTROLS_30C)
def test_a_sign_said_with_a_place_of_care_still_warns(context: str, text: str, expected: str,
                                                      locale: str) -> None:
    read_at(context, text, expected, locale)


# -- 30d: a slow start guessed after not knowing -------------------------------------------------

OWN_30D_GUESSED = [
    ('onset', 'not sure really, it might have been slow, I can not say', 'onset=unsure',
     'en-US'),
    ('onset', "I don't know, maybe gradually, hard to say", 'onset=unsure', 'en-GB'),
    ('onset', 'no idea, probably slowly I guess', 'onset=unsure', 'en-AU'),
    ('onset', "not too sure, I think it came on gradually, can't tell", 'onset=unsure',
     'en-CA'),
    ('onset', "can't say really, perhaps slowly over time", 'onset=unsure', 'en-IN'),
    ('onset', "not sure, it may have come on slowly, I couldn't say", 'onset=unsure',
     'en-GB'),
    ('onset', 'dunno, maybe it was gradual', 'onset=unsure', 'en-AU'),
    ('onset', 'honestly not sure, probably gradual', 'onset=unsure', 'en-US'),
    ('onset', "I couldn't tell you, it might have been slowly, I'm not certain", 'onset=unsure',
     'en-IN'),
    ('onset', 'not really sure, gradually I suppose, maybe', 'onset=unsure', 'en-CA'),
]
# before: 1 of 10; after: 10 of 10


@pytest.mark.parametrize(("context", "text", "expected", "locale"), OWN_30D_GUESSED)
def test_a_slow_start_guessed_after_not_knowing_is_not_sure(context: str, text: str,
                                                            expected: str, locale: str) -> None:
    read_at(context, text, expected, locale)


CONTROLS_30D = [
    ('onset', 'slowly, over a few months', 'onset=gradual', 'en-US'),
    ('onset', 'it came on gradually', 'onset=gradual', 'en-GB'),
    ('onset', 'not sure, maybe it was sudden', 'onset=sudden', 'en-AU'),
    ('onset', "I don't know, it might have come on suddenly", 'onset=sudden', 'en-CA'),
    ('onset', 'not sure', 'onset=unsure', 'en-IN'),
    ('cold_pale_leg', 'not sure, I think my foot might have gone cold and pale',
     'flag:limb_ischaemia', 'en-GB'),
    ('face_arm_speech', "I'm not sure, my face might be drooping a bit", 'flag:stroke_signs',
     'en-US'),
    # at the merge: a pace only softened after not knowing the exact time keeps its value (the
    # first version of 30d read these as not sure; batch 18's tuning half showed it)
    ('onset', "i couldn't say exactly, it kind of crept up over the months", 'onset=gradual',
     'en-GB'),
    ('onset', "no idea exactly when, it sort of came on slowly", 'onset=gradual', 'en-AU'),
    ('onset', "I can't say exactly, it came on a bit gradually", 'onset=gradual', 'en-US'),
]
# before: 10 of 10; with the first version of 30d: 7 of 10; after the merge's mend: 10 of 10


@pytest.mark.parametrize(("context", "text", "expected", "locale"), CONTROLS_30D)
def test_a_pace_said_plainly_or_a_hedged_sign_keeps_its_reading(context: str, text: str,
                                                                expected: str,
                                                                locale: str) -> None:
    read_at(context, text, expected, locale)


# -- 30e: a length in clinicians' shorthand ("2/52") ---------------------------------------------

OWN_30E_SHORTHAND = [
    ('duration', '2/52', 'duration=weeks', 'en-GB'),
    ('duration', 'about 3/7', 'duration=days', 'en-GB'),
    ('duration', '6/12 or so', 'duration=months', 'en-AU'),
    ('duration', 'roughly 1/52', 'duration=weeks', 'en-IN'),
    ('duration', "it's been 4/7 now", 'duration=days', 'en-CA'),
    ('duration', 'for 2/52, give or take', 'duration=weeks', 'en-US'),
    ('duration', 'maybe 2/12', 'duration=months', 'en-AU'),
    ('duration', '3/52 approximately', 'duration=weeks', 'en-IN'),
    ('duration', 'around 5/7', 'duration=days', 'en-GB'),
    ('onset', 'suddenly, about 2/7 ago', 'duration=days', 'en-GB'),
]
# before: 0 of 10; after: 10 of 10 (and "2/52" spelt out below: 0 of 1 -> 1 of 1)


@pytest.mark.parametrize(("context", "text", "expected", "locale"), OWN_30E_SHORTHAND)
def test_a_length_in_clinicians_shorthand_is_read(context: str, text: str, expected: str,
                                                  locale: str) -> None:
    read_at(context, text, expected, locale)


CONTROLS_30E = [
    ('duration', 'about two weeks', 'duration=weeks', 'en-GB'),
    ('duration', '3 days', 'duration=days', 'en-US'),
    ('duration', '6 months or so', 'duration=months', 'en-AU'),
]
# before: 3 of 3; after: 3 of 3; the dates below 4 of 4 before and after


@pytest.mark.parametrize(("context", "text", "expected", "locale"), CONTROLS_30E)
def test_a_length_in_words_keeps_its_reading(context: str, text: str, expected: str,
                                             locale: str) -> None:
    read_at(context, text, expected, locale)


@pytest.mark.parametrize(("text", "said"), [
    ('since 3/7', ('since', '3', '7')),
    ('on 3/12', ('on', '3', '12')),
    ('3/7/24', ('3', '7', '24')),
    ('since the 3/12', ('since', 'the', '3', '12')),
    ('2/52', ('2', 'weeks')),
])
def test_a_date_is_not_taken_for_a_length(text: str, said: tuple[str, ...]) -> None:
    from skill.understanding.text import words

    assert words(text) == said

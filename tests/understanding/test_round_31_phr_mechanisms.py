"""Round 31 (phr31): batch 34's tuning half's misses in ordinary answers and requests, taken as
mechanisms and said in words of our own to the offline simulator at a real point of a
screening, across the five locales, with controls beside each rule (docs/clinical-safety.md
5zzza). No held-back material was read.

31a. Words as a speech recogniser writes a homophone, or as a dialect says a word ("rite leg",
"baith legs", "to weeks", "over to days", "getting weeker", "there week now"): read as the word
meant, only where the words around it say so (contractions.py `HEARD_SPELLINGS`, the table the
reader and the simulator share); "a week", "last week", "week two", "up to weeks", "going to
the doctor", "write it down" are left alone.
31b. A cause asked about by the words people use for it: "what can they do for <condition>"
(the treatment, not one's own foot care), "what's actually causing ...", the diabetic feet said
the other way round ("numb feet with diabetes"), a vitamin's number said as a word ("low B
twelve"), a name's first word alone ("meralgia something") (understanding.yaml `requests`,
conditions.yaml synonyms, contractions.py).
31c. Another answer meant for a question gone by ("I meant to say something different for the
last question"): going back (understanding.yaml `requests` `go_back`).
31d. A reason first and its answer last after "so" ("only weak at the knees when I see my
grandkids, so no"): TAKEN BACK at the merge (5zzza 31d). Putting the no last read the reason as
told, so a sign said of something else in it ("my face was numb at the dentist yesterday, so
no") raised its flag, and one held-back run (held back 27) was no longer understood. Its own
sentences that failed on the base are strict expected failures again; the false alarms found
at the merge are controls.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import _canonical_speech, flags_raised, screening, warned_first
from tests.understanding.test_words_in_context import CONTEXTS, read_at, say_at


def _same(context: str, text: str, intent: str, locale: str, **slots: str) -> None:
    """`text` said at `context` gets the reply `intent` (with `slots`) gets there, and leaves
    the same screening (nothing recorded beside it, no flag)."""
    sim = CONTEXTS.open(locale, context)
    said = sim.say(text)
    state = screening(sim)
    other = CONTEXTS.open(locale, context)
    wanted = other.intent(intent, **slots)
    wanted_state = screening(other)
    assert _canonical_speech(wanted.speech) in _canonical_speech(said.speech), said.speech
    assert (state.history, state.current) == (wanted_state.history, wanted_state.current), (
        state.history, said.speech)
    assert not flags_raised(state) and not warned_first(said.speech), said.speech


# -- 31a: a homophone or a dialect word, read as the word meant ----------------------------------

OWN_31A_HEARD = [
    # (context, as heard, as meant, locale): the same reading, flags, answers and warning
    ('duration', 'to weeks now and my legs are getting weeker every day',
     'two weeks now and my legs are getting weaker every day', 'en-US'),
    ('onset', 'quick, over to days, and my legs are so week now',
     'quick, over two days, and my legs are so weak now', 'en-GB'),
    ('onset', 'suddenly over to days, legs becoming weeker',
     'suddenly over two days, legs becoming weaker', 'en-IN'),
    ('onset', 'came on fast over to days and its moving up and my legs are week',
     'came on fast over two days and its moving up and my legs are weak', 'en-CA'),
    ('duration', 'about to weeks, and there week now', 'about two weeks, and they are weak now',
     'en-AU'),
    ('side', 'rite leg only', 'right leg only', 'en-US'),
    ('side', 'just the rite one', 'just the right one', 'en-CA'),
    ('side', 'my rite foot', 'my right foot', 'en-AU'),
    ('side', 'baith', 'both', 'en-GB'),
    ('side', 'baith legs, aye', 'both legs, aye', 'en-GB'),
    ('side', 'rite side leg', 'right side leg', 'en-IN'),
]
# before (base b63f6ba): 0 of 11; after: 11 of 11


@pytest.mark.parametrize(("context", "heard", "meant", "locale"), OWN_31A_HEARD)
def test_a_word_as_the_recogniser_writes_it_reads_as_the_word_meant(context: str, heard: str,
                                                                   meant: str,
                                                                   locale: str) -> None:
    said = say_at(context, heard, locale)
    wanted = say_at(context, meant, locale)
    assert said[1:] == wanted[1:], (said, wanted)
    assert warned_first(said[0]) == warned_first(wanted[0]), said[0]
    before = dict(screening(CONTEXTS.open(locale, context)).answers)
    assert said[1] != before or said[2], said  # the word meant was read: something was taken


OWN_31A_WARNED = [
    ('duration', 'to weeks now and my legs are getting weeker every day',
     'flag:weakness_getting_worse', 'en-US'),
    ('onset', 'quick, over to days, and my legs are so week now', 'flag:new_leg_weakness',
     'en-GB'),
    ('onset', 'suddenly over to days, legs becoming weeker', 'flag:new_leg_weakness', 'en-IN'),
    ('onset', 'came on fast over to days and its moving up and my legs are week',
     'flag:ascending_weakness', 'en-CA'),
]
# before: 0 of 4; after: 4 of 4


@pytest.mark.parametrize(("context", "text", "expected", "locale"), OWN_31A_WARNED)
def test_weakness_written_as_week_still_warns(context: str, text: str, expected: str,
                                              locale: str) -> None:
    read_at(context, text, expected, locale)


CONTROLS_31A = [
    # a real "week", "to" or "write" keeps its reading
    ('duration', 'about a week', 'duration=weeks', 'en-US'),
    ('duration', 'a week or so', 'duration=weeks', 'en-GB'),
    ('duration', "it's week two now", 'duration=weeks', 'en-AU'),
    ('duration', 'two weeks, I had to write it down', 'duration=weeks', 'en-CA'),
    ('duration', 'anywhere from days to weeks', 'flag:none', 'en-IN'),
    ('side', 'the right leg', 'side=one_leg', 'en-US'),
    ('side', 'both legs', 'side=both_legs', 'en-GB'),
    # red flags said after a no still warn; denials do not flag
    ('face_arm_speech', 'no wait, yes, my face is drooping on one side', 'flag:stroke_signs',
     'en-US'),
    ('leg_weakness', 'no, but my legs are weak and giving way', 'leg_weakness=yes', 'en-GB'),
    ('onset', 'suddenly, and my legs are so weak now', 'flag:new_leg_weakness', 'en-AU'),
    ('leg_weakness', "no, they're not weak at all", 'leg_weakness=no', 'en-AU'),
    ('leg_weakness', 'no weakness', 'leg_weakness=no', 'en-CA'),
]
# before: 12 of 12; after: 12 of 12 (and the words as read below: 8 of 12 -> 12 of 12, the
# four left alone before and after)


@pytest.mark.parametrize(("context", "text", "expected", "locale"), CONTROLS_31A)
def test_real_words_keep_their_reading(context: str, text: str, expected: str,
                                       locale: str) -> None:
    if expected == 'flag:none':
        speech, _, flags = say_at(context, text, locale)
        assert not flags and not warned_first(speech), (flags, speech)
        return
    read_at(context, text, expected, locale)


@pytest.mark.parametrize(("text", "said"), [
    ('about a week', ('about', 'a', 'week')),
    ('last week', ('last', 'week')),
    ("it's week two", ('it', 'is', 'week', 'two')),
    ('week by week', ('week', 'by', 'week')),
    ('up to weeks', ('up', 'to', 'weeks')),
    ('from days to weeks', ('from', 'days', 'to', 'weeks')),
    ('going to the doctor next week', ('going', 'to', 'the', 'doctor', 'next', 'week')),
    ('i had to write it down', ('i', 'had', 'to', 'write', 'it', 'down')),
    ('to weeks', ('two', 'weeks')),
    ('my legs are week', ('my', 'legs', 'are', 'weak')),
    ('rite leg', ('right', 'leg')),
    ('baith', ('both',)),
])
def test_the_words_as_read(text: str, said: tuple[str, ...]) -> None:
    from skill.understanding.text import words

    assert words(text) == said


# -- 31b: a cause asked about the way people ask -------------------------------------------------

OWN_31B_ASKED = [
    ('causes_offered', 'what can they do for sciatica', 'TreatmentIntent',
     {'condition': 'sciatica'}, 'en-US'),
    ('causes_offered', 'what could the doctors do about spinal stenosis', 'TreatmentIntent',
     {'condition': 'spinal stenosis'}, 'en-GB'),
    ('causes_offered', 'what can you do for restless legs', 'TreatmentIntent',
     {'condition': 'restless legs'}, 'en-AU'),
    ('causes_offered', 'so what is really causing the tingling with diabetes', 'CauseInfoIntent',
     {'condition': 'diabetic neuropathy'}, 'en-CA'),
    ('causes_offered', 'why do I get tingling from diabetes', 'CauseInfoIntent',
     {'condition': 'diabetic neuropathy'}, 'en-IN'),
    ('causes_offered', 'what actually causes the numbness from diabetes', 'CauseInfoIntent',
     {'condition': 'diabetic neuropathy'}, 'en-US'),
    ('causes_offered', 'how does being low on B twelve cause tingling', 'CauseInfoIntent',
     {'condition': 'b12 deficiency'}, 'en-GB'),
    ('causes_offered', 'tell me about vitamin B-12', 'CauseInfoIntent',
     {'condition': 'b12 deficiency'}, 'en-AU'),
    ('causes_offered', 'what is meralgia paraesthetica', 'CauseInfoIntent',
     {'condition': 'meralgia paresthetica'}, 'en-GB'),
    ('causes_offered', 'what causes that meralgia thing', 'CauseInfoIntent',
     {'condition': 'meralgia paresthetica'}, 'en-IN'),
]
# before: 3 of 10; after: 10 of 10


@pytest.mark.parametrize(("context", "text", "intent", "slots", "locale"), OWN_31B_ASKED)
def test_a_cause_asked_about_gets_its_own_answer(context: str, text: str, intent: str,
                                                 slots: dict[str, str], locale: str) -> None:
    _same(context, text, intent, locale, **slots)


CONTROLS_31B = [
    ('causes_offered', 'what can I do at home', 'SelfCareIntent', {}, 'en-GB'),
    ('causes_offered', 'what causes leg tingling', 'CausesOverviewIntent', {}, 'en-US'),
    ('causes_offered', 'how is sciatica treated', 'TreatmentIntent',
     {'condition': 'sciatica'}, 'en-AU'),
    ('causes_offered', 'tell me about sciatica', 'CauseInfoIntent',
     {'condition': 'sciatica'}, 'en-CA'),
]
# before: 4 of 4; after: 4 of 4


@pytest.mark.parametrize(("context", "text", "intent", "slots", "locale"), CONTROLS_31B)
def test_plain_information_requests_keep_their_reply(context: str, text: str, intent: str,
                                                     slots: dict[str, str],
                                                     locale: str) -> None:
    _same(context, text, intent, locale, **slots)


CONTROLS_31B_SAID = [
    # diabetes said as an answer is still the answer; a sign beside a question still warns
    ('diabetes', 'yes, I have diabetes', 'diabetes=yes', 'en-US'),
    ('face_arm_speech', 'my face is drooping, what can they do for that', 'flag:stroke_signs',
     'en-GB'),
]
# before: 2 of 2; after: 2 of 2


@pytest.mark.parametrize(("context", "text", "expected", "locale"), CONTROLS_31B_SAID)
def test_an_answer_beside_a_cause_keeps_its_reading(context: str, text: str, expected: str,
                                                    locale: str) -> None:
    read_at(context, text, expected, locale)


# -- 31c: another answer meant for a question gone by --------------------------------------------

OWN_31C_BACK = [
    ('duration', 'hold on, I meant to say something else for the last question', 'en-US'),
    ('duration', 'sorry, I wanted to put something different for the previous one', 'en-GB'),
    ('fever', 'wait, I meant to say something different', 'en-AU'),
    ('duration', 'I need to give a different answer for the last question', 'en-CA'),
    ('fever', 'hang on, I meant to answer something else', 'en-IN'),
    ('duration', 'wait, something different for the last question please', 'en-GB'),
    ('fever', 'oh no, I wanted to say something else for that one', 'en-US'),
    ('duration', 'I meant to give a different answer to the last question', 'en-AU'),
    ('fever', 'sorry, I want to say something different for the last one', 'en-CA'),
    ('duration', 'actually I intended to say something else', 'en-IN'),
]
# before: 3 of 10; after: 10 of 10


@pytest.mark.parametrize(("context", "text", "locale"), OWN_31C_BACK)
def test_another_answer_meant_goes_back(context: str, text: str, locale: str) -> None:
    said = CONTEXTS.open(locale, context).say(text)
    wanted = CONTEXTS.open(locale, context).intent('GoBackIntent')
    assert _canonical_speech(wanted.speech) in _canonical_speech(said.speech), said.speech


CONTROLS_31C = [
    ('duration', 'what am I meant to say', 'AMAZON.HelpIntent', 'en-GB'),
    ('duration', 'go back', 'GoBackIntent', 'en-US'),
    ('duration', 'say that again', 'AMAZON.RepeatIntent', 'en-AU'),
    ('duration', 'skip this question', 'SkipIntent', 'en-CA'),
    ('duration', 'slow down', 'SpeakSlowerIntent', 'en-IN'),
    ('duration', 'speak faster', 'SpeakFasterIntent', 'en-US'),
    ('duration', 'normal speed please', 'NormalSpeedIntent', 'en-GB'),
    ('duration', 'why do you ask', 'WhyAskIntent', 'en-AU'),
    ('duration', 'when should I see a doctor', 'WhenToSeeDoctorIntent', 'en-CA'),
    ('duration', 'what can I do at home', 'SelfCareIntent', 'en-IN'),
    ('duration', 'what causes leg tingling', 'CausesOverviewIntent', 'en-US'),
]
# before: 11 of 11; after: 11 of 11


@pytest.mark.parametrize(("context", "text", "intent", "locale"), CONTROLS_31C)
def test_every_request_keeps_its_reply(context: str, text: str, intent: str, locale: str) -> None:
    said = CONTEXTS.open(locale, context).say(text)
    wanted = CONTEXTS.open(locale, context).intent(intent)
    assert _canonical_speech(wanted.speech) in _canonical_speech(said.speech), said.speech


# -- 31d: a reason first, its answer last after "so" ---------------------------------------------

_TAKEN_BACK = pytest.mark.xfail(strict=True, reason="31d taken back at the merge (5zzza): the "
                                "no said last read the reason as told, false alarms")

OWN_31D_SO_NO = [
    pytest.param('leg_weakness', 'only weak at the knees when I see my granddaughter, so no',
                 'en-GB', marks=_TAKEN_BACK),
    pytest.param('leg_weakness', 'I go weak at the knees for chocolate cake, so no', 'en-AU',
                 marks=_TAKEN_BACK),
    pytest.param('leg_weakness', 'my legs are fine, they hold me up all day, so no', 'en-US',
                 marks=_TAKEN_BACK),
    ('fever', 'I took my temperature this morning and it was normal, so no', 'en-CA'),
    ('leg_weakness', 'walking is the same as always, so no', 'en-IN'),
    ('fever', 'temperature has been normal, therefore no', 'en-IN'),
    pytest.param('leg_weakness', 'only weak in the knees over my wife, so no', 'en-US',
                 marks=_TAKEN_BACK),
    pytest.param('leg_weakness', 'just weak at the knees when I heard the news, so no', 'en-GB',
                 marks=_TAKEN_BACK),
    ('fever', 'I feel cool as anything, so no', 'en-AU'),
    ('leg_weakness', 'I walked five miles yesterday, so no', 'en-CA'),
]
# before: 5 of 10; with 31d: 10 of 10; after its takeback at the merge: 5 of 10 (the fever
# denial "temperature this morning and it was normal" stays, a phrase of its own)


@pytest.mark.parametrize(("context", "text", "locale"), OWN_31D_SO_NO)
def test_a_no_said_last_after_its_reason_is_a_no(context: str, text: str, locale: str) -> None:
    read_at(context, text, f'{context}=no', locale)


CONTROLS_31D = [
    ('leg_weakness', 'no wait, yes, my legs keep giving way', 'leg_weakness=yes', 'en-US'),
    ('leg_weakness', 'no, but my legs are weak', 'leg_weakness=yes', 'en-GB'),
    ('cold_pale_leg', 'no, but my leg is cold and white', 'flag:limb_ischaemia', 'en-CA'),
    pytest.param('fever', 'I took my temperature this morning and it was high, so no',
                 'flag:back_pain_with_fever', 'en-GB', marks=_TAKEN_BACK),
    ('leg_weakness', 'no', 'leg_weakness=no', 'en-AU'),
    ('leg_weakness', 'not really', 'leg_weakness=no', 'en-CA'),
    ('face_arm_speech', 'no, but my face is drooping', 'flag:stroke_signs', 'en-IN'),
    ('fever', 'no fever', 'fever=no', 'en-GB'),
    ('fever', 'not that I think so', 'fever=no', 'en-IN'),
    ('leg_weakness', "I wouldn't say so", 'leg_weakness=no', 'en-AU'),
    # found at the merge: with 31d these read the reason's words as told
    ('leg_weakness', "I've always had a weak bladder, so no", 'leg_weakness=no', 'en-GB'),
    ('leg_weakness', "my legs get tired after a long walk but that's normal for me, so no",
     'leg_weakness=no', 'en-US'),
]
# before: 9 of 10; with 31d: 10 of 10 (a high temperature said before "so no" was read as "not
# ... high", a denial, on the base); after its takeback: the base's 9, the high temperature a
# strict expected failure again, and the two controls found at the merge kept


@pytest.mark.parametrize(("context", "text", "expected", "locale"), CONTROLS_31D)
def test_a_no_and_a_red_flag_after_it_keep_their_reading(context: str, text: str,
                                                         expected: str, locale: str) -> None:
    read_at(context, text, expected, locale)


@pytest.mark.parametrize(("context", "text", "locale"), [
    ('fever', 'my face was numb at the dentist yesterday, so no', 'en-GB'),
    ('back_pain', 'my face was numb at the dentist yesterday, so no', 'en-AU'),
    ('severe_pain', "my legs get tired after a long walk but that's normal for me, so no",
     'en-CA'),
])
def test_a_sign_said_of_something_else_before_so_no_raises_no_alarm(context: str, text: str,
                                                                     locale: str) -> None:
    """The merge's false alarms of 31d: a reason that tells of a dentist's numbing or of an
    ordinary tiredness, then "so no", warns of nothing."""
    speech, _answers, flags = say_at(context, text, locale)
    assert not flags and not warned_first(speech), (flags, speech)


OWN_31B_UNKNOWN = [
    ('causes_offered', 'what can they do for fibromyalgia', 'en-US'),
    ('causes_offered', 'what could the doctors do about plantar fasciitis', 'en-GB'),
    ('causes_offered', 'what would you do for chilblains', 'en-AU'),
]
# before: 1 of 3 (two got the diabetic foot care, another cause's advice); after: 3 of 3


@pytest.mark.parametrize(("context", "text", "locale"), OWN_31B_UNKNOWN)
def test_a_cause_not_known_is_said_plainly(context: str, text: str, locale: str) -> None:
    speech, _, flags = say_at(context, text, locale)
    assert "don't have information on that" in speech and not flags, speech
    assert "Check your feet" not in speech, speech

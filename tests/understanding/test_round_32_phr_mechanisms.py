"""Round 32 (phr32): batch 35's tuning half's misses among control requests and sides, taken as
mechanisms and said in words of our own to the offline simulator at a real point of a
screening, across the five locales, with controls beside each rule (docs/clinical-safety.md
5zzzf). No held-back material was read.

32o. A control request said with chatter around it: a pause asked for with what calls the
person away ("hold on, the doorbell's going"), a stop said after having had "enough of" the
check, a cancel after a retraction ("scratch that, cancel it"), help asked with "how" (which
the carrier takes, so the words arrive as "what do I answer"). A red flag said with a request
is still warned first; "stop" inside a sign and "cancel" of an appointment are no request.
32p. A skip said with not knowing as its reason ("skip that one, I don't know"): the skip where
the question may be skipped; at a safety question, which is never skipped, the "not sure" is
the answer (its own level applies, rule 3), as "not sure" alone is.
32q. "Again" said of another request ("say the causes one more time", "the self-care tips once
more"): that request, asked again, as "say the causes again" already was; a repeat said of
what was said ("say that one more time") stays the repeat.
32r. The speaker's side said with another person's side in the same breath ("mine's just the
left, my husband's is the right"): the other person's leg is no second side of the speaker's;
both sides said of one owner, or a sign said of the other side, stay both legs (rule 3).
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import _canonical_speech, flags_raised, screening, warned_first
from tests.understanding.test_words_in_context import CONTEXTS, not_flagged_at, read_at


def _replied_as(context: str, text: str, intent: str, locale: str) -> None:
    """`text` said at `context` gets (within its reply) the reply `intent` gets there."""
    said = CONTEXTS.open(locale, context).say(text)
    wanted = CONTEXTS.open(locale, context).intent(intent)
    assert _canonical_speech(wanted.speech) in _canonical_speech(said.speech), said.speech


def _same(context: str, text: str, intent: str, locale: str) -> None:
    """`text` said at `context` gets the reply `intent` gets there, and leaves the same
    screening (nothing recorded beside it, no flag)."""
    sim = CONTEXTS.open(locale, context)
    said = sim.say(text)
    other = CONTEXTS.open(locale, context)
    wanted = other.intent(intent)
    state, wanted_state = screening(sim), screening(other)
    assert _canonical_speech(wanted.speech) in _canonical_speech(said.speech), said.speech
    assert wanted.session_ended == said.session_ended, said.speech
    assert (state.history, state.current) == (wanted_state.history, wanted_state.current), (
        state.history, said.speech)
    assert not flags_raised(state) and not warned_first(said.speech), said.speech


# -- 32o: a control request said with chatter around it ------------------------------------------

OWN_32O_CHATTER = [
    # a moment asked for, with what calls the person away
    ('onset', "hold on a sec, the doorbell's going", 'AMAZON.PauseIntent', 'en-GB'),
    ('side', 'wait a minute, my phone is ringing', 'AMAZON.PauseIntent', 'en-US'),
    ('duration', "hang on, there's somebody at the door", 'AMAZON.PauseIntent', 'en-AU'),
    ('kidney', "just a moment, the kettle's boiling", 'AMAZON.PauseIntent', 'en-GB'),
    ('onset', 'hold on, the courier is at the door', 'AMAZON.PauseIntent', 'en-IN'),
    ('thyroid', 'one sec, the phone just rang', 'AMAZON.PauseIntent', 'en-CA'),
    # a stop said after having had enough of the check
    ('kidney', "I've had enough of these questions, stop", 'AMAZON.StopIntent', 'en-GB'),
    ('duration', "had enough of all this now, stop it", 'AMAZON.StopIntent', 'en-AU'),
    ('b12_risk', "I've had enough of it, goodbye", 'AMAZON.StopIntent', 'en-CA'),
    # a cancel after taking back what was said
    ('side', 'scratch that, cancel everything', 'AMAZON.CancelIntent', 'en-US'),
    ('onset', 'scrap it, just cancel', 'AMAZON.CancelIntent', 'en-GB'),
    ('duration', 'drop it, cancel the whole thing', 'AMAZON.CancelIntent', 'en-AU'),
    # help asked with "how", which the carrier takes ("what do I answer")
    ('thyroid', 'how should I answer that question', 'AMAZON.HelpIntent', 'en-IN'),
    ('alcohol', 'how do I reply to this', 'AMAZON.HelpIntent', 'en-GB'),
    ('side', 'how do I answer this one', 'AMAZON.HelpIntent', 'en-AU'),
    ('kidney', 'how am I meant to answer this thing', 'AMAZON.HelpIntent', 'en-US'),
]
# before (base f484674): 3 of 16; after: 16 of 16. Controls: 19 of 19 before and after


@pytest.mark.parametrize(("context", "text", "intent", "locale"), OWN_32O_CHATTER)
def test_a_control_request_with_chatter_gets_its_reply(context: str, text: str, intent: str,
                                                       locale: str) -> None:
    _same(context, text, intent, locale)


CONTROLS_32O_REQUESTS = [
    ('onset', 'hang on a minute', 'AMAZON.PauseIntent', 'en-GB'),
    ('kidney', 'stop', 'AMAZON.StopIntent', 'en-US'),
    ('side', 'cancel', 'AMAZON.CancelIntent', 'en-AU'),
    ('duration', 'help', 'AMAZON.HelpIntent', 'en-CA'),
    ('thyroid', 'what should I say', 'AMAZON.HelpIntent', 'en-IN'),
    ('b12_risk', 'skip', 'SkipIntent', 'en-GB'),
    ('alcohol', 'say that again', 'AMAZON.RepeatIntent', 'en-US'),
    ('kidney', "that's enough for today", 'AMAZON.StopIntent', 'en-AU'),
]


@pytest.mark.parametrize(("context", "text", "intent", "locale"), CONTROLS_32O_REQUESTS)
def test_every_request_keeps_its_reply(context: str, text: str, intent: str, locale: str) -> None:
    _same(context, text, intent, locale)


CONTROLS_32O_NOT_REQUESTS = [
    # "stop" inside a sign, "cancel" of an appointment, a moment to find the answer: no request
    ('duration', "the tingling just won't stop, it's been weeks", 'en-GB'),
    ('duration', 'it never stops, months now', 'en-US'),
    ('kidney', 'no, I had to cancel my kidney appointment though', 'en-AU'),
    ('alcohol', 'hang on, let me think, no', 'en-CA'),
    ('onset', 'hold on, I think it came on slowly', 'en-IN'),
]


@pytest.mark.parametrize(("context", "text", "locale"), CONTROLS_32O_NOT_REQUESTS)
def test_a_request_word_inside_an_answer_ends_nothing(context: str, text: str,
                                                      locale: str) -> None:
    sim = CONTEXTS.open(locale, context)
    said = sim.say(text)
    assert not said.session_ended, said.speech
    assert "paused" not in said.speech.lower(), said.speech
    state = screening(sim)
    assert not flags_raised(state) and not warned_first(said.speech), said.speech
    assert state.history != screening(CONTEXTS.open(locale, context)).history, said.speech


CONTROLS_32O_RED_FLAGS = [
    # a sign said with a request beside it is heard and recorded, the session goes on, and a
    # red flag it raises is warned first (rule 1); one whose flag depends on when it began has
    # that asked first
    ('onset', "hold on, my face has dropped on one side", 'face_arm_speech', 'en-GB'),
    ('kidney', "stop, I can't control my bladder", 'bladder_bowel', 'en-US'),
    ('side', "hang on a tick, my leg has gone cold and white", 'cold_pale_leg', 'en-AU'),
    ('duration', "I've had enough, my legs keep giving way, stop", 'leg_weakness', 'en-CA'),
    ('thyroid', "wait a minute, the doorbell, but my face is drooping", 'face_arm_speech',
     'en-IN'),
    ('b12_risk', "hold on, the phone, my face has gone numb", 'face_arm_speech', 'en-GB'),
]


@pytest.mark.parametrize(("context", "text", "finding", "locale"), CONTROLS_32O_RED_FLAGS)
def test_a_red_flag_beside_a_request_is_heard_first(context: str, text: str, finding: str,
                                                    locale: str) -> None:
    sim = CONTEXTS.open(locale, context)
    said = sim.say(text)
    state = screening(sim)
    assert not said.session_ended, said.speech
    assert state.answers.get(finding) in ('yes', 'unsure'), (state.answers, said.speech)
    if flags_raised(state):
        assert warned_first(said.speech), said.speech
    else:
        assert 'in the last few days' in said.speech, said.speech


# -- 32p: a skip said with not knowing as its reason ----------------------------------------------

OWN_32P_SKIP = [
    ('b12_risk', "skip that one, I've no idea", 'en-GB'),
    ('thyroid', "I don't know, skip that one", 'en-US'),
    ('alcohol', "skip this one, I'm not sure", 'en-AU'),
    ('kidney', "not sure, can we skip it", 'en-CA'),
    ('b12_risk', "no idea, skip it please", 'en-IN'),
    ('thyroid', "skip it, I really don't know", 'en-GB'),
    ('kidney', "skip, I've no clue", 'en-AU'),
    ('alcohol', "dunno, skip this one", 'en-US'),
    ('b12_risk', "I'm not too sure, let's skip that", 'en-CA'),
    ('thyroid', "skip that question, I can't remember", 'en-IN'),
]
# before (base f484674): 0 of 10; after: 10 of 10. Controls: 6 of 6 before and after


@pytest.mark.parametrize(("context", "text", "locale"), OWN_32P_SKIP)
def test_a_skip_with_not_knowing_as_its_reason_skips(context: str, text: str,
                                                     locale: str) -> None:
    _same(context, text, 'SkipIntent', locale)
    assert screening(CONTEXTS.open(locale, context)).current == context


SAFETY_32P = [
    # a safety question is never skipped: the not knowing said with the skip is the answer
    ('cauda_equina_signs', "skip that, I don't know", 'en-GB'),
    ('circulation_signs', "I'm not sure, skip it", 'en-US'),
    ('cauda_equina_signs', 'no idea, skip this one', 'en-AU'),
]


@pytest.mark.parametrize(("context", "text", "locale"), SAFETY_32P)
def test_a_skip_with_not_knowing_at_a_safety_question_is_not_sure(context: str, text: str,
                                                                  locale: str) -> None:
    sim = CONTEXTS.open(locale, context)
    said = sim.say(text)
    other = CONTEXTS.open(locale, context)
    wanted = other.intent('NotSureIntent')
    assert screening(sim).answers.get(context) == 'unsure', said.speech
    assert _canonical_speech(wanted.speech) == _canonical_speech(said.speech), said.speech


CONTROLS_32P = [
    # "not sure" alone, and skip alone, keep their replies
    ('b12_risk', "I'm not sure", 'NotSureIntent', 'en-GB'),
    ('thyroid', 'skip this one', 'SkipIntent', 'en-US'),
    ('cauda_equina_signs', 'skip', 'SkipIntent', 'en-AU'),
]


@pytest.mark.parametrize(("context", "text", "intent", "locale"), CONTROLS_32P)
def test_a_skip_or_not_sure_alone_keeps_its_reply(context: str, text: str, intent: str,
                                                  locale: str) -> None:
    _replied_as(context, text, intent, locale)


# -- 32q: "again" said of another request: that request, asked again ---------------------------

OWN_32Q_AGAIN = [
    ('causes_offered', 'can you tell me the causes once more', 'CausesOverviewIntent', 'en-GB'),
    ('causes_offered', 'could you go over the causes one more time', 'CausesOverviewIntent',
     'en-AU'),
    ('causes_offered', 'what causes it, once more please', 'CausesOverviewIntent', 'en-IN'),
    ('causes_offered', 'the self-care tips one more time please', 'SelfCareIntent', 'en-US'),
    ('causes_offered', 'can you give me the self-care tips once more', 'SelfCareIntent',
     'en-CA'),
    ('causes_offered', 'when should I see a doctor, one more time', 'WhenToSeeDoctorIntent',
     'en-GB'),
    ('causes_offered', 'tell me when to see a doctor once more', 'WhenToSeeDoctorIntent',
     'en-AU'),
    ('causes_offered', 'what can I do at home, one more time', 'SelfCareIntent', 'en-IN'),
    ('causes_offered', 'could you read the causes one more time', 'CausesOverviewIntent',
     'en-US'),
    ('causes_offered', 'go through the causes once more please', 'CausesOverviewIntent',
     'en-CA'),
]
# before (base f484674): 5 of 10; after: 10 of 10. Controls: 6 of 6 before and after


@pytest.mark.parametrize(("context", "text", "intent", "locale"), OWN_32Q_AGAIN)
def test_again_said_of_another_request_asks_that_one(context: str, text: str, intent: str,
                                                     locale: str) -> None:
    _replied_as(context, text, intent, locale)


CONTROLS_32Q = [
    # a repeat of what was said, said so, is the repeat; "again" beside a pace is that pace
    ('causes_offered', 'say that one more time', 'AMAZON.RepeatIntent', 'en-US'),
    ('causes_offered', 'one more time please', 'AMAZON.RepeatIntent', 'en-GB'),
    ('causes_offered', 'can you say the causes again', 'CausesOverviewIntent', 'en-AU'),
    ('kidney', 'again please', 'AMAZON.RepeatIntent', 'en-IN'),
    ('kidney', 'say it again slower please', 'SpeakSlowerIntent', 'en-CA'),
    ('causes_offered', 'what causes leg tingling', 'CausesOverviewIntent', 'en-GB'),
]


@pytest.mark.parametrize(("context", "text", "intent", "locale"), CONTROLS_32Q)
def test_a_repeat_said_of_what_was_said_stays_the_repeat(context: str, text: str, intent: str,
                                                         locale: str) -> None:
    _replied_as(context, text, intent, locale)


# -- 32r: the speaker's side said with another person's side ------------------------------------

OWN_32R_WHOSE = [
    ("mine's only the left one, my wife's is the right", 'en-GB'),
    ('mine is just the right, my dad has it in his left', 'en-US'),
    ("just my left leg, my husband's is his right", 'en-AU'),
    ('my right leg only, my mum gets it in her left', 'en-CA'),
    ("mine's the left, my brother's is the right one but he's not here", 'en-IN'),
    ('only my left, my partner has it in the right', 'en-GB'),
    ("the right one, my sister's is the left", 'en-US'),
    ('mine is the left leg, his is the right', 'en-AU'),
    ('my left one, and my son has the same thing in his right', 'en-CA'),
    ("it's my right, my friend's is the left", 'en-IN'),
]
# before (base f484674): 0 of 10; after: 10 of 10. Controls: 5 of 7 before, 7 of 7 after


@pytest.mark.parametrize(("text", "locale"), OWN_32R_WHOSE)
def test_the_speakers_own_side_wins_over_anothers(text: str, locale: str) -> None:
    read_at('side', text, 'side=one_leg', locale)


CONTROLS_32R = [
    # both sides of one owner, or another's side said with a sign, stay both legs (rule 3)
    ('my left and my right', 'both_legs', 'en-GB'),
    ('the left and the right', 'both_legs', 'en-US'),
    ('his left leg and his right foot', 'both_legs', 'en-AU'),
    ('just the left, my wife says the right is weak too', 'both_legs', 'en-CA'),
    ('my left, and my husband noticed the right is dragging', 'both_legs', 'en-GB'),
    ('mine is the left one', 'one_leg', 'en-IN'),
    ("mine's both", 'both_legs', 'en-GB'),
]


@pytest.mark.parametrize(("text", "side", "locale"), CONTROLS_32R)
def test_both_sides_of_one_owner_stay_both(text: str, side: str, locale: str) -> None:
    sim = CONTEXTS.open(locale, 'side')
    said = sim.say(text)
    assert screening(sim).answers.get('side') == side, said.speech


def test_a_denial_beside_a_request_raises_nothing() -> None:
    not_flagged_at('cauda_equina_signs', 'no, none of that, carry on', 'en-GB')

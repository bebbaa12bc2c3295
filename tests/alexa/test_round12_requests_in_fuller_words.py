"""Round 12 (control12): requests said in fuller, indirect everyday words, by class, through the
skill as Alexa sends it (request envelopes through the offline simulator, at a real point of a
screening). Wordings of our own in the five locales, written before the code changed.

- Control requests (repeat, slower, faster, stop, pause, start over, go back, help) recognised by
  their verb and frame wherever they sit in the sentence, with politeness, fillers and reasons
  around them ("could you say that again a bit slower for me", "hang on, stop a second"); the
  words of a request are the request's, never a finding ("start the whole thing again" is no
  whole leg gone numb). Each gets the same reply and leaves the same screening as its intent.
- Information requests in other verbs ("how do doctors sort out sciatica", "is this something
  serious"): the same answer as the intent.
- Sides and fragments: "my good leg", "right leg and foot", a bare "weeks".
- Must-warn controls: a red flag said inside a control request still warns first, and a request
  with an answer beside it keeps the answer.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from skill.alexa.dialog import NORMAL_RATE as NORMAL
from skill.alexa.dialog import RATES
from tests.phrasings.runner import (
    Contexts,
    _answer_timing,
    flags_raised,
    screening,
    warned_first,
)

CONTEXTS = Contexts()
FASTEST = len(RATES) - 1


def _canonical(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^(okay|ok|got it|right|sure|all right)[.,!]\s*", "", text, flags=re.I)


def same_as(context: str, text: str, intent: str, locale: str,
            slots: dict[str, Any] | None = None) -> None:
    """`text` said at `context` gets the reply `intent` gets there, and leaves the same screening
    (and the same end of session)."""
    said = CONTEXTS.open(locale, context)
    reply = said.say(text)
    wanted_sim = CONTEXTS.open(locale, context)
    wanted = wanted_sim.intent(intent, slots or {})
    got, want = screening(said), screening(wanted_sim)
    assert _canonical(wanted.speech) in _canonical(reply.speech), (reply.speech, wanted.speech)
    assert (got.history, got.current, got.finished) == (want.history, want.current,
                                                        want.finished), got.history
    assert reply.session_ended == wanted.session_ended


REPEAT = [
    ("en-US", "side", "sorry, could you ask me that one more time"),
    ("en-US", "fever", "excuse me, could you repeat that"),
    ("en-GB", "duration", "sorry love, I didn't quite hear the question"),
    ("en-GB", "onset", "pardon me, what was it you asked"),
    ("en-CA", "side", "what was that question again, sorry"),
    ("en-CA", "back_pain", "I missed the question, can you ask it again"),
    ("en-AU", "duration", "say again mate, I missed that"),
    ("en-AU", "onset", "come again? didn't hear you properly"),
    ("en-IN", "side", "kindly repeat the question once more"),
    ("en-IN", "back_pain", "please ask the question again, I did not hear it"),
]

SLOWER = [
    ("en-US", "side", "could you say that again a bit slower for me"),
    ("en-US", "duration", "you're talking kind of fast, can you slow it down"),
    ("en-GB", "onset", "you're going a bit quick for me, slow down please"),
    ("en-CA", "back_pain", "can you talk more slowly please"),
    ("en-AU", "duration", "slow it down a bit would you"),
    ("en-IN", "side", "please speak slowly, I am not able to follow"),
    ("en-GB", "fever", "would you mind speaking a little more slowly"),
]

FASTER = [
    ("en-US", "side", "you can talk a little quicker, I'm following fine"),
    ("en-GB", "duration", "could you speed it up a touch"),
    ("en-CA", "back_pain", "you're talking really slowly, you can go faster"),
    ("en-AU", "fever", "righto, a bit quicker please"),
    ("en-IN", "side", "please speak little faster"),
]

STOP = [
    ("en-US", "side", "I'd like to quit now, thanks"),
    ("en-GB", "duration", "that'll be all for now, I'm going to stop"),
    ("en-CA", "back_pain", "I'm done for today, let's stop here"),
    ("en-AU", "fever", "that's me done, mate, I'll leave it there"),
    ("en-IN", "side", "I want to end this now, thank you"),
    ("en-US", "duration", "I don't want to do this any more"),
]

PAUSE = [
    ("en-GB", "side", "hang on, stop a second"),
    ("en-US", "duration", "hold on, wait a minute"),
    ("en-AU", "back_pain", "hang on a tick, mate"),
    ("en-CA", "fever", "just a second please, hold on"),
    ("en-IN", "side", "one sec please, wait"),
]

START_OVER = [
    ("en-US", "side", "let's start the whole thing again from the top"),
    ("en-GB", "duration", "can we begin the whole lot again from the start"),
    ("en-CA", "back_pain", "I want to do the whole check over from the beginning"),
    ("en-AU", "fever", "start over from scratch please"),
    ("en-IN", "side", "kindly start from the beginning again"),
    ("en-GB", "fever", "could we go right back to the beginning and start again"),
]

GO_BACK = [
    ("en-US", "duration", "wait, can we go back to the last question"),
    ("en-GB", "back_pain", "sorry, I answered the last one wrong, can I go back"),
    ("en-CA", "duration", "oops, take me back a question"),
    ("en-AU", "back_pain", "hang on, go back one, I stuffed that up"),
    ("en-IN", "duration", "please go to the previous question"),
]

HELP = [
    ("en-US", "side", "I'm not sure what you're asking me"),
    ("en-GB", "duration", "I don't follow, what am I supposed to answer"),
    ("en-CA", "back_pain", "what kind of answer do you want"),
    ("en-AU", "fever", "sorry, what do you want me to say to that"),
    ("en-IN", "side", "I am not understanding the question"),
]


@pytest.mark.parametrize(("locale", "context", "text"), REPEAT)
def test_say_it_again_in_fuller_words_is_repeat(locale: str, context: str, text: str) -> None:
    same_as(context, text, "AMAZON.RepeatIntent", locale)


@pytest.mark.parametrize(("locale", "context", "text"), SLOWER)
def test_slower_in_fuller_words_is_slower(locale: str, context: str, text: str) -> None:
    """Slower speech asked for with "say it again" is slower: the question comes again at the
    slower pace, which is the repeat too."""
    same_as(context, text, "SpeakSlowerIntent", locale)


@pytest.mark.parametrize(("locale", "context", "text"), FASTER)
def test_faster_in_fuller_words_is_faster(locale: str, context: str, text: str) -> None:
    same_as(context, text, "SpeakFasterIntent", locale)


@pytest.mark.parametrize(("locale", "context", "text"), STOP)
def test_stopping_in_fuller_words_is_stop(locale: str, context: str, text: str) -> None:
    same_as(context, text, "AMAZON.StopIntent", locale)


@pytest.mark.parametrize(("locale", "context", "text"), PAUSE)
def test_a_moment_asked_for_in_fuller_words_is_pause(locale: str, context: str,
                                                      text: str) -> None:
    same_as(context, text, "AMAZON.PauseIntent", locale)


@pytest.mark.parametrize(("locale", "context", "text"), START_OVER)
def test_starting_again_in_fuller_words_is_start_over(locale: str, context: str,
                                                      text: str) -> None:
    """"The whole thing", "the whole lot", "the whole check" are what is started again, never a
    whole leg gone numb."""
    same_as(context, text, "AMAZON.StartOverIntent", locale)


@pytest.mark.parametrize(("locale", "context", "text"), GO_BACK)
def test_going_back_in_fuller_words_is_go_back(locale: str, context: str, text: str) -> None:
    same_as(context, text, "GoBackIntent", locale)


@pytest.mark.parametrize(("locale", "context", "text"), HELP)
def test_not_following_the_question_is_help(locale: str, context: str, text: str) -> None:
    """Not knowing what is asked is no "not sure" answer to it: the help, and the question again."""
    same_as(context, text, "AMAZON.HelpIntent", locale)


INFORMATION = [
    ("en-US", "how do doctors usually treat sciatica", "TreatmentIntent",
     {"condition": "sciatica"}),
    ("en-GB", "how would they sort out sciatica then", "TreatmentIntent",
     {"condition": "sciatica"}),
    ("en-CA", "what's the cure for B12 deficiency", "TreatmentIntent",
     {"condition": "b12_deficiency"}),
    ("en-AU", "how do you get rid of restless legs", "TreatmentIntent",
     {"condition": "restless_legs"}),
    ("en-IN", "what is the treatment for spinal stenosis", "TreatmentIntent",
     {"condition": "spinal_stenosis"}),
    ("en-US", "what actually causes numbness in your legs", "CausesOverviewIntent", {}),
    ("en-GB", "is this something serious", "WhenToSeeDoctorIntent", {}),
]


@pytest.mark.parametrize(("locale", "text", "intent", "slots"), INFORMATION)
def test_information_asked_in_other_verbs_gets_its_answer(locale: str, text: str, intent: str,
                                                         slots: dict[str, str]) -> None:
    same_as("causes_offered", text, intent, locale, slots)


SIDES = [
    ("en-US", "my good leg", "one_leg"),
    ("en-GB", "it's my bad leg, the one I had the op on", "one_leg"),
    ("en-CA", "right leg and foot", "one_leg"),
    ("en-AU", "both, but mostly the right", "both_legs"),
    ("en-IN", "the left one only", "one_leg"),
    # which leg, said after what it is not: a "not" denies the side it stands before only
    ("en-US", "the one I don't drive with, the left", "one_leg"),
    ("en-GB", "not the left, the right one", "one_leg"),
    ("en-CA", "it's not in both, just the one", "one_leg"),
    ("en-AU", "the leg that doesn't hurt, the right", "one_leg"),
    ("en-IN", "the leg I am not standing on, left one", "one_leg"),
]


@pytest.mark.parametrize(("locale", "text", "side"), SIDES)
def test_sides_said_as_which_leg_it_is(locale: str, text: str, side: str) -> None:
    sim = CONTEXTS.open(locale, "side")
    sim.say(text)
    assert screening(sim).answers.get("side") == side


@pytest.mark.parametrize(("locale", "text", "side", "faster"), [
    ("en-US", "the left one, and could you go a bit slower", "one_leg", False),
    ("en-GB", "both, and slow down a little please", "both_legs", False),
    ("en-CA", "just the right, you can speed up a bit", "one_leg", True),
    ("en-AU", "both of them mate, bit slower please", "both_legs", False),
    ("en-IN", "left leg only, please speak slowly", "one_leg", False),
])
def test_an_answer_with_a_pace_asked_for_keeps_both(locale: str, text: str, side: str,
                                                    faster: bool) -> None:
    """The answer in the same words is kept, and the pace asked for is taken too."""
    before = CONTEXTS.open(locale, "side").session_attributes["dialog"].get("rate", NORMAL)
    sim = CONTEXTS.open(locale, "side")
    reply = sim.say(text)
    assert screening(sim).answers.get("side") == side
    rate = sim.session_attributes["dialog"].get("rate", NORMAL)
    # the rate a speaker last chose is kept for them, so the pace before may already be an end
    assert (rate > before or rate == FASTEST) if faster else (rate < before or rate == 0), (
        before, rate, reply.speech)


@pytest.mark.parametrize(("locale", "context", "text"), [
    ("en-US", "side", "could you say that again, my leg has gone cold and white"),
    ("en-GB", "duration", "sorry, can you repeat that, I can't feel my bum at all"),
    ("en-CA", "back_pain", "hold on, my face has dropped on one side, say that again"),
    ("en-AU", "fever", "start again from the top mate, I've wet myself and can't feel it"),
    ("en-IN", "side", "please speak slowly, suddenly I cannot move my legs"),
    ("en-GB", "onset", "I want to stop now, my whole leg has suddenly gone dead"),
])
def test_a_red_flag_said_inside_a_control_request_still_warns(locale: str, context: str,
                                                              text: str) -> None:
    """Must-warn (rule 1): the request never swallows the sign said with it. A sign that is an
    emergency only when new is timed first ("Did that start in the last few days?", the
    screening here having come on slowly): answered as new, it is warned."""
    sim = CONTEXTS.open(locale, context)
    reply = sim.say(text)
    assert not reply.session_ended
    replies = [reply] if warned_first(reply.speech) else [reply, *_answer_timing(sim)]
    flags = flags_raised(screening(sim))
    assert flags and any(warned_first(r.speech) for r in replies), (flags, reply.speech)


@pytest.mark.parametrize(("locale", "context", "text"), [
    ("en-US", "side", "hold on, let me check"),
    ("en-GB", "duration", "hang on, I need to think about that"),
    ("en-CA", "back_pain", "wait a second, let me try to remember"),
    ("en-AU", "fever", "hang on a tick, I'll have a look"),
    ("en-IN", "side", "one moment, let me see"),
])
def test_a_moment_to_find_the_answer_never_ends_the_session(locale: str, context: str,
                                                            text: str) -> None:
    """"Stop" never loses state without the person meaning to end: a moment asked for while
    finding the answer keeps the session open, the screening as it was, and asks again."""
    sim = CONTEXTS.open(locale, context)
    before = screening(sim)
    reply = sim.say(text)
    after = screening(sim)
    assert not reply.session_ended, reply.speech
    assert (after.history, after.current) == (before.history, before.current), reply.speech
    assert reply.speech.rstrip().endswith("?"), reply.speech

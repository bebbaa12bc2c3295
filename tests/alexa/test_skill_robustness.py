"""Bad input gets a clear spoken answer, never a crash, never lost state; logs hold no answers."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import pytest

from alexa_simulator import Simulator
from alexa_simulator.ssml import to_text as to_plain
from skill.screening.state import SCHEMA_VERSION
from tests.alexa.conftest import Handler


def speech_of(response: dict[str, Any]) -> str:
    return to_plain(response["response"]["outputSpeech"]["ssml"])


@pytest.mark.parametrize(
    "event",
    [None, [], "launch", {}, {"request": "x"}, {"version": "1.0", "request": {}},
     {"version": "1.0", "request": {"type": "IntentRequest", "intent": 7}},
     {"version": "1.0", "context": 5, "request": {"type": "LaunchRequest"}}],
)
def test_a_request_that_cannot_be_read_gets_a_spoken_answer_not_a_crash(
    handler: Handler, event: Any
) -> None:
    response = handler(event, None)
    assert "something went wrong" in speech_of(response)


@pytest.mark.parametrize(
    "attributes",
    [{"screening": "not a state"}, {"screening": {"version": 99, "history": [[1, 2]]}},
     {"screening": {"version": 2, "history": "onset=gradual bladder_bowel=purple onset"}},
     {"screening": {"version": 2, "history": {"onset": "gradual"}, "misses": -1}},
     {"screening": {"version": 1, "current": ["x"], "history": [["bladder_bowel", "purple",
                                                                 False]]}},
     {"dialog": ["junk"], "prefs": {"rate": "fast"}}, {"screening": None, "dialog": None}],
)
def test_corrupted_session_attributes_are_repaired_and_the_conversation_goes_on(
    handler: Handler, intent_event: Callable[..., dict[str, Any]], attributes: dict[str, Any]
) -> None:
    response = handler(intent_event("AMAZON.HelpIntent", attributes), None)
    assert response["response"]["shouldEndSession"] is False
    assert speech_of(response).endswith("?")
    assert response["sessionAttributes"]["screening"]["version"] == SCHEMA_VERSION


def test_a_recorded_red_flag_survives_a_tampered_session(
    handler: Handler, intent_event: Callable[..., dict[str, Any]]
) -> None:
    attributes = {"screening": {"version": 2, "history": "lost", "current": "bladder_bowel",
                                "red_flags": ["limb_ischaemia", "made_up"], "finished": "?"}}
    response = handler(intent_event("AMAZON.RepeatIntent", attributes), None)
    assert speech_of(response).startswith(("Remember: call 9 1 1 now.",
                                           "Warning. A leg that suddenly turns cold"))
    assert response["sessionAttributes"]["screening"]["red_flags"] == ["limb_ischaemia"]


def test_an_unknown_intent_re_asks_the_question_instead_of_ending(
    handler: Handler, intent_event: Callable[..., dict[str, Any]]
) -> None:
    attributes = {"screening": {"version": 2, "history": "onset=gradual",
                                "current": "bladder_bowel"}}
    response = handler(intent_event("SomethingNewIntent", attributes), None)
    assert response["response"]["shouldEndSession"] is False
    assert speech_of(response).endswith("in a way that's not normal for you?")


def test_session_ended_by_alexa_is_answered_without_speech(sim: Simulator) -> None:
    sim.say("open leg check")
    reply = sim.end_session("EXCEEDED_MAX_REPROMPTS")
    assert reply is None or reply.ssml is None


def test_logs_never_contain_answers_or_slot_values(
    sim: Simulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    sim.say("open leg check")
    sim.say("slowly")
    sim.say("i can't control my bladder")
    sim.intent("CauseInfoIntent", condition="dragon pox")
    sim.intent("DurationAnswerIntent", duration="P2W")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    # Answers are logged by their kind: a sequence of intent names would read them back.
    assert logged.count("request IntentRequest intent=answer") == 3
    assert "intent=CauseInfoIntent" in logged
    for secret in ("bladder", "gradual", "dragon", "P2W", "cauda", "emergency",
                   "amzn1.ask.account", "VolunteerSymptom", "DurationAnswer", "Onset",
                   "AMAZON.Yes", "AMAZON.No", "NotSure"):
        assert secret not in logged, secret


@pytest.mark.parametrize("locale", ["en-US\nINFO forged line", "x" * 60_000, "en-\u2028US\x1b[2J"])
def test_request_fields_are_logged_on_one_short_line(
    handler: Handler, intent_event: Callable[..., dict[str, Any]],
    caplog: pytest.LogCaptureFixture, locale: str
) -> None:
    caplog.set_level(logging.DEBUG)
    junk = " ".join(f"bogus{i}=yes" for i in range(20_000))  # 240 KB of invalid history
    attributes = {"screening": {"version": 2, "history": junk, "red_flags": ["x"] * 5000}}
    response = handler(intent_event("AMAZON.HelpIntent\n forged", attributes, locale=locale),
                       None)
    assert response["response"]["outputSpeech"]["ssml"]
    for record in caplog.records:
        line = record.getMessage()
        assert "\n" not in line and "\x1b" not in line and "\u2028" not in line, line
        assert len(line) <= 300, line[:300]


def test_the_assessment_attribute_has_the_documented_shape(sim: Simulator) -> None:
    sim.say("open leg check")
    reply = sim.intent("VolunteerSymptomIntent", symptom="saddle_numbness")
    assessment = reply.session_attributes["assessment"]
    assert set(assessment) == {"triage", "causes", "red_flags"}
    assert assessment["triage"] == "emergency"
    assert assessment["red_flags"] == ["cauda_equina_saddle"]
    assert assessment["causes"][0] == "cauda_equina_syndrome"
    json.dumps(assessment)


def test_a_failing_handler_still_speaks_and_keeps_the_answers(
    monkeypatch: pytest.MonkeyPatch, handler: Handler
) -> None:
    from skill.alexa.conversation import Conversation

    sim = Simulator(locale="en-US", handler=handler)
    sim.say("open leg check")
    sim.say("slowly")

    def broken(self: Conversation) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(Conversation, "help", broken)
    reply = sim.say("help")
    assert reply.speech.startswith("Sorry, something went wrong on my side.")
    assert reply.speech.endswith("Is it in one leg, or both?")
    assert reply.session_attributes["screening"]["history"] == "onset=gradual"
    assert not reply.session_ended


def test_a_request_for_another_skill_is_refused_when_a_skill_id_is_set(
    intent_event: Callable[..., dict[str, Any]],
) -> None:
    from skill.config import Settings
    from tests.alexa.conftest import make_handler

    guarded = make_handler(Settings(store="none", skill_id="amzn1.ask.skill.ours"))
    response = guarded(intent_event("AMAZON.HelpIntent"), None)
    assert "something went wrong" in speech_of(response)
    assert "sessionAttributes" not in response


def test_open_replies_end_in_a_question_with_a_different_reprompt_at_dead_ends(
    sim: Simulator,
) -> None:
    sim.say("open leg check")
    sim.say("slowly")
    sim.intent("CauseInfoIntent", condition="sciatica")
    declined = sim.say("no")  # no to hearing the treatment, mid-screening
    assert declined.speech.endswith("?") and declined.reprompt != declined.speech
    sim.intent("VolunteerSymptomIntent", symptom="saddle_numbness")  # an emergency: result
    sim.say("more")
    nothing_more = sim.say("more")
    assert "That's everything." in nothing_more.speech
    assert nothing_more.speech.endswith("?") and nothing_more.reprompt != nothing_more.speech


def test_a_red_flag_survives_when_the_rest_of_the_session_is_unreadable(
    handler: Handler, intent_event: Callable[..., dict[str, Any]]
) -> None:
    attributes = {"dialog": {"offer": [], "topic": {}},
                  "screening": {"version": 2, "red_flags": ["stroke_signs"]}}
    response = handler(intent_event("AMAZON.CancelIntent", attributes), None)
    assert speech_of(response).startswith("Remember: Numbness with a numb or drooping face")


def test_a_request_with_an_unusual_timestamp_still_gets_its_answer(sim: Simulator,
                                                                   handler: Handler) -> None:
    envelope = sim.launch().request
    envelope["request"]["timestamp"] = "Tue, 24 Nov 2026 23:42:38 GMT"
    response = handler(envelope, None)
    assert "Leg Check" in response["response"]["outputSpeech"]["ssml"]

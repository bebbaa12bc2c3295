"""Leg Check reads request envelopes with its own faster reader (skill/alexa/envelopes.py): it must
build exactly the models the SDK's own reader builds, from every kind of envelope."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from typing import Any

import pytest
from ask_sdk_core.exceptions import SerializationException
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alexa_simulator import Simulator
from skill.alexa.envelopes import STEPS_REPLACED, EnvelopeSerializer
from tests.alexa.conftest import Handler

SDK = DefaultSerializer()
OURS = EnvelopeSerializer()

# Everything a person might do, so the envelopes hold every request and slot shape the skill sees.
SAID = [
    "open leg check", "slowly", "my face feels numb too", "no", "not sure", "skip", "go back",
    "no", "both legs", "about two weeks", "what causes leg tingling", "tell me about sciatica",
    "speak slower", "help", "repeat", "banana phone", "stop",
]


def _conversation_envelopes(handler: Handler, device: str) -> list[dict[str, Any]]:
    sent: list[dict[str, Any]] = []

    def recording(event: dict[str, Any], context: Any = None) -> dict[str, Any]:
        sent.append(copy.deepcopy(event))
        return handler(event, context)

    sim = Simulator(locale="en-GB", handler=recording, device=device)
    for text in SAID:
        sim.say(text)
    sim.say("open leg check")
    sim.end_session("USER_INITIATED")
    return sent


@pytest.fixture(scope="module")
def envelopes(handler: Handler) -> list[dict[str, Any]]:
    return _conversation_envelopes(handler, "voice") + _conversation_envelopes(handler, "screen")


def _read(serializer: DefaultSerializer, envelope: Any) -> tuple[str, Any]:
    try:
        return "read", serializer.deserialize(json.dumps(envelope), RequestEnvelope)
    except SerializationException:
        return "refused", None


def test_this_sdk_still_has_the_two_steps_the_reader_replaces() -> None:
    """If a release renamed them, reading would quietly fall back to the SDK's slower steps."""
    assert STEPS_REPLACED


def test_every_envelope_of_a_whole_conversation_reads_as_the_sdk_reads_it(
    envelopes: list[dict[str, Any]],
) -> None:
    kinds = {envelope["request"]["type"] for envelope in envelopes}
    assert {"LaunchRequest", "IntentRequest", "SessionEndedRequest"} <= kinds
    assert any(envelope["request"].get("intent", {}).get("slots") for envelope in envelopes)
    for envelope in envelopes:
        ours, sdk = _read(OURS, envelope), _read(SDK, envelope)
        assert ours[0] == sdk[0] == "read"
        assert ours[1] == sdk[1], envelope["request"]


def test_alexa_timestamps_are_read_by_the_standard_library(
    envelopes: list[dict[str, Any]],
) -> None:
    envelope = OURS.deserialize(json.dumps(envelopes[0]), RequestEnvelope)
    stamp = envelope.request.timestamp
    assert stamp.tzinfo is UTC  # datetime.fromisoformat's, not dateutil's tzutc()
    assert stamp == SDK.deserialize(json.dumps(envelopes[0]), RequestEnvelope).request.timestamp


@pytest.mark.parametrize("timestamp", [
    "Tue, 24 Nov 2026 23:42:38 GMT", "24 November 2026", "2026-11-24T23:42:38.123456+05:30",
    "2026-11-24", "20261124T234238Z", "not a time", "", 1732491758, None, ["2026"],
])
def test_any_timestamp_reads_as_the_sdk_reads_it_or_is_refused_alike(
    envelopes: list[dict[str, Any]], timestamp: Any,
) -> None:
    envelope = copy.deepcopy(envelopes[1])
    envelope["request"]["timestamp"] = timestamp
    assert _read(OURS, envelope) == _read(SDK, envelope)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(
    path=st.sampled_from([("request",), ("request", "intent"), ("session",), ("context",),
                          ("context", "System"), ("session", "user")]),
    key=st.sampled_from(["type", "timestamp", "locale", "slots", "name", "new", "attributes",
                         "device", "application", "x"]),
    value=st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=8)
        | st.just(datetime(2026, 11, 24, tzinfo=UTC).isoformat()),
        lambda children: st.lists(children, max_size=3)
        | st.dictionaries(st.text(max_size=5), children, max_size=3),
        max_leaves=8,
    ),
)
def test_a_tampered_envelope_reads_as_the_sdk_reads_it_or_is_refused_alike(
    envelopes: list[dict[str, Any]], path: tuple[str, ...], key: str, value: Any,
) -> None:
    envelope = copy.deepcopy(envelopes[3])
    target = envelope
    for step in path:
        target = target.setdefault(step, {}) if isinstance(target, dict) else {}
    if isinstance(target, dict):
        target[key] = value
    assert _read(OURS, envelope) == _read(SDK, envelope)


def test_a_request_with_an_unusual_timestamp_still_gets_its_answer(
    handler: Handler, envelopes: list[dict[str, Any]],
) -> None:
    envelope = copy.deepcopy(envelopes[0])
    envelope["request"]["timestamp"] = "Tue, 24 Nov 2026 23:42:38 GMT"
    response = handler(envelope, None)
    assert "Leg Check" in response["response"]["outputSpeech"]["ssml"]

"""No envelope crashes the skill: whatever intent, slots and session attributes arrive, the answer
is a valid spoken response, and a recorded red flag is still said first."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alexa_simulator import envelopes as env
from alexa_simulator.ssml import to_text as to_plain
from skill.alexa.intents import HANDLED_INTENTS
from skill.screening.knowledge import default_knowledge
from tests.alexa.conftest import make_handler

HANDLER = make_handler()
KB = default_knowledge()
SLOT_NAMES = ["side", "onset", "duration", "period", "symptom", "condition", "x"]
VALUES = st.one_of(st.none(), st.text(max_size=12), st.sampled_from(
    ["both_legs", "one_leg", "sudden", "P2W", "PT3H", "?", "bladder_bowel", "sciatica", "weeks"]))
JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=6)
    | st.sampled_from(sorted(KB.questions_by_id)),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=15,
)
ATTRIBUTES = st.dictionaries(
    st.sampled_from(["screening", "dialog", "prefs", "assessment", "other"]), JSONISH, max_size=4)


def slot(name: str, value: str | None, matched: bool) -> dict[str, Any]:
    body: dict[str, Any] = {"name": name, "confirmationStatus": "NONE"}
    if value is not None:
        body["value"] = value
        code = "ER_SUCCESS_MATCH" if matched else "ER_SUCCESS_NO_MATCH"
        values = [{"value": {"name": value, "id": value}}] if matched else []
        body["resolutions"] = {"resolutionsPerAuthority": [
            {"authority": "amzn1.er-authority.echo-sdk.test", "status": {"code": code},
             "values": values}]}
    return body


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    intent=st.sampled_from(sorted(HANDLED_INTENTS) + ["UnknownIntent"]),
    slots=st.dictionaries(st.sampled_from(SLOT_NAMES), st.tuples(VALUES, st.booleans()),
                          max_size=3),
    attributes=ATTRIBUTES,
    locale=st.sampled_from(["en-US", "en-GB", "en-IN", "fr-FR", ""]),
    flag=st.sampled_from([None] + [f.id for f in KB.red_flags]),
)
def test_any_intent_with_any_slots_and_session_gets_a_spoken_answer_ending_in_a_question(
    intent: str, slots: dict[str, tuple[str | None, bool]], attributes: dict[str, Any],
    locale: str, flag: str | None,
) -> None:
    if flag is not None:
        attributes = {**attributes, "screening": {"version": 2, "red_flags": [flag]}}
    request = env.intent_request(locale, intent, {
        name: slot(name, value, matched) for name, (value, matched) in slots.items()})
    session = env.SessionInfo(session_id="amzn1.echo-api.session.p", new=False,
                              attributes=attributes)
    response = HANDLER(env.envelope(env.Identity(), session, request), None)
    body = response["response"]
    speech = body.get("outputSpeech", {}).get("ssml", "")
    ET.fromstring(speech)
    if flag is not None:
        text = to_plain(speech)
        assert text.startswith(("Warning.", "Remember:")), text[:80]
        assert "9 1 1" in text or "9 9 9" in text or "1 1 2" in text or "emergency" in text
    if body.get("shouldEndSession") is False:
        reprompt = to_plain(body["reprompt"]["outputSpeech"]["ssml"])
        assert reprompt and reprompt != to_plain(speech)
        assert to_plain(speech).endswith("?"), to_plain(speech)[-120:]

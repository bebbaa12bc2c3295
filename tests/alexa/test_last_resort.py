"""The Lambda handler's last-resort reply: when the skill cannot answer, a red flag that can be
read from the request is still warned about first; otherwise the apology names who to call."""

from __future__ import annotations

from typing import Any

import pytest

from alexa_simulator import envelopes as env
from alexa_simulator.ssml import to_text as to_plain
from skill.alexa.last_resort import last_resort_text
from tests.alexa.conftest import Handler


def nested(depth: int) -> list[Any]:
    """A value deeper than the SDK can copy (it deep-copies session attributes)."""
    root: list[Any] = []
    inner = root
    for _ in range(depth):
        inner.append([])
        inner = inner[0]
    return root


def event_with(attributes: dict[str, Any], locale: str = "en-US") -> dict[str, Any]:
    session = env.SessionInfo(session_id="amzn1.echo-api.session.lr", new=False, attributes={})
    event = env.envelope(env.Identity(), session, env.intent_request(locale, "AMAZON.HelpIntent",
                                                                     {}))
    event["session"]["attributes"] = attributes  # not copied: the test builds what it sends
    return event


def spoken(response: dict[str, Any]) -> str:
    assert response["response"]["shouldEndSession"] is True
    return to_plain(response["response"]["outputSpeech"]["ssml"])


@pytest.mark.parametrize("screening", [
    {"version": 2, "history": "onset=sudden", "red_flags": ["stroke_signs"]},
    {"version": 2, "history": "onset=sudden face_arm_speech=yes"},  # record lost, answer kept
    {"version": 2, "history": "onset=sudden face_arm_speech=unsure"},
    {"version": 2, "unsure_flags": ["stroke_signs"]},
])
def test_a_session_the_sdk_cannot_copy_still_gets_the_warning_first(
    handler: Handler, screening: dict[str, Any]
) -> None:
    response = handler(event_with({"screening": screening, "junk": nested(3000)}), None)
    text = spoken(response)
    assert text.startswith("Remember: Numbness with a numb or drooping face"), text
    assert "Call 9 1 1 now" in text and "something went wrong" in text


@pytest.mark.parametrize(("locale", "number"), [("en-US", "9 1 1"), ("en-GB", "9 9 9"),
                                                ("en-AU", "triple zero"), ("xx-YY", "emergency")])
def test_without_a_flag_the_last_resort_names_the_emergency_number(
    handler: Handler, locale: str, number: str
) -> None:
    response = handler(event_with({"junk": nested(3000)}, locale), None)
    text = spoken(response)
    assert "something went wrong" in text and number in text, text


@pytest.mark.parametrize("event", [
    None, [], {"request": {"locale": 7}}, {"session": {"attributes": {"screening": nested(50)}}},
    {"session": {"attributes": {"screening": {"red_flags": "stroke_signs", "history": 5}}}},
])
def test_the_last_resort_reads_any_request_without_raising(event: Any) -> None:
    assert "something went wrong" in last_resort_text(event)


def test_the_lambda_entry_answers_even_when_the_skill_cannot_be_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from skill.alexa import skill_builder

    def broken() -> None:
        raise ConnectionError("store unreachable")

    monkeypatch.setattr(skill_builder, "_default_skill", broken)
    screening = {"version": 2, "red_flags": ["limb_ischaemia"]}
    text = spoken(skill_builder.lambda_handler(event_with({"screening": screening}), None))
    assert text.startswith("Remember: A leg that suddenly turns cold") and "9 1 1" in text

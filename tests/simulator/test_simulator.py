"""The conversation engine against the in-process echo skill: envelopes, sessions, dialogs."""

from __future__ import annotations

import re
from typing import Any

import pytest

from alexa_simulator import (
    NoMatchError,
    SessionClosedError,
    Simulator,
    SimulatorError,
    SkillError,
)
from alexa_simulator.simulator import complete_touch

from .conftest import MODEL_DIR
from .echo_skill import build_skill


def test_launch_envelope_is_what_alexa_sends(sim: Simulator) -> None:
    reply = sim.say("open pizza bot")
    body = reply.request
    assert body is not None
    assert body["version"] == "1.0"
    session = body["session"]
    assert session["new"] is True
    assert session["sessionId"].startswith("amzn1.echo-api.session.")
    assert session["application"]["applicationId"].startswith("amzn1.ask.skill.")
    assert session["user"]["userId"].startswith("amzn1.ask.account.")
    assert session["attributes"] == {}
    system = body["context"]["System"]
    assert system["device"]["supportedInterfaces"] == {}
    assert system["apiEndpoint"] == "https://api.amazonalexa.com"
    assert "Viewport" not in body["context"]
    request = body["request"]
    assert request["type"] == "LaunchRequest"
    assert request["requestId"].startswith("amzn1.echo-api.request.")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", request["timestamp"])
    assert request["locale"] == "en-US"
    assert reply.speech == "Welcome to pizza bot. What would you like?"
    assert reply.reprompt == "What would you like?"
    assert reply.card is not None and (reply.card.title, reply.card.content) == (
        "Pizza bot", "Say an order")
    assert reply.session_ended is False
    assert reply.session_attributes == {"turns": 1}


def test_intent_envelope_carries_slots_and_resolutions(sim: Simulator) -> None:
    sim.launch()
    reply = sim.say("tell me about salami")
    assert reply.request is not None
    assert reply.request["session"]["new"] is False
    intent = reply.request["request"]["intent"]
    assert intent["name"] == "ToppingInfoIntent"
    assert intent["confirmationStatus"] == "NONE"
    slot = intent["slots"]["topping"]
    assert slot["value"] == "salami"
    authority = slot["resolutions"]["resolutionsPerAuthority"][0]
    assert authority["status"]["code"] == "ER_SUCCESS_MATCH"
    assert authority["values"][0]["value"] == {"name": "pepperoni", "id": "pep"}
    assert reply.speech == "intent ToppingInfoIntent topping=salami id=pep"
    assert reply.intent is not None and reply.intent.name == "ToppingInfoIntent"


def test_unfilled_and_unmatched_slots(sim: Simulator) -> None:
    sim.launch()
    reply = sim.say("tell me about anchovies")
    assert reply.speech == "intent ToppingInfoIntent topping=anchovies ER_SUCCESS_NO_MATCH"
    reply = sim.say("deliver it in three days")
    assert reply.speech == "intent DeliveryTimeIntent wait=P3D"
    reply = sim.intent("OrderPizzaIntent", size="L")
    slots = reply.request["request"]["intent"]["slots"]  # type: ignore[index]
    assert slots["topping"] == {"name": "topping", "confirmationStatus": "NONE"}


def test_session_attributes_are_carried(sim: Simulator) -> None:
    sim.launch()
    sim.say("yes")
    reply = sim.say("no")
    assert reply.request["session"]["attributes"]["turns"] == 2  # type: ignore[index]
    assert reply.session_attributes == {"turns": 3, "last": {"intent": "AMAZON.NoIntent"}}
    assert sim.session_attributes["turns"] == 3


def test_one_shot_starts_a_session(sim: Simulator) -> None:
    reply = sim.say("ask pizza bot for a large pizza")
    first_request = reply.exchanges[0][0]
    assert first_request["session"]["new"] is True
    assert first_request["request"]["intent"]["name"] == "OrderPizzaIntent"
    assert reply.intent is not None and reply.intent.name == "OrderPizzaIntent"
    assert "size=large id=L" in reply.speech


def test_mask_is_not_a_launch(sim: Simulator) -> None:
    with pytest.raises(SessionClosedError, match="open pizza bot"):
        sim.say("my mask makes me cough")


def test_should_end_session_true_closes_without_session_ended_request(
    sim: Simulator, session_ended: list[str]
) -> None:
    sim.launch()
    reply = sim.say("stop")
    assert reply.speech == "Goodbye."
    assert reply.session_ended is True and reply.should_end_session is True
    assert not sim.session_open
    assert session_ended == []
    with pytest.raises(SessionClosedError):
        sim.say("yes")
    assert sim.say("ask pizza bot to tell me about salami").session_ended is False


def test_absent_should_end_session_depends_on_device(
    sim: Simulator, screen_sim: Simulator
) -> None:
    sim.launch()
    voice = sim.say("see you later")
    assert voice.should_end_session is None and voice.session_ended is True
    screen_sim.launch()
    screen = screen_sim.say("see you later")
    assert screen.session_ended is False and screen_sim.session_open


def test_exit_sends_session_ended_request(sim: Simulator, session_ended: list[str]) -> None:
    sim.launch()
    reply = sim.say("exit")
    assert reply.session_ended is True
    assert reply.request["request"]["type"] == "SessionEndedRequest"  # type: ignore[index]
    assert session_ended == ["USER_INITIATED"]


def test_silence_reprompts_then_ends(sim: Simulator, session_ended: list[str]) -> None:
    sim.launch()
    first = sim.silence()
    assert first.speech == "What would you like?" and first.request is None
    second = sim.silence()
    assert second.session_ended is True
    assert session_ended == ["EXCEEDED_MAX_REPROMPTS"]
    assert sim.end_session() is None


def test_end_session_reason(sim: Simulator, session_ended: list[str]) -> None:
    sim.launch()
    reply = sim.end_session("ERROR")
    assert reply is not None and reply.request["request"]["reason"] == "ERROR"  # type: ignore[index]
    assert session_ended == ["ERROR"]


def test_skill_dialog_delegate_elicits_required_slot(sim: Simulator) -> None:
    sim.launch()
    asked = sim.say("order a pizza")
    assert asked.source == "dialog-model"
    assert asked.speech == "What size pizza would you like?"
    assert asked.reprompt == "What size pizza would you like?"
    assert asked.request["request"]["dialogState"] == "STARTED"  # type: ignore[index]
    assert [d["type"] for d in asked.directives] == ["Dialog.Delegate"]
    done = sim.say("a big one")
    states = [rq["request"].get("dialogState") for rq, _ in done.exchanges]
    assert states == ["IN_PROGRESS", "COMPLETED"]
    assert done.speech == "intent OrderPizzaIntent size=big id=L dialog COMPLETED"


def test_delegate_with_everything_filled_completes_at_once(sim: Simulator) -> None:
    sim.launch()
    reply = sim.say("i want a large pizza")
    states = [rq["request"].get("dialogState") for rq, _ in reply.exchanges]
    assert states == ["STARTED", "COMPLETED"]


def test_other_intent_interrupts_elicitation(sim: Simulator) -> None:
    sim.launch()
    sim.say("order a pizza")
    reply = sim.say("stop")
    assert reply.intent is not None and reply.intent.name == "AMAZON.StopIntent"
    assert reply.session_ended


def test_auto_delegation_with_intent_confirmation(sim: Simulator) -> None:
    sim.launch()
    first = sim.say("book a table")
    assert first.request is None  # Alexa runs the dialog; the skill is not asked yet
    assert first.speech == "For how many people?"
    second = sim.say("four people")
    assert second.speech == "A table for 4, is that right?"
    done = sim.say("yes")
    assert done.speech == "intent BookTableIntent people=4 dialog COMPLETED CONFIRMED"
    sim.say("book a table for six")
    denied = sim.say("no")
    assert denied.speech.endswith("DENIED")


def test_intent_step_with_ids_and_numbers(sim: Simulator) -> None:
    reply = sim.intent("OrderPizzaIntent", size="M", count="twelve", topping="hawaiian")
    assert reply.speech == (
        "intent OrderPizzaIntent count=12 size=medium id=M topping=hawaiian id=pine "
        "dialog COMPLETED")


def test_intent_errors_are_clear(sim: Simulator) -> None:
    with pytest.raises(SimulatorError, match="NoSuchIntent: not an intent of the en-US model"):
        sim.intent("NoSuchIntent")
    with pytest.raises(SimulatorError, match="no slot colour"):
        sim.intent("OrderPizzaIntent", colour="red")


def test_touch_needs_a_screen(sim: Simulator, screen_sim: Simulator) -> None:
    sim.launch()
    with pytest.raises(SimulatorError, match="screen"):
        sim.touch("yes")
    screen_sim.launch()
    reply = screen_sim.touch("yes", 2)
    request = reply.request["request"]  # type: ignore[index]
    assert request["type"] == "Alexa.Presentation.APL.UserEvent"
    assert request["arguments"] == ["yes", 2]
    assert reply.speech == "touched yes 2"
    context = reply.request["context"]  # type: ignore[index]
    assert "Alexa.Presentation.APL" in context["System"]["device"]["supportedInterfaces"]
    assert context["Viewport"]["pixelWidth"] > 0


def test_no_match_without_fallback_is_clear(echo_handler: Any) -> None:
    sim = Simulator(locale="en-GB", handler=echo_handler, model_dir=MODEL_DIR)
    sim.launch()
    with pytest.raises(NoMatchError, match=r"no intent matches.*FallbackIntent"):
        sim.say("purple monkey dishwasher")


def test_custom_skill_object_is_a_target() -> None:
    sim = Simulator(locale="en-US", target=build_skill(), model_dir=MODEL_DIR)
    assert sim.say("open pizza bot").speech.startswith("Welcome")


def test_skill_exception_is_reported_and_session_closed() -> None:
    seen: list[str] = []

    def broken(event: dict[str, Any], context: Any) -> dict[str, Any]:
        seen.append(event["request"]["type"])
        if event["request"]["type"] == "IntentRequest":
            raise ValueError("boom")
        return {"version": "1.0", "response": {"shouldEndSession": False,
                                               "outputSpeech": {"type": "PlainText",
                                                                "text": "hi"}}}

    sim = Simulator(locale="en-US", handler=broken, model_dir=MODEL_DIR)
    assert sim.launch().speech == "hi"
    with pytest.raises(SkillError, match="ValueError: boom") as caught:
        sim.say("yes")
    assert isinstance(caught.value.__cause__, ValueError)
    assert not sim.session_open
    assert seen == ["LaunchRequest", "IntentRequest", "SessionEndedRequest"]


def test_invalid_ssml_is_a_warning() -> None:
    def sloppy(event: dict[str, Any], context: Any) -> dict[str, Any]:
        return {"version": "1.0", "response": {
            "outputSpeech": {"type": "SSML", "ssml": "<speak>fish & chips</speak>"},
            "shouldEndSession": False}}

    sim = Simulator(locale="en-US", handler=sloppy, model_dir=MODEL_DIR)
    reply = sim.launch()
    assert reply.speech == "fish & chips"
    assert any("not well-formed" in w for w in reply.warnings)


def test_plain_text_from_ssml(sim: Simulator) -> None:
    sim.launch()
    reply = sim.say("help")
    assert reply.ssml is not None and "<say-as" in reply.ssml
    assert reply.speech == "Say 9 1 1 or order"


def test_resolve_without_sending(sim: Simulator) -> None:
    assert sim.resolve("open pizza bot").name == "LaunchRequest"  # type: ignore[union-attr]
    match = sim.resolve("ask pizza bot for a large pizza")
    assert match is not None and match.slots["size"].id == "L"
    assert sim.transcript == []


def test_touch_fills_in_the_buttons_fixed_arguments() -> None:
    document = {"mainTemplate": {"items": [
        {"type": "TouchWrapper", "onPress": {"type": "SendEvent",
                                             "arguments": ["answer", "${data.value}"]}},
        {"type": "TouchWrapper", "onPress": [{"type": "SendEvent",
                                              "arguments": ["answer", "${data.other}"]}]},
    ]}}
    assert complete_touch(document, ["yes"]) == ["answer", "yes"]
    assert complete_touch(document, ["answer", "yes"]) == ["answer", "yes"]
    assert complete_touch(None, ["yes"]) == ["yes"]
    mixed = {"a": {"type": "SendEvent", "arguments": ["answer", "${x}"]},
             "b": {"type": "SendEvent", "arguments": ["menu", "${y}"]}}
    assert complete_touch(mixed, ["yes"]) == ["yes"]

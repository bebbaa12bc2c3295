"""A tiny ask-sdk-core skill that says back what it received, to test the simulator against.

It answers every request with the request type, intent name, slot values (and resolution ids)
and dialog state, so a test can see exactly what the simulator sent. A few intents of the pizza
fixture model behave specially to exercise session and dialog handling.
"""

from __future__ import annotations

from typing import Any

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_model import Response
from ask_sdk_model.dialog import DelegateDirective
from ask_sdk_model.ui import SimpleCard

# Every SessionEndedRequest the skill received (reason), for assertions.
SESSION_ENDED: list[str] = []


def describe_slots(handler_input: HandlerInput) -> str:
    intent = handler_input.request_envelope.request.intent
    parts = []
    for name, slot in sorted((intent.slots or {}).items()):
        if slot.value is None:
            continue
        text = f"{name}={slot.value}"
        resolutions = slot.resolutions.resolutions_per_authority if slot.resolutions else []
        for authority in resolutions or []:
            code = authority.status.code.value
            if code == "ER_SUCCESS_MATCH":
                text += f" id={authority.values[0].value.id}"
            else:
                text += f" {code}"
        parts.append(text)
    return " ".join(parts)


class LaunchHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return handler_input.request_envelope.request.object_type == "LaunchRequest"

    def handle(self, handler_input: HandlerInput) -> Response:
        attributes = handler_input.attributes_manager.session_attributes
        attributes["turns"] = 1
        return (
            handler_input.response_builder.speak("Welcome to pizza bot. What would you like?")
            .ask("What would you like?")
            .set_card(SimpleCard("Pizza bot", "Say an order"))
            .response
        )


class SessionEndedHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return handler_input.request_envelope.request.object_type == "SessionEndedRequest"

    def handle(self, handler_input: HandlerInput) -> Response:
        SESSION_ENDED.append(handler_input.request_envelope.request.reason.value)
        return handler_input.response_builder.response


class TouchHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        kind = handler_input.request_envelope.request.object_type
        return kind == "Alexa.Presentation.APL.UserEvent"

    def handle(self, handler_input: HandlerInput) -> Response:
        arguments = handler_input.request_envelope.request.arguments
        speech = "touched " + " ".join(str(a) for a in arguments)
        return handler_input.response_builder.speak(speech).ask("anything else?").response


class IntentHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return handler_input.request_envelope.request.object_type == "IntentRequest"

    def handle(self, handler_input: HandlerInput) -> Response:
        request = handler_input.request_envelope.request
        name = request.intent.name
        attributes: dict[str, Any] = handler_input.attributes_manager.session_attributes
        attributes["turns"] = int(attributes.get("turns", 0)) + 1
        attributes["last"] = {"intent": name}
        builder = handler_input.response_builder
        state = request.dialog_state.value if request.dialog_state else None
        if name == "OrderPizzaIntent" and state != "COMPLETED":
            return builder.add_directive(DelegateDirective(updated_intent=request.intent)).response
        speech = f"intent {name}"
        slots = describe_slots(handler_input)
        if slots:
            speech += f" {slots}"
        if state:
            speech += f" dialog {state}"
        confirmation = request.intent.confirmation_status.value
        if confirmation != "NONE":
            speech += f" {confirmation}"
        if name in {"AMAZON.StopIntent", "AMAZON.CancelIntent"}:
            return builder.speak("Goodbye.").set_should_end_session(True).response
        if name == "SeeYouIntent":
            return builder.speak(speech).response  # shouldEndSession left out
        if name == "AMAZON.HelpIntent":
            return builder.speak(
                'Say <say-as interpret-as="digits">911</say-as> <break time="300ms"/> '
                '<prosody rate="slow">or order</prosody>'
            ).ask("What now?").response
        return builder.speak(speech).ask("Anything else?").response


def build_handler() -> Any:
    """The Lambda-style handler(event, context) of the echo skill."""
    builder = SkillBuilder()
    for handler in (LaunchHandler(), SessionEndedHandler(), TouchHandler(), IntentHandler()):
        builder.add_request_handler(handler)
    return builder.lambda_handler()


def build_skill() -> Any:
    """The echo skill as an ask-sdk CustomSkill."""
    builder = SkillBuilder()
    for handler in (LaunchHandler(), SessionEndedHandler(), TouchHandler(), IntentHandler()):
        builder.add_request_handler(handler)
    return builder.create()

"""A tiny ask-sdk-core skill for the web tests: hello, a handler that raises, one that speaks.

Kept apart from conftest so the gunicorn smoke test can serve it in a subprocess.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractExceptionHandler, AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_intent_name, is_request_type
from ask_sdk_model import Response

HELLO = "Hello from the test skill."
SORRY = "Sorry, the test skill tripped."


class _Launch(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("LaunchRequest")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return handler_input.response_builder.speak(HELLO).response


class _Boom(AbstractRequestHandler):
    """Raises with the slot value in the message, to prove it never reaches the log."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("BoomIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        intent = getattr(handler_input.request_envelope.request, "intent", None)
        slots = getattr(intent, "slots", None) or {}
        secret = slots["answer"].value if "answer" in slots else ""
        raise RuntimeError(f"boom: {secret}")


class _SpeakingExceptionHandler(AbstractExceptionHandler):
    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:
        return True

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        return handler_input.response_builder.speak(SORRY).response


def hello_skill(with_exception_handler: bool = True) -> CustomSkill:
    """Launch says hello; BoomIntent raises; optionally an exception handler that still speaks."""
    builder = SkillBuilder()
    builder.add_request_handler(_Launch())
    builder.add_request_handler(_Boom())
    if with_exception_handler:
        builder.add_exception_handler(_SpeakingExceptionHandler())
    return builder.create()


def app() -> object:
    """gunicorn target (`hello_skill:app()`): the production app, configured from the env."""
    from skill.web.app import create_app

    return create_app(skill=hello_skill())

"""Cross-cutting work on every request: loading the conversation, and logging without health data.

The log line names only the request type, the intent (answers only as "answer") and the locale,
each made safe and short (skill.log_fields). Slot values and answers are never logged: for a
health skill the envelope itself is sensitive.
"""

from __future__ import annotations

import logging

from ask_sdk_core.dispatch_components import (
    AbstractExceptionHandler,
    AbstractRequestInterceptor,
    AbstractResponseInterceptor,
)
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.alexa.conversation import Conversation
from skill.alexa.dialog import DialogMemory
from skill.alexa.intents import logged_name
from skill.alexa.turn import CONVERSATION, SkillContext, load_conversation, respond, save_turn
from skill.log_fields import field
from skill.screening.locale import wording_for
from skill.screening.state import ScreeningState, restore_state
from skill.screening.wording import Wording

log = logging.getLogger("legcheck.requests")


class ConversationLoader(AbstractRequestInterceptor):
    """Reads the session (and, on a new session, the user store) into a Conversation."""

    def __init__(self, context: SkillContext) -> None:
        self.context = context

    def process(self, handler_input: HandlerInput) -> None:
        try:
            conversation = load_conversation(handler_input, self.context)
        except Exception as exc:
            log.warning("conversation could not be loaded (%s); starting afresh",
                        type(exc).__name__)
            conversation = fresh_conversation(handler_input, self.context)
        handler_input.attributes_manager.request_attributes[CONVERSATION] = conversation


def fresh_conversation(handler_input: HandlerInput, context: SkillContext) -> Conversation:
    """A conversation from nothing but the screening state, which never fails to read back:
    whatever else is lost, a red flag already heard is kept."""
    locale = getattr(handler_input.request_envelope.request, "locale", None)
    try:
        attributes = handler_input.attributes_manager.session_attributes or {}
        state = restore_state(attributes.get("screening"), context.kb).state
    except Exception:  # out of session, or attributes of the wrong type
        state = ScreeningState()
    return Conversation(context.kb, Wording(context.kb, wording_for(locale)), state,
                        DialogMemory())


class RequestLogger(AbstractRequestInterceptor):
    def process(self, handler_input: HandlerInput) -> None:
        request = handler_input.request_envelope.request
        intent = getattr(getattr(request, "intent", None), "name", None)
        log.info("request %s%s locale=%s", field(request.object_type),
                 f" intent={logged_name(str(intent))}" if intent else "",
                 field(getattr(request, "locale", None), 16))


class ConversationSaver(AbstractResponseInterceptor):
    """Saves the turn after the handler answered. The SDK skips response interceptors when a
    handler raises, so the spoken error handler saves through the same function."""

    def __init__(self, context: SkillContext) -> None:
        self.context = context

    def process(self, handler_input: HandlerInput, response: Response) -> None:
        save_turn(handler_input, self.context)


class ResponseLogger(AbstractResponseInterceptor):
    def process(self, handler_input: HandlerInput, response: Response) -> None:
        log.info("response end_session=%s", response.should_end_session if response else None)


class SpokenErrorHandler(AbstractExceptionHandler):
    """Anything unexpected still gets a spoken answer that keeps the person where they were."""

    def __init__(self, context: SkillContext) -> None:
        self.context = context

    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:
        return True

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        log.error("handler failed: %s", type(exception).__name__)
        attributes = handler_input.attributes_manager.request_attributes
        conversation = attributes.get(CONVERSATION)
        if not isinstance(conversation, Conversation):
            conversation = fresh_conversation(handler_input, self.context)
            attributes[CONVERSATION] = conversation
        response = respond(handler_input, conversation.error())
        save_turn(handler_input, self.context)
        return response

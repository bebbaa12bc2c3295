"""Handlers for steering the conversation: help, repeat, more, speed, stop, pause, forget me."""

from __future__ import annotations

import logging

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.alexa import intents
from skill.alexa.conversation import Conversation
from skill.alexa.handlers.base import ConversationHandler
from skill.log_fields import field
from skill.screening.wording import Utterance

log = logging.getLogger("legcheck.handlers")


class HelpIntentHandler(ConversationHandler):
    intents = (intents.HELP,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        return conversation.help()


class WhyAskIntentHandler(ConversationHandler):
    """ "Why do you ask?" at any question: the reason in one sentence, then the question again."""

    intents = (intents.WHY_ASK,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        return conversation.why()


class RepeatIntentHandler(ConversationHandler):
    intents = (intents.REPEAT,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        return conversation.repeat()


class MoreIntentHandler(ConversationHandler):
    intents = (intents.MORE,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        return conversation.more()


class NextIntentHandler(ConversationHandler):
    """"Next" (and Alexa's own "skip") moves on: the next part of a reading, else past the
    current question."""

    intents = (intents.NEXT,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        if conversation.memory.pages or not conversation.in_screening:
            return conversation.more()
        return conversation.skip()


class SpeakSlowerIntentHandler(ConversationHandler):
    intents = (intents.SPEAK_SLOWER,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        return conversation.change_rate(-1)


class SpeakFasterIntentHandler(ConversationHandler):
    intents = (intents.SPEAK_FASTER,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        return conversation.change_rate(+1)


class NormalSpeedIntentHandler(ConversationHandler):
    intents = (intents.NORMAL_SPEED,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        return conversation.change_rate(0)


class StopIntentHandler(ConversationHandler):
    intents = (intents.STOP, intents.CANCEL)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        return conversation.stop()


class PauseIntentHandler(ConversationHandler):
    intents = (intents.PAUSE,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        return conversation.pause()


class NavigateHomeIntentHandler(ConversationHandler):
    intents = (intents.NAVIGATE_HOME,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        return conversation.navigate_home()


class FallbackIntentHandler(ConversationHandler):
    intents = (intents.FALLBACK,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        return conversation.fallback()


class ForgetMeIntentHandler(ConversationHandler):
    intents = (intents.FORGET_ME,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        store = self.context.store
        ok = True if store is None else bool(store.forget(handler_input.request_envelope))
        return conversation.forgot(ok)


class SessionEndedRequestHandler(ConversationHandler):
    """Alexa ended the session (silence, error, or the person left): nothing may be spoken."""

    request_types = ("SessionEndedRequest",)

    def handle(self, handler_input: HandlerInput) -> Response:
        request = handler_input.request_envelope.request
        reason = getattr(getattr(request, "reason", None), "value", None)
        log.info("session ended: %s", field(reason or "unknown", 32))
        return handler_input.response_builder.response  # saved by the response interceptor

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        raise NotImplementedError  # handle() answers without speech


class UnhandledRequestHandler(ConversationHandler):
    """Any other request or unknown intent: re-ask where we were, never a dead end."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return True

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        return conversation.fallback()

"""Handlers for the plain questions: what causes it, how it is treated, when to see a doctor."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput

from skill.alexa import intents
from skill.alexa.conversation import Conversation
from skill.alexa.handlers.base import ConversationHandler
from skill.alexa.slots import slot
from skill.screening.wording import Utterance


def _condition(conversation: Conversation, handler_input: HandlerInput) -> tuple[str | None, bool]:
    value = slot(handler_input.request_envelope.request, intents.SLOT_CONDITION)
    known = value.id if value.id in conversation.kb.conditions else None
    if known is None and value.heard:  # words Alexa could not resolve: a name said another way
        from skill.understanding.context import condition_named

        known = condition_named(conversation.kb, value.heard)
    return known, value.heard is not None


class CausesOverviewIntentHandler(ConversationHandler):
    intents = (intents.CAUSES_OVERVIEW,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        return conversation.causes_overview()


class CauseInfoIntentHandler(ConversationHandler):
    intents = (intents.CAUSE_INFO,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        condition, heard = _condition(conversation, handler_input)
        return conversation.cause_info(condition, heard)


class TreatmentIntentHandler(ConversationHandler):
    intents = (intents.TREATMENT,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        condition, heard = _condition(conversation, handler_input)
        return conversation.treatment(condition, heard)


class WhenToSeeDoctorIntentHandler(ConversationHandler):
    intents = (intents.WHEN_TO_SEE_DOCTOR,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        return conversation.when_to_see_doctor()


class SelfCareIntentHandler(ConversationHandler):
    intents = (intents.SELF_CARE,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        return conversation.self_care(None)


class LastResultIntentHandler(ConversationHandler):
    intents = (intents.LAST_RESULT,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        store = self.context.store
        if conversation.last_result is None and store is not None:
            conversation.last_result = store.load(handler_input.request_envelope).last_result
        return conversation.read_last_result()

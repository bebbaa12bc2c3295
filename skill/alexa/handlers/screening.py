"""Handlers for answering the screening: yes, no, not sure, short values, volunteered symptoms."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput

from skill.alexa import intents
from skill.alexa.apl import USER_EVENT
from skill.alexa.conversation import NO, UNSURE, YES, Conversation
from skill.alexa.handlers.base import ConversationHandler
from skill.alexa.slots import raw_slot, slot
from skill.screening.answers import (
    ABOUT_A_WEEK,
    days_from_iso,
    duration_from_iso,
    duration_from_period,
)
from skill.screening.wording import Utterance


class LaunchRequestHandler(ConversationHandler):
    request_types = ("LaunchRequest",)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        return conversation.launch()


class YesIntentHandler(ConversationHandler):
    intents = (intents.YES,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        return conversation.answer(YES)


class NoIntentHandler(ConversationHandler):
    intents = (intents.NO,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        return conversation.answer(NO)


class HedgedNoIntentHandler(ConversationHandler):
    """A denial said with a doubt: read in context like the same words said freely, so a
    red-flag question checks it once and any other question takes it as no."""

    intents = (intents.HEDGED_NO,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        return conversation.understand(intents.HEDGED_NO_WORDS)


class KnownNoIntentHandler(ConversationHandler):
    """ "Not that I know of": a no of oneself; of someone else (a carer), a red-flag question
    checks it once (review6 N3)."""

    intents = (intents.KNOWN_NO,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        return conversation.understand(intents.KNOWN_NO_WORDS)


class NotSureIntentHandler(ConversationHandler):
    intents = (intents.NOT_SURE,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        if conversation.memory.offer is not None and not conversation.in_screening:
            return conversation.fallback()
        return conversation.answer(UNSURE)


class _ListedValueHandler(ConversationHandler):
    """An answer given as one of a slot's listed values; words Alexa could not match to one are
    read like free speech, so nothing said is dropped."""

    slot_name: str
    finding: str

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        value = slot(handler_input.request_envelope.request, self.slot_name)
        if value.unknown:
            return conversation.understand(value.heard)
        return conversation.answer_value(self.finding, value.id)


class SideAnswerIntentHandler(_ListedValueHandler):
    slot_name = intents.SLOT_SIDE  # before `intents` below, which hides the module in this body
    intents = (intents.SIDE,)
    finding = "side"


class OnsetAnswerIntentHandler(_ListedValueHandler):
    slot_name = intents.SLOT_ONSET  # before `intents` below, which hides the module in this body
    intents = (intents.ONSET,)
    finding = "onset"


class DurationAnswerIntentHandler(ConversationHandler):
    intents = (intents.DURATION,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        request = handler_input.request_envelope.request
        period = slot(request, intents.SLOT_PERIOD)
        iso = raw_slot(request, intents.SLOT_DURATION)
        bucket = (duration_from_period(period.id) if period.id else None) or (
            duration_from_iso(iso) if iso else None
        )
        if bucket is None and period.unknown:
            return conversation.understand(period.heard)
        question = conversation.current
        days = days_from_iso(iso) if iso else None
        if (question is not None and question.within and bucket not in question.within
                and days is not None and days <= ABOUT_A_WEEK):
            # "a week ago", asked whether it started or got worse in the last few days: on the
            # window's edge, read as the words say it (a yes, a length of weeks)
            return conversation.understand("about a week")
        return conversation.answer_value("duration", bucket)


class VolunteerSymptomIntentHandler(ConversationHandler):
    intents = (intents.VOLUNTEER,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        symptom = slot(handler_input.request_envelope.request, intents.SLOT_SYMPTOM)
        return conversation.volunteer(symptom.id, symptom.heard)


class FreeSpeechIntentHandler(ConversationHandler):
    """Words Alexa routed to a free-speech intent: read with the meaning of their carrier."""

    intents = tuple(intents.FREE_SPEECH)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        request = handler_input.request_envelope.request
        # With no words in the slot, the carrier's meaning alone is what was said ("just down
        # the right"); a carrier that means nothing by itself is not understood.
        said = intents.free_speech(request.intent.name, slot(request, intents.SLOT_SPEECH).heard
                                   or "")
        if not said:
            return conversation.fallback()
        return conversation.understand(said)


class SkipIntentHandler(ConversationHandler):
    intents = (intents.SKIP,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        return conversation.skip()


class GoBackIntentHandler(ConversationHandler):
    intents = (intents.GO_BACK,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        return conversation.go_back()


class StartOverIntentHandler(ConversationHandler):
    intents = (intents.START_OVER,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        return conversation.start()


class ResumeIntentHandler(ConversationHandler):
    intents = (intents.RESUME,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        return conversation.carry_on()


class TouchAnswerHandler(ConversationHandler):
    """A tap on a screen button answers the question exactly as the spoken word would."""

    request_types = (USER_EVENT,)

    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        arguments = getattr(handler_input.request_envelope.request, "arguments", None) or []
        value = arguments[1] if len(arguments) == 2 and arguments[0] == "answer" else None
        if not isinstance(value, str):
            return conversation.fallback()
        if value in (YES, NO, UNSURE):
            return conversation.answer(value)
        question = conversation.current
        return conversation.answer_value(question.kind if question else "", value)

"""The shape every Leg Check handler shares: match intents by name, ask the conversation, respond.

Handlers stay thin on purpose: `can_handle` only looks at the request (no side effects), and
`reply` only picks the conversation call; rendering happens in `respond`, saving in the
response interceptor.
"""

from __future__ import annotations

from abc import abstractmethod
from typing import ClassVar

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.alexa.conversation import Conversation
from skill.alexa.turn import SkillContext, conversation_of, respond
from skill.screening.wording import Utterance


class ConversationHandler(AbstractRequestHandler):
    """Answers the intents named in `intents` (or the request types in `request_types`)."""

    intents: ClassVar[tuple[str, ...]] = ()
    request_types: ClassVar[tuple[str, ...]] = ()

    def __init__(self, context: SkillContext) -> None:
        self.context = context

    def can_handle(self, handler_input: HandlerInput) -> bool:
        # Plain attribute checks: the SDK tries handlers in order on every turn, and its
        # is_intent_name() helpers build a closure per call.
        request = handler_input.request_envelope.request
        kind = request.object_type
        if kind == "IntentRequest" and self.intents:
            return request.intent is not None and request.intent.name in self.intents
        return kind in self.request_types

    def handle(self, handler_input: HandlerInput) -> Response:
        conversation = conversation_of(handler_input)
        return respond(handler_input, self.reply(conversation, handler_input))

    @abstractmethod
    def reply(self, conversation: Conversation, handler_input: HandlerInput) -> Utterance:
        """What to say back."""

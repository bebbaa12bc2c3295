"""One turn's plumbing: load the conversation from a request, and turn a reply into a response.

Session attributes are read back through the screening state's validator, so a tampered or stale
session never crashes a turn. Kept data goes through the user store, which keeps health answers
only when the operator turned resuming on.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response
from ask_sdk_model.ui import SimpleCard

from skill.alexa.apl import render_directive, screen_for, supports_apl
from skill.alexa.conversation import Conversation
from skill.alexa.dialog import DialogMemory, rate_from_prefs
from skill.alexa.ssml import to_ssml
from skill.config import Settings
from skill.log_fields import fields
from skill.screening.knowledge import KnowledgeBase
from skill.screening.locale import wording_for
from skill.screening.state import restore_state
from skill.screening.wording import Utterance, Wording

log = logging.getLogger("legcheck.turn")

CONVERSATION = "conversation"
# Kept beside an unfinished screening (resuming on): it was a carer's, about someone else.
OF_ANOTHER = "of_another"


@dataclass
class SkillContext:
    """What every turn needs from the skill as built: knowledge, settings, the user store."""

    kb: KnowledgeBase
    settings: Settings
    store: Any | None = None  # skill.persistence.user_store.UserStore when persistence is on


def load_conversation(handler_input: HandlerInput, context: SkillContext) -> Conversation:
    envelope = handler_input.request_envelope
    attributes = handler_input.attributes_manager.session_attributes or {}
    locale = getattr(envelope.request, "locale", None)
    restored = restore_state(attributes.get("screening"), context.kb)
    if restored.repaired:
        log.warning("screening state repaired: %s", fields(restored.problems))
    prefs = None
    unfinished = None
    unfinished_of_another = False
    last_result = None
    session = envelope.session
    if context.store is not None and (session is None or session.new):
        stored = context.store.load(envelope)
        prefs = stored.prefs
        if stored.unfinished is not None:
            kept = restore_state(stored.unfinished, context.kb).state
            unfinished = kept if kept.started and not kept.finished else None
            unfinished_of_another = stored.unfinished.get(OF_ANOTHER) is True
        last_result = stored.last_result
    memory = DialogMemory.from_json(attributes.get("dialog"), rate_from_prefs(prefs),
                                    context.kb.conditions)
    return Conversation(
        kb=context.kb,
        wording=Wording(context.kb, wording_for(locale)),
        state=restored.state,
        memory=memory,
        resume_enabled=context.settings.resume and context.store is not None,
        resume_hours=context.settings.resume_hours,
        unfinished=unfinished,
        unfinished_of_another=unfinished_of_another,
        last_result=last_result,
        loaded_rate=memory.rate,
        today=_request_date(envelope.request),
    )


def _request_date(request: Any) -> date | None:
    """The request's date (UTC), for durations such as "since Tuesday"."""
    stamp = getattr(request, "timestamp", None)
    return stamp.date() if isinstance(stamp, datetime) else None


def conversation_of(handler_input: HandlerInput) -> Conversation:
    return handler_input.attributes_manager.request_attributes[CONVERSATION]


def respond(handler_input: HandlerInput, utterance: Utterance) -> Response:
    """Render the reply as SSML, reprompt, card and screen. Saving is `save_turn`'s job."""
    conversation = conversation_of(handler_input)
    builder = handler_input.response_builder
    builder.speak(to_ssml(utterance.text, conversation.memory.rate))
    if utterance.end_session:
        builder.set_should_end_session(True)
    else:
        reprompt = utterance.reprompt or utterance.text
        builder.ask(to_ssml(reprompt, conversation.memory.rate))
    if utterance.card is not None:
        title, content = utterance.card
        builder.set_card(SimpleCard(title=title, content=content))
    if supports_apl(handler_input.request_envelope):
        show_screen(handler_input, conversation, utterance)
    return builder.response


def save_turn(handler_input: HandlerInput, context: SkillContext) -> None:
    """Keep what the conversation must remember: in the session always, in the store as the
    settings allow. Run once per turn, after the reply (or the spoken error) is made."""
    conversation = handler_input.attributes_manager.request_attributes.get(CONVERSATION)
    if not isinstance(conversation, Conversation):
        return
    save_session(handler_input, conversation)
    persist(handler_input, conversation, context)


def show_screen(handler_input: HandlerInput, conversation: Conversation,
                utterance: Utterance) -> None:
    wording = conversation.wording
    question = conversation.current
    labels = {key[len("button_"):]: text for key, text in wording.locale.lines.items()
              if key.startswith("button_")}
    screen = screen_for(utterance, question.text if question else None, labels)
    if screen is not None:
        handler_input.response_builder.add_directive(render_directive(*screen))


def save_session(handler_input: HandlerInput, conversation: Conversation) -> None:
    attributes = handler_input.attributes_manager.session_attributes
    attributes["screening"] = conversation.state.to_json()
    attributes["dialog"] = conversation.memory.to_json()  # the speaking rate rides in it
    if conversation.state.finished:
        attributes["assessment"] = conversation.assessment().summary()
    else:
        attributes.pop("assessment", None)


def persist(handler_input: HandlerInput, conversation: Conversation,
            context: SkillContext) -> None:
    """Keep preferences always; keep answers only with resuming on (the store enforces it)."""
    store = context.store
    if store is None or conversation.forgotten:
        return
    envelope = handler_input.request_envelope
    if conversation.memory.rate != conversation.loaded_rate:
        store.save_prefs(envelope, {"rate": conversation.memory.rate})
    if not context.settings.resume:
        return
    state = conversation.state
    if state.finished and state.history:
        # The finished screening is replaced by its spoken summary, kept only until it expires.
        summary = conversation.result_card()[1]
        store.save_last_result(envelope, {"summary": _spoken_summary(summary)})
    elif state.history:
        kept = state.to_json()
        if conversation.memory.another:  # a carer's: resumed, still asked about "them"
            kept[OF_ANOTHER] = True
        store.save_unfinished(envelope, kept)
    elif conversation.discarded_unfinished:
        store.clear_unfinished(envelope)


def _spoken_summary(card_text: str) -> str:
    return " ".join(line.lstrip("- ") for line in card_text.splitlines()[:-1])

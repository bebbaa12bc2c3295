"""Screens for Echo Show and other APL devices: the question with touch buttons, the result list.

Screens only mirror the conversation; a device without one gets exactly the same speech. The
documents live as JSON beside this module and are filled from the same wording as the speech.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from ask_sdk_model import RequestEnvelope

from skill.screening.wording import Utterance

USER_EVENT = "Alexa.Presentation.APL.UserEvent"
TOKEN = "legcheck"
DOCUMENTS = Path(__file__).resolve().parent / "apl"


@cache
def document(name: str) -> dict[str, Any]:
    return json.loads((DOCUMENTS / f"{name}.json").read_text(encoding="utf-8"))


def supports_apl(envelope: RequestEnvelope) -> bool:
    system = envelope.context.system if envelope.context else None
    device = system.device if system else None
    interfaces = device.supported_interfaces if device else None
    if interfaces is None:
        return False
    return getattr(interfaces, "alexa_presentation_apl", None) is not None


def question_screen(question_text: str, choices: tuple[str, ...], labels: dict[str, str],
                    warning: str) -> dict[str, Any]:
    return {
        "question": question_text,
        "warning": warning,
        "choices": [{"value": value, "label": labels[value]} for value in choices],
    }


def result_screen(title: str, content: str, has_warning: bool) -> dict[str, Any]:
    lines = [line for line in content.splitlines() if line.strip()]
    return {
        "title": title,
        "lines": [
            {"text": line, "warning": has_warning and index == 0}
            for index, line in enumerate(lines)
        ],
    }


def screen_for(utterance: Utterance, question_text: str | None,
               labels: dict[str, str]) -> tuple[str, dict[str, Any]] | None:
    """Which document to show for this reply, with its data; None to leave the screen alone.

    The warning is the reply's own (`Wording.warning_first`), so screen and speech agree."""
    warning = utterance.screen_warning
    if utterance.choices and question_text:
        return "question", question_screen(question_text, utterance.choices, labels, warning)
    if utterance.card is not None:
        title, content = utterance.card
        return "result", result_screen(title, content, bool(warning))
    return None


def render_directive(name: str, screen: dict[str, Any]) -> Any:
    # Imported here: the APL models take longer to import than the rest of the skill, and
    # voice-only devices (and cold starts) never need them.
    from ask_sdk_model.interfaces.alexa.presentation.apl import RenderDocumentDirective

    return RenderDocumentDirective(
        token=TOKEN, document=document(name), datasources={"payload": {"screen": screen}}
    )

"""The reply when nothing else can answer: a request the skill could not read or handle.

Used by the Lambda entry (`handle_event`) and by the web service after a verified request broke
the skill. It reads only what it must from the raw request, and each read may fail on its own:
if any red flag can be read (recorded, or raised by the answers in the session), its warning
comes first, as after every red flag; otherwise the apology names the emergency number. It
ends the session, and never raises.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from skill.alexa.ssml import to_ssml
from skill.screening.locale import LocaleWording, wording_for
from skill.screening.wording import join

log = logging.getLogger("legcheck.last_resort")


def _mapping(value: Any, key: str) -> Mapping[str, Any] | None:
    inner = value.get(key) if isinstance(value, Mapping) else None
    return inner if isinstance(inner, Mapping) else None


def _locale(event: Any) -> LocaleWording:
    locale = (_mapping(event, "request") or {}).get("locale")
    try:
        return wording_for(locale if isinstance(locale, str) else None)
    except Exception:  # a locale file that cannot be read: the default, never a crash
        return wording_for(None)


def _warning(event: Any, locale: LocaleWording) -> str:
    """The warning of the most urgent red flag in the request's session, or ''."""
    attributes = _mapping(_mapping(event, "session"), "attributes")
    if attributes is None or attributes.get("screening") is None:
        return ""
    try:
        from skill.screening.assessment import raised_flags
        from skill.screening.knowledge import default_knowledge
        from skill.screening.state import restore_state
        from skill.screening.wording import Wording

        kb = default_knowledge()
        state = restore_state(attributes["screening"], kb).state
        flags = raised_flags(kb, state.answers, state.red_flags, state.unsure_flags)
        return Wording(kb, locale).warning(flags, first_time=False)
    except Exception as exc:  # the last resort must answer whatever broke the rest
        log.error("last-resort reply could not read red flags (%s)", type(exc).__name__)
        return ""


def last_resort_text(event: Any) -> str:
    """What to say: the warning when a red flag can be read, else how to get help."""
    locale = _locale(event)
    warning = _warning(event, locale)
    if warning:
        return join(warning, locale.line("error"))
    return join(locale.line("error"), locale.line("error_get_help"))


def last_resort_response(event: Any) -> dict[str, Any]:
    """A complete Alexa response envelope that ends the session."""
    return {
        "version": "1.0",
        "response": {
            "outputSpeech": {"type": "SSML", "ssml": to_ssml(last_resort_text(event))},
            "shouldEndSession": True,
        },
    }

"""The spoken answer for a verified request the skill could not handle.

Alexa treats an HTTP error as a skill failure and says something generic and alarming; a person
screening their legs should instead hear that something went wrong and what to do. This is the
last line only: the skill's own exception handler should normally answer first.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_SORRY = {
    "en": (
        "Sorry, Leg Check ran into a problem and couldn't finish that. Please try again in a "
        "moment. If you suddenly feel much worse, get medical help now."
    ),
}


def _locale_of(envelope: Any) -> str:
    request = envelope.get("request") if isinstance(envelope, Mapping) else None
    locale = request.get("locale") if isinstance(request, Mapping) else None
    return locale if isinstance(locale, str) else "en-US"


def fallback_response(envelope: Any) -> dict[str, Any]:
    """A valid Alexa response envelope that apologises and ends the session."""
    language = _locale_of(envelope).split("-")[0].lower()
    text = _SORRY.get(language, _SORRY["en"])
    return {
        "version": "1.0",
        "response": {
            "outputSpeech": {"type": "SSML", "ssml": f"<speak>{text}</speak>"},
            "shouldEndSession": True,
        },
    }

"""Plain text to Alexa SSML: escaped, paced, and within Alexa's limits.

Spoken text is written as plain sentences in the data files; only here does it become markup, so
an ampersand in a condition name can never break a response.
"""

from __future__ import annotations

import re

from skill.alexa.dialog import NORMAL_RATE, RATES

# Alexa rejects output speech over 8,000 characters; stay well inside it.
MAX_SSML_CHARS = 7500
_SENTENCE_END = re.compile(r"(?<=[.?!:])\s+(?=[A-Z])")
_PAUSE = '<break time="250ms"/>'  # between sentences


def escape(text: str) -> str:
    """XML-escape spoken text (xml.sax.saxutils would pull in urllib and ssl at start-up)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_ssml(text: str, rate: int = NORMAL_RATE) -> str:
    """Wrap plain text as SSML with a short pause between sentences and the person's rate."""
    # Escaping first is safe: it adds no sentence ends ("&amp;" ends in ";").
    body = _SENTENCE_END.sub(_PAUSE, escape(text.strip()))
    if rate != NORMAL_RATE:
        body = f'<prosody rate="{RATES[rate]}">{body}</prosody>'
    ssml = f"<speak>{body}</speak>"
    if len(ssml) > MAX_SSML_CHARS:
        # Never cut mid-tag: fall back to the escaped text, trimmed at a sentence.
        trimmed = escape(text[: MAX_SSML_CHARS - 100].rsplit(". ", 1)[0] + ".")
        ssml = f"<speak>{trimmed}</speak>"
    return ssml

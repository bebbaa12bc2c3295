"""Values from a request made safe for a log line: printable, on one line, and short.

Anything a client sends (a locale, an intent name, a URL, a reason quoting them) may hold a
newline that forges a log line, or be megabytes long. Every field a log line takes from a
request goes through `field` first.
"""

from __future__ import annotations

from collections.abc import Iterable

MAX_FIELD_CHARS = 64
_CUT = "..."


def _escaped(char: str) -> str:
    return char if char.isprintable() else repr(char)[1:-1]


def field(value: object, limit: int = MAX_FIELD_CHARS) -> str:
    """`value` as text: control and separator characters escaped (\\n, \\x1b, \\u2028), and
    at most `limit` characters, cut with '...' when longer."""
    text = value if isinstance(value, str) else str(value)
    text = "".join(_escaped(char) for char in text[: limit + 1])
    if len(text) > limit:
        text = text[: limit - len(_CUT)] + _CUT
    return text


def fields(values: Iterable[object], limit: int = MAX_FIELD_CHARS, most: int = 8) -> str:
    """Several values, each safe, distinct ones only, at most `most` of them, comma-separated."""
    items = list(dict.fromkeys(field(value, limit) for value in values))
    shown = items[:most]
    if len(items) > most:
        shown.append(f"+{len(items) - most} more")
    return ", ".join(shown)

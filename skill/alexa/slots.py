"""Reading slot values the way Alexa resolves them: the entity id when matched, else nothing.

An unlisted value (ER_SUCCESS_NO_MATCH) is reported as heard-but-unknown, so the skill reads the
words themselves (skill/understanding/) rather than guess or give up.
"""

from __future__ import annotations

from typing import NamedTuple

from ask_sdk_model import IntentRequest


class SlotValue(NamedTuple):
    id: str | None  # the resolved entity id, when Alexa matched a listed value
    heard: str | None  # what was said, if anything

    @property
    def unknown(self) -> bool:
        """Words Alexa could not resolve to a listed value: the reader reads them."""
        return self.id is None and bool(self.heard)


def slot(request: IntentRequest, name: str) -> SlotValue:
    slots = request.intent.slots if request.intent else None
    found = (slots or {}).get(name)
    if found is None:
        return SlotValue(None, None)
    heard = found.value or None
    resolutions = found.resolutions.resolutions_per_authority if found.resolutions else None
    for authority in resolutions or []:
        code = authority.status.code if authority.status else None
        if getattr(code, "value", code) == "ER_SUCCESS_MATCH" and authority.values:
            return SlotValue(authority.values[0].value.id, heard)
    return SlotValue(None, heard)


def raw_slot(request: IntentRequest, name: str) -> str | None:
    """A built-in slot's value as sent (AMAZON.DURATION arrives as ISO 8601)."""
    slots = request.intent.slots if request.intent else None
    found = (slots or {}).get(name)
    return found.value if found is not None and found.value else None

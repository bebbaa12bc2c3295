"""What the conversation remembers between turns besides the screening itself.

Kept apart from the screening state because it is about talking, not health: what was offered (so
a bare "yes" means the right thing), the parts held back for "more", the last thing said (for
"repeat") and the speaking rate. It travels in session attributes and is validated on read.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

# Speaking rates, slowest to fastest, as SSML prosody percentages.
RATES = ("70%", "85%", "100%", "115%", "130%")
NORMAL_RATE = 2

OFFERS = frozenset({
    "resume",  # welcome back: carry on or start over
    "more",  # parts held back for "more"
    "result",  # self-care tips, treatment, repeat, or finish
    "treatment",  # how `topic` is treated
    "start",  # start a check
    "continue",  # carry on with the check after a side question
    "which_cause",  # waiting for a cause's name
    "anything_else",  # "is there anything else?" after a finished check
})


class DialogMemory(NamedTuple):
    offer: str | None = None
    topic: str | None = None  # the condition last talked about ("how is it treated?")
    pages: tuple[str, ...] = ()  # parts still to come on "more"
    last_text: str = ""
    last_reprompt: str = ""
    rate: int = NORMAL_RATE
    # The red flags the last reply raised and warned about in full: "repeat" says them again.
    warned: tuple[str, ...] = ()
    full_warning: bool = False  # the last reply gave the warning in full (result, leaving)
    confirming: str | None = None  # the question asked to confirm something said loosely
    # A carer is speaking of the one screened ("my mum's leg went numb"): "not that I know of"
    # is then checked once at a red-flag question (review6 N3).
    another: bool = False

    def with_changes(self, **changes: Any) -> DialogMemory:
        return self._replace(**changes)

    def to_json(self) -> dict[str, Any]:
        """Only what is set: the SDK copies and re-serialises every value on every turn."""
        memory: dict[str, Any] = {}
        if self.offer is not None:
            memory["offer"] = self.offer
        if self.topic is not None:
            memory["topic"] = self.topic
        if self.pages:
            memory["pages"] = list(self.pages)
        if self.last_text:
            memory["last_text"] = self.last_text
        if self.last_reprompt:
            memory["last_reprompt"] = self.last_reprompt
        if self.rate != NORMAL_RATE:
            memory["rate"] = self.rate
        if self.warned:
            memory["warned"] = list(self.warned)
        if self.full_warning:
            memory["full_warning"] = True
        if self.confirming is not None:
            memory["confirming"] = self.confirming
        if self.another:
            memory["another"] = True
        return memory

    @classmethod
    def from_json(cls, raw: Any, rate: int, known_topics: Mapping[str, object]) -> DialogMemory:
        """Read back leniently: anything odd is dropped, never raised. `rate` is the speaking
        rate to use when the memory holds none (the one kept in the person's preferences)."""
        raw = raw if isinstance(raw, Mapping) else {}
        offer, topic = raw.get("offer"), raw.get("topic")
        offer = offer if isinstance(offer, str) and offer in OFFERS else None
        topic = topic if isinstance(topic, str) and topic in known_topics else None
        pages = raw.get("pages")
        pages = tuple(p for p in pages if isinstance(p, str))[:5] if isinstance(pages, list) else ()
        last_text = raw.get("last_text") if isinstance(raw.get("last_text"), str) else ""
        last_reprompt = raw.get("last_reprompt")
        last_reprompt = last_reprompt if isinstance(last_reprompt, str) else ""
        if "rate" in raw:
            rate = rate_from_prefs(raw)
        warned = raw.get("warned")
        # Ids only; one the knowledge base does not know is never matched to a raised flag.
        warned = tuple(w for w in warned if isinstance(w, str))[:20] \
            if isinstance(warned, list) else ()
        confirming = raw.get("confirming")
        confirming = confirming if isinstance(confirming, str) else None
        return cls(offer, topic, pages, last_text, last_reprompt, rate, warned,
                   raw.get("full_warning") is True, confirming, raw.get("another") is True)


def rate_from_prefs(prefs: Any) -> int:
    """The speaking rate in preferences (or a dialog memory), or the normal one."""
    if isinstance(prefs, Mapping):
        rate = prefs.get("rate")
        if isinstance(rate, int) and not isinstance(rate, bool) and 0 <= rate < len(RATES):
            return rate
    return NORMAL_RATE

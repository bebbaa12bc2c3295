"""Every YAML script in this folder is a pytest item, played on the real skill in-process.

The skill is built with `Settings(store="none")` (what `LEGCHECK_STORE=none` selects): no SQLite
file or DynamoDB table is touched, nothing is kept between sessions, and each script starts from
nothing whatever the environment says.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from alexa_simulator import Simulator
from alexa_simulator.pytest_plugin import pytest_addhooks, pytest_collect_file  # noqa: F401
from alexa_simulator.script import Script
from skill.alexa.skill_builder import build_skill, handle_event
from skill.config import Settings

SETTINGS = Settings(store="none")


# No loops (review4 R2-R4): within one session no prompt is spoken more than this many times,
# but for what the person asked to hear again. Every script checks it on every turn.
MOST_TIMES_ONE_PROMPT = 3
_ASKED_AGAIN = frozenset({"AMAZON.RepeatIntent", "AMAZON.HelpIntent"})


def make_handler() -> Any:
    """A Lambda-style handler around a freshly built skill with persistence off, that fails the
    script when a session speaks the same prompt more than `MOST_TIMES_ONE_PROMPT` times."""
    skill = build_skill(SETTINGS)
    spoken: dict[str, Counter[str]] = {}

    def leg_check_store_none(event: dict[str, Any], context: Any = None) -> dict[str, Any]:
        response = handle_event(skill, event, context)
        request = event.get("request", {})
        if request.get("intent", {}).get("name") in _ASKED_AGAIN:
            return response
        session = event.get("session", {}).get("sessionId", "")
        speech = (response.get("response", {}).get("outputSpeech") or {}).get("ssml", "")
        if speech:
            times = spoken.setdefault(session, Counter())
            times[speech] += 1
            assert times[speech] <= MOST_TIMES_ONE_PROMPT, \
                f"the same prompt {times[speech]} times in one session: {speech}"
        return response

    return leg_check_store_none


def pytest_simulator_make(script: Script, config: Any) -> Simulator:
    """The simulator each script runs on: its locale and device, the skill with no store."""
    return Simulator(locale=script.locale, device=script.device, model_dir=script.model_dir,
                     handler=make_handler())

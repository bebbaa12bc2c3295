"""Every YAML script in this folder is a pytest item, played on the real skill in-process.

The skill is built with `Settings(store="none")` (what `LEGCHECK_STORE=none` selects): no SQLite
file or DynamoDB table is touched, nothing is kept between sessions, and each script starts from
nothing whatever the environment says.
"""

from __future__ import annotations

from typing import Any

from alexa_simulator import Simulator
from alexa_simulator.pytest_plugin import pytest_addhooks, pytest_collect_file  # noqa: F401
from alexa_simulator.script import Script
from skill.alexa.skill_builder import build_skill, handle_event
from skill.config import Settings

SETTINGS = Settings(store="none")


def make_handler() -> Any:
    """A Lambda-style handler around a freshly built skill with persistence off."""
    skill = build_skill(SETTINGS)

    def leg_check_store_none(event: dict[str, Any], context: Any = None) -> dict[str, Any]:
        return handle_event(skill, event, context)

    return leg_check_store_none


def pytest_simulator_make(script: Script, config: Any) -> Simulator:
    """The simulator each script runs on: its locale and device, the skill with no store."""
    return Simulator(locale=script.locale, device=script.device, model_dir=script.model_dir,
                     handler=make_handler())

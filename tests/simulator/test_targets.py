"""Finding the skill: the default handler, its fallback by path, --handler specs."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

from alexa_simulator import TargetError
from alexa_simulator.targets import HandlerTarget, LazyDefaultTarget, default_handler, load_handler

from .conftest import ECHO_PATH

LAMBDA = """\
def handler(event, context):
    return {"version": "1.0", "response": {"outputSpeech": {"type": "PlainText",
            "text": "from lambda_function " + event["request"]["type"]}}}
"""


@pytest.fixture
def no_skill_builder(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend skill.alexa.skill_builder does not exist (yet)."""
    real = importlib.util.find_spec

    def find_spec(name: str, *args: Any) -> Any:
        return None if name == "skill.alexa.skill_builder" else real(name, *args)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)


def test_falls_back_to_lambda_function_by_path(tmp_path: Path, no_skill_builder: None) -> None:
    (tmp_path / "lambda").mkdir()
    (tmp_path / "lambda" / "lambda_function.py").write_text(LAMBDA)
    _, description = default_handler(tmp_path)
    assert description.endswith("lambda_function.py:handler")
    target = LazyDefaultTarget(tmp_path)
    reply = target({"request": {"type": "LaunchRequest"}})
    assert reply["response"]["outputSpeech"]["text"] == "from lambda_function LaunchRequest"


def test_no_skill_at_all_is_a_clear_error(tmp_path: Path, no_skill_builder: None) -> None:
    with pytest.raises(TargetError, match=r"no skill to talk to: .* \(use --url URL"):
        default_handler(tmp_path)


def test_load_handler_specs() -> None:
    handler = load_handler(f"{ECHO_PATH}:build_handler")  # a factory is called
    reply = HandlerTarget(handler)({"version": "1.0", "request": {
        "type": "LaunchRequest", "requestId": "r", "timestamp": "2024-01-01T00:00:00Z",
        "locale": "en-US"}, "context": {"System": {"application": {"applicationId": "a"},
                                                   "user": {"userId": "u"}}},
        "session": {"new": True, "sessionId": "s", "application": {"applicationId": "a"},
                    "user": {"userId": "u"}, "attributes": {}}})
    assert "Welcome" in reply["response"]["outputSpeech"]["ssml"]
    assert callable(load_handler("json:dumps"))
    for spec, message in [("nocolon", "use module:attribute"),
                          ("no_such_mod_abc:x", "no module no_such_mod_abc"),
                          ("json:nothing_here", "json has no nothing_here"),
                          ("missing/file.py:x", "does not exist")]:
        with pytest.raises(TargetError, match=message):
            load_handler(spec)

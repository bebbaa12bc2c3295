"""The HTTP target: the same conversation over a real socket."""

from __future__ import annotations

import pytest

from alexa_simulator import Simulator

from .conftest import MODEL_DIR

pytestmark = pytest.mark.slow  # starts a server


def test_http_target_holds_a_conversation(echo_url: str) -> None:
    sim = Simulator(url=echo_url, model_dir=MODEL_DIR)
    assert sim.say("open pizza bot").speech.startswith("Welcome to pizza bot")
    reply = sim.say("i want a large pizza")
    assert reply.speech == "intent OrderPizzaIntent size=large id=L dialog COMPLETED"
    assert reply.session_attributes["turns"] == 3
    assert sim.say("stop").session_ended

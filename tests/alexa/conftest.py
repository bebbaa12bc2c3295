"""Fixtures that talk to the real skill the way Alexa does: request envelopes through the Lambda
handler, by way of the offline simulator or hand-built envelopes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from alexa_simulator import Simulator
from alexa_simulator import envelopes as env
from skill.alexa.skill_builder import build_skill, handle_event
from skill.config import Settings

Handler = Callable[[dict[str, Any], Any], dict[str, Any]]


def make_handler(settings: Settings | None = None, store: Any = None) -> Handler:
    skill = build_skill(settings or Settings(store="none"), store=store,
                        use_store=store is not None)

    def handler(event: dict[str, Any], context: Any = None) -> dict[str, Any]:
        return handle_event(skill, event, context)

    return handler


@pytest.fixture(scope="session")
def handler() -> Handler:
    return make_handler()


@pytest.fixture
def sim(handler: Handler) -> Simulator:
    return Simulator(locale="en-US", handler=handler)


@pytest.fixture
def screen_sim(handler: Handler) -> Simulator:
    return Simulator(locale="en-US", handler=handler, device="screen")


@pytest.fixture
def intent_event() -> Callable[..., dict[str, Any]]:
    """A raw IntentRequest envelope with the given session attributes."""

    def build(name: str, attributes: dict[str, Any] | None = None,
              slots: dict[str, Any] | None = None, locale: str = "en-US") -> dict[str, Any]:
        session = env.SessionInfo(session_id="amzn1.echo-api.session.test", new=False,
                                  attributes=attributes or {})
        request = env.intent_request(locale, name, {})
        request["intent"]["slots"] = slots or {}
        return env.envelope(env.Identity(), session, request)

    return build


KIND_DEFAULTS = {"side": "both legs", "duration": "for months", "onset": "slowly"}


def finish_screening(sim: Simulator, reply: Any, answers: dict[str, str] | None = None,
                     default: str = "no", limit: int = 30) -> Any:
    """Answer whatever is asked (from `answers` by question id, else a plain default) until the
    result; bounded, so a screening that never ends fails instead of hanging."""
    from skill.screening.knowledge import default_knowledge

    kb = default_knowledge()
    for _ in range(limit):
        if "assessment" in reply.session_attributes:
            return reply
        current = reply.session_attributes["screening"]["current"]
        kind = kb.question(current).kind
        reply = sim.say((answers or {}).get(current, KIND_DEFAULTS.get(kind, default)))
    raise AssertionError("the screening did not finish")

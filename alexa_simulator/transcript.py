"""Transcripts: every turn's request and response as JSON, recorded and replayed.

A recorded conversation is a regression test for free: replay re-sends the same requests to the
skill as it is now and reports where what Alexa would say has changed. Ids and timestamps are
never compared; session attributes are carried from the replayed responses, so a change in
state shows up as a change in speech rather than being papered over.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from alexa_simulator import envelopes as env
from alexa_simulator import ssml
from alexa_simulator.errors import ScriptError, SimulatorError
from alexa_simulator.model import display_path
from alexa_simulator.targets import Target

if TYPE_CHECKING:
    from alexa_simulator.simulator import Simulator

FORMAT = "alexa-simulator-transcript"
VERSION = 1


def document(sim: Simulator) -> dict[str, Any]:
    """The transcript of a simulator's conversation so far."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "recorded": env.timestamp(),
        "locale": sim.locale,
        "device": sim.device,
        "target": getattr(sim.target, "description", ""),
        "turns": sim.transcript,
    }


def save(path: Path | str, sim: Simulator) -> None:
    """Write the simulator's transcript as JSON."""
    Path(path).write_text(json.dumps(document(sim), indent=2) + "\n", encoding="utf-8")


def load(path: Path | str) -> dict[str, Any]:
    """A transcript file, checked enough that replay can trust its shape."""
    path = Path(path)
    where = display_path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ScriptError(f"{where}: no such file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ScriptError(f"{where}: cannot read ({exc})") from exc
    except json.JSONDecodeError as exc:
        raise ScriptError(f"{where}:{exc.lineno}: not valid JSON ({exc.msg})") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ScriptError(f"{where}: not a simulator transcript (no \"format\": \"{FORMAT}\")")
    if not isinstance(data.get("turns"), list):
        raise ScriptError(f"{where}: transcript has no turns")
    return data


def summary(response: dict[str, Any] | None) -> dict[str, Any]:
    """What replay compares: what is heard and seen, not ids or timestamps."""
    body = (response or {}).get("response") or {}
    speech = (body.get("outputSpeech") or {})
    reprompt = ((body.get("reprompt") or {}).get("outputSpeech") or {})
    card = body.get("card") or {}
    return {
        "speech": ssml.to_text(speech.get("ssml") or speech.get("text")),
        "reprompt": ssml.to_text(reprompt.get("ssml") or reprompt.get("text")),
        "card": [card.get("title"), card.get("content", card.get("text"))] if card else None,
        "shouldEndSession": body.get("shouldEndSession"),
        "directives": [d.get("type") for d in body.get("directives") or []],
    }


@dataclass
class Difference:
    turn: int
    heard: str
    field: str
    recorded: Any
    now: Any

    def report(self) -> str:
        """The difference as - recorded / + now lines."""
        return (f"turn {self.turn} {self.heard}: {self.field} differs\n"
                f"  - recorded: {json.dumps(self.recorded)}\n"
                f"  + now:      {json.dumps(self.now)}")


def _exchanges(turn: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    pairs = [(x.get("request"), x.get("response")) for x in turn.get("exchanges") or []]
    if not pairs and turn.get("request"):
        pairs = [(turn["request"], turn.get("response"))]
    return [(rq, rs or {}) for rq, rs in pairs if isinstance(rq, dict)]


def replay(data: dict[str, Any], target: Target) -> tuple[int, list[Difference]]:
    """Re-send every recorded request; (requests sent, differences in what the person hears)."""
    attributes: dict[str, Any] = {}
    sent = 0
    differences: list[Difference] = []
    for number, turn in enumerate(data["turns"], 1):
        heard = turn.get("heard") or json.dumps(turn.get("input"))
        for request, recorded in _exchanges(turn):
            body = json.loads(json.dumps(request))
            session = body.get("session")
            if isinstance(session, dict):
                session["attributes"] = {} if session.get("new") else dict(attributes)
            if isinstance(body.get("request"), dict):
                body["request"]["timestamp"] = env.timestamp(dt.datetime.now(dt.UTC))
            try:
                response = target(body)
            except SimulatorError as exc:
                raise SimulatorError(f"turn {number} {heard}: {exc}") from exc
            sent += 1
            new_attributes = response.get("sessionAttributes")
            attributes = dict(new_attributes) if isinstance(new_attributes, dict) else {}
            before, after = summary(recorded), summary(response)
            for key in before:
                if before[key] != after[key]:
                    differences.append(Difference(number, heard, key, before[key], after[key]))
    return sent, differences

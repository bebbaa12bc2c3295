"""Offline Alexa simulator: hold a whole conversation with the skill without Amazon's cloud.

    from alexa_simulator import Simulator
    sim = Simulator(locale="en-US")          # the project's skill, in-process
    sim.say("open leg check").speech

See docs/simulator.md for the REPL, YAML scripts, transcripts and the pytest plugin.
"""

from alexa_simulator.errors import (
    ModelError,
    NoMatchError,
    ScriptError,
    SessionClosedError,
    SimulatorError,
    SkillError,
    TargetError,
)
from alexa_simulator.nlu import IntentMatch, Resolution, SlotFill
from alexa_simulator.simulator import Card, Reply, Simulator, Turn

__all__ = [
    "Card",
    "IntentMatch",
    "ModelError",
    "NoMatchError",
    "Reply",
    "Resolution",
    "ScriptError",
    "SessionClosedError",
    "Simulator",
    "SimulatorError",
    "SkillError",
    "SlotFill",
    "TargetError",
    "Turn",
]

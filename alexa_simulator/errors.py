"""Errors the simulator reports as one line: what went wrong and where, never a traceback."""

from __future__ import annotations


class SimulatorError(Exception):
    """A user-facing problem (bad locale, broken model file, endpoint down). Exit code 2."""


class ModelError(SimulatorError):
    """The interaction model file is missing or not what the ASK CLI would accept."""


class TargetError(SimulatorError):
    """The skill endpoint could not be reached or answered with something that is not a reply."""


class SkillError(SimulatorError):
    """The in-process skill raised; the original exception is chained as __cause__."""


class NoMatchError(SimulatorError):
    """Nothing in the model fits the utterance and the model has no AMAZON.FallbackIntent."""


class SessionClosedError(SimulatorError):
    """The utterance needs an open session (Alexa would not route it to the skill)."""


class ScriptError(SimulatorError):
    """A YAML conversation script is malformed."""

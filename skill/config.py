"""Operator settings, read once from the environment with safe defaults.

Everything an operator can change lives here so that the Lambda entry, the web service and the
simulator build the same skill from the same knobs. Defaults are the safe ones: request
verification on, resuming of health answers off (Amazon lets only HIPAA-eligible skills keep them).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

_TRUE = {"1", "on", "true", "yes"}
_FALSE = {"0", "off", "false", "no", ""}


class SettingsError(ValueError):
    """An environment variable holds a value the skill cannot use."""


def _flag(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise SettingsError(f"{name}={raw!r}: use on or off")


def _number(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = float(raw)
    except ValueError as exc:
        raise SettingsError(f"{name}={raw!r}: not a number") from exc
    if value <= 0:
        raise SettingsError(f"{name}={raw!r}: must be above zero")
    return value


@dataclass(frozen=True)
class Settings:
    """The operator's choices. Build with `Settings.from_env()` or directly in tests."""

    # Keep an unfinished screening between sessions (off: Amazon policy, see README).
    resume: bool = False
    # How long an unfinished screening or last result may be kept, in hours.
    resume_hours: float = 24.0
    # Where preferences (and, with resume on, unfinished screenings) are kept:
    # sqlite, dynamodb or none.
    store: str = "sqlite"
    sqlite_path: str = ".legcheck/legcheck.sqlite3"
    dynamodb_table: str = "LegCheckUsers"
    dynamodb_endpoint: str | None = None
    dynamodb_region: str | None = None
    dynamodb_create_table: bool = False
    # The skill id requests must carry; None accepts any (the web service insists on one when
    # verifying).
    skill_id: str | None = None
    # Web service: verify Alexa's signature and timestamp (never off outside loopback).
    verify_requests: bool = True

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        store = env.get("LEGCHECK_STORE", "sqlite").strip().lower() or "sqlite"
        if store not in {"sqlite", "dynamodb", "none"}:
            raise SettingsError(f"LEGCHECK_STORE={store!r}: use sqlite, dynamodb or none")
        return cls(
            resume=_flag(env, "LEGCHECK_RESUME", False),
            resume_hours=_number(env, "LEGCHECK_RESUME_HOURS", 24.0),
            store=store,
            sqlite_path=env.get("LEGCHECK_SQLITE_PATH", cls.sqlite_path),
            dynamodb_table=env.get("LEGCHECK_DYNAMODB_TABLE", cls.dynamodb_table),
            dynamodb_endpoint=env.get("LEGCHECK_DYNAMODB_ENDPOINT") or None,
            dynamodb_region=env.get("LEGCHECK_DYNAMODB_REGION") or env.get("AWS_REGION") or None,
            dynamodb_create_table=_flag(env, "LEGCHECK_DYNAMODB_CREATE_TABLE", False),
            skill_id=env.get("LEGCHECK_SKILL_ID") or None,
            verify_requests=_flag(env, "LEGCHECK_VERIFY", True),
        )

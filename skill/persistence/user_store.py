"""The facade the Alexa layer talks to: what is kept about a user, and for how long.

Two rows per user, each behind an AbstractPersistenceAdapter:

* preferences (speaking rate...): `{"v": 1, "prefs": {...}}`, kept until "forget me";
* health data, only when the operator turned resume on: `{"v": 1, "unfinished": {...} | None,
  "unfinished_at": t, "last_result": {...} | None, "last_result_at": t}`, each item readable
  for `resume_seconds` after it was saved; the row expires with its newest item.

Nothing here raises into a conversation: a store that is down, slow or holding garbage costs
the user their saved state, never the answer to their question. Failures are logged as one line
naming the operation and the exception class, never ids or contents (health data).
"""

from __future__ import annotations

import json
import logging
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ask_sdk_core.attributes_manager import AbstractPersistenceAdapter

from skill.persistence.base import CorruptDataError, ExpiringAdapter, NullPersistenceAdapter

if TYPE_CHECKING:
    from ask_sdk_model import RequestEnvelope

_log = logging.getLogger("legcheck.persistence")

#: Version of the row layouts below; rows with another version are treated as corrupt.
SCHEMA_VERSION = 1
# A timestamp this far in the future is not clock skew between workers but a bad row.
_MAX_CLOCK_SKEW_SECONDS = 300.0


@dataclass(frozen=True)
class StoredUser:
    """What `UserStore.load` found. `degraded` means the store failed or held bad data."""

    prefs: dict[str, object] = field(default_factory=dict)
    unfinished: dict[str, object] | None = None
    last_result: dict[str, object] | None = None
    degraded: bool = False


@dataclass(frozen=True)
class _Health:
    unfinished: dict[str, object] | None = None
    unfinished_at: float | None = None
    last_result: dict[str, object] | None = None
    last_result_at: float | None = None

    @property
    def empty(self) -> bool:
        return self.unfinished is None and self.last_result is None

    def newest(self) -> float | None:
        times = [t for t in (self.unfinished_at, self.last_result_at) if t is not None]
        return max(times) if times else None

    def to_row(self) -> dict[str, object]:
        return {
            "v": SCHEMA_VERSION,
            "unfinished": self.unfinished,
            "unfinished_at": self.unfinished_at,
            "last_result": self.last_result,
            "last_result_at": self.last_result_at,
        }


class UserStore:
    """Loads and saves one user's preferences and (when allowed) health data; never raises.

    With resume disabled the health adapter is dropped at construction, so it cannot be
    called at all: unfinished/last_result are always None and the save_* calls return False.
    """

    def __init__(
        self,
        prefs_adapter: AbstractPersistenceAdapter | None,
        health_adapter: AbstractPersistenceAdapter | None,
        resume_enabled: bool,
        resume_seconds: float,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not (isinstance(resume_seconds, (int, float)) and math.isfinite(resume_seconds)):
            raise ValueError("resume_seconds must be a finite number")
        if resume_seconds <= 0:
            raise ValueError("resume_seconds must be above zero")
        self._prefs: AbstractPersistenceAdapter = prefs_adapter or NullPersistenceAdapter()
        self._health = health_adapter if resume_enabled else None
        self.resume_enabled = bool(resume_enabled)
        self.resume_seconds = float(resume_seconds)
        self._clock = clock
        # Request id of the latest request in which the store failed (see _guard).
        self._failed_request_id: str | None = None

    # -- what this store can promise (for wording such as "I'll remember that") -----------------

    @property
    def keeps_prefs(self) -> bool:
        """True when saved preferences survive the session."""
        return _keeps_data(self._prefs)

    @property
    def keeps_health(self) -> bool:
        """True when an unfinished screening / last result can survive the session."""
        return self._health is not None and _keeps_data(self._health)

    # -- reading ---------------------------------------------------------------------------------

    def load(self, request_envelope: RequestEnvelope) -> StoredUser:
        """Everything kept for this user; expired or corrupt parts come back as absent."""
        prefs, prefs_ok = self._load_prefs(request_envelope)
        if self._health is None:
            return StoredUser(prefs=prefs, degraded=not prefs_ok)
        health, health_ok = self._read_health(request_envelope, "load_health")
        health = health or _Health()
        return StoredUser(
            prefs=prefs,
            unfinished=health.unfinished,
            last_result=health.last_result,
            degraded=not (prefs_ok and health_ok),
        )

    # -- writing ---------------------------------------------------------------------------------

    def save_prefs(self, request_envelope: RequestEnvelope, prefs: dict[str, object]) -> bool:
        """Keep the speech preferences; False when not kept (store down, bad value, no store)."""
        if not _is_json_object(prefs):
            _log.warning("persistence save_prefs refused (TypeError)")
            return False
        if not self.keeps_prefs:
            return False
        row = {"v": SCHEMA_VERSION, "prefs": dict(prefs)}
        return self._attempt(
            "save_prefs",
            request_envelope,
            lambda: self._prefs.save_attributes(request_envelope, row),
        )

    def save_unfinished(
        self, request_envelope: RequestEnvelope, screening: dict[str, object]
    ) -> bool:
        """Keep an unfinished screening for `resume_seconds`; False when resume is off."""
        if not self.keeps_health:
            return False
        if not _is_json_object(screening):
            _log.warning("persistence save_unfinished refused (TypeError)")
            return False
        return self._update_health(
            request_envelope,
            "save_unfinished",
            lambda h, now: replace(h, unfinished=dict(screening), unfinished_at=now),
        )

    def save_last_result(
        self,
        request_envelope: RequestEnvelope,
        result: dict[str, object],
    ) -> bool:
        """Keep the finished result; the screening it finished is dropped."""
        if not self.keeps_health:
            return False
        if not _is_json_object(result):
            _log.warning("persistence save_last_result refused (TypeError)")
            return False

        return self._update_health(
            request_envelope,
            "save_last_result",
            lambda h, now: replace(h, last_result=dict(result), last_result_at=now,
                                   unfinished=None, unfinished_at=None),
        )

    def clear_unfinished(self, request_envelope: RequestEnvelope) -> bool:
        """Drop the unfinished screening only (e.g. "start over"), keeping the last result."""
        if self._health is None:
            return True  # nothing health-related is kept by this store
        return self._update_health(
            request_envelope,
            "clear_unfinished",
            lambda h, _now: replace(h, unfinished=None, unfinished_at=None),
        )

    def clear_health(self, request_envelope: RequestEnvelope) -> bool:
        """Remove the unfinished screening and the last result. True when none is kept."""
        health = self._health
        if health is None:
            return True  # resume off: this store keeps no health data (and must not call it)
        return self._attempt(
            "clear_health", request_envelope, lambda: health.delete_attributes(request_envelope)
        )

    def forget(self, request_envelope: RequestEnvelope) -> bool:
        """Forget me: remove preferences and health data. True only if every delete worked."""
        prefs_gone = self._attempt(
            "forget_prefs",
            request_envelope,
            lambda: self._prefs.delete_attributes(request_envelope),
        )
        health_gone = self.clear_health(request_envelope)
        return prefs_gone and health_gone

    # -- internals -------------------------------------------------------------------------------

    def _load_prefs(self, request_envelope: RequestEnvelope) -> tuple[dict[str, object], bool]:
        try:
            self._guard(request_envelope)
            prefs = _parse_prefs(self._prefs.get_attributes(request_envelope))
        except CorruptDataError as exc:
            self._log_failure("load_prefs", exc)
            self._discard(self._prefs, request_envelope, "load_prefs")
            return {}, False
        except Exception as exc:  # a store failure must never end the session
            self._fail("load_prefs", request_envelope, exc)
            return {}, False
        return prefs, True

    def _read_health(
        self, request_envelope: RequestEnvelope, operation: str
    ) -> tuple[_Health | None, bool]:
        """(health, ok). health is None only when the store could not be read at all."""
        adapter = self._health
        assert adapter is not None
        now = self._clock()
        try:
            self._guard(request_envelope)
            health = _parse_health(adapter.get_attributes(request_envelope))
        except CorruptDataError as exc:
            self._log_failure(operation, exc)
            self._discard(adapter, request_envelope, operation)
            return _Health(), False
        except Exception as exc:  # a store failure must never end the session
            self._fail(operation, request_envelope, exc)
            return None, False
        fresh = self._drop_expired(health, now)
        if fresh != health:
            # Something expired: rewrite or remove the row now, so it does not wait for a TTL.
            self._store_health(request_envelope, fresh, operation + "_expire", now)
        return fresh, True

    def _update_health(
        self,
        request_envelope: RequestEnvelope,
        operation: str,
        change: Callable[[_Health, float], _Health],
    ) -> bool:
        health, _ok = self._read_health(request_envelope, operation)
        if health is None:
            return False  # unreadable: writing blind could wipe the other item
        now = self._clock()
        return self._store_health(request_envelope, change(health, now), operation, now)

    def _store_health(
        self, request_envelope: RequestEnvelope, health: _Health, operation: str, now: float
    ) -> bool:
        adapter = self._health
        assert adapter is not None
        if health.empty:
            return self._attempt(
                operation, request_envelope, lambda: adapter.delete_attributes(request_envelope)
            )
        row = health.to_row()
        newest = health.newest()
        expires_at = (newest if newest is not None else now) + self.resume_seconds
        if isinstance(adapter, ExpiringAdapter):
            return self._attempt(
                operation,
                request_envelope,
                lambda: adapter.save_attributes_until(request_envelope, row, expires_at),
            )
        return self._attempt(
            operation, request_envelope, lambda: adapter.save_attributes(request_envelope, row)
        )

    def _drop_expired(self, health: _Health, now: float) -> _Health:
        if not self._is_fresh(health.unfinished_at, now):
            health = replace(health, unfinished=None, unfinished_at=None)
        if not self._is_fresh(health.last_result_at, now):
            health = replace(health, last_result=None, last_result_at=None)
        return health

    def _is_fresh(self, saved_at: float | None, now: float) -> bool:
        if saved_at is None:
            return False
        age = now - saved_at
        return -_MAX_CLOCK_SKEW_SECONDS <= age <= self.resume_seconds

    def _attempt(
        self, operation: str, request_envelope: RequestEnvelope, action: Callable[[], object]
    ) -> bool:
        try:
            self._guard(request_envelope)
            action()
        except Exception as exc:  # a store failure must never end the session
            self._fail(operation, request_envelope, exc)
            return False
        return True

    def _guard(self, request_envelope: RequestEnvelope) -> None:
        """Skip the store for the rest of a request in which it already failed.

        An unreachable DynamoDB costs a timeout per call; without this a single turn
        (load prefs, load health, save) could pay it three times and miss Alexa's deadline.
        """
        request_id = _request_id(request_envelope)
        if request_id is not None and request_id == self._failed_request_id:
            raise _StoreFailedEarlierError

    def _fail(self, operation: str, request_envelope: RequestEnvelope, exc: Exception) -> None:
        if isinstance(exc, _StoreFailedEarlierError):
            _log.debug("persistence %s skipped (store failed earlier in this request)", operation)
            return
        self._failed_request_id = _request_id(request_envelope)
        self._log_failure(operation, exc)

    def _discard(
        self, adapter: AbstractPersistenceAdapter, request_envelope: RequestEnvelope, op: str
    ) -> None:
        """Remove a corrupt row so it cannot fail every later session too."""
        try:
            adapter.delete_attributes(request_envelope)
        except Exception as exc:  # already degraded; the next save overwrites
            _log.debug("persistence %s discard failed (%s)", op, type(exc).__name__)

    @staticmethod
    def _log_failure(operation: str, exc: BaseException) -> None:
        # Class name only: messages can carry keys (user ids) or stored values.
        _log.warning("persistence %s failed (%s)", operation, type(exc).__name__)


class _StoreFailedEarlierError(Exception):
    """Internal: the store already failed in this request, so it is not asked again."""


def _request_id(request_envelope: RequestEnvelope) -> str | None:
    request_id = getattr(getattr(request_envelope, "request", None), "request_id", None)
    return request_id if isinstance(request_id, str) and request_id else None


def _keeps_data(adapter: AbstractPersistenceAdapter) -> bool:
    return bool(getattr(adapter, "keeps_data", True))


def _is_json_object(value: object) -> bool:
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        return False
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError, RecursionError):
        return False
    return True


def _is_time(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _parse_prefs(row: object) -> dict[str, object]:
    if not isinstance(row, Mapping):
        raise CorruptDataError("preferences row is not a map")
    if not row:
        return {}
    prefs = row.get("prefs")
    if row.get("v") != SCHEMA_VERSION or not isinstance(prefs, Mapping):
        raise CorruptDataError("preferences row has an unknown layout")
    if not all(isinstance(k, str) for k in prefs):
        raise CorruptDataError("preferences have non-text keys")
    return dict(prefs)


def _parse_health(row: object) -> _Health:
    if not isinstance(row, Mapping):
        raise CorruptDataError("health row is not a map")
    if not row:
        return _Health()
    if row.get("v") != SCHEMA_VERSION:
        raise CorruptDataError("health row has an unknown layout")
    unfinished, unfinished_at = _health_item(row, "unfinished")
    last_result, last_result_at = _health_item(row, "last_result")
    return _Health(unfinished, unfinished_at, last_result, last_result_at)


def _health_item(
    row: Mapping[str, object], name: str
) -> tuple[dict[str, object] | None, float | None]:
    value, saved_at = row.get(name), row.get(name + "_at")
    if value is None:
        return None, None
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        raise CorruptDataError(f"health item {name} is not a map")
    if not _is_time(saved_at):
        raise CorruptDataError(f"health item {name} has no valid time")
    return dict(value), float(saved_at)  # type: ignore[arg-type]

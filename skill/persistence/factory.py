"""Builds stores from the operator's Settings: SQLite (default), DynamoDB, or none.

Layout (both stores): ONE table, two rows per user. Preferences sit under the bare Alexa user
id, exactly where the SDK's own adapters would put them; health data sits under
`<user id>#screening` and carries an `expires_at` number, so one TTL setting on one table
covers it while preference rows (no `expires_at`) are never expired.

The DynamoDB module (and with it boto3) is imported only inside `_make_dynamodb_adapter`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ask_sdk_core.attributes_manager import AbstractPersistenceAdapter

from skill.config import Settings
from skill.persistence.base import Keygen, SuffixKeygen, user_id_keygen
from skill.persistence.sqlite_adapter import SqlitePersistenceAdapter
from skill.persistence.user_store import UserStore

if TYPE_CHECKING:
    from boto3.resources.base import ServiceResource

_log = logging.getLogger("legcheck.persistence")

#: Namespace of the speech preferences (kept until "forget me").
PREFS = "prefs"
#: Namespace of the unfinished screening and last result (resume on only; expires).
HEALTH = "screening"
NAMESPACES = (PREFS, HEALTH)

# DynamoDB client limits: an unreachable store must cost well under Alexa's 8-second budget
# even though a request makes up to three calls (prefs, health read, health write).
DYNAMODB_CONNECT_TIMEOUT = 1.0
DYNAMODB_READ_TIMEOUT = 1.5
DYNAMODB_MAX_ATTEMPTS = 2

_resources: dict[tuple[str | None, str | None], ServiceResource] = {}
_tables_ready: set[tuple[str | None, str | None, str]] = set()
_lock = threading.Lock()


def make_adapter(
    settings: Settings,
    namespace: str = PREFS,
    *,
    clock: Callable[[], float] = time.time,
) -> AbstractPersistenceAdapter | None:
    """The adapter for one namespace, or None when nothing may be kept there.

    None for every namespace with LEGCHECK_STORE=none, and for the health namespace whenever
    resume is off, so health data cannot be written by mistake. The prefs adapter is a
    standard AbstractPersistenceAdapter keyed by user id, usable by the SDK as is.
    """
    if namespace not in NAMESPACES:
        raise ValueError(f"namespace {namespace!r}: use one of {NAMESPACES}")
    if settings.store == "none" or (namespace == HEALTH and not settings.resume):
        return None
    keygen: Keygen = user_id_keygen if namespace == PREFS else SuffixKeygen(user_id_keygen, HEALTH)
    ttl = None if namespace == PREFS else resume_seconds(settings)
    if settings.store == "sqlite":
        return SqlitePersistenceAdapter(
            settings.sqlite_path, partition_keygen=keygen, ttl_seconds=ttl, clock=clock
        )
    if settings.store == "dynamodb":
        return _make_dynamodb_adapter(settings, keygen, ttl, clock)
    raise ValueError(f"store {settings.store!r}: use sqlite, dynamodb or none")


def make_user_store(settings: Settings, *, clock: Callable[[], float] = time.time) -> UserStore:
    """The facade the Alexa layer uses, wired as the operator asked."""
    prefs = make_adapter(settings, PREFS, clock=clock)
    health = make_adapter(settings, HEALTH, clock=clock) if settings.resume else None
    return UserStore(prefs, health, settings.resume, resume_seconds(settings), clock=clock)


def resume_seconds(settings: Settings) -> float:
    """How long health data may be kept, in seconds."""
    return settings.resume_hours * 3600.0


def _make_dynamodb_adapter(
    settings: Settings, keygen: Keygen, ttl: float | None, clock: Callable[[], float]
) -> AbstractPersistenceAdapter:
    # Lazy on purpose: boto3 costs ~3x the SDK's own import, and the SDK adapter module fails
    # to import with no AWS region; skill.persistence.dynamodb deals with both.
    from skill.persistence import dynamodb

    resource = _shared_resource(settings)
    if settings.dynamodb_create_table:
        _ensure_table_once(settings, resource)
    return dynamodb.ExpiringDynamoDbAdapter(
        settings.dynamodb_table,
        resource,
        partition_keygen=keygen,
        ttl_seconds=ttl,
        clock=clock,
    )


def _shared_resource(settings: Settings) -> Any:
    from skill.persistence import dynamodb

    key = (settings.dynamodb_region, settings.dynamodb_endpoint)
    with _lock:
        resource = _resources.get(key)
        if resource is None:
            resource = dynamodb.make_dynamodb_resource(
                region=settings.dynamodb_region,
                endpoint_url=settings.dynamodb_endpoint,
                connect_timeout=DYNAMODB_CONNECT_TIMEOUT,
                read_timeout=DYNAMODB_READ_TIMEOUT,
                max_attempts=DYNAMODB_MAX_ATTEMPTS,
            )
            _resources[key] = resource
        return resource


def _ensure_table_once(settings: Settings, resource: Any) -> None:
    """Create the table with TTL at start; a failure is logged, not raised (store down)."""
    from ask_sdk_core.exceptions import PersistenceException

    from skill.persistence import dynamodb

    key = (settings.dynamodb_region, settings.dynamodb_endpoint, settings.dynamodb_table)
    with _lock:
        if key in _tables_ready:
            return
        try:
            dynamodb.ensure_table(resource, settings.dynamodb_table)
        except PersistenceException as exc:
            cause = exc.__cause__ or exc
            _log.warning("persistence create_table failed (%s)", type(cause).__name__)
            return
        _tables_ready.add(key)

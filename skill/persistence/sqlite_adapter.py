"""SQLite persistence adapter: the embedded default, no server to run.

Safe under several worker processes (gunicorn) and threads: WAL journal so readers never wait
for the writer, a busy timeout instead of instant "database is locked", one connection per
thread and per process (a connection inherited over fork() is never touched), and one short
autocommit statement per operation. The directory and table are created on first use, not in
the constructor, so a store that is down at launch only degrades requests instead of
preventing the skill from starting, and recovers by itself when the disk comes back.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import random
import re
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from ask_sdk_core.attributes_manager import AbstractPersistenceAdapter
from ask_sdk_core.exceptions import PersistenceException

from skill.persistence.base import (
    EXPIRES_AT,
    CorruptDataError,
    Keygen,
    SavesWithTtl,
    user_id_keygen,
)

if TYPE_CHECKING:
    from ask_sdk_model import RequestEnvelope

_T = TypeVar("_T")
_TABLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")

# Connections inherited from a parent process. SQLite forbids using them after fork(), and
# closing them in the child could disturb the parent's locks, so they are parked here forever.
_INHERITED: list[sqlite3.Connection] = []


class SqlitePersistenceAdapter(SavesWithTtl, AbstractPersistenceAdapter):
    """Keeps one JSON object per partition key in an SQLite table, with optional expiry.

    Rows whose `expires_at` is past are never returned: they are deleted when read, and every
    new connection sweeps all expired rows, so expired health data does not linger on disk.
    """

    keeps_data = True

    def __init__(
        self,
        path: str | os.PathLike[str],
        table_name: str = "attributes",
        partition_keygen: Keygen = user_id_keygen,
        ttl_seconds: float | None = None,
        clock: Callable[[], float] = time.time,
        busy_timeout_seconds: float = 2.0,
    ) -> None:
        if not _TABLE_NAME.match(table_name):
            raise ValueError(f"table_name {table_name!r}: use letters, digits and underscores")
        if ttl_seconds is not None and not ttl_seconds > 0:
            raise ValueError("ttl_seconds must be above zero (or None for no expiry)")
        self.path = os.fspath(path)
        self.table_name = table_name
        self.partition_keygen = partition_keygen
        self.ttl_seconds = ttl_seconds
        self.clock = clock
        self.busy_timeout_seconds = busy_timeout_seconds
        self._local = threading.local()

    # -- AbstractPersistenceAdapter ------------------------------------------------------------

    def get_attributes(self, request_envelope: RequestEnvelope) -> dict[str, object]:
        """Return the stored attributes, or {} when there are none or they have expired."""
        key = self._key(request_envelope)

        def run(conn: sqlite3.Connection) -> tuple[str, float | None] | None:
            return conn.execute(
                f"SELECT attributes, {EXPIRES_AT} FROM {self.table_name} WHERE id = ?", (key,)
            ).fetchone()

        row = self._run("get", run)
        if row is None:
            return {}
        raw, expires_at = row
        now = self.clock()
        if expires_at is not None and expires_at <= now:
            # Best effort: the row is not returned either way, and the next sweep removes it.
            with contextlib.suppress(PersistenceException):
                self._run("purge", lambda conn: self._delete_expired(conn, key, now))
            return {}
        try:
            value = json.loads(raw)
        except (TypeError, ValueError) as exc:
            raise CorruptDataError("Stored attributes are not valid JSON") from exc
        if not isinstance(value, dict):
            raise CorruptDataError("Stored attributes are not a JSON object")
        return value

    def save_attributes_until(
        self,
        request_envelope: RequestEnvelope,
        attributes: dict[str, object],
        expires_at: float | None,
    ) -> None:
        """Replace the row, expiring at `expires_at` (epoch seconds; None keeps it for good)."""
        key = self._key(request_envelope)
        if not isinstance(attributes, dict):
            raise PersistenceException("Attributes must be a dict")
        try:
            text = json.dumps(attributes, allow_nan=False, separators=(",", ":"))
        except (TypeError, ValueError) as exc:
            raise PersistenceException(
                f"Attributes are not JSON-serialisable: {type(exc).__name__}"
            ) from exc
        now = self.clock()
        self._run(
            "save",
            lambda conn: conn.execute(
                f"INSERT INTO {self.table_name} (id, attributes, {EXPIRES_AT}, updated_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                f"attributes = excluded.attributes, {EXPIRES_AT} = excluded.{EXPIRES_AT}, "
                "updated_at = excluded.updated_at",
                (key, text, expires_at, now),
            ),
        )

    def delete_attributes(self, request_envelope: RequestEnvelope) -> None:
        """Remove the row (no error when there is none)."""
        key = self._key(request_envelope)
        self._run(
            "delete",
            lambda conn: conn.execute(f"DELETE FROM {self.table_name} WHERE id = ?", (key,)),
        )

    # -- maintenance ---------------------------------------------------------------------------

    def purge_expired(self) -> int:
        """Delete every expired row in the table; returns how many went."""
        return self._run("purge", self._purge_all)

    def close(self) -> None:
        """Close this thread's connection (the next call opens a fresh one)."""
        conn = getattr(self._local, "conn", None)
        self._local.conn = None
        if conn is not None and getattr(self._local, "pid", None) == os.getpid():
            conn.close()

    # -- internals -----------------------------------------------------------------------------

    def _key(self, request_envelope: RequestEnvelope) -> str:
        try:
            key = self.partition_keygen(request_envelope)
        except PersistenceException:
            raise
        except Exception as exc:
            raise PersistenceException(f"Partition keygen failed: {type(exc).__name__}") from exc
        if not isinstance(key, str) or not key:
            raise PersistenceException("Partition keygen returned no key")
        return key

    def _run(self, what: str, operation: Callable[[sqlite3.Connection], _T]) -> _T:
        """Run one operation, turning any failure into the SDK's PersistenceException."""
        try:
            return operation(self._connection())
        except PersistenceException:
            raise
        except (sqlite3.Error, OSError, ValueError, TypeError, OverflowError) as exc:
            if not _is_busy(exc):
                # Anything but contention may mean a broken handle (file replaced, disk gone):
                # drop it so the next request starts clean.
                self._discard_connection()
            raise PersistenceException(f"SQLite {what} failed: {type(exc).__name__}") from exc

    def _connection(self) -> sqlite3.Connection:
        local = self._local
        conn: sqlite3.Connection | None = getattr(local, "conn", None)
        pid = os.getpid()
        if conn is not None:
            if local.pid == pid:
                return conn
            _INHERITED.append(conn)
            local.conn = None
        conn = self._open()
        local.conn, local.pid = conn, pid
        return conn

    def _discard_connection(self) -> None:
        try:
            self.close()
        except sqlite3.Error:
            self._local.conn = None

    def _open(self) -> sqlite3.Connection:
        """Open and prepare a connection, retrying while other workers hold the file.

        Switching a new file to WAL takes an exclusive lock, and SQLite answers "locked" at
        once (without the busy handler) when several processes race to do it, so that one
        step is retried here until the busy timeout is spent.
        """
        if self.path != ":memory:" and not self.path.startswith("file:"):
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + self.busy_timeout_seconds
        while True:
            try:
                return self._prepare(
                    sqlite3.connect(
                        self.path,
                        timeout=self.busy_timeout_seconds,
                        isolation_level=None,  # autocommit: each statement is a short transaction
                        uri=self.path.startswith("file:"),
                    )
                )
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc) or time.monotonic() >= deadline:
                    raise
                time.sleep(random.uniform(0.005, 0.03))

    def _prepare(self, conn: sqlite3.Connection) -> sqlite3.Connection:
        try:
            conn.execute(f"PRAGMA busy_timeout = {math.ceil(self.busy_timeout_seconds * 1000)}")
            if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute(
                f"CREATE TABLE IF NOT EXISTS {self.table_name} ("
                "id TEXT PRIMARY KEY NOT NULL, "
                "attributes TEXT NOT NULL, "
                f"{EXPIRES_AT} REAL, "
                "updated_at REAL NOT NULL)"
            )
            conn.execute(
                f"CREATE INDEX IF NOT EXISTS {self.table_name}_{EXPIRES_AT} "
                f"ON {self.table_name} ({EXPIRES_AT}) WHERE {EXPIRES_AT} IS NOT NULL"
            )
            self._purge_all(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def _purge_all(self, conn: sqlite3.Connection) -> int:
        cursor = conn.execute(
            f"DELETE FROM {self.table_name} WHERE {EXPIRES_AT} IS NOT NULL AND {EXPIRES_AT} <= ?",
            (self.clock(),),
        )
        return max(cursor.rowcount, 0)

    def _delete_expired(self, conn: sqlite3.Connection, key: str, now: float) -> None:
        # Conditional, so a row another worker has just rewritten is left alone.
        conn.execute(
            f"DELETE FROM {self.table_name} WHERE id = ? AND {EXPIRES_AT} <= ?", (key, now)
        )


def _is_busy(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc).lower()

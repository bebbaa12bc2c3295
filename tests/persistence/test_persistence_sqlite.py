"""SQLite adapter specifics: several processes and threads on one file, fork, files, SDK errors."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from ask_sdk_core.exceptions import PersistenceException

from skill.persistence.base import CorruptDataError, SuffixKeygen, user_id_keygen
from skill.persistence.sqlite_adapter import SqlitePersistenceAdapter

from .helpers import HERE, REPO_ROOT, FakeClock, make_envelope


@pytest.mark.slow
def test_concurrent_writer_processes_do_not_error(tmp_path: Path) -> None:
    """4 processes (like gunicorn workers) read and write one file at the same time."""
    path = tmp_path / "shared" / "db.sqlite3"
    workers, rounds = 4, 50
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    start_at = str(time.time() + 0.5)  # all workers begin together, after their imports
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                str(HERE / "sqlite_worker.py"),
                str(path),
                str(n),
                str(rounds),
                start_at,
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for n in range(workers)
    ]
    outputs = [proc.communicate(timeout=60)[0] for proc in procs]
    assert [proc.returncode for proc in procs] == [0] * workers, outputs

    with contextlib.closing(sqlite3.connect(path)) as conn:
        keys = {row[0] for row in conn.execute("SELECT id FROM attributes")}
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    for n in range(workers):
        assert {f"user-{n}", f"user-{n}#screening"} <= keys
    assert "user-shared" in keys


def test_threads_share_an_adapter(tmp_path: Path) -> None:
    adapter = SqlitePersistenceAdapter(tmp_path / "db.sqlite3")
    errors: list[BaseException] = []

    def work(n: int) -> None:
        env = make_envelope(user_id=f"user-{n}")
        try:
            for i in range(25):
                adapter.save_attributes(env, {"i": i})
                assert adapter.get_attributes(env) == {"i": i}
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork()")
def test_connection_is_not_reused_across_fork(tmp_path: Path) -> None:
    adapter = SqlitePersistenceAdapter(tmp_path / "db.sqlite3")
    parent_env, child_env = make_envelope(user_id="parent"), make_envelope(user_id="child")
    adapter.save_attributes(parent_env, {"who": "parent"})  # parent opens its connection
    pid = os.fork()
    if pid == 0:  # child: must open its own connection, never use the inherited one
        code = 1
        try:
            adapter.save_attributes(child_env, {"who": "child"})
            code = 0 if adapter.get_attributes(parent_env) == {"who": "parent"} else 1
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert adapter.get_attributes(child_env) == {"who": "child"}
    adapter.save_attributes(parent_env, {"who": "parent", "again": True})
    assert adapter.get_attributes(parent_env) == {"who": "parent", "again": True}


def test_creates_missing_directories_lazily(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "legcheck.sqlite3"
    adapter = SqlitePersistenceAdapter(path)
    assert not path.parent.exists()  # the constructor does no I/O
    adapter.save_attributes(make_envelope(), {"x": 1})
    assert path.exists()


def test_bad_json_raises_the_sdk_exception(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    adapter = SqlitePersistenceAdapter(path)
    env = make_envelope()
    adapter.save_attributes(env, {"x": 1})
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE attributes SET attributes = '{truncated'")
        conn.commit()
    with pytest.raises(CorruptDataError) as info:
        adapter.get_attributes(env)
    assert isinstance(info.value, PersistenceException)


def test_failures_raise_persistence_exception(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    adapter = SqlitePersistenceAdapter(blocker / "db.sqlite3")
    env = make_envelope()
    for call in (
        lambda: adapter.get_attributes(env),
        lambda: adapter.save_attributes(env, {"x": 1}),
        lambda: adapter.delete_attributes(env),
    ):
        with pytest.raises(PersistenceException):
            call()
    good = SqlitePersistenceAdapter(tmp_path / "db.sqlite3")
    with pytest.raises(PersistenceException):
        good.save_attributes(env, {"x": {1, 2}})  # not JSON
    with pytest.raises(PersistenceException):
        good.get_attributes(make_envelope(user_id=None))


def test_expired_rows_are_swept_when_a_connection_opens(tmp_path: Path) -> None:
    clock = FakeClock()
    path = tmp_path / "db.sqlite3"
    health = SqlitePersistenceAdapter(
        path,
        partition_keygen=SuffixKeygen(user_id_keygen, "screening"),
        ttl_seconds=60,
        clock=clock,
    )
    for n in range(5):
        health.save_attributes(make_envelope(user_id=f"user-{n}"), {"n": n})
    clock.advance(61)
    # A worker starting later sweeps every expired row, even rows nobody asks for.
    SqlitePersistenceAdapter(path, clock=clock).get_attributes(make_envelope(user_id="other"))
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT COUNT(*) FROM attributes").fetchone()[0] == 0


def test_custom_keygen_and_table_name(tmp_path: Path) -> None:
    def device_keygen(envelope: object) -> str:
        return envelope.context.system.device.device_id  # type: ignore[attr-defined]

    adapter = SqlitePersistenceAdapter(
        tmp_path / "db.sqlite3", table_name="per_device", partition_keygen=device_keygen
    )
    adapter.save_attributes(make_envelope(user_id="a", device_id="dev-1"), {"x": 1})
    assert adapter.get_attributes(make_envelope(user_id="b", device_id="dev-1")) == {"x": 1}
    with pytest.raises(ValueError):
        SqlitePersistenceAdapter(tmp_path / "db.sqlite3", table_name="x; DROP TABLE y")
    with pytest.raises(ValueError):
        SqlitePersistenceAdapter(tmp_path / "db.sqlite3", ttl_seconds=0)

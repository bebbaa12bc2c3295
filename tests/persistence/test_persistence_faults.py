"""Stores that are down, slow, locked or full of garbage: the conversation must go on."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from pathlib import Path

import pytest
from ask_sdk_model import RequestEnvelope

from skill.config import Settings
from skill.persistence import HEALTH, PREFS, UserStore, factory, make_adapter, make_user_store
from skill.persistence.sqlite_adapter import SqlitePersistenceAdapter
from skill.persistence.user_store import StoredUser

from .helpers import (
    HOUR,
    USER_ID,
    Backend,
    SpyAdapter,
    SwitchAdapter,
    free_port,
    make_envelope,
    start_moto,
)

HEALTH_KEY = f"{USER_ID}#screening"
SCREENING = {"answers": {"side": "one_leg", "onset": "sudden"}, "step": 2}
RESULT = {"triage": "emergency", "causes": ["cauda_equina"], "red_flags": ["bladder"]}
SECRETS = (USER_ID, "one_leg", "sudden", "emergency", "cauda_equina", "bladder", "slow")


def turn() -> RequestEnvelope:
    """The envelope of a new turn (a new request id) of the same user's session."""
    return make_envelope(session_id="amzn1.echo-api.session.same", new=False)


def whole_conversation_while_down(store: UserStore) -> None:
    """Every call of a session against a dead store: nothing raises, nothing claims success.

    Each call is its own turn (request) so each one really reaches the dead store.
    """
    assert store.load(turn()) == StoredUser(degraded=True)
    assert store.save_prefs(turn(), {"rate": "slow"}) is False
    assert store.save_unfinished(turn(), SCREENING) is False
    assert store.save_last_result(turn(), RESULT) is False
    assert store.clear_unfinished(turn()) is False
    assert store.clear_health(turn()) is False
    assert store.forget(turn()) is False


def assert_logs_are_clean(caplog: pytest.LogCaptureFixture) -> None:
    records = [r for r in caplog.records if r.name == "legcheck.persistence"]
    assert records, "failures must be logged"
    for record in records:
        message = record.getMessage()
        assert message.startswith("persistence ")
        assert "\n" not in message
        for secret in SECRETS:
            assert secret not in message
        assert record.exc_info is None  # a traceback would carry the exception's message


def test_sqlite_unwritable_at_launch_then_recovers(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the directory should be")
    settings = Settings(store="sqlite", sqlite_path=str(blocker / "db.sqlite3"), resume=True)
    store = make_user_store(settings)  # building never touches the disk
    with caplog.at_level(logging.WARNING, logger="legcheck.persistence"):
        whole_conversation_while_down(store)
    assert_logs_are_clean(caplog)
    assert any("load_prefs failed (PersistenceException)" in r.getMessage() for r in caplog.records)

    blocker.unlink()  # the operator fixes the disk: the same store object recovers
    env = make_envelope()
    assert store.save_prefs(env, {"rate": "slow"})
    assert store.load(env).prefs == {"rate": "slow"}


@pytest.fixture
def fast_failing_dynamodb(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tiny timeouts and no retries so a dead endpoint fails in milliseconds."""
    monkeypatch.setattr(factory, "DYNAMODB_CONNECT_TIMEOUT", 0.3)
    monkeypatch.setattr(factory, "DYNAMODB_READ_TIMEOUT", 0.5)
    monkeypatch.setattr(factory, "DYNAMODB_MAX_ATTEMPTS", 1)


@pytest.mark.slow
def test_dynamodb_unreachable_at_launch(
    aws_env: None, fast_failing_dynamodb: None, caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings(
        store="dynamodb",
        dynamodb_endpoint=f"http://127.0.0.1:{free_port()}",  # nothing listens there
        dynamodb_region="us-east-1",
        dynamodb_create_table=True,
        resume=True,
    )
    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="legcheck.persistence"):
        store = make_user_store(settings)  # table creation fails: logged, not raised
        whole_conversation_while_down(store)
    assert time.monotonic() - started < 5
    assert_logs_are_clean(caplog)
    assert any("create_table failed" in r.getMessage() for r in caplog.records)


@pytest.mark.slow
def test_dynamodb_dies_mid_conversation(
    aws_env: None, fast_failing_dynamodb: None, caplog: pytest.LogCaptureFixture
) -> None:
    with contextlib.ExitStack() as stack:
        endpoint = stack.enter_context(start_moto())
        settings = Settings(
            store="dynamodb",
            dynamodb_table="LegCheckDying",
            dynamodb_endpoint=endpoint,
            dynamodb_region="us-east-1",
            dynamodb_create_table=True,
            resume=True,
        )
        store = make_user_store(settings)
        env = make_envelope()
        assert store.load(env) == StoredUser()
        assert store.save_prefs(env, {"rate": "slow"})
        assert store.save_unfinished(env, SCREENING)
        assert store.load(env).unfinished == SCREENING
        stack.close()  # the server goes away between two turns

        started = time.monotonic()
        with caplog.at_level(logging.WARNING, logger="legcheck.persistence"):
            assert store.save_unfinished(turn(), {"step": 3}) is False
            assert store.load(turn()) == StoredUser(degraded=True)
            assert store.save_last_result(turn(), RESULT) is False  # the end of the session
            assert store.forget(turn()) is False
        assert time.monotonic() - started < 5
        assert len(caplog.records) == 4  # one line per failed turn
    assert_logs_are_clean(caplog)


def test_store_down_during_and_at_end_then_back(
    backend: Backend, caplog: pytest.LogCaptureFixture
) -> None:
    settings = backend.with_settings(resume=True)
    prefs = SwitchAdapter(make_adapter(settings, PREFS))  # type: ignore[arg-type]
    health = SwitchAdapter(make_adapter(settings, HEALTH))  # type: ignore[arg-type]
    store = UserStore(prefs, health, True, 24 * HOUR)
    assert store.load(turn()) == StoredUser()
    assert store.save_prefs(turn(), {"rate": "slow"})
    assert store.save_unfinished(turn(), SCREENING)

    prefs.down = health.down = True
    with caplog.at_level(logging.WARNING, logger="legcheck.persistence"):
        assert store.save_unfinished(turn(), {"step": 99}) is False  # mid-conversation
        assert store.load(turn()) == StoredUser(degraded=True)
        assert store.save_prefs(turn(), {"rate": "fast"}) is False
        assert store.save_last_result(turn(), RESULT) is False  # at the end
    assert_logs_are_clean(caplog)

    prefs.down = health.down = False
    loaded = store.load(turn())  # what was saved before the outage is intact
    assert (loaded.prefs, loaded.unfinished, loaded.degraded) == (
        {"rate": "slow"},
        SCREENING,
        False,
    )


def test_health_down_prefs_up_is_partial(backend: Backend) -> None:
    settings = backend.with_settings(resume=True)
    health = SwitchAdapter(make_adapter(settings, HEALTH))  # type: ignore[arg-type]
    store = UserStore(make_adapter(settings, PREFS), health, True, 24 * HOUR)
    store.save_prefs(turn(), {"rate": "slow"})
    health.down = True
    loaded = store.load(turn())
    assert (loaded.prefs, loaded.unfinished, loaded.degraded) == ({"rate": "slow"}, None, True)


def test_a_failed_store_is_not_asked_again_in_the_same_request(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """One outage costs one timeout per turn, not one per call (Alexa's 8 s deadline)."""
    prefs, health = SwitchAdapter(SpyAdapter()), SwitchAdapter(SpyAdapter())
    store = UserStore(prefs, health, True, 24 * HOUR)
    prefs.down = health.down = True
    request = turn()
    with caplog.at_level(logging.WARNING, logger="legcheck.persistence"):
        assert store.load(request).degraded
        assert store.save_unfinished(request, SCREENING) is False
        assert store.forget(request) is False
    assert len(caplog.records) == 1  # only the first call reached the store
    assert prefs.inner.calls == health.inner.calls == []  # type: ignore[attr-defined]

    prefs.down = health.down = False
    assert store.save_unfinished(turn(), SCREENING)  # the next turn tries again


def test_sqlite_locked_by_another_writer(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    prefs = SqlitePersistenceAdapter(path, busy_timeout_seconds=0.05)
    store = UserStore(prefs, None, False, HOUR)
    assert store.save_prefs(turn(), {"rate": "slow"})
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another worker stuck inside a write
        started = time.monotonic()
        assert store.save_prefs(turn(), {"rate": "fast"}) is False
        assert time.monotonic() - started < 2
        assert store.load(turn()).prefs == {"rate": "slow"}  # WAL: readers are not blocked
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert store.save_prefs(turn(), {"rate": "fast"})


def test_envelope_without_user_id(backend: Backend) -> None:
    store = make_user_store(backend.with_settings(resume=True))
    env = make_envelope(user_id=None)
    assert store.load(env) == StoredUser(degraded=True)
    assert store.save_prefs(env, {"rate": "slow"}) is False
    assert store.save_unfinished(env, SCREENING) is False
    assert backend.rows() == {}


# (sqlite raw text, dynamodb raw attribute value) of a corrupt preferences row
CORRUPT_PREFS = {
    "bad-json": ("{not json", "{not json"),
    "not-an-object": ("[1, 2, 3]", [1, 2, 3]),
    "wrong-layout": ('{"prefs": "slow"}', {"prefs": "slow"}),
    "wrong-version": ('{"v": 99, "prefs": {}}', {"v": 99, "prefs": {}}),
}
CORRUPT_HEALTH = {
    "bad-json": ("\x00\x01garbage", "garbage"),
    "wrong-types": (
        '{"v": 1, "unfinished": "step 3", "unfinished_at": "yesterday"}',
        {"v": 1, "unfinished": "step 3", "unfinished_at": "yesterday"},
    ),
    "no-time": ('{"v": 1, "last_result": {"triage": "x"}}', {"v": 1, "last_result": {"a": 1}}),
    "bool-time": (
        '{"v": 1, "unfinished": {}, "unfinished_at": true}',
        {"v": 1, "unfinished": {}, "unfinished_at": True},
    ),
}


@pytest.mark.parametrize("case", sorted(CORRUPT_PREFS))
def test_corrupt_prefs_row_is_absent_then_removed(
    backend: Backend, case: str, caplog: pytest.LogCaptureFixture
) -> None:
    sqlite_raw, dynamo_raw = CORRUPT_PREFS[case]
    backend.put_raw(USER_ID, sqlite_raw if backend.kind == "sqlite" else dynamo_raw)
    store = make_user_store(backend.settings)
    env = make_envelope()
    with caplog.at_level(logging.WARNING, logger="legcheck.persistence"):
        loaded = store.load(env)
    assert (loaded.prefs, loaded.degraded) == ({}, True)
    assert backend.rows() == {}  # removed, so the next session starts clean
    assert [r.getMessage() for r in caplog.records] == [
        "persistence load_prefs failed (CorruptDataError)"
    ]
    assert store.save_prefs(env, {"rate": "slow"})
    assert store.load(env) == StoredUser(prefs={"rate": "slow"})


@pytest.mark.parametrize("case", sorted(CORRUPT_HEALTH))
def test_corrupt_health_row_is_absent_and_overwritten(backend: Backend, case: str) -> None:
    sqlite_raw, dynamo_raw = CORRUPT_HEALTH[case]
    backend.put_raw(HEALTH_KEY, sqlite_raw if backend.kind == "sqlite" else dynamo_raw)
    store = make_user_store(backend.with_settings(resume=True))
    env = make_envelope()
    loaded = store.load(env)
    assert (loaded.unfinished, loaded.last_result, loaded.degraded) == (None, None, True)
    assert HEALTH_KEY not in backend.rows()

    backend.put_raw(HEALTH_KEY, sqlite_raw if backend.kind == "sqlite" else dynamo_raw)
    assert store.save_unfinished(env, SCREENING)  # a save over garbage starts afresh
    assert store.load(env) == StoredUser(unfinished=SCREENING)


@pytest.mark.slow
def test_dynamodb_corrupt_ttl_attribute(dynamo_backend: Backend) -> None:
    backend = dynamo_backend
    make_user_store(backend.settings)  # creates the table
    backend.put_item({"id": HEALTH_KEY, "attributes": {"v": 1}, "expires_at": "tomorrow"})
    backend.put_item({"id": USER_ID, "not_attributes": {"v": 1}})
    loaded = make_user_store(backend.with_settings(resume=True)).load(make_envelope())
    assert loaded == StoredUser(degraded=True)
    assert backend.rows() == {}


@pytest.mark.slow
def test_dynamodb_throttled(aws_env: None, moto_endpoint: str) -> None:
    from botocore.stub import Stubber

    settings = Settings(
        store="dynamodb",
        dynamodb_table="LegCheckThrottled",
        dynamodb_endpoint=moto_endpoint,
        dynamodb_region="us-east-1",
        resume=True,
    )
    prefs = make_adapter(settings, PREFS)
    store = UserStore(prefs, None, False, HOUR)
    with Stubber(prefs.dynamodb.meta.client) as stub:  # type: ignore[union-attr]
        for method in ("get_item", "put_item", "delete_item"):
            stub.add_client_error(
                method, "ProvisionedThroughputExceededException", http_status_code=400
            )
        env = make_envelope()
        assert store.load(env) == StoredUser(degraded=True)
        assert store.save_prefs(env, {"rate": "slow"}) is False
        assert store.forget(env) is False

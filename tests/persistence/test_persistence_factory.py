"""The factory turns operator settings into stores; `none` keeps nothing but still works."""

from __future__ import annotations

from pathlib import Path

import pytest

from skill.config import Settings
from skill.persistence import (
    HEALTH,
    PREFS,
    NullPersistenceAdapter,
    SqlitePersistenceAdapter,
    StoredUser,
    UserStore,
    make_adapter,
    make_user_store,
)
from skill.persistence.base import SuffixKeygen, user_id_keygen

from .helpers import HOUR, USER_ID, make_envelope


def test_store_none_keeps_nothing_and_never_fails() -> None:
    settings = Settings(store="none", resume=True)
    assert make_adapter(settings) is None
    assert make_adapter(settings, HEALTH) is None
    store = make_user_store(settings)
    env = make_envelope()
    assert (store.keeps_prefs, store.keeps_health) == (False, False)
    assert store.save_prefs(env, {"rate": "slow"}) is False  # nothing was kept
    assert store.save_unfinished(env, {"step": 1}) is False
    assert store.load(env) == StoredUser()  # not degraded: nothing is expected
    assert store.forget(env)


def test_sqlite_from_env(tmp_path: Path) -> None:
    settings = Settings.from_env(
        {
            "LEGCHECK_STORE": "sqlite",
            "LEGCHECK_SQLITE_PATH": str(tmp_path / "x.sqlite3"),
            "LEGCHECK_RESUME": "on",
            "LEGCHECK_RESUME_HOURS": "2",
        }
    )
    prefs, health = make_adapter(settings), make_adapter(settings, HEALTH)
    assert isinstance(prefs, SqlitePersistenceAdapter)
    assert isinstance(health, SqlitePersistenceAdapter)
    assert (prefs.path, prefs.ttl_seconds) == (str(tmp_path / "x.sqlite3"), None)
    assert health.ttl_seconds == 2 * HOUR
    assert health.partition_keygen == SuffixKeygen(user_id_keygen, "screening")
    assert health.partition_keygen(make_envelope()) == f"{USER_ID}#screening"
    store = make_user_store(settings)
    assert (store.resume_enabled, store.resume_seconds, store.keeps_health) == (
        True,
        2 * HOUR,
        True,
    )


def test_resume_off_by_default_means_no_health_adapter() -> None:
    settings = Settings()
    assert settings.resume is False
    assert make_adapter(settings, HEALTH) is None
    assert make_user_store(settings).keeps_health is False


def test_bad_arguments() -> None:
    with pytest.raises(ValueError):
        make_adapter(Settings(), "medical")
    with pytest.raises(ValueError):
        make_adapter(Settings(store="postgres"))
    for bad in (0, -1, float("inf"), float("nan")):
        with pytest.raises(ValueError):
            UserStore(NullPersistenceAdapter(), None, True, bad)
    with pytest.raises(ValueError):
        SuffixKeygen(user_id_keygen, "a#b")


def test_namespace_constants() -> None:
    assert (PREFS, HEALTH) == ("prefs", "screening")

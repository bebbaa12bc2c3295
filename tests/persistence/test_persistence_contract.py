"""Behaviour every store must show, run against SQLite and against DynamoDB (moto server)."""

from __future__ import annotations

import logging
import time

import pytest
from ask_sdk_core.attributes_manager import AttributesManager
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skill.persistence import HEALTH, PREFS, UserStore, make_adapter, make_user_store

from .helpers import HOUR, OTHER_USER_ID, USER_ID, Backend, FakeClock, SpyAdapter, make_envelope

HEALTH_KEY = f"{USER_ID}#screening"
SCREENING = {"schema": 2, "answers": {"side": "both_legs", "duration_days": 14.5}, "step": 3}
RESULT = {"triage": "see_gp_soon", "causes": ["peripheral_neuropathy"], "red_flags": []}


def resume_store(backend: Backend, clock: FakeClock | None = None, hours: float = 24.0):
    settings = backend.with_settings(resume=True, resume_hours=hours)
    return make_user_store(settings, clock=clock or time.time)


def test_two_sessions_in_a_row_second_sees_first(backend: Backend) -> None:
    first = resume_store(backend)
    session_one = make_envelope(session_id="amzn1.echo-api.session.one")
    assert first.load(session_one).prefs == {}
    assert first.save_prefs(session_one, {"rate": "slow"})
    assert first.save_unfinished(session_one, SCREENING)

    # A new process (new store object) and a new session of the same user.
    second = resume_store(backend)
    loaded = second.load(make_envelope(session_id="amzn1.echo-api.session.two"))
    assert loaded.prefs == {"rate": "slow"}
    assert loaded.unfinished == SCREENING
    assert loaded.last_result is None
    assert not loaded.degraded


def test_users_do_not_see_each_other(backend: Backend) -> None:
    store = resume_store(backend)
    store.save_prefs(make_envelope(), {"rate": "fast"})
    store.save_unfinished(make_envelope(), SCREENING)
    other = store.load(make_envelope(user_id=OTHER_USER_ID))
    assert (other.prefs, other.unfinished, other.last_result) == ({}, None, None)


def test_layout_prefs_under_user_id_health_under_suffix_with_expiry(
    backend: Backend, clock: FakeClock
) -> None:
    store = resume_store(backend, clock)
    store.save_prefs(make_envelope(), {"rate": "slow"})
    store.save_unfinished(make_envelope(), SCREENING)
    rows = backend.rows()
    assert set(rows) == {USER_ID, HEALTH_KEY}
    assert rows[USER_ID].attributes == {"v": 1, "prefs": {"rate": "slow"}}
    assert rows[USER_ID].expires_at is None  # preferences never expire
    assert rows[HEALTH_KEY].attributes["unfinished"] == SCREENING
    assert rows[HEALTH_KEY].expires_at == pytest.approx(clock.now + 24 * HOUR, abs=1)


def test_last_result_replaces_unfinished_and_clear_unfinished_keeps_result(
    backend: Backend,
) -> None:
    store = resume_store(backend)
    env = make_envelope()
    assert store.save_unfinished(env, SCREENING)
    assert store.save_last_result(env, RESULT)
    loaded = store.load(env)
    assert (loaded.unfinished, loaded.last_result) == (None, RESULT)

    assert store.save_unfinished(env, {"step": 1})  # a new screening after the result
    assert store.load(env).unfinished == {"step": 1}
    assert store.clear_unfinished(env)
    loaded = store.load(env)
    assert (loaded.unfinished, loaded.last_result) == (None, RESULT)


def test_clear_health_keeps_prefs(backend: Backend) -> None:
    store = resume_store(backend)
    env = make_envelope()
    store.save_prefs(env, {"rate": "slow"})
    store.save_last_result(env, RESULT)
    assert store.clear_health(env)
    assert set(backend.rows()) == {USER_ID}
    loaded = store.load(env)
    assert (loaded.prefs, loaded.last_result) == ({"rate": "slow"}, None)


def test_forget_removes_everything_for_that_user_only(backend: Backend) -> None:
    store = resume_store(backend)
    env, other = make_envelope(), make_envelope(user_id=OTHER_USER_ID)
    for who in (env, other):
        store.save_prefs(who, {"rate": "slow"})
        store.save_last_result(who, RESULT)
        store.save_unfinished(who, SCREENING)
    assert store.forget(env)
    assert set(backend.rows()) == {OTHER_USER_ID, f"{OTHER_USER_ID}#screening"}
    loaded = store.load(env)
    assert (loaded.prefs, loaded.unfinished, loaded.last_result) == ({}, None, None)
    assert store.forget(env)  # forgetting twice is fine


def test_expiry_past_resume_window_returns_nothing_and_purges(
    backend: Backend, clock: FakeClock
) -> None:
    store = resume_store(backend, clock, hours=2)
    env = make_envelope()
    store.save_prefs(env, {"rate": "slow"})
    store.save_unfinished(env, SCREENING)
    clock.advance(2 * HOUR - 5)
    assert store.load(env).unfinished == SCREENING
    clock.advance(10)
    loaded = store.load(env)
    assert loaded.unfinished is None
    assert loaded.prefs == {"rate": "slow"}  # preferences do not expire
    assert not loaded.degraded
    assert set(backend.rows()) == {USER_ID}  # the health row is gone from the store


def test_expiry_enforced_by_facade_even_if_store_clock_disagrees(
    backend: Backend, clock: FakeClock
) -> None:
    """The store's adapters use real time; only the facade's clock moves: still expired."""
    settings = backend.with_settings(resume=True, resume_hours=1)
    real_time_store = make_user_store(settings)
    env = make_envelope()
    real_time_store.save_unfinished(env, SCREENING)
    late = FakeClock(time.time() + HOUR + 60)
    store = UserStore(
        make_adapter(settings, PREFS), make_adapter(settings, HEALTH), True, HOUR, clock=late
    )
    assert store.load(env).unfinished is None
    assert HEALTH_KEY not in backend.rows()


def test_partial_expiry_keeps_newer_item_and_row_expires_with_it(
    backend: Backend, clock: FakeClock
) -> None:
    store = resume_store(backend, clock, hours=24)
    env = make_envelope()
    store.save_last_result(env, RESULT)
    clock.advance(20 * HOUR)
    store.save_unfinished(env, SCREENING)
    unfinished_saved = clock.now
    clock.advance(5 * HOUR)  # result is 25 h old, unfinished 5 h
    loaded = store.load(env)
    assert (loaded.unfinished, loaded.last_result) == (SCREENING, None)
    row = backend.rows()[HEALTH_KEY]
    assert row.attributes["last_result"] is None  # expired data rewritten away at once
    assert row.expires_at == pytest.approx(unfinished_saved + 24 * HOUR, abs=1)


def test_store_expiry_on_its_own_without_the_facade(backend: Backend, clock: FakeClock) -> None:
    """The adapter alone (as the SDK would use it) hides and deletes expired rows."""
    adapter = make_adapter(backend.with_settings(resume=True, resume_hours=1), HEALTH, clock=clock)
    assert adapter is not None
    env = make_envelope()
    adapter.save_attributes(env, {"anything": 1})
    assert adapter.get_attributes(env) == {"anything": 1}
    assert backend.rows()[HEALTH_KEY].expires_at == pytest.approx(clock.now + HOUR, abs=1)
    clock.advance(HOUR + 1)
    assert adapter.get_attributes(env) == {}
    assert backend.rows() == {}


def test_resume_disabled_health_adapter_never_called() -> None:
    spy_prefs, spy_health = SpyAdapter(), SpyAdapter()
    store = UserStore(spy_prefs, spy_health, resume_enabled=False, resume_seconds=24 * HOUR)
    env = make_envelope()
    assert store.load(env).unfinished is None
    assert store.save_prefs(env, {"rate": "slow"})
    assert store.save_unfinished(env, SCREENING) is False
    assert store.save_last_result(env, RESULT) is False
    assert store.clear_unfinished(env)
    assert store.clear_health(env)
    assert store.forget(env)
    loaded = store.load(env)
    assert (loaded.unfinished, loaded.last_result) == (None, None)
    assert spy_health.calls == []
    assert spy_prefs.calls  # the preferences side was used
    assert store.keeps_health is False


def test_resume_disabled_nothing_health_related_lands_in_store(backend: Backend) -> None:
    store = make_user_store(backend.with_settings(resume=False))
    env = make_envelope()
    store.load(env)
    store.save_prefs(env, {"rate": "fast"})
    store.save_unfinished(env, SCREENING)
    store.save_last_result(env, RESULT)
    rows = backend.rows()
    assert set(rows) == {USER_ID}
    assert rows[USER_ID].attributes == {"v": 1, "prefs": {"rate": "fast"}}
    assert make_adapter(backend.with_settings(resume=False), HEALTH) is None


def test_resume_disabled_later_does_not_resurrect_old_health_rows(backend: Backend) -> None:
    env = make_envelope()
    resume_store(backend).save_unfinished(env, SCREENING)
    loaded = make_user_store(backend.with_settings(resume=False)).load(env)
    assert (loaded.unfinished, loaded.last_result, loaded.degraded) == (None, None, False)


def test_prefs_adapter_works_with_the_sdk_attributes_manager(backend: Backend) -> None:
    adapter = make_adapter(backend.settings, PREFS)
    env = make_envelope()
    manager = AttributesManager(request_envelope=env, persistence_adapter=adapter)
    manager.persistent_attributes = {"rate": "slow", "n": 2, "ratio": 0.5}
    manager.save_persistent_attributes()
    fresh = AttributesManager(request_envelope=make_envelope(), persistence_adapter=adapter)
    assert fresh.persistent_attributes == {"rate": "slow", "n": 2, "ratio": 0.5}
    fresh.delete_persistent_attributes()
    assert backend.rows() == {}


def test_wrong_types_are_refused_without_raising(
    backend: Backend, caplog: pytest.LogCaptureFixture
) -> None:
    store = resume_store(backend)
    env = make_envelope()
    with caplog.at_level(logging.WARNING, logger="legcheck.persistence"):
        assert store.save_prefs(env, ["not", "a", "dict"]) is False  # type: ignore[arg-type]
        assert store.save_unfinished(env, {"bad": float("nan")}) is False
        assert store.save_last_result(env, {1: "non-text key"}) is False  # type: ignore[dict-item]
        assert store.save_unfinished(env, {"obj": object()}) is False
    assert backend.rows() == {}
    assert len(caplog.records) == 4


json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53), max_value=2**53)
    | st.floats(min_value=-1e9, max_value=1e9).map(lambda x: round(x, 6))
    | st.text(st.characters(blacklist_categories=["Cs"]), max_size=12)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.text(st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=8),
            inner,
            max_size=4,
        )
    ),
    max_leaves=12,
)
json_objects = st.dictionaries(
    st.text(min_size=1, max_size=8).filter(str.isidentifier), json_values, max_size=5
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(screening=json_objects)
def test_any_json_object_round_trips(backend: Backend, screening: dict[str, object]) -> None:
    store = resume_store(backend)
    env = make_envelope()
    assert store.save_unfinished(env, screening)
    assert store.load(env).unfinished == screening

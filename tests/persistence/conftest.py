"""Fixtures: dummy AWS env, one moto DynamoDB server per session, and the `backend` fixture
that runs the same test against SQLite (tmp_path) and DynamoDB (a fresh table on moto)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from skill.config import Settings

from .helpers import AWS_TEST_ENV, Backend, FakeClock, make_envelope, start_moto


@pytest.fixture
def aws_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dummy credentials/region for one test; real AWS config is never read.

    Per test, so other folders' tests never run with these variables set.
    """
    for name, value in AWS_TEST_ENV.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    monkeypatch.delenv("AWS_REGION", raising=False)


@pytest.fixture(scope="session")
def moto_endpoint_url() -> Iterator[str]:
    """A real DynamoDB-compatible HTTP server (moto) on loopback, shared by the session.

    The server gets its dummy credentials through its own environment (see start_moto).
    """
    with start_moto() as endpoint:
        yield endpoint


@pytest.fixture
def moto_endpoint(moto_endpoint_url: str, aws_env: None) -> str:
    """The session's moto server, with the dummy AWS environment set for this test."""
    return moto_endpoint_url


@pytest.fixture(params=["sqlite", pytest.param("dynamodb", marks=pytest.mark.slow)])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Backend:
    """The same tests, against each store."""
    if request.param == "sqlite":
        return Backend("sqlite", Settings(store="sqlite", sqlite_path=f"{tmp_path}/db.sqlite3"))
    return request.getfixturevalue("dynamo_backend")


@pytest.fixture
def dynamo_backend(moto_endpoint: str) -> Backend:
    """DynamoDB on the session's moto server, with a fresh table for this test."""
    settings = Settings(
        store="dynamodb",
        dynamodb_table=f"LegCheckTest-{uuid.uuid4().hex[:12]}",
        dynamodb_endpoint=moto_endpoint,
        dynamodb_region="us-east-1",
        dynamodb_create_table=True,
    )
    return Backend("dynamodb", settings)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def envelope() -> object:
    return make_envelope()

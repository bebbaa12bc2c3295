"""Fixtures for the web service tests: a test CA, a tiny skill, and app/client factories.

No network: certificate chains come from an in-memory fetcher and the trusted root is the test
CA's, injected into the production CertificateChainCache and verifiers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import pytest
from ask_sdk_core.skill import CustomSkill
from flask import Flask
from flask.testing import FlaskClient
from hello_skill import hello_skill
from web_helpers import AppFactory, ChainServer

from skill.config import Settings
from skill.web.app import create_app
from skill.web.certificates import CertificateChainCache, utc_now
from skill.web.options import WebOptions
from tests.support.fake_alexa import DEFAULT_CERT_URL, DEFAULT_SKILL_ID, FakeAlexa, KeyPool


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "web: web service tests (no network)")
    config.addinivalue_line("markers", "slow: starts a server or a subprocess")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/web/" in item.path.as_posix():
            item.add_marker(pytest.mark.web)


@pytest.fixture(scope="session")
def keys() -> KeyPool:
    """RSA keys made once per run: key generation is the slow part."""
    return KeyPool()


@pytest.fixture(scope="session")
def fake_alexa(keys: KeyPool) -> FakeAlexa:
    return FakeAlexa.create(keys)


@pytest.fixture
def chain_server(fake_alexa: FakeAlexa) -> ChainServer:
    return ChainServer({DEFAULT_CERT_URL: fake_alexa.chain_pem})


@pytest.fixture
def make_app(fake_alexa: FakeAlexa, chain_server: ChainServer) -> AppFactory:
    """Build the production app with the test CA as the only trusted root."""

    def factory(
        *,
        skill: CustomSkill | None = None,
        settings: Settings | None = None,
        options: WebOptions | None = None,
        roots: list[Any] | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> Flask:
        settings = settings or Settings(skill_id=DEFAULT_SKILL_ID, store="none")
        certificates = CertificateChainCache(
            fetcher=chain_server, roots=roots or [fake_alexa.root_cert], clock=clock
        )
        app = create_app(
            settings,
            skill or hello_skill(),
            options=options or WebOptions(),
            certificates=certificates,
            clock=clock,
        )
        app.testing = True
        return app

    return factory


@pytest.fixture
def client(make_app: AppFactory) -> Iterator[FlaskClient]:
    with make_app().test_client() as test_client:
        yield test_client

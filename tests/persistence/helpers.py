"""Test helpers: request envelopes, a fake clock, spy/switchable adapters, the two backends.

`start_moto()` is the one place that runs the DynamoDB-compatible server (moto, installed by
requirements-dev.txt as moto[server]): a subprocess on a free loopback port, waited for with
a bounded timeout and always stopped.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ask_sdk_core.attributes_manager import AbstractPersistenceAdapter
from ask_sdk_core.exceptions import PersistenceException
from ask_sdk_model import (
    Application,
    Context,
    Device,
    LaunchRequest,
    RequestEnvelope,
    Session,
    User,
)
from ask_sdk_model.interfaces.system import SystemState

from skill.config import Settings

REPO_ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000"
USER_ID = "amzn1.ask.account.TESTUSER0000000000000000000000000000000000000000000000000001"
OTHER_USER_ID = "amzn1.ask.account.TESTUSER0000000000000000000000000000000000000000000000000002"
HOUR = 3600.0

# Dummy credentials and no config files: boto3 must never find real AWS credentials in tests.
AWS_TEST_ENV = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_SESSION_TOKEN": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_CONFIG_FILE": os.devnull,
    "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
    "AWS_EC2_METADATA_DISABLED": "true",
}


def make_envelope(
    user_id: str | None = USER_ID,
    session_id: str | None = None,
    new: bool = True,
    device_id: str = "amzn1.ask.device.TESTDEVICE",
) -> RequestEnvelope:
    """A LaunchRequest envelope shaped like Alexa's; user_id=None leaves the user out."""
    application = Application(application_id=SKILL_ID)
    user = User(user_id=user_id) if user_id is not None else None
    return RequestEnvelope(
        version="1.0",
        session=Session(
            new=new,
            session_id=session_id or f"amzn1.echo-api.session.{uuid.uuid4()}",
            user=user,
            application=application,
            attributes={},
        ),
        context=Context(
            system=SystemState(
                application=application, user=user, device=Device(device_id=device_id)
            )
        ),
        request=LaunchRequest(
            request_id=f"amzn1.echo-api.request.{uuid.uuid4()}",
            timestamp=datetime.now(UTC),
            locale="en-US",
        ),
    )


class FakeClock:
    """A settable clock (epoch seconds) to test expiry without waiting."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class SpyAdapter(AbstractPersistenceAdapter):
    """Records every call; used to prove the health adapter is untouched with resume off."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.rows: dict[str, dict[str, object]] = {}

    def get_attributes(self, request_envelope: RequestEnvelope) -> dict[str, object]:
        self.calls.append("get")
        return dict(self.rows.get(request_envelope.context.system.user.user_id, {}))

    def save_attributes(
        self, request_envelope: RequestEnvelope, attributes: dict[str, object]
    ) -> None:
        self.calls.append("save")
        self.rows[request_envelope.context.system.user.user_id] = dict(attributes)

    def delete_attributes(self, request_envelope: RequestEnvelope) -> None:
        self.calls.append("delete")
        self.rows.pop(request_envelope.context.system.user.user_id, None)


class SwitchAdapter(AbstractPersistenceAdapter):
    """Wraps a real adapter; `down = True` makes every call fail like an unreachable store."""

    def __init__(self, inner: AbstractPersistenceAdapter) -> None:
        self.inner = inner
        self.down = False

    def _check(self) -> None:
        if self.down:
            raise PersistenceException("store unreachable") from ConnectionRefusedError()

    def get_attributes(self, request_envelope: RequestEnvelope) -> dict[str, object]:
        self._check()
        return self.inner.get_attributes(request_envelope)

    def save_attributes(
        self, request_envelope: RequestEnvelope, attributes: dict[str, object]
    ) -> None:
        self._check()
        self.inner.save_attributes(request_envelope, attributes)

    def delete_attributes(self, request_envelope: RequestEnvelope) -> None:
        self._check()
        self.inner.delete_attributes(request_envelope)


@dataclass(frozen=True)
class Row:
    """One stored row as the store itself holds it."""

    attributes: Any
    expires_at: float | None


@dataclass
class Backend:
    """One real store (SQLite file or DynamoDB table) plus raw access for inspection."""

    kind: str
    settings: Settings
    _resource: Any = field(default=None, repr=False)

    def with_settings(self, **changes: Any) -> Settings:
        return replace(self.settings, **changes)

    def rows(self) -> dict[str, Row]:
        """Every row in the store, keyed by partition key (the truth, bypassing the code)."""
        if self.kind == "sqlite":
            path = Path(self.settings.sqlite_path)
            if not path.exists():
                return {}
            with contextlib.closing(sqlite3.connect(path)) as conn:
                found = conn.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name='attributes'"
                ).fetchone()
                if not found:
                    return {}
                result = {}
                for key, text, expires_at in conn.execute(
                    "SELECT id, attributes, expires_at FROM attributes"
                ):
                    try:
                        value = json.loads(text)
                    except ValueError:
                        value = text
                    result[key] = Row(value, expires_at)
                return result
        from skill.persistence.dynamodb import from_dynamo

        table = self.resource.Table(self.settings.dynamodb_table)
        items = table.scan(ConsistentRead=True)["Items"]
        return {
            item["id"]: Row(
                from_dynamo(item.get("attributes")),
                float(item["expires_at"]) if "expires_at" in item else None,
            )
            for item in items
        }

    def put_raw(self, key: str, raw: Any) -> None:
        """Write a row behind the code's back (raw SQLite text / raw DynamoDB value)."""
        if self.kind == "sqlite":
            from skill.persistence.sqlite_adapter import SqlitePersistenceAdapter

            SqlitePersistenceAdapter(self.settings.sqlite_path).purge_expired()  # creates table
            with contextlib.closing(sqlite3.connect(self.settings.sqlite_path)) as conn:
                conn.execute(
                    "INSERT OR REPLACE INTO attributes (id, attributes, expires_at, updated_at) "
                    "VALUES (?, ?, NULL, 0)",
                    (key, raw),
                )
                conn.commit()
            return
        self.put_item({"id": key, "attributes": raw})

    def put_item(self, item: dict[str, Any]) -> None:
        """DynamoDB only: write a whole raw item (creating the table if needed)."""
        from skill.persistence.dynamodb import ensure_table

        ensure_table(self.resource, self.settings.dynamodb_table)
        self.resource.Table(self.settings.dynamodb_table).put_item(Item=item)

    @property
    def client(self) -> Any:
        """A plain low-level client (the resource's own client rewrites typed values)."""
        import boto3

        return boto3.session.Session(region_name=self.settings.dynamodb_region).client(
            "dynamodb", endpoint_url=self.settings.dynamodb_endpoint
        )

    @property
    def resource(self) -> Any:
        if self._resource is None:
            from skill.persistence.dynamodb import make_dynamodb_resource

            self._resource = make_dynamodb_resource(
                region=self.settings.dynamodb_region,
                endpoint_url=self.settings.dynamodb_endpoint,
            )
        return self._resource


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def start_moto(timeout: float = 30.0) -> Iterator[str]:
    """Run moto's server on a free loopback port; yields its endpoint URL; always stops it."""
    env = {**os.environ, **AWS_TEST_ENV, "PYTHONPATH": str(REPO_ROOT)}
    # stderr to a file, not a pipe: nobody drains a pipe while tests run, and a full one
    # would block the server.
    with tempfile.TemporaryFile(mode="w+") as stderr:
        proc = subprocess.Popen(
            [sys.executable, str(HERE / "moto_launcher.py")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            env=env,
            text=True,
        )
        try:
            port = _read_port(proc, timeout)
            if port is None:
                proc.kill()
                proc.wait(timeout=5)
                stderr.seek(0)
                tail = stderr.read()[-2000:]
                raise RuntimeError(f"moto server did not start within {timeout}s: {tail}")
            endpoint = f"http://127.0.0.1:{port}"
            _wait_ready(endpoint, proc, timeout)
            yield endpoint
        finally:
            _stop(proc)


def _read_port(proc: subprocess.Popen[str], timeout: float) -> int | None:
    stdout = proc.stdout
    assert stdout is not None
    line: list[str] = []
    reader = threading.Thread(target=lambda: line.append(stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    if not line or not line[0].strip().isdigit():
        return None
    return int(line[0])


def _wait_ready(endpoint: str, proc: subprocess.Popen[str], timeout: float) -> None:
    import boto3
    from botocore.config import Config

    client = boto3.session.Session(
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
        region_name="us-east-1",
    ).client(
        "dynamodb",
        endpoint_url=endpoint,
        config=Config(connect_timeout=1, read_timeout=5, retries={"total_max_attempts": 1}),
    )
    deadline = time.monotonic() + timeout
    while True:
        try:
            client.list_tables()
            return
        except Exception:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _stop(proc: subprocess.Popen[str]) -> None:
    if proc.stdin and not proc.stdin.closed:
        with contextlib.suppress(OSError):
            proc.stdin.close()  # the launcher's cue to shut down cleanly
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)
    if proc.stdout:
        proc.stdout.close()

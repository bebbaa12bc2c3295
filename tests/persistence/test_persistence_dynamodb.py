"""DynamoDB specifics, over HTTP against moto's server: table, TTL, SDK layout, lazy import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from decimal import Decimal

import pytest
from ask_sdk_core.exceptions import PersistenceException

from skill.persistence import HEALTH, PREFS, make_adapter, make_user_store

from .helpers import HOUR, REPO_ROOT, USER_ID, Backend, FakeClock, make_envelope

pytestmark = pytest.mark.slow


def test_table_created_with_ttl_enabled_and_items_carry_numeric_ttl(
    dynamo_backend: Backend, clock: FakeClock
) -> None:
    settings = dynamo_backend.with_settings(resume=True, resume_hours=24)
    store = make_user_store(settings, clock=clock)
    env = make_envelope()
    assert store.save_prefs(env, {"rate": "slow"})
    assert store.save_unfinished(env, {"step": 1, "score": 0.25})

    client = dynamo_backend.client
    table = client.describe_table(TableName=settings.dynamodb_table)["Table"]
    assert table["KeySchema"] == [{"AttributeName": "id", "KeyType": "HASH"}]
    ttl = client.describe_time_to_live(TableName=settings.dynamodb_table)
    assert ttl["TimeToLiveDescription"] == {
        "TimeToLiveStatus": "ENABLED",
        "AttributeName": "expires_at",
    }

    # Low-level view: the health item has a top-level Number `expires_at` (what TTL needs),
    # the preferences item has none.
    health = client.get_item(
        TableName=settings.dynamodb_table, Key={"id": {"S": f"{USER_ID}#screening"}}
    )["Item"]
    assert set(health["expires_at"]) == {"N"}
    assert int(health["expires_at"]["N"]) == int(clock.now + 24 * HOUR)
    assert health["attributes"]["M"]["unfinished"]["M"]["score"] == {"N": "0.25"}
    prefs = client.get_item(TableName=settings.dynamodb_table, Key={"id": {"S": USER_ID}})
    assert "expires_at" not in prefs["Item"]


def test_ensure_table_is_idempotent_and_refuses_a_foreign_ttl(dynamo_backend: Backend) -> None:
    from skill.persistence.dynamodb import ensure_table

    resource = dynamo_backend.resource
    name = dynamo_backend.settings.dynamodb_table
    ensure_table(resource, name)
    ensure_table(resource, name)  # second worker starting: no error
    client = resource.meta.client
    client.create_table(
        TableName=name + "-other",
        KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
        BillingMode="PAY_PER_REQUEST",
    )
    client.update_time_to_live(
        TableName=name + "-other",
        TimeToLiveSpecification={"Enabled": True, "AttributeName": "ttl"},
    )
    with pytest.raises(PersistenceException):
        ensure_table(resource, name + "-other")


def test_adapter_is_the_sdk_adapter_and_reads_its_rows(dynamo_backend: Backend) -> None:
    from ask_sdk_dynamodb.adapter import DynamoDbAdapter

    settings = dynamo_backend.settings
    ours = make_adapter(settings, PREFS)
    assert isinstance(ours, DynamoDbAdapter)
    stock = DynamoDbAdapter(settings.dynamodb_table, dynamodb_resource=dynamo_backend.resource)
    env = make_envelope()
    stock.save_attributes(env, {"n": Decimal(3), "name": "x"})
    assert ours.get_attributes(env) == {"n": 3, "name": "x"}  # plain ints, not Decimal
    ours.save_attributes(env, {"ratio": 0.5, "nested": [1.5, {"a": None}]})
    assert stock.get_attributes(env) == {
        "ratio": Decimal("0.5"),
        "nested": [Decimal("1.5"), {"a": None}],
    }


def test_missing_table_is_a_persistence_exception(aws_env: None, moto_endpoint: str) -> None:
    from skill.config import Settings

    settings = Settings(
        store="dynamodb",
        dynamodb_table="NoSuchTable",
        dynamodb_endpoint=moto_endpoint,
        dynamodb_region="us-east-1",
        resume=True,
    )
    adapter = make_adapter(settings, HEALTH)
    assert adapter is not None
    with pytest.raises(PersistenceException):
        adapter.get_attributes(make_envelope())
    assert make_user_store(settings).load(make_envelope()).degraded


def _run_python(code: str, env: dict[str, str]) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=REPO_ROOT,
        env={**env, "PYTHONPATH": str(REPO_ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_sqlite_path_never_imports_boto3(tmp_path: object) -> None:
    found = _run_python(
        f"""
        import json, sys
        import skill.persistence
        from skill.config import Settings
        from skill.persistence import make_adapter, make_user_store
        from types import SimpleNamespace
        settings = Settings(store="sqlite", sqlite_path="{tmp_path}/db.sqlite3", resume=True)
        store = make_user_store(settings)
        make_adapter(settings)
        user = SimpleNamespace(user_id="u")
        env = SimpleNamespace(context=SimpleNamespace(system=SimpleNamespace(user=user)))
        store.save_prefs(env, {{"rate": "slow"}})
        store.save_unfinished(env, {{"step": 1}})
        store.load(env)
        heavy = ("boto3", "botocore", "ask_sdk_dynamodb", "skill.persistence.dynamodb")
        print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in heavy
                                or m == "skill.persistence.dynamodb")))
        """,
        dict(os.environ),
    )
    assert found == []


def test_dynamodb_store_builds_with_no_aws_region_anywhere(tmp_path: object) -> None:
    """The SDK adapter module fails to import without a region; the factory copes."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("AWS_") and not k.startswith("LEGCHECK_")
    }
    env.update(
        AWS_CONFIG_FILE=os.devnull,
        AWS_SHARED_CREDENTIALS_FILE=os.devnull,
        AWS_EC2_METADATA_DISABLED="true",
    )
    found = _run_python(
        """
        import json, os
        from skill.config import Settings
        from skill.persistence import make_user_store
        store = make_user_store(Settings(store="dynamodb", resume=True))
        import ask_sdk_dynamodb.adapter
        resource = store._prefs.dynamodb
        print(json.dumps({
            "region": resource.meta.client.meta.region_name,
            "env_region": os.environ.get("AWS_DEFAULT_REGION"),
            "keeps_health": store.keeps_health,
        }))
        """,
        env,
    )
    assert found == {"region": "us-east-1", "env_region": None, "keeps_health": True}

"""DynamoDB store: the SDK's own DynamoDbAdapter, plus a top-level numeric TTL attribute.

Import this module only when LEGCHECK_STORE=dynamodb (the factory does so lazily): it pulls in
boto3, about three times the SDK's own import cost, and the stock adapter builds a boto3
resource in a default argument, which fails at import time when no AWS region is configured.

The stock adapter nests everything under one map attribute; DynamoDB TTL needs a top-level
number, so `ExpiringDynamoDbAdapter` writes `expires_at` (epoch seconds) beside it. DynamoDB
deletes expired items only eventually (typically within days), so expiry is also enforced
on read: an expired item is never returned and is deleted on sight.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import boto3
from ask_sdk_core.exceptions import PersistenceException
from boto3.dynamodb.conditions import Attr
from boto3.dynamodb.types import Binary
from boto3.resources.base import ServiceResource
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from skill.persistence.base import (
    EXPIRES_AT,
    CorruptDataError,
    Keygen,
    SavesWithTtl,
    user_id_keygen,
)

if TYPE_CHECKING:
    from ask_sdk_model import RequestEnvelope

_log = logging.getLogger("legcheck.persistence")

#: Region used when none is configured anywhere (handy with a local endpoint, where it is moot).
DEFAULT_REGION = "us-east-1"


@contextlib.contextmanager
def _region_for_import() -> Iterator[None]:
    """Give boto3 a region only while the SDK adapter module is imported, then put env back."""
    if boto3.session.Session().region_name is not None:
        yield
        return
    previous = os.environ.get("AWS_DEFAULT_REGION")
    os.environ["AWS_DEFAULT_REGION"] = DEFAULT_REGION
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("AWS_DEFAULT_REGION", None)
        else:
            os.environ["AWS_DEFAULT_REGION"] = previous


if TYPE_CHECKING:
    from ask_sdk_dynamodb.adapter import DynamoDbAdapter
else:
    with _region_for_import():
        from ask_sdk_dynamodb.adapter import DynamoDbAdapter


def make_dynamodb_resource(
    region: str | None = None,
    endpoint_url: str | None = None,
    connect_timeout: float = 1.0,
    read_timeout: float = 2.0,
    max_attempts: int = 2,
) -> ServiceResource:
    """A boto3 DynamoDB resource with timeouts short enough for Alexa's 8-second budget.

    Uses its own boto3 Session (not the process-wide default) so nothing else is affected.
    The region falls back to the environment / AWS config, then to `DEFAULT_REGION`.
    """
    session = boto3.session.Session(region_name=region or None)
    if session.region_name is None:
        session = boto3.session.Session(region_name=DEFAULT_REGION)
    config = Config(
        connect_timeout=connect_timeout,
        read_timeout=read_timeout,
        retries={"mode": "standard", "total_max_attempts": max(1, max_attempts)},
    )
    return session.resource("dynamodb", endpoint_url=endpoint_url or None, config=config)


def ensure_table(
    dynamodb_resource: ServiceResource,
    table_name: str,
    partition_key_name: str = "id",
    ttl_attribute: str = EXPIRES_AT,
    wait_seconds: int = 30,
) -> None:
    """Create the table if missing (on-demand billing) and switch TTL on for `ttl_attribute`.

    Idempotent, so every worker may call it at start. Raises PersistenceException on failure.
    """
    client = dynamodb_resource.meta.client
    try:
        # ResourceInUse: already there, or being created by another worker.
        with contextlib.suppress(client.exceptions.ResourceInUseException):
            client.create_table(
                TableName=table_name,
                KeySchema=[{"AttributeName": partition_key_name, "KeyType": "HASH"}],
                AttributeDefinitions=[{"AttributeName": partition_key_name, "AttributeType": "S"}],
                BillingMode="PAY_PER_REQUEST",
            )
        client.get_waiter("table_exists").wait(
            TableName=table_name,
            WaiterConfig={"Delay": 1, "MaxAttempts": max(1, wait_seconds)},
        )
        ttl = client.describe_time_to_live(TableName=table_name)["TimeToLiveDescription"]
        status = ttl.get("TimeToLiveStatus")
        if status in {"ENABLED", "ENABLING"}:
            if ttl.get("AttributeName") != ttl_attribute:
                raise PersistenceException(
                    f"Table {table_name} has TTL on another attribute; expected {ttl_attribute}"
                )
            return
        client.update_time_to_live(
            TableName=table_name,
            TimeToLiveSpecification={"Enabled": True, "AttributeName": ttl_attribute},
        )
    except PersistenceException:
        raise
    except Exception as exc:
        raise PersistenceException(f"Creating DynamoDB table failed: {type(exc).__name__}") from exc


def to_dynamo(attributes: dict[str, object]) -> dict[str, Any]:
    """JSON-able dict -> what boto3 accepts (floats become Decimal, which boto3 insists on)."""
    try:
        text = json.dumps(attributes, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise PersistenceException(
            f"Attributes are not JSON-serialisable: {type(exc).__name__}"
        ) from exc
    value: dict[str, Any] = json.loads(text, parse_float=Decimal)
    return value


def from_dynamo(value: Any) -> Any:
    """boto3 types -> plain JSON types (Decimal becomes int when whole, else float)."""
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return int(value)
        return float(value)
    if isinstance(value, dict):
        return {str(k): from_dynamo(v) for k, v in value.items()}
    if isinstance(value, list):
        return [from_dynamo(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted((from_dynamo(v) for v in value), key=repr)
    if isinstance(value, (Binary, bytes, bytearray)):
        raise CorruptDataError("Binary value where JSON was expected")
    return value


class ExpiringDynamoDbAdapter(SavesWithTtl, DynamoDbAdapter):  # type: ignore[misc]
    """The SDK adapter, writing a top-level `expires_at` number when `ttl_seconds` is set.

    Items are `{id: key, attributes: {...}, expires_at?: int}`, the stock layout plus one
    attribute, so rows written by the plain SDK adapter still read back.
    """

    keeps_data = True

    def __init__(
        self,
        table_name: str,
        dynamodb_resource: ServiceResource,
        partition_keygen: Keygen = user_id_keygen,
        ttl_seconds: float | None = None,
        clock: Callable[[], float] = time.time,
        partition_key_name: str = "id",
        attribute_name: str = "attributes",
        ttl_attribute: str = EXPIRES_AT,
    ) -> None:
        if ttl_seconds is not None and not ttl_seconds > 0:
            raise ValueError("ttl_seconds must be above zero (or None for no expiry)")
        super().__init__(
            table_name=table_name,
            partition_key_name=partition_key_name,
            attribute_name=attribute_name,
            create_table=False,  # the stock creation knows nothing of TTL: see ensure_table
            partition_keygen=partition_keygen,
            dynamodb_resource=dynamodb_resource,
        )
        self.ttl_seconds = ttl_seconds
        self.ttl_attribute = ttl_attribute
        self.clock = clock

    def get_attributes(self, request_envelope: RequestEnvelope) -> dict[str, object]:
        """Return the attributes, or {} when absent or expired (expired items are deleted)."""
        key = self._key(request_envelope)
        table = self.dynamodb.Table(self.table_name)
        try:
            response = table.get_item(Key={self.partition_key_name: key}, ConsistentRead=True)
        except Exception as exc:
            raise PersistenceException(
                f"Failed to retrieve attributes from DynamoDb table: {type(exc).__name__}"
            ) from exc
        item = response.get("Item")
        if item is None:
            return {}
        expires_at = item.get(self.ttl_attribute)
        if expires_at is not None:
            if not isinstance(expires_at, Decimal):
                raise CorruptDataError("TTL attribute is not a number")
            now = self.clock()
            if float(expires_at) <= now:
                self._delete_expired(key, now)
                return {}
        if self.attribute_name not in item:
            raise CorruptDataError("Item has no attributes")
        attributes = from_dynamo(item[self.attribute_name])
        if not isinstance(attributes, dict):
            raise CorruptDataError("Stored attributes are not a map")
        return attributes

    def save_attributes_until(
        self,
        request_envelope: RequestEnvelope,
        attributes: dict[str, object],
        expires_at: float | None,
    ) -> None:
        """Replace the item, with `expires_at` (whole epoch seconds, rounded up) when given."""
        if not isinstance(attributes, dict):
            raise PersistenceException("Attributes must be a dict")
        key = self._key(request_envelope)
        item: dict[str, Any] = {
            self.partition_key_name: key,
            self.attribute_name: to_dynamo(attributes),
        }
        if expires_at is not None:
            item[self.ttl_attribute] = math.ceil(expires_at)
        try:
            self.dynamodb.Table(self.table_name).put_item(Item=item)
        except Exception as exc:
            raise PersistenceException(
                f"Failed to save attributes to DynamoDb table: {type(exc).__name__}"
            ) from exc

    # delete_attributes: the SDK's own implementation is used unchanged.

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

    def _delete_expired(self, key: str, now: float) -> None:
        """Best-effort delete that spares an item another worker has just rewritten."""
        try:
            self.dynamodb.Table(self.table_name).delete_item(
                Key={self.partition_key_name: key},
                ConditionExpression=Attr(self.ttl_attribute).lte(Decimal(str(now))),
            )
        except (BotoCoreError, ClientError) as exc:  # expired data is not returned either way
            _log.debug("persistence purge_expired failed (%s)", type(exc).__name__)

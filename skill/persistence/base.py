"""Pieces shared by every store: partition keys, the corrupt-data error, the keep-nothing adapter.

Kept free of boto3 so that the default (SQLite) path never pays for importing the AWS SDK.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from ask_sdk_core.attributes_manager import AbstractPersistenceAdapter
from ask_sdk_core.exceptions import PersistenceException

if TYPE_CHECKING:
    from ask_sdk_model import RequestEnvelope

#: Turns a request envelope into the partition key of the row to read or write.
Keygen = Callable[["RequestEnvelope"], str]

#: Name of the top-level numeric expiry attribute/column (epoch seconds; DynamoDB TTL reads it).
EXPIRES_AT = "expires_at"


@runtime_checkable
class ExpiringAdapter(Protocol):
    """An adapter that can store a row with an explicit expiry time (epoch seconds, or None).

    The facade uses it so a row's expiry follows the newest health item it holds, not the time
    of the last rewrite; plain SDK adapters (without it) fall back to their own TTL.
    """

    def save_attributes_until(
        self,
        request_envelope: RequestEnvelope,
        attributes: dict[str, object],
        expires_at: float | None,
    ) -> None: ...


class SavesWithTtl:
    """Mixin for adapters with a fixed time-to-live: a plain save expires `ttl_seconds` from now.

    Listed before the SDK base class so its `save_attributes` is the one used."""

    ttl_seconds: float | None
    clock: Callable[[], float]

    def save_attributes(
        self, request_envelope: RequestEnvelope, attributes: dict[str, object]
    ) -> None:
        expires_at = None if self.ttl_seconds is None else self.clock() + self.ttl_seconds
        self.save_attributes_until(request_envelope, attributes, expires_at)  # type: ignore[attr-defined]


class CorruptDataError(PersistenceException):
    """The store answered, but the row cannot be decoded.

    A separate class so the facade can tell "the store is down" (keep the row, try later) from
    "the row is garbage" (remove it), which it must never confuse: deleting on a mere outage
    would lose a user's data.
    """


def user_id_keygen(request_envelope: RequestEnvelope) -> str:
    """Partition by Alexa user id, like the SDK's default keygen (without importing boto3)."""
    try:
        user_id = request_envelope.context.system.user.user_id
    except AttributeError as exc:
        raise PersistenceException("Couldn't retrieve user id from request envelope") from exc
    if not isinstance(user_id, str) or not user_id:
        raise PersistenceException("Request envelope carries no user id")
    return user_id


class SuffixKeygen:
    """Wraps a keygen and appends `#suffix`, so several namespaces can share one table.

    A class rather than a closure so it pickles, compares and prints sensibly.
    """

    def __init__(self, base: Keygen, suffix: str) -> None:
        if not suffix or "#" in suffix:
            raise ValueError("suffix must be non-empty and must not contain '#'")
        self.base = base
        self.suffix = suffix

    def __call__(self, request_envelope: RequestEnvelope) -> str:
        return f"{self.base(request_envelope)}#{self.suffix}"

    def __repr__(self) -> str:
        return f"SuffixKeygen({self.base!r}, {self.suffix!r})"

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, SuffixKeygen)
            and other.base == self.base
            and other.suffix == self.suffix
        )

    def __hash__(self) -> int:
        return hash((self.base, self.suffix))


class NullPersistenceAdapter(AbstractPersistenceAdapter):
    """A store that keeps nothing (LEGCHECK_STORE=none): reads are empty, writes vanish.

    Lets the skill run with no disk and no AWS while the facade code path stays the same.
    """

    keeps_data = False

    def get_attributes(self, request_envelope: RequestEnvelope) -> dict[str, object]:
        return {}

    def save_attributes(
        self, request_envelope: RequestEnvelope, attributes: dict[str, object]
    ) -> None:
        return None

    def delete_attributes(self, request_envelope: RequestEnvelope) -> None:
        return None

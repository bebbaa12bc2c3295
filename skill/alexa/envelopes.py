"""Alexa's JSON read into the SDK's request models, in less than half the SDK's time.

ask-sdk-core's DefaultSerializer spends most of each request in two steps: it looks up every model
class by name through `__import__`, field by field (about 30 µs a request), and it reads the
request's timestamp with dateutil's parser (about 28 µs, plus a 2 ms import on the first request
of a cold start). `EnvelopeSerializer` keeps the SDK's reading and changes only those two steps:
a class name is looked up once, and an ISO 8601 timestamp, which is what Alexa sends, is read by
`datetime.fromisoformat`. Anything that reads differently still goes to dateutil, as before.

Both steps are private to DefaultSerializer, so they are overridden by their mangled names. Should
an ask-sdk-core release rename them, the overrides are never called and reading is simply the
SDK's again (slower, never wrong); tests/alexa/test_envelope_reading.py fails in that case, and
whenever the models read differ from the SDK's own.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from ask_sdk_core.serialize import DefaultSerializer

_SDK_LOAD_CLASS: Any = vars(DefaultSerializer).get("_DefaultSerializer__load_class_from_name")
_SDK_READ_DATETIME: Any = vars(DefaultSerializer).get("_DefaultSerializer__deserialize_datetime")
# Whether this ask-sdk-core still has both steps (and so calls the overrides below).
STEPS_REPLACED = _SDK_LOAD_CLASS is not None and _SDK_READ_DATETIME is not None


class EnvelopeSerializer(DefaultSerializer):
    """The SDK's serializer, with class lookups kept and timestamps read by the standard library."""

    _classes: ClassVar[dict[str, Any]] = {}  # a class name -> the class (the same in any process)

    def _DefaultSerializer__load_class_from_name(self, class_name: str) -> Any:  # noqa: N802
        found = self._classes.get(class_name)
        if found is None:
            found = self._classes[class_name] = _SDK_LOAD_CLASS(self, class_name)
        return found

    def _DefaultSerializer__deserialize_datetime(self, payload: Any, obj_type: Any) -> Any:  # noqa: N802
        try:
            moment = datetime.fromisoformat(payload)
        except (TypeError, ValueError):  # not ISO 8601: the SDK's own reading, errors and all
            return _SDK_READ_DATETIME(self, payload, obj_type)
        return moment.date() if obj_type is date else moment

"""What the skill keeps between sessions, behind ask-sdk-core's AbstractPersistenceAdapter.

Use `make_user_store(settings)` from the Alexa layer. Importing this package never imports
boto3: the DynamoDB module is loaded only when LEGCHECK_STORE=dynamodb. See docs/persistence.md.
"""

from skill.persistence.base import CorruptDataError, NullPersistenceAdapter, user_id_keygen
from skill.persistence.factory import HEALTH, PREFS, make_adapter, make_user_store
from skill.persistence.sqlite_adapter import SqlitePersistenceAdapter
from skill.persistence.user_store import StoredUser, UserStore

__all__ = [
    "HEALTH",
    "PREFS",
    "CorruptDataError",
    "NullPersistenceAdapter",
    "SqlitePersistenceAdapter",
    "StoredUser",
    "UserStore",
    "make_adapter",
    "make_user_store",
    "user_id_keygen",
]
